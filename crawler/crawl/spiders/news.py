"""``NewsSpider``: reads any mix of feeds, sitemaps and URL lists and fetches their pages.

The spider only discovers: it yields page requests that carry how each page was
found, and turns each page response into a ``RawPage`` item for the ingest pipeline.
Bad feeds, sitemaps and pages are counted in stats (``errors/...``) and skipped.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.crawl.spiders.feeds import MalformedFeed, parse_feed
from crawler.crawl.spiders.sitemaps import MalformedSitemap, parse_sitemap
from crawler.ingest.figures import count_failed
from crawler.ingest.records import RawPage

logger = logging.getLogger(__name__)

#: How deep sitemap indexes may nest before the spider stops following them.
MAX_SITEMAP_DEPTH = 4


def _headers(headers: Any) -> tuple[tuple[str, str], ...]:
    pairs = []
    for key, values in headers.items():
        name = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        for value in values:
            pairs.append((name, value.decode("latin-1") if isinstance(value, bytes)
                          else str(value)))
    return tuple(pairs)


class NewsSpider(scrapy.Spider):
    """Fetch every page that the given feeds, sitemaps and URL lists name."""

    name = "news"

    def __init__(self, feeds: Sequence[str] = (), sitemaps: Sequence[str] = (),
                 urls: Sequence[str] = (), publishers: Sequence[Any] = (),
                 *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.feeds = list(feeds)
        self.sitemaps = list(sitemaps)
        self.urls = list(urls)
        for publisher in publishers:
            self.feeds.extend(publisher.feeds)
            self.sitemaps.extend(publisher.sitemaps)
            self.urls.extend(publisher.urls)

    def _count(self, key: str, count: int = 1) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key, count)

    async def start(self) -> AsyncIterator[Any]:
        for url in self.feeds:
            yield Request(url, callback=self.parse_feed, errback=self.on_error,
                          meta={"newsrake": {"kind": "feed"}}, priority=10)
        for url in self.sitemaps:
            yield Request(url, callback=self.parse_sitemap, errback=self.on_error,
                          meta={"newsrake": {"kind": "sitemap", "depth": 0}}, priority=10)
        if self.urls:
            self._count("discovery/urls", len(self.urls))
        for url in self.urls:
            yield self.page_request(url, {"kind": "url", "source": "command line or list"})

    def page_request(self, url: str, found_via: dict[str, Any]) -> Request:
        """The request for one article page, carrying how it was found."""
        return Request(url, callback=self.parse_page, errback=self.on_error,
                       meta={"newsrake": {"kind": "page", "found_via": found_via}})

    def parse_feed(self, response: Response) -> Iterator[Request]:
        """Schedule every entry of an RSS or Atom feed."""
        self._count("discovery/feeds")
        try:
            fmt, entries = parse_feed(response.body, response.url)
        except MalformedFeed as exc:
            self._count("errors/feed/malformed")
            logger.warning("%s", exc)
            return
        self._count("discovery/feed_entries", len(entries))
        for entry in entries:
            yield self.page_request(entry.url, {"kind": "feed", "source": response.url,
                                                "format": fmt, **entry.fields})

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """Follow a sitemap index, or schedule every URL of a sitemap."""
        self._count("discovery/sitemaps")
        depth = int(response.meta["newsrake"].get("depth", 0))
        try:
            kind, entries = parse_sitemap(response.body, response.url)
        except MalformedSitemap as exc:
            self._count("errors/sitemap/malformed")
            logger.warning("%s", exc)
            return
        if kind == "sitemapindex":
            if depth >= MAX_SITEMAP_DEPTH:
                self._count("errors/sitemap/too_deep")
                return
            for entry in entries:
                yield Request(entry.url, callback=self.parse_sitemap, errback=self.on_error,
                              meta={"newsrake": {"kind": "sitemap", "depth": depth + 1}},
                              priority=10)
            return
        self._count("discovery/sitemap_urls", len(entries))
        for entry in entries:
            yield self.page_request(entry.url, {"kind": "sitemap", "source": response.url,
                                                **entry.fields})

    def parse_page(self, response: Response) -> Iterator[RawPage]:
        """Turn a page response into a ``RawPage`` item for the ingest pipeline."""
        meta = response.meta["newsrake"]
        request_url = response.meta.get("redirect_urls", [response.url])[0]
        fetched = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        yield RawPage(url=request_url, final_url=response.url, status=response.status,
                      headers=_headers(response.headers), body=response.body,
                      fetched_at=fetched, found_via=dict(meta.get("found_via") or {}),
                      request_headers=_headers(response.request.headers)
                      if response.request is not None else ())

    def on_error(self, failure: Failure) -> None:
        """Count a failed request by kind; the crawl goes on."""
        request = getattr(failure, "request", None)
        kind = request.meta.get("newsrake", {}).get("kind", "page") if request else "page"
        error = failure.value
        # a failed page fetch, for its site's figures (HttpError failures carry no request)
        failed_url = (error.response.url if isinstance(error, HttpError)
                      else request.url if request is not None else None)
        if kind == "page" and failed_url and self.crawler.stats is not None and (
                isinstance(error, HttpError) or not isinstance(error, IgnoreRequest)):
            count_failed(self.crawler.stats, failed_url)
        if isinstance(error, HttpError):
            status = error.response.status
            self._count(f"errors/http/{status}")
            self._count(f"errors/{kind}/http")
            logger.warning("HTTP %s for %s %s", status, kind, error.response.url)
            return
        if isinstance(error, IgnoreRequest):
            return  # robots.txt, already stored, not modified: counted where decided
        name = failure.type.__name__ if failure.type else "unknown"
        self._count(f"errors/download/{name}")
        logger.warning("download failed for %s %s: %s", kind,
                       request.url if request else "?", failure.getErrorMessage())
