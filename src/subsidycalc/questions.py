"""What to tell us next: the facts a firm's estimate still misses, ranked by what answering them could unlock.

:func:`questions` takes a :class:`~subsidycalc.Report` and returns one :class:`Question` per missing fact of its
undetermined relief measures, with

- the measures the fact would help decide;
- the most relief those measures could pay (``up_to``, the sum of their bounds), found by *trying answers*: each
  undetermined measure is evaluated again, alone, with its missing facts set to probe values of their type (both
  values of a flag, every value of an enum, a few dates of 2019–2020, amounts at two large scales). The largest
  amount a probe reaches is the measure's bound when it does not grow with the amounts given; a measure whose amount
  keeps growing with them, or whose text leaves the amount open, is *not fixed by the text* (``open_ended``);
- the facts that only become needed once this one is known (``then``), so that the user sees them now as "asked
  after …" instead of one round later.

Questions are ranked by ``up_to``, then by the number of measures they touch. Probing reruns single measures only
(a few hundred evaluations at most) and never changes the report.
"""

from __future__ import annotations

import copy
import itertools
import random
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as _field  # a Question has its own attribute named field
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

ZERO = Decimal(0)
#: probe dates: both years' main relief windows (the texts' periods lie in 2019-2020)
PROBE_DATES = ("2019-06-15", "2020-01-15", "2020-02-15", "2020-04-15", "2020-07-15", "2020-12-15")
#: probe amounts (yuan): a measure whose amount differs between the last two has no bound in the text
PROBE_MONEY = ("100000", "100000000", "10000000000")
PROBE_COUNT = (1, 12, 100, 1000)
PROBE_RATE = ("0.05", "0.5")
#: at most this many probes per measure (combinations beyond it are sampled, with a fixed seed)
MAX_PROBES = 48


@dataclass
class Question:
    """One fact to give next."""

    path: str
    """The profile path the estimate reported missing (``loans.0.disbursed_on``, ``trainings``)."""
    field: str
    """The schema's path (list indices left out: ``loans.disbursed_on``)."""
    description: str
    kind: str
    """money, number, count, date, flag, enum, text, list (a list section)."""
    values: tuple[str, ...]
    """The allowed values of an enum."""
    measures: list[str]
    up_to: Decimal
    """The most relief the measures it touches could pay, summed over those whose amount the text bounds."""
    open_ended: list[str] = _field(default_factory=list)
    """Measures among ``measures`` whose amount is not fixed by the text."""
    depends: list[str] = _field(default_factory=list)
    """Measures among ``measures`` whose amount depends on figures not given yet (it grows with them, or no answer
    tried decided the measure)."""
    then: list[str] = _field(default_factory=list)
    """Facts asked after this one (needed once it is known)."""
    asked_after: list[str] = _field(default_factory=list)
    """For a fact not yet missing: the missing facts it is asked after."""

    @property
    def value_words(self) -> str:
        if not self.up_to:
            if self.open_ended:
                return "amount not fixed by the text"
            if self.depends:
                return "amount depends on figures not given yet"
            return "relief in kind (a deferral or a waiver: no amount in yuan)"
        words = f"up to {self.up_to:,.2f} yuan"
        return words + (" and more where the amount is open" if self.open_ended or self.depends else "")

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "field": self.field, "description": self.description, "kind": self.kind,
                "values": list(self.values), "measures": self.measures, "up_to": f"{self.up_to:.2f}",
                "open_ended": self.open_ended, "depends": self.depends, "value": self.value_words, "then": self.then,
                "asked_after": self.asked_after}


def _schema_key(path: str) -> str:
    return ".".join(p for p in path.split(".") if not p.isdigit())


def _spec(path: str) -> tuple[str, str, tuple[str, ...]]:
    """(kind, description, values) of a missing path: a leaf fact, or a list section / sub-model."""
    from .engine.rules.schema import firm_schema

    s = firm_schema()
    key = _schema_key(path)
    if key in s.facts:
        f = s.facts[key]
        return f.kind, f.description, f.values
    if key in s.sections:
        doc = (s.sections[key].model.__doc__ or "").strip().splitlines()
        return "list", (doc[0] if doc else key), ()
    return "section", key, ()


def _probe_values(path: str) -> tuple[Any, ...]:
    kind, _, values = _spec(path)
    if kind == "flag":
        return (True, False)
    if kind == "enum":
        return values
    if kind == "date":
        return PROBE_DATES
    if kind == "money":
        return PROBE_MONEY
    if kind == "count":
        return PROBE_COUNT
    if kind == "number":
        from .engine.rules.schema import firm_schema

        unit = firm_schema().facts[_schema_key(path)].unit
        return PROBE_RATE if unit in ("rate", "share") else PROBE_MONEY
    if kind == "list":
        return ([], [{}])
    return ()  # text, a list of ids, a sub-model: not probed


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    cur: Any = data
    for i, p in enumerate(parts[:-1]):
        nxt = parts[i + 1]
        if p.isdigit():
            idx = int(p)
            while len(cur) <= idx:
                cur.append({})
            cur = cur[idx]
            continue
        if cur.get(p) is None:
            cur[p] = [] if nxt.isdigit() else {}
        cur = cur[p]
    last = parts[-1]
    if last.isdigit():
        idx = int(last)
        while len(cur) <= idx:
            cur.append({})
        cur[idx] = value
    else:
        cur[last] = value


def _combos(paths: list[str], rng: random.Random) -> Iterable[dict[str, Any]]:
    choices = [(p, _probe_values(p)) for p in paths]
    choices = [(p, v) for p, v in choices if v]
    if not choices:
        return []
    sizes = 1
    for _, v in choices:
        sizes *= len(v)
    if sizes <= MAX_PROBES:
        return [dict(zip([p for p, _ in choices], combo, strict=True))
                for combo in itertools.product(*[v for _, v in choices])]
    out = [{p: v[min(i, len(v) - 1)] for p, v in choices} for i in range(max(len(v) for _, v in choices))]
    while len(out) < MAX_PROBES:
        out.append({p: rng.choice(v) for p, v in choices})
    return out


@dataclass
class _Bound:
    most: Decimal = ZERO
    """The largest amount a probe reached."""
    reached: bool = False
    """Some probe made the measure eligible."""
    open_ended: bool = False
    """The text leaves the amount open (an unquantified award)."""
    depends: bool = False
    """The amount grows with the figures given, or no answer tried made the measure eligible."""
    then: dict[str, set[str]] = _field(default_factory=dict)
    """A fact asked after: the missing facts it came after."""


_LOWER = {v: lower for seq in (PROBE_MONEY, PROBE_COUNT) for lower, v in zip(seq, seq[1:], strict=False)}


def _probe(measure: Any, data: dict[str, Any], combo: dict[str, Any], assumptions: Any) -> Any:
    from .engine.estimate import evaluate
    from .profile.firm import Firm

    d = copy.deepcopy(data)
    try:
        for p, v in sorted(combo.items(), key=lambda kv: kv[0].count(".")):
            _set(d, p, v)
        firm = Firm.model_validate(d)
    except (ValidationError, TypeError, AttributeError, IndexError, KeyError):
        return None
    return evaluate(measure, firm, assumptions)


def _bound(measure: Any, data: dict[str, Any], missing: list[str], assumptions: Any) -> _Bound:
    """The most ``measure`` pays when its missing facts are answered (probe by probe), and the facts that turn up
    missing only once those are answered."""
    rng = random.Random(0)
    out = _Bound()
    known_missing = list(missing)
    best: dict[str, Any] | None = None
    for _round in range(3):
        found: list[str] = []
        for combo in _combos(known_missing, rng):
            a = _probe(measure, data, combo, assumptions)
            if a is None:
                continue
            if a.status == "eligible":
                out.reached = True
                if best is None or a.high > out.most:
                    out.most, best = a.high, combo
                if not a.quantified:
                    out.open_ended = True
            elif a.status == "undetermined":
                for p in a.missing:
                    if p not in known_missing and p not in found:
                        found.append(p)
                        out.then.setdefault(p, set()).update(q for q in combo if q in missing or q in out.then)
        if not found:
            break
        known_missing += found
    # the best answers again with every amount one scale lower: a smaller result grows with the amounts given
    if best is not None and any(isinstance(v, (str, int)) and v in _LOWER for v in best.values()):
        lower = {p: (_LOWER[v] if isinstance(v, (str, int)) and v in _LOWER else v) for p, v in best.items()}
        a = _probe(measure, data, lower, assumptions)
        if a is not None and a.status == "eligible" and a.high < out.most:
            out.depends = True
    if not out.reached:
        out.depends = True  # no answer tried made it eligible: its amount stays open
    return out


def questions(report: Any) -> list[Question]:
    """The facts ``report`` still misses, most valuable first (module docstring)."""
    cat = report.catalog
    data = report.firm.model_dump(mode="json", exclude_none=True)
    by_path: dict[str, Question] = {}
    later: dict[str, Question] = {}
    bounds: dict[str, _Bound] = {}
    undetermined = [a for a in report.awards if a.status == "undetermined" and a.relief]
    for a in undetermined:
        b = bounds[a.measure_id] = _bound(cat[a.measure_id], data, list(a.missing), report.assumptions)
        for p in a.missing:
            q = by_path.get(p)
            if q is None:
                kind, desc, values = _spec(p)
                q = by_path[p] = Question(p, _schema_key(p), desc, kind, values, [], ZERO)
            q.measures.append(a.measure_id)
            if b.open_ended:
                q.open_ended.append(a.measure_id)
            elif b.depends:
                q.depends.append(a.measure_id)
            else:
                q.up_to += b.most
        for p, after in b.then.items():
            if p in by_path:
                continue
            q = later.get(p)
            if q is None:
                kind, desc, values = _spec(p)
                q = later[p] = Question(p, _schema_key(p), desc, kind, values, [], ZERO)
            if a.measure_id not in q.measures:
                q.measures.append(a.measure_id)
            q.asked_after = sorted(set(q.asked_after) | after)
            for first in after:
                if first in by_path and p not in by_path[first].then:
                    by_path[first].then.append(p)
    for p in list(later):
        if p in by_path:
            del later[p]
    out = sorted(by_path.values(), key=lambda q: (-q.up_to, -len(q.measures), q.path))
    return out + sorted(later.values(), key=lambda q: (q.asked_after, q.path))


def asked_now(qs: list[Question]) -> list[Question]:
    """The questions to answer now (not those asked after another)."""
    return [q for q in qs if not q.asked_after]


#: the kinds of a question's answer in Chinese (``subsidycalc questions --lang zh``)
KIND_ZH = {"money": "金额（元）", "number": "数值", "count": "人数/个数", "date": "日期", "flag": "是/否", "enum": "选项",
           "text": "文字", "list": "列表", "section": "信息组"}


def render(qs: list[Question], *, lang: str = "en", limit: int | None = None) -> str:
    """The questions as text for a terminal: one block each, wrapped."""
    import textwrap

    now = asked_now(qs)
    later = [q for q in qs if q.asked_after]
    head = {"en": ("What to tell us next", "Asked once those are known"),
            "zh": ("接下来请补充的信息", "上述信息填写后还需补充")}[lang]
    lines = [f"{head[0]} ({len(now)}):"]
    for i, q in enumerate(now[:limit] if limit else now, 1):
        worth = q.value_words if lang == "en" else (
            f"最多 {q.up_to:,.2f} 元" if q.up_to else "金额文件未明确" if q.open_ended else
            "金额取决于尚未填写的数额" if q.depends else "非现金支持（缓缴、减免等）")
        n = len(q.measures)
        touches = f"{n} measure{'s' if n != 1 else ''}" if lang == "en" else f"涉及 {n} 项措施"
        kind = q.kind if lang == "en" else KIND_ZH.get(q.kind, q.kind)
        lines.append(f"{i:>3}. {q.path}  [{kind}{': ' + ' | '.join(q.values) if q.values else ''}]  — {worth}; "
                     f"{touches}")
        if q.description:
            lines += textwrap.wrap(q.description, width=100, initial_indent="       ", subsequent_indent="       ")
        if q.then:
            lines += textwrap.wrap(("then asked: " if lang == "en" else "之后还需: ") + ", ".join(q.then), width=100,
                                   initial_indent="       ", subsequent_indent="         ")
    if limit and len(now) > limit:
        lines.append(f"     … {len(now) - limit} more: `subsidycalc questions FIRM.json`" if lang == "en" else
                     f"     … 另有 {len(now) - limit} 项：`subsidycalc questions FIRM.json`")
    if later and not limit:
        lines.append(f"{head[1]} ({len(later)}):")
        for q in later:
            lines.append(f"     {q.path}  (asked after {', '.join(q.asked_after)})" if lang == "en" else
                         f"     {q.path}  （在 {', '.join(q.asked_after)} 之后询问）")
    return "\n".join(lines)


__all__ = ["Question", "asked_now", "questions", "render"]

