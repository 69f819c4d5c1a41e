"""Label checks for fresh4 pages: every label occurs once, where it is meant to be."""

from __future__ import annotations

from lxml import html as lxml_html

from eval.unseen.build import Page
from eval.unseen.score import normalise

SEP = " \x00 "  # survives normalise(), so no label can match across two blocks
INLINE = frozenset({"a", "abbr", "b", "cite", "code", "em", "font", "i", "label", "mark",
                    "q", "s", "small", "span", "strong", "sub", "sup", "time", "u"})
SKIP = frozenset({"script", "style", "head", "template", "noscript", "title"})


def _walk(el: lxml_html.HtmlElement, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in SKIP or not tag:
        if el.tail:
            out.append(el.tail)
        return
    block = tag not in INLINE
    if block:
        out.append(SEP)
    if el.text:
        out.append(el.text)
    for child in el:
        _walk(child, out)
    if block:
        out.append(SEP)
    if el.tail:
        out.append(el.tail)


def visible_text(el: lxml_html.HtmlElement) -> str:
    """The element's visible text, normalised, blocks separated by ``SEP``."""
    out: list[str] = []
    _walk(el, out)
    return normalise("".join(out))


def problems(page: Page) -> list[str]:
    """What is wrong with ``page``'s labels (empty when they are sound)."""
    root = lxml_html.document_fromstring(page.html)
    text = visible_text(root)
    errs: list[str] = []
    content = [normalise(c) for c in page.content]
    noise = [(normalise(n.text), n) for n in page.noise]
    for c in content:
        if text.count(c) != 1:
            errs.append(f"content x{text.count(c)}: {c[:60]}")
    for f in page.figures:
        if text.count(normalise(f)) != 1:
            errs.append(f"figure x{text.count(normalise(f))}: {f}")
    for t in page.traps:
        if t not in page.content:
            errs.append(f"trap not content: {t[:60]}")
    head = normalise(page.html.split("<title>")[1].split("</title>")[0]) \
        if "<title>" in page.html else ""
    for n, label in noise:
        if text.count(n) != 1:
            errs.append(f"noise x{text.count(n)}: {n[:60]}")
        if any(n in c or c in n for c in content):
            errs.append(f"noise/content overlap: {n[:60]}")
        if n in head:
            errs.append(f"noise in title: {n[:60]}")
        if any(n != m and n in m for m, _ in noise):
            errs.append(f"noise inside other noise: {n[:60]}")
        if label.where not in ("in-article", "after", "outside"):
            errs.append(f"bad where: {label.where}")
    if errs:
        return errs
    # The article container: the smallest element holding all content and all noise
    # labelled in-article or after. It must hold no noise labelled outside.
    inside = content + [n for n, label in noise if label.where != "outside"]
    outside = [n for n, label in noise if label.where == "outside"]
    best = None
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        t = visible_text(el)
        if all(s in t for s in inside) and (best is None or len(t) < len(best)):
            best = t
    if best is None:
        return ["no container"]
    errs.extend(f"outside noise in container: {n[:60]}" for n in outside if n in best)
    if not any(label.where == "in-article" for label in page.noise):
        errs.append("no in-article noise")
    return errs
