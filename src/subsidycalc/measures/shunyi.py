"""顺义区: 《顺义区进一步打好疫情防控阻击战支持企业“控疫情、稳增长”的若干措施》 (顺政办发〔2020〕3号, 2020-02-08).

Closing (L5595-L5599): in force from publication until epidemic prevention and control ends (no date: the shared
reading ``epidemic_period_end``); "中小企业" means SMEs under 300号 (which include micro firms).

Encoded here: item 3's placement reward to HR agencies (amount "按照规定", not in the seed), item 5's "欠费不停供"
deferral, and the "适度补贴/奖励" items 1, 4 and 8 (ERRATA_04_06 finding 21) — eligibility computed, amount
unquantified unless a reading supplies the hotel rate (item 4) or the profile gives the reward granted to the firm
(items 1 and 8: ``shunyi_supply_reward_granted``, ``shunyi_idle_plant_reward_granted``, facts of each firm). Item 7
(social-insurance deferral) restates the city rule: ``shunyi.social_insurance_deferral`` is an alias of
``beijing.si_deferral_to_march`` (and a source of the July tier). Items 2, 6, 9, 10 carry no relief amount (timing,
negotiation, services).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field

from ..engine.measure import Measure, Param, Params, Reading
from ..engine.periods import Window
from ..engine.rules import nodes as rn
from ..engine.rules.define import Rule
from ..engine.rules.nodes import Node, any_of, const
from ..i18n import zh
from ..profile.industries import SME_SIZES
from ._documents import SHUNYI_SZBF_2020_3 as DOC

NonNegative = Annotated[Decimal, Field(ge=0)]
"""A rate or amount the caller supplies for a number the text leaves open; never negative."""

ISSUED = date(2020, 2, 8)
VALID = Window(ISSUED, None)
CLOSING_SOURCE = DOC.cite(
    "L5595-L5599",
    "上述措施自公布之日起生效，自新型冠状病毒感染的肺炎预防控制工作结束之日起停止执行。其中提及的中小企业指工业和信息化部"
    "等四部门印发《中小企业划型标准规定》（工信部联企业〔2011〕300号）确定的中小企业。",
)
IN_FORCE_FROM = Param(ISSUED, "上述措施自公布之日起生效", unit="date", note="the measures are in force from this day",
                      convention="the document's publication date, 2020-02-08 (自公布之日起生效 names no date; the "
                      "notice is dated 2020年 2月 8日)")


def policy_period(r: Rule) -> Window:
    """From publication (2020-02-08, the measure's Param ``in_force_from``) to the end of epidemic prevention (reading
    epidemic_period_end); an end before publication leaves the publication day only."""
    start = r.value("in_force_from")
    return Window(start, max(start, r.reading("epidemic_period_end")))


def moderate(r: Rule, reading: str, base: Node, what: str) -> None:
    """'适度补贴': pay the rate a reading supplies on ``base``; without it, eligible and unquantified."""
    if r.reading(reading) is None:
        r.unquantified(zh(f"the text sets no amount ('{what}'); supply assumptions.{reading}", f"文件未规定金额（“{what}”）；请提供 assumptions.{reading}"), [f"assumptions.{reading}"])
        return
    rate = const(r.reading(reading)).named(f"assumptions.{reading}", "rate")
    r.pay(r.step(zh("subsidy", "补贴"), (rate * base).named(zh("subsidy", "补贴"), "yuan")))


# =====================================================================================================
# shunyi.hr_agency_placement_reward — 3.支持人力资源服务机构推荐就业
# =====================================================================================================
PLACEMENT_SOURCE = DOC.cite(
    "L5529-L5531",
    "经市、区人力社保局许可的经营性人力资源服务机构，每推荐 1名本区劳动者在用人单位实现稳定就业，缴纳职工社会保险满 1年，"
    "可按照规定给予一次性奖励。",
)
PLACEMENT_PARAMS = Params(
    min_si_months=Param(12, "缴纳职工社会保险满 1年", unit="months", note="满: exactly one year counts", literal="1年"),
    per=Param(1, "每推荐 1名本区劳动者", unit="person", note="the reward is per person placed", literal="1名"),
    in_force_from=IN_FORCE_FROM,
)
PLACEMENT_READINGS = [
    Reading("shunyi_placement_reward_per_person", NonNegative | None, None,
            "The reward per person is '按照规定' and the rule is not in the seed: default None (eligibility and the "
            "head-count computed, amount unquantified); a number gives head-count × that amount."),
    Reading("shunyi_placement_window", Literal["policy_period", "any"], "policy_period",
            "Which placements count: 'policy_period' (default: placed while the measures are in force, 2020-02-08 to "
            "the end of epidemic prevention, reading epidemic_period_end) or 'any' (the text dates only the one "
            "year of insurance)."),
]


def placement_reward(r: Rule) -> None:
    """A one-off reward per 顺义 worker a licensed HR agency placed into stable jobs with one year of insurance."""
    n = r.n
    r.require(r.present("hr_agency"), "", zh("rewards HR service agencies; the profile has no hr_agency section (not an "
              "agency)", "奖励对象为人力资源服务机构；企业信息中没有 hr_agency 部分（不是人力资源服务机构）"))
    r.require(r.fact.hr_agency.licensed.is_(True), zh("licensed by the city or a district HR bureau (经市、区人力社保局许可)", "经市、区人力社保局许可"),
              zh("not licensed by the city or a district HR bureau", "未经市、区人力社保局许可"))
    pl = r.items("hr_agency.placements")
    r.require(pl.given, "", "", unknown=zh("placements — not known", "推荐就业情况 — 未知"))
    r.settle()
    conds = [(pl.workers_district.eq("shunyi"), zh("workers of {}, not 顺义 (本区劳动者)", "劳动者属于 {}，不是顺义（本区劳动者）")),
             (pl.si_months >= n.min_si_months, zh("{} months of social insurance < one year (满 1年)", "缴纳社会保险 {} 个月 < 1年（满 1年）"))]
    window = r.choose("shunyi_placement_window", {"policy_period": policy_period, "any": None})
    if window is not None:
        period = window(r)
        conds.append((pl.placed_on.within(period), zh(f"placed {{}}, outside {period}", f"于 {{}} 推荐就业，不在 {period} 内")))
    q = r.select(pl, *conds, needs=(pl.persons,), label=zh("placement", "推荐就业")).named(zh("counted placement", "计入的推荐就业"))
    r.settle()
    persons = pl.sum(pl.persons, where=q).named(zh("head-count rewarded", "奖励人数"))
    r.require(persons > 0, zh("{} 顺义 worker(s) placed in stable jobs with ≥ 12 months of social insurance", "推荐 {} 名顺义劳动者实现稳定就业，缴纳社会保险 ≥ 12 个月"),
              zh("no 顺义 worker placed with one year of employee social insurance (满 1年)", "没有推荐顺义劳动者实现稳定就业并缴纳职工社会保险满 1年"), args=(persons,))
    r.step(zh("head-count rewarded", "奖励人数"), persons)
    if r.reading("shunyi_placement_reward_per_person") is None:
        r.unquantified(zh("the reward per person is '按照规定' and not in the seed; supply "
                       "assumptions.shunyi_placement_reward_per_person", "每人奖励金额“按照规定”，所收录的文件中没有该规定；请提供 assumptions.shunyi_placement_reward_per_person"), ["assumptions.shunyi_placement_reward_per_person"])
        return
    per = const(r.reading("shunyi_placement_reward_per_person")).named(
        "assumptions.shunyi_placement_reward_per_person", "yuan")
    r.pay(r.step(zh("reward", "奖励"), (persons * per).named(zh("reward", "奖励"), "yuan")))


# =====================================================================================================
# shunyi.utility_arrears_deferral — 5.水气热“欠费不停供”
# =====================================================================================================
UTILITY_SOURCE = DOC.cite(
    "L5542-L5544",
    "5.缓解企业用能成本压力。市政控股公司要对中小企业生产经营所需水、气、热等，实行“欠费不停供”措施，疫情结束后 3个月内，"
    "由企业进行补缴。鼓励供电公司参照执行。",
)
UTILITY_PARAMS = Params(
    repay_months=Param(3, "疫情结束后 3个月内，由企业进行补缴", unit="months after the epidemic ends",
                       note="内: the last day counts", literal="3个月"),
    in_force_from=IN_FORCE_FROM,
)
UTILITY_READINGS = [
    Reading("shunyi_utility_late_fee_waived", bool, False,
            "Whether late fees (违约金/滞纳金) on the deferred arrears are waived: the text is silent; default False "
            "(literal: only the cut-off is suspended and the due date moved)."),
    Reading("shunyi_utility_arrears_scope", Literal["epidemic_period", "all"], "epidemic_period",
            "Which arrears are protected: 'epidemic_period' (default: arrears arising while the measure is in force) "
            "or 'all' (earlier arrears too)."),
]


def utility_deferral(r: Rule) -> None:
    """No cut-off of water, gas and heat for an SME's arrears; they are due within 3 months after the epidemic."""
    n = r.n
    r.require(r.size().isin(SME_SIZES), zh("size {} is within 中小企业 (300号, micro included)", "规模 {} 属于中小企业（300号，含微型企业）"),
              zh("size {} is not within 中小企业 (300号, micro included)", "规模 {} 不属于中小企业（300号，含微型企业）"))
    r.settle()
    end = policy_period(r).end
    assert end is not None, "policy_period always closes the window"
    ends = r.step(zh("end of epidemic prevention (reading epidemic_period_end)", "疫情防控结束日（解释口径 epidemic_period_end）"), const(end))
    due = r.step(zh(f"arrears due by (that end + {r.value('repay_months')} months, 疫情结束后 3个月内; 内: the last day counts)", f"欠费补缴期限（该日 + {r.value('repay_months')} 个月，疫情结束后 3个月内；内：含最后一天）"),
                 ends.add_months(r.value("repay_months")))
    r.note(zh("✓ a 顺义 中小企业 supplied water, gas or heat by the 市政控股公司 (electricity only if the power company "
           "follows)", "✓ 由市政控股公司供应水、气、热的顺义中小企业（供电公司参照执行时也包括电）"))
    arrears, arrears_zh = r.choose("shunyi_utility_arrears_scope", {
        "epidemic_period": ("arrears arising from {}", "自 {} 起产生的欠费"), "all": ("all arrears", "全部欠费")})
    args = (n.in_force_from,) if "{}" in arrears else ()
    r.effect("deferral", zh("no cut-off of water, gas or heat for " + arrears + " (欠费不停供) until {}; pay by {}",
                            "对" + arrears_zh + "实行欠费不停供，至 {}；于 {} 前补缴"), *args, ends, due)
    r.effect("late_fee", zh("waived (reading shunyi_utility_late_fee_waived)", "免收（解释口径 shunyi_utility_late_fee_waived）") if r.flag("shunyi_utility_late_fee_waived")
             else zh("not waived by the text (reading shunyi_utility_late_fee_waived)", "文件未规定免收（解释口径 shunyi_utility_late_fee_waived）"))
    r.pay(0)


# =====================================================================================================
# shunyi.restart_hotel_rent_subsidy — 4.因开复工需要租住酒店的给予适度补贴
# =====================================================================================================
HOTEL_SOURCE = DOC.cite(
    "L5533-L5539",
    "4.帮助解决企业员工住宿困难。帮助解决返京员工、新招录员工住宿问题，各行业主管部门、各园区管委会、各属地要结合企业需求，"
    "帮助协调解决员工住宿周转、统一管理等问题。开展人才公租房配租和酒店租金补助，提前为企业开展人才公租房配租工作，"
    "为区内企业提供住宿周转用房，因开复工需要租住酒店的给予适度补贴。",
)
HOTEL_READINGS = [
    Reading("shunyi_hotel_subsidy_rate", NonNegative | None, None,
            "'因开复工需要租住酒店的给予适度补贴' sets no rate: default None (eligible, amount unquantified); a rate "
            "gives rate × restart_hotel_rent."),
]


def hotel_subsidy(r: Rule) -> None:
    """A 'moderate' subsidy of the hotel rent a 顺义 firm paid to house staff for restarting work."""
    rent = r.fact.restart_hotel_rent.named(zh("hotel rent", "酒店租金"))
    r.need(rent, zh("hotel rent paid to restart work", "因开复工需要支付的酒店租金"))
    r.settle()
    r.require(rent > 0, zh("rented hotel rooms to restart work: {}", "因开复工需要租住酒店：{}"), zh("rented no hotel rooms to restart work (因开复工需要租住酒店)", "未因开复工需要租住酒店"))
    moderate(r, "shunyi_hotel_subsidy_rate", rent, "适度补贴")


# =====================================================================================================
# shunyi.supply_stability_reward — 1.奖励稳定市场供应和社会预期企业
# =====================================================================================================
SUPPLY_SOURCE = DOC.cite(
    "L5509-L5513",
    "1.奖励稳定市场供应和社会预期企业。对疫情防控期间，为稳定市场供应和社会预期，对加大生产、增加排产计划的防疫物资生产企业、"
    "加大生活必需品供应保障力度的企业、受疫情影响较大仍坚持生产经营的重点企业给予适度奖励和支持。",
)
SUPPLY_FLAGS = {
    "epidemic_supply_output_increased": "加大生产、增加排产计划的防疫物资生产企业",
    "necessities_supply_increased": "加大生活必需品供应保障力度的企业",
    "key_enterprise_kept_operating": "受疫情影响较大仍坚持生产经营的重点企业",
}
MOVED_READINGS = {
    "shunyi_supply_reward_amount": "the profile field shunyi_supply_reward_granted (a fact of each firm: the reward "
    "granted to it)",
    "shunyi_plant_reward_amount": "the profile field shunyi_idle_plant_reward_granted (a fact of each firm: the reward "
    "granted to it)",
}


def any_of_flags(r: Rule, flags: dict[str, str]) -> None:
    """One of the firms the text names (qualifications flags): met by any, unknown while one may still be it."""
    q = r.fact.qualifications
    cond = {k: getattr(q, k).is_(True) for k in flags}
    r.require(any_of(*cond.values()), "", zh("none of: " + "; ".join(flags.values()), "均不属于：" + "；".join(flags.values())),
              unknown=zh(" or ".join(flags.values()) + " — not known", "是否属于" + "或".join(flags.values()) + " — 未知"))
    r.settle()
    for k, words in flags.items():
        r.note(zh(f"✓ {words}", f"✓ {words}"), when=cond[k])


def reward_granted(r: Rule, granted: Node, what: str) -> None:
    """'适度奖励和支持' sets no amount and no base: the reward granted to the firm (a fact of its profile) is paid; not
    granted yet, the award is eligible and unquantified."""
    path = granted.meta.path
    amount = granted.named(zh(f"reward granted ({path})", f"已核定的奖励（{path}）"), "yuan")
    r.pay(rn.if_(amount.known(), amount, 0))
    r.step(zh("reward granted", "已核定的奖励"), amount)
    r.incomplete(zh(f"the text sets no amount ('{what}'); the reward granted to the firm ({path}) is not known", f"文件未规定金额（“{what}”）；企业获得的奖励（{path}）未知"), [path],
                 when=~amount.known())


def supply_reward(r: Rule) -> None:
    """A 'moderate' reward to firms that kept supplies and the market stable in 疫情防控期间."""
    any_of_flags(r, SUPPLY_FLAGS)
    reward_granted(r, r.fact.shunyi_supply_reward_granted, "适度奖励和支持")


# =====================================================================================================
# shunyi.idle_plant_epidemic_supply_reward — 8.有效盘活存量资源
# =====================================================================================================
PLANT_SOURCE = DOC.cite(
    "L5566-L5568",
    "8.有效盘活存量资源。鼓励企业利用存量厂房、存量生产车间，引进生产线生产口罩、防护服、护目镜、消毒液等防疫物资，"
    "并给予适度奖励和支持。",
)


PLANT_FLAGS = {"existing_plant_epidemic_supply_line": "利用存量厂房、存量生产车间引进生产线生产防疫物资"}


def idle_plant_reward(r: Rule) -> None:
    """A 'moderate' reward to firms that set up epidemic-supply lines in existing plant."""
    any_of_flags(r, PLANT_FLAGS)
    reward_granted(r, r.fact.shunyi_idle_plant_reward_granted, "适度奖励和支持")


MEASURES = [
    Measure(
        id="shunyi.hr_agency_placement_reward",
        district="shunyi",
        title_zh="人力资源服务机构推荐就业一次性奖励",
        title_en="One-off reward to licensed HR agencies per 顺义 worker placed with one year of insurance (amount "
                 "'按照规定', not in the seed)",
        kind="reward",
        beneficiary="hr_agency",
        sources=(PLACEMENT_SOURCE, CLOSING_SOURCE),
        rule=placement_reward,
        params=PLACEMENT_PARAMS,
        readings=("epidemic_period_end", *(r.name for r in PLACEMENT_READINGS)),
        territory="beijing",
        valid=VALID,
        summary="N 顺义 workers placed with ≥ 12 months of insurance × the reward per person (reading)",
        notes=("The agency may be licensed by the city or any district bureau and sit anywhere in Beijing: what must "
               "be 顺义 is the worker (本区劳动者, hr_agency.placements.N.workers_district).",
               "'满 1年' is read on the months of employee insurance the employer paid (si_months ≥ 12).",
               "The text does not say the employer must be in 顺义; it is not tested."),
    ),
    Measure(
        id="shunyi.utility_arrears_deferral",
        district="shunyi",
        title_zh="水气热“欠费不停供”，疫情结束后 3个月内补缴",
        title_en="No cut-off of water, gas or heat for SME arrears; arrears due within 3 months after the epidemic",
        kind="deferral",
        beneficiary="enterprise",
        sources=(UTILITY_SOURCE, CLOSING_SOURCE),
        rule=utility_deferral,
        params=UTILITY_PARAMS,
        readings=("epidemic_period_end", *(r.name for r in UTILITY_READINGS)),
        valid=VALID,
        summary="deferral only (0.00 relief): arrears due by the end of the epidemic + 3 months",
    ),
    Measure(
        id="shunyi.restart_hotel_rent_subsidy",
        district="shunyi",
        title_zh="因开复工需要租住酒店的给予适度补贴",
        title_en="'Moderate' subsidy of hotel rent paid to house staff for restarting work (no rate stated)",
        kind="cash_grant",
        beneficiary="enterprise",
        sources=(HOTEL_SOURCE, CLOSING_SOURCE),
        rule=hotel_subsidy,
        readings=tuple(r.name for r in HOTEL_READINGS),
        valid=VALID,
        summary="rate (reading; none stated) × hotel rent paid to restart work",
    ),
    Measure(
        id="shunyi.supply_stability_reward",
        district="shunyi",
        title_zh="奖励稳定市场供应和社会预期企业",
        title_en="'Moderate' reward to epidemic-supply makers, necessities suppliers and key firms that kept operating",
        kind="reward",
        beneficiary="enterprise",
        sources=(SUPPLY_SOURCE, CLOSING_SOURCE),
        rule=supply_reward,
        valid=VALID,
        summary="amount not stated ('适度奖励和支持'); eligibility computed",
    ),
    Measure(
        id="shunyi.idle_plant_epidemic_supply_reward",
        district="shunyi",
        title_zh="利用存量厂房生产防疫物资给予适度奖励和支持",
        title_en="'Moderate' reward for epidemic-supply production lines set up in existing plant",
        kind="reward",
        beneficiary="enterprise",
        sources=(PLANT_SOURCE, CLOSING_SOURCE),
        rule=idle_plant_reward,
        valid=VALID,
        summary="amount not stated ('适度奖励和支持'); eligibility computed",
    ),
]

READINGS = [*PLACEMENT_READINGS, *UTILITY_READINGS, *HOTEL_READINGS]
