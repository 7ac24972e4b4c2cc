"""How to apply for the 东城 measures: the 实施细则 (东政办发〔2020〕3号) gives each item's 责任单位, its 具体流程
(the channel) and 联系人/电话/邮箱; the risk-compensation rules (东金融文【2020】7号) name the office and the bank's
ten-working-day claim. Neither sets an application period."""

from __future__ import annotations

from ..engine.apply import HowToApply
from ..measures._documents import DONGCHENG_DZBF_2020_3 as DC
from ..measures.dongcheng import D2
from ._cite import contact, fact

NO_DEADLINE = "the text sets no application deadline (具体流程 names the steps, not a date)"

_CULTURE = fact(DC, "L1798", "区文促中心", "责任单位: district cultural development promotion centre")
_CULTURE_CONTACTS = (contact(DC, "L1806", "联系人：戴悦", "64031118-2510、64035100"),
                     contact(DC, "L1810", "联系人：赵京延", "64031118-2526、64035100"))

HOW_TO_APPLY = {
    "dongcheng.risk_comp.default_compensation": HowToApply(
        offices=(fact(D2, "L1211-L1213", "东城区金融服务办公室", "东城 financial services office (区金融服务办)"),),
        channels=(fact(D2, "L1330-L1334", "书面告知区金融服务办，申请风险补偿，提交相关材料",
                       "the partner bank notifies the office in writing and files the claim with its materials"),),
        notes=(fact(D2, "L1330-L1334", "合作银行应在贷款合同到期未归还后的 10个工作日内书面告知区金融服务办",
                    "the claimant is the partner bank, within 10 working days after the loan falls due unpaid"),
               fact(D2, "L1334-L1336", "在贷款合同到期日之后的 60个自然日内完成风险补偿资金拨付",
                    "paid within 60 calendar days after the loan's due date")),
        no_deadline="no application by the borrower and no calendar date: the partner bank claims within 10 working "
                    "days after the loan falls due unpaid (到期未归还后的 10个工作日内)",
    ),
    "dongcheng.district_soe_rent_reduction": HowToApply(
        offices=(fact(DC, "L1555", "区国资委", "责任单位: district SASAC"),),
        contacts=(contact(DC, "L1569", "联系人：李睿", "67196928、67196908"),),
        channels=(fact(DC, "L1549-L1553", "申请企业将详细情况致电或发邮件至区国资委",
                       "phone or e-mail the SASAC, or apply to the landlord SOE directly"),
                  fact(DC, "L1571", "gzwtpk@bjdch.gov.cn", "e-mail")),
        no_deadline=NO_DEADLINE,
    ),
    "dongcheng.commercial_building_rent_subsidy": HowToApply(
        offices=(fact(DC, "L1605-L1607", "区发改委", "责任单位: district DRC (commercial buildings)"),
                 fact(DC, "L1605-L1607", "区财政局", "责任单位: district finance bureau (approval)")),
        contacts=(contact(DC, "L1627", "联系人：张苒（区发改委）", "87160668、64079927", "commercial buildings"),
                  contact(DC, "L1623", "联系人：张付晓（区科信局）", "84039292、64031118转2538",
                          "maker spaces, start-up bases, SME service sub-centres"),
                  contact(DC, "L1631", "联系人：蔡勇（东城园管委会）", "13691064114、84050741", "tech incubators"),
                  contact(DC, "L1635", "联系人：赵京延（区文促中心）", "64031118-2526、64035100", "cultural parks")),
        channels=(fact(DC, "L1611", "申请人通过邮件提出申请", "apply by e-mail"),
                  fact(DC, "L1629", "fgwtck@bjdch.gov.cn", "e-mail (区发改委)")),
        materials=(fact(DC, "L1621", "申请人将相关材料报相关部门备案", "file the materials with the department"),),
        no_deadline=NO_DEADLINE,
    ),
    "dongcheng.tou_dai_jiang_matching": HowToApply(
        offices=(_CULTURE,),
        contacts=_CULTURE_CONTACTS,
        channels=(fact(DC, "L1800-L1802", "企业提交申请", "apply to the centre's call for the 2019 投贷奖 matching"),),
        notes=(fact(DC, "L1800-L1802", "区文促中心发布 2019年度北京市“投贷奖”东城区配套奖励企业征集公告",
                    "the centre publishes a call"),),
        no_deadline="the text sets no application deadline: the centre publishes a call (征集公告) with its terms",
    ),
    "dongcheng.fang_zu_tong_matching": HowToApply(
        offices=(_CULTURE,),
        contacts=_CULTURE_CONTACTS,
        notes=(fact(DC, "L1802-L1804", "北京市“房租通”政策兑现后，区文促中心立即开展区级配套奖励企业征集审核及兑现工作",
                    "after the city's 房租通 is paid, the centre opens the call for the district matching"),),
        no_deadline="the text sets no date: the call opens once the city's 房租通 subsidy has been paid (房租通政策兑现后)",
    ),
    "dongcheng.supply_guarantee_one_off_reward": HowToApply(
        offices=(fact(DC, "L1765", "区商务局", "责任单位: district commerce bureau"),),
        contacts=(contact(DC, "L1777", "联系人：贾登文", "67079110"),),
        channels=(fact(DC, "L1779", "swwsqk@bjdch.gov.cn", "e-mail"),),
        materials=(fact(DC, "L1769", "提交相关证明材料", "apply with the supporting documents"),),
        no_deadline=NO_DEADLINE,
    ),
}
