"""How the service cleans: ``cleaners.clean`` with one configuration, off the reactor.

``ConfiguredClean`` is a picklable ``(body, url) -> Document`` callable: a cleaner
configuration plus the per-site rules of the sources file. ``CleanExecutor`` runs it in
the calling thread or in worker processes, so every core cleans. The crawl and the
re-clean use both, so they clean alike. ``cleaners`` is pure: a page and its URL go to
a worker and a ``Document`` comes back; nothing else crosses the process boundary.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field

import cleaners
from cleaners import CleanerConfig, Document
from cleaners.fingerprint import text_sha256
from cleaners.pipeline import decode_html
from cleaners.rules import RuleError, SiteRules
from crawler.index.signature import signature_of
from crawler.ingest.records import Cleaned
from crawler.sources import Publisher, SourcesError
from crawler.store.layout import site_of

Clean = Callable[[str | bytes, str], Document]


@dataclass(frozen=True)
class ConfiguredClean:
    """``cleaners.clean`` with one configuration, the sources file's site rules, and the
    boilerplate learned per site (crawler/ingest/boilerplate.py) when the run started."""

    config: CleanerConfig | None = None
    site_rules: Mapping[str, SiteRules] = field(default_factory=dict)  # domain -> rules
    boilerplate: Mapping[str, frozenset[str]] = field(default_factory=dict)  # site -> blocks

    def __call__(self, body: str | bytes, url: str) -> Document:
        # the same site key the boilerplate was learned under (layout.site_of)
        return cleaners.clean(body, url, config=self.config,
                              site_rules=dict(self.site_rules) or None,
                              boilerplate=self.boilerplate.get(site_of(url)))


def site_rules_of(publishers: Iterable[Publisher]) -> dict[str, SiteRules]:
    """Domain -> compiled rules for every publisher whose sources entry has rules."""
    by_domain: dict[str, SiteRules] = {}
    for publisher in publishers:
        if not publisher.rules:
            continue
        if not publisher.domains:
            raise SourcesError(f"publisher {publisher.slug}: rules need a 'domains' list "
                               "(or feeds/sitemaps/urls to take the hosts from)")
        try:
            rules = SiteRules.from_mapping(publisher.rules, publisher.domains)
        except RuleError as exc:
            raise SourcesError(f"publisher {publisher.slug}: {exc}") from exc
        for domain in rules.domains:
            by_domain[domain] = rules
    return by_domain


def signed(doc: Document) -> Cleaned:
    """``doc`` with its text's SHA-256 and dedup signature, as ingest's ``assign`` takes
    them; an empty text gets neither (ingest stores no document for it)."""
    if not doc.text.strip():
        return Cleaned(doc)
    sha = text_sha256(doc.text)
    return Cleaned(doc, sha, signature_of(doc.text, sha))


def default_workers() -> int:
    """Worker processes for cleaning: one per core the process may use."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else (os.cpu_count() or 1))


#: Pages a process cleans between two resets of trafilatura's caches. Its LRU caches
#: (line processing, trimming, the dedup test, htmldate's and courlan's) fill with
#: strings of the pages seen; ``trafilatura.meta.reset_caches`` empties them, as its
#: documentation advises for long runs, so a worker's memory does not grow with the
#: pages it has cleaned. A reset costs one ``gc.collect`` (tens of milliseconds).
CACHE_RESET_EVERY = 1000

_WORKER_CLEAN: Clean | None = None
_cleaned_since_reset = 0


def _count_page() -> None:
    """Count one cleaned page; every ``CACHE_RESET_EVERY`` pages reset trafilatura's caches."""
    global _cleaned_since_reset
    _cleaned_since_reset += 1
    if _cleaned_since_reset >= CACHE_RESET_EVERY:
        _cleaned_since_reset = 0
        from trafilatura.meta import reset_caches

        reset_caches()


def _init_worker(clean: Clean) -> None:
    global _WORKER_CLEAN
    _WORKER_CLEAN = clean  # once per worker process, so pages do not carry the cleaner


def _clean_in_worker(body: str | bytes, url: str, content_type: str | None = None
                     ) -> Cleaned:
    if _WORKER_CLEAN is None:
        raise RuntimeError("cleaning worker started without a cleaner")
    try:
        if content_type is not None:  # decoded here, not in the parent (crawl's hot path)
            body = decode_html(body, content_type)
        return signed(_WORKER_CLEAN(body, url))
    finally:
        _count_page()


class CleanExecutor:
    """A ``(body, url) -> Document`` callable: in the calling thread, or in worker processes."""

    def __init__(self, clean: Clean, workers: int) -> None:
        self._clean = clean
        self._pool: Executor | None = None
        if workers > 0:
            # forkserver: the parent runs a reactor and threads, which fork() copies badly.
            # The server imports the cleaners once, so each worker forks with trafilatura,
            # lxml and the compiled rules already loaded instead of importing them anew.
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["crawler.ingest.cleaning"])
            self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                             initializer=_init_worker, initargs=(clean,))

    def __call__(self, body: str | bytes, url: str) -> Document:
        return self.signed(body, url).doc

    def signed(self, body: str | bytes, url: str) -> Cleaned:
        """The page's Document with its text hash and dedup signature (``signed``),
        computed where it was cleaned: ingest's cleaner (``Run.cleaner``)."""
        if self._pool is None:
            try:
                return signed(self._clean(body, url))
            finally:
                _count_page()  # not exact across threads; it only paces the resets
        return self._pool.submit(_clean_in_worker, body, url).result()

    @property
    def in_processes(self) -> bool:
        """Whether pages are cleaned in worker processes (``submit`` may be used)."""
        return self._pool is not None

    def submit(self, body: str | bytes, url: str, content_type: str | None = None
               ) -> Future[Cleaned]:
        """Queue one page for a worker process; the future holds its ``Cleaned`` (or the
        CleanError). With ``content_type`` (the response's header) the worker decodes the
        body by its charset first (``decode_html``). Only with worker processes: without,
        call the executor in a thread."""
        if self._pool is None:
            raise RuntimeError("CleanExecutor.submit needs worker processes (workers > 0)")
        return self._pool.submit(_clean_in_worker, body, url, content_type)

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> CleanExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
