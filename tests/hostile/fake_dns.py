"""A resolver for the hostile-input tests (``NEWSRAKE_HOST_RESOLVER``): names that a
hostile feed could use to steer the crawler into a private network, answered without any
lookup, so the guard is tested on resolved addresses and nothing is ever sent to them.

Numeric host forms (``2852039166``, ``0xa9.0xfe.0xa9.0xfe``) are read the way the
system resolver reads them (``AI_NUMERICHOST``: no lookup either).
"""

from __future__ import annotations

import socket

#: name -> the addresses it "resolves" to. Every one is private or special.
NAMES: dict[str, list[str]] = {
    "metadata.evil.test": ["169.254.169.254"],  # the cloud metadata service
    "intranet.evil.test": ["10.0.0.5"],
    "router.evil.test": ["192.168.1.1"],
    "cgnat.evil.test": ["100.64.0.1"],
    "loop6.evil.test": ["::1"],
    "ula.evil.test": ["fc00::5"],
    "mapped.evil.test": ["::ffff:169.254.169.254"],
    "nat64.evil.test": ["64:ff9b::a9fe:a9fe"],  # 169.254.169.254 behind NAT64
    "mixed.evil.test": ["93.184.216.34", "10.1.2.3"],  # one public, one private answer
    "multicast.evil.test": ["224.0.0.251"],
    # DNS rebinding: this machine's own name, which the system resolves to a loopback or
    # private address, answered here as public: only the check at connection time
    # (crawler/crawl/resolver.py) can see what it really is.
    socket.gethostname().lower(): ["93.184.216.34"],
}


def resolve(host: str) -> list[str]:
    """The addresses of ``host``; raises ``OSError`` for names it does not know."""
    if host in NAMES:
        return list(NAMES[host])
    infos = socket.getaddrinfo(host, None, flags=socket.AI_NUMERICHOST)
    return sorted({str(info[4][0]) for info in infos})
