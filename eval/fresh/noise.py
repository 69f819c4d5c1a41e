"""Publisher noise for the fresh evaluation: labelled widgets in wordings of their own.

Each (language, kind) has a bank of variants; a variant is a function of the page's
``Context`` returning a ``Widget``: its HTML and the visible strings that are noise, one
label per line or sentence as a reader sees it. The wordings were written from what news
sites print (US local papers and broadcasters, UK, Irish, Australian, Indian and Canadian
sites, wire services, aggregators, magazines, and German, French, Spanish, Italian,
Portuguese and Dutch sites), not from ``eval/unseen``'s banks and not from newsrake's rules.

Kinds: ``promo`` (calls to action: podcasts, apps, alerts, channels, e-paper, donations),
``disclaimer`` (syndication, wire, aggregator, licence and translation notes),
``newsletter`` (sign-up lines and boxes, with and without an e-mail field),
``caption`` (photo captions and credit lines), ``footer`` (what follows a story: credit
lines, tip lines, tags, bios, timestamps, comment notices, standards, corrections),
``related`` (link lists and inline "read more" lines), ``share`` (share bars, counters,
tools), ``ticker`` (market data that is not the story's), ``embed`` (social posts and
video players) and ``ad`` (advertisement labels and sponsored links).

English has at least eight variants of every kind; German, French, Spanish, Italian,
Portuguese and Dutch have two or three of newsletter, disclaimer, promo, caption, related
and footer, and one or two of ad and share.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape as _e
from typing import TypeVar

T = TypeVar("T")

LANGS = ("en", "de", "fr", "es", "it", "pt", "nl")
KINDS = ("promo", "disclaimer", "newsletter", "caption", "footer", "related", "share",
         "ticker", "embed", "ad")


@dataclass(frozen=True, slots=True)
class Context:
    """What a variant may mention."""

    rng: random.Random
    lang: str
    publisher: str
    domain: str
    agency: str
    partner: str  # a publication a story is syndicated from
    reporter: str  # a staff writer (bios, credit lines); not the page's byline
    person: str  # someone in the story (captions)
    place: str
    headlines: tuple[str, ...]  # other stories' headlines in the page's language


@dataclass(frozen=True, slots=True)
class Widget:
    """One noise widget: ``html`` to place and ``strings``, the noise texts it prints."""

    kind: str
    html: str
    strings: tuple[str, ...]


Variant = Callable[[Context], Widget]
BANKS: dict[tuple[str, str], list[Variant]] = {}


def variant(kind: str, lang: str = "en") -> Callable[[Variant], Variant]:
    """Register a variant in the (``lang``, ``kind``) bank."""
    def register(fn: Variant) -> Variant:
        BANKS.setdefault((lang, kind), []).append(fn)
        return fn
    return register


def bank(kind: str, lang: str) -> list[Variant]:
    """The variants of ``kind`` in ``lang`` (empty when that language has none)."""
    return BANKS.get((lang, kind), [])


def _w(kind: str, html: str, *strings: str) -> Widget:
    return Widget(kind, html, tuple(s for s in strings if s))


def _img(c: Context, alt: str = "") -> str:
    name = zlib.crc32(f"{c.domain}/{alt}/{c.rng.random()}".encode()) % 999983
    return (f'<img src="https://static.{c.domain}/images/{name}.jpg" alt="{_e(alt)}" '
            'loading="lazy" width="1200" height="800">')


def _pick(c: Context, items: Sequence[T]) -> T:
    return c.rng.choice(items)


def _heads(c: Context, k: int) -> list[str]:
    heads = list(c.headlines)
    c.rng.shuffle(heads)
    return heads[:k]


PHOTOGS = ["Marta Kowalczyk", "Declan Furey", "Priyanka Saha", "Jon Ekwueme", "Ruth Abernethy",
           "Luis Echeverría", "Hamish Doig", "Ayako Mori", "Thandiwe Nkosi", "Piotr Zielinski"]
EDITORS = ["Alison Ferrante", "Mark Heinrich", "Sonali Paul", "Jan Harvey", "Toby Chopra",
           "Gareth Jones"]
HANDLES = [("Kerry Ashdown", "kashdown_news"), ("Local Weather Watch", "wxwatchlocal"),
           ("Sam Oduya", "samoduya"), ("Fire & Rescue Service", "fireservice_ops"),
           ("Bea Lindgren", "bealindgren")]
ADVERTORIALS = [
    ("Homeowners in {place} are switching to this clever roof upgrade", "HomeAdvice Weekly"),
    ("The simple morning habit doctors say helps with stiff joints", "Healthy Living Tips"),
    ("Here's what a new walk-in shower should cost you in 2026", "Bathroom Pros"),
    ("Retirees are rethinking their savings after this announcement", "SmartSaver Review"),
    ("The 5 best travel credit cards of 2026, ranked by experts", "CardCompare"),
    ("This solar deal has {place} residents talking", "Green Energy Finder"),
]
CAPTIONS_EN = [
    "Residents watch from the pavement as crews work in {place}.",
    "{person} speaks to reporters earlier this week.",
    "The {place} waterfront seen from the north bank.",
    "Traffic backs up on the approach road into {place}.",
    "A sign at the entrance to the civic offices in {place}.",
    "Volunteers hand out leaflets in the centre of {place}.",
    "{person}, pictured at a meeting in {place} last month.",
]
ARROWS = ("\u25b2", "\u25bc")
DATES_EN = ["Thursday, December 3, 2026", "Friday, December 4, 2026",
            "Saturday, December 5, 2026"]


def _desc(c: Context) -> str:
    return _pick(c, CAPTIONS_EN).format(place=c.place, person=c.person)


def _pct(c: Context) -> str:
    """A two-decimal percentage change (story figures have one decimal)."""
    return f"{c.rng.choice('+-')}{c.rng.randint(0, 3)}.{c.rng.randint(1, 99):02d}%"


# =========================================================================== English
# --------------------------------------------------------------------------- promo

@variant("promo")
def promo_podcast_plug(c: Context) -> Widget:
    a = (f"PODCAST: Catch up on the week in {c.place} with {c.publisher} Weekly, out every "
         "Friday on Apple Podcasts and Spotify.")
    return _w("promo", f'<p class="podcast-plug"><a href="/podcasts/weekly"><strong>PODCAST:'
              f'</strong> {_e(a[9:])}</a></p>', a)


@variant("promo")
def promo_app_box(c: Context) -> Widget:
    h = f"Read it first in the {c.publisher} app"
    a = "Personalised alerts, offline reading and the full e-paper, free for subscribers."
    return _w("promo", f'<aside class="app-promo" aria-label="App"><h4>{_e(h)}</h4>'
              f'<p>{_e(a)}</p><a class="button button--primary" href="/app">Download now</a>'
              "</aside>", h, a, "Download now")


@variant("promo")
def promo_push(c: Context) -> Widget:
    a = (f"Never miss a story from {c.place}: switch on push notifications and we'll tell you "
         "when news breaks.")
    return _w("promo", f'<div class="notification-cta"><p>{_e(a)}</p>'
              '<button type="button">Allow notifications</button></div>', a,
              "Allow notifications")


@variant("promo")
def promo_whatsapp_channel(c: Context) -> Widget:
    a = f"Get the latest {c.place} news and live updates on the {c.publisher} WhatsApp channel."
    return _w("promo", f'<p><em>{_e(a)} <a href="https://whatsapp.com/channel/0029">Click here '
              "to join</a></em></p>", a, "Click here to join")


@variant("promo")
def promo_youtube_caps(c: Context) -> Widget:
    a = (f"WATCH MORE: Hit subscribe on the {c.publisher} YouTube channel so you never miss a "
         "bulletin")
    return _w("promo", f'<p>\u25b6\ufe0f <b>WATCH MORE:</b> <a href="https://youtube.com/@x">'
              f"{_e(a[12:])}</a></p>", a)


@variant("promo")
def promo_google_news(c: Context) -> Widget:
    a = f"Follow {c.publisher} on Google News and add us as a preferred source in your searches."
    return _w("promo", '<div class="gnews-follow"><img src="/static/gnews.svg" alt="">'
              f'<p>{_e(a)}</p><a class="btn-follow" href="https://news.google.com/">Follow us</a>'
              "</div>", a, "Follow us")


@variant("promo")
def promo_text_alerts(c: Context) -> Widget:
    a = "Get breaking news by text: Text NEWS to 55-1234 to sign up."
    b = "Msg & data rates may apply."
    return _w("promo", "<p><strong>Get breaking news by text:</strong> Text NEWS to 55-1234 to "
              f"sign up. <small>{_e(b)}</small></p>", a, b)


@variant("promo")
def promo_stream_live(c: Context) -> Widget:
    h = f"Watch {c.publisher} live"
    a = "Stream our newscasts free on the app, Roku, Fire TV and Apple TV."
    return _w("promo", f'<section class="watch-live"><h3>{_e(h)}</h3><p>{_e(a)}</p>'
              '<a href="/live">Start watching</a></section>', h, a, "Start watching")


@variant("promo")
def promo_epaper(c: Context) -> Widget:
    a = "Flick through today's print edition in our digital replica."
    return _w("promo", '<div class="epaper-teaser"><span class="label">SUBSCRIBER EXCLUSIVE'
              f'</span><p>{_e(a)}</p><a href="/e-edition">Open the e-paper</a></div>',
              "SUBSCRIBER EXCLUSIVE", a, "Open the e-paper")


@variant("promo")
def promo_support(c: Context) -> Widget:
    h = "Before you go\u2026"
    a = f"Independent local reporting in {c.place} depends on readers like you."
    b = "Chip in from just $1 a month."
    return _w("promo", f'<aside class="support-box"><h3>{_e(h)}</h3><p>{_e(a)} {_e(b)}</p>'
              '<a class="cta" href="/support">Support us</a></aside>', h, a, b, "Support us")


@variant("promo")
def promo_apple_news(c: Context) -> Widget:
    a = f"Read more stories like this one on Apple News: follow {c.publisher}."
    return _w("promo", f'<p class="apple-news">Read more stories like this one on Apple News: '
              f'<a href="https://apple.news/x">follow {_e(c.publisher)}</a>.</p>', a)


@variant("promo")
def promo_smart_speaker(c: Context) -> Widget:
    a = (f"Hear the latest {c.place} headlines on your smart speaker: just ask it to play "
         f"{c.publisher} News.")
    return _w("promo", f"<p><i>{_e(a)}</i></p>", a)


# --------------------------------------------------------------------------- disclaimer

@variant("disclaimer")
def disc_wire_feed(c: Context) -> Widget:
    a = ("This story has been published from a wire agency feed without modifications to the "
         "text.")
    b = "Only the headline has been changed."
    return _w("disclaimer", f"<p><em>({_e(a)} {_e(b)})</em></p>", a, b)


@variant("disclaimer")
def disc_first_appeared(c: Context) -> Widget:
    a = f"This article originally appeared on {c.partner}."
    return _w("disclaimer", f'<p class="syndication-note">This article originally appeared on '
              f'<a href="https://partner.example/">{_e(c.partner)}</a>. <a href="#">View the '
              "original here</a>.</p>", a, "View the original here.")


@variant("disclaimer")
def disc_republished(c: Context) -> Widget:
    a = f"Republished with permission of {c.partner}."
    b = "Any views expressed are the author's own."
    return _w("disclaimer", f'<div class="republish-note"><p>{_e(a)} {_e(b)}</p></div>', a, b)


@variant("disclaimer")
def disc_wire_copyright(c: Context) -> Widget:
    a = (f"Copyright 2026 {c.agency}. All rights reserved. This material may not be published, "
         "broadcast, rewritten or redistributed without permission.")
    return _w("disclaimer", f'<p class="copyright-wire">{_e(a)}</p>', a)


@variant("disclaimer")
def disc_auto_aggregated(c: Context) -> Widget:
    a = (f"Disclaimer: This story is auto-aggregated by a computer program and has not been "
         f"created or edited by {c.publisher}.")
    b = f"Publisher: {c.agency}"
    return _w("disclaimer", f'<div class="disclaimer-box"><p><b>Disclaimer:</b>{_e(a[11:])}'
              f"</p><p>{_e(b)}</p></div>", a, b)


@variant("disclaimer")
def disc_partnership(c: Context) -> Widget:
    a = (f"This article is part of a content-sharing partnership between {c.publisher} and "
         f"{c.partner}.")
    return _w("disclaimer", f"<p><small>{_e(a)}</small></p>", a)


@variant("disclaimer")
def disc_editors_note(c: Context) -> Widget:
    a = (f"Editor's note: This story was first published by {c.partner} and has been updated "
         "with local details.")
    return _w("disclaimer", f"<p><i>{_e(a)}</i></p>", a)


@variant("disclaimer")
def disc_ai_translation(c: Context) -> Widget:
    lang = _pick(c, ["Spanish", "German", "Portuguese", "Japanese", "French"])
    a = (f"This article was translated from {lang} with the help of AI tools and checked by "
         "an editor.")
    return _w("disclaimer", '<aside class="ai-note"><span class="icon" aria-hidden="true">'
              f"\u24d8</span> <p>{_e(a)}</p></aside>", a)


@variant("disclaimer")
def disc_redistribution(c: Context) -> Widget:
    a = (f"\u00a9 {c.agency} 2026. Republication or redistribution of this content, including "
         "by framing or similar means, is prohibited without prior written consent.")
    return _w("disclaimer", f'<p class="legal-notice">{_e(a)}</p>', a)


@variant("disclaimer")
def disc_caps_wire(c: Context) -> Widget:
    a = "THIS IS A WIRE SERVICE STORY."
    b = f"IT HAS NOT BEEN EDITED BY {c.publisher.upper()} STAFF."
    return _w("disclaimer", f"<p><strong>{_e(a)} {_e(b)}</strong></p>", a, b)


@variant("disclaimer")
def disc_opinion(c: Context) -> Widget:
    a = (f"The opinions in this piece are the writer's and do not represent the editorial "
         f"position of {c.publisher}.")
    return _w("disclaimer", f'<div class="op-disclaimer"><p>{_e(a)}</p></div>', a)


# --------------------------------------------------------------------------- newsletter

def _email(button: str, label: str = "Email address", placeholder: str = "Enter your email"
           ) -> str:
    return (f'<form class="nl-form" action="/newsletters/subscribe" method="post">'
            f'<label class="sr-only" for="nl-email">{_e(label)}</label>'
            f'<input type="email" id="nl-email" name="email" placeholder="{_e(placeholder)}" '
            f'required><button type="submit">{_e(button)}</button></form>')


@variant("newsletter")
def nl_evening_wrap(c: Context) -> Widget:
    h = f"Get the {c.publisher} Evening Wrap"
    a = "Every weekday at 5pm, the stories you need before dinner."
    b = "By subscribing, you agree to our Terms of Use and acknowledge our Privacy Policy."
    d = ("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of "
         "Service apply.")
    return _w("newsletter", f'<div class="newsletter-signup"><h3>{_e(h)}</h3><p>{_e(a)}</p>'
              f'{_email("Subscribe for free")}<p class="fine-print">{_e(b)}</p>'
              f'<p class="fine-print">{_e(d)}</p></div>', h, a, "Subscribe for free", b, d)


@variant("newsletter")
def nl_bold_link_line(c: Context) -> Widget:
    a = (f"Sign up for {c.place} Today, our free morning newsletter, and start your day with "
         "the local headlines.")
    return _w("newsletter", f'<p><strong><a href="/newsletters">Sign up for {_e(c.place)} Today'
              "</a></strong>, our free morning newsletter, and start your day with the local "
              "headlines.</p>", a)


@variant("newsletter")
def nl_success(c: Context) -> Widget:
    h, a = "Thanks for signing up!", "Look out for your first edition in your inbox tomorrow."
    return _w("newsletter", f'<div class="nl-success" role="status"><h4>{_e(h)}</h4>'
              f"<p>{_e(a)}</p></div>", h, a)


@variant("newsletter")
def nl_hub(c: Context) -> Widget:
    h = "Newsletters"
    a = "Choose from more than 20 free newsletters on politics, sport, food and more."
    return _w("newsletter", f'<section class="newsletter-hub"><h3>{_e(h)}</h3><p>{_e(a)}</p>'
              '<a href="/newsletters">See all newsletters</a></section>', h, a,
              "See all newsletters")


@variant("newsletter")
def nl_daily_briefing(c: Context) -> Widget:
    h = f"Sign up to {c.publisher} Daily Briefing"
    a = "Our free newsletter, delivered every morning at 6am"
    b = ("Privacy notice: our newsletters may include information about partners, online ads "
         "and content funded by outside parties.")
    return _w("newsletter", f'<aside class="nl-embed"><p class="nl-title">{_e(h)}</p>'
              f'<p class="nl-desc">{_e(a)}</p>{_email("Sign up")}<p class="nl-privacy">{_e(b)}'
              "</p></aside>", h, a, b)


@variant("newsletter")
def nl_caps_box(c: Context) -> Widget:
    h = "FREE NEWSLETTER"
    a = f"The best of {c.publisher}, hand-picked by our editors, every Sunday."
    return _w("newsletter", f'<div class="nl-box"><span class="nl-kicker">{_e(h)}</span>'
              f'<p>{_e(a)}</p>{_email("Sign me up", "Your email", "Your email")}</div>',
              h, a, "Sign me up")


@variant("newsletter")
def nl_morning_edition(c: Context) -> Widget:
    h = f"Start the day with the {c.publisher} Morning Edition"
    a, b = "Our daily newsletter lands before 7am.", "Enjoy independent, trusted journalism."
    return _w("newsletter", f'<div class="newsletter-callout"><h3>{_e(h)}</h3><p>{_e(a)} '
              f'{_e(b)}</p><input type="email" name="e" placeholder="Enter your email">'
              "<button>Subscribe</button></div>", h, a, b)


@variant("newsletter")
def nl_stay_updated(c: Context) -> Widget:
    a = "Subscribe to our newsletter and stay updated with the top stories of the day."
    return _w("newsletter", f'<div class="subscribe-newsletter"><p>{_e(a)}</p>'
              '<button class="subscribe-btn">Subscribe Now</button></div>', a, "Subscribe Now")


@variant("newsletter")
def nl_get_the(c: Context) -> Widget:
    name = _pick(c, ["Weekender", "Long Read", "Sunday Supplement"])
    a = f"Get the {name} newsletter: the week's best reads from {c.publisher}, every Sunday."
    return _w("newsletter", f'<p class="nl-inline"><em><a href="/nl/{name.lower()}">{_e(a)}'
              "</a></em></p>", a)


@variant("newsletter")
def nl_agree_privacy(c: Context) -> Widget:
    h = "Want more stories like this?"
    a = "Get our politics newsletter in your inbox twice a week."
    b = "By signing up you agree to our Privacy Policy and Terms of Use."
    d = "You can unsubscribe at any time."
    return _w("newsletter", f'<section class="inline-newsletter"><h2>{_e(h)}</h2><p>{_e(a)}</p>'
              f'{_email("Sign up")}<small>{_e(b)} {_e(d)}</small></section>', h, a, b, d)


@variant("newsletter")
def nl_daily_headlines(c: Context) -> Widget:
    a = (f"Sign up to receive daily headline news from {c.publisher}, a division of "
         f"{c.publisher} Media Inc.")
    b = "By clicking on the sign up button you consent to receive the above newsletter."
    return _w("newsletter", f'<div class="nl-daily"><p>{_e(a)}</p>{_email("Sign Up")}'
              f'<p class="consent">{_e(b)}</p></div>', a, b)


# --------------------------------------------------------------------------- caption

@variant("caption")
def cap_file_photo(c: Context) -> Widget:
    ph = _pick(c, PHOTOGS)
    a = (f"FILE PHOTO: A general view of the harbour front in {c.place}, October 14, 2025. "
         f"REUTERS/{ph}/File Photo")
    return _w("caption", f'<figure class="image-container">{_img(c, "harbour")}'
              f"<figcaption>{_e(a)}</figcaption></figure>", a)


@variant("caption")
def cap_ap_photo(c: Context) -> Widget:
    a, b = _desc(c), f"(AP Photo/{_pick(c, PHOTOGS)})"
    return _w("caption", f'<figure class="image">{_img(c, "scene")}<figcaption>'
              f'<span class="caption-text">{_e(a)}</span> <span class="credit">{_e(b)}</span>'
              "</figcaption></figure>", a, b)


@variant("caption")
def cap_getty_slash(c: Context) -> Widget:
    a, b = _desc(c), f"Photo: {_pick(c, PHOTOGS)} / Getty Images"
    return _w("caption", f'<div class="media">{_img(c, "getty")}<div class="media-caption">'
              f'<p>{_e(a)}</p><p class="media-credit">{_e(b)}</p></div></div>', a, b)


@variant("caption")
def cap_image_credit(c: Context) -> Widget:
    a, b = _desc(c), f"Image credit: {_pick(c, PHOTOGS)}"
    return _w("caption", f"<figure>{_img(c, 'credit')}<figcaption>{_e(a)}<br><i>{_e(b)}</i>"
              "</figcaption></figure>", a, b)


@variant("caption")
def cap_supplied(c: Context) -> Widget:
    a = _desc(c)
    return _w("caption", f'<figure class="story-image">{_img(c, "supplied")}<figcaption>'
              f'{_e(a)} <span class="credit">Picture: Supplied</span></figcaption></figure>',
              a, "Picture: Supplied")


@variant("caption")
def cap_pictured(c: Context) -> Widget:
    a = f"Pictured: {c.person} outside the {c.place} offices earlier this year"
    return _w("caption", f'<p class="pic-caption"><strong>Pictured:</strong> {_e(a[10:])}</p>', a)


@variant("caption")
def cap_credit_dots(c: Context) -> Widget:
    a, b = _desc(c), f"Credit...{_pick(c, PHOTOGS)} for {c.publisher}"
    return _w("caption", f'<figure class="img-sz-large">{_img(c, "nyt")}<figcaption>'
              f'<span class="caption">{_e(a)}</span><span class="credit">{_e(b)}</span>'
              "</figcaption></figure>", a, b)


@variant("caption")
def cap_representative(c: Context) -> Widget:
    a, b = "Representative image.", f"(Photo: {c.publisher} archive)"
    return _w("caption", f'<figure class="rep-image">{_img(c, "representative")}<figcaption>'
              f"{_e(a)} {_e(b)}</figcaption></figure>", a, b)


@variant("caption")
def cap_gallery(c: Context) -> Widget:
    a = _desc(c)
    n = c.rng.randint(6, 24)
    return _w("caption", f'<div class="gallery-teaser">{_img(c, "gallery")}<span class="count">'
              f'1/{n}</span><p>{_e(a)}</p><a href="/gallery">View gallery</a></div>', a,
              "View gallery")


@variant("caption")
def cap_em_line(c: Context) -> Widget:
    a = f"{_desc(c).rstrip('.')}. Image: {_pick(c, PHOTOGS)}/{c.agency}"
    return _w("caption", f"<p><em>{_e(a)}</em></p>", a)


@variant("caption")
def cap_image_source(c: Context) -> Widget:
    src = _pick(c, ["Getty Images", "EPA", c.agency, "Handout"])
    a, b = f"Image source, {src}", f"Image caption, {_desc(c)}"
    return _w("caption", f'<figure>{_img(c, "bbc")}<p class="image-source"><span class="vh">'
              f'Image source, </span>{_e(src)}</p><figcaption><span class="vh">Image caption, '
              f"</span>{_e(b[15:])}</figcaption></figure>", a, b)


# --------------------------------------------------------------------------- footer

@variant("footer")
def foot_reporting_by(c: Context) -> Widget:
    r2, ed = _pick(c, PHOTOGS[5:]), _pick(c, EDITORS)
    a = (f"(Reporting by {c.reporter} in {c.place}; additional reporting by {r2}; "
         f"Editing by {ed})")
    return _w("footer", f'<p class="credit-line">{_e(a)}</p>', a)


@variant("footer")
def foot_tip_box(c: Context) -> Widget:
    h = "Have a news tip?"
    a = "Contact our newsroom on 555-0142 or send us a message through our secure tip form."
    return _w("footer", f'<div class="tip-box"><h4>{_e(h)}</h4><p>{_e(a)}</p></div>', h, a)


@variant("footer")
def foot_topics(c: Context) -> Widget:
    tags = [c.place, *c.rng.sample(["Local government", "Housing", "Transport", "Health",
                                    "Courts", "Weather", "Business", "Education"], 2)]
    a = "Topics: " + ", ".join(tags)
    return _w("footer", '<div class="topics"><strong>Topics:</strong> ' + ", ".join(
        f'<a href="/topic/{i}">{_e(t)}</a>' for i, t in enumerate(tags)) + "</div>", a)


@variant("footer")
def foot_author_card(c: Context) -> Widget:
    beat = _pick(c, ["city hall and transport", "health and social care", "courts and crime",
                     "business and the economy"])
    a = f"{c.reporter} covers {beat} for {c.publisher}."
    b = f"Before joining the newsroom in 2021, they reported for {c.partner}."
    d = f"Follow {c.reporter} on X"
    return _w("footer", f'<div class="author-card">{_img(c, "author")}<div><p class="author-name">'
              f'{_e(c.reporter)}</p><p>{_e(a)} {_e(b)}</p><a href="https://x.com/">{_e(d)}</a>'
              "</div></div>", a, b, d)


@variant("footer")
def foot_timestamps(c: Context) -> Widget:
    h, m = c.rng.randint(1, 11), c.rng.randint(10, 59)
    a = f"Updated {h}:{m} PM EST, Fri December 4, 2026"
    b = "First published on Thursday 3 December 2026"
    return _w("footer", f'<div class="timestamps"><p>{_e(a)}</p><p>{_e(b)}</p></div>', a, b)


@variant("footer")
def foot_comments_closed(c: Context) -> Widget:
    h, a = "Join the conversation", "Commenting has been closed for this story."
    return _w("footer", f'<section id="comments" class="comments"><h3>{_e(h)}</h3><p>{_e(a)}</p>'
              "</section>", h, a)


@variant("footer")
def foot_our_standards(c: Context) -> Widget:
    a = f"Our Standards: The {c.agency} Editorial Principles."
    return _w("footer", f'<p class="standards"><a href="/standards">{_e(a)}</a></p>', a)


@variant("footer")
def foot_correction(c: Context) -> Widget:
    a = (f"Correction, Dec. 4, 2026: An earlier version of this article misspelled the name of "
         f"an official in {c.place}.")
    head = "Correction, Dec. 4, 2026:"
    return _w("footer", f'<p class="correction"><strong>{head}</strong>'
              f"{_e(a[len(head):])}</p>", a)


@variant("footer")
def foot_civil_forum(c: Context) -> Widget:
    a = f"{c.publisher} is committed to maintaining a lively but civil forum for discussion."
    b = "Please keep comments relevant and respectful."
    return _w("footer", f'<div class="comments-policy"><p>{_e(a)} {_e(b)}</p>'
              '<a href="/community-guidelines">Read our community guidelines</a></div>', a, b,
              "Read our community guidelines")


@variant("footer")
def foot_reach(c: Context) -> Widget:
    user = c.reporter.lower().replace(" ", ".")
    a = f"Reach {c.reporter} at {user}@{c.domain}."
    return _w("footer", f"<p><em>{_e(a)}</em></p>", a)


@variant("footer")
def foot_copyright_division(c: Context) -> Widget:
    a = f"Copyright \u00a9 2026 {c.publisher}, a division of {c.publisher} Media Inc."
    return _w("footer", f'<p class="article-copyright"><small>{_e(a)}</small></p>', a)


# --------------------------------------------------------------------------- related

def _li(items: list[str]) -> str:
    return "".join(f'<li><a href="/news/{zlib.crc32(t.encode()) % 99991}">{_e(t)}</a></li>'
                   for t in items)


@variant("related")
def rel_more_from(c: Context) -> Widget:
    h, items = f"More from {c.publisher}", _heads(c, 3)
    return _w("related", f'<section class="more-from"><h3>{_e(h)}</h3><ul>{_li(items)}</ul>'
              "</section>", h, *items)


@variant("related")
def rel_might_like(c: Context) -> Widget:
    h, items = "You might also like", _heads(c, 3)
    cards = "".join(f'<a class="card" href="/n/{i}"><span class="kicker">NEWS</span>'
                    f'<span class="card-title">{_e(t)}</span></a>' for i, t in enumerate(items))
    return _w("related", f'<div class="also-like"><h4>{_e(h)}</h4>{cards}</div>', h, *items)


@variant("related")
def rel_read_next(c: Context) -> Widget:
    t = _heads(c, 1)[0]
    return _w("related", f'<div class="read-next"><span class="label">Read next</span> '
              f'<a href="/n/next">{_e(t)}</a></div>', "Read next", t)


@variant("related")
def rel_more_caps(c: Context) -> Widget:
    a = f"MORE: {_heads(c, 1)[0]}"
    return _w("related", f'<p><b>MORE:</b> <a href="/n/more">{_e(a[6:])}</a></p>', a)


@variant("related")
def rel_also_read_pipe(c: Context) -> Widget:
    a = f"ALSO READ | {_heads(c, 1)[0]}"
    return _w("related", f'<p><strong>ALSO READ | </strong><a href="/n/also">{_e(a[12:])}</a>'
              "</p>", a)


@variant("related")
def rel_related_caps(c: Context) -> Widget:
    a = f"RELATED: {_heads(c, 1)[0]}"
    return _w("related", f'<p class="related-inline"><a href="/n/rel"><strong>RELATED:</strong> '
              f"{_e(a[9:])}</a></p>", a)


@variant("related")
def rel_coverage(c: Context) -> Widget:
    h, items, a = "Related coverage", _heads(c, 2), f"See all coverage of {c.place}"
    return _w("related", f'<aside class="related-coverage"><h2>{_e(h)}</h2><ul>{_li(items)}'
              f'</ul><a href="/topic/place">{_e(a)}</a></aside>', h, *items, a)


@variant("related")
def rel_catch_up(c: Context) -> Widget:
    h, items = f"Catch up on our {c.place} coverage", _heads(c, 3)
    return _w("related", f'<div class="storyline"><p class="storyline-title">{_e(h)}</p>'
              f"<ol>{_li(items)}</ol></div>", h, *items)


@variant("related")
def rel_read_more_colon(c: Context) -> Widget:
    a = f"Read more: {_heads(c, 1)[0]}"
    return _w("related", f'<p><b>Read more:</b> <a href="/n/rm">{_e(a[11:])}</a></p>', a)


@variant("related")
def rel_latest_caps(c: Context) -> Widget:
    h, items = "LATEST STORIES", _heads(c, 4)
    return _w("related", f'<div class="latest-strip"><h5>{_e(h)}</h5><ul class="inline-list">'
              f"{_li(items)}</ul></div>", h, *items)


# --------------------------------------------------------------------------- share

@variant("share")
def share_tools(c: Context) -> Widget:
    return _w("share", '<div class="share-tools"><p class="share-title">Share this article</p>'
              '<button data-network="x">Share on X</button> <button data-network="fb">Share on '
              'Facebook</button> <button class="copy">Copy link</button></div>',
              "Share this article", "Share on X", "Share on Facebook", "Copy link")


@variant("share")
def share_engagement(c: Context) -> Widget:
    k = f"{c.rng.randint(1, 9)}.{c.rng.randint(1, 9)}K shares"
    n = f"{c.rng.randint(3, 480)} comments"
    return _w("share", f'<div class="engagement"><span class="shares">{k}</span> \u00b7 '
              f'<a href="#comments" class="comment-count">{n}</a></div>', k, n)


@variant("share")
def share_actions(c: Context) -> Widget:
    return _w("share", '<ul class="article-actions"><li><a href="mailto:">Email this story</a>'
              '</li><li><a href="#print">Print article</a></li><li><button>Save for later'
              "</button></li></ul>", "Email this story", "Print article", "Save for later")


@variant("share")
def share_toolbar(c: Context) -> Widget:
    m = f"{c.rng.randint(3, 9)} min read"
    return _w("share", f'<div class="toolbar"><span class="read-time">{m}</span> '
              '<button class="listen">Listen to this article</button> '
              '<button class="gift">Gift article</button></div>', m, "Listen to this article",
              "Gift article")


@variant("share")
def share_reactions(c: Context) -> Widget:
    a = "How did this story make you feel?"
    return _w("share", f'<div class="reactions"><p>{_e(a)}</p><button>\U0001f60a Happy</button>'
              "<button>\U0001f622 Sad</button><button>\U0001f620 Angry</button></div>", a)


@variant("share")
def share_spread(c: Context) -> Widget:
    return _w("share", '<div class="share-strip"><span>Spread the word:</span> <a>WhatsApp</a> '
              "<a>Telegram</a> <a>LinkedIn</a> <a>Reddit</a></div>", "Spread the word:")


@variant("share")
def share_caps(c: Context) -> Widget:
    return _w("share", '<p class="share-inline"><b>SHARE THIS STORY</b></p>', "SHARE THIS STORY")


@variant("share")
def share_follow_topic(c: Context) -> Widget:
    a = f"Follow {c.place} for updates on this story"
    return _w("share", f'<div class="follow-topic"><button class="follow">{_e(a)}</button>'
              "</div>", a)


# --------------------------------------------------------------------------- ticker

@variant("ticker")
def tick_asia(c: Context) -> Widget:
    rows = [f"{n} {c.rng.randint(5000, 82000):,}.{c.rng.randint(10, 99)} {_pct(c)}"
            for n in ("ASX 200", "Nikkei 225", "Hang Seng", "Sensex", "Nifty 50")]
    items = "".join(f'<li><span class="name">{_e(r.rsplit(" ", 2)[0])}</span> <span class="val">'
                    f'{_e(r.rsplit(" ", 2)[1])}</span> <span class="chg">{_e(r.rsplit(" ", 2)[2])}'
                    "</span></li>" for r in rows)
    return _w("ticker", f'<div class="market-bar"><h4>Markets at a glance</h4><ul>{items}</ul>'
              "</div>", "Markets at a glance", *rows)


@variant("ticker")
def tick_europe_table(c: Context) -> Widget:
    cells: list[str] = []
    body = ""
    for n in ("DAX", "CAC 40", "FTSE MIB", "IBEX 35", "AEX"):
        v, p = f"{c.rng.randint(600, 24000):,}.{c.rng.randint(10, 99)}", _pct(c)
        cells += [v, p]
        body += f"<tr><th>{n}</th><td>{v}</td><td>{p}</td></tr>"
    return _w("ticker", f'<table class="index-table"><tbody>{body}</tbody></table>', *cells)


@variant("ticker")
def tick_fx_rates(c: Context) -> Widget:
    rows = [f"{p} {c.rng.randint(0, 160)}.{c.rng.randint(1000, 9999)} "
            f"{c.rng.choice(ARROWS)} {_pct(c)[1:]}"
            for p in ("USD/INR", "EUR/GBP", "AUD/USD", "USD/CAD")]
    return _w("ticker", '<div class="fx-rates">' + "".join(
        f'<div class="pair">{_e(r)}</div>' for r in rows) + "</div>", *rows)


@variant("ticker")
def tick_commodities(c: Context) -> Widget:
    vals = [f"${c.rng.randint(2, 2900):,}.{c.rng.randint(10, 99)} "
            f"{c.rng.choice(ARROWS)} {_pct(c)[1:]}" for _ in range(4)]
    names = ("Brent crude", "Gold (oz)", "Copper (lb)", "Wheat (bu)")
    return _w("ticker", '<dl class="commodities">' + "".join(
        f"<dt>{n}</dt><dd>{_e(v)}</dd>" for n, v in zip(names, vals, strict=True)) + "</dl>",
        *vals)


@variant("ticker")
def tick_quote_card(c: Context) -> Widget:
    sym = _pick(c, ["NVTR", "KGFL", "OSTR", "BRNK", "HLVR"])
    price = f"{c.rng.randint(20, 900)}.{c.rng.randint(10, 99)} USD"
    chg = f"+{c.rng.randint(0, 9)}.{c.rng.randint(10, 99)} ({_pct(c)[1:]})"
    note = "Market data delayed by 15 minutes"
    return _w("ticker", f'<aside class="quote-card"><p class="sym">{sym}</p><p class="price">'
              f'{price}</p><p class="chg">{_e(chg)}</p><p class="note">{note}</p></aside>',
              price, chg, note)


@variant("ticker")
def tick_crypto(c: Context) -> Widget:
    rows = [f"{n} ${c.rng.randint(1, 99000):,}.{c.rng.randint(10, 99)} {_pct(c)}"
            for n in ("BTC", "ETH", "XRP", "DOGE")]
    return _w("ticker", '<div class="crypto-ticker" aria-live="off">' + " ".join(
        f"<span>{_e(r)}</span>" for r in rows) + "</div>", *rows)


@variant("ticker")
def tick_yields(c: Context) -> Widget:
    rows = [f"{n} {c.rng.randint(1, 5)}.{c.rng.randint(100, 999)}%"
            for n in ("US 10-yr", "UK 10-yr gilt", "Bund 10-yr", "JGB 10-yr")]
    return _w("ticker", '<section class="bond-yields"><h5>Bond yields</h5>' + "".join(
        f"<p>{_e(r)}</p>" for r in rows) + "</section>", "Bond yields", *rows)


@variant("ticker")
def tick_us_strip(c: Context) -> Widget:
    rows = [f"{n} {c.rng.randint(4000, 48000):,}.{c.rng.randint(10, 99)} ({_pct(c)})"
            for n in ("DJIA", "S&P", "NASDAQ", "RUSSELL 2000")]
    return _w("ticker", '<ul class="stock-strip">' + "".join(
        f"<li>{_e(r)}</li>" for r in rows) + "</ul>", *rows)


# --------------------------------------------------------------------------- embed

EMBED_TEXTS = [
    "so many fire engines heading into {place} right now, stay safe everyone",
    "Queue outside the {place} meeting is round the block. Never seen it like this",
    "Huge thanks to everyone in {place} who came out tonight \U0001f64f",
    "Update from {place}: road still closed, diversions in place via the ring road",
]


def _etext(c: Context) -> str:
    return _pick(c, EMBED_TEXTS).format(place=c.place)


@variant("embed")
def emb_x_post(c: Context) -> Widget:
    name, handle = _pick(c, HANDLES)
    a, b = _etext(c), f"\u2014 {name} (@{handle}) December {c.rng.randint(1, 5)}, 2026"
    return _w("embed", f'<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">'
              f'{_e(a)} <a href="https://t.co/Zx81">pic.x.com/Zx81qP</a></p>\u2014 {_e(name)} '
              f'(@{handle}) <a href="https://x.com/{handle}/status/1">{_e(b.rsplit(") ", 1)[1])}'
              "</a></blockquote>", a, b)


@variant("embed")
def emb_instagram(c: Context) -> Widget:
    _, handle = _pick(c, HANDLES)
    likes = f"{c.rng.randint(40, 9000):,} likes"
    a = f"Tonight in {c.place}. What a turnout \u2764\ufe0f"
    return _w("embed", f'<blockquote class="instagram-media" data-instgrm-version="14"><div>'
              f'<a href="https://instagram.com/p/x">View more on Instagram</a></div><div>'
              f'{likes}</div><p><a href="#">{handle}</a> {_e(a)}</p><div>Add a comment\u2026</div>'
              "</blockquote>", "View more on Instagram", likes, a, "Add a comment\u2026")


@variant("embed")
def emb_tiktok(c: Context) -> Widget:
    _, handle = _pick(c, HANDLES)
    a = f"POV: you live in {c.place} and this happens"
    b = f"\u266c original sound - {handle}"
    return _w("embed", f'<blockquote class="tiktok-embed" cite="https://tiktok.com/@{handle}">'
              f'<section><a href="#">@{handle}</a><p>{_e(a)} <a>#fyp</a></p><a>{_e(b)}</a>'
              "</section></blockquote>", a, b)


@variant("embed")
def emb_youtube(c: Context) -> Widget:
    a = f"WATCH: {c.reporter} explains what happens next in {c.place}"
    return _w("embed", f'<div class="video-embed"><iframe src="https://www.youtube.com/embed/a1" '
              f'title="{_e(a)}"></iframe><p class="video-caption">{_e(a)}</p>'
              '<a href="https://youtube.com/watch?v=a1">Watch on YouTube</a></div>', a,
              "Watch on YouTube")


@variant("embed")
def emb_facebook(c: Context) -> Widget:
    page = f"{c.place} Community Noticeboard"
    a = _etext(c)
    date = _pick(c, DATES_EN)
    b = f"Posted by {page} on {date}"
    return _w("embed", f'<div class="fb-post"><blockquote cite="https://facebook.com/x"><p>{_e(a)}'
              f'</p>Posted by <a href="#">{_e(page)}</a> on <a href="#">{date}</a></blockquote>'
              "</div>", a, b)


@variant("embed")
def emb_threads(c: Context) -> Widget:
    _, handle = _pick(c, HANDLES)
    a = _etext(c)
    return _w("embed", f'<blockquote class="text-post-media" data-text-post-permalink="#">'
              f'<a href="#">{handle}</a><p>{_e(a)}</p><a href="#">View on Threads</a>'
              "</blockquote>", a, "View on Threads")


@variant("embed")
def emb_reddit(c: Context) -> Widget:
    sub = c.place.replace(" ", "")
    a = f"Anyone know what's going on near the station in {c.place}?"
    b = f"by u/throwaway{c.rng.randint(100, 999)} in r/{sub}"
    return _w("embed", f'<blockquote class="reddit-embed-bq"><a href="#">{_e(a)}</a><br> '
              f'{_e(b)}</blockquote>', a, b)


@variant("embed")
def emb_bluesky_video(c: Context) -> Widget:
    a = f"Drone footage shows the scale of what happened in {c.place}"
    b = "Video: Handout via Storyful"
    return _w("embed", f'<figure class="embed-video"><video controls src="/v.mp4"></video>'
              f"<figcaption>{_e(a)}<span class='src'> {_e(b)}</span></figcaption></figure>", a, b)


# --------------------------------------------------------------------------- ad

@variant("ad")
def ad_caps(c: Context) -> Widget:
    return _w("ad", '<div class="ad-container"><p class="ad-label">ADVERTISEMENT</p>'
              '<div class="ad-slot" id="div-gpt-ad-3"></div></div>', "ADVERTISEMENT")


@variant("ad")
def ad_continues(c: Context) -> Widget:
    return _w("ad", '<div class="mid-article-ad"><div id="mpu-1"></div><p class="continue">'
              "<small>Article continues below</small></p></div>", "Article continues below")


@variant("ad")
def ad_sponsored_card(c: Context) -> Widget:
    h, brand = c.rng.choice(ADVERTORIALS)
    t = h.format(place=c.place)
    return _w("ad", f'<aside class="sponsored-card"><span class="tag">Sponsored</span> '
              f'<a href="https://ads.example/">{_e(t)}</a> <span class="brand">{_e(brand)}</span>'
              "</aside>", "Sponsored", t, brand)


@variant("ad")
def ad_promoted(c: Context) -> Widget:
    picks = c.rng.sample(ADVERTORIALS, 3)
    rows = [(h.format(place=c.place), b) for h, b in picks]
    items = "".join(f'<li><a href="https://ads.example/">{_e(h)}</a> <span>{_e(b)}</span></li>'
                    for h, b in rows)
    return _w("ad", f'<div class="ob-widget"><h4>Promoted Stories</h4><ul>{items}</ul>'
              '<span class="ob-by">Recommended by</span></div>', "Promoted Stories",
              *[x for r in rows for x in r], "Recommended by")


@variant("ad")
def ad_feedback(c: Context) -> Widget:
    return _w("ad", '<div class="ad-slot-wrap"><div class="ad-slot"></div><div class="ad-feedback">'
              '<button>Ad Feedback</button></div></div>', "Ad Feedback")


@variant("ad")
def ad_taboola(c: Context) -> Widget:
    h, b = _pick(c, ADVERTORIALS)
    t = h.format(place=c.place)
    return _w("ad", '<section class="tbl-feed"><header><span>You May Like</span> '
              f'<span>Sponsored Links</span></header><a href="https://ads.example/">{_e(t)}</a>'
              f"<span>{_e(b)}</span></section>", "You May Like", "Sponsored Links", t, b)


@variant("ad")
def ad_paid_post(c: Context) -> Widget:
    h, b = _pick(c, ADVERTORIALS)
    t = f"{b} \u2014 {h.format(place=c.place)}"
    return _w("ad", f'<div class="paid-post"><p>PAID POST</p><p>{_e(t)}</p></div>', "PAID POST", t)


@variant("ad")
def ad_scroll(c: Context) -> Widget:
    a = "SCROLL TO CONTINUE WITH CONTENT"
    return _w("ad", f'<div class="fbs-ad"><div class="ad-unit"></div><span>{a}</span></div>', a)


# =========================================================================== other languages
# Each language's strings; the variant functions below lay them out in several markups.

LOCAL: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "nl_box": ("Newsletter \u201eGuten Morgen, {place}\u201c",
                   "Starten Sie informiert in den Tag: die wichtigsten Nachrichten aus der Region "
                   "jeden Werktag um 6 Uhr.", "Kostenlos anmelden",
                   "Mit Ihrer Anmeldung akzeptieren Sie unsere Datenschutzbestimmungen.",
                   "Die Abmeldung ist jederzeit möglich."),
        "nl_line": ("Sie möchten keine Nachrichten aus {place} verpassen? Dann melden Sie sich "
                    "hier für unseren kostenlosen Newsletter an.",),
        "nl_thanks": ("Vielen Dank für Ihre Anmeldung!",
                      "Bitte bestätigen Sie Ihre E-Mail-Adresse über den Link in unserer Mail."),
        "disc_wire": ("Diese Meldung ist Teil eines automatisierten Angebots von {agency}.",
                      "Sie wird von der {publisher}-Redaktion nicht bearbeitet oder geprüft."),
        "disc_orig": ("Dieser Beitrag erschien zuerst bei {partner}.",),
        "disc_copy": ("Copyright {agency} 2026. Alle Rechte vorbehalten. Weiterverbreitung nur "
                      "mit Genehmigung.",),
        "promo_channel": ("Die wichtigsten Nachrichten aus {place} direkt aufs Handy: Folgen Sie "
                          "dem {publisher}-Kanal bei WhatsApp.",),
        "promo_app": ("Die {publisher}-App", "Push-Nachrichten, E-Paper und alle Artikel \u2013 "
                      "jetzt kostenlos herunterladen.", "Zum App Store"),
        "promo_sub": ("Mehr Nachrichten aus {place} mit {publisher}+: Jetzt 4 Wochen für "
                      "0,99 \u20ac testen.",),
        "cap_desc": ("Blick auf das Rathaus von {place}.", "Anwohner vor dem Gelände in {place}.",
                     "{person} bei einer Pressekonferenz in {place}."),
        "cap_credit": ("Foto: {photog}/{agency}", "Foto: picture alliance / {agency} | {photog}",
                       "\u00a9 {publisher}/{photog}"),
        "rel_head": ("Mehr zum Thema", "Das könnte Sie auch interessieren"),
        "rel_inline": ("Lesen Sie auch:", "Auch interessant:"),
        "foot_tags": ("Mehr zu:",),
        "foot_tagwords": ("Wohnungsbau", "Stadtrat", "Mieten", "Kommunalpolitik"),
        "foot_lines": ("Haben Sie Hinweise? Schreiben Sie der Lokalredaktion an "
                       "lokales@{domain}.",
                       "Aktualisiert: 04.12.2026, 14:32 Uhr",
                       "Die Kommentarfunktion ist für diesen Artikel geschlossen.",
                       "\u00a9 {publisher} 2026 \u2013 Alle Rechte vorbehalten"),
        "ad": ("Anzeige", "Weiterlesen nach der Anzeige"),
        "share": ("Artikel teilen", "Link kopieren", "Per E-Mail versenden"),
    },
    "fr": {
        "nl_box": ("La newsletter de {publisher}",
                   "Chaque matin, l'essentiel de l'actualité de {place} et de sa région dans "
                   "votre boîte mail.", "Je m'inscris",
                   "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et "
                   "notre politique de confidentialité.",
                   "Vous pouvez vous désinscrire à tout moment."),
        "nl_line": ("Pour ne rien rater de l'actualité locale, abonnez-vous gratuitement à notre "
                    "newsletter quotidienne.",),
        "nl_thanks": ("Merci pour votre inscription !",
                      "Vous recevrez votre première lettre dès demain matin."),
        "disc_wire": ("Cet article a été publié automatiquement.", "Source : {agency}"),
        "disc_orig": ("Cet article a initialement été publié sur le site de {partner}.",),
        "disc_copy": ("\u00a9 {agency}. Toute reproduction, même partielle, est interdite sans "
                      "autorisation.",),
        "promo_channel": ("Retrouvez toute l'actualité de {place} sur notre chaîne WhatsApp.",),
        "promo_app": ("Téléchargez l'application {publisher}",
                      "Recevez les alertes en temps réel et lisez le journal en version "
                      "numérique.", "Télécharger"),
        "promo_sub": ("Suivez {publisher} sur Google Actualités pour ne manquer aucune "
                      "information.",),
        "cap_desc": ("La mairie de {place}, le mois dernier.",
                     "Des habitants devant le terrain, à {place}.",
                     "{person} lors d'une conférence de presse à {place}."),
        "cap_credit": ("Photo {agency} / {photog}", "\u00a9 {photog} / {agency}",
                       "Crédits : {photog} pour {publisher}"),
        "rel_head": ("À lire aussi", "Sur le même sujet"),
        "rel_inline": ("Lire aussi |", "LIRE AUSSI -"),
        "foot_tags": ("Mots-clés :",),
        "foot_tagwords": ("Logement", "Conseil municipal", "Urbanisme", "Loyers"),
        "foot_lines": ("Publié le 04/12/2026 à 14h32, mis à jour à 16h05",
                       "Vous avez repéré une erreur ? Signalez-la à notre rédaction.",
                       "Les commentaires sont fermés pour cet article.",
                       "\u00a9 {publisher} 2026 - Tous droits réservés"),
        "ad": ("Publicité", "La suite après cette publicité"),
        "share": ("Partager l'article", "Copier le lien"),
    },
    "es": {
        "nl_box": ("Boletín diario de {publisher}",
                   "Recibe cada mañana en tu correo las noticias más importantes de {place}.",
                   "Suscríbete gratis",
                   "Al suscribirte aceptas nuestra política de privacidad y las condiciones de "
                   "uso.", "Puedes darte de baja cuando quieras."),
        "nl_line": ("¿Quieres estar al día? Apúntate a nuestra newsletter y recibe lo más leído "
                    "del día.",),
        "nl_thanks": ("¡Gracias por suscribirte!",
                      "Revisa tu bandeja de entrada para confirmar tu dirección de correo."),
        "disc_wire": ("Noticia elaborada por {agency} y publicada sin cambios en el texto.",),
        "disc_orig": ("Este artículo se publicó originalmente en {partner}.",),
        "disc_copy": ("\u00a9 {agency}. Queda prohibida la reproducción total o parcial de este "
                      "contenido sin autorización.",),
        "promo_channel": ("Únete al canal de WhatsApp de {publisher} y recibe las noticias de "
                          "{place} en tu móvil.",),
        "promo_app": ("Descarga la app de {publisher}",
                      "Alertas, directos y la edición impresa en tu móvil.", "Descargar"),
        "promo_sub": ("Sigue a {publisher} en Google Noticias y no te pierdas ninguna novedad.",),
        "cap_desc": ("Vista del ayuntamiento de {place}, en una imagen de archivo.",
                     "Vecinos junto a los terrenos, en {place}.",
                     "{person}, durante una rueda de prensa en {place}."),
        "cap_credit": ("{agency} / {photog}", "FOTO: {photog}", "Imagen cedida por {publisher}"),
        "rel_head": ("Te puede interesar", "Noticias relacionadas"),
        "rel_inline": ("TE PUEDE INTERESAR:", "Lee también:"),
        "foot_tags": ("Archivado en:",),
        "foot_tagwords": ("Vivienda", "Ayuntamientos", "Urbanismo", "Alquiler"),
        "foot_lines": ("Publicado el 04/12/2026 a las 14:32, actualizado a las 16:05",
                       "¿Has visto un error? Escríbenos a correcciones@{domain}.",
                       "Los comentarios están cerrados.",
                       "\u00a9 {publisher} 2026. Todos los derechos reservados."),
        "ad": ("Publicidad", "Continúa leyendo tras el anuncio"),
        "share": ("Compartir en WhatsApp", "Copiar enlace"),
    },
    "it": {
        "nl_box": ("La newsletter di {publisher}",
                   "Ogni mattina le notizie più importanti di {place} direttamente nella tua "
                   "casella di posta.", "Iscriviti",
                   "Iscrivendoti accetti l'informativa sulla privacy e i termini del servizio.",
                   "Puoi annullare l'iscrizione in qualsiasi momento."),
        "nl_line": ("Resta aggiornato: iscriviti gratis alla newsletter della redazione e ricevi "
                    "il meglio della giornata.",),
        "nl_thanks": ("Grazie per esserti iscritto!",
                      "Controlla la tua casella di posta per confermare l'indirizzo."),
        "disc_wire": ("Questo articolo è stato pubblicato automaticamente dal flusso di agenzia "
                      "senza modifiche al testo.", "Fonte: {agency}"),
        "disc_orig": ("Questo articolo è stato pubblicato originariamente su {partner}.",),
        "disc_copy": ("\u00a9 RIPRODUZIONE RISERVATA",),
        "promo_channel": ("Ricevi le notizie di {place} su WhatsApp: iscriviti al canale di "
                          "{publisher}.",),
        "promo_app": ("Scarica l'app di {publisher}",
                      "Notifiche in tempo reale e il giornale sfogliabile, ovunque tu sia.",
                      "Scarica ora"),
        "promo_sub": ("Segui {publisher} su Google News per restare sempre aggiornato.",),
        "cap_desc": ("Il municipio di {place} in una foto d'archivio.",
                     "Residenti davanti all'area, a {place}.",
                     "{person} durante una conferenza stampa a {place}."),
        "cap_credit": ("Foto {agency}", "Foto: {photog} / {agency}", "Immagine d'archivio"),
        "rel_head": ("Leggi anche", "Potrebbe interessarti anche"),
        "rel_inline": ("LEGGI ANCHE:", "Approfondisci:"),
        "foot_tags": ("Tag:",),
        "foot_tagwords": ("Casa", "Consiglio comunale", "Urbanistica", "Affitti"),
        "foot_lines": ("Pubblicato il 04/12/2026 - Ultimo aggiornamento: 16:05",
                       "Hai una segnalazione? Scrivi alla redazione di {place}.",
                       "I commenti sono chiusi.",
                       "\u00a9 {publisher} 2026 - Tutti i diritti riservati"),
        "ad": ("Pubblicità", "L'articolo continua dopo la pubblicità"),
        "share": ("Condividi su Facebook", "Copia link"),
    },
    "pt": {
        "nl_box": ("Newsletter {publisher}",
                   "Receba todas as manhãs as notícias mais importantes de {place} no seu email.",
                   "Subscrever", "Ao subscrever, aceita a nossa política de privacidade.",
                   "Pode cancelar a subscrição a qualquer momento."),
        "nl_line": ("Não perca nada: subscreva gratuitamente a nossa newsletter diária.",),
        "nl_thanks": ("Obrigado pela sua subscrição!",
                      "Vai receber a primeira edição amanhã de manhã."),
        "disc_wire": ("Este texto foi publicado automaticamente a partir do serviço noticioso "
                      "da {agency}, sem alterações.",),
        "disc_orig": ("Este artigo foi originalmente publicado em {partner}.",),
        "disc_copy": ("\u00a9 {agency}. Todos os direitos reservados. É proibida a reprodução "
                      "sem autorização.",),
        "promo_channel": ("Siga o canal do {publisher} no WhatsApp e receba as principais "
                          "notícias no telemóvel.",),
        "promo_app": ("Descarregue a app do {publisher}",
                      "Alertas de última hora e a edição digital sempre consigo.", "Descarregar"),
        "promo_sub": ("Siga o {publisher} no Google Notícias.",),
        "cap_desc": ("Os paços do concelho de {place}, numa imagem de arquivo.",
                     "Moradores junto aos terrenos, em {place}.",
                     "{person} numa conferência de imprensa em {place}."),
        "cap_credit": ("Foto: {photog}/{agency}", "Imagem de arquivo", "Fotografia: DR"),
        "rel_head": ("Leia também", "Relacionados"),
        "rel_inline": ("LEIA TAMBÉM:", "Leia também:"),
        "foot_tags": ("Tags:",),
        "foot_tagwords": ("Habitação", "Câmara Municipal", "Urbanismo", "Rendas"),
        "foot_lines": ("Publicado a 04/12/2026 às 14:32, atualizado às 16:05",
                       "Encontrou um erro? Envie-nos uma mensagem.",
                       "Os comentários estão fechados.",
                       "\u00a9 {publisher} 2026. Todos os direitos reservados."),
        "ad": ("Publicidade", "Continue a ler a seguir à publicidade"),
        "share": ("Partilhar no WhatsApp", "Copiar link"),
    },
    "nl": {
        "nl_box": ("De {publisher}-nieuwsbrief",
                   "Elke ochtend het belangrijkste nieuws uit {place} en omgeving in je mailbox.",
                   "Aanmelden", "Door je aan te melden ga je akkoord met onze privacyverklaring.",
                   "Afmelden kan altijd."),
        "nl_line": ("Blijf op de hoogte: meld je gratis aan voor onze dagelijkse nieuwsbrief.",),
        "nl_thanks": ("Bedankt voor je aanmelding!",
                      "Bevestig je e-mailadres via de link in je inbox."),
        "disc_wire": ("Dit artikel is afkomstig van persbureau {agency} en ongewijzigd "
                      "overgenomen.",),
        "disc_orig": ("Dit artikel verscheen eerder bij {partner}.",),
        "disc_copy": ("\u00a9 {agency}. Alle rechten voorbehouden.",),
        "promo_channel": ("Volg {publisher} op WhatsApp en mis geen nieuws uit {place}.",),
        "promo_app": ("Download de {publisher}-app",
                      "Pushberichten, de digitale krant en al het regionale nieuws.",
                      "Download de app"),
        "promo_sub": ("Volg {publisher} op Google Nieuws.",),
        "cap_desc": ("Het gemeentehuis van {place}.", "Omwonenden bij het terrein in {place}.",
                     "{person} tijdens een persconferentie in {place}."),
        "cap_credit": ("Foto: {agency} / {photog}", "Archiefbeeld", "Beeld: {photog}"),
        "rel_head": ("Lees ook", "Meer over dit onderwerp"),
        "rel_inline": ("LEES OOK:", "Lees ook |"),
        "foot_tags": ("Onderwerpen:",),
        "foot_tagwords": ("Wonen", "Gemeenteraad", "Huurwoningen", "Ruimtelijke ordening"),
        "foot_lines": ("Gepubliceerd: 04-12-2026, 14:32 | Gewijzigd: 16:05",
                       "Tip de redactie: heb je nieuws uit {place}? Mail naar tips@{domain}.",
                       "Reageren is niet meer mogelijk.",
                       "\u00a9 {publisher} 2026. Alle rechten voorbehouden."),
        "ad": ("Advertentie", "Het artikel gaat verder onder de advertentie"),
        "share": ("Deel dit artikel", "Link kopiëren"),
    },
}


def _l(c: Context, key: str) -> list[str]:
    fields = {"place": c.place, "publisher": c.publisher, "agency": c.agency,
              "partner": c.partner, "domain": c.domain, "person": c.person,
              "photog": _pick(c, PHOTOGS)}
    return [t.format(**fields) for t in LOCAL[c.lang][key]]


def _local(kind: str) -> Callable[[Variant], Variant]:
    """Register a variant for every non-English language."""
    def register(fn: Variant) -> Variant:
        for lang in LOCAL:
            BANKS.setdefault((lang, kind), []).append(fn)
        return fn
    return register


@_local("newsletter")
def loc_nl_box(c: Context) -> Widget:
    h, a, btn, b, d = _l(c, "nl_box")
    return _w("newsletter", f'<div class="newsletter-box"><h3>{_e(h)}</h3><p>{_e(a)}</p>'
              f'{_email(btn, "E-Mail", "name@example.com")}<p class="legal">{_e(b)} {_e(d)}</p>'
              "</div>", h, a, btn, b, d)


@_local("newsletter")
def loc_nl_line(c: Context) -> Widget:
    (a,) = _l(c, "nl_line")
    return _w("newsletter", f'<p><strong><a href="/newsletter">{_e(a)}</a></strong></p>', a)


@_local("newsletter")
def loc_nl_thanks(c: Context) -> Widget:
    h, a = _l(c, "nl_thanks")
    return _w("newsletter", f'<section class="nl-confirm"><p class="nl-confirm__title">{_e(h)}'
              f"</p><p>{_e(a)}</p></section>", h, a)


@_local("disclaimer")
def loc_disc_wire(c: Context) -> Widget:
    lines = _l(c, "disc_wire")
    return _w("disclaimer", f'<p class="agency-note"><em>{_e(" ".join(lines))}</em></p>', *lines)


@_local("disclaimer")
def loc_disc_orig(c: Context) -> Widget:
    (a,) = _l(c, "disc_orig")
    return _w("disclaimer", f'<div class="syndication"><p><i>{_e(a)}</i></p></div>', a)


@_local("disclaimer")
def loc_disc_copy(c: Context) -> Widget:
    (a,) = _l(c, "disc_copy")
    return _w("disclaimer", f'<p class="copyright"><small>{_e(a)}</small></p>', a)


@_local("promo")
def loc_promo_channel(c: Context) -> Widget:
    (a,) = _l(c, "promo_channel")
    return _w("promo", f'<p class="whatsapp-cta"><b>{_e(a)}</b></p>', a)


@_local("promo")
def loc_promo_app(c: Context) -> Widget:
    h, a, btn = _l(c, "promo_app")
    return _w("promo", f'<aside class="app-teaser"><h4>{_e(h)}</h4><p>{_e(a)}</p>'
              f'<a class="btn" href="/app">{_e(btn)}</a></aside>', h, a, btn)


@_local("promo")
def loc_promo_sub(c: Context) -> Widget:
    (a,) = _l(c, "promo_sub")
    return _w("promo", f'<div class="promo-line"><a href="/abo"><i>{_e(a)}</i></a></div>', a)


@_local("caption")
def loc_cap_figure(c: Context) -> Widget:
    a, b = _pick(c, _l(c, "cap_desc")), _pick(c, _l(c, "cap_credit"))
    return _w("caption", f"<figure>{_img(c, 'lokal')}<figcaption>{_e(a)} <span class=\"credit\">"
              f"{_e(b)}</span></figcaption></figure>", a, b)


@_local("caption")
def loc_cap_line(c: Context) -> Widget:
    b = _pick(c, _l(c, "cap_credit"))
    return _w("caption", f'<div class="bild">{_img(c, "bild")}<p class="bildnachweis">{_e(b)}</p>'
              "</div>", b)


@_local("caption")
def loc_cap_em(c: Context) -> Widget:
    a, b = _pick(c, _l(c, "cap_desc")), _pick(c, _l(c, "cap_credit"))
    line = f"{a} {b}"
    return _w("caption", f"<p><em>{_e(line)}</em></p>", line)


@_local("related")
def loc_rel_box(c: Context) -> Widget:
    h, items = _pick(c, _l(c, "rel_head")), _heads(c, 3)
    return _w("related", f'<aside class="related-box"><h3>{_e(h)}</h3><ul>{_li(items)}</ul>'
              "</aside>", h, *items)


@_local("related")
def loc_rel_inline(c: Context) -> Widget:
    prefix, t = _pick(c, _l(c, "rel_inline")), _heads(c, 1)[0]
    a = f"{prefix} {t}"
    return _w("related", f'<p class="read-also"><strong>{_e(prefix)}</strong> '
              f'<a href="/artikel/x">{_e(t)}</a></p>', a)


@_local("footer")
def loc_foot_tags(c: Context) -> Widget:
    (label,) = _l(c, "foot_tags")
    words = [c.place, *c.rng.sample(_l(c, "foot_tagwords"), 2)]
    a = f"{label} " + ", ".join(words)
    return _w("footer", f'<div class="article-tags"><span>{_e(label)}</span> ' + ", ".join(
        f'<a href="/tag/{i}">{_e(w)}</a>' for i, w in enumerate(words)) + "</div>", a)


@_local("footer")
def loc_foot_line(c: Context) -> Widget:
    a = _pick(c, _l(c, "foot_lines"))
    return _w("footer", f'<p class="article-footer-note">{_e(a)}</p>', a)


@_local("footer")
def loc_foot_pair(c: Context) -> Widget:
    a, b = c.rng.sample(_l(c, "foot_lines"), 2)
    return _w("footer", f'<div class="artikel-ende"><p>{_e(a)}</p><p><small>{_e(b)}</small></p>'
              "</div>", a, b)


@_local("ad")
def loc_ad_label(c: Context) -> Widget:
    (a, _) = _l(c, "ad")
    return _w("ad", f'<div class="ad-wrapper"><span class="ad-label">{_e(a)}</span>'
              '<div class="ad-slot"></div></div>', a)


@_local("ad")
def loc_ad_continue(c: Context) -> Widget:
    (_, b) = _l(c, "ad")
    return _w("ad", f'<div class="inread"><div class="ad-slot"></div><p><small>{_e(b)}</small>'
              "</p></div>", b)


@_local("share")
def loc_share(c: Context) -> Widget:
    items = _l(c, "share")
    return _w("share", '<div class="share-bar">' + " ".join(
        f"<button>{_e(s)}</button>" for s in items) + "</div>", *items)


# --------------------------------------------------------------------------- tails
# Lines a site prints inside the story's last paragraph element, after its text.

def tail_widget(c: Context) -> Widget:
    """A noise line to put inside the last paragraph, after the story's text."""
    if c.lang != "en":
        kind = _pick(c, ["newsletter", "disclaimer", "footer"])
        key = {"newsletter": "nl_line", "disclaimer": "disc_orig", "footer": "foot_lines"}[kind]
        a = _pick(c, _l(c, key))
        return _w(kind, f"<br><br><em>{_e(a)}</em>", a)
    options: list[tuple[str, str]] = [
        ("footer", f"({c.agency})"),
        ("newsletter", f"Sign up for the free {c.publisher} newsletter to get stories like "
                       "this in your inbox."),
        ("promo", f"Follow {c.publisher} on Instagram, TikTok and Facebook for more local news."),
        ("footer", f"\u2014 With files from {c.agency}"),
        ("disclaimer", f"This report first appeared on {c.partner}."),
    ]
    kind, a = c.rng.choice(options)
    tag = c.rng.choice(("em", "strong", "i"))
    return _w(kind, f" <br><{tag}>{_e(a)}</{tag}>", a)
