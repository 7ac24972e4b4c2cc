"""How to apply for the 门头沟 district employment subsidies (门头沟区人力社保局 service package): windows relative
to each year of employment, with a later window for periods falling in the epidemic, the e-mail pre-check and the
consultation/approval phones."""

from __future__ import annotations

from ..engine.apply import HowToApply
from ..measures._documents import MENTOUGOU_M1 as MT
from ._cite import fact
from .beijing import mt_contacts

_SCALE = HowToApply(
    offices=(fact(MT, "L6054-L6056", "区人力资源和社会保障局", "门头沟 HRSS bureau"),),
    contacts=mt_contacts(6068),
    channels=(fact(MT, "L6062-L6066", "mtglfzx@163.com", "e-mail photos of the documents for a pre-check"),
              fact(MT, "L6062-L6066", "将申请材料邮寄至经办机构终审", "then post the documents for the final check")),
    notes=(fact(MT, "L6054-L6058", "于六个月内向区人力资源和社会保障局提出申请,用人单位未按期申请的,视为自动放弃享受补贴",
                "apply within six months after a year of employment and contributions, or lose the subsidy"),
           fact(MT, "L6062", "可在疫情结束后次月起 3 个月内申请",
                "if that period falls in the epidemic: within 3 months from the month after it ends")),
    no_deadline="the text sets no calendar date: apply within six months after a year of employment (于六个月内), "
                "or, if that falls in the epidemic, within 3 months from the month after it ends",
)

HOW_TO_APPLY = {
    "mentougou.scale_hiring_one_off_job_subsidy": _SCALE,
    "mentougou.military_spouse_one_off_job_subsidy": _SCALE,
    "mentougou.hire_subsidy_district.non_difficult_labor": HowToApply(
        offices=(fact(MT, "L5919", "门头沟区人力社保局劳动服务管理中心", "门头沟 HRSS bureau, labour service centre"),),
        contacts=mt_contacts(5915),
        channels=(fact(MT, "L5909-L5913", "mtglfzx@163.com", "e-mail photos of the documents for a pre-check"),
                  fact(MT, "L5909-L5913", "将申请材料邮寄至经办机构终审", "then post the documents for the final check")),
        notes=(fact(MT, "L5903-L5905", "可于次月起六个月内提出申请",
                    "apply within six months from the month after each year of employment and contributions"),
               fact(MT, "L5909", "可在疫情结束后次月起 3 个月内申请",
                    "if that period falls in the epidemic: within 3 months from the month after it ends"),
               fact(MT, "L5897-L5899", "申请区级社会保险补贴需在享受完市级社会保险补贴之后方能申请",
                    "the district social insurance subsidy only after the city one has been used up")),
        no_deadline="the text sets no calendar date: apply within six months from the month after each year of "
                    "employment (次月起六个月内), or within 3 months from the month after the epidemic ends",
    ),
}
