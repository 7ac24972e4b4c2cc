"""Calendar months of an item's own period, as rule expressions (东城's rent measures; issue 9).

The vocabulary's :func:`~subsidycalc.engine.rules.nodes.month_shares` and ``months_covered`` count the months of a
*declared* window (the epidemic period, February 2020) that a period covers. The 商务楼宇 subsidy
(``dongcheng.commercial_building_rent_subsidy``, reading ``dongcheng_building_relief_spread=months``) also needs the
months of the rent cut's *own* period — ``months_covered(item, item)`` of :mod:`subsidycalc.engine.periods` — whose
ends are facts, not a declared window. No expression of the vocabulary gives a date's month or day, so three
calendar functions are written here as :class:`~subsidycalc.engine.rules.nodes.Table` s (one firm: Python dates;
many firms: numpy ordinals), each returning a whole number, and :func:`months_spanned` composes them.

This module starts with ``_``: the registry does not scan it for measures.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

import numpy as np

from ..engine.rules.nodes import Node, Table, if_, table
from ..engine.rules.rat import Rat

_EPOCH = date(1970, 1, 1).toordinal()
_MIN, _MAX = date.min.toordinal(), date.max.toordinal()


def _months(ordinals: Any) -> tuple[Any, Any]:
    d = (np.clip(np.asarray(ordinals, dtype=np.int64), _MIN, _MAX) - _EPOCH).astype("datetime64[D]")
    return d, d.astype("datetime64[M]")


def _month_index(d: date) -> int:
    return (d.year - 1970) * 12 + d.month - 1


def _index_vector(on: Any) -> tuple[Rat, Any]:
    _, m = _months(on)
    return Rat(m.astype(np.int64), 1), np.zeros(len(m), dtype=bool)


def _day_vector(on: Any) -> tuple[Rat, Any]:
    d, m = _months(on)
    return Rat((d - m.astype("datetime64[D]")).astype(np.int64) + 1, 1), np.zeros(len(d), dtype=bool)


def _length_vector(on: Any) -> tuple[Rat, Any]:
    _, m = _months(on)
    days = ((m + 1).astype("datetime64[D]") - m.astype("datetime64[D]")).astype(np.int64)
    return Rat(days, 1), np.zeros(len(m), dtype=bool)


MONTH_INDEX = Table("calendar month (months since 1970-01)", "num", lambda d: (_month_index(d), None),
                    _index_vector, "", lambda v, d: f"{d:%Y-%m}")
DAY_OF_MONTH = Table("day of the month", "num", lambda d: (d.day, None), _day_vector, "",
                     lambda v, d: f"day {v} of {d:%Y-%m}")
MONTH_LENGTH = Table("days of the month", "num", lambda d: (calendar.monthrange(d.year, d.month)[1], None),
                     _length_vector, "", lambda v, d: f"{v} days in {d:%Y-%m}")


def months_spanned(start: Node, end: Node) -> Node:
    """The calendar months of the period ``start`` … ``end`` (inclusive), each month weighing the share of its days
    the period covers, exact: 2020-02-15 … 2020-03-31 is 15/29 + 1. The months of a period whose ends are facts
    (``months_covered(period, period)`` of :mod:`subsidycalc.engine.periods`)."""
    first, last = table(MONTH_INDEX, start), table(MONTH_INDEX, end)
    start_len, end_len = table(MONTH_LENGTH, start), table(MONTH_LENGTH, end)
    one_month = (start.days_until(end) + 1) / start_len
    head = (start_len - table(DAY_OF_MONTH, start) + 1) / start_len
    tail = table(DAY_OF_MONTH, end) / end_len
    return if_(first.eq(last), one_month, head + (last - first - 1) + tail)


__all__ = ["DAY_OF_MONTH", "MONTH_INDEX", "MONTH_LENGTH", "months_spanned"]
