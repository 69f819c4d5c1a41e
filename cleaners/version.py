"""The cleaners' version: recorded in every document's provenance; re-clean --outdated reads it.

Bump it whenever a change can alter cleaned text, so stored documents cleaned by an
older version are found and cleaned again.
"""

__version__ = "0.3.0"
