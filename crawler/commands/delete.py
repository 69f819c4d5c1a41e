"""``newsrake delete``: take a page down for good: its raw fetches, page record and text."""

from __future__ import annotations

import argparse
import os
import sys

from crawler.commands.crawl import add_store_arguments
from crawler.jobs.takedown import open_takedown_index, take_down
from crawler.store.base import StoreError
from crawler.store.factory import open_store

NAME = "delete"
HELP = ("take a page down: remove its raw WARCs, page record and text, write a tombstone, "
        "and keep the crawl from fetching it again")
EPILOG = """example:
  newsrake delete --store file://./data --url https://paper.example/world/storm
The URL is never fetched or stored again (its takedown marker stays)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)
    parser.add_argument("--url", required=True, action="append", metavar="URL",
                        help="the page URL as crawled (repeatable)")
    parser.add_argument("--redis-url", default=os.environ.get("NEWSRAKE_REDIS_URL"),
                        help="the Redis dedup index the crawl shares, if it uses one "
                             "(default: $NEWSRAKE_REDIS_URL; else the store's own index)")
    parser.add_argument("--scan-docs", action="store_true",
                        help="also search every document for the URL among its sources "
                             "(done anyway when the page record is gone)")


def run(args: argparse.Namespace) -> int:
    try:
        store = open_store(args.store, endpoint_url=args.endpoint_url)
        index = open_takedown_index(store, redis_url=args.redis_url)
        for url in args.url:
            result = take_down(store, url, index=index,
                               scan_documents=True if args.scan_docs else None)
            if not result.found:
                print(f"{url}: nothing stored; marked taken down ({result.marker}), "
                      f"tombstone written anyway ({', '.join(result.manifest_parts)})")
                continue
            print(f"{url}: deleted {len(result.deleted)} object(s), rewrote "
                  f"{len(result.rewritten)} document(s); marked taken down "
                  f"({result.marker}); committed in {', '.join(result.manifest_parts)}")
            for key in result.deleted:
                print(f"  deleted {key}")
            for key in result.rewritten:
                print(f"  rewrote {key}")
    except StoreError as exc:
        print(f"newsrake delete: {exc}", file=sys.stderr)
        print("newsrake delete: a URL whose takedown started is marked and will not be "
              "crawled again; run the same command again to finish", file=sys.stderr)
        return 2
    return 0
