"""The cleaner plugin contract: DOM cleaners before extraction, text cleaners after it.

A plugin has a stable ``name`` and a ``version`` (bump it whenever its output can
change, so the re-clean job can find documents an older version cleaned). It is
pure: a DOM cleaner *returns* the elements it wants dropped and never touches the
tree (the pipeline drops them, from its own working copy); a text cleaner returns
the blocks it keeps and the blocks it removed. Either way the pipeline records
what was removed in the document's provenance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from cleaners.rules import SiteRules


@dataclass(frozen=True, slots=True)
class CleanContext:
    """What a plugin may know about the page besides its tree or text."""

    url: str
    title: str | None = None
    description: str | None = None
    site_rules: SiteRules | None = None
    #: Normalised texts (``fingerprint.normalise_text``) of blocks seen on many pages of
    #: this site: navigation, footers, promos. Built by the crawler from a site's pages.
    boilerplate: frozenset[str] = field(default_factory=frozenset)
    #: The page as parsed, before any DOM cleaner ran, for text cleaners that need
    #: structure (which blocks were menu items). Read-only: never modify it.
    tree: HtmlElement | None = field(default=None, compare=False, repr=False)

    @property
    def host(self) -> str:
        """The page's host without ``www.``."""
        return urlsplit(self.url).netloc.lower().removeprefix("www.")


@dataclass(frozen=True, slots=True)
class TextResult:
    """A text cleaner's answer: the blocks kept, and the blocks (or parts) removed."""

    blocks: tuple[str, ...]
    removed: tuple[str, ...] = ()


@runtime_checkable
class DomCleaner(Protocol):
    """Finds noise in the parsed page before extraction. Must not modify ``tree``."""

    @property
    def name(self) -> str:
        """Stable plugin name, as configuration and provenance spell it."""
        ...

    @property
    def version(self) -> str:
        """Bumped whenever the plugin's output can change."""
        ...

    def find_noise(self, tree: HtmlElement, ctx: CleanContext) -> Sequence[HtmlElement]:
        """Elements of ``tree`` to drop (with their subtrees; their tails are kept)."""
        ...


@runtime_checkable
class TextCleaner(Protocol):
    """Removes noise from the extracted text, given as blocks (paragraphs, lines)."""

    @property
    def name(self) -> str:
        """Stable plugin name, as configuration and provenance spell it."""
        ...

    @property
    def version(self) -> str:
        """Bumped whenever the plugin's output can change."""
        ...

    def clean_blocks(self, blocks: tuple[str, ...], ctx: CleanContext) -> TextResult:
        """The blocks to keep and what was removed."""
        ...


#: Either kind; a plugin may be both (it then runs at both stages).
CleanerPlugin = DomCleaner | TextCleaner
