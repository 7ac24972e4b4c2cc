"""Information entries (never relief): the city's 创业担保贷款 rules and ceilings (北京市人力资源和社会保障局 with the
finance bureau and the guarantee scheme), as 门头沟's 服务包 restates them (M1 L6213-L6278).

Catalogued with their citations and declared numbers; never evaluated for a firm, never added to a total.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from ...engine.measure import Param, Params, Reading
from .._documents import MENTOUGOU_M1
from ._information import info

# =====================================================================================================
# beijing.startup_* — 创业担保贷款 (city loan rules and ceilings: information, not relief)
# =====================================================================================================
STARTUP_EXT_SOURCE = MENTOUGOU_M1.cite(
    "L6213-L6221",
    "对已发放个人创业担保贷款,借款人患新型冠状病毒感染肺炎的,可向贷款银行申请展期还款,展期期限原则上不超过 1 年,财政部门继续给予"
    "贴息支持。对受疫情影响暂时失去收入来源的个人和小微企业,符合借款人条件的,开通绿色通道,优先办理贷款担保和贷款发放相关手续。",
)
STARTUP_BORROWER_SOURCE = MENTOUGOU_M1.cite(
    "L6225-L6246",
    "本市创业担保贷款借款人资格认定对象为申请本市创业担保贷款的个人借款人和小微企业借款人。借款人在本市注册经营的,应符合本市产业导向。",
)
STARTUP_INDIVIDUAL_SOURCE = MENTOUGOU_M1.cite(
    "L6264-L6270",
    "(1)个人借款人在北京市注册个体工商户的,创业担保贷款担保额度最高不超过 30 万元;合伙创业或组织起来共同创业的,符合个人借款人条件的"
    "每个借款人创业担保贷款担保额度最高不超过 30 万元,单一企业多个借款人的创业担保贷款担保额度总和最高不超过 100 万元。",
)
STARTUP_SMALL_SOURCE = MENTOUGOU_M1.cite(
    "L6244-L6246", "在本市、天津市、河北省行政区域内注册经营的,可按照规定申请个人创业小额便捷贷款。",
)
STARTUP_SMALL_SOURCE_2 = MENTOUGOU_M1.cite("L6272", "(2)个人小额便捷贷款最高额度 15万。")
STARTUP_SME_SOURCE = MENTOUGOU_M1.cite(
    "L6248-L6278",
    "②企业当年新招用符合个人借款人条件的人员(不包括大学生村官、留学回国学生、返乡创业农民工、网络商户)数量达到企业现有在职职工人数的 "
    "30%(超过 100 人的企业达到15%),并与其签订 1年以上劳动合同。③企业无拖欠职工工资、欠缴社会保险费等违法违规信用记录。",
)
STARTUP_SME_SOURCE_2 = MENTOUGOU_M1.cite(
    "L6274-L6278",
    "(3)在本市注册经营的小微企业,当年新招用符合创业担保贷款申请条件的人员数量达到企业现有在职职工人数 25%(超过 100人的企业达到 15%)"
    "并与其签订 1年以上劳动合同的,可根据所招用人数和每人不超过 15 万元的标准,申请最高不超过 300 万元的创业担保贷款。",
)
STARTUP_READINGS = [
    Reading("startup_small_micro_hire_ratio", Literal["0.30", "0.25"], "0.30",
            "The hiring share a small or micro borrower must reach: '0.30' (default, the qualification clause ② L6256) "
            "or '0.25' (the quota clause (3) L6276); both give 15% for firms over 100 staff. Information entry: shown in "
            "the catalog, never paid."),
]


MEASURES = [
    info("beijing.startup_loan_extension_infected_borrower", "创业担保贷款展期（借款人患新冠肺炎）",
          "Start-up guaranteed loans: repayment extension of up to 1 year for infected borrowers, interest subsidy "
          "continues", "deferral", "individual", (STARTUP_EXT_SOURCE,),
          "a bank may extend an infected borrower's start-up guaranteed loan by up to one year (原则上不超过1年); the "
          "interest subsidy of the base scheme (not in the seed) continues",
          ("mentougou.startup_loan_extension_infected_borrower",),
          Params(max_extension_months=Param(12, "展期期限原则上不超过 1 年", unit="months", literal="1 年"))),
    info("beijing.startup_guarantee_loan.individual_quota", "个人创业担保贷款额度", "Start-up guaranteed loan ceiling "
          "for individuals: 300,000 each, 1,000,000 per enterprise", "other", "individual",
          (STARTUP_BORROWER_SOURCE, STARTUP_INDIVIDUAL_SOURCE),
          "loan ceiling: ≤ 300,000 per eligible borrower, ≤ 1,000,000 for one enterprise's borrowers",
          ("mentougou.startup_guarantee_loan.individual_quota",),
          Params(per_borrower=Param(Decimal(300000), "创业担保贷款担保额度最高不超过 30 万元", unit="yuan",
                                    literal="30 万元"),
                 per_enterprise=Param(Decimal(1000000), "单一企业多个借款人的创业担保贷款担保额度总和最高不超过 100 万元",
                                      unit="yuan", literal="100 万元"))),
    info("beijing.startup_small_convenient_loan_quota", "个人创业小额便捷贷款额度", "Small convenient start-up loan "
          "ceiling: 150,000 (businesses registered in Beijing, Tianjin or Hebei)", "other", "individual",
          (STARTUP_SMALL_SOURCE, STARTUP_SMALL_SOURCE_2), "loan ceiling: ≤ 150,000",
          ("mentougou.startup_small_convenient_loan_quota",),
          Params(ceiling=Param(Decimal(150000), "个人小额便捷贷款最高额度 15万", unit="yuan", literal="15万"))),
    info("beijing.startup_guarantee_loan.small_micro_quota", "小微企业创业担保贷款额度", "Start-up guaranteed loan "
          "ceiling for small and micro firms: 150,000 per qualifying hire, at most 3,000,000", "other", "enterprise",
          (STARTUP_SME_SOURCE, STARTUP_SME_SOURCE_2),
          "loan ceiling: min(150,000 × qualifying new hires, 3,000,000) when new hires reach 30% "
          "(reading startup_small_micro_hire_ratio; 25% in clause (3)) of staff, 15% above 100 staff",
          ("mentougou.startup_guarantee_loan.small_micro_quota",),
          Params(per_hire=Param(Decimal(150000), "每人不超过 15 万元", unit="yuan per hire", literal="15 万元"),
                 ceiling=Param(Decimal(3000000), "申请最高不超过 300 万元的创业担保贷款", unit="yuan", literal="300 万元"),
                 ratio=Param(Decimal("0.30"), "数量达到企业现有在职职工人数的 30%", unit="share of staff", literal="30%"),
                 ratio_quota_clause=Param(Decimal("0.25"), "达到企业现有在职职工人数 25%", unit="share of staff",
                                          literal="25%"),
                 over_staff=Param(100, "超过 100 人的企业达到15%", unit="staff", literal="100 人",
                                  note="超过: strictly more than 100 staff"),
                 ratio_over_100=Param(Decimal("0.15"), "超过 100 人的企业达到15%", unit="share of staff",
                                      literal="15%")),
          tuple(STARTUP_READINGS)),
]
