"""What a run did, for people: the summary ``newsrake crawl`` and ``demo`` print."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.console import Console
from rich.table import Table


def summarise(stats: Mapping[str, Any]) -> dict[str, int]:
    """The headline figures of a run from its stats."""
    def get(key: str) -> int:
        value = stats.get(key, 0)
        return int(value) if isinstance(value, int | float) else 0

    # errors/<kind>/http repeats errors/http/<status> by request kind: count each error once
    errors = {k: int(v) for k, v in stats.items()
              if k.startswith("errors/") and isinstance(v, int) and not k.endswith("/http")}
    return {
        "pages fetched": get("ingest/pages"),
        "documents created": get("ingest/documents_created"),
        "documents updated": get("ingest/documents_updated"),
        "duplicates collapsed": get("ingest/duplicates"),
        "unchanged": get("ingest/unchanged"),
        "already stored (not fetched)": get("crawl/skipped/already_stored"),
        "feeds and sitemaps unchanged (304)": get("crawl/not_modified/sources"),
        "pages not modified (304)": get("crawl/not_modified"),
        "blocked by robots.txt": get("robotstxt/forbidden"),
        "empty pages": get("ingest/empty"),
        "errors": sum(errors.values()),
    }


def print_summary(record: Mapping[str, Any], *, title: str, console: Console | None = None,
                  store: str | None = None) -> None:
    """Print a run's headline figures and its error breakdown."""
    console = console or Console()
    stats = record.get("stats") or {}
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, value in summarise(stats).items():
        table.add_row(name, str(value))
    console.print(table)
    errors = {k: v for k, v in sorted(stats.items())
              if k.startswith("errors/") and not k.endswith("/http")}
    if errors:
        console.print("errors by kind: " + ", ".join(f"{k[7:]}={v}" for k, v in errors.items()))
    print_figures(record.get("figures") or {}, console)
    console.print(f"run {record.get('run_id')}" + (f" stored in {store}" if store else ""))


def print_figures(figures: Mapping[str, Any], console: Console) -> None:
    """Noise removed per plugin and the per-site figures of a run record's ``figures``."""
    noise = figures.get("noise") or {}
    if noise:
        console.print("noise removed: " + ", ".join(
            f"{name}={n['removed']} ({n['removed_chars']} chars)"
            for name, n in sorted(noise.items(), key=lambda kv: -kv[1]["removed_chars"])))
    sites = figures.get("sites") or {}
    if not sites:
        return
    table = Table(title="per site", title_justify="left")
    for column in ("site", "pages", "new", "merged", "failed", "mean text", "noise rate"):
        table.add_column(column, justify="left" if column == "site" else "right")
    for site, f in sorted(sites.items()):
        table.add_row(site, str(f["pages"]), str(f["new"]), str(f["duplicate"]),
                      str(f["failed"]), f"{f['mean_text_chars']:.0f}", f"{f['noise_rate']:.1%}")
    console.print(table)
