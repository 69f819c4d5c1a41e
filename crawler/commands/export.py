"""``newsrake export parquet``: documents as Parquet, partitioned by date, incrementally."""

from __future__ import annotations

import argparse
import sys

from crawler.commands.crawl import add_store_arguments
from crawler.commands.observing import add_observe_arguments, observe_job
from crawler.jobs.export import export_parquet
from crawler.store.base import StoreError
from crawler.store.factory import open_store

NAME = "export"
HELP = "export documents for consumers (Parquet, hive-partitioned by date), incrementally"
EPILOG = """example:
  newsrake export parquet --store file://./data --out file://./export
Run it again to add only what changed since; the cursor is in <out>/_cursor.json."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("format", choices=["parquet"], help="output format")
    add_store_arguments(parser)
    parser.add_argument("--out", required=True, metavar="URI",
                        help="output folder, file://PATH or s3://BUCKET/PREFIX; it keeps "
                             "its cursor in _cursor.json")
    parser.add_argument("--since", metavar="CURSOR", default=None,
                        help="start after this manifest part key instead of the saved "
                             "cursor ('' for everything)")
    parser.add_argument("--batch-rows", type=int, default=5000,
                        help="documents per file set (default 5000)")
    add_observe_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        store = open_store(args.store, endpoint_url=args.endpoint_url)
        with observe_job(args, "export manifest parts", "export") as hook:
            result = export_parquet(store, args.out, since=args.since,
                                    endpoint_url=args.endpoint_url, batch_rows=args.batch_rows,
                                    progress=hook)
    except StoreError as exc:
        print(f"newsrake export: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"newsrake export: cannot write {args.out}: {exc}", file=sys.stderr)
        return 1
    print(f"read {result.parts_read} manifest part(s); wrote {result.documents} document "
          f"row(s) and {result.tombstones} tombstone(s) in {len(result.files)} file(s)")
    print(f"cursor: {result.cursor or '(start)'}"
          + (f" (+{result.pending_parts} part(s) of open runs already read)"
             if result.pending_parts else ""))
    return 0
