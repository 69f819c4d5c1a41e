"""Fuzzing (issue 9): the cleaners and the feed and sitemap readers, on bytes nobody wrote
by hand, end in a result or their documented error, never in another exception.

hypothesis generates the inputs: arbitrary bytes; HTML built from real tags, attributes
and text, nested at random; and real feeds and sitemaps with bytes cut, doubled or
flipped. Each property lists the only exceptions it allows.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleaners
from cleaners import CleanError
from cleaners.pipeline import decode_html
from crawler.crawl.spiders.feeds import EntitiesRefused, MalformedFeed, parse_feed
from crawler.crawl.spiders.news import without_credentials
from crawler.crawl.spiders.sitemaps import MalformedSitemap, parse_sitemap
from crawler.redact import redact_text

#: Examples per property: 120 in a test run; NEWSRAKE_FUZZ_EXAMPLES=5000 for a long hunt.
FUZZ = settings(max_examples=int(os.environ.get("NEWSRAKE_FUZZ_EXAMPLES", "120")),
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

TAGS = ("div", "p", "span", "a", "article", "section", "aside", "figure", "figcaption",
        "h1", "h2", "ul", "li", "table", "tr", "td", "script", "style", "form", "input",
        "br", "img", "iframe", "nav", "footer", "header", "main", "blockquote", "svg",
        "template", "noscript", "button")
ATTRS = ("class", "id", "href", "src", "style", "role", "aria-label", "data-x", "hidden")
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)
attr = st.tuples(st.sampled_from(ATTRS), st.text(max_size=20)).map(
    lambda kv: f' {kv[0]}="{kv[1].replace(chr(34), "")}"')


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(TAGS), st.lists(attr, max_size=3),
                     st.lists(children, max_size=4), st.booleans()).map(
        lambda t: f"<{t[0]}{''.join(t[1])}>{''.join(t[2])}" + (f"</{t[0]}>" if t[3] else ""))


html_fragment = st.recursive(text, _element, max_leaves=40)
html_page = st.tuples(st.booleans(), html_fragment, st.sampled_from(
    ("", "<!DOCTYPE html>", "<?xml version='1.0'?>", "\ufeff", "<!-- c -->"))).map(
    lambda t: f"{t[2]}<html><head><title>T</title></head><body>{t[1]}</body></html>"
    if t[0] else t[2] + t[1])


def _clean_or_clean_error(body: str | bytes) -> None:
    try:
        doc = cleaners.clean(body, "http://fuzz.example/a/story.html")
    except CleanError:
        return
    assert isinstance(doc.text, str)


@FUZZ
@given(st.binary(max_size=4096))
def test_clean_survives_arbitrary_bytes(body: bytes) -> None:
    _clean_or_clean_error(body)


@FUZZ
@given(html_page)
def test_clean_survives_generated_html(page: str) -> None:
    _clean_or_clean_error(page)
    _clean_or_clean_error(page.encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.binary(max_size=2048), st.sampled_from(
    (None, "text/html", "text/html; charset=utf-8", "text/html; charset=x-bogus",
     "text/html; charset=utf-16", "text/html; charset=koi8-r", "text/html; charset=")))
def test_decode_html_never_raises(body: bytes, content_type: str | None) -> None:
    assert isinstance(decode_html(body, content_type), str)


RSS = (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>F</title>'
       b"<item><title>One</title><link>http://fuzz.example/1.html</link>"
       b"<pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>"
       b"<item><title>Two</title><link>http://fuzz.example/2.html</link></item>"
       b"</channel></rss>")
ATOM = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>'
        b'<entry><title>One</title><link href="http://fuzz.example/1.html"/>'
        b"<updated>2026-12-01T10:00:00Z</updated></entry></feed>")
SITEMAP = (b'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
           b'schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
           b"<url><loc>http://fuzz.example/1.html</loc><news:news><news:publication>"
           b"<news:name>F</news:name></news:publication><news:title>One</news:title>"
           b"</news:news></url></urlset>")


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` with a few bytes cut, repeated, replaced or inserted."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(("cut", "repeat", "flip", "insert", "truncate")))
        if action == "cut":
            del data[at:at + draw(st.integers(1, 16))]
        elif action == "repeat":
            data[at:at] = data[at:at + draw(st.integers(1, 64))] * draw(st.integers(1, 4))
        elif action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.sampled_from(
                (b"<!ENTITY x 'y'>", b"<!DOCTYPE x>", b"&x;", b"]]>", b"<![CDATA[", b"\x00",
                 b"\xff\xfe", b"</", b"<item>", b"<url>", b"<loc>", b"&#0;", b"&#xD800;")))
        else:
            del data[at:]
    return bytes(data)


@FUZZ
@given(st.one_of(st.binary(max_size=2048), mutated(RSS), mutated(ATOM)))
def test_parse_feed_survives(body: bytes) -> None:
    try:
        fmt, entries = parse_feed(body, "http://fuzz.example/feed.xml")
    except (MalformedFeed, EntitiesRefused):
        return
    assert isinstance(fmt, str) and all(isinstance(e.url, str) for e in entries)


@FUZZ
@given(st.one_of(st.binary(max_size=2048), mutated(SITEMAP)))
def test_parse_sitemap_survives(body: bytes) -> None:
    try:
        kind, entries = parse_sitemap(body, "http://fuzz.example/sitemap.xml")
    except (MalformedSitemap, EntitiesRefused):
        return
    assert kind in ("urlset", "sitemapindex") and all(isinstance(e.url, str) for e in entries)


SECRET = "pw-9c1e"


@FUZZ
@given(st.text(max_size=40), st.sampled_from(("http", "https", "redis", "s3")),
       st.text(st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=12))
def test_credentials_never_survive(prefix: str, scheme: str, user: str) -> None:
    url = f"{scheme}://{user}:{SECRET}@host.example:1/path"
    assert SECRET not in redact_text(f"{prefix} {url} more")
    assert SECRET not in without_credentials(url)[0]
    assert SECRET not in redact_text(f"{prefix}Authorization: Basic {SECRET}")
