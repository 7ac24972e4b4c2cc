"""海淀 H1: the clauses every measure shares (五、附则 GH1–GH4, H1's validity), and the functions composing the rule
vocabulary that several measures use (see the package docstring)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Annotated, Any, Literal

import numpy as np
from pydantic import Field

from ...engine.measure import Measure, Param, Params, Reading
from ...engine.periods import (
    Window,
    add_days,
    add_months,
    covered_share,
    whole_months_between,
)
from ...engine.rules.columns import F, T, U
from ...engine.rules.define import Items, Rule
from ...engine.rules.nodes import Node, Table, all_of, const, if_, minimum
from ...engine.rules.rat import Rat
from ...engine.rules.tables import benchmark
from ...i18n import local, zh
from .._documents import HAIDIAN_H1 as DOC
from .._lists import known_list  # noqa: F401 - the haidian modules import it from here

HERE = "haidian"
ISSUED = DOC.issued  # 2020-02-11 (L3191)
NonNegative = Annotated[Decimal, Field(ge=0)]

# =====================================================================================================
# GH1–GH4 — 五、附则
# =====================================================================================================
SCOPE_SOURCE = DOC.cite("L3476", "以上政策适用于在海淀区注册、纳税、纳统的企业。")
SIZE_SOURCE = DOC.cite(
    "L3476-L3480",
    "以上政策中的“中小微企业”，特指符合工业和信息化部、国家统计局、国家发展改革委、财政部联合发布的《中小企业划型标准规定》"
    "（见工信部联企业〔2011〕300号）的中小微企业。",
)
ONE_LEVEL_SOURCE = DOC.cite("L3482-L3484", "凡市区两级共有的政策，企业只能选择其中一级进行申请，不得重复享受同类补贴支持资金。")
FRAUD_SOURCE = DOC.cite(
    "L3486-L3490",
    "对违反规定、弄虚作假骗取奖励补贴政策的企业，除将奖励补贴资金全额收缴外，三年内不准其申请区内各类补贴奖励资金，"
    "并严肃追究有关人员责任。",
)
VALIDITY_SOURCE = DOC.cite(
    "L3492-L3494", "以上措施自印发之日起实施，有效期为新冠肺炎疫情防控期间（具体措施中有明确期限规定的除外)；",
)
CITY_POLICY_SOURCE = DOC.cite(
    "L3213-L3219",
    "《北京市人民政府办公厅关于应对新型冠状病毒感染的肺炎疫情影响促进中小微企业持续健康发展的若干措施》（京政办发〔2020〕7号）",
)

BAN = Param(3, "三年内不准其申请区内各类补贴奖励资金", unit="years after the clawback", literal="三年内")


def h1_params(**kw: Param) -> Params:
    """A measure's numbers, plus GH4's three-year ban (every 海淀 subsidy applies it)."""
    return Params(ban_years=BAN, **kw)


VALID_FROM = Param(ISSUED, "以上措施自印发之日起实施", unit="first day of H1's validity",
                   convention="the document's issue date, 2020-02-11 (L3191, cover notice L3205-L3207): "
                              "'以上措施自印发之日起实施'")


def _contract_month(start: date, k: int) -> Window:
    """The ``k``-th month (from 0) of a term running from ``start``: ``start + k`` months to the day before
    ``start + k + 1`` months (clamped to month ends, :func:`add_months`)."""
    return Window(add_months(start, k), add_days(add_months(start, k + 1), -1))


@lru_cache(maxsize=1 << 16)  # pragma: no mutate (the cache size: a speed setting no input can tell)
def _months_inside(start: date, months: int, window: Window | None) -> Fraction:
    """Of the ``months`` contract months from ``start``, the months that fall inside ``window``, each prorated by
    its days inside (exact). Only the months that can meet the window are visited."""
    if window is None:
        return Fraction(0)
    assert window.end is not None, "H1's validity ends at epidemic_period_end"
    first = max(0, whole_months_between(start, window.start) - 1)
    last = min(months, whole_months_between(start, window.end) + 2)
    return sum((covered_share(window, _contract_month(start, k)) for k in range(first, last)), Fraction(0))


def _months_inside_tables(window: Window | None) -> tuple[Table, Table]:
    """The months of a loan (``months`` contract months from ``start``) inside H1's validity, each prorated by its
    days inside (:func:`_months_inside`, exact), as the numerator and the denominator of that fraction. Contract
    months run from a date to the day before the same date a month on: the vocabulary's ``month_shares`` counts the
    calendar months of a fixed window, not an item's own contract months, so this is a reference function evaluated
    for one firm and, item by item, for many (two integer tables: the traced evaluator's compiled form takes a
    table's value to be a Decimal or an integer, never a Fraction)."""

    def part(which: str) -> Table:
        def value(start: date, months: int) -> int:
            f = _months_inside(start, months, window)
            return f.numerator if which == "numerator" else f.denominator

        def scalar(start: date, months: Any) -> tuple[int, None]:
            return value(start, int(months)), None

        def vector(starts: Any, months: Any) -> tuple[Any, Any]:
            # each distinct (start, term) once: loans share disbursement days and terms
            terms = np.broadcast_to(np.asarray(months.n // months.d, dtype=np.int64), (len(starts),))
            pairs = np.stack([np.asarray(starts, dtype=np.int64), terms])
            uniq, inverse = np.unique(pairs, axis=1, return_inverse=True)
            vals = np.fromiter((value(date.fromordinal(int(d)), int(m)) if d >= 1 and m >= 0 else 1
                                for d, m in zip(uniq[0], uniq[1], strict=True)), dtype=np.int64, count=uniq.shape[1])
            out = vals[np.asarray(inverse).reshape(-1)]
            return Rat(out, 1), np.zeros(len(out), dtype=bool)

        def describe(v: int, start: date, months: Any) -> str:
            return str(v)

        return Table(f"months inside H1's validity ({which})", "num", scalar, vector, "epidemic_period_end", describe)

    return part("numerator"), part("denominator")


def validity(r: Rule) -> Window | None:
    """H1's validity (L3492-L3494): from the issue date to the end of '新冠肺炎疫情防控期间' (the shared reading
    ``epidemic_period_end``); None when that end is set before the issue date."""
    end = r.reading("epidemic_period_end")
    start = r.value("valid_from")
    return Window(start, end) if end >= start else None


def months_counted(r: Rule, items: Items, start: Node, months: Node) -> Node:
    """The months of a loan's interest the subsidy counts (issue 8 §1): those of its ``months`` from ``start`` inside
    H1's validity (a month partly inside prorated by its days); under ``haidian_interest_subsidy_period`` =
    "whole_term", all of them once any falls inside."""
    window = validity(r)
    num, den = _months_inside_tables(window)
    inside = (r.table(num, start, months) / r.table(den, start, months)).named(
        zh(f"months inside H1's validity {window or 'from ' + str(ISSUED)}",
           f"H1 有效期 {window or '自 ' + str(ISSUED)} 内的月数"), "months")
    whole = r.choose("haidian_interest_subsidy_period", {"validity": False, "whole_term": True})
    return if_(inside > 0, months, 0).named(zh("months counted", "计入月数"), "months") if whole else inside


def when_known(only: Node, cond: Node) -> Node:
    """``cond``, asked only once ``only`` is known (an item not known to be of the measure's kind has only that
    fact missing, as the text asks it first)."""
    return ~only.known() | cond


def needs_where(only: Node, *facts: Node) -> Node:
    """The facts an item needs once it is of the measure's kind (``only``); unknown with their paths."""
    return if_(only, all_of(*(f.defined() for f in facts)), True)


def benchmark_interest(r: Rule, loans: Items, months: Node, of_months: Node, where: Node,
                       cap_reading: str | None) -> Node:
    """One loan's 贴息: ``share`` of its benchmark rate × principal × ``months`` / 12 (a Fraction when a month is only
    partly counted); limited, when the reading ``cap_reading`` is on, to the interest paid over those months
    (interest_paid × months / ``of_months``)."""
    n = r.n
    bench = r.table(benchmark(r.reading("benchmark_series")), loans.disbursed_on, loans.term_months)
    r.need(loans.sum(bench, where=where), zh("the benchmark rate of each counted loan (another benchmark_series)", "每笔计入贷款的基准利率（或另选 benchmark_series）"))
    r.settle()
    r.step(zh("benchmark rate", "基准利率"), bench.named(zh("benchmark rate", "基准利率")), where=where)
    sub = (n.share * bench * loans.principal * months / n.months_per_year).named(zh("subsidy at the benchmark", "按基准利率计的贴息"), "yuan")
    r.step(zh("subsidy at the benchmark", "按基准利率计的贴息"), sub, where=where)
    if cap_reading is None:
        return sub
    paid = (loans.interest_paid * months / of_months).named(zh("interest paid over the months counted", "计入月份实际支付的利息"), "yuan")
    limited = minimum(sub, paid).named(zh(f"limited to the interest paid (reading {cap_reading})",
                                        f"以实际支付的利息为限（解释口径 {cap_reading}）"), "yuan")
    r.step(zh(f"limited to the interest paid over the months counted (reading {cap_reading})",
              f"以计入月份实际支付的利息为限（解释口径 {cap_reading}）"), limited,
           where=where & (sub > paid))
    return limited


COMMON_READINGS = [
    Reading("haidian_range_point", Literal["low", "high"], "low",
            "Where a 海淀 amount is a range the text leaves to assessment ('不高于 X' / '最高 X' with no base, "
            "'按本金的 20%至 70%') and the profile gives no assessed amount or share (assessed_grants, "
            "lending.credit_loss_share): the point reported is the low end (default, "
            "the floor the text guarantees: 0, or 20%) or the high end (the ceiling). low/high always show both."),
    Reading("haidian_interest_subsidy_period", Literal["validity", "whole_term"], "validity",
            "The 海淀 interest subsidies (确权融资 B10 '给予基准利率 50%的贴息', 并购贷款 B17 '付息后按基准利率的 40％予以"
            "补贴') name no period of their own; H1 is valid '自印发之日起…有效期为新冠肺炎疫情防控期间' (L3492-L3494). "
            "'validity' (default; issue 8 §1: an item counts only for the time it falls in the measure's window): only "
            "the interest of the months of the financing (B10: its term) or of the interest paid (B17) that fall "
            "between the issue date 2020-02-11 and epidemic_period_end, a month partly inside prorated by its days; "
            "'whole_term': every such month of a financing or loan any of whose months falls in that window (as catalog "
            "03's examples count 'for a year'). A loan wholly outside the window counts nothing either way."),
    Reading("haidian_gh1_applies_to_payee", bool, False,
            "Whether GH1 (注册、纳税、纳统 in 海淀) also binds a paid financial institution or guarantee company. "
            "Default False (catalog 03 GH1): the item's own '驻区' test (the branch or company located in 海淀) "
            "applies to the payee; True adds registration and tax in 海淀."),
]


# =====================================================================================================
# The same clauses in the rule vocabulary (docs/rules.md): GH3/GH4, the payee's 驻区 test, a ceiling with no base
# =====================================================================================================
def list_table(name: str, test: Callable[[Sequence[str]], bool], words: str) -> Table:
    """A condition on a list-of-values fact (``city_level_chosen_for``, a set of efficiencies): the vocabulary has no
    "contains" on such a fact yet, so it is a small reference function evaluated for one firm and for many (an
    absent list is unknown; callers give its documented meaning with ``.default``)."""

    def scalar(values: Sequence[str]) -> tuple[bool, None]:
        return bool(test(values)), None

    def vector(column: Any) -> tuple[Any, Any]:
        seen: dict[Any, np.int8] = {}  # each distinct list once (most firms give none or the same few)

        def code(v: Any) -> np.int8:
            if v is None:
                return U
            key = tuple(v)
            got = seen.get(key)
            if got is None:
                got = seen[key] = T if test(v) else F
            return got

        codes = np.fromiter((code(v) for v in column), dtype=np.int8, count=len(column))
        return codes, np.zeros(len(column), dtype=bool)

    return Table(name, "bool", scalar, vector, name, lambda value, values: f"{words}: {'yes' if value else 'no'}")


def general_rules(r: Rule) -> None:
    """GH3 (the firm applies at the city level for this measure instead: ``Firm.city_level_chosen_for``, a fact of
    the firm; absent or [] means none) and GH4 (a fraud clawback within the three years before H1 bans every 海淀
    subsidy)."""
    mid = r.measure.id
    chosen = r.table(list_table(f"city level chosen for {mid}", lambda ids: mid in ids,
                                 f"{mid} among the measures claimed at the city level"),
                     r.fact.city_level_chosen_for).default(False).named("the firm applies at the city level instead")
    r.require(~chosen, "", zh("GH3: the firm applies for the city-level policy of the same type instead (凡市区两级共有的"
                                 "政策，企业只能选择其中一级进行申请; city_level_chosen_for)",
                                 "GH3：企业选择申请市级同类政策（凡市区两级共有的政策，企业只能选择其中一级进行申请；"
                                 "city_level_chosen_for）"))
    clawed = r.fact.subsidy_fraud_clawback_on
    # 三年内: banned until the clawback's date three years on (the same day, or the month's end, add_years)
    until = clawed.add_months(r.value("ban_years") * 12).named("banned from 海淀 subsidies until")
    issued = const(ISSUED).named("H1 issued (以上措施自印发之日起实施)")
    r.require(~(until >= issued).default(False), "",
              zh("GH4: district subsidies clawed back for fraud on {}; banned from 海淀 subsidies until {} "
                 "(三年内不准其申请区内各类补贴奖励资金)",
                 "GH4：{} 因弄虚作假骗取奖励补贴被收缴；{} 前不准申请海淀区补贴（三年内不准其申请区内各类补贴奖励资金）"),
              args=(clawed, until))


def payee_in_haidian(r: Rule, place: Node, what: str) -> None:
    """The item's own "驻区" test on a payee (lender, guarantor); with ``haidian_gh1_applies_to_payee``, GH1 too."""
    w = local(what, 'zh')
    r.require(place.eq(HERE), zh(f"{what} located in 海淀 (驻区)", f"{w}位于海淀区（驻区）"),
              zh(f"the {what} is in {{}}, not located in 海淀 (驻区)", f"{w}在 {{}}，不在海淀区（驻区）"),
              unknown=zh(f"{what} located in 海淀 (驻区) — not known", f"{w}是否位于海淀区（驻区） — 未知"))
    if r.flag("haidian_gh1_applies_to_payee"):
        district = r.fact.district
        taxed = r.fact.tax_district.default(district)
        r.require(if_(district.known(), district.eq(HERE) & taxed.eq(HERE), district.eq(HERE)),
                  zh("payee registered, taxed and 纳统 in 海淀 (GH1)", "受款机构在海淀区注册、纳税、纳统（GH1）"),
                  zh("GH1 (reading haidian_gh1_applies_to_payee): the payee is not registered and taxed in 海淀", "GH1（解释口径 haidian_gh1_applies_to_payee）：受款机构未在海淀区注册并纳税"),
                  unknown=zh("payee registered in 海淀 (GH1, reading haidian_gh1_applies_to_payee) — not known", "受款机构是否在海淀区注册（GH1，解释口径 haidian_gh1_applies_to_payee） — 未知"))


def qualification(r: Rule, name: str, met: str, failed: str) -> Node:
    """A recognition or fact of ``qualifications`` that must be true: unknown → missing, false → ineligible."""
    return r.require(getattr(r.fact.qualifications, name).is_(True), met, failed,
                     unknown=zh(f"{met} — not known", f"{local(met, 'zh')} — 未知"))


def section_given(r: Rule, path: str, what: str) -> Callable[[Node], Node]:
    """A sub-model of the profile the measure reads (``capital_markets``: absent is unknown): not given → missing as
    ``path`` itself, and nothing the measure asks of it afterwards is asked (those conditions are unknown with the
    same path). Returns that guard: ``within(cond)`` is ``cond`` where the section is given.

    (``Items.given`` does this for a list; for a sub-model the vocabulary has only ``r.present``, never unknown, so
    "given, else missing as the section" is a small reference function of ``r.present``.)"""

    def scalar(present: bool) -> tuple[bool | None, str | None]:
        return (True, None) if present else (None, path)

    def vector(codes: Any) -> tuple[Any, Any]:
        return np.where(codes == T, T, U).astype(np.int8), codes != T

    present = r.present(path)
    given = r.table(Table(f"{path} given", "bool", scalar, vector, path, lambda v, p: "given"), present)
    r.require(given, "", "", unknown=zh(f"{what} — not known", f"{local(what, 'zh')} — 未知"))

    def within(cond: Node) -> Node:
        return if_(present, cond, given)

    return within


def ceiling(r: Rule, per_project: bool = False, computed: Node | None = None) -> tuple[Node, Node, Node]:
    """An assessed grant under a ceiling ``r.n.cap`` (不高于 / 最高, inclusive) and no base: the amounts assessed for the
    firm under this measure (``assessed_grants``, a fact of the firm: one per project or one for the firm) capped —
    per project when ``per_project`` —, else ``computed`` (a figure a reading derives) capped, else the range
    0 … cap, its point by ``haidian_range_point``. Returns (amount, low, high)."""
    cap = r.n.cap
    grants = r.items("assessed_grants")
    mine = grants.measure.eq(r.measure.id)
    assessed = grants.any(mine).default(False).named("an amount assessed for the firm (assessed_grants)")
    # the assessed amount capped at the ceiling (不高于, inclusive), per project when per_project
    if per_project:
        figure = grants.sum(minimum(grants.amount.named(zh("assessed for the project", "该项目核定金额"), "yuan"), cap), where=mine)
    else:
        figure = minimum(grants.sum(grants.amount, where=mine).named(zh("assessed amount", "核定金额"), "yuan"), cap)
    if computed is not None:
        grant = r.step(zh("grant", "金额"), if_(assessed, figure, minimum(computed, cap)).named(zh("grant", "金额"), "yuan"))
        return grant, grant, grant
    point = r.choose("haidian_range_point", {"low": const(Decimal(0)), "high": cap}).named(
        zh("no amount assessed yet (assessed_grants): the point of the range 0 … the ceiling (reading haidian_range_point)",
           "尚未核定金额（assessed_grants）：取区间 0 … 上限中的一点（解释口径 haidian_range_point）"),
        "yuan")
    # not shown for an undetermined award: until its conditions are known the point is only the reading's default
    grant = r.step(zh("grant", "金额"), if_(assessed, figure, point).named(zh("grant", "金额"), "yuan"), decided_only=True)
    return grant, if_(assessed, figure, 0), if_(assessed, figure, cap)


def lender(r: Rule, what: str) -> None:
    """A measure paying a financial institution: the profile must describe one (``lending``)."""
    r.require(r.present("lending"), "", zh(f"pays a financial institution {what}; the profile has no lending section (not "
                                           "a lender)", f"补贴对象为金融机构（{local(what, 'zh')}）；企业信息中没有 lending 部分（不是金融机构）"))


def epidemic_period(r: Rule) -> Window:
    """疫情期间: the shared epidemic-period readings."""
    return Window(r.reading("epidemic_period_start"), r.reading("epidemic_period_end"))


EPI = ("epidemic_period_start", "epidemic_period_end")


def h1_measure(id_: str, title_zh: str, title_en: str, kind: str, beneficiary: str, sources: tuple, rule: Any,
       params: Params, readings: tuple[str, ...], summary: str, **kw: Any) -> Measure:
    return Measure(id=f"{HERE}.{id_}", district=HERE, title_zh=title_zh, title_en=title_en, kind=kind,
                   beneficiary=beneficiary,  # type: ignore[arg-type]
                   sources=(*sources, SCOPE_SOURCE, ONE_LEVEL_SOURCE, FRAUD_SOURCE), rule=rule, params=params,
                   readings=readings, summary=summary, **kw)
