"""Main-content extraction: trafilatura first, readability-lxml as the fallback.

trafilatura runs with comments off. When it returns nothing, or less than
``MIN_TEXT_CHARS`` characters, readability-lxml's summary is converted to text with a
blank line between blocks (gluing words across blocks costs shingle F1).
"""

from __future__ import annotations

import importlib.metadata
import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml.html import HtmlElement

#: Below this many characters trafilatura's output counts as "too little" and
#: readability-lxml is tried; 250 is about two short news paragraphs.
MIN_TEXT_CHARS = 250

#: Elements after which readability output gets a paragraph break.
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "pre", "table", "tr", "dd", "dt", "figure", "figcaption", "header",
    "footer", "main", "aside", "br", "hr", "td", "th",
})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def package_version(name: str) -> str:
    """The installed version of distribution ``name`` ("unknown" if not installed)."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


TRAFILATURA_VERSION = package_version("trafilatura")
READABILITY_VERSION = package_version("readability-lxml")


@dataclass(frozen=True, slots=True)
class Extraction:
    """What an extractor found: the text and which extractor made it."""

    text: str
    extractor: str  # "trafilatura" | "readability-lxml" | "none"
    version: str
    fallback_reason: str | None = None


def html_to_text(root: HtmlElement) -> str:
    """Visible text of ``root`` with a blank line between blocks and single spaces inside."""
    parts: list[str] = []

    def walk(el: HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style", "noscript", "template"):
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    blocks = [_SPACES.sub(" ", b).strip() for b in "".join(parts).split("\n\n")]
    lines = [" ".join(line.split()) for b in blocks for line in [b] if b]
    return "\n\n".join(line for line in lines if line)


def extract_trafilatura(tree: HtmlElement, url: str | None) -> str:
    """trafilatura's main text of ``tree`` (comments off), "" when it finds none."""
    text = trafilatura.extract(tree, url=url, include_comments=False, include_tables=True,
                               deduplicate=False, with_metadata=False)
    return text or ""


def extract_readability(html: str) -> str:
    """readability-lxml's main content of ``html`` as block-separated text."""
    from readability import Document as ReadabilityDocument

    summary = ReadabilityDocument(html).summary(html_partial=True)
    if not summary.strip():
        return ""
    return html_to_text(lxml.html.fromstring(summary))


def extract(tree: HtmlElement, html: str, url: str | None) -> Extraction:
    """The article text of a page: trafilatura, or readability-lxml when that finds too little."""
    text = extract_trafilatura(tree, url)
    if len(text) >= MIN_TEXT_CHARS:
        return Extraction(text, "trafilatura", TRAFILATURA_VERSION)
    reason = "empty" if not text else f"short ({len(text)} < {MIN_TEXT_CHARS} chars)"
    try:
        fallback = extract_readability(html)
    except Exception as exc:  # readability raises bare Exceptions on odd markup
        fallback = ""
        reason += f"; readability failed: {type(exc).__name__}"
    if len(fallback) > len(text):
        return Extraction(fallback, "readability-lxml", READABILITY_VERSION, reason)
    if text:
        return Extraction(text, "trafilatura", TRAFILATURA_VERSION, reason)
    return Extraction("", "none", "0", reason)
