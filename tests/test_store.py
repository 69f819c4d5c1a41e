"""The store contract, run on both backends: a local folder and moto's S3 server
(a separate process reached over HTTP, see tests/services.py)."""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crawler.store.base import (
    Blob,
    InvalidKey,
    NotFound,
    PreconditionFailed,
    Store,
    StoreError,
    check_key,
    update_json,
)
from crawler.store.factory import open_store
from crawler.store.local import LocalStore
from crawler.store.s3 import S3Store

Backend = LocalStore | S3Store
REPO = Path(__file__).resolve().parents[1]
MiB = 1024 * 1024


def store_uri(store: Store) -> str:
    """A URI another process can open the same store with."""
    return store.uri


# --------------------------------------------------------------------------- keys


@pytest.mark.parametrize("key", [
    "docs/ab/abc.json", "raw/1b/1b2/20261125T175300Z.warc.gz", "a", "runs/x-y_z.json",
])
def test_check_key_accepts_layout_keys(key: str) -> None:
    assert check_key(key) == key


@pytest.mark.parametrize("key", [
    "", "/etc/passwd", "../x", "a/../../x", "a/./b", "a//b", "a/", "a\\b", "a\x00b",
    ".tmp-x", "docs/.hidden", ".newsrake/locks/00.lock",
])
def test_check_key_refuses_unsafe_keys(key: str) -> None:
    with pytest.raises(InvalidKey):
        check_key(key)


def test_local_keys_cannot_escape_root_through_symlinks(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    store = LocalStore(tmp_path / "store")
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "docs").symlink_to(outside)
    with pytest.raises(InvalidKey, match="outside"):
        store.put("docs/x.json", b"{}")
    assert list(outside.iterdir()) == []


# --------------------------------------------------------------------------- basics


def test_put_get_roundtrip_and_etag(any_store: Store) -> None:
    etag = any_store.put("docs/ab/abc.json", b'{"a": 1}', content_type="application/json")
    blob = any_store.get("docs/ab/abc.json")
    assert blob == Blob(b'{"a": 1}', etag)
    assert etag == hashlib.md5(b'{"a": 1}').hexdigest()
    assert any_store.exists("docs/ab/abc.json")
    assert not any_store.exists("docs/ab/other.json")


def test_get_missing_raises_not_found(any_store: Store) -> None:
    with pytest.raises(NotFound, match="nope"):
        any_store.get("docs/no/nope.json")


def test_list_is_sorted_and_prefix_filtered(any_store: Store) -> None:
    keys = ["pages/b1/b1x.json", "docs/zz/zz1.json", "docs/ab/ab2.json", "docs/ab/ab1.json",
            "docs-history/ab/ab1/000001.json", "manifests/r1/00002.jsonl",
            "manifests/r1/00001.jsonl", "manifests/r10/00001.jsonl"]
    for key in keys:
        any_store.put(key, b"x")
    assert list(any_store.list()) == sorted(keys)
    assert list(any_store.list("docs/")) == ["docs/ab/ab1.json", "docs/ab/ab2.json",
                                              "docs/zz/zz1.json"]
    assert list(any_store.list("docs")) == sorted(k for k in keys if k.startswith("docs"))
    assert list(any_store.list("manifests/r1/")) == ["manifests/r1/00001.jsonl",
                                                      "manifests/r1/00002.jsonl"]
    assert list(any_store.list("nothing/")) == []


def test_delete_is_idempotent(any_store: Store) -> None:
    any_store.put("a/b", b"x")
    any_store.delete("a/b")
    any_store.delete("a/b")
    assert not any_store.exists("a/b")
    assert list(any_store.list()) == []


# --------------------------------------------------------------------------- conditions


def test_if_none_match_creates_once(any_store: Store) -> None:
    any_store.put("manifests/r/00001.jsonl", b"first", if_none_match=True)
    with pytest.raises(PreconditionFailed):
        any_store.put("manifests/r/00001.jsonl", b"second", if_none_match=True)
    assert any_store.get("manifests/r/00001.jsonl").data == b"first"


def test_if_match_replaces_only_the_version_read(any_store: Store) -> None:
    first = any_store.put("docs/ab/ab.json", b"v1")
    second = any_store.put("docs/ab/ab.json", b"v2", if_match=first)
    with pytest.raises(PreconditionFailed):
        any_store.put("docs/ab/ab.json", b"v3-stale", if_match=first)
    assert any_store.get("docs/ab/ab.json") == Blob(b"v2", second)


def test_if_match_on_missing_key_fails(any_store: Store) -> None:
    with pytest.raises(PreconditionFailed):
        any_store.put("docs/ab/absent.json", b"x", if_match="0" * 32)
    assert not any_store.exists("docs/ab/absent.json")


def test_conditional_delete(any_store: Store) -> None:
    etag = any_store.put("docs/ab/ab.json", b"v1")
    newer = any_store.put("docs/ab/ab.json", b"v2")
    with pytest.raises(PreconditionFailed):
        any_store.delete("docs/ab/ab.json", if_match=etag)
    assert any_store.exists("docs/ab/ab.json")
    any_store.delete("docs/ab/ab.json", if_match=newer)
    assert not any_store.exists("docs/ab/ab.json")
    with pytest.raises(PreconditionFailed):
        any_store.delete("docs/ab/ab.json", if_match=newer)


# --------------------------------------------------------------------------- update_json


def test_update_json_creates_then_updates(any_store: Store) -> None:
    value, etag = update_json(any_store, "index/state.json",
                              lambda cur: {"n": 1} if cur is None else None)
    assert value == {"n": 1}
    assert etag == any_store.get("index/state.json").etag
    value, _ = update_json(any_store, "index/state.json", lambda cur: {"n": cur["n"] + 1})
    assert value == {"n": 2}
    assert json.loads(any_store.get("index/state.json").data) == {"n": 2}


def test_update_json_none_leaves_object_untouched(any_store: Store) -> None:
    etag = any_store.put("index/state.json", b'{"n": 5}')
    value, found = update_json(any_store, "index/state.json", lambda cur: None)
    assert (value, found) == ({"n": 5}, etag)
    assert any_store.get("index/state.json").etag == etag


def test_update_json_retries_after_a_lost_race(any_store: Backend) -> None:
    any_store.put("index/list.json", b"[]")
    calls: list[Any] = []

    def append(current: Any) -> Any:
        calls.append(list(current))
        if len(calls) == 1:  # another writer slips in between our read and our write
            any_store.put("index/list.json", b'["other"]')
        return [*current, "mine"]

    value, _ = update_json(any_store, "index/list.json", append)
    assert value == ["other", "mine"]
    assert calls == [[], ["other"]]
    assert any_store.stats["store/update/retries"] == 1


def test_update_json_gives_up_after_attempts(any_store: Store) -> None:
    any_store.put("index/hot.json", b"0")
    counter = iter(range(1, 1000))  # never the current "0"

    def always_lose(current: Any) -> Any:
        any_store.put("index/hot.json", str(next(counter)).encode())
        return -1

    with pytest.raises(PreconditionFailed, match="lost 3 races"):
        update_json(any_store, "index/hot.json", always_lose, attempts=3, backoff=0)


def _append_markers(store: Store, key: str, markers: list[str]) -> None:
    for marker in markers:
        update_json(store, key, functools.partial(_appended, marker=marker))


def _appended(current: list[str], *, marker: str) -> list[str]:
    return [*current, marker]


def test_racing_threads_lose_no_update(any_store: Backend) -> None:
    key = "docs/ra/race.json"
    any_store.put(key, b"[]")
    workers, each = 8, 12
    threads = [threading.Thread(target=_append_markers,
                                args=(any_store, key, [f"t{w}-{i}" for i in range(each)]))
               for w in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    found = json.loads(any_store.get(key).data)
    assert sorted(found) == sorted(f"t{w}-{i}" for w in range(workers) for i in range(each))
    # the race was real: some writers had to retry
    assert any_store.stats["store/update/retries"] > 0


# Run in separate interpreters: each opens the store by URI and appends its markers.
_WORKER = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from crawler.store.factory import open_store
from crawler.store.base import update_json
uri, endpoint, key, name, count, start_at = sys.argv[2:8]
store = open_store(uri, endpoint_url=endpoint or None)
while time.time() < float(start_at):
    time.sleep(0.005)
for i in range(int(count)):
    update_json(store, key, lambda cur, m=f"{name}-{i}": [*cur, m])
print(store.stats["store/update/retries"])
"""


def _run_workers(store: Store, key: str, workers: int, each: int, script: str = _WORKER,
                 ) -> list[str]:
    endpoint = getattr(store, "endpoint_url", None) or ""
    start_at = time.time() + 2.0  # all interpreters are up and importing by then
    procs = [subprocess.Popen([sys.executable, "-c", script, str(REPO), store_uri(store),
                               endpoint, key, f"p{w}", str(each), str(start_at)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for w in range(workers)]
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
        outputs.append(out.decode().strip())
    return outputs


def test_racing_processes_lose_no_update(any_store: Store) -> None:
    key = "docs/ra/race.json"
    any_store.put(key, b"[]")
    workers, each = 4, 15
    retries = _run_workers(any_store, key, workers, each)
    found = json.loads(any_store.get(key).data)
    assert sorted(found) == sorted(f"p{w}-{i}" for w in range(workers) for i in range(each))
    assert sum(int(r) for r in retries) > 0, "the processes never raced; the test is moot"


_CREATOR = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from crawler.store.factory import open_store
from crawler.store.base import PreconditionFailed
uri, endpoint, key, name, count, start_at = sys.argv[2:8]
store = open_store(uri, endpoint_url=endpoint or None)
while time.time() < float(start_at):
    time.sleep(0.001)
try:
    store.put(key, name.encode(), if_none_match=True)
    print("won")
except PreconditionFailed:
    print("lost")
"""


def test_racing_creators_exactly_one_wins(any_store: Store) -> None:
    key = "manifests/r/00001.jsonl"
    outcomes = _run_workers(any_store, key, 5, 1, script=_CREATOR)
    assert sorted(outcomes) == ["lost"] * 4 + ["won"]
    winner = outcomes.index("won")
    assert any_store.get(key).data == f"p{winner}".encode()


# --------------------------------------------------------------------------- big objects


@pytest.fixture
def multipart_store(any_store: Store, request: pytest.FixtureRequest) -> Store:
    """``any_store``, with a 5 MiB multipart threshold on S3."""
    if isinstance(any_store, S3Store):
        s3_store: Callable[..., S3Store] = request.getfixturevalue("s3_store")
        return s3_store("mp", multipart_threshold=5 * MiB, multipart_chunksize=5 * MiB,
                        multipart_concurrency=3)
    return any_store


def test_put_file_large_object_roundtrip(multipart_store: Store, tmp_path: Path) -> None:
    data = os.urandom(12 * MiB + 123)
    path = tmp_path / "big.warc.gz"
    path.write_bytes(data)
    etag = multipart_store.put_file("raw/bi/big/20261125T175300Z.warc.gz", path,
                                    content_type="application/warc", if_none_match=True)
    blob = multipart_store.get("raw/bi/big/20261125T175300Z.warc.gz")
    assert blob.data == data
    assert blob.etag == etag
    if isinstance(multipart_store, S3Store):
        assert etag.endswith("-3")  # three parts: 5 + 5 + 2 MiB
        assert multipart_store.stats["store/put/multipart"] == 1
        # the parts went up with their SHA-256: the service combined them into the
        # composite checksum, sha256 over the parts' digests
        parts = [data[i:i + 5 * MiB] for i in range(0, len(data), 5 * MiB)]
        composite = hashlib.sha256(b"".join(hashlib.sha256(p).digest() for p in parts))
        head = multipart_store.head("raw/bi/big/20261125T175300Z.warc.gz")
        stored = str(head.get("ChecksumSHA256", "")).split("-")[0]
        assert stored == base64.b64encode(composite.digest()).decode()


def test_put_file_conditions_on_large_objects(multipart_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(os.urandom(6 * MiB))
    first = multipart_store.put_file("raw/bi/big/a.bin", path, if_none_match=True)
    with pytest.raises(PreconditionFailed):
        multipart_store.put_file("raw/bi/big/a.bin", path, if_none_match=True)
    with pytest.raises(PreconditionFailed):
        multipart_store.put_file("raw/bi/big/a.bin", path, if_match="0" * 32)
    second = multipart_store.put_file("raw/bi/big/a.bin", path, if_match=first)
    assert multipart_store.get("raw/bi/big/a.bin").etag == second
    if isinstance(multipart_store, S3Store):  # refused uploads were aborted, not left
        uploads = multipart_store.client.list_multipart_uploads(Bucket=multipart_store.bucket)
        assert uploads.get("Uploads", []) == []


def test_put_file_accepts_file_objects(any_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "small.bin"
    path.write_bytes(b"0123456789")
    with path.open("rb") as handle:
        handle.seek(4)
        any_store.put_file("a/b.bin", handle)
    assert any_store.get("a/b.bin").data == b"456789"


# --------------------------------------------------------------------------- backend specifics


@pytest.mark.s3
def test_s3_uploads_carry_sha256_checksums(s3_store: Callable[..., S3Store]) -> None:
    store = s3_store()
    store.put("docs/ab/ab.json", b'{"x": 1}')
    head = store.head("docs/ab/ab.json")
    expected = base64.b64encode(hashlib.sha256(b'{"x": 1}').digest()).decode()
    assert head["ChecksumSHA256"] == expected


@pytest.mark.s3
def test_s3_prefix_isolates_layouts(s3_store: Callable[..., S3Store]) -> None:
    store = s3_store("tenant-a")
    other = S3Store(store.bucket, "tenant-b", endpoint_url=store.endpoint_url)
    store.put("docs/ab/ab.json", b"a")
    other.put("docs/ab/ab.json", b"b")
    assert list(store.list()) == ["docs/ab/ab.json"]
    assert store.get("docs/ab/ab.json").data == b"a"
    assert store.uri.endswith("/tenant-a/")


@pytest.mark.s3
def test_s3_missing_bucket_names_the_fix(moto_endpoint: str) -> None:
    store = S3Store("no-such-bucket-here", endpoint_url=moto_endpoint)
    with pytest.raises(StoreError, match="create it or fix the store URI"):
        store.put("a", b"x")


def test_s3_unreachable_endpoint_names_the_fix(aws_test_env: None) -> None:
    from tests.services import free_port

    store = S3Store("bucket", endpoint_url=f"http://127.0.0.1:{free_port()}", max_attempts=1)
    with pytest.raises(StoreError, match="check the endpoint"):
        store.get("a")


def test_s3_retry_mode_is_checked(aws_test_env: None) -> None:
    adaptive = S3Store("bucket", endpoint_url="http://127.0.0.1:9", retry_mode="adaptive")
    assert adaptive.client.meta.config.retries["mode"] == "adaptive"
    with pytest.raises(StoreError, match="standard"):
        S3Store("bucket", endpoint_url="http://127.0.0.1:9", retry_mode="fast")


def test_local_write_failure_leaves_old_object_and_no_temp(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           ) -> None:
    store = LocalStore(tmp_path)
    store.put("docs/ab/ab.json", b"old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space"):
        store.put("docs/ab/ab.json", b"new")
    monkeypatch.undo()
    assert store.get("docs/ab/ab.json").data == b"old"
    leftovers = [p.name for p in (tmp_path / "docs" / "ab").iterdir()]
    assert leftovers == ["ab.json"]


def test_local_hidden_files_are_not_listed(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    store.put("a/b", b"x")  # creates the lock files (a create-only put takes no lock)
    (tmp_path / "a" / ".tmp-123.part").write_bytes(b"partial")
    assert (tmp_path / ".newsrake" / "locks").is_dir()
    assert list(store.list()) == ["a/b"]


def test_local_key_cannot_be_file_and_folder(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    store.put("a", b"x")
    with pytest.raises(InvalidKey, match="parent"):
        store.put("a/b", b"y")


# --------------------------------------------------------------------------- open_store


def test_open_store_schemes(tmp_path: Path, aws_test_env: None) -> None:
    assert isinstance(open_store(str(tmp_path)), LocalStore)
    local = open_store(f"file://{tmp_path}")
    assert isinstance(local, LocalStore) and local.root == tmp_path.resolve()
    s3 = open_store("s3://bucket/some/prefix", endpoint_url="http://127.0.0.1:9")
    assert isinstance(s3, S3Store)
    assert (s3.bucket, s3.prefix, s3.endpoint_url) == ("bucket", "some/prefix/",
                                                       "http://127.0.0.1:9")
    with pytest.raises(StoreError, match="names no bucket"):
        open_store("s3:///prefix")
    with pytest.raises(StoreError, match="file://PATH or s3://"):
        open_store("gs://bucket/x")


def test_run_ids_sort_by_start_time_within_a_second() -> None:
    from datetime import UTC, datetime

    from crawler.store.layout import new_run_id

    starts = [datetime(2026, 12, 6, 19, 0, 0, ms * 1000, tzinfo=UTC) for ms in (0, 7, 480, 999)]
    ids = [new_run_id(t) for t in starts for _ in range(20)]
    assert ids == sorted(ids, key=lambda i: i[:20])  # second and millisecond, in order
    assert [i[:20] for i in sorted(ids)] == [i[:20] for i in ids]
