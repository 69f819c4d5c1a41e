"""The clustering algorithm, over a ``Backend``: place or remove one page, split and
merge documents, choose their origins. Shared by the embedded and the Redis backends.
"""

from __future__ import annotations

import numpy as np

from crawler.index.base import (
    JACCARD_MIN,
    NUM_PERM,
    Assignment,
    Backend,
    Member,
    OriginChoice,
    PageEntry,
    StoredPage,
    U16Array,
)
from crawler.index.origin import _cached_time, choose_origin
from crawler.index.signature import compare, components


def page_of(entry: PageEntry, sig: U16Array, shingles: int, now: float) -> StoredPage:
    """The stored form of a page entry."""
    seen = _cached_time(entry.fetched_at)
    if seen is None:
        seen = _cached_time(entry.published)
    member = Member(entry.url_key, entry.url, entry.site, entry.published, entry.fetched_at,
                    tuple(entry.origin_hints), entry.wire_credit)
    return StoredPage(entry.url_key, sig, shingles, int(entry.text_sha256[:16], 16),
                      now if seen is None else seen, member)


def _split(backend: Backend, doc_id: str, without: str) -> list[list[str]]:
    """The components a document falls into once ``without`` leaves it."""
    rest = [k for k in backend.doc_members(doc_id) if k != without]
    if not rest:
        return []
    pages = backend.pages(rest)
    pages.sort(key=lambda p: p.url_key)
    return components([p.url_key for p in pages], np.stack([p.sig for p in pages]),
                      np.array([p.shingles for p in pages], dtype=np.int64))


_Outcome = tuple[dict[str, tuple[str, ...]], tuple[str, ...], dict[str, float],
                 dict[str, OriginChoice], dict[str, str]]


def _finish(backend: Backend, groups: list[list[str]], old_docs: set[str],
            fresh: dict[str, StoredPage]) -> _Outcome:
    """Choose origins, name documents, write clusters; return what changed."""
    members: dict[str, tuple[str, ...]] = {}
    similarity: dict[str, float] = {}
    origins: dict[str, OriginChoice] = {}
    doc_of: dict[str, str] = {}
    for group in groups:
        pages = [fresh.get(k) for k in group]
        missing = [k for k, p in zip(group, pages, strict=True) if p is None]
        loaded = {p.url_key: p for p in backend.pages(missing)}
        full = [p if p is not None else loaded[k] for k, p in zip(group, pages, strict=True)]
        choice = choose_origin([p.member for p in full])
        origin = next(p for p in full if p.url_key == choice.url_key)
        others = [p for p in full if p.url_key != choice.url_key]
        sims = compare(origin.sig, origin.shingles,
                       np.stack([p.sig for p in others]) if others
                       else np.zeros((0, NUM_PERM), dtype=np.uint16),
                       np.array([p.shingles for p in others], dtype=np.int64))
        similarity[origin.url_key] = 1.0
        for p, s in zip(others, sims, strict=True):
            similarity[p.url_key] = 1.0 if p.sha == origin.sha else round(s.score, 4)
        members[choice.url_key] = tuple(sorted(group))
        origins[choice.url_key] = choice
        for k in group:
            doc_of[k] = choice.url_key
    removed = tuple(sorted(old_docs - set(members)))
    backend.set_clusters(members, removed)
    return members, removed, similarity, origins, doc_of


def assign_page(backend: Backend, page: StoredPage) -> Assignment:
    """Place ``page`` (already signed) in its cluster; the whole algorithm, under the lock."""
    old = backend.page(page.url_key)
    if old is not None and old.sha == page.sha:
        if old.member == page.member:
            current = tuple(sorted(backend.doc_members(old.doc_id)))
            return Assignment(old.doc_id, "unchanged", old.doc_id, 1.0,
                              {old.doc_id: current})
        # Same text, new metadata (a late origin hint): the origin may change.
        page.doc_id = old.doc_id
        backend.update_member(page)
        groups = [sorted(backend.doc_members(old.doc_id))]
        members_, removed, sim, origins, doc_of = _finish(backend, groups, {old.doc_id},
                                                          {page.url_key: page})
        return Assignment(doc_of[page.url_key], "unchanged", old.doc_id, 1.0, members_,
                          removed, sim, origins)
    old_docs: set[str] = set()
    part_of: dict[str, int] = {}
    parts: list[list[str]] = []
    if old is not None:  # a new version of a known URL: leave the old cluster first
        old_docs.add(old.doc_id)
        parts = _split(backend, old.doc_id, old.url_key)
        for i, part in enumerate(parts):
            for k in part:
                part_of[k] = i
        backend.delete(old.url_key)
    found = sorted(backend.candidates(page.sig) - {page.url_key})
    cands = backend.pages(found)
    sims = compare(page.sig, page.shingles,
                   np.stack([c.sig for c in cands]) if cands
                   else np.zeros((0, NUM_PERM), dtype=np.uint16),
                   np.array([c.shingles for c in cands], dtype=np.int64))
    neighbours = [(c, s) for c, s in zip(cands, sims, strict=True) if s.duplicate]
    backend.insert(page)
    group = {page.url_key}
    absorbed_parts: set[int] = set()
    for c, _ in neighbours:
        if c.url_key in part_of:
            absorbed_parts.add(part_of[c.url_key])
        elif c.doc_id not in old_docs:
            old_docs.add(c.doc_id)
            group.update(backend.doc_members(c.doc_id))
    for i in absorbed_parts:
        group.update(parts[i])
    groups = [sorted(group)] + [p for i, p in enumerate(parts) if i not in absorbed_parts]
    members, removed, similarity, origins, doc_of = _finish(
        backend, groups, old_docs, {page.url_key: page})
    doc_id = doc_of[page.url_key]
    if not neighbours:
        rule = "same-url-update" if old is not None else "new"
        return Assignment(doc_id, rule, old.doc_id if old else None, 0.0, members, removed,
                          similarity, origins)
    best_page, best = max(neighbours, key=lambda cs: (cs[1].score, cs[0].url_key))
    if best_page.sha == page.sha:
        rule = "exact"
    elif best.jaccard >= JACCARD_MIN:
        rule = "near-duplicate"
    else:
        rule = "containment"
    if old is not None and old.doc_id == doc_id:
        rule = "same-url-update"
    return Assignment(doc_id, rule, best_page.doc_id or doc_id, best.score, members, removed,
                      similarity, origins, best.jaccard, best.containment)


def remove_page(backend: Backend, url_key: str) -> Assignment | None:
    """Take a page out of the index; its document may split, change origin or disappear."""
    old = backend.page(url_key)
    if old is None:
        return None
    parts = _split(backend, old.doc_id, url_key)
    backend.delete(url_key)
    members, removed, similarity, origins, _ = _finish(backend, parts, {old.doc_id}, {})
    return Assignment(old.doc_id, "removed", None, 0.0, members, removed, similarity, origins)
