"""cleaners/ stays pure: it never imports crawler, storage or network-client modules.

Network modules are allowed only when trafilatura itself brings them: importing
trafilatura loads ``trafilatura.downloads``, which imports urllib3 (and with it
socket, ssl and http.client). That is measured here, not assumed: the test
imports trafilatura alone in a fresh interpreter and allows exactly what it loads.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: Never acceptable in cleaners: the service layer, the store, the crawl stack, clients.
FORBIDDEN_ROOTS = ("crawler", "scrapy", "twisted", "boto3", "botocore", "s3transfer", "redis",
                   "scrapy_redis", "warcio", "requests", "aiohttp", "httpx", "pycurl")
#: Network-capable modules: allowed only if trafilatura alone imports them.
NETWORK_ROOTS = ("socket", "ssl", "http", "urllib3", "urllib.request")

_PROBE = """
import json, sys
{imports}
print(json.dumps(sorted(sys.modules)))
"""


def _modules_after(imports: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE.format(imports=imports)], cwd=REPO,
                         capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


def _under(modules: set[str], roots: tuple[str, ...]) -> set[str]:
    return {m for m in modules if any(m == r or m.startswith(r + ".") for r in roots)}


def test_cleaners_never_imports_crawler_store_or_clients() -> None:
    loaded = _modules_after(
        "import cleaners\n"
        "from cleaners import clean\n"
        "clean('<html><body><p>' + 'word ' * 80 + '</p></body></html>', 'https://a.example/x')")
    assert not _under(loaded, FORBIDDEN_ROOTS), sorted(_under(loaded, FORBIDDEN_ROOTS))


def test_network_modules_only_those_trafilatura_brings() -> None:
    ours = _under(_modules_after("import cleaners"), NETWORK_ROOTS)
    trafilatura_alone = _under(_modules_after("import trafilatura"), NETWORK_ROOTS)
    assert ours <= trafilatura_alone, sorted(ours - trafilatura_alone)


def test_probe_can_see_a_forbidden_import() -> None:
    # the probe itself works: importing a forbidden module is detected
    assert _under(_modules_after("import http.client"), NETWORK_ROOTS)
