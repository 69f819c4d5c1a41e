"""The built-in cleaner plugins, one object each, in their default order.

pyproject.toml declares each of them under ``[project.entry-points."newsrake.cleaners"]``
so that built-ins and third-party plugins load the same way; ``BUILTIN_PLUGINS`` is
the fallback when the package is used from a checkout without being installed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lxml.html import HtmlElement

from cleaners.plugins import dom, structure, text
from cleaners.plugins.base import CleanContext, DomCleaner, TextCleaner, TextResult


@dataclass(frozen=True, slots=True)
class DomAndTextCleaner:
    """One plugin that works at both stages: on the tree, then on the extracted text."""

    name: str
    version: str
    dom: DomCleaner
    text: TextCleaner

    def find_noise(self, tree: HtmlElement, ctx: CleanContext) -> Sequence[HtmlElement]:
        """The DOM half's elements to drop."""
        return self.dom.find_noise(tree, ctx)

    def clean_blocks(self, blocks: tuple[str, ...], ctx: CleanContext) -> TextResult:
        """The text half's answer."""
        return self.text.clean_blocks(blocks, ctx)


SITE_RULES = DomAndTextCleaner("site-rules", "1", dom.SiteDomRulesCleaner(),
                               text.SiteTextRulesCleaner())
SOCIAL_EMBEDS = DomAndTextCleaner("social-embeds", "1", dom.SocialEmbedDomCleaner(),
                                  text.SocialEmbedCleaner())
TICKER = DomAndTextCleaner("ticker", "2", dom.TickerDomCleaner(), text.TickerCleaner())
LINK_LISTS = dom.LinkListCleaner()
BOXES = structure.StructuralBoxCleaner()
TITLE_DUP = text.TitleCleaner()
RELATED = text.RelatedListCleaner()
DISCLAIMERS = text.DISCLAIMER_CLEANER
CAPTIONS = text.CAPTION_CLEANER
PROMPTS = text.PROMPT_CLEANER
AUTHOR_BOX = text.AUTHOR_BOX_CLEANER
COUNTERS = text.COUNTER_CLEANER
NAVIGATION = text.NAVIGATION_CLEANER
AD_LABELS = text.AD_LABEL_CLEANER
DATESTAMPS = text.DATESTAMP_CLEANER
FOOTER_LINES = text.FOOTER_LINE_CLEANER
URL_LINES = text.OwnUrlCleaner()
BOILERPLATE = text.BoilerplateCleaner()

#: name -> (plugin, default order). Lower runs first; site rules run before the generic
#: plugins so a site's ``keep``/``drop`` decisions are made on the untouched page.
BUILTIN_PLUGINS: dict[str, tuple[DomCleaner | TextCleaner, int]] = {
    "site-rules": (SITE_RULES, 100),
    "boilerplate": (BOILERPLATE, 150),
    "social-embeds": (SOCIAL_EMBEDS, 200),
    "ticker": (TICKER, 300),
    "link-lists": (LINK_LISTS, 400),
    "boxes": (BOXES, 450),
    "title-dup": (TITLE_DUP, 500),
    "disclaimers": (DISCLAIMERS, 700),
    "captions": (CAPTIONS, 800),
    "prompts": (PROMPTS, 900),
    "author-box": (AUTHOR_BOX, 1000),
    "counters": (COUNTERS, 1100),
    "navigation": (NAVIGATION, 1200),
    # after the line cleaners: a related heading takes the short blocks after it, so
    # disclaimers and prompts right after a heading must be gone (and credited) first
    "related": (RELATED, 1250),
    "ad-labels": (AD_LABELS, 1300),
    "datestamps": (DATESTAMPS, 1350),
    "footer-lines": (FOOTER_LINES, 1375),
    "url-lines": (URL_LINES, 1400),
}
