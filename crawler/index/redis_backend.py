"""The near-duplicate index shared by several workers through Redis.

Same algorithm as the embedded index (``crawler.index.clustering.assign_page``), over Redis keys
under one prefix:

- ``{prefix}:page:{url_key}``: hash with the 16-bit signature (``s``, 256 bytes), shingle
  count ``n``, text-hash prefix ``h``, activity time ``t``, origin-choice metadata ``m``
  (compact JSON) and the document ``d`` it belongs to;
- ``{prefix}:band:{band}{value}``: set of url keys sharing one LSH band value;
- ``{prefix}:doc:{doc_id}``: set of the url keys of a document;
- ``{prefix}:newest``: sorted set, document -> newest member time (for the window);
- ``{prefix}:lock``: the lock every membership change holds.

Every ``assign``/``remove`` runs under the lock and applies its writes in one
MULTI/EXEC that WATCHes the lock key, so a worker whose lock expired mid-operation
fails loudly instead of writing over another worker's update.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import redis

from crawler.index.base import (
    DEFAULT_WINDOW_DAYS,
    Assignment,
    PageEntry,
    Signature,
    StoredPage,
    U16Array,
    decode_member,
    encode_member,
)
from crawler.index.clustering import assign_page, page_of, remove_page
from crawler.index.signature import band_values, signed_entry
from crawler.store.base import StoreError

logger = logging.getLogger(__name__)

#: Seconds a worker may hold the index lock; an assign takes milliseconds.
LOCK_TIMEOUT = 30.0
#: Seconds a worker waits for the lock before giving up with an error.
LOCK_WAIT = 60.0


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class _Operation:
    """One assign/remove: reads go to Redis (seeing this operation's own writes), writes are
    queued and applied atomically by ``commit``."""

    def __init__(self, client: redis.Redis, prefix: str) -> None:
        self.r = client
        self.p = prefix
        self.written: dict[str, StoredPage | None] = {}  # url_key -> page (None: deleted)
        self.ops: list[tuple[str, tuple[Any, ...]]] = []

    def _key(self, kind: str, name: str) -> str:
        return f"{self.p}:{kind}:{name}"

    @staticmethod
    def _band_names(sig: U16Array) -> list[str]:
        values = band_values(sig[None, :])[0].tolist()
        return [f"{b:02d}{v:012x}" for b, v in enumerate(values)]

    def _load(self, url_keys: Sequence[str]) -> list[StoredPage]:
        pipe = self.r.pipeline(transaction=False)
        for k in url_keys:
            pipe.hgetall(self._key("page", k))
        out: list[StoredPage] = []
        for k, raw in zip(url_keys, pipe.execute(), strict=True):
            if not raw:
                continue
            sig = np.frombuffer(raw[b"s"], dtype="<u2").astype(np.uint16)
            out.append(StoredPage(k, sig, int(raw[b"n"]), int(raw[b"h"]), float(raw[b"t"]),
                                  decode_member(k, raw[b"m"]), _text(raw[b"d"])))
        return out

    # Backend protocol -------------------------------------------------------------------
    def page(self, url_key: str) -> StoredPage | None:
        found = self.pages([url_key])
        return found[0] if found else None

    def pages(self, url_keys: Iterable[str]) -> list[StoredPage]:
        keys = list(url_keys)
        remote = self._load([k for k in keys if k not in self.written])
        by_key = {p.url_key: p for p in remote}
        out: list[StoredPage] = []
        for k in keys:
            page = self.written[k] if k in self.written else by_key.get(k)
            if page is not None:
                out.append(page)
        return out

    def candidates(self, sig: U16Array) -> set[str]:
        pipe = self.r.pipeline(transaction=False)
        for name in self._band_names(sig):
            pipe.smembers(self._key("band", name))
        found: set[str] = set()
        for members in pipe.execute():
            found.update(_text(m) for m in members)
        return {k for k in found if self.written.get(k, True) is not None}

    def doc_members(self, doc_id: str) -> list[str]:
        return sorted(_text(m) for m in self.r.smembers(self._key("doc", doc_id)))

    def insert(self, page: StoredPage) -> None:
        if page.url_key not in self.written and self.page(page.url_key) is not None:
            self.delete(page.url_key)
        self.written[page.url_key] = page
        self.ops.append(("hset", (self._key("page", page.url_key), None, None, {
            "s": page.sig.astype("<u2").tobytes(), "n": page.shingles, "h": page.sha,
            "t": page.seen, "m": encode_member(page.member), "d": page.doc_id})))
        if page.shingles:
            for name in self._band_names(page.sig):
                self.ops.append(("sadd", (self._key("band", name), page.url_key)))

    def update_member(self, page: StoredPage) -> None:
        self.written[page.url_key] = page
        self.ops.append(("hset", (self._key("page", page.url_key), None, None,
                                  {"m": encode_member(page.member), "t": page.seen})))

    def delete(self, url_key: str) -> None:
        old = self.page(url_key)
        self.written[url_key] = None
        if old is None:
            return
        self.ops.append(("delete", (self._key("page", url_key),)))
        for name in self._band_names(old.sig):
            self.ops.append(("srem", (self._key("band", name), url_key)))

    def set_clusters(self, clusters: Mapping[str, Sequence[str]], dropped: Iterable[str]) -> None:
        for doc_id in dropped:
            self.ops.append(("delete", (self._key("doc", doc_id),)))
            self.ops.append(("zrem", (f"{self.p}:newest", doc_id)))
        for doc_id, keys in clusters.items():
            pages = self.pages(keys)
            self.ops.append(("delete", (self._key("doc", doc_id),)))
            self.ops.append(("sadd", (self._key("doc", doc_id), *keys)))
            self.ops.append(("zadd", (f"{self.p}:newest", {doc_id: max(p.seen for p in pages)})))
            for p in pages:
                p.doc_id = doc_id
                self.ops.append(("hset", (self._key("page", p.url_key), "d", doc_id)))

    def commit(self, lock_name: str, token: bytes) -> None:
        """Apply the queued writes in one transaction, only if the lock is still ours."""
        with self.r.pipeline(transaction=True) as pipe:
            pipe.watch(lock_name)  # type: ignore[no-untyped-call]
            if pipe.get(lock_name) != token:
                raise StoreError("the Redis dedup lock expired during an update; nothing was "
                                 f"written. Raise LOCK_TIMEOUT (now {LOCK_TIMEOUT}s) if this "
                                 "repeats")
            pipe.multi()
            for name, args in self.ops:
                getattr(pipe, name)(*args)
            pipe.execute()


class RedisIndex:
    """A ``DedupIndex`` kept in Redis: several workers (threads or processes) share it.

    Args:
        client: a ``redis.Redis`` client (binary responses: ``decode_responses=False``).
        prefix: key prefix; two indexes with other prefixes can share one Redis.
        window_days: clusters with no member seen for this many days are evicted at
            ``flush``; a copy arriving later starts a new document. ``None``/0 keeps all.
        clock: seconds since the epoch (tests pin it).
    """

    def __init__(self, client: redis.Redis, *, prefix: str = "newsrake:dedup",
                 window_days: int | None = DEFAULT_WINDOW_DAYS,
                 clock: Callable[[], float] = time.time) -> None:
        self.client = client
        self.prefix = prefix
        self.window_days = window_days
        self.clock = clock
        self.lock_name = f"{prefix}:lock"
        self.retired: list[str] = []

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> RedisIndex:
        """Connect to ``redis://host:port/db``."""
        return cls(redis.Redis.from_url(url), **kwargs)

    def _locked(self, work: Callable[[_Operation], Any]) -> Any:
        token = uuid.uuid4().hex.encode()
        deadline = time.monotonic() + LOCK_WAIT
        timeout_ms = int(LOCK_TIMEOUT * 1000)
        delay = 0.001
        while not self.client.set(self.lock_name, token, nx=True, px=timeout_ms):
            if time.monotonic() > deadline:
                raise StoreError(f"could not take the Redis dedup lock {self.lock_name} in "
                                 f"{LOCK_WAIT}s: is a worker stuck? Delete the key to force")
            time.sleep(delay)
            delay = min(delay * 2, 0.05)
        try:
            op = _Operation(self.client, self.prefix)
            result = work(op)
            op.commit(self.lock_name, token)
            return result
        finally:
            # Release only our own lock (compare-and-delete).
            self.client.eval("if redis.call('get', KEYS[1]) == ARGV[1] then "
                             "return redis.call('del', KEYS[1]) else return 0 end",
                             1, self.lock_name, token)

    def assign(self, entry: PageEntry, signature: Signature | None = None) -> Assignment:
        """See ``DedupIndex.assign``; ``signature`` is
        ``signature_of(entry.text, entry.text_sha256)``."""
        signed = signed_entry(entry, signature)
        page = page_of(entry, signed.sig, signed.shingles, self.clock())
        result: Assignment = self._locked(lambda op: assign_page(op, page))
        return result

    def remove(self, url_key: str) -> Assignment | None:
        result: Assignment | None = self._locked(lambda op: remove_page(op, url_key))
        return result

    def members(self, doc_id: str) -> tuple[str, ...]:
        raw = self.client.smembers(f"{self.prefix}:doc:{doc_id}")
        return tuple(sorted(_text(m) for m in raw))

    def clusters(self) -> dict[str, tuple[str, ...]]:
        """Every document and its url keys (for tests and audits)."""
        docs = [_text(d) for d in self.client.zrange(f"{self.prefix}:newest", 0, -1)]
        return {d: self.members(d) for d in sorted(docs)}

    def flush(self) -> None:
        """Evict clusters that left the window (the index itself writes through)."""
        if not self.window_days:
            return
        cutoff = self.clock() - self.window_days * 86400.0

        def evict(op: _Operation) -> list[str]:
            docs = [_text(d) for d in
                    self.client.zrangebyscore(f"{self.prefix}:newest", "-inf", f"({cutoff}")]
            for doc_id in docs:
                for k in op.doc_members(doc_id):
                    op.delete(k)
            op.set_clusters({}, docs)
            return docs

        retired: list[str] = self._locked(evict)
        if retired:
            self.retired.extend(retired)
            logger.info("dedup index: %d documents left the %d-day window", len(retired),
                        self.window_days)


__all__ = ["LOCK_TIMEOUT", "RedisIndex"]
