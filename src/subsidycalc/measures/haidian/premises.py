"""海淀 H1 （四）: premises — the February rent and property fee of district-SOE premises (B5/B6), the subsidy to
landlords that cut the rent of 海淀 high-tech tenants (R18)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ...engine.measure import Param, Reading
from ...engine.periods import Window
from ...engine.rules.define import Rule
from ...engine.rules.nodes import all_of, const, if_
from ...engine.rules.nodes import overlap_days as days_inside
from ...engine.stacking import StackingRule
from ...i18n import zh
from ...profile.industries import SME_SIZES
from .._documents import HAIDIAN_H1 as DOC
from ._h1 import (
    CITY_POLICY_SOURCE,
    COMMON_READINGS,
    EPI,
    HERE,
    ONE_LEVEL_SOURCE,
    NonNegative,
    epidemic_period,
    general_rules,
    h1_measure,
    h1_params,
    known_list,
)

# =====================================================================================================
# B5/B6 haidian.district_soe_tenant_relief_feb.{production_use,office_use} — （四）, first paragraph
# The February rent is the city rule restated ("按市级政策"); the property fee ("另…物业费") is 海淀's own and alone
# depends on 物业由区属国有企业管理 (ERRATA_01_03 R14).
# =====================================================================================================
SOE_SOURCE = DOC.cite(
    "L3280-L3290",
    "对承租区内区属国有企业房产从事生产经营活动，按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员，且物业由区属国有企业管理"
    "的中小微企业，经行业主管部门和出租方认定，除按市级政策免收 2020年 2月份房租外，另免收该月的物业费；对承租用于商务办公且物业由"
    "区属国有企业管理的中小微企业，除按市级政策将 2020年 2月份房租减免 50%外，另将该月物业费减免 50%。",
)
FEB = Window(date(2020, 2, 1), date(2020, 2, 29))
PRODUCTION_PARAMS = h1_params(
    rent_share=Param(Decimal(1), "除按市级政策免收 2020年 2月份房租外", unit="share of February 2020 rent", literal="免收"),
    fee_share=Param(Decimal(1), "另免收该月的物业费", unit="share of February 2020 property fee", literal="免收"),
    month=Param(FEB, "免收 2020年 2月份房租", note="February 2020 only", literal="2020年 2月份"),
)
OFFICE_PARAMS = h1_params(
    rent_share=Param(Decimal("0.50"), "除按市级政策将 2020年 2月份房租减免 50%外", unit="share of February 2020 rent",
                     literal="50%"),
    fee_share=Param(Decimal("0.50"), "另将该月物业费减免 50%", unit="share of February 2020 property fee", literal="50%"),
    month=Param(FEB, "将 2020年 2月份房租减免 50%", note="February 2020 only", literal="2020年 2月份"),
)
OFFICE_NO_LAYOFF = "office_requires_no_layoff"  # shared SOE-rent reading (README "Decisions"), declared once elsewhere
ONE_LEVEL_SCOPE = "soe_rent_one_level_scope"  # shared: the one-level rule per lease or per firm (STACKING below)
SOE_READINGS = [
    Reading("haidian_property_fee_requires_rent_conditions", bool, True,
            "'除按市级政策免收…房租外，另免收该月的物业费': the property-fee waiver is an add-on to the rent relief, so the "
            "tenant must meet the rent conditions too (default True, catalog 03 B5 ambiguity 1); False waives the fee "
            "for any SME tenant whose property a district SOE manages."),
    Reading("haidian_property_manager_must_be_landlord", bool, False,
            "'物业由区属国有企业管理': any 区属国有企业 may manage (default False) or only the landlord SOE itself (True)."),
    Reading("haidian_office_requires_recognition", bool, True,
            "'经行业主管部门和出租方认定' stands in the production clause; the office clause after the semicolon does not "
            "restate it. True (default, catalog 03 B6 ambiguity 1: 'recognition yes'): an office lease too needs the "
            "recognition (leases.N.relief_recognised); False: offices need none."),
    Reading("haidian_office_requires_district_soe_landlord", bool, True,
            "The office clause does not restate the landlord: a 海淀 district SOE is implied (default True, catalog 03 "
            "B6 ambiguity 1); False drops the landlord test for offices whose property a district SOE manages."),
]


def soe_relief(r: Rule, use: str) -> None:
    """B5/B6: the February 2020 rent (the city rule restated, 按市级政策) and property fee (海淀's own, 另…物业费) of a
    lease of a 海淀 district SOE's premises, for the days of February the lease is in force; each lease's relief is
    its part (the one-level rule with the city February rent, ``STACKING``, per lease)."""
    n = r.n
    office = use == "office"
    month: Window = r.value("month")
    general_rules(r)
    r.require(r.size().isin(SME_SIZES), zh("size {} is within 中小微企业 (GH2, 300号)", "规模 {} 属于中小微企业（GH2，300号）"),
              zh("size {} is not within 中小微企业 (GH2, 300号)", "规模 {} 不属于中小微企业（GH2，300号）"))
    leases = known_list(r, "leases", zh("the firm's leases", "企业的租约"))
    need_landlord = not office or r.flag("haidian_office_requires_district_soe_landlord")
    conditions = not office or r.flag(OFFICE_NO_LAYOFF)
    recognition = not office or r.flag("haidian_office_requires_recognition")
    fee_needs_rent = r.flag("haidian_property_fee_requires_rent_conditions")
    managers = {"landlord"} if r.flag("haidian_property_manager_must_be_landlord") else {"landlord", "district_soe"}
    start, end = leases.starts_on, leases.ends_on
    conds = []
    if need_landlord:
        conds += [(leases.landlord.eq("district_soe"), zh("landlord {}, not a 区属国有企业", "出租方为 {}，不是区属国有企业")),
                  (leases.landlord_district.eq(HERE), zh("landlord belongs to {}, not a 海淀 区属国有企业 (区内)", "出租方属于 {}，不是海淀区区属国有企业（区内）"))]
    conds += [((end >= month.start).default(True), zh("lease ended {}, before February 2020", "租约于 {} 结束，早于2020年2月")),
              ((start <= month.end).default(True), zh("lease starts {}, after February 2020", "租约于 {} 开始，晚于2020年2月"))]
    if recognition:
        conds.append((leases.relief_recognised.is_(True), zh(
            "relief not recognised by the industry authority and the lessor (经行业主管部门和出租方认定)"
            + (" (reading haidian_office_requires_recognition)" if office else ""),
            "减免未经行业主管部门和出租方认定（经行业主管部门和出租方认定）"
            + ("（解释口径 haidian_office_requires_recognition）" if office else ""))))
    kind = "office" if office else "production/business"
    kind_zh = "办公用房" if office else "生产经营用房"
    q = r.select(leases, *conds, only=leases.use.eq(use), needs=(leases.monthly_rent, leases.property_manager),
                 label=zh("lease", "租约"),
                 none=zh(f"no {kind} lease of a 海淀 区属国有企业's premises in force in February 2020",
                         f"没有2020年2月有效的、承租海淀区区属国有企业房产作{kind_zh}的租约")).named(
        f"{kind} lease of 海淀 district-SOE premises")
    # 按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员 (the rent conditions)
    if conditions:
        ok = (r.fact.qualifications.open_or_closed_per_rules.is_(True) & r.fact.qualifications.no_layoffs.is_(True)).named(
            "stayed open or closed under the rules, and no (or few) lay-offs")
        r.need(ok, zh("按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员", "按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员"))
        r.settle()
        r.note(zh("✗ rent part: laid off staff or neither stayed open nor closed under the rules"
                  + (" (reading office_requires_no_layoff)" if office else ""),
                  "✗ 房租部分：有裁员，或既未坚持营业也未依照防疫规定关闭停业"
                  + ("（解释口径 office_requires_no_layoff）" if office else "")), when=~ok)
    else:
        ok = const(True)
    # the lease counts only for the days of February 2020 it is in force (issue 8 §1)
    days = days_inside(start.default(month.start), end.default(month.end), month).named(
        zh("days in force in February 2020", "2020年2月在租期内的天数"), "days")
    r.step(zh("days in force in February 2020", "2020年2月在租期内的天数"), days, where=q & (days < month.days()))
    covered = days / const(month.days()).named(zh("days of February 2020", "2020年2月的天数"))
    if recognition:
        r.note(zh("✓ recognised by the industry authority and the lessor (经行业主管部门和出租方认定)", "✓ 经行业主管部门和出租方认定"), when=leases.any(q))
    rent = (n.rent_share * leases.monthly_rent * covered).named(zh("rent (按市级政策)", "房租（按市级政策）"), "yuan")
    r.step(zh("rent (按市级政策)", "房租（按市级政策）"), rent, where=q & ok)
    pm = leases.property_manager
    managed = (pm.isin(managers) & (leases.landlord.eq("district_soe").default(False) | pm.ne("landlord"))).named(
        "物业由区属国有企业管理")
    fee_due = (q & managed & (ok | (not fee_needs_rent))).named("property fee relieved")
    r.need(leases.sum(leases.monthly_property_fee, where=fee_due), zh("the February property fee of each lease", "每项租约的2月份物业费"))
    r.settle()
    fee = (n.fee_share * leases.monthly_property_fee * covered).named(zh("property fee (海淀's own)", "物业费（海淀区自有政策）"), "yuan")
    r.step(zh("property fee (海淀's own)", "物业费（海淀区自有政策）"), fee, where=fee_due)
    got = (if_(ok, rent, 0) + if_(fee_due, fee, 0)).named(zh("relief of the lease", "该租约的减免"), "yuan")
    relieved = (q & (ok | fee_due)).named("lease relieved")
    total = r.step(zh("relief", "减免合计"), leases.sum(got, where=relieved).named(zh("relief", "减免金额"), "yuan"))
    r.require(~(total.eq(0) & ~ok), "", zh("不裁员、少裁员 / 坚持营业或依规关闭停业 not met, and no property fee relieved", "不满足不裁员、少裁员 / 坚持营业或依规关闭停业，且没有减免的物业费"))
    r.effect("apply", zh("to the landlord, with the recognition of the industry authority and the lessor (经行业主管部门和"
                         "出租方认定); 区国资委", "向出租方申请，经行业主管部门和出租方认定；区国资委"))
    r.pay(total, met=zh(f"{kind} lease(s) of 海淀 district-SOE premises", f"承租海淀区区属国有企业房产作{kind_zh}的租约"))
    # the lease's share, for the one-level rule with the city February rent (STACKING, per="leases")
    r.parts(leases, got, where=relieved)


def district_soe_relief_production(r: Rule) -> None:
    """February 2020 rent (city rule) and property fee (海淀) waived for SMEs producing in 海淀 district-SOE premises."""
    soe_relief(r, "business")


def district_soe_relief_office(r: Rule) -> None:
    """February 2020 rent (city rule) and property fee (海淀) halved for SME offices in 海淀 district-SOE premises."""
    soe_relief(r, "office")


# =====================================================================================================
# R18 haidian.hnte_tenant_rent_reduction_landlord_subsidy — （四）, third paragraph ("一定资金补贴")
# =====================================================================================================
HNTE_SOURCE = DOC.cite("L3301-L3303", "对疫情期间为承租房屋的海淀区高新技术企业减免租金的企业，给予一定资金补贴。")
HNTE_READINGS = [
    Reading("haidian_hnte_landlord_subsidy_share", NonNegative | None, None,
            "'给予一定资金补贴' sets no rate: default None (eligible, amount unquantified); a share k gives k × the rent "
            "reduced for 海淀 high-tech tenants in the epidemic period."),
    Reading("haidian_hnte_include_mandated_reductions", bool, False,
            "Whether a reduction the landlord had to grant (e.g. a district SOE's February rent under B5/B6 or the "
            "city rule) also earns the subsidy: default False (the text rewards a landlord that chose to cut rent)."),
]


def hnte_tenant_rent_reduction_landlord_subsidy(r: Rule) -> None:
    """'一定资金补贴' to landlord firms that cut the rent of 海淀 high-tech tenants in the epidemic period."""
    r.require(r.present("rent_relief_granted"), "", zh("pays a landlord that cut rent; the profile has no "
                                                          "rent_relief_granted (not a landlord claiming)",
                                                          "补贴对象为减免房租的出租方；企业信息中没有 rent_relief_granted（不是申请补贴的出租方）"))
    general_rules(r)
    r.require(r.fact.enterprise.ne(False).default(True), "", zh("the landlord is not an enterprise (减免租金的企业)", "出租方不是企业（减免租金的企业）"))
    period = epidemic_period(r)
    mandated_ok = r.flag("haidian_hnte_include_mandated_reductions")
    reliefs = r.items("rent_relief_granted")
    start, end = reliefs.period_start, reliefs.period_end
    conds = [
        (reliefs.tenant_high_tech.ne(False).default(True), zh("tenant not a 高新技术企业", "承租企业不是高新技术企业")),
        (reliefs.tenant_district.eq(HERE).default(True), zh("tenant registered in {}, not a 海淀区 enterprise", "承租企业注册在 {}，不是海淀区企业")),
        (reliefs.tenant_tax_district.eq(HERE).default(True), zh("tenant pays tax in {} (GH1)", "承租企业在 {} 纳税（GH1）")),
        (~((end < period.start).default(False) | (start > period.end).default(False)),
         zh(f"relieved period outside 疫情期间 {period}", f"减免期在疫情期间 {period} 之外")),
    ]
    if not mandated_ok:
        conds.append((reliefs.mandated.ne(True).default(True),
                      zh("a mandated reduction (reading haidian_hnte_include_mandated_reductions)", "按规定必须给予的减免（解释口径 haidian_hnte_include_mandated_reductions）")))
    conds.append((reliefs.subsidised_elsewhere.ne(True).default(True), zh("the reduction already drew a subsidy of the "
                  "same type elsewhere (不得重复享受同类补贴支持资金, GH3; subsidised_elsewhere)",
                  "该减免已在别处获得同类补贴（不得重复享受同类补贴支持资金，GH3；subsidised_elsewhere）")))
    facts = [reliefs.tenant_high_tech, reliefs.tenant_district, start, end, reliefs.amount] + (
        [] if mandated_ok else [reliefs.mandated])
    q = r.select(reliefs, *conds, needs=(all_of(*(f.defined() for f in facts)),), label=zh("relief", "减租")).named(
        "counted reduction")
    r.settle()
    # a reduction counts only for its days inside 疫情期间 (issue 8 §1), the amount spread evenly over its days
    days = days_inside(start, end, period).named(zh("days in 疫情期间", "疫情期间内的天数"), "days")
    relieved = (start.days_until(end) + 1).named(zh("days relieved", "减免天数"), "days")
    part = (reliefs.amount * days / relieved).named(zh("rent reduced in 疫情期间", "疫情期间内减免的租金"), "yuan")
    r.step(zh("rent reduced in 疫情期间 (its days inside)", "疫情期间内减免的租金（按其在期间内的天数）"), part, where=q & (days < relieved))
    total = r.step(zh("rent reduced for 海淀 high-tech tenants", "为海淀区高新技术企业减免的租金"), reliefs.sum(part, where=q).named(zh("rent reduced", "减免的租金"), "yuan"))
    r.require(total > 0, zh("cut the rent of 海淀区高新技术企业 tenant(s) in the epidemic period", "疫情期间为承租的海淀区高新技术企业减免房租"),
              zh("no rent reduced for a 海淀区高新技术企业 tenant in the epidemic period", "疫情期间没有为承租的海淀区高新技术企业减免房租"))
    share = r.reading("haidian_hnte_landlord_subsidy_share")
    if share is None:
        r.unquantified(zh("the text sets no rate ('给予一定资金补贴'); supply assumptions.haidian_hnte_landlord_subsidy_share", "文件未规定比例（“给予一定资金补贴”）；请提供 assumptions.haidian_hnte_landlord_subsidy_share"),
                       ["assumptions.haidian_hnte_landlord_subsidy_share"])
        return
    k = const(share).named("assumptions.haidian_hnte_landlord_subsidy_share", "share")
    r.pay(r.step(zh("the share supplied × the rent reduced", "所提供的比例 × 减免的租金"), (k * total).named(zh("subsidy", "补贴"), "yuan")))


# =====================================================================================================
# The catalog
# =====================================================================================================
MEASURES = [
    h1_measure("district_soe_tenant_relief_feb.production_use",
       "区属国企房产生产经营用房：按市级政策免收2020年2月份房租，另免收该月物业费",
       "Production premises of 海淀 district SOEs: February 2020 rent waived (city rule) and February property fee "
       "waived (海淀)", "rent_reduction", "enterprise", (SOE_SOURCE, CITY_POLICY_SOURCE), district_soe_relief_production,
       PRODUCTION_PARAMS, (*(r.name for r in SOE_READINGS), ONE_LEVEL_SCOPE),
       "Σ leases: 100% × February rent (open/closed per rules, no lay-offs) + 100% × February property fee (district "
       "SOE manages)", valid=FEB,
       notes=("Mixed-use premises: enter the production and office parts as two leases.",
              "物业费 is the management fee only; a quarterly or yearly invoice is entered as its monthly share.",
              "The February rent is the city rule (按市级政策): on the same lease it never adds to "
              "beijing.soe_rent_reduction_feb.")),
    h1_measure("district_soe_tenant_relief_feb.office_use",
       "区属国企管理物业的商务办公用房：按市级政策2020年2月份房租减免50%，另将该月物业费减免50%",
       "Offices with district-SOE property management: February 2020 rent halved (city rule) and February property "
       "fee halved (海淀)", "rent_reduction", "enterprise", (SOE_SOURCE, CITY_POLICY_SOURCE), district_soe_relief_office,
       OFFICE_PARAMS, (OFFICE_NO_LAYOFF, *(r.name for r in SOE_READINGS), ONE_LEVEL_SCOPE),
       "Σ office leases: 50% × February rent + 50% × February property fee (district SOE manages)", valid=FEB,
       notes=("'商务办公' is read as the city's '办公用房' (use = office).",
              "The February rent is the city rule (按市级政策): on the same lease it never adds to "
              "beijing.soe_rent_reduction_feb.")),
    h1_measure("hnte_tenant_rent_reduction_landlord_subsidy", "为海淀区高新技术企业减免租金的企业给予一定资金补贴（金额未明确）",
       "Subsidy to landlords that cut the rent of 海淀 high-tech tenants in the epidemic period (amount not stated)",
       "rent_subsidy_to_landlord", "landlord", (HNTE_SOURCE,), hnte_tenant_rent_reduction_landlord_subsidy, h1_params(),
       (*EPI, *(r.name for r in HNTE_READINGS)),
       "eligible on rent cut for 海淀 HNTE tenants; k × rent reduced when k is supplied (一定资金补贴)",
       apply_note="区科信局",
       notes=("ERRATA_01_03 R18 (missing in catalog 03). A natural-person landlord is excluded (企业): "
              "enterprise = false.",)),
]

READINGS = [*COMMON_READINGS, *SOE_READINGS, *HNTE_READINGS]


# =====================================================================================================
# Stacking: GH3 and one rent once (README "Decisions"; ERRATA_04_06 finding 7)
# =====================================================================================================
CITY_SOE_RENT = "beijing.soe_rent_reduction_feb"


STACKING: list[StackingRule] = [
    StackingRule(
        f"haidian_soe_rent_one_level_{use}", "exclusive", (f"haidian.district_soe_tenant_relief_feb.{use}_use",
                                                            CITY_SOE_RENT),
        ONE_LEVEL_SOURCE,
        "GH3 (凡市区两级共有的政策，企业只能选择其中一级进行申请) and 按市级政策: the February rent of a 海淀 district SOE "
        "is the city rule restated; each lease is relieved at one level, by the 海淀 measure (rent plus 海淀's "
        "property fee) or by the city rule, whichever pays more on it — the 海淀 measure already contains the city "
        "rent; a lease only one of them covers (a 市属 SOE's premises) keeps that one's relief",
        keep="highest", per="leases", per_reading=ONE_LEVEL_SCOPE,
    )
    for use in ("production", "office")
]
