"""A run's end-of-run figures: what was found, fetched, skipped and stored, per run and site.

Ingest counts what it sees as namespaced stats keys (``noise/<plugin>/removed``,
``sites/<site>/<outcome>``); ``run_figures`` folds a run's stats into the ``figures``
section of its run record (docs/bucket-layout.md, schemas/run.schema.json), which the
summary prints and ``newsrake report`` compares across runs to spot layout changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from cleaners import Document
from crawler.store.layout import site_of


class Stats(Protocol):
    """The part of a stats collector that counting needs."""

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        """Add ``count`` to ``key``."""
        ...


#: Skip reasons of a run -> the stats keys that count them (pages never ingested).
SKIPPED_KEYS: Mapping[str, tuple[str, ...]] = {
    "already_stored": ("crawl/skipped/already_stored",),
    "taken_down": ("crawl/skipped/taken_down", "ingest/skipped/taken_down"),
    "robots_txt": ("robotstxt/forbidden",),
}
#: Per-site outcome counters (``sites/<site>/<name>``) kept in the figures.
SITE_COUNTERS = ("pages", "new", "updated", "duplicate", "unchanged", "empty", "skipped",
                 "error", "failed", "cleaned", "text_chars", "removed_chars")


def count_cleaned(stats: Stats, url: str, doc: Document) -> None:
    """Count what cleaning ``url`` removed, per plugin and per site, and the text kept."""
    site = site_of(url)
    removed_chars = 0
    for step in doc.provenance:
        if step.stage != "plugin":
            continue
        removed = int(step.detail.get("removed", 0) or 0)
        chars = int(step.detail.get("removed_chars", 0) or 0)
        if removed:
            stats.inc_value(f"noise/{step.name}/removed", removed)
            stats.inc_value(f"noise/{step.name}/removed_chars", chars)
        removed_chars += chars
    stats.inc_value(f"sites/{site}/cleaned")
    stats.inc_value(f"sites/{site}/text_chars", len(doc.text))
    stats.inc_value(f"sites/{site}/removed_chars", removed_chars)


def count_outcome(stats: Stats, url: str, status: str) -> None:
    """Count one ingested page of ``url`` and its outcome (new, updated, duplicate, …)."""
    site = site_of(url)
    stats.inc_value(f"sites/{site}/pages")
    stats.inc_value(f"sites/{site}/{status}")


def count_failed(stats: Stats, url: str) -> None:
    """Count a fetch of ``url`` that failed (HTTP error or download error) for its site."""
    stats.inc_value(f"sites/{site_of(url)}/failed")


def _int(value: Any) -> int:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0


def noise_rate(text_chars: int, removed_chars: int) -> float:
    """The share of cleaned characters that plugins removed (0 when nothing was cleaned)."""
    total = text_chars + removed_chars
    return round(removed_chars / total, 4) if total else 0.0


def run_figures(stats: Mapping[str, Any]) -> dict[str, Any]:
    """The ``figures`` section of a run record from the run's stats."""
    def get(*keys: str) -> int:
        return sum(_int(stats.get(k)) for k in keys)

    # errors/<kind>/http repeats errors/http/<status> by request kind: count each error once
    failed = {k[len("errors/"):]: _int(v) for k, v in sorted(stats.items())
              if k.startswith("errors/") and not k.endswith("/http") and _int(v)}
    noise: dict[str, dict[str, int]] = {}
    sites: dict[str, dict[str, Any]] = {}
    for key, value in sorted(stats.items()):
        parts = key.split("/")
        if parts[0] == "noise" and len(parts) == 3:
            noise.setdefault(parts[1], {"removed": 0, "removed_chars": 0})[parts[2]] = _int(value)
        elif parts[0] == "sites" and len(parts) == 3 and parts[2] in SITE_COUNTERS:
            sites.setdefault(parts[1], {name: 0 for name in SITE_COUNTERS})[parts[2]] = _int(value)
    for figures in sites.values():
        cleaned = figures["cleaned"]
        figures["mean_text_chars"] = round(figures["text_chars"] / cleaned, 1) if cleaned else 0.0
        figures["noise_rate"] = noise_rate(figures["text_chars"], figures["removed_chars"])
    return {
        "pages": {
            "found": get("discovery/feed_entries", "discovery/sitemap_urls", "discovery/urls",
                         "reclean/pages/listed"),
            "fetched": get("ingest/pages"),
            "skipped": {reason: get(*keys) for reason, keys in SKIPPED_KEYS.items()},
            "not_modified": get("crawl/not_modified"),
            "sources_not_modified": get("crawl/not_modified/sources"),
            "failed": failed,
        },
        "documents": {
            "created": get("ingest/documents_created"),
            "updated": get("ingest/documents_updated"),
            "merged": get("ingest/duplicates"),
            "unchanged": get("ingest/unchanged"),
            "empty": get("ingest/empty"),
        },
        "noise": noise,
        "sites": sites,
    }
