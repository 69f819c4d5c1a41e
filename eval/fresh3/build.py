"""Build the fresh3 pages and their labels: the held-out evaluation set.

fresh3 is a generated set of news pages for measuring how well a cleaner keeps an
article's text and drops the noise publishers wrap around and inside it. ``build_pages``
writes ``STORIES`` stories (37 in English over twelve story families, eight in German,
French, Spanish, Italian, Portuguese, Dutch, Polish and Swedish) and syndicates each to
three of the seventeen templates, 135 pages in all. Every page carries four to seven
in-article noise widgets between (or opening and closing) its paragraphs, two to four
after the text inside the article container, and the site's chrome outside it.

The set was written from general knowledge of how publishers, CMSs and social networks
mark up their pages, without reading newsrake's cleaners, tests, rules or any other
evaluation set, and without running newsrake on it: only the ``Page``/``NoiseLabel``
dataclasses and ``_dedupe`` of ``eval.unseen.build`` and the scorer of
``eval.unseen.score`` are reused, so pages score unchanged. It is the held-out set: do
not tune cleaners on it. Deterministic from the seed (no clock, no ``hash()``, no
network); ``python -m eval.fresh3.check`` verifies the labels.
"""

from __future__ import annotations

import random
import re

from eval.fresh3 import noise, templates
from eval.fresh3.prose import (
    EN_FAMILIES,
    FOREIGN_LANGS,
    PEOPLE,
    Block,
    Story,
    make_english,
    make_foreign,
)
from eval.unseen.build import NoiseLabel, Page, _dedupe

HALF = "fresh3"
EN_STORIES = 37
COPIES = 3
STORIES = EN_STORIES + len(FOREIGN_LANGS)

#: One English publisher per template (its chrome and noise speak for it).
PUBLISHERS = (
    ("The Wexford Lantern", "wexfordlantern.example"),
    ("Canterbury Plains Press", "cpplains.example"),
    ("Lagos Morning Ledger", "lagosledger.example"),
    ("The Karoo Courant", "karoocourant.example"),
    ("Deccan Evening Star", "deccanstar.example"),
    ("Prairie Sentinel", "prairiesentinel.example"),
    ("Gold Coast Bulletin Online", "gcbulletin.example"),
    ("Manila Harbour Times", "manilaharbour.example"),
    ("The Highland Clarion", "highlandclarion.example"),
    ("Rift Valley Dispatch", "riftdispatch.example"),
    ("Punjab Chronicle", "punjabchronicle.example"),
    ("Straits Morning Post", "straitsmorning.example"),
    ("The Tasman Tribune", "tasmantribune.example"),
    ("Ottawa Valley Voice", "ovvoice.example"),
    ("Midlands Examiner", "midlandsexaminer.example"),
    ("Cape Breton Beacon", "cbbeacon.example"),
    ("Hawke's Bay Herald Express", "hbherald.example"),
)
#: Publishers of the stories in other languages.
LOCAL_PUBLISHERS = {
    "de": (("Rheintal Anzeiger", "rheintal-anzeiger.example"),
           ("Salzach Kurier", "salzachkurier.example"),
           ("Aargauer Landbote", "landbote-ag.example")),
    "fr": (("La Dépêche du Val", "depecheduval.example"),
           ("Le Courrier de Wallonie", "courrier-wallonie.example")),
    "es": (("Diario del Levante Sur", "levantesur.example"),
           ("El Heraldo de Cuyo", "heraldocuyo.example")),
    "it": (("Il Giornale di Valpadana", "giornalevalpadana.example"),
           ("La Voce del Tirreno", "vocetirreno.example")),
    "pt": (("Jornal do Minho", "jornaldominho.example"),
           ("Correio Paulista", "correiopaulista.example")),
    "nl": (("Dagblad van het Oosten", "dvhoosten.example"),
           ("Gazet van de Kempen", "gazetkempen.example")),
    "pl": (("Gazeta Podlaska", "gazetapodlaska.example"),
           ("Kurier Mazurski", "kuriermazurski.example")),
    "sv": (("Norrlandsposten", "norrlandsposten.example"),
           ("Smålandsbladet", "smalandsbladet.example")),
}
AGENCIES = ("Pacific Wire Service", "Continental News Agency", "Associated Newswire",
            "Commonwealth Press Association", "Southern Africa News Exchange",
            "Asia-Pacific Newsline")

#: Kinds placed between paragraphs, and the kinds placed after the text.
IN_ARTICLE = ("promo", "disclaimer", "newsletter", "caption", "related", "share", "ad",
              "embed", "ticker")
AFTER = ("footer", "footer", "disclaimer", "share", "related", "newsletter", "ad")

_NAV = {
    "en": (("Home", "News", "Local", "Business", "Sport", "Opinion", "Lifestyle",
            "Subscribe"),
           ("Latest", "World", "Politics", "Money", "Entertainment", "Weather", "E-paper",
            "Sign in")),
    "de": (("Startseite", "Lokales", "Politik", "Wirtschaft", "Sport", "Kultur", "Abo"),),
    "fr": (("Accueil", "Actualité", "Politique", "Économie", "Sports", "Culture",
            "S'abonner"),),
    "es": (("Portada", "Local", "Nacional", "Economía", "Deportes", "Opinión",
            "Suscríbete"),),
    "it": (("Home", "Cronaca", "Politica", "Economia", "Sport", "Cultura", "Abbonati"),),
    "pt": (("Início", "Local", "Política", "Economia", "Desporto", "Cultura", "Assinar"),),
    "nl": (("Home", "Regio", "Binnenland", "Economie", "Sport", "Cultuur", "Abonneren"),),
    "pl": (("Strona główna", "Wiadomości", "Region", "Biznes", "Sport", "Kultura",
            "Subskrypcja"),),
    "sv": (("Start", "Nyheter", "Lokalt", "Ekonomi", "Sport", "Nöje", "Prenumerera"),),
}
_RAIL = {
    "en": ("Most read", "Trending now", "Latest stories", "Popular this week",
           "Editor's picks"),
    "de": ("Meistgelesen", "Neueste Artikel"), "fr": ("Les plus lus", "À la une"),
    "es": ("Lo más leído", "Última hora"), "it": ("I più letti", "In evidenza"),
    "pt": ("Mais lidas", "Últimas"), "nl": ("Meest gelezen", "Net binnen"),
    "pl": ("Najczęściej czytane", "Najnowsze"), "sv": ("Mest läst", "Senaste nytt"),
}
_FOOT = {
    "en": ("© 2026 {publisher}. All rights reserved.",
           "Privacy Policy | Terms and Conditions | Cookie Settings",
           "Contact us: newsroom@{domain}", "Part of the {publisher} Media Network"),
    "de": ("© 2026 {publisher}. Alle Rechte vorbehalten.",
           "Impressum · Datenschutz · AGB · Cookie-Einstellungen"),
    "fr": ("© 2026 {publisher}. Tous droits réservés.",
           "Mentions légales - Politique de confidentialité - Gérer les cookies"),
    "es": ("© 2026 {publisher}. Todos los derechos reservados.",
           "Aviso legal | Política de privacidad | Configuración de cookies"),
    "it": ("© 2026 {publisher}. Tutti i diritti riservati.",
           "Privacy policy - Cookie policy - Note legali"),
    "pt": ("© 2026 {publisher}. Todos os direitos reservados.",
           "Termos de uso | Política de privacidade | Cookies"),
    "nl": ("© 2026 {publisher}. Alle rechten voorbehouden.",
           "Privacyverklaring · Cookiebeleid · Algemene voorwaarden"),
    "pl": ("© 2026 {publisher}. Wszelkie prawa zastrzeżone.",
           "Polityka prywatności | Regulamin | Ustawienia cookies"),
    "sv": ("© 2026 {publisher}. Alla rättigheter förbehållna.",
           "Personuppgiftspolicy · Cookies · Om oss"),
}
_MONTH = {"en": "December", "de": "Dezember", "fr": "décembre", "es": "diciembre",
          "it": "dicembre", "pt": "dezembro", "nl": "december", "pl": "grudnia",
          "sv": "december"}
_BY = {"en": ("By {name}", "{name}, Staff Reporter", "{name} | {agency}", "Written by {name}"),
       "de": ("Von {name}",), "fr": ("Par {name}",), "es": ("Por {name}",),
       "it": ("di {name}",), "pt": ("Por {name}",), "nl": ("Door {name}",),
       "pl": ("Autor: {name}",), "sv": ("Av {name}",)}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def _content(story: Story) -> tuple[list[str], list[str], list[str]]:
    content: list[str] = []
    traps: list[str] = []
    figures: list[str] = []
    for block in story.blocks:
        content.extend(block.sentences)
        if block.kind in ("h2", "ul", "ol", "pull", "table"):
            traps.extend(block.sentences)
        elif block.kind == "p" and len(block.sentences) == 1 and len(block.sentences[0]) < 90:
            traps.append(block.sentences[0])  # a short one-sentence paragraph
        traps.extend(block.traps)
        figures.extend(block.figures)
    return content, list(dict.fromkeys(traps)), list(dict.fromkeys(figures))


def _chrome(rng: random.Random, lang: str, publisher: str, domain: str,
            rail_heads: list[str]) -> tuple[tuple[str, ...], str, tuple[str, ...],
                                            tuple[str, ...]]:
    nav = rng.choice(_NAV[lang])
    title = rng.choice(_RAIL[lang])
    foot = tuple(line.format(publisher=publisher, domain=domain) for line in _FOOT[lang])
    return nav, title, tuple(rail_heads), foot


def build_page(rng: random.Random, story: Story, template_index: int,
               others: tuple[str, ...]) -> Page:
    """Lay ``story`` out on template ``template_index`` with noise and chrome."""
    lang = story.lang
    if lang == "en":
        publisher, domain = PUBLISHERS[template_index]
        heads = list(others)
        rng.shuffle(heads)
        widget_heads, rail_heads = tuple(heads[:6]), heads[6:10]
    else:
        publisher, domain = rng.choice(LOCAL_PUBLISHERS[lang])
        heads = list(noise.LOCAL_HEADLINES[lang])
        rng.shuffle(heads)
        widget_heads, rail_heads = tuple(heads), heads[:4]
    agency = rng.choice(AGENCIES)
    ctx = noise.Context(rng=rng, lang=lang, publisher=publisher, domain=domain,
                        place=story.place, agency=agency, person=story.people[0],
                        headlines=widget_heads)
    labels: list[NoiseLabel] = []
    body: list[Block | noise.Widget] = list(story.blocks)
    kinds = list(IN_ARTICLE)
    rng.shuffle(kinds)
    for kind in kinds[:rng.randint(4, 7)]:
        widget = noise.make_widget(kind, ctx)
        if kind == "caption":
            at = rng.randint(0, len(body) - 1)
        elif kind == "disclaimer":
            at = rng.choice((0, len(body)))
        else:
            at = rng.randint(1, len(body) - 1)
        body.insert(at, widget)
        labels.extend(NoiseLabel(s, kind, "in-article") for s in widget.strings)
    after: list[noise.Widget] = []
    after_kinds = list(AFTER)
    rng.shuffle(after_kinds)
    for kind in after_kinds[:rng.randint(2, 4)]:
        widget = noise.make_widget(kind, ctx)
        after.append(widget)
        labels.extend(NoiseLabel(s, kind, "after") for s in widget.strings)
    nav, rail_title, rail, foot = _chrome(rng, lang, publisher, domain, rail_heads)
    for text in (*nav, rail_title, *rail, *foot):
        if len(text) >= noise.MIN_LABEL:
            labels.append(NoiseLabel(text, "chrome", "outside"))
    name = rng.choice(PEOPLE[lang])
    byline = rng.choice(_BY[lang]).format(name=name, agency=agency)
    day = rng.randint(1, 7)
    date = (f"{_MONTH[lang].capitalize()} {day}, 2026" if lang == "en"
            else f"{day} {_MONTH[lang]} 2026")
    render = templates.TEMPLATES[template_index]
    parts = templates.Parts(
        publisher=publisher, domain=domain, headline=story.headline, dek=story.dek,
        byline=byline, date=date, date_iso=f"2026-12-0{day}T0{rng.randint(6, 9)}:30:00Z",
        lang=lang, body=tuple(body), after=tuple(after), nav=nav, rail_title=rail_title,
        rail=rail, footer=foot)
    content, traps, figures = _content(story)
    url = f"https://www.{domain}/news/2026/12/{_slug(story.headline)}"
    if render.__name__ == "mobile_m":
        url = url.replace("https://www.", "https://m.")
    elif render.__name__ == "amp":
        url += "/amp"
    return Page(f"{story.story_id}-{render.__name__}", url, render.__name__, HALF, lang,
                story.story_id, story.finance, render(parts), tuple(content), tuple(traps),
                tuple(figures), _dedupe(labels, content))


def make_stories(rng: random.Random) -> list[Story]:
    """The set's stories: English families in turn, then one per other language."""
    stories: list[Story] = []
    for i in range(EN_STORIES):
        stories.append(make_english(random.Random(rng.getrandbits(64)), f"f3s{i:02d}",
                                    EN_FAMILIES[i % len(EN_FAMILIES)]))
    for j, lang in enumerate(FOREIGN_LANGS):
        stories.append(make_foreign(random.Random(rng.getrandbits(64)),
                                    f"f3s{EN_STORIES + j:02d}", lang))
    return stories


def build_pages(seed: int = 20261209) -> list[Page]:
    """All pages of the set: ``STORIES`` stories x ``COPIES`` templates."""
    rng = random.Random(seed)
    stories = make_stories(rng)
    pages: list[Page] = []
    n = len(templates.TEMPLATES)
    for i, story in enumerate(stories):
        others = tuple(s.headline for s in stories if s is not story and s.lang == "en")
        pick = random.Random(rng.getrandbits(64))
        for copy in range(COPIES):
            pages.append(build_page(pick, story, (i * COPIES + copy) % n, others))
    return pages
