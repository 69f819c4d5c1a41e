"""Recovery keyed by the store: what a killed or cut-off crawl wrote, the next one announces.

A crawl writes objects first and lists them in a manifest part later (every 500
entries and at its end). A crawl killed in between, or stopped because the store went
away, leaves objects no manifest names: a consumer following the manifests would never
see them, and the dedup index (flushed at the end) never learnt its pages.

So every crawl leaves a marker ``runs-active/<run_id>.json`` (who runs it: host, pid,
the process's start time; a heartbeat) while it runs, and deletes it when it ends
cleanly. Before fetching anything, the next crawl looks for markers of crawls that are
dead: on this host, the process is gone; elsewhere, the heartbeat is older than
``NEWSRAKE_STALE_RUN_SECONDS`` (default 900 s). For each dead run it reads every page
record that run wrote last (``run_id``), ingests the page again from its stored WARC
(the index learns it; ingest writes nothing that did not change), and announces in its
own manifest each page record, raw WARC, document and history version the dead run
wrote but never committed. Announced objects are re-stamped with the recovering run's
id first, so a recovery killed half-way is recovered by the run after it. Then the dead
run's marker is deleted.

Cost: a scan of ``pages/`` (one read per page record), only when a dead run is found.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from collections.abc import Mapping
from typing import Any

from crawler.ingest.page import Run, ingest, load_json, reconcile_documents
from crawler.ingest.records import KEPT_HEADERS, RawPage
from crawler.ingest.warc import payload_digest, read_response
from crawler.store import layout
from crawler.store.base import (
    NotFound,
    PreconditionFailed,
    Store,
    StoreError,
    StoreUnavailable,
    dump_json,
)

logger = logging.getLogger(__name__)

#: Seconds without a heartbeat after which a run on another host counts as dead.
STALE_RUN_SECONDS = 900.0
#: Seconds between heartbeats of a running crawl (well under ``STALE_RUN_SECONDS``).
HEARTBEAT_SECONDS = 60.0


class RawPageError(Exception):
    """A stored page cannot be read back (raw WARC missing or corrupt); says why."""


def raw_page_from_record(store: Store, record: Mapping[str, Any]) -> RawPage:
    """The ``RawPage`` of a page record, read back from its stored WARC.

    The kept response headers, status, final URL and fetch time come from the record
    (so ingest reproduces its fetch section exactly); the body and the other headers
    from the WARC, whose payload digest must match the recorded one.
    """
    url = str(record["url"])
    fetch = record.get("fetch") or {}
    raw_key = fetch.get("raw_key")
    if not raw_key:
        raise RawPageError(f"{url}: the page record names no raw WARC; re-crawl the page")
    try:
        warc = store.get(str(raw_key)).data
    except NotFound:
        raise RawPageError(f"{url}: raw WARC {raw_key} is missing from the store; restore it "
                           "or re-crawl the page") from None
    try:
        target, status, headers, body, _digest, warc_date = read_response(warc)
    except Exception as exc:  # warcio raises assorted errors on damaged archives
        raise RawPageError(f"{url}: raw WARC {raw_key} is unreadable ({exc}); run "
                           "`newsrake verify` and restore it") from exc
    recorded = fetch.get("raw_digest")
    actual = payload_digest(body)
    if recorded and recorded != actual:
        raise RawPageError(f"{url}: raw WARC {raw_key} payload digest {actual} does not match "
                           f"the recorded {recorded}; run `newsrake verify` and restore it")
    kept = [(str(k), str(v)) for k, v in (fetch.get("headers") or {}).items()]
    rest = [(k, v) for k, v in headers if k.lower() not in KEPT_HEADERS]
    return RawPage(url=url, final_url=str(fetch.get("final_url") or target or url),
                   status=int(fetch.get("status") or status), headers=(*kept, *rest),
                   body=body, fetched_at=str(fetch.get("fetched_at") or warc_date),
                   found_via=dict(record.get("found_via") or {}), raw_key=str(raw_key),
                   raw_digest=str(recorded or actual))


# --------------------------------------------------------------------------- markers


def _process_start(pid: int) -> str | None:
    """The start time of process ``pid`` (Linux ``/proc``), or None where unknown."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            stat = handle.read()
    except OSError:
        return None
    return stat.rsplit(")", 1)[-1].split()[19]  # field 22, starttime


def process_owner() -> dict[str, Any]:
    """Who this process is: host, pid and the process's start time (a reused pid differs)."""
    pid = os.getpid()
    return {"host": socket.gethostname(), "pid": pid, "process_start": _process_start(pid)}


def owner_gone(owner: Mapping[str, Any]) -> bool | None:
    """Whether the process ``owner`` names has ended: True or False when it ran on this
    host (its pid is gone, or reused by another process), None when that cannot be told
    here (another host, or no ``/proc``): then only a stale heartbeat says it."""
    if owner.get("host") == socket.gethostname() and isinstance(owner.get("pid"), int):
        start = _process_start(owner["pid"])
        if start is not None or owner.get("process_start") is not None:
            return start != owner.get("process_start")
    return None


def mark_active(store: Store, run_id: str, job: str, started_at: str) -> None:
    """Write (or refresh) the marker of a running job; its heartbeat is now."""
    store.put(layout.active_run_key(run_id),
              dump_json({"run_id": run_id, "job": job, "started_at": started_at,
                         "heartbeat_at": time.time(), "owner": process_owner()}),
              content_type="application/json")


def clear_active(store: Store, run_id: str) -> None:
    """Delete the marker of a job that ended cleanly (or was recovered)."""
    store.delete(layout.active_run_key(run_id))


def _is_dead(marker: Mapping[str, Any], now: float, stale: float) -> bool:
    gone = owner_gone(marker.get("owner") or {})
    if gone is not None:
        return gone
    return now - float(marker.get("heartbeat_at") or 0) > stale


def dead_runs(store: Store, job: str, own_run_id: str) -> list[tuple[dict[str, Any], str]]:
    """The markers (and their etags) of ``job`` runs left behind by a dead process."""
    stale = float(os.environ.get("NEWSRAKE_STALE_RUN_SECONDS") or STALE_RUN_SECONDS)
    now = time.time()
    dead = []
    for key in store.list(layout.ACTIVE_RUNS_PREFIX):
        found = load_json(store, key)
        if found is None:
            continue
        marker = found[0]
        run_id = str(marker.get("run_id"))
        if marker.get("job") == job and run_id != own_run_id and _is_dead(marker, now, stale):
            dead.append((marker, found[1]))
    return sorted(dead, key=lambda m: str(m[0].get("run_id")))


def claim(store: Store, marker: Mapping[str, Any], etag: str, run_id: str) -> bool:
    """Take a dead run's marker over, so that no other worker recovers it at once.

    The marker is rewritten, on the condition that it is still the version read, with
    this process as its owner and a fresh heartbeat: to every other worker it now
    looks alive. Should this process die too, it looks dead again and the next run
    recovers it. False when another worker claimed it first.
    """
    key = layout.active_run_key(str(marker.get("run_id")))
    try:
        store.put(key, dump_json({**marker, "owner": process_owner(), "heartbeat_at": time.time(),
                                  "recovered_by": run_id}),
                  content_type="application/json", if_match=etag)
    except PreconditionFailed:
        return False
    return True


# --------------------------------------------------------------------------- recovery


def committed_keys(store: Store, run_id: str) -> frozenset[tuple[str, Any]]:
    """(key, version) of every entry in the flushed manifest parts of ``run_id``."""
    keys: set[tuple[str, Any]] = set()
    for part in store.list(f"manifests/{run_id}/"):
        for line in store.get(part).data.decode("utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                keys.add((str(entry.get("key")), entry.get("version")))
    return frozenset(keys)


class _DeadRun:
    def __init__(self, run: Run, dead_id: str) -> None:
        self.run = run
        self.store = run.store
        self.dead_id = dead_id
        self.committed = committed_keys(run.store, dead_id)
        self.by_key = {k for k, _ in self.committed}
        # ids of documents the dead run may have written or retired: a document's id is
        # the url key of its origin, and each of its pages' records names it
        self.doc_ids: set[str] = set()

    def count(self, key: str) -> None:
        self.run.stats.inc_value(key)

    def _restamp(self, key: str, obj: dict[str, Any], etag: str) -> bool:
        try:
            self.store.put(key, dump_json({**obj, "run_id": self.run.run_id}),
                           content_type="application/json", if_match=etag)
        except PreconditionFailed:
            self.count("recovery/raced")  # a live writer changed it: it announces it
            return False
        return True

    def page(self, page_key: str) -> None:
        found = load_json(self.store, page_key)
        if found is None or found[0].get("run_id") != self.dead_id:
            return
        fetch = found[0].get("fetch") or {}
        self.doc_ids.add(str(found[0].get("url_key") or layout.url_key(str(found[0]["url"]))))
        if found[0].get("doc_id"):
            self.doc_ids.add(str(found[0]["doc_id"]))
        try:
            page = raw_page_from_record(self.store, found[0])
        except RawPageError as exc:
            self.count("errors/recovery/raw")
            logger.error("recovering %s: %s", page_key, exc)
            return
        ingest(page, self.run)  # the index learns the page; unchanged objects stay as they are
        raw_key = fetch.get("raw_key")
        if raw_key and raw_key not in self.by_key:  # archived by the dead run, never listed
            self.run.manifest.add("put", "raw", str(raw_key), url=found[0].get("url"),
                                  sha256=fetch.get("raw_digest"), recovered_from=self.dead_id)
            self.count("recovery/raw")
        found = load_json(self.store, page_key)
        if found is None:
            return
        record, etag = found
        if record.get("run_id") == self.dead_id and page_key not in self.by_key \
                and self._restamp(page_key, record, etag):
            self.run.manifest.add("put", "page", page_key, url=record.get("url"),
                                  recovered_from=self.dead_id)
            self.count("recovery/page")
        if record.get("doc_id"):
            self.doc_ids.add(str(record["doc_id"]))

    def documents(self) -> None:
        """Announce the dead run's unlisted documents, and the deletions it never listed."""
        existing = {d for d in self.doc_ids if self.store.exists(layout.doc_key(d))}
        # the dead run may have died half-way through a rename: make every document it
        # may have touched agree with the index, which now knows all its pages
        with self.run.cluster_lock:
            reconcile_documents(existing, None, self.run)
        gone = []
        for doc_id in sorted(self.doc_ids):
            if self.store.exists(layout.doc_key(doc_id)):
                self.document(doc_id)
            else:
                gone.append(doc_id)
        if gone:
            self.deletions(gone)

    def deletions(self, doc_ids: list[str]) -> None:
        """Announce the retirement of documents whose last manifest entry is a put."""
        announced = announce_unlisted_deletions(self.run, doc_ids, self.dead_id)
        if announced:
            self.run.stats.inc_value("recovery/retired", announced)

    def document(self, doc_id: str) -> None:
        doc_key = layout.doc_key(doc_id)
        found = load_json(self.store, doc_key)
        if found is None:
            return
        doc, etag = found
        if doc.get("run_id") != self.dead_id or (doc_key, doc.get("version")) in self.committed:
            return
        history = list(doc.get("history") or ())
        if not self._restamp(doc_key, doc, etag):
            return
        if history and history[-1] not in self.by_key:
            self.run.manifest.add("put", "doc-history", history[-1], id=doc_id,
                                  recovered_from=self.dead_id)
        self.run.manifest.add("put", "doc", doc_key, id=doc_id, url=doc.get("url"),
                              version=doc.get("version"), recovered_from=self.dead_id)
        self.count("recovery/doc")


def announce_unlisted_deletions(run: Run, doc_ids: list[str], dead_id: str) -> int:
    """Announce, in ``run``'s manifest, the removal of those of ``doc_ids`` that are gone
    from the store although their last manifest entry (flushed, or pending in ``run``)
    is a put: a dead run retired them and died before listing it. Reads every
    manifest part; returns how many deletions were announced."""
    wanted = {layout.doc_key(d): d for d in doc_ids
              if not run.store.exists(layout.doc_key(d))}
    if not wanted:
        return 0
    last: dict[str, str] = {}
    for part in run.store.list("manifests/"):
        for line in run.store.get(part).data.decode("utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                if entry.get("kind") == "doc" and entry.get("key") in wanted:
                    last[str(entry["key"])] = str(entry.get("op"))
    for entry in run.manifest.pending():  # this run's own, not yet flushed
        if entry.get("kind") == "doc" and entry.get("key") in wanted:
            last[str(entry["key"])] = str(entry.get("op"))
    announced = 0
    for key in sorted(k for k, op in last.items() if op == "put"):
        run.manifest.add("delete", "doc", key, id=wanted[key], recovered_from=dead_id)
        announced += 1
    return announced


def recover_dead_runs(run: Run) -> list[dict[str, Any]]:
    """Announce and re-index what dead runs of ``run.job`` left; their markers."""
    dead = [marker for marker, etag in dead_runs(run.store, run.job, run.run_id)
            if claim(run.store, marker, etag, run.run_id)]
    if not dead:
        return []
    logger.warning("recovering what interrupted runs %s wrote",
                   ", ".join(str(m.get("run_id")) for m in dead))
    pages = [k for k in run.store.list("pages/") if k.endswith(".json")]
    for marker in dead:
        dead_id = str(marker.get("run_id"))
        recovering = _DeadRun(run, dead_id)
        for key in pages:
            try:
                recovering.page(key)
            except StoreUnavailable:
                raise
            except StoreError as exc:
                run.stats.inc_value("errors/store")
                logger.error("recovering %s: %s", key, exc)
        recovering.documents()
        clear_active(run.store, dead_id)
        run.stats.inc_value("recovery/runs")
    return dead


def archive_window(marker: Mapping[str, Any]) -> tuple[str, str]:
    """The fetch times (compact, as in raw keys) a dead run can have archived pages at:
    from its start to one heartbeat after its last."""
    start = layout.compact_time(str(marker.get("started_at") or "0000"))
    last = float(marker.get("heartbeat_at") or 0) + HEARTBEAT_SECONDS
    end = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(last))
    return start, end


def remove_orphan_archives(store: Store, url_keys: set[str],
                           windows: list[tuple[str, str]]) -> int:
    """Delete raw WARCs a dead run wrote for these URLs but no page record names.

    A run killed between archiving a page and writing its page record leaves a WARC
    nobody lists; the next run fetches the page again under a new key. Only a WARC
    fetched inside a dead run's window and *older* than the page record's own fetch is
    removed, so an archive a live run is about to reference (newer) is never touched.
    Never announced, so nothing is announced for it. Returns how many were removed.
    """
    removed = 0
    for url_key in sorted(url_keys):
        found = load_json(store, layout.page_key_for(url_key))
        if found is None:
            continue
        record = found[0]
        fetch = record.get("fetch") or {}
        named = {fetch.get("raw_key"), *(h.get("raw_key") for h in record.get("history") or ()
                                         if isinstance(h, dict))}
        current = layout.compact_time(str(fetch.get("fetched_at") or ""))
        for key in store.list(f"raw/{url_key[:2]}/{url_key}/"):
            when = key.rsplit("/", 1)[-1].removesuffix(".warc.gz")
            if key in named or when >= current:
                continue
            if any(start <= when <= end for start, end in windows):
                store.delete(key)
                removed += 1
    return removed
