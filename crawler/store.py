"""The store: one key/value interface over a local folder or an S3-compatible bucket.

Both backends hold the same layout (see docs/bucket-layout.md). Keys are relative,
``/``-separated, and never start with ``/`` or contain ``..``. Listings are sorted, so
shards over a listing are deterministic. Writes that two workers could race on use
conditional puts: ``if_none_match=True`` (create only) or ``if_match=ETAG`` (replace only
the version that was read); a lost race raises ``PreconditionFailed``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Protocol
from urllib.parse import urlparse

logger = logging.getLogger(__name__)


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
    parts = PurePosixPath(key).parts
    if any(p in ("..", ".", "") for p in parts) or key.endswith("/"):
        raise InvalidKey(f"invalid store key {key!r}: '.', '..' and empty segments are refused")
    return key


class Store(Protocol):
    """What every backend offers. Keys are checked with ``check_key``."""

    uri: str

    def put(self, key: str, data: bytes, *, content_type: str = "application/octet-stream",
            if_none_match: bool = False, if_match: str | None = None) -> str:
        """Write ``data`` at ``key`` and return its new etag."""
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

    def delete(self, key: str) -> None:
        """Remove ``key``; absent keys are not an error."""
        ...


def _etag(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


class LocalStore:
    """A folder on disk. Writes go to a temporary file that is renamed into place."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()
        self.uri = f"file://{self.root}"
        self._lock = threading.Lock()  # conditional writes within one process

    def _path(self, key: str) -> Path:
        path = (self.root / check_key(key)).resolve()
        if self.root not in path.parents:
            raise InvalidKey(f"store key {key!r} resolves outside {self.root}")
        return path

    def put(self, key: str, data: bytes, *, content_type: str = "application/octet-stream",
            if_none_match: bool = False, if_match: str | None = None) -> str:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            with self._lock:
                if if_none_match:
                    try:  # link() fails if the target exists: an atomic create-only
                        os.link(tmp, path)
                    except FileExistsError:
                        raise PreconditionFailed(f"{key} already exists") from None
                    os.unlink(tmp)
                else:
                    if if_match is not None:
                        try:
                            current = _etag(path.read_bytes())
                        except FileNotFoundError:
                            raise PreconditionFailed(f"{key} does not exist") from None
                        if current != if_match:
                            raise PreconditionFailed(f"{key} changed since it was read")
                    os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        return _etag(data)

    def get(self, key: str) -> Blob:
        try:
            data = self._path(key).read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise NotFound(f"no object {key!r} in {self.uri}") from None
        return Blob(data, _etag(data))

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def list(self, prefix: str = "") -> Iterator[str]:
        base = self.root
        found: list[str] = []
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames[:] = [d for d in dirnames if not d.startswith(".tmp-")]
            rel_dir = os.path.relpath(dirpath, base)
            rel_dir = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
            if prefix and not (rel_dir.startswith(prefix) or prefix.startswith(rel_dir)):
                dirnames[:] = []
                continue
            for name in filenames:
                key = rel_dir + name
                if not name.startswith(".tmp-") and key.startswith(prefix):
                    found.append(key)
        yield from sorted(found)

    def delete(self, key: str) -> None:
        try:
            self._path(key).unlink()
        except FileNotFoundError:
            pass


class S3Store:
    """An S3-compatible bucket (AWS S3, MinIO, Ceph, R2) under an optional prefix."""

    def __init__(self, bucket: str, prefix: str = "", *, endpoint_url: str | None = None,
                 client: Any = None) -> None:
        import boto3
        from botocore.config import Config

        self.bucket = bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self.uri = f"s3://{bucket}/{self.prefix}"
        self.client = client or boto3.client(
            "s3", endpoint_url=endpoint_url or os.environ.get("AWS_ENDPOINT_URL") or None,
            config=Config(retries={"mode": "standard", "max_attempts": 8},
                          request_checksum_calculation="when_supported",
                          max_pool_connections=32))

    def _key(self, key: str) -> str:
        return self.prefix + check_key(key)

    def put(self, key: str, data: bytes, *, content_type: str = "application/octet-stream",
            if_none_match: bool = False, if_match: str | None = None) -> str:
        from botocore.exceptions import ClientError

        args: dict[str, Any] = {"Bucket": self.bucket, "Key": self._key(key), "Body": data,
                                "ContentType": content_type, "ChecksumAlgorithm": "SHA256"}
        if if_none_match:
            args["IfNoneMatch"] = "*"
        if if_match is not None:
            args["IfMatch"] = f'"{if_match}"'
        try:
            response = self.client.put_object(**args)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if code in ("PreconditionFailed", "ConditionalRequestConflict", "412"):
                raise PreconditionFailed(f"{key}: {code}") from exc
            raise StoreError(f"put {self.uri}{key} failed: {exc}") from exc
        return str(response.get("ETag", "")).strip('"')

    def get(self, key: str) -> Blob:
        from botocore.exceptions import ClientError

        try:
            response = self.client.get_object(Bucket=self.bucket, Key=self._key(key))
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise NotFound(f"no object {key!r} in {self.uri}") from None
            raise StoreError(f"get {self.uri}{key} failed: {exc}") from exc
        return Blob(response["Body"].read(), str(response.get("ETag", "")).strip('"'))

    def exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(key))
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404", "NotFound"):
                return False
            raise StoreError(f"head {self.uri}{key} failed: {exc}") from exc
        return True

    def list(self, prefix: str = "") -> Iterator[str]:
        paginator = self.client.get_paginator("list_objects_v2")
        keys: list[str] = []
        for page in paginator.paginate(Bucket=self.bucket, Prefix=self.prefix + prefix):
            keys.extend(obj["Key"][len(self.prefix):] for obj in page.get("Contents", ()))
        yield from sorted(keys)

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(key))


def open_store(uri: str, *, endpoint_url: str | None = None) -> Store:
    """Open ``file://PATH``, a plain path, or ``s3://BUCKET/PREFIX``."""
    parsed = urlparse(uri)
    if parsed.scheme == "s3":
        if not parsed.netloc:
            raise StoreError(f"store URI {uri!r} names no bucket: use s3://BUCKET/PREFIX")
        return S3Store(parsed.netloc, parsed.path, endpoint_url=endpoint_url)
    if parsed.scheme == "file":
        return LocalStore(parsed.netloc + parsed.path if parsed.netloc else parsed.path)
    if parsed.scheme == "":
        return LocalStore(uri)
    raise StoreError(f"unsupported store URI {uri!r}: use file://PATH or s3://BUCKET/PREFIX")
