"""Check the fresh3 set's labels and report plain trafilatura on it.

``python -m eval.fresh3.check`` verifies that every content, trap, figure and noise label
occurs (after ``normalise``) in the page's visible body text, that no noise label is a
substring of a content string, that there are at least 130 pages over at least twelve
templates, and that two builds are identical. It then prints plain trafilatura's content
recall and noise leak, overall and per template, and fails if trafilatura's recall falls
below 0.9 on any template (a sign that the template hides the article).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

import lxml.html
import trafilatura

from eval.fresh3.build import build_pages
from eval.unseen.build import Page
from eval.unseen.score import PageResult, aggregate, normalise, score_page

MIN_PAGES = 130
MIN_TEMPLATES = 12
MIN_RECALL = 0.9


def visible_text(page_html: str) -> str:
    """The body's text as lxml sees it, without scripts, styles and templates."""
    root = lxml.html.fromstring(page_html.encode("utf-8"))
    for el in root.xpath("//script|//style|//noscript|//template"):
        el.drop_tree()
    body = root.find("body")
    return str((body if body is not None else root).text_content())


def page_problems(page: Page) -> list[str]:
    """What is wrong with one page's labels."""
    problems: list[str] = []
    text = normalise(visible_text(page.html))
    for group, labels in (("content", page.content), ("trap", page.traps),
                          ("figure", page.figures)):
        problems.extend(f"{page.page_id}: {group} label not on page: {s!r}"
                        for s in labels if normalise(s) not in text)
    problems.extend(f"{page.page_id}: noise label not on page: {n.text!r}"
                    for n in page.noise if normalise(n.text) not in text)
    content = [normalise(s) for s in page.content]
    for n in page.noise:
        if any(normalise(n.text) in c for c in content):
            problems.append(f"{page.page_id}: noise label inside content: {n.text!r}")
    if not set(page.traps) <= set(page.content) or not page.content:
        problems.append(f"{page.page_id}: traps are not content")
    if page.half != "fresh3" or page.noise == ():
        problems.append(f"{page.page_id}: bad half or no noise")
    wheres = Counter(n.where for n in page.noise)
    if not wheres["in-article"] or not wheres["after"] or not wheres["outside"]:
        problems.append(f"{page.page_id}: missing a placement: {dict(wheres)}")
    return problems


def main() -> int:
    pages = build_pages()
    problems = [p for page in pages for p in page_problems(page)]
    templates = sorted({p.template for p in pages})
    if len(pages) < MIN_PAGES:
        problems.append(f"only {len(pages)} pages")
    if len(templates) < MIN_TEMPLATES:
        problems.append(f"only {len(templates)} templates")
    if build_pages() != pages:
        problems.append("two builds differ")
    kinds = Counter(n.kind for p in pages for n in p.noise)
    print(f"pages {len(pages)}, templates {len(templates)}, stories "
          f"{len({p.story_id for p in pages})}, languages "
          f"{dict(sorted(Counter(p.lang for p in pages).items()))}")
    print(f"content strings {sum(len(p.content) for p in pages)}, traps "
          f"{sum(len(p.traps) for p in pages)}, figures {sum(len(p.figures) for p in pages)}")
    print("noise strings by kind:", dict(sorted(kinds.items())))
    results: list[PageResult] = []
    by_template: dict[str, list[PageResult]] = defaultdict(list)
    for page in pages:
        text = trafilatura.extract(page.html, include_comments=False) or ""
        result = score_page(page, text)
        results.append(result)
        by_template[page.template].append(result)
    overall = aggregate(results)
    print("\nplain trafilatura, overall:")
    for key, value in overall.items():
        print(f"  {key}: {value}")
    print("\nper template: recall / leak / in-article leak / traps")
    for name in templates:
        agg = aggregate(by_template[name])
        print(f"  {name:16s} {agg['content_recall']:.3f} / {agg['noise_leak']:.3f} / "
              f"{agg['in_article_noise_leak']:.3f} / {agg['trap_recall']:.3f}")
        if agg["content_recall"] < MIN_RECALL:
            problems.append(f"trafilatura recall {agg['content_recall']} on {name}")
    if problems:
        print(f"\n{len(problems)} problems:")
        for line in problems[:60]:
            print("  " + line)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
