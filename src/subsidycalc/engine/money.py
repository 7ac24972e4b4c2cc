"""Exact money: ``Decimal`` yuan in and out, exact rationals in between, rounded once, half-up, to the fen.

Rule definitions work with unrounded values and hand the result to the engine, which calls :func:`round_fen` exactly
once per award (see ``docs/concepts.md``, "Money and rounding"). Sums and products of ``Decimal`` values are exact
(the engine evaluates under a context wide enough for them); a *division* is not (``35,369.67 × 3.85% / 4.41%`` is
a non-terminating decimal, and 28 digits of it can round a tie the wrong way), so every quotient is an exact
:class:`~fractions.Fraction` (:func:`ratio`, or ``exact(x) / y``), and the amount stays a ``Fraction`` until the
one rounding.
"""

from __future__ import annotations

from decimal import (
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)
from fractions import Fraction

FEN = Decimal("0.01")
ZERO = Decimal("0.00")

Number = Decimal | Fraction | int
"""An exact number a definition may hold: a ``Decimal`` (from the profile or a declared number), an int, or a
``Fraction`` (any quotient)."""

#: digits of the context the engine evaluates definitions under: products of profile figures (≤ 10^13 yuan, at most
#: a few decimals) and declared rates stay far below it, so ``Decimal`` sums and products are exact
PRECISION = 80


def D(value: str | int | Decimal) -> Decimal:
    """Build a ``Decimal`` from a string or int; floats are refused (they are not exact)."""
    if isinstance(value, float) or isinstance(value, bool):
        raise TypeError("money and rates are built from str, int or Decimal, never float or bool")
    return value if isinstance(value, Decimal) else Decimal(value)


def exact(value: Number) -> Fraction:
    """``value`` as an exact :class:`~fractions.Fraction` (a ``Decimal`` converts without loss)."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"exact() takes Decimal, int or Fraction, not {type(value).__name__}")
    return Fraction(value)


def ratio(numerator: Number, denominator: Number) -> Fraction:
    """``numerator / denominator`` exactly: the only way a definition divides.

    >>> ratio(Decimal("0.0385"), Decimal("0.0441"))
    Fraction(55, 63)
    """
    return exact(numerator) / exact(denominator)


def round_fen(amount: Number) -> Decimal:
    """Round a yuan amount half-up to the fen (2 decimal places). The one rounding rule of the library.

    Exact for a ``Fraction``: ``9263.485`` (as ``Fraction(1852697, 200)``) rounds to ``9263.49``.

    >>> round_fen(Decimal("0.005")), round_fen(Fraction(1852697, 200)), round_fen(Decimal("-0"))
    (Decimal('0.01'), Decimal('9263.49'), Decimal('0.00'))
    """
    if type(amount) is Decimal:  # the common case first (isinstance of Fraction goes through its ABC)
        out = amount.quantize(FEN, rounding=ROUND_HALF_UP, context=_ROUNDING)
    elif isinstance(amount, Fraction):
        num, den = amount.numerator * 100, amount.denominator
        q, r = divmod(abs(num), den)
        if 2 * r >= den:
            q += 1
        fen = q if num >= 0 else -q
        out = Decimal(fen).scaleb(-2)
    else:
        out = Decimal(amount).quantize(FEN, rounding=ROUND_HALF_UP, context=_ROUNDING)
    return ZERO if out == 0 else out


#: the context of the one rounding: Inexact and Rounded not trapped (inexact by design: the trap guards the arithmetic
#: before it); built once (a ``localcontext`` per call was most of an eligible award's cost)
_ROUNDING = Context(prec=PRECISION, rounding=ROUND_HALF_UP, traps=[InvalidOperation, DivisionByZero, Overflow])


def _decimal_text(amount: Fraction) -> str:
    """A fraction as decimal text: all its digits when they end, else six places and "…"."""
    den = amount.denominator
    for p in (2, 5):
        while den % p == 0:
            den //= p
    if den == 1:
        with localcontext() as ctx:
            ctx.prec = PRECISION
            return format(Decimal(amount.numerator) / Decimal(amount.denominator), "f")
    sign = "-" if amount < 0 else ""
    scaled = abs(amount) * 10**6
    whole = scaled.numerator // scaled.denominator
    s = f"{whole:07d}"
    return f"{sign}{s[:-6]}.{s[-6:]}…"


def yuan(amount: Number) -> str:
    """Format a yuan amount with thousands separators for explanations: ``1,234.50``.

    Amounts that are not whole fen are shown with their digits (six places and "…" when they do not end), so a
    step never hides a rounding.
    """
    if isinstance(amount, Fraction):
        if (amount * 100).denominator == 1:
            return f"{Decimal(amount.numerator * 100 // amount.denominator).scaleb(-2):,.2f}"
        text = _decimal_text(amount)
        head, _, tail = text.partition(".")
        neg = head.startswith("-")
        return ("-" if neg else "") + f"{int(head.lstrip('-')):,}" + (f".{tail}" if tail else "")
    amount = Decimal(amount)
    if (amount * 100) % 1 == 0:  # whole fen (exact: no rounding, so no Inexact under a trapping context)
        return f"{amount.quantize(FEN, context=_ROUNDING):,}"
    return f"{amount:,}"


def pct(rate: Number) -> str:
    """Format a decimal fraction as a percentage for explanations: ``0.3`` -> ``30%``."""
    if isinstance(rate, Fraction):
        text = _decimal_text(rate * 100)
        if "…" not in text and "." in text:
            text = text.rstrip("0").rstrip(".")
        return f"{text}%"
    p = (Decimal(rate) * 100).normalize()
    text = format(p, "f")
    return f"{text}%"


__all__ = ["D", "FEN", "Number", "PRECISION", "ZERO", "exact", "pct", "ratio", "round_fen", "yuan"]
