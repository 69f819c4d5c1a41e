"""Story writer for the fresh2 set: news stories as blocks of labelled sentences.

Each story family has pools of headlines, paragraphs, sub-headings, list items, quotes,
short paragraphs and *traps*: real story sentences that name a noise family (a
newsletter, a subscription, an app or podcast business, a photo that went viral,
copyright law, advertising revenue, a correction reported as news). A paragraph's
sentences are separated by `` | `` in the pools; a trap closes its paragraph. Finance
stories mark their prices and percentages as figures (slots whose name starts with
``F``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a story: ``kind`` is "p", "h2", "ul" or "quote"."""

    kind: str
    sentences: tuple[str, ...]
    traps: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Story:
    """A written story, ready to lay out."""

    story_id: str
    lang: str
    family: str
    headline: str
    dek: str
    people: tuple[str, ...]
    place: str
    blocks: tuple[Block, ...]
    finance: bool


Pool = dict[str, list[str]]

PEOPLE: dict[str, list[str]] = {
    "en": ["Maria Delgado", "Tunde Adeyemi", "Priya Raman", "Siobhan Kelly", "Thabo Nkosi",
           "Grace Villanueva", "Daniel Okafor", "Hannah Whitfield", "Marcus Bell", "Aisha Khan",
           "Connor Walsh", "Mei Lin Tan", "Rohan Mehta", "Chloe Fournier", "Samuel Mensah",
           "Ruth Abernethy", "Luis Navarro", "Fiona McAllister", "Kwame Boateng",
           "Jasmine Reyes", "Oliver Pratt", "Nomvula Dlamini", "Patrick Byrne", "Anjali Nair",
           "Ethan Caldwell", "Bronwyn Hughes", "Isaac Oyelaran", "Teresa Santos", "Wei Zhang",
           "Megan Doyle", "Arjun Pillai", "Lerato Mokoena", "Cian Gallagher", "Rosa Mabuza"],
    "de": ["Katrin Vogel", "Matthias Brandt", "Sabine Albrecht", "Jonas Weidner", "Ute Kessler",
           "Florian Haas", "Derya Yilmaz", "Bernd Rothe"],
    "fr": ["Claire Morel", "Julien Lefèvre", "Nadia Benali", "Thomas Girard", "Sophie Marchand",
           "Karim Haddad", "Élodie Perrin", "Antoine Roussel"],
    "es": ["Lucía Romero", "Javier Ortega", "Carmen Ibáñez", "Andrés Molina", "Marta Quiroga",
           "Pablo Serrano", "Nerea Etxeberria", "Raúl Castaño"],
    "it": ["Giulia Ferraris", "Marco Bellandi", "Chiara Esposito", "Luca Mancini",
           "Francesca Rinaldi", "Davide Colombo", "Sara Lombardi", "Paolo Greco"],
    "pt": ["Ana Beatriz Costa", "João Pedro Almeida", "Mariana Ribeiro", "Rafael Tavares",
           "Helena Duarte", "Tiago Mendonça", "Luísa Carvalho", "Bruno Antunes"],
    "nl": ["Sanne de Vries", "Joris Bakker", "Fenna Visser", "Pieter van Dijk", "Lotte Smit",
           "Bram Jansen", "Ilse Mulder", "Ruben de Graaf"],
}

PLACES: dict[str, list[str]] = {
    "en": ["Port Alder", "Millbrook", "Kessington", "Laurel Springs", "Carrow Vale",
           "Fairhaven", "Ashford Creek", "Riverton", "Bellhaven", "Granite Falls", "Harwick",
           "Elmstead", "Cobalt Bay", "Westmere", "Oakridge", "Tamsin Point"],
    "de": ["Lindenau", "Oberfeld", "Bad Kirchheim", "Wesselstadt"],
    "fr": ["Saint-Aubin-sur-Loire", "Montclar", "Villeneuve-les-Prés", "Castelroc"],
    "es": ["Villaverde del Río", "San Martín de la Vega", "Puerto Alcor", "Torrelinde"],
    "it": ["Borgo San Felice", "Castelmare", "Valdorno", "Montefiore Alto"],
    "pt": ["Vila Nova do Sul", "São Bento da Serra", "Porto Claro", "Santa Rita do Vale"],
    "nl": ["Zuiderveen", "Oosterbroek", "Havelaar", "Westerkamp"],
}


def _money(rng: random.Random, lo: float, hi: float, unit: str, sym: str = "$") -> str:
    return f"{sym}{rng.uniform(lo, hi):.1f} {unit}"


def _pct(rng: random.Random, lo: float, hi: float, dec: int = 1, word: str = "%") -> str:
    return f"{rng.uniform(lo, hi):.{dec}f}{word}"


PARTICLES = ("de", "van", "der", "den", "da", "dos", "del")


def _last(name: str) -> str:
    """The surname as a story repeats it: "van Dijk" is "Van Dijk" on its own."""
    words = name.split()
    i = len(words) - 1
    while i > 1 and words[i - 1] in PARTICLES:
        i -= 1
    surname = " ".join(words[i:])
    return surname[0].upper() + surname[1:]


# --- English families ---------------------------------------------------------------

COUNCIL: Pool = {
    "headline": ["{place} council approves {m} budget after late-night vote",
                 "Rates to rise {pct} as {place} adopts new budget",
                 "{place} delays library expansion to balance {m} budget"],
    "dek": ["Councillors split {vote} after five hours of public comment.",
            "The plan trims capital works and adds parks staff."],
    "lead": ["The {council} voted {vote} early on Wednesday to approve a {m} budget that raises "
             "property rates by {pct} and delays a planned library expansion. | The decision "
             "came after nearly five hours of public comment."],
    "body": [
        "Mayor {p1} said the increase was the smallest the council could responsibly adopt. | "
        "\u201cNobody enjoys voting for a rate rise, but the alternative was cutting bin "
        "collections,\u201d {p1l} said.",
        "Councillor {p2} voted against the budget, arguing the city had not done enough to "
        "find savings in its own administration.",
        "About {k}0 residents signed up to speak, many of them parents who urged the council "
        "to keep the library project on schedule.",
        "Under the adopted plan, the library expansion will be pushed back to 2028, saving "
        "roughly {m2} over two years.",
        "The budget also funds {k} new positions in the parks department. | It sets aside "
        "money for a pilot scheme to repair potholes within 48 hours of a report.",
        "City staff said rising construction costs had added about {pct2} to the price of "
        "projects the council had already approved.",
        "{p3}, who has lived on Orchard Road for three decades, told councillors she was "
        "worried about being priced out of her home.",
        "The council will revisit the library timeline in March, when it receives updated "
        "revenue forecasts.",
        "A second vote on fees, covering parking permits and building inspections, is "
        "expected next month.",
        "The finance director, {p4}, warned that the city's reserves would fall below the "
        "recommended level by 2029 without further changes.",
    ],
    "h2": ["What the budget means for residents", "Where the money goes", "A divided chamber"],
    "list_intro": ["The budget includes:", "Among the main changes:"],
    "items": ["A {pct} increase in the general property rate", "{k} new parks and "
              "maintenance jobs", "A two-year delay to the library expansion",
              "Extra funding for street lighting on the east side",
              "A freeze on councillors' allowances"],
    "quote": ["We are asking people to pay more, and we owe them a clear account of every "
              "dollar."],
    "short": ["The meeting ended just after 1 a.m.", "It was not the first time.",
              "The vote was not unanimous."],
    "traps": [
        "Several speakers said they had learned of the hearing late. | \u201cI read about it "
        "in the council's own newsletter, and by then it was almost too late to sign up to "
        "speak,\u201d {p3l} said.",
        "The city also plans to stop printing its quarterly newsletter and move residents to "
        "an email subscription, saving about $60,000 a year.",
        "A photo of the packed council chamber, shared by a local parents' group, went viral "
        "before the meeting had even started.",
        "The council issued a correction on Thursday after an earlier staff report overstated "
        "the size of the reserve fund by $2 million.",
    ],
}

CRIME: Pool = {
    "headline": ["Man charged over string of pharmacy break-ins in {place}",
                 "{place} burglary suspect refused bail",
                 "Police make arrest after {k} pharmacy raids across {place}"],
    "dek": ["Detectives say the break-ins spanned three months.",
            "The accused is due back in court next month."],
    "lead": ["A {age}-year-old man has been charged with aggravated burglary after a series of "
             "break-ins at pharmacies across {place}, police said on Tuesday. | He was arrested "
             "at a house on the town's northern edge on Monday night."],
    "body": [
        "Detective Sergeant {p2} said officers had linked the man to {k} burglaries since "
        "September. | Investigators recovered medication, cash and two laptops.",
        "The accused, {p1}, appeared briefly in the magistrates' court on Wednesday and did "
        "not enter a plea.",
        "Magistrate {p4} refused bail, citing the risk that he would fail to appear.",
        "His lawyer told the court her client had been struggling with addiction and had "
        "no previous convictions.",
        "Pharmacist {p3}, whose shop was broken into twice, said staff had been shaken by the "
        "raids. | \u201cWe had to board up the front window two weekends in a row,\u201d she "
        "said.",
        "Police said the break-ins usually took place between 2 a.m. and 4 a.m., when the "
        "streets were empty.",
        "Officers are still searching for a second person seen in security footage near one "
        "of the shops.",
        "The case returns to court on January 14.",
        "Local retailers have asked the council to fund more street lighting in the shopping "
        "district.",
    ],
    "h2": ["How the arrest unfolded", "A second suspect", "Shopkeepers on edge"],
    "list_intro": ["Police say the man faces:", "The charges include:"],
    "items": ["{k} counts of aggravated burglary", "One count of receiving stolen property",
              "One count of driving while disqualified", "Possession of a prohibited weapon"],
    "quote": ["We want to reassure the community that this was a targeted series of crimes, "
              "not random attacks on homes."],
    "short": ["No one was injured.", "It was not the first time.", "The shop has since reopened."],
    "traps": [
        "Police said a doorbell camera image released last week went viral, drawing more than "
        "300 tips from the public.",
        "The man's lawyer argued that the security footage was protected by copyright law and "
        "could not be shown without the owner's consent, an argument the court rejected.",
        "Detectives also issued a correction to an earlier appeal, saying the car they were "
        "seeking was grey, not silver.",
        "Prosecutors said some of the stolen goods had been listed for sale on a marketplace "
        "app within hours of the raids.",
    ],
}

WILDFIRE: Pool = {
    "headline": ["Evacuations ordered as wildfire nears {place}",
                 "Firefighters battle {fire} as winds pick up near {place}",
                 "{fire} grows to {n} hectares, threatening homes"],
    "dek": ["Crews expect a difficult night as gusts strengthen.",
            "Residents of two suburbs have been told to leave."],
    "lead": ["An out-of-control bushfire burning west of {place} had grown to more than {n} "
             "hectares by Thursday afternoon, forcing hundreds of residents to leave their "
             "homes. | Fire authorities said the {fire} was {pct} contained."],
    "body": [
        "Incident controller {p1} said crews had been working through the night to protect "
        "properties on the town's western fringe.",
        "Wind gusts of up to 70 kilometres an hour were forecast for the evening, with "
        "temperatures expected to reach 39 degrees.",
        "An evacuation centre has opened at the {place} showgrounds. | About {k} people "
        "registered there overnight.",
        "{p2}, a farmer on Ridge Road, said he had moved his cattle to a neighbour's paddock "
        "and was preparing to leave.",
        "\u201cYou could see the glow from the kitchen window at midnight,\u201d {p2l} said.",
        "Water-bombing aircraft were grounded for several hours because of heavy smoke.",
        "Meteorologist {p3} said a cool change was not expected until Saturday.",
        "Several roads, including the highway between {place} and the coast, have been closed.",
        "Authorities said it was too early to say how the fire started.",
        "Power was cut to about 2,000 homes as a precaution.",
    ],
    "h2": ["When the cool change will arrive", "Roads closed", "How to stay safe"],
    "list_intro": ["Residents in the warning area are advised to:", "Authorities urged people to:"],
    "items": ["Leave early if they are not prepared to defend their home",
              "Keep pets and livestock in a safe place", "Carry a battery-powered radio",
              "Check on elderly neighbours"],
    "quote": ["If you are in the warning zone and you have a plan to leave, now is the time to "
              "act on it."],
    "short": ["The fire jumped the river at about 3 p.m.", "It was not the first time.",
              "No homes have been lost so far."],
    "traps": [
        "Officials urged residents to download the county's emergency alert app and to sign up "
        "for text warnings rather than relying on social media.",
        "A photograph of the orange sky over {place}, taken by a high school student, went "
        "viral overnight.",
        "The fire service corrected an earlier evacuation map that had left out two streets, "
        "apologising for the confusion.",
        "\u201cI get the emergency newsletter every morning, but this time the warning came by "
        "text first,\u201d {p2l} said.",
    ],
}

ELECTION: Pool = {
    "headline": ["{p1l} claims victory in tight {place} mayoral race",
                 "{place} election: {p1l} edges ahead as count continues",
                 "Turnout hits {pct2} as {place} picks new mayor"],
    "dek": ["The result may not be certified for a week.",
            "Both campaigns say they are confident of the final count."],
    "lead": ["{p1} declared victory in the {place} mayoral election on Tuesday night, leading "
             "rival {p2} by about {k} votes with most ballots counted. | {p2l} has not "
             "conceded."],
    "body": [
        "With {pct} of ballots counted, {p1l} had 51.3 percent of the vote.",
        "Turnout was {pct2}, the highest for a municipal election in the city in two decades.",
        "{p1l}, a former school principal, campaigned on housing and public transport.",
        "{p2l}, who has served two terms on the city council, focused on crime and property "
        "taxes.",
        "Election officials said about 6,000 mail ballots were still to be processed.",
        "\u201cWe will wait until every vote is counted,\u201d {p2l} told supporters at a "
        "downtown hotel.",
        "The city clerk, {p4}, said the result would be certified next week if no recount "
        "was requested.",
        "Voters also approved a measure to fund road repairs through a half-cent sales tax.",
        "{p3}, a nurse who voted at a community centre on Elm Street, said housing costs had "
        "decided her vote.",
    ],
    "h2": ["What happens next", "The key issues", "A record turnout"],
    "list_intro": ["Other results on the ballot:", "Voters also decided:"],
    "items": ["A half-cent sales tax for road repairs passed", "A school bond measure failed "
              "narrowly", "Two incumbent councillors lost their seats",
              "A charter change on term limits passed"],
    "quote": ["This city voted for change, and I intend to deliver it from the first day."],
    "short": ["The count resumes on Wednesday.", "It was not the first time.",
              "The margin was narrow."],
    "traps": [
        "\u201cI subscribed to three local newsletters just to keep up with the "
        "candidates,\u201d said voter {p3l}.",
        "Filings show the {p1l} campaign spent more on podcast advertising than on "
        "television.",
        "Election officials issued a correction after the results page briefly showed the "
        "wrong totals for two precincts.",
        "A photo of a queue stretching around the library at 7 a.m. went viral on election "
        "day.",
    ],
}

EARNINGS: Pool = {
    "headline": ["{co} shares jump as quarterly revenue beats forecasts",
                 "{co} profit rises {Fg} on subscription growth",
                 "{co} raises full-year outlook after strong quarter"],
    "dek": ["The company lifted its guidance for the year.",
            "Analysts had expected a weaker quarter."],
    "lead": ["{co} reported third-quarter revenue of {Frev} on Thursday, up {Fg} from a year "
             "earlier, beating analysts' expectations. | Its shares rose {Fs} in extended "
             "trading."],
    "body": [
        "Earnings per share were {Feps}, compared with the {Fest} analysts had forecast.",
        "Chief executive {p1} said demand had held up despite higher prices. | \u201cOur "
        "customers are staying with us and spending more,\u201d {p1l} told analysts.",
        "The company now expects full-year revenue of between {Fg1} and {Fg2}.",
        "Operating margin widened to {Fm}, from {Fm0} a year earlier.",
        "Analyst {p2} said the results showed the company's cost cuts were working.",
        "The group cut about 400 jobs earlier this year as part of a restructuring.",
        "It also announced a new share buyback of {Fbb}.",
        "Chief financial officer {p3} said currency movements had reduced revenue slightly.",
        "The company will report fourth-quarter results in February.",
    ],
    "h2": ["Guidance raised", "Costs under control", "What analysts said"],
    "list_intro": ["Highlights from the quarter:", "Key numbers:"],
    "items": ["Revenue of {Frev}, up {Fg}", "Earnings per share of {Feps}",
              "Operating margin of {Fm}", "A new buyback of {Fbb}"],
    "quote": ["We said this would be the year we proved the model works, and the numbers are "
              "starting to show it."],
    "short": ["The stock has doubled this year.", "It was not the first time.",
              "Investors cheered."],
    "traps": [
        "The company's podcast business, bought in 2024, grew revenue by {Fpod}, while paid "
        "subscriptions to its app rose to {k} million.",
        "Advertising revenue fell {Fad} as brands cut spending during the quarter.",
        "\u201cOur newsletter subscribers are the most loyal customers we have,\u201d {p1l} "
        "said on the call.",
        "Last month the company issued a correction to its second-quarter report, restating "
        "subscriber numbers that it had counted twice.",
    ],
}

CENTRAL: Pool = {
    "headline": ["Central bank cuts rates to {Fr1} as inflation cools",
                 "Reserve Bank holds cash rate at {Fr0}, signals cuts ahead",
                 "Rate cut sends currency lower as bank turns dovish"],
    "dek": ["Governor {p1l} said further easing was possible.",
            "Markets had priced in the move."],
    "lead": ["The Reserve Bank lowered its benchmark interest rate by a quarter of a percentage "
             "point to {Fr1} on Tuesday, its first cut in more than a year. | Governor {p1} "
             "said inflation was returning to the target band faster than expected."],
    "body": [
        "Annual inflation slowed to {Finf} in the September quarter, from {Finf0} three months "
        "earlier.",
        "The local currency fell to {Ffx} US cents after the decision.",
        "The yield on ten-year government bonds dropped to {Fy}.",
        "Economist {p2} said the statement left the door open to another move in February. | "
        "\u201cThis is a bank that wants to get ahead of a slowing economy,\u201d she said.",
        "Unemployment has risen to {Fu}, the highest in three years.",
        "Mortgage holders with a typical loan will save about {Fsave} a month if lenders pass "
        "the cut on in full.",
        "Treasurer {p3} welcomed the decision but said the government would not change its "
        "spending plans.",
        "The bank's board next meets on February 17.",
        "Share markets rose after the announcement, led by property and retail stocks.",
    ],
    "h2": ["Mortgage holders to benefit", "Inflation back in the band", "Markets react"],
    "list_intro": ["The bank's new forecasts:", "In its statement the bank said:"],
    "items": ["Inflation of {Finf} by mid-year", "Unemployment peaking at {Fu}",
              "Growth of {Fgdp} next year", "Wages growing faster than prices"],
    "quote": ["The board judges that policy can be a little less restrictive without putting "
              "the inflation target at risk."],
    "short": ["Three of the four big banks followed within hours.", "It was not the first time.",
              "The cut was widely expected."],
    "traps": [
        "The statistics office issued a correction to last month's inflation figure, revising "
        "it up to {Finf0}.",
        "\u201cI cancelled my streaming subscription and my newspaper subscription this year "
        "just to keep up with repayments,\u201d said homeowner {p4}.",
        "Banks' advertising revenue from property listings has fallen sharply, a trend the "
        "governor mentioned in his statement.",
    ],
}

SPORT: Pool = {
    "headline": ["{t1} beat {t2} {score} to reach the final",
                 "Late {p1l} goal sends {t1} through",
                 "{t1} edge {t2} in front of {n} fans"],
    "dek": ["The winner came in stoppage time.", "Coach {p2l} praised his side's patience."],
    "lead": ["{t1} beat {t2} {score} on Saturday to reach their first cup final in 11 years, "
             "with {p1} scoring the winner in stoppage time. | A crowd of {n} saw the match "
             "at {place} Park."],
    "body": [
        "{t2} had taken the lead in the 23rd minute through a header from {p3}.",
        "{t1} equalised just after half-time when a deflected shot wrong-footed the goalkeeper.",
        "\u201cWe kept believing, even when it looked like extra time,\u201d {p1l} said.",
        "Coach {p2} said his side had been patient. | \u201cWe did not panic,\u201d he said.",
        "{t2} finished with ten men after a second yellow card in the 78th minute.",
        "The final will be played on December 20.",
        "{t1} will face the winner of Sunday's second semi-final.",
        "The club has now won nine of its last ten matches in all competitions.",
        "Captain {p4} went off injured in the first half and will have a scan on Monday.",
    ],
    "h2": ["Ten men and a late winner", "The road to the final", "Injury worry"],
    "list_intro": ["How the match turned:", "Key moments:"],
    "items": ["23rd minute: {p3l} heads {t2} in front", "48th minute: a deflected shot levels "
              "the score", "78th minute: a red card for {t2}", "Stoppage time: {p1l} scores "
              "the winner"],
    "quote": ["Eleven years is a long time to wait, and these supporters deserve a day out."],
    "short": ["The stadium erupted.", "It was not the first time.", "Nobody left early."],
    "traps": [
        "Highlights of the winning goal went viral within minutes, with one clip viewed more "
        "than two million times.",
        "Under copyright law, the league owns the match footage, and clips posted by fans are "
        "routinely taken down.",
        "The club's own podcast, which has more than 200,000 subscribers, broke the news of "
        "{p4l}'s injury.",
        "The league issued a correction on Sunday, crediting the equaliser to {p4l} rather "
        "than to an own goal.",
    ],
}

HEALTH: Pool = {
    "headline": ["Daily walk cuts heart risk in older adults, study finds",
                 "{place} researchers link short walks to lower blood pressure",
                 "Study of {n} adults finds benefits from brief exercise"],
    "dek": ["The trial followed participants for two years.",
            "Researchers say the effect was larger than expected."],
    "lead": ["Older adults who walked for 20 minutes a day had a {pct} lower risk of heart "
             "problems over two years, according to a study by researchers in {place}. | The "
             "findings were published on Monday."],
    "body": [
        "The trial followed {n} people aged between 65 and 80.",
        "Lead author {p1} said the benefits appeared within six months. | \u201cYou do not "
        "need a gym membership to see a difference,\u201d {p1l} said.",
        "Participants who walked also reported better sleep and fewer falls.",
        "The study did not find a difference in weight between the two groups.",
        "Cardiologist {p2}, who was not involved in the research, said the results were "
        "encouraging but needed to be repeated.",
        "The researchers plan a larger trial across five regions next year.",
        "About a third of adults over 65 do not meet recommended activity levels.",
        "The work was funded by a national health research grant.",
        "{p3}, 72, who took part in the trial, said the walks had become a habit.",
    ],
    "h2": ["How the study worked", "What doctors say", "Next steps"],
    "list_intro": ["The researchers found that walkers had:", "Among the results:"],
    "items": ["A {pct} lower risk of heart problems", "Lower average blood pressure",
              "Fewer falls", "Better reported sleep"],
    "quote": ["The message is simple: a little movement every day adds up."],
    "short": ["The effect held for men and women.", "It was not the first time.",
              "The results surprised the team."],
    "traps": [
        "Participants logged their walks through a smartphone app built by the team.",
        "The findings were first shared with volunteers in the university's research "
        "newsletter.",
        "The journal later published a correction to one table in the paper, which the "
        "authors said did not change the conclusions.",
        "A photo of a group of trial participants walking in the rain went viral after the "
        "university posted it.",
    ],
}

TRANSPORT: Pool = {
    "headline": ["{line} opening pushed back to {year}",
                 "Cost of {place} rail link rises to {m}",
                 "Commuters face delays as {line} work slips"],
    "dek": ["The government blamed supply problems.", "The opposition called for an inquiry."],
    "lead": ["The opening of the {line} in {place} has been delayed until {year}, and its cost "
             "has risen to {m}, the state government said on Friday. | The line was due to "
             "open next year."],
    "body": [
        "Transport Minister {p1} blamed shortages of steel and skilled workers.",
        "\u201cWe would rather open it late and safe than early and unreliable,\u201d {p1l} "
        "said.",
        "The {k}-kilometre line will link the city centre with the airport and three new "
        "housing estates.",
        "Opposition transport spokesman {p2} said the government had lost control of the "
        "project.",
        "Commuter {p3}, who travels from the northern suburbs, said she had planned to stop "
        "driving when the line opened.",
        "Tunnelling is about 80 percent complete, according to the project's latest update.",
        "Bus services on the route will be increased from February to ease congestion.",
        "The contractor, {co}, said it was working with the government on a revised schedule.",
        "An independent review of the budget is due in April.",
    ],
    "h2": ["Why the project is late", "What commuters can expect", "Rising costs"],
    "list_intro": ["The line will include:", "Project at a glance:"],
    "items": ["{k} kilometres of track", "Seven new stations", "Trains every four minutes at "
              "peak times", "A direct link to the airport"],
    "quote": ["Every month of delay is another month of gridlock on the motorway."],
    "short": ["The minister did not take questions.", "It was not the first time.",
              "Work continues."],
    "traps": [
        "Advertising revenue from station screens is expected to cover about a tenth of the "
        "running costs.",
        "Commuters can track the works on the operator's app, which the agency said had been "
        "downloaded 1.2 million times.",
        "The transport authority published a correction on Friday after its earlier statement "
        "gave the wrong opening date for two stations.",
        "\u201cI subscribed to the project newsletter two years ago, and every issue has "
        "pushed the date back,\u201d {p3l} said.",
    ],
}

CULTURE: Pool = {
    "headline": ["{show} draws record crowds in {place}",
                 "Queues form for {p1l} retrospective at {place} gallery",
                 "{show} extended after selling {n} tickets"],
    "dek": ["The exhibition runs until March.", "Organisers added late-night openings."],
    "lead": ["{show}, a retrospective of the painter {p1}, has drawn more than {n} visitors "
             "in its first month, the {place} Art Gallery said on Wednesday. | It is the "
             "gallery's best-attended exhibition in a decade."],
    "body": [
        "Curator {p2} said the show had attracted many first-time visitors.",
        "\u201cWe are seeing families, students and people who have never been to a gallery "
        "before,\u201d {p2l} said.",
        "The exhibition brings together more than 120 works, some of which have never been "
        "shown in public.",
        "Tickets cost $25, with free entry for children under 16.",
        "The gallery has added late-night openings on Fridays to cope with demand.",
        "{p1l}, who died in 2019, painted mostly coastal landscapes.",
        "Several works have been lent by private collectors overseas.",
        "The show will travel to two other cities next year.",
        "Visitor {p3} said she had queued for an hour and it had been worth it.",
    ],
    "h2": ["Inside the exhibition", "A painter rediscovered", "Opening hours"],
    "list_intro": ["Highlights include:", "Visitors can see:"],
    "items": ["A series of storm paintings from the 1980s", "Early sketchbooks never shown "
              "before", "A reconstruction of the artist's studio", "Letters to her sister"],
    "quote": ["She painted the same bay for forty years, and she never painted it the same way "
              "twice."],
    "short": ["Some visitors come back twice.", "It was not the first time.",
              "The gift shop has sold out of posters."],
    "traps": [
        "Under copyright law, the artist's estate controls reproductions of the paintings, so "
        "visitors are not allowed to photograph them.",
        "A photo of the queue outside the gallery went viral on Instagram last weekend.",
        "The gallery's podcast series, launched alongside the show, has been downloaded "
        "80,000 times.",
        "\u201cI only found out about it through the gallery's newsletter,\u201d {p3l} said.",
    ],
}

EN_FAMILIES: dict[str, Pool] = {
    "council": COUNCIL, "crime": CRIME, "wildfire": WILDFIRE, "election": ELECTION,
    "earnings": EARNINGS, "central": CENTRAL, "sport": SPORT, "health": HEALTH,
    "transport": TRANSPORT, "culture": CULTURE,
}
FINANCE = ("earnings", "central")

# --- Other languages ----------------------------------------------------------------

DE: Pool = {
    "headline": ["{place}: Stadtrat beschließt Sanierung des Hallenbads",
                 "Hallenbad in {place} wird für {m} saniert"],
    "dek": ["Die Entscheidung fiel nach langer Debatte."],
    "lead": ["Der Stadtrat von {place} hat am Dienstagabend die Sanierung des Hallenbads "
             "beschlossen. | Die Kosten werden auf {m} geschätzt."],
    "body": [
        "Oberbürgermeisterin {p1} sprach von einer Investition in die Zukunft der Stadt.",
        "„Ein Bad ist kein Luxus, sondern Daseinsvorsorge“, sagte {p1l}.",
        "Die Fraktion der Freien Wähler stimmte geschlossen dagegen.",
        "Stadtrat {p2} kritisierte, die Finanzierung sei nicht gesichert.",
        "Das Bad ist seit dem Frühjahr wegen Schäden am Dach geschlossen.",
        "Schwimmvereine und Schulen müssen bis zur Wiedereröffnung auf Nachbarorte ausweichen.",
        "Die Arbeiten sollen im Herbst beginnen und rund zwei Jahre dauern.",
        "Nach Angaben der Verwaltung kommen {k} Prozent der Mittel aus einem Förderprogramm "
        "des Landes.",
        "Anwohnerin {p3} sagte, ihre Kinder hätten seit Monaten keinen Schwimmunterricht.",
    ],
    "h2": ["Wie es jetzt weitergeht", "Streit um die Finanzierung"],
    "list_intro": ["Geplant sind unter anderem:"],
    "items": ["Ein neues Dach mit Solaranlage", "Ein barrierefreier Eingang",
              "Ein zusätzliches Lehrschwimmbecken"],
    "quote": ["Wir können es uns nicht leisten, eine Generation von Nichtschwimmern "
              "großzuziehen."],
    "short": ["Die Abstimmung dauerte keine fünf Minuten.", "Es war nicht das erste Mal."],
    "traps": [
        "„Ich habe von der Sitzung erst aus dem Newsletter der Stadt erfahren“, sagte {p3l}.",
        "Ein Foto des gesperrten Beckens war im Sommer in sozialen Netzwerken viral gegangen.",
        "Die Stadt veröffentlichte am Mittwoch eine Korrektur, weil in der ersten Mitteilung "
        "eine falsche Summe genannt worden war.",
        "Die Werbeeinnahmen aus der Bandenwerbung im Bad sollen künftig in den Unterhalt "
        "fließen.",
    ],
}

FR: Pool = {
    "headline": ["{place} : le conseil municipal vote la rénovation de la médiathèque",
                 "À {place}, la médiathèque fermera deux ans pour travaux"],
    "dek": ["Le projet est estimé à {m}."],
    "lead": ["Le conseil municipal de {place} a voté lundi soir la rénovation complète de la "
             "médiathèque. | Le chantier est estimé à {m}."],
    "body": [
        "Le maire, {p1}, a défendu un projet « attendu depuis quinze ans ».",
        "L'opposition a voté contre, jugeant le budget mal maîtrisé.",
        "« On nous demande de signer un chèque en blanc », a déclaré la conseillère {p2}.",
        "Les travaux doivent commencer au printemps et durer environ deux ans.",
        "Pendant la fermeture, un point de prêt provisoire sera installé dans l'ancienne école "
        "du centre-ville.",
        "La région financera environ {k} % du projet.",
        "La médiathèque accueille près de 900 lecteurs par semaine.",
        "{p3}, une habituée, regrette de devoir attendre si longtemps.",
        "Le projet prévoit aussi un espace numérique et une salle pour les associations.",
    ],
    "h2": ["Un chantier de deux ans", "L'opposition dénonce un budget flou"],
    "list_intro": ["Le projet comprend notamment :"],
    "items": ["Une nouvelle salle de lecture", "Un espace jeunesse agrandi",
              "Une toiture végétalisée"],
    "quote": ["Une ville sans bibliothèque digne de ce nom est une ville qui renonce."],
    "short": ["Le vote a été acquis à une voix près.", "Ce n'était pas la première fois."],
    "traps": [
        "« J'ai appris la tenue du conseil grâce à la newsletter de la mairie », raconte {p3l}.",
        "Une photo du plafond effondré de la salle de lecture était devenue virale l'an "
        "dernier.",
        "La mairie a publié mardi un rectificatif, le premier communiqué indiquant un montant "
        "erroné.",
        "Le droit d'auteur empêche la numérisation d'une partie du fonds ancien, a rappelé "
        "la directrice.",
    ],
}

ES: Pool = {
    "headline": ["{place} aprueba la reforma del mercado municipal",
                 "El mercado de {place} cerrará un año por obras"],
    "dek": ["La inversión asciende a {m}."],
    "lead": ["El pleno del Ayuntamiento de {place} aprobó el jueves la reforma integral del "
             "mercado municipal. | La inversión asciende a {m}."],
    "body": [
        "La alcaldesa, {p1}, aseguró que el proyecto «devolverá la vida al centro».",
        "Los grupos de la oposición se abstuvieron en la votación.",
        "El concejal {p2} reprochó al gobierno local la falta de diálogo con los comerciantes.",
        "Las obras comenzarán en marzo y durarán unos doce meses.",
        "Durante ese tiempo, los puestos se trasladarán a una carpa en la plaza de la "
        "Constitución.",
        "Según el ayuntamiento, el {k} % de la financiación procede de fondos europeos.",
        "El mercado cuenta con 34 puestos, la mayoría de fruta, pescado y carne.",
        "{p3}, que regenta una frutería desde hace veinte años, teme perder clientes.",
        "El proyecto incluye placas solares y un aparcamiento para bicicletas.",
    ],
    "h2": ["Un año de obras", "Las quejas de los comerciantes"],
    "list_intro": ["El proyecto incluye:"],
    "items": ["Una nueva cubierta con placas solares", "Un espacio de restauración",
              "Accesos adaptados"],
    "quote": ["Un mercado vivo es la mejor defensa del comercio de barrio."],
    "short": ["La votación duró apenas unos minutos.", "No era la primera vez."],
    "traps": [
        "«Me enteré por el boletín del ayuntamiento, al que estoy suscrita», explicó {p3l}.",
        "Una foto del tejado con goteras se hizo viral en las redes sociales el pasado "
        "invierno.",
        "El ayuntamiento publicó una corrección el viernes porque la primera nota de prensa "
        "daba una fecha equivocada.",
        "Los ingresos por publicidad de las pantallas del mercado se destinarán al "
        "mantenimiento.",
    ],
}

IT: Pool = {
    "headline": ["{place}, via libera al nuovo piano per il centro storico",
                 "Centro storico di {place}: approvato il piano da {m}"],
    "dek": ["Il consiglio comunale ha votato a maggioranza."],
    "lead": ["Il consiglio comunale di {place} ha approvato martedì sera il piano di "
             "riqualificazione del centro storico. | L'investimento previsto è di {m}."],
    "body": [
        "Il sindaco {p1} ha parlato di «una giornata importante per la città».",
        "L'opposizione ha votato contro, chiedendo più tempo per esaminare il progetto.",
        "Secondo il consigliere {p2}, i costi sono stati sottostimati.",
        "I lavori partiranno in primavera e riguarderanno strade, piazze e illuminazione.",
        "Il {k} per cento dei fondi arriva dal piano nazionale di ripresa.",
        "I commercianti di via Garibaldi temono mesi difficili durante i cantieri.",
        "{p3}, titolare di un bar sulla piazza, chiede indennizzi per le attività.",
        "Il piano prevede anche nuove aree pedonali e parcheggi per biciclette.",
        "La prima fase dovrebbe concludersi entro l'estate del 2027.",
    ],
    "h2": ["Cosa cambia per i residenti", "Le critiche dell'opposizione"],
    "list_intro": ["Il piano prevede:"],
    "items": ["Nuova pavimentazione in pietra", "Illuminazione a basso consumo",
              "Due nuove aree pedonali"],
    "quote": ["Il centro storico non può essere solo una cartolina per i turisti."],
    "short": ["La seduta è durata quattro ore.", "Non era la prima volta."],
    "traps": [
        "«Ho saputo della seduta dalla newsletter del Comune», ha raccontato {p3l}.",
        "Una foto della piazza allagata era diventata virale sui social lo scorso autunno.",
        "Il Comune ha diffuso mercoledì una rettifica, perché il primo comunicato indicava "
        "una cifra sbagliata.",
        "I ricavi pubblicitari dei nuovi pannelli informativi finanzieranno la manutenzione.",
    ],
}

PT: Pool = {
    "headline": ["{place} aprova nova linha de ônibus elétricos",
                 "Câmara de {place} aprova investimento de {m} em transporte"],
    "dek": ["A primeira linha deve começar a operar no segundo semestre."],
    "lead": ["A Câmara Municipal de {place} aprovou na quarta-feira a criação de uma linha de "
             "ônibus elétricos. | O investimento previsto é de {m}."],
    "body": [
        "O prefeito, {p1}, disse que o projeto vai reduzir o tempo de viagem pela metade.",
        "A oposição votou contra e pediu mais estudos sobre o custo da operação.",
        "Para a vereadora {p2}, a tarifa deveria ser congelada por dois anos.",
        "A linha terá 14 quilômetros e ligará o centro aos bairros da zona norte.",
        "Segundo a prefeitura, {k}% dos recursos virão de um financiamento federal.",
        "Os primeiros ônibus devem chegar em julho.",
        "{p3}, que trabalha no centro, gasta hoje quase duas horas por dia no trânsito.",
        "O projeto inclui também novos abrigos nos pontos de parada.",
    ],
    "h2": ["Quando a linha começa a funcionar", "As críticas da oposição"],
    "list_intro": ["O projeto prevê:"],
    "items": ["Vinte ônibus elétricos", "Faixas exclusivas em toda a extensão",
              "Pontos de recarga na garagem municipal"],
    "quote": ["Quem mora longe do centro não pode continuar perdendo a vida no trânsito."],
    "short": ["A votação foi rápida.", "Não foi a primeira vez."],
    "traps": [
        "“Fiquei sabendo pela newsletter da prefeitura”, contou {p3l}.",
        "Uma foto de um ônibus lotado na avenida principal viralizou nas redes sociais no mês "
        "passado.",
        "A prefeitura publicou uma correção na quinta-feira, porque o primeiro comunicado "
        "trazia o valor errado.",
        "As receitas de publicidade nos abrigos vão ajudar a pagar a manutenção.",
    ],
}

NL: Pool = {
    "headline": ["{place} krijgt nieuwe fietsbrug over het kanaal",
                 "Gemeenteraad {place} stemt in met fietsbrug van {m}"],
    "dek": ["De brug moet in 2028 open."],
    "lead": ["De gemeenteraad van {place} heeft dinsdagavond ingestemd met de bouw van een "
             "nieuwe fietsbrug over het kanaal. | De kosten worden geraamd op {m}."],
    "body": [
        "Wethouder {p1} spreekt van een belangrijke stap voor de bereikbaarheid van de stad.",
        "De oppositie vindt het ontwerp te duur.",
        "Raadslid {p2} wilde eerst een onderzoek naar goedkopere alternatieven.",
        "De bouw begint volgend jaar en duurt ongeveer achttien maanden.",
        "Volgens de gemeente komt {k} procent van het geld uit een provinciale subsidie.",
        "Dagelijks steken nu zo'n 6000 fietsers het kanaal over via de drukke verkeersbrug.",
        "{p3}, die elke dag naar haar werk fietst, is blij met het besluit.",
        "De brug krijgt ook een apart voetpad.",
    ],
    "h2": ["Wanneer de brug klaar is", "Kritiek op de kosten"],
    "list_intro": ["Het plan omvat:"],
    "items": ["Een brug van 120 meter", "Een apart voetpad", "Verlichting op zonne-energie"],
    "quote": ["Wie de fiets serieus neemt, moet er ook ruimte voor maken."],
    "short": ["Het debat duurde tot middernacht.", "Het was niet de eerste keer."],
    "traps": [
        "„Ik las het in de nieuwsbrief van de gemeente”, zegt {p3l}.",
        "Een foto van de file fietsers op de oude brug ging vorig jaar viraal.",
        "De gemeente stuurde woensdag een correctie, omdat in het eerste bericht een verkeerd "
        "bedrag stond.",
        "De reclame-inkomsten van de borden langs de brug gaan naar het onderhoud.",
    ],
}

FOREIGN: dict[str, Pool] = {"de": DE, "fr": FR, "es": ES, "it": IT, "pt": PT, "nl": NL}

CURRENCY = {"de": ("", " Millionen Euro"), "fr": ("", " millions d'euros"),
            "es": ("", " millones de euros"), "it": ("", " milioni di euro"),
            "pt": ("R$ ", " milhões"), "nl": ("", " miljoen euro")}


def _values(rng: random.Random, lang: str, family: str) -> dict[str, str]:
    people = rng.sample(PEOPLE[lang], 4)
    place = rng.choice(PLACES[lang])
    v: dict[str, str] = {"place": place}
    for i, name in enumerate(people, 1):
        v[f"p{i}"] = name
        v[f"p{i}l"] = _last(name)
    v["k"] = str(rng.randint(12, 60))
    v["n"] = f"{rng.randint(11, 95) * 1000 + rng.randint(1, 9) * 100:,}"
    if lang != "en":
        pre, post = CURRENCY[lang]
        amount = f"{rng.uniform(3, 40):.1f}"
        if lang in ("de", "fr", "es", "it", "pt", "nl"):
            amount = amount.replace(".", ",")
        v["m"] = f"{pre}{amount}{post}"
        return v
    v["m"] = _money(rng, 20, 400, "million")
    v["m2"] = _money(rng, 2, 9, "million")
    v["pct"] = _pct(rng, 2, 9, 1, " percent")
    v["pct2"] = _pct(rng, 40, 68, 0, " percent")
    v["vote"] = rng.choice(("7-2", "6-3", "5-4", "8-1"))
    v["council"] = rng.choice((f"{place} City Council", f"{place} Shire Council",
                               f"{place} Borough Council", f"{place} County Board"))
    v["age"] = str(rng.randint(19, 58))
    v["fire"] = rng.choice(("Ridgeline Fire", "Copper Creek fire", "Bald Hill blaze",
                            "Sandy Gully fire"))
    v["co"] = rng.choice(("Northwave Media", "Lumen Interactive", "Kestrel Digital",
                          "Orbis Networks", "Halcyon Streaming", "Brightwater Group"))
    v["t1"], v["t2"] = rng.sample(("Harbour City", "Millbrook Rovers", "Eastern Suburbs",
                                   "Riverton United", "Westmere Wanderers", "Cobalt Bay FC"), 2)
    v["score"] = rng.choice(("2-1", "3-2", "1-0"))
    v["line"] = rng.choice(("Metro North line", "Airport Link", "Crosstown light rail",
                            "Western rail loop"))
    v["year"] = str(rng.randint(2028, 2031))
    v["show"] = rng.choice(("Tides and Light", "The Salt Years", "A Coast Remembered",
                            "Weather Diaries"))
    if family in FINANCE:
        r0 = rng.choice((4.35, 4.1, 3.85, 5.25))
        v.update({
            "Frev": f"${rng.uniform(1.2, 9.8):.2f} billion", "Fg": _pct(rng, 6, 24),
            "Fs": _pct(rng, 3, 15), "Feps": f"${rng.uniform(0.5, 3.5):.2f}",
            "Fest": f"${rng.uniform(0.3, 0.49):.2f}",
            "Fg1": f"${rng.uniform(10, 14):.1f} billion",
            "Fg2": f"${rng.uniform(14.1, 18):.1f} billion", "Fm": _pct(rng, 16, 29),
            "Fbb": f"${rng.randint(2, 9) * 100} million", "Fm0": _pct(rng, 10, 15.9),
            "Fsave": f"${rng.randint(60, 140)}", "Fpod": _pct(rng, 25, 60),
            "Fad": _pct(rng, 4, 19), "Fr0": f"{r0:.2f}%", "Fr1": f"{r0 - 0.25:.2f}%",
            "Finf": _pct(rng, 2.1, 3.0), "Finf0": _pct(rng, 3.1, 3.9),
            "Ffx": f"{rng.uniform(61, 69):.2f}", "Fy": _pct(rng, 3.6, 4.6, 2),
            "Fu": _pct(rng, 4.1, 5.2), "Fgdp": _pct(rng, 1.1, 2.4),
        })
    return v


def _fill(text: str, v: dict[str, str]) -> str:
    return text.format(**v)


def _para(template: str, v: dict[str, str], figs: list[str], trap: bool = False) -> Block:
    sentences = tuple(_fill(s.strip(), v) for s in template.split(" | "))
    found = tuple(f for f in figs if any(f in s for s in sentences))
    return Block("p", sentences, (sentences[-1],) if trap else (), found)


def make_story(rng: random.Random, story_id: str, lang: str, family: str) -> Story:
    """Write one story of ``family`` in ``lang`` ("en" families or a foreign language)."""
    pool = EN_FAMILIES[family] if lang == "en" else FOREIGN[lang]
    v = _values(rng, lang, family)
    figs = [val for key, val in v.items() if key.startswith("F")]
    headline = _fill(rng.choice(pool["headline"]), v)
    dek = _fill(rng.choice(pool["dek"]), v)
    blocks: list[Block] = [_para(rng.choice(pool["lead"]), v, figs)]
    body = list(pool["body"])
    rng.shuffle(body)
    mid = [_para(t, v, figs) for t in body[:rng.randint(6, 8)]]
    traps = list(pool["traps"])
    rng.shuffle(traps)
    for t in traps[:rng.randint(2, 3)]:
        mid.insert(rng.randint(1, len(mid)), _para(t, v, figs, trap=True))
    # The sub-heading, the list and the pull quote sit in the second half of the story.
    h2 = _fill(rng.choice(pool["h2"]), v)
    at = rng.randint(len(mid) // 2, len(mid) - 1)
    mid.insert(at, Block("h2", (h2,), (h2,)))
    if rng.random() < 0.75:
        quote = _fill(rng.choice(pool["quote"]), v)
        mid.insert(rng.randint(2, len(mid) - 1), Block("quote", (quote,), (quote,)))
    if rng.random() < 0.8:
        short = _fill(rng.choice(pool["short"]), v)
        mid.insert(rng.randint(2, len(mid)), Block("p", (short,), (short,)))
    # The list comes last so that nothing is put between it and its introduction.
    items = list(pool["items"])
    rng.shuffle(items)
    chosen = tuple(_fill(i, v) for i in items[:rng.randint(3, 4)])
    intro = _para(rng.choice(pool["list_intro"]), v, figs)
    ul = Block("ul", chosen, chosen, tuple(f for f in figs if any(f in i for i in chosen)))
    at = rng.randint(2, len(mid))
    mid[at:at] = [intro, ul]
    blocks.extend(mid)
    people = tuple(v[f"p{i}"] for i in range(1, 5))
    return Story(story_id, lang, family, headline, dek, people, v["place"], tuple(blocks),
                 family in FINANCE and lang == "en")
