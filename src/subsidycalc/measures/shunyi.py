"""顺义区: 《顺义区进一步打好疫情防控阻击战支持企业“控疫情、稳增长”的若干措施》 (顺政办发〔2020〕3号, 2020-02-08).

Closing (L5595-L5599): in force from publication until epidemic prevention and control ends (no date: the shared
reading ``epidemic_period_end``); "中小企业" means SMEs under 300号 (which include micro firms).

Encoded here: item 3's placement reward to HR agencies (amount "按照规定", not in the seed), item 5's "欠费不停供"
deferral, and the "适度补贴/奖励" items 1, 4 and 8 (ERRATA_04_06 finding 21) — eligibility computed, amount
unquantified unless a reading supplies it. Item 7 (social-insurance deferral) restates the city rule:
``shunyi.social_insurance_deferral`` is an alias of ``beijing.si_deferral_to_march`` (and a source of the July
tier). Items 2, 6, 9, 10 carry no relief amount (timing, negotiation, services).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field

from ..engine import checks
from ..engine.evaluation import Ev
from ..engine.measure import Measure, Param, Params, Reading
from ..engine.money import exact, pct, yuan
from ..engine.periods import Window, add_months
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


def _policy_period(ev: Ev) -> Window:
    """From publication (2020-02-08, the measure's Param ``in_force_from``) to the end of epidemic prevention (reading
    epidemic_period_end); an end before publication leaves the publication day only."""
    start = ev.n.in_force_from
    return Window(start, max(start, ev.reading("epidemic_period_end")))


def _unquantified_or_pay(ev: Ev, reading: str, base: Decimal | None, what: str) -> None:
    """'适度补贴/奖励': pay the caller's figure (a rate on ``base``, or an amount when there is no base)."""
    value = ev.reading(reading)
    if value is None:
        ev.unquantified(f"the text sets no amount ('{what}'); supply assumptions.{reading}",
                        [f"assumptions.{reading}"])
        return
    if base is None:
        ev.step(f"amount supplied by reading {reading}: {yuan(exact(value))}")
        ev.pay(exact(value))
    else:
        amount = exact(value) * exact(base)
        ev.step(f"{pct(value)} (reading {reading}) × {yuan(exact(base))} = {yuan(amount)}")
        ev.pay(amount)


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


def hr_agency_placement_reward(ev: Ev) -> None:
    """A one-off reward per 顺义 worker a licensed HR agency placed into stable jobs with one year of insurance."""
    f, n = ev.firm, ev.n
    agency = f.hr_agency
    if agency is None:
        ev.fail("rewards HR service agencies; the profile has no hr_agency section (not an agency)")
    checks.require_flag(ev, agency, "licensed", True, "licensed by the city or a district HR bureau (经市、区人力社保局许可)",
                        "not licensed by the city or a district HR bureau", "hr_agency")
    placements = checks.require_list(ev, agency.placements, "hr_agency.placements", "placements")
    ev.settle()
    assert placements is not None
    window = _policy_period(ev) if ev.reading("shunyi_placement_window") == "policy_period" else None
    persons = 0
    for i, pl in enumerate(placements):
        p = f"hr_agency.placements.{i}"
        fails = []
        if pl.workers_district is not None and pl.workers_district != "shunyi":
            fails.append(f"workers of {checks.district_zh(pl.workers_district)}, not 顺义 (本区劳动者)")
        if pl.si_months is not None and pl.si_months < n.min_si_months:
            fails.append(f"{pl.si_months} months of social insurance < one year (满 1年)")
        if window is not None and pl.placed_on is not None and not window.contains(pl.placed_on):
            fails.append(f"placed {pl.placed_on}, outside {window}")
        if fails:
            ev.reasons.append(f"✗ placement {i}: " + "; ".join(fails))
            continue
        keys = ["persons", "workers_district", "si_months"] + (["placed_on"] if window is not None else [])
        missing = [f"{p}.{k}" for k in keys if getattr(pl, k) is None]
        if missing:
            ev.unknown(f"placement {i}: facts needed", missing)
            continue
        persons += pl.persons
    ev.settle()
    if persons == 0:
        ev.fail("no 顺义 worker placed with one year of employee social insurance (满 1年)")
    ev.met(f"{persons} 顺义 worker(s) placed in stable jobs with ≥ 12 months of social insurance")
    ev.step(f"head-count rewarded: {persons}")
    per = ev.reading("shunyi_placement_reward_per_person")
    if per is None:
        ev.unquantified("the reward per person is '按照规定' and not in the seed; supply "
                        "assumptions.shunyi_placement_reward_per_person", ["assumptions.shunyi_placement_reward_per_person"])
        return
    amount = exact(per) * persons
    ev.step(f"{persons} × {yuan(exact(per))} (reading shunyi_placement_reward_per_person) = {yuan(amount)}")
    ev.pay(amount)


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


def utility_arrears_deferral(ev: Ev) -> None:
    """No cut-off of water, gas and heat for an SME's arrears; they are due within 3 months after the epidemic."""
    n = ev.n
    checks.require_size(ev, SME_SIZES, "中小企业 (300号, micro included)")
    ev.settle()
    period = _policy_period(ev)
    end = period.end
    assert end is not None, "_policy_period always closes the window"
    due = add_months(end, n.repay_months)
    scope = ev.reading("shunyi_utility_arrears_scope")
    late = ev.reading("shunyi_utility_late_fee_waived")
    ev.met("a 顺义 中小企业 supplied water, gas or heat by the 市政控股公司 (electricity only if the power company follows)")
    ev.step(f"epidemic ends {period.end} (reading epidemic_period_end) + {n.repay_months} months → arrears due by {due}")
    arrears = "arrears arising from 2020-02-08" if scope == "epidemic_period" else "all arrears"
    ev.effect("deferral", f"no cut-off of water, gas or heat for {arrears} (欠费不停供) until {period.end}; pay by {due}")
    ev.effect("late_fee", "waived (reading shunyi_utility_late_fee_waived)" if late
              else "not waived by the text (reading shunyi_utility_late_fee_waived)")
    ev.pay(Decimal(0))


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


def restart_hotel_rent_subsidy(ev: Ev) -> None:
    """A 'moderate' subsidy of the hotel rent a 顺义 firm paid to house staff for restarting work."""
    rent = ev.need(ev.firm.restart_hotel_rent, "restart_hotel_rent", "hotel rent paid to restart work")
    ev.settle()
    assert rent is not None
    if rent == 0:
        ev.fail("rented no hotel rooms to restart work (因开复工需要租住酒店)")
    ev.met(f"rented hotel rooms to restart work: {yuan(exact(rent))}")
    _unquantified_or_pay(ev, "shunyi_hotel_subsidy_rate", rent, "适度补贴")


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
SUPPLY_READINGS = [
    Reading("shunyi_supply_reward_amount", NonNegative | None, None,
            "'适度奖励和支持' sets no amount and no base: default None (eligible, amount unquantified); a number is "
            "the reward to the firm."),
]
PLANT_READINGS = [
    Reading("shunyi_plant_reward_amount", NonNegative | None, None,
            "'并给予适度奖励和支持' sets no amount and no base: default None (eligible, amount unquantified); a number "
            "is the reward to the firm."),
]


def _any_flag(ev: Ev, flags: dict[str, str]) -> None:
    q = ev.firm.qualifications
    values = {k: (getattr(q, k) if q is not None else None) for k in flags}
    hits = [k for k, v in values.items() if v is True]
    if hits:
        ev.met(" / ".join(flags[k] for k in hits))
        return
    unknown = [k for k, v in values.items() if v is None]
    if unknown:
        ev.unknown(" or ".join(flags[k] for k in unknown) + " — not known",
                   [f"qualifications.{k}" for k in unknown])
        ev.settle()
    ev.fail("none of: " + "; ".join(flags.values()))


def supply_stability_reward(ev: Ev) -> None:
    """A 'moderate' reward to firms that kept supplies and the market stable in 疫情防控期间."""
    _any_flag(ev, SUPPLY_FLAGS)
    _unquantified_or_pay(ev, "shunyi_supply_reward_amount", None, "适度奖励和支持")


# =====================================================================================================
# shunyi.idle_plant_epidemic_supply_reward — 8.有效盘活存量资源
# =====================================================================================================
PLANT_SOURCE = DOC.cite(
    "L5566-L5568",
    "8.有效盘活存量资源。鼓励企业利用存量厂房、存量生产车间，引进生产线生产口罩、防护服、护目镜、消毒液等防疫物资，"
    "并给予适度奖励和支持。",
)


def idle_plant_epidemic_supply_reward(ev: Ev) -> None:
    """A 'moderate' reward to firms that set up epidemic-supply lines in existing plant."""
    _any_flag(ev, {"existing_plant_epidemic_supply_line": "利用存量厂房、存量生产车间引进生产线生产防疫物资"})
    _unquantified_or_pay(ev, "shunyi_plant_reward_amount", None, "适度奖励和支持")


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
        calc=hr_agency_placement_reward,
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
        calc=utility_arrears_deferral,
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
        calc=restart_hotel_rent_subsidy,
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
        calc=supply_stability_reward,
        readings=tuple(r.name for r in SUPPLY_READINGS),
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
        calc=idle_plant_epidemic_supply_reward,
        readings=tuple(r.name for r in PLANT_READINGS),
        valid=VALID,
        summary="amount not stated ('适度奖励和支持'); eligibility computed",
    ),
]

READINGS = [*PLACEMENT_READINGS, *UTILITY_READINGS, *HOTEL_READINGS, *SUPPLY_READINGS, *PLANT_READINGS]
