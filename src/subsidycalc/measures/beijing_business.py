"""City-wide business rules (北京市), each encoded once, with every district text that restates it as a source and
every district catalog id as an alias (README "Decisions"; ERRATA_01_03 R02–R05, R10, R12, R19, R25; ERRATA_04_06
findings 5–7, 10, 11, 23).

Measures: the three fee waivers of 京政办发〔2020〕7号 item 1 (特种设备检验费, 污水处理费, 占道费), the tax-payment
deferral of up to three months, the COVID-19 patients' medical-cost subsidy (an individual benefit), the ice and snow
venues' utility subsidy ("适当额度": unquantified unless a reading supplies rates), the February-rent rule for
tenants of 京内市及区属国有企业, and the 中关村 R&D-cost subsidy for small firms relayed by 东城.

None of these texts is in the seed in its city form; each reaches it through district restatements. No district's
scope clause narrows a city rule: the territory of every measure here is ``beijing`` (a district's own test, such as
通州's "在本区注册", is a named reading instead).

Fees: the fee schedules are not in the seed. When the profile lists the fees (``fees``), the waived amount is
computed; when it does not, the waiver is reported eligible with its non-cash effect and no amount. A fee charged for
a period counts for the days of that period inside the window (reading ``fee_waiver_straddle``), exactly.

Items count only for the time they exist (issue 8 §1): a lease is relieved on the share of February 2020 its own
period covers (``_leases.month_rent``; reading ``soe_rent_feb_partial_month``). What one firm received or why its
permit was extended are facts of its profile, not readings: the 中关村 grant assessed (``zgc_rd_subsidy_assessed``),
the cause of a road-permit extension (``fees.N.extension``, read under 东城's item 2).

Stacking: every rule here is one measure whatever the number of restatements ("one rule, one measure"), so a firm
never collects it twice. The district SOE-rent measures that restate the February rule are exclusive with
``beijing.soe_rent_reduction_feb``; those rules are declared by the district modules. No two measures of this module
pay for the same thing, so ``STACKING`` is empty (see the note at the end).

Module layout: per measure, the quoted sentence(s) → declared numbers → readings → its definition in the rule
vocabulary (docs/rules.md): eligibility → amount. The February rent goes lease by lease on the helpers of ``_leases``;
the fee waivers share :func:`waive` and :func:`fee_in_window`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field

from ..engine.measure import Measure, Param, Params, Reading
from ..engine.money import Number, exact
from ..engine.money import yuan as _yuan
from ..engine.periods import Window, add_days, add_years
from ..engine.rules.define import Items, Rule
from ..engine.rules.nodes import Node, any_of, const, if_, maximum, minimum, overlap_days
from ..engine.sources import Document
from ..engine.stacking import StackingRule
from ..i18n import local, zh
from ..profile.industries import SME_SIZES
from ._documents import (
    CHAOYANG_CZBF_2020_2,
    DONGCHENG_DZBF_2020_3,
    FANGSHAN_F1,
    FENGTAI_FT6,
    XICHENG_XZBF_2020_1,
)
from ._leases import FEBRUARY_2020, february_tiers, in_force, month_rent, pay_leases, tier_relief

NonNegative = Annotated[Decimal, Field(ge=0)]

#: the convention of the fee waivers' whole share: the texts write 停征 (collection stopped), a word the literal reader
#: (engine/literals.py) does not list; it means the whole fee
STOP_CHARGING = "停征 (collection of the fee is stopped): the whole fee is not charged, a share of 1"


def yuan(amount: Number) -> str:
    """:func:`subsidycalc.engine.money.yuan` of the exact value (given a ``Decimal`` that is not a whole number of fen,
    money.yuan quantizes it, which the engine's Inexact trap refuses)."""
    return _yuan(exact(amount))

# Documents cited by this module only (the districts' own notices that restate a city fee waiver)
TONGZHOU_ROAD_NOTICE = Document(
    title="《关于新型冠状病毒感染的肺炎疫情期间停征本区中小微企业城市道路占道费的通知》",
    issuer="通州区城市管理委员会",
    doc_no=None,
    issued=date(2020, 2, 12),
    url="http://zhengfu.bjtzh.gov.cn/bjtz/home/202002/1264191.shtml",
    territory="district",
    scope_lines="L4564-L4568",
    scope_quote="二、适用范围：符合工业和信息化部、国家统计局、国家发展改革委、财政部联合发布的《中小企业划型标准规定》"
    "(工信部联企业〔2011〕300号)且在本区（通州）注册的中小微企业因工程建设需要占用城市道路的。",
)
DAXING_ROAD_NOTICE = Document(
    title="《北京市大兴区城市管理委员会 关于新型冠状病毒感染的肺炎疫情期间大兴新城区属城市道路停征本市中小微企业城市"
    "占道费具体措施的通知》",
    issuer="北京市大兴区城市管理委员会",
    doc_no=None,
    issued=date(2020, 2, 10),
    url="http://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/tzgg/732899/index.html",
    territory="beijing",
)
DAXING_SEWAGE_NOTICE = Document(
    title="《北京市大兴区水务局关于“疫情期间，对受影响较大的中小微企业停征污水处理费”的通知》",
    issuer="北京市大兴区水务局",
    doc_no=None,
    issued=date(2020, 2, 6),
    url="http://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/tzgg/732470/index.html",
    territory="beijing",
)

# =====================================================================================================
# The fee waivers of 京政办发〔2020〕7号 item 1 (停征部分行政事业性收费), restated by 西城, 朝阳, 丰台 word for word
# =====================================================================================================
FEE_XICHENG = XICHENG_XZBF_2020_1.cite(
    "L960-L962",
    "（十九）停征部分行政事业性收费。疫情期间，对受影响较大的中小微企业停征特种设备检验费、污水处理费、占道费。"
    "(责任单位：区财政局、区市场监管局、区城市管理委)",
)
FEE_CHAOYANG = CHAOYANG_CZBF_2020_2.cite(
    "L2948-L2950", "4.认真落实税费减免政策。疫情期间，对受影响较大的中小微企业停征特种设备检验费、污水处理费、占道费。")
FEE_FENGTAI = FENGTAI_FT6.cite("L4028-L4030", "19.疫情期间，对受影响较大的中小微企业停征特种设备检验费、污水处理费、占道费。")

FEE_READINGS = [
    Reading("fee_waiver_date_basis", Literal["service", "billing"], "service",
            "Which date places a fee in the waiver's window ('疫情期间'): 'service' (default) — the day the fee arises "
            "or the days it is charged for (fees.N.start..end: the inspection, the water used, the road occupied); "
            "'billing' — the bill's date (fees.N.billed_on), as a water bill is issued after the consumption. "
            "Catalog 02 (东城 b), 03 (朝阳 A8 2) and 04 (丰台 3) name it."),
    Reading("fee_waiver_straddle", Literal["prorate_days", "start_date"], "prorate_days",
            "A fee charged for a period that straddles an end of the window (a water bill, a road permit): "
            "'prorate_days' (default, catalog 03 A8/A9) — amount × days inside / days of the period; 'start_date' — "
            "all or nothing by the period's first day. Applies under fee_waiver_date_basis='service'."),
]


#: the size conditions of the tax deferral and the February rent (中小微企业)
SIZE_MET = zh("size {} is within 中小微企业", "规模 {} 属于中小微企业")
SIZE_FAILED = zh("size {} is not within 中小微企业", "规模 {} 不属于中小微企业")
#: the facts of a patient's costs (covid_patient.*), by field
COVID_FIGURES = {"total_cost": "医疗费用总额", "basic_insurance_paid": "基本医保支付", "critical_illness_paid": "大病保险支付",
                 "medical_assistance_paid": "医疗救助支付", "other_paid": "其他支付", "self_pay_items": "自费项目"}


def sme(r: Rule) -> None:
    r.require(r.size().isin(SME_SIZES), zh("size {} is within 中小微企业 (工信部联企业〔2011〕300号)",
                                           "规模 {} 属于中小微企业（工信部联企业〔2011〕300号）"),
              zh("size {} is not within 中小微企业 (工信部联企业〔2011〕300号)", "规模 {} 不属于中小微企业（工信部联企业〔2011〕300号）"))


def heavily_affected(r: Rule) -> None:
    r.require(r.fact.qualifications.heavily_affected, zh("受影响较大 (heavily affected by the epidemic)", "受疫情影响较大"),
              zh("not 受影响较大 (heavily affected), which the city sentence requires", "不属于受影响较大的企业（市级规定要求受影响较大）"),
              unknown=zh("受影响较大 (heavily affected by the epidemic) — not known", "是否受疫情影响较大 — 未知"))


def affected(r: Rule) -> None:
    """受疫情影响: met by heavily_affected or affected_by_epidemic (unknown: affected_by_epidemic is asked for)."""
    q = r.fact.qualifications
    r.require(q.heavily_affected.default(False) | q.affected_by_epidemic,
              zh("受疫情影响 (affected by the epidemic)", "受疫情影响"),
              zh("not 受疫情影响 (not affected by the epidemic)", "未受疫情影响"),
              unknown=zh("受疫情影响 (affected by the epidemic) — not known", "是否受疫情影响 — 未知"))


def registered_in_beijing(r: Rule) -> None:
    r.require(r.fact.district.defined(), zh("registered in Beijing (在北京注册)", "在北京注册"), "",
              unknown=zh("registered in Beijing (在北京注册) — not known", "是否在北京注册 — 未知"))


def epidemic_window(r: Rule, start: date) -> Window | None:
    """The waiver's window, from ``start`` to the end of 疫情期间 (the reading ``epidemic_period_end``); ``None`` (and the
    measure fails) when that reading ends before ``start``."""
    end = r.reading("epidemic_period_end")
    if end < start:
        r.fail(zh(f"reading epidemic_period_end {end} is before the waiver's start {start}: no window",
                  f"解释口径 epidemic_period_end {end} 早于停征起始日 {start}：没有停征期间"))
        r.pay(0)
        return None
    return Window(start, end)


#: the last day standing for an open end (an extension's whole period): any fee period ends before it
OPEN_END = date(9999, 12, 31)


def fee_in_window(r: Rule, fees: Items, window: Window) -> Node:
    """The part of each fee that falls in ``window`` (exact). Under the default readings a fee charged for a period
    (``start`` … ``end``; no ``end``: a one-day fee) counts for the days of its own period inside the window:
    amount × days inside / days of the period (a one-day fee whole when its day is inside); under
    ``fee_waiver_straddle='start_date'`` all or nothing by its first day; under ``fee_waiver_date_basis='billing'``
    all or nothing by the bill's date."""
    amount = fees.amount
    if r.choose("fee_waiver_date_basis", {"service": False, "billing": True}):
        return if_(fees.billed_on.within(window), amount, 0).named(zh(f"part billed in {window}", f"账单日期在 {window} 内的部分"),
                                                                  "yuan")
    start = fees.start
    end = if_(fees.end.known(), fees.end, start)
    if r.choose("fee_waiver_straddle", {"prorate_days": False, "start_date": True}):
        return if_(start.within(window), amount, 0).named(zh(f"part starting in {window}",
                                                                    f"起始日在 {window} 内的部分"), "yuan")
    days = overlap_days(start, end, window).named(zh(f"days in {window}", f"在 {window} 内的天数"), "days")
    of = (start.days_until(end) + 1).named(zh("days of its period", "所属期间的天数"), "days")
    return if_(days.eq(of), amount, amount * days / of).named(zh(f"part in {window}", f"在 {window} 内的部分"), "yuan")


def waive(r: Rule, kinds: set[str], window: Window, label: str, effect: str, extra: set[str] | None = None,
          conds: Callable[[Items], list[tuple[Node, str]]] | None = None,
          part: Callable[[Items], Node] | None = None) -> None:
    """Pay the share ``r.n.share`` (停征: the whole fee) of the part of the listed fees of ``kinds`` inside ``window``
    (``part``: the caller's own part of each fee); ``extra`` kinds count toward ``high`` only; ``conds``: the
    caller's conditions on each fee, with their words. Without a fee list (``fees`` absent: none listed, not unknown)
    the waiver is eligible with its non-cash effect and no amount.

    The fees are not selected with ``r.select``, which reads an absent list as unknown (``fees`` missing): each
    condition is asked of the listed fees only (``if_(listed, …)``), a fee ruled out is named in a reason line."""
    listed = r.present("fees")
    fees = r.items("fees")
    kept = kinds | (extra or set())
    picked = fees.fee.isin(kept).default(True).named(zh("a fee of the kinds waived (or of unknown kind)",
                                                         "属于停征种类（或种类未知）的收费"))
    r.need(if_(listed, fees.all(~picked | fees.fee.defined()), True), zh("which fee each listed fee is", "所列每项收费的种类"))
    r.need(if_(listed, fees.all(~picked | fees.amount.defined()), True),
           zh("the amount payable of each fee", "每项收费的应缴金额"))
    r.settle()
    counted = picked
    for cond, failed in (conds(fees) if conds else ()):
        r.need(if_(listed, fees.all(~picked | cond.defined()), True),
               zh(f"whether a fee meets: {failed}", f"收费是否符合：{local(failed, 'zh')}"))
        r.note(zh(f"✗ a fee is ruled out: {failed}", f"✗ 一项收费被排除：{local(failed, 'zh')}"),
               when=if_(listed, fees.any(picked & ~cond), False))
        counted = counted & cond
    cn = local(label, "zh")
    counted = counted.named(zh(f"listed {label}", f"所列{cn}"))
    r.settle()
    r.require(if_(listed, fees.any(counted), True), "", zh(f"the firm's fees include no {label}", f"企业的收费中没有{cn}"))
    inside = (part or (lambda f: fee_in_window(r, f, window)))(fees)
    waived = (r.n.share * inside).named(zh("waived", "停征金额"), "yuan")
    r.need(if_(listed, fees.sum(waived, where=counted), 0),
           zh("the day each fee arises or its first day (or its bill's date)", "每项收费的发生日或起始日（或账单日期）"))
    r.settle()
    r.step(inside.name or zh("part in the window", "在停征期间内的部分"), inside, where=counted)
    r.step(zh("waived (停征)", "停征金额"), waived, where=counted)
    point = if_(listed, fees.sum(waived, where=counted & fees.fee.isin(kinds)), 0).named(
        zh(f"{label} waived", f"停征的{cn}"), "yuan")
    high = if_(listed, fees.sum(waived, where=counted), 0).named(
        zh(f"{label} waived, with the other 行政事业性收费 of the bundle", f"停征的{cn}，连同同批其他行政事业性收费"), "yuan")
    r.require(~listed | (high > 0), "", zh(f"no {label} payable in {window}", f"{window} 内没有应缴的{cn}"))
    r.note(zh(f"✓ {label} arising in {window}: not charged (停征)", f"✓ {window} 内发生的{cn}：停征"), when=listed)
    r.note(zh(f"✓ {label} is not charged for {window} (停征); the profile lists no fees (fees), so no amount is computed",
              f"✓ {window} 期间停征{cn}；企业信息未列出收费（fees），因此不计算金额"), when=~listed)
    if extra:
        r.step(zh(f"{label} waived", f"停征的{cn}"), point)
        r.step(zh("with the other 行政事业性收费 of the bundle: up to", "连同同批其他行政事业性收费：最多"), high)
    r.effect("waiver", effect)
    r.pay(point, low=point, high=high)


# -----------------------------------------------------------------------------------------------------
# beijing.special_equipment_inspection_fee_waiver — 停征特种设备检验费
# -----------------------------------------------------------------------------------------------------
SPECIAL_DONGCHENG = DONGCHENG_DZBF_2020_3.cite(
    "L1493-L1500",
    "1.自 2020年 2月 5日起，在疫情期间，对受疫情影响的中小微企业停征特种设备检验费。定期检验的缴费主体是使用单位（电梯可以是"
    "使用管理单位），监督检验的缴费主体是报检单位（可以是建设单位、施工单位、使用单位，不做硬性规定）。（责任单位：区市场监管局）",
)
SPECIAL_PARAMS = Params(
    start=Param(date(2020, 2, 5), "自 2020年 2月 5日起，在疫情期间", note="inclusive (自…起); the end is 疫情期间's",
                literal="自 2020年 2月 5日起"),
    share=Param(Decimal(1), "停征特种设备检验费", unit="share of the fee", note="停征: the whole fee is not charged",
                convention=STOP_CHARGING),
)
SPECIAL_READINGS = [
    Reading("special_equipment_affected_test", Literal["heavily_affected", "affected"], "heavily_affected",
            "Who is waived: 'heavily_affected' (default; 受影响较大, the city sentence as 西城 L960, 朝阳 L2948 and 丰台 "
            "L4028 restate it) or 'affected' (东城 L1493 '受疫情影响的', broader: qualifications.affected_by_epidemic)."),
    Reading("special_equipment_fee_scope", Literal["inspection", "inspection_and_testing"], "inspection",
            "Which fees: 'inspection' (default; 特种设备检验费, the wording of all four restatements) or "
            "'inspection_and_testing' (also 检测费: the title of the city notice, list item 25 L252-L256, says "
            "特种设备检验检测费)."),
]


def special_equipment_inspection_fee_waiver(r: Rule) -> None:
    """Special-equipment inspection fees arising from 2020-02-05 to the end of the epidemic period are not charged."""
    sme(r)
    r.choose("special_equipment_affected_test", {"heavily_affected": heavily_affected, "affected": affected})(r)
    window = epidemic_window(r, r.value("start"))
    if window is None:
        return
    kinds = {"special_equipment_inspection"} | r.choose(
        "special_equipment_fee_scope", {"inspection": set(), "inspection_and_testing": {"special_equipment_testing"}})
    waive(r, kinds, window, zh("特种设备检验费 (special-equipment inspection fee)", "特种设备检验费"),
          zh(f"special-equipment inspection fees arising {window} are not charged (停征); the payer of a periodic "
             "inspection is the user unit, of a supervisory inspection the unit that reports it (东城 L1495-L1498)",
             f"{window} 发生的特种设备检验费停征；定期检验的缴费主体是使用单位，监督检验的缴费主体是报检单位"
             "（东城 L1495-L1498）"))


# -----------------------------------------------------------------------------------------------------
# beijing.sewage_treatment_fee_waiver — 停征污水处理费
# -----------------------------------------------------------------------------------------------------
SEWAGE_DONGCHENG = DONGCHENG_DZBF_2020_3.cite(
    "L1538-L1541",
    "3.在疫情期间，对受影响较大的中小微企业停征污水处理费等部分行政事业性收费。（责任单位：区财政局） 具体流程：按照相关程序，"
    "在疫情期间停征部分行政事业性收费。",
)
SEWAGE_DAXING = DAXING_SEWAGE_NOTICE.cite(
    "L5323-L5331",
    "根据 2020年 2月 5 日北京市人民政府下发的《北京市人民政府办公厅关于应对新型冠状病毒感染的肺炎疫情影响促进中小微企业持续健康"
    "发展的若干措施》（京政办发〔2020〕7号）要求，我局停征受疫情影响较大的中小微企业(按照工业和信息化部、国家统计局、国家发展"
    "改革委、财政部联合发布的《中小企业划型标准规定》(工信部联企业〔2011〕300号)且在北京注册的中小微企业)污水处理费工作。",
)
SEWAGE_PARAMS = Params(
    policy_date=Param(date(2020, 2, 5), "根据 2020年 2月 5 日北京市人民政府下发的",
                      note="the date of 京政办发〔2020〕7号, which orders the waiver; first day under the default reading",
                      literal="2020年 2月 5 日"),
    share=Param(Decimal(1), "停征受疫情影响较大的中小微企业", unit="share of the fee", note="停征: the whole fee",
                convention=STOP_CHARGING),
)
SEWAGE_READINGS = [
    Reading("sewage_fee_waiver_start", Literal["city_policy_date", "epidemic_period_start"], "city_policy_date",
            "First day of the sewage waiver, which no text dates: 'city_policy_date' (default) — 2020-02-05, the day "
            "京政办发〔2020〕7号 was issued (大兴 L5323), the start 东城 (L1493) and 通州 (L4570) state for the sister "
            "waivers; 'epidemic_period_start' — the shared reading epidemic_period_start."),
    Reading("sewage_fee_registration", Literal["beijing", "none"], "beijing",
            "Where the firm must be registered: 'beijing' (default; 大兴 L5331 '在北京注册', registered in any Beijing "
            "district: the profile's district must be known) or 'none' (the city sentence states no test)."),
    Reading("sewage_waiver_other_admin_fees", bool, False,
            "东城 L1538 '停征污水处理费等部分行政事业性收费' names no other fee. Default False: only the sewage fee is "
            "waived. True: fees listed as other_admin (another 行政事业性收费) arising in the window count toward the "
            "high end of the range only, since the text does not say which they are (ERRATA_01_03 R03)."),
]


def sewage_treatment_fee_waiver(r: Rule) -> None:
    """Sewage-treatment fees of the epidemic period are not charged to heavily affected SMEs."""
    sme(r)
    heavily_affected(r)
    if r.choose("sewage_fee_registration", {"beijing": True, "none": False}):
        registered_in_beijing(r)
    start = r.choose("sewage_fee_waiver_start", {"city_policy_date": None, "epidemic_period_start": True})
    window = epidemic_window(r, r.value("policy_date") if start is None else r.reading("epidemic_period_start"))
    if window is None:
        return
    extra = {"other_admin"} if r.flag("sewage_waiver_other_admin_fees") else None
    waive(r, {"sewage_treatment"}, window, zh("污水处理费 (sewage-treatment fee)", "污水处理费"),
          zh(f"sewage-treatment fees of {window} are not charged (停征)", f"{window} 的污水处理费停征"), extra=extra)


# -----------------------------------------------------------------------------------------------------
# beijing.road_occupation_fee_waiver — 停征占道费
# -----------------------------------------------------------------------------------------------------
ROAD_DONGCHENG = DONGCHENG_DZBF_2020_3.cite(
    "L1522-L1532",
    "2.对已经办理临时占用城市道路许可，但受疫情影响需延期占用城市道路的，可免征延期占道期间的费用；对新报送的临时占用城市道路的"
    "许可，可免征当年城市道路占用费。（责任单位：区城管委） 具体流程：由中小微企业通过电话或登陆东城区浪潮政务服务云平台（网址为",
)
ROAD_TONGZHOU = TONGZHOU_ROAD_NOTICE.cite(
    "L4560-L4572",
    "一、停征依据：市政府办公厅《关于应对新型冠状病毒感染的肺炎疫情影响促进中小微企业持续健康发展的若干措施》（京政办发〔2020〕"
    "7号）。二、适用范围：符合工业和信息化部、国家统计局、国家发展改革委、财政部联合发布的《中小企业划型标准规定》(工信部联企业"
    "〔2011〕300号)且在本区（通州）注册的中小微企业因工程建设需要占用城市道路的。三、停征时限：自 2020年 2月 5日起，至 2020年 "
    "12月 31日止（因本区新型冠状病毒感染的肺炎疫情应急响应结束等原因政策措施不再有必要性的自然失效）。",
)
ROAD_DAXING = DAXING_ROAD_NOTICE.cite(
    "L5140-L5146",
    "2020年 2月 5日，北京市人民政府下发了《北京市人民政府办公厅关于应对新型冠状病毒感染的肺炎疫情影响促进中小微企业持续健康发展"
    "的若干措施》（京政办发〔2020〕7号），按照要求，我委停征受疫情影响较大的中小微企业占道费工作。",
)
ROAD_DAXING_SCOPE = DAXING_ROAD_NOTICE.cite(
    "L5152-L5158",
    "并按照工业和信息化部、国家"
    "统计局、国家发展改革委、财政部联合发布的《中小企业划型标准规定》(工信部联企业〔2011〕300号)且在北京注册的中小微企业要求，"
    "由符合条件申请办理占据路业务的中小微企业提出停征占道费申请并提供证明材料。",
)
ROAD_DAXING_EXTENSION = DAXING_ROAD_NOTICE.cite(
    "L5205-L5211",
    "8.因特殊原因未在审批时限内完成占掘路施工的，由申请人向我委提交占掘路行政许可延期申请，经我委同意后，符合要求的中小微企业由"
    "我委（如延期至 11月 15日后需加收 0.5倍冬季掘路恢复费）直接出具延期许可文书，不符合要求的企业完成占道费（如延期至 11月 15日后"
    "需加收 0.5倍冬季掘路恢复费）征缴后出具延期许可文书。",
)
ROAD_PARAMS = Params(
    start=Param(date(2020, 2, 5), "自 2020年 2月 5日起", note="README decision: the start 东城 and 通州 state; inclusive",
                literal="自 2020年 2月 5日起"),
    current_year_end=Param(date(2020, 12, 31), "可免征当年城市道路占用费",
                           note="东城: a new permit's fee for 当年, the calendar year 2020 (reading "
                                "road_occupation_new_permit_current_year)", literal="当年"),
    share=Param(Decimal(1), "停征受疫情影响较大的中小微企业占道费", unit="share of the fee", convention=STOP_CHARGING),
)
ROAD_READINGS = [
    Reading("road_occupation_requires_heavily_affected", bool, True,
            "Whether the occupier must be 受影响较大 (heavily affected). Default True: the city sentence (西城 L960, 朝阳 "
            "L2948, 丰台 L4028) and 大兴 (L5146, and step 5 L5189 importing 7号) require it (ERRATA_04_06 finding 6); "
            "False follows 通州's notice and 东城's sentence, which omit it."),
    Reading("road_occupation_registration", Literal["beijing", "fee_district", "none"], "beijing",
            "Where the firm must be registered: 'beijing' (default; 大兴 L5156 '在北京注册', the city notice's "
            "'本市中小微企业'); 'fee_district' (通州 L4566 '在本区（通州）注册': registered in the district of the road, "
            "fees.N.district); 'none' (丰台 and the city sentence state no test)."),
    Reading("road_occupation_construction_only", bool, False,
            "Whether only occupations for construction works are waived (通州 L4568 '因工程建设需要占用城市道路', "
            "fees.N.construction_works). Default False: the city sentence and 大兴 (占掘路) state no purpose."),
    Reading("road_occupation_new_permit_current_year", bool, False,
            "东城 item 2 (L1522-L1526): '对已经办理临时占用城市道路许可，但受疫情影响需延期占用城市道路的，可免征延期占道"
            "期间的费用；对新报送的临时占用城市道路的许可，可免征当年城市道路占用费'. Default False: one window for every "
            "road, 2020-02-05 … epidemic_period_end (README decision). True applies 东城's terms to fees charged in 东城 "
            "(fees.N.district), by the fact fees.N.extension: a new permit's fee is waived for the whole calendar year "
            "2020 (当年) even if the epidemic period ends earlier; an extension needed because of the epidemic for its "
            "whole period from 2020-02-05 (延期占道期间的费用); an extension for another cause not at all."),
]


def road_occupation_fee_waiver(r: Rule) -> None:
    """Road-occupation fees of occupations from 2020-02-05 to the end of the epidemic period are not charged."""
    sme(r)
    if r.flag("road_occupation_requires_heavily_affected"):
        heavily_affected(r)
    reg = r.choose("road_occupation_registration", {"beijing": "beijing", "fee_district": "fee_district",
                                                    "none": None})
    if reg is not None:
        registered_in_beijing(r)
    window = epidemic_window(r, r.value("start"))
    if window is None:
        return
    construction = r.flag("road_occupation_construction_only")
    dongcheng_terms = r.flag("road_occupation_new_permit_current_year")
    current_year = Window(window.start, max(window.end or r.value("current_year_end"), r.value("current_year_end")))
    extension_period = Window(window.start, OPEN_END)

    def conds(fees: Items) -> list[tuple[Node, str]]:
        out: list[tuple[Node, str]] = []
        if reg == "fee_district":
            out.append((fees.district.eq(r.fact.district), zh("a road outside the district the firm is registered in "
                                                              "(在本区注册, reading fee_district)",
                                                              "道路不在企业注册的区（在本区注册，解释口径 fee_district）")))
        if construction:
            out.append((fees.construction_works, zh("not occupied for construction works (因工程建设需要)",
                                                    "不是因工程建设需要占用城市道路")))
        if dongcheng_terms:
            out.append((if_(fees.district.eq("dongcheng"), fees.extension.ne("other"), True),
                        zh("an extension for a cause other than the epidemic; 东城 item 2 waives an extension only when "
                           "受疫情影响需延期占用城市道路 (fees.N.extension)",
                           "因疫情以外的原因延期；东城第 2 项只对受疫情影响需延期占用城市道路的免征（fees.N.extension）")))
        return out

    def part(fees: Items) -> Node:
        inside = fee_in_window(r, fees, window)
        if not dongcheng_terms:
            return inside
        dongcheng = fees.district.eq("dongcheng").default(False)
        return if_(dongcheng & fees.extension.eq("epidemic").default(False), fee_in_window(r, fees, extension_period),
                   if_(dongcheng, fee_in_window(r, fees, current_year), inside)).named(zh("part waived", "停征部分"),
                                                                                      "yuan")

    if dongcheng_terms:
        r.note(zh(f"reading road_occupation_new_permit_current_year (东城 item 2): on 东城's roads a new permit's fee is "
                  f"waived for {current_year} (当年), an extension needed because of the epidemic for its whole period "
                  f"from {window.start} (延期占道期间的费用)",
                  f"解释口径 road_occupation_new_permit_current_year（东城第 2 项）：东城的道路，新报送许可的费用在 "
                  f"{current_year}（当年）免征；受疫情影响需延期的，自 {window.start} 起免征延期占道期间的费用"))
    waive(r, {"road_occupation"}, window, zh("占道费 (road-occupation fee)", "占道费"),
          zh(f"road-occupation fees for occupation days in {window} are not charged (停征; apply with the permit and "
             "proof of SME status); an extension past 11-15 on 大兴's roads still bears 0.5× the winter restoration fee "
             "(L5207-L5211, a charge, not relief)",
             f"{window} 内占道天数的占道费停征（随占道许可申请并提供中小微企业证明材料）；大兴的道路延期至 11月 15日后仍需"
             "加收 0.5倍冬季掘路恢复费（L5207-L5211，属收费，不属减免）"), conds=conds, part=part)


# =====================================================================================================
# beijing.tax_payment_deferral — 延期缴纳税款，最长不超过3个月 (京政办发〔2020〕7号 item 3)
# =====================================================================================================
TAX_XICHENG = XICHENG_XZBF_2020_1.cite(
    "L888-L889", "受疫情影响纳税申报困难的中小微企业，可依法办理延期缴纳税款，最长不超过 3个月。")
TAX_DONGCHENG = DONGCHENG_DZBF_2020_3.cite(
    "L1639-L1641",
    "7.为经营困难企业办理延期纳税。东城区税务局对受疫情影响纳税申报困难的中小微企业，可依法办理延期缴纳税款，最长不超过 3个月。",
)
TAX_DONGCHENG_PROCEDURE = DONGCHENG_DZBF_2020_3.cite(
    "L1646-L1648", "（1）延期缴纳税款。纳税人登录电子税务局提交申请，区税务局受理审批后纳税人登录电子税务局查询审批结果。")
TAX_CHAOYANG = CHAOYANG_CZBF_2020_2.cite(
    "L2950-L2956",
    "对受疫情影响纳税申报困难的中小微企业，符合法定条件不能按期申报或按期缴纳税款的企业，可依法办理延期申报或延期缴纳税款，"
    "最长不超过 3个月。对受疫情影响的个体工商户简化停业手续。延期申报、延期缴纳、个体工商户停业事项均可在电子税务局上办理。",
)
TAX_FENGTAI = FENGTAI_FT6.cite("L4038", "20.为受疫情影响经营困难企业办理延期纳税。")
TAX_PARAMS = Params(
    max_months=Param(3, "可依法办理延期缴纳税款，最长不超过 3个月", unit="months", note="最长不超过: 3 included",
                     literal="3个月"),
)
TAX_READINGS = [
    Reading("tax_deferral_covers_filing", bool, False,
            "Whether a deferral of filing (延期申报) is covered as well as of payment. Default False: the city wording "
            "restated by 西城 (L888) and 东城 (L1639) says 延期缴纳税款 only; True follows 朝阳 (L2952 "
            "'延期申报或延期缴纳税款', the three-month maximum then applying to both)."),
    Reading("tax_deferral_statutory_conditions", bool, False,
            "Whether the firm must also show '符合法定条件不能按期申报或按期缴纳税款' (朝阳 L2950; tax_deferrals.N."
            "statutory_conditions_met). Default False: the city wording says only '可依法办理', the tax office's "
            "approval deciding; True adds the 朝阳 condition."),
    Reading("tax_deferral_fengtai_wording", bool, False,
            "丰台 item 20 (L4038) says only '为受疫情影响经营困难企业办理延期纳税': no size limit and no maximum. Default "
            "False: the city rule (中小微企业, at most 3 months; 西城 L889). True: any firm with the difficulty "
            "(qualifications.tax_payment_difficulty), the length left to the tax office (no maximum stated)."),
]


#: with no maximum (丰台's wording) the latest due date is computed up to a year of deferral
SHOWN_MONTHS = 12


def tax_payment_deferral(r: Rule) -> None:
    """An SME with epidemic-related difficulty may defer paying tax by up to three months (non-cash relief)."""
    fengtai = r.flag("tax_deferral_fengtai_wording")
    if not fengtai:
        r.require(r.size().isin(SME_SIZES), SIZE_MET, SIZE_FAILED)
    r.require(r.fact.qualifications.tax_payment_difficulty,
              zh("受疫情影响纳税申报困难 (difficulty filing or paying tax because of the epidemic)", "受疫情影响纳税申报困难"),
              zh("no epidemic-related difficulty filing or paying tax (受疫情影响纳税申报困难)", "没有受疫情影响纳税申报困难的情形"),
              unknown=zh("受疫情影响纳税申报困难 (difficulty filing or paying tax because of the epidemic) — not known",
                         "是否受疫情影响纳税申报困难 — 未知"))
    cap = None if fengtai else r.value("max_months")
    limit = f"up to {cap} months (最长不超过 3个月)" if cap else "for a period the tax office sets (丰台: no maximum stated)"
    limit_zh = f"最长不超过 {cap}个月" if cap else "期限由税务机关确定（丰台：未规定最长期限）"
    listed = r.present("tax_deferrals")
    reqs = r.items("tax_deferrals")
    needs = [reqs.kind, reqs.due_on, reqs.months_requested]
    rules_out = []
    if not r.flag("tax_deferral_covers_filing"):
        rules_out.append((reqs.kind.eq("filing").default(False), zh(
            "a filing deferral (延期申报); the city rule covers payment (reading tax_deferral_covers_filing)",
            "延期申报；市级规定只适用于延期缴纳税款（解释口径 tax_deferral_covers_filing）")))
    if r.flag("tax_deferral_statutory_conditions"):
        rules_out.append((reqs.statutory_conditions_met.is_(False).default(False),
                          zh("the statutory conditions (符合法定条件) are not met", "不符合法定条件")))
        needs.append(reqs.statutory_conditions_met)
    # the requests are not selected with r.select, which reads an absent list as unknown: absent means none listed
    out = any_of(*(c for c, _ in rules_out)) if rules_out else const(False)
    for x in needs:
        r.need(if_(listed, reqs.all(out | x.defined()), True),
               zh("the kind, due date and months asked of each request", "每项申请的类型、原缴款期限和申请延期的月数"))
    r.settle()
    rules_out.append((~out & reqs.months_requested.eq(0), zh("no month of deferral asked for", "未申请延期月数")))
    for c, failed in rules_out:
        r.note(zh(f"✗ a request is ruled out: {failed}", f"✗ 一项申请被排除：{local(failed, 'zh')}"),
               when=if_(listed, reqs.any(c), False))
    covered = (~out & (reqs.months_requested > 0)).named(zh("covered request", "适用的申请"))
    r.require(if_(listed, reqs.any(covered), True), "", zh("no tax deferral request the rule covers",
                                                           "没有本规定适用的延期缴纳税款申请"))
    r.note(zh("✓ may apply (电子税务局) to defer paying tax " + limit, "✓ 可通过电子税务局申请延期缴纳税款，" + limit_zh),
           when=~listed)
    r.note(zh(f"✓ tax deferral request(s) covered, {limit}", f"✓ 延期缴纳税款申请适用，{limit_zh}"), when=listed)
    due = reqs.due_on
    asked = reqs.months_requested
    months = asked if cap is None else r.step(zh("months of deferral (最长不超过 3个月)", "延期月数（最长不超过 3个月）"), minimum(
        asked, r.n.max_months).named(zh("months of deferral", "延期月数"), "months"), where=covered)
    # the latest due date, month by month (the vocabulary adds a constant number of months to a date): up to the
    # maximum, or, with no maximum (丰台's wording), up to SHOWN_MONTHS; a longer deferral is shown as "+ N month(s)"
    top = cap or SHOWN_MONTHS
    latest = due.add_months(1)
    for k in range(2, top + 1):
        latest = if_(months.eq(k), due.add_months(k), latest)
    shown = (months <= top).named(zh("the latest due date is computed", "计算最晚缴款日期"))
    latest = r.step(zh("latest due date", "最晚缴款日期"), latest.named(zh("latest due date", "最晚缴款日期")),
                    where=covered & shown)
    r.effect("deferral", zh("{} → {} (latest date; the tax is not reduced; approval by the tax office)",
                            "{} → {}（最晚日期；税款不减免；由税务机关审批）"), due, latest, where=covered & shown)
    r.effect("deferral", zh("{} + {} month(s) (the tax is not reduced; approval by the tax office)",
                            "{} + {} 个月（税款不减免；由税务机关审批）"), due, months, where=covered & ~shown)
    r.effect("deferral", zh(limit + "; the tax is not reduced; approval by the tax office (依法办理)",
                            limit_zh + "；税款不减免；由税务机关审批（依法办理）"))
    r.pay(0)


# =====================================================================================================
# beijing.covid_patient_medical_cost_subsidy — 确诊和疑似患者医疗费用个人负担部分财政补助 (individual)
# =====================================================================================================
COVID_DONGCHENG = DONGCHENG_DZBF_2020_3.cite(
    "L2242-L2250",
    "33.对于确诊新型冠状病毒感染的肺炎患者发生的医疗费用，在基本医保、大病保险、医疗救助等按规定支付后，个人负担部分由财政给予"
    "补助，实施综合保障。疫情期间，对于卫生健康部门新型冠状病毒感染的肺炎诊疗方案确定的疑似患者医疗费用，在基本医保、大病保险、"
    "医疗救助等按规定支付后，个人负担部分由市级财政予以补助，所需资金由救治医院先行垫付，市级财政按实际发生费用据实结算。",
)
COVID_DONGCHENG_PROCEDURE = DONGCHENG_DZBF_2020_3.cite(
    "L2260-L2264",
    "确诊和疑似新型冠状病毒感染肺炎的患者（含非本市参保人员）在本市定点医疗机构发生的相关医疗费用，个人支付部分先由定点医疗机构记账。",
)
COVID_FENGTAI = FENGTAI_FT6.cite(
    "L3983-L3987",
    "15.落实新冠肺炎疫情期间市级相关政策，对于期间确诊和疑似感染新冠肺炎患者发生的医疗费用的个人负担部分由财政给予补助，并将符合"
    "卫生健康部门制定的新冠肺炎诊疗方案的药品和医疗服务项目临时性纳入医保支付范围。",
)
COVID_PARAMS = Params(
    share=Param(Decimal(1), "在基本医保、大病保险、医疗救助等按规定支付后，个人负担部分由财政给予补助",
                unit="share of the personal burden", note="the part the patient bears is what is subsidised",
                convention="个人负担部分由财政给予补助: the subsidy is the personal burden itself, the whole of it (the "
                           "text names the part subsidised, not a rate; 全额 appears only in an EXTERNAL copy of "
                           "京政办发〔2020〕5号)"),
)
COVID_READINGS = [
    Reading("covid_subsidy_extent", Literal["whole_burden", "unquantified"], "whole_burden",
            "'个人负担部分由财政给予补助': 'whole_burden' (default) — the subsidy is the personal burden itself, the part "
            "the text says public finance covers (the patient pays 0); 'unquantified' — '给予补助' does not say 全额 "
            "(丰台 L3985; 全额 appears only in an EXTERNAL copy of 京政办发〔2020〕5号), so the amount is left open."),
    Reading("covid_subsidy_includes_self_pay", bool, True,
            "Whether the personal burden includes items outside the insurance catalogue (自费, covid_patient."
            "self_pay_items). Default True: '个人负担部分' is everything the patient bears after the schemes; False "
            "subtracts them."),
    Reading("covid_subsidy_confirmed_in_period", bool, False,
            "Whether confirmed cases too must be treated in 疫情期间. Default False: 东城 (L2242-L2244) puts '疫情期间' on "
            "suspected cases only; True follows 丰台 (L3985 '期间确诊和疑似')."),
]


def covid_patient_medical_cost_subsidy(r: Rule) -> None:
    """The personal burden of a confirmed or suspected COVID-19 patient, after the insurance schemes, is subsidised."""
    n = r.n
    r.require(r.present("covid_patient"), "", zh("not a COVID-19 patient (covid_patient absent): an individual benefit",
                                                 "不是新冠肺炎患者（未填 covid_patient）：本项为个人补助"))
    p = r.fact.covid_patient
    dx = p.diagnosis
    r.require(dx.isin(("confirmed", "suspected")), "",
              zh("neither a confirmed nor a suspected COVID-19 case under the 诊疗方案", "按诊疗方案既不是确诊患者，也不是疑似患者"),
              unknown=zh("confirmed or suspected COVID-19 — not known", "是否确诊或疑似新冠肺炎 — 未知"))
    r.require(p.beijing_designated_hospital,
              zh("treated at a Beijing designated medical institution (本市定点医疗机构)", "在本市定点医疗机构就医"),
              zh("not treated at a Beijing designated medical institution (本市定点医疗机构)", "未在本市定点医疗机构就医"),
              unknown=zh("treated at a Beijing designated medical institution (本市定点医疗机构) — not known",
                         "是否在本市定点医疗机构就医 — 未知"))
    r.settle()
    period = Window(r.reading("epidemic_period_start"), r.reading("epidemic_period_end"))
    in_period = p.treated_from.within(period)
    words = (zh(f"treatment (疫情期间) starting {{}} is within {period}", f"治疗开始于 {{}}，在 {period}（疫情期间）内"),
             zh(f"treatment (疫情期间) starting {{}} is outside {period}", f"治疗开始于 {{}}，不在 {period}（疫情期间）内"))
    starting = zh("treatment (疫情期间) starting — not known", "治疗开始日期（疫情期间） — 未知")
    if r.flag("covid_subsidy_confirmed_in_period"):
        r.require(in_period, *words, unknown=starting)
    else:
        r.require(if_(dx.eq("suspected"), in_period, True), *words, unknown=starting, args=(p.treated_from,))
    self_pay = r.flag("covid_subsidy_includes_self_pay")
    paid = (p.basic_insurance_paid, p.critical_illness_paid, p.medical_assistance_paid, p.other_paid)
    for x in (p.total_cost, *paid, *(() if self_pay else (p.self_pay_items,))):
        r.need(x, zh(x.meta.path.split(".")[-1].replace("_", " "), COVID_FIGURES[x.meta.path.split(".")[-1]]))
    r.settle()
    schemes = (paid[0] + paid[1] + paid[2] + paid[3]).named(
        zh("paid by 基本医保 + 大病保险 + 医疗救助 + other schemes", "基本医保 + 大病保险 + 医疗救助 + 其他支付"), "yuan")
    burden = r.step(zh("personal burden", "个人负担部分"),
                    maximum(0, p.total_cost - schemes).named(zh("personal burden", "个人负担部分"), "yuan"))
    if not self_pay:
        burden = r.step(zh("less items outside the catalogue (自费)", "扣除目录外项目（自费）"),
                        maximum(0, burden - p.self_pay_items).named(
                            zh("personal burden within the catalogue", "目录内的个人负担部分"), "yuan"))
    for who, who_zh, pays in (("confirmed", "确诊", "财政"), ("suspected", "疑似", "市级财政")):
        r.note(zh(f"✓ {who} COVID-19 patient; the personal burden is subsidised ({pays}; the hospital advances it)",
                  f"✓ {who_zh}患者；个人负担部分由{pays}给予补助（救治医院先行垫付）"), when=dx.eq(who))
    r.effect("settlement", zh("booked by the designated hospital (记账), settled by public finance; the patient pays 0",
                              "由定点医疗机构记账，财政结算；患者个人支付 0"))
    if r.choose("covid_subsidy_extent", {"whole_burden": False, "unquantified": True}):
        r.unquantified(zh("'给予补助' without 全额 (reading covid_subsidy_extent='unquantified'): the share is not fixed",
                          "“给予补助”未写全额（解释口径 covid_subsidy_extent='unquantified'）：补助比例未定"),
                       ["assumptions.covid_subsidy_extent"])
        return
    r.pay(r.step(zh("subsidy = the personal burden", "补助 = 个人负担部分"),
                 (n.share * burden).named(zh("subsidy", "补助"), "yuan")))


# =====================================================================================================
# beijing.ice_snow_venue_utility_subsidy — 受疫情影响滑冰滑雪场所适当额度用水用电补贴
# =====================================================================================================
ICE_FANGSHAN_LEAD = FANGSHAN_F1.cite(
    "L5623-L5625",
    "切实抓好冰雪体育企业“延迟缴纳社会保险费”“对受疫情影响的滑冰滑雪场所给予适当额度用水用电补贴”等政策有效落实。",
)
ICE_FANGSHAN = FANGSHAN_F1.cite(
    "L5637-L5650",
    "二、关于滑冰滑雪场所水电补贴政策根据 《北京市体育局关于申请受疫情影响滑冰滑雪场所水电补贴的征集公告》要求，符合补贴条件的"
    "滑冰滑雪运动项目经营单位填报《北京市受疫情影响滑冰滑雪经营单位水电补贴申请表》（见附件 1），同时提供以下材料的复印件加盖公司"
    "公章：营业执照、许可证（滑雪场所）及 2017、2018、2019 连续 3 年缴纳企业所得税票据。2020 年 2 月 24 前将上述申报材料报送至"
    "区体育局市场科，逾期视为自动放弃申请。相关单位要如实填报有关申报信息，如果出现虚假信息，一经查实将取消补贴资格，并纳入本市体育"
    "市场黑名单。",
)
ICE_DONGCHENG = DONGCHENG_DZBF_2020_3.cite(
    "L1814-L1820",
    "14.落实市级对受疫情影响的滑冰滑雪场所给予适当额度用水用电补贴政策。积极向文旅企业宣传市政府补贴政策及方式。（责任单位：区体育局、"
    "文旅局）具体流程：相关体育企业按照市体育局官网“北京市体育局关于申请受疫情影响滑冰滑雪场所水电补贴的征集公告”的实施办法进行申报，"
    "区体育局按照相关职责执行。",
)
ICE_FENGTAI = FENGTAI_FT6.cite("L3887-L3889", "6.监督指导体育冰雪场所逐步恢复经营，协助受疫情影响滑冰滑雪场所申请水电补贴。")
ICE_PARAMS = Params(
    deadline=Param(date(2020, 2, 24), "2020 年 2 月 24 前将上述申报材料报送至区体育局市场科，逾期视为自动放弃申请",
                   note="房山's collection deadline (区体育局市场科); '前': see ice_snow_deadline_inclusive",
                   literal="2020 年 2 月 24 前"),
    cit_years=Param((2017, 2018, 2019), "2017、2018、2019 连续 3 年缴纳企业所得税票据", unit="years",
                    literal=("2017", "2018", "2019")),
)
ICE_READINGS = [
    Reading("ice_snow_utility_rate_ice_per_m2", NonNegative | None, None,
            "Yuan per m² of ice surface (冰面面积) for the '适当额度' subsidy, which the seed does not quantify. Default "
            "None: the amount is unquantified. EXTERNAL, not in the seed: the later 市体育局 notice 京体产业字〔2020〕20号 "
            "(2020-06-09) set 120 yuan/m² for the venues it confirmed (ERRATA_04_06 finding 10)."),
    Reading("ice_snow_utility_rate_snow_per_m2", NonNegative | None, None,
            "Yuan per m² of ski run (雪道面积) for the '适当额度' subsidy. Default None: unquantified. EXTERNAL, not in the "
            "seed: 京体产业字〔2020〕20号 set 5 yuan/m²."),
    Reading("ice_snow_deadline_inclusive", bool, True,
            "'2020 年 2 月 24 前': whether an application submitted on 2020-02-24 itself is in time. Default True (the "
            "usual reading of 'X日前报送' in a collection notice); False: only up to 2020-02-23."),
    Reading("ice_snow_deadline_citywide", bool, False,
            "Whether 房山's collection deadline (区体育局市场科, L5646-L5648) binds venues in other districts. Default "
            "False: it is 房山's district collection; 东城 (L1818) sends its venues to the 市体育局 notice, whose "
            "deadline is not in the seed."),
]


ICE_RATES = {"ice": "ice_snow_utility_rate_ice_per_m2", "snow": "ice_snow_utility_rate_snow_per_m2"}


def ice_snow_venue_utility_subsidy(r: Rule) -> None:
    """A water and electricity subsidy of an 'appropriate amount' for ice and snow venues affected by the epidemic."""
    r.require(r.present("ice_snow_venue"), "", zh("not an ice rink or ski venue operator (ice_snow_venue absent)",
                                                  "不是滑冰滑雪场所经营单位（未填 ice_snow_venue）"))
    v = r.fact.ice_snow_venue
    affected(r)
    kind = v.kind
    r.need(kind, zh("ice rink or ski venue", "滑冰场所或滑雪场所"))
    r.require(if_(kind.eq("snow"), v.ski_permit, True), "", zh("no 许可证（滑雪场所） (ski-venue permit)", "没有许可证（滑雪场所）"),
              unknown=zh("holds the 许可证（滑雪场所） — not known", "是否持有许可证（滑雪场所） — 未知"))
    r.note(zh("✓ holds the 许可证（滑雪场所）", "✓ 持有许可证（滑雪场所）"),
           when=kind.eq("snow").default(False) & v.ski_permit.default(False))
    r.require(v.cit_receipts_2017_2019,
              zh("enterprise income tax paid 2017, 2018 and 2019 (连续 3 年缴纳企业所得税票据)", "有 2017、2018、2019 连续 3 年缴纳企业所得税票据"),
              zh("no enterprise income-tax receipts for all of 2017–2019 (连续 3 年), a required material",
                 "没有 2017–2019 连续 3 年缴纳企业所得税票据（申报必需的材料）"),
              unknown=zh("enterprise income tax paid 2017, 2018 and 2019 — not known",
                         "是否有 2017、2018、2019 连续 3 年缴纳企业所得税票据 — 未知"))
    last = r.value("deadline") if r.flag("ice_snow_deadline_inclusive") else add_days(r.value("deadline"), -1)
    deadline = (r.fact.district.eq("fangshan").default(False) | r.flag("ice_snow_deadline_citywide")).named(
        zh("房山's collection deadline applies", "适用房山的申报截止日期"))
    r.require(if_(deadline, v.applied_on <= last, True),
              "", zh(f"materials submitted (2020 年 2 月 24 前; 逾期视为自动放弃) {{}} is after {last}",
                     f"申报材料于 {{}} 报送，晚于 {last}（2020 年 2 月 24 前；逾期视为自动放弃）"),
              unknown=zh("materials submitted (2020 年 2 月 24 前; 逾期视为自动放弃) — not known",
                         "申报材料报送日期（2020 年 2 月 24 前；逾期视为自动放弃） — 未知"), args=(v.applied_on,))
    r.note(zh(f"✓ materials submitted {{}}, by {last} (2020 年 2 月 24 前; 逾期视为自动放弃)",
              f"✓ 申报材料于 {{}} 报送，不晚于 {last}（2020 年 2 月 24 前；逾期视为自动放弃）"),
           when=deadline & (v.applied_on <= last).default(False), args=(v.applied_on,))
    r.settle()
    for k, words, words_zh in (("ice", "ice rink", "滑冰场所"), ("snow", "ski venue", "滑雪场所")):
        r.note(zh(f"✓ {words} affected by the epidemic, with the required materials", f"✓ 受疫情影响的{words_zh}，材料齐全"),
               when=kind.eq(k))
    r.effect("apply", zh("application form and materials per the 市体育局 征集公告 (房山: to 区体育局市场科 by 2020-02-24); "
                         "false information cancels the subsidy and blacklists the firm",
                         "按市体育局征集公告填报申请表并提供材料（房山：2020-02-24 前报送区体育局市场科）；出现虚假信息的，"
                         "取消补贴资格，并纳入本市体育市场黑名单"))
    rates = {k: r.reading(name) for k, name in ICE_RATES.items()}
    rate = {k: None if x is None else const(x).named(zh(f"assumptions.{ICE_RATES[k]} (EXTERNAL)",
                                                        f"assumptions.{ICE_RATES[k]}（外部资料）"), "yuan")
            for k, x in rates.items()}
    ice = kind.eq("ice")
    supplied = [c for k, c in (("ice", ice), ("snow", ~ice)) if rate[k] is not None]
    quantified = any_of(*supplied) if supplied else const(False)
    area = v.area_m2.named(zh("ice surface or ski-run area (m²)", "冰面面积或雪道面积（m²）"))
    r.need(if_(quantified, area, 0), zh("ice surface or ski-run area (m²)", "冰面面积或雪道面积（m²）"))
    r.settle()
    per_m2 = {k: 0 if x is None else x * area for k, x in rate.items()}
    amount = if_(ice, per_m2["ice"], per_m2["snow"]).named(zh("subsidy", "补贴"), "yuan")
    r.pay(r.step(zh("subsidy", "补贴"), amount) if supplied else amount)
    for k, cond in (("ice", ice), ("snow", ~ice)):
        if rate[k] is None:
            r.incomplete(zh(f"the text sets no amount ('适当额度用水用电补贴'); supply assumptions.{ICE_RATES[k]}",
                            f"文件未规定金额（“适当额度用水用电补贴”）；请提供 assumptions.{ICE_RATES[k]}"),
                         [f"assumptions.{ICE_RATES[k]}"], when=cond)


# =====================================================================================================
# beijing.soe_rent_reduction_feb — 京内市及区属国有企业房产: 免收 2月份房租 / 2月份租金 50%的减免
# =====================================================================================================
SOE_RENT_SOURCE = FANGSHAN_F1.cite(
    "L5652-L5662",
    "三、关于减免中小微企业房租政策根据京政办发〔2020〕7 号文件和市国资委《关于落实京政办发〔2020〕7 号文减免中小微企业房租的通知》"
    "要求，中小微企业承租京内市及区属国有企业房产从事生产经营活动，按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员的，"
    "免收 2月份房租；承租用于办公用房的，给予 2月份租金 50%的减免。对承租其他经营用房的，鼓励业主(房东)为租户减免租金，具体由"
    "双方协商解决。",
)
SOE_RENT_PARAMS = Params(
    business_share=Param(Decimal(1), "从事生产经营活动，按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员的，免收 2月份房租",
                         unit="share of February rent (production and business use)", literal="免收"),
    office_share=Param(Decimal("0.50"), "承租用于办公用房的，给予 2月份租金 50%的减免", unit="share of February rent (offices)",
                       literal="50%"),
    month=Param(FEBRUARY_2020, "免收 2月份房租", note="February 2020 (29 days); that month's rent only", literal="2月份"),
)
SOE_RENT_PREMISES = Reading(
    "soe_rent_premises_test", Literal["in_beijing", "landlord_only"], "in_beijing",
    "'京内市及区属国有企业房产': 'in_beijing' (default) — the premises lie within Beijing (大兴's definition of 京内, "
    "L5276 '位于北京市行政辖区内'; leases.N.premises_in_beijing) and belong to a city or district SOE; "
    "'landlord_only' — 京内 qualifies the SOEs (Beijing's own), wherever the premises are.",
)
SOE_LANDLORDS = ("city_soe", "district_soe")
INSTITUTION_LEVELS = {"city": "市属", "district": "区属", "central": "中央"}


def not_an_institution(leases: Items) -> list[tuple[Node, str]]:
    """A 事业单位 landlord (institution), whatever its level (leases.N.landlord_level), is outside the city rule: the
    sentence names SOE premises only; the conditions with the words of each level."""
    institution = leases.landlord.eq("institution")
    why = ("事业单位 (institution), not a 市属 or 区属国有企业: the city rule names SOE premises only (京内市及区属国有企业房产); "
           "other premises are left to negotiation (对承租其他经营用房的…由双方协商解决)")
    why_zh = "事业单位，不是市属或区属国有企业：市级规定只适用于京内市及区属国有企业房产；其他经营用房由双方协商解决（对承租其他经营用房的…由双方协商解决）"
    out = [(~(institution & leases.landlord_level.eq(level).default(False)),
            zh(f"landlord a {name}{why}", f"出租方为{name}{why_zh}")) for level, name in INSTITUTION_LEVELS.items()]
    return [*out, (~(institution & ~leases.landlord_level.known()), zh(f"landlord a {why}", f"出租方为{why_zh}"))]


def soe_rent_reduction_feb(r: Rule) -> None:
    """February 2020 rent of leases from city or district SOEs: waived (production/business use, kept open or
    closed by the rules, no or few lay-offs) or halved (offices), each lease for its own days in February."""
    r.require(r.size().isin(SME_SIZES), SIZE_MET, SIZE_FAILED)
    leases = r.items("leases")
    r.require(leases.given, "", "", unknown=zh("the firm's leases — not known", "企业的租约 — 未知"))
    r.settle()
    month: Window = r.value("month")
    landlord = leases.landlord
    conds = [*not_an_institution(leases),
             (landlord.isin(SOE_LANDLORDS) | landlord.eq("institution"),
              zh("landlord {}, not a 市属 or 区属国有企业", "出租方 {}，不是市属或区属国有企业"))]
    needs = [leases.use, leases.monthly_rent]
    if r.choose("soe_rent_premises_test", {"in_beijing": True, "landlord_only": False}):
        # false rules the lease out; unknown is a fact needed (after the rent, in the order the facts are asked)
        conds.append((leases.premises_in_beijing.default(True), zh("premises outside Beijing (京内)", "房产不在京内")))
        needs.append(leases.premises_in_beijing)
    candidates = r.select(
        leases, *conds, *in_force(leases, month), needs=needs, label=zh("lease", "租约"),
    ).named(zh("lease of 京内 premises from a city or district SOE", "承租京内市及区属国有企业房产的租约"))
    r.settle()
    r.require(leases.any(candidates), "", zh(
        "no lease of 京内 premises from a city or district SOE (市及区属国有企业) in force in February 2020",
        "没有 2020年 2月有效的承租京内市及区属国有企业房产的租约"))
    relieved, share = february_tiers(r, leases, candidates, office_conditions=r.flag("office_requires_no_layoff"))
    rent = month_rent(r, leases, month, relieved)
    relief = tier_relief(r, leases, share, rent, relieved, zh("免收 2月份房租", "免收 2月份房租"),
                         zh("2月份租金 50%的减免", "2月份租金 50%的减免"))
    pay_leases(r, leases, relief, relieved, zh("no lease meets its tier's conditions", "没有租约符合所属档次的条件"),
               zh("lease(s) from a city or district SOE (京内市及区属国有企业)", "承租京内市及区属国有企业房产的租约"),
               apply=zh("to the SOE landlord with the lease; the reduction is granted by the landlord",
                        "持租约向国有企业出租方申请；由出租方给予减免"))


# =====================================================================================================
# beijing.zgc_small_firm_rd_subsidy — 补贴小微企业研发成本 (中关村 programme, relayed by 东城 D4 item 8)
# =====================================================================================================
ZGC_SOURCE = DONGCHENG_DZBF_2020_3.cite(
    "L1672-L1686",
    "8.补贴小微企业研发成本。落实《中关村国家自主创新示范区提升创新能力优化创新环境支持资金管理办法》，支持成立时间在 5年（含）以内，"
    "从业人员 100人（含）以下，上一年度研发费用 20万元（含）以上，营业收入 1000 万元（含）以下的中关村高新技术企业（或注册在示范区"
    "内的国高新企业），根据企业上一年度研发费用支出额度按一定标准给予补助。其中，企业上一年研发费用支出额在 20万元（含）至 100万元的，"
    "按支出额的5%给予补助；企业上一年研发费用支出额高于 100万元（含）、不足 500万元的，按照每家不超过 10万元给予补助；企业上一年研发"
    "费用支出额高于 500万元（含）的，按照每家不超过 20万元给予补助。（责任单位：东城园管委会）",
)
ZGC_PROCEDURE = DONGCHENG_DZBF_2020_3.cite("L1690", "（1）中关村管委会计划于 2月下旬网上发布征集公告；")
ZGC_PARAMS = Params(
    max_age_years=Param(5, "成立时间在 5年（含）以内", unit="years", note="含: 5 years included", literal="5年"),
    max_employees=Param(100, "从业人员 100人（含）以下", unit="persons", note="含: 100 included", literal="100人"),
    min_rd=Param(Decimal(200000), "上一年度研发费用 20万元（含）以上", unit="yuan", note="含: 200,000 included",
                 literal="20万元"),
    max_revenue=Param(Decimal(10000000), "营业收入 1000 万元（含）以下", unit="yuan", note="含: 10,000,000 included",
                      literal="1000 万元"),
    rate=Param(Decimal("0.05"), "企业上一年研发费用支出额在 20万元（含）至 100万元的，按支出额的5%给予补助",
               unit="share of 2019 R&D", note="tier 1: 200,000 ≤ R < 1,000,000 (100万 belongs to tier 2's （含）)",
               literal="5%"),
    tier2_from=Param(Decimal(1000000), "高于 100万元（含）、不足 500万元的", unit="yuan", note="（含）: ≥ 1,000,000",
                     literal="100万元"),
    tier2_cap=Param(Decimal(100000), "按照每家不超过 10万元给予补助", unit="yuan per firm", literal="10万元"),
    tier3_from=Param(Decimal(5000000), "企业上一年研发费用支出额高于 500万元（含）的", unit="yuan", note="（含）: ≥ 5,000,000",
                     literal="500万元"),
    tier3_cap=Param(Decimal(200000), "按照每家不超过 20万元给予补助", unit="yuan per firm", literal="20万元"),
    call=Param(date(2020, 2, 29), "中关村管委会计划于 2月下旬网上发布征集公告",
               note="the last day of 2月下旬 2020: the reference day of the age test under the default reading",
               literal="2月下旬"),
    prior_year_end=Param(date(2019, 12, 31), "上一年度研发费用",
                         note="the last day of 上一年度 (2019), the reference day under zgc_rd_age_reference=end_of_2019",
                         convention="上一年度 is 2019, the year before the 2020 call; its last day is 2019-12-31"),
)
ZGC_READINGS = [
    Reading("zgc_rd_tier_cap_mode", Literal["up_to_cap", "fixed_at_cap"], "up_to_cap",
            "Tiers 2 and 3 say '每家不超过 10万元 / 20万元' with no formula: 'up_to_cap' (default, the literal words) — "
            "a range 0 … cap whose point is 0 unless the profile gives the grant assessed (zgc_rd_subsidy_assessed); "
            "'fixed_at_cap' — the cap itself (catalog 02 ambiguity a)."),
    Reading("zgc_rd_limited_to_dongcheng_park", bool, False,
            "Whether only firms of 东城园 qualify (the item is 东城's, its responsible unit 东城园管委会). Default False: "
            "it is a 中关村 (city-level) programme open to any firm of the demonstration zone (ERRATA_01_03 R12)."),
    Reading("zgc_rd_age_reference", Literal["call_2020_02", "end_of_2019"], "call_2020_02",
            "The day '成立时间在 5年（含）以内' is measured at: 'call_2020_02' (default) — 2020-02-29, the end of 2月下旬 "
            "when the call was to be published (the application); 'end_of_2019' — 2019-12-31, the end of the year "
            "whose R&D is counted."),
]


def zgc_small_firm_rd_subsidy(r: Rule) -> None:
    """5% of 2019 R&D (200,000 ≤ R < 1,000,000), up to 100,000 (R < 5,000,000) or up to 200,000, for young small
    中关村 high-tech firms."""
    n, f = r.n, r.fact
    q = f.qualifications
    r.require(q.zgc_high_tech_enterprise | (q.high_tech_enterprise & q.in_zgc_zone),
              zh("中关村高新技术企业 (or 国高新 registered in the 示范区: 注册在示范区内的国高新企业)",
                 "中关村高新技术企业（或注册在示范区内的国高新企业）"),
              zh("neither a 中关村高新技术企业 nor a 国高新 registered in the 中关村 示范区",
                 "既不是中关村高新技术企业，也不是注册在中关村示范区内的国高新企业"),
              unknown=zh("中关村高新技术企业 (or 国高新 in the 示范区) — not known",
                         "是否中关村高新技术企业（或注册在示范区内的国高新企业） — 未知"))
    if r.flag("zgc_rd_limited_to_dongcheng_park"):
        r.require(f.district.eq("dongcheng"), zh("a 东城 (东城园) firm", "东城园企业"),
                  zh("not a 东城园 firm (registered in {}; reading zgc_rd_limited_to_dongcheng_park)",
                     "不是东城园企业（注册在 {}；解释口径 zgc_rd_limited_to_dongcheng_park）"))
    ref = r.choose("zgc_rd_age_reference", {"call_2020_02": "call", "end_of_2019": "prior_year_end"})
    oldest = add_years(r.value(ref), -r.value("max_age_years"))
    r.require(f.established_on >= oldest, zh(f"established {{}}, within 5 years (含) of {r.value(ref)}",
                                             f"成立于 {{}}，在 {r.value(ref)} 前 5年（含）以内"),
              zh(f"established {{}}, more than 5 years before {r.value(ref)} (成立时间在 5年（含）以内 not met)",
                 f"成立于 {{}}，早于 {r.value(ref)} 前 5 年（不符合成立时间在 5年（含）以内）"))
    r.require(f.employees <= n.max_employees, zh("employees {} ≤ {} (含)", "从业人员 {} ≤ {}（含）"),
              zh("{} employees > {} (从业人员 100人（含）以下 not met)", "从业人员 {} > {}（不符合从业人员 100人（含）以下）"))
    r.require(f.revenue <= n.max_revenue, zh("revenue {} ≤ {} (含)", "营业收入 {} ≤ {}（含）"),
              zh("revenue {} > {} (营业收入 1000 万元（含）以下 not met)", "营业收入 {} > {}（不符合营业收入 1000 万元（含）以下）"))
    rd = f.rd_expense_2019.named(zh("2019 R&D", "2019 年研发费用"), "yuan")
    r.require(rd >= n.min_rd, zh("2019 R&D {} ≥ {} (含)", "2019 年研发费用 {} ≥ {}（含）"),
              zh("2019 R&D {} < {} (研发费用 20万元（含）以上 not met)", "2019 年研发费用 {} < {}（不符合研发费用 20万元（含）以上）"))
    r.settle()
    r.effect("apply", zh("online on the 中关村企业统一申报服务平台 after the call (2月下旬); 中关村管委会 reviews and pays",
                         "征集公告发布（2月下旬）后在中关村企业统一申报服务平台网上申报；中关村管委会审核并拨付"))
    tier1 = (rd < n.tier2_from).named(zh("tier 1", "第 1 档"))
    tier2 = (~tier1 & (rd < n.tier3_from)).named(zh("tier 2", "第 2 档"))
    t1, t2, t3 = (yuan(r.value(x)) for x in ("min_rd", "tier2_from", "tier3_from"))
    c2, c3 = yuan(r.value("tier2_cap")), yuan(r.value("tier3_cap"))
    r.note(zh(f"tier 1 ({t1} ≤ R < {t2}): 5% of 2019 R&D (按支出额的5%给予补助)",
              f"第 1 档（{t1} ≤ R < {t2}）：2019 年研发费用的 5%（按支出额的5%给予补助）"), when=tier1)
    r.note(zh(f"tier 2 ({t2} ≤ R < {t3}): 每家不超过 {c2}", f"第 2 档（{t2} ≤ R < {t3}）：每家不超过 {c2}"), when=tier2)
    r.note(zh(f"tier 3 (R ≥ {t3}): 每家不超过 {c3}", f"第 3 档（R ≥ {t3}）：每家不超过 {c3}"), when=~tier1 & ~tier2)
    cap = if_(rd < n.tier3_from, n.tier2_cap, n.tier3_cap).named(zh("cap of the tier (每家不超过)", "本档上限（每家不超过）"),
                                                                "yuan")
    assessed = f.zgc_rd_subsidy_assessed.named(zh("grant assessed by the 中关村管委会", "中关村管委会核定的补助"), "yuan")
    given = assessed.known()
    r.note(zh("the grant assessed by the 中关村管委会 (zgc_rd_subsidy_assessed), at most the cap",
              "中关村管委会核定的补助（zgc_rd_subsidy_assessed），不超过本档上限"), when=~tier1 & given)
    if r.choose("zgc_rd_tier_cap_mode", {"up_to_cap": False, "fixed_at_cap": True}):
        r.note(zh("每家不超过 read as the amount (reading zgc_rd_tier_cap_mode=fixed_at_cap)",
                  "每家不超过 按补助金额理解（解释口径 zgc_rd_tier_cap_mode=fixed_at_cap）"), when=~tier1 & ~given)
        rest = cap
    else:
        r.note(zh("每家不超过 and no formula: range 0.00 – the cap, point 0.00 until the grant assessed is given "
                  "(zgc_rd_subsidy_assessed)",
                  "只规定每家不超过，没有计算公式：区间 0.00 – 本档上限，提供核定的补助（zgc_rd_subsidy_assessed）前取 0.00"),
               when=~tier1 & ~given)
        rest = const(0)
    point = r.step(zh("subsidy", "补助"), if_(tier1, n.rate * rd, if_(given, minimum(assessed, cap), rest)).named(
        zh("subsidy", "补助"), "yuan"))
    high = if_(tier1, point, if_(given, point, cap)).named(zh("subsidy, high", "补助（高值）"), "yuan")
    r.pay(point, low=point, high=high)


# =====================================================================================================
# The catalog entries of this module
# =====================================================================================================
MEASURES = [
    Measure(
        id="beijing.special_equipment_inspection_fee_waiver",
        district="beijing",
        title_zh="停征特种设备检验费",
        title_en="Special-equipment inspection fees not charged to heavily affected SMEs (from 2020-02-05, 疫情期间)",
        kind="fee_waiver",
        beneficiary="enterprise",
        sources=(FEE_XICHENG, SPECIAL_DONGCHENG, FEE_CHAOYANG, FEE_FENGTAI),
        rule=special_equipment_inspection_fee_waiver,
        params=SPECIAL_PARAMS,
        readings=("epidemic_period_end", "fee_waiver_date_basis", "fee_waiver_straddle",
                  *(r.name for r in SPECIAL_READINGS)),
        aliases=("xicheng.special_equipment_inspection_fee_waiver", "dongcheng.special_equipment_inspection_fee_waiver",
                 "chaoyang.special_equipment_inspection_fee_waiver", "fengtai.admin_fee_suspension"),
        summary="100% of special-equipment inspection fees arising 2020-02-05 … end of 疫情期间 (amount when fees given)",
        notes=("fengtai.admin_fee_suspension (item 19) bundles the three fees; it resolves to this, the first it names "
               "(README 'Decisions'); its sewage and road parts are waived by the sister measures.",),
    ),
    Measure(
        id="beijing.sewage_treatment_fee_waiver",
        district="beijing",
        title_zh="停征污水处理费",
        title_en="Sewage-treatment fees of the epidemic period not charged to heavily affected SMEs",
        kind="fee_waiver",
        beneficiary="enterprise",
        sources=(FEE_XICHENG, SEWAGE_DONGCHENG, FEE_CHAOYANG, FEE_FENGTAI, SEWAGE_DAXING),
        rule=sewage_treatment_fee_waiver,
        params=SEWAGE_PARAMS,
        readings=("epidemic_period_start", "epidemic_period_end", "fee_waiver_date_basis", "fee_waiver_straddle",
                  *(r.name for r in SEWAGE_READINGS)),
        aliases=("xicheng.sewage_treatment_fee_waiver", "chaoyang.sewage_treatment_fee_waiver",
                 "dongcheng.sewage_and_admin_fee_waiver", "daxing.sewage_fee_suspension"),
        summary="100% of sewage-treatment fees for 2020-02-05 … end of 疫情期间 (amount when fees given)",
        notes=("dongcheng.sewage_and_admin_fee_waiver ('污水处理费等部分行政事业性收费') resolves here, the first fee it "
               "names; its unnamed other fees are the reading sewage_waiver_other_admin_fees.",),
    ),
    Measure(
        id="beijing.road_occupation_fee_waiver",
        district="beijing",
        title_zh="停征占道费",
        title_en="Road-occupation fees not charged to heavily affected SMEs (2020-02-05 to the end of 疫情期间)",
        kind="fee_waiver",
        beneficiary="enterprise",
        sources=(FEE_XICHENG, ROAD_DONGCHENG, FEE_CHAOYANG, FEE_FENGTAI, ROAD_TONGZHOU, ROAD_DAXING,
                 ROAD_DAXING_SCOPE, ROAD_DAXING_EXTENSION),
        rule=road_occupation_fee_waiver,
        params=ROAD_PARAMS,
        readings=("epidemic_period_end", "fee_waiver_date_basis", "fee_waiver_straddle",
                  *(r.name for r in ROAD_READINGS)),
        aliases=("xicheng.road_occupation_fee_waiver", "dongcheng.road_occupation_fee_waiver",
                 "chaoyang.road_occupation_fee_waiver", "tongzhou.road_occupation_fee_suspension",
                 "daxing.road_occupation_fee_suspension"),
        apply_note="with the road-occupation permit application and proof of SME status",
        summary="100% of 占道费 for occupation days 2020-02-05 … epidemic_period_end (default 2020-12-31)",
        notes=("'可免征' (东城): the waiver is the most the text allows; the authority decides.",
               "大兴: an extension past 11-15 bears 0.5× the winter restoration fee (冬季掘路恢复费) even for a waived "
               "SME; a charge, never part of the relief.",
               "通州's notice lapses early if the district's emergency response ends: set epidemic_period_end."),
    ),
    Measure(
        id="beijing.tax_payment_deferral",
        district="beijing",
        title_zh="延期缴纳税款（最长不超过3个月）",
        title_en="Tax payment deferral of up to three months for SMEs in epidemic-related difficulty",
        kind="deferral",
        beneficiary="enterprise",
        sources=(TAX_XICHENG, TAX_DONGCHENG, TAX_DONGCHENG_PROCEDURE, TAX_CHAOYANG, TAX_FENGTAI),
        rule=tax_payment_deferral,
        params=TAX_PARAMS,
        readings=tuple(r.name for r in TAX_READINGS),
        aliases=("xicheng.tax_payment_deferral", "dongcheng.tax_payment_deferral",
                 "chaoyang.tax_filing_and_payment_deferral"),
        apply_note="online (电子税务局); approved by the tax office (依法办理)",
        summary="deferral: new due date ≤ original due date + 3 months; the tax is not reduced (relief is time)",
        notes=("定期定额 individual businesses (quota adjustment, simplified suspension) are not enterprises and are not "
               "covered here.",),
    ),
    Measure(
        id="beijing.covid_patient_medical_cost_subsidy",
        district="beijing",
        title_zh="确诊和疑似患者医疗费用个人负担部分财政补助",
        title_en="COVID-19 patients (confirmed or suspected): the personal burden after insurance is paid by public finance",
        kind="fee_subsidy",
        beneficiary="individual",
        sources=(COVID_DONGCHENG, COVID_DONGCHENG_PROCEDURE, COVID_FENGTAI),
        rule=covid_patient_medical_cost_subsidy,
        params=COVID_PARAMS,
        readings=("epidemic_period_start", "epidemic_period_end", *(r.name for r in COVID_READINGS)),
        aliases=("dongcheng.covid_patient_medical_cost_subsidy", "fengtai.covid_medical_cost_subsidy"),
        summary="total cost − (basic insurance + critical illness + medical assistance + other) for confirmed or "
                "suspected patients (suspected: 疫情期间)",
        notes=("丰台: COVID-19 drugs and services are temporarily within insurance coverage, which lowers the burden.",
               "A suspected case counts when its treatment starts in 疫情期间 (covid_patient.treated_from); the costs "
               "have no unit of time in the texts, so they are not split by date.",
               "Non-Beijing-insured patients treated in Beijing are included (含非本市参保人员)."),
    ),
    Measure(
        id="beijing.ice_snow_venue_utility_subsidy",
        district="beijing",
        title_zh="受疫情影响滑冰滑雪场所用水用电补贴",
        title_en="Water and electricity subsidy ('适当额度', amount not in the seed) for ice rinks and ski venues",
        kind="cash_grant",
        beneficiary="enterprise",
        sources=(ICE_FANGSHAN_LEAD, ICE_FANGSHAN, ICE_DONGCHENG, ICE_FENGTAI),
        rule=ice_snow_venue_utility_subsidy,
        params=ICE_PARAMS,
        readings=tuple(r.name for r in ICE_READINGS),
        aliases=("fangshan.ice_snow_venue_utility_subsidy",),
        summary="eligible venues; amount unquantified ('适当额度') unless a yuan/m² rate is supplied as a reading",
    ),
    Measure(
        id="beijing.soe_rent_reduction_feb",
        district="beijing",
        title_zh="承租京内市及区属国有企业房产减免2月份房租",
        title_en="February 2020 rent from city or district SOEs: waived (production/business use) or halved (offices)",
        kind="rent_reduction",
        beneficiary="enterprise",
        sources=(SOE_RENT_SOURCE,),
        rule=soe_rent_reduction_feb,
        params=SOE_RENT_PARAMS,
        readings=(SOE_RENT_PREMISES, "office_requires_no_layoff", "soe_rent_feb_partial_month",
                  "soe_rent_one_level_scope"),
        aliases=("fangshan.soe_rent_reduction_feb",),
        summary="Σ leases from 市及区属国有企业: 100% (business, open/closed per rules, no or few lay-offs) or 50% "
                "(office) × February 2020 rent",
        notes=("Other landlords (其他经营用房) are only encouraged to reduce rent, by agreement: no amount. A 事业单位 "
               "landlord, 市属 or 区属 (leases.N.landlord_level), is one of them: the sentence names SOE premises only.",
               "A lease in force for part of February counts for its days in it (monthly rent × days / 29; reading "
               "soe_rent_feb_partial_month); a lease not in force in February at all counts for nothing.",
               "District restatements for their own SOEs are district measures, exclusive with this one (their "
               "modules declare the rules): one February rent is relieved once.",
               "Mixed-use premises: enter the production and the office parts as two leases."),
    ),
    Measure(
        id="beijing.zgc_small_firm_rd_subsidy",
        district="beijing",
        title_zh="补贴小微企业研发成本（中关村）",
        title_en="ZGC R&D-cost subsidy for young small high-tech firms: 5% of 2019 R&D, or up to 100,000 / 200,000",
        kind="cash_grant",
        beneficiary="enterprise",
        sources=(ZGC_SOURCE, ZGC_PROCEDURE),
        rule=zgc_small_firm_rd_subsidy,
        params=ZGC_PARAMS,
        readings=tuple(r.name for r in ZGC_READINGS),
        aliases=("dongcheng.zgc_small_firm_rd_subsidy",),
        summary="R = 2019 R&D: 5% × R (200,000 ≤ R < 1,000,000); ≤ 100,000 (R < 5,000,000); ≤ 200,000 (R ≥ 5,000,000)",
    ),
]

READINGS = [*FEE_READINGS, *SPECIAL_READINGS, *SEWAGE_READINGS, *ROAD_READINGS, *TAX_READINGS, *COVID_READINGS,
            *ICE_READINGS, *ZGC_READINGS]

# No rule among this module's measures: each pays for a different fee, tax, cost or rent, and each city rule is one
# measure whatever the number of restatements (the restating district ids are aliases, so nothing is paid twice).
# The February-rent rule's exclusivity with the district SOE-rent measures (一份房租只减一次; README "Decisions",
# ERRATA_04_06 finding 7) is declared by each district module against beijing.soe_rent_reduction_feb.
STACKING: list[StackingRule] = []
