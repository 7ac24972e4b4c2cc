"""The city's 援企稳岗 social-insurance measures (北京市人力资源和社会保障局): 一次性社会保险补贴 and 困难企业失业保险费返还.

The fullest text is 门头沟区人力社保局's 服务包 (M1 二、三, L5923-L6001); 朝阳 (朝政办发〔2020〕2号), 东城 (东政办发〔2020〕2号
and 3号) and 丰台 restate them and are sources; their catalog ids are aliases. Both measures are city rules: no district
scope clause narrows them.

Public figures (issue 8 §8): M of the refund, the 2019 本市月人均失业保险金标准, was not found in an official publication:
its reading ``ui_refund_monthly_benefit`` has no default and leaves the refund unquantified until supplied. The
subsidy's printed cap of 6,315 yuan/person agrees with the 2018 全口径 average wage of the reference table
(``tests/measures/test_beijing.py``).

What a firm received of these two measures is a fact of the profile (``social_insurance.ui_refund_2020_received``,
``social_insurance.one_off_si_subsidy_received``), read by the training subsidy (:mod:`.training`) and the hire
subsidies (:mod:`.hiring`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from ...engine.measure import Measure, Param, Params, Reading
from ...engine.periods import Window
from ...engine.rules.define import Rule
from ...engine.rules.nodes import Node, const, if_, minimum
from ...i18n import local, zh
from ...profile.industries import SME_SIZES
from .._documents import (
    CHAOYANG_CZBF_2020_2,
    DONGCHENG_DZBF_2020_2,
    DONGCHENG_DZBF_2020_3,
    FENGTAI_FT6,
    MENTOUGOU_M1,
)

# =====================================================================================================
# beijing.one_off_social_insurance_subsidy — 一次性社会保险补贴 (京人社就字〔2020〕15号, restated by 门头沟,
# 朝阳 and, by name only, 东城)
# =====================================================================================================
SI_SOURCES = (
    MENTOUGOU_M1.cite(
        "L5962-L6001",
        "三、一次性社会保险补贴 对受疫情影响较大,符合首都功能定位和产业发展方向的中小微企业,截至 4 月底企业职工平均人数"
        "与上年平均人数相比持平或增长的,一次性给予该企业 3 个月实际缴纳社会保险费一定比例的补贴。 (一)申请条件 "
        "1.2020 年前 4 个月月均缴纳失业保险费人数,不少于 2019 年月均缴纳失业保险费人数的; 2.不在北京市禁限目录内的,"
        "符合《关于印发中小企业划型标准规定的通知》(工信部联企业〔2011〕300号)中小微企业条件的; 3.符合首都功能定位和"
        "产业发展方向的非国有企业,主要指注册在“中关村一区十六园”、“三城一区”或属于十大高精尖产业的企业。 (二)补贴标准 "
        "1.截至 4 月底企业月均缴纳失业保险人数与 2019 年月均缴纳失业保险人数相比持平或增长 20%(不含)以内的,一次性给予"
        "该企业 3个月实际缴纳社会保险费 30%的补贴; 2.截至 4月底企业月均缴纳失业保险人数与 2019年月均缴纳失业保险人数"
        "相比增长 20%及以上的,一次性给予该企业 3个月实际缴纳社会保险费 50%的补贴; 3.补贴金额按照企业申报并经社会保险费"
        "征收机构核定的基本养老保险、医疗保险和失业保险单位缴费金额的一定比例确定,最高补贴上限以 2018 年全口径城镇就业"
        "人员平均工资为基数计算(最高补贴 6315元/人)。 (三)补贴期限。2020 年 2月至 4月。 (四)申报流程。符合条件的企业"
        "于 2020 年 5 月 1 日至 7 月 31 日申请。",
    ),
    CHAOYANG_CZBF_2020_2.cite(
        "L3040-L3048",
        "疫情期间，对符合首都功能定位和产业发展方向的中小微企业，截至 4月底企业职工平均人数与上年平均人数相比持平或增长 "
        "20%（不含）以内的，一次性给予该企业 3个月应缴纳社会保险费 30%的补贴；截至 4月底企业职工平均人数与上年平均人数"
        "相比增长 20%及以上的，一次性给予该企业 3个月应缴纳社会保险费50%的补贴。",
    ),
    DONGCHENG_DZBF_2020_3.cite("L2229", "（1）失业保险费返还及中小微企业社保补贴均通过网上系统申请；"),
)

SI_PARAMS = Params(
    lower_rate=Param(Decimal("0.30"), "持平或增长 20%(不含)以内的,一次性给予该企业 3个月实际缴纳社会保险费 30%的补贴",
                     unit="share of contributions", literal="30%"),
    upper_rate=Param(Decimal("0.50"), "增长 20%及以上的,一次性给予该企业 3个月实际缴纳社会保险费 50%的补贴",
                     unit="share of contributions", literal="50%"),
    growth_threshold=Param(Decimal("0.20"), "相比增长 20%及以上的", unit="growth rate of UI-insured headcount",
                           literal="20%", note="及以上: 20% included in the upper tier; (不含): excluded from the lower"),
    cap_per_person=Param(Decimal("6315"), "最高补贴 6315元/人", unit="yuan per person", literal="6315元/人"),
    months=Param(Window(date(2020, 2, 1), date(2020, 4, 30)), "(三)补贴期限。2020 年 2月至 4月。",
                 literal="2020 年 2月至 4月"),
    apply=Param(Window(date(2020, 5, 1), date(2020, 7, 31)), "符合条件的企业于 2020 年 5 月 1 日至 7 月 31 日申请",
                literal="2020 年 5 月 1 日至 7 月 31 日"),
    ownership=Param(("private", "collective", "foreign"), "符合首都功能定位和产业发展方向的非国有企业",
                    note="非国有企业: every ownership of the profile but state"),
)

SI_READINGS = [
    Reading("si_subsidy_contribution_basis", Literal["actually_paid", "payable"], "actually_paid",
            "Base of the one-off SI subsidy: 'actually_paid' (city text '实际缴纳', 门头沟 L5966/L5988; default) → "
            "workforce.employer_si_paid_2020_feb_apr; 'payable' (朝阳 '应缴纳', L3044) → "
            "workforce.employer_si_payable_2020_feb_apr. They differ for a firm that deferred contributions."),
    Reading("si_subsidy_cap", Literal["subsidy", "contribution_base", "none"], "subsidy",
            "How '最高补贴 6315元/人' (L5997) applies: 'subsidy' (default, the literal words: the subsidy is at most "
            "6,315 × headcount); 'contribution_base' (the figure is three months of employer contributions at the "
            "2018 average wage, so it caps the contributions counted: rate × min(C, 6,315 × N)); 'none' (朝阳's "
            "restatement states no cap)."),
    Reading("si_subsidy_cap_headcount", Literal["ui_insured_avg_2020_jan_apr", "ui_insured_avg_2019"],
            "ui_insured_avg_2020_jan_apr",
            "The persons N of the 6,315 yuan/person cap, which the text does not fix: the Jan–Apr 2020 monthly "
            "average of UI payers (default, the headcount the subsidy is tested on) or the 2019 average."),
    Reading("si_subsidy_affected_test", Literal["none", "heavily_affected"], "none",
            "Whether '受疫情影响较大' (lead sentence, L5964) is a condition: 'none' (default: the foundation issue "
            "lists the 申请条件 L5972-L5982 as the test, which do not repeat it, and 朝阳 omits it) or "
            "'heavily_affected' (requires qualifications.heavily_affected)."),
]


def one_off_social_insurance_subsidy(r: Rule) -> None:
    """一次性社会保险补贴: 30% / 50% of three months (Feb–Apr 2020) of employer contributions, by headcount growth."""
    n, q, w = r.n, r.fact.qualifications, r.fact.workforce
    if r.choose("si_subsidy_affected_test", {"none": False, "heavily_affected": True}):
        r.require(q.heavily_affected.is_(True), zh("受疫情影响较大 (heavily affected)", "受疫情影响较大"), zh("not 受疫情影响较大 (heavily affected)", "不属于受疫情影响较大的企业"))
    r.require(r.size().isin(SME_SIZES), zh("size {} is within 中小微企业 (工信部联企业〔2011〕300号)", "规模 {} 属于中小微企业（工信部联企业〔2011〕300号）"),
              zh("size {} is not within 中小微企业 (工信部联企业〔2011〕300号)", "规模 {} 不属于中小微企业（工信部联企业〔2011〕300号）"))
    r.require(r.fact.ownership.isin(r.value("ownership")), zh("non-state-owned (非国有企业)", "非国有企业"),
              zh("state-owned: the city rule is for 非国有企业 (ownership: {})", "国有企业：市级规定只适用于非国有企业（ownership：{}）"))
    r.require(q.fits_capital_function.is_(True), zh("符合首都功能定位和产业发展方向", "符合首都功能定位和产业发展方向"), zh("does not fit 首都功能定位和产业发展方向", "不符合首都功能定位和产业发展方向"))
    r.require(q.in_restricted_catalog.is_(False), zh("not in 北京市禁限目录", "不在北京市禁限目录内"), zh("in 北京市禁限目录 (prohibited/restricted catalogue)", "在北京市禁限目录内"))
    h19 = w.ui_insured_avg_2019.named(zh("2019 monthly average of UI payers", "2019 年月均失业保险参保人数"))
    h20 = w.ui_insured_avg_2020_jan_apr.named(zh("Jan–Apr 2020 monthly average of UI payers", "2020 年 1–4 月月均失业保险参保人数"))
    contributions, basis = r.choose("si_subsidy_contribution_basis", {
        "actually_paid": (w.employer_si_paid_2020_feb_apr, zh("actually paid (实际缴纳)", "实际缴纳")),
        "payable": (w.employer_si_payable_2020_feb_apr, zh("payable (应缴纳)", "应缴纳")),
    })
    contributions = contributions.named(zh(f"employer contributions {r.value('months')}, {basis}", f"{r.value('months')} 单位缴纳的社会保险费，{local(basis, 'zh')}"))
    r.need(h19, zh("2019 monthly average of UI payers", "2019 年月均失业保险参保人数"))
    r.need(h20, zh("Jan–Apr 2020 monthly average of UI payers", "2020 年 1–4 月月均失业保险参保人数"))
    r.need(contributions, zh("employer contributions for Feb–Apr 2020", "2020 年 2–4 月单位缴纳的社会保险费"))
    r.require(if_(h19.known() & h20.known(), h20 >= h19, True), zh("UI payers Jan–Apr 2020 ({}) not fewer than 2019 ({})", "2020 年 1–4 月参保人数（{}）不少于 2019 年（{}）"),
              zh("UI payers fell: Jan–Apr 2020 average {} < 2019 average {} (不少于 not met)", "参保人数减少：2020 年 1–4 月月均 {} < 2019 年月均 {}（不符合不少于）"), args=(h20, h19))
    r.settle()
    r.require(contributions > 0, "", zh("no employer contributions {} for the subsidy months: nothing to subsidise", "补贴月份的单位缴费为 {}：没有可补贴的金额"))
    upper = r.step(zh("UI payers from which the growth is 20% or more (增长 20%及以上)", "达到增长 20%及以上的参保人数"),
                   (h19 * (1 + n.growth_threshold)).named(zh("2019 average + 20%", "2019 年月均 + 20%")))
    grew = (h20 >= upper).named(zh("增长 20%及以上", "增长 20%及以上"))
    # the firm's figures in the tier line: 2019 average ≤ Jan–Apr 2020 average, against the 20% threshold
    r.note(zh("growth: Jan–Apr 2020 average {} ≥ {} (2019 average {} + 20%): 增长 20%及以上 → {}", "增长：2020 年 1–4 月月均 {} ≥ {}（2019 年月均 {} + 20%）：增长 20%及以上 → {}"), when=grew,
           args=(h20, upper, h19, n.upper_rate))
    r.note(zh("growth: 2019 average {} ≤ Jan–Apr 2020 average {} < {} (2019 average + 20%): 持平或增长 20%(不含)以内 → {}", "增长：2019 年月均 {} ≤ 2020 年 1–4 月月均 {} < {}（2019 年月均 + 20%）：持平或增长 20%(不含)以内 → {}"),
           when=~grew, args=(h19, h20, upper, n.lower_rate))
    rate = if_(grew, n.upper_rate, n.lower_rate).named(zh("rate", "比例"), "share")
    r.step(contributions.name, contributions)
    head = r.choose("si_subsidy_cap_headcount", {"ui_insured_avg_2020_jan_apr": h20, "ui_insured_avg_2019": h19})
    cap = (n.cap_per_person * head).named(zh("最高补贴 6315元/人 × persons", "最高补贴 6315元/人 × 人数"), "yuan")
    if r.choose("si_subsidy_cap", {"subsidy": True, "contribution_base": True, "none": False}):
        r.step(zh("cap (最高补贴 6315元/人 × persons)", "上限（最高补贴 6315元/人 × 人数）"), cap)
    subsidy = r.choose("si_subsidy_cap", {
        "subsidy": minimum(rate * contributions, cap),
        "contribution_base": rate * minimum(contributions, cap),
        "none": rate * contributions,
    })
    r.step(zh("subsidy", "补贴"), subsidy.named(zh("subsidy", "补贴"), "yuan"))
    r.effect("apply", zh("{} (online, 北京市人力资源和社会保障局 '一次性社会保险补贴')", "{}（网上申请，北京市人力资源和社会保障局“一次性社会保险补贴”）"), n.apply)
    r.pay(subsidy, met=zh("one-off subsidy of 30% / 50% of Feb–Apr 2020 employer contributions", "一次性补贴：2020 年 2–4 月单位缴费的 30% / 50%"))


# =====================================================================================================
# beijing.hardship_unemployment_insurance_refund — 困难企业失业保险费返还 (京人社就字〔2020〕15号)
# =====================================================================================================
UI_SOURCES = (
    MENTOUGOU_M1.cite(
        "L5923-L5948",
        "二、困难企业失业保险费返还对受疫情影响较大,面临暂时性生产经营困难且恢复有望、坚持不裁员或少裁员的参保企业,可按 "
        "6个月的上年度本市月人均失业保险金标准和参保职工人数,返还失业保险费。(一)申请条件1.参加失业保险并足额缴纳失业保险费 "
        "12 个月以上;2019 年度未裁员或裁员率低于2019年末全国城镇调查失业率(5.2%);未被列入严重违法失信企业名单的;2019 "
        "年度裁员率=1-(2019 年 12 月失业保险参保人数+2019 年自然减员人数)/2018 年12月失业保险参保人数。2.2019年度利税总额"
        "同比下降 50%以上,连续两个季度出现亏损,且 2020年第一季度出现亏损的;3.制定了稳定就业岗位措施的。(二)返还标准。按 6 "
        "个月的 2019年度本市月人均失业保险金标准和企业参保职工人数确定。(三)申报流程。符合条件的企业于 2020 年 4 月 1 日至 7 "
        "月 31 日申请。",
    ),
    CHAOYANG_CZBF_2020_2.cite(
        "L3036-L3040",
        "对受疫情影响较大，面临暂时性生产经营困难且恢复有望、坚持不裁员或少裁员的参保企业，可按 6个月的上年度本市月人均失业"
        "保险金标准和参保职工人数，返还失业保险费。",
    ),
    DONGCHENG_DZBF_2020_2.cite("L2597-L2599", "符合条件的企业，可按规定给予失业保险费返还。"),
    DONGCHENG_DZBF_2020_3.cite("L2229", "（1）失业保险费返还及中小微企业社保补贴均通过网上系统申请；"),
    FENGTAI_FT6.cite("L4059-L4061", "22.实施援企稳岗政策，指导用工企业开展灵活多样的就业招聘活动。符合条件的企业可按规定给予"
                     "失业保险费返还。"),
)
UI_PARAMS = Params(
    months=Param(6, "可按 6个月的上年度本市月人均失业保险金标准和参保职工人数,返还失业保险费", unit="months of benefit",
                 literal="6个月"),
    min_ui_months=Param(12, "参加失业保险并足额缴纳失业保险费 12 个月以上", unit="months", note="以上: 12 included",
                        literal="12 个月"),
    layoff_limit=Param(Decimal("0.052"), "裁员率低于2019年末全国城镇调查失业率(5.2%)", unit="2019 lay-off rate",
                       note="低于: strictly below", literal="5.2%"),
    profit_tax_decline=Param(Decimal("0.50"), "2019年度利税总额同比下降 50%以上", unit="year-on-year decline",
                             note="以上: 50% included", literal="50%"),
    apply=Param(Window(date(2020, 4, 1), date(2020, 7, 31)), "符合条件的企业于 2020 年 4 月 1 日至 7 月 31 日申请",
                literal="2020 年 4 月 1 日至 7 月 31 日"),
)
UI_READINGS = [
    Reading("ui_refund_monthly_benefit", Decimal | None, None,
            "M of the refund 6 × M × N: '2019年度本市月人均失业保险金标准' (L5944), the 2019 Beijing monthly average "
            "unemployment benefit, which the seed does not state. No official publication of it was found (searched: "
            "北京市人力资源和社会保障局 notices on the 2019/2020 失业保险金 standard; see "
            "subsidycalc.reference.public_figures.NOT_FOUND), so there is no default: None leaves the refund eligible "
            "but unquantified; supply the figure (yuan per month) to compute it."),
    Reading("ui_refund_conditions", Literal["city", "restatement"], "city",
            "Which conditions apply: 'city' (default: the 申请条件 (一)1–3 of the city rule as 门头沟 restates it, "
            "L5931-L5943: 12 months of UI, 2019 lay-off rate below 5.2% or no lay-offs, not on the 失信 list, profit-tax "
            "and loss tests, job-keeping measures) or 'restatement' (朝阳 L3036-L3040, 东城 and 丰台 state only the lead "
            "sentence: heavily affected, temporary difficulty, no or few lay-offs)."),
    Reading("ui_refund_condition2", Literal["all", "decline_or_losses"], "all",
            "Condition 2 '利税总额同比下降50%以上,连续两个季度出现亏损,且2020年第一季度出现亏损': 'all' (default, the three "
            "joined by ',' and '且') or 'decline_or_losses' ((decline ≥ 50% or two loss quarters) and a Q1-2020 loss)."),
    Reading("ui_refund_headcount", Literal["at_application", "december_2019"], "at_application",
            "N, '企业参保职工人数' (L5944), whose date the text does not fix: the UI-insured employees when applying "
            "(default, workforce.ui_insured_employees) or in December 2019 (workforce.ui_insured_dec_2019)."),
]


def _laid_off_within_limit(r: Rule) -> Node:
    """'2019 年度未裁员或裁员率低于 2019 年末全国城镇调查失业率(5.2%)' (L5931-L5935), with the text's rate 1 − (2019-12 UI
    payers + 2019 natural attrition) / 2018-12 UI payers. The rate is read when its three headcounts are known (the rate
    of a firm with no UI payer in December 2018 is undefined: only 未裁员 then decides); otherwise 未裁员 alone decides,
    and while it does not the headcounts are asked for."""
    w = r.fact.workforce
    d18, d19, attrition = w.ui_insured_dec_2018, w.ui_insured_dec_2019, w.natural_attrition_2019
    none = w.no_layoffs_2019
    rate = r.step(zh("2019 lay-off rate (2019 年度裁员率)", "2019 年度裁员率"), (1 - (d19 + attrition) / d18).named(zh("2019 lay-off rate", "2019 年度裁员率"), "rate"))
    below = (d18 - d19 - attrition < r.n.layoff_limit * d18).named(zh("lay-off rate below 5.2%", "裁员率低于 5.2%"))  # exact, without dividing
    known = d18.known() & d19.known() & attrition.known()
    ok = if_(known, ((d18 > 0) & below) | none, if_(none.default(False), True, below))
    r.require(ok, zh("2019 年度未裁员或裁员率低于 {}: lay-off rate {}, no lay-offs (未裁员): {}", "2019 年度未裁员或裁员率低于 {}：裁员率 {}，未裁员：{}"),
              zh("2019 lay-off rate not below {} ({}) and the firm laid staff off in 2019 (未裁员: {})", "2019 年度裁员率不低于 {}（{}），且 2019 年度有裁员（未裁员：{}）"),
              unknown=zh("2019 lay-off rate below 5.2% or no lay-offs — not known", "2019 年度是否未裁员或裁员率低于 5.2% — 未知"),
              args=(r.n.layoff_limit, rate, none))
    return ok


def _profit_and_losses(r: Rule) -> None:
    """Condition 2: '2019年度利税总额同比下降 50%以上,连续两个季度出现亏损,且 2020年第一季度出现亏损' (L5937-L5939)."""
    f = r.fact.finances
    change = f.profit_tax_change_2019.named(zh("2019 change of profit plus tax", "2019 年度利税总额同比变化"), "rate")
    decline = ((0 - change) >= r.n.profit_tax_decline).named(zh("profit plus tax down 50% or more", "利税总额同比下降 50%以上"))
    two = f.losses_two_consecutive_quarters
    if r.choose("ui_refund_condition2", {"all": True, "decline_or_losses": False}):
        r.require(decline, zh("2019 profit plus tax down 50% or more (利税总额同比下降 50%以上)", "2019年度利税总额同比下降 50%以上"),
                  zh("2019 profit plus tax changed by {}: not down 50% or more", "2019 年度利税总额同比变化 {}：未下降 50%以上"), args=(change,))
        r.require(two, zh("losses in two consecutive quarters (连续两个季度出现亏损)", "连续两个季度出现亏损"), zh("no losses in two consecutive quarters", "未连续两个季度出现亏损"))
    else:
        r.require(decline | two, zh("profit plus tax down 50% or more, or two consecutive loss quarters", "利税总额同比下降 50%以上，或连续两个季度出现亏损"),
                  zh("neither profit plus tax down 50% nor two consecutive loss quarters", "利税总额同比未下降 50%，也未连续两个季度出现亏损"))
    r.require(f.loss_q1_2020, zh("a loss in Q1 2020 (2020年第一季度出现亏损)", "2020年第一季度出现亏损"), zh("no loss in Q1 2020", "2020年第一季度未出现亏损"))


def hardship_unemployment_insurance_refund(r: Rule) -> None:
    """6 months of the 2019 average monthly unemployment benefit × the insured employees, for firms in difficulty."""
    n, q, w = r.n, r.fact.qualifications, r.fact.workforce
    r.require(q.heavily_affected.is_(True), zh("受疫情影响较大 (heavily affected)", "受疫情影响较大"), zh("not 受疫情影响较大 (heavily affected)", "不属于受疫情影响较大的企业"))
    r.require(q.temporary_difficulty.is_(True), zh("面临暂时性生产经营困难且恢复有望", "面临暂时性生产经营困难且恢复有望"),
              zh("not in temporary difficulty with recovery expected (暂时性生产经营困难且恢复有望)", "不属于面临暂时性生产经营困难且恢复有望"))
    r.require(q.no_layoffs.is_(True), zh("坚持不裁员或少裁员 (no or few lay-offs)", "坚持不裁员或少裁员"),
              zh("does not keep 不裁员或少裁员 (no or few lay-offs)", "未坚持不裁员或少裁员"))
    if r.choose("ui_refund_conditions", {"city": True, "restatement": False}):
        r.require(w.ui_paid_months >= n.min_ui_months, zh("unemployment insurance paid in full for {} months (12 个月以上)", "足额缴纳失业保险费 {} 个月（12 个月以上）"),
                  zh("unemployment insurance paid in full for only {} months (< {})", "足额缴纳失业保险费仅 {} 个月（< {}）"),
                  unknown=zh("unemployment insurance paid in full for 12 个月以上 — not known", "是否足额缴纳失业保险费 12 个月以上 — 未知"))
        _laid_off_within_limit(r)
        r.require(q.serious_dishonesty_list.is_(False), zh("not on the 严重违法失信企业名单", "未被列入严重违法失信企业名单"),
                  zh("on the 严重违法失信企业名单 (serious dishonesty list)", "被列入严重违法失信企业名单"))
        _profit_and_losses(r)
        r.require(q.job_stabilisation_measures.is_(True), zh("制定了稳定就业岗位措施", "制定了稳定就业岗位措施"),
                  zh("no measures to keep jobs (制定了稳定就业岗位措施 not met)", "未制定稳定就业岗位措施"))
    field = r.choose("ui_refund_headcount", {"at_application": "ui_insured_employees",
                                             "december_2019": "ui_insured_dec_2019"})
    head = getattr(w, field).named(zh("N, the UI-insured employees", "N，企业参保职工人数"))
    r.need(head, zh("N, the UI-insured employees", "N，企业参保职工人数"))
    r.settle()
    r.require(head > 0, "", zh(f"N = {{}} UI-insured employees ({field}): nothing to refund (6 × M × N)", f"N = {{}} 名参保职工（{field}）：没有可返还的金额（6 × M × N）"))
    r.effect("apply", zh("{} (online, 北京市人力资源和社会保障局 '企业失业保险返还')", "{}（网上申请，北京市人力资源和社会保障局“企业失业保险返还”）"), n.apply)
    m = r.reading("ui_refund_monthly_benefit")
    if m is None:
        r.note(zh("✓ eligible for the hardship unemployment-insurance refund (困难企业失业保险费返还)", "✓ 符合困难企业失业保险费返还的条件"))
        r.unquantified(zh("the seed does not state M, the 2019 Beijing monthly average unemployment benefit "
                       "(2019年度本市月人均失业保险金标准), and no official publication of it was found; supply "
                       "assumptions.ui_refund_monthly_benefit", "所收录的文件未载明 M（2019年度本市月人均失业保险金标准），也未找到其官方公布数值；请提供 assumptions.ui_refund_monthly_benefit"), ["assumptions.ui_refund_monthly_benefit"])
        return
    benefit = const(m).named(zh("M (assumptions.ui_refund_monthly_benefit)", "M（assumptions.ui_refund_monthly_benefit）"), "yuan")
    refund = r.step(zh("refund", "返还金额"), (n.months * benefit * head).named(zh("refund", "返还金额"), "yuan"))
    r.pay(refund, met=zh("eligible for the hardship unemployment-insurance refund (困难企业失业保险费返还)", "符合困难企业失业保险费返还的条件"))


MEASURES = [
    Measure(
        id="beijing.one_off_social_insurance_subsidy",
        district="beijing",
        title_zh="一次性社会保险补贴",
        title_en="One-off social insurance subsidy (30% / 50% of three months of employer contributions)",
        kind="social_insurance_subsidy",
        beneficiary="enterprise",
        sources=SI_SOURCES,
        rule=one_off_social_insurance_subsidy,
        params=SI_PARAMS,
        readings=tuple(SI_READINGS),
        aliases=("chaoyang.one_off_si_subsidy", "mentougou.one_off_si_subsidy"),
        apply_window=SI_PARAMS.apply,
        summary="30% (growth 0–20%) or 50% (growth ≥ 20%) of Feb–Apr 2020 employer contributions, ≤ 6,315 yuan/person",
    ),
    Measure(
        id="beijing.hardship_unemployment_insurance_refund",
        district="beijing",
        title_zh="困难企业失业保险费返还",
        title_en="Unemployment-insurance refund for firms in temporary difficulty (6 months of benefit × insured staff)",
        kind="social_insurance_refund",
        beneficiary="enterprise",
        sources=UI_SOURCES,
        rule=hardship_unemployment_insurance_refund,
        params=UI_PARAMS,
        readings=tuple(UI_READINGS),
        aliases=("chaoyang.hardship_ui_premium_refund", "mentougou.hardship_ui_refund",
                 "beijing.hardship_ui_refund"),  # the last: ERRATA_04_06's proposed id (README chose this one)
        apply_window=UI_PARAMS.apply,
        summary="6 × M (2019 monthly unemployment benefit, not in the seed) × insured employees",
    ),
]
