"""Watching a run: the metrics endpoint scraped during a real crawl, JSON-lines logs, progress.

The crawl runs against a local site on 127.0.0.1 port 0 whose article pages answer
slowly, so the run lasts long enough to be scraped while it works.
"""

from __future__ import annotations

import io
import json
import logging
import re
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from crawler.demo.server import serve_local
from crawler.observe.logs import log_formatter
from crawler.observe.metrics import MetricsServer, StatsCollector, metric_name
from crawler.observe.progress import Progress
from tests.conftest import REPO, load_run_records
from tests.fixtures.articles import PORT_STRIKE
from tests.services import article_html

#: Article pages of the slow site, and how long each takes to answer.
ARTICLES = 8
PAGE_DELAY = 0.6
#: Pages after the first ``HELD_BACK_AFTER`` wait for this (set once the mid-run scrape is
#: made): with them merely slow, a loaded machine whose first cleaning process took long
#: to start had all the pages in ingest before the first came out, and "mid-run" failed.
RELEASE = threading.Event()
HELD_BACK_AFTER = 2


class SlowSite(BaseHTTPRequestHandler):
    """A feed of ``ARTICLES`` pages; each page answers after ``PAGE_DELAY`` seconds, and
    those after the first ``HELD_BACK_AFTER`` not before ``RELEASE`` is set."""

    def do_GET(self) -> None:
        base = f"http://{self.headers['Host']}"
        if self.path == "/feed.xml":
            items = "".join(f"<item><title>Story {i}</title><link>{base}/a/{i}.html</link>"
                            f"</item>" for i in range(ARTICLES))
            body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Slow</title>'
                    f"<link>{base}/</link>{items}</channel></rss>").encode()
            self._answer(200, "application/rss+xml", body)
        elif m := re.fullmatch(r"/a/(\d+)\.html", self.path):
            time.sleep(PAGE_DELAY)
            if int(m.group(1)) >= HELD_BACK_AFTER:
                RELEASE.wait(timeout=60)
            paragraphs = [f"Story {m.group(1)}: {p}" for p in PORT_STRIKE]
            self._answer(200, "text/html; charset=utf-8",
                         article_html(f"Story {m.group(1)}", paragraphs))
        else:
            self._answer(404, "text/plain", b"not here")

    def _answer(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture()
def slow_site() -> Iterator[str]:
    RELEASE.clear()
    try:
        with serve_local(SlowSite, "slow-site") as base:
            yield base
    finally:
        RELEASE.set()


def scrape(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode("utf-8"))


def metric(text: str, name: str, labels: str = "") -> float | None:
    match = re.search(rf"^{re.escape(name + labels)} (\S+)$", text, re.M)
    return float(match.group(1)) if match else None


def test_metrics_endpoint_is_scraped_during_a_crawl(slow_site: str, tmp_path: Path) -> None:
    store = tmp_path / "store"
    with subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "--log-format", "json", "-v", "crawl",
             "--feed", f"{slow_site}/feed.xml", "--store", f"file://{store}",
             "--allow-private-hosts", "--metrics-port", "0", "-s", "DOWNLOAD_DELAY=0",
             "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "ROBOTSTXT_OBEY=False"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        stderr: list[str] = []
        reader = threading.Thread(target=lambda: stderr.extend(process.stderr or ()),
                                  daemon=True)
        reader.start()
        try:
            assert process.stdout is not None
            first = process.stdout.readline()
            match = re.match(r"newsrake: metrics on (http://127\.0\.0\.1:\d+/metrics)$",
                             first.strip())
            assert match, first + "".join(stderr)[-3000:]
            url = match.group(1)
            during = ""
            deadline = time.monotonic() + 60
            site = slow_site.removeprefix("http://")
            while time.monotonic() < deadline and process.poll() is None:
                text = scrape(url)
                # a page counts in ingest/pages when ingest starts and in its site's
                # pages when ingest returns: wait for a page that went all the way
                if (metric(text, "newsrake_site_pages_total", f'{{site="{site}"}}') or 0) >= 1:
                    during = text
                    break
                time.sleep(0.1)
            still_running = process.poll() is None
            RELEASE.set()  # the rest of the pages may come now
            out = process.stdout.read()
            process.wait(timeout=120)
        finally:
            RELEASE.set()
            if process.poll() is None:
                process.kill()
                process.wait()
    reader.join(timeout=5)
    assert process.returncode == 0, "".join(stderr)[-3000:]
    assert during and still_running, "the crawl ended before its metrics could be scraped"
    [record] = load_run_records(store)
    assert f'newsrake_run_info{{job="crawl",run_id="{record["run_id"]}"}} 1.0' in during
    pages = metric(during, "newsrake_ingest_pages_total")
    assert pages is not None and 1 <= pages < ARTICLES  # scraped mid-run
    assert (metric(during, "newsrake_site_pages_total", f'{{site="{site}"}}') or 0) >= 1
    assert metric(during, "newsrake_progress_total") == ARTICLES
    assert record["figures"]["pages"]["fetched"] == ARTICLES
    with pytest.raises(OSError):  # the server stopped with the run
        scrape(url)
    # --log-format json: every log line on stderr is one JSON object
    lines = [line for line in "".join(stderr).splitlines() if line.strip()]
    assert lines
    logged = [json.loads(line) for line in lines]
    assert all({"time", "level", "logger", "message"} <= set(entry) for entry in logged)
    assert any("serving metrics on" in entry["message"] for entry in logged)
    assert "newsrake crawl" in out


def test_metrics_collector_names_and_labels() -> None:
    stats = {"ingest/pages": 3, "errors/http/404": 1, "noise/author-box/removed": 2,
             "sites/paper.example/new": 1, "start_time": "2026-11-25", "flag": True}
    server = MetricsServer(StatsCollector(lambda: stats, "reclean", "r1",
                                          progress=lambda: (3, 10)), 0)
    try:
        text = scrape(server.url)
    finally:
        server.close()
    assert metric(text, "newsrake_ingest_pages_total") == 3
    assert metric(text, "newsrake_errors_http_404_total") == 1
    assert metric(text, "newsrake_noise_removed_total", '{plugin="author-box"}') == 2
    assert metric(text, "newsrake_site_new_total", '{site="paper.example"}') == 1
    assert metric(text, "newsrake_progress_done") == 3
    assert "start_time" not in text and "flag" not in text
    assert metric_name("errors/download/TimeoutError") == "newsrake_errors_download_timeouterror"


def test_metrics_port_in_use_names_the_fix() -> None:
    server = MetricsServer(StatsCollector(dict, "crawl", "r"), 0)
    try:
        with pytest.raises(OSError, match="pick another --metrics-port"):
            MetricsServer(StatsCollector(dict, "crawl", "r"), server.port)
    finally:
        server.close()


def test_json_log_lines() -> None:
    record = logging.LogRecord("crawler.x", logging.WARNING, __file__, 1, "HTTP %s for %s",
                               (404, "https://paper.example/a"), None)
    line = json.loads(log_formatter("json").format(record))
    assert line["level"] == "WARNING" and line["logger"] == "crawler.x"
    assert line["message"] == "HTTP 404 for https://paper.example/a" and "time" in line
    with pytest.raises(ValueError, match="use one of text, json"):
        log_formatter("xml")


def test_plain_progress_lines_when_not_a_terminal() -> None:
    stream = io.StringIO()
    with Progress("verify objects", stream=stream, interval=0) as progress:
        progress.update(5, 20, {"errors": 0})
        progress.update(20, 20)
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("verify objects: 5/20 (25%) after ") and "errors=0" in lines[0]
    assert lines[-1].startswith("verify objects: 20/20 (100%)")
    quiet = io.StringIO()
    with Progress("x", stream=quiet, enabled=False) as off:
        off.update(1, 2)
    assert quiet.getvalue() == ""


def test_live_progress_on_a_terminal() -> None:
    stream = io.StringIO()
    with Progress("re-clean pages", stream=stream, live=True) as progress:
        progress.update(3, 4, {"errors": 1})
    assert "re-clean pages" in stream.getvalue() and "3/4" in stream.getvalue()
