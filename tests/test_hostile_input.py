"""Hostile input (issue 9): one crawl of a hostile web on 127.0.0.1 ends with every case
counted or cleanly stored, nothing escaping, nothing leaving loopback, no secret kept.

The cases are in ``tests/hostile`` (server, fake resolver, tripwire). Each names the
stats keys it must count; the test compares the crawl's stats with their sum exactly,
so a case that is silently dropped, or counted twice, fails here.
"""

from __future__ import annotations

import gzip
import io
import json
import socket
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler import exitcodes
from crawler.crawl.middlewares import (
    host_allowed,
    is_blocked_address,
    parse_address,
    resolves_private,
)
from tests.conftest import load_docs, load_pages, load_run_records, run_newsrake
from tests.hostile import (
    MAX_BYTES,
    MAX_REDIRECTS,
    MAX_SOURCE_BYTES,
    MAX_SOURCE_URLS,
    SECRET,
    SSRF_URLS,
    TIMEOUT,
    HostileServer,
)
from tests.hostile.fake_dns import resolve as fake_resolve

HANDLER = "tests.hostile.tripwire.LoopbackOnlyHandler"


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    with HostileServer().running() as server:
        yield server


@pytest.fixture(scope="module")
def crawl(hostile: HostileServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("hostile")
    store = tmp / "store"
    tripwire = tmp / "tripwire.log"
    args = ["-vv", "crawl", "--store", f"file://{store}",
            # a secret in a setting that reaches the run record
            "--endpoint-url", f"http://key:{SECRET}@127.0.0.1:9/"]
    for case in hostile.cases.values():
        if case.listed == "feed":
            args += ["--feed", hostile.base + case.path]
        elif case.listed == "sitemap":
            args += ["--sitemap", hostile.base + case.path]
    settings = {
        "DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "ROBOTSTXT_OBEY": "False",
        "CONCURRENT_REQUESTS_PER_DOMAIN": "16", "RETRY_ENABLED": "False",
        "DOWNLOAD_MAXSIZE": str(MAX_BYTES), "DOWNLOAD_WARNSIZE": "0",
        "DOWNLOAD_TIMEOUT": str(TIMEOUT), "REDIRECT_MAX_TIMES": str(MAX_REDIRECTS),
        "NEWSRAKE_MAX_SOURCE_BYTES": str(MAX_SOURCE_BYTES),
        "NEWSRAKE_MAX_SOURCE_URLS": str(MAX_SOURCE_URLS),
        # the test server is the one private host allowed; everything else is refused
        "NEWSRAKE_PRIVATE_HOSTS_ALLOWLIST": "127.0.0.1",
        "NEWSRAKE_HOST_RESOLVER": "tests.hostile.fake_dns:resolve",
        "DOWNLOAD_HANDLERS": json.dumps({"http": HANDLER, "https": HANDLER}),
        "DEFAULT_REQUEST_HEADERS": json.dumps({
            "Accept": "text/html", "Authorization": f"Bearer {SECRET}",
            "Cookie": f"session={SECRET}"}),
    }
    for name, value in settings.items():
        args += ["-s", f"{name}={value}"]
    result = run_newsrake(*args, env={"NEWSRAKE_TRIPWIRE_LOG": str(tripwire)}, timeout=300)
    (tmp / "crawl.stderr").write_text(result.stderr)  # the whole log, for a failure's reader
    [record] = load_run_records(store)
    verify = run_newsrake("verify", "--store", f"file://{store}")
    return {"result": result, "store": store, "record": record, "stats": record["stats"],
            "tripwire": tripwire, "verify": verify}


def expected_counts(server: HostileServer) -> Counter[str]:
    counts: Counter[str] = Counter()
    for case in server.cases.values():
        counts.update(case.expect)
    return counts


def test_every_case_is_counted_exactly(crawl: dict[str, Any], hostile: HostileServer) -> None:
    result, stats = crawl["result"], crawl["stats"]
    assert result.returncode == exitcodes.PROBLEMS, result.stderr[-4000:]
    expected = expected_counts(hostile)
    counted = {k: v for k, v in stats.items() if k in expected}
    assert counted == dict(expected), result.stderr[-4000:]
    unexpected = sorted(k for k in stats if k.startswith("errors/") and k not in expected)
    assert unexpected == [], result.stderr[-4000:]


def test_nothing_escapes(crawl: dict[str, Any]) -> None:
    result, stats = crawl["result"], crawl["stats"]
    assert "Traceback" not in result.stderr, result.stderr[-4000:]
    assert not [k for k in stats if k.startswith(("spider_exceptions", "errors/ingest"))]
    assert crawl["verify"].returncode == exitcodes.OK, crawl["verify"].stdout[-3000:]


def test_nothing_leaves_loopback(crawl: dict[str, Any], hostile: HostileServer) -> None:
    assert "tripwire/non_loopback" not in crawl["stats"]
    assert not crawl["tripwire"].exists(), crawl["tripwire"].read_text()
    # every SSRF link was refused by the guard, not by a failed connection
    assert crawl["stats"]["errors/blocked_host"] >= 2 * len(SSRF_URLS)
    assert not any(k.startswith("errors/download/DNSLookupError") for k in crawl["stats"])


def test_stored_cases_are_stored_and_readable(crawl: dict[str, Any],
                                              hostile: HostileServer) -> None:
    pages: dict[str, Any] = {}
    for page in load_pages(crawl["store"]):  # by the URL asked for and the one redirected to
        for url in (page["url"], page["fetch"].get("final_url") or page["url"]):
            pages[url.removeprefix(hostile.base)] = page
    docs = load_docs(crawl["store"])
    for case in hostile.cases.values():
        if case.stored:
            assert case.path in pages, case.path
        elif case.expect and case.path in pages:
            pytest.fail(f"{case.path} was refused ({case.expect}) but has a page record")
        for word in case.words:
            assert any(word.lower() in d["text"].lower()
                       and case.path in json.dumps(d.get("sources"))
                       for d in docs), f"{case.path}: {word!r} not in its document"
    # the feed's URL with user-info was fetched without it
    assert "/ok/cred.html" in pages and "alice" not in json.dumps(pages["/ok/cred.html"])


def _store_texts(store: Path) -> Iterator[tuple[Path, str]]:
    for path in store.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.name.endswith(".warc.gz"):
            for record in ArchiveIterator(io.BytesIO(data)):
                headers = record.http_headers.to_str() if record.http_headers else ""
                yield path, record.rec_headers.to_str() + headers
            data = gzip.decompress(data)
        yield path, data.decode("utf-8", "replace")


def test_no_secret_is_kept(crawl: dict[str, Any]) -> None:
    result = crawl["result"]
    assert SECRET not in result.stdout + result.stderr
    assert SECRET not in json.dumps(crawl["record"])
    leaks = [str(path) for path, text in _store_texts(crawl["store"]) if SECRET in text]
    assert leaks == []
    # the request records say a credential was sent, without it
    requests = [text for path, text in _store_texts(crawl["store"])
                if path.name.endswith(".warc.gz") and "WARC-Type: request" in text]
    assert requests and all("Authorization: [redacted]" in t for t in requests)


@pytest.mark.parametrize("text", [
    "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254", "100.64.0.1",
    "0.0.0.0", "224.0.0.1", "240.0.0.1", "255.255.255.255", "198.18.0.1",
    "::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1", "::ffff:127.0.0.1",
    "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1", "2001:db8::1",
])
def test_guard_refuses_special_addresses(text: str) -> None:
    address = parse_address(text)
    assert address is not None and is_blocked_address(address)
    host = f"[{text}]" if ":" in text else text
    assert host_allowed(f"http://{host}/", allow_private=False) is not None
    assert host_allowed(f"http://{host}/", allow_private=True) is None


@pytest.mark.parametrize("text", ["93.184.216.34", "8.8.8.8", "2606:4700::1111",
                                  "2a00:1450:4001::200e"])
def test_guard_lets_global_addresses_through(text: str) -> None:
    address = parse_address(text)
    assert address is not None and not is_blocked_address(address)


def test_guard_checks_resolved_names_and_the_allowlist() -> None:
    assert resolves_private("metadata.evil.test", fake_resolve) == "169.254.169.254"
    assert resolves_private("mixed.evil.test", fake_resolve) == "10.1.2.3"
    assert resolves_private("2852039166", fake_resolve) == "169.254.169.254"
    assert resolves_private("unknown.evil.test", fake_resolve) is None  # left to the downloader
    assert resolves_private("intranet.evil.test", fake_resolve,
                            allowlist=("10.0.0.0/8",)) is None
    assert host_allowed("http://10.1.2.3/", False, ("10.0.0.0/8",)) is None
    assert host_allowed("http://10.1.2.3/", False, ("192.168.0.0/16",)) is not None
    assert host_allowed("http://intranet.corp/", False, ("intranet.corp",)) is None


def test_the_tripwire_fires_when_the_guard_is_off(hostile: HostileServer,
                                                  tmp_path: Path) -> None:
    # With private hosts allowed, a private URL gets past the guard: the tripwire must
    # then stop it before any connection (else "nothing left loopback" proves nothing).
    tripwire = tmp_path / "tripwire.log"
    result = run_newsrake(
        "crawl", "--store", f"file://{tmp_path / 'store'}", "--allow-private-hosts",
        "--url", "http://10.255.255.1/never.html", "--url", f"{hostile.base}/ok/1.html",
        "-s", "ROBOTSTXT_OBEY=False", "-s", "RETRY_ENABLED=False",
        "-s", "DOWNLOAD_HANDLERS=" + json.dumps({"http": HANDLER, "https": HANDLER}),
        env={"NEWSRAKE_TRIPWIRE_LOG": str(tripwire)})
    assert result.returncode == exitcodes.PROBLEMS, result.stderr[-3000:]
    assert tripwire.read_text().split() == ["http://10.255.255.1/never.html"]


def test_dns_rebinding_is_caught_at_connection_time(tmp_path: Path) -> None:
    # The guard's resolver says this machine's name is public; the system resolver, which
    # the connection uses, says loopback or private: the connection-time check refuses it.
    name = socket.gethostname().lower()
    try:
        system = {info[4][0] for info in socket.getaddrinfo(name, None)}
    except OSError:
        pytest.skip(f"this machine's name {name!r} does not resolve here")
    # loopback only: if the check failed, the connection would stay on this machine
    if not system or not all(a.startswith("127.") or a == "::1" for a in system):
        pytest.skip(f"{name!r} resolves to more than loopback here: {sorted(system)}")
    assert fake_resolve(name) == ["93.184.216.34"]
    tripwire = tmp_path / "tripwire.log"
    result = run_newsrake(
        "crawl", "--store", f"file://{tmp_path / 'store'}", "--url", f"http://{name}:9/a.html",
        "-s", "ROBOTSTXT_OBEY=False", "-s", "RETRY_ENABLED=False",
        "-s", "NEWSRAKE_HOST_RESOLVER=tests.hostile.fake_dns:resolve",
        env={"NEWSRAKE_TRIPWIRE_LOG": str(tripwire)})
    assert result.returncode == exitcodes.PROBLEMS, result.stderr[-3000:]
    [record] = load_run_records(tmp_path / "store")
    assert record["stats"].get("errors/blocked_host") == 1, record["stats"]
    assert f"refused page http://{name}:9/a.html" in result.stderr
