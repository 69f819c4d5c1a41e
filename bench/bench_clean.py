"""Cost of ``cleaners.clean`` per page, as a ratio to ``trafilatura.extract`` alone.

Runs both on the article-extraction benchmark's 181 pages in one process, a whole pass
each, alternating passes for several rounds (so drift in machine load hits both
alike). Whole passes rather than page by page: trafilatura memoises line processing,
and whichever ran second on a page would find it warm. Times are this process's CPU
time, not wall time: on a shared machine other jobs' load would otherwise swamp the
ratio (wall-clock ratios varied from 1.3x to 1.6x between runs). ``clean``
includes parsing, the DOM and text plugins, extraction and metadata; the reference is
``trafilatura.extract(html, include_comments=False)``, which parses too. Target: <= 1.3x.

Usage: ``python bench/bench_clean.py [--rounds N] [--strict]`` (``$NEWSRAKE_BENCHMARK_DIR`` to
point elsewhere).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import trafilatura

from cleaners import CleanerConfig, clean
from cleaners.metadata import page_metadata
from cleaners.pipeline import parse
from cleaners.registry import available_plugins
from eval.run_eval import benchmark_dir, load_truth, read_page

TARGET_RATIO = 1.3


def _each(items: Sequence[tuple[Any, str]], func: Callable[[Any, str], object]) -> None:
    for first, url in items:
        func(first, url)


def main(argv: Sequence[str] | None = None) -> int:
    """Time both on every page; print totals, per-page figures and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--strict", action="store_true",
                        help=f"exit 1 when the ratio is above {TARGET_RATIO}x")
    args = parser.parse_args(argv)
    root = benchmark_dir()
    if not (root / "ground-truth.json").is_file():
        print(f"benchmark not found at {root}; set NEWSRAKE_BENCHMARK_DIR", file=sys.stderr)
        return 2
    truth = load_truth(root)
    pages = [(read_page(root, pid), entry["url"]) for pid, entry in sorted(truth.items())]
    for html, url in pages[:20]:  # warm-up: imports, regex compilation, lazy tables
        trafilatura.extract(html, include_comments=False)
        clean(html, url)
    bare = CleanerConfig.from_mapping(dict.fromkeys(available_plugins()))  # no plugins
    trees = [(parse(html), url) for html, url in pages]
    runs: dict[str, Callable[[], None]] = {
        "trafilatura": lambda: _each(pages, lambda h, u: trafilatura.extract(
            h, include_comments=False)),
        "clean": lambda: _each(pages, clean),
        "clean, no plugins": lambda: _each(pages, lambda h, u: clean(h, u, config=bare)),
        "metadata": lambda: _each(trees, page_metadata),
    }
    totals = dict.fromkeys(runs, 0.0)
    for _ in range(args.rounds):
        for name, run in runs.items():  # a whole pass each: no page is warm from the other
            start = time.process_time()
            run()
            totals[name] += time.process_time() - start
    ours, theirs = [totals["clean"]], [totals["trafilatura"]]
    n = len(pages) * args.rounds
    ratio = sum(ours) / sum(theirs)
    print(f"pages: {len(pages)} x {args.rounds} rounds")
    print(f"trafilatura.extract: {1000 * sum(theirs) / n:7.2f} ms/page")
    print(f"newsrake clean:      {1000 * sum(ours) / n:7.2f} ms/page "
          "(parse, DOM plugins, extraction, text plugins, metadata)")
    plugins = (totals["clean"] - totals["clean, no plugins"]) / n
    meta = totals["metadata"] / n
    print(f"  of which metadata: {1000 * meta:7.2f} ms/page")
    print(f"  of which plugins:  {1000 * plugins:7.2f} ms/page (all DOM and text plugins)")
    print(f"  the rest:          {1000 * (sum(ours) / n - meta - plugins):7.2f} ms/page "
          "(parse, trafilatura fast + readability port, chooser, fallback)")
    verdict = "within target" if ratio <= TARGET_RATIO else "ABOVE TARGET"
    print(f"ratio (total):       {ratio:7.2f}x   target <= {TARGET_RATIO}x: {verdict}")
    return 1 if args.strict and ratio > TARGET_RATIO else 0


if __name__ == "__main__":
    raise SystemExit(main())
