"""``newsrake clean``: clean saved or stored pages and print one JSON document a line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import cleaners
from cleaners import CleanError

NAME = "clean"
HELP = "clean HTML files (or a folder of them) and print one JSON document per line"
EPILOG = """examples:
  newsrake clean saved/article.html --url https://paper.example/world/storm
  newsrake clean saved/ --explain      what each extractor and plugin did, page by page
To see the removed noise highlighted in the page, use `newsrake inspect`."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="FILE.html",
                        help="HTML files or folders (.html, .htm, .html.gz)")
    parser.add_argument("--url", help="the page's URL (default: file://PATH)")
    parser.add_argument("--explain", action="store_true",
                        help="print what each extractor and plugin did instead of JSON")


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """The HTML files named, with folders expanded (sorted)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.name.endswith((".html", ".htm", ".html.gz")))
        else:
            yield path


def read_html(path: Path) -> bytes:
    """The bytes of a page file, gunzipped if it ends in .gz."""
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        import gzip
        data = gzip.decompress(data)
    return data


def run(args: argparse.Namespace) -> int:
    failures = 0
    for path in iter_files(args.paths):
        url = args.url or path.resolve().as_uri()
        try:
            doc = cleaners.clean(read_html(path), url)
        except (OSError, CleanError) as exc:
            print(f"newsrake clean: {path}: {exc}", file=sys.stderr)
            failures += 1
            continue
        if args.explain:
            print(cleaners.explain(doc))
            print("--- text ---")
            print(doc.text)
        else:
            print(json.dumps(doc.to_json(), ensure_ascii=False))
    return 1 if failures else 0
