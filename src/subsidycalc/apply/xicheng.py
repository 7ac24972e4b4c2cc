"""How to apply for the 西城 measures (西政办发〔2020〕1号): each item's 责任单位 and the contact sections
(联系科室, 联系人, 联系电话) printed under it. The text sets no application period; the measures are in force until
2020-12-31 (L1072-L1074)."""

from __future__ import annotations

from ..engine.apply import HowToApply
from ..measures._documents import XICHENG_XZBF_2020_1 as XC
from ._cite import contact, fact

VALIDITY = fact(XC, "L1072-L1074", "自发布之日起实施，有效期至 2020 年12月 31日",
                "in force from publication until 31 December 2020")
NO_DEADLINE = ("the text sets no application deadline; the measures are in force from publication until "
               "31 December 2020 (有效期至 2020 年12月 31日)")

DRC_SME = contact(XC, "L666-L670", "区发展改革委联系科室：中小企业服务中心", "83926768",
                  "district DRC, SME service centre")
SASAC = contact(XC, "L821-L825", "区国资委联系科室：改革协同发展办公室", "66112569",
                "district SASAC, reform and coordinated development office")

HOW_TO_APPLY = {
    "xicheng.loan_interest_subsidy": HowToApply(
        offices=(fact(XC, "L664", "区发展改革委", "district development and reform commission"),),
        contacts=(DRC_SME,),
        notes=(VALIDITY,),
        no_deadline=NO_DEADLINE,
    ),
    "xicheng.stock_pledge_extension": HowToApply(
        offices=(fact(XC, "L680-L682", "北京金融街服务局", "Financial Street service bureau"),
                 fact(XC, "L680-L682", "金融街资本运营中心", "Financial Street capital operation centre")),
        contacts=(contact(XC, "L684-L688", "北京金融街服务局联系科室：市场服务处", "66022752、66025062"),
                  contact(XC, "L690-L694", "金融街资本运营中心联系部门：北京熙诚教育投资有限公司", "18610335400")),
        notes=(VALIDITY,),
        no_deadline=NO_DEADLINE,
    ),
    "xicheng.guarantee_fee_subsidy": HowToApply(
        offices=(fact(XC, "L723", "区发展改革委", "district development and reform commission"),
                 fact(XC, "L723", "北京金融街服务局", "Financial Street service bureau")),
        contacts=(contact(XC, "L733-L739", "区发展改革委联系科室：中小企业服务中心", "83926768",
                          "subsidy to guarantee companies: district DRC, SME service centre"),
                  contact(XC, "L725-L731", "北京金融街服务局联系科室：金融稳定处", "66022202")),
        notes=(fact(XC, "L719-L723", "经认定", "the rate reduction is recognised (经认定) first"), VALIDITY),
        no_deadline=NO_DEADLINE,
    ),
    "xicheng.epidemic_contribution_grant": HowToApply(
        offices=(fact(XC, "L764-L766", "区财政局", "district finance bureau"),),
        contacts=(contact(XC, "L794-L799", "区财政局联系科室：经济建设二科", "66218055",
                          "district-level matching funds: finance bureau, economic construction section 2"),
                  contact(XC, "L770-L774", "区文化和旅游局联系科室：产业发展科", "63134723"),
                  contact(XC, "L782-L786", "区商务局联系科室：流通发展科", "83509352")),
        notes=(VALIDITY,),
        no_deadline=NO_DEADLINE,
    ),
    "xicheng.soe_rent_exemption_feb": HowToApply(
        offices=(fact(XC, "L813-L817", "区国资委", "district SASAC"),),
        contacts=(SASAC,),
        notes=(VALIDITY,),
        no_deadline=NO_DEADLINE,
    ),
    "xicheng.soe_office_rent_reduction_feb": HowToApply(
        offices=(fact(XC, "L813-L817", "区国资委", "district SASAC"),),
        contacts=(SASAC,),
        notes=(VALIDITY,),
        no_deadline=NO_DEADLINE,
    ),
    "xicheng.landlord_rent_reduction_subsidy": HowToApply(
        offices=(fact(XC, "L813", "区财政局", "district finance bureau"),
                 fact(XC, "L807-L811", "区属国有企业由区国资委认定，园区非国有企业由园区主管部门认定，其他类型企业由行业主管部门认定",
                      "recognition: SOE landlords by the SASAC, park landlords by the park authority, others by "
                      "their industry department")),
        contacts=(SASAC,
                  contact(XC, "L829-L833", "区文化和旅游局联系科室：文创园区科", "58562997",
                          "park landlords (cultural parks)"),
                  contact(XC, "L835-L839", "西城园管委会联系科室：创新处", "82205558", "park landlords (西城园)"),
                  contact(XC, "L854-L858", "区商务局联系科室：流通发展科", "83509352", "industry department (commerce)")),
        notes=(VALIDITY,),
        no_deadline=NO_DEADLINE,
    ),
}
