"""Build the unseen-template pages and their labels.

``build_pages(seed)`` makes ``STORIES`` stories and lays each out on three of the twelve
templates (a wire story syndicated to three sites), 120 pages in all. Every page gets
in-article noise between its paragraphs (four to seven widgets), noise after the text
inside the article container, and site chrome outside it; each widget is drawn from the
template's half of the noise banks. The labels say, for each page, which strings are
content (sentences, sub-headings, list items), which of those are traps (content that
names a noise family) and finance figures, and which strings are noise, of what kind and
where. Deterministic from the seed.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from eval.unseen import noise, templates
from eval.unseen.prose import Block, Story, make_story

STORIES = 40
COPIES = 3
#: (language, family) of the stories that are not in English: six of forty.
FOREIGN = (("de", "council"), ("de", "transit"), ("fr", "council"), ("fr", "transit"),
           ("es", "council"), ("es", "transit"))
EN_FAMILIES = ("council", "transit", "weather", "health", "tech", "courts", "sport", "markets")
PUBLISHERS = (
    ("The Harbor Courier", "harborcourier.example"), ("Valley Ledger", "valleyledger.example"),
    ("Northgate Post", "northgatepost.example"), ("Metro Daily Star", "metrodailystar.example"),
    ("The Plainsman", "plainsman.example"), ("Coastline News", "coastlinenews.example"),
    ("Riverbend Gazette", "riverbendgazette.example"), ("The Civic Observer",
                                                        "civicobserver.example"),
    ("Highland Times", "highlandtimes.example"), ("Bay Area Bulletin", "baybulletin.example"),
    ("The Tri-County Record", "tricountyrecord.example"), ("Eastside Herald",
                                                            "eastsideherald.example"),
)
AGENCIES = ("Continental Press Service", "Metro Wire", "Global News Exchange",
            "Allied Newswire", "The Conversation Network")
#: Kinds placed between paragraphs, and the kinds placed after the text.
IN_ARTICLE = ("promo", "disclaimer", "newsletter", "caption", "related", "share", "ad",
              "embed", "ticker")
AFTER = ("footer", "footer", "disclaimer", "share", "related", "newsletter")


@dataclass(frozen=True, slots=True)
class NoiseLabel:
    """One noise string: its ``kind`` and ``where`` ("in-article", "after", "outside")."""

    text: str
    kind: str
    where: str


@dataclass(frozen=True, slots=True)
class Page:
    """One generated page with its labels."""

    page_id: str
    url: str
    template: str
    half: str
    lang: str
    story_id: str
    finance: bool
    html: str
    content: tuple[str, ...]
    traps: tuple[str, ...]
    figures: tuple[str, ...]
    noise: tuple[NoiseLabel, ...]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def _chrome(ctx: noise.Context, where: str) -> tuple[str, list[NoiseLabel]]:
    """The site's navigation, sidebar or footer chrome, with its labels."""
    rng = ctx.rng
    if where == "nav":
        items = ["Home", "Local News", "Politics", "Business", "Sport", "Opinion",
                 "Weather", "Subscribe today"]
        skip = "Skip to main content"
        html = (f'<a class="skip" href="#main">{skip}</a><ul class="menu">'
                + "".join(f'<li><a href="/{_slug(i)}">{i}</a></li>' for i in items) + "</ul>")
        return html, [NoiseLabel(skip, "chrome", "outside"),
                      NoiseLabel("Subscribe today", "chrome", "outside")]
    if where == "sidebar":
        heads = list(ctx.headlines)
        rng.shuffle(heads)
        title = rng.choice(["Trending now", "Popular this week", "Editors' picks",
                            "Latest headlines"])
        html = (f"<h3>{title}</h3><ul>" + "".join(
            f'<li><a href="/s/{_slug(h)}">{h}</a></li>' for h in heads[:4]) + "</ul>")
        return html, [NoiseLabel(title, "chrome", "outside")] + [
            NoiseLabel(h, "chrome", "outside") for h in heads[:4]]
    lines = [f"© 2026 {ctx.publisher} Media Group", "Privacy policy · Terms of use · Cookies",
             f"Contact {ctx.publisher}: newsroom@{ctx.domain}"]
    html = "".join(f"<p>{line}</p>" for line in lines)
    return html, [NoiseLabel(line, "chrome", "outside") for line in lines]


def _widget(kind: str, ctx: noise.Context, half: str) -> noise.Widget:
    if ctx.lang != "en":
        local = noise.local_widget(kind, ctx.lang, half)
        if local is not None:
            return local
    return ctx.rng.choice(noise.variants(kind, half))(ctx)


def _content_strings(story: Story) -> tuple[list[str], list[str], list[str]]:
    content: list[str] = []
    traps: list[str] = []
    figures: list[str] = []
    for block in story.blocks:
        content.extend(block.sentences)
        if block.kind == "p" and block.traps:
            traps.append(block.sentences[-1])  # the trap sentence closes its paragraph
        elif block.kind in ("h2", "ul"):
            traps.extend(block.sentences)  # sub-headings and list items
        figures.extend(block.figures)
    return content, traps, figures


def build_page(rng: random.Random, story: Story, template_index: int,
               other_headlines: tuple[str, ...]) -> Page:
    """Lay ``story`` out on template ``template_index`` with noise from its half."""
    half = templates.half(template_index)
    publisher, domain = PUBLISHERS[template_index]
    ctx = noise.Context(rng=rng, lang=story.lang, publisher=publisher, domain=domain,
                        agency=rng.choice(AGENCIES), person=story.people[0],
                        place=_place(story), headlines=other_headlines)
    labels: list[NoiseLabel] = []
    body: list[Block | str] = list(story.blocks)
    kinds = list(IN_ARTICLE)
    if story.lang != "en":  # foreign pages: the families written in their language
        kinds = ["newsletter", "disclaimer", "promo", "caption", "share", "embed"]
    rng.shuffle(kinds)
    for kind in kinds[:rng.randint(4, 7)]:
        widget = _widget(kind, ctx, half)
        # Captions may open the story; disclaimers open or close it; the rest sit
        # between paragraphs (never before the first).
        if kind == "caption":
            at = rng.randint(0, len(body) - 1)
        elif kind == "disclaimer":
            at = rng.choice((0, len(body)))
        else:
            at = rng.randint(1, len(body) - 1)
        body.insert(at, widget.html)
        labels.extend(NoiseLabel(s, kind, "in-article") for s in widget.strings)
    after: list[str] = []
    after_kinds = list(AFTER)
    rng.shuffle(after_kinds)
    for kind in after_kinds[:rng.randint(2, 4)]:
        widget = _widget(kind, ctx, half)
        after.append(widget.html)
        labels.extend(NoiseLabel(s, kind, "after") for s in widget.strings)
    chrome = {}
    for where in ("nav", "sidebar", "footer"):
        chrome[where], chrome_labels = _chrome(ctx, where)
        labels.extend(chrome_labels)
    render = templates.TEMPLATES[template_index]
    parts = templates.Parts(
        publisher=publisher, headline=story.headline, dek=story.dek,
        byline=rng.choice(("Staff reporter", f"{ctx.agency} reporter", "Newsroom staff")),
        date="2026-12-0" + str(rng.randint(1, 5)), lang=story.lang, body=tuple(body),
        after=tuple(after), nav=chrome["nav"], sidebar=chrome["sidebar"],
        footer=chrome["footer"])
    content, traps, figures = _content_strings(story)
    page_id = f"{story.story_id}-{render.__name__[:3]}"
    url = f"https://www.{domain}/news/2026/12/{_slug(story.headline)}"
    return Page(page_id, url, render.__name__, half, story.lang, story.story_id,
                story.finance, render(parts), tuple(content), tuple(traps),
                tuple(figures), _dedupe(labels, content))


def _place(story: Story) -> str:
    from eval.unseen.prose import PLACES

    return next((p for p in PLACES[story.lang] if p in story.headline),
                PLACES[story.lang][0])


def _dedupe(labels: list[NoiseLabel], content: list[str]) -> tuple[NoiseLabel, ...]:
    """Each noise string once; none that is also a content string (never happens by
    construction, but a label must not punish keeping content)."""
    seen: set[str] = set()
    out: list[NoiseLabel] = []
    body = "\n".join(content)
    for label in labels:
        if label.text in seen or label.text in body:
            continue
        seen.add(label.text)
        out.append(label)
    return tuple(out)


def build_pages(seed: int = 20261206) -> list[Page]:
    """All pages of the set: ``STORIES`` x ``COPIES``, ten per template."""
    rng = random.Random(seed)
    stories: list[Story] = []
    for i in range(STORIES):
        if i >= STORIES - len(FOREIGN):
            lang, family = FOREIGN[i - (STORIES - len(FOREIGN))]
        else:
            lang, family = "en", EN_FAMILIES[i % len(EN_FAMILIES)]
        stories.append(make_story(random.Random(rng.getrandbits(64)), f"s{i:02d}", lang,
                                  family))
    pages: list[Page] = []
    n = len(templates.TEMPLATES)
    for i, story in enumerate(stories):
        others = tuple(s.headline for s in stories if s is not story and s.lang == "en")
        pick = random.Random(rng.getrandbits(64))
        for copy in range(COPIES):
            template_index = (i * COPIES + copy) % n
            pages.append(build_page(pick, story, template_index,
                                    tuple(pick.sample(others, 5))))
    return pages
