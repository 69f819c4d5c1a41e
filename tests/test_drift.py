"""``newsrake report``: sites whose text length or noise rate drifted from their history."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lxml.html import fromstring

from crawler.cli import main
from crawler.ingest.figures import noise_rate
from crawler.jobs.drift import load_run_figures, site_drift
from crawler.store.local import LocalStore
from crawler.store.manifest import write_run_record


def site(cleaned: int, mean_text: float, removed_share: float) -> dict[str, Any]:
    text = int(mean_text * cleaned)
    removed = int(text * removed_share / (1 - removed_share))
    return {"pages": cleaned, "cleaned": cleaned, "new": cleaned, "text_chars": text,
            "removed_chars": removed, "mean_text_chars": mean_text,
            "noise_rate": noise_rate(text, removed)}


def write_run(store: LocalStore, run_id: str, sites: dict[str, dict[str, Any]]) -> None:
    write_run_record(store, run_id, {
        "job": "crawl", "started_at": "2026-11-20T10:00:00Z",
        "finished_at": "2026-11-20T10:05:00Z", "stats": {}, "config": {},
        "manifest_parts": [],
        "figures": {"pages": {}, "documents": {}, "noise": {}, "sites": sites}})


@pytest.fixture()
def store(tmp_path: Path) -> LocalStore:
    store = LocalStore(tmp_path / "store")
    history = [(2400, 0.10, 2000, 0.20, 1800), (2500, 0.11, 2100, 0.22, 1900),
               (2300, 0.09, 1900, 0.21, 1700)]
    for day, (a_text, a_noise, b_text, b_noise, c_text) in enumerate(history, start=17):
        write_run(store, f"202611{day}T100000Z-aaaaaa", {
            "stable.example": site(20, a_text, a_noise), "noisy.example": site(12, b_text, b_noise),
            "broken.example": site(8, c_text, 0.05)})
    # the run to report: broken.example lost its articles, noisy.example took in a new block,
    # new.example has no history, few.example cleaned too few pages to judge
    write_run(store, "20261120T100000Z-bbbbbb", {
        "stable.example": site(20, 2450, 0.10), "noisy.example": site(12, 2050, 0.45),
        "broken.example": site(8, 420, 0.05), "new.example": site(5, 900, 0.6),
        "few.example": site(1, 100, 0.9)})
    store.put("runs/20261116T100000Z-cccccc.json", b"{not json")  # a broken record is skipped
    return store


def test_drifted_sites_are_named(store: LocalStore) -> None:
    report = site_drift(load_run_figures(store))
    assert report.run_id == "20261120T100000Z-bbbbbb" and len(report.history) == 3
    drifted = {s.site: s.reasons for s in report.drifted}
    assert set(drifted) == {"broken.example", "noisy.example"}
    assert "mean text 420 chars vs 1800 (-77%)" in drifted["broken.example"]
    assert drifted["noisy.example"] == ("noise rate 45.0% vs 21.0%",)
    by_site = {s.site: s for s in report.sites}
    assert by_site["new.example"].history_runs == 0 and not by_site["new.example"].drifted
    assert not by_site["few.example"].drifted and not by_site["stable.example"].drifted
    # an earlier run compares only with the runs before it
    earlier = site_drift(load_run_figures(store), "20261119T100000Z-aaaaaa")
    assert earlier.drifted == [] and len(earlier.history) == 2
    with pytest.raises(LookupError, match="has no run record"):
        site_drift(load_run_figures(store), "20991231T000000Z-ffffff")


def test_report_command_writes_html(store: LocalStore, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert main(["report", "--store", f"file://{store.root}", "--html", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "drifted: broken.example" in printed and "2 of 5 site(s) drifted" in printed
    tree = fromstring(out.read_text(encoding="utf-8"))
    assert tree.xpath("//tr[@class='drifted']/@data-site") == ["broken.example",
                                                               "noisy.example"]
    assert main(["report", "--store", f"file://{store.root}", "--json",
                 "--run", "20261119T100000Z-aaaaaa"]) == 0
    assert json.loads(capsys.readouterr().out)["history"] == ["20261117T100000Z-aaaaaa",
                                                              "20261118T100000Z-aaaaaa"]
    assert main(["report", "--store", f"file://{tmp_path / 'empty'}"]) == 2
    assert "run a crawl first" in capsys.readouterr().err
