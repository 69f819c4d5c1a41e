"""Shared fixtures: local HTTP servers for stored sites, and running the CLI as a process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
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


def load_run_records(root: Path) -> list[dict[str, Any]]:
    """Every run record in a local store, oldest first."""
    return [json.loads(p.read_text()) for p in sorted((root / "runs").glob("*.json"))]


def load_docs(root: Path) -> list[dict[str, Any]]:
    """Every current document in a local store."""
    return [json.loads(p.read_text()) for p in sorted((root / "docs").rglob("*.json"))]


def load_pages(root: Path) -> list[dict[str, Any]]:
    """Every page record in a local store."""
    return [json.loads(p.read_text()) for p in sorted((root / "pages").rglob("*.json"))]
