"""Record types that flow out of the cleaners: a cleaned ``Document`` and its provenance steps.

Both are frozen: a stage returns a new record (``dataclasses.replace``) instead of
mutating the one it was given, and appends one ``ProvenanceStep`` saying what it did.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

JSONValue = Any  # what json.dumps accepts; kept loose on purpose (provenance details vary by stage)


@dataclass(frozen=True, slots=True)
class ProvenanceStep:
    """One stage's account of what it did to a record: who (name, version) and what it decided."""

    stage: str  # "found", "fetch", "archive", "extract", "plugin", "metadata", "dedup", ...
    name: str  # the component: "feed-spider", "trafilatura", "ticker", "minhash-lsh", ...
    version: str
    detail: Mapping[str, JSONValue] = field(default_factory=dict)

    def to_json(self) -> dict[str, JSONValue]:
        """The step as a JSON-ready dict."""
        return {"stage": self.stage, "name": self.name, "version": self.version,
                "detail": dict(self.detail)}

    @classmethod
    def from_json(cls, data: Mapping[str, JSONValue]) -> ProvenanceStep:
        """Rebuild a step from ``to_json`` output."""
        return cls(stage=str(data["stage"]), name=str(data["name"]),
                   version=str(data["version"]), detail=dict(data.get("detail") or {}))


@dataclass(frozen=True, slots=True)
class Document:
    """One cleaned page: the article text and metadata that ``cleaners.clean`` made from HTML.

    ``origin_hints`` are URLs the page itself names as the original of its text
    (cross-domain ``rel=canonical``, ``og:url``, JSON-LD ``isBasedOn``, "Source link",
    "Originally published at"); ``wire_credit`` is a wire agency named in a credit line
    or dateline ("Reuters", "AP", "AFP"). Deduplication uses both to choose an origin.
    """

    url: str
    text: str
    title: str | None = None
    canonical_url: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO 8601 date or datetime, as the page states it
    language: str | None = None
    site: str | None = None
    description: str | None = None
    origin_hints: tuple[str, ...] = ()
    wire_credit: str | None = None
    provenance: tuple[ProvenanceStep, ...] = ()
    #: ``CleanerConfig.fingerprint()`` of the cleaning that made this text; a re-clean
    #: job compares it with the current one.
    cleaner_fingerprint: str | None = None

    def with_step(self, step: ProvenanceStep, **changes: Any) -> Document:
        """A copy with ``changes`` applied and ``step`` appended to the provenance."""
        return dataclasses.replace(self, provenance=(*self.provenance, step), **changes)

    def to_json(self) -> dict[str, JSONValue]:
        """The document as a JSON-ready dict (tuples become lists)."""
        return {
            "url": self.url, "canonical_url": self.canonical_url, "title": self.title,
            "authors": list(self.authors), "published": self.published,
            "language": self.language, "site": self.site, "description": self.description,
            "origin_hints": list(self.origin_hints), "wire_credit": self.wire_credit,
            "text": self.text, "provenance": [s.to_json() for s in self.provenance],
            "cleaner_fingerprint": self.cleaner_fingerprint,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, JSONValue]) -> Document:
        """Rebuild a document from ``to_json`` output."""
        return cls(
            url=str(data["url"]), text=str(data.get("text") or ""),
            title=data.get("title"), canonical_url=data.get("canonical_url"),
            authors=tuple(data.get("authors") or ()), published=data.get("published"),
            language=data.get("language"), site=data.get("site"),
            description=data.get("description"),
            origin_hints=tuple(data.get("origin_hints") or ()),
            wire_credit=data.get("wire_credit"),
            provenance=tuple(ProvenanceStep.from_json(s) for s in data.get("provenance") or ()),
            cleaner_fingerprint=data.get("cleaner_fingerprint"),
        )
