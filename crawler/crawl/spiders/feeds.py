"""Feed discovery: RSS 2.0 and Atom entries (feedparser) as page links with their fields."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import feedparser
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as defused_fromstring


class MalformedFeed(ValueError):
    """The body is not a feed feedparser can read; the message says what was wrong."""


@dataclass(frozen=True, slots=True)
class Discovered:
    """A page link found in a feed or sitemap, with the entry's own fields."""

    url: str
    fields: dict[str, Any]


class EntitiesRefused(ValueError):
    """A feed or sitemap declares XML entities: refused (XXE, entity expansion bombs)."""


def _may_declare_entities(body: bytes) -> bool:
    # An entity is declared in the DOCTYPE; UTF-16/32 bodies hide the ASCII bytes.
    head = body[:4]
    return (b"<!ENTITY" in body or head.startswith((b"\xff\xfe", b"\xfe\xff"))
            or b"\x00" in head)


def refuse_entities(body: bytes, url: str) -> None:
    """Raise ``EntitiesRefused`` if ``body`` declares XML entities or external references.

    Real feeds and sitemaps never need them; a hostile one uses them to read local files
    (XXE) or to expand a few bytes into gigabytes ("billion laughs"). defusedxml decides;
    a body that is not well-formed XML is left to the parser, which reports it.
    """
    if not _may_declare_entities(body):
        return
    try:
        defused_fromstring(body, forbid_dtd=False, forbid_entities=True,
                           forbid_external=True)
    except DefusedXmlException as exc:
        raise EntitiesRefused(f"{url}: XML entity declarations are refused ({exc!r}); "
                              "a feed or sitemap needs none") from exc
    except (ParseError, ValueError, LookupError):
        return


def _iso(struct: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", struct) if struct else None


def parse_feed(body: bytes, url: str) -> tuple[str, list[Discovered]]:
    """Return (feed format, entries) of an RSS or Atom feed.

    Raises ``MalformedFeed`` for what is not a feed and ``EntitiesRefused`` for a feed
    that declares XML entities.
    """
    refuse_entities(body, url)
    try:
        parsed = feedparser.parse(body, response_headers={"content-location": url})
        entries = [e for e in parsed.get("entries", ()) if e.get("link")]
    except Exception as exc:  # feedparser's own bugs on hostile bytes must not escape
        raise MalformedFeed(f"{url}: feedparser failed on it ({type(exc).__name__}: {exc})"
                            ) from exc
    # an empty body gives a result with no "version" key at all (an attribute error)
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        problem = parsed.get("bozo_exception") or "no RSS or Atom root element"
        raise MalformedFeed(f"{url}: not a readable RSS/Atom feed ({problem}); "
                            "check that the URL serves the feed itself, not an HTML page")
    found = []
    for entry in entries:
        fields: dict[str, Any] = {
            "title": entry.get("title"),
            # dict.get: feedparser's own get maps a missing updated_parsed to published_parsed
            # with a DeprecationWarning (found by tests/test_fuzz.py)
            "published": _iso(dict.get(entry, "published_parsed")
                              or dict.get(entry, "updated_parsed")),
            "id": entry.get("id"),
        }
        if entry.get("author"):
            fields["author"] = entry.get("author")
        found.append(Discovered(str(entry["link"]).strip(),
                                {k: v for k, v in fields.items() if v is not None}))
    return str(parsed.get("version") or "unknown"), found
