"""The profile's field types at their bounds (issue 8 §6): every range end, decimal-place limit and reading of
the input is pinned by a value at it and one just past it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from subsidycalc.profile import types as t

MONEY = TypeAdapter(t.Money)
HEADCOUNT = TypeAdapter(t.Headcount)
COUNT = TypeAdapter(t.Count)
RATE = TypeAdapter(t.Rate)
SHARE = TypeAdapter(t.SignedShare)
DAY = TypeAdapter(t.Day)
AREA = TypeAdapter(t.SquareMetres)
TEXT = TypeAdapter(t.Text)
FLAG = TypeAdapter(t.Flag)


def refused(adapter: TypeAdapter[Any], value: Any, match: str) -> None:
    with pytest.raises(ValidationError) as e:
        adapter.validate_python(value)
    assert len(e.value.errors()) == 1
    assert match in e.value.errors()[0]["msg"], e.value.errors()[0]["msg"]


def test_the_bounds_are_the_documented_ones() -> None:
    assert t.MONEY_MAX == Decimal(10) ** 13
    assert t.HEADCOUNT_MAX == Decimal(10) ** 7
    assert t.COUNT_MAX == 10_000_000
    assert t.SHARE_LIMIT == Decimal(100)
    assert t.AREA_MAX == Decimal(10) ** 8
    assert (t.FIRST_DAY, t.LAST_DAY) == (date(1900, 1, 1), date(2099, 12, 31))


@pytest.mark.parametrize("adapter, high, what", [
    (MONEY, Decimal(10) ** 13, "amount in yuan"),
    (HEADCOUNT, Decimal(10) ** 7, "headcount"),
    (AREA, Decimal(10) ** 8, "area in m²"),
])
def test_decimal_ranges_at_both_ends(adapter: TypeAdapter[Any], high: Decimal, what: str) -> None:
    assert adapter.validate_python(0) == 0
    assert adapter.validate_python(high) == high
    assert adapter.validate_python(str(high)) == high
    refused(adapter, high + Decimal("0.01"), f"is above the largest plausible {what}, {high:,}")
    refused(adapter, Decimal("-0.01"), f"-0.01 is below the smallest plausible {what}, 0")
    assert adapter.validate_python("0.01") == Decimal("0.01")


def test_count_range_and_strictness() -> None:
    assert COUNT.validate_python(0) == 0
    assert COUNT.validate_python(10_000_000) == 10_000_000
    refused(COUNT, 10_000_001, "10,000,001 is above the largest plausible count, 10,000,000")
    refused(COUNT, -1, "-1 is below the smallest plausible count, 0")
    refused(COUNT, "3", "valid integer")
    refused(COUNT, True, "valid integer")


def test_rate_is_a_fraction_in_zero_one() -> None:
    assert RATE.validate_python(0) == 0
    assert RATE.validate_python("0.5") == Decimal("0.5")
    assert RATE.validate_python("0.999999") == Decimal("0.999999")
    assert RATE.validate_python(0.0435) == Decimal("0.0435")
    refused(RATE, 1, "a rate is a decimal fraction (0.0435 for 4.35%), got 1")
    refused(RATE, "4.35", "a rate is a decimal fraction (0.0435 for 4.35%), got 4.35")
    refused(RATE, "-0.000001", "-0.000001 is below the smallest plausible rate, 0")
    refused(RATE, "0.0000001", "at most 6 decimal places, got 1E-7")
    refused(RATE, True, "got a boolean")


def test_signed_share_range() -> None:
    assert SHARE.validate_python(-100) == -100
    assert SHARE.validate_python(100) == 100
    assert SHARE.validate_python("-0.5") == Decimal("-0.5")
    refused(SHARE, "100.000001", "100.000001 is above the largest plausible change, 100")
    refused(SHARE, "-100.000001", "-100.000001 is below the smallest plausible change, -100")
    refused(SHARE, "0.1234567", "at most 6 decimal places")
    assert SHARE.validate_python("0.123456") == Decimal("0.123456")


def test_decimal_places() -> None:
    assert MONEY.validate_python("1.25") == Decimal("1.25")
    assert MONEY.validate_python("1.250") == Decimal("1.25")  # a trailing zero is not a third place
    assert MONEY.validate_python("100") == 100
    refused(MONEY, "1.255", "at most 2 decimal places, got 1.255")
    refused(MONEY, 0.001, "at most 2 decimal places, got 0.001")
    refused(HEADCOUNT, "42.555", "at most 2 decimal places")
    assert HEADCOUNT.validate_python("42.5") == Decimal("42.5")
    refused(AREA, "1.001", "at most 2 decimal places")


def test_days_at_both_ends_and_the_iso_form() -> None:
    assert DAY.validate_python("1900-01-01") == date(1900, 1, 1)
    assert DAY.validate_python("2099-12-31") == date(2099, 12, 31)
    assert DAY.validate_python(" 2020-02-29 ") == date(2020, 2, 29)
    assert DAY.validate_python(date(2020, 3, 1)) == date(2020, 3, 1)
    refused(DAY, "1899-12-31", "1899-12-31 is below the smallest plausible date, 1900-01-01")
    refused(DAY, "2100-01-01", "2100-01-01 is above the largest plausible date, 2099-12-31")
    refused(DAY, "2020-02-30", "not a valid calendar date: '2020-02-30'")
    refused(DAY, "2020-2-3", "expected an ISO date YYYY-MM-DD, got '2020-2-3'")
    refused(DAY, 1583020800, "expected an ISO date YYYY-MM-DD, got 1583020800")


@pytest.mark.parametrize("raw, value", [
    ("8000000", Decimal(8000000)), (" 42.5 ", Decimal("42.5")), ("+5", Decimal(5)), (".5", Decimal("0.5")),
    ("5.", Decimal(5)), (12, Decimal(12)), (0.1, Decimal("0.1")), (Decimal("3.20"), Decimal("3.2")),
])
def test_numbers_are_read_exactly(raw: Any, value: Decimal) -> None:
    got = MONEY.validate_python(raw)
    assert got == value and isinstance(got, Decimal)
    if isinstance(raw, float):
        assert str(got) == "0.1"  # repr, not the binary expansion


@pytest.mark.parametrize("raw", ["-0", "-0.00", -0.0, Decimal("-0"), Decimal("-0.00")])
def test_a_negative_zero_is_zero(raw: Any) -> None:
    got = MONEY.validate_python(raw)
    assert got == 0 and not got.is_signed()
    assert not SHARE.validate_python(raw).is_signed()


def test_a_negative_number_keeps_its_sign() -> None:
    got = SHARE.validate_python("-0.25")
    assert got.is_signed() and got == Decimal("-0.25")


@pytest.mark.parametrize("raw, match", [
    (True, "expected a number or a decimal string, got a boolean"),
    (False, "expected a number or a decimal string, got a boolean"),
    ("12 yuan", 'expected a decimal number like "8000000" or "42.5", got \'12 yuan\''),
    ("1e5", "expected a decimal number like"),
    ("", "expected a decimal number like"),
    (float("nan"), "expected a finite number"),
    (float("inf"), "expected a finite number"),
    (float("-inf"), "expected a finite number"),
    (Decimal("NaN"), "expected a finite number"),
    (Decimal("Infinity"), "expected a finite number"),
    ([1], "expected a number or a decimal string, got list"),
    (None, "expected a number or a decimal string, got NoneType"),
])
def test_what_is_not_a_number(raw: Any, match: str) -> None:
    refused(MONEY, raw, match)


def test_flags_and_text() -> None:
    assert FLAG.validate_python(True) is True
    with pytest.raises(ValidationError):
        FLAG.validate_python(1)
    assert TEXT.validate_python("字" * 500) == "字" * 500
    with pytest.raises(ValidationError, match="at most 500 characters"):
        TEXT.validate_python("字" * 501)


def _extra(adapter: TypeAdapter[Any]) -> dict[str, Any]:
    return {k: v for k, v in adapter.json_schema().items() if k in (
        "minimum", "maximum", "formatMinimum", "formatMaximum", "x-decimal-places", "x-kind")}


def test_the_schema_words_of_each_range() -> None:
    money = _extra(MONEY)
    assert money == {"minimum": 0, "maximum": 10**13, "x-decimal-places": 2, "x-kind": t.MONEY_KIND}
    assert type(money["minimum"]) is int and type(money["maximum"]) is int
    assert _extra(COUNT) == {"minimum": 0, "maximum": 10_000_000, "x-kind": t.COUNT_KIND}
    rate = _extra(RATE)
    assert rate == {"minimum": 0, "maximum": 1, "x-decimal-places": 6, "x-kind": t.RATE_KIND}
    assert type(rate["maximum"]) is int
    share = _extra(SHARE)
    assert share == {"minimum": -100, "maximum": 100, "x-decimal-places": 6, "x-kind": t.SHARE_KIND}
    assert type(share["minimum"]) is int
    assert _extra(DAY) == {"formatMinimum": "1900-01-01", "formatMaximum": "2099-12-31", "x-kind": t.DAY_KIND}
    assert _extra(HEADCOUNT) == {"minimum": 0, "maximum": 10**7, "x-decimal-places": 2, "x-kind": t.HEADCOUNT_KIND}
    assert _extra(AREA) == {"minimum": 0, "maximum": 10**8, "x-decimal-places": 2, "x-kind": t.AREA_KIND}


def test_schema_of_a_fractional_range_is_a_float() -> None:
    field = t._schema("k", Decimal("0.5"), Decimal("2.5"), None)
    extra = field.json_schema_extra
    assert extra == {"x-kind": "k", "minimum": 0.5, "maximum": 2.5}
    assert type(extra["minimum"]) is float and type(extra["maximum"]) is float
