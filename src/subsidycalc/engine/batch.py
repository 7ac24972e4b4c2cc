"""Many firms at once: every measure's definition over a batch of columns (:mod:`.rules.columnar`).

For each measure, the rows it is evaluated on are those the engine cannot rule out beforehand: a district's measure
runs on the firms registered in that district (or whose district is unknown: their territory is then undetermined);
a city-wide one on every firm; an information entry on none. Measures run after the measures they depend on
(``r.award(...)`` in a definition), whose results are handed over for the same rows. No Python loop runs over firms.

:class:`BatchResult` holds, per measure, status codes and amounts in integer fen for every row of the batch, and
decodes a row's missing facts on demand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .measure import Measure
from .rules import columnar
from .rules.columnar import INELIGIBLE, AwardColumns
from .rules.columns import Columns, SubsetSource, take
from .rules.define import ENGINE_SCOPES

STATUS = columnar.STATUS_NAMES


@dataclass
class MeasureResult:
    """One measure over a batch: evaluated on ``rows`` (``None``: every row), or ruled out everywhere
    (``quick``: the reason)."""

    measure: Measure
    rows: Any
    result: AwardColumns | None
    quick: str | None = None


class BatchResult:
    """Every measure's status, amount, low and high (integer fen) for every firm of a batch."""

    def __init__(self, n: int, results: dict[str, MeasureResult]) -> None:
        self.n = n
        self.results = results

    def _full(self, mid: str, attr: str, fill: Any, dtype: Any) -> Any:
        r = self.results[mid]
        out = np.full(self.n, fill, dtype=dtype)
        if r.result is None:
            return out
        values = getattr(r.result, attr)
        if r.rows is None:
            return np.asarray(values).astype(dtype, copy=False) if dtype != object else values
        out[r.rows] = values
        return out

    def status(self, mid: str) -> Any:
        """Status codes (:data:`STATUS`: 1 ineligible, 2 undetermined, 3 eligible) of every row."""
        return self._full(mid, "status", INELIGIBLE, np.int8)

    def amount(self, mid: str) -> Any:
        r = self.results[mid]
        dtype = object if r.result is not None and r.result.amount.dtype == object else np.int64
        return self._full(mid, "amount", 0, dtype)

    def low(self, mid: str) -> Any:
        return self._full(mid, "low", 0, np.int64)

    def high(self, mid: str) -> Any:
        return self._full(mid, "high", 0, np.int64)

    def quantified(self, mid: str) -> Any:
        return self._full(mid, "quantified", True, bool)

    def missing(self, mid: str, row: int) -> list[str]:
        """The missing profile paths of one firm for one measure (empty unless undetermined)."""
        r = self.results[mid]
        if r.result is None:
            return []
        if r.rows is None:
            return r.result.missing(row)
        hit = np.nonzero(r.rows == row)[0]
        return r.result.missing(int(hit[0])) if len(hit) else []


def order(measures: Sequence[Measure], definitions: dict[str, Any], by_id: dict[str, Measure]) -> list[Measure]:
    """The measures with every dependency before its dependents (a cycle is an error naming it)."""
    out: list[Measure] = []
    state: dict[str, int] = {}

    def visit(m: Measure, path: tuple[str, ...]) -> None:
        s = state.get(m.id, 0)
        if s == 2:
            return
        if s == 1:
            raise ValueError("measures depend on each other in a cycle: " + " → ".join(path + (m.id,)))
        state[m.id] = 1
        d = definitions.get(m.id)
        for dep in (d.depends if d is not None else ()):
            visit(by_id[dep], path + (m.id,))
        state[m.id] = 2
        out.append(m)

    for m in measures:
        visit(m, ())
    return out


def _take_award(a: AwardColumns, rows: Any, sub: Columns) -> AwardColumns:
    """A dependency's results on the rows of a subset batch."""
    ib = {}
    for s, arr in a.ib.items():
        sub.section(s)
        src = sub.source
        assert isinstance(src, SubsetSource)
        ib[s] = arr[src._item_idx[s]]
    foreign = {b: _take_award(f, rows, sub) for b, f in a.foreign.items()}
    return AwardColumns(a.status[rows], a.amount[rows], a.low[rows], a.high[rows], a.quantified[rows], a.fb[rows], ib,
                        a.bits, sub, foreign)


def evaluate_columns(catalog: Any, cols: Columns, assumptions: Any,
                     measures: Iterable[str] | None = None) -> BatchResult:
    """Every measure of ``catalog`` (or only ``measures`` and what they depend on) over the batch ``cols``."""
    from .estimate import quick_reason
    from .rules.schema import firm_schema

    wanted = list(catalog) if measures is None else [catalog[m] for m in measures]
    by_id = {m.id: m for m in catalog}
    defs: dict[str, Any] = {}

    def definition(m: Measure) -> Any:
        if m.id not in defs and m.rule is not None and m.relief:
            defs[m.id] = m.definition(assumptions)
        return defs.get(m.id)

    pending = list(wanted)
    seen = {m.id for m in pending}
    while pending:  # add what the wanted measures depend on
        m = pending.pop()
        d = definition(m)
        for dep in (d.depends if d is not None else ()):
            if dep not in seen:
                seen.add(dep)
                pending.append(by_id[dep])
                wanted.append(by_id[dep])
    ordered = order(wanted, defs, by_id)

    district = cols.fact(firm_schema().fact("district"))
    subsets: dict[str, tuple[Any, Columns]] = {}
    results: dict[str, MeasureResult] = {}
    full_awards: dict[str, tuple[Any, AwardColumns]] = {}
    for m in ordered:
        if not m.relief:
            results[m.id] = MeasureResult(m, None, None, quick_reason(m, None))
            continue
        d = definition(m)
        if d is None:
            raise ValueError(f"measure {m.id} has no rule definition: the columnar evaluator cannot run it")
        rows: Any = None
        sub = cols
        if m.effective_territory in ENGINE_SCOPES:
            got = subsets.get(m.district)
            if got is None:
                code = district.vocab.index(m.district) if m.district in district.vocab else -2
                idx = np.nonzero((district.data == code) | ~district.known)[0]
                got = subsets[m.district] = (idx, cols.subset(idx))
            rows, sub = got
        awards = {}
        for dep in d.depends:
            drows, da = full_awards[dep]
            if drows is None and rows is None or drows is rows:
                awards[dep] = da
            elif drows is None:
                awards[dep] = _take_award(da, rows, sub)
            else:
                raise ValueError(f"{m.id} depends on {dep}, evaluated on other firms")
        res = columnar.run(d, sub, awards)
        full_awards[m.id] = (rows, res)
        results[m.id] = MeasureResult(m, rows, res)
    return BatchResult(cols.n, results)


def firm_columns(firms: Sequence[Any]) -> Columns:
    """A batch of validated firms."""
    return Columns.from_firms(firms)


__all__ = ["BatchResult", "MeasureResult", "evaluate_columns", "firm_columns", "order", "take"]
