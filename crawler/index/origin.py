"""Origin choice: which member of a cluster is the story's origin.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit

from crawler.index.base import Member, OriginChoice

# --- origin choice --------------------------------------------------------------------------

_TRACKING = ("utm_", "fbclid", "gclid", "mc_", "ref", "cmpid")


def normalise_url(url: str) -> str:
    """A URL compared loosely: no scheme, no ``www.``, no trailing slash, no tracking query."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING)]
    path = parts.path.rstrip("/") or ""
    return host + path + ("?" + urlencode(sorted(query)) if query else "")


def _name(value: str | None) -> str:
    return "".join(ch for ch in (value or "").casefold() if ch.isalnum())


def _site_is_agency(member: Member, agency: str) -> bool:
    """Whether ``member`` is published by ``agency`` (site name or host label)."""
    wanted = _name(agency)
    if not wanted:
        return False
    if member.site and _name(member.site) == wanted:
        return True
    host = (urlsplit(member.url).hostname or "").lower().removeprefix("www.")
    labels = host.split(".")[:-1] or host.split(".")
    return any(_name(label) == wanted for label in labels)


def parse_time(value: str | None) -> float | None:
    """Seconds since the epoch of an ISO 8601 date or datetime (naive = UTC), or None."""
    if not value:
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


@functools.lru_cache(maxsize=4096)
def _cached_time(value: str | None) -> float | None:
    """``parse_time`` for the per-page hot path (pages of one feed share their times)."""
    return parse_time(value)


def _when(member: Member) -> float:
    stamp = _cached_time(member.published)
    if stamp is None:
        stamp = _cached_time(member.fetched_at)
    return math.inf if stamp is None else stamp


def _earliest(members: Iterable[Member]) -> Member:
    return min(members, key=lambda m: (_when(m), m.url_key))


def choose_origin(members: Sequence[Member]) -> OriginChoice:
    """The origin of a cluster, from its members alone (so arrival order does not matter).

    In order: the member the others point to (origin hints, followed to the end of a
    chain); a member published by the wire agency the copies credit; among members that
    carry the credit themselves and point nowhere else, the earliest; else the earliest
    published (fetch time when no date), preferring members that point nowhere else.
    Ties break on the url key.
    """
    if not members:
        raise ValueError("choose_origin needs at least one member")
    if len(members) == 1:  # nothing to point to: only the credit rules can apply
        m = members[0]
        if m.wire_credit:
            if _site_is_agency(m, m.wire_credit):
                return OriginChoice(m.url_key, "wire-agency-site")
            if not m.origin_hints:
                return OriginChoice(m.url_key, "wire-credit")
        return OriginChoice(m.url_key, "earliest-published")
    by_url = {normalise_url(m.url): m for m in sorted(members, key=lambda m: m.url_key)}

    def target(m: Member) -> Member | None:
        for hint in m.origin_hints:
            other = by_url.get(normalise_url(hint))
            if other is not None and other.url_key != m.url_key:
                return other
        return None

    votes: dict[str, int] = {}
    for m in members:
        seen = {m.url_key}
        node = target(m)
        final: Member | None = None
        while node is not None and node.url_key not in seen:
            final = node
            seen.add(node.url_key)
            node = target(node)
        if final is not None:
            votes[final.url_key] = votes.get(final.url_key, 0) + 1
    if votes:
        keyed = {m.url_key: m for m in members}
        best = min(votes, key=lambda k: (-votes[k], _when(keyed[k]), k))
        return OriginChoice(best, "pointed-to")
    agencies = sorted({m.wire_credit for m in members if m.wire_credit})
    if agencies:
        at_agency = [m for m in members if any(_site_is_agency(m, a) for a in agencies)]
        if at_agency:
            return OriginChoice(_earliest(at_agency).url_key, "wire-agency-site")
        carriers = [m for m in members if m.wire_credit and not m.origin_hints]
        if carriers:
            return OriginChoice(_earliest(carriers).url_key, "wire-credit")
    unpointing = [m for m in members if not m.origin_hints]
    return OriginChoice(_earliest(unpointing or members).url_key, "earliest-published")
