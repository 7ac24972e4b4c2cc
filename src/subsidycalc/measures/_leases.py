"""The lease concepts the SOE-rent measures share, as vocabulary helpers: each a ``def`` that takes the
:class:`~subsidycalc.engine.rules.define.Rule` (or the leases) and returns nodes or makes the statements the measures
share (docs/rules.md).

The city February-rent rule (京政办发〔2020〕7号, ``beijing.soe_rent_reduction_feb``) and the districts that restate it
for their own SOEs (大兴, 丰台) go lease by lease: a lease is ruled out by a known fact, left undetermined by an
unknown one, or relieved; each relieved lease's share is recorded (``r.parts(leases, ...)``) for the stacking rules
declared ``per="leases"``. What differs between them — the landlord tests, the words of each reason — stays in the
measure's definition and is passed in.

Each lease counts only for the part of its own period (``starts_on`` … ``ends_on``, either end open when absent)
inside the month relieved (issue 8 §1): a lease that ended on 2020-02-10 is relieved on 10/29 of its February rent,
one that ended in January or starts in March on nothing (``✗`` with the reason).

- :func:`in_force` — the selection condition "the lease is in force at some time in the window", with its words;
- :func:`days_in` — the days of the lease's own period inside a window (:func:`~.nodes.overlap_days`);
- :func:`month_rent` — a month's rent for the lease's own days in it (monthly rent × days / days of the month, exact), or the
  whole monthly rent under the reading ``soe_rent_feb_partial_month="whole_month"``;
- :func:`february_tiers` — the city rule's two tiers lease by lease: the operating conditions of the
  production/business tier (and of the office tier under ``office_requires_no_layoff``), the share of each tier;
- :func:`tier_relief` — each relieved lease's relief (its tier's share × its rent), one step per lease naming its
  use and the quote of the tier applied;
- :func:`pay_leases` — settle, fail when no lease is relieved, each lease's part, the sum, the payment.

This module starts with ``_``: the registry does not scan it for measures.
"""

from __future__ import annotations

from datetime import date

from ..engine.periods import Window, month_of
from ..engine.rules.define import Items, Rule
from ..engine.rules.nodes import Node, if_, overlap_days
from ..i18n import Msg, local, zh

#: the month of the city February-rent rule and its restatements (免收 2月份房租): February 2020, 29 days
FEBRUARY_2020 = month_of(date(2020, 2, 1))

#: the failed 不裁员、少裁员 condition, in the words of the city rule's restatements
LAID_OFF = zh("laid off staff (不裁员、少裁员 not met)", "有裁员（未做到不裁员、少裁员）")
#: the failed 坚持营业或依照防疫规定关闭停业 condition, in the city rule's words
NOT_OPEN = zh("did not stay open as required nor close under the rules",
              "未按照政府要求坚持营业，也未依照防疫规定关闭停业")


def _zh(en: str, chinese: str, *words: str) -> str:
    """``en`` with its Chinese form when every measure's ``words`` it is built from has one (:class:`Msg`); else the
    plain English (a caller's words still untranslated stay counted by ``i18n.untranslated``)."""
    return zh(en, chinese) if all(isinstance(w, Msg) for w in words) else en


def _cn(words: str) -> str:
    """The Chinese form of a measure's ``words`` (as they are when they have none)."""
    return local(words, "zh")


def days_in(leases: Items, window: Window) -> Node:
    """The days of each lease's own period (``starts_on`` … ``ends_on``; an absent start: already in force, an absent
    end: still in force) inside ``window``: 0 when it is not in force there."""
    return overlap_days(leases.starts_on.default(window.start), leases.ends_on.default(window.end), window).named(
        zh(f"days in force in {window}", f"在 {window} 内的有效天数"), "days")


def in_force(leases: Items, window: Window) -> list[tuple[Node, str]]:
    """The selection conditions "the lease is in force at some time in ``window``", with their words: it does not
    end before the window starts, nor start after it ends (an absent end is open)."""
    return [
        (leases.ends_on.default(window.end) >= window.start, zh(f"the lease (ending {{}}) is not in force in {window}",
                                                                 f"租约（截至 {{}}）在 {window} 内不在有效期内")),
        (leases.starts_on.default(window.start) <= window.end, zh(f"the lease (from {{}}) is not in force in {window}",
                                                                   f"租约（自 {{}} 起）在 {window} 内不在有效期内")),
    ]


def month_rent(r: Rule, leases: Items, month: Window, where: Node) -> Node:
    """A month's rent of each lease for its own days in ``month``: ``monthly_rent`` × the share of the month's days
    its period covers (exact), or the whole monthly rent under the shared reading
    ``soe_rent_feb_partial_month="whole_month"`` (the measure declares it). A step shows the share of each lease
    ``where`` it covers the month only in part."""
    whole = r.choose("soe_rent_feb_partial_month", {"prorate_days": False, "whole_month": True})
    days = days_in(leases, month)
    name = month.start.strftime("%B %Y")
    name_zh = f"{month.start.year}年{month.start.month}月"
    of = month_of(month.start).days()
    part = (days < of).named(zh(f"in force for part of {month}", f"{month} 内部分时间有效"))
    r.step(zh(f"days in force in {month} (of {of})", f"{month} 内的有效天数（共 {of} 天）"), days, where=where & part)
    if whole:
        r.note(zh(f"a lease in force for part of {name}: its whole monthly rent counts (reading "
                  "soe_rent_feb_partial_month=whole_month)",
                  f"{name_zh}部分时间有效的租约：按整月租金计算（解释口径 soe_rent_feb_partial_month=whole_month）"),
               when=leases.any(where & part))
        return leases.monthly_rent.named(zh(f"rent of {name}", f"{name_zh}租金"), "yuan")
    own_days = zh(f"rent of {name} for its own days", f"{name_zh}按有效天数计算的租金")
    rent = if_(part, leases.monthly_rent * days / of, leases.monthly_rent).named(own_days, "yuan")
    r.step(own_days, rent, where=where & part)
    return rent


def operating_conditions(r: Rule) -> tuple[Node, Node]:
    """按照政府要求坚持营业或依照防疫规定关闭停业 (``qualifications.open_or_closed_per_rules``) and 不裁员、少裁员
    (``qualifications.no_layoffs``): the conditions of the city rule's production/business tier."""
    q = r.fact.qualifications
    return (q.open_or_closed_per_rules.named("坚持营业或依照防疫规定关闭停业"),
            q.no_layoffs.named("不裁员、少裁员"))


def february_tiers(r: Rule, leases: Items, candidates: Node, *, office_conditions: bool, not_open: str = NOT_OPEN,
                   ) -> tuple[Node, Node]:
    """The city February-rent tiers, lease by lease, as the city rule and the districts that restate it word for
    word (大兴, 丰台) apply them, among the ``candidates``: a production/business lease (and an office lease when
    ``office_conditions``, the reading ``office_requires_no_layoff``) needs the operating conditions (✗ when one is
    not met, its fact missing when unknown). Returns (the lease is relieved, its share of the rent): the measure's
    ``business_share`` (免收 2月份房租) or ``office_share`` (the office tier)."""
    business = leases.use.eq("business").named(zh("production/business use", "生产经营用房"))
    open_, kept = operating_conditions(r)
    tiers = [(business, zh("production/business use", "生产经营用房"))]
    if office_conditions:
        tiers.append((~business, zh("office use (reading office_requires_no_layoff)",
                                    "办公用房（解释口径 office_requires_no_layoff）")))
    conds = []
    for tier, words in tiers:
        conds += [(if_(tier, open_, True), _zh(f"{words}: {not_open}", f"{_cn(words)}：{_cn(not_open)}", not_open)),
                  (if_(tier, kept, True), zh(f"{words}: {LAID_OFF}", f"{_cn(words)}：{_cn(LAID_OFF)}"))]
    relieved = r.select(leases, *conds, only=candidates, label=zh("lease", "租约")).named(zh("relieved lease",
                                                                                             "减免的租约"))
    share = if_(business, r.n.business_share, r.n.office_share).named(zh("share of the tier", "该档比例"), "share")
    return relieved, share


def tier_relief(r: Rule, leases: Items, share: Node, rent: Node, relieved: Node, business: str, office: str) -> Node:
    """The relief of each ``relieved`` lease, ``share`` (:func:`february_tiers`) × its ``rent``, with one step per lease
    that names the lease's use and quotes the tier applied: ``business`` (the text's words for the
    production/business tier, 免收 2月份房租) or ``office`` (the office tier's)."""
    relief = (share * rent).named(zh("relief", "减免额"), "yuan")
    business_use = leases.use.eq("business")
    r.step(_zh(f"relief, {{}} use ({business})", f"减免额，{{}} 用途（{_cn(business)}）", business), relief,
           where=relieved & business_use, args=(leases.use,))
    r.step(_zh(f"relief, {{}} use ({office})", f"减免额，{{}} 用途（{_cn(office)}）", office), relief,
           where=relieved & ~business_use, args=(leases.use,))
    return relief


def pay_leases(r: Rule, leases: Items, relief: Node, relieved: Node, none: str, met: str,
               apply: str | None = None) -> None:
    """Pay the sum of the ``relief`` of the ``relieved`` leases: settle (an unknown fact makes the measure
    undetermined); fail with ``none`` when no lease is relieved; each lease's share (``r.parts``, for the stacking
    rules declared ``per="leases"``); the ``apply`` effect when given; the sum over leases."""
    r.settle()
    r.require(leases.count(where=relieved) > 0, _zh(f"{{}} {met}", f"{{}} 份{_cn(met)}", met), none)
    r.parts(leases, relief, where=relieved)
    if apply is not None:
        r.effect("apply", apply)
    r.pay(r.step(zh("sum over leases", "各租约合计"), leases.sum(relief, where=relieved).named(zh("relief", "减免额"),
                                                                                            "yuan")))
