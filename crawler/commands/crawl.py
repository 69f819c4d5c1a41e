"""``newsrake crawl``: crawl feeds, sitemaps and URL lists into a store."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler import exitcodes
from crawler.commands.observing import add_observe_arguments, crawl_observe_settings
from crawler.commands.summary import print_summary
from crawler.crawl.run import CrawlOptions, StoreUnreachable, run_crawl
from crawler.ingest.boilerplate import load_boilerplate
from crawler.ingest.cleaning import site_rules_of
from crawler.ingest.heap import pin_mmap_threshold
from crawler.jobs.boilerplate_pass import apply_learned_boilerplate
from crawler.jobs.takedown import repair_takedown_races
from crawler.sources import SourcesError, load_sources
from crawler.store.base import StoreUnavailable
from crawler.store.factory import open_store

#: Exit status when the store was unreachable: fetched pages wait in the spool for the
#: next run (docs/reliability.md; every status is in crawler/exitcodes.py).
EXIT_STORE_UNREACHABLE = exitcodes.STORE_UNREACHABLE

NAME = "crawl"
HELP = "crawl feeds, sitemaps and URL lists; archive, clean, deduplicate and store"
EPILOG = """examples:
  newsrake crawl --feed https://paper.example/feed.xml --store file://./data
  newsrake crawl --sources sources.toml --store s3://bucket/news --workers 2 \\
      --metrics-port 9410 --metrics-addr 0.0.0.0
Prints a summary at the end; the same figures go into runs/<run_id>.json."""


def add_store_arguments(parser: argparse.ArgumentParser) -> None:
    """``--store`` and ``--endpoint-url``, shared by every command that opens a store."""
    parser.add_argument("--store", default=os.environ.get("NEWSRAKE_STORE", "file://./data"),
                        help="file://PATH or s3://BUCKET/PREFIX (default: file://./data)")
    parser.add_argument("--endpoint-url", default=os.environ.get("AWS_ENDPOINT_URL"),
                        help="S3 endpoint for MinIO, Ceph, R2… (default: $AWS_ENDPOINT_URL)")


def add_spool_argument(parser: argparse.ArgumentParser) -> None:
    """``--spool-dir``: where fetched pages wait while the store is unreachable."""
    parser.add_argument("--spool-dir", default=None, metavar="DIR",
                        help="where fetched pages wait while the store is unreachable; the "
                             "next run stores them (default: $NEWSRAKE_SPOOL_DIR, else "
                             "~/.cache/newsrake/spool)")


def report_store_unreachable(command: str, exc: StoreUnreachable, store: str) -> int:
    """Print what an unreachable store cost and return ``EXIT_STORE_UNREACHABLE``."""
    print(f"newsrake {command}: {exc}", file=sys.stderr)
    if exc.spooled:
        print(f"newsrake {command}: {exc.spooled} fetched page(s) wait in {exc.spool}; the "
              f"next crawl into {store} stores them first. Check the store's endpoint, "
              "health and credentials, then run the same command again.", file=sys.stderr)
    else:
        print(f"newsrake {command}: check the store's endpoint, health and credentials, "
              "then run the same command again.", file=sys.stderr)
    return EXIT_STORE_UNREACHABLE


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-boilerplate-pass", dest="boilerplate_pass",
                        action="store_false",
                        help="do not re-clean this run's pages of sites whose learned "
                             "boilerplate grew during the run")
    parser.add_argument("--feed", action="append", default=[], metavar="URL",
                        help="an RSS 2.0 or Atom feed (repeatable)")
    parser.add_argument("--sitemap", action="append", default=[], metavar="URL",
                        help="a sitemap, sitemap index or Google News sitemap (repeatable)")
    parser.add_argument("--url", action="append", default=[], metavar="URL",
                        help="an article page (repeatable)")
    parser.add_argument("--url-list", action="append", default=[], metavar="FILE",
                        help="a file with one article URL a line (repeatable)")
    parser.add_argument("--sources", metavar="FILE",
                        help="a TOML file of publishers with their feeds and sitemaps")
    add_store_arguments(parser)
    add_spool_argument(parser)
    parser.add_argument("--redis-url", default=os.environ.get("NEWSRAKE_REDIS_URL"),
                        help="share the dedup index through Redis (several workers)")
    parser.add_argument("--refetch", action="store_true",
                        help="re-fetch stored pages with a conditional GET to pick up updates")
    parser.add_argument("--workers", type=int, default=0,
                        help="processes for cleaning (default 0: clean in the ingest threads)")
    parser.add_argument("--allow-private-hosts", action="store_true",
                        help="allow fetching from private and loopback addresses")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                        help="override a Scrapy setting (repeatable)")
    add_observe_arguments(parser)


def read_url_lists(paths: list[str]) -> list[str]:
    """URLs from one-a-line files; blank lines and # comments are skipped."""
    urls = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                urls.append(line)
    return urls


def run(args: argparse.Namespace) -> int:
    pin_mmap_threshold()  # a long run: page buffers mapped, not fragmenting the heap
    try:
        publishers = load_sources(args.sources) if args.sources else []
        site_rules_of(publishers)  # bad site rules stop the run here, not mid-crawl
        urls = [*args.url, *read_url_lists(args.url_list)]
    except (SourcesError, OSError) as exc:
        print(f"newsrake crawl: {exc}", file=sys.stderr)
        return 2
    overrides = {}
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep:
            print(f"newsrake crawl: -s {item!r}: write NAME=VALUE", file=sys.stderr)
            return 2
        overrides[name] = value
    options = CrawlOptions(
        store=args.store, endpoint_url=args.endpoint_url, feeds=args.feed,
        sitemaps=args.sitemap, urls=urls, publishers=publishers, sources_file=args.sources,
        redis_url=args.redis_url, refetch=args.refetch, clean_workers=args.workers,
        allow_private_hosts=args.allow_private_hosts, spool_dir=args.spool_dir,
        settings={**crawl_observe_settings(args), **overrides})
    try:
        record = crawl_and_apply_boilerplate(options, boilerplate_pass=args.boilerplate_pass)
    except ValueError as exc:
        print(f"newsrake crawl: {exc}", file=sys.stderr)
        return 2
    except StoreUnreachable as exc:
        return report_store_unreachable("crawl", exc, args.store)
    print_summary(record, title="newsrake crawl", store=args.store)
    return exitcodes.status_of_stats(record.get("stats") or {})


def crawl_and_apply_boilerplate(options: CrawlOptions, *, boilerplate_pass: bool = True,
                                ) -> dict[str, Any]:
    """``run_crawl``, then the boilerplate pass over the run's pages (the crawl's record).

    The pass re-cleans the pages this run fetched of each site whose learned
    boilerplate grew during the run (``crawler.jobs.boilerplate_pass``) and prints what
    it did in a line.
    """
    store = open_store(options.store, endpoint_url=options.endpoint_url)
    try:
        before = load_boilerplate(store) if boilerplate_pass else {}
    except StoreUnavailable as exc:
        raise StoreUnreachable.at_start(options.store, options.spool_dir, exc) from exc
    record = run_crawl(options)
    raced = list(record.get("takedown_raced") or ())
    if raced:  # pages stored while their takedown ran: take them down again
        repair_takedown_races(store, raced, redis_url=options.redis_url)
        print(f"takedown: {len(raced)} page(s) stored while their takedown ran were taken "
              "down again")
    if boilerplate_pass:
        # pages_since: spooled and recovered pages of earlier runs count as this run's
        since = str(record.get("pages_since") or record["started_at"])
        started = datetime.strptime(since, "%Y-%m-%dT%H:%M:%SZ")
        try:
            result = apply_learned_boilerplate(
                store, before, started.replace(tzinfo=UTC),
                site_rules=site_rules_of(options.publishers), redis_url=options.redis_url,
                workers=options.clean_workers)
        except StoreUnavailable as exc:
            raise StoreUnreachable(
                f"the store stopped answering during the boilerplate pass: {exc}; the "
                f"crawl's pages are stored, `newsrake reclean --since {since}` finishes the "
                "pass", spool="", spooled=0) from exc
        if result is not None and result.run_record is not None:
            stats, rec = result.stats, result.run_record
            sites = (rec.get("config") or {}).get("selection", {}).get("sites", [])
            print(f"boilerplate pass: run {rec.get('run_id')} re-cleaned "
                  f"{stats.get('ingest/pages', 0)} pages of {', '.join(sites)} with the "
                  "boilerplate this crawl learned")
    return record
