"""How to apply for the city measures (``beijing.*``), from the district document each measure is cited to: the
门头沟 人力社保局 service package (application windows, the 人力社保局 web services, consultation and approval
phones), the 东城 实施细则 (具体流程, 联系人), the 西城 measures (责任单位, 联系科室) and the 房山 体育局 notice (the
ski-venue utility subsidy's 2 月 24 deadline)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..engine.apply import Contact, Fact, HowToApply
from ..engine.periods import Window
from ..measures._documents import DONGCHENG_DZBF_2020_3 as DC
from ..measures._documents import FANGSHAN_F1 as FS
from ..measures._documents import MENTOUGOU_M1 as MT
from ..measures._documents import XICHENG_XZBF_2020_1 as XC
from ._cite import contact, dated, fact
from .xicheng import NO_DEADLINE as XC_NO_DEADLINE
from .xicheng import VALIDITY as XC_VALIDITY


# 门头沟 人力社保局: the consultation and approval offices named after each employment subsidy
def mt_contacts(a: int) -> tuple:
    return (
        contact(MT, f"L{a}-L{a + 2}", "政策咨询部门:门头沟区人力社保局就业促进和人力资源开发科", "69865540、69861275",
                "policy questions: 门头沟 HRSS bureau, employment promotion section"),
        contact(MT, f"L{a + 4}-L{a + 6}", "补贴审批部门:门头沟区人力社保局劳动服务管理中心", "69844706",
                "approval: 门头沟 HRSS bureau, labour service centre"),
    )


MT_OFFICE_APPROVAL = fact(MT, "L5862", "门头沟区人力社保局劳动服务管理中心", "门头沟 HRSS bureau, labour service centre")
MT_SI_CONTACT = contact(MT, "L6470-L6472", "政策咨询部门:门头沟区社保中心", "69854041",
                        "policy questions: 门头沟 social insurance centre")
MT_SI_OFFICE = fact(MT, "L6470", "门头沟区社保中心", "门头沟 social insurance centre")
SI_PLATFORM = "北京市社会保险网上服务平台"

_HIRE = HowToApply(
    offices=(MT_OFFICE_APPROVAL,),
    contacts=mt_contacts(5858),
    channels=(fact(MT, "L5854-L5856", "“法人办事”-“用人单位岗补社补”",
                   "online: Beijing HRSS bureau website, 法人办事 → 用人单位岗补社补"),),
    notes=(fact(MT, "L5850-L5852", "可于次月起 90日内提出申请",
                "apply within 90 days from the month after each half or full year of the contract and paid "
                "contributions"),),
    no_deadline="the text sets no fixed date: apply within 90 days from the month after each half-year or year "
                "of employment and paid contributions (可于次月起 90日内提出申请)",
)

HOW_TO_APPLY = {
    "beijing.hire_subsidy.priority_groups": _HIRE,
    "beijing.hire_subsidy.other_registered_unemployed": _HIRE,
    "beijing.hardship_unemployment_insurance_refund": HowToApply(
        offices=(MT_OFFICE_APPROVAL,),
        contacts=mt_contacts(5954),
        channels=(fact(MT, "L5948-L5952", "“企业失业保险返还”",
                       "online: Beijing HRSS bureau website, 法人办事 → 企业失业保险返还"),),
        window=dated(MT, "L5948", Window(date(2020, 4, 1), date(2020, 7, 31)), "2020 年 4 月 1 日至 7 月 31 日"),
    ),
    "beijing.one_off_social_insurance_subsidy": HowToApply(
        offices=(MT_OFFICE_APPROVAL,),
        contacts=mt_contacts(6007),
        channels=(fact(MT, "L6001-L6005", "“一次性社会保险补贴”",
                       "online: Beijing HRSS bureau website, 法人办事 → 一次性社会保险补贴"),),
        window=dated(MT, "L6001", Window(date(2020, 5, 1), date(2020, 7, 31)), "2020 年 5 月 1 日至 7 月 31 日"),
    ),
    "beijing.skills_training_subsidy": HowToApply(
        offices=(fact(MT, "L6380", "门头沟区人力社保局职业能力建设科", "门头沟 HRSS bureau, vocational skills section"),),
        contacts=(contact(MT, "L6380-L6382", "政策咨询和补贴申请部门:门头沟区人力社保局职业能力建设科", "69843901",
                          "questions and applications: 门头沟 HRSS bureau, vocational skills section"),),
        channels=(fact(MT, "L6346-L6348", "“职业技能提升行动”模块",
                       "online: Beijing HRSS bureau website, 职业技能提升行动 module"),),
        materials=(fact(MT, "L6350-L6356", "学员花名册",
                        "training plan, trainee roster, training contract, training results, attendance records, "
                        "screenshots, photos"),),
        no_deadline="the text sets no application deadline (training in 2020; the trained staff must still be "
                    "employed when the firm applies)",
    ),
    "beijing.si_deferral_to_march": HowToApply(
        offices=(MT_SI_OFFICE,),
        contacts=(MT_SI_CONTACT,),
        channels=(fact(MT, "L6415-L6421", "推行网上申报补缴",
                       "make up online; or by fax or e-mail to the district office, paying by bank debit"),),
        notes=(fact(MT, "L6401-L6405", "均可以延长至 3月底缴费",
                    "no application: January and February contributions not paid on time may be paid until the "
                    "end of March"),
               fact(MT, "L6413", "参保单位应在疫情解除后三个月内完成补缴",
                    "deferred contributions are to be made up within three months after the epidemic is lifted")),
        no_deadline="no application is needed; the text sets no application deadline (contributions deferred to "
                    "3月底; made up within three months after the epidemic is lifted, 疫情解除后三个月内)",
    ),
    "beijing.flexible_worker_si_gap_makeup": HowToApply(
        offices=(MT_SI_OFFICE,),
        contacts=(MT_SI_CONTACT,),
        notes=(fact(MT, "L6425-L6431", "均可以延长至 3月底缴费",
                    "no application: flexible workers whose January/February debit failed may pay until the end of "
                    "March; a gap from December 2019 to February 2020 may be made up"),),
        no_deadline="no application is needed; the text sets no application deadline (payment extended to 3月底)",
    ),
    "beijing.si_deferral_to_july_key_industries": HowToApply(
        offices=(MT_SI_OFFICE,),
        contacts=(MT_SI_CONTACT,),
        channels=(fact(MT, "L6456-L6458", SI_PLATFORM,
                       "online: 北京市社会保险网上服务平台 (the “我要申请延长缴费” channel, L6460)"),),
        window=dated(MT, "L6456", Window(date(2020, 2, 17), date(2020, 3, 20)), "2 月 17 日至 3 月 20 日"),
    ),
    "beijing.si_january_refund": HowToApply(
        offices=(MT_SI_OFFICE,),
        contacts=(MT_SI_CONTACT,),
        channels=(fact(MT, "L6478", SI_PLATFORM, "online: 北京市社会保险网上服务平台"),
                  fact(MT, "L6499-L6501", "“我要申请退回缴费或申请延期至 3 月底”",
                       "choose “apply for a refund or a deferral to the end of March” (the refund paragraph, "
                       "L6478-L6482, names the same option after the platform's address)")),
        window=dated(MT, "L6478", Window(date(2020, 2, 17), date(2020, 2, 29)), "2 月 17 日至 29 日"),
        notes=(fact(MT, "L6489-L6493", "2 月 17 日至 21 日申请退费的参保单位,已扣缴的 1 月份社会保险费将于 2 月底前退回",
                    "applications of 17-21 February are refunded by the end of February, those of 22-29 February "
                    "in March"),),
    ),
    "beijing.hr_agency_one_off_service_subsidy": HowToApply(
        offices=(fact(MT, "L6135", "门头沟区人力资源公共服务中心", "门头沟 public HR service centre"),),
        contacts=(contact(MT, "L6135-L6137", "政策咨询和补贴申请部门:门头沟区人力资源公共服务中心", "69843854",
                          "questions and applications: 门头沟 public HR service centre"),),
        channels=(fact(MT, "L6107-L6109", "“就业超市”平台", "online: Beijing HRSS bureau “就业超市” platform"),),
        materials=(fact(MT, "L6109-L6113", "北京市一次性就业创业服务补助申请审批表",
                        "application form (annex 1), roster of the people placed (annex 2), proof of the service"),),
        notes=(fact(MT, "L6105-L6107", "疫情防控工作结束后,开始一次性就业创业服务补助申请工作",
                    "applications open after the epidemic control work ends; dates announced on 就业超市"),),
        no_deadline="the text sets no date: applications start after the epidemic control work ends, the dates to "
                    "be announced on the 就业超市 platform (具体申报时间见“就业超市”平台通知)",
    ),
    # 东城 实施细则 (东政办发〔2020〕3号)
    "beijing.medical_insurance_late_processing": HowToApply(
        offices=(fact(DC, "L2358", "区医保局", "东城 medical insurance bureau"),),
        contacts=(contact(DC, "L2364", "联系人：边念怡", "13681066105、84083973"),),
        channels=(fact(DC, "L2360-L2362", "区人力社保局社保中心",
                       "handled by the district HRSS social insurance centre"),),
        notes=(fact(DC, "L2346-L2348", "补办手续应在疫情解除后三个月内完成",
                    "late procedures must be completed within three months after the epidemic is lifted"),),
        no_deadline="the text sets no date: late procedures are to be completed within three months after the "
                    "epidemic is lifted (疫情解除后三个月内)",
    ),
    "beijing.covid_patient_medical_cost_subsidy": HowToApply(
        offices=(fact(DC, "L2256", "区医保局", "东城 medical insurance bureau"),),
        contacts=(contact(DC, "L2270", "联系人：边念怡", "13681066105、84083973"),),
        notes=(fact(DC, "L2262-L2268", "个人支付部分先由定点医疗机构记账",
                    "no application by the patient: the designated hospital books the personal share and files "
                    "the registration form"),),
        no_deadline="no application by the patient or the firm; the text sets no deadline (the hospital books "
                    "the personal share, settled after the epidemic)",
    ),
    "beijing.zgc_small_firm_rd_subsidy": HowToApply(
        offices=(fact(DC, "L1686", "东城园管委会", "东城 park administration (中关村)"),),
        contacts=(contact(DC, "L1707", "联系人：杨扬", "59260100-608、84050741"),
                  contact(DC, "L1692-L1695", "网上注册填报技术支持电话", "88828965、88828967",
                          "technical support of the online application")),
        channels=(fact(DC, "L1692-L1695", "中关村企业统一申报服务平台",
                       "online: 中关村 website → 项目申报 → 服务平台 (中关村企业统一申报服务平台)"),),
        materials=(fact(DC, "L1701", "审核通过的单位按要求邮寄纸质申报材料",
                        "after the online review, post the paper application"),),
        notes=(fact(DC, "L1690", "中关村管委会计划于 2月下旬网上发布征集公告",
                    "the 中关村 committee planned to publish the call online in late February"),),
        no_deadline="the text sets no application deadline: the call was to be published online in late February "
                    "(2月下旬网上发布征集公告)",
    ),
    # 西城 若干措施 (西政办发〔2020〕1号) （十九）, （十四）
    "beijing.special_equipment_inspection_fee_waiver": HowToApply(
        offices=(fact(XC, "L962", "区市场监管局", "西城 market regulation bureau"),),
        contacts=(contact(XC, "L970-L974", "区市场监管局联系科室：特种设备检测所", "83976786"),),
        notes=(XC_VALIDITY,),
        no_deadline=XC_NO_DEADLINE,
    ),
    "beijing.sewage_treatment_fee_waiver": HowToApply(
        offices=(fact(XC, "L962", "区城市管理委", "西城 city management commission"),),
        contacts=(contact(XC, "L976-L980", "区城市管理委污水处理费联系科室：水务科", "88391698"),),
        notes=(XC_VALIDITY,),
        no_deadline=XC_NO_DEADLINE,
    ),
    "beijing.road_occupation_fee_waiver": HowToApply(
        offices=(fact(XC, "L962", "区城市管理委", "西城 city management commission"),),
        contacts=(contact(XC, "L982-L985", "区城市管理委占道费联系科室：市政管理科", "88391597"),),
        notes=(XC_VALIDITY,),
        no_deadline=XC_NO_DEADLINE,
    ),
    "beijing.tax_payment_deferral": HowToApply(
        offices=(fact(XC, "L891-L893", "区税务局", "西城 tax bureau"),),
        contacts=(contact(XC, "L895-L899", "区税务局联系科室：征收管理科", "62268630"),),
        notes=(XC_VALIDITY,),
        no_deadline=XC_NO_DEADLINE,
    ),
    # 房山 体育局、财政局 notice
    "beijing.ice_snow_venue_utility_subsidy": HowToApply(
        offices=(fact(FS, "L5646-L5648", "区体育局市场科", "房山 sports bureau, market section"),),
        contacts=(contact(FS, "L5666", "咨询电话", "89350195", "enquiries"),),
        channels=(fact(FS, "L5646-L5648", "报送至区体育局市场科", "hand in to the district sports bureau"),),
        materials=(fact(FS, "L5641-L5646", "《北京市受疫情影响滑冰滑雪经营单位水电补贴申请表》",
                        "application form (annex 1); stamped copies of the business licence, the ski-venue "
                        "licence and corporate income tax receipts of 2017-2019"),),
        deadline=dated(FS, "L5646-L5648", date(2020, 2, 24), "2020 年 2 月 24 前"),
        notes=(fact(FS, "L5646-L5648", "逾期视为自动放弃申请", "a late application counts as given up"),),
    ),
    "beijing.soe_rent_reduction_feb": HowToApply(
        contacts=(contact(FS, "L5666", "咨询电话", "89350195", "enquiries"),),
        materials=(fact(FS, "L5662-L5664", "《北京市体育类中小微企业减免房租情况统计表》",
                        "firms already relieved fill in the statistics form (annex 2)"),),
        no_deadline="the text sets no application deadline (the relief is the landlord's; relieved firms fill "
                    "in a statistics form)",
    ),
}


def _offices_of(how: HowToApply) -> HowToApply:
    """The district whose notice gives this city measure's offices and phones (``HowToApply.offices_of``)."""
    districts = {MT: "mentougou", DC: "dongcheng", XC: "xicheng", FS: "fangshan"}
    facts: tuple[Fact | Contact, ...] = (*how.offices, *how.contacts, *how.channels)
    for f in facts:
        d = districts.get(f.source.document) if f.source.document is not None else None
        if d:
            return replace(how, offices_of=d)
    return how


HOW_TO_APPLY = {k: _offices_of(v) for k, v in HOW_TO_APPLY.items()}
