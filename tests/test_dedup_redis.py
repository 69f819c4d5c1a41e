# ruff: noqa: F811  (the redis_url fixture is imported, then named as a test argument)
"""The Redis-backed dedup index, against a real redis-server (fixture ``redis_url``)."""

from __future__ import annotations

import tempfile
import threading
import uuid

import pytest
import redis

from cleaners.fingerprint import text_sha256
from crawler.index.embedded import EmbeddedIndex
from crawler.index.factory import open_index
from crawler.index.redis_backend import RedisIndex
from crawler.store.local import LocalStore
from tests.services import redis_url  # noqa: F401  (fixture; conftest may also register it)
from tests.test_dedup import CORPUS, NOW, PARAS, entry, make_entry

pytestmark = pytest.mark.redis


def _index(url: str, prefix: str, window_days: int | None = None) -> RedisIndex:
    return RedisIndex(redis.Redis.from_url(url), prefix=prefix, window_days=window_days,
                      clock=lambda: NOW)


def _embedded_reference() -> dict[str, tuple[str, ...]]:
    with tempfile.TemporaryDirectory() as tmp:
        idx = EmbeddedIndex(LocalStore(tmp), window_days=None, clock=lambda: NOW)
        for p in CORPUS:
            idx.assign(entry(p))
        return idx.clusters()


def test_two_workers_sharing_one_redis_index_end_with_the_same_clusters(redis_url: str) -> None:
    prefix = f"t-{uuid.uuid4().hex[:8]}"
    workers = [_index(redis_url, prefix), _index(redis_url, prefix)]
    pages = list(reversed(CORPUS))
    threads = [threading.Thread(target=lambda w=w, i=i: [w.assign(entry(p))
                                                         for p in pages[i::2]])
               for i, w in enumerate(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = _embedded_reference()
    assert workers[0].clusters() == expected
    assert workers[1].clusters() == expected
    assert _index(redis_url, prefix).members(next(iter(expected))) == next(iter(expected.values()))


def test_redis_index_merges_splits_and_updates(redis_url: str) -> None:
    idx = _index(redis_url, f"t-{uuid.uuid4().hex[:8]}")
    assert idx.assign(make_entry("aaa", " ".join(PARAS[:4]))).rule == "new"
    assert idx.assign(make_entry("bbb", " ".join(PARAS[4:]))).rule == "new"
    merged = idx.assign(make_entry("ccc", " ".join(PARAS)))
    assert list(merged.members.values()) == [("aaa", "bbb", "ccc")] and len(merged.removed) == 1
    assert idx.assign(make_entry("ccc", " ".join(PARAS))).rule == "unchanged"
    moved = idx.assign(make_entry("ccc", "An unrelated text about a village fete " * 5))
    assert sorted(moved.members.values()) == [("aaa",), ("bbb",), ("ccc",)]
    removed = idx.remove("aaa")
    assert removed is not None and removed.removed == ("aaa",)
    assert idx.clusters() == {"bbb": ("bbb",), "ccc": ("ccc",)}


def test_redis_window_evicts_idle_clusters(redis_url: str) -> None:
    now = [NOW]
    prefix = f"t-{uuid.uuid4().hex[:8]}"
    idx = RedisIndex(redis.Redis.from_url(redis_url), prefix=prefix, window_days=30,
                     clock=lambda: now[0])
    idx.assign(make_entry("old", " ".join(PARAS), fetched_at="2026-03-01T00:00:00Z"))
    now[0] = NOW + 400 * 86400.0
    idx.flush()
    assert idx.retired == ["old"] and idx.clusters() == {}
    assert idx.assign(make_entry("late", " ".join(PARAS))).rule == "new"


def test_open_index_with_a_redis_url(redis_url: str, tmp_path: object) -> None:
    idx = open_index(LocalStore(str(tmp_path)), redis_url=redis_url)
    assert isinstance(idx, RedisIndex)


def test_redis_assign_with_a_precomputed_signature(redis_url: str) -> None:
    from crawler.index.signature import signature_of

    computed = _index(redis_url, f"t-{uuid.uuid4().hex[:8]}")
    passed = _index(redis_url, f"t-{uuid.uuid4().hex[:8]}")
    for p in CORPUS:
        e = entry(p)
        assert computed.assign(e) == passed.assign(e, signature_of(e.text, e.text_sha256))
    assert passed.clusters() == computed.clusters() == _embedded_reference()
    with pytest.raises(ValueError, match="signature of text"):
        other = signature_of("other text", text_sha256("other text"))
        passed.assign(make_entry("zzz", " ".join(PARAS)), other)
