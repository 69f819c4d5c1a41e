"""The visible text of a page, as the check compares labels against it."""

from __future__ import annotations

import lxml.html

BLOCK = {"p", "div", "section", "article", "aside", "header", "footer", "nav", "main",
         "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th",
         "blockquote", "figure", "figcaption", "form", "br", "time", "button", "small",
         "label", "caption", "thead", "tbody", "iframe"}
HIDDEN = {"script", "style", "noscript", "template", "head", "iframe"}


def visible_text(node: lxml.html.HtmlElement) -> str:
    """Text of ``node`` with block boundaries as newlines (scripts and styles dropped)."""
    out: list[str] = []

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in HIDDEN:
            if el.tail:
                out.append(el.tail)
            return
        sep = "\n" if tag in BLOCK else ""
        out.append(sep)
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
        out.append(sep)
        if el.tail:
            out.append(el.tail)

    walk(node)
    return "".join(out)


def page_text(html: str) -> str:
    root = lxml.html.fromstring(html)
    body = root.find("body")
    return visible_text(body if body is not None else root)
