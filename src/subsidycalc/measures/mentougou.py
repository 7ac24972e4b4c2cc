"""门头沟区: 《门头沟区人力社保局应对新型冠状病毒感染的肺炎疫情影响支持中小微企业发展服务包》 (2020-02-18).

The district hiring subsidies are open to any employer in Beijing ("本市行政区域内的企业、民办非企业单位")
that hires 门头沟's labour force, so their territory is ``beijing`` and the hires' ``hukou_district`` is
what must be 门头沟.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Literal

from ..engine.evaluation import Ev
from ..engine.measure import Measure, Param, Params, Reading
from ..engine.money import yuan
from ..profile.firm import Hire
from ._documents import MENTOUGOU_M1 as DOC

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
    min_contract_months=Param(12, "签订一年以上期限劳动合同", unit="months", note="一年以上: 12 months or more"),
    # (lowest head-count of the tier, yuan per person); each tier is "N人以上(含 N人)"
    tiers=Param(
        ((5, Decimal(1500)), (10, Decimal(2000)), (20, Decimal(2500)), (30, Decimal(3000))),
        "5人以上(含 5人) … 每人 1500元 … 10人以上(含 10 人) … 每人 2000元 … 20人以上(含 20 人) … 每人 2500元 … "
        "30人以上(含 30 人) … 每人 3000元",
        unit="(persons, yuan per person)",
    ),
)
# the tier cite above joins four sentences; each number is also cited exactly:
SCALE_TIER_CITES = (
    "5人以上(含 5人),并签订一年以上劳动合同且按规定缴纳社会保险的,一次性给予用人单位每人 1500元的岗位补贴",
    "10人以上(含 10 人),并签订一年以上劳动合同且按规定缴纳社会保险的,一次性给予用人单位每人 2000元的岗位补贴",
    "20人以上(含 20 人),并签订一年以上劳动合同且按规定缴纳社会保险的,一次性给予用人单位每人 2500元的岗位补贴",
    "30人以上(含 30 人),并签订一年以上劳动合同且按规定缴纳社会保险的,一次性给予用人单位每人 3000元的岗位补贴",
)

READINGS = [
    Reading("mentougou_hiring_tier_mode", Literal["cliff", "marginal"], "cliff",
            "Tiers of the scale-hiring subsidy: 'cliff' (default, literal: the tier reached pays every hire, "
            "9 → 13,500, 10 → 20,000) or 'marginal' (hires 1–9 at 1,500, 10–19 at 2,000, …)."),
    Reading("mentougou_military_spouses_count_toward_scale", bool, False,
            "Whether 随军家属 hires also count toward the scale-hiring head-count n (the text does not say; "
            "default False: they have their own subsidy)."),
    Reading("mentougou_military_spouse_requires_min_wage", bool, True,
            "Whether the minimum-wage condition of (二) also applies to the 随军家属 subsidy (default True: a "
            "condition of the section)."),
]


def _hire_checks(ev: Ev, hires: list[Hire], groups: set[str], min_months: int, need_wage: bool,
                 ) -> list[tuple[int, Hire]]:
    """The hire batches that qualify; unknown facts of a possibly-qualifying batch go to ``missing``."""
    out: list[tuple[int, Hire]] = []
    for i, h in enumerate(hires):
        p = f"hires.{i}"
        if h.group is not None and h.group not in groups:
            continue
        if h.hukou_district is not None and h.hukou_district != "mentougou":
            continue
        fails = []
        if h.contract_months is not None and h.contract_months < min_months:
            fails.append(f"contract {h.contract_months} months < one year")
        if h.social_insurance_paid is False:
            fails.append("social insurance not paid")
        if need_wage and h.wage_at_least_minimum is False:
            fails.append("wage below the Beijing minimum")
        if fails:
            ev.reasons.append(f"✗ hires {i}: " + "; ".join(fails))
            continue
        keys = ["group", "hukou_district", "count", "contract_months", "social_insurance_paid"]
        if need_wage:
            keys.append("wage_at_least_minimum")
        missing = [f"{p}.{k}" for k in keys if getattr(h, k) is None]
        if missing:
            ev.unknown(f"hires {i}: facts needed to decide whether the batch counts", missing)
            continue
        out.append((i, h))
    return out


def scale_hiring_one_off_job_subsidy(ev: Ev) -> None:
    """Per-head subsidy for hiring ≥ 5 门头沟 workers in a year; the tier reached pays every hire."""
    f, n = ev.firm, ev.n
    hires = f.hires
    if hires is None:
        ev.unknown("hires — not known", ["hires"])
        ev.settle()
    assert hires is not None
    groups = {"urban_rural_labor", "graduate"}
    if ev.reading("mentougou_military_spouses_count_toward_scale"):
        groups.add("military_family")
    ok = _hire_checks(ev, hires, groups, n.min_contract_months, True)
    ev.settle()
    by_year: dict[str, int] = defaultdict(int)
    for _, h in ok:
        by_year[str(h.hired_on.year) if h.hired_on else "the year"] += h.count or 0
    tiers = n.tiers
    mode = ev.reading("mentougou_hiring_tier_mode")
    total = Decimal(0)
    for year, count in sorted(by_year.items()):
        if count < tiers[0][0]:
            ev.step(f"{year}: {count} qualifying 门头沟 hires < {tiers[0][0]} (5人以上(含 5人)) → 0")
            continue
        if mode == "cliff":
            per = max(rate for lo, rate in tiers if count >= lo)
            amount = per * count
            ev.step(f"{year}: {count} hires reach the tier of {per} yuan/person → {count} × {yuan(per)} = {yuan(amount)}")
        else:
            amount = Decimal(0)
            parts = []
            for k, (lo, rate) in enumerate(tiers):
                hi = tiers[k + 1][0] - 1 if k + 1 < len(tiers) else count
                lower = 1 if k == 0 else lo
                persons = max(0, min(count, hi) - lower + 1)
                if persons:
                    amount += persons * rate
                    parts.append(f"{persons} × {yuan(rate)}")
            ev.step(f"{year}: marginal tiers: {' + '.join(parts)} = {yuan(amount)}")
        total += amount
    if total == 0:
        ev.fail("fewer than 5 qualifying hires of 门头沟 urban-rural labour in a year (5人以上(含 5人))")
    ev.met("≥ 5 qualifying hires of 门头沟 urban-rural labour with ≥ 1-year contracts and social insurance paid")
    ev.effect("apply", "within six months after one year of contract and social insurance (疫情期间: within 3 "
                       "months from the month after the epidemic ends)")
    ev.pay(total)


# =====================================================================================================
# mentougou.military_spouse_one_off_job_subsidy — 招用本区随军家属一次性岗位补贴
# =====================================================================================================
SPOUSE_SOURCE = DOC.cite(
    "L6048-L6050",
    "用人单位招用本区随军家属,并签订一年以上劳动合同且按规定缴纳社会保险的,一次性给予用人单位每人 3000元的岗位补贴。",
)
SPOUSE_PARAMS = Params(
    per_person=Param(Decimal(3000), "一次性给予用人单位每人 3000元的岗位补贴", unit="yuan per person"),
    min_contract_months=Param(12, "并签订一年以上劳动合同", unit="months"),
)


def military_spouse_one_off_job_subsidy(ev: Ev) -> None:
    """3,000 yuan per 门头沟 随军家属 hired on a contract of one year or more with social insurance paid."""
    f, n = ev.firm, ev.n
    hires = f.hires
    if hires is None:
        ev.unknown("hires — not known", ["hires"])
        ev.settle()
    assert hires is not None
    need_wage = ev.reading("mentougou_military_spouse_requires_min_wage")
    ok = _hire_checks(ev, hires, {"military_family"}, n.min_contract_months, need_wage)
    ev.settle()
    count = sum(h.count or 0 for _, h in ok)
    if count == 0:
        ev.fail("no qualifying hire of a 门头沟 随军家属 (military spouse)")
    amount = n.per_person * count
    ev.step(f"{count} × {yuan(n.per_person)} = {yuan(amount)}")
    ev.met(f"{count} 门头沟 随军家属 hired with ≥ 1-year contracts and social insurance paid")
    ev.pay(amount)


MEASURES = [
    Measure(
        id="mentougou.scale_hiring_one_off_job_subsidy",
        district="mentougou",
        title_zh="门头沟区鼓励用人单位规模招用本区城乡劳动力一次性岗位补贴",
        title_en="One-off job subsidy for hiring 门头沟 urban-rural workers at scale (1,500–3,000 yuan per head)",
        kind="hiring_subsidy",
        beneficiary="enterprise",
        sources=(SCALE_SOURCE, TIMING_SOURCE),
        calc=scale_hiring_one_off_job_subsidy,
        params=SCALE_PARAMS,
        readings=("mentougou_hiring_tier_mode", "mentougou_military_spouses_count_toward_scale"),
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
        calc=military_spouse_one_off_job_subsidy,
        params=SPOUSE_PARAMS,
        readings=("mentougou_military_spouse_requires_min_wage",),
        territory="beijing",
        summary="3,000 yuan per 门头沟 随军家属 hired (contract ≥ 1 year, social insurance paid)",
    ),
]
