"""丰台区: 《丰台 30条贴心服务帮助企业复工复产共克时艰》 (区发展和改革委员会, 2020-02-09, no document number).

The district's own measures with a number or a computable base:

- item 16 ``fengtai.soe_rent_reduction``: February 2020 rent of 丰台 district-SOE premises in 丰台, waived
  (production/business use) or halved (offices). The text names no registration test for the tenant, so the
  territory is ``beijing`` and what must be 丰台 is the landlord and the premises (``leases.N``).
- items 17 / 18 ``fengtai.mall_landlord_rent_relief_subsidy`` / ``fengtai.property_owner_rent_relief_subsidy``:
  "适度补贴" to landlords that cut SME tenants' rent during the epidemic (ERRATA_04_06 finding 19): eligibility
  computed, amount unquantified unless a rate is supplied; a relief counts for the days of its period inside 疫情期间.
- item 4 ``fengtai.essential_outlet_support``: "运营、房租等支持" for key chain outlets affected by the epidemic or
  keeping residents supplied (finding 22): eligibility computed, amount unquantified unless a rate is supplied.

Each measure is written once in the rule vocabulary (docs/rules.md); item 16 on the lease helpers of ``_leases``.

Items count only for the time they exist (issue 8 §1): a lease for its own days in February 2020 (reading
``soe_rent_feb_partial_month``), a landlord's rent relief for its days in 疫情期间.

Items that restate city rules are aliases of city measures, not encoded here (ERRATA_04_06 findings 4, 5, 11, 23;
README "Decisions"): item 19 ``fengtai.admin_fee_suspension`` → the first city fee waiver it names
(``beijing.special_equipment_inspection_fee_waiver``; its sources list the bundle), item 21
``fengtai.social_insurance_deferral`` → ``beijing.si_deferral_to_march`` (tier 1; tier 2 is
``beijing.si_deferral_to_july_key_industries``), item 15 ``fengtai.covid_medical_cost_subsidy`` →
``beijing.covid_patient_medical_cost_subsidy``; items 6, 20 and 22 are sources of the city utility subsidy, tax
deferral and hardship UI refund. The other items carry no number (catalog 04, "Non-quantified measures").

Stacking: item 16 restates the city February-rent rule for 丰台's own SOEs; for one lease the two never add
(catalog 04: "The two must not both be applied to the same rent"; ERRATA_04_06 finding 7). The rule is applied lease
by lease (``per="leases"``): a 市属 SOE lease keeps the city relief beside a 丰台 SOE lease. Item 4 and 通州（三）
implement the same city outlet programme: never both for one outlet (finding 22).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ..engine.measure import Measure, Param, Params, Reading
from ..engine.periods import Window
from ..engine.rules.define import Rule
from ..engine.rules.nodes import Node, const, if_, overlap_days
from ..engine.stacking import StackingRule
from ..i18n import zh
from ..profile.industries import SME_SIZES
from ._documents import FENGTAI_FT6 as DOC
from ._leases import FEBRUARY_2020, february_tiers, in_force, month_rent, pay_leases, tier_relief

NonNegative = Annotated[Decimal, Field(ge=0)]


IMPLEMENTS_SOURCE = DOC.cite(
    "L3814-L3820",
    "不折不扣落实《北京市人民政府办公厅关于进一步支持打好新型冠状病毒感染的肺炎疫情防控阻击战若干措施》《北京市人民政府办公厅"
    "关于应对新型冠状病毒感染的肺炎疫情影响促进中小微企业持续健康发展的若干措施》",
)

# =====================================================================================================
# fengtai.soe_rent_reduction — 16. 区属国有企业房产租金减免
# =====================================================================================================
RENT_SOURCE = DOC.cite(
    "L3997-L4001",
    "16.中小微企业承租区内区属国有企业房产从事生产经营活动，按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员的，"
    "免收 2月份房租；承租用于办公用房的，给予 2月份租金 50%的减免。",
)
RENT_PARAMS = Params(
    business_share=Param(Decimal(1), "免收 2月份房租", unit="share of February rent (production and business use)",
                         literal="免收"),
    office_share=Param(Decimal("0.50"), "给予 2月份租金 50%的减免", unit="share of February rent (offices)", literal="50%"),
    month=Param(FEBRUARY_2020, "免收 2月份房租", literal="2月份",
                note="February 2020 (29 days); each lease for its own days in it (reading soe_rent_feb_partial_month)"),
)


RENT_READINGS = [
    Reading("fengtai_rent_require_premises_in_district", bool, True,
            "'承租区内区属国有企业房产': True (default, literal) — the premises lie in 丰台 and belong to a 丰台 district "
            "SOE; False — any premises of a 丰台 district SOE (大兴 L5276 defines its parallel phrase '京内区属国有企业房产' "
            "as a district SOE's property anywhere in Beijing)."),
]


def soe_rent_reduction(r: Rule) -> None:
    """February 2020 rent of leases from 丰台 district SOEs: 100% (production/business use, kept open or closed by
    the rules, no or few lay-offs) or 50% (offices), each lease for its own days in February."""
    r.require(r.size().isin(SME_SIZES), zh("size {} is within 中小微企业", "规模 {} 属于中小微企业"), zh("size {} is not within 中小微企业", "规模 {} 不属于中小微企业"))
    leases = r.items("leases")
    r.require(leases.given, "", "", unknown=zh("the firm's leases — not known", "企业的租约 — 未知"))
    r.settle()
    month: Window = r.value("month")
    conds = [
        (leases.landlord.eq("district_soe"), zh("landlord {}, not a 区属国有企业", "出租方为 {}，不是区属国有企业")),
        (leases.landlord_district.eq("fengtai"), zh("landlord belongs to {}, not 丰台 (区属)", "出租方属于 {}，不属于丰台区（区属）")),
    ]
    needs = [leases.use, leases.monthly_rent]
    if r.flag("fengtai_rent_require_premises_in_district"):
        # a known other district rules the lease out; unknown is a fact needed (asked after the rent)
        conds.append((leases.premises_district.eq("fengtai").default(True), zh("premises in {}, not 区内 (丰台)", "房产在 {}，不在区内（丰台区）")))
        needs.append(leases.premises_district)
    candidates = r.select(
        leases, *conds, *in_force(leases, month), needs=needs, label=zh("lease", "租约"),
    ).named("lease of 区内 premises from a 丰台 区属国有企业")
    r.settle()
    r.require(leases.any(candidates), "", zh("no lease of 区内 premises from a 丰台 区属国有企业 in force in February 2020", "没有 2020年2月有效的、承租区内丰台区区属国有企业房产的租约"))
    relieved, share = february_tiers(r, leases, candidates, office_conditions=r.flag("office_requires_no_layoff"),
                                     not_open=zh("neither stayed open as required nor closed under the rules",
                                                 "既未按要求坚持营业，也未依照防疫规定关闭停业"))
    rent = month_rent(r, leases, month, relieved)
    relief = tier_relief(r, leases, share, rent, relieved, zh("免收 2月份房租", "免收 2月份房租"),
                          zh("给予 2月份租金 50%的减免", "给予 2月份租金 50%的减免"))
    # each lease's share is recorded, for the one-rent-once rule with the city (per="leases")
    pay_leases(r, leases, relief, relieved, zh("no lease meets its tier's conditions", "没有租约符合其所属档次的条件"),
               zh("lease(s) of 区内 premises from a 丰台 区属国有企业", "承租区内丰台区区属国有企业房产的租约"))


# =====================================================================================================
# fengtai.mall_landlord_rent_relief_subsidy — 17. 大型商场、购物中心减免租金的适度补贴
# fengtai.property_owner_rent_relief_subsidy — 18. 商务楼宇等各类产权单位减免租金的适度补贴
# =====================================================================================================
MALL_SOURCE = DOC.cite(
    "L4008-L4010",
    "17.鼓励大型商场、购物中心对中小微租户适度减免疫情期间的租金，对采取减免租金措施的租赁企业可给予适度补贴。",
)
OWNER_SOURCE = DOC.cite(
    "L4018-L4020",
    "18.鼓励商务楼宇等各类产权单位对中小微租户适度减免疫情期间的租金，对采取减免租金措施的产权单位可给予适度补贴。",
)
LANDLORD_READINGS = [
    Reading("fengtai_mall_landlord_subsidy_rate", NonNegative | None, None,
            "Item 17 '可给予适度补贴' sets no rate: default None (eligibility and the rent relief computed, amount "
            "unquantified); a rate r gives r × the rent the mall waived for SME tenants in the epidemic period."),
    Reading("fengtai_property_owner_subsidy_rate", NonNegative | None, None,
            "Item 18 '可给予适度补贴' sets no rate: default None (amount unquantified); a rate r gives r × the rent the "
            "property owner waived for SME tenants in the epidemic period."),
    Reading("fengtai_landlord_subsidy_counts_mandated", bool, False,
            "Whether a reduction the landlord had to grant (e.g. as a 区属国有企业 under the SOE February-rent rules) "
            "counts toward items 17/18: default False (an obligation, not the voluntary '适度减免' the items reward; "
            "ERRATA_04_06 finding 19)."),
]


def rate_figure(r: Rule, name: str) -> Node:
    """A rate a reading supplies for a number the text leaves open ('适度补贴'), shown by its name."""
    return const(r.reading(name)).named(f"assumptions.{name}", "share")


def landlord_subsidy(r: Rule, mall: bool, rate_reading: str) -> None:
    """Items 17/18: the rent a landlord waived for 中小微 tenants, each relief for the days of its period inside
    疫情期间; the subsidy is a rate the text does not set ('可给予适度补贴') × that rent."""
    r.require(r.present("rent_relief_granted"), "",
              zh("not a landlord claiming a landlord subsidy (no rent_relief_granted)", "不是申请出租方补贴的出租方（没有 rent_relief_granted）"))
    kind = r.fact.landlord_premises_type
    if mall:
        r.require(kind.eq("mall"), zh("the landlord operates a 商场/购物中心", "出租方经营商场/购物中心"),
                  zh("the premises ({}) are not a 大型商场、购物中心 (item 18 covers other property owners)", "房产（{}）不是大型商场、购物中心（其他产权单位适用第18项）"),
                  unknown=zh("the premises the landlord operates — not known", "出租方经营的房产类型 — 未知"))
    else:
        r.require(kind.ne("mall"), zh("the landlord is a 产权单位 ({}) other than a mall", "出租方是商场以外的产权单位（{}）"),
                  zh("a mall or shopping centre is item 17's (大型商场、购物中心), not item 18's", "商场、购物中心适用第17项（大型商场、购物中心），不适用第18项"),
                  unknown=zh("the premises the landlord operates — not known", "出租方经营的房产类型 — 未知"))
    period = Window(r.reading("epidemic_period_start"), r.reading("epidemic_period_end"))
    reliefs = r.items("rent_relief_granted")
    start, end = reliefs.period_start, reliefs.period_end
    days = overlap_days(start, end, period).named("days in 疫情期间", "days")
    conds = [(reliefs.tenant_size.isin(SME_SIZES), zh("tenant is {}, not 中小微", "承租企业规模为 {}，不是中小微"))]
    if not r.flag("fengtai_landlord_subsidy_counts_mandated"):
        conds.append((~reliefs.mandated, zh("a reduction the landlord had to grant (reading "
                                         "fengtai_landlord_subsidy_counts_mandated)", "出租方本须给予的减免（解释口径 fengtai_landlord_subsidy_counts_mandated）")))
    conds += [(end >= period.start, zh(f"relieved period ending {{}}, outside 疫情期间 {period}", f"减免期间至 {{}} 止，在疫情期间 {period} 之外")),
              (start <= period.end, zh(f"relieved period from {{}}, outside 疫情期间 {period}", f"减免期间自 {{}} 起，在疫情期间 {period} 之外"))]
    counted = r.select(reliefs, *conds, needs=(reliefs.amount,), label=zh("rent relief", "租金减免")).named("counted relief")
    of = (start.days_until(end) + 1).named("days of its period", "days")
    part = if_(days < of, reliefs.amount * days / of, reliefs.amount).named("rent waived in 疫情期间", "yuan")
    r.step(zh(f"rent waived for a {{}} tenant, {{}}..{{}}, within 疫情期间 {period}", f"为 {{}} 承租企业减免的租金，{{}}..{{}}，在疫情期间 {period} 内的部分"), part, where=counted,
           args=(reliefs.tenant_size, start, end))
    r.settle()
    base = r.step(zh("rent waived for 中小微 tenants in 疫情期间", "疫情期间为中小微租户减免的租金"), reliefs.sum(part, where=counted).named(
        "rent waived for 中小微 tenants in 疫情期间", "yuan"))
    r.require(base > 0, zh("rent waived for 中小微 tenants in the epidemic period: {} ({} relief(s))", "疫情期间为中小微租户减免租金：{}（{} 笔）"),
              zh("no rent waived for 中小微 tenants in the epidemic period (对中小微租户适度减免疫情期间的租金)", "疫情期间未为中小微租户减免租金（对中小微租户适度减免疫情期间的租金）"),
              args=(base, reliefs.count(where=counted)))
    if r.reading(rate_reading) is None:
        r.unquantified(zh(f"'可给予适度补贴' sets no rate; supply assumptions.{rate_reading} (subsidy = rate × the rent "
                       "waived)", f"“可给予适度补贴”未规定比例；请提供 assumptions.{rate_reading}（补贴 = 比例 × 减免的租金）"), [f"assumptions.{rate_reading}"])
        return
    r.pay(r.step(zh("subsidy", "补贴"), (rate_figure(r, rate_reading) * base).named("subsidy", "yuan")))


def mall_landlord_rent_relief_subsidy(r: Rule) -> None:
    """Item 17: a mall or shopping centre that cut SME tenants' epidemic-period rent may get a '适度补贴'."""
    landlord_subsidy(r, True, "fengtai_mall_landlord_subsidy_rate")


def property_owner_rent_relief_subsidy(r: Rule) -> None:
    """Item 18: an office-building or other property owner that cut SME tenants' rent may get a '适度补贴'."""
    landlord_subsidy(r, False, "fengtai_property_owner_subsidy_rate")


# =====================================================================================================
# fengtai.essential_outlet_support — 4. 重点连锁餐饮（早餐）、菜店（生鲜超市）、便利店等网点: 运营、房租等支持
# =====================================================================================================
OUTLET_SOURCE = DOC.cite(
    "L3865-L3869",
    "4.监督指导批发零售业、餐饮业企业疫情防控，对受疫情影响或在疫情防控工作中保障市民基本生活的重点连锁餐饮（早餐）、"
    "菜店（生鲜超市）、便利店等网点落实市级有关政策，制定切实可行措施，给予运营、房租等支持。",
)
OUTLET_TYPES = ("public_catering", "community_vegetable_shop", "key_supermarket", "chain_convenience_store")
OUTLET_READINGS = [
    Reading("fengtai_essential_outlet_support_rate", NonNegative | None, None,
            "Item 4 '给予运营、房租等支持' sets no rate (it implements the city 网点 programme, whose numbers are not in "
            "the seed): default None (eligible, amount unquantified); a rate r gives r × essential_outlet_rent."),
]


def essential_outlet_support(r: Rule) -> None:
    """Item 4: key chain breakfast, vegetable / fresh-market and convenience outlets affected by the epidemic or
    keeping residents supplied get operating and rent support (no rate in the text)."""
    r.require(r.fact.essential_outlet.isin(OUTLET_TYPES),
              zh("a key chain outlet (重点连锁餐饮（早餐）、菜店（生鲜超市）、便利店: {})", "重点连锁网点（重点连锁餐饮（早餐）、菜店（生鲜超市）、便利店：{}）"),
              zh("outlet type {} is not a 重点连锁餐饮（早餐）、菜店（生鲜超市）、便利店", "网点类型 {} 不是重点连锁餐饮（早餐）、菜店（生鲜超市）、便利店"), unknown=zh("the kind of outlet — not known", "网点类型 — 未知"))
    q = r.fact.qualifications
    # 受疫情影响: heavily_affected implies it; either 受疫情影响 or 保障市民基本生活 suffices
    affected = (q.heavily_affected.default(False) | q.affected_by_epidemic).named("受疫情影响")
    supplying = q.kept_supplies_during_epidemic.named("在疫情防控工作中保障市民基本生活")
    r.require(affected | supplying, zh("受疫情影响或在疫情防控工作中保障市民基本生活 (affected by the epidemic, or keeping "
              "residents supplied)", "受疫情影响或在疫情防控工作中保障市民基本生活"), zh("neither 受疫情影响 nor 在疫情防控工作中保障市民基本生活 (neither affected by the "
              "epidemic nor keeping residents supplied)", "既未受疫情影响，也未在疫情防控工作中保障市民基本生活"),
              unknown=zh("受疫情影响或在疫情防控工作中保障市民基本生活 — not known", "是否受疫情影响或在疫情防控工作中保障市民基本生活 — 未知"))
    r.settle()
    rate = "fengtai_essential_outlet_support_rate"
    if r.reading(rate) is None:
        r.unquantified(zh(f"'给予运营、房租等支持' sets no rate; supply assumptions.{rate}", f"“给予运营、房租等支持”未规定比例；请提供 assumptions.{rate}"), [f"assumptions.{rate}"])
        return
    rent = r.fact.essential_outlet_rent
    r.need(rent, zh("the outlet's rent over the supported period", "网点在支持期间的房租"))
    r.settle()
    r.pay(r.step(zh("support", "支持金额"), (rate_figure(r, rate) * rent).named("support", "yuan")))


MEASURES = [
    Measure(
        id="fengtai.soe_rent_reduction",
        district="fengtai",
        title_zh="区属国有企业房产租金减免（2月份）",
        title_en="February 2020 rent of 丰台 district-SOE premises: waived (production/business use) or halved (offices)",
        kind="rent_reduction",
        beneficiary="enterprise",
        sources=(RENT_SOURCE, IMPLEMENTS_SOURCE),
        rule=soe_rent_reduction,
        params=RENT_PARAMS,
        readings=("office_requires_no_layoff", *RENT_READINGS, "soe_rent_feb_partial_month",
                  "soe_rent_one_level_scope"),
        territory="beijing",
        summary="Σ leases of 丰台 premises from 丰台 district SOEs: 100% (business) or 50% (office) × February 2020 rent",
        notes=("The tenant's registration is not a condition (the text names none); the landlord and the premises "
               "must be 丰台's.",
               "monthly_rent is read as the rent of February 2020; the relief is the rent only, not 物业费. A lease in "
               "force for part of February counts for its days in it (reading soe_rent_feb_partial_month).",
               "Mixed-use premises: enter the production and the office parts as two leases.",
               "A sublease from a non-state head tenant is not covered: the firm's landlord is then not the SOE."),
    ),
    Measure(
        id="fengtai.mall_landlord_rent_relief_subsidy",
        district="fengtai",
        title_zh="大型商场、购物中心减免中小微租户租金的适度补贴",
        title_en="'Appropriate' subsidy to malls and shopping centres that cut SME tenants' epidemic-period rent",
        kind="rent_subsidy_to_landlord",
        beneficiary="landlord",
        sources=(MALL_SOURCE,),
        rule=mall_landlord_rent_relief_subsidy,
        readings=("fengtai_mall_landlord_subsidy_rate", "fengtai_landlord_subsidy_counts_mandated",
                  "epidemic_period_start", "epidemic_period_end"),
        apply_note="区商务局",
        summary="eligible on rent waived for SME tenants in the epidemic period; amount = rate × waived, rate not stated",
        notes=("'大型' (large) is not defined: any mall or shopping centre (landlord_premises_type mall) is tested.",
               "A relief counts for the days of its period inside 疫情期间 (amount × days inside / days of the period)."),
    ),
    Measure(
        id="fengtai.property_owner_rent_relief_subsidy",
        district="fengtai",
        title_zh="商务楼宇等各类产权单位减免中小微租户租金的适度补贴",
        title_en="'Appropriate' subsidy to office buildings and other property owners that cut SME tenants' rent",
        kind="rent_subsidy_to_landlord",
        beneficiary="landlord",
        sources=(OWNER_SOURCE,),
        rule=property_owner_rent_relief_subsidy,
        readings=("fengtai_property_owner_subsidy_rate", "fengtai_landlord_subsidy_counts_mandated",
                  "epidemic_period_start", "epidemic_period_end"),
        apply_note="区投资促进中心",
        summary="eligible on rent waived for SME tenants in the epidemic period; amount = rate × waived, rate not stated",
        notes=("Malls and shopping centres are item 17's; every other property owner is item 18's, so one waiver is "
               "counted by one item.",
               "A relief counts for the days of its period inside 疫情期间 (amount × days inside / days of the period)."),
    ),
    Measure(
        id="fengtai.essential_outlet_support",
        district="fengtai",
        title_zh="重点连锁餐饮（早餐）、菜店（生鲜超市）、便利店等网点运营、房租支持",
        title_en="Operating and rent support for key chain breakfast, vegetable and convenience outlets (no rate stated)",
        kind="cash_grant",
        beneficiary="enterprise",
        sources=(OUTLET_SOURCE,),
        rule=essential_outlet_support,
        readings=("fengtai_essential_outlet_support_rate",),
        apply_note="区商务局",
        summary="eligible for key chain outlets affected by the epidemic or keeping residents supplied; amount = rate × "
                "outlet rent, rate not stated",
        notes=("'重点' (key) outlets are the outlet types of essential_outlet; the programme's list of key outlets is not "
               "in the seed.",),
    ),
]

READINGS = [*LANDLORD_READINGS, *OUTLET_READINGS]


# =====================================================================================================
# Stacking
# =====================================================================================================
CITY_SOE_RENT = "beijing.soe_rent_reduction_feb"


def one_rent_once_rule() -> StackingRule:
    return StackingRule(
        "fengtai_soe_rent_once", "exclusive", ("fengtai.soe_rent_reduction", CITY_SOE_RENT), IMPLEMENTS_SOURCE,
        "丰台 item 16 restates the city February-rent rule (京政办发〔2020〕7号, which 丰台 implements '不折不扣') for "
        "丰台's own district SOEs: one lease's February rent is relieved once, never by both (the higher is paid); "
        "different leases are independent",
        keep="highest", per="leases", per_reading="soe_rent_one_level_scope",
    )


def one_outlet_programme_rule() -> StackingRule:
    return StackingRule(
        "fengtai_tongzhou_outlet_programme_once", "exclusive",
        ("fengtai.essential_outlet_support", "tongzhou.essential_outlet_rent_support"), OUTLET_SOURCE,
        "丰台 item 4 and 通州（三） carry out the same city 网点 programme ('落实市级有关政策' / '在市级补助政策的基础上'): "
        "one outlet is supported once",
        keep="highest",
    )


STACKING: list[StackingRule] = [one_rent_once_rule(), one_outlet_programme_rule()]
