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

What the institution or the district decided for one firm is a fact of its profile, not a reading: the extension a
pledgee agreed (``capital_markets.stock_pledges.N.extension_months``) and the grant assessed under （十二）
(``xicheng_contribution_grant_assessed``); ``MOVED_READINGS`` names them for the former readings.

Every measure is written once in the rule vocabulary (docs/rules.md) and runs on both evaluators. Every amount is
exact until the engine's one rounding; an item counts only for its own period inside the measure's window (a lease's
days in the relieved months, a reduction's days inside 疫情期间).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field

from ..engine.measure import Measure, Param, Params, Reading
from ..engine.periods import Window, month_window
from ..engine.rules import nodes as N
from ..engine.rules.define import Rule
from ..engine.rules.nodes import Node, const, if_, maximum, minimum
from ..engine.rules.tables import benchmark
from ..engine.stacking import StackingRule
from ..i18n import zh
from ..profile.industries import SMALL_MICRO, SME_SIZES
from ._documents import XICHENG_XZBF_2020_1 as DOC
from ._lists import known_list

#: the document's validity, declared once and listed in every measure's Params (L1072-L1074)
VALIDITY = Param(Window(date(2020, 2, 17), date(2020, 12, 31)), "自发布之日起实施，有效期至 2020 年12月 31日",
                 unit="the document's validity",
                 convention="starts on the document's issue date, 2020-02-17 (自发布之日起: the date is the document's "
                            "own, not in this sentence); ends 有效期至 2020 年12月 31日 (L1072-L1074), inclusive")
VALID: Window = VALIDITY.value

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
    policy_valid=VALIDITY,
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


def loan_interest_subsidy(r: Rule) -> None:
    """30% of the interest actually paid on 普惠 loans disbursed Feb–May 2020, at most at the benchmark rate."""
    n = r.n
    sizes, label = r.choose("xicheng_loan_sizes", {"sme": (SME_SIZES, "中小微企业"),
                                                   "small_micro": (SMALL_MICRO, "小微企业 (普惠)")})
    r.require(r.size().isin(sizes), zh(f"size {{}} is within {label}", f"规模 {{}} 属于{label}"), zh(f"size {{}} is not within {label}", f"规模 {{}} 不属于{label}"))
    r.require(r.fact.industry.isin(r.value("industries")), zh("industry {} is among the ten industries of （七）", "行业 {} 属于（七）所列十个行业"),
              zh("industry {} is not among the ten industries of （七）", "行业 {} 不属于（七）所列十个行业"))
    loans = known_list(r, "loans", zh("the firm's loans", "企业的贷款"))
    r.require(loans.count() > 0, zh("the firm has loans", "企业有贷款"), zh("the firm has no loans", "企业没有贷款"))
    window: Window = r.choose("xicheng_loan_window_start", {
        "february_1": r.value("disbursed"), "policy_issue_date": Window(VALID.start, r.value("disbursed").end)})
    per_loan = r.choose("xicheng_loan_amount_basis", {"loan": True, "firm_total": False})
    whole = r.choose("xicheng_loan_threshold_mode", {"whole_loan_ineligible": True, "cap_base": False})
    excess_only = r.choose("xicheng_loan_above_benchmark", {"exclude_excess": True, "loan_ineligible": False})
    conds = [
        (loans.inclusive_finance.is_(True), zh("not a 普惠 (inclusive-finance) loan", "不是普惠贷款")),
        (loans.disbursed_on.within(window), zh(f"disbursed {{}}, outside {window}", f"发放日 {{}}，不在 {window} 内")),
        (loans.term_months <= n.max_term_months, zh("term {} months is over one year (不超过一年期)", "期限 {} 个月，超过一年（不超过一年期）")),
    ]
    if per_loan and whole:
        conds.append((loans.principal <= n.max_principal, zh("principal {} is over 1000万 (及以下)", "本金 {} 超过 1000万（及以下）")))
    if r.flag("xicheng_loan_requires_district_lender"):
        conds.append((loans.lender_district.eq(HERE), zh("lender in {}, not a 西城 (辖区) institution", "贷款机构在 {}，不是西城区（辖区）金融机构")))
    conds.append((loans.similar_district_subsidy.default(False).is_(False),
                  zh("already subsidised under a similar 西城 policy (与区有关相近政策不重复享受)", "已享受西城区相近政策的贴息（与区有关相近政策不重复享受）")))
    none = zh(f"no loan qualifies (普惠, disbursed {window}, ≤ {r.value('max_term_months')} months, ≤ 1000万)", f"没有符合条件的贷款（普惠，{window} 发放，≤ {r.value('max_term_months')} 个月，≤ 1000万）")
    q = r.select(loans, *conds, needs=[loans.principal], label=zh("loan", "贷款"), none=none).named("qualifying loan")
    bench = r.table(benchmark(r.reading("benchmark_series")), loans.disbursed_on, loans.term_months).named(
        zh("benchmark", "基准利率"), "rate")
    r.step(zh("benchmark", "基准利率"), bench, where=q)
    rate, interest, principal = loans.annual_rate, loans.interest_paid, loans.principal
    scale: Node | None = None
    if not per_loan:
        total_p = r.step(zh("total principal of qualifying loans", "符合条件贷款的本金合计"), loans.sum(principal, where=q).named(
            zh("total principal of qualifying loans", "符合条件贷款的本金合计"), "yuan"))
        if whole:
            r.require(total_p <= n.max_principal, "", zh("total principal {} is over 1000万 (及以下)", "本金合计 {} 超过 1000万（及以下）"))
        else:
            scale = if_(total_p > n.max_principal, n.max_principal / total_p, 1).named(
                zh("share of the first 1000万 in the total principal", "前 1000万 占本金合计的比例"), "share")
    r.need(loans.sum(interest + rate, where=q), zh("interest paid and contract rate of each qualifying loan", "每笔符合条件贷款的已付利息和合同利率"))
    r.settle()
    within_bench = (rate.eq(0) | (rate <= bench)).named("contract rate within the benchmark")
    reduced = (interest * bench / rate).named(zh("interest within the benchmark", "按基准利率以内计的利息"), "yuan")
    r.step(zh("interest within the benchmark", "按基准利率以内计的利息"), reduced, where=q & ~within_bench)
    within = if_(within_bench, interest, reduced)
    base = within
    if per_loan and not whole:
        base = if_(principal > n.max_principal, within * n.max_principal / principal, within).named(
            zh("interest on the first 1000万", "前 1000万 的利息"), "yuan")
        r.step(zh("only the first 1000万 counts", "只计前 1000万"), base, where=q & (principal > n.max_principal))
    elif scale is not None:
        base = (within * scale).named(zh("interest on the first 1000万", "前 1000万 的利息"), "yuan")
    subsidy = n.share * base
    if not excess_only:
        subsidy = if_(within_bench, subsidy, 0)
    subsidy = r.step(zh("subsidy", "贴息"), subsidy.named(zh("subsidy", "补贴"), "yuan"), where=q)
    total = loans.sum(subsidy, where=q).named(zh("subsidy", "补贴"), "yuan")
    r.step(zh("sum over loans", "各贷款合计"), total)
    r.pay(total, met=zh("qualifying 普惠 loan(s); 30% of interest paid up to the benchmark", "符合条件的普惠贷款；按基准利率以内实际支付利息的 30%"))


# =====================================================================================================
# Shared by the 西城 measures below
# =====================================================================================================
HERE = "xicheng"
NonNegative = Annotated[Decimal, Field(ge=0)]
SME_LABEL = "中小微企业 (G5: 以上政策措施适用于…中小微企业)"
FEB = Window(date(2020, 2, 1), date(2020, 2, 29))


def epidemic(r: Rule) -> Window:
    """疫情期间 under the shared readings (the same for every firm of a run)."""
    return Window(r.reading("epidemic_period_start"), r.reading("epidemic_period_end"))


def require_sme(r: Rule) -> None:
    """G5: 以上政策措施适用于…中小微企业 (the firm's size by 300号)."""
    r.require(r.size().isin(SME_SIZES), zh(f"size {{}} is within {SME_LABEL}", "规模 {} 属于中小微企业（G5：以上政策措施适用于…中小微企业）"),
              zh(f"size {{}} is not within {SME_LABEL}", "规模 {} 不属于中小微企业（G5：以上政策措施适用于…中小微企业）"))


# =====================================================================================================
# xicheng.stock_pledge_extension — （八）提升直接融资服务水平, first sentence
# =====================================================================================================
PLEDGE_SOURCE = DOC.cite(
    "L672-L674",
    "（八）提升直接融资服务水平。与驻区金融机构签订股票质押协议的，在疫情防控期间到期，企业由于还款困难申请展期的，"
    "可协助企业与金融机构协商，展期 3至 6个月。",
)
PLEDGE_PARAMS = Params(
    policy_valid=VALIDITY,
    min_months=Param(3, "展期 3至 6个月", unit="months", note="both ends inclusive", literal="3至 6个月"),
    max_months=Param(6, "展期 3至 6个月", unit="months", note="both ends inclusive", literal="6个月"),
)
PLEDGE_READINGS: list[Reading] = []  # the extension agreed is a fact of each pledge (MOVED_READINGS)


def stock_pledge_extension(r: Rule) -> None:
    """District help to negotiate a 3–6-month extension of a stock pledge with a 西城 institution maturing in the
    epidemic-control period (a deferral, no cash). The institution decides the length: the extension it agreed
    (``extension_months``, a fact of each pledge) fixes the new maturity; not agreed yet, the range is reported."""
    n = r.n
    require_sme(r)
    pledges = known_list(r, "capital_markets.stock_pledges", zh("stock-pledge agreements", "股票质押协议"))
    period = epidemic(r)
    agreed = pledges.extension_months
    q = r.select(
        pledges,
        (pledges.pledgee_district.eq(HERE), zh("pledgee in {}, not a 驻区 (西城) institution", "质权人在 {}，不是驻区（西城）金融机构")),
        (pledges.matures_on.within(period), zh(f"matures {{}}, outside 疫情防控期间 {period}", f"到期日 {{}}，不在疫情防控期间 {period} 内")),
        (pledges.repayment_difficulty.is_(True), zh("no repayment difficulty (由于还款困难)", "没有还款困难（由于还款困难）")),
        (~agreed.known() | ((agreed >= n.min_months) & (agreed <= n.max_months)),
         zh("extension agreed {} months, not 3至 6个月", "商定展期 {} 个月，不是 3至 6个月")),
        label=zh("pledge", "股票质押"),
        none=zh("no stock pledge with a 西城 institution maturing in the epidemic-control period with "
                "repayment difficulty", "没有与驻区金融机构签订、在疫情防控期间到期且还款困难的股票质押")).named("covered pledge")
    due = pledges.matures_on
    lo, hi = r.value("min_months"), r.value("max_months")
    earliest, latest = due.add_months(lo), due.add_months(hi)
    new_due = latest
    for k in range(hi - 1, lo - 1, -1):  # the extension agreed, one of 3 … 6 months
        new_due = if_(agreed.eq(k), due.add_months(k), new_due)
    open_ = q & ~agreed.known()
    r.step(zh("new maturity, at the earliest", "新到期日（最早）"), earliest, where=open_)
    r.step(zh("new maturity, at the latest", "新到期日（最晚）"), latest, where=open_)
    r.effect("deferral", zh("matures {} → between {} and {}, negotiated with the district's help (可协助…协商; the "
                "institution decides)", "到期日 {} → {} 至 {} 之间，由区里协助企业与金融机构协商（可协助…协商；由金融机构决定）"), due, earliest, latest, where=open_)
    fixed = q & agreed.known()
    r.step(zh("new maturity (extension agreed)", "新到期日（已商定展期）"), new_due.named(zh("new maturity", "新到期日")), where=fixed)
    r.effect("deferral", zh("matures {} → {} (an extension of {} months agreed with the institution, negotiated with the "
                "district's help)", "到期日 {} → {}（与金融机构商定展期 {} 个月，由区里协助协商）"), due, new_due, agreed, where=fixed)
    r.pay(0, met=zh("stock pledge(s) with a 驻区 institution maturing in the epidemic-control period", "与驻区金融机构签订、在疫情防控期间到期的股票质押"))


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
    policy_valid=VALIDITY,
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


def guarantee_fee_subsidy(r: Rule) -> None:
    """'适当补贴' to a 西城 guarantee company on the part of its discounted comprehensive rates below 2%."""
    n = r.n
    r.require(r.present("guarantor"), "", zh("pays a guarantee company (驻区担保机构); the profile has no guarantor section", "补贴对象为担保机构（驻区担保机构）；企业信息中没有 guarantor 部分"))
    r.require(r.fact.guarantor.district.eq(HERE), zh("guarantee company located in 西城 (驻区担保机构)", "担保机构位于西城区（驻区担保机构）"),
              zh("the guarantee company is in {}, not located in 西城 (驻区担保机构)", "担保机构在 {}，不在西城区（驻区担保机构）"),
              unknown=zh("guarantee company located in 西城 (驻区) — not known", "担保机构是否位于西城区（驻区） — 未知"))
    g = known_list(r, "guarantor.discounted_guarantees",
                   zh("guarantees with a comprehensive-rate discount", "给予综合费率优惠的担保业务"))
    period = epidemic(r)
    new, old, months = g.discounted_rate, g.original_rate, g.term_months
    delta = r.choose("xicheng_guarantee_base", {
        "gap_below_2pct": n.threshold - new,
        "reduction_within_band": maximum(0, minimum(old, n.threshold) - new),
        "whole_reduction": maximum(0, old - new),
    })
    by_term = r.flag("xicheng_guarantee_scale_by_term")
    needs = [g.amount] + ([old] if r.reading("xicheng_guarantee_base") != "gap_below_2pct" else []) + (
        [months] if by_term else [])
    q = r.select(
        g,
        (g.borrower_size.isin(SME_SIZES), zh("borrower is {}, not a 中小微企业", "被担保企业为 {}，不是中小微企业")),
        (g.borrower_severely_affected.is_(True), zh("borrower not a 受疫情影响严重的优质中小微企业", "被担保企业不是受疫情影响严重的优质中小微企业")),
        (g.granted_on.within(period), zh(f"granted {{}}, outside 疫情期间 {period}", f"优惠日期 {{}}，不在疫情期间 {period} 内")),
        (new < n.threshold, zh("discounted rate {} is not below 2% (不足 2%)", "优惠后费率 {} 不低于 2%（不足 2%）")),
        (g.recognised.is_(True), zh("the discount was not recognised (经认定)", "费率优惠未经认定（经认定）")),
        needs=needs, label=zh("guarantee", "担保业务")).named("counted guarantee")
    r.settle()
    base = g.amount * delta
    if by_term:
        base = base * months / n.months_a_year
    base = r.step(zh("base", "补贴基数"), base.named(zh("base", "补贴基数"), "yuan"), where=q)
    total = r.step(zh("base: sum over guarantees", "补贴基数：各担保业务合计"), g.sum(base, where=q).named(zh("base", "补贴基数"), "yuan"))
    r.require(total > 0, zh("discounted guarantee(s) for severely affected SMEs in the epidemic period (经认定)", "疫情期间为受疫情影响严重的中小微企业提供的费率优惠担保（经认定）"),
              zh("no discounted guarantee with a base below 2% for a severely affected SME in the epidemic period", "疫情期间没有为受疫情影响严重的中小微企业提供综合费率不足 2% 的优惠担保"))
    share = r.reading("xicheng_guarantee_subsidy_share")
    if share is None:
        r.unquantified(zh("the text sets no rate ('给予适当补贴'); supply assumptions.xicheng_guarantee_subsidy_share", "文件未规定比例（“给予适当补贴”）；请提供 assumptions.xicheng_guarantee_subsidy_share"),
                       ["assumptions.xicheng_guarantee_subsidy_share"])
        return
    k = const(share).named("assumptions.xicheng_guarantee_subsidy_share", "share")
    r.pay(r.step(zh("subsidy", "补贴"), (k * total).named(zh("subsidy", "补贴"), "yuan")))


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
    policy_valid=VALIDITY,
    share=Param(Decimal(1), "免收 2月份房租", unit="share of the month's rent", literal="免收"),
    month=Param(FEB, "免收 2月份房租", note="February 2020 (29 days)", literal="2月份"),
)
RENT_OFFICE_PARAMS = Params(
    policy_valid=VALIDITY,
    share=Param(Decimal("0.50"), "给予 2月份租金 50%的减免", unit="share of the month's rent", literal="50%"),
    month=Param(FEB, "给予 2月份租金 50%的减免", note="February 2020 (29 days)", literal="2月份"),
)
OFFICE_NO_LAYOFF = "office_requires_no_layoff"
RENT_READINGS = [
    Reading("xicheng_rent_extension_months", Annotated[int, Field(ge=0, le=10)], 0,
            "'根据疫情情况，可适当延长减免期' gives no length: the number of months after February 2020 (March, April, …) "
            "relieved at the same rate. Default 0 (the text fixes only February)."),
    Reading("xicheng_rent_partial_month", Literal["prorate_days", "whole_month"], "prorate_days",
            "A lease that begins or ends inside a relieved month (leases.N.starts_on / ends_on): 'prorate_days' "
            "(default, catalog 01 example: rent × days leased / days in the month) or 'whole_month'."),
]


def soe_rent(r: Rule, use: str) -> None:
    """（十三）: the February 2020 rent (and any extension) of the firm's leases of 西城 district-SOE premises of one use,
    relieved at the measure's share for the days each lease is in force."""
    n = r.n
    office = use == "office"
    what = "office" if office else "production/business"
    what_zh = "办公用房" if office else "生产经营用房"
    require_sme(r)
    leases = known_list(r, "leases", zh("the firm's leases", "企业的租约"))
    q = r.select(
        leases,
        (leases.landlord.eq("district_soe"), zh("landlord {}, not a 区属国有企业", "出租方为 {}，不是区属国有企业")),
        (leases.landlord_district.eq(HERE), zh("landlord belongs to {}, not a 西城 区属国有企业", "出租方属于 {}，不是西城区区属国有企业")),
        only=leases.use.eq(use), needs=[leases.monthly_rent], label=zh("lease", "租约"),
        none=zh(f"no {what} lease of a 西城 区属国有企业's premises", f"没有承租西城区区属国有企业房产作{what_zh}的租约")).named("lease of 西城 district-SOE premises")
    if not office or r.flag(OFFICE_NO_LAYOFF):
        tag = " (reading office_requires_no_layoff)" if office else ""
        tag_zh = "（解释口径 office_requires_no_layoff）" if office else ""
        qual = r.fact.qualifications
        r.require(qual.open_or_closed_per_rules.is_(True), zh("按照政府要求坚持营业或依照防疫规定关闭停业" + tag, "按照政府要求坚持营业或依照防疫规定关闭停业" + tag_zh),
                  zh("neither stayed open as the government required nor closed under the epidemic rules" + tag,
                     "既未按照政府要求坚持营业，也未依照防疫规定关闭停业" + tag_zh))
        r.require(qual.no_layoffs.is_(True), zh("不裁员、少裁员" + tag, "不裁员、少裁员" + tag_zh),
                  zh("laid staff off (不裁员、少裁员 not met)" + tag, "有裁员（不满足不裁员、少裁员）" + tag_zh))
        r.settle()
    extra = r.reading("xicheng_rent_extension_months")
    months = month_window(r.value("month").start, 1 + extra)
    if extra:
        r.step(zh(f"relieved months (February 2020 + {extra}: reading xicheng_rent_extension_months, 可适当延长减免期)",
                  f"减免月份（2020年2月 + {extra}：解释口径 xicheng_rent_extension_months，可适当延长减免期）"),
               const(months))
    prorate = r.choose("xicheng_rent_partial_month", {"prorate_days": True, "whole_month": False})
    # a lease counts for its own days in each relieved month (starts_on / ends_on absent: in force throughout)
    start, end = leases.starts_on.default(months.start), leases.ends_on.default(months.end)
    shares = []
    for month in months.months():
        days = N.overlap_days(start, end, month).named(zh(f"days leased in {month.start:%Y-%m}", f"{month.start:%Y-%m} 在租期内的天数"), "days")
        shares.append(days / month.days() if prorate else if_(days > 0, 1, 0).named(
            f"{month.start:%Y-%m} counted whole"))
    leased = sum(shares[1:], shares[0])
    relieved = r.select(leases, (leased > 0, zh(f"not in force in the relieved month(s) {months}",
                                                f"减免月份 {months} 不在租期内")),
                        only=q, label=zh("lease", "租约"),
                        none=zh(f"no {what} lease of a 西城 区属国有企业 in force in the relieved month(s)",
                                f"没有在减免月份内有效的承租西城区区属国有企业房产作{what_zh}的租约"))
    relief = r.step(zh("relief", "减免租金"), (n.share * leases.monthly_rent * leased).named(zh("relief", "减免金额"), "yuan"), where=relieved)
    # each lease's share, for the one-rent-once rule with the city (STACKING, per="leases")
    r.parts(leases, relief, where=relieved)
    r.effect("apply", zh("to the landlord SOE or 区国资委 (改革协同发展办公室)", "向出租的区属国有企业或区国资委（改革协同发展办公室）申请"))
    r.pay(r.step(zh("sum over leases", "各租约合计"), leases.sum(relief, where=relieved).named(zh("relief", "减免金额"), "yuan")),
          met=zh(f"{what} lease(s) of 西城 district-SOE premises", f"承租西城区区属国有企业房产作{what_zh}的租约"))


def soe_rent_exemption_feb(r: Rule) -> None:
    """February 2020 rent waived for SMEs producing or trading in 西城 district-SOE premises."""
    soe_rent(r, "business")


def soe_office_rent_reduction_feb(r: Rule) -> None:
    """February 2020 rent halved for SMEs renting 西城 district-SOE premises as offices."""
    soe_rent(r, "office")


# =====================================================================================================
# xicheng.landlord_rent_reduction_subsidy — （十三）, fourth sentence: 30% of the rent waived
# =====================================================================================================
LANDLORD_SOURCE = DOC.cite(
    "L807-L813",
    "对在疫情期间为承租房屋的中小微企业减免租金的企业，区属国有企业由区国资委认定，园区非国有企业由园区主管部门认定，其他类型"
    "企业由行业主管部门认定，经认定后，区政府给予减免金额 30%的资金补贴。根据疫情情况，可适当延长减免期。同一事项不重复享受补贴。",
)
LANDLORD_PARAMS = Params(
    policy_valid=VALIDITY,
    share=Param(Decimal("0.30"), "区政府给予减免金额 30%的资金补贴", unit="share of the rent waived", literal="30%"),
)
LANDLORD_READINGS = [
    Reading("xicheng_landlord_counts_mandated", bool, True,
            "Whether a reduction the landlord had to grant (a 西城 district SOE's February rent under （十三）) counts "
            "toward '减免金额': default True (catalog 01 ambiguity 1: 区属国有企业 are named among the recognised "
            "landlords); False counts voluntary reductions only."),
]


def landlord_rent_reduction_subsidy(r: Rule) -> None:
    """30% of the rent an enterprise landlord waived for SME tenants in the epidemic period, each reduction recognised
    (经认定后) and not subsidised elsewhere (同一事项不重复享受补贴); a reduction straddling 疫情期间 counts for its days
    inside it."""
    n = r.n
    r.require(r.present("rent_relief_granted"), "",
              zh("pays a landlord that cut rent; the profile has no rent_relief_granted (not a landlord claiming)",
                 "补贴对象为减免房租的出租方；企业信息中没有 rent_relief_granted（不是申请补贴的出租方）"))
    r.require(r.fact.enterprise.default(True).is_(True), "",
              zh("the landlord is not an enterprise (减免租金的企业); individual landlords are not covered", "出租方不是企业（减免租金的企业）；个人出租方不在范围内"))
    period = epidemic(r)
    rel = r.items("rent_relief_granted")
    inside = N.overlap_days(rel.period_start, rel.period_end, period).named(zh("days within 疫情期间", "疫情期间内的天数"))
    conds = [
        (rel.tenant_size.isin(SME_SIZES), zh("tenant is {}, not a 中小微企业", "承租企业为 {}，不是中小微企业")),
        (inside > 0, zh(f"relieved period wholly outside 疫情期间 {period}", f"减免期完全在疫情期间 {period} 之外")),
        (rel.subsidised_elsewhere.default(False).is_(False), zh("already subsidised under another scheme (同一事项不重复享受补贴)", "已享受其他补贴（同一事项不重复享受补贴）")),
        (rel.recognised.is_(True), zh("the reduction was not recognised (经认定后: 区国资委 / 园区主管部门 / 行业主管部门)", "减免未经认定（经认定后：区国资委 / 园区主管部门 / 行业主管部门）")),
    ]
    if not r.flag("xicheng_landlord_counts_mandated"):
        conds.append((rel.mandated.is_(False), zh("a mandated reduction (reading xicheng_landlord_counts_mandated)", "按规定必须给予的减免（解释口径 xicheng_landlord_counts_mandated）")))
    q = r.select(rel, *conds, needs=[rel.amount], label=zh("rent relief", "减租")).named("counted reduction")
    r.settle()
    days = (rel.period_start.days_until(rel.period_end) + 1).named(zh("days relieved", "减免天数"))
    part = if_(inside < days, rel.amount * inside / days, rel.amount).named(zh("rent waived within 疫情期间", "疫情期间内减免的租金"), "yuan")
    # §1: only the days of the relieved period inside 疫情期间 count
    r.step(zh("rent waived within 疫情期间", "疫情期间内减免的租金"), rel.amount * inside / days, where=q & (inside < days))
    total = r.step(zh("rent waived for SME tenants", "为中小微企业减免的租金"), rel.sum(part, where=q).named(zh("rent waived", "减免的租金"), "yuan"))
    r.require(total > 0, zh("waived rent of SME tenancy(ies) in the epidemic period, recognised (经认定)", "疫情期间为中小微企业减免租金，经认定"),
              zh("no rent waived for an SME tenant in the epidemic period", "疫情期间没有为中小微企业减免租金"))
    r.effect("apply", zh("to the 区政府 (区财政局) on the recognition: 区属国有企业 by 区国资委, 园区非国有企业 by the park "
                         "authority, others by the industry authority",
                         "经认定后向区政府（区财政局）申请：区属国有企业由区国资委认定，园区非国有企业由园区主管部门认定，"
                         "其他类型企业由行业主管部门认定"))
    r.pay(r.step(zh("subsidy", "补贴"), (n.share * total).named(zh("subsidy", "补贴"), "yuan")))


# =====================================================================================================
# xicheng.epidemic_contribution_grant — （十二）, first sentence (no amount; ERRATA_01_03 R27)
# =====================================================================================================
GRANT_SOURCE = DOC.cite("L760-L762", "（十二）加强财政资金支持力度。为部分信用良好、抗击疫情贡献突出的企业提供资金补贴。")
GRANT_READINGS: list[Reading] = []  # the grant assessed is a fact of the firm (MOVED_READINGS)


def epidemic_contribution_grant(r: Rule) -> None:
    """A financial subsidy, amount not stated, for firms of good credit with an outstanding epidemic contribution: the
    grant 西城 assessed for the firm (a fact of its profile); not assessed yet, eligible with the amount unquantified."""
    require_sme(r)
    r.require(r.fact.qualifications.good_credit_epidemic_contribution.is_(True),
              zh("信用良好、抗击疫情贡献突出 (recognised)", "信用良好、抗击疫情贡献突出（经认定）"), zh("not recognised as 信用良好、抗击疫情贡献突出", "未被认定为信用良好、抗击疫情贡献突出"))
    r.settle()
    assessed = r.fact.xicheng_contribution_grant_assessed
    r.pay(assessed.default(0))
    r.incomplete(zh("the text sets no amount ('提供资金补贴'): the grant 西城 assessed for the firm "
                    "(xicheng_contribution_grant_assessed) is not known yet",
                    "文件未规定金额（“提供资金补贴”）：西城区为企业核定的补贴（xicheng_contribution_grant_assessed）尚未知"), ["xicheng_contribution_grant_assessed"],
                 when=~assessed.known())


MEASURES = [
    Measure(
        id="xicheng.loan_interest_subsidy",
        district="xicheng",
        title_zh="给予中小微企业贷款贴息",
        title_en="SME loan interest subsidy: 30% of interest actually paid, up to the benchmark rate",
        kind="interest_subsidy",
        beneficiary="enterprise",
        sources=(LOAN_SOURCE,),
        rule=loan_interest_subsidy,
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
        rule=stock_pledge_extension,
        params=PLEDGE_PARAMS,
        readings=("epidemic_period_start", "epidemic_period_end"),
        valid=VALID,
        summary="deferral: maturity + 3 to 6 months, negotiated (no cash); the extension agreed when known",
    ),
    Measure(
        id="xicheng.guarantee_fee_subsidy",
        district=HERE,
        title_zh="融资担保综合费率优惠补贴（不足2%的部分，适当补贴）",
        title_en="Subsidy to 西城 guarantee companies on discounted comprehensive rates below 2% ('适当补贴', no rate)",
        kind="guarantee_fee_subsidy",
        beneficiary="guarantee_company",
        sources=(GUARANTEE_SOURCE, GUARANTEE_PAYEE_SOURCE),
        rule=guarantee_fee_subsidy,
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
        rule=soe_rent_exemption_feb,
        params=RENT_BUSINESS_PARAMS,
        # soe_rent_one_level_scope: read by the one-rent-once rule with the city (STACKING), which records it
        readings=("xicheng_rent_extension_months", "xicheng_rent_partial_month", "soe_rent_one_level_scope"),
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
        rule=soe_office_rent_reduction_feb,
        params=RENT_OFFICE_PARAMS,
        readings=(OFFICE_NO_LAYOFF, "xicheng_rent_extension_months", "xicheng_rent_partial_month",
                  "soe_rent_one_level_scope"),
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
        rule=landlord_rent_reduction_subsidy,
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
        rule=epidemic_contribution_grant,
        params=Params(policy_valid=VALIDITY),
        valid=VALID,
        summary="eligible on recognition; the grant assessed (xicheng_contribution_grant_assessed), else unquantified "
                "(ERRATA_01_03 R27)",
    ),
]


READINGS = [*LOAN_READINGS, *PLEDGE_READINGS, *GUARANTEE_READINGS, *RENT_READINGS, *LANDLORD_READINGS,
            *GRANT_READINGS]
# office_requires_no_layoff, read by the office tier, is the shared SOE-rent reading, declared once in the catalog (by
# the city business module); no module asks at import time whether another declares it

# readings that became facts of each firm (issue 9 §4): what the institution or the district decided for this firm
MOVED_READINGS = {
    "xicheng_pledge_extension_months": "the profile field capital_markets.stock_pledges.N.extension_months (a fact of "
                                       "each pledge: the extension the institution agreed)",
    "xicheng_contribution_grant_amount": "the profile field xicheng_contribution_grant_assessed (a fact of each firm: "
                                         "the grant 西城 assessed)",
}

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


STACKING: list[StackingRule] = one_rent_once_rules()
