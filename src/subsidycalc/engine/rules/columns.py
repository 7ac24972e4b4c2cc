"""A batch of firms as typed numpy columns: the columnar evaluator's input.

One column per fact of the profile (built on first use), one table per list section (``loans``: the owner row of
each item, its position in the firm's list, one column per item fact), and whether each firm gives each section at
all. Values are exact: money and other numbers as :class:`~.rat.Rat` (integers over a denominator), dates as day
numbers (``date.toordinal()``), flags as Kleene codes (0 false, 1 unknown, 2 true), enums as codes into the field's
allowed values (−1 unknown).

Sources: :meth:`Columns.from_firms` (validated :class:`~subsidycalc.Firm` objects); registries and generators build
the same layout directly (:mod:`subsidycalc.registry`, :mod:`subsidycalc.synthetic`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np

from .rat import Rat
from .schema import FactSpec, Schema, firm_schema

F, U, T = np.int8(0), np.int8(1), np.int8(2)


@dataclass
class V:
    """The value of one expression over the rows (firms or items) of a level."""

    kind: str
    data: Any
    known: Any  # bool array (for bool: derived from the codes)
    vocab: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.known)


def bool_v(codes: Any) -> V:
    return V("bool", codes, codes != U)


@dataclass
class Section:
    """The items of one list section over the batch's rows."""

    owner: Any  # int64 row of each item
    pos: Any  # int64 position in its firm's list
    known: Any  # bool per firm: the list is given
    n_items: int


class Columns:
    """Facts of ``n`` firms as columns (see the module docstring). Columns are built on first use by ``source``."""

    def __init__(self, n: int, source: ColumnSource, schema: Schema | None = None) -> None:
        self.n = n
        self.source = source
        self.schema = schema or firm_schema()
        self._facts: dict[str, V] = {}
        self._sections: dict[str, Section] = {}
        self._items: dict[str, V] = {}
        self._present: dict[str, Any] = {}
        #: values derived once per batch from these columns and shared by every measure (e.g. the SME sizes)
        self.memo: dict[Any, Any] = {}

    @classmethod
    def from_firms(cls, firms: Sequence[Any]) -> Columns:
        return cls(len(firms), FirmsSource(list(firms)))

    def fact(self, spec: FactSpec) -> V:
        v = self._facts.get(spec.path)
        if v is None:
            v = self._facts[spec.path] = self.source.fact(spec, self.n)
        return v

    def section(self, path: str) -> Section:
        s = self._sections.get(path)
        if s is None:
            s = self._sections[path] = self.source.section(path, self.n)
        return s

    def item_fact(self, spec: FactSpec) -> V:
        v = self._items.get(spec.path)
        if v is None:
            sec = self.section(spec.section)  # type: ignore[arg-type]
            v = self._items[spec.path] = self.source.item_fact(spec, sec)
        return v

    def present(self, path: str) -> Any:
        p = self._present.get(path)
        if p is None:
            p = self._present[path] = self.source.present(path, self.n)
        return p

    def subset(self, rows: Any) -> Columns:
        """The same facts for the firms ``rows`` (an index array), gathered on first use."""
        return Columns(len(rows), SubsetSource(self, rows), self.schema)


class ColumnSource:
    """Where a :class:`Columns` gets its columns from."""

    def fact(self, spec: FactSpec, n: int) -> V:
        raise NotImplementedError

    def section(self, path: str, n: int) -> Section:
        raise NotImplementedError

    def item_fact(self, spec: FactSpec, sec: Section) -> V:
        raise NotImplementedError

    def present(self, path: str, n: int) -> Any:
        raise NotImplementedError


def _get(obj: Any, chain: Sequence[str]) -> Any:
    for name in chain:
        if obj is None:
            return None
        obj = getattr(obj, name)
    return obj


def column(spec: FactSpec, values: Sequence[Any]) -> V:
    """A column of ``spec``'s kind from Python values (``None`` unknown)."""
    n = len(values)
    known = np.fromiter((v is not None for v in values), dtype=bool, count=n)
    kind = spec.kind
    if kind in ("money", "number", "count"):
        nums = np.zeros(n, dtype=np.int64)
        dens = np.ones(n, dtype=np.int64)
        big = False
        for i, v in enumerate(values):
            if v is None:
                continue
            a, b = (v.as_integer_ratio() if isinstance(v, Decimal) else (int(v), 1))
            if abs(a) >= 2**62 or b >= 2**62:
                big = True
                break
            nums[i], dens[i] = a, b
        if big:
            pairs = [((v.as_integer_ratio() if isinstance(v, Decimal) else (int(v), 1)) if v is not None else (0, 1))
                     for v in values]
            r = Rat(np.array([p[0] for p in pairs], dtype=object), np.array([p[1] for p in pairs], dtype=object))
        else:
            r = Rat(nums, dens)
            if n and (dens == dens[0]).all():
                r = Rat(nums, int(dens[0]))
        return V("num", r.reduce() if n else r, known)
    if kind == "flag":
        codes = np.fromiter((U if v is None else (T if v else F) for v in values), dtype=np.int8, count=n)
        return bool_v(codes)
    if kind == "date":
        days = np.fromiter((v.toordinal() if v is not None else 0 for v in values), dtype=np.int64, count=n)
        return V("date", days, known)
    if kind == "enum":
        index = {x: i for i, x in enumerate(spec.values)}
        codes = np.fromiter((index[v] if v is not None else -1 for v in values), dtype=np.int16, count=n)
        return V("enum", codes, known, spec.values)
    arr = np.empty(n, dtype=object)
    arr[:] = [tuple(v) if isinstance(v, list) else v for v in values]
    return V("text" if kind == "text" else "strlist", arr, known)


class FirmsSource(ColumnSource):
    """Columns read from validated :class:`~subsidycalc.Firm` objects (one Python pass per column used)."""

    def __init__(self, firms: list[Any]) -> None:
        self.firms = firms
        self._lists: dict[str, list[Any]] = {}

    def fact(self, spec: FactSpec, n: int) -> V:
        return column(spec, [_get(f, spec.parents) for f in self.firms])

    def _list(self, path: str) -> list[Any]:
        got = self._lists.get(path)
        if got is None:
            chain = firm_schema().sections[path].parents
            got = self._lists[path] = [_get(f, chain) for f in self.firms]
        return got

    def section(self, path: str, n: int) -> Section:
        lists = self._list(path)
        lens = np.fromiter((len(x) if x else 0 for x in lists), dtype=np.int64, count=n)
        owner = np.repeat(np.arange(n, dtype=np.int64), lens)
        starts = np.cumsum(lens) - lens
        pos = np.arange(len(owner), dtype=np.int64) - np.repeat(starts, lens)
        known = np.fromiter((x is not None for x in lists), dtype=bool, count=n)
        return Section(owner, pos, known, int(lens.sum()))

    def item_fact(self, spec: FactSpec, sec: Section) -> V:
        lists = self._list(spec.section)  # type: ignore[arg-type]
        values = [_get(it, spec.parents) for x in lists if x for it in x]
        return column(spec, values)

    def present(self, path: str, n: int) -> Any:
        chain = firm_schema().presence[path]
        return np.fromiter((_get(f, chain) is not None for f in self.firms), dtype=bool, count=n)


class TablesSource(ColumnSource):
    """Columns given whole: a registry in memory (from files, or a generator).

    - ``facts``: firm-level facts by path (``workforce.ui_insured_avg_2019``), each a :class:`V` over the firms;
    - ``sections``: per list section (``loans``), a :class:`Section` (owner row and position of each item, whether
      each firm gives the list) and its item facts by path (``loans.principal``), each a :class:`V` over the items;
    - ``present``: per sub-model path (``workforce``, ``lending``), whether each firm gives it.

    A fact, section or sub-model that is absent from the tables is unknown for every firm (a list: not given).
    Numbers are exact :class:`~.rat.Rat` columns — by the profile's ranges every kind has a fixed scale: money,
    headcounts and areas are hundredths (denominator 100), rates and changes millionths (10^6), counts whole.
    """

    def __init__(self, n: int, facts: dict[str, V], sections: dict[str, tuple[Section, dict[str, V]]],
                 present: dict[str, Any]) -> None:
        self.n = n
        self.facts = facts
        self.sections = sections
        self.present_ = present

    def fact(self, spec: FactSpec, n: int) -> V:
        v = self.facts.get(spec.path)
        return v if v is not None else unknown_column(spec, n)

    def section(self, path: str, n: int) -> Section:
        got = self.sections.get(path)
        if got is None:
            return Section(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(n, dtype=bool), 0)
        return got[0]

    def item_fact(self, spec: FactSpec, sec: Section) -> V:
        got = self.sections.get(spec.section)  # type: ignore[arg-type]
        v = got[1].get(spec.path) if got is not None else None
        return v if v is not None else unknown_column(spec, sec.n_items)

    def present(self, path: str, n: int) -> Any:
        p = self.present_.get(path)
        if p is None and path in self.sections:  # a list is present where it is given (known), [] included
            sec = self.sections[path]
            return np.asarray((sec[0] if isinstance(sec, tuple) else sec).known, dtype=bool)
        return p if p is not None else np.zeros(n, dtype=bool)


def unknown_column(spec: FactSpec, n: int) -> V:
    """A column of ``spec``'s kind, unknown in every row."""
    known = np.zeros(n, dtype=bool)
    if spec.kind in ("money", "number", "count"):
        return V("num", Rat(np.zeros(n, dtype=np.int64), 1), known)
    if spec.kind == "flag":
        return bool_v(np.full(n, U, dtype=np.int8))
    if spec.kind == "date":
        return V("date", np.zeros(n, dtype=np.int64), known)
    if spec.kind == "enum":
        return V("enum", np.full(n, -1, dtype=np.int16), known, spec.values)
    return V(spec.kind if spec.kind == "text" else "strlist", np.full(n, None, dtype=object), known)


def take(v: V, idx: Any) -> V:
    data = v.data.take(idx) if isinstance(v.data, Rat) else v.data[idx]
    return V(v.kind, data, v.known[idx], v.vocab)


class SubsetSource(ColumnSource):
    """The rows ``rows`` of another batch."""

    def __init__(self, parent: Columns, rows: Any) -> None:
        self.parent = parent
        self.rows = rows
        self._item_idx: dict[str, Any] = {}

    def fact(self, spec: FactSpec, n: int) -> V:
        return take(self.parent.fact(spec), self.rows)

    def section(self, path: str, n: int) -> Section:
        full = self.parent.section(path)
        remap = np.full(self.parent.n, -1, dtype=np.int64)
        remap[self.rows] = np.arange(len(self.rows), dtype=np.int64)
        new_owner = remap[full.owner]
        keep = np.nonzero(new_owner >= 0)[0]
        owner = new_owner[keep]
        order = np.argsort(owner, kind="stable")
        idx = keep[order]
        self._item_idx[path] = idx
        return Section(owner[order], full.pos[idx], full.known[self.rows], len(idx))

    def item_fact(self, spec: FactSpec, sec: Section) -> V:
        idx = self._item_idx[spec.section]  # type: ignore[index]
        return take(self.parent.item_fact(spec), idx)

    def present(self, path: str, n: int) -> Any:
        return self.parent.present(path)[self.rows]


__all__ = ["ColumnSource", "Columns", "F", "FirmsSource", "Section", "SubsetSource", "T", "TablesSource", "U", "V",
           "bool_v", "column", "take", "unknown_column"]

