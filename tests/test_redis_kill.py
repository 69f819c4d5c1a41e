"""A killed scrapy-redis worker (issue 9): the requests it had in flight come back on the
next run, because the store, not the queue, says what is done.

Two workers share one Redis frontier and one store; one is killed with SIGKILL once
pages are being stored, the other runs to the end, then the same command runs again.
The store must then hold every page once and the same documents as a single worker's
crawl of the same site, every document announced in a manifest, none twice.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from crawler import exitcodes
from crawler.demo.server import serve_local
from crawler.store import layout
from crawler.store.local import LocalStore
from crawler.store.manifest import iter_manifest_entries
from tests.conftest import REPO, load_docs, load_pages, run_newsrake
from tests.hostile import article

PAGES = 30
DELAY = 0.15  # seconds a page takes: slow enough to kill a worker mid-run


@pytest.fixture(scope="module")
def slow_site() -> Iterator[str]:
    bodies = {f"/story/{n}.html": article(f"Worker story {n}", 5).encode()
              for n in range(PAGES)}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path == "/feed.rss":
                items = "".join(f"<item><title>{p}</title><link>{base}{p}</link></item>"
                                for p in sorted(bodies))
                body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>S</title>'
                        f"{items}</channel></rss>").encode()
                ctype = "application/rss+xml"
            elif self.path in bodies:
                time.sleep(DELAY)
                body, ctype = bodies[self.path], "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    with serve_local(Handler, "worker-site") as base:
        yield base


def crawl_args(site: str, store: Path, *extra: str) -> list[str]:
    return ["crawl", "--store", f"file://{store}", "--feed", f"{site}/feed.rss",
            "--allow-private-hosts", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
            "-s", "ROBOTSTXT_OBEY=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4", *extra]


def stored_docs(store: Path) -> dict[str, str]:
    return {d["id"]: d["text"] for d in load_docs(store)}


def announced_puts(store: Path) -> list[tuple[str, str]]:
    """(key, version or digest) of every document put announced in the manifests."""
    return [(e["key"], str(e.get("version", e.get("sha256", e.get("etag", "")))))
            for _, e in iter_manifest_entries(LocalStore(store))
            if e.get("op") == "put" and e.get("kind") == "doc"]


@pytest.mark.redis
def test_killed_worker_in_flight_pages_come_back(slow_site: str, redis_url: str,
                                                 tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    single = run_newsrake(*crawl_args(slow_site, reference))
    assert single.returncode == exitcodes.OK, single.stderr[-3000:]
    assert len(load_pages(reference)) == PAGES

    store = tmp_path / "store"
    args = [sys.executable, "-m", "crawler.cli",
            *crawl_args(slow_site, store, "--redis-url", redis_url)]
    victim = subprocess.Popen(args, cwd=REPO, env=dict(os.environ),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    survivor = subprocess.Popen(args, cwd=REPO, env=dict(os.environ),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not (store / "pages").exists() or len(list((store / "pages").rglob("*.json"))) < 3:
        assert time.monotonic() < deadline, "the workers stored nothing"
        assert victim.poll() is None, "the worker ended before it could be killed"
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    _, err = survivor.communicate(timeout=240)
    assert survivor.returncode == exitcodes.OK, err[-3000:]
    stored_before_rerun = len(load_pages(store))

    again = run_newsrake(*crawl_args(slow_site, store, "--redis-url", redis_url))
    assert again.returncode == exitcodes.OK, again.stderr[-3000:]

    pages: list[dict[str, Any]] = load_pages(store)
    assert sorted(p["url"] for p in pages) == sorted(p["url"] for p in load_pages(reference))
    assert stored_docs(store) == stored_docs(reference)
    puts = announced_puts(store)
    assert len(puts) == len(set(puts)), "a document version was announced twice"
    # every current document is announced
    assert {layout.doc_key(i) for i in stored_docs(store)} <= {key for key, _ in puts}
    verify = run_newsrake("verify", "--store", f"file://{store}")
    assert verify.returncode == exitcodes.OK, verify.stdout[-3000:]
    # the kill cost work, not data: the rerun fetched what the killed worker held
    assert stored_before_rerun <= PAGES
