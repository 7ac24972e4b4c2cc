"""A report's totals and views (issue 8 §6): ``by_status``, ``eligible``, ``undetermined``, the three totals
(eligible relief only), the order of ``sorted``, ``to_dict`` and ``repr``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import subsidycalc as sc
from subsidycalc.engine.award import Award
from subsidycalc.engine.registry import Catalog
from subsidycalc.engine.report import Report


@dataclass
class M:
    id: str
    aliases: tuple[str, ...] = ()


def award(mid: str, status: str, amount: str = "0", low: str | None = None, high: str | None = None,
          relief: bool = True) -> Award:
    a = Decimal(amount)
    return Award(mid, status, a, Decimal(low or amount), Decimal(high or amount), relief=relief)  # type: ignore[arg-type]


AWARDS = [
    award("x.small", "eligible", "100.00", "50.00", "150.00"),
    award("x.big", "eligible", "300.00"),
    award("x.deferral", "eligible", "999.00", relief=False),  # not relief: not in the totals
    award("x.unknown", "undetermined"),
    award("x.no", "ineligible"),
    award("x.maybe", "undetermined"),
    award("a.big", "eligible", "300.00"),
]
CAT = Catalog([M(a.measure_id, ("alias.big",) if a.measure_id == "x.big" else ()) for a in AWARDS], [], {})  # type: ignore[misc]


class Assume:
    def changed(self) -> dict[str, Any]:
        return {"day": date(2020, 3, 1), "rate": Decimal("0.05"), "series": "pboc", "flag": True}


def report(awards: list[Award] = AWARDS, firm: Any = None, assumptions: Any = None) -> Report:
    return Report(firm or sc.Firm(name="甲", district="xicheng"), list(awards), assumptions, CAT)


def test_views_by_status() -> None:
    r = report()
    assert [a.measure_id for a in r.by_status("eligible")] == ["x.small", "x.big", "x.deferral", "a.big"]
    assert [a.measure_id for a in r.eligible] == ["x.small", "x.big", "x.deferral", "a.big"]
    assert [a.measure_id for a in r.undetermined] == ["x.unknown", "x.maybe"]
    assert [a.measure_id for a in r.by_status("ineligible")] == ["x.no"]
    assert r.by_status("other") == []
    assert len(r) == 7 and list(r) == r.awards
    assert r["alias.big"] is AWARDS[1] and r["x.no"] is AWARDS[4]


def test_totals_are_of_eligible_relief_only() -> None:
    r = report()
    assert (r.total, r.total_low, r.total_high) == (Decimal("700.00"), Decimal("650.00"), Decimal("750.00"))
    empty = report([award("x.no", "ineligible", "5.00")])
    assert (str(empty.total), str(empty.total_low), str(empty.total_high)) == ("0.00", "0.00", "0.00")
    assert report([award("x.unknown", "undetermined", "7.00")]).total == 0


def test_sorted_puts_eligible_first_largest_first_then_undetermined_then_ineligible() -> None:
    ids = [a.measure_id for a in report().sorted()]
    assert ids == ["x.deferral", "a.big", "x.big", "x.small", "x.maybe", "x.unknown", "x.no"]


def test_to_dict() -> None:
    d = report(assumptions=Assume()).to_dict()
    assert d["firm"] == {"name": "甲", "district": "xicheng"}
    assert (d["total"], d["total_low"], d["total_high"]) == ("700.00", "650.00", "750.00")
    assert d["assumptions_changed"] == {"day": "2020-03-01", "rate": "0.05", "series": "pboc", "flag": True}
    assert d["counts"] == {"eligible": 4, "undetermined": 2, "ineligible": 1}
    assert list(d["counts"]) == ["eligible", "undetermined", "ineligible"]
    assert [a["measure_id"] for a in d["awards"]] == [a.measure_id for a in report().sorted()]
    assert report(assumptions=object()).to_dict()["assumptions_changed"] == {}


def test_repr() -> None:
    assert repr(report()) == ("<Report 甲: total 700.00 [650.00–750.00] yuan; 4 eligible, 2 undetermined, "
                              "1 ineligible>")
    flat = report([award("x.big", "eligible", "300.00")], firm=sc.Firm(district="xicheng"))
    assert repr(flat) == "<Report firm: total 300.00 yuan; 1 eligible, 0 undetermined, 0 ineligible>"
    assert repr(report([], firm=object())) == "<Report firm: total 0.00 yuan; 0 eligible, 0 undetermined, 0 ineligible>"


def test_an_eligible_award_of_nothing_still_sorts_before_the_undetermined() -> None:
    r = report([award("z.und", "undetermined"), award("y.zero", "eligible", "0.00"), award("a.no", "ineligible"),
                award("b.und", "undetermined")])
    assert [a.measure_id for a in r.sorted()] == ["y.zero", "b.und", "z.und", "a.no"]


def test_statuses_are_compared_by_value() -> None:
    """A status read back from JSON is an equal string, not the same object."""
    status = "".join(["eli", "gible"])
    r = report([Award("x.big", status, Decimal(5), Decimal(5), Decimal(5))])  # type: ignore[arg-type]
    assert r.total == 5
    assert len(r.by_status("".join(["eli", "gible"]))) == 1 and len(r.eligible) == 1


def test_text_and_html_defaults() -> None:
    r = report()
    assert r.summary() == r.summary(show_all=False) != r.summary(show_all=True)
    assert "x.no" not in r.summary() and "x.no" in r.summary(show_all=True)
    assert r.to_html() == r.to_html(show_all=True) != r.to_html(show_all=False)
