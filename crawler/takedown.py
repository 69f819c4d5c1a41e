"""Takedown: remove one page, its raw fetches and its text from the store.

What goes, in an order that keeps the store consistent for readers at every step:

1. Documents first. Where the page is a copy, it is dropped from the document's
   ``sources``. Where it is the origin, the document is rendered again by ingest's own
   ``render_document`` from the remaining sources' page records, so its text, title and
   origin become another source's. Where it is the only source, the document and all its
   ``docs-history`` versions are deleted. History versions whose text is the page's
   (same origin URL or same text hash) are deleted as well. Document writes are
   conditional on the version read, so a concurrent ingest is not overwritten.
2. The page record.
3. Every raw WARC of the URL (``raw/<k[:2]>/<k>/``, and any other its records name).
4. A manifest part, the commit point: a ``delete`` entry per removed object, a ``put``
   per rewritten document, and a ``tombstone`` entry (op "delete", kind "tombstone",
   key = the page key, url) that tells consumers to drop their copies.
5. A run record with job "takedown".

The dedup index (``index/``) may still hold the page's fingerprint; the index owns
that state and forgets pages through its own API.
"""

from __future__ import annotations

import importlib
import logging
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from crawler import __version__, layout
from crawler.manifest import Manifest, write_run_record
from crawler.store import NotFound, PreconditionFailed, Store, StoreError, dump_json, get_json

logger = logging.getLogger(__name__)

#: Tries of a conditional document write before giving up (another writer keeps winning).
WRITE_ATTEMPTS = 20

Renderer = Callable[[str, list[dict[str, Any]], Any, Mapping[str, Any] | None], dict[str, Any]]


@dataclass
class TakedownResult:
    """What a takedown removed and rewrote."""

    url: str
    run_id: str
    deleted: list[str] = field(default_factory=list)  # keys removed
    rewritten: list[str] = field(default_factory=list)  # document keys written anew
    manifest_parts: list[str] = field(default_factory=list)
    stats: Counter[str] = field(default_factory=Counter)

    @property
    def found(self) -> bool:
        """Whether anything of the URL was stored."""
        return bool(self.deleted or self.rewritten)


def _default_renderer() -> Renderer:
    render: Renderer = importlib.import_module("crawler.ingest").render_document
    return render


def _page_texts(page: Mapping[str, Any] | None) -> set[str]:
    if not page:
        return set()
    texts = {page.get("text_sha256")}
    texts.update(h.get("text_sha256") for h in page.get("history") or [] if isinstance(h, dict))
    return {t for t in texts if isinstance(t, str)}


def _is_source(source: Mapping[str, Any], url: str, page_key: str) -> bool:
    return source.get("url") == url or source.get("page_key") == page_key


class _Takedown:
    def __init__(self, store: Store, url: str, run_id: str, renderer: Renderer | None) -> None:
        self.store = store
        self.url = url
        self.page_key = layout.page_key(url)
        self.url_key = layout.url_key(url)
        self.manifest = Manifest(store, run_id)
        self.result = TakedownResult(url, run_id)
        self._renderer = renderer
        self.texts: set[str] = set()  # hashes of every text the page ever had

    def renderer(self) -> Renderer:
        if self._renderer is None:
            self._renderer = _default_renderer()
        return self._renderer

    def delete(self, key: str, kind: str, **extra: Any) -> None:
        self.store.delete(key)
        self.manifest.add("delete", kind, key, **extra)
        self.result.deleted.append(key)
        self.result.stats[f"takedown/deleted/{kind}"] += 1

    def affected_documents(self, page: Mapping[str, Any] | None, scan: bool) -> list[str]:
        ids = set()
        if page and isinstance(page.get("doc_id"), str):
            ids.add(page["doc_id"])
        if scan:
            for key in self.store.list("docs/"):
                try:
                    doc, _ = get_json(self.store, key)
                except NotFound:
                    continue
                if any(_is_source(s, self.url, self.page_key) for s in doc.get("sources") or []
                       if isinstance(s, dict)):
                    ids.add(str(doc.get("id") or key.rsplit("/", 1)[-1].removesuffix(".json")))
        return sorted(ids)

    def fix_document(self, doc_id: str) -> None:
        key = layout.doc_key(doc_id)
        for _ in range(WRITE_ATTEMPTS):
            try:
                doc, etag = get_json(self.store, key)
            except NotFound:
                return
            sources = [s for s in doc.get("sources") or [] if isinstance(s, dict)]
            remaining = [s for s in sources if not _is_source(s, self.url, self.page_key)]
            was_origin = (doc.get("origin") or {}).get("url") == self.url
            if len(remaining) == len(sources) and not was_origin:
                return  # not (or no longer) a source of this document
            new = self.rebuilt(doc_id, doc, remaining) if remaining else None
            try:
                if new is None:
                    self.store.delete(key, if_match=etag)
                else:
                    self.store.put(key, dump_json(new), content_type="application/json",
                                   if_match=etag)
            except PreconditionFailed:
                self.result.stats["takedown/conflicts"] += 1
                continue
            if new is None:
                self.manifest.add("delete", "doc", key, id=doc_id, url=doc.get("url"))
                self.result.deleted.append(key)
                self.result.stats["takedown/deleted/doc"] += 1
                for hkey in self.store.list(f"docs-history/{doc_id[:2]}/{doc_id}/"):
                    self.delete(hkey, "doc-history", id=doc_id)
            else:
                self.manifest.add("put", "doc", key, id=doc_id, url=new.get("url"),
                                  version=new.get("version"))
                self.result.rewritten.append(key)
                self.result.stats["takedown/rewritten/doc"] += 1
                dropped = set(doc.get("history") or []) - set(new.get("history") or [])
                for hkey in sorted(dropped):
                    self.delete(hkey, "doc-history", id=doc_id)
            return
        raise StoreError(f"document {key} kept changing during the takedown of {self.url}; "
                         "run the takedown again")

    def rebuilt(self, doc_id: str, doc: Mapping[str, Any], remaining: list[dict[str, Any]],
                ) -> dict[str, Any] | None:
        """The document without the page; None when nothing of it can be kept."""
        was_origin = (doc.get("origin") or {}).get("url") == self.url
        if was_origin:
            records = []
            for source in remaining:
                page_key = source.get("page_key")
                try:
                    record, _ = get_json(self.store, str(page_key))
                except (NotFound, StoreError):
                    continue
                if isinstance(record, dict) and (record.get("document") or {}).get("text"):
                    records.append(record)
            if not records:
                return None  # no remaining source has a text of its own to take over
            new = self.renderer()(doc_id, records, None, doc)
        else:
            new = {**doc, "sources": remaining}
        kept_history = []
        for hkey in doc.get("history") or []:
            try:
                old, _ = get_json(self.store, hkey)
            except NotFound:
                continue
            if ((old.get("origin") or {}).get("url") == self.url
                    or old.get("text_sha256") in self.texts):
                continue  # that version carries the page's text: it goes
            kept_history.append(hkey)
        provenance = list(new.get("provenance") or [])
        provenance.append({"stage": "takedown", "name": "newsrake-takedown",
                           "version": __version__,
                           "detail": {"removed_sources": 1, "origin_replaced": was_origin}})
        new.update(version=int(doc.get("version") or 1) + 1, history=kept_history,
                   provenance=provenance, updated_at=layout.utc_now(),
                   run_id=self.manifest.run_id)
        return new

    def run(self, scan: bool | None) -> TakedownResult:
        started = layout.utc_now()
        try:
            page, _ = get_json(self.store, self.page_key)
        except NotFound:
            page = None
        self.texts = _page_texts(page)
        doc_ids = self.affected_documents(page, scan=page is None if scan is None else scan)
        for doc_id in doc_ids:
            self.fix_document(doc_id)
        if page is not None:
            self.delete(self.page_key, "page", url=self.url)
        raw_keys = set(self.store.list(f"raw/{self.url_key[:2]}/{self.url_key}/"))
        if page is not None:
            fetches = [page.get("fetch") or {}, *(page.get("history") or [])]
            raw_keys.update(f["raw_key"] for f in fetches
                            if isinstance(f, dict) and isinstance(f.get("raw_key"), str))
        for key in sorted(raw_keys):
            self.delete(key, "raw", url=self.url)
        # no document id here: the page's documents were rewritten or deleted above,
        # and their own entries say which; the tombstone is about the page
        self.manifest.add("delete", "tombstone", self.page_key, url=self.url)
        self.manifest.flush()
        self.result.manifest_parts = list(self.manifest.parts)
        write_run_record(self.store, self.manifest.run_id, {
            "job": "takedown", "started_at": started, "finished_at": layout.utc_now(),
            "stats": dict(self.result.stats), "config": {"url": self.url},
            "manifest_parts": list(self.manifest.parts)})
        return self.result


def take_down(store: Store, url: str, *, run_id: str | None = None,
              scan_documents: bool | None = None, renderer: Renderer | None = None,
              ) -> TakedownResult:
    """Remove ``url``'s page record, raw fetches and text from ``store``; write a tombstone.

    Args:
        store: the store.
        url: the page URL as it was crawled (the key is derived from it).
        run_id: the takedown's run id (default: a new one).
        scan_documents: also search every document for the URL among its sources
            (default: only when the page record is gone, e.g. an interrupted takedown).
        renderer: how to re-render a document whose origin is removed (default:
            ``crawler.ingest.render_document``).
    Returns:
        What was deleted and rewritten, and the manifest part that commits it.
    """
    takedown = _Takedown(store, url, run_id or layout.new_run_id(), renderer)
    return takedown.run(scan_documents)
