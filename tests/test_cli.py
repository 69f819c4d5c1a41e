"""The ``newsrake`` command: subcommands called as ``main([...])``, output compared."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from crawler.cli import main
from crawler.sources import SourcesError, parse_sources

ARTICLE = """<html lang="en"><head><title>Ferry service resumes after repairs</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Ferry service resumes after repairs</h1>
<p>The island ferry returned to service on Tuesday after three weeks in dry dock, where
engineers replaced a cracked propeller shaft found during a routine inspection.</p>
<p>The operator said the first crossings were fully booked and that extra sailings would
run at the weekend to clear the backlog of freight that had built up on the mainland.</p>
<p>Islanders had relied on a smaller chartered boat that carried no vehicles, and several
shops reported empty shelves by the end of the second week.</p></article></body></html>"""


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    (tmp_path / "a.html").write_text(ARTICLE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    (tmp_path / "notes.txt").write_text("not a page")
    return tmp_path


def test_clean_prints_one_json_document_per_page(pages: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(pages), "--url", "http://127.0.0.1/ferry"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2  # a.html and sub/b.html.gz; notes.txt is not a page
    doc = json.loads(lines[0])
    assert doc["url"] == "http://127.0.0.1/ferry"
    assert doc["title"] == "Ferry service resumes after repairs"
    assert "cracked propeller shaft" in doc["text"] and "Home" not in doc["text"]
    assert doc["provenance"][0]["stage"] == "extract"


def test_clean_explain_shows_each_step(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(pages / "a.html"), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "trafilatura" in out and "cracked propeller shaft" in out


def test_clean_reports_unreadable_files_and_exits_1(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.html").write_text("   ")
    assert main(["clean", str(tmp_path / "empty.html"), str(tmp_path / "missing.html")]) == 1
    err = capsys.readouterr().err
    assert "empty.html: empty page" in err and "missing.html" in err


def test_crawl_without_sources_is_a_usage_error(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["crawl", "--store", f"file://{tmp_path}"]) == 2
    assert "give --feed, --sitemap, --url or --sources" in capsys.readouterr().err


def test_crawl_with_a_bad_sources_file_names_the_fix(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text('[[publisher]]\nname = "No slug"\nfeeds = ["http://127.0.0.1/f"]\n')
    assert main(["crawl", "--sources", str(sources)]) == 2
    assert "'slug' is required" in capsys.readouterr().err


def test_sources_file_validation() -> None:
    [pub] = parse_sources('[[publisher]]\nslug = "a"\nsitemaps = ["http://127.0.0.1/s.xml"]\n'
                          '[publisher.rules]\nversion = "2026-11-01"\ndrop = ["div.promo"]\n')
    assert pub.sitemaps == ("http://127.0.0.1/s.xml",) and pub.rules["drop"] == ["div.promo"]
    with pytest.raises(SourcesError, match="give at least one of feeds, sitemaps, urls"):
        parse_sources('[[publisher]]\nslug = "a"\n')
    with pytest.raises(SourcesError, match="must be a list of URL strings"):
        parse_sources('[[publisher]]\nslug = "a"\nfeeds = "http://127.0.0.1/f"\n')
    with pytest.raises(SourcesError, match="not valid TOML"):
        parse_sources("[[publisher")


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "crawl" in capsys.readouterr().out
