"""``newsrake demo``: serve the bundled sample sites on 127.0.0.1 and crawl them into a store."""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import threading
from pathlib import Path

from crawler.commands.crawl import (
    add_spool_argument,
    add_store_arguments,
    crawl_and_apply_boilerplate,
    report_store_unreachable,
)
from crawler.commands.observing import add_observe_arguments, crawl_observe_settings
from crawler.commands.summary import print_summary
from crawler.crawl.run import CrawlOptions, StoreUnreachable
from crawler.demo.server import SITES_DIR, rendered_sources, serve_sites
from crawler.ingest.heap import pin_mmap_threshold
from crawler.sources import parse_sources
from crawler.store.factory import open_store

NAME = "demo"
HELP = "serve the bundled sample news sites locally, crawl them, and print what was stored"
EPILOG = """example:
  newsrake demo --store file://./demo-data
Serves the sample sites in crawler/demo/sites on 127.0.0.1 only; nothing leaves the machine."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)
    add_spool_argument(parser)
    parser.add_argument("--sites", type=Path, default=SITES_DIR,
                        help="folder of sample sites (default: the bundled ones)")
    parser.add_argument("--workers", type=int, default=0,
                        help="processes for cleaning (default 0: in the ingest threads)")
    parser.add_argument("--serve-only", action="store_true",
                        help="only serve the sites (Ctrl-C to stop)")
    add_observe_arguments(parser)


def run(args: argparse.Namespace) -> int:
    pin_mmap_threshold()  # a long run: page buffers mapped, not fragmenting the heap
    with serve_sites(args.sites) as sites:
        print(f"serving {len(sites.bases)} sample sites through {sites.proxy}: "
              + ", ".join(sites.bases.values()))
        if args.serve_only:
            threading.Event().wait()
        # The sample sites have stable .example host names; the crawler reaches them
        # through the local server as its HTTP proxy, so nothing leaves 127.0.0.1.
        os.environ.update(sites.proxy_env())
        sources_text = rendered_sources(sites.bases, args.sites)
        with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as handle:
            handle.write(sources_text)
        options = CrawlOptions(
            store=args.store, endpoint_url=args.endpoint_url,
            publishers=parse_sources(sources_text, "demo sources"), sources_file=handle.name,
            clean_workers=args.workers, spool_dir=args.spool_dir,
            # The sample sites are ours and local: no need to wait between requests.
            settings={"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
                      "CONCURRENT_REQUESTS_PER_DOMAIN": 8, **crawl_observe_settings(args)})
        try:
            record = crawl_and_apply_boilerplate(options)
        except StoreUnreachable as exc:
            return report_store_unreachable("demo", exc, args.store)
        finally:
            Path(handle.name).unlink(missing_ok=True)
    print_summary(record, title="newsrake demo", store=args.store)
    store = open_store(args.store, endpoint_url=args.endpoint_url)
    docs = [json.loads(store.get(k).data) for k in store.list("docs/")]
    shared = [d for d in docs if len(d.get("sources") or ()) > 1]
    print(f"{len(docs)} documents in the store; {len(shared)} carry syndicated copies:")
    for doc in sorted(shared, key=lambda d: d.get("title") or "")[:10]:
        where = ", ".join(f"{s['site']} ({s['role']})" for s in doc["sources"])
        print(f"  - {doc.get('title')!s:.70}  <- {where}")
    return 0
