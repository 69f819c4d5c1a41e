"""What a store holds, compared across runs: the fault, spool and kill tests' yardstick.

``stored_set`` reads documents, page records, raw archives and manifest entries and
drops what differs between two correct runs of the same crawl (when, which run, the
order pages arrived in). It also checks the promises on announcements as it reads:
no document version is announced twice, and a consumer replaying every manifest part
in order ends with exactly the documents and page records the store holds.
"""

from __future__ import annotations

import json
from typing import Any

from crawler.store.base import Store
from crawler.store.manifest import iter_manifest_entries

#: Fields that differ between two runs of the same crawl: when, which run, and how many
#: versions a document went through (one a member page that arrived after the first,
#: so it depends on arrival order, not on faults), and which of the feeds and sitemaps
#: listing a page was read first (``found_via``).
RUN_FIELDS = ("run_id", "updated_at", "version", "found_via")


def _raw(key: str) -> str:
    """A key without what depends on time and order: a raw WARC's fetch time, a
    history version's number (``raw/ab/<url_key>``, ``docs-history/ab/<id>``)."""
    return key.rsplit("/", 1)[0] if key.startswith(("raw/", "docs-history/")) else key


def _strip_fetch(fetch: dict[str, Any]) -> dict[str, Any]:
    kept = {k: v for k, v in fetch.items() if k not in ("fetched_at", "raw_key")}
    kept["headers"] = {k: v for k, v in (fetch.get("headers") or {}).items() if k != "date"}
    return kept


def _page(record: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in record.items() if k not in RUN_FIELDS}
    out["fetch"] = _strip_fetch(record.get("fetch") or {})
    out["history"] = len(record.get("history") or ())
    return out


def _doc(doc: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in doc.items() if k not in (*RUN_FIELDS, "provenance", "history")}
    out["sources"] = [{**{k: v for k, v in s.items() if k not in RUN_FIELDS},
                       "fetch": _strip_fetch(s.get("fetch") or {})}
                      for s in doc.get("sources") or ()]
    return out


def stored_set(store: Store) -> dict[str, Any]:
    """What a store holds, without what differs between two runs of one crawl."""
    docs = {k: _doc(json.loads(store.get(k).data)) for k in store.list("docs/")}
    pages = {k: _page(json.loads(store.get(k).data)) for k in store.list("pages/")}
    raw = sorted(_raw(k) for k in store.list("raw/"))
    entries = [e for _, e in iter_manifest_entries(store)]
    # every version written is announced once: no (key, version) twice
    versions = [(e["op"], e["key"], e.get("version")) for e in entries if e["kind"] == "doc"]
    assert len(versions) == len(set(versions)), "a document version was announced twice"
    # a consumer replaying the manifests in order ends with what the store holds
    live: dict[str, Any] = {}
    for entry in entries:
        if entry["kind"] in ("doc", "page"):
            if entry["op"] == "put":
                live[entry["key"]] = entry.get("version")
            else:
                live.pop(entry["key"], None)
    held = {k: json.loads(store.get(k).data).get("version") for k in (*docs, *pages)}
    assert live == held, differences(live, held)
    announced = sorted({_raw(e["key"]) for e in entries if e["kind"] == "raw"})
    return {"docs": docs, "pages": pages, "raw": raw, "announced": announced}


def differences(got: Any, want: Any, path: str = "") -> list[str]:
    """Where two stored sets differ (paths and values), for a readable failure."""
    if isinstance(got, dict) and isinstance(want, dict):
        out = []
        for key in sorted(set(got) | set(want), key=str):
            if key not in got or key not in want:
                out.append(f"{path}/{key}: only in {'want' if key in want else 'got'}")
            else:
                out.extend(differences(got[key], want[key], f"{path}/{key}"))
        return out
    if isinstance(got, list) and isinstance(want, list) and len(got) == len(want):
        return [d for i, (g, w) in enumerate(zip(got, want, strict=True))
                for d in differences(g, w, f"{path}[{i}]")]
    if got != want:
        return [f"{path}: {str(got)[:300]} != {str(want)[:300]}"]
    return []


#: The parts of a stored set two runs must agree on.
PARTS = ("docs", "pages", "raw", "announced")


def assert_same_set(got: dict[str, Any], want: dict[str, Any]) -> None:
    """Fail, naming each difference, unless two stored sets hold the same ``PARTS``."""
    for part in PARTS:
        assert got[part] == want[part], (part, differences(got[part], want[part]))
