"""How to apply for the 丰台 measures (《丰台 30条贴心服务帮助企业复工复产共克时艰》): each item's 牵头单位, 联系人
and 联系电话. The text sets no application period."""

from __future__ import annotations

from ..engine.apply import HowToApply
from ..measures._documents import FENGTAI_FT6 as FT
from ._cite import contact, fact

NO_DEADLINE = "the text sets no application deadline (it names the lead office and a contact only)"


def _item(office_lines: str, office: str, en: str, contact_lines: str, who: str, phone: str) -> HowToApply:
    return HowToApply(offices=(fact(FT, office_lines, office, f"牵头单位: {en}"),),
                      contacts=(contact(FT, contact_lines, who, phone),), no_deadline=NO_DEADLINE)


HOW_TO_APPLY = {
    "fengtai.soe_rent_reduction": _item("L4002", "区国资委", "district SASAC", "L4004-L4006", "联系人：王孝忠",
                                        "63258435"),
    "fengtai.mall_landlord_rent_relief_subsidy": _item("L4012", "区商务局", "district commerce bureau", "L4014-L4016",
                                                       "联系人：牛格非", "63833970"),
    "fengtai.property_owner_rent_relief_subsidy": _item("L4022", "区投资促进中心", "district investment promotion centre",
                                                        "L4024-L4026", "联系人：赵颖慧", "63866697"),
    "fengtai.essential_outlet_support": _item("L3871", "区商务局", "district commerce bureau", "L3873-L3875",
                                              "联系人：张会利", "63831120"),
}
