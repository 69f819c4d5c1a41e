"""Twelve page layouts for the unseen-template evaluation.

A template turns a page's parts (headline, byline, body items in order, items after the
article, the site's chrome) into a whole HTML document in its own markup: semantic
``article`` pages, WordPress-like posts, hashed class names with no meaning, schema.org
``itemprop``, an old table layout, AMP, paragraphs as ``div``s, ``br``-separated text, and
a bare page without containers. Even-numbered templates are the development half, odd
ones held out (``HALF``). None of them copies a test fixture's markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from eval.unseen.prose import Block


@dataclass(frozen=True, slots=True)
class Parts:
    """What a template lays out. ``body`` mixes content blocks (``Block``) and noise HTML
    (``str``) in reading order; ``after`` is noise HTML inside the article container after
    the text; ``nav``, ``sidebar`` and ``footer`` are the site's chrome (noise HTML)."""

    publisher: str
    headline: str
    dek: str
    byline: str
    date: str
    lang: str
    body: tuple[Block | str, ...]
    after: tuple[str, ...]
    nav: str
    sidebar: str
    footer: str


Render = Callable[[Block], str]


def _p(b: Block, tag: str = "p", cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    if b.kind == "h2":
        return f"<h2{attr}>{escape(b.sentences[0])}</h2>"
    if b.kind == "ul":
        return "<ul>" + "".join(f"<li>{escape(s)}</li>" for s in b.sentences) + "</ul>"
    return f"<{tag}{attr}>{escape(' '.join(b.sentences))}</{tag}>"


def _body(parts: Parts, render: Render) -> str:
    return "\n".join(item if isinstance(item, str) else render(item) for item in parts.body)


def _doc(parts: Parts, head_extra: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{parts.lang}"><head><meta charset="utf-8">'
            f"<title>{escape(parts.headline)} | {escape(parts.publisher)}</title>"
            f'<meta name="description" content="{escape(parts.dek)}">{head_extra}</head>'
            f"<body>\n{body}\n</body></html>\n")


def t00_semantic(parts: Parts) -> str:
    body = (f"<header class='site'>{parts.nav}</header><main><article>"
            f"<header><h1>{escape(parts.headline)}</h1><p class='dek'>{escape(parts.dek)}</p>"
            f"<p class='byline'>By {escape(parts.byline)} · <time>{parts.date}</time></p>"
            f"</header><div class='article-body'>{_body(parts, _p)}</div>"
            f"<footer>{''.join(parts.after)}</footer></article>"
            f"<aside class='rail'>{parts.sidebar}</aside></main>"
            f"<footer class='site-footer'>{parts.footer}</footer>")
    return _doc(parts, "", body)


def t01_wordpress(parts: Parts) -> str:
    body = (f"<div id='page'><div id='masthead'>{parts.nav}</div><div id='content'>"
            f"<div id='primary'><div class='post hentry'>"
            f"<h1 class='entry-title'>{escape(parts.headline)}</h1>"
            f"<div class='entry-meta'>Posted on {parts.date} by {escape(parts.byline)}</div>"
            f"<div class='entry-content'>{_body(parts, _p)}{''.join(parts.after)}</div>"
            f"</div></div><div id='secondary' class='widget-area'>{parts.sidebar}</div></div>"
            f"<div id='colophon'>{parts.footer}</div></div>")
    return _doc(parts, "", body)


def t02_hashed(parts: Parts) -> str:
    def render(b: Block) -> str:
        return _p(b, "p", "sc-1q2w3e x9k") if b.kind == "p" else _p(b, cls="sc-8hj2")
    body = (f"<div id='__next'><div class='a1b2c3'>{parts.nav}</div>"
            f"<div class='d4e5f6'><div class='g7h8'><h1 class='sc-h1'>"
            f"{escape(parts.headline)}</h1><div class='k2l3'>{escape(parts.byline)}</div>"
            f"<div class='m4n5'>{_body(parts, render)}</div><div class='o6p7'>"
            f"{''.join(parts.after)}</div></div><div class='q8r9'>{parts.sidebar}</div></div>"
            f"<div class='s0t1'>{parts.footer}</div></div>")
    return _doc(parts, "", body)


def t03_itemprop(parts: Parts) -> str:
    body = (f"<div class='wrapper'><nav>{parts.nav}</nav>"
            f"<div itemscope itemtype='https://schema.org/NewsArticle' class='story'>"
            f"<h1 itemprop='headline'>{escape(parts.headline)}</h1>"
            f"<span itemprop='author'>{escape(parts.byline)}</span>"
            f"<meta itemprop='datePublished' content='{parts.date}'>"
            f"<div itemprop='articleBody'>{_body(parts, _p)}</div>"
            f"<div class='story-footer'>{''.join(parts.after)}</div></div>"
            f"<div class='sidebar'>{parts.sidebar}</div><footer>{parts.footer}</footer></div>")
    return _doc(parts, "", body)


def t04_tables(parts: Parts) -> str:
    body = (f"<table width='100%' border='0'><tr><td colspan='2'>{parts.nav}</td></tr>"
            f"<tr><td width='70%' valign='top'><font size='5'><b>{escape(parts.headline)}"
            f"</b></font><br><font size='2'>{escape(parts.byline)} - {parts.date}</font>"
            f"<div class='texto'>{_body(parts, _p)}</div>{''.join(parts.after)}</td>"
            f"<td valign='top'>{parts.sidebar}</td></tr>"
            f"<tr><td colspan='2'>{parts.footer}</td></tr></table>")
    return _doc(parts, "", body)


def t05_amp(parts: Parts) -> str:
    body = (f"<header class='amp-header'>{parts.nav}</header><main id='content' role='main'>"
            f"<div class='amp-wp-article'><h1 class='amp-title'>{escape(parts.headline)}</h1>"
            f"<div class='amp-meta'>{escape(parts.byline)}</div>"
            f"<div class='amp-content'>{_body(parts, _p)}</div>"
            f"<div class='amp-footer'>{''.join(parts.after)}</div></div></main>"
            f"<amp-sidebar id='sb'>{parts.sidebar}</amp-sidebar>"
            f"<footer class='amp-site-footer'>{parts.footer}</footer>")
    return _doc(parts, "<link rel='canonical' href='/'>", body)


def t06_divparas(parts: Parts) -> str:
    def render(b: Block) -> str:
        if b.kind == "p":
            return f"<div class='text-block'>{escape(' '.join(b.sentences))}</div>"
        return _p(b, cls="sub")
    body = (f"<div class='top'>{parts.nav}</div><div class='container'>"
            f"<div class='col-main'><div class='headline'><h1>{escape(parts.headline)}</h1>"
            f"</div><div class='meta'>{escape(parts.byline)} | {parts.date}</div>"
            f"<div class='story-text'>{_body(parts, render)}{''.join(parts.after)}</div></div>"
            f"<div class='col-side'>{parts.sidebar}</div></div>"
            f"<div class='bottom'>{parts.footer}</div>")
    return _doc(parts, "", body)


def t07_sections(parts: Parts) -> str:
    def render(b: Block) -> str:
        return _p(b, "p", "story-para") if b.kind == "p" else _p(b, cls="story-sub")
    body = (f"<nav class='primary'>{parts.nav}</nav><main><section class='story'>"
            f"<div class='story-head'><h1>{escape(parts.headline)}</h1>"
            f"<h2 class='standfirst'>{escape(parts.dek)}</h2>"
            f"<address>{escape(parts.byline)}</address></div>"
            f"<section class='story-body'>{_body(parts, render)}</section>"
            f"<section class='story-extras'>{''.join(parts.after)}</section></section>"
            f"<section class='rail'>{parts.sidebar}</section></main>"
            f"<footer>{parts.footer}</footer>")
    return _doc(parts, "", body)


def t08_brtext(parts: Parts) -> str:
    chunks: list[str] = []
    for item in parts.body:
        if isinstance(item, str):
            chunks.append(item)
        elif item.kind == "p":
            chunks.append(escape(" ".join(item.sentences)) + "<br><br>")
        else:
            chunks.append(_p(item))
    body = (f"<div id='header'>{parts.nav}</div><div id='wrap'><div id='left'>"
            f"<div class='news-title'>{escape(parts.headline)}</div>"
            f"<div class='news-date'>{parts.date}</div>"
            f"<div class='news-detail'>{''.join(chunks)}</div>{''.join(parts.after)}</div>"
            f"<div id='right'>{parts.sidebar}</div></div><div id='foot'>{parts.footer}</div>")
    return _doc(parts, "", body)


def t09_magazine(parts: Parts) -> str:
    body = (f"<div class='site'><div class='nav-bar'>{parts.nav}</div>"
            f"<article class='longform'><div class='hero'><h1>{escape(parts.headline)}</h1>"
            f"<p class='deck'>{escape(parts.dek)}</p><p class='credit-line'>Words by "
            f"{escape(parts.byline)}</p></div><div class='longform-body'>{_body(parts, _p)}"
            f"</div><div class='end-matter'>{''.join(parts.after)}</div></article>"
            f"<div class='more-from'>{parts.sidebar}</div>"
            f"<div class='footer-wrap'>{parts.footer}</div></div>")
    return _doc(parts, "", body)


def t10_arc(parts: Parts) -> str:
    def render(b: Block) -> str:
        if b.kind == "p":
            return _p(b, "p", "article-paragraph")
        return f"<div class='article-block'>{_p(b)}</div>"
    body = (f"<div id='fusion-app'><header class='nav-header'>{parts.nav}</header>"
            f"<div class='article-layout'><div class='article-header'><h1 class='headline'>"
            f"{escape(parts.headline)}</h1><div class='byline-block'>{escape(parts.byline)}"
            f"</div></div><div class='article-body-wrapper'>{_body(parts, render)}</div>"
            f"<div class='article-footer'>{''.join(parts.after)}</div></div>"
            f"<div class='right-rail'>{parts.sidebar}</div>"
            f"<footer class='site-footer'>{parts.footer}</footer></div>")
    return _doc(parts, "", body)


def t11_bare(parts: Parts) -> str:
    body = (f"{parts.nav}<h1>{escape(parts.headline)}</h1><p><i>{escape(parts.byline)}, "
            f"{parts.date}</i></p>{_body(parts, _p)}{''.join(parts.after)}<hr>"
            f"{parts.sidebar}<hr>{parts.footer}")
    return _doc(parts, "", body)


TEMPLATES: tuple[Callable[[Parts], str], ...] = (
    t00_semantic, t01_wordpress, t02_hashed, t03_itemprop, t04_tables, t05_amp,
    t06_divparas, t07_sections, t08_brtext, t09_magazine, t10_arc, t11_bare)


def half(index: int) -> str:
    """The half a template belongs to: even indexes "dev", odd "held"."""
    return "dev" if index % 2 == 0 else "held"
