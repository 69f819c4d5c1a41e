"""newsrake cleaners: pure functions from an HTML page and its URL to a cleaned document.

Nothing here touches the network, the store or the clock, and nothing imports
``crawler``. ``clean(html, url)`` is the entry point.
"""

from __future__ import annotations

__version__ = "0.1.0"

from cleaners.pipeline import CleanError, clean  # noqa: E402
from cleaners.records import Document, ProvenanceStep  # noqa: E402

__all__ = ["CleanError", "Document", "ProvenanceStep", "__version__", "clean"]
