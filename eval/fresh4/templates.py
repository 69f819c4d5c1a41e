"""Eighteen publisher templates for the fresh4 set.

Each template is a ``Style``: how it marks up paragraphs, sub-headings, lists, block
quotes, tables and figures, how it wraps a noise widget (``box``), and how it lays out the
whole page with its chrome. They imitate the markup habits of common news stacks (classic
and tagDiv WordPress themes, Arc XP, Drupal, Next.js with CSS modules, AMP, a 2000s table
layout, anonymous div soup, Ghost, Brightspot, Bootstrap, Tailwind, TYPO3, Joomla
microdata, TownNews BLOX, Chorus, SvelteKit and a newsletter platform) without copying any.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass

from eval.fresh4.noise import Chrome, esc, slug


@dataclass(frozen=True, slots=True)
class Parts:
    """What a template lays out."""

    publisher: str
    domain: str
    lang: str
    url: str
    headline: str
    dek: str
    byline: str
    date: str
    body: tuple[str, ...]
    after: tuple[str, ...]
    chrome: Chrome


def _h(text: str, n: int = 6) -> str:
    """A deterministic CSS-module style hash."""
    return format(zlib.crc32(text.encode()), "x")[:n]


def _head(p: Parts, extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{p.lang}"><head><meta charset="utf-8">'
            f"<title>{esc(p.headline)} | {esc(p.publisher)}</title>"
            f'<meta name="description" content="{esc(p.dek)}">'
            f'<link rel="canonical" href="{p.url}">{extra}'
            '<link rel="stylesheet" href="/static/site.css"></head>')


def _lis(items: tuple[str, ...], tpl: str = '<li><a href="/{s}">{t}</a></li>') -> str:
    return "".join(tpl.format(s=slug(i), t=esc(i)) for i in items)


def _cookie(c: Chrome, outer: str, btn: str = "button") -> str:
    text, accept = c.cookie
    return (f'<div {outer}><p>{esc(text)}</p><{btn} type="button">{esc(accept)}</{btn}>'
            "</div>")


def _extras(c: Chrome, tag: str = "div", cls: str = "") -> str:
    out = ""
    if c.breaking:
        out += f'<{tag} class="{cls}breaking"><a href="/live">{esc(c.breaking)}</a></{tag}>'
    if c.ticker:
        out += (f'<{tag} class="{cls}ticker">'
                + "".join(f"<span>{esc(t)}</span> " for t in c.ticker) + f"</{tag}>")
    if c.weather:
        out += f'<{tag} class="{cls}weather"><span>{esc(c.weather)}</span></{tag}>'
    return out


@dataclass(frozen=True, slots=True)
class Style:
    """How one template marks up a story and its noise."""

    name: str
    p: str
    h2: str
    ul: str
    ol: str
    li: str
    quote: str
    table_cls: str
    box: Callable[[str, str], str]
    figure: Callable[[str, str], str]
    page: Callable[[Parts], str]

    def table(self, head: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
        th = "".join(f"<th>{esc(h)}</th>" for h in head)
        trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                      for r in rows)
        return (f'<table class="{self.table_cls}"><thead><tr>{th}</tr></thead>'
                f"<tbody>{trs}</tbody></table>")


# --------------------------------------------------------------------------- 1 WordPress
def _wp_box(role: str, inner: str) -> str:
    special = {
        "ad": '<div class="code-block code-block-{n}" style="margin:8px auto;'
              'text-align:center">{i}</div>',
        "newsletter": '<div class="wp-block-jetpack-subscriptions__container">{i}</div>',
        "related": '<div id="jp-relatedposts" class="jp-relatedposts">{i}</div>',
        "share": '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent '
                 'sd-block sd-social">{i}</div></div>',
        "embed": '<figure class="wp-block-embed is-type-rich is-provider-twitter">'
                 '<div class="wp-block-embed__wrapper">{i}</div></figure>',
    }
    tpl = special.get(role, '<div class="wp-block-group is-style-{r}"><div class='
                      '"wp-block-group__inner-container">{i}</div></div>')
    return tpl.format(n=len(inner) % 7 + 1, r=role, i=inner)


def _wp_figure(src: str, cap: str) -> str:
    return (f'<figure class="wp-block-image size-large"><img decoding="async" src="{src}" '
            f'alt="" class="wp-image-{zlib.crc32(src.encode()) % 90000}">'
            f'<figcaption class="wp-element-caption">{cap}</figcaption></figure>')


def _wp_page(p: Parts) -> str:
    c = p.chrome
    return (_head(p) + '<body class="post-template-default single single-post '
            'single-format-standard"><div id="page" class="site">'
            f'<a class="skip-link screen-reader-text" href="#content">{esc(c.skip)}</a>'
            + _cookie(c, 'id="cookie-law-info-bar" class="cli-bar-container"')
            + '<header id="masthead" class="site-header"><div class="site-branding">'
            f'<p class="site-title"><a href="/" rel="home">{esc(p.publisher)}</a></p></div>'
            '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" '
            f'class="menu">{_lis(c.nav, "<li class=menu-item><a href=/{s}>{t}</a></li>")}'
            f'</ul></nav><div class="header-actions">{_lis(c.account)}</div></header>'
            + _extras(c, "div", "top-")
            + '<div id="content" class="site-content"><div id="primary" class="content-area">'
            f'<main id="main" class="site-main"><article id="post-{len(p.headline)}" '
            'class="post type-post status-publish format-standard hentry">'
            f'<header class="entry-header"><h1 class="entry-title">{esc(p.headline)}</h1>'
            f'<div class="entry-meta"><span class="byline">{esc(p.byline)}</span> '
            f'<span class="posted-on"><time class="entry-date published">{p.date}</time>'
            f'</span></div></header><div class="entry-content">{"".join(p.body)}'
            f'{"".join(p.after)}</div></article></main></div>'
            '<aside id="secondary" class="widget-area"><section id="recent-posts-3" '
            f'class="widget widget_recent_entries"><h2 class="widget-title">'
            f"{esc(c.most_read_title)}</h2><ul>{_lis(c.most_read)}</ul></section></aside>"
            '</div><footer id="colophon" class="site-footer"><div class="site-info">'
            + "".join(f"<p>{esc(x)}</p>" for x in c.footer)
            + "</div></footer></div></body></html>")


WP = Style("wp_classic", "<p>{}</p>", '<h2 class="wp-block-heading">{}</h2>',
           '<ul class="wp-block-list">{}</ul>', '<ol class="wp-block-list">{}</ol>',
           "<li>{}</li>", '<blockquote class="wp-block-quote"><p>{}</p></blockquote>',
           "has-fixed-layout", _wp_box, _wp_figure, _wp_page)


# --------------------------------------------------------------------------- 2 tagDiv
def _td_box(role: str, inner: str) -> str:
    if role == "ad":
        return f'<div class="td-a-rec td-a-rec-id-content_inline tdi_{len(inner)}">{inner}</div>'
    if role == "related":
        return (f'<div class="td_block_wrap td_block_related_posts tdi_{len(inner) % 90}">'
                f'<div class="td-block-title-wrap">{inner}</div></div>')
    return f'<div class="td-post-{role} td-pb-padding-side">{inner}</div>'


def _td_figure(src: str, cap: str) -> str:
    return (f'<div class="td-post-featured-image"><figure><a href="{src}"><img '
            f'class="entry-thumb" src="{src}" alt=""></a><figcaption class="wp-caption-text">'
            f"{cap}</figcaption></figure></div>")


def _td_page(p: Parts) -> str:
    c = p.chrome
    return (_head(p) + '<body class="td-standard-pack global-block-template-1">'
            '<div class="td-scroll-up"></div><div id="td-outer-wrap" class="td-theme-wrap">'
            f'<div class="td-header-wrap td-header-style-1"><a class="td-skip" href="#c">'
            f'{esc(c.skip)}</a><div class="td-header-top-menu-full"><div class="td-header-'
            f'top-menu">{_lis(c.account)}</div></div>'
            f'<div class="td-header-sp-logo"><a class="td-main-logo" href="/">'
            f'<span class="td-logo-text">{esc(p.publisher)}</span></a></div>'
            f'<div id="td-header-menu"><ul class="sf-menu">{_lis(c.nav)}</ul></div>'
            + _extras(c, "div", "td-trending-now-") + '</div>'
            '<div class="td-main-content-wrap td-container-wrap"><div class="td-container">'
            '<div class="td-pb-row"><div class="td-pb-span8 td-main-content">'
            '<div class="td-ss-main-content"><article class="post td-post-template-default">'
            f'<div class="td-post-header"><header class="td-post-title"><h1 class="entry-'
            f'title">{esc(p.headline)}</h1><p class="td-post-sub-title">{esc(p.dek)}</p>'
            f'<div class="td-module-meta-info"><div class="td-post-author-name">'
            f'{esc(p.byline)}</div><span class="td-post-date">{p.date}</span></div></header>'
            f'</div><div class="td-post-content tagdiv-type">{"".join(p.body)}</div>'
            f'<footer>{"".join(p.after)}</footer></article></div></div>'
            '<div class="td-pb-span4 td-main-sidebar"><div class="td-ss-main-sidebar">'
            f'<div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>'
            f'{esc(c.most_read_title)}</span></h4>'
            + _lis(c.most_read, "<div class=td-module-thumb><h3 class=entry-title><a "
                   "href=/{s}>{t}</a></h3></div>") + "</div>"
            '</div></div></div></div></div><div class="td-footer-wrapper">'
            + "".join(f'<div class="td-pb-span12">{esc(x)}</div>' for x in c.footer)
            + "</div>" + _cookie(c, 'class="td-gdpr-bar"') + "</div></body></html>")


TD = Style("wp_tagdiv", "<p>{}</p>", "<h3>{}</h3>", "<ul>{}</ul>", "<ol>{}</ol>",
           "<li>{}</li>", '<blockquote class="td_quote_box td_box_center"><p>{}</p>'
           "</blockquote>", "td-table", _td_box, _td_figure, _td_page)


# --------------------------------------------------------------------------- 3 Arc XP
def _arc_box(role: str, inner: str) -> str:
    if role == "ad":
        return (f'<div class="arcad-feature" data-ad-type="inline"><div class="arcad '
                f'b-ad-block" id="arcad_{len(inner)}">{inner}</div></div>')
    return f'<div class="b-{role} c-{role}" data-arc-type="custom_embed">{inner}</div>'


def _arc_figure(src: str, cap: str) -> str:
    return (f'<figure class="c-media-item b-article-body__image"><img class="c-image" '
            f'src="{src}" alt="" loading="lazy"><figcaption class="c-media-item__fig-caption">'
            f'<span class="c-media-item__caption">{cap}</span></figcaption></figure>')


def _arc_page(p: Parts) -> str:
    c = p.chrome
    return (_head(p, '<script type="application/javascript" id="fusion-metadata">'
                  'window.Fusion=window.Fusion||{};Fusion.arcSite="news";</script>')
            + '<body><div id="fusion-app" class="layout-section"><div class="b-single-chain">'
            f'<a class="c-link skip-main" href="#main">{esc(c.skip)}</a>'
            '<header class="b-header-nav-chain"><nav class="b-header-nav-chain__nav" '
            'aria-label="Sections Menu"><div class="b-header-nav-chain__logo">'
            f'<img alt="{esc(p.publisher)}" src="/logo.svg"></div><ul class="b-links-bar">'
            f'{_lis(c.nav, "<li class=b-links-bar__item><a class=c-link href=/{s}>{t}</a></li>")}'
            f'</ul><div class="b-header-nav-chain__right">{_lis(c.account)}</div></nav>'
            + _extras(c, "div", "b-alert-bar ") + '</header>'
            '<main id="main" class="b-right-rail-advanced"><div class="b-right-rail-'
            'advanced__main"><article class="b-article-body">'
            f'<h1 class="b-headline c-heading">{esc(p.headline)}</h1>'
            f'<p class="b-subheadline c-heading">{esc(p.dek)}</p><div class="b-byline">'
            f'<span class="c-attribution">{esc(p.byline)}</span> <time class="c-date">'
            f'{p.date}</time></div>{"".join(p.body)}{"".join(p.after)}</article></div>'
            '<div class="b-right-rail-advanced__rail"><div class="b-top-table-list">'
            f'<h2 class="c-heading">{esc(c.most_read_title)}</h2>'
            + _lis(c.most_read, "<div class=b-top-table-list-small><h3><a href=/{s}>{t}</a>"
                   "</h3></div>")
            + '</div></div></main><footer class="b-footer">'
            + "".join(f'<p class="b-footer__copyright">{esc(x)}</p>' for x in c.footer)
            + "</footer>" + _cookie(c, 'id="onetrust-banner-sdk" class="otFlat"')
            + "</div></div></body></html>")


ARC = Style("arc_fusion", '<p class="c-paragraph">{}</p>',
            '<h2 class="c-heading b-header">{}</h2>', '<ul class="c-list">{}</ul>',
            '<ol class="c-list">{}</ol>', "<li>{}</li>",
            '<blockquote class="c-blockquote"><p>{}</p></blockquote>', "b-table",
            _arc_box, _arc_figure, _arc_page)


# --------------------------------------------------------------------------- 4 Drupal
def _dr_box(role: str, inner: str) -> str:
    if role in ("ad", "sponsored"):
        return (f'<div class="block block-dfp block-dfp-ad-{role}" id="block-dfp-{role}">'
                f'<div class="content">{inner}</div></div>')
    return (f'<div class="paragraph paragraph--type--{role} paragraph--view-mode--default">'
            f"{inner}</div>")


def _dr_figure(src: str, cap: str) -> str:
    return (f'<div class="field field--name-field-image field--type-image"><div class="'
            f'field__item"><img src="{src}" alt="" typeof="foaf:Image"></div></div>'
            f'<div class="field field--name-field-caption field--type-string">{cap}</div>')


def _dr_page(p: Parts) -> str:
    c = p.chrome
    return (_head(p) + '<body class="path-node page-node-type-article">'
            f'<a href="#main-content" class="visually-hidden focusable skip-link">'
            f"{esc(c.skip)}</a><div class=\"dialog-off-canvas-main-canvas\">"
            '<div class="layout-container"><header role="banner"><div class="region '
            'region-header"><div id="block-sitebranding" class="block block-system">'
            f'<a href="/" rel="home">{esc(p.publisher)}</a></div></div>'
            '<div class="region region-primary-menu"><nav role="navigation" id="block-main-'
            f'navigation"><ul class="menu menu--main">{_lis(c.nav)}</ul></nav></div>'
            f'<div class="region region-secondary-menu">{_lis(c.account)}</div>'
            + _extras(c, "div", "region-highlighted ") + '</header>'
            '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-'
            'content"><div class="region region-content"><article role="article" '
            'class="node node--type-article node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title">{esc(p.headline)}'
            f'</span></h1><div class="node__meta"><span class="field--name-uid">'
            f'{esc(p.byline)}</span> <span class="field--name-created">{p.date}</span></div>'
            '<div class="node__content"><div class="clearfix text-formatted field field--'
            'name-body field--type-text-with-summary field--label-hidden field__item">'
            f'{"".join(p.body)}</div>{"".join(p.after)}</div></article></div></div>'
            '<aside class="layout-sidebar-second" role="complementary"><div class="views-'
            f'element-container"><h2>{esc(c.most_read_title)}</h2><div class="item-list">'
            f"<ul>{_lis(c.most_read)}</ul></div></div></aside></main>"
            '<footer role="contentinfo"><div class="region region-footer">'
            + "".join(f'<div class="block">{esc(x)}</div>' for x in c.footer)
            + "</div></footer></div></div>"
            + _cookie(c, 'id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-'
                      'banner"') + "</body></html>")


DRUPAL = Style("drupal_node", "<p>{}</p>", "<h2>{}</h2>", "<ul>{}</ul>", "<ol>{}</ol>",
               "<li>{}</li>", "<blockquote><p>{}</p></blockquote>", "table",
               _dr_box, _dr_figure, _dr_page)


# --------------------------------------------------------------------------- 5 Next.js
def _nx_cls(role: str) -> str:
    name = "".join(x.title() for x in role.split("-"))
    return f"{name}_wrapper__{_h(role, 5)}"


def _nx_box(role: str, inner: str) -> str:
    return f'<div class="{_nx_cls(role)}" data-testid="{role}-module">{inner}</div>'


def _nx_figure(src: str, cap: str) -> str:
    return (f'<figure class="Figure_root__{_h("fig")}" data-testid="image-figure"><span '
            f'style="box-sizing:border-box;display:block"><img alt="" src="/_next/image?url='
            f'{src}&amp;w=1200&amp;q=75" decoding="async"></span><figcaption class="Figure_'
            f'caption__{_h("cap")}">{cap}</figcaption></figure>')


def _nx_page(p: Parts) -> str:
    c = p.chrome
    data = ('{"props":{"pageProps":{"article":{"id":"' + _h(p.url, 8)
            + '","type":"story"}}},"page":"/[section]/[slug]","buildId":"b1x9"}')
    return (_head(p) + f'<body><div id="__next"><a class="SkipLink_link__{_h("s")}" '
            f'href="#main">{esc(c.skip)}</a><header class="Masthead_root__{_h("m")}" '
            f'data-testid="masthead"><a href="/" class="Masthead_logo__{_h("l")}">'
            f'{esc(p.publisher)}</a><nav data-testid="nav"><ul class="Nav_list__{_h("n")}">'
            f'{_lis(c.nav)}</ul></nav><div class="Masthead_actions__{_h("a")}">'
            f'{_lis(c.account, "<a data-testid=account-link href=/{s}>{t}</a>")}</div>'
            + _extras(c, "div", "Banner_") + '</header>'
            f'<main id="main" class="Layout_main__{_h("main")}"><article data-testid="article"'
            f' class="Article_root__{_h("ar")}"><div class="ArticleHeader_root__{_h("ah")}">'
            f'<h1 data-testid="headline">{esc(p.headline)}</h1><p data-testid="dek">'
            f'{esc(p.dek)}</p><div data-testid="byline">{esc(p.byline)} \u00b7 {p.date}</div>'
            f'</div><div class="ArticleBody_root__{_h("ab")}" data-testid="article-body">'
            f'{"".join(p.body)}{"".join(p.after)}</div></article>'
            f'<aside class="Rail_root__{_h("r")}" data-testid="most-read"><h2>'
            f'{esc(c.most_read_title)}</h2><ol>{_lis(c.most_read)}</ol></aside></main>'
            f'<footer class="Footer_root__{_h("f")}">'
            + "".join(f"<div>{esc(x)}</div>" for x in c.footer) + "</footer>"
            + _cookie(c, f'class="ConsentBanner_root__{_h("cb")}" role="dialog"')
            + '</div><script id="__NEXT_DATA__" type="application/json">' + data
            + "</script></body></html>")


NEXT = Style("next_modules", f'<p class="Paragraph_p__{_h("p")}" data-testid="paragraph">{{}}</p>',
             f'<h2 class="Subhead_h2__{_h("h2")}">{{}}</h2>', "<ul>{}</ul>", "<ol>{}</ol>",
             "<li>{}</li>", f'<blockquote class="Quote_root__{_h("q")}"><p>{{}}</p>'
             "</blockquote>", f"DataTable_table__{_h('t')}", _nx_box, _nx_figure, _nx_page)


# --------------------------------------------------------------------------- 6 AMP
def _amp_box(role: str, inner: str) -> str:
    if role == "ad":
        return (f'<div class="amp-ad-wrapper">{inner}<amp-ad width="300" height="250" '
                'type="doubleclick" data-slot="/2231/amp/article" layout="fixed">'
                '<div placeholder></div></amp-ad></div>')
    if role == "share":
        return (f'<div class="social-share">{inner}<amp-social-share type="facebook" '
                'width="40" height="40"></amp-social-share></div>')
    return f'<aside class="amp-{role}">{inner}</aside>'


def _amp_figure(src: str, cap: str) -> str:
    return (f'<figure class="amp-fig"><amp-img src="{src}" width="1200" height="800" '
            f'layout="responsive" alt=""></amp-img><figcaption>{cap}</figcaption></figure>')


def _amp_page(p: Parts) -> str:
    c = p.chrome
    return (f'<!doctype html><html amp lang="{p.lang}"><head><meta charset="utf-8">'
            f"<title>{esc(p.headline)}</title><link rel=\"canonical\" href=\"{p.url}\">"
            '<meta name="viewport" content="width=device-width"><script async '
            'src="https://cdn.ampproject.example/v0.js"></script><style amp-custom>body{'
            'font-family:serif}</style></head><body>'
            f'<amp-user-notification layout="nodisplay" id="consent">'
            f'<p>{esc(c.cookie[0])}</p><button on="tap:consent.dismiss">{esc(c.cookie[1])}'
            f'</button></amp-user-notification><header class="amp-header"><a href="/">'
            f'{esc(p.publisher)}</a><amp-sidebar id="sidebar" layout="nodisplay" side="left">'
            f'<a href="#content">{esc(c.skip)}</a><ul>{_lis(c.nav)}</ul>{_lis(c.account)}'
            f'</amp-sidebar>{_extras(c, "div", "amp-")}</header>'
            f'<main id="content"><article class="amp-article"><header><h1>{esc(p.headline)}'
            f'</h1><p class="amp-dek">{esc(p.dek)}</p><p class="amp-byline">{esc(p.byline)}'
            f' | {p.date}</p></header><div class="amp-article-body">{"".join(p.body)}'
            f'{"".join(p.after)}</div></article><section class="amp-related"><h2>'
            f'{esc(c.most_read_title)}</h2><ul>{_lis(c.most_read)}</ul></section></main>'
            '<footer class="amp-footer">' + "".join(f"<p>{esc(x)}</p>" for x in c.footer)
            + "</footer></body></html>")


AMP = Style("amp_article", "<p>{}</p>", "<h2>{}</h2>", "<ul>{}</ul>", "<ol>{}</ol>",
            "<li>{}</li>", "<blockquote><p>{}</p></blockquote>", "amp-table", _amp_box,
            _amp_figure, _amp_page)


# --------------------------------------------------------------------------- 7 tables
def _tb_box(role: str, inner: str) -> str:
    return (f'<table width="100%" cellpadding="4" cellspacing="0" class="{role}box">'
            f'<tr><td bgcolor="#eeeeee"><font face="Verdana" size="1">{inner}</font></td>'
            "</tr></table>")


def _tb_figure(src: str, cap: str) -> str:
    return (f'<table align="right" width="300" cellpadding="0"><tr><td><img src="{src}" '
            f'width="300" height="200" border="0"></td></tr><tr><td class="cutline">'
            f'<font size="1">{cap}</font></td></tr></table>')


def _tb_page(p: Parts) -> str:
    c = p.chrome
    nav = " | ".join(f'<a href="/{slug(n)}"><font color="#ffffff">{esc(n)}</font></a>'
                     for n in c.nav)
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
            f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>'
            f"{esc(p.publisher)} - {esc(p.headline)}</title></head>"
            '<body bgcolor="#ffffff" topmargin="0" leftmargin="0">'
            f'<a href="#story"><font size="1">{esc(c.skip)}</font></a>'
            '<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">'
            f'<tr><td colspan="3" bgcolor="#003366"><font face="Georgia" size="6" '
            f'color="#ffffff"><b>{esc(p.publisher)}</b></font><br>{nav}</td></tr>'
            f'<tr><td colspan="3">{_extras(c, "div", "")}'
            + " ".join(f'<a href="/{slug(a)}">{esc(a)}</a>' for a in c.account)
            + '</td></tr><tr><td width="160" valign="top" bgcolor="#f0f0f0">'
            f'<font face="Arial" size="2"><b>{esc(c.most_read_title)}</b><br>'
            + "<br>".join(f'<a href="/{slug(h)}">{esc(h)}</a>' for h in c.most_read)
            + '</font></td><td width="20"></td><td valign="top"><a name="story"></a>'
            f'<font face="Georgia" size="5"><b>{esc(p.headline)}</b></font><br>'
            f'<font face="Arial" size="2"><i>{esc(p.dek)}</i><br>{esc(p.byline)} - '
            f'{p.date}</font><div class="storytext"><font face="Arial" size="2">'
            f'{"".join(p.body)}{"".join(p.after)}</font></div></td></tr>'
            '<tr><td colspan="3" align="center"><font size="1">'
            + "<br>".join(esc(x) for x in c.footer) + "</font></td></tr></table>"
            + _cookie(c, 'id="cookiebar" style="position:fixed;bottom:0"')
            + "</body></html>")


TABLES = Style("legacy_tables", "<p>{}</p>", "<p><b>{}</b></p>", '<p class="bullets">{}</p>',
               '<p class="bullets">{}</p>', "&bull; {}<br>", "<blockquote><i>{}</i></blockquote>",
               "datatable", _tb_box, _tb_figure, _tb_page)


# --------------------------------------------------------------------------- 8 div soup
def _ds_box(role: str, inner: str) -> str:
    for tag in ("p", "h3", "h4"):  # div soup all the way down
        inner = inner.replace(f"<{tag}>", "<div>").replace(f"<{tag} ", "<div ")
        inner = inner.replace(f"</{tag}>", "</div>")
    return f'<div class="x{_h(role, 4)} m-{len(inner) % 9}">{inner}</div>'


def _ds_figure(src: str, cap: str) -> str:
    return (f'<div class="pic"><div class="pic-in"><img src="{src}"></div>'
            f'<div class="pic-t">{cap}</div></div>')


def _ds_page(p: Parts) -> str:
    c = p.chrome
    nav = "".join(f"<div><a href=/{slug(n)}>{esc(n)}</a></div>" for n in c.nav)
    return (_head(p) + f'<body><div class="w"><div class="t1"><a href="#s">{esc(c.skip)}'
            f'</a></div><div class="t2"><div class="lg">{esc(p.publisher)}</div>'
            f'<div class="mn">{nav}'
            f'</div><div class="ac">{"".join(f"<div>{esc(a)}</div>" for a in c.account)}</div>'
            f'{_extras(c, "div", "t3 ")}</div><div class="ct"><div class="lc" id="s">'
            f'<div class="ttl">{esc(p.headline)}</div><div class="sb">{esc(p.dek)}</div>'
            f'<div class="au">{esc(p.byline)}</div><div class="dt">{p.date}</div>'
            f'<div class="bd">{"".join(p.body)}{"".join(p.after)}</div></div>'
            f'<div class="rc"><div class="rh">{esc(c.most_read_title)}</div>'
            + "".join(f'<div class="ri"><a href="/{slug(h)}">{esc(h)}</a></div>'
                      for h in c.most_read)
            + '</div></div><div class="ft">'
            + "".join(f"<div>{esc(x)}</div>" for x in c.footer) + "</div></div>"
            + _cookie(c, 'class="cc-w"', "div") + "</body></html>")


SOUP = Style("div_soup", '<div class="tx">{}</div>', '<div class="st">{}</div>',
             '<div class="tx ls">{}</div>', '<div class="tx ls n">{}</div>',
             "\u2022 {}<br>", '<div class="qt">{}</div>', "t",
             _ds_box, _ds_figure, _ds_page)


# --------------------------------------------------------------------------- 9 Ghost
def _gh_box(role: str, inner: str) -> str:
    if role == "newsletter":
        return f'<div class="kg-card kg-signup-card kg-width-regular">{inner}</div>'
    if role == "embed":
        return f'<figure class="kg-card kg-embed-card">{inner}</figure>'
    return f'<div class="kg-card kg-callout-card kg-callout-card-grey {role}">{inner}</div>'


def _gh_figure(src: str, cap: str) -> str:
    return (f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{src}" '
            f'class="kg-image" alt="" loading="lazy"><figcaption>{cap}</figcaption></figure>')


def _gh_page(p: Parts) -> str:
    c = p.chrome
    return (_head(p) + '<body class="post-template tag-news"><div class="viewport">'
            f'<header id="gh-head" class="gh-head outer"><a class="gh-skip" href="#main">'
            f'{esc(c.skip)}</a><div class="gh-head-inner inner"><a class="gh-head-logo" '
            f'href="/">{esc(p.publisher)}</a><nav class="gh-head-menu"><ul class="nav">'
            f'{_lis(c.nav)}</ul></nav><div class="gh-head-actions">{_lis(c.account)}</div>'
            f'</div></header>{_extras(c, "div", "gh-")}<main id="main" class="site-main">'
            '<article class="article post"><header class="article-header gh-canvas">'
            f'<h1 class="article-title">{esc(p.headline)}</h1><p class="article-excerpt">'
            f'{esc(p.dek)}</p><div class="article-byline"><h4 class="author-name">'
            f'{esc(p.byline)}</h4><time class="byline-meta-date">{p.date}</time></div>'
            f'</header><section class="gh-content gh-canvas">{"".join(p.body)}</section>'
            f'<section class="article-comments gh-canvas">{"".join(p.after)}</section>'
            '</article></main><aside class="read-more-wrap outer"><div class="read-more '
            f'inner"><h3>{esc(c.most_read_title)}</h3>'
            + "".join(f'<article class="post-card"><h2 class="post-card-title">{esc(h)}</h2>'
                      "</article>" for h in c.most_read)
            + '</div></aside><footer class="site-footer outer">'
            + "".join(f"<div>{esc(x)}</div>" for x in c.footer) + "</footer>"
            + _cookie(c, 'class="gh-portal-cookie"') + "</div></body></html>")


GHOST = Style("ghost_casper", "<p>{}</p>", '<h2 id="h">{}</h2>', "<ul>{}</ul>",
              "<ol>{}</ol>", "<li>{}</li>", '<blockquote class="kg-blockquote-alt">{}'
              "</blockquote>", "kg-table", _gh_box, _gh_figure, _gh_page)


# --------------------------------------------------------------------------- 10 Brightspot
def _bs_box(role: str, inner: str) -> str:
    name = "".join(x.title() for x in role.split("-"))
    if role == "ad":
        return (f'<div class="GoogleDfpAd-wrapper"><ps-ad class="GoogleDfpAd" '
                f'data-slot-name="mid">{inner}</ps-ad></div>')
    return f'<bsp-{role} class="{name}Module"><div class="{name}Module-content">{inner}</div>' \
           f"</bsp-{role}>"


def _bs_figure(src: str, cap: str) -> str:
    return (f'<div class="Enhancement" data-align-center><div class="Enhancement-item">'
            f'<figure class="Figure"><picture><img class="Image" src="{src}" alt=""></picture>'
            f'<div class="Figure-content"><div class="Figure-caption">{cap}</div></div>'
            "</figure></div></div>")


def _bs_page(p: Parts) -> str:
    c = p.chrome
    return (_head(p) + '<body class="ArticlePage"><bsp-header class="Page-header">'
            f'<a class="Page-skip" href="#pageMain">{esc(c.skip)}</a>'
            f'<div class="Page-header-bar"><a class="Page-logo" href="/">{esc(p.publisher)}'
            f'</a><bsp-nav class="Navigation"><ul class="Navigation-items">'
            f'{_lis(c.nav, "<li class=Navigation-items-item><a href=/{s}>{t}</a></li>")}'
            f'</ul></bsp-nav><div class="Page-header-login">{_lis(c.account)}</div></div>'
            f'{_extras(c, "div", "Page-header-")}</bsp-header>'
            '<main class="Page-main" id="pageMain"><div class="Page-content">'
            '<div class="ArticlePage-mainContent"><div class="ArticlePage-articleContainer">'
            f'<h1 class="Page-headline">{esc(p.headline)}</h1><div class="Page-subHeadline">'
            f'{esc(p.dek)}</div><div class="Page-authors">{esc(p.byline)}</div>'
            f'<div class="Page-datePublished">{p.date}</div><div class="ArticlePage-'
            f'articleBody"><div class="RichTextArticleBody RichTextBody">{"".join(p.body)}'
            f'</div>{"".join(p.after)}</div></div></div><aside class="ArticlePage-aside">'
            f'<bsp-list-loadmore class="ListD"><div class="ListD-header">'
            f'{esc(c.most_read_title)}</div>'
            + "".join(f'<div class="PagePromo-title"><a href="/{slug(h)}">{esc(h)}</a></div>'
                      for h in c.most_read)
            + '</bsp-list-loadmore></aside></div></main><footer class="Page-footer">'
            + "".join(f'<div class="Page-footer-disclaimer">{esc(x)}</div>' for x in c.footer)
            + "</footer>" + _cookie(c, 'class="Consent-banner"') + "</body></html>")


BSP = Style("brightspot", "<p>{}</p>", "<h3>{}</h3>", "<ul>{}</ul>", "<ol>{}</ol>",
            "<li>{}</li>", '<blockquote class="Quote"><p>{}</p></blockquote>', "Table",
            _bs_box, _bs_figure, _bs_page)


# --------------------------------------------------------------------------- 11 Bootstrap
def _bt_box(role: str, inner: str) -> str:
    return (f'<div class="card my-3 border-0 bg-light {role}-card"><div class="card-body">'
            f"{inner}</div></div>")


def _bt_figure(src: str, cap: str) -> str:
    return (f'<figure class="figure w-100"><img src="{src}" class="figure-img img-fluid '
            f'rounded" alt=""><figcaption class="figure-caption text-muted">{cap}'
            "</figcaption></figure>")


def _bt_page(p: Parts) -> str:
    c = p.chrome
    return (_head(p) + f'<body><a class="visually-hidden-focusable" href="#story">'
            f'{esc(c.skip)}</a><nav class="navbar navbar-expand-lg navbar-dark bg-dark">'
            f'<div class="container"><a class="navbar-brand" href="/">{esc(p.publisher)}</a>'
            '<div class="collapse navbar-collapse"><ul class="navbar-nav me-auto">'
            f'{_lis(c.nav, "<li class=nav-item><a class=nav-link href=/{s}>{t}</a></li>")}'
            f'</ul><div class="d-flex">{_lis(c.account, "<a class=btn href=/{s}>{t}</a>")}'
            f'</div></div></div></nav>{_extras(c, "div", "alert alert-warning ")}'
            '<div class="container mt-4"><div class="row"><div class="col-lg-8">'
            f'<div id="story" class="article-wrapper"><h1 class="display-6">{esc(p.headline)}'
            f'</h1><p class="lead">{esc(p.dek)}</p><p class="small text-muted">'
            f'{esc(p.byline)} &middot; {p.date}</p><div class="article-text">'
            f'{"".join(p.body)}</div><div class="article-footer">{"".join(p.after)}</div>'
            '</div></div><div class="col-lg-4"><div class="list-group">'
            f'<div class="list-group-item active">{esc(c.most_read_title)}</div>'
            + _lis(c.most_read, '<a class="list-group-item" href="/{s}">{t}</a>')
            + '</div></div></div></div><footer class="bg-dark text-white py-4"><div '
            'class="container">' + "".join(f'<p class="mb-1">{esc(x)}</p>' for x in c.footer)
            + "</div></footer>" + _cookie(c, 'class="toast show position-fixed bottom-0"')
            + "</body></html>")


BOOT = Style("bootstrap_portal", "<p>{}</p>", '<h2 class="h4 mt-4">{}</h2>',
             '<ul class="mb-3">{}</ul>', '<ol class="mb-3">{}</ol>', "<li>{}</li>",
             '<blockquote class="blockquote border-start ps-3"><p>{}</p></blockquote>',
             "table table-sm table-striped", _bt_box, _bt_figure, _bt_page)


# --------------------------------------------------------------------------- 12 Tailwind
def _tw_box(role: str, inner: str) -> str:
    utility = ("my-6 rounded-lg border border-gray-200 p-4 text-sm",
               "my-8 flex flex-col gap-2 bg-neutral-50 px-5 py-4",
               "not-prose my-6 border-y border-zinc-300 py-3 text-xs uppercase tracking-wide",
               "my-4 grid grid-cols-1 gap-3 md:grid-cols-2")
    return f'<div class="{utility[len(role) % len(utility)]}">{inner}</div>'


def _tw_figure(src: str, cap: str) -> str:
    return (f'<figure class="not-prose my-8"><img class="w-full rounded-md" src="{src}" '
            f'alt=""><figcaption class="mt-2 text-sm text-gray-500">{cap}</figcaption>'
            "</figure>")


def _tw_page(p: Parts) -> str:
    c = p.chrome
    return (_head(p) + '<body class="bg-white text-gray-900 antialiased">'
            f'<a class="sr-only focus:not-sr-only" href="#main">{esc(c.skip)}</a>'
            '<header class="sticky top-0 z-40 border-b bg-white/90 backdrop-blur"><div '
            'class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">'
            f'<a class="text-2xl font-black" href="/">{esc(p.publisher)}</a>'
            '<nav class="hidden gap-6 md:flex">'
            + "".join(f'<a class="hover:underline" href="/{slug(n)}">{esc(n)}</a>'
                      for n in c.nav)
            + '</nav><div class="flex gap-2">'
            + "".join(f'<a class="rounded bg-black px-3 py-1 text-white" href="/{slug(a)}">'
                      f"{esc(a)}</a>" for a in c.account)
            + f'</div></div>{_extras(c, "div", "bg-red-600 text-white ")}</header>'
            '<main id="main" class="mx-auto grid max-w-6xl grid-cols-12 gap-8 px-4 py-8">'
            '<article class="col-span-12 lg:col-span-8"><h1 class="text-4xl font-bold '
            f'leading-tight">{esc(p.headline)}</h1><p class="mt-3 text-xl text-gray-600">'
            f'{esc(p.dek)}</p><div class="mt-4 text-sm text-gray-500">{esc(p.byline)} '
            f'<span>{p.date}</span></div><div class="prose prose-lg mt-8 max-w-none">'
            f'{"".join(p.body)}{"".join(p.after)}</div></article>'
            '<aside class="col-span-12 lg:col-span-4"><div class="rounded-xl bg-gray-50 p-5">'
            f'<h2 class="text-lg font-semibold">{esc(c.most_read_title)}</h2>'
            '<ol class="mt-3 list-decimal space-y-2 pl-5">' + _lis(c.most_read)
            + '</ol></div></aside></main><footer class="border-t py-10 text-sm text-gray-500">'
            + "".join(f'<p class="text-center">{esc(x)}</p>' for x in c.footer) + "</footer>"
            + _cookie(c, 'class="fixed inset-x-0 bottom-0 bg-gray-900 p-4 text-white"')
            + "</body></html>")


TAIL = Style("tailwind_app", "<p>{}</p>", "<h2>{}</h2>", "<ul>{}</ul>", "<ol>{}</ol>",
             "<li>{}</li>", "<blockquote><p>{}</p></blockquote>", "", _tw_box, _tw_figure,
             _tw_page)


# --------------------------------------------------------------------------- 13 TYPO3
def _t3_box(role: str, inner: str) -> str:
    return (f'<div id="c{zlib.crc32(role.encode()) % 9000 + 1000}" class="frame '
            f'frame-default frame-type-html frame-layout-0">{inner}</div>')


def _t3_figure(src: str, cap: str) -> str:
    return (f'<div class="ce-image ce-center ce-above"><div class="ce-gallery"><figure '
            f'class="image"><img class="image-embed-item" src="{src}" alt="">'
            f'<figcaption class="image-caption">{cap}</figcaption></figure></div></div>')


def _t3_page(p: Parts) -> str:
    c = p.chrome
    return (_head(p) + f'<body id="p{len(p.url)}"><a class="sr-only" href="#content">'
            f'{esc(c.skip)}</a><div class="page"><div id="header"><div class="logo">'
            f'<a href="/">{esc(p.publisher)}</a></div><ul class="nav-main">{_lis(c.nav)}'
            f'</ul><ul class="nav-meta">{_lis(c.account)}</ul>{_extras(c, "div", "hd-")}</div>'
            '<div id="content" class="main-section"><div class="news news-single">'
            f'<div class="article" itemscope itemtype="http://schema.org/Article">'
            f'<div class="header"><h1 itemprop="headline">{esc(p.headline)}</h1></div>'
            f'<div class="extra"><span class="news-list-author">{esc(p.byline)}</span> '
            f'<span class="news-list-date">{p.date}</span></div><div class="teaser-text" '
            f'itemprop="description"><p>{esc(p.dek)}</p></div><div class="news-text-wrap" '
            f'itemprop="articleBody"><div class="ce-bodytext">{"".join(p.body)}</div></div>'
            f'<div class="news-related-wrap">{"".join(p.after)}</div></div></div></div>'
            f'<div id="sidebar"><div class="frame"><h3>{esc(c.most_read_title)}</h3><ul>'
            f"{_lis(c.most_read)}</ul></div></div><div id=\"footer\">"
            + "".join(f"<p>{esc(x)}</p>" for x in c.footer) + "</div></div>"
            + _cookie(c, 'id="cookieman-modal" class="modal"') + "</body></html>")


TYPO3 = Style("typo3_regional", '<p class="bodytext">{}</p>', "<h2>{}</h2>",
              '<ul class="list-normal">{}</ul>', '<ol class="list-normal">{}</ol>',
              "<li>{}</li>", "<blockquote><p>{}</p></blockquote>", "contenttable",
              _t3_box, _t3_figure, _t3_page)


# --------------------------------------------------------------------------- 14 Joomla
def _jm_box(role: str, inner: str) -> str:
    return (f'<div class="moduletable mod-{role}"><div class="mod-custom custom">{inner}'
            "</div></div>")


def _jm_figure(src: str, cap: str) -> str:
    return (f'<figure class="item-image" itemprop="image" itemscope itemtype="https://'
            f'schema.org/ImageObject"><img src="{src}" itemprop="contentUrl" alt="">'
            f'<figcaption class="caption" itemprop="caption">{cap}</figcaption></figure>')


def _jm_page(p: Parts) -> str:
    c = p.chrome
    return (_head(p) + '<body class="site com_content view-article layout-blog">'
            f'<a href="#maincontent" class="skip">{esc(c.skip)}</a>'
            '<header class="header container-header full-width"><div class="navbar-brand">'
            f'<a class="brand-logo" href="/">{esc(p.publisher)}</a></div>'
            '<div class="container-nav"><nav class="navbar"><ul class="mod-menu mod-list '
            f'nav">{_lis(c.nav, "<li class=nav-item><a href=/{s}>{t}</a></li>")}</ul></nav>'
            f'<div class="mod-login">{_lis(c.account)}</div></div>'
            f'{_extras(c, "div", "moduletable ")}</header>'
            '<div class="site-grid"><div class="grid-child container-component">'
            '<main id="maincontent"><div class="com-content-article item-page" itemscope '
            'itemtype="https://schema.org/Article"><div class="page-header">'
            f'<h1 itemprop="headline">{esc(p.headline)}</h1></div><dl class="article-info">'
            f'<dd class="createdby" itemprop="author">{esc(p.byline)}</dd><dd class="published">'
            f'<time itemprop="datePublished">{p.date}</time></dd></dl>'
            f'<div itemprop="articleBody" class="com-content-article__body">'
            f'<p class="intro"><em>{esc(p.dek)}</em></p>{"".join(p.body)}</div>'
            f'{"".join(p.after)}</div></main></div>'
            '<div class="grid-child container-sidebar-right"><div class="sidebar-right card">'
            f'<h3 class="card-header">{esc(c.most_read_title)}</h3><ul class="mostread '
            f'mod-list">{_lis(c.most_read)}</ul></div></div></div>'
            '<footer class="container-footer footer full-width">'
            + "".join(f'<div class="mod-footer">{esc(x)}</div>' for x in c.footer)
            + "</footer>" + _cookie(c, 'class="cookie-consent"') + "</body></html>")


JOOMLA = Style("joomla_microdata", "<p>{}</p>", "<h3>{}</h3>", "<ul>{}</ul>", "<ol>{}</ol>",
               "<li>{}</li>", "<blockquote><p>{}</p></blockquote>", "table",
               _jm_box, _jm_figure, _jm_page)


# --------------------------------------------------------------------------- 15 BLOX
def _bx_box(role: str, inner: str) -> str:
    if role == "ad":
        return (f'<div class="tnt-ads-container dfp-ad-container hidden-print">'
                f'<div class="tnt-ads" id="tncms-region-article_instory_{len(inner) % 9}">'
                f"{inner}</div></div>")
    return f'<div class="tnt-{role} asset-{role} clearfix">{inner}</div>'


def _bx_figure(src: str, cap: str) -> str:
    return (f'<div class="image"><figure class="photo layout-horizontal"><div '
            f'class="image"><img src="{src}" class="img-responsive" alt=""></div>'
            f'<figcaption class="caption"><div class="caption-text">{cap}</div>'
            "</figcaption></figure></div>")


def _bx_page(p: Parts) -> str:
    c = p.chrome
    return (_head(p) + '<body class="page-asset asset-article"><div id="site-container">'
            f'<a href="#main-page-container" class="sr-only">{esc(c.skip)}</a>'
            '<header id="site-header"><div id="site-logo"><a href="/">'
            f'{esc(p.publisher)}</a></div><ul id="main-nav_menu" class="nav navbar-nav">'
            f'{_lis(c.nav)}</ul><div class="user-controls">{_lis(c.account)}</div>'
            f'{_extras(c, "div", "tnt-")}</header>'
            '<div id="main-page-container" class="container"><div class="row"><div '
            'class="col-md-8"><article class="asset"><header class="asset-header">'
            f'<h1 class="headline"><span class="asset-headline">{esc(p.headline)}</span></h1>'
            f'<h2 class="subhead">{esc(p.dek)}</h2><ul class="list-inline asset-byline">'
            f'<li>{esc(p.byline)}</li><li><time>{p.date}</time></li></ul></header>'
            '<div class="asset-body"><div class="asset-content subscriber-premium" '
            f'id="article-body" itemprop="articleBody">{"".join(p.body)}</div></div>'
            f'<div class="asset-tags-wrapper">{"".join(p.after)}</div></article></div>'
            '<aside class="col-md-4"><div class="card-panel"><div class="block-title">'
            f"<h3>{esc(c.most_read_title)}</h3></div><ul>{_lis(c.most_read)}</ul></div>"
            '</aside></div></div><footer id="site-footer">'
            + "".join(f'<div class="site-copyright">{esc(x)}</div>' for x in c.footer)
            + "</footer>" + _cookie(c, 'class="tnt-gdpr"') + "</div></body></html>")


BLOX = Style("blox_townnews", "<p>{}</p>", "<h3>{}</h3>", "<ul>{}</ul>", "<ol>{}</ol>",
             "<li>{}</li>", "<blockquote><p>{}</p></blockquote>", "table table-striped",
             _bx_box, _bx_figure, _bx_page)


# --------------------------------------------------------------------------- 16 Chorus
def _ch_box(role: str, inner: str) -> str:
    if role in ("ad", "sponsored"):
        return f'<div class="m-ad m-ad__{role} m-ad__dfp">{inner}</div>'
    return f'<aside class="c-{role} c-float-left">{inner}</aside>'


def _ch_figure(src: str, cap: str) -> str:
    return (f'<figure class="e-image e-image--hero"><span class="e-image__inner"><span '
            f'class="e-image__image"><img alt="" src="{src}"></span></span>'
            f'<span class="e-image__meta"><figcaption>{cap}</figcaption></span></figure>')


def _ch_page(p: Parts) -> str:
    c = p.chrome
    return (_head(p) + '<body class="entry-page"><div class="l-root">'
            f'<a class="c-skip-link" href="#content">{esc(c.skip)}</a>'
            '<header class="c-global-header"><div class="c-global-header__logo"><a href="/">'
            f'{esc(p.publisher)}</a></div><nav class="c-global-header__links">'
            + "".join(f'<a class="c-global-header__link" href="/{slug(n)}">{esc(n)}</a>'
                      for n in c.nav)
            + f'</nav><div class="c-global-header__user">{_lis(c.account)}</div>'
            f'{_extras(c, "div", "c-global-header__")}</header>'
            '<main id="content" class="l-main-content"><div class="l-segment l-main-content">'
            f'<div class="c-entry-hero"><h1 class="c-page-title">{esc(p.headline)}</h1>'
            f'<p class="c-entry-summary p-dek">{esc(p.dek)}</p><div class="c-byline">'
            f'<span class="c-byline__item">{esc(p.byline)}</span><time class="c-byline__item">'
            f'{p.date}</time></div></div><div class="l-col__main"><div class="c-entry-content">'
            f'{"".join(p.body)}</div>{"".join(p.after)}</div></div>'
            '<div class="l-col__sidebar"><section class="c-rock-list"><h2 class="c-rock-list__'
            f'title">{esc(c.most_read_title)}</h2>'
            + _lis(c.most_read, '<h3 class="c-rock-list__link"><a href="/{s}">{t}</a></h3>')
            + '</section></div></main><footer class="c-footer">'
            + "".join(f'<p class="c-footer__text">{esc(x)}</p>' for x in c.footer)
            + "</footer>" + _cookie(c, 'class="c-privacy-notice"') + "</div></body></html>")


CHORUS = Style("chorus_entry", "<p>{}</p>", "<h3>{}</h3>", "<ul>{}</ul>", "<ol>{}</ol>",
               "<li>{}</li>", "<blockquote><p>{}</p></blockquote>", "p-table",
               _ch_box, _ch_figure, _ch_page)


# --------------------------------------------------------------------------- 17 SvelteKit
def _sv_box(role: str, inner: str) -> str:
    return f'<section class="widget {role} svelte-{_h(role, 6)}">{inner}</section>'


def _sv_figure(src: str, cap: str) -> str:
    return (f'<figure class="svelte-{_h("fig", 6)}"><picture><source srcset="{src}.webp" '
            f'type="image/webp"><img src="{src}" alt=""></picture><figcaption class="svelte-'
            f'{_h("figcap", 6)}">{cap}</figcaption></figure>')


def _sv_page(p: Parts) -> str:
    c = p.chrome
    sv = _h(p.publisher, 6)
    return (_head(p) + '<body data-sveltekit-preload-data="hover"><div style="display: '
            f'contents"><a class="skip svelte-{sv}" href="#body">{esc(c.skip)}</a>'
            f'<header class="svelte-{sv}"><a class="brand svelte-{sv}" href="/">'
            f'{esc(p.publisher)}</a><nav class="svelte-{sv}"><ul>{_lis(c.nav)}</ul></nav>'
            f'<div class="user svelte-{sv}">{_lis(c.account)}</div>'
            f'{_extras(c, "div", "strip ")}</header>'
            f'<main class="svelte-{sv}"><article class="story svelte-{sv}">'
            f'<hgroup class="svelte-{sv}"><h1>{esc(p.headline)}</h1><p>{esc(p.dek)}</p>'
            f'</hgroup><p class="meta svelte-{sv}">{esc(p.byline)} \u2014 {p.date}</p>'
            f'<div id="body" class="story-body svelte-{sv}">{"".join(p.body)}'
            f'{"".join(p.after)}</div></article><aside class="svelte-{sv}"><h2>'
            f'{esc(c.most_read_title)}</h2><ol>{_lis(c.most_read)}</ol></aside></main>'
            f'<footer class="svelte-{sv}">' + "".join(f"<p>{esc(x)}</p>" for x in c.footer)
            + "</footer>" + _cookie(c, f'class="consent svelte-{sv}"') + "</div></body></html>")


SVELTE = Style("sveltekit", "<p>{}</p>", "<h2>{}</h2>", "<ul>{}</ul>", "<ol>{}</ol>",
               "<li>{}</li>", "<blockquote><p>{}</p></blockquote>", "data",
               _sv_box, _sv_figure, _sv_page)


# --------------------------------------------------------------------------- 18 newsletter
def _ss_box(role: str, inner: str) -> str:
    if role in ("newsletter", "newsletter-inline", "paywall"):
        return (f'<div class="subscription-widget-wrap"><div class="subscription-widget '
                f'show-subscribe">{inner}</div></div>')
    if role == "embed":
        return f'<div class="tweet" data-attrs="{{}}">{inner}</div>'
    return f'<div class="{role}-wrap">{inner}</div>'


def _ss_figure(src: str, cap: str) -> str:
    return (f'<div class="captioned-image-container"><figure><a class="image-link" '
            f'href="{src}"><img src="{src}" alt=""></a><figcaption class="image-caption">'
            f"{cap}</figcaption></figure></div>")


def _ss_page(p: Parts) -> str:
    c = p.chrome
    return (_head(p) + '<body><div id="entry"><div class="main-menu">'
            f'<a class="skip" href="#post">{esc(c.skip)}</a><div class="topbar-content">'
            f'<h1 class="navbar-title"><a href="/">{esc(p.publisher)}</a></h1>'
            f'<div class="navbar-buttons">{_lis(c.account)}</div></div>'
            f'<div class="topbar-tabs">{_lis(c.nav)}</div>{_extras(c, "div", "banner-")}'
            '</div><div class="container"><div class="single-post-container"><article '
            'id="post" class="typography newsletter-post post"><div class="post-header">'
            f'<h1 class="post-title">{esc(p.headline)}</h1><h3 class="subtitle">{esc(p.dek)}'
            f'</h3><div class="post-meta">{esc(p.byline)} {p.date}</div></div>'
            f'<div class="available-content"><div class="body markup" dir="auto">'
            f'{"".join(p.body)}</div></div><div class="post-footer">{"".join(p.after)}</div>'
            f'</article><div class="post-recommendations"><h4>{esc(c.most_read_title)}</h4>'
            + _lis(c.most_read, '<div class="post-preview"><a href="/p/{s}">{t}</a></div>')
            + '</div></div></div><div class="footer-wrap">'
            + "".join(f'<div class="footer">{esc(x)}</div>' for x in c.footer) + "</div>"
            + _cookie(c, 'class="cookie-banner"') + "</div></body></html>")


SUBSTACK = Style("newsletter_post", "<p>{}</p>", '<h2 class="header-anchor-post">{}</h2>',
                 "<ul>{}</ul>", "<ol>{}</ol>", "<li><p>{}</p></li>",
                 "<blockquote><p>{}</p></blockquote>", "", _ss_box, _ss_figure, _ss_page)


TEMPLATES: tuple[Style, ...] = (WP, TD, ARC, DRUPAL, NEXT, AMP, TABLES, SOUP, GHOST, BSP,
                                BOOT, TAIL, TYPO3, JOOMLA, BLOX, CHORUS, SVELTE, SUBSTACK)
#: Publisher name and domain of each template.
PUBLISHERS: tuple[tuple[str, str], ...] = (
    ("The Lantern Review", "lanternreview.example"),
    ("Quayside Telegraph", "quaysidetelegraph.example"),
    ("Capital Sentinel", "capitalsentinel.example"),
    ("Fernhill Advocate", "fernhilladvocate.example"),
    ("Pulse Metro", "pulsemetro.example"),
    ("The Morning Wire", "morningwire.example"),
    ("Ironwood County Clarion", "ironwoodclarion.example"),
    ("Southport Daily", "southportdaily.example"),
    ("The Long Field", "thelongfield.example"),
    ("Gulf Coast Register", "gulfcoastregister.example"),
    ("Prairie Signal", "prairiesignal.example"),
    ("Brightwater Now", "brightwaternow.example"),
    ("Nordstadt Rundschau", "nordstadt-rundschau.example"),
    ("The Keystone Almanac", "keystonealmanac.example"),
    ("Hollow Creek Courier", "hollowcreekcourier.example"),
    ("The Verge of Town", "vergeoftown.example"),
    ("Meridian Press Online", "meridianpress.example"),
    ("The Weekly Ledger", "weeklyledger.example"),
)
