"""Plugin discovery: the ``newsrake.cleaners`` entry-point group, with the built-ins as fallback.

An entry point names a plugin object, or a class/factory that builds one with no
arguments::

    [project.entry-points."newsrake.cleaners"]
    my-cleaner = "mypkg.cleaners:MyCleaner"

The entry point's name must equal the plugin's ``name``. Built-ins are always
available, whether or not the package was installed (a checkout run with
``PYTHONPATH=.`` has no entry points); an entry point may not reuse a built-in's
name with a different object.
"""

from __future__ import annotations

import functools
import importlib.metadata
import logging
from collections.abc import Mapping
from types import MappingProxyType

from cleaners.plugins.base import DomCleaner, TextCleaner
from cleaners.plugins.builtins import BUILTIN_PLUGINS

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "newsrake.cleaners"
#: Order given to a third-party plugin that configuration does not place.
DEFAULT_EXTERNAL_ORDER = 2000

Plugin = DomCleaner | TextCleaner


class PluginError(ValueError):
    """A plugin that cannot be registered or configured; the message names it."""


def check_plugin(obj: object, source: str) -> Plugin:
    """``obj`` as a plugin, or ``PluginError`` saying what it lacks."""
    if not isinstance(getattr(obj, "name", None), str) or not isinstance(
            getattr(obj, "version", None), str):
        raise PluginError(f"{source}: a cleaner plugin needs str attributes name and version")
    if isinstance(obj, (DomCleaner, TextCleaner)):
        return obj
    raise PluginError(f"{source}: {obj!r} has neither find_noise(tree, ctx) nor "
                      "clean_blocks(blocks, ctx)")


def _load_entry_point(ep: importlib.metadata.EntryPoint) -> Plugin:
    obj = ep.load()
    if isinstance(obj, type) or (callable(obj) and not hasattr(obj, "name")):
        obj = obj()
    plugin = check_plugin(obj, f"entry point {ep.name} = {ep.value}")
    if plugin.name != ep.name:
        raise PluginError(f"entry point {ep.name} = {ep.value} builds a plugin named "
                          f"{plugin.name!r}; rename one so they match")
    return plugin


@functools.cache
def available_plugins() -> Mapping[str, tuple[Plugin, int]]:
    """Every plugin this process can use: name -> (plugin, default order). Read-only.

    Discovery is memoised: installed distributions do not change while a process runs,
    and the answer is an immutable mapping, so no caller can alter it for another.
    """
    found: dict[str, tuple[Plugin, int]] = dict(BUILTIN_PLUGINS)
    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in BUILTIN_PLUGINS:
            builtin = BUILTIN_PLUGINS[ep.name][0]
            if ep.value.split(":")[0].startswith("cleaners."):
                continue  # the built-in declared in our own pyproject
            raise PluginError(f"entry point {ep.name} = {ep.value} clashes with the built-in "
                              f"{builtin.name!r}; choose another name")
        found[ep.name] = (_load_entry_point(ep), DEFAULT_EXTERNAL_ORDER)
        log.debug("cleaner plugin %s loaded from %s", ep.name, ep.value)
    return MappingProxyType(found)
