"""Cleaner plugins: the contract (``base``), the built-ins (``dom``, ``text``, ``builtins``)."""

from cleaners.plugins.base import CleanContext, DomCleaner, TextCleaner, TextResult

__all__ = ["CleanContext", "DomCleaner", "TextCleaner", "TextResult"]
