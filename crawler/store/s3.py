"""The S3 backend (AWS S3, MinIO, Ceph, R2): SHA-256 checksums, checksummed multipart
uploads, conditional writes with ``If-None-Match``/``If-Match``, retries.

Faults: botocore's "standard" retry mode (or "adaptive") retries 500, 502, 503, 504,
throttling (``SlowDown``), connection resets and timeouts with jittered exponential
backoff, ``max_attempts`` times (``NEWSRAKE_S3_MAX_ATTEMPTS``, default 8). A retried
conditional write can meet its own first attempt: the reset came after S3 stored the
object, so the retry is refused with 412. ``put`` recognises that case by the stored
object's SHA-256 (or its MD5 etag without checksums) and returns the write as done
(``store/put/own_write_recognised``), so a fault never turns a write into a lost race.

Over 500 lines because the one backend class holds what S3 needs and botocore does not
do: conditional multipart uploads, rounds of retries past botocore's quota, re-reads of
cut-off bodies and the own-write check; split, each part would reach into the others.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import logging
import os
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import IO, Any

from crawler.store.base import (
    Blob,
    NotFound,
    PreconditionFailed,
    StoreError,
    StoreUnavailable,
    _b64_sha256,
    _open_source,
    _Stats,
    check_key,
)

logger = logging.getLogger(__name__)

#: Objects at least this large go up as multipart uploads (S3) by ``put_file``.
MULTIPART_THRESHOLD = 64 * 1024 * 1024
#: Size of one multipart part; S3 needs >= 5 MiB for all parts but the last.
MULTIPART_CHUNKSIZE = 16 * 1024 * 1024
#: Parts uploaded at once by one ``put_file``.
MULTIPART_CONCURRENCY = 4
#: Attempts per request (first included) when neither the caller nor
#: ``NEWSRAKE_S3_MAX_ATTEMPTS`` says: with botocore's backoff (up to 20 s a wait) this
#: rides out about a minute of 503s or resets before a call fails.
MAX_ATTEMPTS = 8
#: Rounds of botocore's retries one call gets (see ``S3Store._call``), and the pause
#: before the second round in seconds (doubled, jittered, for each further round).
CALL_ROUNDS = 3
ROUND_PAUSE = 1.0
#: Reads of one object's body before ``get`` gives up (a reset mid-body is not retried
#: by botocore).
BODY_ATTEMPTS = 3
#: Seconds to connect and to wait for a response (``NEWSRAKE_S3_TIMEOUT``); a timed-out
#: request is retried like a reset. botocore's own default is 60 s for both.
TIMEOUT = 60.0


# --------------------------------------------------------------------------- S3

#: Error codes S3 and its look-alikes answer a lost conditional write with.
_PRECONDITION_CODES = frozenset({"PreconditionFailed", "ConditionalRequestConflict", "412", "409"})
_MISSING_CODES = frozenset({"NoSuchKey", "404", "NotFound"})
#: Codes that mean the service, not the request, is the problem (after retries):
#: the store counts as unavailable and a crawl spools what it fetched.
_UNAVAILABLE_CODES = frozenset({"SlowDown", "Throttling", "ThrottlingException",
                                "RequestTimeout", "ServiceUnavailable", "InternalError",
                                "AccessDenied", "InvalidAccessKeyId",
                                "SignatureDoesNotMatch", "ExpiredToken"})


def _unavailable(exc: Any) -> bool:
    """Whether a ClientError says the store is down or refuses us, not the object."""
    response = getattr(exc, "response", None) or {}
    status = int(response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
    code = str(response.get("Error", {}).get("Code", ""))
    return status >= 500 or status in (401, 403) or code in _UNAVAILABLE_CODES


def _error_code(exc: Any) -> str:
    response = getattr(exc, "response", None) or {}
    code = str(response.get("Error", {}).get("Code", ""))
    status = response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return code or (str(status) if status else "")


class S3Store:
    """An S3-compatible bucket (AWS S3, MinIO, Ceph, R2) under an optional prefix.

    Args:
        bucket: the bucket name (it must exist).
        prefix: a key prefix under which the layout lives ("" for the bucket root).
        endpoint_url: the service URL for MinIO/Ceph/R2/moto; default from
            ``AWS_ENDPOINT_URL_S3`` or ``AWS_ENDPOINT_URL``, else AWS.
        client: a ready boto3 S3 client (then the settings below are ignored).
        retry_mode: botocore retry mode, "standard" or "adaptive" (client-side rate
            limiting on throttling); default from ``NEWSRAKE_S3_RETRY_MODE``.
        max_attempts: attempts per request including the first; default from
            ``NEWSRAKE_S3_MAX_ATTEMPTS``, else ``MAX_ATTEMPTS``.
        timeout: connect and read timeout in seconds; default from
            ``NEWSRAKE_S3_TIMEOUT``, else ``TIMEOUT``.
        max_pool_connections: HTTP connections kept; set it to at least the number of
            threads sharing this store.
        checksums: send a SHA-256 checksum with every upload and validate it on
            download; turn off only for a service that rejects checksum headers
            (``NEWSRAKE_S3_CHECKSUMS=off``).
    """

    def __init__(self, bucket: str, prefix: str = "", *, endpoint_url: str | None = None,
                 client: Any = None, retry_mode: str | None = None,
                 max_attempts: int | None = None, timeout: float | None = None,
                 max_pool_connections: int = 32, checksums: bool | None = None,
                 multipart_threshold: int = MULTIPART_THRESHOLD,
                 multipart_chunksize: int = MULTIPART_CHUNKSIZE,
                 multipart_concurrency: int = MULTIPART_CONCURRENCY) -> None:
        self.bucket = bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self.uri = f"s3://{bucket}/{self.prefix}"
        self.endpoint_url = (endpoint_url or os.environ.get("AWS_ENDPOINT_URL_S3")
                             or os.environ.get("AWS_ENDPOINT_URL") or None)
        if checksums is None:
            checksums = os.environ.get("NEWSRAKE_S3_CHECKSUMS", "on").lower() not in (
                "off", "0", "false", "no")
        self.checksums = checksums
        if multipart_chunksize < 5 * 1024 * 1024:
            raise StoreError(f"multipart_chunksize {multipart_chunksize} is below S3's 5 MiB "
                             "minimum part size: use at least 5242880")
        self.multipart_threshold = max(multipart_threshold, multipart_chunksize)
        self.multipart_chunksize = multipart_chunksize
        self.multipart_concurrency = max(1, multipart_concurrency)
        self._stats = _Stats()
        if client is None:
            client = self._make_client(retry_mode, max_attempts, timeout, max_pool_connections)
        self.client = client

    def _make_client(self, retry_mode: str | None, max_attempts: int | None,
                     timeout: float | None, max_pool_connections: int) -> Any:
        import boto3
        from botocore.config import Config

        mode = retry_mode or os.environ.get("NEWSRAKE_S3_RETRY_MODE", "standard")
        if mode not in ("standard", "adaptive"):
            raise StoreError(f"unknown S3 retry mode {mode!r}: use 'standard' or 'adaptive'")
        attempts = max_attempts or _env_number("NEWSRAKE_S3_MAX_ATTEMPTS", MAX_ATTEMPTS, int)
        seconds = timeout or _env_number("NEWSRAKE_S3_TIMEOUT", TIMEOUT, float)
        retries: Any = {"mode": mode, "max_attempts": attempts}
        config = Config(
            retries=retries, connect_timeout=seconds, read_timeout=seconds,
            # Checksums are added explicitly (SHA-256) on uploads and requested on
            # downloads; "when_required" stops botocore adding its default CRC headers,
            # which some S3 look-alikes reject.
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
            max_pool_connections=max_pool_connections,
            # Path-style addressing is what MinIO, Ceph and moto expect by default.
            s3={"addressing_style": "path" if self.endpoint_url else "auto"},
        )
        return boto3.client("s3", endpoint_url=self.endpoint_url, config=config)

    @property
    def stats(self) -> Counter[str]:
        """Counters of this store's operations (``store/put/objects``, ...)."""
        return self._stats.counts

    def count(self, key: str, n: int = 1) -> None:
        """Add ``n`` to the stats counter ``key`` (thread-safe)."""
        self._stats.inc(key, n)

    def _key(self, key: str) -> str:
        return self.prefix + check_key(key)

    def _call(self, what: str, key: str, fn: Callable[..., Any], **kwargs: Any) -> Any:
        """Call a client method, count retries, and map errors to store errors.

        botocore's retries stop early once its retry quota is spent (a token bucket
        that many faults in a row empty), which a long run under a flaky service
        reaches although the service answers most calls. So a call botocore gave up
        on for a transient reason is made again, ``CALL_ROUNDS`` times in all, after a
        pause; a ClientError it finally ends with carries ``newsrake_rounds``.
        """
        for round_ in range(1, CALL_ROUNDS + 1):
            try:
                return self._call_once(what, key, fn, **kwargs)
            except StoreUnavailable as exc:
                if round_ == CALL_ROUNDS:
                    raise
                self._stats.inc("store/s3/call_rounds")
                logger.warning("%s %s%s: %s; trying again", what, self.uri, key, exc)
                time.sleep(ROUND_PAUSE * 2 ** (round_ - 1) * random.uniform(0.5, 1.0))
            except Exception as exc:
                if round_ > 1:
                    exc.newsrake_rounds = round_  # type: ignore[attr-defined]
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _call_once(self, what: str, key: str, fn: Callable[..., Any], **kwargs: Any) -> Any:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            response = fn(**kwargs)
        except ClientError as exc:
            retried = (exc.response or {}).get("ResponseMetadata", {}).get("RetryAttempts", 0)
            if retried:
                self._stats.inc("store/s3/retries", int(retried))
            code = _error_code(exc)
            if code == "NoSuchBucket":
                raise StoreError(f"bucket {self.bucket!r} does not exist at "
                                 f"{self.endpoint_url or 'AWS'}: create it or fix the store "
                                 "URI") from exc
            if _unavailable(exc):
                raise StoreUnavailable(f"{what} {self.uri}{key} failed after retries: {exc}; "
                                       "check the endpoint, the service's health and the "
                                       "credentials") from exc
            raise  # the caller maps the codes it expects
        except BotoCoreError as exc:
            raise StoreUnavailable(f"{what} {self.uri}{key} failed: {exc}; check the endpoint "
                                   "(--endpoint-url / AWS_ENDPOINT_URL) and credentials"
                                   ) from exc
        retries = response.get("ResponseMetadata", {}).get("RetryAttempts", 0)
        if retries:
            self._stats.inc("store/s3/retries", int(retries))
        return response

    def put(self, key: str, data: bytes, *, content_type: str = "application/octet-stream",
            if_none_match: bool = False, if_match: str | None = None) -> str:
        """Write ``data`` at ``key`` (with its SHA-256 checksum) and return its etag."""
        from botocore.exceptions import ClientError

        args: dict[str, Any] = {"Bucket": self.bucket, "Key": self._key(key), "Body": data,
                                "ContentType": content_type}
        checksum = _b64_sha256(data) if self.checksums else None
        if checksum:
            args.update(ChecksumAlgorithm="SHA256", ChecksumSHA256=checksum)
        self._add_conditions(args, if_none_match, if_match)
        try:
            response = self._call("put", key, self.client.put_object, **args)
        except ClientError as exc:
            conditional = if_none_match or if_match is not None
            etag = self._own_write(key, data, checksum) if conditional and _retried(exc) \
                and _error_code(exc) in _PRECONDITION_CODES else None
            if etag is None:
                raise self._put_error(key, exc, if_match) from exc
            self._stats.inc("store/put/own_write_recognised")
            response = {"ETag": etag}
        echoed = response.get("ChecksumSHA256")
        if checksum and echoed and echoed != checksum:
            raise StoreError(f"put {self.uri}{key}: the service stored checksum {echoed}, "
                             f"expected {checksum}; the upload was corrupted, retry it")
        self._stats.inc("store/put/objects")
        self._stats.inc("store/put/bytes", len(data))
        return str(response.get("ETag", "")).strip('"')

    def _own_write(self, key: str, data: bytes, checksum: str | None) -> str | None:
        """The etag of the object at ``key`` if it holds exactly ``data``, else None.

        Asked only when a retried conditional put was refused: an earlier attempt of
        the same call may have been stored before its response was lost.
        """
        try:
            head = self.head(key)
        except (NotFound, StoreError):
            return None
        etag = str(head.get("ETag", "")).strip('"')
        if checksum and head.get("ChecksumSHA256"):
            return etag if head["ChecksumSHA256"] == checksum else None
        # Without a stored checksum: a single-part upload's etag is its MD5.
        same = etag == hashlib.md5(data, usedforsecurity=False).hexdigest()
        return etag if same and int(head.get("ContentLength", -1)) == len(data) else None

    @staticmethod
    def _add_conditions(args: dict[str, Any], if_none_match: bool,
                        if_match: str | None) -> None:
        if if_none_match and if_match is not None:
            raise StoreError("if_none_match and if_match exclude each other: pass one")
        if if_none_match:
            args["IfNoneMatch"] = "*"
        if if_match is not None:
            args["IfMatch"] = f'"{if_match}"'

    def _put_error(self, key: str, exc: Any, if_match: str | None) -> StoreError:
        code = _error_code(exc)
        if code in _PRECONDITION_CODES or (if_match is not None and code in _MISSING_CODES):
            self._stats.inc("store/put/precondition_failed")
            return PreconditionFailed(f"{key}: {code} (someone else wrote it first)")
        return StoreError(f"put {self.uri}{key} failed: {exc}")

    def put_file(self, key: str, source: str | os.PathLike[str] | IO[bytes], *,
                 content_type: str = "application/octet-stream",
                 if_none_match: bool = False, if_match: str | None = None) -> str:
        """Upload a file; at ``multipart_threshold`` and above as a multipart upload.

        The multipart upload is done here rather than by boto3's transfer manager,
        because the transfer manager cannot pass ``If-None-Match``/``If-Match`` to the
        completing request: each part carries its SHA-256, parts go up in parallel,
        and a failed upload is aborted so no parts are left billed.
        """
        with _open_source(source) as handle:
            size = _remaining_size(handle)
            if size is None or size < self.multipart_threshold:
                return self.put(key, handle.read(), content_type=content_type,
                                if_none_match=if_none_match, if_match=if_match)
            return self._put_multipart(key, handle, size, content_type=content_type,
                                       if_none_match=if_none_match, if_match=if_match)

    def _put_multipart(self, key: str, handle: IO[bytes], size: int, *, content_type: str,
                       if_none_match: bool, if_match: str | None) -> str:
        from botocore.exceptions import ClientError

        full_key = self._key(key)
        if if_match is not None:
            # Fail before uploading gigabytes that the completion would refuse. The
            # completion below still carries If-Match, which S3 checks atomically.
            try:
                head = self._call("head", key, self.client.head_object, Bucket=self.bucket,
                                  Key=full_key)
            except ClientError as exc:
                raise self._put_error(key, exc, if_match) from exc
            if str(head.get("ETag", "")).strip('"') != if_match:
                self._stats.inc("store/put/precondition_failed")
                raise PreconditionFailed(f"{key} changed since read (if_match={if_match})")
        create: dict[str, Any] = {"Bucket": self.bucket, "Key": full_key,
                                  "ContentType": content_type}
        if self.checksums:
            create["ChecksumAlgorithm"] = "SHA256"
        try:
            upload_id = self._call("create multipart", key, self.client.create_multipart_upload,
                                   **create)["UploadId"]
        except ClientError as exc:
            raise StoreError(f"put {self.uri}{key} failed: {exc}") from exc
        completed = False
        try:
            parts = self._upload_parts(key, full_key, upload_id, handle)
            complete: dict[str, Any] = {"Bucket": self.bucket, "Key": full_key,
                                        "UploadId": upload_id,
                                        "MultipartUpload": {"Parts": parts}}
            self._add_conditions(complete, if_none_match, if_match)
            try:
                response = self._call("complete multipart", key,
                                      self.client.complete_multipart_upload, **complete)
            except ClientError as exc:
                raise self._put_error(key, exc, if_match) from exc
            completed = True
        finally:
            if not completed:
                with contextlib.suppress(Exception):
                    self.client.abort_multipart_upload(Bucket=self.bucket, Key=full_key,
                                                       UploadId=upload_id)
        self._stats.inc("store/put/objects")
        self._stats.inc("store/put/bytes", size)
        self._stats.inc("store/put/multipart")
        return str(response.get("ETag", "")).strip('"')

    def _upload_parts(self, key: str, full_key: str, upload_id: str,
                      handle: IO[bytes]) -> list[dict[str, Any]]:
        from botocore.exceptions import ClientError

        lock = threading.Lock()  # parts are read in order from one handle
        numbers = itertools.count(1)

        def read_part() -> tuple[int, bytes] | None:
            with lock:
                chunk = handle.read(self.multipart_chunksize)
                return (next(numbers), chunk) if chunk else None

        def worker() -> list[dict[str, Any]]:
            done: list[dict[str, Any]] = []
            while (item := read_part()) is not None:
                number, chunk = item
                args: dict[str, Any] = {"Bucket": self.bucket, "Key": full_key,
                                        "UploadId": upload_id, "PartNumber": number,
                                        "Body": chunk}
                part: dict[str, Any] = {"PartNumber": number}
                if self.checksums:
                    part["ChecksumSHA256"] = _b64_sha256(chunk)
                    args.update(ChecksumAlgorithm="SHA256", ChecksumSHA256=part["ChecksumSHA256"])
                try:
                    response = self._call("upload part", key, self.client.upload_part, **args)
                except ClientError as exc:
                    raise StoreError(f"put {self.uri}{key} part {number} failed: {exc}"
                                     ) from exc
                part["ETag"] = response["ETag"]
                done.append(part)
            return done

        with ThreadPoolExecutor(self.multipart_concurrency,
                                thread_name_prefix="store-multipart") as pool:
            futures = [pool.submit(worker) for _ in range(self.multipart_concurrency)]
            parts = [part for future in futures for part in future.result()]
        return sorted(parts, key=lambda p: int(p["PartNumber"]))

    def get(self, key: str) -> Blob:
        """Read ``key`` (validating its checksum when stored); ``NotFound`` if absent.

        botocore retries a request, not the reading of its body: a body cut off by a
        reset is read again here, up to ``BODY_ATTEMPTS`` times.
        """
        from botocore.exceptions import ClientError, FlexibleChecksumError

        args: dict[str, Any] = {"Bucket": self.bucket, "Key": self._key(key)}
        if self.checksums:
            args["ChecksumMode"] = "ENABLED"
        for attempt in range(1, BODY_ATTEMPTS + 1):
            try:
                response = self._call("get", key, self.client.get_object, **args)
                data = response["Body"].read()
                break
            except ClientError as exc:
                if _error_code(exc) in _MISSING_CODES:
                    raise NotFound(f"no object {key!r} in {self.uri}") from None
                raise StoreError(f"get {self.uri}{key} failed: {exc}") from exc
            except StoreError:
                raise
            except FlexibleChecksumError as exc:
                raise StoreError(f"get {self.uri}{key} failed: {exc}; the object is corrupt: "
                                 "run `newsrake verify`") from exc
            except Exception as exc:  # the body's connection broke off
                if attempt == BODY_ATTEMPTS:
                    raise StoreUnavailable(f"get {self.uri}{key}: reading the body failed "
                                           f"{attempt} times ({exc}); check the endpoint"
                                           ) from exc
                self._stats.inc("store/s3/retries")
        self._stats.inc("store/get/objects")
        self._stats.inc("store/get/bytes", len(data))
        return Blob(data, str(response.get("ETag", "")).strip('"'))

    def head(self, key: str) -> dict[str, Any]:
        """The object's metadata (``ETag``, ``ContentLength``, ``ChecksumSHA256``, ...)."""
        from botocore.exceptions import ClientError

        args: dict[str, Any] = {"Bucket": self.bucket, "Key": self._key(key)}
        if self.checksums:
            args["ChecksumMode"] = "ENABLED"
        try:
            response: dict[str, Any] = self._call("head", key, self.client.head_object, **args)
        except ClientError as exc:
            if _error_code(exc) in _MISSING_CODES:
                raise NotFound(f"no object {key!r} in {self.uri}") from None
            raise StoreError(f"head {self.uri}{key} failed: {exc}") from exc
        return response

    def exists(self, key: str) -> bool:
        """Whether ``key`` exists."""
        try:
            self.head(key)
        except NotFound:
            return False
        return True

    def list(self, prefix: str = "") -> Iterator[str]:
        """Keys under ``prefix`` (a plain string prefix), sorted."""
        from botocore.exceptions import BotoCoreError, ClientError

        paginator = self.client.get_paginator("list_objects_v2")
        keys: list[str] = []
        for round_ in range(1, CALL_ROUNDS + 1):  # as in _call
            keys = []
            try:
                for page in paginator.paginate(Bucket=self.bucket, Prefix=self.prefix + prefix):
                    keys.extend(obj["Key"][len(self.prefix):]
                                for obj in page.get("Contents", ()))
                break
            except (ClientError, BotoCoreError) as exc:
                down = isinstance(exc, BotoCoreError) or _unavailable(exc)
                if down and round_ < CALL_ROUNDS:
                    self._stats.inc("store/s3/call_rounds")
                    time.sleep(ROUND_PAUSE * 2 ** (round_ - 1) * random.uniform(0.5, 1.0))
                    continue
                kind = StoreUnavailable if down else StoreError
                raise kind(f"list {self.uri}{prefix} failed: {exc}; check the bucket name, "
                           "endpoint and credentials") from exc
        # Folder markers other tools leave ("a/b/") are not objects of the layout.
        yield from sorted(k for k in keys if k and not k.endswith("/"))

    def delete(self, key: str, *, if_match: str | None = None) -> None:
        """Remove ``key``; with ``if_match``, only if it is still that version."""
        from botocore.exceptions import ClientError

        args: dict[str, Any] = {"Bucket": self.bucket, "Key": self._key(key)}
        if if_match is not None:
            args["IfMatch"] = f'"{if_match}"'
        try:
            self._call("delete", key, self.client.delete_object, **args)
        except ClientError as exc:
            code = _error_code(exc)
            if if_match is not None and (code in _PRECONDITION_CODES or code in _MISSING_CODES):
                self._stats.inc("store/delete/precondition_failed")
                raise PreconditionFailed(f"{key} is missing or changed since read "
                                         f"(if_match={if_match})") from exc
            raise StoreError(f"delete {self.uri}{key} failed: {exc}") from exc
        self._stats.inc("store/delete/objects")


def _retried(exc: Any) -> bool:
    """Whether the failed request was sent more than once (by botocore or ``_call``)."""
    response = getattr(exc, "response", None) or {}
    retries = int(response.get("ResponseMetadata", {}).get("RetryAttempts", 0) or 0)
    return retries > 0 or getattr(exc, "newsrake_rounds", 1) > 1


def _env_number(name: str, default: Any, kind: Callable[[str], Any]) -> Any:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise StoreError(f"{name}={raw!r} is not a number: unset it or give e.g. "
                         f"{name}={default}") from None
    if value <= 0:
        raise StoreError(f"{name}={raw!r} must be positive")
    return value


def _remaining_size(handle: IO[bytes]) -> int | None:
    """Bytes left to read in ``handle``, or None if it cannot seek."""
    try:
        here = handle.tell()
        end = handle.seek(0, io.SEEK_END)
        handle.seek(here)
    except (OSError, ValueError):
        return None
    return end - here
