"""The city's 一次性就业创业服务补助 to 经营性人力资源服务机构 (北京市人力资源和社会保障局, 《关于落实一次性就业创业服务补助有关
工作的通知》, city document list L25-L31), as 门头沟's 服务包 restates it (M1 五, L6076-L6133).

Recognitions the text makes a condition are facts (issue 8 §3): the 职业中介活动行政许可 (``hr_agency.licensed``) and
the 重点企业 of the 就业超市 column (``hr_agency.placements.N.key_enterprise``). The 公示 before payment (L6131-L6133)
checks a claim: procedure, not a condition. A placement counts for its date inside 疫情防控期间 (the readings
``epidemic_period_start`` / ``epidemic_period_end``).
"""

from __future__ import annotations

from decimal import Decimal

from ...engine.measure import Measure, Param, Params
from ...engine.periods import Window
from ...engine.rules.define import Rule
from ...engine.rules.nodes import const, if_
from ...i18n import zh
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


def hr_agency_one_off_service_subsidy(r: Rule) -> None:
    """24,000 / 45,000 / 90,000 yuan to a licensed HR agency that placed 50 / 100 / 200 workers with key enterprises
    in the epidemic period (placements with several key enterprises add up)."""
    r.require(r.present("hr_agency"), "",
              zh("pays a commercial HR service agency; the profile has no hr_agency section (not an HR agency)", "补贴对象为经营性人力资源服务机构；企业信息中没有 hr_agency 部分（不是人力资源服务机构）"))
    r.require(r.fact.hr_agency.licensed, zh("licensed for job brokerage (职业中介活动行政许可)", "取得职业中介活动行政许可"),
              zh("no job-brokerage licence (职业中介活动行政许可)", "未取得职业中介活动行政许可"))
    placements = r.items("hr_agency.placements")
    r.require(placements.given, "", "", unknown=zh("placements — not known", "推荐就业情况 — 未知"))
    r.settle()
    period = Window(r.reading("epidemic_period_start"), r.reading("epidemic_period_end"))
    q = r.select(placements,
                 (placements.key_enterprise.is_(True), zh("not with a 重点企业 of the 就业超市 急聘 column", "不是就业超市急聘栏目中的重点企业")),
                 (placements.placed_on.within(period), zh(f"placed {{}}, outside 疫情防控期间 {period}", f"于 {{}} 推荐就业，不在疫情防控期间 {period} 内")),
                 needs=[placements.persons], label=zh("placements", "推荐就业"))
    r.settle()
    total = r.step(zh("persons placed with key enterprises in the epidemic period (可累加计算)", "疫情防控期间向重点企业推荐就业的人数（可累加计算）"),
                   placements.sum(placements.persons, where=q).named(zh("persons placed", "推荐就业人数")))
    tiers = r.value("tiers")
    r.require(total >= tiers[0][0], zh("{} persons placed with key enterprises in the epidemic period (≥ {})", "疫情防控期间向重点企业推荐就业 {} 人（≥ {}）"),
              zh("{} persons placed with key enterprises in the epidemic period: fewer than {} (50 人(含)以上)", "疫情防控期间向重点企业推荐就业 {} 人：少于 {}（50 人(含)以上）"))
    (lowest, first), *higher = tiers
    grant = const(first).named(f"{lowest} 人(含)以上", "yuan")
    for lo, amount in higher:   # (含)以上: the highest tier reached
        grant = if_(total >= lo, const(amount).named(f"{lo} 人(含)以上", "yuan"), grant)
    r.pay(r.step(zh("grant", "补贴"), grant.named(zh("grant", "补贴"), "yuan")))


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
        rule=hr_agency_one_off_service_subsidy,
        params=HR_PARAMS,
        readings=("epidemic_period_start", "epidemic_period_end"),
        aliases=("mentougou.hr_agency_one_off_service_subsidy",),
        apply_note="after the epidemic-control work ends (dates announced on the 就业超市 platform)",
        summary="flat 24,000 (≥ 50), 45,000 (≥ 100) or 90,000 (≥ 200) persons placed with key enterprises",
    ),
]
