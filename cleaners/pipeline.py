"""``clean``: the one pure path from HTML and a URL to a cleaned ``Document``.

Parse once; copy the tree once, for this call only; let the DOM plugins name the
noise and drop it from the copy; extract; let the text plugins drop noisy blocks;
read the metadata from the untouched tree. Every plugin that ran leaves a
provenance step with what it removed, so any removal can be audited
(``explain(doc)``).
"""

from __future__ import annotations

import contextlib
import copy
import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import lxml.html
from lxml import etree
from lxml.etree import ParserError, strip_elements
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction
from trafilatura.utils import is_dubious_html, repair_faulty_html

from cleaners.config import CleanerConfig
from cleaners.extract import extract, guard, paragraph_chars, restore_headings, restore_lists
from cleaners.fingerprint import normalise_text
from cleaners.layout import paragraphs_from_text_runs, unwrap_layout_tables
from cleaners.metadata import page_metadata, wire_credit
from cleaners.plugins.base import CleanContext, DomCleaner, TextCleaner
from cleaners.records import Document, ProvenanceStep
from cleaners.registry import Plugin
from cleaners.rules import SiteRules, rules_for
from cleaners.version import __version__

#: Elements that never hold article text: scripts (JSON-LD is read from the untouched
#: tree by the metadata step), styles, inline SVG drawings, noscript and templates.
INVISIBLE_TAGS = ("script", "style", "svg", "noscript", "template")
#: Provenance keeps this many removed snippets per plugin and stage ...
MAX_SNIPPETS = 10
#: ... each cut to this many characters.
SNIPPET_CHARS = 120

SiteRulesArg = SiteRules | Mapping[str, SiteRules] | None


class CleanError(ValueError):
    """The input is not an HTML page that can be cleaned; the message says why."""


#: A page decoded with more U+FFFD than this share of its characters was mislabelled
#: (a cp1252 page declaring UTF-8, the common case): it is decoded again by detection.
MISLABELLED_SHARE = 0.001


#: How much more "chaos" (charset-normalizer's mess score) still counts as a tie.
CHAOS_TIE = 0.2


def decode_html(html: str | bytes, content_type: str | None = None) -> str:
    """Bytes to text, as browsers do: a byte-order mark, then the HTTP ``Content-Type``
    charset, then ``<meta charset>``, then detection (charset-normalizer), else UTF-8.

    A declared charset that does not fit the bytes (many replacement characters) is
    overruled by detection, so a mislabelled page still reads as text. Never raises.
    """
    if isinstance(html, str):
        return html
    from w3lib.encoding import html_to_unicode

    try:
        encoding, text = html_to_unicode(content_type, html, auto_detect_fun=_detect)
    except (LookupError, ValueError):  # an unknown charset name in a header
        encoding, text = html_to_unicode(None, html, auto_detect_fun=_detect)
    text = str(text)
    if text.count("\ufffd") > MISLABELLED_SHARE * max(len(text), 1):
        detected = _detect(html)
        if detected and detected != encoding:
            try:
                return html.decode(detected)
            except (LookupError, UnicodeDecodeError):
                pass
    return text


def _detect(body: bytes) -> str | None:
    """UTF-8 when ``body`` is valid UTF-8 (cheap, and most undeclared pages are), else
    the charset charset-normalizer finds (None when it finds none)."""
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(body[:200_000]))
    if not matches:
        return None
    best = matches[0]
    # Single-byte Latin charsets often fit the same bytes almost equally well (a cp1252
    # page also reads as cp1257 with two letters wrong); windows-1252 is what the web's
    # undeclared and mislabelled Western pages are (the WHATWG default), so it wins a
    # near tie. Taught by a cp1252 test page declaring UTF-8 that detection read as cp1257.
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos + CHAOS_TIE:
            return "cp1252"
    return str(best.encoding)


#: trafilatura's parser settings (``trafilatura.utils.HTML_PARSER``: comments and
#: processing instructions dropped, no ids collected), with one change: every element
#: proxy is an ``HtmlElement`` chosen in C (``ElementDefaultClassLookup``) instead of by
#: lxml.html's Python lookup, which is called each time a node is touched from Python.
#: The extractors, plugins and restoring walk the tree many times: the lookup ran about
#: 5,000 times a page on the shared benchmark, about 1 ms. Same tree, same texts (all
#: 181 benchmark documents identical); form elements lose only lxml's form helpers,
#: which nothing here uses.
_PARSER = etree.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                           remove_comments=True, remove_pis=True)
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction,
    entity=HtmlEntity))


def _load_html(html: str) -> HtmlElement | None:
    """``trafilatura.utils.load_html`` for a decoded page, parsed with ``_PARSER``.

    Its steps in its order (repair, parse the string, else its UTF-8 bytes, reject a
    one-element tree from a page that never says "html"), since it takes no parser.
    """
    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = repair_faulty_html(html, beginning)
    tree: HtmlElement | None = None
    # ValueError: "Unicode strings with encoding declaration are not supported."
    with contextlib.suppress(etree.LxmlError, ValueError):
        tree = lxml.html.fromstring(html, parser=_PARSER)
    if tree is None or len(tree) < 1:
        try:
            tree = lxml.html.fromstring(html.encode("utf8", "surrogatepass"), parser=_PARSER)
        except (etree.LxmlError, ValueError):
            tree = None
    if tree is not None and dubious and len(tree) < 2:
        return None
    return tree


def parse(html: str) -> HtmlElement:
    """Parse ``html`` into an lxml tree, raising ``CleanError`` for non-HTML input.

    trafilatura's loading (``_load_html``): it drops comments and processing
    instructions and repairs broken openings, and trafilatura's scoring was tuned on
    trees parsed that way (on the benchmark a tree from a plain lxml parse lost half
    of one article).
    """
    if not html.strip():
        raise CleanError("empty page: nothing to clean")
    try:
        tree = _load_html(html)
    except (ParserError, ValueError, TypeError) as exc:
        raise CleanError(f"not parseable as HTML: {exc}") from exc
    if tree is None:
        if nesting_depth(html) > MAX_NESTING:
            raise CleanError(f"nested deeper than {MAX_NESTING} elements, the HTML parser's "
                             "limit: refused as broken or hostile")
        raise CleanError("not parseable as HTML: no document element (is it HTML at all?)")
    return tree


#: libxml2's HTML parser stops at this depth (without its "huge" option, which newsrake
#: never sets: it also lifts the limits that protect memory).
MAX_NESTING = 255
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
_VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"])


def nesting_depth(html: str) -> int:
    """The deepest element nesting of ``html`` by its tags (only when parsing failed)."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _VOID or self_closing:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def boilerplate_set(texts: Iterable[str]) -> frozenset[str]:
    """The boilerplate argument of ``clean`` from raw block texts (normalised here)."""
    return frozenset(n for n in (normalise_text(t) for t in texts) if n)


def _snippets(texts: Iterable[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        if len(out) == MAX_SNIPPETS:
            break
        flat = " ".join(text.split())
        out.append(flat if len(flat) <= SNIPPET_CHARS else flat[:SNIPPET_CHARS - 1] + "…")
    return out


def _step(plugin: Plugin, at: str, removed: list[str]) -> ProvenanceStep:
    return ProvenanceStep("plugin", plugin.name, plugin.version, {
        "at": at, "removed": len(removed), "removed_chars": sum(len(r) for r in removed),
        "snippets": _snippets(removed)})


def _protected(tree: HtmlElement, rules: SiteRules | None, host: str,
               ) -> tuple[set[HtmlElement], frozenset[str]]:
    """Elements a site's ``keep`` selectors protect (with ancestors), and their block texts."""
    if rules is None or not rules.keep_xpath or not rules.applies_to(host):
        return set(), frozenset()
    nodes: set[HtmlElement] = set()
    texts: set[str] = set()
    for xpath in rules.keep_xpath:
        for kept in tree.xpath(xpath):
            if not isinstance(kept, HtmlElement):
                continue
            nodes.update(kept.iter())
            nodes.update(kept.iterancestors())
            texts.update(normalise_text(e.text_content()) for e in kept.iter()
                         if isinstance(e.tag, str))
    texts.discard("")
    return nodes, frozenset(texts)


def _drop(tree: HtmlElement, plugin: DomCleaner, ctx: CleanContext,
          protected: set[HtmlElement]) -> list[str]:
    """Drop what ``plugin`` names from ``tree`` (our own copy); the removed texts."""
    removed: list[str] = []
    for el in plugin.find_noise(tree, ctx):
        if el in protected or el.getparent() is None:
            continue  # kept by a site rule, or already gone with an ancestor
        if any(a.getparent() is None and a is not tree for a in el.iterancestors()):
            continue
        text = " ".join(el.text_content().split())
        el.drop_tree()  # keeps el.tail: the text after an embed is the article's
        if text:
            removed.append(text)
    return removed


def _apply_text(plugin: TextCleaner, blocks: tuple[str, ...], ctx: CleanContext,
                protected: frozenset[str]) -> tuple[tuple[str, ...], list[str]]:
    result = plugin.clean_blocks(blocks, ctx)
    removed = list(result.removed)
    if protected and any(normalise_text(r) in protected for r in removed):
        spared = Counter(r for r in removed if normalise_text(r) in protected)
        gone = Counter(removed) - spared
        kept: list[str] = []
        for block in blocks:
            if gone[block] > 0:
                gone[block] -= 1
            else:
                kept.append(block)
        return tuple(kept), [r for r in removed if normalise_text(r) not in protected]
    return result.blocks, removed


@dataclass(frozen=True, slots=True)
class Cleaner:
    """A configured cleaning pipeline: build once, call ``clean`` for every page."""

    config: CleanerConfig
    plugins: tuple[Plugin, ...]
    fingerprint: str
    #: The plugins that work on the tree, and those that work on the text, in run order
    #: (sorted once here: a check against a runtime Protocol costs 20 µs, 16 a page).
    dom_plugins: tuple[DomCleaner, ...] = field(init=False, repr=False, compare=False)
    text_plugins: tuple[TextCleaner, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "dom_plugins", tuple(
            p for p in self.plugins if isinstance(p, DomCleaner)))
        object.__setattr__(self, "text_plugins", tuple(
            p for p in self.plugins if isinstance(p, TextCleaner)))

    @classmethod
    def build(cls, config: CleanerConfig | None = None) -> Cleaner:
        """Resolve ``config`` against the available plugins (raises on unknown names)."""
        config = config or CleanerConfig()
        return cls(config, config.ordered_plugins(), config.fingerprint())

    def clean(self, html: str | bytes, url: str, *, site_rules: SiteRulesArg = None,
              boilerplate: Iterable[str] | None = None) -> Document:
        """Clean one page. Pure: no I/O; ``html`` and the caller's data are not modified."""
        text_html = decode_html(html)
        tree = parse(text_html)
        # before the working copy is made: the plugins, the guard and the restoring of
        # headings and lists read the same paragraphs the extractor sees
        text_runs = (paragraphs_from_text_runs(tree) if self.config.extract.text_run_paragraphs
                     else 0)
        work = copy.deepcopy(tree)  # the one copy the DOM plugins' removals are made on
        # Both extractors throw these away first thing; gone before they copy the tree,
        # they cost nothing to copy or to scan (-9% extraction time, same text on the
        # benchmark). Their tails are text and stay.
        strip_elements(work, *INVISIBLE_TAGS, with_tail=False)
        # A table that lays out the page (masthead, menu, story, sidebars in its cells)
        # would be read as one data table, sidebars and all: the extractor sees divs.
        layout_tables = (unwrap_layout_tables(work) if self.config.extract.unwrap_layout_tables
                         else 0)
        meta = page_metadata(tree, url)
        ctx = CleanContext(url=url, title=meta.title, description=meta.description,
                           site_rules=_rules(site_rules, url),
                           boilerplate=(boilerplate if isinstance(boilerplate, frozenset)
                                        else boilerplate_set(boilerplate or ())),
                           tree=tree)
        keep_nodes, keep_texts = _protected(work, ctx.site_rules, ctx.host)
        steps: list[ProvenanceStep] = []
        dom_removed: list[str] = []
        for dom_plugin in self.dom_plugins:
            removed = _drop(work, dom_plugin, ctx, keep_nodes)
            dom_removed.extend(removed)
            steps.append(_step(dom_plugin, "dom", removed))
        extraction = extract(work, text_html, url, self.config.extract)
        guarded = guard(extraction, paragraph_chars(tree), text_html, url, self.config.extract)
        extraction = guarded.extraction
        extracted, restored = restore_headings(extraction.text, tree, dom_removed)
        extracted, lists_restored = restore_lists(extracted, tree, dom_removed)
        extract_detail: dict[str, object] = {
            "chars": len(extraction.text), "fallback_reason": extraction.fallback_reason,
            "choice": extraction.choice, "headings_restored": restored,
            "lists_restored": lists_restored,
            "layout_tables": layout_tables, "text_run_paragraphs": text_runs}
        if guarded.detail is not None:
            extract_detail["guard"] = guarded.detail
        extract_step = ProvenanceStep("extract", extraction.extractor, extraction.version,
                                      extract_detail)
        blocks = tuple(b for b in (" ".join(line.split())
                                   for line in extracted.splitlines()) if b)
        for text_plugin in self.text_plugins:
            blocks, removed = _apply_text(text_plugin, blocks, ctx, keep_texts)
            steps.append(_step(text_plugin, "text", removed))
        text = "\n\n".join(blocks)
        # one Document with every step (a copy a step would cost more than a plugin)
        return Document(
            url=url, provenance=(extract_step, *steps, ProvenanceStep(
                "metadata", "newsrake-metadata", __version__,
                {"origin_hints": len(meta.origin_hints),
                 "cleaner_fingerprint": self.fingerprint})),
            text=text, title=meta.title, canonical_url=meta.canonical_url,
            authors=meta.authors, published=meta.published, language=meta.language,
            site=meta.site, description=meta.description, origin_hints=meta.origin_hints,
            wire_credit=wire_credit(text), cleaner_fingerprint=self.fingerprint)


def _rules(site_rules: SiteRulesArg, url: str) -> SiteRules | None:
    if site_rules is None or isinstance(site_rules, SiteRules):
        return site_rules
    from urllib.parse import urlsplit

    return rules_for(urlsplit(url).netloc, site_rules)


@functools.cache
def _cleaner_for(config: CleanerConfig) -> Cleaner:
    # Memoised per (immutable, hashable) config: a Cleaner is immutable too, and resolving
    # the plugin list on every page would re-read entry points.
    return Cleaner.build(config)


def clean(html: str | bytes, url: str, *, config: CleanerConfig | None = None,
          site_rules: SiteRulesArg = None, boilerplate: Iterable[str] | None = None,
          ) -> Document:
    """Clean one page: DOM plugins, extraction, text plugins, metadata. Pure: no I/O.

    Args:
        html: the page, as text or as bytes in its declared charset.
        url: the page's URL (its host selects site rules).
        config: plugin order/enablement and extraction settings; the defaults if None.
        site_rules: the page's ``SiteRules``, or a domain -> rules mapping to pick from.
        boilerplate: texts of blocks repeated across the site's pages (see
            ``boilerplate_set``); such blocks are dropped.

    Returns:
        The cleaned ``Document``, its provenance listing every plugin that ran.

    Raises:
        CleanError: the input is empty or not HTML.
    """
    return _cleaner_for(config or CleanerConfig()).clean(
        html, url, site_rules=site_rules, boilerplate=boilerplate)
