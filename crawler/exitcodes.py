"""Exit statuses of the ``newsrake`` command: what a scheduler can alert on.

- 0: everything was handled (pages skipped as stored, by robots.txt, by a 304 or as not
  HTML included).
- 1: the job ran to the end but some inputs failed (``errors/…`` stats), or a check
  found problems (``verify``, ``report``): read the run's ``errors/…`` figures.
- 2: bad usage or configuration, nothing was done: the message names the fix.
- 3: the store was unreachable or kept failing: check endpoint, credentials and bucket,
  then run the same command again.
- 130: interrupted (Ctrl-C): run the same command again, runs resume.

docs/reliability.md repeats this table for operators.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

OK = 0
PROBLEMS = 1
USAGE = 2
STORE_UNREACHABLE = 3
INTERRUPTED = 130


#: ``errors/…`` keys that count what was handled as designed, not a failure: a page that
#: is not HTML is archived and skipped (issue 9: "skipped and counted"), so a feed that
#: links a PDF does not page an operator.
HANDLED_KEYS = frozenset({"errors/non_html"})


def status_of_stats(stats: Mapping[str, Any]) -> int:
    """The exit status a finished run's stats call for.

    ``errors/store…`` means the store failed (3); any other ``errors/…`` key with a
    count above zero means some input failed (1); otherwise 0.
    """
    failed = [key for key, value in stats.items()
              if key.startswith("errors/") and key not in HANDLED_KEYS and _positive(value)]
    if any(key.startswith("errors/store") for key in failed):
        return STORE_UNREACHABLE
    return PROBLEMS if failed else OK


def _positive(value: Any) -> bool:
    try:
        return float(value) > 0
    except (TypeError, ValueError):
        return bool(value)
