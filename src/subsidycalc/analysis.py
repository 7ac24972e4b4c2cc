"""Notebook helpers: a report as a data frame, flat columns to profiles, what-if comparisons (many firms at
once: :mod:`subsidycalc.portfolio`).

pandas is an optional extra (``pip install 'subsidycalc[pandas]'``); it is imported only when a function that
returns a frame is called, and a missing pandas gives a one-line ``ImportError`` saying which extra to install.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .engine.money import ZERO, yuan

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .engine.report import Report

AWARD_COLUMNS = ["measure_id", "district", "kind", "beneficiary", "status", "amount", "low", "high", "reason",
                 "source_url", "title_zh", "title_en", "relief", "quantified"]


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - exercised only without the extra
        raise ImportError("this needs pandas: pip install 'subsidycalc[pandas]'") from e
    return pd


def award_rows(report: Report) -> list[dict[str, Any]]:
    """One dict per award (the columns of :func:`report_frame`)."""
    rows = []
    for a in report.sorted():
        rows.append({
            "measure_id": a.measure_id, "district": a.district, "kind": a.kind, "beneficiary": a.beneficiary,
            "status": a.status, "amount": a.amount, "low": a.low, "high": a.high, "reason": a.reason,
            "source_url": a.sources[0].url if a.sources else None, "title_zh": a.title_zh,
            "title_en": a.title_en, "relief": a.relief, "quantified": a.quantified,
        })
    return rows


def report_frame(report: Report) -> pd.DataFrame:
    """``Report.to_frame()``: one row per award; money columns hold exact ``Decimal`` values."""
    pd = _pandas()
    return pd.DataFrame(award_rows(report), columns=AWARD_COLUMNS)


# --- many firms ----------------------------------------------------------------------------------------

_SKIP = object()


def _cell(value: Any) -> Any:
    """One cell of a flat table as a profile value, or ``_SKIP`` for an empty cell (an unknown fact)."""
    t = type(value)
    if t is str:
        return _SKIP if value == "" else value
    if t is int or t is bool:
        return value
    if value is None:
        return _SKIP
    if t is not float and hasattr(value, "item") and not isinstance(value, str | bytes):  # numpy scalars
        try:
            value = value.item()
        except (TypeError, ValueError):  # pragma: no cover - an array in a cell: let validation name it
            return value
    if isinstance(value, float):
        if math.isnan(value):
            return _SKIP
        # a DataFrame column with empty cells turns integers into floats: give them back as integers;
        # other floats pass as their exact decimal text, never through float arithmetic
        return int(value) if value.is_integer() else repr(value)
    if type(value).__name__ in ("NAType", "NaTType"):  # pandas' missing markers
        return _SKIP
    return value


class _Unflattener:
    """Flat dotted column names parsed once; called on each row's values (in column order)."""

    def __init__(self, columns: Iterable[Any]) -> None:
        self.paths: list[tuple[str | int, ...]] = []
        for key in columns:
            parts = str(key).split(".")
            self.paths.append(tuple(int(x) if x.isdigit() and i else x for i, x in enumerate(parts)))

    def __call__(self, values: Iterable[Any]) -> dict[str, Any]:
        return self.sparse(zip(range(len(self.paths)), values, strict=False))

    def sparse(self, cells: Iterable[tuple[int, Any]]) -> dict[str, Any]:
        """Build a profile from (column number, raw value) pairs; empty cells are skipped."""
        out: dict[str, Any] = {}
        paths = self.paths
        for col, raw in cells:
            value = _cell(raw)
            if value is _SKIP:
                continue
            path = paths[col]
            if len(path) == 1:
                out[path[0]] = value  # type: ignore[index]
                continue
            node: Any = out
            last = len(path) - 1
            for i, part in enumerate(path):
                if isinstance(node, list):
                    idx = int(part)
                    while len(node) <= idx:
                        node.append({})
                    if i == last:
                        node[idx] = value
                        break
                    want_list = isinstance(path[i + 1], int)
                    if not isinstance(node[idx], dict | list) or (want_list and not isinstance(node[idx], list)):
                        node[idx] = [] if want_list else {}
                    node = node[idx]
                else:
                    key = str(part)
                    if i == last:
                        node[key] = value
                        break
                    if key not in node:
                        node[key] = [] if isinstance(path[i + 1], int) else {}
                    node = node[key]
        return out


def unflatten(row: Mapping[str, Any]) -> dict[str, Any]:
    """Flat columns to a nested profile: ``"workforce.ui_insured_avg_2019"``, ``"loans.0.principal"``.

    Empty cells (``None``, NaN, ``""``) are left out: an empty cell is an unknown fact, never zero.
    """
    keys = list(row.keys())
    return _Unflattener(keys)(row[k] for k in keys)


def _records(firms: Any, key: str | None) -> Iterator[tuple[Any, Any]]:
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(firms, pd.DataFrame):
        cols = [c for c in firms.columns if c != key]
        build = _Unflattener(cols)
        keys = firms[key].tolist() if key and key in firms.columns else list(firms.index)
        # a registry is sparse (most columns empty for most firms): gather each row's non-empty cells column by
        # column, vectorised, and build each profile from those alone
        cells: list[list[tuple[int, Any]]] = [[] for _ in keys]
        for j, c in enumerate(cols):
            col = firms[c]
            filled = col.notna().to_numpy(copy=True)
            if col.dtype == object:
                filled &= (col != "").to_numpy()
            rows = filled.nonzero()[0].tolist()
            for i, v in zip(rows, col.to_numpy()[filled].tolist(), strict=True):
                cells[i].append((j, v))
        for i, k in enumerate(keys):
            yield k, build.sparse(cells[i])
            cells[i] = []  # free as we go
        return
    for i, f in enumerate(firms):
        k = i
        if key:
            k = getattr(f, key, None) if not isinstance(f, Mapping) else f.get(key)
            k = i if k is None else k
        yield k, f


# --- what-if ----------------------------------------------------------------------------------------------

@dataclass
class Comparison:
    """Two readings side by side, per measure and in total (see :func:`compare`)."""

    a: Report
    b: Report
    rows: list[dict[str, Any]]

    @property
    def total_a(self) -> Decimal:
        return self.a.total

    @property
    def total_b(self) -> Decimal:
        return self.b.total

    @property
    def difference(self) -> Decimal:
        return self.b.total - self.a.total

    def changed(self) -> list[dict[str, Any]]:
        return [r for r in self.rows if r["amount_a"] != r["amount_b"] or r["status_a"] != r["status_b"]]

    def to_frame(self) -> pd.DataFrame:
        return _pandas().DataFrame(self.rows)

    def __str__(self) -> str:
        ch = self.changed()
        lines = [f"A: {self.a.assumptions!r}", f"B: {self.b.assumptions!r}",
                 f"{'measure':<50} {'A':>14} {'B':>14} {'B − A':>14}"]
        for r in ch:
            lines.append(f"{r['measure_id']:<50} {yuan(r['amount_a']):>14} {yuan(r['amount_b']):>14} "
                         f"{yuan(r['amount_b'] - r['amount_a']):>14}")
        lines.append(f"{'total':<50} {yuan(self.total_a):>14} {yuan(self.total_b):>14} {yuan(self.difference):>14}")
        if not ch:
            lines.insert(3, "(no measure changes)")
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        import html

        body = "".join(
            f"<tr><td><code>{html.escape(r['measure_id'])}</code></td><td>{r['status_a']}</td>"
            f"<td style='text-align:right'>{yuan(r['amount_a'])}</td><td>{r['status_b']}</td>"
            f"<td style='text-align:right'>{yuan(r['amount_b'])}</td>"
            f"<td style='text-align:right'>{yuan(r['amount_b'] - r['amount_a'])}</td></tr>" for r in self.changed())
        return (f"<table><thead><tr><th>measure</th><th>A</th><th>A amount</th><th>B</th><th>B amount</th>"
                f"<th>B − A</th></tr></thead><tbody>{body}<tr><td><b>total</b></td><td></td>"
                f"<td style='text-align:right'><b>{yuan(self.total_a)}</b></td><td></td>"
                f"<td style='text-align:right'><b>{yuan(self.total_b)}</b></td>"
                f"<td style='text-align:right'><b>{yuan(self.difference)}</b></td></tr></tbody></table>")


@dataclass
class PortfolioComparison:
    """Many firms under two sets of readings (see :func:`compare`): per-measure and per-firm deltas, exact
    ``Decimal`` yuan."""

    assumptions_a: Any
    assumptions_b: Any
    by_measure: pd.DataFrame
    """Per relief measure: ``amount_a``, ``amount_b``, ``difference`` (B − A), ``eligible_a``, ``eligible_b``."""
    by_firm: pd.DataFrame | None
    """Per firm: ``total_a``, ``total_b``, ``difference`` (``None`` for a registry run without output files)."""

    @property
    def total_a(self) -> Decimal:
        return sum(self.by_measure["amount_a"], ZERO)

    @property
    def total_b(self) -> Decimal:
        return sum(self.by_measure["amount_b"], ZERO)

    @property
    def difference(self) -> Decimal:
        return self.total_b - self.total_a

    def changed(self) -> pd.DataFrame:
        """The measures whose total or eligible count differs."""
        m = self.by_measure
        return m[(m["difference"] != 0) | (m["eligible_a"] != m["eligible_b"])]

    def __str__(self) -> str:
        ch = self.changed()
        lines = [f"A: {self.assumptions_a!r}", f"B: {self.assumptions_b!r}",
                 f"{'measure':<50} {'A':>16} {'B':>16} {'B − A':>16}"]
        for mid, r in ch.iterrows():
            lines.append(f"{mid:<50} {yuan(r['amount_a']):>16} {yuan(r['amount_b']):>16} {yuan(r['difference']):>16}")
        if not len(ch):
            lines.append("(no measure changes)")
        lines.append(f"{'total':<50} {yuan(self.total_a):>16} {yuan(self.total_b):>16} {yuan(self.difference):>16}")
        if self.by_firm is not None:
            moved = int((self.by_firm["difference"] != 0).sum())
            lines.append(f"{moved:,} of {len(self.by_firm):,} firms change")
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        import html

        body = "".join(f"<tr><td><code>{html.escape(str(mid))}</code></td>"
                       f"<td style='text-align:right'>{yuan(r['amount_a'])}</td>"
                       f"<td style='text-align:right'>{yuan(r['amount_b'])}</td>"
                       f"<td style='text-align:right'>{yuan(r['difference'])}</td></tr>"
                       for mid, r in self.changed().iterrows())
        return (f"<table><thead><tr><th>measure</th><th>A</th><th>B</th><th>B − A</th></tr></thead><tbody>{body}"
                f"<tr><td><b>total</b></td><td style='text-align:right'><b>{yuan(self.total_a)}</b></td>"
                f"<td style='text-align:right'><b>{yuan(self.total_b)}</b></td>"
                f"<td style='text-align:right'><b>{yuan(self.difference)}</b></td></tr></tbody></table>")


def _by_measure(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    pd = _pandas()
    out = pd.DataFrame({"amount_a": a["amount"], "amount_b": b["amount"]})
    out = out.apply(lambda c: c.map(lambda v: ZERO if v is None or (isinstance(v, float) and math.isnan(v)) else v))
    out["difference"] = [y - x for x, y in zip(out["amount_a"], out["amount_b"], strict=True)]
    out["eligible_a"] = a["eligible"].reindex(out.index).fillna(0).astype(int)
    out["eligible_b"] = b["eligible"].reindex(out.index).fillna(0).astype(int)
    return out


def _by_firm(keys: Any, a: Any, b: Any) -> pd.DataFrame:
    pd = _pandas()
    out = pd.DataFrame({"total_a": a, "total_b": b}, index=pd.Index(keys, name="firm"))
    out["difference"] = [y - x for x, y in zip(out["total_a"], out["total_b"], strict=True)]
    return out


def _compare_many(subject: Any, assumptions_a: Any, assumptions_b: Any) -> PortfolioComparison:
    from . import _assumptions
    from .portfolio import Portfolio, money_array

    a, b = _assumptions(assumptions_a), _assumptions(assumptions_b)
    if isinstance(subject, Portfolio):
        pa = subject if subject.assumptions == a else subject.rerun(a)
        pb = subject if subject.assumptions == b else subject.rerun(b)
        return PortfolioComparison(a, b, _by_measure(pa.measure_totals(), pb.measure_totals()),
                                   _by_firm(pa.keys, money_array(pa.total_fen()), money_array(pb.total_fen())))
    import tempfile
    from pathlib import Path

    from .registry_run import estimate_registry

    folder = subject.folder if hasattr(subject, "folder") else Path(subject)
    with tempfile.TemporaryDirectory() as tmp:
        ra = estimate_registry(folder, Path(tmp) / "a", a, progress=False)
        rb = estimate_registry(folder, Path(tmp) / "b", b, progress=False)
        fa, fb = ra.firm_frame().set_index("key"), rb.firm_frame().set_index("key")
        by_firm = _by_firm(fa.index, fa["total"], fb["total"].reindex(fa.index))

    def frame(r: Any) -> pd.DataFrame:
        return _pandas().DataFrame.from_dict(r.per_measure, orient="index")

    return PortfolioComparison(a, b, _by_measure(frame(ra), frame(rb)), by_firm)


def compare(firm: Any, assumptions_a: Any = None, assumptions_b: Any = None) -> Comparison | PortfolioComparison:
    """Estimate ``firm`` under two sets of readings and line the awards up, per measure and in total.

    ``firm`` may also be a :class:`~subsidycalc.portfolio.Portfolio` (its firms are estimated again under each
    reading) or a registry (a folder, or :func:`subsidycalc.read_registry`'s result): the result is then a
    :class:`PortfolioComparison` with per-measure and per-firm deltas.

    >>> import subsidycalc as sc
    >>> c = sc.compare({"district": "mentougou", "hires": [{"group": "urban_rural_labor",
    ...     "hukou_district": "mentougou", "count": 10, "contract_months": 12, "social_insurance_paid": True,
    ...     "wage_at_least_minimum": True}]}, {}, {"mentougou_hiring_tier_mode": "marginal"})
    >>> c.difference
    Decimal('-4500.00')
    """
    from . import estimate
    from .portfolio import Portfolio

    if isinstance(firm, Portfolio) or hasattr(firm, "partition") or (
            isinstance(firm, str | PathLike) and Path(firm).is_dir()):
        return _compare_many(firm, assumptions_a, assumptions_b)
    a = estimate(firm, assumptions_a)
    b = estimate(firm, assumptions_b)
    rows = []
    for x in a.awards:
        y = b[x.measure_id]
        rows.append({"measure_id": x.measure_id, "status_a": x.status, "amount_a": x.amount, "low_a": x.low,
                     "high_a": x.high, "status_b": y.status, "amount_b": y.amount, "low_b": y.low, "high_b": y.high,
                     "readings_a": x.readings, "readings_b": y.readings})
    return Comparison(a, b, rows)
