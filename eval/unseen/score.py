"""Score systems on the unseen-template pages: noise leak and content recall.

A label counts as found in a system's text when its normalised form (NFKC, whitespace
collapsed, typographic quotes folded) is a substring of the normalised text. Noise
leak is the share of noise strings found; content recall the share of content strings
found; a page is clean when no noise string leaks and every content string is kept.
Each figure is given overall, for noise inside the article container, per noise kind,
and per half (development templates and wordings against held-out ones).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from eval.unseen.build import Page

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'",
                         "\u2019": "'", "\u00ab": '"', "\u00bb": '"', "\u00a0": " "})


def normalise(text: str) -> str:
    """The form labels and outputs are compared in."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).translate(_QUOTES)).strip()


@dataclass(frozen=True, slots=True)
class PageResult:
    """What one system kept of one page's labels."""

    page_id: str
    half: str
    template: str
    content_total: int
    content_kept: int
    traps_total: int
    traps_kept: int
    figures_total: int
    figures_kept: int
    noise_leaked: tuple[tuple[str, str, str], ...]  # (kind, where, text)
    noise_by_kind: Mapping[str, int] = field(default_factory=dict)  # kind -> strings
    in_article_total: int = 0
    chars: int = 0

    @property
    def recall(self) -> float:
        return self.content_kept / self.content_total if self.content_total else 1.0


def score_page(page: Page, text: str) -> PageResult:
    """How much of ``page``'s content ``text`` keeps and how much of its noise leaks."""
    out = normalise(text)

    def found(label: str) -> bool:
        return normalise(label) in out

    by_kind: dict[str, int] = defaultdict(int)
    for label in page.noise:
        by_kind[label.kind] += 1
    return PageResult(
        page_id=page.page_id, half=page.half, template=page.template,
        content_total=len(page.content), content_kept=sum(map(found, page.content)),
        traps_total=len(page.traps), traps_kept=sum(map(found, page.traps)),
        figures_total=len(page.figures), figures_kept=sum(map(found, page.figures)),
        noise_leaked=tuple((n.kind, n.where, n.text) for n in page.noise if found(n.text)),
        noise_by_kind=dict(by_kind),
        in_article_total=sum(1 for n in page.noise if n.where == "in-article"),
        chars=len(text))


def _share(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def aggregate(results: Iterable[PageResult]) -> dict[str, Any]:
    """Totals over ``results``: leak, in-article leak, recall, traps, figures, per kind."""
    rs = list(results)
    noise_total = sum(sum(r.noise_by_kind.values()) for r in rs)
    leaked = [leak for r in rs for leak in r.noise_leaked]
    in_total = sum(r.in_article_total for r in rs)
    in_leaked = sum(1 for kind, where, _ in leaked if where == "in-article")
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rs:
        for kind, n in r.noise_by_kind.items():
            kinds[kind][1] += n
    for kind, _, _ in leaked:
        kinds[kind][0] += 1
    return {
        "pages": len(rs),
        "noise_strings": noise_total,
        "noise_leak": _share(len(leaked), noise_total),
        "in_article_noise_leak": _share(in_leaked, in_total),
        "content_recall": _share(sum(r.content_kept for r in rs),
                                 sum(r.content_total for r in rs)),
        "trap_recall": _share(sum(r.traps_kept for r in rs), sum(r.traps_total for r in rs)),
        "figures_kept": _share(sum(r.figures_kept for r in rs),
                               sum(r.figures_total for r in rs)),
        "pages_clean": sum(1 for r in rs if not r.noise_leaked
                           and r.content_kept == r.content_total),
        "leak_by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(kinds.items())},
    }
