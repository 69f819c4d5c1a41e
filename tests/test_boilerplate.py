"""Per-site boilerplate learned across runs: repeated short blocks go, paragraphs stay."""

from __future__ import annotations

import json
from pathlib import Path

from cleaners.fingerprint import normalise_text
from crawler.index.factory import open_index
from crawler.ingest.boilerplate import MIN_PAGES, BoilerplateTracker, load_boilerplate, site_key
from crawler.ingest.cleaning import ConfiguredClean
from crawler.ingest.page import CounterStats, Run, ingest
from crawler.ingest.records import RawPage
from crawler.store import layout
from crawler.store.local import LocalStore
from crawler.store.manifest import Manifest

SIGN_OFF = "Follow the Gazette on social media for live updates from the valley."
STORIES = [
    ("Mill reopens", "The old wool mill reopened on Saturday as a craft market with forty "
     "stalls, three years after the last looms fell silent and the building was sold."),
    ("Bus route saved", "The number 12 bus will keep running after the county agreed a two "
     "year subsidy, ending months of uncertainty for villages along the upper valley road."),
    ("Choir wins prize", "The valley youth choir won first prize at the regional festival, "
     "beating twenty other groups with a programme of folk songs arranged by its director."),
    ("Bridge inspection", "Engineers found no structural damage to the river bridge after "
     "last week's floods, though the footpath beneath it stays closed while debris is cleared."),
    ("Library hours", "The library will open late on Thursdays from next month, the council "
     "said, after a survey found most residents could only visit after work."),
]


def page(n: int, title: str, lead: str, *, sign_off: bool = True,
         site: str = "gazette.example") -> RawPage:
    body = (f"<p>{lead}</p><p>Officials said more details would follow at the next public "
            f"meeting, where residents will be able to ask questions about story {n}.</p>"
            f"<p>Story {n} drew comment from local groups, who had campaigned on the issue "
            f"for several months and collected hundreds of signatures.</p>")
    if sign_off:
        body += f"<p>{SIGN_OFF}</p>"
    html = (f"<html lang='en'><head><title>{title}</title></head><body><article>"
            f"<h1>{title}</h1>{body}</article></body></html>").encode()
    url = f"http://{site}/news/{n}.html"
    return RawPage(url=url, final_url=url, status=200,
                   headers=(("Content-Type", "text/html"),), body=html,
                   fetched_at="2026-11-20T10:00:00Z", found_via={"kind": "url"})


def new_run(store: LocalStore, run_id: str) -> Run:
    return Run(store=store, index=open_index(store, redis_url=None),
               manifest=Manifest(store, run_id), run_id=run_id, stats=CounterStats(),
               cleaner=ConfiguredClean(boilerplate=load_boilerplate(store)),
               boilerplate=BoilerplateTracker(store))


def text_of(store: LocalStore, url: str) -> str:
    return str(json.loads(store.get(layout.page_key(url)).data)["document"]["text"])


def test_a_block_repeated_on_enough_pages_is_learned_and_removed_next_run(
        tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    first = new_run(store, "r1")
    for n, (title, lead) in enumerate(STORIES[:MIN_PAGES]):
        ingest(page(n, title, lead), first)
    assert first.boilerplate is not None
    first.boilerplate.flush()
    assert SIGN_OFF in text_of(store, "http://gazette.example/news/0.html")  # same run: kept
    learned = load_boilerplate(store)
    assert len(learned["gazette.example"]) == 1

    second = new_run(store, "r2")
    title, lead = STORIES[MIN_PAGES]
    ingest(page(MIN_PAGES, title, lead), second)
    text = text_of(store, f"http://gazette.example/news/{MIN_PAGES}.html")
    assert SIGN_OFF not in text and lead in text
    record = json.loads(store.get(layout.page_key(
        f"http://gazette.example/news/{MIN_PAGES}.html")).data)
    [step] = [s for s in record["document"]["provenance"] if s["name"] == "boilerplate"]
    assert step["detail"]["removed"] == 1


def test_too_few_pages_and_long_paragraphs_are_not_learned(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    run = new_run(store, "r1")
    for n, (title, lead) in enumerate(STORIES[:MIN_PAGES - 1]):
        ingest(page(n, title, lead), run)
    # the same long paragraph on every page (a syndicated story's text) never counts
    tracker = run.boilerplate
    assert tracker is not None
    for n in range(10):
        tracker.observe("gazette.example", f"k{n}", STORIES[0][1])
    tracker.flush()
    assert load_boilerplate(store) == {}
    state = json.loads(store.get(site_key("gazette.example")).data)
    assert all(len(pages) == MIN_PAGES - 1 for pages in state["blocks"].values())


def test_boilerplate_learned_on_a_site_with_a_port_applies_to_it(tmp_path: Path) -> None:
    """The tracker and the cleaner key sites alike (host and port: layout.site_of)."""
    store = LocalStore(tmp_path)
    site = "gazette.example:8080"
    first = new_run(store, "r1")
    for n, (title, lead) in enumerate(STORIES[:MIN_PAGES]):
        ingest(page(n, title, lead, site=site), first)
    assert first.boilerplate is not None
    first.boilerplate.flush()
    assert set(load_boilerplate(store)) == {site}
    title, lead = STORIES[MIN_PAGES]
    ingest(page(MIN_PAGES, title, lead, site=site), new_run(store, "r2"))
    assert SIGN_OFF not in text_of(store, f"http://{site}/news/{MIN_PAGES}.html")


def test_the_boilerplate_pass_applies_a_first_crawls_learning_to_its_own_pages(
        tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from crawler.jobs.boilerplate_pass import apply_learned_boilerplate, grown_sites

    store = LocalStore(tmp_path)
    before = load_boilerplate(store)
    first = new_run(store, layout.new_run_id())
    for n, (title, lead) in enumerate(STORIES):
        ingest(page(n, title, lead), first)
    assert first.boilerplate is not None
    first.boilerplate.flush()
    first.manifest.flush()
    assert SIGN_OFF in text_of(store, "http://gazette.example/news/0.html")
    assert grown_sites(before, load_boilerplate(store)) == ("gazette.example",)

    result = apply_learned_boilerplate(store, before, datetime(2026, 11, 20, tzinfo=UTC))
    assert result is not None and result.run_record is not None
    assert result.stats["ingest/pages"] == len(STORIES)
    for n, (_, lead) in enumerate(STORIES):
        text = text_of(store, f"http://gazette.example/news/{n}.html")
        assert SIGN_OFF not in text and lead in text
    # nothing new learned since: a second pass has nothing to do
    assert apply_learned_boilerplate(store, load_boilerplate(store),
                                     datetime(2026, 11, 20, tzinfo=UTC)) is None
    # pages fetched before the crawl started are left alone
    assert result.run_record["config"]["selection"]["sites"] == ["gazette.example"]


def test_the_tracker_forgets_one_page_blocks_past_its_bound_and_keeps_learned_ones(
        tmp_path: Path) -> None:
    # A long crawl sees every story's own short lines (headline, captions) once each;
    # unbounded, the tracker kept them all for the run. Past its bound it forgets those
    # and keeps what repeats.
    store = LocalStore(tmp_path / "store")
    chrome = "Follow the Courier on social media for live updates."
    tracker = BoilerplateTracker(store, max_tracked=100)
    for i in range(400):
        own = "\n".join(f"Story {i} has its own caption line number {j}" for j in range(5))
        tracker.observe("courier.example", f"k{i}", f"{own}\n{chrome}")
        assert tracker.tracked <= 100 + 6  # a page's blocks land before the bound is checked
    assert tracker.forgotten > 1500
    tracker.flush()
    learned = load_boilerplate(store)["courier.example"]
    assert learned == {normalise_text(chrome)}
