"""东城区: six documents of the seed (L1075-L2847; catalog 02 with ERRATA_01_03).

- D1 东城区人力社保局 职业能力建设 notice (2020-02-18): its 1,000-yuan training subsidy is the city rule
  (``dongcheng.skills_training_subsidy`` → ``beijing.skills_training_subsidy``, ERRATA R08).
- D2 《东城区中小微企业风险补偿专项资金管理办法》 (东金融文【2020】7号, 2020-02-17): the risk-compensation payout to a
  cooperating bank or guarantor; the LPR + 50bp ceiling and the pool rules are information (R13, R24).
- D3 专项人才引进 notice (2020-02-14): a non-monetary quota, information.
- D4 东政办发〔2020〕3号 实施细则 (2020-02-13): district-SOE rent (by the city standard), the 商务楼宇 subsidy (30%–50%,
  ≤ 50万), the 投贷奖 / 房租通 20% top-ups, the one-off supply reward (no amount, R27), the procurement set-aside and the
  frontline staff insurance (information). Its 附则 defines 中小微企业 by 工信部联企业〔2011〕300号 (the document's scope
  clause) and says "凡市区两级共有的政策…不得重复享受同类补贴支持资金": between the district-SOE rent and the city
  February rule, both in the catalog, it is a ``STACKING`` rule (lease by lease); where the other level's subsidy is
  not a catalog measure, what the firm already received is a fact of its profile — a rent cut that drew a subsidy
  elsewhere (``rent_relief_granted.N.subsidised_elsewhere``), a loss already compensated at another level
  (``risk_comp_claims.N.compensated_elsewhere``, D4 item 17 restating D2) — and counts 0 here.
- D5 东政办发〔2020〕2号 (2020-02-04): item 7's district-SOE rent sentence is a source of the D4 rent measure.
- D6 招投标 notice (2020-02-03): no relief (catalogued for completeness).

Each relief measure is written once in the rule vocabulary (docs/rules.md), evaluated for one firm with its trace and
for many firms on columns. What an authority decides for one firm is a fact of its profile, not a reading
(``MOVED_READINGS``): the ratio 区金融服务办 set for a claim (``risk_comp_claims.N.compensation_ratio``), the rate the
district set for a 商务楼宇 landlord (``commercial_building_subsidy_rate``), the supply reward 区商务局 granted
(``supply_guarantee_reward_granted``); unset, the award is the text's range (or unquantified). The months of a rent
cut's own period are counted by :mod:`._dongcheng_periods`.

City rules restated here are aliases of ``beijing.*`` measures and not encoded in this module (ERRATA R02–R11, R19):
fee waivers (special equipment, road occupation, sewage), tax deferral, SI deferral, skills training, COVID patient
costs, medical-insurance late processing, the hiring-subsidy window, the ZGC R&D subsidy and the ice-and-snow
venue utility subsidy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from ..engine.measure import Measure, Param, Params, Reading
from ..engine.periods import Window, month_window
from ..engine.rules.define import Items, Rule
from ..engine.rules.nodes import (
    Node,
    all_of,
    const,
    if_,
    maximum,
    minimum,
    month_shares,
    months_covered,
    overlap_days,
)
from ..engine.sources import Document
from ..engine.stacking import StackingRule
from ..i18n import zh
from ..profile.industries import SME_SIZES
from ._documents import DONGCHENG_DZBF_2020_2 as D5
from ._documents import DONGCHENG_DZBF_2020_3 as D4
from ._dongcheng_periods import months_spanned

HERE = "dongcheng"


D4_VALID = Window(date(2020, 2, 13), date(9999, 12, 31))

D2 = Document(
    title="《东城区中小微企业风险补偿专项资金管理办法》",
    issuer="北京市东城区金融服务办公室",
    doc_no="东金融文【2020】7号",
    issued=date(2020, 2, 17),
    url="http://www.bjdch.gov.cn/n3952/n4060/c9140510/content.html",
    territory="custom",
    scope_lines="L1250-L1254",
    scope_quote="第七条  风险补偿资金支持符合东城区“高精尖”产业发展方向的中小微企业，优先支持文化科技、文化旅游等文化产业"
    "相关的“文化+”融合企业，可参考全国及首都优秀文化企业评选名单、大数据技术平台机构行业分析评价结果等。",
)
D3 = Document(
    title="《东城区关于开展 2020 年“共同防疫 共促发展”专项人才引进需求申报工作的通知》",
    issuer="中共北京市东城区委组织部、北京市东城区科学技术和信息化局",
    doc_no=None,
    issued=date(2020, 2, 14),
    url="http://www.bjdch.gov.cn/n3952/n4060/c9137688/content.html",
    territory="district_and_tax",
    scope_lines="L1410-L1414",
    scope_quote="申报企业原则上应为在东城区缴纳税费的民营经济和混合所有制企业，经营状况良好，无违法、违规记录。",
)
D6 = Document(
    title="《关于做好东城区疫情防控期间招投标交易服务工作的公告》",
    issuer="东城区招投标管理办公室、东城区建设工程发包承包交易中心",
    doc_no=None,
    issued=date(2020, 2, 3),
    url="http://www.bjdch.gov.cn/n3952/n4060/c9097017/content.html",
    territory="district",
    scope_lines="L2781",
    scope_quote="各有关单位：",
)
"""D6 carries no relief measure (online services, staggered bid openings; catalog 02 "Non-quantified")."""

ONE_LEVEL_SOURCE = D4.cite("L2521-L2523", "凡市区两级共有的政策，原则上企业只能选择其中一级进行申请，不得重复享受同类补贴支持资金。")
SME_LABEL = "中小微企业 (D4 附则: 工信部联企业〔2011〕300号)"


# =====================================================================================================
# dongcheng.risk_comp.default_compensation — D2 第十五–十八条
# =====================================================================================================
RC_SOURCES = (
    D2.cite(
        "L1306-L1318",
        "第十五条  为鼓励支持东城内经营好、守信用的优质企业发展及融资，风险补偿资金可提供不同比例的风险代偿或代偿补偿。"
        "（一）符合本办法第七条规定的文化科技、文化旅游等文化产业相关的“文化+”融合企业，风险补偿资金给予信用敞口部分的代偿"
        "比例不超过 60%，最高代偿金额不超过 300万元。（二）其他符合东城区“高精尖”产业发展方向的相关企业，风险补偿资金给予"
        "信用敞口部分的代偿比例不超过 50%，最高代偿金额不超过 200万元。",
    ),
    D2.cite(
        "L1320-L1328",
        "第十六条 信用敞口是指授信业务担保或反担保以纯信用方式（含个人或家庭财产无限连带保证责任），以专利权、商标权、著作权"
        "（含版权）等知识产权质押、股权质押、应收账款质押等准信用方式给予的授信额度，通过第三方法人保证给予的授信额度，以及"
        "超标准抵押率的房产抵押方式给予的授信额度（标准抵押率即住宅类房产抵押率不高于 70%、商用房抵押率不高于 50%）。",
    ),
    D2.cite(
        "L1330-L1336",
        "第十七条 对政、银合作模式的贷款逾期清偿业务，合作银行应在贷款合同到期未归还后的 10个工作日内书面告知区金融服务办，"
        "申请风险补偿，提交相关材料；区金融服务办将按照本办法规定信用敞口的代偿比例给予补偿，并在贷款合同到期日之后的 60个"
        "自然日内完成风险补偿资金拨付。",
    ),
    D2.cite(
        "L1338-L1340",
        "第十八条  已获得风险补偿的合作银行、担保机构收回逾期贷款的，应在收回逾期贷款后 3个工作日内报告区金融服务办，并在 "
        "10个工作日内归还已代偿的资金。",
    ),
    D2.cite("L1244-L1246", "第六条  风险补偿资金在区金融服务办开设专户进行管理，仅用于代偿纳入风险补偿资金池的贷款项目。"),
)
RC_PARAMS = Params(
    culture_ratio=Param(Decimal("0.60"), "风险补偿资金给予信用敞口部分的代偿比例不超过 60%", unit="share of the exposure",
                        note="不超过: a ceiling", literal="60%"),
    culture_cap=Param(Decimal(3_000_000), "最高代偿金额不超过 300万元", unit="yuan", literal="300万元"),
    other_ratio=Param(Decimal("0.50"), "风险补偿资金给予信用敞口部分的代偿比例不超过 50%", unit="share of the exposure",
                      note="不超过: a ceiling", literal="50%"),
    other_cap=Param(Decimal(2_000_000), "最高代偿金额不超过 200万元", unit="yuan", literal="200万元"),
    residential_ltv=Param(Decimal("0.70"), "住宅类房产抵押率不高于 70%", unit="loan-to-value",
                          note="不高于: a mortgage at exactly 70% is standard (no exposure)", literal="70%"),
    commercial_ltv=Param(Decimal("0.50"), "商用房抵押率不高于 50%", unit="loan-to-value", literal="50%"),
    payout_days=Param(60, "在贷款合同到期日之后的 60个自然日内完成风险补偿资金拨付", unit="calendar days after maturity",
                      literal="60个自然日"),
    notice_working_days=Param(10, "在贷款合同到期未归还后的 10个工作日内书面告知区金融服务办", unit="working days",
                              literal="10个工作日"),
)
RC_READINGS = [
    Reading("dongcheng_risk_comp_cap_scope", Literal["loan", "claimant"], "loan",
            "Scope of '最高代偿金额不超过 300万元 / 200万元': per loan project (default) or per claiming institution "
            "(the sum of its claims of the tier)."),
    Reading("dongcheng_risk_comp_base", Literal["principal", "principal_and_interest"], "principal",
            "The loss the exposure is measured on: unrepaid principal (default) or principal plus interest and penalty "
            "interest (catalog 02 ambiguity c)."),
    Reading("dongcheng_risk_comp_mortgage_exposure", Literal["excess_only", "whole_line"], "excess_only",
            "'超标准抵押率的房产抵押方式给予的授信额度': for a mortgage above the standard loan-to-value (70% residential, "
            "50% commercial), only the credit above the standard ratio is exposure (default, the unsecured part) or the "
            "whole mortgage-backed credit (whole_line)."),
    Reading("dongcheng_risk_comp_clawback", Literal["full", "proportional"], "full",
            "'收回逾期贷款的…归还已代偿的资金': after a recovery the compensation is returned in full (default, literal) "
            "or in proportion, i.e. compensation on the exposure less the amount recovered."),
]


MORTGAGES = ("mortgage_residential", "mortgage_commercial")
ROLES = (("lending", "a cooperating bank (政、银)"), ("guarantor", "a guarantor (政、银、担)"))


@dataclass(frozen=True)
class Compensations:
    """One role's claims (``lending.risk_comp_claims`` or ``guarantor.risk_comp_claims``) and, per claim, what the
    fund pays on it: the claim is a row (it qualifies and has a credit exposure left), its point, low and high
    amounts (ratio × exposure; with no ratio set, 0 and ceiling × exposure) and the tier's cap."""

    present: Node
    claims: Items
    row: Node
    culture: Node
    point: Node
    low: Node
    high: Node
    cap: Node

    def sum(self, value: Node, where: Node) -> Node:
        """Σ ``value`` over the role's claims where ``where`` holds; 0 when the firm has not the role."""
        return if_(self.present, self.claims.sum(value, where=where), 0)


def credit_exposure(r: Rule, claims: Items, loss: Node) -> Node:
    """第十六条 信用敞口: the whole loss for credit, pledges and third-party guarantees; for a mortgage, none at or below
    the standard loan-to-value (住宅 70%, 商用房 50%, 不高于), and above it the credit above the standard ratio (at most
    the loss; reading excess_only) or the whole loss (whole_line)."""
    n = r.n
    std = if_(claims.security.eq("mortgage_residential"), n.residential_ltv, n.commercial_ltv).named(
        zh("standard loan-to-value", "标准抵押率"), "share")
    secured = (std * claims.collateral_value).named(zh("credit at the standard ratio", "按标准抵押率计的授信额度"), "yuan")
    above = r.choose("dongcheng_risk_comp_mortgage_exposure", {
        "excess_only": minimum(loss, claims.credit_line - secured), "whole_line": loss})
    mortgage = if_(claims.credit_line > secured, above, 0).named(zh("exposure of the mortgage", "抵押的信用敞口"), "yuan")
    r.step(zh("credit at the standard ratio (标准抵押率)", "按标准抵押率计的授信额度（标准抵押率）"), secured, where=claims.security.isin(MORTGAGES))
    r.step(zh("credit above the standard ratio", "超出标准抵押率的授信额度"), claims.credit_line - secured,
           where=claims.security.isin(MORTGAGES) & (claims.credit_line > secured))
    return if_(claims.security.isin(MORTGAGES), mortgage, loss).named(zh("信用敞口 (credit exposure)", "信用敞口"), "yuan")


def compensations(r: Rule, role: str) -> Compensations:
    """The claims of one role that the fund compensates, item by item (第十五–十八条, D4 附则)."""
    n = r.n
    claims = r.items(f"{role}.risk_comp_claims")
    principal_and_interest = r.choose("dongcheng_risk_comp_base",
                                      {"principal": False, "principal_and_interest": True})
    mortgage = claims.security.isin(MORTGAGES)
    needs = [claims.security, claims.loss_principal, if_(mortgage, claims.credit_line + claims.collateral_value, 0)]
    if principal_and_interest:
        needs.insert(2, claims.loss_interest)
    # the claims of a role the firm does not have are none (select() would ask for the role's list: a vocabulary
    # gap), so the claims are qualified by one condition and their unknown facts asked by need()
    conditions = (
        (claims.in_pool.is_(True), zh("loan in the risk-compensation pool (仅用于代偿纳入风险补偿资金池的贷款项目)", "纳入风险补偿资金池的贷款项目（仅用于代偿纳入风险补偿资金池的贷款项目）")),
        (claims.borrower_size.isin(SME_SIZES), zh("borrower a 中小微企业", "借款企业为中小微企业")),
        (claims.borrower_district.eq(HERE), zh("borrower a 东城 enterprise", "借款企业为东城区企业")),
        (claims.borrower_tier.ne("none"), zh("borrower “文化+” or of 东城's “高精尖” direction (第七条)", "借款企业为“文化+”融合企业或符合东城区“高精尖”产业发展方向（第七条）")),
        (claims.compensated_elsewhere.default(False).is_(False),
         zh("the loss drew no risk compensation of the same kind at another level (D4 附则: 市区两级共有的政策…"
            "不得重复享受同类补贴支持资金)",
            "该损失未在另一级获得同类风险补偿（D4 附则：市区两级共有的政策…不得重复享受同类补贴支持资金）")),
    )  # a claim that fails one is not compensated: a step shows it ("…: no")
    q = all_of(*(c for c, _ in conditions), *(x.defined() for x in needs)).named("qualifying claim")
    r.need(if_(r.present(role), claims.count(where=q), 0), zh(f"the facts of each {role} claim that may qualify", f"可能符合条件的每项 {role} 申请的信息"))
    for c, words in conditions:
        r.step(words, c, where=~c)
    loss = claims.loss_principal + claims.loss_interest if principal_and_interest else claims.loss_principal
    exposure = r.step(zh("信用敞口 (credit exposure)", "信用敞口"), credit_exposure(r, claims, loss.named(zh("loss", "损失"), "yuan")), where=q)
    recovered = claims.recovered.default(0).named(zh("recovered", "已收回金额"), "yuan")
    exposure = r.choose("dongcheng_risk_comp_clawback", {
        # 收回逾期贷款的…归还已代偿的资金
        "full": if_(recovered > 0, 0, exposure).named(zh("exposure after the recovery (returned in full)", "收回后的信用敞口（全额归还）"), "yuan"),
        "proportional": maximum(0, exposure - recovered).named(zh("exposure less the amount recovered", "信用敞口减去收回金额"), "yuan"),
    })
    r.step(zh("after the recovery (收回逾期贷款的…归还已代偿的资金)", "收回逾期贷款后（收回逾期贷款的…归还已代偿的资金）"), exposure, where=q & (recovered > 0))
    culture = claims.borrower_tier.eq("culture_plus").named("“文化+” borrower")
    ceiling = if_(culture, n.culture_ratio, n.other_ratio).named(zh("ceiling (不超过)", "比例上限（不超过）"), "share")
    cap = if_(culture, n.culture_cap, n.other_cap).named(zh("cap (最高代偿金额)", "最高代偿金额"), "yuan")
    # 不超过: the ratio 区金融服务办 set for the claim, held at the ceiling; not set yet, the ceiling is the point
    assessed = claims.compensation_ratio.named(zh("ratio set (代偿比例)", "已定代偿比例（代偿比例）"), "share")
    ratio_set = assessed.known()
    r.step(zh("ratio above the ceiling, held at it (不超过)", "代偿比例高于上限，按上限计（不超过）"), minimum(assessed, ceiling).named(zh("ratio", "代偿比例"), "share"),
           where=q & ratio_set & (assessed > ceiling))
    ratio = if_(ratio_set, minimum(assessed, ceiling), ceiling).named(zh("ratio", "代偿比例"), "share")
    row = (q & (exposure > 0)).named("claim with a credit exposure")
    point = (ratio * exposure).named(zh("compensation", "代偿金额"), "yuan")
    r.step(zh("compensation", "代偿金额"), point, where=row)
    high = if_(ratio_set, point, ceiling * exposure).named(zh("at the ceiling", "按上限"), "yuan")
    low = if_(ratio_set, point, 0).named(zh("at the ratio set (no floor otherwise)", "按已定比例（否则无下限）"), "yuan")
    r.effect("payout_due", zh("by {} (maturity + {} calendar days, 政、银 mode); notice within {} working days of maturity", "{} 前拨付（贷款合同到期日之后 {} 个自然日内，政、银模式）；到期未归还后 {} 个工作日内书面告知区金融服务办"),
             claims.matures_on.add_days(r.value("payout_days")), n.payout_days, n.notice_working_days,
             where=row & claims.matures_on.known())
    return Compensations(r.present(role), claims, row, culture, point, low, high, cap)


def risk_comp_default_compensation(r: Rule) -> None:
    """Compensation of a cooperating bank (政、银) or guarantor (政、银、担) on the credit exposure of an overdue pool
    loan to a 东城 SME: ≤ 60% (“文化+”, ≤ 300万) or ≤ 50% (other 高精尖, ≤ 200万)."""
    n = r.n
    r.require(r.present("lending") | r.present("guarantor"), "",
              zh("pays a cooperating bank or guarantor; the profile has neither a lending nor a guarantor section", "补偿对象为合作银行或担保机构；企业信息中既无 lending 也无 guarantor 部分"))
    for role, _ in ROLES:
        r.require(~r.present(role) | r.items(f"{role}.risk_comp_claims").given, "", "",
                  unknown=zh(f"risk-compensation claims ({role}) — not known", f"风险补偿申请（{role}） — 未知"))
    r.settle()
    roles = [compensations(r, role) for role, _ in ROLES]
    r.settle()
    rows = (roles[0].sum(const(1), where=roles[0].row) + roles[1].sum(const(1), where=roles[1].row)).named(zh("claims compensated", "获代偿的申请"))
    r.require(rows > 0, zh("{} overdue pool loan(s) of 东城 SMEs with a credit exposure", "东城区中小微企业有信用敞口的逾期资金池贷款 {} 笔"),
              zh("no overdue pool loan with a credit exposure to compensate", "没有可代偿的、有信用敞口的逾期资金池贷款"), args=(rows,))

    if r.choose("dongcheng_risk_comp_cap_scope", {"loan": True, "claimant": False}):
        def total(of: str) -> Node:
            parts = [c.sum(minimum(getattr(c, of), c.cap), where=c.row) for c in roles]
            return parts[0] + parts[1]
    else:
        def total(of: str) -> Node:
            out = []
            for culture, cap in ((True, n.culture_cap), (False, n.other_cap)):
                parts = [c.sum(getattr(c, of), where=c.row & c.culture.eq(culture)) for c in roles]
                out.append(minimum(parts[0] + parts[1], cap))
            return out[0] + out[1]
    point = r.step(zh("compensation, each capped", "代偿金额（逐笔封顶）"), total("point").named(zh("compensation", "代偿金额"), "yuan"))
    # 不超过: a ratio not yet set is at most the ceiling, and the text guarantees no floor
    low = r.step(zh("low: at the ratios set, each capped", "低值：按已定的代偿比例，逐笔封顶"), total("low").named(zh("low", "低值"), "yuan"))
    high = r.step(zh("high: at the ceiling where no ratio is set, each capped", "高值：未定比例的按上限，逐笔封顶"), total("high").named(zh("high", "高值"), "yuan"))
    r.pay(point, low=low, high=high)


# =====================================================================================================
# Information entries of D2 (R13, R24): the LPR + 50bp ceiling and the pool rules
# =====================================================================================================
RATE_CAP_SOURCE = D2.cite(
    "L1262-L1266",
    "第九条  纳入风险补偿资金支持范围的业务项目，应当享受不超过贷款利率（LPR）加50个基点的优惠，同时享受快速绿色审批通道，"
    "原则上承诺在资料齐全、授信方案确定之后 1个月内完成审批放款流程。",
)
RATE_CAP_PARAMS = Params(
    spread_bp=Param(50, "不超过贷款利率（LPR）加50个基点", unit="basis points over the LPR", literal="50个基点"),
    approval_months=Param(1, "1个月内完成审批放款流程", unit="months (原则上)", literal="1个月"),
)
POOL_SOURCES = (
    D2.cite(
        "L1225-L1231",
        "第四条  风险补偿资金首期规模为 1500万元，其中 1000万优先支持文化类企业融资需求，在设立首个运营年度实现 1:10的放贷"
        "规模。后续每年将根据风险补偿资金支持的企业数量、企业规模、企业税收、信用敞口四方面增长情况进行评估，根据评估结果对"
        "资金规模、放贷倍数予以调整，最终可达到 1:20的放贷规模。",
    ),
    D2.cite("L1256-L1260", "风险补偿资金应重点支持融资金额 1000万元（含）以下的普惠金融业务，普惠金融户数占比不低于风险补偿资金"
                           "业务总户数 50%。"),
    D2.cite("L1347-L1351", "在协议合作期限内，风险补偿资金代偿金额累积达到风险补偿资金池总额的 50%后，暂停操作，待相关合作方重新"
                           "评估后重启风险补偿资金，但对于存量业务依然有效。"),
)
POOL_PARAMS = Params(
    pool=Param(Decimal(15_000_000), "风险补偿资金首期规模为 1500万元", unit="yuan", literal="1500万元"),
    culture_priority=Param(Decimal(10_000_000), "其中 1000万优先支持文化类企业融资需求", unit="yuan", literal="1000万"),
    # the ratio "1:10" is written as a ratio the literal reader does not know: its second term is the literal
    leverage_year1=Param(10, "在设立首个运营年度实现 1:10的放贷规模", unit="× pool", note="1:10", literal="10"),
    leverage_max=Param(20, "最终可达到 1:20的放贷规模", unit="× pool", note="1:20", literal="20"),
    inclusive_max=Param(Decimal(10_000_000), "融资金额 1000万元（含）以下的普惠金融业务", unit="yuan", note="（含）",
                        literal="1000万元"),
    inclusive_share=Param(Decimal("0.50"), "普惠金融户数占比不低于风险补偿资金业务总户数 50%", unit="share of borrowers",
                          literal="50%"),
    suspend_share=Param(Decimal("0.50"), "代偿金额累积达到风险补偿资金池总额的 50%后，暂停操作", unit="share of the pool",
                        note="existing business stays covered", literal="50%"),
)

# =====================================================================================================
# dongcheng.talent_introduction_2020 — D3 (non-monetary: information)
# =====================================================================================================
TALENT_SOURCE = D3.cite(
    "L1404-L1420",
    "一、申报时间即日起至 2020年 2月 19日(周三）17:00二、申报条件1.申报企业应符合首都城市功能定位和产业发展方向，且企业类型"
    "不在《北京市新增产业的禁止和限制目录》内。申报企业原则上应为在东城区缴纳税费的民营经济和混合所有制企业，经营状况良好，"
    "无违法、违规记录。2.申报企业及个人应符合《北京市引进人才管理办法(试行)》（京人社调发〔2018〕38号）相关条件。提出引进时"
    "一般应在申报单位工作满 2年、无刑事犯罪记录、引进时年龄原则上不超过 45周岁。",
)
TALENT_PARAMS = Params(
    deadline=Param(date(2020, 2, 19), "即日起至 2020年 2月 19日(周三）17:00", note="17:00 that day",
                   literal="2020年 2月 19日"),
    tenure_years=Param(2, "一般应在申报单位工作满 2年", unit="years", literal="2年"),
    max_age=Param(45, "引进时年龄原则上不超过 45周岁", unit="years of age", literal="45周岁"),
)

# =====================================================================================================
# dongcheng.district_soe_rent_reduction — D4 item 4, D5 item 7 (by the city standard)
# =====================================================================================================
SOE_SOURCES = (
    D4.cite(
        "L1547-L1555",
        "4.对于中小微企业承租区属国有企业房产的，符合房租减免情形的，给予房租减免。申请企业将详细情况致电或发邮件至区国资委，"
        "经区国资委核实承租房产确属区属国有企业房产的，转相关承办企业办理。申请企业也可直接向相关承办企业提出申请，由承办企业"
        "参照北京市减免标准提出办理意见，履行内部决策程序后，向申请企业反馈并报区国资委备案。（责任单位：区国资委）",
    ),
    D5.cite("L2638-L2640", "在疫情防控期间正常经营的中小企业，承租区属国有企业房产的，按照实际经营情况，给予租金减免，减免租金"
                           "不再纳入国有企业经营业绩考核。"),
)
SOE_PARAMS = Params(
    business_share=Param(Decimal(1), "免收2月份房租", unit="share of February rent",
                         note="北京市减免标准 (the city rule as restated by 房山 L5656-L5660)", literal="免收"),
    office_share=Param(Decimal("0.50"), "给予2月份租金50%的减免", unit="share of February rent",
                       note="北京市减免标准 (房山 L5660)", literal="50%"),
    month=Param(month_window(date(2020, 2, 1)), "免收2月份房租", note="February 2020", literal="2月份"),
)
OFFICE_NO_LAYOFF = "office_requires_no_layoff"  # shared SOE-rent readings, declared by their owners
ONE_LEVEL_SCOPE = "soe_rent_one_level_scope"
SOE_READINGS = [
    Reading("dongcheng_soe_rent_terms", Literal["city_standard", "as_granted"], "city_standard",
            "D4 '参照北京市减免标准' gives no number: 'city_standard' (default) applies the city February rule (100% for "
            "production/business use if kept open or closed by the rules with no or few lay-offs, 50% for offices); "
            "'as_granted' takes D5's '按照实际经营情况' literally: the rent the SOE actually waived (leases.N.rent_waived)."),
    Reading("dongcheng_rent_partial_month", Literal["prorate_days", "whole_month"], "prorate_days",
            "A lease that begins or ends in February 2020 (leases.N.starts_on / ends_on): 'prorate_days' (default: "
            "rent × days leased / 29) or 'whole_month'."),
]


def february_share(r: Rule, leases: Items, month: Window) -> tuple[Node, Node]:
    """The days of February 2020 a lease's own period covers (``starts_on`` … ``ends_on``; an absent end is open) and
    the February rents it is relieved of: those days over the month's, exact (``prorate_days``), or 1 for any part of
    the month (``whole_month``); 0 when the lease is not in force in February (issue 8 §1)."""
    start = leases.starts_on.default(month.start)
    end = leases.ends_on.default(month.end)
    days = overlap_days(start, end, month).named(zh("days leased in February 2020", "2020年2月在租期内的天数"), "days")
    ((_, share),) = month_shares(start, end, month)
    whole = if_(days > 0, 1, 0)
    months = r.choose("dongcheng_rent_partial_month", {"prorate_days": share, "whole_month": whole})
    return days, months.named(zh("share of February leased", "2月份在租期内的比例"), "share")


def district_soe_rent_reduction(r: Rule) -> None:
    """February 2020 rent of leases from 东城 district SOEs, by the city standard (or as granted)."""
    n = r.n
    r.require(r.size().isin(SME_SIZES), zh(f"size {{}} is within {SME_LABEL}", "规模 {} 属于中小微企业（D4 附则：工信部联企业〔2011〕300号）"),
              zh(f"size {{}} is not within {SME_LABEL}", "规模 {} 不属于中小微企业（D4 附则：工信部联企业〔2011〕300号）"))
    leases = r.items("leases")
    r.require(leases.given, "", "", unknown=zh("the firm's leases — not known", "企业的租约 — 未知"))
    r.settle()
    # D4 附则's one-level rule (STACKING, per lease or per award) names this reading: it is recorded with the award
    # (and the award's readings are never changed after the evaluation by the stacking rule that reads it)
    r.reading(ONE_LEVEL_SCOPE)
    as_granted = r.choose("dongcheng_soe_rent_terms", {"city_standard": False, "as_granted": True})
    soe = r.select(
        leases,
        (leases.landlord.eq("district_soe"), zh("landlord {}, not a 区属国有企业", "出租方为 {}，不是区属国有企业")),
        (leases.landlord_district.eq(HERE), zh("landlord belongs to {}, not a 东城 区属国有企业", "出租方属于 {}，不是东城区区属国有企业")),
        needs=(leases.rent_waived,) if as_granted else (leases.use, leases.monthly_rent),
        label=zh("lease", "租约"),
    ).named("lease of 东城 district-SOE premises")
    r.settle()
    r.require(leases.any(soe), "", zh("no lease of a 东城 区属国有企业's premises", "没有承租东城区区属国有企业房产的租约"))
    if as_granted:
        relief = leases.rent_waived.named(zh("rent waived by the SOE (reading as_granted)", "国有企业实际减免的租金（解释口径 as_granted）"), "yuan")
        relieved = (soe & (relief > 0)).named("relieved lease")
        r.step(zh("rent waived by the SOE (reading as_granted)", "国有企业实际减免的租金（解释口径 as_granted）"), relief, where=soe)
    else:
        month = r.value("month")
        days, months = february_share(r, leases, month)
        business = leases.use.eq("business")
        # 坚持营业或依照防疫规定关闭停业且不裁员、少裁员: the production/business tier's conditions (and the office tier's
        # under the reading office_requires_no_layoff)
        q = r.fact.qualifications
        operating = (q.open_or_closed_per_rules.is_(True) & q.no_layoffs.is_(True)).named(
            "坚持营业或依照防疫规定关闭停业且不裁员、少裁员")
        conditioned = const(True) if r.flag(OFFICE_NO_LAYOFF) else business
        relieved = r.select(
            leases,
            (days > 0, zh(f"not in force in February 2020 (its own period is wholly outside {month})", f"2020年2月不在租期内（租期完全在 {month} 之外）")),
            (if_(conditioned, operating, True), zh("坚持营业或依照防疫规定关闭停业且不裁员、少裁员 not met", "不满足“坚持营业或依照防疫规定关闭停业且不裁员、少裁员”")),
            only=soe, label=zh("lease", "租约"),
        ).named("relieved lease")
        r.step(zh("share of February leased", "2月份在租期内的比例"), months, where=relieved & months.ne(1))
        share = if_(business, n.business_share, n.office_share).named(zh("share relieved", "减免比例"), "share")
        rent = leases.monthly_rent.named(zh("monthly rent", "月租金"), "yuan")
        relief = (share * rent * months).named(zh("February rent relieved", "减免的2月份房租"), "yuan")
        r.step(zh("February rent relieved (北京市减免标准)", "减免的2月份房租（北京市减免标准）"), relief, where=relieved)
    r.settle()
    count = leases.count(where=relieved).named(zh("relieved leases", "获减免的租约"))
    r.require(count > 0, zh("{} lease(s) of 东城 district-SOE premises relieved", "承租东城区区属国有企业房产的租约 {} 项获减免"),
              zh("no lease of a 东城 区属国有企业 meets the conditions of the city standard", "没有承租东城区区属国有企业房产的租约符合北京市减免标准的条件"), args=(count,))
    # each lease's share is recorded, for the one-level rule (per="leases")
    r.parts(leases, relief, where=relieved)
    total = leases.sum(relief, where=relieved).named(zh("sum over leases", "各租约合计"), "yuan")
    r.effect("apply", zh("to 区国资委 or directly to the landlord SOE (承办企业), which decides and files with 区国资委", "向区国资委申请，或直接向承办企业提出申请，由承办企业提出办理意见并报区国资委备案"))
    r.pay(r.step(zh("sum over leases", "各租约合计"), total))


# =====================================================================================================
# dongcheng.commercial_building_rent_subsidy — D4 item 6 (30%–50%, ≤ 50万)
# =====================================================================================================
BUILDING_SOURCE = D4.cite(
    "L1599-L1607",
    "6.对在疫情期间，商务楼宇的产权单位或运营单位为符合东城区产业发展方向的中小微企业减免房租的，由区政府给予 30%-50%的资金"
    "补贴，最高不超过 50万元。对在疫情期间为承租房屋的中小微企业减免租金的科技企业孵化器、众创空间、创业基地和中小企业服务"
    "分中心、文化产业园等各类载体，优先予以政策扶持。（责任单位：区科信局、区发改委、区财政局、东城园管委会、区文促中心）",
)
BUILDING_PARAMS = Params(
    low=Param(Decimal("0.30"), "由区政府给予 30%-50%的资金补贴", unit="share of the rent reduced", literal="30%"),
    high=Param(Decimal("0.50"), "由区政府给予 30%-50%的资金补贴", unit="share of the rent reduced", literal="50%"),
    cap=Param(Decimal(500_000), "最高不超过 50万元", unit="yuan", note="inclusive", literal="50万元"),
)
CARRIERS = ("science_park", "maker_space", "startup_base", "incubator", "cultural_park", "other_carrier")
BUILDING_READINGS = [
    Reading("dongcheng_range_point", Literal["low", "high"], "low",
            "Where a 东城 amount is a range the text leaves to assessment: the point reported is the low end "
            "(default, the floor the text guarantees) or the high end."),
    Reading("dongcheng_building_cap_scope", Literal["applicant", "building"], "applicant",
            "Scope of '最高不超过 50万元': per applicant (default; the 产权单位或运营单位 applies) or per building "
            "(rent_relief_granted.N.carrier names the building)."),
    Reading("dongcheng_carriers_get_building_rate", bool, False,
            "Whether carriers (孵化器, 众创空间, 创业基地, 中小企业服务分中心, 文化产业园 and the like) get the 30%–50% too. "
            "Default False: the text gives them '优先予以政策扶持' with no number (eligible, amount unquantified)."),
    Reading("dongcheng_building_relief_spread", Literal["months", "days"], "months",
            "A rent cut whose relieved period (rent_relief_granted.N.period_start … period_end) lies partly outside "
            "'在疫情期间' counts only for its part inside (issue 8 §1); the text does not say how the amount spreads over "
            "its period. 'months' (default): by calendar month, each month weighing the share of its days relieved "
            "(rent is a monthly sum, so an equal cut each month); 'days': by day. A cut wholly outside counts 0."),
]


def inside_epidemic_share(r: Rule, reliefs: Items, period: Window) -> Node:
    """The share of a rent cut's amount that falls inside 疫情期间 ``period``: the months (reading ``months``, each
    month weighing the share of its days relieved) or the days of its relieved period inside ``period``, over all
    of them, exact."""
    start, end = reliefs.period_start, reliefs.period_end
    if r.choose("dongcheng_building_relief_spread", {"months": True, "days": False}):
        inside = months_covered(start, end, period).named(zh("months relieved inside 疫情期间", "疫情期间内的减免月数"))
        whole = months_spanned(start, end).named(zh("months relieved", "减免月数"))
    else:
        inside = overlap_days(start, end, period).named(zh("days relieved inside 疫情期间", "疫情期间内的减免天数"))
        whole = (start.days_until(end) + 1).named(zh("days relieved", "减免天数"))
    return (inside / whole).named(zh("share inside 疫情期间", "疫情期间内的比例"), "share")


def commercial_building_rent_subsidy(r: Rule) -> None:
    """30%–50% (≤ 50万) of the rent a 商务楼宇 owner or operator cut for SMEs of 东城's industrial direction."""
    n = r.n
    reliefs = r.items("rent_relief_granted")
    r.require(reliefs.given.known(), "",
              zh("pays a landlord that cut rent; the profile has no rent_relief_granted (not a landlord claiming)", "补贴对象为减免房租的出租方；企业信息中没有 rent_relief_granted（不是申请补贴的出租方）"))
    kind = r.fact.landlord_premises_type
    r.require(kind.isin({"office_building", *CARRIERS}), zh("the premises ({}) are a 商务楼宇 (产权单位或运营单位) or a "
              "carrier of item 6 (各类载体)", "房产（{}）为商务楼宇（产权单位或运营单位）或第6条所列载体（各类载体）"),
              zh("the premises ({}) are neither a 商务楼宇 nor a carrier of item 6", "房产（{}）既不是商务楼宇，也不是第6条所列载体"),
              unknown=zh("the premises are a 商务楼宇 or a carrier — not known", "房产是否为商务楼宇或载体 — 未知"))
    period = Window(r.reading("epidemic_period_start"), r.reading("epidemic_period_end"))
    start, end = reliefs.period_start, reliefs.period_end
    overlaps = ((start <= period.end) & (end >= period.start)).named("relieved in 疫情期间")
    q = r.select(
        reliefs,
        (reliefs.tenant_size.isin(SME_SIZES), zh("tenant is {}, not a 中小微企业", "承租企业为 {}，不是中小微企业")),
        (reliefs.tenant_fits_district_positioning.is_(True),
         zh("tenant does not fit 东城's industrial direction (符合东城区产业发展方向)", "承租企业不符合东城区产业发展方向（符合东城区产业发展方向）")),
        (if_(start.known() & end.known(), overlaps, True),
         zh(f"relieved period wholly outside 疫情期间 {period}", f"减免期完全在疫情期间 {period} 之外")),
        (reliefs.subsidised_elsewhere.default(False).is_(False),
         zh("this rent cut already drew a subsidy of the same kind at another level (D4 附则: 市区两级共有的政策…只能选择其中"
            "一级进行申请，不得重复享受同类补贴支持资金)",
            "该笔减租已在另一级获得同类补贴（D4 附则：市区两级共有的政策…只能选择其中一级进行申请，不得重复享受同类补贴支持资金）")),
        needs=(start, end, reliefs.amount), label=zh("relief", "减租"),
    ).named("qualifying rent cut")
    r.settle()
    share = inside_epidemic_share(r, reliefs, period)
    r.step(zh("share inside 疫情期间", "疫情期间内的比例"), share, where=q & share.ne(1))
    counted = (reliefs.amount * share).named(zh("rent reduced inside 疫情期间", "疫情期间内减免的租金"), "yuan")
    r.step(zh("rent reduced inside 疫情期间", "疫情期间内减免的租金"), counted, where=q & share.ne(1))
    total = r.step(zh("rent reduced for qualifying SME tenants", "为符合条件的中小微企业减免的租金"),
                   reliefs.sum(counted, where=q).named(zh("rent reduced for qualifying SME tenants", "为符合条件的中小微企业减免的租金"), "yuan"))
    r.require(total > 0, zh("cut the rent of {} qualifying SME tenancy(ies) in the epidemic period", "疫情期间为 {} 户符合条件的中小微企业减免房租"),
              zh("no rent cut for an SME of 东城's industrial direction in the epidemic period", "疫情期间没有为符合东城区产业发展方向的中小微企业减免房租"),
              args=(reliefs.count(where=q),))
    cap = n.cap
    if r.choose("dongcheng_building_cap_scope", {"applicant": False, "building": True}):
        building = reliefs.carrier.default("").named("building (carrier)")
        base = reliefs.partition_sum(building, counted, where=q).named(zh("rent reduced in the building", "该楼宇减免的租金"), "yuan")
        first = reliefs.first_in_partition(building, where=q)
        r.step(zh("rent reduced in the building", "该楼宇减免的租金"), base, where=first, label=reliefs.carrier)

        def capped(rate: Node) -> Node:
            return reliefs.sum(minimum(rate * base, cap), where=first)
    else:
        def capped(rate: Node) -> Node:
            return minimum(rate * total, cap)
    carrier = kind.isin(CARRIERS).named("a carrier (各类载体)")
    if r.flag("dongcheng_carriers_get_building_rate"):
        carrier = const(False)
    # the rate the district set for this firm (held within 30%-50%); not set yet, the range 30% … 50%
    rate = r.fact.commercial_building_subsidy_rate.named(zh("rate set (由区政府给予)", "已定补贴比例（由区政府给予）"), "rate")
    rate_set = rate.known()
    within = r.step(zh("rate within 30%-50%", "补贴比例（限于 30%-50%）"), minimum(maximum(rate, n.low), n.high).named(zh("rate", "补贴比例"), "rate"))
    fixed = r.step(zh("subsidy at the rate set", "按已定比例的补贴"), capped(within).named(zh("subsidy", "补贴"), "yuan"))
    low = r.step(zh("low (30%, ≤ 50万)", "低值（30%，≤ 50万）"), capped(n.low).named(zh("low", "低值"), "yuan"))
    high = r.step(zh("high (50%, ≤ 50万)", "高值（50%，≤ 50万）"), capped(n.high).named(zh("high", "高值"), "yuan"))
    point = r.choose("dongcheng_range_point", {"low": low, "high": high})
    end = r.reading("dongcheng_range_point")
    r.step(zh(f"amount: the {end} end of the range, no rate set yet (reading dongcheng_range_point)", f"金额：尚未确定补贴比例，取区间的 {end} 端（解释口径 dongcheng_range_point）"),
           if_(rate_set, fixed, point), where=~rate_set & ~carrier)
    amount, low, high = (if_(carrier, 0, if_(rate_set, fixed, x)) for x in (point, low, high))
    r.pay(amount, low=low, high=high)
    r.incomplete(zh("carriers get '优先予以政策扶持' with no number; set assumptions.dongcheng_carriers_get_building_rate "
                    "to apply the 30%–50% of 商务楼宇",
                    "各类载体“优先予以政策扶持”，文件未规定金额；设置 assumptions.dongcheng_carriers_get_building_rate "
                    "即按商务楼宇的 30%–50% 计算"), ["assumptions.dongcheng_carriers_get_building_rate"], when=carrier)


# =====================================================================================================
# dongcheng.tou_dai_jiang_matching / dongcheng.fang_zu_tong_matching — D4 item 13
# =====================================================================================================
TDJ_SOURCE = D4.cite("L1795-L1796", "13.对于获得 2019 年度北京市“投贷奖”政策奖励的东城区企业，给予 20%的区级配套资金支持。")
FZT_SOURCE = D4.cite("L1796-L1798", "对于获得北京市“房租通”政策补贴的东城区企业，给予 20%的区级配套资金支持。（责任单位：区文促中心）")
MATCH_PROCEDURE = D4.cite(
    "L1800-L1804",
    "具体流程：区文促中心发布 2019年度北京市“投贷奖”东城区配套奖励企业征集公告，企业提交申请，区文促中心进行审核。北京市"
    "“房租通”政策兑现后，区文促中心立即开展区级配套奖励企业征集审核及兑现工作。",
)
TDJ_PARAMS = Params(share=Param(Decimal("0.20"), "2019 年度北京市“投贷奖”政策奖励的东城区企业，给予 20%的区级配套资金支持",
                                unit="share of the city award", literal="20%"))
FZT_PARAMS = Params(share=Param(Decimal("0.20"), "北京市“房租通”政策补贴的东城区企业，给予 20%的区级配套资金支持",
                                unit="share of the city subsidy", literal="20%"))
# read by both top-ups of item 13
MATCHING_REQUIRES_TAX = Reading(
    "dongcheng_matching_requires_tax", bool, False,
    "'东城区企业' for the 投贷奖 / 房租通 top-ups: registered in 东城 (default, the document's scope) or also paying tax "
    "there (True).")


def city_award_matching(r: Rule, award: Node, label: str, label_zh: str) -> None:
    """区级配套: 20% of a city award the firm received; a 东城区企业 (registered, and under the reading also paying tax,
    in 东城)."""
    if r.flag("dongcheng_matching_requires_tax"):
        tax = r.fact.tax_district.default(r.fact.district)
        r.require(tax.eq(HERE), zh("pays tax in 东城 (reading dongcheng_matching_requires_tax)", "在东城区纳税（解释口径 dongcheng_matching_requires_tax）"), zh("pays tax in {}, not 东城", "在 {} 纳税，不在东城区"))
    r.need(award, zh(f"the city {label} received", f"已获得的北京市{label_zh}"))
    r.settle()
    r.require(award > 0, "", zh(f"no city {label} granted", f"未获得北京市{label_zh}"))
    top_up = (r.n.share * award).named(zh("district top-up (区级配套)", "区级配套"), "yuan")
    r.pay(r.step(zh("district top-up", "区级配套"), top_up), met=zh(f"a 东城区企业 granted the city {label}", f"获得北京市{label_zh}的东城区企业"))


def tou_dai_jiang_matching(r: Rule) -> None:
    """20% district top-up of a 2019 Beijing 投贷奖 award."""
    city_award_matching(r, r.fact.city_tou_dai_jiang_award_2019.named(zh("2019 city 投贷奖 award", "2019 年度北京市“投贷奖”奖励"), "yuan"),
                        "2019 投贷奖 award", "2019 年度“投贷奖”政策奖励")


def fang_zu_tong_matching(r: Rule) -> None:
    """20% district top-up of a Beijing 房租通 subsidy."""
    city_award_matching(r, r.fact.city_fang_zu_tong_subsidy.named(zh("city 房租通 subsidy", "北京市“房租通”补贴"), "yuan"), "房租通 subsidy",
                        "“房租通”政策补贴")


# =====================================================================================================
# dongcheng.supply_guarantee_one_off_reward — D4 item 11 (no amount; ERRATA_01_03 R27)
# =====================================================================================================
SUPPLY_SOURCE = D4.cite(
    "L1761-L1765",
    "11.对疫情防控期间保障群众生活必需的商业企业，满足消费者购物需求的百货、购物中心等大型商业设施，东城区生活必需品应急保供"
    "企业及提供和保障防疫物资的社会企业，给予一次性政府资金奖励。（责任单位：区商务局）",
)
SUPPLY_D5_SOURCE = D5.cite("L2623", "6．对疫情防控期间稳定市场供应的社会企业给予奖励和支持，具体办法另行制定。")


def supply_guarantee_one_off_reward(r: Rule) -> None:
    """One-off reward, amount not stated, for firms that kept necessities or epidemic supplies flowing."""
    r.require(r.fact.qualifications.kept_supplies_during_epidemic.is_(True),
              zh("kept necessities or epidemic supplies flowing during the epidemic (item 11)", "疫情防控期间保障群众生活必需或提供和保障防疫物资（第11条）"),
              zh("not a supplier of necessities or epidemic materials under item 11", "不属于第11条所列保障生活必需品或防疫物资的企业"))
    r.settle()
    granted = r.fact.supply_guarantee_reward_granted.named(zh("reward granted (一次性政府资金奖励)", "已给予的奖励（一次性政府资金奖励）"), "yuan")
    r.step(zh("reward granted", "已给予的奖励"), granted)
    r.pay(granted.default(0))
    r.incomplete(zh("the text sets no amount ('给予一次性政府资金奖励'); the reward granted is the fact "
                    "supply_guarantee_reward_granted",
                    "文件未规定金额（“给予一次性政府资金奖励”）；已给予的奖励为字段 supply_guarantee_reward_granted"), ["supply_guarantee_reward_granted"], when=~granted.known())


# =====================================================================================================
# Information entries of D4: procurement set-aside (item 15), frontline staff insurance (item 18)
# =====================================================================================================
PROCUREMENT_SOURCE = D4.cite(
    "L1832-L1838",
    "15.加大对中小微企业政府采购倾斜力度，进一步提高面向中小微企业采购的金额和比例。明确在满足机构自身运转和提供公共服务基本"
    "需求的前提下，要求预算单位专门面向中小企业的采购达到本部门年度政府采购项目预算总额的 30%以上，其中，预留给小型和微型企业"
    "的比例不低于 60%。（责任单位：区财政局）",
)
PROCUREMENT_PARAMS = Params(
    sme_share=Param(Decimal("0.30"), "达到本部门年度政府采购项目预算总额的 30%以上", unit="share of the procurement budget",
                    literal="30%"),
    small_micro_share=Param(Decimal("0.60"), "预留给小型和微型企业的比例不低于 60%", unit="share of the SME part",
                          literal="60%"),
)
INSURANCE_SOURCE = D4.cite(
    "L1921-L1925",
    "联系中国人寿北京分公司，协调区卫健委，为抗击疫情一线的医护人员免费提供人身保险，保额达 50万元/人，实现金融直接服务于抗击"
    "疫情一线的医护人员。（责任单位：区金融办）",
)
INSURANCE_PARAMS = Params(
    sum_insured=Param(Decimal(500_000), "保额达 50万元/人", unit="yuan per person (coverage, never relief)",
                      literal="50万元/人"),
)


def _info(id_: str, title_zh: str, title_en: str, kind: str, beneficiary: str, sources: tuple, params: Params,
          summary: str, **kw: object) -> Measure:
    return Measure(id=f"{HERE}.{id_}", district=HERE, title_zh=title_zh, title_en=title_en, kind=kind,
                   beneficiary=beneficiary,  # type: ignore[arg-type]
                   sources=sources, params=params, relief=False, summary=summary,
                   **kw)  # type: ignore[arg-type]


EPI = ("epidemic_period_start", "epidemic_period_end")

MEASURES = [
    Measure(
        id="dongcheng.risk_comp.default_compensation",
        district=HERE,
        title_zh="风险补偿资金代偿（政、银 / 政、银、担）",
        title_en="Risk-compensation payout on the credit exposure of overdue pool loans to 东城 SMEs (≤ 60% / ≤ 50%)",
        kind="loss_compensation",
        beneficiary="financial_institution",
        sources=(*RC_SOURCES, ONE_LEVEL_SOURCE),
        rule=risk_comp_default_compensation,
        params=RC_PARAMS,
        readings=tuple(RC_READINGS),
        territory="custom",
        valid=Window(date(2020, 2, 17), date(9999, 12, 31)),
        summary="per overdue pool loan: min(ratio × credit exposure, 300万 “文化+” / 200万 other 高精尖), ratio ≤ 60% / 50%",
        notes=("The LPR + 50bp ceiling (第九条) is a duty on the bank, not a payout condition (ERRATA_01_03 R13).",
               "The pool's 50% suspension (第二十条) leaves existing business covered, so it never stops a pool loan's "
               "payout.",
               "A guarantor claims in the 政、银、担 mode on what it paid the bank (guarantor.risk_comp_claims).",
               "D4 item 17 (L1875-L1911) restates this fund, so D4 附则's one-level rule holds: a loss that already drew "
               "a risk compensation of the same kind at another level (risk_comp_claims.N.compensated_elsewhere) "
               "draws none here.",
               "第十四条 (L1296-L1302) and D4 item 17: 区金融服务办 decides which loans enter the pool — the recognition "
               "is the fact risk_comp_claims.N.in_pool (unknown → undetermined, false → ineligible); the “文化+” / "
               "“高精尖” classification (第七条) is risk_comp_claims.N.borrower_tier."),
    ),
    _info("risk_comp.loan_rate_cap", "风险补偿资金支持项目利率优惠与快速审批",
          "Pool loans: rate at most LPR + 50bp and approval within a month (a duty on the bank; information)",
          "other", "enterprise", (RATE_CAP_SOURCE,), RATE_CAP_PARAMS,
          "a bank duty: pool loans priced ≤ LPR + 50bp, approved within 1 month in principle; no payout follows from it",
          territory="custom"),
    _info("risk_comp.pool_rules", "风险补偿资金规模、放贷倍数、普惠占比与暂停规则",
          "Risk-compensation pool: 15,000,000 (10,000,000 cultural priority), 1:10 → 1:20 lending, ≥ 50% inclusive, "
          "suspension at 50% paid out (information)",
          "other", "financial_institution", POOL_SOURCES, POOL_PARAMS,
          "fund size 1500万 (1000万 cultural priority); lending 1:10 in year 1, up to 1:20; ≥ 50% of borrowers 普惠 "
          "(≤ 1000万 含); new business suspended when payouts reach 50% of the pool", territory="custom"),
    _info("talent_introduction_2020", "2020年“共同防疫 共促发展”专项人才引进",
          "Special talent-introduction quota for 东城 firms that contributed to epidemic control (non-monetary; "
          "information)",
          "other", "enterprise", (TALENT_SOURCE,), TALENT_PARAMS,
          "non-monetary: applications by 2020-02-19 17:00; tax-paying private or mixed firms; candidates ≥ 2 years at "
          "the firm and ≤ 45 years old (原则上)"),
    Measure(
        id="dongcheng.district_soe_rent_reduction",
        district=HERE,
        title_zh="承租区属国有企业房产租金减免",
        title_en="Rent relief for SMEs renting 东城 district-SOE premises, by the Beijing standard (February 2020)",
        kind="rent_reduction",
        beneficiary="enterprise",
        sources=SOE_SOURCES,
        rule=district_soe_rent_reduction,
        params=SOE_PARAMS,
        readings=(OFFICE_NO_LAYOFF, *SOE_READINGS, ONE_LEVEL_SCOPE),
        valid=D4_VALID,
        summary="Σ leases from 东城 district SOEs: 100% (business) or 50% (office) × February 2020 rent "
                "(参照北京市减免标准)",
        notes=("The numbers are the city standard the text refers to (北京市减免标准), cited from its restatement by "
               "房山 (L5656-L5660); D5 says 中小企业 and 正常经营 (reading dongcheng_soe_rent_terms).",
               "A lease counts for the part of February its own period (leases.N.starts_on … ends_on) covers; a lease "
               "not in force in February counts 0 (reading dongcheng_rent_partial_month).",
               "'经区国资委核实承租房产确属区属国有企业房产的' (L1549) verifies the fact the profile states "
               "(leases.N.landlord = district_soe, landlord_district = dongcheng); the tenant may also apply directly "
               "to the landlord SOE, so the verification is no condition beyond that fact.",
               "D4 附则: the city February rule (beijing.soe_rent_reduction_feb) relieves the same lease once, at the "
               "higher level (STACKING, per lease)."),
    ),
    Measure(
        id="dongcheng.commercial_building_rent_subsidy",
        district=HERE,
        title_zh="商务楼宇减免房租资金补贴",
        title_en="30%–50% (≤ 500,000) of the rent 商务楼宇 owners or operators cut for SMEs of 东城's direction",
        kind="rent_subsidy_to_landlord",
        beneficiary="landlord",
        sources=(BUILDING_SOURCE, ONE_LEVEL_SOURCE),
        rule=commercial_building_rent_subsidy,
        params=BUILDING_PARAMS,
        readings=(*EPI, *BUILDING_READINGS),
        valid=D4_VALID,
        summary="range 30% … 50% × rent reduced for qualifying SME tenants (the part of each cut inside 疫情期间), "
                "≤ 500,000; carriers: 优先予以政策扶持 (unquantified)",
        notes=("D4 附则 (L2521-L2523) '凡市区两级共有的政策…不得重复享受同类补贴支持资金': a rent cut that already drew a "
               "subsidy of the same kind at another level (rent_relief_granted.N.subsidised_elsewhere) counts 0 here. No "
               "city landlord subsidy is a catalog measure, so the rule is a fact of the profile, not a StackingRule.",
               "A cut straddling 疫情期间 counts for its part inside (reading dongcheng_building_relief_spread).",
               "The procedure's 核实 (L1617) checks the facts the profile states (SME tenant, rent cut); "
               "'符合东城区产业发展方向' is rent_relief_granted.N.tenant_fits_district_positioning (unknown → "
               "undetermined, false → that cut counts 0)."),
    ),
    Measure(
        id="dongcheng.tou_dai_jiang_matching",
        district=HERE,
        title_zh="“投贷奖”区级配套",
        title_en="20% district top-up of a 2019 Beijing 投贷奖 award",
        kind="reward",
        beneficiary="enterprise",
        sources=(TDJ_SOURCE, MATCH_PROCEDURE),
        rule=tou_dai_jiang_matching,
        params=TDJ_PARAMS,
        readings=(MATCHING_REQUIRES_TAX,),
        valid=D4_VALID,
        summary="20% × the 2019 city 投贷奖 award",
        notes=("A top-up of a city award by design: D4 附则's one-level rule does not bar it (the city award is not a "
               "catalog measure).",),
    ),
    Measure(
        id="dongcheng.fang_zu_tong_matching",
        district=HERE,
        title_zh="“房租通”区级配套",
        title_en="20% district top-up of a Beijing 房租通 rent subsidy",
        kind="cash_grant",
        beneficiary="enterprise",
        sources=(FZT_SOURCE, MATCH_PROCEDURE),
        rule=fang_zu_tong_matching,
        params=FZT_PARAMS,
        readings=(MATCHING_REQUIRES_TAX,),
        valid=D4_VALID,
        summary="20% × the city 房租通 subsidy received",
        notes=("A top-up of a city subsidy by design (the same item 13 grants it): D4 附则's one-level rule does not bar "
               "it (the city 房租通 is not a catalog measure).",),
    ),
    Measure(
        id="dongcheng.supply_guarantee_one_off_reward",
        district=HERE,
        title_zh="生活必需品保供及防疫物资企业一次性政府资金奖励",
        title_en="One-off reward for firms that kept necessities or epidemic supplies flowing (no amount stated)",
        kind="reward",
        beneficiary="enterprise",
        sources=(SUPPLY_SOURCE, SUPPLY_D5_SOURCE),
        rule=supply_guarantee_one_off_reward,
        valid=D4_VALID,
        summary="eligible on the supply role; amount undetermined unless supplied (ERRATA_01_03 R27)",
    ),
    _info("sme_procurement_reservation", "政府采购面向中小微企业预留份额",
          "Procurement set-aside: ≥ 30% of each budget unit's procurement for SMEs, ≥ 60% of it for small and micro "
          "firms (a duty on budget units; information)",
          "other", "enterprise", (PROCUREMENT_SOURCE,), PROCUREMENT_PARAMS,
          "a duty on district budget units: SME-specific procurement ≥ 30% of the annual budget, ≥ 60% of that for "
          "small and micro firms"),
    _info("frontline_medical_staff_life_insurance", "一线医护人员免费人身保险",
          "Free personal insurance for frontline medical staff, sum insured 500,000 per person (coverage; information)",
          "other", "individual", (INSURANCE_SOURCE,), INSURANCE_PARAMS,
          "coverage of 500,000 per frontline medical worker, premium free; the premium is not in the text and the sum "
          "insured is never relief (ERRATA_01_03 R24)", territory="beijing"),
]


# issue 9 §4: per-firm determinations are facts of the profile, no longer readings
MOVED_READINGS = {
    "dongcheng_risk_comp_ratio": "the profile field lending.risk_comp_claims.N.compensation_ratio / "
                                 "guarantor.risk_comp_claims.N.compensation_ratio (a fact of each claim: the ratio "
                                 "区金融服务办 set for it)",
    "dongcheng_building_subsidy_rate": "the profile field commercial_building_subsidy_rate (a fact of each firm: the "
                                       "rate the district set for it)",
    "dongcheng_supply_reward_amount": "the profile field supply_guarantee_reward_granted (a fact of each firm: the "
                                      "reward 区商务局 granted it)",
}

# =====================================================================================================
# Stacking: D4 附则 "凡市区两级共有的政策…不得重复享受同类补贴支持资金" — the district-SOE February rent and the city
# February rule relieve one rent once (README "Decisions"), lease by lease (per="leases"): one level per lease, so a
# 东城 district-SOE lease and a 市属 SOE lease of the same firm are each relieved
# =====================================================================================================
CITY_SOE_RENT = "beijing.soe_rent_reduction_feb"


def one_level_rules() -> list[StackingRule]:
    return [
        StackingRule(
            "dongcheng_soe_rent_one_level", "exclusive", ("dongcheng.district_soe_rent_reduction", CITY_SOE_RENT),
            ONE_LEVEL_SOURCE,
            "D4 附则: a policy both the city and the district have is claimed at one level only; the 东城 district-SOE "
            "rent (参照北京市减免标准) and the city February rule relieve the same lease's rent once, whichever pays "
            "more on it; different leases are independent",
            keep="highest", per="leases", per_reading=ONE_LEVEL_SCOPE,
        ),
    ]


STACKING: list[StackingRule] = one_level_rules()
