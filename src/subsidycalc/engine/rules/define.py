"""Writing a measure once: the context a definition receives, and the statements it makes.

A definition is a Python function ``def rule(r: Rule) -> None`` that reads as the text does — its numbers
(``r.n.share``), the facts it needs (``r.fact.workforce.ui_insured_avg_2019``, ``r.items("loans")``), its
conditions (``r.require(...)``), its arithmetic (``r.step(...)``) and its amount (``r.pay(...)``). It runs once per
set of readings (:class:`~subsidycalc.Assumptions`), building a :class:`Definition`: a graph of expressions
(:mod:`.nodes`) and a list of statements that both evaluators execute in order.

Statements, and what each does to a firm (three-valued, as the texts are read):

- ``require(cond, met, failed)``: ``cond`` true → "✓ met"; false → the measure is *ineligible* ("✗ failed"), nothing
  after it is evaluated; unknown → the facts that would decide it are *missing*, and evaluation goes on (so every
  missing fact is collected; a later failed condition still makes the measure ineligible).
- ``need(expr, what)``: ``expr`` unknown → its facts are missing.
- ``settle()``: if anything is missing, the measure is *undetermined* here.
- ``select(items, ...)``: which items of a list section qualify, item by item (the first failed condition rules an
  item out with its reason; an item with an unknown condition makes its facts missing).
- ``step(name, expr)``: a line of the explanation's arithmetic, generated from the values.
- ``pay(amount, low=, high=)``: the amount (exact; the engine rounds once); unknown → its facts are missing and the
  measure is undetermined.
- ``unquantified(why)``: eligible, but the text sets no number; ``effect(key, text)``: a non-cash effect;
  ``parts(items, amount)``: the share of each item (for stacking rules declared per item).
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..measure import Params
from ..periods import Window
from . import nodes as N
from .nodes import Node, RuleError, Table
from .schema import FactSpec, Schema, firm_schema


# =====================================================================================================
# Statements
# =====================================================================================================
@dataclass(frozen=True, slots=True, eq=False)
class Require:
    cond: Node
    met: str
    failed: str
    unknown: str | None = None
    args: tuple[Node, ...] = ()
    """The values that fill the words' ``{}`` (default: the condition's operands)."""


@dataclass(frozen=True, slots=True, eq=False)
class Need:
    expr: Node
    what: str


@dataclass(frozen=True, slots=True, eq=False)
class Settle:
    pass


@dataclass(frozen=True, slots=True, eq=False)
class Note:
    text: str
    when: Node | None = None
    args: tuple[Node, ...] = ()
    """The firm-level values that fill the text's ``{}``."""


@dataclass(frozen=True, slots=True, eq=False)
class Step:
    name: str
    expr: Node
    where: Node | None = None
    args: tuple[Node, ...] = ()
    """The values that fill the name's ``{}`` (item by item for item-level values: a lease's use, its dates)."""
    label: Node | None = None
    """An item-level value naming the item's line instead of "hire 0" (a partition's key: the year of the hires)."""
    decided_only: bool = False
    """Not shown for an undetermined award (a line whose value is only a default until the facts are known)."""


@dataclass(frozen=True, slots=True, eq=False)
class Select:
    section: str
    label: str
    only: Node | None
    conds: tuple[tuple[Node, str], ...]
    needs: tuple[Node, ...]
    result: Node
    none: str | None


@dataclass(frozen=True, slots=True, eq=False)
class Pay:
    amount: Node
    low: Node
    high: Node
    met: str | None


@dataclass(frozen=True, slots=True, eq=False)
class Unquantified:
    why: str
    needs: tuple[str, ...]
    when: Node | None = None
    partial: bool = False


@dataclass(frozen=True, slots=True, eq=False)
class Effect:
    key: str
    text: str
    args: tuple[Node, ...]
    where: Node | None = None


@dataclass(frozen=True, slots=True, eq=False)
class Parts:
    section: str
    amount: Node
    where: Node | None


Statement = Require | Need | Settle | Note | Step | Select | Pay | Unquantified | Effect | Parts


# =====================================================================================================
# Access to facts, items, numbers
# =====================================================================================================
class Facts:
    """``r.fact.workforce.ui_insured_avg_2019``: the profile's firm-level facts by attribute (a typo is an error
    naming close paths)."""

    __slots__ = ("_r", "_prefix")

    def __init__(self, r: Rule, prefix: str = "") -> None:
        self._r = r
        self._prefix = prefix

    def __getattr__(self, name: str) -> Any:
        path = f"{self._prefix}{name}"
        schema = self._r.schema
        if path in schema.facts and schema.facts[path].section is None:
            return self._r.fact_node(path)
        if path in schema.presence and path not in schema.sections:
            return Facts(self._r, path + ".")
        if path in schema.sections:
            raise RuleError(f"{path} is a list section: use r.items({path!r})")
        schema.fact(path)  # raises with close matches
        raise RuleError(f"{path} is not a firm-level fact")


class Items:
    """The items of one list section of the profile (``r.items("loans")``): item facts by attribute
    (``loans.principal``), the item's position (``loans.index``), and aggregates back to the firm."""

    def __init__(self, r: Rule, section: str) -> None:
        if section not in r.schema.sections:
            raise RuleError(f"the profile has no list section {section!r}; sections: {sorted(r.schema.sections)}")
        self._r = r
        self.section = section
        self.given = Node(N.LIST_GIVEN, (), None, "bool", section)
        """The profile gives the list (an empty list means none): true, or unknown with the section's path missing
        (``r.require(loans.given, ...)``)."""
        self.index = Node(N.ITEM_INDEX, (), section, "num", section)
        """The item's position in the profile's list (0, 1, ...)."""

    def __getattr__(self, name: str) -> Node:
        if name.startswith("_"):
            raise AttributeError(name)
        return self.fact(name)

    def __getitem__(self, path: str) -> Node:
        """An item fact by name, also one whose name is a method here (``hires["count"]``)."""
        return self.fact(path)

    def fact(self, path: str) -> Node:
        spec = self._r.schema.item_fact(self.section, path)
        return self._r.item_fact_node(spec)

    def _value(self, value: Any) -> Node:
        v = N.lift(value)
        if v.level not in (None, self.section):
            raise RuleError(f"an expression over {v.level} items cannot be aggregated over {self.section}")
        return v

    def _where(self, where: Any) -> Node | None:
        if where is None:
            return None
        w = self._value(where)
        if w.kind != "bool":
            raise RuleError("where= takes a condition")
        return w

    def sum(self, value: Any, where: Any = None) -> Node:
        """Σ ``value`` over the items where ``where`` holds: unknown if an item's ``where`` is unknown, or a counted
        item's value is; 0 over no item."""
        v = self._value(value)
        w = self._where(where)
        return Node(N.SUM, (v,) + ((w,) if w is not None else ()), None, "num", self.section, unit=v.unit)

    def count(self, where: Any = None) -> Node:
        w = self._where(where)
        return Node(N.COUNT, (w,) if w is not None else (), None, "num", self.section)

    def any(self, cond: Any) -> Node:
        """Kleene ∃: true if an item's ``cond`` is true; false if every item's is false (or there is none)."""
        return Node(N.ANY, (self._where(cond),), None, "bool", self.section)  # type: ignore[arg-type]

    def all(self, cond: Any) -> Node:
        return Node(N.ALL, (self._where(cond),), None, "bool", self.section)  # type: ignore[arg-type]

    def max(self, value: Any, where: Any = None, empty: Any = 0) -> Node:
        """The largest ``value`` of the items where ``where`` holds (``empty`` when there is none)."""
        v = self._value(value)
        w = self._where(where)
        return Node(N.AMAX, (v, N.const(empty)) + ((w,) if w is not None else ()), None, v.kind, self.section,
                    unit=v.unit)

    def min(self, value: Any, where: Any = None, empty: Any = 0) -> Node:
        v = self._value(value)
        w = self._where(where)
        return Node(N.AMIN, (v, N.const(empty)) + ((w,) if w is not None else ()), None, v.kind, self.section,
                    unit=v.unit)

    def partition_sum(self, key: Any, value: Any, where: Any = None) -> Node:
        """For each item, Σ ``value`` over the items of its firm with the same ``key`` where ``where`` holds (hires of
        the same year, say); an item-level value."""
        k, v = self._value(key), self._value(value)
        w = self._where(where)
        return Node(N.PSUM, (k, v) + ((w,) if w is not None else ()), self.section, "num", self.section,
                    unit=v.unit)

    def first_in_partition(self, key: Any, where: Any = None) -> Node:
        """For each item, whether it is the first (in the profile's order) of its firm's items with its ``key`` where
        ``where`` holds: to count each partition once (``sum(f(partition_sum), where=first_in_partition)``)."""
        k = self._value(key)
        w = self._where(where)
        return Node(N.PFIRST, (k,) + ((w,) if w is not None else ()), self.section, "bool", self.section)


class Numbers:
    """``r.n.share``: a declared number (``Param``) as an expression that carries its citation; ``r.n["share"]`` the
    ``Param`` itself; ``r.value("share")`` its plain value for Python (a window to build on, a tier table)."""

    __slots__ = ("_r",)

    def __init__(self, r: Rule) -> None:
        self._r = r

    def __getattr__(self, name: str) -> Node:
        return self._r.param_node(name)

    def __getitem__(self, name: str) -> Any:
        return self._r.params[name]


# =====================================================================================================
# The context of a definition
# =====================================================================================================
class Rule:
    """What a definition receives: the measure's numbers, the readings of this run, the facts, the statements."""

    def __init__(self, measure: Any, assumptions: Any, schema: Schema | None = None) -> None:
        self.measure = measure
        self.params: Params = measure.params
        self.assumptions = assumptions
        self.schema = schema or firm_schema()
        self.statements: list[Statement] = []
        self.readings_used: dict[str, Any] = {}
        self._facts: dict[str, Node] = {}
        self._params: dict[str, Node] = {}
        self.fact = Facts(self)
        self.n = Numbers(self)
        self.depends: list[str] = []

    # -- facts ---------------------------------------------------------------------------------------------
    def fact_node(self, path: str) -> Node:
        node = self._facts.get(path)
        if node is None:
            spec = self.schema.fact(path)
            if spec.section is not None:
                raise RuleError(f"{path} is a field of {spec.section} items: use r.items({spec.section!r})")
            node = self._facts[path] = Node(N.FACT, (), None, _node_kind(spec), spec, unit=_fact_unit(spec))
        return node

    def item_fact_node(self, spec: FactSpec) -> Node:
        key = f"{spec.section}::{spec.path}"
        node = self._facts.get(key)
        if node is None:
            node = self._facts[key] = Node(N.ITEM_FACT, (), spec.section, _node_kind(spec), spec,
                                           unit=_fact_unit(spec))
        return node

    def present(self, path: str) -> Node:
        """Whether the profile gives the section ``path`` at all (``lending``: a lender; ``guarantor``: a guarantee
        company). Never unknown."""
        if path not in self.schema.presence:
            raise RuleError(f"the profile has no section {path!r}")
        return Node(N.PRESENT, (), None, "bool", path)

    def items(self, section: str) -> Items:
        return Items(self, section)

    def size(self) -> Node:
        """The firm's size: the declared ``size``, else classified from ``industry`` and its figures by the SME size
        standard (工信部联企业〔2011〕300号); unknown (with the figures it needs as missing) when neither is possible."""
        deps = tuple(self.fact_node(p) for p in ("size", "industry", "employees", "revenue", "assets"))
        return Node(N.SIZE, deps, None, "enum", ("micro", "small", "medium", "large"))

    # -- numbers and readings ------------------------------------------------------------------------------
    def param_node(self, name: str) -> Node:
        node = self._params.get(name)
        if node is None:
            try:
                p = self.params[name]
            except KeyError:
                raise RuleError(f"measure {self.measure.id} declares no number {name!r}; declared: "
                                f"{sorted(self.params)}") from None
            node = self._params[name] = N.param(name, p)
        return node

    def value(self, name: str) -> Any:
        """The plain value of a declared number, for Python (a window to shift by a reading, a tier table)."""
        try:
            return self.params[name].value
        except KeyError:
            raise RuleError(f"measure {self.measure.id} declares no number {name!r}") from None

    def reading(self, name: str) -> Any:
        """The value of a reading in this run, recorded on the award. The measure must declare it."""
        if name not in self.measure.readings:
            raise RuleError(f"measure {self.measure.id} reads {name!r} without declaring it in readings=")
        value = getattr(self.assumptions, name)
        self.readings_used[name] = value
        return value

    def choose(self, name: str, options: Mapping[Any, Any]) -> Any:
        """The option of a ``Literal`` reading: ``options`` must name every allowed value, no more (a typo is an
        error here, never a silent fall into an ``else``)."""
        value = self.reading(name)
        ann = type(self.assumptions).model_fields[name].annotation
        allowed = set(typing.get_args(ann)) if typing.get_origin(ann) is typing.Literal else None
        if allowed is not None and set(options) != allowed:
            raise RuleError(f"choose({name!r}): options {sorted(map(str, options))} differ from the reading's "
                            f"values {sorted(map(str, allowed))}")
        return options[value]

    def flag(self, name: str) -> bool:
        """A ``bool`` reading."""
        ann = type(self.assumptions).model_fields[name].annotation
        if ann is not bool:
            raise RuleError(f"reading {name!r} is not a bool")
        return bool(self.reading(name))

    def table(self, t: Table, *args: Any) -> Node:
        return N.table(t, *args)

    def award(self, measure_id: str) -> AwardRef:
        """Another measure's award for this firm (before stacking), as expressions: ``.eligible`` (a condition) and
        ``.amount``. Declares the dependency: the engine evaluates that measure first."""
        if measure_id not in self.depends:
            self.depends.append(measure_id)
        return AwardRef(Node(N.AWARD, (), None, "bool", (measure_id, "eligible")),
                        Node(N.AWARD, (), None, "num", (measure_id, "amount"), unit="yuan"),
                        Node(N.AWARD, (), None, "bool", (measure_id, "undetermined")))

    # -- statements ----------------------------------------------------------------------------------------
    def require(self, cond: Any, met: str, failed: str, unknown: str | None = None, args: Iterable[Any] = ()) -> Node:
        """A condition of the text (see the module docstring). ``met``/``failed`` may hold ``{}``, filled with the
        values of ``args`` (default: the condition's operands — ``size {}`` shows the size); ``met`` may be empty
        (nothing shown when met)."""
        c = N.lift(cond)
        _firm_level(c, "require")
        if c.kind != "bool":
            raise RuleError("require() takes a condition")
        a = tuple(N.lift(x) for x in args)
        for x in a:
            _firm_level(x, "require(args=...)")
        self.statements.append(Require(c, met, failed, unknown, a))
        return c

    def need(self, expr: Any, what: str) -> Node:
        e = N.lift(expr)
        _firm_level(e, "need")
        self.statements.append(Need(e, what))
        return e

    def settle(self) -> None:
        self.statements.append(Settle())

    def fail(self, failed: str) -> None:
        """Unconditionally ineligible (under a reading that rules the measure out, say)."""
        self.statements.append(Require(N.const(False), failed, failed))

    def note(self, text: str, when: Any = None, args: Iterable[Any] = ()) -> None:
        """A reason line (a fact of the explanation that is not a condition), optionally only ``when`` true; ``{}`` in
        ``text`` are filled with the values of the firm-level ``args`` (a date the firm gave)."""
        a = tuple(N.lift(x) for x in args)
        for x in a:
            _firm_level(x, "note(args=...)")
        self.statements.append(Note(text, None if when is None else N.lift(when), a))

    def step(self, name: str, expr: Any, where: Any = None, *, args: Iterable[Any] = (), label: Any = None,
             decided_only: bool = False) -> Node:
        """A line of arithmetic: ``name = formula = value``, generated from the values (for item-level ``expr``,
        one line per item where ``where`` holds). ``{}`` in ``name`` are filled with the values of ``args`` (for an
        item-level ``expr``, the item's own: ``"rent waived {}..{}"`` with its dates); ``label`` (item-level) names
        each item's line by its value instead of "hire 0" (a partition's key: "2020: …"); ``decided_only``: the
        line is not shown for an undetermined award (its value is only a default until the facts are known)."""
        e = N.lift(expr)
        if e.name is None:
            e.name = name
        a = tuple(N.lift(x) for x in args)
        for x in a:
            if x.level not in (None, e.level):
                raise RuleError(f"step(args=...): a value over {x.level} items in a step over "
                                f"{e.level or 'the firm'}")
        lab = None if label is None else N.lift(label)
        if lab is not None and (e.level is None or lab.level not in (None, e.level)):
            raise RuleError("step(label=...) names the lines of an item-level step, by a value of its items")
        self.statements.append(Step(name, e, None if where is None else N.lift(where), a, lab, decided_only))
        return e

    def select(self, items: Items, *conds: tuple[Any, str], only: Any = None, needs: Iterable[Any] = (),
               label: str | None = None, none: str | None = None) -> Node:
        """The items that qualify: each ``(condition, reason it fails)`` in the text's order. An item whose ``only``
        is false is passed over silently (not the kind the measure is about); an item with a false condition is
        ruled out with the first such reason; an item with an unknown condition — or an unknown fact of ``needs`` —
        has its facts missing. With ``none``: settle, then fail with ``none`` when no item qualifies.

        Returns the item-level condition "the item qualifies" (for ``items.sum(..., where=...)``)."""
        cs = tuple((N.lift(c), text) for c, text in conds)
        for c, _ in cs:
            if c.level not in (None, items.section) or c.kind != "bool":
                raise RuleError(f"select(): conditions must be over {items.section} items")
        o = None if only is None else N.lift(only)
        nd = tuple(N.lift(x) for x in needs)
        parts = [c for c, _ in cs] + [x.defined() for x in nd]
        every = ([o] if o is not None else []) + parts + [items.index.known()]  # one value per item, always
        result = N.all_of(*every)
        self.statements.append(Select(items.section, label or items.section, o, cs, nd, result, none))
        if none is not None:
            self.settle()
            from ...i18n import Msg  # noqa: PLC0415 - i18n imports nothing of the engine, but keep it lazy as territory() does

            self.require(items.any(result), Msg.pair(f"at least one of {items.section} qualifies",
                                                     f"{items.section} 中至少一项符合条件"), none)
        return result

    def pay(self, amount: Any, low: Any = None, high: Any = None, met: str | None = None) -> None:
        a = N.lift(amount)
        lo = a if low is None else N.lift(low)
        hi = a if high is None else N.lift(high)
        for x in (a, lo, hi):
            _firm_level(x, "pay")
            if x.kind != "num":
                raise RuleError("pay() takes amounts")
        self.statements.append(Pay(a, lo, hi, met))

    def unquantified(self, why: str, needs: Iterable[str] = ()) -> None:
        """Eligible, but the text sets no number ("适当补贴") and no reading supplies one: the amount is 0 and
        ``quantified`` false, ``needs`` naming what would quantify it."""
        self.statements.append(Unquantified(why, tuple(needs)))

    def incomplete(self, why: str, needs: Iterable[str], when: Any = None) -> None:
        """The amount paid is only the part the text quantifies (where ``when`` holds): ``quantified`` false, with
        ``needs`` naming the figures that would quantify the rest (a public figure the seed does not print).
        Placed after ``pay``; the amount stays what was paid."""
        w = None if when is None else N.lift(when)
        if w is not None:
            _firm_level(w, "incomplete(when=...)")
        self.statements.append(Unquantified(why, tuple(needs), w, True))

    def effect(self, key: str, text: str, *args: Any, where: Any = None) -> None:
        """A non-cash effect (a deferral, a new due date); ``text`` may hold ``{}`` filled with ``args``' values.
        With item-level ``args`` (an item's new due date), one effect per item where ``where`` holds, keyed
        ``"{key} {section} {i}"``."""
        a = tuple(N.lift(x) for x in args)
        N._level(*a) if a else None
        self.statements.append(Effect(key, text, a, None if where is None else N.lift(where)))

    def parts(self, items: Items, amount: Any, where: Any = None) -> None:
        """Each item's share of the amount (``leases.0``...), for stacking rules declared per item."""
        a = N.lift(amount)
        if a.level != items.section:
            raise RuleError("parts(): the amount must be per item")
        self.statements.append(Parts(items.section, a, None if where is None else N.lift(where)))


def _firm_level(node: Node, what: str) -> None:
    if node.level is not None:
        raise RuleError(f"{what}() takes a firm-level expression; aggregate the {node.level} items first "
                        "(items.sum / any / all / count)")


def _node_kind(spec: FactSpec) -> str:
    return {"money": "num", "number": "num", "count": "num", "flag": "bool", "date": "date", "enum": "enum",
            "text": "text", "strlist": "strlist"}[spec.kind]


def _fact_unit(spec: FactSpec) -> str:
    return spec.unit


# =====================================================================================================
# A staged definition
# =====================================================================================================
@dataclass(frozen=True)
class AwardRef:
    eligible: Node
    amount: Node
    undetermined: Node


@dataclass
class Definition:
    """A measure's graph for one set of readings: its statements, every node (in evaluation order) and what it
    reads. Built by :func:`stage`; run by :mod:`.traced` and :mod:`.columnar`."""

    measure: Any
    statements: list[Statement]
    nodes: list[Node]
    readings: dict[str, Any]
    depends: tuple[str, ...]
    facts: list[FactSpec] = field(default_factory=list)
    """The facts it reads, firm-level and per item, in the order first read."""
    param_nodes: list[Node] = field(default_factory=list)
    compiled: Any = None
    """The traced evaluator's compiled form (built on first use, :mod:`.compiled`)."""
    compiled_source: str = ""


def _collect(stmts: list[Statement]) -> list[Node]:
    seen: dict[int, Node] = {}
    order: list[Node] = []

    def visit(n: Node) -> None:
        stack: list[tuple[Node, bool]] = [(n, False)]
        while stack:
            node, done = stack.pop()
            if id(node) in seen and not done:
                continue
            if done:
                if id(node) not in seen:
                    seen[id(node)] = node
                    order.append(node)
                continue
            stack.append((node, True))
            for a in reversed(node.args):
                if id(a) not in seen:
                    stack.append((a, False))

    for s in stmts:
        for n in _stmt_nodes(s):
            visit(n)
    return order


def _stmt_nodes(s: Statement) -> list[Node]:
    if isinstance(s, Require):
        return [s.cond, *s.args]
    if isinstance(s, Need):
        return [s.expr]
    if isinstance(s, Note):
        return ([s.when] if s.when is not None else []) + list(s.args)
    if isinstance(s, Step):
        return [s.expr] + ([s.where] if s.where is not None else []) + list(s.args) + \
            ([s.label] if s.label is not None else [])
    if isinstance(s, Select):
        return [s.result] + [c for c, _ in s.conds] + list(s.needs) + ([s.only] if s.only is not None else [])
    if isinstance(s, Pay):
        return [s.amount, s.low, s.high]
    if isinstance(s, Effect):
        return list(s.args) + ([s.where] if s.where is not None else [])
    if isinstance(s, Parts):
        return [s.amount] + ([s.where] if s.where is not None else [])
    if isinstance(s, Unquantified):
        return [s.when] if s.when is not None else []
    return []


ENGINE_SCOPES = ("district", "district_and_tax")


def territory(r: Rule) -> None:
    """The document's district-wide scope clause (or the measure's own), when the engine applies it: registered in
    the district (unknown: ``district`` missing), and for ``district_and_tax`` paying tax there (``tax_district``,
    by default the registration district). A firm of another district never reaches a measure's statements (the
    engine rules it out before: :func:`subsidycalc.engine.estimate.quick_reason`)."""
    m = r.measure
    if m.effective_territory not in ENGINE_SCOPES:
        return
    from ...i18n import Msg
    from ...profile.industries import DISTRICT_ZH

    here = DISTRICT_ZH.get(m.district, m.district)
    district = r.fact.district
    r.require(district.eq(m.district), Msg("registered_in", here=here), Msg("not_registered_in", here=here),
              unknown=Msg("registered_in_unknown", here=here))
    if m.effective_territory == "district_and_tax":
        tax = r.fact.tax_district.default(district)
        r.require(N.if_(tax.known(), tax.eq(m.district), True), Msg("pays_tax_in", here=here),
                  Msg("tax_elsewhere", here=here), args=(tax,))


def stage(measure: Any, assumptions: Any, rule: Callable[[Rule], None] | None = None) -> Definition:
    """Run a measure's definition under ``assumptions`` and return its graph."""
    r = Rule(measure, assumptions)
    territory(r)
    (rule or measure.rule)(r)
    if not any(isinstance(s, Pay | Unquantified) for s in r.statements):
        raise RuleError(f"measure {measure.id}: its definition ends without pay() or unquantified()")
    nodes = _collect(r.statements)
    for i, n in enumerate(nodes):
        if n.idx != -1:
            raise RuleError(f"measure {measure.id}: an expression is shared with another definition ({n!r}); build "
                            "expressions inside the definition function")
        n.idx = i
    facts: list[FactSpec] = []
    for n in nodes:
        if n.op in (N.FACT, N.ITEM_FACT) and n.meta not in facts:
            facts.append(n.meta)
        if n.op is N.SIZE:
            for a in n.args:
                if a.meta not in facts:
                    facts.append(a.meta)
    params = [n for n in nodes if n.op is N.PARAM]
    return Definition(measure, r.statements, nodes, dict(r.readings_used), tuple(r.depends), facts, params)


__all__ = [
    "AwardRef", "Definition", "Effect", "Facts", "Items", "Need", "Note", "Numbers", "Parts", "Pay", "Require",
    "Rule", "Select", "Settle", "Statement", "Step", "Unquantified", "Window", "stage",
]
