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

Before the first page, the pipeline leaves the run's marker (``runs-active/``),
announces what dead crawls left unannounced (crawler/ingest/recovery.py), then
delivers the pages an earlier run spooled when the store went away
(crawler/ingest/spool.py). When the store goes away during the run
(``StoreUnavailable`` after the backend's retries), the crawl is closed with reason
``store_unreachable``: the page at hand and every page still arriving are spooled,
``store/unreachable`` is set, and the next run delivers them.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro, deferred_to_future
from twisted.internet import reactor as _reactor
from twisted.internet.defer import Deferred, DeferredSemaphore
from twisted.internet.threads import deferToThread

from cleaners import CleanError
from crawler.index.factory import open_index
from crawler.ingest.boilerplate import BoilerplateTracker, load_boilerplate
from crawler.ingest.cleaning import CleanExecutor, ConfiguredClean, site_rules_of
from crawler.ingest.figures import count_outcome, run_figures
from crawler.ingest.page import (
    Outcome,
    Run,
    clean_page,
    finish,
    guarded,
    ingest,
    prepare,
)
from crawler.ingest.records import Cleaned, RawPage
from crawler.ingest.recovery import (
    HEARTBEAT_SECONDS,
    archive_window,
    clear_active,
    mark_active,
    recover_dead_runs,
    remove_orphan_archives,
)
from crawler.ingest.spool import Spool, SpoolError
from crawler.redact import redact_value
from crawler.sources import load_sources
from crawler.store import layout
from crawler.store.base import StoreUnavailable
from crawler.store.factory import open_store
from crawler.store.manifest import Manifest, write_run_record

logger = logging.getLogger(__name__)
reactor: Any = _reactor  # twisted's module object; its methods are not typed

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
            stats=crawler.stats, cleaner=self.cleaner.signed, job="crawl",
            boilerplate=BoilerplateTracker(self.store))
        self.spool = Spool.for_store(uri, settings.get("NEWSRAKE_SPOOL_DIR"))
        self.store_down: str | None = None  # the error that showed the store is gone
        self._stop_heartbeat = threading.Event()
        self._heartbeat_thread = threading.Thread(target=self._heartbeat, daemon=True,
                                                  name="newsrake-heartbeat")
        # the earliest fetch among pages stored for an earlier run (spooled, recovered):
        # the boilerplate pass re-cleans the pages fetched since then
        self.pages_since: str | None = None
        # when dead runs were recovered: their archive windows, and the URLs this run
        # stored (a dead run may have archived one of them without a page record)
        self.dead_windows: list[tuple[str, str]] = []
        self.stored_url_keys: set[str] = set()
        self.takedown_raced: list[str] = []  # stored while their takedown ran

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IngestPipeline:
        return cls(crawler)

    def _inc(self, key: str, n: int = 1) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key, n)

    async def open_spider(self) -> None:
        """Mark the run active, recover dead runs and deliver the spool (in a thread)."""
        await deferred_to_future(deferToThread(self._start))

    def _start(self) -> None:
        try:
            mark_active(self.store, self.run_id, "crawl", self.started_at)
            self._heartbeat_thread.start()
            for marker in recover_dead_runs(self.run):
                self._since(str(marker.get("started_at") or self.started_at))
                self.dead_windows.append(archive_window(marker))
            self._deliver_spool()
        except StoreUnavailable as exc:
            reactor.callFromThread(self._store_lost, exc)

    def _heartbeat(self) -> None:
        while not self._stop_heartbeat.wait(HEARTBEAT_SECONDS):
            try:
                mark_active(self.store, self.run_id, "crawl", self.started_at)
            except StoreUnavailable:
                logger.warning("heartbeat of run %s not written: the store is unreachable",
                               self.run_id)

    def _since(self, fetched_at: str) -> None:
        if self.pages_since is None or fetched_at < self.pages_since:
            self.pages_since = fetched_at

    def _deliver_spool(self) -> None:
        """Ingest the pages an earlier run spooled; each is removed once stored."""
        for path, page in self.spool.iter_pages():
            if isinstance(page, SpoolError):
                self._inc("errors/spool")
                logger.error("%s", page)
                continue
            outcome = ingest(page, self.run)  # StoreUnavailable: the entry stays spooled
            count_outcome(self.run.stats, page.url, outcome.status)
            self.spool.remove(path)
            self._inc("spool/delivered")
            self._since(page.fetched_at)

    def _store_lost(self, exc: Exception) -> None:
        """The store is gone: keep fetched pages in the spool and close the crawl."""
        if self.store_down is not None:
            return
        self.store_down = str(exc)
        self._inc("store/unreachable")
        logger.error("the store is unreachable, stopping the crawl: %s; fetched pages are "
                     "kept in %s for the next run", exc, self.spool.folder)
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None:
            # not awaited here: closing waits for the items in progress, this one included
            reactor.callLater(0, lambda: deferred_from_coro(
                engine.close_spider_async(reason="store_unreachable")))

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, RawPage):
            return item
        if self.store_down is None:
            await deferred_to_future(self.slots.acquire())
            self.inflight += 1
            if self.crawler.stats is not None:  # the back-pressure bound, as reached
                self.crawler.stats.max_value("ingest/inflight_max", self.inflight)
            try:
                outcome = await self.ingest(item)
            except StoreUnavailable as exc:
                self._store_lost(exc)
            else:
                if self.dead_windows:
                    self.stored_url_keys.add(layout.url_key(item.url))
                if outcome.status == "raced_takedown":
                    self.takedown_raced.append(item.url)
                logger.debug("%s: %s %s", outcome.url, outcome.status, outcome.reason or "")
                if self.crawler.stats is not None:
                    count_outcome(self.crawler.stats, item.url, outcome.status)
                return item
            finally:
                self.inflight -= 1
                self.slots.release()
        await deferred_to_future(deferToThread(self.spool.put, item))
        self._inc("spool/pages")
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
                guarded, prepared, self.run, lambda: clean_page(prepared, self.run.cleaner)))
        if isinstance(cleaned, Outcome):
            return cleaned
        result: Outcome = await deferred_to_future(
            deferToThread(finish, prepared, cleaned, self.run))
        return result

    def _cleaned(self, page: RawPage) -> Deferred[Cleaned | CleanError | Outcome]:
        """A Deferred firing on the reactor with the worker's result for ``page``."""
        from twisted.internet import reactor

        done: Deferred[Cleaned | CleanError | Outcome] = Deferred()

        def result(future: Future[Cleaned]) -> Cleaned | CleanError:
            try:
                return future.result()
            except CleanError as exc:
                return exc

        def settle(future: Future[Cleaned]) -> None:
            done.callback(guarded(page, self.run, lambda: result(future)))

        self.cleaner.submit(page.body, page.final_url or page.url,
                            page.header("content-type")).add_done_callback(
            lambda future: reactor.callFromThread(settle, future))
        return done

    def close_spider(self) -> None:
        self._stop_heartbeat.set()
        if self.store_down is None and self._heartbeat_thread.is_alive():
            self._heartbeat_thread.join()  # a last beat must not land after clear_active
        try:
            if self.store_down is None:
                self._finish()
        except StoreUnavailable as exc:
            # what was written stays unannounced: the marker is left, so the next run
            # recovers it (crawler/ingest/recovery.py)
            self.store_down = str(exc)
            self._inc("store/unreachable")
            logger.error("the store became unreachable while the crawl was closing: %s", exc)
        finally:
            self.cleaner.close()

    def _finish(self) -> None:
        if self.dead_windows:
            self._inc("recovery/orphan_archives_removed", remove_orphan_archives(
                self.store, self.stored_url_keys, self.dead_windows))
        self.run.index.flush()
        if self.run.boilerplate is not None:
            if self.run.boilerplate.forgotten:  # memory bound reached (boilerplate.py)
                self._inc("boilerplate/blocks_forgotten", self.run.boilerplate.forgotten)
            self.run.boilerplate.flush()
        self.run.manifest.flush()
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        settings = self.crawler.settings
        write_run_record(self.store, self.run_id, {
            "job": "crawl", "started_at": self.started_at, "finished_at": layout.utc_now(),
            "stats": {k: v for k, v in stats.items()},
            "figures": run_figures(stats),
            "config": {name: redact_value(name, settings.get(name)) for name in SNAPSHOT_SETTINGS},
            "manifest_parts": list(self.run.manifest.parts),
            "pages_since": min(self.started_at, self.pages_since or self.started_at),
            "takedown_raced": sorted(self.takedown_raced),
        })
        clear_active(self.store, self.run_id)
