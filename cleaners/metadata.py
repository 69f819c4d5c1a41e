"""Page metadata: title, authors, dates, language, site, and pointers to the text's origin.

Origin hints are what a syndicated copy says about where its text came from: a
cross-domain ``rel=canonical``, ``og:url``, JSON-LD ``isBasedOn`` (or a cross-domain
``url``), and "Source link" / "Originally published at" anchors, as aggregators and
portals print them (seed 001 ends in "Source link"). Dedup turns them into an origin.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata

#: Anchor texts that name the original of a republished story.
SOURCE_LINK_TEXTS = ("source link", "source", "originally published at", "originally published on",
                     "original article", "read the original", "first published at",
                     "first published on", "this article originally appeared")

#: A dateline with a wire credit: "SEOUL (Reuters) –", "LISBON (Harbor Wire) -".
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’\-]{1,40}\s*(?:,\s*[A-Za-z. ]+\d{0,2}\s*)?"
    r"\((?P<credit>[A-Z][\w .&'-]{1,40})\)\s*[–—-]")
#: A credit line: "© Reuters", "(c) AFP 2026".
_CREDIT = re.compile(r"(?:©|\(c\))\s*(?P<credit>[A-Z][\w&'-]+(?: [A-Z][\w&'-]+){0,2})")


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """Metadata of one page as the page states it."""

    title: str | None
    authors: tuple[str, ...]
    published: str | None
    language: str | None
    site: str | None
    description: str | None
    canonical_url: str | None
    origin_hints: tuple[str, ...]


def _host(url: str | None) -> str:
    return (urlsplit(url).netloc.lower() if url else "").removeprefix("www.")


def _jsonld_objects(tree: HtmlElement) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return found


def _as_url(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in ("url", "@id"):
            if isinstance(value.get(key), str):
                return str(value[key])
    if isinstance(value, list) and value:
        return _as_url(value[0])
    return None


def origin_hints(tree: HtmlElement, url: str) -> tuple[str, ...]:
    """URLs on other hosts that the page names as the original of its text, best first."""
    host = _host(url)
    hints: list[str] = []

    def add(candidate: str | None) -> None:
        if not candidate:
            return
        absolute = urljoin(url, candidate.strip())
        if absolute.startswith("http") and _host(absolute) != host and absolute not in hints:
            hints.append(absolute)

    for href in tree.xpath('//link[@rel="canonical"]/@href'):
        add(href)
    for content in tree.xpath('//meta[@property="og:url"]/@content'):
        add(content)
    for obj in _jsonld_objects(tree):
        add(_as_url(obj.get("isBasedOn")))
        add(_as_url(obj.get("isBasedOnUrl")))
        add(_as_url(obj.get("url")))
    for anchor in tree.xpath("//a[@href]"):
        label = " ".join(anchor.text_content().split()).lower().rstrip(":")
        before = " ".join((anchor.getprevious().tail or "") if anchor.getprevious() is not None
                          else (anchor.getparent().text or "")
                          if anchor.getparent() is not None else "").lower()
        if label in SOURCE_LINK_TEXTS or any(before.rstrip(": ").endswith(t)
                                             for t in SOURCE_LINK_TEXTS[2:]):
            add(anchor.get("href"))
    return tuple(hints)


def wire_credit(text: str) -> str | None:
    """The agency a dateline or credit line names ("SEOUL (Reuters) –" -> "Reuters")."""
    for line in text.splitlines()[:6]:
        match = _DATELINE.match(line.strip())
        if match:
            return match.group("credit").strip()
    match = _CREDIT.search(text[:2000])
    return match.group("credit").strip() if match else None


def _site_name(tree: HtmlElement) -> str | None:
    # trafilatura's sitename falls back to the canonical URL's host, which on a syndicated
    # copy names the origin's site: only the page's own og:site_name counts here.
    for content in tree.xpath('//meta[@property="og:site_name"]/@content'):
        if content.strip():
            return str(content.strip())
    return None


def page_metadata(tree: HtmlElement, url: str) -> PageMetadata:
    """Title, authors, dates, language, site and origin hints of a parsed page."""
    meta = extract_metadata(tree, default_url=url)
    lang = tree.get("lang") or next(iter(tree.xpath("//html/@lang")), None)
    canonical = next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None)
    authors: tuple[str, ...] = ()
    if meta.author:
        authors = tuple(a.strip() for a in meta.author.split(";") if a.strip())
    return PageMetadata(
        title=meta.title or None,
        authors=authors,
        published=meta.date or None,
        language=(lang or meta.language or None),
        site=_site_name(tree) or _host(url) or None,
        description=meta.description or None,
        canonical_url=urljoin(url, canonical) if canonical else None,
        origin_hints=origin_hints(tree, url),
    )
