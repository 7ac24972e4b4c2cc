"""The calculator bridge: measures still written as calculators (``calc=``), run firm by firm inside a batch.

The columnar evaluator (:func:`subsidycalc.engine.batch.evaluate_columns`) runs every measure that has a rule
definition. While the measures move to the rule vocabulary, the others — exactly those with ``m.rule is None``,
and a rule that depends on one of them — are handed to :class:`CalculatorBridge`: it decodes the batch's rows back
to profiles (or takes the validated firms it was given), runs the per-firm path for those measures only, and fills
the same columns the columnar results have (status codes, amount, low and high in integer fen, ``quantified``, the
missing facts of each row, and each item's share for the per-lease stacking rules). The stacking rules then run on
columns over both kinds of results alike.

It selects by ``m.rule is None``, never by a list: when the last measure has its rule, nothing is bridged and this
module is dead code to delete.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import localcontext
from fractions import Fraction
from typing import Any

import numpy as np

from .engine.batch import STATUS
from .engine.estimate import CONTEXT, _evaluate, quick_reason
from .engine.measure import Measure
from .engine.rules.columns import Columns, FirmsSource
from .engine.rules.rat import Rat

_CODE = {name: code for code, name in enumerate(STATUS) if name}
UNDETERMINED = _CODE["undetermined"]


class CalculatorColumns:
    """One bridged measure over a batch: the attributes of ``AwardColumns`` that outputs and stacking read."""

    def __init__(self, n: int, cols: Columns) -> None:
        self.cols = cols
        self.status = np.full(n, _CODE["ineligible"], dtype=np.int8)
        self.amount: Any = np.zeros(n, dtype=np.int64)
        self.low: Any = np.zeros(n, dtype=np.int64)
        self.high: Any = np.zeros(n, dtype=np.int64)
        self.quantified = np.ones(n, dtype=bool)
        self.reasons = np.full(n, "", dtype=object)
        self.quick = np.zeros(n, dtype=bool)
        """Rows ruled out before evaluation (another district's measure): left out of an ``applicable`` frame."""
        self._missing: dict[int, list[str]] = {}
        self.parts: dict[str, tuple[Rat, Any]] = {}
        self.statements = None
        self.decided_at = None

    def missing(self, row: int) -> list[str]:
        return list(self._missing.get(row, ())) if self.status[row] == UNDETERMINED else []

    def reason(self, row: int) -> str:
        return str(self.reasons[row])


def _fen(values: list[Any]) -> Any:
    ints = [int(v * 100) for v in values]
    try:
        return np.array(ints, dtype=np.int64)
    except OverflowError:  # pragma: no cover - beyond any plausible amount
        out = np.empty(len(ints), dtype=object)
        out[:] = ints
        return out


class CalculatorBridge:
    """``bridge(measures, cols, assumptions)`` for :func:`~subsidycalc.engine.batch.evaluate_columns`.

    ``firms``: the batch's validated :class:`~subsidycalc.Firm` objects, row by row, when the caller has them;
    otherwise they come from the batch itself (a :class:`FirmsSource`, or rows decoded by
    :func:`subsidycalc.synthetic_tables.profiles` and validated).
    """

    def __init__(self, firms: Sequence[Any] | None = None, stacking_sections: Sequence[str] | None = None) -> None:
        self.firms = firms
        self.stacking_sections = stacking_sections

    def _firms(self, cols: Columns) -> Sequence[Any]:
        if self.firms is not None:
            return self.firms
        src = cols.source
        if isinstance(src, FirmsSource):
            return src.firms
        from .engine.rules.columns import TablesSource
        from .profile.firm import Firm
        from .registries import _materialise
        from .synthetic_tables import profiles

        tables = src if isinstance(src, TablesSource) else _materialise(cols)
        return [Firm.model_validate(p) for p in profiles(tables)]

    def __call__(self, measures: Sequence[Measure], cols: Columns, assumptions: Any) -> dict[str, CalculatorColumns]:
        from . import catalog

        firms = self._firms(cols)
        n = cols.n
        if len(firms) != n:
            raise ValueError(f"the bridge got {len(firms)} firms for a batch of {n}")
        sections = self.stacking_sections
        if sections is None:
            sections = sorted({r.per for r in catalog().rules if r.per is not None})
        awards: dict[str, list[Any]] = {m.id: [None] * n for m in measures}
        lists = [awards[m.id] for m in measures]
        by_district: dict[Any, list[tuple[Measure, list[Any]]]] = {}
        with localcontext(CONTEXT):
            for i, firm in enumerate(firms):
                todo = by_district.get(firm.district)
                if todo is None:
                    todo = by_district[firm.district] = [(m, dest) for m, dest in zip(measures, lists, strict=True)
                                                         if quick_reason(m, firm.district) is None]
                memo: dict[str, Any] = {}
                for m, dest in todo:
                    dest[i] = memo.get(m.id) or _evaluate(m, firm, assumptions, memo)
        out: dict[str, CalculatorColumns] = {}
        for m in measures:
            res = out[m.id] = CalculatorColumns(n, cols)
            got = awards[m.id]
            quick = [i for i, a in enumerate(got) if a is None]
            if quick:
                res.quick[quick] = True
                words: dict[Any, str] = {}
                for i in quick:
                    d = firms[i].district
                    w = words.get(d)
                    if w is None:
                        w = words[d] = "✗ " + (quick_reason(m, d) or "")
                    res.reasons[i] = w
            done = [i for i, a in enumerate(got) if a is not None]
            if not done:
                continue
            idx = np.array(done, dtype=np.int64)
            evaluated = [got[i] for i in done]
            res.status[idx] = [_CODE[a.status] for a in evaluated]
            res.quantified[idx] = [a.quantified for a in evaluated]
            res.reasons[idx] = [a.reason for a in evaluated]
            for name in ("amount", "low", "high"):
                fen = _fen([getattr(a, name) for a in evaluated])
                arr = getattr(res, name)
                if fen.dtype == object and arr.dtype != object:
                    arr = arr.astype(object)
                    setattr(res, name, arr)
                arr[idx] = fen
            for i, a in zip(done, evaluated, strict=True):
                if a.status == "undetermined":
                    res._missing[i] = list(a.missing)
            for sec in sections:
                parts = [(i, a.parts) for i, a in zip(done, evaluated, strict=True)
                         if a.parts and any(k.startswith(sec + ".") for k in a.parts)]
                if parts:
                    res.parts[sec] = _item_parts(cols, sec, parts)
        return out


def _item_parts(cols: Columns, section: str, parts: list[tuple[int, dict[str, Any]]]) -> tuple[Rat, Any]:
    """The per-item shares of some rows' awards (keys ``leases.N``) as a column over the batch's items."""
    sec = cols.section(section)
    where = {(int(o), int(p)): k for k, (o, p) in enumerate(zip(sec.owner.tolist(), sec.pos.tolist(), strict=True))}
    nums: list[int] = [0] * sec.n_items
    dens: list[int] = [1] * sec.n_items
    mask = np.zeros(sec.n_items, dtype=bool)
    for row, by_key in parts:
        for key, (amount, _low, _high) in by_key.items():
            head, _, tail = key.rpartition(".")
            if head != section or not tail.isdigit():
                continue
            k = where[(row, int(tail))]
            f = Fraction(amount)
            nums[k], dens[k] = f.numerator, f.denominator
            mask[k] = True
    try:
        return Rat(np.array(nums, dtype=np.int64), np.array(dens, dtype=np.int64)), mask
    except OverflowError:  # pragma: no cover
        n_arr = np.empty(len(nums), dtype=object)
        d_arr = np.empty(len(dens), dtype=object)
        n_arr[:], d_arr[:] = nums, dens
        return Rat(n_arr, d_arr), mask


__all__ = ["CalculatorBridge", "CalculatorColumns"]
