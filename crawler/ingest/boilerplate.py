"""Per-site boilerplate learned from the pages already stored: blocks repeated across a site.

Some chrome survives every generic rule because it looks like prose: a site's own
sign-off line ("Follow the Courier on social media for live updates."), a standing
correction notice, a sponsor line written as a sentence, all sitting inside the article
container. What gives it away is repetition: the same short block, word for word, at
the end of story after story of one site, which real paragraphs never are.

``BoilerplateTracker`` records, per site, which short blocks of cleaned text appeared on
which pages (at most ``MIN_PAGES`` url keys a block, so memory stays bounded). A block
seen on ``MIN_PAGES`` different pages is boilerplate. The learned sets are kept in the
store under ``index/boilerplate/<site>.json`` and read once when a run starts: every
page of a run is cleaned against the same snapshot (so a run's output does not depend
on the order of its pages), and what a run learns applies from the next run on, or to
stored pages through ``newsrake reclean``.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from cleaners.fingerprint import normalise_text
from crawler.store.base import NotFound, Store, update_json

PREFIX = "index/boilerplate/"

#: Distinct pages a block must appear on before it counts as boilerplate. Four: three
#: stories of one site can share a sentence by chance (a recurring quote, a standard
#: background line in a running story); four different pages carrying the same short
#: block word for word are the site's template.
MIN_PAGES = 4
#: Only short blocks are tracked: a sign-off line, not a paragraph (the article
#: paragraphs of syndicated copies repeat too, and must never be learned).
MAX_BLOCK_CHARS = 120
#: Blocks of fewer words are too generic to learn ("Background", "Read more").
MIN_BLOCK_WORDS = 4
#: Tracked candidates per site; past this, blocks seen on one page only are forgotten.
MAX_CANDIDATES = 5000
#: Blocks a run's tracker holds in memory, all sites together, before it forgets the ones
#: seen on one page only (then, if that is not enough, on fewer than ``MIN_PAGES``). A
#: site's chrome repeats on page after page, so it reaches a second page long before
#: 20,000 other blocks arrive; what is forgotten is mostly each story's own short lines
#: (headline, sub-headings, captions). Unbounded, those were kept for the whole run:
#: about 2.9 kB a page on bench_e2e's pages, the larger part of the crawl parent's
#: memory growth (BENCHMARKS.md, "Memory"). 20,000 blocks are a few MB.
MAX_TRACKED = 20_000

_SITE_KEY = re.compile(r"[^a-z0-9.-]")


def site_key(site: str) -> str:
    """The store key of a site's learned boilerplate."""
    return f"{PREFIX}{_SITE_KEY.sub('_', site.lower())}.json"


def candidate_blocks(text: str) -> set[str]:
    """The normalised short blocks of a cleaned text that could be boilerplate."""
    blocks = set()
    for line in text.splitlines():
        line = line.strip()
        if not line or len(line) > MAX_BLOCK_CHARS:
            continue
        norm = normalise_text(line)
        if len(norm.split()) >= MIN_BLOCK_WORDS:
            blocks.add(norm)
    return blocks


def learned(state: Mapping[str, Any]) -> frozenset[str]:
    """The boilerplate blocks of one site's stored state."""
    blocks = state.get("blocks") or {}
    return frozenset(b for b, pages in blocks.items() if len(pages) >= MIN_PAGES)


def load_boilerplate(store: Store, sites: Iterable[str] | None = None) -> dict[str, frozenset[str]]:
    """Site -> learned boilerplate blocks, for every site (or the ``sites`` given)."""
    keys = ([site_key(s) for s in sites] if sites is not None
            else [k for k in store.list(PREFIX) if k.endswith(".json")])
    found: dict[str, frozenset[str]] = {}
    for key in keys:
        try:
            state = json.loads(store.get(key).data)
        except NotFound:
            continue
        blocks = learned(state)
        if blocks:
            found[str(state["site"])] = blocks
    return found


def _merge(state: dict[str, Any] | None, site: str,
           observed: Mapping[str, set[str]]) -> dict[str, Any]:
    state = dict(state or {"site": site, "blocks": {}})
    blocks: dict[str, list[str]] = {k: list(v) for k, v in (state.get("blocks") or {}).items()}
    for block, pages in observed.items():
        seen = blocks.setdefault(block, [])
        for page in sorted(pages):
            if len(seen) >= MIN_PAGES:
                break
            if page not in seen:
                seen.append(page)
    if len(blocks) > MAX_CANDIDATES:
        blocks = {b: p for b, p in blocks.items() if len(p) > 1}
    state["blocks"] = dict(sorted(blocks.items()))
    return state


class BoilerplateTracker:
    """Collects a run's observations and merges them into the store at the end."""

    def __init__(self, store: Store, max_tracked: int = MAX_TRACKED) -> None:
        self.store = store
        self._observed: dict[str, dict[str, set[str]]] = {}
        self._lock = threading.Lock()
        self._max_tracked = max_tracked
        self._limit = max_tracked  # raised when even the pruned set stays above half of it
        self._tracked = 0
        #: Blocks forgotten to keep memory bounded (``boilerplate/blocks_forgotten``).
        self.forgotten = 0

    def observe(self, site: str, url_key: str, text: str) -> None:
        """Note the candidate blocks of one page's cleaned text."""
        blocks = candidate_blocks(text)
        if not blocks:
            return
        with self._lock:
            per_site = self._observed.setdefault(site, {})
            for block in blocks:
                pages = per_site.get(block)
                if pages is None:
                    per_site[block] = {url_key}
                    self._tracked += 1
                elif len(pages) < MIN_PAGES:
                    pages.add(url_key)
            if self._tracked > self._limit:
                self._prune()

    def _prune(self) -> None:
        """Forget blocks seen on one page, then (if still over half the bound) on fewer
        than ``MIN_PAGES``; blocks already learned are kept. Called under the lock."""
        for below in (2, MIN_PAGES):
            for per_site in self._observed.values():
                for block in [b for b, pages in per_site.items() if len(pages) < below]:
                    del per_site[block]
                    self._tracked -= 1
                    self.forgotten += 1
            if self._tracked <= self._max_tracked // 2:
                break
        # learned blocks alone above half the bound: let them be, and prune again only
        # once as many new blocks have come (pruning stays amortised O(1) a block)
        self._limit = max(self._max_tracked, 2 * self._tracked)

    @property
    def tracked(self) -> int:
        """Blocks held in memory now, all sites together."""
        return self._tracked

    def flush(self) -> int:
        """Merge what was observed into ``index/boilerplate/``; return the sites written."""
        with self._lock:
            observed, self._observed = self._observed, {}
            self._tracked, self._limit = 0, self._max_tracked
        for site, blocks in sorted(observed.items()):
            def merge(state: dict[str, Any] | None, site: str = site,
                      blocks: dict[str, set[str]] = blocks) -> dict[str, Any]:
                return _merge(state, site, blocks)

            update_json(self.store, site_key(site), merge)
        return len(observed)
