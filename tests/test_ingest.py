"""The one raw-page -> stored-document path, driven directly with hand-built RawPages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crawler.index.factory import open_index
from crawler.ingest.page import CounterStats, Run, ingest
from crawler.ingest.records import RawPage
from crawler.store import layout
from crawler.store.local import LocalStore
from crawler.store.manifest import Manifest
from tests.fixtures.articles import PORT_STRIKE, PORT_STRIKE_EXPORTERS

PARAGRAPHS = [*PORT_STRIKE, PORT_STRIKE_EXPORTERS]


def page_html(title: str, paragraphs: list[str], *, extra_head: str = "",
              chrome: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='en'><head><title>{title}</title>{extra_head}</head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
            f"<aside>{chrome}</aside></body></html>").encode()


def raw(url: str, body: bytes, *, fetched_at: str = "2026-11-01T10:00:00Z",
        content_type: str = "text/html; charset=utf-8") -> RawPage:
    return RawPage(url=url, final_url=url, status=200,
                   headers=(("Content-Type", content_type),), body=body,
                   fetched_at=fetched_at, found_via={"kind": "url", "source": "test"})


@pytest.fixture
def run(tmp_path: Path) -> Run:
    store = LocalStore(tmp_path)
    index = open_index(store, redis_url=None)
    return Run(store=store, index=index, manifest=Manifest(store, "20261101T100000Z-test"),
               run_id="20261101T100000Z-test", stats=CounterStats())


def docs(run: Run) -> list[dict[str, Any]]:
    return [json.loads(run.store.get(k).data) for k in run.store.list("docs/")]


def test_exact_copies_collapse_into_one_document_naming_the_origin(run: Run) -> None:
    origin = "http://wire.test/port-strike"
    copy = "http://portal.test/world/port-strike-copy"
    first = ingest(raw(copy, page_html("Strike at the port", PARAGRAPHS,
                                       extra_head=f"<link rel='canonical' href='{origin}'>"),
                       fetched_at="2026-11-01T10:05:00Z"), run)
    second = ingest(raw(origin, page_html("Port workers strike over pay", PARAGRAPHS,
                                          chrome="<h3>Popular Now</h3>")), run)
    assert first.status == "new"
    assert second.status == "duplicate"
    [doc] = docs(run)  # the origin took the copy's document over: one document remains
    assert doc["id"] == second.doc_id == layout.url_key(origin)
    assert doc["origin"] == {"url": origin, "rule": "pointed-to"}
    assert doc["url"] == origin and doc["title"] == "Port workers strike over pay"
    assert [(s["url"], s["role"]) for s in doc["sources"]] == [(origin, "origin"), (copy, "copy")]
    assert all(s["fetch"]["raw_key"].startswith("raw/") for s in doc["sources"])
    retired = json.loads(run.store.get(next(iter(run.store.list("docs-history/")))).data)
    assert retired["id"] == first.doc_id and retired["url"] == copy


def test_changed_text_at_the_same_url_is_a_new_version_with_history(run: Run) -> None:
    url = "http://wire.test/port-strike"
    ingest(raw(url, page_html("Port strike", PARAGRAPHS)), run)
    updated = [*PARAGRAPHS, "Late on Monday the two sides agreed to resume talks on Wednesday "
               "under an independent mediator named by the ministry."]
    outcome = ingest(raw(url, page_html("Port strike", updated),
                         fetched_at="2026-11-02T10:00:00Z"), run)
    assert outcome.status == "updated"
    [doc] = docs(run)
    assert doc["version"] == 2 and "independent mediator" in doc["text"]
    old = json.loads(run.store.get(doc["history"][0]).data)
    assert old["version"] == 1 and "independent mediator" not in old["text"]
    page = json.loads(run.store.get(layout.page_key(url)).data)
    assert len(page["history"]) == 1 and page["history"][0]["fetched_at"] == "2026-11-01T10:00:00Z"


def test_the_same_page_again_changes_nothing(run: Run) -> None:
    url = "http://wire.test/port-strike"
    ingest(raw(url, page_html("Port strike", PARAGRAPHS)), run)
    before = {k: run.store.get(k).data for k in run.store.list("docs/")}
    outcome = ingest(raw(url, page_html("Port strike", PARAGRAPHS)), run)
    assert outcome.status == "unchanged"
    assert {k: run.store.get(k).data for k in run.store.list("docs/")} == before


def test_non_html_is_counted_and_not_stored(run: Run) -> None:
    outcome = ingest(raw("http://wire.test/report.pdf", b"%PDF-1.4\n",
                         content_type="application/pdf"), run)
    assert outcome.status == "skipped" and "not HTML" in (outcome.reason or "")
    assert list(run.store.list("")) == []
    assert isinstance(run.stats, CounterStats)
    assert run.stats.get_stats()["errors/non_html"] == 1


def test_a_page_without_article_text_is_archived_but_makes_no_document(run: Run) -> None:
    outcome = ingest(raw("http://wire.test/empty", b"<html><body><nav>Home</nav></body></html>"),
                     run)
    assert outcome.status == "empty"
    assert list(run.store.list("raw/")) and not list(run.store.list("docs/"))


def test_manifest_lists_raw_before_page_before_document(run: Run) -> None:
    ingest(raw("http://wire.test/port-strike", page_html("Port strike", PARAGRAPHS)), run)
    run.manifest.flush()
    [part] = run.store.list("manifests/")
    kinds = [json.loads(line)["kind"] for line in run.store.get(part).data.splitlines()]
    assert kinds == ["raw", "page", "doc"]


def test_an_unexpected_failure_is_counted_and_does_not_raise(run: Run) -> None:
    def broken_cleaner(body: bytes, url: str) -> Any:
        raise RuntimeError("cleaner bug")

    run.cleaner = broken_cleaner
    outcome = ingest(raw("http://wire.test/a", page_html("A", PARAGRAPHS)), run)
    assert outcome.status == "error" and "cleaner bug" in (outcome.reason or "")
    assert isinstance(run.stats, CounterStats)
    assert run.stats.get_stats()["errors/ingest/RuntimeError"] == 1
