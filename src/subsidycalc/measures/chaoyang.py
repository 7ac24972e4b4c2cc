"""朝阳区: 《北京市朝阳区人民政府办公室关于支持企业应对新型冠状病毒感染的肺炎疫情稳定发展的若干措施》
(朝政办发〔2020〕2号, 2020-02-10; catalog 03 Part A, C1).

Scope clause (GC1, L3174-L3184): "除经各相关部门认定的直接参与疫情防控工作的企业外，享受以上政策措施的企业须在朝阳区
注册纳税" — registered **and** paying tax in 朝阳 (reading ``chaoyang_registration_test``), unless the firm is
recognised as directly taking part in epidemic control (``qualifications.epidemic_control_participant``). The
engine's ``district_and_tax`` territory has no exemption, so every measure here is ``territory="custom"`` and
applies the clause itself (:func:`_gc1`). Where an item states "在朝阳区注册纳税" for its own tenants (item 2), that
is the item's condition, which the exemption does not lift (reading ``chaoyang_exemption_lifts_item_test``).
In force from 2020-02-10 "至 2020年底".

Items restating city rules are encoded once at city level, with the 朝阳 catalog ids as aliases: item 4 (fee
waivers, tax deferral → ``beijing_business``), item 5 (SI deferrals), item 9 (UI refund, one-off SI subsidy,
training subsidy → ``beijing``). Items 6-8, 10, 12, 14-18 carry no number (catalog 03, "Non-quantified
measures"). Items 2 (商务楼宇 / 商场 rewards), 11 and 13 grant "奖励支持" with no amount (ERRATA_01_03 R27): they
are measures whose amount is undetermined unless a reading supplies it.

Facts, not procedure (issue 8 §3): item 2's "经认定后" is ``leases.N.relief_recognised`` and item 3's
"经行业主管部门认定后" is ``rent_relief_granted.N.recognised``; GC1's "经各相关部门认定的直接参与疫情防控工作的企业" is
``qualifications.epidemic_control_participant``. Unknown leaves a measure undetermined, false rules the item out.
Items count only for their own periods (§1): a lease for the days it exists in each month relieved
(:func:`~subsidycalc.engine.periods.month_shares`), a landlord's reduction for its days inside 疫情期间; amounts stay
exact fractions until the engine's one rounding (§1b).

Stacking: the district-SOE rent measures and the city February rule (``beijing.soe_rent_reduction_feb``) never
both pay for the same rent (README "Decisions"; ERRATA_04_06 finding 7): the larger is paid, and 朝阳's award
already contains February, so its March–April halving is the increment that adds. The rules apply lease by lease
(``per="leases"``; each award records its leases' shares): a 市属 SOE lease of the same firm keeps the city relief.
C1 itself states no "市区两级只能选择一级" / "不重复享受" clause (none in L2848-L3188): the one-rent-once rule above is
the catalog's decision, not the text's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal

from ..engine import checks
from ..engine.evaluation import Ev
from ..engine.measure import Measure, Param, Params, Reading
from ..engine.money import exact, pct, ratio, yuan
from ..engine.periods import Window, item_period, month_of, month_shares, overlap_days
from ..engine.sources import Source
from ..engine.stacking import StackingRule
from ..profile.firm import Lease, RentRelief
from ..profile.industries import SME_SIZES
from ._documents import CHAOYANG_CZBF_2020_2 as DOC
from ._leases import OperatingConditions, declares_measure, declares_reading, lease_candidates

HERE = "chaoyang"

# =====================================================================================================
# The scope clause (GC1, GC2) and the document's validity
# =====================================================================================================
SCOPE_SOURCE = DOC.cite(
    "L3174-L3184",
    "除经各相关部门认定的直接参与疫情防控工作的企业外，享受以上政策措施的企业须在朝阳区注册纳税，中小微企业须符合工业和"
    "信息化部、国家统计局、国家发展改革委、财政部联合发布的《中小微企业划型标准规定》（工信部联企业〔2011〕300号）。上述"
    "政策措施自印发之日起实施，有效期至 2020年底（文中具体措施有明确期限规定的从其规定，因北京市新型冠状病毒感染的肺炎疫情"
    "应急响应结束等原因政策措施不再有必要性的自然失效）。",
)
VALIDITY = Param(Window(date(2020, 2, 10), date(2020, 12, 31)), "自印发之日起实施，有效期至 2020年底",
                 note="印发 2020-02-10 (L2850, L3188); '2020年底' read as 2020-12-31 inclusive",
                 convention="starts on the document's issue date, 2020-02-10 (自印发之日起; the date is printed at L2850 "
                            "and L3188, not in this sentence); ends 2020年底, read as 2020-12-31 inclusive")
VALID: Window = VALIDITY.value

SCOPE_READINGS = [
    Reading("chaoyang_registration_test", Literal["registered_and_tax", "registered_or_tax"], "registered_and_tax",
            "'在朝阳区注册纳税' (GC1 and item 2): 'registered_and_tax' (default; registered and paying tax in 朝阳, the "
            "catalog's reading) or 'registered_or_tax' (the looser reading: either suffices)."),
    Reading("chaoyang_exemption_lifts_item_test", bool, False,
            "Whether GC1's exemption for firms recognised as directly taking part in epidemic control "
            "('除经各相关部门认定的直接参与疫情防控工作的企业外') also lifts the '在朝阳区注册纳税' that item 2 states again "
            "for its own tenants. Default False: the item states it as its own condition of the rent relief; True "
            "lets a recognised epidemic-control firm registered elsewhere claim it."),
]


def _local(ev: Ev, reg: str | None, tax: str | None) -> bool | None:
    """Whether (reg, tax) meets '在朝阳区注册纳税' under the reading; ``None`` when unknown."""
    if ev.reading("chaoyang_registration_test") == "registered_and_tax":
        if reg is not None and reg != HERE or tax is not None and tax != HERE:
            return False
        return None if reg is None or tax is None else True
    if reg == HERE or tax == HERE:
        return True
    return None if reg is None or tax is None else False


def _gc1(ev: Ev, item_states_it: bool) -> None:
    """GC1: registered and paying tax in 朝阳, unless recognised as directly taking part in epidemic control."""
    f = ev.firm
    local = _local(ev, f.district, f.effective_tax_district)
    where = f"registered in {checks.district_zh(f.district)}, paying tax in {checks.district_zh(f.effective_tax_district)}"
    if local:
        ev.met("registered and paying tax in 朝阳区 (在朝阳区注册纳税)")
        return
    if item_states_it and not ev.reading("chaoyang_exemption_lifts_item_test"):
        ev.require(local, "registered and paying tax in 朝阳区 (在朝阳区注册纳税, the item's own condition)",
                   f"the item is for firms registered and paying tax in 朝阳区 (在朝阳区注册纳税); the firm is {where}",
                   ["district"])
        return
    q = f.qualifications
    exempt = q.epidemic_control_participant if q is not None else None
    if exempt:
        ev.met("exempt from 朝阳 registration and tax: recognised as directly taking part in epidemic control "
               "(除经各相关部门认定的直接参与疫情防控工作的企业外)")
    elif local is None:
        ev.unknown("registered and paying tax in 朝阳区 (在朝阳区注册纳税) — not known", ["district"])
    elif exempt is None:
        ev.unknown(f"the firm is {where}: only a firm recognised as directly taking part in epidemic control is "
                   "exempt (直接参与疫情防控) — not known", ["qualifications.epidemic_control_participant"])
    else:
        ev.fail(f"朝阳 measures are for firms registered and paying tax in 朝阳区 (在朝阳区注册纳税) or recognised as "
                f"directly taking part in epidemic control; the firm is {where} and is not")


def _sme(ev: Ev) -> None:
    checks.require_size(ev, SME_SIZES, "中小微企业 (工信部联企业〔2011〕300号)")


def _landlord(ev: Ev) -> list:  # type: ignore[type-arg]
    relief = ev.firm.rent_relief_granted
    if relief is None:
        ev.fail("pays a landlord for rent it waived; the profile has no rent_relief_granted (not a landlord claiming)")
    return relief


def _premises_type(ev: Ev, allowed: tuple[str, ...], label: str) -> None:
    kind = ev.firm.landlord_premises_type
    ev.require(None if kind is None else kind in allowed, f"operates {label} ({kind})",
               f"operates {kind}, not {label}", ["landlord_premises_type"])


def _information(ev: Ev) -> None:
    """Information entry: the engine reports it and never pays."""


# =====================================================================================================
# chaoyang.special_fund_pool — 1.建立支持企业稳定发展专项资金池 (information: a budget, not an entitlement)
# =====================================================================================================
POOL_SOURCE = DOC.cite(
    "L2876-L2885",
    "1.建立支持企业稳定发展专项资金池。设立总规模 3亿元的朝阳区支持企业应对疫情稳定发展专项资金池，重点用于扶持创新创业载体、"
    "支持防疫领域科技创新、推动防疫新技术新产品落地、保障企业复工复产、稳定企业就业岗位、加强对企业法律支持、提供线上健康咨询、"
    "加强企业员工心理建设等方面，帮助企业应对疫情，支持企业稳定发展。（主责部门：区发展改革委）",
)
POOL_PARAMS = Params(
    size=Param(Decimal(300_000_000), "设立总规模 3亿元的朝阳区支持企业应对疫情稳定发展专项资金池", unit="yuan (pool)",
               note="a programme budget: no split across uses, no per-firm amount, no rule when it runs out",
               literal="3亿元"),
)

# =====================================================================================================
# Item 2 — 减免中小微企业房租 (district SOE, district institution, collective landlords)
# =====================================================================================================
RENT_SOURCE = DOC.cite(
    "L2889-L2895",
    "2.减免中小微企业房租。在朝阳区注册纳税的中小微企业承租区属国有企业京内房产从事生产经营活动，按照政府要求坚持营业或依照"
    "防疫规定关闭停业且不裁员、少裁员的，经认定后，免收 2 月份房租，3月份、4月份房租减半；对承租用于办公用房的中小微企业，"
    "经认定后，2月份、3月份、4月份房租减半。",
)
INSTITUTION_SOURCE = DOC.cite(
    "L2895-L2899",
    "在朝阳区注册纳税的中小微企业承租区属事业单位京内房产从事生产经营活动或办公的，参照区属国有企业房产租金减免期限、标准执行。",
)
COLLECTIVE_SOURCE = DOC.cite("L2899", "鼓励集体经济组织参照执行。")

# the months item 2 relieves, of 2020 (the year implied by the 2020-02-10 issue date); the shares "免收" = 100%,
# "减半" = 50%
FEB, MAR, APR = (month_of(date(2020, m, 1)) for m in (2, 3, 4))
HALF, WHOLE = Decimal("0.5"), Decimal(1)
RENT_PARAMS = Params(
    business_terms=Param(((FEB, WHOLE), (MAR, HALF), (APR, HALF)),
                         "免收 2 月份房租，3月份、4月份房租减半", unit="(month, share of its rent)",
                         note="production or business use (从事生产经营活动)",
                         literal=("2 月份", "免收", "3月份", "减半", "4月份", "减半")),
    office_terms=Param(((FEB, HALF), (MAR, HALF), (APR, HALF)),
                       "对承租用于办公用房的中小微企业，经认定后，2月份、3月份、4月份房租减半", unit="(month, share of its rent)",
                       note="office use (办公用房)", literal=("2月份", "减半", "3月份", "减半", "4月份", "减半")),
    policy_valid=VALIDITY,
)
Terms = tuple[tuple[Window, Decimal], ...]

RENT_READINGS = [
    Reading("chaoyang_rent_partial_months", Literal["prorate_days", "whole_month"], "prorate_days",
            "A lease that begins or ends inside February, March or April (leases.N.starts_on / ends_on): "
            "'prorate_days' (default, the catalog's reading: the month's rent × days leased / days in the month) or "
            "'whole_month' (a month leased on any day counts at its full monthly rent: '2 月份房租' read as the rent "
            "of the month, for leases billed by whole months). Either way a month not leased at all counts 0."),
    Reading("chaoyang_referenced_terms_include_conditions", bool, True,
            "'参照区属国有企业房产租金减免期限、标准执行' (区属事业单位) and '鼓励集体经济组织参照执行' carry over the periods and "
            "rates. Default True: the district-SOE clause's conditions come with its rate, since the same rate "
            "presupposes the same test — the recognition '经认定后' (leases.N.relief_recognised, both tiers) and the "
            "production/business tier's 按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员; False is the literal "
            "reading (only '期限、标准' are named: no recognition, no operating conditions). The office tier's operating "
            "conditions follow office_requires_no_layoff either way."),
    Reading("chaoyang_collective_scope", Literal["chaoyang", "any"], "chaoyang",
            "'集体经济组织' the tenant rents from: 'chaoyang' (default; a 朝阳 collective — the item is about 区属 "
            "landlords and its contact is 区农业农村局) or 'any' collective economic organisation."),
    Reading("chaoyang_collective_amount", Literal["district_terms", "as_granted"], "district_terms",
            "What a collective that follows the encouragement ('鼓励…参照执行') gives: 'district_terms' (default; the "
            "district-SOE terms in full) or 'as_granted' (the rent it actually waived, leases.N.rent_waived — a "
            "collective may adopt part of the terms, e.g. February only — up to the district terms on that lease: "
            "what it waives beyond them is not '参照执行')."),
]

# The shared office-tier reading (README "Decisions"): declared by the city module when it exists, else here.
OFFICE_NO_LAYOFF = "office_requires_no_layoff"
_OFFICE_NO_LAYOFF_READING = Reading(
    OFFICE_NO_LAYOFF, bool, False,
    "Whether office tenants of SOE landlords must also have stayed open or closed under the rules and not laid staff "
    "off (不裁员、少裁员), as production/business tenants must. Default False (README 'Decisions'): the conditions sit "
    "inside the business-use clause; 大兴 (L5282-L5285) and 海淀 (L3286-L3288) state the office tier without them.",
)


def _declared_elsewhere(name: str) -> bool:
    """Whether another measure module already declares the reading ``name`` (the city business module owns the
    shared SOE-rent reading; until it does, a district module may declare it): one declaration in the catalog."""
    import pkgutil

    from .. import measures as pkg

    here = __name__.rsplit(".", 1)[-1]
    return declares_reading((info.name for info in pkgutil.iter_modules(pkg.__path__)
                             if not info.name.startswith("_") and info.name != here), name)


def _span(terms: Terms) -> Window:
    """The months ``terms`` relieve, first day of the first to last day of the last (Feb–Apr 2020)."""
    return Window(terms[0][0].start, terms[-1][0].end)


def _lease_dates(ls: Lease) -> str:
    """The lease's own period in words, for a reason."""
    if ls.starts_on and ls.ends_on:
        return f"leased {ls.starts_on}..{ls.ends_on}"
    if ls.starts_on:
        return f"lease starts {ls.starts_on}"
    return f"lease ended {ls.ends_on}"


def _lease_relief(ev: Ev, i: int, lease: Lease, terms: Terms) -> Fraction:
    """The relief on one lease: Σ over the months of ``terms`` of share × the rent of the part of the month the lease
    covers (:func:`month_shares`: days leased / days in the month), exact; under the reading ``whole_month`` a month
    leased on any day counts whole."""
    rent = exact(ev.known(lease.monthly_rent))
    whole = ev.reading("chaoyang_rent_partial_months") == "whole_month"
    own = item_period(lease.starts_on, lease.ends_on)
    parts, total = [], Fraction(0)
    for month, share in terms:
        for part, covered in month_shares(own, month):
            if covered == 0:
                parts.append(f"{part.start:%Y-%m}: not leased → 0")
                continue
            if covered == 1 or whole:
                base, basis = rent, yuan(rent) + ("" if covered == 1 else " (a part month counted whole, reading "
                                                                           "whole_month)")
            else:
                base = rent * covered
                basis = f"{yuan(rent)} × {overlap_days(own, part)}/{part.days()} days leased"
            amount = exact(share) * base
            parts.append(f"{part.start:%Y-%m}: {pct(share)} × {basis} = {yuan(amount)}")
            total += amount
    ev.step(f"lease {i}: " + "; ".join(parts) + f" → {yuan(total)}")
    return total


def _recognition_applies(ev: Ev, referenced: bool) -> bool:
    """Whether '经认定后' binds a lease of this measure: always for the district-SOE clause (both tiers state it); for a
    referenced landlord (事业单位, 集体经济组织) under ``chaoyang_referenced_terms_include_conditions``."""
    return not referenced or bool(ev.reading("chaoyang_referenced_terms_include_conditions"))


def _rent_leases(ev: Ev, landlord: str, label: str, uses: tuple[str, ...], span: Window, recognition: bool,
                 any_district: bool = False) -> list[tuple[int, Lease]]:
    """Leases from ``landlord`` (a 朝阳 one unless ``any_district``) for one of ``uses``, premises 京内, leased on some
    day of ``span`` and (when ``recognition``) not refused recognition. Unknown facts of a possibly-qualifying lease go
    to ``missing``; the rest are skipped with a reason."""
    leases = checks.require_list(ev, ev.firm.leases, "leases", "the firm's leases")
    ev.settle()
    assert leases is not None

    def fails(ls: Lease) -> list[str]:
        """The first test the lease fails, if any."""
        if ls.landlord is not None and ls.landlord != landlord:
            return [f"landlord {ls.landlord}, not a {label}"]
        if not any_district and ls.landlord_district is not None and ls.landlord_district != HERE:
            return [f"landlord belongs to {checks.district_zh(ls.landlord_district)}, not 朝阳 (区属)"]
        if ls.use is not None and ls.use not in uses:
            return [f"{ls.use} use"]
        if ls.premises_in_beijing is False:
            return ["premises outside Beijing (京内房产 only)"]
        if not item_period(ls.starts_on, ls.ends_on).overlaps(span):
            return [f"{_lease_dates(ls)}: not leased in {span} (the months relieved) → 0"]
        if recognition and ls.relief_recognised is False:
            return ["the relief was not recognised (经认定后)"]
        return []

    keys = ["landlord", "use", "premises_in_beijing", "monthly_rent"] + ([] if any_district else ["landlord_district"])
    keys += ["relief_recognised"] if recognition else []
    return lease_candidates(ev, leases, fails, keys)


def _conditions_for(ev: Ev, use: str, referenced: bool) -> bool:
    """Whether the operating conditions apply to a lease of ``use`` under this measure's readings."""
    if use == "office":
        return bool(ev.reading(OFFICE_NO_LAYOFF)) and (not referenced or ev.reading(
            "chaoyang_referenced_terms_include_conditions"))
    return not referenced or bool(ev.reading("chaoyang_referenced_terms_include_conditions"))


def _pay_leases(ev: Ev, paid: Sequence[tuple[int, Fraction]], none: str, met: str) -> None:
    """Pay the sum of the leases' reliefs ``paid`` (exact), recording each lease's share (``ev.part("leases.i")``,
    for the stacking rules declared ``per="leases"``); fail with ``none`` when nothing is relieved (no lease, or a
    relief of 0). (``_leases.pay_leases`` sums in ``Decimal``; these reliefs are exact fractions.)"""
    ev.settle()
    total = sum((amount for _, amount in paid), Fraction(0))
    if total == 0:
        ev.fail(none if not paid else f"{none}: the relief on the qualifying lease(s) is 0 (monthly rent 0)")
    for i, amount in paid:
        ev.part(f"leases.{i}", amount)
    if len(paid) > 1:
        ev.step(f"sum over leases = {yuan(total)}")
    ev.met(f"{len(paid)} {met}")
    ev.pay(total)


def _rent_relief(ev: Ev, landlord: str, label: str, uses: tuple[str, ...], referenced: bool,
                 any_district: bool = False, encouraged: bool = False, as_granted: bool = False) -> None:
    """Item 2's arithmetic for every qualifying lease; conditions per lease use. ``encouraged``: the landlord only
    is encouraged to follow the terms (leases.N.landlord_follows_district_terms says whether it did)."""
    n = ev.n
    _sme(ev)
    _gc1(ev, item_states_it=True)
    span = _span(n.business_terms)
    assert span == _span(n.office_terms)
    recognition = _recognition_applies(ev, referenced)
    candidates = _rent_leases(ev, landlord, label, uses, span, recognition, any_district)
    op = OperatingConditions.of(ev)
    qualifying = []
    for i, ls in candidates:
        if encouraged:
            follows = ls.landlord_follows_district_terms
            if follows is False:
                ev.reasons.append(f"✗ lease {i}: the collective did not follow the encouragement (鼓励…参照执行)")
                continue
            need = ["landlord_follows_district_terms"] + (["rent_waived"] if as_granted else [])
            missing = [f"leases.{i}.{k}" for k in need if getattr(ls, k) is None]
            if missing:
                ev.unknown(f"lease {i}: whether (and how far) the collective follows the district terms", missing)
                continue
        if _conditions_for(ev, ls.use or "", referenced) and not op.check(
                ev, f"lease {i} ({ls.use}): the firm neither stayed open / closed under the rules with no (or few) "
                "lay-offs (坚持营业或依照防疫规定关闭停业且不裁员、少裁员)",
                f"lease {i} ({ls.use}): stayed open or closed under the rules, and 不裁员、少裁员"):
            continue
        if recognition:
            ev.met(f"lease {i}: the relief was recognised (经认定后)")
        qualifying.append((i, ls))
    ev.settle()
    if not qualifying:
        ev.fail(f"no qualifying lease from a {label}")
    paid: list[tuple[int, Fraction]] = []
    for i, ls in qualifying:
        terms = n.business_terms if ls.use == "business" else n.office_terms
        due = _lease_relief(ev, i, ls, terms)
        if as_granted:
            waived = exact(ev.known(ls.rent_waived))
            amount = min(waived, due)
            ev.step(f"lease {i}: rent the collective waived {yuan(waived)} (reading as_granted), up to the district "
                    f"terms {yuan(due)} → {yuan(amount)}")
            due = amount
        paid.append((i, due))
    # each lease's share is recorded, so that a per-lease rule (one rent once with the city, per="leases") can see it
    _pay_leases(ev, paid, f"no lease from a {label} relieved in the months relieved",
                f"lease(s) from a {label}, premises in Beijing (京内房产)")


# -- chaoyang.district_soe_rent_relief.production_use / .office_use ------------------------------------
def district_soe_rent_relief_production(ev: Ev) -> None:
    """February rent waived, March and April halved, on 京内 premises of a 朝阳 区属国有企业 used for business."""
    _rent_relief(ev, "district_soe", "朝阳 区属国有企业 (district SOE)", ("business",), referenced=False)


def district_soe_rent_relief_office(ev: Ev) -> None:
    """February, March and April rent halved on 京内 office premises of a 朝阳 区属国有企业."""
    _rent_relief(ev, "district_soe", "朝阳 区属国有企业 (district SOE)", ("office",), referenced=False)


# -- chaoyang.district_institution_rent_relief ------------------------------------------------------------
def district_institution_rent_relief(ev: Ev) -> None:
    """The district-SOE periods and rates (参照…期限、标准) on 京内 premises of a 朝阳 区属事业单位."""
    _rent_relief(ev, "institution", "朝阳 区属事业单位 (district public institution)", ("business", "office"),
                 referenced=True)


# -- chaoyang.collective_org_rent_relief_encouraged --------------------------------------------------------
COLLECTIVE_ID = "chaoyang.collective_org_rent_relief_encouraged"


def collective_org_rent_relief(ev: Ev) -> None:
    """A collective that follows the encouragement grants the district-SOE terms (or what it actually waived)."""
    any_district = ev.reading("chaoyang_collective_scope") == "any"
    as_granted = ev.reading("chaoyang_collective_amount") == "as_granted"
    _rent_relief(ev, "collective", "集体经济组织 (collective economic organisation)" + ("" if any_district else " of 朝阳"),
                 ("business", "office"), referenced=True, any_district=any_district, encouraged=True,
                 as_granted=as_granted)


# =====================================================================================================
# chaoyang.innovation_carrier_rent_reduction_reward — 3.扶持创新创业载体
# =====================================================================================================
CARRIER_SOURCE = DOC.cite(
    "L2929-L2934",
    "3.扶持创新创业载体。在疫情期间，为承租在朝阳区注册纳税的中小微企业减免租金的科技创新园、众创空间、创业基地、科技企业孵化器、"
    "文化产业园等载体，经行业主管部门认定后，按减免金额的 30%给予奖励，每个单位不超过 100万元。（主责部门：区科技和信息化局、"
    "区文创办、文创实验区管委会、区发展改革委）",
)
CARRIER_TYPES = ("science_park", "maker_space", "startup_base", "incubator", "cultural_park", "other_carrier")
CARRIER_PARAMS = Params(
    share=Param(Decimal("0.30"), "按减免金额的 30%给予奖励", unit="share of the rent waived", literal="30%"),
    cap=Param(Decimal(1_000_000), "每个单位不超过 100万元", unit="yuan per unit (单位)", note="不超过: inclusive",
              literal="100万元"),
    carriers=Param(CARRIER_TYPES, "科技创新园、众创空间、创业基地、科技企业孵化器、文化产业园等载体",
                   note="'等': an open list; other_carrier covers carriers of other kinds"),
    policy_valid=VALIDITY,
)
CARRIER_READINGS = [
    Reading("chaoyang_carrier_cap_scope", Literal["per_operator", "per_carrier"], "per_operator",
            "'每个单位不超过 100万元': 'per_operator' (default; 单位 is the legal entity claiming, so an operator running "
            "several parks has one cap) or 'per_carrier' (one cap per park, rent_relief_granted.N.carrier)."),
    Reading("chaoyang_carrier_include_mandated_reductions", bool, True,
            "Whether reductions the carrier had to grant anyway (e.g. as a 区属国有企业 under item 2; "
            "rent_relief_granted.N.mandated) count in '减免金额'. Default True: the text does not exclude them."),
    Reading("chaoyang_carrier_straddling_relief", Literal["prorate_days", "exclude"], "prorate_days",
            "Rent relief whose period runs partly outside '疫情期间' (epidemic_period_start/end): 'prorate_days' "
            "(default; the amount × days inside / days relieved) or 'exclude' (only relief wholly inside counts)."),
]


def _relief_dates(r: RentRelief) -> str:
    """A reduction's known period in words (either end may be unknown)."""
    return f"{r.period_start or '?'}..{r.period_end or '?'}"


def _relief_ruled_out_by_dates(r: RentRelief, period: Window, exclude_straddling: bool) -> str | None:
    """Why a reduction's *known* dates alone rule it out of ``period`` (疫情期间), else ``None``.

    One known end can decide: a reduction starting after the period ends, or ending before it starts, lies wholly
    outside whatever its other end; under the reading ``exclude`` (only reductions wholly inside count) one starting
    before the period, or ending after it, is out too."""
    start, end = r.period_start, r.period_end
    assert period.end is not None
    if (start is not None and start > period.end) or (end is not None and end < period.start):
        return f"{_relief_dates(r)} is outside 疫情期间 {period} → 0"
    if exclude_straddling and ((start is not None and start < period.start) or (end is not None and end > period.end)):
        return f"{_relief_dates(r)} runs partly outside 疫情期间 {period} (reading exclude)"
    return None


def _relief_inside(ev: Ev, i: int, r: RentRelief, period: Window) -> Fraction:
    """The part of a reduction (its dates and amount known) that falls inside ``period``: amount × days inside /
    days relieved, exact; a step when it is prorated."""
    own = Window(ev.known(r.period_start), ev.known(r.period_end))
    amount = exact(ev.known(r.amount))
    inside = overlap_days(own, period)
    if inside < own.days():
        part = amount * ratio(inside, own.days())
        ev.step(f"relief {i}: {yuan(amount)} × {inside}/{own.days()} days inside 疫情期间 = {yuan(part)}")
        return part
    return amount


def innovation_carrier_reward(ev: Ev) -> None:
    """30% of the rent a carrier waived for 朝阳-registered-and-taxed SME tenants in 疫情期间, recognised by the
    competent authority, ≤ 1,000,000 per unit."""
    n = ev.n
    relief = _landlord(ev)
    _gc1(ev, item_states_it=False)
    _premises_type(ev, n.carriers, "an innovation and entrepreneurship carrier (创新创业载体)")
    ev.settle()
    period = Window(ev.reading("epidemic_period_start"), ev.reading("epidemic_period_end"))
    with_mandated = ev.reading("chaoyang_carrier_include_mandated_reductions")
    per_carrier = ev.reading("chaoyang_carrier_cap_scope") == "per_carrier"
    exclude_straddling = ev.reading("chaoyang_carrier_straddling_relief") == "exclude"
    counted: list[tuple[int, str, Fraction]] = []
    for i, r in enumerate(relief):
        p = f"rent_relief_granted.{i}"
        if r.tenant_size is not None and r.tenant_size not in SME_SIZES:
            ev.reasons.append(f"✗ relief {i}: tenant is {r.tenant_size}, not 中小微企业")
            continue
        tax = r.tenant_tax_district or r.tenant_district
        if _local(ev, r.tenant_district, tax) is False:
            ev.reasons.append(f"✗ relief {i}: tenant registered in {checks.district_zh(r.tenant_district)}, paying tax "
                              f"in {checks.district_zh(tax)} — not 在朝阳区注册纳税")
            continue
        if not with_mandated and r.mandated:
            ev.reasons.append(f"✗ relief {i}: a reduction the landlord had to grant (reading excludes mandated)")
            continue
        outside = _relief_ruled_out_by_dates(r, period, exclude_straddling)
        if outside is not None:
            ev.reasons.append(f"✗ relief {i}: {outside}")
            continue
        if r.recognised is False:
            ev.reasons.append(f"✗ relief {i}: not recognised by the competent authority (经行业主管部门认定)")
            continue
        keys = ["tenant_size", "tenant_district", "amount", "period_start", "period_end", "recognised"]
        keys += ["mandated"] if not with_mandated else []
        keys += ["carrier"] if per_carrier else []
        # the tenant's tax district falls back to its registration district: the 朝阳 test is unknown only when
        # tenant_district is, and that path is then in missing
        missing = [f"{p}.{k}" for k in keys if getattr(r, k) is None]
        if missing:
            ev.unknown(f"relief {i}: facts needed to decide whether and how much it counts", missing)
            continue
        counted.append((i, (r.carrier or "") if per_carrier else "", _relief_inside(ev, i, r, period)))
    ev.settle()
    waived_total = sum((amount for _, _, amount in counted), Fraction(0))
    if waived_total == 0:
        ev.fail("no rent waived in 疫情期间 for 中小微企业 tenants registered and paying tax in 朝阳区"
                + (" (the reductions counted total 0)" if counted else ""))
    groups: dict[str, Fraction] = defaultdict(Fraction)
    for _, key, amount in counted:
        groups[key] += amount
    share, cap = exact(n.share), exact(n.cap)
    total = Fraction(0)
    for key, waived in sorted(groups.items()):
        who = f"carrier {key!r}" if per_carrier else "the operator"
        reward = share * waived
        ev.step(f"{who}: {pct(n.share)} × {yuan(waived)} = {yuan(reward)}")
        if reward > cap:
            ev.step(f"{who}: capped at {yuan(cap)} (每个单位不超过 100万元)")
            reward = cap
        total += reward
    if len(groups) > 1:
        ev.step(f"sum over carriers = {yuan(total)}")
    ev.met(f"{len(counted)} rent reduction(s) for 朝阳 SME tenants in 疫情期间, recognised by the competent authority "
           "(经行业主管部门认定)")
    ev.effect("apply", "after recognition (经行业主管部门认定): 区科技和信息化局 for 科技创新园/众创空间/创业基地/孵化器; "
                       "文创实验区管委会 or 区文创办 for 文化产业园 inside / outside the 国家文创实验区")
    ev.pay(total)


# =====================================================================================================
# Item 2 — rewards to 商务楼宇 and 商场卖场/商业街区 operators that cut rent ("给予奖励支持", no amount; R27)
# =====================================================================================================
OFFICE_BUILDING_SOURCE = DOC.cite(
    "L2899-L2901",
    "鼓励商务楼宇运营单位为承租企业减免租金，具体事宜双方协商解决，对于采取减免租金措施的，给予奖励支持。",
)
MALL_SOURCE = DOC.cite(
    "L2901-L2907",
    "鼓励商场卖场、商业街区等物业运营单位为租户减免租金，具体事宜双方协商解决，对于采取减免租金措施的，给予奖励支持。"
    "（主责部门：区国资委、区财政局、区农业农村局、区发展改革委、区商务局）",
)
OFFICE_BUILDING_PARAMS = Params(
    premises=Param(("office_building",), "鼓励商务楼宇运营单位为承租企业减免租金"),
    policy_valid=VALIDITY,
)
MALL_PARAMS = Params(
    premises=Param(("mall", "commercial_street"), "鼓励商场卖场、商业街区等物业运营单位为租户减免租金",
                   note="'等物业运营单位': other retail property operators of that kind also count"),
    policy_valid=VALIDITY,
)
REWARD_READINGS = [
    Reading("chaoyang_office_building_reward_share", Decimal | None, None,
            "The reward to 商务楼宇 operators that cut rent: the text sets no amount ('给予奖励支持'). Default None "
            "(amount undetermined); supply a share of the rent waived (e.g. 0.3) to compute one."),
    Reading("chaoyang_mall_reward_share", Decimal | None, None,
            "The reward to 商场卖场 / 商业街区 operators that cut rent: the text sets no amount ('给予奖励支持'). Default "
            "None (amount undetermined); supply a share of the rent waived to compute one."),
    Reading("chaoyang_rnd_breakthrough_reward", Decimal | None, None,
            "The reward for a major breakthrough in epidemic R&D (item 11): the text sets no amount ('给予奖励支持'). "
            "Default None (amount undetermined); supply a yuan amount to compute one."),
    Reading("chaoyang_supply_contribution_reward", Decimal | None, None,
            "The reward for an outstanding contribution to epidemic supplies or necessities (item 13): the text sets "
            "no amount ('给予奖励支持'). Default None (amount undetermined); supply a yuan amount to compute one."),
]


def _operator_reward(ev: Ev, label: str, reading: str) -> None:
    """Item 2's rewards to operators that cut tenants' rent: the text names no period, so a reduction counts for the
    part of its own period inside 疫情期间 (the shared readings epidemic_period_start / epidemic_period_end, the period
    the document responds to), prorated by days; one wholly outside counts 0."""
    n = ev.n
    relief = _landlord(ev)
    _gc1(ev, item_states_it=False)
    _premises_type(ev, n.premises, label)
    ev.settle()
    period = Window(ev.reading("epidemic_period_start"), ev.reading("epidemic_period_end"))
    counted: list[tuple[int, RentRelief]] = []
    for i, r in enumerate(relief):
        outside = _relief_ruled_out_by_dates(r, period, exclude_straddling=False)
        if outside is not None:
            ev.reasons.append(f"✗ relief {i}: {outside}")
            continue
        missing = [f"rent_relief_granted.{i}.{k}" for k in ("amount", "period_start", "period_end")
                   if getattr(r, k) is None]
        if missing:
            ev.unknown(f"relief {i}: rent waived for tenants, and when", missing)
            continue
        counted.append((i, r))
    ev.settle()
    waived = sum((_relief_inside(ev, i, r, period) for i, r in counted), Fraction(0))
    if waived == 0:
        ev.fail(f"no rent waived for tenants in 疫情期间 {period} (采取减免租金措施)")
    ev.met(f"cut tenants' rent by {yuan(waived)} in 疫情期间 (采取减免租金措施)")
    share = ev.reading(reading)
    if share is None:
        ev.unquantified(f"the text sets no amount ('给予奖励支持'); supply assumptions.{reading}", [f"assumptions.{reading}"])
        return
    amount = exact(share) * waived
    ev.step(f"{pct(share)} (reading {reading}) × {yuan(waived)} = {yuan(amount)}")
    ev.pay(amount)


def office_building_reward(ev: Ev) -> None:
    """Reward to a 商务楼宇 operator that cut tenants' rent; no amount in the text."""
    _operator_reward(ev, "a commercial office building (商务楼宇)", "chaoyang_office_building_reward_share")


def mall_reward(ev: Ev) -> None:
    """Reward to a 商场卖场 / 商业街区 operator that cut tenants' rent; no amount in the text."""
    _operator_reward(ev, "a mall or commercial street (商场卖场、商业街区)", "chaoyang_mall_reward_share")


# =====================================================================================================
# Items 11 and 13 — "给予奖励支持" with no amount (R27)
# =====================================================================================================
RND_SOURCE = DOC.cite(
    "L3068-L3076",
    "11.对涉及防疫领域研发项目予以重点支持。鼓励区内生物医药领域科技企业和相关机构开展针对新型冠状病毒感染的肺炎预防、诊断与"
    "治疗创新品种临床研究，鼓励区内人工智能、大数据、智能制造等领域科技企业围绕疫情防控关键环节开展产品研发与技术应用服务，"
    "对取得重大突破的，给予奖励支持。（主责部门：区科技和信息化局、中关村朝阳园管委会）",
)
SUPPLY_SOURCE = DOC.cite(
    "L3101-L3103",
    "13.鼓励企业积极参与疫情防控物资保障。对疫情防控过程中，在防疫应急物资保障、生活必需品供应储备等方面做出突出贡献的企业，"
    "给予奖励支持。（主责部门：区商务局）",
)
GRANT_PARAMS = Params(policy_valid=VALIDITY)


def _flag_reward(ev: Ev, flag: str, met: str, failed: str, reading: str) -> None:
    _gc1(ev, item_states_it=False)
    checks.require_qualification(ev, flag, True, met, failed)
    ev.settle()
    amount = ev.reading(reading)
    if amount is None:
        ev.unquantified(f"the text sets no amount ('给予奖励支持'); supply assumptions.{reading}", [f"assumptions.{reading}"])
        return
    ev.step(f"reward = {yuan(exact(amount))} (reading {reading})")
    ev.pay(amount)


def rnd_breakthrough_reward(ev: Ev) -> None:
    """Reward for a major breakthrough in epidemic R&D; no amount in the text."""
    _flag_reward(ev, "epidemic_rnd_breakthrough",
                 "a major breakthrough in epidemic R&D (防疫领域研发…取得重大突破)",
                 "no major breakthrough in epidemic R&D (取得重大突破)", "chaoyang_rnd_breakthrough_reward")


def supply_contribution_reward(ev: Ev) -> None:
    """Reward for an outstanding contribution to epidemic supplies or necessities; no amount in the text."""
    _flag_reward(ev, "epidemic_supply_outstanding_contribution",
                 "an outstanding contribution to epidemic supplies or necessities (做出突出贡献)",
                 "no outstanding contribution to epidemic supplies or necessities (突出贡献)",
                 "chaoyang_supply_contribution_reward")


# =====================================================================================================
# The catalog
# =====================================================================================================
def _m(*, sources: tuple[Source, ...], **kw: Any) -> Measure:
    """A measure of this notice: 朝阳's, cited to its item(s) and the notice's scope (SCOPE_SOURCE, last), with the
    notice's own territory test (GC1, ``territory="custom"``) and validity (VALID)."""
    return Measure(district=HERE, sources=(*sources, SCOPE_SOURCE), territory="custom", valid=VALID, **kw)


SCOPE = ("chaoyang_registration_test",)
RENT_COMMON = (*SCOPE, "chaoyang_exemption_lifts_item_test", "chaoyang_rent_partial_months", OFFICE_NO_LAYOFF)
SOE_APPLY = "to the landlord, after recognition (经认定, leases.N.relief_recognised); district SOE rent relief: 区国资委"
RENT_NOTES = (
    "Each lease counts for the part of its own period (leases.N.starts_on / ends_on) inside each month relieved: a "
    "month's rent × days leased / days in the month (reading chaoyang_rent_partial_months); a lease wholly outside "
    "February–April 2020 contributes 0.",
    "'经认定后' is a condition: leases.N.relief_recognised (unknown → undetermined, false → the lease is out).",
)
OPERATOR_PERIOD_NOTE = (
    "The text names no period for the rent cut: a reduction (rent_relief_granted.N) counts for the part of its own "
    "period inside 疫情期间 (readings epidemic_period_start / epidemic_period_end), prorated by days.")

MEASURES = [
    _m(
        id="chaoyang.special_fund_pool",
        title_zh="朝阳区支持企业应对疫情稳定发展专项资金池（总规模3亿元）",
        title_en="朝阳 special fund pool for firms' epidemic response: 300,000,000 yuan in total (a budget, not an entitlement)",
        kind="other",
        beneficiary="enterprise",
        sources=(POOL_SOURCE,),
        calc=_information,
        params=POOL_PARAMS,
        relief=False,
        summary="a 300,000,000-yuan budget funding other measures (carriers, epidemic R&D, restart, jobs, legal and "
                "health services); no per-firm amount",
        notes=("Which measures draw on the pool is not stated; the list of uses ends in '等'.",
               "Whether the 3亿 includes non-fiscal money, and how claims are allocated when it runs out, are not stated."),
    ),
    _m(
        id="chaoyang.district_soe_rent_relief.production_use",
        title_zh="区属国有企业京内房产生产经营用房：免收2月份房租，3月份、4月份房租减半",
        title_en="Rent relief on 朝阳 district-SOE premises used for business: February waived, March and April halved",
        kind="rent_reduction",
        beneficiary="enterprise",
        sources=(RENT_SOURCE,),
        calc=district_soe_rent_relief_production,
        params=RENT_PARAMS,
        readings=RENT_COMMON,
        apply_note=SOE_APPLY,
        summary="Σ business leases from a 朝阳 区属国有企业: 100% × Feb rent + 50% × Mar rent + 50% × Apr rent",
        notes=RENT_NOTES,
    ),
    _m(
        id="chaoyang.district_soe_rent_relief.office_use",
        title_zh="区属国有企业京内房产办公用房：2月份、3月份、4月份房租减半",
        title_en="Rent relief on 朝阳 district-SOE office premises: February, March and April rent halved",
        kind="rent_reduction",
        beneficiary="enterprise",
        sources=(RENT_SOURCE,),
        calc=district_soe_rent_relief_office,
        params=RENT_PARAMS,
        readings=RENT_COMMON,
        apply_note=SOE_APPLY,
        summary="Σ office leases from a 朝阳 区属国有企业: 50% × (Feb + Mar + Apr rent)",
        notes=("The landlord (区属国有企业, 京内房产) and the tenant's 朝阳 registration and tax are read from the first "
               "clause, which the office clause continues.", *RENT_NOTES),
    ),
    _m(
        id="chaoyang.district_institution_rent_relief",
        title_zh="区属事业单位京内房产租金减免（参照区属国有企业房产租金减免期限、标准执行）",
        title_en="Rent relief on 朝阳 district public-institution premises, on the district-SOE terms",
        kind="rent_reduction",
        beneficiary="enterprise",
        sources=(INSTITUTION_SOURCE, RENT_SOURCE),
        calc=district_institution_rent_relief,
        params=RENT_PARAMS,
        readings=(*RENT_COMMON, "chaoyang_referenced_terms_include_conditions"),
        apply_note="to the landlord; district public institutions: 区财政局",
        summary="business: 100% Feb + 50% Mar + 50% Apr; office: 50% × (Feb + Mar + Apr), leases from a 朝阳 区属事业单位",
        notes=(RENT_NOTES[0], "'经认定后' and the operating conditions come with the terms under the reading "
               "chaoyang_referenced_terms_include_conditions (default True)."),
    ),
    _m(
        id=COLLECTIVE_ID,
        title_zh="鼓励集体经济组织参照执行（区属国有企业房产租金减免）",
        title_en="Rent relief by collective economic organisations that follow the district-SOE terms (encouraged)",
        kind="rent_reduction",
        beneficiary="enterprise",
        sources=(COLLECTIVE_SOURCE, RENT_SOURCE),
        calc=collective_org_rent_relief,
        params=RENT_PARAMS,
        readings=(*RENT_COMMON, "chaoyang_referenced_terms_include_conditions", "chaoyang_collective_scope",
                  "chaoyang_collective_amount"),
        apply_note="to the landlord; collective economic organisations: 区农业农村局",
        summary="the district-SOE terms on leases from a 朝阳 集体经济组织 that chose to follow them; 0 where it did not",
        notes=("Voluntary: the landlord decides ('鼓励…参照执行'); leases.N.landlord_follows_district_terms says whether it did.",
               "The text states no compensation to the collective.", RENT_NOTES[0],
               "'经认定后' and the operating conditions come with the terms under the reading "
               "chaoyang_referenced_terms_include_conditions (default True)."),
    ),
    _m(
        id="chaoyang.innovation_carrier_rent_reduction_reward",
        title_zh="扶持创新创业载体：按减免金额的30%给予奖励，每个单位不超过100万元",
        title_en="Reward to innovation carriers that cut 朝阳 SME tenants' rent: 30% of the rent waived, ≤ 1,000,000 per unit",
        kind="rent_subsidy_to_landlord",
        beneficiary="landlord",
        sources=(CARRIER_SOURCE,),
        calc=innovation_carrier_reward,
        params=CARRIER_PARAMS,
        readings=(*SCOPE, "epidemic_period_start", "epidemic_period_end", *(r.name for r in CARRIER_READINGS)),
        summary="min(30% × rent waived in 疫情期间 for 朝阳-registered-and-taxed SME tenants, 1,000,000) per unit",
        notes=("'减免金额' is rent (减免租金): property fees waived are not counted.",
               "GC1 applies to the claiming carrier; the tenants' 朝阳 test is the item's own.",
               "Carriers that are not enterprises (e.g. run by a 事业单位) are not distinguished: GC1's '企业' is "
               "applied to any claimant.",
               "'经行业主管部门认定后' is a condition: rent_relief_granted.N.recognised (unknown → undetermined, false → "
               "that reduction is out).",
               "A reduction counts for the part of its own period (period_start..period_end) inside 疫情期间, prorated "
               "by days (reading chaoyang_carrier_straddling_relief); one known end outside the period can decide "
               "alone."),
    ),
    _m(
        id="chaoyang.office_building_rent_reduction_reward",
        title_zh="商务楼宇运营单位减免租金奖励支持（金额未明确）",
        title_en="Reward to commercial office-building operators that cut tenants' rent (amount not stated)",
        kind="rent_subsidy_to_landlord",
        beneficiary="landlord",
        sources=(OFFICE_BUILDING_SOURCE,),
        calc=office_building_reward,
        params=OFFICE_BUILDING_PARAMS,
        readings=(*SCOPE, "epidemic_period_start", "epidemic_period_end", "chaoyang_office_building_reward_share"),
        apply_note="区发展改革委",
        summary="eligible when a 商务楼宇 operator cut tenants' rent in 疫情期间; amount undetermined unless a share is "
                "supplied",
        notes=(OPERATOR_PERIOD_NOTE,),
    ),
    _m(
        id="chaoyang.mall_rent_reduction_reward",
        title_zh="商场卖场、商业街区等物业运营单位减免租金奖励支持（金额未明确）",
        title_en="Reward to mall and commercial-street operators that cut tenants' rent (amount not stated)",
        kind="rent_subsidy_to_landlord",
        beneficiary="landlord",
        sources=(MALL_SOURCE,),
        calc=mall_reward,
        params=MALL_PARAMS,
        readings=(*SCOPE, "epidemic_period_start", "epidemic_period_end", "chaoyang_mall_reward_share"),
        apply_note="区商务局",
        summary="eligible when a mall / commercial-street operator cut tenants' rent in 疫情期间; amount undetermined "
                "unless supplied",
        notes=(OPERATOR_PERIOD_NOTE,),
    ),
    _m(
        id="chaoyang.epidemic_rnd_breakthrough_reward",
        title_zh="对涉及防疫领域研发项目取得重大突破的给予奖励支持（金额未明确）",
        title_en="Reward for a major breakthrough in epidemic R&D (amount not stated)",
        kind="reward",
        beneficiary="enterprise",
        sources=(RND_SOURCE,),
        calc=rnd_breakthrough_reward,
        params=GRANT_PARAMS,
        readings=(*SCOPE, "chaoyang_rnd_breakthrough_reward"),
        apply_note="区科技和信息化局、中关村朝阳园管委会",
        summary="eligible on a recognised major breakthrough in epidemic R&D; amount undetermined unless supplied",
    ),
    _m(
        id="chaoyang.epidemic_supply_contribution_reward",
        title_zh="在防疫应急物资保障、生活必需品供应储备等方面做出突出贡献的企业给予奖励支持（金额未明确）",
        title_en="Reward for an outstanding contribution to epidemic supplies or necessities (amount not stated)",
        kind="reward",
        beneficiary="enterprise",
        sources=(SUPPLY_SOURCE,),
        calc=supply_contribution_reward,
        params=GRANT_PARAMS,
        readings=(*SCOPE, "chaoyang_supply_contribution_reward"),
        apply_note="区商务局",
        summary="eligible on a recognised outstanding contribution to supplies; amount undetermined unless supplied",
    ),
]

READINGS = [*SCOPE_READINGS, *RENT_READINGS, *CARRIER_READINGS, *REWARD_READINGS]
if not _declared_elsewhere(OFFICE_NO_LAYOFF):
    READINGS.append(_OFFICE_NO_LAYOFF_READING)


# =====================================================================================================
# Stacking: one rent, once (README "Decisions"; ERRATA_04_06 finding 7)
# =====================================================================================================
CITY_SOE_RENT = "beijing.soe_rent_reduction_feb"


def one_rent_once_rules() -> list[StackingRule]:
    """One exclusive rule per use: on each lease, the 朝阳 SOE measure or the city February rule, whichever pays
    more on that lease (``per="leases"``); a lease only one of them covers (a 市属 SOE's) is not touched."""
    return [
        StackingRule(
            f"chaoyang_soe_rent_once_{use}", "exclusive", (f"chaoyang.district_soe_rent_relief.{use}_use", CITY_SOE_RENT),
            RENT_SOURCE,
            "a 朝阳 district SOE lease's February rent is relieved once: on that lease, the 朝阳 measure (February "
            "plus the March–April halving) or the city February rule (免收 2月份房租 / 50% for offices), whichever "
            "pays more — 朝阳's already contains February; other leases are independent",
            keep="highest", per="leases", per_reading="soe_rent_one_level_scope",
        )
        for use in ("production", "office")
    ]


# the rule waits for the city business module to declare the city measure, so that the package stays importable
STACKING: list[StackingRule] = (
    one_rent_once_rules() if declares_measure(("beijing_business",), CITY_SOE_RENT, ImportError) else [])
