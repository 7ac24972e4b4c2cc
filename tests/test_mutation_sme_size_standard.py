"""Every bound of every row of the SME size standard, pinned at the bound (issue 8 §6).

The expected bounds are copied here from 《中小企业划型标准规定》(工信部联企业〔2011〕300号) itself, not read from
``ROWS``: a bound moved by one unit (one person, one 万元, or ``W`` moved by one yuan) makes the firm at the bound,
or the one just under it, change size, and a test below fails.

For a bound ``b`` of metric ``i``: the other metrics of the row sit at their upper bound (so they decide nothing
but never make the firm smaller), metric ``i`` at ``b`` and at ``b - 1`` (one person, one yuan), and the size
changes exactly there: upper bound large / medium, medium bound medium / small, small bound small / micro.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from subsidycalc.profile.industries import INDUSTRIES
from subsidycalc.profile.sme_size_standard import ROWS, Row, SizeStandardError, W, classify_size

WAN = 10_000  # 万元 in yuan

# industry id used for the row: (metrics, upper, medium, small); persons, or 万元 for revenue and assets
STANDARD: dict[str, tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]]] = {
    "agriculture": (("revenue",), (20000,), (500,), (50,)),
    "manufacturing": (("employees", "revenue"), (1000, 40000), (300, 2000), (20, 300)),
    "construction": (("revenue", "assets"), (80000, 80000), (6000, 5000), (300, 300)),
    "wholesale": (("employees", "revenue"), (200, 40000), (20, 5000), (5, 1000)),
    "retail": (("employees", "revenue"), (300, 20000), (50, 500), (10, 100)),
    "transport": (("employees", "revenue"), (1000, 30000), (300, 3000), (20, 200)),
    "warehousing": (("employees", "revenue"), (200, 30000), (100, 1000), (20, 100)),
    "postal": (("employees", "revenue"), (1000, 30000), (300, 2000), (20, 100)),
    "accommodation": (("employees", "revenue"), (300, 10000), (100, 2000), (10, 100)),
    "catering": (("employees", "revenue"), (300, 10000), (100, 2000), (10, 100)),
    "telecom": (("employees", "revenue"), (2000, 100000), (100, 1000), (10, 100)),  # 信息传输业
    "software": (("employees", "revenue"), (300, 10000), (100, 1000), (10, 50)),
    "real_estate": (("revenue", "assets"), (200000, 10000), (1000, 5000), (100, 2000)),
    "property_management": (("employees", "revenue"), (1000, 5000), (300, 1000), (100, 500)),
    "leasing_business_services": (("employees", "assets"), (300, 120000), (100, 8000), (10, 100)),
    "other": (("employees",), (300,), (100,), (10,)),
}

ROW_OF = {"agriculture": "agriculture", "manufacturing": "industry", "construction": "construction",
          "wholesale": "wholesale", "retail": "retail", "transport": "transport", "warehousing": "warehousing",
          "postal": "postal", "accommodation": "accommodation", "catering": "catering",
          "telecom": "information_transmission", "software": "software", "real_estate": "real_estate",
          "property_management": "property_management",
          "leasing_business_services": "leasing_business_services", "other": "other"}


def _value(metric: str, figure: int) -> int | Decimal:
    return figure if metric == "employees" else Decimal(figure * WAN)


def _classify(industry: str, values: dict[str, int | Decimal]) -> str:
    return classify_size(industry, **values)  # type: ignore[arg-type]


# (industry, metric index, which bound, bound figure): every bound of every row
CASES = [
    (industry, i, which, bounds[k][i])
    for industry, (metrics, *bounds) in STANDARD.items()
    for i in range(len(metrics))
    for k, which in enumerate(("upper", "medium", "small"))
]

# size at the bound, size one unit under it
SIZES = {"upper": ("large", "medium"), "medium": ("medium", "small"), "small": ("small", "micro")}


@pytest.mark.parametrize("industry, i, which, figure", CASES,
                         ids=[f"{c[0]}-{STANDARD[c[0]][0][c[1]]}-{c[2]}" for c in CASES])
def test_every_bound_is_pinned_at_the_bound(industry: str, i: int, which: str, figure: int) -> None:
    metrics, upper, _, _ = STANDARD[industry]
    values: dict[str, int | Decimal] = {m: _value(m, u) for m, u in zip(metrics, upper, strict=True)}
    at, under = SIZES[which]
    values[metrics[i]] = _value(metrics[i], figure)
    assert _classify(industry, values) == at
    values[metrics[i]] = _value(metrics[i], figure) - 1  # one person, or one yuan, less
    assert _classify(industry, values) == under


def test_the_table_is_the_standard_s() -> None:
    """The same figures, read the other way: ROWS holds exactly the standard's bounds, in yuan."""
    assert W == Decimal(10_000)
    assert set(ROWS) == set(ROW_OF.values())
    for industry, (metrics, upper, medium, small) in STANDARD.items():
        row = ROWS[ROW_OF[industry]]
        assert INDUSTRIES[industry][1] == ROW_OF[industry]
        assert row.metrics == metrics
        for got, want in ((row.upper, upper), (row.medium, medium), (row.small, small)):
            assert got == tuple(_value(m, x) for m, x in zip(metrics, want, strict=True))


@pytest.mark.parametrize("industry", sorted(STANDARD))
def test_zero_is_micro_and_both_metrics_are_needed_for_medium(industry: str) -> None:
    metrics, upper, medium, _ = STANDARD[industry]
    assert _classify(industry, {m: _value(m, 0) for m in metrics}) == "micro"
    if len(metrics) == 2:  # reaching one medium bound (the other at the small bound's floor) is not enough
        for i in range(2):
            values = {m: _value(m, u) for m, u in zip(metrics, upper, strict=True)}
            values[metrics[1 - i]] = _value(metrics[1 - i], 0)
            assert _classify(industry, values) == "micro"
            values[metrics[1 - i]] = _value(metrics[1 - i], medium[1 - i])
            assert _classify(industry, values) == "medium"


def test_negative_and_non_integral_types_are_refused_and_zero_is_not() -> None:
    with pytest.raises(SizeStandardError, match="employees: must not be negative"):
        classify_size("other", employees=-1)
    with pytest.raises(SizeStandardError, match="revenue: must not be negative"):
        classify_size("agriculture", revenue=Decimal("-0.01"))
    assert classify_size("other", employees=0) == "micro"
    assert classify_size("agriculture", revenue=Decimal(0)) == "micro"
    for bad in (True, False):
        with pytest.raises(SizeStandardError, match="employees: must be an int or Decimal, not bool"):
            classify_size("other", employees=bad)  # type: ignore[arg-type]
    with pytest.raises(SizeStandardError, match="employees: must be an int or Decimal, not float"):
        classify_size("other", employees=12.0)  # type: ignore[arg-type]
    with pytest.raises(SizeStandardError, match="revenue: must be an int or Decimal, not float"):
        classify_size("software", employees=12, revenue=1.5)  # type: ignore[arg-type]
    assert classify_size("other", employees=Decimal(10)) == "small"


def test_missing_figures_and_uncovered_industries() -> None:
    with pytest.raises(SizeStandardError, match=r"^employees: the SME size standard needs employees for 软件"):
        classify_size("software", revenue=Decimal(1))
    with pytest.raises(SizeStandardError, match=r"^assets: .*租赁和商务服务业"):
        classify_size("leasing_business_services", employees=1, revenue=Decimal(1))
    # a figure the row does not use is not needed, and does not count
    assert classify_size("other", employees=10, revenue=Decimal(10**12), assets=Decimal(10**12)) == "small"
    for industry, zh in (("finance", "金融业"), ("guarantee", "融资担保")):
        with pytest.raises(SizeStandardError,
                           match=rf"^industry: '{industry}' \({zh}\) is not covered by the SME size standard; declare size$"):
            classify_size(industry, employees=1, revenue=Decimal(1), assets=Decimal(1))
    with pytest.raises(SizeStandardError, match=r"^industry: unknown industry 'astrology'"):
        classify_size("astrology", employees=1)
    assert issubclass(SizeStandardError, ValueError)


def test_a_row_is_a_frozen_slotted_value() -> None:
    row = ROWS["other"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.name_zh = "x"  # type: ignore[misc]
    assert not hasattr(row, "__dict__")
    assert row == Row("其他未列明行业", ("employees",), (Decimal(300),), (Decimal(100),), (Decimal(10),))
