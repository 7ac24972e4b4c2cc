"""The columnar evaluator: the same definitions, for many firms at once, on numpy columns.

No Python loop runs over firms or items: each expression of a :class:`~.define.Definition` is computed once for
every row (firm, or item of a list section), and each statement updates per-row state — a status code, the missing
facts as bit sets, the amounts. Money is exact (:class:`~.rat.Rat`) and rounded once, half-up, to integer fen.

Rows that a statement has already decided (ineligible, undetermined) are still computed by later expressions —
harmlessly: their results are never read. That is why a division by zero is not an error here (the traced
evaluator, which stops at the first failed condition, never meets one where the text does not).

Missing facts: every fact a definition reads gets a bit (firm-level facts in one set, each section's item facts in
another); an unknown value carries the bits of the facts that decided it, by the same three-valued rules as the
traced evaluator. :meth:`Result.missing` decodes a row's bits into the profile paths (``loans.2.interest_paid``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import Any

import numpy as np

from ..periods import Window
from . import nodes as N
from .columns import Columns, F, T, U, V, bool_v
from .define import Definition, Need, Parts, Pay, Require, Select, Settle, Unquantified
from .nodes import Node, RuleError
from .rat import Rat
from .rat import mul as rmul

RUN, INELIGIBLE, UNDETERMINED, ELIGIBLE = 0, 1, 2, 3
STATUS_NAMES = ("running", "ineligible", "undetermined", "eligible")
_EPOCH = date(1970, 1, 1).toordinal()


# =====================================================================================================
# Missing facts as bits
# =====================================================================================================
@dataclass
class M:
    """The missing-fact bits of an expression: ``fb`` firm-level bits per row of its level; for a firm-level
    expression, ``ib`` per section the item bits of each item that contributes (zero elsewhere); for an item-level
    one, ``ib`` the item bits of each item of its own section."""

    fb: Any
    ib: Any  # dict[str, array] (firm level) or array (item level)


class Bits:
    """The bit of each fact a definition reads."""

    def __init__(self) -> None:
        self.firm: dict[str, int] = {}
        self.items: dict[str, dict[str, int]] = {}

    def f(self, path: str) -> int:
        b = self.firm.get(path)
        if b is None:
            b = self.firm[path] = len(self.firm)
            if b > 62:
                raise RuleError("a definition reads more than 63 firm-level facts")
        return 1 << b

    def i(self, section: str, path: str) -> int:
        d = self.items.setdefault(section, {})
        b = d.get(path)
        if b is None:
            b = d[path] = len(d)
            if b > 62:
                raise RuleError(f"a definition reads more than 63 facts of {section} items")
        return 1 << b


# =====================================================================================================
# Evaluation state
# =====================================================================================================
@dataclass
class AwardColumns:
    """One measure's results over the rows (for the measures that depend on it, and for output)."""

    status: Any
    amount: Any  # int64 fen (or object)
    low: Any
    high: Any
    quantified: Any
    fb: Any
    ib: dict[str, Any]
    bits: Bits
    cols: Columns
    foreign: dict[int, Any] = field(default_factory=dict)
    parts: dict[str, Any] = field(default_factory=dict)
    """Per section, each item's unrounded share (a :class:`Rat` with a known mask) for per-item stacking."""
    decided_at: Any = None
    """For an ineligible row, the index of the statement (a condition) that failed; −1 otherwise."""
    statements: Any = None

    def reason(self, row: int) -> str:
        """A one-line reason without the values (the traced evaluator's explanation has them)."""
        st = self.status[row]
        if st == UNDETERMINED:
            return "needs " + ", ".join(self.missing(row))
        k = int(self.decided_at[row]) if self.decided_at is not None else -1
        if st == INELIGIBLE and k >= 0:
            return "✗ " + self.statements[k].failed.replace("{}", "…")
        return ""

    def missing(self, row: int) -> list[str]:
        """The missing profile paths of one row (empty unless it is undetermined)."""
        if self.status[row] != UNDETERMINED:
            return []
        out: list[str] = []
        fb = int(self.fb[row])
        for path, b in self.bits.firm.items():
            if fb >> b & 1:
                if path.startswith("award:"):
                    dep = self.foreign.get(b)
                    if dep is not None:
                        out.extend(x for x in dep.missing(row) if x not in out)
                    continue
                out.append(path)
        for section, arr in self.ib.items():
            if not arr.any():
                continue
            sec = self.cols.section(section)
            names = {b: p for p, b in self.bits.items.get(section, {}).items()}
            items = np.nonzero((sec.owner == row) & (arr != 0))[0]
            for it in items:
                v = int(arr[it])
                pos = int(sec.pos[it])
                for b, p in names.items():
                    if v >> b & 1:
                        field_ = p[len(section) + 1:]
                        out.append(f"{section}.{pos}.{field_}")
        return out


# =====================================================================================================
# Expressions shared by several definitions of a batch
# =====================================================================================================
class _Ident:
    """A key part compared by identity (an unhashable constant: a reference table), keeping its object alive so
    that its id is never reused while the key exists."""

    __slots__ = ("x",)

    def __init__(self, x: Any) -> None:
        self.x = x

    def __hash__(self) -> int:
        return id(self.x)

    def __eq__(self, o: object) -> bool:
        return isinstance(o, _Ident) and o.x is self.x


def _mkey(x: Any) -> Any:
    """A node's constant as a key part: equal keys mean the same value of the same type (``True`` is not ``1``)."""
    if isinstance(x, tuple):
        return (tuple, tuple(_mkey(e) for e in x))
    try:
        hash(x)
    except TypeError:
        return _Ident(x)
    return (type(x), x)


#: Ops that read nothing but their inputs and the batch's columns, and record no missing bits of their own: their
#: value over a batch is a function of their structure, so definitions that contain the same expression share it.
_SIDE_OPS = frozenset({N.LIST_GIVEN, N.SUM, N.COUNT, N.ANY, N.ALL, N.AMAX, N.AMIN, N.PSUM, N.PFIRST, N.SIZE, N.TABLE,
                       N.AWARD})


def node_keys(d: Definition, intern: dict[Any, int] | None = None) -> list[int]:
    """A structural key per node of ``d`` (by index): the same key for the same expression in any definition that
    uses the same ``intern`` table (a small integer per distinct expression, so keys hash in constant time)."""
    table: dict[Any, int] = {} if intern is None else intern
    keys: list[int] = [0] * len(d.nodes)
    for node in d.nodes:  # children come before their parents
        k = (node.op.name, node.level, node.kind, _mkey(node.meta), tuple(keys[a.idx] for a in node.args))
        got = table.get(k)
        if got is None:
            got = table[k] = len(table)
        keys[node.idx] = got
    return keys


class Shared:
    """The values of expressions that several definitions evaluate over the same rows (one batch or district
    subset): each is computed once, kept while a definition still to run contains it, then dropped (so a batch
    holds at most the values still to be read, not every definition's)."""

    def __init__(self) -> None:
        self.uses: dict[Any, int] = {}
        self.values: dict[Any, V] = {}
        self.plans: dict[int, tuple[list[Any], set[Any]]] = {}
        self.intern: dict[Any, int] = {}

    def plan(self, d: Definition) -> None:
        """``d`` will run on these rows."""
        keys = node_keys(d, self.intern)
        pure = {keys[n.idx] for n in d.nodes if n.op not in _SIDE_OPS and n.op is not N.FACT
                and n.op is not N.ITEM_FACT}
        self.plans[id(d)] = (keys, pure)
        for k in pure:
            self.uses[k] = self.uses.get(k, 0) + 1

    def keys(self, d: Definition) -> list[Any] | None:
        got = self.plans.get(id(d))
        return got[0] if got is not None else None

    def done(self, d: Definition) -> None:
        """``d`` has run: drop the values no definition still to run needs."""
        got = self.plans.pop(id(d), None)
        if got is None:
            return
        for k in got[1]:
            left = self.uses[k] - 1
            if left <= 0:
                del self.uses[k]
                self.values.pop(k, None)
            else:
                self.uses[k] = left


class VEval:
    """One definition over a batch."""

    def __init__(self, d: Definition, cols: Columns, awards: dict[str, AwardColumns] | None = None,
                 shared: Shared | None = None) -> None:
        self.d = d
        self.shared = shared
        self.keys = shared.keys(d) if shared is not None else None
        self.atenv: dict[tuple[int, str], V] = {}
        self.cols = cols
        self.n = cols.n
        self.env: list[Any] = [None] * len(d.nodes)
        self.menv: dict[int, M] = {}
        self.awards = awards or {}
        self.bits = Bits()
        self.side: dict[int, M] = {}
        self.foreign: dict[int, AwardColumns] = {}

    # -- levels --------------------------------------------------------------------------------------------
    def size(self, level: str | None) -> int:
        return self.n if level is None else self.cols.section(level).n_items

    def owner(self, level: str) -> Any:
        return self.cols.section(level).owner

    def val(self, node: Node) -> V:
        v = self.env[node.idx]
        if v is None:
            sh = self.shared
            if self.keys is not None and sh is not None and node.op not in _SIDE_OPS:
                k = self.keys[node.idx]
                v = sh.values.get(k)
                if v is None:
                    v = VEC[node.op](self, node)
                    if sh.uses.get(k, 0) > 1:  # another definition still to run has it
                        sh.values[k] = v
                else:
                    # its inputs still run here, in the same order: the operations below that record missing
                    # facts (aggregates, tables, sizes) number this definition's facts as they would alone
                    for a in node.args:
                        self.val(a)
            else:
                v = VEC[node.op](self, node)
            self.env[node.idx] = v
        return v  # type: ignore[no-any-return]

    def at(self, node: Node, level: str | None) -> V:
        """``node``'s value over ``level``'s rows (a firm-level value broadcast to the items)."""
        v = self.val(node)
        if node.level == level or level is None:
            return v
        got = self.atenv.get((node.idx, level))
        if got is not None:
            return got
        idx = self.owner(level)
        data = v.data.take(idx) if isinstance(v.data, Rat) else (v.data if np.ndim(v.data) == 0 else v.data[idx])
        if v.kind == "window":
            data = (v.data[0][idx], v.data[1][idx])
        got = self.atenv[(node.idx, level)] = V(v.kind, data, v.known[idx], v.vocab)
        return got

    # -- missing -------------------------------------------------------------------------------------------
    def zero(self, level: str | None) -> M:
        n = self.size(level)
        return M(np.zeros(n, dtype=np.int64), {} if level is None else np.zeros(n, dtype=np.int64))

    def miss(self, node: Node) -> M:
        m = self.menv.get(node.idx)
        if m is None:
            m = self.menv[node.idx] = self._miss(node)
        return m

    def mat(self, node: Node, level: str | None) -> M:
        """``node``'s missing bits over ``level``'s rows."""
        m = self.miss(node)
        if node.level == level or level is None:
            return m
        idx = self.owner(level)
        return M(m.fb[idx], np.zeros(len(idx), dtype=np.int64))

    def _miss(self, node: Node) -> M:
        op = node.op
        v = self.val(node)
        unknown = ~v.known
        level = node.level
        if not unknown.any():
            return self.zero(level)
        if op is N.FACT:
            return M(_keep(unknown, self.bits.f(node.meta.path)), {})
        if op is N.ITEM_FACT:
            return M(np.zeros(len(unknown), dtype=np.int64),
                     _keep(unknown, self.bits.i(node.meta.section, node.meta.path)))
        if node.idx in self.side:
            return _mask(self.side[node.idx], unknown, level, self)
        if op.miss == "if":
            c = self.at(node.args[0], level).data
            mc, ma, mb = (self.mat(a, level) for a in node.args)
            return _mask(_choose3(c, mc, ma, mb, level), unknown, level, self)
        if op.miss == "never":
            return self.zero(level)
        ms = [self.mat(a, level) for a in node.args]
        return _mask(_union(ms, level), unknown, level, self)


def _keep(mask: Any, x: Any) -> Any:
    """``np.where(mask, x, 0)`` for missing-fact bits (``int64``, or one bit as a Python int): a product, with no
    branch per row (``np.where`` slows down on masks that change from row to row)."""
    if not isinstance(mask, np.ndarray) or mask.ndim != 1:
        return np.multiply(x, mask, dtype=np.int64)
    idx = np.flatnonzero(mask)
    if len(idx) * 50 > len(mask):
        return np.multiply(x, mask, dtype=np.int64)
    # few rows kept (the usual case: few unknowns): zeros, which cost nothing until written, and those rows
    out = np.zeros(len(mask), dtype=np.int64)
    out[idx] = x[idx] if isinstance(x, np.ndarray) else x
    return out


def _or_keep(acc: Any, mask: Any, x: Any) -> None:
    """``acc |= np.where(mask, x, 0)`` in place: on few rows, only those rows are touched."""
    idx = np.flatnonzero(mask)
    if len(idx) * 50 > len(mask):
        acc |= np.multiply(x, mask, dtype=np.int64)
    elif len(idx):
        acc[idx] |= x[idx] if isinstance(x, np.ndarray) else x


def _union(ms: list[M], level: str | None) -> M:
    fb = ms[0].fb.copy()
    for m in ms[1:]:
        fb |= m.fb
    if level is not None:
        ib = ms[0].ib.copy()
        for m in ms[1:]:
            ib |= m.ib
        return M(fb, ib)
    out: dict[str, Any] = {}
    for m in ms:
        for s, a in m.ib.items():
            out[s] = out[s] | a if s in out else a.copy()
    return M(fb, out)


def _mask(m: M, unknown: Any, level: str | None, ev: VEval) -> M:
    """Bits only where the value is unknown."""
    fb = _keep(unknown, m.fb)
    if level is not None:
        return M(fb, _keep(unknown, m.ib))
    ib = {s: _keep(unknown[ev.owner(s)], a) for s, a in m.ib.items()}
    return M(fb, ib)


def _choose3(c: Any, mc: M, ma: M, mb: M, level: str | None) -> M:
    cu, ct = c == U, c == T
    fb = np.where(cu, mc.fb, np.where(ct, ma.fb, mb.fb))
    if level is not None:
        return M(fb, np.where(cu, mc.ib, np.where(ct, ma.ib, mb.ib)))
    return M(fb, _union([mc, ma, mb], None).ib)


# =====================================================================================================
# Vector op implementations
# =====================================================================================================
def _same(value: Any, n: int, dtype: Any) -> Any:
    """A column of ``n`` copies of ``value`` without ``n`` copies in memory: a read-only view of one value (every
    operation reads it as a column; writing into it raises, so no expression can alter a constant)."""
    return np.broadcast_to(np.array(value, dtype=dtype), (n,))


def _const_v(ev: VEval, node: Node, value: Any) -> V:
    n = ev.size(node.level)
    known = _same(True, n, bool)
    if isinstance(value, bool):
        return V("bool", _same(T if value else F, n, np.int8), known)
    if isinstance(value, int) or hasattr(value, "as_integer_ratio") and not isinstance(value, float):
        f = Fraction(value)
        if abs(f.numerator) < 2**62:
            return V("num", Rat(_same(f.numerator, n, np.int64), f.denominator), known)
        return V("num", Rat.const(value, n), known)
    if isinstance(value, date):
        return V("date", _same(value.toordinal(), n, np.int64), known)
    if isinstance(value, Window):
        end = value.end.toordinal() if value.end else date.max.toordinal()
        return V("window", (_same(value.start.toordinal(), n, np.int64), _same(end, n, np.int64)), known)
    if isinstance(value, str):
        return V("enum", _same(0, n, np.int16), known, (value,))
    raise RuleError(f"no column for constant {value!r}")


def _num(ev: VEval, node: Node, fn: Callable[[Rat, Rat], Rat]) -> V:
    a, b = (ev.at(x, node.level) for x in node.args)
    return V("num", fn(a.data, b.data), a.known & b.known)


def _div(ev: VEval, node: Node) -> V:
    a, b = (ev.at(x, node.level) for x in node.args)
    q, zero = a.data.div(b.data)
    return V("num", q, a.known & b.known & ~zero)


def _floordiv(ev: VEval, node: Node) -> V:
    a, b = (ev.at(x, node.level) for x in node.args)
    q, zero = a.data.div(b.data)
    fl = _ifloordiv(q.n, q.d)
    return V("num", Rat(fl, 1), a.known & b.known & ~zero)


def _ifloordiv(n: Any, d: Any) -> Any:
    if (isinstance(n, np.ndarray) and n.dtype == object) or (isinstance(d, np.ndarray) and d.dtype == object):
        return np.array([int(x) // int(y) for x, y in np.broadcast(n, d)], dtype=object)
    return np.floor_divide(n, d)


def _ordered(ev: VEval, node: Node) -> tuple[list[V], str]:
    vs = [ev.at(x, node.level) for x in node.args]
    return vs, vs[0].kind


def _cmp_arrays(a: V, b: V) -> tuple[Any, Any]:
    if a.kind == "num":
        return a.data.cmp(b.data)
    if a.kind == "enum":
        return _enum_codes(a, b)
    return a.data, b.data


def _enum_codes(a: V, b: V) -> tuple[Any, Any]:
    if a.vocab == b.vocab:
        return a.data, b.data
    # map both onto the union vocabulary (a constant is its own one-word vocabulary)
    vocab = list(dict.fromkeys(a.vocab + b.vocab))
    idx = {x: i for i, x in enumerate(vocab)}
    ma = np.array([idx[x] for x in a.vocab], dtype=np.int32)
    mb = np.array([idx[x] for x in b.vocab], dtype=np.int32)
    return _recode(a.data, ma, -1), _recode(b.data, mb, -2)


def _recode(codes: Any, new: Any, unknown: int) -> Any:
    """Each code's place in another vocabulary (``new[code]``), ``unknown`` for a negative code: one lookup in
    ``new`` extended by ``unknown`` at index −1 when every negative code is −1, else the general form."""
    if len(codes) and int(codes.min()) >= -1:
        return np.append(new, np.int32(unknown))[codes]
    return np.where(codes >= 0, new[np.maximum(codes, 0)], unknown)


def _compare(fn: Callable[[Any, Any], Any]) -> Callable[[VEval, Node], V]:
    def run(ev: VEval, node: Node) -> V:
        a, b = (ev.at(x, node.level) for x in node.args)
        x, y = _cmp_arrays(a, b)
        known = a.known & b.known
        return bool_v(np.where(known, np.where(fn(x, y), T, F), U).astype(np.int8))

    return run


def _minmax(pick_max: bool) -> Callable[[VEval, Node], V]:
    def run(ev: VEval, node: Node) -> V:
        vs = [ev.at(x, node.level) for x in node.args]
        cur = vs[0]
        for o in vs[1:]:
            if cur.kind == "num":
                x, y = cur.data.cmp(o.data)
                take_o = (y > x) if pick_max else (y < x)
                cur = V("num", o.data.where(take_o, cur.data), cur.known & o.known)
            else:
                data = np.maximum(cur.data, o.data) if pick_max else np.minimum(cur.data, o.data)
                cur = V(cur.kind, data, cur.known & o.known)
        return cur

    return run


def _isin(ev: VEval, node: Node) -> V:
    a = ev.at(node.args[0], node.level)
    vals = node.meta
    if a.kind == "enum":
        codes = [i for i, x in enumerate(a.vocab) if x in vals]
        hit = _codes_in(a.data, codes)
    elif a.kind == "num":
        hit = np.zeros(len(a.known), dtype=bool)
        for x in vals:
            c = Rat.const(x, len(a.known))
            l_, r_ = a.data.cmp(c)
            hit |= l_ == r_
    else:
        hit = np.isin(a.data, np.array([x.toordinal() if isinstance(x, date) else x for x in vals]))
    return bool_v(np.where(a.known, np.where(hit, T, F), U).astype(np.int8))


def _codes_in(data: Any, codes: list[int]) -> Any:
    """``np.isin(data, codes)`` for enum codes: a few equality tests, or a lookup table over the vocabulary's codes
    (both far cheaper than ``np.isin``'s sort for a handful of values)."""
    if not codes:
        return np.zeros(len(data), dtype=bool)
    if len(codes) <= 3:
        hit = data == codes[0]
        for c in codes[1:]:
            hit |= data == c
        return hit
    lo, hi = (int(data.min()), int(data.max())) if len(data) else (0, 0)
    if lo < -8 or hi >= 1 << 15:
        return np.isin(data, np.array(codes, dtype=data.dtype))
    lut = np.zeros(max(hi, max(codes)) + 9, dtype=bool)
    lut[np.array(codes, dtype=np.int64) + 8] = True
    return lut[data.astype(np.int64) + 8]


def _within_const(ev: VEval, node: Node) -> V:
    a = ev.at(node.args[0], node.level)
    w: Window = node.meta
    end = w.end.toordinal() if w.end else date.max.toordinal()
    hit = (a.data >= w.start.toordinal()) & (a.data <= end)
    return bool_v(np.where(a.known, np.where(hit, T, F), U).astype(np.int8))


def _within(ev: VEval, node: Node) -> V:
    a, w = (ev.at(x, node.level) for x in node.args)
    hit = (a.data >= w.data[0]) & (a.data <= w.data[1])
    known = a.known & w.known
    return bool_v(np.where(known, np.where(hit, T, F), U).astype(np.int8))


def _logic(reduce: Callable[..., Any]) -> Callable[[VEval, Node], V]:
    def run(ev: VEval, node: Node) -> V:
        codes = [ev.at(x, node.level).data for x in node.args]
        out = codes[0]
        for c in codes[1:]:
            out = reduce(out, c)
        return bool_v(out.astype(np.int8))

    return run


def _not(ev: VEval, node: Node) -> V:
    c = ev.at(node.args[0], node.level).data
    return bool_v((2 - c).astype(np.int8))


def _if(ev: VEval, node: Node) -> V:
    c, a, b = (ev.at(x, node.level) for x in node.args)
    t = c.data == T
    known = (c.data != U) & np.where(t, a.known, b.known)
    if a.kind == "num":
        return V("num", a.data.where(t, b.data), known)
    if a.kind == "bool":
        return bool_v(np.where(c.data == U, U, np.where(t, a.data, b.data)).astype(np.int8))
    if a.kind == "window":
        return V("window", (np.where(t, a.data[0], b.data[0]), np.where(t, a.data[1], b.data[1])), known)
    if a.kind == "enum" and a.vocab != b.vocab:
        x, y = _enum_codes(a, b)
        vocab = tuple(dict.fromkeys(a.vocab + b.vocab))
        return V("enum", np.where(t, x, y).astype(np.int16), known, vocab)
    return V(a.kind, np.where(t, a.data, b.data), known, a.vocab)


def _known(ev: VEval, node: Node) -> V:
    a = ev.at(node.args[0], node.level)
    return bool_v(np.where(a.known, T, F).astype(np.int8))


def _defined(ev: VEval, node: Node) -> V:
    a = ev.at(node.args[0], node.level)
    return bool_v(np.where(a.known, T, U).astype(np.int8))


def _default(ev: VEval, node: Node) -> V:
    a, d = (ev.at(x, node.level) for x in node.args)
    k = a.known
    if a.kind == "num":
        return V("num", a.data.where(k, d.data), k | d.known)
    if a.kind == "bool":
        return bool_v(np.where(a.data != U, a.data, d.data).astype(np.int8))
    if a.kind == "enum" and a.vocab != d.vocab:
        x, y = _enum_codes(a, d)
        return V("enum", np.where(k, x, y).astype(np.int16), k | d.known, tuple(dict.fromkeys(a.vocab + d.vocab)))
    return V(a.kind, np.where(k, a.data, d.data), k | d.known, a.vocab)


def _dates(ordinals: Any) -> Any:
    return (np.asarray(ordinals, dtype=np.int64) - _EPOCH).astype("datetime64[D]")


def _year(ev: VEval, node: Node) -> V:
    a = ev.at(node.args[0], node.level)
    y = _dates(np.where(a.known, a.data, _EPOCH)).astype("datetime64[Y]").astype(np.int64) + 1970
    return V("num", Rat(y, 1), a.known)


def _days(ev: VEval, node: Node) -> V:
    a, b = (ev.at(x, node.level) for x in node.args)
    return V("num", Rat(b.data - a.data, 1), a.known & b.known)


def _add_days(ev: VEval, node: Node) -> V:
    a = ev.at(node.args[0], node.level)
    return V("date", a.data + node.meta, a.known)


def _add_months(ev: VEval, node: Node) -> V:
    a = ev.at(node.args[0], node.level)
    d = _dates(np.where(a.known, a.data, _EPOCH))
    months = d.astype("datetime64[M]")
    day = (d - months.astype("datetime64[D]")).astype(np.int64)  # 0-based day of month
    target = months + node.meta
    last = ((target + 1).astype("datetime64[D]") - target.astype("datetime64[D]")).astype(np.int64) - 1
    out = target.astype("datetime64[D]") + np.minimum(day, last)
    return V("date", out.astype(np.int64) + _EPOCH, a.known)


def _window(ev: VEval, node: Node) -> V:
    s, e = (ev.at(x, node.level) for x in node.args)
    return V("window", (s.data, e.data), s.known & e.known)


def _overlap(ev: VEval, node: Node) -> V:
    s, e = (ev.at(x, node.level) for x in node.args)
    w: Window = node.meta
    lo = np.maximum(s.data, w.start.toordinal())
    hi = np.minimum(e.data, w.end.toordinal())  # type: ignore[union-attr]
    return V("num", Rat(np.maximum(0, hi - lo + 1), 1), s.known & e.known)


def _fact(ev: VEval, node: Node) -> V:
    return ev.cols.fact(node.meta)


def _item_fact(ev: VEval, node: Node) -> V:
    return ev.cols.item_fact(node.meta)


def _present(ev: VEval, node: Node) -> V:
    p = ev.cols.present(node.meta)
    return bool_v(np.where(p, T, F).astype(np.int8))


def _list_given(ev: VEval, node: Node) -> V:
    k = ev.cols.section(node.meta).known
    if not k.all():
        ev.side[node.idx] = M(_keep(~k, ev.bits.f(node.meta)), {})
    return bool_v(np.where(k, T, U).astype(np.int8))


def _item_index(ev: VEval, node: Node) -> V:
    sec = ev.cols.section(node.meta)
    return V("num", Rat(sec.pos.copy(), 1), np.ones(sec.n_items, dtype=bool))


# -- aggregates -----------------------------------------------------------------------------------------
def _section_unknown(ev: VEval, node: Node) -> tuple[Any, M]:
    """Rows whose list is not given: unknown, with the section's own path missing."""
    sec = ev.cols.section(node.meta)
    unknown = ~sec.known
    m = ev.zero(None)
    if unknown.any():
        m.fb = _keep(unknown, ev.bits.f(node.meta))
    return unknown, m


def _agg_parts(ev: VEval, node: Node, value: Node | None, where: Node | None) -> tuple[Any, Any, Any, M]:
    """(counted items, unknown items, firm rows unknown, missing bits) of an aggregate over ``node.meta``'s items."""
    section = node.meta
    sec = ev.cols.section(section)
    k = sec.n_items
    w = ev.at(where, section).data if where is not None else np.full(k, T, dtype=np.int8)
    counted = w == T
    unknown_items = w == U
    vm = None
    if value is not None:
        vv = ev.at(value, section)
        bad_value = counted & ~vv.known
        counted = counted & vv.known
    else:
        bad_value = np.zeros(k, dtype=bool)
    list_unknown, m = _section_unknown(ev, node)
    rows_unknown = list_unknown.copy()
    any_bad = unknown_items | bad_value
    if any_bad.any():
        rows_unknown[sec.owner[any_bad]] = True
        ib = np.zeros(k, dtype=np.int64)
        fbi = np.zeros(k, dtype=np.int64)
        if unknown_items.any():
            wm = ev.mat(where, section)  # type: ignore[arg-type]
            _or_keep(ib, unknown_items, wm.ib)
            _or_keep(fbi, unknown_items, wm.fb)
        if bad_value.any():
            vm = ev.mat(value, section)  # type: ignore[arg-type]
            _or_keep(ib, bad_value, vm.ib)
            _or_keep(fbi, bad_value, vm.fb)
        np.bitwise_or.at(m.fb, sec.owner[any_bad], fbi[any_bad])
        m.ib[section] = ib
    return counted, unknown_items, rows_unknown, m


def _common(r: Rat, idx: Any, owner: Any, n: int) -> tuple[Any, Any]:
    """The items ``idx`` of ``r`` over a common denominator per row (the lcm of the row's denominators):
    ``(numerators of the items, denominator of each row)``."""
    if not isinstance(r.d, np.ndarray):
        return r.n[idx], r.d
    d = r.d[idx]
    obj = d.dtype == object or r.n.dtype == object
    lcm = np.ones(n, dtype=object if obj else np.int64)
    if len(idx):
        if obj:
            import math

            for o, x in zip(owner[idx], d, strict=True):
                lcm[o] = math.lcm(int(lcm[o]), int(x))
        else:
            np.lcm.at(lcm, owner[idx], d)
    scale = _ifloordiv(lcm[owner[idx]], d)
    return rmul(r.n[idx], scale), lcm


def _sum_by_owner(r: Rat, mask: Any, owner: Any, n: int) -> Rat:
    """Σ of ``r`` over the masked items of each row, exact."""
    idx = np.nonzero(mask)[0]
    num, den = _common(r, idx, owner, n)
    obj = isinstance(num, np.ndarray) and num.dtype == object
    if not obj and len(num) and float(np.abs(num.astype(np.float64)).sum()) >= 2**62:
        num, obj = num.astype(object), True
    out = np.zeros(n, dtype=object if obj else np.int64)
    if obj:
        out[:] = 0
    np.add.at(out, owner[idx], num)
    return Rat(out, den).reduce() if isinstance(den, np.ndarray) else Rat(out, den)


def _agg_sum(ev: VEval, node: Node) -> V:
    value = node.args[0]
    where = node.args[1] if len(node.args) > 1 else None
    counted, _, rows_unknown, m = _agg_parts(ev, node, value, where)
    sec = ev.cols.section(node.meta)
    vv = ev.at(value, node.meta)
    total = _sum_by_owner(vv.data, counted, sec.owner, ev.n)
    ev.side[node.idx] = m
    return V("num", total, ~rows_unknown)


def _agg_count(ev: VEval, node: Node) -> V:
    where = node.args[0] if node.args else None
    counted, _, rows_unknown, m = _agg_parts(ev, node, None, where)
    sec = ev.cols.section(node.meta)
    counts = np.bincount(sec.owner[counted], minlength=ev.n).astype(np.int64)
    ev.side[node.idx] = m
    return V("num", Rat(counts, 1), ~rows_unknown)


def _agg_anyall(is_any: bool) -> Callable[[VEval, Node], V]:
    def run(ev: VEval, node: Node) -> V:
        section = node.meta
        sec = ev.cols.section(section)
        w = ev.at(node.args[0], section).data
        out = np.full(ev.n, F if is_any else T, dtype=np.int8)
        if is_any:
            np.maximum.at(out, sec.owner, w)
        else:
            np.minimum.at(out, sec.owner, w)
        list_unknown, m = _section_unknown(ev, node)
        out[list_unknown] = U
        undecided = (out == U)[sec.owner] & (w == U)
        if undecided.any():
            wm = ev.mat(node.args[0], section)
            np.bitwise_or.at(m.fb, sec.owner[undecided], wm.fb[undecided])
            m.ib[section] = _keep(undecided, wm.ib)
        ev.side[node.idx] = m
        return bool_v(out)

    return run


def _agg_extreme(is_max: bool) -> Callable[[VEval, Node], V]:
    def run(ev: VEval, node: Node) -> V:
        value, empty = node.args[0], node.args[1]
        where = node.args[2] if len(node.args) > 2 else None
        counted, _, rows_unknown, m = _agg_parts(ev, node, value, where)
        sec = ev.cols.section(node.meta)
        vv = ev.at(value, node.meta)
        ev.side[node.idx] = m
        e = ev.val(empty)
        has = np.zeros(ev.n, dtype=bool)
        has[sec.owner[counted]] = True
        if vv.kind == "num":
            idx = np.nonzero(counted)[0]
            num, den = _common(vv.data, idx, sec.owner, ev.n)
            obj = isinstance(num, np.ndarray) and num.dtype == object
            best = np.zeros(ev.n, dtype=object if obj else np.int64)
            if len(idx):
                first = np.zeros(ev.n, dtype=bool)
                # seed each row with one of its own items, then fold the others in
                seed_rows, seed_at = np.unique(sec.owner[idx], return_index=True)
                best[seed_rows] = num[seed_at]
                first[seed_rows] = True
                (np.maximum if is_max else np.minimum).at(best, sec.owner[idx], num)
            got = Rat(best, den)
            dens = den if isinstance(den, np.ndarray) else np.full(ev.n, den, dtype=np.int64)
            got = Rat(best, dens)
            return V("num", got.where(has, e.data).reduce(), ~rows_unknown)
        init = np.iinfo(np.int64).min if is_max else np.iinfo(np.int64).max
        out = np.full(ev.n, init, dtype=np.int64)
        (np.maximum if is_max else np.minimum).at(out, sec.owner[counted], vv.data[counted])
        out = np.where(has, out, e.data)
        return V(vv.kind, out, ~rows_unknown, vv.vocab)

    return run


def _partition(first: bool) -> Callable[[VEval, Node], V]:
    def run(ev: VEval, node: Node) -> V:
        section = node.meta
        sec = ev.cols.section(section)
        key = ev.at(node.args[0], section)
        value = None if first else ev.at(node.args[1], section)
        where_node = node.args[1 if first else 2] if len(node.args) > (1 if first else 2) else None
        w = ev.at(where_node, section).data if where_node is not None else np.full(sec.n_items, T, dtype=np.int8)
        kd = key.data.n if isinstance(key.data, Rat) else key.data
        kd = np.where(key.known, kd, np.iinfo(np.int64).min).astype(np.int64)
        # groups: (owner, key); order kept by a stable sort
        order = np.lexsort((np.arange(sec.n_items), kd, sec.owner))
        o_s, k_s = sec.owner[order], kd[order]
        new_group = np.ones(len(order), dtype=bool)
        if len(order) > 1:
            new_group[1:] = (o_s[1:] != o_s[:-1]) | (k_s[1:] != k_s[:-1])
        gid_sorted = np.cumsum(new_group) - 1
        gid = np.empty(len(order), dtype=np.int64)
        gid[order] = gid_sorted
        ng = int(gid_sorted[-1]) + 1 if len(order) else 0
        undecided = (w == U) | ~key.known
        if not first:
            undecided |= (w == T) & ~value.known  # type: ignore[union-attr]
        bad_group = np.zeros(ng, dtype=bool)
        bad_group[gid[undecided]] = True
        m = ev.zero(section)
        if undecided.any():
            parts = [ev.mat(node.args[0], section)]
            if where_node is not None:
                parts.append(ev.mat(where_node, section))
            if not first:
                parts.append(ev.mat(node.args[1], section))
            u = _union(parts, section)
            gfb = np.zeros(ng, dtype=np.int64)
            gib = np.zeros(ng, dtype=np.int64)
            np.bitwise_or.at(gfb, gid[undecided], u.fb[undecided])
            np.bitwise_or.at(gib, gid[undecided], u.ib[undecided])
            m = M(gfb[gid], gib[gid])
        ev.side[node.idx] = m
        known = ~bad_group[gid]
        if first:
            counted_sorted = ((w == T) & key.known)[order]
            cs = np.cumsum(counted_sorted)
            before = cs - counted_sorted  # counted items before this one, over the whole batch
            starts = np.nonzero(new_group)[0]
            within = cs - before[starts][gid_sorted]  # counted items of the group up to this one
            is_first = np.zeros(sec.n_items, dtype=bool)
            is_first[order[counted_sorted & (within == 1)]] = True
            codes = np.where(is_first, T, F).astype(np.int8)
            codes = np.where((w == U) | ~key.known, U, codes).astype(np.int8)
            return bool_v(codes)
        counted = (w == T) & value.known  # type: ignore[union-attr]
        sums = _sum_by_owner(value.data, counted, gid, ng)  # type: ignore[union-attr]
        return V("num", sums.take(gid), known)

    return run


def _size(ev: VEval, node: Node) -> V:
    from .sizes import classify_columns

    args = tuple(ev.val(a) for a in node.args)
    if all(a.op is N.FACT for a in node.args):
        # the same five facts for every measure: classified once for the whole batch, a subset's rows taken
        codes, unknown, missing_metric = _sizes_of(ev.cols, tuple(a.meta for a in node.args))
    else:
        cache = ev.cols.memo
        key = ("size", *(id(v) for v in args))
        hit = cache.get(key)
        if hit is None or any(a is not b for a, b in zip(hit[0], args, strict=True)):
            hit = cache[key] = (args, classify_columns(*args))
        codes, unknown, missing_metric = hit[1]
    n = ev.n
    fb = np.zeros(n, dtype=np.int64)
    if unknown.any():
        _or_keep(fb, unknown, ev.bits.f("size"))
        for path, mask in missing_metric.items():
            if mask.any():
                _or_keep(fb, mask & unknown, ev.bits.f(path))
    ev.side[node.idx] = M(fb, {})
    return V("enum", codes, ~unknown, ("micro", "small", "medium", "large"))


def _sizes_of(cols: Columns, specs: tuple[Any, ...]) -> tuple[Any, Any, dict[str, Any]]:
    """The SME sizes of ``cols``' firms from the facts ``specs`` (memoised per batch): for a subset of a batch, the
    whole batch's classification at its rows (the same row, the same facts, the same size)."""
    from .columns import SubsetSource
    from .sizes import classify_columns

    key = ("sizes", specs)
    got = cols.memo.get(key)
    if got is None:
        src = cols.source
        if isinstance(src, SubsetSource):
            codes, unknown, missing = _sizes_of(src.parent, specs)
            rows = src.rows
            got = (codes[rows], unknown[rows], {p: m[rows] for p, m in missing.items()})
        else:
            got = classify_columns(*(cols.fact(sp) for sp in specs))
        cols.memo[key] = got
    return got  # type: ignore[no-any-return]


def _table(ev: VEval, node: Node) -> V:
    t: N.Table = node.meta
    vs = [ev.at(a, node.level) for a in node.args]
    known = np.ones(ev.size(node.level), dtype=bool)
    for v in vs:
        known &= v.known
    data, no_value = _table_vector(t, vs, ev.cols.memo)
    if no_value.any():
        level = node.level
        bit = ev.bits.f(t.missing)
        ms = [ev.mat(a, level) for a in node.args]
        u = _union(ms, level) if ms else ev.zero(level)
        u.fb = np.where(known & no_value, bit, u.fb)
        ev.side[node.idx] = u
    return V(t.kind, data, known & ~no_value)


def _table_vector(t: N.Table, vs: list[V], memo: dict[Any, Any] | None = None) -> tuple[Any, Any]:
    """``t.vector`` over the columns ``vs``. A table is a function of each row's values: for one column of Python
    objects (a list of values, a text) whose unknown rows are ``None``, it is called once on each distinct known
    value and once on ``None``, and every row takes its value's result (the same values, without a Python call
    per row). The distinct values of a column are found once per batch (``memo``: the batch's memo), for every
    table that reads it."""
    if len(vs) != 1 or not isinstance(vs[0].data, np.ndarray) or vs[0].data.dtype != object:
        return t.vector(*(v.data for v in vs))  # type: ignore[no-any-return]
    col, known = vs[0].data, vs[0].known
    got = _distinct(col, known, {} if memo is None else memo)
    if got is None:
        return t.vector(col)  # type: ignore[no-any-return]
    rows, unknown, inverse, values = got
    n = len(col)
    d_known, nv_known = t.vector(values) if len(values) else (np.zeros(0, dtype=np.int8), np.zeros(0, dtype=bool))
    d_none, nv_none = t.vector(col[unknown[:1]]) if len(unknown) else (d_known[:0], nv_known[:0])
    d_known, d_none = np.asarray(d_known), np.asarray(d_none)
    data = np.empty(n, dtype=np.result_type(d_known, d_none))
    no_value = np.empty(n, dtype=bool)
    data[rows] = d_known[inverse]
    no_value[rows] = np.asarray(nv_known)[inverse]
    if len(unknown):
        data[unknown] = d_none[0]
        no_value[unknown] = np.asarray(nv_none)[0]
    return data, no_value


def _distinct(col: Any, known: Any, memo: dict[Any, Any]) -> tuple[Any, Any, Any, Any] | None:
    """``(known rows, unknown rows, each known row's index into values, the distinct known values)`` of an object
    column, or ``None`` when an unknown row is not ``None`` or a value is not hashable (then no shortcut)."""
    key = ("distinct", id(col))
    hit = memo.get(key)
    if hit is not None and hit[0] is col:
        return hit[1]  # type: ignore[no-any-return]
    unknown = np.nonzero(~known)[0]
    out: tuple[Any, Any, Any, Any] | None = None
    if len(unknown) == 0 or bool((col[unknown] == None).all()):  # noqa: E711 (element-wise)
        rows = np.nonzero(known)[0]
        index: dict[Any, int] = {}
        try:
            inverse = np.fromiter((index.setdefault(v, len(index)) for v in col[rows].tolist()), dtype=np.int64,
                                  count=len(rows))
        except TypeError:  # an unhashable value
            inverse = None
        if inverse is not None:
            values = np.empty(len(index), dtype=object)
            for i, v in enumerate(index):  # one by one: a tuple is one value, not a row of values
                values[i] = v
            out = (rows, unknown, inverse, values)
    memo[key] = (col, out)  # the column itself is kept, so its id is not reused while the entry exists
    return out


def _award(ev: VEval, node: Node) -> V:
    mid, what = node.meta
    a = ev.awards.get(mid)
    if a is None:
        raise KeyError(f"{ev.d.measure.id} depends on {mid}, which was not evaluated first")
    und = a.status == UNDETERMINED
    if und.any():
        b = ev.bits.f(f"award:{mid}")
        ev.foreign[b.bit_length() - 1] = a
        ev.side[node.idx] = M(_keep(und, b), {})
    if what == "undetermined":
        return bool_v(np.where(und, T, F).astype(np.int8))
    if what == "eligible":
        return bool_v(np.where(und, U, np.where(a.status == ELIGIBLE, T, F)).astype(np.int8))
    amount = np.where(a.status == ELIGIBLE, a.amount, 0)
    return V("num", Rat(amount, 100).reduce(), ~und)


VEC: dict[N.Op, Callable[[VEval, Node], V]] = {
    N.CONST: lambda ev, node: _const_v(ev, node, node.meta),
    N.PARAM: lambda ev, node: _const_v(ev, node, node.meta[2]),
    N.FACT: _fact,
    N.ITEM_FACT: _item_fact,
    N.PRESENT: _present,
    N.LIST_GIVEN: _list_given,
    N.ITEM_INDEX: _item_index,
    N.ADD: lambda ev, node: _num(ev, node, lambda a, b: a + b),
    N.SUB: lambda ev, node: _num(ev, node, lambda a, b: a - b),
    N.MUL: lambda ev, node: _num(ev, node, lambda a, b: a * b),
    N.DIV: _div,
    N.FLOORDIV: _floordiv,
    N.MIN: _minmax(False),
    N.MAX: _minmax(True),
    N.LT: _compare(lambda a, b: a < b),
    N.LE: _compare(lambda a, b: a <= b),
    N.GT: _compare(lambda a, b: a > b),
    N.GE: _compare(lambda a, b: a >= b),
    N.EQ: _compare(lambda a, b: a == b),
    N.NE: _compare(lambda a, b: a != b),
    N.ISIN: _isin,
    N.WITHIN_CONST: _within_const,
    N.WITHIN: _within,
    N.AND: _logic(np.minimum),
    N.OR: _logic(np.maximum),
    N.NOT: _not,
    N.IF: _if,
    N.KNOWN: _known,
    N.DEFINED: _defined,
    N.DEFAULT: _default,
    N.YEAR: _year,
    N.DAYS: _days,
    N.ADD_DAYS: _add_days,
    N.ADD_MONTHS: _add_months,
    N.WINDOW: _window,
    N.OVERLAP_DAYS: _overlap,
    N.SUM: _agg_sum,
    N.COUNT: _agg_count,
    N.ANY: _agg_anyall(True),
    N.ALL: _agg_anyall(False),
    N.AMAX: _agg_extreme(True),
    N.AMIN: _agg_extreme(False),
    N.PSUM: _partition(False),
    N.PFIRST: _partition(True),
    N.SIZE: _size,
    N.TABLE: _table,
    N.AWARD: _award,
}


# =====================================================================================================
# Statements
# =====================================================================================================
class _State:
    """The per-row state of a definition's statements over a batch (see :func:`run`)."""

    def __init__(self, ev: VEval) -> None:
        n = ev.n
        self.status = np.zeros(n, dtype=np.int8)
        self.acc = ev.zero(None)
        zero = Rat(np.zeros(n, dtype=np.int64), 1)
        self.amount, self.low, self.high = zero, zero, zero
        self.quantified = np.ones(n, dtype=bool)
        self.parts: dict[str, tuple[Rat, Any]] = {}
        self.decided_at = np.full(n, -1, dtype=np.int16)  # the condition that made a row ineligible
        self.paid = np.zeros(n, dtype=bool)
        self.amounts_touched = False
        """Whether a statement has set amounts, parts or quantified (the rows then stay in this batch)."""


#: Below this share of a batch still running after a condition, the rest of a definition runs on those rows only
#: (``SPLIT_MIN_ROWS`` and more rows): most conditions of a city-wide measure rule out most firms.
SPLIT_SHARE = 0.25
SPLIT_MIN_ROWS = 4096


def run(d: Definition, cols: Columns, awards: dict[str, AwardColumns] | None = None,
        shared: Shared | None = None) -> AwardColumns:
    """Evaluate ``d`` over every row of ``cols``: status, amounts in fen, missing bits. With ``shared`` (planned
    for ``d``: :meth:`Shared.plan`), the expressions other definitions of the batch share are computed once."""
    ev = VEval(d, cols, awards, shared)
    n = cols.n
    st = _State(ev)
    _statements(ev, d.statements, 0, st)
    status, acc = st.status, st.acc
    amount, low, high, quantified, parts, decided_at = st.amount, st.low, st.high, st.quantified, st.parts, \
        st.decided_at
    status[(status == RUN) & _has_missing(ev, acc)] = UNDETERMINED
    status[status == RUN] = ELIGIBLE
    elig = status == ELIGIBLE
    fen = _once((amount, low, high), lambda r: np.where(elig, r.round_fen(), 0))
    for s, a in list(acc.ib.items()):
        acc.ib[s] = _keep((status == UNDETERMINED)[ev.owner(s)], a)
    out = AwardColumns(status, fen[0], fen[1], fen[2], quantified, _keep(status == UNDETERMINED, acc.fb),
                       acc.ib, ev.bits, cols, dict(ev.foreign))
    for section, (amounts, mask) in parts.items():
        out.parts[section] = (amounts, mask & elig[ev.owner(section)])
    out.decided_at = decided_at
    out.statements = d.statements
    assert len(status) == n
    return out


def _once(rats: tuple[Any, Any, Any], fn: Callable[[Any], Any]) -> tuple[Any, Any, Any]:
    """``fn`` of each of amount, low and high, computed once for the same column (low and high are often the
    amount itself)."""
    done: dict[int, Any] = {}
    out = []
    for r in rats:
        got = done.get(id(r))
        if got is None:
            got = done[id(r)] = fn(r)
        out.append(got)
    return out[0], out[1], out[2]


def _three(st: _State, rows: Any, a: Rat, lo: Rat, hi: Rat) -> tuple[Rat, Rat, Rat]:
    """Amount, low and high set to ``a``, ``lo``, ``hi`` on ``rows``; a column that is the same as another (the same
    new values over the same old ones) is computed once."""
    olds = (st.amount, st.low, st.high)
    news = (a, lo, hi)
    done: list[tuple[Rat, Rat, Rat]] = []
    out = []
    for new, old in zip(news, olds, strict=True):
        got = next((r for n_, o_, r in done if n_ is new and o_ is old), None)
        if got is None:
            got = new.where(rows, old)
            done.append((new, old, got))
        out.append(got)
    return out[0], out[1], out[2]


def _has_missing(ev: VEval, acc: M) -> Any:
    h = acc.fb != 0
    for s, a in acc.ib.items():
        nz = a != 0
        if nz.any():
            h[ev.owner(s)[nz]] = True
    return h


def _statements(ev: VEval, statements: list[Any], start: int, st: _State) -> None:
    """Run ``statements[start:]`` over ``ev``'s rows, updating ``st``."""
    cols, n = ev.cols, ev.n
    status, acc, decided_at = st.status, st.acc, st.decided_at

    def add(m: M, rows: Any) -> None:
        _or_keep(acc.fb, rows, m.fb)
        for s, a in m.ib.items():
            sel = _keep(rows[ev.owner(s)], a)
            acc.ib[s] = acc.ib[s] | sel if s in acc.ib else sel

    for k in range(start, len(statements)):
        s = statements[k]
        running = status == RUN
        if not running.any():
            break
        if isinstance(s, Require):
            c = ev.val(s.cond).data
            failed = running & (c == F)
            status[failed] = INELIGIBLE
            decided_at[failed] = k
            unk = running & (c == U)
            if unk.any():
                add(ev.miss(s.cond), unk)
            if not st.amounts_touched and k + 1 < len(statements) and n >= SPLIT_MIN_ROWS:
                left = running & ~failed
                if int(np.count_nonzero(left)) <= SPLIT_SHARE * n:
                    _split(ev, statements, k + 1, st, np.nonzero(left)[0])
                    return
        elif isinstance(s, Select):
            res = ev.val(s.result).data
            sec = cols.section(s.section)
            list_unknown = running & ~sec.known
            if list_unknown.any():
                _or_keep(acc.fb, list_unknown, ev.bits.f(s.section))
            unk_items = (res == U) & running[sec.owner]
            if unk_items.any():
                m = ev.miss(s.result)
                np.bitwise_or.at(acc.fb, sec.owner[unk_items], m.fb[unk_items])
                sel = _keep(unk_items, m.ib)
                acc.ib[s.section] = acc.ib[s.section] | sel if s.section in acc.ib else sel
        elif isinstance(s, Settle):
            status[running & _has_missing(ev, acc)] = UNDETERMINED
        elif isinstance(s, Need):
            v = ev.val(s.expr)
            unk = running & ~v.known
            if unk.any():
                add(ev.miss(s.expr), unk)
        elif isinstance(s, Pay):
            st.amounts_touched = True
            a, lo, hi = ev.val(s.amount), ev.val(s.low), ev.val(s.high)
            unk = running & ~(a.known & lo.known & hi.known)
            if unk.any():
                add(_union([ev.miss(s.amount), ev.miss(s.low), ev.miss(s.high)], None), unk)
            undecided = running & _has_missing(ev, acc)
            status[undecided] = UNDETERMINED
            paying = running & ~undecided
            st.paid |= paying
            st.amount, st.low, st.high = _three(st, paying, a.data, lo.data, hi.data)
        elif isinstance(s, Parts):
            st.amounts_touched = True
            v = ev.val(s.amount)
            where = ev.val(s.where).data == T if s.where is not None else np.ones(len(v.known), dtype=bool)
            st.parts[s.section] = (v.data, where & v.known & (status == RUN)[ev.owner(s.section)])
        elif isinstance(s, Unquantified):
            st.amounts_touched = True
            undecided = running & _has_missing(ev, acc)
            status[undecided] = UNDETERMINED
            rows = running & ~undecided
            if s.when is not None:
                rows &= ev.val(s.when).data == T
            st.quantified[rows] = False
            if not s.partial:
                st.paid |= rows
                zero = Rat(np.zeros(n, dtype=np.int64), 1)
                st.amount, st.low, st.high = _three(st, rows, zero, zero, zero)


def _split(ev: VEval, statements: list[Any], start: int, st: _State, rows: Any) -> None:
    """Run ``statements[start:]`` on the rows ``rows`` only (those still running; no amount set yet), then put
    their state back into ``st``. The facts' bits are the same (one :class:`Bits`), so the missing facts read the
    same; each item of a subset row is the same item of the whole batch."""
    from ..batch import _take_award

    sub = ev.cols.subset(rows)
    awards = {mid: _take_award(a, rows, sub) for mid, a in ev.awards.items()}
    sev = VEval(ev.d, sub, awards, None)
    sev.bits = ev.bits
    items: dict[str, Any] = {}

    def item_idx(section: str) -> Any:
        got = items.get(section)
        if got is None:
            sub.section(section)
            got = items[section] = sub.source._item_idx[section]  # type: ignore[attr-defined]
        return got

    sst = _State(sev)
    sst.acc = M(st.acc.fb[rows], {s: a[item_idx(s)] for s, a in st.acc.ib.items()})
    _statements(sev, statements, start, sst)
    # back into the whole batch's state (rows outside ``rows`` keep theirs)
    st.status[rows] = sst.status
    st.decided_at[rows] = np.where(sst.decided_at >= 0, sst.decided_at, st.decided_at[rows])
    st.acc.fb[rows] = sst.acc.fb
    for s, a in sst.acc.ib.items():
        full = st.acc.ib.get(s)
        if full is None:
            full = st.acc.ib[s] = np.zeros(ev.cols.section(s).n_items, dtype=np.int64)
        full[item_idx(s)] = a
    st.quantified[rows] = sst.quantified
    st.paid[rows] = sst.paid
    st.amount, st.low, st.high = _once((sst.amount, sst.low, sst.high), lambda r: _scatter(r, rows, ev.n))
    for s, (amounts, mask) in sst.parts.items():
        k = ev.cols.section(s).n_items
        full_mask = np.zeros(k, dtype=bool)
        full_mask[item_idx(s)] = mask
        st.parts[s] = (_scatter(amounts, item_idx(s), k), full_mask)
    st.amounts_touched = True
    for path, b in ev.bits.firm.items():  # a dependency's missing facts: its whole-batch results
        if path.startswith("award:") and b in sev.foreign:
            ev.foreign[b] = ev.awards[path[len("award:"):]]


def _scatter(r: Rat, idx: Any, n: int) -> Rat:
    """A column of ``n`` rows, ``r`` at ``idx``, 0 elsewhere."""
    num = np.zeros(n, dtype=r.n.dtype)
    if num.dtype == object:
        num[:] = 0
    num[idx] = r.n
    if not isinstance(r.d, np.ndarray):
        return Rat(num, r.d)
    den = np.ones(n, dtype=r.d.dtype)
    if den.dtype == object:
        den[:] = 1
    den[idx] = r.d
    return Rat(num, den)


__all__ = ["AwardColumns", "ELIGIBLE", "INELIGIBLE", "RUN", "STATUS_NAMES", "Shared", "UNDETERMINED", "node_keys",
           "run"]
