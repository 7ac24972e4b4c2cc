"""How to apply for the 顺义 measures (顺政办发〔2020〕3号): the items name no office, contact or period (the
"项目牵头单位及联系方式" are in an annex the seed does not reproduce, L5601-L5603); the measures stop when the
epidemic control work ends (L5595-L5597). The utility arrears are made up within three months after the epidemic."""

from __future__ import annotations

from ..engine.apply import HowToApply
from ..measures._documents import SHUNYI_SZBF_2020_3 as SY
from ._cite import fact

VALIDITY = fact(SY, "L5595-L5597", "自新型冠状病毒感染的肺炎预防控制工作结束之日起停止执行",
                "in force until the epidemic prevention and control work ends")
ANNEX = fact(SY, "L5601", "项目牵头单位及联系方式",
             "the lead offices and contacts are in annex 1, which the seed does not reproduce")
NO_DEADLINE = ("the text sets no application deadline and names no office or contact (they are in annex 1, not "
               "in the text); the measures stop when the epidemic control work ends")

HOW_TO_APPLY = {
    "shunyi.supply_stability_reward": HowToApply(notes=(ANNEX, VALIDITY), no_deadline=NO_DEADLINE),
    "shunyi.idle_plant_epidemic_supply_reward": HowToApply(notes=(ANNEX, VALIDITY), no_deadline=NO_DEADLINE),
    "shunyi.hr_agency_placement_reward": HowToApply(
        notes=(fact(SY, "L5529-L5531", "可按照规定给予一次性奖励", "a one-off reward under the rules"), ANNEX, VALIDITY),
        no_deadline=NO_DEADLINE),
    "shunyi.restart_hotel_rent_subsidy": HowToApply(
        offices=(fact(SY, "L5533-L5537", "各行业主管部门、各园区管委会、各属地",
                      "the industry departments, park committees and local governments help with housing"),),
        notes=(ANNEX, VALIDITY), no_deadline=NO_DEADLINE),
    "shunyi.utility_arrears_deferral": HowToApply(
        offices=(fact(SY, "L5542-L5544", "市政控股公司", "the municipal utility holding company (the supplier)"),),
        notes=(fact(SY, "L5542-L5544", "疫情结束后 3个月内，由企业进行补缴",
                    "no application: supply continues; the arrears are paid within 3 months after the epidemic"),
               ANNEX, VALIDITY),
        no_deadline="no application is needed; the arrears are paid within three months after the epidemic ends "
                    "(疫情结束后 3个月内) — the text gives no date for that end",
    ),
}
