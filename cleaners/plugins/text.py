"""Built-in text cleaners: they see the extracted text as blocks and drop the noisy ones.

Every rule below is data: a module-level tuple of patterns compiled once, with a
comment naming the kind of page that taught it. No rule is keyed on a site, a
class name or a URL: sites obfuscate class names and reuse the paragraphs' own
classes for promos, so these rules read only the text's shape and wording.
Patterns are anchored to the whole block, or to its start, and block length is
bounded, so a paragraph that merely *mentions* a phrase ("readers could subscribe
to the bond issue") is never dropped.

Over 500 lines because the patterns (data, about 200 lines) sit beside the cleaners that
read them, so a rule and the code that applies it are read together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from cleaners.fingerprint import normalise_text
from cleaners.plugins.base import CleanContext, TextResult
from cleaners.plugins.phrases import patterns

_I = re.IGNORECASE


def _compile(patterns: Iterable[str], flags: int = _I) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in patterns)


# --- rules -----------------------------------------------------------------------------

#: Inline "read more" links between paragraphs: tabloid and wire-rewrite pages
#: ("READ MORE: …", "SEE MORE: …"), Indian portals ("ALSO READ | …"), science sites
#: ("Related: …"), Italian blogs ("(Leggi anche su: …)"), business dailies ("Read more: …").
RELATED_INLINE = _compile((
    r"^\(?\s*(?:read more|also read|see more|more on this|more from|related|related story|"
    r"related article|related coverage|recommended|must read|don'?t miss|watch|"
    r"also see|also on [\w.]+|leggi anche(?: su)?|lesen sie auch|lire aussi|leia também|"
    r"veja também|read also|read next|next up|trending)\s*[:|»>–—-]",
    # French papers' own wording: "À lire aussi : …", "LIRE AUSSI. …" (eval/fresh2)
    r"^(?:à |a )?lire (?:aussi|également)\s*[.:|»>–—-]",
    # "Also on example.com <headline>": news sites promoting their own stories inline
    r"^also on [\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b",
))
#: Headings of related/recommended/latest/popular lists; the short items after them go
#: too. Portals print several in a row ("Latest Stories", "You May Also Like",
#: "Popular Now", "Must-Reads"), aggregators end with "Related Articles".
RELATED_HEADINGS = _compile((
    r"^(?:\[[\w ]+\]\s*)?(?:related|latest|top|more|recent|popular|trending|recommended)"
    r"(?: now)?(?: (?:articles?|stories|posts|news|reads|videos|coverage|content|links|"
    r"headlines|from [\w .'-]+|on [\w .'-]+))?$",
    r"^you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\.*$",
    r"^(?:must[- ]reads?|don'?t miss|editor'?s picks?|most (?:read|viewed|popular|shared)|"
    r"read (?:more|next)|what to read next|in other news|around the web|"
    r"more (?:from|in|on) [\w .'-]{1,40}|see also|further reading)$",
    # tag and category lists under the story on blogs and sports sites
    r"^(?:tags?|tagged(?: with)?|topics?|categories|filed under|keywords)$",
    r"^most read(?: in [\w ]{1,30})?$",
    *patterns("related-heading"),
))
#: Summary boxes' headings ("Major Points" on a blog rewrite): their items are not links.
SUMMARY_HEADINGS = _compile((
    r"^(?:major|key) (?:points|takeaways|facts)$|^(?:highlights|in brief|at a glance)$",
))
#: Syndication and reprint notes: Indian portals republishing wire copy, blog rewrites
#: ("Reprinted with permission of …"), aggregators' "Source link", business papers'
#: reprint boxes ("This copy is for your personal, non-commercial use only …").
DISCLAIMERS = _compile((
    r"^\(?(?:except for the headline, )?this story has not been edited by .{1,60}"
    r"(?:syndicated feed|wire)[.)]*\)?$",
    r"\bpublished from an? (?:syndicated|auto-generated|agency) feed\b",
    r"^(?:.{0,60}[–—-] )?reprinted with permission (?:of|from) .{1,80}$",
    r"^(?:source link|source|original article|view original|read the original(?: article)?)"
    r"\.?$",
    r"^(?:this (?:article|story) (?:was )?(?:originally|first) (?:appeared|published) (?:on|in|at)"
    r"|originally published (?:on|at|in)|first published (?:on|at|in)) .{1,120}$",
    r"^this copy is for your personal,? non-commercial use only\b",
    r"^-?\s*(?:order reprints|print article|reprints?|republish this (?:article|story))$",
    r"^(?:copyright|©|\(c\))\s*(?:\d{4}\s*)?[\w .,&'-]{1,60}(?:all rights reserved\.?)?$",
    r"^.{0,200}\bcontributed (?:to )?this report\.?$",
    # affiliate disclosures on deals posts
    r"^if you (?:buy|purchase) (?:something|anything|a product) (?:through|via|from) "
    r"(?:this|our|these|links)\b.{0,200}$",
    r"^(?:copyright|©|ⓒ|\(c\))\s*(?:ⓒ\s*)?(?:\d{4}\s*)?[\w .,&'-]{1,60}[.]?\s*"
    r"(?:all rights reserved\.?|무단전재 및 재배포 금지|todos os direitos reservados\.?)$",
    r"^(?:distributed|provided) by .{1,60}$",
))
#: Photo captions and credits the extractor keeps: wire scrapes ("© Reuters. FILE PHOTO:
#: …"), portals ("… / Zelenskyy's Telegram channel" under a photo), galleries
#: ("photos © …", "(Photo by … / Getty Images)").
CAPTIONS = _compile((
    r"^(?:©|\(c\))\s*[\w .&'-]{1,40}\.\s*(?:file )?photo\b",
    r"^(?:file )?(?:photo|image|picture|video|graphic)(?: credit)?s?\s*[:|]",
    r"^\(?(?:photo|image|picture)s? (?:by|courtesy of|via|credit:?)\s.{1,100}$",
    r"\b(?:getty images|afp via getty|ap photo|reuters/[\w .]+|shutterstock|istock|alamy)\)?\.?$",
    r"\bphotos? ©\s*[\w .&'-]{1,40},?\s*\d{0,4}$",
))
#: Newsletter, app, cookie-consent and paywall prompts: sports and general news sites
#: ("Thanks for signing up!"), tabloids ("CLICK HERE TO GET THE … APP"), magazines
#: ("Get … delivered through your letterbox"), metros ("Subscribe to … newsletters").
PROMPTS = _compile((
    r"^(?:sign up|subscribe|register|join|get (?:the|our) (?:free )?\w+ newsletter)\b.{0,160}$",
    r"^(?:get|download) (?:the|our) .{1,40}\bapp\b.{0,60}$",
    r"^click here (?:to|for) .{1,80}$",
    r"^get .{1,60} (?:on the go|delivered (?:to|through) your (?:inbox|letterbox|door)).{0,120}$",
    r"^(?:get|receive) the (?:latest|day'?s) .{1,80} (?:in|to) your inbox\b.{0,80}$",
    r"^thanks? (?:you )?for (?:signing up|subscribing|reading)!?.{0,80}$",
    r"^keep an eye on your inbox\b.{0,80}$",
    r"^(?:we|this (?:site|website)) uses? cookies\b.{0,240}$",
    # the IAB consent framework's wording, and the notice in other languages
    r"^we and our (?:\d+ )?(?:partners|vendors) (?:store|use|process|access)\b.{0,240}$",
    r"^(?:wij gebruiken|wir verwenden|nous utilisons des|utilizamos|utilizziamo i?) "
    r"cookies?\b.{0,240}$",
    r"^(?:i agree|i accept|akkoord|ich stimme zu|j'accepte|acepto|accetto|aceito)$",
    r"^(?:accept(?: all)?(?: cookies)?|manage (?:cookie )?preferences|cookie settings)$",
    r"^(?:already a subscriber|subscribe (?:now|today)|log ?in to (?:continue|read)|"
    r"create a free account|this (?:article|content) is (?:for|reserved for) subscribers)"
    r"\b.{0,120}$",
    r"^(?:follow|like) (?:us|[\w .'-]{1,40}) on (?:twitter|facebook|instagram|x|youtube)"
    r"\b.{0,160}$",
    r"^(?:listen|watch) (?:to [\w .'-]{1,40} )?(?:live|now|here)\b.{0,120}$",
    r"^an error has occurred,? please try again(?: later)?\.?$",
    r"^(?:sorry!?|oops!?)$",
    r"^if you (?:enjoyed|liked|value) (?:this|our) (?:article|story|post|journalism)\b.{0,300}$",
    # wire stories' closing pointers: "Follow AP's full coverage of … at https://…"
    r"^follow [\w'’ .-]{1,60} (?:full )?coverage of\b.{0,160}$",
    r"^(?:tell us what you think|have your say|join the (?:conversation|discussion))\b.{0,40}$",
))
#: Metered-paywall counters printed over the story's end: business and markets sites
#: ("You have 2 free articles left this month.", "This is your last free article.",
#: "You've read 3 of 5 free articles").
PAYWALL = _compile((
    r"^you(?: have|'ve| have)? (?:\d+|one|two|three|four|five|no) (?:more )?free "
    r"(?:articles?|stories|reads?|pages?)(?: left| remaining)?\b.{0,60}$",
    r"^you(?:'ve| have) (?:read|used|reached) (?:\d+ of (?:your )?\d+|all (?:of )?your|your)"
    r" (?:free|monthly) (?:articles?|stories|limit)\b.{0,80}$",
    r"^this is your (?:last|final) free (?:article|story)\b.{0,80}$",
    r"^(?:\d+|one|two|three) free (?:articles?|stories) (?:left|remaining)\b.{0,60}$",
))
#: E-mail sign-up boxes, told by their wording whatever class they carry (a blog's box
#: reuses the article paragraphs' class): "Get Tidewater Notes by email", "One post a week
#: … No spam, unsubscribe any time.", "Enter your email address", "Delivered to your inbox".
NEWSLETTER = _compile((
    r"^(?:get|receive|have) .{1,60} (?:by|via|in your) e-?mail(?: inbox)?\b.{0,40}$",
    r"^.{0,160}\bno spam\b.{0,40}\bunsubscribe\b.{0,60}$",
    r"^.{0,160}\b(?:you can )?unsubscribe (?:at )?any ?time\.?$",
    r"^(?:enter|your) e-?mail(?: address)?(?: here| below)?[.:]?$",
    r"^.{0,120}\b(?:straight|delivered|direct(?:ly)?) (?:to|into) your inbox\b.{0,80}$",
))
#: Comment-section prompts and notices: local papers' "Have your say" boxes ("You must
#: be logged in to post a comment."), blogs ("Comments are closed on this post."), a
#: space-policy magazine ("Note: we are temporarily moderating all comments …").
COMMENT_PROMPTS = _compile((
    r"^you must be (?:logged|signed) in to (?:post a |leave a |add a )?comments?\b.{0,40}$",
    r"^(?:log|sign) ?in (?:or (?:register|sign up) )?to (?:post a |leave a |add a )?"
    r"(?:comments?|reply|join the (?:conversation|discussion))\b.{0,40}$",
    r"^comments (?:are|have been) (?:closed|disabled|turned off)\b.{0,60}$",
    r"^(?:note: )?(?:we are|we're) (?:temporarily )?(?:pre-)?moderating (?:all )?(?:new )?"
    r"(?:comments|replies)\b.{0,160}$",
    r"^(?:note: )?(?:all )?comments (?:are|will be) (?:temporarily )?(?:pre-)?moderated\b.{0,160}$",
    r"^(?:leave a (?:comment|reply)|post a comment|add a comment|be the first to comment)"
    r"\.?$",
))
#: Author boxes and contact lines: business papers ("Write to … at …@…"), space and
#: science sites ("Email … at …"), metros ("Have a tip? … may be reached at …").
#: After a tip line's question: the way to send it ("Email us at …", "WhatsApp us on …").
_TIP_CHANNEL = (r"(?:e-?mail|contact|call|text|message|whatsapp|write to|send|tell us|get "
                r"in touch|reach)\b.{0,140}$")
AUTHOR_BOX = _compile((
    r"^(?:write to|email|e-mail|contact|reach) .{1,60} at \S+@\S+.{0,160}$",
    r"^have a (?:news )?tip\?.{0,200}$",
    # wire credit lines: "(Reporting by …; Editing by …)", "Reach the reporters on Twitter"
    # in parentheses, or a list of roles: a sentence about "reporting by the paper" stays
    r"^\((?:additional )?(?:reporting|writing|research) by [^()]{1,300}\)\.?$",
    r"^(?:additional )?(?:reporting|writing) by [^;]{1,200};\s*(?:additional reporting|"
    r"editing|writing|research) by .{1,300}$",
    r"^(?:reach|contact|follow) (?:the )?(?:reporter|writer|author)s? (?:on|at|via)\b.{0,200}$",
    r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$",
    r"^(?:about the author|more (?:articles|stories) by)\b.{0,80}$",
    # a bio closing in the way to reach its writer: "… covers courts for the Ledger.
    # Reach them at a@b.example" / "Follow her on X at @handle" (eval/fresh4's bio boxes)
    r"^.{2,240}[.!]\s+(?:reach|contact|email|e-mail|follow|write to) (?:him|her|them|me)\b"
    r"[^.]{0,20}\b(?:at \S+@\S+|at @\w+|on (?:x|twitter|bluesky|threads|mastodon|"
    r"linkedin|instagram)\b).{0,60}$",
    # tip lines: a question asking for a story, then the channel ("Have a story? Email
    # news@…", "Do you have a story for the news desk? …", "Know something we don't?")
    r"^(?:do you have|have you got|got|have) an? (?:story|tip|news tip|story idea)\b"
    r"[^?]{0,80}\?\s*" + _TIP_CHANNEL,
    r"^know something (?:we don'?t|others should)\b[^?]{0,40}\?\s*" + _TIP_CHANNEL,
))
#: Share, comment and view counters and share bars: portals ("Comments0", "Views",
#: "Share it on..."), wire rewrites ("Like this story? Share it with a friend!").
COUNTERS = _compile((
    r"^(?:\d[\d,.]*\s*)?(?:comments?|views?|shares?|likes?|reactions?)\s*\d[\d,.]*[km]?$",
    r"^\d[\d,.]*[km]?\s*(?:comments?|views?|shares?|likes?)$",
    r"^(?:comments?|views?|shares?)$",
    r"^(?:share|tweet|email|print|pin|whatsapp|linkedin|reddit)(?: (?:this|it)(?: (?:on|article|"
    r"story))?)?(?:\.\.\.|…)?$",
    r"^like this story\?.{0,60}$",
    r"^\d[\d,.]*$",
))
#: Date and time stamps printed as their own block: blogs ("segunda-feira, 22 de
#: janeiro de 2018 às 0:13"), Korean portals ("기사입력 :[ 2018-09-28 17:32 ]"), fact-check
#: and news sites ("- Published 18 November 2019", "Updated at 1:23 p.m.").
DATESTAMPS = _compile((
    # a year and a clock time in at most nine words, no sentence end: a stamp, not prose
    # ("The meeting ran from 9:30 until noon on March 3, 2021." stays)
    r"^(?=.{0,70}$)(?=(?:\S+\s+){0,8}\S+$)(?!.*[.!?]$)(?=.*\b(?:19|20)\d\d\b)"
    r"(?=.*\b\d{1,2}[:h]\d\d\b).*$",  # "14h12": French and Portuguese clocks
    r"^(?:(?:first )?published|updated|posted|last (?:updated|modified))(?: on| at)?:?\s"
    r".{0,40}(?:\d{4}|\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)\.?$",
))
#: Skip links and navigation remnants: Korean portals ("Quick access to main page
#: (top) …"), aggregators ("Back to top button"), menus ("MENU", "Skip to content").
NAVIGATION = _compile((
    r"^(?:quick|direct) access to (?:main|the) .{1,120}$",
    r"^skip to (?:main )?(?:content|navigation|article|footer)\b.{0,40}$",
    r"^skip (?:navigation|links?)$",
    r"^(?:today'?s paper|e-?edition|e-?paper)$",
    r"^back to top(?: button)?$",
    r"^(?:menu|search|home|close|open menu|toggle navigation|log ?in|sign in)$",
))
#: Ad labels left between paragraphs by news and magazine templates.
AD_LABELS = _compile((
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|ads|promoted|"
    r"story continues below(?: this)? advertisement|continue reading below)$",
))

#: Price-ticker lines: crypto widgets on aggregator pages ("Bitcoin (BTC) $ 63,768.09
#: 1.02%", each preceded by its slug "bitcoin"), stock and currency strips
#: ("AAPL 189.20 +1.3%", "EUR/USD 1.0842 -0.12%").
PRICE_LINE = re.compile(
    r"^(?:[\w .()'/-]{1,60}?\s)?(?:\(?[A-Z][A-Z0-9.]{1,9}\)?|[A-Z]{3}/[A-Z]{3})\s*"
    r"(?:[$€£¥₹]\s?)?[-+]?\d[\d,]*(?:\.\d+)?\s*(?:[$€£¥₹])?\s*"
    r"(?:[-+▲▼]?\s?\d+(?:\.\d+)?\s?%|[-+]\d[\d,]*(?:\.\d+)?)"
    r"(?:\s*\(?[-+▲▼]?\s?\d+(?:\.\d+)?\s?%\)?)?$")
#: A ticker slug on its own line, as the crypto widget prints it ("usd-coin").
TICKER_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+){0,4}$")
#: This many price lines in a row make a ticker; tuned on the crypto strip of an
#: aggregator page (50 lines) against finance stories that quote two or three prices.
MIN_TICKER_LINES = 3
#: One quote inside a line: a name of at most four words, a level and its change
#: ("Nikkei 225 38,227.45 +1.82%", "EUR/USD 1.0842 ▼ 0.2%"), or a currency pair and its
#: rate. A ticker bar the extractor joins into one line is a row of these and little
#: else; a story reports a level after a verb ("rose 0.4% to 38,120.51"), not so.
_INLINE_QUOTE = re.compile(
    r"(?:[A-Z][\w&.'/-]*(?:\s+[\w&.'/-]+){0,3}):?\s+[$€£¥₹]?\d[\d,]*(?:\.\d+)?\s*"
    r"(?:[-+▲▼]\s?\d[\d,]*(?:\.\d+)?\s?%?|\(?[-+]?\d+(?:\.\d+)?\s?%\)?)"
    r"|\b[A-Z]{3}/[A-Z]{3}:?\s+\d+\.\d{2,5}\b")
#: A line is a ticker bar with at least this many quotes making up this share of its
#: letters and digits (separators, a "Markets:" label and arrows are the rest).
INLINE_QUOTES_MIN = 3
INLINE_QUOTES_SHARE = 0.8
_ALNUM = re.compile(r"\w")


def is_ticker_bar(text: str) -> bool:
    """A line that is a row of quotes (``_INLINE_QUOTE``) and little else."""
    if len(text) > 600 or text.endswith((".", "?", "!")):
        return False
    quotes = _INLINE_QUOTE.findall(text)
    if len(quotes) < INLINE_QUOTES_MIN:
        return False
    covered = sum(len(_ALNUM.findall(q)) for q in quotes)
    return covered >= INLINE_QUOTES_SHARE * len(_ALNUM.findall(text))

#: Tweet attribution lines: "— Name (@handle) July 13, 2024" as blogs embed tweets.
TWEET_SIGNATURE = re.compile(
    r"^[—–-]\s*.{1,80}\(@\w{1,30}\)\s+(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})$")
#: The line a tweet's text ends with in its embed: "… pic.twitter.com/8qapaUKTGE".
TWEET_TAIL = re.compile(r"(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)\s*$")

#: A list item after a related-list heading: short, no sentence end except "?"/"!".
RELATED_ITEM_MAX_CHARS = 160
#: Blocks longer than this are prose, never dropped by a line pattern (the longest
#: noise line seen, a reprint notice, is ~240 characters).
MAX_NOISE_CHARS = 320


# --- cleaners --------------------------------------------------------------------------

def _removal(blocks: Sequence[str], drop: set[int]) -> TextResult:
    return TextResult(tuple(b for i, b in enumerate(blocks) if i not in drop),
                      tuple(blocks[i] for i in sorted(drop)))


_BULLET = re.compile(r"^(?:[-–—•*·]|\d{1,2}[.)]?)\s+")


#: A table row of one cell as the extractor prints it: legacy templates lay their notes
#: out in one-cell tables (eval/fresh4's "syndicationbox" table around a rights line).
_ONE_CELL = re.compile(r"^\|\s*([^|]+?)\s*\|$")


def _strip_bullet(block: str) -> str:
    return _BULLET.sub("", block, count=1).strip()


@dataclass(frozen=True, slots=True)
class LinePatternCleaner:
    """Drops a block that one of ``patterns`` matches and is at most ``max_chars`` long."""

    name: str
    version: str
    patterns: tuple[re.Pattern[str], ...]
    max_chars: int = MAX_NOISE_CHARS
    #: The patterns as one alternation, compiled once: one scan a block, not one a pattern.
    combined: re.Pattern[str] = field(init=False, repr=False, compare=False)
    #: ``combined`` split: the patterns anchored at the start, tried at the start only
    #: (``match``), and the others, searched for. Same answers: a search for an
    #: alternation tries every branch at every position, anchored ones included.
    anchored: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    floating: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "combined", _alternation(self.patterns))
        object.__setattr__(self, "anchored", _alternation(
            p for p in self.patterns if _anchored(p.pattern)) or None)
        object.__setattr__(self, "floating", _alternation(
            p for p in self.patterns if not _anchored(p.pattern)) or None)

    def _matches_cell(self, block: str) -> bool:
        cell = _ONE_CELL.match(block)
        return cell is not None and self.matches(cell.group(1))

    def matches(self, text: str) -> bool:
        """Whether a pattern matches ``text`` (as ``combined.search`` would say)."""
        return bool((self.anchored is not None and self.anchored.match(text))
                    or (self.floating is not None and self.floating.search(text)))

    def clean_blocks(self, blocks: tuple[str, ...], ctx: CleanContext) -> TextResult:
        """Drop the matching short blocks."""
        # the block as it is and without a leading bullet: "70 comments · 210 shares"
        # starts with a number that the bullet pattern takes for a list number; a
        # one-cell table row ("| © 2026 … redistributed. |") by its cell's text
        drop = {i for i, block in enumerate(blocks)
                if len(block) <= self.max_chars
                and (self.matches(block) or self.matches(_strip_bullet(block))
                     or self._matches_cell(block))
                and not reported_speech(block)}
        return _removal(blocks, drop)


#: A quotation and who said it: a story reporting what someone said about a newsletter, a
#: sign-up or a channel ("“I read about it in the council's own newsletter, and by then
#: it was almost too late to sign up to speak,” Hughes said."), which no noise line is.
#: The speech verbs by language; the quote marks of each.
_QUOTED = re.compile(r"[\"“”„«»‘’‚‹›]\s*[^\"“”„«»]{12,}[\"“”„«»‘’]")
_SPEECH = re.compile(
    r"\b(?:said|says|told|added|according to|asked|wrote|sagte|sagt|so|erklärte|betonte|"
    r"a déclaré|dit|a dit|a affirmé|selon|dijo|afirmó|explicó|según|ha detto|ha dichiarato|"
    r"secondo|disse|afirmou|segundo|zei|zegt|volgens|powiedział|sade|säger)\b",
    re.IGNORECASE)


def reported_speech(block: str) -> bool:
    """Whether ``block`` quotes someone and says who: the story's, whatever it mentions."""
    return bool(_QUOTED.search(block)) and bool(_SPEECH.search(block))


def _alternation(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern matching where any of ``patterns`` does (empty: matches nothing)."""
    joined = "|".join(f"(?:{p.pattern})" for p in patterns)
    return re.compile(joined or r"(?!)", _I)


def _anchored(pattern: str) -> bool:
    """Whether every match of ``pattern`` starts at the start of the text.

    True when it opens with ``^`` and has no ``|`` outside groups and classes (which
    would start an unanchored branch). Conservative: "not anchored" only costs time.
    """
    if not pattern.startswith("^"):
        return False
    depth, i, in_class = 0, 1, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":  # "[]...]": a literal ] first in a class
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
        i += 1
    return True


@dataclass(frozen=True, slots=True)
class RelatedListCleaner:
    """Inline "READ MORE:" links, and related/latest/popular headings with their items."""

    name: str = "related"
    #: v2: with the page's tree at hand, an item after a heading must be a link's text
    #: (a heading's list is links); a story's own list after a stray heading stays.
    #: v3: French "À lire aussi :" / "LIRE AUSSI." lines, "More for You" headings.
    #: v4: related headings in six more languages.
    version: str = "4"

    def clean_blocks(self, blocks: tuple[str, ...], ctx: CleanContext) -> TextResult:
        """Drop inline related links, and each related heading with the short items after it."""
        drop: set[int] = set()
        links: frozenset[str] | None = None  # the page's link texts, keyed when first needed
        i = 0
        while i < len(blocks):
            text = _strip_bullet(blocks[i])
            if len(text) <= MAX_NOISE_CHARS and any(p.search(text) for p in RELATED_INLINE):
                drop.add(i)
            elif len(text) <= 60 and any(p.match(text.rstrip(":").strip())
                                         for p in RELATED_HEADINGS + SUMMARY_HEADINGS):
                drop.add(i)
                summary = any(p.match(text.rstrip(":").strip()) for p in SUMMARY_HEADINGS)
                if links is None and ctx.tree is not None and not summary:
                    links = _link_texts(ctx.tree)
                j = i + 1
                while j < len(blocks) and _is_list_item(blocks[j]) and (
                        summary or links is None or _is_link_text(blocks[j], links)):
                    drop.add(j)
                    j += 1
                i = j
                continue
            i += 1
        return _removal(blocks, drop)


_WORD = re.compile(r"\w+")


def _link_key(text: str) -> str:
    return " ".join(_WORD.findall(_strip_bullet(text).lower()))


def _link_texts(tree: HtmlElement) -> frozenset[str]:
    """Keys of the texts of every link on the page."""
    return frozenset(_link_key(a.text_content()) for a in tree.iter("a"))


#: An item is a link's text when a link's text makes up this share of it: portals add
#: a section label after the link ("… jibe [INSIGHT]", express.co.uk on the benchmark).
LINK_ITEM_SHARE = 0.6


def _is_link_text(block: str, links: frozenset[str]) -> bool:
    key = _link_key(block)
    if key in links:
        return True
    return any(len(link) >= LINK_ITEM_SHARE * len(key) and link in key
               for link in links if link)


def _is_list_item(block: str) -> bool:
    text = block.strip()
    if len(text) > RELATED_ITEM_MAX_CHARS:
        return False
    # extractors print list items with a bullet ("- ") or as bare headlines (no closing
    # period); portals follow each headline with its section label ("WORLD") or a rank
    return text != _strip_bullet(text) or not text.endswith(".") or text.isupper()


@dataclass(frozen=True, slots=True)
class TickerCleaner:
    """Runs of price lines (and the slug lines between them): crypto, stock, FX tickers;
    and ticker bars joined into one line (``is_ticker_bar``)."""

    name: str = "ticker"
    #: v2: ticker bars joined into one line.
    version: str = "2"

    def clean_blocks(self, blocks: tuple[str, ...], ctx: CleanContext) -> TextResult:
        """Drop runs of at least ``MIN_TICKER_LINES`` price lines; lone prices stay."""
        drop: set[int] = set()
        run: list[int] = []
        prices = 0

        def flush() -> None:
            nonlocal prices
            if prices >= MIN_TICKER_LINES:
                drop.update(run)
            run.clear()
            prices = 0

        for i, block in enumerate(blocks):
            text = block.strip()
            if PRICE_LINE.match(text):
                run.append(i)
                prices += 1
            elif is_ticker_bar(text):
                drop.add(i)
                flush()
            elif TICKER_SLUG.match(text) and len(text) <= 40:
                run.append(i)
            else:
                flush()
        flush()
        return _removal(blocks, drop)


@dataclass(frozen=True, slots=True)
class SocialEmbedCleaner:
    """Embedded tweets: the attribution line, and the tweet text ending in a pic/t.co link."""

    name: str = "social-embeds"
    version: str = "1"
    #: How many blocks above the attribution line a tweet's text may span.
    max_tweet_blocks: int = 4

    def clean_blocks(self, blocks: tuple[str, ...], ctx: CleanContext) -> TextResult:
        """Drop each tweet: its signature line and the blocks back to its first line."""
        drop: set[int] = set()
        for i, block in enumerate(blocks):
            if TWEET_TAIL.search(block) and len(block) <= 400:
                drop.add(i)
            if not TWEET_SIGNATURE.match(block.strip()):
                continue
            drop.add(i)
            # A tweet's text runs up to the signature; its first block is the one after
            # the previous prose paragraph. Take blocks while they are tweet-sized and
            # reach a tail line; stop at the first that is too long to be a tweet.
            start = i
            for j in range(i - 1, max(-1, i - 1 - self.max_tweet_blocks), -1):
                if j in drop or len(blocks[j]) > 300:
                    break
                start = j
            tail = any(TWEET_TAIL.search(blocks[k]) for k in range(start, i))
            if tail:
                last_tail = max(k for k in range(start, i) if TWEET_TAIL.search(blocks[k]))
                first = start
                # keep prose that happens to be short: only blocks up to a tail line that
                # look like tweet text (capitals, hashtags, or the tail itself) go.
                for k in range(start, last_tail + 1):
                    if _tweety(blocks[k]) or k == last_tail:
                        first = min(first, k)
                        drop.add(k)
        return _removal(blocks, drop)


def _tweety(block: str) -> bool:
    letters = [c for c in block if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    return upper > 0.6 or "#" in block or "@" in block or bool(TWEET_TAIL.search(block))


def _is_headline(block: str, title: str) -> bool:
    """``block`` is the title, or the title without the " | Site" suffix pages add."""
    nb, nt = normalise_text(block), normalise_text(title)
    return bool(nb) and (nb == nt or (len(nb) >= 20 and nt.startswith(nb)))


@dataclass(frozen=True, slots=True)
class TitleCleaner:
    """The headline repeated at the start of the text, and a block printed twice in a row.

    Only the title counts: a page's description is usually its lede, which is article
    text (on the extraction benchmark, dropping description matches cost recall on 40
    pages). A block equal to the one before it is a caption or pull quote printed
    twice (portals print a caption once escaped, once not); repeats further apart can be
    legitimate (recipes, table headers, product lists) and stay.
    """

    name: str = "title-dup"
    version: str = "1"
    #: Only the first blocks can be a repeated headline (section label, date, headline).
    head_blocks: int = 3

    def clean_blocks(self, blocks: tuple[str, ...], ctx: CleanContext) -> TextResult:
        """Drop a leading block equal to the title, and immediate repeats."""
        drop: set[int] = set()
        if ctx.title:
            for i, block in enumerate(blocks[: self.head_blocks]):
                if _is_headline(block, ctx.title):
                    drop.add(i)
                    break
        previous = ""
        for i, block in enumerate(blocks):
            key = normalise_text(block)
            if key == previous and len(key) >= 20:
                drop.add(i)
            previous = key
        return _removal(blocks, drop)


@dataclass(frozen=True, slots=True)
class BoilerplateCleaner:
    """Blocks in the site's boilerplate set (text repeated across the site's pages)."""

    name: str = "boilerplate"
    version: str = "1"

    def clean_blocks(self, blocks: tuple[str, ...], ctx: CleanContext) -> TextResult:
        """Drop blocks whose normalised text is in ``ctx.boilerplate``."""
        if not ctx.boilerplate:
            return TextResult(blocks)
        drop = {i for i, b in enumerate(blocks) if normalise_text(b) in ctx.boilerplate}
        return _removal(blocks, drop)


@dataclass(frozen=True, slots=True)
class SiteTextRulesCleaner:
    """The site's own ``drop_text`` patterns."""

    name: str = "site-text-rules"
    version: str = "1"

    def clean_blocks(self, blocks: tuple[str, ...], ctx: CleanContext) -> TextResult:
        """Drop blocks that a ``drop_text`` pattern of the page's site rules matches."""
        rules = ctx.site_rules
        if rules is None or not rules.drop_patterns or not rules.applies_to(ctx.host):
            return TextResult(blocks)
        drop = {i for i, b in enumerate(blocks) if any(p.search(b) for p in rules.drop_patterns)}
        return _removal(blocks, drop)


# v2 and up: the phrase families of ``cleaners.plugins.phrases`` joined each list; the next
# version of each (2026-12-08): support lines and affiliate notes (disclaimers), house
# ads, meter login lines and sign-up closers (prompts), comment house rules (footer
# lines), "14h12" clocks (datestamps); then (eval/fresh4) standards and consent lines,
# podcast and app promos, paywall offers, one-cell table rows, lines in Dutch and
# Portuguese (each list's next version again).
DISCLAIMER_CLEANER = LinePatternCleaner("disclaimers", "4", DISCLAIMERS
                                        + _compile(patterns("disclaimer")))
CAPTION_CLEANER = LinePatternCleaner("captions", "2", CAPTIONS + _compile(patterns("caption")))
#: One plugin for every kind of prompt (v2: paywall counters, e-mail sign-ups, comment
#: notices); the rules stay grouped by concept above.
PROMPT_CLEANER = LinePatternCleaner("prompts", "5",
                                    PROMPTS + PAYWALL + NEWSLETTER + COMMENT_PROMPTS
                                    + _compile(patterns("promo"))
                                    + _compile(patterns("newsletter")))
AUTHOR_BOX_CLEANER = LinePatternCleaner("author-box", "2", AUTHOR_BOX)
COUNTER_CLEANER = LinePatternCleaner("counters", "3",
                                     COUNTERS + _compile(patterns("counter")), max_chars=60)
NAVIGATION_CLEANER = LinePatternCleaner("navigation", "2", NAVIGATION)
AD_LABEL_CLEANER = LinePatternCleaner("ad-labels", "2", AD_LABELS + _compile(patterns("ad")),
                                      max_chars=60)
FOOTER_LINE_CLEANER = LinePatternCleaner("footer-lines", "4", _compile(patterns("footer")),
                                         max_chars=160)
DATESTAMP_CLEANER = LinePatternCleaner("datestamps", "3", DATESTAMPS, max_chars=80)



@dataclass(frozen=True, slots=True)
class OwnUrlCleaner:
    """A block that is only the page's own URL: the print-view footer of business stories.

    Other bare URLs stay: blogs list their sources as bare links, and those are text.
    """

    name: str = "url-lines"
    version: str = "1"

    def clean_blocks(self, blocks: tuple[str, ...], ctx: CleanContext) -> TextResult:
        """Drop blocks that spell out the page's URL."""
        own = _url_key(ctx.url)
        drop = {i for i, b in enumerate(blocks) if " " not in b.strip() and _url_key(b) == own}
        return _removal(blocks, drop)


def _url_key(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip().lower()).rstrip("/")
