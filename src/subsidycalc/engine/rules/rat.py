"""Exact rationals over numpy columns: a numerator and a denominator array, never a float.

The columnar evaluator's numbers. Money enters as integer fen over 100, rates as integers over 10^6, counts over 1;
sums, products and quotients stay exact (a quotient is a new denominator, reduced by the gcd), and the one rounding,
half-up to the fen, happens on integers (:func:`round_fen`).

Integers are ``int64`` while every result provably fits (a float estimate of each product and sum is checked
against 2^62, far inside the float's exactness margin); an operation that could overflow is done on Python
integers (``object`` arrays) instead, and the result comes back to ``int64`` when it fits. So a column is exact for
any input, and fast for the plausible ones.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np

LIMIT = float(2**62)
_SMALL = 2**31
"""Below this a column's numerators and its one denominator are left unreduced (a product of two still fits)."""
I64 = np.int64


def _is_obj(x: Any) -> bool:
    return isinstance(x, np.ndarray) and x.dtype == object


def _as_obj(x: Any) -> Any:
    if isinstance(x, np.ndarray):
        return x if x.dtype == object else x.astype(object)
    return int(x)


def _mag(x: Any) -> Any:
    if isinstance(x, np.ndarray):
        if x.dtype == object:
            return None
        return np.abs(x.astype(np.float64))
    return abs(float(x))


def _fits(m: Any) -> bool:
    if m is None:
        return False
    if isinstance(m, np.ndarray):
        return bool(m.size == 0 or float(m.max()) < LIMIT)
    return m < LIMIT


def _bound(x: Any) -> int | None:
    """An upper bound of ``|x|`` over the whole column as a Python int (``None`` for an object array): two
    reductions, no temporary — the fast path's overflow test (a bound that fits proves every row fits)."""
    if isinstance(x, np.ndarray):
        if x.dtype == object:
            return None
        if x.size == 0:
            return 0
        return max(abs(int(x.max())), abs(int(x.min())))
    return abs(int(x))


_SAFE = 2**62


def mul(a: Any, b: Any) -> Any:
    """``a * b`` exactly (arrays or Python ints)."""
    if not isinstance(a, np.ndarray) and not isinstance(b, np.ndarray):
        return int(a) * int(b)
    ba, bb = _bound(a), _bound(b)
    if ba is not None and bb is not None and ba * bb < _SAFE:  # every product fits: no row-by-row test
        return np.multiply(a, b, dtype=I64)
    ma, mb = _mag(a), _mag(b)
    if ma is not None and mb is not None and _fits(ma * mb):
        return np.multiply(a, b, dtype=I64)
    return _as_obj(a) * _as_obj(b)


def add(a: Any, b: Any) -> Any:
    if not isinstance(a, np.ndarray) and not isinstance(b, np.ndarray):
        return int(a) + int(b)
    ba, bb = _bound(a), _bound(b)
    if ba is not None and bb is not None and ba + bb < _SAFE:
        return np.add(a, b, dtype=I64)
    ma, mb = _mag(a), _mag(b)
    if ma is not None and mb is not None and _fits(ma + mb):
        return np.add(a, b, dtype=I64)
    return _as_obj(a) + _as_obj(b)


def sub(a: Any, b: Any) -> Any:
    if not isinstance(a, np.ndarray) and not isinstance(b, np.ndarray):
        return int(a) - int(b)
    ba, bb = _bound(a), _bound(b)
    if ba is not None and bb is not None and ba + bb < _SAFE:
        return np.subtract(a, b, dtype=I64)
    ma, mb = _mag(a), _mag(b)
    if ma is not None and mb is not None and _fits(ma + mb):
        return np.subtract(a, b, dtype=I64)
    return _as_obj(a) - _as_obj(b)


def _shrink(x: Any) -> Any:
    """An object array back to int64 when every value fits."""
    if _is_obj(x) and x.size:
        lo, hi = min(x), max(x)
        if -(2**62) < lo and hi < 2**62:
            return x.astype(I64)
    return x


class Rat:
    """A column of exact rationals ``n / d`` (``d > 0``). ``n`` and ``d`` are arrays of one length, or ``d`` is a
    Python int shared by every row."""

    __slots__ = ("n", "d")

    def __init__(self, n: Any, d: Any = 1) -> None:
        self.n = n
        self.d = d

    # -- construction --------------------------------------------------------------------------------------
    @staticmethod
    def const(value: Decimal | int | Fraction, size: int) -> Rat:
        f = Fraction(value)
        return Rat(np.full(size, f.numerator, dtype=I64) if abs(f.numerator) < 2**62 else
                   np.array([f.numerator] * size, dtype=object), f.denominator)

    def __len__(self) -> int:
        return len(self.n)

    def take(self, idx: Any) -> Rat:
        return Rat(self.n[idx], self.d[idx] if isinstance(self.d, np.ndarray) else self.d)

    def reduce(self) -> Rat:
        """The same values with numerator and denominator divided by their gcd (keeps the integers small)."""
        d = self.d
        if not isinstance(d, np.ndarray):
            if d == 1 or len(self.n) == 0:
                return self
            b = _bound(self.n)
            if b is not None and b < _SMALL and d < _SMALL:
                # small integers over one denominator: the gcd per row (the costliest numpy call here) would only
                # make the denominator an array; the values are the same, and the next product still fits
                return self
            n = self.n if d < _SAFE and not _is_obj(self.n) else _as_obj(self.n)  # a huge denominator: Python ints
            g = np.gcd(n, d)
            if (g == 1).all():
                return self
            return Rat(_shrink(n // g), _shrink(d // g))
        g = np.gcd(self.n, d)
        return Rat(_shrink(self.n // g), _shrink(d // g))

    # -- arithmetic ----------------------------------------------------------------------------------------
    def __add__(self, o: Rat) -> Rat:
        if _same_den(self.d, o.d):
            return Rat(add(self.n, o.n), self.d)
        if _scalar_dens(self.d, o.d):
            a, b, den = _over_lcm(self, o)
            return Rat(add(a, b), den)
        return Rat(add(mul(self.n, o.d), mul(o.n, self.d)), mul(self.d, o.d)).reduce()

    def __sub__(self, o: Rat) -> Rat:
        if _same_den(self.d, o.d):
            return Rat(sub(self.n, o.n), self.d)
        if _scalar_dens(self.d, o.d):
            a, b, den = _over_lcm(self, o)
            return Rat(sub(a, b), den)
        return Rat(sub(mul(self.n, o.d), mul(o.n, self.d)), mul(self.d, o.d)).reduce()

    def __mul__(self, o: Rat) -> Rat:
        return Rat(mul(self.n, o.n), mul(self.d, o.d)).reduce()

    def __neg__(self) -> Rat:
        return Rat(-self.n, self.d)

    def div(self, o: Rat) -> tuple[Rat, Any]:
        """``self / o`` and a mask of the rows where ``o`` is 0 (their result is 0, to be masked by the caller)."""
        zero = o.n == 0
        on = np.where(zero, 1, o.n) if isinstance(o.n, np.ndarray) else (o.n or 1)
        n = mul(self.n, o.d)
        d = mul(self.d, on)
        neg = d < 0
        if isinstance(neg, np.ndarray) and neg.any():
            n = np.where(neg, -n, n)
            d = np.where(neg, -d, d)
        elif not isinstance(neg, np.ndarray) and neg:
            n, d = -n, -d
        if isinstance(d, np.ndarray) or isinstance(n, np.ndarray):
            if not isinstance(d, np.ndarray):
                d = np.full(len(n), d, dtype=I64) if abs(d) < 2**62 else np.array([d] * len(n), dtype=object)
        return Rat(n, d).reduce(), zero

    # -- comparison ----------------------------------------------------------------------------------------
    def cmp(self, o: Rat) -> tuple[Any, Any]:
        """``(left, right)`` integer arrays whose order is the order of ``self`` and ``o``."""
        if _same_den(self.d, o.d):
            return self.n, o.n
        return mul(self.n, o.d), mul(o.n, self.d)

    def where(self, mask: Any, other: Rat) -> Rat:
        """Row by row: ``self`` where ``mask``, else ``other``."""
        if _same_den(self.d, other.d):
            return Rat(_where(mask, self.n, other.n), self.d)
        if _scalar_dens(self.d, other.d):
            a, b, den = _over_lcm(self, other)
            return Rat(_where(mask, a, b), den)
        sd = self.d if isinstance(self.d, np.ndarray) else np.full(len(mask), self.d, dtype=I64)
        od = other.d if isinstance(other.d, np.ndarray) else np.full(len(mask), other.d, dtype=I64)
        return Rat(_where(mask, self.n, other.n), _where(mask, sd, od))

    # -- output --------------------------------------------------------------------------------------------
    def round_fen(self) -> Any:
        """Half-up to the fen, as integer fen (``int64`` when it fits, else Python ints): ``floor((200·n + d) / 2d)``,
        for the values ``≥ 0`` the engine rounds (amounts are never negative)."""
        if not isinstance(self.d, np.ndarray) and 100 % self.d == 0:  # whole fen already (d = 1, 2, 4, 5, …, 100)
            return _shrink(mul(self.n, 100 // self.d))
        two_d = mul(self.d, 2) if isinstance(self.d, np.ndarray) else 2 * self.d
        return _shrink(_floordiv(add(mul(self.n, 200), self.d), two_d))

    def fractions(self) -> list[Fraction]:
        d = self.d
        if isinstance(d, np.ndarray):
            return [Fraction(int(a), int(b)) for a, b in zip(self.n, d, strict=True)]
        return [Fraction(int(a), int(d)) for a in self.n]


def _floordiv(a: Any, b: Any) -> Any:
    if _is_obj(a) or _is_obj(b):
        return _as_obj(a) // _as_obj(b)
    return np.floor_divide(a, b)


def _where(mask: Any, a: Any, b: Any) -> Any:
    if _is_obj(a) or _is_obj(b):
        return np.where(mask, _as_obj(a), _as_obj(b))
    return np.where(mask, a, b)


def _same_den(a: Any, b: Any) -> bool:
    return not isinstance(a, np.ndarray) and not isinstance(b, np.ndarray) and a == b


def _scalar_dens(a: Any, b: Any) -> bool:
    return not isinstance(a, np.ndarray) and not isinstance(b, np.ndarray)


def _over_lcm(x: Rat, y: Rat) -> tuple[Any, Any, int]:
    """The numerators of two columns with one (Python int) denominator each, over their lcm: the denominator stays
    one number instead of a per-row array, and no gcd per row is needed."""
    den = math.lcm(int(x.d), int(y.d))
    a = x.n if den == x.d else mul(x.n, den // x.d)
    b = y.n if den == y.d else mul(y.n, den // y.d)
    return a, b, den


def concat(parts: list[Rat]) -> Rat:
    """Rows of several columns, one after the other."""
    if all(not isinstance(p.d, np.ndarray) for p in parts) and len({p.d for p in parts}) == 1:
        return Rat(np.concatenate([_as_obj(p.n) if any(_is_obj(q.n) for q in parts) else p.n for p in parts]),
                   parts[0].d)
    ns, ds = [], []
    for p in parts:
        ns.append(p.n)
        ds.append(p.d if isinstance(p.d, np.ndarray) else np.full(len(p.n), p.d, dtype=I64))
    obj = any(_is_obj(x) for x in ns + ds)
    return Rat(np.concatenate([_as_obj(x) if obj else x for x in ns]),
               np.concatenate([_as_obj(x) if obj else x for x in ds]))


__all__ = ["Rat", "add", "concat", "mul", "sub"]
