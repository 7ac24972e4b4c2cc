"""Prototype: xicheng.loan_interest_subsidy written once in the rule vocabulary."""
from __future__ import annotations

from subsidycalc.engine.periods import Window
from subsidycalc.engine.rules.define import Rule
from subsidycalc.engine.rules.nodes import if_
from subsidycalc.engine.rules.tables import benchmark
from subsidycalc.profile.industries import SMALL_MICRO, SME_SIZES

VALID_START = __import__("datetime").date(2020, 2, 17)


def loan_interest_subsidy(r: Rule) -> None:
    n = r.n
    sizes = r.choose("xicheng_loan_sizes", {"sme": SME_SIZES, "small_micro": SMALL_MICRO})
    label = "中小微企业" if sizes is SME_SIZES else "小微企业 (普惠)"
    size = r.size()
    r.require(size.isin(sizes), f"size {{}} is within {label}", f"size {{}} is not within {label}")
    r.require(r.fact.industry.isin(r.value("industries")), "industry {} is among the ten industries of （七）",
              "industry {} is not among the ten industries of （七）")
    loans = r.items("loans")
    r.require(loans.given, "the firm's loans are known", "", unknown="the firm's loans — not known")
    r.settle()
    r.require(loans.count() > 0, "the firm has loans", "the firm has no loans")
    window: Window = r.value("disbursed")
    if r.reading("xicheng_loan_window_start") == "policy_issue_date":
        window = Window(VALID_START, window.end)
    mode = r.reading("xicheng_loan_threshold_mode")
    above = r.reading("xicheng_loan_above_benchmark")
    need_lender = r.flag("xicheng_loan_requires_district_lender")
    basis = r.reading("xicheng_loan_amount_basis")
    conds = [
        (loans.inclusive_finance.is_(True), "not a 普惠 (inclusive-finance) loan"),
        (loans.disbursed_on.within(window), f"disbursed {{}}, outside {window}"),
        (loans.term_months <= n.max_term_months, "term {} months is over one year (不超过一年期)"),
    ]
    if basis == "loan" and mode == "whole_loan_ineligible":
        conds.append((loans.principal <= n.max_principal, "principal {} is over 1000万 (及以下)"))
    if need_lender:
        conds.append((loans.lender_district.eq("xicheng"), "lender in {}, not a 西城 (辖区) institution"))
    q = r.select(loans, *conds, needs=[loans.principal], label="loan",
                 none="no loan qualifies (普惠, disbursed 2020-02..05, ≤ 1 year, ≤ 1000万)")
    series = r.reading("benchmark_series")
    bench = r.table(benchmark(series), loans.disbursed_on, loans.term_months).named("benchmark", "rate")
    rate = loans.annual_rate
    interest = loans.interest_paid
    if basis == "firm_total":
        total_p = r.step("total principal of qualifying loans", loans.sum(loans.principal, where=q))
        if mode == "whole_loan_ineligible":
            r.require(total_p <= n.max_principal, "total principal {} within 1000万 (及以下)",
                      "total principal {} is over 1000万 (及以下)")
    r.need(loans.sum(interest + rate, where=q), "interest paid and contract rate of each qualifying loan")
    r.settle()
    within = if_((rate.eq(0)) | (rate <= bench), interest, interest * bench / rate).named(
        "interest within the benchmark", "yuan")
    base = within
    if basis == "loan" and mode == "cap_base":
        base = if_(loans.principal > n.max_principal, within * n.max_principal / loans.principal, within)
    if basis == "firm_total":
        base = if_(total_p > n.max_principal, within * n.max_principal / total_p, within)
    sub = n.share * base
    if above == "loan_ineligible":
        sub = if_(rate.eq(0) | (rate <= bench), sub, 0)
    sub = sub.named("subsidy", "yuan")
    r.step("subsidy", sub, where=q)
    total = r.step("sum over loans", loans.sum(sub, where=q))
    r.pay(total, met="qualifying 普惠 loan(s); 30% of interest paid up to the benchmark")
