"""Period arithmetic at its edges (issue 8 §6): a window's two ends (inside), touching windows (one shared day),
disjoint ones a day apart, open ends, month lists and shares at the first and last day of a month."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from fractions import Fraction

import pytest

from subsidycalc.engine.periods import (
    DAY,
    Window,
    add_days,
    add_months,
    add_years,
    covered_share,
    item_period,
    month_end,
    month_of,
    month_shares,
    month_start,
    month_window,
    months_covered,
    overlap_days,
    whole_months_between,
)

FEB = Window(date(2020, 2, 1), date(2020, 2, 29))
MAR = Window(date(2020, 3, 1), date(2020, 3, 31))


def test_day_is_one_day() -> None:
    assert DAY == timedelta(days=1)


def test_a_window_holds_both_ends_and_refuses_an_end_before_its_start() -> None:
    w = Window(date(2020, 2, 1), date(2020, 2, 3))
    assert w.contains(date(2020, 2, 1)) and w.contains(date(2020, 2, 3)) and date(2020, 2, 2) in w
    assert not w.contains(date(2020, 1, 31)) and date(2020, 2, 4) not in w
    assert Window(date(2020, 2, 1), date(2020, 2, 1)).days() == 1  # a one-day window is allowed
    with pytest.raises(ValueError, match="window end 2020-01-31 is before its start 2020-02-01"):
        Window(date(2020, 2, 1), date(2020, 1, 31))
    open_ = Window(date(2020, 2, 1), None)
    assert open_.contains(date(2099, 1, 1)) and not open_.contains(date(2020, 1, 31))
    with pytest.raises(dataclasses.FrozenInstanceError):
        w.start = date(2020, 1, 1)  # type: ignore[misc]
    assert not hasattr(w, "__dict__")  # slotted


def test_days_and_months_need_an_end() -> None:
    assert FEB.days() == 29 and MAR.days() == 31
    with pytest.raises(ValueError, match="no day count"):
        Window(date(2020, 2, 1), None).days()
    with pytest.raises(ValueError, match="no month list"):
        list(Window(date(2020, 2, 1), None).months())


def test_intersection_at_the_edges() -> None:
    a = Window(date(2020, 2, 1), date(2020, 2, 10))
    touching = Window(date(2020, 2, 10), date(2020, 2, 20))
    apart = Window(date(2020, 2, 11), date(2020, 2, 20))
    assert a.intersection(touching) == Window(date(2020, 2, 10), date(2020, 2, 10))
    assert touching.intersection(a) == Window(date(2020, 2, 10), date(2020, 2, 10))
    assert a.overlaps(touching) and touching.overlaps(a)
    assert a.intersection(apart) is None and apart.intersection(a) is None
    assert not a.overlaps(apart) and not apart.overlaps(a)
    assert overlap_days(a, touching) == 1 and overlap_days(a, apart) == 0
    # open ends: the other window's end bounds the intersection; both open stays open
    o = Window(date(2020, 2, 5), None)
    assert a.intersection(o) == Window(date(2020, 2, 5), date(2020, 2, 10))
    assert o.intersection(a) == Window(date(2020, 2, 5), date(2020, 2, 10))
    assert o.intersection(Window(date(2020, 1, 1), None)) == Window(date(2020, 2, 5), None)
    assert Window(date(2020, 2, 11), None).intersection(a) is None
    # the smaller end wins, the larger start wins
    assert Window(date(2020, 1, 1), date(2020, 3, 31)).intersection(FEB) == FEB
    assert FEB.intersection(Window(date(2020, 1, 1), date(2020, 3, 31))) == FEB


def test_months_of_a_window() -> None:
    w = Window(date(2020, 1, 31), date(2020, 3, 1))
    assert list(w.months()) == [Window(date(2020, 1, 1), date(2020, 1, 31)), FEB, MAR]
    assert list(Window(date(2020, 2, 29), date(2020, 2, 29)).months()) == [FEB]
    assert list(Window(date(2020, 2, 1), date(2020, 2, 28)).months()) == [FEB]
    assert len(list(Window(date(2020, 1, 1), date(2020, 12, 31)).months())) == 12


def test_str() -> None:
    assert str(FEB) == "2020-02-01..2020-02-29"
    assert str(Window(date(2020, 2, 1), None)) == "2020-02-01.."


def test_steps() -> None:
    assert add_days(date(2020, 2, 28), 1) == date(2020, 2, 29)
    assert add_days(date(2020, 3, 1), -1) == date(2020, 2, 29)
    assert add_months(date(2020, 1, 31), 1) == date(2020, 2, 29)
    assert add_years(date(2019, 3, 1), 1) == date(2020, 3, 1)
    assert month_start(date(2020, 2, 29)) == date(2020, 2, 1)
    assert month_end(date(2020, 12, 1)) == date(2020, 12, 31)
    assert month_end(date(2020, 4, 30)) == date(2020, 4, 30)
    assert month_of(date(2020, 2, 14)) == FEB


def test_month_window() -> None:
    assert month_window(date(2020, 2, 29)) == FEB
    assert month_window(date(2020, 2, 10), 2) == Window(date(2020, 2, 1), date(2020, 3, 31))
    assert month_window(date(2020, 11, 15), 3) == Window(date(2020, 11, 1), date(2021, 1, 31))
    with pytest.raises(ValueError, match="a window of 0 months"):
        month_window(date(2020, 2, 1), 0)
    with pytest.raises(ValueError, match="a window of -1 months"):
        month_window(date(2020, 2, 1), -1)


@pytest.mark.parametrize("a, b, n", [
    (date(2020, 1, 1), date(2020, 1, 31), 0),
    (date(2020, 1, 1), date(2020, 2, 1), 1),
    (date(2019, 1, 1), date(2020, 1, 1), 12),
    (date(2019, 1, 1), date(2021, 2, 1), 25),
    (date(2019, 1, 2), date(2021, 2, 1), 24),
    (date(2020, 1, 2), date(2020, 1, 1), 0),
    (date(2020, 5, 1), date(2020, 3, 1), 0),  # an end months before the start: 0, not -2
    (date(2021, 5, 1), date(2020, 3, 1), 0),
])
def test_whole_months_between(a: date, b: date, n: int) -> None:
    assert whole_months_between(a, b) == n


def test_item_period_ends() -> None:
    assert item_period(None, None) == Window(date.min, None)
    assert item_period(date(2020, 3, 1), None) == Window(date(2020, 3, 1), None)
    assert item_period(None, date(2020, 3, 1)) == Window(date.min, date(2020, 3, 1))


def test_covered_share_and_month_shares() -> None:
    item = Window(date(2020, 2, 15), date(2020, 3, 10))
    assert covered_share(item, FEB) == Fraction(15, 29)
    assert covered_share(item, MAR) == Fraction(10, 31)
    assert covered_share(item, Window(date(2020, 4, 1), date(2020, 4, 30))) == 0
    shares = month_shares(item, Window(date(2020, 2, 20), date(2020, 3, 31)))
    assert shares == [(Window(date(2020, 2, 20), date(2020, 2, 29)), Fraction(10, 29)),
                      (MAR, Fraction(10, 31))]
    assert months_covered(item, Window(date(2020, 2, 1), date(2020, 3, 31))) == Fraction(15, 29) + Fraction(10, 31)
    assert months_covered(Window(date(2020, 4, 1), None), Window(date(2020, 2, 1), date(2020, 3, 31))) == 0
    assert isinstance(months_covered(Window(date(2020, 4, 1), None), FEB), Fraction)
