"""The S3 backend under injected faults: retries, and retried writes that had succeeded.

A fault proxy (tests/faultproxy.py) sits between the client and moto's S3 server.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from crawler.store.base import PreconditionFailed, StoreError, update_json
from crawler.store.s3 import S3Store
from tests.faultproxy import FaultPlan, fault_proxy

pytestmark = pytest.mark.s3


def through(proxy: str, store: S3Store, **options: Any) -> S3Store:
    """The same bucket and prefix as ``store``, reached through ``proxy``."""
    return S3Store(store.bucket, store.prefix, endpoint_url=proxy, **options)


@pytest.mark.parametrize("fault", ["500", "503", "reset", "delay"])
def test_a_failed_call_is_retried(fault: str, moto_endpoint: str,
                                  s3_store: Callable[..., S3Store]) -> None:
    direct = s3_store("p")
    plan = FaultPlan(seed=0, script=[fault, fault], delay=2.0)
    with fault_proxy(moto_endpoint, plan) as proxy:
        store = through(proxy, direct, timeout=0.5)
        store.put("a/b.json", b"{}", if_none_match=True)
        assert store.get("a/b.json").data == b"{}"
    assert plan.injected[fault] == 2
    assert store.stats["store/s3/retries"] == 2
    assert direct.get("a/b.json").data == b"{}"


@pytest.mark.parametrize("checksums", [True, False])
def test_a_create_retried_after_it_succeeded_is_recognised_as_ours(
        checksums: bool, moto_endpoint: str, s3_store: Callable[..., S3Store]) -> None:
    direct = s3_store("p")
    # the service stores the first attempt, the client never hears; the retry gets 412
    plan = FaultPlan(seed=0, script=["reset_after"])
    with fault_proxy(moto_endpoint, plan) as proxy:
        store = through(proxy, direct, checksums=checksums)
        etag = store.put("k.json", b'{"v":1}', if_none_match=True)
        assert store.stats["store/put/own_write_recognised"] == 1
        assert store.get("k.json").etag == etag
        # a real lost race is still one: someone else's bytes are not ours
        with pytest.raises(PreconditionFailed):
            store.put("k.json", b'{"v":2}', if_none_match=True)
        # nor is our own bytes written by a request that was not retried
        with pytest.raises(PreconditionFailed):
            store.put("k.json", b'{"v":1}', if_none_match=True)
    assert store.stats["store/put/own_write_recognised"] == 1


def test_a_replace_retried_after_it_succeeded_is_recognised_as_ours(
        moto_endpoint: str, s3_store: Callable[..., S3Store]) -> None:
    direct = s3_store("p")
    direct.put("c.json", b'{"n":0}', if_none_match=True)
    plan = FaultPlan(seed=0, script=[None, "reset_after"])  # the read passes, the write not
    with fault_proxy(moto_endpoint, plan) as proxy:
        store = through(proxy, direct)
        value, _ = update_json(store, "c.json", lambda v: {"n": v["n"] + 1})
    assert value == {"n": 1}
    assert direct.get("c.json").data == b'{"n":1}'  # applied once, not twice
    assert store.stats["store/put/own_write_recognised"] == 1
    assert "store/update/retries" not in store.stats


def test_a_store_that_stays_down_fails_with_a_message_naming_the_fix(
        moto_endpoint: str, s3_store: Callable[..., S3Store]) -> None:
    direct = s3_store("p")
    plan = FaultPlan(seed=0, down=True)
    with fault_proxy(moto_endpoint, plan) as proxy:
        store = through(proxy, direct, max_attempts=3)
        with pytest.raises(StoreError, match="check the endpoint"):
            store.put("x.json", b"{}")
    assert plan.injected["down"] >= 3  # every attempt was made, then it gave up
