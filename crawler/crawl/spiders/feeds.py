"""Feed discovery: RSS 2.0 and Atom entries (feedparser) as page links with their fields."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import feedparser


class MalformedFeed(ValueError):
    """The body is not a feed feedparser can read; the message says what was wrong."""


@dataclass(frozen=True, slots=True)
class Discovered:
    """A page link found in a feed or sitemap, with the entry's own fields."""

    url: str
    fields: dict[str, Any]


def _iso(struct: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", struct) if struct else None


def parse_feed(body: bytes, url: str) -> tuple[str, list[Discovered]]:
    """Return (feed format, entries) of an RSS or Atom feed; raise ``MalformedFeed``."""
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    entries = [e for e in parsed.entries if e.get("link")]
    if not entries and (parsed.bozo or not parsed.version):
        problem = parsed.get("bozo_exception") or "no RSS or Atom root element"
        raise MalformedFeed(f"{url}: not a readable RSS/Atom feed ({problem}); "
                            "check that the URL serves the feed itself, not an HTML page")
    found = []
    for entry in entries:
        fields: dict[str, Any] = {
            "title": entry.get("title"),
            "published": _iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            "id": entry.get("id"),
        }
        if entry.get("author"):
            fields["author"] = entry.get("author")
        found.append(Discovered(str(entry["link"]).strip(),
                                {k: v for k, v in fields.items() if v is not None}))
    return parsed.version or "unknown", found
