"""朝阳区: 《北京市朝阳区人民政府办公室关于支持企业应对新型冠状病毒感染的肺炎疫情稳定发展的若干措施》
(朝政办发〔2020〕2号, 2020-02-10; catalog 03 Part A, C1).

Every measure is written once, in the rule vocabulary (``docs/rules.md``): a definition reads as its item does —
the quote, its declared numbers, its conditions, its arithmetic — and the engine evaluates it for one firm with
its trace or for many firms on columns.

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
measures"). Items 2 (商务楼宇 / 商场 rewards), 11 and 13 grant "奖励支持" with no amount (ERRATA_01_03 R27): the
amount is the district's decision for each firm, a fact of its profile (``chaoyang_rent_cut_reward_share``,
``chaoyang_rnd_breakthrough_reward``, ``chaoyang_supply_contribution_reward``; unknown → undetermined), no longer a
reading (:data:`MOVED_READINGS`).

Facts, not procedure (issue 8 §3): item 2's "经认定后" is ``leases.N.relief_recognised`` and item 3's
"经行业主管部门认定后" is ``rent_relief_granted.N.recognised``; GC1's "经各相关部门认定的直接参与疫情防控工作的企业" is
``qualifications.epidemic_control_participant``. Unknown leaves a measure undetermined, false rules the item out.
Items count only for their own periods (§1): a lease for the days it exists in each month relieved
(:func:`_month_reliefs`: days leased / days in the month), a landlord's reduction for its days inside 疫情期间
(:func:`_waived_inside`); amounts stay exact fractions until the engine's one rounding (§1b).

Stacking: the district-SOE rent measures and the city February rule (``beijing.soe_rent_reduction_feb``) never
both pay for the same rent (README "Decisions"; ERRATA_04_06 finding 7): the larger is paid, and 朝阳's award
already contains February, so its March–April halving is the increment that adds. The rules apply lease by lease
(``per="leases"``; each award records its leases' shares with ``r.parts``): a 市属 SOE lease of the same firm keeps
the city relief. C1 itself states no "市区两级只能选择一级" / "不重复享受" clause (none in L2848-L3188): the
one-rent-once rule above is the catalog's decision, not the text's.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

import numpy as np

from ..engine.measure import Measure, Param, Params, Reading
from ..engine.periods import Window, month_of
from ..engine.rules import nodes as N
from ..engine.rules.define import Items, Rule
from ..engine.rules.nodes import Node, Table, all_of, any_of, if_, minimum, overlap_days
from ..engine.rules.rat import Rat
from ..engine.sources import Source
from ..engine.stacking import StackingRule
from ..i18n import Msg, zh
from ..profile.industries import SME_SIZES
from ._documents import CHAOYANG_CZBF_2020_2 as DOC

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


def _registered_here(r: Rule, reg: Node, tax_declared: Node, who: Msg) -> tuple[list[tuple[Node, str]], Node]:
    """'在朝阳区注册纳税' under the reading ``chaoyang_registration_test``: the conditions on the registration district
    ``reg`` and the tax district (``tax_declared``, else where registered), each with the words of its failure
    (``{}``: the district), and the tax district. 'registered_and_tax': both in 朝阳; 'registered_or_tax': either."""
    tax = if_(tax_declared.known(), tax_declared, reg).named("tax district")
    both = r.choose("chaoyang_registration_test", {"registered_and_tax": True, "registered_or_tax": False})
    if both:
        return [(reg.eq(HERE), zh(f"{who} registered in {{}}, not 朝阳区 (在朝阳区注册纳税)",
                                  f"{who.text('zh')}注册在 {{}}，不在朝阳区（在朝阳区注册纳税）")),
                (tax.eq(HERE), zh(f"{who} pays tax in {{}}, not 朝阳区 (在朝阳区注册纳税)",
                                  f"{who.text('zh')}在 {{}} 纳税，不在朝阳区（在朝阳区注册纳税）"))], tax
    return [(reg.eq(HERE) | tax.eq(HERE), zh(f"{who} neither registered nor paying tax in 朝阳区 (在朝阳区注册纳税)",
                                             f"{who.text('zh')}既未在朝阳区注册，也未在朝阳区纳税（在朝阳区注册纳税）"))], tax


LOCAL_MET = zh("registered and paying tax in 朝阳区 (在朝阳区注册纳税)", "在朝阳区注册纳税")


def _gc1(r: Rule, item_states_it: bool) -> None:
    """GC1: registered and paying tax in 朝阳, unless recognised as directly taking part in epidemic control. Where
    the item states '在朝阳区注册纳税' for its own tenants (``item_states_it``), that condition stands unless the
    reading ``chaoyang_exemption_lifts_item_test`` lets the exemption lift it."""
    reg = r.fact.district
    tests, tax = _registered_here(r, reg, r.fact.tax_district, zh("the firm is", "企业"))
    local = all_of(*(c for c, _ in tests)).named("在朝阳区注册纳税")
    where = "the firm is registered in {}, paying tax in {}"
    where_zh = "企业注册在 {}，在 {} 纳税"
    if item_states_it and not r.flag("chaoyang_exemption_lifts_item_test"):
        r.require(local, LOCAL_MET, zh("the item is for firms registered and paying tax in 朝阳区 (在朝阳区注册纳税); " + where,
                                       "本项面向在朝阳区注册纳税的企业；" + where_zh),
                  args=(reg, tax))
        return
    exempt = r.fact.qualifications.epidemic_control_participant.named("直接参与疫情防控")
    r.require(local | exempt, "",
              zh("朝阳 measures are for firms registered and paying tax in 朝阳区 (在朝阳区注册纳税) or recognised as "
                 f"directly taking part in epidemic control; {where}, and is not recognised",
                 f"朝阳区的措施面向在朝阳区注册纳税或经认定直接参与疫情防控工作的企业；{where_zh}，且未经认定"),
              unknown=zh(f"{LOCAL_MET}, or recognised as directly taking part in epidemic control (直接参与疫情防控) — "
                         "not known", "是否在朝阳区注册纳税，或经认定直接参与疫情防控工作 — 未知"), args=(reg, tax))
    r.note(zh(f"✓ {LOCAL_MET}", f"✓ {LOCAL_MET.text('zh')}"), when=local)
    r.note(zh("✓ exempt from 朝阳 registration and tax: recognised as directly taking part in epidemic control "
              "(除经各相关部门认定的直接参与疫情防控工作的企业外)",
              "✓ 不受在朝阳区注册纳税的限制：经认定直接参与疫情防控工作（除经各相关部门认定的直接参与疫情防控工作的企业外）"),
           when=exempt & ~local.default(False))


def _sme(r: Rule) -> None:
    """GC2: 中小微企业 by 工信部联企业〔2011〕300号 (the declared size, else classified from the firm's figures)."""
    r.require(r.size().isin(SME_SIZES), zh("size {} is within 中小微企业 (工信部联企业〔2011〕300号)",
                                           "规模 {} 属于中小微企业（工信部联企业〔2011〕300号）"),
              zh("size {} is not within 中小微企业 (工信部联企业〔2011〕300号)",
                 "规模 {} 不属于中小微企业（工信部联企业〔2011〕300号）"))


def _landlord(r: Rule) -> Items:
    """The rent the firm, as landlord, waived for its tenants (``rent_relief_granted``): a reward to a landlord needs
    it; absent, the firm is not a landlord claiming."""
    r.require(r.present("rent_relief_granted"), "",
              zh("pays a landlord for rent it waived; the profile has no rent_relief_granted (not a landlord claiming)",
                 "奖励的是为租户减免租金的出租方；企业信息中没有 rent_relief_granted（不是申请奖励的出租方）"))
    return r.items("rent_relief_granted")


def _premises(r: Rule, allowed: tuple[str, ...], label: Msg) -> None:
    """The premises the landlord operates (``landlord_premises_type``) are of the kind the item names."""
    r.require(r.fact.landlord_premises_type.isin(allowed), zh(f"operates {label} ({{}})", f"经营{label.text('zh')}（{{}}）"),
              zh(f"operates {{}}, not {label}", f"经营的是 {{}}，不是{label.text('zh')}"))


def _epidemic_period(r: Rule) -> Window:
    """疫情期间, which the texts leave undefined: the shared readings epidemic_period_start / epidemic_period_end."""
    return Window(r.reading("epidemic_period_start"), r.reading("epidemic_period_end"))


def _inside_period(reliefs: Items, period: Window, exclude: bool) -> list[tuple[Node, str]]:
    """A reduction (its own period_start..period_end) counts only for its part inside 疫情期间: one known end outside
    the period rules it out alone, whatever the other; under ``exclude`` (only reductions wholly inside count) one
    known end beyond the period does too. Conditions with the words of their failure (``{}``: the date)."""
    start, end = reliefs.period_start, reliefs.period_end
    tests: list[tuple[Node, str]] = [(start <= period.end, zh(f"starts {{}}: outside 疫情期间 {period} → 0",
                                      f"减免自 {{}} 起：在疫情期间 {period} 之外 → 0")),
             (end >= period.start, zh(f"ends {{}}: outside 疫情期间 {period} → 0",
                                      f"减免至 {{}} 止：在疫情期间 {period} 之外 → 0"))]
    if exclude:
        tests += [(start >= period.start, zh(f"starts {{}}: runs partly outside 疫情期间 {period} (reading exclude: only "
                                             "reductions wholly inside count)",
                                             f"减免自 {{}} 起：部分在疫情期间 {period} 之外（解释口径 exclude：只计完全在疫情期间内的减免）")),
                  (end <= period.end, zh(f"ends {{}}: runs partly outside 疫情期间 {period} (reading exclude: only "
                                         "reductions wholly inside count)",
                                         f"减免至 {{}} 止：部分在疫情期间 {period} 之外（解释口径 exclude：只计完全在疫情期间内的减免）"))]
    return tests


def _waived_inside(reliefs: Items, period: Window) -> tuple[Node, Node]:
    """The part of each reduction inside 疫情期间: its amount × days inside / days relieved (exact), and whether it
    is prorated (part of it lies outside)."""
    start, end = reliefs.period_start, reliefs.period_end
    days = (start.days_until(end) + 1).named("days relieved", "days")
    inside = overlap_days(start, end, period).named("days inside 疫情期间", "days")
    prorated = inside < days
    part = if_(prorated, reliefs.amount * inside / days, reliefs.amount).named("rent waived inside 疫情期间", "yuan")
    return part, prorated


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
    policy_valid=VALIDITY,
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
]


COLLECTIVE_READINGS = [
    Reading("chaoyang_collective_scope", Literal["chaoyang", "any"], "chaoyang",
            "'集体经济组织' the tenant rents from: 'chaoyang' (default; a 朝阳 collective — the item is about 区属 "
            "landlords and its contact is 区农业农村局) or 'any' collective economic organisation."),
    Reading("chaoyang_collective_amount", Literal["district_terms", "as_granted"], "district_terms",
            "What a collective that follows the encouragement ('鼓励…参照执行') gives: 'district_terms' (default; the "
            "district-SOE terms in full) or 'as_granted' (the rent it actually waived, leases.N.rent_waived — a "
            "collective may adopt part of the terms, e.g. February only — up to the district terms on that lease: "
            "what it waives beyond them is not '参照执行')."),
]

#: the shared reading of the SOE-rent measures' office tier (README "Decisions"), declared once elsewhere in the
#: catalog; read here by name
OFFICE_NO_LAYOFF = "office_requires_no_layoff"
#: the declared shares of rent relieved by use of the premises: 生产经营 (business) and 办公用房 (office)
TERMS = {"business": "business_terms", "office": "office_terms"}


def _span(r: Rule) -> Window:
    """The months item 2 relieves, first day of the first to last day of the last (Feb–Apr 2020), the same for both
    uses."""
    spans = {Window(t[0][0].start, t[-1][0].end) for t in (r.value(name) for name in TERMS.values())}
    assert len(spans) == 1, spans
    return spans.pop()


def _lease_period(leases: Items, span: Window) -> tuple[Node, Node]:
    """A lease's own period: from ``starts_on`` (absent: already in force) to ``ends_on`` (absent: still in
    force)."""
    return (leases.starts_on.default(span.start).named("lease start"),
            leases.ends_on.default(span.end).named("lease end"))


def _month_reliefs(r: Rule, leases: Items, uses: tuple[str, ...], start: Node, end: Node, whole: bool
                   ) -> list[tuple[Window, Node, Node]]:
    """Each month item 2 relieves, for each lease: ``(month, days leased in it, relief)`` — the share the text sets
    for the lease's use (免收 = 100%, 减半 = 50%) × the month's rent for the days the lease covers
    (``overlap_days`` of its own period: rent × days leased / days in the month), or, when ``whole`` (the reading
    ``chaoyang_rent_partial_months = whole_month``), × the whole month's rent when it is leased on any day."""
    rent = leases.monthly_rent
    terms = {u: r.value(TERMS[u]) for u in uses}
    out = []
    for k, (month, _) in enumerate(terms[uses[0]]):
        label = f"{month.start:%Y-%m}"
        shares = {u: N.param(TERMS[u], r.n[TERMS[u]], terms[u][k][1]) for u in uses}
        share = shares[uses[0]] if len(uses) == 1 else if_(leases.use.eq("business"), shares["business"],
                                                            shares["office"])
        days = overlap_days(start, end, month).named(f"days leased in {label}", "days")
        if whole:
            base = if_(days > 0, rent, 0)
        else:
            base = if_(days.eq(month.days()), rent, rent * days / month.days())
        out.append((month, days, (share * base).named(label, "yuan")))
    return out


def _operating_conditions(r: Rule) -> Node:
    """按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员: the firm's two flags (qualifications)."""
    q = r.fact.qualifications
    return (q.open_or_closed_per_rules.is_(True) & q.no_layoffs.is_(True)).named(
        "坚持营业或依照防疫规定关闭停业且不裁员、少裁员")


def _rent_relief(r: Rule, landlord: str, label: Msg, uses: tuple[str, ...], *, referenced: bool,
                 encouraged: bool = False) -> None:
    """Item 2 on every lease from ``landlord`` (a 朝阳 one) for one of ``uses``, premises 京内, lease by lease and month
    by month. ``referenced``: a landlord the text refers to the district-SOE terms ('参照…执行': 区属事业单位,
    集体经济组织), whose conditions come with the terms under the reading
    ``chaoyang_referenced_terms_include_conditions``; ``encouraged``: the landlord is only encouraged to follow them
    (leases.N.landlord_follows_district_terms says whether it did)."""
    _sme(r)
    _gc1(r, item_states_it=True)
    leases = r.items("leases")
    r.require(leases.given, "", "", unknown=zh("the firm's leases — not known", "企业的租约 — 未知"))
    r.settle()
    # '经认定后' and the production/business tier's operating conditions: the district-SOE clause's own; a referenced
    # landlord's under the reading
    with_conditions = not referenced or r.flag("chaoyang_referenced_terms_include_conditions")
    conditioned = ["business"] if with_conditions and "business" in uses else []
    if with_conditions and "office" in uses and r.flag(OFFICE_NO_LAYOFF):
        conditioned.append("office")
    any_district = encouraged and r.choose("chaoyang_collective_scope", {"chaoyang": False, "any": True})
    as_granted = encouraged and r.choose("chaoyang_collective_amount", {"district_terms": False, "as_granted": True})
    span = _span(r)
    start, end = _lease_period(leases, span)

    label_zh = label.text("zh")
    tests: list[tuple[Node, str]] = [(leases.landlord.eq(landlord), zh(f"landlord {{}}, not a {label}", f"出租方为 {{}}，不是{label_zh}"))]
    if not any_district:
        tests.append((leases.landlord_district.eq(HERE), zh("landlord belongs to {}, not 朝阳 (区属)",
                                                            "出租方属于 {}，不属于朝阳区（区属）")))
    tests += [
        (leases.use.isin(uses), zh("{} use", "用途：{}")),
        # 京内 follows from the premises' district when that is given (one fact set once: issue 8 §3)
        (if_(leases.premises_district.known(), leases.premises_in_beijing.default(True), leases.premises_in_beijing).is_(True), zh("premises outside Beijing (京内房产 only)", "房产在北京以外（仅限京内房产）")),
        (start <= span.end, zh(f"lease starts {{}}: not leased in {span} (the months relieved) → 0",
                               f"租约自 {{}} 起：减免的月份 {span} 内未承租 → 0")),
        (end >= span.start, zh(f"lease ended {{}}: not leased in {span} (the months relieved) → 0",
                               f"租约于 {{}} 结束：减免的月份 {span} 内未承租 → 0")),
    ]
    if with_conditions:
        tests.append((leases.relief_recognised.is_(True), zh("the relief was not recognised (经认定后)", "减免未经认定（经认定后）")))
    if encouraged:
        tests.append((leases.landlord_follows_district_terms.is_(True),
                      zh("the collective did not follow the encouragement (鼓励…参照执行)",
                         "该集体经济组织未参照执行（鼓励…参照执行）")))
    if conditioned:
        tests.append((if_(leases.use.isin(conditioned), _operating_conditions(r), True),
                      zh("the firm did not stay open or close under the rules with no or few lay-offs "
                         "(坚持营业或依照防疫规定关闭停业且不裁员、少裁员)",
                         "企业未按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员")))
    needs = [leases.monthly_rent] + ([leases.rent_waived] if as_granted else [])
    q = r.select(leases, *tests, needs=needs, label=zh("lease", "租约")).named("qualifying lease")
    r.settle()
    r.require(leases.count(where=q) > 0,
              zh(f"{{}} lease(s) from a {label}, premises in Beijing (京内房产)"
                 + (", the relief recognised (经认定后)" if with_conditions else ""),
                 f"{{}} 份租约的出租方为{label_zh}，房产在京内（京内房产）" + ("，减免经认定（经认定后）" if with_conditions else "")),
              zh(f"no qualifying lease from a {label}", f"没有出租方为{label_zh}的符合条件的租约"))

    whole = r.choose("chaoyang_rent_partial_months", {"prorate_days": False, "whole_month": True})
    months = _month_reliefs(r, leases, uses, start, end, whole)
    for month, days, relief in months:
        r.step(f"{month.start:%Y-%m}", relief, where=q & (days > 0))
        r.step(zh(f"{month.start:%Y-%m}: not leased, relief 0", f"{month.start:%Y-%m}：未承租，减免 0"), days,
               where=q & days.eq(0))
    due = months[0][2]
    for _, _, relief in months[1:]:
        due = due + relief
    due = due.named("relief on the lease", "yuan")
    if whole:
        part_month = any_of(*((days > 0) & (days < month.days()) for month, days, _ in months))
        r.note(zh("a month leased on only some of its days counts at its whole rent (reading "
                  "chaoyang_rent_partial_months = whole_month)",
                  "只承租了部分天数的月份按整月房租计（解释口径 chaoyang_rent_partial_months = whole_month）"),
               when=leases.any(q & part_month))
    if as_granted:
        due = r.step(zh("waived, up to the district terms", "实际减免额，以区属国有企业的标准为限"), minimum(leases.rent_waived, due).named(
            "rent the collective waived, up to the district terms", "yuan"), where=q)
    total = r.step(zh("sum over leases", "各租约合计"), leases.sum(due, where=q).named("rent relieved", "yuan"))
    r.require(total > 0, "", zh(f"no lease from a {label} relieved in the months relieved: the relief on the "
                                "qualifying lease(s) is 0 (monthly rent 0)",
                                f"减免的月份内没有出租方为{label_zh}的租约获得减免：符合条件的租约减免额为 0（月租金为 0）"))
    r.parts(leases, due, where=q)  # each lease's share: the one-rent-once rules apply lease by lease
    r.pay(total)


# -- chaoyang.district_soe_rent_relief.production_use / .office_use ------------------------------------
SOE = zh("朝阳 区属国有企业 (district SOE)", "朝阳区区属国有企业")


def district_soe_rent_relief_production(r: Rule) -> None:
    """免收 2 月份房租，3月份、4月份房租减半 on 京内 premises of a 朝阳 区属国有企业 used for business (生产经营)."""
    _rent_relief(r, "district_soe", SOE, ("business",), referenced=False)


def district_soe_rent_relief_office(r: Rule) -> None:
    """2月份、3月份、4月份房租减半 on 京内 office premises (办公用房) of a 朝阳 区属国有企业."""
    _rent_relief(r, "district_soe", SOE, ("office",), referenced=False)


# -- chaoyang.district_institution_rent_relief ------------------------------------------------------------
def district_institution_rent_relief(r: Rule) -> None:
    """The district-SOE periods and rates (参照…期限、标准执行) on 京内 premises of a 朝阳 区属事业单位."""
    _rent_relief(r, "institution", zh("朝阳 区属事业单位 (district public institution)", "朝阳区区属事业单位"),
                 ("business", "office"),
                 referenced=True)


# -- chaoyang.collective_org_rent_relief_encouraged --------------------------------------------------------
COLLECTIVE_ID = "chaoyang.collective_org_rent_relief_encouraged"


def collective_org_rent_relief(r: Rule) -> None:
    """A collective that follows the encouragement (鼓励…参照执行) grants the district-SOE terms, or, under the reading
    chaoyang_collective_amount = as_granted, what it actually waived up to them."""
    anywhere = r.choose("chaoyang_collective_scope", {"chaoyang": False, "any": True})
    _rent_relief(r, "collective", zh("集体经济组织 (collective economic organisation)" + ("" if anywhere else " of 朝阳"),
                                     "集体经济组织" if anywhere else "朝阳区的集体经济组织"),
                 ("business", "office"), referenced=True, encouraged=True)


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


# 每个单位 under the reading per_carrier: the reductions of one carrier (rent_relief_granted.N.carrier, a name) are summed
# and capped together. The vocabulary groups items (partition_sum / first_in_partition) by a number or an enum code,
# not by a text fact, so the name goes through this table first: one code per distinct name, the same in both
# evaluators (a workaround until the engine partitions by text; only equality of codes matters, never their value).
_CODES: dict[str, int] = {}


def _carrier_code(name: str) -> tuple[int, None]:
    return _CODES.setdefault(name, len(_CODES)), None


def _carrier_codes(names: Any) -> tuple[Rat, Any]:
    codes = np.fromiter((_CODES.setdefault(x, len(_CODES)) if x is not None else 0 for x in names), dtype=np.int64,
                        count=len(names))
    return Rat(codes, 1), np.zeros(len(names), dtype=bool)


CARRIER_KEY = Table("carrier", "num", _carrier_code, _carrier_codes, "rent_relief_granted.carrier",
                    lambda value, name: str(name))


def innovation_carrier_reward(r: Rule) -> None:
    """30% of the rent a carrier waived in 疫情期间 for 中小微企业 tenants registered and paying tax in 朝阳, recognised by
    the competent authority, ≤ 1,000,000 per unit (单位)."""
    n = r.n
    reliefs = _landlord(r)
    _gc1(r, item_states_it=False)
    _premises(r, r.value("carriers"), zh("an innovation and entrepreneurship carrier (创新创业载体)", "创新创业载体"))
    r.settle()
    period = _epidemic_period(r)
    with_mandated = r.flag("chaoyang_carrier_include_mandated_reductions")
    per_carrier = r.choose("chaoyang_carrier_cap_scope", {"per_operator": False, "per_carrier": True})
    exclude = r.choose("chaoyang_carrier_straddling_relief", {"prorate_days": False, "exclude": True})

    tests: list[tuple[Node, str]] = [(reliefs.tenant_size.isin(SME_SIZES), zh("tenant is {}, not 中小微企业", "承租企业规模为 {}，不是中小微企业"))]
    tests += _registered_here(r, reliefs.tenant_district, reliefs.tenant_tax_district, zh("tenant", "承租企业"))[0]
    if not with_mandated:
        tests.append((reliefs.mandated.is_(False), zh("a reduction the landlord had to grant (reading "
                                                      "chaoyang_carrier_include_mandated_reductions)",
                                                      "出租方本须给予的减免（解释口径 "
                                                      "chaoyang_carrier_include_mandated_reductions）")))
    tests += _inside_period(reliefs, period, exclude)
    tests.append((reliefs.recognised.is_(True), zh("not recognised by the competent authority (经行业主管部门认定)",
                                                   "未经行业主管部门认定")))
    q = r.select(reliefs, *tests, needs=[reliefs.amount] + ([reliefs.carrier] if per_carrier else []),
                 label=zh("relief", "减免")).named("counted reduction")
    r.settle()
    none = "no rent waived in 疫情期间 for 中小微企业 tenants registered and paying tax in 朝阳区"
    none_zh = "疫情期间未为承租的在朝阳区注册纳税的中小微企业减免租金"
    r.require(reliefs.count(where=q) > 0,
              zh("{} rent reduction(s) for 中小微企业 tenants registered and paying tax in 朝阳区, in 疫情期间, recognised by "
                 "the competent authority (经行业主管部门认定)",
                 "疫情期间为承租的在朝阳区注册纳税的中小微企业减免租金 {} 笔，经行业主管部门认定"), zh(none, none_zh))
    part, prorated = _waived_inside(reliefs, period)
    r.step(zh("rent waived inside 疫情期间", "疫情期间内的减免租金"), part, where=q & prorated)
    waived = r.step(zh("rent waived in 疫情期间", "疫情期间减免的租金"),
                    reliefs.sum(part, where=q).named("rent waived in 疫情期间", "yuan"))
    r.require(waived > 0, "", zh(f"{none} (the reductions counted total 0)", f"{none_zh}（计入的减免合计为 0）"))
    if per_carrier:
        # 每个单位: one cap per carrier (park); the reductions of each carrier summed, the first of each counts it
        carrier = if_(q, r.table(CARRIER_KEY, reliefs.carrier), 0)
        own = reliefs.partition_sum(carrier, part, where=q).named("rent waived in the carrier", "yuan")
        reward = minimum(n.share * own, n.cap).named("reward of the carrier", "yuan")
        first = reliefs.first_in_partition(carrier, where=q)
        r.step(zh("reward of the carrier", "该载体的奖励"), reward, where=first, label=reliefs.carrier)
        total = r.step(zh("sum over carriers", "各载体合计"), reliefs.sum(reward, where=first).named("reward", "yuan"))
    else:
        # 每个单位: one cap for the operator claiming
        total = r.step(zh("reward", "奖励"), minimum(n.share * waived, n.cap).named("reward", "yuan"))
    r.effect("apply", zh("after recognition (经行业主管部门认定): 区科技和信息化局 for 科技创新园/众创空间/创业基地/孵化器; "
                         "文创实验区管委会 or 区文创办 for 文化产业园 inside / outside the 国家文创实验区",
                         "经行业主管部门认定后：科技创新园/众创空间/创业基地/孵化器向区科技和信息化局申请；文化产业园在国家文创实验区内"
                         "的向文创实验区管委会申请，在区外的向区文创办申请"))
    r.pay(total)


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

OPERATOR_PERIOD_NOTE = (
    "The text names no period for the rent cut: a reduction (rent_relief_granted.N) counts for the part of its own "
    "period inside 疫情期间 (readings epidemic_period_start / epidemic_period_end), prorated by days.")


def _operator_reward(r: Rule, label: Msg) -> None:
    """Item 2's rewards to operators that cut tenants' rent ('对于采取减免租金措施的，给予奖励支持'): the text names no
    period, so a reduction counts for the part of its own period inside 疫情期间, prorated by days; it sets no amount:
    the share of the rent waived that the district rewards is the operator's fact (chaoyang_rent_cut_reward_share)."""
    reliefs = _landlord(r)
    _gc1(r, item_states_it=False)
    _premises(r, r.value("premises"), label)
    r.settle()
    period = _epidemic_period(r)
    q = r.select(reliefs, *_inside_period(reliefs, period, exclude=False), needs=[reliefs.amount],
                 label=zh("relief", "减免")).named("counted reduction")
    r.settle()
    part, prorated = _waived_inside(reliefs, period)
    r.step(zh("rent waived inside 疫情期间", "疫情期间内的减免租金"), part, where=q & prorated)
    waived = r.step(zh("rent waived in 疫情期间", "疫情期间减免的租金"),
                    reliefs.sum(part, where=q).named("rent waived in 疫情期间", "yuan"))
    r.require(waived > 0, zh("cut tenants' rent by {} in 疫情期间 (采取减免租金措施)", "疫情期间为租户减免租金 {}（采取减免租金措施）"),
              zh(f"no rent waived for tenants in 疫情期间 {period} (采取减免租金措施)",
                 f"疫情期间 {period} 未为租户减免租金（采取减免租金措施）"))
    share = r.fact.chaoyang_rent_cut_reward_share.named("share of the rent waived the district rewards", "share")
    r.need(share, zh("the share of the rent waived the district rewards ('给予奖励支持': the text sets no amount; "
                     "chaoyang_rent_cut_reward_share)",
                     "区里按减免租金的多大比例给予奖励（“给予奖励支持”：文件未规定金额；chaoyang_rent_cut_reward_share）"))
    r.pay(r.step(zh("reward", "奖励"), (share * waived).named("reward", "yuan")))


def office_building_reward(r: Rule) -> None:
    """Reward to a 商务楼宇 operator that cut tenants' rent; the text sets no amount."""
    _operator_reward(r, zh("a commercial office building (商务楼宇)", "商务楼宇"))


def mall_reward(r: Rule) -> None:
    """Reward to a 商场卖场 / 商业街区 operator that cut tenants' rent; the text sets no amount."""
    _operator_reward(r, zh("a mall or commercial street (商场卖场、商业街区)", "商场卖场、商业街区"))


# =====================================================================================================
# Items 11 and 13 — "给予奖励支持" with no amount (R27): the reward the district grants the firm
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


def _reward_granted(r: Rule, flag: str, met: Msg, failed: Msg, amount: str) -> None:
    """GC1, the recognised achievement (a fact of qualifications), and the reward the district granted for it: the
    text sets no amount, so it is the firm's fact ``amount`` (unknown → undetermined)."""
    _gc1(r, item_states_it=False)
    r.require(getattr(r.fact.qualifications, flag).is_(True),
              met, failed)
    r.settle()
    reward = getattr(r.fact, amount).named("reward granted", "yuan")
    r.need(reward, zh(f"the reward the district granted ('给予奖励支持': the text sets no amount; {amount})",
                      f"区里给予的奖励（“给予奖励支持”：文件未规定金额；{amount}）"))
    r.pay(r.step(zh("reward", "奖励"), reward))


def rnd_breakthrough_reward(r: Rule) -> None:
    """Reward for a major breakthrough in epidemic R&D; the text sets no amount."""
    _reward_granted(r, "epidemic_rnd_breakthrough",
                    zh("a major breakthrough in epidemic R&D (防疫领域研发…取得重大突破)", "防疫领域研发项目取得重大突破"),
                    zh("no major breakthrough in epidemic R&D (取得重大突破)", "防疫领域研发项目未取得重大突破"),
                    "chaoyang_rnd_breakthrough_reward")


def supply_contribution_reward(r: Rule) -> None:
    """Reward for an outstanding contribution to epidemic supplies or necessities; the text sets no amount."""
    _reward_granted(r, "epidemic_supply_outstanding_contribution",
                    zh("an outstanding contribution to epidemic supplies or necessities (做出突出贡献)",
                       "在防疫应急物资保障、生活必需品供应储备等方面做出突出贡献"),
                    zh("no outstanding contribution to epidemic supplies or necessities (突出贡献)",
                       "未在防疫应急物资保障、生活必需品供应储备等方面做出突出贡献"),
                    "chaoyang_supply_contribution_reward")


# =====================================================================================================
# The catalog
# =====================================================================================================
def _m(*, sources: tuple[Source, ...], **kw: Any) -> Measure:
    """A measure of this notice: 朝阳's, cited to its item(s) and the notice's scope (SCOPE_SOURCE, last), with the
    notice's own territory test (GC1, ``territory="custom"``) and validity (VALID)."""
    return Measure(district=HERE, sources=(*sources, SCOPE_SOURCE), territory="custom", valid=VALID, **kw)


SCOPE = ("chaoyang_registration_test",)
RENT_COMMON = (*SCOPE, "chaoyang_exemption_lifts_item_test", "chaoyang_rent_partial_months")
REFERENCED = "chaoyang_referenced_terms_include_conditions"
#: the reading of the one-rent-once rules with the city February rule (:func:`one_rent_once_rules`, ``per_reading``):
#: the district-SOE awards depend on it through them, so they declare it
ONE_LEVEL_SCOPE = "soe_rent_one_level_scope"
SOE_APPLY = "to the landlord, after recognition (经认定, leases.N.relief_recognised); district SOE rent relief: 区国资委"
RENT_NOTES = (
    "Each lease counts for the part of its own period (leases.N.starts_on / ends_on) inside each month relieved: a "
    "month's rent × days leased / days in the month (reading chaoyang_rent_partial_months); a lease wholly outside "
    "February–April 2020 contributes 0.",
    "'经认定后' is a condition: leases.N.relief_recognised (unknown → undetermined, false → the lease is out).",
)

MEASURES = [
    _m(
        id="chaoyang.special_fund_pool",
        title_zh="朝阳区支持企业应对疫情稳定发展专项资金池（总规模3亿元）",
        title_en="朝阳 special fund pool for firms' epidemic response: 300,000,000 yuan in total (a budget, not an entitlement)",
        kind="other",
        beneficiary="enterprise",
        sources=(POOL_SOURCE,),
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
        rule=district_soe_rent_relief_production,
        params=RENT_PARAMS,
        readings=(*RENT_COMMON, ONE_LEVEL_SCOPE),
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
        rule=district_soe_rent_relief_office,
        params=RENT_PARAMS,
        readings=(*RENT_COMMON, OFFICE_NO_LAYOFF, ONE_LEVEL_SCOPE),
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
        rule=district_institution_rent_relief,
        params=RENT_PARAMS,
        readings=(*RENT_COMMON, OFFICE_NO_LAYOFF, REFERENCED),
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
        rule=collective_org_rent_relief,
        params=RENT_PARAMS,
        readings=(*RENT_COMMON, OFFICE_NO_LAYOFF, REFERENCED, *COLLECTIVE_READINGS),
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
        rule=innovation_carrier_reward,
        params=CARRIER_PARAMS,
        readings=(*SCOPE, "epidemic_period_start", "epidemic_period_end", *CARRIER_READINGS),
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
        rule=office_building_reward,
        params=OFFICE_BUILDING_PARAMS,
        readings=(*SCOPE, "epidemic_period_start", "epidemic_period_end"),
        apply_note="区发展改革委",
        summary="the share of the rent a 商务楼宇 operator waived in 疫情期间 that the district rewards it "
                "(chaoyang_rent_cut_reward_share: the text sets no amount); undetermined while that share is not known",
        notes=(OPERATOR_PERIOD_NOTE,),
    ),
    _m(
        id="chaoyang.mall_rent_reduction_reward",
        title_zh="商场卖场、商业街区等物业运营单位减免租金奖励支持（金额未明确）",
        title_en="Reward to mall and commercial-street operators that cut tenants' rent (amount not stated)",
        kind="rent_subsidy_to_landlord",
        beneficiary="landlord",
        sources=(MALL_SOURCE,),
        rule=mall_reward,
        params=MALL_PARAMS,
        readings=(*SCOPE, "epidemic_period_start", "epidemic_period_end"),
        apply_note="区商务局",
        summary="the share of the rent a mall / commercial-street operator waived in 疫情期间 that the district "
                "rewards it (chaoyang_rent_cut_reward_share: the text sets no amount); undetermined while it is not known",
        notes=(OPERATOR_PERIOD_NOTE,),
    ),
    _m(
        id="chaoyang.epidemic_rnd_breakthrough_reward",
        title_zh="对涉及防疫领域研发项目取得重大突破的给予奖励支持（金额未明确）",
        title_en="Reward for a major breakthrough in epidemic R&D (amount not stated)",
        kind="reward",
        beneficiary="enterprise",
        sources=(RND_SOURCE,),
        rule=rnd_breakthrough_reward,
        params=GRANT_PARAMS,
        readings=SCOPE,
        apply_note="区科技和信息化局、中关村朝阳园管委会",
        summary="the reward the district granted for a recognised major breakthrough in epidemic R&D "
                "(chaoyang_rnd_breakthrough_reward: the text sets no amount); undetermined while it is not known",
    ),
    _m(
        id="chaoyang.epidemic_supply_contribution_reward",
        title_zh="在防疫应急物资保障、生活必需品供应储备等方面做出突出贡献的企业给予奖励支持（金额未明确）",
        title_en="Reward for an outstanding contribution to epidemic supplies or necessities (amount not stated)",
        kind="reward",
        beneficiary="enterprise",
        sources=(SUPPLY_SOURCE,),
        rule=supply_contribution_reward,
        params=GRANT_PARAMS,
        readings=SCOPE,
        apply_note="区商务局",
        summary="the reward the district granted for a recognised outstanding contribution to supplies "
                "(chaoyang_supply_contribution_reward: the text sets no amount); undetermined while it is not known",
    ),
]

#: the readings several measures of this module read (each measure's own are declared with it)
READINGS = [*SCOPE_READINGS, *RENT_READINGS]

#: the readings that were per-firm determinations: now facts of each firm's profile (issue 9 §4)
MOVED_READINGS = {
    "chaoyang_office_building_reward_share": "the profile field chaoyang_rent_cut_reward_share (a fact of each firm: "
                                             "the share of the rent waived the district rewards this operator)",
    "chaoyang_mall_reward_share": "the profile field chaoyang_rent_cut_reward_share (a fact of each firm: the share "
                                  "of the rent waived the district rewards this operator)",
    "chaoyang_rnd_breakthrough_reward": "the profile field chaoyang_rnd_breakthrough_reward (a fact of each firm: the "
                                        "reward the district granted it)",
    "chaoyang_supply_contribution_reward": "the profile field chaoyang_supply_contribution_reward (a fact of each "
                                           "firm: the reward the district granted it)",
}


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
            keep="highest", per="leases", per_reading=ONE_LEVEL_SCOPE,
        )
        for use in ("production", "office")
    ]


STACKING: list[StackingRule] = one_rent_once_rules()
