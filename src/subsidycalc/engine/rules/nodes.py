"""The rule vocabulary's expressions: nodes of a graph that both evaluators run.

A measure's definition builds expressions from facts of the profile, declared numbers (``Param``), constants and
other expressions: ``n.share * loans.interest_paid``, ``loans.disbursed_on.within(window)``,
``size.isin(SME_SIZES)``, ``if_(rate <= bench, interest, interest * bench / rate)``. Nothing is computed when the
definition runs: it returns a graph, evaluated later

- for one firm by the traced evaluator (:mod:`.traced`), on Python values (``Decimal``, ``Fraction``, ``date``,
  ``True``/``False``/``None``), recording what it computed;
- for many firms at once by the columnar evaluator (:mod:`.columnar`), on numpy columns (exact rationals, day
  numbers, Kleene codes).

Every node has a *level*: the firm (``None``), or a list section of the profile (``"loans"``): one value per item.
A firm-level value combines with an item-level one item by item; two sections never combine except through an
aggregate (``loans.sum(...)``). Unknown (a fact left out) propagates: arithmetic on an unknown is unknown;
conditions are three-valued (Kleene): ``unknown & False`` is ``False``, ``unknown | True`` is ``True``.

A node is never a Python bool: ``if node:`` raises, because a fact cannot steer the definition's Python code (the
columnar evaluator runs it once for a million firms). Branch on data with :func:`if_`; branch in Python only on
readings and declared numbers, which are the same for every firm of a run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from ..measure import Param
from ..periods import Window

Kind = str  # "num" | "bool" | "date" | "enum" | "text" | "strlist" | "window"


class RuleError(TypeError):
    """A definition is malformed: a fact steering Python code, mixed sections, an unknown fact path ..."""


@dataclass(frozen=True, slots=True, eq=False)
class Op:
    """What a node computes. ``scalar(node, *values)`` and ``vector(node, ctx, *columns)`` are set by the evaluator
    modules (:mod:`.traced`, :mod:`.columnar`) in their op tables; here an op is a name, an arity rule and a rule for
    which unknown inputs make it unknown (``miss``)."""

    name: str
    miss: str = "strict"
    """``strict``: unknown when any input is unknown (Kleene ``and``/``or`` are ``strict`` too: their result is
    unknown only when a deciding input is); ``never``: always known; ``if``: the condition, then the chosen branch;
    ``agg``: an aggregate over items (see :mod:`.traced`); ``fact``: a fact of the profile."""
    infix: str | None = None
    prec: int = 0


class Node:
    """An expression of the rule vocabulary (see the module docstring)."""

    __slots__ = ("op", "args", "level", "kind", "meta", "idx", "name", "unit")

    def __init__(self, op: Op, args: tuple[Node, ...], level: str | None, kind: Kind, meta: Any = None,
                 unit: str = "") -> None:
        self.op = op
        self.args = args
        self.level = level
        self.kind = kind
        self.meta = meta
        self.idx = -1
        self.name: str | None = None
        self.unit = unit

    # -- Python truth: forbidden ---------------------------------------------------------------------------
    def __bool__(self) -> bool:
        raise RuleError("a fact cannot steer a definition's Python code (it runs once for many firms): use if_(), "
                        "&, |, ~ or a condition statement; branch in Python only on readings and declared numbers")

    def __iter__(self) -> Any:
        raise RuleError("an expression is not iterable")

    # -- naming --------------------------------------------------------------------------------------------
    def named(self, name: str, unit: str | None = None) -> Node:
        """Give the value a name (a concept of the text: "qualifying loan", "relieved months"): the explanation shows
        it by name, and a test can evaluate it on its own."""
        self.name = name
        if unit is not None:
            self.unit = unit
        return self

    # -- arithmetic ----------------------------------------------------------------------------------------
    def __add__(self, o: Any) -> Node:
        return binary(ADD, self, o)

    def __radd__(self, o: Any) -> Node:
        return binary(ADD, o, self)

    def __sub__(self, o: Any) -> Node:
        return binary(SUB, self, o)

    def __rsub__(self, o: Any) -> Node:
        return binary(SUB, o, self)

    def __mul__(self, o: Any) -> Node:
        return binary(MUL, self, o)

    def __rmul__(self, o: Any) -> Node:
        return binary(MUL, o, self)

    def __truediv__(self, o: Any) -> Node:
        return binary(DIV, self, o)

    def __rtruediv__(self, o: Any) -> Node:
        return binary(DIV, o, self)

    def __floordiv__(self, o: Any) -> Node:
        return binary(FLOORDIV, self, o)

    def __neg__(self) -> Node:
        return binary(SUB, 0, self)

    # -- comparisons (three-valued) ------------------------------------------------------------------------
    def __lt__(self, o: Any) -> Node:
        return compare(LT, self, o)

    def __le__(self, o: Any) -> Node:
        return compare(LE, self, o)

    def __gt__(self, o: Any) -> Node:
        return compare(GT, self, o)

    def __ge__(self, o: Any) -> Node:
        return compare(GE, self, o)

    def eq(self, o: Any) -> Node:
        """``self == o`` (three-valued). ``==`` itself keeps its Python meaning (identity), so nodes stay hashable."""
        return compare(EQ, self, o)

    def ne(self, o: Any) -> Node:
        return compare(NE, self, o)

    def isin(self, values: Iterable[Any]) -> Node:
        """``self`` is one of ``values`` (an enum fact among a declared set, a count among tiers ...)."""
        vals = frozenset(values)
        _check_values(self, vals)
        return Node(ISIN, (self,), self.level, "bool", vals)

    def within(self, window: Window | Node) -> Node:
        """A date inside an inclusive window (a declared ``Window``, or window bounds computed as dates)."""
        if isinstance(window, Node):
            if window.kind != "window":
                raise RuleError("within() takes a Window or a window expression")
            return binary(WITHIN, self, window, kind="bool")
        if not isinstance(window, Window):
            raise RuleError(f"within() takes a Window, got {window!r}")
        return Node(WITHIN_CONST, (self,), self.level, "bool", window)

    def is_(self, value: bool) -> Node:
        """A flag is ``value``: ``True`` when known and equal, ``False`` when known and different, else unknown."""
        if self.kind != "bool":
            raise RuleError("is_() tests a flag")
        return self if value else ~self

    # -- logic (Kleene) ------------------------------------------------------------------------------------
    def __and__(self, o: Any) -> Node:
        return all_of(self, o)

    def __rand__(self, o: Any) -> Node:
        return all_of(o, self)

    def __or__(self, o: Any) -> Node:
        return any_of(self, o)

    def __ror__(self, o: Any) -> Node:
        return any_of(o, self)

    def __invert__(self) -> Node:
        _need_kind(self, "bool", "~")
        return Node(NOT, (self,), self.level, "bool")

    # -- unknowns ------------------------------------------------------------------------------------------
    def known(self) -> Node:
        """Whether the value is known (never unknown itself)."""
        return Node(KNOWN, (self,), self.level, "bool")

    def defined(self) -> Node:
        """A condition that is true where the value is known and unknown where it is not (never false): a fact an
        item needs, whose absence must make the item undetermined rather than rule it out."""
        return Node(DEFINED, (self,), self.level, "bool")

    def default(self, value: Any) -> Node:
        """The value, or ``value`` when it is unknown (for facts whose absence the profile documents as a value:
        an absent ``ends_on`` is "still in force")."""
        o = lift(value, self.level)
        return Node(DEFAULT, (self, o), _level(self, o), self.kind, unit=self.unit)

    # -- dates ---------------------------------------------------------------------------------------------
    def year(self) -> Node:
        _need_kind(self, "date", "year()")
        return Node(YEAR, (self,), self.level, "num")

    def days_until(self, other: Any) -> Node:
        """Days from ``self`` to ``other`` (``other - self``), a whole number."""
        o = lift(other, self.level)
        _need_kind(self, "date", "days_until()")
        _need_kind(o, "date", "days_until()")
        return Node(DAYS, (self, o), _level(self, o), "num", unit="days")

    def add_days(self, days: int) -> Node:
        _need_kind(self, "date", "add_days()")
        return Node(ADD_DAYS, (self,), self.level, "date", int(days))

    def add_months(self, months: int) -> Node:
        _need_kind(self, "date", "add_months()")
        return Node(ADD_MONTHS, (self,), self.level, "date", int(months))

    def __repr__(self) -> str:
        label = f" {self.name!r}" if self.name else ""
        return f"<{self.op.name}{label} {self.kind}{' @' + self.level if self.level else ''}>"


# =====================================================================================================
# Ops
# =====================================================================================================
CONST = Op("const", "never")
PARAM = Op("param", "never")
FACT = Op("fact", "fact")
ITEM_FACT = Op("item_fact", "fact")
PRESENT = Op("present", "never")
LIST_GIVEN = Op("list_given")
ITEM_INDEX = Op("item_index", "never")
READING = Op("reading", "never")
ADD = Op("add", infix="+", prec=1)
SUB = Op("sub", infix="−", prec=1)
MUL = Op("mul", infix="×", prec=2)
DIV = Op("div", infix="/", prec=2)
FLOORDIV = Op("floordiv", infix="÷", prec=2)
MIN = Op("min")
MAX = Op("max")
LT = Op("lt", infix="<", prec=0)
LE = Op("le", infix="≤", prec=0)
GT = Op("gt", infix=">", prec=0)
GE = Op("ge", infix="≥", prec=0)
EQ = Op("eq", infix="=", prec=0)
NE = Op("ne", infix="≠", prec=0)
ISIN = Op("isin")
WITHIN = Op("within")
WITHIN_CONST = Op("within_const")
AND = Op("and", infix="and", prec=-2)
OR = Op("or", infix="or", prec=-3)
NOT = Op("not")
IF = Op("if", "if")
KNOWN = Op("known", "never")
DEFINED = Op("defined")
DEFAULT = Op("default", "default")
YEAR = Op("year")
DAYS = Op("days")
ADD_DAYS = Op("add_days")
ADD_MONTHS = Op("add_months")
WINDOW = Op("window")
OVERLAP_DAYS = Op("overlap_days")
SUM = Op("sum", "agg")
COUNT = Op("count", "agg")
ANY = Op("any", "agg")
ALL = Op("all", "agg")
AMAX = Op("agg_max", "agg")
AMIN = Op("agg_min", "agg")
PSUM = Op("partition_sum", "agg")
PFIRST = Op("partition_first", "agg")
TABLE = Op("table")
AWARD = Op("award")
SIZE = Op("size")

ARITH = {ADD, SUB, MUL, DIV, FLOORDIV}


# =====================================================================================================
# Construction helpers
# =====================================================================================================
def _kind_of(value: Any) -> Kind:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | Decimal | Fraction):
        return "num"
    if isinstance(value, date):
        return "date"
    if isinstance(value, Window):
        return "window"
    if isinstance(value, str):
        return "enum"
    raise RuleError(f"no constant of type {type(value).__name__}: {value!r}")


def const(value: Any) -> Node:
    """A constant of the definition (prefer a declared ``Param``: a constant carries no citation)."""
    if isinstance(value, Node):
        return value
    if isinstance(value, float):
        raise RuleError(f"a float is not exact: {value!r}; use Decimal")
    return Node(CONST, (), None, _kind_of(value), value)


def param(name: str, p: Param, value: Any = None) -> Node:
    """A declared number of the measure: its value with its citation (the explanation quotes it)."""
    v = p.value if value is None else value
    if isinstance(v, float):
        raise RuleError(f"Param {name} is a float")
    return Node(PARAM, (), None, _kind_of(v), (name, p, v), unit=p.unit)


def lift(value: Any, level: str | None = None) -> Node:
    return value if isinstance(value, Node) else const(value)


def _level(*nodes: Node) -> str | None:
    levels = {n.level for n in nodes if n.level is not None}
    if len(levels) > 1:
        raise RuleError(f"items of different sections {sorted(levels)} cannot combine: aggregate one first")
    return next(iter(levels), None)


def _need_kind(node: Node, kind: Kind, what: str) -> None:
    if node.kind != kind:
        raise RuleError(f"{what} needs a {kind} expression, got {node.kind} ({node!r})")


def _check_values(node: Node, vals: frozenset[Any]) -> None:
    if node.op in (FACT, ITEM_FACT) and node.meta.values:
        unknown = [v for v in vals if v not in node.meta.values]
        if unknown:
            raise RuleError(f"{node.meta.path} has no value {sorted(map(str, unknown))}; its values: {node.meta.values}")


def binary(op: Op, a: Any, b: Any, kind: Kind | None = None) -> Node:
    x, y = lift(a), lift(b)
    if op in ARITH:
        _need_kind(x, "num", op.infix or op.name)
        _need_kind(y, "num", op.infix or op.name)
    return Node(op, (x, y), _level(x, y), kind or x.kind, unit=_unit(op, x, y))


def _unit(op: Op, x: Node, y: Node) -> str:
    if op in (ADD, SUB):
        return x.unit or y.unit
    if op is MUL:
        money = [n.unit for n in (x, y) if "yuan" in n.unit]
        return money[0] if money else ""
    if op is DIV and "yuan" in x.unit and "yuan" not in y.unit:
        return x.unit
    return ""


def compare(op: Op, a: Any, b: Any) -> Node:
    x, y = lift(a), lift(b)
    if x.kind != y.kind and not {x.kind, y.kind} <= {"num"}:
        raise RuleError(f"cannot compare {x.kind} with {y.kind}")
    if op in (EQ, NE) and x.kind == "enum":
        for n, other in ((x, y), (y, x)):
            if other.op is CONST:
                _check_values(n, frozenset([other.meta]))
    return Node(op, (x, y), _level(x, y), "bool")


def all_of(*conds: Any) -> Node:
    """Kleene and: ``False`` if any is ``False``; else unknown if any is unknown; else ``True``."""
    cs = [lift(c) for c in conds]
    for c in cs:
        _need_kind(c, "bool", "all_of / &")
    flat: list[Node] = []
    for c in cs:
        flat.extend(c.args if c.op is AND and c.name is None else (c,))
    return Node(AND, tuple(flat), _level(*flat), "bool")


def any_of(*conds: Any) -> Node:
    """Kleene or: ``True`` if any is ``True``; else unknown if any is unknown; else ``False``."""
    cs = [lift(c) for c in conds]
    for c in cs:
        _need_kind(c, "bool", "any_of / |")
    flat: list[Node] = []
    for c in cs:
        flat.extend(c.args if c.op is OR and c.name is None else (c,))
    return Node(OR, tuple(flat), _level(*flat), "bool")


def if_(cond: Any, then: Any, otherwise: Any) -> Node:
    """``then`` where ``cond`` is true, ``otherwise`` where it is false, unknown where it is unknown (and only the
    condition's facts are then missing: the branch's are asked once the condition is known)."""
    c, a, b = lift(cond), lift(then), lift(otherwise)
    _need_kind(c, "bool", "if_")
    if a.kind != b.kind:
        raise RuleError(f"if_ branches differ in kind: {a.kind} and {b.kind}")
    return Node(IF, (c, a, b), _level(c, a, b), a.kind, unit=a.unit or b.unit)


def minimum(*xs: Any) -> Node:
    ns = [lift(x) for x in xs]
    for n in ns:
        if n.kind not in ("num", "date"):
            raise RuleError("minimum() takes numbers or dates")
    return Node(MIN, tuple(ns), _level(*ns), ns[0].kind, unit=next((n.unit for n in ns if n.unit), ""))


def maximum(*xs: Any) -> Node:
    ns = [lift(x) for x in xs]
    for n in ns:
        if n.kind not in ("num", "date"):
            raise RuleError("maximum() takes numbers or dates")
    return Node(MAX, tuple(ns), _level(*ns), ns[0].kind, unit=next((n.unit for n in ns if n.unit), ""))


def window(start: Any, end: Any) -> Node:
    """An inclusive window whose ends are date expressions (an item's own period, say)."""
    s, e = lift(start), lift(end)
    _need_kind(s, "date", "window()")
    _need_kind(e, "date", "window()")
    return Node(WINDOW, (s, e), _level(s, e), "window")


def overlap_days(start: Any, end: Any, win: Window) -> Node:
    """Days of the period ``start..end`` (date expressions, inclusive) inside the declared window ``win`` (0 when they
    do not meet)."""
    s, e = lift(start), lift(end)
    _need_kind(s, "date", "overlap_days()")
    _need_kind(e, "date", "overlap_days()")
    if not isinstance(win, Window) or win.end is None:
        raise RuleError("overlap_days() takes a closed Window")
    return Node(OVERLAP_DAYS, (s, e), _level(s, e), "num", win, unit="days")


def month_shares(start: Any, end: Any, win: Window) -> list[tuple[Window, Node]]:
    """Each calendar month of ``win`` (clipped to it) with the share of the month's days that the period
    ``start..end`` covers inside it, exact: ``[(Feb 2020, 10/29), (Mar 2020, 0)]`` for a lease ending 2020-02-10.
    For monthly amounts (a month's rent × the share of the month the lease covers)."""
    out: list[tuple[Window, Node]] = []
    for m in win.months():
        part = m.intersection(win)
        assert part is not None
        out.append((part, overlap_days(start, end, part) / m.days()))
    return out


def months_covered(start: Any, end: Any, win: Window) -> Node:
    """The months of ``win`` the period ``start..end`` covers, as an exact number of months."""
    shares = [s for _, s in month_shares(start, end, win)]
    total: Node = shares[0]
    for x in shares[1:]:
        total = total + x
    return total


def tier(value: Any, table: Iterable[tuple[Any, Any]], below: Any = 0) -> Node:
    """The amount of the highest tier whose lower bound ``value`` reaches (``table``: ``(lower bound, amount)``
    pairs, "N人以上(含 N人)"), or ``below`` under the first bound."""
    out = lift(below)
    for lo, amount in sorted(table, key=lambda t: t[0]):
        out = if_(lift(value) >= lo, amount, out)
    return out


@dataclass(frozen=True)
class Table:
    """A function of facts the texts rely on but do not print (benchmark rates, the SME size standard): evaluated
    by ``scalar(*values)`` for one firm and ``vector(*columns)`` for many (see :mod:`.tables`).

    ``scalar`` returns ``(value, None)`` or ``(None, missing_path)`` when no value exists (a date before the table);
    ``vector`` returns ``(column, unknown_mask)``. ``missing`` is the path reported for such a row.
    ``describe(value, *inputs)`` gives the explanation's words for a value (with its source)."""

    name: str
    kind: Kind
    scalar: Callable[..., Any]
    vector: Callable[..., Any]
    missing: str
    describe: Callable[..., str]
    unit: str = ""


def table(t: Table, *args: Any) -> Node:
    ns = tuple(lift(a) for a in args)
    return Node(TABLE, ns, _level(*ns), t.kind, t, unit=t.unit)


__all__ = [
    "Kind", "Node", "Op", "RuleError", "Table", "all_of", "any_of", "binary", "compare", "const", "if_", "lift",
    "maximum", "minimum", "month_shares", "months_covered", "overlap_days", "param", "table", "tier", "window",
]
