"""Options every long command shares: ``--progress``, ``--metrics-port``, ``--metrics-addr``.

The crawl hands them to its Scrapy extension (crawler/crawl/observe.py) as settings;
the jobs (reclean, export, verify) get a ``Progress`` and, when asked, a metrics
server over their progress (``observe_job``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from crawler.observe.metrics import MetricsServer, StatsCollector
from crawler.observe.progress import Progress

#: ``--progress`` choices: auto = a live display on a terminal, plain lines otherwise.
PROGRESS_MODES = ("auto", "live", "plain", "off")

ProgressHook = Callable[[int, "int | None"], None]


def add_observe_arguments(parser: argparse.ArgumentParser, *, metrics: bool = True) -> None:
    """Add ``--progress`` (and ``--metrics-port``/``--metrics-addr``) to a command."""
    parser.add_argument("--progress", choices=PROGRESS_MODES, default="auto",
                        help="live display on a terminal, plain lines every 10 s otherwise "
                             "(default auto); off for none")
    if metrics:
        parser.add_argument("--metrics-port", type=int, default=None, metavar="PORT",
                            help="serve Prometheus metrics on PORT while the run lasts "
                                 "(0: pick a free port and print it)")
        parser.add_argument("--metrics-addr", default="127.0.0.1", metavar="ADDR",
                            help="address of the metrics server (default 127.0.0.1; "
                                 "0.0.0.0 in a container)")


def crawl_observe_settings(args: argparse.Namespace) -> dict[str, Any]:
    """The Scrapy settings that switch on the crawl's progress and metrics."""
    return {"NEWSRAKE_PROGRESS": args.progress,
            "NEWSRAKE_METRICS_PORT": getattr(args, "metrics_port", None),
            "NEWSRAKE_METRICS_ADDR": getattr(args, "metrics_addr", "127.0.0.1")}


def make_progress(args: argparse.Namespace, label: str) -> Progress:
    """The progress display ``--progress`` asks for."""
    mode = getattr(args, "progress", "auto")
    return Progress(label, live={"live": True, "plain": False}.get(mode),
                    enabled=mode != "off")


@contextmanager
def observe_job(args: argparse.Namespace, label: str, job: str) -> Iterator[ProgressHook]:
    """A ``(done, total)`` hook for a job: progress display, and metrics when asked for."""
    progress = make_progress(args, label)
    state: dict[str, int] = {}
    server = None
    port = getattr(args, "metrics_port", None)
    if port is not None:
        collector = StatsCollector(lambda: dict(state), job, "",
                                   progress=lambda: (progress.done, progress.total))
        server = MetricsServer(collector, port, getattr(args, "metrics_addr", "127.0.0.1"))
        print(f"newsrake: metrics on {server.url}", flush=True)

    def hook(done: int, total: int | None) -> None:
        state[f"{job}/progress/done"] = done
        progress.update(done, total)

    try:
        yield hook
    finally:
        progress.close()
        if server is not None:
            server.close()
