"""The crawl job: one Scrapy run over feeds, sitemaps and URL lists into a store."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.crawl.frontier import DUPEFILTER_KEY, QUEUE_KEY, frontier_lease
from crawler.crawl.spiders.news import NewsSpider
from crawler.ingest.spool import Spool
from crawler.sources import Publisher
from crawler.store import layout
from crawler.store.base import NotFound, StoreUnavailable
from crawler.store.factory import open_store

logger = logging.getLogger(__name__)


class StoreUnreachable(Exception):
    """The store stopped answering: the crawl stopped, fetched pages are spooled.

    ``spooled`` pages wait in ``spool`` (a folder) for the next crawl into the store.
    """

    def __init__(self, message: str, *, spool: str, spooled: int,
                 stats: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.spool = spool
        self.spooled = spooled
        self.stats = stats or {}

    @classmethod
    def at_start(cls, store_uri: str, spool_dir: str | None, exc: Exception
                 ) -> StoreUnreachable:
        """The store did not answer before anything was fetched."""
        spool = Spool.for_store(store_uri, spool_dir)
        return cls(f"the store does not answer, nothing was fetched: {exc}",
                   spool=str(spool.folder), spooled=len(spool))


@dataclass(frozen=True)
class CrawlOptions:
    """What one crawl run reads and where it writes."""

    store: str = "file://./data"
    endpoint_url: str | None = None
    feeds: Sequence[str] = ()
    sitemaps: Sequence[str] = ()
    urls: Sequence[str] = ()
    publishers: Sequence[Publisher] = ()
    sources_file: str | None = None
    redis_url: str | None = None
    refetch: bool = False
    clean_workers: int = 0
    allow_private_hosts: bool = False
    spool_dir: str | None = None  # where pages wait while the store is down (spool.py)
    settings: Mapping[str, Any] = field(default_factory=dict)


def crawl_settings(options: CrawlOptions, run_id: str) -> Settings:
    """Scrapy settings for a run: ``crawler.crawl.settings`` plus the run's options."""
    settings = Settings()
    settings.setmodule("crawler.crawl.settings", priority="project")
    settings.setdict({
        "NEWSRAKE_STORE": options.store, "NEWSRAKE_ENDPOINT_URL": options.endpoint_url,
        "NEWSRAKE_REDIS_URL": options.redis_url, "NEWSRAKE_REFETCH": options.refetch,
        "NEWSRAKE_CLEAN_WORKERS": options.clean_workers, "NEWSRAKE_RUN_ID": run_id,
        "NEWSRAKE_ALLOW_PRIVATE_HOSTS": options.allow_private_hosts,
        "NEWSRAKE_SOURCES": options.sources_file, "NEWSRAKE_SPOOL_DIR": options.spool_dir,
        # the newsrake command configures logging itself; Scrapy adds no root handler
        "LOG_INSTALL_ROOT_HANDLER": False,
    }, priority="cmdline")
    if options.redis_url:
        # Several workers share one frontier (scrapy-redis) as well as the dedup index.
        # The queue and its duplicate filter live only as long as the run's workers do:
        # the store, not Redis, says what is done. scrapy-redis's own clearing (when any
        # worker closes) is off; crawler/crawl/frontier.py clears a frontier that no live
        # worker holds, so a killed worker's fingerprints cannot hide pages from later runs.
        settings.setdict({
            "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            "REDIS_URL": options.redis_url,
            "SCHEDULER_PERSIST": True,
            "SCHEDULER_QUEUE_KEY": QUEUE_KEY,  # the news spider's; frontier.py clears them
            "SCHEDULER_DUPEFILTER_KEY": DUPEFILTER_KEY,
        }, priority="cmdline")
    settings.setdict(dict(options.settings), priority="cmdline")
    return settings


def run_crawl(options: CrawlOptions) -> dict[str, Any]:
    """Run one crawl to the end and return its run record (stats, configuration)."""
    if not (options.feeds or options.sitemaps or options.urls or options.publishers):
        raise ValueError("nothing to crawl: give --feed, --sitemap, --url or --sources")
    run_id = layout.new_run_id()
    store = open_store(options.store, endpoint_url=options.endpoint_url)
    spool = Spool.for_store(options.store, options.spool_dir)
    try:
        next(iter(store.list(layout.ACTIVE_RUNS_PREFIX)), None)  # is anyone there?
    except StoreUnavailable as exc:
        raise StoreUnreachable.at_start(options.store, options.spool_dir, exc) from exc
    process = CrawlerProcess(crawl_settings(options, run_id))
    crawler = process.create_crawler(NewsSpider)
    process.crawl(crawler, feeds=list(options.feeds), sitemaps=list(options.sitemaps),
                  urls=list(options.urls), publishers=list(options.publishers))
    with frontier_lease(options.redis_url) if options.redis_url else nullcontext():
        process.start()
    stats = dict(crawler.stats.get_stats()) if crawler.stats is not None else {}
    if stats.get("store/unreachable"):
        raise StoreUnreachable(
            f"the store stopped answering during run {run_id}; the crawl stopped",
            spool=str(spool.folder), spooled=len(spool), stats=stats)
    try:
        record: dict[str, Any] = json.loads(store.get(layout.run_key(run_id)).data)
    except NotFound:
        raise RuntimeError(f"run {run_id} wrote no run record: see the log above for the "
                           "error that stopped the crawl") from None
    return record
