"""Check the fresh4 labels and score plain trafilatura on the pages.

Run from the repository root: ``python -m eval.fresh4.check``. It verifies every page's
labels (each content string, figure and noise string occurs exactly once in the page's
visible text; no noise string overlaps content, the title or another noise string; the
article container holds all content and all noise labelled in-article or after, and no
chrome), prints the set's counts, then runs ``trafilatura.extract(html,
include_comments=False)`` on every page and prints content recall and noise leak as
``eval/unseen/score.py`` computes them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

import trafilatura

from eval.fresh4.build import build_pages
from eval.fresh4.validate import problems
from eval.unseen.score import aggregate, score_page


def main() -> int:
    pages = build_pages()
    bad = {p.page_id: problems(p) for p in pages}
    bad = {k: v for k, v in bad.items() if v}
    for page_id, errs in bad.items():
        print(page_id, errs[:5])
    noise = [n for p in pages for n in p.noise]
    counts = {
        "pages": len(pages),
        "templates": len({p.template for p in pages}),
        "stories": len({p.story_id for p in pages}),
        "languages": dict(sorted(Counter(p.lang for p in pages).items())),
        "content_strings": sum(len(p.content) for p in pages),
        "traps": sum(len(p.traps) for p in pages),
        "figures": sum(len(p.figures) for p in pages),
        "noise_labels": len(noise),
        "in_article_noise": sum(1 for n in noise if n.where == "in-article"),
        "after_noise": sum(1 for n in noise if n.where == "after"),
        "outside_noise": sum(1 for n in noise if n.where == "outside"),
        "noise_kinds": len({n.kind for n in noise}),
        "pages_with_label_problems": len(bad),
    }
    print(json.dumps(counts, indent=1, ensure_ascii=False))
    results = [score_page(p, trafilatura.extract(p.html, include_comments=False) or "")
               for p in pages]
    print("plain trafilatura.extract(include_comments=False):")
    print(json.dumps(aggregate(results), indent=1, ensure_ascii=False))
    low = sorted((r for r in results if r.recall < 1.0), key=lambda r: r.recall)
    for r in low[:10]:
        print(f"  recall {r.recall:.3f} {r.page_id}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
