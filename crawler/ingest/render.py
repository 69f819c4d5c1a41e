"""The canonical document of a cluster, rendered from its members' page records.

Pure functions of the records (no store access): ``crawler.ingest.page`` reads and
writes, this module decides what a document says.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cleaners.extract import package_version
from crawler import __version__
from crawler.index.base import Assignment, Member
from crawler.index.origin import choose_origin
from crawler.store import layout

#: Fields of a stored document that change on every write and do not make it "changed".
VOLATILE_DOC_FIELDS = ("version", "history", "updated_at", "run_id")
SCRAPY_VERSION = package_version("scrapy")


def _source_entry(record: Mapping[str, Any], role: str, similarity: float) -> dict[str, Any]:
    document = record.get("document") or {}
    fetch = dict(record.get("fetch") or {})
    fetch.pop("etag", None)
    fetch.pop("last_modified", None)
    return {"url": record["url"], "site": document.get("site") or record.get("site"),
            "role": role, "similarity": round(float(similarity), 4),
            "published": document.get("published"), "found_via": record.get("found_via") or {},
            "fetch": fetch, "page_key": layout.page_key_for(record["url_key"])}


def _member(record: Mapping[str, Any]) -> Member:
    document = record.get("document") or {}
    return Member(url_key=record["url_key"], url=record["url"],
                  site=document.get("site") or record.get("site"),
                  published=document.get("published"),
                  fetched_at=(record.get("fetch") or {}).get("fetched_at"),
                  origin_hints=tuple(document.get("origin_hints") or ()),
                  wire_credit=document.get("wire_credit"))


def render_document(doc_id: str, records: list[dict[str, Any]], assignment: Assignment | None,
                    previous: Mapping[str, Any] | None) -> dict[str, Any]:
    """The canonical document for ``doc_id`` built from its members' page records."""
    choice = choose_origin([_member(r) for r in records])
    origin = next(r for r in records if r["url_key"] == choice.url_key)
    similarity: dict[str, float] = {}
    if previous:
        similarity = {s["page_key"]: float(s.get("similarity", 1.0))
                      for s in previous.get("sources") or ()}
    fresh = dict(assignment.similarity) if assignment else {}
    sources = []
    for record in sorted(records, key=lambda r: (r["url_key"] != choice.url_key, r["url"])):
        pkey = layout.page_key_for(record["url_key"])
        if record["url_key"] == choice.url_key:
            sim = 1.0
        elif record["url_key"] in fresh:
            sim = float(fresh[record["url_key"]])
        elif record.get("text_sha256") == origin.get("text_sha256"):
            sim = 1.0
        else:
            sim = similarity.get(pkey, 1.0)
        sources.append(_source_entry(
            record, "origin" if record["url_key"] == choice.url_key else "copy", sim))
    document = dict(origin.get("document") or {})
    provenance = list(document.get("provenance") or [])
    provenance.insert(0, {"stage": "found", "name": "crawler", "version": __version__,
                          "detail": dict(origin.get("found_via") or {})})
    provenance.insert(1, {"stage": "fetch", "name": "scrapy", "version": SCRAPY_VERSION,
                          "detail": dict(origin.get("fetch") or {})})
    provenance.append({"stage": "dedup", "name": "newsrake-dedup", "version": __version__,
                       "detail": {"origin_rule": choice.rule, "members": len(records),
                                  **(assignment.provenance() if assignment else {})}})
    return {
        "schema": layout.DOCUMENT_SCHEMA, "id": doc_id,
        "url": origin["url"], "canonical_url": document.get("canonical_url"),
        "title": document.get("title"), "authors": list(document.get("authors") or []),
        "published": document.get("published"), "language": document.get("language"),
        "site": document.get("site") or origin.get("site"),
        "description": document.get("description"), "text": document.get("text") or "",
        "text_sha256": origin.get("text_sha256"),
        "origin": {"url": origin["url"], "rule": choice.rule},
        "sources": sources, "provenance": provenance,
    }


def document_content(doc: Mapping[str, Any]) -> dict[str, Any]:
    """A document without its volatile fields and without dedup provenance scores."""
    content = {k: v for k, v in doc.items() if k not in VOLATILE_DOC_FIELDS}
    content["provenance"] = [s for s in content.get("provenance") or ()
                             if s.get("stage") != "dedup"]
    return content
