"""Re-clean: rebuild stored documents from the raw archive with the current cleaners.

Nothing is fetched. For every selected page record the stored WARC is read back into a
``RawPage`` (``raw_key`` and ``raw_digest`` set, so ``ingest`` skips archiving) and
handed to ``crawler.ingest.page.ingest``, the same function the crawl calls: crawl and
re-clean cannot drift apart, and duplicate clusters and origins are recomputed by the
index wherever a text changed.

The cleaner is wrapped (``RecleanCleaner``) so that a page's document only changes
when its *output* changes:

- same output as the stored document: the stored document is kept as it is (its
  provenance still names the cleaner that made the text); only ``cleaner_fingerprint``
  moves to the current configuration, which changes the page record, never the
  canonical document, and takes the page out of ``--outdated`` selections;
- different output: the fresh document, with a ``reclean`` provenance step naming the
  previous and the current extractor/plugin versions (earlier ``reclean`` steps are
  carried forward), so the canonical document explains both cleanings.

A second identical run therefore writes nothing: ``write_page_record`` skips records
whose content is unchanged and ``store_document`` skips unchanged documents.

Interrupts: the run record is written at the start with status "running" and again
at the end with "finished". A run that finds a "running" re-clean of its own shard
(killed, so its last manifest entries were never flushed) re-ingests that run's pages
whatever the filters say (the embedded dedup index it never flushed learns their new
text) and re-announces, in its own manifest, the page records and documents the dead
run wrote but never committed. Killed at any point and run again, the store ends as a
single run would leave it, and every change is in some manifest part.

Shards: ``--shard I/N`` keeps the pages whose url key satisfies
``int(url_key, 16) % N == I`` over the sorted listing of ``pages/``, so N workers (a
Kubernetes Indexed Job) cover the archive exactly once. Several shards at once need a
shared dedup index (``--redis-url``): the embedded one belongs to one process.
"""

from __future__ import annotations

import contextvars
import dataclasses
import json
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import (
    FIRST_COMPLETED,
    Future,
    ThreadPoolExecutor,
    wait,
)
from dataclasses import dataclass, field
from typing import Any

from cleaners import CleanError, Document, ProvenanceStep
from crawler import __version__
from crawler.index.base import DedupIndex
from crawler.index.factory import open_index
from crawler.ingest.cleaning import Clean, CleanExecutor
from crawler.ingest.figures import count_outcome, run_figures
from crawler.ingest.page import (
    HTML_TYPES,
    CounterStats,
    Outcome,
    Run,
    Stats,
    ingest,
    load_json,
    reconcile_documents,
)
from crawler.ingest.records import Cleaned, RawPage
from crawler.ingest.recovery import (
    RawPageError,
    announce_unlisted_deletions,
    raw_page_from_record,
)
from crawler.jobs.reclean_plan import (
    CleanerSpec,
    DryRunReport,
    Selection,
    Shard,
    cleaned_with,
    current_cleaner,
    outdated_reasons,
    page_keys,
    same_output,
)
from crawler.jobs.takedown import repair_takedown_races
from crawler.store import layout
from crawler.store.base import PreconditionFailed, Store, StoreError, dump_json
from crawler.store.manifest import FLUSH_EVERY, Manifest, write_run_record

logger = logging.getLogger(__name__)

#: Version of the re-clean job; recorded in its provenance step.
RECLEAN_VERSION = "1"
#: Provenance stage of the step a re-clean adds when it changes a document.
RECLEAN_STAGE = "reclean"
#: Tasks queued per ingest thread: enough to keep the cleaners busy, few enough that a
#: listing of millions of pages is not turned into millions of futures at once.
QUEUE_PER_THREAD = 4



#: A page cannot be re-cleaned (raw WARC missing or corrupt); the message says why.
RecleanError = RawPageError


# --------------------------------------------------------------------------- the wrapped cleaner


def merge_cleaned(prior: Document | None, fresh: Document) -> Document:
    """The document a re-clean stores for a page: ``prior`` kept if the output is the same.

    See the module docstring; pure, so a repeated re-clean returns what is stored.
    """
    if prior is None:
        return fresh
    if same_output(prior, fresh):
        if fresh.cleaner_fingerprint is not None \
                and fresh.cleaner_fingerprint != prior.cleaner_fingerprint:
            return dataclasses.replace(prior, cleaner_fingerprint=fresh.cleaner_fingerprint)
        return prior
    carried = tuple(s for s in prior.provenance if s.stage == RECLEAN_STAGE)
    step = ProvenanceStep(RECLEAN_STAGE, "newsrake-reclean", RECLEAN_VERSION, {
        "previous": {"versions": cleaned_with(prior), "fingerprint": prior.cleaner_fingerprint},
        "current": {"versions": cleaned_with(fresh), "fingerprint": fresh.cleaner_fingerprint},
        "text_chars": {"previous": len(prior.text), "current": len(fresh.text)},
    })
    return dataclasses.replace(fresh, provenance=(*fresh.provenance, *carried, step))


#: The stored document of the page the current thread is re-cleaning (set around ingest).
_PRIOR: contextvars.ContextVar[Document | None] = contextvars.ContextVar(
    "newsrake_reclean_prior", default=None)


class RecleanCleaner:
    """``Run.cleaner`` for a re-clean: clean, then ``merge_cleaned`` with the stored document."""

    def __init__(self, clean: Callable[[str | bytes, str], Cleaned]) -> None:
        self.clean = clean  # CleanExecutor.signed: hash and signature from the worker

    def __call__(self, body: str | bytes, url: str) -> Cleaned:
        fresh = self.clean(body, url)
        return fresh.of(merge_cleaned(_PRIOR.get(), fresh.doc))



# --------------------------------------------------------------------------- the job


@dataclass(frozen=True, slots=True)
class RecleanOptions:
    """How a re-clean runs. ``workers`` 0 cleans in the ingest threads."""

    selection: Selection = field(default_factory=Selection)
    workers: int = 0
    threads: int | None = None  # ingest threads; default 2 per worker (at least 2)
    dry_run: bool = False
    sample: int = 5
    sample_lines: int = 40
    flush_every: int = FLUSH_EVERY
    run_id: str | None = None
    redis_url: str | None = None
    #: 0 keeps every page in the dedup index: a re-clean revisits old pages on purpose,
    #: and a window would treat each one older than it as a new story.
    window_days: int = 0

    def ingest_threads(self) -> int:
        """How many pages are in flight at once."""
        return self.threads if self.threads else max(2, 2 * self.workers)


@dataclass
class RecleanResult:
    """What a re-clean did: its run record (None for a dry run) and stats."""

    stats: dict[str, int]
    run_record: dict[str, Any] | None = None
    report: DryRunReport | None = None


Progress = Callable[[int, int | None], None]  # (pages done, pages total if known)


def _config_snapshot(options: RecleanOptions, spec: CleanerSpec, store: Store) -> dict[str, Any]:
    return {"store": store.uri, "selection": options.selection.to_json(),
            "workers": options.workers, "threads": options.ingest_threads(),
            "dry_run": options.dry_run, "redis_url": bool(options.redis_url),
            "dedup_window_days": options.window_days, "flush_every": options.flush_every,
            "cleaner": {"versions": dict(sorted(spec.versions.items())),
                        "fingerprint": spec.fingerprint},
            "newsrake": __version__}


def dead_runs(store: Store, shard: Shard, own_run_id: str) -> set[str]:
    """Re-clean runs of this shard (any, when unsharded) that never finished."""
    found: set[str] = set()
    for key in store.list("runs/"):
        current = load_json(store, key) if key.endswith(".json") else None
        if current is None:
            continue
        record = current[0]
        if record.get("job") != "reclean" or record.get("status") != "running":
            continue
        run_id = str(record.get("run_id"))
        theirs = str((record.get("config") or {}).get("selection", {}).get("shard", "0/1"))
        if run_id != own_run_id and (shard.count == 1 or theirs == str(shard)):
            found.add(run_id)
    return found


class _Recovery:
    """Re-announces what killed runs wrote but never committed to their manifest."""

    def __init__(self, store: Store, run: Run, dead: set[str]) -> None:
        self.store = store
        self.run = run
        self.dead = frozenset(dead)
        self._committed: dict[str, frozenset[str]] = {}
        self._lock = threading.Lock()
        # documents a dead run may have written or retired (by dead run): a document's
        # id is its origin's url key, and its pages' records name it
        self.doc_ids: dict[str, set[str]] = {}

    def note(self, record: Mapping[str, Any]) -> None:
        """Remember the documents a dead run's page record points at."""
        dead_run = str(record.get("run_id"))
        with self._lock:
            ids = self.doc_ids.setdefault(dead_run, set())
            ids.add(str(record.get("url_key")))
            if record.get("doc_id"):
                ids.add(str(record["doc_id"]))

    def finish(self) -> None:
        """After every page: the dead runs' documents agree with the index, and the
        ones they retired without listing it are announced as deleted."""
        for dead_run, ids in sorted(self.doc_ids.items()):
            existing = {d for d in ids if self.store.exists(layout.doc_key(d))}
            with self.run.cluster_lock:
                reconcile_documents(existing, None, self.run)
            for doc_id in sorted(existing):
                self.recover_document(doc_id)
            announced = announce_unlisted_deletions(self.run, sorted(ids), dead_run)
            if announced:
                self.run.stats.inc_value("reclean/recovered/retired", announced)

    def committed(self, run_id: str) -> frozenset[str]:
        """Keys named by the flushed manifest parts of ``run_id``."""
        with self._lock:
            if run_id not in self._committed:
                keys: set[str] = set()
                for part in self.store.list(f"manifests/{run_id}/"):
                    for line in self.store.get(part).data.decode("utf-8").splitlines():
                        if line.strip():
                            keys.add(str(json.loads(line).get("key")))
                self._committed[run_id] = frozenset(keys)
            return self._committed[run_id]

    def _restamp(self, key: str, obj: dict[str, Any], etag: str) -> bool:
        try:
            self.store.put(key, dump_json({**obj, "run_id": self.run.run_id}),
                           content_type="application/json", if_match=etag)
        except PreconditionFailed:
            self.run.stats.inc_value("reclean/recovered/raced")  # its writer announces it
            return False
        return True

    def recover(self, page_key: str) -> None:
        """Announce the page record and document of ``page_key`` if a dead run left them."""
        current = load_json(self.store, page_key)
        if current is None:
            return
        record, etag = current
        dead_run = str(record.get("run_id"))
        if dead_run in self.dead and page_key not in self.committed(dead_run) \
                and self._restamp(page_key, record, etag):
            self.run.manifest.add("put", "page", page_key, url=record.get("url"),
                                  recovered_from=dead_run)
            self.run.stats.inc_value("reclean/recovered/page")
        doc_id = record.get("doc_id")
        if doc_id:
            self.recover_document(str(doc_id))

    def recover_document(self, doc_id: str) -> None:
        """Announce document ``doc_id`` if a dead run wrote it and never listed it."""
        doc_key = layout.doc_key(doc_id)
        found = load_json(self.store, doc_key)
        if found is None:
            return
        doc, doc_etag = found
        writer = str(doc.get("run_id"))
        if writer not in self.dead or doc_key in self.committed(writer):
            return
        history = list(doc.get("history") or ())
        if history and history[-1] not in self.committed(writer):
            self.run.manifest.add("put", "doc-history", history[-1], id=doc_id,
                                  recovered_from=writer)
        if self._restamp(doc_key, doc, doc_etag):
            self.run.manifest.add("put", "doc", doc_key, id=doc_id, url=doc.get("url"),
                                  version=doc.get("version"), recovered_from=writer)
            self.run.stats.inc_value("reclean/recovered/doc")


def _run_pool(keys: Iterable[str], task: Callable[[str], None], threads: int,
              progress: Progress | None, total: int | None) -> int:
    """Run ``task`` over ``keys`` in ``threads`` threads with a bounded queue."""
    done = 0

    def settle(futures: Iterable[Future[None]]) -> None:
        nonlocal done
        for future in futures:
            future.result()
            done += 1
            if progress is not None:
                progress(done, total)

    with ThreadPoolExecutor(threads, thread_name_prefix="reclean") as pool:
        pending: set[Future[None]] = set()
        for key in keys:
            pending.add(pool.submit(task, key))
            if len(pending) >= threads * QUEUE_PER_THREAD:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                settle(finished)
        settle(wait(pending).done)
    return done


def run_reclean(store: Store, options: RecleanOptions, spec: CleanerSpec | None = None, *,
                index: DedupIndex | None = None, progress: Progress | None = None
                ) -> RecleanResult:
    """Re-clean the selected stored pages through ``ingest`` (or report, with ``dry_run``).

    Args:
        store: the store holding ``pages/`` and ``raw/``.
        options: selection, parallelism, dry run, run id.
        spec: the cleaner and its versions; the crawl's cleaner when None.
        index: the dedup index; opened from ``options`` (``open_index``) when None.
        progress: called with (pages done, pages total or None) after every page.

    Returns:
        The stats, and the run record (real runs) or the dry-run report.
    """
    spec = spec or current_cleaner()
    selection = options.selection
    stats = CounterStats()
    keys = list(page_keys(store, selection))
    stats.inc_value("reclean/pages/listed", len(keys))
    run_id = options.run_id or layout.new_run_id()
    started_at = layout.utc_now()
    report = DryRunReport(options.sample, options.sample_lines) if options.dry_run else None
    base = CleanExecutor(spec.clean, options.workers)
    try:
        if report is not None:
            def examine(key: str) -> None:
                _examine(store, key, selection, spec, base, stats, report)

            _run_pool(keys, examine, options.ingest_threads(), progress, len(keys))
            return RecleanResult(stats.get_stats(), None, report)
        config = _config_snapshot(options, spec, store)
        write_run_record(store, run_id, {"job": "reclean", "status": "running",
                                         "started_at": started_at, "config": config})
        dead = dead_runs(store, selection.shard, run_id)
        if dead:
            logger.warning("resuming after interrupted re-clean runs %s", ", ".join(sorted(dead)))
        manifest = Manifest(store, run_id, flush_every=options.flush_every)
        run = Run(store=store,
                  index=index or open_index(store, redis_url=options.redis_url,
                                            window_days=options.window_days),
                  manifest=manifest, run_id=run_id, stats=stats,
                  cleaner=RecleanCleaner(base.signed), job="reclean")
        recovery = _Recovery(store, run, dead)

        raced: list[str] = []  # pages stored while their takedown ran

        def reclean_one(key: str) -> None:
            _reclean_page(key, run, selection, spec, recovery, raced)

        try:
            _run_pool(keys, reclean_one, options.ingest_threads(), progress, len(keys))
        except BaseException:
            # Interrupted in-process (Ctrl-C): commit what is done; the record stays
            # "running", so the next run re-checks this run's pages.
            run.index.flush()
            manifest.flush()
            raise
        recovery.finish()
        run.index.flush()
        manifest.flush()
        repair_takedown_races(store, raced, index=run.index)
        recovered = sorted(dead) if not selection.urls else []
        for dead_id in recovered:  # every page of theirs in this shard was visited
            _mark_recovered(store, dead_id, run_id)
        record = {"job": "reclean", "status": "finished", "started_at": started_at,
                  "finished_at": layout.utc_now(), "stats": stats.get_stats(),
                  "figures": run_figures(stats.get_stats()),
                  "config": config, "manifest_parts": list(manifest.parts),
                  "recovered_runs": recovered}
        write_run_record(store, run_id, record)
        return RecleanResult(stats.get_stats(), {"run_id": run_id, **record}, None)
    finally:
        base.close()


def _mark_recovered(store: Store, dead_id: str, run_id: str) -> None:
    current = load_json(store, layout.run_key(dead_id))
    if current is None:
        return
    record = {k: v for k, v in current[0].items() if k not in ("schema", "run_id")}
    record.update(status="interrupted", recovered_by=run_id)
    write_run_record(store, dead_id, record)


def _load_selected(store: Store, key: str, selection: Selection, spec: CleanerSpec,
                   stats: Stats, force: frozenset[str] = frozenset()
                   ) -> tuple[dict[str, Any], RawPage] | None:
    """The record and raw page of ``key`` if the selection keeps it (counted either way)."""
    current = load_json(store, key)
    if current is None:
        stats.inc_value("reclean/skipped/no_record")
        return None
    record = current[0]
    forced = str(record.get("run_id")) in force
    if not forced:
        why = selection.rejects(record)
        if why is None and selection.outdated \
                and not outdated_reasons(record.get("document") or {}, spec):
            why = "up_to_date"
        if why is not None:
            stats.inc_value(f"reclean/skipped/{why}")
            return None
    try:
        page = raw_page_from_record(store, record)
    except RecleanError as exc:
        stats.inc_value("errors/reclean/raw")
        logger.error("%s", exc)
        return None
    except StoreError as exc:
        stats.inc_value("errors/store")
        logger.error("reading %s: %s", key, exc)
        return None
    stats.inc_value("reclean/pages/selected")
    if forced:
        stats.inc_value("reclean/pages/resumed")
    return record, page


def _prior(record: Mapping[str, Any]) -> Document | None:
    document = record.get("document")
    return Document.from_json(document) if document and document.get("url") else None


def _reclean_page(key: str, run: Run, selection: Selection, spec: CleanerSpec,
                  recovery: _Recovery, raced: list[str]) -> None:
    loaded = _load_selected(run.store, key, selection, spec, run.stats, recovery.dead)
    if loaded is None:
        return
    record, page = loaded
    token = _PRIOR.set(_prior(record))
    try:
        outcome: Outcome = ingest(page, run)
    finally:
        _PRIOR.reset(token)
    if outcome.status == "raced_takedown":  # taken down after the pool, as one takedown
        raced.append(page.url)
    run.stats.inc_value(f"reclean/outcome/{outcome.status}")
    count_outcome(run.stats, page.url, outcome.status)
    if str(record.get("run_id")) in recovery.dead:
        recovery.note(record)
        try:
            recovery.recover(layout.page_key_for(str(record["url_key"])))
        except StoreError as exc:
            run.stats.inc_value("errors/store")
            logger.error("recovering %s: %s", key, exc)


def _examine(store: Store, key: str, selection: Selection, spec: CleanerSpec, clean: Clean,
             stats: CounterStats, report: DryRunReport) -> None:
    loaded = _load_selected(store, key, selection, spec, stats)
    if loaded is None:
        return
    record, page = loaded
    if page.content_type not in HTML_TYPES:
        stats.inc_value("reclean/skipped/non_html")
        return
    try:
        fresh = clean(page.body, page.final_url or page.url)
    except CleanError as exc:
        stats.inc_value("errors/clean")
        logger.info("%s would fail to clean: %s", page.url, exc)
        report.failure()
        return
    if report.add(page.url, _prior(record), dataclasses.replace(fresh, url=page.url)):
        stats.inc_value("reclean/dry_run/would_change")
    else:
        stats.inc_value("reclean/dry_run/unchanged")
