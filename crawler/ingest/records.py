"""Record types of the crawl side: ``RawPage`` is what the downloader hands to ingest.

A ``RawPage`` is frozen; ingest returns new copies (``dataclasses.replace``) as the
archive stage fills in ``raw_key`` and ``raw_digest``. ``found_via`` is how the page was
discovered (feed or sitemap and the entry's own fields), kept verbatim in provenance.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cleaners.pipeline import decode_html
from cleaners.records import Document, ProvenanceStep
from crawler.index.base import Signature

#: Response headers kept in a document's fetch provenance (the raw WARC keeps them all).
KEPT_HEADERS = ("content-type", "content-length", "etag", "last-modified", "date",
                "content-language", "cache-control", "x-robots-tag")
#: The fetch step the crawl's stored-page middleware leaves on a page it let through:
#: ``{"checked_at", "taken_down": False, "stored": bool}`` as the store said just before
#: the fetch, so ingest need not ask again (one takedown lookup and, for a page never
#: stored, one page-record read fewer: two of a new page's eight requests on S3).
STORE_CHECK = "store-check"


@dataclass(frozen=True, slots=True)
class RawPage:
    """One fetched page, as the downloader returned it, plus how it was found."""

    url: str  # the URL that was requested (after normalisation)
    final_url: str  # after redirects
    status: int
    headers: tuple[tuple[str, str], ...]  # response headers, in order, as received
    body: bytes
    fetched_at: str  # ISO 8601 UTC, "2026-11-25T17:53:00Z"
    found_via: Mapping[str, Any] = field(default_factory=dict)
    request_headers: tuple[tuple[str, str], ...] = ()
    raw_key: str | None = None  # store key of the WARC file once archived
    raw_digest: str | None = None  # "sha256:<hex>" WARC-Payload-Digest of the body
    provenance: tuple[ProvenanceStep, ...] = ()

    def header(self, name: str) -> str | None:
        """The first response header called ``name`` (case-insensitive), or None."""
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower-cased ("" when absent)."""
        return (self.header("content-type") or "").split(";")[0].strip().lower()

    def kept_headers(self) -> dict[str, str]:
        """The response headers kept in fetch provenance (see ``KEPT_HEADERS``)."""
        kept: dict[str, str] = {}
        for key, value in self.headers:
            if key.lower() in KEPT_HEADERS and key.lower() not in kept:
                kept[key.lower()] = value
        return kept

    def store_check(self) -> Mapping[str, Any] | None:
        """What the store said of this URL before the fetch (``STORE_CHECK``), if asked."""
        for step in self.provenance:
            if step.stage == "fetch" and step.name == STORE_CHECK:
                return step.detail
        return None

    def with_step(self, step: ProvenanceStep, **changes: Any) -> RawPage:
        """A copy with ``changes`` applied and ``step`` appended to the provenance."""
        return dataclasses.replace(self, provenance=(*self.provenance, step), **changes)


def page_html(page: RawPage) -> str | bytes:
    """The page for the cleaner: decoded here when the HTTP ``Content-Type`` names a
    charset (it overrules ``<meta charset>``, as in browsers), else the raw bytes, which
    the cleaner decodes from the page's own declaration or by detection."""
    content_type = page.header("content-type") or ""
    if "charset=" not in content_type.lower():
        return page.body
    return decode_html(page.body, content_type)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A page's cleaned document, with what deduplication needs of its text computed
    beside it (``crawler.ingest.cleaning.signed``): in the cleaning worker, so the crawl's
    parent neither hashes the text nor MinHashes it (about 0.2 ms a page, inside the
    dedup lock). Both are None for an empty text, or when the document was changed after
    they were computed; ingest then computes what it needs itself."""

    doc: Document
    text_sha256: str | None = None
    signature: Signature | None = None

    def of(self, doc: Document) -> Cleaned:
        """This result for ``doc`` (a copy of ``self.doc`` with other fields): the hash
        and signature are kept only if the text is the same."""
        if doc.text == self.doc.text:
            return Cleaned(doc, self.text_sha256, self.signature)
        return Cleaned(doc)
