"""Build the bundled sample news sites (``crawler/demo/sites``) and their labels.

The labels go to ``crawler/demo/expected.json``.

Everything here is fiction written for newsrake: the Republic of Vestria, its port, its
central bank, a storm, a trade forum and a provincial election, reported by six made-up
publishers that each have their own markup and their own noise (tickers, related-story
lists, embedded tweets, disclaimers, captions, paywalls ...). Wire stories from Harbor Wire
are republished as copies on the other sites with realistic edits; some events also get an
independent write-up, which is *not* a duplicate.

Run ``python crawler/demo/build_sites.py`` after editing; the output is deterministic and
needs no network. ``tests/test_demo_sites.py`` checks that the committed output matches.

Over 500 lines because it is mostly data: the stories, the six publishers' templates and
their noise, written out so the sample sites read like real ones.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITES_DIR = HERE / "sites"
EXPECTED = HERE / "expected.json"

Block = tuple[str, object]  # ("p", str) | ("h2", str) | ("h3", str) | ("ol", list) | ("quote", str)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def base(slug: str) -> str:
    return "{{base:" + slug + "}}"


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# --------------------------------------------------------------------------------------------
# The texts. Paragraphs are separated by blank lines; "## " and "### " start sub-headings,
# "> " a quotation, "1. " a numbered list that is part of the article.
# --------------------------------------------------------------------------------------------

@dataclass
class Text:
    key: str
    title: str
    description: str
    body: str
    dateline: str | None = None
    credit: str | None = None


TEXTS: dict[str, Text] = {}


def text(key: str, title: str, description: str, body: str, dateline: str | None = None,
         credit: str | None = None) -> None:
    TEXTS[key] = Text(key, title, description, body, dateline, credit)


# ---- Harbor Wire: the wire agency -----------------------------------------------------------

text("injunction", "Court rejects port authority bid to block dockworkers' strike",
     "Vestria's High Court clears the way for a 72-hour walkout at Port Anselm.", """
Vestria's High Court on Monday rejected an attempt by the Anselm Port Authority to stop a
planned 72-hour strike by dockworkers, clearing the way for the biggest stoppage at the
country's main container port in more than a decade.

Judge Miriam Okafor said the port authority had failed to show that the union's ballot, in
which 81% of participating members backed industrial action, breached the notice rules set out
in the 2019 Labour Relations Act. The authority had argued that the United Dock and Harbour
Workers (UDHW) gave employers an incomplete list of the terminals that would be affected.

"The notice given was imperfect in its drafting but not in its substance," Okafor said in a
written ruling. "Every employer affected knew which workers would stop, where and for how
long." She ordered the port authority to pay the union's legal costs.

The Anselm Port Authority said it was disappointed and would not appeal. Its chief executive,
Rafael Quint, said contingency plans were in place to keep perishable cargo and medical
supplies moving, and that talks with the union remained "the only sensible route out of this."

Tomas Ferreira-Lind, the union's general secretary, told reporters outside the court that the
strike would begin at 06:00 on Tuesday as planned. He said the union was still willing to meet
the authority "at any hour, in any room" if it improved its pay offer.

The dispute centres on pay and on the authority's plan to automate crane operations at the new
Terminal 5, which the union says could cut up to 600 jobs over five years. The authority has
offered a 4.5% rise over two years; the union is seeking 9%.

Port Anselm handles roughly 38% of Vestria's container traffic. Shipping agents said several
carriers had already begun diverting vessels to smaller ports along the Marren Estuary ahead of
the walkout.
""", "CORVELL (Harbor Wire) – ", "(Reporting by Ana Lindqvist; Editing by Paul Mercer)")

text("walkout", "Port Anselm dockworkers begin 72-hour strike over pay and automation",
     "About 4,200 dockworkers walk out at Vestria's busiest port; 61 vessels wait offshore.", """
About 4,200 dockworkers at Port Anselm walked off the job at dawn on Tuesday, starting a
72-hour strike that has brought container handling at Vestria's busiest port almost to a
standstill.

Pickets gathered at the main gates shortly before the 06:00 start, and the Anselm Port
Authority said only two of its nine container berths were operating, staffed by managers and
contractors. Bulk grain and fuel terminals, which are run by separate operators, were working
normally.

The United Dock and Harbour Workers (UDHW) called the stoppage after talks on a new two-year
agreement broke down last month. The union is seeking a 9% pay rise over two years and written
guarantees on jobs as the authority automates crane operations at its new Terminal 5.

"Nobody on this picket line wanted to be here this morning," said Tomas Ferreira-Lind, the
union's general secretary. "But the authority has spent two years planning for machines and two
weeks planning for the people who run this port."

The authority has offered 4.5% over the same period and says automation at Terminal 5 will be
phased in over five years, with retraining offered to affected staff. Its chief executive,
Rafael Quint, said the union's demands would make the port uncompetitive against rivals across
the Northern Seas.

Shipping data compiled by Harbor Wire showed 61 vessels at anchor or waiting to berth off Port
Anselm on Tuesday morning, compared with a typical weekday figure of about 15. At least eight
container ships had been diverted to smaller ports along the Marren Estuary.

Transport Minister Ingrid Solberg-Vance urged both sides to return to talks and said the
government would not intervene directly "while there is still a negotiation to be had." Ferry
and passenger services through the port were not affected by the strike.

Retailers' groups warned that a prolonged dispute could delay deliveries of winter clothing and
electronics ahead of the holiday season. The strike is due to end at 06:00 on Friday unless a
deal is reached sooner.
""", "PORT ANSELM (Harbor Wire) – ", "(Reporting by Ana Lindqvist; Editing by Paul Mercer)")

text("rate", "Vestrian central bank raises rates for first time in 18 months as inflation lingers",
     "The Vestrian Central Bank lifts its main rate to 4.75% in a 5-2 vote.", """
The Vestrian Central Bank raised its main interest rate by a quarter of a percentage point to
4.75% on Thursday, its first increase in 18 months, saying inflation was proving slower to fall
than it had expected.

The bank's monetary policy committee voted 5-2 for the increase, with two members preferring to
keep the rate at 4.50%. Most economists had expected no change: 11 of 18 analysts polled by
Harbor Wire last week had forecast a hold.

Consumer prices rose 3.4% in the year to October, well above the bank's 2% target, and the bank
said price pressures in services and rents had "broadened rather than faded" over the summer.

"We would rather act a little early than be forced to act a great deal later," Governor Helena
Marsh-Oduya told a news conference in Corvell. She said the committee was not committing to
further increases and would "take each meeting as it comes."

The governor also pointed to the recent weakness of the Vestrian crown, which has lost about 4%
against the dollar since August, raising the cost of imported fuel and food. The three-day
strike at Port Anselm this week had added to short-term pressure on import prices, she said.

The crown rose 0.6% against the dollar after the announcement, while yields on two-year
government bonds climbed to their highest level since May.

Business groups criticised the decision. The Vestrian Chamber of Industry said higher borrowing
costs would fall hardest on small manufacturers already dealing with disruption at the ports.

The bank's next policy meeting is scheduled for December 17, when it will also publish updated
economic forecasts.
""", "CORVELL (Harbor Wire) – ", "(Reporting by Dev Ramaswamy; Editing by Paul Mercer)")

text("storm", "Storm Idris makes landfall on Vestria's north coast, cutting power to 31,000 homes",
     "Gusts of up to 148 km/h flood streets in Kellbrook; about 240 people spend the night in "
     "evacuation centres.", """
Storm Idris swept ashore on Vestria's northern coast overnight, bringing gusts of up to
148 km/h, flooding low-lying streets in the fishing town of Kellbrook and leaving about 31,000
homes without electricity.

The Vestrian Meteorological Service kept its red warning in place for the coast between
Kellbrook and Tarrow until midday on Monday, saying the strongest winds had passed but that high
tides could bring further flooding during the morning.

The storm's strongest gusts occured shortly after 02:00 local time at Kellbrook Point, the
service said, where a weather station recorded its highest wind speed since records began there
in 1987.

Emergency services said two people had been taken to hospital with minor injuries after a roof
collapsed in Tarrow. About 240 residents spent the night in evacuation centres in Kellbrook,
most of them from streets close to the harbour wall.

"The sea came over the wall in a way I have not seen in forty years," said Elsie Rourke,
Kellbrook's mayor. "People did exactly what they were asked to do, and that is why we are
talking about damage this morning and not about worse."

Northline Rail suspended all services between Kellbrook and Corvell and said it would inspect
the line for fallen trees before reopening. Grid operator Vestria Power said crews would begin
restoring supplies once winds dropped below safe working limits.

Officials in Lowmere province, which holds elections on Sunday, said voting would go ahead as
planned, although two polling stations in coastal villages may be moved if buildings are found
to be damaged.
""", "KELLBROOK (Harbor Wire) – ", "(Reporting by Clara Huygens; Editing by Rosa Whitcombe)")

text("accord",
     "Northern Seas trade ministers agree shipping accord on digital customs and port fees",
     "Nine countries sign the Saltmere Shipping Accord: one digital cargo manifest by 2028.", """
Trade ministers from nine Northern Seas countries agreed on Friday to replace paper customs
declarations for cargo with a single shared digital manifest by 2028, in a deal that officials
said could cut average clearance times at member ports by more than a third.

The Saltmere Shipping Accord, signed at the close of the two-day Northern Seas Trade Forum, also
commits governments to cap the congestion surcharges that port operators can add to freight
bills during disruptions, and to publish those charges in advance.

Ministers agreed to set up a $1.4 billion fund to help smaller ports pay for the scanning
equipment and software needed to join the new system. Contributions will be weighted by each
country's share of regional container traffic.

"Goods crossing our waters still carry more paperwork than passengers do," said Oskar
Delacroix-Berg, Vestria's trade minister, who co-chaired the forum. "This accord starts to
change that."

The agreement follows a difficult year for shipping in the region, including the three-day
strike at Vestria's Port Anselm earlier this month and repeated storm closures on northern
routes. Delegates said the surcharge cap was added to the draft late on Thursday after pressure
from exporters.

Freight industry groups welcomed the deal but said the 2028 deadline was ambitious. Port
operators have warned that the cap on surcharges could make it harder to pay for extra staff
during peak periods.

The accord must be ratified by national parliaments. Estmark, which hosted the forum, said it
expected to be the first to do so, before the end of the year.
""", "SALTMERE (Harbor Wire) – ", "(Reporting by Marius Okonkwo-Hale; Editing by Paul Mercer)")

text("election", "Coastal Alliance wins most seats in Lowmere vote but falls short of majority",
     "The Coastal Alliance takes 27 of 61 seats; turnout reaches 68.4%.", """
The centre-left Coastal Alliance won the most seats in Sunday's election for Lowmere's
provincial assembly but fell short of a majority, leaving the province facing weeks of
coalition talks, according to results published early on Monday.

With all 61 seats declared, the Coastal Alliance led by Maren Holt took 27, up from 22 at the
last election in 2022. The Lowmere People's Party, which has led the outgoing goverment, won 24
seats, down from 29. The Green Left party took six seats and independents four.

Turnout was 68.4%, the highest for a provincial election in Lowmere since 2006, despite storm
damage that forced officials to move two polling stations in coastal villages.

"People have asked for change, and they have asked us to build it with others," Holt told
supporters at a riverside hall in Tarrow shortly after 01:00. She said she would contact the
Green Left and independent members later on Monday.

Edvard Sand, the People's Party leader and outgoing provincial premier, conceded that his party
had lost ground but said it would not rule out talks with any group. "The arithmetic is
difficult for everybody," he said.

Counting was delayed by almost three hours in the northern districts of Kellbrook and Fennick,
where ballot boxes had to be brought by road after Storm Idris damaged a bridge used by counting
officials.

A coalition of the Coastal Alliance and the Green Left would hold 33 of the 61 seats, a narrow
majority. The provincial constitution gives parties 30 days to form a government before a new
election must be called.
""", "TARROW (Harbor Wire) – ", "(Reporting by Sofia Brandt; Editing by Rosa Whitcombe)")

text("deal", "Port Anselm union and port authority reach tentative deal to end dispute",
     "Dockworkers are offered 6.5% over two years and no compulsory redundancies until 2030.", """
The union representing dockworkers at Port Anselm and the port's operator reached a tentative
agreement late on Thursday to end a pay and automation dispute that shut most of Vestria's
largest container port for three days this month.

Under the deal, which must still be approved by union members, dockworkers would receive a 6.5%
pay rise over two years, backdated to October 1. The Anselm Port Authority also agreed that
there would be no compulsory redundancies linked to automation at Terminal 5 before the end of
2030.

"This is not everything we asked for, but it is a great deal more than we were offered," said
Tomas Ferreira-Lind, general secretary of the United Dock and Harbour Workers (UDHW). He said the
union's executive would recommend that members accept the offer in a ballot closing on
November 27.

Rafael Quint, the authority's chief executive, said the agreement gave the port "the certainty
it needs to invest" and included a joint committee of managers and union representatives to
oversee the introduction of automated cranes.

The 72-hour walkout from November 3 to November 6 left more than 70 vessels waiting off the port
at its peak and forced carriers to divert cargo to smaller harbours along the Marren Estuary.
The authority said the remaining backlog of 23 ships should clear within ten days.

The government, which had resisted calls to intervene, welcomed the deal. Transport Minister
Ingrid Solberg-Vance said both sides had "shown the patience that this country's trade depends
on."

Shares in Marren Container Lines, the largest carrier using the port, rose 3.1% in after-hours
trading in Corvell following the announcement.
""", None, "(Reporting by Ana Lindqvist; Editing by Rosa Whitcombe)")

text("inflation", "Vestrian inflation eases to 3.4% in October but services prices stay hot",
     "Cheaper fuel pulls headline inflation down; rents rise at a record pace.", """
Annual inflation in Vestria slowed to 3.4% in October from 3.7% in September, the national
statistics office said on Friday, helped by lower fuel prices, though the cost of services
continued to rise at a brisk pace.

Services inflation, which the central bank watches closely as a gauge of domestic price
pressure, was unchanged at 5.1%. Rents rose 6.3% from a year earlier, the fastest increase since
the office began publishing the series in 2011.

Food prices rose 2.9% on the year, down from 3.5%, as cheaper dairy and vegetables offset higher
prices for imported fruit. Fuel prices fell 4.2% from a year earlier.

The figures leave the Vestrian Central Bank with a difficult decision at its policy meeting
next week. Several economists said the stubbornness of services prices, combined with a weaker
crown, had made a rate increase more likely than markets had assumed.

"Headline inflation is moving the right way, but it is moving for the wrong reasons," said
Simone Varga, chief economist at Northgate Securities in Corvell. "Energy is doing the work, and
energy can turn around very quickly."

Core inflation, which excludes food and energy, eased slightly to 3.9% from 4.0%, the office
said, the first decline in four months.
""", "CORVELL (Harbor Wire) – ", "(Reporting by Dev Ramaswamy; Editing by Rosa Whitcombe)")

text("warning", "Fishing fleets stay in harbour as Vestria braces for Storm Idris",
     "A red warning covers the north coast; Kellbrook opens three evacuation centres.", """
Fishing crews along Vestria's northern coast tied up their boats and residents of low-lying
streets in Kellbrook were told to prepare to leave their homes on Sunday, as forecasters warned
that Storm Idris would bring the strongest winds to the region in years.

The Vestrian Meteorological Service issued a red warning for the coast between Kellbrook and
Tarrow from 20:00 on Sunday, its highest level of alert, and said gusts could exceed 140 km/h on
exposed headlands.

"This is not a storm to go out and look at," said Jonas Brandt, the service's chief forecaster.
"The combination of wind and a spring tide means the sea will be the biggest danger, not just
the wind."

Kellbrook's harbour master ordered all vessels to remain in port from midday. The town's fish
market said it had moved Monday's auction to Wednesday, and several boats that had been working
grounds far offshore returned a day early.

The town council opened three evacuation centres and asked people living on the harbour front to
register with them before dark. Sandbags were being handed out from the council depot on Mill
Lane.

Northline Rail said it would run a reduced timetable between Kellbrook and Corvell on Sunday
afternoon and expected to suspend services overnight.
""", "KELLBROOK (Harbor Wire) – ", "(Reporting by Clara Huygens; Editing by Paul Mercer)")

# ---- Independent write-ups of the same events (not duplicates) -----------------------------

text("walkout-blog",
     "Vestria's Biggest Port Grinds to a Halt as Dockers Strike Over Robots and Pay",
     "Cranes idle, ships waiting, shoppers warned: the Port Anselm strike explained.", """
The cranes at Port Anselm stood still on Tuesday. Roughly 4,200 dockworkers downed tools at six
in the morning, and by lunchtime only two of the port's nine container berths were moving any
boxes at all, with managers and hired contractors at the controls.

At the heart of the fight is money and machinery. The United Dock and Harbour Workers want a 9%
raise spread over two years, while the Anselm Port Authority has put 4.5% on the table. Just as
important to the union is what happens at Terminal 5, where the authority plans to hand crane
work over to automated systems.

Union boss Tomas Ferreira-Lind did not mince words at the gates, accusing the authority of
putting years of planning into the machines and almost none into the workforce. Rafael Quint,
who runs the port authority, fired back that meeting the union's demands would leave Port
Anselm unable to compete with rival harbours around the Northern Seas.

The knock-on effects were visible from the shore. By Tuesday morning 61 ships were sitting at
anchor or waiting for a berth, roughly four times the usual weekday count, and at least eight
container vessels had already turned away toward smaller ports on the Marren Estuary.

The government is keeping its distance for now. Transport Minister Ingrid Solberg-Vance called
for both sides to get back around the table but made clear she would not step in while
negotiations were still possible. Passenger ferries kept running throughout the day.

Shoppers may be the ones who eventually feel it. Retail groups have warned that winter clothing
and electronics could arrive late if the dispute drags on, and the walkout is currently
scheduled to run until Friday morning.
""")

text("walkout-markets", "Shipping and retail stocks slide as Port Anselm strike strands 61 vessels",
     "Marren Container Lines falls 4.8%; the CSX-40 ends 0.7% lower.", """
Shares in Vestrian carriers and retailers fell on Tuesday as a 72-hour strike by about 4,200
dockworkers left Port Anselm working at a fraction of its normal capacity and investors priced
in delayed deliveries ahead of the holiday season.

Marren Container Lines, the biggest carrier calling at the port, dropped 4.8% to 212.40 crowns,
its steepest one-day fall since March. Department store group Halloway & Finch lost 2.6% and
electronics chain VoltHouse slid 3.3%. The benchmark CSX-40 index ended 0.7% lower at 4,438.91.

Only two of nine container berths were operating on Tuesday, according to the Anselm Port
Authority, and 61 vessels were waiting offshore against a usual weekday figure of about 15.
Analysts estimated that each day of stoppage leaves roughly 9,000 containers unloaded.

"The market can live with three days," said Petra Lindahl, a transport analyst at Corvell
Capital Partners. "What it cannot price is the risk that three days turns into three weeks
because the automation question has no obvious compromise."

The United Dock and Harbour Workers is asking for a 9% pay increase over two years and job
guarantees tied to the automation of Terminal 5. The port authority has offered 4.5%.

Smaller listed port operators rose as carriers diverted cargo. Estuary Terminals, which runs
berths at two harbours on the Marren Estuary, gained 5.2% after confirming it had accepted three
diverted container ships.

Freight rates on short-sea routes into Vestria rose about 11% on the day, according to broker
data, while the crown was little changed against the dollar.
""")

text("rate-markets", "VCB surprises with hike to 4.75%; crown jumps, stocks fall",
     "The crown hits a six-week high and two-year yields jump 14 basis points.", """
The Vestrian Central Bank caught most of the market off guard on Thursday, lifting its benchmark
rate by 25 basis points to 4.75% and sending the crown to its strongest level in six weeks.

The move, the first increase since May 2025, came despite a majority of economists expecting a
pause. Five of the seven members of the monetary policy committee voted for the hike.

## How markets reacted

The crown climbed 0.6% to 0.9216 per dollar within minutes of the announcement. The two-year
government bond yield jumped 14 basis points to 4.31%, while the ten-year yield rose 6 basis
points to 4.02%.

Equities moved the other way. The CSX-40 fell 0.8% to close at 4,462.10, dragged down by
housebuilders and banks exposed to small business lending. Brickline Homes lost 3.9% and Corvell
Savings Bank shed 2.4%.

## Why the bank moved now

Governor Helena Marsh-Oduya said the decision reflected services inflation and rents that had
"broadened rather than faded," adding that the committee would rather act early than be forced
into larger moves later. Annual inflation stood at 3.4% in October, against a 2% target.

She also cited the crown's slide of about 4% against the dollar since August, and the
short-term boost to import prices from this week's strike at Port Anselm.

## What to watch next

1. Inflation for November, due on December 1, and especially whether services prices stay
above 5%.
2. Whether the dockworkers' dispute at Port Anselm is settled or turns into further stoppages.
3. The December 17 policy meeting, when the bank will publish new forecasts.

"This was a hawkish hike with a dovish voice," said Simone Varga, chief economist at Northgate
Securities. "The governor did everything she could to tell us not to expect a series."
""")

text("storm-local", "Night the sea came over the wall: Kellbrook counts the cost of Storm Idris",
     "Harbour Row flooded, 240 people in shelters and the coast road closed at Gull Bay.", """
Kellbrook woke on Monday to sandbags split open on Harbour Row, fishing gear scattered across the
car park on Quay Street and a harbour wall that, for the first time in living memory, had failed
to keep the sea out.

Storm Idris arrived in the early hours, and the weather station at Kellbrook Point logged a gust
of 148 km/h, the strongest reading since the station opened in 1987. Across the north coast some
31,000 households lost power, including most of the town.

### A long night in the shelters

Around 240 people slept in the town's three evacuation centres, most of them from the streets
nearest the harbour. Volunteers from the Rotary club served soup and tea until dawn, and the
leisure centre opened its showers to families whose homes had taken in water.

The centres will stay open on Monday night for anyone who cannot return home:

1. Kellbrook Community Hall, Mill Lane, open all night with beds for 120.
2. St Aldric's Primary School, Chapel Road, for families with young children.
3. Kellbrook Leisure Centre, Fore Street, which also accepts pets.

Mayor Elsie Rourke, who spent the night at the community hall, said she was proud of how the
town had responded. "We had grandparents helping strangers carry mattresses at three in the
morning," she said.

### Roads, rail and power

The Courier understands that a section of the coast road at Gull Bay remains closed after part
of the verge collapsed. Northline Rail has halted trains between Kellbrook and Corvell until the
line is checked, and Vestria Power says its crews are waiting for the wind to ease before
climbing poles.

> "Although the peak of the storm has passed, very high tides on Monday morning and again on
> Monday evening mean that coastal flooding remains likely along the Kellbrook shore," the
> Vestrian Meteorological Service said in its latest update.

Further along the coast in Tarrow, two people were treated in hospital for minor injuries after
a roof gave way. Nobody in Kellbrook was reported hurt.

Residents who need sandbags can collect them from the council depot on Mill Lane until 20:00,
and anyone worried about a vulnerable neighbour should call the council's storm line.
""")

text("election-portal",
     "Lowmere Votes for Change—But Who Will Govern? Coalition Talks Loom After Hung Assembly",
     "No party wins outright in Lowmere; the Coastal Alliance needs partners.", """
Voters in Lowmere have ended the People's Party's hold on the provincial government, but they
have not handed the job to anyone else outright. The Coastal Alliance emerged from Sunday's
election as the largest group in the 61-seat assembly, four seats short of the 31 it needs to
govern alone.

Final results released before dawn on Monday gave Maren Holt's Coastal Alliance 27 seats, a gain
of five. Premier Edvard Sand's People's Party slipped from 29 seats to 24, while the Green Left
won six and independent candidates took the remaining four.

Holt spoke to supporters in Tarrow soon after the last seats were declared and said voters had
asked for change to be built in partnership. She said she would begin contacting potential
partners within hours.

Sand acknowledged a bad night for his party but kept the door open to negotiations with every
group in the new assembly, describing the arithmetic as difficult for all sides.

The numbers point toward one obvious option. Together, the Coastal Alliance and the Green Left
would control 33 seats, a majority of just two. A deal with the independents would give any
partnership a more comfortable margin but would mean negotiating with four people who share no
common platform.

Participation was strong. At 68.4%, turnout was the highest recorded in a Lowmere provincial
vote since 2006, even though Storm Idris had forced election officials to relocate two polling
stations in villages along the coast.

The storm also slowed the count. Results from Kellbrook and Fennick arrived nearly three hours
late because ballot boxes had to travel by road after a bridge used by counting staff was
damaged.

Parties have 30 days under the provincial constitution to agree on a government. If they fail,
Lowmere will go back to the polls.
""")

text("accord-portal",
     "What the Saltmere Shipping Accord Changes for Exporters—And What It Doesn't",
     "One manifest, capped surcharges and a fund for small ports, but not before 2028.", """
Exporters who ship through the Northern Seas have spent years typing the same cargo details
into several customs systems. Under the accord signed in Saltmere on Friday, that duplication is
supposed to end by 2028, when nine countries will move to one shared digital manifest.

Officials at the Northern Seas Trade Forum said the switch could shorten clearance times at
member ports by more than a third. The two-day meeting closed with ministers from all nine
governments putting their names to the Saltmere Shipping Accord.

The second big change affects freight bills. Port operators will only be allowed to add
congestion surcharges up to a capped level during disruptions, and those charges will have to be
published in advance rather than announced after ships have docked. Delegates said exporters
lobbied hard for the cap, which was only added to the text on Thursday night.

Smaller harbours will get help with the cost. A $1.4 billion fund, financed by governments in
proportion to their share of the region's container traffic, will pay for scanners and
software.

Vestria's trade minister, Oskar Delacroix-Berg, who co-chaired the talks, told reporters that
goods moving across the region were still buried in more paperwork than travellers, and that
the accord was a first step toward fixing that.

What the accord does not do is take effect immediately. Each national parliament must ratify it,
and the freight industry has already questioned whether 2028 is realistic. Port operators say
the surcharge cap could leave them short of money to hire extra staff in busy periods.

Estmark, the host country, has promised to ratify before the end of the year.
""")

text("deal-blog", "The port deal is done. Here's what it means for the rest of us",
     "A 6.5% raise, a promise about robots, and a ballot on November 27.", """
After a three-day walkout, two weeks of back-channel talks and a good deal of public sniping,
the dockworkers at Port Anselm and the people who run the port have a deal on paper. Whether it
sticks depends on a union ballot that closes on November 27.

The headline number is a 6.5% raise over two years, backdated to the start of October. That is
well short of the 9% the union went in asking for, and comfortably above the 4.5% the port
authority first offered.

The more interesting part is about robots. The authority has promised that nobody will be made
compulsorily redundant because of the automated cranes at Terminal 5 before the end of 2030, and
a joint committee of managers and union reps will oversee how the machines are rolled in.

Tomas Ferreira-Lind, who leads the union, is selling it to members as far better than what was
first on the table, while conceding it falls short of the full wish list. Port chief Rafael
Quint says it gives the port the certainty to keep investing. Both descriptions are probably
true.

For everyone else, the practical question is how quickly the queue of ships disappears. The
authority reckons the last 23 vessels in the backlog will be cleared within ten days, which
would put things back to normal before the busiest shopping weeks of December.

If members vote the deal down, though, we are back to square one, and this time with the holiday
season even closer.
""")

# ---- Stand-alone stories ---------------------------------------------------------------------

text("markets-wrap", "Markets wrap: CSX-40 closes at 4,512.33 as oil climbs and shippers rally",
     "Energy and shipping shares lead a third straight gain for Vestrian stocks.", """
Vestrian stocks rose for a third straight session on Thursday, with energy and shipping shares
leading the way as oil prices climbed and traders bet on a settlement of the Port Anselm dispute.

The CSX-40 gained 0.9% and the index closed at 4,512.33, its highest finish since late
September. The broader CSX All-Share added 0.7% to 2,187.56.

Brent crude rose 1.2% to $83.40 a barrel after producers signalled they would extend output cuts
into the first quarter. Vestrian oil services group Nordkap Energy advanced 3.4% to 96.15 crowns,
and refiner Estuary Fuels gained 2.1%.

Marren Container Lines climbed 2.7% to 221.80 crowns, recovering most of the ground it lost
during last week's strike, after the union and the port authority confirmed they had resumed
talks.

The crown slipped 0.2% to 0.9198 per dollar. Gold was steady at $2,706.50 an ounce.

In bonds, the ten-year government yield fell 3 basis points to 3.97%. Trade ministers from nine
countries began two days of talks in Saltmere, where shipping groups are pressing for limits on
port surcharges.

"It feels like the market has decided the worst of the autumn is behind us," said Petra Lindahl
of Corvell Capital Partners. "That is a brave call with an election on Sunday and a coalition to
be built afterwards."
""")

text("harbour-wall", "Council approves 14 million crown repair plan for Kellbrook harbour wall",
     "Work to raise the wall by 60 centimetres is due to start in the spring.", """
Kellbrook Town Council has approved a 14 million crown plan to repair and raise the harbour wall
that was breached during Storm Idris, with work due to start in the spring.

Councillors voted 11 to 2 in favour of the scheme at a packed meeting in the Assembly Rooms on
Tuesday evening. The plan would raise the wall by 60 centimetres along its most exposed
400-metre stretch and replace the flood gates at the end of Quay Street.

Mayor Elsie Rourke said the town could not afford to wait for a national flood defence review
that is not expected to report until 2028. "We watched the sea come over that wall barely a week
ago," she told the meeting. "I am not prepared to ask the people of Harbour Row to go through
that again next winter."

About 9 million crowns of the cost is expected to come from the national coastal resilience
fund, with the rest from council reserves and a loan. Councillor Derek Penhallow, one of the two
members who voted against, said the council should not commit its reserves before the national
grant was confirmed.

Residents of Harbour Row, where 38 homes were flooded during the storm, applauded when the result
was announced. Several told councillors that their insurers had already warned of higher
premiums.

A public consultation on the design, including the height of the new gates, will open on
December 1 and run for six weeks. Drawings will be on display at the library and at the harbour
office.
""")

text("lifeboat", "Kellbrook lifeboat crew rescues two from drifting yacht at height of storm",
     "Volunteers launched into six-metre waves off Kellbrook Point.", """
Volunteers from Kellbrook lifeboat station rescued two men from a yacht that had broken from its
mooring and was drifting toward rocks off Kellbrook Point during the worst of Storm Idris early
on Monday.

The crew launched shortly after 01:30 after the coastguard received a call from one of the men,
who had gone aboard earlier in the evening to check the boat's lines and had been unable to get
back ashore as the wind strengthened.

Helmsman Kieran Moss said waves of up to six metres were breaking across the harbour entrance as
the lifeboat went out. "It was as rough as anything I have launched into," he said. "We got
alongside on the third attempt and the two of them did exactly what we told them."

Both men, aged 54 and 61 and from the Tarrow area, were brought back to the station, checked by
paramedics and released without needing hospital treatment. The yacht was later found aground on
the shingle east of the point.

Coastguard commander Liam Ostrander praised the crew but urged boat owners not to board vessels
during storm warnings. "No boat is worth a life, and no lifeboat crew should have to go out in
that for a mooring line," he said.

The lifeboat station, which is run by volunteers and funded by donations, said it had launched
four times during the storm. Its annual open day, usually held in December, has been postponed
while the slipway is checked for damage.
""")

PRIVATE_DRAFT = """
DRAFT - NOT FOR PUBLICATION. Costings for the harbour wall scheme, as supplied by the council's
engineers, are still being checked by the finance desk.

Do not link to this page. It is kept here so the subeditors can see the layout.
"""


def parse_blocks(src: str) -> list[Block]:
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", src.strip()):
        lines = [ln.strip() for ln in chunk.strip().splitlines()]
        first = lines[0]
        if first.startswith("## "):
            blocks.append(("h2", " ".join(lines)[3:]))
        elif first.startswith("### "):
            blocks.append(("h3", " ".join(lines)[4:]))
        elif first.startswith("> "):
            blocks.append(("quote", " ".join(ln[2:] for ln in lines)))
        elif re.match(r"\d+\. ", first):
            items: list[str] = []
            for ln in lines:
                m = re.match(r"\d+\. (.*)", ln)
                if m:
                    items.append(m.group(1))
                else:
                    items[-1] += " " + ln
            blocks.append(("ol", items))
        else:
            blocks.append(("p", " ".join(lines)))
    return blocks


# --------------------------------------------------------------------------------------------
# Articles: where each text appears, and how the copies were edited.
# --------------------------------------------------------------------------------------------

@dataclass
class Photo:
    alt: str
    caption: str
    credit: str


@dataclass
class Tweet:
    text: str  # the shouted first line
    more: str
    pic: str
    name: str
    handle: str
    date: str


@dataclass
class Article:
    site: str
    path: str
    title: str
    story: str
    event: str
    role: str
    published: datetime
    author: str
    section: str
    blocks: list[Block]
    description: str
    dateline: str | None = None
    credit: str | None = None
    origin: Article | None = None
    pointers: tuple[str, ...] = ()
    edits: tuple[str, ...] = ()
    photo: Photo | None = None
    editor_note: str | None = None
    extra_must: tuple[str, ...] = ()
    tweets: tuple[Tweet, ...] = ()
    major_points: tuple[str, ...] = ()
    takeaways: tuple[str, ...] = ()
    reprint: str | None = None
    youtube: tuple[str, str] | None = None  # (video id, caption)
    instagram: tuple[str, str, str] | None = None  # (post id, account name, handle)
    double_caption: bool = False

    @property
    def paragraphs(self) -> list[str]:
        return [str(v) for k, v in self.blocks if k == "p"]

    def block_texts(self) -> list[str]:
        out: list[str] = []
        for _kind, value in self.blocks:
            out.extend(value if isinstance(value, list) else [str(value)])
        return out


ARTICLES: list[Article] = []

PHOTOS = {
    "walkout": Photo("Gantry cranes at Port Anselm",
                     "FILE PHOTO: Gantry cranes stand idle at Terminal 5 of Port Anselm, Vestria, "
                     "October 14, 2026.", "Harbor Wire/Jan Koval/File Photo"),
    "rate": Photo("Vestrian Central Bank headquarters",
                  "FILE PHOTO: The headquarters of the Vestrian Central Bank in Corvell, Vestria, "
                  "September 2, 2026.", "Harbor Wire/Lene Storm/File Photo"),
    "storm": Photo("Waves over the harbour wall",
                   "Waves break over the harbour wall in Kellbrook, Vestria, as Storm Idris makes "
                   "landfall, November 9, 2026.", "Harbor Wire/Clara Huygens"),
    "accord": Photo("Container ships at anchor",
                    "FILE PHOTO: Container ships queue outside the port of Saltmere, Estmark, "
                    "June 3, 2026.", "Harbor Wire/Jan Koval/File Photo"),
    "election": Photo("Maren Holt with supporters",
                      "Coastal Alliance leader Maren Holt speaks to supporters in Tarrow, Vestria, "
                      "November 16, 2026.", "Harbor Wire/Sofia Brandt"),
    "deal": Photo("Union banner at the port gate",
                  "FILE PHOTO: A union banner hangs on the fence at the main gate of Port Anselm, "
                  "Vestria, November 4, 2026.", "Harbor Wire/Jan Koval/File Photo"),
    "injunction": Photo("The High Court in Corvell",
                        "FILE PHOTO: The High Court building in Corvell, Vestria, March 18, 2026.",
                        "Harbor Wire/Lene Storm/File Photo"),
    "inflation": Photo("Shoppers at a market",
                       "FILE PHOTO: Shoppers buy vegetables at the covered market in Corvell, "
                       "Vestria, August 22, 2026.", "Harbor Wire/Lene Storm/File Photo"),
    "warning": Photo("Fishing boats tied up",
                     "Fishing boats are tied up in Kellbrook harbour ahead of Storm Idris, "
                     "Vestria, November 8, 2026.", "Harbor Wire/Clara Huygens"),
}


def wire(key: str, path: str, when: str, author: str, section: str, story: str, event: str,
         **kw: object) -> Article:
    t = TEXTS[key]
    art = Article(site="harbor-wire", path=path, title=t.title, story=story, event=event,
                  role="origin", published=utc(when), author=author, section=section,
                  blocks=parse_blocks(t.body), description=t.description, dateline=t.dateline,
                  credit=t.credit, photo=PHOTOS.get(key), **kw)  # type: ignore[arg-type]
    ARTICLES.append(art)
    return art


def own(key: str, site: str, path: str, when: str, author: str, section: str, story: str,
        event: str, **kw: object) -> Article:
    t = TEXTS[key]
    art = Article(site=site, path=path, title=t.title, story=story, event=event, role="origin",
                  published=utc(when), author=author, section=section,
                  blocks=parse_blocks(t.body), description=t.description, dateline=t.dateline,
                  credit=t.credit, **kw)  # type: ignore[arg-type]
    ARTICLES.append(art)
    return art


def copy(origin: Article, site: str, path: str, when: str, *, author: str, section: str,
         pointers: tuple[str, ...], title: str | None = None, dateline: str = "keep",
         drop_last: bool = False, credit: bool = True, fixes: tuple[tuple[str, str], ...] = (),
         editor_note: str | None = None, **kw: object) -> Article:
    """A syndicated copy of ``origin`` on ``site`` with realistic edits."""
    blocks = list(origin.blocks)
    edits: list[str] = []
    if title and title != origin.title:
        edits.append("headline changed")
    if drop_last:
        last = max(i for i, (k, _) in enumerate(blocks) if k == "p")
        del blocks[last]
        edits.append("last paragraph dropped")
    for old, new in fixes:
        blocks = [(k, str(v).replace(old, new)) if k == "p" else (k, v) for k, v in blocks]
        edits.append(f"typo fixed: {old!r} -> {new!r}")
    line = origin.dateline
    if dateline == "drop":
        line = None
        edits.append("dateline removed")
    elif dateline != "keep":
        line = dateline
        edits.append("dateline added")
    if not credit and origin.credit:
        edits.append("credit line removed")
    if editor_note:
        edits.append("editor's note added")
    art = Article(site=site, path=path, title=title or origin.title, story=origin.story,
                  event=origin.event, role="copy", published=utc(when), author=author,
                  section=section, blocks=blocks, description=origin.description, dateline=line,
                  credit=origin.credit if credit else None, origin=origin, pointers=pointers,
                  edits=tuple(edits), photo=origin.photo, editor_note=editor_note,
                  **kw)  # type: ignore[arg-type]
    assert art.published > origin.published, art.path
    ARTICLES.append(art)
    return art


# ---- Harbor Wire (origins) -------------------------------------------------------------------
W_INJ = wire("injunction", "/business/court-rejects-bid-to-block-port-strike.html",
             "2026-11-02T14:30:00", "Ana Lindqvist", "Business", "port-injunction-ruling",
             "port-injunction-2026")
W_WALK = wire("walkout", "/business/port-anselm-dockworkers-begin-strike.html",
              "2026-11-03T05:48:00", "Ana Lindqvist", "Business", "port-strike-walkout",
              "port-strike-2026")
W_RATE = wire("rate", "/business/central-bank-raises-rates-to-4-75.html", "2026-11-05T13:05:00",
              "Dev Ramaswamy", "Business", "vcb-rate-hike", "vcb-rate-2026")
W_WARN = wire("warning", "/national/fishing-fleets-stay-in-harbour-storm-idris.html",
              "2026-11-08T15:15:00", "Clara Huygens", "National", "storm-idris-warning",
              "storm-idris-warning-2026")
W_STORM = wire("storm", "/national/storm-idris-makes-landfall.html", "2026-11-09T04:20:00",
               "Clara Huygens", "National", "storm-idris-landfall", "storm-idris-2026")
W_ACC = wire("accord", "/business/saltmere-shipping-accord-agreed.html", "2026-11-13T17:45:00",
             "Marius Okonkwo-Hale", "Business", "saltmere-accord", "saltmere-accord-2026")
W_ELEC = wire("election", "/politics/lowmere-election-coastal-alliance-largest-party.html",
              "2026-11-16T02:30:00", "Sofia Brandt", "Politics", "lowmere-election-result",
              "lowmere-election-2026")
W_DEAL = wire("deal", "/business/port-anselm-tentative-deal.html", "2026-11-19T21:10:00",
              "Ana Lindqvist", "Business", "port-strike-deal", "port-deal-2026")
W_INFL = wire("inflation", "/business/vestria-inflation-october.html", "2026-10-30T09:00:00",
              "Dev Ramaswamy", "Business", "vestria-inflation-october", "vestria-inflation-2026-10")

# ---- Feedline Today: an aggregator that scrapes wire stories (always a "Source link") ------
FT = "feedline-today"
copy(W_WALK, FT, "/2026/11/03/port-anselm-dockworkers-begin-72-hour-strike/",
     "2026-11-03T10:45:00", author="Feedline Desk", section="World", pointers=("source-link",))
copy(W_RATE, FT, "/2026/11/05/vestrian-central-bank-raises-rates/", "2026-11-05T15:20:00",
     author="Feedline Desk", section="Business", pointers=("source-link",), dateline="drop")
copy(W_ACC, FT, "/2026/11/14/northern-seas-shipping-accord/", "2026-11-14T01:10:00",
     author="Feedline Desk", section="World", pointers=("source-link",), dateline="drop",
     drop_last=True)
copy(W_DEAL, FT, "/2026/11/20/port-anselm-union-tentative-deal/", "2026-11-20T02:15:00",
     author="Feedline Desk", section="Business", pointers=("source-link",))

# ---- Orbit Daily: a portal publishing from a syndicated feed, plus its own write-ups -------
OD = "orbit-daily"
SYND = ("(Except for the headline, this story has not been edited by Orbit Daily staff and is "
        "published from a syndicated feed.)")
copy(W_WALK, OD, "/news/business/20261103-0117.html", "2026-11-03T07:30:00",
     author="Harbor Wire", section="Business", pointers=("isBasedOn",),
     title="Thousands of Dockworkers Walk Out at Vestria's Busiest Port—Ships Pile Up Offshore")
copy(W_RATE, OD, "/news/business/20261105-0342.html", "2026-11-05T14:10:00",
     author="Orbit Daily Staff", section="Business", pointers=(),
     title="Vestria's Central Bank Hikes Rates to 4.75% in Surprise Move")
copy(W_STORM, OD, "/news/world/20261109-0021.html", "2026-11-09T07:00:00",
     author="Harbor Wire", section="World", pointers=("isBasedOn",),
     title="Storm Idris Slams Vestria's North Coast, Leaving 31,000 Homes in the Dark")
own("accord-portal", OD, "/news/business/20261114-0088.html", "2026-11-14T08:00:00",
    "Jae-won Park", "Business", "saltmere-accord-orbit", "saltmere-accord-2026")
copy(W_ELEC, OD, "/news/world/20261116-0009.html", "2026-11-16T03:55:00",
     author="Orbit Daily Staff", section="World", pointers=(),
     title="Lowmere Election: Coastal Alliance Tops Poll, Coalition Talks Ahead")
own("election-portal", OD, "/news/world/20261116-0042.html", "2026-11-16T10:05:00",
    "Mira Castellanos", "World", "lowmere-election-orbit", "lowmere-election-2026",
    double_caption=True,
    photo=Photo("Maren Holt greets supporters",
                "Coastal Alliance leader Maren Holt greets supporters at the “Old Mill” hall in "
                "Tarrow on election night.", "Orbit Daily"))
copy(W_DEAL, OD, "/news/business/20261119-0230.html", "2026-11-19T22:30:00",
     author="Harbor Wire", section="Business", pointers=("isBasedOn",), drop_last=True,
     title="Port Anselm Strike Deal Reached—Workers to Vote on 6.5% Raise")

# ---- Tidewater Notes: a blog that rewrites, and reposts with "Originally published at" -----
TW = "tidewater-notes"
own("walkout-blog", TW, "/2026/11/port-anselm-grinds-to-a-halt.html", "2026-11-03T19:20:00",
    "Noor Halvorsen", "Ports", "port-strike-walkout-tidewater", "port-strike-2026",
    reprint="Noor Halvorsen – Reprinted with permission of Quayside Digest",
    tweets=(
        Tweet("STRIKE AT PORT ANSELM: CRANES IDLE AS 4,200 DOCKERS WALK OUT",
              "Pickets at the main gates since before dawn, two berths working, ships stacking "
              "up offshore…", "Qm4RzL81Tw", "Marren Estuary Radio", "MarrenRadio",
              "November 3, 2026"),
        Tweet("COUNTED 60+ SHIPS FROM THE OLD LIGHTHOUSE",
              "Long queue off Port Anselm this afternoon as the dock strike enters day one.",
              "V7cN2pLx0e", "Jesper Toll", "jtoll_ships", "November 3, 2026"),
    ),
    major_points=(
        "Around 4,200 dockworkers at Port Anselm began a 72-hour strike on Tuesday.",
        "The union wants 9% over two years; the port authority has offered 4.5%.",
        "Automated cranes at Terminal 5 are a central point of the dispute.",
        "61 vessels were waiting off the port and at least eight were diverted.",
        "The government has urged talks but says it will not intervene yet.",
    ))
copy(W_STORM, TW, "/2026/11/storm-idris-makes-landfall.html", "2026-11-09T14:30:00",
     author="Noor Halvorsen", section="Coast", pointers=("originally-published",), credit=False,
     fixes=(("occured", "occurred"),))
copy(W_ELEC, TW, "/2026/11/lowmere-election-result.html", "2026-11-16T12:40:00",
     author="Noor Halvorsen", section="Politics", pointers=("originally-published",),
     credit=False, fixes=(("goverment", "government"),))
own("deal-blog", TW, "/2026/11/port-deal-what-it-means.html", "2026-11-20T09:30:00",
    "Noor Halvorsen", "Ports", "port-deal-tidewater", "port-deal-2026",
    tweets=(
        Tweet("DEAL AT PORT ANSELM",
              "Union and port authority shake hands on 6.5% over two years and no compulsory "
              "job cuts at Terminal 5 before 2030. Members vote by Nov 27.", "Hd3sW0aK9q",
              "UDHW Dockers", "UDHW_union", "November 19, 2026"),
    ),
    youtube=("r4Tq9ZxWm2E", "Watch: Tomas Ferreira-Lind and Rafael Quint announce the tentative "
             "agreement (video: UDHW)"))

# ---- Ledgerline: a finance site; copies carry og:url (and JSON-LD) pointing at the wire ----
LL = "ledgerline"
own("walkout-markets", LL, "/companies/shipping-retail-stocks-slide-port-strike.html",
    "2026-11-03T16:40:00", "Felix Amberg", "Companies", "port-strike-markets-ledgerline",
    "port-strike-2026",
    extra_must=("The benchmark CSX-40 index ended 0.7% lower at 4,438.91.",))
copy(W_RATE, LL, "/economy/vestrian-central-bank-raises-rates.html", "2026-11-05T13:40:00",
     author="Dev Ramaswamy | Harbor Wire", section="Economy", pointers=("og:url",),
     editor_note="Editor's note: This is a Harbor Wire story. Ledgerline's own analysis of the "
                 "decision and the market reaction will follow.")
own("rate-markets", LL, "/markets/vcb-surprises-with-hike-to-4-75.html", "2026-11-05T16:30:00",
    "Hannah Okeke", "Markets", "vcb-rate-hike-ledgerline", "vcb-rate-2026",
    extra_must=("The crown climbed 0.6% to 0.9216 per dollar within minutes of the announcement.",
                "The CSX-40 fell 0.8% to close at 4,462.10"),
    takeaways=("Rate raised 25 bp to 4.75%, the first hike since May 2025",
               "Crown up 0.6% to a six-week high; CSX-40 down 0.8%",
               "Governor signals no commitment to further hikes"))
own("markets-wrap", LL, "/markets/markets-wrap-csx-40-closes-at-4512.html",
    "2026-11-12T17:20:00", "Felix Amberg", "Markets", "markets-wrap-nov-12",
    "markets-close-2026-11-12",
    extra_must=("Brent crude rose 1.2% to $83.40 a barrel",
                "The CSX-40 gained 0.9% and the index closed at 4,512.33"))
copy(W_ACC, LL, "/economy/saltmere-accord-digital-customs-surcharge-cap.html",
     "2026-11-13T18:30:00", author="Marius Okonkwo-Hale | Harbor Wire", section="Economy",
     pointers=("og:url",),
     title="Saltmere accord: nine nations agree digital customs manifest, cap on port surcharges")
copy(W_DEAL, LL, "/companies/port-anselm-deal-dockworkers-offered-6-5.html",
     "2026-11-19T21:50:00", author="Ana Lindqvist | Harbor Wire", section="Companies",
     pointers=("og:url", "isBasedOn"), dateline="CORVELL (Harbor Wire) – ",
     title="Port Anselm deal: dockworkers offered 6.5%, job guarantees until 2030")

# ---- The Kellbrook Courier: a local paper; wire copies carry a cross-domain canonical -----
KC = "kellbrook-courier"
copy(W_WALK, KC, "/news/2026-11-03-port-anselm-dockworkers-strike.html", "2026-11-03T09:05:00",
     author="Ana Lindqvist, Harbor Wire", section="Business", pointers=("canonical",),
     drop_last=True, credit=False)
copy(W_STORM, KC, "/news/2026-11-09-storm-idris-power-cut.html", "2026-11-09T06:15:00",
     author="Clara Huygens, Harbor Wire", section="Weather", pointers=("canonical",),
     title="Storm Idris: power cut to 31,000 homes as storm hits north coast",
     editor_note="Editor's note: This national report is supplied by Harbor Wire. The Courier's "
                 "own reporters are in Kellbrook and will update our coverage through the day.")
own("storm-local", KC, "/news/2026-11-09-kellbrook-counts-the-cost.html", "2026-11-09T19:00:00",
    "Bridget Fallow", "Local", "storm-idris-kellbrook", "storm-idris-2026",
    extra_must=("Kellbrook Leisure Centre, Fore Street, which also accepts pets.",
                "very high tides on Monday morning and again on Monday evening mean that coastal "
                "flooding remains likely along the Kellbrook shore"),
    photo=Photo("Sandbags on Harbour Row",
                "Sandbags and debris on Harbour Row on Monday morning.", "Courier picture desk"))
own("lifeboat", KC, "/news/2026-11-10-lifeboat-rescues-two-from-yacht.html",
    "2026-11-10T11:30:00", "Tom Ashdown", "Local", "kellbrook-lifeboat-rescue",
    "kellbrook-lifeboat-2026", instagram=("Cz8vKb2LrQe", "Kellbrook Lifeboat",
                                          "kellbrooklifeboat"))
copy(W_ELEC, KC, "/news/2026-11-16-lowmere-election-result.html", "2026-11-16T08:00:00",
     author="Sofia Brandt, Harbor Wire", section="Politics", pointers=("canonical",))
own("harbour-wall", KC, "/news/2026-11-18-council-approves-harbour-wall-plan.html",
    "2026-11-18T10:00:00", "Bridget Fallow", "Local", "kellbrook-harbour-wall-plan",
    "kellbrook-harbour-wall-2026")

PRIVATE_PATH = "/private/draft-harbour-wall-costings.html"
ERRORS = [
    {"site": FT, "path": "/2026/11/04/live-updates-port-anselm-strike/", "kind": "http-500"},
    {"site": TW, "path": "/2026/11/draft-deleted-post.html", "kind": "http-404"},
    {"site": "harbor-wire", "path": "/reports/annual-shipping-review-2026.pdf",
     "kind": "non-html"},
]

PUBLISHERS = {
    "harbor-wire": "Harbor Wire",
    FT: "Feedline Today",
    OD: "Orbit Daily",
    TW: "Tidewater Notes",
    LL: "Ledgerline",
    KC: "The Kellbrook Courier",
}
TZ = {
    "harbor-wire": UTC, FT: timezone(timedelta(hours=8)),
    OD: timezone(timedelta(hours=1)), TW: timezone(timedelta(hours=-5)),
    LL: UTC, KC: timezone(timedelta(hours=1)),
}


def site_articles(site: str) -> list[Article]:
    return sorted((a for a in ARTICLES if a.site == site), key=lambda a: a.published,
                  reverse=True)


def others(a: Article, n: int, shift: int = 0) -> list[Article]:
    """``n`` other articles of the same site, rotated by ``shift`` (stable, deterministic)."""
    rest = [b for b in site_articles(a.site) if b is not a]
    if not rest:
        return []
    k = shift % len(rest)
    rest = rest[k:] + rest[:k]
    return rest[:n]


def inline_links(a: Article, n: int) -> list[Article]:
    """Links an editor would put in the body: earlier stories first (same event first)."""
    rest = [b for b in site_articles(a.site) if b is not a]
    earlier = [b for b in rest if b.published < a.published]
    same = [b for b in earlier if b.event == a.event]
    later = sorted((b for b in rest if b.published > a.published), key=lambda b: b.published)
    ordered = same + [b for b in earlier if b not in same] + later
    return ordered[:n]


def local(a: Article) -> datetime:
    return a.published.astimezone(TZ[a.site])


def iso(a: Article) -> str:
    dt = local(a)
    s = dt.isoformat()
    return s.replace("+00:00", "Z")


def url(a: Article) -> str:
    return base(a.site) + a.path


def number(a: Article, lo: int, hi: int) -> str:
    h = int(hashlib.sha256(a.path.encode()).hexdigest()[:8], 16)
    return f"{lo + h % (hi - lo):,}"


# --------------------------------------------------------------------------------------------
# Page helpers
# --------------------------------------------------------------------------------------------

class Page:
    """Collects the noise strings placed on one page while it is rendered."""

    def __init__(self) -> None:
        self.noise: list[str] = []

    def n(self, text: str) -> str:
        """Register ``text`` as visible noise; return it escaped for HTML."""
        if text not in self.noise:
            self.noise.append(text)
        return esc(text)

    def reg(self, text: str) -> None:
        if text not in self.noise:
            self.noise.append(text)


ORGANIZATION_AUTHORS = ("Harbor Wire", "Orbit Daily Staff", "Feedline Desk")


def jsonld(a: Article, publisher: str, logo: str, based_on: bool) -> str:
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "description": a.description,
        "datePublished": iso(a),
        "author": [{"@type": "Organization" if a.author in ORGANIZATION_AUTHORS else "Person",
                    "name": a.author}],
        "publisher": {"@type": "Organization", "name": publisher,
                      "logo": {"@type": "ImageObject", "url": base(a.site) + logo}},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url(a)},
        "articleSection": a.section,
        "inLanguage": "en",
    }
    if based_on and a.origin is not None:
        data["isBasedOn"] = url(a.origin)
    body = json.dumps(data, ensure_ascii=False, indent=2)
    return f'<script type="application/ld+json">\n{body}\n</script>'


def head(a: Article, *, site_name: str, title_suffix: str, canonical: str, og_url: str,
         style: str, extra: str = "", ld: str = "") -> str:
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)}{esc(title_suffix)}</title>
<meta name="description" content="{attr(a.description)}">
<meta name="author" content="{attr(a.author)}">
<link rel="canonical" href="{canonical}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:description" content="{attr(a.description)}">
<meta property="og:site_name" content="{attr(site_name)}">
<meta property="og:url" content="{og_url}">
<meta property="article:published_time" content="{iso(a)}">
<meta property="article:section" content="{attr(a.section)}">
<meta name="twitter:card" content="summary_large_image">
{extra}{ld}
<style>{style}</style>
</head>"""


PLACEHOLDER_IMG = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="


def img(alt: str, path: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return (f'<img{c} src="{PLACEHOLDER_IMG}" data-src="{path}" alt="{attr(alt)}" '
            f'width="1200" height="675" loading="lazy">')


def image_path(a: Article) -> str:
    stem = a.path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")
    return f"/media/{stem}.jpg"


def render_blocks(a: Article, fmt: dict[str, Callable[[object], str]],
                  inserts: dict[int, str]) -> str:
    """The article body, with ``inserts[k]`` placed after the k-th paragraph (never the last)."""
    total = len(a.paragraphs)
    out: list[str] = []
    count = 0
    for kind, value in a.blocks:
        if kind == "p":
            t = str(value)
            if count == 0 and a.dateline:
                t = a.dateline + t
            out.append(fmt["p"](t))
            count += 1
            if count in inserts and count < total:
                out.append(inserts[count])
        else:
            out.append(fmt[kind](value))
    return "\n".join(out)


def doc(lang_head: str, body: str, doctype: str = "<!DOCTYPE html>") -> str:
    return f'{doctype}\n<html lang="en">\n{lang_head}\n{body}\n</html>\n'


def tweet_html(pg: Page, t: Tweet) -> str:
    status = int(hashlib.sha256(t.pic.encode()).hexdigest()[:15], 16)
    pg.reg(t.text)
    pg.reg(t.more)
    pg.reg(f"pic.twitter.com/{t.pic}")
    pg.reg(f"— {t.name} (@{t.handle}) {t.date}")
    return (f'<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">'
            f'{esc(t.text)}<br><br>{esc(t.more)} '
            f'<a href="https://t.co/{t.pic}">pic.twitter.com/{t.pic}</a></p>'
            f'&mdash; {esc(t.name)} (@{t.handle}) '
            f'<a href="https://twitter.com/{t.handle}/status/{status}">{t.date}</a></blockquote>\n'
            f'<script async src="https://platform.twitter.com/widgets.js" charset="utf-8">'
            f'</script>')


# --------------------------------------------------------------------------------------------
# Harbor Wire: clean BEM-like markup
# --------------------------------------------------------------------------------------------

HW_STYLE = ("body{margin:0;font:17px/1.6 Georgia,serif;color:#1b1b1b}"
            ".site-header{background:#0b2a4a;color:#fff;padding:12px 24px}"
            ".site-header__logo{color:#fff;font:700 26px Arial;"
            "text-decoration:none}.site-nav__list{list-style:none;display:flex;gap:18px;padding:0}"
            ".site-nav__link{color:#cfe0f5}.page__columns{display:grid;grid-template-columns:"
            "minmax(0,1fr) 300px;gap:40px;max-width:1100px;margin:0 auto;padding:0 24px}"
            ".article__headline{font:700 34px/1.2 Arial}.article__caption{font-size:13px;"
            "color:#555}.ad-slot{background:#f3f3f3;text-align:center;font:11px Arial;"
            "padding:40px 0}.cookie-notice{background:#fffbe6;padding:8px 24px;font:14px Arial}"
            ".skip-link{position:absolute;left:-999px}.site-footer{background:#eee;"
            "padding:24px;font:13px Arial}")
HW_SECTIONS = {"Business": "/business/", "National": "/national/", "Politics": "/politics/"}
HW_BIOS = {
    "Ana Lindqvist": "Ana Lindqvist covers ports, shipping and labour for Harbor Wire from Port "
                     "Anselm.",
    "Dev Ramaswamy": "Dev Ramaswamy is Harbor Wire's economics correspondent in Corvell, covering "
                     "the central bank and public finances.",
    "Clara Huygens": "Clara Huygens reports on the north coast, weather and the environment for "
                     "Harbor Wire.",
    "Marius Okonkwo-Hale": "Marius Okonkwo-Hale covers trade policy and the Northern Seas "
                           "economies for Harbor Wire.",
    "Sofia Brandt": "Sofia Brandt covers regional politics for Harbor Wire from Tarrow.",
}


def hw_chrome(pg: Page, main: str) -> str:
    nav = "".join(f'<li class="site-nav__item"><a class="site-nav__link" href="{p}">{esc(s)}</a>'
                  f'</li>' for s, p in HW_SECTIONS.items())
    return f"""<body class="page page--article">
<a class="skip-link" href="#main-content">{pg.n("Skip to main content")}</a>
<div class="cookie-notice" role="dialog" aria-label="Cookie consent">
  <p class="cookie-notice__text">{pg.n("Harbor Wire uses cookies to measure readership and to "
                                       "remember your settings. You can change your choice at any "
                                       "time.")}</p>
  <button class="cookie-notice__button cookie-notice__button--accept" type="button">{
      pg.n("Accept all cookies")}</button>
  <button class="cookie-notice__button" type="button">{pg.n("Reject non-essential")}</button>
</div>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-header__logo" href="/">Harbor Wire</a>
    <p class="site-header__tagline">{pg.n("Independent news agency for the Northern Seas")}</p>
    <nav class="site-nav" aria-label="Sections"><ul class="site-nav__list">
      <li class="site-nav__item"><a class="site-nav__link" href="/">Home</a></li>{nav}
    </ul></nav>
  </div>
</header>
{main}
<footer class="site-footer">
  <nav class="site-footer__nav"><a href="/">Home</a> · <a href="/feed.rss">RSS</a> · <a
    href="/sitemap_index.xml">Sitemap</a></nav>
  <p class="site-footer__copy">{pg.n("© 2026 Harbor Wire. All rights reserved. Redistribution "
                                     "requires a licence.")}</p>
  <a class="site-footer__top back-to-top" href="#main-content">{pg.n("Back to top")}</a>
</footer>
</body>"""


def hw_article(a: Article) -> tuple[str, list[str]]:
    pg = Page()
    rel = others(a, 4, 1)
    inline = inline_links(a, 2)
    inline_html = ('<aside class="article__related-inline" aria-label="Related coverage">'
                   f'<h2 class="article__related-inline-title">{pg.n("Related coverage")}</h2>'
                   '<ul class="article__related-inline-list">'
                   + "".join(f'<li class="article__related-inline-item"><a href="{b.path}">'
                             f'{pg.n(b.title)}</a></li>' for b in inline) + "</ul></aside>")
    ad = ('<div class="ad-slot ad-slot--inline" aria-hidden="true"><span class="ad-slot__label">'
          f'{pg.n("Advertisement")}</span></div>')
    fmt: dict[str, Callable[[object], str]] = {
        "p": lambda t: f'<p class="article__paragraph">{esc(str(t))}</p>',
    }
    body = render_blocks(a, fmt, {3: inline_html, 5: ad})
    if a.credit:
        body += f'\n<p class="article__paragraph article__paragraph--credit">{esc(a.credit)}</p>'
    ph = a.photo
    figure = ""
    if ph:
        pg.reg(ph.caption)
        pg.reg(ph.credit)
        figure = (f'<figure class="article__figure">{img(ph.alt, image_path(a), "article__image")}'
                  f'<figcaption class="article__caption">{esc(ph.caption)} <span '
                  f'class="article__photo-credit">{esc(ph.credit)}</span></figcaption></figure>')
    email = a.author.lower().replace(" ", ".").replace("-", "") + "@harborwire.example"
    dt = a.published
    when = f"{dt:%B} {dt.day}, {dt.year} {dt:%I:%M %p} UTC".replace(" 0", " ")
    related = "".join(f'<li class="related-stories__item"><a class="related-stories__link" '
                      f'href="{b.path}">{pg.n(b.title)}</a></li>' for b in rel)
    sec = HW_SECTIONS[a.section]
    main = f"""<main class="page__main" id="main-content">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><ol class="breadcrumbs__list">
    <li class="breadcrumbs__item"><a class="breadcrumbs__link" href="/">Home</a></li>
    <li class="breadcrumbs__item"><a class="breadcrumbs__link" href="{sec}">{esc(a.section)}</a>
    </li>
  </ol></nav>
  <div class="page__columns">
  <article class="article">
    <header class="article__header">
      <a class="article__section" href="{sec}">{esc(a.section)}</a>
      <h1 class="article__headline">{esc(a.title)}</h1>
      <p class="article__standfirst">{esc(a.description)}</p>
      <div class="article__meta">
        <span class="article__byline">By <a class="article__author" href="#author-box">{
            esc(a.author)}</a></span>
        <time class="article__time" datetime="{iso(a)}">{esc(when)}</time>
        <span class="article__read-time">{pg.n(f"{max(2, len(a.paragraphs) // 2)} min read")}</span>
      </div>
    </header>
    {figure}
    <div class="article__body">
{body}
    </div>
    <footer class="article__footer">
      <div class="share-bar" role="group" aria-label="Share">
        <span class="share-bar__label">{pg.n("Share this story")}</span>
        <button class="share-bar__button share-bar__button--facebook" type="button">Facebook
        </button>
        <button class="share-bar__button share-bar__button--x" type="button">X</button>
        <button class="share-bar__button share-bar__button--linkedin" type="button">LinkedIn
        </button>
        <button class="share-bar__button share-bar__button--email" type="button">Email</button>
      </div>
      <p class="article__licensing">{pg.n("Harbor Wire stories are available to subscribing "
                                          "newsrooms. For syndication rights, contact our "
                                          "licensing desk.")}</p>
      <section class="author-box" id="author-box">
        <h2 class="author-box__name">{esc(a.author)}</h2>
        <p class="author-box__bio">{pg.n(HW_BIOS[a.author])}</p>
        <a class="author-box__email" href="mailto:{email}">{pg.n(email)}</a>
      </section>
    </footer>
  </article>
  <aside class="sidebar" aria-label="More from Harbor Wire">
    <section class="sidebar__block related-stories">
      <h2 class="sidebar__title">{pg.n("Related stories")}</h2>
      <ul class="related-stories__list">{related}</ul>
    </section>
    <section class="sidebar__block newsletter">
      <h2 class="newsletter__title">{pg.n("The Morning Manifest")}</h2>
      <p class="newsletter__text">{pg.n("Shipping, markets and politics from across the Northern "
                                        "Seas, in your inbox before breakfast.")}</p>
      <form class="newsletter__form" action="#" method="post">
        <input class="newsletter__input" type="email" placeholder="Email address">
        <button class="newsletter__button" type="submit">{pg.n("Sign up")}</button>
      </form>
    </section>
  </aside>
  </div>
</main>"""
    h = head(a, site_name="Harbor Wire", title_suffix=" | Harbor Wire", canonical=url(a),
             og_url=url(a), style=HW_STYLE, ld=jsonld(a, "Harbor Wire", "/logo.png", False))
    return doc(h, hw_chrome(pg, main)), pg.noise


# --------------------------------------------------------------------------------------------
# Feedline Today: a WordPress aggregator (seed 001): ticker, "Source link", "Related Articles"
# --------------------------------------------------------------------------------------------

FT_STYLE = ("body{font-family:Roboto,Arial,sans-serif;margin:0}.td-header-wrap{background:#111;"
            "color:#fff;padding:10px 20px}.td-logo-text{font-size:30px;font-weight:900}"
            ".td-container{max-width:1068px;margin:0 auto;display:flex;gap:48px}.td-main-content"
            "{flex:2}.td-main-sidebar{flex:1}.ccpw-ticker{display:flex;overflow:hidden;"
            "white-space:nowrap;list-style:none;gap:24px;font-size:12px}.td-adspot-title{font-size:"
            "10px;color:#999;display:block;text-align:center}.screen-reader-text{position:absolute;"
            "clip:rect(1px,1px,1px,1px)}")
FT_CATEGORIES = {"World": "/category/world/", "Business": "/category/business/"}
COINS = [
    ("bitcoin", "Bitcoin (BTC)", "$ 71,204.55", "0.84%"),
    ("ethereum", "Ethereum (ETH)", "$ 3,118.42", "1.27%"),
    ("tether", "Tether (USDT)", "$ 1.00", "0.02%"),
    ("bnb", "BNB (BNB)", "$ 587.31", "2.11%"),
    ("solana", "Solana (SOL)", "$ 162.08", "4.35%"),
    ("usd-coin", "USDC (USDC)", "$ 0.999871", "0.01%"),
    ("xrp", "XRP (XRP)", "$ 0.622914", "1.76%"),
    ("dogecoin", "Dogecoin (DOGE)", "$ 0.128805", "3.92%"),
    ("cardano", "Cardano (ADA)", "$ 0.402117", "2.64%"),
    ("tron", "TRON (TRX)", "$ 0.161209", "0.45%"),
    ("avalanche-2", "Avalanche (AVAX)", "$ 29.84", "1.93%"),
    ("chainlink", "Chainlink (LINK)", "$ 12.77", "2.58%"),
    ("polkadot", "Polkadot (DOT)", "$ 5.12", "3.07%"),
    ("litecoin", "Litecoin (LTC)", "$ 71.46", "0.67%"),
    ("bitcoin-cash", "Bitcoin Cash (BCH)", "$ 362.90", "1.48%"),
    ("stellar", "Stellar (XLM)", "$ 0.101344", "0.88%"),
    ("monero", "Monero (XMR)", "$ 158.26", "2.02%"),
    ("uniswap", "Uniswap (UNI)", "$ 7.41", "5.16%"),
]


def ft_chrome(pg: Page, main: str, day: datetime, sidebar: str) -> str:
    lines = []
    for i, (slug, name, price, chg) in enumerate(COINS):
        pg.reg(f"{name} {price} {chg}")
        way = "down" if i % 3 == 2 else "up"
        lines.append(
            f'<li class="ccpw-ticker-item" id="{slug}"><div class="coin-container">'
            f'<img class="ccpw-coin-logo" src="{PLACEHOLDER_IMG}" alt="{slug}" width="16" '
            f'height="16"><span class="name">{esc(name)}</span> <span class="price">{price}'
            f'</span> <span class="ccpw-changes {way}"><i class="ccpw_icon_{way}"></i>{chg}'
            f'</span></div></li>')
    ticker = "\n".join(lines)
    menu = "".join(f'<li class="menu-item menu-item-type-taxonomy"><a href="{p}">{esc(c)}</a></li>'
                   for c, p in FT_CATEGORIES.items())
    return f"""<body class="post-template-default single single-post td-standard-pack">
<div class="td-header-wrap td-header-style-1">
  <div class="td-header-top-menu"><span class="td_data_time">{pg.n(f"{day:%A}, {day:%B} "
                                                                  f"{day.day}, {day.year}")}</span>
  </div>
  <div class="td-header-sp-logo"><a class="td-main-logo" href="/"><span class="td-logo-text">
    Feedline Today</span> <span class="td-tagline-text">{pg.n("All the headlines. One feed.")}
  </span></a></div>
  <div class="td-header-menu-wrap"><ul id="menu-main-1" class="sf-menu">
    <li class="menu-item menu-item-home"><a href="/">Home</a></li>{menu}</ul></div>
  <div class="td-a-rec td-a-rec-id-header"><span class="td-adspot-title">{pg.n("Sponsored")}</span>
    <a class="td-a-rec-link" href="/">{pg.n("This one trick lets savers earn 6% on idle cash")}</a>
  </div>
</div>
<div class="td-main-content-wrap td-container-wrap">
  <div class="td-container">
    <div class="td-pb-span8 td-main-content" role="main">
{main}
    </div>
    <div class="td-pb-span4 td-main-sidebar" role="complementary">
{sidebar}
    </div>
  </div>
</div>
<div class="td-footer-wrapper">
  <aside class="widget ccpw-widget"><div class="ccpw-ticker-cont ccpw-ticker-cont-hr">
  <ul class="ccpw-ticker">
{ticker}
  </ul></div></aside>
  <div class="td-sub-footer-copy">{pg.n("© Feedline Today 2026. Headlines are aggregated "
                                        "automatically from publicly available sources.")}</div>
  <a id="td-scroll-up" class="td-scroll-up" href="#"><span class="screen-reader-text">{
      pg.n("Back to top button")}</span></a>
</div>
</body>"""


def ft_sidebar(pg: Page, a: Article | None) -> str:
    items = site_articles(FT) if a is None else others(a, 3)
    lis = "".join(f'<li><a href="{b.path}">{pg.n(b.title)}</a></li>' for b in items)
    return (f'<aside class="widget widget_recent_entries"><h4 class="block-title"><span>'
            f'{pg.n("Recent Posts")}</span></h4><ul>{lis}</ul></aside>'
            f'<aside class="widget td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">'
            f'{pg.n("Advertisement")}</span><div class="td-visible-desktop"></div></aside>')


def ft_article(a: Article) -> tuple[str, list[str]]:
    assert a.origin is not None
    pg = Page()
    post_id = 48000 + int(number(a, 100, 999).replace(",", ""))
    read_more = inline_links(a, 1)[0]
    inserts = {
        3: (f'<p><strong>READ MORE:</strong> <a href="{read_more.path}">{esc(read_more.title)}'
            f'</a></p>'),
        5: (f'<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">'
            f'{pg.n("Advertisement")}</span><div class="td-ad-placeholder"></div></div>'),
    }
    pg.reg(f"READ MORE: {read_more.title}")
    body = render_blocks(a, {"p": lambda t: f"<p>{esc(str(t))}</p>"}, inserts)
    if a.credit:
        body += f"\n<p>{esc(a.credit)}</p>"
    ph = a.photo
    assert ph is not None
    cap = f"© Harbor Wire. {ph.caption}"
    dt = local(a)
    stamp = f"{dt:%Y.%m.%d %H:%M}"
    related = "".join(
        f'<div class="td_module_related_posts td-animation-stack"><div class="td-module-thumb">'
        f'<a href="{b.path}" rel="bookmark" class="td-image-wrap" title="{attr(b.title)}"></a>'
        f'</div><h3 class="entry-title td-module-title"><a href="{b.path}" rel="bookmark">'
        f'{pg.n(b.title)}</a></h3></div>' for b in others(a, 3, 1))
    cat = FT_CATEGORIES[a.section]
    main = f"""<article id="post-{post_id}" class="post-{post_id} post type-post status-publish
 format-standard has-post-thumbnail category-{a.section.lower()}">
  <div class="td-post-header">
    <ul class="td-category"><li class="entry-category"><a href="{cat}">{esc(a.section)}</a></li>
    </ul>
    <header class="td-post-title">
      <h1 class="entry-title">{esc(a.title)}</h1>
      <div class="td-module-meta-info">
        <span class="td-post-date"><time class="entry-date updated td-module-date"
          datetime="{iso(a)}">{pg.n(stamp)}</time></span>
        <span class="td-post-author-name">by <a href="/">{esc(a.author)}</a></span>
      </div>
    </header>
  </div>
  <div class="td-post-content tagdiv-type">
    <div class="td-post-featured-image"><figure class="wp-caption">{img(ph.alt, image_path(a),
        "entry-thumb")}<figcaption class="wp-caption-text">{pg.n(cap)}</figcaption></figure></div>
{body}
<p><a href="{url(a.origin)}" target="_blank" rel="noopener">{pg.n("Source link")}</a></p>
  </div>
  <footer>
    <div class="td-post-sharing-bottom"><div class="td-post-sharing-classic">
      <span class="td-social-but-text">{pg.n("Share this article")}</span>
      <a class="td-social-sharing-button td-social-facebook" href="#">Facebook</a>
      <a class="td-social-sharing-button td-social-twitter" href="#">Twitter</a>
      <a class="td-social-sharing-button td-social-whatsapp" href="#">WhatsApp</a>
    </div></div>
    <div class="td_block_wrap td_block_related_posts">
      <h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">{
          pg.n("Related Articles")}</a></h4>
      <div class="td-related-row">{related}</div>
    </div>
  </footer>
</article>"""
    h = head(a, site_name="Feedline Today", title_suffix=" - Feedline Today", canonical=url(a),
             og_url=url(a), style=FT_STYLE,
             extra='<meta name="generator" content="WordPress 6.6.2">\n')
    return doc(h, ft_chrome(pg, main, dt, ft_sidebar(pg, a))), pg.noise


# --------------------------------------------------------------------------------------------
# Orbit Daily: a portal with hashed class names (seeds 000 and 004)
# --------------------------------------------------------------------------------------------

OD_STYLE = (".k3r7{box-sizing:border-box}.c-sk9{font-size:0}.c-h0r8{background:#1d1f5e;color:#fff;"
            "padding:14px 20px}.c-l0g1{color:#fff;font:800 28px 'Noto Sans',sans-serif}.c-w9s3"
            "{display:flex;gap:32px;max-width:1200px;margin:0 auto}.c-m41n{flex:1}.c-sd1b"
            "{width:320px}.t1t2{font-size:32px;line-height:1.25}.c-p4k0{font-size:18px;"
            "line-height:1.8}.c-a1d9{background:#f4f4f4;min-height:250px;text-align:center}"
            ".c-rk1n-n{font-weight:800;color:#1d1f5e;margin-right:8px}.c-rk1n-s{font-size:11px;"
            "color:#888;display:block}.c-dr4w{display:none}")
OD_LABELS = {"Business": "BUSINESS", "World": "WORLD"}
OD_SECTIONS = {"World": "/news/world/", "Business": "/news/business/"}


def od_rank(pg: Page, heading: str, items: list[Article], newest: Article) -> str:
    lis = []
    for i, b in enumerate(items, 1):
        label = "LATEST" if b is newest else OD_LABELS[b.section]
        lis.append(f'<li class="c-rk1n-i"><span class="c-rk1n-n">{i}</span><a class="c-rk1n-a" '
                   f'href="{b.path}">{pg.n(b.title)}</a><em class="c-rk1n-s">{label}</em></li>')
    return (f'<section class="c-rk1n k3r7"><h2 class="c-rk1n-h">{pg.n(heading)}</h2>'
            f'<ol class="c-rk1n-l">{"".join(lis)}</ol></section>')


def od_chrome(pg: Page, main: str, aside: str, drawer: str) -> str:
    nav = "".join(f'<li class="c-n4v2-i"><a class="c-x1n0" href="{p}">{esc(s)}</a></li>'
                  for s, p in OD_SECTIONS.items())
    return f"""<body class="b-6f1q">
<div id="top" class="c-sk9 k3r7">
  <a class="c-sk9a" href="#top">{pg.n("Quick access to main page (top)")}</a>
  <a class="c-sk9a" href="#c-main">{pg.n("Direct access to main contents")}</a>
  <a class="c-sk9a" href="#bottom">{pg.n("Quick access to main page (bottom)")}</a>
</div>
<div class="c-ap2x q7t0"><p class="c-ap2x-t">{pg.n("Breaking news alerts, faster: get the Orbit "
                                                   "Daily app")}</p>
  <a class="c-ap2x-b" href="/">{pg.n("Download the app")}</a></div>
<header class="c-h0r8 k3r7"><a class="c-l0g1" href="/">Orbit Daily</a>
  <nav class="c-n4v2"><ul class="c-n4v2 u8a3"><li class="c-n4v2-i"><a class="c-x1n0" href="/">
  Home</a>
  </li>{nav}</ul></nav></header>
<div class="c-w9s3 q4e7">
{main}
<aside class="c-sd1b q4e7">
{aside}
</aside>
</div>
<div class="c-dr4w k3r7" aria-hidden="true">
{drawer}
</div>
<footer id="bottom" class="c-f00t k3r7"><p class="c-f00t-c">{pg.n("© Orbit Daily Media. "
    "Unauthorized reproduction and redistribution prohibited.")}</p></footer>
</body>"""


def od_lists(pg: Page, a: Article | None) -> tuple[str, str]:
    newest = site_articles(OD)[0]
    if a is None:
        pool = site_articles(OD)
        may, pop, must = pool[:5], pool[1:6], pool[2:7]
    else:
        may, pop, must = others(a, 5, 0), others(a, 5, 2), others(a, 5, 4)
    aside = od_rank(pg, "Popular Now", pop, newest) + "\n" + od_rank(pg, "Must-Reads", must,
                                                                     newest)
    drawer = od_rank(pg, "Must-Reads", must, newest) + "\n" + od_rank(pg, "Popular Now", pop,
                                                                      newest)
    return od_rank(pg, "You May Also Like", may, newest) + "\n" + aside, drawer


def od_article(a: Article) -> tuple[str, list[str]]:
    pg = Page()
    ad = (f'<div class="c-a1d9 k3r7"><span class="c-a1d9-l">{pg.n("Advertisement")}</span>'
          f'<div class="c-a1d9-s"></div></div>')
    body = render_blocks(a, {"p": lambda t: f'<p class="c-p4k0">{esc(str(t))}</p>'}, {3: ad})
    is_copy = a.origin is not None
    if a.credit:
        body += f'\n<p class="c-p4k0">{esc(a.credit)}</p>'
    if is_copy and a.pointers:
        body += f'\n<p class="c-p4k0"><em>{pg.n(SYND)}</em></p>'
    ph = a.photo
    figure = ""
    if ph and a.double_caption:
        line = f"{ph.caption} / {ph.credit}"
        escaped = line.replace("“", '\\"').replace("”", '\\"')
        figure = (f'<figure class="c-m3p0 z2k8"><div class="c-z5h8 k3r7">{pg.n(escaped)}</div>'
                  f'{img(ph.alt, image_path(a), "c-i9m1")}<figcaption class="c-t6y2 z2k8">'
                  f'{pg.n(line)}</figcaption></figure>')
    elif ph:
        line = f"{ph.caption} / {ph.credit}"
        figure = (f'<figure class="c-m3p0 z2k8">{img(ph.alt, image_path(a), "c-i9m1")}'
                  f'<figcaption class="c-t6y2 z2k8">{pg.n(line)}</figcaption></figure>')
    dt = local(a)
    views = f"Views {number(a, 1200, 9800)}"
    pg.reg(views)
    published = f"Published {dt:%Y.%m.%d %H:%M}"
    label = OD_LABELS[a.section]
    latest = "".join(f'<li class="c-ls8t-i"><a href="{b.path}">{pg.n(b.title)}</a></li>'
                     for b in others(a, 6, 1))
    may_aside, drawer = od_lists(pg, a)
    pg.reg("Comments0")
    email = ("desk@orbitdaily.example" if is_copy
             else a.author.lower().replace(" ", ".").replace("-", "") + "@orbitdaily.example")
    main = f"""<main id="c-main" class="c-m41n">
  <div class="c-x9f2 k3r7">
    <span class="c-s3c7 r2d2">{label}</span>
    <h1 class="c-x9f2 t1t2">{esc(a.title)}</h1>
    <div class="c-b7u1"><span class="c-n2d4">{esc(a.author)}</span> <span class="c-v8e3">Views <b>{
        views[6:]}</b></span> <span class="c-d8t5">{pg.n(published)}</span></div>
  </div>
  {figure}
  <div class="c-x9f2 r8t1" id="article-view-content-div">
{body}
  </div>
  <div class="c-au7e k3r7"><strong class="c-au7e-n">{esc(a.author)}</strong>
    <a class="c-au7e-m" href="mailto:{email}">{pg.n(email)}</a></div>
  <div class="c-cm2a"><button class="c-cm2a-b" type="button">Comments<span>0</span></button>
    <span class="c-cm2a-c">300</span>
    <button class="c-cm2a-b" type="button">Comments<span>0</span></button></div>
  <div class="c-sh4r q4e7"><span class="c-sh4r-t">{pg.n("Share it on...")}</span>
    <button type="button" class="c-sh4r-b">Facebook</button><button type="button"
    class="c-sh4r-b">X</button><button type="button" class="c-sh4r-b">KakaoTalk</button>
    <button type="button" class="c-sh4r-b">{pg.n("Copy URL")}</button></div>
  <section class="c-ls8t k3r7"><h2 class="c-ls8t-h">{pg.n(f"[{label}] Latest Stories")}</h2>
    <ul class="c-ls8t-l">{latest}</ul></section>
</main>"""
    ld = ""
    if not is_copy:
        ld = jsonld(a, "Orbit Daily", "/static/logo.png", False)
    elif "isBasedOn" in a.pointers:
        ld = jsonld(a, "Orbit Daily", "/static/logo.png", True)
    elif a.story != "lowmere-election-result":
        ld = jsonld(a, "Orbit Daily", "/static/logo.png", False)  # a copy with no pointer
    h = head(a, site_name="Orbit Daily", title_suffix=" - Orbit Daily", canonical=url(a),
             og_url=url(a), style=OD_STYLE, ld=ld)
    return doc(h, od_chrome(pg, main, may_aside, drawer)), pg.noise


# --------------------------------------------------------------------------------------------
# Tidewater Notes: a blog whose promos reuse the paragraphs' own class
# --------------------------------------------------------------------------------------------

TW_STYLE = ("body{background:#f7f4ee;font:18px/1.7 'Iowan Old Style',Georgia,serif;margin:0}"
            ".tw-wrap{max-width:980px;margin:0 auto;padding:20px}.tw-brand{font:italic 700 34px "
            "Georgia;color:#0d4d4d;text-decoration:none}.tw-main{display:flex;gap:40px}.tw-post"
            "{flex:1}.tw-sidebar{width:240px;font-size:15px}.tw-box{background:#e6f0ee;padding:"
            "12px 18px;border-radius:6px}.tw-meta{color:#777;font-size:14px}")


def tw_chrome(pg: Page, main: str, aside: str) -> str:
    return f"""<body class="blog single-post">
<div class="tw-wrap">
<header class="tw-masthead">
  <a class="tw-brand" href="/">Tidewater Notes</a>
  <p class="tw-tagline">{pg.n("Notes on the coast, the port and the money that moves through "
                              "them.")}</p>
  <nav class="tw-nav"><a href="/">Home</a> · <a href="/about.html">About</a> · <a
    href="/feed.atom">Feed</a></nav>
</header>
<div class="tw-main">
{main}
<aside class="tw-sidebar">
{aside}
</aside>
</div>
<footer class="tw-footer"><p>{pg.n("© 2026 Tidewater Notes. Written on a kitchen table in "
                                   "Kellbrook.")}</p></footer>
</div>
</body>"""


def tw_aside(pg: Page, a: Article | None) -> str:
    items = site_articles(TW) if a is None else others(a, 3)
    lis = "".join(f'<li><a href="{b.path}">{pg.n(b.title)}</a></li>' for b in items)
    return (f'<section class="tw-widget"><h3>{pg.n("You May Also Like")}</h3><ul>{lis}</ul>'
            f'</section>')


def tw_article(a: Article) -> tuple[str, list[str]]:
    pg = Page()
    cls = "tw-text"

    def p(t: object) -> str:
        return f'<p class="{cls}">{esc(str(t))}</p>'

    also = inline_links(a, 2)
    pg.reg(f"ALSO READ: {also[0].title}")
    pg.reg(f"Related: {also[1].title}")
    inserts = {
        2: f'<p class="{cls}"><strong>ALSO READ:</strong> <a href="{also[0].path}">'
           f'{esc(also[0].title)}</a></p>',
        5: f'<p class="{cls}">Related: <a href="{also[1].path}">{esc(also[1].title)}</a></p>',
    }
    if a.tweets:
        inserts[2] = tweet_html(pg, a.tweets[0]) + "\n" + inserts[2]
        if len(a.tweets) > 1:
            inserts[4] = tweet_html(pg, a.tweets[1])
    if a.youtube:
        vid, cap = a.youtube
        inserts[3] = (f'<figure class="tw-embed"><iframe width="560" height="315" '
                      f'src="https://www.youtube-nocookie.com/embed/{vid}" title="YouTube video '
                      f'player" frameborder="0" allowfullscreen></iframe>'
                      f'<p class="{cls} tw-caption">{pg.n(cap)}</p></figure>')
    body = render_blocks(a, {"p": p}, inserts)
    if a.major_points:
        lis = "".join(f"<li>{pg.n(m)}</li>" for m in a.major_points)
        body += (f'\n<div class="tw-box"><p class="{cls}"><strong>{pg.n("Major Points")}</strong>'
                 f'</p><ul class="tw-list">{lis}</ul></div>')
    if a.reprint:
        body += f'\n<p class="{cls}"><em>{pg.n(a.reprint)}</em></p>'
    if a.origin is not None:
        pg.reg("Originally published at Harbor Wire")
        body += (f'\n<p class="{cls}">Originally published at <a href="{url(a.origin)}">'
                 f'Harbor Wire</a></p>')
    dt = local(a)
    comments = f"{number(a, 3, 40)} Comments"
    main = f"""<article class="tw-post post-{number(a, 100, 999)}">
  <h1 class="tw-title">{esc(a.title)}</h1>
  <p class="tw-meta">Posted by <span class="tw-author">{esc(a.author)}</span> on <time
    datetime="{iso(a)}">{dt:%B} {dt.day}, {dt.year}</time> · <a href="#comments">{
        pg.n(comments)}</a></p>
  <div class="tw-entry">
{body}
  </div>
  <div class="tw-share"><span>{pg.n("Share this:")}</span> <a href="#">Email</a> <a
    href="#">Print</a> <a href="#">Mastodon</a></div>
  <section class="tw-subscribe">
    <h3>{pg.n("Get Tidewater Notes by email")}</h3>
    <p class="{cls}">{pg.n("One post a week about the coast's economy. No spam, unsubscribe any "
                          "time.")}</p>
    <form action="#" method="post"><input type="email" placeholder="you@example.org"> <button
      type="submit">{pg.n("Subscribe")}</button></form>
  </section>
  <section id="comments" class="tw-comments"><h3>{esc(comments)}</h3>
    <p class="{cls}">{pg.n("Comments are closed on this post.")}</p></section>
</article>"""
    h = head(a, site_name="Tidewater Notes", title_suffix=" – Tidewater Notes", canonical=url(a),
             og_url=url(a), style=TW_STYLE,
             extra=f'<link rel="alternate" type="application/atom+xml" title="Tidewater Notes" '
                   f'href="{base(TW)}/feed.atom">\n')
    return doc(h, tw_chrome(pg, main, tw_aside(pg, a))), pg.noise


# --------------------------------------------------------------------------------------------
# Ledgerline: a finance site with utility-class markup, a marquee ticker and a paywall
# --------------------------------------------------------------------------------------------

LL_STYLE = ("body{margin:0;font-family:Inter,system-ui,sans-serif}.bg-slate-900{background:#0f172a}"
            ".text-white{color:#fff}.mx-auto{margin-left:auto;margin-right:auto}.max-w-6xl"
            "{max-width:72rem}.grid{display:grid}.grid-cols-12{grid-template-columns:repeat(12,"
            "minmax(0,1fr))}.col-span-8{grid-column:span 8/span 8}.col-span-4{grid-column:span 4/"
            "span 4}.text-lg{font-size:1.125rem}.leading-8{line-height:2rem}.font-mono{font-family:"
            "monospace}.text-xs{font-size:.75rem}")
LL_TICKER = [("CSX-40", "4,498.72", "▲0.31%"), ("CSX All-Share", "2,181.09", "▲0.22%"),
             ("VSC/USD", "0.9184", "▼0.12%"), ("VSC/EUR", "0.8471", "▼0.05%"),
             ("Brent", "$82.95", "▲0.40%"), ("Gold", "$2,694.10", "▼0.22%"),
             ("VGB 10Y", "3.99%", "▲0.02"), ("MCL", "218.30", "▲1.10%")]
LL_SECTIONS = {"Markets": "/markets/", "Economy": "/economy/", "Companies": "/companies/"}


def ll_chrome(pg: Page, main: str, aside: str) -> str:
    spans = "".join(f'<span class="px-4">{pg.n(f"{n} {v} {c}")}</span>' for n, v, c in LL_TICKER)
    nav = "".join(f'<a class="hover:text-blue-700" href="{p}">{esc(s)}</a>'
                  for s, p in LL_SECTIONS.items())
    return f"""<body class="bg-white text-slate-900 antialiased">
<div class="bg-slate-900 text-white text-xs py-1">
  <marquee class="font-mono" scrollamount="4" behavior="scroll">{spans}</marquee>
</div>
<header class="border-b border-slate-200">
  <div class="mx-auto max-w-6xl flex items-center justify-between px-4 py-3">
    <a class="text-2xl font-extrabold tracking-tight" href="/">Ledgerline</a>
    <nav class="hidden md:flex gap-6 text-sm font-medium">{nav}</nav>
    <a class="rounded bg-blue-700 px-3 py-1 text-sm text-white" href="/">{pg.n("Subscribe")}</a>
  </div>
</header>
<div class="mx-auto max-w-6xl grid grid-cols-12 gap-8 px-4 py-6">
{main}
<aside class="col-span-12 lg:col-span-4 space-y-8">
{aside}
</aside>
</div>
<footer class="border-t border-slate-200 py-6 text-xs text-slate-500">
  <div class="mx-auto max-w-6xl px-4">
    <p>{pg.n("Market data delayed by at least 15 minutes. Prices are indicative only.")}</p>
    <p>{pg.n("© 2026 Ledgerline Media Ltd. Not investment advice.")}</p>
  </div>
</footer>
</body>"""


def ll_aside(pg: Page, a: Article | None) -> str:
    items = site_articles(LL)[:5] if a is None else others(a, 5, 1)
    lis = "".join(f'<li class="py-2"><a href="{b.path}">{pg.n(b.title)}</a></li>' for b in items)
    return f"""<section><h2 class="text-sm font-bold uppercase tracking-wide">{
        pg.n("Popular Now")}</h2>
  <ol class="list-decimal pl-5 divide-y">{lis}</ol></section>
<section class="rounded bg-slate-100 p-4 text-sm">
  <p class="font-semibold">{pg.n("Get real-time price alerts in the Ledgerline app.")}</p>
  <a class="underline" href="/">{pg.n("Download for iOS and Android")}</a></section>
<section><h2 class="text-sm font-bold uppercase tracking-wide">{pg.n("Sponsored")}</h2>
  <ul class="space-y-3 text-sm">
    <li><a href="/">{pg.n("Five dividend strategies for a higher-rate world")}</a> <span
      class="text-slate-400">{pg.n("Partner content: Baltrum Asset Management")}</span></li>
    <li><a href="/">{pg.n("Is your pension ready for a stronger crown?")}</a> <span
      class="text-slate-400">{pg.n("Partner content: Norvik Life")}</span></li>
  </ul></section>"""


def ll_article(a: Article) -> tuple[str, list[str]]:
    pg = Page()
    pcls = "mt-4 text-lg leading-8"
    related = inline_links(a, 1)[0]
    pg.reg(f"Related: {related.title}")
    inserts = {
        2: f'<p class="{pcls}">Related: <a class="text-blue-700 underline" href="{related.path}">'
           f'{esc(related.title)}</a></p>',
        4: f'<div class="my-8 border-y py-4 text-center"><span class="text-[10px] uppercase '
           f'tracking-widest text-slate-400">{pg.n("Advertisement")}</span><div '
           f'class="h-[250px] bg-slate-100"></div></div>',
    }
    fmt: dict[str, Callable[[object], str]] = {
        "p": lambda t: f'<p class="{pcls}">{esc(str(t))}</p>',
        "h2": lambda t: f'<h2 class="mt-8 text-xl font-semibold">{esc(str(t))}</h2>',
        "ol": lambda items: '<ol class="mt-4 list-decimal space-y-2 pl-6 text-lg">' + "".join(
            f"<li>{esc(i)}</li>" for i in items) + "</ol>",  # type: ignore[attr-defined]
    }
    body = render_blocks(a, fmt, inserts)
    if a.credit:
        body += f'\n<p class="{pcls}">{esc(a.credit)}</p>'
    box = ""
    if a.takeaways:
        lis = "".join(f"<li>{pg.n(t)}</li>" for t in a.takeaways)
        box = (f'<div class="my-6 rounded border-l-4 border-blue-700 bg-blue-50 p-4">'
               f'<p class="font-semibold">{pg.n("Key takeaways")}</p>'
               f'<ul class="list-disc pl-5 text-sm">{lis}</ul></div>')
    note = ""
    if a.editor_note:
        note = f'<p class="mt-4 text-sm italic text-slate-600">{esc(a.editor_note)}</p>'
    dt = local(a)
    when = f"{dt:%b} {dt.day}, {dt.year}, {dt:%I:%M %p} GMT".replace(", 0", ", ")
    main = f"""<main class="col-span-12 lg:col-span-8">
  <article class="prose max-w-none">
    <a class="text-xs font-semibold uppercase tracking-wide text-blue-700" href="{
        LL_SECTIONS[a.section]}">{esc(a.section)}</a>
    <h1 class="mt-2 text-3xl font-bold leading-tight">{esc(a.title)}</h1>
    <div class="mt-2 text-sm text-slate-500"><span>By {esc(a.author)}</span> · <time
      datetime="{iso(a)}">{esc(when)}</time></div>
    {note}
    {box}
{body}
    <div class="mt-8 rounded-lg bg-slate-900 p-6 text-white">
      <p class="text-lg font-semibold">{pg.n("You have 2 free articles left this month.")}</p>
      <p class="text-sm">{pg.n("Subscribe to Ledgerline for unlimited access to markets "
                              "coverage, data and analysis.")}</p>
      <a class="mt-3 inline-block rounded bg-white px-4 py-2 text-slate-900" href="/">{
          pg.n("Subscribe now")}</a>
    </div>
  </article>
</main>"""
    og = url(a.origin) if a.origin is not None and "og:url" in a.pointers else url(a)
    ld = jsonld(a, "Ledgerline", "/img/ledgerline.png", "isBasedOn" in a.pointers)
    h = head(a, site_name="Ledgerline", title_suffix=" | Ledgerline", canonical=url(a),
             og_url=og, style=LL_STYLE, ld=ld)
    return doc(h, ll_chrome(pg, main, ll_aside(pg, a))), pg.noise


# --------------------------------------------------------------------------------------------
# The Kellbrook Courier: an old-school table layout
# --------------------------------------------------------------------------------------------

KC_STYLE = ("body{font-family:Verdana,Arial,sans-serif;font-size:12px}.headline h1{font-family:"
            "Georgia,serif;font-size:24px;color:#003366}.bodytext{font-size:13px;line-height:"
            "18px}.boxhead{background:#003366;color:#fff;font-weight:bold;padding:3px}.navbar"
            "{background:#e0e8f0;padding:4px}.advert{border:1px solid #ccc;margin:0 0 8px 8px}")


def kc_chrome(pg: Page, main: str, a: Article | None) -> str:
    latest = site_articles(KC)[:5] if a is None else others(a, 5)
    links = "<br>\n".join(f'<a href="{b.path}" class="latest">{pg.n(b.title)}</a>'
                          for b in latest)
    crumbs = ""
    if a is not None:
        pg.reg(f"Home > News > {a.section}")
        crumbs = (f'<tr><td colspan="3" class="crumbs"><font size="1"><a href="/">Home</a> &gt; '
                  f'<a href="/news/">News</a> &gt; {esc(a.section)}</font></td></tr>')
    return f"""<body bgcolor="#ffffff" topmargin="0" leftmargin="0" marginwidth="0"
 marginheight="0">
<a name="top"></a>
<div id="cookiebar" style="background:#ffffcc;padding:4px;text-align:center"><font size="1">{
    pg.n("This website uses cookies. By continuing to browse the site you are agreeing to our use "
         "of cookies.")} <a href="#">{pg.n("Find out more")}</a></font></div>
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0" id="tblMain">
<tr><td colspan="3" class="hdr"><a href="/"><font face="Georgia" size="6" color="#003366"><b>The
  Kellbrook Courier</b></font></a><br><font size="1">{pg.n("Serving Kellbrook, Fennick and the "
                                                       "north coast since 1894")}</font></td></tr>
<tr><td colspan="3" class="navbar"><a href="/" class="nav">Home</a> | <a href="/news/"
  class="nav">News</a> | <a href="/rss.xml" class="nav">RSS</a></td></tr>
{crumbs}
<tr>
<td width="170" valign="top" class="leftcol">
  <table class="box" width="100%" cellpadding="2" cellspacing="0"><tr><td class="boxhead">{
      pg.n("[LOCAL] Latest Stories")}</td></tr><tr><td class="boxbody">
{links}
  </td></tr></table>
  <br>
  <table class="advert" width="100%"><tr><td align="center"><font size="1">{pg.n("Advertisement")}
  </font></td></tr><tr><td height="240">&nbsp;</td></tr></table>
</td>
<td width="590" valign="top" class="maincol">
{main}
</td>
<td width="220" valign="top" class="rightcol">
  <table class="box" width="100%"><tr><td class="boxhead">{pg.n("Kellbrook weather")}</td></tr>
  <tr><td>{
      pg.n("Kellbrook today: 9°C, heavy showers, wind NW 45 km/h")}</td></tr></table>
  <br>
  <table class="box" width="100%"><tr><td class="boxhead">{pg.n("Subscribe to the Courier")}
  </td></tr><tr><td>{pg.n("Get the Courier delivered every Thursday from 2.50 crowns a week.")}
  </td></tr></table>
</td>
</tr>
<tr><td colspan="3" class="footer" align="center"><font size="1"><a href="#top">{
    pg.n("Back to top")}</a> | {pg.n("© 2026 Kellbrook Courier Newspapers Ltd. Registered in "
                                      "Vestria No. 00481137.")}</font></td></tr>
</table>
</body>"""


def kc_article(a: Article) -> tuple[str, list[str]]:
    pg = Page()
    pcls = "bodytext"
    read_more = inline_links(a, 1)[0]
    pg.reg(f"READ MORE: {read_more.title}")
    inserts = {
        2: f'<p class="{pcls}"><b>READ MORE:</b> <a href="{read_more.path}">'
           f'{esc(read_more.title)}</a></p>',
        4: f'<table class="advert" align="right" width="300"><tr><td align="center"><font '
           f'size="1">{pg.n("Advertisement")}</font></td></tr><tr><td height="250">&nbsp;</td>'
           f'</tr></table>',
    }
    if a.instagram:
        post, name, handle = a.instagram
        link = f"https://www.instagram.com/p/{post}/"
        pg.reg("View this post on Instagram")
        pg.reg(f"A post shared by {name} (@{handle})")
        inserts[3] = (f'<blockquote class="instagram-media" data-instgrm-captioned '
                      f'data-instgrm-permalink="{link}" data-instgrm-version="14"><div><a '
                      f'href="{link}" target="_blank">View this post on Instagram</a></div><p><a '
                      f'href="{link}" target="_blank">A post shared by {esc(name)} (@{handle})'
                      f'</a></p></blockquote>\n<script async src="https://www.instagram.com/'
                      f'embed.js"></script>')
    fmt: dict[str, Callable[[object], str]] = {
        "p": lambda t: f'<p class="{pcls}">{esc(str(t))}</p>',
        "h3": lambda t: f'<h3 class="subhead"><font face="Georgia">{esc(str(t))}</font></h3>',
        "ol": lambda items: "<ol>" + "".join(
            f'<li><p class="{pcls}">{esc(i)}</p></li>' for i in items) + "</ol>",  # type: ignore
        "quote": lambda t: f'<blockquote><p class="{pcls}">{esc(str(t))}</p></blockquote>',
    }
    body = render_blocks(a, fmt, inserts)
    if a.credit:
        body += f'\n<p class="{pcls}">{esc(a.credit)}</p>'
    note = f'<p class="{pcls}"><i>{esc(a.editor_note)}</i></p>\n' if a.editor_note else ""
    ph = a.photo
    photo = ""
    if ph:
        cap = f"{ph.caption} Picture: {ph.credit}"
        photo = (f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td>'
                 f'{img(ph.alt, image_path(a))}</td></tr><tr><td class="caption"><font size="1">'
                 f'{pg.n(cap)}</font></td></tr></table>')
    dt = local(a)
    views = f"Views {number(a, 600, 5200)}"
    pg.reg(views)
    comments = f"Comments ({number(a, 1, 9)})"
    main = f"""<div id="ctl00_ContentPlaceHolder1_pnlStory">
<span id="ctl00_ContentPlaceHolder1_lblHeadline" class="headline"><h1>{esc(a.title)}</h1></span>
<span class="byline">By {esc(a.author)}</span><br>
<span class="dateline">Posted: {dt:%d/%m/%Y %H:%M} | {views}</span><br><br>
{photo}
<div id="ctl00_ContentPlaceHolder1_divStoryText" class="storytext">
{note}{body}
</div>
<div class="storytools"><a href="#">{pg.n("Print this story")}</a> | <a href="#">{
    pg.n("Email a friend")}</a> | <a href="#comments">{pg.n(comments)}</a></div>
<a name="comments"></a>
<table class="box" width="100%"><tr><td class="boxhead">{pg.n("Have your say")}</td></tr>
<tr><td>{pg.n("You must be logged in to post a comment.")}</td></tr></table>
</div>"""
    canonical = url(a.origin) if a.origin is not None and "canonical" in a.pointers else url(a)
    h = head(a, site_name="The Kellbrook Courier", title_suffix=" - Kellbrook Courier",
             canonical=canonical, og_url=url(a), style=KC_STYLE,
             extra='<meta http-equiv="X-UA-Compatible" content="IE=edge">\n')
    doctype = ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" '
               '"http://www.w3.org/TR/html4/loose.dtd">')
    return doc(h, kc_chrome(pg, main, a), doctype), pg.noise


RENDER = {"harbor-wire": hw_article, FT: ft_article, OD: od_article, TW: tw_article,
          LL: ll_article, KC: kc_article}


# --------------------------------------------------------------------------------------------
# Index and section pages (not articles; linked from each site's navigation)
# --------------------------------------------------------------------------------------------

def listing(site: str, heading: str, items: list[Article]) -> str:
    lis = "\n".join(f'<li><a href="{b.path}">{esc(b.title)}</a> <small>{local(b):%Y-%m-%d}'
                    f'</small><br>{esc(b.description)}</li>' for b in items)
    return (f'<main id="main-content"><h1>{esc(heading)}</h1>\n<ul class="listing">\n{lis}\n'
            f'</ul></main>')


def index_page(site: str, heading: str, items: list[Article]) -> str:
    pg = Page()
    name = PUBLISHERS[site]
    inner = listing(site, heading, items)
    if site == "harbor-wire":
        body = hw_chrome(pg, inner)
        style = HW_STYLE
    elif site == FT:
        body = ft_chrome(pg, inner, items[0].published, ft_sidebar(pg, None))
        style = FT_STYLE
    elif site == OD:
        aside, drawer = od_lists(pg, None)
        body = od_chrome(pg, inner.replace("<main", '<main class="c-m41n"'), aside, drawer)
        style = OD_STYLE
    elif site == TW:
        body = tw_chrome(pg, inner.replace("<main", '<div class="tw-post"').replace(
            "</main>", "</div>"), tw_aside(pg, None))
        style = TW_STYLE
    elif site == LL:
        body = ll_chrome(pg, inner.replace("<main", '<main class="col-span-12 lg:col-span-8"'),
                         ll_aside(pg, None))
        style = LL_STYLE
    else:
        body = kc_chrome(pg, inner, None)
        style = KC_STYLE
    title = name if heading == name else f"{heading} | {name}"
    h = (f'<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
         f'<meta property="og:site_name" content="{attr(name)}">\n'
         f'<meta property="og:type" content="website">\n<style>{style}</style>\n</head>')
    return doc(h, body)


# --------------------------------------------------------------------------------------------
# Discovery files
# --------------------------------------------------------------------------------------------

def rfc822(dt: datetime) -> str:
    return format_datetime(dt.astimezone(UTC), usegmt=True)


def w3c(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rss(site: str, title: str, link_path: str, description: str,
        entries: list[tuple[str, str, str, datetime, str]], self_path: str,
        generator: str = "") -> str:
    """RSS 2.0; entries are (title, path, description, published, author)."""
    b = base(site)
    items = []
    for t, path, desc, when, author in entries:
        items.append(f"""    <item>
      <title>{esc(t)}</title>
      <link>{b}{path}</link>
      <guid isPermaLink="true">{b}{path}</guid>
      <pubDate>{rfc822(when)}</pubDate>
      <dc:creator>{esc(author)}</dc:creator>
      <description>{esc(desc)}</description>
    </item>""")
    gen = f"\n    <generator>{esc(generator)}</generator>" if generator else ""
    newest = max(e[3] for e in entries)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>{esc(title)}</title>
    <link>{b}{link_path}</link>
    <description>{esc(description)}</description>
    <language>en</language>{gen}
    <lastBuildDate>{rfc822(newest)}</lastBuildDate>
    <atom:link href="{b}{self_path}" rel="self" type="application/rss+xml"/>
{chr(10).join(items)}
  </channel>
</rss>
"""


def urlset(site: str, entries: list[tuple[str, datetime]]) -> str:
    b = base(site)
    urls = "\n".join(f"  <url>\n    <loc>{b}{p}</loc>\n    <lastmod>{w3c(d)}</lastmod>\n  </url>"
                     for p, d in entries)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n')


def entries_of(items: list[Article]) -> list[tuple[str, str, str, datetime, str]]:
    return [(a.title, a.path, a.description, a.published, a.author) for a in items]


def discovery(files: dict[str, str]) -> None:
    # Harbor Wire: RSS (newest eight + a PDF report), sitemap index -> gzipped + plain sitemaps
    hw = site_articles("harbor-wire")
    pdf_when = utc("2026-11-20T08:00:00")
    hw_entries = [("Annual Shipping Review 2026 (PDF)", ERRORS[2]["path"],
                   "Harbor Wire's yearly review of Northern Seas shipping volumes.", pdf_when,
                   "Harbor Wire Research"), *entries_of(hw[:8])]
    files["harbor-wire/feed.rss"] = rss("harbor-wire", "Harbor Wire - Top News", "/",
                                        "Wire stories from Harbor Wire.", hw_entries, "/feed.rss")
    nov = [a for a in hw if a.published.month == 11]
    octo = [a for a in hw if a.published.month == 10]
    files["harbor-wire/sitemap-2026-11.xml.gz.in"] = urlset(
        "harbor-wire", [(a.path, a.published) for a in nov])
    files["harbor-wire/sitemap-2026-10.xml"] = urlset(
        "harbor-wire", [(a.path, a.published) for a in octo])
    b = base("harbor-wire")
    files["harbor-wire/sitemap_index.xml"] = f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap>
    <loc>{b}/sitemap-2026-11.xml.gz</loc>
    <lastmod>{w3c(nov[0].published)}</lastmod>
  </sitemap>
  <sitemap>
    <loc>{b}/sitemap-2026-10.xml</loc>
    <lastmod>{w3c(octo[0].published)}</lastmod>
  </sitemap>
</sitemapindex>
"""
    files["harbor-wire/robots.txt"] = (
        f"# Harbor Wire\nUser-agent: *\nDisallow: /search\nAllow: /\n\n"
        f"Sitemap: {b}/sitemap_index.xml\n")

    # Feedline Today: WordPress RSS, one entry answers 500
    ft = site_articles(FT)
    err = ERRORS[0]
    ft_entries = [("LIVE: Port Anselm strike, day two", err["path"],
                   "Live updates from the dock strike.", utc("2026-11-04T03:00:00"),
                   "Feedline Desk"), *entries_of(ft)]
    ft_entries.sort(key=lambda e: e[3], reverse=True)
    files[f"{FT}/rss.xml"] = rss(FT, "Feedline Today", "/", "All the headlines. One feed.",
                                 ft_entries, "/rss.xml", "https://wordpress.org/?v=6.6.2")
    files[f"{FT}/sitemap.xml"] = urlset(FT, [(a.path, a.published) for a in ft])
    files[f"{FT}/robots.txt"] = (f"User-agent: *\nDisallow: /wp-admin/\n"
                                 f"Allow: /wp-admin/admin-ajax.php\n\n"
                                 f"Sitemap: {base(FT)}/sitemap.xml\n")
    files[f"{FT}/_errors.json"] = json.dumps({err["path"]: 500}, indent=2) + "\n"

    # Orbit Daily: a Google News sitemap
    od = site_articles(OD)
    news = "\n".join(f"""  <url>
    <loc>{base(OD)}{a.path}</loc>
    <news:news>
      <news:publication>
        <news:name>Orbit Daily</news:name>
        <news:language>en</news:language>
      </news:publication>
      <news:publication_date>{iso(a)}</news:publication_date>
      <news:title>{esc(a.title)}</news:title>
    </news:news>
  </url>""" for a in od)
    files[f"{OD}/news-sitemap.xml"] = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{news}
</urlset>
"""
    files[f"{OD}/robots.txt"] = (f"User-agent: *\nDisallow: /member/\nDisallow: /search/\n\n"
                                 f"Sitemap: {base(OD)}/news-sitemap.xml\n")

    # Tidewater Notes: Atom feed, one entry is a deleted post (404)
    tw = site_articles(TW)
    gone = ERRORS[1]
    atom_entries = [(f"{base(TW)}{a.path}", a.title, a.published, a.description, a.author)
                    for a in tw]
    atom_entries.append((f"{base(TW)}{gone['path']}", "Draft: notes from the picket line",
                         utc("2026-11-04T12:00:00"), "A post that was later deleted.",
                         "Noor Halvorsen"))
    atom_entries.sort(key=lambda e: e[2], reverse=True)
    entries = "\n".join(f"""  <entry>
    <title>{esc(t)}</title>
    <link rel="alternate" type="text/html" href="{link}"/>
    <id>tag:tidewater-notes,2026:{link.rsplit("/", 1)[-1].removesuffix(".html")}</id>
    <published>{w3c(when)}</published>
    <updated>{w3c(when)}</updated>
    <author><name>{esc(author)}</name></author>
    <summary>{esc(desc)}</summary>
  </entry>""" for link, t, when, desc, author in atom_entries)
    files[f"{TW}/feed.atom"] = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Tidewater Notes</title>
  <subtitle>Notes on the coast, the port and the money that moves through them.</subtitle>
  <link rel="self" type="application/atom+xml" href="{base(TW)}/feed.atom"/>
  <link rel="alternate" type="text/html" href="{base(TW)}/"/>
  <id>tag:tidewater-notes,2026:feed</id>
  <updated>{w3c(atom_entries[0][2])}</updated>
{entries}
</feed>
"""
    files[f"{TW}/sitemap.xml"] = urlset(TW, [(a.path, a.published) for a in tw])
    files[f"{TW}/robots.txt"] = f"User-agent: *\nAllow: /\n\nSitemap: {base(TW)}/sitemap.xml\n"

    # Ledgerline: RSS under /feeds/ and a plain sitemap
    ll = site_articles(LL)
    files[f"{LL}/feeds/latest.rss"] = rss(LL, "Ledgerline - Latest", "/",
                                          "Markets, economy and companies.", entries_of(ll),
                                          "/feeds/latest.rss")
    files[f"{LL}/sitemap.xml"] = urlset(LL, [(a.path, a.published) for a in ll])
    files[f"{LL}/robots.txt"] = (f"User-agent: *\nDisallow: /account/\n\n"
                                 f"Sitemap: {base(LL)}/sitemap.xml\n")

    # The Kellbrook Courier: RSS with only the newest stories; the sitemap lists every story
    # plus a /private/ draft that robots.txt disallows.
    kc = site_articles(KC)
    files[f"{KC}/rss.xml"] = rss(KC, "The Kellbrook Courier - News", "/news/",
                                 "News from Kellbrook and the north coast.",
                                 entries_of(kc[:4]), "/rss.xml")
    files[f"{KC}/sitemap.xml"] = urlset(
        KC, [(a.path, a.published) for a in kc] + [(PRIVATE_PATH, utc("2026-11-17T16:00:00"))])
    files[f"{KC}/robots.txt"] = (f"User-agent: *\nDisallow: /private/\nDisallow: /cgi-bin/\n\n"
                                 f"Sitemap: {base(KC)}/sitemap.xml\n")

    files["sources.toml"] = sources_toml()


def sources_toml() -> str:
    spec = [
        ("harbor-wire", ["/feed.rss"], ["/sitemap_index.xml"]),
        (FT, ["/rss.xml"], ["/sitemap.xml"]),
        (OD, [], ["/news-sitemap.xml"]),
        (TW, ["/feed.atom"], ["/sitemap.xml"]),
        (LL, ["/feeds/latest.rss"], ["/sitemap.xml"]),
        (KC, ["/rss.xml"], ["/sitemap.xml"]),
    ]
    out = ["# Publishers the demo crawls. URLs use {{base:<slug>}} placeholders, filled in by the "
           "demo server.", "# Generated by crawler/demo/build_sites.py; edit that script instead.",
           ""]
    for slug, feeds, maps in spec:
        f = ", ".join(f'"{base(slug)}{p}"' for p in feeds)
        s = ", ".join(f'"{base(slug)}{p}"' for p in maps)
        out += ["[[publisher]]", f'slug = "{slug}"', f'name = "{PUBLISHERS[slug]}"',
                f"feeds = [{f}]", f"sitemaps = [{s}]", "urls = []", ""]
    return "\n".join(out)


def pdf_report() -> bytes:
    stream = (b"BT /F1 18 Tf 72 720 Td (Harbor Wire - Annual Shipping Review 2026) Tj ET\n"
              b"BT /F1 11 Tf 72 690 Td (Container volumes, port delays and freight rates in the "
              b"Northern Seas.) Tj ET")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------

_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"']))\s+(?=[A-Z0-9\"'])")


def sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE.split(paragraph) if len(s) >= 25]


def must_contain(a: Article) -> list[str]:
    """Two to four sentences: the first, the content traps, one from the middle, the last."""
    paras = a.paragraphs
    middle = sentences(paras[len(paras) // 2])[0]
    picks = [sentences(paras[0])[0], *a.extra_must[:2], middle, sentences(paras[-1])[-1]]
    out: list[str] = []
    for s in picks:
        if s not in out:
            out.append(s)
    if len(out) > 4:
        out.remove(middle)
    return out


def check_article(a: Article, noise: list[str]) -> None:
    texts = a.block_texts()
    if a.dateline:
        texts.append(a.dateline + a.paragraphs[0])
    for s in noise:
        for t in [*texts, a.title]:
            if s in t:
                raise AssertionError(f"{a.site}{a.path}: noise {s!r} occurs in content {t!r}")
    for s in must_contain(a):
        if not any(s in t for t in texts):
            raise AssertionError(f"{a.site}{a.path}: {s!r} not in the body")


def label(a: Article, noise: list[str]) -> dict[str, object]:
    entry: dict[str, object] = {
        "site": a.site, "path": a.path, "title": a.title, "story": a.story, "role": a.role,
        "event": a.event, "published": iso(a), "author": a.author,
    }
    if a.origin is not None:
        entry["origin"] = {"site": a.origin.site, "path": a.origin.path}
        entry["pointers"] = list(a.pointers) or ["none"]
        entry["edits"] = list(a.edits)
    entry["must_contain"] = must_contain(a)
    entry["must_not_contain"] = noise
    return entry


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------

def file_path(a: Article) -> str:
    p = a.path.lstrip("/")
    return a.site + "/" + (p + "index.html" if p.endswith("/") else p)


def build_files() -> tuple[dict[str, str | bytes], dict[str, object]]:
    files: dict[str, str | bytes] = {}
    text_files: dict[str, str] = {}
    labels = []
    for a in ARTICLES:
        page, noise = RENDER[a.site](a)
        check_article(a, noise)
        files[file_path(a)] = page
        labels.append(label(a, noise))
    labels.sort(key=lambda e: (str(e["site"]), str(e["path"])))

    sections: dict[str, dict[str, str]] = {
        "harbor-wire": HW_SECTIONS, FT: FT_CATEGORIES, OD: OD_SECTIONS, LL: LL_SECTIONS,
        KC: {"Local": "/news/"},
    }
    for site, name in PUBLISHERS.items():
        files[f"{site}/index.html"] = index_page(site, name, site_articles(site))
        for section, path in sections.get(site, {}).items():
            items = site_articles(site)
            if site != KC:
                items = [b for b in items if b.section == section]
            heading = "News" if site == KC else section
            files[f"{site}{path}index.html"] = index_page(site, heading, items)
    files[f"{TW}/about.html"] = about_page()
    files[f"{KC}{PRIVATE_PATH}"] = private_page()
    files["harbor-wire" + ERRORS[2]["path"]] = pdf_report()
    discovery(text_files)
    files.update(text_files)

    expected: dict[str, object] = {
        "comment": "Labels of the demo sites, generated by crawler/demo/build_sites.py. "
                   "story: syndication cluster (copies share it); event: one news event "
                   "(independent write-ups share it but are not duplicates).",
        "articles": labels,
        "not_fetched": [{"site": KC, "path": PRIVATE_PATH, "why": "robots.txt"}],
        "errors": ERRORS,
    }
    return files, expected


def about_page() -> str:
    pg = Page()
    main = """<div class="tw-post"><h1 class="tw-title">About</h1>
<p class="tw-text">Tidewater Notes is a one-person blog about shipping, fishing and money on
Vestria's north coast. Some posts are my own; some are reposted from wire services with
credit.</p></div>"""
    h = ('<head>\n<meta charset="utf-8">\n<title>About – Tidewater Notes</title>\n'
         f'<meta property="og:site_name" content="Tidewater Notes">\n<style>{TW_STYLE}</style>\n'
         '</head>')
    return doc(h, tw_chrome(pg, main, tw_aside(pg, None)))


def private_page() -> str:
    paras = "\n".join(f"<p>{esc(' '.join(p.split()))}</p>"
                      for p in PRIVATE_DRAFT.strip().split("\n\n"))
    return doc('<head>\n<meta charset="utf-8">\n<meta name="robots" content="noindex">\n'
               '<title>DRAFT: harbour wall costings</title>\n</head>',
               f"<body>\n<h1>DRAFT: harbour wall costings</h1>\n{paras}\n</body>")


def write(out_dir: Path, expected_path: Path) -> None:
    """Write the sites under ``out_dir`` (replacing it) and the labels to ``expected_path``."""
    files, expected = build_files()
    if out_dir.exists():
        shutil.rmtree(out_dir)
    for rel, content in sorted(files.items()):
        target = out_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8", newline="\n")
    expected_path.write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else SITES_DIR
    exp = Path(args[1]) if len(args) > 1 else EXPECTED
    write(out, exp)
    n = sum(1 for _ in out.rglob("*") if _.is_file())
    print(f"wrote {n} files under {out} and {len(ARTICLES)} article labels to {exp}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
