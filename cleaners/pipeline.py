"""``clean``: the one pure path from HTML and a URL to a cleaned ``Document``."""

from __future__ import annotations

import lxml.html
from lxml.etree import ParserError

from cleaners import __version__
from cleaners.extract import extract
from cleaners.metadata import page_metadata, wire_credit
from cleaners.records import Document, ProvenanceStep


class CleanError(ValueError):
    """The input is not an HTML page that can be cleaned; the message says why."""


def decode_html(html: str | bytes) -> str:
    """Bytes to text: the declared charset if any, else UTF-8 with replacement."""
    if isinstance(html, str):
        return html
    from w3lib.encoding import html_to_unicode

    _, text = html_to_unicode(None, html)
    return str(text)


def parse(html: str) -> lxml.html.HtmlElement:
    """Parse ``html`` into an lxml tree, raising ``CleanError`` for non-HTML input."""
    if not html.strip():
        raise CleanError("empty page: nothing to clean")
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ParserError, ValueError) as exc:
        raise CleanError(f"not parseable as HTML: {exc}") from exc
    return tree


def clean(html: str | bytes, url: str) -> Document:
    """Clean one page: extract the article, then read its metadata. Pure: no I/O."""
    text_html = decode_html(html)
    tree = parse(text_html)
    meta = page_metadata(tree, url)
    extraction = extract(tree, text_html, url)
    doc = Document(url=url, text=extraction.text)
    doc = doc.with_step(
        ProvenanceStep("extract", extraction.extractor, extraction.version,
                       {"chars": len(extraction.text),
                        "fallback_reason": extraction.fallback_reason}))
    return doc.with_step(
        ProvenanceStep("metadata", "newsrake-metadata", __version__,
                       {"origin_hints": len(meta.origin_hints)}),
        title=meta.title, canonical_url=meta.canonical_url, authors=meta.authors,
        published=meta.published, language=meta.language, site=meta.site,
        description=meta.description, origin_hints=meta.origin_hints,
        wire_credit=wire_credit(extraction.text))
