"""The embedded backend's two hash tables: LSH band buckets (``_BandTable``) and
url key -> slot (``_KeyTable``), in numpy arrays.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from crawler.index.base import U64Array
from crawler.index.signature import _GOLDEN

_DELTA_MAX = 1 << 17  # band entries held in a dict (one-page inserts) before they are sorted
_RUNS_MIN = 1 << 21  # sorted runs are merged into the main table past max(this, main / 4)
_DIRECTORY_CHUNK = 1 << 22  # sorted values read at a time to build a level's directory
_I32 = npt.NDArray[np.int32]
_I64 = npt.NDArray[np.int64]
_U32 = npt.NDArray[np.uint32]
_LOW32 = np.uint64(0xFFFFFFFF)
_SHIFT32 = np.uint64(32)
_EMPTY_U64: U64Array = np.zeros(0, dtype=np.uint64)
_WINDOW_MAX = 32  # widest directory cell read as a window by ``_Level.lookup_few``
_WINDOW = np.arange(_WINDOW_MAX, dtype=np.int64)


def _spans(lo: _I64, hi: _I64) -> tuple[_I64, _I64]:
    """For ranges ``[lo[i], hi[i])``: (range number, position) of every position in them."""
    count = hi - lo
    total = int(count.sum())
    owner = np.repeat(np.arange(len(lo), dtype=np.int64), count)
    if not total:
        return owner, owner
    starts = np.cumsum(count) - count
    pos = np.arange(total, dtype=np.int64) - np.repeat(starts - lo, count)
    return owner, pos


_Directory = npt.NDArray[np.uint32] | _I64


@dataclass(slots=True)
class _Level:
    """One sorted array of band entries and its directory: ``directory[b]`` is the first
    entry whose hash has ``b`` as its top ``bits`` bits (about four entries a cell)."""

    values: U64Array
    bits: int
    directory: _Directory

    @classmethod
    def of(cls, values: U64Array) -> _Level:
        n = len(values)
        bits = max(1, min(28, (n // 2).bit_length() - 1))
        shift = np.uint64(64 - bits)
        # Positions fit 32 bits below 4 G entries (100 M pages): half the directory's size.
        directory: _Directory = (np.zeros((1 << bits) + 1, dtype=np.uint32) if n < 2**32
                                 else np.zeros((1 << bits) + 1, dtype=np.int64))
        # Built chunk by chunk of the sorted values, each chunk's cells being one range:
        # a full-size int64 count array (and its int64 cumulative sum) would be a
        # transient 3x the directory at every merge into the main level (about 190 bytes
        # a document at 1 M documents), which is what the peak memory figure measures.
        done = 0
        filled = 0  # directory cells [0, filled] are final
        for lo in range(0, n, _DIRECTORY_CHUNK):
            chunk = (values[lo: lo + _DIRECTORY_CHUNK] >> shift).astype(np.intp)
            first, last = int(chunk[0]), int(chunk[-1])
            # Cells up to ``first`` start at ``done``; cells within the chunk by its counts.
            directory[filled + 1: first + 1] = done
            counts = np.bincount(chunk - first, minlength=last - first + 1)
            np.cumsum(counts, out=counts)
            directory[first + 1: last + 2] = done + counts
            done += len(chunk)
            filled = last + 1
        directory[filled + 1:] = done
        return cls(values, bits, directory)

    def lookup(self, h64: U64Array) -> tuple[_I64, U64Array]:
        """Entries whose hash is one of ``h64`` (hashes as uint64): (query index, entry)."""
        bucket = (h64 >> np.uint64(32 - self.bits)).astype(np.intp)
        q, pos = _spans(self.directory[bucket].astype(np.int64),
                        self.directory[bucket + 1].astype(np.int64))
        values = self.values[pos]
        hit = (values >> _SHIFT32) == h64[q]
        return q[hit], values[hit]

    def lookup_few(self, h64: U64Array) -> U64Array:
        """``lookup`` for one page's few hashes, entries only: each hash's cell read as a
        fixed-width window (the widest cell among them) in one gather, where the general
        path's per-range positions (``_spans``: repeat, cumsum) cost more (18.5 against
        23.5 us a level of 4.2 M entries, 21 against 24 at 42 M: a microbenchmark of the
        two, 2026-12-08; within the noise of a whole ``assign``). Entries past a
        cell belong to other cells and fail the hash test; a crowded cell (many pages
        sharing a band) takes the general path rather than a wide window for every hash.
        May repeat an entry (the clipped last one): callers collect slots in a set."""
        bucket = (h64 >> np.uint64(32 - self.bits)).astype(np.intp)
        lo = self.directory[bucket]
        width = int((self.directory[bucket + 1] - lo).max()) if len(lo) else 0
        if not width:
            return _EMPTY_U64
        if width > _WINDOW_MAX:
            return self.lookup(h64)[1]
        values: U64Array = self.values.take(lo[:, None] + _WINDOW[:width].astype(lo.dtype),
                                            mode="clip")
        found: U64Array = values[(values >> _SHIFT32) == h64[:, None]]
        return found

    @property
    def nbytes(self) -> int:
        return int(self.values.nbytes + self.directory.nbytes)


class _BandTable:
    """LSH buckets without a Python object per entry: ``band hash << 32 | slot`` in uint64 arrays.

    Sorted levels, each with a directory on the top bits of the hash (a lookup reads one
    directory cell and a few entries): a main level and one smaller run (every bulk insert
    or spill is merged into it; it joins the main level once it holds a quarter of it),
    and a dict of recent one-page inserts. 8 bytes per band
    entry plus 4 bytes per directory cell (about one cell per four entries). Removed
    pages leave stale entries; candidates are checked against live pages, and ``reset``
    + re-adding drops them.
    """

    def __init__(self) -> None:
        self.main = _Level.of(_EMPTY_U64)
        self.runs: list[_Level] = []
        # Recent one-page inserts: hash -> first slot, and hash -> further slots (rare).
        self.delta: dict[int, int] = {}
        self.delta_more: dict[int, list[int]] = {}
        self.delta_entries = 0
        self.stale = 0

    @property
    def entries(self) -> int:
        return (len(self.main.values) + sum(len(r.values) for r in self.runs)
                + self.delta_entries)

    def nbytes(self) -> int:
        return self.main.nbytes + sum(r.nbytes for r in self.runs)

    def reset(self) -> None:
        self.__init__()  # type: ignore[misc]

    # inserts ----------------------------------------------------------------------------
    def add(self, slot: int, hashes: Iterable[int]) -> None:
        """One page (the per-page path)."""
        hashes = list(hashes)
        taken = self.delta.keys() & hashes
        if taken:
            for h in hashes:
                if h in taken:
                    self.delta_more.setdefault(h, []).append(slot)
                else:
                    self.delta[h] = slot
        else:
            self.delta.update(zip(hashes, itertools.repeat(slot)))
        self.delta_entries += len(hashes)
        if self.delta_entries >= _DELTA_MAX:
            self.spill()

    def add_bulk(self, slots: _I64, hashes: _U32) -> None:
        """Many pages at once (``hashes`` is ``len(slots) x LSH_BANDS``)."""
        if not len(slots):
            return
        packed = (hashes.astype(np.uint64) << _SHIFT32) | slots.astype(np.uint64)[:, None]
        run = packed.reshape(-1)
        run.sort()
        self._push(run)

    def spill(self) -> None:
        """Sort the one-page inserts into a run."""
        if not self.delta:
            return
        more = [(h, s) for h, v in self.delta_more.items() for s in v]
        keys = np.fromiter(itertools.chain(self.delta.keys(), (h for h, _ in more)),
                           dtype=np.uint64)
        slots = np.fromiter(itertools.chain(self.delta.values(), (s for _, s in more)),
                            dtype=np.uint64)
        self.delta = {}
        self.delta_more = {}
        self.delta_entries = 0
        run = (keys << _SHIFT32) | slots
        run.sort()
        self._push(run)

    @staticmethod
    def _merge(parts: Sequence[U64Array]) -> U64Array:
        out = np.concatenate(parts)
        out.sort(kind="stable")  # timsort: merges the sorted runs in linear time
        return out

    def _merge_into_main(self, runs: list[U64Array]) -> U64Array:
        """The main level's values with ``runs`` merged in, without a second full copy.

        ``np.concatenate`` would hold the old main level and the merged one at once
        (twice the table: the peak of the bulk build). Instead the main array is grown in
        place (``ndarray.resize``: realloc, which for a block this size remaps pages
        rather than copying them), the runs are copied to its tail and the stable sort
        (timsort, which finds the two sorted runs and merges them with a buffer the size
        of the smaller) finishes it: peak about main + 2 x runs, runs <= main / 4.
        """
        values = self.main.values
        self.main = _Level.of(_EMPTY_U64)  # drop the level's reference: resize checks it
        tail = self._merge(runs) if len(runs) > 1 else runs[0]
        runs.clear()
        n = len(values)
        try:
            if not n or not values.flags.owndata:  # the shared empty array, or a view
                raise ValueError("not resizable")
            values.resize(n + len(tail), refcheck=True)
        except ValueError:  # a view or referenced elsewhere: merge by copying
            return self._merge((values, tail))
        values[n:] = tail
        del tail
        values.sort(kind="stable")
        return values

    def _push(self, run: U64Array) -> None:
        # One run beside the main level: every level costs a per-page query one more
        # directory lookup (about 24 us of numpy calls). Merged like a binary counter, an
        # index of 1 M documents held about six runs and the per-page ``assign`` ran at
        # 6,500 pages/s against 9,900 at 200 k. With one, each spill (every 3,120
        # one-page inserts) is merged into it, a linear pass over at most main / 4 entries.
        # The old run is dropped before the merge into the main level, and ``merged`` is
        # handed over in a list that ``_merge_into_main`` empties: while the main array is
        # resized and sorted, neither the old run nor a second reference to the merged
        # one stays alive (they were main + 4 x run at that moment, 1,072 bytes a document
        # at 1 M documents, against main + 2 x run).
        parts = [r.values for r in self.runs] + [run]
        self.runs = []
        del run
        box = [self._merge(parts) if len(parts) > 1 else parts[0]]
        parts.clear()
        if len(box[0]) > max(_RUNS_MIN, len(self.main.values) // 4):
            self.main = _Level.of(self._merge_into_main(box))
        else:
            self.runs = [_Level.of(box[0])]

    # lookups ----------------------------------------------------------------------------
    def query(self, hashes: _U32) -> tuple[_I64, _I64]:
        """Every stored entry sharing a hash with ``hashes`` (flat): (query index, slot)."""
        # Sorted queries walk the tables in order (cache-friendly); sorting the values
        # with their index in the low bits is cheaper than an argsort.
        packed = (hashes.astype(np.uint64) << _SHIFT32) | np.arange(len(hashes),
                                                                   dtype=np.uint64)
        packed.sort()
        h64 = packed >> _SHIFT32
        order = (packed & _LOW32).astype(np.int64)
        owners: list[_I64] = []
        slots: list[_I64] = []
        for level in (self.main, *self.runs):
            if len(level.values):
                q, values = level.lookup(h64)
                owners.append(order[q])
                slots.append((values & _LOW32).astype(np.int64))
        if self.delta:
            extra_q: list[int] = []
            extra_s: list[int] = []
            for i, h in enumerate(hashes.tolist()):
                for s in self._delta_slots(h):
                    extra_q.append(i)
                    extra_s.append(s)
            owners.append(np.array(extra_q, dtype=np.int64))
            slots.append(np.array(extra_s, dtype=np.int64))
        if not owners:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty
        return np.concatenate(owners), np.concatenate(slots)

    def query_few(self, hashes: Sequence[int]) -> set[int]:
        """Slots sharing a hash with a few ``hashes`` (one page's bands)."""
        h64 = np.array(hashes, dtype=np.uint64)
        found = [level.lookup_few(h64) for level in (self.main, *self.runs)
                 if len(level.values)]
        out: set[int] = set()
        if found:
            out.update((np.concatenate(found) & _LOW32).tolist())
        for h in self.delta.keys() & hashes:
            out.update(self._delta_slots(h))
        return out

    def _delta_slots(self, h: int) -> list[int]:
        first = self.delta.get(h)
        if first is None:
            return []
        return [first, *self.delta_more.get(h, ())]


class _KeyTable:
    """Url key -> slot: open addressing over the packed keys, no Python object per page.

    ``table`` holds slots (-1 empty, -2 removed); the probe starts at a Fibonacci hash of
    the key's first 8 bytes. At most half full, so a lookup reads one or two cells.
    """

    _EMPTY, _GONE = -1, -2

    def __init__(self, bits: int = 10) -> None:
        self.bits = bits
        self.table: _I32 = np.full(1 << bits, -1, dtype=np.int32)
        self.filled = 0  # cells that are not empty (live or removed)

    def nbytes(self) -> int:
        return int(self.table.nbytes)

    def _start(self, hi: U64Array) -> _I64:
        return ((hi * _GOLDEN) >> np.uint64(64 - self.bits)).astype(np.int64)

    def _start_one(self, hi: int) -> int:
        return ((hi * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF) >> (64 - self.bits)

    def find_one(self, hi: int, lo: int, key_hi: U64Array, key_lo: _U32) -> int:
        mask = (1 << self.bits) - 1
        pos = self._start_one(hi)
        table = self.table
        while True:
            slot = int(table[pos])
            if slot == -1:
                return -1
            if slot >= 0 and int(key_hi[slot]) == hi and int(key_lo[slot]) == lo:
                return slot
            pos = (pos + 1) & mask

    def _probe(self, hi: U64Array, lo: _U32, key_hi: U64Array, key_lo: _U32
               ) -> tuple[_I64, _I64]:
        """(slot or -1, cell of the slot) of each key."""
        mask = (1 << self.bits) - 1
        pos = self._start(hi)
        found = np.full(len(hi), -1, dtype=np.int64)
        cell = np.full(len(hi), -1, dtype=np.int64)
        todo = np.arange(len(hi), dtype=np.int64)
        while len(todo):
            p = pos[todo]
            slot = self.table[p].astype(np.int64)
            safe = np.maximum(slot, 0)
            hit = (slot >= 0) & (key_hi[safe] == hi[todo]) & (key_lo[safe] == lo[todo])
            found[todo[hit]] = slot[hit]
            cell[todo[hit]] = p[hit]
            todo = todo[~hit & (slot != -1)]
            pos[todo] = (pos[todo] + 1) & mask
        return found, cell

    def find(self, hi: U64Array, lo: _U32, key_hi: U64Array, key_lo: _U32) -> _I64:
        return self._probe(hi, lo, key_hi, key_lo)[0]

    def insert(self, slots: _I64, key_hi: U64Array, key_lo: _U32, live: _I64) -> None:
        """Add keys known to be absent (``live``: every live slot, new ones included, used
        when the table must grow)."""
        if (self.filled + len(slots)) * 2 > len(self.table):
            self.rebuild(live, key_hi, key_lo, len(live))
        else:
            self._place(slots, key_hi)

    def _place(self, slots: _I64, key_hi: U64Array) -> None:
        mask = (1 << self.bits) - 1
        pos = self._start(key_hi[slots])
        todo = np.arange(len(slots), dtype=np.int64)
        while len(todo):
            p = pos[todo]
            free = self.table[p] < 0
            cells, first = np.unique(p[free], return_index=True)
            winners = todo[free][first]
            self.filled += int((self.table[cells] == -1).sum())
            self.table[cells] = slots[winners]
            placed = np.zeros(len(slots), dtype=np.bool_)
            placed[winners] = True
            todo = todo[~placed[todo]]
            pos[todo] = (pos[todo] + 1) & mask

    def rebuild(self, slots: _I64, key_hi: U64Array, key_lo: _U32, live: int) -> None:
        """Re-create the table for ``slots`` (all live pages), sized for growth."""
        self.bits = max(10, int(2 * max(live, 1) - 1).bit_length())
        self.table = np.full(1 << self.bits, -1, dtype=np.int32)
        self.filled = 0
        self._place(slots, key_hi)

    def insert_one(self, slot: int, hi: int) -> None:
        """Add one key known to be absent (the caller keeps the table at most half full)."""
        mask = (1 << self.bits) - 1
        pos = self._start_one(hi)
        table = self.table
        while table[pos] >= 0:
            pos = (pos + 1) & mask
        if table[pos] == self._EMPTY:
            self.filled += 1
        table[pos] = slot

    def remove(self, hi: int, lo: int, key_hi: U64Array, key_lo: _U32) -> None:
        found, cell = self._probe(np.array([hi], dtype=np.uint64),
                                  np.array([lo], dtype=np.uint32), key_hi, key_lo)
        if found[0] >= 0:
            self.table[cell[0]] = self._GONE
