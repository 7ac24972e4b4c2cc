"""Social-insurance collection relief (city rules): deferrals to end-March and end-July, the January refund, flexible workers, medical-insurance late processing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from ...engine import checks
from ...engine.evaluation import Ev
from ...engine.measure import Measure, Param, Params, Reading
from ...engine.money import exact, yuan
from ...engine.periods import Window, add_months, month_end, month_start
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
from ._helpers import tri_or


def _regular_payer(ev: Ev) -> None:
    """"在本市正常参保缴费": no late contribution before December 2019 (不含), or the arrears made up."""
    si = ev.firm.social_insurance
    late = si.late_before_dec_2019 if si else None
    if late is None:
        ev.unknown("在本市正常参保缴费 (no late contribution before 2019-12) — not known",
                   ["social_insurance.late_before_dec_2019"])
    elif not late:
        ev.met("在本市正常参保缴费: no late contribution before December 2019")
    else:
        assert si is not None
        ev.require(si.late_made_up, "contributions paid late before December 2019 have been made up (补齐)",
                   "contributions paid late before December 2019 are not made up (需补齐后方可适用)",
                   ["social_insurance.late_made_up"])



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
SI_DEFERRAL_READINGS = [
    Reading("si_deferral_regular_payer_test", Literal["city", "none"], "city",
            "'本市正常参保缴费的参保单位' (L6395), defined at L6442-L6444 as no late contribution before December 2019 "
            "(不含), or the arrears made up: 'city' (default, applied to both deferrals) or 'none' (丰台, 顺义, 石景山, "
            "朝阳 and 东城 state no such test)."),
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


def si_deferral_to_march(ev: Ev) -> None:
    """January/February 2020 contributions may be paid until 2020-03-31; make-up without late fee."""
    n = ev.n
    si = ev.firm.social_insurance
    if ev.reading("si_deferral_regular_payer_test") == "city":
        _regular_payer(ev)
    if ev.reading("si_deferral_march_scope") == "failed_payments_only":
        ev.require(si.jan_feb_2020_unpaid if si else None,
                   "January/February 2020 contributions not paid on time (未能按时成功缴纳)",
                   "January/February 2020 contributions were paid on time: nothing to defer (failed_payments_only)",
                   ["social_insurance.jan_feb_2020_unpaid"])
    ev.settle()
    basis = ev.reading("si_deferral_month_basis")
    months = ("contributions payable in January and February 2020 (coverage months 2019-12 and 2020-01)"
              if basis == "payable_months" else "contributions for January and February 2020 (coverage months)")
    if ev.reading("si_deferral_late_fee_free_until") == "march_31":
        free_until = n.deadline
    else:
        end = ev.reading("epidemic_period_end")
        free_until = max(n.deadline, add_months(end, n.makeup_months))
        ev.step(f"make-up without late fee until max({n.deadline}, 疫情解除 {end} + {n.makeup_months} months) = {free_until}")
    payable = si.jan_feb_2020_payable if si else None
    if payable is not None:
        ev.step(f"deferred {yuan(exact(payable))} to {n.deadline}; the amount is unchanged (relief is time, not money)")
    ev.met("参保单位: January/February 2020 contributions may be paid until 2020-03-31")
    ev.effect("deferral", f"{months}: due {n.deadline}" + (f" ({yuan(exact(payable))})" if payable is not None else ""))
    ev.effect("late_fee", f"none for payment or make-up by {free_until}")
    ev.pay(Decimal(0))


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


def si_deferral_to_july_key_industries(ev: Ev) -> None:
    """Contributions payable in the epidemic period may be paid until 2020-07-31, for ten confirmed industries."""
    n = ev.n
    f = ev.firm
    si = f.social_insurance
    if ev.reading("si_deferral_regular_payer_test") == "city":
        _regular_payer(ev)
    if ev.reading("si_deferral_july_industry_list") == "closed":
        checks.require_industry(ev, n.industries, "the ten industries (旅游、住宿、餐饮、会展、商贸流通、交通运输、教育培训、"
                                                  "文艺演出、影视剧院、冰雪体育)")
    elif f.industry is not None and f.industry in n.industries:
        ev.met(f"industry {f.industry} is among the ten named industries")
    else:
        checks.require_qualification(ev, "heavily_affected", True, "受影响较大 (an unlisted industry: open reading)",
                                     "not among the ten industries and not 受影响较大")
    ev.require(si.july_deferral_confirmed if si else None, "confirmed by the 市级相关行业主管部门",
               "not confirmed by the municipal industry authority (未经市级相关行业主管部门确认)",
               ["social_insurance.july_deferral_confirmed"])
    if ev.reading("si_deferral_july_application"):
        checks.require_in_window(ev, si.july_deferral_applied_on if si else None, n.apply, "applied online (我要申请延长缴费)",
                                 "social_insurance.july_deferral_applied_on")
    ev.settle()
    start = ev.reading("epidemic_period_start")
    ev.met("may defer contributions of the epidemic period to 2020-07-31 (first the end-March deferral)")
    ev.effect("deferral", f"contributions payable in the 疫情影响期间 (from {start}) due {n.deadline}")
    ev.effect("late_fee", f"none for payment by {n.deadline}")
    ev.pay(Decimal(0))


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


def si_january_refund(ev: Ev) -> None:
    """Refund of January 2020 pension/unemployment/work-injury contributions already debited (payable again later)."""
    n = ev.n
    si = ev.firm.social_insurance
    debited = ev.need(si.jan_2020_debited if si else None, "social_insurance.jan_2020_debited",
                      "January 2020 contributions already debited")
    settled = ev.need(si.jan_2020_settled_persons if si else None, "social_insurance.jan_2020_settled_persons",
                      "the part for staff with retirement/transfer/death settlement in January")
    checks.require_in_window(ev, si.jan_refund_applied_on if si else None, n.apply, "refund applied for",
                             "social_insurance.jan_refund_applied_on")
    ev.settle()
    assert si is not None and debited is not None and settled is not None and si.jan_refund_applied_on is not None
    refund = debited - min(settled, debited)
    if refund == 0:
        ev.fail(f"nothing to refund: {yuan(exact(debited))} debited for January 2020, all of it for staff with settled "
                f"accounts ({yuan(exact(settled))}, 此类人员 1月份社会保险费不再办理退费)")
    ev.step(f"refund = {yuan(exact(debited))} debited − {yuan(exact(min(settled, debited)))} for settled accounts = "
            f"{yuan(exact(refund))}")
    applied = si.jan_refund_applied_on
    if n.early.contains(applied):
        when = f"by {n.early_refund_by} (2 月底前; applied {applied}, within {n.early})"
    else:
        assert n.late.contains(applied)
        when = f"in {n.late_refund_in.start:%B %Y} (3月份, {n.late_refund_in}; applied {applied}, within {n.late})"
    if ev.reading("si_january_refund_repay_by") == "march_31":
        due = n.repay_by
    else:
        end = ev.reading("epidemic_period_end")
        due = max(n.repay_by, add_months(end, n.makeup_months))
        ev.step(f"due again by max({n.repay_by}, 疫情解除 {end} + {n.makeup_months} months) = {due}")
    ev.met("January 2020 contributions refunded on application; February no longer debited automatically")
    ev.effect("refund", f"{yuan(exact(refund))} returned {when}; due again by {due} (a deferral, not a reduction)")
    ev.pay(Decimal(0))


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


def flexible_worker_si_gap_makeup(ev: Ev) -> None:
    """A flexible worker's failed January/February debits may be paid until 2020-03-31; a Dec-2019..Feb-2020 gap
    from failed debits is not a break, without the 6-month medical waiting period."""
    n = ev.n
    fw = ev.firm.flexible_worker
    if fw is None:
        ev.fail("for flexible-employment individuals (灵活就业人员); the profile has no flexible_worker section")
    debit = fw.debit_failed_jan_feb_2020
    covered: Window | None = None
    if fw.gap_start is None or fw.gap_end is None or fw.gap_due_to_failed_debit is None:
        gap = None if (fw.gap_start, fw.gap_end, fw.gap_due_to_failed_debit) != (None, None, None) else False
        gap_paths = [f"flexible_worker.{k}" for k in ("gap_start", "gap_end", "gap_due_to_failed_debit")
                     if getattr(fw, k) is None] if gap is None else []
    else:
        # the gap is an item with its own period (whole months): only its part inside 2019-12..2020-02 is relieved
        months = Window(month_start(fw.gap_start), month_end(fw.gap_end))
        covered = months.intersection(n.gap)
        gap = fw.gap_due_to_failed_debit and covered is not None
        gap_paths = []
        if fw.gap_due_to_failed_debit and covered is None:
            ev.reasons.append(f"✗ the gap {months} lies wholly outside {n.gap}")
    ok = tri_or(debit, gap)
    paths = (["flexible_worker.debit_failed_jan_feb_2020"] if debit is None else []) + gap_paths
    ev.require(ok, f"灵活就业人员 with a failed January/February 2020 debit or a gap from failed debits in {n.gap}",
               f"no failed January/February 2020 debit and no gap from failed debits in {n.gap}", paths)
    ev.settle()
    if debit:
        ev.effect("deferral", f"January/February 2020 contributions due {n.deadline}")
    if gap:
        assert covered is not None and fw.gap_start is not None and fw.gap_end is not None
        outside = "" if covered == Window(month_start(fw.gap_start), month_end(fw.gap_end)) else (
            f" (the months of the gap outside {n.gap} follow the usual rules)")
        ev.effect("continuity", f"the gap {covered} may be made up and is not a break (不视为断缴); no "
                                f"{n.waiting_months}-month medical waiting period{outside}")
    ev.pay(Decimal(0))



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


def medical_insurance_late_processing(ev: Ev) -> None:
    """Late medical/maternity insurance enrolment, contributions and retirement transfers are accepted until three
    months after the epidemic is lifted, without loss of benefits."""
    end = ev.reading("epidemic_period_end")
    due = add_months(end, ev.n.months)
    ev.step(f"疫情解除 {end} (epidemic_period_end) + {ev.n.months} months = {due}")
    ev.met("用人单位: late medical/maternity insurance business is accepted after the epidemic")
    ev.effect("deferral", f"medical and maternity insurance enrolment, contributions and retirement transfers may be "
                          f"completed by {due} without loss of benefits")
    ev.pay(Decimal(0))




MEASURES = [
    Measure(
        id="beijing.si_deferral_to_march",
        district="beijing",
        title_zh="延长社会保险缴费至3月底",
        title_en="January/February 2020 social-insurance contributions payable until 2020-03-31, without late fee",
        kind="deferral",
        beneficiary="enterprise",
        sources=MARCH_SOURCES,
        calc=si_deferral_to_march,
        params=MARCH_PARAMS,
        readings=(*(r.name for r in SI_DEFERRAL_READINGS), "epidemic_period_end"),
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
        calc=si_deferral_to_july_key_industries,
        params=JULY_PARAMS,
        readings=("si_deferral_regular_payer_test", *(r.name for r in JULY_READINGS), "epidemic_period_start"),
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
        calc=si_january_refund,
        params=JAN_PARAMS,
        readings=(*(r.name for r in JAN_READINGS), "epidemic_period_end"),
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
        calc=flexible_worker_si_gap_makeup,
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
        calc=medical_insurance_late_processing,
        params=MEDICAL_PARAMS,
        readings=("epidemic_period_end",),
        aliases=("dongcheng.medical_insurance_late_processing",),
        summary="deferral: late enrolment, contributions and retirement transfers completed by 疫情解除 + 3 months",
    ),
]

READINGS = [*SI_DEFERRAL_READINGS, *JULY_READINGS, *JAN_READINGS]
