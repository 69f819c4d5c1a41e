"""Noise widgets and site chrome for the fresh4 set, in English and eight other languages.

A widget is the HTML of one publisher element (a newsletter box, a caption, an ad slot,
an embedded post ...) and the strings of it a cleaner should drop. Wrappers come from the
template's ``box`` so that the same kind of widget is marked up differently per publisher;
wordings are drawn from pools, each template seeing its own slice of every pool, so that
publishers differ in their phrasing as they do in life.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Widget:
    """HTML of one noise element and the strings in it that are labelled noise."""

    html: str
    strings: tuple[str, ...]


Box = Callable[[str, str], str]


@dataclass(slots=True)
class Context:
    """What a widget may draw on: the page's publisher, story and template."""

    rng: random.Random
    lang: str
    publisher: str
    domain: str
    agency: str
    reporter: str
    person: str
    place: str
    headlines: list[str]
    tindex: int
    box: Box
    figure: Callable[[str, str], str]
    beat: str = "local government"
    extra: dict[str, str] = field(default_factory=dict)

    def pick(self, pool: Sequence[str]) -> str:
        """A wording from this template's slice of ``pool``."""
        n = len(pool)
        width = max(2, n // 3)
        start = (self.tindex * 5) % n
        return self.rng.choice([pool[(start + i) % n] for i in range(width)])

    def headline(self) -> str:
        return self.headlines.pop() if self.headlines else f"More news from {self.place}"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:50]


def fmt(text: str, ctx: Context) -> str:
    return text.format(publisher=ctx.publisher, domain=ctx.domain, agency=ctx.agency,
                       reporter=ctx.reporter, person=ctx.person, place=ctx.place,
                       beat=ctx.beat, **ctx.extra)


PHOTOGRAPHERS = ("Lena Abernathy", "Tobias Merrow", "Ruth Okafor-Hale", "Sung-min Park",
                 "Gareth Llewellyn", "Inés Cardoso", "Milan Horvat", "Jolene Baptiste",
                 "Farid Hassani", "Moira Kincaid")
HANDLES = ("cityofficial", "wxdesk", "newsroom_live", "countyalerts", "metro_traffic",
           "statehouse_pool", "the_scorebook", "labnotes")

# --------------------------------------------------------------------------- English
NEWSLETTER_NAMES = ("The Morning Edition", "Daybreak", "The 5 O'Clock Brief",
                    "Week in Review", "The Local Catch-Up", "Capitol Notes", "Market Close",
                    "The Weekender", "Court Watch", "First Read", "Evening Wrap",
                    "Inside {place}", "The Sunday Long Read", "Breakfast Briefing")
NEWSLETTER_BLURBS = (
    "The day's most important stories, delivered to your inbox before 7 a.m.",
    "Our editors' pick of the best journalism, every weekday morning.",
    "Everything you need to know about {place}, in five minutes or less.",
    "A free weekly round-up of the stories people are talking about.",
    "Smart, short and free: the news that matters to you, every evening.",
    "Get the latest headlines and analysis sent straight to your inbox.",
    "Join 80,000 readers who start their day with us.",
    "One email. All the news you need. No spam, ever.",
)
NEWSLETTER_LEGAL = (
    "By signing up, you agree to our Terms of Use and Privacy Policy.",
    "You can unsubscribe at any time. See our privacy notice for details.",
    "This site is protected by reCAPTCHA and the Google Privacy Policy applies.",
    "By submitting your email you consent to receive marketing messages from {publisher}.",
)
NEWSLETTER_BUTTONS = ("Sign up", "Subscribe", "Count me in", "Get the newsletter",
                      "Sign me up", "Join now")
NEWSLETTER_INLINE = (
    "Sign up for {name}, our free newsletter, to get stories like this in your inbox.",
    "Want more stories like this? Get {name} delivered every weekday.",
    "Never miss a story: subscribe to {name} for free.",
    "This article first appeared in {name}. Sign up here to receive it.",
    "Like what you're reading? {name} lands in inboxes every morning. Subscribe free.",
)


def newsletter(ctx: Context) -> Widget:
    name = fmt(ctx.pick(NEWSLETTER_NAMES), ctx)
    if ctx.rng.random() < 0.4:
        line = ctx.pick(NEWSLETTER_INLINE).format(name=name)
        return Widget(ctx.box("newsletter-inline", f"<p><strong>{esc(line)}</strong></p>"),
                      (line,))
    head = ctx.rng.choice((f"Get {name} in your inbox", f"Sign up for {name}",
                           f"{name}: the newsletter", f"Subscribe to {name}"))
    blurb = fmt(ctx.pick(NEWSLETTER_BLURBS), ctx)
    legal = fmt(ctx.pick(NEWSLETTER_LEGAL), ctx)
    button = ctx.pick(NEWSLETTER_BUTTONS)
    form = ("" if ctx.rng.random() < 0.3 else
            f'<form action="/newsletters/subscribe" method="post"><label for="nl-email" '
            f'class="visually-hidden">Email address</label><input id="nl-email" type="email" '
            f'name="email" placeholder="you@example.com" required>'
            f'<button type="submit">{esc(button)}</button></form>')
    inner = (f"<h3>{esc(head)}</h3><p>{esc(blurb)}</p>{form}<p><small>{esc(legal)}"
             f"</small></p>")
    return Widget(ctx.box("newsletter", inner), (head, blurb, legal))


APP_LINES = (
    "Download the {publisher} app for breaking news, live blogs and puzzles.",
    "Read this and more in the {publisher} app, free on iOS and Android.",
    "Stay informed on the go: get the {publisher} app today.",
    "Get the {publisher} app and never miss a headline.",
    "Our app is the fastest way to read {publisher}. Try it free.",
)
APP_BADGES = ("Download on the App Store", "Get it on Google Play", "Available on the App "
              "Store")


def app(ctx: Context) -> Widget:
    line = fmt(ctx.pick(APP_LINES), ctx)
    badges = ctx.rng.sample(APP_BADGES[:2], 2) if ctx.rng.random() < 0.6 else []
    inner = f"<p>{esc(line)}</p>" + "".join(
        f'<a class="badge" href="https://apps.{ctx.domain}/{i}">{esc(b)}</a>'
        for i, b in enumerate(badges))
    return Widget(ctx.box("app-promo", inner), (line, *badges))


CHANNEL_LINES = (
    "Follow {publisher} on WhatsApp for the day's top stories.",
    "Join our WhatsApp channel: news from {place}, straight to your phone.",
    "Get our headlines on Telegram. Join the channel now.",
    "We're on WhatsApp! Tap here to get the latest news from {publisher}.",
    "Breaking news on Telegram: follow t.me/{handle}.",
    "Get {publisher} on WhatsApp. Click to join.",
)


def channel(ctx: Context) -> Widget:
    line = fmt(ctx.pick(CHANNEL_LINES).replace("{handle}", slug(ctx.publisher)), ctx)
    return Widget(ctx.box("channel-cta", f'<p><a href="https://wa.example/{slug(ctx.domain)}">'
                          f"{esc(line)}</a></p>"), (line,))


ALERT_LINES = (
    ("Get breaking news alerts", "Turn on notifications to hear about big stories first."),
    ("Never miss a story", "Enable push alerts from {publisher}."),
    ("Breaking news, as it happens", "Allow notifications in your browser settings."),
    ("Want alerts for stories like this?", "Choose the topics you care about."),
    ("Stay in the know", "Sign up for text alerts: reply START to 55512."),
)


def alerts(ctx: Context) -> Widget:
    head, body = ctx.pick(ALERT_LINES)  # type: ignore[misc]
    body = fmt(body, ctx)
    return Widget(ctx.box("alerts", f"<h4>{esc(head)}</h4><p>{esc(body)}</p>"
                          "<button>Turn on</button>"), (head, body))


PODCAST_NAMES = ("The Daily Dispatch", "On the Record", "Ten Minute News", "The Front Page",
                 "Local Matters", "Between the Lines")
PODCAST_LINES = (
    "Listen to {name}, our daily news podcast, on Apple Podcasts, Spotify or wherever you "
    "get your podcasts.",
    "New episode of {name}: the week's biggest stories, explained.",
    "Hear more on {name}. Subscribe wherever you listen.",
    "Podcast: {name} goes behind the headlines every weekday.",
)


def podcast(ctx: Context) -> Widget:
    line = ctx.pick(PODCAST_LINES).format(name=ctx.pick(PODCAST_NAMES))
    return Widget(ctx.box("podcast", f'<div class="audio"><span aria-hidden="true">'
                          f"\u25b6</span> <p>{esc(line)}</p></div>"), (line,))


RELATED_HEADS = ("Related", "Read more", "More on this story", "You may also like",
                 "Related coverage", "Recommended for you", "Further reading",
                 "More from {publisher}", "Top stories", "Don't miss")
RELATED_PREFIX = ("READ MORE:", "Related:", "ALSO READ |", "MORE:", "Read next:",
                  "See also:")


def related(ctx: Context) -> Widget:
    if ctx.rng.random() < 0.45:
        prefix = ctx.pick(RELATED_PREFIX)
        head = ctx.headline()
        line = f"{prefix} {head}"
        cls = ctx.rng.choice(("", ' class="read-more"', ' class="inline-related"',
                              ' data-component="inline-link"'))
        return Widget(f"<p{cls}><strong>{esc(prefix)}</strong> "
                      f'<a href="/news/{slug(head)}">{esc(head)}</a></p>', (line,))
    title = fmt(ctx.pick(RELATED_HEADS), ctx)
    heads = [ctx.headline() for _ in range(ctx.rng.randint(2, 3))]
    items = "".join(f'<li><a href="/news/{slug(h)}">{esc(h)}</a></li>' for h in heads)
    return Widget(ctx.box("related", f"<h4>{esc(title)}</h4><ul>{items}</ul>"),
                  (title, *heads))


CAPTIONS = (
    "{person} speaks to reporters in {place} on Tuesday.",
    "A view of downtown {place} from the river.",
    "People gather outside the town hall in {place}.",
    "Crews work at the scene in {place} earlier this week.",
    "{person}, centre, arrives for the meeting.",
    "The scene in {place} on Wednesday morning.",
    "Visitors walk past the building in {place}.",
    "{person} in a photo from last year.",
)
CREDITS = ("(AP Photo/{ph})", "REUTERS/{ph}", "Photo: {ph} / {publisher}",
           "{ph}/Getty Images", "(Photo by {ph}/Getty Images)", "Credit: {ph} for {publisher}",
           "Image: Supplied", "Photograph: {ph}", "{agency} / {ph}", "\u00a9 {ph}")


def caption(ctx: Context) -> Widget:
    text = fmt(ctx.pick(CAPTIONS), ctx)
    if ctx.rng.random() < 0.25:
        text = "FILE PHOTO: " + text
    credit = ctx.pick(CREDITS).format(ph=ctx.rng.choice(PHOTOGRAPHERS),
                                      publisher=ctx.publisher, agency=ctx.agency)
    style = ctx.rng.random()
    if style < 0.4:
        cap = f'{esc(text)} <span class="credit">{esc(credit)}</span>'
        strings: tuple[str, ...] = (f"{text} {credit}",)
    elif style < 0.7:
        cap = f'<span class="caption">{esc(text)}</span><br><span>{esc(credit)}</span>'
        strings = (text, credit)
    else:
        cap = f"{esc(text)} | {esc(credit)}"
        strings = (f"{text} | {credit}",)
    return Widget(ctx.figure(f"/img/{slug(text)}.jpg", cap), strings)


DISCLAIMERS = (
    "This story was originally published by {agency}.",
    "Except for the headline, this story has not been edited by {publisher} staff and is "
    "published from a syndicated feed.",
    "Distributed by {agency}.",
    "\u00a9 2026 {agency}. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed.",
    "This article is republished from {agency} under a Creative Commons license.",
    "This content was produced by {agency} and is shared with {publisher} under a "
    "content partnership.",
    "Republished with permission from {agency}.",
    "Copyright 2026 {agency}. All rights reserved.",
    "({agency} content is provided as-is; {publisher} accepts no responsibility for it.)",
)


def disclaimer(ctx: Context) -> Widget:
    line = fmt(ctx.pick(DISCLAIMERS), ctx)
    return Widget(ctx.box("syndication", f"<p><em>{esc(line)}</em></p>"), (line,))


SHARE_LABELS = ("Share this article", "Share this story", "Share on Facebook",
                "Share on X", "Email this article", "Copy link", "Share via WhatsApp",
                "Print this page")


def share(ctx: Context) -> Widget:
    labels = ctx.rng.sample([ctx.pick(SHARE_LABELS) for _ in range(4)], 1)
    extra = ctx.rng.sample([s for s in SHARE_LABELS if s not in labels], 2)
    count = f"{ctx.rng.randint(11, 990)} shares"
    buttons = "".join(f'<a class="share-btn" href="#" aria-label="{esc(x)}">{esc(x)}</a>'
                      for x in (*labels, *extra))
    return Widget(ctx.box("share", f'<span class="count">{count}</span>{buttons}'),
                  (*labels, *extra, count))


AD_LABELS = ("Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
             "Article continues below this ad", "Scroll to continue with content",
             "Ad \u00b7 Content continues below", "AD")


def ad(ctx: Context) -> Widget:
    label = ctx.pick(AD_LABELS)
    slot = f"div-gpt-ad-{ctx.rng.randint(100000, 999999)}-{ctx.rng.randint(0, 9)}"
    inner = (f'<p class="ad-label">{esc(label)}</p><div id="{slot}" '
             f'data-ad-unit="/2231/{slug(ctx.publisher)}/article" '
             'style="min-height:250px"></div>')
    strings = (label,) if len(label) > 2 else ()
    return Widget(ctx.box("ad", inner), strings)


SPONSORED_HEADS = ("Sponsored content", "Paid Post", "Promoted Stories",
                   "From our partners", "Around the web")
SPONSORED_ITEMS = (
    "This $19 gadget is flying off the shelves in {place}",
    "Homeowners in {place} are switching to this little-known plan",
    "Doctors are amazed by this simple morning habit",
    "The 12 most beautiful train journeys in the world",
    "Retirees are rethinking how they pay for care",
    "Why everyone is talking about this mattress",
    "You won't believe what this 1970s child star looks like now",
    "Planning a kitchen? Compare quotes from local pros",
)


def sponsored(ctx: Context) -> Widget:
    head = ctx.pick(SPONSORED_HEADS)
    items = [fmt(x, ctx) for x in ctx.rng.sample(SPONSORED_ITEMS, 2)]
    sponsor = ctx.rng.choice(("Recommended by Outbrain", "by Taboola",
                              "Sponsored links by Revcontent", "Ads by Adwise"))
    lis = "".join(f'<li><a href="https://ads.example/c/{slug(i)}" rel="sponsored">'
                  f"{esc(i)}</a></li>" for i in items)
    return Widget(ctx.box("sponsored", f"<h4>{esc(head)}</h4><ul>{lis}</ul>"
                          f"<small>{esc(sponsor)}</small>"), (head, *items, sponsor))


TWEETS = (
    "Crews are on scene in {place}. Please avoid the area and follow our updates here.",
    "Thank you to everyone who came out tonight. This is what democracy looks like.",
    "Update: all lanes are now closed. Expect long delays through the evening.",
    "What a night. Proud of every single one of these players.",
    "Our statement on today's decision is below. We will have more to say tomorrow.",
    "The numbers are in and they are not pretty. Thread below.",
)


TOPICAL_TWEETS = {
    "city hall": "Tonight's meeting is running long. Public testimony continues in the "
                 "overflow room.",
    "courts and justice": "Outside the courthouse now. Statement from the family expected "
                          "shortly.",
    "markets": "Yields moving fast this afternoon. Watch the long end.",
    "business": "Big day for shareholders. Our full results presentation is online.",
    "sport": "What a night. Proud of every single one of these players.",
    "science": "Our paper is out today! Huge thanks to the whole team and the divers.",
    "weather and climate": "Radar shows the heaviest bands moving in after midnight. Stay "
                           "safe out there.",
    "health": "Free clinics this week. No appointment needed, bring your records if you "
              "have them.",
    "technology": "Hands-on with the new release later today. Questions? Reply below.",
    "local news": "Doors open at 10! Come and see what we have been building.",
}


def embed(ctx: Context) -> Widget:
    topical = TOPICAL_TWEETS.get(ctx.beat)
    text = topical if topical and ctx.rng.random() < 0.7 else fmt(ctx.rng.choice(TWEETS),
                                                                   ctx)
    handle = ctx.rng.choice(HANDLES)
    kind = ctx.rng.random()
    if kind < 0.5:
        name = ctx.rng.choice(("City of ", "County of ", "Office of ")) + ctx.place
        by = f"\u2014 {name} (@{handle}) December {ctx.rng.randint(1, 5)}, 2026"
        inner = (f'<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">'
                 f"{esc(text)}</p>{esc(by)}</blockquote>"
                 '<script async src="https://platform.twitter.example/widgets.js"></script>')
        return Widget(ctx.box("embed", inner), (text, by))
    if kind < 0.8:
        view = "View this post on Instagram"
        by = f"A post shared by {ctx.person} (@{handle})"
        inner = (f'<blockquote class="instagram-media" data-instgrm-version="14">'
                 f'<a href="https://instagram.example/p/x">{view}</a><p>{esc(text)}</p>'
                 f"<p>{esc(by)}</p></blockquote>")
        return Widget(ctx.box("embed", inner), (view, text, by))
    by = f"Posted by @{handle} on Bluesky"
    inner = (f'<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x">'
             f"<p>{esc(text)}</p>&mdash; {esc(by)}</blockquote>")
    return Widget(ctx.box("embed", inner), (text, f"\u2014 {by}"))


VIDEO_TITLES = ("What we know so far", "Residents describe a long night",
                "Officials give an update", "The moment it happened", "Explained in 90 seconds",
                "Reaction from the scene")


def video(ctx: Context) -> Widget:
    title = ctx.pick(VIDEO_TITLES)
    mins = f"{ctx.rng.randint(0, 4)}:{ctx.rng.randint(10, 59)}"
    form = ctx.rng.choice(("Watch: {t} ({m})", "VIDEO | {t}", "{t} \u00b7 {m}",
                           "Now playing: {t}"))
    line = form.format(t=title, m=mins)
    extra = ctx.rng.choice(("Up next", "Video unavailable in your region", "Autoplay: on",
                            "Press play to listen to this article"))
    inner = (f'<div class="player" data-video-id="{ctx.rng.randint(10**6, 10**7)}">'
             f'<p class="video-title">{esc(line)}</p><span>{esc(extra)}</span></div>')
    return Widget(ctx.box("video", inner), (line, extra))


PAYWALL = (
    ("You have 2 free articles remaining this month.", "Subscribe for $1 a week"),
    ("This is your last free story.", "Unlock unlimited access for 99\u00a2"),
    ("Support local journalism.", "Subscribe today and save 50%"),
    ("Already a subscriber?", "Log in to keep reading"),
    ("Enjoying our coverage?", "Become a subscriber for less than a coffee a week"),
    ("Independent journalism needs your support.", "Start your free trial"),
)


def paywall(ctx: Context) -> Widget:
    head, button = ctx.pick(PAYWALL)  # type: ignore[misc]
    return Widget(ctx.box("paywall", f"<p><strong>{esc(head)}</strong></p>"
                          f'<a class="btn" href="/subscribe">{esc(button)}</a>'), (head, button))


UPDATED = ("Updated {h}:{m} PM EST, December 3, 2026", "Published 09:{m} GMT | Updated "
           "{h}:{m} GMT", "Last updated: 3 December 2026, {h}:{m}", "Updated at {h}:{m} a.m.",
           "Posted Dec. 2, 2026 \u2022 Updated {h}:{m} p.m.", "First published {h}:{m} ET")


def updated(ctx: Context) -> Widget:
    line = ctx.pick(UPDATED).format(h=ctx.rng.randint(1, 11), m=ctx.rng.randint(10, 59))
    return Widget(ctx.box("updated", f'<time datetime="2026-12-03">{esc(line)}</time>'),
                  (line,))


DONATE = (
    "If you value independent local reporting, please consider a donation today.",
    "Our journalism is free for everyone. Become a member from $5 a month.",
    "Reader donations fund this newsroom. Give what you can.",
    "{publisher} is a nonprofit. Support our work with a tax-deductible gift.",
)


def donation(ctx: Context) -> Widget:
    line = fmt(ctx.pick(DONATE), ctx)
    return Widget(ctx.box("donate", f'<p>{esc(line)}</p><a href="/donate">Donate</a>'),
                  (line,))


SURVEY = ("Was this article helpful?", "Tell us what you think: take our two-minute "
          "reader survey.", "How likely are you to recommend {publisher} to a friend?",
          "Help us improve: answer three quick questions.")


def survey(ctx: Context) -> Widget:
    line = fmt(ctx.pick(SURVEY), ctx)
    return Widget(ctx.box("survey", f"<p>{esc(line)}</p><button>Yes</button>"
                          "<button>No</button>"), (line,))


BIO = (
    "{reporter} is a staff writer covering {beat} for {publisher}. Reach {them} at "
    "{email}.",
    "About the author: {reporter} joined {publisher} in 2019 and writes about {beat}.",
    "{reporter} has reported on {beat} for more than a decade. Follow {them} on X at "
    "@{handle}.",
    "{reporter} is a correspondent for {agency}. Tips? Email {email}.",
)


def bio(ctx: Context) -> Widget:
    email = f"{slug(ctx.reporter).replace('-', '.')}@{ctx.domain}"
    line = ctx.pick(BIO).format(reporter=ctx.reporter, beat=ctx.beat,
                                publisher=ctx.publisher, agency=ctx.agency, email=email,
                                them="them", handle=slug(ctx.reporter).replace("-", ""))
    return Widget(ctx.box("author-bio", f'<div class="avatar"></div><p>{esc(line)}</p>'),
                  (line,))


CORRECTIONS = (
    "We are committed to accuracy. If you see an error, email corrections@{domain}.",
    "Read our corrections policy and editorial standards.",
    "Spotted a mistake? Let our standards editor know.",
    "{publisher} follows the editors' code of practice. Complaints: standards@{domain}.",
)


def correction(ctx: Context) -> Widget:
    line = fmt(ctx.pick(CORRECTIONS), ctx)
    return Widget(ctx.box("corrections", f"<p>{esc(line)}</p>"), (line,))


TAG_PREFIX = ("Topics:", "Filed under:", "Tags:", "More on:", "Categories:")


def tags(ctx: Context) -> Widget:
    prefix = ctx.pick(TAG_PREFIX)
    words = [ctx.place, ctx.beat.title(), ctx.rng.choice(("News", "Latest", "Region"))]
    links = ", ".join(f'<a href="/tag/{slug(w)}">{esc(w)}</a>' for w in words)
    return Widget(ctx.box("tags", f"<p>{esc(prefix)} {links}</p>"),
                  (f"{prefix} {', '.join(words)}",))


COMMENTS = ("Join the conversation", "Show comments", "Commenting is closed for this "
            "article.", "Comments are moderated. Read our community guidelines.",
            "Be the first to comment")


def comments(ctx: Context) -> Widget:
    line = ctx.pick(COMMENTS)
    count = f"Comments ({ctx.rng.randint(2, 340)})"
    return Widget(ctx.box("comments", f"<h3>{esc(count)}</h3><p>{esc(line)}</p>"),
                  (count, line))


EN_WIDGETS: dict[str, Callable[[Context], Widget]] = {
    "newsletter": newsletter, "app": app, "channel": channel, "alerts": alerts,
    "podcast": podcast, "related": related, "caption": caption, "disclaimer": disclaimer,
    "share": share, "ad": ad, "sponsored": sponsored, "embed": embed, "video": video,
    "paywall": paywall, "updated": updated, "donation": donation, "survey": survey,
    "bio": bio, "correction": correction, "tags": tags, "comments": comments,
}

# --------------------------------------------------------------------------- localised
#: Per language: newsletter (head, blurb), ad label, share labels, related head, read
#: more prefix, caption credit, disclaimers, app line, paywall (head, button), tags
#: prefix, updated, comments, plus chrome: nav, cookie (text, accept), most read,
#: footer lines, headlines for teasers.
LOCAL: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "newsletter": ("Der Morgen-Newsletter", "Die wichtigsten Nachrichten aus der Region "
                       "jeden Morgen kostenlos in Ihrem Postfach."),
        "ad": ("Anzeige", "Werbung"), "share": ("Artikel teilen", "Link kopieren"),
        "related": ("Mehr zum Thema", "Auch interessant"), "more": ("Lesen Sie auch:",),
        "credit": ("Foto: {ph}/dpa", "Bild: {ph}"),
        "disclaimer": ("Dieser Artikel wurde von {agency} übernommen und nicht redaktionell "
                       "bearbeitet.", "Mit Material von {agency}."),
        "app": ("Jetzt die {publisher}-App herunterladen und keine Eilmeldung verpassen.",),
        "paywall": ("Weiterlesen mit Plus", "Jetzt 4 Wochen für 0,99 € testen"),
        "tags": ("Themen:",), "updated": ("Aktualisiert am 03.12.2026, 14:{m} Uhr",),
        "comments": ("Kommentare anzeigen", "Diskutieren Sie mit"),
        "caption": ("Der Marktplatz von {place} am Donnerstag.",),
        "nav": ("Startseite", "Lokales", "Politik", "Wirtschaft", "Sport", "Kultur"),
        "cookie": ("Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen "
                   "zu personalisieren.", "Alle akzeptieren"),
        "mostread": ("Meistgelesen",),
        "footer": ("Impressum \u00b7 Datenschutz \u00b7 AGB", "\u00a9 2026 {publisher} "
                   "GmbH. Alle Rechte vorbehalten."),
        "heads": ("Feuerwehr rettet Katze aus Baumkrone", "Neue Radwege sorgen für Streit",
                  "Freibad öffnet früher als geplant", "Bäckerei schließt nach 90 Jahren",
                  "Bahnstrecke wird im Sommer gesperrt", "Schulen bekommen WLAN"),
    },
    "fr": {
        "newsletter": ("La lettre du matin", "Recevez chaque matin l'essentiel de "
                       "l'actualité régionale, gratuitement."),
        "ad": ("Publicité", "PUBLICITÉ"), "share": ("Partager l'article", "Copier le lien"),
        "related": ("À lire aussi", "Sur le même sujet"), "more": ("LIRE AUSSI :",),
        "credit": ("Photo : {ph} / AFP", "Crédit photo : {ph}"),
        "disclaimer": ("Cet article est publié avec l'autorisation de {agency}.",
                       "Avec {agency}."),
        "app": ("Téléchargez l'application {publisher} pour suivre l'info en direct.",),
        "paywall": ("Cet article est réservé aux abonnés.", "Je m'abonne pour 1 €"),
        "tags": ("Mots-clés :",), "updated": ("Mis à jour le 3 décembre 2026 à 18h{m}",),
        "comments": ("Voir les commentaires", "Réagissez à cet article"),
        "caption": ("La place du marché de {place}, mardi soir.",),
        "nav": ("Accueil", "Régions", "Politique", "Économie", "Sports", "Culture"),
        "cookie": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer "
                   "l'audience.", "Tout accepter"),
        "mostread": ("Les plus lus",),
        "footer": ("Mentions légales \u00b7 Politique de confidentialité",
                   "\u00a9 2026 {publisher}. Tous droits réservés."),
        "heads": ("Le festival d'été dévoile sa programmation", "Un nouveau pont pour 2028",
                  "La piscine municipale rouvre ses portes", "Grève des bus jeudi",
                  "Le marché de Noël s'agrandit", "Un lycée primé pour son potager"),
    },
    "es": {
        "newsletter": ("Boletín de Mercados", "Recibe cada tarde el cierre de la bolsa y "
                       "las claves de la sesión en tu correo."),
        "ad": ("Publicidad", "PUBLICIDAD"), "share": ("Compartir en redes", "Copiar enlace"),
        "related": ("Noticias relacionadas", "Te puede interesar"), "more": ("LEER MÁS:",),
        "credit": ("Foto: {ph} / EFE", "Imagen: {ph}"),
        "disclaimer": ("Esta información ha sido elaborada por {agency}.",
                       "Con información de {agency}."),
        "app": ("Descarga la app de {publisher} y recibe alertas de mercado.",),
        "paywall": ("Contenido exclusivo para suscriptores", "Suscríbete por 1 € al mes"),
        "tags": ("Temas:",), "updated": ("Actualizado: 03/12/2026 17:{m} h",),
        "comments": ("Ver comentarios", "Únete a la conversación"),
        "caption": ("El parqué de la Bolsa de {place}, este viernes.",),
        "nav": ("Portada", "Mercados", "Empresas", "Economía", "Vivienda", "Opinión"),
        "cookie": ("Utilizamos cookies propias y de terceros para fines analíticos y para "
                   "mostrarte publicidad personalizada.", "Aceptar y continuar"),
        "mostread": ("Lo más leído",),
        "footer": ("Aviso legal \u00b7 Política de privacidad \u00b7 Cookies",
                   "\u00a9 2026 {publisher}. Todos los derechos reservados."),
        "heads": ("El precio de la vivienda sube por sexto mes", "La luz baja un 9% en "
                  "noviembre", "Récord de turistas en otoño", "Las pymes piden más crédito",
                  "Nuevo máximo del oro", "El paro cae en 14 comunidades"),
    },
    "it": {
        "newsletter": ("La newsletter dello sport", "Ogni lunedì i risultati, le classifiche "
                       "e il meglio del weekend."),
        "ad": ("Pubblicità", "PUBBLICITÀ"), "share": ("Condividi su Facebook", "Copia link"),
        "related": ("Leggi anche", "Articoli correlati"), "more": ("LEGGI ANCHE:",),
        "credit": ("Foto di {ph} / ANSA", "Foto: {ph}"),
        "disclaimer": ("Riproduzione riservata \u00a9 {publisher}", "Fonte: {agency}."),
        "app": ("Scarica l'app di {publisher}: notizie e risultati in tempo reale.",),
        "paywall": ("Questo articolo è riservato agli abbonati", "Abbonati a 1 euro"),
        "tags": ("Argomenti:",), "updated": ("Aggiornato il 3 dicembre 2026 alle 19:{m}",),
        "comments": ("Mostra commenti", "Lascia un commento"),
        "caption": ("I tifosi sugli spalti dello stadio di {place}.",),
        "nav": ("Home", "Cronaca", "Politica", "Economia", "Sport", "Spettacoli"),
        "cookie": ("Questo sito utilizza cookie tecnici e di profilazione. Continuando la "
                   "navigazione accetti.", "Accetta tutti"),
        "mostread": ("I più letti",),
        "footer": ("Chi siamo \u00b7 Privacy \u00b7 Contatti", "\u00a9 2026 {publisher} "
                   "S.p.A. P.IVA 01234567890"),
        "heads": ("Maltempo, scuole chiuse in tre comuni", "Riapre il mercato coperto",
                  "Nuovo allenatore per la Pallavolo", "Lavori in autostrada",
                  "Sagra della castagna da record", "Bus gratis per gli studenti"),
    },
    "pt": {
        "newsletter": ("Newsletter Saúde", "Receba todas as semanas as notícias de saúde "
                       "mais importantes no seu e-mail."),
        "ad": ("Publicidade", "PUBLICIDADE"), "share": ("Partilhar no Facebook",
                                                        "Copiar ligação"),
        "related": ("Leia também", "Notícias relacionadas"), "more": ("LEIA TAMBÉM:",),
        "credit": ("Foto: {ph} / Lusa", "Fotografia: {ph}"),
        "disclaimer": ("Este artigo foi publicado originalmente pela {agency}.",
                       "Com agências."),
        "app": ("Descarregue a app do {publisher} e receba os alertas de última hora.",),
        "paywall": ("Artigo exclusivo para assinantes", "Assine por 1 € no primeiro mês"),
        "tags": ("Tópicos:",), "updated": ("Atualizado a 3 de dezembro de 2026, 16:{m}",),
        "comments": ("Ver comentários", "Comente esta notícia"),
        "caption": ("A entrada do hospital de {place}.",),
        "nav": ("Início", "País", "Mundo", "Economia", "Desporto", "Cultura"),
        "cookie": ("Este site utiliza cookies para melhorar a sua experiência de "
                   "navegação.", "Aceitar todos"),
        "mostread": ("Mais lidas",),
        "footer": ("Estatuto editorial \u00b7 Política de privacidade",
                   "\u00a9 2026 {publisher}. Todos os direitos reservados."),
        "heads": ("Preço dos combustíveis desce na segunda-feira", "Nova ciclovia junto ao "
                  "rio", "Escola primária vai ser ampliada", "Greve nos comboios",
                  "Feira do livro bate recorde", "Câmara aprova orçamento"),
    },
    "nl": {
        "newsletter": ("Nieuwsbrief Regio", "Elke ochtend het belangrijkste nieuws uit de "
                       "regio in je mailbox."),
        "ad": ("Advertentie", "ADVERTENTIE"), "share": ("Deel dit artikel", "Kopieer link"),
        "related": ("Lees ook", "Meer over dit onderwerp"), "more": ("LEES OOK:",),
        "credit": ("Foto: {ph} / ANP", "Beeld: {ph}"),
        "disclaimer": ("Dit artikel is overgenomen van {agency}.", "Bron: {agency}."),
        "app": ("Download de app van {publisher} en mis geen nieuws meer.",),
        "paywall": ("Dit is een premium artikel", "Word abonnee voor € 1 per week"),
        "tags": ("Onderwerpen:",), "updated": ("Bijgewerkt op 3 december 2026 om 15:{m}",),
        "comments": ("Bekijk reacties", "Praat mee"),
        "caption": ("De nieuwe leeszaal van de bibliotheek in {place}.",),
        "nav": ("Home", "Regio", "Binnenland", "Economie", "Sport", "Cultuur"),
        "cookie": ("Wij gebruiken cookies om de website goed te laten werken en om "
                   "advertenties te tonen.", "Akkoord"),
        "mostread": ("Meest gelezen",),
        "footer": ("Colofon \u00b7 Privacyverklaring \u00b7 Cookiebeleid",
                   "\u00a9 2026 {publisher}. Alle rechten voorbehouden."),
        "heads": ("Dorpsfeest trekt recordaantal bezoekers", "Nieuwe brug over het kanaal",
                  "Bakker stopt na 40 jaar", "Wegwerkzaamheden op de N34",
                  "Zwembad blijft langer open", "Gemeente zoekt vrijwilligers"),
    },
    "pl": {
        "newsletter": ("Newsletter Regionu", "Najważniejsze wiadomości z regionu codziennie "
                       "rano na Twoją skrzynkę."),
        "ad": ("Reklama", "REKLAMA"), "share": ("Udostępnij na Facebooku", "Skopiuj link"),
        "related": ("Czytaj także", "Zobacz również"), "more": ("CZYTAJ TEŻ:",),
        "credit": ("Fot. {ph} / PAP", "Fot. {ph}"),
        "disclaimer": ("Artykuł pochodzi z serwisu {agency}.", "Źródło: {agency}."),
        "app": ("Pobierz aplikację {publisher} i bądź na bieżąco.",),
        "paywall": ("Ten artykuł jest dostępny dla subskrybentów", "Kup dostęp za 1 zł"),
        "tags": ("Tematy:",), "updated": ("Aktualizacja: 03.12.2026, 13:{m}",),
        "comments": ("Pokaż komentarze", "Dodaj komentarz"),
        "caption": ("Gmach sądu w {place}.",),
        "nav": ("Strona główna", "Region", "Kraj", "Biznes", "Sport", "Kultura"),
        "cookie": ("Używamy plików cookies, aby zapewnić najlepszą jakość korzystania z "
                   "serwisu.", "Akceptuję"),
        "mostread": ("Najczęściej czytane",),
        "footer": ("Regulamin \u00b7 Polityka prywatności \u00b7 Kontakt",
                   "\u00a9 2026 {publisher}. Wszelkie prawa zastrzeżone."),
        "heads": ("Remont dworca potrwa dłużej", "Nowe autobusy na ulicach miasta",
                  "Festiwal pierogów po raz dwudziesty", "Zmiany w rozkładzie PKP",
                  "Szkoła z nową salą gimnastyczną", "Radni przyjęli budżet"),
    },
    "tr": {
        "newsletter": ("Ekonomi Bülteni", "Piyasaların özeti her akşam e-posta kutunuzda."),
        "ad": ("Reklam", "REKLAM"), "share": ("Haberi paylaş", "Bağlantıyı kopyala"),
        "related": ("İlgili haberler", "Bunlar da ilginizi çekebilir"),
        "more": ("İLGİLİ HABER:",),
        "credit": ("Fotoğraf: {ph} / AA", "Foto: {ph}"),
        "disclaimer": ("Bu haber {agency} kaynaklıdır.", "Kaynak: {agency}."),
        "app": ("{publisher} uygulamasını indirin, son dakika haberlerini kaçırmayın.",),
        "paywall": ("Bu içerik abonelere özeldir", "Hemen abone ol"),
        "tags": ("Etiketler:",), "updated": ("Güncelleme: 03.12.2026 17:{m}",),
        "comments": ("Yorumları göster", "Yorum yap"),
        "caption": ("{place}'deki fabrikanın üretim hattı.",),
        "nav": ("Ana Sayfa", "Gündem", "Ekonomi", "Dünya", "Spor", "Yaşam"),
        "cookie": ("Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için çerez "
                   "politikamızı inceleyebilirsiniz.", "Kabul et"),
        "mostread": ("En çok okunanlar",),
        "footer": ("Künye \u00b7 Gizlilik politikası \u00b7 İletişim",
                   "\u00a9 2026 {publisher}. Tüm hakları saklıdır."),
        "heads": ("Altın fiyatları yeni rekor kırdı", "Konut satışları geriledi",
                  "Asgari ücret görüşmeleri başladı", "Akaryakıta indirim",
                  "İhracat kasımda arttı", "Merkez Bankası faiz kararı"),
    },
}
LOCAL_KINDS = ("newsletter", "ad", "share", "related", "caption", "disclaimer", "app",
               "paywall", "updated")
LOCAL_AFTER = ("tags", "comments", "disclaimer", "share")


def local_widget(kind: str, ctx: Context) -> Widget | None:
    """A widget in the page's language, or None if that kind has no local wording."""
    loc = LOCAL.get(ctx.lang)
    if loc is None:
        return None
    rng = ctx.rng
    if kind == "newsletter":
        head, blurb = loc["newsletter"]
        return Widget(ctx.box("newsletter", f"<h3>{esc(head)}</h3><p>{esc(blurb)}</p>"
                              '<form><input type="email"><button>OK</button></form>'),
                      (head, blurb))
    if kind == "ad":
        label = rng.choice(loc["ad"])
        return Widget(ctx.box("ad", f'<span class="ad-label">{esc(label)}</span>'
                              '<div class="ad-slot" data-slot="mid"></div>'), (label,))
    if kind == "share":
        labels = loc["share"]
        return Widget(ctx.box("share", "".join(f'<a href="#">{esc(x)}</a> '
                                               for x in labels)), labels)
    if kind == "related":
        prefix = loc["more"][0]
        head = ctx.headline()
        if rng.random() < 0.5:
            return Widget(f'<p><strong>{esc(prefix)}</strong> <a href="/{slug(head)}">'
                          f"{esc(head)}</a></p>", (f"{prefix} {head}",))
        title = rng.choice(loc["related"])
        return Widget(ctx.box("related", f'<h4>{esc(title)}</h4><ul><li><a href="/'
                              f'{slug(head)}">{esc(head)}</a></li></ul>'), (title, head))
    if kind == "caption":
        text = fmt(loc["caption"][0], ctx)
        credit = rng.choice(loc["credit"]).format(ph=rng.choice(PHOTOGRAPHERS))
        return Widget(ctx.figure(f"/img/{slug(text)}.jpg",
                                 f'{esc(text)} <span class="credit">{esc(credit)}</span>'),
                      (f"{text} {credit}",))
    if kind == "disclaimer":
        line = fmt(rng.choice(loc["disclaimer"]), ctx)
        return Widget(ctx.box("syndication", f"<p><em>{esc(line)}</em></p>"), (line,))
    if kind == "app":
        line = fmt(loc["app"][0], ctx)
        return Widget(ctx.box("app-promo", f"<p>{esc(line)}</p>"), (line,))
    if kind == "paywall":
        head, button = loc["paywall"]
        return Widget(ctx.box("paywall", f"<p><strong>{esc(head)}</strong></p>"
                              f'<a href="/abo">{esc(button)}</a>'), (head, button))
    if kind == "updated":
        line = loc["updated"][0].format(m=rng.randint(10, 59))
        return Widget(ctx.box("updated", f"<time>{esc(line)}</time>"), (line,))
    if kind == "tags":
        prefix = loc["tags"][0]
        line = f"{prefix} {ctx.place}"
        return Widget(ctx.box("tags", f'<p>{esc(prefix)} <a href="/t">{esc(ctx.place)}</a>'
                              "</p>"), (line,))
    if kind == "comments":
        labels = loc["comments"]
        return Widget(ctx.box("comments", f"<h3>{esc(labels[0])}</h3><p>{esc(labels[1])}"
                              "</p>"), labels)
    return None


# --------------------------------------------------------------------------- chrome
@dataclass(frozen=True, slots=True)
class Chrome:
    """The site's strings outside the article; the template lays them out."""

    skip: str
    nav: tuple[str, ...]
    account: tuple[str, ...]
    cookie: tuple[str, str]
    breaking: str
    ticker: tuple[str, ...]
    weather: str
    most_read_title: str
    most_read: tuple[str, ...]
    footer: tuple[str, ...]
    labels: tuple[str, ...]


SKIPS = ("Skip to main content", "Skip to content", "Jump to navigation",
         "Skip navigation")
EN_NAV = ("News", "Local", "Politics", "Business", "Sports", "Opinion", "Weather",
          "Obituaries", "Life", "Puzzles", "Podcasts", "Events", "Jobs", "Real Estate")
ACCOUNTS = (("Subscribe now", "Sign in"), ("Log in", "Today's Paper"),
            ("e-Edition", "Subscribe for $1"), ("My account", "Newsletters"),
            ("Support us", "Sign in"), ("Get the app", "Log in"))
COOKIES = (
    ("We use cookies and similar technologies to personalise content and ads, to provide "
     "social media features and to analyse our traffic.", "Accept all cookies"),
    ("This website uses cookies to improve your experience. You can change your "
     "preferences at any time.", "Got it"),
    ("We and our partners store and access information on your device to serve "
     "personalised advertising.", "I agree"),
    ("By continuing to use this site you consent to our use of cookies as described in our "
     "cookie policy.", "Accept and close"),
    ("Your privacy matters to us. Manage your cookie choices below.", "Manage preferences"),
)
MOST_READ = ("Most read", "Trending now", "Popular this week", "Editors' picks",
             "Latest headlines", "Most viewed", "What people are reading")
FOOTERS = (
    ("\u00a9 2026 {publisher} Media Group. All rights reserved.",
     "About us \u00b7 Contact \u00b7 Advertise with us \u00b7 Careers"),
    ("Copyright \u00a9 2026 {publisher}, a division of Lakeside Newspapers LLC.",
     "Privacy Policy | Terms of Service | Cookie Settings"),
    ("{publisher} is published by Harbour Street Press, 1200 Harbor Way, {place}.",
     "Do Not Sell or Share My Personal Information"),
    ("All content \u00a9 2026 {publisher}. Reproduction without permission is prohibited.",
     "Accessibility statement \u00b7 Site map \u00b7 RSS feeds"),
    ("Powered by WordPress VIP. \u00a9 2026 {publisher}.",
     "Contact the newsroom: news@{domain}"),
    ("{publisher} \u2014 Independent news since 1887.",
     "Terms & Conditions \u00b7 Privacy \u00b7 Ad Choices"),
)


def chrome(ctx: Context, teasers: list[str]) -> Chrome:
    """The page's chrome strings (localised for foreign pages) and their labels."""
    rng = ctx.rng
    loc = LOCAL.get(ctx.lang)
    skip = ctx.pick(SKIPS)
    if loc is not None:
        nav = loc["nav"]
        cookie = (loc["cookie"][0], loc["cookie"][1])
        most_title = loc["mostread"][0]
        footer = tuple(fmt(x, ctx) for x in loc["footer"])
        account: tuple[str, ...] = ()
    else:
        nav = tuple(rng.sample(EN_NAV, rng.randint(6, 9)))
        cookie = COOKIES[(ctx.tindex + rng.randint(0, 1)) % len(COOKIES)]
        most_title = ctx.pick(MOST_READ)
        footer = tuple(fmt(x, ctx) for x in FOOTERS[ctx.tindex % len(FOOTERS)])
        account = ACCOUNTS[ctx.tindex % len(ACCOUNTS)]
    most = tuple(teasers[:4])
    breaking = f"BREAKING: {teasers[4]}" if rng.random() < 0.35 else ""
    ticker: tuple[str, ...] = ()
    if rng.random() < 0.35:
        arrows = ("\u25b2", "\u25bc")
        ticker = tuple(
            f"{name} {rng.uniform(lo, hi):,.2f} {rng.choice(arrows)}"
            f"{rng.uniform(0.01, 2.5):.2f}"
            for name, lo, hi in (("DJIA", 38000, 48000), ("NASDAQ", 15000, 23000),
                                 ("10Y", 3.1, 5.2)))
    weather = ""
    if loc is None and rng.random() < 0.4:
        sky = rng.choice(("Cloudy", "Sunny", "Rain"))
        weather = f"{ctx.place} {rng.randint(-3, 31)}\u00b0C {sky}"
    labels = [skip, *cookie, most_title, *most, *footer, *account]
    labels += [x for x in (breaking, weather, *ticker) if x]
    return Chrome(skip, tuple(nav), account, cookie, breaking, ticker, weather, most_title,
                  most, footer, tuple(labels))
