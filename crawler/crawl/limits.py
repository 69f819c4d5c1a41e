"""Limits on what the web may hand the crawler, and the stats keys that count them.

Scrapy enforces most limits itself (``DOWNLOAD_MAXSIZE`` on the wire and, since 2.11,
on the decompressed body; ``DOWNLOAD_TIMEOUT``; ``REDIRECT_MAX_TIMES``) but ends a
request that passes one with an ``IgnoreRequest`` that no errback can tell from
"already stored". These thin subclasses count the limit under ``errors/limits/…`` and
raise ``LimitExceeded``, which the spider counts as a failed page.
"""

from __future__ import annotations

from typing import Any

from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Request, Response
from twisted.internet.defer import CancelledError

#: Stats key -> what the operator can do about it (docs/reliability.md repeats these).
LIMIT_KEYS = {
    "errors/limits/too_large": "DOWNLOAD_MAXSIZE: a body larger than the limit (declared or sent)",
    "errors/limits/decompressed_too_large": "DOWNLOAD_MAXSIZE: a gzip, deflate or brotli "
                                            "body that inflates past the limit (a bomb)",
    "errors/limits/redirects": "REDIRECT_MAX_TIMES: a redirect loop or a chain too long",
    "errors/limits/source_too_large": "a feed or sitemap over NEWSRAKE_MAX_SOURCE_BYTES",
    "errors/limits/source_urls": "URLs past NEWSRAKE_MAX_SOURCE_URLS in one feed or sitemap "
                                 "(counted per URL dropped)",
}


class LimitExceeded(IgnoreRequest):
    """A request ended by a limit; already counted under ``errors/limits/…``."""


def download_limit_key(error: BaseException | None) -> str | None:
    """The ``errors/limits/…`` key of a download error that a size limit caused, or None.

    Scrapy cancels a download whose declared length is over ``DOWNLOAD_MAXSIZE``
    (``DownloadCancelledError``) and one that goes over it while streaming (the
    response's deferred is cancelled: ``CancelledError``).
    """
    if isinstance(error, DownloadCancelledError | CancelledError):
        return "errors/limits/too_large"
    return None


class LimitedHttpCompressionMiddleware(HttpCompressionMiddleware):
    """Scrapy's decompression, with bombs counted (``errors/limits/decompressed_too_large``)."""

    def process_response(self, request: Request, response: Response,
                         spider: Any = None) -> Request | Response:
        try:
            return super().process_response(request, response)
        except LimitExceeded:
            raise
        except IgnoreRequest as exc:
            if self.stats is not None:
                self.stats.inc_value("errors/limits/decompressed_too_large")
            raise LimitExceeded(str(exc)) from exc


class LimitedRedirectMiddleware(RedirectMiddleware):
    """Scrapy's redirects, with loops and long chains counted (``errors/limits/redirects``)."""

    def process_response(self, request: Request, response: Response,
                         spider: Any = None) -> Request | Response:
        try:
            return super().process_response(request, response)
        except LimitExceeded:
            raise
        except IgnoreRequest as exc:
            stats = self.crawler.stats
            if stats is not None:
                stats.inc_value("errors/limits/redirects")
            raise LimitExceeded(f"{exc}: {request.url}") from exc
