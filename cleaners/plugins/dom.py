"""Built-in DOM cleaners: they look at the parsed page before extraction.

Each returns the elements it wants dropped and never modifies the tree. Generic
cleaners read structure (link density, embed targets, repeated price shapes),
never class names, which sites obfuscate (``c-x9f2``) and reuse for promos.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lxml.etree import XPath
from lxml.html import HtmlElement

from cleaners.plugins.base import CleanContext, TextResult
from cleaners.plugins.text import PRICE_LINE

#: Where social embeds point: blog rewrites of wire stories embed tweets as
#: blockquotes linking to a status; Instagram, Facebook, TikTok and YouTube embeds
#: are blockquotes or iframes pointing at a post or video.
EMBED_TARGETS = re.compile(
    r"^(?:https?:)?//(?:www\.|m\.|mobile\.)?(?:twitter\.com/\w+/status|x\.com/\w+/status|"
    r"instagram\.com/(?:p|reel|tv)/|facebook\.com/(?:[\w.]+/(?:posts|videos)|plugins/|"
    r"watch)|tiktok\.com/@[\w.]+/video|youtube(?:-nocookie)?\.com/(?:embed|watch)|youtu\.be/|"
    r"platform\.twitter\.com|t\.me/\w+/\d+)", re.IGNORECASE)
#: Elements that may embed a post: found with ``iter`` (one C-side walk of the tree,
#: where an XPath union walks it once per branch), in document order as XPath would.
_FRAME_TAGS = ("iframe", "embed", "object")


#: A list whose items are at least this share links, by characters, is navigation or a
#: related list; tuned on portal menus (all links) against article lists that cite
#: sources with a link per item (well under 0.6 once their prose is counted).
LINK_LIST_DENSITY = 0.9
#: Fewer items than this are left alone: two links in a list are often the story's own.
LINK_LIST_MIN_ITEMS = 3
#: Items longer than this on average are prose with links, not headlines.
LINK_LIST_MAX_ITEM_CHARS = 120
#: A ticker container holds at least this many price-shaped children, and they make up
#: most of its children; tuned on crypto/stock strips against finance-story tables.
TICKER_MIN_PRICES = 5
TICKER_PRICE_SHARE = 0.6

#: Lists with enough items and at least one link (counted in C, not Python).
_LINK_LIST_CANDIDATES = XPath(f"(//ul|//ol)[count(li) >= {LINK_LIST_MIN_ITEMS}][.//a]")
_LINK_TEXT = XPath(".//a//text()", smart_strings=False)
_STRING = XPath("string()", smart_strings=False)
#: All the text of the document the context node is in.
_PAGE_STRING = XPath("string(/)", smart_strings=False)
_BULLET = re.compile(r"^[-–•*·]\s+")
#: Text nodes that may be (part of) a price line: a change in per cent or with a plus
#: sign (a strip of five quotes without either has not been seen).
_CHANGE_TEXTS = XPath("//body//text()[contains(., '%') or contains(., '+')]"
                      "[not(parent::script or parent::style)]")
_HAS_DIGIT = re.compile(r"\d")
#: How far above a price text its ticker container may sit (text in a span in an
#: item in the strip: three levels).
TICKER_DEPTH = 3


_WORDS = re.compile(r"\w+")


def _key(text: str) -> str:
    # lower-cased words: the block and the list item come from the same page, so the
    # full fingerprint normalisation (NFKC, casefold) would only cost time
    return " ".join(_WORDS.findall(text.lower()))


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


@dataclass(frozen=True, slots=True)
class SocialEmbedDomCleaner:
    """Blockquotes and frames that embed a tweet, post or video."""

    name: str = "social-embeds"
    version: str = "1"

    def find_noise(self, tree: HtmlElement, ctx: CleanContext) -> Sequence[HtmlElement]:
        """Embeds: a blockquote whose last link is a post, or a frame showing one."""
        found: list[HtmlElement] = []
        for quote in tree.iter("blockquote"):
            hrefs = [a.get("href") or "" for a in quote.iter("a")]
            if hrefs and EMBED_TARGETS.match(hrefs[-1]):
                found.append(quote)
        for frame in tree.iter(*_FRAME_TAGS):
            # an iframe or embed with a src, an object with data
            if frame.get("data" if frame.tag == "object" else "src") is None:
                continue
            if EMBED_TARGETS.match(frame.get("src") or frame.get("data") or ""):
                found.append(frame)
        return found


def _visible_chars(text: str) -> int:
    # characters other than whitespace: str.split and the regex \s agree on what
    # whitespace is (both Py_UNICODE_ISSPACE), and one join beats a regex sub a text node
    return len("".join(text.split()))


def link_lists(tree: HtmlElement) -> list[HtmlElement]:
    """Lists of at least 3 short items whose text is nearly all link text."""
    found: list[HtmlElement] = []
    for lst in _LINK_LIST_CANDIDATES(tree):
        items = len(lst.findall("li"))
        text_len = _visible_chars(_STRING(lst))
        if not text_len or text_len / items > LINK_LIST_MAX_ITEM_CHARS:
            continue
        link_len = _visible_chars("".join(_LINK_TEXT(lst)))
        if link_len / text_len >= LINK_LIST_DENSITY:
            found.append(lst)
    return found


@dataclass(frozen=True, slots=True)
class LinkListCleaner:
    """Blocks that were items of an all-links list: menus, related/latest/popular lists.

    The lists are found on the tree but removed from the text: dropping them from the
    tree before extraction moved trafilatura's choice of main container on some pages
    (on the benchmark a news page lost half its article that way), so the extractor
    sees the whole page and the menu items it kept are dropped afterwards.
    """

    name: str = "link-lists"
    version: str = "1"

    def clean_blocks(self, blocks: tuple[str, ...], ctx: CleanContext) -> TextResult:
        """Drop blocks equal to an item of an all-links list on the page."""
        if ctx.tree is None:
            return TextResult(blocks)
        candidates = {i: _key(_BULLET.sub("", b)) for i, b in enumerate(blocks)}
        # the items, and each link in them: menus nest lists, and the extractor prints a
        # nested item's links as blocks of their own. Each element once (a nested list's
        # links are also its outer list's), each distinct text keyed once.
        elements: dict[HtmlElement, None] = {}
        for lst in link_lists(ctx.tree):
            elements.update(dict.fromkeys(lst.iterchildren("li")))
            elements.update(dict.fromkeys(lst.iter("a")))
        items = {_key(text) for text in {_STRING(el) for el in elements}}
        items.discard("")
        drop = {i for i, key in candidates.items() if key in items}
        return TextResult(tuple(b for i, b in enumerate(blocks) if i not in drop),
                          tuple(blocks[i] for i in sorted(drop)))


@dataclass(frozen=True, slots=True)
class TickerDomCleaner:
    """Marquees and containers whose children are mostly price lines."""

    name: str = "ticker"
    version: str = "1"

    def find_noise(self, tree: HtmlElement, ctx: CleanContext) -> Sequence[HtmlElement]:
        """Every marquee, and the outermost containers made of price-shaped children."""
        found: list[HtmlElement] = list(tree.iter("marquee"))
        # A ticker needs TICKER_MIN_PRICES texts with a "%" or "+" each: a page with
        # fewer of those characters in all its text has none (most pages; one string
        # of the page costs a third of the search for such texts).
        page_text = _PAGE_STRING(tree)
        if page_text.count("%") + page_text.count("+") < TICKER_MIN_PRICES:
            return found
        # Count price-looking texts under each near ancestor, in one pass over the text
        # nodes, then check only containers that could hold enough of them.
        counts: dict[HtmlElement, int] = {}
        for node in _CHANGE_TEXTS(tree):
            if not _HAS_DIGIT.search(node):
                continue
            el = node.getparent()
            for _ in range(TICKER_DEPTH + 1):
                if el is None:
                    break
                counts[el] = counts.get(el, 0) + 1
                el = el.getparent()
        boxes = [el for el, n in counts.items() if n >= TICKER_MIN_PRICES]
        for box in boxes:
            children = [c for c in box if isinstance(c.tag, str)]
            if len(children) < TICKER_MIN_PRICES:
                continue
            prices = sum(1 for c in children if PRICE_LINE.match(_text(c)))
            if prices >= TICKER_MIN_PRICES and prices / len(children) >= TICKER_PRICE_SHARE:
                found.append(box)
        return found


@dataclass(frozen=True, slots=True)
class SiteDomRulesCleaner:
    """The site's ``drop`` selectors (compiled to XPath when the rules were loaded)."""

    name: str = "site-rules"
    version: str = "1"

    def find_noise(self, tree: HtmlElement, ctx: CleanContext) -> Sequence[HtmlElement]:
        """Elements the page's site rules say to drop."""
        rules = ctx.site_rules
        if rules is None or not rules.applies_to(ctx.host):
            return ()
        found: list[HtmlElement] = []
        for xpath in rules.drop_xpath:
            found.extend(e for e in tree.xpath(xpath) if isinstance(e, HtmlElement))
        return found
