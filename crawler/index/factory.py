"""Opening an index: the Redis-backed one when a URL is given, else the embedded one.

The one place that knows every backend; a new index backend is added here.
"""

from __future__ import annotations

from crawler.index.base import DEFAULT_WINDOW_DAYS, DedupIndex
from crawler.index.embedded import EmbeddedIndex
from crawler.store.base import Store


def open_index(store: Store, *, redis_url: str | None,
               window_days: int = DEFAULT_WINDOW_DAYS) -> DedupIndex:
    """The shared Redis index when ``redis_url`` is given, else the embedded one."""
    if redis_url:
        from crawler.index.redis_backend import RedisIndex

        return RedisIndex.from_url(redis_url, window_days=window_days)
    return EmbeddedIndex(store, window_days=window_days)
