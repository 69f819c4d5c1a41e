"""Cleaning off the reactor: ``cleaners.clean`` in a process pool, so every core cleans.

``cleaners`` is pure, so a page and its URL go to a worker process and a ``Document``
comes back; nothing else crosses the process boundary.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor

import cleaners
from cleaners import Document


def clean_page(body: bytes, url: str) -> Document:
    """``cleaners.clean`` with the default configuration (picklable for the pool)."""
    return cleaners.clean(body, url)


def default_workers() -> int:
    """Worker processes for cleaning: one per core the process may use."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else (os.cpu_count() or 1))


class PoolCleaner:
    """A callable ``(body, url) -> Document`` that cleans in worker processes."""

    def __init__(self, workers: int) -> None:
        # forkserver: the crawl process runs a reactor and threads, which fork() copies badly.
        context = multiprocessing.get_context("forkserver")
        self._pool: Executor = ProcessPoolExecutor(max_workers=workers, mp_context=context)

    def __call__(self, body: bytes, url: str) -> Document:
        return self._pool.submit(clean_page, body, url).result()

    def close(self) -> None:
        """Stop the worker processes."""
        self._pool.shutdown(wait=True, cancel_futures=True)
