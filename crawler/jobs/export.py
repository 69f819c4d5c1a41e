"""``export``: documents as Parquet for consumers, incrementally from the manifests.

The output (a local folder or ``s3://bucket/prefix``) holds::

    documents/date=YYYY-MM-DD/part-<batch>.parquet   one row per exported document version
    tombstones/part-<batch>.parquet                   documents and pages that were removed
    _cursor.json                                      where the next export starts

Each export reads the manifest parts it has not read yet, in key order, and writes the
*current* version of every document they name. A document updated later is written
again by a later export, so a consumer keeps, per ``id``, the row with the highest
``version`` and drops ids that appear in ``tombstones`` with a later ``exported_at``
(docs/bucket-layout.md shows the query). Files are written first and ``_cursor.json``
last, so an interrupted export is redone from the old cursor and rewrites the same
file names.

Cursor: manifest parts are read in key order and the cursor is the key of the last part
read. A run that is still going can add parts *before* the cursor (its run id sorts
earlier than a run that started later), so the cursor only moves past parts of closed
runs, those with a run record (or older than ``CLOSE_AFTER``); parts of open runs that
were already exported are remembered in ``_cursor.json`` as ``read_after_cursor``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlparse

from crawler.store import layout
from crawler.store.base import NotFound, Store, StoreError

logger = logging.getLogger(__name__)

CURSOR_FILE = "_cursor.json"
CURSOR_SCHEMA = "newsrake.export-cursor/1"
DOCUMENTS_DIR = "documents"
TOMBSTONES_DIR = "tombstones"
#: Rows per batch: a batch ends at the first part boundary after this many documents.
BATCH_ROWS = 5000
#: A run without a run record this long after it started is taken as dead (closed).
CLOSE_AFTER = timedelta(days=7)
#: Documents read at once.
READ_WORKERS = 8

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_RUN_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})T")


class ExportError(StoreError):
    """The export cannot run as asked; the message says what to change."""


# --------------------------------------------------------------------------- Arrow schema


def document_schema() -> Any:
    """The Arrow schema of ``documents/`` files (``date`` comes from the folder name)."""
    import pyarrow as pa

    return pa.schema([
        ("id", pa.string()), ("version", pa.int64()), ("url", pa.string()),
        ("canonical_url", pa.string()), ("title", pa.string()),
        ("authors", pa.list_(pa.string())), ("published", pa.string()),
        ("language", pa.string()), ("site", pa.string()), ("description", pa.string()),
        ("text", pa.string()), ("text_sha256", pa.string()), ("origin_url", pa.string()),
        ("origin_rule", pa.string()), ("source_urls", pa.list_(pa.string())),
        ("sources_json", pa.string()), ("provenance_json", pa.string()),
        ("history", pa.list_(pa.string())), ("updated_at", pa.string()),
        ("run_id", pa.string()), ("manifest_part", pa.string()), ("exported_at", pa.string()),
    ])


def tombstone_schema() -> Any:
    """The Arrow schema of ``tombstones/`` files."""
    import pyarrow as pa

    return pa.schema([
        ("kind", pa.string()), ("key", pa.string()), ("id", pa.string()), ("url", pa.string()),
        ("run_id", pa.string()), ("seq", pa.int64()), ("manifest_part", pa.string()),
        ("exported_at", pa.string()),
    ])


def partition_date(doc: Mapping[str, Any], fallback_run_id: str | None = None) -> str:
    """The ``date=`` partition of a document: its published date, else its run's date."""
    published = doc.get("published")
    if isinstance(published, str) and _DATE.match(published):
        return published[:10]
    for run_id in (doc.get("run_id"), fallback_run_id):
        match = _RUN_DATE.match(run_id) if isinstance(run_id, str) else None
        if match:
            return "-".join(match.groups())
    return "unknown"


def document_row(doc: Mapping[str, Any], part: str, exported_at: str) -> dict[str, Any]:
    """One ``documents/`` row from a stored document."""
    origin = doc.get("origin") or {}
    sources = list(doc.get("sources") or [])
    return {
        "id": doc.get("id"), "version": int(doc.get("version") or 1), "url": doc.get("url"),
        "canonical_url": doc.get("canonical_url"), "title": doc.get("title"),
        "authors": [str(a) for a in doc.get("authors") or []],
        "published": doc.get("published"), "language": doc.get("language"),
        "site": doc.get("site"), "description": doc.get("description"),
        "text": doc.get("text"), "text_sha256": doc.get("text_sha256"),
        "origin_url": origin.get("url"), "origin_rule": origin.get("rule"),
        "source_urls": [str(s.get("url")) for s in sources if isinstance(s, dict)],
        "sources_json": json.dumps(sources, ensure_ascii=False, sort_keys=True),
        "provenance_json": json.dumps(doc.get("provenance") or [], ensure_ascii=False,
                                      sort_keys=True),
        "history": [str(h) for h in doc.get("history") or []],
        "updated_at": doc.get("updated_at"), "run_id": doc.get("run_id"),
        "manifest_part": part, "exported_at": exported_at,
    }


# --------------------------------------------------------------------------- output


def s3_filesystem(endpoint_url: str | None = None) -> Any:
    """A ``pyarrow.fs.S3FileSystem`` for AWS or an S3-compatible endpoint.

    Credentials come from the usual AWS environment and files; the endpoint from
    ``endpoint_url``, ``AWS_ENDPOINT_URL_S3`` or ``AWS_ENDPOINT_URL``.
    """
    from pyarrow import fs

    endpoint = (endpoint_url or os.environ.get("AWS_ENDPOINT_URL_S3")
                or os.environ.get("AWS_ENDPOINT_URL"))
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
    if not endpoint:
        return fs.S3FileSystem(region=region)
    parsed = urlparse(endpoint)
    if not parsed.netloc:
        raise ExportError(f"endpoint URL {endpoint!r} names no host: use http(s)://HOST:PORT")
    return fs.S3FileSystem(endpoint_override=parsed.netloc, scheme=parsed.scheme or "https",
                           region=region)


def open_output(out: str, *, endpoint_url: str | None = None) -> tuple[Any, str]:
    """``(pyarrow filesystem, base path)`` for a local folder or ``s3://bucket/prefix``."""
    from pyarrow import fs

    parsed = urlparse(out)
    if parsed.scheme == "s3":
        if not parsed.netloc:
            raise ExportError(f"output {out!r} names no bucket: use s3://BUCKET/PREFIX")
        return s3_filesystem(endpoint_url), (parsed.netloc + parsed.path).rstrip("/")
    if parsed.scheme in ("", "file"):
        path = os.path.abspath(parsed.netloc + parsed.path if parsed.scheme else out)
        return fs.LocalFileSystem(), path
    raise ExportError(f"unsupported output {out!r}: use a folder, file://PATH or s3://BUCKET/PREFIX")


class _Output:
    """Writes into the export's folder; atomically on local disks (temp file + rename)."""

    def __init__(self, filesystem: Any, base: str) -> None:
        from pyarrow import fs

        self.fs = filesystem
        self.base = base
        self.local = isinstance(filesystem, fs.LocalFileSystem)

    def path(self, *parts: str) -> str:
        return "/".join([self.base, *parts])

    def _write(self, path: str, write: Any) -> None:
        parent = path.rsplit("/", 1)[0]
        self.fs.create_dir(parent, recursive=True)
        if not self.local:  # an S3 object appears whole when its upload completes
            write(path)
            return
        tmp = f"{parent}/.tmp-{uuid.uuid4().hex}"
        try:
            write(tmp)
            self.fs.move(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    def write_table(self, path: str, table: Any) -> None:
        import pyarrow.parquet as pq

        self._write(path, lambda p: pq.write_table(table, p, filesystem=self.fs,
                                                   compression="zstd"))

    def write_json(self, path: str, value: Any) -> None:
        data = json.dumps(value, indent=1, sort_keys=True).encode("utf-8")

        def write(p: str) -> None:
            with self.fs.open_output_stream(p) as stream:
                stream.write(data)

        self._write(path, write)

    def read_json(self, path: str) -> Any | None:
        from pyarrow import fs

        if self.fs.get_file_info(path).type == fs.FileType.NotFound:
            return None
        with self.fs.open_input_stream(path) as stream:
            return json.loads(stream.read())


# --------------------------------------------------------------------------- reading


def part_run_id(part_key: str) -> str:
    """The run id of ``manifests/<run_id>/<part>.jsonl``."""
    segments = part_key.split("/")
    return segments[1] if len(segments) >= 3 else ""


def manifest_parts(store: Store) -> list[str]:
    """Every manifest part key, in key order."""
    return [k for k in store.list("manifests/") if k.endswith(".jsonl")]


def closed_runs(store: Store, run_ids: Iterable[str], *, now: datetime | None = None,
                close_after: timedelta = CLOSE_AFTER) -> set[str]:
    """Runs that will add no more manifest parts: they wrote a run record, or are old."""
    finished = {k[len("runs/"):-len(".json")] for k in store.list("runs/")
                if k.endswith(".json")}
    now = now or datetime.now(UTC)
    closed = set()
    for run_id in set(run_ids):
        if run_id in finished:
            closed.add(run_id)
            continue
        try:
            started = datetime.strptime(run_id[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        except ValueError:
            continue  # not a newsrake run id: only its run record closes it
        if now - started > close_after:
            closed.add(run_id)
    return closed


@dataclass(frozen=True)
class ReadPlan:
    """Which parts to read after ``cursor``, and how far the cursor may then move."""

    parts: tuple[str, ...]  # not read before, in key order
    cursor: str | None  # the new cursor: parts up to it are all read and final
    read_after_cursor: tuple[str, ...]  # read parts beyond the new cursor (open runs)


def plan_reading(store: Store, cursor: str | None, read_after: Iterable[str] = (), *,
                 now: datetime | None = None, close_after: timedelta = CLOSE_AFTER,
                 ) -> ReadPlan:
    """Plan an incremental read of the manifests from ``cursor`` (None: from the start)."""
    already = set(read_after)
    after = [k for k in manifest_parts(store) if cursor is None or k > cursor]
    closed = closed_runs(store, (part_run_id(k) for k in after), now=now,
                         close_after=close_after)
    new_cursor = cursor
    blocked = False
    for key in after:
        if part_run_id(key) not in closed:
            blocked = True
        if not blocked:
            new_cursor = key
    parts = tuple(k for k in after if k not in already)
    beyond = tuple(k for k in after if new_cursor is None or k > new_cursor)
    return ReadPlan(parts, new_cursor, beyond)


def read_part(store: Store, key: str) -> list[dict[str, Any]]:
    """The entries of one manifest part."""
    try:
        data = store.get(key).data
    except NotFound:
        raise ExportError(f"manifest part {key} vanished while reading; run the export "
                          "again") from None
    entries = []
    for number, line in enumerate(data.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entries.append(json.loads(line))
        except ValueError as exc:
            raise ExportError(f"{key} line {number} is not JSON ({exc}): run `newsrake "
                              "verify` to find the damage") from exc
    return entries


def iter_entries(store: Store, parts: Sequence[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(part_key, entry)`` for every entry of ``parts``, in order."""
    for key in parts:
        for entry in read_part(store, key):
            yield key, entry


# --------------------------------------------------------------------------- the job


@dataclass
class ExportResult:
    """What one export did."""

    parts_read: int = 0
    documents: int = 0
    tombstones: int = 0
    files: list[str] = field(default_factory=list)
    cursor: str | None = None
    pending_parts: int = 0  # parts of open runs read beyond the cursor


def _utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _batch_name(last_part: str) -> str:
    name = last_part.removeprefix("manifests/").removesuffix(".jsonl").replace("/", "-")
    return f"part-{name}.parquet"


def _batches(store: Store, parts: Sequence[str], batch_rows: int
             ) -> Iterator[tuple[list[str], list[tuple[str, dict[str, Any]]]]]:
    batch: list[str] = []
    entries: list[tuple[str, dict[str, Any]]] = []
    docs = 0
    for key in parts:
        part_entries = read_part(store, key)
        batch.append(key)
        entries.extend((key, e) for e in part_entries)
        docs += sum(1 for e in part_entries if e.get("kind") == "doc")
        if docs >= batch_rows:
            yield batch, entries
            batch, entries, docs = [], [], 0
    if batch:
        yield batch, entries


def export_parquet(store: Store, out: str, *, since: str | None = None,
                   endpoint_url: str | None = None, batch_rows: int = BATCH_ROWS,
                   now: datetime | None = None, close_after: timedelta = CLOSE_AFTER,
                   progress: Callable[[int, int | None], None] | None = None,
                   ) -> ExportResult:
    """Export documents named by manifest parts not yet exported to ``out`` as Parquet.

    Args:
        store: the store to read.
        out: a folder, ``file://PATH`` or ``s3://BUCKET/PREFIX``.
        since: start after this manifest part key instead of the cursor saved in
            ``out`` ("" for the beginning).
        endpoint_url: the S3 endpoint of ``out`` when it is ``s3://``.
        batch_rows: documents per output file set (split at part boundaries).
        progress: called with (parts read, parts to read) after every batch.
    Returns:
        What was read and written, and the new cursor.
    """
    import pyarrow as pa

    filesystem, base = open_output(out, endpoint_url=endpoint_url)
    output = _Output(filesystem, base)
    saved = output.read_json(output.path(CURSOR_FILE)) or {}
    if saved and saved.get("schema") != CURSOR_SCHEMA:
        raise ExportError(f"{out}/{CURSOR_FILE} is not a newsrake export cursor: export into "
                          "an empty folder or one a newsrake export wrote")
    if since is not None:
        cursor, read_after = since or None, ()
    else:
        cursor = saved.get("cursor")
        read_after = tuple(saved.get("read_after_cursor") or ())
    plan = plan_reading(store, cursor, read_after, now=now, close_after=close_after)
    result = ExportResult(cursor=cursor)
    done: list[str] = []
    for batch, entries in _batches(store, plan.parts, max(1, batch_rows)):
        exported_at = _utc_now()
        name = _batch_name(batch[-1])
        doc_parts: dict[str, str] = {}
        tombstones: list[dict[str, Any]] = []
        for part, entry in entries:
            kind, op, key = entry.get("kind"), entry.get("op"), entry.get("key")
            if kind == "doc" and op == "put" and isinstance(key, str):
                doc_parts[key] = part
            elif (kind == "doc" and op == "delete") or kind == "tombstone":
                tombstones.append({
                    "kind": kind, "key": key, "id": entry.get("id"), "url": entry.get("url"),
                    "run_id": entry.get("run_id"), "seq": entry.get("seq"),
                    "manifest_part": part, "exported_at": exported_at})
        rows_by_date: dict[str, list[dict[str, Any]]] = {}
        for doc, part in _read_documents(store, doc_parts):
            row = document_row(doc, part, exported_at)
            rows_by_date.setdefault(partition_date(doc, part_run_id(part)), []).append(row)
        for date, rows in sorted(rows_by_date.items()):
            path = output.path(DOCUMENTS_DIR, f"date={date}", name)
            rows.sort(key=lambda r: (str(r["id"]), int(r["version"])))
            output.write_table(path, pa.Table.from_pylist(rows, schema=document_schema()))
            result.files.append(path)
            result.documents += len(rows)
        if tombstones:
            path = output.path(TOMBSTONES_DIR, name)
            output.write_table(path, pa.Table.from_pylist(tombstones,
                                                          schema=tombstone_schema()))
            result.files.append(path)
            result.tombstones += len(tombstones)
        done.extend(batch)
        result.parts_read += len(batch)
        if progress is not None:
            progress(result.parts_read, len(plan.parts))
        result.cursor, pending = _advance(cursor, plan, done, read_after)
        result.pending_parts = len(pending)
        output.write_json(output.path(CURSOR_FILE), {
            "schema": CURSOR_SCHEMA, "store": store.uri, "cursor": result.cursor,
            "read_after_cursor": pending, "updated_at": exported_at,
            "last_batch": name})
    if not plan.parts and (plan.cursor != cursor or not saved):
        result.cursor = plan.cursor
        pending = [k for k in plan.read_after_cursor if k in set(read_after)]
        output.write_json(output.path(CURSOR_FILE), {
            "schema": CURSOR_SCHEMA, "store": store.uri, "cursor": plan.cursor,
            "read_after_cursor": pending, "updated_at": _utc_now(), "last_batch": None})
    return result


def _advance(cursor: str | None, plan: ReadPlan, done: Sequence[str],
             read_after: Iterable[str]) -> tuple[str | None, list[str]]:
    """The cursor and the parts read beyond it once ``done`` parts are exported."""
    read = set(done) | set(read_after)
    new_cursor = cursor
    # walk all parts after the old cursor: the cursor moves while every part is read
    # and final (final = at or before plan.cursor)
    for key in sorted(set(plan.parts) | set(plan.read_after_cursor) | set(read_after)):
        if cursor is not None and key <= cursor:
            continue
        if key in read and plan.cursor is not None and key <= plan.cursor:
            new_cursor = key
        else:
            break
    pending = sorted(k for k in read if new_cursor is None or k > new_cursor)
    return new_cursor, pending


def _read_documents(store: Store, doc_parts: Mapping[str, str]
                    ) -> Iterator[tuple[dict[str, Any], str]]:
    def read(key: str) -> dict[str, Any] | None:
        try:
            value = json.loads(store.get(key).data)
        except NotFound:
            return None  # removed since; its deletion is in a later manifest part
        return value if isinstance(value, dict) else None

    keys = sorted(doc_parts)
    with ThreadPoolExecutor(READ_WORKERS, thread_name_prefix="export") as pool:
        for key, doc in zip(keys, pool.map(read, keys), strict=True):
            if doc is not None:
                yield doc, doc_parts[key]


# --------------------------------------------------------------------------- quick reading


def list_documents(store: Store, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Current documents in key order (``docs/``), up to ``limit``."""
    count = 0
    for key in store.list("docs/"):
        if limit is not None and count >= limit:
            return
        try:
            doc = json.loads(store.get(key).data)
        except NotFound:
            continue
        count += 1
        yield doc


def get_document(store: Store, doc_id: str) -> dict[str, Any]:
    """The current version of document ``doc_id``."""
    try:
        value = json.loads(store.get(layout.doc_key(doc_id)).data)
    except NotFound:
        raise NotFound(f"no document {doc_id!r} in {store.uri}: `newsrake docs list` shows "
                       "the ids") from None
    if not isinstance(value, dict):
        raise StoreError(f"document {doc_id} is not a JSON object: run `newsrake verify`")
    return value
