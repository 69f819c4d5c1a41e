"""Benchmark: signatures plus index over N synthetic documents (default 1,000,000).

    python bench/bench_dedup.py [--docs N] [--batch B]

Prints documents per second on one core (signature + LSH query + verification + cluster
update, through ``EmbeddedIndex.assign_many``; generating the synthetic text is not timed)
and memory per indexed document.

What the memory figure includes: the growth of the process's resident set size (RSS)
from an empty index to the index holding N documents, after the last batch of text is
freed: signatures (16-bit x 128), the LSH table (8 bytes x 42 bands), per-page arrays
(shingle count, text-hash prefix, time, cluster ring), the url-key dict and the
origin-choice metadata blob of each page, plus allocator slack (array capacity grows
by doubling). ``arrays`` is the numpy part alone.

Synthetic documents: 250-600 words drawn from a 50,000-word vocabulary; 5% are
near-duplicates of an earlier document (a sentence added, the last 20 words dropped).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.dedup import EmbeddedIndex, PageEntry
from crawler.store import LocalStore


def rss_bytes() -> int:
    """Resident set size of this process."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def make_batch(rng: random.Random, vocab: list[str], start: int, n: int,
               recent: list[str]) -> list[PageEntry]:
    out = []
    for i in range(start, start + n):
        if recent and rng.random() < 0.05:
            base = rng.choice(recent).split()
            text = " ".join(base[:-20]) + " This story was republished from a partner."
        else:
            text = " ".join(rng.choices(vocab, k=rng.randint(250, 600)))
            if len(recent) < 2000:
                recent.append(text)
            else:
                recent[rng.randrange(2000)] = text
        key = hashlib.sha256(str(i).encode()).hexdigest()[:24]
        out.append(PageEntry(key, f"https://site{i % 97}.example/news/{i}", text,
                             hashlib.sha256(text.encode()).hexdigest(), site=f"site{i % 97}",
                             published="2026-04-01T08:00:00Z",
                             fetched_at="2026-04-01T09:00:00Z"))
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=2000)
    args = parser.parse_args(argv)
    rng = random.Random(7)
    vocab = sorted({"".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(2, 11)))
                    for _ in range(60_000)})[:50_000]
    with tempfile.TemporaryDirectory() as tmp:
        index = EmbeddedIndex(LocalStore(tmp), window_days=None, clock=lambda: 1.78e9)
        recent: list[str] = []
        gc.collect()
        base_rss = rss_bytes()
        timed = 0.0
        duplicates = 0
        done = 0
        while done < args.docs:
            n = min(args.batch, args.docs - done)
            batch = make_batch(rng, vocab, done, n, recent)
            t0 = time.perf_counter()
            results = index.assign_many(batch)
            timed += time.perf_counter() - t0
            duplicates += sum(1 for a in results if a.rule != "new")
            done += n
            del batch, results
            if done % 100_000 == 0:
                print(f"  {done:>9,} docs  {done / timed:,.0f} docs/s", flush=True)
        recent.clear()
        gc.collect()
        grown = rss_bytes() - base_rss
        arrays = index._backend.nbytes()
        print(f"documents: {done:,} ({duplicates:,} matched an earlier one)")
        print(f"throughput: {done / timed:,.0f} docs/s (one core, signatures + index)")
        print(f"memory: {grown / done:,.0f} bytes/doc (RSS growth), "
              f"arrays {arrays / done:,.0f} bytes/doc")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
