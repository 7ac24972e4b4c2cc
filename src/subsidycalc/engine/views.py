"""Where the engine's results meet their presentations, without the engine importing them.

``Report.summary()``, ``.to_frame()``, ``.plot()``, ``_repr_html_()`` and ``Award._repr_html_()`` are views that
live outside the engine (``subsidycalc.display``, ``.analysis``, ``.plotting``). Those modules register them here
when ``subsidycalc`` is imported; the engine only looks them up by name. So the dependency points one way:
presentation → engine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_VIEWS: dict[str, Callable[..., Any]] = {}


def register(name: str, fn: Callable[..., Any]) -> None:
    """Make ``fn`` the view ``name`` (``"report_table"``, ``"report_frame"``, ``"report_plot"``, ``"report_html"``,
    ``"award_html"``)."""
    _VIEWS[name] = fn


def view(name: str) -> Callable[..., Any]:
    """The registered view ``name`` (importing :mod:`subsidycalc` registers every view)."""
    fn = _VIEWS.get(name)
    if fn is None:
        import importlib

        importlib.import_module("subsidycalc")  # registers the views
        fn = _VIEWS.get(name)
    if fn is None:
        raise LookupError(f"no view {name!r} is registered")
    return fn


__all__ = ["register", "view"]
