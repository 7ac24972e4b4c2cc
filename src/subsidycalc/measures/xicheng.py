"""西城区: 《西城区促防疫稳经济保障中小微企业健康发展若干措施》 (西政办发〔2020〕1号, 2020-02-17).

Scope clause (L1068-L1074, every measure): 中小微企业 in 西城区 affected by the epidemic; in force from
2020-02-17 to 2020-12-31. The SME test binds the tenant, borrower or pledgor; a paid landlord or guarantee company may
be of any size (catalog 01 caveat on G5), and the guarantor is tested on its own location (驻区).

Measures: （七） loan interest subsidy, （八） stock-pledge extension, （十） guarantee-fee subsidy ("适当补贴",
unquantified), （十三） February district-SOE rent (business, office) and the 30% landlord subsidy, （十二） grant with
no amount (ERRATA_01_03 R27). City rules restated here are aliases of ``beijing.*`` measures (ERRATA R02–R05, R20):
the （十九） fee waivers, the （十四） tax deferral, the （三） SI deferral.

Stacking: the February SOE rent and the city February rule relieve one rent once (（十三） "同一事项不重复享受补贴",
README "Decisions"), lease by lease (``per="leases"``): a firm renting one 西城 区属 and one 市属 SOE premises gets the
西城 relief on the first and the city relief on the second; the landlord subsidy skips reductions already subsidised
elsewhere (同一事项, ``rent_relief_granted.N.subsidised_elsewhere``); "与区有关相近政策不重复享受" (（七）) is the fact
``loans.N.similar_district_subsidy`` (no partner among the catalog's 西城 measures, so no stacking rule).

Recognitions are facts of the profile (unknown → undetermined, false → not counted): （十） "经认定"
(``guarantor.discounted_guarantees.N.recognised``), （十三） "…认定，经认定后" (``rent_relief_granted.N.recognised``),
（十二） 信用良好、抗击疫情贡献突出 (``qualifications.good_credit_epidemic_contribution``, as recognised).

Every amount is exact (``Fraction``) until the engine's one rounding; an item counts only for its own period inside the
measure's window (a lease's days in the relieved months, a reduction's days inside 疫情期间).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Annotated, Literal

from pydantic import Field

from ..engine import checks
from ..engine.evaluation import Ev
from ..engine.measure import Measure, Param, Params, Reading
from ..engine.money import exact, pct, ratio, yuan
from ..engine.periods import Window, add_months, item_period, month_shares, month_window, overlap_days
from ..engine.stacking import StackingRule
from ..profile.firm import Lease, Loan, RentRelief
from ..profile.industries import SMALL_MICRO, SME_SIZES
from ..reference.rates import benchmark_rate
from ._documents import XICHENG_XZBF_2020_1 as DOC
from ._leases import CITY_MODULES, declares_measure, declares_reading, lease_candidates

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
    share=Param(Decimal("0.30"), "给予 30%的实际利息补贴", unit="share of interest paid", literal="30%"),
    disbursed=Param(Window(date(2020, 2, 1), date(2020, 5, 31)), "对 2 月起至 5 月底发放的",
                    note="year 2020 implied; both ends inclusive", literal="2 月起至 5 月底"),
    max_term_months=Param(12, "不超过一年期", unit="months", literal="一年期"),
    max_principal=Param(Decimal("10000000"), "总额 1000万元及以下额度", unit="yuan", note="及以下: inclusive",
                        literal="1000万元"),
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
        if loan.similar_district_subsidy is True:
            failures.append(f"loan {i}: already subsidised under a similar 西城 policy (与区有关相近政策不重复享受)")
            continue
        if missing:
            ev.unknown(f"loan {i}: facts needed to decide whether it qualifies", missing)
            continue
        qualifying.append((i, loan))
    for r in failures:
        ev.reasons.append(f"✗ {r}")
    ev.settle()
    if not qualifying:
        ev.fail(f"no loan qualifies (普惠, disbursed {window}, ≤ {n.max_term_months} months, ≤ {yuan(n.max_principal)})")
    scale = Fraction(1)
    if basis == "firm_total":
        total_p = sum((ev.known(ln.principal) for _, ln in qualifying), Decimal(0))
        ev.step(f"total principal of qualifying loans: {yuan(total_p)}")
        if total_p > n.max_principal:
            if mode == "whole_loan_ineligible":
                ev.fail(f"total principal {yuan(total_p)} is over 1000万 (及以下)")
            scale = ratio(n.max_principal, total_p)
            ev.step(f"only the first 1000万 counts: scale {yuan(n.max_principal)} / {yuan(total_p)}")
    # interest needed only for loans that qualify
    for i, loan in qualifying:
        ev.need(loan.interest_paid, f"loans.{i}.interest_paid", f"loan {i}: interest actually paid")
        ev.need(loan.annual_rate, f"loans.{i}.annual_rate", f"loan {i}: contract annual rate")
    ev.settle()
    total = Fraction(0)
    for i, loan in qualifying:
        interest, rate = ev.known(loan.interest_paid), ev.known(loan.annual_rate)
        principal = ev.known(loan.principal)
        bench, cite = benchmark_rate(series, ev.known(loan.disbursed_on), ev.known(loan.term_months))
        ev.step(f"loan {i}: benchmark = {cite}")
        # exact until the engine's one rounding: 30% × 35,369.67 × 3.85% / 4.41% is 9,263.485, not 9,263.484999…
        factor = Fraction(1) if rate == 0 or rate <= bench else ratio(bench, rate)
        if factor < 1 and above == "loan_ineligible":
            ev.step(f"loan {i}: contract rate {pct(rate)} above the benchmark → no subsidy (reading loan_ineligible)")
            continue
        if basis == "loan" and mode == "cap_base" and principal > n.max_principal:
            local = ratio(n.max_principal, principal)
            ev.step(f"loan {i}: only the first 1000万 counts: × {yuan(n.max_principal)} / {yuan(principal)}")
        else:
            local = scale
        eligible_interest = exact(interest) * factor * local
        if factor < 1:
            ev.step(f"loan {i}: interest within the benchmark = {yuan(interest)} × {pct(bench)} / {pct(rate)} = "
                    f"{yuan(exact(interest) * factor)}")
        sub = exact(n.share) * eligible_interest
        ev.step(f"loan {i}: {pct(n.share)} × {yuan(eligible_interest)} = {yuan(sub)}")
        total += sub
    if len(qualifying) > 1:
        ev.step(f"sum over loans = {yuan(total)}")
    ev.met(f"{len(qualifying)} qualifying 普惠 loan(s); {pct(n.share)} of interest paid up to the benchmark")
    ev.pay(total)



# =====================================================================================================
# Shared by the 西城 measures below
# =====================================================================================================
HERE = "xicheng"
NonNegative = Annotated[Decimal, Field(ge=0)]
SME_LABEL = "中小微企业 (G5: 以上政策措施适用于…中小微企业)"
FEB = Window(date(2020, 2, 1), date(2020, 2, 29))


def pay_exact_leases(ev: Ev, paid: list[tuple[int, Fraction]], none: str, met: str, apply: str) -> None:
    """``_leases.pay_leases`` for exact reliefs (a month's rent × days leased / days in the month is a ``Fraction``;
    ``pay_leases`` sums in ``Decimal``, which cannot add one): settle; fail with ``none`` when no lease is relieved;
    record each lease's share (``ev.part("leases.i")``, for the stacking rules declared ``per="leases"``); a step
    ``sum over leases`` when there are several; ``✓ {count} {met}``; the ``apply`` effect; pay the exact sum."""
    ev.settle()
    if not paid:
        ev.fail(none)
    total = Fraction(0)
    for i, amount in paid:
        ev.part(f"leases.{i}", amount)
        total += amount
    if len(paid) > 1:
        ev.step(f"sum over leases = {yuan(total)}")
    ev.met(f"{len(paid)} {met}")
    ev.effect("apply", apply)
    ev.pay(total)


def _epidemic(ev: Ev) -> Window:
    return Window(ev.reading("epidemic_period_start"), ev.reading("epidemic_period_end"))


def lease_month_shares(ls: Lease, months: Window, mode: str) -> tuple[Fraction, list[str]]:
    """Monthly rents relieved on one lease over the calendar ``months`` (issue 8 §1: a lease counts only for the days
    it exists): 1 per month fully leased; a month the lease begins or ends in counts days leased / days in the month
    (``prorate_days``, exact) or 1 (``whole_month``); 0 when not leased at all."""
    total = Fraction(0)
    parts: list[str] = []
    for month, share in month_shares(item_period(ls.starts_on, ls.ends_on), months):
        if share == 0:
            parts.append(f"{month.start:%Y-%m}: not leased")
        elif share == 1 or mode == "whole_month":
            total += 1
            parts.append(f"{month.start:%Y-%m}: 1")
        else:
            total += share
            leased = overlap_days(item_period(ls.starts_on, ls.ends_on), month)
            parts.append(f"{month.start:%Y-%m}: {leased}/{month.days()} days")
    return total, parts


def lease_months_share(ls: Lease, months: Sequence[Window], mode: str) -> tuple[Decimal, list[str]]:
    """The former signature of :func:`lease_month_shares`, kept for ``dongcheng.py``, which imports it: the same
    months, as a ``Decimal`` (a partial month is a non-terminating quotient, rounded by the context: use
    :func:`lease_month_shares`, exact, in new code)."""
    total, parts = Fraction(0), []
    for m in months:
        share, part = lease_month_shares(ls, m, mode)
        total += share
        parts += part
    return Decimal(total.numerator) / Decimal(total.denominator), parts


# =====================================================================================================
# xicheng.stock_pledge_extension — （八）提升直接融资服务水平, first sentence
# =====================================================================================================
PLEDGE_SOURCE = DOC.cite(
    "L672-L674",
    "（八）提升直接融资服务水平。与驻区金融机构签订股票质押协议的，在疫情防控期间到期，企业由于还款困难申请展期的，"
    "可协助企业与金融机构协商，展期 3至 6个月。",
)
PLEDGE_PARAMS = Params(
    min_months=Param(3, "展期 3至 6个月", unit="months", note="both ends inclusive", literal="3至 6个月"),
    max_months=Param(6, "展期 3至 6个月", unit="months", note="both ends inclusive", literal="6个月"),
)
PLEDGE_READINGS = [
    Reading("xicheng_pledge_extension_months", Literal[3, 4, 5, 6] | None, None,
            "'可协助企业与金融机构协商，展期 3至 6个月': the district only helps negotiate, the institution decides the "
            "length. Default None: the range of new maturities (3 to 6 months later) is reported; a number fixes it."),
]


def stock_pledge_extension(ev: Ev) -> None:
    """District help to negotiate a 3–6-month extension of a stock pledge with a 西城 institution maturing in the
    epidemic-control period (a deferral, no cash)."""
    f, n = ev.firm, ev.n
    checks.require_size(ev, SME_SIZES, SME_LABEL)
    cm = f.capital_markets
    if cm is None:
        ev.unknown("stock-pledge agreements — not known", ["capital_markets"])
        ev.settle()
    assert cm is not None
    pledges = checks.require_list(ev, cm.stock_pledges, "capital_markets.stock_pledges", "stock-pledge agreements")
    ev.settle()
    assert pledges is not None
    period = _epidemic(ev)
    fixed = ev.reading("xicheng_pledge_extension_months")
    covered: list[tuple[int, date]] = []
    for i, pl in enumerate(pledges):
        p = f"capital_markets.stock_pledges.{i}"
        fails = []
        if pl.pledgee_district is not None and pl.pledgee_district != HERE:
            fails.append(f"pledgee in {checks.district_zh(pl.pledgee_district)}, not a 驻区 (西城) institution")
        if pl.matures_on is not None and not period.contains(pl.matures_on):
            fails.append(f"matures {pl.matures_on}, outside 疫情防控期间 {period}")
        if pl.repayment_difficulty is False:
            fails.append("no repayment difficulty (由于还款困难)")
        if fails:
            ev.reasons.append(f"✗ pledge {i}: " + "; ".join(fails))
            continue
        missing = [f"{p}.{k}" for k in ("pledgee_district", "matures_on", "repayment_difficulty")
                   if getattr(pl, k) is None]
        if missing:
            ev.unknown(f"pledge {i}: facts needed", missing)
            continue
        assert pl.matures_on is not None
        covered.append((i, pl.matures_on))
    ev.settle()
    if not covered:
        ev.fail("no stock pledge with a 西城 institution maturing in the epidemic-control period with repayment "
                "difficulty")
    parts = []
    for i, due in covered:
        if fixed is None:
            parts.append(f"pledge {i}: {due} → between {add_months(due, n.min_months)} and "
                         f"{add_months(due, n.max_months)}")
        else:
            parts.append(f"pledge {i}: {due} → {add_months(due, fixed)} (reading xicheng_pledge_extension_months)")
    for s in parts:
        ev.step(s)
    ev.met(f"{len(covered)} stock pledge(s) with a 驻区 institution maturing in the epidemic-control period")
    ev.effect("deferral", f"{n.min_months}–{n.max_months} months' extension negotiated with the district's help "
                          "(可协助…协商; the institution decides): " + "; ".join(parts))
    ev.pay(Decimal(0))


# =====================================================================================================
# xicheng.guarantee_fee_subsidy — （十）优化融资担保服务 ("适当补贴" to 驻区担保机构)
# =====================================================================================================
GUARANTEE_SOURCE = DOC.cite(
    "L719-L723",
    "疫情期间，驻区担保机构对受疫情影响严重的优质中小微企业给予综合费率优惠的,经认定,对于综合费率不足 2%的部分, "
    "根据综合费用降低额度，给予适当补贴。（责任单位：区发展改革委、北京金融街服务局）",
)
GUARANTEE_PAYEE_SOURCE = DOC.cite("L733", "2.为符合条件的驻区担保机构提供补贴。")
GUARANTEE_PARAMS = Params(
    threshold=Param(Decimal("0.02"), "对于综合费率不足 2%的部分", unit="comprehensive annual rate",
                    note="不足: strict; a rate of exactly 2% has no part below 2%", literal="2%"),
    months_a_year=Param(12, "对于综合费率不足 2%的部分", unit="months",
                        convention="a comprehensive rate is annual: a term of m months is m/12 of a year (12 months a "
                                   "year); used under the reading xicheng_guarantee_scale_by_term"),
)
GUARANTEE_READINGS = [
    Reading("xicheng_guarantee_base", Literal["gap_below_2pct", "reduction_within_band", "whole_reduction"],
            "gap_below_2pct",
            "'对于综合费率不足 2%的部分, 根据综合费用降低额度': the base of the subsidy per guarantee, × amount × term. "
            "'gap_below_2pct' (default, catalog reading A): 2% − the discounted rate; 'reduction_within_band' (B): "
            "min(original rate, 2%) − the discounted rate; 'whole_reduction' (C): the whole cut, original − discounted, "
            "when the discounted rate is below 2%."),
    Reading("xicheng_guarantee_subsidy_share", NonNegative | None, None,
            "'给予适当补贴' sets no rate: default None (eligible, amount unquantified); a share k pays k × the base."),
    Reading("xicheng_guarantee_scale_by_term", bool, True,
            "Whether the comprehensive rates are annual and the base is scaled by term_months / 12 (default True) or "
            "the rates are for the whole guarantee term (False)."),
]


def guarantee_fee_subsidy(ev: Ev) -> None:
    """'适当补贴' to a 西城 guarantee company on the part of its discounted comprehensive rates below 2%."""
    f, n = ev.firm, ev.n
    g = f.guarantor
    if g is None:
        ev.fail("pays a guarantee company (驻区担保机构); the profile has no guarantor section")
    if g.district is None:
        ev.unknown("guarantee company located in 西城 (驻区) — not known", ["guarantor.district"])
    elif g.district != HERE:
        ev.fail(f"the guarantee company is in {checks.district_zh(g.district)}, not located in 西城 (驻区担保机构)")
    else:
        ev.met("guarantee company located in 西城 (驻区担保机构)")
    items = checks.require_list(ev, g.discounted_guarantees, "guarantor.discounted_guarantees",
                                "guarantees with a comprehensive-rate discount")
    ev.settle()
    assert items is not None
    period = _epidemic(ev)
    mode = ev.reading("xicheng_guarantee_base")
    by_term = ev.reading("xicheng_guarantee_scale_by_term")
    bases: list[tuple[int, Fraction]] = []
    for i, d in enumerate(items):
        p = f"guarantor.discounted_guarantees.{i}"
        fails = []
        if d.borrower_size is not None and d.borrower_size not in SME_SIZES:
            fails.append(f"borrower is {d.borrower_size}, not a 中小微企业")
        if d.borrower_severely_affected is False:
            fails.append("borrower not a 受疫情影响严重的优质中小微企业")
        if d.granted_on is not None and not period.contains(d.granted_on):
            fails.append(f"granted {d.granted_on}, outside 疫情期间 {period}")
        if d.discounted_rate is not None and d.discounted_rate >= n.threshold:
            fails.append(f"discounted rate {pct(d.discounted_rate)} is not below 2% (不足 2%)")
        if d.recognised is False:
            fails.append("the discount was not recognised (经认定)")
        if fails:
            ev.reasons.append(f"✗ guarantee {i}: " + "; ".join(fails))
            continue
        keys = ["amount", "discounted_rate", "borrower_size", "borrower_severely_affected", "granted_on", "recognised"]
        keys += ["original_rate"] if mode != "gap_below_2pct" else []
        keys += ["term_months"] if by_term else []
        missing = [f"{p}.{k}" for k in keys if getattr(d, k) is None]
        if missing:
            ev.unknown(f"guarantee {i}: facts needed", missing)
            continue
        new = d.discounted_rate
        if mode == "gap_below_2pct":
            delta = n.threshold - new
        elif mode == "reduction_within_band":
            delta = max(Decimal(0), min(d.original_rate, n.threshold) - new)
        else:
            delta = max(Decimal(0), d.original_rate - new)
        years = ratio(d.term_months, n.months_a_year) if by_term else Fraction(1)
        base = exact(d.amount) * exact(delta) * years
        term = f" × {d.term_months}/{n.months_a_year}" if by_term else ""
        ev.step(f"guarantee {i}: {yuan(d.amount)} × {pct(delta)}{term} = {yuan(base)} (reading xicheng_guarantee_base "
                f"= {mode})")
        bases.append((i, base))
    ev.settle()
    total = sum((b for _, b in bases), Fraction(0))
    if total == 0:
        ev.fail("no discounted guarantee with a base below 2% for a severely affected SME in the epidemic period")
    if len(bases) > 1:
        ev.step(f"base: sum over guarantees = {yuan(total)}")
    ev.met(f"{len(bases)} discounted guarantee(s) for severely affected SMEs in the epidemic period (经认定)")
    share = ev.reading("xicheng_guarantee_subsidy_share")
    if share is None:
        ev.unquantified("the text sets no rate ('给予适当补贴'); supply assumptions.xicheng_guarantee_subsidy_share",
                        ["assumptions.xicheng_guarantee_subsidy_share"])
        return
    amount = exact(share) * total
    ev.step(f"{pct(share)} × {yuan(total)} = {yuan(amount)} (reading xicheng_guarantee_subsidy_share)")
    ev.pay(amount)


# =====================================================================================================
# xicheng.soe_rent_exemption_feb / xicheng.soe_office_rent_reduction_feb — （十三）, first two clauses
# =====================================================================================================
RENT_BUSINESS_SOURCE = DOC.cite(
    "L801-L803",
    "（十三）减免企业房租成本。中小微企业承租区属国有企业房产从事生产经营活动，按照政府要求坚持营业或依照防疫规定关闭停业"
    "且不裁员、少裁员的，免收 2月份房租；",
)
RENT_OFFICE_SOURCE = DOC.cite("L803-L805", "承租用于办公用房的，给予 2月份租金 50%的减免。")
RENT_EXTENSION_SOURCE = DOC.cite("L811-L813", "根据疫情情况，可适当延长减免期。同一事项不重复享受补贴。")
RENT_BUSINESS_PARAMS = Params(
    share=Param(Decimal(1), "免收 2月份房租", unit="share of the month's rent", literal="免收"),
    month=Param(FEB, "免收 2月份房租", note="February 2020 (29 days)", literal="2月份"),
)
RENT_OFFICE_PARAMS = Params(
    share=Param(Decimal("0.50"), "给予 2月份租金 50%的减免", unit="share of the month's rent", literal="50%"),
    month=Param(FEB, "给予 2月份租金 50%的减免", note="February 2020 (29 days)", literal="2月份"),
)
OFFICE_NO_LAYOFF = "office_requires_no_layoff"
_OFFICE_NO_LAYOFF_FALLBACK = Reading(
    OFFICE_NO_LAYOFF, bool, False,
    "Whether office tenants of SOE landlords must also have stayed open or closed under the rules and not laid staff "
    "off (不裁员、少裁员), as production/business tenants must. Default False (README 'Decisions'): the conditions sit "
    "inside the business-use clause; 大兴 (L5282-L5285) and 海淀 (L3286-L3288) state the office tier without them.",
)
RENT_READINGS = [
    Reading("xicheng_rent_extension_months", Annotated[int, Field(ge=0, le=10)], 0,
            "'根据疫情情况，可适当延长减免期' gives no length: the number of months after February 2020 (March, April, …) "
            "relieved at the same rate. Default 0 (the text fixes only February)."),
    Reading("xicheng_rent_partial_month", Literal["prorate_days", "whole_month"], "prorate_days",
            "A lease that begins or ends inside a relieved month (leases.N.starts_on / ends_on): 'prorate_days' "
            "(default, catalog 01 example: rent × days leased / days in the month) or 'whole_month'."),
]


def _soe_rent(ev: Ev, use: str) -> None:
    f, n = ev.firm, ev.n
    office = use == "office"
    checks.require_size(ev, SME_SIZES, SME_LABEL)
    leases = checks.require_list(ev, f.leases, "leases", "the firm's leases")
    ev.settle()
    assert leases is not None

    def fails(ls: Lease) -> list[str]:
        out = []
        if ls.landlord is not None and ls.landlord != "district_soe":
            out.append(f"landlord {ls.landlord}, not a 区属国有企业")
        if ls.landlord_district is not None and ls.landlord_district != HERE:
            out.append(f"landlord belongs to {checks.district_zh(ls.landlord_district)}, not a 西城 区属国有企业")
        return out

    what = "office" if office else "production/business"
    candidates = lease_candidates(ev, leases, fails, ("use", "landlord", "landlord_district", "monthly_rent"), use=use,
                                  none=f"no {what} lease of a 西城 区属国有企业's premises")
    if not office or ev.reading(OFFICE_NO_LAYOFF):
        q = f.qualifications
        tag = " (reading office_requires_no_layoff)" if office else ""
        checks.require_flag(ev, q, "open_or_closed_per_rules", True, "按照政府要求坚持营业或依照防疫规定关闭停业" + tag,
                            "neither stayed open as the government required nor closed under the epidemic rules" + tag,
                            "qualifications")
        checks.require_flag(ev, q, "no_layoffs", True, "不裁员、少裁员" + tag,
                            "laid staff off (不裁员、少裁员 not met)" + tag, "qualifications")
        ev.settle()
    extra = ev.reading("xicheng_rent_extension_months")
    mode = ev.reading("xicheng_rent_partial_month")
    months = month_window(n.month.start, 1 + extra)
    if extra:
        ev.step(f"relieved months: February 2020 + {extra} (reading xicheng_rent_extension_months, 可适当延长减免期)")
    paid: list[tuple[int, Fraction]] = []
    for i, ls in candidates:
        rents, parts = lease_month_shares(ls, months, mode)
        if rents == 0:
            ev.reasons.append(f"✗ lease {i}: not in force in the relieved month(s) ({'; '.join(parts)})")
            continue
        rent = ev.known(ls.monthly_rent)
        amount = exact(n.share) * exact(rent) * rents
        fracs = [x.split(": ", 1)[1].replace(" days", "") for x in parts if not x.endswith("not leased")]
        ev.step(f"lease {i}: {pct(n.share)} × monthly rent {yuan(rent)} × ({' + '.join(fracs)}) month(s) "
                f"[{'; '.join(parts)}] = {yuan(amount)}")
        paid.append((i, amount))
    # each lease's share is recorded, for the one-rent-once rule with the city (STACKING, per="leases")
    pay_exact_leases(ev, paid, f"no {what} lease of a 西城 区属国有企业 in force in the relieved month(s)",
               f"{what} lease(s) of 西城 district-SOE premises", apply="to the landlord SOE or 区国资委 (改革协同发展办公室)")


def soe_rent_exemption_feb(ev: Ev) -> None:
    """February 2020 rent waived for SMEs producing or trading in 西城 district-SOE premises."""
    _soe_rent(ev, "business")


def soe_office_rent_reduction_feb(ev: Ev) -> None:
    """February 2020 rent halved for SMEs renting 西城 district-SOE premises as offices."""
    _soe_rent(ev, "office")


# =====================================================================================================
# xicheng.landlord_rent_reduction_subsidy — （十三）, fourth sentence: 30% of the rent waived
# =====================================================================================================
LANDLORD_SOURCE = DOC.cite(
    "L807-L813",
    "对在疫情期间为承租房屋的中小微企业减免租金的企业，区属国有企业由区国资委认定，园区非国有企业由园区主管部门认定，其他类型"
    "企业由行业主管部门认定，经认定后，区政府给予减免金额 30%的资金补贴。根据疫情情况，可适当延长减免期。同一事项不重复享受补贴。",
)
LANDLORD_PARAMS = Params(
    share=Param(Decimal("0.30"), "区政府给予减免金额 30%的资金补贴", unit="share of the rent waived", literal="30%"),
)
LANDLORD_READINGS = [
    Reading("xicheng_landlord_counts_mandated", bool, True,
            "Whether a reduction the landlord had to grant (a 西城 district SOE's February rent under （十三）) counts "
            "toward '减免金额': default True (catalog 01 ambiguity 1: 区属国有企业 are named among the recognised "
            "landlords); False counts voluntary reductions only."),
]


def landlord_rent_reduction_subsidy(ev: Ev) -> None:
    """30% of the rent an enterprise landlord waived for SME tenants in the epidemic period, each reduction recognised
    (经认定后) and not subsidised elsewhere (同一事项不重复享受补贴); a reduction straddling 疫情期间 counts for its days
    inside it."""
    f, n = ev.firm, ev.n
    reliefs = f.rent_relief_granted
    if reliefs is None:
        ev.fail("pays a landlord that cut rent; the profile has no rent_relief_granted (not a landlord claiming)")
    if f.enterprise is False:
        ev.fail("the landlord is not an enterprise (减免租金的企业); individual landlords are not covered")
    period = _epidemic(ev)
    mandated_ok = ev.reading("xicheng_landlord_counts_mandated")

    def fails(r: RentRelief) -> list[str]:
        out = []
        if r.tenant_size is not None and r.tenant_size not in SME_SIZES:
            out.append(f"tenant is {r.tenant_size}, not a 中小微企业")
        if r.period_start is not None and r.period_end is not None and not period.overlaps(
                Window(r.period_start, r.period_end)):
            out.append(f"relieved period {r.period_start}..{r.period_end} wholly outside 疫情期间 {period}")
        if r.subsidised_elsewhere is True:
            out.append("already subsidised under another scheme (同一事项不重复享受补贴)")
        if r.recognised is False:
            out.append("the reduction was not recognised (经认定后: 区国资委 / 园区主管部门 / 行业主管部门)")
        if not mandated_ok and r.mandated is True:
            out.append("a mandated reduction (reading xicheng_landlord_counts_mandated)")
        return out

    keys = ["tenant_size", "period_start", "period_end", "amount", "recognised"] + ([] if mandated_ok else ["mandated"])
    counted: list[tuple[int, Fraction]] = []
    for i, r in checks.list_candidates(ev, reliefs, "rent_relief_granted", "rent relief", fails, keys, "facts needed"):
        waived = ev.known(r.amount)
        span = Window(ev.known(r.period_start), ev.known(r.period_end))
        inside = overlap_days(span, period)
        part = exact(waived)
        if inside < span.days():  # §1: only the days of the relieved period inside 疫情期间 count
            part = part * Fraction(inside, span.days())
            ev.step(f"relief {i}: {inside} of {span.days()} days ({span}) within 疫情期间 {period}: {yuan(waived)} × "
                    f"{inside}/{span.days()} = {yuan(part)}")
        counted.append((i, part))
    ev.settle()
    total = sum((a for _, a in counted), Fraction(0))
    if total == 0:
        ev.fail("no rent waived for an SME tenant in the epidemic period")
    amount = exact(n.share) * total
    ev.step("rent waived for SME tenants: " + " + ".join(yuan(a) for _, a in counted) + f" = {yuan(total)}")
    ev.step(f"{pct(n.share)} × {yuan(total)} = {yuan(amount)}")
    ev.met(f"waived rent of {len(counted)} SME tenancy(ies) in the epidemic period, recognised (经认定)")
    ev.effect("apply", "to the 区政府 (区财政局) on the recognition: 区属国有企业 by 区国资委, 园区非国有企业 by the park "
                       "authority, others by the industry authority")
    ev.pay(amount)


# =====================================================================================================
# xicheng.epidemic_contribution_grant — （十二）, first sentence (no amount; ERRATA_01_03 R27)
# =====================================================================================================
GRANT_SOURCE = DOC.cite("L760-L762", "（十二）加强财政资金支持力度。为部分信用良好、抗击疫情贡献突出的企业提供资金补贴。")
GRANT_READINGS = [
    Reading("xicheng_contribution_grant_amount", NonNegative | None, None,
            "'为部分信用良好、抗击疫情贡献突出的企业提供资金补贴' sets no amount or rate: default None (eligible, amount "
            "unquantified); a figure (yuan) is paid as the grant."),
]


def epidemic_contribution_grant(ev: Ev) -> None:
    """A financial subsidy, amount not stated, for firms of good credit with an outstanding epidemic contribution."""
    checks.require_size(ev, SME_SIZES, SME_LABEL)
    checks.require_qualification(ev, "good_credit_epidemic_contribution", True,
                                 "信用良好、抗击疫情贡献突出 (recognised)", "not recognised as 信用良好、抗击疫情贡献突出")
    ev.settle()
    amount = ev.reading("xicheng_contribution_grant_amount")
    if amount is None:
        ev.unquantified("the text sets no amount ('提供资金补贴'); supply assumptions.xicheng_contribution_grant_amount",
                        ["assumptions.xicheng_contribution_grant_amount"])
        return
    ev.step(f"grant {yuan(amount)} (reading xicheng_contribution_grant_amount)")
    ev.pay(amount)



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
        notes=("'与区有关相近政策不重复享受': a loan that already draws a similar 西城 district subsidy "
               "(loans.N.similar_district_subsidy, a fact of the profile) gets nothing here; the catalog holds no other "
               "西城 interest subsidy, so no stacking rule has a partner; city programmes are not barred.",),
    ),
    Measure(
        id="xicheng.stock_pledge_extension",
        district=HERE,
        title_zh="股票质押展期协调（3至6个月）",
        title_en="Help negotiating a 3–6-month extension of stock pledges with 西城 institutions maturing in the epidemic",
        kind="deferral",
        beneficiary="enterprise",
        sources=(PLEDGE_SOURCE,),
        calc=stock_pledge_extension,
        params=PLEDGE_PARAMS,
        readings=("epidemic_period_start", "epidemic_period_end", "xicheng_pledge_extension_months"),
        valid=VALID,
        summary="deferral: maturity + 3 to 6 months, negotiated (no cash)",
    ),
    Measure(
        id="xicheng.guarantee_fee_subsidy",
        district=HERE,
        title_zh="融资担保综合费率优惠补贴（不足2%的部分，适当补贴）",
        title_en="Subsidy to 西城 guarantee companies on discounted comprehensive rates below 2% ('适当补贴', no rate)",
        kind="guarantee_fee_subsidy",
        beneficiary="guarantee_company",
        sources=(GUARANTEE_SOURCE, GUARANTEE_PAYEE_SOURCE),
        calc=guarantee_fee_subsidy,
        params=GUARANTEE_PARAMS,
        readings=("epidemic_period_start", "epidemic_period_end", *(r.name for r in GUARANTEE_READINGS)),
        territory="custom",
        valid=VALID,
        summary="k × Σ amount × (2% − discounted rate) × term, recognised discounts (经认定); k unquantified ('适当补贴') "
                "unless supplied",
        notes=("The payee is the 驻区担保机构 (guarantor.district), not an SME (catalog 01 caveat on G5); the SME test "
               "applies to each borrower.",
               "'疫情期间…给予综合费率优惠的' dates the grant of the discount (granted_on within 疫情期间), not the term it "
               "covers: a discount granted in the period counts over the whole guarantee term (× term_months / 12).",
               "'经认定' is a fact of each guarantee (guarantor.discounted_guarantees.N.recognised).",),
    ),
    Measure(
        id="xicheng.soe_rent_exemption_feb",
        district=HERE,
        title_zh="区属国企房产免收2月份房租（生产经营用房）",
        title_en="February 2020 rent waived for SMEs producing or trading in 西城 district-SOE premises",
        kind="rent_reduction",
        beneficiary="enterprise",
        sources=(RENT_BUSINESS_SOURCE, RENT_EXTENSION_SOURCE),
        calc=soe_rent_exemption_feb,
        params=RENT_BUSINESS_PARAMS,
        readings=("xicheng_rent_extension_months", "xicheng_rent_partial_month"),
        valid=VALID,
        summary="Σ business leases from 西城 district SOEs: 100% × February 2020 rent (open or closed by the rules, "
                "no or few lay-offs)",
    ),
    Measure(
        id="xicheng.soe_office_rent_reduction_feb",
        district=HERE,
        title_zh="区属国企办公用房2月份租金减半",
        title_en="February 2020 rent halved for SMEs renting 西城 district-SOE premises as offices",
        kind="rent_reduction",
        beneficiary="enterprise",
        sources=(RENT_OFFICE_SOURCE, RENT_BUSINESS_SOURCE, RENT_EXTENSION_SOURCE),
        calc=soe_office_rent_reduction_feb,
        params=RENT_OFFICE_PARAMS,
        readings=(OFFICE_NO_LAYOFF, "xicheng_rent_extension_months", "xicheng_rent_partial_month"),
        valid=VALID,
        summary="Σ office leases from 西城 district SOEs: 50% × February 2020 rent",
    ),
    Measure(
        id="xicheng.landlord_rent_reduction_subsidy",
        district=HERE,
        title_zh="对减免租金的出租方给予减免金额30%补贴",
        title_en="30% of the rent an enterprise landlord waived for SME tenants in the epidemic period",
        kind="rent_subsidy_to_landlord",
        beneficiary="landlord",
        sources=(LANDLORD_SOURCE,),
        calc=landlord_rent_reduction_subsidy,
        params=LANDLORD_PARAMS,
        readings=("epidemic_period_start", "epidemic_period_end", "xicheng_landlord_counts_mandated"),
        valid=VALID,
        summary="30% × rent waived for SME tenants in the epidemic period (its days inside it), recognised (经认定后), "
                "not already subsidised elsewhere",
        notes=("The landlord may be of any size (catalog 01 caveat on G5); the SME test applies to the tenants.",),
    ),
    Measure(
        id="xicheng.epidemic_contribution_grant",
        district=HERE,
        title_zh="为信用良好、抗击疫情贡献突出的企业提供资金补贴",
        title_en="Financial subsidy for firms of good credit with an outstanding contribution against the epidemic "
                 "(no amount stated)",
        kind="cash_grant",
        beneficiary="enterprise",
        sources=(GRANT_SOURCE,),
        calc=epidemic_contribution_grant,
        readings=("xicheng_contribution_grant_amount",),
        valid=VALID,
        summary="eligible on recognition; amount undetermined unless supplied (ERRATA_01_03 R27)",
    ),
]


READINGS = [*LOAN_READINGS, *PLEDGE_READINGS, *GUARANTEE_READINGS, *RENT_READINGS, *LANDLORD_READINGS,
            *GRANT_READINGS]
if not declares_reading(("beijing_business", "chaoyang", "daxing"), OFFICE_NO_LAYOFF):
    READINGS.append(_OFFICE_NO_LAYOFF_FALLBACK)

# =====================================================================================================
# Stacking: one February rent, once (（十三） "同一事项不重复享受补贴"; README "Decisions")
# =====================================================================================================
CITY_SOE_RENT = "beijing.soe_rent_reduction_feb"


def one_rent_once_rules() -> list[StackingRule]:
    """The 西城 February SOE-rent measures and the city February rule (京内市及区属国有企业) relieve one rent once,
    lease by lease."""
    return [
        StackingRule(
            f"xicheng_soe_rent_once_{use}", "exclusive", (mid, CITY_SOE_RENT), RENT_EXTENSION_SOURCE,
            "（十三） restates the city February-rent rule for 西城's district SOEs; the same February rent is relieved "
            "once (同一事项不重复享受补贴): on each lease, by the 西城 measure or the city rule, whichever pays more on "
            "it; different leases are different matters (a 市属 SOE's premises keep the city relief)",
            keep="highest", per="leases", per_reading="soe_rent_one_level_scope",
        )
        for use, mid in (("production", "xicheng.soe_rent_exemption_feb"),
                         ("office", "xicheng.soe_office_rent_reduction_feb"))
    ]


# the rules wait for the city business module to declare the city measure, so that the package stays importable
STACKING: list[StackingRule] = one_rent_once_rules() if declares_measure(CITY_MODULES, CITY_SOE_RENT) else []
