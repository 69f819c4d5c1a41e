"""Noise corpus: every noise string removed and every article paragraph kept, per fixture.

Fixtures (tests/fixtures/noise/*.html + *.json) are original text written for these
tests. They put each kind of noise both in sidebars and inside the article
container, under obfuscated class names that promos share with the paragraphs, next
to content traps (prices quoted in a finance story, subheadings, quotes).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaners import clean
from cleaners.fingerprint import normalise_text
from cleaners.plugins.base import CleanContext, TextCleaner
from cleaners.plugins.builtins import BUILTIN_PLUGINS

FIXTURES = Path(__file__).parent / "fixtures" / "noise"
CASES = sorted(p.stem for p in FIXTURES.glob("*.html"))


def _norm(text: str) -> str:
    return f" {normalise_text(text)} "


@pytest.mark.parametrize("case", CASES)
def test_fixture_noise_removed_and_article_kept(case: str) -> None:
    expected = json.loads((FIXTURES / f"{case}.json").read_text(encoding="utf-8"))
    doc = clean((FIXTURES / f"{case}.html").read_text(encoding="utf-8"), expected["url"])
    text = _norm(doc.text)
    missing = [k for k in expected["keep"] if _norm(k) not in text]
    leaked = [d for d in expected["drop"] if _norm(d) in text]
    assert not missing, f"article text lost: {missing}"
    assert not leaked, f"noise left in: {leaked}"


def test_corpus_is_not_empty() -> None:
    assert len(CASES) >= 2


def _text_plugins() -> list[TextCleaner]:
    return [p for p, _ in sorted(BUILTIN_PLUGINS.values(), key=lambda x: x[1])
            if isinstance(p, TextCleaner)]


def _run_text(blocks: list[str], title: str | None = None) -> list[str]:
    ctx = CleanContext(url="https://news.example/story", title=title)
    out = tuple(blocks)
    for plugin in _text_plugins():
        out = plugin.clean_blocks(out, ctx).blocks
    return list(out)


PROSE = ("The council approved the budget on Monday after a long debate about road repairs, "
         "school transport and the cost of heating public buildings through the winter.")

#: One noise block of each kind, as the text an extractor let through (original text).
NOISE_BLOCKS = [
    "READ MORE: Council names new harbour master",
    "ALSO READ | Rail fares to rise in spring",
    "Related: Ten bridges that changed the city",
    "(Leggi anche su: il nuovo porto turistico)",
    "— Harbour Watch (@harbourwatch) March 2, 2026",
    "BREAKING: COUNCIL PASSES BUDGET AFTER MARATHON SESSION pic.twitter.com/Zx12Ab34Cd",
    "Source link",
    "Reprinted with permission of the Valley Gazette",
    "(Except for the headline, this story has not been edited by Portal staff and is "
    "published from a syndicated feed.)",
    "This article originally appeared on Valley Gazette.",
    "© Harbor Wire. FILE PHOTO: The town hall at night, May 4, 2025.",
    "(Photo by Ana Lopes / Getty Images)",
    "Sign up for our daily briefing and get the news in your inbox.",
    "Get the Valley Gazette app for breaking news alerts",
    "We use cookies to personalise content and ads.",
    "Already a subscriber? Log in to continue reading.",
    "Thanks for signing up!",
    "Write to Tom Reyes at tom.reyes@gazette.example",
    "tom.reyes@gazette.example",
    "Comments0",
    "1,024 shares",
    "Share it on...",
    "Skip to content",
    "Back to top button",
    "Quick access to main page (top) Direct access to main contents",
    "Advertisement",
    "Story continues below advertisement",
    "(Reporting by Ana Lopes; Editing by Tom Reyes)",
    "Reach the reporter on Twitter at https://twitter.com/anareports",
    "Follow the Gazette's full coverage of the election at https://gazette.example/vote",
    "If you buy something through our links, the Gazette may earn a commission.",
    "Copyright 2026 Valley Gazette. All rights reserved.",
    "Gazette staff writers Ana Lopes and Tom Reyes contributed to this report.",
    "quarta-feira, 4 de março de 2026 às 9:41",
    "- Published 4 March 2026",
    "Updated at 9:41 a.m.",
    "Also on gazette.example Ferry strike called off after late-night talks",
    "You have 2 free articles left this month.",
    "You've read 4 of 5 free articles this month. Subscribe for unlimited access.",
    "This is your last free article.",
    "Get Harbour Notes by email",
    "One letter a week about the harbour. No spam, unsubscribe any time.",
    "The best of the Gazette, delivered straight to your inbox every morning.",
    "You must be logged in to post a comment.",
    "Log in to leave a comment",
    "Comments are closed on this post.",
    "Note: we are temporarily moderating all comments submitted to deal with a surge in spam.",
    # phrase families as data, in any language (cleaners/plugins/phrases.py)
    "This piece first ran in the Valley Gazette.",
    "Republished with permission from the Valley Gazette.",
    "\u00a9 Harbor Wire 2026. No part of this article may be copied without consent.",
    "The views in this column are the author's own.",
    "Source: Harbor Wire",
    "Dieser Text erschien zuerst im Hafenblatt.",
    "Abonniere jetzt unseren Newsletter \u2013 bitte hier anmelden.",
    "Iscriviti alla nostra newsletter del mattino per non perdere nulla.",
    "Merci pour votre inscription !",
    "Bitte bestätigen Sie Ihre E-Mail-Adresse, um die Anmeldung abzuschließen.",
    "Segui il canale WhatsApp del Giornale del Porto per le ultime notizie.",
    "Reageren is niet meer mogelijk.",
    "Text HARBOR to 55-0199 for alerts from the Gazette.",
]


@pytest.mark.parametrize("noise", NOISE_BLOCKS)
def test_each_noise_block_dropped_between_paragraphs(noise: str) -> None:
    assert _run_text([PROSE, noise, PROSE + " More."]) == [PROSE, PROSE + " More."]


def test_related_heading_takes_its_items_and_stops_at_prose() -> None:
    blocks = [PROSE, "You May Also Like", "- Harbour fees rise again", "- New ferry route opens",
              "BUSINESS", "Popular Now", "- Storm closes coast road", "Tags",
              "ferries, harbour, storms", PROSE + " Later."]
    assert _run_text(blocks) == [PROSE, PROSE + " Later."]


def test_summary_box_heading_takes_its_bullets() -> None:
    blocks = [PROSE, "Major Points", "- The council passed the budget on Monday.",
              "- Road repairs get the largest share.", PROSE + " After."]
    assert _run_text(blocks) == [PROSE, PROSE + " After."]


def test_ticker_run_dropped_but_quoted_prices_stay() -> None:
    ticker = ["bitcoin", "Bitcoin (BTC) $ 91,204.55 1.84%", "ether", "Ether (ETH) $ 3,402.10 0.95%",
              "solana", "Solana (SOL) $ 201.44 3.12%"]
    finance = ("Brent crude rose 1.2% to $81.40 a barrel, while the euro traded at $1.0842, "
               "down 0.12% on the day.")
    assert _run_text([finance, *ticker, PROSE]) == [finance, PROSE]
    # two price lines are a table in a story, not a ticker
    two = ["AAPL 189.20 +1.3%", "MSFT 402.11 -0.4%"]
    assert _run_text([PROSE, *two]) == [PROSE, *two]


@pytest.mark.parametrize("trap", [
    "Supply returns, slowly",
    "\"Subscribe to nothing and trust no one,\" the mayor joked at the end of the meeting.",
    "Related companies were also named in the indictment, prosecutors said on Friday.",
    "Source documents seen by the paper show the contract was signed in March.",
    "Shares of the company fell 3% to $41.20 in early trading.",
    "Advertisement spending rose 4% last year, the industry body said.",
    "What traders are watching",
    "The meeting ran from 9:30 until noon on March 3, 2021.",
    "Reporting by the paper in 2019 forced the council to publish the contract.",
    "Tags on the cargo showed it had left the port at 6:15 on a Sunday in 2024, customs said.",
    "You have two choices, the minister told the striking crews: accept the offer or wait.",
    "Free articles about the harbour are left on the library's table every month.",
    "Readers can get the council's flood warnings by email or text message, the council said.",
    "Comments are a problem for the court, the judge said, because jurors read them.",
    "We are moderating our forecast for the second half, the chief executive said.",
    # a newsletter, a channel, copyright and sources as the story's own subjects
    "\u201cOur newsletter now reaches 40,000 readers a week,\u201d said the editor, who "
    "founded it in 2019.",
    "The council's WhatsApp group for flood wardens has 300 members, officials said.",
    "Copyright lawyers for the archive argued the photographs belonged to the family.",
    "The views of residents were split, according to a survey published on Monday.",
    "Sources close to the talks said a deal could come as early as Friday.",
    "\u201cI read about it in the council's own newsletter, and by then it was too late to "
    "sign up to speak,\u201d Hughes said.",
    "Een foto van de file op de oude brug ging vorig jaar viraal.",
])
def test_content_traps_survive(trap: str) -> None:
    assert _run_text([PROSE, trap, PROSE + " End."]) == [PROSE, trap, PROSE + " End."]


def test_headline_dropped_only_at_the_start() -> None:
    title = "Council passes budget after marathon session"
    assert _run_text([title, PROSE], title=title) == [PROSE]
    assert _run_text([PROSE, PROSE + " Two.", PROSE + " Three.", title], title=title)[-1] == title


def test_caption_printed_twice_keeps_one_copy() -> None:
    caption = "The mayor speaks to reporters outside the town hall. / City press office"
    escaped = "The mayor speaks to reporters outside the town hall. \\/ City press office"
    assert _run_text([PROSE, caption, escaped]) == [PROSE, caption]
