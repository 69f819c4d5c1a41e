"""The ``newsrake inspect`` report: one self-contained HTML page showing what cleaning removed.

Nothing here cleans: the report is drawn from a ``Document`` that ``cleaners.clean``
made and from its provenance, the same steps ``clean --explain`` prints. Each plugin
step keeps the texts it removed (``snippets``, up to ``cleaners.pipeline.MAX_SNIPPETS``
per plugin and stage); the report finds each of them in the page and highlights it in
the plugin's colour. A removal the page does not show as one element or text run is
listed as "not located", never guessed.

Self-contained: inline CSS only, the page's own scripts, styles, images, frames and
links are dropped, and a Content-Security-Policy forbids every fetch, so opening a
report never reaches the network.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from lxml.html import HtmlElement, document_fromstring

from cleaners import Document, ProvenanceStep
from cleaners.pipeline import decode_html

#: Plugin colours, in plugin run order; chosen to stay apart on a white page.
PALETTE = ("#ffb3b3", "#ffd699", "#fff099", "#c2f0a3", "#99e6d9", "#a3d1ff", "#c9b3ff",
           "#f5b3e6", "#e0c2a3", "#b3b3b3", "#ff8080", "#80ffaa", "#80d4ff", "#d9ff80",
           "#ffcc80", "#cc99ff")
#: Elements whose content never shows as page text, or that would fetch something.
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "frame", "frameset",
             "object", "embed", "link", "meta", "base", "svg", "video", "audio", "source",
             "track", "picture", "canvas", "head", "input", "select", "button", "textarea")
#: Attributes kept on page elements; everything else (src, href, style, on*) goes.
KEEP_ATTRIBUTES = ("colspan", "rowspan")
#: How trafilatura writes a list item in the extracted text.
LIST_MARKER = "- "
CSP = "default-src 'none'; style-src 'unsafe-inline'"
CSS = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1a1a1a; }
body > header, body > section, .columns > section { padding: 12px 20px; }
body > header { background: #20262e; color: #fff; }
body > header h1 { font-size: 18px; margin: 0 0 4px; }
body > header .url { font-family: monospace; word-break: break-all; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0; }
.page { border-right: 1px solid #ddd; padding: 12px 20px; overflow-wrap: anywhere; }
.page img-alt { color: #777; font-style: italic; }
.nr-removed { outline: 2px solid rgba(0, 0, 0, .35); border-radius: 2px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; list-style: none; padding: 0; }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid #888; }
.nr-left-out { color: #777; background: repeating-linear-gradient(45deg, #f2f2f2 0 4px,
  #e4e4e4 4px 8px); }
.kept { white-space: pre-wrap; background: #f6f8fa; padding: 10px; border-radius: 4px; }
table { border-collapse: collapse; font-size: 13px; }
td, th { border: 1px solid #ddd; padding: 3px 6px; vertical-align: top; text-align: left; }
td.detail { font-family: monospace; white-space: pre-wrap; word-break: break-all; }
.unlocated li { font-family: monospace; font-size: 13px; }
"""


@dataclass
class Highlights:
    """What the report found in the page, per plugin."""

    removed: dict[str, int] = field(default_factory=dict)  # plugin -> removals (provenance)
    shown: dict[str, int] = field(default_factory=dict)  # plugin -> highlighted in the page
    unlocated: list[tuple[str, str]] = field(default_factory=list)  # (plugin, snippet)
    left_out: int = 0  # text runs the extractor did not take


def _norm(text: str) -> str:
    return " ".join(text.split())


def sanitise(tree: HtmlElement) -> HtmlElement:
    """The page's ``<body>`` without anything that runs, styles itself or fetches."""
    body = tree.find("body")
    if body is None:
        body = tree
    for el in list(body.iter(*DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(body.iter("img")):
        alt = el.get("alt")
        if alt:
            replacement = etree.Element("img-alt")
            replacement.text = f"[image: {alt}]"
            replacement.tail = el.tail
            el.getparent().replace(el, replacement)
        else:
            el.drop_tree()
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        for name in list(el.attrib):
            if name not in KEEP_ATTRIBUTES:
                del el.attrib[name]
    for comment in list(body.iter(etree.Comment, etree.ProcessingInstruction)):
        comment.drop_tree()
    body.tag = "div"
    body.set("class", "page")
    return body


def _matches(text: str, snippet: str) -> bool:
    if snippet.endswith("…"):
        return text.startswith(snippet[:-1]) and len(text) >= len(snippet) - 1
    return text == snippet


def _mark_element(el: HtmlElement, plugin: str, index: int, at: str) -> None:
    el.set("class", f"nr-removed nr-p{index}")
    el.set("data-plugin", plugin)
    el.set("title", f"removed by {plugin} ({at})")


def _mark_text(body: HtmlElement, snippet: str, plugin: str, index: int, at: str) -> bool:
    """Wrap the first text run holding ``snippet`` in a ``<mark>``; whether one was found."""
    for el in body.iter():
        if not isinstance(el.tag, str) or el.get("data-plugin"):
            continue
        for where in ("text", "tail"):
            value = getattr(el, where) or ""
            flat = _norm(value)
            if not snippet or snippet not in flat or (where == "tail" and el is body):
                continue
            mark = etree.Element("mark")
            _mark_element(mark, plugin, index, at)
            before, _, after = flat.partition(snippet)
            mark.text, mark.tail = snippet, after
            if where == "text":
                el.text = before
                el.insert(0, mark)
            else:
                el.tail = before
                el.addnext(mark)
            return True
    return False


def highlight(body: HtmlElement, steps: Sequence[ProvenanceStep],
              plugin_index: Mapping[str, int]) -> Highlights:
    """Highlight every removed snippet the plugin steps name; count what was shown."""
    found = Highlights()
    texts = {el: _norm(el.text_content()) for el in body.iter() if isinstance(el.tag, str)}
    order = {el: at for at, el in enumerate(texts)}
    for step in steps:
        if step.stage != "plugin":
            continue
        name, at = step.name, str(step.detail.get("at", "?"))
        found.removed[name] = found.removed.get(name, 0) + int(step.detail.get("removed", 0))
        if name not in plugin_index:
            continue  # removed nothing
        index = plugin_index[name]
        snippets = [str(s) for s in step.detail.get("snippets") or ()]
        candidates = [_candidates(texts, snippet) for snippet in snippets]
        # a snippet names one removed block; where its text stands in several places (a
        # section label in the menu and above the story), the one among the step's other
        # removals is the one removed
        anchors = [order[c[0]] for c in candidates if len(c) == 1]
        for snippet, hits in zip(snippets, candidates, strict=True):
            hits = [el for el in hits if not el.get("data-plugin")]
            if len(hits) > 1 and anchors:
                hits = [min(hits, key=lambda el: min(abs(order[el] - a) for a in anchors))]
            elif hits:
                hits = hits[:1]
            if hits:
                _mark_element(hits[0], name, index, at)
            elif not snippet.endswith("…") and _mark_text(body, snippet, name, index, at):
                hits = [body]
            if hits:
                found.shown[name] = found.shown.get(name, 0) + 1
            else:
                found.unlocated.append((name, snippet))
    return found


def _candidates(texts: Mapping[HtmlElement, str], snippet: str) -> list[HtmlElement]:
    """The deepest elements whose text is ``snippet``, in document order."""
    # text plugins see the extractor's text, where a list item reads "- item"
    bare = snippet.removeprefix(LIST_MARKER)
    hits = [el for el, text in texts.items() if not el.get("data-plugin")
            and (_matches(text, snippet) or _matches(text, bare))]
    # the deepest elements that hold the text, not every ancestor of them
    return [el for el in hits
            if not any(h is not el for h in hits if h in set(el.iterdescendants()))]


def mark_left_out(body: HtmlElement, doc: Document) -> int:
    """Mark text the extractor left out (not in the kept text or title); how many runs.

    Not a removal by a plugin: the extractor chose the article's blocks and never took
    these, so they are shown hatched, apart from the plugins' colours.
    """
    kept = _norm(doc.text) + "\n" + _norm(doc.title or "")
    marked = 0
    for el in body.iter():
        if not isinstance(el.tag, str) or el is body or el.get("data-plugin") or any(
                a.get("data-plugin") for a in el.iterancestors()):
            continue
        own = _norm(el.text or "")
        if len(own) > 1 and own not in kept:
            el.set("class", "nr-left-out")
            el.set("title", "not extracted: not part of the article text")
            marked += 1
    return marked


def _plugin_order(steps: Iterable[ProvenanceStep]) -> dict[str, int]:
    order: dict[str, int] = {}
    for step in steps:
        # only plugins that removed something take a colour, so the few shown stay apart
        if step.stage == "plugin" and step.detail.get("removed") and step.name not in order:
            order[step.name] = len(order)
    return order


def _provenance_rows(steps: Iterable[Mapping[str, Any]]) -> str:
    rows = []
    for step in steps:
        detail = json.dumps(step.get("detail") or {}, ensure_ascii=False, sort_keys=True)
        rows.append(f"<tr><td>{html.escape(str(step.get('stage')))}</td>"
                    f"<td>{html.escape(str(step.get('name')))}</td>"
                    f"<td>{html.escape(str(step.get('version')))}</td>"
                    f"<td class='detail'>{html.escape(detail)}</td></tr>")
    return ("<table><tr><th>stage</th><th>name</th><th>version</th><th>detail</th></tr>"
            + "".join(rows) + "</table>")


def render_report(page_html: str | bytes, doc: Document, *, source: str,
                  stored: Mapping[str, Any] | None = None) -> tuple[str, Highlights]:
    """The report page for ``doc`` cleaned from ``page_html``, and what it highlighted.

    Args:
        page_html: the page as fetched (or saved).
        doc: what ``cleaners.clean`` made of it; its provenance is what is shown.
        source: where the page came from (file path or "store: KEY"), for the header.
        stored: the stored page record, when the page came from a store: its fetch,
            how it was found and its stored document's provenance are shown too.
    """
    body = sanitise(document_fromstring(decode_html(page_html)))
    order = _plugin_order(doc.provenance)
    found = highlight(body, doc.provenance, order)
    left_out = mark_left_out(body, doc)
    extractor = next((s.name for s in doc.provenance if s.stage == "extract"), "the extractor")
    colours = "".join(f".nr-p{i} {{ background: {PALETTE[i % len(PALETTE)]} !important; }}\n"
                      for i in order.values())
    legend = "".join(
        f"<li data-plugin='{html.escape(name)}'><span class='swatch nr-p{i}'></span>"
        f"{html.escape(name)}: removed {found.removed.get(name, 0)}, "
        f"highlighted {found.shown.get(name, 0)}</li>"
        for name, i in order.items() if found.removed.get(name, 0))
    unlocated = "".join(f"<li>{html.escape(name)}: {html.escape(snippet)}</li>"
                        for name, snippet in found.unlocated)
    more = sum(found.removed.values()) - sum(found.shown.values()) - len(found.unlocated)
    stored_html = ""
    if stored is not None:
        fetch = json.dumps({"fetch": stored.get("fetch"), "found_via": stored.get("found_via"),
                            "doc_id": stored.get("doc_id")}, ensure_ascii=False, indent=1)
        stored_html = (f"<section><h2>Stored record</h2><pre class='kept'>{html.escape(fetch)}"
                       "</pre><h3>Stored document provenance</h3>"
                       + _provenance_rows((stored.get("document") or {}).get("provenance")
                                          or ()) + "</section>")
    report = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>newsrake inspect: {html.escape(doc.title or doc.url)}</title>
<style>{CSS}{colours}</style></head>
<body>
<header><h1>{html.escape(doc.title or "(no title)")}</h1>
<div class="url">{html.escape(doc.url)}</div>
<div>from {html.escape(source)}; kept {len(doc.text)} characters;
cleaner fingerprint {html.escape(doc.cleaner_fingerprint or "unknown")}</div></header>
<section><h2>Removed, by plugin</h2><ul class="legend" id="legend">{legend or
    "<li>nothing removed</li>"}</ul>
<p><span class="swatch nr-left-out"></span> hatched: {left_out} text run(s) that
{html.escape(extractor)} did not take as article text (not a plugin removal).</p>
<p>Provenance keeps a sample of the removed texts of each plugin: {max(more, 0)} removal(s)
are counted but not shown.</p>
{f"<h3>Not located in the page</h3><ul class='unlocated'>{unlocated}</ul>" if unlocated
    else ""}</section>
<div class="columns">
{etree.tostring(body, method="html", encoding="unicode")}
<section><h2>Kept text</h2><div class="kept" id="kept-text">{html.escape(doc.text)}</div>
</section></div>
<section><h2>Provenance</h2>{_provenance_rows(s.to_json() for s in doc.provenance)}</section>
{stored_html}
</body></html>
"""
    found.left_out = left_out
    return report, found
