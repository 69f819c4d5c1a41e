"""``IngestPipeline``: the thin Scrapy adapter that hands each ``RawPage`` to ingest.

A page goes through ingest's three steps (crawler/ingest/page.py): ``prepare``
(takedown check, archive) in a reactor thread, cleaning in a worker process (the
reactor waits on the worker's future, no thread is held), ``finish`` (dedup, page
record, documents) in a reactor thread. At most ``NEWSRAKE_INGEST_INFLIGHT`` pages are
between the steps at once: past that ``process_item`` waits, Scrapy's scraper slot
fills and the engine stops taking responses, so memory stays bounded when cleaning
falls behind fetching. At the end of the crawl the dedup index is flushed, the last
manifest part is written as the run's commit point, and the run record (stats +
configuration) follows it.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_to_future
from twisted.internet.defer import Deferred, DeferredSemaphore
from twisted.internet.threads import deferToThread

from cleaners import CleanError, Document
from crawler.index.factory import open_index
from crawler.ingest.boilerplate import BoilerplateTracker, load_boilerplate
from crawler.ingest.cleaning import CleanExecutor, ConfiguredClean, site_rules_of
from crawler.ingest.figures import count_outcome, run_figures
from crawler.ingest.page import Outcome, Run, clean_page, finish, guarded, prepare
from crawler.ingest.records import RawPage
from crawler.sources import load_sources
from crawler.store import layout
from crawler.store.factory import open_store
from crawler.store.manifest import Manifest, write_run_record

logger = logging.getLogger(__name__)

#: Settings copied into the run record as its configuration snapshot.
SNAPSHOT_SETTINGS = ("NEWSRAKE_STORE", "NEWSRAKE_ENDPOINT_URL", "NEWSRAKE_REDIS_URL",
                     "NEWSRAKE_DEDUP_WINDOW_DAYS", "NEWSRAKE_CLEAN_WORKERS", "NEWSRAKE_REFETCH",
                     "USER_AGENT", "ROBOTSTXT_OBEY", "AUTOTHROTTLE_ENABLED",
                     "CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "DOWNLOAD_DELAY",
                     "NEWSRAKE_SOURCES", "NEWSRAKE_INGEST_INFLIGHT")


def inflight_limit(setting: int, workers: int) -> int:
    """Pages ingest holds at once: the setting, or (0) two per cleaning process, so each
    has one page cleaning and one queued, plus four in the prepare and finish steps."""
    return setting if setting > 0 else 2 * max(workers, 1) + 4


class IngestPipeline:
    """Ingest every ``RawPage`` item; write the manifest and run record at the end."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        uri = settings.get("NEWSRAKE_STORE")
        if not uri:
            raise NotConfigured("NEWSRAKE_STORE is not set: give --store file://PATH or s3://…")
        self.crawler = crawler
        self.store = open_store(uri, endpoint_url=settings.get("NEWSRAKE_ENDPOINT_URL"))
        self.run_id = settings.get("NEWSRAKE_RUN_ID") or layout.new_run_id()
        self.started_at = layout.utc_now()
        sources = settings.get("NEWSRAKE_SOURCES")
        site_rules = site_rules_of(load_sources(sources)) if sources else {}
        # Every page of the run is cleaned against the boilerplate learned before it
        # started; what this run learns is merged into the store when it closes.
        workers = settings.getint("NEWSRAKE_CLEAN_WORKERS", 0)
        self.cleaner = CleanExecutor(
            ConfiguredClean(None, site_rules, load_boilerplate(self.store)), workers)
        self.slots = DeferredSemaphore(
            inflight_limit(settings.getint("NEWSRAKE_INGEST_INFLIGHT", 0), workers))
        self.inflight = 0  # pages between ingest's steps now (on the reactor thread only)
        if crawler.stats is None:  # set by Scrapy's Crawler before components are built
            raise NotConfigured("the crawler has no stats collector: set STATS_CLASS")
        self.run = Run(
            store=self.store,
            index=open_index(self.store, redis_url=settings.get("NEWSRAKE_REDIS_URL"),
                             window_days=settings.getint("NEWSRAKE_DEDUP_WINDOW_DAYS", 30)),
            manifest=Manifest(self.store, self.run_id), run_id=self.run_id,
            stats=crawler.stats, cleaner=self.cleaner, job="crawl",
            boilerplate=BoilerplateTracker(self.store))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IngestPipeline:
        return cls(crawler)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, RawPage):
            return item
        await deferred_to_future(self.slots.acquire())
        self.inflight += 1
        if self.crawler.stats is not None:  # the back-pressure bound, as reached
            self.crawler.stats.max_value("ingest/inflight_max", self.inflight)
        try:
            outcome = await self.ingest(item)
        finally:
            self.inflight -= 1
            self.slots.release()
        logger.debug("%s: %s %s", outcome.url, outcome.status, outcome.reason or "")
        if self.crawler.stats is not None:
            count_outcome(self.crawler.stats, item.url, outcome.status)
        return item

    async def ingest(self, page: RawPage) -> Outcome:
        """``crawler.ingest.page.ingest`` with no thread waiting while the page is cleaned."""
        prepared = await deferred_to_future(deferToThread(prepare, page, self.run))
        if isinstance(prepared, Outcome):
            return prepared
        if self.cleaner.in_processes:
            cleaned = await deferred_to_future(self._cleaned(prepared))
        else:
            cleaned = await deferred_to_future(deferToThread(
                guarded, prepared, self.run, lambda: clean_page(prepared, self.cleaner)))
        if isinstance(cleaned, Outcome):
            return cleaned
        result: Outcome = await deferred_to_future(
            deferToThread(finish, prepared, cleaned, self.run))
        return result

    def _cleaned(self, page: RawPage) -> Deferred[Document | CleanError | Outcome]:
        """A Deferred firing on the reactor with the worker's result for ``page``."""
        from twisted.internet import reactor

        done: Deferred[Document | CleanError | Outcome] = Deferred()

        def result(future: Future[Document]) -> Document | CleanError:
            try:
                return future.result()
            except CleanError as exc:
                return exc

        def settle(future: Future[Document]) -> None:
            done.callback(guarded(page, self.run, lambda: result(future)))

        self.cleaner.submit(page.body, page.final_url or page.url).add_done_callback(
            lambda future: reactor.callFromThread(settle, future))
        return done

    def close_spider(self) -> None:
        try:
            self.run.index.flush()
            if self.run.boilerplate is not None:
                self.run.boilerplate.flush()
            self.run.manifest.flush()
        finally:
            self.cleaner.close()
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        settings = self.crawler.settings
        write_run_record(self.store, self.run_id, {
            "job": "crawl", "started_at": self.started_at, "finished_at": layout.utc_now(),
            "stats": {k: v for k, v in stats.items()},
            "figures": run_figures(stats),
            "config": {name: settings.get(name) for name in SNAPSHOT_SETTINGS},
            "manifest_parts": list(self.run.manifest.parts),
        })
