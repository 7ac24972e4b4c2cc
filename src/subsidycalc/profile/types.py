"""Strict field types of the Firm profile: nothing is silently coerced.

- money: a JSON number or a decimal string, in yuan, never negative, never NaN/Infinity, never a bool;
- headcounts: non-negative, may be fractional (averages: ``"42.5"``);
- counts: non-negative JSON integers;
- rates: decimal fractions in [0, 1) (``0.0435``; ``4.35`` is refused as a likely percentage);
- dates: ISO ``YYYY-MM-DD`` strings (or ``date`` objects from Python), never timestamps;
- flags: JSON ``true``/``false`` only.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, StrictBool, StrictInt

_NUMBER = re.compile(r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$")


def _decimal(v: Any) -> Any:
    if isinstance(v, bool):
        raise ValueError("expected a number or a decimal string, got a boolean")
    if isinstance(v, str):
        if not _NUMBER.match(v):
            raise ValueError(f"expected a decimal number like \"8000000\" or \"42.5\", got {v!r}")
        return Decimal(v.strip())
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            raise ValueError("expected a finite number")
        return Decimal(repr(v))
    if isinstance(v, int | Decimal):
        try:
            d = Decimal(v)
        except InvalidOperation as e:  # pragma: no cover - Decimal(int) never fails
            raise ValueError(str(e)) from e
        if not d.is_finite():
            raise ValueError("expected a finite number")
        return d
    raise ValueError(f"expected a number or a decimal string, got {type(v).__name__}")


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
            raise ValueError(f"not a valid calendar date: {v!r}") from e
    raise ValueError(f"expected an ISO date YYYY-MM-DD, got {v!r}")


Money = Annotated[Decimal, BeforeValidator(_decimal), Field(ge=0)]
"""Yuan, exact, never negative."""
Headcount = Annotated[Decimal, BeforeValidator(_decimal), Field(ge=0)]
"""Persons; averages may be fractional."""
Count = Annotated[StrictInt, Field(ge=0)]
"""A whole, non-negative number."""
Rate = Annotated[Decimal, BeforeValidator(_rate), Field(ge=0)]
"""A decimal fraction in [0, 1)."""
Day = Annotated[date, BeforeValidator(_iso_date)]
"""An ISO date."""
Flag = StrictBool
