"""Plugin contract, registry, configuration, site rules, provenance and explain."""

from __future__ import annotations

import copy
import importlib.metadata
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest

from cleaners import CleanerConfig, SiteRules, clean, explain, load_sources_rules
from cleaners.plugins.base import CleanContext, DomCleaner, TextCleaner, TextResult
from cleaners.plugins.builtins import BUILTIN_PLUGINS
from cleaners.registry import (
    DEFAULT_EXTERNAL_ORDER,
    ENTRY_POINT_GROUP,
    PluginError,
    available_plugins,
    check_plugin,
)
from cleaners.rules import RuleError

FIXTURE = Path(__file__).parent / "fixtures" / "noise" / "finance_ticker.html"
URL = "https://harborledger.example/markets/copper-climbs-lisbon-smelter"


def test_builtins_available_without_entry_points() -> None:
    plugins = available_plugins()
    assert set(BUILTIN_PLUGINS) <= set(plugins)
    for name, (plugin, _) in plugins.items():
        assert plugin.name == name and plugin.version
        assert isinstance(plugin, DomCleaner | TextCleaner)


def test_check_plugin_rejects_objects_without_hooks() -> None:
    class Nameless:
        name = "x"
        version = "1"

    with pytest.raises(PluginError, match="neither find_noise"):
        check_plugin(Nameless(), "test")


def test_order_is_data_and_none_disables() -> None:
    default = [p.name for p in CleanerConfig().ordered_plugins()]
    assert default[0] == "site-rules"
    moved = CleanerConfig.from_mapping({"url-lines": 1, "ticker": None})
    names = [p.name for p in moved.ordered_plugins()]
    assert names[0] == "url-lines" and "ticker" not in names
    with pytest.raises(PluginError, match="unknown cleaner plugin"):
        CleanerConfig.from_mapping({"no-such": 1}).ordered_plugins()
    with pytest.raises(PluginError, match="order must be an int"):
        CleanerConfig.from_mapping({"ticker": "5"})  # type: ignore[dict-item]


def test_fingerprint_stable_and_sensitive() -> None:
    assert CleanerConfig().fingerprint() == CleanerConfig().fingerprint()
    no_ticker = CleanerConfig.from_mapping({"ticker": None})
    assert CleanerConfig().fingerprint() != no_ticker.fingerprint()
    versions = CleanerConfig().plugin_versions()
    assert versions["ticker"] == "2" and "extract:trafilatura" in versions


def test_disabled_plugin_leaves_its_noise() -> None:
    html = FIXTURE.read_text(encoding="utf-8")
    assert "READ MORE" not in clean(html, URL).text
    no_related = CleanerConfig.from_mapping({"related": None})
    assert "READ MORE" in clean(html, URL, config=no_related).text


def test_provenance_lists_every_plugin_with_bounded_snippets() -> None:
    doc = clean(FIXTURE.read_text(encoding="utf-8"), URL)
    steps = [s for s in doc.provenance if s.stage == "plugin"]
    assert {s.name for s in steps} == {p.name for p in CleanerConfig().ordered_plugins()}
    for step in steps:
        assert len(step.detail["snippets"]) <= 10
        assert all(len(s) <= 120 for s in step.detail["snippets"])
        assert step.detail["removed"] >= len(step.detail["snippets"])
    related = next(s for s in steps if s.name == "related")
    assert any("READ MORE" in s for s in related.detail["snippets"])
    assert doc.cleaner_fingerprint == CleanerConfig().fingerprint()
    text = explain(doc)
    assert "plugin related v4 [text]: removed 2" in text and "READ MORE" in text


def test_clean_does_not_modify_caller_data() -> None:
    html = FIXTURE.read_text(encoding="utf-8")
    before = copy.copy(html)
    clean(html, URL)
    assert html == before
    tree = lxml.html.fromstring(html)
    snapshot = lxml.html.tostring(tree)
    for plugin, _ in BUILTIN_PLUGINS.values():
        if isinstance(plugin, DomCleaner):
            plugin.find_noise(tree, CleanContext(url=URL))
    assert lxml.html.tostring(tree) == snapshot


SOURCES = """
[[publisher]]
name = "Harbor Ledger"
domains = ["harborledger.example"]
[publisher.rules]
version = "2026-11-01"
drop = ["h2"]
keep = ["blockquote.c-p5"]
drop_text = ["^Traders will look next"]

[[publisher]]
name = "No rules"
domain = "plain.example"
"""


def test_site_rules_from_sources_drop_keep_and_text() -> None:
    rules = load_sources_rules(SOURCES)
    assert set(rules) == {"harborledger.example"}
    doc = clean(FIXTURE.read_text(encoding="utf-8"), URL, site_rules=rules)
    assert "Supply returns, slowly" not in doc.text
    assert "Traders will look next" not in doc.text
    assert "We are not chasing the price" in doc.text
    other = clean(FIXTURE.read_text(encoding="utf-8"), "https://elsewhere.example/x",
                  site_rules=rules)
    assert "Supply returns, slowly" in other.text
    site = next(iter(rules.values()))
    assert SiteRules.from_mapping(site.to_mapping(), site.domains) == site


@pytest.mark.parametrize("bad, message", [
    ({"version": "soon"}, "rules.version"),
    ({"version": "2026-11-01", "drop": ["div[["]}, "bad CSS selector"),
    ({"version": "2026-11-01", "drop_text": ["("]}, "bad drop_text regex"),
    ({"version": "2026-11-01", "dropp": []}, "unknown rules keys"),
    ({"version": "2026-11-01", "drop": "div"}, "must be a list"),
])
def test_bad_rules_fail_at_load_naming_the_site(bad: dict[str, object], message: str) -> None:
    with pytest.raises(RuleError, match=message) as err:
        SiteRules.from_mapping(bad, "site.example")
    assert "site.example" in str(err.value)


def test_boilerplate_blocks_dropped() -> None:
    html = FIXTURE.read_text(encoding="utf-8")
    line = "Traders will look next to Chinese import figures due on Thursday and to inventory"
    full = next(b for b in clean(html, URL).text.split("\n\n") if b.startswith(line))
    assert full not in clean(html, URL, boilerplate=[full]).text


class ShoutCleaner:
    """A third-party text plugin: drops blocks written in capitals."""

    name = "shout"
    version = "7"

    def clean_blocks(self, blocks: tuple[str, ...], ctx: CleanContext) -> TextResult:
        kept = tuple(b for b in blocks if not b.isupper())
        return TextResult(kept, tuple(b for b in blocks if b.isupper()))


def _entry_points(*specs: tuple[str, str]) -> list[importlib.metadata.EntryPoint]:
    return [importlib.metadata.EntryPoint(name, value, ENTRY_POINT_GROUP) for name, value in specs]


@pytest.fixture
def fresh_registry() -> Iterator[None]:
    available_plugins.cache_clear()
    yield
    available_plugins.cache_clear()


def test_entry_point_plugins_load_after_builtins(monkeypatch: pytest.MonkeyPatch,
                                                 fresh_registry: None) -> None:
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: _entry_points(
        ("shout", f"{__name__}:ShoutCleaner"),
        ("ticker", "cleaners.plugins.builtins:TICKER")))  # our own pyproject's declaration
    plugins = available_plugins()
    assert plugins["shout"][0].version == "7" and plugins["shout"][1] == DEFAULT_EXTERNAL_ORDER
    assert plugins["ticker"][0] is BUILTIN_PLUGINS["ticker"][0]
    config = CleanerConfig()
    assert [p.name for p in config.ordered_plugins()][-1] == "shout"
    assert config.plugin_versions()["shout"] == "7"


@pytest.mark.parametrize("spec, message", [
    (("loud", f"{__name__}:ShoutCleaner"), "builds a plugin named 'shout'"),
    (("ticker", f"{__name__}:ShoutCleaner"), "clashes with the built-in"),
])
def test_bad_entry_points_are_refused(monkeypatch: pytest.MonkeyPatch, fresh_registry: None,
                                      spec: tuple[str, str], message: str) -> None:
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: _entry_points(spec))
    with pytest.raises(PluginError, match=message):
        available_plugins()


def test_line_cleaners_split_patterns_answer_as_the_combined_search() -> None:
    from cleaners.plugins import text as text_plugins

    cleaners = [v for v in vars(text_plugins).values()
                if isinstance(v, text_plugins.LinePatternCleaner)]
    lines = ["Source link", "Photo by Jane Doe / Getty Images", "a caption (AP Photo)",
             "Story published from a syndicated feed today", "Sign up for our newsletter",
             "No spam, unsubscribe any time", "ADVERTISEMENT", "Updated 12 May 2024 10:31",
             "The council met on Tuesday.", "Comments 12", "Menu", "(c) Reuters. FILE PHOTO: x",
             "Read the original article", "you can unsubscribe at any time"]
    for cleaner in cleaners:
        assert cleaner.anchored is not None or cleaner.floating is not None
        for line in lines:
            assert cleaner.matches(line) == bool(cleaner.combined.search(line)), (
                cleaner.name, line)


@pytest.mark.parametrize("pattern, anchored", [
    ("^abc", True), ("^a|b", False), ("^(?:a|b)c", True), ("abc", False),
    (r"^\(x|y\)", False), ("^[|(]x", True), ("^a[)]|b", False),
])
def test_anchored_pattern_detection(pattern: str, anchored: bool) -> None:
    from cleaners.plugins.text import _anchored

    assert _anchored(pattern) is anchored


def test_ticker_precheck_keeps_a_real_ticker() -> None:
    from cleaners.plugins.dom import TickerDomCleaner

    rows = "".join(f"<li><span>T{i} {100 + i}.5 +{i}.1%</span></li>" for i in range(6))
    tree = lxml.html.fromstring(f"<html><body><ul>{rows}</ul><p>Story.</p></body></html>")
    found = TickerDomCleaner().find_noise(tree, CleanContext(url="https://example.com/a"))
    assert [el.tag for el in found] == ["ul"]
    few = lxml.html.fromstring("<html><body><ul><li>A 1.5 +1%</li></ul></body></html>")
    assert not TickerDomCleaner().find_noise(few, CleanContext(url="https://example.com/a"))


@pytest.mark.parametrize("block, dropped", [
    ("70 comments · 210 shares", True),  # starts with a number the bullet rule takes
    ("- 12 comments", True),
    ("12 comments were filed before the hearing", False),
    ("70 people shared the petition, organisers said.", False),
])
def test_counter_lines_starting_with_a_number_are_dropped(block: str, dropped: bool) -> None:
    from cleaners.plugins.text import COUNTER_CLEANER

    ctx = CleanContext(url="https://a.example/x")
    result = COUNTER_CLEANER.clean_blocks((block,), ctx)
    assert (result.blocks == ()) is dropped
