"""City-wide rules (北京市), each encoded once, with every district text that restates it as a source.

Module layout: per measure, the quoted sentence(s) → declared numbers → readings → eligibility → amount.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from ..engine import checks
from ..engine.evaluation import Ev
from ..engine.measure import Measure, Param, Params, Reading
from ..engine.money import pct, yuan
from ..engine.periods import Window
from ..profile.industries import SME_SIZES
from ._documents import CHAOYANG_CZBF_2020_2, DONGCHENG_DZBF_2020_3, MENTOUGOU_M1

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
                     unit="share of contributions"),
    upper_rate=Param(Decimal("0.50"), "增长 20%及以上的,一次性给予该企业 3个月实际缴纳社会保险费 50%的补贴",
                     unit="share of contributions"),
    growth_threshold=Param(Decimal("0.20"), "相比增长 20%及以上的", unit="growth of UI-insured headcount"),
    cap_per_person=Param(Decimal("6315"), "最高补贴 6315元/人", unit="yuan per person"),
    months=Param(Window(date(2020, 2, 1), date(2020, 4, 30)), "(三)补贴期限。2020 年 2月至 4月。"),
    apply=Param(Window(date(2020, 5, 1), date(2020, 7, 31)), "符合条件的企业于 2020 年 5 月 1 日至 7 月 31 日申请"),
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
    cap = n.cap_per_person * head
    amount = rate * contributions
    ev.step(f"{pct(rate)} × {yuan(contributions)} (employer contributions Feb–Apr 2020, {basis}) = {yuan(amount)}")
    if cap_mode == "subsidy":
        ev.step(f"cap: 6,315 × {head} persons = {yuan(cap)}")
        if amount > cap:
            ev.step(f"capped: min({yuan(amount)}, {yuan(cap)}) = {yuan(cap)}")
            amount = cap
    elif cap_mode == "contribution_base":
        base = min(contributions, cap)
        amount = rate * base
        ev.step(f"cap on the base: {pct(rate)} × min({yuan(contributions)}, 6,315 × {head} = {yuan(cap)}) = {yuan(amount)}")
    ev.met(f"one-off subsidy of {pct(rate)} of Feb–Apr 2020 employer contributions")
    ev.effect("apply", f"{n.apply} (online, 北京市人力资源和社会保障局 '一次性社会保险补贴')")
    ev.pay(amount)


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
        apply_window=Window(date(2020, 5, 1), date(2020, 7, 31)),
        summary="30% (growth 0–20%) or 50% (growth ≥ 20%) of Feb–Apr 2020 employer contributions, ≤ 6,315 yuan/person",
    ),
]

READINGS = SI_READINGS
