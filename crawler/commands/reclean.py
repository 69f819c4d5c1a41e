"""``newsrake reclean``: rebuild stored documents from the raw archive with the current cleaners."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from rich.console import Console
from rich.table import Table

from crawler import exitcodes
from crawler.commands.crawl import EXIT_STORE_UNREACHABLE, add_store_arguments
from crawler.commands.observing import add_observe_arguments, observe_job
from crawler.commands.summary import print_figures
from crawler.ingest.boilerplate import load_boilerplate
from crawler.ingest.cleaning import default_workers, site_rules_of
from crawler.ingest.heap import pin_mmap_threshold
from crawler.jobs.reclean import RecleanOptions, RecleanResult, run_reclean
from crawler.jobs.reclean_plan import DryRunReport, Selection, Shard, current_cleaner, parse_when
from crawler.sources import load_sources
from crawler.store.base import StoreError, StoreUnavailable
from crawler.store.factory import open_store

NAME = "reclean"
HELP = "re-clean stored pages from their raw WARCs with the current cleaners (no fetching)"
EPILOG = """examples:
  newsrake reclean --store file://./data --outdated --dry-run    what would change
  newsrake reclean --store s3://bucket/news --site paper.example --since 2026-11-01
Never fetches: the raw WARCs in the store are cleaned again."""


def _shard_default() -> str:
    """``I/N`` from a Kubernetes Indexed Job (JOB_COMPLETION_INDEX + NEWSRAKE_SHARDS)."""
    index = os.environ.get("JOB_COMPLETION_INDEX")
    count = os.environ.get("NEWSRAKE_SHARDS")
    return f"{index}/{count}" if index is not None and count else "0/1"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)
    parser.add_argument("--since", metavar="DATE",
                        help="only pages fetched at or after DATE (2026-11-25 or ISO datetime)")
    parser.add_argument("--until", metavar="DATE", help="only pages fetched before DATE")
    parser.add_argument("--site", action="append", default=[], metavar="HOST",
                        help="only pages of HOST or its subdomains (repeatable)")
    parser.add_argument("--url", action="append", default=[], metavar="URL",
                        help="only this page (repeatable)")
    parser.add_argument("--outdated", action="store_true",
                        help="only pages cleaned by another extractor/plugin version or "
                             "configuration than the current one")
    parser.add_argument("--dry-run", action="store_true",
                        help="write nothing; report what would change, with sample diffs")
    parser.add_argument("--sample", type=int, default=5, metavar="N",
                        help="sample diffs in the dry-run report (default 5)")
    parser.add_argument("--json", action="store_true",
                        help="print the dry-run report or run record as JSON")
    parser.add_argument("--shard", default=_shard_default(), metavar="I/N",
                        help="re-clean shard I of N (url key mod N); default "
                             "$JOB_COMPLETION_INDEX/$NEWSRAKE_SHARDS, else 0/1")
    parser.add_argument("--workers", type=int, default=default_workers(),
                        help="cleaning processes (default: one per core; 0 cleans in-process)")
    parser.add_argument("--redis-url", default=os.environ.get("NEWSRAKE_REDIS_URL"),
                        help="share the dedup index through Redis (needed for parallel shards)")
    parser.add_argument("--dedup-window-days", type=int, default=0, metavar="DAYS",
                        help="dedup eviction window (default 0: keep every page; a re-clean "
                             "revisits old pages on purpose)")
    parser.add_argument("--sources", metavar="FILE",
                        help="the crawl's sources file, for its per-site cleaning rules")
    parser.add_argument("--run-id", help="run id (default: a new time-sorted id)")
    parser.add_argument("--no-progress", action="store_true", help="same as --progress off")
    add_observe_arguments(parser)


def options_from_args(args: argparse.Namespace) -> RecleanOptions:
    """The job options of the parsed arguments (``ValueError`` names a bad one)."""
    if args.workers < 0:
        raise ValueError("--workers must be >= 0 (0 cleans in-process)")
    selection = Selection(
        since=parse_when(args.since) if args.since else None,
        until=parse_when(args.until) if args.until else None,
        sites=tuple(args.site), urls=tuple(args.url), outdated=args.outdated,
        shard=Shard.parse(args.shard))
    return RecleanOptions(selection=selection, workers=args.workers, dry_run=args.dry_run,
                          sample=max(0, args.sample), run_id=args.run_id,
                          redis_url=args.redis_url, window_days=args.dedup_window_days)


def print_report(report: DryRunReport, console: Console) -> None:
    """The dry-run report for people."""
    console.print(f"dry run: {report.changed} of {report.examined} documents would change "
                  f"({report.failed} would fail); text lines removed {report.chars_removed} "
                  f"chars, added {report.chars_added} chars")
    if report.components:
        table = Table(title="characters per component", title_justify="left")
        table.add_column("component")
        table.add_column("removed", justify="right")
        table.add_column("added", justify="right")
        for name, counts in sorted(report.components.items()):
            table.add_row(name, str(counts["removed"]), str(counts["added"]))
        console.print(table)
    for sample in report.samples:
        console.print(f"--- {sample['url']}", markup=False, highlight=False)
        console.print(sample["diff"], markup=False, highlight=False)


def print_run(result: RecleanResult, console: Console) -> None:
    """The headline figures of a re-clean run."""
    stats = result.stats
    record = result.run_record or {}
    table = Table(title="newsrake reclean", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [("pages listed", "reclean/pages/listed"),
            ("pages re-cleaned", "reclean/pages/selected"),
            ("documents updated", "ingest/documents_updated"),
            ("documents created", "ingest/documents_created"),
            ("duplicates", "ingest/duplicates"), ("unchanged", "ingest/unchanged"),
            ("resumed from interrupted runs", "reclean/pages/resumed")]
    for label, key in rows:
        table.add_row(label, str(stats.get(key, 0)))
    errors = {k: v for k, v in stats.items() if k.startswith("errors/")}
    table.add_row("errors", str(sum(errors.values())))
    console.print(table)
    if errors:
        console.print("errors by kind: " + ", ".join(f"{k[7:]}={v}" for k, v in errors.items()))
    print_figures(record.get("figures") or {}, console)
    console.print(f"run {record.get('run_id')}")


def run(args: argparse.Namespace) -> int:
    pin_mmap_threshold()  # a long run: page buffers mapped, not fragmenting the heap
    try:
        options = options_from_args(args)
        store = open_store(args.store, endpoint_url=args.endpoint_url)
        site_rules = site_rules_of(load_sources(args.sources)) if args.sources else {}
    except (ValueError, StoreError) as exc:  # SourcesError is a ValueError
        print(f"newsrake reclean: {exc}", file=sys.stderr)
        return 2
    if args.no_progress:
        args.progress = "off"
    try:
        with observe_job(args, "re-clean pages", "reclean") as hook:
            spec = current_cleaner(site_rules=site_rules, boilerplate=load_boilerplate(store))
            result = run_reclean(store, options, spec, progress=hook)
    except StoreUnavailable as exc:
        # nothing is lost: the run record stays "running", the next run resumes it
        print(f"newsrake reclean: the store stopped answering: {exc}. Run the same command "
              "again when it is back; it resumes where this run stopped.", file=sys.stderr)
        return EXIT_STORE_UNREACHABLE
    console = Console()
    if args.json:
        payload: dict[str, Any] = (result.report.to_json() if result.report is not None
                                   else result.run_record or {})
        print(json.dumps(payload, indent=2, sort_keys=True))
    elif result.report is not None:
        print_report(result.report, console)
    else:
        print_run(result, console)
    return exitcodes.status_of_stats(result.stats)
