"""Signatures: normalised text -> word shingles -> 16-bit MinHash -> LSH bands, and
verification of candidate pairs (estimated Jaccard and containment).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import rensa

from crawler.index.base import (
    _B_BIT_NOISE,
    CONTAINMENT_MIN,
    CONTAINMENT_MIN_SHINGLES,
    JACCARD_MIN,
    LSH_BANDS,
    LSH_ROWS,
    MINHASH_SEED,
    NUM_PERM,
    SHINGLE_WORDS,
    PageEntry,
    Signature,
    U16Array,
    U64Array,
)

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
    words = _word_hashes(buf, ws, we)
    tmp = np.empty(len(ws), dtype=np.uint64)
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


def _word_hashes(buf: bytes, ws: npt.NDArray[np.intp], we: npt.NDArray[np.intp]) -> U64Array:
    """The 64-bit hash of each word ``buf[ws[i]:we[i]]`` (``buf`` padded with 9 bytes)."""
    length = we - ws
    # Every byte offset as an unaligned little-endian 64-bit load (the buffer has 9 bytes
    # of padding, so a load never runs past it).
    loads = np.ndarray(shape=(len(buf) - 7,), dtype="<u8", buffer=buf, strides=(1,))
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
    return words


def shingle_hashes_one(text: str) -> U64Array:
    """``shingle_hashes([text])[0]``, bit for bit, without the per-batch bookkeeping
    (document starts, word owners, the cross-document mask, counts): for one text those
    small numpy calls were a third of its cost."""
    buf = (b" " + _normalised_bytes(text) + b" " * 9).translate(_ASCII_TABLE)
    b = np.frombuffer(buf, dtype=np.uint8)
    in_word = b != 32
    edges = np.flatnonzero(in_word[1:] != in_word[:-1]) + 1
    words = _word_hashes(buf, edges[0::2], edges[1::2])
    k = SHINGLE_WORDS
    n = len(words)
    if n >= k:
        m = n - k + 1
        sh = words[:m].copy()
        scratch = np.empty(m, dtype=np.uint64)
        for i in range(1, k):
            np.multiply(sh, np.uint64(31), out=sh)
            np.add(sh, words[i: m + i], out=sh)
            _mix_inplace(sh, scratch)
        return sh
    if not n:
        return np.zeros(0, dtype=np.uint64)
    # 1..k-1 words: one shingle of all of them (as ``shingle_hashes``).
    h = np.array([n], dtype=np.uint64)  # arrays wrap silently, scalars warn
    for w in range(n):
        h = _mix(h * np.uint64(31) + words[w: w + 1])
    return h


def signature_one(text: str) -> tuple[U16Array, int]:
    """``signatures([text])`` of one text, bit for bit: (signature, shingle count)."""
    hashes = shingle_hashes_one(text)
    offsets = np.array([0, len(hashes)], dtype=np.uint64)
    matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(
        hashes, offsets, NUM_PERM, MINHASH_SEED)
    # The low 16 bits, as ``signatures`` (b-bit MinHash).
    sig: U16Array = np.asarray(matrix.to_rows()[0], dtype=np.uint32).astype(np.uint16)
    return sig, len(hashes)


def signature_of(text: str, sha: str) -> Signature:
    """The signature a cleaning worker computes for ``assign(entry, signature)``.

    ``sha``: ``cleaners.fingerprint.text_sha256(text)``, ingest's ``PageEntry.text_sha256``
    (passed in: the index room does not import cleaners).
    """
    sig, shingles = signature_one(text)
    bands = tuple(band_hashes32(band_values(sig[None, :]))[0].tolist())
    return Signature(sig, shingles, sha, bands)


def signed_entry(entry: PageEntry, signature: Signature | None) -> Signature:
    """``signature`` checked against ``entry``'s text hash, or computed here (without band
    hashes: the backend computes those)."""
    if signature is None:
        sig, shingles = signature_one(entry.text)
        return Signature(sig, shingles, entry.text_sha256)
    if (signature.text_sha256 != entry.text_sha256 or signature.sig.shape != (NUM_PERM,)
            or len(signature.band_hashes) not in (0, LSH_BANDS)):
        raise ValueError(f"signature of text {signature.text_sha256[:12]} passed with page "
                         f"{entry.url_key} (text {entry.text_sha256[:12]}): compute it "
                         "with signature_of(entry.text, entry.text_sha256)")
    return signature


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
