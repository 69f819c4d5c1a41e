"""The content-loss guard: when extraction keeps far less than the page holds, a plain
extractor's fuller text is taken, and the provenance says so."""

from __future__ import annotations

import pytest

import cleaners.pipeline as pipeline
from cleaners import clean, explain
from cleaners.extract import Extraction, ExtractSettings, guard, paragraph_chars
from cleaners.pipeline import parse

STORY = [
    f"Paragraph {i} of the council story: the budget committee voted on item {i} after a "
    "long debate about road repairs, school buses and the new library on the river bank, "
    "and members said the decision would be reviewed again when the spring figures arrive."
    for i in range(14)
]
PAGE = ("<html><head><title>Council passes budget</title></head><body>"
        "<nav><p>" + "Home News Sport Weather Opinion Culture Business Travel " * 3 + "</p></nav>"
        "<main><article><h1>Council passes budget</h1>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</article></main><footer><p>" + "Contact us, careers, terms of use. " * 5
        + "</p></footer></body></html>")
URL = "https://news.example/2026/council-budget"


def test_paragraph_chars_counts_article_paragraphs_only() -> None:
    chars = paragraph_chars(parse(PAGE))
    assert chars == sum(len(p) for p in STORY)  # nav and footer paragraphs left out


def test_paragraph_chars_leaves_out_reader_comments_and_link_paragraphs() -> None:
    comments = "".join(f"<div class='comment-body'><p>{p}</p></div>" for p in STORY[:5])
    teasers = "".join(f"<p><a href='/s/{i}'>{p}</a></p>" for i, p in enumerate(STORY[5:9]))
    page = PAGE.replace("</article>", f"</article><section id='Comments'>{comments}</section>"
                                      f"<div class='more'>{teasers}</div>")
    assert paragraph_chars(parse(page)) == sum(len(p) for p in STORY)


def test_guard_takes_the_plain_extraction_when_little_was_kept() -> None:
    lost = Extraction(STORY[0], "trafilatura", "x", None, "subset 1.00, cover 1.00")
    result = guard(lost, paragraph_chars(parse(PAGE)), PAGE, URL, ExtractSettings())
    assert result.detail is not None and result.detail["fired"] is True
    assert result.detail["taken"] == "trafilatura-default"
    assert result.extraction.extractor == "trafilatura-default"
    assert all(p in result.extraction.text for p in STORY)
    assert "content-loss guard" in (result.extraction.fallback_reason or "")


def test_guard_stays_quiet_when_the_article_was_kept() -> None:
    kept = Extraction("\n".join(STORY), "trafilatura", "x")
    result = guard(kept, paragraph_chars(parse(PAGE)), PAGE, URL, ExtractSettings())
    assert result.detail is None and result.extraction is kept


def test_guard_keeps_the_text_when_no_extractor_finds_more() -> None:
    # fired (little kept against the paragraph estimate), but nothing fuller exists
    html = "<html><body><div><p>" + "x" * 1200 + "</p></div></body></html>"
    lost = Extraction("short text", "trafilatura", "x")
    result = guard(lost, 1200, html, URL, ExtractSettings(guard_gain=1000.0))
    assert result.detail is not None and result.detail["taken"] is None
    assert result.extraction is lost


def test_pipeline_records_the_guard_in_provenance_and_explain(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.extract

    def losing_extract(*args: object, **kwargs: object) -> Extraction:
        # an extraction that lost the article (as newsrake's did on an unseen page)
        found = real(*args, **kwargs)  # type: ignore[arg-type]
        return Extraction(found.text[:200], found.extractor, found.version, None, found.choice)

    monkeypatch.setattr(pipeline, "extract", losing_extract)
    doc = clean(PAGE, URL)
    step = doc.provenance[0]
    assert step.stage == "extract" and step.name == "trafilatura-default"
    assert step.detail["guard"]["taken"] == "trafilatura-default"
    assert all(p in doc.text for p in STORY)
    assert "guard" in explain(doc)


def test_normal_pages_do_not_fire_it() -> None:
    doc = clean(PAGE, URL)
    assert "guard" not in doc.provenance[0].detail
    assert all(p in doc.text for p in STORY)


def test_guard_off_with_zero_share() -> None:
    lost = Extraction(STORY[0], "trafilatura", "x")
    result = guard(lost, 10_000, PAGE, URL, ExtractSettings(guard_share=0.0))
    assert result.detail is None
