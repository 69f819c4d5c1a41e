"""Re-clean: only changed documents are rewritten, history and manifests record it,
shards partition the archive, and a killed run resumes to the single-run result."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cleaners import Cleaner, CleanerConfig
from cleaners.plugins.base import CleanContext, TextResult
from cleaners.registry import available_plugins
from crawler.cli import main
from crawler.index.factory import open_index
from crawler.ingest.page import CounterStats, Run, ingest
from crawler.ingest.records import RawPage
from crawler.jobs.reclean import RecleanOptions, run_reclean
from crawler.jobs.reclean_plan import (
    CleanerSpec,
    Selection,
    Shard,
    current_cleaner,
    outdated_reasons,
    page_keys,
    parse_when,
)
from crawler.store import layout
from crawler.store.local import LocalStore
from crawler.store.manifest import Manifest, iter_manifest_entries
from tests.conftest import kill_after
from tests.fixtures.reclean.corpus import TAGLINE, fixture_pages, synthetic_pages
from tests.stored_set import stored_set

VOLATILE = ("updated_at", "run_id")


@dataclass(frozen=True, slots=True)
class TaglineCleaner:
    """A text plugin that drops blocks starting with one of its prefixes."""

    version: str
    prefixes: tuple[str, ...]
    name: str = "tagline"

    def clean_blocks(self, blocks: tuple[str, ...], ctx: CleanContext) -> TextResult:
        removed = tuple(b for b in blocks if b.startswith(self.prefixes))
        return TextResult(tuple(b for b in blocks if b not in removed), removed)


TAGLINE_V1 = TaglineCleaner("1", ("Subscribe to our newsletter",))
# Version 2 learned the harbour district's social-media line (see the fixtures).
TAGLINE_V2 = TaglineCleaner("2", ("Subscribe to our newsletter", "Follow us on"))


def spec_with(plugin: TaglineCleaner) -> CleanerSpec:
    """The default cleaners plus ``plugin``, as a re-clean spec (versions, fingerprint)."""
    available = {**available_plugins(), plugin.name: (plugin, 1500)}
    config = CleanerConfig()
    cleaner = Cleaner(config, config.ordered_plugins(available), config.fingerprint(available))
    return CleanerSpec(cleaner.clean, config.plugin_versions(available), cleaner.fingerprint)


def build_store(root: Path, pages: Iterable[RawPage], spec: CleanerSpec) -> LocalStore:
    """A store holding ``pages`` ingested (archived, cleaned, deduplicated) with ``spec``."""
    store = LocalStore(root, durable=False)
    index = open_index(store, redis_url=None, window_days=0)
    run = Run(store, index, Manifest(store, "build"), "build", CounterStats(),
              cleaner=spec.clean, job="test")
    for page in pages:
        outcome = ingest(page, run)
        assert outcome.status in ("new", "duplicate"), outcome
    run.index.flush()
    run.manifest.flush()
    return store


def snapshot(root: Path) -> dict[str, bytes]:
    """Every object in a local store (hidden lock and temp files excluded)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not any(part.startswith(".")
                                       for part in p.relative_to(root).parts)}


def docs(root: Path) -> dict[str, dict[str, Any]]:
    """Current documents by id, as ingest compares them: without the fields that change
    on every write, and without the dedup step (its scores depend on arrival order)."""
    out = {}
    for path in sorted((root / "docs").rglob("*.json")):
        doc = json.loads(path.read_text())
        doc["provenance"] = [s for s in doc["provenance"] if s["stage"] != "dedup"]
        out[doc["id"]] = {k: v for k, v in doc.items() if k not in VOLATILE}
    return out


def settled(documents: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Documents without their version count and history (see the kill test)."""
    return {i: {k: v for k, v in d.items() if k not in ("version", "history")}
            for i, d in documents.items()}


def pages(root: Path) -> dict[str, dict[str, Any]]:
    """Page records by url key, without ``run_id``."""
    out = {}
    for path in sorted((root / "pages").rglob("*.json")):
        record = json.loads(path.read_text())
        out[record["url_key"]] = {k: v for k, v in record.items() if k != "run_id"}
    return out


def manifest_entries(store: LocalStore, run_id: str) -> list[dict[str, Any]]:
    return [e for _, e in iter_manifest_entries(store) if e["run_id"] == run_id]


@pytest.fixture
def v1_store(tmp_path: Path) -> tuple[Path, LocalStore]:
    root = tmp_path / "store"
    return root, build_store(root, fixture_pages(), spec_with(TAGLINE_V1))


def test_changed_plugin_rewrites_only_affected_documents(v1_store: tuple[Path, LocalStore]
                                                         ) -> None:
    root, store = v1_store
    before = docs(root)
    assert len(before) == 4  # five pages; the ferry story and its copy are one document
    ferry = next(i for i, d in before.items() if "island ferries" in d["text"])
    bridge = next(i for i, d in before.items() if "Harbour bridge" in d["title"])
    assert TAGLINE in before[ferry]["text"] and TAGLINE in before[bridge]["text"]

    result = run_reclean(store, RecleanOptions(run_id="r2"), spec_with(TAGLINE_V2))

    after = docs(root)
    changed = {i for i in before if before[i] != after[i]}
    assert changed == {ferry, bridge}
    for doc_id in changed:
        doc = after[doc_id]
        assert TAGLINE not in doc["text"] and doc["version"] == 2
        steps = {(s["stage"], s["name"]): s for s in doc["provenance"]}
        assert steps[("plugin", "tagline")]["version"] == "2"
        reclean = steps[("reclean", "newsrake-reclean")]["detail"]
        assert reclean["previous"]["versions"]["tagline"] == "1"
        assert reclean["current"]["versions"]["tagline"] == "2"
        history_key = doc["history"][-1]
        old = json.loads(store.get(history_key).data)
        assert old["version"] == 1 and TAGLINE in old["text"]
    assert len(after[ferry]["sources"]) == 2  # the copy still belongs to the ferry story

    entries = manifest_entries(store, "r2")
    doc_keys = {e["key"] for e in entries if e["kind"] == "doc"}
    assert doc_keys == {layout.doc_key(ferry), layout.doc_key(bridge)}
    assert {e["kind"] for e in entries} == {"page", "doc", "doc-history"}
    record = json.loads(store.get(layout.run_key("r2")).data)
    assert record["job"] == "reclean" and record["status"] == "finished"
    assert record["stats"]["reclean/pages/selected"] == 5
    assert record["config"]["cleaner"]["versions"]["tagline"] == "2"
    assert result.stats["ingest/documents_updated"] >= 2

    # A second identical run writes nothing but its own run record.
    frozen = snapshot(root)
    run_reclean(store, RecleanOptions(run_id="r3"), spec_with(TAGLINE_V2))
    again = snapshot(root)
    assert set(again) - set(frozen) == {"runs/r3.json"}
    assert all(again[k] == v for k, v in frozen.items())


def test_outdated_selects_only_documents_of_older_cleaners(v1_store: tuple[Path, LocalStore]
                                                           ) -> None:
    root, store = v1_store
    v2 = spec_with(TAGLINE_V2)
    record = json.loads(next((root / "pages").rglob("*.json")).read_text())
    assert outdated_reasons(record["document"], v2) == ["tagline 1 -> 2"]
    assert outdated_reasons(record["document"], spec_with(TAGLINE_V1)) == []

    outdated = RecleanOptions(selection=Selection(outdated=True))
    first = run_reclean(store, outdated, v2)
    assert first.stats["reclean/pages/selected"] == 5
    # Unaffected pages now carry the current fingerprint: nothing is outdated any more.
    second = run_reclean(store, outdated, v2)
    assert "reclean/pages/selected" not in second.stats
    assert second.stats["reclean/skipped/up_to_date"] == 5
    # Going back to version 1 makes every page outdated again, and restores the text.
    third = run_reclean(store, outdated, spec_with(TAGLINE_V1))
    assert third.stats["reclean/pages/selected"] == 5
    assert sum(TAGLINE in d["text"] for d in docs(root).values()) == 2


def test_dry_run_reports_and_writes_nothing(v1_store: tuple[Path, LocalStore]) -> None:
    root, store = v1_store
    frozen = snapshot(root)
    result = run_reclean(store, RecleanOptions(dry_run=True, sample=1), spec_with(TAGLINE_V2))
    assert snapshot(root) == frozen
    report = result.report
    assert report is not None and result.run_record is None
    assert (report.examined, report.changed, report.failed) == (5, 3, 0)
    assert report.components == {"tagline": {"removed": 3 * len(TAGLINE), "added": 0}}
    assert report.chars_removed == 3 * len(TAGLINE) and report.chars_added == 0
    assert len(report.samples) == 1 and f"-{TAGLINE}" in report.samples[0]["diff"]


def test_filters(v1_store: tuple[Path, LocalStore]) -> None:
    _, store = v1_store
    spec = spec_with(TAGLINE_V1)

    def selected(**kw: Any) -> int:
        options = RecleanOptions(selection=Selection(**kw), dry_run=True)
        return run_reclean(store, options, spec).stats.get("reclean/pages/selected", 0)

    assert selected(sites=("coastal.example",)) == 3
    assert selected(sites=("islandpost.example", "mainland.example")) == 2
    assert selected(since=parse_when("2026-05-01")) == 3
    assert selected(until=parse_when("2026-04-11T08:00:00Z")) == 1
    assert selected(since=parse_when("2026-04-01"), until=parse_when("2026-06-01")) == 2
    assert selected(urls=("https://coastal.example/farming/orchard-frost",)) == 1
    assert selected(urls=("https://coastal.example/not-stored",)) == 0
    with pytest.raises(ValueError, match="2026-11-25"):
        parse_when("last tuesday")


def test_shards_cover_every_page_exactly_once(tmp_path: Path) -> None:
    root = tmp_path / "store"
    store = build_store(root, [*fixture_pages(), *synthetic_pages(30, paragraphs=3)],
                        spec_with(TAGLINE_V1))
    everything = list(page_keys(store, Selection()))
    assert len(everything) == 35 and everything == sorted(everything)
    for count in (1, 2, 3, 7):
        parts = [list(page_keys(store, Selection(shard=Shard(i, count))))
                 for i in range(count)]
        assert sorted(k for part in parts for k in part) == everything
        assert sum(len(p) for p in parts) == len(set().union(*map(set, parts)))

    # Real shard runs one after another end where one unsharded run ends.
    reference = tmp_path / "reference"
    shutil.copytree(root, reference)
    run_reclean(LocalStore(reference, durable=False), RecleanOptions(), spec_with(TAGLINE_V2))
    selected = 0
    for i in range(3):
        result = run_reclean(store, RecleanOptions(selection=Selection(shard=Shard(i, 3))),
                             spec_with(TAGLINE_V2))
        selected += result.stats["reclean/pages/selected"]
    assert selected == 35
    assert docs(root) == docs(reference)
    assert pages(root) == pages(reference)

    for bad in ("3/3", "1", "a/b", "-1/2", "0/0"):
        with pytest.raises(ValueError, match="I/N"):
            Shard.parse(bad)


def _done_by(root: Path, run_id: str) -> int:
    done = 0
    for path in (root / "pages").rglob("*.json"):
        try:
            done += json.loads(path.read_text()).get("run_id") == run_id
        except (OSError, ValueError):
            continue
    return done


@pytest.mark.parametrize("seed", [1, 2, 3, 5, 9])  # killed at 18, 111, 31, 80, 60 pages
def test_killed_run_resumes_to_the_single_run_result(tmp_path: Path, seed: int) -> None:
    # Built with the tagline plugin; re-cleaned with the crawl's own cleaner, which has
    # no such plugin: every document changes. Killed once a seeded number of pages is
    # done (anywhere from the first page to the last).
    n = 120
    kill_at = random.Random(seed).randint(1, n - 1)
    built = tmp_path / "built"
    build_store(built, synthetic_pages(n), spec_with(TAGLINE_V2))
    reference, killed = tmp_path / "reference", tmp_path / "killed"
    shutil.copytree(built, reference)
    shutil.copytree(built, killed)

    kill_after(["reclean", "--store", f"file://{killed}", "--workers", "2", "--run-id",
                "killed", "--no-progress", "--dedup-window-days", "0"],
               kill_at, lambda: _done_by(killed, "killed"), timeout=120)
    store = LocalStore(killed, durable=False)
    interrupted = json.loads(store.get(layout.run_key("killed")).data)
    assert interrupted["status"] == "running"
    done_before = _done_by(killed, "killed")
    assert kill_at <= done_before <= n

    resumed = run_reclean(store, RecleanOptions(run_id="resumed"))
    single = run_reclean(LocalStore(reference, durable=False), RecleanOptions(run_id="single"))

    # The same documents, texts and sources. Not the same number of versions: a
    # document of two pages is rewritten once per page, and a resumed run re-ingests the
    # pages the killed one did (its index was never flushed), which can write a version
    # more (a copy's similarity flips while only one of its pages has the new text).
    assert settled(docs(killed)) == settled(docs(reference))
    assert pages(killed) == pages(reference)
    assert all(TAGLINE in d["text"] and d["version"] >= 2 for d in docs(killed).values())
    assert resumed.stats["reclean/pages/resumed"] >= 1
    assert resumed.stats["reclean/recovered/page"] >= 1
    # Nothing lost, nothing twice: every page and document the single run changed is
    # announced, across the killed run's committed parts and the resumed run's
    # manifest; no (key, version) twice; replaying every manifest gives the store.
    announced = [e for e in [*manifest_entries(store, "killed"),
                             *manifest_entries(store, "resumed")] if e["op"] == "put"]
    expected = [e for e in manifest_entries(LocalStore(reference), "single")
                if e["op"] == "put"]
    for kind in ("page", "doc"):
        got = [(e["key"], e.get("version")) for e in announced if e["kind"] == kind]
        want = [(e["key"], e.get("version")) for e in expected if e["kind"] == kind]
        assert {k for k, _ in got} == {k for k, _ in want}, kind
        assert len(got) == len(set(got)), kind
    latest = {e["key"]: e.get("version") for e in announced if e["kind"] == "doc"}
    assert all(latest[layout.doc_key(i)] == d["version"] for i, d in docs(killed).items())
    stored_set(store)  # raises if the manifests do not replay to the store
    assert json.loads(store.get(layout.run_key("killed")).data)["status"] == "interrupted"
    assert single.stats["reclean/pages/selected"] == n


def test_cli_dry_run_and_run(v1_store: tuple[Path, LocalStore],
                             capsys: pytest.CaptureFixture[str]) -> None:
    root, _ = v1_store
    uri = f"file://{root}"
    frozen = snapshot(root)
    assert main(["reclean", "--store", uri, "--dry-run", "--json", "--workers", "0"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["examined"] == 5 and snapshot(root) == frozen
    # The crawl's cleaner has no tagline plugin: every page is outdated, nothing changes
    # (the plugin removed nothing in version 1), and only page records move.
    assert main(["reclean", "--store", uri, "--outdated", "--workers", "0", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["status"] == "finished" and record["stats"]["reclean/pages/selected"] == 5
    assert "ingest/documents_updated" not in record["stats"]
    assert main(["reclean", "--store", uri, "--shard", "2/2"]) == 2
    assert "I/N" in capsys.readouterr().err
    assert current_cleaner().fingerprint == CleanerConfig().fingerprint()
