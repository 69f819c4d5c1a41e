"""Layout tables: which tables are unwrapped into blocks, and which stay data tables."""

from __future__ import annotations

import lxml.html
import pytest

from cleaners.layout import is_layout_table, unwrap_layout_tables

PROSE = "<p>The harbour board met on Tuesday to discuss the winter timetable.</p>"


def _table(html: str) -> lxml.html.HtmlElement:
    table = lxml.html.fromstring(html)
    assert table.tag == "table"
    return table


@pytest.mark.parametrize("html", [
    # a page grid: the story cell holds a heading and paragraphs
    f"<table><tr><td><a href='/'>Home</a></td><td><h1>Headline</h1>{PROSE}{PROSE}</td></tr>"
    "</table>",
    # a grid cell holding another table
    "<table><tr><td>menu</td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr>"
    "</table>",
    # a sidebar box: one column, heading row over body row
    "<table><tr><td>Latest Stories</td></tr><tr><td><a href='/1'>One</a></td></tr></table>",
    # a cell that is a column of prose
    f"<table><tr><td>x</td><td>{'word ' * 200}</td></tr></table>",
    # rows inside a tbody count too
    f"<table><tbody><tr><td>left</td><td>{PROSE}{PROSE}</td></tr></tbody></table>",
])
def test_layout_tables_are_recognised(html: str) -> None:
    assert is_layout_table(_table(html))


@pytest.mark.parametrize("html", [
    # tide times: a grid of short cells
    "<table><tr><th>Day</th><th>High water</th></tr><tr><td>Mon</td><td>06:12</td></tr>"
    "<tr><td>Tue</td><td>06:55</td></tr></table>",
    # a one-cell frame round a pull quote stays as the extractor reads it
    "<table><tr><td class='q'>A line the editors wanted readers to see twice.</td></tr></table>",
    # one paragraph in a cell is a note on a datum, not a column of text
    "<table><tr><td>Fare</td><td><p>Four crowns, children free.</p></td></tr></table>",
    "<table></table>",
])
def test_data_tables_stay(html: str) -> None:
    assert not is_layout_table(_table(html))


def test_unwrap_turns_layout_into_divs_and_keeps_nested_data_tables() -> None:
    page = lxml.html.fromstring(
        "<html><body><table id='grid'><tbody><tr><td class='side'>menu</td>"
        f"<td class='story'><h1>Headline</h1>{PROSE}"
        "<table id='data'><tr><th>Day</th><th>Time</th></tr><tr><td>Mon</td><td>06:12</td>"
        "</tr></table></td></tr></tbody></table></body></html>")
    assert unwrap_layout_tables(page) == 1
    assert [t.get("id") for t in page.iter("table")] == ["data"]
    story = page.get_element_by_id("grid").find(".//div[@class='story']")
    assert story is not None and story.find("h1") is not None
    assert len(page.get_element_by_id("data").findall(".//td")) == 2
    assert not page.xpath("//tr[not(ancestor::table[@id='data'])]")


def test_a_page_of_run_paragraphs_keeps_its_short_ones() -> None:
    # one container a paragraph, as some portals print them: the short ones (a sentence,
    # a bold sub-heading) are paragraphs too once the page shows the style
    from cleaners.layout import paragraphs_from_text_runs
    from cleaners.pipeline import parse

    long = ("The council voted on Tuesday to move two million euros from road repairs to "
            "the libraries, after a debate that ran past midnight.")
    tree = parse("<html><body><div id='a'>"
                 f"<div class='t'>{long}<br><br></div>"
                 "<div class='t'>It was not the first time.<br><br></div>"
                 "<div class='t'><b>What happens next</b><br><br></div>"
                 "<div class='t'>12 May<br><br></div></div></body></html>")
    assert paragraphs_from_text_runs(tree) == 3
    texts = [p.text_content() for p in tree.iter("p")]
    assert "It was not the first time." in texts and "What happens next" in texts
    assert "12 May" not in texts
