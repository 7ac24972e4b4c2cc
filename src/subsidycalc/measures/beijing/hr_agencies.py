"""一次性就业创业服务补助 to 经营性人力资源服务机构 (city rule, 门头沟 M1 五)."""

from __future__ import annotations

from decimal import Decimal

from ...engine import checks
from ...engine.evaluation import Ev
from ...engine.measure import Measure, Param, Params
from ...engine.money import yuan
from ...engine.periods import Window
from .._documents import (
    MENTOUGOU_M1,
)

# =====================================================================================================
# beijing.hr_agency_one_off_service_subsidy — 一次性就业创业服务补助 (经营性人力资源服务机构)
# =====================================================================================================
HR_SOURCE = MENTOUGOU_M1.cite(
    "L6076-L6101",
    "五、鼓励经营性人力资源服务机构参与公共就业服务(一)补贴对象依法取得市、区人力资源社会保障部门颁发的职业中介活动行政许可的经营性"
    "人力资源服务机构,疫情防控期间为在“就业超市”急聘公告专栏中发布用工需求信息的重点企业提供职业介绍服务且推荐成功上岗人数达到一定"
    "规模的,可在疫情结束后申请享受一次性就业创业服务补助。(二)补助标准经营性人力资源服务机构为重点企业提供职业介绍服务,需以满足重点"
    "企业疫情防控期间用工需求为前提。推荐成功上岗的人员不限用工形式,既可以是合同制用工,也可是非全日制、临时性、季节性、弹性工作等灵活"
    "形式用工。经营性人力资源服务机构为重点企业推荐成功上岗人数达到一定规模的,可以申请享受一次性就业创业服务补助,人数为 50 人(含)以"
    "上的,补助 2.4 万元;100 人(含)以上的,补助 4.5 万元;200 人(含)以上的,补助 9 万元。经营性人力资源服务机构为多家重点企业提供职业"
    "介绍服务,申请享受一次性就业创业服务补助时,推荐成功上岗人数可累加计算。",
)
HR_PAY_SOURCE = MENTOUGOU_M1.cite(
    "L6131-L6133",
    "公示期间无异议的由市人力资源和社会保障局下达批复,将补助资金拨付至经营性人力资源服务机构账号,经费从市就业专项资金中列支。",
)
HR_PARAMS = Params(
    tiers=Param(
        ((50, Decimal(24000)), (100, Decimal(45000)), (200, Decimal(90000))),
        "人数为 50 人(含)以上的,补助 2.4 万元;100 人(含)以上的,补助 4.5 万元;200 人(含)以上的,补助 9 万元",
        unit="(persons placed, yuan)", note="(含)以上: each tier includes its lower bound; flat amounts",
        literal=("50 人", "2.4 万元", "100 人", "4.5 万元", "200 人", "9 万元"),
    ),
)


def hr_agency_one_off_service_subsidy(ev: Ev) -> None:
    """24,000 / 45,000 / 90,000 yuan to a licensed HR agency that placed 50 / 100 / 200 workers with key enterprises
    in the epidemic period (placements with several key enterprises add up)."""
    a = ev.firm.hr_agency
    if a is None:
        ev.fail("pays a commercial HR service agency; the profile has no hr_agency section (not an HR agency)")
    ev.require(a.licensed, "licensed for job brokerage (职业中介活动行政许可)",
               "no job-brokerage licence (职业中介活动行政许可)", ["hr_agency.licensed"])
    placements = checks.require_list(ev, a.placements, "hr_agency.placements", "placements")
    ev.settle()
    assert placements is not None
    period = Window(ev.reading("epidemic_period_start"), ev.reading("epidemic_period_end"))
    total = 0
    for i, p in enumerate(placements):
        path = f"hr_agency.placements.{i}"
        if p.key_enterprise is False:
            ev.reasons.append(f"✗ placements {i}: not with a 重点企业 of the 就业超市 急聘 column")
            continue
        if p.placed_on is not None and not period.contains(p.placed_on):
            ev.reasons.append(f"✗ placements {i}: placed {p.placed_on}, outside 疫情防控期间 {period}")
            continue
        gaps = [f"{path}.{k}" for k in ("persons", "placed_on", "key_enterprise") if getattr(p, k) is None]
        if gaps:
            ev.unknown(f"placements {i}: facts needed", gaps)
            continue
        assert p.persons is not None
        total += p.persons
    ev.settle()
    tiers = ev.n.tiers
    reached = [(lo, amt) for lo, amt in tiers if total >= lo]
    if not reached:
        ev.fail(f"{total} persons placed with key enterprises in the epidemic period: fewer than 50 (50 人(含)以上)")
    lo, amount = reached[-1]
    ev.step(f"{total} persons placed (summed over key enterprises) ≥ {lo} → {yuan(amount)}")
    ev.met(f"{total} persons placed with key enterprises in the epidemic period")
    ev.pay(amount)




MEASURES = [
    Measure(
        id="beijing.hr_agency_one_off_service_subsidy",
        district="beijing",
        title_zh="一次性就业创业服务补助（经营性人力资源服务机构）",
        title_en="One-off employment-service grant to licensed HR agencies: 24,000 / 45,000 / 90,000 for 50 / 100 / 200 "
                 "placements",
        kind="cash_grant",
        beneficiary="hr_agency",
        sources=(HR_SOURCE, HR_PAY_SOURCE),
        calc=hr_agency_one_off_service_subsidy,
        params=HR_PARAMS,
        readings=("epidemic_period_start", "epidemic_period_end"),
        aliases=("mentougou.hr_agency_one_off_service_subsidy",),
        apply_note="after the epidemic-control work ends (dates announced on the 就业超市 platform)",
        summary="flat 24,000 (≥ 50), 45,000 (≥ 100) or 90,000 (≥ 200) persons placed with key enterprises",
    ),
]

READINGS = []
