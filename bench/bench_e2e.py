"""End-to-end crawl throughput: pages/s from a local server into the store (issue 10).

    python bench/bench_e2e.py [--pages 5000] [--backends local,s3] [--workers 1,2]
                              [--memory-pages 20000] [--bench-dir DIR]

What one run measures, all against the same pages served from 127.0.0.1:

- ``newsrake crawl --sitemap`` (the real command, in a subprocess) into a fresh local
  store and into moto's S3 server, with 1 and with 2 cleaning processes: pages/s over
  the crawl's wall time, and the resident memory of its process tree (parent plus
  cleaning workers) sampled as it runs;
- a raw Scrapy fetch of the same URLs with the same concurrency (a spider that only
  downloads): the ceiling no ingest pipeline can pass;
- the cleaning-bound limit: ``cores / per-page cleaning CPU time``, the per-page time
  measured by ``cleaners.clean`` over a sample of the same pages in this process; the
  crawl's pages/s is given as a share of it;
- with ``--memory-pages K``: one more crawl of K pages, with the resident memory of its
  process tree when the store holds 1,000 page records and when it holds K.

The pages: the shared benchmark's 181 real article pages (``--bench-dir``, default
``../shared/benchmarks/article-extraction``; the demo sites' articles when it is absent),
each served under many URLs with its text enciphered by a per-URL letter permutation.
That keeps every page's markup, size and extraction work as they are while making the
texts distinct, so deduplication sees mostly new documents (as a real crawl does)
instead of thousands of copies of 181 stories. Pages go out gzip-compressed.

Politeness is lifted for the benchmark (one host, 16 concurrent requests, no
AutoThrottle, no delay): it measures the pipeline, not the crawl delay. The figures go
to BENCHMARKS.md with the command that made them; the machine is printed with them.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import random
import re
import shlex
import string
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_BENCH_DIR = REPO.parent / "shared" / "benchmarks" / "article-extraction"
#: Scrapy settings that lift politeness for the benchmark (one local host).
BENCH_SETTINGS = ("CONCURRENT_REQUESTS=16", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
                  "AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0", "LOG_LEVEL=WARNING")
_TEXT = re.compile(r">([^<]+)<")
_ENTITY = re.compile(r"(&#?\w+;)")
_LETTERS = re.compile(r"[^\W\d_]")


# --------------------------------------------------------------------------- pages

def source_pages(bench_dir: Path) -> list[str]:
    """The real pages the variants are made from (benchmark pages, else demo articles)."""
    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
             for p in sorted((bench_dir / "html").glob("*.html.gz"))] if bench_dir.is_dir() else []
    if not pages:
        demo = REPO / "crawler" / "demo" / "sites"
        pages = [p.read_text(encoding="utf-8") for p in sorted(demo.glob("*/20*/**/*.html"))]
    if not pages:
        raise SystemExit("no pages: give --bench-dir or run from a checkout with crawler/demo")
    return pages


def encipher(html: str, seed: int) -> str:
    """``html`` with the letters of its text (not its tags or entities) permuted per seed.

    Every letter is swapped for another of the same case from the same 128-code-point
    block (Latin with Latin, Cyrillic with Cyrillic, ...), so the script, the markup and
    the extraction work stay as they are. Non-ASCII letters count: with only ASCII
    permuted, the Cyrillic pages came back word for word under every URL, and the
    benchmark measured deduplication of copies and a boilerplate pass over the whole
    run instead of a crawl of distinct stories.
    """
    rng = random.Random(seed)
    groups: dict[tuple[int, bool], list[str]] = {}
    for ch in sorted(set(_LETTERS.findall(html))):
        groups.setdefault((ord(ch) >> 7, ch.isupper()), []).append(ch)
    source, target = [], []
    for (block, upper), letters in sorted(groups.items()):
        if block == 0:  # ASCII: the whole alphabet, upper case following lower case
            letters = list(string.ascii_uppercase if upper else string.ascii_lowercase)
            shuffled = list(string.ascii_lowercase)
            random.Random(seed).shuffle(shuffled)
            shuffled = [c.upper() for c in shuffled] if upper else shuffled
        else:
            shuffled = letters[:]
            rng.shuffle(shuffled)
        source.extend(letters)
        target.extend(shuffled)
    table = str.maketrans("".join(source), "".join(target))

    def text(match: re.Match[str]) -> str:
        run = match.group(1)
        if "&" not in run:
            return ">" + run.translate(table) + "<"
        parts = _ENTITY.split(run)  # entities (odd positions) are kept as they are
        return ">" + "".join(p if i % 2 else p.translate(table) for i, p in enumerate(parts)) + "<"

    return _TEXT.sub(text, html)


def build_site(pages: Sequence[str], count: int) -> dict[str, bytes]:
    """``path -> gzipped body`` for ``count`` article URLs, plus robots.txt."""
    site = {f"/a/{i}.html": gzip.compress(encipher(pages[i % len(pages)], i).encode("utf-8"),
                                          compresslevel=5) for i in range(count)}
    site["/robots.txt"] = gzip.compress(b"User-agent: *\nAllow: /\n")
    return site


def sitemap(base: str, count: int, offset: int = 0) -> bytes:
    """A sitemap of ``count`` article URLs from ``offset``."""
    urls = "".join(f"<url><loc>{base}/a/{i}.html</loc></url>"
                   for i in range(offset, offset + count))
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
            f'"http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode()


@contextmanager
def serve(site: dict[str, bytes]) -> Iterator[str]:
    """Serve ``site`` (and ``/sitemap-<offset>-<count>.xml``) on 127.0.0.1; yield its base URL."""
    base_holder: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            match = re.fullmatch(r"/sitemap-(\d+)-(\d+)\.xml", path)
            if match:
                body, kind, encoding = (sitemap(base_holder[0], int(match.group(2)),
                                                int(match.group(1))),
                                        "application/xml", None)
            elif path in site:
                body, encoding = site[path], "gzip"
                kind = "text/plain" if path.endswith(".txt") else "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            if encoding:
                self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    base_holder.append(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base_holder[0]
    finally:
        server.shutdown()
        server.server_close()


# --------------------------------------------------------------------------- processes

_TICK = os.sysconf("SC_CLK_TCK")


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (from /proc)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        with contextlib.suppress(OSError, ValueError):
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
    return found


def rss(pid: int) -> int:
    """Resident bytes of one process (from /proc; 0 once it is gone)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (from /proc)."""
    return sum(rss(p) for p in tree(pid))


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds ``pid`` has used so far (None once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _TICK


@dataclass
class Timed:
    """One subprocess run: wall seconds, peak tree RSS, CPU seconds of the process that
    was started and of its descendants (the cleaning workers; last sample of each, so a
    worker's final half second can be missing), and what a probe saw as it ran."""

    seconds: float
    peak_rss: int
    returncode: int
    probes: list[tuple[int, int, int, int]]  # (probe value, tree RSS, the started process's
    #                                           own RSS, processes in the tree) as it rose
    stderr: str
    cpu_parent: float = 0.0
    cpu_children: float = 0.0


def run_timed(argv: Sequence[str], env: dict[str, str], probe: Callable[[], int] | None = None,
              every: float = 0.5) -> Timed:
    """Run ``argv`` to the end, sampling its process tree's RSS, CPU (and ``probe``)."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(list(argv), env=env, stdout=subprocess.DEVNULL, stderr=err)
        peak, probes, last = 0, [], -1
        cpu: dict[int, float] = {}
        while proc.poll() is None:
            tree_bytes = tree_rss(proc.pid)
            for p in tree(proc.pid):
                used = cpu_seconds(p)
                if used is not None:
                    cpu[p] = used
            peak = max(peak, tree_bytes)
            if probe is not None:
                value = probe()
                if value > last:
                    probes.append((value, tree_bytes, rss(proc.pid), len(tree(proc.pid))))
                    last = value
            time.sleep(every)
        seconds = time.perf_counter() - started
        err.seek(0)
        parent = cpu.pop(proc.pid, 0.0)
        return Timed(seconds, peak, proc.returncode, probes, err.read().decode(errors="replace"),
                     parent, sum(cpu.values()))


def crawl_argv(sitemap_url: str, store: str, workers: int, endpoint: str | None) -> list[str]:
    """The ``newsrake crawl`` command line the benchmark runs."""
    argv = [sys.executable, "-m", "crawler.cli", "crawl", "--sitemap", sitemap_url,
            "--store", store, "--workers", str(workers), "--allow-private-hosts"]
    if endpoint:
        argv += ["--endpoint-url", endpoint]
    for setting in BENCH_SETTINGS:
        argv += ["-s", setting]
    return argv


_FETCH_ONLY = """
import sys
import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.spiders import SitemapSpider

class FetchOnly(SitemapSpider):
    name = "fetch-only"
    sitemap_urls = [sys.argv[1]]
    def parse(self, response):
        self.crawler.stats.inc_value("bench/pages")

settings = dict(arg.split("=", 1) for arg in sys.argv[2:])
process = CrawlerProcess({**settings, "ROBOTSTXT_OBEY": True, "TELNETCONSOLE_ENABLED": False})
process.crawl(FetchOnly)
process.start()
"""


def clean_cpu_per_page(pages: Sequence[str], sample: int) -> float:
    """CPU seconds ``cleaners.clean`` takes per page over ``sample`` page variants."""
    from cleaners import clean

    variants = [encipher(pages[i % len(pages)], i) for i in range(sample)]
    clean(variants[0], "https://bench.example/a/0.html")  # imports, caches
    started = time.process_time()
    for i, html in enumerate(variants):
        # a page the cleaners refuse still cost its time
        with contextlib.suppress(Exception):
            clean(html, f"https://bench.example/a/{i}.html")
    return (time.process_time() - started) / len(variants)


def stored_pages(root: Path) -> Callable[[], int]:
    """A probe: how many page records a local store holds now."""
    def count() -> int:
        return sum(len(files) for _, _, files in os.walk(root / "pages"))
    return count


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--backends", default="local,s3")
    parser.add_argument("--workers", default="1,2", help="cleaning processes to compare")
    parser.add_argument("--memory-pages", type=int, default=0,
                        help="also crawl this many pages and report RSS at 1,000 and at the end")
    parser.add_argument("--clean-sample", type=int, default=300)
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH_DIR)
    args = parser.parse_args(argv)
    workers = [int(w) for w in args.workers.split(",")]
    backends = [b for b in args.backends.split(",") if b]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    pages = source_pages(args.bench_dir)
    print(f"command: {shlex.join(['python', 'bench/bench_e2e.py', *(argv or sys.argv[1:])])}")
    print(f"source pages: {len(pages)}; crawled URLs per run: {args.pages:,}; cores: {cores}")

    per_page = clean_cpu_per_page(pages, args.clean_sample)
    limit = (cores or 1) / per_page
    print(f"cleaning: {per_page * 1000:.1f} ms CPU a page (cleaners.clean, {args.clean_sample} "
          f"pages) -> cleaning-bound limit {limit:.1f} pages/s on {cores} cores")

    total = max(args.pages, args.memory_pages)
    site = build_site(pages, total)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    service = None
    rows: list[tuple[str, int, float, int, int]] = []
    cpus: list[tuple[str, int, float, float]] = []  # backend, workers, parent, workers ms
    with serve(site) as base, tempfile.TemporaryDirectory(prefix="newsrake-e2e-") as tmp:
        url = f"{base}/sitemap-0-{args.pages}.xml"
        fetch = run_timed([sys.executable, "-c", _FETCH_ONLY, url, *BENCH_SETTINGS], env)
        ceiling = args.pages / fetch.seconds
        print(f"raw Scrapy fetch (ceiling): {ceiling:.1f} pages/s ({fetch.seconds:.1f} s), "
              f"{fetch.cpu_parent * 1000 / args.pages:.1f} ms CPU a page")
        if "s3" in backends:
            from tests.services import AWS_TEST_ENV, create_bucket, start_moto_server

            env.update(AWS_TEST_ENV)
            os.environ.update(AWS_TEST_ENV)
            service = start_moto_server()
        try:
            for backend in backends:
                for w in workers:
                    if backend == "s3" and service is not None:
                        bucket = create_bucket(service.url)
                        store, endpoint = f"s3://{bucket}/e2e-{w}", service.url
                    else:
                        store, endpoint = f"file://{tmp}/store-{backend}-{w}", None
                    timed = run_timed(crawl_argv(url, store, w, endpoint), env)
                    if timed.returncode not in (0, 1):
                        print(timed.stderr[-3000:], file=sys.stderr)
                        raise SystemExit(f"crawl failed ({backend}, {w} workers)")
                    rate = args.pages / timed.seconds
                    rows.append((backend, w, rate, timed.peak_rss, timed.returncode))
                    cpus.append((backend, w, timed.cpu_parent * 1000 / args.pages,
                                 timed.cpu_children * 1000 / args.pages))
                    print(f"  {backend:<5} workers={w}: {rate:6.1f} pages/s "
                          f"({timed.seconds:.1f} s), {rate / limit:.0%} of the cleaning-bound "
                          f"limit, {rate / ceiling:.0%} of the fetch ceiling, "
                          f"peak RSS {timed.peak_rss / 2**20:,.0f} MiB; CPU a page: parent "
                          f"{cpus[-1][2]:.1f} ms, cleaning processes {cpus[-1][3]:.1f} ms",
                          flush=True)
            if args.memory_pages:
                root = Path(tmp) / "store-memory"
                murl = f"{base}/sitemap-0-{args.memory_pages}.xml"
                timed = run_timed(crawl_argv(murl, f"file://{root}", max(workers), None), env,
                                  probe=stored_pages(root), every=1.0)
                at_1k = next((probe for probe in timed.probes if probe[0] >= 1000), None)
                # the last reading with every process of the 1,000-page one still there:
                # the final pages are stored while the cleaning processes shut down
                # (2026-12-08's run read 68 MiB for them at its last page, one gone)
                at_end = next((probe for probe in reversed(timed.probes)
                               if at_1k is not None and probe[3] >= at_1k[3]),
                              timed.probes[-1] if timed.probes else (0, 0, 0, 0))
                if at_1k is not None:
                    mib = 2**20
                    print(f"memory: process tree RSS {at_1k[1] / mib:,.0f} MiB at 1,000 pages, "
                          f"{at_end[1] / mib:,.0f} MiB at {at_end[0]:,} pages: growth "
                          f"{(at_end[1] - at_1k[1]) / mib:+,.0f} MiB (target <= 50 MiB); "
                          f"the crawl's own process {at_1k[2] / mib:,.0f} -> "
                          f"{at_end[2] / mib:,.0f} MiB, its cleaning processes "
                          f"{(at_1k[1] - at_1k[2]) / mib:,.0f} -> "
                          f"{(at_end[1] - at_end[2]) / mib:,.0f} MiB")
        finally:
            if service is not None:
                service.stop()
    for backend in backends:
        by_w = {w: rate for b, w, rate, _, _ in rows if b == backend}
        if 1 in by_w and 2 in by_w:
            print(f"verdict {backend}: 2 vs 1 cleaning processes {by_w[2] / by_w[1]:.2f}x "
                  f"(target >= 1.7x); {by_w[2] / limit:.0%} of the cleaning-bound limit "
                  f"(target >= 85%)")
    print(json.dumps({"clean_ms": per_page * 1000, "limit": limit, "ceiling": ceiling,
                      "runs": [{"backend": b, "workers": w, "pages_per_s": r, "peak_rss": m,
                                "parent_cpu_ms": c[2], "workers_cpu_ms": c[3]}
                               for (b, w, r, m, _), c in zip(rows, cpus, strict=True)]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
