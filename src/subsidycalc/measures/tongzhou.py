"""通州区: 通政办发〔2020〕3号 《通州区贯彻落实北京市应对新型冠状病毒感染的肺炎疫情影响促进中小微企业持续健康发展若干
措施的工作方案》 (TZ-1, 2020-02-13) and the 区人力社保局 pension notice (TZ-4, 2020-02-05).

Scope clause of TZ-1 (L4543-L4547): SMEs under 工信部联企业〔2011〕300号, registered and paying tax in 通州, from the
issue date for the epidemic-prevention period. The place test is the document's territory (``district_and_tax``);
the size test is applied by each measure's rule (:func:`sme_scope`) under the reading ``tongzhou_sme_scope_clause`` (default True, literal),
because several measures name beneficiaries the clause fits badly (防疫用品 producers, 重点工程建设企业, supply firms
guaranteed under （十）). Where the beneficiary is not the SME itself (the guarantee company of （十）, the HR agency
of （五）) the territory is ``custom`` and the rule tests the beneficiary's own place.

Not encoded here: TZ-2 ``tongzhou.road_occupation_fee_suspension`` restates 京政办发〔2020〕7号 and is an alias of
``beijing.road_occupation_fee_waiver`` (ERRATA_04_06 finding 5); （一） the 2亿元 fund has no per-firm formula; （六）
（八）（九）（十一） and the free legal consultation of （十二） carry no number (catalog 04, "Non-quantified measures").

Information entries (never added to a total): （四） ``tongzhou.reward_early_disbursement`` moves the payment date of
an existing reward (ERRATA_04_06 finding 16); TZ-4 ``tongzhou.pension_back_pay_after_delayed_approval`` is the
retiree's ordinary pension paid late (finding 17).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field

from ..engine.measure import Measure, Param, Params, Reading
from ..engine.periods import Window, month_window
from ..engine.rules import nodes as rn
from ..engine.rules.define import Rule
from ..engine.rules.nodes import Node, any_of, const, maximum, minimum
from ..engine.sources import Document
from ..engine.stacking import StackingRule
from ..i18n import zh
from ..profile.industries import SME_SIZES

NonNegative = Annotated[Decimal, Field(ge=0)]
NonNegativeInt = Annotated[int, Field(ge=0)]

TZ1 = Document(
    title="《通州区贯彻落实北京市应对新型冠状病毒感染的肺炎疫情影响促进中小微企业持续健康发展若干措施的工作方案》",
    issuer="北京市通州区人民政府办公室",
    doc_no="通政办发〔2020〕3号",
    issued=date(2020, 2, 13),
    url="http://zhengfu.bjtzh.gov.cn.ipv6.bjtzh.gov.cn/bjtz/xxfb/202002/1264316.shtml",
    territory="district_and_tax",
    scope_lines="L4543-L4547",
    scope_quote="以上政策措施适用于符合工业和信息化部、国家统计局、国家发展改革委、财政部联合发布的《中小企业划型标准规定》"
    "（工信部联企业〔2011〕300号）且在通州注册纳税的中小微企业，自印发之日起实施，有效期为新型冠状病毒感染肺炎疫情防控期间。",
)
TZ4 = Document(
    title="通州区人力资源和社会保障局关于疫情防控期间养老待遇核准工作的通知",
    issuer="通州区人力资源和社会保障局",
    doc_no=None,
    issued=date(2020, 2, 5),
    url="http://zhengfu.bjtzh.gov.cn.ipv6.bjtzh.gov.cn/bjtz/home/202002/1263730.shtml",
    territory="district",
)

SCOPE_SOURCE = TZ1.cite("L4543-L4547", TZ1.scope_quote or "")
ISSUED = date(2020, 2, 13)
IN_FORCE = "自印发之日起实施"
ISSUE_DATE_CONVENTION = "the plan's issue date, 2020-02-13 (自印发之日起实施 names no date; the document is dated 2020年 2月 13日)"

COMMON_READINGS = [
    Reading("tongzhou_sme_scope_clause", bool, True,
            "TZ-1's scope clause (L4543-L4547) limits every measure to 中小微企业 under 300号: True (default, literal) "
            "applies the size test to the SME each measure names (tenant, outlet, employer, guaranteed borrower); False "
            "drops the size test, since some beneficiaries (large 防疫用品 producers, 重点工程建设企业, supply firms "
            "guaranteed under （十）) are obvious targets. The place test (registered and taxed in 通州) stays."),
]


def sme_scope(r: Rule) -> None:
    """The scope clause's size test (中小微企业 under 300号), under the reading ``tongzhou_sme_scope_clause``."""
    if r.flag("tongzhou_sme_scope_clause"):
        r.require(r.size().isin(SME_SIZES), zh("size {} is within 中小微企业 (通州 scope clause, 工信部联企业〔2011〕300号)", "规模 {} 属于中小微企业（通州区适用范围条款，工信部联企业〔2011〕300号）"),
                  zh("size {} is not within 中小微企业 (通州 scope clause, 工信部联企业〔2011〕300号)", "规模 {} 不属于中小微企业（通州区适用范围条款，工信部联企业〔2011〕300号）"))


def reading_figure(r: Rule, name: str, unit: str) -> Node:
    """A figure a reading supplies (a number the text leaves open), shown by its name."""
    return const(r.reading(name)).named(f"assumptions.{name}", unit)


# =====================================================================================================
# tongzhou.epidemic_supply_producer_rent_subsidy — （二）减轻防疫用品生产企业负担
# =====================================================================================================
PRODUCER_SOURCE = TZ1.cite(
    "L4435-L4439",
    "（二）减轻防疫用品生产企业负担。承租区内房产从事生产经营活动且服从政府统一调配的防疫用品生产企业（防疫用品包括口罩、"
    "手套、防护服、杀菌用品等），经认定后，给予房租全额费用补贴。",
)
PRODUCER_PARAMS = Params(
    share=Param(Decimal(1), "给予房租全额费用补贴", unit="share of the rent of the covered months", literal="全额"),
    in_force_from=Param(ISSUED, IN_FORCE, unit="date",
                        note="the covered months are counted from this date's month (February 2020)",
                        convention=ISSUE_DATE_CONVENTION),
)
PRODUCER_READINGS = [
    Reading("tongzhou_producer_rent_months", NonNegativeInt | None, None,
            "'给予房租全额费用补贴' does not say which months of rent are covered: default None (eligibility computed, "
            "amount unquantified); a number m covers the m calendar months from February 2020, the month the plan took "
            "effect (2020-02-13; the catalog's example: February–March for m = 2), and pays each qualifying lease its "
            "monthly rent for the part of those months the lease runs (leases.N.starts_on / ends_on; a lease wholly "
            "outside them gets 0). The full rent is paid once: each lease's subsidy is reduced by the city "
            "February-rent relief already received on that lease (STACKING, per lease; the 'net payable' base of "
            "ERRATA_04_06 finding 25)."),
]


def producer_rent(r: Rule) -> None:
    """（二）: full rent of 通州 premises used for production by recognised epidemic-supply producers that accept
    the government's unified allocation, for the covered months each lease runs."""
    n = r.n
    sme_scope(r)
    q = r.fact.qualifications
    r.require(q.epidemic_supply_producer.is_(True), zh("a 防疫用品生产企业 (masks, gloves, suits, ...)", "防疫用品生产企业（口罩、手套、防护服、杀菌用品等）"),
              zh("not a producer of epidemic-prevention supplies (防疫用品生产企业)", "不是防疫用品生产企业"))
    r.require(q.accepts_government_allocation.is_(True), zh("服从政府统一调配", "服从政府统一调配"),
              zh("does not accept the government's unified allocation (服从政府统一调配)", "未服从政府统一调配"))
    r.require(q.tongzhou_epidemic_supply_producer_recognised.is_(True),
              zh("recognised (经认定) by 区经济和信息化局 as a 防疫用品生产企业", "经区经济和信息化局认定为防疫用品生产企业（经认定）"),
              zh("not recognised (经认定) by 区经济和信息化局 as a 防疫用品生产企业 (the subsidy is paid 经认定后)", "未经区经济和信息化局认定为防疫用品生产企业（经认定后给予补贴）"))
    leases = r.items("leases")
    ok = r.select(
        leases,
        (leases.premises_district.eq("tongzhou"), zh("premises in {}, not 区内 (通州)", "房产在 {}，不在区内（通州区）")),
        (leases.use.eq("business"), zh("office premises, not 从事生产经营活动", "办公用房，不是从事生产经营活动")),
        needs=(leases.monthly_rent,), label=zh("lease", "租约")).named("lease of 通州 production premises")
    r.settle()
    count = leases.count(where=ok).named("leases of 通州 production premises")
    monthly = leases.sum(leases.monthly_rent, where=ok).named("monthly rent", "yuan")
    r.require(count > 0, zh("{} lease(s) of 通州 premises used for production (承租区内房产从事生产经营活动), monthly rent {}", "承租区内房产从事生产经营活动的租约 {} 份，月租金 {}（承租区内房产从事生产经营活动）"),
              zh("no lease of 通州 premises used for production (承租区内房产从事生产经营活动)", "没有承租区内房产从事生产经营活动的租约（承租区内房产从事生产经营活动）"), args=(count, monthly))
    r.effect("apply", zh("区经济和信息化局 (经认定)", "区经济和信息化局（经认定）"))
    # the city February relief comes off lease by lease, or off the whole award (the stacking rule's reading)
    r.reading("soe_rent_one_level_scope")
    months = r.reading("tongzhou_producer_rent_months")
    if months is None:
        r.unquantified(zh("'房租全额费用补贴' names no months of rent; supply assumptions.tongzhou_producer_rent_months", "“房租全额费用补贴”未写明补贴几个月的房租；请提供 assumptions.tongzhou_producer_rent_months"),
                       ["assumptions.tongzhou_producer_rent_months"])
        return
    covered: Node
    if months == 0:
        covered = const(0).named("months covered (assumptions.tongzhou_producer_rent_months = 0)")
    else:
        # the covered months, from the month the plan took effect; a lease counts for the days of them it runs
        # (an absent start: already in force; an absent end: still in force)
        window = month_window(r.value("in_force_from"), months)
        starts = leases.starts_on.default(window.start).named("lease starts")
        ends = leases.ends_on.default(window.end).named("lease ends")
        r.select(leases, (ends >= window.start, zh("ends {}, before the covered months begin ({}): contributes 0", "租约于 {} 结束，早于补贴月份开始（{}）：计 0")),
                 (starts <= window.end, zh("starts {}, after the covered months end ({}): contributes 0", "租约自 {} 起，晚于补贴月份结束（{}）：计 0")),
                 only=ok, label=zh("lease", "租约"))
        # each covered month counts for the share of its days the lease runs (as month_shares), shown by its days
        shares = [rn.overlap_days(starts, ends, month).named(f"days of {month.start:%Y-%m} the lease runs", "days")
                  / month.days() for month in window.months()]
        covered = sum(shares[1:], shares[0]).named(f"months of {window} covered")
        partial = ok & covered.ne(months) & (covered > 0)
        r.step(zh("the lease runs", "租约期间"), rn.window(starts, ends), where=partial)
        r.step(zh(f"months of {window} covered", f"{window} 中租约覆盖的月数"), covered, where=partial)
    rent = (n.share * leases.monthly_rent * covered).named("rent subsidy", "yuan")
    r.step(zh("rent subsidy", "房租补贴"), rent, where=ok)
    # per lease, so that the city February relief is taken off the same lease only (STACKING, per="leases")
    r.parts(leases, rent, where=ok)
    r.pay(r.step(zh("subsidy", "补贴"), leases.sum(rent, where=ok).named("subsidy", "yuan")),
          met=zh("100% of the rent of the covered months each qualifying lease runs (房租全额费用补贴)", "各符合条件租约在补贴月份内的房租全额（房租全额费用补贴）"))


# =====================================================================================================
# tongzhou.essential_outlet_rent_support — （三）网点房屋租金等支持, 支持比例上限提高至 80%
# =====================================================================================================
OUTLET_SOURCE = TZ1.cite(
    "L4444-L4448",
    "（三）对受疫情影响严重或在疫情防控工作中保障市民基本生活的重点连锁餐饮(早餐)、菜店(生鲜超市)、便利店等网点设立项目"
    "给予房屋租金等支持。在市级补助政策的基础上，支持比例上限提高至 80%。",
)
OUTLET_PARAMS = Params(
    cap=Param(Decimal("0.80"), "支持比例上限提高至 80%", unit="share of the outlet's rent (city + district support)",
              literal="80%"),
)
OUTLET_TYPES = ("public_catering", "community_vegetable_shop", "key_supermarket", "chain_convenience_store")
OUTLET_READINGS = [
    Reading("tongzhou_outlet_award_basis", Literal["district_increment", "whole_support"], "district_increment",
            "'在市级补助政策的基础上，支持比例上限提高至80%': 'district_increment' (default, ERRATA_04_06 finding 25 reading "
            "A) — the overall ratio is capped at 80% and 通州 pays the part above the city's share, (ratio − city "
            "ratio) × rent; 'whole_support' — the award is the whole support, ratio × rent."),
]


def outlet_rent(r: Rule) -> None:
    """（三）: rent support for key chain outlets, the city's support ratio raised to at most 80%.

    The ratio granted to the outlet (and the city's, under 'district_increment') are facts of the firm
    (``tongzhou_outlet_support_rate``, ``tongzhou_outlet_city_support_rate``): the text fixes only the cap. Until
    they are known the award is eligible and unquantified, with the range 0 .. the cap's amount, so ``high`` is what
    the text allows at most."""
    n = r.n
    sme_scope(r)
    kind = r.fact.essential_outlet
    r.require(kind.isin(OUTLET_TYPES), zh("a key chain outlet keeping residents supplied ({})", "保障居民生活的重点连锁经营网点（{}）"),
              zh("outlet type {} is not a 重点连锁餐饮(早餐)、菜店(生鲜超市)、便利店", "网点类型 {} 不是重点连锁餐饮（早餐）、菜店（生鲜超市）、便利店"), unknown=zh("the kind of outlet — not known", "网点类型 — 未知"))
    rent = r.fact.essential_outlet_rent.named("the outlet's rent")
    r.need(rent, zh("the outlet's rent over the supported period", "网点在支持期间的房租"))
    r.settle()
    rate = r.fact.tongzhou_outlet_support_rate.named("ratio granted")
    # the ratio granted, at most the cap (支持比例上限提高至 80%); not granted yet: the cap bounds the award
    top = rn.if_(rate.known(), minimum(rate, n.cap), n.cap).named("ratio granted, at most the cap", "share")
    r.step(zh("ratio granted, at most the cap (支持比例上限提高至 80%)", "给予的支持比例，不超过上限（支持比例上限提高至 80%）"), top, where=rate.known())
    granted = rate.known()
    increment = r.choose("tongzhou_outlet_award_basis", {"district_increment": True, "whole_support": False})
    if increment:
        # 通州 pays the part of the ratio above the city's (the city's not known: nothing is known to come off)
        city = r.fact.tongzhou_outlet_city_support_rate.named("city ratio")
        support = (maximum(0, top - city.default(0)) * rent).named("通州's part", "yuan")
        granted = granted & city.known()
    else:
        support = (top * rent).named("support", "yuan")
    r.step(zh("通州's part", "通州区承担的部分") if increment else zh("support", "支持金额"), support)
    amount = rn.if_(granted, support, 0).named("support granted", "yuan")
    r.pay(amount, low=amount, high=support)
    r.incomplete(zh("the text fixes only the cap of the support ratio (支持比例上限 80%); the ratio granted to the outlet "
                 "(tongzhou_outlet_support_rate) is not known: the award lies between 0 and the amount above", "文件只规定了支持比例的上限（支持比例上限 80%）；给予该网点的比例（tongzhou_outlet_support_rate）未知：金额在 0 与上面的金额之间"),
                 ["tongzhou_outlet_support_rate"], when=~rate.known())
    if increment:
        r.incomplete(zh("the city's ratio for the outlet (tongzhou_outlet_city_support_rate) is not known: nothing is "
                     "taken off the cap's bound", "市级给予该网点的比例（tongzhou_outlet_city_support_rate）未知：上限金额中未扣除任何部分"), ["tongzhou_outlet_city_support_rate"],
                     when=~r.fact.tongzhou_outlet_city_support_rate.known())


# =====================================================================================================
# tongzhou.reward_early_disbursement — （四）提前兑现奖励资金 (information)
# =====================================================================================================
REWARD_SOURCE = TZ1.cite(
    "L4454-L4456",
    "（四）提前兑现奖励资金。对符合《关于加快推进北京城市副中心高精尖产业发展若干措施》的重点企业，提前兑现奖励资金，"
    "兑现期限由一季度末提前至 2月份。",
)
REWARD_PARAMS = Params(
    old_deadline=Param(date(2020, 3, 31), "兑现期限由一季度末", note="end of Q1 2020", literal="一季度末"),
    new_deadline=Param(date(2020, 2, 29), "提前至 2月份", note="by the end of February 2020 (leap year)",
                       literal="2月份"),
)


# =====================================================================================================
# tongzhou.hr_agency_free_recruitment_subsidy — （五）保障企业用工: 一定补贴 to HR agencies (ERRATA_04_06 finding 20)
# =====================================================================================================
HR_SOURCE = TZ1.cite(
    "L4462-L4466",
    "（五）保障企业用工。充分发挥中国北京人力资源服务产业园通州园区作用，鼓励园区内人力资源服务机构为区内企业提供免费或优惠的"
    "人员招聘及劳务派遣服务，相关服务费用由区财政给予园区内人力资源服务机构一定补贴。",
)
HR_READINGS = [
    Reading("tongzhou_hr_agency_subsidy_rate", NonNegative | None, None,
            "'由区财政给予园区内人力资源服务机构一定补贴' sets no rate: default None (eligibility computed, amount "
            "unquantified); a rate r gives r × the fees waived or discounted for 通州 firms."),
]


def hr_agency_subsidy(r: Rule) -> None:
    """（五）: HR agencies of the 通州 HR park that recruited or dispatched staff for 通州 firms free or at a discount
    get '一定补贴' of those service fees."""
    r.require(r.present("hr_agency"), "", zh("not an HR service agency (no hr_agency)", "不是人力资源服务机构（没有 hr_agency）"))
    agency = r.fact.hr_agency
    r.require(agency.tongzhou_hr_park.is_(True), zh("in 中国北京人力资源服务产业园通州园区", "位于中国北京人力资源服务产业园通州园区"),
              zh("not in the 通州 park of the China Beijing HR Service Industrial Park (园区内)", "不在中国北京人力资源服务产业园通州园区内（园区内）"))
    fees = agency.fees_waived_for_local_firms.named("fees waived or discounted")
    r.need(fees, zh("fees waived or discounted for 通州 firms", "为通州区企业免费或优惠提供服务的费用"))
    r.settle()
    r.require(fees > 0, zh("recruitment / dispatch fees of {} waived or discounted for 通州 firms", "为通州区企业免费或优惠提供招聘 / 派遣服务，费用 {}"),
              zh("no recruitment or dispatch fee waived or discounted for 通州 firms (免费或优惠)", "没有为通州区企业免费或优惠提供招聘、派遣服务（免费或优惠）"))
    if r.reading("tongzhou_hr_agency_subsidy_rate") is None:
        r.unquantified(zh("'一定补贴' sets no rate; supply assumptions.tongzhou_hr_agency_subsidy_rate", "“一定补贴”未规定比例；请提供 assumptions.tongzhou_hr_agency_subsidy_rate"),
                       ["assumptions.tongzhou_hr_agency_subsidy_rate"])
        return
    rate = reading_figure(r, "tongzhou_hr_agency_subsidy_rate", "rate")
    r.pay(r.step(zh("subsidy", "补贴"), (rate * fees).named("subsidy", "yuan")))


# =====================================================================================================
# tongzhou.commute_per_worker_subsidy — （七）保障企业员工出行: 最高 100元/人 一次性补助
# =====================================================================================================
COMMUTE_SOURCE = TZ1.cite(
    "L4478-L4484",
    "（七）保障企业员工出行。协助企业采用“点对点、一站式”直达运输方式保障员工出行。对采用“点对点”定制包车的疫情防控物资和"
    "重要生活必需品生产、运输和销售的企业，以及 2月 1日至 2月底期间已申请复工、符合复工条件并已复工的重点工程建设企业，"
    "经认定后，按劳务用工人数最高给予 100元/人的一次性补助。",
)
COMMUTE_PARAMS = Params(
    per_head=Param(Decimal(100), "按劳务用工人数最高给予 100元/人的一次性补助", unit="yuan per person, at most",
                   literal="100元/人"),
    resumption_window=Param(Window(date(2020, 2, 1), date(2020, 2, 29)), "2月 1日至 2月底期间",
                            note="2020; both ends inclusive (2月底 = 2020-02-29)", literal="2月 1日至 2月底"),
)
COMMUTE_READINGS = [
    Reading("tongzhou_commute_per_head_rule", Literal["cap", "fixed", "actual_cost"], "cap",
            "'最高给予 100元/人': 'cap' (default, ERRATA_04_06 finding 25) — the text fixes only a ceiling: point and "
            "high 100 × headcount, low 0; 'fixed' — 100 × headcount exactly; 'actual_cost' — min(100, the charter "
            "cost per head) × headcount."),
    Reading("tongzhou_commute_g2_requires_charter", bool, False,
            "Whether 重点工程建设企业 must also use '点对点' chartered buses: default False (grammatically the charter "
            "condition qualifies the supply firms only)."),
    Reading("tongzhou_commute_resumption_window_applies_to", Literal["resumption", "both"], "resumption",
            "'2月1日至2月底期间已申请复工、符合复工条件并已复工': 'resumption' (default) — the firm had resumed within "
            "2020-02-01..02-29 (having applied before); 'both' — the application too falls in the window."),
]


def commute_subsidy(r: Rule) -> None:
    """（七）: one-off at most 100 yuan per labour head for supply firms using chartered buses, and for key
    construction firms that resumed work in February 2020."""
    n = r.n
    sme_scope(r)
    restart = r.fact.restart
    charter = restart.chartered_buses
    # 疫情防控物资和重要生活必需品生产、运输和销售的企业 using '点对点' chartered buses
    supplier = (r.fact.qualifications.epidemic_or_necessities_supplier.is_(True) & charter.is_(True)).named(
        "a supply firm using chartered buses")
    # 2月 1日至 2月底期间已申请复工、符合复工条件并已复工的重点工程建设企业
    builder = [restart.key_construction_project.is_(True), restart.resumed_on.within(r.value("resumption_window"))]
    if r.choose("tongzhou_commute_resumption_window_applies_to", {"resumption": False, "both": True}):
        builder.append(restart.applied_on.within(r.value("resumption_window")))
    if r.flag("tongzhou_commute_g2_requires_charter"):
        builder.append(charter.is_(True))
    key = rn.all_of(*builder).named("a key construction firm that resumed in February")
    r.require(any_of(supplier, key), "",
              zh("neither a supply firm using '点对点' chartered buses nor a 重点工程建设企业 that resumed work within {}", "既不是采用“点对点”包车的物资保障企业，也不是在 {} 内复工的重点工程建设企业"),
              unknown=zh("whether the firm is a chartering supply firm or a key construction firm that resumed in February"
              " — not known", "企业是否为采用包车的物资保障企业或 2月复工的重点工程建设企业 — 未知"), args=(n.resumption_window,))
    r.note(zh("✓ a producer, carrier or seller of epidemic supplies / daily necessities using '点对点' chartered buses", "✓ 采用“点对点”包车的疫情防控物资和重要生活必需品生产、运输和销售企业"),
           when=supplier)
    r.note(zh("✓ a 重点工程建设企业 that resumed work within 2月 1日至 2月底 (已申请复工、符合复工条件并已复工)", "✓ 2月 1日至 2月底期间已申请复工、符合复工条件并已复工的重点工程建设企业"), when=key)
    r.require(restart.tongzhou_commute_recognised.is_(True), zh("recognised (经认定) for the one-off commute subsidy", "经认定可享受一次性通勤补贴（经认定）"),
              zh("not recognised (经认定) for the one-off commute subsidy (paid 经认定后)", "未经认定可享受一次性通勤补贴（经认定后给予）"))
    heads = restart.labour_headcount.named("劳务用工人数")
    r.need(heads, zh("劳务用工人数", "劳务用工人数"))
    per_head = r.choose("tongzhou_commute_per_head_rule", {"cap": "cap", "fixed": "fixed", "actual_cost": "actual"})
    cost = restart.charter_cost_per_head.named("charter cost per head")
    if per_head == "actual":
        r.need(cost, zh("the charter cost per head", "每人包车费用"))
    r.settle()
    r.step(zh("resumed work on", "复工日期"), restart.resumed_on.named("resumed on"), where=key)
    ceiling = r.step(zh("ceiling", "上限"), (n.per_head * heads).named("ceiling (100元/人 × 劳务用工人数)", "yuan"))
    r.effect("apply", zh("after recognition (经认定); one-off", "经认定后；一次性"))
    if per_head == "cap":
        r.note(zh("'最高给予': the amount granted may be anything up to the ceiling (reading cap: low 0)", "“最高给予”：给予的金额可以是不超过上限的任何数额（解释口径 cap：下限 0）"))
        r.pay(ceiling, low=0, high=ceiling)
    elif per_head == "fixed":
        r.pay(ceiling)
    else:
        r.pay(r.step(zh("subsidy", "补贴"), (minimum(n.per_head, cost) * heads).named("subsidy", "yuan")))


# =====================================================================================================
# tongzhou.guarantee_fee_compensation — （十）加大融资保障力度: 担保费 0.5%的保费补偿
# =====================================================================================================
GUARANTEE_SOURCE = TZ1.cite(
    "L4517-L4521",
    "（十）加大融资保障力度。支持在通州区注册的融资担保公司落实降低费率政策，为受疫情影响严重的中小微企业、疫情防控和重点"
    "生活必需品保障的相关企业提供优质融资担保服务，区政府予以担保费 0.5%的保费补偿。",
)
GUARANTEE_PARAMS = Params(
    share=Param(Decimal("0.005"), "区政府予以担保费 0.5%的保费补偿", unit="share of the guaranteed principal (reading)",
                literal="0.5%"),
    months_per_year=Param(12, "区政府予以担保费 0.5%的保费补偿", unit="months",
                          note="the fee charged is the annual rate × the term in months / 12",
                          convention="12 months a year: the guarantee's fee rate is annual (综合费率) and its term is "
                          "in months; the text prints no term"),
    in_force_from=Param(ISSUED, IN_FORCE, unit="date", note="guarantees granted from this day count",
                        convention=ISSUE_DATE_CONVENTION),
)
GUARANTEE_READINGS = [
    Reading("tongzhou_guarantee_compensation_base", Literal["principal", "fee", "capped_at_fee"], "principal",
            "'担保费 0.5%的保费补偿': 'principal' (default, reading A — 0.5 percentage points of fee rate, 0.5% × the "
            "guaranteed principal); 'fee' (reading B, literal: 0.5% × the guarantee fee charged); 'capped_at_fee' "
            "(reading C: reading A capped at the fee actually charged, min(0.5% × principal, fee); for a one-year "
            "guarantee min(fee rate, 0.5%) × principal). The fee charged is discounted_rate × principal × "
            "term_months / 12. Low is always reading B, high reading A; no annualisation (one compensation per "
            "guarantee)."),
]


def guarantee_compensation(r: Rule) -> None:
    """（十）: a guarantee company registered in 通州 that cut its fees gets 0.5% compensation on guarantees for
    severely affected SMEs and epidemic / necessities supply firms of 通州."""
    n = r.n
    r.require(r.present("guarantor"), "", zh("not a financing guarantee company (no guarantor)", "不是融资担保公司（没有 guarantor）"))
    r.require(r.fact.district.eq("tongzhou"), zh("a guarantee company registered in 通州 (在通州区注册)", "在通州区注册的担保公司（在通州区注册）"),
              zh("registered in {}, not 通州", "注册在 {}，不在通州区"), unknown=zh("where the guarantee company is registered — not known", "担保公司的注册地 — 未知"))
    g = r.items("guarantor.discounted_guarantees")
    r.require(g.given, "", "", unknown=zh("guarantees at reduced rates (落实降低费率政策) — not known", "降低费率的担保业务（落实降低费率政策） — 未知"))
    r.settle()
    start, end = r.value("in_force_from"), r.reading("epidemic_period_end")
    if end < start:
        r.fail(zh(f"the epidemic period ends {end} (reading epidemic_period_end), before the plan took effect on {start}", f"疫情期间于 {end} 结束（解释口径 epidemic_period_end），早于本措施 {start} 施行"))
    period = Window(start, max(start, end))
    # 为受疫情影响严重的中小微企业、疫情防控和重点生活必需品保障的相关企业 (under the scope clause: SMEs both)
    sme = g.borrower_size.isin(SME_SIZES)
    severely_affected_sme = (sme & g.borrower_severely_affected.is_(True)).named("a severely affected SME")
    supply = g.borrower_supply_firm.is_(True)
    scope = r.flag("tongzhou_sme_scope_clause")
    if scope:
        supply = supply & sme
    supply = supply.named("an epidemic / necessities supply " + ("SME" if scope else "firm"))
    original = g.original_rate
    q = r.select(
        g,
        (g.borrower_district.eq("tongzhou"), zh("borrower registered in {}, not 通州 (scope clause)", "借款企业注册在 {}，不在通州区（适用范围条款）")),
        (g.granted_on.within(period), zh(f"granted {{}}, outside {period}", f"担保发生于 {{}}，在 {period} 之外")),
        (rn.if_(original.known(), g.discounted_rate < original, True),
         zh("rate {} not below the rate before the discount {} (落实降低费率政策)", "费率 {} 不低于降费前的费率 {}（落实降低费率政策）")),
        (severely_affected_sme | supply, zh("borrower neither a severely affected SME nor an epidemic / necessities supply "
         + ("SME" if scope else "firm"), "借款企业既不是受疫情影响严重的中小微企业，也不是疫情防控和重点生活必需品保障的相关" + ("中小微企业" if scope else "企业"))),
        needs=(g.amount, g.discounted_rate, g.term_months), label=zh("guarantee", "担保")).named("qualifying guarantee")
    r.settle()
    count = g.count(where=q).named("qualifying guarantees")
    r.require(count > 0, zh("{} qualifying guarantee(s) at reduced rates", "降低费率的符合条件担保 {} 笔"), zh("no qualifying guarantee at a reduced rate", "没有降低费率的符合条件担保"),
              args=(count,))
    principal = g.amount
    a = (n.share * principal).named("A: 0.5% of the principal", "yuan")
    fee = (g.discounted_rate * principal * g.term_months / n.months_per_year).named("fee charged", "yuan")
    b = (n.share * fee).named("B: 0.5% of the fee", "yuan")
    c = minimum(a, fee).named("C: A capped at the fee", "yuan")
    for x, name in ((a, zh("A: 0.5% of the principal", "A：本金的 0.5%")), (fee, zh("fee charged", "收取的担保费")),
                    (b, zh("B: 0.5% of the fee", "B：担保费的 0.5%")), (c, zh("C: A capped at the fee", "C：A，以担保费为限"))):
        r.step(name, x, where=q)
    point = r.choose("tongzhou_guarantee_compensation_base", {"principal": a, "fee": b, "capped_at_fee": c})
    amount = r.step(zh("compensation", "补偿"), g.sum(point, where=q).named("compensation", "yuan"))
    low = g.sum(b, where=q).named("reading B", "yuan")
    high = g.sum(a, where=q).named("reading A", "yuan")
    r.pay(amount, low=minimum(low, amount), high=maximum(high, amount))


# =====================================================================================================
# tongzhou.force_majeure_notary_fee_reduction — （十二）不可抗力相关事项公证费用减免 50%
# =====================================================================================================
NOTARY_SOURCE = TZ1.cite(
    "L4535-L4541",
    "为受疫情影响而无法按期履行或不能履行合同的企业，提供办理不可抗力相关事项公证的法律服务，公证费用按照 50%比例给予减免。",
)
NOTARY_PARAMS = Params(
    share=Param(Decimal("0.50"), "公证费用按照 50%比例给予减免", unit="share of the notary fee", literal="50%"),
)


def notary_fee_reduction(r: Rule) -> None:
    """（十二）: half the notary fee for notarising force-majeure matters of contracts the epidemic kept the firm from
    performing."""
    sme_scope(r)
    fees = r.fact.force_majeure_notary_fees.named("notary fees")
    r.need(fees, zh("notary fees for force-majeure notarisations", "不可抗力相关事项公证费用"))
    r.settle()
    r.require(fees > 0, zh("notarised force-majeure matters of contracts it could not perform because of the epidemic", "因疫情无法按期履行或不能履行合同，办理了不可抗力相关事项公证"),
              zh("no force-majeure notarisation (不可抗力相关事项公证)", "没有办理不可抗力相关事项公证"))
    r.pay(r.step(zh("reduction", "减免"), (r.n.share * fees).named("reduction", "yuan")))


# =====================================================================================================
# tongzhou.pension_back_pay_after_delayed_approval — TZ-4 一 / 二 (information)
# =====================================================================================================
PENSION_SOURCE = TZ4.cite(
    "L4638-L4644",
    "一、延期办理基本养老保险待遇核准申领的，待办理后，基本养老待遇从达到待遇领取条件（累计缴费满 15年）的退休次月起补发。"
    "二、因确需补缴 2011 年 7月 1日前养老保险造成滞后办理核准业务，职工领取待遇不受影响。",
)
PENSION_PARAMS = Params(
    min_years=Param(15, "累计缴费满 15年", unit="years of contributions (满: 15 included)", literal="15年"),
)


MEASURES = [
    Measure(
        id="tongzhou.epidemic_supply_producer_rent_subsidy",
        district="tongzhou",
        title_zh="防疫用品生产企业房租全额费用补贴",
        title_en="Full rent subsidy for recognised producers of epidemic-prevention supplies renting 通州 premises",
        kind="cash_grant",
        beneficiary="enterprise",
        sources=(PRODUCER_SOURCE, SCOPE_SOURCE),
        rule=producer_rent,
        params=PRODUCER_PARAMS,
        readings=("tongzhou_sme_scope_clause", "tongzhou_producer_rent_months", "soe_rent_one_level_scope"),
        apply_note="区经济和信息化局 (经认定)",
        summary="100% × monthly rent of 通州 production premises × the covered months each lease runs (months not "
                "stated: reading); recognised producers only (经认定)",
        notes=("'房租全额费用' is read as rent only, not property or management fees.",
               "The whole premises count: enter a part not used for the supplies as a separate lease with use office "
               "only if it is not production premises."),
    ),
    Measure(
        id="tongzhou.essential_outlet_rent_support",
        district="tongzhou",
        title_zh="重点连锁餐饮(早餐)、菜店(生鲜超市)、便利店等网点房屋租金支持（支持比例上限提高至80%）",
        title_en="Rent support for key chain outlets, the city support ratio raised to at most 80%",
        kind="cash_grant",
        beneficiary="enterprise",
        sources=(OUTLET_SOURCE, SCOPE_SOURCE),
        rule=outlet_rent,
        params=OUTLET_PARAMS,
        readings=("tongzhou_sme_scope_clause", *(r.name for r in OUTLET_READINGS)),
        apply_note="区商务局",
        summary="(min(ratio, 80%) − city ratio) × outlet rent; ratio and city ratio not in the seed (without them: "
                "unquantified, at most 80% × rent)",
        notes=("The outlet types of the list are the '保障市民基本生活' outlets; '受疫情影响严重' is the other way in and "
               "needs no separate test for them.",),
    ),
    Measure(
        id="tongzhou.reward_early_disbursement",
        district="tongzhou",
        title_zh="提前兑现奖励资金",
        title_en="高精尖 rewards of key firms paid in February 2020 instead of by the end of Q1 (timing only)",
        kind="other",
        beneficiary="enterprise",
        sources=(REWARD_SOURCE, SCOPE_SOURCE),
        params=REWARD_PARAMS,
        relief=False,
        summary="timing only: an existing 高精尖 reward (not in the seed) is paid by 2020-02-29 instead of 2020-03-31; "
                "relief 0.00",
    ),
    Measure(
        id="tongzhou.hr_agency_free_recruitment_subsidy",
        district="tongzhou",
        title_zh="园区内人力资源服务机构免费或优惠招聘及劳务派遣服务费用补贴",
        title_en="'Some' subsidy to HR agencies of the 通州 HR park that recruit or dispatch staff for 通州 firms free or "
                 "at a discount",
        kind="cash_grant",
        beneficiary="hr_agency",
        sources=(HR_SOURCE, SCOPE_SOURCE),
        rule=hr_agency_subsidy,
        readings=("tongzhou_hr_agency_subsidy_rate",),
        territory="custom",
        apply_note="区人力社保局",
        summary="eligible for park agencies that waived or discounted fees for 通州 firms; amount = rate × fees, rate "
                "not stated",
        notes=("The served firms are those of the scope clause (SMEs registered and taxed in 通州): enter only their "
               "fees.",),
    ),
    Measure(
        id="tongzhou.commute_per_worker_subsidy",
        district="tongzhou",
        title_zh="“点对点”定制包车及复工重点工程建设企业一次性补助",
        title_en="One-off commute subsidy of at most 100 yuan per labour head (chartering supply firms; key construction "
                 "firms resumed in February 2020)",
        kind="cash_grant",
        beneficiary="enterprise",
        sources=(COMMUTE_SOURCE, SCOPE_SOURCE),
        rule=commute_subsidy,
        params=COMMUTE_PARAMS,
        readings=("tongzhou_sme_scope_clause", *(r.name for r in COMMUTE_READINGS)),
        summary="≤ 100 × labour headcount, once; recognised firms only (经认定)",
        notes=("劳务用工人数 (restart.labour_headcount) is taken as the firm states it; the text does not say whether "
               "only the workers carried count.",),
    ),
    Measure(
        id="tongzhou.guarantee_fee_compensation",
        district="tongzhou",
        title_zh="融资担保保费补偿（担保费0.5%）",
        title_en="0.5% guarantee-fee compensation to 通州 guarantee companies that cut their rates",
        kind="guarantee_fee_subsidy",
        beneficiary="guarantee_company",
        sources=(GUARANTEE_SOURCE, SCOPE_SOURCE),
        rule=guarantee_compensation,
        params=GUARANTEE_PARAMS,
        readings=("tongzhou_sme_scope_clause", "tongzhou_guarantee_compensation_base", "epidemic_period_end"),
        territory="custom",
        summary="Σ guarantees at reduced rates for 通州 borrowers: 0.5% × principal (reading; 0.5% × fee at the low end)",
        notes=("Guarantees granted from the plan's issue date (2020-02-13) to the end of the epidemic period count.",),
    ),
    Measure(
        id="tongzhou.force_majeure_notary_fee_reduction",
        district="tongzhou",
        title_zh="不可抗力相关事项公证费用减免50%",
        title_en="50% off notary fees for force-majeure notarisations",
        kind="fee_waiver",
        beneficiary="enterprise",
        sources=(NOTARY_SOURCE, SCOPE_SOURCE),
        rule=notary_fee_reduction,
        params=NOTARY_PARAMS,
        readings=("tongzhou_sme_scope_clause",),
        apply_note="区司法局",
        summary="50% × notary fees for force-majeure matters, no cap",
    ),
    Measure(
        id="tongzhou.pension_back_pay_after_delayed_approval",
        district="tongzhou",
        title_zh="延期办理养老待遇核准的基本养老金补发",
        title_en="Pension arrears after an approval delayed by the epidemic (the retiree's ordinary pension, paid late)",
        kind="other",
        beneficiary="individual",
        sources=(PENSION_SOURCE,),
        params=PENSION_PARAMS,
        relief=False,
        summary="the basic pension is back-paid from the month after retirement (≥ 15 years of "
                "contributions); no new money",
    ),
]

MOVED_READINGS = {
    "tongzhou_outlet_approved_rate": "the profile field tongzhou_outlet_support_rate (a fact of each firm: the ratio "
    "granted to the outlet)",
    "tongzhou_outlet_city_rate": "the profile field tongzhou_outlet_city_support_rate (a fact of each firm: the city "
    "programme's ratio for the outlet)",
}

READINGS = [*COMMON_READINGS, *PRODUCER_READINGS, *OUTLET_READINGS, *HR_READINGS, *COMMUTE_READINGS,
            *GUARANTEE_READINGS]


# =====================================================================================================
# Stacking: the producer's full rent is paid once (全额: never more than the rent due)
# =====================================================================================================
CITY_SOE_RENT = "beijing.soe_rent_reduction_feb"


def producer_rent_net_rule() -> StackingRule:
    return StackingRule(
        "tongzhou_producer_rent_net_of_city_feb", "reduce_by",
        ("tongzhou.epidemic_supply_producer_rent_subsidy", CITY_SOE_RENT), PRODUCER_SOURCE,
        "'房租全额费用补贴' pays the rent in full, once: rent the city February rule already waived on a lease is not "
        "paid again on that lease (ERRATA_04_06 finding 25, base net payable); city relief on another lease (an office, "
        "premises outside 通州) is not deducted",
        per="leases", per_reading="soe_rent_one_level_scope",
    )


STACKING: list[StackingRule] = [producer_rent_net_rule()]
