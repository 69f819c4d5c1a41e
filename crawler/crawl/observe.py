"""``ObserveExtension``: live progress and Prometheus metrics of a crawl.

A thin Scrapy wrapper over ``crawler.observe``: every ``NEWSRAKE_PROGRESS_INTERVAL``
seconds it hands the crawl's stats to the progress display, and it serves the stats
as metrics on ``NEWSRAKE_METRICS_PORT`` (0 picks a free port; the address is printed)
while the spider runs. With neither asked for it switches itself off.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler.observe.metrics import MetricsServer, StatsCollector
from crawler.observe.progress import Progress

logger = logging.getLogger(__name__)

#: Stats keys of pages the crawl is done with, whatever became of them.
HANDLED_KEYS = ("ingest/pages", "crawl/skipped/already_stored", "crawl/skipped/taken_down",
                "crawl/not_modified", "robotstxt/forbidden", "errors/page/http")
#: Stats keys of pages named by feeds, sitemaps and URL lists.
FOUND_KEYS = ("discovery/feed_entries", "discovery/sitemap_urls", "discovery/urls")


def _sum(stats: Mapping[str, Any], keys: tuple[str, ...]) -> int:
    return sum(int(stats.get(k, 0) or 0) for k in keys)


def crawl_progress(stats: Mapping[str, Any]) -> tuple[int, int | None, dict[str, int]]:
    """Pages handled, pages found (None before any) and headline figures of a crawl."""
    found = _sum(stats, FOUND_KEYS)
    errors = sum(int(v) for k, v in stats.items()
                 if k.startswith("errors/") and not k.endswith("/http") and isinstance(v, int))
    return _sum(stats, HANDLED_KEYS), found or None, {
        "created": int(stats.get("ingest/documents_created", 0)),
        "merged": int(stats.get("ingest/duplicates", 0)), "errors": errors}


class ObserveExtension:
    """Progress display and metrics endpoint for one crawl."""

    def __init__(self, crawler: Crawler, progress: str, interval: float,
                 metrics_port: int | None, metrics_addr: str) -> None:
        self.crawler = crawler
        self.progress_mode = progress
        self.interval = interval
        self.metrics_port = metrics_port
        self.metrics_addr = metrics_addr
        self.progress: Progress | None = None
        self.server: MetricsServer | None = None
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ObserveExtension:
        settings = crawler.settings
        progress = str(settings.get("NEWSRAKE_PROGRESS") or "off")
        port = settings.get("NEWSRAKE_METRICS_PORT")
        if progress == "off" and port in (None, ""):
            raise NotConfigured("no progress display or metrics asked for")
        ext = cls(crawler, progress, settings.getfloat("NEWSRAKE_PROGRESS_INTERVAL", 10.0),
                  None if port in (None, "") else int(port),
                  str(settings.get("NEWSRAKE_METRICS_ADDR") or "127.0.0.1"))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _stats(self) -> dict[str, Any]:
        return dict(self.crawler.stats.get_stats()) if self.crawler.stats else {}

    def spider_opened(self) -> None:
        run_id = str(self.crawler.settings.get("NEWSRAKE_RUN_ID") or "")
        if self.progress_mode != "off":
            live = {"live": True, "plain": False}.get(self.progress_mode)
            self.progress = Progress("crawl pages", live=live, interval=self.interval)
            self.loop = task.LoopingCall(self.tick)
            self.loop.start(min(self.interval, 1.0) if self.progress.live else self.interval,
                            now=False)
        if self.metrics_port is not None:
            collector = StatsCollector(self._stats, "crawl", run_id,
                                       progress=lambda: crawl_progress(self._stats())[:2])
            self.server = MetricsServer(collector, self.metrics_port, self.metrics_addr)
            # printed, not logged: with port 0 the operator (or a test) needs the port
            print(f"newsrake: metrics on {self.server.url}", flush=True)
            logger.info("serving metrics on %s", self.server.url)

    def tick(self) -> None:
        """Hand the current stats to the progress display."""
        if self.progress is not None:
            done, total, figures = crawl_progress(self._stats())
            self.progress.update(done, total, figures)

    def spider_closed(self) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.progress is not None:
            self.tick()
            self.progress.close()
        if self.server is not None:
            self.server.close()
