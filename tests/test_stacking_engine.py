"""The stacking layer, on synthetic awards: exclusive groups and reductions, explained in the awards."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from subsidycalc.engine.award import Award
from subsidycalc.engine.sources import Document
from subsidycalc.engine.stacking import StackingRule

DOC = Document("t", "i", date(2020, 2, 1), "http://x")
SRC = DOC.cite("L1", "同一事项不重复享受补贴")


def award(mid: str, amount: str, status: str = "eligible") -> Award:
    a = Decimal(amount)
    return Award(mid, status, a, a, a)  # type: ignore[arg-type]


def test_exclusive_keeps_the_highest_and_explains() -> None:
    aw = {"a": award("a", "100.00"), "b": award("b", "300.00"), "c": award("c", "200.00")}
    StackingRule("r", "exclusive", ("a", "b", "c"), SRC, "同一事项不重复享受").apply(aw)
    assert [aw[k].amount for k in "abc"] == [0, 300, 0]
    assert "b is paid instead" in aw["a"].stacking[0] and "paid; excludes" in aw["b"].stacking[0]


def test_exclusive_keep_first() -> None:
    aw = {"a": award("a", "100.00"), "b": award("b", "300.00")}
    StackingRule("r", "exclusive", ("a", "b"), SRC, "x", keep="first").apply(aw)
    assert (aw["a"].amount, aw["b"].amount) == (100, 0)


def test_exclusive_ignores_ineligible_and_flags_undetermined() -> None:
    aw = {"a": award("a", "100.00"), "b": award("b", "0.00", "ineligible"), "c": award("c", "0.00", "undetermined")}
    StackingRule("r", "exclusive", ("a", "b", "c"), SRC, "x").apply(aw)
    assert aw["a"].amount == 100 and "if eligible" in aw["c"].stacking[0]


def test_reduce_by_floors_at_zero() -> None:
    aw = {"later": award("later", "500.00"), "earlier": award("earlier", "800.00")}
    StackingRule("r", "reduce_by", ("later", "earlier"), SRC, "x").apply(aw)
    assert aw["later"].amount == 0 and aw["earlier"].amount == 800


@given(st.lists(st.decimals(0, 10**7, places=2), min_size=2, max_size=5))
def test_exclusive_pays_exactly_the_maximum(amounts: list[Decimal]) -> None:
    aw = {str(i): award(str(i), str(a)) for i, a in enumerate(amounts)}
    StackingRule("r", "exclusive", tuple(aw), SRC, "x").apply(aw)
    assert sum(a.amount for a in aw.values()) == max(amounts)
    assert sum(1 for a in aw.values() if a.amount > 0) <= 1
