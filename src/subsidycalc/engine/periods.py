"""Dates and periods: inclusive windows, calendar months, and the part of an item's own period inside a window.

One implementation of period arithmetic for the whole library, on top of ``dateutil.relativedelta`` (month and
year steps clamp to the month's last day: 2020-01-31 + 1 month is 2020-02-29). Measures never compute months by
hand.

An *item* of the profile (a lease, a loan, a fee charge, a hire ...) exists for a period of its own; a measure pays
on it only for the part of that period inside the measure's window, at the unit the text uses:

- :func:`month_shares`: each calendar month of the window, with the share of it the item covers (days covered /
  days in the month, an exact :class:`~fractions.Fraction`) — for monthly amounts such as a month's rent;
- :func:`overlap_days`: days of the item inside the window — for daily amounts;
- :func:`whole_months_between`: completed calendar months between two days — for "每满一年", contract terms.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from functools import lru_cache

from dateutil.relativedelta import relativedelta

DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Window:
    """A closed date interval ``[start, end]``: both ``start`` and ``end`` are inside.

    ``end=None`` means open-ended.

    >>> Window(date(2020, 2, 1), date(2020, 5, 31)).contains(date(2020, 5, 31))
    True
    """

    start: date
    end: date | None

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"window end {self.end} is before its start {self.start}")

    def contains(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    __contains__ = contains

    def overlaps(self, other: Window) -> bool:
        return self.intersection(other) is not None

    def intersection(self, other: Window) -> Window | None:
        start = max(self.start, other.start)
        ends = [e for e in (self.end, other.end) if e is not None]
        end = min(ends) if ends else None
        if end is not None and end < start:
            return None
        return Window(start, end)

    def days(self) -> int:
        """Number of days in the window, both ends counted."""
        if self.end is None:
            raise ValueError("an open-ended window has no day count")
        return (self.end - self.start).days + 1

    def months(self) -> Iterator[Window]:
        """The calendar months the window touches, each as a whole-month window (first to last day)."""
        if self.end is None:
            raise ValueError("an open-ended window has no month list")
        m = month_start(self.start)
        while m <= self.end:
            yield month_of(m)
            m = m + relativedelta(months=1)

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat() if self.end else ''}"


def add_months(day: date, months: int) -> date:
    """``day`` plus whole calendar months, clamped to the month's last day.

    >>> add_months(date(2020, 12, 31), 2), add_months(date(2020, 3, 31), -1)
    (datetime.date(2021, 2, 28), datetime.date(2020, 2, 29))
    """
    return day + _months(months)


@lru_cache(maxsize=4096)
def _months(months: int) -> relativedelta:
    """One ``relativedelta`` per month count (building one costs more than adding it; it is immutable)."""
    return relativedelta(months=months)


def add_years(day: date, years: int) -> date:
    """``day`` plus whole years (29 February goes to 28 February in a common year).

    >>> add_years(date(2020, 2, 29), 3)
    datetime.date(2023, 2, 28)
    """
    return day + relativedelta(years=years)


def add_days(day: date, days: int) -> date:
    """``day`` plus calendar days (自然日)."""
    return day + timedelta(days=days)


def month_start(day: date) -> date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


def month_end(day: date) -> date:
    """The last day of ``day``'s month (月底).

    >>> month_end(date(2020, 2, 10))
    datetime.date(2020, 2, 29)
    """
    return day + relativedelta(day=31)


def month_of(day: date) -> Window:
    """The calendar month of ``day`` as a window."""
    return Window(month_start(day), month_end(day))


def month_window(first: date, months: int = 1) -> Window:
    """``months`` calendar months from ``first``'s month: ``month_window(date(2020, 2, 1), 3)`` is Feb–Apr 2020."""
    if months < 1:
        raise ValueError(f"a window of {months} months")
    start = month_start(first)
    return Window(start, month_end(add_months(start, months - 1)))


def whole_months_between(start: date, end: date) -> int:
    """Completed calendar months from ``start`` to ``end`` (0 when ``end`` is not after ``start``).

    >>> whole_months_between(date(2020, 1, 31), date(2020, 2, 29)), whole_months_between(date(2020, 3, 1), date(2021, 3, 1))
    (1, 12)
    """
    if end <= start:
        return 0
    d = relativedelta(end, start)
    return d.years * 12 + d.months


def item_period(starts_on: date | None, ends_on: date | None) -> Window:
    """An item's own period (a lease, a permit ...): from ``starts_on`` to ``ends_on``, either end open when absent
    (absent means "already in force" / "still in force", as the profile documents)."""
    return Window(starts_on or date.min, ends_on)


def overlap_days(a: Window, b: Window) -> int:
    """Days two windows share, both ends counted (0 when disjoint); ``b`` (or ``a``) may be open-ended if the other
    is not."""
    w = a.intersection(b)
    if w is None:
        return 0
    return w.days()


def covered_share(item: Window, month: Window) -> Fraction:
    """The share of ``month`` (any window) that ``item`` covers: days covered / days of ``month``, exact."""
    return Fraction(overlap_days(item, month), month.days())


def month_shares(item: Window, window: Window) -> list[tuple[Window, Fraction]]:
    """Each calendar month that ``window`` touches, clipped to ``window``, with the share of that month's days the
    ``item`` covers inside it (an exact fraction, 0 when the item does not exist then).

    A month the window covers only in part counts only that part: Feb 2020 inside ``2020-02-10..2020-03-31`` is
    ``2020-02-10..2020-02-29``, worth 20/29 of a month to an item present throughout.

    >>> [(str(m), str(s)) for m, s in month_shares(item_period(None, date(2020, 2, 10)), month_window(date(2020, 2, 1), 2))]
    [('2020-02-01..2020-02-29', '10/29'), ('2020-03-01..2020-03-31', '0')]
    """
    out: list[tuple[Window, Fraction]] = []
    for m in window.months():
        part = m.intersection(window)
        assert part is not None
        out.append((part, Fraction(overlap_days(item, part), m.days())))
    return out


def months_covered(item: Window, window: Window) -> Fraction:
    """The months of ``window`` the item covers, as an exact number of months (sum of :func:`month_shares`)."""
    return sum((s for _, s in month_shares(item, window)), Fraction(0))


__all__ = [
    "DAY", "Window", "add_days", "add_months", "add_years", "covered_share", "item_period", "month_end", "month_of",
    "month_shares", "month_start", "month_window", "months_covered", "overlap_days", "whole_months_between",
]
