"""Strict field types of the Firm profile: nothing is silently coerced, every number has a plausible range.

- money: a JSON number or a decimal string, in yuan, 0 to 10^13 (ten trillion yuan, above any firm's annual revenue),
  at most 2 decimal places (the fen), never NaN/Infinity, never a bool;
- headcounts: 0 to 10^7 persons, may be fractional (averages: ``"42.5"``), at most 2 decimal places;
- counts: JSON integers from 0 to 10^7 (persons, months, class hours);
- rates: decimal fractions in [0, 1) (``0.0435``; ``4.35`` is refused as a likely percentage), at most 6 places;
- signed shares (a year-on-year change): -100 to 100 (−10,000% to +10,000%), at most 6 places;
- dates: ISO ``YYYY-MM-DD`` strings (or ``date`` objects from Python), never timestamps, from 1900 to 2099;
- flags: JSON ``true``/``false`` only.

A negative zero (``-0.0``, ``"-0"``) is read as zero. A value outside its range is a validation error naming the
field and the bound (``docs/input.md`` lists the ranges).
"""

from __future__ import annotations

import re
import reprlib
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, StrictBool, StrictInt

_NUMBER = re.compile(r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$")


MONEY_MAX = Decimal(10**13)
HEADCOUNT_MAX = Decimal(10**7)
COUNT_MAX = 10_000_000
SHARE_LIMIT = Decimal(100)
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2099, 12, 31)


def _places(limit: int) -> Any:
    """A validator: at most ``limit`` decimal places (``"0.001"`` yuan is not a sum of money)."""

    def check(v: Decimal) -> Decimal:
        exp = v.as_tuple().exponent
        if isinstance(exp, int) and -exp > limit and v != v.quantize(Decimal(1).scaleb(-limit)):
            raise ValueError(f"at most {limit} decimal places, got {v}")
        return v

    return AfterValidator(check)


class Kind(str):
    """The documented form and range of a profile type, as ``docs/input.md`` shows it (read by ``docgen``)."""


def _schema(kind: str, low: Any, high: Any, places: int | None = None) -> Any:
    """The JSON Schema words for a range: ``minimum``/``maximum`` and the form in ``x-kind``."""
    extra: dict[str, Any] = {"x-kind": kind}
    if not isinstance(low, date):
        extra["minimum"], extra["maximum"] = (int(low) if low == int(low) else float(low)), (
            int(high) if high == int(high) else float(high))
    else:
        extra["formatMinimum"], extra["formatMaximum"] = low.isoformat(), high.isoformat()
    if places is not None:
        extra["x-decimal-places"] = places
    return Field(json_schema_extra=extra)


def _range(low: Any, high: Any, what: str) -> Any:
    """A validator: ``low <= v <= high``, else an error naming the bound in words."""

    def show(x: Any) -> str:
        return f"{x:,}" if isinstance(x, int | Decimal) and not isinstance(x, bool) else str(x)

    def check(v: Any) -> Any:
        if v < low:
            raise ValueError(f"{show(v)} is below the smallest plausible {what}, {show(low)}")
        if v > high:
            raise ValueError(f"{show(v)} is above the largest plausible {what}, {show(high)}")
        return v

    return AfterValidator(check)


_SHOW = reprlib.Repr()
_SHOW.maxlevel, _SHOW.maxstring, _SHOW.maxother, _SHOW.maxlist, _SHOW.maxdict = 3, 60, 60, 4, 4


def shown(v: Any) -> str:
    """A bad value as an error message shows it: its repr, cut to a few levels and characters (a list nested
    thousands deep, or a huge string, must not overflow or flood the message)."""
    return _SHOW.repr(v)


def _decimal(v: Any) -> Any:
    if isinstance(v, bool):
        raise ValueError("expected a number or a decimal string, got a boolean")
    if isinstance(v, str):
        if not _NUMBER.match(v):
            raise ValueError(f"expected a decimal number like \"8000000\" or \"42.5\", got {shown(v)}")
        return _no_negative_zero(Decimal(v.strip()))
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            raise ValueError("expected a finite number")
        return _no_negative_zero(Decimal(repr(v)))
    if isinstance(v, int | Decimal):
        try:
            d = Decimal(v)
        except InvalidOperation as e:  # pragma: no cover - Decimal(int) never fails
            raise ValueError(str(e)) from e
        if not d.is_finite():
            raise ValueError("expected a finite number")
        return _no_negative_zero(d)
    raise ValueError(f"expected a number or a decimal string, got {type(v).__name__}")


def _no_negative_zero(d: Decimal) -> Decimal:
    """``-0`` (and ``-0.00``) as ``0``: a negative zero must not reach an amount as ``-0.00``."""
    return d.copy_abs() if d.is_zero() else d


def _rate(v: Any) -> Any:
    d = _decimal(v)
    if d >= 1:
        raise ValueError(f"a rate is a decimal fraction (0.0435 for 4.35%), got {d}")
    return d


def _iso_date(v: Any) -> Any:
    if isinstance(v, date):
        return v
    if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v.strip()):
        try:
            return date.fromisoformat(v.strip())
        except ValueError as e:
            raise ValueError(f"not a valid calendar date: {shown(v)}") from e
    raise ValueError(f"expected an ISO date YYYY-MM-DD, got {shown(v)}")


MONEY_KIND = Kind("money: yuan, 0 to 10^13, ≤ 2 decimals")
Money = Annotated[Decimal, BeforeValidator(_decimal), _range(0, MONEY_MAX, "amount in yuan"), _places(2), MONEY_KIND,
                  _schema(MONEY_KIND, 0, MONEY_MAX, 2)]
"""Yuan, exact, never negative, at most 10^13, to the fen."""
HEADCOUNT_KIND = Kind("headcount: 0 to 10^7, ≤ 2 decimals")
Headcount = Annotated[Decimal, BeforeValidator(_decimal), _range(0, HEADCOUNT_MAX, "headcount"), _places(2),
                      HEADCOUNT_KIND, _schema(HEADCOUNT_KIND, 0, HEADCOUNT_MAX, 2)]
"""Persons; averages may be fractional."""
COUNT_KIND = Kind("integer: 0 to 10^7")
Count = Annotated[StrictInt, _range(0, COUNT_MAX, "count"), COUNT_KIND, _schema(COUNT_KIND, 0, COUNT_MAX)]
"""A whole, non-negative number."""
MONTHS_MAX = 1200
MONTHS_KIND = Kind("months: integer, 0 to 1,200 (a century)")
Months = Annotated[StrictInt, _range(0, MONTHS_MAX, "number of months"), MONTHS_KIND,
                   _schema(MONTHS_KIND, 0, MONTHS_MAX)]
"""A number of months (a term, months paid): whole, at most a century, so a date it moves stays a date."""
RATE_KIND = Kind("rate: decimal fraction in [0, 1), ≤ 6 decimals")
Rate = Annotated[Decimal, BeforeValidator(_rate), _range(0, 1, "rate"), _places(6), RATE_KIND,
                 _schema(RATE_KIND, 0, 1, 6)]
"""A decimal fraction in [0, 1)."""
SHARE_KIND = Kind("signed decimal fraction: -100 to 100 (-0.5 = down 50%), ≤ 6 decimals")
SignedShare = Annotated[Decimal, BeforeValidator(_decimal), _range(-SHARE_LIMIT, SHARE_LIMIT, "change"), _places(6),
                        SHARE_KIND, _schema(SHARE_KIND, -SHARE_LIMIT, SHARE_LIMIT, 6)]
"""A decimal fraction that may be negative (a change: -0.5 = down 50%)."""
DAY_KIND = Kind("date: YYYY-MM-DD, 1900-01-01 to 2099-12-31")
Day = Annotated[date, BeforeValidator(_iso_date), _range(FIRST_DAY, LAST_DAY, "date"), DAY_KIND,
                _schema(DAY_KIND, FIRST_DAY, LAST_DAY)]
"""An ISO date."""
Flag = StrictBool
"""``true`` or ``false``."""
AREA_MAX = Decimal(10**8)
AREA_KIND = Kind("area: m², 0 to 10^8, ≤ 2 decimals")
SquareMetres = Annotated[Decimal, BeforeValidator(_decimal), _range(0, AREA_MAX, "area in m²"), _places(2), AREA_KIND,
                         _schema(AREA_KIND, 0, AREA_MAX, 2)]
"""An area in square metres, exact, never negative, at most 10^8 (100 km²)."""
Text = Annotated[str, Field(max_length=500), Kind("text: at most 500 characters")]
"""A name, for display: at most 500 characters."""
