"""The city's 一次性技能培训补贴 (北京市人力资源和社会保障局, 职业技能提升行动): 1,000 yuan per employee trained, for firms
that enjoyed the hardship UI refund or the one-off SI subsidy (:mod:`.social_insurance_subsidies`).

Restated by 门头沟 (M1, L6309-L6342, the fullest text), 东城 (D1 L1154-L1160; procedure in D4 L2231-L2235) and 朝阳
(L3048-L3050); their catalog ids are aliases.

The prerequisite (享受了…) is decided by what the firm received (``social_insurance.ui_refund_2020_received``,
``social_insurance.one_off_si_subsidy_received``, issue 8 §2) or, absent those facts, by the two measures' awards for
the firm (``r.award``: the engine evaluates them first). The district's 电话回访和检查 of a training (东城 L2231-L2235)
checks a claim rather than recognising a status: procedure, not a condition. "不得重复申领" with other 职业技能提升行动
subsidies (L6338-L6342) is per training batch (``trainings.N.other_subsidy_claimed``): those subsidies are not in
the catalog.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from ...engine.measure import Measure, Param, Params, Reading
from ...engine.periods import Window
from ...engine.rules.define import Rule
from ...engine.rules.nodes import Node, all_of, if_, minimum
from ...i18n import zh
from .._documents import (
    CHAOYANG_CZBF_2020_2,
    DONGCHENG_D1,
    DONGCHENG_DZBF_2020_3,
    MENTOUGOU_M1,
)

# =====================================================================================================
# beijing.skills_training_subsidy — 一次性技能培训补贴 (1,000 yuan per trained employee)
# =====================================================================================================
TRAINING_SOURCES = (
    MENTOUGOU_M1.cite(
        "L6309-L6315",
        "享受了上述困难企业失业保险费返还、一次性社会保险补贴政策的企业,根据岗位需要,在 2020 年组织职工(含待岗人员)参加"
        "职业技能培训,累计不低于 40 课时(每课时 45 分钟)的,对参加了培训的职工按照每人 1000 元的标准给予一次性技能培训补贴"
        "(以下简称“培训补贴”)。申领补贴时,参加了培训的职工须仍在本企业就业。",
    ),
    MENTOUGOU_M1.cite(
        "L6338-L6342",
        "若企业申领培训补贴时同时满足职业技能提升行动中其他培训补贴政策申领条件,不得重复申领。",
    ),
    DONGCHENG_D1.cite(
        "L1154-L1160",
        "享受了上述文件中规定的困难企业失业保险费返还、一次性社会保险补贴政策的企业，根据岗位需要，在 2020年组织职工（含待岗"
        "人员）参加职业技能培训且累计培训不低于 40课时（每课时 45分钟）的，企业可为参加了培训的职工按照每人 1000 元的标准申请"
        "一次性技能培训补贴。",
    ),
    DONGCHENG_DZBF_2020_3.cite(
        "L2231-L2235",
        "（2）一次性技能培训补贴：企业通过市人力社保局官网“职业技能提升行动”模块申请培训补贴，区人力社保局对培训真实性和满意度"
        "进行电话回访和检查，检查合格并公示通过的，向市级申请补贴资金并尽快拨付到位。",
    ),
    CHAOYANG_CZBF_2020_2.cite(
        "L3048-L3050",
        "对于享受上述政策的企业，根据岗位需要组织职工（含待岗人员）参加符合规定的职业技能培训，可按每人 1000元的标准享受一次性"
        "技能提升培训补贴。",
    ),
)
TRAINING_PARAMS = Params(
    per_person=Param(Decimal(1000), "对参加了培训的职工按照每人 1000 元的标准给予一次性技能培训补贴", unit="yuan per employee",
                     literal="1000 元"),
    min_class_hours=Param(40, "累计不低于 40 课时(每课时 45 分钟)", unit="class hours of 45 minutes",
                          note="不低于: 40 included", literal="40 课时"),
    year=Param(Window(date(2020, 1, 1), date(2020, 12, 31)), "在 2020 年组织职工(含待岗人员)参加职业技能培训",
               convention="'在 2020 年' is the calendar year 2020-01-01..2020-12-31 (the literal reader has no form "
                          "for a bare year)"),
)
TRAINING_READINGS = [
    Reading("training_prior_policy", Literal["any", "all"], "any",
            "'享受了上述困难企业失业保险费返还、一次性社会保险补贴政策的企业' (L6309): 'any' (default: the two joined by "
            "'、', either suffices) or 'all' (both). The library evaluates both measures for the same firm."),
    Reading("training_min_class_hours", Literal["city_40", "unstated"], "city_40",
            "The hours test: 'city_40' (default: 累计不低于 40 课时, 门头沟 L6311 and 东城 L1156) or 'unstated' (朝阳 "
            "L3048-L3050 says only '符合规定的职业技能培训')."),
    Reading("training_require_still_employed", bool, True,
            "Whether trainees must still work at the firm when it claims ('申领补贴时,参加了培训的职工须仍在本企业就业', "
            "L6315): True (default, the city rule) or False (东城 D1 omits it)."),
]


UI_REFUND = "beijing.hardship_unemployment_insurance_refund"
SI_SUBSIDY = "beijing.one_off_social_insurance_subsidy"


def enjoyed(r: Rule, fact: Node, measure_id: str) -> Node:
    """Whether the firm enjoyed (享受了) another measure: what the profile says it received (issue 8 §2), else — a firm
    being taken to claim what it is eligible for — that measure's award for the firm. Both unknown: the fact and the
    measure's missing facts are asked for."""
    return fact.default(r.award(measure_id).eligible)


def skills_training_subsidy(r: Rule) -> None:
    """1,000 yuan per employee who completed ≥ 40 class hours of training in 2020, for firms that enjoyed the
    hardship UI refund or the one-off SI subsidy."""
    n, si = r.n, r.fact.social_insurance
    refund = enjoyed(r, si.ui_refund_2020_received, UI_REFUND).named(zh("困难企业失业保险费返还 enjoyed", "已享受困难企业失业保险费返还"))
    subsidy = enjoyed(r, si.one_off_si_subsidy_received, SI_SUBSIDY).named(zh("一次性社会保险补贴 enjoyed", "已享受一次性社会保险补贴"))
    names = f"困难企业失业保险费返还 ({UI_REFUND}: {{}}) / 一次性社会保险补贴 ({SI_SUBSIDY}: {{}})"
    names_zh = f"困难企业失业保险费返还（{UI_REFUND}：{{}}）/ 一次性社会保险补贴（{SI_SUBSIDY}：{{}}）"
    if r.choose("training_prior_policy", {"any": True, "all": False}):
        r.require(refund | subsidy, zh(f"enjoys one of {names}", f"享受了其中之一：{names_zh}"),
                  zh(f"enjoys neither of {names}", f"两项均未享受：{names_zh}"), args=(refund, subsidy))
    else:
        r.require(refund & subsidy, zh(f"enjoys both of {names}", f"两项均已享受：{names_zh}"),
                  zh(f"enjoys not both of {names}", f"未同时享受两项：{names_zh}"), args=(refund, subsidy))
    trainings = r.items("trainings")
    trained = r.fact.trained_employees
    detail = trainings.given.known().named(zh("training programmes given", "已填报培训项目"))   # they win over trained_employees
    r.require(if_(trained.known(), True, trainings.given), "", "", unknown=zh("training programmes — not known", "培训项目 — 未知"))
    r.settle()
    claimed = trainings.other_subsidy_claimed.default(False)
    in_year = trainings.completed_on.within(r.value("year"))
    conds = [~claimed, in_year]
    # named before the steps below, which would otherwise give the trainees of every training their name
    trainees = trainings.employees.named(zh("trainees", "参训职工"))
    r.step(zh("not counted: another 职业技能提升行动 subsidy claimed for it (不得重复申领)", "不计入：已就此申领其他职业技能提升行动补贴（不得重复申领）"), trainees, where=claimed)
    r.step(zh(f"not counted: completed outside {r.value('year')}", f"不计入：不在 {r.value('year')} 内完成"), trainings.completed_on, where=~claimed & ~in_year)
    if r.choose("training_min_class_hours", {"city_40": True, "unstated": False}):
        hours = trainings.class_hours >= n.min_class_hours
        r.step(zh("not counted: class hours below 40 课时 (累计不低于 40 课时)", "不计入：课时少于 40 课时（累计不低于 40 课时）"), trainings.class_hours,
               where=~claimed & in_year & ~hours)
        conds.append(hours)
    employees = trainings.employees
    if r.flag("training_require_still_employed"):
        counted = minimum(employees, trainings.still_employed).named(zh("trainees still employed (须仍在本企业就业)", "仍在本企业就业的参训职工（须仍在本企业就业）"))
    else:
        counted = employees.named(zh("trainees", "参训职工"))
    qualifies = all_of(*conds, counted.defined()).named(zh("qualifying training", "符合条件的培训"))
    r.step(zh("trained employees counted", "计入的参训职工"), counted, where=qualifies)
    r.note(zh("no training programme in detail: trained_employees taken as the employees who completed the required "
           "training in 2020", "未填报培训项目明细：以 trained_employees 作为 2020 年完成规定培训的职工人数"), when=~detail)
    count = if_(detail, trainings.sum(counted, where=qualifies), trained).named(zh("trained employees", "参训职工人数"))
    still = r.flag("training_require_still_employed")
    r.require(count > 0, zh("{} employee(s) trained in 2020", "2020 年参加培训的职工 {} 人"),
              zh("no trained employee qualifies (≥ 40 课时 in 2020" + (", still employed)" if still else ")"),
                 "没有符合条件的参训职工（2020 年 ≥ 40 课时" + ("，且仍在本企业就业）" if still else "）")))
    amount = r.step(zh("subsidy", "补贴"), (n.per_person * count).named(zh("subsidy", "补贴"), "yuan"))
    r.pay(amount)


MEASURES = [
    Measure(
        id="beijing.skills_training_subsidy",
        district="beijing",
        title_zh="一次性技能培训补贴",
        title_en="One-off skills-training subsidy: 1,000 yuan per employee trained ≥ 40 class hours in 2020",
        kind="training_subsidy",
        beneficiary="enterprise",
        sources=TRAINING_SOURCES,
        rule=skills_training_subsidy,
        params=TRAINING_PARAMS,
        readings=tuple(TRAINING_READINGS),
        aliases=("dongcheng.skills_training_subsidy", "chaoyang.skills_training_subsidy",
                 "mentougou.skills_training_subsidy"),
        apply_note="online, 市人力社保局 '职业技能提升行动' module",
        summary="1,000 × employees trained ≥ 40 课时 in 2020 and still employed; only after the UI refund or the one-off "
                "SI subsidy",
    ),
]
