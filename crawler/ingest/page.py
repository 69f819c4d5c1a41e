"""``ingest``: the one path from a raw page to stored objects, shared by crawl and re-clean.

Write order is the protocol consumers rely on: the raw WARC first, then the page
record, then the canonical documents it changes; the run's manifest part, written
after all of them, is the commit point (crawler/store/manifest.py). A page counts as
ingested only once its objects are written.

Over 500 lines because archive, clean hand-off, dedup assignment and the page, document
and takedown writes share one set of store reads (``Read``) and retries; the document
rendering is the part to move out next.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import cleaners
from cleaners import CleanError, Document, ProvenanceStep
from cleaners.fingerprint import text_sha256
from crawler import __version__
from crawler.index.base import Assignment, DedupIndex, PageEntry
from crawler.ingest.boilerplate import BoilerplateTracker
from crawler.ingest.figures import count_cleaned
from crawler.ingest.records import Cleaned, RawPage, page_html
from crawler.ingest.render import document_content
from crawler.ingest.render import render_document as render_document  # jobs/takedown.py
from crawler.ingest.warc import build_warc, payload_digest
from crawler.store import layout
from crawler.store.base import (
    NotFound,
    PreconditionFailed,
    Store,
    StoreError,
    StoreUnavailable,
    dump_json,
    get_json,
)
from crawler.store.manifest import Manifest

logger = logging.getLogger(__name__)

#: Media types that are cleaned; anything else is archived nowhere and counted.
HTML_TYPES = ("text/html", "application/xhtml+xml", "")
#: Locks the documents of a run are spread over (``Run.doc_lock``).
DOC_LOCK_STRIPES = 64
#: How often a conditional document write is retried after losing a race.
MAX_WRITE_ATTEMPTS = 8

#: A page's Document, or a ``Cleaned`` with hash and signature (``CleanExecutor.signed``).
Cleaner = Callable[[str | bytes, str], Document | Cleaned]
_T = TypeVar("_T")


class Stats(Protocol):
    """The part of Scrapy's StatsCollector that ingest uses."""

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        """Add ``count`` to ``key``."""
        ...


class CounterStats:
    """Thread-safe stats for jobs that run outside Scrapy (re-clean, tests)."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        with self._lock:
            self._counts[key] += count

    def get_stats(self) -> dict[str, int]:
        """A snapshot of every counter."""
        with self._lock:
            return dict(sorted(self._counts.items()))


def is_taken_down(store: Store, url: str) -> bool:
    """Whether ``url`` has a takedown marker: it must not be fetched or stored again."""
    return store.exists(layout.takedown_key(url))


def default_cleaner(body: str | bytes, url: str) -> Document:
    """``cleaners.clean`` with the default configuration."""
    return cleaners.clean(body, url)


@dataclass
class Run:
    """Everything one job's ingest calls share: where to write and what to count."""

    store: Store
    index: DedupIndex
    manifest: Manifest
    run_id: str
    stats: Stats
    cleaner: Cleaner = default_cleaner
    job: str = "crawl"
    boilerplate: BoilerplateTracker | None = None  # learns repeated blocks per site
    cluster_lock: threading.Lock = field(default_factory=threading.Lock)
    _doc_locks: tuple[threading.Lock, ...] = field(
        default_factory=lambda: tuple(threading.Lock() for _ in range(DOC_LOCK_STRIPES)))

    def doc_lock(self, doc_id: str) -> threading.Lock:
        """The document's lock: in-process renders of one document do not race each other.

        Striped (a fixed set shared by hash), so a long run holds no lock per document;
        two documents sharing a stripe only wait for each other, and no caller holds two.
        """
        return self._doc_locks[hash(doc_id) % DOC_LOCK_STRIPES]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What ingest did with one raw page."""

    url: str
    # "new" | "duplicate" | "updated" | "unchanged" | "empty" | "skipped" | "error" |
    # "raced_takedown" (stored, but a takedown marker appeared meanwhile: take it down)
    status: str
    doc_id: str | None = None
    rule: str | None = None
    reason: str | None = None


def archive(page: RawPage, run: Run) -> RawPage:
    """Write ``page`` as a WARC into ``raw/`` (once) and return it with key and digest."""
    if page.raw_key is not None:
        return page
    key = layout.raw_key(page.url, page.fetched_at)
    digest = payload_digest(page.body)
    # A PreconditionFailed means an earlier, interrupted attempt archived this same fetch.
    with contextlib.suppress(PreconditionFailed):
        run.store.put(key, build_warc(page), content_type="application/warc",
                      if_none_match=True)
    run.manifest.add("put", "raw", key, url=page.url, sha256=digest)
    run.stats.inc_value("archive/warc_written")
    return page.with_step(ProvenanceStep("archive", "warcio", __version__,
                                         {"key": key, "digest": digest}),
                          raw_key=key, raw_digest=digest)


def put_json_over(store: Store, key: str, obj: Mapping[str, Any], etag: str | None) -> bytes:
    """Write ``obj`` at ``key`` only if the object is still the version read; return the
    bytes written.

    ``etag`` None means it was absent when read: create only. A lost race raises
    ``PreconditionFailed``; the caller reads again and retries.
    """
    body = dump_json(obj)
    if etag is None:
        store.put(key, body, content_type="application/json", if_none_match=True)
    else:
        store.put(key, body, content_type="application/json", if_match=etag)
    return body


def fetch_record(page: RawPage) -> dict[str, Any]:
    """How the page was fetched, as stored in page records and document sources."""
    return {"fetched_at": page.fetched_at, "status": page.status,
            "final_url": page.final_url, "headers": page.kept_headers(),
            "raw_key": page.raw_key, "raw_digest": page.raw_digest,
            "etag": page.header("etag"), "last_modified": page.header("last-modified")}


def load_json(store: Store, key: str) -> tuple[dict[str, Any], str] | None:
    """The JSON object at ``key`` and its etag, or None if absent (``store.get_json``)."""
    try:
        value, etag = get_json(store, key)
    except NotFound:
        return None
    return value, etag


#: What ``load_json`` found, taken as read on a write's first try: (object, etag) or None
#: for absent. The write is conditional on that etag, so a stale read only costs a retry.
Read = tuple[dict[str, Any], str] | None


def write_page_record(page: RawPage, doc: Document, doc_id: str | None, run: Run, *,
                      sha: str | None = None, read: list[Read] | None = None
                      ) -> dict[str, Any]:
    """Write the page record of ``page``: latest fetch, its document, its fetch history.

    A record whose content (everything but ``run_id``) equals the stored one is not
    written again and gets no manifest entry, so ingesting the same raw page with the
    same cleaner twice (a resumed or repeated re-clean) writes nothing; ``run_id``
    names the run that last *changed* the record. ``read``: the record as read earlier
    (a one-item list), used on the first try instead of reading it again.
    """
    key = layout.page_key(page.url)
    if sha is None and doc.text:
        sha = text_sha256(doc.text)
    for _ in range(MAX_WRITE_ATTEMPTS):
        current = read.pop() if read else load_json(run.store, key)
        history: list[dict[str, Any]] = []
        if current is not None:
            old, _etag = current
            history = list(old.get("history") or [])
            old_fetch = old.get("fetch") or {}
            if old_fetch.get("raw_key") and old_fetch.get("raw_key") != page.raw_key:
                history.append({"fetched_at": old_fetch.get("fetched_at"),
                                "raw_key": old_fetch.get("raw_key"),
                                "raw_digest": old_fetch.get("raw_digest"),
                                "text_sha256": old.get("text_sha256")})
        record = {"schema": layout.PAGE_SCHEMA, "url": page.url,
                  "url_key": layout.url_key(page.url), "site": layout.site_of(page.url),
                  "doc_id": doc_id, "text_sha256": sha, "fetch": fetch_record(page),
                  "found_via": dict(page.found_via), "document": doc.to_json(),
                  "history": history, "run_id": run.run_id}
        if current is not None:
            # Compare as stored (a JSON round trip turns tuples in provenance into lists);
            # no indent, so the C encoder does it.
            fresh = json.loads(json.dumps({**record, "run_id": None}, ensure_ascii=False))
            if fresh == {**current[0], "run_id": None}:
                run.stats.inc_value("ingest/page_record_unchanged")
                return current[0]
        try:
            body = put_json_over(run.store, key, record, current[1] if current else None)
        except PreconditionFailed:
            run.stats.inc_value("store/put/conflicts")
            continue
        run.manifest.add("put", "page", key, url=page.url)
        stored: dict[str, Any] = json.loads(body)  # as a reader sees it (tuples are lists)
        return stored
    raise StoreError(f"page record {key} kept changing under us: another worker is "
                     "writing the same URL; retry the run")


def _load_record(store: Store, url_key: str) -> dict[str, Any] | None:
    found = load_json(store, layout.page_key_for(url_key))
    return None if found is None else found[0]


def store_document(doc_id: str, member_keys: tuple[str, ...], assignment: Assignment | None,
                   run: Run, fresh: Mapping[str, dict[str, Any]] | None = None,
                   read_docs: Mapping[str, Read] | None = None) -> str:
    """Re-render document ``doc_id`` from its members; write it if it changed.

    Returns "created", "updated" or "unchanged". The previous version is copied to
    ``docs-history/`` before it is replaced, and the replace is conditional on the
    version read, so two workers cannot lose each other's update. ``fresh``: page
    records (by url key) the caller has just written, and ``read_docs``: documents (by
    id) as read earlier; both are used on the first try instead of reading again.
    """
    key = layout.doc_key(doc_id)
    known = dict(fresh or {})
    docs = dict(read_docs or {})
    with run.doc_lock(doc_id):
        for _ in range(MAX_WRITE_ATTEMPTS):
            records = [r for r in (known.get(k) or _load_record(run.store, k)
                                   for k in member_keys) if r is not None]
            known.clear()  # a retry reads everything again
            current = docs.pop(doc_id) if doc_id in docs else load_json(run.store, key)
            docs.clear()
            previous = current[0] if current else None
            if not records:
                return "unchanged"
            doc = render_document(doc_id, records, assignment, previous)
            if previous is not None and document_content(previous) == document_content(doc):
                return "unchanged"
            version = int(previous.get("version", 0)) + 1 if previous else 1
            history = list(previous.get("history") or []) if previous else []
            if previous is not None:
                hkey = layout.doc_history_key(doc_id, int(previous.get("version", 1)))
                try:
                    run.store.put(hkey, dump_json(previous), content_type="application/json",
                                  if_none_match=True)
                    run.manifest.add("put", "doc-history", hkey, id=doc_id,
                                     version=previous.get("version"))
                except PreconditionFailed:
                    pass  # kept by an earlier, interrupted attempt
                history.append(hkey)
            doc.update(version=version, history=history, updated_at=layout.utc_now(),
                       run_id=run.run_id)
            try:
                put_json_over(run.store, key, doc, current[1] if current else None)
            except PreconditionFailed:
                run.stats.inc_value("store/put/conflicts")
                continue
            run.manifest.add("put", "doc", key, id=doc_id, url=doc["url"], version=version)
            return "created" if current is None else "updated"
    raise StoreError(f"document {key} kept changing under us; retry the run")


def repoint_pages(doc_id: str, member_keys: tuple[str, ...], run: Run,
                  fresh: Mapping[str, Mapping[str, Any]] | None = None) -> int:
    """Make every member's page record name ``doc_id``; return how many were rewritten.

    A document's id is its origin's url key, so when a late origin takes a cluster over,
    or two clusters merge, the pages already stored must follow the new id. Pages in
    ``fresh`` (records the caller has just written) that already name it are not read.
    """
    moved = 0
    for url_key in member_keys:
        if fresh and (fresh.get(url_key) or {}).get("doc_id") == doc_id:
            continue
        key = layout.page_key_for(url_key)
        for _ in range(MAX_WRITE_ATTEMPTS):
            current = load_json(run.store, key)
            if current is None or current[0].get("doc_id") == doc_id:
                break
            record = {**current[0], "doc_id": doc_id, "run_id": run.run_id}
            try:
                put_json_over(run.store, key, record, current[1])
            except PreconditionFailed:
                run.stats.inc_value("store/put/conflicts")
                continue
            run.manifest.add("put", "page", key, url=record.get("url"))
            moved += 1
            break
        else:
            raise StoreError(f"page record {key} kept changing under us; retry the run")
    if moved:
        run.stats.inc_value("ingest/pages_repointed", moved)
    return moved


def reconcile_documents(doc_ids: set[str], assignment: Assignment | None, run: Run,
                        fresh: Mapping[str, dict[str, Any]] | None = None,
                        read_docs: Mapping[str, Read] | None = None) -> dict[str, str]:
    """Make each stored document agree with the index's current membership.

    Members are read from the index now, not from ``assignment`` (a decision another
    worker sharing the index may since have changed): a document with members is
    rendered and its pages repointed, one with none is retired. Returns doc id ->
    "created" | "updated" | "unchanged" | "retired". ``fresh``: page records (by url
    key) the caller has just written, so they are not read back; ``read_docs``:
    documents read earlier (``store_document``).
    """
    results: dict[str, str] = {}
    for doc_id in sorted(doc_ids):
        members = run.index.members(doc_id)
        if members:
            results[doc_id] = store_document(doc_id, members, assignment, run, fresh,
                                             read_docs)
            repoint_pages(doc_id, members, run, fresh)
        else:
            retire_document(doc_id, run)
            results[doc_id] = "retired"
    return results


def retire_document(doc_id: str, run: Run) -> None:
    """Remove a document that has no sources left (its history stays)."""
    key = layout.doc_key(doc_id)
    current = load_json(run.store, key)
    if current is None:
        return
    hkey = layout.doc_history_key(doc_id, int(current[0].get("version", 1)))
    with contextlib.suppress(PreconditionFailed):
        run.store.put(hkey, dump_json(current[0]), content_type="application/json",
                      if_none_match=True)
    run.store.delete(key)
    run.manifest.add("delete", "doc", key, id=doc_id, url=current[0].get("url"))
    run.stats.inc_value("ingest/documents_retired")


def ingest(page: RawPage, run: Run) -> Outcome:
    """Archive, clean, deduplicate and store one raw page. Never raises for bad input.

    ``prepare`` + ``run.cleaner`` + ``finish`` in the calling thread; the crawl calls the
    three itself (crawler/crawl/pipelines.py), so cleaning waits in no thread.

    Raises:
        StoreUnavailable: the store is down (after its retries); the page is not
            stored, and the caller decides (the crawl spools it, a re-clean stops).
    """
    prepared = prepare(page, run)
    if isinstance(prepared, Outcome):
        return prepared
    cleaned = guarded(prepared, run, lambda: clean_page(prepared, run.cleaner))
    if isinstance(cleaned, Outcome):
        return cleaned
    return finish(prepared, cleaned, run)


def clean_page(page: RawPage, cleaner: Cleaner) -> Cleaned | CleanError:
    """``cleaner`` on an archived page: its ``Cleaned``, or the CleanError it raised."""
    try:
        cleaned = cleaner(page_html(page), page.final_url or page.url)
    except CleanError as exc:
        return exc
    return cleaned if isinstance(cleaned, Cleaned) else Cleaned(cleaned)


def guarded(page: RawPage, run: Run, step: Callable[[], _T]) -> _T | Outcome:
    """``step()``, or the error Outcome of ``page`` if it raised (counted in the stats).

    ``StoreUnavailable`` is counted and raised: the caller decides (spool, stop)."""
    try:
        return step()
    except StoreUnavailable:
        run.stats.inc_value("errors/store")
        raise
    except StoreError as exc:
        run.stats.inc_value("errors/store")
        logger.error("store error on %s: %s", page.url, exc)
        return Outcome(page.url, "error", reason=f"store: {exc}")
    except Exception as exc:  # a bug or a page no rule foresaw: count it, keep the run going
        run.stats.inc_value(f"errors/ingest/{type(exc).__name__}")
        logger.exception("ingest failed on %s", page.url)
        return Outcome(page.url, "error", reason=f"{type(exc).__name__}: {exc}")


def prepare(page: RawPage, run: Run) -> RawPage | Outcome:
    """Ingest's first step: skip taken-down and non-HTML pages, archive the rest.

    Returns the archived page (to clean, then ``finish``) or the Outcome of a page that
    goes no further. Never raises for bad input.
    """
    return guarded(page, run, lambda: _prepare(page, run))


def finish(page: RawPage, cleaned: Cleaned | CleanError, run: Run) -> Outcome:
    """Ingest's last step: deduplicate and store an archived page's cleaned document
    (or the ``CleanError`` cleaning raised). Never raises for bad input."""
    return guarded(page, run, lambda: _finish(page, cleaned, run))


def _prepare(page: RawPage, run: Run) -> RawPage | Outcome:
    run.stats.inc_value("ingest/pages")
    check = page.store_check()
    # Taken down for good (crawler/jobs/takedown.py). Asked again unless the crawl asked
    # just before the fetch: a marker written since is caught after the store (_finish).
    if (check is None or check.get("taken_down") is not False) and run.store.exists(
            layout.takedown_key(page.url)):
        run.stats.inc_value("ingest/skipped/taken_down")
        return Outcome(page.url, "skipped", reason="taken down")
    if page.content_type not in HTML_TYPES:
        run.stats.inc_value("errors/non_html")
        return Outcome(page.url, "skipped",
                       reason=f"not HTML ({page.content_type}): only HTML pages are cleaned")
    return archive(page, run)


def _finish(page: RawPage, cleaned: Cleaned | CleanError, run: Run) -> Outcome:
    if isinstance(cleaned, CleanError):
        run.stats.inc_value("errors/clean")
        write_page_record(page, Document(url=page.url, text=""), None, run)
        return Outcome(page.url, "error", reason=f"clean: {cleaned}")
    doc = cleaned.doc
    if doc.url != page.url:  # documents are keyed by the requested URL; final_url is kept
        doc = doc.with_step(ProvenanceStep("fetch", "redirect", __version__,
                                           {"final_url": doc.url}), url=page.url)
    count_cleaned(run.stats, page.url, doc)  # noise per plugin and site: run figures
    if not doc.text.strip():
        run.stats.inc_value("ingest/empty")
        write_page_record(page, doc, None, run)
        return Outcome(page.url, "empty", reason="no article text found")
    if run.boilerplate is not None:
        run.boilerplate.observe(layout.site_of(page.url), layout.url_key(page.url), doc.text)
    sha = cleaned.text_sha256 or text_sha256(doc.text)  # the worker's, if it computed it
    entry = PageEntry(url_key=layout.url_key(page.url), url=page.url, text=doc.text,
                      text_sha256=sha, site=doc.site or layout.site_of(page.url),
                      published=doc.published, fetched_at=page.fetched_at,
                      origin_hints=doc.origin_hints, wire_credit=doc.wire_credit)
    # Read before the lock what the step under it will most likely need: the page's
    # record and the document named after the page (a new story's). Every write below is
    # conditional on the version read, so a read gone stale meanwhile costs a retry,
    # never an update; what this saves is two round trips (S3) inside the lock. A page
    # never stored names no document yet (the page record is written before its
    # document), so then the document is taken as absent without asking.
    check = page.store_check()
    # a page the store did not hold just before the fetch is taken as still absent: its
    # record is written create-only, so one stored since costs a retry, not an overwrite
    read_page = [None if check is not None and check.get("stored") is False
                 else load_json(run.store, layout.page_key(page.url))]
    read_docs = {entry.url_key: None if read_page[0] is None
                 else load_json(run.store, layout.doc_key(entry.url_key))}
    # Deciding a page's cluster and writing what that decision changes is one step: were
    # two threads to interleave here, one could re-create a document the other had just
    # renamed. Cleaning and archiving, the slow parts, stay parallel.
    with run.cluster_lock:
        assignment = run.index.assign(entry, cleaned.signature)
        record = write_page_record(page, doc, assignment.doc_id, run, sha=sha,
                                   read=read_page)
        results = reconcile_documents({*assignment.members, *assignment.removed},
                                      assignment, run, {entry.url_key: record}, read_docs)
    if run.store.exists(layout.takedown_key(page.url)):
        # A takedown wrote its marker after the check above, while this page was being
        # stored: the page is back in the store. The caller takes it down again
        # (crawler/jobs/takedown.py: repair_takedown_races); `newsrake verify` flags it
        # until then.
        run.stats.inc_value("ingest/takedown_raced")
        logger.warning("%s was taken down while it was being stored", page.url)
        return Outcome(page.url, "raced_takedown", assignment.doc_id, assignment.rule,
                       reason="taken down while it was being stored")
    mine = results.get(assignment.doc_id, "unchanged")
    if assignment.rule == "new":
        status = "new"
        run.stats.inc_value("ingest/documents_created")
    elif assignment.rule in ("unchanged",) and mine == "unchanged":
        status = "unchanged"
        run.stats.inc_value("ingest/unchanged")
    elif assignment.rule in ("same-url-update", "unchanged"):
        status = "updated"
        run.stats.inc_value("ingest/documents_updated")
    else:
        status = "duplicate"
        run.stats.inc_value("ingest/duplicates")
    return Outcome(page.url, status, assignment.doc_id, assignment.rule)
