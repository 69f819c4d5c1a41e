"""Takedown: a page's raw fetches, page record and text leave the store; a tombstone stays."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest

from crawler import layout
from crawler.cli import main
from crawler.store import Blob, LocalStore, S3Store, Store, dump_json
from crawler.takedown import take_down
from crawler.verify import verify_store
from tests.services import BucketWriter, article_html, ingest_pages, sample_bucket

PARAGRAPHS = [
    "Dock workers at the northern container terminal walked out on Monday after talks over "
    "night-shift pay collapsed, leaving eleven ships waiting at anchor outside the harbour.",
    "The union said its members would stay out until the port operator restored the "
    "allowance it cut in the spring, which workers say was worth a tenth of their wages.",
    "The operator said it had offered a phased increase over two years and accused union "
    "leaders of walking away from the table hours before a deal could be signed.",
]


def manifest_entries(store: Store, part: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in store.get(part).data.decode().splitlines()]


def everything(store: Store) -> bytes:
    """Every stored byte, WARCs decompressed, to search for text that must be gone."""
    chunks = []
    for key in store.list():
        data = store.get(key).data
        chunks.append(gzip.decompress(data) if key.endswith(".gz") else data)
    return b"\n".join(chunks)


def test_taking_down_a_copy_drops_it_from_its_document(any_store: Store) -> None:
    sample = sample_bucket(any_store)
    wire, paper = sample["pages"][0], sample["pages"][1]
    result = take_down(any_store, paper.url, run_id="20261126T000000Z-7a4e01")
    doc = json.loads(any_store.get(layout.doc_key(sample["docs"][0]["id"])).data)
    assert [s["url"] for s in doc["sources"]] == [wire.url]
    assert doc["version"] == 2 and doc["origin"]["url"] == wire.url
    assert doc["provenance"][-1]["stage"] == "takedown"
    assert not any_store.exists(paper.page_key)
    assert not any_store.exists(paper.raw_key)
    assert sorted(result.deleted) == sorted([paper.page_key, paper.raw_key])

    [part] = result.manifest_parts
    entries = manifest_entries(any_store, part)
    ops = [(e["op"], e["kind"], e["key"]) for e in entries]
    assert ops == [("put", "doc", layout.doc_key(doc["id"])),
                   ("delete", "page", paper.page_key),
                   ("delete", "raw", paper.raw_key),
                   ("delete", "tombstone", paper.page_key)]
    assert entries[-1]["url"] == paper.url and "id" not in entries[-1]
    run = json.loads(any_store.get(layout.run_key("20261126T000000Z-7a4e01")).data)
    assert run["job"] == "takedown" and run["manifest_parts"] == [part]
    report = verify_store(any_store)
    assert report.ok, [str(p) for p in report.problems]


def test_taking_down_the_origin_hands_the_document_to_a_copy(any_store: Store) -> None:
    writer = BucketWriter(any_store, "20261125T175000Z-0a1b2c")
    wire = writer.fetch("https://wire.example/flood",
                        "XYZZY original wording of the flood report. Rivers rose fast.")
    older = writer.fetch("https://wire.example/flood",
                         "XYZZY first draft of the flood report.",
                         fetched_at="2026-11-25T17:00:00Z")
    paper = writer.fetch("https://paper.example/flood",
                         "Rivers rose fast, the paper's own rewrite of the flood report.",
                         fetched_at="2026-11-25T18:00:00Z")
    doc = writer.document(wire, [paper], version=2, earlier=[older])
    writer.commit()
    assert b"XYZZY" in everything(any_store)

    result = take_down(any_store, wire.url)
    new = json.loads(any_store.get(layout.doc_key(doc["id"])).data)
    assert new["origin"]["url"] == paper.url and new["url"] == paper.url
    assert new["text"] == paper.text
    assert [(s["url"], s["role"]) for s in new["sources"]] == [(paper.url, "origin")]
    assert new["version"] == 3
    assert new["history"] == []  # version 1 was the wire's text: it went too
    assert layout.doc_history_key(doc["id"], 1) in result.deleted
    assert b"XYZZY" not in everything(any_store)
    assert verify_store(any_store).ok


def test_taking_down_the_only_source_removes_the_document(any_store: Store) -> None:
    sample = sample_bucket(any_store)
    election = sample["pages"][2]
    doc_id = sample["docs"][1]["id"]
    result = take_down(any_store, election.url)
    assert not any_store.exists(layout.doc_key(doc_id))
    assert list(any_store.list(f"docs-history/{doc_id[:2]}/{doc_id}/")) == []
    assert list(any_store.list(f"raw/{election.raw_key.split('/')[1]}/"
                               f"{layout.url_key(election.url)}/")) == []
    kinds = [(e["op"], e["kind"]) for e in manifest_entries(any_store,
                                                            result.manifest_parts[0])]
    assert ("delete", "doc") in kinds and ("delete", "doc-history") in kinds
    assert kinds.count(("delete", "raw")) == 2  # both fetches
    assert kinds[-1] == ("delete", "tombstone")
    assert b"Polls open at eight" not in everything(any_store)
    assert verify_store(any_store).ok


def test_origin_takedown_on_documents_written_by_ingest(tmp_path: Any) -> None:
    store = LocalStore(tmp_path / "store")
    origin, copy = "http://wire.test/port-strike", "http://portal.test/world/strike-copy"
    outcomes = ingest_pages(store, [
        (origin, article_html("Port workers strike", PARAGRAPHS), "2026-11-25T10:00:00Z"),
        (copy, article_html("Strike at the port", PARAGRAPHS, canonical=origin),
         "2026-11-25T10:05:00Z"),
    ], "20261125T100000Z-1n9e57")
    doc_id = outcomes[1].doc_id
    assert doc_id == outcomes[0].doc_id
    take_down(store, origin)
    doc = json.loads(store.get(layout.doc_key(doc_id)).data)
    assert [(s["url"], s["role"]) for s in doc["sources"]] == [(copy, "origin")]
    assert doc["title"] == "Strike at the port"
    assert not list(store.list(f"raw/{layout.url_key(origin)[:2]}/{layout.url_key(origin)}/"))
    report = verify_store(store)
    assert report.ok, [str(p) for p in report.problems]


class RacingStore:
    """A store where another writer changes a document just before our first write of it."""

    def __init__(self, inner: Store) -> None:
        self.inner = inner
        self.uri = inner.uri
        self.raced = False

    def put(self, key: str, data: bytes, **kwargs: Any) -> str:
        if key.startswith("docs/") and not self.raced:
            self.raced = True
            doc = json.loads(self.inner.get(key).data)
            doc["title"] = "Changed by a concurrent ingest"
            self.inner.put(key, dump_json(doc))
        return self.inner.put(key, data, **kwargs)

    def put_file(self, key: str, source: Any, **kwargs: Any) -> str:
        return self.inner.put_file(key, source, **kwargs)

    def get(self, key: str) -> Blob:
        return self.inner.get(key)

    def exists(self, key: str) -> bool:
        return self.inner.exists(key)

    def list(self, prefix: str = "") -> Any:
        return self.inner.list(prefix)

    def delete(self, key: str, *, if_match: str | None = None) -> None:
        self.inner.delete(key, if_match=if_match)


def test_a_concurrent_document_update_is_not_lost(any_store: Store) -> None:
    sample = sample_bucket(any_store)
    racing = RacingStore(any_store)
    result = take_down(racing, sample["pages"][1].url)
    assert racing.raced
    assert result.stats["takedown/conflicts"] == 1
    doc = json.loads(any_store.get(layout.doc_key(sample["docs"][0]["id"])).data)
    assert doc["title"] == "Changed by a concurrent ingest"  # their write survived
    assert [s["url"] for s in doc["sources"]] == [sample["pages"][0].url]  # and ours


def test_a_page_record_already_gone_is_found_by_scanning(any_store: Store) -> None:
    sample = sample_bucket(any_store)
    paper = sample["pages"][1]
    any_store.delete(paper.page_key)  # as an interrupted earlier takedown could leave it
    result = take_down(any_store, paper.url)
    doc = json.loads(any_store.get(layout.doc_key(sample["docs"][0]["id"])).data)
    assert [s["url"] for s in doc["sources"]] == [sample["pages"][0].url]
    assert paper.raw_key in result.deleted


def test_unknown_url_still_writes_a_tombstone(any_store: Store) -> None:
    sample_bucket(any_store)
    result = take_down(any_store, "https://never.example/crawled")
    assert not result.found
    [entry] = manifest_entries(any_store, result.manifest_parts[0])
    assert (entry["op"], entry["kind"], entry["url"]) == ("delete", "tombstone",
                                                          "https://never.example/crawled")


def test_cli_delete(any_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    sample = sample_bucket(any_store)
    args = ["delete", "--store", any_store.uri]
    if isinstance(any_store, S3Store) and any_store.endpoint_url:
        args += ["--endpoint-url", any_store.endpoint_url]
    urls = [sample["pages"][1].url, "https://never.example/x"]
    assert main([*args, "--url", urls[0], "--url", urls[1]]) == 0
    out = capsys.readouterr().out
    assert f"{urls[0]}: deleted 2 object(s), rewrote 1 document(s)" in out
    assert f"{urls[1]}: nothing stored" in out
    assert verify_store(any_store).ok
