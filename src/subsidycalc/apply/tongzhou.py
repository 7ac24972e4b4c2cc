"""How to apply for the 通州 measures (通政办发〔2020〕3号): each item's 责任单位 and 牵头单位 with a contact person
and phone ("鲁云乐—69546640"). The text sets no application period; the measures are in force for the epidemic
control period (L4543-L4547)."""

from __future__ import annotations

from ..engine.apply import Fact, HowToApply
from ..measures.tongzhou import TZ1 as TZ
from ._cite import contact, fact

VALIDITY = fact(TZ, "L4543-L4547", "有效期为新型冠状病毒感染肺炎疫情防控期间",
                "in force for the epidemic control period")
NO_DEADLINE = ("the text sets no application deadline; the measures are in force for the epidemic control period "
               "(有效期为新型冠状病毒感染肺炎疫情防控期间)")


def _item(lines: str, office: str, en: str, who: str, phone: str, *notes: Fact) -> HowToApply:
    return HowToApply(offices=(fact(TZ, lines, office, f"牵头单位: {en}"),),
                      contacts=(contact(TZ, lines, who, phone, f"{en}"),),
                      notes=(*notes, VALIDITY), no_deadline=NO_DEADLINE)


HOW_TO_APPLY = {
    "tongzhou.epidemic_supply_producer_rent_subsidy": _item(
        "L4435-L4441", "区经济和信息化局", "district economy and informatisation bureau", "鲁云乐", "69546640",
        fact(TZ, "L4435-L4439", "经认定后", "after recognition")),
    "tongzhou.essential_outlet_rent_support": _item(
        "L4444-L4452", "区商务局", "district commerce bureau", "刘金源", "69533744"),
    "tongzhou.hr_agency_free_recruitment_subsidy": _item(
        "L4462-L4468", "区人力社保局", "district HRSS bureau", "马旭涛", "80817053"),
    "tongzhou.commute_per_worker_subsidy": HowToApply(
        offices=(fact(TZ, "L4484-L4492", "中关村科技园通州园管委会", "牵头单位: 中关村 通州 park committee"),),
        contacts=(contact(TZ, "L4484-L4492", "中关村科技园通州园管委会 管大元", "61560051"),
                  contact(TZ, "L4484-L4492", "文化旅游区管委会 张宝国", "60553774"),
                  contact(TZ, "L4484-L4492", "运河商务区管委会 蔺海", "60540116"),
                  contact(TZ, "L4484-L4492", "区住房城乡建设委 徐远", "69556343")),
        notes=(fact(TZ, "L4478-L4484", "经认定后", "after recognition"), VALIDITY),
        no_deadline=NO_DEADLINE,
    ),
    "tongzhou.guarantee_fee_compensation": _item(
        "L4517-L4523", "区金融办", "district finance office", "孙鹏", "60520075"),
    "tongzhou.force_majeure_notary_fee_reduction": _item(
        "L4535-L4541", "区司法局", "district justice bureau", "孟爽", "69552932"),
}
