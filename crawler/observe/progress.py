"""``Progress``: one progress display for every long command (crawl, reclean, export, verify).

On a terminal it is a live rich display; otherwise (a log file, a container, CI) it
prints a plain line every ``interval`` seconds and one at the end, so a long run
still shows it is alive without filling the log with control codes.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Mapping
from types import TracebackType
from typing import IO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichProgress

#: Seconds between plain progress lines when the output is not a terminal.
PLAIN_INTERVAL = 10.0


def _figures_text(figures: Mapping[str, int]) -> str:
    return " ".join(f"{name}={value}" for name, value in figures.items())


class Progress:
    """Report ``(done, total, figures)`` as a command goes; thread-safe.

    Args:
        label: what is counted, e.g. "crawl pages".
        stream: where to report (default stderr).
        live: a rich live display (default: when ``stream`` is a terminal).
        interval: seconds between plain lines.
        enabled: False reports nothing (``--no-progress``).
    """

    def __init__(self, label: str, *, stream: IO[str] | None = None, live: bool | None = None,
                 interval: float = PLAIN_INTERVAL, enabled: bool = True) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.live = enabled and (self.stream.isatty() if live is None else live)
        self.interval = interval
        self.done = 0
        self.total: int | None = None
        self.figures: dict[str, int] = {}
        self._lock = threading.Lock()
        self._last_line = time.monotonic()
        self._started = time.monotonic()
        self._bar: RichProgress | None = None
        self._task = None
        if self.live:
            self._bar = RichProgress(
                TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                TimeRemainingColumn(), TextColumn("{task.fields[figures]}"),
                console=Console(file=self.stream), transient=False)
            self._task = self._bar.add_task(label, total=None, figures="")
            self._bar.start()

    def update(self, done: int, total: int | None = None,
               figures: Mapping[str, int] | None = None) -> None:
        """Record progress: ``done`` of ``total`` (None: unknown) and headline figures."""
        if not self.enabled:
            return
        with self._lock:
            self.done, self.total = done, total
            if figures is not None:
                self.figures = dict(figures)
            if self._bar is not None and self._task is not None:
                self._bar.update(self._task, completed=done, total=total,
                                 figures=_figures_text(self.figures))
            elif time.monotonic() - self._last_line >= self.interval:
                self._print_line()

    def line(self) -> str:
        """The plain progress line for the current state."""
        of = f"/{self.total}" if self.total is not None else ""
        share = (f" ({100 * self.done // self.total}%)" if self.total else "")
        elapsed = int(time.monotonic() - self._started)
        figures = _figures_text(self.figures)
        return (f"{self.label}: {self.done}{of}{share} after {elapsed}s"
                + (f" {figures}" if figures else ""))

    def _print_line(self) -> None:
        print(self.line(), file=self.stream, flush=True)
        self._last_line = time.monotonic()

    def close(self) -> None:
        """Stop the live display, or print the last plain line."""
        if not self.enabled:
            return
        with self._lock:
            if self._bar is not None:
                self._bar.stop()
                self._bar = None
            else:
                self._print_line()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
