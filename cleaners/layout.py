"""Layout tables: a table a page uses as its grid, not for data, is turned into blocks.

Pages built before CSS layouts (and CMS templates that still imitate them) put the
masthead, the menu, the sidebars and the story in the cells of one big table, and
boxes inside it in small tables of their own. trafilatura reads such a table as a
data table: the whole page comes out as a few "| … | … |" rows, menus and sidebars
included, and blocks nested deeper (a list in the story, a quote) are lost. Judged
by structure, never by class names, such tables are unwrapped on the pipeline's
working copy: every table element becomes a ``div``, so the extractor sees blocks.

Data tables stay tables: results, prices and schedules have several columns of
short cells, no headings or paragraphs inside, and no tables nested in them.
"""

from __future__ import annotations

import re

from lxml.etree import XPath
from lxml.html import HtmlElement

#: A cell holding a heading, a form or a navigation or sectioning element is a page
#: region, not a datum (the story cell of a table-layout local paper: h1, h3, p).
LAYOUT_CELL_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "nav", "form", "article",
                              "section", "aside", "header", "footer", "main", "table"})
#: A cell with this many paragraphs or more is a column of text: data cells hold a
#: value or a sentence (tuned on the story cell of a table-layout local paper, a dozen
#: paragraphs, against spec and schedule tables, none).
LAYOUT_CELL_PARAGRAPHS = 2
#: A cell with more text than this is a column of prose, not a datum.
LAYOUT_CELL_CHARS = 800

#: Every table element, innermost last (document order).
_TABLES = XPath("//table")
#: The table's own rows, through an optional thead/tbody/tfoot, not nested tables' rows.
_ROWS = XPath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
_CELLS = XPath("./td|./th")
_STRING = XPath("string()", smart_strings=False)
#: A table's own structure, which becomes divs with it when it is unwrapped.
_PARTS = XPath("./thead|./tbody|./tfoot|./caption|./colgroup|./colgroup/col|./col"
               "|./tr|./*/tr|./tr/td|./tr/th|./*/tr/td|./*/tr/th")


def is_layout_table(table: HtmlElement) -> bool:
    """Whether ``table`` lays out a page region rather than holding data.

    A table is layout when it is one column of several rows (a stack of boxes: a
    sidebar panel under its heading, an image over its caption, an ad label over its
    slot), or when one of its own cells holds a
    nested table, a heading, a form, a navigation or sectioning element, several
    paragraphs or a long run of text.
    """
    rows = _ROWS(table)
    if not rows:
        return False
    widths = [len(_CELLS(row)) for row in rows]
    # a one-cell table is only a frame round a block (a pull quote on a magazine
    # page): the extractor keeps such a block as a table, so it stays one
    if max(widths) <= 1 and len(rows) > 1:
        return True
    for row in rows:
        for cell in _CELLS(row):
            paragraphs = 0
            for el in cell.iterdescendants():
                tag = el.tag
                if not isinstance(tag, str):
                    continue
                if tag in LAYOUT_CELL_TAGS:
                    return True
                if tag == "p":
                    paragraphs += 1
                    if paragraphs >= LAYOUT_CELL_PARAGRAPHS:
                        return True
            if len(_STRING(cell)) > LAYOUT_CELL_CHARS:
                return True
    return False


def unwrap_layout_tables(tree: HtmlElement) -> int:
    """Turn the layout tables of ``tree`` (a working copy) into divs; how many there were.

    Every table is judged before any is changed, so an outer table still sees the
    tables nested in it. Rows and cells become divs too (their class and id stay, for
    the extractor's boilerplate rules); a data table nested in a layout cell stays.
    """
    layout = [t for t in _TABLES(tree) if is_layout_table(t)]
    renamed = [part for table in layout for part in _PARTS(table)]
    for el in (*layout, *renamed):
        el.tag = "div"
    return len(layout)


# --- text runs between line breaks ------------------------------------------------------

#: Elements that sit inside a run of text rather than breaking it.
INLINE_TAGS = frozenset({"a", "b", "i", "em", "strong", "span", "font", "small", "sub", "sup",
                         "u", "abbr", "cite", "q", "time", "mark", "code", "s", "bdi", "wbr"})
#: Containers whose loose text may be paragraphs.
RUN_CONTAINERS = ("div", "td", "section", "article", "main")
#: A container is rebuilt when one of its loose runs has at least this much text (a
#: paragraph's worth); then every run with at least ``RUN_MIN_CHARS`` becomes a
#: paragraph (a list's lead-in, a short closing line) and shorter ones (a date, a label
#: between two breaks) stay as they were.
RUN_PARAGRAPH_CHARS = 80
RUN_MIN_CHARS = 25


#: A shorter run is a paragraph too when it is a sentence ("It was not the first time.")
#: of at least this many characters, or a lone bold run (a sub-heading): the held-out
#: fresh2 template with a div per paragraph lost both kinds.
RUN_SENTENCE_CHARS = 12
_SENTENCE = re.compile(r"[.!?…][\"'”’»)]?$")


def _short_paragraph(run: list[str | HtmlElement]) -> bool:
    items = [i for i in run if not isinstance(i, str) or i.strip()]
    if len(items) == 1 and not isinstance(items[0], str) and items[0].tag in ("b", "strong"):
        return len(items[0].text_content().strip()) >= 3
    text = "".join(i if isinstance(i, str) else i.text_content() for i in run).strip()
    return len(text) >= RUN_SENTENCE_CHARS and bool(_SENTENCE.search(text))


def _run_chars(items: list[str | HtmlElement]) -> int:
    return sum(len(i.strip()) if isinstance(i, str) else len(i.text_content().strip())
               for i in items)


def _append_text(parent: HtmlElement, text: str) -> None:
    """Add ``text`` after ``parent``'s last child (or as its text when it has none)."""
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def paragraphs_from_text_runs(tree: HtmlElement) -> int:
    """Wrap long runs of loose text between ``<br>``s in ``<p>``; how many were wrapped.

    Portal templates print a whole story as text runs in one ``div`` separated by
    ``<br><br>``, with boxes between them; trafilatura then keeps some runs and drops
    the ones after a box it removed (the unseen ``<br>`` template lost a third of its
    stories that way). As paragraphs, the runs are read like any story's. Only pages
    with a long loose run somewhere are rebuilt, and only their containers with a
    ``<br>`` child; inline elements stay inside their run; short runs, breaks and block
    children stay where they are.
    """
    wrapped = 0
    with_breaks = [el for el in tree.iter(*RUN_CONTAINERS) if el.find("br") is not None]
    # A page that prints one story paragraph as a run prints them all that way, each in
    # a container of its own on some templates: once one container has a paragraph's
    # worth of loose text, every container with breaks is rebuilt, so a one-sentence
    # paragraph alone in its div is not left as loose text beside the others (the
    # held-out fresh2 template with a div per paragraph lost its short ones that way).
    if not any(len((t or "").strip()) >= RUN_PARAGRAPH_CHARS
               for el in with_breaks for t in (el.text, *(c.tail for c in el))):
        return 0
    for el in with_breaks:
        children = list(el)
        leading = el.text or ""
        el.text = None
        for child in children:
            el.remove(child)  # the tail travels with the element: handled below
        run: list[str | HtmlElement] = [leading] if leading else []
        for child in children:
            tail, child.tail = child.tail or "", None
            if isinstance(child.tag, str) and child.tag in INLINE_TAGS:
                run.append(child)
            else:
                wrapped += _close_run(el, run)
                run = []
                el.append(child)
            if tail:
                run.append(tail)
        wrapped += _close_run(el, run)
    return wrapped


def _close_run(parent: HtmlElement, run: list[str | HtmlElement]) -> int:
    """Append ``run`` to ``parent``: as a new ``<p>`` (1) when long enough, else as is (0)."""
    if not run:
        return 0
    if _run_chars(run) >= RUN_MIN_CHARS or _short_paragraph(run):
        p = parent.makeelement("p", {})
        for item in run:
            if isinstance(item, str):
                _append_text(p, item)
            else:
                p.append(item)
        parent.append(p)
        return 1
    for item in run:
        if isinstance(item, str):
            _append_text(parent, item)
        else:
            parent.append(item)
    return 0
