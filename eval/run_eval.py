"""Score newsrake, trafilatura alone and readability-lxml alone on the extraction benchmark.

Usage: ``python -m eval.run_eval [--jobs N] [--out eval/results.json]`` (or
``python eval/run_eval.py``). The benchmark
directory is ``../shared/benchmarks/article-extraction`` relative to the repository,
or ``$NEWSRAKE_BENCHMARK_DIR``. Prints a table and writes per-system and per-page
scores as JSON. Only generic cleaning is measured: no rule is keyed on a benchmark
domain or URL.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from multiprocessing import get_context
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script (``python eval/run_eval.py``): find ``eval``
    sys.path.insert(0, str(REPO))

from eval.scoring import PageScore, SystemScore, aggregate, score_page  # noqa: E402

DEFAULT_BENCHMARK_DIR = REPO.parent / "shared" / "benchmarks" / "article-extraction"
SYSTEMS = ("newsrake", "trafilatura", "readability-lxml")


def benchmark_dir() -> Path:
    """Where the benchmark lives: ``$NEWSRAKE_BENCHMARK_DIR`` or the shared default."""
    override = os.environ.get("NEWSRAKE_BENCHMARK_DIR")
    return Path(override) if override else DEFAULT_BENCHMARK_DIR


def load_truth(root: Path) -> dict[str, dict[str, str]]:
    """The benchmark's ground truth: id -> {"articleBody", "url"}."""
    with open(root / "ground-truth.json", encoding="utf-8") as fh:
        data: dict[str, dict[str, str]] = json.load(fh)
    return data


def read_page(root: Path, page_id: str) -> str:
    """The stored HTML of one page."""
    with gzip.open(root / "html" / f"{page_id}.html.gz", "rb") as fh:
        return fh.read().decode("utf-8")


def run_newsrake(html: str, url: str) -> str:
    """newsrake's cleaned text."""
    from cleaners import clean

    return clean(html, url).text


def run_trafilatura(html: str, url: str) -> str:
    """trafilatura alone, comments off, as the benchmark README calibrates it."""
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def run_readability(html: str, url: str) -> str:
    """readability-lxml alone, its summary converted to block-separated text."""
    from cleaners.extract import extract_readability

    try:
        return extract_readability(html)
    except Exception:  # readability raises bare Exceptions on odd markup
        return ""


RUNNERS: dict[str, Callable[[str, str], str]] = {
    "newsrake": run_newsrake, "trafilatura": run_trafilatura,
    "readability-lxml": run_readability,
}


def _score_one(job: tuple[str, str, str, str, Sequence[str]]) -> tuple[str, dict[str, Any]]:
    root, page_id, truth, url, systems = job
    html = read_page(Path(root), page_id)
    out: dict[str, Any] = {}
    for system in systems:
        text = RUNNERS[system](html, url)
        out[system] = asdict(score_page(truth, text))
    return page_id, out


def evaluate(root: Path, systems: Sequence[str] = SYSTEMS, jobs: int | None = None,
             ) -> dict[str, Any]:
    """Per-system and per-page scores of ``systems`` on the benchmark at ``root``."""
    truth = load_truth(root)
    work = [(str(root), pid, entry["articleBody"], entry["url"], tuple(systems))
            for pid, entry in sorted(truth.items())]
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1:
        with get_context("spawn").Pool(jobs) as pool:
            results = dict(pool.imap_unordered(_score_one, work, chunksize=2))
    else:
        results = dict(map(_score_one, work))
    pages = {pid: results[pid] for pid, *_ in ((w[1],) for w in work)}
    summary: dict[str, Any] = {}
    for system in systems:
        scores = [PageScore(**pages[pid][system]) for pid in pages]
        summary[system] = asdict(aggregate(scores))
    drops = {pid: _precision(pages[pid].get("trafilatura")) - _precision(pages[pid][s])
             for pid in pages for s in ("newsrake",) if s in systems and "trafilatura" in systems}
    if "newsrake" in systems and "trafilatura" in systems:
        losing = sorted(pid for pid in pages if _recall_loss(pages[pid]) > RECALL_LOSS_SHARE)
        summary["newsrake"]["pages_losing_recall"] = len(losing)
        summary["newsrake"]["pages_losing_recall_ids"] = [pid[:12] for pid in losing]
    if drops:
        worst = max(drops, key=lambda pid: drops[pid])
        summary["newsrake"]["worst_precision_drop"] = drops[worst]
        summary["newsrake"]["worst_precision_drop_page"] = worst
    return {"benchmark": str(root), "systems": summary, "pages": pages}


#: A page "loses" against plain trafilatura when newsrake's recall is lower than
#: trafilatura's by more than this share of it (issue 13's per-page guard).
RECALL_LOSS_SHARE = 0.10


def _recall_loss(page: dict[str, Any]) -> float:
    """How much of plain trafilatura's recall newsrake lost on a page (share, >= 0)."""
    ours, theirs = PageScore(**page["newsrake"]).recall, PageScore(**page["trafilatura"]).recall
    ours, theirs = (1.0 if ours is None else ours), (1.0 if theirs is None else theirs)
    return max(0.0, theirs - ours) / theirs if theirs else 0.0


def _precision(page: dict[str, Any] | None) -> float:
    """A page's precision, counting an empty prediction as precise (it costs recall)."""
    if page is None:
        return 0.0
    p = PageScore(**page).precision
    return 1.0 if p is None else p


def format_table(summary: dict[str, Any]) -> str:
    """The per-system scores as a fixed-width table."""
    lines = [f"{'system':<18} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'empty':>5}"]
    for system, s in summary.items():
        score = SystemScore(**{k: v for k, v in s.items() if k in SystemScore.__slots__})
        lines.append(f"{system:<18} {score.f1:6.3f} {score.precision:6.3f} {score.recall:6.3f} "
                     f"{score.accuracy:6.3f} {score.empties:5d}")
    if "pages_losing_recall" in summary.get("newsrake", {}):
        n = summary["newsrake"]
        lines.append(f"pages where newsrake keeps >10% less recall than trafilatura: "
                     f"{n['pages_losing_recall']} {' '.join(n['pages_losing_recall_ids'])}")
    if "worst_precision_drop" in summary.get("newsrake", {}):
        n = summary["newsrake"]
        lines.append(f"worst per-page precision drop vs trafilatura: "
                     f"{n['worst_precision_drop']:.3f} ({n['worst_precision_drop_page'][:12]})")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation, print the table, write the JSON; 2 if the benchmark is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--out", type=Path, default=REPO / "eval" / "results.json")
    parser.add_argument("--systems", nargs="+", default=list(SYSTEMS), choices=SYSTEMS)
    args = parser.parse_args(argv)
    root = benchmark_dir()
    if not (root / "ground-truth.json").is_file():
        print(f"benchmark not found at {root}; set NEWSRAKE_BENCHMARK_DIR", file=sys.stderr)
        return 2
    started = time.perf_counter()
    result = evaluate(root, args.systems, args.jobs)
    result["seconds"] = round(time.perf_counter() - started, 1)
    print(format_table(result["systems"]))
    print(f"{len(result['pages'])} pages in {result['seconds']}s")
    # The generated unseen-template set (eval/unseen): noise leak and content recall.
    from eval.unseen.run import evaluate as evaluate_unseen
    from eval.unseen.run import evaluate_site_batches
    from eval.unseen.run import format_table as format_unseen

    unseen = evaluate_unseen(jobs=args.jobs)
    unseen["systems"]["newsrake+site"] = evaluate_site_batches()
    print("\nunseen templates (eval/unseen, 120 generated pages, 12 templates):")
    print(format_unseen(unseen["systems"]))
    result["unseen"] = unseen["systems"]
    # The generated sets written apart from the cleaners (eval/fresh*), pinned in the gate.
    from eval.unseen.run import GATED_SETS, pin_figures

    result["generated"] = {}
    for pageset in GATED_SETS:
        systems = evaluate_unseen(jobs=args.jobs, pageset=pageset)["systems"]
        print(f"\ngenerated set eval/{pageset}:")
        print(format_unseen(systems))
        result["generated"][pageset] = {"systems": systems, "pinned": pin_figures(systems)}
    args.out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
