"""Page layouts for the fresh3 set, modelled on the HTML that real CMSs emit.

Each template is a function ``Parts -> str`` that lays out the headline, byline, date,
story blocks, in-article widgets, after-text widgets and the site chrome in its own
markup: static-site generators, hosted site builders, enterprise CMSs, newspaper
systems, single-page apps, table layouts, ``<br>``-separated text and AMP.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from eval.fresh3.noise import Widget, e
from eval.fresh3.prose import Block


@dataclass(frozen=True, slots=True)
class Parts:
    """Everything a template lays out."""

    publisher: str
    domain: str
    headline: str
    dek: str
    byline: str
    date: str
    date_iso: str
    lang: str
    body: tuple[Block | Widget, ...]
    after: tuple[Widget, ...]
    nav: tuple[str, ...]
    rail_title: str
    rail: tuple[str, ...]
    footer: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Style:
    """How a site marks up each kind of story block."""

    p: Callable[[str], str] = lambda inner: f"<p>{inner}</p>"
    h2: Callable[[str], str] = lambda t: f"<h2>{t}</h2>"
    ul: Callable[[tuple[str, ...], bool], str] = (
        lambda items, ordered: ("<ol>" if ordered else "<ul>")
        + "".join(f"<li>{i}</li>" for i in items) + ("</ol>" if ordered else "</ul>"))
    quote: Callable[[str], str] = lambda t: f"<blockquote><p>{t}</p></blockquote>"
    pull: Callable[[str], str] = lambda t: f'<blockquote class="pullquote"><p>{t}</p></blockquote>'
    table: Callable[[tuple[tuple[str, ...], ...]], str] = (
        lambda rows: _table(rows, ""))


def _table(rows: tuple[tuple[str, ...], ...], cls: str) -> str:
    head, *rest = rows
    attr = f' class="{cls}"' if cls else ""
    return (f"<table{attr}><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in head)
            + "</tr></thead><tbody>" + "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rest)
            + "</tbody></table>")


def _strip_br(markup: str) -> str:
    return re.sub(r"^(<br\s*/?>)+", "", markup)


def render(body: tuple[Block | Widget, ...], style: Style) -> list[tuple[str, str]]:
    """The story's chunks as (kind, html): "p" paragraphs, "b" other blocks, "w" widgets.

    Inline widgets (text after a ``<br>``) are glued into the preceding paragraph."""
    out: list[tuple[str, str]] = []
    inner: str | None = None

    def flush() -> None:
        nonlocal inner
        if inner is not None:
            out.append(("p", style.p(inner)))
            inner = None

    for item in body:
        if isinstance(item, Widget):
            if item.inline and inner is not None:
                inner += item.html
                continue
            flush()
            out.append(("w", style.p(_strip_br(item.html)) if item.inline else item.html))
            continue
        flush()
        text = [e(s) for s in item.sentences]
        if item.kind == "p":
            inner = " ".join(text)
        elif item.kind == "h2":
            out.append(("b", style.h2(text[0])))
        elif item.kind in ("ul", "ol"):
            out.append(("b", style.ul(tuple(text), item.kind == "ol")))
        elif item.kind == "quote":
            out.append(("b", style.quote(" ".join(text))))
        elif item.kind == "pull":
            out.append(("b", style.pull(" ".join(text))))
        elif item.kind == "table":
            out.append(("b", style.table(item.rows)))
    flush()
    return out


def _joined(body: tuple[Block | Widget, ...], style: Style | None = None) -> str:
    return "".join(h for _, h in render(body, style or Style()))


def _after(p: Parts) -> str:
    return "".join(_strip_br(wd.html) if wd.inline else wd.html for wd in p.after)


def _head(p: Parts, extra: str = "") -> str:
    return (f'<head><meta charset="utf-8"><title>{e(p.headline)} | {e(p.publisher)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta property="og:title" content="{e(p.headline)}">'
            f'<meta property="og:site_name" content="{e(p.publisher)}">{extra}</head>')


def _li(items: tuple[str, ...], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f'<li{attr}><a href="/{i.lower().replace(" ", "-")}">{e(i)}</a></li>'
                   for i in items)


def _lines(items: tuple[str, ...], tag: str = "p") -> str:
    return "".join(f"<{tag}>{e(i)}</{tag}>" for i in items)


# --------------------------------------------------------------------------- templates

def squarespace(p: Parts) -> str:
    style = Style(p=lambda i: f'<p class="" style="white-space:pre-wrap;">{i}</p>',
                  h2=lambda t: f'<h2 style="white-space:pre-wrap;">{t}</h2>')
    chunks = render(p.body, style)
    blocks = "".join(
        f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-{n}">'
        f'<div class="sqs-block-content"><div class="sqs-html-content">{h}</div></div></div>'
        for n, (_, h) in enumerate(chunks))
    return (f'<!doctype html><html lang="{p.lang}">{_head(p)}<body class="collection-type-blog '
            'view-item"><header id="header" class="header theme-col--primary"><div '
            f'class="header-title-text"><a href="/">{e(p.publisher)}</a></div><nav '
            f'class="header-nav-list"><ul>{_li(p.nav, "header-nav-item")}</ul></nav></header>'
            '<main id="page" class="container" role="main"><article class="BlogItem hentry" '
            'id="article-1"><div class="BlogItem-meta"><time class="dt-published" '
            f'datetime="{p.date_iso}">{e(p.date)}</time> <span class="BlogItem-meta-item '
            f'BlogItem-meta-item--author">{e(p.byline)}</span></div><h1 class="entry-title '
            f'BlogItem-title" data-content-field="title">{e(p.headline)}</h1>'
            f'<p class="BlogItem-excerpt">{e(p.dek)}</p><div class="blog-item-content '
            f'e-content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row '
            f'sqs-row"><div class="col sqs-col-12 span-12">{blocks}</div></div></div>'
            f'{_after(p)}</div></article><section class="BlogItem-pagination"><h3>'
            f'{e(p.rail_title)}</h3><ul>{_li(p.rail)}</ul></section></main><footer '
            f'class="Footer" id="footer"><div class="sqs-block-content">{_lines(p.footer)}'
            '</div></footer></body></html>')


def wix(p: Parts) -> str:
    style = Style(
        p=lambda i: f'<p class="mm8Nw _1j-51 roREj _1FoOD" dir="auto"><span class="_2PHJq '
                    f'public-DraftStyleDefault-ltr">{i}</span></p>',
        h2=lambda t: f'<h2 class="_2YXtv _1j-51" dir="auto"><span>{t}</span></h2>',
        quote=lambda t: f'<blockquote class="_1FoOD _3M0Fe" dir="auto"><span>{t}</span>'
                        "</blockquote>",
        pull=lambda t: f'<div data-hook="rcv-block-quote"><blockquote class="_3M0Fe _2xRtO">'
                       f"<span>{t}</span></blockquote></div>",
        table=lambda rows: f'<div data-hook="table-viewer">{_table(rows, "_3hdMG")}</div>')
    body = _joined(p.body, style)
    return (f'<!DOCTYPE html><html lang="{p.lang}">{_head(p)}<body><div id="SITE_CONTAINER">'
            '<header id="SITE_HEADER" class="wixui-header"><nav aria-label="Site" '
            f'class="wixui-horizontal-menu"><ul>{_li(p.nav, "wixui-horizontal-menu__item")}'
            '</ul></nav></header><main id="PAGES_CONTAINER"><div data-hook="post-page">'
            '<article data-hook="post"><div data-hook="post-header"><span data-hook="user-'
            f'name">{e(p.byline)}</span> <span data-hook="time-ago" title="{p.date_iso}">'
            f'{e(p.date)}</span></div><h1 class="_7Wosd" data-hook="post-title"><span>'
            f'{e(p.headline)}</span></h1><p data-hook="post-description-excerpt">{e(p.dek)}'
            '</p><div data-hook="post-description"><div data-id="content-viewer" '
            f'class="rich-content-viewer">{body}{_after(p)}</div></div></article>'
            f'<section data-hook="recent-posts"><h2>{e(p.rail_title)}</h2><ul>{_li(p.rail)}'
            '</ul></section></div></main><footer id="SITE_FOOTER" class="wixui-footer">'
            f'{_lines(p.footer, "span")}</footer></div></body></html>')


def blogger(p: Parts) -> str:
    style = Style(p=lambda i: f'<div style="text-align: justify;">{i}</div><div><br /></div>',
                  h2=lambda t: f'<h3 style="text-align: left;"><b>{t}</b></h3>',
                  quote=lambda t: f'<blockquote style="border:none;margin:0 0 0 40px;">{t}'
                                  "</blockquote>")
    body = _joined(p.body, style)
    return (f'<!DOCTYPE html><html dir="ltr" lang="{p.lang}">{_head(p)}<body class="'
            'variant-indie"><div class="page"><header class="centered-top-container"><div '
            f'class="blog-name"><a href="/">{e(p.publisher)}</a></div><div class="widget '
            f'PageList" id="PageList1"><ul>{_li(p.nav)}</ul></div></header><div '
            'class="page_body"><main class="centered"><div class="Blog" id="Blog1"><div '
            'class="blog-posts hfeed container"><article class="post-outer-container"><div '
            'class="post-outer"><div class="post"><h1 class="post-title entry-title">'
            f'{e(p.headline)}</h1><div class="post-header"><span class="byline post-author '
            f'vcard">Posted by <span class="fn">{e(p.byline)}</span></span> <span class="byline'
            f' post-timestamp"><time class="published" datetime="{p.date_iso}">{e(p.date)}'
            '</time></span></div><div class="post-body entry-content float-container" '
            f'id="post-body-7781"><div><i>{e(p.dek)}</i></div><div><br /></div>{body}</div>'
            f'<div class="post-footer">{_after(p)}</div></div></div></article></div></div>'
            f'</main><aside class="sidebar-container"><div class="widget PopularPosts"><h3 '
            f'class="title">{e(p.rail_title)}</h3><ul>{_li(p.rail)}</ul></div></aside></div>'
            f'<footer class="footer section"><div class="widget Attribution">'
            f'{_lines(p.footer, "div")}</div></footer></div></body></html>')


def hugo(p: Parts) -> str:
    def h2(t: str) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
        return f'<h2 id="{slug}">{t}</h2>'
    body = _joined(p.body, Style(h2=h2))
    return (f'<!DOCTYPE html><html lang="{p.lang}" dir="auto">{_head(p)}<body class="list" '
            f'id="top"><header class="header"><nav class="nav"><div class="logo"><a href="/"'
            f'>{e(p.publisher)}</a></div><ul id="menu">{_li(p.nav)}</ul></nav></header>'
            '<main class="main"><article class="post-single"><header class="post-header">'
            f'<h1 class="post-title entry-hint-parent">{e(p.headline)}</h1><div '
            f'class="post-description">{e(p.dek)}</div><div class="post-meta"><span '
            f'title="{p.date_iso}">{e(p.date)}</span>&nbsp;·&nbsp;{e(p.byline)}</div></header>'
            f'<div class="post-content">{body}</div><footer class="post-footer">{_after(p)}'
            f'<nav class="paginav"><span class="title">{e(p.rail_title)}</span>'
            f'<ul>{_li(p.rail)}</ul></nav></footer></article></main><footer class="footer">'
            f'{_lines(p.footer, "span")}</footer></body></html>')


def _aem_component(n: int, col: str, markup: str) -> str:
    """Widgets sit in embed, experience-fragment, teaser or rich-text components."""
    name, inner = (("embed", "cmp-embed"), ("experiencefragment", "cmp-experiencefragment"),
                   ("text", "cmp-text"), ("teaser", "cmp-teaser"))[n % 4]
    return f'<div class="{name} {col}"><div class="{inner}">{markup}</div></div>'


def aem(p: Parts) -> str:
    chunks = render(p.body, Style(h2=lambda t: f'<h2 class="cmp-title__text">{t}</h2>'))
    col = "aem-GridColumn aem-GridColumn--default--12"
    cells = "".join(
        f'<div class="title {col}"><div class="cmp-title">{h}</div></div>'
        if h.startswith("<h2") else
        f'<div class="text {col}"><div class="cmp-text" data-cmp-data-layer="{{}}">{h}</div>'
        '</div>' if k != "w" else _aem_component(n, col, h) for n, (k, h) in enumerate(chunks))
    return (f'<!DOCTYPE HTML><html lang="{p.lang}">{_head(p)}<body class="page basicpage">'
            '<div class="root container responsivegrid"><div class="cmp-container"><div '
            'class="aem-Grid aem-Grid--12 aem-Grid--default--12"><div class="experiencefragment'
            ' aem-GridColumn aem-GridColumn--default--12"><header class="cmp-experiencefragment'
            f'"><nav class="cmp-navigation"><ul class="cmp-navigation__group">'
            f'{_li(p.nav, "cmp-navigation__item")}</ul></nav></header></div><div class="title '
            'aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h1 '
            f'class="cmp-title__text">{e(p.headline)}</h1></div></div><div class="text '
            f'aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text"><p><em>'
            f'{e(p.dek)}</em></p><p class="byline">{e(p.byline)} | <time datetime="'
            f'{p.date_iso}">{e(p.date)}</time></p></div></div><div class="container '
            'responsivegrid aem-GridColumn--default--9 aem-GridColumn"><div class="cmp-'
            f'container article-body"><div class="aem-Grid aem-Grid--9">{cells}'
            f'<div class="aem-GridColumn">{_after(p)}</div></div></div></div><div class="'
            'container responsivegrid aem-GridColumn--default--3 aem-GridColumn"><div '
            f'class="cmp-list"><h3>{e(p.rail_title)}</h3><ul class="cmp-list__item">'
            f'{_li(p.rail)}</ul></div></div><div class="experiencefragment aem-GridColumn">'
            f'<footer class="cmp-footer">{_lines(p.footer)}</footer></div></div></div></div>'
            '</body></html>')


def tilda(p: Parts) -> str:
    style = Style(p=lambda i: f"{i}<br /><br />",
                  h2=lambda t: f"<strong>{t}</strong><br /><br />",
                  quote=lambda t: f'<blockquote class="t-text-quote">{t}</blockquote>',
                  pull=lambda t: f'<div class="t-text_xl"><em>{t}</em></div>')
    body = _joined(p.body, style)
    return (f'<!DOCTYPE html><html lang="{p.lang}">{_head(p)}<body class="t-body"><div '
            'id="allrecords" class="t-records" data-tilda-project-id="4412"><div id="rec1" '
            'class="r t-rec" data-record-type="257"><div class="t228"><nav class="t228__'
            f'maincontainer"><ul class="t-menu__list">{_li(p.nav, "t-menu__item")}</ul></nav>'
            '</div></div><div id="rec2" class="r t-rec t-rec_pt_60"><div class="t-container">'
            f'<div class="t-col t-col_8 t-prefix_2"><h1 class="t-title t-title_xl" '
            f'field="title">{e(p.headline)}</h1><div class="t-descr t-descr_md" field="descr">'
            f'{e(p.dek)}</div><div class="t-uptitle">{e(p.byline)} · {e(p.date)}</div></div>'
            '</div></div><div id="rec3" class="r t-rec"><div class="t-container"><div '
            f'class="t-col t-col_8 t-prefix_2"><div class="t-text t-text_md" field="text">'
            f'{body}</div>{_after(p)}</div></div></div><div id="rec4" class="r t-rec"><div '
            f'class="t-container"><div class="t-name">{e(p.rail_title)}</div><ul>'
            f'{_li(p.rail)}</ul></div></div><div id="rec5" class="r t-rec"><footer '
            f'class="t420">{_lines(p.footer, "div")}</footer></div></div></body></html>')


def polish_portal(p: Parts) -> str:
    style = Style(p=lambda i: f'<p class="art-akapit">{i}</p>',
                  h2=lambda t: f'<h2 class="art-srodtytul">{t}</h2>',
                  pull=lambda t: f'<blockquote class="art-cytat"><p>{t}</p></blockquote>')
    body = _joined(p.body, style)
    return (f'<!DOCTYPE html><html lang="{p.lang}">{_head(p)}<body><div id="portal">'
            '<div class="belka-gorna"><a class="logo" href="/">' + e(p.publisher) + '</a>'
            f'<ul class="menu-glowne">{_li(p.nav)}</ul></div><div class="kontener"><div '
            'class="kolumna-lewa"><article class="artykul" itemscope itemtype="https://schema.'
            f'org/NewsArticle"><h1 class="art-tytul" itemprop="headline">{e(p.headline)}</h1>'
            f'<div class="art-meta"><span class="autor">{e(p.byline)}</span> <time '
            f'class="data" datetime="{p.date_iso}">{e(p.date)}</time></div><div class="'
            f'art-lead"><p><strong>{e(p.dek)}</strong></p></div><div class="art-tresc" '
            f'itemprop="articleBody">{body}</div><div class="art-stopka">{_after(p)}</div>'
            '</article></div><div class="kolumna-prawa"><div class="boks-najpopularniejsze">'
            f'<div class="naglowek">{e(p.rail_title)}</div><ol>{_li(p.rail)}</ol></div></div>'
            f'</div><div class="stopka">{_lines(p.footer)}</div></div></body></html>')


def swedish_tabloid(p: Parts) -> str:
    style = Style(p=lambda i: f'<p class="hyperion-css-1lyo2ly">{i}</p>',
                  h2=lambda t: f'<h2 class="hyperion-css-8dmbfi">{t}</h2>',
                  pull=lambda t: f'<blockquote class="hyperion-css-q0ho2k"><p>{t}</p>'
                                 "</blockquote>")
    body = _joined(p.body, style)
    return (f'<!DOCTYPE html><html lang="{p.lang}">{_head(p)}<body><div id="__next"><header '
            f'class="hyperion-css-1r8m0cw"><nav><ul>{_li(p.nav)}</ul></nav></header><main '
            'class="hyperion-css-10qcbq2"><article data-test-id="article"><div class="'
            f'hyperion-css-kicker">{e(p.publisher)}</div><h1 class="hyperion-css-1f3yplg">'
            f'{e(p.headline)}</h1><p class="hyperion-css-lead"><strong>{e(p.dek)}</strong>'
            f'</p><div class="hyperion-css-byline"><address>{e(p.byline)}</address> <time '
            f'datetime="{p.date_iso}">{e(p.date)}</time></div><div data-test-id="article-body"'
            f' class="hyperion-css-1h1mk7">{body}</div>{_after(p)}</article><aside '
            f'class="hyperion-css-rail"><h2>{e(p.rail_title)}</h2><ul>{_li(p.rail)}</ul>'
            f'</aside></main><footer class="hyperion-css-footer">{_lines(p.footer)}</footer>'
            '</div></body></html>')


def escenic(p: Parts) -> str:
    style = Style(p=lambda i: f'<p class="ece-paragraph">{i}</p>',
                  h2=lambda t: f'<h3 class="ece-subheading">{t}</h3>',
                  table=lambda rows: f'<div class="ece-table">{_table(rows, "factbox")}</div>')
    body = _joined(p.body, style)
    return (f'<!DOCTYPE html><html lang="{p.lang}">{_head(p)}<body class="section-news">'
            f'<div id="wrapper"><div id="masthead"><div class="logo">{e(p.publisher)}</div>'
            f'<ul id="mainmenu" class="menu">{_li(p.nav)}</ul></div><div id="content">'
            '<div id="article" class="article-entry" data-escenic-id="1.2093311"><div '
            f'class="article-header"><h1 class="title">{e(p.headline)}</h1><p '
            f'class="leadtext">{e(p.dek)}</p><div class="byline"><span class="author">'
            f'{e(p.byline)}</span> <span class="dateline">Published {e(p.date)}</span></div>'
            f'</div><div class="article-body"><div class="body-text">{body}</div>'
            f'<div class="article-tools">{_after(p)}</div></div></div><div id="right-column" '
            f'class="col-right"><div class="teaserlist"><h2>{e(p.rail_title)}</h2><ul>'
            f'{_li(p.rail)}</ul></div></div></div><div id="footer"><div class="inner">'
            f'{_lines(p.footer)}</div></div></div></body></html>')


def drupal7(p: Parts) -> str:
    body = _joined(p.body)
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp'
            f'/DTD/xhtml-rdfa-1.dtd"><html xmlns="http://www.w3.org/1999/xhtml" lang="{p.lang}"'
            f'>{_head(p)}<body class="html not-front page-node node-type-article"><div '
            'id="page-wrapper"><div id="header"><div class="region region-header"><div '
            f'id="block-system-main-menu" class="block block-system block-menu"><ul class="'
            f'menu">{_li(p.nav, "leaf")}</ul></div></div></div><div id="main-wrapper"><div '
            f'id="content" class="column"><h1 class="title" id="page-title">{e(p.headline)}'
            '</h1><div class="region region-content"><div id="node-4417" class="node '
            'node-article node-promoted clearfix" about="/news/4417" typeof="sioc:Item '
            f'foaf:Document"><div class="submitted"><span property="dc:date dc:created" '
            f'content="{p.date_iso}">Submitted by {e(p.byline)} on {e(p.date)}</span></div>'
            '<div class="content"><div class="field field-name-field-subtitle"><div '
            f'class="field-item even">{e(p.dek)}</div></div><div class="field field-name-body '
            'field-type-text-with-summary field-label-hidden"><div class="field-items"><div '
            f'class="field-item even" property="content:encoded">{body}</div></div></div>'
            f'{_after(p)}</div></div></div></div><div id="sidebar-second" class="column '
            'sidebar"><div class="region region-sidebar-second"><div class="block block-views">'
            f'<h2>{e(p.rail_title)}</h2><div class="item-list"><ul>{_li(p.rail)}</ul></div>'
            '</div></div></div></div><div id="footer"><div class="region region-footer">'
            f'{_lines(p.footer)}</div></div></div></body></html>')


def react_modules(p: Parts) -> str:
    style = Style(p=lambda i: f'<p class="Paragraph_paragraph__Q7rT2">{i}</p>',
                  h2=lambda t: f'<h2 class="Heading_h2__kM3s8">{t}</h2>',
                  ul=lambda items, o: (f'<{"ol" if o else "ul"} class="List_list__9xZ1a">'
                                       + "".join(f'<li class="List_item__2bQw">{i}</li>'
                                                 for i in items) + f'</{"ol" if o else "ul"}>'),
                  pull=lambda t: f'<figure class="PullQuote_root__h4Jk"><blockquote '
                                 f'class="PullQuote_text__0pLm">{t}</blockquote></figure>',
                  table=lambda rows: f'<div class="Table_wrapper__c8Vb">'
                                     f'{_table(rows, "Table_table__uX2e")}</div>')
    body = _joined(p.body, style)
    return (f'<!DOCTYPE html><html lang="{p.lang}">{_head(p)}<body><div id="__next"><div '
            'class="Layout_root__z7Hh3"><header class="Header_header__v1Lp0"><a class="'
            f'Header_logo__bb2Ww" href="/">{e(p.publisher)}</a><nav class="Nav_nav__3Fq8r">'
            f'<ul>{_li(p.nav, "Nav_item__P0o1x")}</ul></nav></header><main class="Layout_main'
            '__a1B2c"><article class="Article_article__x9Zq1"><header class="Article_header__'
            f'Kk2p0"><h1 class="Headline_title__3kLmN">{e(p.headline)}</h1><p class="'
            f'Standfirst_text__w0Yy">{e(p.dek)}</p><div class="Byline_byline__Pq9r"><span>'
            f'{e(p.byline)}</span><time dateTime="{p.date_iso}">{e(p.date)}</time></div>'
            f'</header><div class="Article_body__x1y2Z">{body}</div><div class="Article_'
            f'footer__9kLm">{_after(p)}</div></article><aside class="Rail_rail__Ty6u"><h2 '
            f'class="Rail_title__8Hh">{e(p.rail_title)}</h2><ul>{_li(p.rail)}</ul></aside>'
            f'</main><footer class="Footer_footer__Zz0p">{_lines(p.footer)}</footer></div>'
            '</div><script id="__NEXT_DATA__" type="application/json">{"props":{}}</script>'
            '</body></html>')


def vue_datav(p: Parts) -> str:
    v = "data-v-7ba5bd90"
    s = "svelte-1xq2b3c"
    style = Style(p=lambda i: f'<p {v}="" class="{s}">{i}</p>',
                  h2=lambda t: f'<h2 {v}="" class="subtitle {s}">{t}</h2>',
                  quote=lambda t: f'<blockquote {v}="" class="{s}"><p>{t}</p></blockquote>')
    body = _joined(p.body, style)
    return (f'<!DOCTYPE html><html lang="{p.lang}">{_head(p)}<body><div id="app" data-v-app="">'
            f'<div {v}="" class="app-shell"><header {v}="" class="site-header"><nav {v}="">'
            f'<ul>{_li(p.nav)}</ul></nav></header><main {v}="" class="page-article"><article '
            f'{v}="" class="article"><h1 {v}="" class="article-title {s}">{e(p.headline)}</h1>'
            f'<p {v}="" class="article-lead">{e(p.dek)}</p><div {v}="" class="article-meta">'
            f'<span {v}="">{e(p.byline)}</span> · <time {v}="" datetime="{p.date_iso}">'
            f'{e(p.date)}</time></div><div {v}="" class="article-content">{body}</div><div '
            f'{v}="" class="article-after">{_after(p)}</div></article><aside {v}="" '
            f'class="sidebar"><h3 {v}="">{e(p.rail_title)}</h3><ul>{_li(p.rail)}</ul></aside>'
            f'</main><footer {v}="" class="site-footer">{_lines(p.footer)}</footer></div>'
            '</div></body></html>')


def xhtml_tables(p: Parts) -> str:
    style = Style(p=lambda i: f'<p class="bodytext"><font face="Verdana" size="2">{i}</font>'
                              "</p>",
                  h2=lambda t: f'<p class="bodytext"><font face="Verdana" size="2"><b>{t}</b>'
                               "</font></p>",
                  ul=lambda items, o: '<p class="bodytext"><font face="Verdana" size="2">'
                  + "<br />".join(f"{n + 1}. {i}" if o else f"&#149; {i}"
                                  for n, i in enumerate(items)) + "</font></p>",
                  quote=lambda t: f'<p class="bodytext" style="margin-left:30px"><font '
                                  f'face="Verdana" size="2"><i>{t}</i></font></p>',
                  pull=lambda t: f'<p class="bodytext" align="center"><font face="Georgia" '
                                 f'size="3"><b>{t}</b></font></p>',
                  table=lambda rows: _table(rows, "figures").replace(
                      "<table", '<table border="1" cellpadding="3" cellspacing="0"'))
    body = _joined(p.body, style)
    nav = "".join(f'<tr><td class="navitem"><a href="#">{e(i)}</a></td></tr>' for i in p.nav)
    rail = "".join(f'<tr><td><a href="#">{e(i)}</a></td></tr>' for i in p.rail)
    return ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML '
            '1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
            f'<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{p.lang}" lang="{p.lang}">'
            f'{_head(p)}<body bgcolor="#ffffff"><table width="980" border="0" cellpadding="0" '
            f'cellspacing="0" align="center"><tr><td colspan="3" class="masthead"><img '
            f'src="/img/logo.gif" alt="{e(p.publisher)}" /></td></tr><tr><td width="160" '
            f'valign="top" class="leftnav"><table width="100%">{nav}</table></td><td '
            'width="600" valign="top" class="maincontent"><table width="100%" cellpadding="8">'
            f'<tr><td><h1 class="headline">{e(p.headline)}</h1><p class="subhead"><i>'
            f'{e(p.dek)}</i></p><p class="byline">{e(p.byline)}<br />{e(p.date)}</p>'
            f'<div class="storybody">{body}</div>{_after(p)}</td></tr></table></td><td '
            f'width="220" valign="top" class="rightcol"><table width="100%"><tr><th>'
            f'{e(p.rail_title)}</th></tr>{rail}</table></td></tr><tr><td colspan="3" '
            f'class="footer" align="center">{_lines(p.footer, "div")}</td></tr></table>'
            '</body></html>')


def br_divs(p: Parts) -> str:
    style = Style(p=lambda i: f'<div class="txt">{i}</div><br><br>',
                  h2=lambda t: f'<div class="txt"><b>{t}</b></div><br><br>',
                  ul=lambda items, o: '<div class="txt">' + "<br>".join(
                      f"{n + 1}. {i}" if o else f"• {i}" for n, i in enumerate(items))
                  + "</div><br><br>",
                  quote=lambda t: f'<div class="txt"><i>{t}</i></div><br><br>',
                  pull=lambda t: f'<div class="txt citat"><b><i>{t}</i></b></div><br><br>')
    body = _joined(p.body, style)
    return (f'<html lang="{p.lang}">{_head(p)}<body><div id="top"><div class="logo">'
            f'{e(p.publisher)}</div><div class="menu">' + " | ".join(
                f'<a href="#">{e(i)}</a>' for i in p.nav) + '</div></div><div id="middle">'
            f'<div id="news"><h1>{e(p.headline)}</h1><div class="info">{e(p.byline)}, '
            f'{e(p.date)}</div><div class="lead"><b>{e(p.dek)}</b></div><br>'
            f'<div class="news-text" itemprop="articleBody">{body}</div>{_after(p)}</div>'
            f'<div id="right"><div class="block-title">{e(p.rail_title)}</div>' + "".join(
                f'<div class="block-item"><a href="#">{e(i)}</a></div>' for i in p.rail)
            + f'</div></div><div id="bottom">{_lines(p.footer, "div")}</div></body></html>')


def span_para(p: Parts) -> str:
    style = Style(p=lambda i: f'<span style="font-family:Arial;font-size:11pt">{i}</span>'
                              "<br><br>",
                  h2=lambda t: f'<p class="MsoNormal"><b><span>{t}</span></b></p>',
                  table=lambda rows: _table(rows, "MsoTableGrid"))
    chunks = render(p.body, style)
    parts: list[str] = []
    run: list[str] = []
    for kind, markup in chunks:
        if kind == "p":
            run.append(markup)
            continue
        if run:
            parts.append('<p class="MsoNormal">' + "".join(run) + "</p>")
            run = []
        parts.append(markup)
    if run:
        parts.append('<p class="MsoNormal">' + "".join(run) + "</p>")
    return (f'<!DOCTYPE html><html lang="{p.lang}">{_head(p)}<body><div class="header">'
            f'<span class="sitename">{e(p.publisher)}</span><ul class="topnav">{_li(p.nav)}'
            '</ul></div><div class="wrap"><div class="main"><div class="newsitem"><h1>'
            f'{e(p.headline)}</h1><p class="meta"><span class="by">{e(p.byline)}</span> '
            f'<span class="dt">{e(p.date)}</span></p><p class="intro"><b>{e(p.dek)}</b></p>'
            f'<div class="newsbody">{"".join(parts)}</div>{_after(p)}</div></div><div '
            f'class="side"><h4>{e(p.rail_title)}</h4><ul>{_li(p.rail)}</ul></div></div>'
            f'<div class="footer">{_lines(p.footer)}</div></body></html>')


def mobile_m(p: Parts) -> str:
    style = Style(p=lambda i: f'<p class="m-p">{i}</p>',
                  h2=lambda t: f'<h2 class="m-h2">{t}</h2>')
    body = _joined(p.body, style)
    canonical = f'<link rel="canonical" href="https://www.{p.domain}/">'
    return (f'<!DOCTYPE html><html lang="{p.lang}">{_head(p, canonical)}<body class="mobile">'
            '<div class="m-top">'
            f'<a class="m-logo" href="/">{e(p.publisher)}</a><button class="m-burger">☰'
            f'</button><div class="m-drawer"><ul>{_li(p.nav)}</ul></div></div><div '
            f'class="m-article"><h1 class="m-title">{e(p.headline)}</h1><div class="m-meta">'
            f'{e(p.byline)} · {e(p.date)}</div><p class="m-dek">{e(p.dek)}</p><section '
            f'class="m-body" itemprop="articleBody">{body}</section>{_after(p)}</div>'
            f'<div class="m-more"><h3>'
            f'{e(p.rail_title)}</h3><ul>{_li(p.rail)}</ul></div><div class="m-footer">'
            f'{_lines(p.footer)}</div></body></html>')


def _amp(markup: str) -> str:
    markup = re.sub(r"<script[^>]*></script>", "", markup)
    markup = re.sub(r"<img ([^>]*?)/?>", r'<amp-img \1 layout="responsive"></amp-img>', markup)
    markup = markup.replace("<iframe ", '<amp-iframe layout="responsive" ').replace(
        "</iframe>", "</amp-iframe>")
    return markup.replace("<video ", '<amp-video layout="responsive" ').replace(
        "</video>", "</amp-video>")


def amp(p: Parts) -> str:
    body = _amp(_joined(p.body))
    after = _amp(_after(p))
    return (f'<!doctype html><html ⚡ lang="{p.lang}"><head><meta charset="utf-8"><title>'
            f'{e(p.headline)}</title><link rel="canonical" href="https://www.{p.domain}/">'
            '<meta name="viewport" content="width=device-width"><script async src="https://'
            'cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:'
            'hidden}</style></head><body><amp-sidebar id="sidebar" layout="nodisplay"><ul>'
            f'{_li(p.nav)}</ul></amp-sidebar><header class="amp-header"><a href="/">'
            f'{e(p.publisher)}</a></header><article class="amp-article"><h1 class="amp-title">'
            f'{e(p.headline)}</h1><p class="amp-dek">{e(p.dek)}</p><div class="amp-byline">'
            f'{e(p.byline)} <time datetime="{p.date_iso}">{e(p.date)}</time></div><div '
            f'class="amp-body">{body}</div>{after}</article><section class="amp-related"><h2>'
            f'{e(p.rail_title)}</h2><ul>{_li(p.rail)}</ul></section><footer class="amp-footer">'
            f'{_lines(p.footer)}</footer></body></html>')


TEMPLATES: tuple[Callable[[Parts], str], ...] = (
    squarespace, wix, blogger, hugo, aem, tilda, polish_portal, swedish_tabloid, escenic,
    drupal7, react_modules, vue_datav, xhtml_tables, br_divs, span_para, mobile_m, amp)
