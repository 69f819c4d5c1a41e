"""Per-site cleaning rules: declarative, versioned, loadable from the sources file.

Schema of a publisher's rules in the sources TOML (every key optional but ``version``)::

    [[publisher]]
    name = "Harbor Wire"
    domains = ["harborwire.example", "m.harborwire.example"]   # or: domain = "..."
    [publisher.rules]
    version = "2026-11-01"            # date the rules were last checked against the site
    drop = ["div.c-x9f2 > aside", "section[data-module=promo]"]   # CSS selectors to drop
    keep = ["div.article-body blockquote"]   # never dropped by any cleaner
    drop_text = ["^Harbor Wire is hiring", "(?i)^listen to this story$"]  # block regexes

Selectors are compiled to XPath once, when the rules are built; a bad selector or
regex raises ``RuleError`` naming the site and the rule, at load time rather than
at clean time. Rules apply to a page whose host is one of ``domains`` or a
subdomain of one.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cssselect import GenericTranslator, SelectorError
from lxml.etree import XPath, XPathSyntaxError

_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_KEYS = frozenset({"version", "drop", "keep", "drop_text"})


class RuleError(ValueError):
    """Site rules that cannot be used; the message names the site and the rule."""


def _strings(site: str, key: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise RuleError(f"{site}: rules.{key} must be a list of strings, got {value!r}")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise RuleError(f"{site}: rules.{key} holds a non-string or empty item: {item!r}")
    return items


def css_to_xpath(site: str, selector: str) -> str:
    """The XPath of a CSS selector, raising ``RuleError`` for a bad one."""
    try:
        xpath = str(GenericTranslator().css_to_xpath(selector, prefix="descendant-or-self::"))
        XPath(xpath)
    except (SelectorError, XPathSyntaxError) as exc:
        raise RuleError(f"{site}: bad CSS selector {selector!r}: {exc}") from exc
    return xpath


@dataclass(frozen=True, slots=True)
class SiteRules:
    """Rules for one site: selectors to drop or keep, block patterns to drop."""

    domains: tuple[str, ...]
    version: str
    drop: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    drop_text: tuple[str, ...] = ()
    drop_xpath: tuple[str, ...] = ()
    keep_xpath: tuple[str, ...] = ()
    drop_patterns: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def from_mapping(cls, rules: Mapping[str, Any], domains: Iterable[str] | str,
                     ) -> SiteRules:
        """Build and validate the rules of the site at ``domains`` from a TOML-like mapping."""
        hosts = (domains,) if isinstance(domains, str) else tuple(domains)
        hosts = tuple(h.lower().strip().removeprefix("www.") for h in hosts if h.strip())
        site = hosts[0] if hosts else "<no domain>"
        if not hosts:
            raise RuleError("site rules need at least one domain")
        unknown = set(rules) - _KEYS
        if unknown:
            raise RuleError(f"{site}: unknown rules keys {sorted(unknown)}; "
                            f"allowed: {sorted(_KEYS)}")
        version = rules.get("version")
        if not isinstance(version, str) or not _VERSION.match(version):
            raise RuleError(f"{site}: rules.version must be a date like \"2026-11-01\", "
                            f"got {version!r}")
        drop = _strings(site, "drop", rules.get("drop"))
        keep = _strings(site, "keep", rules.get("keep"))
        drop_text = _strings(site, "drop_text", rules.get("drop_text"))
        patterns: list[re.Pattern[str]] = []
        for pattern in drop_text:
            try:
                patterns.append(re.compile(pattern))
            except re.error as exc:
                raise RuleError(f"{site}: bad drop_text regex {pattern!r}: {exc}") from exc
        return cls(hosts, version, drop, keep, drop_text,
                   tuple(css_to_xpath(site, s) for s in drop),
                   tuple(css_to_xpath(site, s) for s in keep), tuple(patterns))

    def applies_to(self, host: str) -> bool:
        """Whether these rules are for ``host`` (a listed domain or a subdomain of one)."""
        host = host.lower().removeprefix("www.")
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def to_mapping(self) -> dict[str, Any]:
        """The rules as the TOML sub-table they were read from."""
        return {"version": self.version, "drop": list(self.drop), "keep": list(self.keep),
                "drop_text": list(self.drop_text)}


def _publisher_domains(publisher: Mapping[str, Any]) -> tuple[str, ...]:
    if isinstance(publisher.get("domains"), list):
        return tuple(str(d) for d in publisher["domains"])
    if isinstance(publisher.get("domain"), str):
        return (publisher["domain"],)
    return ()


def rules_from_sources(data: Mapping[str, Any]) -> dict[str, SiteRules]:
    """Domain -> rules for every ``[[publisher]]`` with a ``[publisher.rules]`` table."""
    found: dict[str, SiteRules] = {}
    for index, publisher in enumerate(data.get("publisher") or ()):
        if not isinstance(publisher, Mapping) or "rules" not in publisher:
            continue
        domains = _publisher_domains(publisher)
        if not domains:
            raise RuleError(f"publisher #{index} ({publisher.get('name', '?')}) has rules "
                            "but no domain/domains key")
        rules = SiteRules.from_mapping(publisher["rules"], domains)
        for domain in rules.domains:
            if domain in found:
                raise RuleError(f"{domain}: rules defined by two publishers")
            found[domain] = rules
    return found


def load_sources_rules(toml_text: str) -> dict[str, SiteRules]:
    """Domain -> rules from the text of a sources TOML file."""
    return rules_from_sources(tomllib.loads(toml_text))


def rules_for(url_host: str, rules: Mapping[str, SiteRules]) -> SiteRules | None:
    """The rules that apply to ``url_host`` (exact domain first, then parent domains)."""
    host = url_host.lower().removeprefix("www.")
    parts = host.split(".")
    for i in range(len(parts) - 1):
        candidate = rules.get(".".join(parts[i:]))
        if candidate is not None:
            return candidate
    return None
