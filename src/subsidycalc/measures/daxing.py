"""大兴区: the district's own relief measure in the seed — 《大兴区国资委关于落实区属国有企业减免中小微企业房租的通知》
(DX-5, 2020-02-09): February 2020 rent waived (production and business use) or halved (offices) by 大兴 district SOEs.

Its tenants are any 中小微企业 "在京注册" (L5270-L5274), so the territory is ``beijing``; what must be 大兴 is the
landlord (``leases.N.landlord_district``), and the premises must lie in Beijing (京内, L5276).

The other 大兴 notices with a number restate city rules and are aliases of city measures, not encoded here:
``daxing.road_occupation_fee_suspension`` → ``beijing.road_occupation_fee_waiver`` and
``daxing.sewage_fee_suspension`` → ``beijing.sewage_treatment_fee_waiver`` (ERRATA_04_06 finding 5). DX-1, DX-2,
DX-3, DX-7 and DX-8 carry no relief amount (catalog 05, "Non-quantified measures"); the sublease clause (L5287-L5291)
leaves the loss to negotiation.

Each lease counts for its own days in February 2020 (``leases.N.starts_on`` / ``ends_on``; the shared reading
``soe_rent_feb_partial_month``, ``_leases.month_rent``): a lease that ended on 2020-02-10 is relieved on 10/29 of
its rent, one that ended in January on nothing — as the city rule, so that the per-lease rule below compares like with
like.

The measure is written once in the rule vocabulary (docs/rules.md), on the lease helpers of ``_leases``.

Stacking: this measure restates the city February-rent rule for 大兴's own SOEs; for one lease the two never add
(README "Decisions"; ERRATA_04_06 finding 7): ``STACKING`` pays the larger, which is the same amount, lease by lease
(``per="leases"``: each lease's share is recorded with ``r.parts``), so a firm that also rents from a 市属 SOE keeps
the city relief on that other lease.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..engine.measure import Measure, Param, Params
from ..engine.periods import Window
from ..engine.rules.define import Rule
from ..engine.rules.nodes import if_
from ..engine.sources import Document
from ..engine.stacking import StackingRule
from ..i18n import zh
from ..profile.industries import SME_SIZES
from ._leases import FEBRUARY_2020, february_tiers, in_force, month_rent, pay_leases, tier_relief

DX5 = Document(
    title="《大兴区国资委关于落实区属国有企业减免中小微企业房租的通知》",
    issuer="大兴区国资委",
    doc_no=None,
    issued=date(2020, 2, 9),
    url="http://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/tzgg/732510/index.html",
    territory="beijing",
    scope_lines="L5270-L5274",
    scope_quote="1.减免中小微企业房租政策涉及的区属国有企业，是指区国资委监管的一级企业及其所属各级国有及国有控股子企业；"
    "中小微企业是指依据《中小企业划型标准规定》（工信部联企业〔2011〕300号）第四条“各行业划型标准”确定并在京注册的中小微企业。",
)

# =====================================================================================================
# daxing.soe_rent_reduction — 区属国有企业减免中小微企业 2月份房租
# =====================================================================================================
RENT_SOURCE = DX5.cite(
    "L5278-L5285",
    "3.免收租金的情形，是指中小微企业承租京内区属国有企业房产从事生产经营活动，包括开办便民设施、超市、药店、养老、"
    "教育培训、工业仓储等，按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员的，免收 2 月份房租。减收租金的情形，"
    "是指中小微企业承租京内区属国有企业房产用于办公用途的，减收 2月份租金的 50%。",
)
DEFINITIONS_SOURCE = DX5.cite(
    "L5270-L5276",
    "1.减免中小微企业房租政策涉及的区属国有企业，是指区国资委监管的一级企业及其所属各级国有及国有控股子企业；中小微企业"
    "是指依据《中小企业划型标准规定》（工信部联企业〔2011〕300号）第四条“各行业划型标准”确定并在京注册的中小微企业。 "
    "2.京内区属国有企业房产，是指区属国有企业位于北京市行政辖区内的房产。",
)
APPLY_SOURCE = DX5.cite(
    "L5293-L5295",
    "5.中小微企业申请租金减免，应提供合法有效的房屋租赁合同、协议等符合相关要求的证明文件，及时向区属国有出租方提出申请。",
)
PREAMBLE_SOURCE = DX5.cite(
    "L5264-L5268",
    "为贯彻落实《北京市人民政府办公厅关于应对新型冠状病毒感染的肺炎疫情影响促进中小微企业持续健康发展的若干措施》"
    "（京政办发〔2020〕7号）及区政府工作要求，切实减免中小微企业房租，现就区属国有企业减免中小微企业租金事项通知如下：",
)

RENT_PARAMS = Params(
    business_share=Param(Decimal(1), "免收 2 月份房租", unit="share of February rent (production and business use)",
                         literal="免收"),
    office_share=Param(Decimal("0.50"), "减收 2月份租金的 50%", unit="share of February rent (offices)", literal="50%"),
    rent_month=Param(FEBRUARY_2020, "免收 2 月份房租", literal="2 月份",
                     note="February 2020 (29 days); the measure covers that month's rent only, each lease for its own "
                          "days in it (reading soe_rent_feb_partial_month)"),
)


def soe_rent_reduction(r: Rule) -> None:
    """February 2020 rent of leases from 大兴 district SOEs: 100% (production/business use, kept open or closed by
    the rules, no or few lay-offs) or 50% (offices), each lease for its own days in February."""
    r.require(r.fact.district.defined(), zh("registered in Beijing (在京注册)", "在京注册"), "",
              unknown=zh("registered in Beijing (在京注册) — not known", "是否在京注册 — 未知"))
    r.require(r.size().isin(SME_SIZES), zh("size {} is within 中小微企业 (300号 第四条)", "规模 {} 属于中小微企业（300号 第四条）"),
              zh("size {} is not within 中小微企业 (300号 第四条)", "规模 {} 不属于中小微企业（300号 第四条）"))
    leases = r.items("leases")
    r.require(leases.given, "", "", unknown=zh("the firm's leases — not known", "企业的租约 — 未知"))
    r.settle()
    month: Window = r.value("rent_month")
    candidates = r.select(
        leases,
        (leases.landlord.eq("district_soe"), zh("landlord {}, not a 区属国有企业", "出租方 {}，不是区属国有企业")),
        (leases.landlord_district.eq("daxing"), zh("landlord belongs to {}, not 大兴 (区国资委监管)", "出租方属于 {}，不属于大兴（区国资委监管）")),
        # 京内 follows from the premises' district when that is given (one fact set once: issue 8 §3)
        (if_(leases.premises_district.known(), leases.premises_in_beijing.default(True), leases.premises_in_beijing).is_(True), zh("premises outside Beijing (京内: 位于北京市行政辖区内)", "房产不在京内（京内：位于北京市行政辖区内）")),
        *in_force(leases, month),
        needs=(leases.use, leases.monthly_rent), label=zh("lease", "租约"),
    ).named(zh("lease of 京内 premises from a 大兴 区属国有企业", "承租大兴区属国有企业京内房产的租约"))
    r.settle()
    r.require(leases.any(candidates), "", zh("no lease of 京内 premises from a 大兴 区属国有企业 in force in February 2020", "没有 2020年 2月有效的承租大兴区属国有企业京内房产的租约"))
    relieved, share = february_tiers(r, leases, candidates, office_conditions=r.flag("office_requires_no_layoff"))
    rent = month_rent(r, leases, month, relieved)
    relief = tier_relief(r, leases, share, rent, relieved, zh("免收 2 月份房租", "免收 2 月份房租"), zh("减收 2月份租金的 50%", "减收 2月份租金的 50%"))
    # each lease's share is recorded, for the one-rent-once rule with the city (per="leases")
    pay_leases(r, leases, relief, relieved, zh("no lease meets its tier's conditions", "没有租约符合所属档次的条件"),
               zh("lease(s) of 京内 premises from a 大兴 区属国有企业", "承租大兴区属国有企业京内房产的租约"),
               apply=zh("promptly to the SOE landlord with the lease (及时向区属国有出租方提出申请)", "持租约及时向区属国有出租方提出申请"))


MEASURES = [
    Measure(
        id="daxing.soe_rent_reduction",
        district="daxing",
        title_zh="区属国有企业减免中小微企业 2月份房租",
        title_en="February 2020 rent by 大兴 district SOEs: waived (production/business use) or halved (offices)",
        kind="rent_reduction",
        beneficiary="enterprise",
        sources=(RENT_SOURCE, DEFINITIONS_SOURCE, APPLY_SOURCE),
        rule=soe_rent_reduction,
        params=RENT_PARAMS,
        readings=("office_requires_no_layoff", "soe_rent_feb_partial_month", "soe_rent_one_level_scope"),
        summary="Σ leases from 大兴 district SOEs: 100% (business) or 50% (office) × February 2020 rent",
        notes=("Mixed-use premises: enter the production and the office parts as two leases (by area or by the "
               "lease's stated purposes).",
               "A lease in force for part of February counts for its days in it (reading soe_rent_feb_partial_month).",
               "Sublease by a non-state head tenant (L5287-L5291): the loss is negotiated with the SOE; no formula.",
               "Tenants are enterprises classified under 300号; 个体工商户 are not named."),
    ),
]

CITY_SOE_RENT = "beijing.soe_rent_reduction_feb"
STACKING: list[StackingRule] = [
    StackingRule(
        "daxing_soe_rent_once", "exclusive", ("daxing.soe_rent_reduction", CITY_SOE_RENT), PREAMBLE_SOURCE,
        "大兴's notice implements the city February-rent rule (京政办发〔2020〕7号) for its district SOEs: one "
        "lease's February rent is relieved once, never by both (the higher is paid, the same amount under the "
        "default readings); different leases are independent",
        keep="highest", per="leases", per_reading="soe_rent_one_level_scope",
    ),
]
