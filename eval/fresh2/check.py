"""Check the fresh2 set's labels and print plain trafilatura's scores on it.

``python -m eval.fresh2.check`` verifies that every content, trap, figure and noise label
occurs (after ``normalise``) in its page's visible body text, that no noise label is a
substring of a content string, that the set has at least 120 pages over at least ten
templates with each story on three, and that two builds (one in a fresh interpreter with
another hash seed) are identical. It then prints trafilatura's content recall and noise
leak overall and per template, and fails if the overall recall is under 0.9.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import Counter, defaultdict

import lxml.html
import trafilatura

from eval.fresh2.build import build_pages
from eval.unseen.build import Page
from eval.unseen.score import PageResult, aggregate, normalise, score_page

INVISIBLE = ("script", "style", "noscript", "template", "head")


def visible_text(page_html: str) -> str:
    """The page body's text as a reader's browser would show it (no scripts or styles)."""
    root = lxml.html.document_fromstring(page_html)
    for el in root.iter(*INVISIBLE):
        el.drop_tree()
    body = root.find("body")
    return normalise((body if body is not None else root).text_content())


def digest(pages: list[Page]) -> str:
    h = hashlib.sha256()
    for p in pages:
        h.update(repr(p).encode("utf-8"))
    return h.hexdigest()


def label_errors(page: Page) -> list[str]:
    text = visible_text(page.html)
    errors: list[str] = []
    content = [normalise(c) for c in page.content]
    for group, labels in (("content", page.content), ("trap", page.traps),
                          ("figure", page.figures), ("noise", [n.text for n in page.noise])):
        errors.extend(f"{page.page_id}: {group} label not in page: {s!r}"
                      for s in labels if normalise(s) not in text)
    errors.extend(f"{page.page_id}: trap not content: {t!r}"
                  for t in page.traps if t not in page.content)
    errors.extend(f"{page.page_id}: figure not in content: {f!r}" for f in page.figures
                  if not any(normalise(f) in c for c in content))
    for n in page.noise:
        t = normalise(n.text)
        if any(t in c for c in content):
            errors.append(f"{page.page_id}: noise label inside content: {n.text!r}")
        if n.where not in ("in-article", "after", "outside"):
            errors.append(f"{page.page_id}: bad where {n.where!r}")
    texts = [n.text for n in page.noise]
    if len(texts) != len(set(texts)):
        errors.append(f"{page.page_id}: duplicate noise labels")
    if page.half != "fresh2":
        errors.append(f"{page.page_id}: half is {page.half!r}")
    return errors


def _row(name: str, agg: dict[str, object]) -> str:
    return (f"{name:<18} pages={agg['pages']:>4} recall={agg['content_recall']:.3f} "
            f"traps={agg['trap_recall']:.3f} leak={agg['noise_leak']:.3f} "
            f"in-article-leak={agg['in_article_noise_leak']:.3f} clean={agg['pages_clean']}")


def main() -> int:
    pages = build_pages()
    errors: list[str] = []
    for page in pages:
        errors.extend(label_errors(page))
    templates = {p.template for p in pages}
    if len(pages) < 120:
        errors.append(f"only {len(pages)} pages")
    if len(templates) < 10:
        errors.append(f"only {len(templates)} templates")
    per_story: dict[str, set[str]] = defaultdict(set)
    for p in pages:
        per_story[p.story_id].add(p.template)
    errors.extend(f"story {s} on {len(t)} templates" for s, t in per_story.items()
                  if len(t) != 3)
    if len({p.page_id for p in pages}) != len(pages):
        errors.append("duplicate page ids")
    again = build_pages()
    if again != pages:
        errors.append("two builds differ")
    here = digest(pages)
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    code = ("from eval.fresh2.build import build_pages; from eval.fresh2.check import digest; "
            "print(digest(build_pages()))")
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env, check=True).stdout.strip()
    if other != here:
        errors.append("a build in another interpreter differs")
    for err in errors[:50]:
        print("ERROR", err)
    kinds: Counter[str] = Counter(n.kind for p in pages for n in p.noise)
    print(f"pages={len(pages)} templates={len(templates)} stories={len(per_story)} "
          f"languages={sorted({p.lang for p in pages})}")
    print("noise strings by kind:", dict(sorted(kinds.items())))
    print("distinct noise strings by kind:", dict(sorted(Counter(
        k for k, _ in {(n.kind, n.text) for p in pages for n in p.noise}).items())))
    print(f"content strings={sum(len(p.content) for p in pages)} "
          f"traps={sum(len(p.traps) for p in pages)} "
          f"figures={sum(len(p.figures) for p in pages)}")
    results: list[PageResult] = []
    for page in pages:
        text = trafilatura.extract(page.html, include_comments=False) or ""
        results.append(score_page(page, text))
    overall = aggregate(results)
    print("\nplain trafilatura (include_comments=False)")
    print(_row("overall", overall))
    print("leak by kind:", overall["leak_by_kind"])
    for name in sorted(templates):
        print(_row(name, aggregate(r for r in results if r.template == name)))
    if overall["content_recall"] < 0.9:
        errors.append(f"trafilatura content recall {overall['content_recall']} < 0.9")
        print("ERROR", errors[-1])
    print("\nOK" if not errors else f"\nFAILED: {len(errors)} problems")
    return 0 if not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
