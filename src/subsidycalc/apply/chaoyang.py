"""How to apply for the 朝阳 measures (朝政办发〔2020〕2号): each item's 主责部门 and the 联系人/电话 lines under it.
The text sets no application period; the measures are in force until the end of 2020 (L3180-L3184)."""

from __future__ import annotations

from ..engine.apply import Contact, Fact, HowToApply
from ..measures._documents import CHAOYANG_CZBF_2020_2 as CY
from ._cite import contact, fact

VALIDITY = fact(CY, "L3180-L3184", "有效期至 2020年底",
                "in force until the end of 2020 (unless an item sets its own term, or lapses when no longer needed)")
NO_DEADLINE = ("the text sets no application deadline; the measures are in force until the end of 2020 "
               "(有效期至 2020年底)")
RECOGNISED = fact(CY, "L2889-L2895", "经认定后", "after recognition (经认定后)")
REWARD = fact(CY, "L2899-L2907", "对于采取减免租金措施的，给予奖励支持",
              "a landlord that reduces rent is rewarded; the terms are agreed between landlord and tenant")


def _office(name: str, en: str) -> Fact:
    return fact(CY, "L2905-L2907", name, f"主责部门: {en}")


def _how(offices: tuple[Fact, ...], contacts: tuple[Contact, ...], *notes: Fact) -> HowToApply:
    return HowToApply(offices=offices, contacts=contacts, notes=(*notes, VALIDITY), no_deadline=NO_DEADLINE)


SOE = _how((_office("区国资委", "district SASAC"),),
           (contact(CY, "L2909-L2911", "区国资委联系人：张云飞、贾思渊", "65094387、65094345"),), RECOGNISED)
COMMERCE = contact(CY, "L3105", "区商务局联系人：白杨、卫磊", "65099102、65099183")

HOW_TO_APPLY = {
    "chaoyang.district_soe_rent_relief.production_use": SOE,
    "chaoyang.district_soe_rent_relief.office_use": SOE,
    "chaoyang.district_institution_rent_relief": _how(
        (_office("区财政局", "district finance bureau"),),
        (contact(CY, "L2913-L2915", "区财政局联系人：辛丽、顾冠华", "65090227、65090207"),)),
    "chaoyang.collective_org_rent_relief_encouraged": _how(
        (_office("区农业农村局", "district agriculture and rural affairs bureau"),),
        (contact(CY, "L2917-L2919", "区农业农村局联系人：门前江、邳学红", "65099701、65099265"),)),
    "chaoyang.office_building_rent_reduction_reward": _how(
        (_office("区发展改革委", "district development and reform commission"),),
        (contact(CY, "L2921-L2923", "区发展改革委联系人：苏品、王丽颖", "65090512、65090555"),), REWARD),
    "chaoyang.mall_rent_reduction_reward": _how(
        (_office("区商务局", "district commerce bureau"),),
        (contact(CY, "L2925-L2927", "区商务局联系人：白杨、卫磊", "65099102、65099183"),), REWARD),
    "chaoyang.innovation_carrier_rent_reduction_reward": _how(
        (fact(CY, "L2932-L2934", "区科技和信息化局", "主责部门: district science and technology bureau"),
         fact(CY, "L2932-L2934", "区文创办", "主责部门: district cultural and creative industries office"),
         fact(CY, "L2932-L2934", "文创实验区管委会", "主责部门: cultural and creative pilot zone committee")),
        (contact(CY, "L2936-L2938", "由区科技和信息化局负责，联系人：刘悦镔、韩娇", "64842996、64842989",
                 "science parks, maker spaces, start-up bases, incubators"),
         contact(CY, "L2940-L2942", "由文创实验区管委会负责，联系人：李孟杰、鲁晓钰", "67731194、87771210",
                 "cultural parks inside the national cultural and creative pilot zone"),
         contact(CY, "L2944-L2946", "由区文创办负责，联系人：周少英、刘莹", "65099847、65099891",
                 "cultural parks outside the pilot zone")),
        fact(CY, "L2929-L2932", "经行业主管部门认定后", "after recognition by the industry department")),
    "chaoyang.epidemic_rnd_breakthrough_reward": _how(
        (fact(CY, "L3074-L3076", "区科技和信息化局", "主责部门: district science and technology bureau"),
         fact(CY, "L3074-L3076", "中关村朝阳园管委会", "主责部门: 中关村 朝阳 park committee")),
        (contact(CY, "L3078", "区科技和信息化局联系人：刘伟凡、林鹏", "65099685、65099827"),
         contact(CY, "L3080-L3082", "中关村朝阳园管委会联系人：张浩琦、刘亚奇", "64312075、64318324"))),
    "chaoyang.epidemic_supply_contribution_reward": _how(
        (fact(CY, "L3103", "区商务局", "主责部门: district commerce bureau"),), (COMMERCE,)),
}
