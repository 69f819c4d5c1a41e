"""The embedded backend: every indexed page in numpy arrays, clusters as rings of slots.

Over 500 lines because ``_EmbeddedBackend`` is one class whose methods share its private
arrays (per-page insert, the batch path, eviction, persistence); splitting it would
expose those arrays across modules.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import numpy.typing as npt
import rensa

from crawler.index.base import (
    _B_BIT_NOISE,
    CONTAINMENT_MIN,
    CONTAINMENT_MIN_SHINGLES,
    DEDUP_VERSION,
    INDEX_KEY,
    JACCARD_MIN,
    LSH_BANDS,
    LSH_ROWS,
    MINHASH_SEED,
    NUM_PERM,
    SHINGLE_WORDS,
    Assignment,
    Member,
    OriginChoice,
    PageEntry,
    StoredPage,
    U16Array,
    U64Array,
    decode_member,
    encode_entry,
    encode_member,
)
from crawler.index.clustering import assign_page, page_of
from crawler.index.origin import _cached_time, choose_origin
from crawler.index.signature import band_hashes32, band_values
from crawler.index.tables import (
    _DELTA_MAX,
    _I32,
    _I64,
    _LOW32,
    _SHIFT32,
    _U32,
    _BandTable,
    _KeyTable,
    _spans,
)
from crawler.store.base import StoreError

_HEX_KEY = re.compile(r"[0-9a-f]{24}")


def _pack_key(url_key: str) -> bytes:
    """12 bytes of a url key: the 24 hex digits themselves, else a digest (see ``odd``)."""
    if len(url_key) == 24 and _HEX_KEY.fullmatch(url_key):
        return bytes.fromhex(url_key)
    return hashlib.sha256(b"newsrake-dedup-key\0" + url_key.encode("utf-8")).digest()[:12]


def _split_keys(packed: bytes) -> tuple[U64Array, _U32]:
    raw = np.frombuffer(packed, dtype=np.uint8).reshape(-1, 12)
    hi = np.ascontiguousarray(raw[:, :8]).view("<u8").reshape(-1).astype(np.uint64)
    lo = np.ascontiguousarray(raw[:, 8:]).view("<u4").reshape(-1).astype(np.uint32)
    return hi, lo


def _single_origin(e: PageEntry) -> OriginChoice:
    """``choose_origin`` of a one-member cluster, without building the member."""
    if e.wire_credit:
        return choose_origin([Member(e.url_key, e.url, e.site, e.published, e.fetched_at,
                                     tuple(e.origin_hints), e.wire_credit)])
    return OriginChoice(e.url_key, "earliest-published")


def _clamp_seen(seen: float) -> int:
    return int(min(max(seen, 0), 2**32 - 1))


def _duplicates(sa: U16Array, na: _I64, sb: U16Array, nb: _I64) -> npt.NDArray[np.bool_]:
    """Row-wise "may be a verified duplicate" of signature pairs (as ``compare``, with a
    tiny margin so that rounding can only send a page to the exact per-page path)."""
    eq = sa == sb
    jac = np.clip((eq.mean(axis=1) - _B_BIT_NOISE) / (1.0 - _B_BIT_NOISE), 0.0, 1.0)
    band = eq[:, : LSH_BANDS * LSH_ROWS].reshape(len(eq), LSH_BANDS, LSH_ROWS).all(axis=2)
    small = np.minimum(na, nb)
    contained = np.where(small >= CONTAINMENT_MIN_SHINGLES,
                         jac / (1.0 + jac) * (na + nb) / np.maximum(small, 1), 0.0)
    eps = 1e-9
    verified = (jac >= JACCARD_MIN - eps) | (contained >= CONTAINMENT_MIN - eps)
    out: npt.NDArray[np.bool_] = band.any(axis=1) & verified & (na > 0) & (nb > 0)
    return out


#: Index formats this version reads (it writes ``DEDUP_VERSION``).
_READABLE_VERSIONS = ("2", DEDUP_VERSION)


class _EmbeddedBackend:
    """Pages in numpy arrays indexed by slot; clusters as circular linked lists of slots.

    Per page, no Python object: the url key packed in 12 bytes (``key_hi``/``key_lo``;
    keys that are not 24 lowercase hex digits, which ``crawler.store.layout.url_key`` never
    makes, are kept in ``odd``), the 16-bit signature (256 bytes), shingle count, 64 bits
    of the text hash, the activity time, the origin slot of its cluster and the next
    slot of the cluster ring, and its origin-choice metadata as a compact JSON blob in
    one byte arena (offset + length). Url key -> slot is ``_KeyTable``; LSH buckets are
    ``_BandTable``. Arrays grow by doubling. Slots of removed pages are not reused until
    the index is next loaded (they are not persisted).
    """

    _ARRAYS = ("key_hi", "key_lo", "sig", "shingles", "sha", "seen", "origin", "next", "live",
               "meta_off", "meta_len")

    def __init__(self, capacity: int = 1024) -> None:
        self.key_hi: U64Array = np.zeros(capacity, dtype=np.uint64)
        self.key_lo: _U32 = np.zeros(capacity, dtype=np.uint32)
        self.odd: dict[int, str] = {}
        self.sig: U16Array = np.zeros((capacity, NUM_PERM), dtype=np.uint16)
        self.shingles: _U32 = np.zeros(capacity, dtype=np.uint32)
        self.sha: U64Array = np.zeros(capacity, dtype=np.uint64)
        self.seen: _U32 = np.zeros(capacity, dtype=np.uint32)
        self.origin: _I32 = np.zeros(capacity, dtype=np.int32)
        self.next: _I32 = np.zeros(capacity, dtype=np.int32)
        self.live: npt.NDArray[np.bool_] = np.zeros(capacity, dtype=np.bool_)
        self.meta_off: _I64 = np.zeros(capacity, dtype=np.int64)
        self.meta_len: _U32 = np.zeros(capacity, dtype=np.uint32)
        self.meta_buf: npt.NDArray[np.uint8] = np.zeros(1 << 16, dtype=np.uint8)
        self.meta_used = 0
        self.keys = _KeyTable()
        self.bands = _BandTable()
        self.size = 0
        self.live_count = 0
        self._memo: tuple[bytes, list[int]] | None = None

    # capacity ---------------------------------------------------------------------------
    def _reserve(self, n: int) -> None:
        cap = len(self.live)
        if self.size + n <= cap:
            return
        new = max(cap * 2, self.size + n)
        for name in self._ARRAYS:
            old = getattr(self, name)
            grown = np.zeros((new, *old.shape[1:]), dtype=old.dtype)
            grown[: self.size] = old[: self.size]
            setattr(self, name, grown)

    def _append_meta(self, blobs: Sequence[bytes]) -> _I64:
        """Store blobs in the arena; their offsets."""
        data = b"".join(blobs)
        need = self.meta_used + len(data)
        if need > len(self.meta_buf):
            grown = np.zeros(max(2 * len(self.meta_buf), need), dtype=np.uint8)
            grown[: self.meta_used] = self.meta_buf[: self.meta_used]
            self.meta_buf = grown
        self.meta_buf[self.meta_used: need] = np.frombuffer(data, dtype=np.uint8)
        lens = np.fromiter(map(len, blobs), dtype=np.int64, count=len(blobs))
        offsets = self.meta_used + np.cumsum(lens) - lens
        self.meta_used = need
        return offsets

    def nbytes(self) -> dict[str, int]:
        """Bytes used per part, for the pages stored (capacity slack not included)."""
        n = self.size
        per_slot = {name: getattr(self, name).nbytes // max(len(self.live), 1)
                    for name in self._ARRAYS}
        return {"signatures": per_slot["sig"] * n,
                "band table": self.bands.nbytes(),
                "url keys": (per_slot["key_hi"] + per_slot["key_lo"]) * n + self.keys.nbytes(),
                "metadata": self.meta_used + (per_slot["meta_off"] + per_slot["meta_len"]) * n,
                "page arrays": sum(per_slot[k] for k in ("shingles", "sha", "seen", "origin",
                                                         "next", "live")) * n}

    # keys -------------------------------------------------------------------------------
    def key_of(self, slot: int) -> str:
        odd = self.odd.get(slot)
        if odd is not None:
            return odd
        return (int(self.key_hi[slot]).to_bytes(8, "little")
                + int(self.key_lo[slot]).to_bytes(4, "little")).hex()

    def slot_of(self, url_key: str) -> int | None:
        packed = _pack_key(url_key)
        slot = self.keys.find_one(int.from_bytes(packed[:8], "little"),
                                  int.from_bytes(packed[8:], "little"),
                                  self.key_hi, self.key_lo)
        return None if slot < 0 else slot

    def _live_slots(self) -> _I64:
        return np.flatnonzero(self.live[: self.size]).astype(np.int64)

    # Backend protocol -------------------------------------------------------------------
    def _member(self, slot: int, key: str) -> Member:
        off = int(self.meta_off[slot])
        return decode_member(key, self.meta_buf[off: off + int(self.meta_len[slot])].tobytes())

    def _stored(self, slot: int, key: str | None = None) -> StoredPage:
        key = self.key_of(slot) if key is None else key
        return StoredPage(key, self.sig[slot].copy(), int(self.shingles[slot]),
                          int(self.sha[slot]), float(self.seen[slot]), self._member(slot, key),
                          self.key_of(int(self.origin[slot])))

    def page(self, url_key: str) -> StoredPage | None:
        slot = self.slot_of(url_key)
        return None if slot is None else self._stored(slot, url_key)

    def pages(self, url_keys: Iterable[str]) -> list[StoredPage]:
        out = []
        for k in url_keys:
            slot = self.slot_of(k)
            if slot is not None:
                out.append(self._stored(slot, k))
        return out

    def _band_hashes(self, sig: U16Array) -> list[int]:
        """One page's band hashes (remembered: ``insert`` follows ``candidates``)."""
        raw = sig.tobytes()
        if self._memo is not None and self._memo[0] == raw:
            return self._memo[1]
        hashes: list[int] = band_hashes32(band_values(sig[None, :]))[0].tolist()
        self._memo = (raw, hashes)
        return hashes

    def candidates(self, sig: U16Array) -> set[str]:
        live = self.live
        return {self.key_of(s) for s in self.bands.query_few(self._band_hashes(sig))
                if live[s]}

    def doc_members(self, doc_id: str) -> list[str]:
        start = self.slot_of(doc_id)
        if start is None or int(self.origin[start]) != start:
            return []
        out = [doc_id]
        slot = int(self.next[start])
        while slot != start:
            out.append(self.key_of(slot))
            slot = int(self.next[slot])
        return out

    def _put_many(self, keys: Sequence[str], packed: bytes, sigs: U16Array, shingles: _I64,
                  sha: Sequence[int], seen: Sequence[float], metas: Sequence[bytes]) -> _I64:
        """Append pages whose keys are absent; their slots (each its own cluster)."""
        n = len(keys)
        self._reserve(n)
        lo, hi = self.size, self.size + n
        slots = np.arange(lo, hi, dtype=np.int64)
        self.key_hi[lo:hi], self.key_lo[lo:hi] = _split_keys(packed)
        for i, k in enumerate(keys):
            if len(k) != 24 or not _HEX_KEY.fullmatch(k):
                self.odd[lo + i] = k
        self.sig[lo:hi] = sigs
        self.shingles[lo:hi] = shingles
        self.sha[lo:hi] = np.array(sha, dtype=np.uint64)
        self.seen[lo:hi] = np.clip(np.array(seen, dtype=np.float64), 0, 2**32 - 1
                                   ).astype(np.uint32)
        self.origin[lo:hi] = slots
        self.next[lo:hi] = slots
        self.live[lo:hi] = True
        self.meta_off[lo:hi] = self._append_meta(metas)
        self.meta_len[lo:hi] = np.fromiter(map(len, metas), dtype=np.int64, count=n)
        self.size = hi
        self.live_count += n
        if (self.keys.filled + n) * 2 > len(self.keys.table):
            self.keys.rebuild(self._live_slots(), self.key_hi, self.key_lo, self.live_count)
        else:
            self.keys.insert(slots, self.key_hi, self.key_lo, slots)
        return slots

    def insert(self, page: StoredPage) -> None:
        if self.slot_of(page.url_key) is not None:
            self.delete(page.url_key)
        self._insert_absent(page)

    def _insert_absent(self, page: StoredPage) -> None:
        """``insert`` of a page whose url key is known to be absent."""
        if (self.keys.filled + 1) * 2 > len(self.keys.table):
            slot = int(self._put_many([page.url_key], _pack_key(page.url_key),
                                      page.sig[None, :], np.array([page.shingles]),
                                      [page.sha], [page.seen],
                                      [encode_member(page.member)])[0])
        else:
            slot = self._put_one(page)
        if page.shingles:  # an empty text is never a candidate of anything
            self.bands.add(slot, self._band_hashes(page.sig))

    def _put_one(self, page: StoredPage) -> int:
        """``_put_many`` of one page, with scalar writes (the key table has room)."""
        self._reserve(1)
        slot = self.size
        packed = _pack_key(page.url_key)
        hi = int.from_bytes(packed[:8], "little")
        self.key_hi[slot] = hi
        self.key_lo[slot] = int.from_bytes(packed[8:], "little")
        if len(page.url_key) != 24 or not _HEX_KEY.fullmatch(page.url_key):
            self.odd[slot] = page.url_key
        self.sig[slot] = page.sig
        self.shingles[slot] = page.shingles
        self.sha[slot] = page.sha
        self.seen[slot] = _clamp_seen(page.seen)
        self.origin[slot] = slot
        self.next[slot] = slot
        self.live[slot] = True
        blob = encode_member(page.member)
        end = self.meta_used + len(blob)
        if end > len(self.meta_buf):
            self._append_meta([blob])
        else:
            self.meta_buf[self.meta_used: end] = np.frombuffer(blob, dtype=np.uint8)
            self.meta_used = end
        self.meta_off[slot] = end - len(blob)
        self.meta_len[slot] = len(blob)
        self.size += 1
        self.live_count += 1
        self.keys.insert_one(slot, hi)
        return slot

    def update_member(self, page: StoredPage) -> None:
        slot = self.slot_of(page.url_key)
        if slot is None:
            raise StoreError(f"dedup index has no slot for {page.url_key}: the index is "
                             f"inconsistent; delete {INDEX_KEY} and run newsrake reclean")
        blob = encode_member(page.member)
        self.meta_off[slot] = self._append_meta([blob])[0]
        self.meta_len[slot] = len(blob)
        self.seen[slot] = _clamp_seen(page.seen)

    def delete(self, url_key: str) -> None:
        slot = self.slot_of(url_key)
        if slot is None:
            return
        packed = _pack_key(url_key)
        self.keys.remove(int.from_bytes(packed[:8], "little"),
                         int.from_bytes(packed[8:], "little"), self.key_hi, self.key_lo)
        self.live[slot] = False
        self.live_count -= 1
        if self.shingles[slot]:
            self.bands.stale += LSH_BANDS
        if self.bands.stale > max(_DELTA_MAX, self.bands.entries // 4):
            self.rebuild_bands()

    def set_clusters(self, clusters: Mapping[str, Sequence[str]], dropped: Iterable[str]) -> None:
        for doc_id, keys in clusters.items():
            root = self.slot_of(doc_id)
            slots = [self.slot_of(k) for k in keys]
            for i, s in enumerate(slots):
                nxt = slots[(i + 1) % len(slots)]
                if s is None or root is None or nxt is None:
                    raise StoreError(f"dedup index lost a member of document {doc_id}: "
                                     f"delete {INDEX_KEY} and run newsrake reclean")
                self.origin[s] = root
                self.next[s] = nxt

    # bulk paths -------------------------------------------------------------------------
    def assign_bulk(self, entries: Sequence[PageEntry], sigs: U16Array, counts: _I64,
                    now: float) -> list[Assignment]:
        """``assign_page`` for each entry in order, with the common case done in numpy.

        A page is "fresh" when its url key is in neither the index nor earlier in the
        batch and it is no verified duplicate of a page in the index or earlier in the
        batch: sequential assignment would make it a new one-page document. Fresh pages
        are added together; the others go through ``assign_page`` one by one, in batch
        order, after them. That is the sequential result: a fresh page never matches a
        page before it, and a page after it that matches it is not fresh.
        """
        n = len(entries)
        keys = [e.url_key for e in entries]
        packed = b"".join(map(_pack_key, keys))
        hi, lo = _split_keys(packed)
        slow = self.keys.find(hi, lo, self.key_hi, self.key_lo) >= 0
        seen_keys: set[str] = set()
        for i, k in enumerate(keys):
            if k in seen_keys:
                slow[i] = True
            seen_keys.add(k)
        signed = np.flatnonzero(counts > 0)
        hashes = band_hashes32(band_values(sigs[signed]))  # len(signed) x LSH_BANDS
        self.bands.spill()  # one-page inserts into a sorted run: no per-hash dict lookups
        # Against the index.
        q, slots = self.bands.query(hashes.reshape(-1))
        if len(q):
            pairs = np.unique((signed[q // LSH_BANDS] << 32) | slots)
            a, s = pairs >> 32, pairs & 0xFFFFFFFF
            keep = self.live[s]
            a, s = a[keep], s[keep]
            dup = _duplicates(sigs[a], counts[a], self.sig[s], self.shingles[s].astype(np.int64))
            slow[a[dup]] = True
        # Within the batch: pairs sharing a band hash; the later page of a verified pair.
        flat = hashes.reshape(-1)
        packed_h = (flat.astype(np.uint64) << _SHIFT32) | np.arange(len(flat), dtype=np.uint64)
        packed_h.sort()  # a stable order by hash, cheaper than argsort
        sorted_h = packed_h >> _SHIFT32
        order = (packed_h & _LOW32).astype(np.int64)
        same = np.flatnonzero(sorted_h[1:] == sorted_h[:-1])
        if len(same):
            run_start = np.flatnonzero(np.r_[True, sorted_h[1:] != sorted_h[:-1]])
            run_len = np.diff(np.r_[run_start, len(sorted_h)])
            multi = run_start[run_len > 1]
            mlen = run_len[run_len > 1]
            firsts: list[_I64] = []
            seconds: list[_I64] = []
            for gap in range(1, int(mlen.max())):
                take = mlen > gap
                starts = multi[take]
                lens = mlen[take]
                _, pos = _spans(starts, starts + lens - gap)
                firsts.append(order[pos])
                seconds.append(order[pos + gap])
            x = signed[np.concatenate(firsts) // LSH_BANDS]
            y = signed[np.concatenate(seconds) // LSH_BANDS]
            a, b = np.minimum(x, y), np.maximum(x, y)
            pairs = np.unique((a[a != b] << 32) | b[a != b])
            a, b = pairs >> 32, pairs & 0xFFFFFFFF
            dup = _duplicates(sigs[a], counts[a], sigs[b], counts[b])
            slow[b[dup]] = True
        results: list[Assignment | None] = [None] * n
        fresh = np.flatnonzero(~slow)
        if len(fresh):
            fe = [entries[i] for i in fresh.tolist()]
            seen_at = []
            for e in fe:
                t = _cached_time(e.fetched_at)
                if t is None:
                    t = _cached_time(e.published)
                seen_at.append(now if t is None else t)
            new_slots = self._put_many(
                [e.url_key for e in fe], b"".join(packed[12 * i: 12 * i + 12]
                                                  for i in fresh.tolist()),
                sigs[fresh], counts[fresh], [int(e.text_sha256[:16], 16) for e in fe],
                seen_at, [encode_entry(e) for e in fe])
            has_text = counts[fresh] > 0
            row_of = np.full(n, -1, dtype=np.int64)
            row_of[signed] = np.arange(len(signed))
            self.bands.add_bulk(new_slots[has_text], hashes[row_of[fresh[has_text]]])
            for i, e in zip(fresh.tolist(), fe, strict=True):
                k = e.url_key
                results[i] = Assignment(k, "new", None, 0.0, {k: (k,)}, (), {k: 1.0},
                                        {k: _single_origin(e)})
        for i in np.flatnonzero(slow).tolist():
            results[i] = assign_page(self, page_of(entries[i], sigs[i], int(counts[i]), now))
        return [r for r in results if r is not None]

    def assign_one(self, entry: PageEntry, sig: U16Array, count: int, now: float,
                   band_hashes: Sequence[int] = ()) -> Assignment:
        """``assign_page`` of one signed entry, with the common case done directly: a url
        key not in the index whose text duplicates no live page (as ``assign_bulk``'s
        "fresh" pages) is added as a new one-page document without the general algorithm
        (splits, merges, origin choice over members); every other page goes through it.

        ``band_hashes``: ``sig``'s band hashes if the caller has them (``Signature``),
        seeded into the memo that ``_band_hashes`` reads."""
        if band_hashes:
            self._memo = (sig.tobytes(), list(band_hashes))
        if self.slot_of(entry.url_key) is None:
            fresh = True
            if count > 0:
                live = self.live
                cands = np.array([s for s in self.bands.query_few(self._band_hashes(sig))
                                  if live[s]], dtype=np.int64)
                if len(cands):
                    mine = np.broadcast_to(sig, (len(cands), len(sig)))
                    fresh = not _duplicates(mine, np.full(len(cands), count, dtype=np.int64),
                                            self.sig[cands],
                                            self.shingles[cands].astype(np.int64)).any()
            if fresh:
                self._insert_absent(page_of(entry, sig, count, now))
                k = entry.url_key
                return Assignment(k, "new", None, 0.0, {k: (k,)}, (), {k: 1.0},
                                  {k: _single_origin(entry)})
        return assign_page(self, page_of(entry, sig, count, now))

    def rebuild_bands(self) -> None:
        """Rebuild the LSH table from the live signatures (drops stale entries)."""
        self.bands.reset()
        slots = np.flatnonzero(self.live[: self.size] & (self.shingles[: self.size] > 0))
        for lo in range(0, len(slots), 1 << 16):
            chunk = slots[lo: lo + (1 << 16)].astype(np.int64)
            self.bands.add_bulk(chunk, band_hashes32(band_values(self.sig[chunk])))

    def evict(self, cutoff: float) -> list[str]:
        """Drop every cluster whose newest member was seen before ``cutoff``; their doc ids."""
        n = self.size
        live = self.live[:n]
        if not live.any():
            return []
        newest = np.zeros(n, dtype=np.uint32)
        idx = np.flatnonzero(live)
        np.maximum.at(newest, self.origin[idx], self.seen[idx])
        expired = idx[newest[self.origin[idx]] < cutoff]
        if not len(expired):
            return []
        docs = sorted({self.key_of(int(self.origin[s])) for s in expired.tolist()})
        self.live[expired] = False
        self.live_count -= len(expired)
        self.keys.rebuild(self._live_slots(), self.key_hi, self.key_lo, self.live_count)
        self.rebuild_bands()
        return docs

    def to_bytes(self) -> bytes:
        """The live pages as one ``.npz`` blob (signatures as raw 16-bit arrays)."""
        idx = self._live_slots()
        new_pos = np.full(self.size, -1, dtype=np.int64)
        new_pos[idx] = np.arange(len(idx))
        lens = self.meta_len[idx].astype(np.int64)
        offsets = np.zeros(len(idx) + 1, dtype=np.uint64)
        np.cumsum(lens, out=offsets[1:])
        _, pos = _spans(self.meta_off[idx], self.meta_off[idx] + lens)
        odd = {str(int(new_pos[s])): k for s, k in self.odd.items() if self.live[s]}
        header = {"version": DEDUP_VERSION, "num_perm": NUM_PERM, "shingle_words": SHINGLE_WORDS,
                  "seed": MINHASH_SEED, "rensa": getattr(rensa.RMinHash, "ALGORITHM_VERSION", None),
                  "pages": len(idx), "odd_keys": odd}
        out = io.BytesIO()
        np.savez(out, header=np.frombuffer(json.dumps(header).encode(), dtype=np.uint8),
                 key_hi=self.key_hi[idx], key_lo=self.key_lo[idx],
                 sig=self.sig[idx], shingles=self.shingles[idx], sha=self.sha[idx],
                 seen=self.seen[idx], origin=new_pos[self.origin[idx]].astype(np.int32),
                 meta=self.meta_buf[pos], meta_offsets=offsets)
        return out.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> _EmbeddedBackend:
        """Load what ``to_bytes`` wrote (this version or version 2, whose signatures are the
        same); refuse an index built with other parameters."""
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            header = json.loads(bytes(z["header"]).decode())
            expected = {"num_perm": NUM_PERM, "shingle_words": SHINGLE_WORDS,
                        "seed": MINHASH_SEED,
                        "rensa": getattr(rensa.RMinHash, "ALGORITHM_VERSION", None)}
            version = header.get("version")
            if version not in _READABLE_VERSIONS or any(
                    header.get(k) != v for k, v in expected.items()):
                raise StoreError(
                    f"dedup index {INDEX_KEY} was built with {header}, this code needs "
                    f"{ {'version': DEDUP_VERSION, **expected} } (and reads versions "
                    f"{', '.join(_READABLE_VERSIONS)}): delete it and re-run "
                    "`newsrake reclean` to rebuild it")
            n = int(header["pages"])
            self = cls(capacity=max(1024, n))
            if version == "2":  # url keys as strings
                keys = [k.decode("ascii") for k in z["keys"].tolist()]
                packed = b"".join(map(_pack_key, keys))
                odd = {i: k for i, k in enumerate(keys)
                       if len(k) != 24 or not _HEX_KEY.fullmatch(k)}
                if n:
                    self.key_hi[:n], self.key_lo[:n] = _split_keys(packed)
            else:
                self.key_hi[:n] = z["key_hi"]
                self.key_lo[:n] = z["key_lo"]
                odd = {int(i): k for i, k in header.get("odd_keys", {}).items()}
            self.odd = odd
            self.size = self.live_count = n
            self.sig[:n] = z["sig"]
            self.shingles[:n] = z["shingles"]
            self.sha[:n] = z["sha"]
            self.seen[:n] = z["seen"]
            self.origin[:n] = z["origin"]
            self.live[:n] = True
            meta = z["meta"]
            offsets = z["meta_offsets"].astype(np.int64)
        self.meta_buf = np.zeros(max(1 << 16, len(meta)), dtype=np.uint8)
        self.meta_buf[: len(meta)] = meta
        self.meta_used = len(meta)
        self.meta_off[:n] = offsets[:-1]
        self.meta_len[:n] = np.diff(offsets)
        self.keys.rebuild(np.arange(n, dtype=np.int64), self.key_hi, self.key_lo, n)
        # Rings: members of one origin, in slot order, each pointing to the next. An index
        # whose last page was taken down or evicted has no rings to build.
        if n:
            order = np.lexsort((np.arange(n), self.origin[:n]))
            groups = self.origin[:n][order]
            nxt = np.roll(order, -1)
            first = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
            last = np.r_[first[1:] - 1, n - 1]
            nxt[last] = order[first]
            self.next[order] = nxt
        self.rebuild_bands()
        return self
