"""Log formats of the ``newsrake`` command: text for people, JSON lines for collectors."""

from __future__ import annotations

import logging

from pythonjsonlogger.json import JsonFormatter

#: ``--log-format`` choices.
LOG_FORMATS = ("text", "json")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: The fields of a JSON log line; ``extra={...}`` fields of a call are added to them.
JSON_FIELDS = ("asctime", "levelname", "name", "message")


def log_formatter(kind: str) -> logging.Formatter:
    """The formatter for ``--log-format KIND`` (``text`` or ``json``: one object a line)."""
    if kind == "json":
        return JsonFormatter(list(JSON_FIELDS), rename_fields={"asctime": "time",
                                                               "levelname": "level",
                                                               "name": "logger"})
    if kind == "text":
        return logging.Formatter(TEXT_FORMAT)
    raise ValueError(f"unknown log format {kind!r}: use one of {', '.join(LOG_FORMATS)}")
