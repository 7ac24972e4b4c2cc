"""Exact money: ``Decimal`` yuan, rounded once, half-up, to the fen.

Calculators work with unrounded ``Decimal`` values and hand the result to the
engine, which calls :func:`round_fen` exactly once per award (see
``docs/concepts.md``, "Money and rounding").
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

FEN = Decimal("0.01")
ZERO = Decimal("0.00")


def D(value: str | int | Decimal) -> Decimal:
    """Build a ``Decimal`` from a string or int; floats are refused (they are not exact)."""
    if isinstance(value, float) or isinstance(value, bool):
        raise TypeError("money and rates are built from str, int or Decimal, never float or bool")
    return value if isinstance(value, Decimal) else Decimal(value)


def round_fen(amount: Decimal) -> Decimal:
    """Round a yuan amount half-up to the fen (2 decimal places). The one rounding rule of the library.

    >>> round_fen(Decimal("0.005"))
    Decimal('0.01')
    """
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def yuan(amount: Decimal) -> str:
    """Format a yuan amount with thousands separators for explanations: ``1,234.50``.

    Amounts that are not whole fen are shown with all their digits, so a step never hides a rounding.
    """
    if amount == amount.quantize(FEN):
        return f"{amount.quantize(FEN):,}"
    return f"{amount:,}"


def pct(rate: Decimal) -> str:
    """Format a decimal fraction as a percentage for explanations: ``0.3`` -> ``30%``."""
    p = (rate * 100).normalize()
    text = format(p, "f")
    return f"{text}%"
