"""fresh2: the held-out set of generated news pages.

``build_pages(seed)`` writes 44 stories (34 in English over ten families, ten in German,
French, Spanish, Italian, Portuguese and Dutch) and lays each out on three of fourteen
page templates, as a wire story is syndicated to several sites: 132 pages. Every page
gets four to seven noise widgets between (and, for captions and disclaimers, before or
after) its paragraphs, two to four widgets after the text inside the article container,
and site chrome outside it. The labels say which strings are content (sentences,
sub-headings, list items, quotes), which content strings are traps (they name a noise
family but belong to the story), which are finance figures, and which strings are noise,
of what kind and where ("in-article", "after", "outside"). Pages and labels use the
``Page`` and ``NoiseLabel`` types of ``eval.unseen.build``, so ``eval.unseen.score``
scores them unchanged. Everything is deterministic from the seed.

The set was written independently: its templates, noise wordings and stories were
written without reading newsrake's cleaners, rules, tests or other evaluation sets, and
without running newsrake on the pages. It is the held-out set: do not tune on it.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from eval.fresh2 import noise, templates
from eval.fresh2.prose import Block, Story, make_story
from eval.unseen.build import NoiseLabel, Page, _dedupe
from eval.unseen.score import normalise

SEED = 20261208
COPIES = 3
HALF = "fresh2"
EN_FAMILIES = ("council", "crime", "wildfire", "election", "earnings", "central", "sport",
               "health", "transport", "culture")
EN_STORIES = 34
FOREIGN = ("de", "fr", "es", "it", "de", "fr", "es", "it", "pt", "nl")

#: One English publisher per template: name, domain.
PUBLISHERS = (
    ("The Port Alder Sentinel", "portaldersentinel.example"),
    ("Millbrook Community Voice", "millbrookvoice.example"),
    ("Kessington Public Radio", "kpr.example"),
    ("The Daily Courant", "dailycourant.example"),
    ("Lagos Morning Ledger", "morningledger.example"),
    ("Signal Wire", "signalwire.example"),
    ("The Granite Falls Tribune", "gftribune.example"),
    ("Undercurrent", "undercurrent.example"),
    ("Riverton Press-Citizen", "rivertonpresscitizen.example"),
    ("The National Chronicle India", "nationalchronicle.example"),
    ("Herald Sun Coast", "heraldsuncoast.example"),
    ("Bellhaven Weekly Argus", "bellhavenargus.example"),
    ("Manila Evening Dispatch", "eveningdispatch.example"),
    ("The Westmere Standard", "westmerestandard.example"),
)
FOREIGN_PUBLISHERS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (("Rheinische Abendpost", "abendpost.example"),
           ("Neue Kreiszeitung", "kreiszeitung.example"),
           ("Lindenauer Tageblatt", "tageblatt-lindenau.example")),
    "fr": (("Le Courrier du Val", "courrierduval.example"),
           ("La Voix de l'Ouest", "voixdelouest.example"),
           ("L'Écho républicain du Sud", "echodusud.example")),
    "es": (("Diario del Alcor", "diariodelalcor.example"),
           ("La Gaceta del Sur", "gacetadelsur.example"),
           ("El Heraldo de la Vega", "heraldodelavega.example")),
    "it": (("Il Corriere di Valdorno", "corrierevaldorno.example"),
           ("La Gazzetta del Borgo", "gazzettadelborgo.example"),
           ("Il Quotidiano dell'Alto", "quotidianoalto.example")),
    "pt": (("Jornal do Vale", "jornaldovale.example"),
           ("Diário do Sul", "diariodosul.example"),
           ("Folha da Serra", "folhadaserra.example")),
    "nl": (("Zuiderveens Dagblad", "zuiderveensdagblad.example"),
           ("De Havelaarse Courant", "havelaarsecourant.example"),
           ("Dagblad Oost", "dagbladoost.example")),
}
AGENCIES = ("The Associated Press", "Reuters", "Agence France-Presse", "Press Trust of India",
            "The Canadian Press", "Australian Associated Press", "PA Media", "News24 Wire",
            "Bloomberg", "Philippine News Agency", "Tribune News Service", "Stacker")
FOREIGN_AGENCIES = {"de": ("dpa", "AFP", "KNA"), "fr": ("AFP", "Ouest Médias"),
                    "es": ("EFE", "Europa Press"), "it": ("ANSA", "Adnkronos"),
                    "pt": ("Agência Brasil", "Lusa"), "nl": ("ANP", "Belga")}
SECTIONS = {"council": "Local", "crime": "Crime", "wildfire": "Weather", "election": "Politics",
            "earnings": "Business", "central": "Markets", "sport": "Sport", "health": "Health",
            "transport": "Transport", "culture": "Arts"}
FOREIGN_SECTION = {"de": "Lokales", "fr": "Région", "es": "Local", "it": "Cronaca",
                   "pt": "Cidades", "nl": "Regio"}

#: Kinds placed in the text (with weights as repeats) and after it.
IN_ARTICLE = ("promo", "disclaimer", "newsletter", "caption", "caption", "related", "related",
              "share", "ad", "ad", "embed", "ticker")
IN_FINANCE = (*IN_ARTICLE, "ticker", "ticker")
AFTER = ("footer", "footer", "footer", "disclaimer", "share", "related", "newsletter",
         "promo", "ad")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70]


def _content(story: Story) -> tuple[list[str], list[str], list[str]]:
    content: list[str] = []
    traps: list[str] = []
    figures: list[str] = []
    for block in story.blocks:
        content.extend(block.sentences)
        traps.extend(block.traps)
        figures.extend(f for f in block.figures if f not in figures)
    return content, traps, figures


def _draw(kind: str, ctx: noise.Context, figures: list[str], used: set[str]) -> noise.Widget:
    """A widget of ``kind`` that mentions none of the story's figures."""
    figs = [normalise(f) for f in figures]
    for _ in range(40):
        w = noise.widget(kind, ctx, used)
        if not any(f in normalise(s) for s in w.strings for f in figs):
            return w
    raise RuntimeError(f"no {kind} widget clear of the story's figures")


def _is_list(item: Block | str) -> bool:
    return isinstance(item, Block) and item.kind == "ul"


def _kinds(rng: random.Random, pool: tuple[str, ...], n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        k = rng.choice(pool)
        if out.count(k) < 2:
            out.append(k)
    return out


def _byline(rng: random.Random, ctx: noise.Context) -> str:
    return rng.choice((f"By {rng.choice(noise.REPORTERS)}", rng.choice(noise.REPORTERS),
                       f"{ctx.agency}", f"{rng.choice(noise.REPORTERS)}, {ctx.agency}",
                       "Staff Writer", f"{ctx.publisher} Staff"))


def build_page(rng: random.Random, story: Story, template_index: int,
               headlines: tuple[str, ...], rail_headlines: tuple[str, ...]) -> Page:
    """Lay ``story`` out on template ``template_index`` with its noise and labels."""
    render = templates.TEMPLATES[template_index]
    if story.lang == "en":
        publisher, domain = PUBLISHERS[template_index]
        agency = rng.choice(AGENCIES)
        section = SECTIONS[story.family]
    else:
        publisher, domain = FOREIGN_PUBLISHERS[story.lang][template_index % 3]
        agency = rng.choice(FOREIGN_AGENCIES[story.lang])
        section = FOREIGN_SECTION[story.lang]
    ctx = noise.Context(rng=rng, lang=story.lang, publisher=publisher, domain=domain,
                        agency=agency, person=rng.choice(story.people[:2]), place=story.place,
                        headlines=headlines)
    content, traps, figures = _content(story)
    labels: list[NoiseLabel] = []
    used: set[str] = set()
    body: list[Block | str] = list(story.blocks)
    pool: tuple[str, ...] = IN_FINANCE if story.finance else IN_ARTICLE
    if story.lang != "en":
        pool = tuple(k for k in pool if k != "ticker")
    for kind in _kinds(rng, pool, rng.randint(4, 7)):
        w = _draw(kind, ctx, figures, used)
        if kind == "caption":
            at = rng.choice([i for i in range(len(body) + 1)
                             if not (i < len(body) and _is_list(body[i]))])
        elif kind == "disclaimer":
            at = rng.choice((0, len(body)))
        else:  # between paragraphs, never between a list and its introduction
            slots = [i for i in range(1, len(body)) if not _is_list(body[i])]
            at = rng.choice(slots)
        body.insert(at, w.html)
        labels.extend(NoiseLabel(s, kind, "in-article") for s in w.strings)
    after: list[str] = []
    for kind in _kinds(rng, AFTER, rng.randint(2, 4)):
        w = _draw(kind, ctx, figures, used)
        after.append(w.html)
        labels.extend(NoiseLabel(s, kind, "after") for s in w.strings)
    chrome: dict[str, str] = {}
    rail = replace(ctx, headlines=rail_headlines)  # the rail lists other stories than widgets
    for part in ("nav", "sidebar", "footer"):
        w = noise.chrome(rail, part)
        chrome[part] = w.html
        labels.extend(NoiseLabel(s, "chrome", "outside") for s in w.strings)
    url = f"https://www.{domain}/{_slug(section)}/2026/12/{_slug(story.headline)}/"
    parts = templates.Parts(
        publisher=publisher, domain=domain, url=url, headline=story.headline, dek=story.dek,
        byline=_byline(rng, ctx), date=f"2026-12-0{rng.randint(1, 6)}", lang=story.lang,
        section=section, body=tuple(body), after=tuple(after), nav=chrome["nav"],
        sidebar=chrome["sidebar"], footer=chrome["footer"])
    return Page(page_id=f"{story.story_id}-{render.__name__}", url=url,
                template=render.__name__, half=HALF, lang=story.lang, story_id=story.story_id,
                finance=story.finance, html=render(parts), content=tuple(content),
                traps=tuple(traps), figures=tuple(figures), noise=_dedupe(labels, content))


def make_stories(rng: random.Random) -> list[Story]:
    stories: list[Story] = []
    for i in range(EN_STORIES):
        stories.append(make_story(random.Random(rng.getrandbits(64)), f"f2s{i:02d}", "en",
                                  EN_FAMILIES[i % len(EN_FAMILIES)]))
    for j, lang in enumerate(FOREIGN):
        stories.append(make_story(random.Random(rng.getrandbits(64)),
                                  f"f2s{EN_STORIES + j:02d}", lang, "city"))
    # Interleave the languages so foreign stories land on many templates.
    order = list(range(len(stories)))
    random.Random(rng.getrandbits(64)).shuffle(order)
    return [stories[i] for i in order]


def build_pages(seed: int = SEED) -> list[Page]:
    """All pages of the set: every story on ``COPIES`` consecutive templates."""
    rng = random.Random(seed)
    stories = make_stories(rng)
    english = [s.headline for s in stories if s.lang == "en"]
    pages: list[Page] = []
    n = len(templates.TEMPLATES)
    for i, story in enumerate(stories):
        pick = random.Random(rng.getrandbits(64))
        others = [h for h in english if h != story.headline]
        for copy in range(COPIES):
            heads = pick.sample(others, 10)
            pages.append(build_page(pick, story, (i * COPIES + copy) % n, tuple(heads[:6]),
                                    tuple(heads[6:])))
    return pages
