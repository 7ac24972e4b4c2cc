"""海淀区: 《海淀区关于落实北京市促防疫稳增长政策加大力度支持企业稳定发展的若干措施》 (H1, 2020-02-11; catalog 03
Part B, B1–B19, with ERRATA_01_03 R14–R18).

Global rules of H1 五、附则 (L3476-L3494):

- **GH1 (place)**: "以上政策适用于在海淀区注册、纳税、纳统的企业" — the document's territory ``district_and_tax``
  (``Firm.district`` means 注册、纳税、纳统, API.md). Measures paying a financial institution or guarantee company
  apply the item's own "驻区" test to the payee instead (``territory="custom"``; reading
  ``haidian_gh1_applies_to_payee`` adds GH1 on the payee's own registration and tax).
- **GH2 (size)**: 中小微企业 = 工信部联企业〔2011〕300号 (``r.size()``, the SME size standard).
- **GH3 (one level)**: "凡市区两级共有的政策，企业只能选择其中一级进行申请，不得重复享受同类补贴支持资金": declared as
  ``STACKING`` against the city measures of the same type that the catalog has (the city February SOE-rent rule),
  lease by lease (``per="leases"``): one lease's February rent is relieved at one level, the higher, and a firm's
  other leases (a 市属 SOE's premises the 海淀 measure does not cover) keep the city relief;
  for a city programme outside the catalog, the firm's choice is a fact of its profile, not a reading (it differs
  between the firms of a portfolio): ``Firm.city_level_chosen_for`` lists the district measures the firm claims at
  the city level instead; every 海淀 measure named there is ineligible (the ids are checked against the catalog when
  the profile is validated, ``profile.firm._district_measure_id``). "不得重复享受同类补贴支持资金" also reads, in the
  landlord subsidy (R18), ``rent_relief_granted.N.subsidised_elsewhere`` (the fact 西城 reads): a reduction that
  already drew a subsidy elsewhere earns nothing here.
- **GH4 (fraud)**: "三年内不准其申请区内各类补贴奖励资金": a firm whose district subsidies were clawed back for fraud
  (``subsidy_fraud_clawback_on``) within three years before the measures is ineligible for every 海淀 subsidy.
- **Validity**: from issue (2020-02-11) for "新冠肺炎疫情防控期间"; "疫情期间" is the shared epidemic-period readings.
  The interest subsidies (B10, B17) name no period of their own: a loan counts for its months inside the validity
  (``haidian_interest_subsidy_period``).

Items count only for the time they exist (issue 8 §1): a lease for the days of February 2020 it is in force (B5/B6), a
financing or M&A loan for its months inside H1's validity (B10/B17, contract months prorated by days), a landlord's
rent reduction for its days inside 疫情期间 (R18). Recognitions the texts make conditions are facts of the profile
(issue 8 §3): 经相关部门评定 (B3, B4: ``qualifications.tech_epidemic_control_recognised``,
``epidemic_supply_production_recognised``), 经行业主管部门和出租方认定 (B5/B6: ``leases.N.relief_recognised``):
unknown → undetermined, false → ineligible. Amounts are exact until the engine's one rounding.

Amounts with only a ceiling ("不高于 300万元", "最高 200万元") or a range ("20%至 70%") are ranges (low … high);
the point follows ``haidian_range_point`` (default the floor the text guarantees) unless the profile gives what was
decided for the firm (issue 9 §4: per-firm determinations are facts, ``MOVED_READINGS`` names their old reading
names): the amount assessed (``assessed_grants``), the loss share set for the institution
(``lending.credit_loss_share``), the extension the securities firm granted (``stock_pledges.N.extension_months``).
Fund sizes (B14, B18) are information, not relief.

Every measure is written once in the rule vocabulary (docs/rules.md). The clauses several measures share are
functions composing it: :func:`general_rules` (GH3, GH4), :func:`payee_in_haidian` (驻区), :func:`ceiling` (an
assessed grant under a ceiling), :func:`months_counted` (a loan's months inside H1's validity) and
:func:`benchmark_interest` (贴息 at a share of the benchmark rate).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Annotated, Any, Literal

import numpy as np
from pydantic import Field

from ..engine.measure import Measure, Param, Params, Reading
from ..engine.periods import (
    Window,
    add_days,
    add_months,
    covered_share,
    whole_months_between,
)
from ..engine.rules.columns import F, T, U
from ..engine.rules.define import Items, Rule
from ..engine.rules.nodes import Node, Table, all_of, const, if_, minimum
from ..engine.rules.nodes import overlap_days as days_inside
from ..engine.rules.rat import Rat
from ..engine.rules.tables import benchmark
from ..engine.stacking import StackingRule
from ..profile.industries import SME_SIZES
from ._documents import HAIDIAN_H1 as DOC

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


def _params(**kw: Param) -> Params:
    """A measure's numbers, plus GH4's three-year ban (every 海淀 subsidy applies it)."""
    return Params(ban_years=BAN, **kw)


VALID_FROM = Param(ISSUED, "以上措施自印发之日起实施", unit="first day of H1's validity",
                   convention="the document's issue date, 2020-02-11 (L3191, cover notice L3205-L3207): "
                              "'以上措施自印发之日起实施'")


def _contract_month(start: date, k: int) -> Window:
    """The ``k``-th month (from 0) of a term running from ``start``: ``start + k`` months to the day before
    ``start + k + 1`` months (clamped to month ends, :func:`add_months`)."""
    return Window(add_months(start, k), add_days(add_months(start, k + 1), -1))


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
            terms = months.n // months.d
            out = np.fromiter((value(date.fromordinal(int(d)), int(m)) if d >= 1 and m >= 0 else 1
                               for d, m in zip(starts, terms, strict=True)), dtype=np.int64, count=len(starts))
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
        f"months inside H1's validity {window or 'from ' + str(ISSUED)}", "months")
    whole = r.choose("haidian_interest_subsidy_period", {"validity": False, "whole_term": True})
    return if_(inside > 0, months, 0).named("months counted", "months") if whole else inside


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
    r.need(loans.sum(bench, where=where), "the benchmark rate of each counted loan (another benchmark_series)")
    r.settle()
    r.step("benchmark rate", bench.named("benchmark rate"), where=where)
    sub = (n.share * bench * loans.principal * months / n.months_per_year).named("subsidy at the benchmark", "yuan")
    r.step("subsidy at the benchmark", sub, where=where)
    if cap_reading is None:
        return sub
    paid = (loans.interest_paid * months / of_months).named("interest paid over the months counted", "yuan")
    limited = minimum(sub, paid).named(f"limited to the interest paid (reading {cap_reading})", "yuan")
    r.step(f"limited to the interest paid over the months counted (reading {cap_reading})", limited,
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
def _list_table(name: str, test: Callable[[Sequence[str]], bool], words: str) -> Table:
    """A condition on a list-of-values fact (``city_level_chosen_for``, a set of efficiencies): the vocabulary has no
    "contains" on such a fact yet, so it is a small reference function evaluated for one firm and for many (an
    absent list is unknown; callers give its documented meaning with ``.default``)."""

    def scalar(values: Sequence[str]) -> tuple[bool, None]:
        return bool(test(values)), None

    def vector(column: Any) -> tuple[Any, Any]:
        codes = np.fromiter((U if v is None else (T if test(v) else F) for v in column), dtype=np.int8,
                            count=len(column))
        return codes, np.zeros(len(column), dtype=bool)

    return Table(name, "bool", scalar, vector, name, lambda value, values: f"{words}: {'yes' if value else 'no'}")


def general_rules(r: Rule) -> None:
    """GH3 (the firm applies at the city level for this measure instead: ``Firm.city_level_chosen_for``, a fact of
    the firm; absent or [] means none) and GH4 (a fraud clawback within the three years before H1 bans every 海淀
    subsidy)."""
    mid = r.measure.id
    chosen = r.table(_list_table(f"city level chosen for {mid}", lambda ids: mid in ids,
                                 f"{mid} among the measures claimed at the city level"),
                     r.fact.city_level_chosen_for).default(False).named("the firm applies at the city level instead")
    r.require(~chosen, "", "GH3: the firm applies for the city-level policy of the same type instead (凡市区两级共有的"
              "政策，企业只能选择其中一级进行申请; city_level_chosen_for)")
    clawed = r.fact.subsidy_fraud_clawback_on
    # 三年内: banned until the clawback's date three years on (the same day, or the month's end, add_years)
    until = clawed.add_months(r.value("ban_years") * 12).named("banned from 海淀 subsidies until")
    issued = const(ISSUED).named("H1 issued (以上措施自印发之日起实施)")
    r.require(~(until >= issued).default(False), "",
              "GH4: district subsidies clawed back for fraud on {}; banned from 海淀 subsidies until {} "
              "(三年内不准其申请区内各类补贴奖励资金)", args=(clawed, until))


def payee_in_haidian(r: Rule, place: Node, what: str) -> None:
    """The item's own "驻区" test on a payee (lender, guarantor); with ``haidian_gh1_applies_to_payee``, GH1 too."""
    r.require(place.eq(HERE), f"{what} located in 海淀 (驻区)", f"the {what} is in {{}}, not located in 海淀 (驻区)",
              unknown=f"{what} located in 海淀 (驻区) — not known")
    if r.flag("haidian_gh1_applies_to_payee"):
        district = r.fact.district
        taxed = r.fact.tax_district.default(district)
        r.require(if_(district.known(), district.eq(HERE) & taxed.eq(HERE), district.eq(HERE)),
                  "payee registered, taxed and 纳统 in 海淀 (GH1)",
                  "GH1 (reading haidian_gh1_applies_to_payee): the payee is not registered and taxed in 海淀",
                  unknown="payee registered in 海淀 (GH1, reading haidian_gh1_applies_to_payee) — not known")


def qualification(r: Rule, name: str, met: str, failed: str) -> Node:
    """A recognition or fact of ``qualifications`` that must be true: unknown → missing, false → ineligible."""
    return r.require(getattr(r.fact.qualifications, name).is_(True), met, failed, unknown=f"{met} — not known")


def known_list(r: Rule, section: str, what: str, settle: bool = True) -> Items:
    """A list section the measure reads item by item; not given → missing, and (``settle``) undetermined at once."""
    items = r.items(section)
    r.require(items.given, "", "", unknown=f"{what} — not known")
    if settle:
        r.settle()
    return items


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
    r.require(given, "", "", unknown=f"{what} — not known")

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
        figure = grants.sum(minimum(grants.amount.named("assessed for the project", "yuan"), cap), where=mine)
    else:
        figure = minimum(grants.sum(grants.amount, where=mine).named("assessed amount", "yuan"), cap)
    if computed is not None:
        grant = r.step("grant", if_(assessed, figure, minimum(computed, cap)).named("grant", "yuan"))
        return grant, grant, grant
    point = r.choose("haidian_range_point", {"low": const(Decimal(0)), "high": cap}).named(
        "no amount assessed yet (assessed_grants): the point of the range 0 … the ceiling (reading haidian_range_point)",
        "yuan")
    grant = r.step("grant", if_(assessed, figure, point).named("grant", "yuan"))
    return grant, if_(assessed, figure, 0), if_(assessed, figure, cap)


# =====================================================================================================
# B1 haidian.covid_rd_support — （一）支持企业科研攻关, first paragraph
# =====================================================================================================
RD_SOURCE = DOC.cite(
    "L3227-L3231",
    "对从事新冠肺炎快速检测试剂、疫苗、创新医疗器械或特效治疗药物研发的企业，给予不高于 300万元的研发支持。",
)
RD_PARAMS = _params(cap=Param(Decimal(3_000_000), "给予不高于 300万元的研发支持", unit="yuan", note="不高于: inclusive",
                                literal="300万元"))
RD_READINGS = [
    Reading("haidian_covid_rd_requires_success", bool, False,
            "'从事…研发' (engaged in R&D; default False, the seed) or '研发出' (successfully developed; True, as a "
            "北京日报 report describes it): True also requires qualifications.covid_rd_developed."),
    Reading("haidian_covid_rd_cap_scope", Literal["firm", "project"], "firm",
            "Whether the 300万 ceiling is per firm (default; the text speaks of '企业') or per project."),
]


def covid_rd_support(r: Rule) -> None:
    """Up to 3,000,000 of R&D support for firms developing COVID-19 tests, vaccines, devices or drugs."""
    general_rules(r)
    qualification(r, "covid_rd_engaged", "engaged in R&D of COVID-19 rapid tests, vaccines, innovative medical devices "
                  "or specific drugs (从事…研发)", "not engaged in R&D of a COVID-19 test, vaccine, device or drug")
    if r.flag("haidian_covid_rd_requires_success"):
        qualification(r, "covid_rd_developed", "the R&D succeeded (研发出; reading haidian_covid_rd_requires_success)",
                      "the R&D has not succeeded (reading haidian_covid_rd_requires_success: 研发出)")
    per_project = r.choose("haidian_covid_rd_cap_scope", {"firm": False, "project": True})
    amount, low, high = ceiling(r, per_project=per_project)
    r.pay(amount, low=low, high=high)


# =====================================================================================================
# B2 haidian.national_emergency_project_matching — （一）, third paragraph
# =====================================================================================================
MATCH_SOURCE = DOC.cite(
    "L3240-L3244", "对获得国家级防治新冠肺炎的科技攻关项目应急立项的项目单位，采用前资助方式给予不高于 500万元的配套资金支持。",
)
MATCH_PARAMS = _params(cap=Param(Decimal(5_000_000), "给予不高于 500万元的配套资金支持", unit="yuan", literal="500万元",
                                 note="不高于: inclusive; paid up front (前资助)"))
MATCH_READINGS = [
    Reading("haidian_matching_ratio", NonNegative | None, None,
            "'配套' (matching) with no ratio to the national funding: a ratio (e.g. 1 for 1:1, illustrative in "
            "catalog 03) gives ratio × national_emergency_project_funding, capped, where no amount was assessed "
            "(assessed_grants). Default None."),
    Reading("haidian_matching_allows_non_enterprise", bool, True,
            "The item pays the '项目单位', while GH1 speaks of '企业': True (default, catalog 03) admits a non-enterprise "
            "unit (university, institute: enterprise = false) registered in 海淀 without GH1's tax test; False "
            "applies GH1 to every unit."),
    Reading("haidian_matching_accepts_city_projects", bool, False,
            "Whether a city-level emergency project also qualifies: the text says 国家级 only (default False)."),
]


def national_emergency_project_matching(r: Rule) -> None:
    """Up-front matching funds, up to 5,000,000, for units holding a national COVID-19 emergency research project."""
    general_rules(r)
    district = r.fact.district
    r.require(district.eq(HERE), "registered in 海淀", "a 海淀 measure; the unit is registered in {}",
              unknown="registered in 海淀 — not known")
    taxed = r.fact.tax_district.default(district)
    elsewhere = (district.eq(HERE) & taxed.ne(HERE)).default(False).named("registered in 海淀, taxed elsewhere")
    if r.flag("haidian_matching_allows_non_enterprise"):
        # the item pays the 项目单位: GH1's tax test binds an enterprise only
        enterprise = r.fact.enterprise
        r.require(~(elsewhere & enterprise.is_(True)), "", "GH1: pays tax in {}, not in 海淀", args=(taxed,))
        r.require(if_(elsewhere, enterprise.is_(False), True), "", "",
                  unknown="a non-enterprise 项目单位 (GH1's 企业 test does not bind it) — not known")
        r.note("✓ a non-enterprise 项目单位 (GH1's 企业 test does not bind it)", when=elsewhere & enterprise.is_(False))
    else:
        r.require(~elsewhere, "", "GH1: pays tax in {}, not in 海淀", args=(taxed,))
    level = r.fact.qualifications.covid_emergency_project
    allowed = {"national", "city"} if r.flag("haidian_matching_accepts_city_projects") else {"national"}
    r.require(level.isin(allowed), "{} emergency approval of a COVID-19 research project (应急立项)",
              "emergency project level: {}; the text requires 国家级",
              unknown="national emergency approval (国家级…应急立项) of a COVID-19 research project — not known")
    ratio = r.reading("haidian_matching_ratio")
    funding = r.fact.national_emergency_project_funding
    if ratio is not None:
        r.need(funding, "national funding")
    r.settle()
    computed = None
    if ratio is not None:
        computed = r.step("matching: the ratio (reading haidian_matching_ratio) × national funding",
                          (const(ratio).named("assumptions.haidian_matching_ratio") * funding).named("matching", "yuan"))
    r.effect("timing", "paid up front (采用前资助方式)")
    amount, low, high = ceiling(r, computed=computed)
    r.pay(amount, low=low, high=high)


# =====================================================================================================
# B3 haidian.tech_epidemic_control_reward — （二）激励企业参与技术防疫, first paragraph
# =====================================================================================================
TECH_SOURCE = DOC.cite(
    "L3248-L3254",
    "对积极利用人工智能、云计算、大数据等技术手段和信息化系统等，将其实际应用于大规模疫情防控，对提高疫情防控、生产经营和城市运行"
    "效率有突出贡献的企业，经相关部门评定后，给予不高于 300万元的一次性奖励。",
)
TECH_PARAMS = _params(cap=Param(Decimal(3_000_000), "经相关部门评定后，给予不高于 300万元的一次性奖励", unit="yuan",
                                literal="300万元",
                                note="one-off; 不高于: inclusive"))
TECH_READINGS = [
    Reading("haidian_tech_reward_requires_all_three", bool, False,
            "'对提高疫情防控、生产经营和城市运行效率有突出贡献': a contribution to any one of the three efficiencies "
            "(default False, catalog 03) or to all three (True)."),
]
EFFICIENCIES = ("epidemic_control", "production", "city_operation")


def tech_epidemic_control_reward(r: Rule) -> None:
    """One-off reward up to 3,000,000 for AI / cloud / big-data systems applied to large-scale epidemic control."""
    general_rules(r)
    qualification(r, "tech_epidemic_control_applied", "AI, cloud, big-data or information systems actually applied to "
                  "large-scale epidemic control (实际应用于大规模疫情防控)",
                  "its technology was not actually applied to large-scale epidemic control (e.g. only piloted)")
    qualification(r, "tech_epidemic_control_recognised", "assessed and recognised by the relevant departments "
                  "(经相关部门评定)", "not recognised by the relevant departments (经相关部门评定)")
    done = r.fact.qualifications.tech_epidemic_control_contributions
    if r.flag("haidian_tech_reward_requires_all_three"):
        every = r.table(_list_table("contributes to all three efficiencies",
                                    lambda xs: all(e in xs for e in EFFICIENCIES), "all three efficiencies"), done)
        r.require(every, "outstanding contribution to all three efficiencies",
                  "not an outstanding contribution to all three efficiencies (reading "
                  "haidian_tech_reward_requires_all_three)",
                  unknown="outstanding contribution to epidemic control, production or city operation — not known")
    else:
        some = r.table(_list_table("contributes to an efficiency", lambda xs: len(xs) > 0, "an efficiency"), done)
        r.require(some, "outstanding contribution to {} efficiency (有突出贡献)",
                  "no outstanding contribution (突出贡献) to epidemic control, production or city operation",
                  unknown="outstanding contribution to epidemic control, production or city operation — not known",
                  args=(done,))
    amount, low, high = ceiling(r)
    r.pay(amount, low=low, high=high)


# =====================================================================================================
# B4 haidian.epidemic_supply_production_reward — （二）, second paragraph
# =====================================================================================================
SUPPLY_SOURCE = DOC.cite(
    "L3256-L3260",
    "应急生产口罩、医用防护服、红外人体测温仪、额温计、负压设备、呼吸机、消杀用品等防疫物资的企业，经相关部门评定后，给予不高于 "
    "300万元的一次性奖励。",
)
SUPPLY_PARAMS = _params(cap=Param(Decimal(3_000_000), "经相关部门评定后，给予不高于 300万元的一次性奖励", unit="yuan",
                                  literal="300万元",
                                  note="one-off; 不高于: inclusive"))
SUPPLY_READINGS = [
    Reading("haidian_supply_reward_new_producers_only", bool, False,
            "'应急生产': regular producers that raised output and new producers that converted lines both qualify "
            "(default False, catalog 03); True admits only firms that set up a production line for epidemic supplies "
            "(qualifications.existing_plant_epidemic_supply_line)."),
]


def epidemic_supply_production_reward(r: Rule) -> None:
    """One-off reward up to 3,000,000 for the emergency production of epidemic supplies."""
    general_rules(r)
    qualification(r, "epidemic_supply_emergency_production", "produced epidemic supplies in the emergency "
                  "(应急生产口罩…等防疫物资)", "did not produce epidemic supplies (trading is not 应急生产)")
    qualification(r, "epidemic_supply_production_recognised", "assessed and recognised by the relevant departments "
                  "(经相关部门评定)", "not recognised by the relevant departments (经相关部门评定)")
    if r.flag("haidian_supply_reward_new_producers_only"):
        qualification(r, "existing_plant_epidemic_supply_line", "set up a line for epidemic supplies (reading "
                      "haidian_supply_reward_new_producers_only)", "a regular producer, not a converted line (reading "
                      "haidian_supply_reward_new_producers_only)")
    amount, low, high = ceiling(r)
    r.pay(amount, low=low, high=high)


# =====================================================================================================
# B5/B6 haidian.district_soe_tenant_relief_feb.{production_use,office_use} — （四）, first paragraph
# The February rent is the city rule restated ("按市级政策"); the property fee ("另…物业费") is 海淀's own and alone
# depends on 物业由区属国有企业管理 (ERRATA_01_03 R14).
# =====================================================================================================
SOE_SOURCE = DOC.cite(
    "L3280-L3290",
    "对承租区内区属国有企业房产从事生产经营活动，按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员，且物业由区属国有企业管理"
    "的中小微企业，经行业主管部门和出租方认定，除按市级政策免收 2020年 2月份房租外，另免收该月的物业费；对承租用于商务办公且物业由"
    "区属国有企业管理的中小微企业，除按市级政策将 2020年 2月份房租减免 50%外，另将该月物业费减免 50%。",
)
FEB = Window(date(2020, 2, 1), date(2020, 2, 29))
PRODUCTION_PARAMS = _params(
    rent_share=Param(Decimal(1), "除按市级政策免收 2020年 2月份房租外", unit="share of February 2020 rent", literal="免收"),
    fee_share=Param(Decimal(1), "另免收该月的物业费", unit="share of February 2020 property fee", literal="免收"),
    month=Param(FEB, "免收 2020年 2月份房租", note="February 2020 only", literal="2020年 2月份"),
)
OFFICE_PARAMS = _params(
    rent_share=Param(Decimal("0.50"), "除按市级政策将 2020年 2月份房租减免 50%外", unit="share of February 2020 rent",
                     literal="50%"),
    fee_share=Param(Decimal("0.50"), "另将该月物业费减免 50%", unit="share of February 2020 property fee", literal="50%"),
    month=Param(FEB, "将 2020年 2月份房租减免 50%", note="February 2020 only", literal="2020年 2月份"),
)
OFFICE_NO_LAYOFF = "office_requires_no_layoff"  # shared SOE-rent reading (README "Decisions"), declared once elsewhere
ONE_LEVEL_SCOPE = "soe_rent_one_level_scope"  # shared: the one-level rule per lease or per firm (STACKING below)
SOE_READINGS = [
    Reading("haidian_property_fee_requires_rent_conditions", bool, True,
            "'除按市级政策免收…房租外，另免收该月的物业费': the property-fee waiver is an add-on to the rent relief, so the "
            "tenant must meet the rent conditions too (default True, catalog 03 B5 ambiguity 1); False waives the fee "
            "for any SME tenant whose property a district SOE manages."),
    Reading("haidian_property_manager_must_be_landlord", bool, False,
            "'物业由区属国有企业管理': any 区属国有企业 may manage (default False) or only the landlord SOE itself (True)."),
    Reading("haidian_office_requires_recognition", bool, True,
            "'经行业主管部门和出租方认定' stands in the production clause; the office clause after the semicolon does not "
            "restate it. True (default, catalog 03 B6 ambiguity 1: 'recognition yes'): an office lease too needs the "
            "recognition (leases.N.relief_recognised); False: offices need none."),
    Reading("haidian_office_requires_district_soe_landlord", bool, True,
            "The office clause does not restate the landlord: a 海淀 district SOE is implied (default True, catalog 03 "
            "B6 ambiguity 1); False drops the landlord test for offices whose property a district SOE manages."),
]


def soe_relief(r: Rule, use: str) -> None:
    """B5/B6: the February 2020 rent (the city rule restated, 按市级政策) and property fee (海淀's own, 另…物业费) of a
    lease of a 海淀 district SOE's premises, for the days of February the lease is in force; each lease's relief is
    its part (the one-level rule with the city February rent, ``STACKING``, per lease)."""
    n = r.n
    office = use == "office"
    month: Window = r.value("month")
    general_rules(r)
    r.require(r.size().isin(SME_SIZES), "size {} is within 中小微企业 (GH2, 300号)",
              "size {} is not within 中小微企业 (GH2, 300号)")
    leases = known_list(r, "leases", "the firm's leases")
    need_landlord = not office or r.flag("haidian_office_requires_district_soe_landlord")
    conditions = not office or r.flag(OFFICE_NO_LAYOFF)
    recognition = not office or r.flag("haidian_office_requires_recognition")
    fee_needs_rent = r.flag("haidian_property_fee_requires_rent_conditions")
    managers = {"landlord"} if r.flag("haidian_property_manager_must_be_landlord") else {"landlord", "district_soe"}
    start, end = leases.starts_on, leases.ends_on
    conds = []
    if need_landlord:
        conds += [(leases.landlord.eq("district_soe"), "landlord {}, not a 区属国有企业"),
                  (leases.landlord_district.eq(HERE), "landlord belongs to {}, not a 海淀 区属国有企业 (区内)")]
    conds += [((end >= month.start).default(True), "lease ended {}, before February 2020"),
              ((start <= month.end).default(True), "lease starts {}, after February 2020")]
    if recognition:
        conds.append((leases.relief_recognised.is_(True), "relief not recognised by the industry authority and the "
                      "lessor (经行业主管部门和出租方认定)" + (" (reading haidian_office_requires_recognition)" if office
                                                       else "")))
    kind = "office" if office else "production/business"
    q = r.select(leases, *conds, only=leases.use.eq(use), needs=(leases.monthly_rent, leases.property_manager),
                 label="lease", none=f"no {kind} lease of a 海淀 区属国有企业's premises in force in February 2020").named(
        f"{kind} lease of 海淀 district-SOE premises")
    # 按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员 (the rent conditions)
    if conditions:
        ok = (r.fact.qualifications.open_or_closed_per_rules.is_(True) & r.fact.qualifications.no_layoffs.is_(True)).named(
            "stayed open or closed under the rules, and no (or few) lay-offs")
        r.need(ok, "按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员")
        r.settle()
        r.note("✗ rent part: laid off staff or neither stayed open nor closed under the rules"
               + (" (reading office_requires_no_layoff)" if office else ""), when=~ok)
    else:
        ok = const(True)
    # the lease counts only for the days of February 2020 it is in force (issue 8 §1)
    days = days_inside(start.default(month.start), end.default(month.end), month).named(
        "days in force in February 2020", "days")
    r.step("days in force in February 2020", days, where=q & (days < month.days()))
    covered = days / const(month.days()).named("days of February 2020")
    if recognition:
        r.note("✓ recognised by the industry authority and the lessor (经行业主管部门和出租方认定)", when=leases.any(q))
    rent = (n.rent_share * leases.monthly_rent * covered).named("rent (按市级政策)", "yuan")
    r.step("rent (按市级政策)", rent, where=q & ok)
    pm = leases.property_manager
    managed = (pm.isin(managers) & (leases.landlord.eq("district_soe").default(False) | pm.ne("landlord"))).named(
        "物业由区属国有企业管理")
    fee_due = (q & managed & (ok | (not fee_needs_rent))).named("property fee relieved")
    r.need(leases.sum(leases.monthly_property_fee, where=fee_due), "the February property fee of each lease")
    r.settle()
    fee = (n.fee_share * leases.monthly_property_fee * covered).named("property fee (海淀's own)", "yuan")
    r.step("property fee (海淀's own)", fee, where=fee_due)
    got = (if_(ok, rent, 0) + if_(fee_due, fee, 0)).named("relief of the lease", "yuan")
    relieved = (q & (ok | fee_due)).named("lease relieved")
    total = r.step("relief", leases.sum(got, where=relieved).named("relief", "yuan"))
    r.require(~(total.eq(0) & ~ok), "", "不裁员、少裁员 / 坚持营业或依规关闭停业 not met, and no property fee relieved")
    r.effect("apply", "to the landlord, with the recognition of the industry authority and the lessor (经行业主管部门和"
                      "出租方认定); 区国资委")
    r.pay(total, met=f"{kind} lease(s) of 海淀 district-SOE premises")
    # the lease's share, for the one-level rule with the city February rent (STACKING, per="leases")
    r.parts(leases, got, where=relieved)


def district_soe_relief_production(r: Rule) -> None:
    """February 2020 rent (city rule) and property fee (海淀) waived for SMEs producing in 海淀 district-SOE premises."""
    soe_relief(r, "business")


def district_soe_relief_office(r: Rule) -> None:
    """February 2020 rent (city rule) and property fee (海淀) halved for SME offices in 海淀 district-SOE premises."""
    soe_relief(r, "office")


# =====================================================================================================
# B7 haidian.epidemic_control_cost_subsidy_q1 — （六）保障企业和项目开复工
# =====================================================================================================
COST_SOURCE = DOC.cite(
    "L3325-L3329",
    "对疫情期间承担较高防疫成本开工生产的企业或重点建设工程项目，在2020年第一季度对主导行业、主要领域“稳增长”贡献突出的，给予最高 "
    "200万元的疫情防控经费补助。",
)
COST_PARAMS = _params(
    cap=Param(Decimal(2_000_000), "给予最高 200万元的疫情防控经费补助", unit="yuan", note="最高: inclusive",
                literal="200万元"),
    quarter=Param(Window(date(2020, 1, 1), date(2020, 3, 31)), "在2020年第一季度", note="the contribution's quarter",
                    literal="2020年第一季度"),
)
COST_READINGS = [
    Reading("haidian_control_cost_cap_at_costs", bool, False,
            "Whether the subsidy is also limited to the epidemic-control costs borne (epidemic_control_costs): not in "
            "the text, default False (ERRATA_01_03 R15)."),
    Reading("haidian_control_cost_cap_scope", Literal["firm", "project"], "firm",
            "Whether '最高 200万元' binds per firm (default) or per key construction project."),
]


def epidemic_control_cost_subsidy_q1(r: Rule) -> None:
    """Up to 2,000,000 for firms or key projects that bore high epidemic costs and stood out for Q1 2020 growth."""
    general_rules(r)
    qualification(r, "high_epidemic_cost_operation", "produced during the epidemic bearing relatively high "
                  "epidemic-control costs (承担较高防疫成本开工生产)",
                  "did not operate during the epidemic bearing high epidemic-control costs")
    qualification(r, "q1_2020_growth_contribution", "an outstanding Q1 2020 contribution to steady growth "
                  "(2020年第一季度…“稳增长”贡献突出)", "no outstanding contribution to steady growth in Q1 2020")
    cap_costs = r.flag("haidian_control_cost_cap_at_costs")
    costs = r.fact.epidemic_control_costs
    if cap_costs:
        r.need(costs, "epidemic-control costs borne")
    r.settle()
    per_project = r.choose("haidian_control_cost_cap_scope", {"firm": False, "project": True})
    amount, low, high = ceiling(r, per_project=per_project)
    if cap_costs:
        # not in the text (reading haidian_control_cost_cap_at_costs): also limited to the costs borne
        amount = r.step("limited to the epidemic-control costs borne (reading haidian_control_cost_cap_at_costs)",
                        minimum(amount, costs).named("subsidy", "yuan"))
        low, high = minimum(low, costs), minimum(high, costs)
    r.pay(amount, low=low, high=high)


# =====================================================================================================
# B8 haidian.first_loan_subsidy — （七）鼓励金融机构增加信贷投放, first sentence
# =====================================================================================================
FIRST_LOAN_SOURCE = DOC.cite(
    "L3341-L3343",
    "对疫情期间向中小微企业提供首笔信贷业务的驻区金融机构，给予首笔贷款金额2%的补贴，对单家机构或网点的补贴上限为 100万元。",
)
FIRST_LOAN_PARAMS = _params(
    share=Param(Decimal("0.02"), "给予首笔贷款金额2%的补贴", unit="share of first-loan amounts", literal="2%"),
    cap=Param(Decimal(1_000_000), "对单家机构或网点的补贴上限为 100万元", unit="yuan per institution or branch",
               literal="100万元"),
)
FIRST_LOAN_READINGS = [
    Reading("haidian_first_loan_definition", Literal["as_listed", "borrower_first_ever"], "as_listed",
            "'首笔信贷业务': 'as_listed' (default; the headline contract) counts every loan the lender lists in "
            "lending.first_loans as a 首笔 loan (at least its first loan to that borrower); 'borrower_first_ever' "
            "(catalog 03's preferred sense, the city's 首贷) counts only a borrower's first bank loan ever "
            "(first_loans.N.borrower_first_ever)."),
    Reading("haidian_first_loan_borrower_must_be_haidian", bool, False,
            "Whether the borrowing SME must itself be registered in 海淀: the item does not say (default False, "
            "ERRATA_01_03 R17); True applies GH1 to the borrowers (first_loans.N.borrower_district)."),
]


def lender(r: Rule, what: str) -> None:
    """A measure paying a financial institution: the profile must describe one (``lending``)."""
    r.require(r.present("lending"), "", f"pays a financial institution {what}; the profile has no lending section (not "
              "a lender)")


def epidemic_period(r: Rule) -> Window:
    """疫情期间: the shared epidemic-period readings."""
    return Window(r.reading("epidemic_period_start"), r.reading("epidemic_period_end"))


def first_loan_subsidy(r: Rule) -> None:
    """2% of first loans to SMEs made in the epidemic period by a 海淀 institution or branch; ≤ 1,000,000."""
    n = r.n
    lender(r, "for its lending")
    general_rules(r)
    payee_in_haidian(r, r.fact.lending.branch_district, "institution or branch")
    loans = known_list(r, "lending.first_loans", "first loans made", settle=False)
    period = epidemic_period(r)
    conds = [
        (loans.disbursed_on.within(period), f"disbursed {{}}, outside 疫情期间 {period}"),
        (loans.borrower_size.isin(SME_SIZES), "borrower is {}, not 中小微企业"),
    ]
    if r.choose("haidian_first_loan_definition", {"as_listed": False, "borrower_first_ever": True}):
        conds.append((loans.borrower_first_ever.is_(True), "the borrower had bank loans before (not 首贷; reading "
                      "haidian_first_loan_definition)"))
    if r.flag("haidian_first_loan_borrower_must_be_haidian"):
        conds.append((loans.borrower_district.eq(HERE), "borrower registered in {} (reading "
                      "haidian_first_loan_borrower_must_be_haidian)"))
    q = r.select(loans, *conds, needs=(loans.amount,), label="first loan",
                 none="no first loan to a 中小微企业 in the epidemic period (疫情期间)").named("counted first loan")
    total = r.step(f"first loans to SMEs in {period}", loans.sum(loans.amount, where=q).named("first loans", "yuan"))
    subsidy = r.step("2% of the first loans, capped per institution or branch (补贴上限为 100万元)",
                     minimum(n.share * total, n.cap).named("subsidy", "yuan"))
    r.pay(subsidy, met="first loan(s) to SMEs in the epidemic period")


# =====================================================================================================
# B9 haidian.credit_loan_loss_compensation — （七）, second sentence
# =====================================================================================================
LOSS_SOURCE = DOC.cite(
    "L3343-L3346",
    "对疫情期间向中小微企业提供信用贷款的金融机构，出现信贷损失的，按本金的 20%至 70%予以补贴，对单家机构或网点的补贴上限为 500万元。",
)
LOSS_PARAMS = _params(
    low=Param(Decimal("0.20"), "按本金的 20%至 70%予以补贴", unit="share of principal (lowest)", literal="20%"),
    high=Param(Decimal("0.70"), "按本金的 20%至 70%予以补贴", unit="share of principal (highest)", literal="70%"),
    cap=Param(Decimal(5_000_000), "对单家机构或网点的补贴上限为 500万元", unit="yuan per institution or branch",
               literal="500万元"),
)
LOSS_READINGS = [
    Reading("haidian_credit_loss_base", Literal["lost_principal", "loan_principal"], "lost_principal",
            "'本金': the principal lost, not recovered (default, catalog 03) or the loan's whole principal."),
    Reading("haidian_credit_loss_lender_must_be_in_haidian", bool, True,
            "This sentence says '金融机构', the one before '驻区金融机构': the lender must be located in 海淀 (default "
            "True, by context and GH1) or may be anywhere (False)."),
]


def credit_loan_loss_compensation(r: Rule) -> None:
    """20%–70% of the principal lost on unsecured SME loans made in the epidemic period; ≤ 5,000,000."""
    n = r.n
    lender(r, "for loan losses")
    general_rules(r)
    if r.flag("haidian_credit_loss_lender_must_be_in_haidian"):
        payee_in_haidian(r, r.fact.lending.branch_district, "institution or branch")
    losses = known_list(r, "lending.credit_loan_losses", "loan losses")
    period = epidemic_period(r)
    lost = r.choose("haidian_credit_loss_base", {"lost_principal": True, "loan_principal": False})
    base = losses.lost_principal if lost else losses.principal
    q = r.select(losses, (losses.unsecured.is_(True), "a secured loan, not a 信用贷款"),
                 (losses.disbursed_on.within(period), f"loan disbursed {{}}, outside 疫情期间 {period}"),
                 (losses.borrower_size.isin(SME_SIZES), "borrower is {}, not 中小微企业"),
                 needs=(base,), label="loss",
                 none="no loss on an unsecured loan to a 中小微企业 made in the epidemic period").named("counted loss")
    principal = r.step("principal lost (本金)" if lost else "loan principal (本金)",
                       losses.sum(base, where=q).named("本金", "yuan"))

    def capped(share: Node) -> Node:
        return minimum(share * principal, n.cap)

    low, high = capped(n.low).named("low end", "yuan"), capped(n.high).named("high end", "yuan")
    # the share the district set for this institution (lending.credit_loss_share, a fact), else the range
    share = r.fact.lending.credit_loss_share
    decided = share.known().named("share set for the institution (lending.credit_loss_share)")
    r.step("low end: 20% of the 本金, capped at 500万元", low)
    r.step("high end: 70% of the 本金, capped at 500万元", high)
    point = r.choose("haidian_range_point", {"low": low, "high": high}).named(
        "no share set yet: the point of the range (reading haidian_range_point)", "yuan")
    set_share = capped(share.named("share set for the institution (lending.credit_loss_share)", "share"))
    amount = r.step("subsidy", if_(decided, set_share, point).named("subsidy", "yuan"))
    r.pay(amount, low=if_(decided, set_share, low), high=if_(decided, set_share, high),
          met="loss(es) on unsecured SME loans made in the epidemic period")


# =====================================================================================================
# B10 haidian.rights_confirmation_financing_interest_subsidy — （八）提高融资便捷性, third paragraph
# =====================================================================================================
RC_SOURCE = DOC.cite("L3360-L3362", "对开展确权融资业务的企业给予基准利率 50%的贴息，对单家企业的补贴上限为50万元。")
RC_CONTEXT = DOC.cite(
    "L3354-L3358", "率先试点使用基于区块链的供应链债权债务平台，为参与区政府采购和区属国有企业采购的企业提供确权融资服务。",
)
RC_PARAMS = _params(
    valid_from=VALID_FROM,
    share=Param(Decimal("0.50"), "给予基准利率 50%的贴息", unit="share of the benchmark rate", literal="50%"),
    cap=Param(Decimal(500_000), "对单家企业的补贴上限为50万元", unit="yuan per firm", literal="50万元"),
    months_per_year=Param(12, "基准利率", unit="months", ref="spec/reference/benchmark_rates.md",
                          note="the benchmark is an annual rate: interest for m months = rate × m / 12",
                          convention="12 months a year: the benchmark (基准利率) is an annual rate, and the table of "
                                     "spec/reference/benchmark_rates.md quotes it per year"),
)
RC_READINGS = [
    Reading("haidian_rc_cap_at_interest_paid", bool, True,
            "Whether the subsidy is limited to the interest actually paid on the financing (default True, catalog 03 "
            "B10: a 贴息 never exceeds the interest)."),
    Reading("haidian_rc_requires_platform", bool, True,
            "Whether only 确权融资 on the district's blockchain supply-chain platform counts (default True, by the "
            "preceding paragraph) or any confirmed-receivable financing (False)."),
]


def rights_confirmation_financing_interest_subsidy(r: Rule) -> None:
    """Interest at half the benchmark rate on 确权融资, ≤ 500,000 per firm."""
    n = r.n
    general_rules(r)
    loans = known_list(r, "loans", "the firm's loans and financings")
    kinds = {"platform"} if r.flag("haidian_rc_requires_platform") else {"platform", "other"}
    cap_interest = r.flag("haidian_rc_cap_at_interest_paid")
    rc = loans.rights_confirmation.isin(kinds).named("确权融资")
    facts = [loans.principal, loans.disbursed_on, loans.term_months] + ([loans.interest_paid] if cap_interest else [])
    q = r.select(loans, only=rc, needs=(needs_where(rc, *facts),), label="financing",
                 none="no 确权融资 (confirmed-receivable financing)"
                      + (" on the district's blockchain platform" if kinds == {"platform"} else ""))
    months = months_counted(r, loans, loans.disbursed_on, loans.term_months)
    counted = r.select(loans, (loans.term_months > 0, "no months of term, no interest"),
                       (loans.term_months.eq(0) | (months > 0), f"its months of term lie outside H1's validity {validity(r) or 'from ' + str(ISSUED)} "
                                    "(以上措施自印发之日起实施，有效期为新冠肺炎疫情防控期间)"),
                       only=q, label="financing",
                       none="no 确权融资 in force during H1's validity (自印发之日起…疫情防控期间)").named("counted financing")
    r.step(months.name or "months counted", months, where=counted & (months < loans.term_months))
    sub = benchmark_interest(r, loans, months, loans.term_months, counted,
                             "haidian_rc_cap_at_interest_paid" if cap_interest else None)
    total = r.step("sum over financings", loans.sum(sub, where=counted).named("interest subsidy", "yuan"))
    r.pay(r.step("capped per firm (补贴上限为50万元)", minimum(total, n.cap).named("subsidy", "yuan")),
          met="确权融资 financing(s) in force during H1's validity")


# =====================================================================================================
# B11 haidian.renewal_center_per_loan_reward — （八）, fourth paragraph
# =====================================================================================================
RENEW_REWARD_SOURCE = DOC.cite(
    "L3364-L3368",
    "对入驻北京市企业续贷受理中心且开展续贷业务超过 20笔（含）的金融机构，按照 0.5万元/笔的标准予以奖励，对单一金融机构的奖励上限为 "
    "20万元。",
)
RENEW_REWARD_PARAMS = _params(
    threshold=Param(20, "开展续贷业务超过 20笔（含）", unit="renewals", note="（含）: 20 itself counts",
                    literal="20笔"),
    per_renewal=Param(Decimal(5000), "按照 0.5万元/笔的标准予以奖励", unit="yuan per renewal", literal="0.5万元/笔"),
    cap=Param(Decimal(200_000), "对单一金融机构的奖励上限为 20万元", unit="yuan per institution", literal="20万元"),
)
RENEW_REWARD_READINGS = [
    Reading("haidian_renewal_reward_count_mode", Literal["all", "above_threshold"], "all",
            "Once 20 renewals are reached: every renewal is rewarded (default, catalog 03) or only those beyond 20 "
            "(5,000 × (n − 20))."),
    Reading("haidian_renewal_reward_lender_must_be_in_haidian", bool, True,
            "This sentence says '金融机构', not '驻区': the institution (or the branch doing the renewals) must be "
            "located in 海淀 by GH1 (default True, ERRATA_01_03 R16); False admits any institution in the center."),
]


def renewal_lender(r: Rule, must_be_here: bool) -> None:
    """A lender in the Beijing enterprise loan-renewal center (and, when ``must_be_here``, located in 海淀)."""
    lender(r, "for renewals")
    general_rules(r)
    if must_be_here:
        payee_in_haidian(r, r.fact.lending.branch_district, "institution or branch")
    r.require(r.fact.lending.renewal_center_member.is_(True),
              "joined the Beijing enterprise loan-renewal center (入驻北京市企业续贷受理中心)",
              "has not joined the Beijing enterprise loan-renewal center")


def renewal_center_per_loan_reward(r: Rule) -> None:
    """5,000 yuan per renewal through the renewal center once 20 are reached; ≤ 200,000 per institution."""
    n = r.n
    renewal_lender(r, r.flag("haidian_renewal_reward_lender_must_be_in_haidian"))
    count = r.fact.lending.renewals_count
    r.need(count, "renewals done through the center")
    r.settle()
    r.require(count >= n.threshold, "{} renewals through the center (≥ {}, 超过 20笔（含）)",
              "{} renewals < {} (超过 20笔（含）)")
    paid = r.choose("haidian_renewal_reward_count_mode", {
        "all": count,
        "above_threshold": (count - n.threshold).named("renewals beyond 20 (reading haidian_renewal_reward_count_mode)"),
    })
    reward = r.step("reward per renewal, capped per institution (奖励上限为 20万元)",
                    minimum(n.per_renewal * paid, n.cap).named("reward", "yuan"))
    r.pay(reward)


# =====================================================================================================
# B12 / B13 — （八）, fifth paragraph: 1% to 驻区 lenders and guarantee companies in the renewal center
# =====================================================================================================
RENEW_LENDER_SOURCE = DOC.cite(
    "L3370-L3372",
    "对入驻北京市企业续贷受理中心开展续贷业务的驻区金融机构，按照贷款金额的1%予以补贴，对单一金融机构的补贴上限为 100万元；",
)
RENEW_GUARANTOR_SOURCE = DOC.cite(
    "L3372-L3376",
    "对入驻北京市企业续贷受理中心开展续贷业务的驻区融资担保公司，按照担保金额的 1%予以补贴，对单家融资担保公司的补贴上限为 100万元。",
)
RENEW_LENDER_PARAMS = _params(
    share=Param(Decimal("0.01"), "按照贷款金额的1%予以补贴", unit="share of renewed loan amounts", literal="1%"),
    cap=Param(Decimal(1_000_000), "对单一金融机构的补贴上限为 100万元", unit="yuan per institution", literal="100万元"),
)
RENEW_GUARANTOR_PARAMS = _params(
    share=Param(Decimal("0.01"), "按照担保金额的 1%予以补贴", unit="share of amounts guaranteed", literal="1%"),
    cap=Param(Decimal(1_000_000), "对单家融资担保公司的补贴上限为 100万元", unit="yuan per guarantee company",
               literal="100万元"),
)


def share_capped(r: Rule, base: Node, what: str, nothing: str) -> None:
    """1% of ``base`` (a known amount, not 0), capped (补贴上限为 100万元)."""
    n = r.n
    r.need(base, what)
    r.settle()
    r.require(base > 0, "", nothing)
    r.pay(r.step(f"1% of the {what}, capped (补贴上限为 100万元)", minimum(n.share * base, n.cap).named("subsidy", "yuan")))


def renewal_center_lender_subsidy(r: Rule) -> None:
    """1% of the loans a 海淀 lender renews through the renewal center; ≤ 1,000,000 per institution."""
    renewal_lender(r, True)
    share_capped(r, r.fact.lending.renewal_loan_amount, "loans renewed through the center",
                 "no loan renewed through the center")


def renewal_center_guarantor_subsidy(r: Rule) -> None:
    """1% of the amounts a 海淀 guarantee company guarantees on renewals through the center; ≤ 1,000,000."""
    r.require(r.present("guarantor"), "", "pays a financing guarantee company; the profile has no guarantor section "
              "(not one)")
    general_rules(r)
    # the guarantee company's own location (驻区融资担保公司): guarantor.district, the fact 西城's guarantee subsidy reads
    payee_in_haidian(r, r.fact.guarantor.district, "guarantee company")
    r.require(r.fact.guarantor.renewal_center_member.is_(True),
              "joined the Beijing enterprise loan-renewal center (入驻北京市企业续贷受理中心)",
              "has not joined the Beijing enterprise loan-renewal center")
    share_capped(r, r.fact.guarantor.renewal_guarantee_amount, "amounts guaranteed on renewals",
                 "no guarantee on a renewal through the center")


# =====================================================================================================
# B15 / B16 — （九）拓宽企业融资渠道, first paragraph
# =====================================================================================================
BOND_SOURCE = DOC.cite(
    "L3386-L3388",
    "对高新技术企业经国家有关部门批准发行并符合国家重点战略方向的债券等直接融资产品，给予 50%的中介费用补贴，对单家企业的补贴上限为 "
    "100万元。",
)
PRE_IPO_SOURCE = DOC.cite("L3388-L3390", "对拟上市企业，参照该标准给予支持。")
FEE_PARAMS = _params(
    share=Param(Decimal("0.50"), "给予 50%的中介费用补贴", unit="share of intermediary fees", literal="50%"),
    cap=Param(Decimal(1_000_000), "对单家企业的补贴上限为 100万元", unit="yuan per firm", literal="100万元"),
)
FEE_READINGS = [
    Reading("haidian_bond_registration_counts", bool, False,
            "'经国家有关部门批准发行': only approved issues (default False, literal) or also issues merely registered "
            "with an exchange or the interbank market (True)."),
    Reading("haidian_pre_ipo_requires_high_tech", bool, False,
            "'对拟上市企业，参照该标准给予支持': only the 50% rate and the 1,000,000 cap carry over (default False, catalog "
            "03); True also requires 高新技术企业 status."),
]


def fee_subsidy(r: Rule, fees: Node, what: str) -> None:
    """50% of the intermediary fees (needed by the caller), capped per firm (补贴上限为 100万元)."""
    n = r.n
    r.settle()
    r.pay(r.step(f"50% of the {what}, capped per firm (补贴上限为 100万元)",
                 minimum(n.share * fees, n.cap).named("subsidy", "yuan")))


def direct_financing_intermediary_fee_subsidy(r: Rule) -> None:
    """50% of the intermediary fees of a high-tech firm's approved, strategic bond issues; ≤ 1,000,000."""
    general_rules(r)
    qualification(r, "high_tech_enterprise", "a 高新技术企业", "not a certified 高新技术企业")
    within = section_given(r, "capital_markets", "bond or other direct-financing issues")
    cm = r.fact.capital_markets
    ok = {"approved", "registered"} if r.flag("haidian_bond_registration_counts") else {"approved"}
    r.require(within(cm.direct_financing_approval.isin(ok)), "a bond or direct-financing issue approved by the national "
              "authorities (经国家有关部门批准发行)", "direct financing: {}, not an issue approved by the national "
              "authorities", unknown="an issue approved by the national authorities — not known",
              args=(cm.direct_financing_approval,))
    r.require(within(cm.direct_financing_national_strategy.is_(True)), "fits the national key strategic directions "
              "(符合国家重点战略方向)", "does not fit the national key strategic directions")
    r.need(within(cm.direct_financing_intermediary_fees.defined()), "intermediary fees of the issue")
    fee_subsidy(r, cm.direct_financing_intermediary_fees, "intermediary fees of the issue")


def pre_ipo_intermediary_fee_subsidy(r: Rule) -> None:
    """Pre-IPO firms: 50% of listing intermediary fees, ≤ 1,000,000 ('参照该标准')."""
    general_rules(r)
    if r.flag("haidian_pre_ipo_requires_high_tech"):
        qualification(r, "high_tech_enterprise", "a 高新技术企业 (reading haidian_pre_ipo_requires_high_tech)",
                      "not a certified 高新技术企业 (reading haidian_pre_ipo_requires_high_tech)")
    within = section_given(r, "capital_markets", "listing plans")
    cm = r.fact.capital_markets
    r.require(within(cm.pre_ipo.is_(True)), "preparing to list (拟上市企业)", "not preparing to list (拟上市)")
    r.need(within(cm.listing_intermediary_fees.defined()), "listing intermediary fees")
    fee_subsidy(r, cm.listing_intermediary_fees, "listing intermediary fees")


# =====================================================================================================
# B17 haidian.ma_loan_interest_subsidy — （九）, second paragraph
# =====================================================================================================
MA_SOURCE = DOC.cite("L3392-L3394", "对通过并购贷款融资的企业，付息后按基准利率的 40％予以补贴，补贴上限为200万元。")
MA_PARAMS = _params(
    valid_from=VALID_FROM,
    share=Param(Decimal("0.40"), "付息后按基准利率的 40％予以补贴", unit="share of the benchmark rate", literal="40％"),
    cap=Param(Decimal(2_000_000), "补贴上限为200万元", unit="yuan", literal="200万元"),
    months_per_year=Param(12, "基准利率", unit="months", ref="spec/reference/benchmark_rates.md",
                          note="the benchmark is an annual rate: interest for m months = rate × m / 12",
                          convention="12 months a year: the benchmark (基准利率) is an annual rate, and the table of "
                                     "spec/reference/benchmark_rates.md quotes it per year"),
)
MA_READINGS = [
    Reading("haidian_ma_cap_scope", Literal["firm", "loan"], "firm",
            "'补贴上限为200万元' with no unit: per firm (default, catalog 03) or per loan."),
    Reading("haidian_ma_cap_at_interest_paid", bool, True,
            "Whether the subsidy is also limited to the interest actually paid over the months counted (loans.N."
            "interest_paid, prorated when only some of the months paid count): not stated. Default True, as for B10 "
            "(catalog 03: a 贴息 never exceeds the interest; '付息后…予以补贴' subsidises interest paid) and issue 8 §1 "
            "(no loan contributes more than its own interest over the months it covers); False pays 40% of the "
            "benchmark whatever the interest paid."),
    Reading("haidian_ma_loans_in_epidemic_only", bool, False,
            "Whether only M&A loans disbursed in the epidemic period count: not stated (default False: any M&A loan "
            "on which interest was paid)."),
]


def ma_loan_interest_subsidy(r: Rule) -> None:
    """After interest is paid: 40% of the benchmark rate on M&A loans, ≤ 2,000,000."""
    n = r.n
    general_rules(r)
    loans = known_list(r, "loans", "the firm's loans")
    cap_interest = r.flag("haidian_ma_cap_at_interest_paid")
    ma = loans.ma_loan.is_(True).named("并购贷款")
    conds = []
    if r.flag("haidian_ma_loans_in_epidemic_only"):
        period = epidemic_period(r)
        conds.append((when_known(ma, loans.disbursed_on.within(period).default(True)),
                      f"disbursed outside 疫情期间 {period} (reading haidian_ma_loans_in_epidemic_only)"))
    conds.append((when_known(ma, loans.interest_months_paid.ne(0).default(True)), "no interest paid yet (付息后)"))
    facts = [loans.principal, loans.disbursed_on, loans.term_months, loans.interest_months_paid] + (
        [loans.interest_paid] if cap_interest else [])
    q = r.select(loans, *conds, only=ma, needs=(needs_where(ma, *facts),), label="loan",
                 none="no M&A loan (并购贷款) with interest paid (付息后)")
    months = months_counted(r, loans, loans.disbursed_on, loans.interest_months_paid)
    counted = r.select(loans, (months > 0, f"its months of interest paid lie outside H1's validity "
                                           f"{validity(r) or 'from ' + str(ISSUED)} (以上措施自印发之日起实施，有效期为"
                                           "新冠肺炎疫情防控期间)"),
                       only=q, label="loan",
                       none="no M&A loan (并购贷款) with interest paid (付息后) for months within H1's validity "
                            "(自印发之日起…疫情防控期间)").named("counted M&A loan")
    r.step(months.name or "months counted", months, where=counted & (months < loans.interest_months_paid))
    sub = benchmark_interest(r, loans, months, loans.interest_months_paid, counted,
                             "haidian_ma_cap_at_interest_paid" if cap_interest else None)
    met = "M&A loan(s) with interest paid for months within H1's validity"
    if r.choose("haidian_ma_cap_scope", {"firm": False, "loan": True}):
        sub = r.step("capped per loan (补贴上限为200万元; reading haidian_ma_cap_scope)",
                     minimum(sub, n.cap).named("subsidy", "yuan"), where=counted & (sub > n.cap))
        r.pay(r.step("sum over loans", loans.sum(sub, where=counted).named("subsidy", "yuan")), met=met)
        return
    total = r.step("sum over loans", loans.sum(sub, where=counted).named("interest subsidy", "yuan"))
    r.pay(r.step("capped per firm (补贴上限为200万元)", minimum(total, n.cap).named("subsidy", "yuan")), met=met)


# =====================================================================================================
# B19 haidian.stock_pledge_extension — （十）做好企业挂牌上市服务, second sentence
# =====================================================================================================
PLEDGE_SOURCE = DOC.cite(
    "L3403-L3407",
    "鼓励证券公司等金融机构针对直接参加疫情防控或受疫情影响的驻区上市公司加大服务力度。对疫情期间股票质押协议到期且存在还款困难的"
    "上市公司，鼓励证券公司等金融机构给予展期 3至 6个月的支持。",
)
PLEDGE_PARAMS = _params(
    min_months=Param(3, "给予展期 3至 6个月的支持", unit="months", literal="3至 6个月"),
    max_months=Param(6, "给予展期 3至 6个月的支持", unit="months", literal="6个月"),
)
PLEDGE_READINGS = [
    Reading("haidian_pledge_requires_district", bool, True,
            "Whether the listed company must be 驻区 (registered in 海淀): the context sentence says so, the measure "
            "sentence does not (default True, with GH1); False admits any listed company."),
]


def stock_pledge_extension(r: Rule) -> None:
    """Encouraged 3–6-month extension of stock pledges maturing in the epidemic period (a deferral, no cash)."""
    general_rules(r)
    if r.flag("haidian_pledge_requires_district"):
        district = r.fact.district
        taxed = r.fact.tax_district.default(district)
        r.require(if_(district.known(), district.eq(HERE) & taxed.eq(HERE), district.eq(HERE)),
                  "registered, taxed and 纳统 in 海淀 (驻区)", "not a 驻区 listed company (GH1: registered, taxed and 纳统 "
                  "in 海淀)", unknown="a 驻区 listed company (registered in 海淀) — not known")
    within = section_given(r, "capital_markets", "listed company and stock pledges")
    r.require(within(r.fact.capital_markets.listed.is_(True)), "a listed company (上市公司)", "not a listed company")
    pledges = r.items("capital_markets.stock_pledges")
    r.require(within(pledges.given), "", "", unknown="stock-pledge agreements — not known")
    r.settle()
    period = epidemic_period(r)
    q = r.select(pledges, (pledges.matures_on.within(period), f"matures {{}}, outside 疫情期间 {period}"),
                 (pledges.repayment_difficulty.is_(True), "no repayment difficulty (存在还款困难)"), label="pledge",
                 none="no stock pledge maturing in the epidemic period with repayment difficulty").named("covered pledge")
    due = pledges.matures_on
    lo, hi = r.value("min_months"), r.value("max_months")
    r.effect("deferral", "{}–{} months' extension of each covered pledge, encouraged (鼓励; the securities firm decides: "
             "capital_markets.stock_pledges.N.extension_months): deferral capital_markets.stock_pledges N",
             r.n.min_months, r.n.max_months)
    # the extension the securities firm granted (a fact of the pledge, 3至6个月), else the range of new maturities
    months = pledges.extension_months
    granted = (q & months.known()).named("extension granted")
    new_due = due.add_months(hi)
    for k in range(hi - 1, lo - 1, -1):
        new_due = if_(months.eq(k), due.add_months(k), new_due)
    r.effect("deferral", "matures {} → {} ({} months granted: extension_months)", due, new_due.named("new maturity"),
             months, where=granted)
    r.effect("deferral", "matures {} → between {} and {}", due, due.add_months(lo), due.add_months(hi),
             where=q & ~months.known())
    r.pay(const(Decimal(0)), met="stock pledge(s) maturing in the epidemic period with repayment difficulty")


# =====================================================================================================
# R18 haidian.hnte_tenant_rent_reduction_landlord_subsidy — （四）, third paragraph ("一定资金补贴")
# =====================================================================================================
HNTE_SOURCE = DOC.cite("L3301-L3303", "对疫情期间为承租房屋的海淀区高新技术企业减免租金的企业，给予一定资金补贴。")
HNTE_READINGS = [
    Reading("haidian_hnte_landlord_subsidy_share", NonNegative | None, None,
            "'给予一定资金补贴' sets no rate: default None (eligible, amount unquantified); a share k gives k × the rent "
            "reduced for 海淀 high-tech tenants in the epidemic period."),
    Reading("haidian_hnte_include_mandated_reductions", bool, False,
            "Whether a reduction the landlord had to grant (e.g. a district SOE's February rent under B5/B6 or the "
            "city rule) also earns the subsidy: default False (the text rewards a landlord that chose to cut rent)."),
]


def hnte_tenant_rent_reduction_landlord_subsidy(r: Rule) -> None:
    """'一定资金补贴' to landlord firms that cut the rent of 海淀 high-tech tenants in the epidemic period."""
    r.require(r.present("rent_relief_granted"), "", "pays a landlord that cut rent; the profile has no "
              "rent_relief_granted (not a landlord claiming)")
    general_rules(r)
    r.require(r.fact.enterprise.ne(False).default(True), "", "the landlord is not an enterprise (减免租金的企业)")
    period = epidemic_period(r)
    mandated_ok = r.flag("haidian_hnte_include_mandated_reductions")
    reliefs = r.items("rent_relief_granted")
    start, end = reliefs.period_start, reliefs.period_end
    conds = [
        (reliefs.tenant_high_tech.ne(False).default(True), "tenant not a 高新技术企业"),
        (reliefs.tenant_district.eq(HERE).default(True), "tenant registered in {}, not a 海淀区 enterprise"),
        (reliefs.tenant_tax_district.eq(HERE).default(True), "tenant pays tax in {} (GH1)"),
        (~((end < period.start).default(False) | (start > period.end).default(False)),
         f"relieved period outside 疫情期间 {period}"),
    ]
    if not mandated_ok:
        conds.append((reliefs.mandated.ne(True).default(True),
                      "a mandated reduction (reading haidian_hnte_include_mandated_reductions)"))
    conds.append((reliefs.subsidised_elsewhere.ne(True).default(True), "the reduction already drew a subsidy of the "
                  "same type elsewhere (不得重复享受同类补贴支持资金, GH3; subsidised_elsewhere)"))
    facts = [reliefs.tenant_high_tech, reliefs.tenant_district, start, end, reliefs.amount] + (
        [] if mandated_ok else [reliefs.mandated])
    q = r.select(reliefs, *conds, needs=(all_of(*(f.defined() for f in facts)),), label="relief").named(
        "counted reduction")
    r.settle()
    # a reduction counts only for its days inside 疫情期间 (issue 8 §1), the amount spread evenly over its days
    days = days_inside(start, end, period).named("days in 疫情期间", "days")
    relieved = (start.days_until(end) + 1).named("days relieved", "days")
    part = (reliefs.amount * days / relieved).named("rent reduced in 疫情期间", "yuan")
    r.step("rent reduced in 疫情期间 (its days inside)", part, where=q & (days < relieved))
    total = r.step("rent reduced for 海淀 high-tech tenants", reliefs.sum(part, where=q).named("rent reduced", "yuan"))
    r.require(total > 0, "cut the rent of 海淀区高新技术企业 tenant(s) in the epidemic period",
              "no rent reduced for a 海淀区高新技术企业 tenant in the epidemic period")
    share = r.reading("haidian_hnte_landlord_subsidy_share")
    if share is None:
        r.unquantified("the text sets no rate ('给予一定资金补贴'); supply assumptions.haidian_hnte_landlord_subsidy_share",
                       ["assumptions.haidian_hnte_landlord_subsidy_share"])
        return
    k = const(share).named("assumptions.haidian_hnte_landlord_subsidy_share", "share")
    r.pay(r.step("the share supplied × the rent reduced", (k * total).named("subsidy", "yuan")))


# =====================================================================================================
# Information entries: fund sizes (B14, B18)
# =====================================================================================================
BRIDGE_SOURCE = DOC.cite("L3380-L3382", "加快推动设立规模为 5亿元的海淀区政府应急转贷引导基金或续贷基金。")
BAILOUT_SOURCE = DOC.cite(
    "L3395-L3399",
    "发挥国有资本撬动作用，继续推进总规模达 100亿元的纾困基金的运作，按照市场化运作、一企一策的原则，为区域内有需要的优质科技型上市"
    "公司提供资金支持。",
)

# =====================================================================================================
# The catalog
# =====================================================================================================
EPI = ("epidemic_period_start", "epidemic_period_end")


def _m(id_: str, title_zh: str, title_en: str, kind: str, beneficiary: str, sources: tuple, rule: Any,
       params: Params, readings: tuple[str, ...], summary: str, **kw: Any) -> Measure:
    return Measure(id=f"{HERE}.{id_}", district=HERE, title_zh=title_zh, title_en=title_en, kind=kind,
                   beneficiary=beneficiary,  # type: ignore[arg-type]
                   sources=(*sources, SCOPE_SOURCE, ONE_LEVEL_SOURCE, FRAUD_SOURCE), rule=rule, params=params,
                   readings=readings, summary=summary, **kw)


MEASURES = [
    _m("covid_rd_support", "新冠肺炎快速检测试剂、疫苗、创新医疗器械或特效治疗药物研发支持（不高于300万元）",
       "R&D support for COVID-19 rapid tests, vaccines, innovative devices or specific drugs (up to 3,000,000)",
       "cash_grant", "enterprise", (RD_SOURCE,), covid_rd_support, RD_PARAMS,
       ("haidian_range_point", *(r.name for r in RD_READINGS)),
       "assessed amount ≤ 3,000,000 (range 0 – 3,000,000 unless supplied)", apply_note="区科信局"),
    _m("national_emergency_project_matching", "国家级新冠肺炎科技攻关应急立项项目配套资金（前资助，不高于500万元）",
       "Up-front matching funds for national COVID-19 emergency research projects (up to 5,000,000)",
       "cash_grant", "enterprise", (MATCH_SOURCE,), national_emergency_project_matching, MATCH_PARAMS,
       ("haidian_range_point", *(r.name for r in MATCH_READINGS)),
       "assessed matching ≤ 5,000,000, paid up front", territory="custom", apply_note="区科信局"),
    _m("tech_epidemic_control_reward", "技术防疫突出贡献企业一次性奖励（不高于300万元）",
       "One-off reward for AI / cloud / big-data applied to large-scale epidemic control (up to 3,000,000)",
       "reward", "enterprise", (TECH_SOURCE,), tech_epidemic_control_reward, TECH_PARAMS,
       ("haidian_range_point", *(r.name for r in TECH_READINGS)), "assessed one-off reward ≤ 3,000,000",
       apply_note="区科信局, after assessment (经相关部门评定)"),
    _m("epidemic_supply_production_reward", "应急生产防疫物资企业一次性奖励（不高于300万元）",
       "One-off reward for the emergency production of epidemic supplies (up to 3,000,000)",
       "reward", "enterprise", (SUPPLY_SOURCE,), epidemic_supply_production_reward, SUPPLY_PARAMS,
       ("haidian_range_point", *(r.name for r in SUPPLY_READINGS)), "assessed one-off reward ≤ 3,000,000",
       apply_note="区科信局, after assessment (经相关部门评定)"),
    _m("district_soe_tenant_relief_feb.production_use",
       "区属国企房产生产经营用房：按市级政策免收2020年2月份房租，另免收该月物业费",
       "Production premises of 海淀 district SOEs: February 2020 rent waived (city rule) and February property fee "
       "waived (海淀)", "rent_reduction", "enterprise", (SOE_SOURCE, CITY_POLICY_SOURCE), district_soe_relief_production,
       PRODUCTION_PARAMS, (*(r.name for r in SOE_READINGS), ONE_LEVEL_SCOPE),
       "Σ leases: 100% × February rent (open/closed per rules, no lay-offs) + 100% × February property fee (district "
       "SOE manages)", valid=FEB,
       notes=("Mixed-use premises: enter the production and office parts as two leases.",
              "物业费 is the management fee only; a quarterly or yearly invoice is entered as its monthly share.",
              "The February rent is the city rule (按市级政策): on the same lease it never adds to "
              "beijing.soe_rent_reduction_feb.")),
    _m("district_soe_tenant_relief_feb.office_use",
       "区属国企管理物业的商务办公用房：按市级政策2020年2月份房租减免50%，另将该月物业费减免50%",
       "Offices with district-SOE property management: February 2020 rent halved (city rule) and February property "
       "fee halved (海淀)", "rent_reduction", "enterprise", (SOE_SOURCE, CITY_POLICY_SOURCE), district_soe_relief_office,
       OFFICE_PARAMS, (OFFICE_NO_LAYOFF, *(r.name for r in SOE_READINGS), ONE_LEVEL_SCOPE),
       "Σ office leases: 50% × February rent + 50% × February property fee (district SOE manages)", valid=FEB,
       notes=("'商务办公' is read as the city's '办公用房' (use = office).",
              "The February rent is the city rule (按市级政策): on the same lease it never adds to "
              "beijing.soe_rent_reduction_feb.")),
    _m("epidemic_control_cost_subsidy_q1", "疫情防控经费补助（最高200万元）",
       "Epidemic-control cost subsidy for firms or key projects that drove Q1 2020 growth (up to 2,000,000)",
       "cash_grant", "enterprise", (COST_SOURCE,), epidemic_control_cost_subsidy_q1, COST_PARAMS,
       ("haidian_range_point", *(r.name for r in COST_READINGS)), "assessed subsidy ≤ 2,000,000",
       apply_note="区发展改革委"),
    _m("first_loan_subsidy", "首笔信贷业务补贴",
       "First-loan subsidy to 海淀 lenders: 2% of first loans to SMEs, ≤ 1,000,000 per institution or branch",
       "cash_grant", "financial_institution", (FIRST_LOAN_SOURCE,), first_loan_subsidy, FIRST_LOAN_PARAMS,
       ("haidian_gh1_applies_to_payee", *EPI, *(r.name for r in FIRST_LOAN_READINGS)),
       "min(2% × Σ first loans to SMEs in 疫情期间, 1,000,000) per institution or branch", territory="custom",
       notes=("The profile is the unit of the cap (单家机构或网点): enter an institution or one branch.",
              "Amounts are the disbursed first loans (首笔贷款金额), not other credit such as acceptances.")),
    _m("credit_loan_loss_compensation", "信用贷款信贷损失补贴（本金的20%至70%，单家机构或网点上限500万元）",
       "Compensation for losses on unsecured SME loans: 20%–70% of principal, ≤ 5,000,000 per institution or branch",
       "loss_compensation", "financial_institution", (LOSS_SOURCE,), credit_loan_loss_compensation, LOSS_PARAMS,
       ("haidian_gh1_applies_to_payee", "haidian_range_point", *EPI, *(r.name for r in LOSS_READINGS)),
       "min(r × principal lost, 5,000,000), r ∈ [20%, 70%]", territory="custom",
       notes=("A loss counts as recognised when the lender lists it in lending.credit_loan_losses (write-off, "
              "judgment or overdue rule: not stated).",)),
    _m("rights_confirmation_financing_interest_subsidy", "确权融资贴息（基准利率50%，单家企业上限50万元）",
       "Interest subsidy on confirmed-receivable financing: half the benchmark rate, ≤ 500,000 per firm",
       "interest_subsidy", "enterprise", (RC_SOURCE, RC_CONTEXT), rights_confirmation_financing_interest_subsidy,
       RC_PARAMS, ("benchmark_series", "epidemic_period_end", "haidian_interest_subsidy_period",
                   *(r.name for r in RC_READINGS)),
       "min(Σ 50% × benchmark × principal × months/12, 500,000)",
       notes=("The beneficiary is read as the firm obtaining the financing (贴息 goes to the borrower), not the "
              "financing provider.", "The cap is for the whole policy period; time is whole months (term_months/12).")),
    _m("renewal_center_per_loan_reward", "续贷受理中心续贷业务奖励（≥20笔，0.5万元/笔，上限20万元）",
       "Reward to lenders in the Beijing loan-renewal center: 5,000 per renewal from 20 renewals, ≤ 200,000",
       "reward", "financial_institution", (RENEW_REWARD_SOURCE,), renewal_center_per_loan_reward, RENEW_REWARD_PARAMS,
       ("haidian_gh1_applies_to_payee", *(r.name for r in RENEW_REWARD_READINGS)),
       "n ≥ 20: min(5,000 × n, 200,000)", territory="custom",
       notes=("Counting period not stated: the renewals the profile reports for the policy period.",)),
    _m("renewal_center_lender_subsidy", "续贷受理中心驻区金融机构续贷补贴（贷款金额1%，上限100万元）",
       "Subsidy to 海淀 lenders renewing loans through the renewal center: 1% of the amount, ≤ 1,000,000",
       "cash_grant", "financial_institution", (RENEW_LENDER_SOURCE,), renewal_center_lender_subsidy,
       RENEW_LENDER_PARAMS, ("haidian_gh1_applies_to_payee",), "min(1% × Σ renewed loans, 1,000,000)",
       territory="custom"),
    _m("renewal_center_guarantor_subsidy", "续贷受理中心驻区融资担保公司补贴（担保金额1%，上限100万元）",
       "Subsidy to 海淀 guarantee companies for renewals through the center: 1% of amounts guaranteed, ≤ 1,000,000",
       "guarantee_fee_subsidy", "guarantee_company", (RENEW_GUARANTOR_SOURCE,), renewal_center_guarantor_subsidy,
       RENEW_GUARANTOR_PARAMS, ("haidian_gh1_applies_to_payee",), "min(1% × Σ guarantees on renewals, 1,000,000)",
       territory="custom"),
    _m("direct_financing_intermediary_fee_subsidy", "高新技术企业债券等直接融资中介费用补贴（50%，单家企业上限100万元）",
       "50% of the intermediary fees of high-tech firms' approved bond and direct-financing issues, ≤ 1,000,000",
       "fee_subsidy", "enterprise", (BOND_SOURCE,), direct_financing_intermediary_fee_subsidy, FEE_PARAMS,
       ("haidian_bond_registration_counts",), "min(50% × intermediary fees, 1,000,000)",
       notes=("The cap is per firm over the policy period.",)),
    _m("pre_ipo_intermediary_fee_subsidy", "拟上市企业参照债券中介费用补贴标准给予支持（50%，上限100万元）",
       "Pre-IPO firms: 50% of listing intermediary fees, ≤ 1,000,000 (参照该标准)",
       "fee_subsidy", "enterprise", (PRE_IPO_SOURCE, BOND_SOURCE), pre_ipo_intermediary_fee_subsidy, FEE_PARAMS,
       ("haidian_pre_ipo_requires_high_tech",), "min(50% × listing intermediary fees, 1,000,000)",
       notes=("拟上市 is self-declared (capital_markets.pre_ipo); the text does not define it.",)),
    _m("ma_loan_interest_subsidy", "并购贷款贴息（付息后按基准利率的40%补贴，上限200万元）",
       "M&A loan interest subsidy: 40% of the benchmark rate after interest is paid, ≤ 2,000,000",
       "interest_subsidy", "enterprise", (MA_SOURCE,), ma_loan_interest_subsidy, MA_PARAMS,
       ("benchmark_series", *EPI, "haidian_interest_subsidy_period", *(r.name for r in MA_READINGS)),
       "min(Σ 40% × benchmark × principal × months of interest paid / 12, 2,000,000)"),
    _m("stock_pledge_extension", "股票质押到期展期3至6个月（鼓励）",
       "Encouraged 3–6-month extension of stock pledges maturing in the epidemic period", "deferral", "enterprise",
       (PLEDGE_SOURCE,), stock_pledge_extension, PLEDGE_PARAMS, (*EPI, *(r.name for r in PLEDGE_READINGS)),
       "deferral: new maturity = maturity + 3 … 6 months, at the securities firm's discretion (no cash)",
       territory="custom",
       notes=("The pledgor is often a shareholder: a pledge related to the listed company is treated as covered.",
              "Interest or fees during the extension are not stated.")),
    _m("hnte_tenant_rent_reduction_landlord_subsidy", "为海淀区高新技术企业减免租金的企业给予一定资金补贴（金额未明确）",
       "Subsidy to landlords that cut the rent of 海淀 high-tech tenants in the epidemic period (amount not stated)",
       "rent_subsidy_to_landlord", "landlord", (HNTE_SOURCE,), hnte_tenant_rent_reduction_landlord_subsidy, _params(),
       (*EPI, *(r.name for r in HNTE_READINGS)),
       "eligible on rent cut for 海淀 HNTE tenants; k × rent reduced when k is supplied (一定资金补贴)",
       apply_note="区科信局",
       notes=("ERRATA_01_03 R18 (missing in catalog 03). A natural-person landlord is excluded (企业): "
              "enterprise = false.",)),
    Measure(
        id="haidian.emergency_bridge_loan_fund", district=HERE,
        title_zh="海淀区政府应急转贷引导基金或续贷基金（规模5亿元）",
        title_en="District emergency bridge-loan guidance fund or renewal fund, size 500,000,000 (information)",
        kind="other", beneficiary="enterprise", sources=(BRIDGE_SOURCE,),
        params=Params(fund_size=Param(Decimal(500_000_000), "规模为 5亿元", unit="yuan (fund size, not per firm)",
                                      literal="5亿元")),
        relief=False, summary="a fund of 500,000,000 yuan to be set up (加快推动设立); no per-firm amount, rate or term",
    ),
    Measure(
        id="haidian.bailout_fund", district=HERE,
        title_zh="总规模100亿元纾困基金",
        title_en="10-billion-yuan relief fund for quality tech listed companies (information)",
        kind="other", beneficiary="enterprise", sources=(BAILOUT_SOURCE,),
        params=Params(fund_size=Param(Decimal(10_000_000_000), "总规模达 100亿元", unit="yuan (fund size, not per firm)",
                                      literal="100亿元")),
        relief=False, summary="an existing fund of 10,000,000,000 yuan (继续推进), case by case (一企一策) for listed "
                              "tech companies; no per-firm amount",
    ),
]

READINGS = [*COMMON_READINGS, *RD_READINGS, *MATCH_READINGS, *TECH_READINGS, *SUPPLY_READINGS, *SOE_READINGS,
            *COST_READINGS, *FIRST_LOAN_READINGS, *LOSS_READINGS, *RC_READINGS, *RENEW_REWARD_READINGS, *FEE_READINGS,
            *MA_READINGS, *PLEDGE_READINGS, *HNTE_READINGS]


# Per-firm determinations, readings until issue 9, now facts of the profile (Assumptions(old=...) names the new place)
MOVED_READINGS = {
    **{old: f"the profile field assessed_grants (items with measure haidian.{mid}: the amount assessed for the firm, "
            "a fact of each firm)"
       for old, mid in (("haidian_covid_rd_support_amounts", "covid_rd_support"),
                        ("haidian_matching_amount", "national_emergency_project_matching"),
                        ("haidian_tech_reward_amount", "tech_epidemic_control_reward"),
                        ("haidian_supply_reward_amount", "epidemic_supply_production_reward"),
                        ("haidian_control_cost_amounts", "epidemic_control_cost_subsidy_q1"))},
    "haidian_credit_loss_share": "the profile field lending.credit_loss_share (the share the district set for the "
                                 "institution, a fact of each firm)",
    "haidian_pledge_extension_months": "the profile field capital_markets.stock_pledges.N.extension_months (the "
                                       "extension the securities firm granted on the pledge, a fact of each pledge)",
}


# =====================================================================================================
# Stacking: GH3 and one rent once (README "Decisions"; ERRATA_04_06 finding 7)
# =====================================================================================================
CITY_SOE_RENT = "beijing.soe_rent_reduction_feb"


STACKING: list[StackingRule] = [
    StackingRule(
        f"haidian_soe_rent_one_level_{use}", "exclusive", (f"haidian.district_soe_tenant_relief_feb.{use}_use",
                                                            CITY_SOE_RENT),
        ONE_LEVEL_SOURCE,
        "GH3 (凡市区两级共有的政策，企业只能选择其中一级进行申请) and 按市级政策: the February rent of a 海淀 district SOE "
        "is the city rule restated; each lease is relieved at one level, by the 海淀 measure (rent plus 海淀's "
        "property fee) or by the city rule, whichever pays more on it — the 海淀 measure already contains the city "
        "rent; a lease only one of them covers (a 市属 SOE's premises) keeps that one's relief",
        keep="highest", per="leases", per_reading=ONE_LEVEL_SCOPE,
    )
    for use in ("production", "office")
]
