"""Store throughput: objects/s and MB/s on the local backend and on S3 (moto's server).

Run as ``python bench/bench_store.py``; it prints a table (``--json`` for one JSON object
a line). Each case runs for ``--seconds`` (default 1.5) with a thread pool of the given
size sharing one store, so S3 rows show what the client's connection pool and
concurrency buy. The S3 backend here is moto's server in a subprocess on 127.0.0.1:
the figures measure newsrake's client path plus a local HTTP server, not AWS.

Cases: small JSON-like objects (4 KiB), WARC-sized objects (256 KiB), both written
(``put``) and read back (``get``); conditional read-modify-write (``update_json``) on
one hot object; and one large file through ``put_file`` (multipart on S3).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.store.base import Store, update_json  # noqa: E402
from crawler.store.local import LocalStore  # noqa: E402
from crawler.store.s3 import S3Store  # noqa: E402

KiB, MiB = 1024, 1024 * 1024


@dataclass
class Row:
    """One measured case."""

    backend: str
    op: str
    size: int
    threads: int
    objects: int
    seconds: float

    @property
    def objects_per_s(self) -> float:
        return self.objects / self.seconds if self.seconds else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.objects * self.size / MiB / self.seconds if self.seconds else 0.0


def timed_loop(threads: int, seconds: float, step: Callable[[int, int], None],
               max_ops: int = 100_000) -> tuple[int, float]:
    """Run ``step(worker, i)`` on ``threads`` workers until ``seconds`` pass."""
    deadline = time.perf_counter() + seconds
    counts = [0] * threads
    budget = max_ops // threads

    def worker(w: int) -> None:
        while time.perf_counter() < deadline and counts[w] < budget:
            step(w, counts[w])
            counts[w] += 1

    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(worker, range(threads)))
    return sum(counts), time.perf_counter() - start


def bench_put_get(name: str, store: Store, size: int, threads: int, seconds: float,
                  ) -> list[Row]:
    payload = os.urandom(size)
    prefix = f"bench/{size}/{threads}"
    written: list[list[str]] = [[] for _ in range(threads)]

    def put(w: int, i: int) -> None:
        key = f"{prefix}/{w:02d}/{i:07d}.bin"
        store.put(key, payload, if_none_match=True)
        written[w].append(key)

    n, elapsed = timed_loop(threads, seconds, put)
    rows = [Row(name, "put", size, threads, n, elapsed)]

    def get(w: int, i: int) -> None:
        keys = written[w]
        store.get(keys[i % len(keys)])

    n, elapsed = timed_loop(threads, seconds, get)
    rows.append(Row(name, "get", size, threads, n, elapsed))
    return rows


def bench_update(name: str, store: Store, threads: int, seconds: float) -> Row:
    key = f"bench/hot-{threads}.json"
    store.put(key, b"[]")
    lock = threading.Lock()
    done = [0]

    def append(w: int, i: int) -> None:
        update_json(store, key, lambda cur: [*cur[-50:], f"{w}-{i}"])
        with lock:
            done[0] += 1

    n, elapsed = timed_loop(threads, seconds, append)
    return Row(name, "update_json (hot key)", 0, threads, n, elapsed)


def bench_big(name: str, store: Store, size: int) -> Row:
    with tempfile.NamedTemporaryFile(prefix="bench-", suffix=".bin") as handle:
        handle.write(os.urandom(size))
        handle.flush()
        start = time.perf_counter()
        store.put_file(f"bench/big/{size}.bin", handle.name, if_none_match=True)
        return Row(name, "put_file (multipart on S3)", size, 1, 1, time.perf_counter() - start)


@contextmanager
def backends(which: list[str]) -> Iterator[list[tuple[str, Store]]]:
    """The stores to measure; moto's server runs for as long as the block does."""
    stores: list[tuple[str, Store]] = []
    service = None
    with tempfile.TemporaryDirectory(prefix="newsrake-bench-") as tmp:
        if "local" in which:
            stores.append(("local", LocalStore(Path(tmp) / "store")))
        if "s3" in which:
            from tests.services import AWS_TEST_ENV, create_bucket, start_moto_server

            os.environ.update(AWS_TEST_ENV)
            service = start_moto_server()
            bucket = create_bucket(service.url)
            stores.append(("s3 (moto)", S3Store(bucket, "bench", endpoint_url=service.url,
                                                max_pool_connections=64,
                                                multipart_threshold=8 * MiB,
                                                multipart_chunksize=8 * MiB)))
        try:
            yield stores
        finally:
            if service is not None:
                service.stop()


def _size(size: int) -> str:
    if size == 0:
        return "-"
    return f"{size // KiB} KiB" if size < MiB else f"{size // MiB} MiB"


def print_table(rows: list[Row]) -> None:
    header = ("backend", "op", "size", "threads", "objects", "seconds", "obj/s", "MB/s")
    lines = [header] + [
        (r.backend, r.op, _size(r.size),
         str(r.threads), str(r.objects), f"{r.seconds:.2f}", f"{r.objects_per_s:,.0f}",
         f"{r.mb_per_s:,.1f}") for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for number, line in enumerate(lines):
        print("  ".join(cell.ljust(w) if i < 2 else cell.rjust(w)
                        for i, (cell, w) in enumerate(zip(line, widths, strict=True))))
        if number == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.5, help="per case (default 1.5)")
    parser.add_argument("--threads", default="1,8,32", help="thread counts (default 1,8,32)")
    parser.add_argument("--backends", default="local,s3", help="local,s3 (default both)")
    parser.add_argument("--big-mib", type=int, default=32, help="put_file size in MiB")
    parser.add_argument("--json", action="store_true", help="one JSON object a row")
    args = parser.parse_args(argv)
    threads = [int(t) for t in args.threads.split(",") if t]
    rows: list[Row] = []
    with backends(args.backends.split(",")) as stores:
        for name, store in stores:
            for size in (4 * KiB, 256 * KiB):
                for count in threads:
                    rows.extend(bench_put_get(name, store, size, count, args.seconds))
            for count in (1, 8):
                rows.append(bench_update(name, store, count, args.seconds))
            rows.append(bench_big(name, store, args.big_mib * MiB))
    if args.json:
        for row in rows:
            print(json.dumps({**asdict(row), "objects_per_s": round(row.objects_per_s, 1),
                              "mb_per_s": round(row.mb_per_s, 2)}))
    else:
        print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
