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
from .rules.rat import Rat

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

    def __init__(self, n: int, results: dict[str, MeasureResult], cols: Columns | None = None) -> None:
        self.n = n
        self.results = results
        self.cols = cols

    def _full(self, mid: str, attr: str, fill: Any, dtype: Any) -> Any:
        r = self.results[mid]
        out = np.full(self.n, fill, dtype=dtype)
        if r.result is None:
            return out
        values = getattr(r.result, attr)
        if r.rows is None:
            return values if dtype is object else np.asarray(values).astype(dtype, copy=False)
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


    def missing_rows(self, mid: str, rows: Any) -> list[list[str]]:
        """:meth:`missing` of many rows at once (the same lists, in the same order): firm-level facts decoded once
        per distinct bit pattern, item facts from the flagged items only."""
        r = self.results[mid]
        rows = np.asarray(rows, dtype=np.int64)
        if r.result is None:
            return [[] for _ in rows]
        if r.rows is None:
            local = rows
        else:
            pos = np.searchsorted(r.rows, rows)
            hit = (pos < len(r.rows)) & (r.rows[np.minimum(pos, max(len(r.rows) - 1, 0))] == rows)
            local = np.where(hit, pos, -1)
        res = r.result
        if not isinstance(res, AwardColumns):
            return [res.missing(int(i)) if i >= 0 else [] for i in local.tolist()]
        return _missing_many(res, local)


def _missing_many(res: AwardColumns, local: Any) -> list[list[str]]:
    out: list[list[str]] = [[] for _ in range(len(local))]
    valid = local >= 0
    und = np.zeros(len(local), dtype=bool)
    und[valid] = np.asarray(res.status)[local[valid]] == columnar.UNDETERMINED
    firm_bits = list(res.bits.firm.items())
    award_mask = 0
    for p, b in firm_bits:
        if p.startswith("award:"):
            award_mask |= 1 << b
    fb = np.asarray(res.fb)
    fast = und.copy()
    cache: dict[int, list[str]] = {}
    for k in np.nonzero(und)[0].tolist():
        v = int(fb[local[k]])
        if v & award_mask:  # a dependency's missing facts: row by row
            out[k] = res.missing(int(local[k]))
            fast[k] = False
            continue
        paths = cache.get(v)
        if paths is None:
            paths = cache[v] = [p for p, b in firm_bits if v >> b & 1]
        out[k] = list(paths)
    if not fast.any():
        return out
    where = np.full(len(res.status), -1, dtype=np.int64)
    where[local[fast]] = np.nonzero(fast)[0]
    for section, arr in res.ib.items():
        if not arr.any():
            continue
        sec = res.cols.section(section)
        names = {b: p for p, b in res.bits.items.get(section, {}).items()}
        owner = np.asarray(sec.owner)
        for it in np.nonzero((arr != 0) & (where[owner] >= 0))[0].tolist():
            k = int(where[owner[it]])
            v = int(arr[it])
            pos = int(sec.pos[it])
            for b, p in names.items():
                if v >> b & 1:
                    out[k].append(f"{section}.{pos}.{p[len(section) + 1:]}")
    return out


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
    for m in ordered:
        if m.relief and definition(m) is None:
            raise ValueError(f"measure {m.id} has no rule definition: the columnar evaluator cannot run it")

    district = cols.fact(firm_schema().fact("district"))
    subsets: dict[str, tuple[Any, Columns]] = {}
    results: dict[str, MeasureResult] = {}
    full_awards: dict[str, tuple[Any, AwardColumns]] = {}
    # the expressions several definitions share on the same rows (the whole batch, or one district's firms) are
    # computed once: plan every definition first, so each shared value is dropped after its last reader
    shared: dict[str | None, columnar.Shared] = {}

    def rows_key(m: Measure) -> str | None:
        return m.district if m.effective_territory in ENGINE_SCOPES else None

    for m in ordered:
        if m.relief:
            shared.setdefault(rows_key(m), columnar.Shared()).plan(definition(m))
    for m in ordered:
        if not m.relief:
            results[m.id] = MeasureResult(m, None, None, quick_reason(m, None))
            continue
        d = definition(m)
        assert d is not None
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
        sh = shared[rows_key(m)]
        res = columnar.run(d, sub, awards, sh)
        sh.done(d)
        full_awards[m.id] = (rows, res)
        results[m.id] = MeasureResult(m, rows, res)
    return BatchResult(cols.n, results, cols)


def firm_columns(firms: Sequence[Any]) -> Columns:
    """A batch of validated firms."""
    return Columns.from_firms(firms)


__all__ = ["BatchResult", "MeasureResult", "evaluate_columns", "firm_columns", "order", "take"]


# =====================================================================================================
# Stacking rules over columns (the same rules as engine/stacking.py, row by row and item by item)
# =====================================================================================================
_ELIG = columnar.ELIGIBLE


def _gt(a: Any, b: Any) -> Any:
    return np.asarray(a > b, dtype=bool)


class _Member:
    """One measure of a rule, as full-batch arrays (written back to its own rows by :meth:`store`)."""

    def __init__(self, batch: BatchResult, mid: str, cols: Columns, section: str | None) -> None:
        r = batch.results[mid]
        self.r = r
        self.relief = r.measure.relief
        self.status = batch.status(mid)
        self.amount = batch.amount(mid).astype(object) if batch.amount(mid).dtype == object else batch.amount(mid)
        self.low = batch.low(mid)
        self.high = batch.high(mid)
        self.quantified = batch.quantified(mid)
        self.parts: tuple[Rat, Any] | None = None
        self.section = section
        self.idx: Any = None
        if section is not None and r.result is not None and section in r.result.parts:
            amounts, mask = r.result.parts[section]
            full = cols.section(section)
            # a result over the whole batch (rows None) has its items already; a district subset maps to them
            idx = np.arange(full.n_items) if r.rows is None else _full_items(r.result.cols, section)
            n_items = full.n_items
            pn = np.zeros(n_items, dtype=object if np.asarray(amounts.n).dtype == object else np.int64)
            pd_ = np.ones(n_items, dtype=pn.dtype)
            pn[idx] = amounts.n
            pd_[idx] = amounts.d if isinstance(amounts.d, np.ndarray) else amounts.d
            m = np.zeros(n_items, dtype=bool)
            m[idx] = mask
            self.parts = (Rat(pn, pd_), m)
            self.idx = idx

    def store(self) -> None:
        res = self.r.result
        if res is None:
            return
        rows = self.r.rows
        sel = slice(None) if rows is None else rows
        res.amount = self.amount[sel]
        res.low = self.low[sel]
        res.high = self.high[sel]
        if self.parts is not None and self.section is not None:
            # the items a rule took away (or reduced) stay so for the next rule on the same measure: a city rent
            # relief contested lease by lease by two districts' rules loses each lease once, not only the last
            amounts, mask = self.parts
            d = amounts.d[self.idx] if isinstance(amounts.d, np.ndarray) else amounts.d
            res.parts[self.section] = (Rat(np.asarray(amounts.n)[self.idx], d), mask[self.idx])


def _full_items(sub: Columns, section: str) -> Any:
    """The index in the whole batch of each item of ``sub``'s section."""
    src = sub.source
    if isinstance(src, SubsetSource):
        sub.section(section)
        return src._item_idx[section]
    return np.arange(sub.section(section).n_items)


def apply_stacking(batch: BatchResult, rules: Iterable[Any], assumptions: Any, cols: Columns) -> None:
    """Apply the catalog's stacking rules to a batch's amounts, as :meth:`StackingRule.apply` does award by award."""
    for rule in rules:
        mids = [m for m in rule.measures if m in batch.results and batch.results[m].result is not None]
        if len(mids) < 2:
            continue
        per = rule.per
        if per is not None and rule.per_reading is not None and getattr(assumptions, rule.per_reading) == "firm":
            per = None
        members = [_Member(batch, m, cols, per) for m in mids]
        n = batch.n
        all_rows = np.ones(n, dtype=bool)
        present = [np.ones(n, dtype=bool) for _ in members]
        if per is not None:
            sec = cols.section(per)
            has_parts = []
            for mb in members:
                h = np.zeros(n, dtype=bool)
                if mb.parts is not None:
                    h[sec.owner[mb.parts[1]]] = True
                has_parts.append(h)
            present = [~((mb.status == _ELIG) & mb.quantified & ~h & (mb.amount == 0))
                       for mb, h in zip(members, has_parts, strict=True)]
            paying = [p & (mb.status == _ELIG) & mb.relief for p, mb in zip(present, members, strict=True)]
            npay = np.sum(paying, axis=0)
            with_parts = np.ones(n, dtype=bool)
            for p, h in zip(paying, has_parts, strict=True):
                with_parts &= ~p | h
            item_rows = (npay >= 2) & with_parts
            if item_rows.any():
                if rule.kind == "exclusive":
                    _exclusive_items(members, paying, item_rows, sec, rule.keep)
                else:
                    _reduce_items(members, paying, item_rows, sec, rule.measures[0] == mids[0])
            all_rows = ~item_rows
        if rule.kind == "exclusive":
            _exclusive(members, present, all_rows, rule.keep)
        else:
            _reduce(members, present, all_rows, rule.measures[0] == mids[0])
        for mb in members:
            mb.store()


def _exclusive(members: list[_Member], present: list[Any], rows: Any, keep: str) -> None:
    paying = [p & rows & (mb.status == _ELIG) & mb.relief for p, mb in zip(present, members, strict=True)]
    apply = np.sum(paying, axis=0) >= 2
    if not apply.any():
        return
    kept = np.full(len(rows), -1, dtype=np.int64)
    best_a = np.zeros(len(rows), dtype=members[0].amount.dtype)
    best_h = np.zeros(len(rows), dtype=members[0].high.dtype)
    for k, (p, mb) in enumerate(zip(paying, members, strict=True)):
        if keep == "highest":
            better = p & ((kept < 0) | _gt(mb.amount, best_a) | ((mb.amount == best_a) & _gt(mb.high, best_h)))
        else:
            better = p & (kept < 0)
        kept = np.where(better, k, kept)
        best_a = np.where(better, mb.amount, best_a)
        best_h = np.where(better, mb.high, best_h)
    for k, (p, mb) in enumerate(zip(paying, members, strict=True)):
        lose = apply & p & (kept != k)
        mb.amount = np.where(lose, 0, mb.amount)
        mb.low = np.where(lose, 0, mb.low)
        mb.high = np.where(lose, 0, mb.high)


def _reduce(members: list[_Member], present: list[Any], rows: Any, later_first: bool) -> None:
    if not later_first:
        return
    later = members[0]
    go = rows & present[0] & (later.status == _ELIG)
    paid = np.zeros(len(rows), dtype=later.amount.dtype)
    any_paid = np.zeros(len(rows), dtype=bool)
    for p, mb in zip(present[1:], members[1:], strict=True):
        pay = p & (mb.status == _ELIG) & mb.relief
        paid = paid + np.where(pay, mb.amount, 0)
        any_paid |= pay
    go &= any_paid
    for name in ("amount", "low", "high"):
        v = getattr(later, name)
        setattr(later, name, np.where(go, np.maximum(0, v - paid), v))


def _exclusive_items(members: list[_Member], paying: list[Any], rows: Any, sec: Any, keep: str) -> None:
    on = [(p[sec.owner] & rows[sec.owner] & mb.parts[1]) if mb.parts is not None else np.zeros(sec.n_items, dtype=bool)
          for p, mb in zip(paying, members, strict=True)]
    contested = np.sum(on, axis=0) >= 2
    if not contested.any():
        return
    kept = np.full(sec.n_items, -1, dtype=np.int64)
    best: Rat | None = None
    for k, (o, mb) in enumerate(zip(on, members, strict=True)):
        if mb.parts is None:
            continue
        amounts = mb.parts[0]
        if keep == "highest":
            if best is None:
                better = o & (kept < 0)
            else:
                x, y = amounts.cmp(best)
                better = o & ((kept < 0) | _gt(x, y))
        else:
            better = o & (kept < 0)
        kept = np.where(better, k, kept)
        best = amounts if best is None else amounts.where(better, best)
    for k, (o, mb) in enumerate(zip(on, members, strict=True)):
        lose = contested & o & (kept != k)
        if not lose.any():
            continue
        amounts, mask = mb.parts  # type: ignore[misc]
        mask = mask & ~lose
        mb.parts = (amounts, mask)
        _resum(mb, sec, np.unique(sec.owner[lose]))


def _reduce_items(members: list[_Member], paying: list[Any], rows: Any, sec: Any, later_first: bool) -> None:
    if not later_first or members[0].parts is None:
        return
    later = members[0]
    amounts, mask = later.parts  # type: ignore[misc]
    go_items = paying[0][sec.owner] & rows[sec.owner] & mask
    paid = Rat(np.zeros(sec.n_items, dtype=np.int64), 1)
    hit = np.zeros(sec.n_items, dtype=bool)
    for p, mb in zip(paying[1:], members[1:], strict=True):
        if mb.parts is None:
            continue
        pa, pm = mb.parts
        on = p[sec.owner] & pm & go_items
        paid = pa.where(on, Rat(np.zeros(sec.n_items, dtype=np.int64), 1)) + paid
        hit |= on
    if not hit.any():
        return
    reduced = amounts - paid
    x, y = reduced.cmp(Rat(np.zeros(sec.n_items, dtype=np.int64), 1))
    reduced = reduced.where(_gt(x, y) | (x == y), Rat(np.zeros(sec.n_items, dtype=np.int64), 1))
    later.parts = (reduced.where(hit, amounts), mask)
    _resum(later, sec, np.unique(sec.owner[hit]))


def _resum(mb: _Member, sec: Any, rows: Any) -> None:
    """An award's amount, low and high from its remaining parts, rounded once (on ``rows``)."""
    from .rules.columnar import _sum_by_owner

    amounts, mask = mb.parts  # type: ignore[misc]
    total = _sum_by_owner(amounts, mask, sec.owner, len(mb.amount)).round_fen()
    for name in ("amount", "low", "high"):
        v = getattr(mb, name).copy()
        v[rows] = total[rows]
        setattr(mb, name, v)
