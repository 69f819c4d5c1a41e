"""Services the tests start for real, and a sample bucket written to the contract.

A pytest plugin (``tests/conftest.py``: ``pytest_plugins = ["tests.services"]``) with:

- ``moto_endpoint`` (session): moto's S3 server as a separate process on 127.0.0.1 at a
  free port, reached over HTTP; the value is its endpoint URL.
- ``s3_store`` (session): a factory; each call makes a fresh bucket on that server and
  returns an ``S3Store`` on it.
- ``any_store``: parametrised over both backends (``local`` and ``s3``), so one test
  suite runs on each.
- ``redis_url`` (session): a real ``redis-server`` on 127.0.0.1 at a free port. Without
  the binary the tests that use it are skipped, except under ``CI=true``, where they fail.

``BucketWriter`` writes raw WARCs, page records, documents and manifest parts in the
order and shapes of docs/bucket-layout.md; tests of the consumers (export, verify,
takedown, schemas) build their buckets with it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from cleaners.records import Document, ProvenanceStep
from crawler.store import layout
from crawler.store.base import Store, dump_json
from crawler.store.local import LocalStore
from crawler.store.manifest import Manifest, write_run_record
from crawler.store.s3 import S3Store

__all__ = [
    "BucketWriter",
    "FetchedPage",
    "any_store",
    "article_html",
    "aws_test_env",
    "free_port",
    "ingest_pages",
    "make_warc",
    "moto_endpoint",
    "redis_url",
    "s3_store",
    "sample_bucket",
    "start_moto_server",
    "start_redis_server",
    "stop_process",
]

HOST = "127.0.0.1"
#: Seconds a service gets to answer before the fixture gives up.
STARTUP_TIMEOUT = 30.0

#: The test credentials moto accepts; set for the whole session so every client
#: (boto3 in this process and in subprocesses, pyarrow's S3FileSystem) finds them.
AWS_TEST_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SECURITY_TOKEN": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_REGION": "us-east-1",
    "AWS_EC2_METADATA_DISABLED": "true",
}

# moto's own server (`python -m moto.server`), with one change: requests that write are
# handled one at a time. moto checks If-Match/If-None-Match and then stores the object
# as two steps, so under its threaded server two racing conditional writes can both
# pass the check; real S3 decides them atomically. Serialising writes gives moto the
# same guarantee, so the race tests test our code and not moto's window.
_MOTO_SERVER = r"""
import sys, threading
import moto.server as server

_write_lock = threading.Lock()

class SerialWritesApp(server.DomainDispatcherApplication):
    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") in ("PUT", "POST", "DELETE"):
            with _write_lock:
                return list(super().__call__(environ, start_response))
        return super().__call__(environ, start_response)

server.DomainDispatcherApplication = SerialWritesApp
server.main(["-H", sys.argv[1], "-p", sys.argv[2]])
"""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def stop_process(process: subprocess.Popen[bytes]) -> None:
    """Terminate ``process`` (this one only), killing it if it does not stop in 5 s."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def _log_tail(log: Path) -> str:
    try:
        return log.read_text(errors="replace")[-2000:]
    except OSError:
        return ""


@dataclass
class Service:
    """A started server process and how to reach it."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        """Stop the process and remove its log."""
        stop_process(self.process)
        self.log.unlink(missing_ok=True)


def _start(argv: Sequence[str], url: str, ready: Callable[[], bool], name: str,
           env: Mapping[str, str] | None = None) -> Service:
    fd, log_name = tempfile.mkstemp(prefix=f"newsrake-{name}-", suffix=".log")
    log = Path(log_name)
    with os.fdopen(fd, "wb") as log_file:
        process = subprocess.Popen(list(argv), stdout=log_file, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, env=dict(env or os.environ))
    service = Service(url, process, log)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = _log_tail(log)
            service.stop()
            raise RuntimeError(f"{name} exited with {process.returncode} at start:\n{tail}")
        if ready():
            return service
        time.sleep(0.1)
    tail = _log_tail(log)
    service.stop()
    raise RuntimeError(f"{name} did not answer at {url} within {STARTUP_TIMEOUT} s:\n{tail}")


def start_moto_server(attempts: int = 3) -> Service:
    """Start moto's S3 server as a subprocess on 127.0.0.1 and wait until it answers."""
    env = {**os.environ, **AWS_TEST_ENV}
    last: Exception | None = None
    for _ in range(attempts):  # the free port can be taken between probe and bind
        port = free_port()
        url = f"http://{HOST}:{port}"

        def ready(url: str = url) -> bool:
            try:
                with urllib.request.urlopen(url + "/", timeout=1) as response:
                    return int(response.status) == 200
            except (urllib.error.URLError, OSError):
                return False

        try:
            return _start([sys.executable, "-c", _MOTO_SERVER, HOST, str(port)], url, ready,
                          "moto", env)
        except RuntimeError as exc:
            last = exc
    raise RuntimeError(f"could not start moto's S3 server: {last}")


def start_redis_server(binary: str, attempts: int = 3) -> Service:
    """Start ``redis-server`` without persistence on 127.0.0.1 and wait for PONG."""
    last: Exception | None = None
    for _ in range(attempts):
        port = free_port()

        def ready(port: int = port) -> bool:
            try:
                with socket.create_connection((HOST, port), timeout=1) as sock:
                    sock.sendall(b"PING\r\n")
                    return sock.recv(64).startswith(b"+PONG")
            except OSError:
                return False

        argv = [binary, "--port", str(port), "--bind", HOST, "--save", "",
                "--appendonly", "no"]
        try:
            return _start(argv, f"redis://{HOST}:{port}/0", ready, "redis")
        except RuntimeError as exc:
            last = exc
    raise RuntimeError(f"could not start redis-server: {last}")


def create_bucket(endpoint: str, name: str | None = None) -> str:
    """Create a bucket on the S3 service at ``endpoint``; return its name."""
    import boto3

    name = name or f"t-{uuid.uuid4().hex[:20]}"
    boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket=name)
    return name


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def aws_test_env() -> Iterator[None]:
    """The moto test credentials in the environment for the whole session."""
    patch = pytest.MonkeyPatch()
    for key, value in AWS_TEST_ENV.items():
        patch.setenv(key, value)
    for key in ("AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3"):
        patch.delenv(key, raising=False)
    yield
    patch.undo()


@pytest.fixture(scope="session")
def moto_endpoint(aws_test_env: None) -> Iterator[str]:
    """The endpoint URL of moto's S3 server, running as a subprocess for the session."""
    service = start_moto_server()
    try:
        yield service.url
    finally:
        service.stop()


@pytest.fixture(scope="session")
def s3_store(moto_endpoint: str) -> Callable[..., S3Store]:
    """A factory: ``s3_store(prefix="", **S3Store options)`` on a fresh bucket."""

    def make(prefix: str = "", **options: Any) -> S3Store:
        return S3Store(create_bucket(moto_endpoint), prefix, endpoint_url=moto_endpoint,
                       **options)

    return make


@pytest.fixture(params=["local", pytest.param("s3", marks=pytest.mark.s3)])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    """An empty store on each backend in turn: a local folder, then a moto bucket."""
    if request.param == "local":
        return LocalStore(tmp_path / "store")
    factory: Callable[..., S3Store] = request.getfixturevalue("s3_store")
    return factory("newsrake")


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:  # tests using it: mark them @pytest.mark.redis
    """``redis://127.0.0.1:PORT/0`` of a redis-server started for the session."""
    binary = shutil.which("redis-server")
    if binary is None:
        message = ("redis-server is not installed: `apt-get install redis-server` "
                   "(make deps does it) to run the Redis tests")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " -- CI must not skip them")
        pytest.skip(message)
    service = start_redis_server(binary)
    try:
        yield service.url
    finally:
        service.stop()


# --------------------------------------------------------------------------- sample bucket


def make_warc(url: str, body: bytes, fetched_at: str, *, status: int = 200,
              headers: Sequence[tuple[str, str]] = (("Content-Type", "text/html"),),
              ) -> tuple[bytes, str]:
    """One gzipped WARC file (request + response records), written by ingest's own writer.

    Returns the file's bytes and the response's ``WARC-Payload-Digest`` (sha256:<hex>).
    """
    from crawler.ingest.records import RawPage
    from crawler.ingest.warc import build_warc, payload_digest

    page = RawPage(url=url, final_url=url, status=status, headers=tuple(headers), body=body,
                   fetched_at=fetched_at)
    return build_warc(page), payload_digest(body)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _site(url: str) -> str:
    return url.split("/")[2]


@dataclass(frozen=True)
class FetchedPage:
    """A page ``BucketWriter.fetch`` archived, and its cleaned text."""

    url: str
    text: str
    title: str
    fetched_at: str
    raw_key: str
    raw_digest: str
    published: str | None
    found_via: Mapping[str, Any]

    @property
    def site(self) -> str:
        """The host the page came from."""
        return _site(self.url)

    @property
    def page_key(self) -> str:
        """Where its page record lives."""
        return layout.page_key(self.url)

    def fetch_json(self) -> dict[str, Any]:
        """The ``fetch`` object of page records and document sources."""
        return {"fetched_at": self.fetched_at, "status": 200, "final_url": self.url,
                "headers": {"content-type": "text/html; charset=utf-8"},
                "raw_key": self.raw_key, "raw_digest": self.raw_digest,
                "etag": None, "last_modified": None}


@dataclass
class BucketWriter:
    """Writes objects in the contract's order: raw, then pages and documents, then the
    manifest part (the commit point), then the run record."""

    store: Store
    run_id: str = field(default_factory=lambda: layout.new_run_id())
    manifest: Manifest = field(init=False)

    def __post_init__(self) -> None:
        self.manifest = Manifest(self.store, self.run_id)

    def fetch(self, url: str, text: str, *, title: str | None = None,
              fetched_at: str = "2026-11-25T17:53:00Z", published: str | None = "2026-11-25",
              found_via: Mapping[str, Any] | None = None) -> FetchedPage:
        """Archive a fetch of ``url`` whose article text is ``text``."""
        title = title or text.split(".")[0][:60]
        html = (f"<html><head><title>{title}</title></head><body><article><p>{text}</p>"
                "</article></body></html>").encode()
        warc, digest = make_warc(url, html, fetched_at)
        key = layout.raw_key(url, fetched_at)
        self.store.put(key, warc, content_type="application/warc", if_none_match=True)
        self.manifest.add("put", "raw", key, url=url)
        via = dict(found_via or {"kind": "feed", "source": f"https://{_site(url)}/feed.xml",
                                 "title": title, "published": published})
        return FetchedPage(url, text, title, fetched_at, key, digest, published, via)

    def page_record(self, page: FetchedPage, doc_id: str | None,
                    previous: Sequence[FetchedPage] = ()) -> dict[str, Any]:
        """The page record of ``page`` (schema newsrake.page/1); ``previous`` are
        earlier fetches of the same URL, listed in its history."""
        document = Document(
            url=page.url, text=page.text, title=page.title, canonical_url=page.url,
            published=page.published, language="en", site=page.site,
            provenance=(ProvenanceStep("extract", "trafilatura", "2.3.1"),))
        return {
            "schema": layout.PAGE_SCHEMA, "url": page.url, "url_key": layout.url_key(page.url),
            "site": page.site, "doc_id": doc_id, "text_sha256": _sha256(page.text),
            "fetch": page.fetch_json(), "found_via": dict(page.found_via),
            "document": document.to_json(),
            "history": [{"fetched_at": p.fetched_at, "raw_key": p.raw_key,
                         "raw_digest": p.raw_digest, "text_sha256": _sha256(p.text)}
                        for p in (*previous, page)],
            "run_id": self.run_id,
        }

    def document(self, origin: FetchedPage, copies: Sequence[FetchedPage] = (), *,
                 doc_id: str | None = None, version: int = 1,
                 earlier: Sequence[FetchedPage] = ()) -> dict[str, Any]:
        """Write the page records of ``origin`` and ``copies`` and their document.

        ``earlier`` are the origins of versions 1..version-1, kept in docs-history.
        """
        doc_id = doc_id or layout.url_key(origin.url)
        for page in (origin, *copies):
            key = page.page_key
            previous = [p for p in earlier if p.url == page.url]
            self.store.put(key, dump_json(self.page_record(page, doc_id, previous)),
                           content_type="application/json")
            self.manifest.add("put", "page", key, url=page.url)
        history: list[str] = []
        for number, old in enumerate(earlier, start=1):
            old_doc = self._document_json(doc_id, number, old, (), history=list(history))
            key = layout.doc_history_key(doc_id, number)
            self.store.put(key, dump_json(old_doc), content_type="application/json",
                           if_none_match=True)
            self.manifest.add("put", "doc-history", key, id=doc_id, version=number)
            history.append(key)
        doc = self._document_json(doc_id, version, origin, copies, history=history)
        key = layout.doc_key(doc_id)
        etag = self.store.put(key, dump_json(doc), content_type="application/json")
        self.manifest.add("put", "doc", key, id=doc_id, url=origin.url, version=version,
                          etag=etag)
        return doc

    def _document_json(self, doc_id: str, version: int, origin: FetchedPage,
                       copies: Sequence[FetchedPage], *, history: list[str]
                       ) -> dict[str, Any]:
        def source(page: FetchedPage, role: str, similarity: float) -> dict[str, Any]:
            return {"url": page.url, "site": page.site, "role": role,
                    "similarity": similarity, "published": page.published,
                    "found_via": dict(page.found_via), "fetch": page.fetch_json(),
                    "page_key": page.page_key}

        return {
            "schema": layout.DOCUMENT_SCHEMA, "id": doc_id, "version": version,
            "url": origin.url, "canonical_url": origin.url, "title": origin.title,
            "authors": ["A. Reporter"], "published": origin.published, "language": "en",
            "site": origin.site, "description": None, "text": origin.text,
            "text_sha256": _sha256(origin.text),
            "origin": {"url": origin.url, "rule": "earliest-published"},
            "sources": [source(origin, "origin", 1.0)]
            + [source(c, "copy", 0.93) for c in copies],
            "provenance": [
                {"stage": "fetch", "name": "scrapy", "version": "2.19", "detail": {}},
                {"stage": "extract", "name": "trafilatura", "version": "2.3.1", "detail": {}},
                {"stage": "dedup", "name": "minhash-lsh", "version": "1",
                 "detail": {"copies": len(copies)}},
            ],
            "history": history, "updated_at": "2026-11-25T18:00:00Z", "run_id": self.run_id,
        }

    def commit(self, job: str = "crawl") -> list[str]:
        """Flush the manifest (the commit point) and write the run record."""
        self.manifest.flush()
        write_run_record(self.store, self.run_id, {
            "job": job, "started_at": "2026-11-25T17:50:00Z",
            "finished_at": "2026-11-25T18:00:00Z", "stats": {"pages": 1}, "config": {},
            "manifest_parts": list(self.manifest.parts)})
        return list(self.manifest.parts)


def sample_bucket(store: Store, run_id: str | None = None) -> dict[str, Any]:
    """A committed run: a story with an origin and a copy, a story in its second
    version, and a page without a published date. Returns what was written."""
    writer = BucketWriter(store, run_id or "20261125T175000Z-a1b2c3")
    wire = writer.fetch("https://wire.example/2026/11/25/storm.html",
                        "A storm hit the coast on Tuesday. Thousands lost power.")
    paper = writer.fetch("https://paper.example/world/storm",
                         "A storm hit the coast on Tuesday. Thousands lost power.",
                         fetched_at="2026-11-25T17:55:00Z")
    election_v1 = writer.fetch("https://news.example/election", "Polls open at eight.",
                               fetched_at="2026-11-24T08:00:00Z", published="2026-11-24")
    election = writer.fetch("https://news.example/election",
                            "Polls open at eight. Turnout is high by noon.",
                            fetched_at="2026-11-24T12:00:00Z", published="2026-11-24")
    undated = writer.fetch("https://blog.example/post", "Notes from the field, undated.",
                           published=None)
    storm_doc = writer.document(wire, [paper])
    election_doc = writer.document(election, version=2, earlier=[election_v1])
    undated_doc = writer.document(undated)
    parts = writer.commit()
    return {"run_id": writer.run_id, "parts": parts, "pages": [wire, paper, election, undated],
            "docs": [storm_doc, election_doc, undated_doc]}


def article_html(title: str, paragraphs: Sequence[str], *, canonical: str | None = None,
                 published: str | None = None) -> bytes:
    """An article page that the cleaners extract ``paragraphs`` from."""
    head = f"<title>{title}</title>"
    if canonical:
        head += f"<link rel='canonical' href='{canonical}'>"
    if published:
        head += f"<meta property='article:published_time' content='{published}'>"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='en'><head>{head}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>{body}</article></body></html>").encode()


def ingest_pages(store: Store, pages: Sequence[tuple[str, bytes, str]], run_id: str, *,
                 store_check: dict[str, Any] | None = None) -> list[Any]:
    """Run the real ingest over ``(url, html, fetched_at)`` pages as one committed run.

    Returns the ingest outcomes. The run's manifest is flushed and its run record
    written, as the crawl pipeline does at the end of a run. ``store_check``: what the
    crawl's stored-page middleware found before the fetch (``records.STORE_CHECK``).
    """
    from cleaners.records import ProvenanceStep
    from crawler.index.factory import open_index
    from crawler.ingest.page import CounterStats, Run, ingest
    from crawler.ingest.records import STORE_CHECK, RawPage

    stats = CounterStats()
    run = Run(store=store, index=open_index(store, redis_url=None),
              manifest=Manifest(store, run_id), run_id=run_id, stats=stats)
    outcomes = []
    for url, html, fetched_at in pages:
        page = RawPage(url=url, final_url=url, status=200,
                       headers=(("Content-Type", "text/html; charset=utf-8"),), body=html,
                       fetched_at=fetched_at, found_via={"kind": "url", "source": "test"},
                       provenance=(ProvenanceStep("fetch", STORE_CHECK, "test", store_check),)
                       if store_check is not None else ())
        outcomes.append(ingest(page, run))
    run.index.flush()
    run.manifest.flush()
    write_run_record(store, run_id, {
        "job": "crawl", "started_at": "2026-11-25T17:50:00Z",
        "finished_at": "2026-11-25T18:00:00Z", "stats": stats.get_stats(), "config": {},
        "manifest_parts": list(run.manifest.parts)})
    return outcomes
