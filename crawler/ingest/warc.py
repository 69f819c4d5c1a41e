"""Raw archiving: one gzipped WARC file per fetch, with a request and a response record.

Digests are SHA-256 in hex (``sha256:<hex>``), which warcio's own checker reads, so
``warcio check`` and ``newsrake verify`` can both recompute them.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable

from isal import isal_zlib
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.ingest.records import RawPage

_REASONS = {200: "OK", 203: "Non-Authoritative Information", 206: "Partial Content"}
#: ISA-L level of the WARC's gzip members (standard gzip: warcio, zcat and every WARC
#: tool read them). The crawl's parent compresses every fetch, and zlib was the largest
#: single cost it had: on the shared benchmark's pages (174 kB, letters permuted as in
#: bench_e2e), zlib level 6 took 2.75 ms a page for 20.8% of the size, ISA-L level 3
#: 0.57 ms for 23.0% (level 2: 0.26 ms, 23.8%; zlib-ng level 6: 1.40 ms, 20.9%). Ten per
#: cent more archive bytes for a fifth of the CPU.
GZIP_LEVEL = 3


class _HexDigester:
    """warcio's digester interface with SHA-256 and a hex rendering."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def update(self, data: bytes) -> None:
        self._hash.update(data)

    def __str__(self) -> str:
        return "sha256:" + self._hash.hexdigest()


class _Sha256WARCWriter(WARCWriter):  # type: ignore[misc]
    @staticmethod
    def _create_digester() -> _HexDigester:
        return _HexDigester()


def payload_digest(body: bytes) -> str:
    """The WARC-Payload-Digest value newsrake writes for ``body``."""
    return "sha256:" + hashlib.sha256(body).hexdigest()


def _gzip_member(data: bytes) -> bytes:
    compressor = isal_zlib.compressobj(GZIP_LEVEL, isal_zlib.DEFLATED, isal_zlib.MAX_WBITS + 16)
    return compressor.compress(data) + compressor.flush()


def build_warc(page: RawPage) -> bytes:
    """A gzipped WARC (request + response records) holding one fetch of ``page``.

    Each record is its own gzip member, as warcio writes them (readers can seek to a
    record), compressed at ``GZIP_LEVEL``.
    """
    buffer = io.BytesIO()
    writer = _Sha256WARCWriter(buffer, gzip=False)
    warc_date = page.fetched_at
    target = page.final_url or page.url
    path = target.split("://", 1)[-1].partition("/")[2]
    request_headers = StatusAndHeaders(f"GET /{path} HTTP/1.1",
                                       list(page.request_headers), is_http_request=True)
    # Lengths are given so that warcio computes digests in place instead of spooling
    # the payload to a temporary file it never closes.
    request = writer.create_warc_record(target, "request", payload=io.BytesIO(b""), length=0,
                                        http_headers=request_headers,
                                        warc_headers_dict={"WARC-Date": warc_date})
    # Scrapy has already decoded Content-Encoding and Transfer-Encoding; the stored
    # headers must not claim an encoding the stored payload no longer has.
    headers = [(k, v) for k, v in page.headers
               if k.lower() not in ("content-encoding", "transfer-encoding", "content-length")]
    headers.append(("Content-Length", str(len(page.body))))
    status = f"{page.status} {_REASONS.get(page.status, 'OK')}"
    response_headers = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    response = writer.create_warc_record(
        target, "response", payload=io.BytesIO(page.body), length=len(page.body),
        http_headers=response_headers,
        warc_headers_dict={"WARC-Date": warc_date,
                           "WARC-Concurrent-To": request.rec_headers.get_header("WARC-Record-ID")})
    members = []
    for record in (request, response):
        writer.out = io.BytesIO()
        writer.write_record(record)
        members.append(_gzip_member(writer.out.getvalue()))
    return b"".join(members)


def read_response(warc: bytes) -> tuple[str, int, list[tuple[str, str]], bytes, str | None, str]:
    """(target URI, status, headers, body, payload digest, WARC-Date) of the response record."""
    for record in ArchiveIterator(io.BytesIO(warc)):
        if record.rec_type != "response":
            continue
        status = int(record.http_headers.get_statuscode())
        headers: Iterable[tuple[str, str]] = record.http_headers.headers
        body = record.content_stream().read()
        return (record.rec_headers.get_header("WARC-Target-URI"), status, list(headers), body,
                record.rec_headers.get_header("WARC-Payload-Digest"),
                record.rec_headers.get_header("WARC-Date"))
    raise ValueError("WARC holds no response record: re-fetch the page or restore the object")
