"""The shared Redis frontier of a distributed crawl, and who may clear it.

scrapy-redis keeps one request queue and one duplicate filter in Redis for every worker
of a crawl. Its own rule, "clear them when a worker closes", breaks when workers do not
end together: a worker that finds the queue empty closes and clears the filter while
another still runs and adds to it; if that one is then killed, its fingerprints stay,
and every later run drops those pages as duplicates, for good (found by
tests/test_redis_kill.py). The store, not the queue, must say what is done.

So newsrake clears the frontier itself, under a Redis lock: a worker registers when it
starts and unregisters when it ends, and the frontier is cleared only when no live
worker is registered, at the start of a run that finds none (what a killed run left
is stale) and at the end of the last one. A worker is live while its heartbeat is
fresh (``HEARTBEAT_SECONDS``, refreshed by a thread) and, when it ran on this host,
while its process exists: a worker killed with SIGKILL on this host is known dead at
once, one on another host when its heartbeat goes stale.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import redis

from crawler.ingest.recovery import owner_gone, process_owner

#: Keys scrapy-redis uses for the news spider (``crawler/crawl/run.py`` sets them).
QUEUE_KEY = "newsrake:news:requests"
DUPEFILTER_KEY = "newsrake:news:dupefilter"
#: Registered workers: a hash of worker id -> JSON {host, pid, started, beat}.
WORKERS_KEY = "newsrake:news:workers"
LOCK_KEY = "newsrake:news:frontier-lock"
#: A worker refreshes its heartbeat this often; one silent for ``STALE_AFTER`` is dead.
HEARTBEAT_SECONDS = 5.0
STALE_AFTER = 60.0


def is_live(entry: dict[str, Any], now: float) -> bool:
    """Whether a registered worker is still running (``entry``: its owner and beat)."""
    if now - float(entry.get("beat", 0)) > STALE_AFTER:
        return False
    return owner_gone(entry) is not True


def live_workers(client: Any, now: float | None = None) -> dict[str, dict[str, Any]]:
    """The registered workers still running; dead ones are unregistered."""
    now = time.time() if now is None else now
    live: dict[str, dict[str, Any]] = {}
    for worker, raw in client.hgetall(WORKERS_KEY).items():
        entry = json.loads(raw)
        if is_live(entry, now):
            live[worker.decode() if isinstance(worker, bytes) else str(worker)] = entry
        else:
            client.hdel(WORKERS_KEY, worker)
    return live


def clear_frontier(client: Any) -> None:
    client.delete(QUEUE_KEY, DUPEFILTER_KEY)


@contextmanager
def frontier_lease(redis_url: str) -> Iterator[bool]:
    """Hold a place in the shared frontier for one crawl; yields whether it was cleared.

    At the start, a frontier no live worker holds is cleared (a killed run's queue and
    duplicate filter are stale); at the end, the last worker out clears it.
    """
    client = redis.Redis.from_url(redis_url)
    worker = uuid.uuid4().hex
    entry = process_owner()

    def beat() -> None:
        client.hset(WORKERS_KEY, worker, json.dumps({**entry, "beat": time.time()}))

    with client.lock(LOCK_KEY, timeout=30, blocking_timeout=60):
        cleared = not live_workers(client)
        if cleared:
            clear_frontier(client)
        beat()
    stop = threading.Event()

    def heartbeat() -> None:
        while not stop.wait(HEARTBEAT_SECONDS):
            with suppress(redis.RedisError):  # Redis away a moment: the next beat tries
                beat()

    thread = threading.Thread(target=heartbeat, name="newsrake-frontier-heartbeat",
                              daemon=True)
    thread.start()
    try:
        yield cleared
    finally:
        stop.set()
        thread.join(timeout=HEARTBEAT_SECONDS)
        with client.lock(LOCK_KEY, timeout=30, blocking_timeout=60):
            client.hdel(WORKERS_KEY, worker)
            if not live_workers(client):
                clear_frontier(client)
        client.close()
