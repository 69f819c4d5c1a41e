"""The store: one key/value interface over a local folder or an S3-compatible bucket.

Both backends hold the same layout (see docs/bucket-layout.md). Keys are relative,
``/``-separated, and never start with ``/``, contain ``..`` or a segment starting with
``.`` (hidden names are the local backend's own: temporary files and lock files).
Listings are sorted, so shards over a listing are deterministic.

Every write is atomic: a reader sees the old object or the new one, never a part.
Writes that two workers could race on use conditional puts: ``if_none_match=True``
(create only) or ``if_match=ETAG`` (replace only the version that was read); a lost race
raises ``PreconditionFailed``. ``update_json`` wraps the read -> change -> conditional
put -> retry loop, so read-modify-write of a shared JSON object never loses an update.

The local backend makes conditional writes safe across threads *and* processes: every
write of a key holds an exclusive ``flock`` on one of a fixed set of lock files
(``.newsrake/locks/`` under the root) chosen by the key's hash. The S3 backend relies on
the service's own atomic ``If-None-Match``/``If-Match`` handling, and uploads every
object with a SHA-256 checksum the service verifies; large objects go up as checksummed
multipart uploads whose completion carries the same conditions.

Counters are kept in each backend's ``stats`` (``store/put/objects``, ``store/put/bytes``,
``store/put/precondition_failed``, ``store/s3/retries``, ``store/update/retries``, ...).
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import hashlib
import io
import itertools
import json
import logging
import os
import random
import shutil
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any, Protocol
from urllib.parse import urlparse

logger = logging.getLogger(__name__)

#: Objects at least this large go up as multipart uploads (S3) by ``put_file``.
MULTIPART_THRESHOLD = 64 * 1024 * 1024
#: Size of one multipart part; S3 needs >= 5 MiB for all parts but the last.
MULTIPART_CHUNKSIZE = 16 * 1024 * 1024
#: Parts uploaded at once by one ``put_file``.
MULTIPART_CONCURRENCY = 4
#: Lock files the local backend spreads keys over; contention between unrelated keys
#: that share a stripe only serialises a rename, so 64 is plenty for one machine.
LOCK_STRIPES = 64
#: Attempts ``update_json`` makes before giving up on a hot object.
UPDATE_ATTEMPTS = 50

_HIDDEN_DIR = ".newsrake"
_COPY_CHUNK = 1024 * 1024


class StoreError(Exception):
    """A store operation failed; the message says which key and what to do."""


class NotFound(StoreError):
    """The key does not exist."""


class PreconditionFailed(StoreError):
    """A conditional write lost a race: the object exists, or changed since it was read."""


class InvalidKey(StoreError):
    """The key could escape the store root or is otherwise malformed."""


@dataclass(frozen=True, slots=True)
class Blob:
    """An object's bytes and its entity tag (the token ``if_match`` takes)."""

    data: bytes
    etag: str


def check_key(key: str) -> str:
    """Return ``key`` if it is a safe relative key, else raise ``InvalidKey``."""
    if not key or key.startswith("/") or "\\" in key or "\x00" in key:
        raise InvalidKey(f"invalid store key {key!r}: keys are relative, '/'-separated paths")
    if key.endswith("/"):
        raise InvalidKey(f"invalid store key {key!r}: a key names an object, not a folder")
    segments = key.split("/")
    if any(s in ("..", ".", "") for s in segments):
        raise InvalidKey(f"invalid store key {key!r}: '.', '..' and empty segments are refused")
    if any(s.startswith(".") for s in segments):
        raise InvalidKey(f"invalid store key {key!r}: segments starting with '.' are reserved "
                         "for the store's own temporary and lock files; rename the key")
    if PurePosixPath(key).is_absolute():  # defensive: the checks above already refuse it
        raise InvalidKey(f"invalid store key {key!r}: keys are relative")
    return key


class Store(Protocol):
    """What every backend offers. Keys are checked with ``check_key``."""

    uri: str

    def put(self, key: str, data: bytes, *, content_type: str = "application/octet-stream",
            if_none_match: bool = False, if_match: str | None = None) -> str:
        """Write ``data`` at ``key`` and return its new etag."""
        ...

    def put_file(self, key: str, source: str | os.PathLike[str] | IO[bytes], *,
                 content_type: str = "application/octet-stream",
                 if_none_match: bool = False, if_match: str | None = None) -> str:
        """Write a file's bytes at ``key`` (multipart when large) and return the etag."""
        ...

    def get(self, key: str) -> Blob:
        """Read ``key``; raise ``NotFound`` if it is absent."""
        ...

    def exists(self, key: str) -> bool:
        """Whether ``key`` exists."""
        ...

    def list(self, prefix: str = "") -> Iterator[str]:
        """Keys under ``prefix`` (a plain string prefix), sorted."""
        ...

    def delete(self, key: str, *, if_match: str | None = None) -> None:
        """Remove ``key``; absent keys are not an error unless ``if_match`` is given."""
        ...


def _etag(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def _b64_sha256(data: bytes) -> str:
    return base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")


class _Stats:
    """A thread-safe counter of namespaced stats keys."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.counts: Counter[str] = Counter()

    def inc(self, key: str, n: int = 1) -> None:
        with self._lock:
            self.counts[key] += n


# --------------------------------------------------------------------------- local


class LocalStore:
    """A folder on disk. Writes go to a temporary file that is renamed into place."""

    def __init__(self, root: str | os.PathLike[str], *, durable: bool = True) -> None:
        self.root = Path(root).resolve()
        self.uri = f"file://{self.root}"
        self.durable = durable  # fsync file and folder on every write
        self._stats = _Stats()
        self._thread_locks = [threading.Lock() for _ in range(LOCK_STRIPES)]
        self._root_str = str(self.root)
        self._safe_folders: set[str] = set()  # folders already resolved inside the root

    @property
    def stats(self) -> Counter[str]:
        """Counters of this store's operations (``store/put/objects``, ...)."""
        return self._stats.counts

    def count(self, key: str, n: int = 1) -> None:
        """Add ``n`` to the stats counter ``key`` (thread-safe)."""
        self._stats.inc(key, n)

    def _path(self, key: str) -> Path:
        # check_key refuses "..", "." and absolute keys, so only a symlink can lead out of
        # the root. A folder is resolved once and remembered (re-clean touches the same
        # few thousand folders again and again: resolving every key cost 0.5 ms a call);
        # the file itself is checked every time, with one lstat.
        folder, _, _ = check_key(key).rpartition("/")
        if folder not in self._safe_folders:
            real = os.path.realpath(os.path.join(self._root_str, folder))
            if real != self._root_str and not real.startswith(self._root_str + os.sep):
                raise InvalidKey(f"store key {key!r} resolves outside {self.root}: "
                                 "remove the symlink or use a key inside the store")
            if os.path.isdir(real):  # not yet created folders are checked again later
                self._safe_folders.add(folder)
        full = os.path.join(self._root_str, key)
        if os.path.islink(full):
            real = os.path.realpath(full)
            if not real.startswith(self._root_str + os.sep):
                raise InvalidKey(f"store key {key!r} resolves outside {self.root}: "
                                 "remove the symlink or use a key inside the store")
        return Path(full)

    @contextlib.contextmanager
    def _key_lock(self, key: str) -> Iterator[None]:
        """Hold the key's stripe lock: a thread lock, then an exclusive ``flock``."""
        stripe = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:4], "big")
        stripe %= LOCK_STRIPES
        lock_dir = self.root / _HIDDEN_DIR / "locks"
        lock_dir.mkdir(parents=True, exist_ok=True)
        with self._thread_locks[stripe]:
            fd = os.open(lock_dir / f"{stripe:02x}.lock", os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                os.close(fd)  # closing the descriptor releases the flock

    def _write_temp(self, path: Path, source: IO[bytes] | bytes) -> str:
        """Write ``source`` to a hidden temporary file beside ``path``; return its name."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise InvalidKey(f"cannot write {path}: a parent of it is a file; "
                             "a key cannot also be a folder of other keys") from None
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                if isinstance(source, bytes):
                    handle.write(source)
                else:
                    shutil.copyfileobj(source, handle, _COPY_CHUNK)
                handle.flush()
                if self.durable:
                    os.fsync(handle.fileno())
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        return tmp

    def _sync_dir(self, path: Path) -> None:
        if not self.durable:
            return
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def _current_etag(self, path: Path) -> str | None:
        try:
            return _file_md5(path)
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            return None

    def _commit(self, key: str, path: Path, tmp: str, *, if_none_match: bool,
                if_match: str | None) -> None:
        """Move ``tmp`` to ``path`` under the key lock, honouring the conditions."""
        try:
            with self._key_lock(key):
                if if_none_match:
                    try:  # link() fails if the target exists: an atomic create-only
                        os.link(tmp, path)
                    except FileExistsError:
                        self._stats.inc("store/put/precondition_failed")
                        raise PreconditionFailed(f"{key} already exists in {self.uri}") from None
                    os.unlink(tmp)
                else:
                    if if_match is not None:
                        current = self._current_etag(path)
                        if current != if_match:
                            self._stats.inc("store/put/precondition_failed")
                            what = "does not exist" if current is None else "changed since read"
                            raise PreconditionFailed(f"{key} {what} (if_match={if_match})")
                    try:
                        os.replace(tmp, path)
                    except IsADirectoryError:
                        raise InvalidKey(f"cannot write {key}: it is a folder of other keys"
                                         ) from None
                self._sync_dir(path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)

    def put(self, key: str, data: bytes, *, content_type: str = "application/octet-stream",
            if_none_match: bool = False, if_match: str | None = None) -> str:
        """Write ``data`` at ``key`` atomically and return its etag (MD5 hex)."""
        path = self._path(key)
        tmp = self._write_temp(path, data)
        self._commit(key, path, tmp, if_none_match=if_none_match, if_match=if_match)
        self._stats.inc("store/put/objects")
        self._stats.inc("store/put/bytes", len(data))
        return _etag(data)

    def put_file(self, key: str, source: str | os.PathLike[str] | IO[bytes], *,
                 content_type: str = "application/octet-stream",
                 if_none_match: bool = False, if_match: str | None = None) -> str:
        """Copy a file (path or binary file object) to ``key`` atomically; return its etag."""
        path = self._path(key)
        with _open_source(source) as handle:
            tmp = self._write_temp(path, handle)
        etag = _file_md5(Path(tmp))
        size = os.path.getsize(tmp)
        self._commit(key, path, tmp, if_none_match=if_none_match, if_match=if_match)
        self._stats.inc("store/put/objects")
        self._stats.inc("store/put/bytes", size)
        return etag

    def get(self, key: str) -> Blob:
        """Read ``key``; raise ``NotFound`` if it is absent."""
        try:
            data = self._path(key).read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise NotFound(f"no object {key!r} in {self.uri}") from None
        self._stats.inc("store/get/objects")
        self._stats.inc("store/get/bytes", len(data))
        return Blob(data, _etag(data))

    def exists(self, key: str) -> bool:
        """Whether ``key`` exists."""
        return self._path(key).is_file()

    def list(self, prefix: str = "") -> Iterator[str]:
        """Keys under ``prefix`` (a plain string prefix), sorted."""
        found: list[str] = []
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            rel_dir = os.path.relpath(dirpath, self.root)
            rel_dir = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
            if prefix and not (rel_dir.startswith(prefix) or prefix.startswith(rel_dir)):
                dirnames[:] = []
                continue
            for name in filenames:
                key = rel_dir + name
                if not name.startswith(".") and key.startswith(prefix):
                    found.append(key)
        yield from sorted(found)

    def delete(self, key: str, *, if_match: str | None = None) -> None:
        """Remove ``key``; with ``if_match``, only if it is still that version."""
        path = self._path(key)
        with self._key_lock(key):
            if if_match is not None and self._current_etag(path) != if_match:
                self._stats.inc("store/delete/precondition_failed")
                raise PreconditionFailed(f"{key} is missing or changed since read "
                                         f"(if_match={if_match})")
            try:
                path.unlink()
            except FileNotFoundError:
                return
            self._sync_dir(path)
        self._stats.inc("store/delete/objects")


def _file_md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as handle:
        while chunk := handle.read(_COPY_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@contextlib.contextmanager
def _open_source(source: str | os.PathLike[str] | IO[bytes]) -> Iterator[IO[bytes]]:
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as handle:
            yield handle
    else:
        yield source


# --------------------------------------------------------------------------- S3

#: Error codes S3 and its look-alikes answer a lost conditional write with.
_PRECONDITION_CODES = frozenset({"PreconditionFailed", "ConditionalRequestConflict", "412", "409"})
_MISSING_CODES = frozenset({"NoSuchKey", "404", "NotFound"})


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
        max_attempts: attempts per request including the first.
        max_pool_connections: HTTP connections kept; set it to at least the number of
            threads sharing this store.
        checksums: send a SHA-256 checksum with every upload and validate it on
            download; turn off only for a service that rejects checksum headers
            (``NEWSRAKE_S3_CHECKSUMS=off``).
    """

    def __init__(self, bucket: str, prefix: str = "", *, endpoint_url: str | None = None,
                 client: Any = None, retry_mode: str | None = None, max_attempts: int = 8,
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
            client = self._make_client(retry_mode, max_attempts, max_pool_connections)
        self.client = client

    def _make_client(self, retry_mode: str | None, max_attempts: int,
                     max_pool_connections: int) -> Any:
        import boto3
        from botocore.config import Config

        mode = retry_mode or os.environ.get("NEWSRAKE_S3_RETRY_MODE", "standard")
        if mode not in ("standard", "adaptive"):
            raise StoreError(f"unknown S3 retry mode {mode!r}: use 'standard' or 'adaptive'")
        retries: Any = {"mode": mode, "max_attempts": max_attempts}
        config = Config(
            retries=retries,
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
        """Call a client method, count retries, and map errors to store errors."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            response = fn(**kwargs)
        except ClientError as exc:
            code = _error_code(exc)
            if code == "NoSuchBucket":
                raise StoreError(f"bucket {self.bucket!r} does not exist at "
                                 f"{self.endpoint_url or 'AWS'}: create it or fix the store "
                                 "URI") from exc
            raise  # the caller maps the codes it expects
        except BotoCoreError as exc:
            raise StoreError(f"{what} {self.uri}{key} failed: {exc}; check the endpoint "
                             "(--endpoint-url / AWS_ENDPOINT_URL) and credentials") from exc
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
            raise self._put_error(key, exc, if_match) from exc
        echoed = response.get("ChecksumSHA256")
        if checksum and echoed and echoed != checksum:
            raise StoreError(f"put {self.uri}{key}: the service stored checksum {echoed}, "
                             f"expected {checksum}; the upload was corrupted, retry it")
        self._stats.inc("store/put/objects")
        self._stats.inc("store/put/bytes", len(data))
        return str(response.get("ETag", "")).strip('"')

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
        """Read ``key`` (validating its checksum when stored); ``NotFound`` if absent."""
        from botocore.exceptions import ClientError

        args: dict[str, Any] = {"Bucket": self.bucket, "Key": self._key(key)}
        if self.checksums:
            args["ChecksumMode"] = "ENABLED"
        try:
            response = self._call("get", key, self.client.get_object, **args)
            data = response["Body"].read()
        except ClientError as exc:
            if _error_code(exc) in _MISSING_CODES:
                raise NotFound(f"no object {key!r} in {self.uri}") from None
            raise StoreError(f"get {self.uri}{key} failed: {exc}") from exc
        except StoreError:
            raise
        except Exception as exc:  # botocore's FlexibleChecksumError and read errors
            raise StoreError(f"get {self.uri}{key} failed: {exc}; if this is a checksum "
                             "mismatch the object is corrupt: run `newsrake verify`") from exc
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
        try:
            for page in paginator.paginate(Bucket=self.bucket, Prefix=self.prefix + prefix):
                keys.extend(obj["Key"][len(self.prefix):] for obj in page.get("Contents", ()))
        except (ClientError, BotoCoreError) as exc:
            raise StoreError(f"list {self.uri}{prefix} failed: {exc}; check the bucket name, "
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


def _remaining_size(handle: IO[bytes]) -> int | None:
    """Bytes left to read in ``handle``, or None if it cannot seek."""
    try:
        here = handle.tell()
        end = handle.seek(0, io.SEEK_END)
        handle.seek(here)
    except (OSError, ValueError):
        return None
    return end - here


# --------------------------------------------------------------------------- helpers


def get_json(store: Store, key: str) -> tuple[Any, str]:
    """Read and parse a JSON object; return ``(value, etag)``."""
    blob = store.get(key)
    try:
        return json.loads(blob.data), blob.etag
    except ValueError as exc:
        raise StoreError(f"{key} in {store.uri} is not valid JSON ({exc}); "
                         "run `newsrake verify` and restore it from history") from exc


def dump_json(value: Any) -> bytes:
    """The canonical serialisation of stored JSON objects (sorted keys, compact, UTF-8).

    No indentation: with ``indent`` the json module falls back to its pure-Python
    encoder, which cost re-clean 5-8 ms a page; ``jq`` or ``python -m json.tool``
    pretty-print for people.
    """
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def update_json(store: Store, key: str, fn: Callable[[Any], Any], *,
                attempts: int = UPDATE_ATTEMPTS, backoff: float = 0.005,
                max_backoff: float = 0.5) -> tuple[Any | None, str | None]:
    """Read-modify-write the JSON object at ``key`` without losing a concurrent update.

    ``fn`` gets the current value (``None`` if the object is absent) and returns the new
    value, or ``None`` to leave the object as it is. The write is conditional on the
    version read (``if_match``, or ``if_none_match`` when creating); when another writer
    got there first, the object is read again and ``fn`` called again, after a jittered
    exponential backoff. ``fn`` may therefore run several times: keep it pure.

    Returns:
        ``(value, etag)`` as written, or as found when ``fn`` returned ``None``.
    Raises:
        PreconditionFailed: still losing after ``attempts`` tries.
    """
    count: Callable[[str], None] | None = getattr(store, "count", None)
    for attempt in range(attempts):
        try:
            current, etag = get_json(store, key)
        except NotFound:
            current, etag = None, None
        new = fn(current)
        if new is None:
            return current, etag
        try:
            if etag is None:
                new_etag = store.put(key, dump_json(new), content_type="application/json",
                                     if_none_match=True)
            else:
                new_etag = store.put(key, dump_json(new), content_type="application/json",
                                     if_match=etag)
        except PreconditionFailed:
            if count is not None:
                count("store/update/retries")
            delay = min(max_backoff, backoff * (2 ** min(attempt, 16)))
            time.sleep(random.uniform(0, delay))
            continue
        return new, new_etag
    raise PreconditionFailed(f"update of {key} in {store.uri} lost {attempts} races in a row: "
                             "the object is too hot; shard it or raise attempts")


def open_store(uri: str, *, endpoint_url: str | None = None) -> Store:
    """Open ``file://PATH``, a plain path, or ``s3://BUCKET/PREFIX``."""
    parsed = urlparse(uri)
    if parsed.scheme == "s3":
        if not parsed.netloc:
            raise StoreError(f"store URI {uri!r} names no bucket: use s3://BUCKET/PREFIX")
        return S3Store(parsed.netloc, parsed.path, endpoint_url=endpoint_url)
    if parsed.scheme == "file":
        return LocalStore(parsed.netloc + parsed.path if parsed.netloc else parsed.path)
    if parsed.scheme == "" or (len(parsed.scheme) == 1 and os.name == "nt"):
        return LocalStore(uri)
    raise StoreError(f"unsupported store URI {uri!r}: use file://PATH or s3://BUCKET/PREFIX")


__all__ = [
    "MULTIPART_THRESHOLD", "Blob", "InvalidKey", "LocalStore", "NotFound",
    "PreconditionFailed", "S3Store", "Store", "StoreError", "check_key", "dump_json",
    "get_json", "open_store", "update_json",
]
