"""Two-fold cross-validation of the content-loss guard's thresholds on the shared benchmark.

Usage: ``python eval/crossval.py [--jobs N] [--out eval/crossval.json]``

The 181 pages are split into two fixed halves by the SHA-256 of their id (no page's
content decides its half). For each fold the grid of ``(guard_share, guard_gain)``
values is scored on one half, the best setting (highest F1; ties go to the setting that
fires least, i.e. the smaller share) is chosen there and scored on the other half; then
the other way round. The cross-validated figure is the benchmark metric over the two
held-out halves together, each scored with the setting chosen on the other half: no
page is scored with a threshold it helped choose. It also counts, per setting, the pages
on which newsrake keeps more than 10% less recall than plain ``trafilatura.extract``.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict, replace
from multiprocessing import get_context
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO))

from eval.run_eval import benchmark_dir, load_truth, read_page, run_trafilatura  # noqa: E402
from eval.scoring import PageScore, aggregate, score_page  # noqa: E402

#: The grid: shares of the page's paragraph text below which the guard fires (0 = off),
#: and how much longer a plain extraction must be to be taken.
SHARES = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7)
GAINS = (1.25, 1.5, 2.0)
#: A page "loses" against plain trafilatura when its recall is lower by more than this share.
LOSS_SHARE = 0.10


def fold_of(page_id: str) -> int:
    """0 or 1, fixed by the page id's hash."""
    return hashlib.sha256(page_id.encode()).digest()[0] & 1


def _score(job: tuple[str, str, str, str, tuple[tuple[float, float], ...]]
           ) -> tuple[str, dict[str, Any]]:
    from cleaners import CleanerConfig, clean
    from cleaners.extract import ExtractSettings

    root, page_id, truth, url, grid = job
    html = read_page(Path(root), page_id)
    out: dict[str, Any] = {"trafilatura": asdict(score_page(truth, run_trafilatura(html, url)))}
    base = ExtractSettings()
    for share, gain in grid:
        config = CleanerConfig(extract=replace(base, guard_share=share, guard_gain=gain))
        out[f"{share}/{gain}"] = asdict(score_page(truth, clean(html, url, config=config).text))
    return page_id, out


def _recall(p: dict[str, Any]) -> float:
    r = PageScore(**p).recall
    return 1.0 if r is None else r


def summarise(pages: dict[str, dict[str, Any]], ids: Sequence[str], key: str) -> dict[str, Any]:
    """F1/P/R of one setting over ``ids``, and the pages losing recall against trafilatura."""
    agg = aggregate(PageScore(**pages[i][key]) for i in ids)
    losses = [i for i in ids
              if _recall(pages[i]["trafilatura"]) - _recall(pages[i][key])
              > LOSS_SHARE * _recall(pages[i]["trafilatura"])]
    return {"f1": round(agg.f1, 4), "precision": round(agg.precision, 4),
            "recall": round(agg.recall, 4), "losses_vs_trafilatura": len(losses),
            "loss_pages": sorted(p[:12] for p in losses)}


def crossvalidate(pages: dict[str, dict[str, Any]], keys: Sequence[str]) -> dict[str, Any]:
    """Tune on one half, score the other, both ways."""
    halves = [[p for p in sorted(pages) if fold_of(p) == f] for f in (0, 1)]
    folds = []
    for train, test in ((0, 1), (1, 0)):
        scored = {k: summarise(pages, halves[train], k) for k in keys}
        best = max(keys, key=lambda k: (scored[k]["f1"], -float(k.split("/")[0])))
        folds.append({"tuned_on": train, "chosen": best, "train": scored[best],
                      "test": summarise(pages, halves[test], best)})
    held_out = {i: {"cv": pages[i][folds[1 - fold_of(i)]["chosen"]],
                    "trafilatura": pages[i]["trafilatura"]} for i in pages}
    return {"folds": folds, "cross_validated": summarise(held_out, sorted(held_out), "cv")}


def score_grid(root: Path, jobs: int | None = None) -> dict[str, dict[str, Any]]:
    """Per-page scores of plain trafilatura and of newsrake under every grid setting."""
    grid = tuple(itertools.product(SHARES, GAINS))
    truth = load_truth(root)
    work = [(str(root), pid, e["articleBody"], e["url"], grid) for pid, e in sorted(truth.items())]
    with get_context("spawn").Pool(jobs or os.cpu_count() or 1) as pool:
        return dict(pool.imap_unordered(_score, work, chunksize=2))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the grid, print per-setting and cross-validated figures, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--out", type=Path, default=REPO / "eval" / "crossval.json")
    args = parser.parse_args(argv)
    root = benchmark_dir()
    if not (root / "ground-truth.json").is_file():
        print(f"benchmark not found at {root}; set NEWSRAKE_BENCHMARK_DIR", file=sys.stderr)
        return 2
    pages = score_grid(root, args.jobs)
    keys = [f"{s}/{g}" for s, g in itertools.product(SHARES, GAINS)]
    every = {k: summarise(pages, sorted(pages), k) for k in keys}
    for k in keys:
        e = every[k]
        print(f"share/gain {k:<9} F1 {e['f1']:.4f}  P {e['precision']:.4f}  "
              f"R {e['recall']:.4f}  pages losing >10% recall vs trafilatura: "
              f"{e['losses_vs_trafilatura']}")
    result = crossvalidate(pages, keys)
    for f in result["folds"]:
        print(f"fold tuned on half {f['tuned_on']}: chose {f['chosen']}; train F1 "
              f"{f['train']['f1']:.4f}, held-out F1 {f['test']['f1']:.4f}")
    cv = result["cross_validated"]
    print(f"cross-validated: F1 {cv['f1']:.4f}  P {cv['precision']:.4f}  R {cv['recall']:.4f}  "
          f"pages losing >10% recall vs trafilatura: {cv['losses_vs_trafilatura']} "
          f"{cv['loss_pages']}")
    result["grid"] = every
    args.out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
