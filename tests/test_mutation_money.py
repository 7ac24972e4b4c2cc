"""Exact money at its edges (issue 8 §6): the half-up tie of the one rounding (and the value just under it), the
sign of zero, the decimal text of fractions that end and that do not, and the formatting of yuan and percents."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from subsidycalc.engine.money import PRECISION, ZERO, D, exact, pct, ratio, round_fen, yuan


def test_d_builds_decimals_from_exact_inputs_only() -> None:
    x = Decimal("1.50")
    assert D(x) is x
    assert D("0.0435") == Decimal("0.0435") and isinstance(D("1"), Decimal)
    assert D(12) == Decimal(12) and isinstance(D(12), Decimal)
    for bad in (1.5, True, False):
        with pytest.raises(TypeError, match="never float or bool"):
            D(bad)  # type: ignore[arg-type]


def test_exact_and_ratio() -> None:
    f = Fraction(1, 3)
    assert exact(f) is f
    assert exact(Decimal("0.1")) == Fraction(1, 10)
    assert exact(7) == Fraction(7) and isinstance(exact(7), Fraction)
    for bad, name in ((True, "bool"), (0.5, "float")):
        with pytest.raises(TypeError, match=f"not {name}"):
            exact(bad)  # type: ignore[arg-type]
    assert ratio(Decimal("0.0385"), Decimal("0.0441")) == Fraction(55, 63)
    assert ratio(1, 4) == Fraction(1, 4)
    assert ratio(Fraction(1, 2), 3) == Fraction(1, 6)


@pytest.mark.parametrize("amount, fen", [
    (Fraction(1, 200), "0.01"),          # 0.005: the tie goes up
    (Fraction(1, 201), "0.00"),          # just under the tie
    (Fraction(3, 200), "0.02"),          # 0.015
    (Fraction(1852697, 200), "9263.49"),
    (Fraction(1852695, 200) - Fraction(1, 10**9), "9263.47"),
    (Fraction(-1, 200), "-0.01"),        # half away from zero for a negative amount
    (Fraction(-1, 201), "0.00"),
    (Fraction(-3, 2), "-1.50"),
    (Fraction(7), "7.00"),
    (Fraction(0), "0.00"),
    (Fraction(2, 3), "0.67"),
    (Fraction(1, 3), "0.33"),
])
def test_round_fen_of_a_fraction(amount: Fraction, fen: str) -> None:
    got = round_fen(amount)
    assert isinstance(got, Decimal) and str(got) == fen


@pytest.mark.parametrize("amount, fen", [
    (Decimal("0.005"), "0.01"), (Decimal("0.0049999"), "0.00"), (Decimal("-0.005"), "-0.01"),
    (Decimal("2.675"), "2.68"), (12, "12.00"), (Decimal("-0"), "0.00"), (Decimal("-0.001"), "0.00"),
    (Decimal("1" * 40 + ".005"), "1" * 40 + ".01"),  # wider than the default 28 digits
])
def test_round_fen_of_a_decimal(amount: Decimal, fen: str) -> None:
    got = round_fen(amount)
    assert str(got) == fen


def test_a_zero_is_the_positive_zero_fen() -> None:
    for z in (Fraction(-1, 1000), Decimal("-0.001"), Decimal("-0"), 0):
        got = round_fen(z)
        assert got == ZERO and not got.is_signed() and got.as_tuple().exponent == -2
    assert PRECISION >= 60


@pytest.mark.parametrize("amount, text", [
    (Fraction(12345, 10), "1,234.50"),
    (Fraction(-12345, 10), "-1,234.50"),
    (Fraction(1, 8), "0.125"),
    (Fraction(1, 5000), "0.0002"),
    (Fraction(12345678, 1000), "12,345.678"),
    (Fraction(-1234567, 1000), "-1,234.567"),
    (Fraction(1, 40), "0.025"),
    (Fraction(10000, 3), "3,333.333333…"),
    (Fraction(-10000, 3), "-3,333.333333…"),
    (Fraction(2, 3), "0.666666…"),       # cut, not rounded
    (Fraction(1, 7000000), "0.000000…"),
    (Fraction(1, 6), "0.166666…"),
    (Fraction(1, 15), "0.066666…"),
    (Decimal("1234.5"), "1,234.50"),
    (5, "5.00"),
    (Decimal("0.125"), "0.125"),
    (Decimal("1234.567"), "1,234.567"),
    (Decimal("-1234.5"), "-1,234.50"),
    (Decimal("1234567.891"), "1,234,567.891"),
])
def test_yuan(amount: Fraction | Decimal | int, text: str) -> None:
    assert yuan(amount) == text


@pytest.mark.parametrize("rate, text", [
    (Fraction(3, 10), "30%"), (Fraction(1, 3), "33.333333…%"), (Fraction(1, 8), "12.5%"), (Fraction(1), "100%"),
    (Fraction(1, 5), "20%"), (Fraction(1, 1000), "0.1%"), (Fraction(1, 300), "0.333333…%"),
    (Decimal("0.3"), "30%"), (Decimal("0.0435"), "4.35%"), (Decimal("1"), "100%"), (1, "100%"),
    (Decimal("0.50"), "50%"), (Decimal("0.125"), "12.5%"),
])
def test_pct(rate: Fraction | Decimal | int, text: str) -> None:
    assert pct(rate) == text
