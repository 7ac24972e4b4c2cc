"""海淀 H1 （一）（二）（六）: grants a department assesses under a ceiling (不高于 / 最高 X) — B1–B4, B7."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from ...engine.measure import Param, Reading
from ...engine.periods import Window
from ...engine.rules.define import Rule
from ...engine.rules.nodes import const, if_, minimum
from ...i18n import zh
from .._documents import HAIDIAN_H1 as DOC
from ._h1 import (
    COMMON_READINGS,
    HERE,
    NonNegative,
    ceiling,
    general_rules,
    h1_measure,
    h1_params,
    list_table,
    qualification,
)

# =====================================================================================================
# B1 haidian.covid_rd_support — （一）支持企业科研攻关, first paragraph
# =====================================================================================================
RD_SOURCE = DOC.cite(
    "L3227-L3231",
    "对从事新冠肺炎快速检测试剂、疫苗、创新医疗器械或特效治疗药物研发的企业，给予不高于 300万元的研发支持。",
)
RD_PARAMS = h1_params(cap=Param(Decimal(3_000_000), "给予不高于 300万元的研发支持", unit="yuan", note="不高于: inclusive",
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
    qualification(r, "covid_rd_engaged", zh("engaged in R&D of COVID-19 rapid tests, vaccines, innovative medical devices "
                     "or specific drugs (从事…研发)", "从事新冠肺炎快速检测试剂、疫苗、创新医疗器械或特效治疗药物研发（从事…研发）"),
                  zh("not engaged in R&D of a COVID-19 test, vaccine, device or drug",
                     "未从事新冠肺炎检测试剂、疫苗、医疗器械或药物研发"))
    if r.flag("haidian_covid_rd_requires_success"):
        qualification(r, "covid_rd_developed", zh("the R&D succeeded (研发出; reading haidian_covid_rd_requires_success)",
                         "已研发出（研发出；解释口径 haidian_covid_rd_requires_success）"),
                      zh("the R&D has not succeeded (reading haidian_covid_rd_requires_success: 研发出)",
                         "尚未研发出（解释口径 haidian_covid_rd_requires_success：研发出）"))
    per_project = r.choose("haidian_covid_rd_cap_scope", {"firm": False, "project": True})
    amount, low, high = ceiling(r, per_project=per_project)
    r.pay(amount, low=low, high=high)


# =====================================================================================================
# B2 haidian.national_emergency_project_matching — （一）, third paragraph
# =====================================================================================================
MATCH_SOURCE = DOC.cite(
    "L3240-L3244", "对获得国家级防治新冠肺炎的科技攻关项目应急立项的项目单位，采用前资助方式给予不高于 500万元的配套资金支持。",
)
MATCH_PARAMS = h1_params(cap=Param(Decimal(5_000_000), "给予不高于 500万元的配套资金支持", unit="yuan", literal="500万元",
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
    r.require(district.eq(HERE), zh("registered in 海淀", "在海淀区注册"),
              zh("a 海淀 measure; the unit is registered in {}", "海淀区的措施；该单位注册在 {}"),
              unknown=zh("registered in 海淀 — not known", "是否在海淀区注册 — 未知"))
    taxed = r.fact.tax_district.default(district)
    elsewhere = (district.eq(HERE) & taxed.ne(HERE)).default(False).named("registered in 海淀, taxed elsewhere")
    if r.flag("haidian_matching_allows_non_enterprise"):
        # the item pays the 项目单位: GH1's tax test binds an enterprise only
        enterprise = r.fact.enterprise
        r.require(~(elsewhere & enterprise.is_(True)), "", zh("GH1: pays tax in {}, not in 海淀", "GH1：在 {} 纳税，不在海淀区"), args=(taxed,))
        r.require(if_(elsewhere, enterprise.is_(False), True), "", "",
                  unknown=zh("a non-enterprise 项目单位 (GH1's 企业 test does not bind it) — not known", "是否为非企业的项目单位（GH1 对企业的要求不适用于它） — 未知"))
        r.note(zh("✓ a non-enterprise 项目单位 (GH1's 企业 test does not bind it)", "✓ 非企业的项目单位（GH1 对企业的要求不适用于它）"), when=elsewhere & enterprise.is_(False))
    else:
        r.require(~elsewhere, "", zh("GH1: pays tax in {}, not in 海淀", "GH1：在 {} 纳税，不在海淀区"), args=(taxed,))
    level = r.fact.qualifications.covid_emergency_project
    allowed = {"national", "city"} if r.flag("haidian_matching_accepts_city_projects") else {"national"}
    r.require(level.isin(allowed), zh("{} emergency approval of a COVID-19 research project (应急立项)", "防治新冠肺炎的科技攻关项目获 {} 应急立项（应急立项）"),
              zh("emergency project level: {}; the text requires 国家级", "应急立项级别：{}；文件要求国家级"),
              unknown=zh("national emergency approval (国家级…应急立项) of a COVID-19 research project — not known", "防治新冠肺炎的科技攻关项目是否获国家级应急立项（国家级…应急立项） — 未知"))
    ratio = r.reading("haidian_matching_ratio")
    funding = r.fact.national_emergency_project_funding
    if ratio is not None:
        r.need(funding, zh("national funding", "国家资助金额"))
    r.settle()
    computed = None
    if ratio is not None:
        computed = r.step(zh("matching: the ratio (reading haidian_matching_ratio) × national funding", "配套：比例（解释口径 haidian_matching_ratio）× 国家资助金额"),
                          (const(ratio).named("assumptions.haidian_matching_ratio") * funding).named(zh("matching", "配套"), "yuan"))
    r.effect("timing", zh("paid up front (采用前资助方式)", "采用前资助方式"))
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
TECH_PARAMS = h1_params(cap=Param(Decimal(3_000_000), "经相关部门评定后，给予不高于 300万元的一次性奖励", unit="yuan",
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
    qualification(r, "tech_epidemic_control_applied", zh("AI, cloud, big-data or information systems actually applied to "
                     "large-scale epidemic control (实际应用于大规模疫情防控)",
                     "人工智能、云计算、大数据或信息系统实际应用于大规模疫情防控（实际应用于大规模疫情防控）"),
                  zh("its technology was not actually applied to large-scale epidemic control (e.g. only piloted)",
                     "其技术未实际应用于大规模疫情防控（如仅试点）"))
    qualification(r, "tech_epidemic_control_recognised", zh("assessed and recognised by the relevant departments "
                     "(经相关部门评定)", "经相关部门评定"),
                  zh("not recognised by the relevant departments (经相关部门评定)", "未经相关部门评定（经相关部门评定）"))
    done = r.fact.qualifications.tech_epidemic_control_contributions
    if r.flag("haidian_tech_reward_requires_all_three"):
        every = r.table(list_table("contributes to all three efficiencies",
                                    lambda xs: all(e in xs for e in EFFICIENCIES), "all three efficiencies"), done)
        r.require(every, zh("outstanding contribution to all three efficiencies", "对三项效率均有突出贡献"),
                  zh("not an outstanding contribution to all three efficiencies (reading "
                     "haidian_tech_reward_requires_all_three)",
                     "并非对三项效率均有突出贡献（解释口径 haidian_tech_reward_requires_all_three）"),
                  unknown=zh("outstanding contribution to epidemic control, production or city operation — not known",
                             "是否对疫情防控、生产或城市运行有突出贡献 — 未知"))
    else:
        some = r.table(list_table("contributes to an efficiency", lambda xs: len(xs) > 0, "an efficiency"), done)
        r.require(some, zh("outstanding contribution to {} efficiency (有突出贡献)", "对 {} 效率有突出贡献（有突出贡献）"),
                  zh("no outstanding contribution (突出贡献) to epidemic control, production or city operation",
                     "对疫情防控、生产或城市运行没有突出贡献（突出贡献）"),
                  unknown=zh("outstanding contribution to epidemic control, production or city operation — not known",
                             "是否对疫情防控、生产或城市运行有突出贡献 — 未知"),
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
SUPPLY_PARAMS = h1_params(cap=Param(Decimal(3_000_000), "经相关部门评定后，给予不高于 300万元的一次性奖励", unit="yuan",
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
    qualification(r, "epidemic_supply_emergency_production", zh("produced epidemic supplies in the emergency "
                     "(应急生产口罩…等防疫物资)", "应急生产防疫物资（应急生产口罩…等防疫物资）"),
                  zh("did not produce epidemic supplies (trading is not 应急生产)", "未生产防疫物资（贸易不属于应急生产）"))
    qualification(r, "epidemic_supply_production_recognised", zh("assessed and recognised by the relevant departments "
                     "(经相关部门评定)", "经相关部门评定"),
                  zh("not recognised by the relevant departments (经相关部门评定)", "未经相关部门评定（经相关部门评定）"))
    if r.flag("haidian_supply_reward_new_producers_only"):
        qualification(r, "existing_plant_epidemic_supply_line", zh("set up a line for epidemic supplies (reading "
                         "haidian_supply_reward_new_producers_only)",
                         "新设防疫物资生产线（解释口径 haidian_supply_reward_new_producers_only）"),
                      zh("a regular producer, not a converted line (reading "
                         "haidian_supply_reward_new_producers_only)",
                         "原有生产企业，不是转产的生产线（解释口径 haidian_supply_reward_new_producers_only）"))
    amount, low, high = ceiling(r)
    r.pay(amount, low=low, high=high)


# =====================================================================================================
# B7 haidian.epidemic_control_cost_subsidy_q1 — （六）保障企业和项目开复工
# =====================================================================================================
COST_SOURCE = DOC.cite(
    "L3325-L3329",
    "对疫情期间承担较高防疫成本开工生产的企业或重点建设工程项目，在2020年第一季度对主导行业、主要领域“稳增长”贡献突出的，给予最高 "
    "200万元的疫情防控经费补助。",
)
COST_PARAMS = h1_params(
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
    qualification(r, "high_epidemic_cost_operation", zh("produced during the epidemic bearing relatively high "
                     "epidemic-control costs (承担较高防疫成本开工生产)", "疫情期间承担较高防疫成本开工生产"),
                  zh("did not operate during the epidemic bearing high epidemic-control costs",
                     "疫情期间未承担较高防疫成本开工生产"))
    qualification(r, "q1_2020_growth_contribution", zh("an outstanding Q1 2020 contribution to steady growth "
                     "(2020年第一季度…“稳增长”贡献突出)", "2020年第一季度“稳增长”贡献突出（2020年第一季度…“稳增长”贡献突出）"),
                  zh("no outstanding contribution to steady growth in Q1 2020", "2020年第一季度“稳增长”贡献不突出"))
    cap_costs = r.flag("haidian_control_cost_cap_at_costs")
    costs = r.fact.epidemic_control_costs
    if cap_costs:
        r.need(costs, zh("epidemic-control costs borne", "承担的防疫成本"))
    r.settle()
    per_project = r.choose("haidian_control_cost_cap_scope", {"firm": False, "project": True})
    amount, low, high = ceiling(r, per_project=per_project)
    if cap_costs:
        # not in the text (reading haidian_control_cost_cap_at_costs): also limited to the costs borne
        amount = r.step(zh("limited to the epidemic-control costs borne (reading haidian_control_cost_cap_at_costs)", "以承担的防疫成本为限（解释口径 haidian_control_cost_cap_at_costs）"),
                        minimum(amount, costs).named(zh("subsidy", "补贴"), "yuan"))
        low, high = minimum(low, costs), minimum(high, costs)
    r.pay(amount, low=low, high=high)


# =====================================================================================================
# The catalog
# =====================================================================================================
MEASURES = [
    h1_measure("covid_rd_support", "新冠肺炎快速检测试剂、疫苗、创新医疗器械或特效治疗药物研发支持（不高于300万元）",
       "R&D support for COVID-19 rapid tests, vaccines, innovative devices or specific drugs (up to 3,000,000)",
       "cash_grant", "enterprise", (RD_SOURCE,), covid_rd_support, RD_PARAMS,
       ("haidian_range_point", *(r.name for r in RD_READINGS)),
       "assessed amount ≤ 3,000,000 (range 0 – 3,000,000 unless supplied)", apply_note="区科信局"),
    h1_measure("national_emergency_project_matching", "国家级新冠肺炎科技攻关应急立项项目配套资金（前资助，不高于500万元）",
       "Up-front matching funds for national COVID-19 emergency research projects (up to 5,000,000)",
       "cash_grant", "enterprise", (MATCH_SOURCE,), national_emergency_project_matching, MATCH_PARAMS,
       ("haidian_range_point", *(r.name for r in MATCH_READINGS)),
       "assessed matching ≤ 5,000,000, paid up front", territory="custom", apply_note="区科信局"),
    h1_measure("tech_epidemic_control_reward", "技术防疫突出贡献企业一次性奖励（不高于300万元）",
       "One-off reward for AI / cloud / big-data applied to large-scale epidemic control (up to 3,000,000)",
       "reward", "enterprise", (TECH_SOURCE,), tech_epidemic_control_reward, TECH_PARAMS,
       ("haidian_range_point", *(r.name for r in TECH_READINGS)), "assessed one-off reward ≤ 3,000,000",
       apply_note="区科信局, after assessment (经相关部门评定)"),
    h1_measure("epidemic_supply_production_reward", "应急生产防疫物资企业一次性奖励（不高于300万元）",
       "One-off reward for the emergency production of epidemic supplies (up to 3,000,000)",
       "reward", "enterprise", (SUPPLY_SOURCE,), epidemic_supply_production_reward, SUPPLY_PARAMS,
       ("haidian_range_point", *(r.name for r in SUPPLY_READINGS)), "assessed one-off reward ≤ 3,000,000",
       apply_note="区科信局, after assessment (经相关部门评定)"),
    h1_measure("epidemic_control_cost_subsidy_q1", "疫情防控经费补助（最高200万元）",
       "Epidemic-control cost subsidy for firms or key projects that drove Q1 2020 growth (up to 2,000,000)",
       "cash_grant", "enterprise", (COST_SOURCE,), epidemic_control_cost_subsidy_q1, COST_PARAMS,
       ("haidian_range_point", *(r.name for r in COST_READINGS)), "assessed subsidy ≤ 2,000,000",
       apply_note="区发展改革委"),
]

READINGS = [*COMMON_READINGS, *RD_READINGS, *MATCH_READINGS, *TECH_READINGS, *SUPPLY_READINGS, *COST_READINGS]

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
