"""Re-clean planning: which stored pages a re-clean selects (filters, shards, the
cleaner versions that make a document outdated) and the report of a dry run.

The job itself (crawler/jobs/reclean.py) reads pages back and runs them through ingest.
"""

from __future__ import annotations

import difflib
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cleaners import CleanerConfig, Document
from cleaners.rules import SiteRules
from crawler.ingest.cleaning import Clean, ConfiguredClean
from crawler.store import layout
from crawler.store.base import Store

#: Extraction provenance names -> the distribution whose version ``CleanerConfig``
#: reports (``extract:<distribution>``); "readability" is trafilatura's own port.
EXTRACTOR_DISTRIBUTION = {"trafilatura": "trafilatura", "readability": "trafilatura",
                          "trafilatura-default": "trafilatura",
                          "readability-lxml": "readability-lxml"}
#: Document fields that are not "output": where it came from and how it was made.
NON_OUTPUT_FIELDS = ("url", "provenance", "cleaner_fingerprint")


# --------------------------------------------------------------------------- selection


@dataclass(frozen=True, slots=True)
class Shard:
    """Shard ``index`` of ``count``: the pages whose ``int(url_key, 16) % count == index``."""

    index: int = 0
    count: int = 1

    def __post_init__(self) -> None:
        if self.count < 1 or not 0 <= self.index < self.count:
            raise ValueError(f"shard {self.index}/{self.count}: write I/N with 0 <= I < N "
                             "(e.g. 0/4 for the first of four workers)")

    @classmethod
    def parse(cls, spec: str) -> Shard:
        """``"I/N"`` as a shard (``ValueError`` naming the expected form otherwise)."""
        index, sep, count = spec.partition("/")
        if not sep or not index.strip().isdigit() or not count.strip().isdigit():
            raise ValueError(f"shard {spec!r}: write I/N with 0 <= I < N (e.g. 0/4)")
        return cls(int(index), int(count))

    def owns(self, url_key: str) -> bool:
        """Whether the page with ``url_key`` belongs to this shard."""
        return int(url_key, 16) % self.count == self.index

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def parse_when(value: str) -> datetime:
    """An ISO 8601 date or datetime (naive = UTC); ``ValueError`` naming the form otherwise."""
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ValueError(f"{value!r} is not a date: write 2026-11-25 or "
                         "2026-11-25T17:53:00Z") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Selection:
    """Which page records a re-clean visits. ``since`` is inclusive, ``until`` exclusive."""

    since: datetime | None = None
    until: datetime | None = None
    sites: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    outdated: bool = False
    shard: Shard = Shard()

    def to_json(self) -> dict[str, Any]:
        """The selection as recorded in the run record."""
        return {"since": self.since.isoformat() if self.since else None,
                "until": self.until.isoformat() if self.until else None,
                "sites": list(self.sites), "urls": list(self.urls), "outdated": self.outdated,
                "shard": str(self.shard)}

    def rejects(self, record: Mapping[str, Any]) -> str | None:
        """Why ``record`` is outside the date and site filters, or None if it is inside."""
        fetched = (record.get("fetch") or {}).get("fetched_at")
        if self.since is not None or self.until is not None:
            try:
                when = parse_when(str(fetched)) if fetched else None
            except ValueError:
                when = None
            if when is None:
                return "no_fetch_time"
            if self.since is not None and when < self.since:
                return "since"
            if self.until is not None and when >= self.until:
                return "until"
        if self.sites:
            site = str(record.get("site") or layout.site_of(str(record.get("url", ""))))
            wanted = (s.lower().removeprefix("www.") for s in self.sites)
            if not any(site == s or site.endswith("." + s) for s in wanted):
                return "site"
        return None


def page_keys(store: Store, selection: Selection) -> Iterator[str]:
    """The page-record keys of ``selection``'s shard, in listing (sorted) order.

    With ``urls`` only those pages are visited (no listing).
    """
    if selection.urls:
        keys: Iterable[str] = sorted({layout.page_key(u) for u in selection.urls})
    else:
        keys = store.list("pages/")
    for key in keys:
        url_key = layout.url_key_of_page_key(key)
        if url_key is not None and selection.shard.owns(url_key):
            yield key


# --------------------------------------------------------------------------- cleaner versions


@dataclass(frozen=True, slots=True)
class CleanerSpec:
    """The cleaner a re-clean runs and the versions it reports.

    ``clean`` must be picklable when the job uses worker processes. ``versions`` maps
    plugin names and ``extract:<distribution>`` to versions (``CleanerConfig
    .plugin_versions()``); ``fingerprint`` is the configuration fingerprint the cleaner
    writes into documents, when it has one.
    """

    clean: Clean
    versions: Mapping[str, str]
    fingerprint: str | None = None


def current_cleaner(config: CleanerConfig | None = None,
                    site_rules: Mapping[str, SiteRules] | None = None,
                    boilerplate: Mapping[str, frozenset[str]] | None = None) -> CleanerSpec:
    """The spec of the cleaner the crawl uses (``config`` None) or of ``config``."""
    cfg = config or CleanerConfig()
    clean = ConfiguredClean(config, dict(site_rules or {}), dict(boilerplate or {}))
    return CleanerSpec(clean, dict(cfg.plugin_versions()), cfg.fingerprint())


def cleaned_with(document: Mapping[str, Any] | Document) -> dict[str, str]:
    """The extractor and plugin versions a document's provenance says cleaned it."""
    steps = ([s.to_json() for s in document.provenance] if isinstance(document, Document)
             else list(document.get("provenance") or ()))
    versions: dict[str, str] = {}
    for step in steps:
        stage, name = step.get("stage"), str(step.get("name"))
        if stage == "plugin":
            versions[name] = str(step.get("version"))
        elif stage == "extract" and name in EXTRACTOR_DISTRIBUTION:
            versions[f"extract:{EXTRACTOR_DISTRIBUTION[name]}"] = str(step.get("version"))
    return versions


def outdated_reasons(document: Mapping[str, Any], spec: CleanerSpec) -> list[str]:
    """Why ``document`` (a page record's) is due for a re-clean; empty if it is current.

    A document whose ``cleaner_fingerprint`` is the current one is current (its text is
    what the current cleaner makes). Otherwise every extractor/plugin version in its
    provenance is compared with ``spec.versions``; plugins enabled now but absent from
    the provenance, or the reverse, count too.
    """
    fingerprint = document.get("cleaner_fingerprint")
    if spec.fingerprint is not None and fingerprint == spec.fingerprint:
        return []
    had = cleaned_with(document)
    if not had:
        return ["never cleaned (no extract or plugin provenance)"]
    reasons: list[str] = []
    for name, version in sorted(had.items()):
        current = spec.versions.get(name)
        if current is None:
            if not name.startswith("extract:"):  # an extractor may simply be unreported
                reasons.append(f"plugin {name} {version} no longer enabled")
        elif current != version:
            reasons.append(f"{name} {version} -> {current}")
    for name, version in sorted(spec.versions.items()):
        if ":" not in name and name not in had:
            reasons.append(f"plugin {name} {version} never applied")
    if not reasons and spec.fingerprint is not None and fingerprint is not None:
        reasons.append(f"cleaner configuration {fingerprint} -> {spec.fingerprint}")
    return reasons


# --------------------------------------------------------------------------- dry-run report


@dataclass
class DryRunReport:
    """What a re-clean would change, without writing anything."""

    sample_size: int = 5
    sample_lines: int = 40
    examined: int = 0
    changed: int = 0
    failed: int = 0
    chars_removed: int = 0
    chars_added: int = 0
    #: component ("plugin name" or "extract") -> {"removed": n, "added": n}
    components: dict[str, dict[str, int]] = field(default_factory=dict)
    samples: list[dict[str, str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, url: str, prior: Document | None, fresh: Document) -> bool:
        """Account for one page; return whether its document would change."""
        changed = prior is None or not same_output(prior, fresh)
        with self._lock:
            self.examined += 1
            if not changed:
                return False
            self.changed += 1
            before = prior.text if prior else ""
            old_lines, new_lines = before.splitlines(), fresh.text.splitlines()
            matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
            for op, i1, i2, j1, j2 in matcher.get_opcodes():
                if op in ("delete", "replace"):
                    self.chars_removed += sum(len(x) for x in old_lines[i1:i2])
                if op in ("insert", "replace"):
                    self.chars_added += sum(len(x) for x in new_lines[j1:j2])
            for name, delta in component_deltas(prior, fresh).items():
                slot = self.components.setdefault(name, {"removed": 0, "added": 0})
                slot["removed" if delta > 0 else "added"] += abs(delta)
            if len(self.samples) < self.sample_size:
                diff = list(difflib.unified_diff(old_lines, new_lines, "stored", "re-cleaned",
                                                 lineterm="", n=1))
                if len(diff) > self.sample_lines:
                    diff = [*diff[: self.sample_lines],
                            f"... ({len(diff) - self.sample_lines} more diff lines)"]
                self.samples.append({"url": url, "diff": "\n".join(diff)})
        return True

    def failure(self) -> None:
        """Count a page that could not be re-cleaned."""
        with self._lock:
            self.failed += 1

    def to_json(self) -> dict[str, Any]:
        """The report as JSON."""
        return {"examined": self.examined, "would_change": self.changed,
                "failed": self.failed, "chars_removed": self.chars_removed,
                "chars_added": self.chars_added,
                "components": dict(sorted(self.components.items())),
                "samples": list(self.samples)}


def component_deltas(prior: Document | None, fresh: Document) -> dict[str, int]:
    """Per plugin: more characters removed now (> 0) or fewer (< 0); "extract": fewer
    characters extracted now (> 0, i.e. removed) or more (< 0, added)."""
    def removed(doc: Document | None) -> dict[str, int]:
        out: dict[str, int] = {}
        for step in doc.provenance if doc else ():
            if step.stage == "plugin":
                out[step.name] = out.get(step.name, 0) + int(step.detail.get("removed_chars", 0))
            elif step.stage == "extract":
                out["extract"] = out.get("extract", 0) - int(step.detail.get("chars", 0))
        return out

    before, after = removed(prior), removed(fresh)
    deltas = {name: after.get(name, 0) - before.get(name, 0) for name in {*before, *after}}
    return {name: d for name, d in sorted(deltas.items()) if d}


# --------------------------------------------------------------------------- output equality

def _output(doc: Document) -> dict[str, Any]:
    return {k: v for k, v in doc.to_json().items() if k not in NON_OUTPUT_FIELDS}


def same_output(a: Document, b: Document) -> bool:
    """Whether two cleanings produced the same document (text and metadata)."""
    return _output(a) == _output(b)
