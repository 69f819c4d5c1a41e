"""Cost of ``cleaners.clean`` per page, as a ratio to ``trafilatura.extract`` alone.

Runs both on the article-extraction benchmark's 181 pages in one process, alternating
per page (so drift in machine load hits both alike), after one warm-up pass. ``clean``
includes parsing, the DOM and text plugins, extraction and metadata; the reference is
``trafilatura.extract(html, include_comments=False)``, which parses too. Target: <= 1.3x.

Usage: ``python bench/bench_clean.py [--rounds N]`` (``$NEWSRAKE_BENCHMARK_DIR`` to
point elsewhere).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import trafilatura

from cleaners import clean
from eval.run_eval import benchmark_dir, load_truth, read_page

TARGET_RATIO = 1.3


def main(argv: Sequence[str] | None = None) -> int:
    """Time both on every page; print totals, per-page figures and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    root = benchmark_dir()
    if not (root / "ground-truth.json").is_file():
        print(f"benchmark not found at {root}; set NEWSRAKE_BENCHMARK_DIR", file=sys.stderr)
        return 2
    truth = load_truth(root)
    pages = [(read_page(root, pid), entry["url"]) for pid, entry in sorted(truth.items())]
    for html, url in pages:  # warm-up: imports, regex compilation, lazy tables
        trafilatura.extract(html, include_comments=False)
        clean(html, url)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(args.rounds):
        for html, url in pages:
            start = time.perf_counter()
            trafilatura.extract(html, include_comments=False)
            middle = time.perf_counter()
            clean(html, url)
            end = time.perf_counter()
            theirs.append(middle - start)
            ours.append(end - middle)
    n = len(pages) * args.rounds
    ratio = sum(ours) / sum(theirs)
    per_page = statistics.median(o / t for o, t in zip(ours, theirs, strict=True))
    print(f"pages: {len(pages)} x {args.rounds} rounds")
    print(f"trafilatura.extract: {1000 * sum(theirs) / n:7.2f} ms/page")
    print(f"newsrake clean:      {1000 * sum(ours) / n:7.2f} ms/page "
          "(parse, DOM plugins, extraction, text plugins, metadata)")
    print(f"ratio (total):       {ratio:7.2f}x   target <= {TARGET_RATIO}x")
    print(f"ratio (median page): {per_page:7.2f}x")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
