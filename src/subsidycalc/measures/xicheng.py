"""西城区: 《西城区促防疫稳经济保障中小微企业健康发展若干措施》 (西政办发〔2020〕1号, 2020-02-17).

Scope clause (L1068-L1074, every measure): 中小微企业 in 西城区 affected by the epidemic; in force from
2020-02-17 to 2020-12-31.
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
from ..profile.firm import Loan
from ..profile.industries import SMALL_MICRO, SME_SIZES
from ..reference.rates import benchmark_rate
from ._documents import XICHENG_XZBF_2020_1 as DOC

VALID = Window(date(2020, 2, 17), date(2020, 12, 31))

# =====================================================================================================
# xicheng.loan_interest_subsidy — （七）给予中小微企业贷款贴息
# =====================================================================================================
LOAN_SOURCE = DOC.cite(
    "L656-L664",
    "（七）给予中小微企业贷款贴息。鼓励辖区金融机构为受疫情影响的批发零售、住宿餐饮、物流运输、文化旅游、医药及器械、"
    "互联网生活服务、软件和信息服务、研发设计、内容创意、金融科技企业提供普惠贷款，对 2 月起至 5 月底发放的不超过一年期、"
    "总额 1000万元及以下额度的普惠贷款，给予 30%的实际利息补贴。超出基准利率的部分不予补贴，与区有关相近政策不重复享受。"
    "（责任单位：区发展改革委）",
)

LOAN_PARAMS = Params(
    share=Param(Decimal("0.30"), "给予 30%的实际利息补贴", unit="share of interest paid"),
    disbursed=Param(Window(date(2020, 2, 1), date(2020, 5, 31)), "对 2 月起至 5 月底发放的",
                    note="year 2020 implied; both ends inclusive"),
    max_term_months=Param(12, "不超过一年期", unit="months"),
    max_principal=Param(Decimal("10000000"), "总额 1000万元及以下额度", unit="yuan", note="及以下: inclusive"),
    industries=Param(
        ("wholesale", "retail", "accommodation", "catering", "logistics", "transport", "warehousing", "postal",
         "culture_tourism", "tourism", "medical", "internet_services", "software", "rnd_design",
         "content_creative", "fintech"),
        "批发零售、住宿餐饮、物流运输、文化旅游、医药及器械、互联网生活服务、软件和信息服务、研发设计、内容创意、金融科技",
        note="the ten industries of the text; 物流运输 covers logistics, transport, warehousing and postal",
    ),
)

LOAN_READINGS = [
    Reading("xicheng_loan_sizes", Literal["sme", "small_micro"], "sme",
            "Who may borrow: 'sme' (default, the heading '给予中小微企业贷款贴息' and G5) or 'small_micro' (a "
            "'普惠' loan strictly means small and micro borrowers)."),
    Reading("xicheng_loan_window_start", Literal["february_1", "policy_issue_date"], "february_1",
            "'2 月起': 2020-02-01 (default, literal) or 2020-02-17, the day the measures were issued."),
    Reading("xicheng_loan_amount_basis", Literal["loan", "firm_total"], "loan",
            "'总额 1000万元及以下额度' read on each loan's principal (default) or on the firm's total principal of "
            "qualifying 普惠 loans disbursed in the window."),
    Reading("xicheng_loan_threshold_mode", Literal["whole_loan_ineligible", "cap_base"], "whole_loan_ineligible",
            "A loan above 1000万: wholly ineligible (default, literal) or subsidised on its first 1000万 only."),
    Reading("xicheng_loan_above_benchmark", Literal["exclude_excess", "loan_ineligible"], "exclude_excess",
            "'超出基准利率的部分不予补贴': the interest above the benchmark is not subsidised (default) or a loan "
            "priced above the benchmark gets nothing."),
    Reading("xicheng_loan_requires_district_lender", bool, False,
            "Whether the lender must be a 西城 (辖区) institution: implied by '鼓励辖区金融机构', not stated as a "
            "condition of the subsidy (default False)."),
]


def loan_interest_subsidy(ev: Ev) -> None:
    """30% of the interest actually paid on 普惠 loans disbursed Feb–May 2020, at most at the benchmark rate."""
    f, n = ev.firm, ev.n
    sizes = SME_SIZES if ev.reading("xicheng_loan_sizes") == "sme" else SMALL_MICRO
    checks.require_size(ev, sizes, "中小微企业" if sizes is SME_SIZES else "小微企业 (普惠)")
    checks.require_industry(ev, n.industries, "the ten industries of （七）")
    loans = checks.require_list(ev, f.loans, "loans", "the firm's loans")
    ev.settle()
    assert loans is not None
    if not loans:
        ev.fail("the firm has no loans")
    window: Window = n.disbursed
    if ev.reading("xicheng_loan_window_start") == "policy_issue_date":
        window = Window(VALID.start, window.end)
    series = ev.reading("benchmark_series")
    mode = ev.reading("xicheng_loan_threshold_mode")
    above = ev.reading("xicheng_loan_above_benchmark")
    need_lender = ev.reading("xicheng_loan_requires_district_lender")
    basis = ev.reading("xicheng_loan_amount_basis")
    qualifying: list[tuple[int, Loan]] = []
    failures: list[str] = []
    for i, loan in enumerate(loans):
        p = f"loans.{i}"
        needed = ["inclusive_finance", "disbursed_on", "term_months", "principal"] + (
            ["lender_district"] if need_lender else [])
        missing = [f"{p}.{k}" for k in needed if getattr(loan, k) is None]
        if loan.inclusive_finance is False:
            failures.append(f"loan {i}: not a 普惠 (inclusive-finance) loan")
            continue
        if loan.disbursed_on is not None and not window.contains(loan.disbursed_on):
            failures.append(f"loan {i}: disbursed {loan.disbursed_on}, outside {window}")
            continue
        if loan.term_months is not None and loan.term_months > n.max_term_months:
            failures.append(f"loan {i}: term {loan.term_months} months is over one year (不超过一年期)")
            continue
        if (basis == "loan" and mode == "whole_loan_ineligible" and loan.principal is not None
                and loan.principal > n.max_principal):
            failures.append(f"loan {i}: principal {yuan(loan.principal)} is over 1000万 (及以下)")
            continue
        if need_lender and loan.lender_district is not None and loan.lender_district != "xicheng":
            failures.append(f"loan {i}: lender in {loan.lender_district}, not a 西城 (辖区) institution")
            continue
        if missing:
            ev.unknown(f"loan {i}: facts needed to decide whether it qualifies", missing)
            continue
        qualifying.append((i, loan))
    for r in failures:
        ev.reasons.append(f"✗ {r}")
    ev.settle()
    if not qualifying:
        ev.fail("no loan qualifies (普惠, disbursed 2020-02..05, ≤ 1 year, ≤ 1000万)")
    scale = Decimal(1)
    if basis == "firm_total":
        total_p = sum((ln.principal or Decimal(0) for _, ln in qualifying), Decimal(0))
        ev.step(f"total principal of qualifying loans: {yuan(total_p)}")
        if total_p > n.max_principal:
            if mode == "whole_loan_ineligible":
                ev.fail(f"total principal {yuan(total_p)} is over 1000万 (及以下)")
            scale = n.max_principal / total_p
            ev.step(f"only the first 1000万 counts: scale {yuan(n.max_principal)} / {yuan(total_p)}")
    # interest needed only for loans that qualify
    for i, loan in qualifying:
        ev.need(loan.interest_paid, f"loans.{i}.interest_paid", f"loan {i}: interest actually paid")
        ev.need(loan.annual_rate, f"loans.{i}.annual_rate", f"loan {i}: contract annual rate")
    ev.settle()
    total = Decimal(0)
    for i, loan in qualifying:
        interest, rate = loan.interest_paid, loan.annual_rate
        bench, cite = benchmark_rate(series, loan.disbursed_on, loan.term_months)
        ev.step(f"loan {i}: benchmark = {cite}")
        factor = Decimal(1) if rate == 0 or rate <= bench else bench / rate
        if factor < 1 and above == "loan_ineligible":
            ev.step(f"loan {i}: contract rate {pct(rate)} above the benchmark → no subsidy (reading loan_ineligible)")
            continue
        if basis == "loan" and mode == "cap_base" and loan.principal > n.max_principal:
            local = n.max_principal / loan.principal
            ev.step(f"loan {i}: only the first 1000万 counts: × {yuan(n.max_principal)} / {yuan(loan.principal)}")
        else:
            local = scale
        eligible_interest = interest * factor * local
        if factor < 1:
            ev.step(f"loan {i}: interest within the benchmark = {yuan(interest)} × {pct(bench)} / {pct(rate)} = "
                    f"{yuan(interest * factor)}")
        sub = n.share * eligible_interest
        ev.step(f"loan {i}: {pct(n.share)} × {yuan(eligible_interest)} = {yuan(sub)}")
        total += sub
    if len(qualifying) > 1:
        ev.step(f"sum over loans = {yuan(total)}")
    ev.met(f"{len(qualifying)} qualifying 普惠 loan(s); 30% of interest paid up to the benchmark")
    ev.pay(total)


MEASURES = [
    Measure(
        id="xicheng.loan_interest_subsidy",
        district="xicheng",
        title_zh="给予中小微企业贷款贴息",
        title_en="SME loan interest subsidy: 30% of interest actually paid, up to the benchmark rate",
        kind="interest_subsidy",
        beneficiary="enterprise",
        sources=(LOAN_SOURCE,),
        calc=loan_interest_subsidy,
        params=LOAN_PARAMS,
        readings=("benchmark_series", *(r.name for r in LOAN_READINGS)),
        valid=VALID,
        summary="30% × interest paid × min(1, benchmark / contract rate), 普惠 loans ≤ 1 year, ≤ 1000万, 2020-02..05",
    ),
]

READINGS = LOAN_READINGS
