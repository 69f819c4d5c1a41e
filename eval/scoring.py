"""The article-extraction benchmark's metric, written from its README.

Tokens are ``\\w+`` (Unicode, case kept); a text becomes a multiset of token 4-gram
shingles (a text of 1 to 4 tokens gives exactly one shingle). Per document the
multiset TP/FP/FN are normalised so that TP+FP+FN = 1. Precision is the mean of
TP/(TP+FP) over documents with TP+FP > 0, recall the mean of TP/(TP+FN) over
documents with a non-empty truth, F1 the harmonic mean of the two means, accuracy
the share of documents whose token sequence equals the truth's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE_N = 4


def tokens(text: str) -> list[str]:
    """The benchmark's tokens of ``text``: ``\\w+`` runs, case kept."""
    return _TOKEN.findall(text)


def shingles(toks: list[str], n: int = SHINGLE_N) -> Counter[tuple[str, ...]]:
    """Multiset of token n-grams; 1..n tokens give one shingle, no tokens none."""
    if not toks:
        return Counter()
    if len(toks) <= n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


@dataclass(frozen=True, slots=True)
class PageScore:
    """Normalised TP/FP/FN of one page, and whether its tokens match the truth exactly."""

    tp: float
    fp: float
    fn: float
    exact: bool
    empty_prediction: bool
    empty_truth: bool

    @property
    def precision(self) -> float | None:
        """TP/(TP+FP), None when the prediction has no shingles."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp > 0 else None

    @property
    def recall(self) -> float | None:
        """TP/(TP+FN), None when the truth is empty."""
        return None if self.empty_truth else (
            self.tp / (self.tp + self.fn) if self.tp + self.fn > 0 else 0.0)


def score_page(truth: str, prediction: str) -> PageScore:
    """Score one prediction against its truth."""
    t_tokens, p_tokens = tokens(truth), tokens(prediction)
    t, p = shingles(t_tokens), shingles(p_tokens)
    tp = sum((t & p).values())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return PageScore(0.0, 0.0, 0.0, t_tokens == p_tokens, True, True)
    return PageScore(tp / total, fp / total, fn / total, t_tokens == p_tokens,
                     not p_tokens, not t_tokens)


@dataclass(frozen=True, slots=True)
class SystemScore:
    """The benchmark's aggregate scores of one system."""

    f1: float
    precision: float
    recall: float
    accuracy: float
    empties: int
    pages: int


def aggregate(pages: Iterable[PageScore]) -> SystemScore:
    """Mean precision / recall over the documents that count for each, and their F1."""
    scores = list(pages)
    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(s.exact for s in scores) / len(scores) if scores else 0.0
    return SystemScore(f1, precision, recall, accuracy,
                       sum(s.empty_prediction for s in scores), len(scores))
