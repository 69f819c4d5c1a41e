"""Downloader middlewares: thin ``from_crawler`` wrappers over public functions.

- ``StoredPageMiddleware``: a page already in the store is not fetched again; with
  ``NEWSRAKE_REFETCH`` it is fetched conditionally (``If-None-Match`` /
  ``If-Modified-Since`` from the stored fetch), and a 304 ends there. A page that was
  taken down (``newsrake delete``) is never fetched again.
- ``SourceValidatorsMiddleware``: feeds and sitemaps are fetched conditionally with
  the validators of the last run that finished; a 304 means nothing new to discover.
- ``HeadMetaRefreshMiddleware``: Scrapy's meta-refresh redirects, without decoding
  the whole page to rule one out.
- ``HostGuardMiddleware``: refuses non-HTTP schemes and, unless allowed, private,
  loopback and link-local addresses (a feed must not steer the crawler into the
  operator's own network).
"""

from __future__ import annotations

import importlib
import ipaddress
import json
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import urlsplit
from urllib.request import getproxies

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.defer import deferred_to_future
from twisted.internet.threads import deferToThread
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom
from w3lib.html import get_meta_refresh

from crawler.ingest.page import is_taken_down
from crawler.store import layout
from crawler.store.base import NotFound, Store, update_json
from crawler.store.factory import open_store


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


@dataclass(frozen=True, slots=True)
class PageCheck:
    """What the store said of a page URL before its fetch."""

    skip: str | None  # stats key of the reason not to fetch it, or None
    headers: dict[str, str]  # conditional-GET validators of its stored fetch
    stored: bool  # whether a page record existed
    checked_at: str  # when the store was asked (UTC, ISO 8601)


def check_page(store: Store, url: str, refetch: bool) -> PageCheck:
    """Whether to fetch a page URL, and what the store held for it.

    A taken-down URL is never fetched; a stored one is skipped, or with ``refetch``
    fetched conditionally with the validators of its stored fetch.
    """
    checked_at = layout.utc_now()
    if is_taken_down(store, url):
        return PageCheck("crawl/skipped/taken_down", {}, False, checked_at)
    fetch = stored_fetch(store, url)
    if fetch is None:
        return PageCheck(None, {}, False, checked_at)
    if not refetch:
        return PageCheck("crawl/skipped/already_stored", {}, True, checked_at)
    return PageCheck(None, conditional_headers(fetch), True, checked_at)


def stored_page_decision(store: Store, url: str, refetch: bool
                         ) -> tuple[str | None, dict[str, str]]:
    """``check_page`` as (stats key of the reason to skip, or None; headers)."""
    check = check_page(store, url, refetch)
    return check.skip, check.headers


def is_page(request: Request) -> bool:
    """Whether ``request`` fetches an article page (not a feed, sitemap or robots.txt)."""
    return bool(request.meta.get("newsrake", {}).get("kind") == "page")


#: Bytes of a page searched for a refresh tag: Scrapy reads the first 4,096 characters,
#: which UTF-8 spells in at most four times as many bytes.
META_REFRESH_SCAN_BYTES = 4 * 4096


def may_refresh(body: bytes, content_type: str, url: str,
                ignore_tags: Sequence[str] = ("script", "noscript")) -> bool:
    """Whether the head of ``body`` may hold a meta refresh (False: it surely does not).

    Scrapy's ``get_meta_refresh`` decodes the whole page (``response.text``) and its
    base URL to read the first 4,096 characters: 0.25 ms of the crawl's parent a page
    on the bench_e2e pages (0.06 ms for this check), for a tag almost no article has.
    w3lib rules one out in the bytes; a page it cannot rule out goes to Scrapy's own
    code, which decides.
    """
    encoding = (read_bom(body)[0] or http_content_type_encoding(content_type)
                or html_body_declared_encoding(body) or "utf-8")
    try:
        _, target = get_meta_refresh(body, url, encoding, ignore_tags,
                                     max_scan=META_REFRESH_SCAN_BYTES)
    except (UnicodeError, LookupError):  # an odd encoding: Scrapy's path decides
        return True
    return target is not None


class HeadMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's ``MetaRefreshMiddleware``, asked only about pages that ``may_refresh``."""

    def process_response(self, request: Request, response: Response,
                         spider: Any = None) -> Request | Response:
        if isinstance(response, HtmlResponse) and not may_refresh(
                response.body, (response.headers.get(b"Content-Type") or b"").decode("latin-1"),
                response.url, self._ignore_tags):
            return response
        return super().process_response(request, response)


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
        check = await deferred_to_future(deferToThread(
            check_page, self.store, request.url, self.refetch))
        if check.skip is not None:
            self._count(check.skip)
            raise IgnoreRequest(f"{check.skip.rsplit('/', 1)[-1].replace('_', ' ')}: "
                                f"{request.url}")
        for name, value in check.headers.items():
            request.headers.setdefault(name, value)
        # what ingest need not ask the store again (crawler/ingest/page.py: _prepare)
        request.meta["newsrake"]["store_check"] = {"checked_at": check.checked_at,
                                                   "taken_down": False,
                                                   "stored": check.stored}

    def process_response(self, request: Request, response: Response) -> Response:
        if is_page(request) and response.status == 304:
            self._count("crawl/not_modified")
            raise IgnoreRequest(f"not modified: {request.url}")
        return response


#: IPv6 prefixes that carry an IPv4 address inside (checked as that address too):
#: NAT64 (RFC 6052) ``64:ff9b::/96``; IPv4-mapped and 6to4 are unwrapped by ``ipaddress``.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def embedded_ipv4(address: Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (IPv4-mapped, 6to4, NAT64, Teredo)."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.teredo is not None:
        return address.teredo[1]
    return None


def is_blocked_address(address: Address) -> bool:
    """Whether a request may not go to ``address`` (unless private hosts are allowed).

    Anything that is not a global unicast address: loopback, private (10/8, 172.16/12,
    192.168/16, ``fc00::/7``), shared (100.64/10), link-local (169.254/16 with the cloud
    metadata service at 169.254.169.254, ``fe80::/10``), multicast, reserved and
    unspecified, and IPv6 forms that wrap such an IPv4 address (``::ffff:127.0.0.1``).
    """
    inner = embedded_ipv4(address)
    if inner is not None and is_blocked_address(inner):
        return True
    return not address.is_global or address.is_multicast


def parse_address(text: str) -> Address | None:
    """An IP address literal (zone index dropped), or None when ``text`` is a name."""
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None


def host_allowed(url: str, allow_private: bool,
                 allowlist: Sequence[str] = ()) -> str | None:
    """None if ``url`` may be fetched, else the reason it may not.

    Checks the scheme and a literal address; names are resolved and checked by
    ``resolves_private``. ``allowlist`` holds host names and networks (``10.1.0.0/16``)
    that are fetched even though private.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"scheme {parts.scheme!r} is not fetched"
    host = (parts.hostname or "").strip("[]").rstrip(".").lower()
    if not host:
        return "no host"
    if allow_private or in_allowlist(host, allowlist):
        return None
    if host == "localhost" or host.endswith(".localhost"):
        return "localhost is private (set NEWSRAKE_ALLOW_PRIVATE_HOSTS to allow)"
    address = parse_address(host)
    if address is not None and is_blocked_address(address):
        return f"{host} is a private address (set NEWSRAKE_ALLOW_PRIVATE_HOSTS to allow)"
    return None


def in_allowlist(host_or_address: str, allowlist: Sequence[str]) -> bool:
    """Whether a host name or address is named by ``allowlist`` (names or networks)."""
    if not allowlist:
        return False
    address = parse_address(host_or_address)
    for entry in allowlist:
        entry = entry.strip().lower()
        if not entry:
            continue
        if address is None:
            if host_or_address == entry:
                return True
            continue
        try:
            if address in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue
    return False


def resolves_private(host: str,
                     resolve: Callable[[str], list[str]] | None = None,
                     allowlist: Sequence[str] = ()) -> str | None:
    """The private address ``host`` resolves to, if any (None when none, or no answer).

    A feed can name ``intranet.corp`` as well as ``10.0.0.5``, or a number such as
    ``2130706433`` that the resolver reads as 127.0.0.1: the name is resolved and every
    address checked. A name that does not resolve is left to the downloader, which
    reports it (and behind an HTTP proxy it is the proxy that resolves).
    """
    resolve = resolve or _addresses
    try:
        addresses = resolve(host)
    except (OSError, UnicodeError):
        return None
    for text in addresses:
        address = parse_address(text)
        if address is not None and is_blocked_address(address) \
                and not in_allowlist(str(address), allowlist):
            return text
    return None


def _addresses(host: str) -> list[str]:
    return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None)})


def load_resolver(path: str | None) -> Callable[[str], list[str]] | None:
    """The host resolver named by ``NEWSRAKE_HOST_RESOLVER`` (``module:function`` or
    ``module.function``), or None for the system's. Tests use it to check the guard on
    names that resolve to private addresses without any lookup or connection."""
    if not path:
        return None
    module_name, sep, attr = path.partition(":")
    if not sep:
        module_name, _, attr = path.rpartition(".")
    resolver = getattr(importlib.import_module(module_name), attr)
    if not callable(resolver):
        raise NotConfigured(f"NEWSRAKE_HOST_RESOLVER={path!r} is not a callable")
    return cast(Callable[[str], list[str]], resolver)


class HostGuardMiddleware:
    """Refuse requests to non-HTTP schemes and private addresses."""

    #: Host names whose resolution is remembered (per crawl), so each is resolved once.
    MAX_REMEMBERED_HOSTS = 10_000

    def __init__(self, allow_private: bool, crawler: Crawler,
                 proxied: frozenset[str] = frozenset(),
                 resolve: Callable[[str], list[str]] | None = None,
                 allowlist: Sequence[str] = ()) -> None:
        self.allow_private = allow_private
        self.crawler = crawler
        self.proxied = proxied  # schemes sent through an HTTP proxy, which resolves names
        self.resolve = resolve
        self.allowlist = tuple(allowlist)
        self._private_hosts: dict[str, str | None] = {}  # host -> private address or None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HostGuardMiddleware:
        settings = crawler.settings
        proxies = getproxies() if settings.getbool("HTTPPROXY_ENABLED") else {}
        return cls(settings.getbool("NEWSRAKE_ALLOW_PRIVATE_HOSTS"), crawler,
                   frozenset(scheme for scheme in ("http", "https") if proxies.get(scheme)),
                   resolve=load_resolver(settings.get("NEWSRAKE_HOST_RESOLVER")),
                   allowlist=settings.getlist("NEWSRAKE_PRIVATE_HOSTS_ALLOWLIST"))

    def _refuse(self, request: Request, reason: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("errors/blocked_host")
        raise IgnoreRequest(f"refused {request.url}: {reason}")

    async def process_request(self, request: Request) -> None:
        reason = host_allowed(request.url, self.allow_private, self.allowlist)
        if reason is not None:
            self._refuse(request, reason)
        parts = urlsplit(request.url)
        if self.allow_private or parts.scheme in self.proxied or "proxy" in request.meta:
            return
        host = (parts.hostname or "").strip("[]").rstrip(".").lower()
        if parse_address(host) is not None or in_allowlist(host, self.allowlist):
            return  # a literal address, checked above
        if host not in self._private_hosts:
            private = await deferred_to_future(deferToThread(
                resolves_private, host, self.resolve, self.allowlist))
            if len(self._private_hosts) >= self.MAX_REMEMBERED_HOSTS:
                self._private_hosts.clear()
            self._private_hosts[host] = private
        if self._private_hosts[host] is not None:
            self._refuse(request, f"{host} resolves to the private address "
                                  f"{self._private_hosts[host]} (set "
                                  "NEWSRAKE_ALLOW_PRIVATE_HOSTS to allow)")


#: Where the validators (ETag, Last-Modified) of feeds and sitemaps are kept between runs.
SOURCE_VALIDATORS_KEY = "index/http/sources.json"


def is_source(request: Request) -> bool:
    """Whether ``request`` fetches a feed or a sitemap."""
    return request.meta.get("newsrake", {}).get("kind") in ("feed", "sitemap")


def load_source_validators(store: Store) -> dict[str, dict[str, str]]:
    """URL -> {"etag", "last_modified"} of the feeds and sitemaps of earlier runs."""
    try:
        data = json.loads(store.get(SOURCE_VALIDATORS_KEY).data)
    except NotFound:
        return {}
    return {str(k): dict(v) for k, v in (data.get("sources") or {}).items()}


def merge_source_validators(store: Store, seen: dict[str, dict[str, str]]) -> None:
    """Add this run's validators to the stored ones (a concurrent run's are kept)."""
    def merge(current: dict[str, Any] | None) -> dict[str, Any]:
        sources = dict((current or {}).get("sources") or {})
        sources.update(seen)
        return {"sources": dict(sorted(sources.items()))}

    update_json(store, SOURCE_VALIDATORS_KEY, merge)


class SourceValidatorsMiddleware:
    """Conditional GET for feeds and sitemaps, with validators from the last finished run.

    Validators are saved only when a crawl finishes cleanly: a run that died after
    reading a feed but before storing its pages must not make the next run skip that
    feed. With ``NEWSRAKE_REFETCH`` feeds are read in full, so stored pages are found
    again and re-fetched.
    """

    def __init__(self, store: Store, crawler: Crawler, enabled: bool) -> None:
        self.store = store
        self.crawler = crawler
        self.enabled = enabled
        self.known = load_source_validators(store) if enabled else {}
        self.seen: dict[str, dict[str, str]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SourceValidatorsMiddleware:
        uri = crawler.settings.get("NEWSRAKE_STORE")
        if not uri:
            raise NotConfigured("NEWSRAKE_STORE is not set")
        store = open_store(uri, endpoint_url=crawler.settings.get("NEWSRAKE_ENDPOINT_URL"))
        middleware = cls(store, crawler, not crawler.settings.getbool("NEWSRAKE_REFETCH"))
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_request(self, request: Request) -> None:
        if not self.enabled or not is_source(request):
            return
        for name, value in conditional_headers(self.known.get(request.url, {})).items():
            request.headers.setdefault(name, value)

    def process_response(self, request: Request, response: Response) -> Response:
        if not is_source(request):
            return response
        if response.status == 304:
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("crawl/not_modified/sources")
            self.seen[request.url] = self.known.get(request.url, {})
            raise IgnoreRequest(f"not modified since the last run: {request.url}")
        if response.status == 200:
            validators = {}
            for header, field in (("ETag", "etag"), ("Last-Modified", "last_modified")):
                value = response.headers.get(header)
                if value:
                    validators[field] = value.decode("latin-1")
            if validators:
                self.seen[request.url] = validators
        return response

    def spider_closed(self, reason: str) -> None:
        """Save this run's validators if the crawl finished (not cancelled or failed)."""
        if self.enabled and reason == "finished" and self.seen:
            merge_source_validators(self.store, self.seen)
