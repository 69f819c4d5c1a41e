"""End to end: `newsrake demo` crawls the bundled sample sites into a store, twice.

The sample sites' labels (crawler/demo/expected.json) say what each article must
contain, which noise must be gone, which pages are syndicated copies of which origin,
and which pages are independent write-ups of the same event.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from crawler.demo.server import base_url
from tests.conftest import load_docs, load_pages, load_run_records, run_newsrake

EXPECTED = json.loads((Path(__file__).parents[1] / "crawler" / "demo" / "expected.json")
                      .read_text(encoding="utf-8"))


def url_of(item: dict[str, Any]) -> str:
    return base_url(item["site"]) + item["path"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    store = tmp_path_factory.mktemp("demo-store")
    first = run_newsrake("demo", "--store", f"file://{store}")
    assert first.returncode == 0, first.stderr[-4000:]
    runs_after_first = load_run_records(store)
    parts_after_first = sorted((store / "manifests").rglob("*.jsonl"))
    docs_after_first = {d["id"]: d for d in load_docs(store)}
    second = run_newsrake("demo", "--store", f"file://{store}")
    assert second.returncode == 0, second.stderr[-4000:]
    return {"store": store, "stdout": first.stdout, "first": runs_after_first[-1],
            "second": load_run_records(store)[-1], "parts_after_first": parts_after_first,
            "docs_after_first": docs_after_first,
            "pages": {p["url"]: p for p in load_pages(store)},
            "docs": {d["id"]: d for d in load_docs(store)}}


def test_every_labelled_article_is_stored(demo: dict[str, Any]) -> None:
    missing = [url_of(a) for a in EXPECTED["articles"] if url_of(a) not in demo["pages"]]
    assert not missing
    assert all(demo["pages"][url_of(a)]["doc_id"] for a in EXPECTED["articles"])


def test_article_text_is_kept(demo: dict[str, Any]) -> None:
    lost = [(url_of(a), s) for a in EXPECTED["articles"] for s in a["must_contain"]
            if s not in demo["pages"][url_of(a)]["document"]["text"]]
    assert not lost, f"{len(lost)} article sentences lost, e.g. {lost[:3]}"


def test_noise_is_removed(demo: dict[str, Any]) -> None:
    kept = [(url_of(a), s) for a in EXPECTED["articles"] for s in a["must_not_contain"]
            if s in demo["pages"][url_of(a)]["document"]["text"]]
    assert not kept, f"{len(kept)} noise strings kept, e.g. {kept[:5]}"


def test_syndicated_copies_collapse_into_their_origin(demo: dict[str, Any]) -> None:
    by_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article in EXPECTED["articles"]:
        by_story[article["story"]].append(article)
    doc_of_story = {}
    for story, articles in by_story.items():
        doc_ids = {demo["pages"][url_of(a)]["doc_id"] for a in articles}
        assert len(doc_ids) == 1, f"story {story} split over {len(doc_ids)} documents"
        [doc_id] = doc_ids
        doc_of_story[story] = doc_id
        doc = demo["docs"][doc_id]
        origins = [a for a in articles if a["role"] == "origin"]
        if origins:
            assert doc["origin"]["url"] == url_of(origins[0]), story
        assert sorted(s["url"] for s in doc["sources"]) == sorted(url_of(a) for a in articles)
        roles = {s["url"]: s["role"] for s in doc["sources"]}
        assert all(roles[url_of(a)] == a["role"] for a in articles if a["role"] in roles)
    # different stories (including rewrites of one event) are different documents
    assert len(set(doc_of_story.values())) == len(doc_of_story)


def test_documents_carry_provenance(demo: dict[str, Any]) -> None:
    for doc in demo["docs"].values():
        stages = [step["stage"] for step in doc["provenance"]]
        assert stages[:2] == ["found", "fetch"] and "extract" in stages and "dedup" in stages
        for source in doc["sources"]:
            assert source["fetch"]["raw_key"].startswith("raw/")
            assert source["fetch"]["raw_digest"].startswith("sha256:")
            assert (demo["store"] / source["fetch"]["raw_key"]).is_file()
            assert source["found_via"]["kind"] in ("feed", "sitemap", "url")


def test_first_run_counts_errors_and_robots(demo: dict[str, Any]) -> None:
    stats = demo["first"]["stats"]
    kinds = sorted(e["kind"] for e in EXPECTED["errors"])
    assert kinds == ["http-404", "http-500", "non-html"]
    assert stats["errors/http/404"] == 1 and stats["errors/http/500"] == 1
    assert stats["errors/non_html"] == 1
    assert stats["robotstxt/forbidden"] == len(EXPECTED["not_fetched"])
    assert stats["ingest/documents_created"] >= len({a["story"] for a in EXPECTED["articles"]})
    assert "duplicates collapsed" in demo["stdout"] and "errors" in demo["stdout"]


def test_second_run_stores_nothing_new(demo: dict[str, Any]) -> None:
    stats = demo["second"]["stats"]
    # feeds and sitemaps answer 304 to the first run's validators: nothing to rediscover
    assert stats["crawl/not_modified/sources"] >= 6
    assert "ingest/pages" not in stats and "ingest/documents_created" not in stats
    assert sorted((demo["store"] / "manifests").rglob("*.jsonl")) == demo["parts_after_first"]
    assert demo["docs"] == demo["docs_after_first"]
