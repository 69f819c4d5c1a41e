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

import io
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
from numpy.lib.stride_tricks import as_strided

from crawler.store import NotFound, PreconditionFailed, Store, StoreError

logger = logging.getLogger(__name__)

INDEX_KEY = "index/dedup/state.npz"
DEDUP_VERSION = "2"

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


def _mix(x: U64Array) -> U64Array:
    """splitmix64's finaliser: a stable, well-spread 64-bit hash of 64-bit values."""
    x = x ^ (x >> np.uint64(31))
    x = x * np.uint64(0x7FB5D329728EA185)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x81DADEF4BC2DD44D)
    return x ^ (x >> np.uint64(33))


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
    parts = [_normalised_bytes(t) for t in texts]
    lens = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
    buf = (b" " + b"  ".join(parts) + b" " * 9).translate(_ASCII_TABLE)
    doc_start = np.concatenate(([1], 1 + np.cumsum(lens + 2)[:-1])).astype(np.int64)
    b = np.frombuffer(buf, dtype=np.uint8)
    in_word = b != 32
    edges = np.flatnonzero(in_word[1:] != in_word[:-1]) + 1
    ws, we = edges[0::2], edges[1::2]
    length = we - ws
    window = as_strided(b, shape=(len(b) - 7, 8), strides=(1, 1))
    mask = _LOW_BYTES[np.minimum(length, 8)]
    first = np.ascontiguousarray(window[ws]).view("<u8").ravel() & mask
    last = np.ascontiguousarray(window[np.maximum(we - 8, ws)]).view("<u8").ravel() & mask
    words = _mix(first ^ _mix(last + length.astype(np.uint64) * _GOLDEN))
    word_doc = np.searchsorted(doc_start, ws, side="right") - 1
    n_docs = len(texts)
    per_doc = np.bincount(word_doc, minlength=n_docs).astype(np.int64)
    k = SHINGLE_WORDS
    n = len(words)
    if n >= k:
        sh = words[: n - k + 1].copy()
        for i in range(1, k):
            sh = _mix(sh * np.uint64(31) + words[i: n - k + 1 + i])
        valid = word_doc[: n - k + 1] == word_doc[k - 1:]
        sh, sh_doc = sh[valid], word_doc[: n - k + 1][valid]
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
    if not texts:
        return np.zeros((0, NUM_PERM), dtype=np.uint16), np.zeros(0, dtype=np.int64)
    hashes, counts = shingle_hashes(texts)
    offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.uint64)
    matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(
        hashes, offsets, NUM_PERM, MINHASH_SEED)
    rows = np.asarray(matrix.to_rows(), dtype=np.uint32).reshape(len(texts), NUM_PERM)
    # b-bit MinHash (Li & König): the low 16 bits keep the estimate (bias 2**-16) at half
    # the memory.
    return (rows & 0xFFFF).astype(np.uint16), counts


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


def _when(member: Member) -> float:
    stamp = parse_time(member.published)
    if stamp is None:
        stamp = parse_time(member.fetched_at)
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
    seen = parse_time(entry.fetched_at)
    if seen is None:
        seen = parse_time(entry.published)
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

_DELTA_MAX = 1 << 16  # band entries held in a dict before they are sorted into arrays
_I32 = npt.NDArray[np.int32]
_U32 = npt.NDArray[np.uint32]


class _BandTable:
    """LSH buckets as sorted ``(32-bit band hash, slot)`` arrays plus a small dict of recent ones.

    Three levels keep inserts cheap and memory at 8 bytes per band entry: a dict of the
    latest entries, a sorted "mid" array they are merged into, and the sorted main array
    that mid is merged into once it holds an eighth of main. Removed pages leave stale
    entries; candidates are verified against live signatures, and ``rebuild`` drops them.
    """

    def __init__(self) -> None:
        self.main_keys: _U32 = np.zeros(0, dtype=np.uint32)
        self.main_slots: _I32 = np.zeros(0, dtype=np.int32)
        self.mid_keys: _U32 = np.zeros(0, dtype=np.uint32)
        self.mid_slots: _I32 = np.zeros(0, dtype=np.int32)
        self.delta: dict[int, list[int]] = {}
        self.delta_entries = 0
        self.stale = 0

    @property
    def entries(self) -> int:
        return len(self.main_keys) + len(self.mid_keys) + self.delta_entries

    def nbytes(self) -> int:
        return int(self.main_keys.nbytes + self.main_slots.nbytes + self.mid_keys.nbytes
                   + self.mid_slots.nbytes)

    @staticmethod
    def _merge(keys: _U32, slots: _I32, new_keys: _U32, new_slots: _I32) -> tuple[_U32, _I32]:
        order = np.argsort(new_keys, kind="stable")
        new_keys, new_slots = new_keys[order], new_slots[order]
        at = np.searchsorted(keys, new_keys, side="right")
        return np.insert(keys, at, new_keys), np.insert(slots, at, new_slots)

    def add(self, slot: int, hashes: Iterable[int]) -> None:
        for h in hashes:
            bucket = self.delta.get(h)
            if bucket is None:
                self.delta[h] = [slot]
            else:
                bucket.append(slot)
        self.delta_entries += LSH_BANDS
        if self.delta_entries >= _DELTA_MAX:
            self._spill()

    def add_bulk(self, slots: _I32, hashes: _U32) -> None:
        """Add many pages at once (``hashes`` is ``len(slots) x LSH_BANDS``)."""
        keys = hashes.reshape(-1)
        owners = np.repeat(slots.astype(np.int32), LSH_BANDS)
        self.main_keys, self.main_slots = self._merge(self.main_keys, self.main_slots, keys,
                                                      owners)

    def _spill(self) -> None:
        if not self.delta:
            return
        keys = np.fromiter((k for k, v in self.delta.items() for _ in v), dtype=np.uint32,
                           count=self.delta_entries)
        slots = np.fromiter((s for v in self.delta.values() for s in v), dtype=np.int32,
                            count=self.delta_entries)
        self.delta.clear()
        self.delta_entries = 0
        self.mid_keys, self.mid_slots = self._merge(self.mid_keys, self.mid_slots, keys, slots)
        if len(self.mid_keys) * 8 >= len(self.main_keys):
            self.main_keys, self.main_slots = self._merge(self.main_keys, self.main_slots,
                                                          self.mid_keys, self.mid_slots)
            self.mid_keys = np.zeros(0, dtype=np.uint32)
            self.mid_slots = np.zeros(0, dtype=np.int32)

    def query(self, hashes: _U32) -> set[int]:
        found: set[int] = set()
        for keys, slots in ((self.main_keys, self.main_slots), (self.mid_keys, self.mid_slots)):
            if len(keys):
                lo = np.searchsorted(keys, hashes, side="left")
                hi = np.searchsorted(keys, hashes, side="right")
                for a, b in zip(lo[hi > lo].tolist(), hi[hi > lo].tolist(), strict=True):
                    found.update(slots[a:b].tolist())
        for h in hashes.tolist():
            bucket = self.delta.get(h)
            if bucket is not None:
                found.update(bucket)
        return found

    def reset(self) -> None:
        self.__init__()  # type: ignore[misc]


def _decode_member(url_key: str, blob: bytes) -> Member:
    url, site, published, fetched_at, hints, credit = json.loads(blob)
    return Member(url_key, url, site, published, fetched_at, tuple(hints), credit)


def _encode_member(m: Member) -> bytes:
    return json.dumps([m.url, m.site, m.published, m.fetched_at, list(m.origin_hints),
                       m.wire_credit], separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class _EmbeddedBackend:
    """Pages in numpy arrays indexed by slot; clusters as circular linked lists of slots.

    Per page: the 16-bit signature (256 bytes), shingle count, 64 bits of the text hash,
    the activity time, the origin slot of its cluster and the next slot of the cluster
    ring, plus its origin-choice metadata as one compact JSON blob. Slots of removed
    pages are not reused until the index is next loaded (they are not persisted).
    """

    def __init__(self, capacity: int = 1024) -> None:
        self.ids: dict[str, int] = {}
        self.keys: list[str] = []
        self.meta: list[bytes] = []
        self.sig: U16Array = np.zeros((capacity, NUM_PERM), dtype=np.uint16)
        self.shingles: _U32 = np.zeros(capacity, dtype=np.uint32)
        self.sha: U64Array = np.zeros(capacity, dtype=np.uint64)
        self.seen: _U32 = np.zeros(capacity, dtype=np.uint32)
        self.origin: _I32 = np.zeros(capacity, dtype=np.int32)
        self.next: _I32 = np.zeros(capacity, dtype=np.int32)
        self.live: npt.NDArray[np.bool_] = np.zeros(capacity, dtype=np.bool_)
        self.bands = _BandTable()
        self.size = 0

    # capacity ---------------------------------------------------------------------------
    def _reserve(self, n: int) -> None:
        cap = len(self.live)
        if self.size + n <= cap:
            return
        new = max(cap * 2, self.size + n)
        for name in ("sig", "shingles", "sha", "seen", "origin", "next", "live"):
            old = getattr(self, name)
            grown = np.zeros((new, *old.shape[1:]), dtype=old.dtype)
            grown[: self.size] = old[: self.size]
            setattr(self, name, grown)

    def nbytes(self) -> int:
        """Bytes held by the arrays and band table (Python objects not included)."""
        return int(sum(getattr(self, n).nbytes for n in
                       ("sig", "shingles", "sha", "seen", "origin", "next", "live"))
                   + self.bands.nbytes())

    @property
    def live_count(self) -> int:
        return len(self.ids)

    # Backend protocol -------------------------------------------------------------------
    def _stored(self, slot: int) -> StoredPage:
        key = self.keys[slot]
        return StoredPage(key, self.sig[slot].copy(), int(self.shingles[slot]),
                          int(self.sha[slot]), float(self.seen[slot]),
                          _decode_member(key, self.meta[slot]),
                          self.keys[int(self.origin[slot])])

    def page(self, url_key: str) -> StoredPage | None:
        slot = self.ids.get(url_key)
        return None if slot is None else self._stored(slot)

    def pages(self, url_keys: Iterable[str]) -> list[StoredPage]:
        return [self._stored(s) for s in (self.ids.get(k) for k in url_keys) if s is not None]

    def candidates(self, sig: U16Array) -> set[str]:
        hashes = band_hashes32(band_values(sig[None, :]))[0]
        return {self.keys[s] for s in self.bands.query(hashes) if self.live[s]}

    def doc_members(self, doc_id: str) -> list[str]:
        start = self.ids.get(doc_id)
        if start is None or int(self.origin[start]) != start:
            return []
        out = [doc_id]
        slot = int(self.next[start])
        while slot != start:
            out.append(self.keys[slot])
            slot = int(self.next[slot])
        return out

    def _put(self, page: StoredPage) -> int:
        self._reserve(1)
        slot = self.size
        self.size += 1
        self.keys.append(page.url_key)
        self.meta.append(_encode_member(page.member))
        self.sig[slot] = page.sig
        self.shingles[slot] = page.shingles
        self.sha[slot] = page.sha
        self.seen[slot] = int(min(max(page.seen, 0), 2**32 - 1))
        self.origin[slot] = slot
        self.next[slot] = slot
        self.live[slot] = True
        self.ids[page.url_key] = slot
        return slot

    def insert(self, page: StoredPage) -> None:
        if page.url_key in self.ids:
            self.delete(page.url_key)
        slot = self._put(page)
        if page.shingles:  # an empty text is never a candidate of anything
            self.bands.add(slot, band_hashes32(band_values(page.sig[None, :]))[0].tolist())

    def update_member(self, page: StoredPage) -> None:
        slot = self.ids[page.url_key]
        self.meta[slot] = _encode_member(page.member)
        self.seen[slot] = int(min(max(page.seen, 0), 2**32 - 1))

    def delete(self, url_key: str) -> None:
        slot = self.ids.pop(url_key, None)
        if slot is None:
            return
        self.live[slot] = False
        self.meta[slot] = b""
        if self.shingles[slot]:
            self.bands.stale += LSH_BANDS
        if self.bands.stale > max(_DELTA_MAX, self.bands.entries // 4):
            self.rebuild_bands()

    def set_clusters(self, clusters: Mapping[str, Sequence[str]], dropped: Iterable[str]) -> None:
        for doc_id, keys in clusters.items():
            root = self.ids[doc_id]
            slots = [self.ids[k] for k in keys]
            for i, s in enumerate(slots):
                self.origin[s] = root
                self.next[s] = slots[(i + 1) % len(slots)]

    # bulk paths -------------------------------------------------------------------------
    def rebuild_bands(self) -> None:
        """Rebuild the LSH table from the live signatures (drops stale entries)."""
        self.bands.reset()
        slots = np.flatnonzero(self.live[: self.size] & (self.shingles[: self.size] > 0))
        for lo in range(0, len(slots), 1 << 16):
            chunk = slots[lo: lo + (1 << 16)].astype(np.int32)
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
        docs = sorted({self.keys[int(self.origin[s])] for s in expired.tolist()})
        for s in expired.tolist():
            self.ids.pop(self.keys[s], None)
            self.meta[s] = b""
        self.live[expired] = False
        self.rebuild_bands()
        return docs

    def to_bytes(self) -> bytes:
        """The live pages as one ``.npz`` blob (signatures as raw 16-bit arrays)."""
        idx = np.flatnonzero(self.live[: self.size])
        new_pos = np.full(self.size, -1, dtype=np.int64)
        new_pos[idx] = np.arange(len(idx))
        metas = [self.meta[s] for s in idx.tolist()]
        offsets = np.concatenate(([0], np.cumsum([len(m) for m in metas]))).astype(np.uint64)
        header = {"version": DEDUP_VERSION, "num_perm": NUM_PERM, "shingle_words": SHINGLE_WORDS,
                  "seed": MINHASH_SEED, "rensa": getattr(rensa.RMinHash, "ALGORITHM_VERSION", None),
                  "pages": len(idx)}
        out = io.BytesIO()
        np.savez(out, header=np.frombuffer(json.dumps(header).encode(), dtype=np.uint8),
                 keys=np.array([self.keys[s].encode("ascii") for s in idx.tolist()], dtype=bytes)
                 if len(idx) else np.zeros(0, dtype="S24"),
                 sig=self.sig[idx], shingles=self.shingles[idx], sha=self.sha[idx],
                 seen=self.seen[idx], origin=new_pos[self.origin[idx]].astype(np.int32),
                 meta=np.frombuffer(b"".join(metas), dtype=np.uint8), meta_offsets=offsets)
        return out.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> _EmbeddedBackend:
        """Load what ``to_bytes`` wrote; refuse an index built with other parameters."""
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            header = json.loads(bytes(z["header"]).decode())
            expected = {"version": DEDUP_VERSION, "num_perm": NUM_PERM,
                        "shingle_words": SHINGLE_WORDS, "seed": MINHASH_SEED,
                        "rensa": getattr(rensa.RMinHash, "ALGORITHM_VERSION", None)}
            if any(header.get(k) != v for k, v in expected.items()):
                raise StoreError(
                    f"dedup index {INDEX_KEY} was built with {header}, this code needs "
                    f"{expected}: delete it and re-run `newsrake reclean` to rebuild it")
            n = int(header["pages"])
            self = cls(capacity=max(1024, n))
            self.size = n
            self.sig[:n] = z["sig"]
            self.shingles[:n] = z["shingles"]
            self.sha[:n] = z["sha"]
            self.seen[:n] = z["seen"]
            self.origin[:n] = z["origin"]
            self.live[:n] = True
            meta = bytes(z["meta"])
            offsets = z["meta_offsets"].tolist()
            self.keys = [k.decode("ascii") for k in z["keys"].tolist()]
        self.meta = [meta[offsets[i]: offsets[i + 1]] for i in range(n)]
        self.ids = {k: i for i, k in enumerate(self.keys)}
        # Rings: members of one origin, in slot order, each pointing to the next.
        order = np.lexsort((np.arange(n), self.origin[:n]))
        groups = self.origin[:n][order]
        nxt = np.roll(order, -1)
        first = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
        last = np.r_[first[1:] - 1, n - 1] if n else first
        nxt[last] = order[first]
        self.next[order] = nxt
        self.rebuild_bands()
        return self


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
        """``assign`` for a batch: signatures computed together (the fast path)."""
        sigs, counts = signatures([e.text for e in entries])
        now = self.clock()
        pages = [page_of(e, sigs[i], int(counts[i]), now) for i, e in enumerate(entries)]
        with self._lock:
            self._dirty = True
            return [assign_page(self._backend, p) for p in pages]

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
            return {b.keys[s]: tuple(sorted(b.doc_members(b.keys[s])))
                    for s in np.flatnonzero(b.live[: b.size]).tolist()
                    if int(b.origin[s]) == s}

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
