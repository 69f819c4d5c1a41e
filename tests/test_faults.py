"""Store faults end to end: a crawl through a failing store ends as a fault-free one.

The bundled demo sites (55 pages, syndicated copies, a boilerplate pass) are crawled
into moto's S3 server through the fault proxy (tests/faultproxy.py), which fails a
seeded share of the store's requests. The stored set (document ids and texts, page
records, manifest entries) must equal that of a fault-free run, and `newsrake verify`
must pass.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crawler.ingest.spool import Spool
from crawler.store.s3 import S3Store
from tests.conftest import run_newsrake
from tests.faultproxy import FaultPlan, fault_proxy
from tests.services import AWS_TEST_ENV
from tests.stored_set import assert_same_set, stored_set

pytestmark = pytest.mark.s3

#: What the crawl process is told about the store: few attempts would turn faults into
#: failures, so the default (8) is kept; a short timeout makes delays into timeouts.
STORE_ENV = {"NEWSRAKE_S3_TIMEOUT": "2"}

def demo(store: S3Store, endpoint: str, spool: Path, env: dict[str, str] | None = None
         ) -> Any:
    """``newsrake demo`` into ``store`` through ``endpoint``, spooling under ``spool``."""
    return run_newsrake("demo", "--store", store.uri, "--endpoint-url", endpoint,
                        "--progress", "off", "--spool-dir", str(spool),
                        env={**AWS_TEST_ENV, **STORE_ENV, **(env or {})})


def verify(store: S3Store, endpoint: str) -> Any:
    return run_newsrake("verify", "--store", store.uri, "--endpoint-url", endpoint,
                        env=AWS_TEST_ENV)


@pytest.fixture(scope="module")
def fault_free(moto_endpoint: str, s3_store: Callable[..., S3Store],
               tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    store = s3_store("news")
    result = demo(store, moto_endpoint, tmp_path_factory.mktemp("spool"))
    assert result.returncode == 0, result.stderr[-3000:]
    return stored_set(store)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_crawl_through_a_failing_store_ends_as_a_fault_free_one(
        seed: int, fault_free: dict[str, Any], moto_endpoint: str,
        s3_store: Callable[..., S3Store], tmp_path: Path) -> None:
    store = s3_store("news")
    rates = {"500": 0.04, "503": 0.04, "reset": 0.04, "reset_after": 0.04, "delay": 0.01}
    plan = FaultPlan(seed=seed, rates=rates, delay=3.0)
    with fault_proxy(moto_endpoint, plan) as proxy:
        result = demo(store, proxy, tmp_path / "spool")
    assert result.returncode == 0, result.stderr[-3000:]
    assert plan.total_injected >= 0.1 * plan.requests  # the faults were real
    assert plan.injected["reset_after"] > 0  # and some hit calls S3 had already done
    print(f"seed {seed}: {plan.requests} store requests, {dict(plan.injected)} injected")
    checked = verify(store, moto_endpoint)
    assert checked.returncode == 0, checked.stdout[-3000:]
    assert_same_set(stored_set(store), fault_free)
    run = [json.loads(store.get(k).data) for k in store.list("runs/")]
    assert sum(r["stats"].get("errors/store", 0) for r in run) == 0


@pytest.mark.parametrize("seed", [3, 5])  # down after 140 and 239 store requests
def test_a_store_that_goes_away_stops_the_crawl_and_the_next_run_delivers_its_pages(
        seed: int, fault_free: dict[str, Any], moto_endpoint: str,
        s3_store: Callable[..., S3Store], tmp_path: Path) -> None:
    store = s3_store("news")
    spool = tmp_path / "spool"
    # the store answers the first requests, then resets every connection for good
    plan = FaultPlan(seed=seed, down_after=random.Random(seed).randint(80, 300))
    with fault_proxy(moto_endpoint, plan) as proxy:
        # few attempts: every call against the dead store fails fast
        stopped = demo(store, proxy, spool, env={"NEWSRAKE_S3_MAX_ATTEMPTS": "2"})
    assert stopped.returncode == 3, stopped.stderr[-3000:]
    assert "store" in stopped.stderr and str(spool) in stopped.stderr
    waiting = len(Spool.for_store(store.uri, spool))
    assert waiting > 0, "the crawl fetched nothing after the store went away"
    print(f"seed {seed}: store down after {plan.down_after} requests, {waiting} pages "
          f"spooled, {plan.injected['down']} requests refused")
    # nothing half-written is visible: what is there verifies
    checked = verify(store, moto_endpoint)
    assert checked.returncode == 0, checked.stdout[-3000:]

    again = demo(store, moto_endpoint, spool)
    assert again.returncode == 0, again.stderr[-3000:]
    assert len(Spool.for_store(store.uri, spool)) == 0
    checked = verify(store, moto_endpoint)
    assert checked.returncode == 0, checked.stdout[-3000:]
    assert_same_set(stored_set(store), fault_free)
    runs = [json.loads(store.get(k).data) for k in store.list("runs/")]
    delivered = sum(r["stats"].get("spool/delivered", 0) for r in runs)
    assert delivered == waiting
    assert not list(store.list("runs-active/"))


def test_a_store_down_from_the_start_stops_before_fetching(
        moto_endpoint: str, s3_store: Callable[..., S3Store], tmp_path: Path) -> None:
    store = s3_store("news")
    with fault_proxy(moto_endpoint, FaultPlan(seed=0, down=True)) as proxy:
        result = demo(store, proxy, tmp_path / "spool", env={"NEWSRAKE_S3_MAX_ATTEMPTS": "2"})
    assert result.returncode == 3
    assert "nothing was fetched" in result.stderr and "credentials" in result.stderr
    assert list(store.list("")) == []


def test_a_reclean_without_its_store_exits_3_and_says_it_resumes(
        moto_endpoint: str, s3_store: Callable[..., S3Store]) -> None:
    store = s3_store("news")
    with fault_proxy(moto_endpoint, FaultPlan(seed=0, down=True)) as proxy:
        result = run_newsrake("reclean", "--store", store.uri, "--endpoint-url", proxy,
                              "--no-progress", env={**AWS_TEST_ENV,
                                                    "NEWSRAKE_S3_MAX_ATTEMPTS": "2"})
    assert result.returncode == 3, result.stderr[-3000:]
    assert "resumes where this run stopped" in result.stderr
