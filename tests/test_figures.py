"""End-of-run figures (crawler/ingest/figures.py) against the known crawl of the demo sites.

crawler/demo/expected.json labels every page of the sample sites: which articles there
are and which story (syndication cluster) each belongs to, which pages fail and why,
and which robots.txt forbids. The figures in the run record must add up to exactly that.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from cleaners import Document, ProvenanceStep
from crawler.demo.server import base_url
from crawler.ingest.figures import count_cleaned, count_outcome, noise_rate, run_figures
from crawler.ingest.page import CounterStats
from crawler.jobs.verify import load_schemas, schema_errors
from crawler.store.layout import site_of
from tests.conftest import load_run_records, run_newsrake

EXPECTED = json.loads((Path(__file__).parents[1] / "crawler" / "demo" / "expected.json")
                      .read_text(encoding="utf-8"))
#: expected.json error kinds -> the reason the figures give
FAILED_REASON = {"http-404": "http/404", "http-500": "http/500", "non-html": "non_html"}


def host(slug: str) -> str:
    return site_of(base_url(slug))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    store = tmp_path_factory.mktemp("figures-store")
    first = run_newsrake("demo", "--store", f"file://{store}", "--progress", "plain")
    assert first.returncode == 0, first.stderr[-4000:]
    second = run_newsrake("demo", "--store", f"file://{store}", "--progress", "off")
    assert second.returncode == 0, second.stderr[-4000:]
    first_record, second_record = load_run_records(store)
    return {"store": store, "first": first, "first_record": first_record,
            "second_record": second_record}


def test_page_figures_match_the_labels(demo: dict[str, Any]) -> None:
    pages = demo["first_record"]["figures"]["pages"]
    non_html = sum(1 for e in EXPECTED["errors"] if e["kind"] == "non-html")
    assert pages["fetched"] == len(EXPECTED["articles"]) + non_html
    assert pages["failed"] == dict(Counter(FAILED_REASON[e["kind"]] for e in EXPECTED["errors"]))
    assert pages["skipped"] == {"already_stored": 0, "taken_down": 0,
                                "robots_txt": len(EXPECTED["not_fetched"])}
    assert pages["not_modified"] == 0
    # feeds and sitemaps name pages more than once: found counts every mention
    assert pages["found"] >= pages["fetched"] + len(EXPECTED["not_fetched"])


def test_document_figures_match_the_stories(demo: dict[str, Any]) -> None:
    documents = demo["first_record"]["figures"]["documents"]
    stories = {a["story"] for a in EXPECTED["articles"]}
    assert documents["created"] == len(stories)
    assert documents["merged"] == len(EXPECTED["articles"]) - len(stories)
    assert documents["updated"] == 0 and documents["empty"] == 0


def test_site_figures_match_the_labels(demo: dict[str, Any]) -> None:
    sites = demo["first_record"]["figures"]["sites"]
    articles = Counter(host(a["site"]) for a in EXPECTED["articles"])
    non_html = Counter(host(e["site"]) for e in EXPECTED["errors"] if e["kind"] == "non-html")
    failed = Counter(host(e["site"]) for e in EXPECTED["errors"] if e["kind"] != "non-html")
    assert set(sites) == set(articles)
    for site, figures in sites.items():
        assert figures["pages"] == articles[site] + non_html[site], site
        assert figures["cleaned"] == articles[site], site
        assert figures["skipped"] == non_html[site], site
        assert figures["failed"] == failed[site], site
        assert figures["new"] + figures["duplicate"] == articles[site], site
        assert 500 < figures["mean_text_chars"] < 5000, site
        assert 0 < figures["noise_rate"] < 0.5, site
    # which copy of a story comes first (and so creates its document) depends on timing
    assert sum(f["new"] for f in sites.values()) == len({a["story"] for a in EXPECTED["articles"]})


def test_noise_figures_add_up(demo: dict[str, Any]) -> None:
    figures = demo["first_record"]["figures"]
    noise = figures["noise"]
    # the demo pages carry tickers, related links, author boxes, newsletter prompts (these
    # go by their wording or as call-to-action boxes, whichever finds them first)...
    assert {"ticker", "related", "author-box"} <= set(noise)
    assert {"prompts", "boxes"} & set(noise)
    assert all(n["removed"] > 0 and n["removed_chars"] >= n["removed"] for n in noise.values())
    assert sum(n["removed_chars"] for n in noise.values()) == sum(
        s["removed_chars"] for s in figures["sites"].values())


def test_run_records_validate_and_summary_shows_figures(demo: dict[str, Any]) -> None:
    validators = load_schemas()
    assert validators is not None
    for record in (demo["first_record"], demo["second_record"]):
        assert schema_errors(validators["run"], record) == []
    out = demo["first"].stdout
    assert "noise removed: " in out and "per site" in out and "harbor-wire" in out
    # not a terminal: plain progress lines, no control codes
    lines = [line for line in demo["first"].stderr.splitlines()
             if line.startswith("crawl pages: ")]
    assert lines and "\x1b[" not in "".join(lines)
    assert f"created={len({a['story'] for a in EXPECTED['articles']})}" in lines[-1]


def test_second_run_figures_show_nothing_new(demo: dict[str, Any]) -> None:
    figures = demo["second_record"]["figures"]
    assert figures["pages"]["fetched"] == 0
    assert figures["pages"]["sources_not_modified"] >= 6
    assert figures["documents"]["created"] == 0 and figures["sites"] == {}


def test_run_figures_from_hand_built_stats() -> None:
    stats = CounterStats()
    doc = Document(url="https://paper.example/a", text="x" * 900, provenance=(
        ProvenanceStep("extract", "trafilatura", "2", {"chars": 1000}),
        ProvenanceStep("plugin", "related", "1", {"removed": 2, "removed_chars": 80}),
        ProvenanceStep("plugin", "ticker", "1", {"removed": 0, "removed_chars": 0}),
        ProvenanceStep("plugin", "prompts", "1", {"removed": 1, "removed_chars": 20})))
    count_cleaned(stats, doc.url, doc)
    count_outcome(stats, doc.url, "new")
    for key, n in {"ingest/pages": 1, "ingest/documents_created": 1, "errors/http/404": 2,
                   "errors/page/http": 2, "crawl/skipped/already_stored": 3}.items():
        stats.inc_value(key, n)
    figures = run_figures({**stats.get_stats(), "start_time": "not a number"})
    assert figures["noise"] == {"related": {"removed": 2, "removed_chars": 80},
                                "prompts": {"removed": 1, "removed_chars": 20}}
    assert figures["pages"]["failed"] == {"http/404": 2}  # errors/page/http not twice
    assert figures["pages"]["skipped"]["already_stored"] == 3
    site = figures["sites"]["paper.example"]
    assert site["pages"] == 1 and site["new"] == 1 and site["removed_chars"] == 100
    assert site["mean_text_chars"] == 900.0 and site["noise_rate"] == 0.1
    assert noise_rate(0, 0) == 0.0


def test_reclean_figures_and_no_drift_on_the_same_pages(demo: dict[str, Any]) -> None:
    """Runs last in this module: it adds a re-clean run to the demo store."""
    store = demo["store"]
    reclean = run_newsrake("reclean", "--store", f"file://{store}", "--workers", "0",
                           "--progress", "plain")
    assert reclean.returncode == 0, reclean.stderr[-3000:]
    assert "re-clean pages: " in reclean.stderr  # plain progress lines, not a terminal
    assert "per site" in reclean.stdout and "noise removed: " in reclean.stdout
    record = load_run_records(store)[-1]
    assert record["job"] == "reclean"
    validators = load_schemas()
    assert validators is not None and schema_errors(validators["run"], record) == []
    first = demo["first_record"]["figures"]["sites"]
    again = record["figures"]["sites"]
    assert set(again) == set(first)
    for name, figures in again.items():  # the same pages, the same cleaner: the same figures
        assert figures["cleaned"] == first[name]["cleaned"], name
        assert figures["mean_text_chars"] == first[name]["mean_text_chars"], name
    report = run_newsrake("report", "--store", f"file://{store}", "--min-history", "1",
                          "--html", str(store / "report.html"))
    assert report.returncode == 0, report.stdout + report.stderr
    assert f"0 of {len(first)} site(s) drifted" in report.stdout
