"""A hostile web on 127.0.0.1: every case issue 9 names, served by one small server.

``build_cases(base)`` returns the cases, each with what the crawl must count for it
(``expect``: stats keys, each counted once for the case) or store (``stored``). A case is
served at its ``path``; ``behaviour`` says how (``normal``, ``slow``, ``stream``,
``dataloss``). Links to private networks go to hosts the fake resolver
(``tests/hostile/fake_dns.py``) answers with private addresses; the tripwire handler
(``tests/hostile/tripwire.py``) makes sure nothing is sent anywhere but 127.0.0.1.
"""

from __future__ import annotations

import gzip
import random
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

import brotli

from crawler.demo.server import serve_local

#: The limits the hostile crawl runs with (small, so the cases stay small).
MAX_BYTES = 1024 * 1024  # DOWNLOAD_MAXSIZE
MAX_SOURCE_BYTES = 256 * 1024
MAX_SOURCE_URLS = 50
TIMEOUT = 10  # DOWNLOAD_TIMEOUT, seconds (a loaded CI machine needs the margin)
MAX_REDIRECTS = 5
#: The secret the crawl is given (a request header, a URL's user-info, a setting); it
#: must appear in no log line, store object or run record.
SECRET = "s3cr3t-7f1d9c"
BOMB = b"\0" * (16 * 1024 * 1024)  # inflates to 16x the download limit


@dataclass
class Case:
    """One response of the hostile server."""

    path: str
    body: bytes = b""
    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    behaviour: str = "normal"
    listed: str = "page"  # page (in the pages sitemap), feed, sitemap, or "" (linked only)
    expect: tuple[str, ...] = ()  # stats keys counted once for this case
    stored: bool = False  # a page record is written for it
    words: tuple[str, ...] = ()  # words its document's text must hold


#: Words the articles are made of; each page draws its own sentences from them, so no
#: two pages share a text (deduplication would otherwise merge them, rightly).
VOCABULARY = ("harbour", "council", "ferry", "budget", "river", "bridge", "school", "clinic",
              "market", "rail", "station", "museum", "library", "festival", "storm", "flood",
              "harvest", "factory", "airport", "tunnel", "housing", "transit", "court",
              "mayor", "union", "teachers", "nurses", "farmers")


def article(title: str, paragraphs: int = 6, word: str = "harbour") -> str:
    """A plain news article page with a text of its own (seeded by ``title``)."""
    rng = random.Random(title)
    body = "".join(
        f"<p>The {word} {' '.join(rng.sample(VOCABULARY, 6))} report said on Tuesday "
        f"that {' '.join(rng.sample(VOCABULARY, 8))} in paragraph {i} of {title.lower()} "
        f"showed {' '.join(rng.sample(VOCABULARY, 5))} progress.</p>"
        for i in range(paragraphs))
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
            "<footer>Copyright Hostile Times</footer></body></html>")


def _html(text: str, charset: str = "utf-8") -> list[tuple[str, str]]:
    return [("Content-Type", f"text/html; charset={charset}")]


def _rss(items: list[str], extra: str = "", doctype: str = "") -> bytes:
    entries = "".join(f"<item><title>Item {i}</title><link>{link}</link></item>"
                      for i, link in enumerate(items))
    return (f'<?xml version="1.0" encoding="utf-8"?>{doctype}<rss version="2.0"><channel>'
            f"<title>Hostile feed</title><link>http://127.0.0.1/</link>{extra}{entries}"
            "</channel></rss>").encode()


def _urlset(urls: list[str], doctype: str = "", body: str = "") -> bytes:
    locs = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    return (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}{body}'
            "</urlset>").encode()


XXE_DOCTYPE = '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
LAUGHS_DOCTYPE = ("<!DOCTYPE lolz [<!ENTITY lol \"lol\">" + "".join(
    f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
    for i in range(1, 10)) + "]>")
XML = [("Content-Type", "application/xml")]

#: URLs a hostile feed or sitemap names to reach the operator's network.
SSRF_URLS = (
    "http://169.254.169.254/latest/meta-data/",   # cloud metadata, literal
    "http://2852039166/latest/meta-data/",        # the same as one number
    "http://0xa9.0xfe.0xa9.0xfe/latest/",         # the same in hex dots
    "http://metadata.evil.test/latest/",          # a name that resolves to it
    "http://10.0.0.5/admin", "http://intranet.evil.test/admin",
    "http://192.168.1.1/", "http://router.evil.test/",
    "http://100.64.0.1/", "http://cgnat.evil.test/",
    "http://0.0.0.0/", "http://224.0.0.251/", "http://multicast.evil.test/",
    "http://240.0.0.1/",
    "http://[::1]/", "http://loop6.evil.test/",
    "http://[fc00::5]/", "http://ula.evil.test/",
    "http://[fe80::1]/", "http://[::ffff:169.254.169.254]/", "http://mapped.evil.test/",
    "http://[64:ff9b::a9fe:a9fe]/", "http://nat64.evil.test/",
    "http://mixed.evil.test/", "http://localhost/", "http://printer.localhost/",
)
#: Links with schemes the crawler never fetches.
SCHEME_URLS = ("file:///etc/passwd", "ftp://127.0.0.1/pub/", "gopher://127.0.0.1:70/")


def build_cases(base: str) -> list[Case]:
    """Every hostile case, with ``base`` (``http://127.0.0.1:PORT``) in links."""
    port = base.rsplit(":", 1)[1]
    cases: list[Case] = []
    add = cases.append

    # -- pages that must be stored
    for n in (1, 2):
        add(Case(f"/ok/{n}.html", article(f"Plain story {n}").encode(), headers=_html(""),
                 stored=True, words=("harbour",)))
    add(Case("/ok/truncated.html", article("Cut story", 8).encode()[:-400], headers=_html(""),
             stored=True, words=("harbour",)))
    add(Case("/ok/huge.html", article("Long story", 4000).encode(), headers=_html(""),
             stored=True, words=("harbour",)))
    t = "Zürich café naïve señor déjà façade Müller Straße"
    add(Case("/enc/cp1252-says-utf8.html",
             article(t).replace("<head>", "<head><meta charset='utf-8'>").encode("cp1252"),
             headers=[("Content-Type", "text/html")], stored=True, words=("Zürich", "Straße")))
    add(Case("/enc/undeclared-latin.html", article(t).encode("cp1252"),
             headers=[("Content-Type", "text/html")], stored=True, words=("Zürich", "façade")))
    ru = "Новости порта и города"
    add(Case("/enc/koi8-header.html", article(ru, word="гавань").encode("koi8-r"),
             headers=_html("", "koi8-r"), stored=True, words=("гавань",)))
    add(Case("/enc/utf16-bom.html", article("Wide story").encode("utf-16"),
             headers=[("Content-Type", "text/html")], stored=True, words=("harbour",)))
    add(Case("/enc/bogus-charset.html", article("Bogus charset").encode(),
             headers=_html("", "x-no-such-charset"), stored=True, words=("harbour",)))
    ja = "港湾局は火曜日に報告書を発表し、進展が続いていると述べた。"
    add(Case("/enc/shift-jis-undeclared.html",
             ("<html><body><article><h1>港のニュース</h1>"
              + "".join(f"<p>{ja}{i}</p>" for i in range(8)) + "</article></body></html>"
              ).encode("shift_jis"),
             headers=[("Content-Type", "text/html")], stored=True, words=("港湾局",)))
    # -- pages that are cleaned to nothing or refused by the cleaner: stored, counted
    add(Case("/html/empty.html", b"", headers=_html(""), stored=True,
             expect=("errors/clean",)))
    add(Case("/html/whitespace.html", b" \n\t " * 100, headers=_html(""), stored=True,
             expect=("errors/clean",)))
    add(Case("/html/deep.html", ("<div>" * 30000 + article("Deep story") + "</div>" * 30000
                                 ).encode(), headers=_html(""), stored=True,
             expect=("errors/clean",)))  # deeper than the HTML parser goes: refused
    add(Case("/html/attrs.html", ("<html><body><div " + " ".join(
        f"a{i}='{i}'" for i in range(40000)) + ">x</div>" + article("Attribute story")
        + "</body></html>").encode(), headers=_html(""), stored=True))
    add(Case("/html/nul.html", article("Nul story").replace("<p>", "<p>\0").encode(),
             headers=_html(""), stored=True))
    add(Case("/html/binary.html", bytes(range(256)) * 64, headers=_html(""), stored=True,
             expect=("errors/clean",)))
    add(Case("/html/script-only.html", b"<html><script>" + b"var x=1;" * 5000
             + b"</script></html>", headers=_html(""), stored=True, expect=("ingest/empty",)))
    # -- limits
    add(Case("/bomb/gzip.html", gzip.compress(BOMB),
             headers=[*_html(""), ("Content-Encoding", "gzip")],
             expect=("errors/limits/decompressed_too_large",)))
    add(Case("/bomb/deflate.html", zlib.compress(BOMB),
             headers=[*_html(""), ("Content-Encoding", "deflate")],
             expect=("errors/limits/decompressed_too_large",)))
    add(Case("/bomb/br.html", brotli.compress(BOMB, quality=5),
             headers=[*_html(""), ("Content-Encoding", "br")],
             expect=("errors/limits/decompressed_too_large",)))
    add(Case("/big/declared.html", b"<p>" + b"x" * (2 * MAX_BYTES), headers=_html(""),
             expect=("errors/limits/too_large",)))
    add(Case("/big/streamed.html", b"<p>" + b"x" * (2 * MAX_BYTES), headers=_html(""),
             behaviour="stream", expect=("errors/limits/too_large",)))
    add(Case("/slow.html", article("Slow story").encode(), headers=_html(""),
             behaviour="slow", expect=("errors/download/DownloadTimeoutError",)))
    add(Case("/dataloss.html", article("Lost story").encode(), headers=_html(""),
             behaviour="dataloss", expect=("errors/download/ResponseDataLossError",)))
    for n in range(12):  # a chain longer than REDIRECT_MAX_TIMES
        add(Case(f"/redirect/chain/{n}", status=302,
                 headers=[("Location", f"{base}/redirect/chain/{n + 1}")],
                 listed="page" if n == 0 else "",
                 expect=("errors/limits/redirects",) if n == 0 else ()))
    add(Case("/redirect/ok", status=301, headers=[("Location", f"{base}/ok/moved.html")]))
    add(Case("/ok/moved.html", article("Moved story").encode(), headers=_html(""),
             listed="", stored=True, words=("harbour",)))
    # -- redirects into the private network
    for n, target in enumerate(("http://169.254.169.254/latest/meta-data/",
                                "http://metadata.evil.test/latest/",
                                f"http://[::1]:{port}/ok/1.html",
                                f"http://[::ffff:127.0.0.1]:{port}/ok/1.html",
                                "http://10.0.0.5/", "http://2852039166/")):
        # each target its own URL (one the feed also names would be dropped as a duplicate)
        add(Case(f"/redirect/ssrf/{n}", status=302,
                 headers=[("Location", f"{target}{'&' if '?' in target else '?'}via=redirect")],
                 expect=("errors/blocked_host",)))
    # Scrapy does not follow a redirect to another scheme: the 302 is an HTTP error
    add(Case("/redirect/file", status=302, headers=[("Location", "file:///etc/passwd")],
             expect=("errors/http/302", "errors/page/http")))
    # -- what is not HTML
    for path, ctype, body in (("/doc.pdf", "application/pdf", b"%PDF-1.4\n%\xe2\xe3"),
                              ("/img.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
                              ("/data.json", "application/json", b'{"a": 1}'),
                              ("/archive.zip", "application/zip", b"PK\x03\x04" + b"\0" * 64)):
        add(Case(path, body, headers=[("Content-Type", ctype)], expect=("errors/non_html",)))
    # -- a page fetched with credentials (the crawl sends SECRET as headers)
    add(Case("/ok/secret.html", article("Secret story").encode(), headers=_html(""),
             stored=True, words=("harbour",)))

    # -- feeds
    add(Case("/feeds/ok.rss", _rss([f"{base}/ok/feed-1.html",
                                     f"http://alice:{SECRET}@127.0.0.1:{port}/ok/cred.html",
                                     *SSRF_URLS, *SCHEME_URLS]),
             headers=XML, listed="feed",
             expect=("crawl/url_credentials_dropped",)
             + ("errors/blocked_host",) * (len(SSRF_URLS) + len(SCHEME_URLS))))
    add(Case("/ok/feed-1.html", article("Feed story").encode(), headers=_html(""), listed="",
             stored=True, words=("harbour",)))
    add(Case("/ok/cred.html", article("Credential story").encode(), headers=_html(""),
             listed="", stored=True, words=("harbour",)))
    add(Case("/feeds/xxe.rss", _rss([f"{base}/ok/never.html"], "<description>&xxe;</description>",
                                    XXE_DOCTYPE), headers=XML, listed="feed",
             expect=("errors/feed/entities_refused",)))
    add(Case("/feeds/laughs.rss", _rss([f"{base}/ok/never.html"],
                                       "<description>&lol9;</description>", LAUGHS_DOCTYPE),
             headers=XML, listed="feed", expect=("errors/feed/entities_refused",)))
    add(Case("/feeds/utf16-xxe.rss", _rss([f"{base}/ok/never.html"], "<description>&xxe;"
                                          "</description>", XXE_DOCTYPE).decode().replace(
        'encoding="utf-8"', 'encoding="utf-16"').encode("utf-16"), headers=XML, listed="feed",
        expect=("errors/feed/entities_refused",)))
    add(Case("/feeds/too-many.rss", _rss([f"{base}/gone/{n}" for n in range(MAX_SOURCE_URLS + 30)]),
             headers=XML, listed="feed",
             expect=("errors/limits/source_urls",) * 30
             + ("errors/http/410", "errors/page/http") * MAX_SOURCE_URLS))
    for n in range(MAX_SOURCE_URLS + 30):
        add(Case(f"/gone/{n}", status=410, headers=_html(""), listed=""))
    add(Case("/feeds/too-large.rss", _rss([f"{base}/ok/never.html"] * 4000), headers=XML,
             listed="feed", expect=("errors/limits/source_too_large",)))
    add(Case("/feeds/binary.rss", bytes(range(256)) * 8, headers=XML, listed="feed",
             expect=("errors/feed/malformed",)))
    add(Case("/feeds/html.rss", article("Not a feed").encode(), headers=_html(""),
             listed="feed", expect=("errors/feed/malformed",)))
    add(Case("/feeds/empty.rss", b"", headers=XML, listed="feed",
             expect=("errors/feed/malformed",)))
    # cut inside </channel>: the entry before the cut is still read
    add(Case("/feeds/truncated.rss", _rss([f"{base}/ok/2.html"])[:-15], headers=XML,
             listed="feed"))
    add(Case("/feeds/gzip-bomb.rss", gzip.compress(BOMB),
             headers=[*XML, ("Content-Encoding", "gzip")], listed="feed",
             expect=("errors/limits/decompressed_too_large",)))

    # -- sitemaps
    pages = [c.path for c in cases if c.listed == "page"]
    add(Case("/sitemaps/pages.xml", _urlset([f"{base}{p}" for p in pages]), headers=XML,
             listed="sitemap"))
    # other URLs than the feed's (the same ones would be dropped as duplicates unchecked)
    add(Case("/sitemaps/ssrf.xml", _urlset([f"{u}?via=sitemap" for u in
                                            (*SSRF_URLS, *SCHEME_URLS)]), headers=XML,
             listed="sitemap",
             expect=("errors/blocked_host",) * (len(SSRF_URLS) + len(SCHEME_URLS))))
    add(Case("/sitemaps/xxe.xml", _urlset([f"{base}/ok/never.html"], XXE_DOCTYPE.replace(
        "rss", "urlset"), "<url><loc>&xxe;</loc></url>"), headers=XML, listed="sitemap",
        expect=("errors/sitemap/entities_refused",)))
    add(Case("/sitemaps/laughs.xml", _urlset([f"{base}/ok/never.html"], LAUGHS_DOCTYPE,
                                             "<url><loc>&lol9;</loc></url>"),
             headers=XML, listed="sitemap", expect=("errors/sitemap/entities_refused",)))
    add(Case("/sitemaps/bomb.xml.gz", gzip.compress(b" " * (60 * 1024 * 1024)),
             headers=[("Content-Type", "application/x-gzip")], listed="sitemap",
             expect=("errors/sitemap/malformed",)))
    add(Case("/sitemaps/truncated.xml", _urlset([f"{base}/ok/1.html"])[:-30], headers=XML,
             listed="sitemap", expect=("errors/sitemap/malformed",)))
    add(Case("/sitemaps/binary.xml", bytes(range(256)) * 8, headers=XML, listed="sitemap",
             expect=("errors/sitemap/malformed",)))
    for n in range(7):  # sitemap indexes nested deeper than the spider follows
        add(Case(f"/sitemaps/deep/{n}.xml",
                 ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
                  f'sitemap/0.9"><sitemap><loc>{base}/sitemaps/deep/{n + 1}.xml</loc>'
                  "</sitemap></sitemapindex>").encode(), headers=XML,
                 listed="sitemap" if n == 0 else "",
                 expect=("errors/sitemap/too_deep",) if n == 0 else ()))
    return cases


class HostileServer:
    """Serves ``build_cases`` on 127.0.0.1 at a free port (``base``) while ``running``."""

    def __init__(self) -> None:
        self.base = ""
        self.cases: dict[str, Case] = {}
        self.requests: list[str] = []

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.requests.append(self.path)
                case = server.cases.get(self.path)
                if case is None:
                    self.send_error(404)
                    return
                if case.behaviour == "slow":
                    time.sleep(TIMEOUT + 5)
                self.send_response(case.status)
                for name, value in case.headers:
                    self.send_header(name, value)
                if case.behaviour == "dataloss":
                    self.send_header("Content-Length", str(len(case.body) * 4))
                elif case.behaviour != "stream":
                    self.send_header("Content-Length", str(len(case.body)))
                self.end_headers()
                try:
                    if case.behaviour == "stream":
                        for start in range(0, len(case.body), 65536):
                            self.wfile.write(case.body[start:start + 65536])
                    else:
                        self.wfile.write(case.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the crawler hung up on a body over its limit: as it should

        return Handler

    @contextmanager
    def running(self) -> Iterator[HostileServer]:
        with serve_local(self._handler(), "hostile-web") as base:
            self.base = base
            self.cases = {case.path: case for case in build_cases(base)}
            yield self
