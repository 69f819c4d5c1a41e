"""The dedup index's interface: its records, constants, and the two protocols.

``DedupIndex`` is what ingest calls; ``Backend`` is what the clustering algorithm
(crawler/index/clustering.py) needs from a storage backend. Backends (embedded, Redis)
import this module; it imports none of them.

The duplicate index: which stored pages carry the same text, and which of them is the origin.

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
``index/dedup/``) and ``RedisIndex`` (crawler/index/redis_backend.py, shared by several
workers). Both run the same clustering code over a small backend interface.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

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


# --- member metadata, as the backends store it ------------------------------------------

def decode_member(url_key: str, blob: bytes) -> Member:
    """A member from its compact JSON form (``encode_member``), as both backends store it."""
    url, site, published, fetched_at, hints, credit = json.loads(blob)
    return Member(url_key, url, site, published, fetched_at, tuple(hints), credit)


_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def encode_member(m: Member) -> bytes:
    """A member's origin-choice metadata as compact JSON (url key excluded)."""
    return _JSON.encode([m.url, m.site, m.published, m.fetched_at, list(m.origin_hints),
                         m.wire_credit]).encode("utf-8")


def encode_entry(e: PageEntry) -> bytes:
    """``encode_member`` of the member a page entry makes (without building it)."""
    return _JSON.encode([e.url, e.site, e.published, e.fetched_at, list(e.origin_hints),
                         e.wire_credit]).encode("utf-8")


class DedupIndex(Protocol):
    """Cluster assignment; implementations must be safe to call from several threads."""

    def assign(self, entry: PageEntry, signature: Signature | None = None) -> Assignment:
        """Place ``entry`` in a cluster and report the documents whose membership changed.

        ``signature``: ``crawler.index.signature.signature_of(entry.text,
        entry.text_sha256)`` computed elsewhere (a cleaning worker), so the caller's
        process does not spend the MinHash time; ``None`` computes it here. The result
        is the same either way.
        """
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



U16Array = npt.NDArray[np.uint16]
U64Array = npt.NDArray[np.uint64]


@dataclass(frozen=True, slots=True)
class Signature:
    """The MinHash signature of one text, computed apart from ``assign`` (it pickles:
    a cleaning worker can return it with the document).

    ``text_sha256`` names the text it was computed from; ``assign`` refuses a signature
    of another text than the entry's, so a wiring mistake cannot silently change
    duplicate decisions.
    """

    sig: U16Array  # NUM_PERM 16-bit values
    shingles: int
    text_sha256: str
    #: The LSH band hashes of ``sig`` (``band_hashes32``), computed with it: another
    #: 20-40 us the caller's process does not spend. Build with ``signature_of``.
    band_hashes: tuple[int, ...] = ()


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
