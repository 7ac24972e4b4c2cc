"""The traced evaluator: one firm, Python values, every condition and step recorded.

It runs a :class:`~.define.Definition`'s statements in order on one :class:`~subsidycalc.Firm`, evaluating only the
expressions a statement needs (a failed condition stops the measure; the branch ``if_`` does not take is never
computed). What it returns — status, amount, low, high, the missing facts, the reasons, the arithmetic — is
generated from the values it computed: reasons from the conditions' words and their operands' values, steps from the
expressions' structure and values, missing facts from the unknown facts that decided an unknown result (three-valued
logic: an unknown that a known ``False`` outweighs is not asked for).

Values: numbers are ``Decimal`` or ``int`` while exact, ``Fraction`` after a division; dates are ``date``;
conditions ``True``/``False``/``None`` (unknown); an item-level value is a list, one entry per item of its section.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Any, NamedTuple

from ...i18n import LANG, Msg, language, local
from ...i18n import t as _t
from ..money import PRECISION, exact, pct, yuan
from ..periods import Window, add_days, add_months
from . import nodes as N
from .define import (
    Definition,
    Effect,
    Need,
    Note,
    Parts,
    Pay,
    Require,
    Select,
    Settle,
    Step,
    Unquantified,
)
from .nodes import Node

UNSET: Any = object()
ZERO = Decimal(0)


class Period(NamedTuple):
    """A computed inclusive period (an item's own dates); unlike :class:`Window` it may be empty (end < start)."""

    start: date
    end: date


class Trace:
    """What the traced evaluator recorded for one measure and one firm: the outcome (status, amounts, missing facts),
    every value computed (``env``, by node index) and a log of what each statement found. The words — reasons,
    steps, effects — are written from the log and the values by :func:`render`, when first asked for."""

    __slots__ = ("status", "amount", "low", "high", "missing", "readings", "quantified", "needs", "parts", "log",
                 "ev")

    def __init__(self, readings: dict[str, Any]) -> None:
        self.status = "running"
        self.amount: Any = None
        self.low: Any = None
        self.high: Any = None
        self.missing: dict[str, None] = {}
        self.readings = readings
        self.quantified = True
        self.needs: list[str] = []
        self.parts: dict[str, tuple[Any, Any, Any]] = {}
        self.log: list[tuple[Any, ...]] = []
        self.ev: Eval | None = None

    @property
    def env(self) -> list[Any]:
        """Every value computed, by node index (for explanations and tests of named concepts)."""
        return self.ev.env if self.ev is not None else []

    def words(self, lang: str = "en") -> tuple[list[str], list[str], dict[str, str]]:
        """The reasons, steps and effects in words (:func:`render`), the fixed fragments in ``lang``."""
        return render(self, lang)

    @property
    def reasons(self) -> list[str]:
        return render(self)[0]

    @property
    def steps(self) -> list[str]:
        return render(self)[1]

    @property
    def effects(self) -> dict[str, str]:
        return render(self)[2]

    @property
    def params(self) -> dict[str, Any]:
        """The declared numbers the evaluation used, by name (each a ``Param`` with its citation)."""
        assert self.ev is not None
        env = self.ev.env
        return {n.meta[0]: n.meta[1] for n in self.ev.d.param_nodes if env[n.idx] is not UNSET}


class Eval:
    """The evaluation state of one definition for one firm."""

    __slots__ = ("d", "firm", "env", "miss_env", "awards", "_items", "notes", "side")

    def __init__(self, d: Definition, firm: Any, awards: dict[str, Any] | None = None,
                 env: list[Any] | None = None) -> None:
        self.d = d
        self.firm = firm
        self.env: list[Any] = [UNSET] * len(d.nodes) if env is None else env
        self.miss_env: dict[int, Any] = {}
        self.awards = awards or {}
        self._items: dict[str, Any] = {}
        self.notes: list[str] = []
        self.side: dict[int, Any] = {}

    # -- values --------------------------------------------------------------------------------------------
    def val(self, node: Node) -> Any:
        v = self.env[node.idx]
        if v is UNSET:
            v = self.env[node.idx] = SCALAR[node.op](self, node)
        return v

    def items(self, section: str) -> list[Any] | None:
        try:
            return self._items[section]  # type: ignore[no-any-return]
        except KeyError:
            obj: Any = self.firm
            for name in _sections()[section]:
                obj = getattr(obj, name) if obj is not None else None
            self._items[section] = obj
            return obj  # type: ignore[no-any-return]

    def n_items(self, section: str) -> int:
        it = self.items(section)
        return len(it) if it else 0

    # -- missing facts -------------------------------------------------------------------------------------
    def miss(self, node: Node) -> Any:
        """The facts whose being unknown makes ``node`` unknown: a tuple of paths (a list of tuples per item for an
        item-level node); empty where the value is known."""
        m = self.miss_env.get(node.idx)
        if m is None:
            m = self.miss_env[node.idx] = _miss(self, node)
        return m


_SECTIONS: dict[str, tuple[str, ...]] = {}


def _sections() -> dict[str, tuple[str, ...]]:
    if not _SECTIONS:
        from .schema import firm_schema

        _SECTIONS.update({k: v.parents for k, v in firm_schema().sections.items()})
    return _SECTIONS


def _bcast(ev: Eval, node: Node, level: str | None) -> list[Any]:
    """An argument's value as a list over ``level``'s items (a firm-level value repeated)."""
    v = ev.val(node)
    if node.level is None:
        return [v] * ev.n_items(level)  # type: ignore[arg-type]
    return v  # type: ignore[no-any-return]


def _bmiss(ev: Eval, node: Node, level: str | None) -> list[tuple[str, ...]]:
    m = ev.miss(node)
    if node.level is None:
        return [m] * ev.n_items(level)  # type: ignore[arg-type]
    return m  # type: ignore[no-any-return]


def _union(*ms: tuple[str, ...]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for m in ms:
        for p in m:
            out[p] = None
    return tuple(out)


def _miss(ev: Eval, node: Node) -> Any:
    op = node.op
    v = ev.val(node)
    rule = op.miss
    if node.level is None:
        if v is not None:
            return ()
        if rule == "fact":
            return (node.meta.path,)
        if rule == "if":
            c = ev.val(node.args[0])
            if c is None:
                return ev.miss(node.args[0])
            return ev.miss(node.args[1] if c else node.args[2])
        if op.miss == "agg" or op in (N.SIZE, N.TABLE, N.AWARD, N.LIST_GIVEN):
            return ev.side.get(node.idx, ())
        return _union(*(ev.miss(a) for a in node.args))
    # item level: one tuple per item
    k = len(v)
    if rule == "fact":
        return [(node.meta.item_path(i),) if v[i] is None else () for i in range(k)]
    if op.miss == "agg" or op is N.TABLE:
        side = ev.side.get(node.idx)
        if side is not None:
            return side
    if rule == "if":
        c = _bcast(ev, node.args[0], node.level)
        cm = _bmiss(ev, node.args[0], node.level)
        am = _bmiss(ev, node.args[1], node.level) if any(x is True for x in c) else None
        bm = _bmiss(ev, node.args[2], node.level) if any(x is False for x in c) else None
        return [() if v[i] is not None else (cm[i] if c[i] is None else am[i] if c[i] else bm[i])  # type: ignore[index]
                for i in range(k)]
    arg_ms = [_bmiss(ev, a, node.level) for a in node.args]
    return [() if v[i] is not None else _union(*(m[i] for m in arg_ms)) for i in range(k)]


# =====================================================================================================
# Scalar op implementations
# =====================================================================================================
def _exact(a: Any, b: Any) -> tuple[Any, Any]:
    if type(a) is Fraction or type(b) is Fraction:
        return Fraction(a), Fraction(b)
    return a, b


def _add(a: Any, b: Any) -> Any:
    a, b = _exact(a, b)
    return a + b


def _sub(a: Any, b: Any) -> Any:
    a, b = _exact(a, b)
    return a - b


def _mul(a: Any, b: Any) -> Any:
    a, b = _exact(a, b)
    return a * b


def _div(a: Any, b: Any) -> Any:
    """Exact; ``x / 0`` is unknown (only a branch a condition does not take divides by zero)."""
    if not b:
        return None
    return Fraction(a) / Fraction(b)


def _floordiv(a: Any, b: Any) -> Any:
    if not b:
        return None
    return math.floor(Fraction(a) / Fraction(b))


def _strict(fn: Callable[..., Any]) -> Callable[[Eval, Node], Any]:
    """An op that is unknown when any input is; item by item when the node is item-level."""

    def run(ev: Eval, node: Node) -> Any:
        if node.level is None:
            vals = [ev.val(a) for a in node.args]
            if None in vals:
                return None
            return fn(node, *vals)
        cols = [_bcast(ev, a, node.level) for a in node.args]
        return [None if None in xs else fn(node, *xs) for xs in zip(*cols, strict=True)] if cols else \
            [fn(node) for _ in range(ev.n_items(node.level))]

    return run


def _kleene_and(vals: list[Any]) -> Any:
    if False in vals:
        return False
    if None in vals:
        return None
    return True


def _kleene_or(vals: list[Any]) -> Any:
    if True in vals:
        return True
    if None in vals:
        return None
    return False


def _logic(fn: Callable[[list[Any]], Any]) -> Callable[[Eval, Node], Any]:
    def run(ev: Eval, node: Node) -> Any:
        if node.level is None:
            return fn([ev.val(a) for a in node.args])
        cols = [_bcast(ev, a, node.level) for a in node.args]
        return [fn(list(xs)) for xs in zip(*cols, strict=True)]

    return run


def _not(ev: Eval, node: Node) -> Any:
    def neg(x: Any) -> Any:
        return None if x is None else not x

    v = ev.val(node.args[0])
    return neg(v) if node.level is None else [neg(x) for x in v]


def _if(ev: Eval, node: Node) -> Any:
    c, a, b = node.args
    if node.level is None:
        cv = ev.val(c)
        if cv is None:
            return None
        return ev.val(a) if cv else ev.val(b)
    cs = _bcast(ev, c, node.level)
    av = _bcast(ev, a, node.level) if any(x is True for x in cs) else None
    bv = _bcast(ev, b, node.level) if any(x is False for x in cs) else None
    return [None if x is None else (av[i] if x else bv[i]) for i, x in enumerate(cs)]  # type: ignore[index]


def _known_op(ev: Eval, node: Node) -> Any:
    a = node.args[0]
    v = ev.val(a)
    if a.level is None:
        return v is not None
    return [x is not None for x in v]


def _default(ev: Eval, node: Node) -> Any:
    a, d = node.args
    if node.level is None:
        v = ev.val(a)
        return ev.val(d) if v is None else v
    av, dv = _bcast(ev, a, node.level), _bcast(ev, d, node.level)
    return [dv[i] if x is None else x for i, x in enumerate(av)]


def _fact(ev: Eval, node: Node) -> Any:
    obj: Any = ev.firm
    for name in node.meta.parents:
        if obj is None:
            return None
        obj = getattr(obj, name)
    return obj


def _item_fact(ev: Eval, node: Node) -> Any:
    items = ev.items(node.level)  # type: ignore[arg-type]
    if not items:
        return []
    parents = node.meta.parents
    if len(parents) == 1:
        name = parents[0]
        return [getattr(it, name) for it in items]
    out = []
    for it in items:
        obj = it
        for name in parents:
            obj = getattr(obj, name) if obj is not None else None
        out.append(obj)
    return out


def _present(ev: Eval, node: Node) -> Any:
    from .schema import firm_schema

    obj: Any = ev.firm
    for name in firm_schema().presence[node.meta]:
        obj = getattr(obj, name) if obj is not None else None
    return obj is not None


def _within_const(node: Node, d: Any) -> Any:
    w: Window = node.meta
    return w.start <= d and (w.end is None or d <= w.end)


def _within(node: Node, d: Any, w: Any) -> Any:
    return w.start <= d and (w.end is None or d <= w.end)


def _overlap(node: Node, s: date, e: date) -> Any:
    w: Window = node.meta
    assert w.end is not None, "an overlap is counted with a closed window"
    lo, hi = max(s, w.start), min(e, w.end)
    return max(0, (hi - lo).days + 1)


def _aggregate(kind: str) -> Callable[[Eval, Node], Any]:
    def run(ev: Eval, node: Node) -> Any:
        section = node.meta
        items = ev.items(section)
        if items is None:
            ev.side[node.idx] = (section,)
            return None
        k = len(items)
        args = node.args
        value: Node | None
        where: Node | None
        if kind == "sum":
            value, where = args[0], (args[1] if len(args) > 1 else None)
        elif kind in ("max", "min"):
            value, where = args[0], (args[2] if len(args) > 2 else None)
        elif kind == "count":
            value, where = None, (args[0] if args else None)
        else:  # any / all
            value, where = None, args[0]
        ws = _bcast(ev, where, section) if where is not None else [True] * k
        missing: list[tuple[str, ...]] = []
        if kind in ("any", "all"):
            res = _kleene_or(ws) if kind == "any" else _kleene_and(ws)
            if res is None:
                wm = _bmiss(ev, where, section)  # type: ignore[arg-type]
                ev.side[node.idx] = _union(*(wm[i] for i in range(k) if ws[i] is None))
            return res
        vs = _bcast(ev, value, section) if value is not None else None
        unknown = False
        acc: list[Any] = []
        for i in range(k):
            w = ws[i]
            if w is False:
                continue
            if w is None:
                unknown = True
                missing.append(_bmiss(ev, where, section)[i])  # type: ignore[arg-type]
                continue
            if vs is None:
                acc.append(1)
                continue
            x = vs[i]
            if x is None:
                unknown = True
                missing.append(_bmiss(ev, value, section)[i])  # type: ignore[arg-type]
                continue
            acc.append(x)
        if unknown:
            ev.side[node.idx] = _union(*missing)
            return None
        if kind == "count":
            return len(acc)
        if kind == "sum":
            total: Any = 0
            for x in acc:
                total = _add(total, x)
            return total
        if not acc:
            return ev.val(args[1])
        return max(acc) if kind == "max" else min(acc)

    return run


def _partition(first: bool) -> Callable[[Eval, Node], Any]:
    def run(ev: Eval, node: Node) -> Any:
        section = node.meta
        k = ev.n_items(section)
        key = node.args[0]
        value = None if first else node.args[1]
        where = node.args[1 if first else 2] if len(node.args) > (1 if first else 2) else None
        ks = _bcast(ev, key, section)
        ws = _bcast(ev, where, section) if where is not None else [True] * k
        vs = _bcast(ev, value, section) if value is not None else None
        out: list[Any] = [None] * k
        miss: list[tuple[str, ...]] = [()] * k
        groups: dict[Any, list[int]] = {}
        for i in range(k):
            groups.setdefault(ks[i], []).append(i)
        for g, idxs in groups.items():
            if first:
                seen = False
                for i in idxs:
                    if ws[i] is None or g is None:
                        out[i] = None
                        miss[i] = _union(*(_bmiss(ev, x, section)[i] for x in (key,) + ((where,) if where else ())))
                        continue
                    out[i] = bool(ws[i]) and not seen
                    seen = seen or bool(ws[i])
                continue
            total: Any = 0
            bad: list[tuple[str, ...]] = []
            for i in idxs:
                if ws[i] is False:
                    continue
                if ws[i] is None or g is None:
                    bad.append(_union(*(_bmiss(ev, x, section)[i] for x in (key,) + ((where,) if where else ()))))
                    continue
                x = vs[i]  # type: ignore[index]
                if x is None:
                    bad.append(_bmiss(ev, value, section)[i])  # type: ignore[arg-type]
                    continue
                total = _add(total, x)
            for i in idxs:
                if bad:
                    out[i] = None
                    miss[i] = _union(*bad)
                else:
                    out[i] = total
        ev.side[node.idx] = miss
        return out

    return run


def _size(ev: Eval, node: Node) -> Any:
    return size_of(ev, node.idx, *(ev.val(a) for a in node.args))


#: the size standard's answer by (declared size, industry, employees, revenue, assets): the size, the note for the
#: reasons (or ``None``) and the missing paths when unknown (or ``None``); a dozen measures ask it per estimate
_SIZES: dict[tuple[Any, ...], tuple[Any, Any, Any]] = {}


def size_of(ev: Eval, idx: int, declared: Any, industry: Any, employees: Any, revenue: Any, assets: Any) -> Any:
    """The firm's size (node ``idx`` of ``ev``): declared, else classified by the SME standard, with the note the
    reasons show and, when unknown, the facts it needs (``ev.side``)."""
    key = (declared, industry, employees, revenue, assets)
    got = _SIZES.get(key)
    if got is None:
        if len(_SIZES) > 4096:
            _SIZES.clear()
        got = _SIZES[key] = _size_answer(declared, industry, employees, revenue, assets)
    value, note, side = got
    if note is not None:
        ev.notes.append(note)
    if side is not None:
        ev.side[idx] = side
    return value


def _size_answer(declared: Any, industry: Any, employees: Any, revenue: Any, assets: Any) -> tuple[Any, Any, Any]:
    from .sizes import SIZE_ZH, classify_one

    classified, why = (None, "")
    if industry is not None:
        classified, why = classify_one(industry, employees, revenue, assets)
    if declared is not None:
        if classified is not None and classified != declared:
            return declared, Msg("size_declared", declared=declared, classified=classified), None
        return declared, None, None
    if classified is not None:
        return classified, Msg("size_classified", classified=classified, zh=SIZE_ZH[classified],
                               industry=industry), None
    return None, None, ("size",) if industry is None else ("size",) + ((why.split(":")[0],) if why else ())


def _table(ev: Eval, node: Node) -> Any:
    t: N.Table = node.meta
    if node.level is None:
        vals = [ev.val(a) for a in node.args]
        if None in vals:
            ev.side[node.idx] = _union(*(ev.miss(a) for a in node.args))
            return None
        v, missing = t.scalar(*vals)
        if v is None:
            ev.side[node.idx] = (missing or t.missing,)
        return v
    cols = [_bcast(ev, a, node.level) for a in node.args]
    ms = [_bmiss(ev, a, node.level) for a in node.args]
    out: list[Any] = []
    miss: list[Any] = []
    for i, xs in enumerate(zip(*cols, strict=True)):
        if None in xs:
            out.append(None)
            miss.append(_union(*(m[i] for m in ms)))
            continue
        v, missing = t.scalar(*xs)
        out.append(v)
        miss.append(() if v is not None else (missing or t.missing,))
    ev.side[node.idx] = miss
    return out


def _award(ev: Eval, node: Node) -> Any:
    mid, what = node.meta
    a = ev.awards.get(mid)
    if a is None:
        raise KeyError(f"{ev.d.measure.id} depends on {mid}, which was not evaluated first")
    if a.status == "undetermined":
        if what == "undetermined":
            return True
        ev.side[node.idx] = tuple(a.missing)
        return None
    if what == "undetermined":
        return False
    if what == "eligible":
        return a.status == "eligible"
    return a.amount if a.status == "eligible" else ZERO


def _list_given(ev: Eval, node: Node) -> Any:
    if ev.items(node.meta) is None:
        ev.side[node.idx] = (node.meta,)
        return None
    return True


def _item_index(ev: Eval, node: Node) -> Any:
    return list(range(ev.n_items(node.meta)))


def _cmp(fn: Callable[[Any, Any], bool]) -> Callable[[Eval, Node], Any]:
    return _strict(lambda node, a, b: fn(a, b))


def _window(node: Node, s: date, e: date) -> Any:
    return Period(s, e)


SCALAR: dict[N.Op, Callable[[Eval, Node], Any]] = {
    N.CONST: lambda ev, node: node.meta,
    N.PARAM: lambda ev, node: node.meta[2],
    N.FACT: _fact,
    N.ITEM_FACT: _item_fact,
    N.PRESENT: _present,
    N.LIST_GIVEN: _list_given,
    N.ITEM_INDEX: _item_index,
    N.ADD: _strict(lambda node, a, b: _add(a, b)),
    N.SUB: _strict(lambda node, a, b: _sub(a, b)),
    N.MUL: _strict(lambda node, a, b: _mul(a, b)),
    N.DIV: _strict(lambda node, a, b: _div(a, b)),
    N.FLOORDIV: _strict(lambda node, a, b: _floordiv(a, b)),
    N.MIN: _strict(lambda node, *xs: min(xs)),
    N.MAX: _strict(lambda node, *xs: max(xs)),
    N.LT: _cmp(lambda a, b: a < b),
    N.LE: _cmp(lambda a, b: a <= b),
    N.GT: _cmp(lambda a, b: a > b),
    N.GE: _cmp(lambda a, b: a >= b),
    N.EQ: _cmp(lambda a, b: a == b),
    N.NE: _cmp(lambda a, b: a != b),
    N.ISIN: _strict(lambda node, a: a in node.meta),
    N.WITHIN_CONST: _strict(_within_const),
    N.WITHIN: _strict(_within),
    N.AND: _logic(_kleene_and),
    N.OR: _logic(_kleene_or),
    N.NOT: _not,
    N.IF: _if,
    N.KNOWN: _known_op,
    N.DEFINED: _strict(lambda node, x: True),
    N.DEFAULT: _default,
    N.YEAR: _strict(lambda node, d: d.year),
    N.DAYS: _strict(lambda node, a, b: (b - a).days),
    N.ADD_DAYS: _strict(lambda node, d: add_days(d, node.meta)),
    N.ADD_MONTHS: _strict(lambda node, d: add_months(d, node.meta)),
    N.WINDOW: _strict(_window),
    N.OVERLAP_DAYS: _strict(_overlap),
    N.SUM: _aggregate("sum"),
    N.COUNT: _aggregate("count"),
    N.ANY: _aggregate("any"),
    N.ALL: _aggregate("all"),
    N.AMAX: _aggregate("max"),
    N.AMIN: _aggregate("min"),
    N.PSUM: _partition(False),
    N.PFIRST: _partition(True),
    N.SIZE: _size,
    N.TABLE: _table,
    N.AWARD: _award,
}


# =====================================================================================================
# Words: values, formulas, reasons
# =====================================================================================================
def _enum_words(node: Node, v: str) -> str:
    spec = node.meta if node.op in (N.FACT, N.ITEM_FACT) else None
    if spec is not None:
        from ...profile.industries import DISTRICT_ZH, INDUSTRIES

        if spec.field in ("industry",) and v in INDUSTRIES:
            return f"{v} ({INDUSTRIES[v][0]})"
        if v in DISTRICT_ZH and "district" in spec.field:
            return f"{v} ({DISTRICT_ZH[v]})"
    return v


def fmt(node: Node, v: Any) -> str:
    """A value as the explanation shows it: yuan for money, a percentage for a share or rate, ISO dates, an
    industry or district with its Chinese name, a reference table's value with its source."""
    if v is None:
        return _t("unknown")
    if isinstance(v, str):
        return _enum_words(node, v)
    if isinstance(v, bool):
        return _t("yes" if v else "no")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, Window | Period):
        return f"{v.start.isoformat()}..{v.end.isoformat() if v.end else ''}"
    if isinstance(v, int | Decimal | Fraction):
        unit = node.unit
        if "yuan" in unit:
            return yuan(v)
        if "share" in unit or "rate" in unit:
            text = pct(v)
            return f"{v.numerator}/{v.denominator} ({text})" if "…" in text and isinstance(v, Fraction) else text
        if isinstance(v, Fraction):
            if v.denominator == 1:
                return str(v.numerator)
            return yuan(v) if "yuan" in unit else _frac(v)
        if isinstance(v, Decimal):
            return format(v.normalize(), "f") if v == v.to_integral_value() else format(v, "f")
        return str(v)
    return str(v)


def _frac(v: Fraction) -> str:
    """A count or a number of months/days that is a fraction: exact as ``106/29`` when its decimals do not end
    (with the decimals beside it, ``106/29 (3.655172…)``), else its decimals (``2.5``)."""
    t = yuan(v)
    t = t.replace(",", "") if abs(v) < 1000 else t
    return f"{v.numerator}/{v.denominator} ({t})" if "…" in t else t


def formula(ev: Eval, node: Node, top: bool = True, item: int | None = None) -> str:
    """The expression with each input's value: ``30% × 120,000.00 × 3.85% / 4.41%``."""
    op = node.op

    def value(n: Node) -> Any:
        v = ev.val(n)
        if n.level is not None and item is not None and isinstance(v, list):
            return v[item]
        return v

    def child(n: Node, prec: int) -> str:
        if n.name or n.op in (N.FACT, N.ITEM_FACT, N.PARAM, N.CONST) or n.op.miss == "agg" \
                or n.op in (N.TABLE, N.AWARD, N.SIZE):
            text = fmt(n, value(n))
            if isinstance(value(n), Fraction) and text.endswith("…)"):  # an operand: its exact form is enough
                text = text.partition(" (")[0]
            return f"{text} ({local(n.name)})" if n.name and n.op is not N.PARAM and n.name != text else text
        inner = formula(ev, n, False, item)
        if n.op.infix and n.op.prec < prec:
            return f"({inner})"
        return inner

    if op.infix and op in N.ARITH:
        a, b = node.args
        return f"{child(a, op.prec)} {op.infix} {child(b, op.prec + (1 if op in (N.SUB, N.DIV) else 0))}"
    if op in (N.MIN, N.MAX):
        return f"{op.name}({', '.join(child(a, 0) for a in node.args)})"
    if op is N.IF:
        c = value(node.args[0])
        if c is None:
            return _t("unknown")
        return child(node.args[1] if c else node.args[2], 0)
    if op is N.DEFAULT:
        return child(node.args[0] if value(node.args[0]) is not None else node.args[1], 0)
    if op is N.SUM:
        return _sum_terms(ev, node)
    if op.miss == "agg":
        return fmt(node, value(node))
    if op is N.TABLE:
        args = [value(a) for a in node.args]
        v = value(node)
        return fmt(node, v) if v is None or None in args else node.meta.describe(v, *args)
    if op is N.OVERLAP_DAYS:
        s, e = (value(a) for a in node.args)
        return _t("days_inside", start=fmt(node.args[0], s), end=fmt(node.args[1], e), window=node.meta)
    return fmt(node, value(node))


def _sum_terms(ev: Eval, node: Node) -> str:
    """A sum over items as its terms: ``36,000.00 + 12,000.00`` (the items it counted, in order)."""
    section = node.meta
    value = node.args[0]
    vals = _bcast(ev, value, section)
    where = _bcast(ev, node.args[1], section) if len(node.args) > 1 else [True] * len(vals)
    terms = [fmt(value, v) for v, w in zip(vals, where, strict=True) if w is True and v is not None]
    if not terms:
        return _t("no_items", section=section)
    return " + ".join(terms)


def fill(ev: Eval, text: str, cond: Node, args: tuple[Node, ...] = ()) -> str:
    """A condition's words with ``{}`` filled by the values of ``args``, else of the condition's operands."""
    text = local(text)
    if "{}" not in text:
        return text
    base = cond.args[0] if cond.op is N.NOT else cond
    src = args or _operands(base)
    vals = [fmt(a, ev.val(a)) for a in src] if src else [fmt(base, ev.val(base))]
    need = text.count("{}")
    vals = (vals + ["?"] * need)[:need]
    return text.format(*vals)


# =====================================================================================================
# Statements
# =====================================================================================================
def run(d: Definition, firm: Any, awards: dict[str, Any] | None = None) -> Trace:
    """Evaluate ``d`` for ``firm`` (``awards``: the awards of the measures it depends on, by id), with the
    definition's compiled form (:mod:`.compiled`) — the same statements and values as :func:`interpret`. The caller
    provides the exact decimal context (:data:`subsidycalc.engine.estimate.CONTEXT`); :func:`evaluate` sets it."""
    fn = d.compiled
    if fn is None:
        fn = compiled(d)
    return fn(firm, awards)  # type: ignore[no-any-return]


def compiled(d: Definition) -> Callable[[Any, Any], Trace]:
    """``d``'s compiled form (:mod:`.compiled`), generated on first use and kept on the definition."""
    fn = d.compiled
    if fn is None:
        from .compiled import compile_traced

        fn = d.compiled = compile_traced(d)
    return fn  # type: ignore[no-any-return]


def evaluate(d: Definition, firm: Any, awards: dict[str, Any] | None = None) -> Trace:
    """:func:`run` under the engine's exact decimal context."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return run(d, firm, awards)


def interpret(d: Definition, firm: Any, awards: dict[str, Any] | None = None) -> Trace:
    """Evaluate ``d`` for ``firm`` node by node (the reference the compiled form is tested against)."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        ev = Eval(d, firm, awards)
        t = Trace(dict(d.readings))
        t.ev = ev
        for s in d.statements:
            if not HANDLERS[type(s)](ev, t, s):
                break
        return finish(t)


def finish(t: Trace) -> Trace:
    """Close a trace: a measure that ran to its end is eligible (its last ``pay``) unless a fact is missing."""
    if t.status == "running":
        t.status = "undetermined" if t.missing else "eligible"
        if t.status == "eligible" and t.amount is None:
            raise AssertionError(f"{t.ev.d.measure.id if t.ev else '?'}: the definition ended without paying")
    if t.status != "undetermined" and t.missing:
        t.missing = {}
    return t


# -- the log: what each statement found (words come later, from :func:`render`) ---------------------------
MET, FAILED, UNKNOWN, NOTES, SELECTED, NEEDED, NOTED, STEPPED, PAID, UNQUANTIFIED, EFFECT = range(11)


def _notes(ev: Eval, t: Trace) -> None:
    t.log.append((NOTES, tuple(ev.notes)))
    ev.notes.clear()


def _add_missing(t: Trace, paths: Any) -> None:
    for p in paths:
        t.missing[p] = None


def h_require(ev: Eval, t: Trace, s: Require) -> bool:
    v = ev.val(s.cond)
    if ev.notes:
        _notes(ev, t)
    if v is True:
        t.log.append((MET, s))
        return True
    if v is False:
        t.log.append((FAILED, s))
        t.status = "ineligible"
        return False
    t.log.append((UNKNOWN, s))
    _add_missing(t, ev.miss(s.cond))
    return True


def h_require_unknown(ev: Eval, t: Trace, s: Require) -> bool:
    """The compiled form's slow path of a condition it found unknown."""
    if ev.notes:
        _notes(ev, t)
    t.log.append((UNKNOWN, s))
    _add_missing(t, ev.miss(s.cond))
    return True


def h_select(ev: Eval, t: Trace, s: Select) -> bool:
    _select(ev, s, t)
    return True


def h_settle(ev: Eval, t: Trace, s: Settle) -> bool:
    if t.missing:
        t.status = "undetermined"
        return False
    return True


def h_need(ev: Eval, t: Trace, s: Need) -> bool:
    if ev.val(s.expr) is None:
        t.log.append((NEEDED, s))
        _add_missing(t, ev.miss(s.expr))
    return True


def h_step(ev: Eval, t: Trace, s: Step) -> bool:
    t.log.append((STEPPED, s))
    return True


def h_note(ev: Eval, t: Trace, s: Note) -> bool:
    if s.when is None or ev.val(s.when) is True:
        t.log.append((NOTED, s))
    return True


def h_pay(ev: Eval, t: Trace, s: Pay) -> bool:
    a = ev.val(s.amount)
    if a is None:
        _add_missing(t, ev.miss(s.amount))
        t.status = "undetermined"
        return False
    lo, hi = ev.val(s.low), ev.val(s.high)
    if lo is None or hi is None:
        _add_missing(t, _union(ev.miss(s.low), ev.miss(s.high)))
        t.status = "undetermined"
        return False
    if t.missing:
        t.status = "undetermined"
        return False
    t.amount, t.low, t.high = a, lo, hi
    if s.met:
        t.log.append((PAID, s))
    return True


def h_unquantified(ev: Eval, t: Trace, s: Unquantified) -> bool:
    if t.missing:
        t.status = "undetermined"
        return False
    if s.when is not None and ev.val(s.when) is not True:
        return True
    t.quantified = False
    t.needs.extend(x for x in s.needs if x not in t.needs)
    t.log.append((UNQUANTIFIED, s))
    if not s.partial:
        t.amount = t.low = t.high = ZERO
    return True


def h_effect(ev: Eval, t: Trace, s: Effect) -> bool:
    t.log.append((EFFECT, s))
    return True


def h_parts(ev: Eval, t: Trace, s: Parts) -> bool:
    amounts = ev.val(s.amount)
    where = _bcast(ev, s.where, s.section) if s.where is not None else [True] * len(amounts)
    for i, a in enumerate(amounts):
        if where[i] is True and a is not None:
            x = exact(a)
            t.parts[f"{s.section}.{i}"] = (x, x, x)
    return True


HANDLERS: dict[type, Callable[[Eval, Trace, Any], bool]] = {
    Require: h_require, Select: h_select, Settle: h_settle, Need: h_need, Step: h_step, Note: h_note, Pay: h_pay,
    Unquantified: h_unquantified, Effect: h_effect, Parts: h_parts,
}


def render(t: Trace, lang: str = "en") -> tuple[list[str], list[str], dict[str, str]]:
    """The reasons, steps and effects of a trace, in words, from its log and values; the fixed fragments in ``lang``
    (:mod:`subsidycalc.i18n`), a measure's own words as it gives them."""
    if lang != LANG.get():
        with language(lang):
            return render(t, lang)
    ev = t.ev
    assert ev is not None
    reasons: list[str] = []
    steps: list[str] = []
    effects: dict[str, str] = {}
    with localcontext() as ctx:
        ctx.prec = PRECISION
        for entry in t.log:
            kind, s = entry[0], entry[1]
            if kind == MET:
                if s.met:
                    line = _met_words(ev, s)
                    if line is not None and line not in reasons:
                        reasons.append(line)
            elif kind == FAILED:
                reasons.append(f"✗ {fill(ev, s.failed, s.cond, s.args)}")
            elif kind == UNKNOWN:
                reasons.append(f"? {_known_args(ev, s) if s.unknown else _t('not_known', what=fill(ev, s.met, s.cond, s.args))}")
            elif kind == NOTES:
                reasons.extend(x for x in map(local, s) if x not in reasons)
            elif kind == SELECTED:
                reasons.extend(_select_words(ev, s, entry[2], entry[3] if len(entry) > 3 else {}))
            elif kind == NEEDED:
                reasons.append(f"? {_t('not_known', what=local(s.what))}")
            elif kind == NOTED:
                reasons.append(local(s.text).format(*(fmt(a, ev.val(a)) for a in s.args)) if s.args else local(s.text))
            elif kind == STEPPED:
                if not (s.decided_only and t.status == "undetermined"):
                    _step(ev, s, steps)
            elif kind == PAID:
                reasons.append(f"✓ {local(s.met)}")
            elif kind == UNQUANTIFIED:
                reasons.append(local(s.why))
            elif kind == EFFECT:
                _effect(ev, s, effects)
    return reasons, steps, effects


def _known_args(ev: Eval, s: Require) -> str:
    """An unknown condition's own words, with the values of its ``args`` that are known: the firm's district beside
    "registered and paying tax in 朝阳区, or recognised … — not known" (only the recognition is unknown)."""
    words = local(s.unknown or "")
    if "{}" in words:
        return fill(ev, words, s.cond, s.args)
    known: list[str] = []
    for a in s.args:
        v = ev.val(a)
        if v is None or isinstance(v, list):
            continue
        label = a.name or (a.meta.path if a.op is N.FACT else None)
        if label:
            known.append(f"{local(label)}: {fmt(a, v)}")
    return _t("known", words=words, known="; ".join(known)) if known else words


_ANY_QUALIFIES = "at least one of "


def _met_words(ev: Eval, s: Require) -> str | None:
    """A met condition's line; ``None`` for one met only vacuously (its operands unknown: the text guards the test
    with ``if_(known, test, True)`` and the unknown facts are reported by their own ``need`` lines).

    ``select(..., none=...)``'s "at least one of {section} qualifies" is shown with its count, as the
    hand-written explanations did: ``✓ 2 of 3 loans qualify``."""
    if s.cond.op is N.ANY and s.met.startswith(_ANY_QUALIFIES):
        vals = ev.val(s.cond.args[0])
        if isinstance(vals, list):
            n = sum(1 for v in vals if v is True)
            label = item_label(ev, s.cond.meta)
            which = ", ".join(str(i) for i, v in enumerate(vals) if v is True)
            noun = local(label if len(vals) == 1 else _plural(label))
            label = local(label)
            return "✓ " + _t("n_qualifies" if n == 1 else "n_qualify", n=n, m=len(vals), noun=noun, label=label,
                             which=which) if len(vals) > 1 else "✓ " + _t("the_qualifies", label=label)
    text = fill(ev, s.met, s.cond, s.args)
    if "{}" in s.met and _t("unknown") in text and s.cond.op is N.IF and ev.val(s.cond.args[0]) is not True:
        return None
    return f"✓ {text}"


_SINGULAR = {"rent_relief_granted": "rent relief", "frontline_duty": "duty", "hires": "hire", "leases": "lease",
             "loans": "loan", "first_loans": "first loan", "trainings": "training", "fees": "fee"}


#: the Chinese of the default item words (a measure's own ``select(label=)`` gives its own, with ``zh()``)
_SINGULAR_ZH = {"rent relief": "减租", "duty": "值守", "hire": "招用人员", "lease": "租约", "loan": "贷款",
                "first loan": "首笔贷款", "training": "培训", "fee": "费用"}


def item_label(ev: Eval, section: str) -> str:
    """The word for one item of ``section`` in an explanation: the label the measure gave its ``select`` (``lease``,
    ``financing``), else the section's last name in the singular (``lending.first_loans`` → ``first loan``)."""
    for st in ev.d.statements:
        if isinstance(st, Select) and st.section == section and st.label != section and not st.label.endswith("s"):
            return st.label
    last = section.rsplit(".", 1)[-1]
    if last in _SINGULAR:
        return Msg.pair(_SINGULAR[last], _SINGULAR_ZH[_SINGULAR[last]])
    word = last.replace("_", " ")
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _word(label: str) -> str:
    """An item word in the current language: a measure's ``zh()`` label, or one of the engine's default words."""
    if isinstance(label, Msg) or label not in _SINGULAR_ZH:
        return local(label)
    return local(Msg.pair(label, _SINGULAR_ZH[label]))


def _plural(label: str) -> str:
    en = str.__str__(label) + ("es" if label.endswith(("s", "x", "ch", "sh")) else "s")
    return Msg.pair(en, label.text("zh")) if isinstance(label, Msg) else en  # Chinese has no plural


def _effect(ev: Eval, s: Effect, effects: dict[str, str]) -> None:
    level = next((a.level for a in s.args if a.level is not None), None)
    if level is None:
        vals = [fmt(a, ev.val(a)) for a in s.args]
        effects[s.key] = local(s.text).format(*vals) if vals else local(s.text)
        return
    cols = [_bcast(ev, a, level) for a in s.args]
    where = _bcast(ev, s.where, level) if s.where is not None else [True] * ev.n_items(level)
    for i in range(ev.n_items(level)):
        if where[i] is True:
            effects[f"{s.key} {level} {i}"] = local(s.text).format(*(fmt(a, c[i]) for a, c in zip(s.args, cols,
                                                                                          strict=True)))


def _select(ev: Eval, s: Select, t: Trace) -> None:
    items = ev.items(s.section)
    if items is None:
        t.log.append((SELECTED, s, None))
        _add_missing(t, (s.section,))
        return
    only = _bcast(ev, s.only, s.section) if s.only is not None else None
    conds = [(_bcast(ev, c, s.section), c, text) for c, text in s.conds]
    needs = [(_bcast(ev, x, s.section), x) for x in s.needs]
    outcomes: list[tuple[int, tuple[str, ...] | None]] = []
    unknown: dict[int, tuple[str, ...]] = {}
    for i in range(len(items)):
        if only is not None and only[i] is False:
            continue
        failed = [text for vals, _, text in conds if vals[i] is False]
        if failed:
            outcomes.append((i, tuple(failed)))
            continue
        paths: list[tuple[str, ...]] = []
        if only is not None and only[i] is None:
            paths.append(_bmiss(ev, s.only, s.section)[i])  # type: ignore[arg-type]
        for vals, c, _ in conds:
            if vals[i] is None:
                paths.append(_bmiss(ev, c, s.section)[i])
        for vals, x in needs:
            if vals[i] is None:
                paths.append(_bmiss(ev, x, s.section)[i])
        if paths:
            outcomes.append((i, None))
            unknown[i] = tuple(_union(*paths))
            _add_missing(t, unknown[i])
    if outcomes:
        t.log.append((SELECTED, s, outcomes, unknown))


def _select_words(ev: Eval, s: Select, outcomes: Any, unknown: dict[int, tuple[str, ...]]) -> list[str]:
    """An item ruled out says why; an item not yet decided names the facts it waits for."""
    if outcomes is None:
        return [f"? {_t('not_known', what=_word(s.label))}"]
    conds = [(_bcast(ev, c, s.section), c, text) for c, text in s.conds]

    def undecided(i: int) -> str:
        paths = unknown.get(i)
        return f"? {_t('item_undecided', label=_word(s.label), i=i)}" + (f" ({', '.join(paths)})" if paths else "")

    return ["✗ " + f"{_word(s.label)} {i}: " + "; ".join(_fill_item(ev, t, conds, i) for t in texts) if texts is not None
            else undecided(i) for i, texts in outcomes]


def _operands(cond: Node) -> tuple[Node, ...]:
    """The operands whose values fill a condition's ``{}``: its own, or — for an ``and``/``or`` of comparisons
    (``landlord.isin(SOE) | landlord.eq("institution")``) — the compared values, each once (the landlord, not
    the yes/no of each part)."""
    if cond.op not in (N.AND, N.OR, N.NOT):
        return cond.args
    out: list[Node] = []
    for a in cond.args:
        for x in (_operands(a) if a.kind == "bool" and a.args else (a,)):
            if all(x is not y for y in out):
                out.append(x)
    return tuple(out)


def _fill_item(ev: Eval, text: str, conds: list[Any], i: int) -> str:
    if "{}" not in text:
        return local(text)
    cond = next(c for vals, c, tx in conds if tx == text and vals[i] is False)
    base = cond.args[0] if cond.op is N.NOT else cond
    vals = []
    for a in _operands(base):
        v = ev.val(a)
        vals.append(fmt(a, v[i] if isinstance(v, list) else v))
    need = text.count("{}")
    return local(text).format(*((vals + ["?"] * need)[:need]))


def _step(ev: Eval, s: Step, steps: list[str]) -> None:
    e = s.expr
    v = ev.val(e)
    if e.level is None:
        if v is None:
            return
        if s.where is not None and ev.val(s.where) is not True:  # a firm-level step shown only where it holds
            return
        f = formula(ev, e)
        shown = fmt(e, v)
        if e.op is N.SUM and _single_term_shown(ev, e, shown, steps):
            return
        name = _step_name(ev, s, None)
        steps.append(f"{name}: {f} = {shown}" if f != shown else f"{name}: {shown}")
        return
    where = _bcast(ev, s.where, e.level) if s.where is not None else [True] * len(v)
    label = local(item_label(ev, e.level))
    labels = _bcast(ev, s.label, e.level) if s.label is not None else None
    for i, x in enumerate(v):
        if where[i] is not True or x is None:
            continue
        f = formula(ev, e, item=i)
        shown = fmt(e, x)
        head = f"{label} {i}" if labels is None or labels[i] is None else fmt(s.label, labels[i])  # type: ignore[arg-type]
        name = _step_name(ev, s, i)
        steps.append(f"{head}: {name}: {f} = {shown}" if f != shown else f"{head}: {name}: {shown}")


def _step_name(ev: Eval, s: Step, item: int | None) -> str:
    """A step's name with its ``{}`` filled by the values of its ``args`` (the ``item``'s own where item-level)."""
    if not s.args:
        return local(s.name)
    vals = []
    for a in s.args:
        v = ev.val(a)
        vals.append(fmt(a, v[item] if a.level is not None and item is not None else v))
    return local(s.name).format(*vals)


def _single_term_shown(ev: Eval, e: Node, shown: str, steps: list[str]) -> bool:
    """Whether a sum over items counted one item only, whose value an item line above already shows (``lease 0:
    relief: … = 60,000.00``): then "sum over leases: 60,000.00" repeats it and is left out."""
    section = e.meta
    vals = _bcast(ev, e.args[0], section)
    where = _bcast(ev, e.args[1], section) if len(e.args) > 1 else [True] * len(vals)
    counted = [i for i, (x, w) in enumerate(zip(vals, where, strict=True)) if w is True and x is not None]
    if len(counted) != 1:
        return False
    i = counted[0]
    prefixes = [f"{local(item_label(ev, section))} {i}: "]
    for st in ev.d.statements:  # an item line named by its label (step(label=)): "2020: "
        if isinstance(st, Step) and st.label is not None and st.expr.level == section:
            lab = _bcast(ev, st.label, section)[i]
            if lab is not None:
                prefixes.append(f"{fmt(st.label, lab)}: ")
    return any(ln.startswith(tuple(prefixes)) and (ln.endswith(f"= {shown}") or ln.endswith(f": {shown}"))
               for ln in steps)


__all__ = ["HANDLERS", "Eval", "Period", "SCALAR", "Trace", "compiled", "evaluate", "finish", "fmt", "formula", "interpret",
           "render", "run"]
