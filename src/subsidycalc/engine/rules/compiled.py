"""The traced evaluator's compiled form: a definition as one generated Python function.

:func:`compile_traced` turns a :class:`~.define.Definition` into straight-line Python: before each statement, the
expressions it needs that are not computed yet, in dependency order, each written out (a fact read as attribute
access, ``a + b`` with the unknown check, Kleene logic on ``True``/``False``/``None``) or, for the rarer operations
(aggregates over items, tables), a call of the interpreter's implementation (the size standard: its memoised
answer, :func:`.traced.size_of`). A firm-level ``if_`` computes only the branch it takes; neighbouring element-wise
nodes of one item section (an item fact, a comparison, Kleene logic per item) are computed together in one loop
over the items. The function writes the fields of its ``Eval`` and ``Trace`` itself and logs a met or failed
condition with a tuple built once. Then the statement's handler — the very function the interpreter calls
(:data:`.traced.HANDLERS`) — records reasons, missing facts and steps from the values.

So the compiled function and :func:`.traced.interpret` compute the same values and the same trace (a test runs
both on generated firms); the compiled one skips the per-node dispatch, which is most of the interpreter's time.
``definition.compiled_source`` holds the generated text, for reading and debugging.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any

from ..periods import add_days, add_months
from . import nodes as N
from .define import Definition, Require, Settle, _stmt_nodes
from .nodes import Node
from .traced import (
    FAILED,
    HANDLERS,
    MET,
    SCALAR,
    UNSET,
    Eval,
    Period,
    Trace,
    _add,
    _div,
    _floordiv,
    _mul,
    _notes,
    _sub,
    _within,
    finish,
    h_require_unknown,
    size_of,
)

_INFIX = {N.ADD: "+", N.SUB: "-", N.MUL: "*", N.LT: "<", N.LE: "<=", N.GT: ">", N.GE: ">=", N.EQ: "==",
          N.NE: "!="}
_EXACT = {N.ADD: "_add", N.SUB: "_sub", N.MUL: "_mul"}
#: firm-level strict ops written out: the same expressions as :data:`.traced.SCALAR`'s (``{0}``, ``{1}``: the inputs)
_STRICT = {N.DIV: "_div({0}, {1})", N.FLOORDIV: "_floordiv({0}, {1})", N.YEAR: "{0}.year",
           N.DAYS: "({1} - {0}).days", N.ADD_DAYS: "add_days({0}, NS[{i}].meta)",
           N.ADD_MONTHS: "add_months({0}, NS[{i}].meta)", N.WINDOW: "Period({0}, {1})",
           N.WITHIN: "_within(None, {0}, {1})"}


def _may_be_fraction(node: Node, memo: dict[int, bool]) -> bool:
    got = memo.get(node.idx)
    if got is not None:
        return got
    op = node.op
    if op in (N.DIV,):
        r = True
    elif op in (N.CONST,):
        r = isinstance(node.meta, Fraction)
    elif op is N.PARAM:
        r = isinstance(node.meta[2], Fraction)
    elif op in (N.FACT, N.ITEM_FACT, N.TABLE, N.AWARD, N.COUNT, N.YEAR, N.DAYS, N.OVERLAP_DAYS, N.FLOORDIV,
                N.ITEM_INDEX):
        r = False
    else:
        r = any(_may_be_fraction(a, memo) for a in node.args)
    memo[node.idx] = r
    return r


class _Gen:
    def __init__(self, d: Definition) -> None:
        self.d = d
        self.lines: list[str] = []
        self.frac: dict[int, bool] = {}
        self.consts: dict[int, Any] = {}
        #: element-wise item-level nodes waiting to be written as one loop: (level, indent, [(idx, expr, inputs)])
        self.group: tuple[str, int, list[tuple[int, str, Any]]] | None = None

    def line(self, ind: int, text: str) -> None:
        if self.group:
            self.flush()
        self.lines.append("    " * ind + text)

    def flush(self) -> None:
        """Write the pending item-level group: one loop over the section's items computing each of its nodes'
        element (the same expressions as one list comprehension per node, without a comprehension per node)."""
        level, ind, members = self.group  # type: ignore[misc]
        self.group = None
        mine = {i for i, _, _ in members}
        pad = "    " * ind
        out = self.lines
        out.append(f"{pad}L = ev.items({level!r}); K = len(L) if L else 0")
        for i, _, _ in members:
            out.append(f"{pad}E[{i}] = l{i} = [None] * K")
        out.append(f"{pad}for k in range(K):")
        body = pad + "    "
        if any(srcs is None for _, _, srcs in members):
            out.append(f"{body}it = L[k]")
        for i, expr, srcs in members:
            if srcs is None:  # an item fact: ``expr`` is its attribute
                out.append(f"{body}v{i} = l{i}[k] = it.{expr}")
                continue
            binds = []
            for name, a in srcs:
                if a.level is None:
                    binds.append(f"{name} = E[{a.idx}]")
                elif a.idx in mine:
                    binds.append(f"{name} = v{a.idx}")
                else:
                    binds.append(f"{name} = E[{a.idx}][k]")
            out.append(f"{body}{'; '.join(binds)}")
            out.append(f"{body}v{i} = l{i}[k] = {expr}")

    def join(self, level: str, ind: int, member: tuple[int, str, Any]) -> None:
        """Add an element-wise item-level node to the pending group of ``level`` (flushing another group first)."""
        if self.group is not None and (self.group[0] != level or self.group[1] != ind):
            self.flush()
        if self.group is None:
            self.group = (level, ind, [])
        self.group[2].append(member)

    def emit(self, node: Node, ind: int, comp: set[int]) -> None:
        """Code computing ``node`` (and what it needs) into ``E[node.idx]`` unless ``comp`` has it."""
        i = node.idx
        if i in comp:
            return
        op = node.op
        if op is N.IF and node.level is None:
            c, a, b = node.args
            self.emit(c, ind, comp)
            self.line(ind, f"c = E[{c.idx}]")
            self.line(ind, "if c is None:")
            self.line(ind + 1, f"E[{i}] = None")
            self.line(ind, "elif c:")
            ca = set(comp)
            self.emit(a, ind + 1, ca)
            self.line(ind + 1, f"E[{i}] = E[{a.idx}]")
            self.line(ind, "else:")
            cb = set(comp)
            self.emit(b, ind + 1, cb)
            self.line(ind + 1, f"E[{i}] = E[{b.idx}]")
            comp.add(i)
            return
        for a in node.args:
            self.emit(a, ind, comp)
        comp.add(i)
        if node.level is not None:
            self.emit_items(node, ind)
            return
        args = [f"E[{a.idx}]" for a in node.args]
        if op is N.PARAM:
            self.line(ind, f"E[{i}] = NS[{i}].meta[2]")
        elif op is N.FACT:
            parents = node.meta.parents
            if len(parents) == 1:
                self.line(ind, f"E[{i}] = firm.{parents[0]}")
            else:
                self.line(ind, f"o = firm.{parents[0]}")
                for name in parents[1:-1]:
                    self.line(ind, f"o = o.{name} if o is not None else None")
                self.line(ind, f"E[{i}] = o.{parents[-1]} if o is not None else None")
        elif op in _INFIX and (op not in _EXACT or not any(_may_be_fraction(a, self.frac) for a in node.args)):
            self.line(ind, f"a = {args[0]}; b = {args[1]}")
            self.line(ind, f"E[{i}] = None if a is None or b is None else a {_INFIX[op]} b")
        elif op in _EXACT:
            self.line(ind, f"a = {args[0]}; b = {args[1]}")
            self.line(ind, f"E[{i}] = None if a is None or b is None else {_EXACT[op]}(a, b)")
        elif op is N.ISIN:
            self.line(ind, f"a = {args[0]}")
            self.line(ind, f"E[{i}] = None if a is None else a in NS[{i}].meta")
        elif op is N.AND or op is N.OR:
            win, lose = ("False", "True") if op is N.AND else ("True", "False")
            self.line(ind, f"vs = ({', '.join(args)},)")
            self.line(ind, f"E[{i}] = {win} if {win} in vs else (None if None in vs else {lose})")
        elif op is N.NOT:
            self.line(ind, f"a = {args[0]}")
            self.line(ind, f"E[{i}] = None if a is None else not a")
        elif op is N.KNOWN:
            self.line(ind, f"E[{i}] = {args[0]} is not None")
        elif op is N.DEFINED:
            self.line(ind, f"E[{i}] = None if {args[0]} is None else True")
        elif op is N.DEFAULT:
            self.line(ind, f"a = {args[0]}")
            self.line(ind, f"E[{i}] = {args[1]} if a is None else a")
        elif op is N.WITHIN_CONST:
            w = node.meta
            self.line(ind, f"a = {args[0]}")
            if w.end is None:
                self.line(ind, f"E[{i}] = None if a is None else NS[{i}].meta.start <= a")
            else:
                self.line(ind, f"E[{i}] = None if a is None else NS[{i}].meta.start <= a <= NS[{i}].meta.end")
        elif op in _STRICT:  # the interpreter's strict op (unknown when an input is), without its dispatch
            known = " or ".join(f"{x} is None" for x in args)
            self.line(ind, f"E[{i}] = None if {known} else {_STRICT[op].format(*args, i=i)}")
        elif op is N.SIZE:
            self.line(ind, f"E[{i}] = size_of(ev, {i}, {', '.join(args)})")
        elif op is N.PRESENT:
            from .schema import firm_schema

            self.line(ind, "o = firm")
            for name in firm_schema().presence[node.meta]:
                self.line(ind, f"o = o.{name} if o is not None else None")
            self.line(ind, f"E[{i}] = o is not None")
        else:
            self.line(ind, f"E[{i}] = SC[{i}](ev, NS[{i}])")

    def emit_items(self, node: Node, ind: int) -> None:
        """An item-level node: the element-wise ops (and item facts) joined into one loop over the items with the
        neighbouring ones of the same section (:meth:`flush`), else the interpreter's op."""
        i, op = node.idx, node.op
        level: str = node.level  # type: ignore[assignment]  # an item-level node has its section
        if op is N.ITEM_FACT and len(node.meta.parents) == 1:
            self.join(level, ind, (i, node.meta.parents[0], None))  # [x.attr for x in L] if L else []
            return
        elementwise = op in _INFIX or op in (N.ISIN, N.NOT, N.WITHIN_CONST, N.DEFINED, N.KNOWN, N.AND, N.OR,
                                             N.DEFAULT)
        if not elementwise:
            self.line(ind, f"E[{i}] = SC[{i}](ev, NS[{i}])")
            return
        names = [f"x{k}" for k in range(len(node.args))]
        iters, fixed = [], []
        for name, a in zip(names, node.args, strict=True):
            if a.level is None:
                fixed.append(f"{name} = E[{a.idx}]")
            else:
                iters.append((name, f"E[{a.idx}]"))
        fused = bool(iters) and all(a.level in (None, level) for a in node.args)
        if not fused:
            for f in fixed:
                self.line(ind, f)
        if op in _INFIX:
            lhs, rhs = names
            if op in _EXACT and any(_may_be_fraction(x, self.frac) for x in node.args):
                expr = f"None if {lhs} is None or {rhs} is None else {_EXACT[op]}({lhs}, {rhs})"
            else:
                expr = f"None if {lhs} is None or {rhs} is None else {lhs} {_INFIX[op]} {rhs}"
        elif op is N.ISIN:
            expr = f"None if x0 is None else x0 in NS[{i}].meta"
        elif op is N.NOT:
            expr = "None if x0 is None else not x0"
        elif op is N.WITHIN_CONST:
            w = node.meta
            expr = (f"None if x0 is None else NS[{i}].meta.start <= x0" +
                    (f" <= NS[{i}].meta.end" if w.end is not None else ""))
        elif op is N.DEFINED:
            expr = "None if x0 is None else True"
        elif op is N.KNOWN:
            expr = "x0 is not None"
        elif op is N.DEFAULT:
            expr = "x1 if x0 is None else x0"
        else:
            win, lose = ("False", "True") if op is N.AND else ("True", "False")
            tup = "(" + ", ".join(names) + ",)"
            expr = f"{win} if {win} in {tup} else (None if None in {tup} else {lose})"
        if fused:  # written with the other element-wise nodes of its section, in one loop (:meth:`flush`)
            self.join(level, ind, (i, expr, list(zip(names, node.args, strict=True))))
            return
        if len(iters) == 1:
            name, src = iters[0]
            self.line(ind, f"E[{i}] = [{expr} for {name} in {src}]")
        else:
            self.line(ind, f"E[{i}] = [{expr} for {', '.join(n for n, _ in iters)} in zip({', '.join(s for _, s in iters)})]")


def compile_traced(d: Definition) -> Callable[[Any, Any], Trace]:
    """The compiled form of ``d`` (see the module docstring)."""
    g = _Gen(d)
    base: list[Any] = [UNSET] * len(d.nodes)
    comp: set[int] = set()
    for n in d.nodes:
        if n.op is N.CONST:
            base[n.idx] = n.meta
            comp.add(n.idx)
    g.line(0, "def run(firm, awards):")
    # Eval(D, firm, awards, E) and Trace(dict(READINGS)) written out: the same fields, without two constructor calls
    g.line(1, "ev = NEW(Eval); ev.d = D; ev.firm = firm; ev.env = E = BASE.copy(); ev.miss_env = {}")
    g.line(1, "ev.awards = awards or {}; ev._items = {}; ev.notes = []; ev.side = {}")
    g.line(1, "t = NEW(Trace); t.status = 'running'; t.amount = t.low = t.high = None; t.missing = {}")
    g.line(1, "t.readings = dict(READINGS)")  # each award its own readings (stacking writes into them)
    g.line(1, "t.quantified = True; t.needs = []; t.parts = {}; t.log = log = []; t.ev = ev")
    for k, s in enumerate(d.statements):
        for node in _stmt_nodes(s):
            g.emit(node, 1, comp)
        if isinstance(s, Require):  # the common case inline: met, or failed and stop
            g.line(1, f"v = E[{s.cond.idx}]")
            g.line(1, "if ev.notes:")
            g.line(2, "_notes(ev, t)")
            g.line(1, "if v is True:")
            g.line(2, f"log.append(LOGGED[{k}][0])")  # (MET, ST[k]), built once with the function
            g.line(1, "elif v is False:")
            g.line(2, f"log.append(LOGGED[{k}][1])")  # (FAILED, ST[k])
            g.line(2, "t.status = 'ineligible'")
            g.line(2, "if t.missing:")  # finish(t), written out
            g.line(3, "t.missing = {}")
            g.line(2, "return t")
            g.line(1, "else:")
            g.line(2, f"h_require_unknown(ev, t, ST[{k}])")
        elif isinstance(s, Settle):
            g.line(1, "if t.missing:")
            g.line(2, "t.status = 'undetermined'")
            g.line(2, "return t")
        else:
            g.line(1, f"if not H[{k}](ev, t, ST[{k}]):")
            g.line(2, "return finish(t)")
    g.line(1, "return finish(t)")
    src = "\n".join(g.lines) + "\n"
    namespace: dict[str, Any] = {
        "BASE": base, "D": d, "Eval": Eval, "NEW": object.__new__, "Trace": Trace, "READINGS": dict(d.readings), "finish": finish,
        "SC": [SCALAR[n.op] for n in d.nodes], "NS": d.nodes, "H": [HANDLERS[type(s)] for s in d.statements],
        "ST": d.statements, "LOGGED": [((MET, st), (FAILED, st)) for st in d.statements], "_add": _add, "_sub": _sub, "_mul": _mul, "MET": MET, "FAILED": FAILED, "_notes": _notes,
        "h_require_unknown": h_require_unknown, "size_of": size_of,
        "_div": _div, "_floordiv": _floordiv, "add_days": add_days, "add_months": add_months, "Period": Period,
        "_within": _within,
    }
    code = compile(src, f"<rule {d.measure.id}>", "exec")
    exec(code, namespace)  # noqa: S102 - the text is generated above from the definition's own graph
    d.compiled_source = src
    return namespace["run"]  # type: ignore[no-any-return]


__all__ = ["compile_traced"]
