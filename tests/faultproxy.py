"""A fault-injecting HTTP proxy on 127.0.0.1 in front of an S3 service (moto in the tests).

The S3 client is pointed at the proxy (``--endpoint-url``); the proxy forwards each
request to the real endpoint, except that a seeded share of them fail the way S3 and
the network fail:

- ``500``: an ``InternalError`` XML error, the request never reaches the service;
- ``503``: a ``SlowDown`` XML error (S3's throttling answer), not forwarded either;
- ``reset``: the connection is reset before the request is forwarded;
- ``reset_after``: the request *is* forwarded and done by the service, then the
  connection is reset before the client sees the answer (the case where a retried
  conditional write meets its own first attempt);
- ``delay``: the answer is held for ``delay`` seconds (more than the client's timeout,
  so it times out and retries; the service has done the request).

``script`` gives the faults of the first requests in order (None: forward), before
the rates apply. ``down`` switches every request to a reset (the store is
unreachable); ``down_after`` does so from the n-th request on. Counters of what was
injected are in ``injected``.
The choice per request comes from one ``random.Random(seed)`` under a lock, so a seed
fixes the mix of faults; which request gets which fault still depends on the order
threads reach the proxy.
"""

from __future__ import annotations

import contextlib
import http.client
import random
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlsplit

from crawler.demo.server import serve_local

FAULTS = ("500", "503", "reset", "reset_after", "delay")

_ERROR_XML = ('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code>'
              "<Message>{message}</Message><RequestId>fault-{n}</RequestId></Error>")
#: Headers not forwarded (hop-by-hop, RFC 9110 section 7.6.1).
_HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "te", "trailer",
               "transfer-encoding", "upgrade"}


@dataclass
class FaultPlan:
    """How often each fault happens (shares of all requests) and the seed choosing them."""

    seed: int
    rates: Mapping[str, float] = field(default_factory=dict)
    delay: float = 3.0
    down: bool = False
    down_after: int | None = None
    script: list[str | None] = field(default_factory=list)
    rng: random.Random = field(init=False)
    lock: threading.Lock = field(default_factory=threading.Lock)
    injected: Counter[str] = field(default_factory=Counter)
    requests: int = 0

    def __post_init__(self) -> None:
        unknown = (set(self.rates) | {f for f in self.script if f}) - set(FAULTS)
        if unknown:
            raise ValueError(f"unknown faults {sorted(unknown)}: use {FAULTS}")
        if sum(self.rates.values()) > 1:
            raise ValueError("fault rates add up to more than 1")
        self.rng = random.Random(self.seed)

    def choose(self) -> str | None:
        """The fault for the next request, or None to forward it untouched."""
        with self.lock:
            self.requests += 1
            if self.down or (self.down_after is not None and self.requests > self.down_after):
                self.injected["down"] += 1
                return "reset"
            if self.script:
                scripted = self.script.pop(0)
                if scripted:
                    self.injected[scripted] += 1
                return scripted
            draw = self.rng.random()
            for name in FAULTS:
                rate = self.rates.get(name, 0.0)
                if draw < rate:
                    self.injected[name] += 1
                    return name
                draw -= rate
            return None

    @property
    def total_injected(self) -> int:
        """Faults injected so far, of every kind."""
        with self.lock:
            return sum(self.injected.values())


def _reset(sock: socket.socket) -> None:
    """Close ``sock`` with a TCP RST (SO_LINGER 0), as a broken network does."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()
    except OSError:
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as boto3 expects
    plan: FaultPlan
    upstream: tuple[str, int]

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _error(self, status: int, code: str, message: str) -> None:
        body = _ERROR_XML.format(code=code, message=message,
                                 n=self.plan.requests).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _forward(self, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
        conn = http.client.HTTPConnection(*self.upstream, timeout=60)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            conn.request(self.command, self.path, body=body or None, headers=headers)
            response = conn.getresponse()
            data = response.read()
            return response.status, response.getheaders(), data
        finally:
            conn.close()

    def _handle(self) -> None:
        body = self._body()
        fault = self.plan.choose()
        if fault == "500":
            self._error(500, "InternalError", "We encountered an internal error. Please try "
                        "again.")
            return
        if fault == "503":
            self._error(503, "SlowDown", "Please reduce your request rate.")
            return
        if fault == "reset":
            self.close_connection = True
            _reset(self.connection)
            return
        status, headers, data = self._forward(body)
        if fault == "reset_after":
            self.close_connection = True
            _reset(self.connection)
            return
        if fault == "delay":
            time.sleep(self.plan.delay)
        self.send_response(status)
        head = self.command == "HEAD"  # a HEAD answer keeps the object's Content-Length
        for name, value in headers:
            if name.lower() not in _HOP_BY_HOP and (head or name.lower() != "content-length"):
                self.send_header(name, value)
        if not head:
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def handle(self) -> None:
        # the client may reset or time out a kept-alive connection at any point
        with contextlib.suppress(OSError):
            super().handle()

    def _serve(self) -> None:
        try:
            self._handle()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (timed out) first

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _serve


@contextmanager
def fault_proxy(upstream: str, plan: FaultPlan) -> Iterator[str]:
    """Serve the proxy on a free 127.0.0.1 port while the block runs; yield its URL."""
    parts = urlsplit(upstream)
    if parts.hostname != "127.0.0.1" or parts.port is None:
        raise ValueError(f"the fault proxy only fronts 127.0.0.1 services, not {upstream}")
    handler = type("FaultHandler", (_Handler,), {"plan": plan,
                                                  "upstream": (parts.hostname, parts.port)})
    with serve_local(handler, "fault-proxy") as base:
        yield base
