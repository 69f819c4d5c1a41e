"""Run newsrake and plain trafilatura on the unseen-template pages and score them.

Usage: ``python -m eval.unseen.run [--jobs N] [--leaks] [--set SET]`` (``SETS``). Prints,
per system and per half (development / held-out templates), noise leak, in-article noise
leak, content recall, trap recall, finance figures kept and clean pages; ``--leaks`` lists
each leaked string of newsrake's on the development half of ``unseen`` (``fresh3``, the
held-out set, is never listed: it is for measuring, not for writing rules against).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from multiprocessing import get_context
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO))

from eval.unseen.build import Page, build_pages  # noqa: E402
from eval.unseen.score import PageResult, aggregate, score_page  # noqa: E402

SYSTEMS = ("newsrake", "trafilatura")
#: A page loses against plain trafilatura when its content recall is lower by more
#: than this share of trafilatura's (the same rule as the shared benchmark's).
RECALL_LOSS_SHARE = 0.10

#: The generated sets. ``unseen``: development and "held-out" halves, both looked at by
#: 2026-12-07. ``fresh`` (eval/fresh): written apart from the cleaners; scored once
#: blind, then used for development the same day. ``fresh2`` (eval/fresh2): written
#: apart from the other sets; scored once blind, then used for development.
#: ``fresh3`` (eval/fresh3): the held-out set; its leaks are never listed, only counted.
#: ``fresh4`` (eval/fresh4): written apart from everything else on 2026-12-07; its first,
#: blind score (leak 0.0678, recall 0.9446, figures kept 0.416, 24 pages losing) showed
#: content loss, so its losing pages were looked at to fix it: a development set since.
#: ``fresh5`` (eval/fresh5): written apart the same way, later that day; blind first score
#: leak 0.0182, in-article 0.037, recall 0.9924, figures kept 0.9691, 3 pages losing. Its
#: content losses were looked at; its leaks are not listed (held out for leak).
SETS = ("unseen", "fresh", "fresh2", "fresh3", "fresh4", "fresh5")
#: The sets besides ``unseen`` that ``make eval`` scores and tests/test_eval_gate.py pins
#: (eval/pinned.json ``generated``), with the figures pinned for each.
GATED_SETS = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5")
PINNED_FIELDS = ("noise_leak", "in_article_noise_leak", "content_recall", "trap_recall",
                 "figures_kept")
_PAGES: dict[str, dict[str, Page]] = {}


def _pages(pageset: str = "unseen") -> dict[str, Page]:
    if pageset not in _PAGES:
        if pageset not in SETS:
            raise ValueError(f"unknown page set {pageset!r}: one of {', '.join(SETS)}")
        if pageset == "unseen":
            pages = build_pages()
        else:  # each generated set is a package eval/<set> with build.build_pages()
            build = importlib.import_module(f"eval.{pageset}.build")
            pages = build.build_pages()
        _PAGES[pageset] = {p.page_id: p for p in pages}
    return _PAGES[pageset]


def _halves(pageset: str) -> tuple[str, ...]:
    return ("dev", "held") if pageset == "unseen" else (pageset,)


def _run_one(job: tuple[str, str, Sequence[str]]) -> tuple[str, dict[str, PageResult]]:
    from eval.run_eval import RUNNERS

    pageset, page_id, systems = job
    page = _pages(pageset)[page_id]
    return page_id, {s: score_page(page, RUNNERS[s](page.html, page.url)) for s in systems}


def evaluate(systems: Sequence[str] = SYSTEMS, jobs: int | None = None,
             pageset: str = "unseen") -> dict[str, Any]:
    """Per-system figures overall and per half, pages losing recall, newsrake's leaks."""
    work = [(pageset, pid, tuple(systems)) for pid in sorted(_pages(pageset))]
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1:
        with get_context("spawn").Pool(jobs) as pool:
            results = dict(pool.imap_unordered(_run_one, work, chunksize=4))
    else:
        results = dict(map(_run_one, work))
    summary: dict[str, Any] = {}
    for system in systems:
        rows = [results[pid][system] for pid in sorted(results)]
        summary[system] = aggregate(rows)
        for half in _halves(pageset):
            summary[system][half] = aggregate(r for r in rows if r.half == half)
    if "newsrake" in systems and "trafilatura" in systems:
        losing = sorted(pid for pid, res in results.items()
                        if res["trafilatura"].recall
                        and (res["trafilatura"].recall - res["newsrake"].recall)
                        / res["trafilatura"].recall > RECALL_LOSS_SHARE)
        summary["newsrake"]["pages_losing_recall"] = len(losing)
        summary["newsrake"]["pages_losing_recall_ids"] = losing
    leaks = sorted({(k, w, t) for pid in results for k, w, t
                    in results[pid][systems[0]].noise_leaked
                    if results[pid][systems[0]].half == "dev"})
    return {"systems": summary, "dev_leaks": leaks,
            "pages": {pid: {s: r.recall for s, r in res.items()} for pid, res in results.items()}}


def evaluate_site_batches(pageset: str = "unseen") -> dict[str, Any]:
    """newsrake as a crawl of each site delivers it: with the boilerplate its batch shows.

    Each template is one site. Its pages are cleaned, the blocks repeated on enough of
    them are learned exactly as a crawl learns them (``crawler.ingest.boilerplate``:
    ``candidate_blocks``, ``MIN_PAGES``), and the pages are cleaned again with that
    boilerplate, as the crawl's boilerplate pass re-cleans them.
    """
    from cleaners import clean
    from crawler.ingest.boilerplate import MIN_PAGES, candidate_blocks

    pages = _pages(pageset)
    by_site: dict[str, list[Page]] = {}
    for page in pages.values():
        by_site.setdefault(page.template, []).append(page)
    rows: list[PageResult] = []
    for site_pages in by_site.values():
        seen: dict[str, set[str]] = {}
        for page in site_pages:
            for block in candidate_blocks(clean(page.html, page.url).text):
                seen.setdefault(block, set()).add(page.page_id)
        # normalised already, as the crawl stores them
        learned = frozenset(b for b, ids in seen.items() if len(ids) >= MIN_PAGES)
        rows.extend(score_page(page, clean(page.html, page.url, boilerplate=learned).text)
                    for page in site_pages)
    summary = aggregate(rows)
    for half in _halves(pageset):
        summary[half] = aggregate(r for r in rows if r.half == half)
    return summary


def pin_figures(systems: dict[str, Any]) -> dict[str, Any]:
    """The figures of one generated set that eval/pinned.json pins (``generated``)."""
    ours = systems["newsrake"]
    pins: dict[str, Any] = {f: ours[f] for f in PINNED_FIELDS}
    pins["pages_losing_recall"] = ours["pages_losing_recall"]
    return pins


FIELDS = ("noise_leak", "in_article_noise_leak", "content_recall", "trap_recall",
          "figures_kept", "pages_clean")


def format_table(summary: dict[str, Any]) -> str:
    """A table of the figures per system and half."""
    lines = [f"{'system':<22}" + "".join(f"{f:>22}" for f in FIELDS)]
    for system, figs in summary.items():
        halves = [(h if h != "held" else "held-out", figs[h]) for h in ("dev", "held")
                  if h in figs]
        for label, row in [("all", figs), *halves]:
            lines.append(f"{system + ' ' + label:<22}"
                         + "".join(f"{row[f]:>22}" for f in FIELDS))
    nr = summary.get("newsrake", {})
    if "pages_losing_recall" in nr:
        lines.append(f"newsrake pages losing >10% recall vs trafilatura: "
                     f"{nr['pages_losing_recall']} {nr['pages_losing_recall_ids']}")
    for system, figs in summary.items():
        lines.append(f"{system} leaks by kind (all): {figs['leak_by_kind']}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--leaks", action="store_true", help="list newsrake's dev-half leaks")
    parser.add_argument("--set", choices=SETS, default="unseen", dest="pageset")
    args = parser.parse_args(argv)
    result = evaluate(jobs=args.jobs, pageset=args.pageset)
    result["systems"]["newsrake+site"] = evaluate_site_batches(args.pageset)
    print(format_table(result["systems"]))
    if args.leaks:
        for kind, where, text in result["dev_leaks"]:
            print(f"  {kind:<11} {where:<10} {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
