"""Secrets never leave the process: credentials are redacted from logs, provenance, run
records and WARC request records.

What counts as a secret is data: the header names in ``SECRET_HEADERS``, the user-info
of any URL (``scheme://user:password@host``), and setting names that say what they hold
(``SECRET_SETTING_WORDS``). Redacting keeps the shape (the header is there, its value is
``[redacted]``) so a reader sees that something was sent without seeing it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from typing import Any

REDACTED = "[redacted]"

#: Request headers whose values are credentials (RFC 7235 and 6265, common API keys).
SECRET_HEADERS = frozenset({
    "authorization", "proxy-authorization", "cookie", "x-api-key", "x-auth-token",
    "x-amz-security-token", "x-csrf-token",
})
#: A setting whose name holds one of these words has a secret value.
SECRET_SETTING_WORDS = ("PASSWORD", "SECRET", "TOKEN", "CREDENTIAL", "ACCESS_KEY", "API_KEY")

# scheme://user:password@ or scheme://token@ — the user-info of a URL in any text. The
# classes exclude "/", "@" and whitespace, so a match cannot backtrack over a long line.
_URL_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]{0,15}://)[^\s/@'\"<>]{1,256}@")
# "Authorization: Basic …", "'Cookie': ['a=b']", "cookie=…" in log lines and reprs.
_HEADER_VALUE = re.compile(
    r"(?i)(proxy-authorization|authorization|cookie|x-api-key|x-auth-token|"
    r"x-amz-security-token|x-csrf-token)(['\"]?\s*[:=]\s*\[?\s*(?:b['\"]|['\"])?)[^\r\n'\"\]]+")


def redact_text(text: str) -> str:
    """``text`` with URL user-info and credential header values redacted."""
    if "@" in text:
        text = _URL_USERINFO.sub(lambda m: f"{m.group(1)}{REDACTED}@", text)
    lowered = text.lower()
    if any(word in lowered for word in ("authorization", "cookie", "token", "x-api-key")):
        text = _HEADER_VALUE.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    return text


def redact_headers(headers: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Header pairs with the values of ``SECRET_HEADERS`` redacted."""
    return tuple((name, REDACTED if name.lower() in SECRET_HEADERS else value)
                 for name, value in headers)


def redact_value(name: str, value: Any) -> Any:
    """A setting's value fit for a run record: secret names redacted, URLs stripped of
    user-info, containers walked."""
    if value is None:
        return None
    if any(word in name.upper() for word in SECRET_SETTING_WORDS):
        return REDACTED
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, Mapping):
        return {k: redact_value(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact_value(name, v) for v in value]
    return value


class RedactingFilter(logging.Filter):
    """A logging filter that redacts every record's message (installed on the handler by
    ``newsrake``'s CLI, so Scrapy's own log lines are covered too)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a bad format string: leave it to the handler
            return True
        redacted = redact_text(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and record.exc_text is None and record.exc_info[0] is not None:
            record.exc_text = redact_text(logging.Formatter().formatException(record.exc_info))
        return True
