"""The duplicate index: which stored pages carry the same text, and which of them is the origin.

``DedupIndex.assign`` places one cleaned page into a cluster (a canonical document)
and says which documents' membership changed, so ingest can re-render them.

How a page is matched (docs/dedup.md has the long version):

1. Signature: the cleaned text is normalised like ``cleaners.fingerprint`` (NFKC,
   case-folded words), cut into ``SHINGLE_WORDS``-word shingles, and sketched with
   rensa's MinHash (``NUM_PERM`` permutations, kept as 16-bit values).
2. Candidates: LSH over ``LSH_BANDS`` bands of ``LSH_ROWS`` values; a page is a
   candidate when it shares at least one band.
3. Verification: estimated Jaccard >= ``JACCARD_MIN``, or estimated containment of
   the shorter text in the longer >= ``CONTAINMENT_MIN`` (a truncated copy).
4. Clusters are the connected components of "candidate and verified". That relation
   is a pure function of two signatures, so the components, and therefore the
   clusters, do not depend on the order pages arrived in.
5. The origin of a cluster is chosen by ``choose_origin`` from the members alone, and
   the document id is the origin's url key: the same final set of pages always gives
   the same documents with the same ids.

Two backends: ``EmbeddedIndex`` (in memory, persisted in the store under
``index/dedup/``) and ``RedisIndex`` (crawler/dedup_redis.py, shared by several
workers). Both run the same clustering code over a small backend interface.
"""

from __future__ import annotations

import functools
import hashlib
import io
import itertools
import json
import logging
import math
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit

import numpy as np
import numpy.typing as npt
import rensa

from crawler.store import NotFound, PreconditionFailed, Store, StoreError

logger = logging.getLogger(__name__)

INDEX_KEY = "index/dedup/state.npz"
DEDUP_VERSION = "3"

# --- calibrated constants ------------------------------------------------------------------
# Tuned on tests/fixtures/syndication (52 stories incl. 10 rewrites, 205 pages; short stories of
# ~170 words, so every edit weighs more than on a real article). There, the least similar
# duplicate pair (copy vs copy, both edited) scores Jaccard 0.48 / containment 0.69; the most
# similar non-duplicate pair (two excerpts sharing a disclaimer) 0.13 / 0.25, and a rewrite of
# the same event at most 0.09 / 0.16. The thresholds sit inside that gap, nearer the
# non-duplicates because clusters are connected through the origin as well.

#: Words per shingle. 5 keeps rewrites (same names and numbers, other sentences) apart; a
#: typo fix costs only 5 shingles.
SHINGLE_WORDS = 5
#: MinHash permutations; with 16-bit values the Jaccard estimate has s.e. <= 0.045.
NUM_PERM = 128
#: LSH banding: 42 bands x 3 rows (126 of the 128 values). Probability that a pair becomes a
#: candidate: 0.94 at Jaccard 0.4, 0.996 at 0.5, 0.99998 at 0.6 - low enough to find truncated
#: copies, which have a lower Jaccard than their containment.
LSH_BANDS = 42
LSH_ROWS = 3
#: Verified duplicate when the estimated Jaccard reaches this...
JACCARD_MIN = 0.4
#: ...or when the shorter text is this much contained in the longer (a truncated copy).
CONTAINMENT_MIN = 0.6
#: Containment only counts for texts of at least this many shingles: a 10-word brief is not
#: a "copy" of every article that quotes it.
CONTAINMENT_MIN_SHINGLES = 40
#: Seed of rensa's permutations. Changing it (or NUM_PERM, SHINGLE_WORDS) invalidates a
#: persisted index: DEDUP_VERSION records the choice.
MINHASH_SEED = 0x6E72
#: Default eviction window in days.
DEFAULT_WINDOW_DAYS = 30

_U16 = 1 << 16
_B_BIT_NOISE = 1.0 / _U16  # chance that two unrelated 16-bit minhash values are equal


# --- records --------------------------------------------------------------------------------

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


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where a page went, why, and which documents must be re-rendered.

    ``rule`` is one of "new", "unchanged", "same-url-update", "exact", "near-duplicate",
    "containment", "removed". ``members`` maps every document whose membership or origin
    changed to its url keys; ``removed`` lists documents that no longer exist (absorbed
    by a merge, renamed because their origin changed, or left with no members).
    ``similarity`` gives, for every url key in ``members``, its similarity to its
    document's origin (1.0 for the origin); ``origins`` the origin choice per document.
    """

    doc_id: str
    rule: str
    matched_doc: str | None
    score: float
    members: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # doc_id -> url_keys
    removed: tuple[str, ...] = ()
    similarity: Mapping[str, float] = field(default_factory=dict)  # url_key -> score
    origins: Mapping[str, OriginChoice] = field(default_factory=dict)  # doc_id -> origin
    jaccard: float | None = None  # estimated Jaccard with the matched page
    containment: float | None = None  # estimated containment with the matched page

    def provenance(self) -> dict[str, Any]:
        """The decision as a provenance detail."""
        detail: dict[str, Any] = {"doc_id": self.doc_id, "rule": self.rule,
                                  "matched_doc": self.matched_doc, "score": round(self.score, 4),
                                  "method": "minhash-lsh", "version": DEDUP_VERSION}
        if self.jaccard is not None:
            detail["jaccard"] = round(self.jaccard, 4)
        if self.containment is not None:
            detail["containment"] = round(self.containment, 4)
        origin = self.origins.get(self.doc_id)
        if origin is not None:
            detail["origin"] = origin.url_key
            detail["origin_rule"] = origin.rule
        return detail

    def sources(self, doc_id: str) -> list[dict[str, Any]]:
        """``[{url_key, role, similarity}]`` of one affected document, origin first."""
        origin = self.origins.get(doc_id)
        keys = sorted(self.members.get(doc_id, ()),
                      key=lambda k: (origin is None or k != origin.url_key, k))
        return [{"url_key": k, "role": "origin" if origin and k == origin.url_key else "copy",
                 "similarity": round(self.similarity.get(k, 1.0), 4)} for k in keys]


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


# --- signatures -----------------------------------------------------------------------------

U16Array = npt.NDArray[np.uint16]
U64Array = npt.NDArray[np.uint64]

_WORD = re.compile(r"\w+", re.UNICODE)
# ASCII fast path: word characters kept (upper case folded), everything else becomes a space.
# Equal to cleaners.fingerprint.normalise_text on ASCII text, where \w is [A-Za-z0-9_].
_ASCII_TABLE = bytes(
    (c + 32 if 65 <= c <= 90 else c)
    if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c == 95 or c >= 128) else 32
    for c in range(256))
_LOW_BYTES = np.array([0] + [(1 << (8 * i)) - 1 for i in range(1, 8)] + [(1 << 64) - 1],
                      dtype=np.uint64)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


_M1 = np.uint64(0x7FB5D329728EA185)
_M2 = np.uint64(0x81DADEF4BC2DD44D)
_S31, _S27, _S33 = np.uint64(31), np.uint64(27), np.uint64(33)
#: Texts hashed together by ``signatures``: big enough to amortise numpy's per-call cost,
#: small enough that the temporaries stay in cache (larger batches are slower per text).
_SIGNATURE_CHUNK = 256


def _mix(x: U64Array) -> U64Array:
    """splitmix64's finaliser: a stable, well-spread 64-bit hash of 64-bit values."""
    x = x ^ (x >> np.uint64(31))
    x = x * np.uint64(0x7FB5D329728EA185)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x81DADEF4BC2DD44D)
    return x ^ (x >> np.uint64(33))


def _mix_inplace(x: U64Array, tmp: U64Array) -> U64Array:
    """``_mix`` computed in place (``tmp``: scratch of the same length)."""
    np.right_shift(x, _S31, out=tmp)
    np.bitwise_xor(x, tmp, out=x)
    np.multiply(x, _M1, out=x)
    np.right_shift(x, _S27, out=tmp)
    np.bitwise_xor(x, tmp, out=x)
    np.multiply(x, _M2, out=x)
    np.right_shift(x, _S33, out=tmp)
    np.bitwise_xor(x, tmp, out=x)
    return x


def _normalised_bytes(text: str) -> bytes:
    if text.isascii():
        return text.encode("ascii")
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold())).encode("utf-8")


def shingle_hashes(texts: Sequence[str]) -> tuple[U64Array, npt.NDArray[np.int64]]:
    """Stable 64-bit hashes of the word shingles of ``texts``, flat, with per-text counts.

    Vectorised over the whole batch: words are found with one byte-table pass, a word
    is hashed from its first and last 8 bytes and its length, and a shingle from its
    ``SHINGLE_WORDS`` word hashes. Texts shorter than a shingle give one shingle of all
    their words; empty texts give none.
    """
    n_docs = len(texts)
    if not n_docs:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    parts = [_normalised_bytes(t) for t in texts]
    lens = np.fromiter(map(len, parts), dtype=np.int64, count=n_docs)
    buf = (b" " + b"  ".join(parts) + b" " * 9).translate(_ASCII_TABLE)
    doc_start = np.empty(n_docs, dtype=np.int64)
    doc_start[0] = 1
    np.cumsum(lens[:-1] + 2, out=doc_start[1:])
    doc_start[1:] += 1
    b = np.frombuffer(buf, dtype=np.uint8)
    in_word = b != 32
    edges = np.flatnonzero(in_word[1:] != in_word[:-1]) + 1
    ws, we = edges[0::2], edges[1::2]
    length = we - ws
    # Every byte offset as an unaligned little-endian 64-bit load (the buffer has 9 bytes
    # of padding, so a load never runs past it).
    loads = np.ndarray(shape=(len(b) - 7,), dtype="<u8", buffer=buf, strides=(1,))
    mask = _LOW_BYTES[np.minimum(length, 8)]
    first = loads[ws] & mask
    last = loads[np.maximum(we - 8, ws)] & mask
    tmp = np.empty(len(ws), dtype=np.uint64)
    words = length.astype(np.uint64)
    np.multiply(words, _GOLDEN, out=words)
    np.add(words, last, out=words)
    _mix_inplace(words, tmp)
    np.bitwise_xor(words, first, out=words)
    _mix_inplace(words, tmp)
    per_doc = np.diff(np.searchsorted(ws, doc_start), append=len(ws)).astype(np.int64)
    word_doc = np.repeat(np.arange(n_docs, dtype=np.int64), per_doc)
    k = SHINGLE_WORDS
    n = len(words)
    if n >= k:
        m = n - k + 1
        sh = words[:m].copy()
        scratch = tmp[:m]
        for i in range(1, k):
            np.multiply(sh, np.uint64(31), out=sh)
            np.add(sh, words[i: m + i], out=sh)
            _mix_inplace(sh, scratch)
        valid = word_doc[:m] == word_doc[k - 1:]
        sh, sh_doc = sh[valid], word_doc[:m][valid]
    else:
        sh, sh_doc = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    # Texts with 1..k-1 words: one shingle of all their words.
    short = np.flatnonzero((per_doc > 0) & (per_doc < k))
    if len(short):
        word_start = np.concatenate(([0], np.cumsum(per_doc)[:-1]))
        extra = np.empty(len(short), dtype=np.uint64)
        for j, d in enumerate(short.tolist()):
            h = np.array([per_doc[d]], dtype=np.uint64)  # arrays wrap silently, scalars warn
            for w in range(word_start[d], word_start[d] + per_doc[d]):
                h = _mix(h * np.uint64(31) + words[w: w + 1])
            extra[j] = h[0]
        sh = np.concatenate((sh, extra))
        sh_doc = np.concatenate((sh_doc, short.astype(np.int64)))
        order = np.argsort(sh_doc, kind="stable")
        sh, sh_doc = sh[order], sh_doc[order]
    counts = np.bincount(sh_doc, minlength=n_docs).astype(np.int64)
    return sh, counts


def signatures(texts: Sequence[str]) -> tuple[U16Array, npt.NDArray[np.int64]]:
    """MinHash signatures (``len(texts) x NUM_PERM``, 16-bit) and shingle counts."""
    n = len(texts)
    sigs = np.empty((n, NUM_PERM), dtype=np.uint16)
    counts = np.empty(n, dtype=np.int64)
    for lo in range(0, n, _SIGNATURE_CHUNK):
        chunk = texts[lo: lo + _SIGNATURE_CHUNK]
        hashes, c = shingle_hashes(chunk)
        offsets = np.zeros(len(chunk) + 1, dtype=np.uint64)
        np.cumsum(c, out=offsets[1:])
        matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(
            hashes, offsets, NUM_PERM, MINHASH_SEED)
        # b-bit MinHash (Li & König): the low 16 bits keep the estimate (bias 2**-16) at
        # half the memory.
        rows = np.asarray(matrix.to_rows(), dtype=np.uint32).reshape(len(chunk), NUM_PERM)
        sigs[lo: lo + len(chunk)] = rows
        counts[lo: lo + len(chunk)] = c
    return sigs, counts


def band_values(sigs: U16Array) -> U64Array:
    """The 48-bit value of each LSH band: ``rows x LSH_BANDS``."""
    s = sigs[:, : LSH_BANDS * LSH_ROWS].astype(np.uint64).reshape(len(sigs), LSH_BANDS, LSH_ROWS)
    out = np.zeros((len(sigs), LSH_BANDS), dtype=np.uint64)
    for r in range(LSH_ROWS):
        out = (out << np.uint64(16)) | s[:, :, r]
    return out


def band_hashes32(bands: U64Array) -> npt.NDArray[np.uint32]:
    """32-bit table keys of band values (band number mixed in); collisions are verified."""
    idx = np.arange(LSH_BANDS, dtype=np.uint64) << np.uint64(48)
    return (_mix(bands ^ idx) >> np.uint64(32)).astype(np.uint32)


@dataclass(frozen=True, slots=True)
class Similarity:
    """How alike two signatures are."""

    jaccard: float
    containment: float
    candidate: bool  # shares at least one LSH band

    @property
    def duplicate(self) -> bool:
        """The verified-duplicate relation clusters are built on."""
        return self.candidate and (self.jaccard >= JACCARD_MIN
                                   or self.containment >= CONTAINMENT_MIN)

    @property
    def score(self) -> float:
        """One number for "how much of a copy": the larger of Jaccard and containment."""
        return max(self.jaccard, self.containment)


def compare(sig_a: U16Array, n_a: int, sigs_b: U16Array, n_b: npt.NDArray[np.int64]
            ) -> list[Similarity]:
    """Similarity of one signature to each row of ``sigs_b`` (symmetric in a and b)."""
    if len(sigs_b) == 0:
        return []
    eq = sigs_b == sig_a[None, :]
    frac = eq.mean(axis=1)
    jac = np.clip((frac - _B_BIT_NOISE) / (1.0 - _B_BIT_NOISE), 0.0, 1.0)
    bands = eq[:, : LSH_BANDS * LSH_ROWS].reshape(len(sigs_b), LSH_BANDS, LSH_ROWS).all(axis=2)
    cand = bands.any(axis=1)
    out: list[Similarity] = []
    for j, c, nb in zip(jac.tolist(), cand.tolist(), n_b.tolist(), strict=True):
        small = min(n_a, nb)
        if n_a == 0 or nb == 0:
            out.append(Similarity(0.0, 0.0, False))
            continue
        contained = 0.0
        if small >= CONTAINMENT_MIN_SHINGLES:
            # |A n B| = J / (1 + J) * (|A| + |B|)
            contained = min(1.0, j / (1.0 + j) * (n_a + nb) / small)
        out.append(Similarity(float(j), contained, bool(c)))
    return out


def components(keys: Sequence[str], sigs: U16Array, counts: npt.NDArray[np.int64]
               ) -> list[list[str]]:
    """Connected components of the duplicate relation among ``keys`` (pairwise, vectorised)."""
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(keys) - 1):
        sims = compare(sigs[i], int(counts[i]), sigs[i + 1:], counts[i + 1:])
        for off, s in enumerate(sims):
            if s.duplicate:
                a, b = find(i), find(i + 1 + off)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[int, list[str]] = {}
    for i, k in enumerate(keys):
        groups.setdefault(find(i), []).append(k)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


# --- origin choice --------------------------------------------------------------------------

_TRACKING = ("utm_", "fbclid", "gclid", "mc_", "ref", "cmpid")


def normalise_url(url: str) -> str:
    """A URL compared loosely: no scheme, no ``www.``, no trailing slash, no tracking query."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING)]
    path = parts.path.rstrip("/") or ""
    return host + path + ("?" + urlencode(sorted(query)) if query else "")


def _name(value: str | None) -> str:
    return "".join(ch for ch in (value or "").casefold() if ch.isalnum())


def _site_is_agency(member: Member, agency: str) -> bool:
    """Whether ``member`` is published by ``agency`` (site name or host label)."""
    wanted = _name(agency)
    if not wanted:
        return False
    if member.site and _name(member.site) == wanted:
        return True
    host = (urlsplit(member.url).hostname or "").lower().removeprefix("www.")
    labels = host.split(".")[:-1] or host.split(".")
    return any(_name(label) == wanted for label in labels)


def parse_time(value: str | None) -> float | None:
    """Seconds since the epoch of an ISO 8601 date or datetime (naive = UTC), or None."""
    if not value:
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


@functools.lru_cache(maxsize=4096)
def _cached_time(value: str | None) -> float | None:
    """``parse_time`` for the per-page hot path (pages of one feed share their times)."""
    return parse_time(value)


def _when(member: Member) -> float:
    stamp = _cached_time(member.published)
    if stamp is None:
        stamp = _cached_time(member.fetched_at)
    return math.inf if stamp is None else stamp


def _earliest(members: Iterable[Member]) -> Member:
    return min(members, key=lambda m: (_when(m), m.url_key))


def choose_origin(members: Sequence[Member]) -> OriginChoice:
    """The origin of a cluster, from its members alone (so arrival order does not matter).

    In order: the member the others point to (origin hints, followed to the end of a
    chain); a member published by the wire agency the copies credit; among members that
    carry the credit themselves and point nowhere else, the earliest; else the earliest
    published (fetch time when no date), preferring members that point nowhere else.
    Ties break on the url key.
    """
    if not members:
        raise ValueError("choose_origin needs at least one member")
    if len(members) == 1:  # nothing to point to: only the credit rules can apply
        m = members[0]
        if m.wire_credit:
            if _site_is_agency(m, m.wire_credit):
                return OriginChoice(m.url_key, "wire-agency-site")
            if not m.origin_hints:
                return OriginChoice(m.url_key, "wire-credit")
        return OriginChoice(m.url_key, "earliest-published")
    by_url = {normalise_url(m.url): m for m in sorted(members, key=lambda m: m.url_key)}

    def target(m: Member) -> Member | None:
        for hint in m.origin_hints:
            other = by_url.get(normalise_url(hint))
            if other is not None and other.url_key != m.url_key:
                return other
        return None

    votes: dict[str, int] = {}
    for m in members:
        seen = {m.url_key}
        node = target(m)
        final: Member | None = None
        while node is not None and node.url_key not in seen:
            final = node
            seen.add(node.url_key)
            node = target(node)
        if final is not None:
            votes[final.url_key] = votes.get(final.url_key, 0) + 1
    if votes:
        keyed = {m.url_key: m for m in members}
        best = min(votes, key=lambda k: (-votes[k], _when(keyed[k]), k))
        return OriginChoice(best, "pointed-to")
    agencies = sorted({m.wire_credit for m in members if m.wire_credit})
    if agencies:
        at_agency = [m for m in members if any(_site_is_agency(m, a) for a in agencies)]
        if at_agency:
            return OriginChoice(_earliest(at_agency).url_key, "wire-agency-site")
        carriers = [m for m in members if m.wire_credit and not m.origin_hints]
        if carriers:
            return OriginChoice(_earliest(carriers).url_key, "wire-credit")
    unpointing = [m for m in members if not m.origin_hints]
    return OriginChoice(_earliest(unpointing or members).url_key, "earliest-published")


# --- the clustering algorithm, over a backend ----------------------------------------------

@dataclass(slots=True)
class StoredPage:
    """A page as a backend keeps it."""

    url_key: str
    sig: U16Array
    shingles: int
    sha: int  # first 64 bits of text_sha256
    seen: float  # activity time for the window (fetched_at, else published)
    member: Member
    doc_id: str = ""


class Backend(Protocol):
    """What the clustering algorithm needs from a storage backend (called under its lock)."""

    def page(self, url_key: str) -> StoredPage | None:
        """One page, or None."""
        ...

    def pages(self, url_keys: Iterable[str]) -> list[StoredPage]:
        """Several pages (absent ones are skipped)."""
        ...

    def candidates(self, sig: U16Array) -> set[str]:
        """Url keys that may share an LSH band with ``sig`` (false positives allowed)."""
        ...

    def doc_members(self, doc_id: str) -> list[str]:
        """The url keys of a document."""
        ...

    def insert(self, page: StoredPage) -> None:
        """Add a page (signature and metadata; cluster set later by ``set_clusters``)."""
        ...

    def update_member(self, page: StoredPage) -> None:
        """Replace a page's metadata (same text)."""
        ...

    def delete(self, url_key: str) -> None:
        """Remove a page."""
        ...

    def set_clusters(self, clusters: Mapping[str, Sequence[str]], dropped: Iterable[str]) -> None:
        """Write the membership of the given documents; forget the ``dropped`` ones."""
        ...


def page_of(entry: PageEntry, sig: U16Array, shingles: int, now: float) -> StoredPage:
    """The stored form of a page entry."""
    seen = _cached_time(entry.fetched_at)
    if seen is None:
        seen = _cached_time(entry.published)
    member = Member(entry.url_key, entry.url, entry.site, entry.published, entry.fetched_at,
                    tuple(entry.origin_hints), entry.wire_credit)
    return StoredPage(entry.url_key, sig, shingles, int(entry.text_sha256[:16], 16),
                      now if seen is None else seen, member)


def _split(backend: Backend, doc_id: str, without: str) -> list[list[str]]:
    """The components a document falls into once ``without`` leaves it."""
    rest = [k for k in backend.doc_members(doc_id) if k != without]
    if not rest:
        return []
    pages = backend.pages(rest)
    pages.sort(key=lambda p: p.url_key)
    return components([p.url_key for p in pages], np.stack([p.sig for p in pages]),
                      np.array([p.shingles for p in pages], dtype=np.int64))


_Outcome = tuple[dict[str, tuple[str, ...]], tuple[str, ...], dict[str, float],
                 dict[str, OriginChoice], dict[str, str]]


def _finish(backend: Backend, groups: list[list[str]], old_docs: set[str],
            fresh: dict[str, StoredPage]) -> _Outcome:
    """Choose origins, name documents, write clusters; return what changed."""
    members: dict[str, tuple[str, ...]] = {}
    similarity: dict[str, float] = {}
    origins: dict[str, OriginChoice] = {}
    doc_of: dict[str, str] = {}
    for group in groups:
        pages = [fresh.get(k) for k in group]
        missing = [k for k, p in zip(group, pages, strict=True) if p is None]
        loaded = {p.url_key: p for p in backend.pages(missing)}
        full = [p if p is not None else loaded[k] for k, p in zip(group, pages, strict=True)]
        choice = choose_origin([p.member for p in full])
        origin = next(p for p in full if p.url_key == choice.url_key)
        others = [p for p in full if p.url_key != choice.url_key]
        sims = compare(origin.sig, origin.shingles,
                       np.stack([p.sig for p in others]) if others
                       else np.zeros((0, NUM_PERM), dtype=np.uint16),
                       np.array([p.shingles for p in others], dtype=np.int64))
        similarity[origin.url_key] = 1.0
        for p, s in zip(others, sims, strict=True):
            similarity[p.url_key] = 1.0 if p.sha == origin.sha else round(s.score, 4)
        members[choice.url_key] = tuple(sorted(group))
        origins[choice.url_key] = choice
        for k in group:
            doc_of[k] = choice.url_key
    removed = tuple(sorted(old_docs - set(members)))
    backend.set_clusters(members, removed)
    return members, removed, similarity, origins, doc_of


def assign_page(backend: Backend, page: StoredPage) -> Assignment:
    """Place ``page`` (already signed) in its cluster; the whole algorithm, under the lock."""
    old = backend.page(page.url_key)
    if old is not None and old.sha == page.sha:
        if old.member == page.member:
            current = tuple(sorted(backend.doc_members(old.doc_id)))
            return Assignment(old.doc_id, "unchanged", old.doc_id, 1.0,
                              {old.doc_id: current})
        # Same text, new metadata (a late origin hint): the origin may change.
        page.doc_id = old.doc_id
        backend.update_member(page)
        groups = [sorted(backend.doc_members(old.doc_id))]
        members_, removed, sim, origins, doc_of = _finish(backend, groups, {old.doc_id},
                                                          {page.url_key: page})
        return Assignment(doc_of[page.url_key], "unchanged", old.doc_id, 1.0, members_,
                          removed, sim, origins)
    old_docs: set[str] = set()
    part_of: dict[str, int] = {}
    parts: list[list[str]] = []
    if old is not None:  # a new version of a known URL: leave the old cluster first
        old_docs.add(old.doc_id)
        parts = _split(backend, old.doc_id, old.url_key)
        for i, part in enumerate(parts):
            for k in part:
                part_of[k] = i
        backend.delete(old.url_key)
    found = sorted(backend.candidates(page.sig) - {page.url_key})
    cands = backend.pages(found)
    sims = compare(page.sig, page.shingles,
                   np.stack([c.sig for c in cands]) if cands
                   else np.zeros((0, NUM_PERM), dtype=np.uint16),
                   np.array([c.shingles for c in cands], dtype=np.int64))
    neighbours = [(c, s) for c, s in zip(cands, sims, strict=True) if s.duplicate]
    backend.insert(page)
    group = {page.url_key}
    absorbed_parts: set[int] = set()
    for c, _ in neighbours:
        if c.url_key in part_of:
            absorbed_parts.add(part_of[c.url_key])
        elif c.doc_id not in old_docs:
            old_docs.add(c.doc_id)
            group.update(backend.doc_members(c.doc_id))
    for i in absorbed_parts:
        group.update(parts[i])
    groups = [sorted(group)] + [p for i, p in enumerate(parts) if i not in absorbed_parts]
    members, removed, similarity, origins, doc_of = _finish(
        backend, groups, old_docs, {page.url_key: page})
    doc_id = doc_of[page.url_key]
    if not neighbours:
        rule = "same-url-update" if old is not None else "new"
        return Assignment(doc_id, rule, old.doc_id if old else None, 0.0, members, removed,
                          similarity, origins)
    best_page, best = max(neighbours, key=lambda cs: (cs[1].score, cs[0].url_key))
    if best_page.sha == page.sha:
        rule = "exact"
    elif best.jaccard >= JACCARD_MIN:
        rule = "near-duplicate"
    else:
        rule = "containment"
    if old is not None and old.doc_id == doc_id:
        rule = "same-url-update"
    return Assignment(doc_id, rule, best_page.doc_id or doc_id, best.score, members, removed,
                      similarity, origins, best.jaccard, best.containment)


def remove_page(backend: Backend, url_key: str) -> Assignment | None:
    """Take a page out of the index; its document may split, change origin or disappear."""
    old = backend.page(url_key)
    if old is None:
        return None
    parts = _split(backend, old.doc_id, url_key)
    backend.delete(url_key)
    members, removed, similarity, origins, _ = _finish(backend, parts, {old.doc_id}, {})
    return Assignment(old.doc_id, "removed", None, 0.0, members, removed, similarity, origins)


# --- the embedded backend -------------------------------------------------------------------

_DELTA_MAX = 1 << 17  # band entries held in a dict (one-page inserts) before they are sorted
_RUNS_MIN = 1 << 21  # sorted runs are merged into the main table past max(this, main / 4)
_I32 = npt.NDArray[np.int32]
_I64 = npt.NDArray[np.int64]
_U32 = npt.NDArray[np.uint32]
_LOW32 = np.uint64(0xFFFFFFFF)
_SHIFT32 = np.uint64(32)
_EMPTY_U64: U64Array = np.zeros(0, dtype=np.uint64)


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
        counts = np.zeros(1 << bits, dtype=np.int64)
        for lo in range(0, n, 1 << 22):
            counts += np.bincount((values[lo: lo + (1 << 22)] >> shift).astype(np.intp),
                                  minlength=1 << bits)
        directory = np.zeros((1 << bits) + 1, dtype=np.int64)
        np.cumsum(counts, out=directory[1:])
        # Positions fit 32 bits below 4 G entries (100 M pages): half the directory's size.
        return cls(values, bits, directory.astype(np.uint32) if n < 2**32 else directory)

    def lookup(self, h64: U64Array) -> tuple[_I64, U64Array]:
        """Entries whose hash is one of ``h64`` (hashes as uint64): (query index, entry)."""
        bucket = (h64 >> np.uint64(32 - self.bits)).astype(np.intp)
        q, pos = _spans(self.directory[bucket].astype(np.int64),
                        self.directory[bucket + 1].astype(np.int64))
        values = self.values[pos]
        hit = (values >> _SHIFT32) == h64[q]
        return q[hit], values[hit]

    @property
    def nbytes(self) -> int:
        return int(self.values.nbytes + self.directory.nbytes)


class _BandTable:
    """LSH buckets without a Python object per entry: ``band hash << 32 | slot`` in uint64 arrays.

    Sorted levels, each with a directory on the top bits of the hash (a lookup reads one
    directory cell and a few entries): a main level and a few smaller runs merged like a
    binary counter (bulk inserts add one run each; the runs join the main level once
    they hold a quarter of it), and a dict of recent one-page inserts. 8 bytes per band
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

    def _push(self, run: U64Array) -> None:
        runs = [r.values for r in self.runs] + [run]
        while len(runs) >= 2 and len(runs[-2]) <= 2 * len(runs[-1]):
            b, a = runs.pop(), runs.pop()
            runs.append(self._merge((a, b)))
        if sum(len(r) for r in runs) > max(_RUNS_MIN, len(self.main.values) // 4):
            self.main = _Level.of(self._merge((self.main.values, *runs)))
            self.runs = []
            return
        keep = [r for r in self.runs if any(r.values is v for v in runs)]
        self.runs = keep + [_Level.of(v) for v in runs[len(keep):]]

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
        found = [level.lookup(h64)[1] for level in (self.main, *self.runs)
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


def _decode_member(url_key: str, blob: bytes) -> Member:
    url, site, published, fetched_at, hints, credit = json.loads(blob)
    return Member(url_key, url, site, published, fetched_at, tuple(hints), credit)


_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def _encode_member(m: Member) -> bytes:
    return _JSON.encode([m.url, m.site, m.published, m.fetched_at, list(m.origin_hints),
                         m.wire_credit]).encode("utf-8")


def _encode_entry(e: PageEntry) -> bytes:
    """``_encode_member`` of the member a page entry makes (without building it)."""
    return _JSON.encode([e.url, e.site, e.published, e.fetched_at, list(e.origin_hints),
                         e.wire_credit]).encode("utf-8")


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


class _EmbeddedBackend:
    """Pages in numpy arrays indexed by slot; clusters as circular linked lists of slots.

    Per page, no Python object: the url key packed in 12 bytes (``key_hi``/``key_lo``;
    keys that are not 24 lowercase hex digits, which ``crawler.layout.url_key`` never
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
        return _decode_member(key, self.meta_buf[off: off + int(self.meta_len[slot])].tobytes())

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
        if (self.keys.filled + 1) * 2 > len(self.keys.table):
            slot = int(self._put_many([page.url_key], _pack_key(page.url_key),
                                      page.sig[None, :], np.array([page.shingles]),
                                      [page.sha], [page.seen],
                                      [_encode_member(page.member)])[0])
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
        blob = _encode_member(page.member)
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
        blob = _encode_member(page.member)
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
                seen_at, [_encode_entry(e) for e in fe])
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


_READABLE_VERSIONS = ("2", DEDUP_VERSION)


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

    def assign(self, entry: PageEntry) -> Assignment:
        sig, counts = signatures([entry.text])
        page = page_of(entry, sig[0], int(counts[0]), self.clock())
        with self._lock:
            self._dirty = True
            return assign_page(self._backend, page)

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


def open_index(store: Store, *, redis_url: str | None,
               window_days: int = DEFAULT_WINDOW_DAYS) -> DedupIndex:
    """The shared Redis index when ``redis_url`` is given, else the embedded one."""
    if redis_url:
        from crawler.dedup_redis import RedisIndex

        return RedisIndex.from_url(redis_url, window_days=window_days)
    return EmbeddedIndex(store, window_days=window_days)
