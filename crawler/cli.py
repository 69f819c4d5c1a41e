"""The ``newsrake`` command: parses arguments, calls a job, prints a summary.

One subcommand a module under ``crawler/commands/``; each module defines
``NAME``, ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``. Exit statuses
are in ``crawler/exitcodes.py``: 0 success, 1 the job ran but some inputs failed or a
check found problems, 2 bad usage or configuration (the message names the fix), 3 the
store was unreachable, 130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from crawler import exitcodes
from crawler.observe.logs import LOG_FORMATS, log_formatter
from crawler.redact import RedactingFilter
from crawler.store.base import StoreError

#: Subcommand modules, in the order ``newsrake --help`` lists them.
COMMANDS = (
    "crawl", "clean", "demo", "reclean", "export", "docs", "verify", "delete",
    "inspect", "report",
)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = exitcodes.OK, exitcodes.PROBLEMS, exitcodes.USAGE

EPILOG = """examples:
  newsrake demo                                   crawl the bundled sample sites into ./data
  newsrake crawl --sources sources.toml --store s3://bucket/news --metrics-port 9410
  newsrake inspect page.html --html report.html   see what cleaning removed, and why
  newsrake COMMAND --help                         what a command does, with an example"""


def _load(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"crawler.commands.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"crawler.commands.{name}":
            return None  # not built yet in this checkout
        raise


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every available subcommand."""
    parser = argparse.ArgumentParser(
        prog="newsrake", description="Crawl, archive, clean and deduplicate syndicated news.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more log output (-vv for debug)")
    parser.add_argument("--log-format", choices=LOG_FORMATS, default="text",
                        help="text for people, json for one JSON object a line (collectors)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = _load(name)
        if module is None:
            continue
        cmd = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP,
                             epilog=getattr(module, "EPILOG", None),  # examples
                             formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def main(args: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    parser = build_parser()
    ns = parser.parse_args(args)
    if not getattr(ns, "_run", None):
        parser.print_help()
        return EXIT_USAGE
    if ns.log_format == "json" and getattr(ns, "progress", None) == "auto":
        ns.progress = "off"  # keep stderr one JSON object a line
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(ns.verbose, 2)]
    # The level sits on the handler: Scrapy sets its own loggers to DEBUG when it starts.
    handler = logging.StreamHandler()
    handler.setLevel(level)
    handler.setFormatter(log_formatter(ns.log_format))
    handler.addFilter(RedactingFilter())  # no credential reaches a log line
    logging.root.addHandler(handler)
    logging.root.setLevel(level)
    try:
        return int(ns._run(ns))
    except StoreError as exc:  # the store stayed unreachable after retries
        print(f"newsrake {ns.command}: the store failed: {exc}", file=sys.stderr)
        return exitcodes.STORE_UNREACHABLE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return exitcodes.INTERRUPTED
    finally:  # main() may run many times in one process (tests): leave no handler behind
        logging.root.removeHandler(handler)


if __name__ == "__main__":
    sys.exit(main())
