"""Takedown: a page's raw fetches, page record and text leave the store for good; a
tombstone and a marker stay, and documents go through ingest's own path."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from typing import Any

import pytest

from crawler.cli import main
from crawler.crawl.middlewares import stored_page_decision
from crawler.index.embedded import EmbeddedIndex
from crawler.ingest.page import is_taken_down
from crawler.jobs.takedown import repair_takedown_races, take_down
from crawler.jobs.verify import load_schemas, schema_errors, verify_store
from crawler.store import layout
from crawler.store.base import Blob, Store, StoreError, dump_json
from crawler.store.local import LocalStore
from crawler.store.s3 import S3Store
from tests.fixtures.articles import PORT_STRIKE
from tests.services import BucketWriter, article_html, ingest_pages, sample_bucket

PARAGRAPHS = PORT_STRIKE
#: Only the origin carries this paragraph: after its takedown no stored byte may.
EXCLUSIVE = ("Zqxjv harbour master Ilse Marrow told this agency alone that two tankers had "
             "already turned back toward Rotterdam on Monday night.")
ORIGIN = "http://wire.test/port-strike"
COPY = "http://portal.test/world/strike-copy"
LATE_COPY = "http://courier.test/news/port-strike"
OTHER = "http://wire.test/harvest"
OTHER_PARAGRAPHS = [
    "Farmers across the eastern plain finished the wheat harvest two weeks early after a "
    "dry and unusually warm autumn, and cooperatives reported the best yields in a decade.",
    "Grain merchants said prices at the regional exchange fell for a third straight week "
    "as silos filled faster than barges could carry the crop downriver to the mills.",
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


def assert_verified(store: Store) -> None:
    report = verify_store(store)
    assert report.ok, [str(p) for p in report.problems]


def doc_keys(store: Store) -> list[str]:
    return list(store.list("docs/"))


def load(store: Store, key: str) -> Any:
    return json.loads(store.get(key).data)


def ingest_story(store: Store) -> tuple[str, str]:
    """The real ingest of an origin (with a paragraph of its own) and a copy; their ids."""
    outcomes = ingest_pages(store, [
        (ORIGIN, article_html("Port workers strike", [*PARAGRAPHS, EXCLUSIVE]),
         "2026-11-25T10:00:00Z"),
        (COPY, article_html("Strike at the port", PARAGRAPHS, canonical=ORIGIN),
         "2026-11-25T10:05:00Z"),
    ], "20261125T100000Z-1n9e57")
    assert outcomes[1].doc_id == outcomes[0].doc_id == layout.url_key(ORIGIN)
    assert b"Zqxjv" in everything(store)
    return layout.url_key(ORIGIN), layout.url_key(COPY)


# --------------------------------------------------------------------------- index path


def test_taking_down_a_copy_keeps_the_document_id(any_store: Store) -> None:
    origin_id, copy_key = ingest_story(any_store)
    result = take_down(any_store, COPY, run_id="20261126T000000Z-7a4e01")
    assert doc_keys(any_store) == [layout.doc_key(origin_id)]
    doc = load(any_store, layout.doc_key(origin_id))
    assert [(s["url"], s["role"]) for s in doc["sources"]] == [(ORIGIN, "origin")]
    assert doc["version"] == 3 and doc["run_id"] == "20261126T000000Z-7a4e01"
    dedup = [s for s in doc["provenance"] if s["stage"] == "dedup"][-1]
    assert dedup["detail"]["rule"] == "removed"  # the index's answer rendered it
    assert EmbeddedIndex(any_store, window_days=None).members(origin_id) == (origin_id,)
    assert not any_store.exists(layout.page_key(COPY))
    assert not list(any_store.list(f"raw/{copy_key[:2]}/{copy_key}/"))
    assert result.stats["takedown/index/removed"] == 1
    assert "takedown/fallback/documents" not in result.stats
    # the copy's text is in the origin's: it stays; its own title is gone
    assert b"Strike at the port" not in everything(any_store)
    entries = manifest_entries(any_store, result.manifest_parts[0])
    assert entries[-1]["kind"] == "tombstone" and entries[-1]["url"] == COPY
    run = load(any_store, layout.run_key("20261126T000000Z-7a4e01"))
    assert run["job"] == "takedown" and run["manifest_parts"] == result.manifest_parts
    assert_verified(any_store)


def test_taking_down_an_origin_renames_its_document_as_ingest_would(any_store: Store) -> None:
    origin_id, copy_key = ingest_story(any_store)
    result = take_down(any_store, ORIGIN)

    assert doc_keys(any_store) == [layout.doc_key(copy_key)]
    doc = load(any_store, layout.doc_key(copy_key))
    assert doc["id"] == copy_key and doc["version"] == 1 and doc["history"] == []
    assert [(s["url"], s["role"]) for s in doc["sources"]] == [(COPY, "origin")]
    assert doc["title"] == "Strike at the port"
    assert load(any_store, layout.page_key(COPY))["doc_id"] == copy_key  # repointed
    assert not list(any_store.list(f"docs-history/{origin_id[:2]}/{origin_id}/"))
    index = EmbeddedIndex(any_store, window_days=None)
    assert index.doc_of(origin_id) is None and index.members(origin_id) == ()
    assert index.members(copy_key) == (copy_key,)
    kinds = [(e["op"], e["kind"], e["key"])
             for e in manifest_entries(any_store, result.manifest_parts[0])]
    assert ("delete", "doc", layout.doc_key(origin_id)) in kinds
    assert ("put", "doc", layout.doc_key(copy_key)) in kinds
    assert b"Zqxjv" not in everything(any_store)
    assert_verified(any_store)

    # another copy of the story arrives: it joins the renamed document, no second one
    [late] = ingest_pages(any_store, [
        (LATE_COPY, article_html("Port strike goes on", PARAGRAPHS, canonical=ORIGIN),
         "2026-11-25T12:00:00Z")], "20261126T120000Z-2b8c41")
    assert late.status == "duplicate" and late.doc_id == copy_key
    assert doc_keys(any_store) == [layout.doc_key(copy_key)]
    doc = load(any_store, layout.doc_key(copy_key))
    assert sorted(s["url"] for s in doc["sources"]) == sorted([COPY, LATE_COPY])
    assert_verified(any_store)


def test_taking_down_the_only_source_removes_document_and_history(any_store: Store) -> None:
    [outcome, other] = ingest_pages(any_store, [
        (ORIGIN, article_html("Port workers strike", [*PARAGRAPHS, EXCLUSIVE]),
         "2026-11-25T10:00:00Z"),
        (OTHER, article_html("Early harvest", OTHER_PARAGRAPHS), "2026-11-25T10:01:00Z"),
    ], "20261125T100000Z-3c4d5e")
    [outcome] = ingest_pages(any_store, [  # a second version: history to purge
        (ORIGIN, article_html("Port workers strike", [*PARAGRAPHS[:2], EXCLUSIVE]),
         "2026-11-25T11:00:00Z")], "20261125T110000Z-3c4d5f")
    doc_id = outcome.doc_id
    assert doc_id is not None and load(any_store, layout.doc_key(doc_id))["history"]
    take_down(any_store, ORIGIN)
    assert other.doc_id is not None and doc_keys(any_store) == [layout.doc_key(other.doc_id)]
    key = layout.url_key(ORIGIN)
    assert not list(any_store.list(f"docs-history/{doc_id[:2]}/{doc_id}/"))
    assert not list(any_store.list(f"raw/{key[:2]}/{key}/"))
    assert not any_store.exists(layout.page_key(ORIGIN))
    assert EmbeddedIndex(any_store, window_days=None).clusters() == {
        other.doc_id: (layout.url_key(OTHER),)}
    assert b"Zqxjv" not in everything(any_store) and b"Dock workers" not in everything(
        any_store)
    assert_verified(any_store)


def test_taking_down_the_last_page_of_the_index_leaves_it_loadable(tmp_path: Any) -> None:
    store = LocalStore(tmp_path / "store")
    ingest_pages(store, [(ORIGIN, article_html("Port workers strike", PARAGRAPHS),
                          "2026-11-25T10:00:00Z")], "20261125T100000Z-3c4d60")
    take_down(store, ORIGIN)
    assert doc_keys(store) == []
    assert EmbeddedIndex(store, window_days=None).clusters() == {}


# --------------------------------------------------------------------------- it sticks


def test_a_later_ingest_of_the_url_is_refused_and_counted(any_store: Store) -> None:
    ingest_story(any_store)
    result = take_down(any_store, ORIGIN, run_id="20261126T000000Z-4d5e6f")
    marker = load(any_store, layout.takedown_key(ORIGIN))
    assert result.marker == layout.takedown_key(ORIGIN)
    assert marker == {"schema": "newsrake.takedown/1", "url": ORIGIN,
                      "url_key": layout.url_key(ORIGIN), "run_id": "20261126T000000Z-4d5e6f",
                      "taken_down_at": marker["taken_down_at"]}
    validators = load_schemas()
    assert validators is not None and schema_errors(validators["takedown"], marker) == []
    assert is_taken_down(any_store, ORIGIN) and not is_taken_down(any_store, COPY)
    before = set(any_store.list())

    [outcome] = ingest_pages(any_store, [  # the next crawl, or a re-clean, meets the page
        (ORIGIN, article_html("Port workers strike", [*PARAGRAPHS, EXCLUSIVE]),
         "2026-11-27T10:00:00Z")], "20261127T100000Z-5e6f70")
    assert (outcome.status, outcome.reason) == ("skipped", "taken down")
    run = load(any_store, layout.run_key("20261127T100000Z-5e6f70"))
    assert run["stats"]["ingest/skipped/taken_down"] == 1
    assert set(any_store.list()) - before == {layout.run_key("20261127T100000Z-5e6f70")}
    assert b"Zqxjv" not in everything(any_store)
    assert_verified(any_store)


def test_a_taken_down_url_is_not_fetched_again(tmp_path: Any) -> None:
    store = LocalStore(tmp_path / "store")
    # not stored, not taken down: fetched, no validators
    assert stored_page_decision(store, ORIGIN, refetch=True) == (None, {})
    take_down(store, ORIGIN)
    assert stored_page_decision(store, ORIGIN, refetch=True) == ("crawl/skipped/taken_down", {})
    assert stored_page_decision(store, ORIGIN, refetch=False)[0] == "crawl/skipped/taken_down"


class FailingStore:
    """A store that fails once, on the first write or delete ``fails`` picks."""

    def __init__(self, inner: Store, fails: Callable[[str, str], bool]) -> None:
        self.inner = inner
        self.uri = inner.uri
        self.fails = fails
        self.failed = False

    def _maybe_fail(self, op: str, key: str) -> None:
        if not self.failed and self.fails(op, key):
            self.failed = True
            raise StoreError(f"injected failure on {op} {key}")

    def put(self, key: str, data: bytes, **kwargs: Any) -> str:
        self._maybe_fail("put", key)
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
        self._maybe_fail("delete", key)
        self.inner.delete(key, if_match=if_match)


@pytest.mark.parametrize("where", [
    pytest.param(lambda op, key: op == "put" and key.startswith("docs/"), id="before-docs"),
    pytest.param(lambda op, key: op == "delete" and key.startswith("raw/"), id="before-raw"),
])
def test_an_interrupted_takedown_is_binding_and_a_rerun_completes(
        any_store: Store, where: Callable[[str, str], bool]) -> None:
    origin_id, copy_key = ingest_story(any_store)
    failing = FailingStore(any_store, where)
    with pytest.raises(StoreError, match="injected"):
        take_down(failing, ORIGIN, run_id="20261126T080000Z-0f1e2d")
    assert failing.failed and is_taken_down(any_store, ORIGIN)
    failed = load(any_store, layout.run_key("20261126T080000Z-0f1e2d"))
    assert failed["finished_at"] is None and "run the takedown again" in failed["error"]
    for part in failed["manifest_parts"]:  # what it did is committed, without a tombstone
        assert "tombstone" not in {e["kind"] for e in manifest_entries(any_store, part)}
    [refused] = ingest_pages(any_store, [
        (ORIGIN, article_html("Port workers strike", PARAGRAPHS), "2026-11-26T09:00:00Z")],
        "20261126T090000Z-6f7081")
    assert refused.status == "skipped"

    result = take_down(any_store, ORIGIN)  # the same command, again
    assert result.stats["takedown/marker_existed"] == 1
    assert doc_keys(any_store) == [layout.doc_key(copy_key)]
    doc = load(any_store, layout.doc_key(copy_key))
    assert [(s["url"], s["role"]) for s in doc["sources"]] == [(COPY, "origin")]
    assert load(any_store, layout.page_key(COPY))["doc_id"] == copy_key
    assert EmbeddedIndex(any_store, window_days=None).clusters() == {copy_key: (copy_key,)}
    assert not any_store.exists(layout.page_key(ORIGIN))
    assert not any_store.exists(layout.doc_key(origin_id))
    assert b"Zqxjv" not in everything(any_store)
    assert_verified(any_store)


# --------------------------------------------------------------------------- no index


def test_taking_down_a_copy_drops_it_from_its_document(any_store: Store) -> None:
    sample = sample_bucket(any_store)  # written without a dedup index
    wire, paper = sample["pages"][0], sample["pages"][1]
    doc_id = sample["docs"][0]["id"]
    result = take_down(any_store, paper.url, run_id="20261126T000000Z-7a4e01")
    doc = load(any_store, layout.doc_key(doc_id))
    assert [s["url"] for s in doc["sources"]] == [wire.url]
    assert doc["version"] == 2 and doc["origin"]["url"] == wire.url
    # version 1 went to docs-history and was purged again: its text hash is the page's
    # (the wire ran the same text)
    hkey = layout.doc_history_key(doc_id, 1)
    assert doc["history"] == [] and not any_store.exists(hkey)
    assert not any_store.exists(paper.page_key)
    assert not any_store.exists(paper.raw_key)
    assert sorted(result.deleted) == sorted([hkey, paper.page_key, paper.raw_key])
    assert result.stats["takedown/index/not_found"] == 1

    [part] = result.manifest_parts
    entries = manifest_entries(any_store, part)
    ops = [(e["op"], e["kind"], e["key"]) for e in entries]
    dkey = layout.doc_key(doc_id)
    # documents stop naming the page (and the purged version) before anything is deleted
    assert ops == [("put", "doc-history", hkey), ("put", "doc", dkey), ("put", "doc", dkey),
                   ("delete", "doc-history", hkey), ("delete", "page", paper.page_key),
                   ("delete", "raw", paper.raw_key), ("delete", "tombstone", paper.page_key)]
    assert entries[-1]["url"] == paper.url and "id" not in entries[-1]
    run = load(any_store, layout.run_key("20261126T000000Z-7a4e01"))
    assert run["job"] == "takedown" and run["manifest_parts"] == [part]
    assert_verified(any_store)


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
    new_id = layout.url_key(paper.url)  # named after its new origin, as ingest names it
    assert doc_keys(any_store) == [layout.doc_key(new_id)]
    new = load(any_store, layout.doc_key(new_id))
    assert new["origin"]["url"] == paper.url and new["url"] == paper.url
    assert new["text"] == paper.text
    assert [(s["url"], s["role"]) for s in new["sources"]] == [(paper.url, "origin")]
    assert new["version"] == 1 and new["history"] == []
    assert load(any_store, paper.page_key)["doc_id"] == new_id
    assert layout.doc_key(doc["id"]) in result.deleted
    assert layout.doc_history_key(doc["id"], 1) in result.deleted
    assert not list(any_store.list(f"docs-history/{doc['id'][:2]}/{doc['id']}/"))
    assert b"XYZZY" not in everything(any_store)
    assert_verified(any_store)


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
    assert_verified(any_store)


class RacingStore(FailingStore):
    """A concurrent ingest updates the origin's page and its document just before our
    first write of that document."""

    def __init__(self, inner: Store, origin_page_key: str) -> None:
        super().__init__(inner, lambda op, key: False)
        self.origin_page_key = origin_page_key
        self.raced = False

    def put(self, key: str, data: bytes, **kwargs: Any) -> str:
        if key.startswith("docs/") and not self.raced:
            self.raced = True
            page = json.loads(self.inner.get(self.origin_page_key).data)
            page["document"]["title"] = "Changed by a concurrent ingest"
            self.inner.put(self.origin_page_key, dump_json(page))
            doc = json.loads(self.inner.get(key).data)
            doc.update(title="Changed by a concurrent ingest", version=doc["version"] + 1)
            self.inner.put(key, dump_json(doc))
        return self.inner.put(key, data, **kwargs)


def test_a_concurrent_document_update_is_not_lost(any_store: Store) -> None:
    sample = sample_bucket(any_store)
    racing = RacingStore(any_store, sample["pages"][0].page_key)
    result = take_down(racing, sample["pages"][1].url)
    assert racing.raced
    assert result.stats["store/put/conflicts"] == 1
    doc = load(any_store, layout.doc_key(sample["docs"][0]["id"]))
    assert doc["title"] == "Changed by a concurrent ingest"  # their write survived
    assert [s["url"] for s in doc["sources"]] == [sample["pages"][0].url]  # and ours
    assert doc["version"] == 3


def test_a_page_record_already_gone_is_found_by_scanning(any_store: Store) -> None:
    sample = sample_bucket(any_store)
    paper = sample["pages"][1]
    any_store.delete(paper.page_key)  # as an interrupted earlier takedown could leave it
    result = take_down(any_store, paper.url)
    assert result.stats["takedown/scanned"] == 1
    doc = load(any_store, layout.doc_key(sample["docs"][0]["id"]))
    assert [s["url"] for s in doc["sources"]] == [sample["pages"][0].url]
    assert paper.raw_key in result.deleted


def test_unknown_url_still_writes_a_tombstone_and_a_marker(any_store: Store) -> None:
    sample_bucket(any_store)
    result = take_down(any_store, "https://never.example/crawled")
    assert not result.found
    [entry] = manifest_entries(any_store, result.manifest_parts[0])
    assert (entry["op"], entry["kind"], entry["url"]) == ("delete", "tombstone",
                                                          "https://never.example/crawled")
    assert is_taken_down(any_store, "https://never.example/crawled")


def test_verify_flags_a_taken_down_url_that_came_back(tmp_path: Any) -> None:
    store = LocalStore(tmp_path / "store")
    sample = sample_bucket(store)
    paper = sample["pages"][1]
    take_down(store, paper.url)
    assert_verified(store)
    store.put(paper.page_key, b"{}")  # written by a crawl that raced the takedown
    problems = [p for p in verify_store(store, schemas=False).problems
                if p.kind == "taken-down"]
    assert [p.key for p in problems] == [layout.takedown_key(paper.url)]
    assert "newsrake delete --url" in problems[0].message


def test_cli_delete(any_store: Store, capsys: pytest.CaptureFixture[str],
                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSRAKE_REDIS_URL", raising=False)
    sample = sample_bucket(any_store)
    args = ["delete", "--store", any_store.uri]
    if isinstance(any_store, S3Store) and any_store.endpoint_url:
        args += ["--endpoint-url", any_store.endpoint_url]
    urls = [sample["pages"][1].url, "https://never.example/x"]
    assert main([*args, "--url", urls[0], "--url", urls[1]]) == 0
    out = capsys.readouterr().out
    # the page record, its WARC, and the history version with its text
    assert f"{urls[0]}: deleted 3 object(s), rewrote 1 document(s)" in out
    assert f"{urls[1]}: nothing stored" in out
    assert layout.takedown_key(urls[1]) in out
    assert_verified(any_store)


@pytest.mark.redis
def test_takedown_with_the_shared_redis_index(tmp_path: Any, redis_url: str) -> None:
    import uuid

    import redis

    from crawler.index.redis_backend import RedisIndex
    from crawler.ingest.page import CounterStats, Run, ingest
    from crawler.ingest.records import RawPage
    from crawler.store.manifest import Manifest

    store = LocalStore(tmp_path / "store")
    index = RedisIndex(redis.Redis.from_url(redis_url), prefix=f"t-{uuid.uuid4().hex[:8]}",
                       window_days=None)
    run = Run(store=store, index=index, manifest=Manifest(store, "20261125T100000Z-7e8f90"),
              run_id="20261125T100000Z-7e8f90", stats=CounterStats())
    for url, html in [(ORIGIN, article_html("Port workers strike", [*PARAGRAPHS, EXCLUSIVE])),
                      (COPY, article_html("Strike at the port", PARAGRAPHS, canonical=ORIGIN))]:
        ingest(RawPage(url=url, final_url=url, status=200, body=html,
                       headers=(("Content-Type", "text/html"),),
                       fetched_at="2026-11-25T10:00:00Z"), run)
    run.manifest.flush()
    copy_key = layout.url_key(COPY)
    result = take_down(store, ORIGIN, index=index)
    assert result.stats["takedown/index/removed"] == 1
    assert index.clusters() == {copy_key: (copy_key,)}
    assert doc_keys(store) == [layout.doc_key(copy_key)]
    assert b"Zqxjv" not in everything(store)


class _RacingStore:
    """A store on which a takedown of ``url`` runs right after ingest checked the
    marker, as if it had started a moment after that check on another machine."""

    def __init__(self, inner: Store, url: str) -> None:
        self.inner = inner
        self.url = url
        self.fired = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def exists(self, key: str) -> bool:
        found = self.inner.exists(key)
        if key == layout.takedown_key(self.url) and not self.fired:
            self.fired = True
            take_down(self.inner, self.url, run_id="20261125T100100Z-7a8b9c")
        return found


def test_a_page_stored_while_its_takedown_ran_is_caught_and_taken_down(
        any_store: Store) -> None:
    racing = _RacingStore(any_store, ORIGIN)
    [outcome] = ingest_pages(racing, [  # type: ignore[arg-type]
        (ORIGIN, article_html("Port workers strike", [*PARAGRAPHS, EXCLUSIVE]),
         "2026-11-25T10:00:00Z")], "20261125T100000Z-1n9e57")
    assert racing.fired and outcome.status == "raced_takedown"
    # the page came back after the takedown: verify sees it, and names the fix
    problems = [p for p in verify_store(any_store).problems if p.kind == "taken-down"]
    assert problems and "newsrake delete" in problems[0].message
    [result] = repair_takedown_races(any_store, [ORIGIN])
    assert layout.page_key(ORIGIN) in result.deleted
    assert b"Zqxjv" not in everything(any_store)
    assert_verified(any_store)


class _CountingStore:
    """A store that records the takedown lookups and page-record reads made of it, and
    can run a takedown of ``url`` when the page's raw WARC is written (after the crawl's
    check, before the page is stored)."""

    def __init__(self, inner: Store, url: str, *, take_down_on_archive: bool = False) -> None:
        self.inner = inner
        self.url = url
        self.take_down_on_archive = take_down_on_archive
        self.calls: list[tuple[str, str]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def exists(self, key: str) -> bool:
        self.calls.append(("exists", key))
        return self.inner.exists(key)

    def get(self, key: str, *args: Any, **kwargs: Any) -> Blob:
        self.calls.append(("get", key))
        return self.inner.get(key, *args, **kwargs)

    def put(self, key: str, data: bytes, **kwargs: Any) -> Any:
        if self.take_down_on_archive and key.startswith("raw/"):
            self.take_down_on_archive = False
            take_down(self.inner, self.url, run_id="20261125T100100Z-7a8b9c")
        self.calls.append(("put", key))
        return self.inner.put(key, data, **kwargs)


CHECKED_ABSENT = {"checked_at": "2026-11-25T10:00:00Z", "taken_down": False, "stored": False}


def test_a_page_the_crawl_checked_is_not_looked_up_again_before_it_is_stored(
        any_store: Store) -> None:
    counting = _CountingStore(any_store, ORIGIN)
    [outcome] = ingest_pages(counting, [  # type: ignore[arg-type]
        (ORIGIN, article_html("Port workers strike", PARAGRAPHS), "2026-11-25T10:00:00Z")],
        "20261125T100000Z-1n9e57", store_check=CHECKED_ABSENT)
    assert outcome.status == "new"
    first_put = next(i for i, (op, _) in enumerate(counting.calls) if op == "put")
    before_store = counting.calls[:first_put]
    assert ("exists", layout.takedown_key(ORIGIN)) not in before_store
    assert ("get", layout.page_key(ORIGIN)) not in counting.calls
    # the lookup after the store stays: it catches a takedown that raced the page
    assert ("exists", layout.takedown_key(ORIGIN)) in counting.calls[first_put:]


def test_a_takedown_after_the_crawls_check_is_still_caught(any_store: Store) -> None:
    counting = _CountingStore(any_store, ORIGIN, take_down_on_archive=True)
    [outcome] = ingest_pages(counting, [  # type: ignore[arg-type]
        (ORIGIN, article_html("Port workers strike", [*PARAGRAPHS, EXCLUSIVE]),
         "2026-11-25T10:00:00Z")], "20261125T100000Z-1n9e57", store_check=CHECKED_ABSENT)
    assert outcome.status == "raced_takedown"
    repair_takedown_races(any_store, [ORIGIN])
    assert b"Zqxjv" not in everything(any_store)
    assert_verified(any_store)


def test_a_page_stored_after_the_crawls_check_is_updated_not_overwritten(
        any_store: Store) -> None:
    ingest_pages(any_store, [  # another worker stored the URL after this crawl's check
        (ORIGIN, article_html("Port workers strike", PARAGRAPHS), "2026-11-25T09:00:00Z")],
        "20261125T090000Z-0a0b0c")
    first = load(any_store, layout.page_key(ORIGIN))
    [outcome] = ingest_pages(any_store, [
        (ORIGIN, article_html("Port workers strike", [*PARAGRAPHS, EXCLUSIVE]),
         "2026-11-25T10:00:00Z")], "20261125T100000Z-1n9e57", store_check=CHECKED_ABSENT)
    record = load(any_store, layout.page_key(ORIGIN))
    assert outcome.status == "updated"
    assert [h["raw_key"] for h in record["history"]] == [first["fetch"]["raw_key"]]
    run = load(any_store, layout.run_key("20261125T100000Z-1n9e57"))
    assert run["stats"]["store/put/conflicts"] >= 1
    assert_verified(any_store)
