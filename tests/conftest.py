"""Shared fixtures: local HTTP servers for stored sites, and running the CLI as a process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from crawler.demo.server import SiteServer, serve_sites

#: moto's S3 server, redis-server, and store fixtures over both backends.
pytest_plugins = ["tests.services"]

TESTS = Path(__file__).parent
FIXTURE_SITES = TESTS / "fixtures" / "sites"
REPO = TESTS.parent


@pytest.fixture(scope="session")
def fixture_sites() -> Iterator[SiteServer]:
    """The test publishers under tests/fixtures/sites, served through one 127.0.0.1 port."""
    with serve_sites(FIXTURE_SITES) as sites:
        yield sites


def run_newsrake(*args: str, env: Mapping[str, str] | None = None, cwd: Path | None = None,
                 timeout: float = 240) -> subprocess.CompletedProcess[str]:
    """Run ``newsrake ARGS`` in a fresh process (Scrapy's reactor cannot restart in one)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True,
                          text=True, env=full_env, cwd=cwd or REPO, timeout=timeout, check=False)


def kill_after(args: list[str], count: int, held: Callable[[], int],
               env: Mapping[str, str] | None = None, timeout: float = 180) -> int:
    """Run ``newsrake ARGS`` and SIGKILL it (its whole process group: workers too) once
    ``held()`` reaches ``count``; return what ``held()`` says once it is dead. Fails if
    the command ends first or ``held()`` stalls for ``timeout`` seconds."""
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", *args], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, **(env or {})}, start_new_session=True)
    try:
        deadline = time.monotonic() + timeout
        while held() < count:
            assert proc.poll() is None, "the command ended before it could be killed"
            assert time.monotonic() < deadline, "the command made no progress"
            time.sleep(0.002)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return held()


def load_run_records(root: Path) -> list[dict[str, Any]]:
    """Every run record in a local store, oldest first."""
    return [json.loads(p.read_text()) for p in sorted((root / "runs").glob("*.json"))]


def load_docs(root: Path) -> list[dict[str, Any]]:
    """Every current document in a local store."""
    return [json.loads(p.read_text()) for p in sorted((root / "docs").rglob("*.json"))]


def load_pages(root: Path) -> list[dict[str, Any]]:
    """Every page record in a local store."""
    return [json.loads(p.read_text()) for p in sorted((root / "pages").rglob("*.json"))]
