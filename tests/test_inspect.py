"""``newsrake inspect``: the HTML report of what cleaning removed, from a file or the store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml.html import fromstring

import cleaners
from crawler.cli import main
from crawler.commands.inspect_html import render_report
from crawler.store.local import LocalStore
from tests.services import ingest_pages

REPO = Path(__file__).resolve().parents[1]
#: A demo page with removals by four plugins (a ticker, a title repeat, subscription
#: prompts, a "key takeaways" and "related" list); crawler/demo/expected.json labels it.
PAGE = REPO / "crawler/demo/sites/ledgerline/markets/vcb-surprises-with-hike-to-4-75.html"
URL = "http://ledgerline.example/markets/vcb-surprises-with-hike-to-4-75.html"
EXPECTED = next(a for a in json.loads((REPO / "crawler/demo/expected.json").read_text())
                ["articles"] if a["path"] == "/markets/vcb-surprises-with-hike-to-4-75.html")


def removed_by_plugin(report: str) -> dict[str, list[str]]:
    tree = fromstring(report)
    out: dict[str, list[str]] = {}
    for el in tree.xpath("//div[@class='page']//*[@data-plugin]"):
        out.setdefault(el.get("data-plugin"), []).append(" ".join(el.text_content().split()))
    return out


def test_report_highlights_every_removal_the_provenance_names() -> None:
    doc = cleaners.clean(PAGE.read_bytes(), URL)
    report, found = render_report(PAGE.read_bytes(), doc, source=str(PAGE))
    plugins = {s.name: int(s.detail["removed"]) for s in doc.provenance
               if s.stage == "plugin" and s.detail.get("removed")}
    assert len(plugins) >= 4 and found.removed == {**dict.fromkeys(
        (s.name for s in doc.provenance if s.stage == "plugin"), 0), **plugins}
    assert found.unlocated == [] and found.shown == plugins
    highlighted = removed_by_plugin(report)
    assert {k: len(v) for k, v in highlighted.items()} == plugins
    # what the labels call noise is highlighted, by the plugin that removed it
    texts = [t for spans in highlighted.values() for t in spans]
    for noise in ("Key takeaways", "Governor signals no commitment to further hikes"):
        assert any(noise in t for t in texts), noise
    tree = fromstring(report)
    legend = {li.get("data-plugin"): li.text_content()
              for li in tree.xpath("//ul[@id='legend']/li")}
    assert set(legend) == set(plugins)
    assert all(f"removed {plugins[name]}, highlighted {plugins[name]}" in text
               for name, text in legend.items())
    kept = tree.xpath("//div[@id='kept-text']")[0].text_content()
    assert kept == doc.text and EXPECTED["must_contain"][0] in kept
    assert [r.xpath("string(td[2])") for r in tree.xpath("//table[1]/tr[td]")][:2] == [
        s.name for s in doc.provenance[:2]]


def test_a_removal_whose_text_stands_twice_is_highlighted_where_it_was_removed() -> None:
    # the demo page's "Markets" is a menu link and the story's section label; the boxes
    # plugin removed the label, beside its other removals, not the menu link
    doc = cleaners.clean(PAGE.read_bytes(), URL)
    report, _ = render_report(PAGE.read_bytes(), doc, source=str(PAGE))
    tree = fromstring(report)
    marked = tree.xpath("//div[@class='page']//*[@data-plugin='boxes']")
    assert any(" ".join(el.text_content().split()) == "Markets" for el in marked)
    assert not tree.xpath("//div[@class='page']//nav//*[@data-plugin]")
    assert tree.xpath("//div[@class='page']//nav//a[normalize-space()='Markets']")


def test_report_is_self_contained() -> None:
    page = (b"<html><head><link rel=stylesheet href='https://cdn.example/x.css'>"
            b"<script src='https://cdn.example/x.js'></script></head><body>"
            b"<img src='https://img.example/a.jpg' alt='A crane'>"
            b"<p style='background:url(https://t.example/p.gif)'>"
            + b"The port reopened on Friday after a long strike by dockworkers. " * 6
            + b"</p><iframe src='https://ads.example/'></iframe>"
              b"<a href='https://x.example/' onclick='steal()'>Read more</a></body></html>")
    doc = cleaners.clean(page, "https://paper.example/a")
    report, _ = render_report(page, doc, source="test")
    assert not re.search(r"(src|href|srcset|onclick)\s*=", report, re.I)
    assert "url(" not in report and "<script" not in report and "<iframe" not in report
    assert "default-src 'none'" in report and "[image: A crane]" in report


def test_inspect_command_on_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert main(["inspect", str(PAGE), "--url", URL, "--html", str(out)]) == 0
    assert "highlighted" in capsys.readouterr().out
    assert removed_by_plugin(out.read_text(encoding="utf-8"))
    assert main(["inspect", str(PAGE)]) == 0  # no --html: what clean --explain prints
    assert "plugin ticker v2 [dom]: removed 1" in capsys.readouterr().out
    assert main(["inspect", str(tmp_path / "missing.html"), "--html", str(out)]) == 1


def test_inspect_command_on_a_stored_url(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    store = LocalStore(tmp_path / "store")
    ingest_pages(store, [(URL, PAGE.read_bytes(), "2026-11-20T10:00:00Z")],
                 "20261120T100000Z-aaaaaa")
    out = tmp_path / "report.html"
    assert main(["inspect", URL, "--store", f"file://{tmp_path / 'store'}",
                 "--html", str(out)]) == 0
    report = out.read_text(encoding="utf-8")
    assert removed_by_plugin(report) and "Stored record" in report and "raw_digest" in report
    # never fetches: a URL not in the store is an error that names the fix
    assert main(["inspect", "http://ledgerline.example/not-crawled.html",
                 "--store", f"file://{tmp_path / 'store'}"]) == 2
    assert "crawl it first" in capsys.readouterr().err
