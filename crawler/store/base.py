"""The store's interface: the ``Store`` protocol, its errors, and the JSON helpers every
backend shares.

The store: one key/value interface over a local folder or an S3-compatible bucket.

Both backends hold the same layout (see docs/bucket-layout.md). Keys are relative,
``/``-separated, and never start with ``/``, contain ``..`` or a segment starting with
``.`` (hidden names are the local backend's own: temporary files and lock files).
Listings are sorted, so shards over a listing are deterministic.

Every write is atomic: a reader sees the old object or the new one, never a part.
Writes that two workers could race on use conditional puts: ``if_none_match=True``
(create only) or ``if_match=ETAG`` (replace only the version that was read); a lost race
raises ``PreconditionFailed``. ``update_json`` wraps the read -> change -> conditional
put -> retry loop, so read-modify-write of a shared JSON object never loses an update.

The local backend makes conditional writes safe across threads *and* processes: every
write of a key holds an exclusive ``flock`` on one of a fixed set of lock files
(``.newsrake/locks/`` under the root) chosen by the key's hash. The S3 backend relies on
the service's own atomic ``If-None-Match``/``If-Match`` handling, and uploads every
object with a SHA-256 checksum the service verifies; large objects go up as checksummed
multipart uploads whose completion carries the same conditions.

Counters are kept in each backend's ``stats`` (``store/put/objects``, ``store/put/bytes``,
``store/put/precondition_failed``, ``store/s3/retries``, ``store/update/retries``, ...).

Backends (crawler/store/local.py, crawler/store/s3.py) import this module; it imports
none of them.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO, Any, Protocol

#: Attempts ``update_json`` makes before giving up on a hot object.
UPDATE_ATTEMPTS = 50


_HIDDEN_DIR = ".newsrake"
_COPY_CHUNK = 1024 * 1024



class StoreError(Exception):
    """A store operation failed; the message says which key and what to do."""


class StoreUnavailable(StoreError):
    """The store cannot be reached or refuses service (network, 5xx, throttling or
    credentials) after the backend's retries: nothing about the object is known."""


class NotFound(StoreError):
    """The key does not exist."""


class PreconditionFailed(StoreError):
    """A conditional write lost a race: the object exists, or changed since it was read."""


class InvalidKey(StoreError):
    """The key could escape the store root or is otherwise malformed."""


@dataclass(frozen=True, slots=True)
class Blob:
    """An object's bytes and its entity tag (the token ``if_match`` takes)."""

    data: bytes
    etag: str


def check_key(key: str) -> str:
    """Return ``key`` if it is a safe relative key, else raise ``InvalidKey``."""
    if not key or key.startswith("/") or "\\" in key or "\x00" in key:
        raise InvalidKey(f"invalid store key {key!r}: keys are relative, '/'-separated paths")
    if key.endswith("/"):
        raise InvalidKey(f"invalid store key {key!r}: a key names an object, not a folder")
    segments = key.split("/")
    if any(s in ("..", ".", "") for s in segments):
        raise InvalidKey(f"invalid store key {key!r}: '.', '..' and empty segments are refused")
    if any(s.startswith(".") for s in segments):
        raise InvalidKey(f"invalid store key {key!r}: segments starting with '.' are reserved "
                         "for the store's own temporary and lock files; rename the key")
    if PurePosixPath(key).is_absolute():  # defensive: the checks above already refuse it
        raise InvalidKey(f"invalid store key {key!r}: keys are relative")
    return key


class Store(Protocol):
    """What every backend offers. Keys are checked with ``check_key``."""

    uri: str

    def put(self, key: str, data: bytes, *, content_type: str = "application/octet-stream",
            if_none_match: bool = False, if_match: str | None = None) -> str:
        """Write ``data`` at ``key`` and return its new etag."""
        ...

    def put_file(self, key: str, source: str | os.PathLike[str] | IO[bytes], *,
                 content_type: str = "application/octet-stream",
                 if_none_match: bool = False, if_match: str | None = None) -> str:
        """Write a file's bytes at ``key`` (multipart when large) and return the etag."""
        ...

    def get(self, key: str) -> Blob:
        """Read ``key``; raise ``NotFound`` if it is absent."""
        ...

    def exists(self, key: str) -> bool:
        """Whether ``key`` exists."""
        ...

    def list(self, prefix: str = "") -> Iterator[str]:
        """Keys under ``prefix`` (a plain string prefix), sorted."""
        ...

    def delete(self, key: str, *, if_match: str | None = None) -> None:
        """Remove ``key``; absent keys are not an error unless ``if_match`` is given."""
        ...


def _etag(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def _b64_sha256(data: bytes) -> str:
    return base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")


class _Stats:
    """A thread-safe counter of namespaced stats keys."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.counts: Counter[str] = Counter()

    def inc(self, key: str, n: int = 1) -> None:
        with self._lock:
            self.counts[key] += n



@contextlib.contextmanager
def _open_source(source: str | os.PathLike[str] | IO[bytes]) -> Iterator[IO[bytes]]:
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as handle:
            yield handle
    else:
        yield source



# --------------------------------------------------------------------------- helpers


def get_json(store: Store, key: str) -> tuple[Any, str]:
    """Read and parse a JSON object; return ``(value, etag)``."""
    blob = store.get(key)
    try:
        return json.loads(blob.data), blob.etag
    except ValueError as exc:
        raise StoreError(f"{key} in {store.uri} is not valid JSON ({exc}); "
                         "run `newsrake verify` and restore it from history") from exc


def dump_json(value: Any) -> bytes:
    """The canonical serialisation of stored JSON objects (sorted keys, compact, UTF-8).

    No indentation: with ``indent`` the json module falls back to its pure-Python
    encoder, which cost re-clean 5-8 ms a page; ``jq`` or ``python -m json.tool``
    pretty-print for people.
    """
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def update_json(store: Store, key: str, fn: Callable[[Any], Any], *,
                attempts: int = UPDATE_ATTEMPTS, backoff: float = 0.005,
                max_backoff: float = 0.5) -> tuple[Any | None, str | None]:
    """Read-modify-write the JSON object at ``key`` without losing a concurrent update.

    ``fn`` gets the current value (``None`` if the object is absent) and returns the new
    value, or ``None`` to leave the object as it is. The write is conditional on the
    version read (``if_match``, or ``if_none_match`` when creating); when another writer
    got there first, the object is read again and ``fn`` called again, after a jittered
    exponential backoff. ``fn`` may therefore run several times: keep it pure.

    Returns:
        ``(value, etag)`` as written, or as found when ``fn`` returned ``None``.
    Raises:
        PreconditionFailed: still losing after ``attempts`` tries.
    """
    count: Callable[[str], None] | None = getattr(store, "count", None)
    for attempt in range(attempts):
        try:
            current, etag = get_json(store, key)
        except NotFound:
            current, etag = None, None
        new = fn(current)
        if new is None:
            return current, etag
        try:
            if etag is None:
                new_etag = store.put(key, dump_json(new), content_type="application/json",
                                     if_none_match=True)
            else:
                new_etag = store.put(key, dump_json(new), content_type="application/json",
                                     if_match=etag)
        except PreconditionFailed:
            if count is not None:
                count("store/update/retries")
            delay = min(max_backoff, backoff * (2 ** min(attempt, 16)))
            time.sleep(random.uniform(0, delay))
            continue
        return new, new_etag
    raise PreconditionFailed(f"update of {key} in {store.uri} lost {attempts} races in a row: "
                             "the object is too hot; shard it or raise attempts")
