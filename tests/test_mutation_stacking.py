"""The stacking layer at its edges (issue 8 §6): exactly two paying awards, ties (amount, then high, then the
order listed), floors at zero, the per-lease rules and their fall-backs, the reading that turns a per-lease rule
into a whole-award one, and the exact words each award gets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from subsidycalc.engine.award import Award
from subsidycalc.engine.sources import Document
from subsidycalc.engine.stacking import StackingRule, _item_order, _resum

SRC = Document("《文》", "i", date(2020, 2, 1), "http://x").cite("L7", "不重复享受")
CITE = "expl (rule r; 《文》, seed L7: “不重复享受”)"


def aw(mid: str, amount: str = "0", status: str = "eligible", low: str | None = None, high: str | None = None,
       parts: dict[str, tuple[Any, Any, Any]] | None = None, **kw: Any) -> Award:
    a = Decimal(amount)
    return Award(mid, status, a, Decimal(low) if low else a, Decimal(high) if high else a,  # type: ignore[arg-type]
                 parts=parts, **kw)


def rule(kind: str, measures: str, **kw: Any) -> StackingRule:
    return StackingRule("r", kind, tuple(measures), SRC, "expl", **kw)  # type: ignore[arg-type]


def amounts(awards: dict[str, Award]) -> dict[str, tuple[Decimal, Decimal, Decimal]]:
    return {k: (a.amount, a.low, a.high) for k, a in awards.items()}


# --- exclusive ---------------------------------------------------------------------------------------------
def test_exclusive_with_exactly_two_paying_awards() -> None:
    awards = {"a": aw("a", "100"), "b": aw("b", "300")}
    rule("exclusive", "ab").apply(awards)
    assert amounts(awards) == {"a": (0, 0, 0), "b": (300, 300, 300)}
    assert awards["a"].stacking == [f"not added: b is paid instead (300.00 vs 100.00): {CITE}"]
    assert awards["b"].stacking == [f"paid; excludes a: {CITE}"]


def test_exclusive_with_one_paying_award_changes_nothing_but_warns_the_undetermined() -> None:
    awards = {"a": aw("a", "100"), "b": aw("b", status="undetermined"), "c": aw("c", status="ineligible")}
    rule("exclusive", "abc").apply(awards)
    assert amounts(awards)["a"] == (100, 100, 100)
    assert awards["a"].stacking == [] and awards["c"].stacking == []
    assert awards["b"].stacking == [f"if eligible, not paid together with a, c: {CITE}"]


def test_a_non_relief_award_does_not_pay() -> None:
    awards = {"a": aw("a", "100"), "b": aw("b", "300", relief=False)}
    rule("exclusive", "ab").apply(awards)
    assert amounts(awards) == {"a": (100, 100, 100), "b": (300, 300, 300)}
    assert awards["a"].stacking == awards["b"].stacking == []


def test_highest_ties_go_to_the_higher_high_then_to_the_first_listed() -> None:
    awards = {"a": aw("a", "100", high="150"), "b": aw("b", "100", high="200"), "c": aw("c", "90", high="900")}
    rule("exclusive", "abc").apply(awards)
    assert [awards[k].amount for k in "abc"] == [0, 100, 0]
    assert awards["b"].stacking == [f"paid; excludes a, c: {CITE}"]
    awards = {"a": aw("a", "100"), "b": aw("b", "100")}
    rule("exclusive", "ab").apply(awards)
    assert [awards[k].amount for k in "ab"] == [100, 0]


def test_keep_first_pays_the_first_listed_paying_award() -> None:
    awards = {"a": aw("a", status="ineligible"), "b": aw("b", "100"), "c": aw("c", "300")}
    rule("exclusive", "abc", keep="first").apply(awards)
    assert [awards[k].amount for k in "bc"] == [100, 0]
    assert awards["c"].stacking == [f"not added: b is paid instead (100.00 vs 300.00): {CITE}"]


def test_measures_absent_from_the_awards_are_skipped() -> None:
    awards = {"b": aw("b", "100"), "c": aw("c", "300")}
    rule("exclusive", "abc").apply(awards)
    assert [awards[k].amount for k in "bc"] == [0, 300]


# --- reduce_by ---------------------------------------------------------------------------------------------
def test_reduce_by_takes_off_what_the_earlier_ones_paid() -> None:
    awards = {"l": aw("l", "500", low="400", high="900"), "e": aw("e", "100"), "f": aw("f", "200"),
              "g": aw("g", "1000", status="ineligible"), "h": aw("h", "1000", relief=False)}
    rule("reduce_by", "lefgh").apply(awards)
    assert amounts(awards)["l"] == (200, 100, 600)
    assert amounts(awards)["e"] == (100, 100, 100)
    assert awards["l"].stacking == [f"reduced by 300.00 already paid under e, f: 500.00 → 200.00: {CITE}"]
    assert awards["e"].stacking == awards["f"].stacking == [f"deducted from l: {CITE}"]
    assert awards["g"].stacking == awards["h"].stacking == []


def test_reduce_by_floors_each_figure_at_zero() -> None:
    awards = {"l": aw("l", "500", low="300", high="700"), "e": aw("e", "600")}
    rule("reduce_by", "le").apply(awards)
    assert amounts(awards)["l"] == (0, 0, 100)
    awards = {"l": aw("l", "500"), "e": aw("e", "500")}
    rule("reduce_by", "le").apply(awards)
    assert amounts(awards)["l"] == (0, 0, 0)
    assert str(awards["l"].amount) == "0.00"


def test_reduce_by_needs_the_later_measure_eligible_and_an_earlier_one_paying() -> None:
    for awards in ({"e": aw("e", "100")},
                   {"l": aw("l", status="undetermined"), "e": aw("e", "100")},
                   {"l": aw("l", "500"), "e": aw("e", "100", status="undetermined")},
                   {"l": aw("l", "500")},
                   {}):
        before = amounts(awards)
        rule("reduce_by", "le").apply(awards)
        assert amounts(awards) == before
        assert all(a.stacking == [] for a in awards.values())


# --- per lease ---------------------------------------------------------------------------------------------
def P(*xs: Any) -> tuple[Fraction, Fraction, Fraction]:
    x = [Fraction(v) for v in xs]
    return (x[0], x[1] if len(x) > 1 else x[0], x[2] if len(x) > 2 else x[0])


def leased(mid: str, parts: dict[str, tuple[Any, Any, Any]], **kw: Any) -> Award:
    total = sum((v[0] for v in parts.values()), Fraction(0))
    a = aw(mid, str(round(Decimal(total.numerator) / total.denominator, 2)), parts=dict(parts), **kw)
    _resum(a)
    return a


def test_exclusive_per_lease_keeps_each_lease_where_it_pays_most() -> None:
    awards = {"d": leased("d", {"leases.0": P(300), "leases.1": P(100), "leases.2": P(50)}),
              "c": leased("c", {"leases.0": P(200), "leases.1": P(400)})}
    rule("exclusive", "dc", per="leases").apply(awards)
    assert set(awards["d"].parts) == {"leases.0", "leases.2"} and set(awards["c"].parts) == {"leases.1"}
    assert amounts(awards) == {"d": (350, 350, 350), "c": (400, 400, 400)}
    assert awards["d"].stacking == [
        f"leases.0: paid here (300.00); excludes c on it: {CITE}",
        f"leases.1: not added: c pays it instead (400.00 vs 100.00): {CITE}"]
    assert awards["c"].stacking == [
        f"leases.0: not added: d pays it instead (300.00 vs 200.00): {CITE}",
        f"leases.1: paid here (400.00); excludes d on it: {CITE}"]


def test_exclusive_per_lease_ties_and_keep_first() -> None:
    awards = {"d": leased("d", {"leases.0": P(100, 100, 100)}), "c": leased("c", {"leases.0": P(100, 100, 200)})}
    rule("exclusive", "dc", per="leases").apply(awards)
    assert (set(awards["d"].parts), set(awards["c"].parts)) == (set(), {"leases.0"})
    awards = {"d": leased("d", {"leases.0": P(100)}), "c": leased("c", {"leases.0": P(100)})}
    rule("exclusive", "dc", per="leases").apply(awards)
    assert (set(awards["d"].parts), set(awards["c"].parts)) == ({"leases.0"}, set())
    awards = {"d": leased("d", {"leases.0": P(100)}), "c": leased("c", {"leases.0": P(900)})}
    rule("exclusive", "dc", per="leases", keep="first").apply(awards)
    assert (set(awards["d"].parts), set(awards["c"].parts)) == ({"leases.0"}, set())
    assert awards["c"].amount == 0


def test_lease_keys_sort_by_number() -> None:
    assert _item_order("leases.10") == ("leases", 10) and _item_order("leases.2") == ("leases", 2)
    assert _item_order("whole") == ("whole", -1) and _item_order("a.b") == ("a.b", -1)
    awards = {"d": leased("d", {"leases.10": P(1), "leases.2": P(1)}),
              "c": leased("c", {"leases.10": P(2), "leases.2": P(2)})}
    rule("exclusive", "dc", per="leases").apply(awards)
    assert [s.split(":")[0] for s in awards["c"].stacking] == ["leases.2", "leases.10"]


def test_reduce_per_lease_takes_off_the_same_lease_only() -> None:
    awards = {"l": leased("l", {"leases.0": P(500, 400, 600), "leases.1": P(300)}),
              "e": leased("e", {"leases.0": P(100), "leases.2": P(900)}),
              "f": leased("f", {"leases.0": P(Fraction(1, 2))})}
    rule("reduce_by", "lef", per="leases").apply(awards)
    assert awards["l"].parts == {"leases.0": P(Fraction(799, 2), Fraction(599, 2), Fraction(999, 2)),
                                 "leases.1": P(300)}
    assert amounts(awards)["l"] == (Decimal("699.50"), Decimal("599.50"), Decimal("799.50"))
    assert awards["l"].stacking == [
        f"reduced (leases.0 by 100.50) already paid under e, f on the same lease: 800.00 → 699.50: {CITE}"]
    assert awards["e"].stacking == [f"deducted from l lease by lease: {CITE}"]
    assert amounts(awards)["e"] == (1000, 1000, 1000)


def test_reduce_per_lease_floors_at_zero_and_needs_a_shared_lease() -> None:
    awards = {"l": leased("l", {"leases.0": P(100, 50, 300)}), "e": leased("e", {"leases.0": P(200)})}
    rule("reduce_by", "le", per="leases").apply(awards)
    assert awards["l"].parts == {"leases.0": P(0, 0, 100)}
    awards = {"l": leased("l", {"leases.0": P(100)}), "e": leased("e", {"leases.1": P(200)})}
    rule("reduce_by", "le", per="leases").apply(awards)
    assert awards["l"].parts == {"leases.0": P(100)} and awards["l"].stacking == [] and awards["e"].stacking == []


def test_reduce_per_lease_when_the_later_measure_does_not_pay() -> None:
    awards = {"l": leased("l", {"leases.0": P(100)}, status="ineligible"), "e": leased("e", {"leases.0": P(50)}),
              "f": leased("f", {"leases.0": P(50)})}
    rule("reduce_by", "lef", per="leases").apply(awards)
    assert all(a.stacking == [] for a in awards.values())
    assert awards["e"].parts == {"leases.0": P(50)}


def test_a_per_lease_rule_falls_back_to_the_whole_award_without_parts() -> None:
    awards = {"d": leased("d", {"leases.0": P(300)}), "c": aw("c", "500")}
    rule("exclusive", "dc", per="leases").apply(awards)
    assert amounts(awards) == {"d": (0, 0, 0), "c": (500, 500, 500)}
    assert awards["c"].stacking == [f"paid; excludes d: {CITE}"]


def test_an_award_emptied_by_an_earlier_per_lease_rule_takes_no_part() -> None:
    emptied = aw("x", "0")
    awards = {"x": emptied, "d": leased("d", {"leases.0": P(300)}), "c": leased("c", {"leases.0": P(200)})}
    rule("exclusive", "xdc", per="leases").apply(awards)
    assert awards["x"].stacking == [] and set(awards["c"].parts) == set()
    # an unquantified one, or one with an amount, still takes part (and the rule is then on whole awards)
    awards = {"x": aw("x", "0", quantified=False), "d": leased("d", {"leases.0": P(300)}),
              "c": leased("c", {"leases.0": P(200)})}
    rule("exclusive", "xdc", per="leases").apply(awards)
    assert awards["x"].stacking != [] and awards["c"].amount == 0
    awards = {"x": aw("x", "0", status="undetermined"), "d": leased("d", {"leases.0": P(300)}),
              "c": leased("c", {"leases.0": P(200)})}
    rule("exclusive", "xdc", per="leases").apply(awards)
    assert awards["x"].stacking == []  # the per-lease path says nothing to an undetermined award
    assert set(awards["c"].parts) == set()


@dataclass
class Assume:
    scope: str


def test_the_reading_turns_a_per_lease_rule_into_a_whole_award_rule() -> None:
    def fresh() -> dict[str, Award]:
        return {"d": leased("d", {"leases.0": P(300), "leases.1": P(100)}),
                "c": leased("c", {"leases.0": P(200), "leases.1": P(400)}),
                "u": aw("u", status="ineligible")}

    per_lease = fresh()
    rule("exclusive", "dcu", per="leases", per_reading="scope").apply(per_lease, Assume("lease"))
    assert amounts(per_lease)["d"] == (300, 300, 300) and amounts(per_lease)["c"] == (400, 400, 400)
    assert per_lease["d"].readings == {"scope": "lease"} and per_lease["u"].readings == {}
    firm = fresh()
    rule("exclusive", "dcu", per="leases", per_reading="scope").apply(firm, Assume("firm"))
    assert amounts(firm)["d"] == (0, 0, 0) and amounts(firm)["c"] == (600, 600, 600)
    assert firm["c"].readings == {"scope": "firm"}
    no_assumptions = fresh()
    rule("exclusive", "dcu", per="leases", per_reading="scope").apply(no_assumptions)
    assert amounts(no_assumptions)["c"] == (400, 400, 400) and no_assumptions["c"].readings == {}


def test_resum_rounds_once() -> None:
    a = aw("a", "0", parts={"leases.0": P(Fraction(1, 200)), "leases.1": P(Fraction(1, 200), 0, Fraction(3, 200))})
    _resum(a)
    assert (str(a.amount), str(a.low), str(a.high)) == ("0.01", "0.01", "0.02")


def test_reduce_per_lease_takes_off_what_was_paid_not_the_earlier_low() -> None:
    # the earlier award's lease pays 100 (its range 40 … 160): the later one's lease is reduced by 100, not by 40
    awards = {"l": leased("l", {"leases.0": P(500)}), "e": leased("e", {"leases.0": P(100, 40, 160)})}
    rule("reduce_by", "le", per="leases").apply(awards)
    assert awards["l"].parts == {"leases.0": P(400)}
    assert amounts(awards)["l"] == (Decimal("400.00"), Decimal("400.00"), Decimal("400.00"))
