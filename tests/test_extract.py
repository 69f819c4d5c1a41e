"""Extraction: block-separated text, the trafilatura/readability chooser, the fallback."""

from __future__ import annotations

import lxml.html
import pytest

from cleaners import CleanError, clean
from cleaners.extract import ExtractSettings, choose, html_to_text, overlap
from cleaners.pipeline import parse

PARAS = [
    "The port authority opened a second container terminal on the north quay on Monday, "
    "doubling the number of ships it can unload at once during the winter season.",
    "Officials said the terminal had cost less than planned because the dredging contract "
    "was signed before fuel prices rose, and that it would pay for itself within ten years.",
    "Shipping lines welcomed the news but asked for longer opening hours at the rail yard "
    "behind the quay, where trucks now queue for most of the morning shift.",
]


def test_html_to_text_separates_blocks_and_never_glues_words() -> None:
    root = lxml.html.fromstring(
        "<div><p>first<b>bold</b></p><p>second</p><ul><li>one</li><li>two</li></ul>"
        "<div>third<br>fourth</div><script>var x=1;</script>tail</div>")
    assert html_to_text(root).split("\n\n") == [
        "firstbold", "second", "one", "two", "third", "fourth", "tail"]


def test_choose_prefers_readability_subset_that_drops_some_blocks() -> None:
    settings = ExtractSettings()
    primary = "\n".join(["Harbor terminal opens | Port News", *PARAS,
                         "Sign up for our newsletter and get the port's news every morning"])
    subset = "\n\n".join(PARAS)
    which, why = choose(primary, subset, settings)
    assert which == "alternative", why
    # a subset covering too little of trafilatura's text is a fragment: keep trafilatura
    assert choose(primary, PARAS[0] + " " * 300, settings)[0] == "primary"
    # readability text that adds blocks of its own is not a subset: keep trafilatura
    extra = subset + "\n\n" + "Unrelated sidebar text about a football match " * 5
    assert choose(primary, extra, settings)[0] == "primary"


def test_choose_takes_readability_when_trafilatura_returned_a_menu() -> None:
    menu = "\n".join(f"Menu item {i}" for i in range(200))
    article = "\n\n".join(PARAS)
    assert choose(menu + "\n" + "\n".join(PARAS), article, ExtractSettings())[0] == "alternative"


def test_span_of_keeps_what_readability_dropped_inside_the_story() -> None:
    from cleaners.extract import span_of

    head, a, quote, b, tail = ("Breaking: the headline as a block",
                               PARAS[0], "\u201cA quote readability left out of the story,\u201d "
                               "she said on Tuesday evening.", PARAS[1], "Related: more news")
    primary = "\n".join([head, a, quote, b, tail])
    # readability kept the paragraphs around the quote, not the quote: the span returns it
    assert span_of(primary, "\n\n".join([a, b])) == "\n".join([a, quote, b])
    # readability dropped only blocks at the edges: its own text stands
    assert span_of("\n".join([head, a, b, tail]), "\n\n".join([a, b])) is None


def test_overlap_is_symmetric_in_shape() -> None:
    a, b = overlap("one two three four five", "one two three four five six seven")
    assert a == 1.0 and 0 < b < 1.0


def test_clean_keeps_article_paragraphs_in_order() -> None:
    html = ("<html><head><title>Terminal opens</title></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</article></body></html>")
    text = clean(html, "https://port.example/news/terminal").text
    assert text.split("\n\n") == PARAS


@pytest.mark.parametrize("html", ["", "   \n "])
def test_empty_input_is_a_clean_error(html: str) -> None:
    with pytest.raises(CleanError, match="empty page"):
        clean(html, "https://a.example/")


def test_bytes_are_decoded_by_declared_charset() -> None:
    body = f"<html><head><meta charset='latin-1'></head><body><p>{PARAS[0]} Café.</p></body></html>"
    doc = clean(body.encode("latin-1"), "https://a.example/x")
    assert "Café" in doc.text


def test_parse_drops_comments() -> None:
    tree = parse("<html><body><!-- hidden note --><p>visible</p></body></html>")
    assert "hidden note" not in lxml.html.tostring(tree, encoding="unicode")


@pytest.mark.parametrize("html", [
    "<!DOCTYPE html>\n<html><body><p>One paragraph of text.</p><p>Two.</p></body></html>",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>Declared.</p></body></html>',
    "<html/>\n<body><p>Self-closing html tag.</p></body>",
    "<p>A fragment, never called html.</p>",
    "<div><p>A fragment</p><p>of two paragraphs.</p></div>",
    "<html><body><form><input name=q><label>Find</label></form><p>x</p></body></html>",
])
def test_parse_reads_pages_as_trafilatura_loads_them(html: str) -> None:
    # parse() repeats trafilatura.utils.load_html with its own parser (see _PARSER):
    # the same trees, or the same refusal
    from trafilatura.utils import load_html

    theirs = load_html(html)
    if theirs is None:
        with pytest.raises(CleanError):
            parse(html)
        return
    ours = parse(html)
    assert lxml.html.tostring(ours) == lxml.html.tostring(theirs)
    assert all(isinstance(el, lxml.html.HtmlElement) for el in ours.iter())


def test_restore_headings_puts_back_dropped_subheading_only_inside_article() -> None:
    from cleaners.extract import restore_headings

    tree = lxml.html.document_fromstring(
        "<html><body><h2>Site menu</h2><p>Home News Sport Weather and more links here</p>"
        f"<article><p>{PARAS[0]}</p><h2>Costs came in lower</h2><p>{PARAS[1]}</p></article>"
        "</body></html>")
    text = "\n".join(PARAS[:2])
    restored, count = restore_headings(text, tree)
    assert count == 1
    assert restored.splitlines() == [PARAS[0], "Costs came in lower", PARAS[1]]
    # a heading a DOM cleaner removed stays out
    assert restore_headings(text, tree, removed=["Costs came in lower"]) == (text, 0)


def test_restoring_steps_over_boxes_between_a_heading_or_lead_in_and_its_story() -> None:
    """A figure or a promo line between a subheading (or a list's lead-in) and the story
    does not keep it out; a heading over a list of links next to the story stays out."""
    from cleaners.extract import restore_headings, restore_lists

    tree = lxml.html.document_fromstring(
        f"<html><body><article><p>{PARAS[0]}</p>"
        "<h2>What the numbers show</h2>"
        "<figure><img src='a.jpg'><figcaption>Workers on site (Photo by A. B.)</figcaption>"
        f"</figure><p>{PARAS[1]}</p>"
        "<p>The plan includes several measures that can start within months:</p>"
        "<p><em>Join our channel for the top stories.</em> <a href='/x'>Join now</a></p>"
        "<div class='nl'><p>Sign up for our briefing.</p><form><input type='email'></form>"
        "</div><ul><li>a free shuttle to the hospital</li><li>longer opening hours</li></ul>"
        "<h3>Related</h3><ul><li><a href='/1'>Another story</a></li></ul>"
        f"<p>{PARAS[2]}</p></article></body></html>")
    lead = "The plan includes several measures that can start within months:"
    text = "\n".join([PARAS[0], PARAS[1], lead, "Join our channel for the top stories. Join now",
                      PARAS[2]])
    with_heading, headings = restore_headings(text, tree)
    assert headings == 1
    assert with_heading.splitlines()[:3] == [PARAS[0], "What the numbers show", PARAS[1]]
    with_list, lists = restore_lists(with_heading, tree)
    assert lists == 1
    lines = with_list.splitlines()
    at = lines.index(lead)
    # the list goes after its lead-in; the "Related" list next to the story stays out
    assert lines[at + 1:at + 3] == ["- a free shuttle to the hospital", "- longer opening hours"]
    assert "Related" not in with_list and "Another story" not in with_list


@pytest.mark.parametrize("text", [
    "", "short", "Word " * 200, "  ,, ;; " * 100 + "late words here", "ΣΑΣ ΣΑΣ " * 60,
    "İstanbul " * 40, "a-b-c " * 100 + "x" * 500,
])
def test_key_prefix_is_the_start_of_the_full_key(text: str) -> None:
    from cleaners.extract import _key, _key_prefix

    for chars in (1, 7, 60, 400):
        assert _key_prefix(text, chars) == _key(text)[:chars]
