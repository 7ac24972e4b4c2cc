"""海淀 H1 （七）（八）: credit — first loans (B8), credit-loss compensation (B9), interest on 确权融资 (B10), the
renewal center (B11–B13), the bridge-loan fund (B14, information)."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from ...engine.measure import Measure, Param, Params, Reading
from ...engine.rules.define import Rule
from ...engine.rules.nodes import Node, if_, minimum
from ...i18n import zh
from ...profile.industries import SME_SIZES
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
    lender,
    months_counted,
    needs_where,
    payee_in_haidian,
    validity,
)

# =====================================================================================================
# B8 haidian.first_loan_subsidy — （七）鼓励金融机构增加信贷投放, first sentence
# =====================================================================================================
FIRST_LOAN_SOURCE = DOC.cite(
    "L3341-L3343",
    "对疫情期间向中小微企业提供首笔信贷业务的驻区金融机构，给予首笔贷款金额2%的补贴，对单家机构或网点的补贴上限为 100万元。",
)
FIRST_LOAN_PARAMS = h1_params(
    share=Param(Decimal("0.02"), "给予首笔贷款金额2%的补贴", unit="share of first-loan amounts", literal="2%"),
    cap=Param(Decimal(1_000_000), "对单家机构或网点的补贴上限为 100万元", unit="yuan per institution or branch",
               literal="100万元"),
)
FIRST_LOAN_READINGS = [
    Reading("haidian_first_loan_definition", Literal["as_listed", "borrower_first_ever"], "as_listed",
            "'首笔信贷业务': 'as_listed' (default; the headline contract) counts every loan the lender lists in "
            "lending.first_loans as a 首笔 loan (at least its first loan to that borrower); 'borrower_first_ever' "
            "(catalog 03's preferred sense, the city's 首贷) counts only a borrower's first bank loan ever "
            "(first_loans.N.borrower_first_ever)."),
    Reading("haidian_first_loan_borrower_must_be_haidian", bool, False,
            "Whether the borrowing SME must itself be registered in 海淀: the item does not say (default False, "
            "ERRATA_01_03 R17); True applies GH1 to the borrowers (first_loans.N.borrower_district)."),
]


def first_loan_subsidy(r: Rule) -> None:
    """2% of first loans to SMEs made in the epidemic period by a 海淀 institution or branch; ≤ 1,000,000."""
    n = r.n
    lender(r, zh("for its lending", "首笔信贷业务"))
    general_rules(r)
    payee_in_haidian(r, r.fact.lending.branch_district, zh("institution or branch", "金融机构或网点"))
    loans = known_list(r, "lending.first_loans", zh("first loans made", "发放的首笔贷款"), settle=False)
    period = epidemic_period(r)
    conds = [
        (loans.disbursed_on.within(period), zh(f"disbursed {{}}, outside 疫情期间 {period}", f"发放日 {{}}，不在疫情期间 {period} 内")),
        (loans.borrower_size.isin(SME_SIZES), zh("borrower is {}, not 中小微企业", "借款企业为 {}，不是中小微企业")),
    ]
    if r.choose("haidian_first_loan_definition", {"as_listed": False, "borrower_first_ever": True}):
        conds.append((loans.borrower_first_ever.is_(True), zh("the borrower had bank loans before (not 首贷; reading "
                         "haidian_first_loan_definition)", "借款企业此前有过银行贷款（不是首贷；解释口径 haidian_first_loan_definition）")))
    if r.flag("haidian_first_loan_borrower_must_be_haidian"):
        conds.append((loans.borrower_district.eq(HERE), zh("borrower registered in {} (reading "
                         "haidian_first_loan_borrower_must_be_haidian)",
                         "借款企业注册在 {}（解释口径 haidian_first_loan_borrower_must_be_haidian）")))
    q = r.select(loans, *conds, needs=(loans.amount,), label=zh("first loan", "首笔贷款"),
                 none=zh("no first loan to a 中小微企业 in the epidemic period (疫情期间)", "疫情期间没有向中小微企业发放的首笔贷款")).named("counted first loan")
    total = r.step(zh(f"first loans to SMEs in {period}", f"{period} 内向中小微企业发放的首笔贷款"), loans.sum(loans.amount, where=q).named(zh("first loans", "首笔贷款"), "yuan"))
    subsidy = r.step(zh("2% of the first loans, capped per institution or branch (补贴上限为 100万元)", "首笔贷款金额的 2%，每家机构或网点封顶（补贴上限为 100万元）"),
                     minimum(n.share * total, n.cap).named(zh("subsidy", "补贴"), "yuan"))
    r.pay(subsidy, met=zh("first loan(s) to SMEs in the epidemic period", "疫情期间向中小微企业发放首笔贷款"))


# =====================================================================================================
# B9 haidian.credit_loan_loss_compensation — （七）, second sentence
# =====================================================================================================
LOSS_SOURCE = DOC.cite(
    "L3343-L3346",
    "对疫情期间向中小微企业提供信用贷款的金融机构，出现信贷损失的，按本金的 20%至 70%予以补贴，对单家机构或网点的补贴上限为 500万元。",
)
LOSS_PARAMS = h1_params(
    low=Param(Decimal("0.20"), "按本金的 20%至 70%予以补贴", unit="share of principal (lowest)", literal="20%"),
    high=Param(Decimal("0.70"), "按本金的 20%至 70%予以补贴", unit="share of principal (highest)", literal="70%"),
    cap=Param(Decimal(5_000_000), "对单家机构或网点的补贴上限为 500万元", unit="yuan per institution or branch",
               literal="500万元"),
)
LOSS_READINGS = [
    Reading("haidian_credit_loss_base", Literal["lost_principal", "loan_principal"], "lost_principal",
            "'本金': the principal lost, not recovered (default, catalog 03) or the loan's whole principal."),
    Reading("haidian_credit_loss_lender_must_be_in_haidian", bool, True,
            "This sentence says '金融机构', the one before '驻区金融机构': the lender must be located in 海淀 (default "
            "True, by context and GH1) or may be anywhere (False)."),
]


def credit_loan_loss_compensation(r: Rule) -> None:
    """20%–70% of the principal lost on unsecured SME loans made in the epidemic period; ≤ 5,000,000."""
    n = r.n
    lender(r, zh("for loan losses", "信贷损失"))
    general_rules(r)
    if r.flag("haidian_credit_loss_lender_must_be_in_haidian"):
        payee_in_haidian(r, r.fact.lending.branch_district, zh("institution or branch", "金融机构或网点"))
    losses = known_list(r, "lending.credit_loan_losses", zh("loan losses", "信贷损失"))
    period = epidemic_period(r)
    lost = r.choose("haidian_credit_loss_base", {"lost_principal": True, "loan_principal": False})
    base = losses.lost_principal if lost else losses.principal
    q = r.select(losses, (losses.unsecured.is_(True), zh("a secured loan, not a 信用贷款", "有担保的贷款，不是信用贷款")),
                 (losses.disbursed_on.within(period), zh(f"loan disbursed {{}}, outside 疫情期间 {period}", f"贷款发放日 {{}}，不在疫情期间 {period} 内")),
                 (losses.borrower_size.isin(SME_SIZES), zh("borrower is {}, not 中小微企业", "借款企业为 {}，不是中小微企业")),
                 needs=(base,), label=zh("loss", "损失"),
                 none=zh("no loss on an unsecured loan to a 中小微企业 made in the epidemic period",
                         "没有疫情期间向中小微企业发放的信用贷款的损失")).named("counted loss")
    principal = r.step(zh("principal lost (本金)", "损失的本金（本金）") if lost else zh("loan principal (本金)", "贷款本金（本金）"),
                       losses.sum(base, where=q).named("本金", "yuan"))

    def capped(share: Node) -> Node:
        return minimum(share * principal, n.cap)

    low, high = capped(n.low).named(zh("low end", "低值"), "yuan"), capped(n.high).named(zh("high end", "高值"), "yuan")
    # the share the district set for this institution (lending.credit_loss_share, a fact), else the range
    share = r.fact.lending.credit_loss_share
    decided = share.known().named(zh("share set for the institution (lending.credit_loss_share)", "为该机构确定的比例（lending.credit_loss_share）"))
    r.step(zh("low end: 20% of the 本金, capped at 500万元", "低值：本金的 20%，上限 500万元"), low)
    r.step(zh("high end: 70% of the 本金, capped at 500万元", "高值：本金的 70%，上限 500万元"), high)
    point = r.choose("haidian_range_point", {"low": low, "high": high}).named(
        zh("no share set yet: the point of the range (reading haidian_range_point)",
           "尚未确定比例：取区间中的一点（解释口径 haidian_range_point）"), "yuan")
    set_share = capped(share.named(zh("share set for the institution (lending.credit_loss_share)", "为该机构确定的比例（lending.credit_loss_share）"), "share"))
    amount = r.step(zh("subsidy", "补贴"), if_(decided, set_share, point).named(zh("subsidy", "补贴"), "yuan"))
    r.pay(amount, low=if_(decided, set_share, low), high=if_(decided, set_share, high),
          met=zh("loss(es) on unsecured SME loans made in the epidemic period", "疫情期间向中小微企业发放的信用贷款发生损失"))


# =====================================================================================================
# B10 haidian.rights_confirmation_financing_interest_subsidy — （八）提高融资便捷性, third paragraph
# =====================================================================================================
RC_SOURCE = DOC.cite("L3360-L3362", "对开展确权融资业务的企业给予基准利率 50%的贴息，对单家企业的补贴上限为50万元。")
RC_CONTEXT = DOC.cite(
    "L3354-L3358", "率先试点使用基于区块链的供应链债权债务平台，为参与区政府采购和区属国有企业采购的企业提供确权融资服务。",
)
RC_PARAMS = h1_params(
    valid_from=VALID_FROM,
    share=Param(Decimal("0.50"), "给予基准利率 50%的贴息", unit="share of the benchmark rate", literal="50%"),
    cap=Param(Decimal(500_000), "对单家企业的补贴上限为50万元", unit="yuan per firm", literal="50万元"),
    months_per_year=Param(12, "基准利率", unit="months", ref="spec/reference/benchmark_rates.md",
                          note="the benchmark is an annual rate: interest for m months = rate × m / 12",
                          convention="12 months a year: the benchmark (基准利率) is an annual rate, and the table of "
                                     "spec/reference/benchmark_rates.md quotes it per year"),
)
RC_READINGS = [
    Reading("haidian_rc_cap_at_interest_paid", bool, True,
            "Whether the subsidy is limited to the interest actually paid on the financing (default True, catalog 03 "
            "B10: a 贴息 never exceeds the interest)."),
    Reading("haidian_rc_requires_platform", bool, True,
            "Whether only 确权融资 on the district's blockchain supply-chain platform counts (default True, by the "
            "preceding paragraph) or any confirmed-receivable financing (False)."),
]


def rights_confirmation_financing_interest_subsidy(r: Rule) -> None:
    """Interest at half the benchmark rate on 确权融资, ≤ 500,000 per firm."""
    n = r.n
    general_rules(r)
    loans = known_list(r, "loans", zh("the firm's loans and financings", "企业的贷款和融资"))
    kinds = {"platform"} if r.flag("haidian_rc_requires_platform") else {"platform", "other"}
    cap_interest = r.flag("haidian_rc_cap_at_interest_paid")
    rc = loans.rights_confirmation.isin(kinds).named("确权融资")
    facts = [loans.principal, loans.disbursed_on, loans.term_months] + ([loans.interest_paid] if cap_interest else [])
    platform = kinds == {"platform"}
    q = r.select(loans, only=rc, needs=(needs_where(rc, *facts),), label=zh("financing", "融资"),
                 none=zh("no 确权融资 (confirmed-receivable financing)"
                         + (" on the district's blockchain platform" if platform else ""),
                         "没有" + ("在区块链平台上开展的" if platform else "") + "确权融资"))
    months = months_counted(r, loans, loans.disbursed_on, loans.term_months)
    counted = r.select(loans, (loans.term_months > 0, zh("no months of term, no interest", "没有期限月数，没有利息")),
                       (loans.term_months.eq(0) | (months > 0), zh(f"its months of term lie outside H1's validity {validity(r) or 'from ' + str(ISSUED)} "
                                       "(以上措施自印发之日起实施，有效期为新冠肺炎疫情防控期间)",
                                       f"期限月份均不在 H1 有效期 {validity(r) or '自 ' + str(ISSUED)} 内"
                                       "（以上措施自印发之日起实施，有效期为新冠肺炎疫情防控期间）")),
                       only=q, label=zh("financing", "融资"),
                       none=zh("no 确权融资 in force during H1's validity (自印发之日起…疫情防控期间)",
                               "没有在 H1 有效期内存续的确权融资（自印发之日起…疫情防控期间）")).named("counted financing")
    r.step(months.name or zh("months counted", "计入月数"), months, where=counted & (months < loans.term_months))
    sub = benchmark_interest(r, loans, months, loans.term_months, counted,
                             "haidian_rc_cap_at_interest_paid" if cap_interest else None)
    total = r.step(zh("sum over financings", "各项融资合计"), loans.sum(sub, where=counted).named(zh("interest subsidy", "贴息"), "yuan"))
    r.pay(r.step(zh("capped per firm (补贴上限为50万元)", "每家企业封顶（补贴上限为50万元）"), minimum(total, n.cap).named(zh("subsidy", "补贴"), "yuan")),
          met=zh("确权融资 financing(s) in force during H1's validity", "在 H1 有效期内存续的确权融资"))


# =====================================================================================================
# B11 haidian.renewal_center_per_loan_reward — （八）, fourth paragraph
# =====================================================================================================
RENEW_REWARD_SOURCE = DOC.cite(
    "L3364-L3368",
    "对入驻北京市企业续贷受理中心且开展续贷业务超过 20笔（含）的金融机构，按照 0.5万元/笔的标准予以奖励，对单一金融机构的奖励上限为 "
    "20万元。",
)
RENEW_REWARD_PARAMS = h1_params(
    threshold=Param(20, "开展续贷业务超过 20笔（含）", unit="renewals", note="（含）: 20 itself counts",
                    literal="20笔"),
    per_renewal=Param(Decimal(5000), "按照 0.5万元/笔的标准予以奖励", unit="yuan per renewal", literal="0.5万元/笔"),
    cap=Param(Decimal(200_000), "对单一金融机构的奖励上限为 20万元", unit="yuan per institution", literal="20万元"),
)
RENEW_REWARD_READINGS = [
    Reading("haidian_renewal_reward_count_mode", Literal["all", "above_threshold"], "all",
            "Once 20 renewals are reached: every renewal is rewarded (default, catalog 03) or only those beyond 20 "
            "(5,000 × (n − 20))."),
    Reading("haidian_renewal_reward_lender_must_be_in_haidian", bool, True,
            "This sentence says '金融机构', not '驻区': the institution (or the branch doing the renewals) must be "
            "located in 海淀 by GH1 (default True, ERRATA_01_03 R16); False admits any institution in the center."),
]


def renewal_lender(r: Rule, must_be_here: bool) -> None:
    """A lender in the Beijing enterprise loan-renewal center (and, when ``must_be_here``, located in 海淀)."""
    lender(r, zh("for renewals", "续贷业务"))
    general_rules(r)
    if must_be_here:
        payee_in_haidian(r, r.fact.lending.branch_district, zh("institution or branch", "金融机构或网点"))
    r.require(r.fact.lending.renewal_center_member.is_(True),
              zh("joined the Beijing enterprise loan-renewal center (入驻北京市企业续贷受理中心)", "入驻北京市企业续贷受理中心"),
              zh("has not joined the Beijing enterprise loan-renewal center", "未入驻北京市企业续贷受理中心"))


def renewal_center_per_loan_reward(r: Rule) -> None:
    """5,000 yuan per renewal through the renewal center once 20 are reached; ≤ 200,000 per institution."""
    n = r.n
    renewal_lender(r, r.flag("haidian_renewal_reward_lender_must_be_in_haidian"))
    count = r.fact.lending.renewals_count
    r.need(count, zh("renewals done through the center", "通过续贷受理中心开展的续贷业务笔数"))
    r.settle()
    r.require(count >= n.threshold, zh("{} renewals through the center (≥ {}, 超过 20笔（含）)", "通过续贷受理中心开展续贷业务 {} 笔（≥ {}，超过 20笔（含））"),
              zh("{} renewals < {} (超过 20笔（含）)", "续贷业务 {} 笔 < {}（超过 20笔（含））"))
    paid = r.choose("haidian_renewal_reward_count_mode", {
        "all": count,
        "above_threshold": (count - n.threshold).named(zh("renewals beyond 20 (reading haidian_renewal_reward_count_mode)", "超过 20 笔的续贷业务（解释口径 haidian_renewal_reward_count_mode）")),
    })
    reward = r.step(zh("reward per renewal, capped per institution (奖励上限为 20万元)", "按笔奖励，每家机构封顶（奖励上限为 20万元）"),
                    minimum(n.per_renewal * paid, n.cap).named(zh("reward", "奖励"), "yuan"))
    r.pay(reward)


# =====================================================================================================
# B12 / B13 — （八）, fifth paragraph: 1% to 驻区 lenders and guarantee companies in the renewal center
# =====================================================================================================
RENEW_LENDER_SOURCE = DOC.cite(
    "L3370-L3372",
    "对入驻北京市企业续贷受理中心开展续贷业务的驻区金融机构，按照贷款金额的1%予以补贴，对单一金融机构的补贴上限为 100万元；",
)
RENEW_GUARANTOR_SOURCE = DOC.cite(
    "L3372-L3376",
    "对入驻北京市企业续贷受理中心开展续贷业务的驻区融资担保公司，按照担保金额的 1%予以补贴，对单家融资担保公司的补贴上限为 100万元。",
)
RENEW_LENDER_PARAMS = h1_params(
    share=Param(Decimal("0.01"), "按照贷款金额的1%予以补贴", unit="share of renewed loan amounts", literal="1%"),
    cap=Param(Decimal(1_000_000), "对单一金融机构的补贴上限为 100万元", unit="yuan per institution", literal="100万元"),
)
RENEW_GUARANTOR_PARAMS = h1_params(
    share=Param(Decimal("0.01"), "按照担保金额的 1%予以补贴", unit="share of amounts guaranteed", literal="1%"),
    cap=Param(Decimal(1_000_000), "对单家融资担保公司的补贴上限为 100万元", unit="yuan per guarantee company",
               literal="100万元"),
)


def share_capped(r: Rule, base: Node, what: str, what_zh: str, nothing: str) -> None:
    """1% of ``base`` (a known amount, not 0), capped (补贴上限为 100万元)."""
    n = r.n
    r.need(base, zh(what, what_zh))
    r.settle()
    r.require(base > 0, "", nothing)
    r.pay(r.step(zh(f"1% of the {what}, capped (补贴上限为 100万元)", f"{what_zh}的 1%，封顶（补贴上限为 100万元）"), minimum(n.share * base, n.cap).named(zh("subsidy", "补贴"), "yuan")))


def renewal_center_lender_subsidy(r: Rule) -> None:
    """1% of the loans a 海淀 lender renews through the renewal center; ≤ 1,000,000 per institution."""
    renewal_lender(r, True)
    share_capped(r, r.fact.lending.renewal_loan_amount, "loans renewed through the center",
                 "通过续贷受理中心续贷的贷款金额",
                 zh("no loan renewed through the center", "没有通过续贷受理中心续贷的贷款"))


def renewal_center_guarantor_subsidy(r: Rule) -> None:
    """1% of the amounts a 海淀 guarantee company guarantees on renewals through the center; ≤ 1,000,000."""
    r.require(r.present("guarantor"), "", zh("pays a financing guarantee company; the profile has no guarantor section "
                                             "(not one)", "补贴对象为融资担保公司；企业信息中没有 guarantor 部分（不是融资担保公司）"))
    general_rules(r)
    # the guarantee company's own location (驻区融资担保公司): guarantor.district, the fact 西城's guarantee subsidy reads
    payee_in_haidian(r, r.fact.guarantor.district, zh("guarantee company", "融资担保公司"))
    r.require(r.fact.guarantor.renewal_center_member.is_(True),
              zh("joined the Beijing enterprise loan-renewal center (入驻北京市企业续贷受理中心)", "入驻北京市企业续贷受理中心"),
              zh("has not joined the Beijing enterprise loan-renewal center", "未入驻北京市企业续贷受理中心"))
    share_capped(r, r.fact.guarantor.renewal_guarantee_amount, "amounts guaranteed on renewals",
                 "为续贷提供担保的金额",
                 zh("no guarantee on a renewal through the center", "没有为通过续贷受理中心的续贷提供担保"))


# =====================================================================================================
# Information entry: the bridge-loan fund (B14)
# =====================================================================================================
BRIDGE_SOURCE = DOC.cite("L3380-L3382", "加快推动设立规模为 5亿元的海淀区政府应急转贷引导基金或续贷基金。")


# =====================================================================================================
# The catalog
# =====================================================================================================
MEASURES = [
    h1_measure("first_loan_subsidy", "首笔信贷业务补贴",
       "First-loan subsidy to 海淀 lenders: 2% of first loans to SMEs, ≤ 1,000,000 per institution or branch",
       "cash_grant", "financial_institution", (FIRST_LOAN_SOURCE,), first_loan_subsidy, FIRST_LOAN_PARAMS,
       ("haidian_gh1_applies_to_payee", *EPI, *(r.name for r in FIRST_LOAN_READINGS)),
       "min(2% × Σ first loans to SMEs in 疫情期间, 1,000,000) per institution or branch", territory="custom",
       notes=("The profile is the unit of the cap (单家机构或网点): enter an institution or one branch.",
              "Amounts are the disbursed first loans (首笔贷款金额), not other credit such as acceptances.")),
    h1_measure("credit_loan_loss_compensation", "信用贷款信贷损失补贴（本金的20%至70%，单家机构或网点上限500万元）",
       "Compensation for losses on unsecured SME loans: 20%–70% of principal, ≤ 5,000,000 per institution or branch",
       "loss_compensation", "financial_institution", (LOSS_SOURCE,), credit_loan_loss_compensation, LOSS_PARAMS,
       ("haidian_gh1_applies_to_payee", "haidian_range_point", *EPI, *(r.name for r in LOSS_READINGS)),
       "min(r × principal lost, 5,000,000), r ∈ [20%, 70%]", territory="custom",
       notes=("A loss counts as recognised when the lender lists it in lending.credit_loan_losses (write-off, "
              "judgment or overdue rule: not stated).",)),
    h1_measure("rights_confirmation_financing_interest_subsidy", "确权融资贴息（基准利率50%，单家企业上限50万元）",
       "Interest subsidy on confirmed-receivable financing: half the benchmark rate, ≤ 500,000 per firm",
       "interest_subsidy", "enterprise", (RC_SOURCE, RC_CONTEXT), rights_confirmation_financing_interest_subsidy,
       RC_PARAMS, ("benchmark_series", "epidemic_period_end", "haidian_interest_subsidy_period",
                   *(r.name for r in RC_READINGS)),
       "min(Σ 50% × benchmark × principal × months/12, 500,000)",
       notes=("The beneficiary is read as the firm obtaining the financing (贴息 goes to the borrower), not the "
              "financing provider.", "The cap is for the whole policy period; time is whole months (term_months/12).")),
    h1_measure("renewal_center_per_loan_reward", "续贷受理中心续贷业务奖励（≥20笔，0.5万元/笔，上限20万元）",
       "Reward to lenders in the Beijing loan-renewal center: 5,000 per renewal from 20 renewals, ≤ 200,000",
       "reward", "financial_institution", (RENEW_REWARD_SOURCE,), renewal_center_per_loan_reward, RENEW_REWARD_PARAMS,
       ("haidian_gh1_applies_to_payee", *(r.name for r in RENEW_REWARD_READINGS)),
       "n ≥ 20: min(5,000 × n, 200,000)", territory="custom",
       notes=("Counting period not stated: the renewals the profile reports for the policy period.",)),
    h1_measure("renewal_center_lender_subsidy", "续贷受理中心驻区金融机构续贷补贴（贷款金额1%，上限100万元）",
       "Subsidy to 海淀 lenders renewing loans through the renewal center: 1% of the amount, ≤ 1,000,000",
       "cash_grant", "financial_institution", (RENEW_LENDER_SOURCE,), renewal_center_lender_subsidy,
       RENEW_LENDER_PARAMS, ("haidian_gh1_applies_to_payee",), "min(1% × Σ renewed loans, 1,000,000)",
       territory="custom"),
    h1_measure("renewal_center_guarantor_subsidy", "续贷受理中心驻区融资担保公司补贴（担保金额1%，上限100万元）",
       "Subsidy to 海淀 guarantee companies for renewals through the center: 1% of amounts guaranteed, ≤ 1,000,000",
       "guarantee_fee_subsidy", "guarantee_company", (RENEW_GUARANTOR_SOURCE,), renewal_center_guarantor_subsidy,
       RENEW_GUARANTOR_PARAMS, ("haidian_gh1_applies_to_payee",), "min(1% × Σ guarantees on renewals, 1,000,000)",
       territory="custom"),
    Measure(
        id="haidian.emergency_bridge_loan_fund", district=HERE,
        title_zh="海淀区政府应急转贷引导基金或续贷基金（规模5亿元）",
        title_en="District emergency bridge-loan guidance fund or renewal fund, size 500,000,000 (information)",
        kind="other", beneficiary="enterprise", sources=(BRIDGE_SOURCE,),
        params=Params(fund_size=Param(Decimal(500_000_000), "规模为 5亿元", unit="yuan (fund size, not per firm)",
                                      literal="5亿元")),
        relief=False, summary="a fund of 500,000,000 yuan to be set up (加快推动设立); no per-firm amount, rate or term",
    ),
]

READINGS = [*COMMON_READINGS, *FIRST_LOAN_READINGS, *LOSS_READINGS, *RC_READINGS, *RENEW_REWARD_READINGS]
