"""``explain(doc)``: a cleaned document's provenance as text, for ``newsrake clean --explain``."""

from __future__ import annotations

from cleaners.records import Document


def explain(doc: Document) -> str:
    """Which extractor made the text, and what each cleaner plugin removed, in run order."""
    lines = [f"url: {doc.url}", f"text: {len(doc.text)} chars",
             f"cleaner fingerprint: {doc.cleaner_fingerprint or 'unknown'}"]
    for step in doc.provenance:
        detail = step.detail
        if step.stage == "extract":
            lines.append(f"extract: {step.name} {step.version} ({detail.get('chars', 0)} chars"
                         f"; {detail.get('choice') or 'no comparison'}"
                         + (f"; fallback: {detail['fallback_reason']}"
                            if detail.get("fallback_reason") else "") + ")")
        elif step.stage == "plugin":
            removed = int(detail.get("removed", 0))
            head = (f"plugin {step.name} v{step.version} [{detail.get('at', '?')}]: "
                    f"removed {removed}")
            if removed:
                head += f" ({detail.get('removed_chars', 0)} chars)"
            lines.append(head)
            shown = list(detail.get("snippets") or ())
            lines.extend(f"    - {snippet}" for snippet in shown)
            if removed > len(shown):
                lines.append(f"    … and {removed - len(shown)} more")
        else:
            lines.append(f"{step.stage}: {step.name} {step.version} {dict(detail)}")
    return "\n".join(lines)
