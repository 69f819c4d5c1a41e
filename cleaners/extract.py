"""Main-content extraction: trafilatura, checked against a readability pass, with a fallback.

Three extractors, each cheap enough to share one parsed tree:

1. trafilatura with ``fast=True`` (its own fallback chain off: on the benchmark the
   chain costs a third of its time and lowers F1, 0.962 -> 0.960), comments off.
2. trafilatura's port of readability on the same tree: about 4 ms a page, where
   readability-lxml spends about 20 ms re-parsing and re-cleaning the page.
3. readability-lxml itself, run only when both of the above found less than
   ``min_text_chars``: the last resort for pages the other two miss.

The chooser keeps trafilatura's text unless the readability text is a clean subset
of it that still covers most of it: then trafilatura took extra blocks (headline,
standfirst, promos, menus) that readability's scoring left out.

A content-loss guard (``guard``) watches all of that: newsrake's extraction runs on a
working copy (invisible elements stripped, layout tables unwrapped, DOM cleaners'
removals made) with trafilatura's own fallbacks off, and any of those can lose the
article on a page nobody here has seen (on a public set of real pages one page kept
269 of the 12,000 characters plain trafilatura finds). When the kept text is a small
share of the page's paragraph text, the plain extractors run on the untouched page
(trafilatura with its defaults, then readability-lxml) and the fuller text is taken;
the provenance says what fired and why.

Over 500 lines because the extractors, the chooser, the guard and the restoring of
dropped subheadings and lists share one set of text keys and tree walks; the restoring
(``restore_headings``, ``restore_lists`` and their sibling search) is the part to move
to a module of its own when it grows again.
"""

from __future__ import annotations

import importlib.metadata
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass

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
class ExtractSettings:
    """Extraction knobs; ``version`` changes whenever a default does."""

    min_text_chars: int = MIN_TEXT_CHARS
    #: Readability's text is taken instead of trafilatura's when at least this share of
    #: its shingles is in trafilatura's text (it is a subset) ...
    subset_share: float = 0.95
    #: ... and it covers between these shares of trafilatura's shingles (it dropped some
    #: blocks, but not most of the article). Tuned on the article-extraction benchmark.
    min_cover: float = 0.6
    max_cover: float = 0.85
    #: Trafilatura's text is a menu dump, not an article, when more than this share of its
    #: characters sits in blocks shorter than ``short_block_chars``; readability's subset
    #: is then taken whatever it covers. On the benchmark the one such page scores 0.89,
    #: the next 0.31.
    max_short_share: float = 0.6
    short_block_chars: int = 40
    #: Tables that lay out the page rather than hold data become divs before extraction
    #: (``cleaners.layout``); off, a table-layout page comes out as one table.
    unwrap_layout_tables: bool = True
    #: Long runs of loose text between ``<br>``s become paragraphs before extraction
    #: (``cleaners.layout.paragraphs_from_text_runs``).
    text_run_paragraphs: bool = True
    #: Content-loss guard: it fires when the kept text is below ``guard_share`` of the
    #: page's paragraph text (``paragraph_chars``) and that text is at least
    #: ``guard_min_chars``; a plain extraction replaces the kept text when it is at least
    #: ``guard_gain`` times as long. Chosen by two-fold cross-validation on the shared
    #: benchmark (eval/crossval.py; the figures are in docs/cleaning.md).
    guard_share: float = 0.5
    guard_min_chars: int = 1000
    guard_gain: float = 1.5
    #: ...and at most ``guard_max_over`` times the page's paragraph text: a candidate
    #: much longer than the page's prose took comments or menus with it (one benchmark
    #: page, fde930b01859, went from 2,587 to 9,326 chars that way). Set by that
    #: reasoning, not tuned.
    guard_max_over: float = 1.25
    version: str = "5"

    def to_json(self) -> dict[str, object]:
        """The settings as a JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What an extractor found: the text and which extractor made it."""

    text: str
    extractor: str  # "trafilatura" | "readability" | "readability-lxml" | "none"
    version: str
    fallback_reason: str | None = None
    choice: str | None = None


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
    lines = [" ".join(b.split()) for b in blocks if b]
    return "\n\n".join(line for line in lines if line)


def extract_trafilatura(tree: HtmlElement, url: str | None) -> str:
    """trafilatura's main text of ``tree`` (fast mode, comments off), "" when it finds none.

    trafilatura copies a tree it is given, so ``tree`` is left as it was.
    """
    text = trafilatura.extract(tree, url=url, fast=True, include_comments=False,
                               include_tables=True, deduplicate=False, with_metadata=False)
    return text or ""


def extract_trafilatura_readability(tree: HtmlElement) -> str:
    """trafilatura's readability port on ``tree`` as block-separated text. Consumes ``tree``."""
    from trafilatura.readability_lxml import Document as ReadabilityPort

    try:
        summary = ReadabilityPort(tree).summary()
    except Exception:  # the port raises bare Exceptions on odd markup, as the original does
        return ""
    if not summary.strip():
        return ""
    return html_to_text(lxml.html.fromstring(summary))


def extract_readability(html: str) -> str:
    """readability-lxml's main content of ``html`` as block-separated text."""
    from readability import Document as ReadabilityDocument

    summary = ReadabilityDocument(html).summary(html_partial=True)
    if not summary.strip():
        return ""
    return html_to_text(lxml.html.fromstring(summary))


_WORD = re.compile(r"\w+")


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    # lower() rather than fingerprint.words (NFKC + casefold): this only compares two
    # extractions of the same page, so the cheaper fold gives the same answer
    toks = _WORD.findall(text.lower())
    if len(toks) < 4:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(zip(toks, toks[1:], toks[2:], toks[3:], strict=False))


def overlap(a: str, b: str) -> tuple[float, float]:
    """(share of a's 4-word shingles found in b, share of b's found in a)."""
    sa, sb = _shingles(a), _shingles(b)
    common = sum((sa & sb).values())
    return (common / sum(sa.values()) if sa else 0.0,
            common / sum(sb.values()) if sb else 0.0)


def choose(primary: str, alternative: str, settings: ExtractSettings) -> tuple[str, str]:
    """("primary" | "alternative", why): which text the page's article is."""
    if len(alternative) < settings.min_text_chars:
        return "primary", "alternative short"
    if len(primary) < settings.min_text_chars:
        return "alternative", "primary short"
    alt_in_primary, primary_in_alt = overlap(alternative, primary)
    why = f"subset {alt_in_primary:.2f}, cover {primary_in_alt:.2f}"
    if alt_in_primary < settings.subset_share:
        return "primary", why
    if settings.min_cover <= primary_in_alt <= settings.max_cover:
        return "alternative", why
    blocks = [b for b in primary.splitlines() if b.strip()]
    short = sum(len(b) for b in blocks if len(b) < settings.short_block_chars)
    if short > settings.max_short_share * sum(len(b) for b in blocks):
        return "alternative", why + f", fragmented {short / len(primary):.2f}"
    return "primary", why
    return "primary", why


#: A block of trafilatura's text this long is an anchor: found in readability's text, it
#: marks where the article is (shorter ones, "Photo", "Share", match anywhere).
SPAN_ANCHOR_CHARS = 40


def span_of(primary: str, alternative: str) -> str | None:
    """trafilatura's blocks from the first to the last one readability also kept, when
    readability left out blocks *between* those (else None: take readability's text).

    Readability's subset wins when trafilatura took extra blocks around the article
    (headline, standfirst, a related list at the end): on the shared benchmark those
    are all at the edges. A block dropped from the middle, between blocks both kept, is
    the story's (a quote, a list: the fresh templates' broadcaster layout lost them), so
    the story is trafilatura's between readability's first and last block; the noise
    among them is the plugins' to remove.
    """
    blocks = [b for b in primary.splitlines() if b.strip()]
    dense = _dense(alternative)
    inside = [len(k) >= SPAN_ANCHOR_CHARS and k in dense for k in map(_dense, blocks)]
    if True not in inside:
        return None
    first = inside.index(True)
    last = len(inside) - 1 - inside[::-1].index(True)
    if all(_dense(b) in dense for b in blocks[first:last + 1]):
        return None
    return "\n".join(blocks[first:last + 1])


def _dense(text: str) -> str:
    return "".join(_WORD.findall(text.lower()))


#: Subheadings, found in document order (one C-side walk; an XPath union walks five times).
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
#: Headings longer than this are not subheadings.
MAX_HEADING_CHARS = 150
#: A heading is restored before the block that starts with this much of the text that
#: follows it on the page.
HEADING_ANCHOR_CHARS = 60


def restore_headings(text: str, tree: HtmlElement, removed: Iterable[str] = (),
                     ) -> tuple[str, int]:
    """``text`` with the subheadings trafilatura dropped put back; and how many were.

    trafilatura sometimes drops an <h2> between two paragraphs it keeps (when the
    heading shares the paragraphs' class, or is short). A heading of the page goes back
    in when the text right after it on the page starts one of the extracted blocks, so
    only headings inside the extracted article return. Text a DOM cleaner ``removed``
    (a site rule dropping a heading, say) is not restored.
    """
    dropped = " ".join(_key(r) for r in removed)
    blocks = [b for b in text.splitlines() if b.strip()]
    full_keys = [_key(b) for b in blocks]
    keys = [k[:HEADING_ANCHOR_CHARS] for k in full_keys]
    present = set(full_keys)
    inserts: dict[int, str] = {}
    positions: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        positions.setdefault(key, []).append(i)
    for heading in tree.getroottree().getroot().iter(*_HEADING_TAGS):
        title = " ".join(heading.text_content().split())
        if not title or len(title) > MAX_HEADING_CHARS:
            continue
        title_key = _key(title)
        if title_key in present or title_key in dropped:
            continue
        following = _story_neighbour(heading, "next",
                                     lambda el: _key_prefix(el.text_content(),
                                                            HEADING_ANCHOR_CHARS) in positions,
                                     _SKIPPABLE_AFTER_HEADING)
        if following is None:
            continue
        anchor = _key_prefix(following.text_content(), HEADING_ANCHOR_CHARS)
        if len(anchor) < 20:
            continue
        for i in positions.get(anchor, ()):
            if i not in inserts:
                inserts[i] = title
                break
    if not inserts:
        return text, 0
    out: list[str] = []
    for i, block in enumerate(blocks):
        if i in inserts:
            out.append(inserts[i])
        out.append(block)
    return "\n".join(out), len(inserts)


#: A list goes back after a kept paragraph that introduces it ("… measures:"): at most
#: this many items, each at most this long (a story's list, not a menu).
MAX_RESTORED_ITEMS = 20
MAX_RESTORED_ITEM_CHARS = 200


def restore_lists(text: str, tree: HtmlElement, removed: Iterable[str] = (),
                  ) -> tuple[str, int]:
    """``text`` with the lists trafilatura dropped after their lead-in put back.

    trafilatura sometimes drops a story's ``<ul>`` of short items (it reads them as a
    menu). A list of the page goes back when the element right before it is a
    paragraph that ends in a colon and is one of the extracted blocks, and none of its
    items was extracted: the story announced the list, so the list is the story's
    (unseen templates t02 and t04 lost them). Items a DOM cleaner ``removed`` stay out.
    """
    dropped = {_key(r) for r in removed}
    blocks = [b for b in text.splitlines() if b.strip()]
    keys = [_key(b) for b in blocks]
    present = set(keys)
    where = {k: i for i, k in enumerate(keys)}
    inserts: dict[int, list[str]] = {}
    for lst in tree.getroottree().getroot().iter("ul", "ol"):
        lead = _story_neighbour(lst, "previous", lambda el: _is_lead_or_story(el, where),
                                _SKIPPABLE_BEFORE_LIST)
        if lead is None or lead.tag != "p":
            continue
        lead_text = " ".join(lead.text_content().split())
        if not lead_text.endswith(":") or _key(lead_text) not in where:
            continue
        items = [" ".join(li.text_content().split()) for li in lst.iterchildren("li")]
        if not items or len(items) > MAX_RESTORED_ITEMS or any(
                not item or len(item) > MAX_RESTORED_ITEM_CHARS for item in items):
            continue
        item_keys = [_key(item) for item in items]
        if any(k in present or k in dropped for k in item_keys):
            continue
        inserts[where[_key(lead_text)]] = [f"- {item}" for item in items]
    if not inserts:
        return text, 0
    out: list[str] = []
    for i, block in enumerate(blocks):
        out.append(block)
        out.extend(inserts.get(i, ()))
    return "\n".join(out), len(inserts)


#: Between a subheading or a list's lead-in and the story text it belongs to, a page
#: may put boxes the extractor rightly leaves out: a figure, a newsletter form, a promo
#: line (unseen templates t02, t04 and t08 lost their lists and subheadings that way).
#: At most this many such siblings are stepped over, and only elements of these kinds
#: whose text is not in the extracted article: never a list or a heading (a "Related"
#: heading over its list of links is not the story's).
MAX_SKIPPED_SIBLINGS = 4
#: After a heading only boxes are stepped over: a paragraph left out under a heading
#: says the heading's section was left out ("Site menu" over a line of links).
_SKIPPABLE_AFTER_HEADING = frozenset({"figure", "picture", "img", "aside", "form", "iframe",
                                      "div", "section", "blockquote", "table", "hr"})
#: Before a list, promo lines (paragraphs) are stepped over as well.
_SKIPPABLE_BEFORE_LIST = _SKIPPABLE_AFTER_HEADING | {"p", "span", "small"}


def _story_neighbour(el: HtmlElement, direction: str,
                     extracted: Callable[[HtmlElement], bool],
                     skippable: frozenset[str]) -> HtmlElement | None:
    """The nearest sibling of ``el`` (``"next"`` or ``"previous"``) that has text, stepping
    over up to ``MAX_SKIPPED_SIBLINGS`` elements of the ``skippable`` kinds whose text
    ``extracted`` says was left out.

    Returns the first sibling with text that is extracted, or that cannot be stepped
    over (the caller then tests it as before); None when none is found.
    """
    def step(e: HtmlElement) -> HtmlElement | None:
        return e.getnext() if direction == "next" else e.getprevious()

    sibling = step(el)
    skipped = 0
    while sibling is not None:
        if not isinstance(sibling.tag, str):  # a comment or processing instruction
            sibling = step(sibling)
            continue
        if sibling.tag == "br" or not sibling.text_content().strip():
            sibling = step(sibling)
            continue
        if (extracted(sibling) or sibling.tag not in skippable
                or skipped >= MAX_SKIPPED_SIBLINGS):
            return sibling
        skipped += 1
        sibling = step(sibling)
    return None


#: A short extracted line between a list and its lead-in is a promo the text plugins
#: remove later ("Join our channel ... Join now"), not the story: it is stepped over.
MAX_PROMO_LINE_CHARS = 160


def _is_lead_or_story(el: HtmlElement, extracted: Mapping[str, int]) -> bool:
    """Whether ``el``, before a list, ends the search for its lead-in: it was extracted,
    and it is a lead-in (ends in a colon) or story-length text."""
    text = " ".join(el.text_content().split())
    if _key(text) not in extracted:
        return False
    return text.endswith(":") or len(text) > MAX_PROMO_LINE_CHARS


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _key_prefix(text: str, chars: int) -> str:
    """``_key(text)[:chars]``, reading only as much of ``text`` as that needs.

    The text after a heading can be the rest of the page. Keyed in growing prefixes: all
    words of a prefix but its last (which may be cut) are words of the whole text.
    """
    end = 4 * chars
    while end < len(text):
        words = _WORD.findall(text[:end].lower())
        key = " ".join(words[:-1])
        if len(key) >= chars:
            return key[:chars]
        end *= 4
    return _key(text)[:chars]


#: Paragraphs shorter than this are not counted as article text by the guard (bylines,
#: captions, "Read more" lines, cookie notices).
GUARD_PARAGRAPH_CHARS = 80
#: Where paragraph text is not article text.
_NOT_ARTICLE = frozenset({"nav", "footer", "header", "aside", "form"})


#: Containers whose own text runs (text between ``<br>``s, not wrapped in ``<p>``) count
#: as paragraphs: portal templates print whole stories that way (unseen template t08).
_TEXT_CONTAINERS = frozenset({"div", "td", "section", "article", "main", "body", "font"})


#: Reader comments are prose in ``<p>``s but not the article: paragraphs inside an
#: element whose class or id says "comment", in any case (WordPress's ``comment-body``,
#: Disqus's ``comments``), are not counted, as trafilatura leaves them out with comments
#: off (the guard fired on a page whose comments outweighed its story, benchmark page
#: ac3c03). Asked only of the long paragraphs, by walking up from each: a search of the
#: whole tree for such elements cost more than the rest of the count.
_COMMENT_MARK = "comment"


def _in_comments(el: HtmlElement, memo: dict[HtmlElement, bool]) -> bool:
    """Whether ``el`` or an ancestor has a class or id containing "comment" (any case).
    ``memo`` keeps the answer for every element walked, so shared ancestors are read once."""
    chain: list[HtmlElement] = []
    node: HtmlElement | None = el
    found = False
    while node is not None:
        if node in memo:
            found = memo[node]
            break
        chain.append(node)
        marks = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if _COMMENT_MARK in marks:
            found = True
            break
        node = node.getparent()
    for walked in chain:
        memo[walked] = found
    return found


def _link_chars(el: HtmlElement) -> int:
    return sum(len(a.text_content()) for a in el.iter("a"))


def paragraph_chars(tree: HtmlElement) -> int:
    """Characters in the page's long paragraphs outside nav/footer/header/aside/form and
    reader comments.

    A paragraph is a ``<p>`` or a run of text directly inside a container (between
    ``<br>``s); one walk over the tree. A cheap, extractor-independent estimate of how
    much article text the page holds.
    """
    total = 0
    outside: set[HtmlElement] = set()
    for box in tree.iter(*_NOT_ARTICLE):
        outside.update(box.iter())
    comments: dict[HtmlElement, bool] = {}
    for el in tree.iter("p", *_TEXT_CONTAINERS):
        if el in outside:
            continue
        if el.tag == "p":
            text = el.text_content()
            if len(text) < GUARD_PARAGRAPH_CHARS or _link_chars(el) * 2 >= len(text):
                continue  # short, or a teaser or a list of links set as a paragraph
            runs = [text]
        else:
            runs = [r for r in [el.text or ""] + [child.tail or "" for child in el]
                    if len(r) >= GUARD_PARAGRAPH_CHARS]
        if runs and not _in_comments(el, comments):
            total += sum(len(" ".join(r.split())) for r in runs)
    return total


def extract_plain_trafilatura(html: str, url: str | None) -> str:
    """trafilatura with its defaults (fallback chain on) on the untouched page, comments off."""
    return trafilatura.extract(html, url=url, include_comments=False) or ""


@dataclass(frozen=True, slots=True)
class GuardResult:
    """What the content-loss guard saw and did."""

    extraction: Extraction
    detail: dict[str, object] | None  # None when it did not fire


def guard(extraction: Extraction, page_chars: int, html: str, url: str | None,
          settings: ExtractSettings) -> GuardResult:
    """Take a plain extractor's fuller text when ``extraction`` kept far less than the page has."""
    kept = len(extraction.text)
    if page_chars < settings.guard_min_chars or kept >= settings.guard_share * page_chars:
        return GuardResult(extraction, None)
    detail: dict[str, object] = {"fired": True, "kept_chars": kept,
                                 "paragraph_chars": page_chars, "taken": None}
    candidates = (("trafilatura-default", TRAFILATURA_VERSION, extract_plain_trafilatura),
                  ("readability-lxml", READABILITY_VERSION,
                   lambda h, _u: extract_readability(h)))
    for name, version, run in candidates:
        try:
            text = run(html, url)
        except Exception:  # readability raises bare Exceptions on odd markup
            text = ""
        detail[f"{name}_chars"] = len(text)
        if (settings.guard_gain * max(kept, 1) <= len(text)
                <= settings.guard_max_over * page_chars):
            detail["taken"] = name
            why = (f"content-loss guard: kept {kept} of {page_chars} paragraph chars; "
                   f"{name} found {len(text)}")
            return GuardResult(Extraction(text, name, version, why, extraction.choice), detail)
    return GuardResult(extraction, detail)


def extract(tree: HtmlElement, html: str, url: str | None,
            settings: ExtractSettings = ExtractSettings()) -> Extraction:
    """The article text of a page. ``tree`` is consumed: pass a copy you own."""
    text = extract_trafilatura(tree, url)
    alternative = extract_trafilatura_readability(tree)
    which, why = choose(text, alternative, settings)
    if which == "alternative":
        spanned = None if why.endswith(("short", "fragmented")) else span_of(text, alternative)
        if spanned is not None:  # readability dropped blocks from inside the story
            text, extractor, why = spanned, "trafilatura", why + ", spanned"
        else:
            text, extractor = alternative, "readability"
    else:
        extractor = "trafilatura"
    if len(text) >= settings.min_text_chars:
        return Extraction(text, extractor, TRAFILATURA_VERSION, None, why)
    reason = "empty" if not text else f"short ({len(text)} < {settings.min_text_chars} chars)"
    try:
        fallback = extract_readability(html)
    except Exception as exc:  # readability raises bare Exceptions on odd markup
        fallback = ""
        reason += f"; readability failed: {type(exc).__name__}"
    if len(fallback) > len(text):
        return Extraction(fallback, "readability-lxml", READABILITY_VERSION, reason, why)
    if text:
        return Extraction(text, extractor, TRAFILATURA_VERSION, reason, why)
    return Extraction("", "none", "0", reason, why)
