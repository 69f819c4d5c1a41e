"""The boilerplate pass: what a crawl learned about a site, applied to that crawl's pages.

A crawl cleans every page against the boilerplate learned before it started, so that
its output does not depend on the order of its pages (``crawler.ingest.boilerplate``).
On a site's first crawl nothing is learned yet, and the site's repeated chrome (a
sign-off line, a sponsor sentence) stays in every document of that run although the
batch itself shows the repetition. The pass closes that gap: after the crawl merged what
it observed, the sites whose learned boilerplate grew are re-cleaned, only the pages the
crawl fetched, through the ordinary re-clean job (the same ingest path, its own run
record and manifest part announcing the updated documents).

If the pass is interrupted, its pages are still correct, only not yet cleaned of the new
boilerplate; ``newsrake reclean --site SITE --since …`` finishes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from cleaners.rules import SiteRules
from crawler.ingest.boilerplate import load_boilerplate
from crawler.jobs.reclean import RecleanOptions, RecleanResult, run_reclean
from crawler.jobs.reclean_plan import Selection, current_cleaner
from crawler.store.base import Store


def grown_sites(before: Mapping[str, frozenset[str]],
                after: Mapping[str, frozenset[str]]) -> tuple[str, ...]:
    """Sites whose learned boilerplate has blocks it did not have ``before``."""
    return tuple(sorted(site for site, blocks in after.items()
                        if blocks - before.get(site, frozenset())))


def apply_learned_boilerplate(store: Store, before: Mapping[str, frozenset[str]],
                              since: datetime, *,
                              site_rules: Mapping[str, SiteRules] | None = None,
                              redis_url: str | None = None, workers: int = 0,
                              ) -> RecleanResult | None:
    """Re-clean the pages fetched ``since`` of every site whose boilerplate grew.

    Args:
        store: the store the crawl wrote.
        before: the learned boilerplate the crawl started with (``load_boilerplate``).
        since: when the crawl started; pages fetched earlier are left alone.
        site_rules: the crawl's per-site rules (from its sources file).
        redis_url: the crawl's Redis index, when it used one.
        workers: cleaning processes, as the crawl's ``--workers``.

    Returns:
        The re-clean's result, or None when no site learned anything new.
    """
    after = load_boilerplate(store)
    sites = grown_sites(before, after)
    if not sites:
        return None
    options = RecleanOptions(selection=Selection(since=since, sites=sites), workers=workers,
                             redis_url=redis_url)
    spec = current_cleaner(site_rules=site_rules, boilerplate=after)
    return run_reclean(store, options, spec)
