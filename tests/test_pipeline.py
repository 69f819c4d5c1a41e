"""The crawl pipeline's cleaning processes and back-pressure: a real crawl of the test
sites with cleaning in worker processes and at most N pages in flight stores what a
crawl cleaning in its own threads stores, and never holds more than N pages at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crawler import exitcodes
from crawler.crawl.pipelines import inflight_limit
from crawler.demo.server import SiteServer
from tests.conftest import load_docs, load_pages, load_run_records, run_newsrake

#: What a document says (provenance and sources also carry fetch times and WARC keys).
CONTENT = ("url", "title", "authors", "published", "language", "site", "text",
           "text_sha256", "origin")


def crawl(fixture_sites: SiteServer, store: Path, *extra: str) -> dict[str, Any]:
    base = fixture_sites.bases["testpub"]
    result = run_newsrake(
        "crawl", "--store", f"file://{store}", "--sitemap", f"{base}/sitemap_index.xml",
        "--sitemap", f"{base}/news-sitemap.xml", "--feed", f"{base}/feed.rss",
        "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", *extra,
        env=fixture_sites.proxy_env())
    # the fixture site holds a 404 and a 500 page: some inputs failed (exit status 1)
    assert result.returncode == exitcodes.PROBLEMS, result.stderr[-3000:]
    return load_run_records(store)[-1]


def stored(store: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    docs = {d["id"]: {**{k: d.get(k) for k in CONTENT},
                      "sources": sorted((s["url"], s["role"]) for s in d["sources"])}
            for d in load_docs(store)}
    pages = {p["url"]: (p["doc_id"], p["text_sha256"]) for p in load_pages(store)}
    return docs, pages


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cleaning_processes_with_one_page_in_flight_store_what_threads_store(
        fixture_sites: SiteServer, tmp_path: Path, workers: str) -> None:
    in_threads = crawl(fixture_sites, tmp_path / "threads", "--workers", "0")
    bounded = crawl(fixture_sites, tmp_path / "processes", "--workers", workers,
                    "-s", "NEWSRAKE_INGEST_INFLIGHT=1")
    docs, pages = stored(tmp_path / "threads")
    assert docs and pages
    assert stored(tmp_path / "processes") == (docs, pages)
    assert bounded["stats"]["ingest/pages"] == in_threads["stats"]["ingest/pages"]
    # with a bound of one, pages went through ingest one at a time
    assert bounded["stats"]["ingest/inflight_max"] == 1
    assert in_threads["stats"]["ingest/inflight_max"] <= inflight_limit(0, 0)


def test_inflight_limit_defaults_to_two_a_process_plus_four() -> None:
    assert inflight_limit(0, 2) == 8
    assert inflight_limit(0, 0) == 6  # cleaning in threads: as with one process
    assert inflight_limit(3, 2) == 3  # the setting wins


def test_a_worker_decodes_the_page_by_its_http_charset() -> None:
    # the crawl hands worker processes the raw body and the Content-Type header: the
    # worker decodes, not the parent. The page's <meta> names another charset, which the
    # HTTP header overrules (read by the meta alone, the text comes out garbled)
    from crawler.ingest.cleaning import CleanExecutor, ConfiguredClean
    from tests.hostile import article

    body = article("Новости порта", word="гавань").replace(
        "<head>", '<head><meta charset="windows-1251">').encode("koi8-r")
    executor = CleanExecutor(ConfiguredClean(), workers=1)
    try:
        cleaned = executor.submit(body, "http://news.example/a.html",
                                  "text/html; charset=koi8-r").result(timeout=120)
    finally:
        executor.close()
    assert "гавань" in cleaned.doc.text
    # and it hashes and signs the text there, as the parent would (dedup's input)
    from cleaners.fingerprint import text_sha256
    from crawler.index.signature import signature_of

    assert cleaned.text_sha256 == text_sha256(cleaned.doc.text)
    assert cleaned.signature is not None
    expected = signature_of(cleaned.doc.text, text_sha256(cleaned.doc.text))
    assert (cleaned.signature.sig == expected.sig).all()
    assert cleaned.signature.band_hashes == expected.band_hashes
