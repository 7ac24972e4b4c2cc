"""The city's social-insurance collection relief (北京市社会保险基金管理中心 / 北京市医疗保障局 notices): contributions
deferred to end-March and, for ten confirmed industries, to end-July; the refund of January 2020 contributions; the
flexible workers' deferral and gap make-up; late medical/maternity insurance business.

Relief in time, not money: each pays 0 and states its effect (a due date, a refund, a make-up period). The texts
reach the seed through 门头沟's 服务包 (M1 L6386-L6556) and its 社保中心 notice (M2), and the restatements of 东城, 朝阳,
丰台, 顺义, 石景山, 房山 and 西城 (sources; their catalog ids are aliases).

Recognitions the texts make a condition are facts of the profile (issue 8 §3): the end-July deferral's
经市级相关行业主管部门确认 (``social_insurance.july_deferral_confirmed``) and its online application. 疫情解除, which the
make-up periods count from, is the reading ``epidemic_period_end``. A flexible worker's gap counts for its months
inside 2019-12..2020-02 only (a month given by any of its days).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from ...engine.measure import Measure, Param, Params, Reading
from ...engine.periods import Window
from ...engine.rules.define import Rule
from ...engine.rules.nodes import Node, const, if_, maximum, minimum
from ...i18n import local, zh
from .._documents import (
    CHAOYANG_CZBF_2020_2,
    DONGCHENG_DZBF_2020_2,
    DONGCHENG_DZBF_2020_3,
    FANGSHAN_F1,
    FENGTAI_FT6,
    MENTOUGOU_M1,
    MENTOUGOU_M2,
    SHIJINGSHAN_SZF_2020_3,
    SHUNYI_SZBF_2020_3,
    XICHENG_XZBF_2020_1,
)

# =====================================================================================================
# beijing.si_deferral_to_march — 延长社会保险缴费至 3 月底
# =====================================================================================================
MARCH_SOURCES = (
    MENTOUGOU_M1.cite(
        "L6386-L6413",
        "一、参保单位(个人)延长社会保险缴费(一)延长缴费的险种范围延长缴费包括职工养老、失业、工伤、职工医疗(含生育)保险。(二)可"
        "延长缴费至 3月底的具体办法1.适用的对象(1)本市正常参保缴费的参保单位(2)灵活就业人员(包含享受社会保险补贴的灵活就业人员)"
        "2.参保单位(1)此次延长缴费,主要对于因疫情影响未能按时成功缴纳 2020年 1 月和 2 月社会保险费的参保单位适当延长。延长缴费"
        "期间,参保单位的 1 月、2 月社会保险费继续按照正常流程进行缴费,凡未能按时缴费的参保单位,均可以延长至 3月底缴费。(2)因"
        "国务院办公厅调整春节假期,部分参保单位原定 1 月 31 日缴纳社会保险费的缴费期自然顺延,同样适用于“将 1月、2月应缴社会"
        "保险费缴费期延长至 3月底”的规定。(3)补缴期限和途径对于延长缴纳的社会保险费,参保单位应在疫情解除后三个月内完成补缴。",
    ),
    MENTOUGOU_M1.cite("L6509-L6511", "(四)未成功扣缴 2020 年 1 月份社会保险费的参保单位,无需提交申请,其 1 月、2 月社会保险费"
                                     "征收期自动延长至 3月底。"),
    MENTOUGOU_M2.cite(
        "L6694-L6700",
        "我市暂定将 1 月、2 月应缴社会保险费（即 2019 年 12 月及 2020 年 1 月保险）征收期延长至 3月底，延长期间各项社会保险待遇"
        "正常享受。疫情期间，用人单位未按时办理职工参保登记、缴费等业务，允许疫情结束后补办，补办应在疫情解除后三个月内完成，"
        "不收取滞纳金，不影响个人权益。",
    ),
    DONGCHENG_DZBF_2020_3.cite(
        "L2301-L2307",
        "35.对于因疫情造成社会保险费断缴的单位及个人，延长社会保险费征收期。此次延长缴费主要面对因疫情影响未能按时成功缴纳 2020年 "
        "1月和 2月社会保险费的参保单位。参保单位的 1月、2月社会保险费将按照正常流程进行缴费；未缴费成功的，均可延长至 3月底缴费。",
    ),
    DONGCHENG_DZBF_2020_3.cite(
        "L2325-L2329",
        "（1）因疫情影响企业或个人断缴 1月、2月社会保险费的，可在疫情结束后通过社会保险网上服务平台或社保业务大厅现场办理延缴"
        "期间社会保险费补缴业务，补缴时不收取滞纳金；",
    ),
    DONGCHENG_DZBF_2020_2.cite("L2576", "3．延迟缴纳社保费用，将 1月、2月应缴社会保险费征收期延长至 3月底。"),
    CHAOYANG_CZBF_2020_2.cite(
        "L2966-L2974",
        "5.适当延迟缴纳社保费用期限。按照全市统一部署，将 2020年 1月、2月应缴社会保险费征收期延长至 3月底，",
    ),
    FENGTAI_FT6.cite("L4046-L4051", "21.将 1月、2月应缴社会保险费征收期延长至 3月底。"),
    SHUNYI_SZBF_2020_3.cite("L5554-L5556", "7.延迟缴纳社会保险费。按照北京市政策规定，将 1月、2月应缴社会保险费征收期延长至 3月底。"),
    SHIJINGSHAN_SZF_2020_3.cite(
        "L4810-L4814",
        "9.延迟缴纳社会保险费，推行灵活用工政策，延迟期间，不收取滞纳金，不影响正常享受各项社会保险待遇，不影响个人权益记录，帮助"
        "各类企业稳定生产经营。",
    ),
    XICHENG_XZBF_2020_1.cite(
        "L555-L559",
        "受疫情影响较大的企业，经行业主管部门确认，疫情期间可适当延迟缴纳社会保险费。延迟缴费期间，不收取滞纳金，不影响正常享受"
        "各项社会保险待遇，不影响个人权益记录。",
    ),
)
MARCH_PARAMS = Params(
    deadline=Param(date(2020, 3, 31), "凡未能按时缴费的参保单位,均可以延长至 3月底缴费", note="3月底: 2020-03-31 included",
                   literal="3月底"),
    makeup_months=Param(3, "参保单位应在疫情解除后三个月内完成补缴", unit="months after the epidemic is lifted",
                        literal="三个月"),
)
READINGS = [  # read by both deferrals
    Reading("si_deferral_regular_payer_test", Literal["city", "none"], "city",
            "'本市正常参保缴费的参保单位' (L6395), defined at L6442-L6444 as no late contribution before December 2019 "
            "(不含), or the arrears made up: 'city' (default, applied to both deferrals) or 'none' (丰台, 顺义, 石景山, "
            "朝阳 and 东城 state no such test)."),
]
MARCH_READINGS = [
    Reading("si_deferral_march_scope", Literal["all_jan_feb", "failed_payments_only"], "all_jan_feb",
            "Who may pay January/February 2020 contributions until 2020-03-31: 'all_jan_feb' (default: '将1月、2月应缴社会"
            "保险费征收期延长至3月底', 东城 D5, 朝阳, 丰台, 顺义, 门头沟 M2) or 'failed_payments_only' (东城 D4 and 门头沟 M1: "
            "'未能按时成功缴纳…凡未能按时缴费的'; needs social_insurance.jan_feb_2020_unpaid)."),
    Reading("si_deferral_late_fee_free_until", Literal["epidemic_end_plus_3_months", "march_31"],
            "epidemic_end_plus_3_months",
            "How long deferred January/February contributions may be made up without late fee: "
            "'epidemic_end_plus_3_months' (default: max(2020-03-31, 疫情解除 + 3 months), the city text L6413, 东城 D4 "
            "L2325-L2329, 门头沟 M2 L6698-L6700; 疫情解除 is the epidemic_period_end reading) or 'march_31' (朝阳 and 东城 D5 "
            "wording: no late fee during the deferral to 3月底 only)."),
    Reading("si_deferral_month_basis", Literal["payable_months", "coverage_months"], "payable_months",
            "Which contributions '1月、2月社会保险费' are: 'payable_months' (default: payable in January and February, i.e. "
            "coverage months December 2019 and January 2020, 门头沟 M2 L6694) or 'coverage_months' (coverage months "
            "January and February 2020, the wording of 门头沟 M1 and 东城 D4)."),
]


def regular_payer(r: Rule) -> None:
    """'在本市正常参保缴费' (L6442-L6446): no late contribution before December 2019 (不含), or the arrears made up
    (补齐)."""
    si = r.fact.social_insurance
    late = si.late_before_dec_2019
    r.require(if_(late, si.late_made_up, True), "",
              zh("contributions paid late before December 2019 are not made up (需补齐后方可适用)", "2019年 12月(不含)前未按时缴纳的社会保险费未补齐（需补齐后方可适用）"),
              unknown=zh("在本市正常参保缴费 (no late contribution before 2019-12, or the arrears made up) — not known", "是否在本市正常参保缴费（2019年 12月(不含)前不存在未按时缴纳，或已补齐） — 未知"))
    r.note(zh("✓ 在本市正常参保缴费: no late contribution before December 2019", "✓ 在本市正常参保缴费：2019年 12月(不含)前不存在未按时缴纳社会保险费情况"), when=~late)
    r.note(zh("✓ 在本市正常参保缴费: contributions paid late before December 2019 have been made up (补齐)", "✓ 在本市正常参保缴费：2019年 12月(不含)前未按时缴纳的社会保险费已补齐"), when=late)

def epidemic_end_plus(r: Rule, months: str) -> Node:
    """疫情解除 (the reading ``epidemic_period_end``) plus the declared number of months ``months``."""
    end = r.reading("epidemic_period_end")
    name = zh(f"疫情解除 {end} (epidemic_period_end) + {r.n[months].literal}", f"疫情解除 {end}（epidemic_period_end）+ {r.n[months].literal}")
    plus = const(end).add_months(r.value(months)).named(name)
    r.step(name, plus)
    return plus

def si_deferral_to_march(r: Rule) -> None:
    """January/February 2020 contributions may be paid until 2020-03-31; make-up without late fee."""
    n, si = r.n, r.fact.social_insurance
    if r.choose("si_deferral_regular_payer_test", {"city": True, "none": False}):
        regular_payer(r)
    if r.choose("si_deferral_march_scope", {"all_jan_feb": False, "failed_payments_only": True}):
        r.require(si.jan_feb_2020_unpaid, zh("January/February 2020 contributions not paid on time (未能按时成功缴纳)", "2020年 1月、2月的社会保险费未能按时成功缴纳"),
                  zh("January/February 2020 contributions were paid on time: nothing to defer (failed_payments_only)", "2020年 1月、2月的社会保险费已按时缴纳：无需延期（failed_payments_only）"))
    r.settle()
    months = r.choose("si_deferral_month_basis", {
        "payable_months": zh("contributions payable in January and February 2020 (coverage months 2019-12 and 2020-01)", "2020年 1月和 2月应缴的社会保险费（所属期 2019-12 和 2020-01）"),
        "coverage_months": zh("contributions for January and February 2020 (coverage months)", "所属期 2020年 1月和 2月的社会保险费")})
    free_until = n.deadline
    if r.choose("si_deferral_late_fee_free_until", {"march_31": False, "epidemic_end_plus_3_months": True}):
        free_until = r.step(zh("make-up without late fee until", "补缴不收取滞纳金的截止日"), maximum(n.deadline, epidemic_end_plus(r, "makeup_months")))
    payable = si.jan_feb_2020_payable.named(zh("contributions payable in January and February 2020", "2020年 1月和 2月应缴的社会保险费"))
    r.step(zh(f"deferred to {r.value('deadline')}, the amount unchanged (relief is time, not money)", f"延期至 {r.value('deadline')}，金额不变（减免的是时间，不是金额）"), payable)
    r.effect("deferral", zh(months + ": due {} ({})", local(months, "zh") + "：缴费期限 {}（{}）"), n.deadline, payable)
    r.effect("late_fee", zh("none for payment or make-up by {}", "{} 前缴纳或补缴的，不收取滞纳金"), free_until)
    r.pay(0, met=zh("参保单位: January/February 2020 contributions may be paid until 2020-03-31", "参保单位：2020年 1月、2月的社会保险费可延长至 2020-03-31 缴纳"))


# =====================================================================================================
# beijing.si_deferral_to_july_key_industries — 受影响行业企业延长缴费至 7 月底
# =====================================================================================================
JULY_SOURCES = (
    MENTOUGOU_M1.cite(
        "L6433-L6452",
        "(三)可延长缴费至 7月底的具体办法1.适用的对象及条件(1)在本市正常参保缴费,属于旅游、住宿、餐饮、会展、商贸流通、交通运输、"
        "教育培训、文艺演出、影视剧院、冰雪体育行业且经市级相关行业主管部门确认的企业。不属于上述行业,以及未经市级相关行业主管部门"
        "确认的企业不能延长缴费至 7月底。(2)“在本市正常参保缴费”系指:2019年 12月(不含)前不存在未按时缴纳社会保险费情况。2019 年 "
        "12 月(不含)前存在未按时缴纳社会保险费的企业,需将之前未按时缴纳社会保险费补齐后,方可作为适用的对象。2.与延长缴费至 3 月底"
        "政策的衔接符合上述条件的企业,先按照第二条办法执行延长缴费至 3 月底,同时,按规定流程申请延长缴费至 7月底。",
    ),
    MENTOUGOU_M1.cite("L6454-L6456", "3.申请流程符合上述条件的企业,可于 2 月 17 日至 3 月 20 日期间,登录“北京市社会保险网上服"),
    FANGSHAN_F1.cite(
        "L5627-L5635",
        "受疫情影响较大的冰雪体育企业的社会保险费征收期延长至 7月底。于 2020年 2月 17日至 3月 20日期间，登录“北京市社会保险网上"
        "服务平台”，通过新开设的“我要申请延长缴费”通道，按要求填写相关信息，进行网上申请。",
    ),
    DONGCHENG_DZBF_2020_3.cite(
        "L2311-L2335",
        "对于旅游、住宿、餐饮、会展、商贸流通、交通运输、教育培训、文艺演出、影视剧院、冰雪体育等受影响较大的行业企业，经相关行业主管"
        "部门确认，可将疫情影响期间应缴社会保险费征收期延长至 7月底。",
    ),
    DONGCHENG_DZBF_2020_2.cite(
        "L2576-L2584",
        "对于旅游、住宿、餐饮、会展、商贸流通、交通运输、教育培训、文艺演出、影视剧院、冰雪体育等受影响较大的行业企业，经相关行业主管"
        "部门确认，可将疫情影响期间应缴社会保险费征收期延长至 7月底。延迟缴费期间，不收取滞纳金，不影响正常享受各项社会保险待遇，"
        "不影响个人权益记录。",
    ),
    CHAOYANG_CZBF_2020_2.cite(
        "L2966-L2976",
        "对于旅游、住宿、餐饮、会展、商贸流通、交通运输、教育培训、文艺演出、影视剧院、冰雪体育等受影响较大的行业企业，经相关行业主管"
        "部门确认，可将疫情影响期间应缴社会保险费征收期延长至 7月底。延迟缴费期间，不收取滞纳金，不影响正常享受各项社会保险待遇，"
        "不影响个人权益记录。",
    ),
    FENGTAI_FT6.cite("L4046-L4051", "对于受影响较大的行业企业，经相关行业主管部门确认，可将疫情影响期间应缴社会保险费征收期延长至 "
                                    "7月底。延迟缴费期间，不收取滞纳金，不影响正常享受各项社会保险待遇，不影响个人权益记录。"),
    SHUNYI_SZBF_2020_3.cite(
        "L5556-L5562",
        "对于旅游、住宿、餐饮、会展、商贸流通、交通运输、教育培训、文艺演出、影视剧院、冰雪体育等受影响较大的行业企业，经相关行业主管"
        "部门确认，可将疫情影响期间应缴社会保险费征收期延长至 7月底。延迟缴费期间，不收取滞纳金，",
    ),
    SHIJINGSHAN_SZF_2020_3.cite("L4810-L4814", "9.延迟缴纳社会保险费，推行灵活用工政策，延迟期间，不收取滞纳金，"),
    XICHENG_XZBF_2020_1.cite("L555-L559", "受疫情影响较大的企业，经行业主管部门确认，疫情期间可适当延迟缴纳社会保险费。"),
)
JULY_PARAMS = Params(
    industries=Param(
        ("tourism", "culture_tourism", "accommodation", "catering", "exhibition", "wholesale", "retail", "transport",
         "logistics", "education_training", "performing_arts", "cinema", "ice_snow_sports"),
        "旅游、住宿、餐饮、会展、商贸流通、交通运输、教育培训、文艺演出、影视剧院、冰雪体育",
        note="商贸流通 = wholesale and retail; 交通运输 = transport and logistics; 旅游 = tourism and culture_tourism",
    ),
    deadline=Param(date(2020, 7, 31), "可将疫情影响期间应缴社会保险费征收期延长至 7月底", note="7月底: 2020-07-31 included",
                   literal="7月底"),
    apply=Param(Window(date(2020, 2, 17), date(2020, 3, 20)), "可于 2 月 17 日至 3 月 20 日期间",
                literal="2 月 17 日至 3 月 20 日"),
)
JULY_READINGS = [
    Reading("si_deferral_july_industry_list", Literal["closed", "open"], "closed",
            "The ten industries: 'closed' (default, the city rule L6437-L6440: '不属于上述行业…不能延长缴费至7月底') or "
            "'open' (朝阳, 东城, 顺义 end the list with '等'; 丰台 and 西城 （三） name no industry: any heavily affected "
            "firm confirmed by its industry authority)."),
    Reading("si_deferral_july_application", bool, True,
            "Whether the online application 2020-02-17..2020-03-20 (门头沟 L6456, 房山 L5633) is a condition: True "
            "(default, the city procedure) or False (朝阳, 东城, 丰台, 顺义 state no window)."),
]


def si_deferral_to_july_key_industries(r: Rule) -> None:
    """Contributions payable in the epidemic period may be paid until 2020-07-31, for ten confirmed industries."""
    n, si = r.n, r.fact.social_insurance
    if r.choose("si_deferral_regular_payer_test", {"city": True, "none": False}):
        regular_payer(r)
    listed = r.fact.industry.isin(r.value("industries"))
    ten = "the ten industries (旅游、住宿、餐饮、会展、商贸流通、交通运输、教育培训、文艺演出、影视剧院、冰雪体育)"
    ten_zh = "旅游、住宿、餐饮、会展、商贸流通、交通运输、教育培训、文艺演出、影视剧院、冰雪体育十个行业"
    if r.choose("si_deferral_july_industry_list", {"closed": True, "open": False}):
        r.require(listed, zh(f"industry {{}} is among {ten}", f"行业 {{}} 属于{ten_zh}"),
                  zh(f"industry {{}} is not among {ten}", f"行业 {{}} 不属于{ten_zh}"),
                  unknown=zh(f"industry among {ten} — not known", f"是否属于{ten_zh} — 未知"))
    else:
        r.require(listed | r.fact.qualifications.heavily_affected.is_(True),
                  zh("industry {} among the ten, or 受影响较大 ({}; open reading)", "行业 {} 属于十个行业，或受影响较大（{}；开放的解释口径）"),
                  zh("industry {} is not among the ten industries and not 受影响较大 ({})", "行业 {} 不属于十个行业，也不属于受影响较大（{}）"),
                  args=(r.fact.industry, r.fact.qualifications.heavily_affected))
    r.require(si.july_deferral_confirmed, zh("confirmed by the 市级相关行业主管部门", "经市级相关行业主管部门确认"),
              zh("not confirmed by the municipal industry authority (未经市级相关行业主管部门确认)", "未经市级相关行业主管部门确认"))
    if r.flag("si_deferral_july_application"):
        window = r.value("apply")
        r.require(si.july_deferral_applied_on.within(window), zh(f"applied online (我要申请延长缴费) {{}}, within {window}", f"于 {{}} 网上申请（我要申请延长缴费），在 {window} 内"),
                  zh(f"applied online (我要申请延长缴费) {{}}, outside {window}", f"于 {{}} 网上申请（我要申请延长缴费），不在 {window} 内"),
                  unknown=zh("applied online (我要申请延长缴费) — not known", "网上申请（我要申请延长缴费）的日期 — 未知"))
    r.settle()
    start = const(r.reading("epidemic_period_start")).named(zh("疫情影响期间 from (epidemic_period_start)", "疫情影响期间起始日（epidemic_period_start）"))
    r.effect("deferral", zh("contributions payable in the 疫情影响期间 (from {}) due {}", "疫情影响期间（自 {} 起）应缴的社会保险费，缴费期限 {}"), start, n.deadline)
    r.effect("late_fee", zh("none for payment by {}", "{} 前缴纳的，不收取滞纳金"), n.deadline)
    r.pay(0, met=zh("may defer contributions of the epidemic period to 2020-07-31 (first the end-March deferral)", "疫情影响期间的社会保险费可延长至 2020-07-31 缴纳（先按延长缴费至 3 月底办理）"))


# =====================================================================================================
# beijing.si_january_refund — 已扣缴 2020 年 1 月份社会保险费退费
# =====================================================================================================
JAN_SOURCES = (
    MENTOUGOU_M1.cite(
        "L6474-L6493",
        "二、参保单位办理已扣缴 2020年 1月份社会保险费(养老、失业、工伤保险费)退费(一)已扣缴 2020年 1月份社会保险费的参保单位,确因"
        "实际需要,可申请退费。参保单位可于 2 月 17 日至 29 日登录“北京市社会保险网上服务平台”",
    ),
    MENTOUGOU_M1.cite(
        "L6482-L6493",
        "申请退费的参保单位,其 2月份社会保险费将不再继续自动扣缴。上述参保单位中,1 月份已有办理退休、转移接续、死亡清算等涉及账户"
        "清算类业务的人员,此类人员 1月份社会保险费不再办理退费,其他人员的社会保险费退费可正常办理。2 月 17 日至 21 日申请退费的参保"
        "单位,已扣缴的 1 月份社会保险费将于 2 月底前退回参保单位银行账户。22 日至 29 日申请退费的参保单位,已扣缴的 1 月份社会保险费"
        "将于 3月份退回参保单位银行账户。",
    ),
)
JAN_PARAMS = Params(
    apply=Param(Window(date(2020, 2, 17), date(2020, 2, 29)), "参保单位可于 2 月 17 日至 29 日登录",
                literal="2 月 17 日至 29 日"),
    early=Param(Window(date(2020, 2, 17), date(2020, 2, 21)),
                "2 月 17 日至 21 日申请退费的参保单位,已扣缴的 1 月份社会保险费将于 2 月底前退回", literal="2 月 17 日至 21 日"),
    early_refund_by=Param(date(2020, 2, 29), "2 月 17 日至 21 日申请退费的参保单位,已扣缴的 1 月份社会保险费将于 2 月底前退回",
                          literal="2 月底"),
    late=Param(Window(date(2020, 2, 22), date(2020, 2, 29)), "22 日至 29 日申请退费的参保单位,已扣缴的 1 月份社会保险费将于 3月份退回",
               convention="'22 日至 29 日' are days of February, the month of the sentence before ('2 月 17 日至 21 日'); the "
                          "literal reader reads a bare day only after a month in the same literal"),
    late_refund_in=Param(Window(date(2020, 3, 1), date(2020, 3, 31)),
                         "22 日至 29 日申请退费的参保单位,已扣缴的 1 月份社会保险费将于 3月份退回", literal="3月份"),
    repay_by=Param(date(2020, 3, 31), "选择“我要申请退回缴费或申请延期至 3 月底”", literal="3 月底"),
    makeup_months=Param(3, "参保单位应在疫情解除后三个月内完成补缴", unit="months after the epidemic is lifted",
                        literal="三个月", note="the make-up rule (L6413) of the reading epidemic_end_plus_3_months"),
)
JAN_READINGS = [
    Reading("si_january_refund_repay_by", Literal["march_31", "epidemic_end_plus_3_months"], "march_31",
            "By when the refunded January contributions are due again: 'march_31' (default: the refund is an option of "
            "'我要申请退回缴费或申请延期至3月底', L6482) or 'epidemic_end_plus_3_months' (the make-up rule L6413)."),
]


def si_january_refund(r: Rule) -> None:
    """Refund of January 2020 pension/unemployment/work-injury contributions already debited (payable again later)."""
    n, si = r.n, r.fact.social_insurance
    debited = si.jan_2020_debited.named(zh("January 2020 contributions debited", "已扣缴的 2020年 1月份社会保险费"))
    settled = si.jan_2020_settled_persons.named(zh("the part for staff with settled accounts", "账户清算类业务人员的部分"))
    applied = si.jan_refund_applied_on.named(zh("applied on", "申请日期"))
    r.need(debited, zh("January 2020 contributions already debited", "已扣缴的 2020年 1月份社会保险费"))
    r.need(settled, zh("the part for staff with retirement/transfer/death settlement in January", "1 月份已办理退休、转移接续、死亡清算等账户清算类业务人员的部分"))
    window = r.value("apply")
    r.require(applied.within(window), zh(f"refund applied for {{}}, within {window}", f"于 {{}} 申请退费，在 {window} 内"),
              zh(f"refund applied for {{}}, outside {window}", f"于 {{}} 申请退费，不在 {window} 内"), unknown=zh("refund applied for — not known", "申请退费的日期 — 未知"))
    r.settle()
    refund = r.step(zh("refund", "退费"), (debited - minimum(settled, debited)).named(zh("refund", "退费"), "yuan"))
    r.require(refund > 0, "", zh("nothing to refund: {} debited for January 2020, all of it for staff with settled "
              "accounts ({}, 此类人员 1月份社会保险费不再办理退费)", "没有可退的金额：已扣缴 2020年 1月份社会保险费 {}，全部属于账户清算类业务人员（{}，此类人员 1月份社会保险费不再办理退费）"), args=(debited, settled))
    when = if_(applied.within(r.value("early")),
               f"by {r.value('early_refund_by')} (2 月底前, for applications {r.value('early')})",
               f"in {r.value('late_refund_in').start:%B %Y} (3月份, for applications {r.value('late')})")
    due = n.repay_by
    if r.choose("si_january_refund_repay_by", {"march_31": False, "epidemic_end_plus_3_months": True}):
        due = r.step(zh("due again by", "重新缴纳的期限"), maximum(n.repay_by, epidemic_end_plus(r, "makeup_months")))
    r.effect("refund", zh("{} returned {} — applied {}; due again by {} (a deferral, not a reduction)", "退费 {}，退回时间 {} — 申请日期 {}；应于 {} 前重新缴纳（属延期，不属减免）"), refund, when,
             applied, due)
    r.pay(0, met=zh("January 2020 contributions refunded on application; February no longer debited automatically", "2020年 1月份社会保险费可申请退费；2月份社会保险费不再继续自动扣缴"))


# =====================================================================================================
# beijing.flexible_worker_si_gap_makeup — 灵活就业人员延长缴费及断缴补缴
# =====================================================================================================
FLEX_SOURCES = (
    MENTOUGOU_M1.cite(
        "L6423-L6431",
        "3.灵活就业人员(包含享受社会保险补贴的灵活就业人员)1 月、2月仍按照正常业务流程,按月进行统一缴费(通过银行扣款)。凡未成功缴费"
        "的人员,均可以延长至 3月底缴费。2019年 12月至 2020年 2月期间出现因缴费不成功导致缴费中断的人员,可以补缴,不视为断缴;补缴后,"
        "中断期间的医疗保险待遇可以享受,不受 6 个月待遇等待期限制。",
    ),
    DONGCHENG_DZBF_2020_3.cite("L2309-L2311", "对于灵活就业人员 1月、2月仍按照正常业务流程，按月进行统一缴费，未成功缴费的灵活就业"
                                             "人员，均可延长至 3月底缴费。"),
)
FLEX_PARAMS = Params(
    deadline=Param(date(2020, 3, 31), "凡未成功缴费的人员,均可以延长至 3月底缴费", literal="3月底"),
    gap=Param(Window(date(2019, 12, 1), date(2020, 2, 29)), "2019年 12月至 2020年 2月期间出现因缴费不成功导致缴费中断的人员",
              literal="2019年 12月至 2020年 2月"),
    waiting_months=Param(6, "不受 6 个月待遇等待期限制", unit="months of medical waiting period waived",
                         literal="6 个月"),
)


def _month_texts(r: Rule, start: Node, end: Node) -> Node:
    """The words of the relieved gap: the months of ``start..end`` inside the declared window ``gap`` (a month given
    by any of its days), and whether months outside it remain (they follow the usual rules)."""
    win: Window = r.value("gap")
    months = list(win.months())
    waiting = r.value("waiting_months")
    starts_in = [start <= m.end if k == 0 else (start >= m.start) & (start <= m.end) if k < len(months) - 1
                 else start >= m.start for k, m in enumerate(months)]
    ends_in = [end <= m.end if k == 0 else (end >= m.start) & (end <= m.end) if k < len(months) - 1
               else end >= m.start for k, m in enumerate(months)]
    whole = (start >= win.start) & (end <= win.end)
    text: Node = const(f"the gap may be made up and is not a break (不视为断缴); no {waiting}-month medical waiting "
                       "period")
    for i, a in enumerate(months):
        for j in range(i, len(months)):
            b = months[j]
            words = (f"the gap {a.start}..{b.end} may be made up and is not a break (不视为断缴); no {waiting}-month "
                     "medical waiting period")
            text = if_(starts_in[i] & ends_in[j],
                       if_(whole, words, f"{words} (the months of the gap outside {win} follow the usual rules)"), text)
    return text

def flexible_worker_si_gap_makeup(r: Rule) -> None:
    """A flexible worker's failed January/February debits may be paid until 2020-03-31; a Dec-2019..Feb-2020 gap
    from failed debits is not a break, without the 6-month medical waiting period."""
    win: Window = r.value("gap")
    r.require(r.present("flexible_worker"), "",
              zh("for flexible-employment individuals (灵活就业人员); the profile has no flexible_worker section", "适用于灵活就业人员；企业信息中没有 flexible_worker 部分"))
    fw = r.fact.flexible_worker
    debit = fw.debit_failed_jan_feb_2020
    start, end, failed = fw.gap_start, fw.gap_end, fw.gap_due_to_failed_debit
    meets = ((start <= win.end) & (end >= win.start)).named(zh(f"the gap's months meet {win}", f"缴费中断的月份与 {win} 重叠"))  # a month by any day
    any_gap = start.known() | end.known() | failed.known()
    gap = if_(any_gap, failed & meets, False).named(zh("a gap from failed debits relieved", "可补缴的因缴费不成功导致的缴费中断"))
    r.note(zh(f"✗ the gap lies wholly outside {win}", f"✗ 缴费中断完全在 {win} 以外"), when=~meets)
    r.require(debit | gap, zh(f"灵活就业人员 with a failed January/February 2020 debit or a gap from failed debits in {win}", f"灵活就业人员 2020年 1月、2月未成功缴费，或在 {win} 期间出现因缴费不成功导致的缴费中断"),
              zh(f"no failed January/February 2020 debit and no gap from failed debits in {win}", f"2020年 1月、2月没有未成功缴费，{win} 期间也没有因缴费不成功导致的缴费中断"))
    r.settle()
    r.effect("deferral", "{}", if_(debit, f"January/February 2020 contributions due {r.value('deadline')}",
                                    "none: no failed January/February 2020 debit"))
    r.effect("continuity", "{}", if_(gap, _month_texts(r, start, end), f"none: no gap from failed debits in {win}"))
    r.pay(0, met=zh("灵活就业人员: failed debits and gaps of the epidemic's first months are relieved", "灵活就业人员：疫情初期未成功缴费的可延长缴费，缴费中断的可补缴"))


# =====================================================================================================
# beijing.medical_insurance_late_processing — 医疗、生育保险逾期办理 (疫情解除后三个月内)
# =====================================================================================================
MEDICAL_SOURCE = DONGCHENG_DZBF_2020_3.cite(
    "L2341-L2358",
    "36.适时调整本市医疗保险费征收期，允许用人单位和个人延期办理医疗保险和生育保险相关业务，具体调整时限另行向社会通告。因受疫情影响，用人"
    "单位逾期办理职工参保登记、缴费、在职转退休等业务的，在疫情解除后经办机构应及时受理。灵活就业人员和城乡居民未能及时办理参保缴费的，"
    "允许疫情解除后补办。逾期办理的不影响基本医疗保险和生育保险的待遇享受和权益，补办手续应在疫情解除后三个月内完成。",
)
MEDICAL_PARAMS = Params(
    months=Param(3, "补办手续应在疫情解除后三个月内完成", unit="months after the epidemic is lifted", literal="三个月"),
)


def medical_insurance_late_processing(r: Rule) -> None:
    """Late medical/maternity insurance enrolment, contributions and retirement transfers are accepted until three
    months after the epidemic is lifted, without loss of benefits."""
    due = epidemic_end_plus(r, "months")
    r.effect("deferral", zh("medical and maternity insurance enrolment, contributions and retirement transfers may be "
                         "completed by {} without loss of benefits", "医疗保险和生育保险的参保登记、缴费、在职转退休等业务可于 {} 前补办，不影响待遇享受和权益"), due)
    r.pay(0, met=zh("用人单位: late medical/maternity insurance business is accepted after the epidemic", "用人单位：逾期办理的医疗保险和生育保险业务，在疫情解除后经办机构应及时受理"))


MEASURES = [
    Measure(
        id="beijing.si_deferral_to_march",
        district="beijing",
        title_zh="延长社会保险缴费至3月底",
        title_en="January/February 2020 social-insurance contributions payable until 2020-03-31, without late fee",
        kind="deferral",
        beneficiary="enterprise",
        sources=MARCH_SOURCES,
        rule=si_deferral_to_march,
        params=MARCH_PARAMS,
        readings=("si_deferral_regular_payer_test", *MARCH_READINGS, "epidemic_period_end"),
        aliases=("chaoyang.si_contribution_deferral_to_march", "dongcheng.social_insurance_contribution_deferral",
                 "fengtai.social_insurance_deferral", "shunyi.social_insurance_deferral",
                 "mentougou.si_deferral_to_march", "mentougou.sicenter_collection_extension_and_late_fee_waiver"),
        summary="deferral: Jan/Feb 2020 contributions due 2020-03-31; make-up without late fee (relief is time)",
    ),
    Measure(
        id="beijing.si_deferral_to_july_key_industries",
        district="beijing",
        title_zh="受影响行业企业延长社会保险缴费至7月底",
        title_en="Ten hard-hit industries: social-insurance contributions of the epidemic period payable until 2020-07-31",
        kind="deferral",
        beneficiary="enterprise",
        sources=JULY_SOURCES,
        rule=si_deferral_to_july_key_industries,
        params=JULY_PARAMS,
        readings=("si_deferral_regular_payer_test", *JULY_READINGS, "epidemic_period_start"),
        aliases=("chaoyang.si_contribution_deferral_to_july_key_industries", "fangshan.ice_snow_si_deferral_to_july",
                 "mentougou.si_deferral_to_july_key_industries"),
        apply_window=JULY_PARAMS.apply,
        summary="deferral to 2020-07-31 for confirmed firms of ten industries, no late fee (relief is time)",
    ),
    Measure(
        id="beijing.si_january_refund",
        district="beijing",
        title_zh="已扣缴2020年1月份社会保险费退费",
        title_en="Refund of January 2020 contributions already debited (payable again: a deferral)",
        kind="deferral",
        beneficiary="enterprise",
        sources=JAN_SOURCES,
        rule=si_january_refund,
        params=JAN_PARAMS,
        readings=(*JAN_READINGS, "epidemic_period_end"),
        aliases=("mentougou.si_january_refund",),
        apply_window=JAN_PARAMS.apply,
        summary="January 2020 pension/UI/work-injury contributions refunded (less settled accounts); due again later",
    ),
    Measure(
        id="beijing.flexible_worker_si_gap_makeup",
        district="beijing",
        title_zh="灵活就业人员延长缴费及断缴补缴",
        title_en="Flexible workers: failed Jan/Feb 2020 debits payable until 2020-03-31; a Dec-2019..Feb-2020 gap is no break",
        kind="deferral",
        beneficiary="individual",
        sources=FLEX_SOURCES,
        rule=flexible_worker_si_gap_makeup,
        params=FLEX_PARAMS,
        aliases=("mentougou.flexible_worker_si_gap_makeup",),
        summary="deferral and continuity for flexible-employment individuals; no 6-month medical waiting period",
    ),
    Measure(
        id="beijing.medical_insurance_late_processing",
        district="beijing",
        title_zh="医疗保险和生育保险逾期办理",
        title_en="Late medical/maternity insurance business accepted until three months after the epidemic is lifted",
        kind="deferral",
        beneficiary="enterprise",
        sources=(MEDICAL_SOURCE,),
        rule=medical_insurance_late_processing,
        params=MEDICAL_PARAMS,
        readings=("epidemic_period_end",),
        aliases=("dongcheng.medical_insurance_late_processing",),
        summary="deferral: late enrolment, contributions and retirement transfers completed by 疫情解除 + 3 months",
    ),
]
