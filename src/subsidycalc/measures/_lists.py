"""A list section of the profile a measure goes through item by item (shared by several districts' modules)."""

from __future__ import annotations

from ..engine.rules.define import Items, Rule
from ..i18n import local, zh


def known_list(r: Rule, section: str, what: str, settle: bool = True) -> Items:
    """The list ``section``: not given → missing (``[]`` is none), and (``settle``) the measure undetermined at once.
    ``what`` names the list in the words shown (a :func:`~subsidycalc.i18n.zh` pair for its Chinese form)."""
    items = r.items(section)
    r.require(items.given, "", "", unknown=zh(f"{what} — not known", f"{local(what, 'zh')} — 未知"))
    if settle:
        r.settle()
    return items
