"""Takedown: remove one page, its raw fetches and its text from the store, for good.

What happens, in an order that keeps the store consistent for readers at every step and
lets an interrupted takedown simply be run again:

1. The **marker** ``takedowns/<k[:2]>/<k>.json`` is written first. From then on the crawl
   does not fetch the URL (``StoredPageMiddleware``) and ingest does not store it, so a
   re-clean or a racing crawl cannot bring it back, and a takedown killed half-way is
   still binding.
2. The **dedup index** forgets the page (``index.remove``) and is flushed. Its answer names
   every document whose membership changed; ingest's own ``store_document`` re-renders
   each from its remaining members' page records and ``repoint_pages`` makes those pages
   name it. A document's id is its origin's url key, so taking down an origin renames the
   document: the new id is written, the old one retired (``retire_document``), exactly
   as ingest would have named it.
3. **Fallback** for pages the index does not know (an older store, an index that was
   lost or evicted them, a re-run after the index already forgot the page): the page
   record's document, or every document when the page record is gone (or with
   ``scan_documents``), is checked for the URL among its sources and goes through the
   same ingest functions.
4. **History**: every ``docs-history`` version of an affected document that carries the
   page's text (origin URL is the URL, or its ``text_sha256`` is one of the page's texts)
   is deleted, after the current document stopped naming it in ``history``.
5. The **page record**, then every **raw WARC** of the URL.
6. A **manifest part**, the commit point: the entries of everything above, and a
   ``tombstone`` entry (op "delete", kind "tombstone", key = the page key, url) that tells
   consumers to drop their copies. Then a run record with job "takedown". A takedown
   that fails half-way still commits what it did (without a tombstone) and writes its
   run record with the error, so that a re-run, which finds those objects gone, leaves
   no deletion unannounced.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from crawler.index.base import Assignment, DedupIndex
from crawler.index.factory import open_index
from crawler.ingest.page import (
    CounterStats,
    Run,
    load_json,
    reconcile_documents,
    render_document,
    repoint_pages,
    retire_document,
    store_document,
)
from crawler.store import layout
from crawler.store.base import PreconditionFailed, Store, StoreError, dump_json
from crawler.store.manifest import Manifest, write_run_record

logger = logging.getLogger(__name__)

#: Tries of a conditional document write before giving up (another writer keeps winning).
WRITE_ATTEMPTS = 20
#: A takedown removes one page: it does not evict clusters from the dedup window
#: (that is the crawl's decision), so the index is opened without one.
TAKEDOWN_WINDOW_DAYS = 0


@dataclass
class TakedownResult:
    """What a takedown removed and rewrote."""

    url: str
    run_id: str
    marker: str = ""  # the takedown marker's key
    deleted: list[str] = field(default_factory=list)  # keys removed
    rewritten: list[str] = field(default_factory=list)  # document keys written anew
    manifest_parts: list[str] = field(default_factory=list)
    stats: Counter[str] = field(default_factory=Counter)

    @property
    def found(self) -> bool:
        """Whether anything of the URL was stored."""
        return bool(self.deleted or self.rewritten)


@dataclass
class _RecordingManifest(Manifest):
    """A manifest that also remembers (op, kind, key) of its entries, for the result."""

    entries: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, op: str, kind: str, key: str, **extra: Any) -> None:
        super().add(op, kind, key, **extra)
        self.entries.append((op, kind, key))


def _page_texts(page: Mapping[str, Any] | None) -> set[str]:
    if not page:
        return set()
    texts = {page.get("text_sha256")}
    texts.update(h.get("text_sha256") for h in page.get("history") or [] if isinstance(h, dict))
    return {t for t in texts if isinstance(t, str)}


def _is_source(source: Mapping[str, Any], url: str, page_key: str) -> bool:
    return source.get("url") == url or source.get("page_key") == page_key


class _Takedown:
    def __init__(self, store: Store, url: str, run_id: str, index: DedupIndex) -> None:
        self.store = store
        self.url = url
        self.page_key = layout.page_key(url)
        self.url_key = layout.url_key(url)
        self.manifest = _RecordingManifest(store, run_id)
        self.stats = CounterStats()
        self.run = Run(store=store, index=index, manifest=self.manifest, run_id=run_id,
                       stats=self.stats, job="takedown")
        self.result = TakedownResult(url, run_id)
        self.texts: set[str] = set()  # hashes of every text the page ever had

    def count(self, key: str, n: int = 1) -> None:
        self.stats.inc_value(key, n)

    def delete(self, key: str, kind: str, **extra: Any) -> None:
        self.store.delete(key)
        self.manifest.add("delete", kind, key, **extra)
        self.count(f"takedown/deleted/{kind}")

    # -- 1. the marker

    def write_marker(self) -> None:
        """Create the marker; a marker left by an earlier (interrupted) takedown is kept."""
        key = layout.takedown_key(self.url)
        marker = {"schema": layout.TAKEDOWN_SCHEMA, "url": self.url, "url_key": self.url_key,
                  "run_id": self.run.run_id, "taken_down_at": layout.utc_now()}
        try:
            self.store.put(key, dump_json(marker), content_type="application/json",
                           if_none_match=True)
        except PreconditionFailed:
            self.count("takedown/marker_existed")
        self.result.marker = key

    # -- 2. and 3. documents, through ingest's functions

    def apply(self, assignment: Assignment) -> set[str]:
        """Store what the index's answer says changed, as ingest does; the ids touched."""
        touched = {*assignment.members, *assignment.removed}
        with self.run.cluster_lock:
            reconcile_documents(touched, assignment, self.run)
        return {assignment.doc_id, *touched}

    def scan(self) -> set[str]:
        """Ids of every document that names the URL among its sources (reads them all)."""
        self.count("takedown/scanned")
        ids = set()
        for key in self.store.list("docs/"):
            current = load_json(self.store, key)
            if current is None:
                continue
            doc = current[0]
            if any(_is_source(s, self.url, self.page_key) for s in doc.get("sources") or []
                   if isinstance(s, dict)):
                ids.add(str(doc.get("id") or key.rsplit("/", 1)[-1].removesuffix(".json")))
        return ids

    def names_page(self, doc: Mapping[str, Any]) -> bool:
        return ((doc.get("origin") or {}).get("url") == self.url
                or any(_is_source(s, self.url, self.page_key)
                       for s in doc.get("sources") or [] if isinstance(s, dict)))

    def fix_document(self, doc_id: str) -> set[str]:
        """Re-store a document that still names the page, from its other sources' page
        records (the path for pages the index did not know); the ids touched."""
        current = load_json(self.store, layout.doc_key(doc_id))
        if current is None or not self.names_page(current[0]):
            return set()
        doc = current[0]
        self.count("takedown/fallback/documents")
        found = {layout.url_key_of_page_key(str(s["page_key"]))
                 for s in doc.get("sources") or []
                 if isinstance(s, dict) and isinstance(s.get("page_key"), str)
                 and not _is_source(s, self.url, self.page_key)}
        keys = tuple(sorted(k for k in found if k is not None))
        records = [r[0] for r in (load_json(self.store, layout.page_key_for(k)) for k in keys)
                   if r is not None]
        if not records:  # no other source has a page record to render from
            retire_document(doc_id, self.run)
            return {doc_id}
        target = doc_id
        if (doc.get("origin") or {}).get("url") == self.url:
            # ingest names a document by its origin's url key: a new origin, a new id
            target = layout.url_key(render_document(doc_id, records, None, doc)["url"])
        keys = tuple(sorted(r["url_key"] for r in records))
        store_document(target, keys, None, self.run)
        repoint_pages(target, keys, self.run)
        if target != doc_id:
            retire_document(doc_id, self.run)
        return {doc_id, target}

    # -- 4. history

    def carries_text(self, hkey: str) -> bool:
        version = load_json(self.store, hkey)
        if version is None:
            return False
        old = version[0]
        return ((old.get("origin") or {}).get("url") == self.url
                or old.get("text_sha256") in self.texts)

    def purge_history(self, doc_id: str) -> None:
        """Delete the document's history versions with the page's text, after the current
        version stopped listing them."""
        doomed = [k for k in self.store.list(f"docs-history/{doc_id[:2]}/{doc_id}/")
                  if self.carries_text(k)]
        if not doomed:
            return
        key = layout.doc_key(doc_id)
        for _ in range(WRITE_ATTEMPTS):
            current = load_json(self.store, key)
            if current is None:
                break
            doc, etag = current
            history = list(doc.get("history") or [])
            kept = [h for h in history if h not in doomed]
            if kept == history:
                break
            # history is not content: the version stays, as ingest keeps it for such writes
            new = {**doc, "history": kept, "updated_at": layout.utc_now(),
                   "run_id": self.run.run_id}
            try:
                self.store.put(key, dump_json(new), content_type="application/json",
                               if_match=etag)
            except PreconditionFailed:
                self.count("store/put/conflicts")
                continue
            self.manifest.add("put", "doc", key, id=doc_id, url=new.get("url"),
                              version=new.get("version"))
            break
        else:
            raise StoreError(f"document {key} kept changing during the takedown of "
                             f"{self.url}; run the takedown again")
        for hkey in doomed:
            self.delete(hkey, "doc-history", id=doc_id)

    # -- 5. the page and its fetches

    def raw_keys(self, page: Mapping[str, Any] | None) -> list[str]:
        keys = set(self.store.list(f"raw/{self.url_key[:2]}/{self.url_key}/"))
        if page is not None:
            fetches = [page.get("fetch") or {}, *(page.get("history") or [])]
            keys.update(f["raw_key"] for f in fetches
                        if isinstance(f, dict) and isinstance(f.get("raw_key"), str))
        return sorted(keys)

    def run_takedown(self, scan: bool | None) -> TakedownResult:
        started = layout.utc_now()
        try:
            self.take_down(scan)
        except BaseException as exc:
            # Commit what was done: a re-run cannot announce a deletion it finds done.
            self.manifest.flush()
            self.finish(started, error=f"{type(exc).__name__}: {exc}")
            raise
        return self.finish(started)

    def take_down(self, scan: bool | None) -> None:
        self.write_marker()
        current = load_json(self.store, self.page_key)
        page = current[0] if current else None
        self.texts = _page_texts(page)

        touched: set[str] = set()
        assignment = self.run.index.remove(self.url_key)
        if assignment is None:
            self.count("takedown/index/not_found")
        else:
            # persisted before the documents change: if this takedown dies later, a re-run
            # finds the page in no index and repairs the documents by the fallback below
            self.run.index.flush()
            self.count("takedown/index/removed")
            touched |= self.apply(assignment)
        candidates = set(touched)
        if page is not None and isinstance(page.get("doc_id"), str):
            candidates.add(page["doc_id"])
        if scan or (scan is None and page is None):
            candidates |= self.scan()
        for doc_id in sorted(candidates):
            touched |= self.fix_document(doc_id)
        for doc_id in sorted(touched | candidates):
            self.purge_history(doc_id)

        if page is not None:
            self.delete(self.page_key, "page", url=self.url)
        for key in self.raw_keys(page):
            self.delete(key, "raw", url=self.url)
        # no document id here: the page's documents were rewritten or deleted above,
        # and their own entries say which; the tombstone is about the page
        self.manifest.add("delete", "tombstone", self.page_key, url=self.url)
        self.manifest.flush()

    def finish(self, started: str, error: str | None = None) -> TakedownResult:
        result = self.result
        result.deleted = [k for op, kind, k in self.manifest.entries
                          if op == "delete" and kind != "tombstone"]
        result.rewritten = list(dict.fromkeys(k for op, kind, k in self.manifest.entries
                                              if op == "put" and kind == "doc"))
        result.manifest_parts = list(self.manifest.parts)
        result.stats.update(self.stats.get_stats())
        record: dict[str, Any] = {
            "job": "takedown", "started_at": started,
            "finished_at": None if error else layout.utc_now(),
            "stats": dict(result.stats), "config": {"url": self.url},
            "manifest_parts": list(self.manifest.parts)}
        if error:
            record["error"] = f"{error}; run the takedown again to finish it"
        write_run_record(self.store, self.run.run_id, record)
        return result


def take_down(store: Store, url: str, *, run_id: str | None = None,
              scan_documents: bool | None = None, index: DedupIndex | None = None,
              redis_url: str | None = None) -> TakedownResult:
    """Remove ``url``'s page record, raw fetches and text from ``store`` for good.

    Args:
        store: the store.
        url: the page URL as it was crawled (the keys are derived from it).
        run_id: the takedown's run id (default: a new one).
        scan_documents: also search every document for the URL among its sources
            (default: only when the page record is gone, e.g. an interrupted takedown).
        index: the dedup index the crawl uses (default: opened from ``redis_url``, or
            the store's embedded index).
        redis_url: the shared Redis index, as given to the crawl (when ``index`` is None).
    Returns:
        What was deleted and rewritten, and the manifest part that commits it.
    """
    if index is None:
        index = open_takedown_index(store, redis_url=redis_url)
    takedown = _Takedown(store, url, run_id or layout.new_run_id(), index)
    return takedown.run_takedown(scan_documents)


def open_takedown_index(store: Store, *, redis_url: str | None = None) -> DedupIndex:
    """The dedup index the crawl uses (Redis at ``redis_url``, else the store's own),
    opened without an eviction window; share it between takedowns of one command."""
    return open_index(store, redis_url=redis_url, window_days=TAKEDOWN_WINDOW_DAYS)


def repair_takedown_races(store: Store, urls: list[str], *, index: DedupIndex | None = None,
                          redis_url: str | None = None) -> list[TakedownResult]:
    """Take down again the pages a crawl or re-clean stored while their takedown ran.

    Ingest checks the takedown marker before it stores a page and again after; a page
    whose marker appeared in between (``Outcome.status == "raced_takedown"``) is back
    in the store, and this runs the takedown once more over what came back.
    """
    if not urls:
        return []
    index = index or open_takedown_index(store, redis_url=redis_url)
    return [take_down(store, url, index=index) for url in sorted(set(urls))]


__all__ = ["TakedownResult", "open_takedown_index", "repair_takedown_races", "take_down"]
