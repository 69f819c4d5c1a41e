"""Check the fresh5 labels and print the plain-trafilatura baseline.

Run from the repository root: ``python -m eval.fresh5.check``. It verifies, for every
page, that each content string and each noise string occurs exactly once in the visible
text, that content and in-article/after noise sit inside the article container and
outside noise outside it, that no noise string overlaps content or the title, and that
traps and figures are content of the page; then it scores plain
``trafilatura.extract(html, include_comments=False)`` with eval/unseen/score.py.
"""

from __future__ import annotations

import sys
from collections import Counter

import lxml.html
import trafilatura

from eval.fresh5.build import build_pages
from eval.fresh5.templates import TEMPLATES
from eval.fresh5.text import page_text, visible_text
from eval.unseen.build import Page
from eval.unseen.score import aggregate, normalise, score_page

CONTAINERS = {t.name: t.container for t in TEMPLATES}


def _title(page: Page) -> str:
    root = lxml.html.fromstring(page.html)
    return normalise(root.findtext(".//title") or "").split(" | ")[0]


def check_page(page: Page) -> list[str]:
    """Problems with ``page``'s labels (empty when all is well)."""
    errors: list[str] = []
    root = lxml.html.fromstring(page.html)
    boxes = root.xpath(CONTAINERS[page.template])
    if len(boxes) != 1:
        return [f"{page.page_id}: {len(boxes)} containers"]
    whole = normalise(page_text(page.html))
    inside = normalise(visible_text(boxes[0]))
    title = _title(page)
    content = [normalise(c) for c in page.content]
    for c in content:
        if whole.count(c) != 1:
            errors.append(f"content x{whole.count(c)}: {c[:60]}")
        elif c not in inside:
            errors.append(f"content outside the container: {c[:60]}")
    for t in page.traps:
        if t not in page.content:
            errors.append(f"trap not content: {t[:60]}")
    for f in page.figures:
        if normalise(f) not in inside:
            errors.append(f"figure not in the container: {f}")
    seen: set[str] = set()
    for n in page.noise:
        text = normalise(n.text)
        if text in seen:
            errors.append(f"noise twice in labels: {text}")
        seen.add(text)
        if whole.count(text) != 1:
            errors.append(f"noise x{whole.count(text)}: {text[:60]}")
        want_inside = n.where in ("in-article", "after")
        if (text in inside) != want_inside:
            errors.append(f"noise where={n.where} misplaced: {text[:60]}")
        if text in title or any(text in c or c in text for c in content):
            errors.append(f"noise overlaps content or title: {text[:60]}")
    return [f"{page.page_id}: {e}" for e in errors]


def main() -> int:
    pages = build_pages()
    errors = [e for p in pages for e in check_page(p)]
    noise = [n for p in pages for n in p.noise]
    print(f"pages {len(pages)}, templates {len({p.template for p in pages})}, "
          f"stories {len({p.story_id for p in pages})}, "
          f"languages {sorted(Counter(p.lang for p in pages).items())}")
    print(f"content strings {sum(len(p.content) for p in pages)}, "
          f"traps {sum(len(p.traps) for p in pages)}, "
          f"figures {sum(len(p.figures) for p in pages)}, noise labels {len(noise)} "
          f"(in-article {sum(n.where == 'in-article' for n in noise)}, "
          f"after {sum(n.where == 'after' for n in noise)}, "
          f"outside {sum(n.where == 'outside' for n in noise)})")
    print("noise kinds:", dict(sorted(Counter(n.kind for n in noise).items())))
    print(f"label problems: {len(errors)}")
    for e in errors[:30]:
        print("  ", e)
    results = []
    for p in pages:
        text = trafilatura.extract(p.html, include_comments=False) or ""
        results.append(score_page(p, text))
    agg = aggregate(results)
    print("plain trafilatura.extract(include_comments=False):")
    for key, value in agg.items():
        print(f"  {key}: {value}")
    lost = [(r.page_id, r.content_total - r.content_kept) for r in results
            if r.content_kept < r.content_total]
    if lost:
        print("  pages losing content:", lost[:20])
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
