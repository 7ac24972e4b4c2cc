"""门头沟区: 《门头沟区人力社保局应对新型冠状病毒感染的肺炎疫情影响支持中小微企业发展服务包》 (2020-02-18).

The district hiring subsidies are open to any employer in Beijing ("本市行政区域内的企业、民办非企业单位")
that hires 门头沟's labour force, so their territory is ``beijing`` and the hires' ``hukou_district`` is
what must be 门头沟. The district job and SI subsidy of 一(二) names no employer district either; it has the same
territory.

门头沟's own measures: 一(二) ``mentougou.hire_subsidy_district.non_difficult_labor`` and 四 (the scale-hiring and
military-spouse one-off job subsidies). Every other item of the service package (M1) and the 社保中心 notice (M2)
restates a city rule and is an alias of a ``beijing.*`` measure (ERRATA_04_06 findings 1–4, 12–15): the hire
subsidies of 一(一), the hardship UI refund, the one-off SI subsidy, the HR-agency grant, the start-up loan rules,
the training subsidy, the SI deferrals and January refund, the flexible-worker make-up and the three employer wage
obligations.

The three measures are written once in the rule vocabulary (docs/rules.md). What makes a hire batch count is shared:
:func:`qualifying_batches` (门头沟 labour of the measure's groups, at least one person, a contract of one year or more,
social insurance, the minimum wage) and :func:`one_off_batches` (the year performed before a claim of 四).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field

from ..engine.measure import Measure, Param, Params, Reading
from ..engine.rules.define import Items, Rule
from ..engine.rules.nodes import Node, const, if_, maximum, minimum, param, tier
from ..i18n import zh
from ._documents import MENTOUGOU_M1 as DOC


# =====================================================================================================
# The hire batches that count (shared by the three measures)
# =====================================================================================================
def known_hires(r: Rule) -> Items:
    """The firm's hire batches; when they are not known at all the measure is undetermined at once."""
    hires = r.items("hires")
    r.require(hires.given, "", "", unknown=zh("hires — not known", "招用人员 — 未知"))
    r.settle()
    return hires


def local_labour(r: Rule, hires: Items, groups: set[str]) -> Node:
    """本区 … 劳动力 of the measure's groups: batches of other groups or of other districts' labour are not what the
    measure is about (passed over silently)."""
    return (hires.group.isin(groups) & hires.hukou_district.eq(r.measure.district)).named(
        f"门头沟 labour of {', '.join(sorted(groups))}")


def wage_at_least_minimum(hires: Items) -> Node:
    """月工资收入不低于最低工资标准: stated, or implied by a wage of at least 1.2 × the minimum paid in every month."""
    return (hires.monthly_wage_at_least_1_2x_minimum.default(False) | hires.wage_at_least_minimum).named(
        "monthly wage at least the Beijing minimum")


def average_wage_at_least_1_2x_minimum(hires: Items) -> Node:
    """月平均工资不低于最低工资标准的 1.2 倍: stated, or implied by 1.2 × the minimum paid in every month."""
    return (hires.monthly_wage_at_least_1_2x_minimum.default(False) | hires.average_wage_at_least_1_2x_minimum).named(
        "average monthly wage at least 1.2 × the Beijing minimum")


def qualifying_batches(r: Rule, hires: Items, groups: set[str], social_insurance: tuple[Node, str],
                       *more: tuple[Node, str], wage: bool = True, needs: tuple[Node, ...] = ()) -> Node:
    """The hire batches of 门头沟 labour of ``groups`` that count: a batch of at least one person, on a contract of one
    year or more (``min_contract_months``), with social insurance paid as the measure says (``social_insurance``: the
    condition and its failure), a monthly wage of at least the minimum (``wage``), and the measure's ``more``
    conditions; an unknown fact of a batch that may count is missing (and ``needs``, facts a counted batch needs).
    Returns the per-batch condition "the batch counts"."""
    conds = [
        (hires["count"] > 0, zh("a batch of 0 persons", "该批招用人数为 0")),
        (hires.contract_months >= r.n.min_contract_months, zh("contract {} months < one year (一年以上)", "劳动合同 {} 个月，不足一年（一年以上）")),
        social_insurance,
    ]
    if wage:
        conds.append((wage_at_least_minimum(hires), zh("a month's wage below the Beijing minimum (月工资收入不低于最低工资标准)", "有月份工资低于北京市最低工资标准（月工资收入不低于最低工资标准）")))
    return r.select(hires, *conds, *more, only=local_labour(r, hires, groups), needs=needs, label=zh("hires", "招用批次")).named(
        "counted batch")


def one_off_batches(r: Rule, hires: Items, groups: set[str], wage: bool) -> Node:
    """The batches counted for a one-off subsidy of 四 (scale hiring, 随军家属). Under the default reading a batch counts
    once its contract has been performed, with social insurance paid, for one year (the claim comes after it,
    L6054-L6056): a known ``months_performed`` below that rules it out; an unknown one leaves it counted on its
    contract as signed (said in the steps)."""
    more = []
    performed = None
    if r.flag("mentougou_one_off_requires_year_performed"):
        performed = hires.months_performed.default(r.n.min_performed_months).named("months performed")
        more.append((performed >= r.n.min_performed_months,
                     zh("{} months of contract performed with social insurance paid < one year (缴纳社会保险满一年后)", "履行劳动合同并缴纳社会保险 {} 个月，不足一年（缴纳社会保险满一年后）")))
    q = qualifying_batches(r, hires, groups, (hires.social_insurance_paid.is_(True), zh("social insurance not paid", "未缴纳社会保险")),
                           *more, wage=wage)
    if performed is not None:
        r.step(zh("months performed not given: counted on its contract (months)", "未提供已履行月数：按劳动合同期限计（月）"), hires.contract_months,
               where=q & ~hires.months_performed.known())
    return q


# =====================================================================================================
# mentougou.scale_hiring_one_off_job_subsidy — 四、鼓励用人单位规模招用本区城乡劳动力一次性岗位补贴
# =====================================================================================================
SCALE_SOURCE = DOC.cite(
    "L6015-L6046",
    "四、门头沟区鼓励用人单位规模招用本区城乡劳动力 一次性岗位补贴 (一)享受优惠政策的单位类型 本市行政区域内的企业、"
    "民办非企业单位 (二)享受优惠政策的条件 用人单位年度内累计招用本区城乡劳动力(含应届大中专毕业生)5 人以上,签订一年"
    "以上期限劳动合同,月工资收入不低于北京市最低工资标准,并按规定缴纳社会保险,可申请一次性岗位补贴。 (三)补贴标准 "
    "1.用人单位年度内累计招用本区城乡劳动力 5人以上(含 5人),并签订一年以上劳动合同且按规定缴纳社会保险的,一次性给予"
    "用人单位每人 1500元的岗位补贴。 2.用人单位年度内累计招用本区城乡劳动力 10人以上(含 10 人),并签订一年以上劳动合同"
    "且按规定缴纳社会保险的,一次性给予用人单位每人 2000元的岗位补贴。 3.用人单位年度内累计招用本区城乡劳动力 20人以上"
    "(含 20 人),并签订一年以上劳动合同且按规定缴纳社会保险的,一次性给予用人单位每人 2500元的岗位补贴。 4.用人单位年度内"
    "累计招用本区城乡劳动力 30人以上(含 30 人),并签订一年以上劳动合同且按规定缴纳社会保险的,一次性给予用人单位每人 "
    "3000元的岗位补贴。",
)
TIMING_SOURCE = DOC.cite(
    "L6052-L6066",
    "(四)申请时间 用人单位招用本区城乡劳动力(含应届大中专毕业生),履行劳动合同,缴纳社会保险满一年后,于六个月内向区人力"
    "资源和社会保障局提出申请,用人单位未按期申请的,视为自动放弃享受补贴。 (五)申请流程 申请期在此次新冠肺炎疫情期间的"
    "用人单位,可在疫情结束后次月起 3 个月内申请",
)

SCALE_PARAMS = Params(
    min_contract_months=Param(12, "签订一年以上期限劳动合同", unit="months", note="一年以上: 12 months or more",
                              literal="一年"),
    min_performed_months=Param(12, "履行劳动合同,缴纳社会保险满一年后", unit="months of contract performed with social "
                               "insurance paid", note="the claim comes after one full year (L6054-L6056)", literal="一年"),
    # (lowest head-count of the tier, yuan per person); each tier is "N人以上(含 N人)"
    tiers=Param(
        ((5, Decimal(1500)), (10, Decimal(2000)), (20, Decimal(2500)), (30, Decimal(3000))),
        "5人以上(含 5人) … 每人 1500元 … 10人以上(含 10 人) … 每人 2000元 … 20人以上(含 20 人) … 每人 2500元 … "
        "30人以上(含 30 人) … 每人 3000元",
        unit="(persons, yuan per person)",
        literal=("5人", "1500元", "10 人", "2000元", "20 人", "2500元", "30 人", "3000元"),
    ),
)
# the tier cite above joins four sentences; each number is also cited exactly:
SCALE_TIER_CITES = (
    "5人以上(含 5人),并签订一年以上劳动合同且按规定缴纳社会保险的,一次性给予用人单位每人 1500元的岗位补贴",
    "10人以上(含 10 人),并签订一年以上劳动合同且按规定缴纳社会保险的,一次性给予用人单位每人 2000元的岗位补贴",
    "20人以上(含 20 人),并签订一年以上劳动合同且按规定缴纳社会保险的,一次性给予用人单位每人 2500元的岗位补贴",
    "30人以上(含 30 人),并签订一年以上劳动合同且按规定缴纳社会保险的,一次性给予用人单位每人 3000元的岗位补贴",
)

TIER_MODE = Reading(
    "mentougou_hiring_tier_mode", Literal["cliff", "marginal"], "cliff",
    "Tiers of the scale-hiring subsidy: 'cliff' (default, literal: the tier reached pays every hire, 9 → 13,500, "
    "10 → 20,000) or 'marginal' (hires 1–9 at 1,500, 10–19 at 2,000, …).")
SPOUSES_COUNT_TOWARD_SCALE = Reading(
    "mentougou_military_spouses_count_toward_scale", bool, False,
    "Whether 随军家属 hires also count toward the scale-hiring head-count n (the text does not say; default False: they "
    "have their own subsidy).")
SPOUSE_REQUIRES_MIN_WAGE = Reading(
    "mentougou_military_spouse_requires_min_wage", bool, True,
    "Whether the minimum-wage condition of (二) also applies to the 随军家属 subsidy (default True: a condition of the "
    "section).")
# read by both one-off subsidies of 四
ONE_OFF_REQUIRES_YEAR_PERFORMED = Reading(
    "mentougou_one_off_requires_year_performed", bool, True,
    "Whether a hire counts for the one-off subsidies of 四 (scale hiring and 随军家属) only once its contract has been "
    "performed with social insurance paid for one year (履行劳动合同,缴纳社会保险满一年后 … 申请, L6054-L6056; catalog 06 §9 "
    "ambiguity 3): True (default: a batch with a known months_performed below 12 does not count; an unknown one is "
    "counted on its contract, said in the steps) or False (every hire on a contract of one year or more counts, "
    "whatever was performed).")


Tiers = tuple[tuple[int, Node], ...]


def cliff(r: Rule, count: Node, tiers: Tiers, where: Node, label: Node | None = None) -> Node:
    """The literal reading: the tier reached pays every hire of the year (9 → 9 × 1,500; 10 → 10 × 2,000)."""
    rate = r.step(zh("rate of the tier reached", "所达档次的标准"), tier(count, tiers).named("rate of the tier reached", "yuan"), where=where,
                  label=label)
    return rate * count


def marginal(r: Rule, count: Node, tiers: Tiers, where: Node, label: Node | None = None) -> Node:
    """Each tier pays the hires within it (1–9 at 1,500, 10–19 at 2,000, …), once the first tier is reached."""
    parts = []
    for k, (lo, rate) in enumerate(tiers):
        first = 1 if k == 0 else lo
        if k + 1 < len(tiers):
            last = tiers[k + 1][0] - 1
            persons = maximum(0, minimum(count, last) - first + 1).named(f"hires {first}–{last}")
        else:
            persons = maximum(0, count - first + 1).named(f"hires from {first}")
        parts.append(persons * rate)
    return if_(count >= tiers[0][0], sum(parts[1:], parts[0]), 0)


def scale_hiring_one_off_job_subsidy(r: Rule) -> None:
    """Per-head subsidy for hiring ≥ 5 门头沟 workers in a (calendar) year; the tier reached pays every hire."""
    hires = known_hires(r)
    groups = {"urban_rural_labor", "graduate"}
    if r.flag("mentougou_military_spouses_count_toward_scale"):
        groups.add("military_family")
    q = one_off_batches(r, hires, groups, wage=True)
    r.settle()
    # 年度内累计: the year of each batch decides which batches add up (one batch alone needs no date)
    several = (hires.count(where=q) > 1).named("more than one counted batch")
    r.need(if_(several, hires.all(~q | hires.hired_on.defined()), True),
           zh("the hiring date of each counted batch (年度内累计招用: which year it adds to)", "每批计入人员的招用日期（年度内累计招用：计入哪一年）"))
    r.settle()
    year = hires.hired_on.year().default(0).named("year of hiring")
    count = hires.partition_sum(year, hires["count"], where=q).named("qualifying hires in the year")
    # each tier's rate with the citation of the tier table
    tiers = tuple((lo, param("tiers", r.n["tiers"], rate)) for lo, rate in r.value("tiers"))
    first = hires.first_in_partition(year, where=q).named("first counted batch of its year")
    # each year's lines are labelled by the year (a single batch without a date: by the batch, "hire 0")
    label = hires.hired_on.year().named("year of hiring")
    r.step(zh("qualifying hires in the year", "年度内符合条件的招用人数"), count, where=first, label=label)
    per_year = r.choose("mentougou_hiring_tier_mode", {"cliff": cliff, "marginal": marginal})
    amount = per_year(r, count, tiers, first, label).named("subsidy of the year", "yuan")
    r.step(zh("subsidy of the year", "年度补贴"), amount, where=first, label=label)
    total = r.step(zh("subsidy", "补贴"), hires.sum(amount, where=first).named("subsidy", "yuan"))
    r.require(total > 0, zh("≥ {} qualifying hires of 门头沟 urban-rural labour in a year with ≥ 1-year contracts and social "
              "insurance paid", "年度内累计招用本区城乡劳动力 {} 人以上，签订一年以上劳动合同并缴纳社会保险"), zh("fewer than {} qualifying hires of 门头沟 urban-rural labour in a year (5人以上(含 5人))", "年度内累计招用本区城乡劳动力不足 {} 人（5人以上(含 5人)）"),
              args=(tiers[0][0],))
    r.effect("apply", zh("within six months after one year of contract and social insurance (疫情期间: within 3 months from "
                      "the month after the epidemic ends)", "履行劳动合同、缴纳社会保险满一年后六个月内申请（疫情期间：疫情结束后次月起 3 个月内）"))
    r.pay(total)


# =====================================================================================================
# mentougou.military_spouse_one_off_job_subsidy — 招用本区随军家属一次性岗位补贴
# =====================================================================================================
SPOUSE_SOURCE = DOC.cite(
    "L6048-L6050",
    "用人单位招用本区随军家属,并签订一年以上劳动合同且按规定缴纳社会保险的,一次性给予用人单位每人 3000元的岗位补贴。",
)
SPOUSE_PARAMS = Params(
    per_person=Param(Decimal(3000), "一次性给予用人单位每人 3000元的岗位补贴", unit="yuan per person", literal="3000元"),
    min_contract_months=Param(12, "并签订一年以上劳动合同", unit="months", literal="一年"),
    min_performed_months=Param(12, "履行劳动合同,缴纳社会保险满一年后", unit="months of contract performed with social "
                               "insurance paid", note="(四) applies to the whole of 四 (L6052-L6058)", literal="一年"),
)


def military_spouse_one_off_job_subsidy(r: Rule) -> None:
    """3,000 yuan per 门头沟 随军家属 hired on a contract of one year or more with social insurance paid."""
    hires = known_hires(r)
    q = one_off_batches(r, hires, {"military_family"}, wage=r.flag("mentougou_military_spouse_requires_min_wage"))
    r.settle()
    persons = hires.sum(hires["count"], where=q).named("qualifying 随军家属 hired")
    r.require(persons > 0, zh("{} 门头沟 随军家属 hired with ≥ 1-year contracts and social insurance paid", "招用本区随军家属 {} 人，签订一年以上劳动合同并缴纳社会保险"),
              zh("no qualifying hire of a 门头沟 随军家属 (military spouse)", "没有符合条件的本区随军家属招用"), args=(persons,))
    r.pay(r.step(zh("subsidy", "补贴"), (r.n.per_person * persons).named("subsidy", "yuan")))


# =====================================================================================================
# mentougou.hire_subsidy_district.non_difficult_labor — 一(二) 岗位补贴和社会保险补贴(二): 本区非就业困难城乡劳动力
# =====================================================================================================
NonNegative = Annotated[Decimal, Field(ge=0)]

DISTRICT_HIRE_SOURCE = DOC.cite(
    "L5866-L5899",
    "(二)岗位补贴和社会保险补贴(二) 用人单位招用本区非就业困难城乡劳动力,依法签订一年及以上期限劳动合同、按照城镇职工标准"
    "缴纳社会保险、月平均工资不低于当年本市职工最低工资标准的 1.2 倍,且月工资收入不低于当年本市职工最低工资标准的,可申请享受"
    "岗位补贴和社会保险补贴。 1.申请条件 (1)招用本区非就业困难城乡劳动力; (2)依法签订一年及以上期限劳动合同且按照城镇职工"
    "标准缴纳社会保险; (3)月平均工资不低于当年本市职工最低工资标准的 1.2 倍,且月工资收入不低于当年本市职工最低工资标准。 "
    "2.补贴标准 岗位补贴标准为每人每年 5000 元。社会保险补贴以本市上年度职工月平均工资标准的60%为最高补贴基数,低于本市上年度"
    "职工月平均工资标准 60%的,按照实际缴费基数予以补贴。基本养老保险补贴 16%,医疗保险补贴 10%,失业保险补贴 0.8%。 (1)招用"
    "进行了转移就业登记的本区非就业困难农村劳动力的,在劳动合同期限内可申请享受最长不超过五年的岗位补贴和社会保险补贴。 (2)"
    "招用进行了失业登记的本区非就业困难城镇登记失业人员的,在劳动合同期限内可申请享受最长不超过五年的岗位补贴和不超过两年社会"
    "保险补贴。申请区级社会保险补贴需在享受完市级社会保险补贴之后方能申请。",
)
DISTRICT_HIRE_TIMING_SOURCE = DOC.cite(
    "L5903-L5913",
    "按规定办理单位就业登记或转移就业登记手续、履行劳动合同且实际缴纳社会保险费每满一年的企业,可于次月起六个月内提出申请。 "
    "4.申请流程 申请期在此次新冠肺炎疫情期间的用人单位,可在疫情结束后次月起 3 个月内申请",
)
DISTRICT_HIRE_PARAMS = Params(
    min_contract_months=Param(12, "依法签订一年及以上期限劳动合同", unit="months", note="及以上: 12 included",
                              literal="一年"),
    job_per_year=Param(Decimal(5000), "岗位补贴标准为每人每年 5000 元", unit="yuan per person per year",
                       literal="5000 元"),
    pension_rate=Param(Decimal("0.16"), "基本养老保险补贴 16%", unit="share of the subsidy base", literal="16%"),
    medical_rate=Param(Decimal("0.10"), "医疗保险补贴 10%", unit="share of the subsidy base", literal="10%"),
    ui_rate=Param(Decimal("0.008"), "失业保险补贴 0.8%", unit="share of the subsidy base", literal="0.8%"),
    max_years=Param(5, "最长不超过五年的岗位补贴和社会保险补贴", unit="years (job subsidy; SI for rural labour)",
                    literal="五年"),
    urban_si_years=Param(2, "不超过两年社会保险补贴", unit="years of district SI subsidy (urban registered unemployed)",
                         literal="两年"),
    city_si_years=Param(3, "最长不超过三年的社会保险补贴", unit="years of the city SI subsidy that come first",
                        note="一(一)2(2), L5839-L5841: the city SI subsidy for other registered unemployed",
                        literal="三年"),
    claim_cycle_months=Param(12, "实际缴纳社会保险费每满一年的企业", unit="months per claim", literal="一年"),
)
DISTRICT_HIRE_READINGS = [
    Reading("mentougou_district_si_base_cap_monthly", NonNegative | None, None,
            "The monthly cap of the district SI subsidy base: 60% of 本市上年度职工月平均工资 (L5886-L5888), a public figure "
            "the seed names without printing (and a different wage concept from the city scheme's 全口径 average, "
            "hire_subsidy_base_cap_monthly). No official publication of it (a notice of 北京市人力资源和社会保障局 or "
            "北京市统计局 with its number, date, URL and figure) was found for issue 8 §8, so there is no reference table "
            "and no default figure. Default None: the job subsidy is computed and paid, the SI part is left out and the "
            "reasons name this reading; supply 60% of the figure of the year before the claim, in yuan per month."),
    Reading("mentougou_district_medical_base", Literal["capped_base", "min_medical_base"], "capped_base",
            "The base of the 10% medical subsidy: 'capped_base' (default: one sentence sets the base for all three "
            "insurances, min(actual base, cap)) or 'min_medical_base' (as in the city scheme, 医疗保险最低缴费基数, "
            "reading si_min_base_medical_monthly)."),
    Reading("mentougou_district_hire_requires_registration", bool, True,
            "Whether a non-difficult worker must be registered (转移就业登记 or 失业登记): True (default: the text gives "
            "durations only to the two registered categories) or False (an unregistered 本区 worker counts like a "
            "rural one, five years of both subsidies)."),
    Reading("mentougou_deduct_one_off_si_from_district_si", bool, False,
            "Whether the district SI subsidy is reduced by the one-off SI subsidy already received for the same hires "
            "('核减已享受的相应补贴' sits under 一(一) only, L5847-L5848): default False (ERRATA_04_06 finding 24); True "
            "deducts hires.N.one_off_si_subsidy_share."),
]
DISTRICT_GROUPS = {"urban_rural_labor", "registered_unemployed", "graduate"}


def reading_figure(r: Rule, name: str) -> Node:
    """A figure in yuan a reading supplies (a public figure the seed names without printing), shown by its name."""
    return const(r.reading(name)).named(f"assumptions.{name}", "yuan")


def hire_subsidy_district_non_difficult_labor(r: Rule) -> None:
    """Job subsidy 5,000/person/year and SI subsidy 26.8% of min(base, 60% of the average wage) per month, for each
    completed year, for hiring 门头沟 non-hard-to-employ workers (rural: five years of both; urban registered
    unemployed: five years of job subsidy, two years of district SI after the city's three)."""
    n = r.n
    hires = known_hires(r)
    more = []
    if r.flag("mentougou_district_hire_requires_registration"):
        more.append((hires.registration.ne("none"),
                     zh("neither 转移就业登记 nor 失业登记 (reading mentougou_district_hire_requires_registration)", "既未办理转移就业登记，也未办理失业登记（解释口径 mentougou_district_hire_requires_registration）")))
    more.append((average_wage_at_least_1_2x_minimum(hires),
                 zh("average monthly wage below 1.2 × the Beijing minimum (月平均工资不低于1.2倍)", "月平均工资低于北京市最低工资标准的 1.2 倍（月平均工资不低于1.2倍）")))
    q = qualifying_batches(
        r, hires, DISTRICT_GROUPS,
        (hires.si_urban_employee_standard.is_(True) & hires.social_insurance_paid.default(True),
         zh("social insurance not paid at the urban-employee standard (按照城镇职工标准)", "未按照城镇职工标准缴纳社会保险")),
        *more, needs=(hires.months_performed,))
    r.settle()
    # 每满一年: the full years of contract performed with social insurance paid, within the contract (在劳动合同期限内)
    months = minimum(hires.months_performed, hires.contract_months).named("months performed within the contract")
    plan = r.select(hires, (months >= n.claim_cycle_months, zh("{} month(s) of contract performed < one full year (每满一年)", "已履行劳动合同 {} 个月，不满一年（每满一年）")),
                    only=q, label=zh("hires", "招用批次"),
                    none=zh("no qualifying hire of 门头沟 non-hard-to-employ labour with a full year of contract and social "
                         "insurance performed (每满一年)", "没有履行劳动合同并缴纳社会保险满一年的本区非就业困难城乡劳动力招用（每满一年）"))
    urban = hires.registration.eq("unemployment").default(False).named("urban registered unemployed (失业登记)")
    rural = hires.registration.eq("rural_transfer").default(False)
    job_years = minimum(months // n.claim_cycle_months, n.max_years).named("full years")
    # (2) 失业登记: district SI only after the city's SI years, at most urban_si_years
    si_years = if_(urban, minimum(n.urban_si_years, maximum(0, job_years - n.city_si_years)), job_years).named(
        "years of district SI")
    persons = hires["count"]
    job = (n.job_per_year * job_years * persons).named("job subsidy", "yuan")
    for who, who_zh, where in (("urban registered unemployed (失业登记)", "失业登记的城镇劳动力", urban),
                               ("rural (转移就业登记)", "转移就业登记的农村劳动力", rural),
                               ("unregistered", "未登记", ~urban & ~rural)):
        r.step(zh(f"job subsidy ({who})", f"岗位补贴（{who_zh}）"), job, where=plan & where)
    r.step(zh("district SI years, only after the city's SI years (申请区级社会保险补贴需在享受完市级社会保险补贴之后)", "区级社会保险补贴年数，在享受完市级社会保险补贴之后（申请区级社会保险补贴需在享受完市级社会保险补贴之后）"), si_years,
           where=plan & urban)
    si_due = (plan & (si_years > 0)).named("district SI due")
    deduct = r.flag("mentougou_deduct_one_off_si_from_district_si")
    r.need(hires.sum(hires.contribution_base, where=si_due), zh("the contribution base of each hire with district SI due", "每名应享受区级社会保险补贴人员的缴费基数"))
    if deduct:
        r.need(hires.sum(hires.one_off_si_subsidy_share, where=si_due),
               zh("the one-off SI subsidy already received for each hire with district SI due", "每名应享受区级社会保险补贴人员已领取的一次性社会保险补贴"))
    r.settle()
    job_total = r.step(zh("job subsidy", "岗位补贴"), hires.sum(job, where=plan).named("job subsidy", "yuan"))
    # the figures the seed names without printing (readings; None: not supplied)
    cap = r.reading("mentougou_district_si_base_cap_monthly")
    medical = r.choose("mentougou_district_medical_base", {"capped_base": None,
                                                           "min_medical_base": "si_min_base_medical_monthly"})
    figures = {"mentougou_district_si_base_cap_monthly": cap}
    if medical is not None:
        figures[medical] = r.reading(medical)
    unknown = [name for name, figure in figures.items() if figure is None]
    r.effect("apply", zh("within six months from the month after each full year (疫情期间: within 3 months from the month "
                      "after the epidemic ends, or by e-mailed pre-review)", "每满一年后次月起六个月内申请（疫情期间：疫情结束后次月起 3 个月内，或通过电子邮件预审）"))
    met = "qualifying 门头沟 non-hard-to-employ hire(s) with full years performed"
    hired = hires.sum(persons, where=plan).named("persons hired")
    r.note(zh(f"✓ {{}} {met}", "✓ 符合条件、已满整年的本区非就业困难城乡劳动力招用 {} 人"), when=hired.known(), args=(hired,))
    if unknown:
        # the SI part needs figures the seed does not print: the job part is paid, the award says what is missing
        needs = [f"assumptions.{x}" for x in unknown]
        r.pay(job_total)
        r.incomplete(zh(f"the SI part needs figures the seed does not state; supply {', '.join(needs)}", f"社会保险补贴部分需要文件未列出的数字；请提供 {', '.join(needs)}"), needs,
                     when=hires.any(si_due))
        return
    base = minimum(hires.contribution_base, reading_figure(r, "mentougou_district_si_base_cap_monthly")).named(
        "subsidy base", "yuan")
    r.step(zh("subsidy base", "补贴基数"), base, where=si_due)
    med_base = base if medical is None else reading_figure(r, medical)
    monthly = ((n.pension_rate + n.ui_rate) * base + n.medical_rate * med_base).named("SI subsidy per month", "yuan")
    r.step(zh("SI subsidy per month", "每月社会保险补贴"), monthly, where=si_due)
    si = (monthly * n.claim_cycle_months * si_years * persons).named("SI subsidy", "yuan")
    r.step(zh("SI subsidy", "社会保险补贴"), si, where=si_due)
    if deduct:
        si = maximum(0, si - hires.one_off_si_subsidy_share).named("SI subsidy less the one-off SI subsidy received",
                                                                  "yuan")
        r.step(zh("less the one-off SI subsidy received for them", "扣除已领取的一次性社会保险补贴"), si, where=si_due)
    si_total = r.step(zh("district SI subsidy", "区级社会保险补贴"), hires.sum(si, where=si_due).named("SI subsidy", "yuan"))
    r.pay(r.step(zh("total (job subsidy + district SI subsidy)", "合计（岗位补贴 + 区级社会保险补贴）"), (job_total + si_total).named("total", "yuan")))


MEASURES = [
    Measure(
        id="mentougou.scale_hiring_one_off_job_subsidy",
        district="mentougou",
        title_zh="门头沟区鼓励用人单位规模招用本区城乡劳动力一次性岗位补贴",
        title_en="One-off job subsidy for hiring 门头沟 urban-rural workers at scale (1,500–3,000 yuan per head)",
        kind="hiring_subsidy",
        beneficiary="enterprise",
        sources=(SCALE_SOURCE, TIMING_SOURCE),
        rule=scale_hiring_one_off_job_subsidy,
        params=SCALE_PARAMS,
        readings=(TIER_MODE, SPOUSES_COUNT_TOWARD_SCALE, ONE_OFF_REQUIRES_YEAR_PERFORMED),
        territory="beijing",
        summary="n ≥ 5 门头沟 hires: n × 1,500 / 2,000 / 2,500 / 3,000 by the tier reached (5/10/20/30)",
    ),
    Measure(
        id="mentougou.military_spouse_one_off_job_subsidy",
        district="mentougou",
        title_zh="招用本区随军家属一次性岗位补贴",
        title_en="One-off job subsidy for hiring 门头沟 military spouses (3,000 yuan per head)",
        kind="hiring_subsidy",
        beneficiary="enterprise",
        sources=(SPOUSE_SOURCE, TIMING_SOURCE),
        rule=military_spouse_one_off_job_subsidy,
        params=SPOUSE_PARAMS,
        readings=(SPOUSE_REQUIRES_MIN_WAGE, ONE_OFF_REQUIRES_YEAR_PERFORMED),
        territory="beijing",
        summary="3,000 yuan per 门头沟 随军家属 hired (contract ≥ 1 year, social insurance paid)",
    ),
    Measure(
        id="mentougou.hire_subsidy_district.non_difficult_labor",
        district="mentougou",
        title_zh="岗位补贴和社会保险补贴（二）：招用本区非就业困难城乡劳动力",
        title_en="District job subsidy (5,000/person/year) and SI subsidy for hiring 门头沟 non-hard-to-employ workers",
        kind="hiring_subsidy",
        beneficiary="enterprise",
        sources=(DISTRICT_HIRE_SOURCE, DISTRICT_HIRE_TIMING_SOURCE),
        rule=hire_subsidy_district_non_difficult_labor,
        params=DISTRICT_HIRE_PARAMS,
        # si_min_base_medical_monthly: declared by the city measures (measures/beijing), read here too
        readings=(*DISTRICT_HIRE_READINGS, "si_min_base_medical_monthly"),
        territory="beijing",
        summary="per full year and person: 5,000 + 12 × 26.8% × min(base, 60% avg wage); rural ≤ 5 years; urban "
                "registered unemployed: job ≤ 5 years, district SI years 4–5 only (after the city's 3)",
        notes=("Category (2): the city SI subsidy (beijing.hire_subsidy.other_registered_unemployed, ≤ 3 years) comes "
               "first; the district SI is counted for years 4 and 5 of the hire.",
               "Only completed years count (每满一年); months_performed is the contract performed with SI actually paid."),
    ),
]
