"""Sitemap discovery: sitemap indexes, gzipped sitemaps and Google News sitemaps.

Scrapy's ``Sitemap`` reads ``<loc>`` and ``<lastmod>`` but flattens nested elements,
so the Google News fields (``news:publication_date``, ``news:title``,
``news:publication``) are read here with lxml and kept for provenance.
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from scrapy.utils.gz import gunzip

from crawler.crawl.spiders.feeds import Discovered, refuse_entities

NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
#: Sitemaps larger than this after decompression are refused (the sitemap protocol caps
#: a file at 50 MB uncompressed).
MAX_SITEMAP_BYTES = 50 * 1024 * 1024


class MalformedSitemap(ValueError):
    """The body is not a sitemap or sitemap index; the message says what was wrong."""


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def decompress(body: bytes, url: str) -> bytes:
    """The sitemap XML of ``body``, gunzipped when it is gzip data."""
    if body[:2] == b"\x1f\x8b":
        try:
            return gunzip(body, max_size=MAX_SITEMAP_BYTES)
        except (OSError, EOFError, ValueError) as exc:
            raise MalformedSitemap(f"{url}: corrupt gzip data ({exc})") from exc
    return body


def _news_fields(url_el: Any) -> dict[str, Any]:
    news: dict[str, Any] = {}
    for el in url_el.iter(f"{{{NEWS_NS}}}news"):
        for child in el:
            name = _local(child.tag)
            if name == "publication":
                news["publication"] = {_local(c.tag): (c.text or "").strip() for c in child}
            elif name:
                news[name] = (child.text or "").strip()
    return news


def parse_sitemap(body: bytes, url: str) -> tuple[str, list[Discovered]]:
    """Return ("sitemapindex" | "urlset", entries).

    Raises ``MalformedSitemap`` for what is not a sitemap and ``EntitiesRefused`` for
    one that declares XML entities.
    """
    xml = decompress(body, url)
    if len(xml) > MAX_SITEMAP_BYTES:
        raise MalformedSitemap(f"{url}: {len(xml)} bytes, over the sitemap protocol's "
                               f"{MAX_SITEMAP_BYTES} (split it into an index)")
    refuse_entities(xml, url)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False,
                             huge_tree=False)
    try:
        root = etree.fromstring(xml, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise MalformedSitemap(f"{url}: not well-formed XML ({exc})") from exc
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        raise MalformedSitemap(f"{url}: root element is <{kind}>, not <urlset> or <sitemapindex>")
    found = []
    for item in root:
        if _local(item.tag) not in ("url", "sitemap"):
            continue
        fields: dict[str, Any] = {}
        loc = None
        for child in item:
            name = _local(child.tag)
            if name == "loc":
                loc = (child.text or "").strip()
            elif name in ("lastmod", "changefreq", "priority"):
                fields[name] = (child.text or "").strip()
        news = _news_fields(item)
        if news:
            fields["news"] = news
        if loc:
            found.append(Discovered(loc, fields))
    return kind, found
