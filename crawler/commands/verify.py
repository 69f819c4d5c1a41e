"""``newsrake verify``: recompute raw WARC digests and check every reference and schema."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crawler.commands.crawl import add_store_arguments
from crawler.commands.observing import add_observe_arguments, observe_job
from crawler.jobs.verify import DEFAULT_WORKERS, verify_store
from crawler.store.base import StoreError
from crawler.store.factory import open_store

NAME = "verify"
HELP = "check raw WARC digests, references between objects, manifests and JSON schemas"
EPILOG = """example:
  newsrake verify --store file://./data
Exit code 1 when anything is broken; each problem is printed with its key."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS,
                        help=f"objects read at once (default {DEFAULT_WORKERS})")
    parser.add_argument("--schemas", type=Path, default=None, metavar="DIR",
                        help="folder of the JSON Schemas (default: schemas/ of the checkout)")
    parser.add_argument("--no-schemas", action="store_true",
                        help="check integrity only, not the JSON Schemas")
    add_observe_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if args.schemas is not None and not args.schemas.is_dir():
        print(f"newsrake verify: --schemas {args.schemas} is not a folder", file=sys.stderr)
        return 2
    try:
        store = open_store(args.store, endpoint_url=args.endpoint_url)
        with observe_job(args, "verify objects", "verify") as hook:
            report = verify_store(store, workers=args.workers, schemas=not args.no_schemas,
                                  schema_dir=args.schemas, progress=hook)
    except StoreError as exc:
        print(f"newsrake verify: {exc}", file=sys.stderr)
        return 2
    for problem in report.problems:
        print(problem)
    print(f"{store.uri}: {report.summary()}")
    return 0 if report.ok else 1
