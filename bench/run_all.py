"""Run every benchmark in turn and keep each one's output under bench/results/.

``make bench`` calls this. Each benchmark is its own script (runnable alone, with
``--help``); this runner starts them one after another, so they do not compete for
the two cores, prints their output as it comes, and saves it as
``bench/results/<name>.txt`` with the command and the machine it ran on. The figures
in BENCHMARKS.md are copied from those files.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results"

#: (name, script, default arguments). Order: cheapest first.
BENCHMARKS = (
    ("clean", "bench_clean.py", []),
    ("store", "bench_store.py", []),
    ("reclean", "bench_reclean.py", []),
    ("dedup", "bench_dedup.py", []),
    ("dedup-per-page", "bench_dedup.py", ["--per-page-at", "1000000"]),
    ("e2e", "bench_e2e.py", []),
    ("e2e-memory", "bench_e2e.py", ["--pages", "300", "--backends", "local", "--workers", "2",
                                    "--memory-pages", "20000"]),
)


def machine() -> str:
    """One line about the machine: CPU model, cores, Python."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks; exit 1 if any failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", default=[b[0] for b in BENCHMARKS],
                        help="which benchmarks (default: all)")
    args = parser.parse_args(argv)
    RESULTS.mkdir(exist_ok=True)
    failed = []
    for name, script, extra in BENCHMARKS:
        if name not in args.names:
            continue
        command = [sys.executable, str(BENCH / script), *extra]
        shown = " ".join(["python", f"bench/{script}", *extra])
        print(f"== {name}: {shown}", flush=True)
        started = time.perf_counter()
        proc = subprocess.run(command, capture_output=True, text=True, check=False)
        took = time.perf_counter() - started
        sys.stdout.write(proc.stdout)
        sys.stderr.write(proc.stderr[-2000:] if proc.returncode else "")
        header = (f"command: {shown}\nmachine: {machine()}\n"
                  f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n"
                  f"exit: {proc.returncode}, {took:.0f} s\n\n")
        (RESULTS / f"{name}.txt").write_text(header + proc.stdout, encoding="utf-8")
        if proc.returncode not in (0,):
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
