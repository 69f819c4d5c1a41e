"""Noise widgets publishers put inside and around articles, in many wordings.

Each generator returns a :class:`Widget`: its inner HTML (the template wraps it in its
own container markup) and the visible strings that are labelled as noise. A template
uses only some of the variants of each kind (its house style), so wordings differ
between publishers. Foreign-language pages take local wordings where sites would.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Widget:
    """A widget's inner HTML, the labelled strings, and the kind it belongs to."""

    kind: str
    html: str
    strings: tuple[str, ...]
    tag: str = "div"


@dataclass(slots=True)
class Context:
    """What a widget may mention: the site, the story's people and places."""

    rng: random.Random
    lang: str
    publisher: str
    domain: str
    agency: str
    person: str
    place: str
    headlines: list[str]
    tpl: int


Gen = Callable[[Context], Widget]


def heads(ctx: Context, n: int) -> list[str]:
    """``n`` headlines of other stories, each used once on a page."""
    return [ctx.headlines.pop() for _ in range(n)]


def _pick(ctx: Context, options: tuple[str, ...]) -> str:
    return ctx.rng.choice(options)


def _dur(ctx: Context) -> str:
    return f"{ctx.rng.randint(0, 4):02d}:{ctx.rng.randint(5, 59):02d}"


def _w(kind: str, html: str, *strings: str, tag: str = "div") -> Widget:
    return Widget(kind, html, tuple(s for s in strings if s), tag)


# --- local wordings ----------------------------------------------------------------

LOCAL: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {"ad": ("Anzeige", "Werbung"), "related": ("Mehr zum Thema", "Lesen Sie auch"),
           "share": ("Artikel teilen", "Diesen Beitrag teilen"),
           "newsletter": ("Der Morgen-Newsletter: Jeden Werktag um 6 Uhr in Ihrem Postfach",
                          "Jetzt kostenlos zum Newsletter anmelden"),
           "paywall": ("Weiterlesen mit Plus: Jetzt 4 Wochen für 0,99 € testen",
                       "Dieser Artikel ist nur für Abonnenten verfügbar"),
           "comments": ("Kommentare anzeigen", "Diskutieren Sie mit"),
           "stamp": ("Aktualisiert am", "Veröffentlicht am"),
           "readtime": ("Lesezeit: 3 Minuten", "4 Min. Lesezeit"),
           "audio": ("Artikel anhören", "Vorlesen lassen"),
           "copyright": ("Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",),
           "tags": ("Themen:", "Schlagworte:"), "photo": ("Foto:", "Bild:"),
           "video": ("Video ansehen", "Jetzt im Video"),
           "alert": ("Push-Nachrichten aktivieren und nichts verpassen",)},
    "fr": {"ad": ("Publicité",), "related": ("À lire aussi", "Sur le même sujet"),
           "share": ("Partager cet article", "Partager sur Facebook"),
           "newsletter": ("Recevez chaque matin l'essentiel de l'actualité",
                          "Inscrivez-vous à notre newsletter quotidienne"),
           "paywall": ("Cet article est réservé aux abonnés",
                       "Il vous reste 85% de cet article à lire"),
           "comments": ("Réagir à cet article", "Voir les commentaires"),
           "stamp": ("Mis à jour le", "Publié le"),
           "readtime": ("Temps de lecture : 3 min", "Lecture 4 min"),
           "audio": ("Écouter cet article",),
           "copyright": ("Reproduction interdite sans autorisation.",),
           "tags": ("Mots-clés :",), "photo": ("Photo", "Crédit photo :"),
           "video": ("Voir la vidéo",), "alert": ("Activez les alertes pour suivre l'info",)},
    "es": {"ad": ("Publicidad", "PUBLICIDAD"), "related": ("Te puede interesar",
                                                           "Noticias relacionadas"),
           "share": ("Compartir en WhatsApp", "Compartir esta noticia"),
           "newsletter": ("Suscríbete a nuestro boletín y recibe las noticias del día",
                          "Recibe el boletín de la mañana gratis"),
           "paywall": ("Contenido exclusivo para suscriptores",
                       "Suscríbete por 1 € el primer mes"),
           "comments": ("Ver comentarios", "Comenta esta noticia"),
           "stamp": ("Actualizado:", "Publicado:"),
           "readtime": ("Tiempo de lectura: 3 min",), "audio": ("Escuchar la noticia",),
           "copyright": ("Queda prohibida la reproducción total o parcial.",),
           "tags": ("Temas:",), "photo": ("Foto:", "EFE"),
           "video": ("Ver vídeo",), "alert": ("Únete a nuestro canal de WhatsApp",)},
    "it": {"ad": ("Pubblicità",), "related": ("Leggi anche", "Potrebbe interessarti"),
           "share": ("Condividi questo articolo",),
           "newsletter": ("Iscriviti alla newsletter del mattino",),
           "paywall": ("Per continuare a leggere abbonati",),
           "comments": ("Commenta la notizia",), "stamp": ("Aggiornato il",),
           "readtime": ("Tempo di lettura: 2 minuti",), "audio": ("Ascolta l'articolo",),
           "copyright": ("Riproduzione riservata ©",), "tags": ("Argomenti:",),
           "photo": ("Foto:",), "video": ("Guarda il video",),
           "alert": ("Ricevi le notifiche delle ultime notizie",)},
    "pt": {"ad": ("Publicidade",), "related": ("Leia também", "Veja também"),
           "share": ("Compartilhe esta notícia",),
           "newsletter": ("Receba as principais notícias no seu e-mail",),
           "paywall": ("Assine para continuar lendo",),
           "comments": ("Ver comentários",), "stamp": ("Atualizado em",),
           "readtime": ("Tempo de leitura: 2 min",), "audio": ("Ouvir esta reportagem",),
           "copyright": ("Todos os direitos reservados.",), "tags": ("Tópicos:",),
           "photo": ("Foto:",), "video": ("Assista ao vídeo",),
           "alert": ("Entre no nosso canal no Telegram",)},
    "nl": {"ad": ("Advertentie",), "related": ("Lees ook", "Meer over dit onderwerp"),
           "share": ("Deel dit artikel",),
           "newsletter": ("Meld je aan voor de dagelijkse nieuwsbrief",),
           "paywall": ("Lees verder met een abonnement",),
           "comments": ("Reageer op dit artikel",), "stamp": ("Bijgewerkt",),
           "readtime": ("Leestijd 2 minuten",), "audio": ("Luister naar dit artikel",),
           "copyright": ("Alle rechten voorbehouden.",), "tags": ("Onderwerpen:",),
           "photo": ("Foto:",), "video": ("Bekijk de video",),
           "alert": ("Zet pushmeldingen aan",)},
    "sv": {"ad": ("Annons",), "related": ("Läs också", "Mer om ämnet"),
           "share": ("Dela artikeln",),
           "newsletter": ("Prenumerera på vårt nyhetsbrev – gratis varje morgon",),
           "paywall": ("Logga in eller bli prenumerant för att läsa vidare",),
           "comments": ("Visa kommentarer",), "stamp": ("Uppdaterad",),
           "readtime": ("Lästid: 2 minuter",), "audio": ("Lyssna på artikeln",),
           "copyright": ("Eftertryck förbjudet.",), "tags": ("Ämnen:",),
           "photo": ("Foto:",), "video": ("Se videon",),
           "alert": ("Få pushnotiser om de senaste nyheterna",)},
    "id": {"ad": ("Iklan", "ADVERTISEMENT"), "related": ("Baca Juga:", "Berita Terkait"),
           "share": ("Bagikan artikel ini",),
           "newsletter": ("Dapatkan berita pilihan setiap pagi di email Anda",),
           "paywall": ("Artikel ini khusus untuk pelanggan",),
           "comments": ("Lihat komentar",), "stamp": ("Diperbarui",),
           "readtime": ("Waktu baca 2 menit",), "audio": ("Dengarkan berita ini",),
           "copyright": ("Hak cipta dilindungi undang-undang.",), "tags": ("Topik:",),
           "photo": ("Foto:",), "video": ("Tonton video",),
           "alert": ("Ikuti saluran WhatsApp kami",)},
}


def _loc(ctx: Context, key: str) -> str | None:
    words = LOCAL.get(ctx.lang, {}).get(key)
    return ctx.rng.choice(words) if words else None


# --- in-article kinds ----------------------------------------------------------------

TICKERS = (("DJIA", 38000, 44000), ("S&P 500", 5100, 6200), ("NASDAQ", 16000, 20000),
           ("FTSE 100", 7600, 8600), ("DAX", 17000, 20500), ("Nikkei 225", 36000, 41000),
           ("IBOVESPA", 120000, 135000), ("JSE All Share", 76000, 84000),
           ("Hang Seng", 16500, 21000), ("BTC/USD", 58000, 98000), ("EUR/GBP", 0.8, 0.9),
           ("WTI", 68, 86))


def _quote(ctx: Context) -> str:
    name, lo, hi = ctx.rng.choice(TICKERS)
    v = ctx.rng.uniform(lo, hi)
    px = f"{v:,.4f}" if hi < 5 else f"{v:,.2f}"
    ch = ctx.rng.uniform(-2.5, 2.5)
    return f"{name} {px} {'+' if ch >= 0 else '-'}{abs(ch):.2f}%"


def ticker_strip(ctx: Context) -> Widget:
    quotes: list[str] = []
    while len(quotes) < 4:
        q = _quote(ctx)
        if q.split(" ")[0] not in {x.split(" ")[0] for x in quotes}:
            quotes.append(q)
    head = _pick(ctx, ("Markets at a glance", "Market snapshot", "Live markets",
                       "MARKET DATA"))
    note = _pick(ctx, ("Data delayed by at least 15 minutes.",
                       "Quotes delayed 20 minutes. Source: Refinitiv.",
                       "Prices as of market close. Not investment advice."))
    items = "".join(
        f'<li><span class="sym">{" ".join(q.split(" ")[:-2])}</span> '
        f'<span class="px">{q.split(" ")[-2]}</span> <span class="chg">{q.split(" ")[-1]}'
        "</span></li>" for q in quotes)
    html = f"<h4>{head}</h4><ul>{items}</ul><small>{note}</small>"
    return _w("ticker", html, head, note, *quotes, tag="aside")


def ticker_quote(ctx: Context) -> Widget:
    company = _pick(ctx, ("Tessaline Corp", "Vantrix Semiconductors", "Lumora Media",
                          "Hartwell Stores", "Skyrove Airlines", "Northmere Holdings"))
    tick = company[:4].upper()
    px = f"{ctx.rng.uniform(10, 400):,.2f}"
    ch = f"{ctx.rng.uniform(0.1, 6):.2f}"
    line = f"{company} ({tick}) {px} +{ch}%"
    btn = _pick(ctx, ("Add to watchlist", "Follow this stock", "Get price alerts"))
    html = (f'<div class="quote-card"><b>{company} ({tick})</b> <span>{px}</span> '
            f'<span class="up">+{ch}%</span></div><button>{btn}</button>')
    return _w("ticker", html, line, btn)


def newsletter_form(ctx: Context) -> Widget:
    local = _loc(ctx, "newsletter")
    head = local or _pick(ctx, (
        f"Get the {ctx.place} Briefing in your inbox every weekday",
        "The Morning Edition: the stories that matter, before breakfast",
        f"Sign up for {ctx.publisher} Daily",
        "Love local news? Get it free by email",
        "Don't miss a headline. Join 80,000 readers of our evening newsletter"))
    btn = _pick(ctx, ("Sign me up", "Subscribe free", "Join now", "Get the newsletter"))
    fine = _pick(ctx, ("By signing up you agree to our Terms of Use and Privacy Policy.",
                       "You can unsubscribe at any time using the link in our emails.",
                       "This site is protected by reCAPTCHA and the Google Privacy Policy "
                       "applies.", ""))
    html = (f"<p class=\"nl-head\"><strong>{head}</strong></p><form action=\"/newsletters\">"
            f"<input type=\"email\" placeholder=\"you@example.com\"><button>{btn}</button>"
            f"</form>" + (f"<p class=\"nl-legal\">{fine}</p>" if fine else ""))
    return _w("newsletter", html, head, btn, fine, tag="section")


def newsletter_link(ctx: Context) -> Widget:
    local = _loc(ctx, "newsletter")
    text = local or _pick(ctx, (
        "Want more stories like this? Sign up for our free politics newsletter.",
        "This article first appeared in our Business Brief newsletter. Subscribe here.",
        f"Get breaking news from {ctx.place} sent straight to your inbox.",
        "Enjoying this? Our weekend newsletter has more long reads."))
    return _w("newsletter", f'<p><a href="/newsletters"><em>{text}</em></a></p>', text)


def promo_podcast(ctx: Context) -> Widget:
    name = _pick(ctx, ("The Daily Dispatch", "Inside the Newsroom", "Off the Record",
                       "Market Minute", "The Long Game"))
    text = _pick(ctx, (f"Listen to {name}, our daily news podcast, wherever you get your "
                       "podcasts.", f"New episode: {name}. Available on Spotify and Apple "
                       "Podcasts.", f"Subscribe to {name} for the story behind the "
                       "headlines."))
    return _w("promo", f'<div class="podcast"><img src="/pod.png" alt=""><p>{text}</p></div>',
              text, tag="aside")


def promo_app(ctx: Context) -> Widget:
    text = _pick(ctx, (f"Download the {ctx.publisher} app for iPhone and Android",
                       "Get our app: faster, cleaner and with offline reading",
                       "Read this and more in our award-winning app"))
    sub = _pick(ctx, ("Available on the App Store", "Get it on Google Play", ""))
    return _w("promo", f'<p><a href="/app">{text}</a></p>' + (f"<span>{sub}</span>"
                                                             if sub else ""), text, sub)


def promo_channel(ctx: Context) -> Widget:
    text = (_loc(ctx, "alert") or _pick(ctx, (
        f"Follow {ctx.publisher} on WhatsApp for the day's top stories",
        "Join our Telegram channel for breaking news alerts",
        f"Get {ctx.place} news on WhatsApp: tap here to join our channel",
        "We're on Signal now. Join our news channel.")))
    return _w("promo", f'<p class="cta"><a href="#">{text}</a></p>', text)


def alert_prompt(ctx: Context) -> Widget:
    text = _pick(ctx, ("Turn on breaking news notifications so you never miss a story",
                       "Get alerts when this story updates",
                       "Breaking news alerts: allow notifications in your browser",
                       "Be the first to know. Enable push alerts."))
    btn = _pick(ctx, ("Allow", "Turn on alerts", "Yes, notify me"))
    later = _pick(ctx, ("Not now", "Maybe later", "No thanks"))
    html = f"<p>{text}</p><button>{btn}</button> <button>{later}</button>"
    return _w("alert", html, text, tag="aside")


def related_list(ctx: Context) -> Widget:
    head = _loc(ctx, "related") or _pick(ctx, ("Read more", "Related stories",
                                               "You may also like", "More on this story",
                                               "RELATED COVERAGE", "Don't miss"))
    picks = heads(ctx, 3)
    html = f"<h3>{head}</h3><ul>" + "".join(
        f'<li><a href="/n/{i}">{h}</a></li>' for i, h in enumerate(picks)) + "</ul>"
    return _w("related", html, head, *picks, tag="aside")


def related_inline(ctx: Context) -> Widget:
    head = _loc(ctx, "related") or _pick(ctx, ("READ MORE:", "Related:", "See also:",
                                               "ALSO READ:", "Read next:"))
    h = heads(ctx, 1)[0]
    return _w("related", f'<p><strong>{head}</strong> <a href="/n/x">{h}</a></p>', head, h)


def caption_photo(ctx: Context) -> Widget:
    cap = _pick(ctx, (f"A view of the centre of {ctx.place} on a grey afternoon.",
                      f"Residents gather outside the civic hall in {ctx.place}.",
                      f"{ctx.person} speaks to the media, pictured earlier this year.",
                      f"File image: the waterfront in {ctx.place}."))
    word = _loc(ctx, "photo") or _pick(ctx, ("Photo:", "Image:", "Credit:", "Picture:"))
    photog = _pick(ctx, ("Jonah Ferris", "Ana Ribeiro", "Kofi Asante", "Lena Vogt",
                         "Hiro Tanaka"))
    credit = f"{word} {photog}/{ctx.agency}"
    html = (f'<img src="/img/{ctx.rng.randint(100, 999)}.jpg" alt="">'
            f"<figcaption><span class=\"caption\">{cap}</span> "
            f"<span class=\"credit\">{credit}</span></figcaption>")
    return _w("caption", html, cap, credit, tag="figure")


def caption_gallery(ctx: Context) -> Widget:
    n = ctx.rng.randint(6, 24)
    count = _pick(ctx, (f"1 of {n}", f"Photo 1/{n}", f"View all {n} photos"))
    cap = f"Scenes from {ctx.place} this week. {_pick(ctx, ('Enlarge', 'Expand image'))}"
    html = (f'<div class="gallery"><img src="/g1.jpg" alt=""><span>{count}</span>'
            f"<p>{cap}</p></div>")
    return _w("caption", html, count, cap, tag="figure")


def video_player(ctx: Context) -> Widget:
    watch = _loc(ctx, "video")
    title = _pick(ctx, (f"Watch: what we know about the {ctx.place} decision",
                        f"WATCH: {ctx.person} speaks after the announcement",
                        f"Video: the scene in {ctx.place}",
                        f"Now playing: {ctx.place} in 60 seconds"))
    if watch:
        title = f"{watch}: {ctx.place}"
    dur = _dur(ctx)
    extra = _pick(ctx, ("Up next", "Autoplay: on", "Skip ad in 5", "Video by " + ctx.agency))
    html = (f'<div class="player" data-video-id="v{ctx.rng.randint(1000, 9999)}">'
            f'<button aria-label="Play"></button><span class="dur">{dur}</span></div>'
            f"<p class=\"vtitle\">{title}</p><p class=\"vmeta\">{extra}</p>")
    return _w("video", html, title, dur, extra, tag="figure")


def disclaimer_syndication(ctx: Context) -> Widget:
    text = _pick(ctx, (
        f"This story was originally published by {ctx.agency} and is republished with "
        "permission.",
        f"Copyright {ctx.agency}. This material may not be published, broadcast, rewritten "
        "or redistributed.",
        f"This article is part of a content-sharing agreement with {ctx.agency}.",
        f"({ctx.agency}) — Additional reporting by staff. Editing by the wire desk.",
        f"This story has been automatically generated from a wire feed and has not been "
        f"edited by {ctx.publisher} staff."))
    return _w("disclaimer", f'<p class="note"><em>{text}</em></p>', text)


def share_bar(ctx: Context) -> Widget:
    local = _loc(ctx, "share")
    head = local or _pick(ctx, ("Share this article", "Share this story", "SHARE",
                                "Spread the word"))
    n = ctx.rng.randint(12, 940)
    count = _pick(ctx, (f"{n} shares", f"Shared {n} times", f"{n} people shared this"))
    html = (f"<span>{head}</span><ul><li><a>Facebook</a></li><li><a>X</a></li>"
            f"<li><a>LinkedIn</a></li><li><a>Email</a></li></ul><span>{count}</span>")
    return _w("share", html, head, count)


def toolbar(ctx: Context) -> Widget:
    items = ctx.rng.sample(("Print this article", "Email this story", "Save for later",
                            "Copy link", "Gift this article", "Text size"), 3)
    html = "".join(f'<button type="button">{i}</button> ' for i in items)
    return _w("share", html, *items)


def ad_slot(ctx: Context) -> Widget:
    label = _loc(ctx, "ad") or _pick(ctx, ("Advertisement", "ADVERTISEMENT",
                                           "Story continues below advertisement",
                                           "Article continues below this ad",
                                           "Sponsored advertisement", "AD"))
    slot = ctx.rng.randint(10000, 99999)
    html = (f'<span class="ad-label">{label}</span><div id="div-gpt-ad-{slot}-0" '
            f'style="min-height:250px"></div>')
    return _w("ad", html, label)


def sponsored(ctx: Context) -> Widget:
    brand = _pick(ctx, ("Evergreen Mutual", "Solace Energy", "Brightwater Travel",
                        "Kinetic Bank"))
    head = _pick(ctx, ("Sponsored content", "Paid partner content", "Promoted stories",
                       "From our partners", f"Presented by {brand}"))
    item = _pick(ctx, ("Five ways to cut your heating bill this winter",
                       "Why retirees are rethinking where they live",
                       "This simple trick could lower your insurance premium",
                       "The island escape travellers are booking for spring"))
    html = (f"<p class=\"label\">{head}</p><a href=\"https://ads.example/c\"><img src=\"/s.jpg\""
            f" alt=\"\"><span>{item}</span></a><small>{brand}</small>")
    return _w("sponsored", html, head, item, tag="aside")


HANDLES = ("@CityWatchDesk", "@weather_alerts", "@rivera_reports", "@transit_now",
           "@localvoices")


def embed_social(ctx: Context) -> Widget:
    post = _pick(ctx, ("Huge crowds here tonight. Never seen anything like it.",
                       "Thread: everything we learned today, in 10 posts.",
                       "Road closed both ways near the bridge. Avoid the area.",
                       "Proud of this team. What a night."))
    handle = ctx.rng.choice(HANDLES)
    who = f"— {_pick(ctx, ('Local Voices', 'City Watch', 'Transit Now'))} ({handle})"
    html = (f'<blockquote class="twitter-tweet"><p lang="en">{post}</p>{who} '
            f'<a href="https://twitter.com/x/status/1">December 2, 2026</a></blockquote>'
            f'<script async src="https://platform.twitter.com/widgets.js"></script>')
    return _w("embed", html, post, who)


def embed_instagram(ctx: Context) -> Widget:
    text = _pick(ctx, ("View this post on Instagram", "A post shared by City Watch",
                       "View this profile on Instagram"))
    cap = _pick(ctx, ("Golden hour over the harbour #nofilter",
                      "First snow of the season ❄️", "Opening night! Thank you all"))
    html = (f'<blockquote class="instagram-media"><a href="https://instagram.com/p/x">{text}'
            f"</a><p>{cap}</p></blockquote>")
    return _w("embed", html, text, cap)


def paywall(ctx: Context) -> Widget:
    text = _loc(ctx, "paywall") or _pick(ctx, (
        "You have 2 free articles left this month.",
        "Subscribe for unlimited access. Just $1 for 6 months.",
        "This article is for subscribers. Already a subscriber? Log in.",
        "Support independent journalism: subscribe from $3.99 a month.",
        "You've reached your limit of free stories. Register to keep reading."))
    btn = _pick(ctx, ("See offers", "Subscribe now", "Start my trial", "Log in"))
    return _w("paywall", f"<p>{text}</p><a class=\"btn\" href=\"/subscribe\">{btn}</a>",
              text, tag="section")


def stamp(ctx: Context) -> Widget:
    word = _loc(ctx, "stamp") or _pick(ctx, ("Updated", "Published", "Last updated",
                                             "First published", "Posted"))
    day = ctx.rng.randint(1, 5)
    t = f"{ctx.rng.randint(6, 11)}:{ctx.rng.randint(10, 59)}"
    text = _pick(ctx, (f"{word} {t} a.m. Dec. {day}, 2026", f"{word} {day} Dec 2026, {t} GMT",
                       f"{word} 0{day}.12.2026 – {t}"))
    return _w("stamp", f'<time datetime="2026-12-0{day}">{text}</time>', text)


def audio(ctx: Context) -> Widget:
    label = _loc(ctx, "audio") or _pick(ctx, ("Listen to this article",
                                              "Listen to this story",
                                              "Audio: hear this story read aloud"))
    dur = _dur(ctx)
    note = _pick(ctx, ("Voiced by artificial intelligence.", "Narrated by a human voice.",
                       "Powered by our text-to-speech partner.", ""))
    html = (f'<button class="play">▶</button> <span>{label}</span> <span>{dur}</span>'
            + (f"<small>{note}</small>" if note else ""))
    return _w("audio", html, label, dur, note)


def readtime(ctx: Context) -> Widget:
    text = _loc(ctx, "readtime") or _pick(ctx, (f"{ctx.rng.randint(2, 9)} min read",
                                                f"Reading time: {ctx.rng.randint(2, 9)} "
                                                "minutes", f"Estimated read: "
                                                f"{ctx.rng.randint(2, 9)} min"))
    return _w("readtime", f"<span>{text}</span>", text)


def affiliate(ctx: Context) -> Widget:
    text = _pick(ctx, (
        "We may earn a commission when you buy through links on our site.",
        "This article contains affiliate links. If you make a purchase, we may earn a fee.",
        f"{ctx.publisher} may receive a small payment from products bought via this page.",
        "Our journalism is independent. We earn a commission on some of the items we "
        "recommend."))
    return _w("affiliate", f"<p class=\"disclosure\"><small>{text}</small></p>", text)


def poll(ctx: Context) -> Widget:
    q = _pick(ctx, ("Do you support the decision? Vote now.",
                    "Quick poll: will you change your plans because of this?",
                    "Have your say: should the council think again?"))
    opts = ("Yes", "No", "Not sure")
    res = f"{ctx.rng.randint(800, 4000)} votes so far"
    html = (f"<p><strong>{q}</strong></p><form>" + "".join(
        f"<label><input type=\"radio\" name=\"p\">{o}</label>" for o in opts)
        + f"<button>Vote</button></form><span>{res}</span>")
    return _w("poll", html, q, res, tag="section")


def donation(ctx: Context) -> Widget:
    text = _pick(ctx, (
        f"{ctx.publisher} is a nonprofit newsroom. Donate today to keep local reporting free.",
        "Our reporting is funded by readers like you. Can you chip in $5?",
        "Before you go: become a member and support journalism that holds power to account.",
        "If you value this reporting, please consider a one-time contribution."))
    btn = _pick(ctx, ("Donate now", "Give today", "Become a member"))
    return _w("donation", f"<p>{text}</p><a class=\"donate\">{btn}</a>", text, tag="aside")


IN_ARTICLE: dict[str, tuple[Gen, ...]] = {
    "ticker": (ticker_strip, ticker_quote),
    "newsletter": (newsletter_form, newsletter_link),
    "promo": (promo_podcast, promo_app, promo_channel),
    "alert": (alert_prompt,),
    "related": (related_list, related_inline),
    "caption": (caption_photo, caption_gallery),
    "video": (video_player,),
    "disclaimer": (disclaimer_syndication,),
    "share": (share_bar, toolbar),
    "ad": (ad_slot,),
    "sponsored": (sponsored,),
    "embed": (embed_social, embed_instagram),
    "paywall": (paywall,),
    "stamp": (stamp,),
    "audio": (audio,),
    "readtime": (readtime,),
    "affiliate": (affiliate,),
    "poll": (poll,),
    "donation": (donation,),
}


# --- after-the-text kinds -----------------------------------------------------------


def bio(ctx: Context) -> Widget:
    name = _pick(ctx, ("Clara Fenwick", "Tobias Reyes", "Nia Harcourt", "Dev Malhotra"))
    text = _pick(ctx, (f"{name} covers city hall and regional politics for {ctx.publisher}.",
                       f"{name} is a senior correspondent based in {ctx.place}. Follow her "
                       "on social media.", f"About the author: {name} has reported on "
                       "courts and public safety since 2015."))
    contact = f"Contact: {name.split()[0].lower()}@{ctx.domain}"
    return _w("bio", f"<img src=\"/a.jpg\" alt=\"\"><p>{text}</p><p>{contact}</p>", text,
              contact, tag="aside")


def correction(ctx: Context) -> Widget:
    text = _pick(ctx, (
        "Correction: an earlier version of this article misstated the date of the vote.",
        "This story has been updated to include a response from the company.",
        "Clarification: this article was amended to reflect the final figures.",
        "Editor's note: a previous version gave an incorrect job title."))
    std = _pick(ctx, (f"Read {ctx.publisher}'s editorial standards and corrections policy.",
                      "Spotted an error? Tell our corrections team.",
                      "Our ethics policy and how we correct mistakes", ""))
    return _w("correction", f"<p><em>{text}</em></p>" + (f"<p><a>{std}</a></p>" if std
                                                         else ""), text, std)


def tags(ctx: Context) -> Widget:
    word = _loc(ctx, "tags") or _pick(ctx, ("Topics:", "Tags:", "Filed under:",
                                            "More on:"))
    topics = ctx.rng.sample(("Local government", "Public finance", "Regional news",
                             "Transport", "Courts and justice", "Weather", "Economy"), 3)
    html = f"<span>{word}</span> " + " ".join(f'<a href="/t/{t[:4]}">{t}</a>' for t in topics)
    return _w("tags", html, f"{word} {' '.join(topics)}")


def copyright_line(ctx: Context) -> Widget:
    local = _loc(ctx, "copyright")
    text = local or _pick(ctx, (
        f"© 2026 {ctx.agency}. All rights reserved.",
        f"Copyright © {ctx.publisher} 2026. Reproduction without permission is prohibited.",
        f"All content © {ctx.publisher}. Reprints and permissions: licensing@{ctx.domain}",
        f"For reprint rights contact the {ctx.agency} syndication desk."))
    return _w("copyright", f"<p><small>{text}</small></p>", text)


def comments(ctx: Context) -> Widget:
    n = ctx.rng.randint(3, 480)
    local = _loc(ctx, "comments")
    head = local or _pick(ctx, (f"Comments ({n})", "Join the discussion",
                                f"{n} comments", "Show comments", "Reader comments"))
    note = _pick(ctx, ("Comments are moderated and may take a few minutes to appear.",
                       "Log in or register to comment.",
                       "Please keep comments respectful. Read our community guidelines.",
                       ""))
    return _w("comments", f"<h3>{head}</h3>" + (f"<p>{note}</p>" if note else "")
              + '<div id="comments-root"></div>', head, note, tag="section")


def teasers(ctx: Context) -> Widget:
    head = _pick(ctx, ("Most read", "More from this section", "Trending", "Top stories",
                       "Latest news"))
    picks = heads(ctx, 4)
    html = f"<h3>{head}</h3>" + "".join(
        f'<article class="teaser"><h4><a>{h}</a></h4></article>' for h in picks)
    return _w("teasers", html, head, *picks, tag="section")


AFTER: dict[str, tuple[Gen, ...]] = {
    "bio": (bio,), "correction": (correction,), "tags": (tags,),
    "copyright": (copyright_line,), "comments": (comments,), "teasers": (teasers,),
    "donation": (donation,), "newsletter": (newsletter_form,), "share": (share_bar,),
}


def make(kind: str, ctx: Context, after: bool = False) -> Widget:
    """A widget of ``kind`` in the template's house style (two of its variants)."""
    bank = (AFTER if after else IN_ARTICLE)[kind]
    house = sorted({bank[ctx.tpl % len(bank)], bank[(ctx.tpl * 5 + 3) % len(bank)]},
                   key=bank.index)
    return ctx.rng.choice(house)(ctx)
