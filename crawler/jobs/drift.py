"""Sites whose text length or noise rate drifted from their history: the sign of a layout change.

Every crawl and re-clean writes per-site figures into its run record
(crawler/ingest/figures.py): pages cleaned, mean text length, noise rate. When a
publisher changes its templates, extraction on its pages tends to either lose the
article (text length falls) or take in the new furniture (text length or noise rate
rises). ``site_drift`` compares one run's figures per site with the median of the
site's earlier runs and names the sites that moved beyond the thresholds.
"""

from __future__ import annotations

import json
import logging
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from crawler.store.base import Store, StoreError

logger = logging.getLogger(__name__)

#: Relative change of a site's mean text length that counts as drift. Not tuned on real
#: crawls yet: a template change that breaks extraction usually halves the text or
#: doubles it (navigation and comments taken in), while day-to-day variation of news
#: articles on one site stays well inside +-40% over a run of some pages.
TEXT_DRIFT = 0.40
#: Absolute change of a site's noise rate (share of characters plugins removed) that
#: counts as drift: a new related-links block or newsletter prompt on every page.
NOISE_DRIFT = 0.15
#: A run's figures for a site are compared only when it cleaned at least this many pages.
MIN_PAGES = 3
#: Earlier runs a site needs before its figures are compared.
MIN_HISTORY = 2


@dataclass(frozen=True)
class SiteDrift:
    """One site's figures in the run against its history."""

    site: str
    pages: int
    mean_text_chars: float
    noise_rate: float
    history_runs: int
    baseline_text_chars: float | None
    baseline_noise_rate: float | None
    reasons: tuple[str, ...] = ()

    @property
    def drifted(self) -> bool:
        """Whether the site moved beyond a threshold."""
        return bool(self.reasons)


@dataclass
class DriftReport:
    """Every site of one run, drifted ones first."""

    run_id: str
    job: str
    history: list[str] = field(default_factory=list)  # earlier run ids compared against
    sites: list[SiteDrift] = field(default_factory=list)

    @property
    def drifted(self) -> list[SiteDrift]:
        """The sites that drifted."""
        return [s for s in self.sites if s.drifted]

    def to_json(self) -> dict[str, Any]:
        """The report as JSON."""
        return {"run_id": self.run_id, "job": self.job, "history": self.history,
                "sites": [{**s.__dict__, "reasons": list(s.reasons), "drifted": s.drifted}
                          for s in self.sites]}


def load_run_figures(store: Store) -> list[dict[str, Any]]:
    """Run records that carry per-site figures, oldest first (unreadable ones are logged)."""
    records = []
    for key in store.list("runs/"):
        if not key.endswith(".json"):
            continue
        try:
            record = json.loads(store.get(key).data)
        except (StoreError, ValueError) as exc:
            logger.warning("skipping run record %s: %s", key, exc)
            continue
        if isinstance(record, dict) and isinstance(record.get("figures"), dict):
            records.append(record)
    return sorted(records, key=lambda r: str(r.get("run_id")))


def _usable(figures: Mapping[str, Any], min_pages: int) -> bool:
    return int(figures.get("cleaned", 0) or 0) >= min_pages


def site_drift(records: Sequence[Mapping[str, Any]], run_id: str | None = None, *,
               text_drift: float = TEXT_DRIFT, noise_drift: float = NOISE_DRIFT,
               min_pages: int = MIN_PAGES, min_history: int = MIN_HISTORY) -> DriftReport:
    """Compare ``run_id`` (default: the latest run with figures) with the runs before it.

    Raises:
        LookupError: no such run, or no run with figures at all.
    """
    if not records:
        raise LookupError("no run record with figures in this store: run a crawl first")
    ids = [str(r.get("run_id")) for r in records]
    if run_id is None:
        run_id = ids[-1]
    if run_id not in ids:
        raise LookupError(f"run {run_id} has no run record with figures: "
                          f"known runs are {', '.join(ids[-5:])}")
    at = ids.index(run_id)
    current, earlier = records[at], records[:at]
    report = DriftReport(run_id, str(current.get("job")),
                         history=[str(r.get("run_id")) for r in earlier])
    for site, figures in sorted(current["figures"].get("sites", {}).items()):
        past = [r["figures"]["sites"][site] for r in earlier
                if _usable(r["figures"].get("sites", {}).get(site) or {}, min_pages)]
        text, noise = float(figures.get("mean_text_chars", 0)), float(figures.get("noise_rate", 0))
        base_text = statistics.median(float(p["mean_text_chars"]) for p in past) if past else None
        base_noise = statistics.median(float(p["noise_rate"]) for p in past) if past else None
        reasons: list[str] = []
        if base_text is not None and base_noise is not None and len(past) >= min_history \
                and _usable(figures, min_pages):
            if base_text and abs(text - base_text) / base_text > text_drift:
                reasons.append(f"mean text {text:.0f} chars vs {base_text:.0f} "
                               f"({(text - base_text) / base_text:+.0%})")
            if abs(noise - base_noise) > noise_drift:
                reasons.append(f"noise rate {noise:.1%} vs {base_noise:.1%}")
        report.sites.append(SiteDrift(site, int(figures.get("cleaned", 0) or 0), text, noise,
                                      len(past), base_text, base_noise, tuple(reasons)))
    report.sites.sort(key=lambda s: (not s.drifted, s.site))
    return report
