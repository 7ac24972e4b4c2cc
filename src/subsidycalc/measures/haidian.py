"""海淀区: 《海淀区关于落实北京市促防疫稳增长政策加大力度支持企业稳定发展的若干措施》 (2020-02-11).

Scope clause (GH1, L3476): firms registered, paying tax and counted in statistics (纳统) in 海淀区. Measures
that pay a financial institution or guarantee company use the item's own "驻区" test on the payee instead.
"""

from __future__ import annotations

from decimal import Decimal

from ..engine.evaluation import Ev
from ..engine.measure import Measure, Param, Params
from ..engine.money import pct, yuan
from ..engine.periods import Window
from ..profile.industries import SME_SIZES
from ._documents import HAIDIAN_H1 as DOC

# =====================================================================================================
# haidian.first_loan_subsidy — （七）鼓励金融机构增加信贷投放, first sentence
# =====================================================================================================
FIRST_LOAN_SOURCE = DOC.cite(
    "L3341-L3343",
    "对疫情期间向中小微企业提供首笔信贷业务的驻区金融机构，给予首笔贷款金额2%的补贴，对单家机构或网点的补贴上限为 100万元。",
)
FIRST_LOAN_PARAMS = Params(
    share=Param(Decimal("0.02"), "给予首笔贷款金额2%的补贴", unit="share of first-loan amounts"),
    cap=Param(Decimal(1_000_000), "对单家机构或网点的补贴上限为 100万元", unit="yuan per institution or branch"),
)


def first_loan_subsidy(ev: Ev) -> None:
    """2% of first loans to SMEs made in the epidemic period by a 海淀 institution or branch; ≤ 1,000,000."""
    f, n = ev.firm, ev.n
    lending = f.lending
    if lending is None:
        ev.fail("pays a financial institution for its lending; the profile has no lending section (not a lender)")
    if lending.branch_district is None:
        ev.unknown("institution or branch located in 海淀 (驻区金融机构) — not known", ["lending.branch_district"])
    elif lending.branch_district != "haidian":
        ev.fail(f"the institution or branch is in {lending.branch_district}, not a 海淀 驻区金融机构")
    else:
        ev.met("institution or branch located in 海淀 (驻区金融机构)")
    loans = lending.first_loans
    if loans is None:
        ev.unknown("first loans made — not known", ["lending.first_loans"])
    ev.settle()
    assert loans is not None
    period = Window(ev.reading("epidemic_period_start"), ev.reading("epidemic_period_end"))
    counted = []
    for i, loan in enumerate(loans):
        p = f"lending.first_loans.{i}"
        if loan.disbursed_on is not None and not period.contains(loan.disbursed_on):
            ev.reasons.append(f"✗ first loan {i}: disbursed {loan.disbursed_on}, outside 疫情期间 {period}")
            continue
        if loan.borrower_size is not None and loan.borrower_size not in SME_SIZES:
            ev.reasons.append(f"✗ first loan {i}: borrower is {loan.borrower_size}, not 中小微企业")
            continue
        missing = [f"{p}.{k}" for k in ("amount", "disbursed_on", "borrower_size") if getattr(loan, k) is None]
        if missing:
            ev.unknown(f"first loan {i}: facts needed", missing)
            continue
        counted.append((i, loan.amount))
    ev.settle()
    if not counted:
        ev.fail("no first loan to a 中小微企业 in the epidemic period (疫情期间)")
    total = sum((a for _, a in counted), Decimal(0))
    amount = n.share * total
    ev.step(f"first loans to SMEs in {period}: " + " + ".join(yuan(a) for _, a in counted) + f" = {yuan(total)}")
    ev.step(f"{pct(n.share)} × {yuan(total)} = {yuan(amount)}")
    if amount > n.cap:
        ev.step(f"capped at {yuan(n.cap)} per institution or branch (补贴上限为 100万元)")
        amount = n.cap
    ev.met(f"{len(counted)} first loan(s) to SMEs in the epidemic period")
    ev.pay(amount)


MEASURES = [
    Measure(
        id="haidian.first_loan_subsidy",
        district="haidian",
        title_zh="首笔信贷业务补贴",
        title_en="First-loan subsidy to 海淀 lenders: 2% of first loans to SMEs, ≤ 1,000,000 per institution or branch",
        kind="cash_grant",
        beneficiary="financial_institution",
        sources=(FIRST_LOAN_SOURCE,),
        calc=first_loan_subsidy,
        params=FIRST_LOAN_PARAMS,
        readings=("epidemic_period_start", "epidemic_period_end"),
        territory="custom",
        summary="min(2% × Σ first loans to SMEs in 疫情期间, 1,000,000) per institution or branch",
    ),
]
