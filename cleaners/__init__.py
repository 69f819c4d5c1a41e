"""newsrake cleaners: pure functions from an HTML page and its URL to a cleaned document.

Nothing here touches the network, the store or the clock, and nothing imports
``crawler``. ``clean(html, url)`` is the entry point; ``explain(doc)`` shows what
each cleaner plugin removed.
"""

from __future__ import annotations

from cleaners.config import CleanerConfig
from cleaners.explain import explain
from cleaners.pipeline import Cleaner, CleanError, boilerplate_set, clean
from cleaners.records import Document, ProvenanceStep
from cleaners.rules import RuleError, SiteRules, load_sources_rules
from cleaners.version import __version__

__all__ = ["CleanError", "Cleaner", "CleanerConfig", "Document", "ProvenanceStep",
           "RuleError", "SiteRules", "__version__", "boilerplate_set", "clean", "explain",
           "load_sources_rules"]
