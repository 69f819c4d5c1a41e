"""Build the fresh4 pages and their labels: a held-out set of generated news pages.

How it was made: written from general knowledge of how news sites, CMSs, ad servers and
social embeds mark up their pages, without reading the cleaners, the crawler, the tests or
the other evaluation sets (only ``eval/unseen/build.py`` for the ``Page``/``NoiseLabel``
types and ``_dedupe``, and ``eval/unseen/score.py`` for what the labels mean), and
without ever running newsrake. Plain ``trafilatura.extract`` was the only extractor run
on the pages, as a sanity check of the labels (``python -m eval.fresh4.check``). It is a
held-out set: do not tune cleaners on it, or it stops measuring generalisation.

What is in it: ``build_pages()`` makes 45 stories (37 English in twelve families:
politics, courts, markets, business, sport, science, weather, health, tech, local news,
obituaries and features; eight in German, French, Spanish, Italian, Portuguese, Dutch,
Polish and Turkish) and syndicates each to three of eighteen publisher templates
(``templates.TEMPLATES``: classic and tagDiv WordPress, Arc XP, Drupal, Next.js with CSS
modules, AMP, a table layout, div soup, Ghost, Brightspot, Bootstrap, Tailwind, TYPO3,
Joomla microdata, TownNews BLOX, Chorus, SvelteKit, a newsletter platform): 135 pages.
Every page has site chrome outside the article (skip link, cookie banner, account links,
sometimes a breaking banner, market ticker or weather, most-read rail, footer), four to
seven noise widgets inside the article container between, before or after paragraphs,
and two to four more after the text inside the container, drawn from 21 kinds in
English and localised kinds for the foreign pages. Labels follow ``eval/unseen``:
content strings (sentences, sub-headings, list items, block quotes, table row labels),
traps among them (content naming a noise family, structure, one-line paragraphs), finance
figures, and noise strings with kind and where ("in-article", "after", "outside").
Deterministic from the seed.

Counts (default seed): 135 pages, 18 templates (seven or eight pages each), 45 stories,
9 languages (111 English pages, three each in de, fr, es, it, pt, nl, pl, tr), 2,202
content strings of which 702 are traps, 411 finance figures, 3,775 noise labels (1,277
in-article, 677 after the text, 1,821 outside) in 22 kinds.
"""

from __future__ import annotations

import random

from eval.fresh4 import noise, templates, validate
from eval.fresh4.noise import Context, Widget, esc, slug
from eval.fresh4.prose import Block, Story, make_stories
from eval.unseen.build import NoiseLabel, Page, _dedupe

COPIES = 3
HALF = "fresh4"
IN_ARTICLE = ("newsletter", "app", "channel", "alerts", "podcast", "related", "caption",
              "disclaimer", "share", "ad", "sponsored", "embed", "video", "paywall",
              "updated", "survey", "donation")
AFTER = ("bio", "correction", "tags", "share", "related", "newsletter", "comments",
         "disclaimer", "donation", "sponsored")
AGENCIES = ("Continental Wire Service", "Allied Press Syndicate", "Newsbridge International",
            "Pan-Regional News Agency", "The Conversation Exchange", "Harbourline Media")
REPORTERS = ("Cordelia Banks", "Jasper Whitlow", "Nadia Ferrante", "Oliver Ashdown",
             "Mireille Tran", "Gideon Poole", "Saoirse Kavanagh", "Ravi Chandrasekar",
             "Tamsin Rowe", "Emeka Obi", "Hanne Voss", "Luca Benedetti")
BEATS = {"politics": "city hall", "courts": "courts and justice", "markets": "markets",
         "business": "business", "sport": "sport", "science": "science",
         "weather": "weather and climate", "health": "health", "tech": "technology",
         "local": "local news", "obituary": "obituaries", "feature": "features"}


def _render_block(block: Block, style: templates.Style, story: Story,
                  rng: random.Random) -> str:
    if block.kind == "p":
        text = " ".join(esc(s) for s in block.sentences)
        name = esc(story.people[-1])
        if story.lang == "en" and name in text and rng.random() < 0.5:
            text = text.replace(name, f'<a href="/topic/{slug(name)}">{name}</a>', 1)
        return style.p.format(text)
    if block.kind == "h2":
        return style.h2.format(esc(block.sentences[0]))
    if block.kind in ("ul", "ol"):
        items = "".join(style.li.format(esc(s)) for s in block.sentences)
        return (style.ul if block.kind == "ul" else style.ol).format(items)
    if block.kind == "quote":
        return style.quote.format(esc(" ".join(block.sentences)))
    return style.table(block.head, block.rows)


def _widget(kind: str, ctx: Context) -> Widget:
    if ctx.lang != "en":
        local = noise.local_widget(kind, ctx)
        if local is not None:
            return local
    return noise.EN_WIDGETS[kind](ctx)


def _content(story: Story) -> tuple[list[str], list[str], list[str]]:
    content: list[str] = []
    traps: list[str] = []
    figures: list[str] = []
    for block in story.blocks:
        if block.kind == "quote":
            content.append(" ".join(block.sentences))
        else:
            content.extend(block.sentences)
        traps.extend(block.traps)
        figures.extend(block.figures)
    return content, traps, figures


def build_page(rng: random.Random, story: Story, tindex: int, teasers: list[str]) -> Page:
    """Lay ``story`` out on template ``tindex`` with its noise and chrome."""
    style = templates.TEMPLATES[tindex]
    publisher, domain = templates.PUBLISHERS[tindex]
    reporter = rng.choice(REPORTERS)
    agency = rng.choice(AGENCIES)
    ctx = Context(rng=rng, lang=story.lang, publisher=publisher, domain=domain,
                  agency=agency, reporter=reporter, person=story.people[0],
                  place=story.place, headlines=list(teasers[5:]), tindex=tindex,
                  box=style.box, figure=style.figure,
                  beat=BEATS.get(story.family, "news"))
    labels: list[NoiseLabel] = []
    body: list[str] = [_render_block(b, style, story, rng) for b in story.blocks]
    if story.lang == "en":
        in_kinds, after_kinds = list(IN_ARTICLE), list(AFTER)
    else:
        in_kinds, after_kinds = list(noise.LOCAL_KINDS), list(noise.LOCAL_AFTER)
    rng.shuffle(in_kinds)
    chosen = in_kinds[:rng.randint(4, 7)]
    for kind in chosen:
        widget = _widget(kind, ctx)
        n = len(body)
        if kind == "updated":
            at = 0
        elif kind == "caption":
            at = rng.randint(0, n)
        elif kind == "disclaimer":
            at = rng.choice((0, n))
        elif kind == "paywall":
            at = rng.choice((n - 1, n))
        else:
            at = rng.randint(1, n - 1)
        body.insert(at, widget.html)
        labels.extend(NoiseLabel(s, kind, "in-article") for s in widget.strings)
    after_kinds = [k for k in after_kinds if k not in chosen]
    rng.shuffle(after_kinds)
    after: list[str] = []
    for kind in after_kinds[:rng.randint(2, 4)]:
        widget = _widget(kind, ctx)
        after.append(widget.html)
        labels.extend(NoiseLabel(s, kind, "after") for s in widget.strings)
    chrome = noise.chrome(ctx, teasers[:5])
    labels.extend(NoiseLabel(s, "chrome", "outside") for s in chrome.labels)
    byline = rng.choice((f"By {reporter}", f"{reporter}, {agency}", agency,
                         f"By {reporter} | {agency}"))
    date = rng.choice(("December 3, 2026", "Dec. 3, 2026", "2026-12-03", "3 December 2026",
                       "03.12.2026"))
    url = f"https://www.{domain}/{story.family}/2026/12/03/{slug(story.headline)}"
    parts = templates.Parts(publisher=publisher, domain=domain, lang=story.lang, url=url,
                            headline=story.headline, dek=story.dek, byline=byline, date=date,
                            body=tuple(body), after=tuple(after), chrome=chrome)
    content, traps, figures = _content(story)
    return Page(f"{story.story_id}-{style.name}", url, style.name, HALF, story.lang,
                story.story_id, story.finance, style.page(parts), tuple(content),
                tuple(traps), tuple(figures), _dedupe(labels, content))


def _teasers(rng: random.Random, story: Story, stories: list[Story]) -> list[str]:
    if story.lang != "en":
        heads = list(noise.LOCAL[story.lang]["heads"])
        rng.shuffle(heads)
        return heads
    others = [s.headline for s in stories if s.lang == "en" and s is not story]
    return rng.sample(others, 14)


def build_pages(seed: int = 20261203) -> list[Page]:
    """All pages of the set: each story on ``COPIES`` templates."""
    rng = random.Random(seed)
    stories = make_stories(random.Random(rng.getrandbits(64)))
    n = len(templates.TEMPLATES)
    pages: list[Page] = []
    for i, story in enumerate(stories):
        for copy in range(COPIES):
            tindex = (i * COPIES + copy * 7) % n
            for _attempt in range(40):
                prng = random.Random(rng.getrandbits(64))
                page = build_page(prng, story, tindex, _teasers(prng, story, stories))
                if not validate.problems(page):
                    break
            else:
                raise RuntimeError(f"{page.page_id}: {validate.problems(page)[:5]}")
            pages.append(page)
    return pages
