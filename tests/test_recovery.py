"""The spool and the markers of running jobs, piece by piece (the end-to-end tests of
both are tests/test_faults.py and tests/test_kill.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.ingest.records import RawPage
from crawler.ingest.recovery import claim, clear_active, dead_runs, mark_active
from crawler.ingest.spool import Spool, SpoolError
from crawler.store import layout
from crawler.store.local import LocalStore

PAGE = RawPage(url="http://paper.example/a", final_url="http://paper.example/a?x=1",
               status=200, headers=(("Content-Type", "text/html"), ("ETag", '"v1"')),
               body=b"<html><p>Harbour news</p></html>", fetched_at="2026-11-25T10:00:00Z",
               found_via={"kind": "feed", "source": "http://paper.example/feed"},
               request_headers=(("User-Agent", "newsrake"),))


def test_a_spooled_page_reads_back_as_it_was_fetched(tmp_path: Path) -> None:
    spool = Spool.for_store("s3://bucket/news", tmp_path)
    path = spool.put(PAGE)
    assert [p.name for p in spool.entries()] == [path.name] and len(spool) == 1
    assert Spool.for_store("s3://other/news", tmp_path).entries() == []  # per store
    assert spool.read(path) == PAGE
    spool.remove(path)
    assert len(spool) == 0 and not spool.folder.exists()


def test_a_damaged_spooled_page_is_reported_not_delivered(tmp_path: Path) -> None:
    spool = Spool.for_store("file:///data", tmp_path)
    path = spool.put(PAGE)
    record = json.loads(path.read_text())
    path.write_text(json.dumps({**record, "raw_digest": "sha256:" + "0" * 64}))
    [(_, error)] = list(spool.iter_pages())
    assert isinstance(error, SpoolError) and "crawl the URL again" in str(error)


def test_a_half_written_entry_is_invisible(tmp_path: Path) -> None:
    spool = Spool.for_store("file:///data", tmp_path)
    spool.folder.mkdir(parents=True)
    (spool.folder / ".x.json.tmp").write_text("{")  # killed while writing
    (spool.folder / "x.warc.gz").write_bytes(b"")  # its WARC, but no record yet
    assert spool.entries() == []


@pytest.fixture
def gone_pid() -> int:
    """The pid of a process that has exited."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_only_dead_runs_are_recovered_and_only_by_one_worker(tmp_path: Path,
                                                             gone_pid: int) -> None:
    store = LocalStore(tmp_path / "store")
    mark_active(store, "20261125T100000Z-aaa", "crawl", "2026-11-25T10:00:00Z")  # alive
    mark_active(store, "20261125T100100Z-bbb", "crawl", "2026-11-25T10:01:00Z")
    key = layout.active_run_key("20261125T100100Z-bbb")
    marker = json.loads(store.get(key).data)
    marker["owner"] = {**marker["owner"], "pid": gone_pid}  # its process died
    store.put(key, json.dumps(marker).encode())

    [(found, etag)] = dead_runs(store, "crawl", "20261125T100200Z-ccc")
    assert found["run_id"] == "20261125T100100Z-bbb"
    assert dead_runs(store, "reclean", "20261125T100200Z-ccc") == []
    assert claim(store, found, etag, "20261125T100200Z-ccc")
    assert not claim(store, found, etag, "20261125T100200Z-ddd")  # a second worker
    assert dead_runs(store, "crawl", "20261125T100200Z-ddd") == []  # claimed: alive now
    clear_active(store, "20261125T100100Z-bbb")
    assert list(store.list(layout.ACTIVE_RUNS_PREFIX)) == [
        layout.active_run_key("20261125T100000Z-aaa")]
