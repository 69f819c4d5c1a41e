"""``newsrake docs``: read documents from a store without exporting them.

``docs list`` shows current documents, ``docs show ID`` prints one as JSON, and
``docs since CURSOR`` lists what the manifest parts after CURSOR changed, ending with
the cursor to pass next time.
"""

from __future__ import annotations

import argparse
import json
import sys

from crawler.commands.crawl import add_store_arguments
from crawler.jobs.export import get_document, iter_entries, list_documents, plan_reading
from crawler.store.base import NotFound, Store, StoreError
from crawler.store.factory import open_store

NAME = "docs"
HELP = "list, show, or follow documents in a store"
EPILOG = """examples:
  newsrake docs list --store file://./data --limit 10
  newsrake docs show 1be671ec42acb59a5838f147
  newsrake docs since manifests/20261125T175300Z-1a2b3c/00000.jsonl --json"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="docs_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="current documents: id, version, date, site, title")
    listing.add_argument("--limit", type=int, default=None, help="at most this many")
    listing.add_argument("--json", action="store_true", help="one JSON object a line")
    show = sub.add_parser("show", help="one document as JSON")
    show.add_argument("id", help="the document id (docs list shows them)")
    since = sub.add_parser("since", help="documents changed after a cursor (a manifest part "
                                         "key; '' for the beginning)")
    since.add_argument("cursor", help="the last manifest part key already read")
    since.add_argument("--json", action="store_true", help="manifest entries as JSON lines")
    for action in (listing, show, since):
        add_store_arguments(action)


def run(args: argparse.Namespace) -> int:
    try:
        store = open_store(args.store, endpoint_url=args.endpoint_url)
        if args.docs_command == "list":
            return _list(store, args)
        if args.docs_command == "show":
            print(json.dumps(get_document(store, args.id), indent=1, ensure_ascii=False,
                             sort_keys=True))
            return 0
        return _since(store, args)
    except NotFound as exc:
        print(f"newsrake docs: {exc}", file=sys.stderr)
        return 1
    except StoreError as exc:
        print(f"newsrake docs: {exc}", file=sys.stderr)
        return 2


def _list(store: Store, args: argparse.Namespace) -> int:
    for doc in list_documents(store, args.limit):
        if args.json:
            brief = {k: doc.get(k) for k in ("id", "version", "published", "site", "title",
                                             "url")}
            print(json.dumps(brief, ensure_ascii=False))
        else:
            print(f"{doc.get('id')}\tv{doc.get('version')}\t{doc.get('published') or '-'}\t"
                  f"{doc.get('site') or '-'}\t{doc.get('title') or ''}")
    return 0


def _since(store: Store, args: argparse.Namespace) -> int:
    plan = plan_reading(store, args.cursor or None)
    for part, entry in iter_entries(store, plan.parts):
        if entry.get("kind") not in ("doc", "tombstone"):
            continue
        if args.json:
            print(json.dumps({**entry, "part": part}, sort_keys=True))
        else:
            print(f"{entry.get('op')}\t{entry.get('kind')}\t{entry.get('id') or '-'}\t"
                  f"v{entry.get('version') or '-'}\t{entry.get('url') or entry.get('key')}")
    note = (f" ({len(plan.read_after_cursor)} part(s) of running jobs were shown too and "
            "will be shown again)") if plan.read_after_cursor else ""
    print(f"cursor: {plan.cursor or ''}{note}", file=sys.stderr)
    return 0
