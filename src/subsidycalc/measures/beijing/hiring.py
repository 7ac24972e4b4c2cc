"""The city's hiring subsidies (北京市人力资源和社会保障局, 用人单位岗补社补): 岗位补贴和社会保险补贴 for hiring 本市
hard-to-employ registered persons (≤ 5 years), 社会保险补贴 for other 本市 registered unemployed (≤ 3 years).

The fullest text is 门头沟's 服务包 (M1 一, L5803-L5852); 东城 D4 item 37 (L2368-L2374) restates the claim timing.

Public figures (issue 8 §8): the priority groups' base cap is 60% of the 2019 全口径城镇单位就业人员月平均工资 of the
reference table (``subsidycalc.reference.public_figures``; the reading ``hire_subsidy_base_cap_monthly`` overrides
it); the minimum contribution bases were not found in an official publication: their readings have no default and
the award then counts only the parts it can (quantified in part).

Stacking: "核减已享受的相应补贴" (L5847-L5848) deducts, from the SI part only, the one-off SI subsidy received for these
hires (``hires.N.one_off_si_subsidy_share``); nothing to deduct when the firm received none
(``social_insurance.one_off_si_subsidy_received`` False, else the one-off subsidy's award for the firm).

Both measures are written once in the rule vocabulary. Under the default readings they are paid in part: the SI
subsidy's parts whose minimum base no reading supplies are left out and the award says so (``r.incomplete``: quantified
false, ``needs`` naming the readings). The claim window of each batch (次月起 90日内 after the last full half-year or
year counted) is computed by the rule; the vocabulary has no month start, so the first day of the month after a date
is a small table of this module (:data:`FIRST_OF_NEXT_MONTH`, a workaround until the engine has one).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

import numpy as np

from ...engine.measure import Measure, Param, Params, Reading
from ...engine.periods import add_months, month_start
from ...engine.rules.define import Items, Rule
from ...engine.rules.nodes import Node, Table, const, if_, maximum, minimum, table, window
from ...i18n import local, zh
from ...reference.public_figures import FULL_CALIBER_AVERAGE_WAGE_REF, full_caliber_average_wage
from .._documents import (
    DONGCHENG_DZBF_2020_3,
    MENTOUGOU_M1,
)

# =====================================================================================================
# beijing.hire_subsidy.* — 岗位补贴和社会保险补贴 (用人单位岗补社补), hires of 本市 registered unemployed
# =====================================================================================================
HIRE_SOURCE = MENTOUGOU_M1.cite(
    "L5803-L5852",
    "用人单位招用本市登记失业人员和城乡就业困难人员,依法签订一年及以上期限劳动合同且按规定缴纳职工社会保险、按月足额发放不低于本市"
    "职工最低工资标准 1.2 倍工资的,可按规定申请享受岗位补贴、社会保险补贴。",
)
HIRE_PRIORITY_SOURCE = MENTOUGOU_M1.cite(
    "L5823-L5837",
    "(1)招用进行了失业登记或农村劳动力转移就业登记的本市“4050”人员、低保人员、初次进京随军家属、登记失业 1年以上人员、“零就业家庭”"
    "劳动力、低收入农户劳动力的,或招用未实行就业失业管理的绿化隔离建设、资源枯竭、矿山关闭或保护性限制等农村就业困难地区,且进行了"
    "转移就业登记的农村劳动力的,在劳动合同期限内可申请享受最长不超过五年的岗位补贴和社会保险补贴。岗位补贴标准为每人每年 8000 元。"
    "基本养老保险补贴 16%,失业保险补贴 0.8%,以上年度全口径城镇就业人员平均工资的 60%为最高补贴基数,低于 60%的,以实际缴费基数为"
    "补贴基数;医疗保险补贴 10%,以医疗保险最低缴费基数为补贴基数。",
)
HIRE_OTHER_SOURCE = MENTOUGOU_M1.cite(
    "L5839-L5845",
    "(2)招用本市其他登记失业人员,在劳动合同期限内可申请享受最长不超过三年的社会保险补贴。基本养老保险补贴 16%,失业保险补贴 0.8%,"
    "医疗保险补贴 10%,以各险种最低缴费基数为补贴基数。",
)
HIRE_DEDUCTION_SOURCE = MENTOUGOU_M1.cite(
    "L5847-L5848",
    "(3)对享受一次性社会保险补贴(本通知第三条)的企业,在其申请享受用人单位社会保险补贴时,核减已享受的相应补贴。",
)
HIRE_TIMING_SOURCE = MENTOUGOU_M1.cite(
    "L5850-L5852",
    "3.申请时限。按规定办理单位就业登记或转移就业登记手续、履行劳动合同且实际缴纳社会保险费每满半年或一年的企业,可于次月起 90日内"
    "提出申请。",
)
HIRE_DONGCHENG_SOURCE = DONGCHENG_DZBF_2020_3.cite(
    "L2368-L2374",
    "37.用人单位招用本市登记失业人员和城乡就业困难人员，按规定办理单位就业登记或转移就业登记手续，并履行劳动合同满半年或一年的，可于"
    "次月起 90日内提出首次申请。经市人力社保局批准后，在享受期内用人单位可于履行劳动合同每满半年或一年后的次月起 90日内提出申请。",
)
_HIRE_COMMON = dict(
    min_contract_months=Param(12, "依法签订一年及以上期限劳动合同", unit="months", note="一年及以上: 12 included",
                              literal="一年"),
    pension_rate=Param(Decimal("0.16"), "基本养老保险补贴 16%", unit="share of the base", literal="16%"),
    ui_rate=Param(Decimal("0.008"), "失业保险补贴 0.8%", unit="share of the base", literal="0.8%"),
    medical_rate=Param(Decimal("0.10"), "医疗保险补贴 10%", unit="share of the base", literal="10%"),
    claim_days=Param(90, "可于次月起 90日内提出申请", unit="days", literal="90日"),
    claim_cycle_months=Param(6, "每满半年或一年的企业", unit="months (半年)",
                             convention="半年 is six months (the literal reader has no form for 半)"),
)
HIRE_PRIORITY_PARAMS = Params(
    **_HIRE_COMMON,
    job_per_year=Param(Decimal(8000), "岗位补贴标准为每人每年 8000 元", unit="yuan per person per year", literal="8000 元"),
    months_per_year=Param(12, "岗位补贴标准为每人每年 8000 元", unit="months",
                          convention="12 months a year: the yearly job subsidy prorated by month or half-year "
                                     "(reading hire_subsidy_job_prorate)"),
    max_months=Param(60, "在劳动合同期限内可申请享受最长不超过五年的岗位补贴和社会保险补贴", unit="months (五年)",
                     literal="五年"),
    base_cap_share=Param(Decimal("0.60"), "以上年度全口径城镇就业人员平均工资的 60%为最高补贴基数",
                         unit="share of the monthly average wage", literal="60%"),
    average_wage_monthly=Param(
        full_caliber_average_wage(2019).monthly,
        "北京市人力资源和社会保障局《历年北京市全口径城镇单位就业人员平均工资》: 2019 年 月平均工资 8847 元",
        unit="yuan per month", ref=FULL_CALIBER_AVERAGE_WAGE_REF,
        convention="a public figure the seed names without printing ('上年度全口径城镇就业人员平均工资', L5833-L5835): the "
                   "2019 monthly figure as published (上年度 of 2020, the year of the texts), from the reference "
                   "table subsidycalc.reference.public_figures.FULL_CALIBER_AVERAGE_WAGE"),
)
HIRE_OTHER_PARAMS = Params(
    **_HIRE_COMMON,
    max_months=Param(36, "在劳动合同期限内可申请享受最长不超过三年的社会保险补贴", unit="months (三年)", literal="三年"),
)
_NOT_PUBLISHED = ("no official publication of it was found (subsidycalc.reference.public_figures.NOT_FOUND), so there "
                  "is no default")
PRIORITY_READINGS = [
    Reading("hire_subsidy_base_cap_monthly", Decimal | None, None,
            "The monthly cap of the pension/UI subsidy base for priority groups, '以上年度全口径城镇就业人员平均工资的 60%' "
            "(L5833-L5835). None (default) takes the published figure: 60% × 8,847 = 5,308.20 yuan, 8,847 being the "
            "2019 monthly 全口径城镇单位就业人员平均工资 of 北京市人力资源和社会保障局's table (上年度 of 2020; "
            "subsidycalc.reference.public_figures). A value (yuan per month) overrides it, e.g. for subsidy months of "
            "another year."),
    Reading("hire_subsidy_job_prorate", Literal["monthly", "half_years"], "monthly",
            "How the 8,000 yuan/person/year job subsidy covers part of a year: 'monthly' (default, 8,000 × months / 12) "
            "or 'half_years' (only completed half-years, the claim cycle 每满半年, 4,000 each)."),
]
OTHER_READINGS = [
    Reading("si_min_base_pension_monthly", Decimal | None, None,
            "最低缴费基数 of basic pension insurance, yuan per month (L5843-L5845), not in the seed; " + _NOT_PUBLISHED
            + ": None leaves the pension part of the SI subsidy for other registered unemployed unquantified."),
    Reading("si_min_base_unemployment_monthly", Decimal | None, None,
            "最低缴费基数 of unemployment insurance, yuan per month (L5843-L5845), not in the seed; " + _NOT_PUBLISHED
            + ": None leaves the unemployment part of the SI subsidy for other registered unemployed unquantified."),
]
READINGS = [  # read by both hire subsidies
    Reading("hire_subsidy_claim_day_count", Literal["day_one", "day_zero"], "day_one",
            "'次月起 90日内': 'day_one' (default: the first day of the next month is day 1, so 2020-02-01..2020-04-30) or "
            "'day_zero' (it is day 0: one day later)."),
    Reading("hire_subsidy_claim_rule", Literal["city", "dongcheng"], "city",
            "The claim timing text: 'city' (default, L5850-L5852: every full half-year or year of contract with social "
            "insurance actually paid) or 'dongcheng' (东城 D4 item 37 L2368-L2374: contract performed, no mention of "
            "实际缴纳社会保险费, and the first claim is approved by 市人力社保局 before later ones)."),
]


_EPOCH = date(1970, 1, 1).toordinal()


def _next_month_vector(on: Any) -> tuple[Any, Any]:
    days = (np.asarray(on, dtype=np.int64) - _EPOCH).astype("datetime64[D]")
    opens = (days.astype("datetime64[M]") + 1).astype("datetime64[D]").astype(np.int64) + _EPOCH
    return opens, np.zeros(len(opens), dtype=bool)


#: WORKAROUND (the vocabulary has no month start): the first day of the month after a date, for one firm and for
#: many, as a table of this module. 次月起 (L5850-L5852) opens the claim on it.
FIRST_OF_NEXT_MONTH = Table(
    "the first day of the next month (次月起)", "date",
    lambda on: (add_months(month_start(on), 1), None), _next_month_vector, "hires.hired_on",
    lambda opens, on: f"{opens.isoformat()} (the month after {on.isoformat()})")


#: the registration each group of the city scheme needs: 失业登记 or 农村劳动力转移就业登记 for the priority groups
#: (L5823-L5825), 登记失业 for the other registered unemployed (L5839)
_REGISTRATIONS = {"priority_groups": ("unemployment", "rural_transfer"), "registered_unemployed": ("unemployment",)}
_LABELS = {"priority_groups": "本市“4050”人员等就业困难人员 (priority groups)",
           "registered_unemployed": "本市其他登记失业人员 (other registered unemployed)"}
_LABELS_ZH = {"priority_groups": "本市“4050”人员等就业困难人员", "registered_unemployed": "本市其他登记失业人员"}
#: the insurances of the SI subsidy's parts, in Chinese
_INSURANCES_ZH = {"pension": "养老保险", "unemployment": "失业保险", "medical": "医疗保险"}


ONE_OFF_SI = "beijing.one_off_social_insurance_subsidy"


def one_off_si_enjoyed(r: Rule) -> Node:
    """Whether the firm enjoyed the one-off SI subsidy (核减已享受的相应补贴): what the profile says it received, else the
    measure's award for the firm."""
    return r.fact.social_insurance.one_off_si_subsidy_received.default(r.award(ONE_OFF_SI).eligible)


def qualifying_hires(r: Rule, hires: Items, group: str) -> Node:
    """The batches of ``group`` hired as L5803-L5807 requires: a registration the scheme accepts (absent: the group is
    itself a registered status), a contract of one year or more, social insurance paid, the wage at 1.2 × the minimum
    every month, persons hired and months performed."""
    n = r.n
    registrations = _REGISTRATIONS[group]
    needs = [hires.contribution_base] if group == "priority_groups" else []
    return r.select(
        hires,
        (hires.registration.isin(registrations).default(True),
         zh(f"registration: the scheme needs {' or '.join(registrations)} (失业登记 / 农村劳动力转移就业登记)",
            f"登记：本项需要 {' 或 '.join(registrations)}（失业登记 / 农村劳动力转移就业登记）")),
        (hires.contract_months >= n.min_contract_months, zh("contract {} months < {} (一年及以上)", "劳动合同 {} 个月 < {}（一年及以上）")),
        (hires.social_insurance_paid.is_(True), zh("social insurance not paid as required", "未按规定缴纳社会保险")),
        (hires.monthly_wage_at_least_1_2x_minimum.is_(True), zh("wage below 1.2 × the Beijing minimum in some month", "有月份工资低于本市最低工资标准的 1.2 倍")),
        (hires["count"] > 0, zh("a batch of {} persons", "本批人数为 {}")),
        (hires.months_performed > 0, zh("no month of contract performed with social insurance paid yet", "尚无已履行劳动合同并缴纳社会保险的月份")),
        only=hires.group.eq(group), needs=needs, label=zh("hires", "招用人员"),
        none=zh(f"no qualifying hire of {_LABELS[group]} with months of contract performed",
                f"没有已履行劳动合同月份的符合条件的{_LABELS_ZH[group]}"))


def hire_subsidy(r: Rule, group: str) -> None:
    n = r.n
    priority = group == "priority_groups"
    hires = r.items("hires")
    r.require(hires.given, "", "", unknown=zh("hires — not known", "招用人员 — 未知"))
    r.settle()
    q = qualifying_hires(r, hires, group)
    count = hires["count"]
    months = r.step(zh("months counted", "计入的月数"), minimum(hires.months_performed, hires.contract_months, n.max_months)
                    .named(zh("months counted (performed, within the contract and the scheme's years)", "计入的月数（已履行、在劳动合同期内且在政策年限内）")), where=q)
    terms: list[Node] = []
    if priority:
        if r.choose("hire_subsidy_job_prorate", {"monthly": True, "half_years": False}):
            job = n.job_per_year * months / n.months_per_year * count
        else:
            job = n.job_per_year * (months // n.claim_cycle_months) * n.claim_cycle_months / n.months_per_year * count
        job = r.step(zh("job subsidy", "岗位补贴"), job.named(zh("job subsidy", "岗位补贴"), "yuan"), where=q)
        terms.append(r.step(zh("job subsidy", "岗位补贴"), hires.sum(job, where=q).named(zh("job subsidy", "岗位补贴"), "yuan")))
    medical = r.reading("si_min_base_medical_monthly")
    parts: list[tuple[Node, Node]] = []
    missing: list[tuple[str, str]] = []
    if priority:
        override = r.reading("hire_subsidy_base_cap_monthly")
        if override is None:
            cap = r.step(zh("subsidy base cap", "补贴基数上限"), (n.base_cap_share * n.average_wage_monthly).named(zh("subsidy base cap", "补贴基数上限"), "yuan"))
        else:
            cap = r.step(zh("subsidy base cap (assumptions.hire_subsidy_base_cap_monthly)", "补贴基数上限（assumptions.hire_subsidy_base_cap_monthly）"),
                         const(override).named(zh("subsidy base cap", "补贴基数上限"), "yuan"))
        parts.append((n.pension_rate + n.ui_rate, minimum(hires.contribution_base, cap)))
        bases = [("medical", n.medical_rate, medical, "si_min_base_medical_monthly")]
    else:
        bases = [("pension", n.pension_rate, r.reading("si_min_base_pension_monthly"), "si_min_base_pension_monthly"),
                 ("unemployment", n.ui_rate, r.reading("si_min_base_unemployment_monthly"),
                  "si_min_base_unemployment_monthly"),
                 ("medical", n.medical_rate, medical, "si_min_base_medical_monthly")]
    for what, rate, base, name in bases:
        if base is None:
            missing.append((what, name))
        else:
            parts.append((rate, const(base).named(zh(f"{what} minimum base (assumptions.{name})",
                                                     f"{_INSURANCES_ZH[what]}最低缴费基数（assumptions.{name}）"), "yuan")))
    if parts:
        monthly: Node = parts[0][0] * parts[0][1]
        for rate, base in parts[1:]:
            monthly = monthly + rate * base
        r.step(zh("SI subsidy per month", "每月社会保险补贴"), monthly.named(zh("SI subsidy per month", "每月社会保险补贴"), "yuan"), where=q)
        si = r.step(zh("SI subsidy", "社会保险补贴"), (monthly * months * count).named(zh("SI subsidy", "社会保险补贴"), "yuan"), where=q)
        enjoyed = one_off_si_enjoyed(r)
        nothing = if_(enjoyed.known(), ~enjoyed, False).named(zh("no one-off SI subsidy", "未享受一次性社会保险补贴"))
        share = hires.one_off_si_subsidy_share
        deducted = if_(share.known() | nothing, share.default(0), share).named(zh("one-off SI subsidy for these hires", "这些人员对应的一次性社会保险补贴"))
        r.note(zh("? the firm may have enjoyed the one-off SI subsidy (核减已享受的相应补贴): its part for these hires is "
               "needed", "? 企业可能已享受一次性社会保险补贴（核减已享受的相应补贴）：需提供这些人员对应的部分"), when=~nothing & hires.any(q & ~share.known()))
        after = maximum(0, hires.sum(si, where=q) - hires.sum(deducted, where=q))
        terms.append(r.step(zh("SI subsidy less 核减已享受的相应补贴", "社会保险补贴，核减已享受的相应补贴"), after.named(zh("SI subsidy", "社会保险补贴"), "yuan")))
    # the claim window after the last full half-year or year counted (次月起 90日内); add_months takes a number, so the
    # months done are spelt out (6, 12, …, the scheme's years)
    cycle = r.value("claim_cycle_months")
    done = (months // n.claim_cycle_months * n.claim_cycle_months).named(zh("months of the last full half-year or year", "最近一个完整半年或一年的月数"))
    completed: Node = hires.hired_on.add_months(cycle).add_days(-1)
    for k in range(2 * cycle, r.value("max_months") + 1, cycle):
        completed = if_(done.eq(k), hires.hired_on.add_months(k).add_days(-1), completed)
    opens = table(FIRST_OF_NEXT_MONTH, completed.named(zh("last full half-year or year completed", "最近满期的完整半年或一年")))
    # 'day_one': the day it opens is day 1 of the 90; 'day_zero': it is day 0
    last_day = r.choose("hire_subsidy_claim_day_count", {"day_one": r.value("claim_days") - 1,
                                                         "day_zero": r.value("claim_days")})
    claim, claim_zh = r.choose("hire_subsidy_claim_rule", {
        "city": ("each full half-year or year of contract with social insurance actually paid",
                 "每满半年或一年劳动合同并实际缴纳社会保险"),
        "dongcheng": ("a full half-year or year of contract (first claim), later claims after 市人力社保局 approval",
                      "首次申请须满半年或一年劳动合同，之后经市人力社保局审核")})
    r.effect("apply", zh("within {} days from the month after " + claim + " (市人社局 '用人单位岗补社补')",
                         claim_zh + "的次月起 {} 日内申请（市人社局“用人单位岗补社补”）"), n.claim_days)
    r.effect("apply", zh("{} month(s) of contract completed {}: claim {} (次月起 {} 日内)", "劳动合同已履行 {} 个月，于 {} 满期：申请期 {}（次月起 {} 日内）"), done, completed,
             window(opens, opens.add_days(last_day)), n.claim_days, where=q & (done > 0) & hires.hired_on.known())
    met = zh(f"qualifying hire(s) of {_LABELS[group]}", f"符合条件的{_LABELS_ZH[group]}")
    needs = [f"assumptions.{name}" for _, name in missing]
    why = zh("the SI subsidy's " + ", ".join(w for w, _ in missing) + " part needs a minimum contribution base the seed "
             "does not state and no official publication was found for; "
             + ("the amount counts only the rest" if terms else "no part of the amount can be counted") + "; supply "
             + ", ".join(needs),
             "社会保险补贴的" + "、".join(_INSURANCES_ZH[w] for w, _ in missing) + "部分需要最低缴费基数，所收录的文件未载明，"
             "也未找到官方公布数值；" + ("金额只计算其余部分" if terms else "金额的任何部分都无法计算") + "；请提供 "
             + ", ".join(needs))
    if not terms:   # no part quantified: eligible, unquantified
        r.note(zh(f"✓ {met}", f"✓ {local(met, 'zh')}"))
        r.unquantified(why, needs)
        return
    total = terms[0] if len(terms) == 1 else r.step(zh("total", "合计"), (terms[0] + terms[1]).named(zh("total", "合计"), "yuan"))
    r.pay(total, met=met)
    if missing:
        r.incomplete(why, needs)


def hire_subsidy_priority_groups(r: Rule) -> None:
    """Job subsidy 8,000/person/year and SI subsidy (16% + 0.8% of the capped base, 10% of the minimum medical base)
    per month, up to five years, for hiring 本市 hard-to-employ registered persons."""
    hire_subsidy(r, "priority_groups")


def hire_subsidy_other_registered_unemployed(r: Rule) -> None:
    """SI subsidy of 16% / 0.8% / 10% of each insurance's minimum base per month, up to three years, for hiring other
    本市 registered unemployed persons."""
    hire_subsidy(r, "registered_unemployed")


MEASURES = [
    Measure(
        id="beijing.hire_subsidy.priority_groups",
        district="beijing",
        title_zh="岗位补贴和社会保险补贴（招用就业困难人员）",
        title_en="Job subsidy (8,000/person/year) and SI subsidy for hiring 本市 hard-to-employ registered persons (≤ 5 years)",
        kind="hiring_subsidy",
        beneficiary="enterprise",
        sources=(HIRE_SOURCE, HIRE_PRIORITY_SOURCE, HIRE_DEDUCTION_SOURCE, HIRE_TIMING_SOURCE, HIRE_DONGCHENG_SOURCE),
        rule=hire_subsidy_priority_groups,
        params=HIRE_PRIORITY_PARAMS,
        readings=(*PRIORITY_READINGS, "si_min_base_medical_monthly",
                  "hire_subsidy_claim_day_count", "hire_subsidy_claim_rule"),
        aliases=("mentougou.hire_subsidy_city.priority_groups", "dongcheng.hiring_subsidy_application_window",
                 "beijing.hire_subsidy_city.priority_groups"),
        apply_note="within 90 days from the month after each full half-year or year (市人社局 '用人单位岗补社补')",
        summary="per person and month ≤ 5 years: 8,000/12 + (16% + 0.8%) × min(base, 60% avg wage) + 10% × min medical "
                "base; less the one-off SI subsidy for the same hires",
    ),
    Measure(
        id="beijing.hire_subsidy.other_registered_unemployed",
        district="beijing",
        title_zh="社会保险补贴（招用本市其他登记失业人员）",
        title_en="SI subsidy for hiring other 本市 registered unemployed persons (≤ 3 years, at the minimum bases)",
        kind="social_insurance_subsidy",
        beneficiary="enterprise",
        sources=(HIRE_SOURCE, HIRE_OTHER_SOURCE, HIRE_DEDUCTION_SOURCE, HIRE_TIMING_SOURCE, HIRE_DONGCHENG_SOURCE),
        rule=hire_subsidy_other_registered_unemployed,
        params=HIRE_OTHER_PARAMS,
        readings=(*OTHER_READINGS, "si_min_base_medical_monthly",
                  "hire_subsidy_claim_day_count", "hire_subsidy_claim_rule"),
        aliases=("mentougou.hire_subsidy_city.other_registered_unemployed",
                 "beijing.hire_subsidy_city.other_registered_unemployed"),
        apply_note="within 90 days from the month after each full half-year or year (市人社局 '用人单位岗补社补')",
        summary="per person and month ≤ 3 years: 16% / 0.8% / 10% of each insurance's minimum base; less the one-off SI "
                "subsidy for the same hires",
    ),
]
