"""Metadata: title, authors, dates (clock-free), origin hints, wire credits."""

from __future__ import annotations

import lxml.html

from cleaners.metadata import byline_author, origin_hints, page_metadata, wire_credit

PAGE = """<html lang="en"><head>
<title>Ferry strike ends after talks | Coast Daily</title>
<meta property="og:site_name" content="Coast Daily">
<meta name="description" content="Crews return on Friday.">
<meta property="article:published_time" content="2026-03-04T09:41:00Z">
<link rel="canonical" href="https://origin.example/ferry-strike">
</head><body><article>
<h1>Ferry strike ends after talks</h1>
<p class="byline">By <span class="author">Ana Lopes</span></p>
<p>Crews will return to work on Friday after the operator agreed to hire more deckhands.</p>
<p>Originally published at <a href="https://first.example/story">First Wire</a>.</p>
<p><a href="https://second.example/source">Source link</a> <a href="/local">Source</a></p>
</article></body></html>"""


def _tree() -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(PAGE)


def test_page_metadata_fields() -> None:
    meta = page_metadata(_tree(), "https://copy.example/news/ferry")
    assert meta.title and meta.title.startswith("Ferry strike ends after talks")
    assert meta.site == "Coast Daily"
    assert meta.language == "en"
    assert meta.published == "2026-03-04"
    assert meta.canonical_url == "https://origin.example/ferry-strike"


def test_origin_hints_are_other_hosts_best_first() -> None:
    hints = origin_hints(_tree(), "https://copy.example/news/ferry")
    assert hints == ("https://origin.example/ferry-strike", "https://first.example/story",
                     "https://second.example/source")


def test_own_host_is_never_an_origin() -> None:
    assert origin_hints(_tree(), "https://origin.example/ferry-strike")[0] != (
        "https://origin.example/ferry-strike")


def test_byline_author_skips_comment_sections() -> None:
    tree = lxml.html.document_fromstring(
        "<html><body><div id='comments'><span class='author'>Troll Person</span></div>"
        "<article><span class='author'>Ana Lopes</span><p>text</p></article></body></html>")
    assert byline_author(tree) == "Ana Lopes"


def test_published_date_does_not_depend_on_today() -> None:
    # a date past "today" is kept: clean() must give the same answer on any day
    html = PAGE.replace("2026-03-04", "2098-01-02")
    meta = page_metadata(lxml.html.document_fromstring(html), "https://copy.example/x")
    assert meta.published == "2098-01-02"


def test_wire_credit_from_dateline() -> None:
    assert wire_credit("LISBON (Harbor Wire) – Ferries resumed.") == "Harbor Wire"
    assert wire_credit("No credit here.") is None


def _byline_reference(tree: lxml.html.HtmlElement) -> str | None:
    """The byline search with trafilatura's discard XPaths run over the whole page."""
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.utils import trim
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    discarded = {el for expression in AUTHOR_DISCARD_XPATHS for el in expression(tree)}
    for expression in AUTHOR_XPATHS:
        for el in expression(tree):
            if el in discarded or any(a in discarded for a in el.iterancestors()):
                continue
            content = trim(" ".join(el.itertext()))
            if content and 2 < len(content) < 120:
                author = normalize_authors(None, content)
                return str(author) if author else None
    return None


def test_guarded_byline_search_finds_what_trafilatura_xpaths_find() -> None:
    # no <article>: the guarded whole-page XPaths and the per-candidate discard test
    # must agree with trafilatura's XPaths and its page-wide discard set
    pages = [
        "<div class='comments'><span class='author'>Troll Account</span></div>"
        "<div><span class='byline'>Maria Keane</span></div>",
        "<figure><span class='author'>Photo Desk</span></figure>"
        "<p id='author'>Tomas Reyes</p>",
        "<div class='sidebar'><a rel='author'>Side Writer</a></div>"
        "<div data-component='ArticleByline'>Ines Marrow</div>",
        "<span itemprop='author'>Owen Castell</span>",
        "<p class='k6'>No byline on this page at all.</p>",
    ]
    for body in pages:
        tree = lxml.html.fromstring(f"<html><body>{body}</body></html>")
        assert byline_author(tree) == _byline_reference(tree), body
    assert byline_author(lxml.html.fromstring(
        f"<html><body>{pages[0]}</body></html>")) == "Maria Keane"


def test_regex_prefilter_keeps_only_necessary_substrings() -> None:
    from cleaners.metadata import _prefiltered, _required_literals

    assert _required_literals("author-?name|AuthorName") == ["author", "AuthorName"]
    assert _required_literals("[Aa]uthor|^comments") == ["uthor", "comments"]
    # no literal every match must contain: left unguarded
    assert _required_literals(r"(^|\s)bottom") is None
    assert _required_literals("a(b|c)d") is None
    assert _required_literals("ab?") is None
    guarded = _prefiltered("//*[re:test(@class, 'byl?ine|writer')]")
    assert guarded == ("//*[((contains(@class, 'ine') or contains(@class, 'writer')) "
                       "and re:test(@class, 'byl?ine|writer'))]")


def test_prefiltered_byline_search_matches_the_unguarded_one() -> None:
    from lxml.etree import XPath
    from trafilatura.xpaths import AUTHOR_XPATHS

    from cleaners.metadata import _AUTHOR_XPATHS, _REGEXP_NS

    tree = lxml.html.fromstring(
        "<html><body><div class='AuthorName x'>A One</div><span class='authorname'>B</span>"
        "<p id='zuozhe-1'>C</p><a class='post-writer'>D</a><span class='Byline'>E</span>"
        "<div class='autor'>F</div><span class='channel-name'>G</span></body></html>")
    for ours, theirs in zip(_AUTHOR_XPATHS, AUTHOR_XPATHS, strict=True):
        assert ours(tree) == XPath(theirs.path, namespaces=_REGEXP_NS)(tree)
