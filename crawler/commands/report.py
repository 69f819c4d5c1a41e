"""``newsrake report``: an HTML report of one run, naming sites that drifted from their history."""

from __future__ import annotations

import argparse
import html
import json
import sys
from pathlib import Path

from crawler.commands.crawl import add_store_arguments
from crawler.jobs.drift import (
    MIN_HISTORY,
    MIN_PAGES,
    NOISE_DRIFT,
    TEXT_DRIFT,
    DriftReport,
    load_run_figures,
    site_drift,
)
from crawler.store.base import StoreError
from crawler.store.factory import open_store

NAME = "report"
HELP = ("report a run's per-site figures and the sites whose text length or noise rate "
        "drifted from their history (the usual sign of a layout change)")
EPILOG = f"""examples:
  newsrake report --store file://./data --html run-report.html
  newsrake report --store s3://bucket/news --run 20261125T175300Z-1a2b3c --json
A site drifts when its mean text length moves more than {TEXT_DRIFT:.0%} or its noise rate
more than {NOISE_DRIFT * 100:.0f} points from the median of its earlier runs (with at least
{MIN_PAGES} pages cleaned). Exit code 1 when a site drifted."""

CSS = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 20px; color: #1a1a1a; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 4px 8px; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.drifted { background: #ffe0e0; } .ok { color: #2d7a2d; } .bad { color: #b00020; }
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)
    parser.add_argument("--run", metavar="RUN_ID",
                        help="the run (default: the latest with figures)")
    parser.add_argument("--html", type=Path, metavar="REPORT.html", help="write the report here")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--min-history", type=int, default=MIN_HISTORY, metavar="N",
                        help=f"earlier runs a site needs to be compared (default {MIN_HISTORY})")


def render_html(report: DriftReport) -> str:
    """The report as a self-contained HTML page."""
    def num(value: float | None, fmt: str) -> str:
        return "–" if value is None else format(value, fmt)

    rows = "".join(
        f"<tr class='{'drifted' if s.drifted else ''}' data-site='{html.escape(s.site)}'>"
        f"<td>{html.escape(s.site)}</td><td class='num'>{s.pages}</td>"
        f"<td class='num'>{s.mean_text_chars:.0f}</td>"
        f"<td class='num'>{num(s.baseline_text_chars, '.0f')}</td>"
        f"<td class='num'>{s.noise_rate:.1%}</td>"
        f"<td class='num'>{num(s.baseline_noise_rate, '.1%')}</td>"
        f"<td class='num'>{s.history_runs}</td>"
        f"<td>{html.escape('; '.join(s.reasons)) or ('ok' if s.history_runs else 'no history')}"
        "</td></tr>" for s in report.sites)
    drifted = report.drifted
    verdict = (f"<p class='bad'>{len(drifted)} site(s) drifted: "
               + html.escape(", ".join(s.site for s in drifted)) + "</p>" if drifted
               else "<p class='ok'>no site drifted</p>")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>newsrake report {html.escape(report.run_id)}</title><style>{CSS}</style></head><body>
<h1>Run {html.escape(report.run_id)} ({html.escape(report.job)})</h1>
<p>Compared with {len(report.history)} earlier run(s) with figures.</p>{verdict}
<table><tr><th>site</th><th>pages</th><th>mean text</th><th>usual</th><th>noise rate</th>
<th>usual</th><th>runs</th><th>drift</th></tr>{rows}</table></body></html>
"""


def run(args: argparse.Namespace) -> int:
    try:
        store = open_store(args.store, endpoint_url=args.endpoint_url)
        report = site_drift(load_run_figures(store), args.run, min_history=args.min_history)
    except StoreError as exc:
        print(f"newsrake report: {exc}", file=sys.stderr)
        return 2
    except LookupError as exc:
        print(f"newsrake report: {exc}", file=sys.stderr)
        return 2
    if args.html is not None:
        args.html.write_text(render_html(report), encoding="utf-8")
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        for site in report.drifted:
            print(f"drifted: {site.site}: {'; '.join(site.reasons)}")
        print(f"run {report.run_id}: {len(report.drifted)} of {len(report.sites)} site(s) "
              f"drifted against {len(report.history)} earlier run(s)"
              + (f"; report in {args.html}" if args.html else ""))
    return 1 if report.drifted else 0
