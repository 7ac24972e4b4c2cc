"""``estimate()``: every measure of the catalog for one firm, then the stacking layer."""

from __future__ import annotations

from decimal import Context, Decimal, DivisionByZero, InvalidOperation, Overflow, getcontext, localcontext
from typing import Any

from ..i18n import t as t_
from ..profile.industries import DISTRICT_ZH
from . import registry as _registry
from .award import Award
from .measure import Measure
from .money import PRECISION, ZERO, round_fen
from .registry import Catalog
from .report import Report
from .rules import traced
from .stacking import StackingRule

_ENGINE_SCOPES = ("district", "district_and_tax")

#: the decimal context the traced evaluator runs under: wide enough that sums and products of profile figures and
#: declared numbers are exact (quotients are exact fractions, see ``engine/money.py``); the tests swap in a context
#: that also traps ``Inexact`` (``tests/conftest.py``) to prove nothing rounds before the engine does
CONTEXT = Context(prec=PRECISION, traps=[InvalidOperation, DivisionByZero, Overflow])


def district_zh(d: str | None) -> str:
    return DISTRICT_ZH.get(d or "", str(d))


_new = object.__new__


def make_award(measure: Measure, status: str, amount: Decimal, low: Decimal, high: Decimal, reasons: list[str],
               missing: list[str], steps: list[str], readings: dict[str, Any], quantified: bool, needs: list[str],
               effects: dict[str, str], parts: dict[str, Any]) -> Award:
    """An :class:`Award` of ``measure``, built slot by slot: the dataclass constructor with its 21 keyword
    arguments was the largest single cost of an estimate. Sets every field (``tests/test_engine_basics.py``
    checks it against ``Award.FIELDS``)."""
    a: Award = _new(Award)
    a.measure_id = measure.id
    a.status = status  # type: ignore[assignment]
    a.amount = amount
    a.low = low
    a.high = high
    a._reasons = reasons
    a.missing = missing
    a._steps = steps
    a.readings = readings
    a.sources = measure.sources
    a.relief = measure.relief
    a.quantified = quantified
    a.needs = needs
    a._effects = effects
    a._render = None
    a.stacking = []
    a.parts = parts
    a.title_zh = measure.title_zh
    a.title_en = measure.title_en
    a.district = measure.district
    a.kind = measure.kind
    a.beneficiary = measure.beneficiary
    return a


def _unpaid_award(measure: Measure, status: str, reasons: list[str], missing: list[str], readings: dict[str, Any],
                  render: Any) -> Award:
    """An award that pays nothing (ineligible or undetermined): ``make_award(measure, status, ZERO, ZERO, ZERO,
    reasons, missing, [], readings, True, [], {}, {})`` with its words' renderer, written out with fewer arguments —
    half the awards of an estimate are these."""
    a: Award = _new(Award)
    a.measure_id = measure.id
    a.status = status  # type: ignore[assignment]
    a.amount = a.low = a.high = ZERO
    a._reasons = reasons
    a.missing = missing
    a._steps = []
    a.readings = readings
    a.sources = measure.sources
    a.relief = measure.relief
    a.quantified = True
    a.needs = []
    a._effects = {}
    a._render = render
    a.stacking = []
    a.parts = {}
    a.title_zh = measure.title_zh
    a.title_en = measure.title_en
    a.district = measure.district
    a.kind = measure.kind
    a.beneficiary = measure.beneficiary
    return a


def _quick_ineligible(measure: Measure, reason: str) -> Award:
    """The common case without evaluating the definition: information entries, another district's measure."""
    return _unpaid_award(measure, "ineligible", [f"✗ {reason}"], [], {}, None)


def quick_reason(measure: Measure, district: str | None) -> str | None:
    """Why ``measure`` is ineligible for any firm registered in ``district`` without evaluating its definition
    (an information entry; another district's measure under a district scope clause), or ``None``."""
    if not measure.relief:
        return "information, not relief: " + (
            measure.summary or "catalogued with its citation; never added to a total")
    if (district is not None and district != measure.district
            and measure.effective_territory in _ENGINE_SCOPES):
        return (f"a {district_zh(measure.district)} measure; the firm is registered in "
                f"{district_zh(district)}")
    return None


Plan = tuple[tuple[Measure, "str | None"], ...]


def plan(catalog: Catalog, district: str | None) -> Plan:
    """The catalog for a firm registered in ``district``: each measure with its quick reason (or ``None``
    when its definition must be evaluated). Computed once per catalog and district."""
    cache: dict[str | None, Plan] = catalog._plans
    p = cache.get(district)
    if p is None:
        p = cache[district] = tuple((m, quick_reason(m, district)) for m in catalog)
    return p


def evaluate(measure: Measure, firm: Any, assumptions: Any, memo: dict[str, Any] | None = None) -> Award:
    """One measure for one firm, before stacking. Money is rounded here, once, half-up to the fen."""
    quick = quick_reason(measure, firm.district)
    if quick is not None:
        return _quick_ineligible(measure, quick)
    if memo is not None and measure.id in memo:
        return memo[measure.id]  # type: ignore[no-any-return]
    return _evaluate(measure, firm, assumptions, memo)


def _evaluate(measure: Measure, firm: Any, assumptions: Any, memo: dict[str, Any] | None = None) -> Award:
    """Run the measure's definition (the plan has ruled out the quick cases); the award goes into ``memo``."""
    return _evaluate_rule(measure, firm, assumptions, {} if memo is None else memo)


def _evaluate_rule(measure: Measure, firm: Any, assumptions: Any, memo: dict[str, Any]) -> Award:
    """A measure written in the rule vocabulary, by the traced evaluator; its dependencies first (into ``memo``)."""
    d = measure.definition(assumptions)
    for dep in d.depends:
        if dep not in memo:
            evaluate(_registry.current()[dep], firm, assumptions, memo)
    deps = {k: memo[k] for k in d.depends} if d.depends else None  # only these: the trace keeps them
    if getcontext().prec >= CONTEXT.prec:  # run() already set the context for the whole estimate
        t = traced.run(d, firm, deps)
    else:
        with localcontext(CONTEXT):
            t = traced.run(d, firm, deps)
    award = award_from_trace(measure, t)
    memo[measure.id] = award
    return award


def award_from_trace(measure: Measure, t: Any) -> Award:
    """The :class:`Award` of a trace: money rounded here, once, half-up to the fen; the words (reasons, steps,
    effects) written from the trace when first read."""
    status = t.status
    if status != "eligible":
        return _unpaid_award(measure, status, [], list(t.missing) if status == "undetermined" else [],
                             dict(t.readings), t.words)
    amount = round_fen(t.amount)  # low and high are often the amount itself: rounded once then
    low = amount if t.low is t.amount else round_fen(t.low)
    high = amount if t.high is t.amount else round_fen(t.high)
    if t.parts and tuple(sum(v[i] for v in t.parts.values()) for i in range(3)) != (t.amount, t.low, t.high):
        raise AssertionError(f"{measure.id}: its parts {t.parts} do not add up to amount, low and high "
                             f"{t.amount, t.low, t.high}")
    award = make_award(measure, status, amount, low, high, [], [], [], dict(t.readings), t.quantified, t.needs, {},
                       dict(t.parts))
    exact_amount = t.amount

    def words(lang: str = "en") -> tuple[list[str], list[str], dict[str, str]]:
        reasons, steps, effects = t.words(lang)
        if "apply" not in effects and (measure.apply_window or measure.apply_note):
            effects["apply"] = " ".join(x for x in (str(measure.apply_window or ""), measure.apply_note) if x)
        if steps and exact_amount != amount:
            steps.append(t_("rounded", lang, amount=amount))
        return reasons, steps, effects

    award._render = words
    return award


def run(catalog: Catalog, firm: Any, assumptions: Any) -> Report:
    """Every measure of ``catalog`` for ``firm``, then the stacking rules; a :class:`Report`."""
    evaluated = run_evaluated(catalog, firm, assumptions)
    awards = [a if a is not None else _quick_ineligible(m, quick)  # type: ignore[arg-type]
              for a, (m, quick) in zip(evaluated, plan(catalog, firm.district), strict=True)]
    return Report(firm, awards, assumptions, catalog)


def run_evaluated(catalog: Catalog, firm: Any, assumptions: Any) -> list[Award | None]:
    """The awards :func:`run` computes: one entry per measure of ``catalog`` in order, ``None`` where the plan
    already knows the measure is ineligible (its reason is ``plan(catalog, firm.district)[i][1]``), else the
    award after stacking. Stacking rules only change eligible and undetermined awards, so leaving the quick
    ones out changes nothing."""
    memo: dict[str, Any] = {}
    awards: list[Award | None] = []
    add = awards.append
    with localcontext(CONTEXT):
        for m, fn in runs(catalog, firm.district, assumptions):
            if m is None:
                add(None)
            elif fn is not None:  # no dependencies: the compiled definition straight away
                a = memo.get(m.id)
                if a is None:
                    a = memo[m.id] = award_from_trace(m, fn(firm, None))
                add(a)
            else:
                add(memo.get(m.id) or _evaluate(m, firm, assumptions, memo))
    by_id = {a.measure_id: a for a in awards if a is not None}
    for rule in rules_for(catalog, firm.district):
        for mid in rule.measures:  # a rule whose measures are all ineligible (or not evaluated) changes nothing
            a = by_id.get(mid)
            if a is not None and a.status != "ineligible":
                rule.apply(by_id, assumptions)
                break
    return awards


Runs = tuple[tuple["Measure | None", Any], ...]


def runs(catalog: Catalog, district: str | None, assumptions: Any) -> Runs:
    """For each entry of ``plan(catalog, district)``: ``(None, None)`` where the plan rules the measure out,
    ``(measure, compiled definition)`` for a measure without dependencies, ``(measure, None)`` for one that reads
    other measures' awards (:func:`_evaluate` orders them). Built once per district and kept for the assumptions
    last used (each definition is staged and compiled here, not once per firm)."""
    cache: dict[str | None, tuple[Any, Runs]] = catalog._runs
    got = cache.get(district)
    if got is not None and got[0] is assumptions:
        return got[1]
    out: list[tuple[Measure | None, Any]] = []
    for m, quick in plan(catalog, district):
        if quick is not None:
            out.append((None, None))
            continue
        d = m.definition(assumptions)
        out.append((m, None if d.depends else traced.compiled(d)))
    r = tuple(out)
    cache[district] = (assumptions, r)
    return r


def rules_for(catalog: Catalog, district: str | None) -> tuple[StackingRule, ...]:
    """The stacking rules that can touch a firm of ``district``: those with a measure the plan evaluates."""
    cache: dict[str | None, tuple[StackingRule, ...]] = catalog._rules_for
    rules = cache.get(district)
    if rules is None:
        evaluated = {m.id for m, quick in plan(catalog, district) if quick is None}
        rules = cache[district] = tuple(r for r in catalog.rules if evaluated.intersection(r.measures))
    return rules


__all__ = ["evaluate", "plan", "quick_reason", "run", "run_evaluated", "Decimal"]
