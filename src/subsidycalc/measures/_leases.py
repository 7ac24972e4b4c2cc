"""Pieces the SOE-rent calculators share: which of the firm's leases may qualify, the operating conditions of the
city February-rent rule, its tiers lease by lease, and the sum over leases.

The city rule (京政办发〔2020〕7号, ``beijing.soe_rent_reduction_feb``) and the districts that restate it for their
own SOEs (大兴, 丰台, 东城, 海淀, 西城) or set their own terms (朝阳, 石景山) all go lease by lease: a lease is ruled
out by a known fact, left undetermined by an unknown one, or relieved; each relieved lease's share is recorded
(``ev.part("leases.N")``) for the stacking rules declared ``per="leases"``. What differs between the districts —
the landlord tests, the facts needed, the amounts and the words of each reason — stays in the district module and
is passed in.

The districts' modules also share two questions asked when they load: whether another module already declares the
shared reading ``office_requires_no_layoff`` (declared once in the catalog), and whether the city module declares
the city February-rent measure their stacking rules name (the rules wait for it, so that the package stays
importable meanwhile).

Each lease counts only for the part of its own period (``starts_on`` … ``ends_on``, :func:`lease_period`) inside the
month relieved (issue 8 §1): a lease that ended on 2020-02-10 is relieved on 10/29 of its February rent, one that
ended in January or starts in March on nothing (``✗`` with the reason). :func:`lease_candidates` rules out a lease
wholly outside the ``window`` it is given; :func:`month_rent` is the rent of one month prorated by the lease's own
days in it (:func:`~subsidycalc.engine.periods.month_shares`, exact); :func:`february_tiers` applies both by default.

This module starts with ``_``: the registry does not scan it for measures.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from types import ModuleType
from typing import Literal

from ..engine import checks
from ..engine.evaluation import Ev
from ..engine.measure import Reading
from ..engine.money import Number, exact, pct, yuan
from ..engine.periods import Window, item_period, month_of, month_shares
from ..profile.firm import Lease

#: the reason a lease is undetermined when facts the calculator needs about it are unknown
FACTS_NEEDED = "facts needed to decide whether and how much it qualifies"
#: the failed 不裁员、少裁员 condition, in the words of the city rule's restatements
LAID_OFF = "laid off staff (不裁员、少裁员 not met)"
#: the failed 坚持营业或依照防疫规定关闭停业 condition, and the two conditions together, in the city rule's words
NOT_OPEN = "did not stay open as required nor close under the rules"
CONDITIONS = "坚持营业或依照防疫规定关闭停业且不裁员、少裁员"

#: the month of the city February-rent rule and its restatements (免收 2月份房租): February 2020, 29 days
FEBRUARY_2020 = month_of(date(2020, 2, 1))

PartialMonth = Literal["prorate_days", "whole_month"]


def lease_period(ls: Lease) -> Window:
    """The lease's own period: ``starts_on`` … ``ends_on``, either end open when absent (already / still in force)."""
    return item_period(ls.starts_on, ls.ends_on)


def _period_text(ls: Lease) -> str:
    """The lease's own period in words: ``2020-01-01..2020-02-10``, ``ending 2020-02-10``, ``from 2020-02-15``."""
    if ls.starts_on and ls.ends_on:
        return f"{ls.starts_on}..{ls.ends_on}"
    if ls.ends_on:
        return f"ending {ls.ends_on}"
    return f"from {ls.starts_on}" if ls.starts_on else "no start or end given"


def outside(ls: Lease, window: Window) -> str | None:
    """The reason a lease counts for nothing in ``window`` (its own period lies wholly outside it), else ``None``."""
    if lease_period(ls).overlaps(window):
        return None
    return f"the lease ({_period_text(ls)}) is not in force in {window}"


def month_rent(ev: Ev, i: int, ls: Lease, month: Window = FEBRUARY_2020, *,
               partial: PartialMonth = "prorate_days") -> Fraction:
    """The rent of lease ``i`` for one calendar ``month``: its ``monthly_rent`` × the share of the month's days the
    lease's own period covers (:func:`~subsidycalc.engine.periods.month_shares`, exact), or the whole monthly rent
    under ``partial="whole_month"`` when the lease covers part of the month. A step says so when the lease covers
    the month only in part; 0 when it does not cover it at all. ``monthly_rent`` must be known."""
    monthly = exact(ev.known(ls.monthly_rent))
    ((part, share),) = month_shares(lease_period(ls), month)
    if share == 1:
        return monthly
    of = month_of(part.start).days()
    days = share * of
    if share == 0:
        ev.step(f"lease {i}: not in force in {part} ({_period_text(ls)}) → 0")
        return Fraction(0)
    if partial == "whole_month":
        ev.step(f"lease {i}: in force {days} of the {of} days of {part} ({_period_text(ls)}); the whole month's rent "
                f"{yuan(monthly)} counts (reading whole_month)")
        return monthly
    rent = monthly * share
    ev.step(f"lease {i}: in force {days} of the {of} days of {part} ({_period_text(ls)}) → {yuan(monthly)} × "
            f"{days}/{of} = {yuan(rent)}")
    return rent


def lease_candidates(ev: Ev, leases: Sequence[Lease], fails: Callable[[Lease], list[str]],
                     keys: Sequence[str] | Callable[[Lease], Sequence[str]], *, use: str | None = None,
                     none: str | None = None, window: Window | None = None) -> list[tuple[int, Lease]]:
    """The leases that may qualify, as ``(index, lease)``, in the profile's order (:func:`checks.list_candidates`).

    A lease of another ``use`` (when ``use`` is given and the lease's use is known) is passed over silently;
    ``fails(lease)`` lists the known facts that rule it out (one reason ``✗ lease i: a; b``) — with ``window``, a
    lease whose own period lies wholly outside it is ruled out too (:func:`outside`), whatever else is unknown about
    it; else the ``keys`` (a list, or a function of the lease) whose values are unknown go to ``missing`` as
    ``leases.i.key`` with one reason (:data:`FACTS_NEEDED`); else the lease is a candidate. With ``none``: settle (an
    unknown fact makes the measure undetermined) and fail with ``none`` when no lease is left.
    """
    def test(ls: Lease) -> list[str] | None:
        if use is not None and ls.use is not None and ls.use != use:
            return None
        out = fails(ls)
        gone = outside(ls, window) if window is not None else None
        return out + [gone] if gone else out

    out = checks.list_candidates(ev, leases, "leases", "lease", test, keys, FACTS_NEEDED)
    if none is not None:
        ev.settle()
        if not out:
            ev.fail(none)
    return out


@dataclass(frozen=True)
class OperatingConditions:
    """The firm's 按照政府要求坚持营业或依照防疫规定关闭停业 (``qualifications.open_or_closed_per_rules``) and 不裁员、
    少裁员 (``qualifications.no_layoffs``): the conditions of the city rule's production/business tier, each
    ``True``, ``False`` or ``None`` (unknown). Read with :meth:`of`; nothing is recorded until :meth:`check`."""

    open_ok: bool | None
    layoffs_ok: bool | None

    @classmethod
    def of(cls, ev: Ev) -> OperatingConditions:
        """The two flags of the firm being evaluated (unknown when it has no ``qualifications``)."""
        q = ev.firm.qualifications
        return cls(q.open_or_closed_per_rules if q is not None else None, q.no_layoffs if q is not None else None)

    @property
    def met(self) -> bool | None:
        """``False`` when either is known not met, else ``None`` when either is unknown, else ``True``."""
        if self.open_ok is False or self.layoffs_ok is False:
            return False
        return None if self.missing else True

    @property
    def missing(self) -> list[str]:
        """The profile paths of the unknown flags, 坚持营业 first."""
        return ([] if self.open_ok is not None else ["qualifications.open_or_closed_per_rules"]) + (
            [] if self.layoffs_ok is not None else ["qualifications.no_layoffs"])

    def check(self, ev: Ev, failed: str, unknown: str) -> bool:
        """Record the conditions for one lease: ``✗ failed`` when one is not met, ``unknown`` with the unknown flags'
        paths (``missing``) when one is unknown; ``True`` only when both are met."""
        met = self.met
        if met is False:
            ev.reasons.append(f"✗ {failed}")
            return False
        if met is None:
            ev.unknown(unknown, self.missing)
            return False
        return True


def february_tiers(ev: Ev, candidates: Sequence[tuple[int, Lease]], office_conditions: bool,
                   business_share: Decimal, office_share: Decimal, *, office_label: str, not_open: str = NOT_OPEN,
                   conditions: str = CONDITIONS, rent: Callable[[int, Lease], Number] | None = None,
                   month: Window = FEBRUARY_2020, partial: PartialMonth = "prorate_days",
                   ) -> list[tuple[int, Number]]:
    """The city February-rent tiers, lease by lease, as the city rule and the districts that restate it word for
    word (大兴, 丰台) apply them: ``(index, relief)`` of each lease relieved.

    A lease whose own period (``starts_on`` … ``ends_on``) lies wholly outside ``month`` (February 2020) is relieved
    on nothing: ``✗ lease i: …not in force…``, before any other condition. A production/business lease (and an
    office lease when ``office_conditions``, the reading ``office_requires_no_layoff``) needs the operating
    conditions: ``✗ lease i (tier): not_open`` (or :data:`LAID_OFF`) when one is not met, ``lease i: conditions — not
    known`` when one is unknown (``not_open`` and ``conditions`` in the city rule's words unless given). The relief
    is ``business_share`` (免收 2月份房租) or ``office_share`` (``office_label``, the district's words) × the February
    rent: the lease's ``monthly_rent`` × the share of February's days its own period covers (:func:`month_rent`;
    ``partial="whole_month"``, the reading ``soe_rent_feb_partial_month``, counts a part month whole), or
    ``rent(i, lease)`` when given (the caller's own rent for the month; it records its own step).
    """
    op = OperatingConditions.of(ev)
    paid: list[tuple[int, Number]] = []
    for i, ls in candidates:
        gone = outside(ls, month)
        if gone is not None:
            ev.reasons.append(f"✗ lease {i}: {gone}")
            continue
        business = ls.use == "business"
        if business or office_conditions:
            tier = "production/business" if business else "office (reading office_requires_no_layoff)"
            why = not_open if op.open_ok is False else LAID_OFF
            if not op.check(ev, f"lease {i} ({tier}): {why}", f"lease {i}: {conditions} — not known"):
                continue
        february = month_rent(ev, i, ls, month, partial=partial) if rent is None else rent(i, ls)
        share = business_share if business else office_share
        amount = exact(share) * exact(february)
        label = "免收 2月份房租" if business else office_label
        ev.step(f"lease {i} ({ls.use}): {pct(share)} × February rent {yuan(exact(february))} = {yuan(amount)} "
                f"({label})")
        paid.append((i, amount))
    return paid


def pay_leases(ev: Ev, paid: Sequence[tuple[int, Number]], none: str, met: str, apply: str | None = None) -> None:
    """Pay the sum of the leases' reliefs ``paid`` (``(index, relief)``).

    Settle (an unknown fact makes the measure undetermined); fail with ``none`` when no lease is relieved; record
    each lease's share (``ev.part("leases.i")``, for the stacking rules declared ``per="leases"``); a step ``sum over
    leases`` when there are several; the reason ``✓ {count} {met}``; the ``apply`` effect when given; pay.
    """
    ev.settle()
    if not paid:
        ev.fail(none)
    total = Fraction(0)
    for i, amount in paid:
        ev.part(f"leases.{i}", amount)
        total += exact(amount)
    if len(paid) > 1:
        ev.step(f"sum over leases = {yuan(total)}")
    ev.met(f"{len(paid)} {met}")
    if apply is not None:
        ev.effect("apply", apply)
    ev.pay(total)


#: the shared reading of the SOE-rent measures' office tier (README "Decisions"), declared once in the catalog
OFFICE_NO_LAYOFF = "office_requires_no_layoff"
#: its declaration by 大兴 and 丰台 when no module they load declares it
OFFICE_NO_LAYOFF_FALLBACK = Reading(
    OFFICE_NO_LAYOFF, bool, False,
    "SOE February rent, office tier (50%): whether the conditions of the production/business clause (坚持营业或依照"
    "防疫规定关闭停业且不裁员、少裁员) also apply to office tenants. Default False: they sit inside the first clause, "
    "before the semicolon, and 大兴 (L5282-L5285) and 海淀 (L3286-L3288) state the office tier without them "
    "(README 'Decisions'; ERRATA_04_06 finding 8).",
)
#: the shared reading of the February-rent measures on a lease in force for part of February, declared once in the
#: catalog (by the city business module; by 大兴 or 丰台 when no module they load declares it)
PARTIAL_MONTH = "soe_rent_feb_partial_month"
PARTIAL_MONTH_READING = Reading(
    PARTIAL_MONTH, PartialMonth, "prorate_days",
    "SOE February rent (the city rule and the districts that restate it: 大兴, 丰台), a lease that begins or ends "
    "during February 2020 (leases.N.starts_on / ends_on): 'prorate_days' (default; issue 8 §1: an item counts only "
    "for the time it exists) — the monthly rent × the days the lease is in force in February / 29; 'whole_month' — "
    "the full monthly rent, as if '2月份房租' were the rent of any lease in force at some time in February. A lease "
    "not in force in February at all is relieved on nothing under both.",
)


def reading_fallbacks(declarers: Iterable[str], *readings: Reading) -> list[Reading]:
    """The shared ``readings`` a district module declares itself: those none of the modules ``declarers`` declares
    (so that each is declared once in the catalog and the package stays importable whoever lands first)."""
    mods = list(_imported(declarers, Exception))
    return [r for r in readings if not any(any(x.name == r.name for x in getattr(m, "READINGS", ())) for m in mods)]


#: the city modules that may declare the city February-rent measure (``beijing.soe_rent_reduction_feb``)
CITY_MODULES = ("beijing", "beijing_business")


def _imported(modules: Iterable[str], errors: type[Exception]) -> Iterator[ModuleType]:
    """The measure modules of this package named ``modules``, imported in turn (on demand); one whose import
    raises ``errors`` (absent, or another engineer's broken module: the registry reports it) is passed over."""
    for name in modules:
        try:
            mod = importlib.import_module(f"{__package__}.{name}")
        except errors:
            continue
        yield mod


def declares_reading(modules: Iterable[str], name: str, errors: type[Exception] = Exception) -> bool:
    """Whether one of the measure ``modules`` declares the reading ``name`` in its ``READINGS`` (the modules are
    imported in order until one does; ``errors``: the exceptions of an import that pass the module over, any
    others propagate)."""
    return any(any(r.name == name for r in getattr(mod, "READINGS", ())) for mod in _imported(modules, errors))


def declares_measure(modules: Iterable[str], mid: str, errors: type[Exception] = Exception) -> bool:
    """Whether one of the measure ``modules`` declares the measure ``mid``, as its id or an alias (the modules are
    imported in order until one does; ``errors`` as for :func:`declares_reading`: some modules pass over only an
    ``ImportError``, so that a broken city module's error reaches the registry)."""
    return any(any(mid == m.id or mid in m.aliases for m in getattr(mod, "MEASURES", ()))
               for mod in _imported(modules, errors))


def office_reading_fallback(declarers: Iterable[str]) -> list[Reading]:
    """The ``READINGS`` a district module adds for ``office_requires_no_layoff``: none when one of the modules
    ``declarers`` declares it, else :data:`OFFICE_NO_LAYOFF_FALLBACK` (same name, same default), so that the reading
    is declared once in the catalog and the package stays importable whoever lands first."""
    return [] if declares_reading(declarers, OFFICE_NO_LAYOFF) else [OFFICE_NO_LAYOFF_FALLBACK]
