"""``GuardedResolver``: the address check again, at connection time.

``HostGuardMiddleware`` checks a request's host before it is sent; this resolver checks
the address Twisted is about to connect to. Between the two, a name whose DNS answer
changes (DNS rebinding: public when checked, 169.254.169.254 when connecting) is caught
here. Installed as ``TWISTED_DNS_RESOLVER``; IP literals never reach a resolver, and the
middleware has checked them. The HTTP proxy's own host, which the operator chose, is
not checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit
from urllib.request import getproxies

from scrapy.resolver import CachingThreadedResolver
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError

from crawler.crawl.middlewares import in_allowlist, is_blocked_address, parse_address


class BlockedAddress(DNSLookupError):
    """A name resolved, at connection time, to an address the crawler does not fetch."""


#: Names this process refused at connection time -> the address (bounded). Twisted turns
#: a resolver's error into its own "no results" lookup error, so the spider looks a
#: failed request's host up here to count it as ``errors/blocked_host``.
REFUSED: dict[str, str] = {}
MAX_REFUSED = 10_000


def refused_address(host: str | None) -> str:
    """The private address ``host`` was refused for ("?" when it was not)."""
    return REFUSED.get((host or "").lower(), "?")


def was_refused(host: str | None) -> bool:
    """Whether a connection to ``host`` was refused by ``GuardedResolver``."""
    return bool(host) and (host or "").lower() in REFUSED


def check_resolved(name: str, address: str, *, allow_private: bool,
                   allowlist: Sequence[str] = (), trusted: frozenset[str] = frozenset()
                   ) -> str:
    """``address`` if a connection to ``name`` at ``address`` may be made; else raise
    ``BlockedAddress``."""
    if allow_private or name.lower() in trusted:
        return address
    parsed = parse_address(address)
    if parsed is None or not is_blocked_address(parsed):
        return address
    if in_allowlist(name.lower(), allowlist) or in_allowlist(str(parsed), allowlist):
        return address
    if len(REFUSED) >= MAX_REFUSED:
        REFUSED.clear()
    REFUSED[name.lower()] = address
    raise BlockedAddress(f"{name} resolves to the private address {address} (set "
                         "NEWSRAKE_ALLOW_PRIVATE_HOSTS to allow)")


def proxy_hosts() -> frozenset[str]:
    """The hosts of the HTTP proxies in the environment (``http_proxy``…)."""
    hosts = set()
    for url in getproxies().values():
        host = urlsplit(url if "://" in url else f"http://{url}").hostname
        if host:
            hosts.add(host.lower())
    return frozenset(hosts)


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, refusing names that resolve to private addresses."""

    def __init__(self, reactor: Any, cache_size: int, timeout: float, *,
                 allow_private: bool = False, allowlist: Sequence[str] = ()) -> None:
        super().__init__(reactor, cache_size, timeout)
        self.allow_private = allow_private
        self.allowlist = tuple(allowlist)
        self.trusted = proxy_hosts()

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> GuardedResolver:
        settings = crawler.settings
        size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, size, settings.getfloat("DNS_TIMEOUT"),
                   allow_private=settings.getbool("NEWSRAKE_ALLOW_PRIVATE_HOSTS"),
                   allowlist=settings.getlist("NEWSRAKE_PRIVATE_HOSTS_ALLOWLIST"))

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:
        resolved: Deferred[str] = super().getHostByName(name, timeout)
        resolved.addCallback(lambda address: check_resolved(
            name, address, allow_private=self.allow_private, allowlist=self.allowlist,
            trusted=self.trusted))
        return resolved
