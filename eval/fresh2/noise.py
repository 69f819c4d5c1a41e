"""Noise banks for the fresh2 set: the widgets publishers put in and around articles.

Every variant is a function of a :class:`Context` that returns a :class:`Widget`: its
HTML and the noise strings a reader sees in it, one per visible line or sentence. The
English banks are written per variant, the other languages (de, fr, es, it, pt, nl) as
line specs rendered in several markups. Site chrome (menus, rails, footers) is here too.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(slots=True)
class Context:
    """What a widget may mention."""

    rng: random.Random
    lang: str
    publisher: str
    domain: str
    agency: str
    person: str
    place: str
    headlines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Widget:
    """A widget's HTML and its visible noise strings."""

    html: str
    strings: tuple[str, ...]


Variant = Callable[[Context], Widget]


def e(text: str) -> str:
    """Escape a text node."""
    return html.escape(text, quote=False)


def a(text: str) -> str:
    """Escape an attribute value."""
    return html.escape(text, quote=True)


def _slug(text: str) -> str:
    out = "".join(c if c.isalnum() else "-" for c in text.lower())
    return "-".join(p for p in out.split("-") if p)[:50]


def W(markup: str, *strings: str) -> Widget:
    """A widget; strings under four characters are too short to label fairly."""
    return Widget(markup, tuple(s for s in strings if len(s.strip()) >= 4))


PHOTOGRAPHERS = ("Elena Marsh", "Tomasz Wierzbicki", "Kofi Asante", "Ravi Choudhary",
                 "Lindsey Park", "Sean Doherty", "Nicolás Pereyra", "Ayo Bankole",
                 "Jess Harrow", "Dmitri Volkov", "Mara Quinlan", "Bongani Zulu")
REPORTERS = ("Alex Morgan", "Sam Rivera", "Jordan Blake", "Nia Oduya", "Kieran Lowe",
             "Tess Okonkwo", "Imogen Shaw", "Dev Malhotra", "Carla Joubert", "Ramon Cruz")
NEWSLETTERS = ("The Morning Brief", "Daily Briefing", "Afternoon Update", "First Edition",
               "The Catch-Up", "Business Wrap", "Weekend Reads", "Breaking News Alerts",
               "The Local Dispatch", "Evening Edition")
BRANDS = ("HomeShield Quotes", "BrightSmile Dental", "SolarSave Direct", "WalkEase Clinic",
          "TrueCover Insurance", "Kitchen Refit Pros", "Sleepwell Labs", "Nestfield Homes")
SPONSORED = ("Here's what a walk-in shower should cost you in 2026",
             "Seniors are switching to this hearing aid and loving it",
             "Homeowners near {place} may qualify for a new solar rebate",
             "The mattress doctors keep recommending to back-pain sufferers",
             "Why retirees are moving their savings before the new year",
             "Surgeon explains the one vegetable to stop eating",
             "This $5 kitchen gadget is flying off the shelves",
             "Dentists hate this one trick for whiter teeth")
SOCIAL = ("Crews are working through the night on the main road in {place}. Expect delays on "
          "your morning commute.",
          "Huge turnout at tonight's meeting in {place}. Standing room only.",
          "Thank you to everyone who came out today. This community never ceases to amaze me.",
          "Update: the northbound lanes have reopened. Thanks for your patience, {place}.",
          "What a day. Proud of this team and everyone who showed up.",
          "We're aware of reports circulating online and will share more information soon.",
          "Big news coming tomorrow. Stay tuned.",
          "Sunset over {place} tonight was something else.")


def _pick(ctx: Context, *options: str) -> str:
    return ctx.rng.choice(options)


def _heads(ctx: Context, k: int) -> list[str]:
    heads = list(ctx.headlines)
    ctx.rng.shuffle(heads)
    return heads[:k]


def _ph(ctx: Context) -> str:
    return ctx.rng.choice(PHOTOGRAPHERS)


def _handle(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())[:15]


def _date(ctx: Context) -> str:
    day = ctx.rng.randint(1, 6)
    return _pick(ctx, f"December {day}, 2026", f"Dec. {day}, 2026", f"{day} December 2026",
                 f"{day} Dec 2026")


def _time(ctx: Context) -> str:
    return f"{ctx.rng.randint(1, 11)}:{ctx.rng.randint(0, 59):02d}"


def _scene(ctx: Context) -> str:
    return _pick(
        ctx, f"{ctx.person} speaks to reporters in {ctx.place} on Tuesday.",
        f"A view of the main street in {ctx.place}.",
        f"Residents gather outside the community hall in {ctx.place}.",
        f"{ctx.person} arrives for the meeting.",
        f"Traffic moves along the highway near {ctx.place} earlier this week.",
        f"{ctx.person} pictured in {ctx.place} last year.",
        f"People walk past shops in central {ctx.place}, {_date(ctx)}.",
        f"The waterfront at {ctx.place} at dusk.")


# --- promo ----------------------------------------------------------------------------

def promo_subscribe_line(ctx: Context) -> Widget:
    line = _pick(ctx, f"Subscribe to {ctx.publisher} for just $1 a week.",
                 "Get unlimited digital access for 99¢ a month. Subscribe now",
                 "Support local journalism: subscribe today for as little as $2 a week.",
                 "Unlimited access from just £1 for your first month",
                 f"Only $4 for 4 months of {ctx.publisher}. Don't miss out.",
                 "SPECIAL OFFER: Get 12 weeks of digital access for $12")
    tag = _pick(ctx, "strong", "b", "em")
    return W(f'<p class="promo-line"><{tag}><a href="/subscribe?src=inline">{e(line)}</a>'
             f"</{tag}></p>", line)


def promo_app(ctx: Context) -> Widget:
    head = _pick(ctx, f"Get the {ctx.publisher} app", "Download our free app",
                 "News on the go", f"{ctx.publisher} in your pocket")
    body = _pick(ctx, "Breaking news alerts, live coverage and the e-edition, all in one place.",
                 f"Be the first to know what's happening in {ctx.place}.",
                 "Personalise your news and get alerts that matter to you.")
    b1, b2 = "Download on the App Store", "Get it on Google Play"
    return W(f'<aside class="app-promo"><h4>{e(head)}</h4><p>{e(body)}</p>'
             f'<a class="btn" href="https://apps.apple.com/app/id1">{b1}</a> '
             f'<a class="btn" href="https://play.google.com/store/apps">{b2}</a></aside>',
             head, body, b1, b2)


def promo_whatsapp(ctx: Context) -> Widget:
    line = _pick(ctx, f"Click here to join the {ctx.publisher} WhatsApp channel and stay "
                 "updated with the latest news",
                 f"Follow {ctx.publisher} on WhatsApp for breaking news from {ctx.place}",
                 "📲 Get breaking news on WhatsApp – join our channel here",
                 "Stay informed: join our Telegram and WhatsApp channels for real-time updates.",
                 "JOIN US ON WHATSAPP: Get the biggest stories sent straight to your phone")
    return W(f'<p class="wa-cta"><i><a href="https://whatsapp.com/channel/0029">{e(line)}</a>'
             "</i></p>", line)


def promo_google(ctx: Context) -> Widget:
    line = _pick(ctx, f"Add {ctx.publisher} as a preferred source on Google",
                 "Follow us on Google News", f"Make {ctx.publisher} your preferred source",
                 f"Click here to follow {ctx.publisher} on Google News")
    return W(f'<div class="gnews-cta"><a href="https://news.google.com/publications/x">'
             f'<img src="/img/gnews.svg" alt="" width="24" height="24"> {e(line)}</a></div>',
             line)


def promo_podcast(ctx: Context) -> Widget:
    label = _pick(ctx, "LISTEN", "Podcast", "Listen now")
    title = _pick(ctx, f"{ctx.publisher} Daily: the stories behind the headlines",
                  "The Briefing podcast: new episodes every weekday",
                  f"Inside {ctx.place}: our weekly podcast")
    more = _pick(ctx, "Available on Apple Podcasts, Spotify and wherever you get your podcasts.",
                 "Search for it in your favourite podcast app.",
                 "Hosted by our senior reporters. Twenty minutes, every morning.")
    button = _pick(ctx, "Listen to the latest episode", "Play episode", "Subscribe to the show")
    return W(f'<section class="podcast-promo"><span class="kicker">{e(label)}</span>'
             f"<h3>{e(title)}</h3><p>{e(more)}</p><button type=\"button\">{e(button)}</button>"
             "</section>", label, title, more, button)


def promo_donate(ctx: Context) -> Widget:
    head = _pick(ctx, "Before you go...", "Thanks for reading!", "Support our newsroom",
                 "We have a favour to ask")
    text = _pick(ctx, f"{ctx.publisher} is a nonprofit newsroom. We rely on readers like you "
                 "to keep our reporting free.",
                 "Independent journalism costs money. If you value this story, please "
                 "consider a contribution.",
                 "Every gift, big or small, helps us cover the stories that matter.")
    button = _pick(ctx, "Donate today", "Become a member", "Give now", "Support us")
    return W(f'<div class="donate-box" role="complementary"><h2>{e(head)}</h2><p>{e(text)}</p>'
             f'<a class="button" href="/donate">{e(button)}</a></div>', head, text, button)


def promo_paywall(ctx: Context) -> Widget:
    n = ctx.rng.randint(2, 4)
    meter = _pick(ctx, f"You've read {n} of 5 free articles this month.",
                  f"You have {5 - n} free articles remaining.",
                  "This is your last free article.")
    offer = _pick(ctx, "Subscribe now for unlimited access", "Unlock every story for $1",
                  "Keep reading with a digital subscription")
    login = _pick(ctx, "Already a subscriber? Log in", "Already have an account? Sign in")
    return W(f'<section class="meter-offer"><p class="meter">{e(meter)}</p>'
             f'<p><a class="cta" href="/offers">{e(offer)}</a></p>'
             f'<p class="login"><small>{e(login)}</small></p></section>', meter, offer, login)


def promo_event(ctx: Context) -> Widget:
    line = _pick(ctx, f"TICKETS: {ctx.publisher} Business Awards 2027 – book your table now",
                 f"Join us at {ctx.publisher} Live on February 12. Get your tickets here.",
                 f"Nominations are open for the {ctx.place} Community Awards. Nominate now!",
                 "Early-bird tickets for our Future Cities summit end Friday.")
    return W(f'<p class="house-ad"><strong>{e(line)}</strong></p>', line)


def promo_tabloid(ctx: Context) -> Widget:
    line = _pick(ctx, f"DON'T MISS: The {ctx.publisher} Daily Deals – the best offers "
                 "hand-picked by our team",
                 "WIN: A £1,000 holiday voucher – enter our free prize draw today",
                 f"GET ALERTS: Turn on notifications for breaking news from {ctx.place}",
                 "PLAY: Try our daily crossword, sudoku and word games for free",
                 f"FREE: Claim your {ctx.publisher} puzzle book this weekend")
    return W(f'<p><b><a href="/promo/{_slug(line)}">{e(line)}</a></b></p>', line)


def promo_print(ctx: Context) -> Widget:
    line = _pick(ctx, "Get the print edition delivered: 12 weeks for $12",
                 "Read today's e-paper", f"Read the {ctx.publisher} digital edition",
                 "Home delivery from just £2.50 a week – order now")
    sub = _pick(ctx, "Cancel anytime.", "Terms apply.", "Offer ends Sunday.")
    return W(f'<div class="print-promo"><a href="/eedition">{e(line)}</a>'
             f"<small> {e(sub)}</small></div>", line, sub)


# --- disclaimer -----------------------------------------------------------------------

SITES = ("The Conversation", "Kaiser Health News", "CalMatters", "Inside Climate News",
         "The Texas Tribune", "Grist", "Stateline", "Mongabay")


def disc_original(ctx: Context) -> Widget:
    site = ctx.rng.choice(SITES)
    one = _pick(ctx, f"This article was originally published on {site}.",
                f"This article was originally published by {site}.",
                f"This story originally appeared on {site}.")
    two = _pick(ctx, "Read the original article.", "Read the original here.",
                f"Read more from {site}.")
    return W(f'<p class="syndication"><em>{e(one)} <a href="https://example.org/x">{e(two)}</a>'
             "</em></p>", one, two)


def disc_republished(ctx: Context) -> Widget:
    line = _pick(ctx, f"Republished with permission from {ctx.agency}.",
                 f"This story is republished with permission from {ctx.agency}.",
                 f"This article is republished from {ctx.agency} under a Creative Commons "
                 "license.",
                 f"Originally published on {ctx.domain}, part of the BLOX Digital Content "
                 "Exchange.")
    return W(f'<p><i>{e(line)}</i></p>', line)


def disc_tca(ctx: Context) -> Widget:
    line = _pick(ctx, f"© 2026 {ctx.agency}. Distributed by Tribune Content Agency, LLC.",
                 f"©2026 {ctx.publisher}. Visit {ctx.domain}. Distributed by Tribune Content "
                 "Agency, LLC.",
                 f"(c)2026 {ctx.agency}. Distributed by Tribune Content Agency, LLC.")
    return W(f'<p class="copyright">{e(line)}</p>', line)


def disc_stacker(ctx: Context) -> Widget:
    site = ctx.rng.choice(SITES)
    line = _pick(ctx, f"This story was produced by {site} and reviewed and distributed by "
                 "Stacker.",
                 f"This story was produced by {site} and reviewed and distributed by Stacker "
                 "Media.",
                 f"This story was originally published by {site} and has been republished "
                 "with permission in partnership with Stacker.")
    return W(f'<div class="stacker-note"><p><em>{e(line)}</em></p></div>', line)


def disc_feed(ctx: Context) -> Widget:
    line = _pick(ctx, f"(Except for the headline, this story has not been edited by "
                 f"{ctx.publisher} staff and is published from a syndicated feed.)",
                 "This story has been published from a wire agency feed without "
                 "modifications to the text. Only the headline has been changed.",
                 f"(This story has not been edited by {ctx.publisher} staff and is "
                 "auto-generated from a syndicated feed.)")
    return W(f'<p class="feed-note"><span>{e(line)}</span></p>', line)


def disc_copyright(ctx: Context) -> Widget:
    one = _pick(ctx, f"Copyright 2026 {ctx.agency}. All rights reserved.",
                f"Copyright © 2026 {ctx.agency}. All rights reserved.",
                "Copyright 2026 The Associated Press. All rights reserved.",
                f"© Copyright {ctx.agency} 2026")
    two = _pick(ctx, "This material may not be published, broadcast, rewritten or "
                "redistributed without permission.",
                "This material may not be published, broadcast, rewritten or redistributed.",
                "")
    inner = e(one) + (f" {e(two)}" if two else "")
    return W(f'<p class="rights"><small>{inner}</small></p>', one, two)


def disc_reuters(ctx: Context) -> Widget:
    r1, r2, r3 = ctx.rng.sample(REPORTERS, 3)
    credit = _pick(ctx, f"Reporting by {r1}; Editing by {r2}",
                   f"Reporting by {r1}; Additional reporting by {r2}; Editing by {r3}",
                   f"Reporting by {r1} in {ctx.place}; Writing by {r2}; Editing by {r3}")
    trust = "Our Standards: The Thomson Reuters Trust Principles."
    return W(f'<p class="sign-off">{e(credit)}</p><p class="standards">'
             f'<a href="https://www.thomsonreuters.com/en/about-us/trust-principles.html">'
             f"{e(trust)}</a></p>", credit, trust)


def disc_contributed(ctx: Context) -> Widget:
    line = _pick(ctx, "The Associated Press contributed to this report.",
                 f"{ctx.agency} contributed to this report.",
                 "— With files from The Canadian Press",
                 "(With inputs from PTI)", "(With agency inputs)",
                 f"Additional reporting by {ctx.rng.choice(REPORTERS)}.",
                 f"— {ctx.agency}")
    return W(f'<p><em>{e(line)}</em></p>', line)


def disc_views(ctx: Context) -> Widget:
    line = _pick(ctx, f"Disclaimer: Views expressed are personal and do not reflect the "
                 f"official position or policy of {ctx.publisher}.",
                 "The views and opinions expressed in this article are those of the author "
                 "and do not necessarily reflect those of this publication.",
                 "Opinions expressed by contributors are their own.",
                 "DISCLAIMER: This content is for information only and is not financial "
                 "advice.")
    return W(f'<div class="disclaimer"><p><small>{e(line)}</small></p></div>', line)


def disc_ai(ctx: Context) -> Widget:
    line = _pick(ctx, "This story was generated with the help of AI and reviewed by an editor.",
                 "This article was created with the assistance of automated tools and checked "
                 "by our newsroom.",
                 "An AI tool was used to help summarise this report. A journalist reviewed "
                 "it before publication.")
    return W(f'<aside class="ai-note"><p>{e(line)}</p></aside>', line)


def disc_helpline(ctx: Context) -> Widget:
    line = _pick(ctx, "If you or someone you know is struggling, call or text 988 to reach the "
                 "Suicide & Crisis Lifeline.",
                 "If you need support, Lifeline is available 24/7 on 13 11 14.",
                 "Samaritans can be contacted for free, day or night, on 116 123.")
    return W(f'<p class="help-box"><strong>{e(line)}</strong></p>', line)


# --- newsletter -----------------------------------------------------------------------

def nl_form(ctx: Context) -> Widget:
    name = ctx.rng.choice(NEWSLETTERS)
    head = _pick(ctx, f"Sign up for {name}", f"Get the {name} newsletter",
                 f"Subscribe to {name}")
    desc = _pick(ctx, "The day's top stories, delivered to your inbox every morning.",
                 f"Everything you need to know about {ctx.place}, in one email.",
                 "Our editors' picks, straight to your inbox.")
    label, button = "Email address", _pick(ctx, "Sign up", "Sign Up", "Subscribe")
    legal = _pick(ctx, "By signing up, you agree to our Terms of Use and acknowledge our "
                  "Privacy Policy.",
                  "By subscribing you agree to receive marketing emails. You can unsubscribe "
                  "at any time.",
                  "This site is protected by reCAPTCHA and the Google Privacy Policy and "
                  "Terms of Service apply.")
    return W(f'<section class="newsletter-signup"><h3>{e(head)}</h3><p>{e(desc)}</p>'
             f'<form action="/nl"><label for="nl-email">{label}</label> '
             f'<input id="nl-email" type="email" placeholder="you@example.com"> '
             f'<button type="submit">{e(button)}</button></form>'
             f'<p class="legal"><small>{e(legal)}</small></p></section>',
             head, desc, label, button, legal)


def nl_tabloid(ctx: Context) -> Widget:
    line = _pick(ctx, f"SIGN UP: Get the biggest stories from {ctx.place} sent straight to "
                 "your inbox",
                 f"SIGN UP for our free {ctx.rng.choice(NEWSLETTERS)} email for the latest news",
                 "Sign up to our newsletter here to get all the latest news straight to your "
                 "inbox",
                 "FREE NEWSLETTER: The top headlines every lunchtime – sign up now")
    return W(f'<p><strong><a href="/newsletters">{e(line)}</a></strong></p>', line)


def nl_italic(ctx: Context) -> Widget:
    one = _pick(ctx, "Want more news like this?", "Like what you're reading?",
                "Never miss a story.", "Stay in the know.")
    two = _pick(ctx, f"Subscribe to our {ctx.rng.choice(NEWSLETTERS)} newsletter.",
                "Get the day's headlines delivered each morning. Sign up here.",
                f"Sign up for {ctx.publisher}'s free email briefings.")
    return W(f'<p class="nl-inline"><em>{e(one)} <a href="/email">{e(two)}</a></em></p>',
             one, two)


def nl_aside(ctx: Context) -> Widget:
    name = ctx.rng.choice(NEWSLETTERS)
    desc = _pick(ctx, f"Your daily briefing on what matters in {ctx.place}. Delivered weekdays "
                 "at 6 a.m.",
                 "Five stories, five minutes, every weekday.",
                 "A smart round-up of the week's news, every Saturday.")
    button = _pick(ctx, "Subscribe", "Sign me up", "Get it free")
    return W(f'<aside class="nl-card"><strong class="nl-name">{e(name)}</strong>'
             f'<p>{e(desc)}</p><input type="email" aria-label="Email" placeholder="Email">'
             f'<button>{e(button)}</button></aside>', name, desc, button)


def nl_newspack(ctx: Context) -> Widget:
    head = _pick(ctx, f"Get {ctx.publisher} in your inbox", "Sign up for our free newsletters",
                 "Choose your newsletters")
    lists = ctx.rng.sample(NEWSLETTERS, 3)
    button = _pick(ctx, "Sign up", "Subscribe")
    boxes = "".join(f'<label><input type="checkbox" checked> {e(n)}</label>' for n in lists)
    return W(f'<div class="wp-block-newspack-newsletters-subscribe"><h4>{e(head)}</h4>'
             f'<form>{boxes}<input type="email" placeholder="Email address">'
             f'<input type="submit" value="{a(button)}"><button>{e(button)}</button></form></div>',
             head, *lists, button)


def nl_caps(ctx: Context) -> Widget:
    line = _pick(ctx, "► NEVER MISS A STORY: Sign up for our breaking news alerts",
                 "NEWSLETTER: Get the latest headlines sent to your inbox every morning",
                 "📧 Get our best stories in your inbox – it's free")
    return W(f'<p class="signup-strip"><b>{e(line)}</b></p>', line)


def nl_privacy(ctx: Context) -> Widget:
    head = "Sign up for our newsletters"
    desc = _pick(ctx, "Get the latest headlines sent to your inbox every morning and afternoon.",
                 "Local news, sport and what's on, twice a day.")
    note = _pick(ctx, "We care about your data. See our privacy policy.",
                 "We won't share your email with anyone.", "Unsubscribe at any time.")
    return W(f'<div id="newsletter-box" class="signup"><p class="h">{head}</p>'
             f'<p>{e(desc)}</p><input type="email"><a class="btn" href="/signup">Subscribe</a>'
             f'<p class="note">{e(note)}</p></div>', head, desc, note)


def nl_excerpt(ctx: Context) -> Widget:
    name = ctx.rng.choice(NEWSLETTERS)
    one = _pick(ctx, f"This article first appeared in {name}, {ctx.publisher}'s weekly email.",
                f"This is an edition of {name}, our newsletter on the week's big stories.",
                f"A version of this story first appeared in the {name} newsletter.")
    two = _pick(ctx, "Sign up here.", "Subscribe to get it in your inbox.",
                "Sign up to receive it every week.")
    return W(f'<p class="nl-origin"><i>{e(one)} <a href="/nl/{_slug(name)}">{e(two)}</a></i></p>',
             one, two)


# --- caption --------------------------------------------------------------------------

def _img(ctx: Context) -> str:
    n = ctx.rng.randint(1000, 9999)
    return (f'<img src="https://cdn.{ctx.domain}/img/2026/12/{n}.jpg" alt="" width="1200" '
            'height="800" loading="lazy">')


def cap_ap(ctx: Context) -> Widget:
    scene, credit = _scene(ctx), f"(AP Photo/{_ph(ctx)})"
    return W(f'<figure class="photo">{_img(ctx)}<figcaption>{e(scene)} {e(credit)}</figcaption>'
             "</figure>", scene, credit)


def cap_reuters(ctx: Context) -> Widget:
    scene = f"FILE PHOTO: {_scene(ctx)}"
    credit = _pick(ctx, f"REUTERS/{_ph(ctx)}/File Photo", f"REUTERS/{_ph(ctx)}")
    return W(f'<figure>{_img(ctx)}<figcaption><span>{e(scene)}</span> <span>{e(credit)}</span>'
             "</figcaption></figure>", scene, credit)


def cap_getty(ctx: Context) -> Widget:
    scene = _scene(ctx)
    credit = _pick(ctx, f"Photo: {_ph(ctx)} / Getty Images", f"Photograph: {_ph(ctx)}/Getty",
                   f"Photo: {_ph(ctx)}/AFP via Getty Images")
    return W(f'<figure class="lead-image">{_img(ctx)}<figcaption><span class="caption-text">'
             f'{e(scene)}</span> <span class="credit">{e(credit)}</span></figcaption></figure>',
             scene, credit)


def cap_image(ctx: Context) -> Widget:
    credit = _pick(ctx, f"Image: {_ph(ctx)}", "Image: Shutterstock", f"Image: {ctx.publisher}",
                   "Image credit: iStock")
    return W(f'<div class="image-wrap">{_img(ctx)}<small class="img-credit">{e(credit)}</small>'
             "</div>", credit)


def cap_credit(ctx: Context) -> Widget:
    scene = _scene(ctx)
    credit = _pick(ctx, f"Credit: {_ph(ctx)}", f"Credit: {ctx.publisher}",
                   f"Credit: {_ph(ctx)} for {ctx.publisher}")
    return W(f'<figure>{_img(ctx)}<figcaption><p>{e(scene)}</p><cite>{e(credit)}</cite>'
             "</figcaption></figure>", scene, credit)


def cap_tabloid(ctx: Context) -> Widget:
    scene = f"Pictured: {_scene(ctx)}"
    credit = _pick(ctx, "(Image: Supplied)", "(Image: Facebook)", "Credit: SWNS",
                   f"(Image: {_ph(ctx)})")
    return W(f'<figure class="artSlideImg">{_img(ctx)}<figcaption>{e(scene)} '
             f'<span class="imageCredit">{e(credit)}</span></figcaption></figure>', scene, credit)


def cap_via_getty(ctx: Context) -> Widget:
    scene = _scene(ctx)
    credit = _pick(ctx, f"(Photo by {_ph(ctx)}/Getty Images)",
                   f"(Photo by {_ph(ctx)} via Getty Images)",
                   f"(Photo by {_ph(ctx)}/NurPhoto via Getty Images)")
    return W(f'<figure>{_img(ctx)}<figcaption>{e(scene)} <small>{e(credit)}</small>'
             "</figcaption></figure>", scene, credit)


def cap_supplied(ctx: Context) -> Widget:
    scene = _scene(ctx)
    credit = _pick(ctx, "Picture: Supplied", "Source: Supplied", "Supplied",
                   f"Picture: {_ph(ctx)}", "Photo: Supplied")
    return W(f'<figure class="image">{_img(ctx)}<figcaption><span>{e(scene)}</span>'
             f'<span class="byline"> {e(credit)}</span></figcaption></figure>', scene, credit)


def cap_india(ctx: Context) -> Widget:
    line = _pick(ctx, "Representational image. (Photo: PTI)", "File photo. (Image: ANI)",
                 "Photo: Special arrangement", "(Image: X/@" + _handle(ctx.person) + ")",
                 "Representative image. (Source: Getty Images)")
    return W(f'<div class="img-container">{_img(ctx)}<p class="img-caption">{e(line)}</p></div>',
             line)


def cap_npr(ctx: Context) -> Widget:
    scene, toggle = _scene(ctx), _pick(ctx, "toggle caption", "hide caption", "Enlarge this image")
    credit = f"{_ph(ctx)}/{ctx.publisher}"
    return W(f'<div class="imagewrap">{_img(ctx)}<div class="credit-caption"><p class="toggle">'
             f'<b>{e(toggle)}</b></p><p>{e(scene)}</p><span class="credit">{e(credit)}</span>'
             "</div></div>", toggle, scene, credit)


def cap_gallery(ctx: Context) -> Widget:
    total = ctx.rng.randint(5, 24)
    count = f"1 of {total}"
    scene = _scene(ctx)
    credit = _pick(ctx, f"Photo by {_ph(ctx)}", f"{_ph(ctx)} / {ctx.publisher}")
    view = _pick(ctx, f"View all {total} photos", "Open gallery", "Buy Now")
    return W(f'<div class="gallery"><span class="count">{count}</span>{_img(ctx)}'
             f'<p class="caption">{e(scene)}</p><p class="photog">{e(credit)}</p>'
             f'<a href="/gallery">{e(view)}</a></div>', count, scene, credit, view)


# --- footer ---------------------------------------------------------------------------

TOPICS = ("Local News", "Politics", "Business", "Crime", "Weather", "Environment", "Health",
          "Transport", "Community", "Economy", "Arts and Culture", "Sport", "Courts")


def foot_tags(ctx: Context) -> Widget:
    tags = [ctx.place, *ctx.rng.sample(TOPICS, 3)]
    label = _pick(ctx, "Tags:", "Topics:", "Filed under:", "More on:")
    line = f"{label} {', '.join(tags)}"
    links = ", ".join(f'<a href="/tag/{_slug(t)}">{e(t)}</a>' for t in tags)
    return W(f'<div class="tags"><p><span>{e(label)}</span> {links}</p></div>', line)


def foot_topics_list(ctx: Context) -> Widget:
    tags = ctx.rng.sample(TOPICS, 4)
    head = _pick(ctx, "Topics", "Related topics", "Explore more")
    items = "".join(f'<li><a href="/topic/{_slug(t)}">{e(t)}</a></li>' for t in tags)
    return W(f'<nav class="topics"><h4>{e(head)}</h4><ul>{items}</ul></nav>', head, *tags)


def foot_updated(ctx: Context) -> Widget:
    d = ctx.rng.randint(1, 6)
    line = _pick(ctx, f"Updated {_time(ctx)} p.m. EST Dec. {d}, 2026",
                 f"Published: 06:00, {d} Dec 2026 | Updated: 09:41, {d} Dec 2026",
                 f"First published on December {d}, 2026",
                 f"Last Updated: December 0{d}, 2026, 10:15 IST",
                 f"Posted {d} Dec 2026, updated {d} Dec 2026",
                 f"Originally published December {d}, 2026 at {_time(ctx)} a.m.")
    return W(f'<p class="timestamp"><time datetime="2026-12-0{d}">{e(line)}</time></p>', line)


def foot_bio(ctx: Context) -> Widget:
    name = ctx.rng.choice(REPORTERS)
    first = name.split()[0]
    one = _pick(ctx, f"{name} is a senior reporter covering local government for "
                f"{ctx.publisher}.",
                f"{name} covers business and the economy.",
                f"{name} joined {ctx.publisher} in 2019 and reports on crime and the courts.")
    two = _pick(ctx, f"Contact {first} at {first.lower()}@{ctx.domain}.",
                f"Reach {first} at 555-01{ctx.rng.randint(10, 99)}.",
                f"Follow {first} on X: @{_handle(name)}")
    return W(f'<div class="author-bio"><img src="/a/{_slug(name)}.jpg" alt="">'
             f'<p class="name"><strong>{e(name)}</strong></p><p>{e(one)}</p><p>{e(two)}</p>'
             "</div>", name, one, two)


def foot_corrections(ctx: Context) -> Widget:
    line = _pick(ctx, f"{ctx.publisher} is committed to accuracy. If you believe a correction "
                 f"is needed, email corrections@{ctx.domain}.",
                 "Spotted an error in this story? Let us know.",
                 "Read our corrections policy.",
                 "Report an error", "Do you have a correction? Contact our standards editor.")
    return W(f'<p class="corrections"><a href="/corrections">{e(line)}</a></p>', line)


def foot_tip(ctx: Context) -> Widget:
    line = _pick(ctx, f"Have a story? Email news@{ctx.domain}",
                 f"Got a story? Email tips@{ctx.domain} or call 0161 555 0192",
                 f"Do you have a story for the {ctx.publisher} news desk? Email us at "
                 f"exclusive@{ctx.domain}",
                 "Know something we don't? WhatsApp us on +234 805 555 0147",
                 f"Have a news tip? Send it to newsroom@{ctx.domain}.")
    return W(f'<p class="tipline"><b>{e(line)}</b></p>', line)


def foot_comments(ctx: Context) -> Widget:
    n = ctx.rng.randint(3, 240)
    count = _pick(ctx, f"Comments ({n})", f"{n} comments", f"View {n} comments", "Comments")
    cta = _pick(ctx, "Join the conversation", "Be the first to comment",
                "Comments have been disabled for this article.", "Show comments",
                "Leave a comment")
    return W(f'<div class="comments-cta"><h3>{e(count)}</h3><button>{e(cta)}</button></div>',
             count, cta)


def foot_affiliate(ctx: Context) -> Widget:
    line = _pick(ctx, "We may earn a commission when you buy through links on our site.",
                 "If you buy something from a link in this article, we may earn a commission.",
                 "Our journalists independently select these products. We may earn a "
                 "commission from qualifying purchases.",
                 "This post contains affiliate links.")
    return W(f'<p class="affiliate-disclosure"><em>{e(line)}</em></p>', line)


def foot_civil(ctx: Context) -> Widget:
    one = (f"{ctx.publisher} is committed to maintaining a lively but civil forum for "
           "discussion.")
    two = _pick(ctx, "Please keep comments relevant and respectful.",
                "Comments may take up to an hour to appear on the site.",
                "Read our community guidelines before posting.")
    return W(f'<div class="community-note"><p>{e(one)}</p><p>{e(two)}</p></div>', one, two)


def foot_print(ctx: Context) -> Widget:
    d = ctx.rng.randint(1, 6)
    line = _pick(ctx, f"A version of this article appears in print on Dec. {d}, 2026, Section "
                 f"A, Page {ctx.rng.randint(1, 22)} of the {ctx.publisher} edition.",
                 f"This article appeared in print on page A{ctx.rng.randint(2, 12)}.",
                 f"Published in the {ctx.publisher} print edition on December {d}.")
    return W(f'<p class="print-info"><small>{e(line)}</small></p>', line)


def foot_catch(ctx: Context) -> Widget:
    line = _pick(ctx, f"Catch all the Business News, Breaking News Events and Latest News "
                 f"Updates on {ctx.publisher}.",
                 f"Get all the latest news from {ctx.place} and around the world on "
                 f"{ctx.publisher}.",
                 f"For more news, follow {ctx.publisher} on Facebook and X.")
    return W(f'<p class="footer-catch">({e(line)})</p>', f"({line})")


# --- related --------------------------------------------------------------------------

def rel_readmore(ctx: Context) -> Widget:
    label = _pick(ctx, "READ MORE:", "Read more:", "MORE:", "READ NEXT:", "Related:",
                  "RELATED:", "LATEST:")
    head = _heads(ctx, 1)[0]
    return W(f'<p><strong>{e(label)}</strong> <a href="/n/{_slug(head)}">{e(head)}</a></p>',
             f"{label} {head}")


def rel_alsoread(ctx: Context) -> Widget:
    label = _pick(ctx, "ALSO READ |", "Also Read:", "ALSO READ:", "Also read", "Also See:")
    head = _heads(ctx, 1)[0]
    return W(f'<div class="also-read"><p><span class="lbl">{e(label)}</span> '
             f'<a href="/n/{_slug(head)}">{e(head)}</a></p></div>', f"{label} {head}")


def rel_box(ctx: Context) -> Widget:
    title = _pick(ctx, "Related stories", "Related Articles", "More on this story",
                  "You might also like", "Recommended for you")
    heads = _heads(ctx, 3)
    items = "".join(f'<li><a href="/n/{_slug(h)}">{e(h)}</a></li>' for h in heads)
    return W(f'<aside class="related-box"><h3>{e(title)}</h3><ul>{items}</ul></aside>',
             title, *heads)


def rel_inline(ctx: Context) -> Widget:
    label = _pick(ctx, "Read more:", "More coverage:", "Catch up:", "In other news:")
    heads = _heads(ctx, 3)
    links = " | ".join(f'<a href="/n/{_slug(h)}">{e(h)}</a>' for h in heads)
    return W(f'<p class="inline-links">{e(label)} {links}</p>', f"{label} {' | '.join(heads)}")


def rel_cards(ctx: Context) -> Widget:
    title = _pick(ctx, "You may also like", "More from " + ctx.publisher, "Trending now")
    heads = _heads(ctx, 3)
    cards = "".join(f'<a class="card" href="/n/{_slug(h)}"><span class="card-title">{e(h)}'
                    f'</span><span class="meta"> · {ctx.rng.randint(2, 9)} min read</span></a>'
                    for h in heads)
    return W(f'<div class="related-cards"><h4>{e(title)}</h4>{cards}</div>', title, *heads)


def rel_aggregator(ctx: Context) -> Widget:
    title = _pick(ctx, "More for You", "Top stories", "Continue reading", "Trending stories")
    heads = _heads(ctx, 2)
    rows = "".join(f'<li><a href="/n/{_slug(h)}">{e(h)}</a> <span>{e(ctx.publisher)}</span>'
                   "</li>" for h in heads)
    return W(f'<section class="feed-more"><h2>{e(title)}</h2><ol>{rows}</ol></section>',
             title, *heads)


def rel_dontmiss(ctx: Context) -> Widget:
    label = _pick(ctx, "DON'T MISS", "Don't Miss", "MOST READ", "Editor's picks")
    heads = _heads(ctx, 2)
    rows = "".join(f'<p>• <a href="/n/{_slug(h)}">{e(h)}</a></p>' for h in heads)
    return W(f'<div class="dont-miss"><p><b>{e(label)}</b></p>{rows}</div>', label,
             *[f"• {h}" for h in heads])


def rel_go_deeper(ctx: Context) -> Widget:
    label = _pick(ctx, "Go deeper:", "Between the lines:", "Catch up quick:")
    head = _heads(ctx, 1)[0]
    return W(f'<p><strong>{e(label)}</strong> <a href="/n/{_slug(head)}"><em>{e(head)}</em>'
             "</a></p>", f"{label} {head}")


def rel_chorus(ctx: Context) -> Widget:
    heads = _heads(ctx, 2)
    items = "".join(f'<li><a href="/n/{_slug(h)}">{e(h)}</a></li>' for h in heads)
    return W(f'<aside class="c-related-list"><h2 class="c-related-list__head">Related</h2>'
             f"<ul>{items}</ul></aside>", "Related", *heads)


# --- share ----------------------------------------------------------------------------

def share_list(ctx: Context) -> Widget:
    head = _pick(ctx, "Share this article", "Share this story", "Share", "Spread the word")
    nets = ["Facebook", "WhatsApp", "LinkedIn", "Email", "Copy link"]
    items = "".join(f'<li><a href="#share-{_slug(n)}">{n}</a></li>' for n in nets)
    return W(f'<div class="share-tools"><p class="share-head">{e(head)}</p><ul>{items}</ul>'
             "</div>", head, "Copy link")


def share_counts(ctx: Context) -> Widget:
    n = _pick(ctx, f"{ctx.rng.randint(1, 9)}.{ctx.rng.randint(1, 9)}K",
              str(ctx.rng.randint(12, 980)))
    word = _pick(ctx, "Shares", "shares", "SHARES")
    return W(f'<div class="share-count"><span class="num">{n}</span> {word}'
             '<a class="fb" href="#">f</a><a class="tw" href="#">x</a></div>', f"{n} {word}")


def share_on(ctx: Context) -> Widget:
    lines = ["Share on Facebook", _pick(ctx, "Share on X", "Share on Twitter", "Tweet this"),
             _pick(ctx, "Share via Email", "Email this article"), "Share on LinkedIn"]
    links = "".join(f'<a class="share-btn" href="#"><span>{e(x)}</span></a>' for x in lines)
    return W(f'<div class="social-share" role="group">{links}</div>', *lines)


def share_tools(ctx: Context) -> Widget:
    gift = _pick(ctx, "Gift this article", "Give this article", "Share full article")
    listen = _pick(ctx, f"Listen to this article {ctx.rng.randint(2, 9)} min",
                   "Listen to this article", "Play audio")
    save = _pick(ctx, "Save article", "Bookmark", "Save for later")
    return W(f'<div class="article-tools"><button>{e(gift)}</button><button>{e(listen)}'
             f"</button><button>{e(save)}</button></div>", gift, listen, save)


def share_mail(ctx: Context) -> Widget:
    head = "Share or comment on this article:"
    n = ctx.rng.randint(20, 900)
    count = f"{n} shares"
    return W(f'<div class="social-links"><span class="share-title">{head}</span>'
             f'<a href="#">f</a><a href="#">x</a><span class="count"> {count}</span></div>',
             head, count)


def share_follow(ctx: Context) -> Widget:
    line = _pick(ctx, f"Follow {ctx.publisher} on Facebook, Instagram and X for the latest "
                 "updates.",
                 f"Like {ctx.publisher} on Facebook and follow us on Instagram.",
                 "Follow us on social media for more stories like this.")
    return W(f'<p class="follow"><em>{e(line)}</em></p>', line)


def share_whatsapp(ctx: Context) -> Widget:
    lines = ["Share via WhatsApp", "Share via Telegram", _pick(ctx, "Copy URL", "Copy Link")]
    return W('<ul class="share-mobile">' + "".join(f"<li><a>{x}</a></li>" for x in lines)
             + "</ul>", *lines)


def share_font(ctx: Context) -> Widget:
    lines = [_pick(ctx, "Text size", "Font size"), _pick(ctx, "Print this page", "Print article"),
             _pick(ctx, "Email to a friend", "Send to a friend")]
    return W('<div class="toolbar">' + "".join(f"<span>{x}</span> " for x in lines) + "</div>",
             *lines)


# --- ticker ---------------------------------------------------------------------------

def _move(ctx: Context) -> str:
    sign = ctx.rng.choice(("+", "-", "▲ ", "▼ "))
    return f"{sign}{ctx.rng.uniform(0.01, 2.99):.2f}%"


def _level(ctx: Context, lo: int, hi: int) -> str:
    return f"{ctx.rng.uniform(lo, hi):,.2f}"


def tick_indices(ctx: Context) -> Widget:
    names = ctx.rng.sample([("Dow", 38000, 44000), ("S&P 500", 5200, 6400),
                            ("Nasdaq", 17000, 21000), ("FTSE 100", 7900, 8900),
                            ("ASX 200", 7600, 8600), ("TSX", 22000, 26000),
                            ("Russell 2000", 1900, 2500)], 4)
    items = [f"{n} {_level(ctx, lo, hi)} {_move(ctx)}" for n, lo, hi in names]
    return W('<div class="market-strip">' + "".join(
        f'<span class="mkt">{e(x)}</span> ' for x in items) + "</div>", *items)


def tick_india(ctx: Context) -> Widget:
    items = [f"Sensex {_level(ctx, 76000, 84000)} {_move(ctx)}",
             f"Nifty 50 {_level(ctx, 23000, 26000)} {_move(ctx)}",
             f"Gold ₹{ctx.rng.randint(70000, 79000):,}/10g",
             f"USD/INR {ctx.rng.uniform(83, 88):.4f}"]
    return W('<ul class="mkt-ticker">' + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>",
             *items)


def tick_fx(ctx: Context) -> Widget:
    head = _pick(ctx, "Currencies", "FX", "Exchange rates")
    items = [f"EUR/USD {ctx.rng.uniform(1.03, 1.12):.4f}",
             f"GBP/USD {ctx.rng.uniform(1.2, 1.32):.4f}",
             f"USD/JPY {ctx.rng.uniform(140, 158):.3f}",
             f"AUD/USD {ctx.rng.uniform(0.6, 0.7):.4f}"]
    return W(f'<div class="fx-widget"><strong>{head}</strong> ' + " · ".join(
        f"<span>{e(x)}</span>" for x in items) + "</div>", head, *items)


def tick_crypto(ctx: Context) -> Widget:
    items = [f"Bitcoin ${ctx.rng.uniform(80000, 110000):,.2f} {_move(ctx)}",
             f"Ethereum ${ctx.rng.uniform(2500, 4500):,.2f} {_move(ctx)}",
             f"Solana ${ctx.rng.uniform(120, 260):,.2f} {_move(ctx)}"]
    return W('<div class="crypto-ticker" data-widget="prices">' + "".join(
        f"<div>{e(x)}</div>" for x in items) + "</div>", *items)


def tick_table(ctx: Context) -> Widget:
    head = _pick(ctx, "Markets", "Market data", "World markets")
    rows = [(n, _level(ctx, lo, hi), _move(ctx)) for n, lo, hi in ctx.rng.sample(
        [("DAX", 18000, 21000), ("Nikkei 225", 37000, 42000), ("Hang Seng", 17000, 22000),
         ("CAC 40", 7000, 8200), ("Brent crude", 60, 90), ("Gold", 2300, 2900)], 3)]
    body = "".join(f"<tr><td>{e(n)} </td><td>{v} </td><td>{m} </td></tr>" for n, v, m in rows)
    note = _pick(ctx, "Data delayed at least 15 minutes.", "Prices as of market close.", "")
    foot = f'<p class="src"><small>{e(note)}</small></p>' if note else ""
    return W(f'<div class="markets"><h5>{e(head)}</h5><table>{body}</table>{foot}</div>',
             head, *[x for r in rows for x in r], note)


def tick_breaking(ctx: Context) -> Widget:
    label = _pick(ctx, "BREAKING:", "LIVE:", "JUST IN:", "Breaking News", "DEVELOPING:")
    head = _heads(ctx, 1)[0]
    return W(f'<div class="breaking-bar"><span class="flag">{e(label)}</span> '
             f'<a href="/live">{e(head)}</a></div>', f"{label} {head}")


def tick_weather(ctx: Context) -> Widget:
    t = ctx.rng.randint(4, 33)
    now = f"{ctx.place} {t}°C " + _pick(ctx, "Partly cloudy", "Sunny", "Light rain", "Windy")
    hl = f"H: {t + ctx.rng.randint(1, 5)}° L: {t - ctx.rng.randint(3, 9)}°"
    return W(f'<div class="wx-widget"><span>{e(now)}</span> <span>{e(hl)}</span>'
             '<a href="/weather">Full forecast</a></div>', now, hl, "Full forecast")


def tick_scores(ctx: Context) -> Widget:
    games = [f"NBA: Lakers {ctx.rng.randint(95, 130)}, Celtics {ctx.rng.randint(95, 130)} (Final)",
             f"NHL: Oilers {ctx.rng.randint(0, 6)}, Flames {ctx.rng.randint(0, 6)} (3rd)",
             f"EPL: Arsenal {ctx.rng.randint(0, 4)}-{ctx.rng.randint(0, 4)} Everton (FT)"]
    return W('<div class="scores-ticker">' + "".join(f"<span>{e(g)}</span> " for g in games)
             + "</div>", *games)


def tick_quote(ctx: Context) -> Widget:
    co, sym = ctx.rng.choice((("Acme Robotics", "NASDAQ: ACMR"), ("Pinecrest Energy", "NYSE: PCE"),
                              ("Tasman Minerals", "ASX: TSM"), ("Granary Foods", "TSX: GRF")))
    line = f"{co} ({sym}) ${ctx.rng.uniform(10, 400):.2f} {_move(ctx)}"
    note = _pick(ctx, "Powered by Market Data Partners", "Quote data delayed 15 minutes",
                 "Market data provided by FactStream")
    return W(f'<div class="stock-quote"><p>{e(line)}</p><p><small>{e(note)}</small></p></div>',
             line, note)


# --- embed ----------------------------------------------------------------------------

NAMES_SOCIAL = ("Mayor's Office", "County Fire Service", "Metro Traffic", "Jen Calloway",
                "Rory Adebayo", "State Emergency Service", "Lila Fernandes", "Local Weather Team")


def _post(ctx: Context) -> str:
    return ctx.rng.choice(SOCIAL).format(place=ctx.place)


def emb_twitter(ctx: Context) -> Widget:
    who = ctx.rng.choice(NAMES_SOCIAL)
    text, handle = _post(ctx), _handle(who)
    sign = f"— {who} (@{handle}) {_pick(ctx, 'December 2, 2026', 'December 3, 2026')}"
    return W(f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{e(text)} '
             f'<a href="https://t.co/x1">pic.twitter.com/Zq4ab</a></p>{e("— " + who)} '
             f'(@{handle}) <a href="https://twitter.com/{handle}/status/1">'
             f'{e(sign.rsplit(") ", 1)[1])}</a></blockquote>'
             '<script async src="https://platform.twitter.com/widgets.js"></script>',
             text, sign)


def emb_instagram(ctx: Context) -> Widget:
    who = ctx.rng.choice(NAMES_SOCIAL)
    view = "View this post on Instagram"
    shared = f"A post shared by {who} (@{_handle(who)})"
    return W(f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.'
             f'instagram.com/p/C1/"><div><a href="https://www.instagram.com/p/C1/">{view}</a>'
             f'</div><p><a href="https://www.instagram.com/p/C1/">{e(shared)}</a></p>'
             "</blockquote>", view, shared)


def emb_tiktok(ctx: Context) -> Widget:
    who = _handle(ctx.rng.choice(NAMES_SOCIAL))
    text = _post(ctx)
    sound = f"♬ original sound - {who}"
    return W(f'<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@{who}/video/7">'
             f'<section><a href="https://www.tiktok.com/@{who}">@{who}</a> <p>{e(text)}</p> '
             f'<a href="https://www.tiktok.com/music/x">{e(sound)}</a></section></blockquote>',
             text, sound)


def emb_youtube(ctx: Context) -> Widget:
    label = _pick(ctx, "WATCH:", "Watch:", "VIDEO:", "Video:")
    desc = _pick(ctx, f"Aerial footage shows the scene in {ctx.place}",
                 "Our reporter explains what happens next",
                 f"{ctx.person} speaks after the announcement")
    foot = _pick(ctx, "Watch on YouTube", "Video courtesy of YouTube", "")
    inner = f'<p class="yt-foot">{e(foot)}</p>' if foot else ""
    return W(f'<div class="video-embed"><p><strong>{e(label)}</strong> {e(desc)}</p>'
             '<iframe src="https://www.youtube.com/embed/abc123" title="YouTube video player" '
             f'width="560" height="315"></iframe>{inner}</div>', f"{label} {desc}", foot)


def emb_facebook(ctx: Context) -> Widget:
    who = ctx.rng.choice(NAMES_SOCIAL)
    text = _post(ctx)
    day = _pick(ctx, "Tuesday, December 1, 2026", "Wednesday, December 2, 2026")
    posted = f"Posted by {who} on {day}"
    return W(f'<div class="fb-post" data-href="https://www.facebook.com/x/posts/1">'
             f'<blockquote cite="https://www.facebook.com/x/posts/1" class="fb-xfbml-parse-ignore">'
             f"<p>{e(text)}</p>{e(posted.split(' on ')[0])} on "
             f'<a href="https://www.facebook.com/x/posts/1">{e(posted.split(" on ", 1)[1])}</a>'
             "</blockquote></div>", text, posted)


def emb_threads(ctx: Context) -> Widget:
    who = _handle(ctx.rng.choice(NAMES_SOCIAL))
    by, view = f"Post by @{who}", "View on Threads"
    return W(f'<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.'
             f'net/@{who}/post/1"><a href="https://www.threads.net/@{who}/post/1">'
             f'<div>{e(by)}</div><div>{view}</div></a></blockquote>', by, view)


def emb_bluesky(ctx: Context) -> Widget:
    who = ctx.rng.choice(NAMES_SOCIAL)
    text = _post(ctx)
    sign = (f"— {who} (@{_handle(who)}.bsky.social) December {ctx.rng.randint(1, 4)}, 2026 at "
            f"{_time(ctx)} AM")
    return W(f'<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.'
             f'post/3k"><p lang="en">{e(text)}</p>{e(sign)}</blockquote>', text, sign)


def emb_consent(ctx: Context) -> Widget:
    net = _pick(ctx, "X", "Instagram", "YouTube", "TikTok", "Facebook")
    one = _pick(ctx, f"This content is hosted by {net}.",
                f"Embedded content from {net} is blocked by your privacy settings.",
                "Recommended external content")
    two = _pick(ctx, "To see it, please accept cookies.",
                "Update your consent preferences to view it.",
                f"We only load it with your consent. Show {net} content")
    return W(f'<div class="embed-consent"><p>{e(one)}</p><p>{e(two)}</p>'
             '<button>Allow and continue</button></div>', one, two, "Allow and continue")


def emb_podcast(ctx: Context) -> Widget:
    line = _pick(ctx, "Listen to this episode on Spotify", "Listen on Apple Podcasts",
                 "Listen to the full interview:")
    return W(f'<div class="audio-embed"><p>{e(line)}</p><iframe src="https://open.spotify.com'
             '/embed/episode/1" width="100%" height="152"></iframe></div>', line)


# --- ad -------------------------------------------------------------------------------

def ad_label(ctx: Context) -> Widget:
    label = _pick(ctx, "Advertisement", "ADVERTISEMENT", "ADVERTISING", "- Advertisement -",
                  "Advertisement · Scroll to continue")
    n = ctx.rng.randint(100, 999)
    return W(f'<div class="ad-container"><span class="ad-label">{e(label)}</span>'
             f'<div id="div-gpt-ad-{n}-0" class="gpt-slot" data-slot="mid_{n}"></div></div>',
             label)


def ad_continue(ctx: Context) -> Widget:
    line = _pick(ctx, "Story continues below advertisement", "Article continues below this ad",
                 "Continue reading the main story", "Content continues below",
                 "The story continues below", "Scroll to continue with content")
    return W(f'<div class="ad-wrap"><div class="ad-slot"></div><p class="ad-note">{e(line)}'
             "</p></div>", line)


def ad_skip(ctx: Context) -> Widget:
    return W('<div class="ad"><p class="label">Advertisement</p><div class="slot"></div>'
             '<a href="#after-ad" class="skip">SKIP ADVERTISEMENT</a></div>',
             "Advertisement", "SKIP ADVERTISEMENT")


def _sponsored(ctx: Context) -> str:
    return ctx.rng.choice(SPONSORED).format(place=ctx.place)


def ad_card(ctx: Context) -> Widget:
    label = _pick(ctx, "Sponsored", "Promoted", "Sponsored Content", "Paid Content")
    head, brand = _sponsored(ctx), ctx.rng.choice(BRANDS)
    return W(f'<div class="native-ad"><span class="sponsor-label">{e(label)}</span>'
             f'<a href="https://ads.example.net/c"><img src="/n.jpg" alt=""><h4>{e(head)}</h4>'
             f"</a><p>{e(brand)}</p></div>", label, head, brand)


def ad_taboola(ctx: Context) -> Widget:
    title = _pick(ctx, "You May Like", "Around the Web", "From Our Partners")
    by = _pick(ctx, "Sponsored Links by Taboola", "Sponsored | by Taboola", "Promoted Links")
    heads = [ctx.rng.choice(SPONSORED).format(place=ctx.place)]
    while len(heads) < 3:
        h = ctx.rng.choice(SPONSORED).format(place=ctx.place)
        if h not in heads:
            heads.append(h)
    brands = ctx.rng.sample(BRANDS, 3)
    items = "".join(f'<div class="trc-item"><a href="#"><span class="t">{e(h)}</span></a>'
                    f'<span class="b">{e(b)}</span></div>' for h, b in zip(heads, brands,
                                                                             strict=True))
    return W(f'<div id="taboola-mid" class="trc_related"><div class="hdr"><span>{e(title)}'
             f'</span><span class="by">{e(by)}</span></div>{items}</div>',
             title, by, *heads, *brands)


def ad_outbrain(ctx: Context) -> Widget:
    title = _pick(ctx, "Promoted Stories", "Recommended by", "Paid Partner Stories")
    head, brand = _sponsored(ctx), ctx.rng.choice(BRANDS)
    return W(f'<div class="OUTBRAIN" data-widget-id="AR_1"><p class="ob-title">{e(title)}</p>'
             f'<a href="#"><span>{e(head)}</span></a><span class="src">{e(brand)}</span></div>',
             title, head, brand)


def ad_partner(ctx: Context) -> Widget:
    label = _pick(ctx, "Partner content", "PARTNER CONTENT", "Paid Post", "In partnership with")
    brand = ctx.rng.choice(BRANDS)
    by = _pick(ctx, f"Presented by {brand}", f"Brought to you by {brand}", f"From {brand}")
    head = _sponsored(ctx)
    return W(f'<aside class="partner-unit"><p class="lbl">{e(label)}</p><p>{e(by)}</p>'
             f'<a href="#"><strong>{e(head)}</strong></a></aside>', label, by, head)


def ad_mid(ctx: Context) -> Widget:
    label = _pick(ctx, "- Advertisement -", "— ADVERTISEMENT —", "Advertisement",
                  "ADVERTISEMENT - CONTINUE READING BELOW")
    return W(f'<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">'
             f"{e(label)}</span><ins class=\"adsbygoogle\" data-ad-slot=\"123\"></ins></div>",
             label)


ENGLISH: dict[str, list[Variant]] = {
    "promo": [promo_subscribe_line, promo_app, promo_whatsapp, promo_google, promo_podcast,
              promo_donate, promo_paywall, promo_event, promo_tabloid, promo_print],
    "disclaimer": [disc_original, disc_republished, disc_tca, disc_stacker, disc_feed,
                   disc_copyright, disc_reuters, disc_contributed, disc_views, disc_ai,
                   disc_helpline],
    "newsletter": [nl_form, nl_tabloid, nl_italic, nl_aside, nl_newspack, nl_caps, nl_privacy,
                   nl_excerpt],
    "caption": [cap_ap, cap_reuters, cap_getty, cap_image, cap_credit, cap_tabloid,
                cap_via_getty, cap_supplied, cap_india, cap_npr, cap_gallery],
    "footer": [foot_tags, foot_topics_list, foot_updated, foot_bio, foot_corrections, foot_tip,
               foot_comments, foot_affiliate, foot_civil, foot_print, foot_catch],
    "related": [rel_readmore, rel_alsoread, rel_box, rel_inline, rel_cards, rel_aggregator,
                rel_dontmiss, rel_go_deeper, rel_chorus],
    "share": [share_list, share_counts, share_on, share_tools, share_mail, share_follow,
              share_whatsapp, share_font],
    "ticker": [tick_indices, tick_india, tick_fx, tick_crypto, tick_table, tick_breaking,
               tick_weather, tick_scores, tick_quote],
    "embed": [emb_twitter, emb_instagram, emb_tiktok, emb_youtube, emb_facebook, emb_threads,
              emb_bluesky, emb_consent, emb_podcast],
    "ad": [ad_label, ad_continue, ad_skip, ad_card, ad_taboola, ad_outbrain, ad_partner,
           ad_mid],
}


# --- other languages ------------------------------------------------------------------
# Each spec is (style, lines); lines are format strings over the slots in ``_slots``.

Spec = tuple[str, tuple[str, ...]]

LOCAL: dict[str, dict[str, list[Spec]]] = {
    "de": {
        "share": [
            ("share", ("Artikel teilen", "Link kopieren", "Per E-Mail teilen")),
            ("share", ("Teilen auf Facebook", "Teilen auf WhatsApp", "Artikel merken")),
        ],
        "embed": [
            ("consent", ("Empfohlener externer Inhalt", "An dieser Stelle finden Sie einen "
                         "externen Inhalt von Instagram, der den Artikel ergänzt.",
                         "Externen Inhalt anzeigen")),
            ("ig", ("Diesen Beitrag auf Instagram ansehen", "Ein Beitrag geteilt von {pub} "
                    "(@{handle})")),
        ],
        "newsletter": [
            ("box", ("Newsletter", "Jetzt den kostenlosen {pub}-Newsletter abonnieren und "
                     "morgens informiert sein.", "Mit der Anmeldung akzeptieren Sie unsere "
                     "Datenschutzbestimmungen.", "Jetzt anmelden")),
            ("form", ("Der Morgen-Newsletter aus {place}", "Die wichtigsten Nachrichten des "
                      "Tages – kostenlos per E-Mail.", "Abonnieren")),
            ("line", ("▶ Hier können Sie unseren Newsletter kostenlos bestellen.",)),
        ],
        "disclaimer": [
            ("small", ("© dpa-infocom, dpa:261203-930-{n}/1",)),
            ("em", ("Dieser Text wurde automatisch aus dem Agenturangebot übernommen und nicht "
                    "redaktionell bearbeitet.",)),
            ("line", ("Mit Material von dpa und AFP.",)),
            ("em", ("Dieser Artikel erschien zuerst bei {agency}.",)),
        ],
        "promo": [
            ("box", ("{pub}+", "Lesen Sie jetzt alle Artikel – 4 Wochen für nur 1 €.",
                     "Jetzt testen")),
            ("line", ("Nachrichten aus {place} direkt aufs Handy: Folgen Sie uns auf "
                      "WhatsApp.",)),
            ("strong", ("Laden Sie jetzt unsere kostenlose News-App herunter!",)),
        ],
        "caption": [
            ("fig", ("Blick auf die Innenstadt von {place}.", "Foto: dpa/{ph}")),
            ("fig", ("{person} bei der Sitzung am Dienstag.", "Foto: picture alliance / dpa | "
                     "{ph}")),
            ("credit", ("Bild: Imago/{ph}",)),
            ("fig", ("Archivbild: Das Rathaus von {place}.", "© {ph}")),
        ],
        "related": [
            ("inline", ("Lesen Sie auch:", "{h0}")),
            ("list", ("Mehr zum Thema", "{h0}", "{h1}", "{h2}")),
            ("inline", ("Auch interessant:", "{h1}")),
        ],
        "footer": [
            ("tags", ("Schlagworte:", "{place}", "Kommunalpolitik", "Stadtrat")),
            ("line", ("Fehler gefunden? Jetzt melden.",)),
            ("line", ("Kommentare ({n2})",)),
            ("small", ("Aktualisiert am 03.12.2026, 14:12 Uhr",)),
        ],
        "ad": [
            ("ad", ("Anzeige",)), ("ad", ("WERBUNG",)),
            ("ad", ("Weiterlesen nach der Anzeige",)),
        ],
    },
    "fr": {
        "share": [
            ("share", ("Partager", "Partager sur Facebook", "Copier le lien")),
            ("share", ("Partager cet article", "Envoyer par e-mail", "Sauvegarder")),
        ],
        "embed": [
            ("consent", ("Contenu externe", "Ce contenu est bloqué car vous n'avez pas accepté "
                         "les cookies et autres traceurs.", "Afficher le contenu")),
            ("ig", ("Voir cette publication sur Instagram", "Une publication partagée par {pub} "
                    "(@{handle})")),
        ],
        "newsletter": [
            ("form", ("Newsletter {pub}", "Recevez chaque matin l'essentiel de l'actualité de "
                      "{place}.", "Je m'inscris")),
            ("box", ("La newsletter Info", "Ne manquez rien de l'actualité locale : "
                     "inscrivez-vous gratuitement.", "Vous pouvez vous désinscrire à tout "
                     "moment.", "S'inscrire")),
            ("line", ("Pour recevoir nos articles, abonnez-vous à notre newsletter.",)),
        ],
        "disclaimer": [
            ("line", ("Avec AFP",)),
            ("em", ("Cet article est publié en partenariat avec {agency}.",)),
            ("small", ("© {agency}. Tous droits de reproduction réservés.",)),
        ],
        "promo": [
            ("box", ("Offre spéciale", "Abonnez-vous à {pub} : 1 € le premier mois.",
                     "Je m'abonne")),
            ("strong", ("Cet article vous est offert. Pour lire tous nos contenus, "
                        "abonnez-vous.",)),
            ("line", ("Téléchargez l'application {pub} pour suivre l'actualité en temps réel.",)),
        ],
        "caption": [
            ("fig", ("La mairie de {place}, lundi.", "© AFP/{ph}")),
            ("fig", ("Photo d'illustration.", "Crédit photo : {ph} / Hans Lucas")),
            ("credit", ("(Photo : {ph})",)),
        ],
        "related": [
            ("inline", ("À lire aussi :", "{h0}")),
            ("inline", ("LIRE AUSSI.", "{h1}")),
            ("list", ("Sur le même sujet", "{h0}", "{h1}", "{h2}")),
        ],
        "footer": [
            ("small", ("Publié le 03/12/2026 à 08h14, mis à jour à 14h12",)),
            ("line", ("Signaler une erreur",)),
            ("line", ("Vos réactions ({n2})",)),
            ("tags", ("Mots-clés :", "{place}", "Politique locale", "Culture")),
        ],
        "ad": [
            ("ad", ("Publicité",)), ("ad", ("PUBLICITÉ",)),
            ("ad", ("La suite après cette publicité",)), ("ad", ("Contenu sponsorisé",)),
        ],
    },
    "es": {
        "share": [
            ("share", ("Compartir en Facebook", "Compartir en WhatsApp", "Copiar enlace")),
            ("share", ("Compartir esta noticia", "Enviar por correo", "Guardar")),
        ],
        "embed": [
            ("consent", ("Contenido externo", "Este contenido está alojado en una plataforma "
                         "externa y requiere tu consentimiento.", "Ver contenido")),
            ("ig", ("Ver esta publicación en Instagram", "Una publicación compartida por {pub} "
                    "(@{handle})")),
        ],
        "newsletter": [
            ("form", ("Boletín diario", "Suscríbete a nuestro boletín y recibe cada mañana las "
                      "noticias más importantes.", "Suscribirme")),
            ("line", ("Apúntate gratis a la newsletter de {pub}.",)),
            ("box", ("Newsletter", "Las noticias de {place}, en tu correo.", "Al suscribirte "
                     "aceptas la política de privacidad.", "Quiero suscribirme")),
        ],
        "disclaimer": [
            ("line", ("Con información de EFE.",)),
            ("em", ("Este contenido fue publicado originalmente en {agency}.",)),
            ("small", ("© {agency}. Todos los derechos reservados. Está prohibido todo tipo "
                       "de reproducción sin autorización.",)),
        ],
        "promo": [
            ("strong", ("Únete al canal de WhatsApp de {pub} para recibir las últimas "
                        "noticias.",)),
            ("box", ("Suscríbete", "Accede a todo el contenido desde 1 € al mes.",
                     "Ver oferta")),
            ("line", ("Síguenos en Google News",)),
        ],
        "caption": [
            ("fig", ("Imagen de archivo del ayuntamiento de {place}.", "EFE/{ph}")),
            ("fig", ("{person}, este martes.", "Foto: Europa Press")),
            ("credit", ("Fotografía: {ph}",)),
        ],
        "related": [
            ("inline", ("Te puede interesar:", "{h0}")),
            ("inline", ("LEE TAMBIÉN:", "{h1}")),
            ("list", ("Noticias relacionadas", "{h0}", "{h1}", "{h2}")),
        ],
        "footer": [
            ("tags", ("Archivado en:", "{place}", "Ayuntamientos", "Comercio")),
            ("small", ("Actualizado: 03/12/2026 14:12h",)),
            ("line", ("Ver comentarios ({n2})",)),
            ("line", ("¿Has visto un error? Escríbenos.",)),
        ],
        "ad": [
            ("ad", ("Publicidad",)), ("ad", ("PUBLICIDAD",)), ("ad", ("Contenido patrocinado",)),
        ],
    },
    "it": {
        "share": [
            ("share", ("Condividi su Facebook", "Condividi su WhatsApp", "Copia link")),
            ("share", ("Condividi questo articolo", "Invia per email", "Salva")),
        ],
        "embed": [
            ("consent", ("Contenuto esterno", "Questo contenuto è ospitato da una piattaforma "
                         "esterna. Per visualizzarlo accetta i cookie.", "Mostra contenuto")),
            ("ig", ("Visualizza questo post su Instagram", "Un post condiviso da {pub} "
                    "(@{handle})")),
        ],
        "newsletter": [
            ("form", ("Newsletter", "Iscriviti alla newsletter di {pub}: ogni mattina le "
                      "notizie più importanti.", "Iscriviti")),
            ("line", ("Ricevi le notizie di {place} nella tua casella di posta: iscriviti "
                      "gratis.",)),
            ("box", ("Il Buongiorno", "La rassegna del mattino, dal lunedì al venerdì.",
                     "Potrai annullare l'iscrizione in qualsiasi momento.", "Voglio iscrivermi")),
        ],
        "disclaimer": [
            ("small", ("© RIPRODUZIONE RISERVATA",)),
            ("line", ("Fonte: ANSA",)),
            ("em", ("Articolo pubblicato in collaborazione con {agency}.",)),
        ],
        "promo": [
            ("box", ("Abbonati", "Leggi {pub} senza limiti a 1 € per il primo mese.",
                     "Scopri l'offerta")),
            ("strong", ("Segui {pub} sul canale WhatsApp.",)),
            ("line", ("Scarica l'app di {pub} per restare sempre aggiornato.",)),
        ],
        "caption": [
            ("fig", ("Il municipio di {place}.", "(foto Ansa)")),
            ("fig", ("{person} durante la seduta.", "Foto: LaPresse")),
            ("credit", ("Immagine di repertorio",)),
        ],
        "related": [
            ("inline", ("Leggi anche:", "{h0}")),
            ("list", ("Articoli correlati", "{h0}", "{h1}", "{h2}")),
            ("inline", ("Potrebbe interessarti:", "{h1}")),
        ],
        "footer": [
            ("small", ("Ultimo aggiornamento: 3 dicembre 2026, 14:12",)),
            ("tags", ("Argomenti:", "{place}", "Consiglio comunale", "Cantieri")),
            ("line", ("Commenti ({n2})",)),
        ],
        "ad": [
            ("ad", ("Pubblicità",)), ("ad", ("PUBBLICITÀ",)), ("ad", ("Contenuto sponsorizzato",)),
        ],
    },
    "pt": {
        "share": [
            ("share", ("Compartilhe no Facebook", "Compartilhe no WhatsApp", "Copiar link")),
            ("share", ("Compartilhe esta notícia", "Enviar por e-mail", "Salvar")),
        ],
        "embed": [
            ("consent", ("Conteúdo externo", "Este conteúdo está hospedado em uma plataforma "
                         "externa. Aceite os cookies para visualizá-lo.", "Carregar conteúdo")),
            ("ig", ("Ver essa foto no Instagram", "Uma publicação compartilhada por {pub} "
                    "(@{handle})")),
        ],
        "newsletter": [
            ("form", ("Newsletter", "Receba as principais notícias no seu e-mail. Assine a "
                      "newsletter do {pub}.", "Inscreva-se")),
            ("line", ("Quer receber as notícias de {place}? Cadastre-se na nossa newsletter.",)),
            ("box", ("Resumo do dia", "As notícias mais importantes, todas as manhãs.",
                     "Ao se inscrever, você concorda com a política de privacidade.",
                     "Quero receber")),
        ],
        "disclaimer": [
            ("line", ("Com informações da Agência Brasil.",)),
            ("em", ("Conteúdo publicado originalmente em {agency}.",)),
            ("small", ("© Lusa. Todos os direitos reservados.",)),
        ],
        "promo": [
            ("strong", ("Siga o canal do {pub} no WhatsApp",)),
            ("box", ("Assine", "Assine o {pub} por R$ 1,90 no primeiro mês.",
                     "Assine já")),
            ("line", ("Baixe o app do {pub} e receba alertas de notícias.",)),
        ],
        "caption": [
            ("fig", ("Vista do centro de {place}.", "Foto: {ph}/Agência Brasil")),
            ("fig", ("{person} durante a sessão.", "Imagem: Reprodução/Redes sociais")),
            ("credit", ("(Foto: Arquivo)",)),
        ],
        "related": [
            ("inline", ("Leia também:", "{h0}")),
            ("inline", ("LEIA MAIS:", "{h1}")),
            ("list", ("Veja também", "{h0}", "{h1}", "{h2}")),
        ],
        "footer": [
            ("small", ("Atualizado em 03/12/2026 às 14h12",)),
            ("line", ("Encontrou algum erro? Entre em contato.",)),
            ("tags", ("Tópicos:", "{place}", "Mobilidade", "Prefeitura")),
        ],
        "ad": [
            ("ad", ("Publicidade",)), ("ad", ("PUBLICIDADE",)),
            ("ad", ("Continua após a publicidade",)),
        ],
    },
    "nl": {
        "share": [
            ("share", ("Deel dit artikel", "Deel via WhatsApp", "Kopieer link")),
            ("share", ("Delen op Facebook", "Delen via e-mail", "Bewaren")),
        ],
        "embed": [
            ("consent", ("Externe inhoud", "Deze inhoud is niet beschikbaar door je "
                         "cookie-instellingen.", "Inhoud tonen")),
            ("ig", ("Dit bericht op Instagram bekijken", "Een bericht gedeeld door {pub} "
                    "(@{handle})")),
        ],
        "newsletter": [
            ("form", ("Nieuwsbrief", "Ontvang elke ochtend het belangrijkste nieuws uit "
                      "{place} in je mailbox.", "Aanmelden")),
            ("line", ("Schrijf je in voor onze gratis nieuwsbrief.",)),
            ("box", ("De Ochtendkrant", "Het nieuws van de dag, om 7 uur in je inbox.",
                     "Je kunt je op elk moment afmelden.", "Inschrijven")),
        ],
        "disclaimer": [
            ("line", ("Bron: ANP",)),
            ("em", ("Dit artikel verscheen eerder bij {agency}.",)),
            ("small", ("© ANP 2026",)),
        ],
        "promo": [
            ("box", ("Word abonnee", "Lees onbeperkt voor €1 per week.", "Bekijk aanbod")),
            ("strong", ("Volg {pub} ook op WhatsApp.",)),
            ("line", ("Download de app van {pub} voor het laatste nieuws.",)),
        ],
        "caption": [
            ("fig", ("Het stadhuis van {place}.", "Foto: ANP / {ph}")),
            ("fig", ("{person} tijdens het debat.", "Beeld: {ph}")),
            ("credit", ("Foto ter illustratie",)),
        ],
        "related": [
            ("inline", ("Lees ook:", "{h0}")),
            ("list", ("Meer over dit onderwerp", "{h0}", "{h1}", "{h2}")),
            ("inline", ("Ook interessant:", "{h1}")),
        ],
        "footer": [
            ("line", ("Fout gezien of heb je een tip? Laat het ons weten.",)),
            ("line", ("Reacties ({n2})",)),
            ("small", ("Bijgewerkt: 3 december 2026, 14:12",)),
            ("tags", ("Onderwerpen:", "{place}", "Gemeenteraad", "Fiets")),
        ],
        "ad": [
            ("ad", ("Advertentie",)), ("ad", ("ADVERTENTIE",)),
            ("ad", ("Het artikel gaat verder onder de advertentie",)),
        ],
    },
}

LOCAL_HEADS: dict[str, tuple[str, ...]] = {
    "de": ("Neue Kita in der Weststadt eröffnet", "Streit um Parkgebühren geht weiter",
           "Feuerwehr rückt zu Großeinsatz aus", "Weihnachtsmarkt zieht Bilanz",
           "Stadtwerke erhöhen die Gaspreise", "Neuer Radweg an der Bundesstraße freigegeben"),
    "fr": ("Le marché de Noël ouvre ses portes", "Grève des bus : le trafic perturbé lundi",
           "Un nouveau collège en 2028", "Les travaux du pont prennent du retard",
           "La piscine rouvre après deux ans de travaux",
           "Le festival de jazz dévoile son programme"),
    "es": ("Abre el nuevo centro de salud del barrio norte", "La feria del libro bate récords",
           "Cortes de tráfico por obras este fin de semana",
           "El río se desborda tras las lluvias",
           "El ayuntamiento amplía el horario de la biblioteca", "Vuelve la feria de artesanía"),
    "it": ("Inaugurata la nuova pista ciclabile", "Sciopero dei treni venerdì",
           "Mercatini di Natale, tutti gli orari", "Scuole, arrivano i fondi per le palestre",
           "Nuovo parcheggio vicino alla stazione", "Al via la stagione del teatro comunale"),
    "pt": ("Feira do livro começa neste sábado", "Chuva forte causa alagamentos na zona sul",
           "Prefeitura anuncia novo parque", "Greve de professores chega ao fim",
           "Hospital municipal ganha nova ala", "Ciclovia da orla será ampliada"),
    "nl": ("Nieuwe speeltuin in de binnenstad", "Kerstmarkt trekt recordaantal bezoekers",
           "Werkzaamheden aan de ringweg vertraagd", "Bibliotheek langer open in het weekend",
           "Zwembad weer open na renovatie", "Nieuwe bushalte bij het station"),
}


def _slots(ctx: Context) -> dict[str, str]:
    heads = list(LOCAL_HEADS[ctx.lang][:3] if ctx.lang in LOCAL_HEADS else ctx.headlines)
    ctx.rng.shuffle(heads)
    return {"pub": ctx.publisher, "place": ctx.place, "ph": _ph(ctx), "agency": ctx.agency,
            "person": ctx.person, "h0": heads[0], "h1": heads[1], "h2": heads[2],
            "n": str(ctx.rng.randint(100000, 999999)), "n2": str(ctx.rng.randint(2, 90)),
            "handle": _handle(ctx.publisher)}


def render_spec(ctx: Context, spec: Spec) -> Widget:
    """Lay a language spec out in one of several markups."""
    style, raw = spec
    v = _slots(ctx)
    lines = [x.format(**v) for x in raw]
    rng = ctx.rng
    if style == "box":
        head, *mid, button = lines
        tag = rng.choice(("aside", "div", "section"))
        body = "".join(f"<p>{e(x)}</p>" for x in mid)
        return W(f'<{tag} class="{rng.choice(("teaser-box", "promo-box", "signup-box"))}">'
                 f"<h3>{e(head)}</h3>{body}<a class=\"btn\" href=\"#\">{e(button)}</a></{tag}>",
                 *lines)
    if style == "form":
        head, desc, button = lines
        return W(f'<div class="newsletter"><h4>{e(head)}</h4><p>{e(desc)}</p><form>'
                 f'<input type="email" placeholder="E-Mail"><button>{e(button)}</button>'
                 "</form></div>", *lines)
    if style in ("line", "strong", "em", "small"):
        text = lines[0]
        if style == "line":
            return W(f'<p><a href="#">{e(text)}</a></p>', text)
        return W(f"<p><{style}>{e(text)}</{style}></p>", text)
    if style == "fig":
        scene, credit = lines
        return W(f"<figure>{_img(ctx)}<figcaption>{e(scene)} <span class=\"credit\">"
                 f"{e(credit)}</span></figcaption></figure>", scene, credit)
    if style == "credit":
        return W(f'<div class="media">{_img(ctx)}<span class="copyright">{e(lines[0])}</span>'
                 "</div>", lines[0])
    if style == "inline":
        label, head = lines
        return W(f'<p><strong>{e(label)}</strong> <a href="#">{e(head)}</a></p>',
                 f"{label} {head}")
    if style == "list":
        head, *items = lines
        lis = "".join(f'<li><a href="#">{e(x)}</a></li>' for x in items)
        return W(f'<aside class="related"><h4>{e(head)}</h4><ul>{lis}</ul></aside>', *lines)
    if style == "tags":
        label, *tags = lines
        links = ", ".join(f'<a href="#">{e(t)}</a>' for t in tags)
        return W(f'<p class="tags">{e(label)} {links}</p>', f"{label} {', '.join(tags)}")
    if style == "share":
        btns = "".join(f'<li><a href="#" class="share-{i}">{e(x)}</a></li>'
                       for i, x in enumerate(lines))
        return W(f'<ul class="{rng.choice(("share-bar", "social-buttons", "sharing"))}">{btns}'
                 "</ul>", *lines)
    if style == "consent":
        head, text, button = lines
        return W(f'<div class="embed-placeholder"><p class="h"><strong>{e(head)}</strong></p>'
                 f"<p>{e(text)}</p><button type=\"button\">{e(button)}</button></div>", *lines)
    if style == "ig":
        view, shared = lines
        return W('<blockquote class="instagram-media" data-instgrm-version="14"><a href="https'
                 f'://www.instagram.com/p/C2/">{e(view)}</a><p><a href="https://www.instagram'
                 f'.com/p/C2/">{e(shared)}</a></p></blockquote>', view, shared)
    # "ad"
    return W(f'<div class="{rng.choice(("ad", "werbung", "pub", "adv"))}-slot">'
             f'<span class="label">{e(lines[0])}</span><div class="slot"></div></div>', lines[0])


def variants(kind: str) -> list[Variant]:
    """The English variants of ``kind``."""
    return ENGLISH[kind]


def widget(kind: str, ctx: Context, used: set[str] | None = None) -> Widget:
    """A widget of ``kind``, in the page's language where the bank has it; ``used`` names
    the variants already on the page, which are not drawn again while others remain."""
    seen: set[str] = used if used is not None else set()
    local = LOCAL.get(ctx.lang, {}).get(kind)
    if local:
        specs = [s for s in local if repr(s) not in seen] or local
        spec = ctx.rng.choice(specs)
        seen.add(repr(spec))
        return render_spec(ctx, spec)
    options = [v for v in ENGLISH[kind] if v.__name__ not in seen] or ENGLISH[kind]
    chosen = ctx.rng.choice(options)
    seen.add(chosen.__name__)
    return chosen(ctx)


# --- chrome ---------------------------------------------------------------------------

NAV: dict[str, tuple[tuple[str, ...], str]] = {
    "en": (("News", "Local", "Politics", "Business", "Sport", "Opinion", "Lifestyle",
            "Entertainment", "Weather", "Obituaries", "E-Edition"), "Skip to content"),
    "de": (("Nachrichten", "Lokales", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama"),
           "Zum Inhalt springen"),
    "fr": (("Actualité", "Région", "Politique", "Économie", "Sports", "Culture", "Faits divers"),
           "Aller au contenu"),
    "es": (("Portada", "Local", "Política", "Economía", "Deportes", "Cultura", "Sucesos"),
           "Ir al contenido"),
    "it": (("Home", "Cronaca", "Politica", "Economia", "Sport", "Cultura", "Spettacoli"),
           "Vai al contenuto"),
    "pt": (("Início", "Cidades", "Política", "Economia", "Esportes", "Cultura", "Polícia"),
           "Pular para o conteúdo"),
    "nl": (("Nieuws", "Regio", "Politiek", "Economie", "Sport", "Cultuur", "Show"),
           "Naar de inhoud"),
}
RAIL: dict[str, tuple[str, ...]] = {
    "en": ("Most read", "Trending now", "Popular this week", "Latest headlines", "Top Stories",
           "Most Viewed", "What's hot"),
    "de": ("Meistgelesen", "Neueste Artikel"), "fr": ("Les plus lus", "À la une"),
    "es": ("Lo más leído", "Última hora"), "it": ("I più letti", "Ultime notizie"),
    "pt": ("Mais lidas", "Últimas notícias"), "nl": ("Meest gelezen", "Net binnen"),
}
LEGAL: dict[str, tuple[str, ...]] = {
    "en": ("Privacy Policy", "Terms of Service", "Cookie Settings", "Do Not Sell or Share My "
           "Personal Information", "Contact Us", "Advertise With Us", "Careers"),
    "de": ("Impressum", "Datenschutz", "Cookie-Einstellungen", "AGB", "Kontakt"),
    "fr": ("Mentions légales", "Politique de confidentialité", "Gestion des cookies",
           "Nous contacter"),
    "es": ("Aviso legal", "Política de privacidad", "Política de cookies", "Contacto"),
    "it": ("Note legali", "Privacy policy", "Preferenze cookie", "Contatti"),
    "pt": ("Termos de uso", "Política de privacidade", "Cookies", "Fale conosco"),
    "nl": ("Colofon", "Privacybeleid", "Cookie-instellingen", "Contact"),
}
RIGHTS = {"en": "All rights reserved.", "de": "Alle Rechte vorbehalten.",
          "fr": "Tous droits réservés.", "es": "Todos los derechos reservados.",
          "it": "Tutti i diritti riservati.", "pt": "Todos os direitos reservados.",
          "nl": "Alle rechten voorbehouden."}


def chrome(ctx: Context, part: str) -> Widget:
    """Site chrome: ``part`` is "nav", "sidebar" or "footer"."""
    lang = ctx.lang if ctx.lang in NAV else "en"
    rng = ctx.rng
    if part == "nav":
        items, skip = NAV[lang]
        chosen = list(items[:rng.randint(5, len(items))])
        extra = rng.choice(("Subscribe", "Sign In", "Log in", "Abonnieren", "Newsletters")) \
            if lang == "en" else ""
        lis = "".join(f'<li><a href="/{_slug(i)}/">{e(i)}</a></li>' for i in chosen)
        more = f'<a class="btn-sub" href="/subscribe">{e(extra)}</a>' if extra else ""
        return W(f'<a class="skip-link" href="#content">{e(skip)}</a>'
                 f'<ul class="primary-menu">{lis}</ul>{more}', skip,
                 *[i for i in chosen if len(i) >= 8], extra)
    if part == "sidebar":
        title = rng.choice(RAIL[lang])
        heads = list(LOCAL_HEADS[lang][3:]) if lang != "en" else _heads(ctx, 4)
        lis = "".join(f'<li><a href="/a/{_slug(h)}">{e(h)}</a></li>' for h in heads[:4])
        ad = {"en": "Advertisement", "de": "Anzeige", "fr": "Publicité", "es": "Publicidad",
              "it": "Pubblicità", "pt": "Publicidade", "nl": "Advertentie"}[lang]
        return W(f'<div class="widget"><h3 class="widget-title">{e(title)}</h3><ol>{lis}</ol>'
                 f'</div><div class="rail-ad"><small>{ad}</small><div class="slot"></div></div>',
                 title, *heads[:4], ad)
    legal = list(LEGAL[lang])
    rng.shuffle(legal)
    legal = legal[:4]
    rights = f"© 2026 {ctx.publisher}. {RIGHTS[lang]}"
    links = " | ".join(f'<a href="/{_slug(x)}">{e(x)}</a>' for x in legal)
    return W(f'<div class="footer-links">{links}</div><p class="copyright">{e(rights)}</p>',
             *legal, rights)
