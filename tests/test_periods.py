"""engine/periods.py: the one implementation of period arithmetic (issue 8 §7), on dateutil.relativedelta."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from subsidycalc.engine.periods import (
    Window,
    add_months,
    add_years,
    item_period,
    month_end,
    month_shares,
    month_window,
    months_covered,
    overlap_days,
    whole_months_between,
)

DAYS = st.dates(date(2019, 1, 1), date(2021, 12, 31))


@pytest.mark.parametrize(("day", "n", "want"), [
    (date(2020, 1, 31), 1, date(2020, 2, 29)),
    (date(2020, 12, 31), 3, date(2021, 3, 31)),
    (date(2020, 3, 31), -1, date(2020, 2, 29)),
    (date(2019, 1, 31), 1, date(2019, 2, 28)),
    (date(2020, 2, 17), 12, date(2021, 2, 17)),
])
def test_add_months_clamps_to_the_month_end(day: date, n: int, want: date) -> None:
    assert add_months(day, n) == want


def test_add_years_on_29_february() -> None:
    assert add_years(date(2020, 2, 29), 1) == date(2021, 2, 28)
    assert add_years(date(2020, 2, 29), 4) == date(2024, 2, 29)


@pytest.mark.parametrize(("a", "b", "want"), [
    (date(2020, 1, 31), date(2020, 2, 29), 1),
    (date(2020, 3, 1), date(2021, 3, 1), 12),
    (date(2020, 3, 2), date(2021, 3, 1), 11),
    (date(2020, 3, 1), date(2020, 3, 1), 0),
    (date(2020, 5, 1), date(2020, 3, 1), 0),
])
def test_whole_months_between(a: date, b: date, want: int) -> None:
    assert whole_months_between(a, b) == want


def test_month_window_and_end() -> None:
    assert month_window(date(2020, 2, 17), 3) == Window(date(2020, 2, 1), date(2020, 4, 30))
    assert month_end(date(2021, 2, 3)) == date(2021, 2, 28)
    with pytest.raises(ValueError):
        month_window(date(2020, 2, 1), 0)


def test_month_shares_of_a_lease_ending_mid_february() -> None:
    feb_mar = month_window(date(2020, 2, 1), 2)
    shares = month_shares(item_period(None, date(2020, 2, 10)), feb_mar)
    assert [s for _, s in shares] == [Fraction(10, 29), Fraction(0)]
    assert months_covered(item_period(date(2020, 3, 1), None), feb_mar) == 1
    assert months_covered(item_period(None, date(2020, 1, 31)), feb_mar) == 0


def test_a_window_starting_mid_month_counts_only_its_part() -> None:
    w = Window(date(2020, 2, 10), date(2020, 3, 31))
    assert [s for _, s in month_shares(item_period(None, None), w)] == [Fraction(20, 29), Fraction(1)]


@given(DAYS, DAYS, DAYS, st.integers(0, 400))
def test_shortening_an_item_never_adds_months(a: date, b: date, start: date, cut: int) -> None:
    lo, hi = min(a, b), max(a, b)
    window = Window(start, start + timedelta(days=120))
    full = months_covered(Window(lo, hi), window)
    shorter_end = max(lo, hi - timedelta(days=cut))
    assert months_covered(Window(lo, shorter_end), window) <= full
    assert 0 <= full <= len(list(window.months()))


@given(DAYS, DAYS, DAYS, DAYS)
def test_overlap_days_is_symmetric_and_bounded(a: date, b: date, c: date, d: date) -> None:
    x, y = Window(min(a, b), max(a, b)), Window(min(c, d), max(c, d))
    assert overlap_days(x, y) == overlap_days(y, x) <= min(x.days(), y.days())
    if x.end < y.start or y.end < x.start:  # type: ignore[operator]
        assert overlap_days(x, y) == 0
