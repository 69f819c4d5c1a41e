"""The local-folder backend: temp file, fsync, rename; ``flock`` stripes for conditional
writes across threads and processes.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import tempfile
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from crawler.store.base import (
    _COPY_CHUNK,
    _HIDDEN_DIR,
    Blob,
    InvalidKey,
    NotFound,
    PreconditionFailed,
    _etag,
    _open_source,
    _Stats,
    check_key,
)

#: Lock files the local backend spreads keys over; contention between unrelated keys
#: that share a stripe only serialises a rename, so 64 is plenty for one machine.
LOCK_STRIPES = 64


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
        self._lock_dir: str | None = None  # made on the first locked write

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
        if self._lock_dir is None:
            lock_dir = self.root / _HIDDEN_DIR / "locks"
            lock_dir.mkdir(parents=True, exist_ok=True)
            self._lock_dir = str(lock_dir)
        with self._thread_locks[stripe]:
            fd = os.open(f"{self._lock_dir}/{stripe:02x}.lock", os.O_RDWR | os.O_CREAT, 0o644)
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
            if if_none_match:
                # link() fails if the target exists: an atomic create-only, which needs no
                # key lock (the lock orders read-compare-replace writes and deletes; any
                # of them sees the file either absent or whole). Most writes of a crawl
                # are creates: raw fetches, new pages, new documents.
                try:
                    os.link(tmp, path)
                except FileExistsError:
                    self._stats.inc("store/put/precondition_failed")
                    raise PreconditionFailed(f"{key} already exists in {self.uri}") from None
                os.unlink(tmp)
                self._sync_dir(path)
                return
            with self._key_lock(key):
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
