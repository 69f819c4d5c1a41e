"""The C heap of a long run: page-sized buffers mapped and unmapped, not left in the heap.

glibc serves an allocation above its mmap threshold with a mapping of its own and
unmaps it when it is freed. The threshold starts at 128 KiB, but glibc raises it to the
size of each mapped block that is freed (up to 32 MiB on 64-bit): after the first page
body is freed, the next bodies (50 KB to a few MB, with their decompressed and decoded
copies) are carved from the heap instead, and the holes they leave between longer-lived
objects are not given back. A crawl's parent grew about 5 kB a page that way while the
Python objects it traced stayed flat (tracemalloc at 1,000 and 3,400 pages: -3 MB).
Fixing the threshold (``mallopt(M_MMAP_THRESHOLD)`` turns the adjustment off) halved that
growth: over 6,000 pages the parent went +26 MiB by default and +12 MiB fixed at 128 KiB,
and its level fell 18 MiB; from 1,000 to 20,000 pages the crawl's process tree grew
+34 MiB with it, +90 MiB without (BENCHMARKS.md, "Memory").

``MALLOC_MMAP_THRESHOLD_`` is the same setting read by glibc when a process starts: set
here, the cleaning processes the crawl starts get it too. An operator's own value wins.
Other C libraries (musl, macOS) have no such adjustment; nothing is done there.
"""

from __future__ import annotations

import ctypes
import os

#: ``M_MMAP_THRESHOLD`` in glibc's malloc.h.
M_MMAP_THRESHOLD = -3
#: glibc's own starting threshold, kept from being raised.
MMAP_THRESHOLD = 128 * 1024
ENV = "MALLOC_MMAP_THRESHOLD_"


def pin_mmap_threshold() -> bool:
    """Fix glibc's mmap threshold in this process and in the processes it starts.

    Returns whether this process's threshold was set (False without glibc's ``mallopt``,
    or when ``MALLOC_MMAP_THRESHOLD_`` was already in the environment: glibc read it at
    start and it is left as the operator set it).
    """
    if ENV in os.environ:
        return False
    os.environ[ENV] = str(MMAP_THRESHOLD)
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))
