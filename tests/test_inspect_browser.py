"""The ``newsrake inspect`` report opened in headless Chromium (Debian's ``chromium``).

The browser loads the report from a file with every fetch forbidden by its own CSP,
so it renders what the file holds and nothing else. ``--dump-dom`` gives the DOM the
browser built (the highlighted spans must be in it); ``--screenshot`` shows that it
renders, and is kept under build/test-artifacts/ for people to look at.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from lxml.html import fromstring

import cleaners
from crawler.commands.inspect_html import render_report
from tests.test_inspect import PAGE, URL

ARTIFACTS = Path(__file__).resolve().parents[1] / "build" / "test-artifacts"
WINDOW = (1280, 2400)
#: A blank page of that size compresses to a few KB; a rendered report is far larger.
MIN_SCREENSHOT_BYTES = 40_000


@pytest.fixture(scope="module")
def chromium() -> str:
    binary = shutil.which("chromium")
    if binary is None:
        message = ("chromium is not installed: `apt-get install chromium` (make services "
                   "does it) to run the browser tests")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " -- CI must not skip them")
        pytest.skip(message)
    return binary


def run_chromium(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # --no-sandbox: the tests run as root in a container, where the sandbox cannot start
    return subprocess.run(
        [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-extensions", f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False)


def png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_report_renders_in_chromium_with_its_highlights(chromium: str, tmp_path: Path) -> None:
    doc = cleaners.clean(PAGE.read_bytes(), URL)
    report, found = render_report(PAGE.read_bytes(), doc, source=str(PAGE))
    path = tmp_path / "report.html"
    path.write_text(report, encoding="utf-8")
    dom = run_chromium(chromium, tmp_path / "profile-dom", "--dump-dom", path.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    tree = fromstring(dom.stdout)
    shown = {}
    for el in tree.xpath("//div[@class='page']//*[contains(@class, 'nr-removed')]"):
        shown[el.get("data-plugin")] = shown.get(el.get("data-plugin"), 0) + 1
    assert shown == found.shown and len(shown) >= 4
    legend = tree.xpath("//ul[@id='legend']/li/@data-plugin")
    assert sorted(legend) == sorted(shown)
    assert tree.xpath("string(//div[@id='kept-text'])") == doc.text

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "inspect-report.png"
    shot.unlink(missing_ok=True)
    result = run_chromium(chromium, tmp_path / "profile-shot", f"--screenshot={shot}",
                          f"--window-size={WINDOW[0]},{WINDOW[1]}", "--hide-scrollbars",
                          path.as_uri())
    assert result.returncode == 0 and shot.is_file(), result.stderr[-2000:]
    data = shot.read_bytes()
    assert png_size(data) == WINDOW
    assert len(data) > MIN_SCREENSHOT_BYTES, "the screenshot looks blank"
    (ARTIFACTS / "inspect-report.html").write_text(report, encoding="utf-8")
