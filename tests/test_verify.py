"""``newsrake verify``: digests recomputed, references followed, damage reported with exit 1."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json

import pytest

from crawler.cli import main
from crawler.jobs.verify import Problem, check_warc, digest_matches, verify_store
from crawler.store import layout
from crawler.store.base import Store, dump_json
from crawler.store.s3 import S3Store
from tests.services import BucketWriter, make_warc, sample_bucket


def cli_store_args(store: Store) -> list[str]:
    """``--store`` (and ``--endpoint-url`` for S3) for the CLI."""
    args = ["--store", store.uri]
    if isinstance(store, S3Store) and store.endpoint_url:
        args += ["--endpoint-url", store.endpoint_url]
    return args


def kinds(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.key, p.kind) for p in problems}


def test_digest_matches_hex_base32_and_base64() -> None:
    payload = b"hello"
    sha256 = hashlib.sha256(payload)
    sha1 = hashlib.sha1(payload)
    assert digest_matches("sha256:" + sha256.hexdigest(), payload)
    assert digest_matches("sha1:" + base64.b32encode(sha1.digest()).decode(), payload)
    assert digest_matches("sha256:" + base64.b64encode(sha256.digest()).decode(), payload)
    assert digest_matches("sha256:" + sha256.hexdigest(), b"hellO") is False
    assert digest_matches("nonsense", payload) is None
    assert digest_matches("whirlpool9:abc", payload) is None


def test_check_warc_reads_ingest_warcs() -> None:
    warc, digest = make_warc("https://a.example/x", b"<p>body</p>", "2026-11-25T17:53:00Z")
    result = check_warc(warc)
    assert result.problems == ()
    assert result.payload_digest == digest
    assert result.target_uri == "https://a.example/x"


def test_check_warc_catches_a_changed_payload() -> None:
    warc, _ = make_warc("https://a.example/x", b"<p>the storm hit</p>", "2026-11-25T17:53:00Z")
    # same length, one letter changed: only the digests can notice
    tampered = gzip.decompress(warc).replace(b"the storm hit", b"the sturm hit")
    result = check_warc(tampered)
    assert any("payload digest" in p for p in result.problems), result.problems
    assert any("block digest" in p for p in result.problems), result.problems


def test_check_warc_refuses_garbage() -> None:
    assert any("not a readable WARC" in p or "not a WARC record" in p
               for p in check_warc(b"this is not a warc").problems)


def test_clean_bucket_verifies(any_store: Store) -> None:
    sample_bucket(any_store)
    report = verify_store(any_store)
    assert report.ok, [str(p) for p in report.problems]
    assert report.checked["raw"] == 5
    assert report.checked["docs"] == 3
    assert report.checked["pages"] == 4
    assert report.checked["manifest entries"] > 10


def test_tampered_warc_is_reported_and_cli_exits_1(any_store: Store,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    sample = sample_bucket(any_store)
    key = sample["pages"][0].raw_key
    body = gzip.decompress(any_store.get(key).data)
    any_store.put(key, gzip.compress(body.replace(b"storm hit", b"sturm hit")))
    report = verify_store(any_store)
    assert (key, "digest") in kinds(report.problems)
    assert main(["verify", *cli_store_args(any_store)]) == 1
    out = capsys.readouterr().out
    assert f"DIGEST {key}" in out
    assert "problem(s)" in out


def test_missing_raw_is_reported_everywhere_it_is_named(any_store: Store) -> None:
    sample = sample_bucket(any_store)
    wire = sample["pages"][0]
    any_store.delete(wire.raw_key)
    report = verify_store(any_store)
    found = kinds(report.problems)
    assert (wire.page_key, "missing") in found
    assert (layout.doc_key(sample["docs"][0]["id"]), "missing") in found
    assert (sample["parts"][0], "missing") in found  # the manifest lists it as written


def test_deletion_recorded_in_a_manifest_is_not_a_problem(any_store: Store) -> None:
    sample_bucket(any_store)
    writer = BucketWriter(any_store, "20261126T000000Z-d1e2f3")
    orphan = writer.fetch("https://gone.example/a", "Text that will be taken down.")
    writer.manifest.add("delete", "raw", orphan.raw_key, url=orphan.url)
    any_store.delete(orphan.raw_key)
    writer.commit()
    assert verify_store(any_store).ok


def test_digest_claims_must_match_the_warc(any_store: Store) -> None:
    sample = sample_bucket(any_store)
    page_key = sample["pages"][1].page_key
    page = json.loads(any_store.get(page_key).data)
    page["fetch"]["raw_digest"] = "sha256:" + "0" * 64
    any_store.put(page_key, dump_json(page))
    report = verify_store(any_store)
    assert (page_key, "mismatch") in kinds(report.problems)


def test_schema_violations_are_reported(any_store: Store) -> None:
    sample = sample_bucket(any_store)
    key = layout.doc_key(sample["docs"][2]["id"])
    doc = json.loads(any_store.get(key).data)
    del doc["sources"][0]["page_key"]
    doc["version"] = 0
    any_store.put(key, dump_json(doc))
    report = verify_store(any_store)
    messages = [p.message for p in report.problems if p.key == key and p.kind == "schema"]
    assert any("version" in m for m in messages), messages
    assert any("page_key" in m for m in messages), messages
    assert verify_store(any_store, schemas=False).ok


def test_unreadable_json_is_reported(any_store: Store) -> None:
    sample = sample_bucket(any_store)
    key = sample["pages"][2].page_key
    any_store.put(key, b"{not json")
    assert (key, "unreadable") in kinds(verify_store(any_store).problems)


def test_cli_verify_ok(any_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    sample_bucket(any_store)
    assert main(["verify", *cli_store_args(any_store), "--workers", "2"]) == 0
    assert "0 problem(s)" in capsys.readouterr().out


def test_cli_verify_bad_schema_dir_is_usage_error(tmp_path: object,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--store", "file:///nonexistent", "--schemas", "/nonexistent"]) == 2
    assert "is not a folder" in capsys.readouterr().err
