"""Notebook and portfolio helpers: data frames, many firms at once, what-if comparisons.

pandas is an optional extra (``pip install 'subsidycalc[pandas]'``); it is imported only when a function that
returns a frame is called, and a missing pandas gives a one-line ``ImportError`` saying which extra to install.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Iterable, Iterator, Mapping, Sized
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from .engine.money import yuan

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

def unflatten(row: Mapping[str, Any]) -> dict[str, Any]:
    """Flat columns to a nested profile: ``"workforce.ui_insured_avg_2019"``, ``"loans.0.principal"``.

    Empty cells (``None``, NaN, ``""``) are left out: an empty cell is an unknown fact, never zero.
    """
    out: dict[str, Any] = {}
    for key, value in row.items():
        if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
            continue
        if hasattr(value, "item") and not isinstance(value, str | bytes):  # numpy scalars
            value = value.item()
        if isinstance(value, float):
            # a DataFrame column with empty cells turns integers into floats: give them back as integers;
            # other floats pass as their exact decimal text, never through float arithmetic
            value = int(value) if value.is_integer() else repr(value)
        parts = str(key).split(".")
        node: Any = out
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            nxt = parts[i + 1] if not last else None
            if isinstance(node, list):
                idx = int(part)
                while len(node) <= idx:
                    node.append({})
                if last:
                    node[idx] = value
                else:
                    if not isinstance(node[idx], dict | list) or (nxt and nxt.isdigit() and not isinstance(node[idx], list)):
                        node[idx] = [] if nxt and nxt.isdigit() else {}
                    node = node[idx]
            else:
                if last:
                    node[part] = value
                else:
                    if part not in node:
                        node[part] = [] if nxt and nxt.isdigit() else {}
                    node = node[part]
    return out


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
    """Result of :func:`estimate_many`: the tidy award table and the rows that failed validation."""

    frame: pd.DataFrame
    errors: list[FirmError] = field(default_factory=list)

    def totals(self, by: str | list[str] = "district") -> pd.DataFrame:
        """Relief (point, low, high) summed by ``by`` over eligible relief awards, in yuan (float for plotting)."""
        df = self.frame
        paid = df[(df["status"] == "eligible") & df["relief"]]
        g = paid.groupby(by)[["amount", "low", "high"]].sum()
        return g.map(float) if hasattr(g, "map") else g.applymap(float)  # pragma: no branch

    def __repr__(self) -> str:
        n = self.frame["firm"].nunique() if len(self.frame) else 0
        df = self.frame
        total = df.loc[(df["status"] == "eligible") & df["relief"], "amount"].sum() if len(df) else 0
        return f"<Portfolio: {n} firms, {len(self.errors)} errors, total relief {yuan(Decimal(total))} yuan>"


def _progress(total: int | None, enabled: bool | None) -> Any:
    interactive = sys.stderr.isatty() if enabled is None else enabled
    start = time.monotonic()

    def tick(done: int) -> None:
        if not interactive or done % 500:
            return
        rate = done / max(time.monotonic() - start, 1e-9)
        of = f"/{total}" if total else ""
        sys.stderr.write(f"\rsubsidycalc: {done}{of} firms ({rate:,.0f}/s)")
        sys.stderr.flush()

    def close(done: int) -> None:
        if interactive and done >= 500:
            sys.stderr.write(f"\rsubsidycalc: {done} firms done{' ' * 20}\n")

    return tick, close


def _records(firms: Any, key: str | None) -> Iterator[tuple[Any, Any]]:
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(firms, pd.DataFrame):
        cols = list(firms.columns)
        for idx, values in zip(firms.index, firms.itertuples(index=False, name=None), strict=True):
            row = dict(zip(cols, values, strict=True))
            k = row.pop(key) if key and key in row else idx
            yield k, unflatten(row)
        return
    for i, f in enumerate(firms):
        k = i
        if key:
            k = getattr(f, key, None) if not isinstance(f, Mapping) else f.get(key)
            k = i if k is None else k
        yield k, f


def estimate_many(firms: Iterable[Any] | pd.DataFrame, assumptions: Any = None, key: str | None = "name",
                  progress: bool | None = None) -> Portfolio:
    """Estimate many firms: profiles (``Firm`` or dicts) or a DataFrame of flat columns (``loans.0.principal``).

    Returns a :class:`Portfolio` whose ``frame`` has one row per firm × measure (columns ``firm`` plus the
    award columns) and whose ``errors`` list each row that failed validation with its key and field — the
    other rows are still computed. A progress bar goes to stderr on long interactive runs.
    """
    from . import Assumptions, Firm, estimate
    from .cli import format_validation_error

    pd = _pandas()
    if assumptions is not None and not isinstance(assumptions, Assumptions):
        assumptions = Assumptions.model_validate(dict(assumptions))
    total = len(firms) if isinstance(firms, Sized) else None
    tick, close = _progress(total, progress)
    rows: list[dict[str, Any]] = []
    errors: list[FirmError] = []
    done = 0
    for k, profile in _records(firms, key):
        done += 1
        tick(done)
        try:
            firm = profile if isinstance(profile, Firm) else Firm.model_validate(profile)
        except ValidationError as e:
            line = format_validation_error(e, str(k))
            _, fld, problem = (line.split(": ", 2) + ["", ""])[:3]
            errors.append(FirmError(k, fld, problem))
            continue
        report = estimate(firm, assumptions)
        for r in award_rows(report):
            r["firm"] = k
            rows.append(r)
    close(done)
    frame = pd.DataFrame(rows, columns=["firm", *AWARD_COLUMNS])
    return Portfolio(frame, errors)


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


def compare(firm: Any, assumptions_a: Any = None, assumptions_b: Any = None) -> Comparison:
    """Estimate ``firm`` under two sets of readings and line the awards up, per measure and in total.

    >>> import subsidycalc as sc
    >>> c = sc.compare({"district": "mentougou", "hires": [{"group": "urban_rural_labor",
    ...     "hukou_district": "mentougou", "count": 10, "contract_months": 12, "social_insurance_paid": True,
    ...     "wage_at_least_minimum": True}]}, {}, {"mentougou_hiring_tier_mode": "marginal"})
    >>> c.difference
    Decimal('-4500.00')
    """
    from . import estimate

    a = estimate(firm, assumptions_a)
    b = estimate(firm, assumptions_b)
    rows = []
    for x in a.awards:
        y = b[x.measure_id]
        rows.append({"measure_id": x.measure_id, "status_a": x.status, "amount_a": x.amount, "low_a": x.low,
                     "high_a": x.high, "status_b": y.status, "amount_b": y.amount, "low_b": y.low, "high_b": y.high,
                     "readings_a": x.readings, "readings_b": y.readings})
    return Comparison(a, b, rows)
