"""Run manifests: the commit points consumers follow, and the run record.

A manifest part is a JSON-lines object under ``manifests/<run_id>/<part>.jsonl`` that
lists what the run created, changed or deleted, each line naming a key that was fully
written *before* the part was. A run flushes a part every ``flush_every`` entries and
at its end, so a killed run still commits what it finished. Consumers read parts in
key order; the key of the last part read is their cursor.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from crawler.store import layout
from crawler.store.base import Store

#: Entries per manifest part; a part is also flushed when the run ends.
FLUSH_EVERY = 500


def manifest_part_key(run_id: str, part: int) -> str:
    """The key of part ``part`` (1-based) of run ``run_id``'s manifest."""
    return f"manifests/{run_id}/{part:05d}.jsonl"


@dataclass
class Manifest:
    """Collects one run's manifest entries and writes them in numbered parts."""

    store: Store
    run_id: str
    flush_every: int = FLUSH_EVERY
    _pending: list[dict[str, Any]] = field(default_factory=list)
    _part: int = 0
    _seq: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    parts: list[str] = field(default_factory=list)

    def add(self, op: str, kind: str, key: str, **extra: Any) -> None:
        """Record that ``key`` was written (op "put") or removed (op "delete")."""
        with self._lock:
            self._seq += 1
            entry = {"schema": layout.MANIFEST_SCHEMA, "run_id": self.run_id, "seq": self._seq,
                     "op": op, "kind": kind, "key": key}
            entry.update({k: v for k, v in extra.items() if v is not None})
            self._pending.append(entry)
            flush = len(self._pending) >= self.flush_every
        if flush:
            self.flush()

    def flush(self) -> str | None:
        """Write pending entries as the next part; return its key (None if nothing pending)."""
        with self._lock:
            if not self._pending:
                return None
            self._part += 1
            key = manifest_part_key(self.run_id, self._part)
            body = "".join(json.dumps(e, sort_keys=True) + "\n" for e in self._pending)
            self.store.put(key, body.encode("utf-8"), content_type="application/x-ndjson",
                           if_none_match=True)
            self._pending.clear()
            self.parts.append(key)
            return key

    def pending(self) -> list[dict[str, Any]]:
        """A copy of the entries recorded but not yet flushed, in order."""
        with self._lock:
            return [dict(e) for e in self._pending]

    @property
    def entries_written(self) -> int:
        """How many entries were recorded so far (flushed or not)."""
        return self._seq


def write_run_record(store: Store, run_id: str, record: Mapping[str, Any]) -> str:
    """Write ``runs/<run_id>.json`` (stats and configuration snapshot) and return its key."""
    key = layout.run_key(run_id)
    body = {"schema": layout.RUN_SCHEMA, "run_id": run_id, **record}
    store.put(key, json.dumps(body, indent=2, sort_keys=True, default=str).encode("utf-8"),
              content_type="application/json")
    return key


def iter_manifest_entries(store: Store, cursor: str | None = None
                          ) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(part_key, entry)`` for every manifest part after ``cursor``, in order."""
    for key in store.list("manifests/"):
        if not key.endswith(".jsonl") or (cursor is not None and key <= cursor):
            continue
        for line in store.get(key).data.decode("utf-8").splitlines():
            if line.strip():
                yield key, json.loads(line)
