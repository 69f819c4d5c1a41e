"""Serve the bundled sample sites from one HTTP server on 127.0.0.1, by host name.

Each folder under ``sites/`` is one publisher with its own host name,
``http://<slug>.example`` (``.example`` is reserved, RFC 2606: it never resolves, so
nothing can leak to the network). The server listens on a free port on 127.0.0.1 and
is used as the crawler's HTTP proxy, so the sites keep the same URLs from run to run
(an incremental second crawl finds them already stored) while every byte goes to
127.0.0.1. Requests sent to the server directly are routed by their Host header.

In text files ``{{base:<slug>}}`` becomes that publisher's base URL; ``*.gz.in`` files
are rendered, gzipped and served without ``.in``; ``_errors.json`` maps paths to forced
status codes; names starting with ``_`` are never served. Responses carry an ``ETag``
and ``Last-Modified`` and answer conditional requests with 304, like a real site.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

SITES_DIR = Path(__file__).parent / "sites"
TEXT_SUFFIXES = (".html", ".xml", ".txt", ".json", ".toml", ".rss", ".atom", ".in")
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8", ".xml": "application/xml", ".txt": "text/plain",
    ".rss": "application/rss+xml", ".atom": "application/atom+xml", ".pdf": "application/pdf",
    ".json": "application/json", ".gz": "application/gzip", ".toml": "text/plain",
}
#: A fixed Last-Modified: the sample sites do not change between runs.
LAST_MODIFIED = "Mon, 02 Nov 2026 08:00:00 GMT"
_PLACEHOLDER = re.compile(r"\{\{base:([a-z0-9-]+)\}\}")


def render(text: str, bases: Mapping[str, str]) -> str:
    """Replace ``{{base:<slug>}}`` placeholders with base URLs (unknown slugs are an error)."""
    def sub(match: re.Match[str]) -> str:
        slug = match.group(1)
        if slug not in bases:
            raise KeyError(f"placeholder names unknown site {slug!r}")
        return bases[slug]
    return _PLACEHOLDER.sub(sub, text)


#: The reserved top-level domain of the sample sites' host names.
DEMO_TLD = "example"


def base_url(slug: str) -> str:
    """The base URL of sample site ``slug``: ``http://<slug>.example``."""
    return f"http://{slug}.{DEMO_TLD}"


@dataclass(frozen=True)
class SiteServer:
    """The running server: its proxy URL and every site's base URL (slug -> URL)."""

    proxy: str
    bases: Mapping[str, str]

    def proxy_env(self) -> dict[str, str]:
        """Environment that sends a crawler's HTTP traffic through this server."""
        return {"http_proxy": self.proxy, "HTTP_PROXY": self.proxy,
                "no_proxy": "127.0.0.1,localhost", "NO_PROXY": "127.0.0.1,localhost"}


class _Handler(BaseHTTPRequestHandler):
    roots: Mapping[str, Path]
    bases: Mapping[str, str]
    server_version = "newsrake-demo/1"

    def log_message(self, format: str, *args: object) -> None:
        pass  # the crawl's own stats say what was fetched

    def _site_root(self) -> Path | None:
        # A proxy request names the site in its absolute URI; a direct one in Host.
        host = urlsplit(self.path).hostname or (self.headers.get("Host") or "").split(":")[0]
        slug = host.lower().removesuffix(f".{DEMO_TLD}")
        return self.roots.get(slug)

    def _resolve(self) -> tuple[int, bytes, str]:
        root = self._site_root()
        if root is None:
            return 404, b"404 no such sample site\n", "text/plain"
        path = unquote(urlsplit(self.path).path)
        errors_file = root / "_errors.json"
        if errors_file.exists():
            forced = json.loads(errors_file.read_text(encoding="utf-8"))
            if path in forced:
                code = int(forced[path])
                return code, f"{code} {HTTPStatus(code).phrase}\n".encode(), "text/plain"
        rel = path.lstrip("/")
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        parts = Path(rel).parts
        if any(p.startswith(("_", ".")) or p == ".." for p in parts):
            return 404, b"404 Not Found\n", "text/plain"
        target = root / rel
        gz_source = root / (rel + ".in")
        if rel.endswith(".gz") and gz_source.is_file():
            text = render(gz_source.read_text(encoding="utf-8"), self.bases)
            return 200, gzip.compress(text.encode("utf-8"), mtime=0), "application/gzip"
        if not target.is_file():
            return 404, b"404 Not Found\n", "text/plain"
        ctype = CONTENT_TYPES.get(target.suffix, "application/octet-stream")
        if target.suffix in TEXT_SUFFIXES:
            body = render(target.read_text(encoding="utf-8"), self.bases).encode("utf-8")
        else:
            body = target.read_bytes()
        return 200, body, ctype

    def do_GET(self) -> None:
        status, body, ctype = self._resolve()
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if status == 200:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", LAST_MODIFIED)
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self) -> None:
        self.do_GET()


@contextmanager
def serve_local(handler: type[BaseHTTPRequestHandler], name: str = "local-server"
                ) -> Iterator[str]:
    """Serve ``handler`` on 127.0.0.1 at a free port while the block runs; yield its base
    URL (``http://127.0.0.1:PORT``). The sample sites use it, and the tests' own servers."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name=name, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextmanager
def serve_sites(sites_dir: Path = SITES_DIR) -> Iterator[SiteServer]:
    """Serve every publisher folder under its ``.example`` host name from one 127.0.0.1 port."""
    roots = {p.name: p for p in sorted(sites_dir.iterdir())
             if p.is_dir() and not p.name.startswith(("_", "."))}
    bases = {slug: base_url(slug) for slug in roots}
    handler: type[_Handler] = type("SampleSitesHandler", (_Handler,),
                                   {"roots": roots, "bases": bases})
    with serve_local(handler, "sample-sites") as base:
        yield SiteServer(base, bases)


def rendered_sources(bases: Mapping[str, str], sites_dir: Path = SITES_DIR) -> str:
    """The demo's sources file with its placeholders filled in."""
    return render((sites_dir / "sources.toml").read_text(encoding="utf-8"), bases)


def main() -> None:
    """Serve the sample sites until interrupted (``python -m crawler.demo.server``)."""
    with serve_sites() as sites:
        print(f"proxy: {sites.proxy}")
        for slug, base in sites.bases.items():
            print(f"{slug:24} {base}/")
        threading.Event().wait()


if __name__ == "__main__":
    main()
