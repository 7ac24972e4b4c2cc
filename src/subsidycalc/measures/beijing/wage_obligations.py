"""Information entries (never relief): employer wage obligations of the epidemic (北京市人力资源和社会保障局: work
during the extended Spring Festival holiday, wages during treatment, observation or isolation, and — 京人社劳字〔2020〕
17号, city document list L41-L49 — the care of minors while schools stay closed), as 门头沟's 服务包 restates them (M1
L6519-L6556).

Catalogued with their citations and declared numbers; never evaluated for a firm, never added to a total.
"""

from __future__ import annotations

from decimal import Decimal

from ...engine.measure import Param, Params
from .._documents import MENTOUGOU_M1
from ._information import info

# =====================================================================================================
# Employer wage obligations (information, not relief)
# =====================================================================================================
OVERTIME_SOURCE = MENTOUGOU_M1.cite(
    "L6538-L6542",
    "根据《国务院办公厅关于延长 2020年春节假期的通知》,2020年 1月 31日至 2月 2日期间因疫情防控不能休假和提前结束休假复工的职工,企业"
    "应当安排其同等时间的补休,不能安排补休的,按照不低于工资基数的 200%支付加班工资。",
)
QUARANTINE_SOURCE = MENTOUGOU_M1.cite(
    "L6519-L6531",
    "(一)对新型冠状病毒感染的肺炎患者、疑似病人、密切接触者在其隔离治疗期间或医学观察期间以及因政府实施隔离措施或者采取其他紧急措施导致"
    "不能提供正常劳动的职工,企业应当视同提供正常劳动并支付其工资,不得解除劳动关系。在此期间,劳动合同到期的,分别顺延至职工医疗期期满、"
    "医学观察期期满、隔离期期满或者政府采取的紧急措施结束。(二)对于企业要求职工通过网络、电话等灵活方式在家上班的,按照正常工作期间的工资"
    "收入支付工资。",
)
CHILDCARE_SOURCE = MENTOUGOU_M1.cite(
    "L6548-L6556",
    "(一)每户家庭可有一名职工在家看护未成年子女,视为因政府实施隔离措施或采取其他紧急措施导致不能提供正常劳动的情形,期间的工资待遇由职工所属"
    "企业按出勤照发。(二)职工看护未成年子女期间,企业不得解除劳动合同;劳动合同到期的,顺延至政府实施隔离措施或采取其他紧急措施结束。",
)


MEASURES = [
    info("beijing.spring_festival_overtime_pay", "延长春节假期期间加班工资", "Work during the extended Spring Festival "
          "holiday (2020-01-31..02-02): time off in lieu, else ≥ 200% pay", "other", "individual", (OVERTIME_SOURCE,),
          "employer obligation: time off in lieu, else overtime pay ≥ 200% of the wage base",
          ("mentougou.spring_festival_overtime_pay",),
          Params(rate=Param(Decimal(2), "按照不低于工资基数的 200%支付加班工资", unit="× wage base", literal="200%"))),
    info("beijing.quarantine_wage_continuation", "隔离治疗、医学观察期间工资支付", "Wages continue during treatment, "
          "medical observation or isolation; normal pay for work from home", "other", "individual", (QUARANTINE_SOURCE,),
          "employer obligation: pay as for normal work, no dismissal, contracts extended",
          ("mentougou.quarantine_wage_continuation",)),
    info("beijing.childcare_wage_continuation", "推迟开学期间看护未成年子女工资待遇", "One parent per household caring "
          "for minors during delayed school opening is paid as if at work", "other", "individual", (CHILDCARE_SOURCE,),
          "employer obligation: one employee per household paid 按出勤照发, no dismissal",
          ("mentougou.childcare_wage_continuation",)),
]
