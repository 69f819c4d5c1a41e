"""Key patterns of the bucket layout (docs/bucket-layout.md is the contract; keep both in step).

Every key the service writes is built here, so the layout lives in one place.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime
from urllib.parse import urlsplit

#: Bumped when a key pattern or a JSON schema changes incompatibly; written into every object.
LAYOUT_VERSION = 1
DOCUMENT_SCHEMA = "newsrake.document/1"
PAGE_SCHEMA = "newsrake.page/1"
RUN_SCHEMA = "newsrake.run/1"
MANIFEST_SCHEMA = "newsrake.manifest/1"
TAKEDOWN_SCHEMA = "newsrake.takedown/1"


def site_of(url: str) -> str:
    """The site of ``url``: its host (and port, if any), lower-cased, without ``www.``.

    Page records, dedup entries and the boilerplate learned per site are all keyed by it.
    """
    return urlsplit(url).netloc.lower().removeprefix("www.")


def url_key(url: str) -> str:
    """A stable 24-hex key for a URL (sha256 of the normalised URL)."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]


def compact_time(iso: str) -> str:
    """``2026-11-25T17:53:00Z`` -> ``20261125T175300Z`` (sortable, key-safe)."""
    return iso.replace("-", "").replace(":", "").split(".")[0].rstrip("Z") + "Z"


def raw_key(url: str, fetched_at: str) -> str:
    """Where the WARC of one fetch of ``url`` lives."""
    key = url_key(url)
    return f"raw/{key[:2]}/{key}/{compact_time(fetched_at)}.warc.gz"


def page_key(url: str) -> str:
    """The page record of ``url``: latest fetch, its cleaned document, and its history."""
    return page_key_for(url_key(url))


def page_key_for(key: str) -> str:
    """The page record of the URL whose url key is ``key``."""
    return f"pages/{key[:2]}/{key}.json"


def url_key_of_page_key(key: str) -> str | None:
    """The url key in a page-record key ``pages/ab/<url_key>.json`` (None for other keys)."""
    name = key.rsplit("/", 1)[-1]
    if not key.startswith("pages/") or not name.endswith(".json"):
        return None
    url_key = name.removesuffix(".json")
    try:
        int(url_key, 16)
    except ValueError:
        return None
    return url_key


def doc_key(doc_id: str) -> str:
    """The current version of canonical document ``doc_id``."""
    return f"docs/{doc_id[:2]}/{doc_id}.json"


def doc_history_key(doc_id: str, version: int) -> str:
    """A superseded version of canonical document ``doc_id``."""
    return f"docs-history/{doc_id[:2]}/{doc_id}/{version:06d}.json"


def takedown_key(url: str) -> str:
    """The takedown marker of ``url``: while it exists, the URL is not fetched or stored."""
    key = url_key(url)
    return f"takedowns/{key[:2]}/{key}.json"


#: Where running jobs leave their markers (crawler/ingest/recovery.py).
ACTIVE_RUNS_PREFIX = "runs-active/"


def active_run_key(run_id: str) -> str:
    """The marker of a running job: who runs it and its heartbeat; gone when it ends."""
    return f"{ACTIVE_RUNS_PREFIX}{run_id}.json"


def run_key(run_id: str) -> str:
    """The run record of ``run_id``: stats and a snapshot of its configuration."""
    return f"runs/{run_id}.json"


def new_run_id(now: datetime | None = None) -> str:
    """A run id that sorts by start time: ``20261125T175300Z-1f41a2b``.

    The suffix starts with the millisecond in three hex digits, then random: two runs
    started in the same second still sort in start order (a scheduler's back-to-back
    runs did not), and the id keeps the documented ``<second>Z-<alnum>`` shape.
    """
    now = now or datetime.now(UTC)
    return f"{now.strftime('%Y%m%dT%H%M%SZ')}-{now.microsecond // 1000:03x}{secrets.token_hex(2)}"


def utc_now() -> str:
    """The current UTC time as ISO 8601 with a ``Z`` suffix, to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
