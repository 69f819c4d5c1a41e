"""Story text for the fresh evaluation: seeded sentence banks and content traps.

A ``Story`` is a headline, a dek and its blocks in reading order: paragraphs (one to three
sentences), sub-headings, bulleted or numbered lists, block quotes that are part of the
story, pull quotes that repeat one of its sentences, and tables of figures. Sentences are
templates whose slots are filled from seeded pools (people, places, organisations,
numbers), so no two stories print the same sentence. English has nine story families
(housing, schools, floods, hospitals, aviation, courts, football, company earnings and
interest rates); German, French, Spanish and Italian have two stories' worth of city and
regional news each, Portuguese and Dutch one.

Finance stories (``earnings``, ``rates``) print every price, percentage and amount
through ``Filler.figure``, so each is recorded in the block's ``figures``.

Content traps are story sentences that name something a noise filter looks for: a
newsletter's readership, a subscription business, a photographer's prize, a podcast
network's layoffs, people signing up, a video being shared, an advertisement, copyright,
comments, a corrected figure. They are content and must be kept; so are sub-headings,
list items, block quotes and table rows.

Deterministic from the ``random.Random`` given: no clock, no ``hash()``, no network.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

# --------------------------------------------------------------------------- pools

PEOPLE: dict[str, list[str]] = {
    "en": ["Renata Osei", "Callum Fairbairn", "Deepa Venkatesan", "Marcus Holloway",
           "Ingrid Solberg", "Tariq Hassan", "Beatrice Lam", "Wendell Pryce", "Niamh Costello",
           "Arjun Mehta", "Felicity Sandoval", "Gordon Achterberg", "Yusra Qureshi",
           "Harriet Blakemore", "Emeka Nwosu", "Lorenzo Abate", "Tamsin Reid", "Vikram Sodhi",
           "Oluwaseun Bello", "Clara Whitcombe"],
    "de": ["Annika Brandt", "Matthias Lorenz", "Derya Yilmaz", "Konstantin Reuter",
           "Ulrike Pfeiffer", "Jonas Hartmann", "Leonie Busch", "Ralf Steinmeier"],
    "fr": ["Élodie Besson", "Grégoire Lambert", "Samira Haddad", "Thibault Perrin",
           "Margaux Fontaine", "Olivier Charpentier", "Lina Mercier", "Bastien Leroux"],
    "es": ["Irene Salcedo", "Álvaro Quintana", "Nuria Beltrán", "Sergio Cabrera",
           "Rocío Lozano", "Tomás Escudero", "Alba Prieto", "Hugo Bermejo"],
    "it": ["Chiara Benedetti", "Matteo Ferraro", "Giulia Santoro", "Lorenzo Galli",
           "Federica Marchetti", "Davide Colombo", "Silvia Rinaldi", "Paolo De Luca"],
    "pt": ["Beatriz Carvalho", "Rui Mendes", "Inês Tavares", "Tiago Moreira",
           "Mariana Lopes", "Duarte Pinheiro"],
    "nl": ["Sanne de Vries", "Joost van Dijk", "Femke Jansen", "Ruben Bakker",
           "Lotte Visser", "Daan Mulder"],
}
ROLES: dict[str, list[str]] = {
    "en": ["a planning officer with the borough", "the head teacher at Northfield Primary",
           "a spokesperson for the emergency services", "the chair of the tenants' union",
           "an economist at a regional bank", "a consultant in emergency medicine",
           "the airport's chief operating officer", "a defence lawyer",
           "the club's director of football", "a ward councillor",
           "a senior researcher at the university", "the owner of a hardware shop",
           "a community organiser"],
    "de": ["Baudezernentin", "Sprecher des Bezirksamts", "Vorsitzende des Mietervereins",
           "Wirtschaftsforscher", "Ortsvorsteher"],
    "fr": ["maire adjointe chargée du logement", "porte-parole de la métropole",
           "présidente du collectif d'habitants", "économiste", "conseiller départemental"],
    "es": ["teniente de alcalde", "portavoz de la consejería", "presidenta vecinal",
           "economista", "concejal de Movilidad"],
    "it": ["assessora all'Urbanistica", "portavoce della Regione", "presidente del comitato",
           "economista", "consigliere comunale"],
    "pt": ["vereadora do Urbanismo", "porta-voz da câmara", "presidente da associação"],
    "nl": ["wethouder Wonen", "woordvoerder van de gemeente", "voorzitter van de bewonersraad"],
}
PLACES: dict[str, list[str]] = {
    "en": ["Ashcombe", "Port Wendell", "Kilbride Heights", "Marrowfield", "Tallis Bay",
           "Oakhurst", "Bramley Cross", "Dunmore", "Silverdale", "Elkin Springs",
           "Hollins Park", "Carrow Point", "Westerly", "Fenwick"],
    "de": ["Altenbrück", "Hohenfeld", "Wiesenthal", "Sankt Ulrich", "Marktbreit-Süd"],
    "fr": ["Villers-la-Forêt", "Saint-Rémy-du-Val", "Montbazin", "Lorgues-sur-Mer"],
    "es": ["Villanueva del Río", "Santa Eulalia", "Peñarroya", "Castrojeriz del Mar"],
    "it": ["Borgofranco", "San Vito al Colle", "Montecastello", "Rivalta Marina"],
    "pt": ["Vila Nova do Campo", "Santa Marta do Rio", "Alcobaça Nova"],
    "nl": ["Westerveld", "Oosterhoven", "Zuidbroek aan Zee"],
}
ORGS: dict[str, list[str]] = {
    "en": ["the housing trust", "the regional water board", "the education department",
           "the district health authority", "the civil aviation regulator",
           "the prosecutor's office", "the fire and rescue service", "the ratepayers' alliance"],
    "de": ["das Bauamt", "die Wohnungsbaugesellschaft", "der Landkreis", "die Bezirksregierung"],
    "fr": ["la communauté d'agglomération", "l'office HLM", "la région", "la sous-préfecture"],
    "es": ["la Junta", "la empresa municipal de vivienda", "la Confederación Hidrográfica",
           "la Diputación provincial"],
    "it": ["la Regione", "l'azienda sanitaria", "la Provincia", "il consorzio di bonifica"],
    "pt": ["a câmara municipal", "a junta de freguesia", "a comissão de coordenação"],
    "nl": ["de gemeente", "de provincie", "het waterschap", "de woningcorporatie"],
}
COMPANIES = ["Larkspur Logistics", "Tenmoor Foods", "Quayside Semiconductor", "Brennick Homes",
             "Aldergate Insurance", "Helvar Pharmaceuticals", "Ostrand Shipping",
             "Cobalt Ridge Mining", "Fennimore Retail", "Vireo Networks", "Saltmarsh Energy",
             "Kingfell Bank"]
TEAMS = ["Ashcombe Rovers", "Port Wendell Albion", "Marrowfield Town", "Tallis Bay City",
         "Oakhurst United", "Dunmore Athletic", "Silverdale Wanderers"]
DAYS: dict[str, list[str]] = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November"]
STREETS: dict[str, list[str]] = {
    "en": ["Cooper Street", "the Esplanade", "Wharf Lane", "Station Parade", "Long Acre Road",
           "Barrow Hill", "Mercer Avenue"],
    "de": ["Schillerstraße", "Mühlbachstraße", "Kirchgasse", "Uferpromenade"],
    "fr": ["rue des Tanneurs", "boulevard Gambetta", "quai de la Loire", "place Carnot"],
    "es": ["calle Mayor", "avenida de la Constitución", "calle del Prado Chico"],
    "it": ["via Garibaldi", "corso Vittorio Emanuele", "piazza del Mercato"],
    "pt": ["rua Direita", "avenida da Liberdade", "rua do Chafariz"],
    "nl": ["de Kerkstraat", "de Havenkade", "het Marktplein"],
}

# --------------------------------------------------------------------------- English banks

FAMILIES: dict[str, dict[str, list[str]]] = {"en": {
    "housing": [
        "{place} councillors voted {n} to 2 on {day} night to allow apartment blocks of up to "
        "six storeys along {street}, ending a zoning fight that had dragged on for {n3} months.",
        "Developers will be able to skip a separate hearing if at least one in five new homes "
        "is let below market rent, a condition {org} had pushed for since spring.",
        "Average rents in {place} have climbed faster than wages for {n} years in a row, and "
        "the waiting list for social housing now stands at about {n2} households.",
        "Opponents packed the chamber with signs reading \u201cHomes, not towers\u201d and argued "
        "that the sewers and schools around {street} were already stretched.",
        "{person} said the council had been \u201cmanaging decline by saying no\u201d and that "
        "young families were leaving {place} because they could not find anywhere to live.",
        "The new rules also cut the number of parking spaces required for each flat, a change "
        "that drew some of the sharpest criticism from residents on {street}.",
        "A report commissioned by {org} estimated the rezoning could add {n2} homes over the "
        "next decade if interest rates stay where they are.",
        "Builders warned that construction costs in {place} had risen by roughly a third since "
        "{year2}, and that some approved schemes might still never break ground.",
        "{person2}, {role2}, said tenants would judge the decision by whether rents actually "
        "stopped rising, not by how many cranes appeared on the skyline.",
        "The first applications under the new rules are expected before {month}, and officials "
        "said they had already fielded {n} inquiries from local builders.",
        "The plan sets aside land near {street} for a community land trust, which would sell "
        "homes at prices tied to local incomes rather than the open market.",
    ],
    "schools": [
        "{org} confirmed on {day} that two primary schools in {place} will merge next year as "
        "pupil numbers fall for the {ordinal} year running.",
        "Enrolment across the district has dropped by about {n2} pupils since {year2}, which "
        "officials put down to falling birth rates and families moving away for work.",
        "Parents at Northfield Primary on {street} started a petition within hours of the "
        "announcement, saying the walk to the merged school would take their children across "
        "two main roads.",
        "{person}, {role}, said staff had been told that no teaching jobs would be lost, "
        "although some support roles would be redeployed.",
        "The merged school will use the larger of the two buildings, which is due for a new roof "
        "and heating system that {org} has budgeted at {n} million.",
        "Inspectors rated both schools as good at their last visits, and several parents said "
        "they could not understand why a successful school was being closed.",
        "A consultation will run until the end of {month}, with public meetings planned at "
        "both schools and at the {place} library.",
        "Teachers' representatives said they supported the plan in principle but wanted written "
        "guarantees about class sizes, which they fear could rise above {n3}.",
        "The district also plans to open a breakfast club and an after-school programme at the "
        "merged site, funded partly by money saved on running two buildings.",
        "{person2} said children in {place} had already lived through enough disruption and "
        "asked the board to delay any move until the summer holidays.",
    ],
    "floods": [
        "Emergency crews evacuated about {n2} residents from low-lying streets in {place} on "
        "{day} after the river rose more than {n} feet in twelve hours.",
        "Water reached the first floors of homes along {street}, and rescuers in boats "
        "brought out elderly residents who had refused to leave the night before.",
        "{org} said it had recorded {n3} millimetres of rain in the catchment over two days, "
        "more than usually falls in the whole of {month}.",
        "Schools in {place} and two neighbouring towns were closed, and the main road bridge "
        "remained shut while engineers checked its supports.",
        "{person}, {role}, said the flood defences completed in {year2} had held but that water "
        "had come up through drains behind them.",
        "About {n2} properties were without power by {day} evening, and the electricity "
        "network said some might not be reconnected until the water had gone down.",
        "Volunteers set up a rest centre in the sports hall on {street}, where families slept on "
        "camp beds and local bakeries dropped off food.",
        "Insurers said it was too early to estimate the cost, but brokers warned that premiums "
        "in {place} had already doubled after the last serious flood.",
        "Forecasters expect the river to peak again on {day2} as water from higher ground "
        "reaches the town, and residents were told to keep sandbags in place.",
        "Farmers upstream said fields had been under water for {n} days and that winter crops "
        "sown in autumn were probably lost.",
    ],
    "hospital": [
        "Ambulances queued outside {place} General for up to {n} hours on {day} as the "
        "emergency department declared a critical incident for the second time this winter.",
        "{org} said the hospital had {n3} patients who were well enough to go home but could "
        "not be discharged because there was no care available in the community.",
        "{person}, {role}, said staff were treating patients in corridors and that some had "
        "waited more than a day for a bed on a ward.",
        "Flu admissions across the region have risen for {n} consecutive weeks, and the "
        "hospital has reopened a ward that was closed for refurbishment.",
        "Patients were urged to use pharmacies and walk-in centres for minor illnesses, and to "
        "call the non-emergency line before coming to the hospital.",
        "Nurses' representatives said vacancies on the acute wards stood at about one in eight, "
        "and that agency staff were filling gaps at short notice.",
        "The hospital on {street} was built for a town half the size of today's {place}, and "
        "plans for a new emergency wing have been delayed twice.",
        "{person2} said her father had spent {n} hours on a trolley before being admitted, and "
        "that staff had been \u201cexhausted but unfailingly kind\u201d.",
        "Health officials said they expected pressure to ease in {month}, but warned that a late "
        "wave of infections could extend the strain into spring.",
        "A review of winter planning will be presented to {org} next month, including proposals "
        "for a discharge lounge and extra community nurses.",
    ],
    "aviation": [
        "{place} airport cancelled {n3} flights on {day} after a failure in the air traffic "
        "control system forced controllers to switch to manual procedures.",
        "Passengers described queues stretching out of the terminal doors, and some said they "
        "had been told to rebook online while still standing at the gate.",
        "{org} said there was no evidence of a cyber attack and that the fault had been traced "
        "to a software update installed overnight.",
        "{person}, {role}, said about {n2} travellers had been affected and that the airport "
        "expected to run a full schedule by the following morning.",
        "Airlines were allowed to operate only a limited number of departures an hour, and "
        "several long-haul services were diverted to airports up to {n3} miles away.",
        "Under passenger rights rules, travellers whose flights were cancelled are entitled to "
        "a refund or rerouting and to meals and hotel rooms while they wait.",
        "The runway extension approved in {year2} was meant to add capacity, but it has been "
        "held up by a legal challenge from residents near {street}.",
        "{person2} said she had been travelling with two young children and had spent the night "
        "on the floor of the departure lounge.",
        "It was the {ordinal} serious disruption at the airport this year, and the regulator "
        "said it would ask for a full report within {n} weeks.",
        "Rail operators added extra carriages on routes out of {place} to carry passengers who "
        "gave up on flying altogether.",
    ],
    "courts": [
        "A jury in {place} found a former council procurement officer guilty on {day} of taking "
        "bribes in exchange for road maintenance contracts worth millions.",
        "Prosecutors told the court that {person3} had steered {n} contracts to a company run by "
        "a relative and received cash payments hidden as consultancy fees.",
        "The trial heard that invoices were submitted for resurfacing work on {street} that "
        "residents said was never carried out.",
        "{person}, {role}, argued that his client had been following instructions from senior "
        "officials and would appeal the verdict.",
        "The jury deliberated for {n} hours over two days before returning unanimous verdicts on "
        "all but one of the charges.",
        "The judge said the offences had \u201ceaten away at public trust\u201d and remanded the "
        "defendant in custody until sentencing in {month}.",
        "An internal audit ordered by {org} after the arrest found gaps in how contracts worth "
        "less than a threshold were checked and signed off.",
        "{person2}, who first raised concerns about the invoices, told the court she had been "
        "moved to another department after she complained.",
        "The council has since introduced a rule requiring two officials to approve every "
        "payment above {n2} and has published its contracts online.",
        "Two other people charged in the case are due to stand trial in {place} next year.",
    ],
    "football": [
        "{team} came from two goals down to beat {team2} 3-2 on {day}, with the winner arriving "
        "deep into stoppage time.",
        "{person3} scored twice in the second half, the first a header from a corner and the "
        "second a low shot that squeezed in at the near post.",
        "The result lifts {team} to within {n} points of the play-off places with eleven games "
        "left to play.",
        "{team2} had looked comfortable at half-time after goals from a free kick and a "
        "breakaway that left the home defence stranded.",
        "{person}, {role}, said the players had shown \u201cthe kind of stubbornness you need in "
        "the last third of a season\u201d.",
        "A crowd of about {n2} braved freezing rain at the ground, the highest attendance of "
        "the season so far.",
        "The visitors finished with ten men after their captain was sent off for a second "
        "booking midway through the second half.",
        "{team} travel to {place} next weekend, where they have not won in {n} visits.",
        "The club confirmed after the match that its young goalkeeper would be out for several "
        "weeks with a shoulder injury picked up in the warm-up.",
        "Supporters' groups have raised concerns about ticket prices, and the club said it "
        "would freeze season ticket prices for the {ordinal} year in a row.",
    ],
    "earnings": [
        "Shares in {company} rose {pct} in early trading on {day} after the company reported "
        "quarterly revenue of {big}, ahead of analysts' forecasts.",
        "Net profit for the three months to September came to {big2}, compared with {big3} a "
        "year earlier, helped by lower freight costs.",
        "The company raised its full-year sales growth forecast to {pct2}, from {pct3} "
        "previously, and said demand had held up better than expected.",
        "{person}, {role}, said the results showed the cost-cutting programme was working but "
        "warned that margins remained thin.",
        "Operating margin improved to {pct4}, and the company said it would buy back up to "
        "{big4} of its own shares over the next year.",
        "The stock had fallen {pct5} this year before the results, as investors worried about "
        "slowing consumer spending.",
        "Analysts at {n} brokers raised their price targets after the announcement, with the "
        "highest at {price}.",
        "The shares closed at {price2}, giving the company a market value of about {big5}.",
        "{company} said it would pay a quarterly dividend of {price3} a share, unchanged from "
        "the previous quarter.",
        "Revenue in its largest division grew {pct6} while sales in Asia slipped {pct7}, the "
        "company said.",
        "{person2} said the company had gained market share from {company2}, whose own results "
        "are due next week.",
    ],
    "rates": [
        "The central bank cut its benchmark interest rate by {bps} to {pct} on {day}, its "
        "{ordinal} reduction this year, as inflation eased toward its target.",
        "Consumer prices rose {pct2} in the year to {month}, down from {pct3} the month before, "
        "according to figures published last week.",
        "The yield on two-year government bonds fell {bps2} to {pct4} after the announcement, "
        "while the currency slipped {pct5} against the dollar.",
        "{person}, {role}, said the bank had signalled that further cuts were likely but that "
        "it would move more slowly from here.",
        "Mortgage lenders in {place} began trimming their fixed rates within hours, with some "
        "five-year deals falling below {pct6}.",
        "The main stock index rose {pct7} to close at {idx}, led by housebuilders and banks.",
        "Policymakers voted {n} to 2 for the cut, with the two dissenters preferring to hold "
        "rates steady until wage growth slows further.",
        "Wage growth has run at about {pct8} a year, which the bank said was still too fast to "
        "be consistent with its inflation target.",
        "{person2} said savers would feel the cut most, as easy-access accounts paying more "
        "than {pct9} were likely to disappear.",
        "Economists now expect the rate to settle at around {pct10} by the end of next year.",
    ],
}}

#: Sentences any English story may draw on (reaction, background, what happens next).
GENERIC: dict[str, list[str]] = {
    "en": [
        "{person2} said people in {place} had been asking the same questions for {n} years "
        "and deserved straight answers.",
        "Officials at {org} did not respond to a request for comment on {day} about how long "
        "the {place} review would take.",
        "A public meeting is planned for {month} at the {place} community centre on {street}, "
        "and "
        "residents can also send written submissions.",
        "The figures have not been independently verified, and {org} said it would publish its "
        "own assessment of the {place} data within {n3} days.",
        "Critics, among them {person2}, pointed out that a similar promise had been made in "
        "{year2} and quietly dropped when the money ran short.",
        "Business owners on {street} in {place} said they had seen fewer customers since the "
        "problems began {n} weeks ago and hoped for a quick resolution.",
        "The decision can still be challenged within {n} weeks, and {person2} said a "
        "residents' group in {place} was taking legal advice.",
        "{person}'s office said the next steps would be set out in a letter to every household "
        "in {place}.",
        "Similar disputes have played out in at least {n} towns near {place} since {year2}.",
        "Local MPs from both main parties welcomed the announcement on {day} but asked {org} "
        "for more detail on who would pay.",
        "\u201cNobody here is pretending this is simple,\u201d {person} said on {day}, adding that "
        "the next {n} months would be decisive.",
        "The issue is expected to feature prominently in the {year} local elections in "
        "{place}, {person2} said.",
        "A spokesperson for {org} said lessons would be learned and that an update would be "
        "given to councillors in {place} in {month}.",
        "Older residents in {place}, many of whom have lived near {street} for {n3} years or "
        "more, said they had never seen anything like it.",
    ],
}
#: Sentences finance stories may draw on besides their own family (no bare percentages).
GENERIC_FINANCE = [
    "{person2} said investors would be watching the next set of numbers closely for signs "
    "that the recovery was broadening.",
    "Trading volumes were about {n} times the daily average, according to exchange data.",
    "The announcement came a day after {company2} published figures that disappointed the "
    "market.",
    "Some fund managers cautioned that one strong quarter did not make a trend and that "
    "risks remained in {month}.",
    "{person}'s team is due to brief investors on its strategy at an event in {place} in "
    "{month}.",
]

#: Content traps (English). Each is a real story sentence naming a noise family.
TRAPS: dict[str, dict[str, str]] = {"en": {
    "newsletter-reach": "\u201cOur newsletter reached {n2} readers last year, and most of them "
                        "had never bought a paper,\u201d said {person2}, who edits {place}'s "
                        "only weekly.",
    "subscription-business": "The company's subscription business, which delivers meal kits to "
                             "about {n2} households, grew faster than its shops for the "
                             "{ordinal} quarter running.",
    "photographer-prize": "{photog}, a freelance photographer from {place}, won a national "
                          "press award this year for a picture taken on {street} during the "
                          "last emergency.",
    "podcast-layoffs": "{person} first raised the problem on a local podcast, weeks before the "
                       "network that produced it laid off {n} of its staff as advertising "
                       "income fell.",
    "signed-up": "More than {n2} residents signed up for the council's text alerts in the "
                 "first week, officials said, far more than expected.",
    "video-shared": "A video filmed by a resident on {street} was shared more than {n2} times "
                    "before {org} acknowledged the problem.",
    "advertisement": "An advertisement placed in {place} papers in {month} promised that the "
                     "work would be finished by {year}, a pledge residents now quote back at "
                     "officials.",
    "copyright": "Lawyers for {person2} argue that the copyright in the archive photographs "
                 "of {place} belongs to the family rather than the agency that sold them.",
    "comments": "The consultation drew {n2} written comments, the most {org} has ever received "
                "on a single proposal.",
    "ad-revenue": "{company} said advertising revenue from its shopping app rose for the "
                  "{ordinal} quarter in a row, with about {n} hundred more brands paying to "
                  "promote their products.",
    "correction": "{org} later issued a correction to its own figures, saying an earlier "
                  "estimate had counted about {n2} households twice.",
}}
TRAP_FAMILIES_FINANCE = ("subscription-business", "podcast-layoffs", "ad-revenue",
                         "newsletter-reach")

SUBHEADS: dict[str, list[str]] = {
    "en": ["What comes next for {place}", "Why it matters for {place}",
           "A decade in the making", "The view from {street}", "Counting the cost",
           "What {place} residents are saying", "The numbers behind the decision",
           "How {day} unfolded", "Questions remain for {org}", "Background",
           "Where {person} stands", "A {month} deadline"],
    "finance": ["What analysts are saying", "The outlook for {month}", "Pressure on margins",
                "How the market reacted on {day}", "Where {person} sees risks"],
    "de": ["Was jetzt geplant ist", "Die Sicht der Anwohner", "Offene Fragen",
           "Wer das bezahlen soll"],
    "fr": ["Ce qui change concrètement", "Les habitants partagés", "Des questions en suspens",
           "Qui va payer ?"],
    "es": ["Qué cambia a partir de ahora", "Los vecinos, divididos", "Preguntas sin respuesta",
           "Quién lo paga"],
    "it": ["Cosa cambia adesso", "I residenti divisi", "Le domande aperte", "Chi paga il conto"],
    "pt": ["O que muda agora", "Moradores divididos", "Perguntas sem resposta"],
    "nl": ["Wat er nu verandert", "Bewoners verdeeld", "Open vragen"],
}
#: Lists inside the story: lead-in sentence and items (bulleted unless ``ordered``).
LISTS: dict[str, list[tuple[str, list[str], bool]]] = {
    "en": [
        ("Under the plan, {org} has committed to the following in {place}:",
         ["a review of every affected property on {street} by the end of {month}",
          "{n} extra staff assigned to the case for at least a year",
          "a helpline for residents open seven days a week until the end of {month}",
          "a written update to councillors every {n} weeks",
          "an independent panel to hear complaints from residents of {place}"], False),
        ("Officials set out the next steps for {place} in order:",
         ["publish the full report on {org}'s website within {n} days",
          "hold a public hearing at the town hall in {month}",
          "put a revised plan to a vote of the full council by {year}",
          "begin work on {street} no earlier than the following spring"], True),
    ],
    "finance": [
        ("The main points from the announcement:",
         ["revenue guidance raised to {pct} growth for the year",
          "a buyback programme of up to {big}",
          "quarterly dividend held at {price} a share",
          "headcount cut by about {n} hundred roles in back-office functions"], False),
    ],
    "de": [("Der Beschluss für {place} sieht unter anderem vor:",
            ["{n} zusätzliche Stellen in der Verwaltung bis {year}",
             "eine Bürgersprechstunde jeden Donnerstag in der {street}",
             "einen jährlichen Bericht an den Gemeinderat"], False)],
    "fr": [("Le plan adopté pour {place} prévoit notamment :",
            ["{n} agents supplémentaires d'ici {year}",
             "une permanence pour les habitants chaque jeudi, {street}",
             "un bilan public présenté chaque année au conseil"], False)],
    "es": [("El acuerdo para {place} incluye, entre otras medidas:",
            ["{n} técnicos más antes de {year}",
             "una oficina de atención vecinal abierta los jueves en la {street}",
             "un informe anual ante el pleno"], False)],
    "it": [("Il piano approvato per {place} prevede tra l'altro:",
            ["{n} tecnici in più entro il {year}",
             "uno sportello per i cittadini aperto il giovedì in {street}",
             "una relazione annuale al consiglio comunale"], False)],
    "pt": [("O plano para {place} inclui, entre outras medidas:",
            ["mais {n} técnicos até {year}",
             "um balcão de atendimento às quintas-feiras na {street}",
             "um relatório anual à assembleia municipal"], False)],
    "nl": [("Het plan voor {place} omvat onder meer:",
            ["{n} extra medewerkers vóór {year}",
             "een wekelijks inloopspreekuur aan {street}",
             "een jaarlijkse rapportage aan de gemeenteraad"], False)],
}
#: Block quotes that are part of the story (statements quoted at length).
QUOTES: dict[str, list[str]] = {
    "en": [
        "\u201cWe accept that the response in the first hours was not good enough. We are "
        "reviewing every decision taken that day and will publish what we find,\u201d the "
        "statement from {org} said.",
        "\u201cThis is a town that has been told to wait for {n} years. People are entitled to "
        "be angry, and they are entitled to see something change before {year},\u201d {person} "
        "wrote in a letter to residents.",
        "\u201cThe evidence we have seen so far does not support the claims made on {day}, and "
        "we would urge everyone to wait for the full report,\u201d said a joint statement from "
        "{org} and the mayor's office.",
    ],
    "finance": [
        "\u201cWe delivered the quarter we promised investors and we are confident in the "
        "second half, although we are not assuming any help from the economy,\u201d the chief "
        "executive said in a statement.",
    ],
    "de": ["\u201eWir haben verstanden, dass die Menschen in {place} Ergebnisse sehen wollen, "
           "nicht weitere Gutachten\u201c, heißt es in der Erklärung von {person}."],
    "fr": ["\u00ab Les habitants de {place} attendent des actes, pas un énième rapport. Nous "
           "leur devons des résultats avant {year} \u00bb, écrit {person} dans un communiqué."],
    "es": ["\u201cLos vecinos de {place} no quieren más estudios, quieren ver resultados antes "
           "de {year}\u201d, señala {person} en un comunicado."],
    "it": ["\u00abI cittadini di {place} non chiedono altri studi, chiedono risultati entro il "
           "{year}\u00bb, si legge nella nota firmata da {person}."],
}

# --------------------------------------------------------------------------- other languages

FAMILIES.update({
    "de": {"city": [
        "Der Gemeinderat von {place} hat am {day} mit {n3} zu {n} Stimmen beschlossen, auf dem "
        "früheren Bahngelände an der {street} rund {n4} Wohnungen bauen zu lassen.",
        "Mindestens ein Drittel davon soll als geförderter Wohnraum vermietet werden, eine "
        "Bedingung, auf die vor allem {org} gedrängt hatte.",
        "{person}, {role}, sprach von einer \u201eüberfälligen Entscheidung\u201c, weil junge "
        "Familien seit Jahren aus {place} wegziehen müssten.",
        "Gegner des Projekts befürchten mehr Verkehr in der {street} und bemängeln, dass Schulen "
        "und Kitas im Viertel schon heute voll seien.",
        "Die Mieten in {place} sind nach Angaben des Mietervereins seit {year2} um fast ein "
        "Viertel gestiegen, während die Löhne deutlich langsamer wuchsen.",
        "Die ersten Bagger sollen frühestens im Herbst {year} anrücken, zuvor muss noch der "
        "Bebauungsplan öffentlich ausgelegt werden.",
        "{person2} kündigte an, mit einer Bürgerinitiative gegen den Beschluss vorzugehen, und "
        "sammelte nach eigenen Angaben bereits {n2} Unterschriften.",
        "Die Stadt will außerdem einen Teil der Flächen an Genossenschaften vergeben, die "
        "dauerhaft günstige Mieten zusagen.",
        "Nach der Sitzung diskutierten Befürworter und Gegner noch lange vor dem Rathaus an der "
        "{street} weiter.",
    ]},
    "fr": {"city": [
        "Le conseil municipal de {place} a adopté {day} soir, par {n3} voix contre {n}, la "
        "construction de {n4} logements sur l'ancienne friche ferroviaire située {street}.",
        "Un tiers au moins de ces logements sera réservé au parc social, une condition posée "
        "par {org} depuis le début des discussions.",
        "{person}, {role}, parle d'une « décision attendue depuis trop longtemps » et rappelle "
        "que les jeunes ménages quittent {place} faute de logements abordables.",
        "Les opposants redoutent un afflux de voitures {street} et jugent que les écoles du "
        "quartier sont déjà saturées.",
        "Selon le collectif d'habitants, les loyers ont augmenté de près d'un quart à {place} "
        "depuis {year2}, bien plus vite que les salaires.",
        "Les premiers travaux ne débuteront pas avant l'automne {year}, le temps de mener "
        "l'enquête publique et de modifier le plan local d'urbanisme.",
        "{person2} annonce un recours devant le tribunal administratif et affirme avoir déjà "
        "recueilli {n2} signatures contre le projet.",
        "La ville compte aussi céder une partie du terrain à des coopératives qui s'engagent à "
        "pratiquer des loyers modérés sur la durée.",
        "À la sortie de la séance, partisans et opposants ont continué à débattre longuement "
        "devant la mairie, {street}.",
    ]},
    "es": {"city": [
        "El pleno de {place} aprobó el {day} por {n3} votos a favor y {n} en contra la "
        "construcción de {n4} viviendas en los antiguos terrenos ferroviarios de la {street}.",
        "Al menos un tercio serán viviendas protegidas de alquiler, una condición que {org} "
        "había exigido desde el principio de la negociación.",
        "{person}, {role}, habló de una \u201cdecisión que llega tarde\u201d y recordó que muchas "
        "parejas jóvenes se marchan de {place} porque no encuentran piso.",
        "Los detractores temen más tráfico en la {street} y advierten de que los colegios del "
        "barrio ya están al límite de su capacidad.",
        "Según la asociación vecinal, los alquileres han subido casi una cuarta parte en "
        "{place} desde {year2}, muy por encima de los salarios.",
        "Las primeras máquinas no llegarán antes del otoño de {year}, porque antes debe "
        "aprobarse definitivamente la modificación del plan general.",
        "{person2} anunció que recurrirá el acuerdo en los tribunales y aseguró haber reunido "
        "ya {n2} firmas contra el proyecto.",
        "El ayuntamiento también cederá parte del suelo a cooperativas que se comprometan a "
        "mantener alquileres asequibles de forma indefinida.",
        "Al terminar la sesión, partidarios y detractores siguieron discutiendo durante un buen "
        "rato a las puertas del consistorio, en la {street}.",
    ]},
    "it": {"city": [
        "Il consiglio comunale di {place} ha approvato {day} sera, con {n3} voti favorevoli e "
        "{n} contrari, la costruzione di {n4} alloggi nell'ex scalo ferroviario di {street}.",
        "Almeno un terzo delle abitazioni sarà destinato all'edilizia sociale, una condizione "
        "che {org} aveva posto fin dall'inizio della trattativa.",
        "{person}, {role}, ha parlato di una \u00abdecisione attesa da anni\u00bb, ricordando che "
        "molte giovani coppie lasciano {place} perché non trovano casa.",
        "Chi si oppone al progetto teme un aumento del traffico in {street} e sostiene che le "
        "scuole del quartiere siano già al limite.",
        "Secondo il comitato dei residenti, gli affitti a {place} sono cresciuti di quasi un "
        "quarto dal {year2}, molto più in fretta degli stipendi.",
        "I primi cantieri non partiranno prima dell'autunno {year}, dopo la variante al piano "
        "regolatore e le osservazioni dei cittadini.",
        "{person2} ha annunciato un ricorso al Tar e dice di aver già raccolto {n2} firme "
        "contro il progetto.",
        "Il Comune intende inoltre assegnare una parte dell'area a cooperative che si impegnino "
        "a mantenere affitti calmierati.",
        "Finita la seduta, favorevoli e contrari hanno continuato a discutere a lungo davanti al "
        "municipio, in {street}.",
    ]},
    "pt": {"city": [
        "A assembleia municipal de {place} aprovou na {day}, com {n3} votos a favor e {n} "
        "contra, a construção de {n4} habitações nos antigos terrenos ferroviários da {street}.",
        "Pelo menos um terço das casas será destinado a renda acessível, uma condição que "
        "{org} impôs desde o início das negociações.",
        "{person}, {role}, falou de uma \u201cdecisão que chega tarde\u201d e lembrou que muitos "
        "casais jovens deixam {place} por não encontrarem casa.",
        "Os opositores temem mais trânsito na {street} e dizem que as escolas do bairro já "
        "estão sobrelotadas.",
        "Segundo a associação de moradores, as rendas subiram quase um quarto em {place} desde "
        "{year2}, muito acima dos salários.",
        "As obras não deverão arrancar antes do outono de {year}, depois da revisão do plano "
        "diretor municipal.",
        "{person2} anunciou que vai contestar a decisão em tribunal e garante já ter reunido "
        "{n2} assinaturas contra o projeto.",
    ]},
    "nl": {"city": [
        "De gemeenteraad van {place} heeft {day} met {n3} tegen {n} stemmen ingestemd met de "
        "bouw van {n4} woningen op het oude spoorwegterrein aan {street}.",
        "Minstens een derde daarvan wordt sociale huur, een voorwaarde waar {org} vanaf het "
        "begin op had aangedrongen.",
        "{person}, {role}, sprak van een \u2018besluit dat veel te lang op zich liet "
        "wachten\u2019 en wees erop dat jonge gezinnen {place} verlaten omdat ze geen huis "
        "vinden.",
        "Tegenstanders vrezen meer verkeer op {street} en zeggen dat de scholen in de wijk nu al "
        "vol zitten.",
        "Volgens de bewonersraad zijn de huren in {place} sinds {year2} met bijna een kwart "
        "gestegen, veel sneller dan de lonen.",
        "De eerste heipalen gaan op zijn vroegst in het najaar van {year} de grond in, na de "
        "wijziging van het bestemmingsplan.",
        "{person2} kondigde bezwaar aan en zegt al {n2} handtekeningen tegen het plan te hebben "
        "verzameld.",
    ]},
})
GENERIC.update({
    "de": [
        "Die Verwaltung wollte sich am {day} auf Nachfrage nicht dazu äußern, wie lange die "
        "Prüfung dauern werde.",
        "Eine Informationsveranstaltung ist für {month_de} im Bürgerhaus in der {street} "
        "geplant.",
        "Ähnliche Auseinandersetzungen gab es in den vergangenen Jahren in mindestens {n} "
        "Nachbargemeinden.",
        "{person2} sagte, die Menschen in {place} warteten seit {n} Jahren auf klare Antworten.",
        "Der Beschluss des Rates von {place} kann innerhalb von {n} Wochen angefochten "
        "werden.",
    ],
    "fr": [
        "Sollicités {day}, les services de la ville n'ont pas souhaité préciser le calendrier "
        "de l'étude.",
        "Une réunion publique est prévue en {month_fr} à la salle des fêtes, {street}.",
        "Des conflits comparables ont éclaté ces dernières années dans au moins {n} communes "
        "voisines.",
        "{person2} estime que les habitants de {place} attendent des réponses claires depuis "
        "{n} ans.",
        "La délibération de {place} peut être contestée dans un délai de {n} "
        "semaines.",
    ],
    "es": [
        "Consultado el {day}, el ayuntamiento no quiso precisar cuánto tardará el estudio.",
        "Está prevista una reunión informativa en {month_es} en el centro cívico de la "
        "{street}.",
        "En los últimos años ha habido conflictos parecidos en al menos {n} municipios vecinos.",
        "{person2} asegura que los vecinos de {place} llevan {n} años esperando respuestas "
        "claras.",
        "El acuerdo del pleno de {place} puede recurrirse en un plazo de {n} semanas.",
    ],
    "it": [
        "Contattato {day}, il Comune non ha voluto precisare i tempi dello studio.",
        "Un'assemblea pubblica è in programma nel mese di {month_it} nella sala civica di "
        "{street}.",
        "Negli ultimi anni conflitti simili si sono registrati in almeno {n} comuni vicini.",
        "{person2} sostiene che i cittadini di {place} aspettano risposte chiare da {n} anni.",
        "La delibera del consiglio di {place} può essere impugnata entro {n} "
        "settimane.",
    ],
    "pt": [
        "Contactada na {day}, a câmara não quis adiantar quanto tempo vai demorar o estudo.",
        "Está prevista uma sessão de esclarecimento em {month_pt} no auditório da {street}.",
        "Nos últimos anos houve conflitos semelhantes em pelo menos {n} concelhos vizinhos.",
        "{person2} diz que os moradores de {place} esperam respostas claras há {n} anos.",
    ],
    "nl": [
        "De gemeente wilde {day} niet zeggen hoe lang het onderzoek gaat duren.",
        "In {month_nl} is er een informatieavond in het buurthuis aan {street}.",
        "De afgelopen jaren speelden vergelijkbare conflicten in minstens {n} buurgemeenten.",
        "{person2} zegt dat de inwoners van {place} al {n} jaar op duidelijke antwoorden wachten.",
    ],
})
TRAPS.update({
    "de": {
        "newsletter-reach": "\u201eUnser Newsletter erreicht inzwischen {n2} Leserinnen und "
                            "Leser pro Woche\u201c, sagte {person2}, die das Stadtteilblatt "
                            "herausgibt.",
        "photographer-prize": "Der Fotograf {photog} aus {place} wurde in diesem Jahr für ein "
                              "Bild von der {street} mit einem Pressepreis ausgezeichnet.",
    },
    "fr": {
        "podcast-layoffs": "{person} avait soulevé le problème dans un podcast local, quelques "
                           "semaines avant que la société de production ne supprime {n} postes "
                           "faute de recettes publicitaires.",
        "subscription-business": "L'hebdomadaire local, dont les abonnements numériques ont "
                                 "dépassé les {n2} l'an dernier, a consacré un dossier entier "
                                 "au projet.",
    },
    "es": {
        "newsletter-reach": "\u201cNuestro boletín llega ya a {n2} suscriptores cada semana\u201d, "
                            "explica {person2}, que edita la revista del barrio.",
        "video-shared": "Un vídeo grabado por un vecino en la {street} se compartió más de {n2} "
                        "veces antes de la votación.",
    },
    "it": {
        "photographer-prize": "Il fotografo {photog}, originario di {place}, ha vinto "
                              "quest'anno un premio giornalistico con uno scatto di {street}.",
        "comments": "La consultazione pubblica ha raccolto {n2} commenti scritti, un record per "
                    "il Comune.",
    },
    "pt": {
        "subscription-business": "O semanário local, cujas assinaturas digitais passaram as "
                                 "{n2} no ano passado, dedicou uma edição inteira ao projeto.",
    },
    "nl": {
        "newsletter-reach": "\u2018Onze nieuwsbrief bereikt inmiddels {n2} abonnees per "
                            "week\u2019, zegt {person2}, die het wijkblad maakt.",
    },
})

HEADLINES: dict[str, dict[str, list[str]]] = {
    "en": {
        "housing": ["{place} clears way for taller apartment blocks along {street}",
                    "Six-storey homes approved in {place} after long zoning battle"],
        "schools": ["Two {place} primary schools to merge as pupil numbers fall",
                    "Parents in {place} fight plan to close popular primary school"],
        "floods": ["Hundreds evacuated as river bursts banks in {place}",
                   "{place} flooding: residents rescued by boat as water keeps rising"],
        "hospital": ["{place} General declares critical incident as ambulances queue",
                     "Patients wait hours on trolleys as winter pressure hits {place}"],
        "aviation": ["Air traffic control fault grounds flights at {place} airport",
                     "Thousands stranded at {place} airport after system failure"],
        "courts": ["Former {place} council official guilty of taking bribes",
                   "Jury convicts ex-procurement officer over {place} road contracts"],
        "football": ["{team} stage stoppage-time comeback against {team2}",
                     "Late winner keeps {team}'s play-off hopes alive"],
        "earnings": ["{company} shares climb after quarterly results beat forecasts",
                     "{company} lifts sales outlook as profit rises"],
        "rates": ["Mortgage rates in {place} set to fall as central bank cuts again",
                  "Central bank trims rates for {ordinal} time; {place} lenders follow"],
    },
    "de": {"city": ["{place}: Stadtrat gibt grünes Licht für {n4} neue Wohnungen",
                    "Neues Wohnquartier an der {street} beschlossen"]},
    "fr": {"city": ["{place} : le conseil municipal valide {n4} logements sur la friche",
                    "Logement : feu vert pour le futur quartier de la gare de {place}"]},
    "es": {"city": ["{place} aprueba {n4} viviendas en los antiguos terrenos de Renfe",
                    "Luz verde al nuevo barrio de la {street}"]},
    "it": {"city": ["{place}, via libera a {n4} nuovi alloggi nell'ex scalo",
                    "Casa, approvato il nuovo quartiere di {street}"]},
    "pt": {"city": ["{place} aprova {n4} casas nos antigos terrenos da ferrovia"]},
    "nl": {"city": ["{place} stemt in met {n4} woningen op oud spoorterrein"]},
}
DEKS: dict[str, str] = {
    "housing": "The decision follows months of argument in {place}, and not everyone is happy.",
    "schools": "Parents in {place} say they were given little warning of the plan.",
    "floods": "Forecasters warn the river in {place} could rise again before the weekend.",
    "hospital": "Staff describe patients being treated in corridors at {place} General.",
    "aviation": "Passengers describe chaotic scenes as the airport's systems failed on {day}.",
    "courts": "The jury in {place} heard evidence of invoices for work that was never done.",
    "football": "{team} were two goals down at half-time on {day}.",
    "finance": "Investors reacted quickly to the announcement on {day}.",
    "de": "Die Entscheidung in {place} war lange umstritten.",
    "fr": "À {place}, le projet divisait depuis des mois.",
    "es": "La decisión llevaba meses dividiendo a {place}.",
    "it": "A {place} il progetto divideva da mesi.",
    "pt": "A decisão dividia {place} há meses.",
    "nl": "Het besluit verdeelde {place} al maanden.",
}
PHOTOGRAPHERS = ["Ines Albarracín", "Tobias Greer", "Mairead Quinlan", "Rohan Pillai",
                 "Solveig Haugen", "Kwame Asante"]
MONTHS_LOCAL: dict[str, list[str]] = {
    "de": ["Januar", "Februar", "März", "April", "Mai"],
    "fr": ["janvier", "février", "mars", "avril", "mai"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio"],
    "nl": ["januari", "februari", "maart", "april", "mei"],
}
ORDINALS = ["second", "third", "fourth", "fifth"]
FINANCE = ("earnings", "rates")


# --------------------------------------------------------------------------- stories

@dataclass(frozen=True, slots=True)
class Block:
    """One block of a story.

    ``kind`` is "p" (paragraph; its sentences joined by spaces), "h" (sub-heading),
    "ul" / "ol" (list; one item per sentence), "quote" (a block quote that is story text),
    "pull" (a pull quote repeating a sentence printed elsewhere in the story) or "table"
    (``rows``: a header row, then rows whose first cell labels the row). ``traps`` names the
    trap kinds among the sentences, ``figures`` the finance figures printed. ``tail`` is
    noise HTML a page puts inside the paragraph's element after its text (set by ``build``).
    """

    kind: str
    sentences: tuple[str, ...]
    traps: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    tail: str = ""


@dataclass(frozen=True, slots=True)
class Story:
    """A generated story; ``story_id`` is shared by its syndicated copies."""

    story_id: str
    lang: str
    family: str
    headline: str
    dek: str
    blocks: tuple[Block, ...]
    place: str
    people: tuple[str, ...] = field(default=())

    @property
    def finance(self) -> bool:
        """Whether the story's prices and percentages are labelled as figures."""
        return self.family in FINANCE


_FIGURE_SLOTS = re.compile(r"^(pct|price|big|bps|idx)\d*$")
#: Thousands separators as each language prints them (French: a no-break space).
_THOUSANDS = {"en": ",", "de": ".", "es": ".", "it": ".", "pt": ".", "nl": ".", "fr": "\u00a0"}
#: Who speaks in an English story of each family ({role}); {role2} is any of ROLES.
FAMILY_ROLES: dict[str, list[str]] = {
    "housing": ["a planning officer with the borough", "the chair of the tenants' union",
                "a ward councillor"],
    "schools": ["the head teacher at Northfield Primary", "a school governor",
                "the district's director of education"],
    "floods": ["a spokesperson for the emergency services", "the area's flood warden",
               "a senior engineer at the water board"],
    "hospital": ["a consultant in emergency medicine", "the hospital's chief nurse",
                 "a regional health official"],
    "aviation": ["the airport's chief operating officer", "an aviation analyst",
                 "a spokesperson for the regulator"],
    "courts": ["a defence lawyer", "the lead prosecutor", "a former council auditor"],
    "football": ["the club's head coach", "the club's director of football",
                 "a former captain"],
    "earnings": ["the company's chief financial officer", "an analyst at a regional bank",
                 "a portfolio manager"],
    "rates": ["an economist at a regional bank", "the central bank's deputy governor",
              "a mortgage broker"],
}


class Filler:
    """Fills slots from seeded pools; records every finance figure it prints."""

    def __init__(self, rng: random.Random, lang: str, finance: bool) -> None:
        self.rng, self.lang, self.finance = rng, lang, finance
        people = rng.sample(PEOPLE[lang], 3)
        self.fixed: dict[str, str] = {
            "person": people[0], "person2": people[1], "person3": people[2],
            "role": rng.choice(ROLES[lang]), "role2": rng.choice(ROLES[lang][-4:]),
            "place": rng.choice(PLACES[lang]), "org": rng.choice(ORGS[lang]),
            "company": rng.choice(COMPANIES), "team": rng.choice(TEAMS),
            "day": rng.choice(DAYS[lang]), "day2": rng.choice(DAYS[lang]),
            "month": rng.choice(MONTHS), "street": rng.choice(STREETS[lang]),
            "year": str(rng.randint(2027, 2030)), "year2": str(rng.randint(2015, 2021)),
            "ordinal": rng.choice(ORDINALS), "photog": rng.choice(PHOTOGRAPHERS),
        }
        for code, names in MONTHS_LOCAL.items():
            self.fixed[f"month_{code}"] = rng.choice(names)
        self.fixed["company2"] = rng.choice([c for c in COMPANIES if c != self.fixed["company"]])
        self.fixed["team2"] = rng.choice([t for t in TEAMS if t != self.fixed["team"]])
        self.figures: list[str] = []
        self._used: set[str] = set()

    def figure(self, slot: str) -> str:
        """A fresh percentage, price, amount, basis-point move or index level."""
        r = self.rng
        while True:
            if slot.startswith("pct"):
                text = f"{r.randint(0, 8)}.{r.randint(1, 9)}%"
            elif slot.startswith("price"):
                text = f"${r.randint(3, 260)}.{r.randint(10, 99)}"
            elif slot.startswith("big"):
                text = f"${r.randint(1, 19)}.{r.randint(10, 99)} billion"
            elif slot.startswith("bps"):
                text = f"{r.choice((15, 20, 25, 35, 50))} basis points"
            else:
                text = f"{r.randint(5, 38)},{r.randint(100, 999)}.{r.randint(10, 99)}"
            # each figure once per story; a basis-point move may repeat (few values)
            if text not in self._used or slot.startswith("bps"):
                break
        self._used.add(text)
        if self.finance:
            self.figures.append(text)
        return text

    def fill(self, template: str) -> tuple[str, tuple[str, ...]]:
        """The template with its slots filled, and the figures it printed."""
        before = len(self.figures)

        def slot(m: re.Match[str]) -> str:
            name = m.group(1)
            if _FIGURE_SLOTS.match(name):
                return self.figure(name)
            if name == "n":
                return str(self.rng.randint(3, 9))
            if name == "n3":
                return str(self.rng.randint(12, 58))
            if name == "n2":
                sep = _THOUSANDS.get(self.lang, ",")
                return f"{self.rng.randint(2, 60)}{sep}{self.rng.randint(1, 9)}00"
            if name == "n4":
                return str(self.rng.randint(12, 98) * 10)
            return self.fixed[name]

        text = re.sub(r"\{(\w+)\}", slot, template)
        return text, tuple(self.figures[before:])

    def sentence(self, template: str) -> tuple[str, tuple[str, ...]]:
        """Like ``fill``, with the first letter capitalised (a slot may open a sentence)."""
        text, figs = self.fill(template)
        return text[:1].upper() + text[1:], figs


def _table(filler: Filler, family: str) -> Block | None:
    """A table of figures inside the story, for the families that print one."""
    f = filler.fill
    if family == "earnings":
        caption = f"{filler.fixed['company']} results for the quarter, at a glance"
        rows: list[tuple[str, ...]] = [("", "This quarter", "Year earlier")]
        for label, slot in (("Revenue, three months", "big"), ("Net profit attributable",
                                                                 "big"),
                            ("Operating margin, adjusted", "pct"),
                            ("Earnings per share, diluted", "price")):
            rows.append((label, filler.figure(slot), filler.figure(slot)))
    elif family == "rates":
        caption = f"Where the main rates stand after the {filler.fixed['day']} decision"
        rows = [("", "Now", "Before")]
        for label in ("Benchmark policy rate", "Two-year bond yield",
                      "Average five-year fixed mortgage"):
            rows.append((label, filler.figure("pct"), filler.figure("pct")))
    elif family == "floods":
        caption = f(f"Rainfall recorded over 48 hours near {filler.fixed['place']}")[0]
        rows = [("", "Millimetres")]
        for label in ("Upper valley gauge", "Town centre gauge", "Reservoir dam gauge"):
            rows.append((label, f"{filler.rng.randint(60, 190)} mm"))
    elif family == "schools":
        caption = f"Pupils on roll at the two {filler.fixed['place']} schools"
        rows = [("", str(int(filler.fixed["year2"]) + 4), "This year")]
        for label in ("Northfield Primary pupils", "St Anne's Primary pupils"):
            rows.append((label, f"{filler.rng.randint(140, 420)} pupils",
                         f"{filler.rng.randint(90, 300)} pupils"))
    else:
        return None
    figures = tuple(c for r in rows[1:] for c in r[1:]) if filler.finance else ()
    return Block("table", (caption,), ("table",), figures, tuple(rows))


def make_story(rng: random.Random, story_id: str, lang: str, family: str) -> Story:
    """One story: a lead, four to eight more paragraphs and some of: sub-headings, a list,
    a block quote, a pull quote, a table, and one to three trap sentences."""
    finance = family in FINANCE
    filler = Filler(rng, lang, finance)
    if family in FAMILY_ROLES:
        filler.fixed["role"] = rng.choice(FAMILY_ROLES[family])
    specific = list(FAMILIES[lang][family])
    generic = list(GENERIC_FINANCE if finance else GENERIC[lang])
    rng.shuffle(generic)
    lead, rest = specific[:2], specific[2:]
    rng.shuffle(rest)
    pool = rest + generic[: len(generic) // 2 + 1]
    rng.shuffle(pool)
    traps = TRAPS["en" if lang == "en" else lang]
    trap_kinds = sorted(traps)
    if finance:
        trap_kinds = [t for t in trap_kinds if t in TRAP_FAMILIES_FINANCE]
    else:
        trap_kinds = [t for t in trap_kinds if t != "ad-revenue"]
    rng.shuffle(trap_kinds)
    chosen = trap_kinds[: rng.randint(1, min(3, len(trap_kinds)))]
    n_paras = rng.randint(5, 8) if lang == "en" else rng.randint(4, 6)
    trap_at = {rng.randint(1, n_paras - 1): t for t in chosen}
    sub_at = set(rng.sample(range(2, n_paras), k=min(n_paras - 2, rng.choice((0, 1, 1, 2)))))
    list_at = rng.randint(1, n_paras - 1) if rng.random() < 0.5 else -1
    quote_at = rng.randint(2, n_paras - 1) if rng.random() < 0.4 and lang in QUOTES else -1
    table = _table(filler, family) if finance or rng.random() < 0.5 else None
    table_at = rng.randint(2, n_paras - 1) if table else -1
    blocks: list[Block] = []

    def paragraph(templates: list[str], trap: str = "") -> Block:
        filled = [filler.sentence(t) for t in templates]
        return Block("p", tuple(s for s, _ in filled), (trap,) if trap else (),
                     tuple(x for _, figs in filled for x in figs))

    blocks.append(paragraph(lead))
    for i in range(1, n_paras):
        if i in sub_at:
            key = "finance" if finance else lang
            blocks.append(Block("h", (filler.fill(rng.choice(SUBHEADS[key]))[0],),
                                ("subheading",)))
        if i == list_at:
            key = "finance" if finance else lang
            intro, items, ordered = rng.choice(LISTS[key])
            picked = rng.sample(items, k=min(len(items), rng.randint(3, 4)))
            blocks.append(paragraph([intro]))
            filled = [filler.fill(t) for t in picked]
            blocks.append(Block("ol" if ordered else "ul", tuple(s for s, _ in filled),
                                ("list",), tuple(x for _, figs in filled for x in figs)))
        if i == quote_at:
            key = "finance" if finance else lang
            text, figs = filler.sentence(rng.choice(QUOTES[key]))
            blocks.append(Block("quote", (text,), ("quote",), figs))
        if i == table_at and table is not None:
            blocks.append(table)
        take = [pool.pop() for _ in range(min(len(pool), rng.choice((1, 2, 2, 3))))]
        if i in trap_at:
            kind = trap_at[i]
            trap_text, _ = filler.sentence(traps[kind])
            para = paragraph(take[:1], kind)
            blocks.append(Block("p", (*para.sentences, trap_text), para.traps, para.figures))
        elif take:
            blocks.append(paragraph(take))
    # a pull quote repeating a quoted sentence of the story, placed after a later paragraph
    quoted = [(j, s) for j, b in enumerate(blocks) if b.kind == "p" for s in b.sentences
              if s.startswith(("\u201c", "\u00ab", "\u201e", "\u2018"))]
    if quoted and rng.random() < 0.5:
        j, sentence = rng.choice(quoted)
        if j + 2 < len(blocks):
            blocks.insert(rng.randint(j + 2, len(blocks)), Block("pull", (sentence,), ("pull",)))
    key = "en" if lang == "en" else lang
    headline = filler.fill(rng.choice(HEADLINES[key][family]))[0]
    headline = headline[0].upper() + headline[1:]
    dek = filler.fill(DEKS["finance" if finance else family if lang == "en" else key])[0]
    return Story(story_id, lang, family, headline, dek, tuple(blocks), filler.fixed["place"],
                 (filler.fixed["person"], filler.fixed["person2"]))


def content_strings(story: Story) -> tuple[list[str], list[str], list[str]]:
    """The story's content strings, the traps among them and its finance figures."""
    content: list[str] = []
    traps: list[str] = []
    figures: list[str] = []

    def add(target: list[str], text: str) -> None:
        if text and text not in target:
            target.append(text)

    for block in story.blocks:
        if block.kind == "table":
            add(content, block.sentences[0])
            add(traps, block.sentences[0])
            for row in block.rows[1:]:
                add(traps, row[0])
                for cell in row:
                    add(content, cell)
        else:
            for s in block.sentences:
                add(content, s)
            if block.kind == "p" and block.traps:
                add(traps, block.sentences[-1])  # the trap sentence closes its paragraph
            elif block.kind != "p":
                for s in block.sentences:
                    add(traps, s)
        for fig in block.figures:
            add(figures, fig)
    return content, traps, figures
