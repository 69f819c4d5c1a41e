"""The spool: fetched pages kept on local disk while the store is unreachable.

When the store stays down (``StoreUnavailable`` after the backend's retries), the crawl
stops, and every page it has fetched but not stored is written here: the WARC ingest
would have archived (so a redaction or digest rule of the archive applies to it too)
and a JSON record of the ``RawPage`` fields the WARC does not carry (``found_via``, the
requested URL). The next crawl into the same store delivers the spooled pages through
``ingest`` before it fetches anything, and removes each once it is stored.

Layout: ``<spool root>/<sha256(store uri)[:16]>/<url_key>-<fetched_at>.{warc.gz,json}``;
one folder per store, so pages are only ever delivered to the store they were fetched
for. The root is ``--spool-dir``, else ``NEWSRAKE_SPOOL_DIR``, else
``$XDG_CACHE_HOME/newsrake/spool`` (``~/.cache/newsrake/spool``). Each file is written
to a temporary name, flushed to disk and renamed; the JSON goes last and is what makes
an entry visible, so a crawl killed while spooling leaves no half entry.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from crawler.ingest.records import RawPage
from crawler.ingest.warc import build_warc, payload_digest, read_response
from crawler.store import layout

#: Version of the spool's JSON records.
SPOOL_SCHEMA = "newsrake.spool/1"


def default_spool_root() -> Path:
    """``NEWSRAKE_SPOOL_DIR``, else the user's cache folder's ``newsrake/spool``."""
    configured = os.environ.get("NEWSRAKE_SPOOL_DIR")
    if configured:
        return Path(configured)
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "newsrake" / "spool"


class SpoolError(Exception):
    """A spooled entry cannot be read back; the message names the file."""


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _request_headers(warc: bytes) -> tuple[tuple[str, str], ...]:
    for record in ArchiveIterator(io.BytesIO(warc)):
        if record.rec_type == "request" and record.http_headers is not None:
            return tuple((str(k), str(v)) for k, v in record.http_headers.headers)
    return ()


class Spool:
    """The spooled pages of one store."""

    def __init__(self, root: Path, store_uri: str) -> None:
        self.folder = Path(root) / hashlib.sha256(store_uri.encode("utf-8")).hexdigest()[:16]
        self.store_uri = store_uri

    @classmethod
    def for_store(cls, store_uri: str, root: str | os.PathLike[str] | None = None) -> Spool:
        """The spool of ``store_uri`` under ``root`` (default ``default_spool_root()``)."""
        return cls(Path(root) if root else default_spool_root(), store_uri)

    def _name(self, page: RawPage) -> str:
        return f"{layout.url_key(page.url)}-{layout.compact_time(page.fetched_at)}"

    def put(self, page: RawPage) -> Path:
        """Keep ``page`` until the store is back; return its record's path."""
        self.folder.mkdir(parents=True, exist_ok=True)
        name = self._name(page)
        warc = build_warc(page)
        record: dict[str, Any] = {
            "schema": SPOOL_SCHEMA, "store": self.store_uri, "url": page.url,
            "final_url": page.final_url, "status": page.status,
            "headers": [list(h) for h in page.headers], "fetched_at": page.fetched_at,
            "found_via": dict(page.found_via), "raw_digest": payload_digest(page.body),
            "spooled_at": layout.utc_now()}
        _write_atomically(self.folder / f"{name}.warc.gz", warc)
        path = self.folder / f"{name}.json"
        _write_atomically(path, json.dumps(record, sort_keys=True).encode("utf-8"))
        return path

    def entries(self) -> list[Path]:
        """The spooled records, oldest fetch first within a URL (sorted by name)."""
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.glob("*.json") if not p.name.startswith("."))

    def __len__(self) -> int:
        return len(self.entries())

    def read(self, path: Path) -> RawPage:
        """The ``RawPage`` of a spooled record, its body checked against its digest."""
        try:
            record = json.loads(path.read_bytes())
            warc = path.with_name(path.name.removesuffix(".json") + ".warc.gz").read_bytes()
            _target, _status, _headers, body, _digest, _date = read_response(warc)
        except (OSError, ValueError) as exc:
            raise SpoolError(f"spooled page {path} is unreadable ({exc}); move it away and "
                             "crawl the URL again") from exc
        if payload_digest(body) != record.get("raw_digest"):
            raise SpoolError(f"spooled page {path}: the WARC's payload does not match the "
                             "recorded digest; move it away and crawl the URL again")
        return RawPage(url=str(record["url"]), final_url=str(record["final_url"]),
                       status=int(record["status"]),
                       headers=tuple((str(k), str(v)) for k, v in record["headers"]),
                       body=body, fetched_at=str(record["fetched_at"]),
                       found_via=dict(record.get("found_via") or {}),
                       request_headers=_request_headers(warc))

    def iter_pages(self) -> Iterator[tuple[Path, RawPage | SpoolError]]:
        """Every spooled entry with its page, or the error that stops reading it."""
        for path in self.entries():
            try:
                yield path, self.read(path)
            except SpoolError as exc:
                yield path, exc

    def remove(self, path: Path) -> None:
        """Forget a delivered entry (its record first, so no half entry stays visible)."""
        path.unlink(missing_ok=True)
        path.with_name(path.name.removesuffix(".json") + ".warc.gz").unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            self.folder.rmdir()  # only when empty
