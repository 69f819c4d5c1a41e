"""News prose for the unseen-template evaluation: seeded sentence banks, varied entities.

A ``Story`` is a headline, a dek and a list of blocks (paragraphs of two to four
sentences, sub-headings, one list). Sentences come from per-language banks: a
family-specific bank (city council, transit, weather, health, technology, courts,
sport, markets) and a generic bank of reaction and background sentences, each a
template with slots filled from seeded entity pools. Finance stories fill their
price and percentage slots through ``Filler.figure`` so every figure they print is
recorded and can be labelled ``finance_figures``.

Content traps (``Story.traps``) are sentences a noise rule could wrongly take for
chrome: a quote about a newsletter, a paragraph about a subscription business, a
sentence about a photo or a podcast that is news. They are ordinary content.

Everything is deterministic from the ``random.Random`` it is given: no clock, no
``hash()``, no network.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

# --------------------------------------------------------------------------- entities

PEOPLE = {
    "en": ["Maria Delgado", "Tom Whitfield", "Priya Raman", "Samuel Okafor", "Hannah Berg",
           "Daniel Cho", "Aisha Khan", "Robert Lindqvist", "Grace Mensah", "Owen Gallagher",
           "Lucía Ferreira", "Michael Tran", "Eleanor Price", "Jamal Wright", "Sofia Novak",
           "Kenji Watanabe", "Rachel Adeyemi", "Patrick Doyle"],
    "de": ["Katrin Hoffmann", "Jürgen Albers", "Miriam Schulte", "Tobias Wendt",
           "Sabine Krämer", "Florian Beck", "Aylin Demir", "Henrik Voss"],
    "fr": ["Claire Morel", "Julien Lefèvre", "Nadia Benali", "Antoine Girard",
           "Sophie Marchand", "Yann Le Goff", "Inès Caron", "Mathieu Roussel"],
    "es": ["Lucía Romero", "Javier Ortega", "Carmen Ibáñez", "Andrés Molina",
           "Elena Castillo", "Diego Navarro", "Marta Vidal", "Pablo Serrano"],
}
ROLES = {
    "en": ["city council member", "county commissioner", "spokesperson for the agency",
           "union representative", "local business owner", "senior analyst",
           "deputy mayor", "neighbourhood association chair", "hospital administrator",
           "professor of public policy"],
    "de": ["Stadträtin", "Sprecher der Verwaltung", "Vorsitzende des Bürgervereins",
           "Betriebsratschef", "Landtagsabgeordneter", "Ökonomin"],
    "fr": ["adjointe au maire", "porte-parole de la préfecture", "présidente de l'association",
           "délégué syndical", "conseiller régional", "économiste"],
    "es": ["concejala de Urbanismo", "portavoz del ayuntamiento", "presidenta de la asociación",
           "delegado sindical", "diputado autonómico", "economista"],
}
PLACES = {
    "en": ["Millbrook", "Harbor City", "East Fallow", "Ridgeport", "Cedar Falls", "Westmoor",
           "Lakeside", "Port Anselm", "Greyhaven", "North Ashby", "Stonebridge", "Fairview"],
    "de": ["Neustadt", "Bergheim", "Lindenau", "Ostfeld", "Waldkirchen", "Rheinbach"],
    "fr": ["Saint-Aubin", "Villeneuve", "Montclar", "Beaulieu", "Roquefort", "Champlan"],
    "es": ["Villalba", "San Martín", "Puerto Real", "Torrealta", "Valdemoro", "Alcalá"],
}
ORGS = {
    "en": ["the Regional Transit Authority", "the Department of Public Works",
           "the state health department", "the county school board", "the Harbor Trust",
           "the Chamber of Commerce", "the National Weather Service office",
           "the utility commission"],
    "de": ["die Stadtwerke", "das Landratsamt", "der Verkehrsverbund", "die Handwerkskammer"],
    "fr": ["la métropole", "la préfecture", "la chambre de commerce", "l'agence régionale"],
    "es": ["el ayuntamiento", "la consejería", "la cámara de comercio", "la diputación"],
}
COMPANIES = ["Norvale Systems", "Bright Harbor Foods", "Kestrel Aerospace", "Altura Pharma",
             "Meridian Freight", "Solvane Energy", "Corvid Semiconductors", "Pinecrest Retail",
             "Halden Motors", "Quillon Bank", "Orbis Telecom", "Vantor Mining"]
TEAMS = ["the Millbrook Mariners", "Harbor City FC", "the Ridgeport Hawks", "Cedar Falls United",
         "the Westmoor Wolves", "Lakeside Athletic"]
DAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
        "es": ["lunes", "martes", "miércoles", "jueves", "viernes"]}
STREETS = {"en": ["Elm Street", "Harbor Road", "Main Avenue", "Kingsway", "Old Mill Lane"],
           "de": ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Marktplatz"],
           "fr": ["rue de la République", "avenue Jean-Jaurès", "place du Marché"],
           "es": ["calle Mayor", "avenida de la Constitución", "plaza del Mercado"]}

# --------------------------------------------------------------------------- banks
# Slots: {person} {person2} {role} {place} {org} {company} {company2} {team} {team2}
# {day} {street} {n} (a count) {n2} {year}; finance slots {price} {pct} {pct2} {big}
# {index} go through Filler.figure and are recorded.

GENERIC = {
    "en": [
        "{person}, a {role}, said the decision had been months in the making and that residents "
        "would see the first changes before the end of the year.",
        "Officials did not say how many people had been consulted before the plan was "
        "published, but {person} said the response had been larger than expected.",
        "The figures were released on {day} after a request from several local groups, who "
        "had argued for weeks that the public deserved a clearer picture.",
        "Critics said the timetable was unrealistic, pointing to a similar project in {place} "
        "that ran two years late and well over its original budget.",
        "\u201cWe have heard the concerns, and we are not pretending this will be easy,\u201d "
        "{person} told reporters outside the building on {day} afternoon.",
        "A final vote is expected next month, and both sides said they would keep pressing "
        "their case with members who have not yet made up their minds.",
        "The proposal follows a review that found {n} separate problems, most of them minor, "
        "but several serious enough to require immediate attention.",
        "{person2}, who has followed the issue for more than a decade, said the debate now "
        "looked very different from the one that began when the first complaints came in.",
        "Residents who spoke at the meeting were divided, with some praising the speed of the "
        "response and others saying they had been left out of the conversation.",
        "It is not the first time the question has come up, and {person} acknowledged that "
        "earlier attempts had stalled for lack of money and political will.",
        "In a statement, {org} said it would publish a detailed timeline and hold a second "
        "round of public hearings before any work begins.",
        "Neighbouring {place} faced a similar decision last year and chose a smaller version of "
        "the plan, which officials there say has worked better than many expected.",
        "The numbers are still preliminary, and {person} cautioned against reading too much "
        "into a single month of data when so much remains uncertain.",
        "Several people who attended said they planned to return for the next session, and a "
        "petition circulating online had gathered about {n2} signatures by {day} evening.",
        "{person2} said the most important thing now was to keep people informed, because "
        "rumours had spread faster than the facts in the first days.",
        "The agency has promised an independent audit, although it has not said who will carry "
        "it out or when the findings will be made public.",
    ],
    "de": [
        "{person}, {role}, sagte, die Entscheidung sei über Monate vorbereitet worden und die "
        "ersten Veränderungen würden noch vor Jahresende sichtbar.",
        "Wie viele Bürgerinnen und Bürger vorab beteiligt wurden, ließ die Verwaltung offen, "
        "doch nach Angaben von {person} war die Resonanz größer als erwartet.",
        "Die Zahlen wurden am {day} veröffentlicht, nachdem mehrere Initiativen wochenlang mehr "
        "Transparenz gefordert hatten.",
        "Kritiker halten den Zeitplan für unrealistisch und verweisen auf ein ähnliches Projekt "
        "in {place}, das zwei Jahre länger dauerte und deutlich teurer wurde.",
        "\u201eWir nehmen die Sorgen ernst, und wir tun nicht so, als würde das einfach\u201c, "
        "sagte {person} am {day} nach der Sitzung.",
        "Eine endgültige Abstimmung ist für den kommenden Monat geplant, beide Seiten wollen bis "
        "dahin noch unentschlossene Mitglieder überzeugen.",
        "Vorausgegangen war eine Prüfung, die {n} Mängel feststellte, die meisten davon gering, "
        "einige aber so gravierend, dass sofort gehandelt werden musste.",
        "{person2}, der das Thema seit mehr als zehn Jahren verfolgt, sagte, die Debatte habe "
        "sich seit den ersten Beschwerden grundlegend verändert.",
        "Die Anwohnerinnen und Anwohner, die bei der Versammlung sprachen, waren gespalten: "
        "Einige lobten das Tempo, andere fühlten sich übergangen.",
        "In einer Stellungnahme kündigte {org} einen detaillierten Zeitplan und eine zweite "
        "Runde öffentlicher Anhörungen an, bevor die Arbeiten beginnen.",
        "Das benachbarte {place} stand im vergangenen Jahr vor einer ähnlichen Entscheidung und "
        "wählte eine kleinere Variante, die nach Angaben der Verwaltung gut funktioniert.",
        "Eine online verbreitete Petition hatte bis {day}abend rund {n2} Unterschriften "
        "gesammelt, und viele Teilnehmer kündigten an, zur nächsten Sitzung wiederzukommen.",
    ],
    "fr": [
        "{person}, {role}, a expliqué que la décision avait été préparée pendant des mois et "
        "que les premiers changements seraient visibles avant la fin de l'année.",
        "La collectivité n'a pas précisé combien d'habitants avaient été consultés, mais selon "
        "{person}, la participation a dépassé les attentes.",
        "Les chiffres ont été publiés {day}, après plusieurs semaines de demandes répétées de la "
        "part d'associations qui réclamaient davantage de transparence.",
        "Les opposants jugent le calendrier irréaliste et citent un projet comparable à {place}, "
        "achevé avec deux ans de retard et un budget largement dépassé.",
        "\u00ab Nous avons entendu les inquiétudes, et nous ne prétendons pas que ce sera simple "
        "\u00bb, a déclaré {person} {day} à l'issue de la séance.",
        "Un vote définitif est attendu le mois prochain, et chaque camp entend convaincre les "
        "élus qui ne se sont pas encore prononcés.",
        "Le projet fait suite à un audit qui a relevé {n} anomalies, pour la plupart mineures, "
        "mais dont certaines exigeaient une intervention immédiate.",
        "{person2}, qui suit le dossier depuis plus de dix ans, estime que le débat n'a plus "
        "grand-chose à voir avec celui des premières plaintes.",
        "Les habitants qui ont pris la parole étaient partagés, certains saluant la rapidité de "
        "la réaction, d'autres regrettant d'avoir été tenus à l'écart.",
        "Dans un communiqué, {org} promet un calendrier détaillé et une seconde série de "
        "réunions publiques avant le début des travaux.",
        "La commune voisine de {place} a fait face au même choix l'an dernier et a opté pour une "
        "version réduite du projet, qui donne satisfaction selon ses responsables.",
        "Une pétition en ligne avait recueilli environ {n2} signatures {day} soir, et de "
        "nombreux participants ont promis de revenir à la prochaine réunion.",
    ],
    "es": [
        "{person}, {role}, explicó que la decisión se había preparado durante meses y que los "
        "primeros cambios se notarán antes de que termine el año.",
        "El consistorio no precisó cuántos vecinos fueron consultados, aunque según {person} la "
        "participación fue mayor de lo previsto.",
        "Las cifras se publicaron el {day}, después de varias semanas en las que distintas "
        "asociaciones reclamaron más transparencia.",
        "Los críticos consideran que el calendario no es realista y recuerdan un proyecto "
        "similar en {place} que terminó con dos años de retraso y muy por encima del presupuesto.",
        "\u00abHemos escuchado las preocupaciones y no vamos a fingir que será fácil\u00bb, "
        "afirmó {person} el {day} al salir del pleno.",
        "La votación definitiva está prevista para el mes que viene, y ambas partes intentarán "
        "convencer a los concejales que aún no han decidido su voto.",
        "La propuesta llega tras una revisión que detectó {n} deficiencias, en su mayoría leves, "
        "aunque algunas lo bastante graves como para actuar de inmediato.",
        "{person2}, que sigue el asunto desde hace más de una década, cree que el debate ya no "
        "se parece al que empezó con las primeras quejas.",
        "Los vecinos que intervinieron en la reunión estaban divididos: unos elogiaron la "
        "rapidez de la respuesta y otros lamentaron haber quedado al margen.",
        "En un comunicado, {org} anunció un calendario detallado y una segunda ronda de "
        "audiencias públicas antes de que comiencen las obras.",
        "El vecino municipio de {place} afrontó una decisión parecida el año pasado y optó por "
        "una versión más pequeña del plan, que según sus responsables ha funcionado bien.",
        "Una recogida de firmas en internet sumaba unas {n2} adhesiones el {day} por la noche, y "
        "muchos asistentes prometieron volver a la próxima sesión.",
    ],
}

FAMILIES: dict[str, dict[str, list[str]]] = {
    "en": {
        "council": [
            "The {place} city council voted {n} to 3 on {day} night to approve a budget that "
            "shifts money from road resurfacing toward parks, libraries and youth programmes.",
            "Under the plan, property owners would pay slightly more each year, while the city "
            "would delay the renovation of its main administrative building until at least "
            "{year}.",
            "Council members spent nearly four hours debating an amendment that would have "
            "restored funding for the night bus service, before rejecting it by a single vote.",
            "The budget also sets aside money for {n} new positions in the planning department, "
            "which has struggled to keep up with applications for housing along {street}.",
            "The mayor, who had campaigned on a promise to hold spending flat, said the final "
            "version was a compromise that no one on the council loved but most could accept.",
            "Library hours will be extended on weekends at three branches, a change that "
            "supporters said would matter most to students and to families without internet "
            "access at home.",
            "A separate measure to rename part of {street} after a local civil rights organiser "
            "passed unanimously and drew a standing ovation from the packed gallery.",
        ],
        "transit": [
            "{org} said on {day} that it would cut service on {n} bus routes starting next "
            "month, blaming a shortage of drivers and rising fuel costs.",
            "Riders on the busiest lines, which connect {place} with the downtown hospital "
            "district, will wait up to twelve minutes longer during the morning peak.",
            "The agency has tried to recruit drivers with signing bonuses and shorter training, "
            "but officials said departures had continued to outpace new hires.",
            "Commuters waiting at the {street} stop on {day} morning said the changes would "
            "force them to leave home earlier or to find another way to work.",
            "A long-delayed light rail extension is still scheduled to open in {year}, although "
            "the contractor has warned that supply problems could push that date back.",
            "Fare revenue has recovered to about four fifths of its level before the pandemic, "
            "according to figures the agency presented to its board last week.",
            "Advocates for disabled riders said the cuts would hit hardest those who have no "
            "car and cannot easily walk to a stop that is farther away.",
        ],
        "weather": [
            "A line of severe thunderstorms swept through {place} late on {day}, bringing down "
            "trees and power lines and leaving about {n2} homes without electricity.",
            "Forecasters said wind gusts reached nearly seventy miles per hour near the coast, "
            "the strongest recorded in the area since a storm in the spring of {year}.",
            "Crews from {org} worked through the night to clear {street}, where a fallen oak "
            "had blocked both lanes and crushed two parked cars.",
            "Emergency officials opened a shelter at the high school gymnasium and urged "
            "residents in low-lying neighbourhoods to move to higher ground as a precaution.",
            "No serious injuries were reported, but firefighters rescued a driver whose car had "
            "stalled in floodwater beneath a railway underpass.",
            "More rain is expected over the weekend, and the river is forecast to crest just "
            "below the level at which the old town centre begins to flood.",
            "Farmers outside the city said the storm had flattened parts of their crops only "
            "weeks before the harvest, adding to losses from a dry early summer.",
        ],
        "health": [
            "Hospitals across the region reported a sharp rise in respiratory infections this "
            "month, with emergency departments in {place} operating near full capacity.",
            "Health officials urged older residents and people with chronic conditions to get "
            "vaccinated, saying appointments were still available at most pharmacies.",
            "The main hospital postponed {n} scheduled operations on {day} to free up beds, a "
            "step its administrators described as unusual but necessary.",
            "Nurses said staffing had been stretched for weeks, and their union called for the "
            "state to fund temporary positions until the winter peak has passed.",
            "Doctors said most cases remained mild, but they warned that the combination of "
            "several viruses circulating at once was putting pressure on paediatric wards.",
            "A new walk-in clinic on {street} is expected to open early next year, which "
            "officials hope will keep minor cases out of the emergency room.",
            "The state health department said wastewater samples suggested infections may be "
            "close to their peak, although it cautioned that the data lag by about a week.",
        ],
        "tech": [
            "{company} said on {day} it would open a research centre in {place}, creating about "
            "{n2} jobs over the next five years in software and chip design.",
            "The company chose the site over two rival cities after the state offered tax "
            "credits tied to hiring targets and a training programme at the local college.",
            "Executives said the centre would focus on tools that help hospitals and utilities "
            "manage their data, rather than on consumer products.",
            "Local officials welcomed the announcement but acknowledged that the area's housing "
            "shortage could make it harder for the company to attract engineers.",
            "{company} has expanded quickly since it was founded in {year}, although it reported "
            "a loss last year as it spent heavily on new hires and data centres.",
            "Privacy advocates said they would watch closely how the company handles patient "
            "records, which are subject to strict rules in the state.",
            "The first employees are expected to move into temporary offices on {street} this "
            "spring while the permanent building is under construction.",
        ],
        "courts": [
            "A jury in {place} found a former contractor guilty on {day} of defrauding the city "
            "by billing for road repairs that were never carried out.",
            "Prosecutors said the scheme ran for nearly four years and cost taxpayers more than "
            "the entire annual budget of the parks department.",
            "The defence had argued that the missing work was the result of sloppy paperwork by "
            "city inspectors, not of any intent to deceive.",
            "Sentencing is scheduled for next month, and the judge ordered the defendant to "
            "surrender his passport in the meantime.",
            "The case prompted an overhaul of how the city checks invoices, including random "
            "site visits and a requirement for dated photographs of completed work.",
            "Two other people charged in connection with the scheme have pleaded guilty and are "
            "expected to testify at a separate hearing in {year}.",
            "Outside the courthouse, {person} said the verdict showed that the system could work, "
            "even if it had taken far too long.",
        ],
        "sport": [
            "{team} came from two goals down to beat {team2} 3-2 on {day}, keeping alive their "
            "hopes of promotion with four matches left in the season.",
            "The winner came in the final minute, when a low cross from the left found the "
            "substitute striker unmarked at the far post.",
            "The manager said afterwards that the players had shown character after a difficult "
            "first half in which they barely had a shot on target.",
            "The match was played in front of a crowd of more than {n2}, the largest at the "
            "ground since it was renovated in {year}.",
            "Supporters have been raising money for new floodlights, and the club said the "
            "proceeds from Saturday's gate would go toward the project.",
            "The team travels to {place} next week for a game that could decide second place, "
            "with both sides level on points.",
            "Injuries have left the squad short in defence, and the club is expected to bring "
            "in a loan player before the registration deadline.",
        ],
        "markets": [
            "Shares of {company} rose {pct} to {price} on {day} after the company reported "
            "quarterly revenue well ahead of analysts' forecasts.",
            "The broader market was mixed, with the benchmark index slipping {pct2} to close at "
            "{index} as investors weighed fresh inflation data.",
            "{company2} fell {pct} to {price}, extending its losses for the month after the "
            "company warned that higher costs would weigh on margins.",
            "Revenue for the quarter came to {big}, while net profit rose {pct} from the same "
            "period a year earlier.",
            "The company raised its full-year outlook and said it now expects sales growth of "
            "between {pct} and {pct2}, up from its previous guidance.",
            "Bond yields edged higher, with the ten-year yield rising to {pct} as traders "
            "pushed back expectations for an interest rate cut.",
            "Oil prices fell {pct2} to {price} a barrel, weighed down by signs of weaker demand "
            "and rising inventories.",
            "Analysts at several banks raised their price targets for {company}, with the most "
            "bullish setting a target of {price}.",
            "The company said it would buy back up to {big} of its own shares over the next "
            "two years, on top of its existing dividend.",
            "Trading volume was about {pct} above its thirty-day average, a sign that "
            "institutional investors were repositioning ahead of the results season.",
        ],
    },
    "de": {
        "council": [
            "Der Stadtrat von {place} hat am {day} mit {n} zu 3 Stimmen einen Haushalt "
            "beschlossen, der Geld vom Straßenbau in Schulen, Bäder und Jugendarbeit umschichtet.",
            "Die Sanierung des Rathauses wird nach dem Beschluss mindestens bis {year} "
            "verschoben, während die Grundsteuer leicht steigen soll.",
            "Fast vier Stunden dauerte die Debatte über einen Antrag, den Nachtbus zu erhalten, "
            "der am Ende mit einer einzigen Stimme Mehrheit abgelehnt wurde.",
            "Für das Bauamt sind {n} zusätzliche Stellen vorgesehen, weil sich dort die Anträge "
            "für neue Wohnungen an der {street} stapeln.",
            "Die Stadtbibliothek soll künftig auch sonntags öffnen, was vor allem Schülerinnen "
            "und Familien ohne Internetanschluss zugutekommen werde.",
        ],
        "transit": [
            "{org} wird ab dem kommenden Monat den Takt auf {n} Buslinien ausdünnen und "
            "begründet das mit fehlenden Fahrern und gestiegenen Energiekosten.",
            "Fahrgäste auf den stark genutzten Linien zwischen {place} und der Innenstadt müssen "
            "in der morgendlichen Hauptverkehrszeit bis zu zwölf Minuten länger warten.",
            "Mit Prämien und verkürzter Ausbildung versucht das Unternehmen seit Monaten, neues "
            "Personal zu gewinnen, doch es kündigen weiterhin mehr Fahrer, als eingestellt werden.",
            "Pendler an der Haltestelle {street} sagten am {day}, sie müssten nun früher "
            "aufstehen oder sich einen anderen Weg zur Arbeit suchen.",
            "Die lange geplante Verlängerung der Straßenbahn soll weiterhin {year} in Betrieb "
            "gehen, auch wenn die Baufirma vor Lieferengpässen warnt.",
        ],
    },
    "fr": {
        "council": [
            "Le conseil municipal de {place} a adopté {day} soir, par {n} voix contre 3, un "
            "budget qui réoriente des crédits de la voirie vers les écoles et les équipements "
            "sportifs.",
            "La rénovation de l'hôtel de ville est repoussée au moins jusqu'en {year}, tandis que "
            "la taxe foncière augmentera légèrement.",
            "Les élus ont débattu près de quatre heures d'un amendement visant à maintenir le bus "
            "de nuit, finalement rejeté à une voix près.",
            "Le budget prévoit aussi {n} postes supplémentaires au service de l'urbanisme, "
            "débordé par les demandes de permis le long de la {street}.",
            "La médiathèque ouvrira désormais le dimanche, une mesure qui profitera d'abord aux "
            "étudiants et aux familles sans connexion à domicile.",
        ],
        "transit": [
            "{org} va réduire la fréquence de {n} lignes de bus à partir du mois prochain, en "
            "invoquant une pénurie de conducteurs et la hausse du prix de l'énergie.",
            "Sur les lignes les plus fréquentées, qui relient {place} au centre-ville, l'attente "
            "pourra atteindre douze minutes de plus aux heures de pointe.",
            "Primes à l'embauche et formation raccourcie n'ont pas suffi : les départs continuent "
            "de dépasser les recrutements, reconnaît la direction.",
            "À l'arrêt {street}, des usagers interrogés {day} matin disaient devoir partir plus "
            "tôt ou trouver un autre moyen de se rendre au travail.",
            "Le prolongement du tramway doit toujours être mis en service en {year}, même si "
            "l'entreprise chargée des travaux évoque des difficultés d'approvisionnement.",
        ],
    },
    "es": {
        "council": [
            "El pleno de {place} aprobó el {day} por {n} votos a 3 unos presupuestos que "
            "trasladan dinero del asfaltado de calles a colegios, polideportivos y bibliotecas.",
            "La reforma del edificio consistorial se aplaza al menos hasta {year}, mientras que el "
            "impuesto sobre bienes inmuebles subirá ligeramente.",
            "Los concejales debatieron casi cuatro horas una enmienda para mantener el autobús "
            "nocturno, que fue rechazada por un solo voto.",
            "Las cuentas incluyen {n} plazas nuevas en el área de urbanismo, desbordada por las "
            "solicitudes de licencias en la {street}.",
            "La biblioteca municipal abrirá también los domingos, una medida pensada sobre todo "
            "para estudiantes y familias sin conexión en casa.",
        ],
        "transit": [
            "{org} reducirá a partir del mes que viene la frecuencia de {n} líneas de autobús, "
            "por la falta de conductores y el aumento del coste de la energía.",
            "En las líneas más utilizadas, que unen {place} con el centro, la espera podrá "
            "alargarse hasta doce minutos en la hora punta de la mañana.",
            "Ni las primas de contratación ni una formación más corta han bastado: siguen "
            "marchándose más conductores de los que se incorporan, admite la empresa.",
            "En la parada de la {street}, varios usuarios explicaban el {day} por la mañana que "
            "tendrán que salir antes de casa o buscar otra forma de ir al trabajo.",
            "La ampliación del tranvía sigue prevista para {year}, aunque la constructora advierte "
            "de posibles retrasos por problemas de suministro.",
        ],
    },
}

#: Sub-headings a story may carry between its sections.
SUBHEADS = {
    "en": ["What happens next", "A long-running dispute", "Reaction from residents",
           "The cost question", "How we got here", "What the numbers show"],
    "de": ["Wie es weitergeht", "Ein langer Streit", "Die Kostenfrage", "Was die Zahlen zeigen"],
    "fr": ["Et maintenant ?", "Un dossier ancien", "La question du coût",
           "Ce que disent les chiffres"],
    "es": ["Qué pasará ahora", "Un conflicto antiguo", "La cuestión del coste",
           "Lo que dicen las cifras"],
}
#: A list inside the story: its lead-in sentence and its items.
LISTS = {
    "en": ("The plan for {place} includes several measures that {org} says can start "
           "within months:",
           ["extended opening hours at {n} neighbourhood centres in {place} on weekday evenings",
            "a free shuttle between the {place} train station and the hospital campus",
            "new lighting and crossings on {street} and the busiest school routes",
            "a fund of about {n2} dollars for small repairs that residents can apply to",
            "quarterly public reports to {org} on what has been spent and what remains"]),
    "de": ("Der Plan für {place} sieht unter anderem folgende Maßnahmen vor:",
           ["längere Öffnungszeiten in drei Stadtteilzentren an Werktagen",
            "einen kostenlosen Pendelbus zwischen Bahnhof und Klinikum",
            "neue Beleuchtung und Überwege an den vier meistgenutzten Schulwegen",
            "vierteljährliche öffentliche Berichte über die Ausgaben"]),
    "fr": ("Le plan pour {place} comprend notamment les mesures suivantes :",
           ["des horaires élargis dans trois maisons de quartier en semaine",
            "une navette gratuite entre la gare et le centre hospitalier",
            "un nouvel éclairage sur les quatre trajets scolaires les plus empruntés",
            "un bilan public des dépenses publié chaque trimestre"]),
    "es": ("El plan para {place} recoge, entre otras, estas medidas:",
           ["horarios ampliados en tres centros cívicos entre semana",
            "un autobús lanzadera gratuito entre la estación y el hospital",
            "nueva iluminación en los cuatro itinerarios escolares más transitados",
            "un informe público trimestral sobre lo gastado"]),
}
#: Content traps: real sentences that name what noise rules look for. Kind -> templates.
TRAPS = {
    "en": {
        "newsletter-quote": "\u201cWe started the newsletter in a spare bedroom, and now it pays "
                            "for four reporters,\u201d said {person2}, who publishes a weekly "
                            "bulletin about the council's decisions.",
        "subscription-business": "{company}'s subscription business grew to about {n2} paying "
                                 "customers last year, and the company said recurring revenue "
                                 "now covers most of its costs for the first time.",
        "photo-news": "The photo, taken by a resident from a balcony on {street}, was shared "
                      "thousands of times before officials confirmed that it showed the scene "
                      "accurately.",
        "podcast-news": "{person} first raised the issue on a local podcast last spring, and "
                        "the episode prompted dozens of listeners to write to the council.",
    },
    "de": {
        "newsletter-quote": "\u201eDen Newsletter haben wir am Küchentisch gestartet, heute "
                            "finanziert er zwei Stellen\u201c, sagte {person2}, die jede Woche "
                            "über die Ratsbeschlüsse berichtet.",
        "photo-news": "Das Foto, das ein Anwohner von seinem Balkon an der {street} aufnahm, "
                      "wurde tausendfach geteilt, bevor die Stadt bestätigte, dass es die Lage "
                      "richtig zeigte.",
    },
    "fr": {
        "newsletter-quote": "\u00ab Nous avons lancé la lettre d'information sur un coin de "
                            "table, aujourd'hui elle fait vivre deux journalistes \u00bb, "
                            "raconte {person2}.",
        "podcast-news": "{person} avait évoqué le problème dans un podcast local au printemps, "
                        "et l'épisode avait poussé des dizaines d'auditeurs à écrire à la mairie.",
    },
    "es": {
        "subscription-business": "El negocio de suscripciones del diario local creció hasta "
                                 "unos {n2} abonados el año pasado, y sus responsables aseguran "
                                 "que ya cubre la mayor parte de los costes.",
        "photo-news": "La foto, tomada por un vecino desde un balcón de la {street}, se "
                      "compartió miles de veces antes de que el ayuntamiento confirmara que "
                      "reflejaba fielmente lo ocurrido.",
    },
}
HEADLINES = {
    "en": {
        "council": "{place} council approves budget that shifts money to parks and libraries",
        "transit": "Bus service cuts loom as transit agency struggles to hire drivers",
        "weather": "Storms leave thousands without power across {place}",
        "health": "Hospitals in {place} strained as respiratory infections surge",
        "tech": "{company} to open research centre in {place}",
        "courts": "Former contractor convicted of billing {place} for work never done",
        "sport": "{team} rally late to keep promotion hopes alive",
        "markets": "{company} shares jump as revenue beats forecasts",
    },
    "de": {"council": "Stadtrat {place} beschließt Haushalt mit neuen Schwerpunkten",
           "transit": "Busverkehr in {place}: Weniger Fahrten wegen Personalmangels"},
    "fr": {"council": "À {place}, le conseil municipal adopte un budget réorienté",
           "transit": "Bus : la fréquence réduite sur plusieurs lignes faute de conducteurs"},
    "es": {"council": "{place} aprueba unos presupuestos con más dinero para colegios",
           "transit": "Menos autobuses en {place} por la falta de conductores"},
}


# --------------------------------------------------------------------------- stories

@dataclass(frozen=True, slots=True)
class Block:
    """One block of a story: ``kind`` is "p", "h2" or "ul"; ``sentences`` its content strings.

    For "p" the sentences are joined with spaces into one paragraph; for "ul" each is
    a list item; for "h2" there is one. ``traps`` names the trap kinds among them and
    ``figures`` the finance figures they print.
    """

    kind: str
    sentences: tuple[str, ...]
    traps: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Story:
    """A generated news story: ``story_id`` is shared by its syndicated copies."""

    story_id: str
    lang: str
    family: str
    headline: str
    dek: str
    blocks: tuple[Block, ...]
    people: tuple[str, ...] = field(default=())

    @property
    def finance(self) -> bool:
        """Whether the story is a markets story whose figures are labelled."""
        return self.family == "markets"


class Filler:
    """Fills template slots from seeded entity pools; records finance figures it prints."""

    def __init__(self, rng: random.Random, lang: str, finance: bool) -> None:
        self.rng, self.lang, self.finance = rng, lang, finance
        self.fixed = {
            "person": rng.choice(PEOPLE[lang]),
            "person2": rng.choice(PEOPLE[lang]),
            "role": rng.choice(ROLES[lang]),
            "place": rng.choice(PLACES[lang]),
            "org": rng.choice(ORGS[lang]),
            "company": rng.choice(COMPANIES),
            "company2": rng.choice(COMPANIES),
            "team": rng.choice(TEAMS),
            "team2": rng.choice(TEAMS),
            "day": rng.choice(DAYS[lang]),
            "street": rng.choice(STREETS[lang]),
            "year": str(rng.randint(2027, 2031)),
        }
        while self.fixed["person2"] == self.fixed["person"]:
            self.fixed["person2"] = rng.choice(PEOPLE[lang])
        while self.fixed["company2"] == self.fixed["company"]:
            self.fixed["company2"] = rng.choice(COMPANIES)
        while self.fixed["team2"] == self.fixed["team"]:
            self.fixed["team2"] = rng.choice(TEAMS)
        self.figures: list[str] = []

    def figure(self, slot: str) -> str:
        """A fresh price / percentage / amount / index level (recorded when finance)."""
        r = self.rng
        if slot in ("pct", "pct2"):
            text = f"{r.randint(0, 9)}.{r.randint(1, 9)}%"
        elif slot == "price":
            text = f"${r.randint(12, 480)}.{r.randint(10, 99)}"
        elif slot == "big":
            text = f"${r.randint(1, 9)}.{r.randint(1, 9)} billion"
        else:  # index
            text = f"{r.randint(4, 19)},{r.randint(100, 999)}.{r.randint(10, 99)}"
        self.figures.append(text)
        return text

    def fill(self, template: str) -> tuple[str, tuple[str, ...]]:
        """The template with its slots filled, and the finance figures it printed."""
        before = len(self.figures)

        def slot(m: re.Match[str]) -> str:
            name = m.group(1)
            if name in ("pct", "pct2", "price", "big", "index"):
                return self.figure(name)
            if name == "n":
                return str(self.rng.randint(4, 9))
            if name == "n2":
                return f"{self.rng.randint(2, 48)},{self.rng.randint(100, 999)}"
            return self.fixed[name]

        text = re.sub(r"\{(\w+)\}", slot, template)
        figs = tuple(self.figures[before:]) if self.finance else ()
        return text, figs


def make_story(rng: random.Random, story_id: str, lang: str, family: str) -> Story:
    """One story: six to nine paragraphs, maybe a sub-heading, a list and trap sentences."""
    finance = family == "markets"
    filler = Filler(rng, lang, finance)
    specific = list(FAMILIES[lang][family])
    generic = list(GENERIC[lang])
    rng.shuffle(generic)
    rng.shuffle(specific)
    lead = specific[:2]
    pool = specific[2:] + generic
    rng.shuffle(pool)
    traps = dict(TRAPS[lang])
    trap_kinds = sorted(traps)
    rng.shuffle(trap_kinds)
    chosen_traps = trap_kinds[:rng.randint(1, min(3, len(trap_kinds)))]
    blocks: list[Block] = []

    def paragraph(templates: list[str], trap: str | None = None) -> Block:
        filled = [filler.fill(t) for t in templates]
        return Block("p", tuple(s for s, _ in filled), (trap,) if trap else (),
                     tuple(f for _, figs in filled for f in figs))

    blocks.append(paragraph(lead))
    n_paras = rng.randint(5, 8)
    sub_at = rng.randint(2, n_paras - 1) if rng.random() < 0.75 else -1
    list_at = rng.randint(1, n_paras - 1) if rng.random() < 0.5 else -1
    trap_at = {rng.randint(1, n_paras - 1): t for t in chosen_traps}
    for i in range(1, n_paras):
        if i == sub_at:
            blocks.append(Block("h2", (rng.choice(SUBHEADS[lang]),), ("subheading",)))
        if i == list_at:
            intro, items = LISTS[lang]
            picked = items[:]
            rng.shuffle(picked)
            # each story's list names its own place and figures: stories of one site
            # never print the same list word for word (the learned boilerplate would
            # rightly take a list every story repeats)
            blocks.append(Block("p", (filler.fill(intro)[0],)))
            chosen = picked[:rng.randint(3, 4)]
            blocks.append(Block("ul", tuple(filler.fill(i)[0] for i in chosen), ("list",)))
        take = [pool.pop() for _ in range(min(len(pool), rng.randint(2, 3)))]
        if i in trap_at:
            kind = trap_at[i]
            trap_text, _ = filler.fill(traps[kind])
            blocks.append(paragraph(take[:1], kind))
            # the trap sentence is its own sentence in the paragraph that carries it
            last = blocks[-1]
            blocks[-1] = Block("p", (*last.sentences, trap_text), last.traps, last.figures)
        elif take:
            blocks.append(paragraph(take))
    headline, _ = filler.fill(HEADLINES[lang][family])
    dek, _ = filler.fill(specific[2] if len(specific) > 2 else specific[0])
    # the dek repeats no story sentence: it is a shortened first clause of another one
    dek = dek.split(",")[0].rstrip(".") + "."
    return Story(story_id, lang, family, headline, dek, tuple(blocks),
                 (filler.fixed["person"], filler.fixed["person2"]))
