"""``newsrake delete``: take a page down: its raw fetches, page record and text everywhere."""

from __future__ import annotations

import argparse
import sys

from crawler.commands.crawl import add_store_arguments
from crawler.store import StoreError, open_store
from crawler.takedown import take_down

NAME = "delete"
HELP = "take a page down: remove its raw WARCs, page record and text, write a tombstone"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)
    parser.add_argument("--url", required=True, action="append", metavar="URL",
                        help="the page URL as crawled (repeatable)")
    parser.add_argument("--scan-docs", action="store_true",
                        help="also search every document for the URL among its sources "
                             "(done anyway when the page record is gone)")


def run(args: argparse.Namespace) -> int:
    try:
        store = open_store(args.store, endpoint_url=args.endpoint_url)
        for url in args.url:
            result = take_down(store, url, scan_documents=True if args.scan_docs else None)
            if not result.found:
                print(f"{url}: nothing stored; tombstone written anyway "
                      f"({', '.join(result.manifest_parts)})")
                continue
            print(f"{url}: deleted {len(result.deleted)} object(s), rewrote "
                  f"{len(result.rewritten)} document(s); committed in "
                  f"{', '.join(result.manifest_parts)}")
            for key in result.deleted:
                print(f"  deleted {key}")
            for key in result.rewritten:
                print(f"  rewrote {key}")
    except StoreError as exc:
        print(f"newsrake delete: {exc}", file=sys.stderr)
        return 2
    return 0
