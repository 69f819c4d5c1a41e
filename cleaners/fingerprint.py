"""Text fingerprints: the normalisation that decides when two texts are "the same text"."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def normalise_text(text: str) -> str:
    """Case-folded words joined by single spaces, NFKC: punctuation and layout do not count."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def text_sha256(text: str) -> str:
    """SHA-256 hex of ``normalise_text(text)``: equal for exact duplicates."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def words(text: str) -> list[str]:
    """The normalised words of ``text``."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
