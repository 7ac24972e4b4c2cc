"""石景山区: 《石景山区关于共同应对新型冠状病毒感染的肺炎疫情支持企业发展的若干措施（暂行）》 (石政发〔2020〕3号,
2020-02-04).

附则 (L4852-L4854): in force from the issue date, "适用于疫情防控期间" (no end date: the shared readings
``epidemic_period_start`` / ``epidemic_period_end`` bound it), city and national policies also apply. The document
has no territorial clause for all items; each item names its firms ("区属中小微企业", "驻区企业", "区内中小微企业"),
read as registered in 石景山 (the engine's ``district`` territory) and, under the reading
``shijingshan_local_firm_test``, also paying tax there. No size standard is named: 300号 is applied.

Item 9 (the social-insurance deferral, no period stated) is a source of ``beijing.si_deferral_to_march`` /
``beijing.si_deferral_to_july_key_industries``; items 1, 2, 5, 10-15 carry no number (catalog 05,
"Non-quantified measures").

Stacking: item 3 and the city February-rent rule (``beijing.soe_rent_reduction_feb``) never both pay for the
same premises (README "Decisions"; ERRATA_04_06 finding 7): lease by lease (``per="leases"``; each lease's share is
recorded with ``ev.part``) the larger is paid, and 石景山's award already contains the February month, so its later
50% is the increment that adds. A lease only one of them covers (a 市属 SOE's premises: the city rule; a 集体经济企业's:
item 3) keeps that measure's relief. The 附则's "国家、北京市出台相关支持政策的，将遵照执行" is no one-level clause: no
other rule between measures.

"经认定后" (items 3, 4, 6, 7, 8) is a fact of the profile each time (unknown → undetermined, false → ineligible): item 3
``qualifications.fits_district_positioning`` (the tenant recognised as fitting the positioning); item 4
``rent_relief_granted.N.recognised``; items 6-7 ``qualifications.epidemic_control_participant`` (group a) or
``qualifications.heavily_affected_recognised`` (group b); item 8 ``qualifications.essential_outlet_recognised``.

Items count only for their own periods: a lease's days in the relieved months (item 3), a reduction's days inside
疫情防控期间 (item 4), a guarantee term's days (item 7, readings), duty days from 2020-02-01 (item 8); amounts are exact
until the engine's one rounding.
"""

from __future__ import annotations

from calendar import SATURDAY
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Annotated, Literal

from pydantic import Field

from ..engine import checks
from ..engine.evaluation import Ev
from ..engine.measure import Measure, Param, Params, Reading
from ..engine.money import Number, exact, pct, yuan
from ..engine.periods import (
    DAY,
    Window,
    add_days,
    add_months,
    item_period,
    month_end,
    month_shares,
    month_start,
    month_window,
    overlap_days,
)
from ..engine.stacking import StackingRule
from ..profile.firm import Lease
from ..profile.industries import SME_SIZES
from ._documents import SHIJINGSHAN_SZF_2020_3 as DOC
from ._leases import declares_measure, lease_candidates

NonNegative = Annotated[Decimal, Field(ge=0)]
"""A rate or amount the caller supplies for a number the text leaves open; never negative."""

VALID = Window(date(2020, 2, 4), None)
SCOPE_SOURCE = DOC.cite(
    "L4852-L4854",
    "本措施由石景山区投资促进服务中心负责解释，自印发之日起施行，适用于疫情防控期间。国家、北京市出台相关支持政策的，"
    "将遵照执行。",
)

COMMON_READINGS = [
    Reading("shijingshan_local_firm_test", Literal["registered", "registered_and_tax"], "registered",
            "'区属中小微企业' / '驻区企业' / '区内中小微企业' are not defined: 'registered' (default; registered in 石景山, "
            "as the district documents' scope clauses usually read, and 区属 here cannot mean district-owned for a "
            "private SME) or 'registered_and_tax' (registered and paying tax in 石景山)."),
]


def _local(ev: Ev) -> None:
    """The firm's own 石景山 test beyond registration (the engine checks registration)."""
    if ev.reading("shijingshan_local_firm_test") == "registered_and_tax":
        tax = ev.firm.effective_tax_district
        ev.require(None if tax is None else tax == "shijingshan", "pays tax in 石景山 (区属/驻区/区内)",
                   f"pays tax in {checks.district_zh(tax)}, not 石景山 (区属/驻区/区内, reading registered_and_tax)",
                   ["district"])


def _share_of_sum(ev: Ev, counted: Sequence[tuple[int, Number]], none: str, what: str, note: str = "") -> Fraction:
    """``share`` (the measure's Param) of the sum of the ``counted`` items' figures, exact and unrounded, with two
    steps: ``what: a + b = base`` and ``share × base = amount`` (+ ``note``). Settles first; fails with ``none`` when
    no item counts."""
    ev.settle()
    if not counted:
        ev.fail(none)
    share = ev.n.share
    base = sum((exact(x) for _, x in counted), Fraction(0))
    amount = exact(share) * base
    ev.step(f"{what}: " + " + ".join(yuan(x) for _, x in counted) + f" = {yuan(base)}")
    ev.step(f"{pct(share)} × {yuan(base)} = {yuan(amount)}{note}")
    return amount


def _period(ev: Ev) -> Window:
    """疫情防控期间 under the shared readings."""
    return Window(ev.reading("epidemic_period_start"), ev.reading("epidemic_period_end"))


# =====================================================================================================
# shijingshan.soe_collective_rent_reduction — 3.区属国有企业和集体经济企业减免租金
# =====================================================================================================
RENT_SOURCE = DOC.cite(
    "L4765-L4769",
    "3.区属国有企业和集体经济企业在疫情防控期间采取减免租金措施，对符合区域产业发展定位的区属中小微企业，经认定后，"
    "免收一个月房租，后续按 50%给予租金优惠。（责任单位：区国资委、区政府集体资产监管办）",
)
RENT_PARAMS = Params(
    free_months=Param(1, "免收一个月房租", unit="months rent-free", literal="一个月"),
    free_share=Param(Decimal(1), "免收一个月房租", unit="share of the free month's rent", literal="免收"),
    later_share=Param(Decimal("0.50"), "后续按 50%给予租金优惠", unit="share of each later month's rent",
                      note="'按 50%给予租金优惠' read as a 50% discount; 'charged at 50%' gives the same amount",
                      literal="50%"),
)
RENT_READINGS = [
    Reading("shijingshan_rent_free_month", date, date(2020, 2, 1),
            "Which month is rent-free ('免收一个月房租', not '2月份'): the month containing this date. Default "
            "2020-02 (the first rent month after the 2020-02-04 issue date, and the city rule's month); later months "
            "up to the end of 疫情防控期间 (reading epidemic_period_end) get 50%. A rent month counts when it begins "
            "on or before that end. Each lease counts only for the days it exists (leases.N.starts_on / ends_on): a "
            "month it covers in part counts days leased / days in the month."),
    Reading("shijingshan_rent_free_month_per_lease", bool, False,
            "A lease that begins after the first day of the free month (leases.N.starts_on): False (default) — the "
            "free month is one calendar month for every tenant (reading shijingshan_rent_free_month), so a lease "
            "beginning later gets 50% of the days it covers and only the free days it is leased; True — the lease's "
            "own first month (from starts_on to the day before the same day a month later) is free and the 50% runs "
            "from then; a lease beginning after the end of 疫情防控期间 gets nothing."),
    Reading("shijingshan_rent_collective_scope", Literal["shijingshan", "any"], "shijingshan",
            "'区属国有企业和集体经济企业': 'shijingshan' (default: 区属 qualifies both, so the collective-economy "
            "landlord must belong to 石景山) or 'any' (区属 qualifies only the SOEs; any collective-economy landlord)."),
]


def soe_collective_rent_reduction(ev: Ev) -> None:
    """One month rent-free, then 50% of each later month's rent to the end of 疫情防控期间, per qualifying lease."""
    f, n = ev.firm, ev.n
    checks.require_size(ev, SME_SIZES, "中小微企业 (300号)")
    _local(ev)
    # 经认定后: the recognition is of the tenant as 符合区域产业发展定位的区属中小微企业; the fact is
    # qualifications.fits_district_positioning ("as recognised by it"): unknown → undetermined, false → ineligible
    checks.require_qualification(ev, "fits_district_positioning", True,
                                 "recognised as fitting 石景山's industrial positioning (符合区域产业发展定位, 经认定后)",
                                 "not recognised as fitting 石景山's industrial positioning (符合区域产业发展定位, 经认定后)")
    leases = checks.require_list(ev, f.leases, "leases", "the firm's leases")
    ev.settle()
    assert leases is not None
    any_collective = ev.reading("shijingshan_rent_collective_scope") == "any"

    def needs_district(ls: Lease) -> bool:
        return not (ls.landlord == "collective" and any_collective)

    def fails(ls: Lease) -> list[str]:
        if ls.landlord is not None and ls.landlord not in ("district_soe", "collective"):
            return [f"landlord {ls.landlord}, not a 区属国有企业 or 集体经济企业"]
        if needs_district(ls) and ls.landlord_district is not None and ls.landlord_district != "shijingshan":
            return [f"landlord belongs to {checks.district_zh(ls.landlord_district)}, not 石景山 (区属)"]
        return []

    def keys(ls: Lease) -> list[str]:
        return ["landlord"] + (["landlord_district"] if needs_district(ls) else []) + ["monthly_rent"]

    none = "no lease from a 石景山 区属国有企业 or 集体经济企业"
    qualifying = lease_candidates(ev, leases, fails, keys, none=none)
    end = ev.reading("epidemic_period_end")
    free = month_start(ev.reading("shijingshan_rent_free_month"))
    if free > end:
        ev.fail(f"the free month {free:%Y-%m} begins after the end of 疫情防控期间 ({end})")
    per_lease = ev.reading("shijingshan_rent_free_month_per_lease")
    last = month_end(end)  # a rent month counts when it begins on or before the end of 疫情防控期间
    ev.step(f"free month {free:%Y-%m}; later months at {pct(n.later_share)} to the end of 疫情防控期间 ({end}), the last "
            f"{last:%Y-%m}" + ("; a lease beginning later: its own first month free (reading "
                               "shijingshan_rent_free_month_per_lease)" if per_lease else ""))
    paid: list[tuple[int, Fraction]] = []
    for i, ls in qualifying:
        rent = exact(ev.known(ls.monthly_rent))
        lease = item_period(ls.starts_on, ls.ends_on)
        own = per_lease and ls.starts_on is not None and ls.starts_on > free
        if own and ls.starts_on is not None and ls.starts_on > end:
            ev.reasons.append(f"✗ lease {i}: begins {ls.starts_on}, after the end of 疫情防控期间 ({end})")
            continue
        if own and ls.starts_on is not None:  # the lease's own first month(s) (reading per_lease)
            free_w = Window(ls.starts_on, add_months(ls.starts_on, n.free_months) - DAY)
            free_m = n.free_months * Fraction(overlap_days(lease, free_w), free_w.days())
        else:  # the calendar free month(s), for the days leased
            free_w = month_window(free, n.free_months)
            free_m = sum((sh for _, sh in month_shares(lease, free_w)), Fraction(0))
        assert free_w.end is not None
        later_w = Window(add_days(free_w.end, 1), last) if free_w.end < last else None
        later_shares = month_shares(lease, later_w) if later_w is not None else []
        later_m = sum((sh for _, sh in later_shares), Fraction(0))
        if free_m + later_m == 0:
            ev.reasons.append(f"✗ lease {i}: not in force in the relieved months {free_w.start}..{last} "
                              f"({ls.starts_on or '…'}..{ls.ends_on or '…'})")
            continue
        amount = exact(n.free_share) * rent * free_m + exact(n.later_share) * rent * later_m
        ev.step(f"lease {i}: {pct(n.free_share)} × {yuan(rent)} × {free_m} free month(s) ({free_w}) + "
                f"{pct(n.later_share)} × {yuan(rent)} × {later_m} later month(s) (to {last}; a month counts the share "
                f"of its days leased) = {yuan(amount)}")
        paid.append((i, amount))
    # each lease's share is recorded, for the one-rent-once rule with the city (STACKING, per="leases")
    _pay_leases(ev, paid, none, "lease(s) from a 石景山 区属国有企业 / 集体经济企业",
                apply="to the landlord (区国资委 / 区政府集体资产监管办 recognise the tenant)")


def _pay_leases(ev: Ev, paid: list[tuple[int, Fraction]], none: str, met: str, apply: str) -> None:
    """``_leases.pay_leases`` for exact reliefs (a month's rent × days leased / days in the month is a ``Fraction``;
    ``pay_leases`` sums in ``Decimal``, which cannot add one): settle; fail with ``none`` when no lease is relieved;
    record each lease's share (``ev.part("leases.i")``, for the stacking rule declared ``per="leases"``); a step
    ``sum over leases`` when there are several; ``✓ {count} {met}``; the ``apply`` effect; pay the exact sum."""
    ev.settle()
    if not paid:
        ev.fail(none)
    total = Fraction(0)
    for i, amount in paid:
        ev.part(f"leases.{i}", amount)
        total += amount
    if len(paid) > 1:
        ev.step(f"sum over leases = {yuan(total)}")
    ev.met(f"{len(paid)} {met}")
    ev.effect("apply", apply)
    ev.pay(total)


# =====================================================================================================
# shijingshan.landlord_rent_reduction_support — 4.对为区属中小微企业减免房租的业主给予支持
# =====================================================================================================
SUPPORT_SOURCE = DOC.cite(
    "L4771-L4777",
    "4.对租用其他经营用房，符合区域产业发展定位的区属中小微企业，鼓励业主为其减免房租。对为区属中小微企业减免房租的业主，"
    "经认定后，在疫情防控期间按减免金额的 30%给予支持。鼓励业主改变租金收取方式，按月收取房租。（责任单位：区财政局、"
    "区投促中心）",
)
SUPPORT_PARAMS = Params(
    share=Param(Decimal("0.30"), "在疫情防控期间按减免金额的 30%给予支持", unit="share of the rent waived", literal="30%"),
)
SUPPORT_READINGS = [
    Reading("shijingshan_landlord_support_cap", NonNegative | None, None,
            "The text sets no cap on the 30% support (other districts cap theirs: 东城 50万, 朝阳 100万). Default None "
            "(no cap, literal); a number caps the support per landlord."),
    Reading("shijingshan_support_period", Literal["relief_in_period", "any"], "relief_in_period",
            "'在疫情防控期间按减免金额的 30%给予支持': 'relief_in_period' (default: only rent waived for days within "
            "疫情防控期间 counts, a straddling relief prorated by days) or 'any' (the phrase dates only the payment)."),
    Reading("shijingshan_support_excludes_item3_landlords", bool, True,
            "'租用其他经营用房': whether item 3's landlords (石景山 district SOEs and collective-economy firms, which "
            "waive rent under item 3) are excluded from the 30% support. Default True ('其他' = other than item 3's)."),
    Reading("shijingshan_support_requires_positioning", bool, True,
            "The support sentence says only '区属中小微企业'; the first sentence adds '符合区域产业发展定位'. Default "
            "True: the tenant must meet the first sentence's conditions too."),
]


def landlord_rent_reduction_support(ev: Ev) -> None:
    """30% of the rent a landlord waived for 石景山 SMEs fitting the district's positioning (no cap stated)."""
    f = ev.firm
    reliefs = f.rent_relief_granted
    if reliefs is None:
        ev.fail("pays landlords for rent waived; the profile has no rent_relief_granted (not a landlord claiming)")
    if ev.reading("shijingshan_support_excludes_item3_landlords"):
        own = f.ownership
        if own is None:
            ev.unknown("landlord is not a 石景山 district SOE or collective-economy firm (其他经营用房) — not known",
                       ["ownership"])
        elif own == "collective":
            ev.fail("a collective-economy landlord waives rent under item 3, not item 4 (其他经营用房)")
        elif own == "state":
            lvl = f.state_owner_level
            if lvl is None:
                ev.unknown("which level owns the state-owned landlord — not known", ["state_owner_level"])
            elif lvl == "district" and f.district in (None, "shijingshan"):
                if f.district is None:
                    ev.unknown("district of the district-owned landlord — not known", ["district"])
                else:
                    ev.fail("a 石景山 区属国有企业 waives rent under item 3, not item 4 (其他经营用房)")
            else:
                ev.met(f"landlord is a {lvl}-owned SOE, not a 石景山 区属国有企业 (其他经营用房)")
        else:
            ev.met(f"landlord ownership {own}: other premises (其他经营用房)")
    need_pos = ev.reading("shijingshan_support_requires_positioning")
    in_period = ev.reading("shijingshan_support_period") == "relief_in_period"
    period = _period(ev)
    counted: list[tuple[int, Fraction]] = []
    for i, r in enumerate(reliefs):
        p = f"rent_relief_granted.{i}"
        fails = []
        if r.tenant_size is not None and r.tenant_size not in SME_SIZES:
            fails.append(f"tenant is {r.tenant_size}, not 中小微企业")
        if r.tenant_district is not None and r.tenant_district != "shijingshan":
            fails.append(f"tenant registered in {checks.district_zh(r.tenant_district)}, not 石景山 (区属)")
        if need_pos and r.tenant_fits_district_positioning is False:
            fails.append("tenant does not fit 石景山's industrial positioning (符合区域产业发展定位)")
        if r.recognised is False:
            fails.append("the landlord's reduction was not recognised (经认定后)")
        if fails:
            ev.reasons.append(f"✗ relief {i}: " + "; ".join(fails))
            continue
        keys = ["tenant_size", "tenant_district", "amount", "recognised"] + (
            ["tenant_fits_district_positioning"] if need_pos else [])
        if in_period:
            keys += ["period_start", "period_end"]
        missing = [f"{p}.{k}" for k in keys if getattr(r, k) is None]
        if missing:
            ev.unknown(f"relief {i}: facts needed to decide whether it counts", missing)
            continue
        granted = ev.known(r.amount)
        amount = exact(granted)
        if in_period:
            span = Window(ev.known(r.period_start), ev.known(r.period_end))
            inside = overlap_days(span, period)
            if inside == 0:
                ev.reasons.append(f"✗ relief {i}: period {span} outside 疫情防控期间 {period}")
                continue
            if inside < span.days():  # §1: only the relief's days inside 疫情防控期间 count
                amount = amount * Fraction(inside, span.days())
                ev.step(f"relief {i}: {inside} of {span.days()} days within 疫情防控期间: "
                        f"{yuan(granted)} × {inside}/{span.days()} = {yuan(amount)}")
        counted.append((i, amount))
    amount = _share_of_sum(ev, counted, "no rent waived for a 石景山 SME fitting the district's positioning in 疫情防控期间",
                           "rent waived")
    cap = ev.reading("shijingshan_landlord_support_cap")
    if cap is not None and amount > exact(cap):
        ev.step(f"capped at {yuan(cap)} (reading shijingshan_landlord_support_cap; the text sets no cap)")
        amount = exact(cap)
    ev.met(f"{len(counted)} rent relief(s) to 石景山 SMEs, recognised (经认定后)")
    ev.pay(amount)


# =====================================================================================================
# The two groups of items 6 and 7: 直接参加疫情防控工作的驻区企业 (any size) / 受疫情影响较大的区内中小微企业
# =====================================================================================================
def _two_groups(ev: Ev) -> None:
    """Items 6 and 7: "针对直接参加疫情防控工作的驻区企业和受疫情影响较大的区内中小微企业，经认定后". Group (a), any size:
    recognised as directly taking part in epidemic prevention (``qualifications.epidemic_control_participant``, a
    recognition). Group (b): an SME recognised as heavily affected (``qualifications.heavily_affected_recognised``;
    ``heavily_affected`` false rules it out). Unknown recognitions leave the measure undetermined."""
    q = ev.firm.qualifications
    a = q.epidemic_control_participant if q is not None else None
    if a is True:
        ev.met("recognised as taking a direct part in epidemic prevention (直接参加疫情防控工作的驻区企业, 经认定后), any "
               "size")
        return
    affected = q.heavily_affected if q is not None else None
    recognised = q.heavily_affected_recognised if q is not None else None
    b = False if affected is False or recognised is False else recognised
    if b is False and a is False:
        why = ("is not heavily affected (受疫情影响较大)" if affected is False
               else "is not recognised as heavily affected (受疫情影响较大, 经认定后)")
        ev.fail(f"takes no direct part in epidemic prevention (直接参加疫情防控工作) and {why}")
    size = checks.firm_size(ev) if b is not False else None
    if a is False and size is not None and size not in SME_SIZES:
        ev.fail(f"size {size}: group (b) is for 中小微企业 only, and the firm takes no direct part in epidemic prevention")
    if b is True and size in SME_SIZES:
        ev.met(f"recognised as a heavily affected {checks.SIZE_ZH[size]} firm (受疫情影响较大的区内中小微企业, 经认定后)")
        return
    paths = []
    if a is None:
        paths.append("qualifications.epidemic_control_participant")
    if b is None:
        paths.append("qualifications.heavily_affected_recognised")
    if paths:  # (an unknown size has its path recorded by firm_size; a failed condition found later still wins)
        ev.unknown("recognised as taking a direct part in epidemic prevention, or as a heavily affected SME (经认定后) "
                   "— not known", paths)


# =====================================================================================================
# shijingshan.loan_interest_subsidy — 6.对疫情防控期间企业贷款给予财政贴息支持
# =====================================================================================================
LOAN_SOURCE = DOC.cite(
    "L4789-L4793",
    "6.对疫情防控期间企业贷款给予财政贴息支持。针对直接参加疫情防控工作的驻区企业和受疫情影响较大的区内中小微企业，"
    "经认定后，按照贷款实际支付利息的 100%给予企业财政贴息支持，单个企业贴息额度最高不超过 100万元。（责任单位：区金融办、"
    "区财政局）",
)
LOAN_PARAMS = Params(
    share=Param(Decimal(1), "按照贷款实际支付利息的 100%给予企业财政贴息支持", unit="share of interest actually paid",
                literal="100%"),
    cap=Param(Decimal(1_000_000), "单个企业贴息额度最高不超过 100万元", unit="yuan per firm", note="最高不超过: inclusive",
              literal="100万元"),
)
LOAN_READINGS = [
    Reading("shijingshan_loan_scope", Literal["originated_in_period", "interest_in_period"], "originated_in_period",
            "'疫情防控期间企业贷款': 'originated_in_period' (default: loans disbursed within 疫情防控期间) or "
            "'interest_in_period' (any loan outstanding in the period; give as interest_paid the interest paid "
            "within the period; a loan whose term (disbursed_on + term_months) ended before the period counts 0)."),
    Reading("shijingshan_interest_deduct_other_subsidies", bool, False,
            "Whether interest already subsidised by the city or central budget (loans.N.other_interest_subsidy) is "
            "deducted before the 100% (the text says nothing; default False, literal — a firm may then be paid more "
            "than its interest in total)."),
]


def loan_interest_subsidy(ev: Ev) -> None:
    """100% of the interest actually paid on loans of 疫情防控期间, at most 1,000,000 per firm."""
    f, n = ev.firm, ev.n
    _two_groups(ev)
    _local(ev)
    loans = checks.require_list(ev, f.loans, "loans", "the firm's loans")
    ev.settle()
    assert loans is not None
    period = _period(ev)
    scope = ev.reading("shijingshan_loan_scope")
    deduct = ev.reading("shijingshan_interest_deduct_other_subsidies")
    counted: list[tuple[int, Number]] = []
    for i, ln in enumerate(loans):
        p = f"loans.{i}"
        d = ln.disbursed_on
        if d is not None and scope == "originated_in_period" and not period.contains(d):
            ev.reasons.append(f"✗ loan {i}: disbursed {d}, outside 疫情防控期间 {period}")
            continue
        if d is not None and scope == "interest_in_period" and period.end is not None and d > period.end:
            ev.reasons.append(f"✗ loan {i}: disbursed {d}, after 疫情防控期间 {period}")
            continue
        early = scope == "interest_in_period" and d is not None and d < period.start
        if early and d is not None and ln.term_months is not None and not _loan_span(d, ln.term_months).overlaps(period):
            ev.reasons.append(f"✗ loan {i}: its term {_loan_span(d, ln.term_months)} ended before 疫情防控期间 {period}")
            continue
        keys = ["disbursed_on", "interest_paid"] + (["other_interest_subsidy"] if deduct else []) + (
            ["term_months"] if early else [])
        missing = [f"{p}.{k}" for k in keys if getattr(ln, k) is None]
        if missing:
            ev.unknown(f"loan {i}: facts needed", missing)
            continue
        interest = ln.interest_paid
        if deduct:
            interest = max(Decimal(0), interest - ln.other_interest_subsidy)
            ev.step(f"loan {i}: interest {yuan(ln.interest_paid)} − other subsidies {yuan(ln.other_interest_subsidy)} "
                    f"= {yuan(interest)}")
        counted.append((i, interest))
    amount = _share_of_sum(ev, counted, "no loan of 疫情防控期间", "interest actually paid")
    if amount > exact(n.cap):
        ev.step(f"capped at {yuan(n.cap)} per firm (单个企业贴息额度最高不超过 100万元)")
        amount = exact(n.cap)
    ev.met(f"{len(counted)} loan(s) of 疫情防控期间")
    ev.pay(amount)


# =====================================================================================================
# shijingshan.guarantee_fee_waiver — 7.全额免除疫情期间产生贷款的担保费用
# =====================================================================================================
GUARANTEE_SOURCE = DOC.cite(
    "L4795-L4801",
    "7.优化对受疫情影响企业的融资担保服务。针对直接参加疫情防控工作的驻区企业和受疫情影响较大的区内中小微企业，经认定后，"
    "全额免除疫情期间产生贷款的担保费用。对于确无还款能力的小微企业，为其提供融资担保服务的区属政府性融资担保机构，"
    "应及时履行代偿义务，视疫情影响情况适当延长追偿时限。（责任单位：区金融办、区财政局）",
)
GUARANTEE_PARAMS = Params(
    share=Param(Decimal(1), "全额免除疫情期间产生贷款的担保费用", unit="share of the guarantee fee waived", literal="全额"),
)
GUARANTEE_READINGS = [
    Reading("shijingshan_guarantor_scope", Literal["any", "district_government"], "any",
            "Which guarantors waive: 'any' (default: the first sentence names none) or 'district_government' (only "
            "区属政府性融资担保机构, the guarantors the second sentence names)."),
    Reading("shijingshan_guarantee_loan_scope", Literal["originated_in_period", "fee_in_period"],
            "originated_in_period",
            "'疫情期间产生贷款': 'originated_in_period' (default: loans disbursed within 疫情期间) or 'fee_in_period' "
            "(the share of any guaranteed loan's fee that falls within the period, by days of the guarantee term)."),
    Reading("shijingshan_guarantee_fee_term", Literal["whole_term", "in_period_share"], "whole_term",
            "For a guarantee running past 疫情期间: 'whole_term' (default, literal '全额': the whole fee) or "
            "'in_period_share' (the fee prorated by the days of the guarantee term within the period)."),
]


def _loan_span(start: date, months: int) -> Window:
    """A loan's or guarantee's own period: from ``start`` for ``months`` calendar months (the day before the same day
    ``months`` later); a term of 0 months is the one day ``start``."""
    return Window(start, max(start, add_months(start, months) - DAY))


def guarantee_fee_waiver(ev: Ev) -> None:
    """The whole guarantee fee of loans arising in 疫情期间 is waived (no cap)."""
    f = ev.firm
    _two_groups(ev)
    _local(ev)
    loans = checks.require_list(ev, f.loans, "loans", "the firm's loans")
    ev.settle()
    assert loans is not None
    period = _period(ev)
    gov_only = ev.reading("shijingshan_guarantor_scope") == "district_government"
    scope = ev.reading("shijingshan_guarantee_loan_scope")
    share_only = scope == "fee_in_period" or ev.reading("shijingshan_guarantee_fee_term") == "in_period_share"
    counted: list[tuple[int, Number]] = []
    for i, ln in enumerate(loans):
        p = f"loans.{i}"
        if ln.guarantee_fee is not None and ln.guarantee_fee == 0:
            ev.reasons.append(f"✗ loan {i}: not guaranteed (guarantee_fee 0)")
            continue
        d = ln.disbursed_on
        if d is not None and scope == "originated_in_period" and not period.contains(d):
            ev.reasons.append(f"✗ loan {i}: disbursed {d}, outside 疫情期间 {period}")
            continue
        if gov_only and ln.guarantor_district_government is False:
            ev.reasons.append(f"✗ loan {i}: guarantor is not a 区属政府性融资担保机构")
            continue
        keys = ["disbursed_on", "guarantee_fee"] + (["guarantor_district_government"] if gov_only else []) + (
            ["term_months"] if share_only else [])
        missing = [f"{p}.{k}" for k in keys if getattr(ln, k) is None]
        if missing:
            ev.unknown(f"loan {i}: facts needed", missing)
            continue
        fee: Number = ln.guarantee_fee
        if share_only:
            span = _loan_span(d, ln.term_months)
            inside = overlap_days(span, period)
            if inside == 0:
                ev.reasons.append(f"✗ loan {i}: guarantee term {span} outside 疫情期间 {period}")
                continue
            fee = exact(ln.guarantee_fee) * Fraction(inside, span.days())
            ev.step(f"loan {i}: guarantee fee within 疫情期间 = {yuan(ln.guarantee_fee)} × {inside}/{span.days()} days "
                    f"= {yuan(fee)}")
        counted.append((i, fee))
    amount = _share_of_sum(ev, counted, "no guaranteed loan of 疫情期间", "guarantee fees", " waived (全额免除)")
    ev.met(f"{len(counted)} guaranteed loan(s) of 疫情期间")
    ev.pay(amount)


# =====================================================================================================
# shijingshan.frontline_staff_post_subsidy — 8.保供单位上岗人员岗位补贴
# =====================================================================================================
POST_SOURCE = DOC.cite(
    "L4805-L4808",
    "8.对在疫情防控期间保障城市基本运行的重点商超、连锁便利店、社区菜店和为社会提供供餐服务的餐饮经营单位，经认定后，"
    "可申请上岗人员岗位补贴，按照每人每天 100元的补贴标准，从 2月 1日起发放。（责任单位：区商务局、区人力资源社会保障局、"
    "区财政局）",
)
POST_PARAMS = Params(
    per_person_day=Param(Decimal(100), "按照每人每天 100元的补贴标准", unit="yuan per person per day", literal="100元"),
    start=Param(date(2020, 2, 1), "从 2月 1日起发放", note="year 2020 implied; 起: inclusive", literal="2月 1日"),
    outlets=Param(
        ("key_supermarket", "chain_convenience_store", "community_vegetable_shop", "public_catering"),
        "重点商超、连锁便利店、社区菜店和为社会提供供餐服务的餐饮经营单位",
    ),
)
POST_READINGS = [
    Reading("shijingshan_post_subsidy_staff", Literal["all_on_duty", "customer_facing"], "all_on_duty",
            "Who are '上岗人员': 'all_on_duty' (default: every person on duty at the outlet) or 'customer_facing' "
            "(only staff serving customers; frontline_duty.N.customer_facing)."),
    Reading("shijingshan_post_subsidy_day_rule", Literal["calendar_days", "weekdays"], "calendar_days",
            "'每人每天': 'calendar_days' (default: every day on duty, the outlets open daily) or 'weekdays' "
            "(Monday to Friday only)."),
]


def _days(span: Window, weekdays: bool) -> int:
    """Days of ``span`` counted: every calendar day, or Monday to Friday only (reading weekdays)."""
    if not weekdays:
        return span.days()
    return sum(1 for k in range(span.days()) if add_days(span.start, k).weekday() < SATURDAY)


def frontline_staff_post_subsidy(ev: Ev) -> None:
    """100 yuan per person per day on duty from 2020-02-01 to the end of 疫情防控期间, essential outlets only."""
    f, n = ev.firm, ev.n
    _local(ev)
    kind = f.essential_outlet
    ev.require(None if kind is None else kind in n.outlets,
               f"outlet type {kind} is among 重点商超、连锁便利店、社区菜店、供餐服务的餐饮经营单位",
               f"outlet type {kind} is not a 重点商超, 连锁便利店, 社区菜店 or public catering unit", ["essential_outlet"])
    checks.require_qualification(
        ev, "essential_outlet_recognised", True,
        "recognised as an outlet keeping the city's basic operation supplied (保障城市基本运行的…经认定后)",
        "not recognised as an outlet keeping the city's basic operation supplied (保障城市基本运行的…经认定后)")
    duty = checks.require_list(ev, f.frontline_duty, "frontline_duty", "staff on duty")
    ev.settle()
    assert duty is not None
    end = ev.reading("epidemic_period_end")
    if end < n.start:
        ev.fail(f"疫情防控期间 ends {end}, before the subsidy starts (从 2月 1日起, {n.start})")
    window = Window(n.start, end)
    facing_only = ev.reading("shijingshan_post_subsidy_staff") == "customer_facing"
    weekdays = ev.reading("shijingshan_post_subsidy_day_rule") == "weekdays"
    person_days = 0
    for i, s in enumerate(duty):
        p = f"frontline_duty.{i}"
        if facing_only and s.customer_facing is False:
            ev.reasons.append(f"✗ duty {i}: not customer-facing (reading customer_facing)")
            continue
        keys = ["persons", "first_day", "last_day"] + (["customer_facing"] if facing_only else [])
        missing = [f"{p}.{k}" for k in keys if getattr(s, k) is None]
        if missing:
            ev.unknown(f"duty {i}: facts needed", missing)
            continue
        inside = Window(s.first_day, s.last_day).intersection(window)
        if inside is None:
            ev.reasons.append(f"✗ duty {i}: {s.first_day}..{s.last_day} outside {window} (从 2月 1日起)")
            continue
        days = _days(inside, weekdays)
        ev.step(f"duty {i}: {s.persons} person(s) × {days} day(s) in {inside}")
        person_days += s.persons * days
    ev.settle()
    if person_days == 0:
        ev.fail(f"no staff on duty within {window} (从 2月 1日起)")
    amount = n.per_person_day * person_days
    ev.step(f"{person_days} person-days × {yuan(n.per_person_day)} = {yuan(amount)}")
    ev.met(f"{person_days} person-days on duty from 2020-02-01")
    ev.pay(amount)


# =====================================================================================================
MEASURES = [
    Measure(
        id="shijingshan.soe_collective_rent_reduction",
        district="shijingshan",
        title_zh="区属国有企业和集体经济企业减免租金",
        title_en="Rent relief by 石景山 district SOE and collective landlords: one month free, then 50% for the epidemic",
        kind="rent_reduction",
        beneficiary="enterprise",
        sources=(RENT_SOURCE, SCOPE_SOURCE),
        calc=soe_collective_rent_reduction,
        params=RENT_PARAMS,
        readings=("shijingshan_local_firm_test", "epidemic_period_end", *(r.name for r in RENT_READINGS)),
        valid=VALID,
        summary="Σ leases: rent × 1 + 50% × rent × later months to the end of 疫情防控期间",
    ),
    Measure(
        id="shijingshan.landlord_rent_reduction_support",
        district="shijingshan",
        title_zh="对为区属中小微企业减免房租的业主给予支持",
        title_en="Support to landlords: 30% of the rent waived for 石景山 SMEs (no cap stated)",
        kind="rent_subsidy_to_landlord",
        beneficiary="landlord",
        sources=(SUPPORT_SOURCE, SCOPE_SOURCE),
        calc=landlord_rent_reduction_support,
        params=SUPPORT_PARAMS,
        readings=("epidemic_period_start", "epidemic_period_end", *(r.name for r in SUPPORT_READINGS)),
        territory="custom",
        valid=VALID,
        summary="30% × rent waived for 石景山 SMEs fitting the district's positioning, in 疫情防控期间",
        notes=("'减免金额' is the amount waived against the contractual rent (rent_relief_granted.N.amount).",
               "The landlord's own district is not tested: the tenant must be 区属."),
    ),
    Measure(
        id="shijingshan.loan_interest_subsidy",
        district="shijingshan",
        title_zh="疫情防控期间企业贷款财政贴息",
        title_en="Interest subsidy: 100% of interest actually paid on loans of the epidemic period, ≤ 1,000,000 per firm",
        kind="interest_subsidy",
        beneficiary="enterprise",
        sources=(LOAN_SOURCE, SCOPE_SOURCE),
        calc=loan_interest_subsidy,
        params=LOAN_PARAMS,
        readings=("shijingshan_local_firm_test", "epidemic_period_start", "epidemic_period_end",
                  *(r.name for r in LOAN_READINGS)),
        valid=VALID,
        summary="min(100% × interest actually paid on loans of 疫情防控期间, 1,000,000)",
        notes=("No benchmark-rate limit and no loan-size limit in the text.",
               "Penalty interest (罚息) is not interest actually paid on the loan; leave it out of interest_paid."),
    ),
    Measure(
        id="shijingshan.guarantee_fee_waiver",
        district="shijingshan",
        title_zh="全额免除疫情期间产生贷款的担保费用",
        title_en="Guarantee fee waiver: the whole guarantee fee of loans arising in the epidemic period",
        kind="fee_waiver",
        beneficiary="enterprise",
        sources=(GUARANTEE_SOURCE, SCOPE_SOURCE),
        calc=guarantee_fee_waiver,
        params=GUARANTEE_PARAMS,
        readings=("shijingshan_local_firm_test", "epidemic_period_start", "epidemic_period_end",
                  *(r.name for r in GUARANTEE_READINGS)),
        valid=VALID,
        summary="100% × guarantee fees of loans disbursed in 疫情期间 (no cap)",
        notes=("The second sentence (代偿, 适当延长追偿时限) sets no period: not quantified.",),
    ),
    Measure(
        id="shijingshan.frontline_staff_post_subsidy",
        district="shijingshan",
        title_zh="保供单位上岗人员岗位补贴",
        title_en="Post subsidy for on-duty staff of essential outlets: 100 yuan per person per day from 2020-02-01",
        kind="cash_grant",
        beneficiary="enterprise",
        sources=(POST_SOURCE, SCOPE_SOURCE),
        calc=frontline_staff_post_subsidy,
        params=POST_PARAMS,
        readings=("shijingshan_local_firm_test", "epidemic_period_end", *(r.name for r in POST_READINGS)),
        valid=VALID,
        summary="100 × person-days on duty from 2020-02-01 to the end of 疫情防控期间 (no size condition, no cap)",
    ),
]

READINGS = [*COMMON_READINGS, *RENT_READINGS, *SUPPORT_READINGS, *LOAN_READINGS, *GUARANTEE_READINGS, *POST_READINGS]


# =====================================================================================================
# Stacking: one rent, once (README "Decisions"; ERRATA_04_06 finding 7)
# =====================================================================================================
CITY_SOE_RENT = "beijing.soe_rent_reduction_feb"


STACKING: list[StackingRule] = [
    StackingRule(
        "shijingshan_soe_rent_once", "exclusive", ("shijingshan.soe_collective_rent_reduction", CITY_SOE_RENT),
        SCOPE_SOURCE,
        "a 石景山 SOE's February rent is waived once, lease by lease: on each lease item 3 (February free, then 50%) "
        "or the city February rule (免收 2月份房租 / 50% for offices), whichever pays more on it — item 3 already "
        "contains February; the firm's other leases (a 市属 SOE's premises) keep the city relief",
        keep="highest", per="leases", per_reading="soe_rent_one_level_scope",
    ),
] if declares_measure(("beijing_business",), CITY_SOE_RENT, ImportError) else []
