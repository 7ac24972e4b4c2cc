"""海淀 H1 （九）（十）: capital markets — intermediary fees of bonds and listings (B15/B16), M&A loan interest
(B17), the relief fund (B18, information), stock-pledge extensions (B19)."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from ...engine.measure import Measure, Param, Params, Reading
from ...engine.rules.define import Rule
from ...engine.rules.nodes import Node, const, if_, minimum
from ...i18n import zh
from .._documents import HAIDIAN_H1 as DOC
from ._h1 import (
    COMMON_READINGS,
    EPI,
    HERE,
    ISSUED,
    VALID_FROM,
    benchmark_interest,
    epidemic_period,
    general_rules,
    h1_measure,
    h1_params,
    known_list,
    months_counted,
    needs_where,
    qualification,
    section_given,
    validity,
    when_known,
)

# =====================================================================================================
# B15 / B16 — （九）拓宽企业融资渠道, first paragraph
# =====================================================================================================
BOND_SOURCE = DOC.cite(
    "L3386-L3388",
    "对高新技术企业经国家有关部门批准发行并符合国家重点战略方向的债券等直接融资产品，给予 50%的中介费用补贴，对单家企业的补贴上限为 "
    "100万元。",
)
PRE_IPO_SOURCE = DOC.cite("L3388-L3390", "对拟上市企业，参照该标准给予支持。")
FEE_PARAMS = h1_params(
    share=Param(Decimal("0.50"), "给予 50%的中介费用补贴", unit="share of intermediary fees", literal="50%"),
    cap=Param(Decimal(1_000_000), "对单家企业的补贴上限为 100万元", unit="yuan per firm", literal="100万元"),
)
FEE_READINGS = [
    Reading("haidian_bond_registration_counts", bool, False,
            "'经国家有关部门批准发行': only approved issues (default False, literal) or also issues merely registered "
            "with an exchange or the interbank market (True)."),
    Reading("haidian_pre_ipo_requires_high_tech", bool, False,
            "'对拟上市企业，参照该标准给予支持': only the 50% rate and the 1,000,000 cap carry over (default False, catalog "
            "03); True also requires 高新技术企业 status."),
]


def fee_subsidy(r: Rule, fees: Node, what: str, what_zh: str) -> None:
    """50% of the intermediary fees (needed by the caller), capped per firm (补贴上限为 100万元)."""
    n = r.n
    r.settle()
    r.pay(r.step(zh(f"50% of the {what}, capped per firm (补贴上限为 100万元)", f"{what_zh}的 50%，每家企业封顶（补贴上限为 100万元）"),
                 minimum(n.share * fees, n.cap).named(zh("subsidy", "补贴"), "yuan")))


def direct_financing_intermediary_fee_subsidy(r: Rule) -> None:
    """50% of the intermediary fees of a high-tech firm's approved, strategic bond issues; ≤ 1,000,000."""
    general_rules(r)
    qualification(r, "high_tech_enterprise", zh("a 高新技术企业", "高新技术企业"), zh("not a certified 高新技术企业", "不是经认定的高新技术企业"))
    within = section_given(r, "capital_markets", zh("bond or other direct-financing issues", "债券等直接融资"))
    cm = r.fact.capital_markets
    ok = {"approved", "registered"} if r.flag("haidian_bond_registration_counts") else {"approved"}
    r.require(within(cm.direct_financing_approval.isin(ok)),
              zh("a bond or direct-financing issue approved by the national "
                 "authorities (经国家有关部门批准发行)", "经国家有关部门批准发行的债券等直接融资（经国家有关部门批准发行）"),
              zh("direct financing: {}, not an issue approved by the national "
                 "authorities", "直接融资：{}，不是经国家有关部门批准发行的"),
              unknown=zh("an issue approved by the national authorities — not known", "是否经国家有关部门批准发行 — 未知"),
              args=(cm.direct_financing_approval,))
    r.require(within(cm.direct_financing_national_strategy.is_(True)),
              zh("fits the national key strategic directions (符合国家重点战略方向)", "符合国家重点战略方向"),
              zh("does not fit the national key strategic directions", "不符合国家重点战略方向"))
    r.need(within(cm.direct_financing_intermediary_fees.defined()), zh("intermediary fees of the issue", "发行的中介费用"))
    fee_subsidy(r, cm.direct_financing_intermediary_fees, "intermediary fees of the issue", "发行的中介费用")


def pre_ipo_intermediary_fee_subsidy(r: Rule) -> None:
    """Pre-IPO firms: 50% of listing intermediary fees, ≤ 1,000,000 ('参照该标准')."""
    general_rules(r)
    if r.flag("haidian_pre_ipo_requires_high_tech"):
        qualification(r, "high_tech_enterprise",
                      zh("a 高新技术企业 (reading haidian_pre_ipo_requires_high_tech)",
                         "高新技术企业（解释口径 haidian_pre_ipo_requires_high_tech）"),
                      zh("not a certified 高新技术企业 (reading haidian_pre_ipo_requires_high_tech)",
                         "不是经认定的高新技术企业（解释口径 haidian_pre_ipo_requires_high_tech）"))
    within = section_given(r, "capital_markets", zh("listing plans", "上市计划"))
    cm = r.fact.capital_markets
    r.require(within(cm.pre_ipo.is_(True)), zh("preparing to list (拟上市企业)", "拟上市企业"),
              zh("not preparing to list (拟上市)", "不是拟上市企业（拟上市）"))
    r.need(within(cm.listing_intermediary_fees.defined()), zh("listing intermediary fees", "上市中介费用"))
    fee_subsidy(r, cm.listing_intermediary_fees, "listing intermediary fees", "上市中介费用")


# =====================================================================================================
# B17 haidian.ma_loan_interest_subsidy — （九）, second paragraph
# =====================================================================================================
MA_SOURCE = DOC.cite("L3392-L3394", "对通过并购贷款融资的企业，付息后按基准利率的 40％予以补贴，补贴上限为200万元。")
MA_PARAMS = h1_params(
    valid_from=VALID_FROM,
    share=Param(Decimal("0.40"), "付息后按基准利率的 40％予以补贴", unit="share of the benchmark rate", literal="40％"),
    cap=Param(Decimal(2_000_000), "补贴上限为200万元", unit="yuan", literal="200万元"),
    months_per_year=Param(12, "基准利率", unit="months", ref="spec/reference/benchmark_rates.md",
                          note="the benchmark is an annual rate: interest for m months = rate × m / 12",
                          convention="12 months a year: the benchmark (基准利率) is an annual rate, and the table of "
                                     "spec/reference/benchmark_rates.md quotes it per year"),
)
MA_READINGS = [
    Reading("haidian_ma_cap_scope", Literal["firm", "loan"], "firm",
            "'补贴上限为200万元' with no unit: per firm (default, catalog 03) or per loan."),
    Reading("haidian_ma_cap_at_interest_paid", bool, True,
            "Whether the subsidy is also limited to the interest actually paid over the months counted (loans.N."
            "interest_paid, prorated when only some of the months paid count): not stated. Default True, as for B10 "
            "(catalog 03: a 贴息 never exceeds the interest; '付息后…予以补贴' subsidises interest paid) and issue 8 §1 "
            "(no loan contributes more than its own interest over the months it covers); False pays 40% of the "
            "benchmark whatever the interest paid."),
    Reading("haidian_ma_loans_in_epidemic_only", bool, False,
            "Whether only M&A loans disbursed in the epidemic period count: not stated (default False: any M&A loan "
            "on which interest was paid)."),
]


def ma_loan_interest_subsidy(r: Rule) -> None:
    """After interest is paid: 40% of the benchmark rate on M&A loans, ≤ 2,000,000."""
    n = r.n
    general_rules(r)
    loans = known_list(r, "loans", zh("the firm's loans", "企业的贷款"))
    cap_interest = r.flag("haidian_ma_cap_at_interest_paid")
    ma = loans.ma_loan.is_(True).named("并购贷款")
    conds = []
    if r.flag("haidian_ma_loans_in_epidemic_only"):
        period = epidemic_period(r)
        conds.append((when_known(ma, loans.disbursed_on.within(period).default(True)),
                      zh(f"disbursed outside 疫情期间 {period} (reading haidian_ma_loans_in_epidemic_only)", f"发放日不在疫情期间 {period} 内（解释口径 haidian_ma_loans_in_epidemic_only）")))
    conds.append((when_known(ma, loans.interest_months_paid.ne(0).default(True)), zh("no interest paid yet (付息后)", "尚未付息（付息后）")))
    facts = [loans.principal, loans.disbursed_on, loans.term_months, loans.interest_months_paid] + (
        [loans.interest_paid] if cap_interest else [])
    q = r.select(loans, *conds, only=ma, needs=(needs_where(ma, *facts),), label=zh("loan", "贷款"),
                 none=zh("no M&A loan (并购贷款) with interest paid (付息后)", "没有已付息的并购贷款（付息后）"))
    months = months_counted(r, loans, loans.disbursed_on, loans.interest_months_paid)
    counted = r.select(loans, (months > 0, zh(f"its months of interest paid lie outside H1's validity "
                                              f"{validity(r) or 'from ' + str(ISSUED)} (以上措施自印发之日起实施，有效期为"
                                              "新冠肺炎疫情防控期间)",
                                              f"已付息月份均不在 H1 有效期 {validity(r) or '自 ' + str(ISSUED)} 内"
                                              "（以上措施自印发之日起实施，有效期为新冠肺炎疫情防控期间）")),
                       only=q, label=zh("loan", "贷款"),
                       none=zh("no M&A loan (并购贷款) with interest paid (付息后) for months within H1's validity "
                               "(自印发之日起…疫情防控期间)", "没有在 H1 有效期内的月份已付息的并购贷款（自印发之日起…疫情防控期间）")).named("counted M&A loan")
    r.step(months.name or zh("months counted", "计入月数"), months, where=counted & (months < loans.interest_months_paid))
    sub = benchmark_interest(r, loans, months, loans.interest_months_paid, counted,
                             "haidian_ma_cap_at_interest_paid" if cap_interest else None)
    met = zh("M&A loan(s) with interest paid for months within H1's validity", "在 H1 有效期内的月份已付息的并购贷款")
    if r.choose("haidian_ma_cap_scope", {"firm": False, "loan": True}):
        sub = r.step(zh("capped per loan (补贴上限为200万元; reading haidian_ma_cap_scope)", "每笔贷款封顶（补贴上限为200万元；解释口径 haidian_ma_cap_scope）"),
                     minimum(sub, n.cap).named(zh("subsidy", "补贴"), "yuan"), where=counted & (sub > n.cap))
        r.pay(r.step(zh("sum over loans", "各贷款合计"), loans.sum(sub, where=counted).named(zh("subsidy", "补贴"), "yuan")), met=met)
        return
    total = r.step(zh("sum over loans", "各贷款合计"), loans.sum(sub, where=counted).named(zh("interest subsidy", "贴息"), "yuan"))
    r.pay(r.step(zh("capped per firm (补贴上限为200万元)", "每家企业封顶（补贴上限为200万元）"), minimum(total, n.cap).named(zh("subsidy", "补贴"), "yuan")), met=met)


# =====================================================================================================
# Information entry: the relief fund (B18)
# =====================================================================================================
BAILOUT_SOURCE = DOC.cite(
    "L3395-L3399",
    "发挥国有资本撬动作用，继续推进总规模达 100亿元的纾困基金的运作，按照市场化运作、一企一策的原则，为区域内有需要的优质科技型上市"
    "公司提供资金支持。",
)


# =====================================================================================================
# B19 haidian.stock_pledge_extension — （十）做好企业挂牌上市服务, second sentence
# =====================================================================================================
PLEDGE_SOURCE = DOC.cite(
    "L3403-L3407",
    "鼓励证券公司等金融机构针对直接参加疫情防控或受疫情影响的驻区上市公司加大服务力度。对疫情期间股票质押协议到期且存在还款困难的"
    "上市公司，鼓励证券公司等金融机构给予展期 3至 6个月的支持。",
)
PLEDGE_PARAMS = h1_params(
    min_months=Param(3, "给予展期 3至 6个月的支持", unit="months", literal="3至 6个月"),
    max_months=Param(6, "给予展期 3至 6个月的支持", unit="months", literal="6个月"),
)
PLEDGE_READINGS = [
    Reading("haidian_pledge_requires_district", bool, True,
            "Whether the listed company must be 驻区 (registered in 海淀): the context sentence says so, the measure "
            "sentence does not (default True, with GH1); False admits any listed company."),
]


def stock_pledge_extension(r: Rule) -> None:
    """Encouraged 3–6-month extension of stock pledges maturing in the epidemic period (a deferral, no cash)."""
    general_rules(r)
    if r.flag("haidian_pledge_requires_district"):
        district = r.fact.district
        taxed = r.fact.tax_district.default(district)
        r.require(if_(district.known(), district.eq(HERE) & taxed.eq(HERE), district.eq(HERE)),
                  zh("registered, taxed and 纳统 in 海淀 (驻区)", "在海淀区注册、纳税、纳统（驻区）"),
                  zh("not a 驻区 listed company (GH1: registered, taxed and 纳统 "
                     "in 海淀)", "不是驻区上市公司（GH1：在海淀区注册、纳税、纳统）"),
                  unknown=zh("a 驻区 listed company (registered in 海淀) — not known", "是否为驻区上市公司（在海淀区注册） — 未知"))
    within = section_given(r, "capital_markets", zh("listed company and stock pledges", "上市公司及股票质押"))
    r.require(within(r.fact.capital_markets.listed.is_(True)), zh("a listed company (上市公司)", "上市公司"),
              zh("not a listed company", "不是上市公司"))
    pledges = r.items("capital_markets.stock_pledges")
    r.require(within(pledges.given), "", "", unknown=zh("stock-pledge agreements — not known", "股票质押协议 — 未知"))
    r.settle()
    period = epidemic_period(r)
    granted_months = pledges.extension_months  # one fact, read as 西城 reads it: outside 3–6 is not this extension
    q = r.select(pledges, (pledges.matures_on.within(period), zh(f"matures {{}}, outside 疫情期间 {period}", f"到期日 {{}}，不在疫情期间 {period} 内")),
                 (pledges.repayment_difficulty.is_(True), zh("no repayment difficulty (存在还款困难)", "不存在还款困难（存在还款困难）")),
                 (~granted_months.known() | ((granted_months >= r.n.min_months) & (granted_months <= r.n.max_months)),
                  zh("extension granted {} months, not 3至 6个月", "展期 {} 个月，不是 3至 6个月")), label=zh("pledge", "股票质押"),
                 none=zh("no stock pledge maturing in the epidemic period with repayment difficulty",
                         "没有在疫情期间到期且存在还款困难的股票质押")).named("covered pledge")
    due = pledges.matures_on
    lo, hi = r.value("min_months"), r.value("max_months")
    r.effect("deferral", zh("{}–{} months' extension of each covered pledge, encouraged (鼓励; the securities firm decides: "
                "capital_markets.stock_pledges.N.extension_months): deferral capital_markets.stock_pledges N",
                "鼓励对每项符合条件的股票质押展期 {}–{} 个月（鼓励；由证券公司决定："
                "capital_markets.stock_pledges.N.extension_months）：见 deferral capital_markets.stock_pledges N"),
             r.n.min_months, r.n.max_months)
    # the extension the securities firm granted (a fact of the pledge, 3至6个月), else the range of new maturities
    months = pledges.extension_months
    granted = (q & months.known()).named("extension granted")
    new_due = due.add_months(hi)
    for k in range(hi - 1, lo - 1, -1):
        new_due = if_(months.eq(k), due.add_months(k), new_due)
    r.effect("deferral", zh("matures {} → {} ({} months granted: extension_months)", "到期日 {} → {}（展期 {} 个月：extension_months）"), due, new_due.named(zh("new maturity", "新到期日")),
             months, where=granted)
    r.effect("deferral", zh("matures {} → between {} and {}", "到期日 {} → {} 至 {} 之间"), due, due.add_months(lo), due.add_months(hi),
             where=q & ~months.known())
    r.pay(const(Decimal(0)), met=zh("stock pledge(s) maturing in the epidemic period with repayment difficulty", "在疫情期间到期且存在还款困难的股票质押"))


# =====================================================================================================
# The catalog
# =====================================================================================================
MEASURES = [
    h1_measure("direct_financing_intermediary_fee_subsidy", "高新技术企业债券等直接融资中介费用补贴（50%，单家企业上限100万元）",
       "50% of the intermediary fees of high-tech firms' approved bond and direct-financing issues, ≤ 1,000,000",
       "fee_subsidy", "enterprise", (BOND_SOURCE,), direct_financing_intermediary_fee_subsidy, FEE_PARAMS,
       ("haidian_bond_registration_counts",), "min(50% × intermediary fees, 1,000,000)",
       notes=("The cap is per firm over the policy period.",)),
    h1_measure("pre_ipo_intermediary_fee_subsidy", "拟上市企业参照债券中介费用补贴标准给予支持（50%，上限100万元）",
       "Pre-IPO firms: 50% of listing intermediary fees, ≤ 1,000,000 (参照该标准)",
       "fee_subsidy", "enterprise", (PRE_IPO_SOURCE, BOND_SOURCE), pre_ipo_intermediary_fee_subsidy, FEE_PARAMS,
       ("haidian_pre_ipo_requires_high_tech",), "min(50% × listing intermediary fees, 1,000,000)",
       notes=("拟上市 is self-declared (capital_markets.pre_ipo); the text does not define it.",)),
    h1_measure("ma_loan_interest_subsidy", "并购贷款贴息（付息后按基准利率的40%补贴，上限200万元）",
       "M&A loan interest subsidy: 40% of the benchmark rate after interest is paid, ≤ 2,000,000",
       "interest_subsidy", "enterprise", (MA_SOURCE,), ma_loan_interest_subsidy, MA_PARAMS,
       ("benchmark_series", *EPI, "haidian_interest_subsidy_period", *(r.name for r in MA_READINGS)),
       "min(Σ 40% × benchmark × principal × months of interest paid / 12, 2,000,000)"),
    Measure(
        id="haidian.bailout_fund", district=HERE,
        title_zh="总规模100亿元纾困基金",
        title_en="10-billion-yuan relief fund for quality tech listed companies (information)",
        kind="other", beneficiary="enterprise", sources=(BAILOUT_SOURCE,),
        params=Params(fund_size=Param(Decimal(10_000_000_000), "总规模达 100亿元", unit="yuan (fund size, not per firm)",
                                      literal="100亿元")),
        relief=False, summary="an existing fund of 10,000,000,000 yuan (继续推进), case by case (一企一策) for listed "
                              "tech companies; no per-firm amount",
    ),
    h1_measure("stock_pledge_extension", "股票质押到期展期3至6个月（鼓励）",
       "Encouraged 3–6-month extension of stock pledges maturing in the epidemic period", "deferral", "enterprise",
       (PLEDGE_SOURCE,), stock_pledge_extension, PLEDGE_PARAMS, (*EPI, *(r.name for r in PLEDGE_READINGS)),
       "deferral: new maturity = maturity + 3 … 6 months, at the securities firm's discretion (no cash)",
       territory="custom",
       notes=("The pledgor is often a shareholder: a pledge related to the listed company is treated as covered.",
              "Interest or fees during the extension are not stated.")),
]

READINGS = [*COMMON_READINGS, *FEE_READINGS, *MA_READINGS, *PLEDGE_READINGS]
