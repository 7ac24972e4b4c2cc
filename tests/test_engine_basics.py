"""Money, periods, benchmark rates and the SME size standard."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from subsidycalc import SizeStandardError, classify_size
from subsidycalc.engine.money import D, pct, round_fen, yuan
from subsidycalc.engine.periods import Window
from subsidycalc.reference.rates import RateLookupError, benchmark_rate, lpr, pboc_benchmark


# --- money ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("raw, fen", [
    ("0.005", "0.01"),      # half-up, not banker's rounding
    ("0.015", "0.02"),
    ("0.025", "0.03"),      # banker's rounding would give 0.02
    ("2.675", "2.68"),
    ("0.004999", "0.00"),
    ("77575.0000", "77575.00"),
])
def test_round_fen_is_half_up(raw: str, fen: str) -> None:
    assert round_fen(Decimal(raw)) == Decimal(fen)


@given(st.decimals(min_value=0, max_value=10**12, places=6))
def test_round_fen_within_half_a_fen(x: Decimal) -> None:
    r = round_fen(x)
    assert r.as_tuple().exponent == -2
    assert abs(r - x) <= Decimal("0.005")
    assert round_fen(r) == r  # rounding once is idempotent


def test_money_refuses_floats() -> None:
    with pytest.raises(TypeError):
        D(0.3)  # type: ignore[arg-type]
    assert D("0.30") == Decimal("0.30")


def test_formatting() -> None:
    assert yuan(Decimal("1234567.5")) == "1,234,567.50"
    assert pct(Decimal("0.30")) == "30%"
    assert pct(Decimal("0.0435")) == "4.35%"


# --- periods -----------------------------------------------------------------------------------------
def test_window_is_inclusive_at_both_ends() -> None:
    w = Window(date(2020, 2, 1), date(2020, 5, 31))
    assert w.contains(date(2020, 2, 1)) and w.contains(date(2020, 5, 31))
    assert not w.contains(date(2020, 1, 31)) and not w.contains(date(2020, 6, 1))
    assert w.days() == 29 + 31 + 30 + 31  # Feb 2020 has 29 days


def test_window_rejects_reversed_ends() -> None:
    with pytest.raises(ValueError):
        Window(date(2020, 3, 1), date(2020, 2, 1))


@given(st.dates(date(2019, 1, 1), date(2021, 12, 31)), st.integers(0, 400),
       st.dates(date(2019, 1, 1), date(2021, 12, 31)), st.integers(0, 400))
def test_window_intersection(a: date, la: int, b: date, lb: int) -> None:
    wa, wb = Window(a, a + timedelta(la)), Window(b, b + timedelta(lb))
    inter = wa.intersection(wb)
    assert (inter is not None) == wa.overlaps(wb)
    if inter is not None:
        assert wa.contains(inter.start) and wb.contains(inter.start)
        assert inter.end is not None and wa.contains(inter.end) and wb.contains(inter.end)


# --- benchmark rates ----------------------------------------------------------------------------------
@pytest.mark.parametrize("day, rate", [
    (date(2020, 2, 19), "0.0415"),   # published 2020-01-20, in force until the next publication
    (date(2020, 2, 20), "0.0405"),   # in force from its publication date
    (date(2020, 3, 2), "0.0405"),
    (date(2020, 4, 20), "0.0385"),
    (date(2020, 5, 31), "0.0385"),
    (date(2021, 12, 20), "0.0380"),
])
def test_lpr_in_force_from_publication(day: date, rate: str) -> None:
    assert lpr(day)[0] == Decimal(rate)


def test_lpr_before_table_is_an_error() -> None:
    with pytest.raises(RateLookupError):
        lpr(date(2019, 8, 19))


@pytest.mark.parametrize("months, rate", [(6, "0.0435"), (12, "0.0435"), (13, "0.0475"), (60, "0.0475"),
                                          (61, "0.0490")])
def test_pboc_bands(months: int, rate: str) -> None:
    assert pboc_benchmark(date(2020, 3, 1), months) == Decimal(rate)


def test_benchmark_rate_cites_its_table() -> None:
    r, cite = benchmark_rate("lpr", date(2020, 5, 31), 12)
    assert r == Decimal("0.0385") and "2020-05-20" in cite and "3.85%" in cite


# --- SME size standard ----------------------------------------------------------------------------------
@pytest.mark.parametrize("industry, employees, revenue, assets, size", [
    ("software", 45, "8000000", None, "small"),          # API.md example: ≥10 and ≥50万, not both ≥100 / ≥1000万
    ("software", 100, "10000000", None, "medium"),       # both medium bounds reached ("及以上" includes)
    ("software", 99, "10000000", None, "small"),
    ("software", 9, "10000000", None, "micro"),          # below the small employee bound
    ("software", 300, "100000000", None, "large"),       # at both upper bounds ("以下" excludes them)
    ("software", 300, "99999999", None, "medium"),       # under one upper bound is enough to be SME
    ("catering", 10, "1000000", None, "small"),
    ("catering", 10, "999999", None, "micro"),
    ("retail", 50, "5000000", None, "medium"),
    ("wholesale", 5, "10000000", None, "small"),
    ("agriculture", None, "500000", None, "small"),
    ("agriculture", None, "499999", None, "micro"),
    ("agriculture", None, "200000000", None, "large"),
    ("construction", None, "60000000", "50000000", "medium"),
    ("real_estate", None, "1000000", "20000000", "small"),
    ("leasing_business_services", 100, None, "80000000", "medium"),
    ("other", 10, None, None, "small"),
    ("other", 300, None, None, "large"),
    ("manufacturing", 1000, "400000000", None, "large"),
    ("manufacturing", 20, "3000000", None, "small"),
    ("logistics", 300, "30000000", None, "medium"),      # classified as 交通运输业
])
def test_classify_size_table(industry: str, employees: int | None, revenue: str | None, assets: str | None,
                             size: str) -> None:
    rev = Decimal(revenue) if revenue else None
    ass = Decimal(assets) if assets else None
    assert classify_size(industry, employees=employees, revenue=rev, assets=ass) == size


def test_classify_size_names_the_missing_figure() -> None:
    with pytest.raises(SizeStandardError, match="revenue"):
        classify_size("software", employees=45)
    with pytest.raises(ValueError, match="declare size"):
        classify_size("finance", employees=45, revenue=Decimal(1))
    with pytest.raises(ValueError, match="industry"):
        classify_size("astrology", employees=1)


ORDER = {"micro": 0, "small": 1, "medium": 2, "large": 3}


@given(st.sampled_from(["software", "catering", "retail", "manufacturing", "wholesale", "transport"]),
       st.integers(0, 3000), st.integers(0, 2 * 10**9), st.integers(0, 500), st.integers(0, 10**8))
def test_classify_size_is_monotone(industry: str, emp: int, rev: int, d_emp: int, d_rev: int) -> None:
    """More employees and more revenue never make a firm smaller."""
    a = classify_size(industry, employees=emp, revenue=Decimal(rev))
    b = classify_size(industry, employees=emp + d_emp, revenue=Decimal(rev + d_rev))
    assert ORDER[b] >= ORDER[a]


def test_the_fast_award_constructor_sets_every_field() -> None:
    """``make_award`` fills the slots one by one; a field added to Award but not there fails here."""

    import subsidycalc as sc
    from subsidycalc.engine.award import Award
    from subsidycalc.engine.estimate import make_award

    m = sc.catalog()["xicheng.loan_interest_subsidy"]
    a = make_award(m, "ineligible", Decimal(0), Decimal(0), Decimal(0), ["✗ x"], [], [], {}, True, [], {}, {})
    for f in Award.FIELDS:
        getattr(a, f)  # AttributeError when a slot was left unset
    assert a == Award("xicheng.loan_interest_subsidy", "ineligible", reasons=["✗ x"], sources=m.sources,
                      title_zh=m.title_zh, title_en=m.title_en, district=m.district, kind=m.kind,
                      beneficiary=m.beneficiary, relief=m.relief)


def test_the_traced_award_of_a_measure_not_paid_sets_every_field() -> None:
    """``award_from_trace`` writes the awards of ineligible and undetermined measures slot by slot too: every field
    set, and equal to the award the constructor builds from the same values."""
    import json
    from pathlib import Path

    import subsidycalc as sc
    from subsidycalc.engine.award import Award
    from subsidycalc.engine.estimate import plan

    data = json.loads((Path(__file__).resolve().parents[1] / "examples/firms/xicheng_restaurant.json").read_text())
    firm = sc.Firm.model_validate(data)
    report = sc.estimate(firm)
    traced = {m.id for m, quick in plan(sc.catalog(), firm.district) if quick is None}
    seen = set()
    for a in report.awards:
        if a.measure_id not in traced or a.status == "eligible":
            continue
        seen.add(a.status)
        m = sc.catalog()[a.measure_id]
        for f in Award.FIELDS:
            getattr(a, f)  # AttributeError when a slot was left unset
        assert a.reasons and a.amount == a.low == a.high == Decimal(0)
        assert a == Award(m.id, a.status, reasons=list(a.reasons), missing=list(a.missing), readings=dict(a.readings),
                          steps=list(a.steps), effects=dict(a.effects), stacking=list(a.stacking), sources=m.sources, title_zh=m.title_zh, title_en=m.title_en, district=m.district,
                          kind=m.kind, beneficiary=m.beneficiary, relief=m.relief)
    assert seen == {"ineligible", "undetermined"}


def test_the_quick_ineligible_award_sets_every_field() -> None:
    """Another district's measure is ruled out without evaluating it, by an award written slot by slot: every field
    set, equal to the constructor's award with the same values."""
    import subsidycalc as sc
    from subsidycalc.engine.award import Award
    from subsidycalc.engine.estimate import _quick_ineligible

    m = sc.catalog()["xicheng.loan_interest_subsidy"]
    a = _quick_ineligible(m, "a 西城区 measure; the firm is registered in 海淀区")
    for f in Award.FIELDS:
        getattr(a, f)  # AttributeError when a slot was left unset
    assert a == Award(m.id, "ineligible", reasons=["✗ a 西城区 measure; the firm is registered in 海淀区"],
                      sources=m.sources, title_zh=m.title_zh, title_en=m.title_en, district=m.district, kind=m.kind,
                      beneficiary=m.beneficiary, relief=m.relief)


def test_alternating_assumptions_each_get_their_own_definitions() -> None:
    """``estimate.runs`` keeps, per district, the compiled definitions of the assumptions last used: estimating one
    firm under two readings in turn gives each reading's own result every time, the same as the first time."""
    import json
    from pathlib import Path

    import subsidycalc as sc

    data = json.loads((Path(__file__).resolve().parents[1] / "examples/firms/haidian_bank_branch.json").read_text())
    firm = sc.Firm.model_validate(data)
    first_ever = sc.Assumptions(haidian_first_loan_definition="borrower_first_ever")
    default, other = sc.estimate(firm).to_dict(), sc.estimate(firm, first_ever).to_dict()
    assert default["total"] != other["total"]  # the reading changes haidian.first_loan_subsidy
    for _ in range(2):
        assert sc.estimate(firm).to_dict() == default
        assert sc.estimate(firm, first_ever).to_dict() == other
        assert sc.estimate(firm, {"haidian_first_loan_definition": "borrower_first_ever"}).to_dict() == other
