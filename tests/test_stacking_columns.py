"""Stacking rules over columns (engine/batch.py) give, row by row, what StackingRule.apply gives award by award."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import subsidycalc as sc
from subsidycalc.engine.award import Award
from subsidycalc.engine.batch import BatchResult, MeasureResult, apply_stacking
from subsidycalc.engine.money import round_fen
from subsidycalc.engine.rules.columnar import ELIGIBLE, AwardColumns, Bits
from subsidycalc.engine.rules.columns import Columns, Section, TablesSource
from subsidycalc.engine.rules.rat import Rat
from subsidycalc.engine.stacking import StackingRule

CAT = sc.catalog()
SOURCE = CAT["xicheng.loan_interest_subsidy"].sources[0]
IDS = ("m.a", "m.b", "m.c")

# one firm's awards: per measure (status, quantified, parts amounts per lease or None for a whole amount)
award_st = st.tuples(
    st.sampled_from(["eligible", "eligible", "ineligible", "undetermined"]), st.booleans(),
    st.one_of(st.none(), st.lists(st.one_of(st.none(), st.fractions(0, 10_000, max_denominator=300)),
                                  min_size=3, max_size=3)),
    st.integers(0, 1_000_000),
)


def awards_of(firm: list[Any]) -> dict[str, Award]:
    out = {}
    for mid, (status, quantified, parts, whole) in zip(IDS, firm, strict=True):
        if status != "eligible":
            out[mid] = Award(mid, status)
            continue
        if parts is not None and any(p is not None for p in parts):
            ps = {f"leases.{i}": (p, p, p) for i, p in enumerate(parts) if p is not None}
            total = round_fen(sum((p for p, _, _ in ps.values()), Fraction(0)))
            out[mid] = Award(mid, status, total, total, total, quantified=quantified, parts=ps)
        else:
            a = Decimal(whole) / 100
            out[mid] = Award(mid, status, a, a, a, quantified=quantified)
    return out


def batch_of(firms: list[list[Any]]) -> tuple[BatchResult, Columns]:
    n = len(firms)
    owner = np.repeat(np.arange(n), 3)
    pos = np.tile(np.arange(3), n)
    sec = Section(owner, pos, np.ones(n, dtype=bool), 3 * n)
    cols = Columns(n, TablesSource(n, {}, {"leases": (sec, {})}, {}))
    results = {}
    for mid in IDS:
        status = np.zeros(n, dtype=np.int8)
        amount = np.zeros(n, dtype=np.int64)
        quantified = np.ones(n, dtype=bool)
        pn = np.zeros(3 * n, dtype=np.int64)
        pd = np.ones(3 * n, dtype=np.int64)
        pm = np.zeros(3 * n, dtype=bool)
        for i, firm in enumerate(firms):
            a = awards_of(firm)[mid]
            status[i] = {"eligible": 3, "ineligible": 1, "undetermined": 2}[a.status]
            amount[i] = int(a.amount * 100)
            quantified[i] = a.quantified
            for key, (p, _, _) in a.parts.items():
                j = 3 * i + int(key.split(".")[1])
                pn[j], pd[j], pm[j] = p.numerator, p.denominator, True
        res = AwardColumns(status, amount, amount.copy(), amount.copy(), quantified, np.zeros(n, dtype=np.int64), {},
                           Bits(), cols)
        res.parts["leases"] = (Rat(pn, pd), pm)

        class M:  # the measure: its id and that it is relief
            id = mid
            relief = True
        results[mid] = MeasureResult(M, None, res)  # type: ignore[arg-type]
    return BatchResult(n, results), cols


@settings(max_examples=60)
@given(firms=st.lists(st.lists(award_st, min_size=3, max_size=3), min_size=1, max_size=6),
       kind=st.sampled_from(["exclusive", "reduce_by"]), keep=st.sampled_from(["highest", "first"]),
       per=st.sampled_from([None, "leases"]))
def test_column_stacking_is_award_stacking_row_by_row(firms: list[list[Any]], kind: str, keep: str,
                                                      per: str | None) -> None:
    rule = StackingRule("r", kind, IDS, SOURCE, "x", keep=keep, per=per)  # type: ignore[arg-type]
    batch, cols = batch_of(firms)
    apply_stacking(batch, [rule], sc.Assumptions(), cols)
    for i, firm in enumerate(firms):
        aw = awards_of(firm)
        rule.apply(aw)
        for mid in IDS:
            assert int(batch.amount(mid)[i]) == int(aw[mid].amount * 100), (i, mid, kind, keep, per, firm)
            assert int(batch.high(mid)[i]) == int(aw[mid].high * 100)
    assert ELIGIBLE == 3


def test_two_per_lease_rules_on_one_measure_each_take_their_lease() -> None:
    # found by benchmarks/bench_agreement.py over 1,000,000 firms (firm 502613 of seed 2020): a 丰台 firm with an
    # office lease from a 丰台 district SOE and one from a 大兴 district SOE. The city's February rent relief
    # (京政办发〔2020〕7号) is contested lease by lease by daxing_soe_rent_once (L5264-L5268) and fengtai_soe_rent_once
    # (L3814-L3820); each district measure pays its own lease, so the city pays neither. The columnar stacking
    # forgot the lease the first rule took when it applied the second (it paid the city 13,350.00).
    lease = {"landlord": "district_soe", "use": "office", "premises_in_beijing": True, "premises_district": "fengtai",
             "relief_recognised": True, "landlord_level": "district"}
    firm = {"name": "f", "district": "fengtai", "size": "small", "leases": [
        {**lease, "landlord_district": "fengtai", "monthly_rent": "82700"},
        {**lease, "landlord_district": "daxing", "monthly_rent": "26700"}]}
    city, dx, ft = "beijing.soe_rent_reduction_feb", "daxing.soe_rent_reduction", "fengtai.soe_rent_reduction"
    report = sc.estimate(firm)
    p = sc.estimate_many([firm], progress=False)
    for mid in (city, dx, ft):
        assert Decimal(int(p.amounts(mid)[0])) / 100 == report[mid].amount, mid
    assert report[city].amount == 0 and report[dx].amount == Decimal("13350.00")
    assert report[ft].amount == Decimal("41350.00")
