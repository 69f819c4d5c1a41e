"""Benchmark: signatures plus index over N synthetic documents (default 1,000,000).

    python bench/bench_dedup.py [--docs N] [--batch B] [--per-page]
    python bench/bench_dedup.py --per-page-at N [--measure M]

Measures the bulk path, ``EmbeddedIndex.assign_many`` (batches of B pages), unless
``--per-page`` is given (``EmbeddedIndex.assign``, one page at a time, as ingest calls it).
``--per-page-at N`` fills the index with N documents through the bulk path (not timed),
then times M more through the per-page path: the per-page rate at N indexed documents,
with the time split into signatures and the index step.
The process is pinned to one CPU and rensa to one thread. Timed: signatures, LSH
lookup, verification, cluster update and the ``Assignment`` results; generating the
synthetic text is not timed. docs/s is given over CPU time of the process (all threads)
and over wall time: on a machine shared with other work the CPU figure is the stable one.

What the memory figure includes: the growth of the process's resident set size (RSS)
from an empty index to the index holding N documents, after the last batch of text and
results is freed: signatures (16-bit x 128), the LSH band table (8 bytes x 42 bands plus
its directory), url keys (12 bytes packed plus the key table), per-page arrays (shingle
count, text-hash prefix, time, cluster ring, live flag), the origin-choice metadata
(compact JSON in one arena, offset and length), plus allocator slack and untouched
capacity (arrays grow by doubling; untouched pages are not resident). Peak is the
highest RSS during the build (merges of the band table hold two copies for a moment).

Synthetic documents: 250-600 words drawn from a 50,000-word vocabulary; 5% are
near-duplicates of an earlier document (a sentence added, the last 20 words dropped).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import gc
import hashlib
import os
import random
import resource
import shlex
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("RAYON_NUM_THREADS", "1")  # before rensa is imported

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.index.base import PageEntry
from crawler.index.embedded import EmbeddedIndex
from crawler.store.local import LocalStore


def trim_heap() -> None:
    """Give freed heap memory back to the OS (glibc keeps freed text batches otherwise)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def rss_bytes() -> int:
    """Resident set size of this process."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def make_batch(rng: random.Random, vocab: list[str], start: int, n: int,
               recent: list[str]) -> list[PageEntry]:
    out = []
    for i in range(start, start + n):
        if recent and rng.random() < 0.05:
            base = rng.choice(recent).split()
            text = " ".join(base[:-20]) + " This story was republished from a partner."
        else:
            text = " ".join(rng.choices(vocab, k=rng.randint(250, 600)))
            if len(recent) < 2000:
                recent.append(text)
            else:
                recent[rng.randrange(2000)] = text
        key = hashlib.sha256(str(i).encode()).hexdigest()[:24]
        out.append(PageEntry(key, f"https://site{i % 97}.example/news/{i}", text,
                             hashlib.sha256(text.encode()).hexdigest(), site=f"site{i % 97}",
                             published="2026-04-01T08:00:00Z",
                             fetched_at="2026-04-01T09:00:00Z"))
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=5000)
    parser.add_argument("--per-page", action="store_true",
                        help="measure EmbeddedIndex.assign (one page at a time)")
    parser.add_argument("--per-page-at", type=int, default=0,
                        help="fill N documents in bulk, then time --measure per-page assigns")
    parser.add_argument("--measure", type=int, default=20_000)
    args = parser.parse_args(argv)
    if args.per_page_at:
        return per_page_at(args.per_page_at, args.measure, args.batch)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    rng = random.Random(7)
    vocab = sorted({"".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(2, 11)))
                    for _ in range(60_000)})[:50_000]
    path = "EmbeddedIndex.assign (per page)" if args.per_page else \
        f"EmbeddedIndex.assign_many (batches of {args.batch:,})"
    with tempfile.TemporaryDirectory() as tmp:
        index = EmbeddedIndex(LocalStore(tmp), window_days=None, clock=lambda: 1.78e9)
        recent: list[str] = []
        gc.collect()
        trim_heap()
        base_rss = peak_rss = rss_bytes()
        cpu = wall = 0.0
        duplicates = 0
        done = 0
        while done < args.docs:
            n = min(args.batch, args.docs - done)
            batch = make_batch(rng, vocab, done, n, recent)
            c0, t0 = time.process_time(), time.perf_counter()
            if args.per_page:
                results = [index.assign(e) for e in batch]
            else:
                results = index.assign_many(batch)
            cpu += time.process_time() - c0
            wall += time.perf_counter() - t0
            duplicates += sum(1 for a in results if a.rule != "new")
            done += n
            del batch, results
            peak_rss = max(peak_rss, rss_bytes())
            if done % 100_000 == 0:
                print(f"  {done:>9,} docs  {done / cpu:,.0f} docs/s (CPU)  "
                      f"{done / wall:,.0f} docs/s (wall)  "
                      f"{(rss_bytes() - base_rss) / done:,.0f} bytes/doc", flush=True)
        recent.clear()
        gc.collect()
        untrimmed = rss_bytes() - base_rss
        trim_heap()
        grown = rss_bytes() - base_rss
        parts = index._backend.nbytes()
        accounted = sum(parts.values())
        max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        print(f"command: {shlex.join([Path(sys.executable).name, *sys.argv])}")
        print(f"path measured: {path}; one CPU (affinity {sorted(os.sched_getaffinity(0))}), "
              f"RAYON_NUM_THREADS={os.environ['RAYON_NUM_THREADS']}")
        print(f"documents: {done:,} ({duplicates:,} matched an earlier one)")
        print(f"throughput: {done / cpu:,.0f} docs/s over CPU time ({cpu:,.1f} s), "
              f"{done / wall:,.0f} docs/s over wall time ({wall:,.1f} s)")
        print(f"memory: {grown / done:,.0f} bytes/doc (RSS growth, {grown / 2**20:,.0f} MiB); "
              f"peak {(max(peak_rss, max_rss) - base_rss) / done:,.0f} bytes/doc during the build; "
              f"{untrimmed / done:,.0f} bytes/doc before freed heap was returned (malloc_trim)")
        print(f"  accounted {accounted / done:,.0f} bytes/doc: " + ", ".join(
            f"{name} {size / done:,.0f}" for name, size in parts.items()))

        def met(ok: bool) -> str:
            return "met" if ok else "MISSED"

        print(f"verdict (targets >= 10,000 docs/s, <= 1,024 bytes/doc): throughput "
              f"{met(done / cpu >= 10_000)} over CPU time, {met(done / wall >= 10_000)} over "
              f"wall time; memory {met(grown / done <= 1024)}")
    return 0


def per_page_at(filled: int, measure: int, batch: int) -> int:
    """Per-page ``assign`` timed on an index already holding ``filled`` documents."""
    from crawler.index.signature import signature_of, signature_one

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    rng = random.Random(7)
    vocab = sorted({"".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(2, 11)))
                    for _ in range(60_000)})[:50_000]
    with tempfile.TemporaryDirectory() as tmp:
        index = EmbeddedIndex(LocalStore(tmp), window_days=None, clock=lambda: 1.78e9)
        recent: list[str] = []
        gc.collect()
        trim_heap()
        base_rss = rss_bytes()
        done = 0
        while done < filled:
            n = min(batch, filled - done)
            index.assign_many(make_batch(rng, vocab, done, n, recent))
            done += n
        build_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - base_rss
        # Timed in chunks of 1,000 pages generated just before (untimed): the pages' texts
        # are the benchmark's input, not the index, and 20,000 of them at once (about
        # 60 MB, 60 bytes a document at 1 M) would count in the peak.
        sig_cpu = cpu = wall = pre_cpu = 0.0
        matched = half = pre_n = 0
        for lo in range(0, measure, 1000):
            entries = make_batch(rng, vocab, done + lo, min(1000, measure - lo), recent)
            c0 = time.process_time()
            for e in entries:
                signature_one(e.text)  # what assign computes when it is given no signature
            sig_cpu += time.process_time() - c0
            cut = len(entries) // 2
            c0, t0 = time.process_time(), time.perf_counter()
            results = [index.assign(e) for e in entries[:cut]]
            cpu += time.process_time() - c0
            wall += time.perf_counter() - t0
            # The other half with the signature computed beforehand (untimed), as a
            # cleaning worker passes it (``Cleaned``): the parent's cost in a crawl.
            signed = [signature_of(e.text, e.text_sha256) for e in entries[cut:]]
            c0 = time.process_time()
            results += [index.assign(e, s) for e, s in zip(entries[cut:], signed, strict=True)]
            pre_cpu += time.process_time() - c0
            half += cut
            pre_n += len(entries) - cut
            matched += sum(1 for a in results if a.rule != "new")
            del entries, signed, results
        sig_us = sig_cpu / measure * 1e6
        gc.collect()
        trim_heap()
        grown = rss_bytes() - base_rss
        peak = max(build_peak,
                   resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - base_rss)
        total = filled + measure
        print(f"command: {shlex.join([Path(sys.executable).name, *sys.argv])}")
        print(f"path measured: EmbeddedIndex.assign (per page) at {filled:,} indexed documents; "
              f"one CPU (affinity {sorted(os.sched_getaffinity(0))}), "
              f"RAYON_NUM_THREADS={os.environ['RAYON_NUM_THREADS']}")
        print(f"documents timed: {measure:,} ({matched:,} "
              f"matched an earlier one): {half:,} computing their signature in assign, "
              f"{pre_n:,} given it")
        print(f"throughput: {half / cpu:,.0f} docs/s over CPU time, {half / wall:,.0f} "
              f"over wall time; per page {cpu / half * 1e6:,.0f} us, of which signatures "
              f"{sig_us:,.0f} us (signature_one, timed apart) and the index step "
              f"{cpu / half * 1e6 - sig_us:,.0f} us")
        print(f"with a precomputed signature (assign(entry, signature)): "
              f"{pre_n / pre_cpu:,.0f} docs/s over CPU time, {pre_cpu / pre_n * 1e6:,.0f} us "
              "a page")
        print(f"memory at {total:,} documents: {grown / total:,.0f} bytes/doc (RSS growth); "
              f"peak {peak / total:,.0f} bytes/doc (of the bulk build alone: "
              f"{build_peak / filled:,.0f} bytes/doc at {filled:,})")

        def met(ok: bool) -> str:
            return "met" if ok else "MISSED"

        print(f"verdict (targets >= 10,000 docs/s, <= 1,024 bytes/doc incl. peak): throughput "
              f"{met(half / cpu >= 10_000)} (signature in assign), "
              f"{met(pre_n / pre_cpu >= 10_000)} (precomputed signature); memory "
              f"{met(max(grown, peak) / total <= 1024)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
