"""Build the fresh5 evaluation pages and their labels: a held-out set.

How it was made: written from general knowledge of how news sites (US, UK, European,
Latin American, Asian and African publishers, and the CMSs, ad servers, video players and
social embeds they use) mark up article pages, without reading any cleaner, any other
evaluation set or the project's tests and docs, and without running newsrake. Only
``eval/unseen/build.py`` (for ``Page``, ``NoiseLabel`` and ``_dedupe``) and
``eval/unseen/score.py`` (to learn what the labels mean) were read. Do not tune cleaners
on this set: it exists to measure generalisation.

Contents: 45 wire stories (37 in English over twelve families: politics, courts,
markets, sport, science, weather, business, health, tech, local news, obituaries and
features; one each in German, French, Spanish, Italian, Portuguese, Dutch, Swedish and
Indonesian), each syndicated to three of eighteen publisher templates (WordPress/
Gutenberg, Arc XP, Drupal, Ghost, Substack-like, Naviga, Escenic, Eidos, Polopoly,
Bootstrap, Tailwind, Vue/Nuxt, AMP, legacy tables, an iframe-heavy portal, a
print-friendly page, styled-components React and Next.js): 135 pages. Every page has
site chrome outside the article (nav, cookie banner, breaking-news bar, market ticker,
most-read rail, footer, as the template has them), four to seven in-article widgets and
two to four widgets after the text inside the container. Labels follow eval/unseen:
content strings are sentences, sub-headings, list items and table row labels; traps are
content that names a noise family (quotes about newsletters, podcasts, subscriptions,
app launches, "reported by Reuters", "Watch"/"Listen" openings, quoted social posts) plus
sub-headings, list items, block quotes and table rows; figures are prices, percentages
and index levels in text and tables; noise strings carry a kind and where they sit
("in-article", "after", "outside"). Deterministic from the seed. Run
``python -m eval.fresh5.check`` for the label checks and the plain-trafilatura baseline.
"""

from __future__ import annotations

import random
import re

from eval.fresh5 import noise, templates
from eval.fresh5.prose import FOREIGN_LANGS, Block, Story, make_story
from eval.fresh5.text import page_text
from eval.unseen.build import NoiseLabel, Page, _dedupe
from eval.unseen.score import normalise

HALF = "fresh5"
COPIES = 3
EN_PLAN = (("politics", 3), ("courts", 3), ("markets", 4), ("sport", 4), ("science", 3),
           ("weather", 3), ("business", 3), ("health", 3), ("tech", 3), ("local", 3),
           ("obituary", 2), ("feature", 3))
AGENCIES = ("Continental Wire", "Meridian Press Agency", "Pan-Atlantic News Service",
            "Southern Cross Newswire", "Eastern Dispatch Agency", "United Regional Press")
TOP = ("stamp", "readtime", "audio", "affiliate")  # sit before the first paragraph
LOCAL_CHROME: dict[str, dict[str, str]] = {
    "de": {"skip": "Zum Inhalt springen", "most": "Meistgelesen",
           "cookie": "Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren."},
    "fr": {"skip": "Aller au contenu principal", "most": "Les plus lus",
           "cookie": "Nous utilisons des cookies pour améliorer votre expérience."},
    "es": {"skip": "Ir al contenido", "most": "Lo más leído",
           "cookie": "Utilizamos cookies propias y de terceros para mejorar nuestros "
                     "servicios."},
    "it": {"skip": "Vai al contenuto", "most": "I più letti",
           "cookie": "Questo sito utilizza cookie tecnici e di profilazione."},
    "pt": {"skip": "Ir para o conteúdo", "most": "Mais lidas",
           "cookie": "Usamos cookies para melhorar sua experiência de navegação."},
    "nl": {"skip": "Direct naar de inhoud", "most": "Meest gelezen",
           "cookie": "Wij gebruiken cookies om onze website te verbeteren."},
    "sv": {"skip": "Hoppa till innehållet", "most": "Mest läst",
           "cookie": "Vi använder kakor för att förbättra din upplevelse."},
    "id": {"skip": "Langsung ke konten", "most": "Terpopuler",
           "cookie": "Kami menggunakan cookie untuk meningkatkan pengalaman Anda."},
}
STREETS = ("Quay Street", "Market Road", "Avenida Central", "Station Lane")
SECTIONS = ("Local", "Politics", "Business", "Sport", "Culture", "Opinion", "World",
            "Science", "Health", "Weather", "Video", "Podcasts")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def _chrome(t: templates.Template, ctx: noise.Context) -> tuple[templates.Chrome,
                                                                list[NoiseLabel]]:
    """The site's chrome pieces and their labels (all outside the container)."""
    rng = ctx.rng
    loc = LOCAL_CHROME.get(ctx.lang, {})
    labels: list[str] = []
    parts = dict.fromkeys(("nav", "cookie", "breaking", "ticker", "sidebar", "footer"), "")
    if "nav" in t.chrome:
        skip = loc.get("skip") or rng.choice(("Skip to main content", "Skip to content",
                                              "Jump to navigation", "Skip to article"))
        cta = rng.choice((f"Subscribe to {t.publisher}", "Subscribe for $1",
                          "Today's e-Edition", "Sign in / Register", "Get Digital Access",
                          "Support us"))
        items = rng.sample(SECTIONS, 7)
        parts["nav"] = (f'<a class="skip-link" href="#main">{skip}</a><ul>'
                        + "".join(f'<li><a href="/{i.lower()}">{i}</a></li>' for i in items)
                        + f'</ul><a class="cta" href="/subscribe">{cta}</a>')
        labels += [skip, cta]
    if "cookie" in t.chrome:
        text = loc.get("cookie") or rng.choice((
            "We use cookies and similar technologies to personalise content and ads and to "
            "analyse our traffic.", "This website uses cookies to ensure you get the best "
            "experience.", f"{t.publisher} and our partners store and access information on "
            "your device.", "We value your privacy. Choose how your data is used."))
        btn = rng.choice(("Accept all cookies", "I agree", "Manage preferences",
                          "Reject non-essential"))
        parts["cookie"] = (f'<div id="cookie-consent" role="dialog"><p>{text}</p>'
                           f"<button>{btn}</button></div>")
        labels += [text, btn]
    if "breaking" in t.chrome:
        word = rng.choice(("BREAKING", "Live", "Just in", "Developing", "Alert"))
        line = f"{word}: {noise.heads(ctx, 1)[0]}"
        parts["breaking"] = f'<div class="breaking-bar"><a href="/live">{line}</a></div>'
        labels.append(line)
    if "ticker" in t.chrome:
        by_sym: dict[str, str] = {}
        for _ in range(5):
            q = noise._quote(ctx)
            by_sym.setdefault(q.rsplit(" ", 2)[0], q)
        quotes = list(by_sym.values())
        parts["ticker"] = ('<div class="market-ticker"><ul>' + "".join(
            f"<li>{q}</li>" for q in quotes) + "</ul></div>")
        labels += quotes
    if "sidebar" in t.chrome:
        head = loc.get("most") or rng.choice(("Most read", "Most popular", "Trending now",
                                              "Editors' picks", "Popular this week"))
        hs = noise.heads(ctx, 4)
        parts["sidebar"] = (f'<div class="most-read"><h3>{head}</h3><ol>'
                            + "".join(f'<li><a href="/s/{_slug(h)}">{h}</a></li>' for h in hs)
                            + "</ol></div>")
        labels += [head, *hs]
    if "footer" in t.chrome:
        lines = [rng.choice((f"© 2026 {t.publisher}. All rights reserved.",
                             f"Copyright 2026 {t.publisher} Media Ltd",
                             f"{t.publisher} is part of the Harbour Media Group.")),
                 rng.choice(("Privacy Policy | Terms of Service | Cookie Settings",
                             "About us · Contact · Advertise · Careers",
                             "Accessibility statement – Sitemap – RSS feeds")),
                 f"{rng.randint(10, 400)} {rng.choice(STREETS)}, newsroom@{t.domain}"]
        parts["footer"] = "".join(f"<p>{x}</p>" for x in lines)
        labels += lines
    return templates.Chrome(**parts), [NoiseLabel(s, "chrome", "outside") for s in labels]


def _content(story: Story) -> tuple[list[str], list[str], list[str]]:
    content: list[str] = []
    traps: list[str] = []
    figures: list[str] = []
    for b in story.blocks:
        content.extend(b.sentences)
        traps.extend(b.traps)
        figures.extend(f for f in b.figures if f not in figures)
    return content, traps, figures


def _problems(html: str, content: list[str], noise_labels: list[NoiseLabel]) -> list[str]:
    text = normalise(page_text(html))
    bad = [c for c in content if text.count(normalise(c)) != 1]
    bad += [n.text for n in noise_labels if text.count(normalise(n.text)) != 1]
    return bad


def build_page(seed: int, story: Story, t_index: int, others: list[str]) -> Page:
    """Lay ``story`` out on template ``t_index``; reroll widgets if labels collide."""
    t = templates.TEMPLATES[t_index]
    content, traps, figures = _content(story)
    for attempt in range(40):
        rng = random.Random(seed * 1000 + attempt)
        heads = list(others)
        rng.shuffle(heads)
        ctx = noise.Context(rng=rng, lang=story.lang, publisher=t.publisher,
                            domain=t.domain, agency=rng.choice(AGENCIES),
                            person=story.people[0], place=story.place, headlines=heads,
                            tpl=t_index)
        chrome, labels = _chrome(t, ctx)
        kinds = list(noise.IN_ARTICLE)
        if story.lang != "en":
            kinds = [k for k in kinds if k not in ("ticker", "affiliate", "sponsored")]
        rng.shuffle(kinds)
        chosen = kinds[:rng.randint(4, 7)]
        body: list[Block | noise.Widget] = list(story.blocks)
        top = 0
        for kind in chosen:
            w = noise.make(kind, ctx)
            if kind in TOP:
                body.insert(0, w)
                top += 1
            elif kind == "caption":
                body.insert(rng.randint(top, len(body) - 1), w)
            elif kind == "disclaimer":
                body.insert(rng.choice((top, len(body))), w)
            else:
                body.insert(rng.randint(top + 1, len(body) - 1), w)
            labels.extend(NoiseLabel(s, kind, "in-article") for s in w.strings)
        after_kinds = [k for k in noise.AFTER if k not in chosen]
        rng.shuffle(after_kinds)
        after: list[noise.Widget] = []
        for kind in after_kinds[:rng.randint(2, 4)]:
            w = noise.make(kind, ctx, after=True)
            after.append(w)
            labels.extend(NoiseLabel(s, kind, "after") for s in w.strings)
        parts = templates.Parts(
            publisher=t.publisher, domain=t.domain, headline=story.headline, dek=story.dek,
            byline=rng.choice((f"{ctx.agency}", f"By staff and {ctx.agency}",
                               "Newsroom staff", f"{t.publisher} reporters")),
            date=f"December {rng.randint(1, 5)}, 2026", lang=story.lang,
            body=tuple(body), after=tuple(after), chrome=chrome, seed=seed)
        html = templates.render(t, parts, rng)
        if not _problems(html, content, labels):
            break
    else:
        raise RuntimeError(f"labels collide on {story.story_id}/{t.name}: "
                           f"{_problems(html, content, labels)[:3]}")
    url = (f"https://www.{t.domain}/news/2026/12/0{rng.randint(1, 5)}/"
           f"{_slug(story.headline)}")
    return Page(f"{story.story_id}-{t.name}", url, t.name, HALF, story.lang, story.story_id,
                story.finance, html, tuple(content), tuple(traps), tuple(figures),
                _dedupe(labels, content))


def make_stories(seed: int) -> list[Story]:
    rng = random.Random(seed)
    plan = [("en", fam) for fam, n in EN_PLAN for _ in range(n)]
    plan += [(lang, "foreign") for lang in FOREIGN_LANGS]
    return [make_story(random.Random(rng.getrandbits(64)), f"f{i:02d}", lang, fam)
            for i, (lang, fam) in enumerate(plan)]


def build_pages(seed: int = 20261209) -> list[Page]:
    """All pages: each story on ``COPIES`` consecutive templates."""
    rng = random.Random(seed)
    stories = make_stories(rng.getrandbits(32))
    n = len(templates.TEMPLATES)
    pages: list[Page] = []
    for i, story in enumerate(stories):
        others = list(dict.fromkeys(s.headline for s in stories if s.lang == "en"
                                    and s.headline != story.headline))
        for copy in range(COPIES):
            pages.append(build_page(rng.getrandbits(32), story, (i * COPIES + copy) % n,
                                    others))
    return pages
