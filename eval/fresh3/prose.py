"""Story writer for the fresh3 set: twelve English story families and eight other languages.

A story is a headline, a standfirst and a sequence of ``Block``s (paragraphs, sub-headings,
lists, block quotes, pull quotes and tables). Some sentences are content traps: real story
sentences that mention newsletters, apps, photos, copyright, advertising, corrections,
messaging groups or share prices, which a cleaner must keep.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

PLACES = {
    "en": ("Port Alder", "Kingsmere", "Wattle Creek", "Ballycarrow", "Riverton Heights",
           "Ashby Vale", "Mount Kerrin", "Lakeside East", "Thornbury Junction", "Nyeri Road",
           "Korimako Bay", "Saltmarsh", "Greyfield", "Sunder Nagar", "Cape Hollis"),
    "de": ("Lindenau", "Oberwald", "Kirchheim am See"),
    "fr": ("Saint-Aubin-les-Prés", "Montclaret", "Villeneuve-sur-Orme"),
    "es": ("Villarreal del Monte", "San Telmo de la Sierra", "Puerto Alcázar"),
    "it": ("Castelrosso", "San Vito al Piano", "Borgonuovo"),
    "pt": ("Vila Nova da Serra", "São Brás do Rio", "Porto Alegrete"),
    "nl": ("Westerveld", "Zuidmeer", "Oosterhaven"),
    "pl": ("Nowa Wola", "Zielonka Górna", "Brzeziny Małe"),
    "sv": ("Björkvik", "Strömsund Norra", "Ekeby"),
}

PEOPLE = {
    "en": ("Amara Okafor", "Siobhan Kelly", "Rahul Menon", "Aroha Ngata", "Wanjiru Kamau",
           "Thabo Nkosi", "Mei Ling Tan", "Maria Santos", "Tom Whitaker", "Priya Raman",
           "Bilal Qureshi", "Chloe Tremblay", "Liam O'Brien", "Grace Mensah", "Daniel Reyes",
           "Hannah Lindqvist", "Oluwaseun Adeyemi", "Fiona MacLeod", "Arjun Bhatt",
           "Jasmine Cruz", "Patrick Doyle", "Nomvula Dlamini", "Ethan Carmichael",
           "Ayesha Siddiqui"),
    "de": ("Katrin Vogelsang", "Jürgen Hollweg", "Sabine Reuter", "Matthias Kranz"),
    "fr": ("Élodie Marchand", "Thierry Lavergne", "Nadia Benali", "Julien Rochefort"),
    "es": ("Lucía Ortega", "Andrés Villalobos", "Marta Quiroga", "Javier Saldaña"),
    "it": ("Giulia Ferrante", "Marco Bellandi", "Chiara Lombardo", "Davide Sartori"),
    "pt": ("Ana Beatriz Moura", "João Paulo Teixeira", "Mariana Couto", "Rui Almeida"),
    "nl": ("Sanne de Vries", "Pieter van Dam", "Lotte Jansen", "Ruben Bakker"),
    "pl": ("Agnieszka Wróbel", "Tomasz Kaczmarek", "Magdalena Sikora", "Paweł Zieliński"),
    "sv": ("Karin Holmberg", "Anders Lindgren", "Elin Sjöberg", "Mikael Forsberg"),
}

COMPANIES = ("Harland Foods", "Kestrel Mining", "Bluegum Energy", "Orbis Telecom",
             "Marula Retail", "Tidewater Freight", "Lanterna Media", "Copperleaf Bank")


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a story.

    ``kind`` is "p", "h2", "ul", "ol", "quote" (a block quote), "pull" (a pull quote) or
    "table". ``sentences`` are its content strings (for a table: its cells); ``traps``
    those of them that are content traps; ``figures`` finance figures inside them.
    """

    kind: str
    sentences: tuple[str, ...]
    traps: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Story:
    """A story to syndicate."""

    story_id: str
    lang: str
    family: str
    headline: str
    dek: str
    place: str
    people: tuple[str, ...]
    blocks: tuple[Block, ...]
    finance: bool = False
    tags: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Family:
    """The sentence pools of one story family (``str.format`` slots filled per story)."""

    headlines: tuple[str, ...]
    deks: tuple[str, ...]
    ledes: tuple[str, ...]
    body: tuple[str, ...]
    quotes: tuple[str, ...]
    subheads: tuple[str, ...]
    lists: tuple[tuple[str, tuple[str, ...]], ...]
    closers: tuple[str, ...]
    traps: tuple[str, ...]
    table: tuple[str, tuple[str, ...], tuple[tuple[str, ...], ...]] | None = None
    finance: bool = False
    figure_keys: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


# Trap sentences: real story sentences naming a noise family. Each closes its paragraph.
TRAPS = {
    "newsletter": ('"Our weekly newsletter now reaches {big} households, and people tell us '
                   'it is the only place they hear what the council decided," {person2} said.'),
    "subscriptions": ("The publisher said digital subscriptions rose {pct} per cent in the "
                      "year, offsetting a steady fall in print sales."),
    "app": ("The group's ride-booking app and its podcast business together brought in "
            "{money} million dollars, about a fifth of turnover."),
    "podcast": ("{person2}, who hosts a podcast about the region's history, first raised the "
                "alarm on air in {month}."),
    "photo": ("A photo of the flooded high street, taken by a teenager on her phone, was "
              "shared more than {big},000 times before the water had even receded."),
    "copyright": ("Lawyers for the estate argued that the recording breached copyright law "
                  "because no licence for the sample had ever been agreed."),
    "advertising": ("Advertising revenue at the company's regional titles fell {pct} per cent, "
                    "the steepest drop since the pandemic."),
    "correction": ("On {day} the health ministry issued a correction, saying an earlier "
                   "statement had overstated the number of new beds by {mid}."),
    "whatsapp": ("Parents organised the walkout through a WhatsApp group of more than "
                 "{big} members, according to {person2}."),
    "telegram": ("Prosecutors said the messages were posted in a Telegram channel followed "
                 "by about {mid},000 people."),
    "sponsor": ("The festival was sponsored by a local credit union, which put up "
                "{mid},000 dollars after the council withdrew its grant."),
    "advert": ("The advertisement, which ran on regional television for three weeks, was "
               "withdrawn after {mid} complaints to the standards authority."),
    "signup": ("More than {big} volunteers have signed up for the clean-up, organisers said, "
               "far more than the {small} hundred they had hoped for."),
    "share_footage": ("Police have asked anyone with dashcam footage from the junction to "
                      "share it with detectives."),
    "follow": ("{person2} said officials would follow the recommendations in full and "
               "report back to councillors by {month}."),
    "sharesprice": ("Shares in {company} closed up {pct}% at {price} pence, valuing the "
                    "business at about {money} billion pounds."),
}

FAMILIES: dict[str, Family] = {
    "council": Family(
        headlines=("{place} council votes to freeze rates but cut library hours",
                   "Councillors in {place} approve disputed {money}m budget",
                   "{place} budget passes after all-night sitting"),
        deks=("Opposition members walked out before the final vote.",
              "Residents face higher parking charges from next year."),
        ledes=("Councillors in {place} have approved a budget that freezes household rates "
               "for a second year but trims opening hours at {small} branch libraries.",
               "{place} District Council passed its {money} million budget in the early hours "
               "of {day} after a sitting that lasted almost eleven hours."),
        body=("The plan was carried by {mid} votes to {small}, with two abstentions.",
              "Mayor {person} said the freeze was needed because families were still "
              "struggling with the cost of food and fuel.",
              "Opposition councillors said the savings fell hardest on older residents who "
              "rely on libraries for internet access.",
              "Parking charges in the town centre will rise by {small}0 cents an hour from "
              "April.",
              "A proposal to sell the old bus depot to a developer was deferred until a "
              "valuation is complete.",
              "Officers told the meeting that the council's reserves would fall to their "
              "lowest level in a decade.",
              "Staff unions had lobbied members outside the chamber before the sitting began.",
              "The council will also spend {money} million dollars on resurfacing rural roads "
              "damaged by last winter's floods.",
              "Several residents addressed the meeting during a public forum that ran well "
              "past its scheduled hour.",
              "The budget now goes to the regional auditor, who must sign it off within "
              "thirty days."),
        quotes=('"Nobody wanted to close a library door early, but we could not ask '
                'households for more this year," said {person}.',
                '"This is a budget that balances the books on the backs of pensioners," said '
                'opposition leader {person3}.',
                '"We will be watching every cent of the roads money," said {person2}, who '
                'chairs the ratepayers association.'),
        subheads=("What changes for residents", "Libraries and parking", "The vote"),
        lists=(("The main changes in the budget are:",
                ("Household rates frozen at current levels",
                 "Branch library hours cut from 44 to 36 a week",
                 "Town centre parking charges raised from April",
                 "A new fund for rural road repairs")),),
        closers=("The first library timetable changes take effect in {month}.",
                 "Councillors will revisit the depot sale at their meeting in {month}."),
        traps=("newsletter", "whatsapp", "follow", "sponsor"),
        tags=("Local government", "Budget"),
    ),
    "courts": Family(
        headlines=("Former {place} official jailed for fraud over housing grants",
                   "Jury finds {place} businessman guilty of bribery",
                   "Court hears {place} harbour contract was rigged"),
        deks=("The judge said the offending was sustained and deliberate.",
              "The trial heard evidence from more than {small}0 witnesses."),
        ledes=("A former housing official in {place} has been jailed for {small} years for "
               "diverting grants meant for flood-hit families into companies he controlled.",
               "A jury in {place} has found a property developer guilty of paying bribes to "
               "secure planning approval for a waterfront tower."),
        body=("The court heard that {mid} payments were made over a period of four years.",
              "Judge {person} said the offending had been planned with considerable care.",
              "The defendant, who had pleaded not guilty, showed no reaction as the verdict "
              "was read.",
              "Prosecutors told the court the scheme was uncovered by an internal auditor "
              "who noticed repeated invoices from the same address.",
              "Defence counsel argued that his client had been following instructions from "
              "more senior staff.",
              "The jury deliberated for a little under two days.",
              "Outside court, a group of tenants held handwritten signs and applauded the "
              "verdict.",
              "The judge ordered that assets worth about {money} million dollars be frozen "
              "pending a confiscation hearing.",
              "Two co-accused are due to stand trial separately next year.",
              "The regional anti-corruption commission said it had referred three further "
              "cases to prosecutors."),
        quotes=('"You abused the trust placed in you by people who had lost everything," '
                'Judge {person} told the defendant.',
                '"My client maintains his innocence and will consider an appeal," said '
                '{person3}, his lawyer.',
                '"Today is about the families who waited years for help," said {person2}.'),
        subheads=("Years of payments", "The verdict", "What happens next"),
        lists=(("The court heard evidence that the defendant:",
                ("Approved grants for addresses that did not exist",
                 "Used relatives as directors of shell companies",
                 "Destroyed paper files after the audit began")),),
        closers=("Sentencing of the co-accused is expected in {month}.",
                 "An appeal must be lodged within twenty-eight days."),
        traps=("telegram", "copyright", "share_footage", "photo"),
        tags=("Courts", "Crime"),
    ),
    "storm": Family(
        headlines=("Storm leaves thousands without power in {place}",
                   "Flash floods cut off {place} as rivers burst banks",
                   "{place} counts cost after record rainfall"),
        deks=("Emergency crews worked through the night to reach stranded residents.",
              "Forecasters warn more heavy rain is on the way."),
        ledes=("More than {big}0 homes in {place} were left without electricity on {day} "
               "after a storm brought down power lines across the district.",
               "Flash flooding cut road access to {place} overnight after {mid} millimetres "
               "of rain fell in less than six hours."),
        body=("Emergency services said they had carried out {mid} rescues from cars and "
              "rooftops.",
              "The weather service said it was the wettest twenty-four hours recorded at the "
              "local station since 1971.",
              "Schools in the district were closed and exams were postponed.",
              "An evacuation centre was opened at the community hall, where volunteers served "
              "hot meals.",
              "Farmers reported losing livestock as paddocks disappeared under water.",
              "The power company said full supply might not be restored until the weekend.",
              "Climate scientists have warned that storms of this intensity are becoming "
              "more frequent in the region.",
              "Insurers said they had already received more than {big} claims.",
              "The main highway north of the town remained closed because of a landslip.",
              "Residents were urged to boil drinking water until further notice."),
        quotes=('"The water came up through the floorboards in about twenty minutes," said '
                'resident {person2}.',
                '"Please do not drive through floodwater, it is the single biggest risk to '
                'life," said regional emergency manager {person}.',
                '"We have never seen the river rise this quickly," said farmer {person3}.'),
        subheads=("Rescues overnight", "Power and roads", "A changing climate"),
        lists=(("Authorities advised residents to:",
                ("Stay off flooded roads and bridges",
                 "Boil tap water before drinking it",
                 "Report downed power lines to the network operator",
                 "Check on elderly neighbours")),),
        closers=("A further heavy rain warning is in place until {day} evening.",
                 "The council has opened a relief fund for affected households."),
        traps=("photo", "signup", "whatsapp", "follow"),
        tags=("Weather", "Climate"),
    ),
    "election": Family(
        headlines=("{place} by-election too close to call as counting continues",
                   "Turnout surges in {place} mayoral race",
                   "Newcomer {person} wins {place} seat in upset"),
        deks=("Postal votes could decide the outcome.",
              "The result is a blow to the governing party."),
        ledes=("Counting in the {place} by-election was suspended at dawn with just {mid} "
               "votes separating the two leading candidates.",
               "Independent candidate {person} has won the {place} seat, ending the governing "
               "party's hold on the district after twenty years."),
        body=("Turnout was {mid} per cent, well above the last contest.",
              "Election officials said about {big} postal ballots were still to be checked.",
              "The campaign was dominated by the cost of housing and the closure of the "
              "local maternity unit.",
              "Queues formed at several polling stations before they opened at seven.",
              "The governing party's candidate conceded shortly after midnight.",
              "Observers said the count had been orderly despite the late finish.",
              "Young voters turned out in unusually large numbers in the university wards.",
              "Both main parties spent heavily on door-to-door canvassing in the final week.",
              "A recount was requested in one ward after a discrepancy in the tally sheets.",
              "The electoral commission will publish official figures later this week."),
        quotes=('"People here wanted to be listened to, and tonight they have been heard," '
                '{person} told supporters.',
                '"We will reflect carefully on this result," said party chair {person3}.',
                '"I have lived here fifty years and never seen a queue like it," said voter '
                '{person2}.'),
        subheads=("The count", "Why voters switched", "Reaction"),
        lists=(("The first-preference results were:",
                ("Independent: 41.2 per cent", "Governing party: 33.8 per cent",
                 "Opposition: 17.5 per cent", "Greens: 7.5 per cent")),),
        closers=("The new member is expected to be sworn in next month.",
                 "The governing party said it would review its campaign."),
        traps=("whatsapp", "advert", "podcast", "correction"),
        tags=("Elections", "Politics"),
    ),
    "results": Family(
        headlines=("{company} profit jumps as exports recover",
                   "{company} cuts dividend after weak half",
                   "{company} beats forecasts, shares rally"),
        deks=("The chief executive said demand had picked up in the second quarter.",
              "Analysts had expected a steeper fall."),
        ledes=("{company} reported a {pct} per cent rise in half-year profit on {day}, "
               "helped by stronger export orders and lower freight costs.",
               "{company} said revenue for the six months reached {money} billion dollars, "
               "ahead of analysts' expectations."),
        body=("Operating profit rose to {opm} million dollars from {opm0} million a year "
              "earlier.",
              "The board declared an interim dividend of {div} cents a share.",
              "Chief executive {person} said the company had cut costs at two plants and "
              "renegotiated energy contracts.",
              "Net debt fell to {debt} million dollars at the end of the period.",
              "The company kept its full-year guidance unchanged.",
              "Analysts at two brokers raised their price targets after the results.",
              "Sales in Asia grew faster than in any other region.",
              "The company said it would hire about {big} staff at a new distribution centre.",
              "Labour costs rose because of a new wage agreement with unions.",
              "The results were published before the market opened."),
        quotes=('"We have come through a difficult year leaner and better placed," said '
                '{person}.',
                '"The numbers are better than feared, but margins are still under pressure," '
                'said analyst {person3}.',
                '"The export recovery is real, but it is fragile," said {person2}.'),
        subheads=("Costs and margins", "Dividend", "Outlook"),
        lists=(("Highlights of the half-year:",
                ("Revenue up on a year earlier", "Interim dividend declared",
                 "Net debt reduced", "Full-year guidance confirmed")),),
        closers=("Full-year results are due in {month}.",
                 "The company holds its annual meeting in {month}."),
        traps=("sharesprice", "advertising", "app", "subscriptions"),
        table=("Half-year results ({unit})", ("Measure", "This year", "Last year"),
               (("Revenue", "{rev}", "{rev0}"), ("Operating profit", "{opm}", "{opm0}"),
                ("Net debt", "{debt}", "{debt0}"))),
        finance=True,
        figure_keys=("opm", "opm0", "div", "debt", "price", "rev", "rev0", "debt0"),
        tags=("Business", "Company results"),
    ),
    "markets": Family(
        headlines=("Rand slides as investors flee emerging markets",
                   "Rupee hits record low against dollar",
                   "Shares slump as oil price surges"),
        deks=("Traders said the move was driven by comments from central bankers.",
              "The central bank is expected to intervene."),
        ledes=("The currency fell {fxpct}% to {fx} against the US dollar on {day}, its "
               "weakest level in more than a year.",
               "The benchmark share index closed down {idxpct}% at {idx} points as energy "
               "costs rattled investors."),
        body=("Bond yields climbed to {yld}% on the ten-year government note.",
              "Dealers said demand for dollars from importers had picked up in the afternoon.",
              "Mining stocks led the decline, with two of the largest producers falling "
              "more than three per cent.",
              "Economist {person} said the central bank had room to raise rates if needed.",
              "Brent crude rose to {oil} dollars a barrel after supply disruptions.",
              "Foreign investors sold a net {money} billion in local bonds over the week.",
              "The finance ministry said the fundamentals of the economy remained sound.",
              "Gold held near its recent high as investors sought safety.",
              "Trading volumes were thin ahead of a public holiday.",
              "Retailers warned that a weaker currency would push up the price of imports."),
        quotes=('"This is a risk-off day, pure and simple," said currency strategist '
                '{person}.',
                '"We are not panicking, but we are watching," said {person3}, a fund manager.',
                '"Importers will pass these costs on sooner rather than later," said '
                '{person2}.'),
        subheads=("Bonds under pressure", "Oil and gold", "What traders expect"),
        lists=(("Analysts pointed to three drivers of the sell-off:",
                ("Stronger US jobs data", "Higher oil prices",
                 "Uncertainty over the national budget")),),
        closers=("The central bank's next rate decision is due in {month}.",
                 "Markets reopen after the holiday on {day}."),
        traps=("sharesprice", "telegram", "correction"),
        table=("Closing levels", ("Market", "Close", "Change"),
               (("Benchmark index", "{idx}", "-{idxpct}%"), ("Ten-year yield", "{yld}%",
                                                           "+{yldch}"),
                ("Currency per dollar", "{fx}", "-{fxpct}%"))),
        finance=True,
        figure_keys=("fx", "fxpct", "idx", "idxpct", "yld", "oil", "price", "yldch"),
        tags=("Markets", "Currencies"),
    ),
    "sport": Family(
        headlines=("{place} Rovers stun leaders with late winner",
                   "{place} edge thriller to reach cup final",
                   "Late collapse costs {place} title hopes"),
        deks=("A stoppage-time header settled a tense contest.",
              "The visitors had led for most of the second half."),
        ledes=("{place} Rovers beat the league leaders 2-1 on {day} night thanks to a "
               "header from substitute {person} deep into stoppage time.",
               "{place} reached the cup final after a penalty shoot-out that went to "
               "sudden death."),
        body=("The crowd of {big}0 was the largest at the ground this season.",
              "The visitors took the lead just after half-time from a corner.",
              "Rovers had a goal ruled out for offside before the equaliser.",
              "The captain was booked for a late challenge and will miss the next match.",
              "The coach made three changes at the interval.",
              "The result lifts the club out of the relegation places for the first time "
              "since October.",
              "Fans stayed behind for twenty minutes after the final whistle to applaud the "
              "players.",
              "The goalkeeper made two fine saves in the opening ten minutes.",
              "The league leaders had not lost away from home all season.",
              "Ticket sales for the next home game sold out within an hour."),
        quotes=('"I just threw myself at it and closed my eyes," said {person}.',
                '"We were not good enough in the big moments," said visiting coach {person3}.',
                '"That is the best night I have had as a supporter," said season ticket '
                'holder {person2}.'),
        subheads=("Second-half comeback", "Table", "Next up"),
        lists=(("The starting line-up made three changes:",
                ("A new left back after injury", "A recall for the veteran midfielder",
                 "A first start for the academy striker")),),
        closers=("Rovers travel to the coast on {day} week.",
                 "The final will be played in {month}."),
        traps=("photo", "advert", "subscriptions", "podcast"),
        table=("League standings", ("Club", "Played", "Points"),
               (("Leaders", "18", "41"), ("{place} Rovers", "18", "22"),
                ("Bottom club", "18", "9"))),
        tags=("Sport", "Football"),
    ),
    "health": Family(
        headlines=("{place} hospital waiting lists hit record",
                   "Measles cases rise in {place} as vaccination rates fall",
                   "New clinic opens in {place} to ease pressure on emergency department"),
        deks=("Health officials urge parents to check children's records.",
              "Doctors say staff shortages are to blame."),
        ledes=("The number of patients waiting more than a year for treatment at {place} "
               "General Hospital has reached {big}, the highest figure on record.",
               "Health officials in {place} have confirmed {mid} cases of measles since "
               "the start of {month}, most of them in children under five."),
        body=("Hospital managers said staff shortages in anaesthesia were the main cause.",
              "The regional health board will fund an extra {small} operating theatre "
              "sessions a week.",
              "Vaccination rates among two-year-olds have fallen to {mid} per cent.",
              "Pharmacies will offer free walk-in vaccinations on Saturdays.",
              "The emergency department treated more than {big} patients last month.",
              "Nurses' unions said many staff were working double shifts.",
              "Officials said anyone with a fever and rash should call ahead before visiting "
              "a clinic.",
              "A new urgent care centre will open in a former bank building in the town "
              "centre.",
              "The health minister is due to visit the hospital next week.",
              "The board said it had recruited {small}0 nurses from overseas this year."),
        quotes=('"Every one of those numbers is a person in pain," said surgeon {person}.',
                '"Measles is not a mild illness, and it is entirely preventable," said '
                'medical officer {person3}.',
                '"I have been waiting fourteen months for a hip operation," said patient '
                '{person2}.'),
        subheads=("Theatre shortages", "Vaccination push", "Staffing"),
        lists=(("Symptoms of measles include:",
                ("High fever", "Cough and runny nose", "Red and watery eyes",
                 "A blotchy rash that spreads from the face")),),
        closers=("The board will publish updated figures in {month}.",
                 "Vaccination clinics run until the end of {month}."),
        traps=("correction", "whatsapp", "app", "signup"),
        tags=("Health",),
    ),
    "education": Family(
        headlines=("{place} schools face teacher shortage as term begins",
                   "Parents protest closure of {place} primary school",
                   "{place} students top national exam tables"),
        deks=("The education department says recruitment is improving.",
              "The school has served the village for more than a century."),
        ledes=("Schools across {place} began the new term with {mid} teaching vacancies "
               "unfilled, according to the regional education office.",
               "About {small}00 parents and children marched to the education office in "
               "{place} on {day} to protest against the planned closure of their primary "
               "school."),
        body=("Principals said some classes were being taught by relief staff.",
              "The education department has offered relocation grants to new graduates.",
              "Enrolment at the school has fallen to {mid} pupils.",
              "Officials say the building needs repairs costing {money} million dollars.",
              "The protest was peaceful and lasted about two hours.",
              "Mathematics and science posts are the hardest to fill.",
              "A consultation on the closure runs until the end of the month.",
              "Teachers' union {person3} said pay was not keeping pace with rents.",
              "Students at the district's secondary schools recorded the best exam results "
              "in the country.",
              "Several parents said their children would face a bus journey of forty "
              "minutes."),
        quotes=('"We are doing everything we can to put a qualified teacher in every '
                'classroom," said director {person}.',
                '"This school is the heart of the village," said parent {person2}.',
                '"You cannot run a school system on goodwill alone," said {person3}.'),
        subheads=("Vacancies", "The closure plan", "Exam success"),
        lists=(("The subjects with the most vacancies are:",
                ("Mathematics", "Physics and chemistry", "Technology", "Te reo and languages")),),
        closers=("A final decision on the school is expected in {month}.",
                 "Recruitment figures will be updated at the end of term."),
        traps=("whatsapp", "newsletter", "signup", "telegram"),
        tags=("Education", "Schools"),
    ),
    "transport": Family(
        headlines=("{place} rail line to close for six weeks of repairs",
                   "Bus fares in {place} to rise from {month}",
                   "New bridge opens in {place} after years of delays"),
        deks=("Replacement buses will run between stations.",
              "Commuters say the service is already unreliable."),
        ledes=("The rail line between {place} and the city will close for six weeks from "
               "{month} so that engineers can replace a bridge and two kilometres of track.",
               "Bus fares in {place} will rise by an average of {pct} per cent from "
               "{month}, the regional transport authority announced."),
        body=("Replacement buses will add about thirty minutes to journeys.",
              "The transport authority said only {mid} per cent of trains ran on time last "
              "quarter.",
              "The project is expected to cost {money} million dollars.",
              "Concession fares for students and pensioners will not change.",
              "The bridge was built in 1912 and has been subject to speed limits for years.",
              "Cyclists will be able to use a temporary path alongside the works.",
              "The authority said the closure was timed to coincide with school holidays.",
              "Commuters' groups have called for compensation for season ticket holders.",
              "Freight trains will be diverted along the coastal route.",
              "Real-time information screens will be installed at every station."),
        quotes=('"This is essential work and we cannot delay it any longer," said transport '
                'manager {person}.',
                '"Six weeks of buses will be miserable for shift workers," said {person2}, '
                'who commutes daily.',
                '"Fares are going up while services are going down," said councillor '
                '{person3}.'),
        subheads=("How the closure works", "Fares", "Reliability"),
        lists=(("During the closure:",
                ("Replacement buses run every fifteen minutes at peak times",
                 "Bikes are not allowed on replacement buses",
                 "Season tickets are valid on buses")),),
        closers=("The line is due to reopen in {month}.",
                 "The new fares will be published on the authority's website."),
        traps=("app", "share_footage", "advert", "follow"),
        table=("Average weekday journey times (minutes)", ("Route", "Usual", "During works"),
               (("{place} to city centre", "34", "62"), ("{place} to airport", "51", "78"),
                ("Cross-town", "22", "22"))),
        tags=("Transport",),
    ),
    "culture": Family(
        headlines=("{place} gallery wins fight to keep disputed painting",
                   "Film shot in {place} premieres to standing ovation",
                   "{place} festival returns after four-year break"),
        deks=("Organisers expect record crowds.",
              "The director thanked residents who appeared as extras."),
        ledes=("A gallery in {place} will keep a disputed nineteenth-century landscape "
               "after a tribunal rejected a claim by the painter's descendants.",
               "A film shot almost entirely in {place} received a standing ovation at its "
               "premiere on {day} night."),
        body=("The painting was bought by the gallery in 1958 for a modest sum.",
              "The tribunal found there was no evidence it had been acquired unlawfully.",
              "Director {person} spent three summers filming in the town.",
              "About {mid} residents appeared as extras.",
              "The festival will feature {small}0 acts across four stages.",
              "Tickets for the opening night sold out within minutes.",
              "The gallery plans a new exhibition about the painting's history.",
              "The film has been selected for two international festivals.",
              "Local businesses said the production had brought welcome trade.",
              "Organisers said the festival would be free for children under twelve."),
        quotes=('"This painting belongs to the public, and now it will stay with the '
                'public," said gallery director {person}.',
                '"The town is the real star of this film," said {person}.',
                '"We have waited four long years for this," said organiser {person2}.'),
        subheads=("The tribunal's ruling", "On location", "Festival programme"),
        lists=(("Highlights of the programme include:",
                ("A night of traditional music on the waterfront",
                 "An exhibition of photographs from the 1970s",
                 "A children's parade on the closing day")),),
        closers=("The exhibition opens in {month}.",
                 "The film will be released in cinemas in {month}."),
        traps=("copyright", "photo", "sponsor", "podcast"),
        tags=("Arts", "Culture"),
    ),
    "science": Family(
        headlines=("{place} researchers find new species of frog",
                   "Telescope in {place} spots unusual radio bursts",
                   "Study links {place} river pollution to farm run-off"),
        deks=("The findings were published in a peer-reviewed journal.",
              "Scientists say more monitoring is needed."),
        ledes=("Researchers working near {place} have identified a species of tree frog "
               "that had never been described by science.",
               "Scientists using a radio telescope near {place} have detected a series of "
               "unusually regular bursts from a distant galaxy."),
        body=("The frog is about {small} centimetres long and has bright orange markings.",
              "The team spent {mid} nights recording calls in the forest.",
              "The findings were published in a peer-reviewed journal this week.",
              "The bursts repeated every sixteen days for more than a year.",
              "Lead author {person} said the discovery showed how much remained unknown.",
              "Nitrate levels in the river were found to be twice the recommended limit.",
              "The research was funded by a national science grant.",
              "Conservation groups called for the forest to be given protected status.",
              "Other astronomers said the results would need to be confirmed independently.",
              "Samples were collected at {mid} sites along the river."),
        quotes=('"Finding a new vertebrate in a forest this close to a town is remarkable," '
                'said {person}.',
                '"We do not yet know what produces this pattern," said {person3}.',
                '"The data are clear that farm run-off is the main source," said {person2}.'),
        subheads=("How it was found", "What the data show", "Next steps"),
        lists=(("The team recommended:",
                ("Fencing streams on dairy farms", "Monthly water testing",
                 "Replanting riverbanks with native species")),),
        closers=("Further surveys are planned for {month}.",
                 "The team will present its work at a conference in {month}."),
        traps=("copyright", "podcast", "signup", "correction"),
        tags=("Science", "Environment"),
    ),
}

EN_FAMILIES = tuple(FAMILIES)


@dataclass(frozen=True, slots=True)
class Foreign:
    """A story in another language: the same shape as a family, fewer options."""

    headline: str
    dek: str
    lede: str
    body: tuple[str, ...]
    quotes: tuple[str, ...]
    subheads: tuple[str, ...]
    list_intro: str
    items: tuple[str, ...]
    trap: str
    closer: str
    family: str


FOREIGN: dict[str, Foreign] = {
    "de": Foreign(
        headline="{place} beschließt Haushalt mit Kürzungen bei Bädern",
        dek="Die Opposition spricht von einem schwarzen Tag für Familien.",
        lede="Der Stadtrat von {place} hat am {day_de} einen Haushalt verabschiedet, der "
             "die Öffnungszeiten der beiden Hallenbäder deutlich verkürzt.",
        body=("Für den Entwurf stimmten {mid} Ratsmitglieder, {small} stimmten dagegen.",
              "Bürgermeisterin {person} verwies auf gestiegene Energiekosten.",
              "Das Defizit liegt nach Angaben der Kämmerei bei rund {money} Millionen Euro.",
              "Vereine befürchten, dass Schwimmkurse für Kinder ausfallen müssen.",
              "Die Grundsteuer bleibt in diesem Jahr unverändert.",
              "Ein Antrag der Grünen auf ein Sozialticket fand keine Mehrheit.",
              "Vor dem Rathaus hatten sich zuvor etwa zweihundert Menschen versammelt."),
        quotes=("„Wir mussten zwischen schlechten und sehr schlechten Lösungen wählen“, "
                "sagte {person}.",
                "„Das ist ein schwarzer Tag für alle Familien in dieser Stadt“, sagte "
                "Fraktionschef {person2}."),
        subheads=("Was sich für Bürger ändert", "Streit um die Bäder"),
        list_intro="Die wichtigsten Beschlüsse im Überblick:",
        items=("Kürzere Öffnungszeiten in beiden Hallenbädern",
               "Keine Erhöhung der Grundsteuer", "Mehr Geld für die Sanierung von Schulen"),
        trap="„Unser Newsletter erreicht inzwischen mehr Haushalte als das Amtsblatt“, "
             "sagte {person2} in der Debatte.",
        closer="Die neuen Öffnungszeiten gelten ab {month_de}.",
        family="council",
    ),
    "fr": Foreign(
        headline="À {place}, la fermeture de la ligne de bus divise les habitants",
        dek="La métropole promet un service de transport à la demande.",
        lede="La ligne de bus qui relie {place} au centre-ville sera supprimée à partir de "
             "{month_fr}, a annoncé la métropole {day_fr}.",
        body=("Environ {big} voyageurs l'empruntent chaque jour, selon les chiffres "
              "officiels.",
              "La métropole justifie sa décision par le coût de l'exploitation.",
              "Un service de transport à la demande doit remplacer la ligne.",
              "Les habitants les plus âgés craignent de se retrouver isolés.",
              "Une pétition a déjà recueilli plusieurs centaines de signatures.",
              "Le maire, {person}, dit avoir été mis devant le fait accompli.",
              "Une réunion publique est prévue dans la salle des fêtes."),
        quotes=("« Sans ce bus, je ne peux plus aller chez le médecin », confie {person2}, "
                "qui vit ici depuis trente ans.",
                "« Nous avons été consultés trop tard », regrette {person}."),
        subheads=("Un service à la demande", "La colère des habitants"),
        list_intro="Ce qui change pour les usagers :",
        items=("La ligne actuelle est supprimée",
               "Les trajets devront être réservés la veille",
               "Le tarif reste celui d'un ticket ordinaire"),
        trap="Les opposants se sont organisés au sein d'un groupe WhatsApp qui compte "
             "désormais plus de {mid}0 membres.",
        closer="La métropole doit présenter le nouveau service en {month_fr}.",
        family="transport",
    ),
    "es": Foreign(
        headline="Las lluvias torrenciales dejan sin luz a miles de vecinos en {place}",
        dek="Protección Civil mantiene la alerta naranja hasta el jueves.",
        lede="Más de {big}0 viviendas de {place} se quedaron sin suministro eléctrico tras "
             "las lluvias torrenciales que cayeron durante la noche.",
        body=("Los bomberos realizaron {mid} rescates en garajes y bajos inundados.",
              "La alcaldesa, {person}, pidió a los vecinos que no utilicen el coche.",
              "Las clases quedaron suspendidas en todos los colegios del municipio.",
              "En algunos puntos se recogieron más de cien litros por metro cuadrado.",
              "La compañía eléctrica prevé restablecer el servicio a lo largo del día.",
              "Los agricultores calculan pérdidas importantes en los cultivos de regadío.",
              "El polideportivo municipal se habilitó como albergue provisional."),
        quotes=("«El agua entró en casa en cuestión de minutos», relató {person2}.",
                "«Es el episodio más grave que recordamos», afirmó {person}."),
        subheads=("Rescates durante la noche", "Daños en el campo"),
        list_intro="Las autoridades recomiendan:",
        items=("Evitar los desplazamientos por carretera",
               "No cruzar zonas inundadas", "Seguir las indicaciones de Protección Civil"),
        trap="Una foto de la plaza mayor convertida en un lago se compartió miles de veces "
             "en las redes sociales.",
        closer="La Agencia Estatal de Meteorología mantiene el aviso hasta el jueves.",
        family="storm",
    ),
    "it": Foreign(
        headline="{place}, il tribunale condanna l'ex assessore per corruzione",
        dek="La difesa annuncia ricorso in appello.",
        lede="Il tribunale di {place} ha condannato a {small} anni l'ex assessore "
             "all'urbanistica per una serie di tangenti legate a permessi edilizi.",
        body=("Secondo l'accusa, le somme versate superano i {mid}0 mila euro.",
              "Il processo è durato quasi due anni.",
              "L'imputato ha sempre respinto le accuse.",
              "Il giudice {person} ha disposto anche la confisca di alcuni beni.",
              "Altri due imputati sono stati assolti per insufficienza di prove.",
              "In aula erano presenti alcuni rappresentanti delle associazioni di quartiere.",
              "Il comune si era costituito parte civile."),
        quotes=("«È una sentenza che restituisce fiducia ai cittadini», ha detto {person2}.",
                "«Ricorreremo in appello», ha annunciato l'avvocato {person}."),
        subheads=("Le accuse", "La reazione del comune"),
        list_intro="Secondo la sentenza, l'ex assessore:",
        items=("Ha accettato denaro in cambio di permessi",
               "Ha favorito imprese vicine a familiari",
               "Ha omesso di dichiarare alcuni redditi"),
        trap="I messaggi, secondo la procura, venivano scambiati in un canale Telegram "
             "riservato a pochi iscritti.",
        closer="Le motivazioni della sentenza saranno depositate entro novanta giorni.",
        family="courts",
    ),
    "pt": Foreign(
        headline="Escolas de {place} começam o ano letivo com falta de professores",
        dek="O ministério garante que as vagas serão preenchidas em breve.",
        lede="As escolas de {place} arrancaram o ano letivo com {mid} horários de "
             "professores por preencher, segundo os sindicatos.",
        body=("Há turmas que ainda não tiveram uma única aula de matemática.",
              "O diretor do agrupamento, {person}, fala numa situação inédita.",
              "O ministério diz que estão a decorrer novos concursos.",
              "Muitos professores recusam colocações por causa do preço das casas.",
              "As associações de pais admitem avançar com uma queixa formal.",
              "A câmara municipal ofereceu alojamento temporário a docentes deslocados.",
              "O problema repete-se pelo terceiro ano consecutivo."),
        quotes=("«Não podemos ensinar sem professores», afirmou {person}.",
                "«A minha filha está há três semanas sem aulas de inglês», disse {person2}."),
        subheads=("Concursos em curso", "O custo da habitação"),
        list_intro="As disciplinas mais afetadas são:",
        items=("Matemática", "Informática e tecnologias", "Inglês e outras línguas"),
        trap="Os pais combinaram o protesto num grupo de WhatsApp com centenas de membros.",
        closer="O ministério promete uma solução até ao final de {month_pt}.",
        family="education",
    ),
    "nl": Foreign(
        headline="Ziekenhuis {place} kampt met recordwachtlijst",
        dek="Het personeelstekort op de operatiekamers is de belangrijkste oorzaak.",
        lede="Het aantal patiënten dat langer dan een jaar wacht op een operatie in het "
             "ziekenhuis van {place} is opgelopen tot {big}.",
        body=("Volgens de directie ontbreekt het vooral aan anesthesiemedewerkers.",
              "Het ziekenhuis wil extra operatiekamers openen in de avonduren.",
              "Zorgverzekeraars hebben extra geld toegezegd.",
              "Chirurg {person} spreekt van een onhoudbare situatie.",
              "Patiënten worden soms doorverwezen naar ziekenhuizen in de regio.",
              "De spoedeisende hulp behandelde vorige maand een recordaantal patiënten.",
              "De minister van Volksgezondheid bezoekt het ziekenhuis volgende week."),
        quotes=("„Achter elk getal zit iemand die pijn heeft”, zegt {person}.",
                "„Ik wacht al veertien maanden op een nieuwe heup”, zegt {person2}."),
        subheads=("Tekort aan personeel", "Extra operaties"),
        list_intro="Het ziekenhuis neemt de volgende maatregelen:",
        items=("Extra operaties in de avond", "Samenwerking met klinieken in de regio",
               "Werving van personeel in het buitenland"),
        trap="Het ziekenhuis moest eerder een correctie publiceren, omdat het aantal "
             "wachtenden te laag was opgegeven.",
        closer="Nieuwe cijfers worden in {month_nl} verwacht.",
        family="health",
    ),
    "pl": Foreign(
        headline="{place}: radni przyjęli budżet. Mniej pieniędzy na drogi",
        dek="Opozycja zapowiada skargę do wojewody.",
        lede="Radni gminy {place} przyjęli w {day_pl} budżet na przyszły rok, w którym "
             "wydatki na remonty dróg zmniejszono o jedną trzecią.",
        body=("Za przyjęciem budżetu głosowało {mid} radnych, przeciw było {small}.",
              "Wójt {person} tłumaczy cięcia rosnącymi kosztami energii.",
              "Deficyt ma wynieść około {money} mln zł.",
              "Mieszkańcy wsi skarżą się na dziurawe drogi gminne.",
              "Więcej pieniędzy trafi za to do szkół i przedszkoli.",
              "Sesja trwała ponad sześć godzin.",
              "Część radnych opuściła salę przed głosowaniem."),
        quotes=("– Musieliśmy wybierać między złymi a bardzo złymi rozwiązaniami – mówi "
                "{person}.",
                "– To budżet, który zostawia wsie samym sobie – ocenia radny {person2}."),
        subheads=("Cięcia na drogach", "Więcej na szkoły"),
        list_intro="Najważniejsze zmiany w budżecie:",
        items=("Mniej pieniędzy na remonty dróg gminnych",
               "Podwyżki dla nauczycieli przedszkolnych", "Nowa linia autobusu szkolnego"),
        trap="Mieszkańcy skrzykiwali się na sesję przez grupę na WhatsAppie, która liczy "
             "już kilkaset osób.",
        closer="Budżet trafi teraz do regionalnej izby obrachunkowej.",
        family="council",
    ),
    "sv": Foreign(
        headline="Storm slog ut strömmen för tusentals i {place}",
        dek="Elbolaget räknar med att alla har ström igen till helgen.",
        lede="Över {big}0 hushåll i {place} var utan ström på {day_sv} efter att stormen "
             "fällt träd över elledningarna.",
        body=("Räddningstjänsten ryckte ut på {mid} larm under natten.",
              "Flera vägar var avstängda på grund av nedfallna träd.",
              "Elbolagets presschef {person} säger att läget är ansträngt.",
              "Tågtrafiken norrut ställdes in under förmiddagen.",
              "Skolorna i kommunen höll stängt.",
              "SMHI hade utfärdat en orange varning för hårda vindbyar.",
              "Kommunen öppnade en värmestuga i idrottshallen."),
        quotes=("– Det har varit en lång natt för alla våra montörer, säger {person}.",
                "– Vi har varken ström eller vatten, säger {person2}."),
        subheads=("Natten med stormen", "När kommer strömmen tillbaka?"),
        list_intro="Kommunen uppmanar invånarna att:",
        items=("Hålla sig borta från nedfallna ledningar",
               "Ha vatten och batterier hemma", "Ringa 112 endast vid nödläge"),
        trap="En bild på det krossade kyrktornet har delats tiotusentals gånger i sociala "
             "medier.",
        closer="Elbolaget räknar med att alla har ström igen till helgen.",
        family="storm",
    ),
}

FOREIGN_LANGS = tuple(FOREIGN)

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_MONTHS = ("January", "February", "March", "April", "May", "June")
_LOCAL_DAY = {"de": ("Montag", "Dienstag", "Mittwoch"), "fr": ("lundi", "mardi", "mercredi"),
              "pl": ("poniedziałek", "wtorek", "środę"), "sv": ("måndagen", "tisdagen",
                                                               "onsdagen")}
_LOCAL_MONTH = {"de": ("Januar", "Februar", "März"), "fr": ("janvier", "février", "mars"),
                "pt": ("janeiro", "fevereiro", "março"), "nl": ("januari", "februari",
                                                                "maart")}


def _values(rng: random.Random, lang: str, place: str, people: tuple[str, ...]) -> dict[str,
                                                                                         str]:
    v: dict[str, str] = {
        "place": place, "person": people[0], "person2": people[1], "person3": people[2],
        "company": rng.choice(COMPANIES), "day": rng.choice(_DAYS), "month": rng.choice(_MONTHS),
        "small": str(rng.randint(3, 9)), "mid": str(rng.randint(12, 94)),
        "big": str(rng.randint(120, 980)), "pct": f"{rng.uniform(1.1, 19.8):.1f}",
        "money": f"{rng.uniform(1.2, 48.0):.1f}", "unit": "millions of dollars",
    }
    opm0 = rng.randint(180, 640)
    opm = opm0 + rng.randint(-60, 140)
    rev0 = rng.randint(1500, 4800)
    debt0 = rng.randint(700, 2100)
    v.update({
        "opm": str(opm), "opm0": str(opm0), "rev": f"{rev0 + rng.randint(-90, 420):,}",
        "rev0": f"{rev0:,}", "debt": f"{debt0 - rng.randint(20, 300):,}", "debt0": f"{debt0:,}",
        "div": f"{rng.uniform(4.0, 38.0):.1f}", "price": f"{rng.uniform(110, 980):.1f}",
        "fx": f"{rng.uniform(14.0, 92.0):.2f}", "fxpct": f"{rng.uniform(0.6, 2.9):.1f}",
        "idx": f"{rng.randint(18000, 84000):,}.{rng.randint(10, 99)}",
        "idxpct": f"{rng.uniform(0.7, 3.4):.2f}", "yld": f"{rng.uniform(3.1, 11.9):.2f}",
        "yldch": f"0.{rng.randint(11, 48)}", "oil": f"{rng.uniform(61, 96):.2f}",
    })
    for code, days in _LOCAL_DAY.items():
        if code == lang:
            v[f"day_{code}"] = rng.choice(days)
    for code, months in _LOCAL_MONTH.items():
        if code == lang:
            v[f"month_{code}"] = rng.choice(months)
    return v


def _fill(text: str, v: dict[str, str]) -> str:
    return text.format(**v)


def _paragraphs(rng: random.Random, sentences: list[str]) -> list[list[str]]:
    out: list[list[str]] = []
    while sentences:
        take = min(len(sentences), rng.choice((1, 2, 2, 3)))
        out.append(sentences[:take])
        sentences = sentences[take:]
    return out


def make_english(rng: random.Random, story_id: str, family_name: str) -> Story:
    """An English story of ``family_name``."""
    fam = FAMILIES[family_name]
    place = rng.choice(PLACES["en"])
    people = tuple(rng.sample(PEOPLE["en"], 3))
    v = _values(rng, "en", place, people)

    def f(text: str) -> str:
        return _fill(text, v)

    body = [f(s) for s in rng.sample(fam.body, 8)]
    quotes = [f(q) for q in rng.sample(fam.quotes, 3)]
    subheads = [f(s) for s in rng.sample(fam.subheads, 2)]
    traps = [f(TRAPS[t]) for t in rng.sample(fam.traps, 2)]
    blocks: list[Block] = [Block("p", (f(rng.choice(fam.ledes)),)),
                           Block("p", tuple(body[:2])), Block("p", (quotes[0],))]
    blocks.append(Block("p", (body[2], traps[0]), traps=(traps[0],)))
    blocks.append(Block("h2", (subheads[0],)))
    for para in _paragraphs(rng, body[3:6]):
        blocks.append(Block("p", tuple(para)))
    extras = ["list", "pull", "table", "quote", "short"]
    rng.shuffle(extras)
    chosen = [*extras[:3], "short"] if "short" not in extras[:3] else extras[:3]
    for extra in chosen:
        if extra == "list" and fam.lists:
            intro, items = rng.choice(fam.lists)
            blocks.append(Block("p", (f(intro),)))
            blocks.append(Block(rng.choice(("ul", "ol")), tuple(f(i) for i in items)))
        elif extra == "pull":
            blocks.append(Block("pull", (quotes[1],)))
            quotes[1] = ""
        elif extra == "table" and fam.table is not None:
            caption, head, rows = fam.table
            filled = tuple(tuple(f(c) for c in row) for row in ((*head,), *rows))
            cells = tuple(dict.fromkeys(c for row in filled for c in row if len(c) >= 3))
            figs = tuple(c for c in cells if any(ch.isdigit() for ch in c)) if fam.finance else ()
            blocks.append(Block("p", (f(caption) + ".",)))
            blocks.append(Block("table", cells, traps=cells, figures=figs, rows=filled))
        elif extra == "quote":
            blocks.append(Block("quote", (quotes[2],)))
            quotes[2] = ""
        elif extra == "short":
            blocks.append(Block("p", (body[6],)))
            body[6] = ""
    blocks.append(Block("h2", (subheads[1],)))
    rest = [s for s in (quotes[1], body[6], body[7]) if s]
    for para in _paragraphs(rng, rest):
        blocks.append(Block("p", tuple(para)))
    blocks.append(Block("p", tuple(s for s in (quotes[2], traps[1]) if s), traps=(traps[1],)))
    blocks.append(Block("p", (f(rng.choice(fam.closers)),)))
    if fam.finance:
        text = "\n".join(s for b in blocks if b.kind != "table" for s in b.sentences)
        keyed = tuple(v[k] for k in fam.figure_keys if v[k] in text)
        blocks = [_with_figures(b, keyed) for b in blocks]
    return Story(story_id, "en", family_name, f(rng.choice(fam.headlines)),
                 f(rng.choice(fam.deks)), place, people, tuple(blocks), fam.finance,
                 fam.tags)


def _with_figures(block: Block, keyed: tuple[str, ...]) -> Block:
    if block.kind == "table":
        return block
    figs = tuple(k for k in keyed if any(k in s for s in block.sentences))
    return Block(block.kind, block.sentences, block.traps, figs, block.rows)


def make_foreign(rng: random.Random, story_id: str, lang: str) -> Story:
    """The story in ``lang``."""
    spec = FOREIGN[lang]
    place = rng.choice(PLACES[lang])
    people = tuple(rng.sample(PEOPLE[lang], 3))
    v = _values(rng, lang, place, people)

    def f(text: str) -> str:
        return _fill(text, v)

    body = [f(s) for s in spec.body]
    rng.shuffle(body)
    trap = f(spec.trap)
    blocks = [Block("p", (f(spec.lede),)), Block("p", tuple(body[:2])),
              Block("p", (f(spec.quotes[0]),)), Block("h2", (spec.subheads[0],)),
              Block("p", (body[2], trap), traps=(trap,)), Block("p", (body[3],)),
              Block("p", (spec.list_intro,)),
              Block(rng.choice(("ul", "ol")), spec.items),
              Block("h2", (spec.subheads[1],)), Block("p", tuple(body[4:6])),
              Block(rng.choice(("quote", "p")), (f(spec.quotes[1]),)),
              Block("p", (body[6], f(spec.closer)))]
    return Story(story_id, lang, spec.family, f(spec.headline), f(spec.dek), place, people,
                 tuple(blocks))
