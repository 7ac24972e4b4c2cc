"""Many firms at once: :func:`estimate_many` on the columnar evaluator, and the :class:`Portfolio` it returns.

The firms become columns (one per fact the measures read, one table per list section); every measure's definition
runs once over them (:mod:`subsidycalc.engine.batch`), then the stacking rules, on columns too. The result is a
firm × measure table of status codes and exact amounts in integer fen, kept compact (each measure over the firms it
can concern). Views are built on demand: :meth:`Portfolio.wide` (firm × measure), :attr:`Portfolio.frame` (one row
per firm × measure, today's long frame), :meth:`Portfolio.totals`. One row's full explanation is the traced
evaluator's: :meth:`Portfolio.explain` reruns it for that firm.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import ValidationError

from .engine.batch import STATUS, BatchResult, apply_stacking, evaluate_columns
from .engine.money import yuan
from .engine.rules.columns import Columns, ColumnSource

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

STATUS_ORDER = {"eligible": 0, "undetermined": 1, "ineligible": 2}


@dataclass
class FirmError:
    """A profile that could not be estimated: its key, the field and the problem."""

    key: Any
    field: str
    problem: str

    def __str__(self) -> str:
        return f"{self.key}: {self.field}: {self.problem}"


def _fen_to_yuan(values: Any) -> Any:
    out = np.empty(len(values), dtype=object)
    out[:] = [Decimal(int(v)).scaleb(-2) for v in values]
    return out


@dataclass
class Portfolio:
    """The result of :func:`estimate_many` (see the module docstring)."""

    keys: list[Any]
    batch: BatchResult
    catalog: Any
    assumptions: Any
    errors: list[FirmError] = field(default_factory=list)
    firms: Sequence[Any] | None = None
    """The validated firms (for :meth:`explain`), when the input was profiles."""
    _frame: Any = field(default=None, repr=False)

    # -- arrays --------------------------------------------------------------------------------------------
    @property
    def measure_ids(self) -> list[str]:
        return list(self.batch.results)

    def status(self, measure_id: str) -> Any:
        """Status codes of every firm (``engine.batch.STATUS``: 1 ineligible, 2 undetermined, 3 eligible)."""
        return self.batch.status(self.catalog.resolve(measure_id))

    def amounts(self, measure_id: str, what: str = "amount") -> Any:
        """Amounts (``amount``, ``low`` or ``high``) of every firm in integer fen (exact; 0 unless eligible)."""
        mid = self.catalog.resolve(measure_id)
        return getattr(self.batch, what)(mid)

    def total_fen(self) -> Any:
        """Each firm's total relief in fen (point amounts of eligible relief awards, after stacking)."""
        total = np.zeros(self.batch.n, dtype=np.int64)
        for mid, r in self.batch.results.items():
            if r.measure.relief and r.result is not None:
                total = total + np.where(self.batch.status(mid) == 3, self.batch.amount(mid), 0)
        return total

    # -- views ---------------------------------------------------------------------------------------------
    def wide(self, what: str = "amount") -> pd.DataFrame:
        """One row per firm, one column per measure: ``amount``/``low``/``high`` as exact ``Decimal`` yuan (missing
        where the award is undetermined: unknown is never zero), or ``status`` as names."""
        from .analysis import _pandas

        pd = _pandas()
        cols: dict[str, Any] = {}
        for mid in self.measure_ids:
            st = self.batch.status(mid)
            if what == "status":
                cols[mid] = np.array(STATUS, dtype=object)[st]
                continue
            v = _fen_to_yuan(getattr(self.batch, what)(mid))
            v[st == 2] = None
            cols[mid] = v
        return pd.DataFrame(cols, index=pd.Index(self.keys, name="firm"))

    @property
    def frame(self) -> pd.DataFrame:
        """One row per firm × measure (eligible first, then undetermined, then ineligible; largest amount first),
        with the measure's facts beside the award's (built once, on first use)."""
        if self._frame is None:
            self._frame = self._long()
        return self._frame

    def _long(self) -> pd.DataFrame:
        from .analysis import AWARD_COLUMNS, _pandas

        pd = _pandas()
        n = self.batch.n
        parts: list[Any] = []
        for mid in self.measure_ids:
            r = self.batch.results[mid]
            m = r.measure
            st = self.batch.status(mid)
            amount = self.batch.amount(mid)
            df = pd.DataFrame({
                "firm_row": np.arange(n), "measure_id": mid, "district": m.district, "kind": m.kind,
                "beneficiary": m.beneficiary, "status_code": st, "amount_fen": amount,
                "low_fen": self.batch.low(mid), "high_fen": self.batch.high(mid),
                "reason": self._reasons(mid, st), "source_url": m.sources[0].url if m.sources else None,
                "title_zh": m.title_zh, "title_en": m.title_en, "relief": m.relief,
                "quantified": self.batch.quantified(mid),
            })
            parts.append(df)
        long = pd.concat(parts, ignore_index=True)
        long["order"] = long["status_code"].map({3: 0, 2: 1, 1: 2})
        long = long.sort_values(["firm_row", "order", "amount_fen", "measure_id"],
                                ascending=[True, True, False, True], kind="stable")
        keys = np.empty(n, dtype=object)
        keys[:] = self.keys
        out = pd.DataFrame({"firm": keys[long["firm_row"].to_numpy()]})
        for c in AWARD_COLUMNS:
            if c == "status":
                out[c] = np.array(STATUS, dtype=object)[long["status_code"].to_numpy()]
            elif c in ("amount", "low", "high"):
                out[c] = _fen_to_yuan(long[f"{c}_fen"].to_numpy())
            else:
                out[c] = long[c].to_numpy()
        return out.reset_index(drop=True)

    def _reasons(self, mid: str, st: Any) -> Any:
        """The long frame's one-line reason: the quick reason of a measure ruled out beforehand (another district's,
        an information entry), the failed condition's words, the missing facts, or nothing for an eligible award."""
        from .engine.estimate import quick_reason

        r = self.batch.results[mid]
        out = np.empty(len(st), dtype=object)
        if r.result is None:
            out[:] = f"✗ {r.quick}"
            return out
        if r.rows is None:
            rows = np.arange(len(st))
        else:
            rows = r.rows
            outside = np.ones(len(st), dtype=bool)
            outside[rows] = False
            if outside.any():
                district = self._districts()
                for d in np.unique(district[outside]):
                    out[outside & (district == d)] = f"✗ {quick_reason(r.measure, d)}"
        res = r.result
        words = {k: "✗ " + s.failed.replace("{}", "…") for k, s in enumerate(res.statements or ())
                 if hasattr(s, "failed")}
        decided = res.decided_at
        status = res.status
        local = np.empty(len(status), dtype=object)
        local[:] = ""
        for k, w in words.items():
            local[(status == 1) & (decided == k)] = w
        for i in np.nonzero(status == 2)[0]:
            local[i] = "needs " + ", ".join(res.missing(int(i)))
        out[rows] = local
        return out

    def _districts(self) -> Any:
        from .engine.rules.schema import firm_schema

        cols = self.batch.cols
        v = cols.fact(firm_schema().fact("district"))
        names = np.array(list(v.vocab) + [None], dtype=object)
        return names[np.where(v.known, v.data, len(v.vocab))]

    def totals(self, by: str | list[str] = "district") -> pd.DataFrame:
        """Relief (point, low, high) summed over eligible relief awards, grouped by ``by`` (columns of
        :attr:`frame`), as exact ``Decimal`` yuan."""
        df = self.frame
        paid = df[(df["status"] == "eligible") & df["relief"]]
        return paid.groupby(by)[["amount", "low", "high"]].sum()

    def explain(self, firm_key: Any, measure_id: str) -> str:
        """The traced evaluator's explanation of one firm's award (the same numbers as the columns)."""
        from . import estimate

        if self.firms is None:
            raise LookupError("explain() needs the firms' profiles; this portfolio was built from columns only")
        i = self.keys.index(firm_key)
        return estimate(self.firms[i], self.assumptions)[measure_id].explain()

    def __repr__(self) -> str:
        total = Decimal(int(self.total_fen().sum())).scaleb(-2)
        return f"<Portfolio: {self.batch.n} firms, {len(self.errors)} errors, total relief {yuan(total)} yuan>"


def estimate_many(firms: Iterable[Any] | Any, assumptions: Any = None, *, measures: Sequence[str] | None = None,
                  key: str | None = "name", progress: bool | None = None) -> Portfolio:
    """Estimate many firms at once on the columnar evaluator.

    ``firms``: profiles (``Firm`` objects or dicts; each validated, a bad one goes to ``errors`` with its key and
    field and the others are still computed), or a :class:`~subsidycalc.engine.rules.columns.ColumnSource` /
    :class:`Columns` (a registry in memory, e.g. :func:`subsidycalc.synthetic_tables.synthetic_tables`).
    ``measures``: only these measures (and what they depend on).
    """
    from . import Firm, _assumptions, catalog
    from .cli import format_validation_error

    a = _assumptions(assumptions)
    cat = catalog()
    errors: list[FirmError] = []
    valid: list[Any] = []
    keys: list[Any] = []
    if isinstance(firms, Columns):
        cols = firms
        keys = list(range(cols.n))
    elif isinstance(firms, ColumnSource):
        n = firms.n
        cols = Columns(n, firms)
        keys = list(range(n))
    else:
        for i, f in enumerate(firms):
            k = (getattr(f, key, None) if isinstance(f, Firm) else f.get(key)) if key else None
            k = i if k is None else k
            try:
                valid.append(f if isinstance(f, Firm) else Firm.model_validate(f))
            except ValidationError as e:
                line = format_validation_error(e, str(k))
                _, fld, problem = (line.split(": ", 2) + ["", ""])[:3]
                errors.append(FirmError(k, fld, problem))
                continue
            keys.append(k)
        cols = Columns.from_firms(valid)
    batch = evaluate_columns(cat, cols, a, measures)
    apply_stacking(batch, cat.rules, a, cols)
    return Portfolio(keys, batch, cat, a, errors, valid or None)


__all__ = ["FirmError", "Portfolio", "estimate_many"]
