"""Consumers: Parquet export (local and s3://), the cursor, and ``newsrake docs``."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import pytest

from crawler.cli import main
from crawler.jobs import export as export_module
from crawler.jobs.export import CURSOR_FILE, export_parquet, partition_date, plan_reading
from crawler.jobs.takedown import take_down
from crawler.store.base import Store
from crawler.store.s3 import S3Store
from tests.services import BucketWriter, create_bucket, sample_bucket

NOW = datetime(2026, 11, 26, tzinfo=UTC)


def read_documents(out: Path) -> list[dict[str, Any]]:
    table = ds.dataset(out / "documents", partitioning="hive").to_table()
    return sorted(table.to_pylist(), key=lambda r: (r["id"], r["version"]))


def latest(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """What a consumer keeps: per id, the row with the highest version."""
    best: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row["id"] not in best or row["version"] > best[row["id"]]["version"]:
            best[row["id"]] = row
    return best


def test_partition_date() -> None:
    assert partition_date({"published": "2026-11-20T08:00:00+01:00"}) == "2026-11-20"
    assert partition_date({"published": "Tuesday", "run_id": "20261125T175000Z-a"}) == \
        "2026-11-25"
    assert partition_date({"published": None}, "20261124T000000Z-b") == "2026-11-24"
    assert partition_date({}) == "unknown"


def test_export_writes_hive_partitions_readable_without_newsrake(any_store: Store,
                                                                 tmp_path: Path) -> None:
    sample = sample_bucket(any_store)
    out = tmp_path / "export"
    result = export_parquet(any_store, str(out), now=NOW)
    assert result.documents == 3 and result.parts_read == 1
    assert result.cursor == sample["parts"][-1]
    assert sorted(p.name for p in (out / "documents").iterdir()) == [
        "date=2026-11-24", "date=2026-11-25"]
    rows = read_documents(out)
    by_id = {r["id"]: r for r in rows}
    storm = by_id[sample["docs"][0]["id"]]
    assert storm["source_urls"] == ["https://wire.example/2026/11/25/storm.html",
                                    "https://paper.example/world/storm"]
    assert json.loads(storm["sources_json"])[1]["role"] == "copy"
    assert str(storm["date"]) == "2026-11-25"
    assert by_id[sample["docs"][1]["id"]]["version"] == 2
    assert str(by_id[sample["docs"][2]["id"]]["date"]) == "2026-11-25"  # undated: run date
    # pandas and DuckDB read the same files with nothing but the folder
    frame = pd.read_parquet(out / "documents")
    assert sorted(frame["id"]) == sorted(by_id)
    glob = f"{out}/documents/**/*.parquet"
    count = duckdb.connect().execute(
        f"select count(*) from read_parquet('{glob}', hive_partitioning=true) "
        "where date = '2026-11-25'").fetchall()
    assert count == [(2,)]
    cursor = json.loads((out / CURSOR_FILE).read_text())
    assert cursor["cursor"] == sample["parts"][-1] and cursor["read_after_cursor"] == []


def test_export_is_incremental_and_consumers_dedup_by_version(any_store: Store,
                                                              tmp_path: Path) -> None:
    sample = sample_bucket(any_store)
    out = tmp_path / "export"
    export_parquet(any_store, str(out), now=NOW)
    again = export_parquet(any_store, str(out), now=NOW)
    assert (again.parts_read, again.documents, again.files) == (0, 0, [])

    writer = BucketWriter(any_store, "20261126T090000Z-f00d01")
    wire = writer.fetch("https://wire.example/2026/11/25/storm.html",
                        "A storm hit the coast on Tuesday. Two towns were flooded.",
                        fetched_at="2026-11-26T09:00:00Z")
    old = sample["pages"][0]
    writer.document(wire, doc_id=sample["docs"][0]["id"], version=2, earlier=[old])
    fresh = writer.fetch("https://news.example/markets", "Markets rallied at the open.",
                         fetched_at="2026-11-26T09:05:00Z", published="2026-11-26")
    writer.document(fresh)
    parts = writer.commit()

    second = export_parquet(any_store, str(out), now=NOW)
    assert second.parts_read == 1 and second.documents == 2
    assert second.cursor == parts[-1]
    rows = read_documents(out)
    assert len(rows) == 5  # 3 first, then a new version of one and one new document
    current = latest(rows)
    assert len(current) == 4
    assert current[sample["docs"][0]["id"]]["version"] == 2
    assert "flooded" in current[sample["docs"][0]["id"]]["text"]
    # the same dedup in SQL, as docs/bucket-layout.md shows it
    glob = f"{out}/documents/**/*.parquet"
    sql = (f"select id, max(version) from read_parquet('{glob}', hive_partitioning=true) "
           "group by id order by id")
    versions = dict(duckdb.connect().execute(sql).fetchall())
    assert versions == {k: v["version"] for k, v in current.items()}


def test_open_runs_hold_the_cursor_but_are_not_exported_twice(any_store: Store,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "export"
    slow = BucketWriter(any_store, "20261125T100000Z-510e01")  # started first, still running
    first = slow.fetch("https://slow.example/a", "The slow run's first story.")
    slow.document(first)
    slow.manifest.flush()  # part 1 committed, no run record yet
    sample = sample_bucket(any_store, "20261125T110000Z-fa5701")  # started later, done

    result = export_parquet(any_store, str(out), now=NOW)
    assert result.documents == 4  # the open run's committed part is exported too
    assert result.cursor is None  # but the cursor cannot pass the open run
    assert result.pending_parts == 2
    assert export_parquet(any_store, str(out), now=NOW).documents == 0

    second = slow.fetch("https://slow.example/b", "The slow run's second story.")
    slow.document(second)
    slow.commit()  # part 2 and the run record: the run is closed
    result = export_parquet(any_store, str(out), now=NOW)
    assert (result.parts_read, result.documents) == (1, 1)
    assert result.cursor == sample["parts"][-1] and result.pending_parts == 0
    assert len(read_documents(out)) == 5


def test_runs_without_record_close_after_a_week(any_store: Store) -> None:
    dead = BucketWriter(any_store, "20261101T000000Z-dead01")
    dead.document(dead.fetch("https://dead.example/a", "A run that died."))
    dead.manifest.flush()
    assert plan_reading(any_store, None, now=NOW).cursor == dead.manifest.parts[-1]
    early = datetime(2026, 11, 2, tzinfo=UTC)
    assert plan_reading(any_store, None, now=early).cursor is None


def test_since_overrides_the_saved_cursor(any_store: Store, tmp_path: Path) -> None:
    sample_bucket(any_store)
    out = tmp_path / "export"
    export_parquet(any_store, str(out), now=NOW)
    again = export_parquet(any_store, str(out), since="", now=NOW)
    assert again.documents == 3
    assert len(latest(read_documents(out))) == 3  # rewritten in place: same file names
    assert len(read_documents(out)) == 3


def test_interrupted_export_is_redone_without_duplicates(any_store: Store, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         ) -> None:
    sample_bucket(any_store)
    out = tmp_path / "export"

    def crash(self: Any, path: str, value: Any) -> None:
        raise OSError("disk full while writing the cursor")

    with monkeypatch.context() as patch:
        patch.setattr(export_module._Output, "write_json", crash)
        with pytest.raises(OSError):
            export_parquet(any_store, str(out), now=NOW)
    assert not (out / CURSOR_FILE).exists()
    result = export_parquet(any_store, str(out), now=NOW)
    assert result.documents == 3
    assert len(read_documents(out)) == 3
    assert not [p for p in out.rglob("*") if p.name.startswith(".tmp-")]


def test_tombstones_are_exported(any_store: Store, tmp_path: Path) -> None:
    sample = sample_bucket(any_store)
    out = tmp_path / "export"
    export_parquet(any_store, str(out), now=NOW)
    take_down(any_store, sample["pages"][3].url)  # the undated blog post: its only source
    result = export_parquet(any_store, str(out), now=NOW)
    assert result.tombstones == 2  # the document, and the page's tombstone
    tombstones = pq.read_table(out / "tombstones").to_pylist()
    assert {t["kind"] for t in tombstones} == {"doc", "tombstone"}
    assert {t["url"] for t in tombstones} == {sample["pages"][3].url}
    assert sample["docs"][2]["id"] in {t["id"] for t in tombstones}


@pytest.mark.s3
def test_s3_consumer_with_pyarrow_reads_export_and_follows_manifests(
        s3_store: Callable[..., S3Store], moto_endpoint: str) -> None:
    store = s3_store("archive")
    sample = sample_bucket(store)
    out_bucket = create_bucket(moto_endpoint)
    result = export_parquet(store, f"s3://{out_bucket}/exports/docs", now=NOW,
                            endpoint_url=moto_endpoint)
    assert result.documents == 3

    # a consumer with pyarrow only: the same endpoint, no newsrake
    host = moto_endpoint.removeprefix("http://")
    fs = pafs.S3FileSystem(endpoint_override=host, scheme="http", region="us-east-1")
    dataset = ds.dataset(f"{out_bucket}/exports/docs/documents", filesystem=fs,
                         partitioning="hive", format="parquet")
    table = dataset.to_table(columns=["id", "version", "text", "date"])
    assert sorted(table.column("id").to_pylist()) == sorted(d["id"] for d in sample["docs"])
    with fs.open_input_stream(f"{out_bucket}/exports/docs/_cursor.json") as stream:
        assert json.loads(stream.read())["cursor"] == sample["parts"][-1]
    frame = pd.read_parquet(f"{out_bucket}/exports/docs/documents", filesystem=fs)
    assert len(frame) == 3

    # follow the manifests: parts in key order, then the objects they name
    root = f"{store.bucket}/archive"
    selector = pafs.FileSelector(f"{root}/manifests", recursive=True)
    parts = sorted(info.path for info in fs.get_file_info(selector)
                   if info.path.endswith(".jsonl"))
    assert [p.removeprefix(root + "/") for p in parts] == sample["parts"]
    seen_docs = []
    for part in parts:
        with fs.open_input_stream(part) as stream:
            entries = [json.loads(line) for line in stream.read().decode().splitlines()]
        for entry in entries:
            info = fs.get_file_info(f"{root}/{entry['key']}")
            assert info.type == pafs.FileType.File, entry  # every put is complete
            if entry["kind"] == "doc":
                with fs.open_input_stream(f"{root}/{entry['key']}") as stream:
                    doc = json.loads(stream.read())
                for source in doc["sources"]:  # no document without its raw page
                    raw = fs.get_file_info(f"{root}/{source['fetch']['raw_key']}")
                    assert raw.type == pafs.FileType.File
                seen_docs.append(doc["id"])
    assert sorted(seen_docs) == sorted(d["id"] for d in sample["docs"])


def _cli_store(store: Store) -> list[str]:
    args = ["--store", store.uri]
    if isinstance(store, S3Store) and store.endpoint_url:
        args += ["--endpoint-url", store.endpoint_url]
    return args


def test_cli_export(any_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                    ) -> None:
    sample = sample_bucket(any_store)
    out = tmp_path / "export"
    assert main(["export", "parquet", *_cli_store(any_store), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "wrote 3 document row(s)" in printed
    assert sample["parts"][-1] in printed
    assert main(["export", "parquet", *_cli_store(any_store), "--out", "gs://x/y"]) == 2
    assert "unsupported output" in capsys.readouterr().err


def test_cli_docs_list_show_since(any_store: Store, capsys: pytest.CaptureFixture[str],
                                  ) -> None:
    sample = sample_bucket(any_store)
    store_args = _cli_store(any_store)
    assert main(["docs", "list", *store_args]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 3 and all("\tv" in line for line in listed)
    assert main(["docs", "list", "--json", "--limit", "1", *store_args]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["id"] in {d["id"] for d in sample["docs"]}

    doc_id = sample["docs"][1]["id"]
    assert main(["docs", "show", doc_id, *store_args]) == 0
    assert json.loads(capsys.readouterr().out)["version"] == 2
    assert main(["docs", "show", "ffffffffffffffffffffffff", *store_args]) == 1
    assert "docs list" in capsys.readouterr().err

    assert main(["docs", "since", "", *store_args]) == 0
    captured = capsys.readouterr()
    assert len([line for line in captured.out.splitlines() if line.startswith("put\tdoc")]) == 3
    assert f"cursor: {sample['parts'][-1]}" in captured.err
    assert main(["docs", "since", sample["parts"][-1], "--json", *store_args]) == 0
    assert capsys.readouterr().out == ""
