"""``estimate()``: every measure of the catalog for one firm, then the stacking layer."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .award import Award
from .checks import district_zh
from .evaluation import Ev, Ineligible, Undetermined
from .measure import Measure
from .money import ZERO, round_fen
from .registry import Catalog
from .report import Report


def _territory(ev: Ev) -> None:
    """The document's district-wide scope clause (or the measure's own)."""
    m, f = ev.measure, ev.firm
    t = m.effective_territory
    if t in ("beijing", "custom"):
        return
    here = district_zh(m.district)
    if f.district is None:
        ev.unknown(f"registered in {here} — not known", ["district"])
    elif f.district != m.district:
        ev.fail(f"a {here} measure; the firm is registered in {district_zh(f.district)}")
    else:
        ev.met(f"registered in {here}")
    if t == "district_and_tax":
        tax = f.effective_tax_district
        if tax is not None and tax != m.district:
            ev.fail(f"a {here} measure for firms paying tax in {here}; the firm pays tax in {district_zh(tax)}")
        elif tax is not None:
            ev.met(f"pays tax in {here}")


def _quick_ineligible(measure: Measure, reason: str) -> Award:
    """The common case without evaluating the calculator: information entries, another district's measure."""
    return Award(measure_id=measure.id, status="ineligible", reasons=[f"✗ {reason}"], sources=measure.sources,
                 relief=measure.relief, title_zh=measure.title_zh, title_en=measure.title_en,
                 district=measure.district, kind=measure.kind, beneficiary=measure.beneficiary)


def evaluate(measure: Measure, firm: Any, assumptions: Any) -> Award:
    """One measure for one firm, before stacking. Money is rounded here, once, half-up to the fen."""
    if not measure.relief:
        return _quick_ineligible(measure, "information, not relief: " + (
            measure.summary or "catalogued with its citation; never added to a total"))
    if (firm.district is not None and firm.district != measure.district
            and measure.effective_territory in ("district", "district_and_tax")):
        return _quick_ineligible(measure, f"a {district_zh(measure.district)} measure; the firm is registered in "
                                          f"{district_zh(firm.district)}")
    ev = Ev(measure, firm, assumptions)
    status = "eligible"
    try:
        _territory(ev)
        measure.calc(ev)
        ev.settle()
        if ev.amount is None:
            raise AssertionError(f"{measure.id}: calculator ended without pay() or unquantified()")
    except Ineligible as e:
        status = "ineligible"
        ev.reasons.append(f"✗ {e}")
    except Undetermined:
        status = "undetermined"
    amount = low = high = ZERO
    if status == "eligible":
        assert ev.amount is not None and ev.low is not None and ev.high is not None
        amount, low, high = round_fen(ev.amount), round_fen(ev.low), round_fen(ev.high)
        if "apply" not in ev.effects and (measure.apply_window or measure.apply_note):
            ev.effects["apply"] = " ".join(x for x in (str(measure.apply_window or ""), measure.apply_note) if x)
        if len(ev.steps) and ev.amount != amount:
            ev.steps.append(f"rounded half-up to the fen: {amount}")
    return Award(
        measure_id=measure.id,
        status=status,  # type: ignore[arg-type]
        amount=amount,
        low=low,
        high=high,
        reasons=ev.reasons,
        missing=ev.missing if status == "undetermined" else [],
        steps=ev.steps if status == "eligible" else [],
        readings=ev.readings,
        sources=measure.sources,
        relief=measure.relief,
        quantified=ev.quantified if status == "eligible" else True,
        needs=ev.needs if status == "eligible" else [],
        effects=ev.effects if status == "eligible" else {},
        title_zh=measure.title_zh,
        title_en=measure.title_en,
        district=measure.district,
        kind=measure.kind,
        beneficiary=measure.beneficiary,
    )


def run(catalog: Catalog, firm: Any, assumptions: Any) -> Report:
    awards = [evaluate(m, firm, assumptions) for m in catalog]
    by_id = {a.measure_id: a for a in awards}
    for rule in catalog.rules:
        rule.apply(by_id)
    return Report(firm, awards, assumptions, catalog)


__all__ = ["evaluate", "run", "Decimal"]
