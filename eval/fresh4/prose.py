"""Stories for the fresh4 set: wire copy in twelve English families and eight languages.

English stories are assembled from per-family sentence pools with slots (people, places,
companies, figures) filled from a seeded generator, so that two stories of one family read
differently. Each story carries content traps: sentences that name a noise family (a
newsletter, a subscription business, an app launch, a photo, Reuters, advertising) but are
story text, plus sub-headings, lists, block quotes, one-sentence paragraphs and, for the
finance families, figures in the text and in the story's own data table. The foreign
stories are written out in full, one per language.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "September",
          "October", "November")
FIRST = ("Adaeze", "Marcus", "Ingrid", "Tomasz", "Priya", "Desmond", "Lucia", "Oren",
         "Hollis", "Marisol", "Keiko", "Bram", "Yusuf", "Delphine", "Rhiannon", "Teodor",
         "Annika", "Caspian", "Noor", "Everett", "Simone", "Wendell", "Paloma", "Ansel",
         "Bethany", "Rafferty", "Imogen", "Kwame", "Lorena", "Fitzgerald")
LAST = ("Okonkwo", "Vanterpool", "Haugland", "Wieczorek", "Raghunathan", "Mbeki-Lyle",
        "Castellanos", "Brightwater", "Quill", "Ferreira-Dunn", "Tanabe", "Hollenbeck",
        "Demir", "Marchetti", "Pryce", "Albescu", "Lindqvist", "Oyelaran", "Sadeghi",
        "Thornbury", "Achterberg", "Galloway", "Nakashima", "Redfern", "Iwu", "Stavros",
        "Calloway", "Esquivel", "Harrowgate", "Montclair")
PLACES = ("Millbrook", "Port Allard", "Eastwick", "Cedar Hollow", "Lake Verity",
          "North Fenwick", "Ashgrove", "Bellhaven", "Stony Ford", "Marlow Heights",
          "Ridgeport", "Carrow Bay", "Dunmore Falls", "Kestrel Point", "Oakhurst")
COMPANIES = ("Halvorsen Foods", "Brightline Telecom", "Corvane Logistics", "Meridel Pharma",
             "Quarry Lane Capital", "Tessaract Systems", "Northwind Outfitters",
             "Palisade Energy", "Vellum Media", "Granary Bank", "Orrin Motors",
             "Lumen & Grist")
TEAMS = ("Millbrook Foxes", "Port Allard Mariners", "Eastwick Rovers", "Cedar Hollow Hawks",
         "Bellhaven City", "Ridgeport Athletic", "Carrow Bay Pilots", "Oakhurst United")


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a story: ``p``, ``h2``, ``ul``, ``ol``, ``quote`` or ``table``.

    ``sentences`` are the content strings of the block (for a table: its row labels);
    ``traps`` those of them that are traps; ``figures`` finance figures it contains;
    ``rows`` a table's rows (label, then values) and ``head`` its column heads.
    """

    kind: str
    sentences: tuple[str, ...]
    traps: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    head: tuple[str, ...] = ()


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
    finance: bool
    text: str = field(default="")


# --------------------------------------------------------------------------- families
# Each family: headlines, deks, leads, body sentences, quotes, sub-headings, list
# (intro, items), block-quote statements, the trap keys that fit it.
FAMILIES: dict[str, dict[str, tuple[str, ...]]] = {
    "politics": {
        "headlines": (
            "{place} council backs {n1}-year housing plan after marathon session",
            "Governor's budget faces revolt from {place} lawmakers",
            "Election board in {place} orders recount in tight mayoral race",
        ),
        "deks": ("The vote came after more than six hours of public testimony.",
                 "Opponents say the plan moves too fast; supporters say it is overdue.",
                 "Both campaigns say they are confident."),
        "leads": (
            "The {place} city council voted early on {day} to approve a plan that would "
            "allow taller apartment buildings near the rail line, ending months of debate.",
            "A group of {place} lawmakers said on {day} they would not support the state "
            "budget unless it restores funding for rural clinics.",
            "Election officials in {place} ordered a hand recount on {day} after the "
            "mayoral race was decided by {n2} votes out of more than 40,000 cast.",
        ),
        "body": (
            "The measure now goes to the planning commission, which must hold two more "
            "hearings before it takes effect.",
            "Council member {p2} cast the deciding vote after an amendment capped building "
            "heights at eight storeys.",
            "Residents packed the chamber and an overflow room, and dozens more waited "
            "outside in the cold.",
            "The budget proposal includes a {n1}% increase in school funding but cuts money "
            "for road repairs by nearly a fifth.",
            "{p1} has served on the council since 2017 and is expected to run for mayor.",
            "State law requires a recount when the margin is under half a percentage point.",
            "Both campaigns said they would send observers to the county warehouse where "
            "ballots are stored.",
            "The last recount in the county, in 2014, changed the result of a school board "
            "race by three votes.",
            "Critics of the plan said it would push up land prices without guaranteeing "
            "affordable units.",
            "The city estimates the plan could add about {n2} homes over the next decade.",
            "A similar proposal failed in 2021 after neighbourhood groups collected "
            "thousands of signatures against it.",
            "The finance committee will take up the budget again next week.",
            "Turnout in the race was the highest for a municipal election since 1996.",
            "Lawmakers from both parties have until the end of the month to reach a deal.",
        ),
        "quotes": (
            '"This is not the end of the conversation, it is the start of it," {p1} said '
            "after the vote.",
            '"We were elected to make hard choices, and this is one of them," said {p2}.',
            '"I have knocked on doors in every ward, and people want homes they can afford," '
            "{s1} told reporters.",
            '"Every ballot will be counted again, by hand, in public," the county clerk, '
            "{p3}, said.",
        ),
        "heads": ("What the plan changes", "What happens next", "A divided chamber",
                  "How the recount works"),
        "list": ("The plan would:", "Allow buildings of up to eight storeys within a "
                 "half-mile of stations", "Cut parking requirements for new flats",
                 "Set aside 15% of new units for lower-income households",
                 "Create a fund for small landlords to repair older buildings"),
        "statements": (
            '"The commission will weigh every objection on its merits and publish its '
            'reasons in full before any permit is issued."',),
        "traps": (
            '"Public comment on the plan closes at the end of {month}, and we will read '
                'every one," {p2} said.',
            'The share of renters in the district has doubled since 2010.',
            '"I read about the amendment in a newsletter from my neighbourhood association, '
                'not from the city," said {p3}, a retired teacher.',
            'The motion passed 6-3.',
        ),
    },
    "courts": {
        "headlines": (
            "Jury finds former {place} contractor guilty of fraud",
            "Judge blocks {place} ordinance on short-term rentals",
            "Appeals court revives lawsuit over {place} bridge collapse",
        ),
        "deks": ("Sentencing is set for the spring.",
                 "The ruling is a setback for city officials who had defended the rules.",
                 "Families say they have waited years for answers."),
        "leads": (
            "A federal jury in {place} on {day} convicted a former building contractor of "
            "defrauding the city of more than $3 million in inflated invoices.",
            "A judge on {day} temporarily blocked a {place} ordinance that would have "
            "banned most short-term rentals, saying the city had not shown it was needed.",
            "An appeals court on {day} reinstated a lawsuit brought by families of workers "
            "injured when a footbridge in {place} collapsed in 2023.",
        ),
        "body": (
            "The jury deliberated for about {n1} hours over two days before returning its "
            "verdict.",
            "Prosecutors said {p1} billed the city for materials that were never delivered.",
            "Defence lawyers argued that the invoices were the result of sloppy bookkeeping, "
            "not a scheme.",
            "Judge {p2} wrote that the city had offered little evidence that rentals were "
            "driving up rents.",
            "The ordinance was due to take effect on the first of the month.",
            "A lower court had dismissed the case, finding that the state was immune from "
            "such claims.",
            "The three-judge panel disagreed, ruling that the immunity did not extend to "
            "private engineering firms.",
            "The case will now return to the trial court for discovery.",
            "The city attorney's office said it was reviewing the decision and had not "
            "decided whether to appeal.",
            "Each count carries a maximum sentence of 20 years in prison.",
            "Several witnesses testified that they had been pressured to sign off on the "
            "invoices.",
            "More than {n2} property owners had registered as hosts before the ban was "
            "announced.",
            "The engineering firm has denied any wrongdoing.",
        ),
        "quotes": (
            '"The evidence was overwhelming, and the jury saw it," the lead prosecutor, '
            "{p3}, said outside the courthouse.",
            '"We respect the verdict but disagree with it, and we will appeal," said {p2}, '
            "a lawyer for the defendant.",
            '"My brother went to work and never came home. We just want answers," {p1} '
            "said.",
            '"This is a narrow ruling on a procedural question," {s2} said.',
        ),
        "heads": ("The case against him", "What the court said", "Next steps"),
        "list": (),
        "statements": (
            '"The court does not decide today whether the ordinance is wise. It decides '
            'only that the city must make its case before a trial, and it has not yet done '
            'so."',
            '"The public is entitled to know who designed this structure, who inspected it '
            'and who signed off on it."',
        ),
        "traps": (
            'Photographs entered into evidence showed that the railing had been missing for weeks.',
            'He denies the charges.',
            'The lawsuit was first reported by Reuters, which obtained a copy of the complaint.',
            '"Sign up for anything online and your data ends up in a case like this one," '
                '{s2} said.',
        ),
    },
    "markets": {
        "headlines": (
            "Stocks {dir} as bond yields climb; oil slips",
            "Wall Street ends week {dirw} after jobs data",
            "Global shares {dir} as investors weigh central bank signals",
            "Markets end {dirw} as traders brace for inflation data",
        ),
        "deks": ("The dollar held near a two-month high.",
                 "Traders trimmed bets on a rate cut before the summer."),
        "leads": (
            "U.S. stocks {dirp} on {day}, with the S&P 500 closing at {spx}, a move of "
            "{spx_pct}, as investors weighed fresh economic data.",
            "Wall Street {dirp} on {day}, and the S&P 500 finished at {spx}, a change of "
            "{spx_pct} on the session.",
        ),
        "body": (
            "The Dow Jones Industrial Average ended at {dow}, while the Nasdaq Composite "
            "closed at {ndx}.",
            "The yield on the 10-year Treasury note rose to {ust}, its highest level since "
            "early {month}.",
            "Brent crude futures settled at {brent} a barrel, and gold traded at {gold} an "
            "ounce.",
            "The dollar index, which tracks the currency against six peers, was at {dxy}.",
            "Shares of {company} jumped {co_pct} after the company raised its full-year "
            "forecast.",
            "Bank stocks lagged after two regional lenders reported higher loan losses.",
            "Trading volume was lighter than average, with about 11 billion shares changing "
            "hands on U.S. exchanges.",
            "In Europe, the STOXX 600 index closed at {stoxx}.",
            "Investors are waiting for next week's inflation report for clues about the "
            "path of interest rates.",
            "Futures markets imply roughly two quarter-point cuts by the end of the year.",
            "Energy shares were the weakest of the 11 sectors in the index.",
            "Bitcoin traded at {btc}, little changed from a day earlier.",
        ),
        "quotes": (
            '"The market is trying to price a soft landing and a sticky inflation story at '
            'the same time," said {p1}, chief investment officer at {company}.',
            '"Nobody wants to be short going into the weekend," said {p2}, a strategist.',
            '"Earnings have held up better than anyone expected," {s1} said.',
        ),
        "heads": ("Bonds and currencies", "Earnings watch"),
        "list": (),
        "statements": (),
        "traps": (
            'Shares of Vellum Media fell after the publisher said its digital subscription '
                'business had stalled at 2.1 million paying readers.',
            'The moves were reported by Reuters, citing data from three exchanges.',
            'Markets were mixed.',
        ),
    },
    "business": {
        "headlines": (
            "{company} to cut {n2} jobs as sales slow",
            "{company} agrees to buy rival in $1.8 billion deal",
            "{company} profit beats forecasts on strong demand",
        ),
        "deks": ("The company said the cuts would mostly affect head-office roles.",
                 "Shares rose in after-hours trading.", "Analysts had expected a smaller gain."),
        "leads": (
            "{company} said on {day} it would cut about {n2} jobs, or {co_pct} of its "
            "workforce, as it tries to reduce costs after two quarters of falling sales.",
            "{company} agreed on {day} to buy a smaller competitor for about $1.8 billion in "
            "cash, the latest in a wave of deals in the sector.",
            "{company} reported quarterly revenue of {rev} on {day}, ahead of analysts' "
            "expectations.",
        ),
        "body": (
            "Net income for the quarter was {ni}, compared with a loss a year earlier.",
            "Shares of the company closed at {price} before the announcement.",
            "The company expects the changes to save about {save} a year by 2028.",
            "Chief executive {p1} said the company would keep investing in its factories.",
            "Analysts had expected revenue of about {rev_est}, according to data compiled "
            "by LSEG.",
            "The deal is subject to regulatory approval and is expected to close early next "
            "year.",
            "The company also raised its dividend to {div} a share.",
            "The cuts come on top of about 400 positions eliminated last spring.",
            "Unions representing warehouse staff said they had not been consulted.",
            "Gross margin improved to {margin} from 31.2% a year ago.",
            "The company has more than 40 stores in {place} and the surrounding region.",
            "Both boards have approved the transaction.",
        ),
        "quotes": (
            '"These are difficult decisions that affect people we have worked with for '
            'years," {p1} said in a statement.',
            '"The numbers are cleaner than the last three quarters, and that matters," said '
            "{p2}, an analyst at Quarry Lane Capital.",
            '"We see the combined company as a stronger buyer of raw materials," {s1} told '
            "analysts on a call.",
        ),
        "heads": ("Inside the results", "What analysts say"),
        "list": (),
        "statements": (),
        "traps": (
            '{company} said its subscription business now has 1.2 million paying members, up '
                'from 900,000 a year earlier.',
            'Advertising revenue fell 6% in the quarter, the company said.',
            'The talks were first reported by Reuters on {day}, citing three people familiar '
                'with the matter.',
            '{company} will launch a shopping app for loyalty members in the autumn.',
        ),
    },
    "sport": {
        "headlines": (
            "{team1} stun {team2} with late winner",
            "{team1} clinch title on final day",
            "{p1} leads {team1} past {team2} in overtime thriller",
        ),
        "deks": ("The result lifts them into the playoff places.",
                 "It is their first championship in 27 years.", "It was their fifth straight win."),
        "leads": (
            "The {team1} scored twice in the last five minutes to beat the {team2} 3-2 on "
            "{day} night in front of a sellout crowd.",
            "The {team1} won their first league title since 1999 on {day}, beating the "
            "{team2} 2-0 on the final day of the season.",
            "{p1} scored 31 points as the {team1} beat the {team2} 112-108 in overtime on "
            "{day}.",
        ),
        "body": (
            "{p2} equalised with a header from a corner in the 86th minute.",
            "The winner came in stoppage time, when {s1} curled a shot into the top corner.",
            "The visitors had led for most of the second half after a penalty.",
            "Attendance was announced at {n2}0, a record for the stadium.",
            "The {team2} have now lost four of their last five games.",
            "The {team1} host the {team2} again in the cup in three weeks.",
            "Coach {p3} made three changes at half-time.",
            "The title race had come down to goal difference going into the last round.",
            "Fans stayed on the field for more than an hour after the final whistle.",
            "It was the club's 14th win in a row at home.",
            "Injuries had left the squad without three regular starters.",
            "The game was delayed for 20 minutes by a thunderstorm.",
        ),
        "quotes": (
            '"I just closed my eyes and hit it," {s1} said.',
            '"We deserved that, we never stopped running," said {p3}.',
            '"It hurts, but there is a lot of season left," the {team2} captain said.',
        ),
        "heads": ("Turning point", "Title race"),
        "list": (),
        "statements": (),
        "traps": (
            'The league plans to launch a ticketing app before next season, {s2} said.',
            'Photos of the goal spread across social media within minutes.',
            "The team's share of possession was its lowest of the season.",
            'Nobody left early.',
        ),
    },
    "science": {
        "headlines": (
            "Researchers find ancient forest beneath {place} lake",
            "Study links gut bacteria to sleep quality",
            "Telescope spots water vapour on distant planet",
        ),
        "deks": ("The findings were published in Nature on Wednesday.",
                 "The team says more work is needed to confirm the result."),
        "leads": (
            "Divers surveying the bed of a reservoir near {place} have found the stumps of "
            "a forest that stood there about 8,000 years ago, researchers said on {day}.",
            "People with a more varied mix of gut bacteria tend to sleep longer and wake "
            "less often, according to a study of {n2} volunteers published on {day}.",
            "Astronomers said on {day} they had detected water vapour in the atmosphere of "
            "a planet orbiting a star about 120 light years away.",
        ),
        "body": (
            "The team used radiocarbon dating on samples from {n1} trees.",
            "The results suggest the lake formed much later than scientists had assumed.",
            "{p1}, a geologist who led the survey, said the wood was remarkably well "
            "preserved.",
            "Participants wore wrist monitors for two weeks and gave stool samples.",
            "The study found an association, not proof that the bacteria cause better "
            "sleep.",
            "The planet is about twice the size of Earth and orbits its star every 11 days.",
            "The signal was picked up during four passes of the planet in front of its star.",
            "Other groups will now try to reproduce the measurement with different "
            "instruments.",
            "The research was funded by a national science foundation grant.",
            "Cold, oxygen-poor water at the bottom of the lake slowed decay.",
            "Earlier studies in mice had pointed to a similar link.",
            "The authors cautioned that the volunteers were mostly young and healthy.",
        ),
        "quotes": (
            '"It is like opening a time capsule," {p1} said.',
            '"We are not saying take a probiotic and you will sleep better," said {p2}, a '
            "co-author.",
            '"The data are clean, but one detection is not a discovery," {s2} said.',
        ),
        "heads": ("How they did it", "What it means", "Open questions"),
        "list": ("The team's main findings:", "Trees were mostly pine and birch",
                 "The forest drowned within a few decades",
                 "Sediment layers record at least two droughts"),
        "statements": (),
        "traps": (
            'Photographing the wood without damaging it took the team most of a season.',
            'Follow-up studies will track the volunteers for five years.',
            '"We announced the result in our lab newsletter before anyone outside had seen '
                'it," {p2} said.',
            'It worked.',
        ),
    },
    "weather": {
        "headlines": (
            "Storm brings flooding and power cuts to {place}",
            "Heat warning issued as temperatures near records in {place}",
            "Early snow snarls traffic across {place}",
        ),
        "deks": ("Forecasters expect more rain overnight.",
                 "Cooling centres will stay open through the weekend.",
                 "Schools in the area were closed."),
        "leads": (
            "Heavy rain flooded streets and knocked out power to about {n2}0 homes in "
            "{place} on {day}, as a slow-moving storm stalled over the region.",
            "Forecasters issued an excessive heat warning for {place} on {day}, with "
            "afternoon temperatures expected to reach 41C.",
            "An early snowstorm dropped up to {n1} centimetres of snow on {place} on {day}, "
            "closing schools and causing dozens of crashes.",
        ),
        "body": (
            "The river crested about a metre above flood stage shortly after midnight.",
            "Crews expected to restore power to most customers by the evening.",
            "The city opened three cooling centres at libraries and a community hall.",
            "Officials urged residents to check on elderly neighbours.",
            "Snowploughs worked through the night on the main routes.",
            "The national weather service said {n1} millimetres of rain fell in six hours.",
            "Several roads near the river remained closed on {day} afternoon.",
            "The airport reported delays of up to two hours.",
            "Farmers said the rain came too late to save much of the corn crop.",
            "Temperatures are forecast to fall sharply after the weekend.",
            "Emergency services carried out {n1} rescues from cars stuck in floodwater.",
            "It was the earliest measurable snowfall in the city since 1987.",
        ),
        "quotes": (
            '"I have lived here 40 years and never seen the water this high," said {p1}, '
            "who runs a hardware shop near the river.",
            '"Please do not drive through standing water," {p2}, the county emergency '
            "manager, said.",
            '"The ground simply cannot take any more," {s2} said.',
        ),
        "heads": ("Where it hit hardest", "The outlook"),
        "list": ("Officials gave this advice:", "Stay off flooded roads",
                 "Keep phones charged and a torch handy",
                 "Report downed lines to the utility, not to 911",
                 "Check on neighbours who live alone"),
        "statements": (),
        "traps": (
            'The county launched a free app in the spring that lets residents report flooded '
                'roads, downed lines and potholes.',
            '"People sign up for the alerts and then switch them off after a week," {s2} said.',
            'Photos shared by neighbours showed water lapping at the doors of the post office.',
            'Then the rain came.',
        ),
    },
    "health": {
        "headlines": (
            "Measles cases rise to {n1} in {place} outbreak",
            "{place} hospital opens clinic for long Covid patients",
            "Drug shortage forces pharmacies to ration ADHD medication",
        ),
        "deks": ("Health officials urged parents to check vaccination records.",
                 "Waiting lists are already several months long.",
                 "Patients' groups called for action."),
        "leads": (
            "Health officials in {place} said on {day} that the number of measles cases "
            "linked to an outbreak at two schools had risen to {n1}.",
            "A hospital in {place} opened a clinic on {day} for patients with lingering "
            "symptoms after Covid-19 infections.",
            "Pharmacies in {place} have begun limiting how many days of ADHD medication "
            "they dispense at once, citing a national shortage.",
        ),
        "body": (
            "Most of those infected were children who had not been vaccinated.",
            "The clinic will see about {n1} patients a week at first.",
            "Doctors said fatigue and shortness of breath were the most common complaints.",
            "The shortage has been blamed on manufacturing problems and rising demand.",
            "{p1}, the county health officer, said vaccination rates at the schools were "
            "below 85%.",
            "Measles is one of the most contagious diseases known.",
            "Free vaccination clinics will be held on {day} and Saturday.",
            "Some patients have waited more than a year for an appointment.",
            "The drug regulator said supplies should improve by the summer.",
            "Parents have reported driving to several towns to fill a single prescription.",
            "The hospital hired two specialists and a physiotherapist for the clinic.",
        ),
        "quotes": (
            '"One case is too many when we have a safe vaccine," {p1} said.',
            '"For a lot of these patients, being believed is half of the treatment," said '
            "{p2}, who leads the clinic.",
            '"We are calling every pharmacy within 50 miles," said {p3}, a mother of two.',
        ),
        "heads": ("Who is affected", "What to do"),
        "list": ("Symptoms to watch for include:", "High fever", "Cough and runny nose",
                 "Red, watery eyes", "A rash that starts on the face"),
        "statements": (),
        "traps": (
            'Follow-up tests are scheduled for the spring.',
            'The health department will launch an app in the autumn that shows which '
                'pharmacies have stock.',
            '"We put the symptoms in the school newsletter, on the website and on every '
                'door," {p1} said.',
            'Nobody has died.',
        ),
    },
    "tech": {
        "headlines": (
            "{company} unveils cheaper phone as sales slump",
            "Regulators fine {company} over data breach",
            "{company} launches AI tool for small businesses",
        ),
        "deks": ("The device goes on sale next month.",
                 "The company said it would appeal.", "The tool is free for three months."),
        "leads": (
            "{company} unveiled a lower-priced smartphone on {day}, betting that cheaper "
            "hardware can revive sales that have fallen for three straight quarters.",
            "Data protection regulators fined {company} the equivalent of $42 million on "
            "{day} over a breach that exposed the records of millions of customers.",
            "{company} on {day} launched a tool that drafts invoices and answers customer "
            "emails for small businesses.",
        ),
        "body": (
            "The phone will cost $399, about half the price of the company's flagship.",
            "The breach came to light after researchers found a database left open online.",
            "The regulator said the company had failed to encrypt passwords properly.",
            "{p1}, the chief product officer, demonstrated the tool at an event in {place}.",
            "The company said the tool would be free for the first three months.",
            "Analysts said the company was under pressure to show growth outside its core "
            "market.",
            "The device uses a chip designed in-house for the first time.",
            "Customers affected by the breach will be offered two years of credit "
            "monitoring.",
            "Privacy groups said the fine was too small to change behaviour.",
            "About {n2} businesses tested an early version.",
            "The company has 30 days to file an appeal.",
        ),
        "quotes": (
            '"Not everybody needs a thousand-dollar phone," {p1} said on stage.',
            '"A fine like this is a rounding error for a company this size," said {p2}, a '
            "privacy lawyer.",
            '"It saves me about an hour a day," said {p3}, who runs a bakery.',
        ),
        "heads": ("What it can do", "Privacy concerns"),
        "list": ("The new model includes:", "A 6.1-inch screen",
                 "Two rear cameras", "Five years of software updates"),
        "statements": (),
        "traps": (
            '{company} said its subscription business now has 1.2 million paying members, up '
                'from 900,000 a year earlier.',
            'Advertisers have cut spending on the platform since the spring.',
            'The fine was first reported by Reuters on {day}.',
            'The company also plans to launch a redesigned app store for developers.',
        ),
    },
    "local": {
        "headlines": (
            "{place} library reopens after two-year renovation",
            "Volunteers save {place}'s last drive-in cinema",
            "{place} approves new bike lanes on Main Street",
        ),
        "deks": ("The building now has a makerspace and longer hours.",
                 "The cinema has shown films since 1956.",
                 "Some business owners worry about losing parking."),
        "leads": (
            "The main library in {place} reopened on {day} after a two-year renovation "
            "that doubled the size of its children's section.",
            "A group of volunteers has raised enough money to keep {place}'s drive-in "
            "cinema open for at least three more summers.",
            "Town officials in {place} approved protected bike lanes on a mile-long stretch "
            "of Main Street on {day}.",
        ),
        "body": (
            "The renovation cost $8.4 million, most of it paid for by a bond approved by "
            "voters.",
            "The library will now open at 8 a.m. on weekdays.",
            "More than {n2} people gave money to the drive-in campaign.",
            "The screen, built in 1956, was repainted by a local sign company.",
            "Construction on the bike lanes is expected to start in the spring.",
            "About 30 parking spaces will be removed to make room for the lanes.",
            "{p1}, who has run the projector for 22 years, said the money would pay for a "
            "new digital system.",
            "Children lined up outside the library an hour before the doors opened.",
            "The town will review the bike lanes after one year.",
            "A mural by students from the high school covers the library's north wall.",
            "Owners of several shops on Main Street spoke against the plan.",
        ),
        "quotes": (
            '"We wanted a place where you can stay all day and nobody asks you to buy '
            'anything," said {p2}, the library director.',
            '"The drive-in is where half this town had its first date," {s1} said.',
            '"My customers drive here, they do not cycle here," said {p3}, who owns a '
            "bakery on Main Street.",
        ),
        "heads": ("What's new inside", "Mixed reaction"),
        "list": ("The renovated library includes:", "A makerspace with 3-D printers",
                 "Twelve study rooms that can be booked online",
                 "A quiet reading room on the top floor",
                 "A cafe run by a local nonprofit"),
        "statements": (),
        "traps": (
            'Photo booths, a brass band and a cake shaped like the old depot marked the opening.',
            "Downloads of the library's e-books more than tripled while the building was closed.",
            'The town received more than 600 written comments before the vote.',
            'The vote was unanimous.',
        ),
    },
    "obituary": {
        "headlines": (
            "{p1}, who ran {place}'s first community radio station, dies at {age}",
            "{p1}, photographer who chronicled {place} for decades, dies at {age}",
        ),
        "deks": ("Friends remembered a stubborn, generous and very funny neighbour.",
                 "Her pictures hang in the town hall and in hundreds of living rooms."),
        "leads": (
            "{p1}, who founded {place}'s first community radio station in a converted "
            "garage and ran it for four decades, died on {day}. {pro} was {age}.",
            "{p1}, whose photographs of floods, parades and county fairs made up much of "
            "{place}'s visual memory, died on {day} at home. {pro} was {age}.",
        ),
        "body": (
            "The cause was heart failure, {pos} daughter, {p2}, said.",
            "{s1} was born on a farm outside {place} and left school at 15.",
            "{pro} bought a second-hand transmitter in 1979 with money from selling a car.",
            "The station broadcast farm prices, school closures and a Sunday polka hour.",
            "{pro} worked for the local paper for 31 years before retiring in 2012.",
            "A book of {pos} pictures sold out its first printing in a week.",
            "{s1} trained dozens of teenagers to run the mixing desk.",
            "In 1993 {pro} photographed the flood from a borrowed canoe.",
            "{pro} is survived by {pos} daughter, two sons and seven grandchildren.",
            "A memorial will be held at the county fairgrounds next month.",
        ),
        "quotes": (
            '"{pro} never once turned anyone away from the microphone," {p2} said.',
            '"{pro} could hear a bad cable from the other end of the building," said {p3}, '
            "who volunteered at the station for 20 years.",
        ),
        "heads": ("Early life", "A life behind the lens", "Legacy"),
        "list": (),
        "statements": (),
        "traps": (
            'The family retains the copyright to the photographs, which will be donated to '
                'the county archive.',
            'Photographs were, in the end, how the town remembered itself.',
            '"{pro} wrote the station newsletter by hand every month and photocopied it at '
                'the library," {p2} said.',
            '{pro} never retired.',
        ),
    },
    "feature": {
        "headlines": (
            "The last ferryman of {place}",
            "Inside the race to save {place}'s oyster beds",
        ),
        "deks": ("For 50 years, one man has carried the village across the water.",
                 "Scientists and fishermen have found an unlikely common cause."),
        "leads": (
            "Every morning at ten past six, {p1} unties a flat-bottomed boat in {place} and "
            "starts the engine that has carried the village across the river for half a "
            "century.",
            "On a grey morning off {place}, {p1} hauls up a cage of young oysters and "
            "counts them like a banker counting notes.",
        ),
        "body": (
            "The crossing takes four minutes on a calm day and twenty on a bad one.",
            "{s1} learned the route from {pos} father, who learned it from his.",
            "A bridge was proposed in 1972, in 1988 and again in 2015.",
            "The ferry carries schoolchildren, nurses, a postman and, once, a horse.",
            "Oyster numbers in the bay fell by more than 90% in the last century.",
            "The restoration project has laid down {n2} tonnes of old shells as a base for "
            "new reefs.",
            "Fishermen were sceptical at first and some still are.",
            "The water quality has improved since a sewage plant upstream was upgraded.",
            "On winter evenings the ferry runs by the light of a single lamp.",
            "Volunteers monitor the cages every two weeks from spring to autumn.",
            "The county pays a small subsidy that covers fuel and insurance.",
            "Nobody has yet agreed to take over when {s1} retires.",
        ),
        "quotes": (
            '"People think it is a quiet job. It is the loudest job in the village. '
            'Everybody talks to me," {s1} said.',
            '"Ten years ago I would have told you this was a waste of time," said {p2}, '
            "who has fished the bay since he was 12.",
            '"The river does not care about timetables," {s1} said.',
        ),
        "heads": ("A family trade", "The bridge that never came", "What comes next",
                  "Shells and science"),
        "list": ("What the ferry has carried, by {pos} count:", "A wedding party of 14",
                 "A piano, twice", "A calf in a wheelbarrow", "Three mayors"),
        "statements": (
            '"There is no timetable on the water. There is the tide, and there is the '
            'fog, and there is whoever is waiting on the other side."',
            '"If the oysters come back, the bay comes back. It is as simple and as '
            'difficult as that."',
        ),
        "traps": (
            'Photos of the ferry hang in the pub, the school and the parish hall.',
            '"We started a weekly newsletter for volunteers because the group chat had '
                'become impossible to follow," {p2} said.',
            "Subscribers to the co-operative's seafood box scheme pay a monthly fee that "
                'helps fund the restoration work.',
            'He laughed.',
        ),
    },
}

#: Which scenario (the headline/lead index) each pool item fits: one tag per item of
#: ``body``, ``quotes``, ``heads``, ``traps`` and ``statements``; "*" fits all.
TAGS: dict[str, dict[str, str]] = {
    "politics": {"body": "0 0 * 1 * 2 2 2 0 0 0 1 2 1", "quotes": "* * 0 2",
                 "heads": "0 * * 2", "traps": "0 0 * 01", "statements": "0"},
    "courts": {"body": "0 0 0 1 1 2 2 2 1 0 0 1 2", "quotes": "0 0 2 12",
               "heads": "0 12 *", "traps": "2 0 12 1", "statements": "1 2"},
    "business": {"body": "2 * 0 * 2 1 2 0 0 2 * 1", "quotes": "0 2 1", "traps": "* * 1 *"},
    "sport": {"body": "0 0 0 * * 01 * 1 1 * * 01", "quotes": "0 * *", "heads": "* 1",
              "traps": "* 01 01 *"},
    "science": {"body": "0 0 0 1 1 2 2 2 * 0 1 1", "quotes": "0 1 2", "traps": "0 1 * *"},
    "weather": {"body": "0 02 1 12 2 0 0 * 0 1 0 2", "quotes": "0 0 0",
                "traps": "0 * 0 0"},
    "health": {"body": "0 1 1 2 0 0 0 1 2 2 1", "quotes": "0 1 2", "heads": "* *",
               "traps": "* 2 0 0"},
    "tech": {"body": "0 1 1 2 2 0 0 1 1 2 1", "quotes": "0 1 2", "heads": "02 1",
             "traps": "* * 1 *"},
    "local": {"body": "0 0 1 1 2 2 1 0 2 0 2", "quotes": "0 1 2", "heads": "0 2",
              "traps": "0 0 2 2"},
    "obituary": {"body": "* * 0 0 1 1 0 1 * *", "quotes": "0 0", "heads": "* 1 *",
                 "traps": "1 1 0 0"},
    "feature": {"body": "0 0 0 0 1 1 1 1 0 1 0 0", "quotes": "0 1 0", "heads": "0 0 * 1",
                "traps": "0 * 1 *", "statements": "0 1"},
}
#: More body sentences for one scenario of a family.
EXTRA: dict[str, dict[int, tuple[str, ...]]] = {
    "politics": {
        0: ("Supporters included tenants' groups and several large employers.",
            "The plan also reduces the number of parking spaces developers must build.",),
        1: ("The governor's office said the proposal was balanced and did not raise taxes.",
            "Rural clinics have lost about a fifth of their state funding since 2019.",
            "The budget must be signed before the fiscal year begins in July.",
            "{p1}, who chairs the rural caucus, said at least nine members had signed a "
            "letter to the governor."),
        2: ("The recount is expected to take about a week.",
            "{p1} led by {n2} votes after the first count.",
            "Election officials said there was no evidence of fraud or machine errors.",
            "Mail ballots made up more than half of the votes cast."),
    },
    "courts": {
        0: ('The city discovered the scheme during a routine audit in 2024.',
            'Prosecutors played recordings of phone calls between {p1} and a supplier.',
            "Sentencing is scheduled for the spring.",
            "{p1} resigned from the firm after being indicted last year."),
        1: ("The ordinance would have limited rentals to owners' primary homes.",
            'About a third of the registered hosts live outside the state.',
            "The city has 14 days to respond to the ruling.",
            "Hosts said the ban would have cost them thousands of dollars in bookings "
            "already made.", "Hotel owners had backed the ordinance."),
        2: ('The footbridge had been inspected six months before it fell.',
            'The state has spent $40 million on a replacement, which opened last year.',
            "Seven workers were injured when the span fell into a ravine during an "
            "inspection.", "The families are seeking unspecified damages.",
            "A state report released last year blamed corroded bolts."),
    },
    "business": {
        0: ('The company will close two distribution centres by the end of the year.',
            "Most of the cuts will fall on head-office and regional management roles.",
            "The company said affected staff would be offered severance and help finding "
            "new jobs."),
        1: ("The target company's shares jumped in early trading after the announcement.",
            'Advisers on the deal include two investment banks.',
            "The buyer will pay a premium of about 30% over the target's share price.",
            "The combined company would have about 9,000 employees.",
            "Competition lawyers said the deal was likely to face close scrutiny."),
        2: ('Online sales grew faster than sales in stores.',
            "Revenue rose in every region except Asia.",
            "The company raised its forecast for the full year."),
    },
    "sport": {
        0: ("The result moves the {team1} up to fourth in the table.",),
        1: ("The {team1} needed only a draw to finish top.", "Both goals came in the first "
            "half."),
        2: ("{p1} made nine of {pos} 14 shots from three-point range.",
            "The game went to overtime after a buzzer-beater from {p2} tied it at 101.",
            "The {team1} outscored the {team2} 11-7 in the extra period.",
            "{p1} also had eight rebounds and six assists."),
    },
    "science": {
        0: ('The stumps lie under about 12 metres of water.',
            'Pollen in the lake sediment shows the forest was dominated by pine.',
            'The team plans to return next summer with a remotely operated vehicle.',
            "Some of the stumps are still rooted where they grew.",),
        1: ('Volunteers who slept best had the most diverse mix of microbes.',
            'The study did not look at whether changing diet changes sleep.',
            "The researchers analysed the samples with genetic sequencing.",
            "Participants who ate more fibre tended to have more varied bacteria."),
        2: ('The star is smaller and cooler than the Sun.',
            'The team used a method that splits starlight into its component colours.',
            "The observations were made with a space telescope over three months.",
            "Water vapour has been found on a handful of distant planets before, mostly gas "
            "giants.", "The planet is too hot to host liquid water on its surface."),
    },
    "weather": {
        0: ('A shelter opened at the high school for people forced from their homes.',
            'The storm is expected to move east overnight.', ),
        1: ("Health officials warned that the heat posed the greatest danger to older "
            "people and outdoor workers.",
            "The power utility asked customers to limit air-conditioning use in the early "
            "evening.", "Overnight temperatures are not expected to fall below 27C.",
            '"Drink water before you are thirsty and stay out of the afternoon sun," said '
            "{p2}, the county health director.",
            "The previous record for the date was set in 2003."),
        2: ('"We were not expecting this much this early," {p2}, the city public works '
            "director, said.",
            "Some areas lost power when heavy snow brought down branches.",
            "Forecasters expect the snow to melt quickly as temperatures rise later in the "
            "week.", "Several flights were cancelled as crews de-iced planes."),
    },
    "health": {
        0: ('The first case was confirmed three weeks ago in a child who had travelled abroad.',
            'Unvaccinated pupils have been told to stay home for 21 days.',
            'Health officials are contacting families who may have been exposed.',
            'Most children who catch measles recover, but it can cause serious complications.',
            "Anyone who has not had two doses of the vaccine is advised to get one.",),
        1: ('The clinic is the first of its kind in the region.',
            'Many patients have had to stop working or cut their hours.',
            "Patients are referred by their family doctors.",
            "Researchers estimate that a small share of people who catch Covid still have "
            "symptoms months later.", "The clinic is funded for two years."),
        2: ("Some pharmacies are dispensing a week's supply at a time.",
            'The shortage affects several common doses.',
            'Pharmacists said they were spending hours each day calling suppliers.',
            "Several manufacturers have reported delays in producing the active "
            "ingredient.",
            "Doctors have been advised to consider alternative medicines where appropriate.",
            "Prescriptions for the drugs have risen sharply over the past five years."),
    },
    "tech": {
        0: ('The phone has a smaller screen and a cheaper camera than the flagship.',
            'It will be sold first in the United States and Europe.',
            "The company's shares rose after the launch event.",
            'Analysts expect cheaper phones to make up a growing share of sales.',
            "Pre-orders open on {day}, and the phone goes on sale next month.",
            "The company sold fewer phones in each of the last three quarters."),
        1: ('The regulator said the company had waited weeks before telling customers.',
            'The company said no financial information had been exposed.',
            "The breach affected customers in 11 countries.",
            "The company said it had since hired an outside security firm."),
        2: ('The tool is built on a large language model licensed from another company.',
            'Users can review every email before it is sent.',
            'Rivals have launched similar products in the past year.',
            "The tool works in English, Spanish and French.",
            "Small business owners who tested it said it sometimes got prices wrong.",
            "The company will charge $12 a month after the free period."),
    },
    "local": {
        0: ('The library closed in 2024 after a leak damaged the roof.',
            'Temporary branches operated from a church hall and a shopping centre.',
            'The building is more than a century old.',
            'Volunteers moved about 80,000 books back onto the shelves.',
            "The children's section now has a sensory room.",),
        1: ('The drive-in is one of the last three in the state.',
            'Volunteers will run the snack bar on weekends.',
            "The cinema shows double features on Friday and Saturday nights from May to "
            "September.", "Tickets will stay at $10 a car.",
            "The owners had said in the winter that they could no longer afford repairs.",
            "The campaign raised $146,000 in six weeks."),
        2: ('The lanes will run from the railway station to the high school.',
            'A survey by the town found most residents supported the plan.',
            "Cyclists have pushed for the lanes since a rider was injured in 2024.",
            "The lanes will be separated from traffic by concrete kerbs.",
            "The project is paid for with a state grant."),
    },
    "obituary": {
        0: ("The station still broadcasts from the same garage, now with a new roof.",
            "Over the years the station raised money for a new fire engine and two school "
            "buses."),
        1: ("{pro} bought a first camera at 12 with money from a paper round.",
            "Many of {pos} negatives are now held by the county historical society.",
            '"{pro} was always the first one there and the last one to leave," said {p3}, '
            "a former colleague."),
    },
    "feature": {
        0: ('The ferry has been rebuilt twice, most recently in 2009.',
            'In flood season the river can rise by two metres in a night.', ),
        1: ('The project began in 2019 with a grant from a conservation charity.',
            "Each cage holds several thousand young oysters, known as spat.",
            "A single adult oyster can filter more than 100 litres of water a day.",
            '"We are not farmers, we are gardeners of the sea," {s1} said.'),
    },
}


def _fitting(family: str, key: str, k: int) -> list[str]:
    """The items of ``FAMILIES[family][key]`` that fit scenario ``k``."""
    items = FAMILIES[family][key]
    tags = TAGS.get(family, {}).get(key, "").split() or ["*"] * len(items)
    assert len(tags) == len(items), (family, key)
    return [x for x, t in zip(items, tags, strict=True) if t == "*" or str(k) in t]


# Figure slots (finance families) and how to draw them.
_FIG_SLOTS = ("spx", "spx_pct", "dow", "ndx", "ust", "brent", "gold", "dxy", "co_pct",
              "stoxx", "btc", "rev", "ni", "price", "save", "rev_est", "div", "margin")


def _money(rng: random.Random, lo: float, hi: float, unit: str = "") -> str:
    return f"${rng.uniform(lo, hi):,.2f}{unit}"


def _figures(rng: random.Random) -> dict[str, str]:
    """Finance slot values, all distinct and none a substring of another."""
    while True:
        vals = {
            "spx": f"{rng.uniform(5600, 6900):,.2f}",
            "spx_pct": f"{rng.uniform(0.11, 1.9):.2f}%",
            "dow": f"{rng.uniform(40100, 46900):,.2f}",
            "ndx": f"{rng.uniform(17100, 21900):,.2f}",
            "ust": f"{rng.uniform(3.61, 4.89):.2f}%",
            "brent": _money(rng, 61, 92),
            "gold": _money(rng, 2310, 3190),
            "dxy": f"{rng.uniform(98.1, 107.9):.2f}",
            "co_pct": f"{rng.uniform(2.1, 14.9):.1f}%",
            "stoxx": f"{rng.uniform(480, 560):.2f}",
            "btc": _money(rng, 58000, 98000),
            "rev": f"${rng.uniform(1.2, 9.8):.2f} billion",
            "ni": f"${rng.randint(110, 890)} million",
            "price": _money(rng, 12, 240),
            "save": f"${rng.randint(60, 350)} million",
            "rev_est": f"${rng.uniform(1.2, 9.8):.2f} billion",
            "div": f"{rng.randint(11, 95)} cents",
            "margin": f"{rng.uniform(32.1, 44.9):.1f}%",
        }
        items = list(vals.values())
        if all(a == b or a not in b for a in items for b in items):
            return vals


def _table(rng: random.Random, family: str) -> Block:
    """The story's own data table: instruments (or segments) and their figures."""
    if family == "markets":
        head = ("Market", "Close", "Change")
        names = ("S&P/TSX composite", "Nikkei 225 average", "DAX performance index",
                 "Hang Seng index", "Copper, $/tonne", "Euro in dollars")
        ranges = ((21900, 25900), (36100, 41900), (18100, 23900), (16100, 22900),
                  (8100, 10900), (1.0512, 1.1888))
    else:
        head = ("Segment", "Revenue", "Change")
        names = ("Retail stores", "Online orders", "Wholesale accounts", "Licensing")
        ranges = ((400, 2900), (200, 1900), (100, 900), (20, 190))
    rows: list[tuple[str, ...]] = []
    figures: list[str] = []
    seen: set[str] = set()
    for name, (lo, hi) in zip(names, ranges, strict=True):
        while True:
            if family == "markets" and hi < 10:
                value = f"{rng.uniform(lo, hi):.4f}"
            elif family == "markets":
                value = f"{rng.uniform(lo, hi):,.2f}"
            else:
                value = f"${rng.uniform(lo, hi):,.1f}m"
            change = f"{rng.choice('+-')}{rng.uniform(0.05, 3.95):.2f}%"
            if value not in seen and change not in seen:
                break
        seen.update((value, change))
        rows.append((name, value, change.replace("-", "\u2212")))
        figures.extend((value, change.replace("-", "\u2212")))
    return Block("table", tuple(r[0] for r in rows), tuple(r[0] for r in rows),
                 tuple(figures), tuple(rows), head)


class _Filler:
    """Fills slots and records which figure slots were used."""

    def __init__(self, vals: dict[str, str]) -> None:
        self.vals = vals
        self.used: list[str] = []

    def __call__(self, template: str) -> str:
        for slot in re.findall(r"\{(\w+)\}", template):
            if slot in _FIG_SLOTS and self.vals[slot] not in self.used:
                self.used.append(self.vals[slot])
        return template.format(**self.vals)


def _people(rng: random.Random, n: int) -> list[str]:
    firsts = rng.sample(FIRST, n)
    lasts = rng.sample(LAST, n)
    return [f"{a} {b}" for a, b in zip(firsts, lasts, strict=True)]


def make_english(rng: random.Random, story_id: str, family: str, variant: int = 0) -> Story:
    """One English story of ``family``; ``variant`` picks its headline and lead."""
    fam = FAMILIES[family]
    people = _people(rng, 3)
    teams = rng.sample(TEAMS, 2)
    vals: dict[str, str] = {
        "p1": people[0], "p2": people[1], "p3": people[2],
        "s1": people[0].split()[-1], "s2": people[1].split()[-1],
        "place": rng.choice(PLACES), "day": rng.choice(WEEKDAYS),
        "month": rng.choice(MONTHS), "n1": str(rng.randint(12, 48)),
        "n2": str(rng.randint(120, 980)), "company": rng.choice(COMPANIES),
        "team1": teams[0], "team2": teams[1], "age": str(rng.randint(71, 96)),
        "dir": rng.choice(("rise", "fall", "edge higher", "slip")),
        "dirw": rng.choice(("higher", "lower", "mixed")),
        "dirp": rng.choice(("rose", "fell", "edged higher", "slipped")),
    }
    she = rng.random() < 0.5
    vals.update(pro="She" if she else "He", pos="her" if she else "his")
    vals.update(_figures(rng))
    fill = _Filler(vals)
    k = variant % len(fam["headlines"])
    headline = fill(fam["headlines"][k])
    dek = fill(fam["deks"][k % len(fam["deks"])])
    fill.used.clear()
    lead = fill(fam["leads"][k % len(fam["leads"])])
    lead_figs = list(fill.used)
    fill.used.clear()

    pool_body = _fitting(family, "body", k) + list(EXTRA.get(family, {}).get(k, ()))
    body = [fill(s) for s in rng.sample(pool_body, min(len(pool_body), rng.randint(9, 11)))]
    pool_quotes = _fitting(family, "quotes", k)
    quotes = [fill(s) for s in rng.sample(pool_quotes, min(2, len(pool_quotes)))]
    pool_traps = _fitting(family, "traps", k)
    shorts = [t for t in pool_traps if len(t) < 40]
    longs = [t for t in pool_traps if len(t) >= 40]
    trap_list = [fill(t) for t in rng.sample(longs, min(len(longs), rng.randint(2, 3)))]
    trap_list += [fill(t) for t in shorts]

    blocks: list[Block] = [Block("p", (lead,), figures=tuple(lead_figs))]
    fill.used.clear()
    # Paragraphs: body sentences in groups of one to three, a quote closing some.
    pool = body[:]
    paras: list[list[str]] = []
    while pool:
        size = rng.choice((1, 2, 2, 2, 3))
        paras.append(pool[:size])
        pool = pool[size:]
    for quote in quotes:
        paras[rng.randrange(len(paras))].append(quote)
    para_blocks: list[Block] = []
    for sentences in paras:
        figs = [v for v in (vals[s] for s in _FIG_SLOTS)
                if any(v in s for s in sentences)]
        para_blocks.append(Block("p", tuple(sentences), figures=tuple(figs)))
    for sentence in trap_list:
        if len(sentence) < 40:
            para_blocks.insert(rng.randint(1, len(para_blocks)), Block(
                "p", (sentence,), (sentence,)))
        else:
            at = rng.randrange(len(para_blocks))
            old = para_blocks[at]
            para_blocks[at] = Block("p", (*old.sentences, sentence),
                                    (*old.traps, sentence), old.figures)
    blocks.extend(para_blocks)
    # Structure: sub-headings, a list, a block quote, a table.
    pool_heads = _fitting(family, "heads", k)
    heads = rng.sample(pool_heads, min(len(pool_heads), 2))
    if heads and (family in ("feature", "obituary", "science") or rng.random() < 0.5):
        for i, head in enumerate(heads):
            at = 2 + i * max(2, (len(blocks) - 2) // len(heads))
            blocks.insert(min(at, len(blocks) - 1), Block("h2", (head,), (head,)))
    if fam["list"] and k == 0 and rng.random() < 0.8:
        intro, *items = (fill(x) for x in fam["list"])
        at = rng.randint(2, len(blocks) - 1)
        blocks[at:at] = [Block("p", (intro,)),
                         Block(rng.choice(("ul", "ul", "ol")), tuple(items), tuple(items))]
    statements = _fitting(family, "statements", k) if fam["statements"] else []
    if statements and rng.random() < 0.8:
        statement = fill(rng.choice(statements))
        at = rng.randint(2, len(blocks) - 1)
        blocks.insert(at, Block("quote", (statement,), (statement,)))
    if family == "markets" or (family == "business" and rng.random() < 0.6):
        at = rng.randint(3, len(blocks) - 1)
        blocks.insert(at, _table(rng, family))
    text = "\n".join(s for b in blocks for s in b.sentences)
    return Story(story_id, "en", family, headline, dek, tuple(people), vals["place"],
                 tuple(blocks), family in ("markets", "business"), text)


# --------------------------------------------------------------------------- foreign
# Written out per language: headline, dek, place, people, then blocks as
# (kind, sentences...) with "!" marking a trap sentence and "#" a figure.
FOREIGN: dict[str, dict[str, object]] = {
    "de": {
        "family": "politics",
        "headline": "Stadtrat von Lindenau beschließt neues Verkehrskonzept",
        "dek": "Nach monatelangem Streit soll die Innenstadt bis 2028 weitgehend autofrei "
               "werden.",
        "place": "Lindenau",
        "people": ("Katrin Mühlenbeck", "Jürgen Hasselkamp"),
        "blocks": (
            ("p", "Der Stadtrat von Lindenau hat am Donnerstagabend mit knapper Mehrheit "
                  "ein neues Verkehrskonzept für die Innenstadt beschlossen."),
            ("p", "Für den Plan stimmten 23 Ratsmitglieder, 21 votierten dagegen.",
                  "Zwei Abgeordnete enthielten sich."),
            ("p", "Kernstück des Konzepts ist eine Fußgängerzone, die vom Marktplatz bis "
                  "zum Bahnhof reichen soll.",
                  "Lieferverkehr bleibt morgens bis zehn Uhr erlaubt."),
            ("h2", "Kritik vom Einzelhandel"),
            ("p", "Der örtliche Handelsverband warnte vor sinkenden Umsätzen.",
                  "\u201eViele unserer Kunden kommen aus den Dörfern, und die fahren nun "
                  "einmal Auto\u201c, sagte Verbandschef Jürgen Hasselkamp."),
            ("p", "!Die Stadtwerke wollen im Frühjahr eine App starten, mit der Anwohner "
                  "Parkausweise beantragen und freie Plätze in den Parkhäusern sehen "
                  "können."),
            ("ul", "Drei neue Buslinien ab dem Sommer", "Zwei Parkhäuser am Stadtrand",
                   "Tempo 20 in allen Wohnstraßen"),
            ("p", "Oberbürgermeisterin Katrin Mühlenbeck sprach von einem \u201emutigen "
                  "Schritt\u201c.",
                  "Die Kosten schätzt die Verwaltung auf rund 14 Millionen Euro."),
            ("p", "!Es bleibt spannend."),
            ("p", "Gegner des Plans haben bereits angekündigt, ein Bürgerbegehren zu "
                  "prüfen."),
        ),
    },
    "fr": {
        "family": "weather",
        "headline": "Orages violents : la vallée de la Sorgue en vigilance rouge",
        "dek": "Plus de 12 000 foyers privés d'électricité mardi soir.",
        "place": "Valcluse",
        "people": ("Hélène Garrigues", "Thibault Arnaud"),
        "blocks": (
            ("p", "De violents orages ont frappé mardi la vallée de la Sorgue, privant "
                  "d'électricité plus de 12 000 foyers et provoquant d'importantes "
                  "inondations."),
            ("p", "Météo-France a placé le département en vigilance rouge jusqu'à mercredi "
                  "midi.",
                  "Il est tombé jusqu'à 180 millimètres de pluie en quelques heures."),
            ("p", "Les pompiers ont effectué une quarantaine de sauvetages, principalement "
                  "des automobilistes bloqués sur des routes inondées."),
            ("p", "!Personne n'a été blessé."),
            ("h2", "Les écoles fermées mercredi"),
            ("p", "Le préfet a annoncé la fermeture de toutes les écoles du département.",
                  "\u00ab On n'avait jamais vu l'eau monter aussi vite \u00bb, a confié "
                  "Hélène Garrigues, commerçante à Valcluse."),
            ("p", "!Des photos publiées par les habitants montrent la place du marché "
                  "entièrement sous l'eau."),
            ("p", "Le maire, Thibault Arnaud, a demandé la reconnaissance de l'état de "
                  "catastrophe naturelle.",
                  "Un gymnase a été ouvert pour accueillir les sinistrés."),
            ("p", "Les prévisionnistes attendent une accalmie à partir de jeudi."),
        ),
    },
    "es": {
        "family": "markets",
        "headline": "El Ibex 35 cierra en máximos anuales impulsado por la banca",
        "dek": "El selectivo sube por cuarta sesión consecutiva.",
        "place": "Madrid",
        "people": ("Lucía Aranguren", "Álvaro Benedí"),
        "blocks": (
            ("p", "El Ibex 35 cerró este viernes en #11.482,30 puntos, con una subida del "
                  "#1,24%, su nivel más alto en lo que va de año."),
            ("p", "La banca lideró las ganancias tras la publicación de los resultados "
                  "trimestrales.",
                  "El euro se cambiaba a #1,0917 dólares al cierre de la sesión."),
            ("table", "Valor|Cierre (€)|Variación",
                      "Banco Meseta|#7,842|#+3,11%", "Eléctrica del Norte|#12,605|#+0,87%",
                      "Textil Ribera|#44,390|#\u22120,52%",
                      "Aerolíneas Ibéricas|#2,178|#+1,96%"),
            ("p", "!Según informó Reuters, dos grandes fondos elevaron su participación en "
                  "el sector durante la semana."),
            ("p", "La prima de riesgo se situó en 68 puntos básicos.",
                  "El barril de Brent bajó hasta los #79,35 dólares."),
            ("h2", "Lo que dicen los analistas"),
            ("p", "\u00abEl mercado descuenta ya dos bajadas de tipos este año\u00bb, "
                  "explicó Lucía Aranguren, analista de una gestora madrileña."),
            ("p", "!El negocio de suscripciones de la operadora de televisión creció un "
                  "#18,6% en el trimestre, según la empresa."),
            ("p", "Álvaro Benedí, director de inversiones, advirtió de que la volatilidad "
                  "podría volver en verano."),
        ),
    },
    "it": {
        "family": "sport",
        "headline": "Rimonta al 90': il Borgoverde batte la capolista",
        "dek": "Doppietta di Ferraresi nel finale, la corsa salvezza si riapre.",
        "place": "Borgoverde",
        "people": ("Matteo Ferraresi", "Giulia Santangelo"),
        "blocks": (
            ("p", "Il Borgoverde ha battuto 2-1 la capolista domenica pomeriggio, con due "
                  "gol negli ultimi cinque minuti di gioco."),
            ("p", "Gli ospiti erano passati in vantaggio su rigore a inizio ripresa.",
                  "Poi è salito in cattedra Matteo Ferraresi."),
            ("p", "L'attaccante ha pareggiato di testa all'86' e ha firmato il sorpasso in "
                  "pieno recupero con un tiro sotto la traversa."),
            ("p", "!È finita così."),
            ("h2", "Lo stadio in festa"),
            ("p", "Sugli spalti c'erano oltre 9.000 spettatori, record stagionale.",
                  "\u00abNon abbiamo mai smesso di crederci\u00bb, ha detto l'allenatrice "
                  "Giulia Santangelo."),
            ("p", "!La società ha annunciato che dalla prossima stagione i biglietti si "
                  "acquisteranno soltanto tramite una nuova app."),
            ("p", "Con questa vittoria il Borgoverde sale a quota 31 punti, a più quattro "
                  "dalla zona retrocessione."),
        ),
    },
    "pt": {
        "family": "health",
        "headline": "Hospital de Vila Serena abre unidade para doenças raras",
        "dek": "Centro vai atender pacientes de toda a região a partir de março.",
        "place": "Vila Serena",
        "people": ("Beatriz Nogueira", "Rui Carvalhal"),
        "blocks": (
            ("p", "O hospital regional de Vila Serena inaugurou nesta segunda-feira uma "
                  "unidade dedicada ao diagnóstico e tratamento de doenças raras."),
            ("p", "A nova unidade terá capacidade para cerca de 40 consultas por semana.",
                  "Até agora, os doentes tinham de viajar mais de 300 quilómetros."),
            ("h2", "Como funciona o atendimento"),
            ("p", "Os pacientes serão encaminhados pelos médicos de família.",
                  "A equipa inclui geneticistas, pediatras e um psicólogo."),
            ("ul", "Consultas de genética clínica", "Testes laboratoriais especializados",
                   "Apoio psicológico às famílias"),
            ("p", "!\u201eCriámos uma newsletter para as associações de doentes porque as "
                  "famílias precisam de saber o que muda\u201d, disse a diretora clínica, "
                  "Beatriz Nogueira."),
            ("p", "O investimento foi de 2,3 milhões de euros, financiados por fundos "
                  "europeus."),
            ("p", "O autarca Rui Carvalhal considerou a abertura \u201euma vitória de "
                  "todos\u201d."),
        ),
    },
    "nl": {
        "family": "local",
        "headline": "Bibliotheek Havelte-Zuid na brand weer open",
        "dek": "Vrijwilligers hielpen duizenden boeken te redden.",
        "place": "Havelte-Zuid",
        "people": ("Marieke van Doorn", "Sjoerd Bakhuis"),
        "blocks": (
            ("p", "Een jaar na een brand die het gebouw grotendeels verwoestte, is de "
                  "bibliotheek van Havelte-Zuid zaterdag weer opengegaan."),
            ("p", "De verbouwing kostte ruim 3 miljoen euro.",
                  "Het nieuwe gebouw heeft een leescafé en een werkplaats met 3D-printers."),
            ("p", "Tijdens de brand droegen tientallen vrijwilligers boeken naar buiten, "
                  "totdat de brandweer het gebouw afsloot."),
            ("p", "!Foto's van die nacht hangen nu in de hal, naast de verkoolde deur van "
                  "de oude leeszaal."),
            ("h2", "Langere openingstijden"),
            ("p", "De bibliotheek is voortaan ook op zondagmiddag open.",
                  "\u201eWe wilden een plek waar je de hele dag kunt blijven\u201d, zei "
                  "directeur Marieke van Doorn."),
            ("p", "!Het aantal leden steeg tijdens de sluiting juist, dankzij een "
                  "abonnement op e-boeken."),
            ("p", "Wethouder Sjoerd Bakhuis sprak van een \u201efeest voor het hele "
                  "dorp\u201d."),
        ),
    },
    "pl": {
        "family": "courts",
        "headline": "Sąd w Brzezinach uniewinnił byłego dyrektora szpitala",
        "dek": "Prokuratura zapowiada apelację.",
        "place": "Brzeziny Górne",
        "people": ("Andrzej Wróblewski", "Magdalena Kostecka"),
        "blocks": (
            ("p", "Sąd Okręgowy w Brzezinach Górnych uniewinnił w środę byłego dyrektora "
                  "szpitala powiatowego, oskarżonego o niegospodarność."),
            ("p", "Prokuratura zarzucała mu, że zawarł niekorzystne umowy na dostawy "
                  "sprzętu medycznego.",
                  "Straty miały sięgnąć 4,1 mln zł."),
            ("p", "Sędzia Magdalena Kostecka uznała, że zebrane dowody nie potwierdzają "
                  "winy oskarżonego."),
            ("quote", "\u201eSąd nie ocenia, czy decyzje dyrektora były trafne. Ocenia "
                      "wyłącznie, czy złamał prawo, a tego prokuratura nie wykazała.\u201d"),
            ("p", "!Wyrok jest nieprawomocny."),
            ("p", "Andrzej Wróblewski kierował szpitalem w latach 2016\u20132021.",
                  "\u201eCzekałem na ten dzień pięć lat\u201d, powiedział po ogłoszeniu "
                  "wyroku."),
            ("p", "Prokurator zapowiedział złożenie apelacji w ciągu 14 dni."),
        ),
    },
    "tr": {
        "family": "business",
        "headline": "Karadere Tekstil ikinci çeyrekte kârını ikiye katladı",
        "dek": "Şirket ihracattaki artışı gerekçe gösterdi.",
        "place": "Karadere",
        "people": ("Elif Yüksekdağ", "Murat Sezgin"),
        "blocks": (
            ("p", "Karadere Tekstil, yılın ikinci çeyreğinde net kârını bir önceki yılın "
                  "aynı dönemine göre yüzde 104 artırarak 612 milyon liraya çıkardı."),
            ("p", "Şirketin satış gelirleri 4,8 milyar lira oldu.",
                  "İhracatın toplam satışlar içindeki payı yüzde 57'ye yükseldi."),
            ("h2", "Yeni fabrika yolda"),
            ("p", "Şirket, Karadere'de yaklaşık 900 kişiye istihdam sağlayacak yeni bir "
                  "fabrika kuracağını açıkladı."),
            ("p", "!Reuters'ın haberine göre şirket, Avrupa'daki bir rakibini satın almak "
                  "için görüşmeler yürütüyor."),
            ("p", "Genel Müdür Elif Yüksekdağ, \u201eHedefimiz yıl sonuna kadar üç yeni "
                  "pazara açılmak\u201d dedi."),
            ("p", "Şirket hisseleri Borsa İstanbul'da günü yüzde #6,2 yükselişle "
                  "#38,74 liradan tamamladı."),
            ("p", "!Analist Murat Sezgin, şirketin abonelik tabanlı yeni e-ticaret "
                  "hizmetinin de gelirlere katkı sağladığını belirtti."),
        ),
    },
}


def _strip(sentence: str) -> tuple[str, bool, tuple[str, ...]]:
    trap = sentence.startswith("!")
    sentence = sentence.lstrip("!")
    figures = tuple(re.findall(r"#([^\s|)]+?)(?=[\s|)]|$|'|\s)", sentence))
    figures = tuple(f.rstrip(".,") for f in figures)
    return sentence.replace("#", ""), trap, figures


def make_foreign(story_id: str, lang: str) -> Story:
    """The written-out story in ``lang``."""
    spec = FOREIGN[lang]
    blocks: list[Block] = []
    for kind, *raw in spec["blocks"]:  # type: ignore[attr-defined]
        if kind == "table":
            head = tuple(raw[0].split("|"))
            rows: list[tuple[str, ...]] = []
            figures: list[str] = []
            for line in raw[1:]:
                cells = [_strip(c)[0] for c in line.split("|")]
                rows.append(tuple(cells))
                figures.extend(cells[1:])
            labels = tuple(r[0] for r in rows)
            blocks.append(Block("table", labels, labels, tuple(figures), tuple(rows), head))
            continue
        sentences: list[str] = []
        traps: list[str] = []
        figs: list[str] = []
        for s in raw:
            text, trap, figures_ = _strip(s)
            sentences.append(text)
            figs.extend(figures_)
            if trap or kind in ("h2", "ul", "quote"):
                traps.append(text)
        blocks.append(Block(kind, tuple(sentences), tuple(traps), tuple(figs)))
    text = "\n".join(s for b in blocks for s in b.sentences)
    return Story(story_id, lang, str(spec["family"]), str(spec["headline"]),
                 str(spec["dek"]), tuple(spec["people"]),  # type: ignore[arg-type]
                 str(spec["place"]), tuple(blocks),
                 spec["family"] in ("markets", "business"), text)


#: English families in story order: 37 stories.
EN_PLAN = ("politics", "courts", "markets", "business", "sport", "science", "weather",
           "health", "tech", "local", "obituary", "feature") * 3 + ("markets",)
FOREIGN_LANGS = ("de", "fr", "es", "it", "pt", "nl", "pl", "tr")


def make_stories(rng: random.Random) -> list[Story]:
    """All stories: 37 English, then one per foreign language."""
    stories = [make_english(random.Random(rng.getrandbits(64)), f"s{i:02d}", family,
                            EN_PLAN[:i].count(family))
               for i, family in enumerate(EN_PLAN)]
    stories += [make_foreign(f"s{len(EN_PLAN) + i:02d}", lang)
                for i, lang in enumerate(FOREIGN_LANGS)]
    return stories
