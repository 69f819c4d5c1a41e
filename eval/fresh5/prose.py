"""Story text for the fresh5 set: wire stories in twelve English families and eight
other languages, written as slot-filled paragraphs.

A story is a list of blocks (paragraphs, sub-headings, lists, block quotes, pull quotes,
data tables). Each block knows its content strings (sentences, headings, list items,
table row labels), which of them are traps (content a cleaner could mistake for noise)
and which figures (prices, percentages, index levels) it carries.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a story. ``kind`` is p, h2, h3, ul, ol, quote, pull or table."""

    kind: str
    sentences: tuple[str, ...] = ()
    traps: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()  # tables: body rows, first cell the label
    header: tuple[str, ...] = ()  # tables: header cells ("" when the table has none)
    caption: str = ""  # tables: an unlabelled caption


@dataclass(frozen=True, slots=True)
class Story:
    """One wire story."""

    story_id: str
    lang: str
    family: str
    headline: str
    dek: str
    people: tuple[str, ...]
    place: str
    blocks: tuple[Block, ...]
    finance: bool = False
    agency_line: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def P(*sentences: str, trap: str | tuple[str, ...] = (), figs: tuple[str, ...] = ()) -> Block:
    """A paragraph; ``trap`` names the trap sentence(s) in it."""
    traps = (trap,) if isinstance(trap, str) else trap
    if not set(traps) <= set(sentences):
        raise ValueError(f"trap not among the sentences: {traps}")
    return Block("p", tuple(sentences), traps, figs)


def H(text: str, level: int = 2) -> Block:
    return Block(f"h{level}", (text,), (text,))


def L(*items: str, ordered: bool = False, figs: tuple[str, ...] = ()) -> Block:
    return Block("ol" if ordered else "ul", items, items, figs)


def Q(*sentences: str) -> Block:
    return Block("quote", sentences, sentences)


def PULL(text: str) -> Block:
    """A pull quote: a fragment repeating the story's words; not labelled."""
    return Block("pull", (), (), (), caption=text)


def T(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...], caption: str = "") -> Block:
    labels = tuple(r[0] for r in rows)
    figs = tuple(c for r in rows for c in r[1:])
    return Block("table", labels, labels, figs, rows, header, caption)


FIRST = ("Maria", "Daniel", "Amara", "Tomasz", "Priya", "Oluwaseun", "Hannah", "Kenji",
         "Rosa", "Liam", "Fatima", "Gareth", "Mei", "Samuel", "Ingrid", "Rafael", "Aisha",
         "Connor", "Nadia", "Joaquin", "Leila", "Brendan", "Yuki", "Kwame", "Siobhan",
         "Arjun", "Beatriz", "Malcolm", "Zainab", "Henrik")
LAST = ("Okafor", "Lindqvist", "Castellano", "Whitfield", "Nakamura", "Brennan", "Adeyemi",
        "Kowalczyk", "Marchetti", "Haddad", "Osei", "Pemberton", "Iyer", "Delgado",
        "Thornbury", "Mensah", "Achterberg", "Quinlan", "Rahman", "Vasquez", "Holloway",
        "Takahashi", "Abernathy", "Nwosu", "Fairbairn", "Castillo", "Ellsworth", "Banerjee")
PLACES = ("Port Ellery", "Harrowgate Falls", "Marlow Springs", "Kestrel Bay", "Ashby Cross",
          "Cedar Hollow", "Dunmore", "Lakeshire", "Oakridge Junction", "Wexcombe",
          "Brackenridge", "Salt Meadow", "Fairhaven Point", "Greywater", "Millbrook Vale")
REGIONS = ("the northern province", "the river district", "the coastal region",
           "the state's east", "the valley counties")


@dataclass(slots=True)
class Slots:
    """The names and numbers one story is written with."""

    rng: random.Random
    place: str
    region: str
    people: list[str]

    def p(self, i: int) -> str:
        return self.people[i]

    def s(self, i: int) -> str:
        return self.people[i].split()[-1]

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def f(self, lo: float, hi: float, nd: int = 1) -> str:
        return f"{self.rng.uniform(lo, hi):.{nd}f}"


def _people(rng: random.Random, k: int) -> list[str]:
    firsts = rng.sample(FIRST, k)
    lasts = rng.sample(LAST, k)
    return [f"{a} {b}" for a, b in zip(firsts, lasts, strict=True)]


def _money(x: float) -> str:
    return f"{x:,.2f}"


# --- English families -------------------------------------------------------------


def politics(s: Slots) -> tuple[str, str, list[Block]]:
    pl, a, b, c = s.place, s.p(0), s.p(1), s.p(2)
    seats, votes = s.n(31, 48), s.n(52, 68)
    turnout = s.f(38, 61)
    head = s.rng.choice((f"{pl} council backs rates freeze after late-night session",
                         f"Coalition talks collapse in {pl} as budget deadline nears",
                         f"{a.split()[0]} {s.s(0)} wins {pl} mayoral race on second count"))
    dek = "Opposition members say the plan leaves a hole in next year's accounts."
    blocks = [
        P(f"Councillors in {pl} voted {votes} to {100 - votes - s.n(5, 12)} on Tuesday night "
          f"to freeze local rates for a second year, after a session that ran past midnight.",
          f"The measure was pushed by Mayor {a}, who campaigned on holding down household bills."),
        P(f"Turnout in the last municipal election was {turnout}%, the lowest in two decades.",
          f"{s.s(0)}'s group now holds {seats} of the chamber's 90 seats.",
          figs=(f"{turnout}%",)),
        P(f"\"We were elected to make hard choices, not to pass them on,\" {s.s(0)} told "
          f"reporters outside the town hall."),
        P(f"Opposition leader {b} said the freeze would force cuts to libraries and road "
          f"repairs by the spring.",
          f"\"I wrote about this in my constituency newsletter in June and nobody from the "
          f"mayor's office answered,\" {s.s(1)} said.", trap=(
              f"\"I wrote about this in my constituency newsletter in June and nobody from "
              f"the mayor's office answered,\" {s.s(1)} said.",)),
        P("The vote was not close."),
        P(f"Listen to residents at the Saturday market in {pl} and the mood is mixed.",
          f"{c}, who runs a bakery near the station, said lower bills mattered more to her "
          f"than new cycle lanes.", trap=(
              f"Listen to residents at the Saturday market in {pl} and the mood is mixed.",)),
        P(f"The regional audit office warned in March that {pl} had drawn down almost half "
          f"of its reserves since 2022.",
          "Its report recommended a review of every capital project above 2 million."),
        H("What happens next"),
        P("The budget must now be approved by the regional assembly, which meets in "
          "January.",
          f"{s.s(1)} said her group would table amendments on transport and housing."),
        L(f"A review of the {pl} tram extension", "A cap on consultancy spending",
          "A second public hearing on library hours"),
        P("The dispute was first reported by Reuters, which cited two officials familiar "
          "with the negotiations.", trap=(
              "The dispute was first reported by Reuters, which cited two officials familiar "
              "with the negotiations.",)),
    ]
    if s.rng.random() < 0.5:
        blocks.insert(6, P(f"In a post on social media shortly after the vote, {s.s(0)} wrote: "
                           f"\"Promise made, promise kept. Thank you, {pl}.\"", trap=(
                               f"In a post on social media shortly after the vote, {s.s(0)} "
                               f"wrote: \"Promise made, promise kept. Thank you, {pl}.\"",)))
    return head, dek, blocks


def courts(s: Slots) -> tuple[str, str, list[Block]]:
    pl, a, b, c = s.place, s.p(0), s.p(1), s.p(2)
    years, fine = s.n(3, 14), s.n(40, 900)
    head = s.rng.choice((f"Former {pl} treasurer jailed for {years} years over pension fraud",
                         f"Appeals court overturns {pl} zoning ruling",
                         f"Jury clears {pl} landlord of manslaughter after flat fire"))
    dek = "The judge said the case had shaken public trust in local institutions."
    blocks = [
        P(f"A judge in {pl} on Thursday sentenced {a}, a former municipal treasurer, to "
          f"{years} years in prison for diverting money from the staff pension fund.",
          f"Prosecutors said about {fine},000 had been moved through shell companies over "
          f"six years."),
        P(f"Judge {b} said the offences were \"calculated, repeated and entirely selfish\"."),
        P(f"{s.s(0)}'s lawyer, {c}, said his client would appeal.",
          f"\"He has lost his career, his savings and his good name,\" {s.s(2)} told The "
          f"Associated Press.", trap=(
              f"\"He has lost his career, his savings and his good name,\" {s.s(2)} told The "
              f"Associated Press.",)),
        P(f"During the four-week trial, jurors heard that {s.s(0)} paid for a holiday home "
          f"and two cars with the proceeds.",
          "Several retired council workers gave evidence about delayed payments."),
        Q("The defendant abused a position of trust that he held for almost twenty years.",
          "The sentence must reflect the harm done to people who relied on him."),
        P("One witness, a retired school caretaker, said she had cancelled her newspaper "
          "subscription and her phone contract to make ends meet while her pension was "
          "frozen.", trap=(
              "One witness, a retired school caretaker, said she had cancelled her newspaper "
              "subscription and her phone contract to make ends meet while her pension was "
              "frozen.",)),
        P("Sentencing guidelines allow up to 20 years for fraud of this scale.",
          f"The court also ordered the confiscation of assets worth {fine // 2},000."),
        P("He showed no reaction as the sentence was read."),
        P("The pension fund's trustees said members would be repaid in full by the end of "
          "next year, using insurance money and a loan from the regional government."),
    ]
    if s.rng.random() < 0.6:
        blocks.insert(5, H("A long investigation"))
        blocks.insert(6, L("Police raided the treasurer's office in 2023",
                           "Two accomplices pleaded guilty last year",
                           "The trial was delayed twice over missing documents"))
    return head, dek, blocks


INDICES = (("Meridian 100", 7800, 8600), ("Continental 50", 4100, 4900),
           ("Pacific Composite", 2900, 3400), ("Global Tech Index", 15200, 17800))


def markets(s: Slots) -> tuple[str, str, list[Block]]:
    rng = s.rng
    a, b = s.p(0), s.p(1)
    idx_name, lo, hi = rng.choice(INDICES)
    level = _money(rng.uniform(lo, hi))
    chg = s.f(0.3, 2.4, 2)
    up = rng.random() < 0.5
    verb = "rose" if up else "fell"
    brent = _money(rng.uniform(72, 94))
    gold = _money(rng.uniform(2310, 2690))
    fx = f"{rng.uniform(1.04, 1.19):.4f}"
    yld = s.f(3.6, 4.9, 2)
    lumora = (f"Shares in streaming company Lumora jumped {s.f(4, 11)}% after it said paid "
              f"subscriptions reached {s.f(18, 31)} million and that it would raise the "
              f"price of its premium plan.")
    head = rng.choice((f"Stocks {verb} as traders weigh rate outlook; {idx_name} at {level}",
                       f"Oil {'climbs' if up else 'slides'} to ${brent} as supply worries "
                       f"shift", f"Markets wrap: gold near ${gold}, bond yields "
                       f"{'up' if up else 'down'}"))
    dek = "Investors are watching central bank speeches and quarterly results this week."
    head_cells: tuple[str, ...] = ("Market", "Close", "Change") if rng.random() < 0.55 else ()
    table = T(head_cells, (
        (f"{idx_name} index", level, f"{'+' if up else '-'}{chg}%"),
        ("Brent crude, $ a barrel", brent, f"{'+' if up else '-'}{s.f(0.2, 1.9, 2)}%"),
        ("Gold, $ an ounce", gold, f"+{s.f(0.1, 1.1, 2)}%"),
        ("Euro in dollars", fx, f"-{s.f(0.05, 0.6, 2)}%"),
        ("10-year yield", f"{yld}%", f"{'+' if up else '-'}{s.n(2, 9)} bp"),
    ), caption="Closing levels")
    blocks = [
        P(f"The {idx_name} {verb} {chg}% to {level} on Wednesday, as investors weighed "
          f"fresh inflation data against comments from central bank officials.",
          f"Trading volumes were about {s.n(8, 25)}% below the 30-day average.",
          figs=(f"{chg}%", level)),
        P(f"Brent crude futures settled at ${brent} a barrel, while gold traded at ${gold} "
          f"an ounce.", figs=(f"${brent}", f"${gold}")),
        P(f"The euro was at ${fx}, and the yield on the benchmark 10-year bond moved to "
          f"{yld}%.", figs=(f"${fx}", f"{yld}%")),
        table,
        P(f"\"The market is pricing in two cuts, and I think that is too optimistic,\" said "
          f"{a}, chief strategist at Northmere Capital."),
        P(f"Watch the two-year yield rather than the headline index, {s.s(0)} added, "
          f"because it reacts first to changes in rate expectations.", trap=(
              f"Watch the two-year yield rather than the headline index, {s.s(0)} added, "
              f"because it reacts first to changes in rate expectations.",)),
        P(lumora, trap=lumora),
        P(f"{b}, a portfolio manager in London, said defensive sectors such as utilities "
          f"had outperformed for a third week."),
        P("Bank shares lagged."),
        P("Analysts expect quarterly earnings to grow about 6% from a year earlier.",
          figs=("6%",)),
    ]
    return head, dek, blocks


TEAMS = ("Port Ellery Rovers", "Kestrel Bay United", "Ashby Athletic", "Greywater Town",
         "Lakeshire City", "Dunmore Wanderers", "Brackenridge FC", "Salt Meadow Albion")


def sport(s: Slots) -> tuple[str, str, list[Block]]:
    rng = s.rng
    home, away = rng.sample(TEAMS, 2)
    hg, ag = rng.randint(2, 4), rng.randint(0, 1)
    a, b, c = s.p(0), s.p(1), s.p(2)
    m1, m2 = rng.randint(5, 40), rng.randint(50, 88)
    head = rng.choice((f"{home} beat {away} {hg}-{ag} to go top",
                       f"{s.s(0)} double sends {home} past {away}",
                       f"{away} slump continues with {hg}-{ag} defeat"))
    dek = "A late goal settled a tense afternoon in front of a sell-out crowd."
    table = T(("Team", "P", "W", "D", "L", "Pts") if rng.random() < 0.5 else (), (
        (f"1. {home}", "18", str(rng.randint(11, 13)), "3", "2", str(rng.randint(38, 42))),
        ("2. " + rng.choice([t for t in TEAMS if t not in (home, away)]), "18", "11", "4",
         "3", "37"),
        (f"3. {away}", "18", "9", "5", "4", "32"),
    ), caption="Top of the table")
    blocks = [
        P(f"{home} beat {away} {hg}-{ag} on Saturday to move top of the league, with {a} "
          f"scoring twice.", "The result extends their unbeaten run to nine matches."),
        P(f"{s.s(0)} opened the scoring in the {m1}th minute with a low shot from the edge "
          f"of the area.",
          f"{b} added a second from a corner before {s.s(0)} sealed it in the {m2}th "
          f"minute."),
        P("It was their first win at this ground since 2019."),
        P(f"\"The lads were brilliant, but we still have a lot to do,\" manager {c} said."),
        P("Fans who could not get tickets followed the match on the club's new app, which "
          "was launched this month and streamed live audio commentary for the first time.",
          trap=("Fans who could not get tickets followed the match on the club's new app, "
                "which was launched this month and streamed live audio commentary for the "
                "first time.",)),
        table,
        P(f"{away} have now lost four of their last five games.",
          "Their coach said he would not resign."),
        P(f"{s.s(2)} said on his weekly podcast before the game that his side needed "
          f"\"a performance, not a miracle\".", trap=(
              f"{s.s(2)} said on his weekly podcast before the game that his side needed "
              f"\"a performance, not a miracle\".",)),
        H("Player ratings", 3),
        L(f"{a}: 9, two goals and a relentless press", f"{b}: 8, dangerous at every set piece",
          "Goalkeeper: 7, one smart save before half-time"),
        P(f"{home} travel to {rng.choice(PLACES)} next weekend."),
    ]
    return head, dek, blocks


def science(s: Slots) -> tuple[str, str, list[Block]]:
    a, b = s.p(0), s.p(1)
    pct, yrs = s.n(18, 46), s.n(12, 40)
    head = s.rng.choice(("Deep-sea survey finds coral surviving warmer water",
                         "Ancient pollen reveals when farming reached the highlands",
                         "Telescope spots water vapour around young star"))
    dek = "Researchers say the findings could change how conservation money is spent."
    blocks = [
        P("Scientists have found coral colonies thriving in water about 2C warmer than "
          "expected, in a survey published on Monday in the journal Marine Frontiers.",
          f"The team mapped {s.n(120, 480)} reefs over {yrs} months."),
        P(f"\"We expected to find bleaching everywhere, and we didn't,\" said {a}, a marine "
          f"biologist who led the study."),
        P(f"About {pct}% of the colonies showed no sign of stress, compared with fewer than "
          f"10% in a similar survey a decade ago.", figs=(f"{pct}%",)),
        H("How the survey worked"),
        L("Divers photographed each reef at fixed points",
          "Robots measured temperature every ten minutes",
          "Samples were sequenced at three laboratories"),
        P(f"{b}, who was not involved in the research, said the results were encouraging "
          f"but covered only one ocean basin."),
        Q("This is not a reason to relax.",
          "It is a reason to protect the places where coral is holding on."),
        P(f"The researchers have started a podcast series and a free email newsletter to "
          f"share their data with divers and fishing communities, {s.s(0)} said.", trap=(
              f"The researchers have started a podcast series and a free email newsletter "
              f"to share their data with divers and fishing communities, {s.s(0)} said.",)),
        P("Funding for the next phase has not been secured."),
        P("The study was first described in a preprint last year, and its main results "
          "were reported by Reuters in August."),
    ]
    return head, dek, blocks


def weather(s: Slots) -> tuple[str, str, list[Block]]:
    pl, a, b = s.place, s.p(0), s.p(1)
    mm, gust = s.n(60, 180), s.n(80, 135)
    head = s.rng.choice((f"Storm brings flooding and {gust} km/h gusts to {pl}",
                         f"Heat warning issued as {pl} braces for 40C",
                         f"Snow closes schools across {s.region}"))
    dek = "Forecasters expect conditions to ease by the weekend."
    table = T((), (("Wed 3 Dec", f"{mm} mm", f"{gust} km/h"),
                   ("Thu 4 Dec", f"{mm // 3} mm", f"{gust - 30} km/h"),
                   ("Fri 5 Dec", "5 mm", "40 km/h")), caption="Forecast")
    blocks = [
        P(f"Heavy rain and gusts of up to {gust} km/h hit {pl} on Tuesday, flooding "
          f"roads and cutting power to thousands of homes.",
          f"The weather service said {mm} millimetres of rain fell in 24 hours."),
        P("Nobody was hurt."),
        P(f"Emergency crews rescued {s.n(4, 19)} people from cars stranded on the ring road, "
          f"fire chief {a} said."),
        P(f"Watch for fallen power lines and do not drive through standing water, {s.s(0)} "
          f"urged residents.", trap=(
              f"Watch for fallen power lines and do not drive through standing water, "
              f"{s.s(0)} urged residents.",)),
        table,
        P(f"Forecaster {b} said a second band of rain would arrive on Thursday, but with "
          f"weaker winds.", "Temperatures are expected to stay below average."),
        P("The regional authority said it would launch a flood-warning app next month "
          "that sends alerts by river gauge.", trap=(
              "The regional authority said it would launch a flood-warning app next month "
              "that sends alerts by river gauge.",)),
        H("Advice for residents", 3),
        L("Keep a torch and spare batteries at home", "Move valuables upstairs",
          "Check on elderly neighbours"),
        P(f"In a post on social media, the {pl} fire service wrote: \"Crews have been out "
          f"all night. Please stay home if you can.\"", trap=(
              f"In a post on social media, the {pl} fire service wrote: \"Crews have been "
              f"out all night. Please stay home if you can.\"",)),
    ]
    return head, dek, blocks


def business(s: Slots) -> tuple[str, str, list[Block]]:
    rng = s.rng
    a, b, c = s.p(0), s.p(1), s.p(2)
    rev = s.f(1.2, 9.8)
    subs = s.f(2.1, 8.9)
    price = _money(rng.uniform(14, 96))
    margin = s.f(8, 24)
    head = rng.choice(("Tessaline raises forecast as subscriptions climb",
                       "Grocery chain Hartwell to close 40 stores",
                       "Airline Skyrove posts record summer profit"))
    dek = "The company said demand held up despite higher prices."
    table = T(("", "Q3 2026", "Q3 2025") if rng.random() < 0.5 else (), (
        ("Revenue, billions", rev, s.f(1.0, 8.0)),
        ("Operating margin", f"{margin}%", f"{s.f(6, 20)}%"),
        ("Paid subscribers, millions", subs, s.f(1.5, 7.0)),
    ))
    blocks = [
        P(f"Tessaline raised its annual forecast on Thursday after revenue rose to {rev} "
          f"billion in the third quarter.",
          f"Its shares closed at ${price}, up {s.f(2, 9)}%.", figs=(rev, f"${price}")),
        P(f"The company said the number of paid subscribers to its streaming and news "
          f"bundle reached {subs} million, and that it would launch a family plan in "
          f"January.", trap=(
              f"The company said the number of paid subscribers to its streaming and news "
              f"bundle reached {subs} million, and that it would launch a family plan in "
              f"January.",)),
        P(f"Chief executive {a} said the operating margin of {margin}% was the highest "
          f"since the company listed.", figs=(f"{margin}%",)),
        table,
        P(f"\"Customers tell us they would rather keep one subscription that does "
          f"everything than five that do one thing each,\" {s.s(0)} said on a call with "
          f"analysts.", trap=(
              f"\"Customers tell us they would rather keep one subscription that does "
              f"everything than five that do one thing each,\" {s.s(0)} said on a call "
              f"with analysts.",)),
        P(f"{b}, an analyst at Corbel Securities, said the forecast looked cautious."),
        P("Costs rose too."),
        P(f"The company plans to hire {s.n(300, 1200)} engineers over the next year, "
          f"mostly in {rng.choice(PLACES)}.",
          f"Union representative {c} said staff wanted guarantees on remote work."),
        P("The results were reported by Reuters before the official release, prompting a "
          "brief trading halt.", trap=(
              "The results were reported by Reuters before the official release, prompting "
              "a brief trading halt.",)),
    ]
    return head, dek, blocks


def health(s: Slots) -> tuple[str, str, list[Block]]:
    pl, a, b = s.place, s.p(0), s.p(1)
    wait, pct = s.n(11, 39), s.n(12, 34)
    head = s.rng.choice((f"Waiting lists at {pl} hospitals reach record",
                         "Flu cases double in a week as season starts early",
                         f"New clinic in {pl} to cut cancer test delays"))
    dek = "Doctors warn the winter could be harder than last year."
    blocks = [
        P(f"Patients in {pl} are waiting an average of {wait} weeks for routine surgery, "
          f"according to figures published on Friday.",
          f"That is {pct}% longer than a year ago.", figs=(f"{pct}%",)),
        P(f"\"Every week on a list is a week of pain for someone,\" said {a}, a consultant "
          f"surgeon."),
        P("Hospital managers blame staff shortages and a rise in emergency admissions."),
        H("Where the delays are worst"),
        L("Hip and knee replacements", "Cataract surgery", "Hernia repairs",
          ordered=True),
        P("The health authority said a new booking app, launched in the spring, had cut "
          "missed appointments by a fifth.", trap=(
              "The health authority said a new booking app, launched in the spring, had "
              "cut missed appointments by a fifth.",)),
        P(f"{b}, who has waited 14 months for a hip operation, said she listens to an "
          f"audiobook subscription every night because the pain keeps her awake.", trap=(
              f"{b}, who has waited 14 months for a hip operation, said she listens to an "
              f"audiobook subscription every night because the pain keeps her awake.",)),
        Q("We are asking people to get vaccinated now, before the peak.",
          "It is not too late, but it soon will be."),
        P("The figures will be updated next month."),
        P(f"{s.s(0)} told The Associated Press that extra funding announced in October "
          f"would take at least a year to reach wards.", trap=(
              f"{s.s(0)} told The Associated Press that extra funding announced in October "
              f"would take at least a year to reach wards.",)),
    ]
    return head, dek, blocks


def tech(s: Slots) -> tuple[str, str, list[Block]]:
    a, b, c = s.p(0), s.p(1), s.p(2)
    users = s.f(1.5, 12)
    price = s.n(4, 15)
    head = s.rng.choice(("Startup Brightloom launches offline translation app",
                         "Regulator opens inquiry into smart-speaker recordings",
                         "Chipmaker Vantrix delays new factory by a year"))
    dek = "The company says the product works without an internet connection."
    blocks = [
        P("Brightloom, a startup founded by two former university researchers, launched an "
          "app on Tuesday that translates speech between 40 languages without a network "
          "connection.", trap=(
              "Brightloom, a startup founded by two former university researchers, launched "
              "an app on Tuesday that translates speech between 40 languages without a "
              "network connection.",)),
        P(f"The basic version is free, and a subscription costing ${price} a month unlocks "
          f"offline packs for medical and legal vocabulary.", trap=(
              f"The basic version is free, and a subscription costing ${price} a month "
              f"unlocks offline packs for medical and legal vocabulary.",),
          figs=(f"${price}",)),
        P(f"Co-founder {a} said the app had {users} million downloads during a six-month "
          f"test."),
        P(f"\"Half of our users are nurses and aid workers who often have no signal,\" "
          f"{s.s(0)} said."),
        H("Privacy questions"),
        P(f"Digital-rights campaigner {b} said users should be told clearly what data "
          f"leaves the phone.", "The company says no audio is uploaded."),
        L("Speech is processed on the device", "Transcripts are deleted after 24 hours",
          "Users can export their history"),
        P("Reviews so far have been positive."),
        P(f"Listen to the app in a noisy market and it still struggles with strong accents, "
          f"{c}, an early tester, said.", trap=(
              f"Listen to the app in a noisy market and it still struggles with strong "
              f"accents, {c}, an early tester, said.",)),
        P(f"In a post on X, {s.s(1)} wrote: \"Offline is good. Audited offline would be "
          f"better.\"", trap=(
              f"In a post on X, {s.s(1)} wrote: \"Offline is good. Audited offline would be "
              f"better.\"",)),
    ]
    return head, dek, blocks


def local(s: Slots) -> tuple[str, str, list[Block]]:
    pl, a, b, c = s.place, s.p(0), s.p(1), s.p(2)
    cost = s.f(1.1, 6.5)
    head = s.rng.choice((f"{pl} library reopens after two-year restoration",
                         f"Residents fight plan to close {pl} swimming pool",
                         f"New footbridge links both banks of {pl}"))
    dek = "Volunteers raised part of the money themselves."
    blocks = [
        P(f"The library in {pl} reopened on Saturday after a two-year restoration that cost "
          f"{cost} million.", "Hundreds of people queued before the doors opened at 9 a.m."),
        P(f"Head librarian {a} said the building now had a children's floor, a recording "
          f"studio and a café."),
        P(f"\"We want people to come in for a newsletter workshop, a podcast class or just "
          f"to get warm,\" {s.s(0)} said.", trap=(
              f"\"We want people to come in for a newsletter workshop, a podcast class or "
              f"just to get warm,\" {s.s(0)} said.",)),
        P(f"Volunteers led by {b} raised about a quarter of the money through sponsored "
          f"walks and book sales."),
        PULL("Hundreds of people queued before the doors opened"),
        H("A building with a history", 3),
        P("The library opened in 1908 with money from a local shipping family.",
          "It was damaged by fire in 1961 and rebuilt."),
        P("It closed in 2024."),
        P(f"{c}, 82, said she had borrowed her first book there in 1950."),
        L("Opening hours: 9 a.m. to 8 p.m., Monday to Saturday", "Free Wi-Fi and printing",
          "A reading club for teenagers on Thursdays"),
        P("In a post on the library's social media page, staff wrote: \"We missed you. "
          "Come and see what we have done.\"", trap=(
              "In a post on the library's social media page, staff wrote: \"We missed you. "
              "Come and see what we have done.\"",)),
    ]
    return head, dek, blocks


def obituary(s: Slots) -> tuple[str, str, list[Block]]:
    pl, a, b = s.place, s.p(0), s.p(1)
    age = s.n(78, 97)
    born = 2026 - age
    head = f"{a}, who built {pl}'s first community radio station, dies at {age}"
    dek = "A broadcaster, teacher and tireless campaigner for local voices."
    blocks = [
        P(f"{a}, who founded {pl}'s first community radio station and presented its "
          f"morning programme for three decades, has died.", f"{s.s(0)} was {age}."),
        P("Her family said she died peacefully at home on Sunday."),
        P(f"Born in {born} in {s.region}, {s.s(0)} trained as a teacher before moving to "
          f"{pl} in the 1970s."),
        P("She started the station in a spare room above a hardware shop, with a borrowed "
          "transmitter and a licence that took four years to obtain."),
        Q("Radio is the only medium where the listener does half the work.",
          "That is why it lasts."),
        P(f"\"She would say the station was the town's podcast before anyone had heard the "
          f"word,\" said {b}, who worked with her for 20 years.", trap=(
              f"\"She would say the station was the town's podcast before anyone had heard "
              f"the word,\" said {b}, who worked with her for 20 years.",)),
        P(f"She is survived by two sons, a daughter and {s.n(4, 9)} grandchildren."),
        P("A memorial will be held at the town hall on Friday."),
    ]
    return head, dek, blocks


def feature(s: Slots) -> tuple[str, str, list[Block]]:
    pl, a, b, c = s.place, s.p(0), s.p(1), s.p(2)
    head = s.rng.choice((f"The last ferry: a day on the crossing {pl} may lose",
                         f"Inside the night market keeping {pl} awake",
                         "How a village school learned to teach online and then stopped"))
    dek = "Long read: a community, a deadline and a decision nobody wants to make."
    blocks = [
        P(f"At 5.40 a.m. the first ferry leaves {pl} with eleven passengers, two vans and "
          f"a dog.", "By the evening crossing it will have carried about 400 people."),
        P(f"{a} has worked on the boat for 27 years.",
          "He knows most passengers by name and some by their coffee order."),
        H("A crossing under threat"),
        P("The operator says the route loses money every winter.",
          "A consultation on replacing it with a bus link closes next month."),
        Q("If the ferry goes, the island goes with it.",
          "Not overnight, but slowly, one family at a time."),
        P(f"That warning came from {b}, who runs the island's only shop."),
        PULL("If the ferry goes, the island goes with it"),
        H("What passengers want"),
        L("A guaranteed timetable in winter", "Cheaper fares for students",
          "A say in who runs the service"),
        P(f"\"I subscribe to every campaign newsletter going, and none of them has a plan "
          f"for the winter,\" said {c}, a nurse who commutes daily.", trap=(
              f"\"I subscribe to every campaign newsletter going, and none of them has a "
              f"plan for the winter,\" said {c}, a nurse who commutes daily.",)),
        P("Watch the gulls at the stern and you can tell the weather before the captain "
          "announces it, passengers say.", trap=(
              "Watch the gulls at the stern and you can tell the weather before the captain "
              "announces it, passengers say.",)),
        H("The decision", 3),
        P("The council will decide in February."),
        P(f"{s.s(0)} is not waiting for the result.",
          "He has already applied for a job on a boat further north."),
    ]
    return head, dek, blocks


FAMILIES: dict[str, Callable[[Slots], tuple[str, str, list[Block]]]] = {
    "politics": politics, "courts": courts, "markets": markets, "sport": sport,
    "science": science, "weather": weather, "business": business, "health": health,
    "tech": tech, "local": local, "obituary": obituary, "feature": feature,
}
FINANCE = {"markets", "business"}


# --- Other languages --------------------------------------------------------------


def _foreign(lang: str, s: Slots) -> tuple[str, str, list[Block]]:
    a, b = s.p(0), s.p(1)
    sa, sb = s.s(0), s.s(1)
    n1, n2 = s.n(12, 48), s.n(3, 9)
    if lang == "de":
        pl = "Neustadt an der Elbe"
        return (f"{pl} stoppt Ausbau der Straßenbahn", "Der Stadtrat verweist auf "
                "gestiegene Baukosten.", [
            P(f"Der Stadtrat von {pl} hat am Dienstag den Ausbau der Straßenbahnlinie 4 "
              f"vorerst gestoppt.", f"Die Kosten seien um {n1} Prozent gestiegen, sagte "
              f"Bürgermeisterin {a}."),
            P(f"„Wir können nicht Geld ausgeben, das wir nicht haben“, sagte {sa} nach der "
              f"Sitzung."),
            P("Die Opposition kritisierte die Entscheidung scharf.", f"{b} sprach von "
              f"einem „schwarzen Tag für den Nahverkehr“."),
            H("Wie es weitergeht"),
            L("Ein neues Gutachten bis März", "Gespräche mit dem Land über Fördermittel",
              "Eine Bürgerversammlung im Januar"),
            P(f"„Ich habe das schon im Frühjahr in meinem Newsletter an die Mitglieder "
              f"geschrieben“, sagte {sb}.", trap=(
                  f"„Ich habe das schon im Frühjahr in meinem Newsletter an die Mitglieder "
                  f"geschrieben“, sagte {sb}.",)),
            P("Die Abstimmung fiel knapp aus."),
            P("Der Verkehrsverbund will im Sommer eine neue App starten, mit der Fahrgäste "
              "Tickets für alle Linien kaufen können.", trap=(
                  "Der Verkehrsverbund will im Sommer eine neue App starten, mit der "
                  "Fahrgäste Tickets für alle Linien kaufen können.",)),
        ])
    if lang == "fr":
        pl = "Saint-Aubin-sur-Loire"
        return (f"À {pl}, la fermeture de la maternité divise", "Les élus dénoncent une "
                "décision prise sans concertation.", [
            P(f"L'agence régionale de santé a confirmé lundi la fermeture de la maternité "
              f"de {pl} à partir du mois de mars.", f"Environ {n1}0 naissances y ont eu "
              f"lieu l'an dernier."),
            P(f"« C'est une catastrophe pour les familles du territoire », a déclaré la "
              f"maire, {a}."),
            P(f"Les futures mères devront parcourir jusqu'à {n2}0 kilomètres pour "
              f"accoucher.", "Les syndicats appellent à manifester samedi."),
            Q("Nous ne fermons pas un service, nous le regroupons.",
              "La sécurité des patientes passe avant tout."),
            P(f"Le directeur de l'hôpital, {b}, a assuré à l'Agence France-Presse que les "
              f"équipes seraient reclassées.", trap=(
                  f"Le directeur de l'hôpital, {b}, a assuré à l'Agence France-Presse que "
                  f"les équipes seraient reclassées.",)),
            H("Une mobilisation qui grandit"),
            P(f"Une pétition a déjà recueilli plus de {n1} 000 signatures."),
            P("Rien n'est encore joué."),
            P(f"Dans un message publié sur les réseaux sociaux, {sa} a écrit : « Nous irons "
              f"jusqu'au bout pour nos mamans. »", trap=(
                  f"Dans un message publié sur les réseaux sociaux, {sa} a écrit : « Nous "
                  f"irons jusqu'au bout pour nos mamans. »",)),
        ])
    if lang == "es":
        pl = "Villanueva del Río"
        eur = f"{s.rng.uniform(1.05, 1.95):.2f}".replace(".", ",")
        return (f"El precio del aceite de oliva cae en {pl} tras una cosecha récord",
                "Los productores temen que los márgenes no cubran los costes.", [
            P(f"El precio del aceite de oliva virgen extra bajó esta semana a {eur} euros "
              f"por kilo en origen en {pl}.", f"Es un {n1} % menos que hace un año.",
              figs=(f"{eur} euros", f"{n1} %")),
            P(f"«La cosecha ha sido excelente, pero el precio no paga el gasoil», dijo {a}, "
              f"agricultor de la zona."),
            T(("Producto", "Precio", "Variación"), (
                ("Virgen extra, euros por kilo", eur, f"-{n1} %"),
                ("Virgen, euros por kilo", f"{s.rng.uniform(0.9, 1.4):.2f}".replace(".", ","),
                 f"-{n1 + 3} %"))),
            P("La cooperativa local lanzará en enero una aplicación para vender "
              "directamente a los consumidores.", trap=(
                  "La cooperativa local lanzará en enero una aplicación para vender "
                  "directamente a los consumidores.",)),
            P(f"{b}, economista agraria, dijo a la agencia Reuters que los precios podrían "
              f"estabilizarse en primavera.", trap=(
                  f"{b}, economista agraria, dijo a la agencia Reuters que los precios "
                  f"podrían estabilizarse en primavera.",)),
            H("Las claves del mercado"),
            L("Producción nacional récord", "Menor demanda en el exterior",
              "Costes energéticos todavía altos"),
            P("La campaña termina en febrero."),
        ])
    if lang == "it":
        pl = "Borgo San Vitale"
        return (f"{pl}, riapre il ponte dopo due anni di lavori", "Il sindaco: "
                "«Una giornata storica per la valle».", [
            P(f"È stato riaperto sabato il ponte sul fiume che collega {pl} alla statale, "
              f"chiuso da due anni per lavori di consolidamento.",
              f"L'intervento è costato {n2} milioni di euro."),
            P(f"«Finalmente i nostri ragazzi tornano a scuola in dieci minuti», ha detto il "
              f"sindaco {a}."),
            P(f"Durante la chiusura i pendolari hanno dovuto percorrere una deviazione di "
              f"{n1} chilometri."),
            P("Non ci sono stati incidenti durante i lavori."),
            H("I numeri del cantiere"),
            L(f"{n1}0 tonnellate di acciaio", "Ventidue mesi di lavoro",
              "Tre imprese locali coinvolte"),
            P(f"L'ingegnere {b} ha spiegato che il ponte è stato progettato per durare "
              f"almeno cento anni."),
            P("Il comune ha annunciato un podcast in sei puntate sulla storia del ponte, "
              "raccontata dagli abitanti.", trap=(
                  "Il comune ha annunciato un podcast in sei puntate sulla storia del "
                  "ponte, raccontata dagli abitanti.",)),
        ])
    if lang == "pt":
        pl = "São João da Serra"
        return (f"Chuvas deixam {n1} famílias desalojadas em {pl}", "A Defesa Civil "
                "mantém o alerta para os próximos dias.", [
            P(f"As fortes chuvas que atingiram {pl} desde domingo deixaram {n1} famílias "
              f"desalojadas, segundo a Defesa Civil.",
              f"Em algumas áreas choveu {n2}0 milímetros em 24 horas."),
            P(f"\"Perdemos tudo, mas estamos vivos\", disse {a}, moradora do bairro Vila "
              f"Nova."),
            P("Ninguém ficou ferido."),
            P(f"O prefeito {b} decretou situação de emergência e pediu ajuda ao governo "
              f"estadual."),
            H("Como ajudar"),
            L("Doações de água e alimentos no ginásio municipal",
              "Roupas e cobertores na paróquia central", "Voluntários devem se cadastrar "
              "na prefeitura"),
            P(f"Em uma publicação nas redes sociais, {sb} escreveu: \"A cidade está unida. "
              f"Vamos reconstruir juntos.\"", trap=(
                  f"Em uma publicação nas redes sociais, {sb} escreveu: \"A cidade está "
                  f"unida. Vamos reconstruir juntos.\"",)),
            P("A previsão indica novas chuvas até quinta-feira."),
        ])
    if lang == "nl":
        pl = "Zuiderhaven"
        return (f"Gemeente {pl} wil fietsenstalling onder het station", "De raad "
                "stemt in januari over het plan.", [
            P(f"De gemeente {pl} wil onder het centraal station een fietsenstalling bouwen "
              f"voor {n1}00 fietsen.", f"De kosten worden geschat op {n2} miljoen euro."),
            P(f"„Het stationsplein staat elke ochtend vol met fietsen”, zei wethouder "
              f"{a}."),
            P("Bewoners kunnen tot eind januari reageren op het plan.",
              "Ondernemers vrezen overlast tijdens de bouw."),
            P("De bouw duurt twee jaar."),
            Q("We kiezen voor de fiets, en dan moet je ook ruimte maken voor de fiets."),
            P(f"{b}, voorzitter van de fietsersbond, zei tegen persbureau ANP dat het plan "
              f"te laat komt.", trap=(
                  f"{b}, voorzitter van de fietsersbond, zei tegen persbureau ANP dat het "
                  f"plan te laat komt.",)),
            P("De gemeente lanceert volgend jaar een app die laat zien waar nog plek is.",
              trap=("De gemeente lanceert volgend jaar een app die laat zien waar nog plek "
                    "is.",)),
        ])
    if lang == "sv":
        pl = "Norrhamn"
        return (f"Skolan i {pl} läggs ner efter hundra år", "Föräldrarna överklagar "
                "beslutet.", [
            P(f"Kommunfullmäktige i {pl} beslutade på måndagen att lägga ner byskolan "
              f"efter vårterminen.", f"Skolan har i dag {n1} elever."),
            P(f"– Det är ett tungt beslut, men elevunderlaget räcker inte, sa "
              f"kommunalrådet {a}."),
            P(f"Föräldraföreningen har samlat in över {n2}00 namn mot nedläggningen."),
            P("Beslutet ska överklagas."),
            H("Vad händer med eleverna?"),
            L("Eleverna flyttas till skolan i centralorten", "Skolskjuts ordnas morgon "
              "och eftermiddag", "Lärarna erbjuds nya tjänster"),
            P(f"{b}, som har två barn i skolan, säger att hon prenumererar på kommunens "
              f"nyhetsbrev men fick veta beslutet via grannarna.", trap=(
                  f"{b}, som har två barn i skolan, säger att hon prenumererar på kommunens "
                  f"nyhetsbrev men fick veta beslutet via grannarna.",)),
        ])
    # Indonesian
    pl = "Kota Baru Selatan"
    rp = f"{s.n(12, 19)}.{s.n(100, 999)}"
    return (f"Harga beras naik lagi di {pl}", "Pedagang mengeluhkan pasokan yang "
            "berkurang.", [
        P(f"Harga beras medium di pasar tradisional {pl} naik menjadi Rp {rp} per kilogram "
          f"pekan ini.", f"Kenaikan itu sekitar {n2} persen dibanding bulan lalu.",
          figs=(f"Rp {rp}", f"{n2} persen")),
        P(f"\"Pembeli sekarang hanya membeli setengah dari biasanya,\" kata {a}, pedagang "
          f"di Pasar Sentral."),
        P("Dinas perdagangan setempat akan menggelar operasi pasar mulai Senin."),
        T((), (("Beras medium", f"Rp {rp}"), ("Beras premium", f"Rp {s.n(15, 21)}.500"),
               ("Gula pasir", f"Rp {s.n(16, 19)}.000"))),
        P(f"Kepala dinas, {b}, mengatakan kepada kantor berita Antara bahwa stok aman "
          f"hingga akhir tahun.", trap=(
              f"Kepala dinas, {b}, mengatakan kepada kantor berita Antara bahwa stok aman "
              f"hingga akhir tahun.",)),
        P("Warga diminta tidak panik."),
        P("Pemerintah kota juga meluncurkan aplikasi untuk memantau harga bahan pokok "
          "setiap hari.", trap=(
              "Pemerintah kota juga meluncurkan aplikasi untuk memantau harga bahan pokok "
              "setiap hari.",)),
    ])


FOREIGN_LANGS = ("de", "fr", "es", "it", "pt", "nl", "sv", "id")
FOREIGN_PLACES = {"de": "Neustadt an der Elbe", "fr": "Saint-Aubin-sur-Loire",
                  "es": "Villanueva del Río", "it": "Borgo San Vitale",
                  "pt": "São João da Serra", "nl": "Zuiderhaven", "sv": "Norrhamn",
                  "id": "Kota Baru Selatan"}


def make_story(rng: random.Random, story_id: str, lang: str, family: str) -> Story:
    """One story of ``family`` in ``lang`` (foreign stories have their own text)."""
    place = FOREIGN_PLACES.get(lang, rng.choice(PLACES))
    slots = Slots(rng, place, rng.choice(REGIONS), _people(rng, 3))
    if lang == "en":
        head, dek, blocks = FAMILIES[family](slots)
    else:
        head, dek, blocks = _foreign(lang, slots)
    return Story(story_id, lang, family, head, dek, tuple(slots.people), place,
                 tuple(blocks), finance=family in FINANCE or bool(
                     any(b.figures for b in blocks) and lang != "en"))
