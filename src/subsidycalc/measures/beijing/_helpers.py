"""Helpers of the city measures during their migration (not scanned for measures)."""

from __future__ import annotations

from typing import Any

from ...engine.evaluation import Ev


def tri_or(*values: bool | None) -> bool | None:
    """Three-valued OR: True if any is True, False if all are False, else unknown."""
    if any(v is True for v in values):
        return True
    if all(v is False for v in values):
        return False
    return None


def other_award(ev: Ev, measure_id: str) -> Any:
    """Evaluate another city measure for the same firm and assumptions (a prerequisite or a deduction)."""
    from ...engine import registry
    from ...engine.estimate import evaluate  # late import: the engine imports the measure modules

    return evaluate(registry.current()[measure_id], ev.firm, ev.assumptions, ev.memo)
