"""Opening a store from a URI: ``file://PATH``, a plain path, or ``s3://BUCKET/PREFIX``.

The one place that knows every backend; a new store backend is added here.
"""

from __future__ import annotations

import os
from urllib.parse import urlparse

from crawler.store.base import Store, StoreError
from crawler.store.local import LocalStore
from crawler.store.s3 import S3Store


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
