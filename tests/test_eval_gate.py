"""Quality gate: the benchmark scores may not fall below eval/pinned.json.

Runs the article-extraction benchmark (newsrake and trafilatura, both cores, ~10 s)
and fails when F1, precision or recall drop more than ``TOLERANCE`` below the pinned
values, when more pages come out empty, or when the worst per-page precision drop
against trafilatura grows. Raise the pins when the cleaners improve (``python -m
eval.run_eval`` prints the figures); never lower them to make a change pass.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.run_eval import benchmark_dir, evaluate
from eval.unseen.run import GATED_SETS

PINNED = Path(__file__).resolve().parent.parent / "eval" / "pinned.json"
#: Room for float noise and a page flipping between near-equal extractions.
TOLERANCE = 0.002
#: The worst page may lose this much more precision than pinned before the gate fails.
DROP_TOLERANCE = 0.01


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float]]:
    root = benchmark_dir()
    if not (root / "ground-truth.json").is_file():
        pytest.skip(f"benchmark data missing: {root / 'ground-truth.json'} "
                    "(set NEWSRAKE_BENCHMARK_DIR to its folder)")
    result = evaluate(root, ("newsrake", "trafilatura"), jobs=2)
    systems: dict[str, dict[str, float]] = result["systems"]
    return systems


@pytest.fixture(scope="module")
def pinned() -> dict[str, float]:
    data: dict[str, float] = json.loads(PINNED.read_text(encoding="utf-8"))
    return data


@pytest.mark.benchmark_data
@pytest.mark.parametrize("metric", ["f1", "precision", "recall"])
def test_score_not_below_pin(scores: dict[str, dict[str, float]], pinned: dict[str, float],
                             metric: str) -> None:
    got = scores["newsrake"][metric]
    assert got >= pinned[metric] - TOLERANCE, (
        f"{metric} fell to {got:.4f} (pinned {pinned[metric]:.4f})")


@pytest.mark.benchmark_data
def test_no_more_empty_outputs(scores: dict[str, dict[str, float]],
                               pinned: dict[str, float]) -> None:
    assert scores["newsrake"]["empties"] <= pinned["empties"]


@pytest.mark.benchmark_data
def test_worst_page_precision_drop(scores: dict[str, dict[str, float]],
                                   pinned: dict[str, float]) -> None:
    drop = scores["newsrake"]["worst_precision_drop"]
    assert drop <= pinned["worst_precision_drop"] + DROP_TOLERANCE, (
        f"a page lost {drop:.3f} precision against trafilatura "
        f"(page {scores['newsrake']['worst_precision_drop_page']})")


@pytest.mark.benchmark_data
def test_still_beats_trafilatura(scores: dict[str, dict[str, float]]) -> None:
    assert scores["newsrake"]["f1"] > scores["trafilatura"]["f1"]


@pytest.mark.benchmark_data
def test_pages_losing_recall_against_trafilatura_do_not_grow(
        scores: dict[str, dict[str, float]], pinned: dict[str, float]) -> None:
    # Issue 13's target is none; the pin is where the cleaners stand, and may only fall.
    got = scores["newsrake"]["pages_losing_recall"]
    assert got <= pinned["pages_losing_recall"], (
        f"{got} pages keep >10% less recall than plain trafilatura "
        f"(pinned {pinned['pages_losing_recall']}): "
        f"{scores['newsrake']['pages_losing_recall_ids']}")


@pytest.mark.benchmark_data
def test_cross_validated_guard_thresholds_not_below_pin(pinned: dict[str, float]) -> None:
    from eval.crossval import GAINS, SHARES, crossvalidate, score_grid

    root = benchmark_dir()
    if not (root / "ground-truth.json").is_file():
        pytest.skip(f"benchmark data missing: {root / 'ground-truth.json'} "
                    "(set NEWSRAKE_BENCHMARK_DIR to its folder)")
    pages = score_grid(root, jobs=2)
    result = crossvalidate(pages, [f"{s}/{g}" for s in SHARES for g in GAINS])
    got = result["cross_validated"]["f1"]
    assert got >= pinned["cv_f1"] - TOLERANCE, f"cross-validated F1 fell to {got:.4f}"


# --- the unseen-template set (eval/unseen): generated, so it runs on every clone -------

#: Shares are over about 2,300 noise and 1,900 content strings: one string is ~0.0005.
UNSEEN_TOLERANCE = 0.001


@pytest.fixture(scope="module")
def unseen() -> dict[str, dict[str, object]]:
    from eval.unseen.run import evaluate as evaluate_unseen
    from eval.unseen.run import evaluate_site_batches

    systems: dict[str, dict[str, object]] = evaluate_unseen(jobs=2)["systems"]
    systems["newsrake+site"] = evaluate_site_batches()
    return systems


def _unseen_pin(pinned: dict[str, object], *keys: str) -> float:
    value: object = pinned["unseen"]
    for key in keys:
        assert isinstance(value, dict)
        value = value[key]
    assert isinstance(value, (int, float))
    return float(value)


@pytest.mark.parametrize("half", ["all", "dev", "held"])
def test_unseen_noise_leak_not_above_pin(unseen: dict[str, dict[str, object]],
                                         pinned: dict[str, object], half: str) -> None:
    figures = unseen["newsrake"] if half == "all" else unseen["newsrake"][half]
    assert isinstance(figures, dict)
    for metric in ("noise_leak", "in_article_noise_leak"):
        got, pin = float(figures[metric]), _unseen_pin(pinned, half, metric)
        assert got <= pin + UNSEEN_TOLERANCE, f"{half} {metric} rose to {got} (pinned {pin})"


@pytest.mark.parametrize("half", ["all", "dev", "held"])
def test_unseen_content_kept_not_below_pin(unseen: dict[str, dict[str, object]],
                                           pinned: dict[str, object], half: str) -> None:
    figures = unseen["newsrake"] if half == "all" else unseen["newsrake"][half]
    assert isinstance(figures, dict)
    for metric in ("content_recall", "trap_recall", "figures_kept"):
        got, pin = float(figures[metric]), _unseen_pin(pinned, half, metric)
        assert got >= pin - UNSEEN_TOLERANCE, f"{half} {metric} fell to {got} (pinned {pin})"


def test_unseen_beats_plain_trafilatura(unseen: dict[str, dict[str, object]]) -> None:
    ours, theirs = unseen["newsrake"], unseen["trafilatura"]
    assert float(ours["noise_leak"]) < float(theirs["noise_leak"])  # type: ignore[arg-type]
    assert float(ours["content_recall"]) >= float(theirs["content_recall"])  # type: ignore[arg-type]


def test_unseen_pages_losing_recall_do_not_grow(unseen: dict[str, dict[str, object]],
                                                pinned: dict[str, object]) -> None:
    got = unseen["newsrake"]["pages_losing_recall"]
    assert isinstance(got, int)
    assert got <= _unseen_pin(pinned, "pages_losing_recall"), (
        f"{got} unseen pages keep >10% less content than plain trafilatura: "
        f"{unseen['newsrake']['pages_losing_recall_ids']}")


@pytest.mark.parametrize("half", ["all", "held"])
def test_unseen_with_site_batches_not_worse_than_pin(unseen: dict[str, dict[str, object]],
                                                     pinned: dict[str, object], half: str,
                                                     ) -> None:
    # what a crawl delivers: each site's pages cleaned with the boilerplate their batch
    # shows (the crawl's boilerplate pass)
    figures = unseen["newsrake+site"] if half == "all" else unseen["newsrake+site"][half]
    assert isinstance(figures, dict)
    leak, pin = float(figures["noise_leak"]), _unseen_pin(pinned, "site", half, "noise_leak")
    assert leak <= pin + UNSEEN_TOLERANCE, f"site {half} noise leak rose to {leak}"
    recall = float(figures["content_recall"])
    pin = _unseen_pin(pinned, "site", half, "content_recall")
    assert recall >= pin - UNSEEN_TOLERANCE, f"site {half} content recall fell to {recall}"


# --- the sets written apart from the cleaners (eval/fresh*): pinned per set -------------

#: Issue 13's content recall target.
RECALL_TARGET = 0.995

@pytest.fixture(scope="module")
def generated() -> dict[str, dict[str, dict[str, object]]]:
    from eval.unseen.run import evaluate as evaluate_set

    return {name: evaluate_set(jobs=2, pageset=name)["systems"] for name in GATED_SETS}


def _set_pins(pinned: dict[str, object], pageset: str) -> dict[str, float]:
    sets = pinned["generated"]
    assert isinstance(sets, dict) and pageset in sets, (
        f"eval/pinned.json has no 'generated' figures for {pageset}: run "
        "`python eval/run_eval.py` and copy its generated.<set>.pinned figures in")
    pins: dict[str, float] = sets[pageset]
    return pins


def test_every_gated_set_is_pinned(pinned: dict[str, object]) -> None:
    sets = pinned["generated"]
    assert isinstance(sets, dict) and set(sets) == set(GATED_SETS)


@pytest.mark.parametrize("pageset", GATED_SETS)
def test_generated_set_not_worse_than_pin(
        generated: dict[str, dict[str, dict[str, object]]], pinned: dict[str, object],
        pageset: str) -> None:
    ours, pins = generated[pageset]["newsrake"], _set_pins(pinned, pageset)
    for metric in ("noise_leak", "in_article_noise_leak"):
        got = float(ours[metric])  # type: ignore[arg-type]
        assert got <= pins[metric] + UNSEEN_TOLERANCE, (
            f"{pageset} {metric} rose to {got} (pinned {pins[metric]})")
    for metric in ("content_recall", "trap_recall", "figures_kept"):
        got = float(ours[metric])  # type: ignore[arg-type]
        assert got >= pins[metric] - UNSEEN_TOLERANCE, (
            f"{pageset} {metric} fell to {got} (pinned {pins[metric]})")
    losing = ours["pages_losing_recall"]
    assert isinstance(losing, int) and losing <= pins["pages_losing_recall"], (
        f"{losing} {pageset} pages keep >10% less content than plain trafilatura: "
        f"{ours['pages_losing_recall_ids']}")


@pytest.mark.parametrize("pageset", GATED_SETS)
def test_generated_set_beats_plain_trafilatura(
        generated: dict[str, dict[str, dict[str, object]]], pageset: str) -> None:
    ours, theirs = generated[pageset]["newsrake"], generated[pageset]["trafilatura"]
    assert float(ours["noise_leak"]) < float(theirs["noise_leak"])  # type: ignore[arg-type]
    # content kept: as much as plain trafilatura keeps, or issue 13's 99.5% where
    # trafilatura keeps everything (it keeps the noise too)
    recall = float(ours["content_recall"])  # type: ignore[arg-type]
    assert recall >= min(float(theirs["content_recall"]), RECALL_TARGET), (  # type: ignore[arg-type]
        f"{pageset} content recall {recall} is below plain trafilatura's "
        f"{theirs['content_recall']} and below {RECALL_TARGET}")
