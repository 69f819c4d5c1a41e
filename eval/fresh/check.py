"""Check the fresh set's labels and print plain trafilatura's scores on it.

Usage: ``python -m eval.fresh.check [--no-trafilatura]``. Verifies that every content,
trap, figure and noise label occurs (after ``eval.unseen.score.normalise``) in the page's
visible body text; that traps and figures are content; that no noise label is part of a
content string, the headline or the dek, and no content label is part of a noise string
(a kept noise line would otherwise count as kept content); that in-article, after and
outside noise are all present; that page ids are unique, every page is in the "fresh"
half, and there are at least 120 pages on at least 10 templates; and that building twice
gives the same pages. Then it runs plain ``trafilatura.extract(html,
include_comments=False)`` on every page and prints content recall and noise leak with
``eval.unseen.score``; the check fails if trafilatura's content recall is below 0.9.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence

import lxml.html

from eval.fresh.build import build_pages
from eval.unseen.build import Page
from eval.unseen.score import PageResult, aggregate, normalise, score_page

MIN_PAGES = 120
MIN_TEMPLATES = 10
MIN_RECALL = 0.9
WHERE = ("in-article", "after", "outside")


def visible_text(html: str) -> str:
    """The normalised text content of the page's body."""
    doc = lxml.html.document_fromstring(html)
    return normalise(doc.body.text_content())


def check_page(page: Page) -> list[str]:
    """Problems with one page's labels (empty when it is sound)."""
    problems: list[str] = []
    text = visible_text(page.html)
    doc = lxml.html.document_fromstring(page.html)
    head = normalise(doc.findtext(".//title") or "")
    content = [normalise(s) for s in page.content]
    joined = "\n".join(content)
    for group, labels in (("content", page.content), ("trap", page.traps),
                          ("figure", page.figures)):
        for label in labels:
            if normalise(label) not in text:
                problems.append(f"{group} label not on the page: {label!r}")
    for label in page.traps:
        if label not in page.content:
            problems.append(f"trap is not content: {label!r}")
    for label in page.figures:
        if normalise(label) not in joined:
            problems.append(f"figure is in no content string: {label!r}")
    noise_texts = [normalise(n.text) for n in page.noise]
    for n, norm in zip(page.noise, noise_texts, strict=True):
        if n.where not in WHERE:
            problems.append(f"bad where {n.where!r} for {n.text!r}")
        if norm not in text:
            problems.append(f"noise label not on the page: {n.text!r}")
        if norm in joined:
            problems.append(f"noise label inside content: {n.text!r}")
        if norm in head:
            problems.append(f"noise label inside the title: {n.text!r}")
    for label, norm in zip(page.content, content, strict=True):
        for other in noise_texts:
            if norm in other:
                problems.append(f"content label {label!r} is part of noise {other!r}")
    wheres = {n.where for n in page.noise}
    if wheres != set(WHERE):
        problems.append(f"noise missing for {sorted(set(WHERE) - wheres)}")
    if page.half != "fresh":
        problems.append(f"half is {page.half!r}")
    if page.finance and not page.figures:
        problems.append("finance page without figures")
    return problems


def trafilatura_results(pages: Sequence[Page]) -> list[PageResult]:
    """Plain trafilatura's output on every page, scored."""
    import trafilatura

    return [score_page(p, trafilatura.extract(p.html, include_comments=False) or "")
            for p in pages]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-trafilatura", action="store_true",
                        help="only check the labels")
    args = parser.parse_args(argv)
    pages = build_pages()
    failures: list[str] = []
    for page in pages:
        failures += [f"{page.page_id}: {p}" for p in check_page(page)]
    ids = Counter(p.page_id for p in pages)
    failures += [f"duplicate page id {i}" for i, n in ids.items() if n > 1]
    by_template = Counter(p.template for p in pages)
    if len(pages) < MIN_PAGES:
        failures.append(f"only {len(pages)} pages")
    if len(by_template) < MIN_TEMPLATES:
        failures.append(f"only {len(by_template)} templates")
    again = build_pages()
    if [p.html for p in again] != [p.html for p in pages] or again != pages:
        failures.append("build is not deterministic")

    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for page in pages:
        for n in page.noise:
            kinds[n.kind][n.where] += 1
    langs = Counter(p.lang for p in pages)
    print(f"pages: {len(pages)}  templates: {len(by_template)}  "
          f"stories: {len({p.story_id for p in pages})}  languages: {dict(sorted(langs.items()))}")
    print("pages per template:", dict(sorted(by_template.items())))
    print("content strings:", sum(len(p.content) for p in pages),
          " traps:", sum(len(p.traps) for p in pages),
          " figures:", sum(len(p.figures) for p in pages),
          " finance pages:", sum(p.finance for p in pages))
    print("noise strings by kind (in-article / after / outside):")
    for kind in sorted(kinds):
        c = kinds[kind]
        print(f"  {kind:<11} {sum(c.values()):>5}  "
              f"({c['in-article']} / {c['after']} / {c['outside']})")

    if not args.no_trafilatura:
        results = trafilatura_results(pages)
        summary = aggregate(results)
        print("plain trafilatura:", json.dumps(summary, indent=1, ensure_ascii=False))
        per_template: dict[str, list[PageResult]] = defaultdict(list)
        for r in results:
            per_template[r.template].append(r)
        print("trafilatura by template (recall, leak):")
        for name, rs in sorted(per_template.items()):
            agg = aggregate(rs)
            print(f"  {name:<24} {agg['content_recall']:.3f}  {agg['noise_leak']:.3f}")
        if summary["content_recall"] < MIN_RECALL:
            failures.append(f"trafilatura content recall {summary['content_recall']} "
                            f"< {MIN_RECALL}: a template is probably broken")

    if failures:
        print(f"\nFAILED: {len(failures)} problem(s)")
        for f in failures[:60]:
            print("  " + f)
        return 1
    print("\nOK: labels sound")
    return 0


if __name__ == "__main__":
    sys.exit(main())
