"""``newsrake inspect``: see what cleaning removed from one page, highlighted by plugin."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import cleaners
from cleaners import CleanError, Document
from crawler.commands.clean import read_html
from crawler.commands.crawl import add_store_arguments
from crawler.commands.inspect_html import render_report
from crawler.ingest.boilerplate import load_boilerplate
from crawler.ingest.cleaning import site_rules_of
from crawler.ingest.recovery import raw_page_from_record
from crawler.jobs.reclean import RecleanError
from crawler.jobs.reclean_plan import current_cleaner
from crawler.sources import SourcesError, load_sources
from crawler.store import layout
from crawler.store.base import NotFound, StoreError, get_json
from crawler.store.factory import open_store

NAME = "inspect"
HELP = ("show what cleaning removed from a page and why: each removed span highlighted by "
        "the plugin that removed it, the kept text and the provenance")
EPILOG = """examples:
  newsrake inspect saved/article.html --html report.html
  newsrake inspect https://paper.example/world/storm --store s3://bucket/news --html r.html
A URL is read from the store (its archived raw page, cleaned again with the crawl's
cleaner, stored boilerplate and --sources rules); inspect never fetches anything.
Without --html it prints what `clean --explain` prints."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("target", metavar="URL-or-FILE",
                        help="a saved page (.html, .htm, .html.gz) or the URL of a stored page")
    parser.add_argument("--html", type=Path, metavar="REPORT.html",
                        help="write the self-contained HTML report here")
    parser.add_argument("--url", help="the saved page's URL (default: file://PATH)")
    add_store_arguments(parser)
    parser.add_argument("--sources", metavar="FILE",
                        help="the crawl's sources file, for its per-site cleaning rules")


def _from_store(args: argparse.Namespace) -> tuple[bytes, Document, dict[str, Any], str]:
    store = open_store(args.store, endpoint_url=args.endpoint_url)
    key = layout.page_key(args.target)
    try:
        record, _ = get_json(store, key)
    except NotFound:
        raise LookupError(f"{args.target} is not in {store.uri}: crawl it first "
                          f"(newsrake crawl --url {args.target}); inspect never fetches"
                          ) from None
    page = raw_page_from_record(store, record)
    site_rules = site_rules_of(load_sources(args.sources)) if args.sources else {}
    spec = current_cleaner(site_rules=site_rules, boilerplate=load_boilerplate(store))
    doc = spec.clean(page.body, page.final_url or page.url)
    return page.body, doc, record, f"{store.uri} {key}"


def run(args: argparse.Namespace) -> int:
    stored: dict[str, Any] | None = None
    try:
        if args.target.startswith(("http://", "https://")):
            body, doc, stored, source = _from_store(args)
        else:
            path = Path(args.target)
            body = read_html(path)
            doc = cleaners.clean(body, args.url or path.resolve().as_uri())
            source = str(path)
    except (OSError, CleanError, LookupError, StoreError, RecleanError, SourcesError) as exc:
        print(f"newsrake inspect: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, LookupError | SourcesError) else 1
    if args.html is None:
        print(cleaners.explain(doc))
        return 0
    report, found = render_report(body, doc, source=source, stored=stored)
    try:
        args.html.write_text(report, encoding="utf-8")
    except OSError as exc:
        print(f"newsrake inspect: cannot write {args.html}: {exc}", file=sys.stderr)
        return 1
    plugins = sum(1 for n in found.removed.values() if n)
    print(f"wrote {args.html}: {sum(found.removed.values())} removal(s) by {plugins} "
          f"plugin(s), {sum(found.shown.values())} highlighted, "
          f"{len(found.unlocated)} not located, "
          f"{found.left_out} text run(s) not extracted; kept {len(doc.text)} characters")
    return 0
