"""Cleaner configuration: which plugins run, in which order, and a fingerprint of it all.

Order is data, as in Scrapy's component settings: ``{"name": order}`` merged over the
plugins' default orders; ``None`` disables a plugin. The fingerprint covers every
enabled plugin's name, version and order plus the extractors' versions and the
extraction settings, so a stored document cleaned under another fingerprint is due
for a re-clean.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from cleaners.extract import READABILITY_VERSION, TRAFILATURA_VERSION, ExtractSettings
from cleaners.registry import Plugin, PluginError, available_plugins


@dataclass(frozen=True, slots=True)
class CleanerConfig:
    """Plugin order overrides (None disables) and extraction settings. Hashable."""

    plugins: tuple[tuple[str, int | None], ...] = ()
    extract: ExtractSettings = field(default_factory=ExtractSettings)

    @classmethod
    def from_mapping(cls, plugins: Mapping[str, int | None] | None = None,
                     extract: ExtractSettings | None = None) -> CleanerConfig:
        """A config from ``{"name": order_or_None}``, validating the values' types."""
        items = tuple(sorted((plugins or {}).items()))
        for name, order in items:
            if order is not None and (not isinstance(order, int) or isinstance(order, bool)):
                raise PluginError(f"plugin {name!r}: order must be an int or None, "
                                  f"got {order!r}")
        return cls(items, extract or ExtractSettings())

    def ordered_plugins(self, available: Mapping[str, tuple[Plugin, int]] | None = None,
                        ) -> tuple[Plugin, ...]:
        """The enabled plugins in run order (ties broken by name)."""
        available = available_plugins() if available is None else available
        orders: dict[str, int | None] = {name: order for name, (_, order) in available.items()}
        for name, order in self.plugins:
            if name not in available:
                raise PluginError(f"unknown cleaner plugin {name!r}; available: "
                                  f"{', '.join(sorted(available))}")
            orders[name] = order
        enabled = sorted((order, name) for name, order in orders.items() if order is not None)
        return tuple(available[name][0] for _, name in enabled)

    def plugin_versions(self, available: Mapping[str, tuple[Plugin, int]] | None = None,
                        ) -> dict[str, str]:
        """Enabled plugin name -> version, plus the extractors' versions."""
        versions = {p.name: p.version for p in self.ordered_plugins(available)}
        versions["extract:trafilatura"] = TRAFILATURA_VERSION
        versions["extract:readability-lxml"] = READABILITY_VERSION
        versions["extract:settings"] = self.extract.version
        return versions

    def fingerprint(self, available: Mapping[str, tuple[Plugin, int]] | None = None) -> str:
        """A stable hex digest of the plugins (order, versions) and extraction settings."""
        payload = {
            "order": [p.name for p in self.ordered_plugins(available)],
            "versions": self.plugin_versions(available),
            "extract": self.extract.to_json(),
        }
        blob = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")
        return hashlib.sha256(blob).hexdigest()[:16]
