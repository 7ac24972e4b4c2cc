"""Prototype: beijing.one_off_social_insurance_subsidy in the rule vocabulary."""
from __future__ import annotations

from subsidycalc.engine.rules.define import Rule
from subsidycalc.engine.rules.nodes import if_, minimum
from subsidycalc.profile.industries import SME_SIZES


def one_off_si(r: Rule) -> None:
    n = r.n
    q = r.fact.qualifications
    if r.reading("si_subsidy_affected_test") == "heavily_affected":
        r.require(q.heavily_affected.is_(True), "受疫情影响较大 (heavily affected)", "not 受疫情影响较大 (heavily affected)")
    r.require(r.size().isin(SME_SIZES), "size {} is within 中小微企业 (工信部联企业〔2011〕300号)",
              "size {} is not within 中小微企业 (工信部联企业〔2011〕300号)")
    r.require(r.fact.ownership.isin({"private", "collective", "foreign"}), "non-state-owned (非国有企业)",
              "state-owned: the city rule is for 非国有企业 (ownership: {})")
    r.require(q.fits_capital_function.is_(True), "符合首都功能定位和产业发展方向", "does not fit 首都功能定位和产业发展方向")
    r.require(q.in_restricted_catalog.is_(False), "not in 北京市禁限目录", "in 北京市禁限目录 (prohibited/restricted catalogue)")
    w = r.fact.workforce
    h19 = w.ui_insured_avg_2019.named("2019 monthly average of UI payers")
    h20 = w.ui_insured_avg_2020_jan_apr.named("Jan–Apr 2020 monthly average of UI payers")
    contributions = r.choose("si_subsidy_contribution_basis", {
        "actually_paid": w.employer_si_paid_2020_feb_apr, "payable": w.employer_si_payable_2020_feb_apr,
    }).named("employer contributions Feb–Apr 2020")
    r.need(h19, "2019 monthly average of UI payers")
    r.need(h20, "Jan–Apr 2020 monthly average of UI payers")
    r.need(contributions, "employer contributions for Feb–Apr 2020")
    r.require(if_(h19.known() & h20.known(), h20 >= h19, True), "UI payers Jan–Apr 2020 ({}) not fewer than 2019 ({})",
              "UI payers fell: Jan–Apr 2020 average {} < 2019 average {} (不少于 not met)", args=(h20, h19))
    r.settle()
    grew = h20 >= h19 * (1 + n.growth_threshold)
    rate = r.step("rate", if_(grew, n.upper_rate, n.lower_rate).named("rate", "share"))
    head = r.choose("si_subsidy_cap_headcount", {"ui_insured_avg_2020_jan_apr": h20, "ui_insured_avg_2019": h19})
    cap = (n.cap_per_person * head).named("cap", "yuan")
    mode = r.reading("si_subsidy_cap")
    if mode == "subsidy":
        amount = minimum(rate * contributions, cap)
    elif mode == "contribution_base":
        amount = rate * minimum(contributions, cap)
    else:
        amount = rate * contributions
    amount = r.step("subsidy", amount.named("subsidy", "yuan"))
    r.effect("apply", "{} (online, 北京市人力资源和社会保障局 '一次性社会保险补贴')", n.apply)
    r.pay(amount, met="one-off subsidy of a share of Feb–Apr 2020 employer contributions")
