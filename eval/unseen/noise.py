"""Chrome for the unseen-template pages: labelled noise widgets in wordings of their own.

Each noise kind has a bank of variants. A variant is a function of the page's context
that returns a ``Widget``: its HTML and the visible strings that are noise (each one
counted by the score). Variants at even positions in a bank form the development half,
odd positions the held-out half (``variants(kind, half)``); a page draws only from its
template's half, so the held-out pages carry wordings the cleaners were never looked at
against. The wordings were written from what news sites print, not from newsrake's rules.

Kinds (the issue's list, then the rest of a page's chrome):

- ``promo``       calls to action between paragraphs: podcast, alerts, apps, channels
- ``disclaimer``  syndication, aggregator, reprint and licence notes
- ``newsletter``  sign-up boxes, usually with an e-mail field
- ``caption``     photo captions and credit lines, in ``figure`` or in plain paragraphs
- ``footer``      lines after the article: copyright, tips, tags, standards, bylines boxes
- ``related``     related / popular link lists and inline "read more" links
- ``share``       share bars and counters
- ``ticker``      market-data widgets (their prices are not the story's)
- ``embed``       embedded social posts
- ``ad``          advertisement labels
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

HALVES = ("dev", "held")


@dataclass(frozen=True, slots=True)
class Context:
    """What a variant may mention: the publisher, the story's language and people."""

    rng: random.Random
    lang: str
    publisher: str
    domain: str
    agency: str
    person: str
    place: str
    headlines: tuple[str, ...]  # other stories' headlines, for related lists


@dataclass(frozen=True, slots=True)
class Widget:
    """One noise widget: ``html`` to place, ``strings`` its noise texts, ``block`` whether
    it is a box (div/aside/figure...) rather than a paragraph-level line."""

    kind: str
    html: str
    strings: tuple[str, ...]
    block: bool = False


Variant = Callable[[Context], Widget]
BANKS: dict[str, list[Variant]] = {}


def variant(kind: str) -> Callable[[Variant], Variant]:
    """Register a variant in ``kind``'s bank (order of definition decides its half)."""
    def register(fn: Variant) -> Variant:
        BANKS.setdefault(kind, []).append(fn)
        return fn
    return register


def variants(kind: str, half: str) -> list[Variant]:
    """The variants of ``kind`` in ``half`` ("dev" or "held")."""
    start = HALVES.index(half)
    return BANKS[kind][start::2]


def _p(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{escape(text)}</p>"


def _w(kind: str, html: str, *strings: str, block: bool = False) -> Widget:
    return Widget(kind, html, tuple(s for s in strings if s), block)


# --------------------------------------------------------------------------- promo

@variant("promo")
def promo_podcast(c: Context) -> Widget:
    a = "Listen to our daily news podcast, The Morning Edition, wherever you get your podcasts."
    return _w("promo", f'<p><strong><a href="/podcast">{escape(a)}</a></strong></p>', a)


@variant("promo")
def promo_alerts(c: Context) -> Widget:
    a = f"Want breaking news from {c.place} on your phone? Turn on alerts in the {c.publisher} app."
    return _w("promo", f'<div class="inline-cta"><p>{escape(a)}</p>'
              '<a class="btn" href="/app">Get the app</a></div>', a, block=True)


@variant("promo")
def promo_whatsapp(c: Context) -> Widget:
    a = f"Join the {c.publisher} WhatsApp channel for the day's top stories."
    return _w("promo", f'<p class="promo"><em>{escape(a)}</em> '
              '<a href="https://wa.me/channel">Join now</a></p>', a)


@variant("promo")
def promo_telegram(c: Context) -> Widget:
    a = "Follow us on Telegram to get the latest headlines as they happen."
    return _w("promo", f'<aside class="callout"><a href="https://t.me/x">{escape(a)}</a></aside>',
              a, block=True)


@variant("promo")
def promo_video(c: Context) -> Widget:
    a = "WATCH: Our reporters explain what the decision means for you"
    return _w("promo", f'<p><a href="/video/explainer"><b>{escape(a)}</b></a></p>', a)


@variant("promo")
def promo_listen(c: Context) -> Widget:
    a = "Prefer to listen? Hear this story read aloud in our audio edition."
    return _w("promo", f'<div class="audio-promo"><button>Play</button>'
              f'<span>{escape(a)}</span></div>', a, block=True)


@variant("promo")
def promo_download(c: Context) -> Widget:
    a = f"Download the free {c.publisher} app for iPhone and Android to read more local news."
    return _w("promo", f"<p><i>{escape(a)}</i></p>", a)


@variant("promo")
def promo_signal(c: Context) -> Widget:
    a = "Have you got a story to share? Message our newsroom on Signal or WhatsApp."
    return _w("promo", f'<section class="tipline"><p>{escape(a)}</p>'
              '<a href="/tips">Contact us</a></section>', a, block=True)


@variant("promo")
def promo_breaking_text(c: Context) -> Widget:
    a = "Get breaking news alerts delivered straight to your inbox and phone, free."
    return _w("promo", f"<p><strong>{escape(a)}</strong></p>", a)


@variant("promo")
def promo_youtube(c: Context) -> Widget:
    a = f"Subscribe to {c.publisher} on YouTube for more video reports from the region."
    return _w("promo", f'<p><a href="https://youtube.example/c">{escape(a)}</a></p>', a)


# --------------------------------------------------------------------------- disclaimers

@variant("disclaimer")
def disc_except_headline(c: Context) -> Widget:
    a = (f"(Except for the headline, this story has not been edited by {c.publisher} staff "
         "and is published from a syndicated feed.)")
    return _w("disclaimer", _p(a), a)


@variant("disclaimer")
def disc_auto(c: Context) -> Widget:
    a = (f"This article was generated from an automated news agency feed without "
         f"modifications to the text. {c.publisher} is not responsible for its content.")
    return _w("disclaimer", _p(a, "feed-note"), a)


@variant("disclaimer")
def disc_originally(c: Context) -> Widget:
    a = (f"This story originally appeared on {c.agency} and is republished here with "
         "permission.")
    return _w("disclaimer", f"<p><em>{escape(a)}</em></p>", a)


@variant("disclaimer")
def disc_distributed(c: Context) -> Widget:
    a = f"Distributed by {c.agency} Content Services."
    return _w("disclaimer", f'<p class="small">{escape(a)}</p>', a)


@variant("disclaimer")
def disc_cc(c: Context) -> Widget:
    a = (f"This article is republished from {c.agency} under a Creative Commons license. "
         "Read the original article.")
    return _w("disclaimer", f'<div class="republish"><p>{escape(a)}</p></div>', a, block=True)


@variant("disclaimer")
def disc_aggregator(c: Context) -> Widget:
    a = ("Disclaimer: This post has been auto-published from an agency feed without any "
         "modifications to the text and has not been reviewed by an editor.")
    return _w("disclaimer", _p(a), a)


@variant("disclaimer")
def disc_rights(c: Context) -> Widget:
    a = (f"Copyright {c.agency}. All rights reserved. This material may not be published, "
         "broadcast, rewritten or redistributed.")
    return _w("disclaimer", f"<p><small>{escape(a)}</small></p>", a)


@variant("disclaimer")
def disc_reprinted(c: Context) -> Widget:
    a = f"Reprinted with permission from {c.agency}."
    return _w("disclaimer", f"<p><i>{escape(a)}</i></p>", a)


@variant("disclaimer")
def disc_views(c: Context) -> Widget:
    a = ("The views expressed in this syndicated article are those of the original "
         f"publisher and do not necessarily reflect those of {c.publisher}.")
    return _w("disclaimer", _p(a, "note"), a)


@variant("disclaimer")
def disc_wire(c: Context) -> Widget:
    a = f"This content was produced by {c.agency} and provided through our wire partnership."
    return _w("disclaimer", f'<p class="wire-credit">{escape(a)}</p>', a)


# --------------------------------------------------------------------------- newsletter

def _form(button: str) -> str:
    return ('<form action="/subscribe" method="post"><label for="em">Email address</label>'
            '<input type="email" id="em" name="email" placeholder="you@example.com">'
            f'<button type="submit">{escape(button)}</button></form>')


@variant("newsletter")
def nl_morning(c: Context) -> Widget:
    h, a = "Start your day informed", (f"Sign up for the {c.publisher} Morning Briefing, "
                                       "delivered to your inbox every weekday.")
    return _w("newsletter", f'<div class="nl-box"><h3>{escape(h)}</h3>{_p(a)}'
              f'{_form("Sign up")}</div>', h, a, block=True)


@variant("newsletter")
def nl_inline(c: Context) -> Widget:
    a = f"Get the best of {c.publisher} in your inbox: subscribe to our free weekly newsletter."
    return _w("newsletter", f'<p><a href="/newsletters"><strong>{escape(a)}</strong></a></p>', a)


@variant("newsletter")
def nl_aside(c: Context) -> Widget:
    h, a = "The Local Dispatch", "Our reporters' picks of the week's news, every Friday. Free."
    return _w("newsletter", f'<aside class="signup"><h4>{escape(h)}</h4>{_p(a)}'
              f'{_form("Subscribe")}<p class="fine">By signing up you agree to our '
              'privacy policy.</p></aside>', h, a,
              "By signing up you agree to our privacy policy.", block=True)


@variant("newsletter")
def nl_text(c: Context) -> Widget:
    a = "Don't miss a story. Enter your email to receive our evening newsletter."
    return _w("newsletter", f'<div class="newsletter-inline">{_p(a)}{_form("Go")}</div>',
              a, block=True)


@variant("newsletter")
def nl_thanks(c: Context) -> Widget:
    h = "Never miss a headline"
    a = ("Our free daily email brings you the stories that matter, handpicked by our "
         "editors. Unsubscribe at any time.")
    return _w("newsletter", f'<section class="email-capture"><h2>{escape(h)}</h2>{_p(a)}'
              f'{_form("Send me the email")}</section>', h, a, block=True)


@variant("newsletter")
def nl_bold(c: Context) -> Widget:
    a = f"Like this story? Get more like it with the {c.publisher} Politics newsletter."
    return _w("newsletter", f"<p><b>{escape(a)}</b> <a href='/nl'>Sign up here</a></p>", a)


# --------------------------------------------------------------------------- captions

def _img(alt: str) -> str:
    name = zlib.crc32(alt.encode()) % 99991
    return f'<img src="/img/{name}.jpg" alt="{escape(alt)}" width="800">'


@variant("caption")
def cap_ap(c: Context) -> Widget:
    a = f"People gather outside the town hall in {c.place} on Tuesday. (AP Photo/Jordan Keel)"
    return _w("caption", f"<figure>{_img('crowd')}<figcaption>{escape(a)}</figcaption></figure>",
              a, block=True)


@variant("caption")
def cap_file(c: Context) -> Widget:
    a = (f"FILE PHOTO: A view of the main square in {c.place}, in a photograph taken last "
         "year.")
    return _w("caption", f'<div class="image">{_img("square")}<p class="caption">'
              f"{escape(a)}</p></div>", a, block=True)


@variant("caption")
def cap_slash(c: Context) -> Widget:
    a, b = f"{c.person} speaks at a news conference.", "Photo: Lena Marsh / The Wire Agency"
    return _w("caption", f'<figure class="lead">{_img("presser")}<figcaption><span>'
              f'{escape(a)}</span> <span class="credit">{escape(b)}</span></figcaption>'
              "</figure>", a, b, block=True)


@variant("caption")
def cap_getty(c: Context) -> Widget:
    a = f"The site of the proposed works in {c.place}. Image: Getty Images"
    return _w("caption", f"<p><em>{escape(a)}</em></p>", a)


@variant("caption")
def cap_credit_line(c: Context) -> Widget:
    a, b = "Workers on site earlier this month.", "(Photo by Carla Nunes/Reuters)"
    return _w("caption", f'<figure>{_img("workers")}<figcaption>{escape(a)} '
              f"<small>{escape(b)}</small></figcaption></figure>", a, b, block=True)


@variant("caption")
def cap_courtesy(c: Context) -> Widget:
    a = f"Photo courtesy of the {c.place} city archive"
    return _w("caption", f'<div class="photo">{_img("archive")}<span class="photo-credit">'
              f"{escape(a)}</span></div>", a, block=True)


@variant("caption")
def cap_gallery(c: Context) -> Widget:
    a = "Open gallery: 12 photos from the scene"
    return _w("caption", f'<div class="gallery-link"><a href="/gallery">{escape(a)}</a></div>',
              a, block=True)


@variant("caption")
def cap_credit_prefix(c: Context) -> Widget:
    a = f"Credit: {c.agency} photo staff"
    return _w("caption", f'<figure>{_img("credit")}<figcaption class="credit">{escape(a)}'
              "</figcaption></figure>", a, block=True)


# --------------------------------------------------------------------------- footer

@variant("footer")
def foot_copyright(c: Context) -> Widget:
    a = f"© 2026 {c.publisher}. All rights reserved."
    return _w("footer", f'<p class="copyright">{escape(a)}</p>', a)


@variant("footer")
def foot_tip(c: Context) -> Widget:
    a = f"Have a news tip? Email our newsroom at tips@{c.domain} or call us."
    return _w("footer", f"<p><em>{escape(a)}</em></p>", a)


@variant("footer")
def foot_tags(c: Context) -> Widget:
    a = f"Topics: {c.place}, Local Government, Budget"
    return _w("footer", f'<div class="tags"><span>{escape(a)}</span></div>', a, block=True)


@variant("footer")
def foot_standards(c: Context) -> Widget:
    a = "Our standards: how we report and correct the news."
    return _w("footer", f'<p><a href="/standards">{escape(a)}</a></p>', a)


@variant("footer")
def foot_bio(c: Context) -> Widget:
    a = (f"Alex Moreno is a staff writer for {c.publisher} covering city hall. Reach them "
         f"at amoreno@{c.domain}.")
    return _w("footer", f'<div class="author-bio">{_p(a)}</div>', a, block=True)


@variant("footer")
def foot_filed(c: Context) -> Widget:
    a = "Filed under: News, Region, Politics"
    return _w("footer", f"<p class='filed'>{escape(a)}</p>", a)


@variant("footer")
def foot_report(c: Context) -> Widget:
    a = "Spotted a mistake in this article? Report it to our corrections desk."
    return _w("footer", f'<p><a href="/corrections">{escape(a)}</a></p>', a)


@variant("footer")
def foot_updated(c: Context) -> Widget:
    a = "Published 6 December 2026, last updated 9:41 am"
    return _w("footer", f'<p class="timestamp">{escape(a)}</p>', a)


@variant("footer")
def foot_comments(c: Context) -> Widget:
    a = "Comments are closed for this article."
    return _w("footer", f'<div class="comments-closed"><p>{escape(a)}</p></div>', a, block=True)


@variant("footer")
def foot_follow(c: Context) -> Widget:
    a = f"Follow {c.publisher} on Facebook, Instagram and X for more updates."
    return _w("footer", _p(a, "follow"), a)


# --------------------------------------------------------------------------- related

def _links(items: list[str]) -> str:
    return "".join(f'<li><a href="/story/{i}">{escape(t)}</a></li>'
                   for i, t in enumerate(items))


@variant("related")
def rel_readmore(c: Context) -> Widget:
    a = f"READ MORE: {c.headlines[0]}"
    return _w("related", f'<p><strong><a href="/story/x">{escape(a)}</a></strong></p>', a)


@variant("related")
def rel_box(c: Context) -> Widget:
    h, items = "More on this story", list(c.headlines[:3])
    return _w("related", f'<div class="related"><h3>{escape(h)}</h3><ul>{_links(items)}</ul>'
              "</div>", h, *items, block=True)


@variant("related")
def rel_also(c: Context) -> Widget:
    a = f"Also read: {c.headlines[1]}"
    return _w("related", f'<p class="also"><a href="/story/y">{escape(a)}</a></p>', a)


@variant("related")
def rel_popular(c: Context) -> Widget:
    h, items = "Most read", list(c.headlines[:4])
    return _w("related", f'<aside class="popular"><h4>{escape(h)}</h4><ol>{_links(items)}</ol>'
              "</aside>", h, *items, block=True)


@variant("related")
def rel_recommended(c: Context) -> Widget:
    h, items = "Recommended for you", list(c.headlines[1:4])
    return _w("related", f'<section class="recs"><h2>{escape(h)}</h2>{_links(items)}'
              "</section>", h, *items, block=True)


@variant("related")
def rel_inline_arrow(c: Context) -> Widget:
    a = f"\u2192 {c.headlines[2]}"
    return _w("related", f'<p><a href="/story/z">{escape(a)}</a></p>', a)


# --------------------------------------------------------------------------- share

@variant("share")
def share_bar(c: Context) -> Widget:
    a = "Share this article: Facebook · X · LinkedIn · Email"
    return _w("share", f'<div class="share"><span>{escape(a)}</span></div>', a, block=True)


@variant("share")
def share_buttons(c: Context) -> Widget:
    return _w("share", '<div class="social"><button>Share on Facebook</button>'
              "<button>Share on WhatsApp</button><button>Copy link</button></div>",
              "Share on Facebook", "Share on WhatsApp", block=True)


@variant("share")
def share_counts(c: Context) -> Widget:
    n = c.rng.randint(12, 900)
    a = f"{n} comments · {n * 3} shares"
    return _w("share", f'<p class="counts">{escape(a)}</p>', a)


@variant("share")
def share_gift(c: Context) -> Widget:
    a = "Gift this article to a friend or colleague"
    return _w("share", f'<p><button class="gift">{escape(a)}</button></p>', a)


# --------------------------------------------------------------------------- ticker

@variant("ticker")
def tick_indices(c: Context) -> Widget:
    rows = [f"{name} {c.rng.randint(1000, 40000):,}.{c.rng.randint(10, 99)} "
            f"{c.rng.choice('+-')}{c.rng.randint(0, 3)}.{c.rng.randint(1, 99):02d}%"
            for name in ("Dow Jones", "S&P 500", "Nasdaq", "FTSE 100", "Nikkei 225")]
    return _w("ticker", '<div class="markets-strip"><ul>' + "".join(
        f"<li>{escape(r)}</li>" for r in rows) + "</ul></div>", *rows, block=True)


@variant("ticker")
def tick_crypto(c: Context) -> Widget:
    rows = [f"{name} ${c.rng.randint(1, 70000):,}.{c.rng.randint(10, 99)} "
            f"({c.rng.choice('+-')}{c.rng.randint(0, 9)}.{c.rng.randint(1, 9)}%)"
            for name in ("Bitcoin BTC", "Ethereum ETH", "Solana SOL", "Cardano ADA")]
    return _w("ticker", '<table class="coins">' + "".join(
        f"<tr><td>{escape(r)}</td></tr>" for r in rows) + "</table>", *rows, block=True)


@variant("ticker")
def tick_fx(c: Context) -> Widget:
    rows = [f"{pair} {c.rng.randint(0, 2)}.{c.rng.randint(1000, 9999)} "
            f"{c.rng.choice(['▲', '▼'])} {c.rng.randint(0, 9)}.{c.rng.randint(1, 9)}%"
            for pair in ("EUR/USD", "GBP/USD", "USD/JPY", "USD/CHF")]
    return _w("ticker", '<div class="fx">' + "".join(
        f"<div><span>{escape(r)}</span></div>" for r in rows) + "</div>", *rows, block=True)


@variant("ticker")
def tick_commod(c: Context) -> Widget:
    rows = [f"{name}: {c.rng.randint(1, 3000):,}.{c.rng.randint(10, 99)} USD "
            f"{c.rng.choice('+-')}{c.rng.randint(0, 5)}.{c.rng.randint(10, 99)}"
            for name in ("Gold", "Brent crude", "Silver", "Natural gas")]
    return _w("ticker", '<aside class="quotes">' + "".join(
        f"<p>{escape(r)}</p>" for r in rows) + "</aside>", *rows, block=True)


# --------------------------------------------------------------------------- embeds

@variant("embed")
def emb_tweet(c: Context) -> Widget:
    a = f"Huge turnout tonight in {c.place}, the hall is full and people are still arriving"
    b = "— Local Watch (@localwatch) December 5, 2026"
    return _w("embed", f'<blockquote class="twitter-tweet"><p>{escape(a)} '
              f'<a href="https://t.co/abc123">pic.twitter.com/abc123</a></p>{escape(b)}'
              "</blockquote>", a, b, block=True)


@variant("embed")
def emb_insta(c: Context) -> Widget:
    a = "View this post on Instagram"
    b = f"A post shared by {c.place} Daily (@{c.place.lower().replace(' ', '')}daily)"
    return _w("embed", f'<blockquote class="instagram-media"><a href="/ig">{escape(a)}</a>'
              f"<p>{escape(b)}</p></blockquote>", a, b, block=True)


@variant("embed")
def emb_bsky(c: Context) -> Widget:
    a = "so the council finally voted. thread below on what it means for renters"
    b = "— Dana Fields (@danafields.bsky.social) Dec 4, 2026 at 7:12 PM"
    return _w("embed", f'<blockquote class="bluesky-embed"><p>{escape(a)}</p>'
              f"<p>{escape(b)}</p></blockquote>", a, b, block=True)


@variant("embed")
def emb_video(c: Context) -> Widget:
    a = "Video: Residents react to the decision (2:41)"
    return _w("embed", f'<div class="video-embed"><iframe src="/embed/v1"></iframe>'
              f"<p>{escape(a)}</p></div>", a, block=True)


# --------------------------------------------------------------------------- ads

@variant("ad")
def ad_label(c: Context) -> Widget:
    a = "Advertisement - scroll to continue reading"
    return _w("ad", f'<div class="ad-slot"><span>{escape(a)}</span></div>', a, block=True)


@variant("ad")
def ad_below(c: Context) -> Widget:
    a = "Story continues below this ad"
    return _w("ad", f'<div class="adwrap"><p>{escape(a)}</p><div id="ad-1"></div></div>',
              a, block=True)


@variant("ad")
def ad_sponsored(c: Context) -> Widget:
    a = "Sponsored content from our partners"
    return _w("ad", f'<p class="sponsor">{escape(a)}</p>', a)


@variant("ad")
def ad_paid(c: Context) -> Widget:
    a = "ADVERTISING · Content continues after the ad"
    return _w("ad", f'<aside class="advert"><small>{escape(a)}</small></aside>', a, block=True)


# --------------------------------------------------------------------------- other languages
# The same families in German, French and Spanish: one development and one held-out
# variant each, so the structure of each family is tried on another language.

LOCAL: dict[str, dict[str, tuple[str, str]]] = {
    "de": {
        "newsletter": ("Melden Sie sich für unseren kostenlosen Newsletter an und erhalten "
                       "Sie die wichtigsten Nachrichten jeden Morgen.",
                       "Nichts mehr verpassen: Jetzt den Newsletter der Redaktion abonnieren."),
        "disclaimer": ("Dieser Artikel wurde automatisch aus einem Agenturfeed übernommen und "
                       "von der Redaktion nicht bearbeitet.",
                       "Der Text stammt von einer Nachrichtenagentur und wurde unverändert "
                       "veröffentlicht."),
        "promo": ("Folgen Sie uns auf WhatsApp und verpassen Sie keine Eilmeldung mehr.",
                  "Laden Sie jetzt unsere kostenlose News-App herunter."),
        "caption": ("Foto: Jens Krüger / Agentur", "Bild: Archiv der Stadtverwaltung"),
    },
    "fr": {
        "newsletter": ("Inscrivez-vous à notre newsletter gratuite pour recevoir l'essentiel "
                       "de l'actualité chaque matin.",
                       "Recevez chaque soir notre lettre d'information : abonnez-vous, c'est "
                       "gratuit."),
        "disclaimer": ("Cet article est publié automatiquement à partir d'une dépêche "
                       "d'agence et n'a pas été modifié par la rédaction.",
                       "Article reproduit avec l'autorisation de l'agence de presse."),
        "promo": ("Suivez-nous sur WhatsApp pour ne rien manquer de l'actualité.",
                  "Téléchargez notre application pour recevoir les alertes info."),
        "caption": ("Photo : Marc Dubois / Agence", "Crédit photo : archives municipales"),
    },
    "es": {
        "newsletter": ("Suscríbete a nuestro boletín gratuito y recibe cada mañana las "
                       "noticias más importantes.",
                       "No te pierdas nada: apúntate a la newsletter de la redacción."),
        "disclaimer": ("Esta noticia se ha publicado automáticamente a partir de un teletipo "
                       "de agencia y no ha sido editada por la redacción.",
                       "Texto reproducido con permiso de la agencia de noticias."),
        "promo": ("Síguenos en WhatsApp y recibe las últimas noticias al momento.",
                  "Descarga gratis nuestra aplicación para recibir alertas."),
        "caption": ("Foto: Pablo Ruiz / Agencia", "Imagen: archivo municipal"),
    },
}


def local_widget(kind: str, lang: str, half: str) -> Widget | None:
    """The ``kind`` widget in ``lang`` for ``half``, or None when there is none."""
    pair = LOCAL.get(lang, {}).get(kind)
    if pair is None:
        return None
    text = pair[HALVES.index(half)]
    if kind == "newsletter":
        return _w(kind, f'<div class="newsletter">{_p(text)}{_form("OK")}</div>', text, block=True)
    if kind == "caption":
        return _w(kind, f"<figure>{_img(text)}<figcaption>{escape(text)}</figcaption></figure>",
                  text, block=True)
    return _w(kind, f"<p><strong>{escape(text)}</strong></p>", text)
