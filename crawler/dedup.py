"""The duplicate index: which stored pages carry the same text, and which of them is the origin.

``DedupIndex.assign`` places one cleaned page into a cluster (a canonical document)
and says which documents' membership changed, so ingest can re-render them. The
origin of a cluster is chosen by ``choose_origin`` from the members alone, so it does
not depend on the order pages arrived in.

This first version matches exact duplicates only (same ``text_sha256``); near-duplicate
matching (MinHash + LSH, containment) extends ``assign``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from crawler.store import NotFound, Store

INDEX_KEY = "index/dedup/state.json"
DEDUP_VERSION = "1"


@dataclass(frozen=True, slots=True)
class PageEntry:
    """What the index needs to know of one cleaned page."""

    url_key: str
    url: str
    text: str
    text_sha256: str
    site: str | None = None
    published: str | None = None
    fetched_at: str | None = None
    origin_hints: tuple[str, ...] = ()
    wire_credit: str | None = None


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where a page went, why, and which documents must be re-rendered."""

    doc_id: str
    rule: str  # "new" | "exact" | "same-url" | ...
    matched_doc: str | None
    score: float
    members: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # doc_id -> url_keys
    removed: tuple[str, ...] = ()  # doc ids left with no members

    def provenance(self) -> dict[str, Any]:
        """The decision as a provenance detail."""
        return {"doc_id": self.doc_id, "rule": self.rule, "matched_doc": self.matched_doc,
                "score": round(self.score, 4)}


@dataclass(frozen=True, slots=True)
class Member:
    """One source of a cluster, as origin choice sees it."""

    url_key: str
    url: str
    site: str | None
    published: str | None
    fetched_at: str | None
    origin_hints: tuple[str, ...]
    wire_credit: str | None


@dataclass(frozen=True, slots=True)
class OriginChoice:
    """The chosen origin and the rule that chose it."""

    url_key: str
    rule: str


class DedupIndex(Protocol):
    """Cluster assignment; implementations must be safe to call from several threads."""

    def assign(self, entry: PageEntry) -> Assignment:
        """Place ``entry`` in a cluster and report the documents whose membership changed."""
        ...

    def remove(self, url_key: str) -> Assignment | None:
        """Drop a page (takedown); report the document it left, if any."""
        ...

    def members(self, doc_id: str) -> tuple[str, ...]:
        """The url keys of a document's sources."""
        ...

    def flush(self) -> None:
        """Persist the index (no-op for shared backends that write through)."""
        ...


def choose_origin(members: Sequence[Member]) -> OriginChoice:
    """The member the others point to; else the earliest published; ties by URL."""
    if not members:
        raise ValueError("choose_origin needs at least one member")
    by_url = {m.url: m for m in members}
    votes: dict[str, int] = {}
    for m in members:
        for hint in m.origin_hints:
            if hint in by_url and hint != m.url:
                votes[by_url[hint].url_key] = votes.get(by_url[hint].url_key, 0) + 1
    if votes:
        best = max(sorted(votes), key=lambda k: votes[k])
        return OriginChoice(best, "pointed-to")
    ranked = sorted(members, key=lambda m: (m.published or m.fetched_at or "~", m.url))
    return OriginChoice(ranked[0].url_key, "earliest-published")


class EmbeddedIndex:
    """An exact-duplicate index kept in the store under ``index/dedup/``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._by_hash: dict[str, str] = {}
        self._by_page: dict[str, str] = {}
        self._page_hash: dict[str, str] = {}
        self._dirty = False
        try:
            state = json.loads(store.get(INDEX_KEY).data)
        except NotFound:
            state = {}
        self._by_hash = dict(state.get("by_hash", {}))
        self._by_page = dict(state.get("by_page", {}))
        self._page_hash = dict(state.get("page_hash", {}))

    def _members(self, doc_id: str) -> tuple[str, ...]:
        return tuple(sorted(k for k, d in self._by_page.items() if d == doc_id))

    def assign(self, entry: PageEntry) -> Assignment:
        with self._lock:
            previous = self._by_page.get(entry.url_key)
            if previous is not None and self._page_hash.get(entry.url_key) == entry.text_sha256:
                return Assignment(previous, "unchanged", previous, 1.0,
                                  {previous: self._members(previous)})
            self._dirty = True
            doc_id = self._by_hash.get(entry.text_sha256)
            if doc_id is not None:
                rule, matched, score = "exact", doc_id, 1.0
            elif previous is not None and len(self._members(previous)) == 1:
                doc_id, rule, matched, score = previous, "same-url-update", previous, 0.0
            else:
                doc_id, rule, matched, score = entry.url_key, "new", None, 0.0
            self._by_hash[entry.text_sha256] = doc_id
            self._by_page[entry.url_key] = doc_id
            self._page_hash[entry.url_key] = entry.text_sha256
            members = {doc_id: self._members(doc_id)}
            removed: tuple[str, ...] = ()
            if previous is not None and previous != doc_id:
                left = self._members(previous)
                if left:
                    members[previous] = left
                else:
                    removed = (previous,)
            return Assignment(doc_id, rule, matched, score, members, removed)

    def remove(self, url_key: str) -> Assignment | None:
        with self._lock:
            doc_id = self._by_page.pop(url_key, None)
            self._page_hash.pop(url_key, None)
            if doc_id is None:
                return None
            self._dirty = True
            left = self._members(doc_id)
            return Assignment(doc_id, "removed", None, 0.0, {doc_id: left} if left else {},
                              () if left else (doc_id,))

    def members(self, doc_id: str) -> tuple[str, ...]:
        with self._lock:
            return self._members(doc_id)

    def flush(self) -> None:
        with self._lock:
            if not self._dirty:
                return
            body = json.dumps({"version": DEDUP_VERSION, "by_hash": self._by_hash,
                               "by_page": self._by_page, "page_hash": self._page_hash},
                              sort_keys=True).encode("utf-8")
            self._dirty = False
        self.store.put(INDEX_KEY, body, content_type="application/json")
