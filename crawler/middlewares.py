"""Downloader middlewares: thin ``from_crawler`` wrappers over public functions.

- ``StoredPageMiddleware``: a page already in the store is not fetched again; with
  ``NEWSRAKE_REFETCH`` it is fetched conditionally (``If-None-Match`` /
  ``If-Modified-Since`` from the stored fetch), and a 304 ends there. A page that was
  taken down (``newsrake delete``) is never fetched again.
- ``HostGuardMiddleware``: refuses non-HTTP schemes and, unless allowed, private,
  loopback and link-local addresses (a feed must not steer the crawler into the
  operator's own network).
"""

from __future__ import annotations

import ipaddress
import json
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.utils.defer import deferred_to_future
from twisted.internet.threads import deferToThread

from crawler import layout
from crawler.store import NotFound, Store, open_store
from crawler.takedown import is_taken_down


def stored_fetch(store: Store, url: str) -> dict[str, Any] | None:
    """The stored fetch record of ``url`` (etag, last_modified, raw_key…), or None."""
    try:
        record = json.loads(store.get(layout.page_key(url)).data)
    except NotFound:
        return None
    fetch = record.get("fetch")
    return dict(fetch) if isinstance(fetch, dict) else {}


def conditional_headers(fetch: dict[str, Any]) -> dict[str, str]:
    """Validators for a conditional GET from a stored fetch record."""
    headers = {}
    if fetch.get("etag"):
        headers["If-None-Match"] = str(fetch["etag"])
    if fetch.get("last_modified"):
        headers["If-Modified-Since"] = str(fetch["last_modified"])
    return headers


def stored_page_decision(store: Store, url: str, refetch: bool
                         ) -> tuple[str | None, dict[str, str]]:
    """Whether to fetch a page URL: (stats key of the reason to skip, or None; headers).

    A taken-down URL is never fetched; a stored one is skipped, or with ``refetch``
    fetched conditionally with the validators of its stored fetch.
    """
    if is_taken_down(store, url):
        return "crawl/skipped/taken_down", {}
    fetch = stored_fetch(store, url)
    if fetch is None:
        return None, {}
    if not refetch:
        return "crawl/skipped/already_stored", {}
    return None, conditional_headers(fetch)


def is_page(request: Request) -> bool:
    """Whether ``request`` fetches an article page (not a feed, sitemap or robots.txt)."""
    return bool(request.meta.get("newsrake", {}).get("kind") == "page")


class StoredPageMiddleware:
    """Skip pages taken down or already stored; re-fetch stored ones conditionally with
    ``NEWSRAKE_REFETCH``."""

    def __init__(self, store: Store, refetch: bool, crawler: Crawler) -> None:
        self.store = store
        self.refetch = refetch
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoredPageMiddleware:
        uri = crawler.settings.get("NEWSRAKE_STORE")
        if not uri:
            raise NotConfigured("NEWSRAKE_STORE is not set")
        store = open_store(uri, endpoint_url=crawler.settings.get("NEWSRAKE_ENDPOINT_URL"))
        return cls(store, crawler.settings.getbool("NEWSRAKE_REFETCH"), crawler)

    def _count(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)

    async def process_request(self, request: Request) -> None:
        if not is_page(request) or request.meta.get("newsrake_checked"):
            return
        request.meta["newsrake_checked"] = True
        # Store reads block (an S3 round trip each): they run in a thread, not the reactor.
        skip, headers = await deferred_to_future(deferToThread(
            stored_page_decision, self.store, request.url, self.refetch))
        if skip is not None:
            self._count(skip)
            raise IgnoreRequest(f"{skip.rsplit('/', 1)[-1].replace('_', ' ')}: {request.url}")
        for name, value in headers.items():
            request.headers.setdefault(name, value)

    def process_response(self, request: Request, response: Response) -> Response:
        if is_page(request) and response.status == 304:
            self._count("crawl/not_modified")
            raise IgnoreRequest(f"not modified: {request.url}")
        return response


def host_allowed(url: str, allow_private: bool) -> str | None:
    """None if ``url`` may be fetched, else the reason it may not."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"scheme {parts.scheme!r} is not fetched"
    host = (parts.hostname or "").strip("[]")
    if not host:
        return "no host"
    if allow_private:
        return None
    if host == "localhost" or host.endswith(".localhost"):
        return "localhost is private"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    if (address.is_private or address.is_loopback or address.is_link_local
            or address.is_reserved or address.is_multicast or address.is_unspecified):
        return f"{host} is a private address (set NEWSRAKE_ALLOW_PRIVATE_HOSTS to allow)"
    return None


class HostGuardMiddleware:
    """Refuse requests to non-HTTP schemes and private addresses."""

    def __init__(self, allow_private: bool, crawler: Crawler) -> None:
        self.allow_private = allow_private
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HostGuardMiddleware:
        return cls(crawler.settings.getbool("NEWSRAKE_ALLOW_PRIVATE_HOSTS"), crawler)

    def process_request(self, request: Request) -> None:
        reason = host_allowed(request.url, self.allow_private)
        if reason is not None:
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("errors/blocked_host")
            raise IgnoreRequest(f"refused {request.url}: {reason}")
