"""The bundled demo sites are well-formed, discoverable, and agree with their labels.

Standard library + lxml only, no server: URLs are checked by mapping ``{{base:<slug>}}/path``
onto the files under ``crawler/demo/sites/<slug>/``.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import tomllib
import urllib.robotparser
from collections import Counter, defaultdict
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from lxml import html as lxml_html

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "crawler" / "demo"
SITES = DEMO / "sites"
EXPECTED = DEMO / "expected.json"
TEXT_SUFFIXES = {".html", ".xml", ".txt", ".json", ".toml", ".rss", ".atom", ".in"}
PLACEHOLDER = re.compile(r"\{\{base:([a-z0-9-]+)\}\}")  # as crawler/demo/server.py
URL = re.compile(r"^\{\{base:([a-z0-9-]+)\}\}(/[^\s#?]*)$")
#: Third-party hosts that embeds on the pages may point at (never fetched by the crawl).
EMBED_HOSTS = ("https://t.co/", "https://twitter.com/", "https://platform.twitter.com/",
               "https://www.instagram.com/", "https://www.youtube-nocookie.com/")
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
      "news": "http://www.google.com/schemas/sitemap-news/0.9",
      "atom": "http://www.w3.org/2005/Atom"}
MAX_BYTES = 1_500_000


def slugs() -> list[str]:
    return sorted(p.name for p in SITES.iterdir()
                  if p.is_dir() and not p.name.startswith(("_", ".")))


def all_files() -> list[Path]:
    return sorted(p for p in SITES.rglob("*") if p.is_file())


@cache
def expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXPECTED.read_text(encoding="utf-8"))
    return data


def file_for(slug: str, path: str) -> Path:
    """The file the demo server answers ``path`` of publisher ``slug`` with."""
    rel = path.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    target = SITES / slug / rel
    if rel.endswith(".gz") and not target.exists():
        return SITES / slug / (rel + ".in")
    return target


def split_url(url: str) -> tuple[str, str]:
    m = URL.match(url.strip())
    assert m, f"not a {{{{base:<slug>}}}}/path URL: {url!r}"
    return m.group(1), m.group(2)


def norm(text: str) -> str:
    return " ".join(text.split())


@cache
def parsed(path: Path) -> Any:
    return lxml_html.document_fromstring(path.read_bytes())


def visible_text(doc: Any) -> str:
    body = doc.find("body")
    assert body is not None
    clone = lxml_html.fromstring(lxml_html.tostring(body))
    for bad in clone.xpath("//script|//style|//template"):
        bad.drop_tree()
    return norm(clone.text_content())


def paragraphs(doc: Any) -> list[str]:
    return [norm(p.text_content()) for p in doc.iter("p")]


def meta(doc: Any, prop: str) -> str | None:
    for el in doc.xpath(f'//meta[@property="{prop}" or @name="{prop}"]'):
        return str(el.get("content"))
    return None


def jsonld(doc: Any) -> list[dict[str, Any]]:
    return [json.loads(s.text) for s in doc.xpath('//script[@type="application/ld+json"]')]


# ---- files ------------------------------------------------------------------------------------

def test_size_is_small() -> None:
    total = sum(p.stat().st_size for p in all_files()) + EXPECTED.stat().st_size
    assert total < MAX_BYTES, f"demo sites take {total} bytes"


def test_publishers_and_slugs() -> None:
    names = slugs()
    assert len(names) >= 5
    for name in names:
        assert re.fullmatch(r"[a-z0-9-]+", name), name
    # only publisher folders and sources.toml at the top level
    assert {p.name for p in SITES.iterdir() if p.is_file()} == {"sources.toml"}


def test_placeholders_name_existing_sites() -> None:
    known = set(slugs())
    for path in all_files():
        if path.suffix not in TEXT_SUFFIXES:
            continue
        text = path.read_text(encoding="utf-8")
        for slug in PLACEHOLDER.findall(text):
            assert slug in known, f"{path}: {{{{base:{slug}}}}} names no site"
        for line in PLACEHOLDER.sub("", text).splitlines():
            # a placeholder the server would not fill in (comments may mention the syntax)
            assert "{{" not in line or line.lstrip().startswith("#"), f"{path}: {line!r}"


def test_every_file_parses() -> None:
    for path in all_files():
        data = path.read_bytes()
        name = path.name
        if name.endswith(".html"):
            parser = etree.HTMLParser()
            root = etree.fromstring(data, parser)
            errors = [e for e in parser.error_log if e.level >= 2]
            assert not errors, f"{path}: {errors[:3]}"
            assert root.get("lang") == "en", path
            assert root.find("head/title") is not None, path
            for block in jsonld(parsed(path)):
                assert block["@context"] == "https://schema.org", path
        elif name.endswith((".xml", ".rss", ".atom", ".xml.gz.in")):
            etree.fromstring(data)
        elif name.endswith(".json"):
            json.loads(data)
        elif name.endswith(".toml"):
            tomllib.loads(data.decode("utf-8"))
        elif name.endswith(".pdf"):
            assert data.startswith(b"%PDF-1.4"), path
        elif name.endswith(".txt"):
            data.decode("utf-8")
        else:
            pytest.fail(f"unexpected file type: {path}")


def test_generated_output_is_reproducible(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("demo_build_sites", DEMO / "build_sites.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    out, exp = tmp_path / "sites", tmp_path / "expected.json"
    module.write(out, exp)
    built = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    committed = {p.relative_to(SITES): p.read_bytes() for p in all_files()}
    assert sorted(built) == sorted(committed), "run python crawler/demo/build_sites.py"
    stale = [str(k) for k in built if built[k] != committed[k]]
    assert not stale, f"stale generated files (rerun build_sites.py): {stale[:5]}"
    assert exp.read_bytes() == EXPECTED.read_bytes(), "expected.json is stale"


# ---- discovery --------------------------------------------------------------------------------

def sources() -> list[dict[str, Any]]:
    data = tomllib.loads((SITES / "sources.toml").read_text(encoding="utf-8"))
    pubs: list[dict[str, Any]] = data["publisher"]
    return pubs


def robots(slug: str) -> tuple[urllib.robotparser.RobotFileParser, list[str]]:
    text = (SITES / slug / "robots.txt").read_text(encoding="utf-8")
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(text.splitlines())
    maps = [ln.split(":", 1)[1].strip() for ln in text.splitlines()
            if ln.lower().startswith("sitemap:")]
    return parser, maps


def read_discovery(url: str, found: dict[tuple[str, str], set[str]], seen: set[str]) -> None:
    """Follow a feed or sitemap URL; record every page URL it lists and which format did."""
    if url in seen:
        return
    seen.add(url)
    slug, path = split_url(url)
    target = file_for(slug, path)
    assert target.is_file(), f"discovery file missing: {url}"
    root = etree.fromstring(target.read_bytes())
    tag = etree.QName(root).localname
    if tag == "rss":
        assert root.get("version") == "2.0"
        for link in root.iterfind("channel/item/link"):
            found[split_url(link.text or "")].add("rss")
    elif tag == "feed":
        for link in root.iterfind("atom:entry/atom:link", NS):
            if link.get("rel", "alternate") == "alternate":
                found[split_url(link.get("href", ""))].add("atom")
    elif tag == "sitemapindex":
        for loc in root.iterfind("sm:sitemap/sm:loc", NS):
            read_discovery(loc.text or "", found, seen)
    elif tag == "urlset":
        kind = "gzip-sitemap" if target.name.endswith(".gz.in") else "sitemap"
        for node in root.iterfind("sm:url", NS):
            news = node.find("news:news", NS)
            if news is not None:
                kind = "news-sitemap"
                assert news.findtext("news:publication/news:name", None, NS)
                assert news.findtext("news:publication/news:language", None, NS) == "en"
                assert news.findtext("news:publication_date", None, NS)
                assert news.findtext("news:title", None, NS)
            found[split_url(node.findtext("sm:loc", "", NS))].add(kind)
    else:
        pytest.fail(f"{url}: not a feed or sitemap ({tag})")


@cache
def discovered() -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    seen: set[str] = set()
    for pub in sources():
        _, maps = robots(pub["slug"])
        for url in [*pub["feeds"], *pub["sitemaps"], *pub.get("urls", []), *maps]:
            if pub.get("urls") and url in pub["urls"]:
                found[split_url(url)].add("url")
            else:
                read_discovery(url, found, seen)
    return dict(found)


def test_sources_toml_lists_every_publisher() -> None:
    pubs = sources()
    assert sorted(p["slug"] for p in pubs) == slugs()
    for pub in pubs:
        assert pub["name"]
        assert pub["feeds"] or pub["sitemaps"]
        for url in [*pub["feeds"], *pub["sitemaps"]]:
            slug, path = split_url(url)
            assert slug == pub["slug"]
            assert file_for(slug, path).is_file(), url


def test_robots_txt() -> None:
    for slug in slugs():
        _, maps = robots(slug)
        assert maps, f"{slug}/robots.txt has no Sitemap: line"
        for url in maps:
            assert file_for(*split_url(url)).is_file(), url
    for item in expected()["not_fetched"]:
        parser, _ = robots(item["site"])
        assert item["why"] == "robots.txt"
        assert not parser.can_fetch("newsrake", "http://127.0.0.1:1" + item["path"])
        assert file_for(item["site"], item["path"]).is_file(), "put a page there anyway"
        assert (item["site"], item["path"]) in discovered(), "list it in a sitemap"
    for art in expected()["articles"]:
        parser, _ = robots(art["site"])
        assert parser.can_fetch("newsrake", "http://127.0.0.1:1" + art["path"]), art["path"]


def test_all_discovery_formats_are_present() -> None:
    kinds = set().union(*discovered().values())
    assert {"rss", "atom", "sitemap", "gzip-sitemap", "news-sitemap"} <= kinds
    index = [p for p in SITES.rglob("*.xml") if b"<sitemapindex" in p.read_bytes()]
    assert index, "no sitemap index"


def test_discovery_lists_exactly_the_labelled_pages() -> None:
    found = discovered()
    arts = {(a["site"], a["path"]) for a in expected()["articles"]}
    errs = {(e["site"], e["path"]) for e in expected()["errors"]}
    skipped = {(n["site"], n["path"]) for n in expected()["not_fetched"]}
    missing = sorted((arts | errs | skipped) - set(found))
    assert not missing, f"labelled but in no feed or sitemap: {missing}"
    unlabelled = sorted(set(found) - arts - errs - skipped)
    assert not unlabelled, f"listed in a feed or sitemap but not labelled: {unlabelled}"


def test_error_cases() -> None:
    kinds = Counter(e["kind"] for e in expected()["errors"])
    assert kinds == {"http-500": 1, "http-404": 1, "non-html": 1}
    for err in expected()["errors"]:
        site, path = err["site"], err["path"]
        assert "rss" in discovered()[(site, path)] or "atom" in discovered()[(site, path)]
        forced_file = SITES / site / "_errors.json"
        forced = json.loads(forced_file.read_text()) if forced_file.exists() else {}
        if err["kind"] == "http-500":
            assert forced.get(path) == 500
        elif err["kind"] == "http-404":
            assert path not in forced and not file_for(site, path).exists()
        else:
            assert file_for(site, path).read_bytes().startswith(b"%PDF-1.4")


# ---- pages ------------------------------------------------------------------------------------

def local_target_ok(slug: str, href: str) -> bool:
    path = href.split("#")[0].split("?")[0]
    if not path:
        return True
    if path.startswith("{{base:"):
        slug, path = split_url(path)
    errs = {(e["site"], e["path"]) for e in expected()["errors"]}
    return (slug, path) in errs or file_for(slug, path).is_file()


def test_links_on_pages_resolve() -> None:
    """No accidental 404s: every local link and cross-site link points at a served file."""
    for page in SITES.rglob("*.html"):
        slug = page.relative_to(SITES).parts[0]
        doc = parsed(page)
        for el, attr_name, link, _ in doc.iterlinks():
            if attr_name not in ("href", "src") or el.tag in ("meta",):
                continue
            if link.startswith(("mailto:", "data:", "#")) or link.startswith(EMBED_HOSTS):
                continue
            assert link.startswith(("/", "{{base:")), f"{page}: unexpected link {link!r}"
            assert local_target_ok(slug, link), f"{page}: broken link {link!r}"


def test_labels_match_the_pages() -> None:
    arts = expected()["articles"]
    assert len(arts) >= 34
    by_key = {(a["site"], a["path"]): a for a in arts}
    for art in arts:
        where = f"{art['site']}{art['path']}"
        path = file_for(art["site"], art["path"])
        assert path.is_file(), where
        doc = parsed(path)
        assert doc.get("lang") == "en", where
        assert norm(doc.findtext(".//h1") or "") == art["title"], where
        assert meta(doc, "og:title") == art["title"], where
        assert meta(doc, "og:site_name"), where
        assert meta(doc, "author"), where
        published = datetime.fromisoformat(meta(doc, "article:published_time") or "")
        assert published.tzinfo is not None, where
        assert doc.xpath('//link[@rel="canonical"]/@href'), where
        assert art["role"] in ("origin", "copy") and art["story"] and art["event"]

        paras = paragraphs(doc)
        assert 2 <= len(art["must_contain"]) <= 4, where
        for sentence in art["must_contain"]:
            assert "&" not in sentence or "&amp;" not in sentence
            assert any(sentence in p for p in paras), f"{where}: not in a <p>: {sentence!r}"
        last = [p for p in paras if art["must_contain"][-1] in p]
        assert last, where
        text = visible_text(doc)
        content = [p for p in paras if any(s in p for s in art["must_contain"])]
        assert art["must_not_contain"], where
        for noise in art["must_not_contain"]:
            assert noise == norm(noise) and noise, f"{where}: {noise!r}"
            assert noise in text, f"{where}: noise not on the page: {noise!r}"
            assert not any(noise in p for p in content), f"{where}: noise in content: {noise!r}"

        if art["role"] == "copy":
            origin = by_key[(art["origin"]["site"], art["origin"]["path"])]
            assert origin["role"] == "origin" and origin["story"] == art["story"], where
            assert origin["site"] != art["site"], where
            origin_time = datetime.fromisoformat(origin["published"])
            assert published > origin_time, f"{where}: copy not later than its origin"
            check_pointers(doc, art, origin)


def check_pointers(doc: Any, art: dict[str, Any], origin: dict[str, Any]) -> None:
    where = f"{art['site']}{art['path']}"
    origin_url = "{{base:" + origin["site"] + "}}" + origin["path"]
    canonical = doc.xpath('//link[@rel="canonical"]/@href')[0]
    og_url = meta(doc, "og:url")
    based_on = [b.get("isBasedOn") for b in jsonld(doc)]
    anchors = doc.xpath("//a/@href")
    pointers = set(art["pointers"])
    assert (canonical == origin_url) == ("canonical" in pointers), where
    assert (og_url == origin_url) == ("og:url" in pointers), where
    assert (origin_url in based_on) == ("isBasedOn" in pointers), where
    anchor = origin_url in anchors
    assert anchor == bool(pointers & {"source-link", "originally-published"}), where
    if pointers == {"none"}:
        body = lxml_html.tostring(doc, encoding="unicode")
        assert "{{base:" + origin["site"] + "}}" not in body, f"{where}: has a pointer"


def test_syndication_and_rewrites_are_labelled() -> None:
    arts = expected()["articles"]
    copies = Counter(a["story"] for a in arts if a["role"] == "copy")
    syndicated = [s for s, n in copies.items() if 2 <= n <= 4]
    assert len(syndicated) >= 5, copies
    for story in copies:
        origins = [a for a in arts if a["story"] == story and a["role"] == "origin"]
        assert len(origins) == 1, story
    stories_per_event: dict[str, set[str]] = defaultdict(set)
    for a in arts:
        stories_per_event[a["event"]].add(a["story"])
    rewritten = [e for e, s in stories_per_event.items() if len(s) >= 2]
    assert len(rewritten) >= 3, stories_per_event
    pointer_kinds = Counter(p for a in arts if a["role"] == "copy" for p in a["pointers"])
    assert {"canonical", "og:url", "isBasedOn", "source-link", "originally-published",
            "none"} <= set(pointer_kinds)
    for a in arts:
        if a["role"] == "origin":
            assert "origin" not in a and "pointers" not in a
