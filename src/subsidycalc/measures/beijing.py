"""City-wide employment and social-insurance rules (北京市), each encoded once, with every district text that
restates it as a source and every district catalog id as an alias.

Most of these rules reach the seed only through district restatements; the fullest is 门头沟's 人力社保局
"服务包" (M1, L5784-L6659), which is therefore the primary source. No district scope clause narrows them:
their territory is ``beijing``.

Measures: the one-off SI subsidy, the hardship UI refund, the 1,000-yuan training subsidy (which requires one of
the two), the SI deferrals to end-March and end-July, the January refund, the flexible workers' make-up, the city
hiring subsidies (岗补社补), the HR-agency grant, medical-insurance late processing; and, as information only,
the start-up guaranteed-loan rules and ceilings and three employer wage obligations.

Public figures (issue 8 §8): the texts name figures they do not print. The 全口径城镇单位就业人员平均工资 is taken
from 北京市人力资源和社会保障局's published table (``subsidycalc.reference.public_figures``): its 2019 monthly figure
gives the default base cap of the priority-groups hire subsidy (reading ``hire_subsidy_base_cap_monthly`` overrides
it), and its 2018 figure agrees with the one-off SI subsidy's printed cap of 6,315 yuan/person. The 2019 monthly
average unemployment benefit and the minimum contribution bases were not found in an official publication: their
readings have no default and the measures that need them say so (unquantified, or quantified only in part).

What the firm received is a fact of the profile (issue 8 §2): ``social_insurance.ui_refund_2020_received`` and
``social_insurance.one_off_si_subsidy_received`` decide the training subsidy's prerequisite and whether the hire
subsidies have anything to deduct; absent, the library evaluates the two measures for the firm (a firm is taken to
claim what it is eligible for). A recognition the texts make a condition is a fact too (issue 8 §3): the end-July
deferral's 经市级相关行业主管部门确认 (``social_insurance.july_deferral_confirmed``), the HR agency's 职业中介活动行政许可
(``hr_agency.licensed``), the 重点企业 of the 就业超市 column (``placements.N.key_enterprise``), the registration of a
hire (``hires.N.registration``: a registration other than the scheme's is a failed condition; absent, the hire's
group — 登记失业人员 / 就业困难人员 — is itself a registered status). Treated as procedure, because they check a claim
rather than recognise a status: the collection agency's 核定 of the contributions (L5995), the district's 电话回访和检查
of a training (东城 L2231-L2235), the 公示 before the HR grant is paid (L6131-L6133), and 市人力社保局's approval of a
first hire-subsidy claim (东城 L2368-L2374, reading ``hire_subsidy_claim_rule='dongcheng'``).

Items with a period (issue 8 §1): a hire counts for the months performed within its contract and the scheme's five
(three) years; a training for its completion in 2020; a placement for its date inside 疫情防控期间; a flexible worker's
gap for its months inside 2019-12..2020-02 only.

Stacking: the hiring subsidies' "核减已享受的相应补贴" (L5847-L5848) is applied inside their calculator, per
hire and on the SI part only, and the training subsidy's prerequisite is a condition of its calculator (see
``STACKING`` at the end for why neither is an engine rule).

Arithmetic is exact (issue 8 §1b): amounts are :class:`~fractions.Fraction` until the engine's one rounding, and every
step shows exact values. Period arithmetic is :mod:`subsidycalc.engine.periods` (``add_months`` is re-exported here
for the district modules that import it from this module).

Module layout: per measure, the quoted sentence(s) → declared numbers → readings → eligibility → amount.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from ..engine import checks
from ..engine.award import Award
from ..engine.evaluation import Ev
from ..engine.measure import Measure, Param, Params, Reading
from ..engine.money import exact, pct, yuan
from ..engine.periods import Window, add_days, add_months, month_end, month_start
from ..engine.stacking import StackingRule
from ..profile.firm import Hire
from ..profile.industries import SME_SIZES
from ..reference.public_figures import FULL_CALIBER_AVERAGE_WAGE_REF, full_caliber_average_wage
from ._documents import (
    CHAOYANG_CZBF_2020_2,
    DONGCHENG_D1,
    DONGCHENG_DZBF_2020_2,
    DONGCHENG_DZBF_2020_3,
    FANGSHAN_F1,
    FENGTAI_FT6,
    MENTOUGOU_M1,
    MENTOUGOU_M2,
    SHIJINGSHAN_SZF_2020_3,
    SHUNYI_SZBF_2020_3,
    XICHENG_XZBF_2020_1,
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
    growth_threshold=Param(Decimal("0.20"), "相比增长 20%及以上的", unit="growth of UI-insured headcount",
                           literal="20%", note="及以上: 20% included in the upper tier; (不含): excluded from the lower"),
    cap_per_person=Param(Decimal("6315"), "最高补贴 6315元/人", unit="yuan per person", literal="6315元/人"),
    months=Param(Window(date(2020, 2, 1), date(2020, 4, 30)), "(三)补贴期限。2020 年 2月至 4月。",
                 literal="2020 年 2月至 4月"),
    apply=Param(Window(date(2020, 5, 1), date(2020, 7, 31)), "符合条件的企业于 2020 年 5 月 1 日至 7 月 31 日申请",
                literal="2020 年 5 月 1 日至 7 月 31 日"),
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


def one_off_social_insurance_subsidy(ev: Ev) -> None:
    """一次性社会保险补贴: 30% / 50% of three months (Feb–Apr 2020) of employer contributions, by headcount growth."""
    f, n = ev.firm, ev.n
    if ev.reading("si_subsidy_affected_test") == "heavily_affected":
        checks.require_qualification(ev, "heavily_affected", True, "受疫情影响较大 (heavily affected)",
                                     "not 受疫情影响较大 (heavily affected)")
    checks.require_size(ev, SME_SIZES, "中小微企业 (工信部联企业〔2011〕300号)")
    checks.require_ownership(ev, {"private", "collective", "foreign"}, "non-state-owned (非国有企业)",
                             "state-owned: the city rule is for 非国有企业")
    checks.require_qualification(ev, "fits_capital_function", True, "符合首都功能定位和产业发展方向",
                                 "does not fit 首都功能定位和产业发展方向")
    checks.require_qualification(ev, "in_restricted_catalog", False, "not in 北京市禁限目录",
                                 "in 北京市禁限目录 (prohibited/restricted catalogue)")
    w = f.workforce
    h19 = ev.need(w.ui_insured_avg_2019 if w else None, "workforce.ui_insured_avg_2019",
                  "2019 monthly average of UI payers")
    h20 = ev.need(w.ui_insured_avg_2020_jan_apr if w else None, "workforce.ui_insured_avg_2020_jan_apr",
                  "Jan–Apr 2020 monthly average of UI payers")
    basis = ev.reading("si_subsidy_contribution_basis")
    field = "employer_si_paid_2020_feb_apr" if basis == "actually_paid" else "employer_si_payable_2020_feb_apr"
    contributions = ev.need(getattr(w, field) if w else None, f"workforce.{field}",
                            f"employer contributions {basis.replace('_', ' ')} for Feb–Apr 2020")
    if h19 is not None and h20 is not None:
        ev.require(h20 >= h19, f"UI payers Jan–Apr 2020 ({h20}) not fewer than 2019 ({h19})",
                   f"UI payers fell: Jan–Apr 2020 average {h20} < 2019 average {h19} (不少于 not met)")
    ev.settle()
    assert h19 is not None and h20 is not None and contributions is not None
    if contributions == 0:
        ev.fail(f"no employer contributions {basis.replace('_', ' ')} for {n.months}: nothing to subsidise")
    if h20 >= h19 * (1 + n.growth_threshold):  # exact: h20/h19 - 1 >= 20%, without dividing
        rate = n.upper_rate
        ev.step(f"growth: {h20} ≥ {h19} × (1 + {pct(n.growth_threshold)}) → 增长 20%及以上 → rate {pct(rate)}")
    else:
        rate = n.lower_rate
        ev.step(f"growth: {h19} ≤ {h20} < {h19} × (1 + {pct(n.growth_threshold)}) → 持平或增长 20%(不含)以内 → "
                f"rate {pct(rate)}")
    cap_mode = ev.reading("si_subsidy_cap")
    cap_field = ev.reading("si_subsidy_cap_headcount")
    head = h20 if cap_field == "ui_insured_avg_2020_jan_apr" else h19
    cap = exact(n.cap_per_person) * exact(head)
    paid = exact(contributions)
    amount = exact(rate) * paid
    ev.step(f"{pct(rate)} × {yuan(paid)} (employer contributions {n.months}, {basis}) = {yuan(amount)}")
    if cap_mode == "subsidy":
        ev.step(f"cap: {yuan(n.cap_per_person)} × {head} persons = {yuan(cap)}")
        if amount > cap:
            ev.step(f"capped: min({yuan(amount)}, {yuan(cap)}) = {yuan(cap)}")
            amount = cap
    elif cap_mode == "contribution_base":
        base = min(paid, cap)
        amount = exact(rate) * base
        ev.step(f"cap on the base: {pct(rate)} × min({yuan(paid)}, {yuan(n.cap_per_person)} × {head} = {yuan(cap)}) "
                f"= {yuan(amount)}")
    ev.met(f"one-off subsidy of {pct(rate)} of employer contributions {n.months}")
    ev.effect("apply", f"{n.apply} (online, 北京市人力资源和社会保障局 '一次性社会保险补贴')")
    ev.pay(amount)


# =====================================================================================================
# Helpers
# =====================================================================================================
def _tri_or(*values: bool | None) -> bool | None:
    """Three-valued OR: True if any is True, False if all are False, else unknown."""
    if any(v is True for v in values):
        return True
    if all(v is False for v in values):
        return False
    return None


def _other_award(ev: Ev, measure_id: str) -> Award:
    """Evaluate another city measure for the same firm and assumptions (a prerequisite or a deduction)."""
    from ..engine.estimate import evaluate  # late import: the engine imports the measure modules

    m = next(x for x in MEASURES if x.id == measure_id)
    return evaluate(m, ev.firm, ev.assumptions, ev.memo)


def _regular_payer(ev: Ev) -> None:
    """"在本市正常参保缴费": no late contribution before December 2019 (不含), or the arrears made up."""
    si = ev.firm.social_insurance
    late = si.late_before_dec_2019 if si else None
    if late is None:
        ev.unknown("在本市正常参保缴费 (no late contribution before 2019-12) — not known",
                   ["social_insurance.late_before_dec_2019"])
    elif not late:
        ev.met("在本市正常参保缴费: no late contribution before December 2019")
    else:
        assert si is not None
        ev.require(si.late_made_up, "contributions paid late before December 2019 have been made up (补齐)",
                   "contributions paid late before December 2019 are not made up (需补齐后方可适用)",
                   ["social_insurance.late_made_up"])


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


def _layoff_test(ev: Ev) -> None:
    w = ev.firm.workforce
    d18 = w.ui_insured_dec_2018 if w else None
    d19 = w.ui_insured_dec_2019 if w else None
    att = w.natural_attrition_2019 if w else None
    none = w.no_layoffs_2019 if w else None
    limit = ev.n.layoff_limit
    if d18 is not None and d19 is not None and att is not None and d18 > 0:
        cut = d18 - d19 - att
        ev.step(f"2019 lay-off rate = 1 − ({d19} + {att}) / {d18} = {cut} / {d18}")
        if cut < limit * d18:  # exact: rate < 5.2% without dividing
            ev.met(f"2019 lay-off rate {cut}/{d18} is below {pct(limit)} (低于)")
            return
        if none is True:
            ev.met("no lay-offs in 2019 (未裁员)")
            return
        if none is False:
            ev.fail(f"2019 lay-off rate {cut}/{d18} is not below {pct(limit)} and the firm laid staff off in 2019")
        ev.unknown("whether the firm laid anyone off in 2019 (未裁员)", ["workforce.no_layoffs_2019"])
        return
    if none is True:
        ev.met("no lay-offs in 2019 (未裁员)")
        return
    paths = [f"workforce.{k}" for k, v in (("ui_insured_dec_2018", d18), ("ui_insured_dec_2019", d19),
                                            ("natural_attrition_2019", att)) if v is None]
    ev.unknown("2019 lay-off rate below 5.2% or no lay-offs — not known", paths or ["workforce.no_layoffs_2019"])


def _profit_test(ev: Ev) -> None:
    fin = ev.firm.finances
    change = fin.profit_tax_change_2019 if fin else None
    two = fin.losses_two_consecutive_quarters if fin else None
    q1 = fin.loss_q1_2020 if fin else None
    decline = None if change is None else -change >= ev.n.profit_tax_decline
    if ev.reading("ui_refund_condition2") == "all":
        ev.require(decline, "2019 profit plus tax down 50% or more (利税总额同比下降 50%以上)",
                   f"2019 profit plus tax changed by {None if change is None else pct(change)}: not down 50% or more",
                   ["finances.profit_tax_change_2019"])
        ev.require(two, "losses in two consecutive quarters (连续两个季度出现亏损)",
                   "no losses in two consecutive quarters", ["finances.losses_two_consecutive_quarters"])
    else:
        either = _tri_or(decline, two)
        paths = [p for p, v in (("finances.profit_tax_change_2019", decline),
                                ("finances.losses_two_consecutive_quarters", two)) if v is None]
        ev.require(either, "profit plus tax down 50% or more, or two consecutive loss quarters",
                   "neither profit plus tax down 50% nor two consecutive loss quarters", paths)
    ev.require(q1, "a loss in Q1 2020 (2020年第一季度出现亏损)", "no loss in Q1 2020", ["finances.loss_q1_2020"])


def hardship_unemployment_insurance_refund(ev: Ev) -> None:
    """6 months of the 2019 average monthly unemployment benefit × the insured employees, for firms in difficulty."""
    f, n = ev.firm, ev.n
    checks.require_qualification(ev, "heavily_affected", True, "受疫情影响较大 (heavily affected)",
                                 "not 受疫情影响较大 (heavily affected)")
    checks.require_qualification(ev, "temporary_difficulty", True, "面临暂时性生产经营困难且恢复有望",
                                 "not in temporary difficulty with recovery expected (暂时性生产经营困难且恢复有望)")
    checks.require_qualification(ev, "no_layoffs", True, "坚持不裁员或少裁员 (no or few lay-offs)",
                                 "does not keep 不裁员或少裁员 (no or few lay-offs)")
    w = f.workforce
    if ev.reading("ui_refund_conditions") == "city":
        months = w.ui_paid_months if w else None
        ev.require(None if months is None else months >= n.min_ui_months,
                   f"unemployment insurance paid in full for {months} months (12 个月以上)",
                   f"unemployment insurance paid in full for only {months} months (< 12)", ["workforce.ui_paid_months"])
        _layoff_test(ev)
        checks.require_qualification(ev, "serious_dishonesty_list", False, "not on the 严重违法失信企业名单",
                                     "on the 严重违法失信企业名单 (serious dishonesty list)")
        _profit_test(ev)
        checks.require_qualification(ev, "job_stabilisation_measures", True, "制定了稳定就业岗位措施",
                                     "no measures to keep jobs (制定了稳定就业岗位措施 not met)")
    field = "ui_insured_employees" if ev.reading("ui_refund_headcount") == "at_application" else "ui_insured_dec_2019"
    head = ev.need(getattr(w, field) if w else None, f"workforce.{field}", "N, the UI-insured employees")
    ev.settle()
    assert head is not None
    if head == 0:
        ev.fail(f"N = 0 UI-insured employees ({field}): nothing to refund (6 × M × 0)")
    ev.met("eligible for the hardship unemployment-insurance refund (困难企业失业保险费返还)")
    ev.effect("apply", f"{n.apply} (online, 北京市人力资源和社会保障局 '企业失业保险返还')")
    m = ev.reading("ui_refund_monthly_benefit")
    if m is None:
        ev.unquantified("the seed does not state M, the 2019 Beijing monthly average unemployment benefit "
                        "(2019年度本市月人均失业保险金标准), and no official publication of it was found; supply "
                        "assumptions.ui_refund_monthly_benefit", ["assumptions.ui_refund_monthly_benefit"])
        return
    amount = n.months * exact(m) * exact(head)
    ev.step(f"refund = {n.months} months × {yuan(exact(m))} (M) × {head} insured employees = {yuan(amount)}")
    ev.pay(amount)


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


def skills_training_subsidy(ev: Ev) -> None:
    """1,000 yuan per employee who completed ≥ 40 class hours of training in 2020, for firms that enjoyed the
    hardship UI refund or the one-off SI subsidy."""
    f, n = ev.firm, ev.n
    si = f.social_insurance
    enjoyed: list[bool | None] = []
    missing: list[str] = []
    said: list[str] = []
    for mid, fact in (("beijing.hardship_unemployment_insurance_refund", "ui_refund_2020_received"),
                      ("beijing.one_off_social_insurance_subsidy", "one_off_si_subsidy_received")):
        received = getattr(si, fact) if si else None
        if received is not None:  # what the firm received is a fact of the profile (issue 8 §2)
            enjoyed.append(received)
            said.append(f"{mid}: {'received' if received else 'not received'} (social_insurance.{fact})")
            continue
        a = _other_award(ev, mid)  # else the firm is taken to claim the measure when it is eligible
        enjoyed.append(None if a.status == "undetermined" else a.status == "eligible")
        said.append(f"{mid}: {a.status}")
        if a.status == "undetermined":
            missing += [p for p in (f"social_insurance.{fact}", *a.missing) if p not in missing]
    names = "困难企业失业保险费返还 / 一次性社会保险补贴"
    mode = ev.reading("training_prior_policy")
    ok = (_tri_or(*enjoyed) if mode == "any" else
          (False if False in enjoyed else (True if all(e is True for e in enjoyed) else None)))
    ev.require(ok, f"enjoys {'one of' if mode == 'any' else 'both of'} {names} ({', '.join(said)})",
               f"enjoys {'neither' if mode == 'any' else 'not both'} of {names} ({', '.join(said)})", missing)
    hours_test = ev.reading("training_min_class_hours") == "city_40"
    still = ev.reading("training_require_still_employed")
    batches = f.trainings
    if batches is None and f.trained_employees is not None:
        ev.settle()
        count = f.trained_employees
        ev.step(f"trained_employees = {count}, taken as employees who completed the required training in 2020"
                + (" and are still employed" if still else ""))
    else:
        batches = checks.require_list(ev, batches, "trainings", "training programmes")
        ev.settle()
        assert batches is not None
        count = 0
        for i, b in enumerate(batches):
            p = f"trainings.{i}"
            if b.other_subsidy_claimed:
                ev.reasons.append(f"✗ trainings {i}: another 职业技能提升行动 subsidy claimed for it (不得重复申领)")
                continue
            if b.completed_on is not None and not n.year.contains(b.completed_on):
                ev.reasons.append(f"✗ trainings {i}: completed {b.completed_on}, not in {n.year}")
                continue
            if hours_test and b.class_hours is not None and b.class_hours < n.min_class_hours:
                ev.reasons.append(f"✗ trainings {i}: {b.class_hours} class hours < {n.min_class_hours} (累计不低于 40 课时)")
                continue
            keys = ["employees", "completed_on"] + (["class_hours"] if hours_test else []) + (
                ["still_employed"] if still else [])
            gaps = [f"{p}.{k}" for k in keys if getattr(b, k) is None]
            if gaps:
                ev.unknown(f"trainings {i}: facts needed", gaps)
                continue
            assert b.employees is not None
            c = min(b.employees, b.still_employed) if still and b.still_employed is not None else b.employees
            ev.step(f"trainings {i}: {c} employee(s)" + (f" of {b.employees} still employed" if still else "")
                    + (f", {b.class_hours} class hours ≥ {n.min_class_hours}" if hours_test else ""))
            count += c
        ev.settle()
    if count == 0:
        ev.fail(f"no trained employee qualifies (≥ {n.min_class_hours} 课时 in {n.year}"
                + (", still employed)" if still else ")"))
    amount = n.per_person * count
    ev.step(f"{count} × {yuan(n.per_person)} = {yuan(amount)}")
    ev.met(f"{count} employee(s) trained in 2020")
    ev.pay(amount)


# =====================================================================================================
# beijing.si_deferral_to_march — 延长社会保险缴费至 3 月底
# =====================================================================================================
MARCH_SOURCES = (
    MENTOUGOU_M1.cite(
        "L6386-L6413",
        "一、参保单位(个人)延长社会保险缴费(一)延长缴费的险种范围延长缴费包括职工养老、失业、工伤、职工医疗(含生育)保险。(二)可"
        "延长缴费至 3月底的具体办法1.适用的对象(1)本市正常参保缴费的参保单位(2)灵活就业人员(包含享受社会保险补贴的灵活就业人员)"
        "2.参保单位(1)此次延长缴费,主要对于因疫情影响未能按时成功缴纳 2020年 1 月和 2 月社会保险费的参保单位适当延长。延长缴费"
        "期间,参保单位的 1 月、2 月社会保险费继续按照正常流程进行缴费,凡未能按时缴费的参保单位,均可以延长至 3月底缴费。(2)因"
        "国务院办公厅调整春节假期,部分参保单位原定 1 月 31 日缴纳社会保险费的缴费期自然顺延,同样适用于“将 1月、2月应缴社会"
        "保险费缴费期延长至 3月底”的规定。(3)补缴期限和途径对于延长缴纳的社会保险费,参保单位应在疫情解除后三个月内完成补缴。",
    ),
    MENTOUGOU_M1.cite("L6509-L6511", "(四)未成功扣缴 2020 年 1 月份社会保险费的参保单位,无需提交申请,其 1 月、2 月社会保险费"
                                     "征收期自动延长至 3月底。"),
    MENTOUGOU_M2.cite(
        "L6694-L6700",
        "我市暂定将 1 月、2 月应缴社会保险费（即 2019 年 12 月及 2020 年 1 月保险）征收期延长至 3月底，延长期间各项社会保险待遇"
        "正常享受。疫情期间，用人单位未按时办理职工参保登记、缴费等业务，允许疫情结束后补办，补办应在疫情解除后三个月内完成，"
        "不收取滞纳金，不影响个人权益。",
    ),
    DONGCHENG_DZBF_2020_3.cite(
        "L2301-L2307",
        "35.对于因疫情造成社会保险费断缴的单位及个人，延长社会保险费征收期。此次延长缴费主要面对因疫情影响未能按时成功缴纳 2020年 "
        "1月和 2月社会保险费的参保单位。参保单位的 1月、2月社会保险费将按照正常流程进行缴费；未缴费成功的，均可延长至 3月底缴费。",
    ),
    DONGCHENG_DZBF_2020_3.cite(
        "L2325-L2329",
        "（1）因疫情影响企业或个人断缴 1月、2月社会保险费的，可在疫情结束后通过社会保险网上服务平台或社保业务大厅现场办理延缴"
        "期间社会保险费补缴业务，补缴时不收取滞纳金；",
    ),
    DONGCHENG_DZBF_2020_2.cite("L2576", "3．延迟缴纳社保费用，将 1月、2月应缴社会保险费征收期延长至 3月底。"),
    CHAOYANG_CZBF_2020_2.cite(
        "L2966-L2974",
        "5.适当延迟缴纳社保费用期限。按照全市统一部署，将 2020年 1月、2月应缴社会保险费征收期延长至 3月底，",
    ),
    FENGTAI_FT6.cite("L4046-L4051", "21.将 1月、2月应缴社会保险费征收期延长至 3月底。"),
    SHUNYI_SZBF_2020_3.cite("L5554-L5556", "7.延迟缴纳社会保险费。按照北京市政策规定，将 1月、2月应缴社会保险费征收期延长至 3月底。"),
    SHIJINGSHAN_SZF_2020_3.cite(
        "L4810-L4814",
        "9.延迟缴纳社会保险费，推行灵活用工政策，延迟期间，不收取滞纳金，不影响正常享受各项社会保险待遇，不影响个人权益记录，帮助"
        "各类企业稳定生产经营。",
    ),
    XICHENG_XZBF_2020_1.cite(
        "L555-L559",
        "受疫情影响较大的企业，经行业主管部门确认，疫情期间可适当延迟缴纳社会保险费。延迟缴费期间，不收取滞纳金，不影响正常享受"
        "各项社会保险待遇，不影响个人权益记录。",
    ),
)
MARCH_PARAMS = Params(
    deadline=Param(date(2020, 3, 31), "凡未能按时缴费的参保单位,均可以延长至 3月底缴费", note="3月底: 2020-03-31 included",
                   literal="3月底"),
    makeup_months=Param(3, "参保单位应在疫情解除后三个月内完成补缴", unit="months after the epidemic is lifted",
                        literal="三个月"),
)
SI_DEFERRAL_READINGS = [
    Reading("si_deferral_regular_payer_test", Literal["city", "none"], "city",
            "'本市正常参保缴费的参保单位' (L6395), defined at L6442-L6444 as no late contribution before December 2019 "
            "(不含), or the arrears made up: 'city' (default, applied to both deferrals) or 'none' (丰台, 顺义, 石景山, "
            "朝阳 and 东城 state no such test)."),
    Reading("si_deferral_march_scope", Literal["all_jan_feb", "failed_payments_only"], "all_jan_feb",
            "Who may pay January/February 2020 contributions until 2020-03-31: 'all_jan_feb' (default: '将1月、2月应缴社会"
            "保险费征收期延长至3月底', 东城 D5, 朝阳, 丰台, 顺义, 门头沟 M2) or 'failed_payments_only' (东城 D4 and 门头沟 M1: "
            "'未能按时成功缴纳…凡未能按时缴费的'; needs social_insurance.jan_feb_2020_unpaid)."),
    Reading("si_deferral_late_fee_free_until", Literal["epidemic_end_plus_3_months", "march_31"],
            "epidemic_end_plus_3_months",
            "How long deferred January/February contributions may be made up without late fee: "
            "'epidemic_end_plus_3_months' (default: max(2020-03-31, 疫情解除 + 3 months), the city text L6413, 东城 D4 "
            "L2325-L2329, 门头沟 M2 L6698-L6700; 疫情解除 is the epidemic_period_end reading) or 'march_31' (朝阳 and 东城 D5 "
            "wording: no late fee during the deferral to 3月底 only)."),
    Reading("si_deferral_month_basis", Literal["payable_months", "coverage_months"], "payable_months",
            "Which contributions '1月、2月社会保险费' are: 'payable_months' (default: payable in January and February, i.e. "
            "coverage months December 2019 and January 2020, 门头沟 M2 L6694) or 'coverage_months' (coverage months "
            "January and February 2020, the wording of 门头沟 M1 and 东城 D4)."),
]


def si_deferral_to_march(ev: Ev) -> None:
    """January/February 2020 contributions may be paid until 2020-03-31; make-up without late fee."""
    n = ev.n
    si = ev.firm.social_insurance
    if ev.reading("si_deferral_regular_payer_test") == "city":
        _regular_payer(ev)
    if ev.reading("si_deferral_march_scope") == "failed_payments_only":
        ev.require(si.jan_feb_2020_unpaid if si else None,
                   "January/February 2020 contributions not paid on time (未能按时成功缴纳)",
                   "January/February 2020 contributions were paid on time: nothing to defer (failed_payments_only)",
                   ["social_insurance.jan_feb_2020_unpaid"])
    ev.settle()
    basis = ev.reading("si_deferral_month_basis")
    months = ("contributions payable in January and February 2020 (coverage months 2019-12 and 2020-01)"
              if basis == "payable_months" else "contributions for January and February 2020 (coverage months)")
    if ev.reading("si_deferral_late_fee_free_until") == "march_31":
        free_until = n.deadline
    else:
        end = ev.reading("epidemic_period_end")
        free_until = max(n.deadline, add_months(end, n.makeup_months))
        ev.step(f"make-up without late fee until max({n.deadline}, 疫情解除 {end} + {n.makeup_months} months) = {free_until}")
    payable = si.jan_feb_2020_payable if si else None
    if payable is not None:
        ev.step(f"deferred {yuan(exact(payable))} to {n.deadline}; the amount is unchanged (relief is time, not money)")
    ev.met("参保单位: January/February 2020 contributions may be paid until 2020-03-31")
    ev.effect("deferral", f"{months}: due {n.deadline}" + (f" ({yuan(exact(payable))})" if payable is not None else ""))
    ev.effect("late_fee", f"none for payment or make-up by {free_until}")
    ev.pay(Decimal(0))


# =====================================================================================================
# beijing.si_deferral_to_july_key_industries — 受影响行业企业延长缴费至 7 月底
# =====================================================================================================
JULY_SOURCES = (
    MENTOUGOU_M1.cite(
        "L6433-L6452",
        "(三)可延长缴费至 7月底的具体办法1.适用的对象及条件(1)在本市正常参保缴费,属于旅游、住宿、餐饮、会展、商贸流通、交通运输、"
        "教育培训、文艺演出、影视剧院、冰雪体育行业且经市级相关行业主管部门确认的企业。不属于上述行业,以及未经市级相关行业主管部门"
        "确认的企业不能延长缴费至 7月底。(2)“在本市正常参保缴费”系指:2019年 12月(不含)前不存在未按时缴纳社会保险费情况。2019 年 "
        "12 月(不含)前存在未按时缴纳社会保险费的企业,需将之前未按时缴纳社会保险费补齐后,方可作为适用的对象。2.与延长缴费至 3 月底"
        "政策的衔接符合上述条件的企业,先按照第二条办法执行延长缴费至 3 月底,同时,按规定流程申请延长缴费至 7月底。",
    ),
    MENTOUGOU_M1.cite("L6454-L6456", "3.申请流程符合上述条件的企业,可于 2 月 17 日至 3 月 20 日期间,登录“北京市社会保险网上服"),
    FANGSHAN_F1.cite(
        "L5627-L5635",
        "受疫情影响较大的冰雪体育企业的社会保险费征收期延长至 7月底。于 2020年 2月 17日至 3月 20日期间，登录“北京市社会保险网上"
        "服务平台”，通过新开设的“我要申请延长缴费”通道，按要求填写相关信息，进行网上申请。",
    ),
    DONGCHENG_DZBF_2020_3.cite(
        "L2311-L2335",
        "对于旅游、住宿、餐饮、会展、商贸流通、交通运输、教育培训、文艺演出、影视剧院、冰雪体育等受影响较大的行业企业，经相关行业主管"
        "部门确认，可将疫情影响期间应缴社会保险费征收期延长至 7月底。",
    ),
    DONGCHENG_DZBF_2020_2.cite(
        "L2576-L2584",
        "对于旅游、住宿、餐饮、会展、商贸流通、交通运输、教育培训、文艺演出、影视剧院、冰雪体育等受影响较大的行业企业，经相关行业主管"
        "部门确认，可将疫情影响期间应缴社会保险费征收期延长至 7月底。延迟缴费期间，不收取滞纳金，不影响正常享受各项社会保险待遇，"
        "不影响个人权益记录。",
    ),
    CHAOYANG_CZBF_2020_2.cite(
        "L2966-L2976",
        "对于旅游、住宿、餐饮、会展、商贸流通、交通运输、教育培训、文艺演出、影视剧院、冰雪体育等受影响较大的行业企业，经相关行业主管"
        "部门确认，可将疫情影响期间应缴社会保险费征收期延长至 7月底。延迟缴费期间，不收取滞纳金，不影响正常享受各项社会保险待遇，"
        "不影响个人权益记录。",
    ),
    FENGTAI_FT6.cite("L4046-L4051", "对于受影响较大的行业企业，经相关行业主管部门确认，可将疫情影响期间应缴社会保险费征收期延长至 "
                                    "7月底。延迟缴费期间，不收取滞纳金，不影响正常享受各项社会保险待遇，不影响个人权益记录。"),
    SHUNYI_SZBF_2020_3.cite(
        "L5556-L5562",
        "对于旅游、住宿、餐饮、会展、商贸流通、交通运输、教育培训、文艺演出、影视剧院、冰雪体育等受影响较大的行业企业，经相关行业主管"
        "部门确认，可将疫情影响期间应缴社会保险费征收期延长至 7月底。延迟缴费期间，不收取滞纳金，",
    ),
    SHIJINGSHAN_SZF_2020_3.cite("L4810-L4814", "9.延迟缴纳社会保险费，推行灵活用工政策，延迟期间，不收取滞纳金，"),
    XICHENG_XZBF_2020_1.cite("L555-L559", "受疫情影响较大的企业，经行业主管部门确认，疫情期间可适当延迟缴纳社会保险费。"),
)
JULY_PARAMS = Params(
    industries=Param(
        ("tourism", "culture_tourism", "accommodation", "catering", "exhibition", "wholesale", "retail", "transport",
         "logistics", "education_training", "performing_arts", "cinema", "ice_snow_sports"),
        "旅游、住宿、餐饮、会展、商贸流通、交通运输、教育培训、文艺演出、影视剧院、冰雪体育",
        note="商贸流通 = wholesale and retail; 交通运输 = transport and logistics; 旅游 = tourism and culture_tourism",
    ),
    deadline=Param(date(2020, 7, 31), "可将疫情影响期间应缴社会保险费征收期延长至 7月底", note="7月底: 2020-07-31 included",
                   literal="7月底"),
    apply=Param(Window(date(2020, 2, 17), date(2020, 3, 20)), "可于 2 月 17 日至 3 月 20 日期间",
                literal="2 月 17 日至 3 月 20 日"),
)
JULY_READINGS = [
    Reading("si_deferral_july_industry_list", Literal["closed", "open"], "closed",
            "The ten industries: 'closed' (default, the city rule L6437-L6440: '不属于上述行业…不能延长缴费至7月底') or "
            "'open' (朝阳, 东城, 顺义 end the list with '等'; 丰台 and 西城 （三） name no industry: any heavily affected "
            "firm confirmed by its industry authority)."),
    Reading("si_deferral_july_application", bool, True,
            "Whether the online application 2020-02-17..2020-03-20 (门头沟 L6456, 房山 L5633) is a condition: True "
            "(default, the city procedure) or False (朝阳, 东城, 丰台, 顺义 state no window)."),
]


def si_deferral_to_july_key_industries(ev: Ev) -> None:
    """Contributions payable in the epidemic period may be paid until 2020-07-31, for ten confirmed industries."""
    n = ev.n
    f = ev.firm
    si = f.social_insurance
    if ev.reading("si_deferral_regular_payer_test") == "city":
        _regular_payer(ev)
    if ev.reading("si_deferral_july_industry_list") == "closed":
        checks.require_industry(ev, n.industries, "the ten industries (旅游、住宿、餐饮、会展、商贸流通、交通运输、教育培训、"
                                                  "文艺演出、影视剧院、冰雪体育)")
    elif f.industry is not None and f.industry in n.industries:
        ev.met(f"industry {f.industry} is among the ten named industries")
    else:
        checks.require_qualification(ev, "heavily_affected", True, "受影响较大 (an unlisted industry: open reading)",
                                     "not among the ten industries and not 受影响较大")
    ev.require(si.july_deferral_confirmed if si else None, "confirmed by the 市级相关行业主管部门",
               "not confirmed by the municipal industry authority (未经市级相关行业主管部门确认)",
               ["social_insurance.july_deferral_confirmed"])
    if ev.reading("si_deferral_july_application"):
        checks.require_in_window(ev, si.july_deferral_applied_on if si else None, n.apply, "applied online (我要申请延长缴费)",
                                 "social_insurance.july_deferral_applied_on")
    ev.settle()
    start = ev.reading("epidemic_period_start")
    ev.met("may defer contributions of the epidemic period to 2020-07-31 (first the end-March deferral)")
    ev.effect("deferral", f"contributions payable in the 疫情影响期间 (from {start}) due {n.deadline}")
    ev.effect("late_fee", f"none for payment by {n.deadline}")
    ev.pay(Decimal(0))


# =====================================================================================================
# beijing.si_january_refund — 已扣缴 2020 年 1 月份社会保险费退费
# =====================================================================================================
JAN_SOURCES = (
    MENTOUGOU_M1.cite(
        "L6474-L6493",
        "二、参保单位办理已扣缴 2020年 1月份社会保险费(养老、失业、工伤保险费)退费(一)已扣缴 2020年 1月份社会保险费的参保单位,确因"
        "实际需要,可申请退费。参保单位可于 2 月 17 日至 29 日登录“北京市社会保险网上服务平台”",
    ),
    MENTOUGOU_M1.cite(
        "L6482-L6493",
        "申请退费的参保单位,其 2月份社会保险费将不再继续自动扣缴。上述参保单位中,1 月份已有办理退休、转移接续、死亡清算等涉及账户"
        "清算类业务的人员,此类人员 1月份社会保险费不再办理退费,其他人员的社会保险费退费可正常办理。2 月 17 日至 21 日申请退费的参保"
        "单位,已扣缴的 1 月份社会保险费将于 2 月底前退回参保单位银行账户。22 日至 29 日申请退费的参保单位,已扣缴的 1 月份社会保险费"
        "将于 3月份退回参保单位银行账户。",
    ),
)
JAN_PARAMS = Params(
    apply=Param(Window(date(2020, 2, 17), date(2020, 2, 29)), "参保单位可于 2 月 17 日至 29 日登录",
                literal="2 月 17 日至 29 日"),
    early=Param(Window(date(2020, 2, 17), date(2020, 2, 21)),
                "2 月 17 日至 21 日申请退费的参保单位,已扣缴的 1 月份社会保险费将于 2 月底前退回", literal="2 月 17 日至 21 日"),
    early_refund_by=Param(date(2020, 2, 29), "2 月 17 日至 21 日申请退费的参保单位,已扣缴的 1 月份社会保险费将于 2 月底前退回",
                          literal="2 月底"),
    late=Param(Window(date(2020, 2, 22), date(2020, 2, 29)), "22 日至 29 日申请退费的参保单位,已扣缴的 1 月份社会保险费将于 3月份退回",
               convention="'22 日至 29 日' are days of February, the month of the sentence before ('2 月 17 日至 21 日'); the "
                          "literal reader reads a bare day only after a month in the same literal"),
    late_refund_in=Param(Window(date(2020, 3, 1), date(2020, 3, 31)),
                         "22 日至 29 日申请退费的参保单位,已扣缴的 1 月份社会保险费将于 3月份退回", literal="3月份"),
    repay_by=Param(date(2020, 3, 31), "选择“我要申请退回缴费或申请延期至 3 月底”", literal="3 月底"),
    makeup_months=Param(3, "参保单位应在疫情解除后三个月内完成补缴", unit="months after the epidemic is lifted",
                        literal="三个月", note="the make-up rule (L6413) of the reading epidemic_end_plus_3_months"),
)
JAN_READINGS = [
    Reading("si_january_refund_repay_by", Literal["march_31", "epidemic_end_plus_3_months"], "march_31",
            "By when the refunded January contributions are due again: 'march_31' (default: the refund is an option of "
            "'我要申请退回缴费或申请延期至3月底', L6482) or 'epidemic_end_plus_3_months' (the make-up rule L6413)."),
]


def si_january_refund(ev: Ev) -> None:
    """Refund of January 2020 pension/unemployment/work-injury contributions already debited (payable again later)."""
    n = ev.n
    si = ev.firm.social_insurance
    debited = ev.need(si.jan_2020_debited if si else None, "social_insurance.jan_2020_debited",
                      "January 2020 contributions already debited")
    settled = ev.need(si.jan_2020_settled_persons if si else None, "social_insurance.jan_2020_settled_persons",
                      "the part for staff with retirement/transfer/death settlement in January")
    checks.require_in_window(ev, si.jan_refund_applied_on if si else None, n.apply, "refund applied for",
                             "social_insurance.jan_refund_applied_on")
    ev.settle()
    assert si is not None and debited is not None and settled is not None and si.jan_refund_applied_on is not None
    refund = debited - min(settled, debited)
    if refund == 0:
        ev.fail(f"nothing to refund: {yuan(exact(debited))} debited for January 2020, all of it for staff with settled "
                f"accounts ({yuan(exact(settled))}, 此类人员 1月份社会保险费不再办理退费)")
    ev.step(f"refund = {yuan(exact(debited))} debited − {yuan(exact(min(settled, debited)))} for settled accounts = "
            f"{yuan(exact(refund))}")
    applied = si.jan_refund_applied_on
    if n.early.contains(applied):
        when = f"by {n.early_refund_by} (2 月底前; applied {applied}, within {n.early})"
    else:
        assert n.late.contains(applied)
        when = f"in {n.late_refund_in.start:%B %Y} (3月份, {n.late_refund_in}; applied {applied}, within {n.late})"
    if ev.reading("si_january_refund_repay_by") == "march_31":
        due = n.repay_by
    else:
        end = ev.reading("epidemic_period_end")
        due = max(n.repay_by, add_months(end, n.makeup_months))
        ev.step(f"due again by max({n.repay_by}, 疫情解除 {end} + {n.makeup_months} months) = {due}")
    ev.met("January 2020 contributions refunded on application; February no longer debited automatically")
    ev.effect("refund", f"{yuan(exact(refund))} returned {when}; due again by {due} (a deferral, not a reduction)")
    ev.pay(Decimal(0))


# =====================================================================================================
# beijing.flexible_worker_si_gap_makeup — 灵活就业人员延长缴费及断缴补缴
# =====================================================================================================
FLEX_SOURCES = (
    MENTOUGOU_M1.cite(
        "L6423-L6431",
        "3.灵活就业人员(包含享受社会保险补贴的灵活就业人员)1 月、2月仍按照正常业务流程,按月进行统一缴费(通过银行扣款)。凡未成功缴费"
        "的人员,均可以延长至 3月底缴费。2019年 12月至 2020年 2月期间出现因缴费不成功导致缴费中断的人员,可以补缴,不视为断缴;补缴后,"
        "中断期间的医疗保险待遇可以享受,不受 6 个月待遇等待期限制。",
    ),
    DONGCHENG_DZBF_2020_3.cite("L2309-L2311", "对于灵活就业人员 1月、2月仍按照正常业务流程，按月进行统一缴费，未成功缴费的灵活就业"
                                             "人员，均可延长至 3月底缴费。"),
)
FLEX_PARAMS = Params(
    deadline=Param(date(2020, 3, 31), "凡未成功缴费的人员,均可以延长至 3月底缴费", literal="3月底"),
    gap=Param(Window(date(2019, 12, 1), date(2020, 2, 29)), "2019年 12月至 2020年 2月期间出现因缴费不成功导致缴费中断的人员",
              literal="2019年 12月至 2020年 2月"),
    waiting_months=Param(6, "不受 6 个月待遇等待期限制", unit="months of medical waiting period waived",
                         literal="6 个月"),
)


def flexible_worker_si_gap_makeup(ev: Ev) -> None:
    """A flexible worker's failed January/February debits may be paid until 2020-03-31; a Dec-2019..Feb-2020 gap
    from failed debits is not a break, without the 6-month medical waiting period."""
    n = ev.n
    fw = ev.firm.flexible_worker
    if fw is None:
        ev.fail("for flexible-employment individuals (灵活就业人员); the profile has no flexible_worker section")
    debit = fw.debit_failed_jan_feb_2020
    covered: Window | None = None
    if fw.gap_start is None or fw.gap_end is None or fw.gap_due_to_failed_debit is None:
        gap = None if (fw.gap_start, fw.gap_end, fw.gap_due_to_failed_debit) != (None, None, None) else False
        gap_paths = [f"flexible_worker.{k}" for k in ("gap_start", "gap_end", "gap_due_to_failed_debit")
                     if getattr(fw, k) is None] if gap is None else []
    else:
        # the gap is an item with its own period (whole months): only its part inside 2019-12..2020-02 is relieved
        months = Window(month_start(fw.gap_start), month_end(fw.gap_end))
        covered = months.intersection(n.gap)
        gap = fw.gap_due_to_failed_debit and covered is not None
        gap_paths = []
        if fw.gap_due_to_failed_debit and covered is None:
            ev.reasons.append(f"✗ the gap {months} lies wholly outside {n.gap}")
    ok = _tri_or(debit, gap)
    paths = (["flexible_worker.debit_failed_jan_feb_2020"] if debit is None else []) + gap_paths
    ev.require(ok, f"灵活就业人员 with a failed January/February 2020 debit or a gap from failed debits in {n.gap}",
               f"no failed January/February 2020 debit and no gap from failed debits in {n.gap}", paths)
    ev.settle()
    if debit:
        ev.effect("deferral", f"January/February 2020 contributions due {n.deadline}")
    if gap:
        assert covered is not None and fw.gap_start is not None and fw.gap_end is not None
        outside = "" if covered == Window(month_start(fw.gap_start), month_end(fw.gap_end)) else (
            f" (the months of the gap outside {n.gap} follow the usual rules)")
        ev.effect("continuity", f"the gap {covered} may be made up and is not a break (不视为断缴); no "
                                f"{n.waiting_months}-month medical waiting period{outside}")
    ev.pay(Decimal(0))


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
HIRE_READINGS = [
    Reading("hire_subsidy_base_cap_monthly", Decimal | None, None,
            "The monthly cap of the pension/UI subsidy base for priority groups, '以上年度全口径城镇就业人员平均工资的 60%' "
            "(L5833-L5835). None (default) takes the published figure: 60% × 8,847 = 5,308.20 yuan, 8,847 being the "
            "2019 monthly 全口径城镇单位就业人员平均工资 of 北京市人力资源和社会保障局's table (上年度 of 2020; "
            "subsidycalc.reference.public_figures). A value (yuan per month) overrides it, e.g. for subsidy months of "
            "another year."),
    Reading("si_min_base_pension_monthly", Decimal | None, None,
            "最低缴费基数 of basic pension insurance, yuan per month (L5843-L5845), not in the seed; " + _NOT_PUBLISHED
            + ": None leaves the pension part of the SI subsidy for other registered unemployed unquantified."),
    Reading("si_min_base_unemployment_monthly", Decimal | None, None,
            "最低缴费基数 of unemployment insurance, yuan per month (L5843-L5845), not in the seed; " + _NOT_PUBLISHED
            + ": None leaves the unemployment part of the SI subsidy for other registered unemployed unquantified."),
    Reading("si_min_base_medical_monthly", Decimal | None, None,
            "医疗保险最低缴费基数, yuan per month (L5837, L5843-L5845), not in the seed; " + _NOT_PUBLISHED
            + ": None leaves the medical part of both hire subsidies unquantified (the award then pays the rest and "
            "says so)."),
    Reading("hire_subsidy_job_prorate", Literal["monthly", "half_years"], "monthly",
            "How the 8,000 yuan/person/year job subsidy covers part of a year: 'monthly' (default, 8,000 × months / 12) "
            "or 'half_years' (only completed half-years, the claim cycle 每满半年, 4,000 each)."),
    Reading("hire_subsidy_claim_day_count", Literal["day_one", "day_zero"], "day_one",
            "'次月起 90日内': 'day_one' (default: the first day of the next month is day 1, so 2020-02-01..2020-04-30) or "
            "'day_zero' (it is day 0: one day later)."),
    Reading("hire_subsidy_claim_rule", Literal["city", "dongcheng"], "city",
            "The claim timing text: 'city' (default, L5850-L5852: every full half-year or year of contract with social "
            "insurance actually paid) or 'dongcheng' (东城 D4 item 37 L2368-L2374: contract performed, no mention of "
            "实际缴纳社会保险费, and the first claim is approved by 市人力社保局 before later ones)."),
]


def claim_window(hired_on: date, months_done: int, day_count: str,
                 days: int = _HIRE_COMMON["claim_days"].value) -> Window:
    """The 90-day claim window after ``months_done`` months of contract from ``hired_on``: it opens on the first
    day of the month after the one in which those months complete (东城 examples: hired 2019-08-01, six months
    → 2020-02-01..2020-04-30)."""
    completed = add_days(add_months(hired_on, months_done), -1)
    opens = add_months(month_start(completed), 1)
    return Window(opens, add_days(opens, days - 1 if day_count == "day_one" else days))


#: the registration each group of the city scheme needs: 失业登记 or 农村劳动力转移就业登记 for the priority groups
#: (L5823-L5825), 登记失业 for the other registered unemployed (L5839)
_REGISTRATIONS = {"priority_groups": ("unemployment", "rural_transfer"), "registered_unemployed": ("unemployment",)}


def _one_off_received(ev: Ev) -> bool | None:
    """Whether the firm enjoyed the one-off SI subsidy: the profile fact, else the library's evaluation of it."""
    si = ev.firm.social_insurance
    fact = si.one_off_si_subsidy_received if si else None
    if fact is not None:
        return fact
    status = _other_award(ev, "beijing.one_off_social_insurance_subsidy").status
    return None if status == "undetermined" else status == "eligible"


def _hire_subsidy(ev: Ev, group: str) -> None:
    f, n = ev.firm, ev.n
    priority = group == "priority_groups"
    label = ("本市“4050”人员等就业困难人员 (priority groups)" if priority else "本市其他登记失业人员 (other registered unemployed)")
    hires = checks.require_list(ev, f.hires, "hires", "hires")
    ev.settle()
    assert hires is not None
    ok: list[tuple[int, Hire]] = []
    for i, h in enumerate(hires):
        if h.group is not None and h.group != group:
            continue
        p = f"hires.{i}"
        fails = []
        if h.registration is not None and h.registration not in _REGISTRATIONS[group]:
            fails.append(f"registration {h.registration}: the scheme needs {' or '.join(_REGISTRATIONS[group])} "
                         "(失业登记 / 农村劳动力转移就业登记)")
        if h.contract_months is not None and h.contract_months < n.min_contract_months:
            fails.append(f"contract {h.contract_months} months < {n.min_contract_months} (一年及以上)")
        if h.social_insurance_paid is False:
            fails.append("social insurance not paid as required")
        if h.monthly_wage_at_least_1_2x_minimum is False:
            fails.append("wage below 1.2 × the Beijing minimum in some month")
        if h.count == 0:
            fails.append("a batch of 0 persons")
        if h.months_performed == 0:
            fails.append("no month of contract performed with social insurance paid yet")
        if fails:
            ev.reasons.append(f"✗ hires {i}: " + "; ".join(fails))
            continue
        keys = ["group", "count", "contract_months", "social_insurance_paid", "monthly_wage_at_least_1_2x_minimum",
                "months_performed"] + (["contribution_base"] if priority else [])
        gaps = [f"{p}.{k}" for k in keys if getattr(h, k) is None]
        if gaps:
            ev.unknown(f"hires {i}: facts needed to decide whether the batch qualifies", gaps)
            continue
        ok.append((i, h))
    ev.settle()
    if not ok:
        ev.fail(f"no qualifying hire of {label} with months of contract performed")
    # the monthly SI subsidy: rate × base per insurance; a base the seed does not state and no reading supplies is left
    # out (the award is then unquantified and pays the rest)
    med = ev.reading("si_min_base_medical_monthly")
    cap: Fraction | None = None
    if priority:
        override = ev.reading("hire_subsidy_base_cap_monthly")
        if override is None:
            cap = exact(n.base_cap_share) * exact(n.average_wage_monthly)
            ev.step(f"subsidy base cap: {pct(n.base_cap_share)} × {yuan(n.average_wage_monthly)} (2019 全口径城镇单位就业"
                    f"人员月平均工资, 北京市人社局) = {yuan(cap)}")
        else:
            cap = exact(override)
            ev.step(f"subsidy base cap: {yuan(cap)} (assumptions.hire_subsidy_base_cap_monthly)")
        parts: list[tuple[str, Decimal, Decimal | None, str]] = [
            ("pension + unemployment", n.pension_rate + n.ui_rate, None, "capped"),
            ("medical", n.medical_rate, med, "si_min_base_medical_monthly")]
    else:
        parts = [("pension", n.pension_rate, ev.reading("si_min_base_pension_monthly"), "si_min_base_pension_monthly"),
                 ("unemployment", n.ui_rate, ev.reading("si_min_base_unemployment_monthly"),
                  "si_min_base_unemployment_monthly"),
                 ("medical", n.medical_rate, med, "si_min_base_medical_monthly")]
    unknown_parts = [(what, name) for what, _, base, name in parts if name != "capped" and base is None]
    needs = [f"assumptions.{name}" for _, name in unknown_parts]
    job_total = si_total = deduction = Fraction(0)
    per_hire_unknown: list[str] = []
    one_off: bool | None = None
    asked = False
    for i, h in ok:
        count, performed, contract = ev.known(h.count), ev.known(h.months_performed), ev.known(h.contract_months)
        months = min(performed, contract, n.max_months)
        ev.step(f"hires {i}: {count} person(s), {months} month(s) counted (min of {performed} performed, "
                f"contract {contract}, at most {n.max_months})")
        if priority:
            if ev.reading("hire_subsidy_job_prorate") == "monthly":
                job = exact(n.job_per_year) * months / n.months_per_year * count
                ev.step(f"hires {i}: job subsidy {yuan(n.job_per_year)} × {months}/{n.months_per_year} × {count} = "
                        f"{yuan(job)}")
            else:
                halves = months // n.claim_cycle_months
                job = exact(n.job_per_year) * halves * n.claim_cycle_months / n.months_per_year * count
                ev.step(f"hires {i}: job subsidy {yuan(n.job_per_year)} × {halves} half-year(s) × "
                        f"{n.claim_cycle_months}/{n.months_per_year} × {count} = {yuan(job)}")
            job_total += job
        monthly = Fraction(0)
        terms: list[str] = []
        for _, rate, base, name in parts:
            if name == "capped":
                assert cap is not None
                b = min(exact(ev.known(h.contribution_base)), cap)
                terms.append(f"{pct(rate)} × min({yuan(exact(ev.known(h.contribution_base)))}, {yuan(cap)})")
            elif base is None:
                continue
            else:
                b = exact(base)
                terms.append(f"{pct(rate)} × {yuan(exact(base))}")
            monthly += exact(rate) * b
        if not terms:
            continue
        ev.step(f"hires {i}: SI subsidy per month = {' + '.join(terms)} = {yuan(monthly)}")
        si = monthly * months * count
        ev.step(f"hires {i}: SI subsidy {yuan(monthly)} × {months} × {count} = {yuan(si)}")
        si_total += si
        share = h.one_off_si_subsidy_share
        if share is None:
            if not asked:
                one_off, asked = _one_off_received(ev), True
            if one_off is not False:
                per_hire_unknown.append(f"hires.{i}.one_off_si_subsidy_share")
        elif share:
            deduction += exact(share)
    if per_hire_unknown:
        ev.unknown("the firm may have enjoyed the one-off SI subsidy (核减已享受的相应补贴): its part for these hires is "
                   "needed", per_hire_unknown)
        ev.settle()
    if deduction:
        after = max(Fraction(0), si_total - deduction)
        ev.step(f"核减已享受的相应补贴: SI subsidy {yuan(si_total)} − {yuan(deduction)} (one-off SI subsidy for these hires) "
                f"= {yuan(after)}")
        si_total = after
    timing = ev.reading("hire_subsidy_claim_rule")
    day_count = ev.reading("hire_subsidy_claim_day_count")
    windows = []
    for i, h in ok:
        done = ev.known(h.months_performed) // n.claim_cycle_months * n.claim_cycle_months
        if h.hired_on is not None and done:
            windows.append(f"hires {i}: {claim_window(h.hired_on, done, day_count, n.claim_days)}")
    rule = ("each full half-year or year of contract with social insurance actually paid" if timing == "city" else
            "first claim after a full half-year or year of contract, later claims after 市人力社保局 approval")
    ev.effect("apply", f"within {n.claim_days} days from the next month after {rule} (市人社局 '用人单位岗补社补')"
              + (": " + "; ".join(windows) if windows else ""))
    ev.met(f"{sum(ev.known(h.count) for _, h in ok)} qualifying hire(s) of {label}")
    total = job_total + si_total
    if priority:
        ev.step(f"total = job {yuan(job_total)} + SI {yuan(si_total)} = {yuan(total)}")
    ev.pay(total)
    if needs:
        ev.quantified = False
        ev.needs.extend(needs)
        ev.reasons.append("the SI subsidy's " + ", ".join(what for what, _ in unknown_parts) + " part needs a minimum "
                          "contribution base the seed does not state and no official publication was found for; the "
                          "amount counts only the rest; supply " + ", ".join(needs))


def hire_subsidy_priority_groups(ev: Ev) -> None:
    """Job subsidy 8,000/person/year and SI subsidy (16% + 0.8% of the capped base, 10% of the minimum medical base)
    per month, up to five years, for hiring 本市 hard-to-employ registered persons."""
    _hire_subsidy(ev, "priority_groups")


def hire_subsidy_other_registered_unemployed(ev: Ev) -> None:
    """SI subsidy of 16% / 0.8% / 10% of each insurance's minimum base per month, up to three years, for hiring other
    本市 registered unemployed persons."""
    _hire_subsidy(ev, "registered_unemployed")


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


# =====================================================================================================
# beijing.startup_* — 创业担保贷款 (city loan rules and ceilings: information, not relief)
# =====================================================================================================
STARTUP_EXT_SOURCE = MENTOUGOU_M1.cite(
    "L6213-L6221",
    "对已发放个人创业担保贷款,借款人患新型冠状病毒感染肺炎的,可向贷款银行申请展期还款,展期期限原则上不超过 1 年,财政部门继续给予"
    "贴息支持。对受疫情影响暂时失去收入来源的个人和小微企业,符合借款人条件的,开通绿色通道,优先办理贷款担保和贷款发放相关手续。",
)
STARTUP_BORROWER_SOURCE = MENTOUGOU_M1.cite(
    "L6225-L6246",
    "本市创业担保贷款借款人资格认定对象为申请本市创业担保贷款的个人借款人和小微企业借款人。借款人在本市注册经营的,应符合本市产业导向。",
)
STARTUP_INDIVIDUAL_SOURCE = MENTOUGOU_M1.cite(
    "L6264-L6270",
    "(1)个人借款人在北京市注册个体工商户的,创业担保贷款担保额度最高不超过 30 万元;合伙创业或组织起来共同创业的,符合个人借款人条件的"
    "每个借款人创业担保贷款担保额度最高不超过 30 万元,单一企业多个借款人的创业担保贷款担保额度总和最高不超过 100 万元。",
)
STARTUP_SMALL_SOURCE = MENTOUGOU_M1.cite(
    "L6244-L6246", "在本市、天津市、河北省行政区域内注册经营的,可按照规定申请个人创业小额便捷贷款。",
)
STARTUP_SMALL_SOURCE_2 = MENTOUGOU_M1.cite("L6272", "(2)个人小额便捷贷款最高额度 15万。")
STARTUP_SME_SOURCE = MENTOUGOU_M1.cite(
    "L6248-L6278",
    "②企业当年新招用符合个人借款人条件的人员(不包括大学生村官、留学回国学生、返乡创业农民工、网络商户)数量达到企业现有在职职工人数的 "
    "30%(超过 100 人的企业达到15%),并与其签订 1年以上劳动合同。③企业无拖欠职工工资、欠缴社会保险费等违法违规信用记录。",
)
STARTUP_SME_SOURCE_2 = MENTOUGOU_M1.cite(
    "L6274-L6278",
    "(3)在本市注册经营的小微企业,当年新招用符合创业担保贷款申请条件的人员数量达到企业现有在职职工人数 25%(超过 100人的企业达到 15%)"
    "并与其签订 1年以上劳动合同的,可根据所招用人数和每人不超过 15 万元的标准,申请最高不超过 300 万元的创业担保贷款。",
)
STARTUP_READINGS = [
    Reading("startup_small_micro_hire_ratio", Literal["0.30", "0.25"], "0.30",
            "The hiring share a small or micro borrower must reach: '0.30' (default, the qualification clause ② L6256) "
            "or '0.25' (the quota clause (3) L6276); both give 15% for firms over 100 staff. Information entry: shown in "
            "the catalog, never paid."),
]

# =====================================================================================================
# Employer wage obligations (information, not relief)
# =====================================================================================================
OVERTIME_SOURCE = MENTOUGOU_M1.cite(
    "L6538-L6542",
    "根据《国务院办公厅关于延长 2020年春节假期的通知》,2020年 1月 31日至 2月 2日期间因疫情防控不能休假和提前结束休假复工的职工,企业"
    "应当安排其同等时间的补休,不能安排补休的,按照不低于工资基数的 200%支付加班工资。",
)
QUARANTINE_SOURCE = MENTOUGOU_M1.cite(
    "L6519-L6531",
    "(一)对新型冠状病毒感染的肺炎患者、疑似病人、密切接触者在其隔离治疗期间或医学观察期间以及因政府实施隔离措施或者采取其他紧急措施导致"
    "不能提供正常劳动的职工,企业应当视同提供正常劳动并支付其工资,不得解除劳动关系。在此期间,劳动合同到期的,分别顺延至职工医疗期期满、"
    "医学观察期期满、隔离期期满或者政府采取的紧急措施结束。(二)对于企业要求职工通过网络、电话等灵活方式在家上班的,按照正常工作期间的工资"
    "收入支付工资。",
)
CHILDCARE_SOURCE = MENTOUGOU_M1.cite(
    "L6548-L6556",
    "(一)每户家庭可有一名职工在家看护未成年子女,视为因政府实施隔离措施或采取其他紧急措施导致不能提供正常劳动的情形,期间的工资待遇由职工所属"
    "企业按出勤照发。(二)职工看护未成年子女期间,企业不得解除劳动合同;劳动合同到期的,顺延至政府实施隔离措施或采取其他紧急措施结束。",
)

# =====================================================================================================
# beijing.medical_insurance_late_processing — 医疗、生育保险逾期办理 (疫情解除后三个月内)
# =====================================================================================================
MEDICAL_SOURCE = DONGCHENG_DZBF_2020_3.cite(
    "L2341-L2358",
    "36.适时调整本市医疗保险费征收期，允许用人单位和个人延期办理医疗保险和生育保险相关业务，具体调整时限另行向社会通告。因受疫情影响，用人"
    "单位逾期办理职工参保登记、缴费、在职转退休等业务的，在疫情解除后经办机构应及时受理。灵活就业人员和城乡居民未能及时办理参保缴费的，"
    "允许疫情解除后补办。逾期办理的不影响基本医疗保险和生育保险的待遇享受和权益，补办手续应在疫情解除后三个月内完成。",
)
MEDICAL_PARAMS = Params(
    months=Param(3, "补办手续应在疫情解除后三个月内完成", unit="months after the epidemic is lifted", literal="三个月"),
)


def medical_insurance_late_processing(ev: Ev) -> None:
    """Late medical/maternity insurance enrolment, contributions and retirement transfers are accepted until three
    months after the epidemic is lifted, without loss of benefits."""
    end = ev.reading("epidemic_period_end")
    due = add_months(end, ev.n.months)
    ev.step(f"疫情解除 {end} (epidemic_period_end) + {ev.n.months} months = {due}")
    ev.met("用人单位: late medical/maternity insurance business is accepted after the epidemic")
    ev.effect("deferral", f"medical and maternity insurance enrolment, contributions and retirement transfers may be "
                          f"completed by {due} without loss of benefits")
    ev.pay(Decimal(0))


# =====================================================================================================
# The catalog entries of this module
# =====================================================================================================
def _info(id_: str, title_zh: str, title_en: str, kind: str, beneficiary: str, sources: tuple, summary: str,
          aliases: tuple[str, ...], params: Params | None = None, readings: tuple[str, ...] = ()) -> Measure:
    return Measure(id=id_, district="beijing", title_zh=title_zh, title_en=title_en, kind=kind,
                   beneficiary=beneficiary,  # type: ignore[arg-type]
                   sources=sources, calc=checks.information, params=params or Params(), readings=readings,
                   aliases=aliases, relief=False, summary=summary)


MEASURES = [
    Measure(
        id="beijing.one_off_social_insurance_subsidy",
        district="beijing",
        title_zh="一次性社会保险补贴",
        title_en="One-off social insurance subsidy (30% / 50% of three months of employer contributions)",
        kind="social_insurance_subsidy",
        beneficiary="enterprise",
        sources=SI_SOURCES,
        calc=one_off_social_insurance_subsidy,
        params=SI_PARAMS,
        readings=tuple(r.name for r in SI_READINGS),
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
        calc=hardship_unemployment_insurance_refund,
        params=UI_PARAMS,
        readings=tuple(r.name for r in UI_READINGS),
        aliases=("chaoyang.hardship_ui_premium_refund", "mentougou.hardship_ui_refund",
                 "beijing.hardship_ui_refund"),  # the last: ERRATA_04_06's proposed id (README chose this one)
        apply_window=UI_PARAMS.apply,
        summary="6 × M (2019 monthly unemployment benefit, not in the seed) × insured employees",
    ),
    Measure(
        id="beijing.skills_training_subsidy",
        district="beijing",
        title_zh="一次性技能培训补贴",
        title_en="One-off skills-training subsidy: 1,000 yuan per employee trained ≥ 40 class hours in 2020",
        kind="training_subsidy",
        beneficiary="enterprise",
        sources=TRAINING_SOURCES,
        calc=skills_training_subsidy,
        params=TRAINING_PARAMS,
        readings=tuple(r.name for r in TRAINING_READINGS),
        aliases=("dongcheng.skills_training_subsidy", "chaoyang.skills_training_subsidy",
                 "mentougou.skills_training_subsidy"),
        apply_note="online, 市人力社保局 '职业技能提升行动' module",
        summary="1,000 × employees trained ≥ 40 课时 in 2020 and still employed; only after the UI refund or the one-off "
                "SI subsidy",
    ),
    Measure(
        id="beijing.si_deferral_to_march",
        district="beijing",
        title_zh="延长社会保险缴费至3月底",
        title_en="January/February 2020 social-insurance contributions payable until 2020-03-31, without late fee",
        kind="deferral",
        beneficiary="enterprise",
        sources=MARCH_SOURCES,
        calc=si_deferral_to_march,
        params=MARCH_PARAMS,
        readings=(*(r.name for r in SI_DEFERRAL_READINGS), "epidemic_period_end"),
        aliases=("chaoyang.si_contribution_deferral_to_march", "dongcheng.social_insurance_contribution_deferral",
                 "fengtai.social_insurance_deferral", "shunyi.social_insurance_deferral",
                 "mentougou.si_deferral_to_march", "mentougou.sicenter_collection_extension_and_late_fee_waiver"),
        summary="deferral: Jan/Feb 2020 contributions due 2020-03-31; make-up without late fee (relief is time)",
    ),
    Measure(
        id="beijing.si_deferral_to_july_key_industries",
        district="beijing",
        title_zh="受影响行业企业延长社会保险缴费至7月底",
        title_en="Ten hard-hit industries: social-insurance contributions of the epidemic period payable until 2020-07-31",
        kind="deferral",
        beneficiary="enterprise",
        sources=JULY_SOURCES,
        calc=si_deferral_to_july_key_industries,
        params=JULY_PARAMS,
        readings=("si_deferral_regular_payer_test", *(r.name for r in JULY_READINGS), "epidemic_period_start"),
        aliases=("chaoyang.si_contribution_deferral_to_july_key_industries", "fangshan.ice_snow_si_deferral_to_july",
                 "mentougou.si_deferral_to_july_key_industries"),
        apply_window=JULY_PARAMS.apply,
        summary="deferral to 2020-07-31 for confirmed firms of ten industries, no late fee (relief is time)",
    ),
    Measure(
        id="beijing.si_january_refund",
        district="beijing",
        title_zh="已扣缴2020年1月份社会保险费退费",
        title_en="Refund of January 2020 contributions already debited (payable again: a deferral)",
        kind="deferral",
        beneficiary="enterprise",
        sources=JAN_SOURCES,
        calc=si_january_refund,
        params=JAN_PARAMS,
        readings=(*(r.name for r in JAN_READINGS), "epidemic_period_end"),
        aliases=("mentougou.si_january_refund",),
        apply_window=JAN_PARAMS.apply,
        summary="January 2020 pension/UI/work-injury contributions refunded (less settled accounts); due again later",
    ),
    Measure(
        id="beijing.flexible_worker_si_gap_makeup",
        district="beijing",
        title_zh="灵活就业人员延长缴费及断缴补缴",
        title_en="Flexible workers: failed Jan/Feb 2020 debits payable until 2020-03-31; a Dec-2019..Feb-2020 gap is no break",
        kind="deferral",
        beneficiary="individual",
        sources=FLEX_SOURCES,
        calc=flexible_worker_si_gap_makeup,
        params=FLEX_PARAMS,
        aliases=("mentougou.flexible_worker_si_gap_makeup",),
        summary="deferral and continuity for flexible-employment individuals; no 6-month medical waiting period",
    ),
    Measure(
        id="beijing.hire_subsidy.priority_groups",
        district="beijing",
        title_zh="岗位补贴和社会保险补贴（招用就业困难人员）",
        title_en="Job subsidy (8,000/person/year) and SI subsidy for hiring 本市 hard-to-employ registered persons (≤ 5 years)",
        kind="hiring_subsidy",
        beneficiary="enterprise",
        sources=(HIRE_SOURCE, HIRE_PRIORITY_SOURCE, HIRE_DEDUCTION_SOURCE, HIRE_TIMING_SOURCE, HIRE_DONGCHENG_SOURCE),
        calc=hire_subsidy_priority_groups,
        params=HIRE_PRIORITY_PARAMS,
        readings=("hire_subsidy_base_cap_monthly", "si_min_base_medical_monthly", "hire_subsidy_job_prorate",
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
        calc=hire_subsidy_other_registered_unemployed,
        params=HIRE_OTHER_PARAMS,
        readings=("si_min_base_pension_monthly", "si_min_base_unemployment_monthly", "si_min_base_medical_monthly",
                  "hire_subsidy_claim_day_count", "hire_subsidy_claim_rule"),
        aliases=("mentougou.hire_subsidy_city.other_registered_unemployed",
                 "beijing.hire_subsidy_city.other_registered_unemployed"),
        apply_note="within 90 days from the month after each full half-year or year (市人社局 '用人单位岗补社补')",
        summary="per person and month ≤ 3 years: 16% / 0.8% / 10% of each insurance's minimum base; less the one-off SI "
                "subsidy for the same hires",
    ),
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
    _info("beijing.startup_loan_extension_infected_borrower", "创业担保贷款展期（借款人患新冠肺炎）",
          "Start-up guaranteed loans: repayment extension of up to 1 year for infected borrowers, interest subsidy "
          "continues", "deferral", "individual", (STARTUP_EXT_SOURCE,),
          "a bank may extend an infected borrower's start-up guaranteed loan by up to one year (原则上不超过1年); the "
          "interest subsidy of the base scheme (not in the seed) continues",
          ("mentougou.startup_loan_extension_infected_borrower",),
          Params(max_extension_months=Param(12, "展期期限原则上不超过 1 年", unit="months", literal="1 年"))),
    _info("beijing.startup_guarantee_loan.individual_quota", "个人创业担保贷款额度", "Start-up guaranteed loan ceiling "
          "for individuals: 300,000 each, 1,000,000 per enterprise", "other", "individual",
          (STARTUP_BORROWER_SOURCE, STARTUP_INDIVIDUAL_SOURCE),
          "loan ceiling: ≤ 300,000 per eligible borrower, ≤ 1,000,000 for one enterprise's borrowers",
          ("mentougou.startup_guarantee_loan.individual_quota",),
          Params(per_borrower=Param(Decimal(300000), "创业担保贷款担保额度最高不超过 30 万元", unit="yuan",
                                    literal="30 万元"),
                 per_enterprise=Param(Decimal(1000000), "单一企业多个借款人的创业担保贷款担保额度总和最高不超过 100 万元",
                                      unit="yuan", literal="100 万元"))),
    _info("beijing.startup_small_convenient_loan_quota", "个人创业小额便捷贷款额度", "Small convenient start-up loan "
          "ceiling: 150,000 (businesses registered in Beijing, Tianjin or Hebei)", "other", "individual",
          (STARTUP_SMALL_SOURCE, STARTUP_SMALL_SOURCE_2), "loan ceiling: ≤ 150,000",
          ("mentougou.startup_small_convenient_loan_quota",),
          Params(ceiling=Param(Decimal(150000), "个人小额便捷贷款最高额度 15万", unit="yuan", literal="15万"))),
    _info("beijing.startup_guarantee_loan.small_micro_quota", "小微企业创业担保贷款额度", "Start-up guaranteed loan "
          "ceiling for small and micro firms: 150,000 per qualifying hire, at most 3,000,000", "other", "enterprise",
          (STARTUP_SME_SOURCE, STARTUP_SME_SOURCE_2),
          "loan ceiling: min(150,000 × qualifying new hires, 3,000,000) when new hires reach 30% "
          "(reading startup_small_micro_hire_ratio; 25% in clause (3)) of staff, 15% above 100 staff",
          ("mentougou.startup_guarantee_loan.small_micro_quota",),
          Params(per_hire=Param(Decimal(150000), "每人不超过 15 万元", unit="yuan per hire", literal="15 万元"),
                 ceiling=Param(Decimal(3000000), "申请最高不超过 300 万元的创业担保贷款", unit="yuan", literal="300 万元"),
                 ratio=Param(Decimal("0.30"), "数量达到企业现有在职职工人数的 30%", unit="share of staff", literal="30%"),
                 ratio_quota_clause=Param(Decimal("0.25"), "达到企业现有在职职工人数 25%", unit="share of staff",
                                          literal="25%"),
                 over_staff=Param(100, "超过 100 人的企业达到15%", unit="staff", literal="100 人",
                                  note="超过: strictly more than 100 staff"),
                 ratio_over_100=Param(Decimal("0.15"), "超过 100 人的企业达到15%", unit="share of staff",
                                      literal="15%")),
          ("startup_small_micro_hire_ratio",)),
    _info("beijing.spring_festival_overtime_pay", "延长春节假期期间加班工资", "Work during the extended Spring Festival "
          "holiday (2020-01-31..02-02): time off in lieu, else ≥ 200% pay", "other", "individual", (OVERTIME_SOURCE,),
          "employer obligation: time off in lieu, else overtime pay ≥ 200% of the wage base",
          ("mentougou.spring_festival_overtime_pay",),
          Params(rate=Param(Decimal(2), "按照不低于工资基数的 200%支付加班工资", unit="× wage base", literal="200%"))),
    _info("beijing.quarantine_wage_continuation", "隔离治疗、医学观察期间工资支付", "Wages continue during treatment, "
          "medical observation or isolation; normal pay for work from home", "other", "individual", (QUARANTINE_SOURCE,),
          "employer obligation: pay as for normal work, no dismissal, contracts extended",
          ("mentougou.quarantine_wage_continuation",)),
    _info("beijing.childcare_wage_continuation", "推迟开学期间看护未成年子女工资待遇", "One parent per household caring "
          "for minors during delayed school opening is paid as if at work", "other", "individual", (CHILDCARE_SOURCE,),
          "employer obligation: one employee per household paid 按出勤照发, no dismissal",
          ("mentougou.childcare_wage_continuation",)),
    Measure(
        id="beijing.medical_insurance_late_processing",
        district="beijing",
        title_zh="医疗保险和生育保险逾期办理",
        title_en="Late medical/maternity insurance business accepted until three months after the epidemic is lifted",
        kind="deferral",
        beneficiary="enterprise",
        sources=(MEDICAL_SOURCE,),
        calc=medical_insurance_late_processing,
        params=MEDICAL_PARAMS,
        readings=("epidemic_period_end",),
        aliases=("dongcheng.medical_insurance_late_processing",),
        summary="deferral: late enrolment, contributions and retirement transfers completed by 疫情解除 + 3 months",
    ),
]

READINGS = [*SI_READINGS, *UI_READINGS, *TRAINING_READINGS, *SI_DEFERRAL_READINGS, *JULY_READINGS, *JAN_READINGS,
            *HIRE_READINGS, *STARTUP_READINGS]

# Stacking among the city employment rules (see the module notes):
# - the hire SI subsidies are reduced by the one-off SI subsidy "相应补贴" (L5847-L5848) inside their calculator, per
#   hire (Hire.one_off_si_subsidy_share; nothing to deduct when social_insurance.one_off_si_subsidy_received is
#   False), from the SI part only: the engine's reduce_by would deduct the whole one-off subsidy from the whole award,
#   job subsidy included;
# - the training subsidy's prerequisite (L6309) is a condition of its calculator (a prerequisite, not a rule between
#   two awards paid together), decided by the received facts or, absent them, by the two measures' evaluation;
# - its "不得重复申领" with other 职业技能提升行动 subsidies (L6338-L6342) is per training batch
#   (trainings.N.other_subsidy_claimed): those subsidies are not in the catalog.
STACKING: list[StackingRule] = []
