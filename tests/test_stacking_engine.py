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


# --- per="leases": "one level only" lease by lease ------------------------------------------------------

def parted(mid: str, parts: dict[str, str]) -> Award:
    """An eligible award paid per lease; its amount is the (rounded) sum of its parts."""
    p = {k: (Decimal(v), Decimal(v), Decimal(v)) for k, v in parts.items()}
    total = sum((Decimal(v) for v in parts.values()), Decimal(0))
    return Award(mid, "eligible", total, total, total, parts=p)


def test_per_lease_exclusive_pays_each_lease_once_at_the_higher_level() -> None:
    # lease 0 (区属): district 3 months 30,000 vs city February 10,000 → district; lease 1 (市属): city only
    aw = {"district": parted("district", {"leases.0": "30000"}),
          "city": parted("city", {"leases.0": "10000", "leases.1": "8000"})}
    StackingRule("r", "exclusive", ("district", "city"), SRC, "市区两级只能申请一次", per="leases").apply(aw)
    assert (aw["district"].amount, aw["city"].amount) == (Decimal("30000.00"), Decimal("8000.00"))
    assert list(aw["city"].parts) == ["leases.1"]
    assert "leases.0: not added: district pays it instead" in aw["city"].stacking[0]
    assert "leases.0: paid here" in aw["district"].stacking[0]


def test_per_lease_without_parts_falls_back_to_the_whole_award() -> None:
    aw = {"district": award("district", "30000.00"), "city": parted("city", {"leases.0": "10000"})}
    StackingRule("r", "exclusive", ("district", "city"), SRC, "x", per="leases").apply(aw)
    assert (aw["district"].amount, aw["city"].amount) == (30000, 0)


def test_per_lease_reduce_takes_off_only_the_same_lease() -> None:
    aw = {"later": parted("later", {"leases.0": "5000", "leases.1": "4000"}),
          "earlier": parted("earlier", {"leases.1": "6000", "leases.2": "1000"})}
    StackingRule("r", "reduce_by", ("later", "earlier"), SRC, "x", per="leases").apply(aw)
    # lease 0 untouched 5,000; lease 1: 4,000 − 6,000 → 0; lease 2 not the later measure's
    assert aw["later"].amount == Decimal("5000.00") and aw["earlier"].amount == Decimal("7000.00")


def test_per_lease_rounds_once_after_removing_a_part() -> None:
    # parts 0.004 + 0.004 = 0.008 → 0.01 together; dropping one leaves 0.004 → 0.00 (not 0.01 − 0.00)
    aw = {"a": parted("a", {"leases.0": "0.004", "leases.1": "0.004"}), "b": parted("b", {"leases.0": "1"})}
    aw["a"].amount = Decimal("0.01")
    StackingRule("r", "exclusive", ("a", "b"), SRC, "x", per="leases").apply(aw)
    assert aw["a"].amount == Decimal("0.00") and aw["b"].amount == Decimal("1.00")


@given(st.lists(st.dictionaries(st.sampled_from([f"leases.{i}" for i in range(4)]),
                                st.decimals(0, 10**6, places=2), min_size=1), min_size=2, max_size=4))
def test_per_lease_exclusive_pays_the_maximum_of_every_lease(parts: list[dict[str, Decimal]]) -> None:
    aw = {str(i): parted(str(i), {k: str(v) for k, v in p.items()}) for i, p in enumerate(parts)}
    StackingRule("r", "exclusive", tuple(aw), SRC, "x", per="leases").apply(aw)
    keys = {k for p in parts for k in p}
    assert sum(a.amount for a in aw.values()) == sum(max(p.get(k, Decimal(0)) for p in parts) for k in keys)
    for k in keys:  # each lease stays with exactly one measure
        assert sum(1 for a in aw.values() if k in a.parts) == 1
