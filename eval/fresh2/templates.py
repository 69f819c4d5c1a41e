"""Page layouts for the fresh2 set, modelled on the markup of common news CMSs.

Each template is a function ``Parts -> str`` that returns a whole HTML document. The
story body is a sequence of :class:`~eval.fresh2.prose.Block` objects and widget HTML
strings; a template renders blocks in its own markup and places widgets as they come.
``after`` widgets go inside the article container after the text, chrome (navigation,
rail, footer) outside it.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from eval.fresh2.prose import Block


@dataclass(frozen=True, slots=True)
class Parts:
    """Everything a template lays out."""

    publisher: str
    domain: str
    url: str
    headline: str
    dek: str
    byline: str
    date: str  # ISO date, e.g. 2026-12-03
    lang: str
    section: str
    body: tuple[Block | str, ...]
    after: tuple[str, ...]
    nav: str
    sidebar: str
    footer: str


def e(text: str) -> str:
    return html.escape(text, quote=False)


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def _human(date: str, style: int) -> str:
    y, m, d = (int(x) for x in date.split("-"))
    if style == 0:
        return f"{MONTHS[m - 1]} {d}, {y}"
    if style == 1:
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == 2:
        return f"{MONTHS[m - 1][:3]}. {d}, {y}"
    return f"{d:02d}/{m:02d}/{y}"


@dataclass(frozen=True, slots=True)
class Style:
    """How a template writes each kind of block; ``{}`` takes the escaped text."""

    p: str = "<p>{}</p>"
    h2: str = "<h2>{}</h2>"
    ul: str = "<ul>{}</ul>"
    li: str = "<li>{}</li>"
    quote: str = "<blockquote><p>{}</p></blockquote>"


def _block(block: Block, st: Style) -> str:
    if block.kind == "p":
        return st.p.format(e(" ".join(block.sentences)))
    if block.kind == "h2":
        return st.h2.format(e(block.sentences[0]))
    if block.kind == "ul":
        return st.ul.format("".join(st.li.format(e(s)) for s in block.sentences))
    return st.quote.format(e(block.sentences[0]))


def body_html(parts: Parts, st: Style) -> str:
    return "\n".join(item if isinstance(item, str) else _block(item, st) for item in parts.body)


def _head(parts: Parts, extra: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{parts.lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{e(parts.headline)} | {e(parts.publisher)}</title>\n"
            f'<meta property="og:title" content="{html.escape(parts.headline)}">\n'
            f'<meta property="og:site_name" content="{html.escape(parts.publisher)}">\n'
            f'<link rel="canonical" href="{parts.url}">\n{extra}</head>\n')


# 1 --------------------------------------------------------------------------------------
def wp_gutenberg(parts: Parts) -> str:
    st = Style(h2='<h2 class="wp-block-heading">{}</h2>', ul='<ul class="wp-block-list">{}</ul>',
               quote='<blockquote class="wp-block-quote"><p>{}</p></blockquote>')
    return (_head(parts, "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/"
                         "css/dist/block-library/style.min.css' media='all'>\n")
            + '<body class="post-template-default single single-post single-format-standard">\n'
            '<div id="page" class="site"><header id="masthead" class="site-header">'
            f'<div class="site-branding"><p class="site-title"><a href="/">{e(parts.publisher)}'
            f'</a></p></div><nav id="site-navigation" class="main-navigation">{parts.nav}</nav>'
            '</header>\n<div id="content" class="site-content"><div id="primary" '
            'class="content-area"><main id="main" class="site-main">\n'
            '<article id="post-48213" class="post-48213 post type-post status-publish '
            'format-standard has-post-thumbnail hentry category-news">\n'
            f'<header class="entry-header"><h1 class="entry-title">{e(parts.headline)}</h1>'
            f'<div class="entry-meta"><span class="byline">By <span class="author vcard">'
            f'<a class="url fn n" href="/author/staff/">{e(parts.byline)}</a></span></span> '
            f'<span class="posted-on"><time class="entry-date published" datetime="{parts.date}">'
            f"{_human(parts.date, 0)}</time></span></div></header>\n"
            f'<div class="entry-content">\n{body_html(parts, st)}\n</div>\n'
            f'<footer class="entry-footer">{"".join(parts.after)}</footer>\n</article>\n'
            '</main></div>\n'
            f'<aside id="secondary" class="widget-area">{parts.sidebar}</aside></div>\n'
            f'<footer id="colophon" class="site-footer"><div class="site-info">{parts.footer}'
            "</div></footer></div>\n</body></html>\n")


# 2 --------------------------------------------------------------------------------------
def newspack(parts: Parts) -> str:
    st = Style(h2='<h2 class="wp-block-heading" id="h-sub">{}</h2>')
    return (_head(parts) + '<body class="post-template-default single single-post '
            'newspack-theme single-featured-image-behind h-sb h-ll">\n<div id="page" '
            'class="site"><header id="masthead" class="site-header hide-header-search">'
            f'<div class="wrapper"><div class="site-branding"><a href="/" class="custom-logo-link">'
            f'{e(parts.publisher)}</a></div><nav class="main-navigation nav1" aria-label="Top '
            f'Menu">{parts.nav}</nav></div></header>\n<div id="content" class="site-content">'
            '<div class="main-content"><div id="primary" class="content-area">'
            '<main id="main" class="site-main">\n<article class="post type-post '
            'status-publish entry">\n<header class="entry-header"><span class="cat-links">'
            f'<a href="/category/{parts.section.lower()}/">{e(parts.section)}</a></span>'
            f'<h1 class="entry-title">{e(parts.headline)}</h1>'
            f'<div class="newspack-post-subtitle">{e(parts.dek)}</div>'
            f'<div class="entry-subhead"><div class="entry-meta"><span class="byline">'
            f'<span class="author-name">{e(parts.byline)}</span></span>'
            f'<span class="posted-on"><time datetime="{parts.date}">{_human(parts.date, 0)}'
            "</time></span></div></div></header>\n"
            f'<div class="entry-content">\n{body_html(parts, st)}\n{"".join(parts.after)}\n'
            "</div>\n</article></main></div>\n"
            f'<aside id="secondary" class="widget-area">{parts.sidebar}</aside></div></div>\n'
            f'<footer id="colophon" class="site-footer">{parts.footer}</footer></div>\n'
            "</body></html>\n")


# 3 --------------------------------------------------------------------------------------
def brightspot(parts: Parts) -> str:
    st = Style(h2='<h2 class="rte2-style-h2">{}</h2>',
               quote='<div class="Quote"><blockquote class="Quote-body"><p>{}</p></blockquote>'
                     "</div>")
    return (_head(parts) + '<body class="ArticlePage" data-content-type="article">\n'
            '<div class="Page-header"><div class="Page-header-bar">'
            f'<a class="Page-header-logo" href="/">{e(parts.publisher)}</a></div>'
            f'<nav class="Page-header-navigation">{parts.nav}</nav></div>\n'
            '<main class="Page-main"><div class="Page-content">\n'
            '<div class="ArticlePage-mainContent">\n<div class="ArticlePage-articleContainer">'
            f'<div class="ArticlePage-breadcrumbs"><a href="/{parts.section.lower()}">'
            f'{e(parts.section)}</a></div>'
            f'<h1 class="ArticlePage-headline">{e(parts.headline)}</h1>'
            f'<div class="ArticlePage-subHeadline">{e(parts.dek)}</div>'
            f'<div class="ArticlePage-authors"><div class="ArticlePage-authorName">By '
            f'{e(parts.byline)}</div></div><div class="ArticlePage-datePublished">Published '
            f"{_human(parts.date, 2)}</div>\n"
            '<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">'
            f"\n{body_html(parts, st)}\n</div>\n{''.join(parts.after)}\n</div>\n</div>\n</div>\n"
            f'<aside class="ArticlePage-aside">{parts.sidebar}</aside>\n</div></main>\n'
            f'<footer class="Page-footer"><div class="Page-footer-content">{parts.footer}'
            "</div></footer>\n</body></html>\n")


# 4 --------------------------------------------------------------------------------------
def arc_xp(parts: Parts) -> str:
    st = Style(p='<p class="c-paragraph" data-testid="paragraph">{}</p>',
               h2='<h2 class="c-heading">{}</h2>', ul='<ul class="c-list">{}</ul>',
               quote='<blockquote class="c-blockquote"><p>{}</p></blockquote>')
    return (_head(parts) + '<body>\n<div id="fusion-app" class="layout-section">\n'
            '<header class="c-stack b-header-nav-chain"><div class="b-header-nav-chain__top">'
            f'<a class="b-header-nav-chain__logo" href="/">{e(parts.publisher)}</a></div>'
            f'<nav class="b-header-nav-chain__nav">{parts.nav}</nav></header>\n'
            '<div class="b-right-rail-advanced"><div class="b-right-rail-advanced__main">\n'
            '<article class="b-article-body c-stack">\n'
            f'<div class="b-overline"><a href="/{parts.section.lower()}/">{e(parts.section)}</a>'
            f'</div><h1 class="b-headline">{e(parts.headline)}</h1>'
            f'<p class="b-subheadline">{e(parts.dek)}</p>'
            f'<div class="b-byline"><span class="c-attribution">By {e(parts.byline)}</span>'
            f'</div><div class="b-date"><time datetime="{parts.date}T06:00:00Z">'
            f"{_human(parts.date, 2)}</time></div>\n"
            f'<div class="article-body">\n{body_html(parts, st)}\n</div>\n'
            f"{''.join(parts.after)}\n</article>\n</div>\n"
            f'<div class="b-right-rail-advanced__rail">{parts.sidebar}</div></div>\n'
            f'<footer class="b-footer">{parts.footer}</footer>\n</div>\n</body></html>\n')


# 5 --------------------------------------------------------------------------------------
def bootstrap_portal(parts: Parts) -> str:
    return (_head(parts, '<link rel="stylesheet" href="/css/bootstrap.min.css">\n')
            + '<body>\n<nav class="navbar navbar-expand-lg navbar-dark bg-dark"><div '
            f'class="container"><a class="navbar-brand" href="/">{e(parts.publisher)}</a>'
            f'<div class="collapse navbar-collapse" id="mainNav">{parts.nav}</div></div></nav>\n'
            '<div class="container mt-4"><div class="row">\n<div class="col-md-8">\n'
            '<article class="news-detail">\n<ol class="breadcrumb"><li class="breadcrumb-item">'
            f'<a href="/">Home</a></li><li class="breadcrumb-item active">{e(parts.section)}'
            f'</li></ol><h1 class="news-title">{e(parts.headline)}</h1>'
            f'<p class="lead">{e(parts.dek)}</p><div class="news-meta text-muted">'
            f'<span class="author"><i class="fa fa-user"></i> {e(parts.byline)}</span> '
            f'<span class="date"><i class="fa fa-clock"></i> {_human(parts.date, 3)}</span>'
            f'</div>\n<div class="news-content">\n{body_html(parts, Style())}\n</div>\n'
            f"{''.join(parts.after)}\n</article>\n</div>\n"
            f'<div class="col-md-4"><div class="sidebar">{parts.sidebar}</div></div>\n'
            '</div></div>\n<footer class="footer bg-dark text-white mt-5"><div '
            f'class="container py-4">{parts.footer}</div></footer>\n</body></html>\n')


# 6 --------------------------------------------------------------------------------------
def tailwind(parts: Parts) -> str:
    st = Style(p='<p class="mb-5 text-lg leading-relaxed text-gray-800">{}</p>',
               h2='<h2 class="mt-10 mb-4 text-2xl font-semibold">{}</h2>',
               ul='<ul class="my-4 list-disc space-y-1 pl-6">{}</ul>',
               quote='<blockquote class="my-8 border-l-4 border-red-600 pl-4 text-xl italic">'
                     "<p>{}</p></blockquote>")
    return (_head(parts) + '<body class="bg-white font-sans antialiased">\n'
            '<header class="sticky top-0 z-40 border-b bg-white"><div class="mx-auto flex '
            'max-w-7xl items-center justify-between px-4 py-3">'
            f'<a href="/" class="text-2xl font-black tracking-tight">{e(parts.publisher)}</a>'
            f'<nav class="hidden gap-6 text-sm font-medium md:flex">{parts.nav}</nav></div>'
            '</header>\n<main class="mx-auto max-w-7xl px-4 py-8"><div class="grid '
            'grid-cols-12 gap-8">\n<article class="col-span-12 lg:col-span-8">\n'
            f'<p class="text-xs font-bold uppercase text-red-600">{e(parts.section)}</p>'
            f'<h1 class="mt-2 text-4xl font-extrabold leading-tight">{e(parts.headline)}</h1>'
            f'<p class="mt-3 text-xl text-gray-600">{e(parts.dek)}</p>'
            '<div class="mt-4 flex items-center gap-2 text-sm text-gray-500">'
            f'<span class="font-semibold text-gray-900">{e(parts.byline)}</span><span>·</span>'
            f'<time datetime="{parts.date}">{_human(parts.date, 2)}</time></div>\n'
            f'<div class="prose prose-lg mt-8 max-w-none">\n{body_html(parts, st)}\n'
            f"{''.join(parts.after)}\n</div>\n</article>\n"
            f'<aside class="col-span-12 lg:col-span-4 space-y-6">{parts.sidebar}</aside>\n'
            '</div></main>\n<footer class="mt-16 border-t bg-gray-50"><div class="mx-auto '
            f'max-w-7xl px-4 py-10 text-sm text-gray-600">{parts.footer}</div></footer>\n'
            "</body></html>\n")


# 7 --------------------------------------------------------------------------------------
def blox(parts: Parts) -> str:
    return (_head(parts) + '<body class="section-news asset-article">\n'
            '<div id="site-container"><header id="site-header"><div class="masthead">'
            f'<a href="/" class="logo">{e(parts.publisher)}</a></div>'
            f'<div id="main-navigation" class="navbar">{parts.nav}</div></header>\n'
            '<div id="main-page-container" class="container"><div class="row">\n'
            '<section id="main-page" class="col-lg-8">\n<article class="asset story" '
            'itemscope itemtype="http://schema.org/NewsArticle">\n<header class="asset-header">'
            f'<h1 class="headline" itemprop="headline"><span class="tnt-headline">'
            f'{e(parts.headline)}</span></h1><h2 class="subhead">{e(parts.dek)}</h2>'
            f'<ul class="list-inline"><li><span class="tnt-byline" itemprop="author">'
            f'{e(parts.byline)}</span></li><li><time datetime="{parts.date}" '
            f'class="tnt-date">{_human(parts.date, 2)}</time></li></ul></header>\n'
            '<div class="asset-body">\n<div class="asset-content subscriber-premium" '
            'itemprop="articleBody">\n<div id="article-body" class="lee-article-text">\n'
            f"{body_html(parts, Style())}\n</div>\n</div>\n"
            f'<div class="asset-below-content">{"".join(parts.after)}</div>\n</div>\n'
            '</article>\n</section>\n<aside id="sidebar" class="col-lg-4 tnt-sidebar">'
            f"{parts.sidebar}</aside>\n</div></div>\n"
            f'<footer id="site-footer">{parts.footer}</footer></div>\n</body></html>\n')


# 8 --------------------------------------------------------------------------------------
def chorus(parts: Parts) -> str:
    st = Style(quote='<blockquote><p>{}</p></blockquote>')
    return (_head(parts) + '<body class="entry_template_standard">\n'
            '<div class="l-root"><header class="c-global-header"><div class="c-global-header__'
            f'logo"><a href="/">{e(parts.publisher)}</a></div><nav class="c-global-header__'
            f'links">{parts.nav}</nav></header>\n<main id="content" class="l-main-content">\n'
            '<article class="l-segment l-main-content"><div class="c-entry-hero c-entry-hero--'
            f'default"><h1 class="c-page-title">{e(parts.headline)}</h1>'
            f'<p class="c-entry-summary p-dek">{e(parts.dek)}</p><div class="c-byline">'
            f'<span class="c-byline__item"><span class="c-byline__author-name">'
            f'{e(parts.byline)}</span></span><span class="c-byline__item"><time '
            f'class="c-byline__item" datetime="{parts.date}">{_human(parts.date, 0)}</time>'
            '</span></div></div>\n<div class="l-col__main"><div class="c-entry-content ">\n'
            f"{body_html(parts, st)}\n</div>\n"
            f'<div class="c-entry-footer">{"".join(parts.after)}</div></div>\n</article>\n'
            f'<div class="l-col__sidebar">{parts.sidebar}</div>\n</main>\n'
            f'<footer class="c-footer">{parts.footer}</footer></div>\n</body></html>\n')


# 9 --------------------------------------------------------------------------------------
def gannett(parts: Parts) -> str:
    st = Style(p='<p class="gnt_ar_b_p">{}</p>', h2='<h2 class="gnt_ar_b_h2">{}</h2>',
               ul='<ul class="gnt_ar_b_ul">{}</ul>', li='<li class="gnt_ar_b_li">{}</li>',
               quote='<blockquote class="gnt_ar_b_bq"><p class="gnt_ar_b_p">{}</p></blockquote>')
    return (_head(parts) + '<body class="gnt_pg">\n<header class="gnt_n"><div class="gnt_n_'
            f'mn"><a class="gnt_n_logo" href="/">{e(parts.publisher)}</a>{parts.nav}</div>'
            '</header>\n<main class="gnt_cw"><div class="gnt_m gnt_m_flm">\n'
            '<article class="gnt_pr" role="main">\n'
            f'<h1 class="gnt_ar_hl" elementtiming="ar-headline">{e(parts.headline)}</h1>'
            f'<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/">{e(parts.byline)}'
            f'</a></div><div class="gnt_ar_dt" aria-label="Published {_human(parts.date, 2)}">'
            f"Published {_human(parts.date, 2)}</div>\n"
            f'<div class="gnt_ar_b">\n{body_html(parts, st)}\n{"".join(parts.after)}\n</div>\n'
            "</article>\n</div>\n"
            f'<aside class="gnt_rr">{parts.sidebar}</aside>\n</main>\n'
            f'<footer class="gnt_f">{parts.footer}</footer>\n</body></html>\n')


# 10 -------------------------------------------------------------------------------------
def indian_portal(parts: Parts) -> str:
    st = Style(h2="<h2><strong>{}</strong></h2>")
    return (_head(parts) + '<body class="articlepage">\n<div class="header-wrapper">'
            f'<div class="logo"><a href="/">{e(parts.publisher)}</a></div>'
            f'<div class="top-nav">{parts.nav}</div></div>\n<div class="container main_content">'
            '<div class="row"><div class="col-md-8 leftsection">\n<div class="story_details">\n'
            f'<div class="breadcrumb"><a href="/">Home</a> » <a href="/{parts.section.lower()}">'
            f'{e(parts.section)}</a></div><h1 class="story_title">{e(parts.headline)}</h1>'
            f'<h2 class="synopsis">{e(parts.dek)}</h2>'
            f'<div class="author_details"><span class="author">{e(parts.byline)}</span> | '
            f'<span class="date">Updated: {_human(parts.date, 1)}, 10:42 IST</span></div>\n'
            f'<div class="articlebodycontent" id="content-body-1">\n{body_html(parts, st)}\n'
            f"{''.join(parts.after)}\n</div>\n</div>\n</div>\n"
            f'<div class="col-md-4 rightsection">{parts.sidebar}</div>\n</div></div>\n'
            f'<div class="footer">{parts.footer}</div>\n</body></html>\n')


# 11 -------------------------------------------------------------------------------------
_IMG = re.compile(r"<img([^>]*)>")
_IFRAME = re.compile(r"<iframe([^>]*)></iframe>")


def _ampify(fragment: str) -> str:
    fragment = _IMG.sub(r'<amp-img\1 layout="responsive"></amp-img>', fragment)
    fragment = _IFRAME.sub(r'<amp-iframe\1 layout="responsive" sandbox="allow-scripts">'
                           r"</amp-iframe>", fragment)
    return fragment.replace('loading="lazy"', "")


def amp(parts: Parts) -> str:
    items: list[Block | str] = []
    for i, item in enumerate(parts.body):
        items.append(_ampify(item) if isinstance(item, str) else item)
        if i == 2:
            items.append('<amp-ad width="300" height="250" type="doubleclick" '
                         'data-slot="/4119129/amp-mid" layout="responsive"></amp-ad>')
    body = body_html(replace(parts, body=tuple(items)), Style())
    return (f'<!doctype html>\n<html amp lang="{parts.lang}">\n<head>\n<meta charset="utf-8">\n'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
            '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/'
            'amp-ad-0.1.js"></script>\n'
            f"<title>{e(parts.headline)}</title>\n<link rel=\"canonical\" href=\"{parts.url}\">\n"
            '<meta name="viewport" content="width=device-width">\n<style amp-boilerplate>body{'
            "visibility:hidden}</style>\n</head>\n<body>\n"
            f'<header class="amp-header"><a href="/">{e(parts.publisher)}</a>'
            f'<amp-sidebar id="sidebar" layout="nodisplay" side="left">{parts.nav}'
            "</amp-sidebar></header>\n<main>\n<article class=\"amp-article\">\n"
            f'<h1 class="amp-title">{e(parts.headline)}</h1>'
            f'<div class="amp-meta"><span class="amp-byline">{e(parts.byline)}</span> '
            f'<time datetime="{parts.date}">{_human(parts.date, 1)}</time></div>\n'
            f'<div class="amp-content">\n{body}\n{_ampify("".join(parts.after))}\n</div>\n'
            f'</article>\n</main>\n<aside class="amp-related">{_ampify(parts.sidebar)}</aside>\n'
            f'<footer class="amp-footer">{parts.footer}</footer>\n</body></html>\n')


# 12 -------------------------------------------------------------------------------------
def legacy_table(parts: Parts) -> str:
    st = Style(p='<p><font face="Verdana, Arial, Helvetica" size="2">{}</font></p>',
               h2='<h2><font face="Arial" size="3" color="#003366">{}</font></h2>',
               quote="<blockquote><font size=\"2\"><i>{}</i></font></blockquote>")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            f'charset=utf-8">\n<title>{e(parts.publisher)} - {e(parts.headline)}</title>\n'
            '</head>\n<body bgcolor="#FFFFFF" text="#000000" link="#003366" topmargin="0">\n'
            '<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">\n'
            '<tr><td colspan="2" bgcolor="#003366"><font face="Georgia" size="6" '
            f'color="#FFFFFF"><b>{e(parts.publisher)}</b></font></td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#DDDDDD"><font size="1">{parts.nav}</font></td></tr>\n'
            '<tr>\n<td width="170" valign="top" bgcolor="#F0F0F0"><font size="1">'
            f"{parts.sidebar}</font></td>\n"
            '<td width="610" valign="top"><div id="story" class="story">\n'
            f'<h1><font face="Arial" size="5">{e(parts.headline)}</font></h1>\n'
            f'<font face="Arial" size="1" color="#666666">By {e(parts.byline)} - '
            f"{_human(parts.date, 0)}</font><br>\n"
            f"{body_html(parts, st)}\n{''.join(parts.after)}\n</div></td>\n</tr>\n"
            f'<tr><td colspan="2" align="center"><font size="1">{parts.footer}</font></td></tr>\n'
            "</table>\n</body>\n</html>\n")


# 13 -------------------------------------------------------------------------------------
def div_br(parts: Parts) -> str:
    chunks: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            chunks.append('<div class="article_txt">' + "".join(run) + "</div>")
            run.clear()

    for item in parts.body:
        if isinstance(item, str):
            flush()
            chunks.append(item)
        elif item.kind == "p":
            run.append(e(" ".join(item.sentences)) + "<br><br>")
        elif item.kind == "h2":
            run.append(f"<b>{e(item.sentences[0])}</b><br><br>")
        else:
            flush()
            chunks.append(_block(item, Style(quote='<div class="quote">{}</div>')))
    flush()
    return (_head(parts) + '<body id="news-view">\n<div id="wrap"><div id="top">'
            f'<div class="top_logo"><a href="/">{e(parts.publisher)}</a></div>'
            f'<div class="gnb">{parts.nav}</div></div>\n<div id="container">'
            '<div id="contents" class="view_left">\n<div class="article_head">'
            f'<h1 class="tit">{e(parts.headline)}</h1><div class="info"><span class="writer">'
            f'{e(parts.byline)}</span> <span class="date">Input {parts.date.replace("-", ".")} '
            "09:12</span></div></div>\n"
            f'<div id="articleBody" class="article_body">\n{"".join(chunks)}\n'
            f"{''.join(parts.after)}\n</div>\n</div>\n"
            f'<div id="aside" class="view_right">{parts.sidebar}</div></div>\n'
            f'<div id="footer">{parts.footer}</div></div>\n</body></html>\n')


# 14 -------------------------------------------------------------------------------------
def jsonld_itemprop(parts: Parts) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": parts.headline, "description": parts.dek,
          "datePublished": f"{parts.date}T07:30:00+00:00",
          "author": {"@type": "Person", "name": parts.byline},
          "publisher": {"@type": "Organization", "name": parts.publisher},
          "mainEntityOfPage": parts.url}
    script = ('<script type="application/ld+json">'
              + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/") + "</script>\n")
    return (_head(parts, script) + '<body class="article-page">\n<div class="site-wrapper">'
            f'<header class="masthead"><a class="brand" href="/">{e(parts.publisher)}</a>'
            f'<nav class="site-nav">{parts.nav}</nav></header>\n<div class="layout">\n'
            '<main class="layout__main"><article itemscope itemtype="https://schema.org/'
            'NewsArticle" class="article">\n'
            f'<h1 itemprop="headline" class="article__title">{e(parts.headline)}</h1>'
            f'<p itemprop="description" class="article__standfirst">{e(parts.dek)}</p>'
            f'<div class="article__meta"><span itemprop="author" itemscope itemtype="https://'
            f'schema.org/Person"><span itemprop="name">{e(parts.byline)}</span></span> '
            f'<time itemprop="datePublished" datetime="{parts.date}">{_human(parts.date, 1)}'
            "</time></div>\n"
            f'<div itemprop="articleBody" class="article__body">\n{body_html(parts, Style())}\n'
            f'</div>\n<div class="article__after">{"".join(parts.after)}</div>\n</article>'
            f'</main>\n<aside class="layout__rail">{parts.sidebar}</aside>\n</div>\n'
            f'<footer class="site-footer">{parts.footer}</footer></div>\n</body></html>\n')


TEMPLATES: tuple[Callable[[Parts], str], ...] = (
    wp_gutenberg, newspack, brightspot, arc_xp, bootstrap_portal, tailwind, blox, chorus,
    gannett, indian_portal, amp, legacy_table, div_br, jsonld_itemprop)
