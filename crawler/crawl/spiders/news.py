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
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from cleaners.records import ProvenanceStep
from crawler import __version__
from crawler.crawl.limits import LimitExceeded, download_limit_key
from crawler.crawl.resolver import refused_address, was_refused
from crawler.crawl.spiders.feeds import EntitiesRefused, MalformedFeed, parse_feed
from crawler.crawl.spiders.sitemaps import MalformedSitemap, parse_sitemap
from crawler.ingest.figures import count_failed
from crawler.ingest.records import STORE_CHECK, RawPage
from crawler.redact import redact_headers

logger = logging.getLogger(__name__)

#: How deep sitemap indexes may nest before the spider stops following them.
MAX_SITEMAP_DEPTH = 4


def without_credentials(url: str) -> tuple[str, bool]:
    """``url`` without user-info (``user:password@``), and whether it had any.

    Credentials in a URL would be sent, logged and stored with it; a feed has no
    business handing the crawler any, and an operator's belong in settings.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return url, False
    if "@" not in parts.netloc:
        return url, False
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment)), True


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

    def _setting(self, name: str, default: int) -> int:
        crawler = getattr(self, "crawler", None)
        return crawler.settings.getint(name, default) if crawler is not None else default

    def _clean_url(self, url: str) -> str:
        url, had = without_credentials(url)
        if had:
            self._count("crawl/url_credentials_dropped")
        return url

    def source_request(self, url: str, kind: str, callback: Any, depth: int = 0) -> Request:
        """The request for a feed or sitemap (at most ``NEWSRAKE_MAX_SOURCE_BYTES``)."""
        meta: dict[str, Any] = {"kind": kind}
        if kind == "sitemap":
            meta["depth"] = depth
        return Request(self._clean_url(url), callback=callback, errback=self.on_error,
                       meta={"newsrake": meta, "download_maxsize": self._setting(
                           "NEWSRAKE_MAX_SOURCE_BYTES", 50 * 1024 * 1024)}, priority=10)

    async def start(self) -> AsyncIterator[Any]:
        for url in self.feeds:
            yield self.source_request(url, "feed", self.parse_feed)
        for url in self.sitemaps:
            yield self.source_request(url, "sitemap", self.parse_sitemap)
        if self.urls:
            self._count("discovery/urls", len(self.urls))
        for url in self.urls:
            yield self.page_request(url, {"kind": "url", "source": "command line or list"})

    def page_request(self, url: str, found_via: dict[str, Any]) -> Request:
        """The request for one article page, carrying how it was found."""
        return Request(self._clean_url(url), callback=self.parse_page, errback=self.on_error,
                       meta={"newsrake": {"kind": "page", "found_via": found_via}})

    def _capped(self, entries: list[Any]) -> list[Any]:
        """The first ``NEWSRAKE_MAX_SOURCE_URLS`` entries; the rest counted and dropped."""
        cap = self._setting("NEWSRAKE_MAX_SOURCE_URLS", 50_000)
        if len(entries) > cap:
            self._count("errors/limits/source_urls", len(entries) - cap)
            logger.warning("%d URLs over the limit of %d in one source were dropped",
                           len(entries) - cap, cap)
            return entries[:cap]
        return entries

    def parse_feed(self, response: Response) -> Iterator[Request]:
        """Schedule every entry of an RSS or Atom feed."""
        self._count("discovery/feeds")
        try:
            fmt, entries = parse_feed(response.body, response.url)
        except EntitiesRefused as exc:
            self._count("errors/feed/entities_refused")
            logger.warning("%s", exc)
            return
        except MalformedFeed as exc:
            self._count("errors/feed/malformed")
            logger.warning("%s", exc)
            return
        self._count("discovery/feed_entries", len(entries))
        for entry in self._capped(entries):
            yield self.page_request(entry.url, {"kind": "feed", "source": response.url,
                                                "format": fmt, **entry.fields})

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """Follow a sitemap index, or schedule every URL of a sitemap."""
        self._count("discovery/sitemaps")
        depth = int(response.meta["newsrake"].get("depth", 0))
        try:
            kind, entries = parse_sitemap(response.body, response.url)
        except EntitiesRefused as exc:
            self._count("errors/sitemap/entities_refused")
            logger.warning("%s", exc)
            return
        except MalformedSitemap as exc:
            self._count("errors/sitemap/malformed")
            logger.warning("%s", exc)
            return
        entries = self._capped(entries)
        if kind == "sitemapindex":
            if depth >= MAX_SITEMAP_DEPTH:
                self._count("errors/sitemap/too_deep")
                return
            for entry in entries:
                yield self.source_request(entry.url, "sitemap", self.parse_sitemap, depth + 1)
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
        check = meta.get("store_check")  # what the store said before the fetch
        yield RawPage(url=request_url, final_url=response.url, status=response.status,
                      headers=_headers(response.headers), body=response.body,
                      fetched_at=fetched, found_via=dict(meta.get("found_via") or {}),
                      # credentials sent (Authorization, Cookie…) are not kept
                      request_headers=redact_headers(_headers(response.request.headers))
                      if response.request is not None else (),
                      provenance=(ProvenanceStep("fetch", STORE_CHECK, __version__,
                                                 dict(check)),) if check else ())

    def on_error(self, failure: Failure) -> None:
        """Count a failed request by kind; the crawl goes on."""
        request = getattr(failure, "request", None)
        kind = request.meta.get("newsrake", {}).get("kind", "page") if request else "page"
        error = failure.value
        # a failed page fetch, for its site's figures (HttpError failures carry no request)
        failed_url = (error.response.url if isinstance(error, HttpError)
                      else request.url if request is not None else None)
        if kind == "page" and failed_url and self.crawler.stats is not None and (
                isinstance(error, HttpError | LimitExceeded)
                or not isinstance(error, IgnoreRequest)):
            count_failed(self.crawler.stats, failed_url)
        if isinstance(error, HttpError):
            status = error.response.status
            self._count(f"errors/http/{status}")
            self._count(f"errors/{kind}/http")
            logger.warning("HTTP %s for %s %s", status, kind, error.response.url)
            return
        if isinstance(error, IgnoreRequest):
            return  # limits, robots.txt, already stored, not modified: counted where decided
        # a name that resolved, at connection time, to a private address (Twisted turns
        # the resolver's BlockedAddress into a plain lookup failure: the resolver keeps
        # the names it refused)
        host = urlsplit(request.url).hostname if request is not None else None
        if was_refused(host):
            self._count("errors/blocked_host")
            logger.warning("refused %s %s: %s resolves to the private address %s (set "
                           "NEWSRAKE_ALLOW_PRIVATE_HOSTS to allow)", kind,
                           request.url if request else "?", host, refused_address(host))
            return
        limit = download_limit_key(error)
        if limit is not None:
            self._count("errors/limits/source_too_large" if kind in ("feed", "sitemap")
                        else limit)
            logger.warning("%s %s is over DOWNLOAD_MAXSIZE: %s", kind,
                           request.url if request else "?", failure.getErrorMessage())
            return
        name = failure.type.__name__ if failure.type else "unknown"
        self._count(f"errors/download/{name}")
        logger.warning("download failed for %s %s: %s", kind,
                       request.url if request else "?", failure.getErrorMessage())
