"""石景山区: 《石景山区关于共同应对新型冠状病毒感染的肺炎疫情支持企业发展的若干措施（暂行）》 (石政发〔2020〕3号,
2020-02-04).

附则 (L4852-L4854): in force from the issue date, "适用于疫情防控期间" (no end date: the shared readings
``epidemic_period_start`` / ``epidemic_period_end`` bound it), city and national policies also apply. The document
has no territorial clause for all items; each item names its firms ("区属中小微企业", "驻区企业", "区内中小微企业"),
read as registered in 石景山 (the engine's ``district`` territory) and, under the reading
``shijingshan_local_firm_test``, also paying tax there. No size standard is named: 300号 is applied.

Item 9 (the social-insurance deferral, no period stated) is a source of ``beijing.si_deferral_to_march`` /
``beijing.si_deferral_to_july_key_industries``; items 1, 2, 5, 10-15 carry no number (catalog 05,
"Non-quantified measures").

Stacking: item 3 and the city February-rent rule (``beijing.soe_rent_reduction_feb``) never both pay for the
same premises (README "Decisions"; ERRATA_04_06 finding 7): lease by lease (``per="leases"``; each lease's share is
recorded with ``r.parts``) the larger is paid, and 石景山's award already contains the February month, so its later
50% is the increment that adds. A lease only one of them covers (a 市属 SOE's premises: the city rule; a 集体经济企业's:
item 3) keeps that measure's relief. The 附则's "国家、北京市出台相关支持政策的，将遵照执行" is no one-level clause: no
other rule between measures.

"经认定后" (items 3, 4, 6, 7, 8) is a fact of the profile each time (unknown → undetermined, false → ineligible): item 3
``qualifications.fits_district_positioning`` (the tenant recognised as fitting the positioning); item 4
``rent_relief_granted.N.recognised``; items 6-7 ``qualifications.epidemic_control_participant`` (group a) or
``qualifications.heavily_affected_recognised`` (group b); item 8 ``qualifications.essential_outlet_recognised``.

Items count only for their own periods: a lease's days in the relieved months (item 3), a reduction's days inside
疫情防控期间 (item 4), a guarantee term's days (item 7, readings), duty days from 2020-02-01 (item 8); amounts are exact
until the engine's one rounding. Every measure is written once in the rule vocabulary (docs/rules.md).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

import numpy as np
from pydantic import Field

from ..engine.measure import Measure, Param, Params, Reading
from ..engine.periods import (
    DAY,
    Window,
    add_days,
    add_months,
    month_end,
    month_start,
    month_window,
)
from ..engine.rules import nodes as N
from ..engine.rules.define import Items, Rule
from ..engine.rules.nodes import Node, Table, const, if_, maximum, minimum
from ..engine.stacking import StackingRule
from ..i18n import Msg, zh
from ..profile.industries import SME_SIZES
from ._documents import SHIJINGSHAN_SZF_2020_3 as DOC
from ._lists import known_list

NonNegative = Annotated[Decimal, Field(ge=0)]
"""A rate or amount the caller supplies for a number the text leaves open; never negative."""

VALID = Window(date(2020, 2, 4), None)
SCOPE_SOURCE = DOC.cite(
    "L4852-L4854",
    "本措施由石景山区投资促进服务中心负责解释，自印发之日起施行，适用于疫情防控期间。国家、北京市出台相关支持政策的，"
    "将遵照执行。",
)

COMMON_READINGS = [
    Reading("shijingshan_local_firm_test", Literal["registered", "registered_and_tax"], "registered",
            "'区属中小微企业' / '驻区企业' / '区内中小微企业' are not defined: 'registered' (default; registered in 石景山, "
            "as the district documents' scope clauses usually read, and 区属 here cannot mean district-owned for a "
            "private SME) or 'registered_and_tax' (registered and paying tax in 石景山)."),
]


HERE = "shijingshan"
OPEN_START, OPEN_END = date.min, date.max
"""An item's own period with an end absent: already in force / still in force (``leases.N.starts_on`` / ``ends_on``)."""


def period(r: Rule) -> Window:
    """疫情防控期间 under the shared readings (the same for every firm of a run)."""
    return Window(r.reading("epidemic_period_start"), r.reading("epidemic_period_end"))


def local(r: Rule) -> None:
    """The firm's own 石景山 test beyond registration (the engine checks registration): under the reading
    registered_and_tax, paying tax in 石景山 too (the tax district, by default the registration district)."""
    if r.choose("shijingshan_local_firm_test", {"registered": False, "registered_and_tax": True}):
        tax = if_(r.fact.tax_district.known(), r.fact.tax_district, r.fact.district).named("tax district")
        r.require(tax.eq(HERE), zh("pays tax in 石景山 (区属/驻区/区内)", "在石景山区纳税（区属/驻区/区内）"),
                  zh("pays tax in {}, not 石景山 (区属/驻区/区内, reading registered_and_tax)", "在 {} 纳税，不在石景山区（区属/驻区/区内，解释口径 registered_and_tax）"), args=(tax,))


def share_of_sum(r: Rule, items: Items, figure: Node, where: Node, what: Msg) -> Node:
    """``share`` (the measure's Param) of the sum of the counted items' figures, exact: two steps, ``what: a + b``
    and ``share × base``."""
    base = r.step(what, items.sum(figure, where=where).named(what, "yuan"))
    return r.step(zh("amount", "金额"), (r.n.share * base).named("amount", "yuan"))


def _term_end_scalar(start: date, months: Any) -> tuple[date, None]:
    return _loan_span(start, int(months)).end, None  # type: ignore[return-value]


def _term_end_vector(start: Any, months: Any) -> tuple[Any, Any]:
    epoch = date(1970, 1, 1).toordinal()
    ordinals = np.clip(np.asarray(start, dtype=np.int64), 1, date(9000, 1, 1).toordinal())
    days = (ordinals - epoch).astype("datetime64[D]")
    k = np.clip(np.asarray(months.n // months.d, dtype=np.int64), 0, 12_000)
    first = days.astype("datetime64[M]")
    day = (days - first.astype("datetime64[D]")).astype(np.int64)
    target = first + k
    last = ((target + 1).astype("datetime64[D]") - target.astype("datetime64[D]")).astype(np.int64) - 1
    end = (target.astype("datetime64[D]") + np.minimum(day, last)).astype(np.int64) + epoch - 1
    return np.maximum(end, ordinals), np.zeros(len(ordinals), dtype=bool)


TERM_END = Table(
    "last day of the term", "date", _term_end_scalar, _term_end_vector, "loans", lambda v, s, m: f"{v}",
)
"""The last day of a loan's or guarantee's own term: from its start for ``months`` calendar months (the day before
the same day ``months`` later; the start itself for a term of 0 months). An item-level number of months, which
``add_months`` (a constant number of months) cannot take."""


def two_groups(r: Rule) -> None:
    """Items 6 and 7: "针对直接参加疫情防控工作的驻区企业和受疫情影响较大的区内中小微企业，经认定后". Group (a), any size:
    recognised as directly taking part in epidemic prevention (``qualifications.epidemic_control_participant``).
    Group (b): an SME recognised as heavily affected (``qualifications.heavily_affected_recognised``;
    ``heavily_affected`` false rules it out). Either group qualifies; an unknown recognition leaves the measure
    undetermined when it could decide (a large firm can only be of group (a))."""
    q = r.fact.qualifications
    a = q.epidemic_control_participant.named("直接参加疫情防控工作 (经认定后)")
    affected = q.heavily_affected.default(True)
    b = (q.heavily_affected_recognised & affected).named("受疫情影响较大, recognised (经认定后)")
    size = r.size()
    sme = size.isin(SME_SIZES)
    no_part = "takes no direct part in epidemic prevention (直接参加疫情防控工作)"
    no_part_zh = "未直接参加疫情防控工作"
    r.require(a | affected, "", zh(f"{no_part} and is not heavily affected (受疫情影响较大)", f"{no_part_zh}，且受疫情影响不大（受疫情影响较大）"))
    r.require(a | q.heavily_affected_recognised.default(True), "",
              zh(f"{no_part} and is not recognised as heavily affected (受疫情影响较大, 经认定后)", f"{no_part_zh}，且未经认定为受疫情影响较大（受疫情影响较大，经认定后）"))
    r.require(a | (b & sme), "", zh(f"size {{}}: group (b) is for 中小微企业 only, and the firm {no_part}", f"规模 {{}}：第二类（受疫情影响较大的区内中小微企业）仅限中小微企业，且企业{no_part_zh}"),
              unknown=zh("which group of items 6-7 the firm belongs to (直接参加疫情防控工作的驻区企业 / 受疫情影响较大的区内"
                      "中小微企业, 经认定后) — not known", "企业属于第6、7项的哪一类（直接参加疫情防控工作的驻区企业 / 受疫情影响较大的区内中小微企业，经认定后） — 未知"), args=(size,))
    r.note(zh("✓ recognised as taking a direct part in epidemic prevention (直接参加疫情防控工作的驻区企业, 经认定后), any size", "✓ 经认定直接参加疫情防控工作（直接参加疫情防控工作的驻区企业，经认定后），不限规模"),
           when=a)
    r.note(zh("✓ recognised as a heavily affected {} firm, a 中小微企业 (受疫情影响较大的区内中小微企业, 经认定后)", "✓ 经认定为受疫情影响较大的 {} 企业，属于中小微企业（受疫情影响较大的区内中小微企业，经认定后）"),
           when=~a & b & sme, args=(size,))


# =====================================================================================================
# shijingshan.soe_collective_rent_reduction — 3.区属国有企业和集体经济企业减免租金
# =====================================================================================================
RENT_SOURCE = DOC.cite(
    "L4765-L4769",
    "3.区属国有企业和集体经济企业在疫情防控期间采取减免租金措施，对符合区域产业发展定位的区属中小微企业，经认定后，"
    "免收一个月房租，后续按 50%给予租金优惠。（责任单位：区国资委、区政府集体资产监管办）",
)
RENT_PARAMS = Params(
    free_months=Param(1, "免收一个月房租", unit="months rent-free", literal="一个月"),
    free_share=Param(Decimal(1), "免收一个月房租", unit="share of the free month's rent", literal="免收"),
    later_share=Param(Decimal("0.50"), "后续按 50%给予租金优惠", unit="share of each later month's rent",
                      note="'按 50%给予租金优惠' read as a 50% discount; 'charged at 50%' gives the same amount",
                      literal="50%"),
)
RENT_READINGS = [
    Reading("shijingshan_rent_free_month", date, date(2020, 2, 1),
            "Which month is rent-free ('免收一个月房租', not '2月份'): the month containing this date. Default "
            "2020-02 (the first rent month after the 2020-02-04 issue date, and the city rule's month); later months "
            "up to the end of 疫情防控期间 (reading epidemic_period_end) get 50%. A rent month counts when it begins "
            "on or before that end. Each lease counts only for the days it exists (leases.N.starts_on / ends_on): a "
            "month it covers in part counts days leased / days in the month."),
    Reading("shijingshan_rent_free_month_per_lease", bool, False,
            "A lease that begins after the first day of the free month (leases.N.starts_on): False (default) — the "
            "free month is one calendar month for every tenant (reading shijingshan_rent_free_month), so a lease "
            "beginning later gets 50% of the days it covers and only the free days it is leased; True — the lease's "
            "own first month (from starts_on to the day before the same day a month later) is free and the 50% runs "
            "from then; a lease beginning after the end of 疫情防控期间 gets nothing."),
    Reading("shijingshan_rent_collective_scope", Literal["shijingshan", "any"], "shijingshan",
            "'区属国有企业和集体经济企业': 'shijingshan' (default: 区属 qualifies both, so the collective-economy "
            "landlord must belong to 石景山) or 'any' (区属 qualifies only the SOEs; any collective-economy landlord)."),
]


def soe_collective_rent_reduction(r: Rule) -> None:
    """One month rent-free, then 50% of each later month's rent to the end of 疫情防控期间, per qualifying lease."""
    n = r.n
    r.require(r.size().isin(SME_SIZES), zh("size {} is within 中小微企业 (300号)", "规模 {} 属于中小微企业（300号）"), zh("size {} is not within 中小微企业 (300号)", "规模 {} 不属于中小微企业（300号）"))
    local(r)
    # 经认定后: the recognition is of the tenant as 符合区域产业发展定位的区属中小微企业
    r.require(r.fact.qualifications.fits_district_positioning.is_(True),
              zh("recognised as fitting 石景山's industrial positioning (符合区域产业发展定位, 经认定后)", "经认定符合区域产业发展定位（符合区域产业发展定位，经认定后）"),
              zh("not recognised as fitting 石景山's industrial positioning (符合区域产业发展定位, 经认定后)", "未经认定符合区域产业发展定位（符合区域产业发展定位，经认定后）"))
    leases = known_list(r, "leases", zh("the firm's leases", "企业的租约"))
    landlord = leases.landlord
    district_ok = leases.landlord_district.eq(HERE)
    if r.choose("shijingshan_rent_collective_scope", {"shijingshan": False, "any": True}):
        district_ok = landlord.eq("collective") | district_ok
    none = zh("no lease from a 石景山 区属国有企业 or 集体经济企业", "没有承租石景山区区属国有企业或集体经济企业的租约")
    q = r.select(
        leases,
        (landlord.isin({"district_soe", "collective"}), zh("landlord {}, not a 区属国有企业 or 集体经济企业", "出租方为 {}，不是区属国有企业或集体经济企业")),
        (district_ok, zh("landlord not of 石景山 (区属)", "出租方不属于石景山区（区属）")),
        needs=[leases.monthly_rent], label=zh("lease", "租约"), none=none).named("lease from a 石景山 区属国有企业 / 集体经济企业")
    end = r.reading("epidemic_period_end")
    free = month_start(r.reading("shijingshan_rent_free_month"))
    if free > end:
        r.fail(zh(f"the free month {free:%Y-%m} begins after the end of 疫情防控期间 ({end})", f"免租月 {free:%Y-%m} 在疫情防控期间结束（{end}）之后才开始"))
        r.pay(0)
        return
    last = month_end(end)  # a rent month counts when it begins on or before the end of 疫情防控期间
    k = r.value("free_months")
    free_w = month_window(free, k)
    r.step(zh(f"relieved months: {free:%Y-%m} free, then the later months of 疫情防控期间 (to {end}) up to", f"减免月份：{free:%Y-%m} 免租，其后疫情防控期间的月份（至 {end}）减半，截至"), const(last))
    start, stop = leases.starts_on.default(OPEN_START), leases.ends_on.default(OPEN_END)
    # the calendar free month(s) and the later months, each for the days leased (a month counts days leased / days in it)
    free_m = sum_nodes([N.overlap_days(start, stop, m).named(f"days leased in {m.start:%Y-%m}", "days") / m.days()
                        for m in free_w.months()])
    # the later months begin the day after the free month(s) (none when those reach the last month)
    later_from: Node = const(add_days(month_end(add_months(free, k - 1)), 1))
    per_lease = r.flag("shijingshan_rent_free_month_per_lease")
    conds: list[tuple[Node, str]] = []
    if per_lease:
        # the lease's own first month(s) free, from starts_on, and the 50% from then (reading per_lease)
        own = (leases.starts_on.known() & (leases.starts_on > free)).named("the lease begins after the free month")
        conds.append((~own | (leases.starts_on <= end), zh(f"begins {{}}, after the end of 疫情防控期间 ({end})", f"租约自 {{}} 起，在疫情防控期间结束（{end}）之后")))
        own_end = leases.starts_on.add_months(k).add_days(-1)
        own_days = leases.starts_on.days_until(own_end) + 1
        leased_days = maximum(0, leases.starts_on.days_until(minimum(stop, own_end)) + 1)
        free_m = if_(own, k * leased_days / own_days, free_m)
        later_from = if_(own, leases.starts_on.add_months(k), later_from)
    later_m = sum_nodes([N.overlap_days(maximum(start, later_from), stop, m).named(
        f"later days leased in {m.start:%Y-%m}", "days") / m.days() for m in Window(free, last).months()])
    free_m = free_m.named("free month(s) leased")
    later_m = later_m.named("later months leased")
    conds.append((free_m + later_m > 0, zh(f"not in force in the relieved months {free}..{last}", f"减免月份 {free}..{last} 内租约未生效")))
    relieved = r.select(leases, *conds, only=q, label=zh("lease", "租约"), none=none)
    # a lease in force for part of the months: its days in each month (a whole month counts 1)
    r.step(zh("free month(s) leased", "承租的免租月数"), free_m, where=relieved & (free_m // 1 < free_m))
    r.step(zh("later months leased", "承租的其后月数"), later_m, where=relieved & (later_m // 1 < later_m))
    rent = leases.monthly_rent
    relief = r.step(zh("relief", "减免额"), (n.free_share * rent * free_m + n.later_share * rent * later_m).named("relief", "yuan"),
                    where=relieved)
    # each lease's share, for the one-rent-once rule with the city (STACKING, per="leases")
    r.parts(leases, relief, where=relieved)
    r.effect("apply", zh("to the landlord (区国资委 / 区政府集体资产监管办 recognise the tenant)", "向出租方申请（由区国资委 / 区政府集体资产监管办认定承租企业）"))
    r.pay(r.step(zh("sum over leases", "各租约合计"), leases.sum(relief, where=relieved).named("relief", "yuan")),
          met=zh("lease(s) from a 石景山 区属国有企业 / 集体经济企业", "承租石景山区区属国有企业 / 集体经济企业的房产"))


def sum_nodes(xs: list[Node]) -> Node:
    """The sum of a list of expressions (months of a window)."""
    return sum(xs[1:], xs[0])


# =====================================================================================================
# shijingshan.landlord_rent_reduction_support — 4.对为区属中小微企业减免房租的业主给予支持
# =====================================================================================================
SUPPORT_SOURCE = DOC.cite(
    "L4771-L4777",
    "4.对租用其他经营用房，符合区域产业发展定位的区属中小微企业，鼓励业主为其减免房租。对为区属中小微企业减免房租的业主，"
    "经认定后，在疫情防控期间按减免金额的 30%给予支持。鼓励业主改变租金收取方式，按月收取房租。（责任单位：区财政局、"
    "区投促中心）",
)
SUPPORT_PARAMS = Params(
    share=Param(Decimal("0.30"), "在疫情防控期间按减免金额的 30%给予支持", unit="share of the rent waived", literal="30%"),
)
SUPPORT_READINGS = [
    Reading("shijingshan_landlord_support_cap", NonNegative | None, None,
            "The text sets no cap on the 30% support (other districts cap theirs: 东城 50万, 朝阳 100万). Default None "
            "(no cap, literal); a number caps the support per landlord."),
    Reading("shijingshan_support_period", Literal["relief_in_period", "any"], "relief_in_period",
            "'在疫情防控期间按减免金额的 30%给予支持': 'relief_in_period' (default: only rent waived for days within "
            "疫情防控期间 counts, a straddling relief prorated by days) or 'any' (the phrase dates only the payment)."),
    Reading("shijingshan_support_excludes_item3_landlords", bool, True,
            "'租用其他经营用房': whether item 3's landlords (石景山 district SOEs and collective-economy firms, which "
            "waive rent under item 3) are excluded from the 30% support. Default True ('其他' = other than item 3's)."),
    Reading("shijingshan_support_requires_positioning", bool, True,
            "The support sentence says only '区属中小微企业'; the first sentence adds '符合区域产业发展定位'. Default "
            "True: the tenant must meet the first sentence's conditions too."),
]


def landlord_rent_reduction_support(r: Rule) -> None:
    """30% of the rent a landlord waived for 石景山 SMEs fitting the district's positioning (no cap stated)."""
    r.require(r.present("rent_relief_granted"), "",
              zh("pays landlords for rent waived; the profile has no rent_relief_granted (not a landlord claiming)", "奖励的是为租户减免租金的出租方；企业信息中没有 rent_relief_granted（不是申请的出租方）"))
    if r.flag("shijingshan_support_excludes_item3_landlords"):
        own, level = r.fact.ownership, r.fact.state_owner_level
        r.require(own.ne("collective"), "",
                  zh("a collective-economy landlord waives rent under item 3, not item 4 (其他经营用房)", "集体经济企业出租方按第3项减免租金，不适用第4项（其他经营用房）"),
                  unknown=zh("landlord is not a 石景山 district SOE or collective-economy firm (其他经营用房) — not known", "出租方是否不是石景山区区属国有企业或集体经济企业（其他经营用房） — 未知"))
        district_soe = if_(own.eq("state"), if_(level.eq("district"), r.fact.district.eq(HERE), False), False)
        r.require(~district_soe, zh("landlord ownership {} is not a 石景山 区属国有企业 (其他经营用房)", "出租方所有制 {} 不是石景山区区属国有企业（其他经营用房）"),
                  zh("a 石景山 区属国有企业 waives rent under item 3, not item 4 (其他经营用房)", "石景山区区属国有企业按第3项减免租金，不适用第4项（其他经营用房）"),
                  unknown=zh("which level and district own the state-owned landlord — not known", "国有出租方属于哪一级、哪个区 — 未知"), args=(own,))
    rel = r.items("rent_relief_granted")
    conds = [
        (rel.tenant_size.isin(SME_SIZES), zh("tenant is {}, not 中小微企业", "承租企业规模为 {}，不是中小微企业")),
        (rel.tenant_district.eq(HERE), zh("tenant registered in {}, not 石景山 (区属)", "承租企业注册在 {}，不在石景山区（区属）")),
    ]
    if r.flag("shijingshan_support_requires_positioning"):
        conds.append((rel.tenant_fits_district_positioning.is_(True),
                      zh("tenant does not fit 石景山's industrial positioning (符合区域产业发展定位)", "承租企业不符合区域产业发展定位（符合区域产业发展定位）")))
    conds.append((rel.recognised.is_(True), zh("the landlord's reduction was not recognised (经认定后)", "出租方的减免未经认定（经认定后）")))
    in_period = r.choose("shijingshan_support_period", {"relief_in_period": True, "any": False})
    needs = [rel.amount] + ([rel.period_start, rel.period_end] if in_period else [])
    q = r.select(rel, *conds, needs=needs, label=zh("relief", "减免"))
    waived = rel.amount
    if in_period:
        p = period(r)
        r.settle()
        inside = N.overlap_days(rel.period_start, rel.period_end, p).named("days within 疫情防控期间", "days")
        days = (rel.period_start.days_until(rel.period_end) + 1).named("days relieved", "days")
        q = r.select(rel, (inside > 0, zh(f"period outside 疫情防控期间 {p}", f"减免期间在疫情防控期间 {p} 之外")), only=q, label=zh("relief", "减免"))
        # §1: only the relief's days inside 疫情防控期间 count
        waived = if_(inside < days, rel.amount * inside / days, rel.amount).named("rent waived within 疫情防控期间",
                                                                                "yuan")
        r.step(zh("rent waived within 疫情防控期间", "疫情防控期间内的减免租金"), rel.amount * inside / days, where=q & (inside < days))
    r.settle()
    r.require(rel.count(where=q) > 0, "", zh("no rent waived for a 石景山 SME fitting the district's positioning in "
                                          "疫情防控期间", "疫情防控期间未为符合区域产业发展定位的石景山区中小微企业减免租金"))
    amount = share_of_sum(r, rel, waived, q, zh("rent waived", "减免的租金"))
    cap = r.reading("shijingshan_landlord_support_cap")
    if cap is not None:
        capped = const(cap).named("assumptions.shijingshan_landlord_support_cap", "yuan")
        amount = r.step(zh("at most the cap (reading shijingshan_landlord_support_cap; the text sets no cap)", "不超过上限（解释口径 shijingshan_landlord_support_cap；文件未规定上限）"),
                        minimum(amount, capped).named("support", "yuan"))
    r.pay(amount, met=zh("rent relief(s) to 石景山 SMEs, recognised (经认定后)", "为石景山区中小微企业减免租金，经认定（经认定后）"))


# =====================================================================================================
# The two groups of items 6 and 7: 直接参加疫情防控工作的驻区企业 (any size) / 受疫情影响较大的区内中小微企业
# =====================================================================================================


# =====================================================================================================
# shijingshan.loan_interest_subsidy — 6.对疫情防控期间企业贷款给予财政贴息支持
# =====================================================================================================
LOAN_SOURCE = DOC.cite(
    "L4789-L4793",
    "6.对疫情防控期间企业贷款给予财政贴息支持。针对直接参加疫情防控工作的驻区企业和受疫情影响较大的区内中小微企业，"
    "经认定后，按照贷款实际支付利息的 100%给予企业财政贴息支持，单个企业贴息额度最高不超过 100万元。（责任单位：区金融办、"
    "区财政局）",
)
LOAN_PARAMS = Params(
    share=Param(Decimal(1), "按照贷款实际支付利息的 100%给予企业财政贴息支持", unit="share of interest actually paid",
                literal="100%"),
    cap=Param(Decimal(1_000_000), "单个企业贴息额度最高不超过 100万元", unit="yuan per firm", note="最高不超过: inclusive",
              literal="100万元"),
)
LOAN_READINGS = [
    Reading("shijingshan_loan_scope", Literal["originated_in_period", "interest_in_period"], "originated_in_period",
            "'疫情防控期间企业贷款': 'originated_in_period' (default: loans disbursed within 疫情防控期间) or "
            "'interest_in_period' (any loan outstanding in the period; give as interest_paid the interest paid "
            "within the period; a loan whose term (disbursed_on + term_months) ended before the period counts 0)."),
    Reading("shijingshan_interest_deduct_other_subsidies", bool, False,
            "Whether interest already subsidised by the city or central budget (loans.N.other_interest_subsidy) is "
            "deducted before the 100% (the text says nothing; default False, literal — a firm may then be paid more "
            "than its interest in total)."),
]


def loan_interest_subsidy(r: Rule) -> None:
    """100% of the interest actually paid on loans of 疫情防控期间, at most 1,000,000 per firm."""
    n = r.n
    two_groups(r)
    local(r)
    loans = known_list(r, "loans", zh("the firm's loans", "企业的贷款"))
    p = period(r)
    d = loans.disbursed_on
    deduct = r.flag("shijingshan_interest_deduct_other_subsidies")
    needs = [loans.interest_paid] + ([loans.other_interest_subsidy] if deduct else [])
    if r.choose("shijingshan_loan_scope", {"originated_in_period": True, "interest_in_period": False}):
        conds = [(d.within(p), zh(f"disbursed {{}}, outside 疫情防控期间 {p}", f"放款日 {{}}，在疫情防控期间 {p} 之外"))]
    else:
        early = (d < p.start).named("disbursed before 疫情防控期间")
        term_end = r.table(TERM_END, d, loans.term_months).named("last day of the term")
        conds = [(d <= p.end, zh(f"disbursed {{}}, after 疫情防控期间 {p}", f"放款日 {{}}，在疫情防控期间 {p} 之后")),
                 (~early | (term_end >= p.start), zh(f"its term ended before 疫情防控期间 {p}", f"贷款期限在疫情防控期间 {p} 之前已结束"))]
    q = r.select(loans, *conds, needs=needs, label=zh("loan", "贷款"), none=zh("no loan of 疫情防控期间", "没有疫情防控期间的贷款"))
    interest = loans.interest_paid
    if deduct:
        interest = maximum(0, interest - loans.other_interest_subsidy).named("interest less other subsidies", "yuan")
        r.step(zh("interest less other subsidies", "扣除其他贴息后的利息"), interest, where=q)
    amount = share_of_sum(r, loans, interest, q, zh("interest actually paid", "实际支付的利息"))
    r.pay(r.step(zh("at most 100万 per firm (单个企业贴息额度最高不超过 100万元)", "单个企业最高不超过 100万元（单个企业贴息额度最高不超过 100万元）"), minimum(amount, n.cap).named(
        "interest subsidy", "yuan")), met=zh("loan(s) of 疫情防控期间", "疫情防控期间的贷款"))


# =====================================================================================================
# shijingshan.guarantee_fee_waiver — 7.全额免除疫情期间产生贷款的担保费用
# =====================================================================================================
GUARANTEE_SOURCE = DOC.cite(
    "L4795-L4801",
    "7.优化对受疫情影响企业的融资担保服务。针对直接参加疫情防控工作的驻区企业和受疫情影响较大的区内中小微企业，经认定后，"
    "全额免除疫情期间产生贷款的担保费用。对于确无还款能力的小微企业，为其提供融资担保服务的区属政府性融资担保机构，"
    "应及时履行代偿义务，视疫情影响情况适当延长追偿时限。（责任单位：区金融办、区财政局）",
)
GUARANTEE_PARAMS = Params(
    share=Param(Decimal(1), "全额免除疫情期间产生贷款的担保费用", unit="share of the guarantee fee waived", literal="全额"),
)
GUARANTEE_READINGS = [
    Reading("shijingshan_guarantor_scope", Literal["any", "district_government"], "any",
            "Which guarantors waive: 'any' (default: the first sentence names none) or 'district_government' (only "
            "区属政府性融资担保机构, the guarantors the second sentence names)."),
    Reading("shijingshan_guarantee_loan_scope", Literal["originated_in_period", "fee_in_period"],
            "originated_in_period",
            "'疫情期间产生贷款': 'originated_in_period' (default: loans disbursed within 疫情期间) or 'fee_in_period' "
            "(the share of any guaranteed loan's fee that falls within the period, by days of the guarantee term)."),
    Reading("shijingshan_guarantee_fee_term", Literal["whole_term", "in_period_share"], "whole_term",
            "For a guarantee running past 疫情期间: 'whole_term' (default, literal '全额': the whole fee) or "
            "'in_period_share' (the fee prorated by the days of the guarantee term within the period)."),
]


def _loan_span(start: date, months: int) -> Window:
    """A loan's or guarantee's own period: from ``start`` for ``months`` calendar months (the day before the same day
    ``months`` later); a term of 0 months is the one day ``start``."""
    return Window(start, max(start, add_months(start, months) - DAY))


def guarantee_fee_waiver(r: Rule) -> None:
    """The whole guarantee fee of loans arising in 疫情期间 is waived (no cap)."""
    two_groups(r)
    local(r)
    loans = known_list(r, "loans", zh("the firm's loans", "企业的贷款"))
    p = period(r)
    d, fee = loans.disbursed_on, loans.guarantee_fee
    gov_only = r.choose("shijingshan_guarantor_scope", {"any": False, "district_government": True})
    originated = r.choose("shijingshan_guarantee_loan_scope", {"originated_in_period": True, "fee_in_period": False})
    share_only = not originated or r.choose("shijingshan_guarantee_fee_term",
                                            {"whole_term": False, "in_period_share": True})
    conds = [(fee.ne(0), zh("not guaranteed (guarantee_fee 0)", "无担保（guarantee_fee 为 0）"))]
    if originated:
        conds.append((d.within(p), zh(f"disbursed {{}}, outside 疫情期间 {p}", f"放款日 {{}}，在疫情期间 {p} 之外")))
    if gov_only:
        conds.append((loans.guarantor_district_government.is_(True), zh("guarantor is not a 区属政府性融资担保机构", "担保机构不是区属政府性融资担保机构")))
    needs = [d] + ([loans.term_months] if share_only else [])
    q = r.select(loans, *conds, needs=needs, label=zh("loan", "贷款"))
    counted = fee
    if share_only:
        r.settle()
        end = r.table(TERM_END, d, loans.term_months).named("last day of the guarantee term")
        inside = N.overlap_days(d, end, p).named("days of the guarantee term within 疫情期间", "days")
        days = (d.days_until(end) + 1).named("days of the guarantee term", "days")
        q = r.select(loans, (inside > 0, zh(f"guarantee term outside 疫情期间 {p}", f"担保期限在疫情期间 {p} 之外")), only=q, label=zh("loan", "贷款"))
        counted = r.step(zh("guarantee fee within 疫情期间", "疫情期间内的担保费"), (fee * inside / days).named("guarantee fee within 疫情期间",
                                                                                  "yuan"), where=q)
    r.settle()
    r.require(loans.count(where=q) > 0, zh("{} guaranteed loan(s) of 疫情期间", "疫情期间的担保贷款 {} 笔"), zh("no guaranteed loan of 疫情期间", "没有疫情期间的担保贷款"))
    r.pay(share_of_sum(r, loans, counted, q, zh("guarantee fees waived (全额免除)", "免除的担保费（全额免除）")))


# =====================================================================================================
# shijingshan.frontline_staff_post_subsidy — 8.保供单位上岗人员岗位补贴
# =====================================================================================================
POST_SOURCE = DOC.cite(
    "L4805-L4808",
    "8.对在疫情防控期间保障城市基本运行的重点商超、连锁便利店、社区菜店和为社会提供供餐服务的餐饮经营单位，经认定后，"
    "可申请上岗人员岗位补贴，按照每人每天 100元的补贴标准，从 2月 1日起发放。（责任单位：区商务局、区人力资源社会保障局、"
    "区财政局）",
)
POST_PARAMS = Params(
    per_person_day=Param(Decimal(100), "按照每人每天 100元的补贴标准", unit="yuan per person per day", literal="100元"),
    start=Param(date(2020, 2, 1), "从 2月 1日起发放", note="year 2020 implied; 起: inclusive", literal="2月 1日"),
    outlets=Param(
        ("key_supermarket", "chain_convenience_store", "community_vegetable_shop", "public_catering"),
        "重点商超、连锁便利店、社区菜店和为社会提供供餐服务的餐饮经营单位",
    ),
)
POST_READINGS = [
    Reading("shijingshan_post_subsidy_staff", Literal["all_on_duty", "customer_facing"], "all_on_duty",
            "Who are '上岗人员': 'all_on_duty' (default: every person on duty at the outlet) or 'customer_facing' "
            "(only staff serving customers; frontline_duty.N.customer_facing)."),
    Reading("shijingshan_post_subsidy_day_rule", Literal["calendar_days", "weekdays"], "calendar_days",
            "'每人每天': 'calendar_days' (default: every day on duty, the outlets open daily) or 'weekdays' "
            "(Monday to Friday only)."),
]


DAYS_A_WEEK, WORKDAYS_A_WEEK = 7, 5
"""Monday to Friday (the reading weekdays): five of the seven days of each week."""
A_MONDAY = date(1, 1, 1)  # the first day of the calendar is a Monday


def weekdays_before(day: Node) -> Node:
    """Monday-to-Friday days from :data:`A_MONDAY` up to the day before ``day``."""
    k = const(A_MONDAY).days_until(day)
    weeks = k // DAYS_A_WEEK
    return WORKDAYS_A_WEEK * weeks + minimum(k - DAYS_A_WEEK * weeks, WORKDAYS_A_WEEK)


def frontline_staff_post_subsidy(r: Rule) -> None:
    """100 yuan per person per day on duty from 2020-02-01 to the end of 疫情防控期间, essential outlets only."""
    n = r.n
    local(r)
    r.require(r.fact.essential_outlet.isin(r.value("outlets")),
              zh("outlet type {} is among 重点商超、连锁便利店、社区菜店、供餐服务的餐饮经营单位", "经营单位类型 {} 属于重点商超、连锁便利店、社区菜店、供餐服务的餐饮经营单位"),
              zh("outlet type {} is not a 重点商超, 连锁便利店, 社区菜店 or public catering unit", "经营单位类型 {} 不是重点商超、连锁便利店、社区菜店或为社会提供供餐服务的餐饮经营单位"))
    r.require(r.fact.qualifications.essential_outlet_recognised.is_(True),
              zh("recognised as an outlet keeping the city's basic operation supplied (保障城市基本运行的…经认定后)", "经认定为保障城市基本运行的经营单位（保障城市基本运行的…经认定后）"),
              zh("not recognised as an outlet keeping the city's basic operation supplied (保障城市基本运行的…经认定后)", "未经认定为保障城市基本运行的经营单位（保障城市基本运行的…经认定后）"))
    duty = known_list(r, "frontline_duty", zh("staff on duty", "上岗人员"))
    end = r.reading("epidemic_period_end")
    start = r.value("start")
    if end < start:
        r.fail(zh(f"疫情防控期间 ends {end}, before the subsidy starts (从 2月 1日起, {start})", f"疫情防控期间于 {end} 结束，早于补贴开始日（从 2月 1日起，{start}）"))
        r.pay(0)
        return
    window = Window(start, end)
    conds = []
    if r.choose("shijingshan_post_subsidy_staff", {"all_on_duty": False, "customer_facing": True}):
        conds.append((duty.customer_facing.is_(True), zh("not customer-facing (reading customer_facing)", "不直接面对顾客（解释口径 customer_facing）")))
    q = r.select(duty, *conds, needs=[duty.persons, duty.first_day, duty.last_day], label=zh("duty", "上岗记录"))
    r.settle()
    first, last = maximum(duty.first_day, start), minimum(duty.last_day, end)
    if r.choose("shijingshan_post_subsidy_day_rule", {"calendar_days": False, "weekdays": True}):
        days = maximum(0, weekdays_before(last.add_days(1)) - weekdays_before(first))
    else:
        days = N.overlap_days(duty.first_day, duty.last_day, window)
    days = days.named("days on duty", "days")
    q = r.select(duty, (N.overlap_days(duty.first_day, duty.last_day, window) > 0,
                        zh(f"on duty outside {window} (从 2月 1日起)", f"上岗时间在 {window} 之外（从 2月 1日起）")), only=q, label=zh("duty", "上岗记录"))
    person_days = r.step(zh("person-days on duty {}..{}", "上岗人天数 {}..{}"), (duty.persons * days).named("person-days"), where=q,
                         args=(first, last))
    total = r.step(zh("person-days on duty", "上岗人天数合计"), duty.sum(person_days, where=q).named("person-days"))
    r.require(total > 0, zh("{} person-days on duty from 2020-02-01", "2020-02-01 起上岗 {} 人天"), zh(f"no staff on duty within {window} (从 2月 1日起)", f"{window} 内无上岗人员（从 2月 1日起）"),
              args=(total,))
    r.pay(r.step(zh("subsidy", "补贴"), (n.per_person_day * total).named("subsidy", "yuan")))


# =====================================================================================================
MEASURES = [
    Measure(
        id="shijingshan.soe_collective_rent_reduction",
        district="shijingshan",
        title_zh="区属国有企业和集体经济企业减免租金",
        title_en="Rent relief by 石景山 district SOE and collective landlords: one month free, then 50% for the epidemic",
        kind="rent_reduction",
        beneficiary="enterprise",
        sources=(RENT_SOURCE, SCOPE_SOURCE),
        rule=soe_collective_rent_reduction,
        params=RENT_PARAMS,
        # soe_rent_one_level_scope: read by the one-rent-once rule with the city (STACKING), which records it
        readings=("shijingshan_local_firm_test", "epidemic_period_end", *(r.name for r in RENT_READINGS),
                  "soe_rent_one_level_scope"),
        valid=VALID,
        summary="Σ leases: rent × 1 + 50% × rent × later months to the end of 疫情防控期间",
    ),
    Measure(
        id="shijingshan.landlord_rent_reduction_support",
        district="shijingshan",
        title_zh="对为区属中小微企业减免房租的业主给予支持",
        title_en="Support to landlords: 30% of the rent waived for 石景山 SMEs (no cap stated)",
        kind="rent_subsidy_to_landlord",
        beneficiary="landlord",
        sources=(SUPPORT_SOURCE, SCOPE_SOURCE),
        rule=landlord_rent_reduction_support,
        params=SUPPORT_PARAMS,
        readings=("epidemic_period_start", "epidemic_period_end", *(r.name for r in SUPPORT_READINGS)),
        territory="custom",
        valid=VALID,
        summary="30% × rent waived for 石景山 SMEs fitting the district's positioning, in 疫情防控期间",
        notes=("'减免金额' is the amount waived against the contractual rent (rent_relief_granted.N.amount).",
               "The landlord's own district is not tested: the tenant must be 区属."),
    ),
    Measure(
        id="shijingshan.loan_interest_subsidy",
        district="shijingshan",
        title_zh="疫情防控期间企业贷款财政贴息",
        title_en="Interest subsidy: 100% of interest actually paid on loans of the epidemic period, ≤ 1,000,000 per firm",
        kind="interest_subsidy",
        beneficiary="enterprise",
        sources=(LOAN_SOURCE, SCOPE_SOURCE),
        rule=loan_interest_subsidy,
        params=LOAN_PARAMS,
        readings=("shijingshan_local_firm_test", "epidemic_period_start", "epidemic_period_end",
                  *(r.name for r in LOAN_READINGS)),
        valid=VALID,
        summary="min(100% × interest actually paid on loans of 疫情防控期间, 1,000,000)",
        notes=("No benchmark-rate limit and no loan-size limit in the text.",
               "Penalty interest (罚息) is not interest actually paid on the loan; leave it out of interest_paid."),
    ),
    Measure(
        id="shijingshan.guarantee_fee_waiver",
        district="shijingshan",
        title_zh="全额免除疫情期间产生贷款的担保费用",
        title_en="Guarantee fee waiver: the whole guarantee fee of loans arising in the epidemic period",
        kind="fee_waiver",
        beneficiary="enterprise",
        sources=(GUARANTEE_SOURCE, SCOPE_SOURCE),
        rule=guarantee_fee_waiver,
        params=GUARANTEE_PARAMS,
        readings=("shijingshan_local_firm_test", "epidemic_period_start", "epidemic_period_end",
                  *(r.name for r in GUARANTEE_READINGS)),
        valid=VALID,
        summary="100% × guarantee fees of loans disbursed in 疫情期间 (no cap)",
        notes=("The second sentence (代偿, 适当延长追偿时限) sets no period: not quantified.",),
    ),
    Measure(
        id="shijingshan.frontline_staff_post_subsidy",
        district="shijingshan",
        title_zh="保供单位上岗人员岗位补贴",
        title_en="Post subsidy for on-duty staff of essential outlets: 100 yuan per person per day from 2020-02-01",
        kind="cash_grant",
        beneficiary="enterprise",
        sources=(POST_SOURCE, SCOPE_SOURCE),
        rule=frontline_staff_post_subsidy,
        params=POST_PARAMS,
        readings=("shijingshan_local_firm_test", "epidemic_period_end", *(r.name for r in POST_READINGS)),
        valid=VALID,
        summary="100 × person-days on duty from 2020-02-01 to the end of 疫情防控期间 (no size condition, no cap)",
    ),
]

READINGS = [*COMMON_READINGS, *RENT_READINGS, *SUPPORT_READINGS, *LOAN_READINGS, *GUARANTEE_READINGS, *POST_READINGS]


# =====================================================================================================
# Stacking: one rent, once (README "Decisions"; ERRATA_04_06 finding 7)
# =====================================================================================================
CITY_SOE_RENT = "beijing.soe_rent_reduction_feb"


STACKING: list[StackingRule] = [
    StackingRule(
        "shijingshan_soe_rent_once", "exclusive", ("shijingshan.soe_collective_rent_reduction", CITY_SOE_RENT),
        SCOPE_SOURCE,
        "a 石景山 SOE's February rent is waived once, lease by lease: on each lease item 3 (February free, then 50%) "
        "or the city February rule (免收 2月份房租 / 50% for offices), whichever pays more on it — item 3 already "
        "contains February; the firm's other leases (a 市属 SOE's premises) keep the city relief",
        keep="highest", per="leases", per_reading="soe_rent_one_level_scope",
    ),
]
