"""Twelve page layouts for the fresh evaluation, each with its own chrome markup.

A template turns ``Parts`` (headline, dek, byline, the body in reading order with noise
widgets among the story's blocks, noise after the text, and the site's chrome as data)
into a whole HTML document. The layouts follow the shapes of real publishing stacks: a
React/Next.js app with ``data-testid`` and hashed ``css-`` classes, a broadcaster's
``main#main-content`` of ``data-component`` blocks, a ``dcr-`` styled ``#maincontent``, a
Drupal node's ``field--name-body``, a Ghost ``gh-content`` post, an Arc XP body of
``default__StyledText`` paragraphs, a Medium-like post of ``section``s with
``data-selectable-paragraph``, a liveblog of ``div.block`` entries (one article), a
Substack ``available-content``, a page that wraps every paragraph in a ``div.paywall``,
a story cut into ``section``s per group of paragraphs, and a Joomla K2 ``itemFullText``.
Every page is held out (``half="fresh"``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import escape as _e

from eval.fresh.prose import Block


@dataclass(frozen=True, slots=True)
class Chrome:
    """The site's chrome: skip link, menu, account links, rail and footer lines."""

    skip: str
    menu: tuple[str, ...]
    account: tuple[str, ...]
    rail_title: str
    rail: tuple[str, ...]
    footer: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Parts:
    """What a template lays out. ``body`` mixes story blocks (``Block``) and noise HTML
    (``str``) in reading order; ``after`` is noise HTML inside the article container after
    the text; ``chrome`` is rendered outside the article container."""

    publisher: str
    domain: str
    headline: str
    dek: str
    byline: str
    date: str
    lang: str
    body: tuple[Block | str, ...]
    after: tuple[str, ...]
    chrome: Chrome


Render = Callable[[Block], str]


# --------------------------------------------------------------------------- helpers

def _text(b: Block) -> str:
    """A paragraph's text (and any noise tail the page put inside its element)."""
    return _e(" ".join(b.sentences)) + b.tail


def _list(b: Block, cls: str = "", li: str = "") -> str:
    tag = "ol" if b.kind == "ol" else "ul"
    ca = f' class="{cls}"' if cls else ""
    la = f' class="{li}"' if li else ""
    return f"<{tag}{ca}>" + "".join(f"<li{la}>{_e(s)}</li>" for s in b.sentences) + f"</{tag}>"


def _table(b: Block, cls: str = "", caption_tag: bool = True) -> str:
    head, *rows = b.rows
    thead = "<thead><tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr></thead>"
    tbody = "<tbody>" + "".join(
        f'<tr><th scope="row">{_e(r[0])}</th>' + "".join(f"<td>{_e(x)}</td>" for x in r[1:])
        + "</tr>" for r in rows) + "</tbody>"
    ca = f' class="{cls}"' if cls else ""
    if caption_tag:
        return f"<table{ca}><caption>{_e(b.sentences[0])}</caption>{thead}{tbody}</table>"
    return (f'<p class="table-title"><strong>{_e(b.sentences[0])}</strong></p>'
            f"<table{ca}>{thead}{tbody}</table>")


def _quote(b: Block, cls: str = "") -> str:
    ca = f' class="{cls}"' if cls else ""
    return f"<blockquote{ca}><p>{_e(b.sentences[0])}</p></blockquote>"


def _body(parts: Parts, render: Render) -> str:
    return "\n".join(x if isinstance(x, str) else render(x) for x in parts.body)


def _groups(parts: Parts, size: int) -> Iterator[list[Block | str]]:
    """The body cut into groups of ``size`` story blocks; a sub-heading opens a group."""
    group: list[Block | str] = []
    count = 0
    for item in parts.body:
        if isinstance(item, Block) and item.kind == "h" and count:
            yield group
            group, count = [], 0
        group.append(item)
        if isinstance(item, Block):
            count += 1
            if count >= size:
                yield group
                group, count = [], 0
    if group:
        yield group


def _links(items: tuple[str, ...], li: str = "", a: str = "", prefix: str = "/") -> str:
    la = f' class="{li}"' if li else ""
    aa = f' class="{a}"' if a else ""
    return "".join(f'<li{la}><a{aa} href="{prefix}{i}">{_e(t)}</a></li>'
                   for i, t in enumerate(items))


def _doc(parts: Parts, body: str, head: str = "", body_attrs: str = "") -> str:
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org",'
          f'"@type":"NewsArticle","headline":"{_e(parts.headline)}",'
          f'"datePublished":"{parts.date}","publisher":{{"@type":"Organization",'
          f'"name":"{_e(parts.publisher)}"}}}}</script>')
    return (f'<!DOCTYPE html>\n<html lang="{parts.lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(parts.headline)} | {_e(parts.publisher)}</title>"
            f'<meta property="og:title" content="{_e(parts.headline)}">'
            f'<meta name="description" content="{_e(parts.dek)}">'
            f'<link rel="canonical" href="https://www.{parts.domain}/">{ld}{head}</head>'
            f"<body{body_attrs}>\n{body}\n</body></html>\n")


# --------------------------------------------------------------------------- templates

def t01_next_testid(parts: Parts) -> str:
    """A React/Next.js app: data-testid attributes and hashed class names."""
    c = parts.chrome

    def render(b: Block) -> str:
        if b.kind == "p":
            return f'<div class="css-53u6y8"><p class="css-at9mc1 evys1bk0">{_text(b)}</p></div>'
        if b.kind == "h":
            return f'<h2 class="css-1n3d4mx eoo0vm40">{_e(b.sentences[0])}</h2>'
        if b.kind in ("ul", "ol"):
            return f'<div class="css-53u6y8">{_list(b, "css-1jz3ppv")}</div>'
        if b.kind == "table":
            return f'<div class="css-1a48zt4" data-testid="table-block">{_table(b)}</div>'
        if b.kind == "pull":
            return (f'<div class="css-pullquote"><aside class="css-12rcb0w"><p class="css-1q2w">'
                    f"{_e(b.sentences[0])}</p></aside></div>")
        return f'<div class="css-53u6y8">{_quote(b, "css-1ywal9o")}</div>'

    body = (
        f'<div id="__next"><div class="css-1y2z3a"><a class="css-skip-1" href="#site-content">'
        f'{_e(c.skip)}</a><header data-testid="masthead-container" class="css-9c2k1x">'
        f'<div class="css-brand">{_e(parts.publisher)}</div><nav data-testid="mini-nav" '
        f'class="css-1d8a290"><ul class="css-1vxca1d">{_links(c.menu, "css-1hyfx7x")}</ul>'
        f'</nav><div data-testid="user-tools" class="css-tools">'
        + "".join(f'<button class="css-1kj7lfb">{_e(x)}</button>' for x in c.account)
        + '</div></header><main id="site-content" class="css-1ede4sp"><div class="css-0">'
        f'<article id="story" class="css-1vxca1d e1lmdhsb0"><header class="css-1ee8y2t">'
        f'<h1 data-testid="headline" class="css-88wicj e1h9rw200">{_e(parts.headline)}</h1>'
        f'<p id="article-summary" class="css-79rysd">{_e(parts.dek)}</p>'
        f'<div class="css-1x1jxeu"><span class="css-1n7hynb" data-testid="byline">By '
        f'{_e(parts.byline)}</span> <time class="css-time">{parts.date}</time></div></header>'
        f'<section name="articleBody" class="meteredContent css-1r7ky0e">'
        f"{_body(parts, render)}</section>"
        f'<div class="css-end" data-testid="article-end">{"".join(parts.after)}</div>'
        f'</article></div><aside data-testid="related-rail" class="css-2fttbi">'
        f'<h2 class="css-rail">{_e(c.rail_title)}</h2><ol class="css-ol">{_links(c.rail)}</ol>'
        f'</aside></main><footer data-testid="site-footer" class="css-1i8d3s">'
        + "".join(f'<p class="css-ft">{_e(x)}</p>' for x in c.footer)
        + "</footer></div></div>")
    return _doc(parts, body)


def t02_broadcaster_blocks(parts: Parts) -> str:
    """A broadcaster's page: main#main-content, every block a data-component wrapper."""
    c = parts.chrome

    def render(b: Block) -> str:
        if b.kind == "p":
            return ('<div data-component="text-block" class="ssrcss-7uxr49-RichTextContainer">'
                    f'<p class="ssrcss-1q0x1qg-Paragraph">{_text(b)}</p></div>')
        if b.kind == "h":
            return ('<div data-component="subheadline-block"><h2 class="ssrcss-y9ec-Heading">'
                    f"{_e(b.sentences[0])}</h2></div>")
        if b.kind in ("ul", "ol"):
            return f'<div data-component="unordered-list-block">{_list(b)}</div>'
        if b.kind == "table":
            return f'<div data-component="table-block">{_table(b, caption_tag=False)}</div>'
        return f'<div data-component="quote-block">{_quote(b, "ssrcss-Quote")}</div>'

    body = (
        f'<div id="orb-banner"><a class="skip" href="#main-heading">{_e(c.skip)}</a></div>'
        f'<header data-testid="header-content" role="banner"><div class="logo">'
        f'{_e(parts.publisher)}</div><nav aria-label="Main"><ul role="list">{_links(c.menu)}'
        f'</ul></nav><div class="account">'
        + " ".join(f'<a href="/account">{_e(x)}</a>' for x in c.account)
        + '</div></header><div class="ssrcss-wrapper"><main id="main-content" '
        'data-testid="main-content"><article><header data-component="headline-block">'
        f'<h1 id="main-heading" class="ssrcss-15xko80-StyledHeading">{_e(parts.headline)}</h1>'
        f'</header><div data-component="byline-block"><div class="ssrcss-68pt20-Text">'
        f'{_e(parts.byline)}</div><time>{parts.date}</time></div>{_body(parts, render)}'
        f'<div data-component="links-block">{"".join(parts.after)}</div></article>'
        f'<section data-component="most-read" aria-labelledby="most-read-h">'
        f'<h2 id="most-read-h">{_e(c.rail_title)}</h2><ol>{_links(c.rail)}</ol></section>'
        '</main></div><footer data-testid="footer" role="contentinfo"><div class="ssrcss-ft">'
        + "".join(f"<p>{_e(x)}</p>" for x in c.footer) + "</div></footer>")
    return _doc(parts, body)


def t03_dcr(parts: Parts) -> str:
    """A dcr- styled page: div#maincontent holds the body, a right column holds the rail."""
    c = parts.chrome

    def render(b: Block) -> str:
        if b.kind == "p":
            return f'<p class="dcr-iy9ec7">{_text(b)}</p>'
        if b.kind == "h":
            return f'<h2 class="dcr-1jqnoz9">{_e(b.sentences[0])}</h2>'
        if b.kind in ("ul", "ol"):
            return _list(b, "dcr-list", "dcr-li")
        if b.kind == "table":
            return f'<figure class="dcr-table" data-spacefinder-role="inline">{_table(b)}</figure>'
        if b.kind == "pull":
            return ('<aside data-spacefinder-role="supporting" class="dcr-pullquote">'
                    f"{_quote(b)}</aside>")
        return _quote(b, "dcr-zzndwp")

    body = (
        f'<a href="#maincontent" class="dcr-skip">{_e(c.skip)}</a><div id="bannerandheader">'
        f'<header class="dcr-1ps8rqu"><nav class="dcr-nav" data-component="nav2">'
        f'<ul class="dcr-pillars">{_links(c.menu, "dcr-pillar")}</ul><div class="dcr-account">'
        + "".join(f'<a class="dcr-acc" href="/x">{_e(x)}</a>' for x in c.account)
        + '</div></nav></header></div><main data-layout="StandardLayout" class="dcr-main">'
        f'<div class="dcr-grid"><div class="dcr-headline"><h1 class="dcr-u0152o">'
        f'{_e(parts.headline)}</h1></div><div class="dcr-standfirst" '
        f'data-gu-name="standfirst"><p>{_e(parts.dek)}</p></div><div class="dcr-meta" '
        f'data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" '
        f'href="/profile">{_e(parts.byline)}</a></address><div class="dcr-dateline">'
        f'{parts.date}</div></div><div id="maincontent" data-gu-name="body" class="dcr-body">'
        '<div class="article-body-commercial-selector article-body-viewer-selector '
        f'dcr-11jq3zt">{_body(parts, render)}</div><div class="dcr-submeta">'
        f'{"".join(parts.after)}</div></div><aside class="dcr-right-column" '
        f'data-gu-name="right-column"><div data-component="most-popular"><h2>'
        f'{_e(c.rail_title)}</h2>'
        + "".join(f'<div class="dcr-mp"><a href="/mp/{i}">{_e(t)}</a></div>'
                  for i, t in enumerate(c.rail))
        + '</div></aside></div></main><footer data-link-name="footer" class="dcr-footer"><ul>'
        + "".join(f"<li>{_e(x)}</li>" for x in c.footer) + "</ul></footer>")
    return _doc(parts, body)


def t04_drupal(parts: Parts) -> str:
    """A Drupal article node with its field--name-body and sidebar regions."""
    c = parts.chrome

    def render(b: Block) -> str:
        if b.kind == "p":
            return f"<p>{_text(b)}</p>"
        if b.kind == "h":
            return f"<h3>{_e(b.sentences[0])}</h3>"
        if b.kind in ("ul", "ol"):
            return _list(b)
        if b.kind == "table":
            return _table(b, "table table-striped")
        return _quote(b)

    body = (
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
        f'<a href="#main-content" class="visually-hidden focusable skip-link">{_e(c.skip)}</a>'
        '<div class="layout-container"><header role="banner"><div class="region '
        'region-primary-menu"><nav role="navigation" id="block-mainnavigation" class="block '
        f'block-menu navigation menu--main"><ul class="menu">{_links(c.menu, "menu-item")}</ul>'
        '</nav></div><div class="region region-secondary-menu"><ul class="menu">'
        f'{_links(c.account, "menu-item", prefix="/user/")}</ul></div></header>'
        '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">'
        '<div class="region region-content"><article role="article" class="node '
        'node--type-article node--promoted node--view-mode-full"><h1 class="page-title">'
        f'<span class="field field--name-title">{_e(parts.headline)}</span></h1>'
        f'<div class="node__meta"><span class="field field--name-uid">{_e(parts.byline)}'
        f'</span> <span class="field--name-created">{parts.date}</span></div>'
        '<div class="node__content"><div class="field field--name-field-subtitle '
        f'field__item">{_e(parts.dek)}</div><div class="clearfix text-formatted field '
        'field--name-body field--type-text-with-summary field--label-hidden field__item">'
        f'{_body(parts, render)}</div><div class="field field--name-field-tags '
        f'field--type-entity-reference">{"".join(parts.after)}</div></div></article></div>'
        '</div><aside class="layout-sidebar-first" role="complementary"><div class="region '
        'region-sidebar-first"><div class="views-element-container block block-views">'
        f'<h2>{_e(c.rail_title)}</h2><div class="item-list"><ul>{_links(c.rail)}</ul></div>'
        '</div></div></aside></main><footer role="contentinfo"><div class="region '
        'region-footer"><div class="block block-block-content"><div class="field '
        'field--name-body">' + "".join(f"<p>{_e(x)}</p>" for x in c.footer)
        + "</div></div></div></footer></div></div>")
    return _doc(parts, body, body_attrs=' class="path-node page-node-type-article"')


def t05_ghost(parts: Parts) -> str:
    """A Ghost post: gh-content canvas, kg- cards, a read-more strip after the post."""
    c = parts.chrome

    def render(b: Block) -> str:
        if b.kind == "p":
            return f"<p>{_text(b)}</p>"
        if b.kind == "h":
            return f'<h2 id="h-{len(b.sentences[0])}">{_e(b.sentences[0])}</h2>'
        if b.kind in ("ul", "ol"):
            return _list(b)
        if b.kind == "table":
            return f'<div class="kg-card kg-html-card">{_table(b)}</div>'
        if b.kind == "pull":
            return _quote(b, "kg-blockquote-alt")
        return _quote(b)

    body = (
        f'<div class="viewport"><a class="gh-skip" href="#site-main">{_e(c.skip)}</a>'
        '<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">'
        f'<div class="gh-head-brand"><a class="gh-head-logo" href="/">{_e(parts.publisher)}'
        f'</a></div><nav class="gh-head-menu"><ul class="nav">{_links(c.menu, "nav-item")}</ul>'
        '</nav><div class="gh-head-actions">'
        + "".join(f'<a class="gh-head-button" href="#/portal">{_e(x)}</a>' for x in c.account)
        + '</div></div></header><div class="site-content"><main id="site-main" '
        'class="site-main"><article class="article post tag-news"><header '
        'class="article-header gh-canvas"><h1 class="article-title">'
        f'{_e(parts.headline)}</h1><p class="article-excerpt">{_e(parts.dek)}</p>'
        '<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name">'
        f'<a href="/author/">{_e(parts.byline)}</a></h4><div class="byline-meta-content">'
        f'<time class="byline-meta-date">{parts.date}</time></div></div></div></header>'
        f'<section class="gh-content gh-canvas">{_body(parts, render)}</section>'
        f'<footer class="article-footer gh-canvas">{"".join(parts.after)}</footer></article>'
        '</main><aside class="read-more-wrap outer"><div class="read-more inner">'
        f'<h3 class="read-more-title">{_e(c.rail_title)}</h3>'
        + "".join(f'<article class="post-card"><a class="post-card-content-link" href="/p/{i}">'
                  f'<h2 class="post-card-title">{_e(t)}</h2></a></article>'
                  for i, t in enumerate(c.rail))
        + '</div></aside></div><footer class="site-footer outer"><div class="inner">'
        + "".join(f'<section class="copyright">{_e(x)}</section>' for x in c.footer)
        + "</div></footer></div>")
    return _doc(parts, body, body_attrs=' class="post-template"')


def t06_arc(parts: Parts) -> str:
    """An Arc XP page: default__StyledText paragraphs, b- blocks, a right rail."""
    c = parts.chrome

    def render(b: Block) -> str:
        if b.kind == "p":
            return ('<p class="default__StyledText-sc-10mj2vp-0 fSNMdt body-paragraph" '
                    f'data-type="text">{_text(b)}</p>')
        if b.kind == "h":
            return ('<h3 class="default__StyledHeading-sc-1mkr4ub-0 body-heading">'
                    f"{_e(b.sentences[0])}</h3>")
        if b.kind in ("ul", "ol"):
            return _list(b, "default__StyledList-sc-1n8x4-0 body-list")
        if b.kind == "table":
            return f'<div class="b-table">{_table(b, caption_tag=False)}</div>'
        if b.kind == "pull":
            return ('<div class="pull-quote"><p class="default__StyledText-sc-10mj2vp-0 '
                    f'pull">{_e(b.sentences[0])}</p></div>')
        return _quote(b, "default__StyledBlockquote-sc-1yq5-0")

    body = (
        f'<div id="fusion-app" class="fusion-app"><a class="skip-main" href="#main">'
        f'{_e(c.skip)}</a><header class="b-header-nav-chain"><div class="b-logo">'
        f'{_e(parts.publisher)}</div><nav class="b-header-nav-chain__nav"><ul '
        f'class="nav-sections">{_links(c.menu, "nav-section")}</ul></nav><div '
        'class="b-signing-service">'
        + "".join(f'<button class="b-btn">{_e(x)}</button>' for x in c.account)
        + '</div></header><main id="main" class="b-right-rail-advanced"><div '
        'class="b-right-rail-advanced__main"><article class="b-article"><header '
        f'class="b-article-header"><h1 class="b-headline">{_e(parts.headline)}</h1>'
        f'<h2 class="b-subheadline">{_e(parts.dek)}</h2><div class="b-byline"><span '
        f'class="ts-byline__names">By {_e(parts.byline)}</span> <time class="b-date">'
        f'{parts.date}</time></div></header><div class="article-body-wrapper-bn"><div '
        f'class="default__ArticleBody-xb1qmn-2 hGNwZo">{_body(parts, render)}</div></div>'
        f'<div class="b-article-footer">{"".join(parts.after)}</div></article></div>'
        '<aside class="b-right-rail-advanced__rail"><div class="b-top-table-list">'
        f'<h2 class="b-header">{_e(c.rail_title)}</h2>'
        + "".join(f'<div class="b-top-table-list-small"><h2 class="c-heading"><a href="/t/{i}">'
                  f"{_e(t)}</a></h2></div>" for i, t in enumerate(c.rail))
        + '</div></aside></main><footer class="b-footer"><div class="b-footer__links">'
        + "".join(f'<p class="b-footer__line">{_e(x)}</p>' for x in c.footer)
        + "</div></footer></div>")
    return _doc(parts, body)


def t07_medium(parts: Parts) -> str:
    """A Medium-like post: sections of paragraphs marked data-selectable-paragraph."""
    c = parts.chrome
    para = 'class="pw-post-body-paragraph mh mi fz mj b mk ml mm" data-selectable-paragraph=""'

    def render(b: Block) -> str:
        if b.kind == "p":
            return f"<p {para}>{_text(b)}</p>"
        if b.kind == "h":
            return (f'<h2 class="pw-post-body-paragraph nd ne fz" data-selectable-paragraph="">'
                    f"{_e(b.sentences[0])}</h2>")
        if b.kind in ("ul", "ol"):
            tag = "ol" if b.kind == "ol" else "ul"
            return f'<{tag} class="">' + "".join(
                f"<li {para}>{_e(s)}</li>" for s in b.sentences) + f"</{tag}>"
        if b.kind == "table":
            return f'<div class="oa ob">{_table(b, caption_tag=False)}</div>'
        if b.kind == "pull":
            return (f'<blockquote class="oc od oe"><p class="of og" data-selectable-paragraph="">'
                    f"{_e(b.sentences[0])}</p></blockquote>")
        return (f'<blockquote class="oh oi oj"><p {para}>{_e(b.sentences[0])}</p>'
                "</blockquote>")

    sections = "".join(
        '<section><div class="fr fs ft fu fv"><div class="ab ca"><div class="ch bg ew ex ey">'
        + "".join(x if isinstance(x, str) else render(x) for x in group)
        + "</div></div></div></section>" for group in _groups(parts, 4))
    body = (
        f'<div id="root"><div class="a b c"><a class="bn skip" href="#content">{_e(c.skip)}</a>'
        '<nav class="ab ac ae"><div class="nav-left"><a data-testid="headerLogo" href="/">'
        f'{_e(parts.publisher)}</a></div><ul class="ar as">{_links(c.menu)}</ul>'
        '<div class="nav-right">'
        + "".join(f'<a class="au av" href="/m/signin">{_e(x)}</a>' for x in c.account)
        + '</div></nav><div class="l"><div class="bh bi"><article><div class="l">'
        '<div class="ch bg ci cj"><section id="content"><div class="pw-header">'
        f'<h1 class="pw-post-title" data-testid="storyTitle">{_e(parts.headline)}</h1>'
        f'<h2 class="pw-subtitle-paragraph">{_e(parts.dek)}</h2><div class="pw-author">'
        f'<a href="/@a">{_e(parts.byline)}</a> \u00b7 <span data-testid="storyPublishDate">'
        f'{parts.date}</span></div></div>{sections}</section></div></div>'
        f'<footer class="pw-post-footer">{"".join(parts.after)}</footer></article></div></div>'
        f'<div class="more-from"><h2 class="mf-title">{_e(c.rail_title)}</h2>'
        + "".join(f'<div class="mf-card"><a href="/s/{i}"><h3>{_e(t)}</h3></a></div>'
                  for i, t in enumerate(c.rail))
        + '</div><footer class="sitefooter">'
        + "".join(f"<p>{_e(x)}</p>" for x in c.footer) + "</footer></div></div>")
    return _doc(parts, body)


def t08_liveblog(parts: Parts) -> str:
    """A liveblog-shaped page: each group of story blocks is a timestamped div.block."""
    c = parts.chrome

    def render(b: Block) -> str:
        if b.kind == "p":
            return f"<p>{_text(b)}</p>"
        if b.kind == "h":
            return f'<h2 class="block-title">{_e(b.sentences[0])}</h2>'
        if b.kind in ("ul", "ol"):
            return _list(b)
        if b.kind == "table":
            return _table(b)
        return _quote(b)

    blocks: list[str] = []
    minute = 7 * 60 + 5
    for n, group in enumerate(_groups(parts, 2)):
        inner = ""
        for x in group:
            if isinstance(x, str):
                if inner:
                    blocks.append(_live_block(n, minute, inner))
                    inner = ""
                blocks.append(x)
            else:
                inner += render(x)
        if inner:
            blocks.append(_live_block(n, minute, inner))
        minute -= 11 + n % 7
    body = (
        f'<header class="lb-masthead"><a class="lb-skip" href="#liveblog-body">{_e(c.skip)}</a>'
        f'<div class="lb-logo">{_e(parts.publisher)}</div><nav class="lb-nav"><ul>'
        f'{_links(c.menu)}</ul></nav><div class="lb-account">'
        + " | ".join(f'<a href="/acc">{_e(x)}</a>' for x in c.account)
        + '</div></header><main class="lb-page"><article class="lb-article"><div class="lb-head">'
        f'<h1 class="lb-title">{_e(parts.headline)}</h1><p class="lb-standfirst">'
        f'{_e(parts.dek)}</p><p class="lb-byline">{_e(parts.byline)} \u00b7 {parts.date}</p>'
        f'</div><div id="liveblog-body" class="liveblog-body">{"".join(blocks)}</div>'
        f'<div class="liveblog-footer">{"".join(parts.after)}</div></article>'
        f'<aside class="lb-rail"><h3>{_e(c.rail_title)}</h3><ul>{_links(c.rail)}</ul></aside>'
        '</main><footer class="lb-footer">'
        + "".join(f"<p>{_e(x)}</p>" for x in c.footer) + "</footer>")
    return _doc(parts, body)


def _live_block(n: int, minute: int, inner: str) -> str:
    stamp = f"{minute // 60:02d}:{minute % 60:02d}"
    return (f'<div class="block" id="block-{n:03d}x{minute}" data-block-type="post">'
            f'<p class="block-time published-time"><time datetime="2026-12-04T{stamp}">'
            f"{stamp}</time></p><div class=\"block-elements\">{inner}</div></div>")


def t09_substack(parts: Parts) -> str:
    """A Substack-ish post: div.available-content > div.body.markup."""
    c = parts.chrome

    def render(b: Block) -> str:
        if b.kind == "p":
            return f"<p>{_text(b)}</p>"
        if b.kind == "h":
            return f'<h3 class="header-anchor-post">{_e(b.sentences[0])}</h3>'
        if b.kind in ("ul", "ol"):
            return _list(b)
        if b.kind == "table":
            return f'<div class="table-wrap">{_table(b, caption_tag=False)}</div>'
        if b.kind == "pull":
            return f'<div class="pullquote"><p>{_e(b.sentences[0])}</p></div>'
        return _quote(b)

    body = (
        '<div id="entry"><div id="main" class="main typography use-theme-bg">'
        f'<div class="topbar"><div class="navbar-title"><a href="/">{_e(parts.publisher)}</a>'
        '</div><div class="nav-items">'
        + " ".join(f'<a class="nav-item" href="/s/{i}">{_e(x)}</a>' for i, x in enumerate(c.menu))
        + '</div><div class="navbar-buttons">'
        + "".join(f'<button class="button primary">{_e(x)}</button>' for x in c.account)
        + f'</div></div><a class="skip-link" href="#post">{_e(c.skip)}</a>'
        '<div class="container"><div class="single-post-container"><div class="single-post">'
        '<article id="post" class="typography newsletter-post post"><div class="post-header">'
        f'<h1 class="post-title published">{_e(parts.headline)}</h1><h3 class="subtitle">'
        f'{_e(parts.dek)}</h3><div class="post-meta"><div class="profile-hover-card-target">'
        f'{_e(parts.byline)}</div><div class="pencraft pc-date">{parts.date}</div></div></div>'
        '<div class="available-content"><div dir="auto" class="body markup">'
        f'{_body(parts, render)}</div></div><div class="post-footer">{"".join(parts.after)}'
        '</div></article></div></div><div class="recommendations">'
        f'<h4>{_e(c.rail_title)}</h4>'
        + "".join(f'<div class="post-preview"><a class="post-preview-title" href="/p/{i}">'
                  f"{_e(t)}</a></div>" for i, t in enumerate(c.rail))
        + '</div><div class="footer-wrap publication-footer"><div class="footer">'
        + "".join(f"<p>{_e(x)}</p>" for x in c.footer) + "</div></div></div></div></div>")
    return _doc(parts, body)


def t10_paywall_divs(parts: Parts) -> str:
    """A news portal that wraps every paragraph in its own div.paywall."""
    c = parts.chrome

    def render(b: Block) -> str:
        if b.kind == "p":
            inner = f"<p>{_text(b)}</p>"
        elif b.kind == "h":
            inner = f"<h3>{_e(b.sentences[0])}</h3>"
        elif b.kind in ("ul", "ol"):
            inner = _list(b)
        elif b.kind == "table":
            inner = _table(b, "story-table")
        else:
            inner = _quote(b)
        return f'<div class="paywall">{inner}</div>'

    body = (
        f'<div class="page-wrap"><a class="skiplink" href="#article">{_e(c.skip)}</a>'
        '<header class="site-header"><div class="topstrip">'
        + " ".join(f'<a class="topstrip__link" href="/t">{_e(x)}</a>' for x in c.account)
        + f'</div><div class="masthead">{_e(parts.publisher)}</div><nav class="main-nav"><ul>'
        f'{_links(c.menu)}</ul></nav></header><div class="content-area row">'
        '<div class="col-md-8"><article id="article" class="article-detail" '
        f'data-article-type="news"><h1 class="article-detail__title">{_e(parts.headline)}</h1>'
        f'<h2 class="article-detail__summary">{_e(parts.dek)}</h2><div '
        f'class="article-detail__meta"><span class="author">{_e(parts.byline)}</span> | '
        f'<span class="dateline">{parts.date}</span></div><div class="article-detail__body">'
        f'{_body(parts, render)}</div><div class="article-detail__end">{"".join(parts.after)}'
        '</div></article></div><div class="col-md-4 sidebar"><div class="widget trending">'
        f'<h3 class="widget-title">{_e(c.rail_title)}</h3><ul>{_links(c.rail)}</ul></div></div>'
        '</div><footer class="site-footer"><div class="container">'
        + "".join(f"<p>{_e(x)}</p>" for x in c.footer) + "</div></footer></div>")
    return _doc(parts, body)


def t11_section_groups(parts: Parts) -> str:
    """A story cut into section elements, one per group of paragraphs, h3 sub-heads."""
    c = parts.chrome

    def render(b: Block) -> str:
        if b.kind == "p":
            return f'<p class="story__p">{_text(b)}</p>'
        if b.kind == "h":
            return f'<h3 class="story__subhead">{_e(b.sentences[0])}</h3>'
        if b.kind in ("ul", "ol"):
            return _list(b, "story__list")
        if b.kind == "table":
            return f'<figure class="story__table">{_table(b)}</figure>'
        if b.kind == "pull":
            return f'<aside class="story__pull">{_quote(b)}</aside>'
        return _quote(b, "story__quote")

    sections = "".join(
        '<section class="story__section">'
        + "".join(x if isinstance(x, str) else render(x) for x in group) + "</section>"
        for group in _groups(parts, 3))
    body = (
        f'<nav class="skip-links"><a href="#story">{_e(c.skip)}</a></nav>'
        f'<div class="global-nav"><div class="brand">{_e(parts.publisher)}</div>'
        f'<ul class="global-nav__sections">{_links(c.menu)}</ul><ul class="global-nav__account">'
        f'{_links(c.account, prefix="/account/")}</ul></div><main class="story-layout">'
        '<article id="story" class="story"><div class="story__intro"><h1 '
        f'class="story__headline">{_e(parts.headline)}</h1><p class="story__standfirst">'
        f'{_e(parts.dek)}</p><div class="story__byline">{_e(parts.byline)} <span '
        f'class="story__date">{parts.date}</span></div></div>{sections}'
        f'<section class="story__extras">{"".join(parts.after)}</section></article>'
        f'<div class="story-layout__aside"><section class="popular"><h2>{_e(c.rail_title)}</h2>'
        f'<ol>{_links(c.rail)}</ol></section></div></main><footer class="global-footer">'
        '<div class="global-footer__inner">'
        + "".join(f"<p>{_e(x)}</p>" for x in c.footer) + "</div></footer>")
    return _doc(parts, body)


def t12_joomla_k2(parts: Parts) -> str:
    """A Joomla K2 item view: itemFullText inside itemBody, modules around it."""
    c = parts.chrome

    def render(b: Block) -> str:
        if b.kind == "p":
            return f'<p style="text-align: justify;">{_text(b)}</p>'
        if b.kind == "h":
            return f"<h3><strong>{_e(b.sentences[0])}</strong></h3>"
        if b.kind in ("ul", "ol"):
            return _list(b)
        if b.kind == "table":
            return _table(b, "table table-bordered", caption_tag=False)
        return _quote(b)

    body = (
        f'<div id="wrapper"><a class="skip" href="#k2Container">{_e(c.skip)}</a>'
        f'<div id="header"><div class="logo">{_e(parts.publisher)}</div><div '
        f'class="moduletable_menu"><ul class="nav menu mod-list">{_links(c.menu, "item-101")}'
        '</ul></div><div class="login-module">'
        + " ".join(f'<a href="/index.php?option=com_users">{_e(x)}</a>' for x in c.account)
        + '</div></div><div id="main" class="row-fluid"><div id="content" class="span9">'
        '<div id="system-message-container"></div><div id="k2Container" class="itemView">'
        f'<div class="itemHeader"><span class="itemDateCreated">{parts.date}</span>'
        f'<h2 class="itemTitle">{_e(parts.headline)}</h2><span class="itemAuthor">Written by '
        f'{_e(parts.byline)}</span></div><div class="itemBody"><div class="itemIntroText">'
        f'<p><strong>{_e(parts.dek)}</strong></p></div><div class="itemFullText">'
        f'{_body(parts, render)}</div><div class="clr"></div></div><div class="itemLinks">'
        f'{"".join(parts.after)}</div></div></div><div id="aside" class="span3">'
        f'<div class="moduletable"><h3>{_e(c.rail_title)}</h3><ul class="latestnews mod-list">'
        f'{_links(c.rail)}</ul></div></div></div><div id="footer"><div class="custom">'
        + "".join(f"<p>{_e(x)}</p>" for x in c.footer) + "</div></div></div>")
    return _doc(parts, body)


TEMPLATES: tuple[Callable[[Parts], str], ...] = (
    t01_next_testid, t02_broadcaster_blocks, t03_dcr, t04_drupal, t05_ghost, t06_arc,
    t07_medium, t08_liveblog, t09_substack, t10_paywall_divs, t11_section_groups,
    t12_joomla_k2)
