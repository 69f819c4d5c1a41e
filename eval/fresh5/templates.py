"""Eighteen publisher templates: page skeletons, block markup and widget wrappers.

Each template is a different house: WordPress with Gutenberg blocks, Arc XP, Drupal,
Ghost, a Substack-like newsletter page, Naviga, Escenic, Eidos, Polopoly, Bootstrap,
Tailwind, Vue/Nuxt with ``data-v`` attributes, AMP, a legacy table layout, an
iframe-heavy portal, a print-friendly page, a styled-components React site and a
Next.js site. ``Template.container`` is an XPath to the article container (used by the
check, never put in the page).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from eval.fresh5.noise import Widget
from eval.fresh5.prose import Block


@dataclass(frozen=True, slots=True)
class Chrome:
    """The site chrome, already rendered: each piece is HTML (possibly empty)."""

    nav: str
    cookie: str
    breaking: str
    ticker: str
    sidebar: str
    footer: str


@dataclass(frozen=True, slots=True)
class Parts:
    publisher: str
    domain: str
    headline: str
    dek: str
    byline: str
    date: str
    lang: str
    body: tuple[Block | Widget, ...]
    after: tuple[Widget, ...]
    chrome: Chrome
    seed: int


Tags = dict[str, str]


def _open_close(tag: str) -> tuple[str, str]:
    names = re.findall(r"<([a-z0-9-]+)", tag)
    return tag, "".join(f"</{n}>" for n in reversed(names))


def render_block(b: Block, tags: Tags) -> str:
    """One story block in a template's markup (``tags`` maps block kind to open tag)."""
    def t(kind: str, default: str) -> tuple[str, str]:
        return _open_close(tags.get(kind, default))

    if b.kind == "p":
        o, c = t("p", "<p>")
        return o + escape(" ".join(b.sentences), quote=False) + c
    if b.kind in ("h2", "h3"):
        o, c = t(b.kind, f"<{b.kind}>")
        return o + escape(b.sentences[0], quote=False) + c
    if b.kind in ("ul", "ol"):
        o, c = t(b.kind, f"<{b.kind}>")
        li, lc = t("li", "<li>")
        return o + "".join(li + escape(i, quote=False) + lc for i in b.sentences) + c
    if b.kind == "quote":
        o, c = t("quote", "<blockquote>")
        return o + "".join(f"<p>{escape(s, quote=False)}</p>" for s in b.sentences) + c
    if b.kind == "pull":
        o, c = t("pull", '<aside class="pullquote">')
        return o + f"<p>{escape(b.caption, quote=False)}</p>" + c
    o, c = t("table", "<table>")
    head = ""
    if b.header:
        head = "<thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in b.header) + \
            "</tr></thead>"
    cap = f"<caption>{escape(b.caption)}</caption>" if b.caption and b.header else ""
    rows = "".join("<tr>" + "".join(f"<td>{escape(x)}</td>" for x in r) + "</tr>"
                   for r in b.rows)
    return o + cap + head + "<tbody>" + rows + "</tbody>" + c


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    publisher: str
    domain: str
    container: str  # XPath of the article container
    tags: Tags
    wrap: Callable[[Widget, random.Random], str]
    page: Callable[[Parts, str, str], str]  # (parts, body html, after html) -> page
    chrome: tuple[str, ...] = ("nav", "cookie", "breaking", "ticker", "sidebar", "footer")


def _cls_wrap(fmt: str) -> Callable[[Widget, random.Random], str]:
    def wrap(w: Widget, rng: random.Random) -> str:
        return f'<{w.tag} class="{fmt.format(k=w.kind)}">{w.html}</{w.tag}>'
    return wrap


def _obf_wrap(prefix: str) -> Callable[[Widget, random.Random], str]:
    def wrap(w: Widget, rng: random.Random) -> str:
        code = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(6))
        return f'<div class="{prefix}-{code}" data-component="{w.kind.title()}">{w.html}</div>'
    return wrap


def _head(p: Parts, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{p.lang}"><head><meta charset="utf-8">'
            f"<title>{escape(p.headline)} | {escape(p.publisher)}</title>"
            f'<meta name="viewport" content="width=device-width">{extra}</head>')


def _ld(p: Parts) -> str:
    return ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"'
            + escape(p.headline).replace('"', "'") + '"}</script>')


# --- page skeletons ---------------------------------------------------------------


def wordpress(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p, _ld(p)) + '<body class="post-template-default single single-post">'
            f'{c.cookie}<div id="page" class="site"><header id="masthead" class="site-header">'
            f'<p class="site-title"><a href="/">{p.publisher}</a></p>'
            f'<nav id="site-navigation" class="main-navigation">{c.nav}</nav></header>'
            f'{c.breaking}<div id="content" class="site-content"><main id="main" '
            f'class="site-main"><article id="post-{p.seed % 90000}" class="post type-post">'
            f'<header class="entry-header"><h1 class="entry-title">{p.headline}</h1>'
            f'<div class="entry-meta"><span class="byline">By {p.byline}</span> '
            f'<time class="entry-date published">{p.date}</time></div></header>'
            f'<div class="entry-content">{body}{after}</div></article></main>'
            f'<aside id="secondary" class="widget-area">{c.ticker}{c.sidebar}</aside></div>'
            f'<footer id="colophon" class="site-footer">{c.footer}</footer></div></body></html>')


def arc(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p, _ld(p)) + '<body><div id="fusion-app" class="layout-section">'
            f'<div class="b-header-nav-chain">{c.nav}</div>{c.ticker}{c.breaking}'
            '<div class="b-single-column-regular"><div class="b-single-column-regular__main">'
            f'<header class="b-headline"><h1 class="c-heading">{p.headline}</h1>'
            f'<p class="c-subheadline">{p.dek}</p><div class="b-byline">'
            f'<span class="c-attribution">By {p.byline}</span></div>'
            f'<div class="b-date"><time>{p.date}</time></div></header>'
            f'<article class="b-article-body">{body}{after}</article></div>'
            f'<div class="b-right-rail">{c.sidebar}</div></div>'
            f'<footer class="b-footer">{c.footer}</footer></div>{c.cookie}'
            '<script id="fusion-metadata">window.Fusion={};</script></body></html>')


def drupal(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p) + '<body class="path-node page-node-type-article">'
            f'<div class="dialog-off-canvas-main-canvas">{c.cookie}<div class="layout-container">'
            f'<header role="banner"><div class="region region-header">{c.nav}</div></header>'
            f'<div class="region region-highlighted">{c.breaking}</div>'
            '<main role="main"><div class="region region-content">'
            '<article role="article" class="node node--type-article node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title">{p.headline}</span>'
            f'</h1><div class="node__meta"><span class="field--name-uid">{p.byline}</span>'
            f'</div><div class="node__content"><div class="clearfix text-formatted field '
            f'field--name-body field--type-text-with-summary field__item">{body}</div>'
            f'{after}</div></article></div></main><aside class="layout-sidebar-second">'
            f'{c.ticker}{c.sidebar}</aside><footer role="contentinfo">{c.footer}</footer>'
            '</div></div></body></html>')


def ghost(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p, _ld(p)) + '<body class="post-template"><div class="site-wrapper">'
            f'<header class="site-header outer"><nav class="site-nav">{c.nav}</nav></header>'
            f'{c.breaking}<main id="site-main" class="site-main outer"><article '
            'class="article post tag-news"><header class="article-header gh-canvas">'
            f'<h1 class="article-title">{p.headline}</h1><p class="article-excerpt">{p.dek}</p>'
            f'<div class="article-byline-meta"><h4 class="author-name">{p.byline}</h4>'
            f'<time class="byline-meta-date">{p.date}</time></div></header>'
            f'<section class="gh-content gh-canvas">{body}{after}</section></article></main>'
            f'<aside class="read-more-wrap outer">{c.sidebar}{c.ticker}</aside>'
            f'<footer class="site-footer outer">{c.footer}</footer></div>{c.cookie}</body></html>')


def substack(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p) + '<body><div id="entry"><div class="main-menu">'
            f'<div class="navbar-title">{p.publisher}</div>{c.nav}</div>{c.breaking}'
            '<div class="container"><div class="single-post-container">'
            f'<div class="post-header"><h1 class="post-title unpublished">{p.headline}</h1>'
            f'<h3 class="subtitle">{p.dek}</h3><div class="post-meta">'
            f'<div class="profile-hover-card-target">{p.byline}</div>'
            f'<div class="pencraft">{p.date}</div></div></div>'
            f'<div class="available-content"><div class="body markup" dir="auto">{body}'
            f'</div></div>{after}</div></div>{c.ticker}{c.sidebar}'
            f'<div class="footer-wrap"><div class="footer">{c.footer}</div></div>{c.cookie}'
            '</div></body></html>')


def naviga(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p) + f'<body class="section-news"><div id="ng-app">{c.cookie}'
            f'<div class="ng-header"><div class="ng-logo">{p.publisher}</div>'
            f'<div class="ng-menu">{c.nav}</div></div>{c.ticker}{c.breaking}'
            '<div class="ng-row"><div class="ng-col-8"><div class="ng-story">'
            f'<div class="ng-story-headline"><h1>{p.headline}</h1></div>'
            f'<div class="ng-story-dek">{p.dek}</div><div class="ng-story-byline">{p.byline}'
            f' · {p.date}</div><div class="ng-story-body" itemprop="articleBody">{body}'
            f'{after}</div></div></div><div class="ng-col-4">{c.sidebar}</div></div>'
            f'<div class="ng-footer">{c.footer}</div></div></body></html>')


def escenic(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p) + '<body id="escenic" class="article-page"><div id="wrapper">'
            f'<div id="header"><div id="topMenu">{c.nav}</div></div>{c.breaking}'
            f'<div id="main"><div id="article" class="article">'
            f'<div class="articleHeader"><h1 class="articleTitle">{p.headline}</h1>'
            f'<p class="leadText">{p.dek}</p><p class="articleDate">{p.date}</p></div>'
            f'<div class="articleAuthor">{p.byline}</div>'
            f'<div class="bodyText">{body}</div>{after}</div>'
            f'<div id="rightColumn">{c.ticker}{c.sidebar}</div></div>'
            f'<div id="footer">{c.footer}</div></div>{c.cookie}</body></html>')


def eidos(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p) + '<body><div class="page-wrapper">'
            f'<div class="mast-head">{c.nav}</div>{c.cookie}{c.breaking}'
            '<div class="pf-content"><div class="article-page-content">'
            f'<h1 class="headline">{p.headline}</h1><h2 class="standfirst">{p.dek}</h2>'
            f'<div class="author-info"><span class="author">{p.byline}</span>'
            f'<span class="date-published">{p.date}</span></div>'
            f'<div class="article-body" data-element="body"><div class="richtext">{body}'
            f'</div>{after}</div></div><div class="side-rail">{c.ticker}{c.sidebar}</div></div>'
            f'<div class="site-footer">{c.footer}</div></div></body></html>')


def polopoly(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p) + '<body class="p-article"><div class="p-page">'
            f'<div class="p-header">{c.nav}</div>{c.ticker}{c.breaking}'
            '<div class="p-main"><div class="p-article-wrapper" id="p-article">'
            f'<div class="p_title"><h1>{p.headline}</h1></div><div class="p_lead">{p.dek}</div>'
            f'<div class="p_meta">{p.byline} | {p.date}</div>'
            f'<div class="p_text" itemprop="articleBody">{body}</div>'
            f'<div class="p_after">{after}</div></div><div class="p-right">{c.sidebar}</div>'
            f'</div><div class="p-footer">{c.footer}</div>{c.cookie}</div></body></html>')


def bootstrap(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p) + '<body><nav class="navbar navbar-expand-lg navbar-dark bg-dark">'
            f'<a class="navbar-brand" href="/">{p.publisher}</a>'
            f'<div class="collapse navbar-collapse">{c.nav}</div></nav>{c.breaking}'
            '<div class="container mt-4"><div class="row"><div class="col-md-8">'
            f'<h1 class="display-5">{p.headline}</h1><p class="lead">{p.dek}</p>'
            f'<p class="text-muted small">{p.byline} — {p.date}</p>'
            f'<div class="article-text">{body}{after}</div></div>'
            f'<div class="col-md-4">{c.ticker}<div class="card">{c.sidebar}</div></div></div>'
            f'</div><footer class="footer bg-light py-3">{c.footer}</footer>'
            f'<div class="modal fade" id="cookieModal">{c.cookie}</div></body></html>')


def tailwind(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p) + '<body class="bg-white text-gray-900 antialiased">'
            f'<header class="sticky top-0 z-50 border-b bg-white">{c.nav}</header>'
            f'{c.ticker}{c.breaking}<main class="mx-auto max-w-7xl px-4 lg:grid '
            'lg:grid-cols-12 lg:gap-8"><div class="lg:col-span-8">'
            f'<h1 class="mt-8 text-4xl font-extrabold tracking-tight">{p.headline}</h1>'
            f'<p class="mt-3 text-xl text-gray-600">{p.dek}</p>'
            f'<div class="mt-4 flex items-center gap-2 text-sm">{p.byline}'
            f'<span aria-hidden="true">·</span>{p.date}</div>'
            f'<div class="prose prose-lg mt-8 max-w-none">{body}{after}</div></div>'
            f'<div class="lg:col-span-4 space-y-6">{c.sidebar}</div></main>'
            f'<footer class="mt-16 bg-gray-900 py-10 text-gray-300">{c.footer}</footer>'
            f'{c.cookie}</body></html>')


def vue(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p) + '<body><div id="__nuxt"><div id="__layout">'
            f'<div data-v-4f1c2a7e class="app"><header data-v-4f1c2a7e class="header">{c.nav}'
            f'</header>{c.breaking}<div data-v-9b3e51d0 class="article-layout">'
            f'<h1 data-v-9b3e51d0 class="article-title">{p.headline}</h1>'
            f'<div data-v-9b3e51d0 class="article-meta">{p.byline} {p.date}</div>'
            f'<div data-v-9b3e51d0 class="article-content">{body}{after}</div>'
            f'<div data-v-2c8d1f44 class="aside-rail">{c.ticker}{c.sidebar}</div></div>'
            f'<footer data-v-4f1c2a7e class="footer">{c.footer}</footer>{c.cookie}</div></div>'
            '</div><script>window.__NUXT__={};</script></body></html>')


def amp(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return ('<!doctype html><html amp lang="' + p.lang + '"><head><meta charset="utf-8">'
            f'<title>{escape(p.headline)}</title><script async '
            'src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{}'
            '</style></head><body><amp-sidebar id="menu" layout="nodisplay" side="left">'
            f'{c.nav}</amp-sidebar><header class="amp-header"><span>{p.publisher}</span>'
            f'</header>{c.breaking}<amp-consent id="consent" layout="nodisplay">{c.cookie}'
            f'</amp-consent><article class="amp-article"><h1 class="amp-title">{p.headline}'
            f'</h1><div class="amp-byline">{p.byline}</div><div class="amp-date">{p.date}</div>'
            f'<div class="amp-article-body">{body}{after}</div></article>'
            f'<div class="amp-related">{c.sidebar}{c.ticker}</div>'
            f'<footer class="amp-footer">{c.footer}</footer></body></html>')


def legacy(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p) + '<body bgcolor="#ffffff"><table width="980" cellpadding="0" '
            f'cellspacing="0" border="0" align="center"><tr><td colspan="2">{c.nav}</td>'
            f'</tr><tr><td colspan="2">{c.breaking}</td></tr><tr><td width="160" '
            f'valign="top">{c.sidebar}</td><td width="640" valign="top" class="storytext">'
            f'<font face="Georgia"><h1>{p.headline}</h1><b>{p.byline}</b><br>{p.date}<br>'
            f'<div id="storybody" class="story-body">{body}{after}</div></font></td></tr>'
            '<tr><td colspan="2">'
            f'{c.ticker}{c.footer}</td></tr></table>{c.cookie}</body></html>')


def portal(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    frames = ('<iframe src="https://widgets.example/weather" title="weather"></iframe>'
              '<iframe src="https://widgets.example/scores" title="scores"></iframe>')
    return (_head(p) + f'<body class="portal">{c.cookie}<div class="portal-top">{c.nav}'
            f'{frames}</div>{c.ticker}{c.breaking}<div class="portal-grid"><section '
            f'class="portal-main"><article class="news-detail"><h1>{p.headline}</h1>'
            f'<div class="news-detail__meta">{p.byline} {p.date}</div><iframe '
            'src="https://player.example/embed/1" title="video"></iframe>'
            f'<div class="news-detail__text">{body}{after}</div></article></section>'
            f'<section class="portal-side">{c.sidebar}<iframe src="https://ads.example/x"'
            f' title="ad"></iframe></section></div><div class="portal-foot">{c.footer}</div>'
            '</body></html>')


def printable(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p, '<link rel="stylesheet" media="print" href="/print.css">')
            + f'<body class="print-view"><div class="print-header">{c.nav}</div>'
            f'<article class="print-article"><h1>{p.headline}</h1><p class="print-meta">'
            f'{p.byline}, {p.date}</p><div class="print-body">{body}{after}</div></article>'
            f'<div class="print-footer">{c.footer}</div></body></html>')


def styled(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p) + f'<body><div id="root"><div class="sc-bdVaJa kLmNoP">{c.nav}</div>'
            f'{c.cookie}{c.ticker}{c.breaking}<div class="sc-htpNat fGhIjK">'
            f'<div class="sc-bxivhb aBcDeF"><h1 class="sc-ifAKCX gHjKlm">{p.headline}</h1>'
            f'<div class="sc-EHOje nOpQrS">{p.dek}</div><div class="sc-bZQynM tUvWxY">'
            f'{p.byline} · {p.date}</div><article class="sc-gzVnrw zAbCdE" '
            f'data-testid="article-body">{body}{after}</article></div>'
            f'<div class="sc-dnqmqq hIjKlM">{c.sidebar}</div></div>'
            f'<div class="sc-iwsKbI nOpQr">{c.footer}</div></div></body></html>')


def nextjs(p: Parts, body: str, after: str) -> str:
    c = p.chrome
    return (_head(p, _ld(p)) + f'<body><div id="__next"><div class="Layout_root__x1Y2">'
            f'<header class="Header_header__aB3">{c.nav}</header>{c.breaking}{c.ticker}'
            '<main class="Article_main__q8Zr"><article class="Article_article__Kd92">'
            f'<h1 class="Headline_h1__Lm4">{p.headline}</h1><p class="Dek_dek__7Tq">{p.dek}'
            f'</p><div class="Byline_byline__pQ1">{p.byline} {p.date}</div>'
            f'<div class="ArticleBody_body__Zx7w">{body}</div>{after}</article>'
            f'<aside class="Rail_rail__9Fz">{c.sidebar}</aside></main>'
            f'<footer class="Footer_footer__Tt6">{c.footer}</footer>{c.cookie}</div></div>'
            '<script id="__NEXT_DATA__" type="application/json">{"props":{}}</script>'
            '</body></html>')


def _vue_wrap(w: Widget, rng: random.Random) -> str:
    return f'<div data-v-{rng.randint(0x1000000, 0xfffffff):x} class="{w.kind}-box">{w.html}</div>'


def _amp_wrap(w: Widget, rng: random.Random) -> str:
    if w.kind == "ad":
        return (f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/x">'
                f'<div fallback>{w.html}</div></amp-ad>')
    return f'<div class="amp-{w.kind}">{w.html}</div>'


def _legacy_wrap(w: Widget, rng: random.Random) -> str:
    return (f'<table class="inset" align="right" width="240"><tr><td>{w.html}</td></tr>'
            "</table>")


TEMPLATES: tuple[Template, ...] = (
    Template("wordpress", "The Lantern Gazette", "lanterngazette.example",
             "//div[@class='entry-content']",
             {"p": "<p>", "h2": '<h2 class="wp-block-heading">',
              "h3": '<h3 class="wp-block-heading">', "ul": '<ul class="wp-block-list">',
              "quote": '<blockquote class="wp-block-quote">',
              "table": '<figure class="wp-block-table"><table>',
              "pull": '<figure class="wp-block-pullquote">'},
             _cls_wrap("wp-block-group is-style-{k}"), wordpress),
    Template("arc", "Capital Dispatch", "capitaldispatch.example",
             "//article[@class='b-article-body']",
             {"p": '<p class="c-paragraph">', "h2": '<h2 class="c-heading">',
              "ul": '<ul class="c-list">', "table": '<table class="c-table">'},
             _cls_wrap("b-{k}-block"), arc),
    Template("drupal", "Moorland Evening News", "moorlandnews.example",
             "//article[contains(@class,'node--view-mode-full')]",
             {"table": '<table class="responsive-enabled">'},
             _cls_wrap("paragraph paragraph--type--{k}"), drupal,
             ("nav", "cookie", "breaking", "sidebar", "footer")),
    Template("ghost", "The Quarry Review", "quarryreview.example",
             "//section[contains(@class,'gh-content')]",
             {"pull": '<blockquote class="kg-blockquote-alt">', "table": "<table>"},
             _cls_wrap("kg-card kg-{k}-card"), ghost, ("nav", "breaking", "sidebar",
                                                       "footer")),
    Template("substack", "Ridgeback Letters", "ridgeback.example",
             "//div[@class='single-post-container']",
             {"p": "<p>", "pull": '<div class="pullquote">'},
             _cls_wrap("{k}-widget-wrap"), substack, ("nav", "sidebar", "footer",
                                                      "cookie")),
    Template("naviga", "Prairie Sun-Times", "prairiesun.example",
             "//div[@class='ng-story-body']",
             {"p": '<p class="ng-para">', "quote": '<blockquote class="ng-quote">'},
             _cls_wrap("ng-embed ng-embed--{k}"), naviga),
    Template("escenic", "Nordkyst Tidende", "nordkyst.example",
             "//div[@id='article']",
             {"h2": '<h2 class="subhead">', "h3": '<h3 class="subhead">',
              "table": '<table class="factTable">'},
             _cls_wrap("relation-{k} inlineElement"), escenic),
    Template("eidos", "Westerly Chronicle", "westerlychronicle.example",
             "//div[@class='article-body']",
             {"p": '<p class="text">', "pull": '<div class="pull-quote">'},
             _cls_wrap("mod-{k} slot"), eidos),
    Template("polopoly", "Diário do Atlântico", "diarioatlantico.example",
             "//div[@id='p-article']",
             {"p": "<p>", "h2": '<h2 class="p_subtitle">', "table": '<table class="p_table">'},
             _cls_wrap("p_box p_{k}"), polopoly),
    Template("bootstrap", "Lagos Metro Review", "lagosmetro.example",
             "//div[@class='col-md-8']",
             {"table": '<table class="table table-striped">',
              "quote": '<blockquote class="blockquote">'},
             _cls_wrap("my-4 p-3 border rounded {k}-unit"), bootstrap),
    Template("tailwind", "Pacific Rim Wire", "pacificrimwire.example",
             "//div[contains(@class,'lg:col-span-8')]",
             {"h2": '<h2 class="mt-10 text-2xl font-bold">',
              "table": '<table class="min-w-full divide-y">'},
             _cls_wrap("not-prose my-8 rounded-xl bg-gray-50 p-6 {k}"), tailwind),
    Template("vue", "El Faro del Sur", "farodelsur.example",
             "//div[@class='article-content']",
             {"p": "<p data-v-9b3e51d0>", "h2": '<h2 data-v-9b3e51d0 class="subtitle">'},
             _vue_wrap, vue),
    Template("amp", "Tidewater Mobile", "tidewatermobile.example",
             "//article[@class='amp-article']", {"p": "<p>"}, _amp_wrap, amp,
             ("nav", "cookie", "breaking", "sidebar", "footer")),
    Template("legacy", "The County Clarion", "countyclarion.example",
             "//td[@class='storytext']",
             {"p": '<p class="bodytext">', "table": '<table border="1" cellpadding="3">'},
             _legacy_wrap, legacy, ("nav", "breaking", "ticker", "sidebar", "footer")),
    Template("portal", "Asia Pulse Online", "asiapulse.example",
             "//article[@class='news-detail']", {"p": '<p class="txt">'},
             _cls_wrap("widget widget-{k}"), portal),
    Template("printable", "The Burgh Advertiser", "burghadvertiser.example",
             "//article[@class='print-article']", {},
             _cls_wrap("print-{k}"), printable, ("nav", "footer")),
    Template("styled", "Metroline Now", "metrolinenow.example",
             "//article[@data-testid='article-body']",
             {"p": '<p class="sc-jTzLTM bQrStU">', "h2": '<h2 class="sc-fjdhpX cDeFgH">'},
             _obf_wrap("sc-kAzzGY"), styled),
    Template("nextjs", "Savanna Herald", "savannaherald.example",
             "//article[@class='Article_article__Kd92']",
             {"p": '<p class="Paragraph_p__3kLm">', "h2": '<h2 class="Subhead_h2__9Qa">',
              "quote": '<blockquote class="Quote_quote__Rt5">'},
             _obf_wrap("Widget_root"), nextjs),
)


def render(t: Template, p: Parts, rng: random.Random) -> str:
    """The whole page of ``p`` in template ``t``."""
    body = "".join(render_block(x, t.tags) if isinstance(x, Block) else t.wrap(x, rng)
                   for x in p.body)
    after = "".join(t.wrap(w, rng) for w in p.after)
    return t.page(p, body, after)
