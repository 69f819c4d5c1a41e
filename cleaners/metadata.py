"""Page metadata: title, authors, dates, language, site, and pointers to the text's origin.

Origin hints are what a syndicated copy says about where its text came from: a
cross-domain ``rel=canonical``, ``og:url``, JSON-LD ``isBasedOn`` (or a cross-domain
``url``), and "Source link" / "Originally published at" anchors, as aggregators and
portals print them (seed 001 ends in "Source link"). Dedup turns them into an origin.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from htmldate import find_date
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.json_metadata import normalize_authors
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title
from trafilatura.settings import Document as TrafilaturaDocument
from trafilatura.utils import trim
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

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


log = logging.getLogger(__name__)

_REGEXP_NS = {"re": "http://exslt.org/regular-expressions"}
#: Where an absolute step of a discard XPath starts ("//time", ".//*[…]"): rewritten to
#: "ancestor-or-self::" to test one element instead of searching the page.
_SEARCH_START = re.compile(r"(^|\|)\s*\.?//")

_LOWER = "translate(., 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
#: Anchors to other hosts: only they can name an original elsewhere. One C-side pass;
#: pages have thousands of anchors, most of them to the page's own site.
_EXTERNAL_ANCHORS = XPath(
    "//a[starts-with(@href, 'http') or starts-with(@href, '//')][not(contains(@href, $host))]")


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


@dataclass(frozen=True, slots=True)
class _HeadIndex:
    """The page's ``<meta>``, ``<link>`` and JSON-LD ``<script>`` attributes the metadata
    step reads, in document order, from one pass over the tree. Each of the five XPath
    searches it replaces (``//meta[@property=…]``, ``//link[@rel="canonical"]``, …) walked
    the whole page: together 0.8 ms a benchmark page, one pass 0.15 ms."""

    canonical: tuple[str, ...]  #: ``link[@rel="canonical"]/@href``
    og_url: tuple[str, ...]  #: ``meta[@property="og:url"]/@content``
    site_name: tuple[str, ...]  #: ``meta[@property="og:site_name"]/@content``
    jsonld: tuple[HtmlElement, ...]  #: ``script[@type="application/ld+json"]``

    @classmethod
    def of(cls, tree: HtmlElement) -> _HeadIndex:
        canonical: list[str] = []
        og_url: list[str] = []
        site_name: list[str] = []
        jsonld: list[HtmlElement] = []
        for el in tree.iter("meta", "link", "script"):
            tag = el.tag
            if tag == "meta":
                prop = el.get("property")
                if prop == "og:url" or prop == "og:site_name":
                    content = el.get("content")
                    if content is not None:
                        (og_url if prop == "og:url" else site_name).append(content)
            elif tag == "link":
                href = el.get("href")
                if href is not None and el.get("rel") == "canonical":
                    canonical.append(href)
            elif el.get("type") == "application/ld+json":
                jsonld.append(el)
        return cls(tuple(canonical), tuple(og_url), tuple(site_name), tuple(jsonld))


def _jsonld_objects(tree: HtmlElement, index: _HeadIndex | None = None,
                    ) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for script in (index or _HeadIndex.of(tree)).jsonld:
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


def origin_hints(tree: HtmlElement, url: str, *, index: _HeadIndex | None = None,
                 ) -> tuple[str, ...]:
    """URLs on other hosts that the page names as the original of its text, best first."""
    index = index or _HeadIndex.of(tree)
    host = _host(url)
    hints: list[str] = []

    def add(candidate: str | None) -> None:
        if not candidate:
            return
        absolute = urljoin(url, candidate.strip())
        if absolute.startswith("http") and _host(absolute) != host and absolute not in hints:
            hints.append(absolute)

    for href in index.canonical:
        add(href)
    for content in index.og_url:
        add(content)
    for obj in _jsonld_objects(tree, index):
        add(_as_url(obj.get("isBasedOn")))
        add(_as_url(obj.get("isBasedOnUrl")))
        add(_as_url(obj.get("url")))
    # A page without a host (file://) has every absolute link as external; a space never
    # occurs in a well-formed href (lxml refuses control characters in XPath variables).
    for anchor in _EXTERNAL_ANCHORS(tree, host=host or " "):
        label = " ".join(anchor.text_content().split()).lower().rstrip(":")
        previous = anchor.getprevious()
        parent = anchor.getparent()
        before = (previous.tail if previous is not None
                  else parent.text if parent is not None else None) or ""
        before = " ".join(before.split()).lower().rstrip(": ")
        if label in SOURCE_LINK_TEXTS or any(before.endswith(t) for t in SOURCE_LINK_TEXTS[2:]):
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


def _site_name(tree: HtmlElement, index: _HeadIndex | None = None) -> str | None:
    # trafilatura's sitename falls back to the canonical URL's host, which on a syndicated
    # copy names the origin's site: only the page's own og:site_name counts here.
    for content in (index or _HeadIndex.of(tree)).site_name:
        if content.strip():
            return str(content.strip())
    return None


#: htmldate settings. ``max_date`` is fixed rather than "today" (trafilatura's default
#: reads the clock, and clean() must give the same answer for the same page on any day);
#: the extensive search (free-text date guessing, about 3 ms a page) is off: the
#: structured sources (meta tags, JSON-LD, <time>, URL) are what news pages date by.
DATE_MAX = "2099-12-31"


#: A byline longer than this is a sentence, not a name list (trafilatura's limit).
BYLINE_MAX_CHARS = 120




def _guarded(path: str) -> str:
    """``path`` with each ``//*`` step first asking for an attribute its tests read.

    The same elements match: every test of trafilatura's byline XPaths reads one of
    those attributes (or a ``rel`` child). But an element without any of them is
    passed over in C, before the EXSLT regex tests, which call back into Python for
    every element of the page.
    """
    names = sorted(set(_ATTRIBUTE.findall(path)) | set(_CHILD_TEST.findall(path)))
    if not names:
        return path
    return _ANY_STEP.sub("//*[" + " or ".join(names) + "]", path)


#: An EXSLT regex test on one attribute (or a union of them), without flags.
_RE_TEST = re.compile(r"re:test\((?P<attr>@[\w-]+(?:\|@[\w-]+)*),\s*'(?P<regex>[^']*)'\)")
#: A run of characters a regex matches literally (no quantifier may follow its last).
_LITERAL_RUN = re.compile(r"[A-Za-z0-9_ -]+")


def _required_literals(regex: str) -> list[str] | None:
    """Strings one of which every match of ``regex`` contains; None if not derivable.

    Only for plain alternations of branches with literal runs ("author-?name|byline",
    "[Aa]uthor", "^comments"): one literal per top-level branch, the longest run
    outside groups, classes and escapes, without a character a quantifier makes optional.
    """
    if "(?" in regex or "\\" in regex:
        return None
    branches, depth, start, in_class = [], 0, 0, False
    for i, char in enumerate(regex):
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(regex[start:i])
            start = i + 1
    branches.append(regex[start:])
    literals: list[str] = []
    for branch in branches:
        # blank out groups and classes: their characters are not literal runs of the branch
        flat, depth, in_class = [], 0, False
        for char in branch:
            if in_class:
                in_class = char != "]"
                flat.append("\0")
            elif char == "[":
                in_class = True
                flat.append("\0")
            elif char in "()":
                depth += 1 if char == "(" else -1
                flat.append("\0")
            else:
                flat.append("\0" if depth else char)
        text = "".join(flat)
        runs = []
        for match in _LITERAL_RUN.finditer(text):
            run = match.group()
            if text[match.end():match.end() + 1] in ("?", "*", "{"):
                run = run[:-1]  # its last character may be absent
            runs.append(run)
        best = max(runs, key=len, default="")
        if len(best) < 2:
            return None
        literals.append(best)
    return literals


def _prefiltered(path: str) -> str:
    """``path`` with each EXSLT regex test first asking for a substring every match has.

    ``re:test(@class, 'author|byline')`` calls back into Python for every element with a
    class; ``contains()`` is answered in C and, false, spares the call (XPath ``and``
    stops at the first false operand). Same matches: the substrings are necessary.
    """
    def guard(match: re.Match[str]) -> str:
        literals = _required_literals(match.group("regex"))
        if literals is None:
            return match.group()
        attr = match.group("attr")
        tests = " or ".join(f"contains({attr}, '{lit}')" for lit in dict.fromkeys(literals))
        return f"(({tests}) and {match.group()})"

    return _RE_TEST.sub(guard, path)


_ATTRIBUTE = re.compile(r"@[\w-]+")
#: A child-element comparison in a predicate: ``rel='me'``.
_CHILD_TEST = re.compile(r"(?<![@:\w-])([A-Za-z][\w-]*)\s*=\s*'")
_ANY_STEP = re.compile(r"//\*(?=\[)")

#: trafilatura's byline XPaths, guarded (``_guarded``): the whole page ...
_AUTHOR_PATHS = tuple(_prefiltered(_guarded(x.path.strip())) for x in AUTHOR_XPATHS)
_AUTHOR_XPATHS = tuple(XPath(x, namespaces=_REGEXP_NS) for x in _AUTHOR_PATHS)
#: ... and made relative, to search the article element first.
_SCOPED_AUTHOR_XPATHS = tuple(XPath("." + x, namespaces=_REGEXP_NS) for x in _AUTHOR_PATHS)
_ARTICLE = XPath("(//article|//main)[1]")
#: trafilatura's byline discard XPaths (comment sections, sidebars, <time>, <figure>) as a
#: test on one candidate and its ancestors: "is it inside a discarded section". Asked only
#: of the few candidates a search finds, it spares evaluating the discard XPaths over the
#: whole page (a third of the byline search on the benchmark pages that need one).
_IN_DISCARDED = tuple(
    XPath(_prefiltered(_SEARCH_START.sub(r"\1ancestor-or-self::", x.path.strip())),
          namespaces=_REGEXP_NS)
    for x in AUTHOR_DISCARD_XPATHS)


def byline_author(tree: HtmlElement) -> str | None:
    """The author named in a byline, as ``trafilatura.metadata.extract_author`` finds it.

    Same XPaths and length limits, without its copy of the whole page: instead of
    pruning comment/related sections from a copy, bylines inside them are skipped.
    The page's first <article> (or <main>) is searched before the whole page: a byline
    is usually there, and the search costs a seventh (measured on the extraction
    benchmark: 0.8 ms against 5.7 ms a page that needs it).
    """
    article = _ARTICLE(tree)
    searches = [(x, article[0]) for x in _SCOPED_AUTHOR_XPATHS] if article else []
    searches += [(x, tree) for x in _AUTHOR_XPATHS]
    return _first_byline(el for xpath, scope in searches for el in xpath(scope))


def _first_byline(candidates: Iterable[HtmlElement]) -> str | None:
    """The author of the first candidate outside discarded sections with a name-sized text."""
    for el in candidates:
        if any(test(el) for test in _IN_DISCARDED):
            continue
        content = trim(" ".join(el.itertext()))
        if content and 2 < len(content) < BYLINE_MAX_CHARS:
            author = normalize_authors(None, content)
            return str(author) if author else None
    return None


def _trafilatura_metadata(tree: HtmlElement, url: str) -> TrafilaturaDocument:
    """The fields of ``trafilatura.metadata.extract_metadata`` that newsrake stores.

    The same steps in the same order, minus categories, tags, licence and site name
    (newsrake does not store them; together a quarter of the metadata time).
    """
    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # a single word is a handle or a site, as trafilatura judges
    try:
        meta = extract_meta_json(tree, meta)
    except Exception as exc:  # trafilatura's JSON-LD reader raises on odd documents
        log.debug("JSON-LD metadata unreadable on %s: %s", url, exc)
    if not meta.title:
        meta.title = extract_title(tree)
    if not meta.author:
        meta.author = byline_author(tree)
    try:
        meta.date = find_date(tree, url=url, original_date=True, extensive_search=False,
                              max_date=DATE_MAX)
    except (AssertionError, ValueError, TypeError, AttributeError) as exc:
        # htmldate's cleaning asserts on trees whose root holds the dropped element
        # ("<svg><a></a><a>", found by tests/test_fuzz.py): no date, not a failed page
        log.debug("date unreadable on %s: %r", url, exc)
        meta.date = None
    meta.clean_and_trim()
    return meta


def page_metadata(tree: HtmlElement, url: str) -> PageMetadata:
    """Title, authors, dates, language, site and origin hints of a parsed page."""
    meta = _trafilatura_metadata(tree, url)
    index = _HeadIndex.of(tree)
    lang = tree.get("lang") or next(iter(tree.xpath("//html/@lang")), None)
    canonical = index.canonical[0] if index.canonical else None
    authors: tuple[str, ...] = ()
    if meta.author:
        authors = tuple(a.strip() for a in meta.author.split(";") if a.strip())
    return PageMetadata(
        title=meta.title or None,
        authors=authors,
        published=meta.date or None,
        language=(lang or meta.language or None),
        site=_site_name(tree, index) or _host(url) or None,
        description=meta.description or None,
        canonical_url=urljoin(url, canonical) if canonical else None,
        origin_hints=origin_hints(tree, url, index=index),
    )
