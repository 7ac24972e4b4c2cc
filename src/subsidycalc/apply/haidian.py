"""How to apply for the 海淀 measures (《海淀区关于落实北京市促防疫稳增长政策加大力度支持企业稳定发展的若干措施》):
each item ends with its 对接部门, 联系人 and 联系电话. The text sets no application period; the measures are in force
for the epidemic control period (L3492-L3494)."""

from __future__ import annotations

from ..engine.apply import Fact, HowToApply
from ..measures._documents import HAIDIAN_H1 as HD
from ._cite import contact, fact

VALIDITY = fact(HD, "L3492-L3494", "有效期为新冠肺炎疫情防控期间",
                "in force for the epidemic control period (unless an item sets its own term)")
ONE_LEVEL = fact(HD, "L3482-L3484", "凡市区两级共有的政策，企业只能选择其中一级进行申请",
                 "where city and district share a policy, apply at one level only")
NO_DEADLINE = ("the text sets no application deadline; the measures are in force for the epidemic control period "
               "(有效期为新冠肺炎疫情防控期间)")

_OFFICES = {"区科信局": "district science, technology and informatisation bureau", "区国资委": "district SASAC",
            "区发展改革委": "district development and reform commission", "区金融办": "district finance office"}


def _item(lines: str, office: str, who: str, phones: str, *notes: Fact) -> HowToApply:
    return HowToApply(offices=(fact(HD, lines, office, f"对接部门: {_OFFICES[office]}"),),
                      contacts=(contact(HD, lines, who, phones),), notes=(*notes, ONE_LEVEL, VALIDITY),
                      no_deadline=NO_DEADLINE)


_RECOGNISED = fact(HD, "L3280-L3284", "经行业主管部门和出租方认定",
                   "recognised by the industry department and the landlord")
_RENEWAL = _item("L3370-L3378", "区金融办", "联系人：赖俊宇、杨琴", "88497560、88497661")
_FEES = _item("L3386-L3390", "区金融办", "联系人：杨琴", "88497661")

HOW_TO_APPLY = {
    "haidian.covid_rd_support": _item("L3227-L3231", "区科信局", "联系人：赵媛", "88499405"),
    "haidian.national_emergency_project_matching": _item("L3240-L3244", "区科信局", "联系人：孙猛", "88497927"),
    "haidian.tech_epidemic_control_reward": _item(
        "L3248-L3254", "区科信局", "联系人：王本禄、李楠", "88498131、88498706",
        fact(HD, "L3248-L3252", "经相关部门评定后", "after assessment by the departments concerned")),
    "haidian.epidemic_supply_production_reward": _item(
        "L3256-L3260", "区科信局", "联系人：赵媛", "88499405",
        fact(HD, "L3256-L3258", "经相关部门评定后", "after assessment by the departments concerned")),
    "haidian.district_soe_tenant_relief_feb.production_use": _item(
        "L3280-L3290", "区国资委", "联系人：杨晓美", "88498532", _RECOGNISED),
    "haidian.district_soe_tenant_relief_feb.office_use": _item(
        "L3280-L3290", "区国资委", "联系人：杨晓美", "88498532", _RECOGNISED),
    "haidian.hnte_tenant_rent_reduction_landlord_subsidy": _item("L3299-L3303", "区科信局", "联系人：侯硕", "88497200"),
    "haidian.epidemic_control_cost_subsidy_q1": _item("L3325-L3329", "区发展改革委", "联系人：周燕燕", "88498366"),
    "haidian.first_loan_subsidy": _item("L3341-L3346", "区金融办", "联系人：杨琴", "88497661"),
    "haidian.credit_loan_loss_compensation": _item("L3341-L3346", "区金融办", "联系人：杨琴", "88497661"),
    "haidian.rights_confirmation_financing_interest_subsidy": _item("L3360-L3362", "区金融办", "联系人：杨琴",
                                                                    "88497661"),
    "haidian.renewal_center_per_loan_reward": _item("L3364-L3368", "区金融办", "联系人：赖俊宇、徐利燕", "88497560"),
    "haidian.renewal_center_lender_subsidy": _RENEWAL,
    "haidian.renewal_center_guarantor_subsidy": _RENEWAL,
    "haidian.direct_financing_intermediary_fee_subsidy": _FEES,
    "haidian.pre_ipo_intermediary_fee_subsidy": _FEES,
    "haidian.ma_loan_interest_subsidy": _item("L3392-L3394", "区金融办", "联系人：李冬", "88496397"),
    "haidian.stock_pledge_extension": _item("L3403-L3411", "区金融办", "联系人：杨玉平、李冬", "88493426、88496397"),
}
