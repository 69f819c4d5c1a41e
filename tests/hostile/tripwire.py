"""A download handler for the hostile-input tests: it lets a request reach the network
only when its host is the literal 127.0.0.1, and records any other one.

Installed with ``-s DOWNLOAD_HANDLERS=…`` (that setting is merged with Scrapy's base
handlers, so nothing else changes). If the SSRF guard ever let a hostile URL through,
the request would stop here, before any connection, and the test would see it in
``tripwire/non_loopback`` and in the file ``NEWSRAKE_TRIPWIRE_LOG`` names.
"""

from __future__ import annotations

import os
from typing import Any

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.http import Request, Response
from scrapy.utils.httpobj import urlparse_cached


class LoopbackOnlyHandler(HTTP11DownloadHandler):
    """HTTP/1.1 downloads to 127.0.0.1 only."""

    async def download_request(self, request: Request) -> Response:
        host = urlparse_cached(request).hostname
        if host != "127.0.0.1":
            crawler: Any = self._crawler
            if crawler.stats is not None:
                crawler.stats.inc_value("tripwire/non_loopback")
            log = os.environ.get("NEWSRAKE_TRIPWIRE_LOG")
            if log:
                with open(log, "a", encoding="utf-8") as handle:
                    handle.write(request.url + "\n")
            raise ConnectionRefusedError(f"tripwire: {request.url} is not on 127.0.0.1")
        return await super().download_request(request)
