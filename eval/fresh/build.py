"""Build the fresh held-out evaluation pages and their labels.

This is newsrake's true held-out set. It was written without reading newsrake's
cleaners, crawler, tests, docs, rules, phrase lists, fixtures or plugins, and without
running newsrake on any of its pages; nothing in it was tuned against newsrake's scores.
The only project code it reuses is ``eval.unseen``'s ``Page`` and ``NoiseLabel``
dataclasses and label de-duplication, so ``eval.unseen.score.score_page`` scores these
pages unchanged. Its story text (``prose``), noise wordings (``noise``) and twelve
layouts (``templates``) are new and independent of ``eval/unseen``'s.

``build_pages(seed)`` makes ``STORIES`` stories (34 English ones over nine families and
ten in German, French, Spanish, Italian, Portuguese and Dutch) and lays each out on
three different templates, as a wire story syndicated to three sites would be: 132
pages, eleven per template. Each page carries four to seven noise widgets among its
paragraphs (only captions and disclaimers may come before the first paragraph), two to
four after the text inside the article container (sometimes the first of them inside the
last paragraph's own element), and the site's chrome (skip link, account links, rail and
footer) outside the container. Labels say which strings are content (sentences,
sub-headings, list items, block quotes, table cells), which of those are traps (content
that names a noise family, sub-headings, lists, quotes, tables) and finance figures, and
which strings are noise: kind and ``where`` ("in-article", "after", "outside"). Every
page's ``half`` is "fresh". Deterministic from the seed: no clock, no ``hash()``, no
network.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from eval.fresh import noise, templates
from eval.fresh.prose import Block, Story, content_strings, make_story
from eval.unseen.build import NoiseLabel, Page, _dedupe

HALF = "fresh"
STORIES = 44
COPIES = 3
EN_FAMILIES = ("earnings", "rates", "housing", "schools", "floods", "hospital", "aviation",
               "courts", "football")
FOREIGN = ("de", "de", "fr", "fr", "es", "es", "it", "it", "pt", "nl")
#: Kinds placed among the paragraphs, and the kinds placed after the text.
IN_ARTICLE = ("promo", "disclaimer", "newsletter", "caption", "related", "share", "ad",
              "embed", "ticker")
IN_ARTICLE_LOCAL = ("promo", "disclaimer", "newsletter", "caption", "related", "ad", "share",
                    "embed")
AFTER = ("footer", "footer", "footer", "disclaimer", "share", "related", "newsletter")

#: One English-language site per template (name, domain).
PUBLISHERS = (
    ("The Daily Meridian", "dailymeridian.example"),
    ("Northshire Broadcasting", "northshire-bc.example"),
    ("The Harwick Observer", "harwickobserver.example"),
    ("Kettle Valley Tribune", "kettlevalleytribune.example"),
    ("The Ledger Lines", "ledgerlines.example"),
    ("Cascade Times-Dispatch", "cascadetd.example"),
    ("Civic Notes", "civicnotes.example"),
    ("Sunrise Coast News", "sunrisecoast.example"),
    ("The Brightwater Brief", "brightwater.example"),
    ("The Indus Herald", "indusherald.example"),
    ("Prairie Public Radio", "prairiepublic.example"),
    ("Valletta Harbour Times", "vallettaharbour.example"),
)
#: Sites in other languages; a foreign story on template ``t`` appears on ``[t % n]``.
LOCAL_PUBLISHERS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (("Rheinische Abendpost", "abendpost.example"), ("Weser-Kurier Land",
                                                           "weserland.example"),
           ("Allgäuer Tagblatt", "allgaeuer-tagblatt.example")),
    "fr": (("La Dépêche du Val", "depecheduval.example"), ("Le Courrier de l'Est",
                                                          "courrierest.example"),
           ("Ouest Matin", "ouestmatin.example")),
    "es": (("El Diario del Sur", "diariodelsur.example"), ("La Voz de la Ribera",
                                                          "vozribera.example"),
           ("Heraldo Comarcal", "heraldocomarcal.example")),
    "it": (("Il Gazzettino del Colle", "gazzettinocolle.example"), ("La Nuova Provincia",
                                                                   "nuovaprovincia.example"),
           ("Corriere della Valle", "corrierevalle.example")),
    "pt": (("Jornal da Beira", "jornaldabeira.example"), ("Diário do Litoral",
                                                          "diariolitoral.example")),
    "nl": (("Dagblad van het Oosten", "dvho.example"), ("De Kustkoerier", "kustkoerier.example")),
}
AGENCIES = ("Allied Press", "Continental Newswire", "Pacific Rim News Agency",
            "Nordic Wire Service", "Metropolitan News Bureau")
PARTNERS = ("The Kettlewell Chronicle", "Pinewood Public Media", "The Halcyon Review",
            "Granite State Reporter", "Riverine Media Collective")
REPORTERS = ("Jordan Avery", "Sasha Petrenko", "Imogen Thorne", "Dev Kulkarni",
             "Marisol Vega", "Conor Whelan", "Keiko Arai", "Femi Adebayo")
BYLINE_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Alex Rennick", "Priya Dhillon", "Matt Carver", "Zoe Halvorsen", "Omar Farouk"),
    "de": ("Sven Petersen", "Katja Wolff"), "fr": ("Camille Rousseau", "Hugo Lemaire"),
    "es": ("Laura Gil", "Marcos Rey"), "it": ("Elena Conti", "Marco Vitale"),
    "pt": ("Joana Reis",), "nl": ("Pieter de Graaf",),
}
DATES = {
    "en": ("December 3, 2026", "4 December 2026", "Dec. 4, 2026", "Fri 5 Dec 2026"),
    "de": ("03.12.2026", "4. Dezember 2026"), "fr": ("4 décembre 2026", "le 03/12/2026"),
    "es": ("4 de diciembre de 2026", "03/12/2026"), "it": ("4 dicembre 2026", "03/12/2026"),
    "pt": ("4 de dezembro de 2026",), "nl": ("4 december 2026",),
}
#: Site chrome by language: skip links, menu (unlabelled single words), account links,
#: rail titles and footer lines.
CHROME: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "skip": ("Skip to content", "Skip navigation", "Jump to main content"),
        "menu": ("Home", "News", "Local", "Business", "Sport", "Opinion", "Lifestyle", "Video"),
        "account": ("Sign In", "Today's Paper", "Subscribe: $1 for 6 months", "e-Edition",
                    "Log in / Register", "Manage account"),
        "rail": ("Most Read", "Top Stories", "Most viewed", "Don't miss", "The latest",
                 "Popular right now"),
        "footer": ("About us \u00b7 Contact \u00b7 Advertise with us \u00b7 Careers",
                   "Privacy Notice | Cookie Settings | Terms & Conditions",
                   "{publisher} is a member of the Independent Press Standards Organisation.",
                   "Registered office: 1 Quay Street, {place}",
                   "\u00a9 2026 {publisher} Ltd. All rights reserved.",
                   "Do Not Sell or Share My Personal Information"),
    },
    "de": {
        "skip": ("Zum Inhalt springen", "Direkt zum Inhalt"),
        "menu": ("Startseite", "Lokales", "Politik", "Wirtschaft", "Sport", "Kultur"),
        "account": ("Anmelden", "Abo abschließen", "E-Paper"),
        "rail": ("Meistgelesen", "Top-Themen"),
        "footer": ("Impressum \u00b7 Datenschutz \u00b7 Cookie-Einstellungen \u00b7 AGB",
                   "\u00a9 2026 {publisher} GmbH & Co. KG", "Kontakt zur Redaktion"),
    },
    "fr": {
        "skip": ("Aller au contenu", "Passer au contenu principal"),
        "menu": ("Accueil", "Actualités", "Région", "Économie", "Sports", "Culture"),
        "account": ("Se connecter", "S'abonner", "Le journal numérique"),
        "rail": ("Les plus lus", "À la une"),
        "footer": ("Mentions légales \u00b7 Politique de confidentialité \u00b7 "
                   "Gestion des cookies", "\u00a9 {publisher} 2026", "Nous contacter"),
    },
    "es": {
        "skip": ("Saltar al contenido", "Ir al contenido principal"),
        "menu": ("Portada", "Local", "España", "Economía", "Deportes", "Cultura"),
        "account": ("Iniciar sesión", "Suscríbete", "Kiosko"),
        "rail": ("Lo más leído", "Última hora"),
        "footer": ("Aviso legal \u00b7 Política de privacidad \u00b7 Política de cookies",
                   "\u00a9 {publisher} 2026", "Contacta con nosotros"),
    },
    "it": {
        "skip": ("Vai al contenuto", "Salta al contenuto principale"),
        "menu": ("Home", "Cronaca", "Politica", "Economia", "Sport", "Cultura"),
        "account": ("Accedi", "Abbonati", "Edicola digitale"),
        "rail": ("I più letti", "Ultima ora"),
        "footer": ("Note legali \u00b7 Privacy \u00b7 Preferenze cookie",
                   "\u00a9 {publisher} 2026 - P.IVA 01234567890", "Contatti"),
    },
    "pt": {
        "skip": ("Saltar para o conteúdo",),
        "menu": ("Início", "Local", "País", "Economia", "Desporto", "Cultura"),
        "account": ("Entrar", "Assinar"),
        "rail": ("Mais lidas",),
        "footer": ("Estatuto editorial \u00b7 Política de privacidade \u00b7 Cookies",
                   "\u00a9 {publisher} 2026", "Contactos"),
    },
    "nl": {
        "skip": ("Naar de inhoud",),
        "menu": ("Home", "Regio", "Binnenland", "Economie", "Sport", "Cultuur"),
        "account": ("Inloggen", "Abonneren"),
        "rail": ("Meest gelezen",),
        "footer": ("Privacyverklaring \u00b7 Cookiebeleid \u00b7 Algemene voorwaarden",
                   "\u00a9 {publisher} 2026", "Contact"),
    },
}
#: Headlines of other (imaginary) stories for related lists and rails, by language.
EXTRA_HEADLINES: dict[str, tuple[str, ...]] = {
    "en": ("Festive market returns to the old quay with 80 stalls",
           "Cyclist seriously hurt in collision on ring road",
           "Village shop saved by crowdfunding campaign",
           "Council tax bills set to rise for a third year"),
    "de": ("Weihnachtsmarkt öffnet mit neuen Ständen", "Radfahrer bei Unfall schwer verletzt",
           "Dorfladen dank Spenden gerettet", "Grundsteuer steigt im kommenden Jahr",
           "Neue Buslinie verbindet die Ortsteile"),
    "fr": ("Le marché de Noël rouvre avec de nouveaux exposants",
           "Un cycliste grièvement blessé sur la rocade", "L'épicerie du village sauvée",
           "La taxe foncière va encore augmenter", "Une nouvelle ligne de bus entre les quartiers"),
    "es": ("Vuelve el mercadillo navideño con nuevos puestos",
           "Herido grave un ciclista en la circunvalación",
           "Los vecinos salvan la tienda del pueblo",
           "El IBI subirá el próximo año", "Nueva línea de autobús entre los barrios"),
    "it": ("Torna il mercatino di Natale con nuove bancarelle",
           "Ciclista gravemente ferito sulla tangenziale", "Salvato l'ultimo negozio del paese",
           "L'Imu aumenta anche il prossimo anno", "Nuova linea di autobus tra i quartieri"),
    "pt": ("Mercado de Natal regressa com novas bancas",
           "Ciclista ferido com gravidade na circular",
           "Mercearia da aldeia salva pelos vizinhos", "IMI vai subir no próximo ano",
           "Nova carreira de autocarro liga os bairros"),
    "nl": ("Kerstmarkt keert terug met nieuwe kramen", "Fietser zwaargewond op de ringweg",
           "Dorpswinkel gered door inwoners", "Onroerendezaakbelasting stijgt opnieuw",
           "Nieuwe buslijn verbindt de wijken"),
}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:64]


def _chrome(rng: random.Random, lang: str, publisher: str, place: str,
            heads: list[str]) -> tuple[templates.Chrome, list[NoiseLabel]]:
    """The site's chrome for one page, and its labels (the menu's single words are not
    labelled: a story may print them)."""
    bank = CHROME[lang]
    account = tuple(rng.sample(bank["account"], k=min(2, len(bank["account"]))))
    footer = tuple(line.format(publisher=publisher, place=place)
                   for line in rng.sample(bank["footer"], k=min(3, len(bank["footer"]))))
    chrome = templates.Chrome(
        skip=rng.choice(bank["skip"]), menu=bank["menu"], account=account,
        rail_title=rng.choice(bank["rail"]), rail=tuple(heads[:4]), footer=footer)
    strings = [chrome.skip, *account, chrome.rail_title, *chrome.rail, *footer]
    return chrome, [NoiseLabel(s, "chrome", "outside") for s in strings]


def _widget(kind: str, ctx: noise.Context, used: set[str]) -> noise.Widget:
    """A widget of ``kind`` in the page's language (English when it has none), from a
    variant the page has not used yet when there is one."""
    variants = noise.bank(kind, ctx.lang) or noise.bank(kind, "en")
    fresh = [v for v in variants if v.__name__ not in used] or variants
    chosen = ctx.rng.choice(fresh)
    used.add(chosen.__name__)
    return chosen(ctx)


def build_page(rng: random.Random, story: Story, template_index: int,
               other_headlines: tuple[str, ...]) -> Page:
    """Lay ``story`` out on template ``template_index`` with noise in its language."""
    lang = story.lang
    if lang == "en":
        publisher, domain = PUBLISHERS[template_index]
    else:
        sites = LOCAL_PUBLISHERS[lang]
        publisher, domain = sites[template_index % len(sites)]
    heads = list(other_headlines)
    rng.shuffle(heads)
    ctx = noise.Context(
        rng=rng, lang=lang, publisher=publisher, domain=domain, agency=rng.choice(AGENCIES),
        partner=rng.choice(PARTNERS), reporter=rng.choice(REPORTERS), person=story.people[0],
        place=story.place, headlines=tuple(heads[:6]))
    labels: list[NoiseLabel] = []
    used: set[str] = set()
    body: list[Block | str] = list(story.blocks)
    kinds = list(IN_ARTICLE if lang == "en" else IN_ARTICLE_LOCAL)
    rng.shuffle(kinds)
    for kind in kinds[: rng.randint(4, 7)]:
        widget = _widget(kind, ctx, used)
        # A lead image's caption or a syndication note may open the story; a disclaimer
        # otherwise closes the text; everything else sits between paragraphs.
        if kind == "caption":
            at = rng.randint(0, len(body) - 1)
        elif kind == "disclaimer":
            at = rng.choice((0, len(body)))
        else:
            at = rng.randint(1, len(body) - 1)
        body.insert(at, widget.html)
        labels.extend(NoiseLabel(s, kind, "in-article") for s in widget.strings)
    # Two to four widgets after the text; sometimes the first is a line inside the last
    # paragraph's own element.
    n_after = rng.randint(2, 4)
    last = max(i for i, x in enumerate(body) if isinstance(x, Block))
    last_block = body[last]
    if isinstance(last_block, Block) and last_block.kind == "p" and rng.random() < 0.3:
        tail = noise.tail_widget(ctx)
        body[last] = replace(last_block, tail=tail.html)
        labels.extend(NoiseLabel(s, tail.kind, "after") for s in tail.strings)
        n_after -= 1
    after: list[str] = []
    after_kinds = list(AFTER)
    rng.shuffle(after_kinds)
    for kind in after_kinds[:n_after]:
        widget = _widget(kind, ctx, used)
        after.append(widget.html)
        labels.extend(NoiseLabel(s, kind, "after") for s in widget.strings)
    chrome, chrome_labels = _chrome(rng, lang, publisher, story.place, heads[6:] or heads)
    labels.extend(chrome_labels)
    names = BYLINE_NAMES[lang]
    byline = rng.choice((rng.choice(names), ctx.agency, f"{rng.choice(names)}, {ctx.agency}"))
    render = templates.TEMPLATES[template_index]
    parts = templates.Parts(
        publisher=publisher, domain=domain, headline=story.headline, dek=story.dek,
        byline=byline, date=rng.choice(DATES[lang]), lang=lang, body=tuple(body),
        after=tuple(after), chrome=chrome)
    content, traps, figures = content_strings(story)
    name = render.__name__
    page_id = f"{story.story_id}-{name[:3]}"
    url = f"https://www.{domain}/{lang}/2026/12/{_slug(story.headline)}"
    return Page(page_id, url, name, HALF, lang, story.story_id, story.finance, render(parts),
                tuple(content), tuple(traps), tuple(figures), _dedupe(labels, content))


def make_stories(rng: random.Random) -> list[Story]:
    """The set's stories, foreign ones spread through the English ones."""
    specs = [("en", EN_FAMILIES[i % len(EN_FAMILIES)]) for i in range(STORIES - len(FOREIGN))]
    specs += [(lang, "city") for lang in FOREIGN]
    rng.shuffle(specs)
    stories: list[Story] = []
    for i, (lang, family) in enumerate(specs):
        while True:  # every story its own headline (related lists print the others')
            story = make_story(random.Random(rng.getrandbits(64)), f"f{i:02d}", lang, family)
            if all(s.headline != story.headline for s in stories):
                break
        stories.append(story)
    return stories


def build_pages(seed: int = 20261207) -> list[Page]:
    """All pages: every story on three different templates, each template as often.

    Stories are taken four at a time; each group of four fills the twelve templates in a
    fresh random order, so a story's three copies are on three different sites and every
    template carries ``STORIES * COPIES / 12`` pages.
    """
    rng = random.Random(seed)
    stories = make_stories(rng)
    n = len(templates.TEMPLATES)
    per_round = n // COPIES
    pages: list[Page] = []
    for start in range(0, len(stories), per_round):
        group = stories[start:start + per_round]
        order = list(range(n))
        rng.shuffle(order)
        for j, story in enumerate(group):
            pool = [s.headline for s in stories if s is not story and s.lang == story.lang]
            pool += EXTRA_HEADLINES[story.lang]
            pick = random.Random(rng.getrandbits(64))
            for copy in range(COPIES):
                others = tuple(pick.sample(pool, k=min(10, len(pool))))
                pages.append(build_page(pick, story, order[j * COPIES + copy], others))
    return pages
