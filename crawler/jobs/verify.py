"""``verify``: check that a store keeps its promises to consumers.

- Every raw WARC (``raw/``) reads as a WARC and its records' digests hold: the
  ``WARC-Payload-Digest`` of each response is recomputed from the stored payload
  (``sha256:<hex>``, as ingest writes it; base32 values from other writers are read too)
  and warcio checks the ``WARC-Block-Digest``.
- Every page record and document names raw WARCs and page records that exist, with the
  digest the WARC really has; every document's history versions exist.
- Every object a manifest part says was put still exists, unless some manifest part
  records its deletion.
- Page records, documents, manifest entries, run records and takedown markers match
  their JSON Schemas (``schemas/``), when the schemas are available.
- A taken-down URL (a marker under ``takedowns/``) has no page record, no raw WARC and
  is no source of any current document.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.store import layout
from crawler.store.base import Store, StoreError

logger = logging.getLogger(__name__)

#: Where the JSON Schemas live in a checkout (the consumer contract; docs/bucket-layout.md).
SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"
#: Schema file per object kind.
SCHEMA_FILES = {"document": "document.schema.json", "page": "page.schema.json",
                "manifest": "manifest-entry.schema.json", "run": "run.schema.json"}
#: Schemas of newsrake's own bookkeeping objects, validated by verify as well.
MARKER_SCHEMA_FILES = {"takedown": "takedown.schema.json"}
#: Objects read at once; S3 latency, not CPU, is what limits verify.
DEFAULT_WORKERS = 8


@dataclass(frozen=True, slots=True)
class Problem:
    """One broken promise: which object, what kind of problem, and what is wrong."""

    key: str
    kind: str  # "digest" | "unreadable" | "missing" | "schema" | "mismatch" | "taken-down"
    message: str

    def __str__(self) -> str:
        return f"{self.kind.upper()} {self.key}: {self.message}"


@dataclass
class VerifyReport:
    """What verify looked at and what it found."""

    checked: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems

    def summary(self) -> str:
        """One line: counts checked and problems found."""
        counts = ", ".join(f"{n} {kind}" for kind, n in sorted(self.checked.items()))
        return f"checked {counts or 'nothing'}; {len(self.problems)} problem(s)"


# --------------------------------------------------------------------------- WARC digests


def _decode_digest(value: str, size: int) -> bytes | None:
    """The raw bytes of a digest value in hex, base32 or base64; None if none fits."""
    decoders: list[Callable[[str], bytes]] = [
        lambda v: bytes.fromhex(v),
        lambda v: base64.b32decode(v.upper()),
        lambda v: base64.b64decode(v, validate=True),
        lambda v: base64.urlsafe_b64decode(v),
    ]
    for decode in decoders:
        try:
            raw = decode(value)
        except (ValueError, binascii.Error):
            continue
        if len(raw) == size:
            return raw
    return None


def digest_matches(header: str, payload: bytes) -> bool | None:
    """Whether a ``algo:value`` digest header fits ``payload``; None if unreadable."""
    algo, sep, value = header.partition(":")
    if not sep:
        return None
    try:
        hasher = hashlib.new(algo.strip().lower().replace("-", ""))
    except ValueError:
        return None
    hasher.update(payload)
    expected = _decode_digest(value.strip(), hasher.digest_size)
    return None if expected is None else expected == hasher.digest()


@dataclass(frozen=True, slots=True)
class WarcCheck:
    """The outcome of checking one WARC file."""

    problems: tuple[str, ...]
    payload_digest: str | None  # the response record's WARC-Payload-Digest
    target_uri: str | None


def check_warc(data: bytes) -> WarcCheck:
    """Read a (gzipped) WARC; recompute payload digests and let warcio check block digests."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    problems: list[str] = []
    payload_digest: str | None = None
    target: str | None = None
    responses = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data), check_digests=True):
            kind = record.rec_type
            if not str(record.format).startswith("warc"):
                problems.append(f"not a WARC record (warcio read it as {record.format!r})")
                break
            payload = record.raw_stream.read()  # the payload as stored, after HTTP headers
            header = record.rec_headers.get_header("WARC-Payload-Digest")
            if kind == "response":
                responses += 1
                payload_digest = header
                target = record.rec_headers.get_header("WARC-Target-URI")
                if not header:
                    problems.append("response record has no WARC-Payload-Digest")
            if header and kind != "revisit":
                verdict = digest_matches(header, payload)
                if verdict is None:
                    problems.append(f"{kind} record: cannot read digest {header!r}")
                elif not verdict:
                    actual = "sha256:" + hashlib.sha256(payload).hexdigest()
                    problems.append(f"{kind} record: payload digest {header} does not match "
                                    f"the stored payload ({actual})")
            problems.extend(f"{kind} record: {p}" for p in record.digest_checker.problems
                            if "payload" not in p)  # payload digests are checked above
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        problems.append(f"not a readable WARC: {exc}")
    if responses == 0 and not problems:
        problems.append("no response record")
    return WarcCheck(tuple(problems), payload_digest, target)


# --------------------------------------------------------------------------- schemas


def load_schemas(directory: Path | None = None) -> dict[str, Any] | None:
    """Validators per object kind from ``directory`` (default ``schemas/``), or None.

    The schemas refer to each other by ``$id`` (``urn:newsrake:schema:document:1``), so
    all are registered together; a marker schema missing from ``directory`` is skipped.
    """
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    directory = directory or SCHEMA_DIR
    if not directory.is_dir():
        return None
    schemas = {kind: json.loads((directory / name).read_text(encoding="utf-8"))
               for kind, name in SCHEMA_FILES.items()}
    schemas.update({kind: json.loads((directory / name).read_text(encoding="utf-8"))
                    for kind, name in MARKER_SCHEMA_FILES.items()
                    if (directory / name).is_file()})
    registry: Registry[Any] = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values())
    validators: dict[str, Any] = {}
    for kind, schema in schemas.items():
        Draft202012Validator.check_schema(schema)
        validators[kind] = Draft202012Validator(schema, registry=registry)
    return validators


def schema_errors(validator: Any, value: Any) -> list[str]:
    """Human-readable schema violations of ``value`` (empty if it is valid)."""
    errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors]


# --------------------------------------------------------------------------- the job


class _Verifier:
    def __init__(self, store: Store, validators: Mapping[str, Any] | None, workers: int,
                 ) -> None:
        self.store = store
        self.validators = validators or {}
        self.workers = max(1, workers)
        self.report = VerifyReport()
        self.listed: set[str] = set()
        self.raw_digests: dict[str, str | None] = {}
        self.doc_sources: dict[str, str] = {}  # source URL -> a document naming it
        self.progress: Callable[[int, int | None], None] | None = None
        self.checked = 0

    def problem(self, key: str, kind: str, message: str) -> None:
        self.report.problems.append(Problem(key, kind, message))

    def _map(self, fn: Callable[[str], Any], keys: Iterable[str]) -> Iterator[tuple[str, Any]]:
        keys = list(keys)
        with ThreadPoolExecutor(self.workers, thread_name_prefix="verify") as pool:
            for pair in zip(keys, pool.map(fn, keys), strict=True):
                yield pair
                self.checked += 1
                if self.progress is not None:
                    self.progress(self.checked, len(self.listed))

    def _read(self, key: str) -> bytes | Exception:
        try:
            return self.store.get(key).data
        except StoreError as exc:
            return exc

    def _read_json(self, key: str) -> Any:
        data = self._read(key)
        if isinstance(data, Exception):
            return data
        try:
            return json.loads(data)
        except ValueError as exc:
            return exc

    def exists(self, key: str) -> bool:
        """Listed at the start, or written since (a live store keeps growing)."""
        return key in self.listed or self.store.exists(key)

    def validate(self, kind: str, key: str, value: Any) -> None:
        validator = self.validators.get(kind)
        if validator is None:
            return
        for error in schema_errors(validator, value)[:5]:
            self.problem(key, "schema", error)

    def run(self) -> VerifyReport:
        keys = list(self.store.list())
        self.listed = set(keys)
        self.check_raw([k for k in keys if k.startswith("raw/")])
        self.check_pages([k for k in keys if k.startswith("pages/")])
        self.check_docs([k for k in keys if k.startswith("docs/")])
        self.check_manifests([k for k in keys if k.startswith("manifests/")])
        self.check_runs([k for k in keys if k.startswith("runs/")])
        self.check_takedowns([k for k in keys if k.startswith("takedowns/")])
        return self.report

    def check_raw(self, keys: list[str]) -> None:
        def check(key: str) -> WarcCheck | Exception:
            data = self._read(key)
            return data if isinstance(data, Exception) else check_warc(data)

        for key, result in self._map(check, keys):
            self.report.checked["raw"] += 1
            if isinstance(result, Exception):
                self.problem(key, "unreadable", str(result))
                continue
            self.raw_digests[key] = result.payload_digest
            for message in result.problems:
                self.problem(key, "digest", message)

    def _check_fetch(self, key: str, fetch: Mapping[str, Any], where: str) -> None:
        raw_key = fetch.get("raw_key")
        if not raw_key:
            self.problem(key, "missing", f"{where} names no raw_key")
            return
        if not self.exists(raw_key):
            self.problem(key, "missing", f"{where} raw WARC {raw_key} does not exist")
            return
        stored = self.raw_digests.get(raw_key)
        claimed = fetch.get("raw_digest")
        if stored and claimed and stored != claimed:
            self.problem(key, "mismatch", f"{where} says {raw_key} has digest {claimed}, "
                                          f"the WARC says {stored}")

    def check_pages(self, keys: list[str]) -> None:
        for key, page in self._map(self._read_json, keys):
            self.report.checked["pages"] += 1
            if isinstance(page, Exception):
                self.problem(key, "unreadable", str(page))
                continue
            self.validate("page", key, page)
            if not isinstance(page, dict):
                continue
            if page.get("fetch"):
                self._check_fetch(key, page["fetch"], "fetch")
            for number, old in enumerate(page.get("history") or []):
                if isinstance(old, dict) and old.get("raw_key"):
                    self._check_fetch(key, old, f"history[{number}]")

    def check_docs(self, keys: list[str]) -> None:
        for key, doc in self._map(self._read_json, keys):
            self.report.checked["docs"] += 1
            if isinstance(doc, Exception):
                self.problem(key, "unreadable", str(doc))
                continue
            self.validate("document", key, doc)
            if not isinstance(doc, dict):
                continue
            urls = set()
            for number, source in enumerate(doc.get("sources") or []):
                if not isinstance(source, dict):
                    continue
                urls.add(source.get("url"))
                if isinstance(source.get("url"), str):
                    self.doc_sources.setdefault(source["url"], key)
                where = f"sources[{number}] ({source.get('url')})"
                self._check_fetch(key, source.get("fetch") or {}, where)
                page_key = source.get("page_key")
                if page_key and not self.exists(page_key):
                    self.problem(key, "missing", f"{where} page record {page_key} does not "
                                                 "exist")
            origin = (doc.get("origin") or {}).get("url")
            if origin and origin not in urls:
                self.problem(key, "mismatch", f"origin {origin} is not among the sources")
            for hkey in doc.get("history") or []:
                if isinstance(hkey, str) and not self.exists(hkey):
                    self.problem(key, "missing", f"history version {hkey} does not exist")

    def check_manifests(self, keys: list[str]) -> None:
        puts: dict[str, str] = {}
        deleted: set[str] = set()
        for key, data in self._map(self._read, keys):
            self.report.checked["manifest parts"] += 1
            if isinstance(data, Exception):
                self.problem(key, "unreadable", str(data))
                continue
            for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    entry = json.loads(line)
                except ValueError as exc:
                    self.problem(key, "unreadable", f"line {number}: {exc}")
                    continue
                self.report.checked["manifest entries"] += 1
                self.validate("manifest", f"{key}:{number}", entry)
                if not isinstance(entry, dict) or not isinstance(entry.get("key"), str):
                    continue
                if entry.get("op") == "delete":
                    deleted.add(entry["key"])
                elif entry.get("op") == "put" and entry.get("kind") != "index":
                    puts.setdefault(entry["key"], key)
        for object_key, part in sorted(puts.items()):
            if object_key not in deleted and not self.exists(object_key):
                self.problem(part, "missing", f"lists {object_key} as written, but it does "
                                              "not exist and no manifest records its deletion")

    def check_runs(self, keys: list[str]) -> None:
        for key, run in self._map(self._read_json, keys):
            self.report.checked["runs"] += 1
            if isinstance(run, Exception):
                self.problem(key, "unreadable", str(run))
                continue
            self.validate("run", key, run)
            for part in (run.get("manifest_parts") or []) if isinstance(run, dict) else []:
                if isinstance(part, str) and not self.exists(part):
                    self.problem(key, "missing", f"manifest part {part} does not exist")


    def check_takedowns(self, keys: list[str]) -> None:
        for key, marker in self._map(self._read_json, keys):
            self.report.checked["takedowns"] += 1
            if isinstance(marker, Exception):
                self.problem(key, "unreadable", str(marker))
                continue
            self.validate("takedown", key, marker)
            url = marker.get("url") if isinstance(marker, dict) else None
            if not isinstance(url, str):
                continue
            if key != layout.takedown_key(url):
                self.problem(key, "mismatch", f"marker of {url} belongs at "
                                              f"{layout.takedown_key(url)}")
                continue
            k = layout.url_key(url)
            left = [layout.page_key(url)] if self.exists(layout.page_key(url)) else []
            left += sorted(r for r in self.listed if r.startswith(f"raw/{k[:2]}/{k}/"))
            if url in self.doc_sources:
                left.append(self.doc_sources[url])
            if left:
                self.problem(key, "taken-down", f"{url} was taken down, but "
                                                f"{', '.join(left)} still hold(s) it: run "
                                                f"`newsrake delete --url {url}` again")


def verify_store(store: Store, *, workers: int = DEFAULT_WORKERS, schemas: bool = True,
                 schema_dir: Path | None = None,
                 progress: Callable[[int, int | None], None] | None = None) -> VerifyReport:
    """Check every raw WARC, page record, document, manifest part, run record and
    takedown marker.

    Args:
        store: the store to check (read only).
        workers: objects read at once.
        schemas: validate objects against the JSON Schemas; if they cannot be found
            (an installed package without the checkout's ``schemas/``), a warning is
            logged and only integrity is checked.
        schema_dir: where the schemas are (default: ``schemas/`` of the checkout).
        progress: called with (objects checked, objects listed) as the check goes.
    Returns:
        The report; ``report.ok`` is False when anything is broken.
    """
    validators = None
    if schemas:
        validators = load_schemas(schema_dir)
        if validators is None:
            logger.warning("JSON Schemas not found in %s: checking integrity only; pass "
                           "--schemas DIR to validate objects", schema_dir or SCHEMA_DIR)
    verifier = _Verifier(store, validators, workers)
    verifier.progress = progress
    return verifier.run()


__all__ = ["Problem", "VerifyReport", "WarcCheck", "check_warc", "digest_matches",
           "load_schemas", "schema_errors", "verify_store"]

