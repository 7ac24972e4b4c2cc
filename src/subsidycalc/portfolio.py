"""Many firms at once: :func:`estimate_many` on the columnar evaluator, and the :class:`Portfolio` it returns.

The firms become columns (one per fact the measures read, one table per list section); every measure's definition
runs once over them (:mod:`subsidycalc.engine.batch`), then the stacking rules, on columns too. The result is a
firm × measure table of status codes and exact amounts in integer fen, kept compact (each measure over the firms it
can concern). Views are built on demand: :meth:`Portfolio.wide` (firm × measure), :attr:`Portfolio.frame` (one row
per firm × measure, today's long frame), :meth:`Portfolio.totals`. One row's full explanation is the traced
evaluator's: :meth:`Portfolio.explain` reruns it for that firm.

Money in every frame and total is **exact yuan in one dtype**: ``object`` columns of ``decimal.Decimal`` with
exactly two places (sums and differences stay exact; ``float`` never appears); an undetermined award's amount, low
and high are missing (``None``), never 0. In Parquet files the same values are ``decimal128(38, 2)``, which pandas
reads back as ``Decimal``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import ValidationError

from .engine.batch import STATUS, BatchResult, _missing_many, apply_stacking, evaluate_columns
from .engine.money import yuan
from .engine.rules.columns import Columns, ColumnSource

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

STATUS_ORDER = {"eligible": 0, "undetermined": 1, "ineligible": 2}

FIRM_COLUMNS = ("firm.district", "firm.industry", "firm.size")
"""The firm's own columns in :attr:`Portfolio.frame` (its registered district, industry, size: declared, or
classified by the SME size standard from its figures; missing when neither is possible)."""

#: ``totals(by=...)`` names for the award's side
_ALIASES = {"measure.district": "district", "measure.kind": "kind", "measure.beneficiary": "beneficiary",
            "measure.id": "measure_id"}


def money_array(fen: Any, missing: Any = None) -> Any:
    """Integer fen (``int64`` or Python ints) as an ``object`` array of ``Decimal`` yuan with two places
    (``missing``: rows left ``None``)."""
    return arrow_money(fen, missing).to_numpy(zero_copy_only=False)


def arrow_money(fen: Any, missing: Any = None) -> Any:
    """Integer fen as a ``pyarrow`` ``decimal128(38, 2)`` array (``missing``: null rows), built from the integers
    without a ``Decimal`` per cell."""
    import pyarrow as pa

    fen = np.asarray(fen)
    n = len(fen)
    valid = None if missing is None else ~np.asarray(missing, dtype=bool)
    if fen.dtype == object:
        values = [None if (valid is not None and not valid[i]) else Decimal(int(v)).scaleb(-2)
                  for i, v in enumerate(fen.tolist())]
        return pa.array(values, type=pa.decimal128(38, 2))
    words = np.empty((n, 2), dtype=np.int64)
    words[:, 0] = fen
    words[:, 1] = fen >> 63
    validity = None
    if valid is not None and not valid.all():
        validity = pa.py_buffer(np.packbits(valid, bitorder="little").tobytes())
    return pa.Array.from_buffers(pa.decimal128(38, 2), n, [validity, pa.py_buffer(words.tobytes())])


@dataclass
class FirmError:
    """A profile that could not be estimated: its key, the field and the problem."""

    key: Any
    field: str
    problem: str

    def __str__(self) -> str:
        return f"{self.key}: {self.field}: {self.problem}"


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
    applicable_only: bool = False
    """Leave out of :attr:`frame` the rows no fact of the firm could change (information entries, another
    district's measures): about half the rows, the same totals."""
    measures: Sequence[str] | None = None
    _frame: Any = field(default=None, repr=False)
    _firm_cols: Any = field(default=None, repr=False)

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
            cols[mid] = money_array(getattr(self.batch, what)(mid), st == 2)
        return pd.DataFrame(cols, index=pd.Index(self.keys, name="firm"))

    @property
    def frame(self) -> pd.DataFrame:
        """One row per firm × measure (eligible first, then undetermined, then ineligible; largest amount first):
        ``firm``, the firm's own columns (:data:`FIRM_COLUMNS`), then the award's (``district`` is the measure's:
        the government that pays). Money as exact ``Decimal`` yuan, missing for an undetermined award. Built once,
        on first use."""
        if self._frame is None:
            self._frame = self._long()
        return self._frame

    def firm_columns(self) -> pd.DataFrame:
        """One row per firm: ``firm`` and :data:`FIRM_COLUMNS` (missing where unknown)."""
        if self._firm_cols is None:
            from .analysis import _pandas

            pd = _pandas()
            assert self.batch.cols is not None
            d, ind, size = firm_facts(self.batch.cols)
            self._firm_cols = pd.DataFrame({"firm": _objects(self.keys), "firm.district": d, "firm.industry": ind,
                                            "firm.size": size})
        return self._firm_cols

    def _applicable(self, mid: str) -> Any:
        """Rows of ``mid`` that the firm's facts decide (not ruled out by district or as information)."""
        r = self.batch.results[mid]
        out = np.zeros(self.batch.n, dtype=bool)
        if r.result is None:
            return out
        if r.rows is None:
            out[:] = True
        else:
            out[r.rows] = True
        return out

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
            if self.applicable_only:
                df = df[self._applicable(mid)]
            parts.append(df)
        long = pd.concat(parts, ignore_index=True)
        long["order"] = long["status_code"].map({3: 0, 2: 1, 1: 2})
        long = long.sort_values(["firm_row", "order", "amount_fen", "measure_id"],
                                ascending=[True, True, False, True], kind="stable")
        rows = long["firm_row"].to_numpy()
        firm = self.firm_columns()
        out = pd.DataFrame({"firm": _objects(self.keys)[rows]})
        for c in FIRM_COLUMNS:
            out[c] = firm[c].to_numpy()[rows]
        undetermined = long["status_code"].to_numpy() == 2
        for c in AWARD_COLUMNS:
            if c == "status":
                out[c] = np.array(STATUS, dtype=object)[long["status_code"].to_numpy()]
            elif c in ("amount", "low", "high"):
                out[c] = money_array(long[f"{c}_fen"].to_numpy(), undetermined)
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
        und = np.nonzero(status == 2)[0]
        for i, m in zip(und.tolist(), _missing_many(res, und), strict=True):
            local[i] = "needs " + ", ".join(m)
        out[rows] = local
        return out

    def _districts(self) -> Any:
        from .engine.rules.schema import firm_schema

        cols = self.batch.cols
        assert cols is not None
        v = cols.fact(firm_schema().fact("district"))
        names = np.array(list(v.vocab) + [None], dtype=object)
        return names[np.where(v.known, v.data, len(v.vocab))]

    def totals(self, by: str | list[str] = "district") -> pd.DataFrame:
        """Relief (point, low, high) summed over eligible relief awards, grouped by ``by``: columns of
        :attr:`frame`, where ``firm.district`` (``firm.industry``, ``firm.size``) is the firm's own and
        ``district`` or ``measure.district`` the paying government's. Exact, as exact ``Decimal`` yuan."""
        keys = [by] if isinstance(by, str) else list(by)
        keys = [_ALIASES.get(k, k) for k in keys]
        df = self.frame
        paid = df[(df["status"] == "eligible") & df["relief"]]
        g = paid.groupby(keys[0] if isinstance(by, str) else keys, dropna=False)[["amount", "low", "high"]].sum()
        return g

    def firm_totals(self) -> pd.DataFrame:
        """One row per firm: its own columns and its relief ``total``, ``low``, ``high`` (eligible relief awards
        after stacking, exact ``Decimal`` yuan)."""
        out = self.firm_columns().copy()
        for name in ("amount", "low", "high"):
            out["total" if name == "amount" else name] = money_array(self.total_fen(name))
        return out

    def total_fen(self, what: str = "amount") -> Any:
        """Each firm's total relief (``amount``, ``low`` or ``high``) in fen: eligible relief awards, after
        stacking."""
        total: Any = np.zeros(self.batch.n, dtype=np.int64)
        for mid, r in self.batch.results.items():
            if r.measure.relief and r.result is not None:
                total = total + np.where(self.batch.status(mid) == 3, getattr(self.batch, what)(mid), 0)
        return total

    def measure_totals(self) -> pd.DataFrame:
        """One row per relief measure: ``amount``, ``low``, ``high`` summed over the firms where it is eligible
        (after stacking; exact ``Decimal`` yuan), and how many firms are ``eligible`` and ``undetermined``."""
        from .analysis import _pandas

        rows: dict[str, dict[str, Any]] = {}
        for mid, r in self.batch.results.items():
            if not r.measure.relief or r.result is None:
                continue
            st = self.batch.status(mid)
            paid = st == 3
            rows[mid] = {name: Decimal(int(np.where(paid, getattr(self.batch, name)(mid), 0).sum())).scaleb(-2)
                         for name in ("amount", "low", "high")}
            rows[mid]["eligible"] = int(paid.sum())
            rows[mid]["undetermined"] = int((st == 2).sum())
        df = _pandas().DataFrame.from_dict(rows, orient="index")
        df.index.name = "measure_id"
        return df

    def explain(self, firm_key: Any, measure_id: str) -> str:
        """The traced evaluator's explanation of one firm's award (the same numbers as the columns)."""
        from . import estimate

        i = self.keys.index(firm_key)
        if self.firms is not None:
            firm = self.firms[i]
        else:
            from .registries import _materialise
            from .synthetic_tables import profiles

            if self.batch.cols is None:
                raise LookupError("explain() needs the firms' profiles or columns")
            firm = profiles(_materialise(self.batch.cols.subset(np.array([i]))))[0]
        return estimate(firm, self.assumptions)[measure_id].explain()

    def rerun(self, assumptions: Any) -> Portfolio:
        """The same firms under other readings."""
        source: Any = self.firms if self.firms is not None else self.batch.cols
        p = estimate_many(source, assumptions, measures=self.measures, progress=False,
                          applicable_only=self.applicable_only)
        p.keys = self.keys
        p.errors = self.errors
        return p

    def __repr__(self) -> str:
        total = Decimal(int(self.total_fen().sum())).scaleb(-2)
        return f"<Portfolio: {self.batch.n} firms, {len(self.errors)} errors, total relief {yuan(total)} yuan>"


def _objects(values: Sequence[Any]) -> Any:
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


def firm_facts(cols: Columns) -> tuple[Any, Any, Any]:
    """The firms' district, industry and size (declared, else classified by the SME size standard) as object
    arrays of names (``None`` where unknown)."""
    from .engine.rules.schema import firm_schema
    from .engine.rules.sizes import SIZES, classify_columns

    schema = firm_schema()

    def names(v: Any) -> Any:
        table = np.array(list(v.vocab) + [None], dtype=object)
        return table[np.where(v.known, v.data, len(v.vocab))]

    f = cols.fact
    district = names(f(schema.fact("district")))
    industry_v = f(schema.fact("industry"))
    size_codes, unknown, _ = classify_columns(f(schema.fact("size")), industry_v, f(schema.fact("employees")),
                                              f(schema.fact("revenue")), f(schema.fact("assets")))
    size = np.array(list(SIZES) + [None], dtype=object)[np.where(unknown | (size_codes < 0), len(SIZES), size_codes)]
    return district, names(industry_v), size


def estimate_many(firms: Any, assumptions: Any = None, *, measures: Sequence[str] | None = None,
                  key: str | None = "name", progress: bool | None = None,
                  applicable_only: bool = False) -> Portfolio:
    """Estimate many firms at once on the columnar evaluator.

    ``firms``: profiles (``Firm`` objects or dicts), or a DataFrame of flat dotted columns (``loans.0.principal``;
    an empty cell is unknown) — each row validated, a bad one goes to ``errors`` with its key and field and the
    others are still computed — or a :class:`~subsidycalc.engine.rules.columns.ColumnSource` / :class:`Columns`
    (a registry in memory: :func:`subsidycalc.read_registry`, :func:`subsidycalc.synthetic_tables.synthetic_tables`).
    ``measures``: only these measures (and what they depend on). ``key``: the profile field that names each firm
    (default ``name``; the row number when absent). ``progress``: a ``tqdm.auto`` bar while profiles are validated
    (default: only when output is interactive). ``applicable_only``: see :attr:`Portfolio.applicable_only`.

    >>> import subsidycalc as sc
    >>> hires = [{"group": "military_family", "hukou_district": "mentougou", "count": 2, "contract_months": 12,
    ...           "social_insurance_paid": True, "wage_at_least_minimum": True}]
    >>> p = sc.estimate_many([{"name": "hirer", "district": "mentougou", "hires": hires}], progress=False)
    >>> p.frame.set_index("measure_id").loc["mentougou.military_spouse_one_off_job_subsidy", "amount"]
    Decimal('6000.00')
    """
    from . import Firm, _assumptions, catalog
    from .analysis import _records
    from .profile.errors import problems
    from .progress import progress_bar

    a = _assumptions(assumptions)
    cat = catalog()
    errors: list[FirmError] = []
    valid: list[Any] = []
    keys: list[Any] = []
    if hasattr(firms, "partition") and hasattr(firms, "n_partitions"):  # a registry folder (read_registry)
        from .registry_run import prepare

        if firms.n_partitions != 1:
            raise ValueError(f"{firms.folder}: {firms.n_partitions} partitions: estimate it with "
                             "sc.estimate_registry (partition by partition), or one partition at a time")
        keys, cols, cell_errors = prepare(firms.partition(0))
        errors = [FirmError(e.key, e.field, e.problem) for e in cell_errors]
    elif isinstance(firms, Columns):
        cols = firms
        keys = list(range(cols.n))
    elif isinstance(firms, ColumnSource):
        n = firms.n  # type: ignore[attr-defined]
        cols = Columns(n, firms)
        keys = list(getattr(firms, "keys", None) or range(n))
    else:
        total = len(firms) if hasattr(firms, "__len__") else None
        with progress_bar(total=total, unit="firm", desc="validating", enabled=progress) as bar:
            for k, f in _records(firms, key):
                bar.update(1)
                try:
                    valid.append(f if isinstance(f, Firm) else Firm.model_validate(f))
                except ValidationError as e:
                    for pr in problems(e):  # every problem of the profile, each with its did-you-mean
                        errors.append(FirmError(k, pr.field, pr.words))
                    continue
                keys.append(k)
        cols = Columns.from_firms(valid)
    batch = evaluate_columns(cat, cols, a, measures)
    apply_stacking(batch, cat.rules, a, cols)
    return Portfolio(keys, batch, cat, a, errors, valid or None, applicable_only, measures)


__all__ = ["FIRM_COLUMNS", "FirmError", "Portfolio", "estimate_many", "firm_facts", "arrow_money", "money_array"]
