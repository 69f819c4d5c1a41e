"""The consumer contract: JSON Schemas, the stored objects they describe, and the docs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import duckdb
import pytest
from jsonschema import Draft202012Validator

from crawler.jobs.export import export_parquet
from crawler.jobs.takedown import take_down
from crawler.jobs.verify import SCHEMA_DIR, SCHEMA_FILES, load_schemas, schema_errors
from crawler.store import layout
from crawler.store.base import Store
from crawler.store.local import LocalStore
from crawler.store.manifest import manifest_part_key
from tests.fixtures.articles import PORT_STRIKE
from tests.services import article_html, ingest_pages, sample_bucket

REPO = Path(__file__).resolve().parents[1]
LAYOUT_DOC = REPO / "docs" / "bucket-layout.md"
PREFIX_KIND = {"pages/": "page", "docs/": "document", "docs-history/": "document",
               "runs/": "run"}

PARAGRAPHS = PORT_STRIKE


@pytest.fixture(scope="module")
def validators() -> dict[str, Any]:
    loaded = load_schemas()
    assert loaded is not None, f"no schemas in {SCHEMA_DIR}"
    return loaded


def test_schema_files_are_valid_and_versioned() -> None:
    ids = set()
    for name in SCHEMA_FILES.values():
        schema = json.loads((SCHEMA_DIR / name).read_text())
        Draft202012Validator.check_schema(schema)
        assert schema["$id"].startswith("urn:newsrake:schema:") and schema["$id"].endswith(":1")
        ids.add(schema["$id"])
    assert len(ids) == len(SCHEMA_FILES)
    consts = {kind: json.loads((SCHEMA_DIR / name).read_text())["properties"]["schema"]["const"]
              for kind, name in SCHEMA_FILES.items()}
    assert consts == {"document": layout.DOCUMENT_SCHEMA, "page": layout.PAGE_SCHEMA,
                      "manifest": layout.MANIFEST_SCHEMA, "run": layout.RUN_SCHEMA}


def validate_store(store: Store, validators: dict[str, Any]) -> dict[str, int]:
    """Validate every JSON object and manifest entry in ``store``; count them by kind."""
    counts: dict[str, int] = {}
    for key in store.list():
        data = store.get(key).data
        if key.startswith("manifests/"):
            for line in data.decode().splitlines():
                errors = schema_errors(validators["manifest"], json.loads(line))
                assert errors == [], (key, line, errors)
                counts["manifest"] = counts.get("manifest", 0) + 1
            continue
        kind = next((k for p, k in PREFIX_KIND.items() if key.startswith(p)), None)
        if kind is None:
            continue
        errors = schema_errors(validators[kind], json.loads(data))
        assert errors == [], (key, errors)
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def test_objects_written_by_ingest_match_the_schemas(tmp_path: Path,
                                                     validators: dict[str, Any]) -> None:
    store = LocalStore(tmp_path / "store")
    origin, copy = "http://wire.test/port-strike", "http://portal.test/world/strike-copy"
    ingest_pages(store, [
        (copy, article_html("Strike at the port", PARAGRAPHS, canonical=origin,
                            published="2026-11-24T09:00:00Z"), "2026-11-25T10:05:00Z"),
        (origin, article_html("Port workers strike", PARAGRAPHS), "2026-11-25T10:00:00Z"),
        ("http://blog.test/empty", b"<html><body><nav>menu</nav></body></html>",
         "2026-11-25T10:07:00Z"),
    ], "20261125T100000Z-5c4e3a")
    counts = validate_store(store, validators)
    assert counts["page"] == 3 and counts["document"] >= 2 and counts["run"] == 1
    assert counts["manifest"] >= 6
    take_down(store, copy)  # takedown's objects are part of the contract too
    counts = validate_store(store, validators)
    assert counts["run"] == 2


def test_sample_bucket_matches_the_schemas(any_store: Store,
                                           validators: dict[str, Any]) -> None:
    sample_bucket(any_store)
    counts = validate_store(any_store, validators)
    assert counts == {"page": 4, "document": 4, "run": 1, "manifest": 13}


@pytest.mark.parametrize(("kind", "change", "expected"), [
    ("document", lambda d: d.pop("id"), "'id' is a required property"),
    ("document", lambda d: d.update(version=0), "less than the minimum"),
    ("document", lambda d: d["sources"][0].update(role="mirror"), "is not one of"),
    ("document", lambda d: d["sources"][0]["fetch"].update(raw_digest="md5:00"),
     "does not match"),
    ("document", lambda d: d.update(schema="newsrake.document/2"), "was expected"),
    ("page", lambda p: p["fetch"].update(raw_key="/etc/passwd"), "does not match"),
    ("page", lambda p: p.update(url_key="XYZ"), "does not match"),
    ("manifest", lambda e: e.update(op="put", kind="tombstone"), "was expected"),
    ("manifest", lambda e: e.update(kind="mystery"), "is not one of"),
    ("run", lambda r: r["manifest_parts"].append("manifests/x.jsonl"), "does not match"),
])
def test_schemas_refuse_broken_objects(tmp_path: Path, validators: dict[str, Any], kind: str,
                                       change: Any, expected: str) -> None:
    store = LocalStore(tmp_path)
    sample = sample_bucket(store)
    if kind == "document":
        value = sample["docs"][0]
    elif kind == "page":
        value = json.loads(store.get(sample["pages"][0].page_key).data)
    elif kind == "manifest":
        value = json.loads(store.get(sample["parts"][0]).data.decode().splitlines()[0])
        value["url"] = "https://x.example/"
    else:
        value = json.loads(store.get(layout.run_key(sample["run_id"])).data)
    assert schema_errors(validators[kind], value) == []
    change(value)
    errors = schema_errors(validators[kind], value)
    assert any(expected in e for e in errors), errors


def test_layout_doc_names_every_prefix_schema_and_key_pattern() -> None:
    text = LAYOUT_DOC.read_text()
    for name in SCHEMA_FILES.values():
        assert f"../schemas/{name}" in text
    for prefix in ("raw/", "pages/", "docs/", "docs-history/", "manifests/", "runs/",
                   "index/"):
        assert f"| `{prefix}` |" in text
    for schema in (layout.DOCUMENT_SCHEMA, layout.PAGE_SCHEMA, layout.MANIFEST_SCHEMA,
                   layout.RUN_SCHEMA):
        assert schema in text
    # the documented patterns are what the code builds
    url = "https://a.example/x"
    k = layout.url_key(url)
    raw = layout.raw_key(url, "2026-11-25T17:53:00Z")
    assert raw == f"raw/{k[:2]}/{k}/20261125T175300Z.warc.gz"
    assert layout.page_key(url) == f"pages/{k[:2]}/{k}.json"
    assert layout.doc_history_key("ab12", 3) == "docs-history/ab/ab12/000003.json"
    assert manifest_part_key("20261125T175000Z-a1b2c3", 7) == \
        "manifests/20261125T175000Z-a1b2c3/00007.jsonl"


def test_layout_doc_duckdb_query_returns_current_versions(any_store: Store,
                                                          tmp_path: Path) -> None:
    sample = sample_bucket(any_store)
    out = tmp_path / "export"
    export_parquet(any_store, str(out))
    [sql] = re.findall(r"```sql\n(.*?)```", LAYOUT_DOC.read_text(), re.S)
    rows = duckdb.connect().execute(sql.replace("export/", f"{out}/")).fetchall()
    assert len(rows) == len(sample["docs"])


def test_layout_doc_pandas_snippet_applies_updates_and_deletions(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = LocalStore(tmp_path / "store")
    sample = sample_bucket(store)
    out = tmp_path / "export"
    export_parquet(store, str(out))
    take_down(store, sample["pages"][3].url)  # its only source: the document goes
    take_down(store, sample["pages"][1].url)  # a copy: the document gets a new version
    export_parquet(store, str(out))
    [snippet] = [block for block in re.findall(r"```python\n(.*?)```", LAYOUT_DOC.read_text(),
                                               re.S) if "pd.read_parquet" in block]
    monkeypatch.chdir(tmp_path)
    scope: dict[str, Any] = {}
    exec(snippet, scope)
    current = scope["current"]
    assert sorted(current["id"]) == sorted([sample["docs"][0]["id"], sample["docs"][1]["id"]])
    storm = current[current["id"] == sample["docs"][0]["id"]].iloc[0]
    assert storm["version"] == 2 and list(storm["source_urls"]) == [sample["pages"][0].url]
