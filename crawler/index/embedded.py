"""The embedded index: one process's near-duplicate index, persisted in the store.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence

import numpy as np

from crawler.index.base import (
    DEFAULT_WINDOW_DAYS,
    INDEX_KEY,
    Assignment,
    PageEntry,
    Signature,
)
from crawler.index.clustering import remove_page
from crawler.index.embedded_backend import _EmbeddedBackend
from crawler.index.signature import signatures, signed_entry
from crawler.store.base import NotFound, PreconditionFailed, Store, StoreError

logger = logging.getLogger(__name__)

class EmbeddedIndex:
    """The near-duplicate index of one process, kept in the store under ``index/dedup/``.

    Args:
        store: where the index is persisted (``INDEX_KEY``).
        window_days: clusters with no member seen for this many days are evicted when the
            index is loaded and flushed; a copy arriving later starts a new document.
            ``None`` or 0 keeps everything.
        clock: seconds since the epoch, for the window (tests pin it).

    One process owns the embedded index: ``flush`` is a conditional write and raises
    ``StoreError`` if another process replaced the index since it was read. Several
    workers share a ``RedisIndex`` instead.
    """

    def __init__(self, store: Store, *, window_days: int | None = DEFAULT_WINDOW_DAYS,
                 clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.window_days = window_days
        self.clock = clock
        self._lock = threading.Lock()
        self._etag: str | None = None
        try:
            blob = store.get(INDEX_KEY)
        except NotFound:
            self._backend = _EmbeddedBackend()
        else:
            self._backend = _EmbeddedBackend.from_bytes(blob.data)
            self._etag = blob.etag
        self._dirty = False
        self.retired: list[str] = []
        self._evict()

    def __len__(self) -> int:
        return self._backend.live_count

    def _evict(self) -> None:
        if not self.window_days:
            return
        retired = self._backend.evict(self.clock() - self.window_days * 86400.0)
        if retired:
            self._dirty = True
            self.retired.extend(retired)
            logger.info("dedup index: %d documents left the %d-day window", len(retired),
                        self.window_days)

    def assign(self, entry: PageEntry, signature: Signature | None = None) -> Assignment:
        """See ``DedupIndex.assign``; ``signature`` is
        ``signature_of(entry.text, entry.text_sha256)``."""
        signed = signed_entry(entry, signature)
        now = self.clock()
        with self._lock:
            self._dirty = True
            return self._backend.assign_one(entry, signed.sig, signed.shingles, now,
                                            signed.band_hashes)

    def assign_many(self, entries: Sequence[PageEntry]) -> list[Assignment]:
        """``assign`` for a batch, in order, with the same results as one ``assign`` per entry.

        The fast path: signatures, key lookups, LSH candidates and verification are
        computed for the whole batch in numpy; pages that start a new document (most of
        them) are added together, the others go through the per-page algorithm.
        """
        if not entries:
            return []
        sigs, counts = signatures([e.text for e in entries])
        now = self.clock()
        with self._lock:
            self._dirty = True
            return self._backend.assign_bulk(entries, sigs, counts, now)

    def remove(self, url_key: str) -> Assignment | None:
        with self._lock:
            self._dirty = True
            return remove_page(self._backend, url_key)

    def members(self, doc_id: str) -> tuple[str, ...]:
        with self._lock:
            return tuple(sorted(self._backend.doc_members(doc_id)))

    def doc_of(self, url_key: str) -> str | None:
        """The document a page belongs to, or None."""
        with self._lock:
            page = self._backend.page(url_key)
            return None if page is None else page.doc_id

    def clusters(self) -> dict[str, tuple[str, ...]]:
        """Every document and its url keys (for tests and audits)."""
        with self._lock:
            b = self._backend
            roots = np.flatnonzero(b.live[: b.size] & (b.origin[: b.size] == np.arange(b.size)))
            return {k: tuple(sorted(b.doc_members(k)))
                    for k in (b.key_of(s) for s in roots.tolist())}

    def flush(self) -> None:
        with self._lock:
            self._evict()
            if not self._dirty:
                return
            body = self._backend.to_bytes()
            try:
                if self._etag is None:
                    self._etag = self.store.put(INDEX_KEY, body, if_none_match=True)
                else:
                    self._etag = self.store.put(INDEX_KEY, body, if_match=self._etag)
            except PreconditionFailed as exc:
                raise StoreError(
                    f"dedup index {INDEX_KEY} was written by another process since this one "
                    "loaded it: run one embedded index per store, or share the index "
                    "through Redis (--redis-url)") from exc
            self._dirty = False
