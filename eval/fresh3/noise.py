"""Noise banks for the fresh3 set.

Every variant is a function of a ``Context`` returning a ``Widget``: its HTML and the
strings a reader sees in it, one per visible line or sentence. English banks cover ten
kinds; eight other languages have their own wordings for seven of them. Wordings follow
the way publishers around the world print them; the markup varies from a bare line after
a ``<br>`` to boxes, tables, teaser cards, share bars and social embeds.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass

KINDS = ("promo", "disclaimer", "newsletter", "caption", "footer", "related", "share",
         "ticker", "embed", "ad")
MIN_LABEL = 4  # shorter visible strings stay in the markup but are not labelled


@dataclass(frozen=True, slots=True)
class Context:
    """What a widget may mention."""

    rng: random.Random
    lang: str
    publisher: str
    domain: str
    place: str
    agency: str
    person: str
    headlines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Widget:
    """A widget's HTML and its visible noise strings. ``inline`` widgets start with a
    ``<br>`` and belong inside the preceding paragraph."""

    html: str
    strings: tuple[str, ...]
    inline: bool = False


Variant = Callable[[Context], Widget]
BANKS: dict[str, list[Variant]] = {k: [] for k in KINDS}
LOCAL: dict[tuple[str, str], list[Variant]] = {}


def e(text: str) -> str:
    """Escape text for HTML."""
    return html.escape(text, quote=False)


def w(markup: str, *strings: str, inline: bool = False) -> Widget:
    """A widget; strings shorter than ``MIN_LABEL`` are not labelled."""
    return Widget(markup, tuple(s for s in strings if len(s.strip()) >= MIN_LABEL), inline)


def variant(kind: str) -> Callable[[Variant], Variant]:
    def register(fn: Variant) -> Variant:
        BANKS[kind].append(fn)
        return fn
    return register


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")[:48]


def _handle(ctx: Context) -> str:
    return "".join(c for c in ctx.publisher.title() if c.isalnum())[:15]


def _heads(ctx: Context, n: int) -> list[str]:
    heads = list(ctx.headlines)
    ctx.rng.shuffle(heads)
    return heads[:n]


def _hhmm(rng: random.Random) -> str:
    return f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"


def _num(rng: random.Random, lo: int, hi: int, dec: int = 2) -> str:
    return f"{rng.uniform(lo, hi):,.{dec}f}"


def _chg(rng: random.Random) -> tuple[str, str]:
    up = rng.random() < 0.5
    return ("+" if up else "−") + f"{rng.uniform(0.05, 2.9):.2f}%", "up" if up else "down"


# --------------------------------------------------------------------------- promo

@variant("promo")
def promo_app_box(ctx: Context) -> Widget:
    head = f"Get the {ctx.publisher} app"
    line = "Breaking news alerts, the e-paper and daily puzzles, free on iOS and Android."
    return w(f'<aside class="app-promo"><h4>{e(head)}</h4><p>{e(line)}</p>'
             '<a class="btn" href="https://apps.apple.com/app/id1">App Store</a> '
             '<a class="btn" href="https://play.google.com/store/apps">Google Play</a></aside>',
             head, line, "App Store", "Google Play")


@variant("promo")
def promo_whatsapp(ctx: Context) -> Widget:
    line = f"Follow {ctx.publisher} on WhatsApp for the day's top stories."
    return w(f'<p class="wa-cta"><strong>{e(line)}</strong> <a href="https://whatsapp.com/'
             f'channel/0029Va">Join now</a></p>', line, "Join now")


@variant("promo")
def promo_paywall_inline(ctx: Context) -> Widget:
    price = ctx.rng.choice(("$1 a week", "99c for your first month", "£1 for 3 months",
                            "R5 a month", "€1,99 pro Woche"))
    a = f"Unlimited digital access to {ctx.publisher} for just {price}."
    return w(f'<div class="piano-inline"><p>{e(a)}</p><p><a class="cta" href="/subscribe">'
             'Subscribe now</a></p><p class="login">Already a subscriber? <a href="/login">'
             'Sign in</a></p></div>', a, "Subscribe now", "Already a subscriber? Sign in")


@variant("promo")
def promo_listen(ctx: Context) -> Widget:
    mins = ctx.rng.randint(3, 9)
    a = "Listen to this article"
    b = ctx.rng.choice(("Audio is generated using AI and may contain errors.",
                        "Voiced by artificial intelligence.",
                        "This audio version was created with automated text-to-speech."))
    return w(f'<div class="audio-player" data-player="tts"><button type="button">▶ {a}'
             f'</button> <span class="dur">{mins} min</span><p class="small">{e(b)}</p></div>',
             a, b)


@variant("promo")
def promo_gnews(ctx: Context) -> Widget:
    line = f"Click here to follow {ctx.publisher} on Google News."
    return w(f'<p class="gn-follow"><em><a href="https://news.google.com/publications/x">'
             f'Click here</a> to follow {e(ctx.publisher)} on Google News.</em></p>', line)


@variant("promo")
def promo_support(ctx: Context) -> Widget:
    h = "Support independent local journalism"
    a = (f"Readers like you keep {ctx.publisher} going. Every contribution, however big or "
         "small, pays for reporting in your community.")
    return w(f'<section class="contribute-epic"><h3>{e(h)}</h3><p>{e(a)}</p>'
             '<a class="button" href="/contribute">Contribute today</a> '
             '<a class="button secondary" href="#">Remind me later</a></section>',
             h, a, "Contribute today", "Remind me later")


@variant("promo")
def promo_telegram(ctx: Context) -> Widget:
    line = f"Join {ctx.publisher}'s Telegram channel and get the latest breaking news " \
           "delivered to you."
    return w(f'<div class="tg-promo"><a href="https://t.me/{_handle(ctx).lower()}">'
             f'{e(line)}</a></div>', line)


@variant("promo")
def promo_podcast(ctx: Context) -> Widget:
    a = f"🎧 Listen: The {ctx.publisher} Daily, your news podcast, every weekday at 6am."
    b = "Subscribe wherever you get your podcasts."
    return w(f'<br><span class="podcast-plug">{e(a)} {e(b)}</span>', a, b, inline=True)


@variant("promo")
def promo_epaper(ctx: Context) -> Widget:
    a = "READ the digital replica of today's newspaper on the e-Paper"
    return w(f'<p class="epaper"><strong><a href="https://epaper.{ctx.domain}/">{e(a)}</a>'
             '</strong></p>', a)


@variant("promo")
def promo_meter(ctx: Context) -> Widget:
    n = ctx.rng.randint(2, 4)
    a = f"You have read {n} of 5 free articles this month."
    b = "Register for free to keep reading."
    return w(f'<div class="meter-banner"><span>{a}</span> <a href="/register">{b}</a></div>',
             a, b)


@variant("promo")
def promo_alerts(ctx: Context) -> Widget:
    a = f"Get push alerts for breaking news in {ctx.place}"
    return w(f'<div class="push-optin"><p>🔔 {e(a)}</p><button>Turn on notifications</button>'
             '<button>No thanks</button></div>', a, "Turn on notifications", "No thanks")


@variant("promo")
def promo_event(ctx: Context) -> Widget:
    a = f"Tickets are now on sale for the {ctx.publisher} Business Awards 2027."
    return w(f'<table class="promo-box" width="100%"><tr><td><b>{e(a)}</b><br>'
             '<a href="/events">Book your table &raquo;</a></td></tr></table>',
             a, "Book your table »")


# --------------------------------------------------------------------------- disclaimer

@variant("disclaimer")
def disc_conversation(ctx: Context) -> Widget:
    a = "This article is republished from The Conversation under a Creative Commons license."
    return w(f'<p class="syndication"><em>{e(a)} <a href="https://theconversation.com/">'
             'Read the original article</a>.</em></p>', a, "Read the original article.")


@variant("disclaimer")
def disc_feed(ctx: Context) -> Widget:
    a = (f"(Except for the headline, this story has not been edited by {ctx.publisher} "
         "staff and is published from a syndicated feed.)")
    return w(f'<p class="disclaimer"><i>{e(a)}</i></p>', a)


@variant("disclaimer")
def disc_copyright_wire(ctx: Context) -> Widget:
    a = f"Copyright 2026 {ctx.agency}. All rights reserved."
    b = ("This material may not be published, broadcast, rewritten or redistributed "
         "without permission.")
    return w(f'<div class="copyright-note"><small>{e(a)} {e(b)}</small></div>', a, b)


@variant("disclaimer")
def disc_reuters_credit(ctx: Context) -> Widget:
    names = ("Reporting by Tomás Iriarte; Additional reporting by Nnamdi Eze; Editing by "
             "Helen Varga")
    b = f"Our Standards: The {ctx.agency} Trust Principles."
    return w(f'<p class="credits">{names}</p><p class="standards"><a href="/trust">{e(b)}'
             '</a></p>', names, b)


@variant("disclaimer")
def disc_ai(ctx: Context) -> Widget:
    a = ctx.rng.choice((
        "This article was produced with the assistance of an AI tool and reviewed by our "
        "editorial team.",
        f"{ctx.publisher} uses AI to help summarise some wire copy. A journalist checked "
        "this story before publication.",
        "Parts of this story were translated with the help of machine translation and "
        "edited by a journalist."))
    return w(f'<aside class="ai-disclosure" role="note"><p>ⓘ {e(a)} '
             '<a href="/ai-policy">Learn more about how we use AI</a></p></aside>',
             a, "Learn more about how we use AI")


@variant("disclaimer")
def disc_views(ctx: Context) -> Widget:
    a = ("Disclaimer: The views expressed in this article are the writer's own and do not "
         f"necessarily reflect the editorial stance of {ctx.publisher}.")
    return w(f'<div class="views-disclaimer"><hr><em>{e(a)}</em></div>', a)


@variant("disclaimer")
def disc_cp(ctx: Context) -> Widget:
    d = ctx.rng.randint(1, 5)
    a = f"This report by {ctx.agency} was first published Dec. {d}, 2026."
    return w(f'<p><em>{e(a)}</em></p>', a)


@variant("disclaimer")
def disc_inputs(ctx: Context) -> Widget:
    a = ctx.rng.choice((f"(With inputs from {ctx.agency})", "— With files from the wires",
                        f"Additional reporting by {ctx.agency}",
                        f"{ctx.agency} contributed to this report."))
    return w(f'<br><br><span class="wire-credit">{e(a)}</span>', a, inline=True)


@variant("disclaimer")
def disc_republish(ctx: Context) -> Widget:
    a = "Republish our articles for free, online or in print, under a Creative Commons " \
        "licence."
    return w(f'<div class="republish-box"><p>{e(a)}</p><button class="republish">'
             'Republish this article</button></div>', a, "Republish this article")


@variant("disclaimer")
def disc_medical(ctx: Context) -> Widget:
    a = ("This article is for general information only and is not a substitute for "
         "professional medical advice.")
    return w(f'<p class="note" style="font-size:12px">{e(a)}</p>', a)


@variant("disclaimer")
def disc_invest(ctx: Context) -> Widget:
    a = ("Disclosure: This is not investment advice. The author holds no positions in any "
         "stock mentioned.")
    return w('<div class="disclosure"><strong>Disclosure:</strong> This is not investment '
             'advice. The author holds no positions in any stock mentioned.</div>', a)


@variant("disclaimer")
def disc_distributed(ctx: Context) -> Widget:
    a = f"Distributed by {ctx.agency}, LLC."
    b = "©2026 All rights reserved."
    return w(f'<p class="tca">{e(a)}<br>{e(b)}</p>', a, b)


@variant("disclaimer")
def disc_partnership(ctx: Context) -> Widget:
    a = (f"Editor's note: This story is part of a reporting partnership between "
         f"{ctx.publisher} and {ctx.agency}.")
    return w(f'<p class="editors-note"><strong>Editor\'s note:</strong> This story is part '
             f'of a reporting partnership between {e(ctx.publisher)} and {e(ctx.agency)}.</p>',
             a)


# --------------------------------------------------------------------------- newsletter

@variant("newsletter")
def nl_box(ctx: Context) -> Widget:
    h = ctx.rng.choice(("The Morning Brief", "First Thing", "Daily Catch-up", "The 7am Edit"))
    a = "Everything you need to know to start your day, delivered at 6am."
    c = "By signing up, you agree to our Terms of Use and Privacy Policy."
    return w(f'<div class="newsletter-signup"><h3>{h}</h3><p>{a}</p><form action="/nl">'
             '<input type="email" placeholder="Your email address"><button>Sign up</button>'
             f'</form><p class="fineprint">{c}</p></div>', h, a, "Sign up", c)


@variant("newsletter")
def nl_inline(ctx: Context) -> Widget:
    a = "Sign up for our free newsletter:"
    b = f"Get the {ctx.place} briefing in your inbox every weekday"
    return w(f'<p class="nl-inline"><strong>{a}</strong> <a href="/newsletters">{e(b)}</a></p>',
             a, b)


@variant("newsletter")
def nl_form(ctx: Context) -> Widget:
    a = "Stay informed."
    b = f"Get the latest headlines from {ctx.publisher} straight to your inbox."
    return w(f'<section class="nl-form"><p><b>{a}</b> {e(b)}</p><label for="nl-email">Email '
             'address</label><input id="nl-email" type="email"><input type="submit" '
             'value="Subscribe"><p><small>You can unsubscribe at any time.</small></p>'
             '</section>', a, b, "Email address", "You can unsubscribe at any time.")


@variant("newsletter")
def nl_guardianish(ctx: Context) -> Widget:
    name = ctx.rng.choice(("Business Today", "Morning Mail", "Down to Earth", "The Fiver"))
    a = f"Sign up to {name}"
    b = ("Get set for the working day – we'll point you to all the news and analysis you "
         "need every morning")
    c = ("Privacy Notice: Newsletters may contain info about charities, online ads, and "
         "content funded by outside parties.")
    return w(f'<aside data-component="newsletter-embed"><a href="#after-nl">skip past '
             f'newsletter promotion</a><p class="nl-title">{a}</p><p>{e(b)}</p><p class="fine">'
             f'{e(c)}</p><div id="after-nl">after newsletter promotion</div></aside>',
             "skip past newsletter promotion", a, b, c, "after newsletter promotion")


@variant("newsletter")
def nl_table(ctx: Context) -> Widget:
    a = "Free e-mail alerts"
    b = "Enter your e-mail address:"
    return w(f'<table class="nlbox" cellpadding="4" border="0"><tr><td class="hd">{a}</td>'
             f'</tr><tr><td>{b} <input type="text" name="em" size="18"> <input type="submit"'
             ' value="Go"></td></tr></table>', a, b)


@variant("newsletter")
def nl_want_more(ctx: Context) -> Widget:
    a = ("Want more stories like this? Get our Breaking News alerts delivered to your "
         "inbox.")
    return w(f'<p><strong><a href="/alerts">{e(a)}</a></strong></p>', a)


@variant("newsletter")
def nl_section(ctx: Context) -> Widget:
    a = "Markets at the close: our daily wrap of what moved and why, weekdays at 5pm."
    b = "Already subscribed? Manage your newsletters"
    return w(f'<section class="newsletter"><h2 class="nl-h">Newsletter</h2><p>{a}</p>'
             '<button>Subscribe for free</button><p><a href="/account">'
             f'{b}</a></p></section>', "Newsletter", a, "Subscribe for free", b)


@variant("newsletter")
def nl_br(ctx: Context) -> Widget:
    a = f"Sign up for the {ctx.publisher} Daily Digest ➔"
    return w(f'<br><a class="nl-link" href="/digest"><b>{e(a)}</b></a>', a, inline=True)


@variant("newsletter")
def nl_weekend(ctx: Context) -> Widget:
    a = "☕ Your weekend read: sign up to The Long Read, sent every Saturday morning →"
    return w(f'<div class="nl-teaser"><a href="/longread">{e(a)}</a></div>', a)


@variant("newsletter")
def nl_substack(ctx: Context) -> Widget:
    a = f"Thanks for reading {ctx.publisher}! Subscribe for free to receive new posts."
    return w(f'<div class="subscription-widget-wrap"><p class="cta-caption">{e(a)}</p>'
             '<form><input type="email" placeholder="Type your email..."><button>Subscribe'
             '</button></form></div>', a, "Subscribe")


# --------------------------------------------------------------------------- caption

_CAPTION_LINES = (
    "Residents of {place} gather outside the town hall on Tuesday.",
    "{person} speaks to reporters in {place} earlier this week.",
    "A general view of {place} from the hills above the town.",
    "Workers clear debris from a street in {place}.",
    "{person} arrives for the hearing on Wednesday morning.",
    "Commuters wait on a platform in {place} during the evening rush.",
    "The main road into {place}, pictured in a file image.",
)
_PHOTOGRAPHERS = ("Nikhil Sood", "Kerry-Ann Hughes", "Lwazi Mbatha", "Ruairí Nolan",
                  "Carla Mendes", "Tama Henare", "Jun Hao Lim")


def _cap(ctx: Context) -> str:
    return ctx.rng.choice(_CAPTION_LINES).format(place=ctx.place, person=ctx.person)


def _img(ctx: Context) -> str:
    n = ctx.rng.randint(1000, 9999)
    return (f'<img src="https://cdn.{ctx.domain}/images/2026/12/{n}.jpg" alt="" '
            'width="1200" height="800">')


@variant("caption")
def cap_figcaption(ctx: Context) -> Widget:
    a = _cap(ctx)
    b = f"Photo: {ctx.rng.choice(_PHOTOGRAPHERS)}/{ctx.agency}"
    return w(f'<figure class="article-image">{_img(ctx)}<figcaption>{e(a)} '
             f'<span class="credit">{e(b)}</span></figcaption></figure>', a, b)


@variant("caption")
def cap_pcaption(ctx: Context) -> Widget:
    a = _cap(ctx)
    b = f"Picture: {ctx.rng.choice(_PHOTOGRAPHERS)}"
    return w(f'<div class="image-wrap">{_img(ctx)}<p class="caption">{e(a)}</p>'
             f'<p class="credit">{e(b)}</p></div>', a, b)


@variant("caption")
def cap_small(ctx: Context) -> Widget:
    a = _cap(ctx)
    b = ctx.rng.choice(("(Image: Supplied)", "(Image: Getty)", "Photo: Supplied"))
    return w(f'<div class="pic">{_img(ctx)}<small>{e(a)} {e(b)}</small></div>', a, b)


@variant("caption")
def cap_guardian(ctx: Context) -> Widget:
    a = _cap(ctx)
    b = f"Photograph: {ctx.rng.choice(_PHOTOGRAPHERS)}/Getty Images"
    return w(f'<figure>{_img(ctx)}<figcaption><span class="icon">▲</span> {e(a)} '
             f'<cite>{e(b)}</cite></figcaption></figure>', a, b)


@variant("caption")
def cap_under_img(ctx: Context) -> Widget:
    a = "FILE PHOTO: " + _cap(ctx)
    b = f"REUTERS/{ctx.rng.choice(_PHOTOGRAPHERS)}/File Photo"
    return w(f'<p class="img-p">{_img(ctx)}<br>{e(a)} {e(b)}</p>', a, b)


@variant("caption")
def cap_nzh(ctx: Context) -> Widget:
    a = _cap(ctx)
    b = f"Photo / {ctx.rng.choice(_PHOTOGRAPHERS)}"
    return w(f'<figure class="story-image">{_img(ctx)}<figcaption><p>{e(a)} {e(b)}</p>'
             '</figcaption></figure>', a, b)


@variant("caption")
def cap_express(ctx: Context) -> Widget:
    a = _cap(ctx)
    b = ctx.rng.choice(("(Express Photo by " + ctx.rng.choice(_PHOTOGRAPHERS) + ")",
                        "(PTI Photo)", "(ANI Photo)", "(AAP Image/" + ctx.rng.choice(
                            _PHOTOGRAPHERS) + ")"))
    return w(f'<div class="custom-caption">{_img(ctx)}<span>{e(a)} {e(b)}</span></div>', a, b)


@variant("caption")
def cap_magazine(ctx: Context) -> Widget:
    a = _cap(ctx)
    b = f"(Image credit: Future / {ctx.rng.choice(_PHOTOGRAPHERS)})"
    return w(f'<figure class="van-image-figure">{_img(ctx)}<figcaption itemprop="caption '
             f'description"><span class="caption-text">{e(a)}</span> <span class="credit" '
             f'itemprop="copyrightHolder">{e(b)}</span></figcaption></figure>', a, b)


@variant("caption")
def cap_gallery(ctx: Context) -> Widget:
    n = ctx.rng.randint(6, 24)
    a = f"1 of {n}"
    b = _cap(ctx)
    c = f"{ctx.rng.choice(_PHOTOGRAPHERS)} / {ctx.publisher}"
    return w(f'<div class="gallery"><span class="count">{a}</span>{_img(ctx)}'
             f'<div class="gallery-caption">{e(b)}</div><div class="gallery-credit">{e(c)}'
             f'</div><a href="#g">View gallery ({n} photos)</a></div>', a, b, c,
             f"View gallery ({n} photos)")


@variant("caption")
def cap_video(ctx: Context) -> Widget:
    a = f"WATCH: Scenes from {ctx.place} as the day unfolded"
    b = f"(Video: {ctx.publisher})"
    return w(f'<div class="video-embed"><video src="https://cdn.{ctx.domain}/v/1.mp4" '
             f'controls></video><p class="video-caption">{e(a)} {e(b)}</p></div>', a, b)


@variant("caption")
def cap_getty_by(ctx: Context) -> Widget:
    a = _cap(ctx)
    b = f"(Photo by {ctx.rng.choice(_PHOTOGRAPHERS)}/AFP via Getty Images)"
    return w(f'<figure class="wp-block-image size-large">{_img(ctx)}<figcaption '
             f'class="wp-element-caption">{e(a)} {e(b)}</figcaption></figure>', a, b)


# --------------------------------------------------------------------------- footer

def _author(ctx: Context) -> str:
    return ctx.rng.choice(("Naledi Khumalo", "Conor Fitzgerald", "Anjali Deshpande",
                           "Mark Ellison", "Rosa Villanueva", "Hemi Walker"))


@variant("footer")
def foot_tips(ctx: Context) -> Widget:
    a = ctx.rng.choice((f"Have a news tip? Email tips@{ctx.domain} or message us on Signal.",
                        f"Got a story? Contact the newsroom at news@{ctx.domain}",
                        f"Do you know more? Get in touch confidentially: tips@{ctx.domain}"))
    return w(f'<p class="tipline"><strong>{e(a)}</strong></p>', a)


@variant("footer")
def foot_corrections(ctx: Context) -> Widget:
    a = (f"{ctx.publisher} is committed to accuracy. If you spot an error, please contact "
         f"corrections@{ctx.domain}.")
    b = "Read our corrections policy"
    return w(f'<div class="corrections"><p>{e(a)}</p><a href="/corrections">{b}</a></div>', a, b)


@variant("footer")
def foot_tags(ctx: Context) -> Widget:
    tags = [ctx.place, "Local news", "Top stories", ctx.rng.choice(("Regional", "National",
                                                                    "Community"))]
    return w('<div class="tags"><span class="lbl">Topics:</span> <ul class="tag-list">'
             + "".join(f'<li><a href="/topic/{_slug(t)}">{e(t)}</a></li>' for t in tags)
             + "</ul></div>", "Topics:", *tags[1:])


@variant("footer")
def foot_bio(ctx: Context) -> Widget:
    name = _author(ctx)
    a = (f"{name} is a senior correspondent at {ctx.publisher}, covering politics and "
         "public services. Before joining in 2019 she worked for a regional broadcaster.")
    b = f"More from {name}"
    return w(f'<div class="author-bio"><img src="/authors/1.jpg" alt=""><h4>About the '
             f'author</h4><p>{e(a)}</p><a href="/author/{_slug(name)}">{e(b)}</a> '
             f'<a href="https://x.com/{_slug(name)}">Follow on X</a></div>',
             "About the author", a, b, "Follow on X")


@variant("footer")
def foot_published(ctx: Context) -> Widget:
    d = ctx.rng.randint(1, 5)
    a = (f"Published: 0{d} Dec 2026, {_hhmm(ctx.rng)} IST | Updated: 0{d} Dec 2026, "
         f"{_hhmm(ctx.rng)} IST")
    return w(f'<div class="pub-dates"><span>{a}</span></div>', a)


@variant("footer")
def foot_comments(ctx: Context) -> Widget:
    n = ctx.rng.randint(3, 240)
    a = "Join the conversation"
    b = "Comments are moderated and will appear once approved by our team."
    return w(f'<section id="comments"><h3>{a}</h3><p>{b}</p><a class="btn" href="#c">'
             f'View {n} comments</a></section>', a, b, f"View {n} comments")


@variant("footer")
def foot_affiliate(ctx: Context) -> Widget:
    a = ("We may earn a commission when you buy through links on our site. Here's how it "
         "works.")
    return w(f'<p class="affiliate-disclosure"><small>{e(a)}</small></p>', a)


@variant("footer")
def foot_old(ctx: Context) -> Widget:
    n = ctx.rng.randint(2, 9)
    a = f"This article is more than {n} years old"
    return w(f'<div class="age-warning" role="alert"><span>⚠</span> {a}</div>', a)


@variant("footer")
def foot_originally(ctx: Context) -> Widget:
    h = _heads(ctx, 1)[0]
    a = f"Originally published as {h}"
    return w(f'<p class="originally"><em>Originally published as <a href="/o">{e(h)}</a>'
             '</em></p>', a)


@variant("footer")
def foot_hindu(ctx: Context) -> Widget:
    d = ctx.rng.randint(1, 5)
    a = f"Published - December 0{d}, 2026 0{ctx.rng.randint(1, 9)}:{ctx.rng.randint(10, 59)} pm IST"
    return w(f'<p class="publish-time">{a}</p>', a)


@variant("footer")
def foot_contact(ctx: Context) -> Widget:
    name = _author(ctx)
    a = f"Contact {name} at {_slug(name).replace('-', '.')}@{ctx.domain}"
    return w(f'<p class="contact-reporter"><i>{e(a)}</i></p>', a)


@variant("footer")
def foot_copyright(ctx: Context) -> Widget:
    a = f"© 2026 {ctx.publisher}. All rights reserved."
    b = "This article may not be reproduced without written permission."
    return w(f'<div class="art-copy">{e(a)}<br>{e(b)}</div>', a, b)


# --------------------------------------------------------------------------- related

@variant("related")
def rel_readmore(ctx: Context) -> Widget:
    h = _heads(ctx, 1)[0]
    return w(f'<p class="read-more"><strong>Read more:</strong> <a href="/r">{e(h)}</a></p>',
             f"Read more: {h}")


@variant("related")
def rel_caps(ctx: Context) -> Widget:
    h = _heads(ctx, 1)[0]
    return w(f'<div class="related-inline">RELATED: <a href="/r">{e(h)}</a></div>',
             f"RELATED: {h}")


@variant("related")
def rel_also_read(ctx: Context) -> Widget:
    h = _heads(ctx, 1)[0]
    pre = ctx.rng.choice(("ALSO READ |", "Also Read:", "ALSO READ:"))
    return w(f'<p><b>{pre}</b> <a href="/r">{e(h)}</a></p>', f"{pre} {h}")


@variant("related")
def rel_cards(ctx: Context) -> Widget:
    heads = _heads(ctx, 3)
    ages = [f"{ctx.rng.randint(2, 11)} hours ago" for _ in heads]
    cards = "".join(f'<a class="card" href="/c"><img src="/t.jpg" alt=""><h4>{e(h)}</h4>'
                    f'<span class="age">{a}</span></a>' for h, a in zip(heads, ages,
                                                                       strict=True))
    return w(f'<aside class="related-cards"><h3>More on this story</h3>{cards}</aside>',
             "More on this story", *heads, *ages)


@variant("related")
def rel_nzh_list(ctx: Context) -> Widget:
    heads = _heads(ctx, 3)
    return w('<div class="read-more-list"><p><strong>READ MORE:</strong></p><ul>'
             + "".join(f'<li><a href="/r">• {e(h)}</a></li>' for h in heads) + "</ul></div>",
             "READ MORE:", *[f"• {h}" for h in heads])


@variant("related")
def rel_might_like(ctx: Context) -> Widget:
    heads = _heads(ctx, 4)
    return w('<section class="you-might-like"><h2>You might also like</h2><ol>'
             + "".join(f'<li><a href="/m">{e(h)}</a></li>' for h in heads) + "</ol></section>",
             "You might also like", *heads)


@variant("related")
def rel_ph_read(ctx: Context) -> Widget:
    h = _heads(ctx, 1)[0]
    pre = ctx.rng.choice(("READ:", "WATCH:", "[READ]"))
    return w(f'<p class="related-link"><strong>{pre}</strong> <a href="/r">{e(h)}</a></p>',
             f"{pre} {h}")


@variant("related")
def rel_br_span(ctx: Context) -> Widget:
    h = _heads(ctx, 1)[0]
    return w(f'<br><span class="rel">» <a href="/r">{e(h)}</a></span>', f"» {h}", inline=True)


@variant("related")
def rel_table(ctx: Context) -> Widget:
    heads = _heads(ctx, 3)
    rows = "".join(f'<tr><td>&#9656; <a href="/r">{e(h)}</a></td></tr>' for h in heads)
    return w(f'<table class="relbox" width="40%" align="right"><tr><th>Related stories</th>'
             f'</tr>{rows}</table>', "Related stories", *[f"▸ {h}" for h in heads])


@variant("related")
def rel_continue(ctx: Context) -> Widget:
    h = _heads(ctx, 1)[0]
    return w(f'<div class="inline-teaser"><span class="kicker">Opinion</span> '
             f'<a href="/o">{e(h)}</a><span class="read-time"> · 4 min read</span></div>',
             h, "· 4 min read")


# --------------------------------------------------------------------------- share

@variant("share")
def share_buttons(ctx: Context) -> Widget:
    nets = ["Facebook", "WhatsApp", "LinkedIn", "Email", "Copy link"]
    return w('<div class="share-bar"><span>Share this article</span><ul>'
             + "".join(f'<li><a href="#" class="s-{_slug(n)}">{n}</a></li>' for n in nets)
             + "</ul></div>", "Share this article", *nets)


@variant("share")
def share_count(ctx: Context) -> Widget:
    n = f"{ctx.rng.uniform(1.1, 9.8):.1f}K"
    a = f"{n} Shares"
    return w(f'<div class="share-count"><strong>{n}</strong> Shares <a href="#">Share on '
             'Facebook</a> <a href="#">Share on X</a></div>', a, "Share on Facebook",
             "Share on X")


@variant("share")
def share_tweet_pin(ctx: Context) -> Widget:
    c1, c2 = ctx.rng.randint(11, 400), ctx.rng.randint(2, 90)
    return w(f'<div class="social-counts"><a>Share {c1}</a> <a>Tweet</a> <a>Pin {c2}</a>'
             '</div>', f"Share {c1}", "Tweet", f"Pin {c2}")


@variant("share")
def share_gift(ctx: Context) -> Widget:
    return w('<div class="article-tools"><button>Gift this article</button><button>Save'
             '</button><button>Print</button><button>Listen</button></div>',
             "Gift this article", "Save", "Print", "Listen")


@variant("share")
def share_line(ctx: Context) -> Widget:
    a = "Share this story via WhatsApp · Telegram · Email"
    return w(f'<br><span class="share-inline">{a}</span>', a, inline=True)


@variant("share")
def share_jetpack(ctx: Context) -> Widget:
    return w('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:'
             '</h3><ul><li><a class="share-facebook"><span>Facebook</span></a></li><li>'
             '<a class="share-x"><span>X</span></a></li><li><a class="share-email">'
             '<span>Email</span></a></li></ul></div><div class="sharedaddy sd-like">'
             '<h3 class="sd-title">Like this:</h3><span>Like Loading...</span></div>',
             "Share this:", "Facebook", "Email", "Like this:", "Like Loading...")


@variant("share")
def share_comments(ctx: Context) -> Widget:
    n = ctx.rng.randint(4, 380)
    a = f"💬 {n} comments"
    return w(f'<div class="comment-count"><a href="#comments">{a}</a> · <a href="#">Share</a>'
             '</div>', a, "Share")


@variant("share")
def share_addthis(ctx: Context) -> Widget:
    n = ctx.rng.randint(12, 900)
    return w(f'<div class="addthis_inline_share_toolbox"><span class="at-label">SHARE THIS'
             f'</span> <span class="at-total">{n}</span> <span class="at-total-label">'
             'SHARES</span></div>', "SHARE THIS", "SHARES")


@variant("share")
def share_table(ctx: Context) -> Widget:
    return w('<table class="sharetools"><tr><td><a href="#">E-mail this story</a></td>'
             '<td><a href="#">Print this story</a></td><td><a href="#">Send to a friend</a>'
             '</td></tr></table>', "E-mail this story", "Print this story", "Send to a friend")


@variant("share")
def share_mobile(ctx: Context) -> Widget:
    return w('<div class="m-share"><p class="m-share-label">Share via</p><a class="wa">'
             'WhatsApp</a> <a class="tg">Telegram</a> <a class="sms">SMS</a></div>',
             "Share via", "WhatsApp", "Telegram")


# --------------------------------------------------------------------------- ticker

_INDICES = (("FTSE 100", 7000, 9000), ("DOW", 38000, 46000), ("S&P/ASX 200", 7200, 8900),
            ("Sensex", 72000, 86000), ("Nifty 50", 22000, 26000), ("KSE-100", 90000, 118000),
            ("JSE All Share", 76000, 92000), ("NZX 50", 11500, 13500), ("STI", 3300, 4000),
            ("PSEi", 6000, 7600), ("NSE 20", 1700, 2300), ("DAX", 18000, 21500),
            ("CAC 40", 7000, 8200), ("IBEX 35", 10500, 12800), ("TSX", 22000, 26500))
_FX = (("USD/INR", 82, 87), ("GBP/USD", 1.2, 1.35), ("EUR/USD", 1.02, 1.12),
       ("USD/ZAR", 17, 19.5), ("USD/PKR", 275, 290), ("USD/KES", 125, 135),
       ("USD/NGN", 1450, 1700), ("AUD/USD", 0.6, 0.7), ("USD/PHP", 56, 60),
       ("USD/SGD", 1.3, 1.4), ("NZD/USD", 0.55, 0.62), ("USD/CAD", 1.32, 1.45))


@variant("ticker")
def tick_indices(ctx: Context) -> Widget:
    picks = ctx.rng.sample(_INDICES, 4)
    items = []
    for name, lo, hi in picks:
        ch, d = _chg(ctx.rng)
        items.append((f"{name} {_num(ctx.rng, lo, hi)} {ch}", d))
    return w('<div class="market-strip"><ul>' + "".join(
        f'<li class="{d}">{e(t)}</li>' for t, d in items) + "</ul></div>",
        *[t for t, _ in items])


@variant("ticker")
def tick_fx_table(ctx: Context) -> Widget:
    picks = ctx.rng.sample(_FX, 4)
    rows = [(n, f"{ctx.rng.uniform(lo, hi):.4f}") for n, lo, hi in picks]
    body = "".join(f"<tr><td>{n}</td><td>{r}</td></tr>" for n, r in rows)
    return w(f'<table class="fx-widget"><caption>Currencies</caption>{body}'
             f'<tr><td colspan="2"><small>Rates at {_hhmm(ctx.rng)} GMT</small></td></tr>'
             '</table>', "Currencies", *[n for n, _ in rows], *[r for _, r in rows])


@variant("ticker")
def tick_crypto(ctx: Context) -> Widget:
    coins = (("BTC", 60000, 110000), ("ETH", 2200, 4200), ("SOL", 90, 260), ("XRP", 0.4, 2.8))
    items = []
    for sym, lo, hi in coins:
        ch, _ = _chg(ctx.rng)
        items.append(f"{sym} ${_num(ctx.rng, int(lo), int(hi) + 1)} {ch}")
    return w('<div class="crypto-ticker" data-widget="coins">' + "".join(
        f"<span>{t}</span> " for t in items) + "</div>", *items)


@variant("ticker")
def tick_commodity(ctx: Context) -> Widget:
    items = [f"Gold ${_num(ctx.rng, 2300, 2800)}/oz", f"Silver ${_num(ctx.rng, 26, 34)}/oz",
             f"Brent ${_num(ctx.rng, 60, 95)}", f"WTI ${_num(ctx.rng, 58, 90)}"]
    return w('<aside class="commodities"><h4>Commodities</h4><dl>' + "".join(
        f"<dd>{t}</dd>" for t in items) + "</dl></aside>", "Commodities", *items)


@variant("ticker")
def tick_scores(ctx: Context) -> Widget:
    games = (("Mamelodi Sundowns", "Orlando Pirates"), ("Gor Mahia", "AFC Leopards"),
             ("Shamrock Rovers", "Bohemians"), ("Wellington Phoenix", "Auckland FC"),
             ("Lahore Qalandars", "Karachi Kings"), ("Enyimba", "Rivers United"))
    picks = ctx.rng.sample(games, 3)
    items = [f"FT {a} {ctx.rng.randint(0, 4)}–{ctx.rng.randint(0, 4)} {b}" for a, b in picks]
    return w('<div class="scores-ticker"><span class="label">LIVE SCORES</span>' + "".join(
        f'<span class="match">{e(t)}</span> ' for t in items) + "</div>", "LIVE SCORES", *items)


@variant("ticker")
def tick_weather(ctx: Context) -> Widget:
    t1, t2 = ctx.rng.randint(4, 33), ctx.rng.randint(4, 33)
    cond = ctx.rng.choice(("Partly cloudy", "Light rain", "Sunny", "Showers", "Fog"))
    a = f"{ctx.place} {t1}°C {cond}"
    b = f"Tomorrow {t2}°C"
    return w(f'<div class="weather-widget"><span class="now">{e(a)}</span> · '
             f'<span class="tmrw">{b}</span> <a href="/weather">Full forecast</a></div>',
             a, b, "Full forecast")


@variant("ticker")
def tick_india(ctx: Context) -> Widget:
    a = f"Sensex {_num(ctx.rng, 72000, 86000)} ▲ {_num(ctx.rng, 40, 600)}"
    b = f"Nifty {_num(ctx.rng, 22000, 26000)} ▼ {_num(ctx.rng, 10, 200)}"
    c = f"Gold (10g) ₹{_num(ctx.rng, 62000, 79000, 0)}"
    return w(f'<div class="mkt-ticker"><marquee>{a} | {b} | {c}</marquee></div>', a, b, c)


@variant("ticker")
def tick_cricket(ctx: Context) -> Widget:
    a = (f"IND {ctx.rng.randint(180, 340)}/{ctx.rng.randint(2, 9)} (50 ov) v AUS "
         f"{ctx.rng.randint(150, 320)}/{ctx.rng.randint(3, 10)} ({ctx.rng.randint(38, 49)}.2 ov)")
    b = "Live cricket score"
    return w(f'<div class="cricket-widget"><p class="title">{b}</p><p class="score">{a}</p>'
             '</div>', b, a)


@variant("ticker")
def tick_stock_quote(ctx: Context) -> Widget:
    sym = ctx.rng.choice(("NZX:AIR", "ASX:BHP", "JSE:NPN", "NSE:RELIANCE", "SGX:D05", "TSX:RY"))
    ch, d = _chg(ctx.rng)
    a = f"{sym} {_num(ctx.rng, 2, 300)} {ch}"
    b = f"Delayed by 20 minutes. Last updated {_hhmm(ctx.rng)}."
    return w(f'<div class="quote-card {d}"><span class="q">{a}</span><p class="delay">{b}</p>'
             '</div>', a, b)


# --------------------------------------------------------------------------- embed

_POSTS = ("Huge queues at the polling station in {place} this morning 👀",
          "Roads around {place} are a mess right now, avoid if you can",
          "Thank you to everyone in {place} who came out tonight ❤️",
          "Incredible scenes in {place} this afternoon",
          "Just landed in {place}. More updates soon.",
          "Statement from our team on today's events in {place} 🧵")


def _post(ctx: Context) -> str:
    return ctx.rng.choice(_POSTS).format(place=ctx.place)


def _acct(ctx: Context) -> tuple[str, str]:
    return ctx.rng.choice((("Kiri Tane", "kiritane_nz"), ("Sipho M.", "siphom_za"),
                           ("Aoife Byrne", "aoifebyrne"), ("Local Alerts", "localalerts247"),
                           ("Imran Jafri", "imranjafri"), ("Noor Hassan", "noorhassan")))


@variant("embed")
def embed_x(ctx: Context) -> Widget:
    text = _post(ctx)
    name, handle = _acct(ctx)
    d = ctx.rng.randint(1, 5)
    att = f"— {name} (@{handle}) December {d}, 2026"
    return w(f'<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">'
             f'{e(text)}</p>&mdash; {e(name)} (@{handle}) <a href="https://twitter.com/'
             f'{handle}/status/18{ctx.rng.randint(10**15, 10**16)}">December {d}, 2026</a>'
             '</blockquote><script async src="https://platform.twitter.com/widgets.js" '
             'charset="utf-8"></script>', text, att)


@variant("embed")
def embed_instagram(ctx: Context) -> Widget:
    name, handle = _acct(ctx)
    a = "View this post on Instagram"
    b = f"A post shared by {name} (@{handle})"
    return w('<blockquote class="instagram-media" data-instgrm-permalink="https://www.'
             'instagram.com/p/C1x2y3z/" data-instgrm-version="14"><div><a href="https://www.'
             f'instagram.com/p/C1x2y3z/" target="_blank">{a}</a></div><p><a href="https://'
             f'www.instagram.com/p/C1x2y3z/">{e(b)}</a></p></blockquote><script async '
             'src="//www.instagram.com/embed.js"></script>', a, b)


@variant("embed")
def embed_tiktok(ctx: Context) -> Widget:
    _, handle = _acct(ctx)
    text = _post(ctx)
    sound = f"♬ original sound - {handle}"
    return w(f'<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@{handle}/video/'
             f'73{ctx.rng.randint(10**15, 10**16)}" data-video-id="7"><section><a target="_blank"'
             f' title="@{handle}" href="https://www.tiktok.com/@{handle}">@{handle}</a> '
             f'{e(text)} <a href="https://www.tiktok.com/music/x">{e(sound)}</a></section>'
             '</blockquote><script async src="https://www.tiktok.com/embed.js"></script>',
             f"@{handle}", text, sound)


@variant("embed")
def embed_youtube(ctx: Context) -> Widget:
    a = f"Video: {ctx.publisher} on YouTube"
    return w('<div class="embed-youtube"><iframe width="560" height="315" src="https://www.'
             'youtube.com/embed/dQw4w9WgXcQ" title="YouTube video player" frameborder="0" '
             'allowfullscreen></iframe><p class="embed-caption">' + e(a) + "</p></div>", a)


@variant("embed")
def embed_facebook(ctx: Context) -> Widget:
    text = _post(ctx)
    page = f"{ctx.place} Community Noticeboard"
    d = ctx.rng.choice(("Tuesday, December 1, 2026", "Wednesday, December 2, 2026"))
    att = f"Posted by {page} on {d}"
    return w('<div class="fb-post" data-href="https://www.facebook.com/x/posts/1" '
             'data-width="500"><blockquote cite="https://www.facebook.com/x/posts/1" '
             f'class="fb-xfbml-parse-ignore"><p>{e(text)}</p>Posted by <a href="https://www.'
             f'facebook.com/x">{e(page)}</a> on <a href="https://www.facebook.com/x/posts/1">'
             f'{d}</a></blockquote></div>', text, att)


@variant("embed")
def embed_threads(ctx: Context) -> Widget:
    _, handle = _acct(ctx)
    a = f"Post by @{handle}"
    b = "View on Threads"
    return w('<blockquote class="text-post-media" data-text-post-permalink="https://www.'
             f'threads.net/@{handle}/post/C9" data-text-post-version="0"><a href="https://'
             f'www.threads.net/@{handle}/post/C9"><div>{a}</div><div>{b}</div></a>'
             '</blockquote><script async src="https://www.threads.net/embed.js"></script>',
             a, b)


@variant("embed")
def embed_bluesky(ctx: Context) -> Widget:
    text = _post(ctx)
    name, handle = _acct(ctx)
    d = ctx.rng.randint(1, 5)
    att = f"— {name} (@{handle}.bsky.social) December {d}, 2026 at 9:{ctx.rng.randint(10, 59)} AM"
    tail = att.split(") ", 1)[1]
    return w('<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.'
             f'feed.post/3l" data-bluesky-cid="bafy"><p lang="en">{e(text)}</p>&mdash; '
             f'{e(name)} (<a href="https://bsky.app/profile/did:plc:abc">@{handle}.bsky.social'
             f'</a>) <a href="https://bsky.app/profile/did:plc:abc/post/3l">{tail}</a>'
             '</blockquote><script async src="https://embed.bsky.app/static/embed.js">'
             '</script>', text, att)


@variant("embed")
def embed_linkedin(ctx: Context) -> Widget:
    a = f"{ctx.person} on LinkedIn"
    return w('<figure class="embed linkedin"><iframe src="https://www.linkedin.com/embed/feed/'
             'update/urn:li:share:72" height="560" width="504" frameborder="0" '
             f'title="Embedded post"></iframe><figcaption>{e(a)}</figcaption></figure>', a)


@variant("embed")
def embed_mastodon(ctx: Context) -> Widget:
    _, handle = _acct(ctx)
    a = f"Post by @{handle}@mastodon.social"
    b = "View on Mastodon"
    return w('<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/'
             f'@{handle}/11/embed"><a href="https://mastodon.social/@{handle}/11" '
             f'target="_blank">{a}</a><div>{b}</div></blockquote><script '
             'data-allowed-prefixes="https://mastodon.social/" async src="https://mastodon.'
             'social/embed.js"></script>', a, b)


@variant("embed")
def embed_reddit(ctx: Context) -> Widget:
    title = _post(ctx)
    sub = "r/" + "".join(c for c in ctx.place if c.isalnum())
    user = "u/" + _acct(ctx)[1]
    return w('<blockquote class="reddit-embed-bq" data-embed-height="316"><a href="https://'
             f'www.reddit.com/{sub}/comments/1h/">{e(title)}</a><br> by<a href="https://www.'
             f'reddit.com/user/x/">{user}</a> in<a href="https://www.reddit.com/{sub}/">{sub}'
             '</a></blockquote><script async src="https://embed.reddit.com/widgets.js" '
             'charset="UTF-8"></script>', title, user, sub)


@variant("embed")
def embed_telegram(ctx: Context) -> Widget:
    ch = "".join(c for c in ctx.place.lower() if c.isalnum()) + "_news"
    a = f"Telegram post from @{ch}"
    return w(f'<div class="tg-embed"><script async src="https://telegram.org/js/telegram-'
             f'widget.js?22" data-telegram-post="{ch}/{ctx.rng.randint(100, 9999)}" '
             f'data-width="100%"></script><p class="tg-fallback"><a href="https://t.me/{ch}">'
             f'{a}</a></p></div>', a)


# --------------------------------------------------------------------------- ad

_SPONSORED = ("Doctors Are Stunned By This Simple Morning Habit",
              "Homeowners Are Replacing Their Roofs With This Clever Alternative",
              "The Tiny Gadget Everyone In Your Suburb Is Talking About",
              "Here's What A Week In This Island Resort Really Costs",
              "Seniors Born Before 1965 Could Be Entitled To This Rebate",
              "This New Hearing Aid Is Almost Invisible")
_BRANDS = ("HealthWise Daily", "Roof Guide", "TechDeals Today", "Travel Insider",
           "Savings Finder", "Hearing Advice")


@variant("ad")
def ad_gpt(ctx: Context) -> Widget:
    n = ctx.rng.randint(1000000, 9999999)
    return w(f'<div class="ad-container ad-mpu"><p class="ad-label">Advertisement</p>'
             f'<div id="div-gpt-ad-{n}-0" style="min-height:250px"></div></div>',
             "Advertisement")


@variant("ad")
def ad_continues(ctx: Context) -> Widget:
    a = ctx.rng.choice(("Story continues below advertisement",
                        "Article continues below this ad", "Continue reading below"))
    return w(f'<div class="ad-slot"><div class="ad-unit"></div><span class="c-ad__label">{a}'
             '</span></div>', a)


@variant("ad")
def ad_scroll(ctx: Context) -> Widget:
    a = "ADVERTISEMENT"
    b = "SCROLL TO CONTINUE WITH CONTENT"
    return w(f'<aside class="adunit"><div class="adlabel">{a}</div><div class="adbox"></div>'
             f'<div class="adscroll">{b}</div></aside>', a, b)


def _pairs(ctx: Context, n: int) -> list[tuple[str, str]]:
    idx = ctx.rng.sample(range(len(_SPONSORED)), n)
    return [(_SPONSORED[i], _BRANDS[i]) for i in idx]


@variant("ad")
def ad_taboola(ctx: Context) -> Widget:
    pairs = _pairs(ctx, 3)
    items = "".join(f'<a class="trc_item" href="https://trc.example/c"><span class="video-'
                    f'label">{e(h)}</span><span class="branding">{e(b)}</span></a>'
                    for h, b in pairs)
    return w('<div id="taboola-below-article-thumbnails"><div class="trc_rbox_header">'
             '<span>You May Like</span><span class="trc_header_ext">Sponsored Links by '
             f'Taboola</span></div>{items}</div>', "You May Like", "Sponsored Links by Taboola",
             *[h for h, _ in pairs], *[b for _, b in pairs])


@variant("ad")
def ad_outbrain(ctx: Context) -> Widget:
    pairs = _pairs(ctx, 2)
    items = "".join(f'<li><a><span class="ob-rec-text">{e(h)}</span><span class="ob-rec-'
                    f'source">{e(b)}</span></a></li>' for h, b in pairs)
    return w(f'<div class="OUTBRAIN" data-widget-id="AR_1"><div class="ob-widget-header">'
             f'Promoted Stories</div><ul>{items}</ul><a class="ob_what">Recommended by</a>'
             '</div>', "Promoted Stories", *[h for h, _ in pairs], *[b for _, b in pairs],
             "Recommended by")


@variant("ad")
def ad_sponsored_by(ctx: Context) -> Widget:
    brand = ctx.rng.choice(("Kestrel Bank", "Ubuntu Mutual", "Harbourside Realty",
                            "Southern Cross Insurance"))
    a = f"Sponsored by {brand}"
    b = "Partner content"
    return w(f'<div class="sponsor-strip"><span class="kicker">{b}</span> <img src="/s.png" '
             f'alt=""> <span>{e(a)}</span></div>', a, b)


@variant("ad")
def ad_native(ctx: Context) -> Widget:
    h, b = _pairs(ctx, 1)[0]
    return w(f'<div class="native-ad"><span class="tag">SPONSORED</span><h4>{e(h)}</h4>'
             f'<p>{e(b)}</p><a>Learn more</a></div>', "SPONSORED", h, b, "Learn more")


@variant("ad")
def ad_dashes(ctx: Context) -> Widget:
    return w('<p class="ad-sep" style="text-align:center">— ADVERTISEMENT —</p>',
             "— ADVERTISEMENT —")


@variant("ad")
def ad_inline_br(ctx: Context) -> Widget:
    return w('<br><span class="adv-inline">Advertisement · Scroll to continue</span>',
             "Advertisement · Scroll to continue", inline=True)


@variant("ad")
def ad_nyt(ctx: Context) -> Widget:
    return w('<div class="ad-wrapper"><p><a href="#after-ad">SKIP ADVERTISEMENT</a></p>'
             '<div id="after-ad"></div></div>', "SKIP ADVERTISEMENT")


@variant("ad")
def ad_table(ctx: Context) -> Widget:
    return w('<table class="adtable" align="center"><tr><td><font size="1" color="#999999">'
             'advertisement</font><br><div id="banner_300x250"></div></td></tr></table>',
             "advertisement")


# --------------------------------------------------------------------------- other languages

LOCAL_HEADLINES = {
    "de": ("Neue Radwege: Stadt plant Umbau der Hauptstraße", "Kita-Gebühren steigen ab März",
           "Feuerwehr rettet Familie aus brennendem Haus", "Wochenmarkt zieht auf den Domplatz",
           "Landrat kündigt Rücktritt an"),
    "fr": ("Le marché de Noël ouvre ses portes samedi", "Grève des cheminots : le trafic perturbé",
           "Un nouveau collège pour la rentrée 2027", "Incendie dans un entrepôt : pas de blessés",
           "Le festival de jazz dévoile sa programmation"),
    "es": ("El Ayuntamiento aprueba la nueva ordenanza de terrazas",
           "Detenido un hombre por robar en varias farmacias",
           "La Vuelta pasará por la comarca en agosto",
           "Suben un 12% las ventas de vivienda usada", "Cortes de tráfico por obras en el centro"),
    "it": ("Sciopero dei trasporti, le fasce di garanzia", "Nuova pista ciclabile sul lungofiume",
           "Furti in appartamento, tre arresti", "Il sindaco inaugura la scuola rinnovata",
           "Maltempo, allerta gialla nel weekend"),
    "pt": ("Câmara aprova orçamento para 2027", "Incêndio consome armazém na zona industrial",
           "Preço das casas volta a subir", "Nova ligação de metro arranca em março",
           "Festival de verão anuncia cartaz"),
    "nl": ("Gemeente wil meer woningen bouwen in centrum", "Brand in loods, geen gewonden",
           "Nieuwe fietsbrug over het kanaal geopend", "Kermis gaat dit jaar niet door",
           "Politie zoekt getuigen van overval"),
    "pl": ("Nowa linia tramwajowa gotowa w przyszłym roku", "Pożar hali magazynowej pod miastem",
           "Rekordowe ceny mieszkań w regionie", "Szkoła w remoncie. Lekcje w kontenerach",
           "Wybory uzupełniające do rady gminy"),
    "sv": ("Kommunen bygger ny förskola i centrum", "Brand i lagerlokal – ingen skadad",
           "Bussarna får nya tider från januari", "Polisen söker vittnen efter rån",
           "Ishallen stängs för renovering"),
}

# Per language: kind -> variants, each a tuple of lines ({publisher}, {place}, {agency},
# {person}, {domain} filled in). caption: (caption, credit); related: (prefix, mode).
LOCAL_TEXT: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {
    "de": {
        "newsletter": (("Newsletter", "Das Wichtigste aus {place} jeden Morgen kostenlos in "
                        "Ihrem Postfach.", "Jetzt anmelden", "Mit der Anmeldung akzeptieren "
                        "Sie unsere Datenschutzerklärung."),
                       ("Der {publisher}-Newsletter: Hier kostenlos abonnieren!",)),
        "disclaimer": (("Dieser Artikel wurde mit Material der Nachrichtenagenturen {agency} "
                        "und dpa erstellt.",),
                       ("Hinweis: Dieser Text wurde mithilfe künstlicher Intelligenz "
                        "übersetzt und redaktionell geprüft.",)),
        "promo": (("Jetzt weiterlesen mit {publisher}+", "Alle Artikel, E-Paper und Podcast. "
                   "Im ersten Monat für 0,99 €.", "Jetzt testen", "Bereits Abonnent? Hier "
                   "anmelden"),
                  ("Folgen Sie {publisher} auch auf WhatsApp.",)),
        "caption": (("Blick auf das Rathaus von {place}.", "Foto: dpa/{person}"),
                    ("{person} am Dienstag in {place}.", "Bild: Keystone"),
                    ("Die Innenstadt von {place} am Abend.", "© APA/picturedesk.com")),
        "related": (("Lesen Sie auch:", "inline"), ("Mehr zum Thema", "list")),
        "footer": (("Haben Sie einen Fehler entdeckt? Schreiben Sie uns an "
                    "korrektur@{domain}.",),
                   ("Mehr zum Thema:", "Kommunalpolitik", "Region"),
                   ("Kommentare", "Zur Kommentarfunktion müssen Sie angemeldet sein.")),
        "ad": (("Anzeige",), ("Anzeige", "Weiterlesen nach der Anzeige"),
               ("WERBUNG",)),
    },
    "fr": {
        "newsletter": (("Newsletter", "Recevez chaque matin l'essentiel de l'actualité de "
                        "{place}.", "Je m'inscris", "Vos données sont traitées conformément "
                        "à notre politique de confidentialité."),
                       ("Inscrivez-vous gratuitement à la newsletter de {publisher} !",)),
        "disclaimer": (("Cet article a été rédigé avec l'aide de l'{agency} (AFP).",),
                       ("Cet article est réservé aux abonnés. Toute reproduction est "
                        "interdite.",)),
        "promo": (("Article réservé aux abonnés", "Abonnez-vous pour 1 € le premier mois, "
                   "sans engagement.", "Je m'abonne", "Déjà abonné ? Se connecter"),
                  ("Téléchargez l'application {publisher} pour recevoir nos alertes.",)),
        "caption": (("La mairie de {place}, ce mardi.", "Photo : AFP / {person}"),
                    ("{person} lors de la réunion publique.", "© Belga"),
                    ("Le centre de {place}.", "Crédit photo : Maxppp")),
        "related": (("À lire aussi :", "inline"), ("Sur le même sujet", "list")),
        "footer": (("Vous avez repéré une erreur ? Signalez-la à la rédaction.",),
                   ("Réagissez à cet article", "Les commentaires sont soumis à modération."),
                   ("Mis à jour le 3 décembre 2026 à 10 h 12",)),
        "ad": (("Publicité",), ("PUBLICITÉ", "Contenus sponsorisés"),),
    },
    "es": {
        "newsletter": (("Boletín", "Recibe cada mañana las noticias de {place} en tu correo.",
                        "Suscríbete", "Al suscribirte aceptas nuestra política de "
                        "privacidad."),
                       ("Apúntate a nuestra newsletter diaria y no te pierdas nada.",)),
        "disclaimer": (("Con información de {agency} y EFE.",),
                       ("Queda prohibida la reproducción total o parcial de este contenido "
                        "sin autorización.",)),
        "promo": (("Únete al canal de WhatsApp de {publisher}",),
                  ("Hazte suscriptor", "Accede sin límites a todo el contenido por 1 € al "
                   "mes.", "Suscríbete ahora", "¿Ya eres suscriptor? Inicia sesión")),
        "caption": (("Vecinos de {place} achican agua de un garaje.", "Foto: EFE / {person}"),
                    ("{person}, este martes.", "Imagen: Cedida"),
                    ("Vista de {place}.", "(Foto: Cuartoscuro)")),
        "related": (("Lee también:", "inline"), ("Más noticias", "list"),
                    ("TE PUEDE INTERESAR", "list")),
        "footer": (("¿Has visto un error? Escríbenos a correcciones@{domain}.",),
                   ("Archivado en:", "Sucesos", "Meteorología"),
                   ("Comentarios", "Inicia sesión para comentar.")),
        "ad": (("Publicidad",), ("PUBLICIDAD", "Contenido patrocinado")),
    },
    "it": {
        "newsletter": (("Newsletter", "Ogni mattina le notizie di {place} direttamente nella "
                        "tua casella di posta.", "Iscriviti", "Iscrivendoti accetti "
                        "l'informativa sulla privacy."),
                       ("Iscriviti alla newsletter di {publisher}: è gratis.",)),
        "disclaimer": (("Riproduzione riservata ©",),
                       ("Articolo realizzato con il contributo dell'agenzia {agency} e "
                        "ANSA.",)),
        "promo": (("Segui {publisher} su WhatsApp: iscriviti al canale",),
                  ("Abbonati a {publisher}", "Il primo mese a 1 euro, poi disdici quando "
                   "vuoi.", "Abbonati ora", "Sei già abbonato? Accedi")),
        "caption": (("Il municipio di {place}.", "Foto: ANSA/{person}"),
                    ("{person} all'uscita del tribunale.", "(Foto d'archivio)"),
                    ("Una veduta di {place}.", "Fotogramma")),
        "related": (("Leggi anche:", "inline"), ("Potrebbe interessarti anche", "list")),
        "footer": (("Hai trovato un errore? Segnalalo alla redazione.",),
                   ("Tag:", "Cronaca", "Giustizia"),
                   ("Ultimo aggiornamento: 3 dicembre 2026, 11:40",)),
        "ad": (("Pubblicità",), ("PUBBLICITÀ", "Contenuto sponsorizzato"),),
    },
    "pt": {
        "newsletter": (("Newsletter", "Receba as principais notícias de {place} no seu "
                        "e-mail.", "Subscrever", "Ao subscrever aceita a nossa política de "
                        "privacidade."),
                       ("Cadastre-se e receba nossa newsletter gratuitamente.",)),
        "disclaimer": (("Com informações da {agency} e da Agência Brasil.",),
                       ("Este conteúdo não pode ser reproduzido sem autorização.",)),
        "promo": (("Siga o canal do {publisher} no WhatsApp",),
                  ("Assine o {publisher}", "Acesso ilimitado por R$ 1,90 no primeiro mês.",
                   "Assine agora", "Já é assinante? Faça login")),
        "caption": (("Professores em protesto em {place}.", "Foto: Agência Brasil/{person}"),
                    ("{person}, diretor do agrupamento.", "Foto: Lusa"),
                    ("A escola secundária de {place}.", "Imagem: Divulgação")),
        "related": (("Leia também:", "inline"), ("Relacionadas", "list"),
                    ("LEIA MAIS", "list")),
        "footer": (("Encontrou um erro? Envie para a nossa redação.",),
                   ("Tópicos:", "Educação", "Escolas"),
                   ("Comentários", "Os comentários são de inteira responsabilidade dos "
                    "autores.")),
        "ad": (("Publicidade",), ("PUBLICIDADE", "Conteúdo patrocinado")),
    },
    "nl": {
        "newsletter": (("Nieuwsbrief", "Elke ochtend het belangrijkste nieuws uit {place} in "
                        "je mailbox.", "Aanmelden", "Je kunt je op elk moment weer "
                        "afmelden."),
                       ("Meld je aan voor de gratis nieuwsbrief van {publisher}.",)),
        "disclaimer": (("Dit artikel is tot stand gekomen in samenwerking met {agency} en "
                        "ANP.",),
                       ("Op dit artikel rust auteursrecht. Overnemen is niet toegestaan "
                        "zonder toestemming.",)),
        "promo": (("Word abonnee", "Onbeperkt lezen voor €1 de eerste maand.",
                   "Neem een abonnement", "Al abonnee? Log in"),
                  ("Download de {publisher}-app voor het laatste nieuws.",)),
        "caption": (("Het ziekenhuis in {place}.", "Foto: ANP/{person}"),
                    ("{person}, chirurg.", "Beeld: Belga"),
                    ("De ingang van de spoedeisende hulp.", "© Hollandse Hoogte")),
        "related": (("Lees ook:", "inline"), ("Meer over dit onderwerp", "list")),
        "footer": (("Fout gezien? Mail naar redactie@{domain}.",),
                   ("Reageer op dit artikel", "Reacties worden gemodereerd."),
                   ("Gerelateerde onderwerpen:", "Zorg", "Ziekenhuizen")),
        "ad": (("Advertentie",), ("ADVERTENTIE", "Gesponsorde inhoud")),
    },
    "pl": {
        "newsletter": (("Newsletter", "Najważniejsze wiadomości z regionu {place} prosto na "
                        "Twoją skrzynkę.", "Zapisz się", "Zapisując się, akceptujesz "
                        "regulamin i politykę prywatności."),
                       ("Zapisz się na nasz newsletter i bądź na bieżąco!",)),
        "disclaimer": (("Źródło: PAP, {agency}",),
                       ("Materiał chroniony prawem autorskim. Wszelkie prawa zastrzeżone.",)),
        "promo": (("Obserwuj {publisher} w Google News",),
                  ("Subskrybuj {publisher}", "Nielimitowany dostęp do wszystkich artykułów "
                   "za 1 zł.", "Kup dostęp", "Masz już subskrypcję? Zaloguj się")),
        "caption": (("Sesja rady gminy {place}.", "Fot. PAP/{person}"),
                    ("Wójt {person}.", "Fot. Archiwum prywatne"),
                    ("Droga gminna w {place}.", "fot. Shutterstock")),
        "related": (("Czytaj także:", "inline"), ("Zobacz również", "list"),
                    ("CZYTAJ WIĘCEJ", "list")),
        "footer": (("Masz temat? Napisz do nas: redakcja@{domain}",),
                   ("Tagi:", "samorząd", "budżet gminy"),
                   ("Komentarze", "Zaloguj się, aby dodać komentarz.")),
        "ad": (("Reklama",), ("REKLAMA", "Artykuł sponsorowany")),
    },
    "sv": {
        "newsletter": (("Nyhetsbrev", "Få de viktigaste nyheterna från {place} direkt i din "
                        "inkorg.", "Prenumerera", "Du kan när som helst avsluta din "
                        "prenumeration."),
                       ("Missa inget – anmäl dig till vårt nyhetsbrev!",)),
        "disclaimer": (("TT", "Texten är skriven av nyhetsbyrån TT."),
                       ("Artikeln har uppdaterats med ny information.",)),
        "promo": (("Ladda ner {publisher}s app och få pushnotiser om viktiga nyheter.",),
                  ("Bli prenumerant", "Läs allt för 1 kr första månaden.", "Prenumerera nu",
                   "Redan prenumerant? Logga in")),
        "caption": (("Nedfallna träd i {place}.", "Foto: TT/{person}"),
                    ("{person}, presschef.", "Bild: Pressbild"),
                    ("Stormen drog in under natten.", "FOTO: Privat")),
        "related": (("Läs också:", "inline"), ("Mer om ämnet", "list")),
        "footer": (("Har du tips? Kontakta oss på tips@{domain}",),
                   ("Publicerad 3 december 2026 kl. 07.41",),
                   ("Ämnen i artikeln:", "Storm", "Strömavbrott")),
        "ad": (("Annons",), ("ANNONS", "Sponsrat innehåll")),
    },
}


def _fmt(ctx: Context, text: str) -> str:
    return text.format(publisher=ctx.publisher, place=ctx.place, agency=ctx.agency,
                       person=ctx.person, domain=ctx.domain)


def _local_variant(lang: str, kind: str, lines: tuple[str, ...], index: int) -> Variant:
    def render(ctx: Context) -> Widget:
        rng = ctx.rng
        filled = [_fmt(ctx, line) for line in lines]
        if kind == "caption":
            cap, credit = filled
            style = rng.randrange(4)
            if style == 0:
                return w(f"<figure>{_img(ctx)}<figcaption>{e(cap)} <span class=\"credit\">"
                         f"{e(credit)}</span></figcaption></figure>", cap, credit)
            if style == 1:
                return w(f'<div class="bild">{_img(ctx)}<p class="bildtext">{e(cap)}</p>'
                         f'<p class="copyright">{e(credit)}</p></div>', cap, credit)
            if style == 2:
                return w(f'<p class="foto">{_img(ctx)}<br><small>{e(cap)} {e(credit)}</small>'
                         "</p>", cap, credit)
            return w(f'<figure class="media">{_img(ctx)}<figcaption><span>{e(cap)}</span>'
                     f"<cite>{e(credit)}</cite></figcaption></figure>", cap, credit)
        if kind == "related":
            prefix, mode = lines
            heads = list(LOCAL_HEADLINES[lang])
            rng.shuffle(heads)
            if mode == "inline":
                h = heads[0]
                if rng.random() < 0.4:
                    return w(f'<br><strong>{e(prefix)}</strong> <a href="/a">{e(h)}</a>',
                             f"{prefix} {h}", inline=True)
                return w(f'<p class="lesetipp"><strong>{e(prefix)}</strong> <a href="/a">'
                         f"{e(h)}</a></p>", f"{prefix} {h}")
            items = heads[:3]
            return w(f'<div class="related"><h3>{e(prefix)}</h3><ul>' + "".join(
                f'<li><a href="/a">{e(h)}</a></li>' for h in items) + "</ul></div>",
                prefix, *items)
        if kind == "ad":
            if len(filled) == 1:
                tag = rng.choice(("div", "p", "span"))
                return w(f'<{tag} class="ad-label">{e(filled[0])}</{tag}>'
                         f'<div class="ad-slot" id="ad-{index}"></div>', filled[0])
            label, extra = filled
            picks = rng.sample(_SPONSORED, 2)
            return w(f'<aside class="werbung"><div class="ad-label">{e(label)}</div>'
                     f'<div class="ad-slot"></div><h4>{e(extra)}</h4>'
                     + "".join(f"<p><a>{e(h)}</a></p>" for h in picks)
                     + "</aside>", label, extra, *picks)
        if len(filled) == 1:
            style = rng.randrange(3)
            text = filled[0]
            if style == 0:
                return w(f'<p class="hinweis"><em>{e(text)}</em></p>', text)
            if style == 1:
                return w(f'<div class="box-{kind}"><strong>{e(text)}</strong></div>', text)
            return w(f'<br><br><i>{e(text)}</i>', text, inline=True)
        if kind in ("newsletter", "promo") and len(filled) == 4:
            h, body, button, small = filled
            return w(f'<section class="{kind}-box"><h3>{e(h)}</h3><p>{e(body)}</p>'
                     f'<form><input type="email"><button>{e(button)}</button></form>'
                     f"<p><small>{e(small)}</small></p></section>", *filled)
        head, *rest = filled
        return w(f'<div class="{kind}"><h4>{e(head)}</h4>' + "".join(
            f"<span>{e(r)}</span> " for r in rest) + "</div>", *filled)
    render.__name__ = f"{lang}_{kind}_{index}"
    return render


for _lang, _kinds in LOCAL_TEXT.items():
    for _kind, _variants in _kinds.items():
        LOCAL[(_lang, _kind)] = [_local_variant(_lang, _kind, v, i)
                                 for i, v in enumerate(_variants)]


def make_widget(kind: str, ctx: Context) -> Widget:
    """A widget of ``kind`` in the context's language where there is one, else English."""
    local = LOCAL.get((ctx.lang, kind))
    if local:
        return ctx.rng.choice(local)(ctx)
    return ctx.rng.choice(BANKS[kind])(ctx)
