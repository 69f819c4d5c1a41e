"""The sources file: publishers with their feeds, sitemaps, URL lists and cleaning rules.

TOML, one ``[[publisher]]`` table each::

    [[publisher]]
    slug = "harbor-wire"
    name = "Harbor Wire"
    feeds = ["https://harborwire.example/feed.rss"]
    sitemaps = ["https://harborwire.example/sitemap_index.xml"]
    urls = []
    domains = ["harborwire.example"]   # optional: hosts its rules apply to (default:
                                       # the hosts of its feeds, sitemaps and urls)
    [publisher.rules]            # optional site rules, passed to the cleaners as data
    version = "2026-11-01"       # (schema: cleaners/rules.py)
    drop = ["div.promo"]
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


class SourcesError(ValueError):
    """The sources file is unreadable or malformed; the message names the fix."""


@dataclass(frozen=True, slots=True)
class Publisher:
    """One publisher of the sources file."""

    slug: str
    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    rules: Mapping[str, Any] = field(default_factory=dict)
    domains: tuple[str, ...] = ()  # hosts the rules apply to


def _hosts(urls: tuple[str, ...]) -> tuple[str, ...]:
    hosts: list[str] = []
    for url in urls:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        if host and host not in hosts:
            hosts.append(host)
    return tuple(hosts)


def _strings(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SourcesError(f"{where}: '{key}' must be a list of URL strings")
    return tuple(value)


def parse_sources(text: str, where: str = "sources") -> list[Publisher]:
    """Publishers from TOML text; ``where`` names the file in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{where}: not valid TOML ({exc})") from exc
    tables = data.get("publisher", [])
    if not isinstance(tables, list) or not tables:
        raise SourcesError(f"{where}: no [[publisher]] tables; add at least one publisher")
    publishers = []
    for i, table in enumerate(tables):
        label = f"{where}: publisher #{i + 1}"
        slug = table.get("slug")
        if not isinstance(slug, str) or not slug:
            raise SourcesError(f"{label}: 'slug' is required (a short id like \"harbor-wire\")")
        feeds = _strings(table, "feeds", label)
        sitemaps = _strings(table, "sitemaps", label)
        urls = _strings(table, "urls", label)
        domains = (_strings(table, "domains", label) if "domains" in table
                   else (str(table["domain"]),) if "domain" in table
                   else _hosts((*feeds, *sitemaps, *urls)))
        publisher = Publisher(
            slug=slug, name=str(table.get("name") or slug), feeds=feeds, sitemaps=sitemaps,
            urls=urls, rules=dict(table.get("rules") or {}), domains=domains)
        if not (publisher.feeds or publisher.sitemaps or publisher.urls):
            raise SourcesError(f"{label} ({slug}): give at least one of feeds, sitemaps, urls")
        publishers.append(publisher)
    return publishers


def load_sources(path: str | Path) -> list[Publisher]:
    """Publishers from a TOML sources file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SourcesError(f"cannot read sources file {path}: {exc.strerror}") from exc
    return parse_sources(text, str(path))
