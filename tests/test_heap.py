"""The crawl's heap setting: glibc's mmap threshold fixed here and in the processes started."""

from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

from crawler.ingest import heap


def test_the_threshold_is_set_here_and_passed_to_child_processes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(heap.ENV, raising=False)
    pinned = heap.pin_mmap_threshold()
    if platform.system() == "Linux" and platform.libc_ver()[0] == "glibc":
        assert pinned
    child = subprocess.run([sys.executable, "-c", f"import os; print(os.environ['{heap.ENV}'])"],
                           capture_output=True, text=True, check=True)
    assert child.stdout.strip() == str(heap.MMAP_THRESHOLD)


def test_an_operators_own_setting_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(heap.ENV, "1048576")
    assert not heap.pin_mmap_threshold()
    assert os.environ[heap.ENV] == "1048576"
