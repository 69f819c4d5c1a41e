"""Spider tests: a real crawl against a local HTTP server serving stored test sites.

One crawl covers RSS, Atom, a sitemap index pointing at a gzipped sitemap, a Google
News sitemap, a URL given directly, and the bad inputs a crawl must survive: a
malformed feed, a malformed sitemap, a 404, a 500, a non-HTML response and a page
that robots.txt disallows.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any

import pytest

from crawler import exitcodes
from crawler.crawl.spiders.feeds import MalformedFeed, parse_feed
from crawler.crawl.spiders.sitemaps import MalformedSitemap, parse_sitemap
from crawler.demo.server import SiteServer
from tests.conftest import load_docs, load_pages, load_run_records, run_newsrake
from tests.services import AWS_TEST_ENV


def crawl_args(base: str, store: Path) -> list[str]:
    return ["crawl", "--store", f"file://{store}",
            "--feed", f"{base}/feed.rss", "--feed", f"{base}/feed.atom",
            "--feed", f"{base}/broken-feed.rss",
            "--sitemap", f"{base}/sitemap_index.xml", "--sitemap", f"{base}/news-sitemap.xml",
            "--sitemap", f"{base}/broken-sitemap.xml", "--url", f"{base}/news/url-one.html",
            "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]


@pytest.fixture(scope="module")
def crawled(fixture_sites: SiteServer, tmp_path_factory: pytest.TempPathFactory
            ) -> dict[str, Any]:
    store = tmp_path_factory.mktemp("store")
    base = fixture_sites.bases["testpub"]
    env = fixture_sites.proxy_env()
    first = run_newsrake(*crawl_args(base, store), env=env)
    # the fixture site has a broken feed, a broken sitemap, a 404 and a 500: exit status 1
    assert first.returncode == exitcodes.PROBLEMS, first.stderr[-3000:]
    pages = {p["url"].removeprefix(base): p for p in load_pages(store)}
    first_run = load_run_records(store)[0]
    second = run_newsrake(*crawl_args(base, store), env=env)
    # nothing new and nothing failed: stored pages skipped, sources answer 304
    assert second.returncode == exitcodes.OK, second.stderr[-3000:]
    second_run = load_run_records(store)[-1]
    manifests = sorted((store / "manifests").rglob("*.jsonl"))
    third = run_newsrake(*crawl_args(base, store), "--refetch", env=env)
    # --refetch reads every source in full again: the broken ones fail again
    assert third.returncode == exitcodes.PROBLEMS, third.stderr[-3000:]
    return {"store": store, "base": base, "pages": pages, "first": first_run,
            "second": second_run, "manifests_after_second": manifests,
            "refetch": load_run_records(store)[-1], "stdout": first.stdout}


def test_rss_entries_are_fetched_with_feed_provenance(crawled: dict[str, Any]) -> None:
    page = crawled["pages"]["/news/rss-one.html"]
    assert page["found_via"]["kind"] == "feed"
    assert page["found_via"]["format"] == "rss20"
    assert page["found_via"]["source"] == crawled["base"] + "/feed.rss"
    assert page["found_via"]["published"] == "2026-10-01T09:00:00Z"
    assert "/news/rss-two.html" in crawled["pages"]


def test_atom_entries_are_fetched(crawled: dict[str, Any]) -> None:
    page = crawled["pages"]["/news/atom-one.html"]
    assert page["found_via"]["format"] == "atom10"
    assert page["found_via"]["id"] == "urn:atom-one"


def test_sitemap_index_leads_through_gzipped_sitemap(crawled: dict[str, Any]) -> None:
    page = crawled["pages"]["/news/gz-one.html"]
    assert page["found_via"] == {"kind": "sitemap", "lastmod": "2026-10-04",
                                 "source": crawled["base"] + "/sitemap-2026.xml.gz"}


def test_news_sitemap_fields_are_kept(crawled: dict[str, Any]) -> None:
    news = crawled["pages"]["/news/news-one.html"]["found_via"]["news"]
    assert news["publication_date"] == "2026-10-05T15:45:00Z"
    assert news["title"] == "Wind farm approval draws praise and protest"
    assert news["publication"] == {"name": "Test Gazette", "language": "en"}


def test_url_given_directly_is_fetched(crawled: dict[str, Any]) -> None:
    assert crawled["pages"]["/news/url-one.html"]["found_via"]["kind"] == "url"


def test_robots_txt_is_obeyed(crawled: dict[str, Any]) -> None:
    assert "/private/secret.html" not in crawled["pages"]
    assert crawled["first"]["stats"]["robotstxt/forbidden"] == 1


def test_bad_inputs_are_counted_and_the_crawl_goes_on(crawled: dict[str, Any]) -> None:
    stats = crawled["first"]["stats"]
    assert stats["errors/feed/malformed"] == 1
    assert stats["errors/sitemap/malformed"] == 1
    assert stats["errors/http/404"] == 1
    assert stats["errors/http/500"] == 1
    assert stats["errors/non_html"] == 1
    assert stats["ingest/documents_created"] == 6
    assert len(load_docs(crawled["store"])) == 6


def test_second_crawl_stores_nothing_new(crawled: dict[str, Any]) -> None:
    stats = crawled["second"]["stats"]
    # every feed and sitemap answered 304 to the validators the first run saved...
    assert stats["crawl/not_modified/sources"] == 6
    # ...and the URL given directly was already stored, so it was not fetched
    assert stats["crawl/skipped/already_stored"] == 1
    assert "ingest/pages" not in stats
    # the second run wrote no objects, so it committed no manifest part
    assert [p.parent.name for p in crawled["manifests_after_second"]] == [
        crawled["first"]["run_id"]]


def test_refetch_asks_conditionally_and_stores_nothing_unchanged(
        crawled: dict[str, Any]) -> None:
    stats = crawled["refetch"]["stats"]
    assert "crawl/not_modified/sources" not in stats  # sources read in full to find pages
    assert stats["crawl/not_modified"] == 6  # every stored page answered 304
    assert "ingest/documents_created" not in stats and "ingest/pages" in stats  # the PDF
    assert len(load_docs(crawled["store"])) == 6


def test_warc_records_carry_payload_digests(crawled: dict[str, Any]) -> None:
    from crawler.ingest.warc import payload_digest, read_response

    page = crawled["pages"]["/news/rss-one.html"]
    warc = (crawled["store"] / page["fetch"]["raw_key"]).read_bytes()
    url, status, _headers, body, digest, _date = read_response(warc)
    assert (url, status) == (page["url"], 200)
    assert digest == payload_digest(body) == page["fetch"]["raw_digest"]


def test_crawl_prints_a_summary(crawled: dict[str, Any]) -> None:
    assert "documents created" in crawled["stdout"]
    assert "errors by kind" in crawled["stdout"]


# -- the parsers alone, on hand-built bodies -------------------------------------------

def test_parse_feed_refuses_html() -> None:
    with pytest.raises(MalformedFeed, match="not a readable RSS/Atom feed"):
        parse_feed(b"<html><body>hello</body></html>", "http://127.0.0.1/feed")


def test_parse_sitemap_reads_gzip_and_refuses_other_roots() -> None:
    xml = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           b"<url><loc>http://127.0.0.1/a</loc></url></urlset>")
    kind, entries = parse_sitemap(gzip.compress(xml), "http://127.0.0.1/s.xml.gz")
    assert kind == "urlset" and [e.url for e in entries] == ["http://127.0.0.1/a"]
    with pytest.raises(MalformedSitemap, match="not <urlset>"):
        parse_sitemap(b"<rss/>", "http://127.0.0.1/s.xml")
    with pytest.raises(MalformedSitemap, match="corrupt gzip"):
        parse_sitemap(b"\x1f\x8b\x08garbage", "http://127.0.0.1/s.xml.gz")


def test_host_guard_refuses_private_addresses_and_other_schemes() -> None:
    from crawler.crawl.middlewares import host_allowed

    assert host_allowed("http://harbor-wire.example/a", allow_private=False) is None
    assert "private address" in (host_allowed("http://10.1.2.3/a", allow_private=False) or "")
    assert "private address" in (host_allowed("http://127.0.0.1:8080/", allow_private=False)
                                 or "")
    assert "localhost" in (host_allowed("http://localhost/", allow_private=False) or "")
    assert "scheme" in (host_allowed("file:///etc/passwd", allow_private=False) or "")
    assert host_allowed("http://127.0.0.1:8080/", allow_private=True) is None


def test_site_rules_from_the_sources_file_apply_to_the_crawl(
        fixture_sites: SiteServer, tmp_path: Path) -> None:
    base = fixture_sites.bases["testpub"]
    sources = tmp_path / "sources.toml"
    sources.write_text(f"""
[[publisher]]
slug = "testpub"
feeds = ["{base}/feed.atom"]
[publisher.rules]
version = "2026-11-20"
# the closing line every Test Gazette story carries (a rule a generic cleaner would not guess)
drop_text = ["^The council said it would publish a full report"]
""")
    store = tmp_path / "store"
    result = run_newsrake("crawl", "--sources", str(sources), "--store", f"file://{store}",
                          "-s", "DOWNLOAD_DELAY=0", env=fixture_sites.proxy_env())
    assert result.returncode == 0, result.stderr[-3000:]
    [page] = load_pages(store)
    text = page["document"]["text"]
    assert "Harbour master Ellen Fairweather" in text
    assert "would publish a full report" not in text
    steps = [s for s in page["document"]["provenance"] if s["name"] == "site-rules"]
    assert any(s["detail"].get("removed") for s in steps), steps


def test_bad_site_rules_stop_the_crawl_before_it_starts(tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text('[[publisher]]\nslug = "x"\nfeeds = ["http://x.example/f"]\n'
                       '[publisher.rules]\nversion = "2026-11-20"\ndrop = ["div[["]\n')
    result = run_newsrake("crawl", "--sources", str(sources), "--store",
                          f"file://{tmp_path / 'store'}")
    assert result.returncode == 2
    assert "bad CSS selector" in result.stderr


@pytest.mark.s3
def test_a_crawl_into_s3_stores_the_same_layout(fixture_sites: SiteServer,
                                                s3_store: Any) -> None:
    """The whole path into moto's S3 server over HTTP: WARCs, pages, docs, manifest, run."""
    store = s3_store("crawls/nightly")
    base = fixture_sites.bases["testpub"]
    env = {**fixture_sites.proxy_env(), **AWS_TEST_ENV}
    result = run_newsrake("crawl", "--store", store.uri, "--endpoint-url",
                          str(store.client.meta.endpoint_url), "--feed", f"{base}/feed.atom",
                          "--url", f"{base}/news/url-one.html", "-s", "DOWNLOAD_DELAY=0",
                          env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    keys = list(store.list(""))
    prefixes = sorted({k.split("/", 1)[0] for k in keys})
    assert prefixes == ["docs", "index", "manifests", "pages", "raw", "runs"]
    docs = [json.loads(store.get(k).data) for k in store.list("docs/")]
    assert sorted(d["title"] for d in docs) == [
        "Fishing fleet returns early as storm approaches",
        "Town band celebrates its hundredth anniversary"]
    for doc in docs:
        assert store.exists(doc["sources"][0]["fetch"]["raw_key"])


def test_a_taken_down_page_is_not_crawled_again(fixture_sites: SiteServer, tmp_path: Path) -> None:
    base = fixture_sites.bases["testpub"]
    url = f"{base}/news/url-one.html"
    store = f"file://{tmp_path / 'store'}"
    args = ("crawl", "--store", store, "--url", url, "-s", "DOWNLOAD_DELAY=0")
    first = run_newsrake(*args, env=fixture_sites.proxy_env())
    assert first.returncode == 0, first.stderr[-3000:]
    deleted = run_newsrake("delete", "--store", store, "--url", url)
    assert deleted.returncode == 0, deleted.stderr[-3000:]
    again = run_newsrake(*args, env=fixture_sites.proxy_env())
    assert again.returncode == 0, again.stderr[-3000:]
    # run ids sort by the second they started in: the takedown's may sort after the crawl's
    crawls = [r for r in load_run_records(tmp_path / "store") if r["job"] == "crawl"]
    stats = max(crawls, key=lambda r: r["finished_at"])["stats"]
    assert stats["crawl/skipped/taken_down"] == 1
    assert "ingest/pages" not in stats and load_pages(tmp_path / "store") == []


@pytest.mark.redis
def test_two_workers_share_frontier_and_index_through_redis(
        fixture_sites: SiteServer, redis_url: str, tmp_path: Path) -> None:
    """Distributed mode: two crawl processes, one Redis, one store; every page once."""
    import subprocess
    import sys

    base = fixture_sites.bases["testpub"]
    store = tmp_path / "store"
    args = [sys.executable, "-m", "crawler.cli", "crawl", "--store", f"file://{store}",
            "--redis-url", redis_url, "--feed", f"{base}/feed.rss", "--feed",
            f"{base}/feed.atom", "--sitemap", f"{base}/sitemap_index.xml", "--sitemap",
            f"{base}/news-sitemap.xml", "-s", "DOWNLOAD_DELAY=0"]
    env = {**os.environ, **fixture_sites.proxy_env()}
    workers = [subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for _ in range(2)]
    statuses = []
    for worker in workers:
        _out, err = worker.communicate(timeout=180)
        statuses.append(worker.returncode)
        assert worker.returncode in (exitcodes.OK, exitcodes.PROBLEMS), err[-3000:]
    # the feeds list a 404 and a 500 page: whichever worker fetched them exits 1
    assert exitcodes.PROBLEMS in statuses
    pages = load_pages(store)
    assert sorted(p["url"].removeprefix(base) for p in pages) == [
        "/news/atom-one.html", "/news/gz-one.html", "/news/news-one.html",
        "/news/rss-one.html", "/news/rss-two.html"]
    runs = load_run_records(store)
    assert len(runs) == 2
    # the shared duplicate filter let each page through once, to one worker or the other
    assert sum(r["stats"].get("ingest/pages", 0) for r in runs) == 5 + 1  # + the PDF
    assert len(load_docs(store)) == 5


def test_host_guard_resolves_names_to_find_private_addresses() -> None:
    from crawler.crawl.middlewares import resolves_private

    table = {"intranet.corp.example": ["10.20.30.40"], "news.example": ["93.184.216.34"],
             "dual.example": ["2001:db8::1", "fd00::5"]}

    def resolve(host: str) -> list[str]:
        if host not in table:
            raise OSError("no such host")
        return table[host]

    assert resolves_private("intranet.corp.example", resolve) == "10.20.30.40"
    assert resolves_private("dual.example", resolve) == "2001:db8::1"  # documentation range
    assert resolves_private("news.example", resolve) is None
    assert resolves_private("unknown.example", resolve) is None  # left to the downloader


def _refresh_middleware() -> Any:
    from scrapy.utils.test import get_crawler

    from crawler.crawl.middlewares import HeadMetaRefreshMiddleware

    return HeadMetaRefreshMiddleware.from_crawler(get_crawler())


def _html(body: bytes, url: str = "http://news.test/a/story.html",
          content_type: bytes = b"text/html") -> Any:
    from scrapy.http import HtmlResponse, Request

    return HtmlResponse(url, body=body, headers={"Content-Type": content_type},
                        request=Request(url))


@pytest.mark.parametrize(("head", "content_type", "target"), [
    (b'<meta http-equiv="refresh" content="0; url=/moved.html">', b"text/html",
     "http://news.test/moved.html"),
    # the base URL decides where a relative target points, as in Scrapy's own
    (b'<base href="http://mirror.test/x/"><meta http-equiv="Refresh" content="1;URL=b.html">',
     b"text/html", "http://mirror.test/x/b.html"),
    # an undeclared cp1252 page: its bytes are not UTF-8, the redirect is still found
    ("<title>Caf\u00e9</title><meta http-equiv=refresh content='0;url=/c.html'>".encode(
        "cp1252"), b"text/html", "http://news.test/c.html"),
    (b'<meta http-equiv="refresh" content="0; url=/l1.html">', b"text/html; charset=latin-1",
     "http://news.test/l1.html"),
])
def test_meta_refresh_redirects_as_scrapy_does(head: bytes, content_type: bytes,
                                               target: str) -> None:
    from scrapy.http import Request

    response = _html(b"<html><head>" + head + b"</head><body><p>Moved.</p></body></html>",
                     content_type=content_type)
    redirected = _refresh_middleware().process_response(response.request, response)
    assert isinstance(redirected, Request)
    assert redirected.url == target


@pytest.mark.parametrize("body", [
    b"<html><head><title>Story</title></head><body>" + b"<p>Words of the story.</p>" * 800
    + b"</body></html>",
    # a refresh in <noscript> is ignored (METAREFRESH_IGNORE_TAGS), as by Scrapy
    b'<html><head><noscript><meta http-equiv="refresh" content="0;url=/nojs"></noscript>'
    b"</head><body><p>Story.</p></body></html>",
    # a refresh tag past the head that Scrapy reads (its first 4,096 characters)
    b"<html><head><title>x</title></head><body>" + b"<p>" + b"a" * 20000 + b"</p>"
    + b'<meta http-equiv="refresh" content="0;url=/late"></body></html>',
])
def test_pages_without_a_meta_refresh_pass_unchanged(body: bytes) -> None:
    from crawler.crawl.middlewares import may_refresh

    response = _html(body)
    assert _refresh_middleware().process_response(response.request, response) is response
    if b"noscript" not in body:
        assert not may_refresh(response.body, "text/html", response.url)
