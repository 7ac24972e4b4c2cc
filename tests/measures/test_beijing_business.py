"""City business rules (``beijing_business``): the three fee waivers of 京政办发〔2020〕7号 item 1, the tax deferral,
the COVID-19 patients' medical-cost subsidy, the ice and snow venues' utility subsidy, the February rent of city and
district SOEs and the 中关村 R&D subsidy — the worked examples of every catalog entry merged into them (catalogs
01–06, with ERRATA_01_03 R02–R05, R10, R12, R19, R25 and ERRATA_04_06 findings 5–8, 10, 11, 23), properties and the
readings. Fee amounts, rents and costs in the examples are hypothetical inputs, as in the catalogs.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

import subsidycalc as sc
from subsidycalc.cli import format_validation_error
from subsidycalc.engine.estimate import evaluate
from subsidycalc.engine.money import round_fen
from subsidycalc.engine.periods import add_months
from subsidycalc.engine.sources import cite_in_seed, in_seed, normalize, seed_excerpt
from subsidycalc.measures import beijing_business as bb

CAT = sc.catalog()
SPECIAL = "beijing.special_equipment_inspection_fee_waiver"
SEWAGE = "beijing.sewage_treatment_fee_waiver"
ROAD = "beijing.road_occupation_fee_waiver"
TAX = "beijing.tax_payment_deferral"
COVID = "beijing.covid_patient_medical_cost_subsidy"
ICE = "beijing.ice_snow_venue_utility_subsidy"
RENT = "beijing.soe_rent_reduction_feb"
ZGC = "beijing.zgc_small_firm_rd_subsidy"
OWN = (SPECIAL, SEWAGE, ROAD, TAX, COVID, ICE, RENT, ZGC)


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


def fee(kind: str, amount: str, start: str, end: str | None = None, **kw: Any) -> dict[str, Any]:
    return {"fee": kind, "amount": amount, "start": start, **({"end": end} if end else {}), **kw}


HEAVY = {"heavily_affected": True}


def sme(*fees: dict[str, Any], size: str = "small", q: dict | None = None, district: str = "xicheng",
        **kw: Any) -> dict[str, Any]:
    return {"district": district, "size": size, "qualifications": HEAVY if q is None else q, "fees": list(fees), **kw}


def check(a: sc.Award, status: str, amount: str | None = None) -> None:
    assert a.status == status, (a.status, a.reasons, a.missing)
    if amount is not None:
        assert a.amount == Decimal(amount), (a.amount, a.steps)


# =====================================================================================================
# Catalog: ids, aliases, sources
# =====================================================================================================
ALIASES = {
    "xicheng.special_equipment_inspection_fee_waiver": SPECIAL,
    "dongcheng.special_equipment_inspection_fee_waiver": SPECIAL,
    "chaoyang.special_equipment_inspection_fee_waiver": SPECIAL,
    "fengtai.admin_fee_suspension": SPECIAL,  # the bundle resolves to the first fee it names (README "Decisions")
    "xicheng.sewage_treatment_fee_waiver": SEWAGE,
    "chaoyang.sewage_treatment_fee_waiver": SEWAGE,
    "dongcheng.sewage_and_admin_fee_waiver": SEWAGE,  # "停征污水处理费等…": sewage is the first (and only named) fee
    "daxing.sewage_fee_suspension": SEWAGE,
    "xicheng.road_occupation_fee_waiver": ROAD,
    "dongcheng.road_occupation_fee_waiver": ROAD,
    "chaoyang.road_occupation_fee_waiver": ROAD,
    "tongzhou.road_occupation_fee_suspension": ROAD,
    "daxing.road_occupation_fee_suspension": ROAD,
    "xicheng.tax_payment_deferral": TAX,
    "dongcheng.tax_payment_deferral": TAX,
    "chaoyang.tax_filing_and_payment_deferral": TAX,
    "dongcheng.covid_patient_medical_cost_subsidy": COVID,
    "fengtai.covid_medical_cost_subsidy": COVID,
    "fangshan.ice_snow_venue_utility_subsidy": ICE,
    "fangshan.soe_rent_reduction_feb": RENT,
    "dongcheng.zgc_small_firm_rd_subsidy": ZGC,
}


@pytest.mark.parametrize(("alias", "mid"), sorted(ALIASES.items()))
def test_catalog_ids_resolve_to_the_city_rule(alias: str, mid: str) -> None:
    assert CAT.resolve(alias) == mid and alias in CAT[mid].aliases


@pytest.mark.parametrize("mid", OWN)
def test_measure_is_city_wide_with_seed_sources(mid: str) -> None:
    m = CAT[mid]
    assert m.district == "beijing" and m.effective_territory == "beijing"
    for s in m.sources:
        assert in_seed(s.quote), s.quote
        assert normalize(s.quote) in normalize(seed_excerpt(s.lines)), (mid, s.lines)
    for k, p in m.params.items():
        assert cite_in_seed(p.cite), (mid, k, p.cite)
    for r in m.readings:
        assert r in sc.Assumptions.model_fields


def test_restating_texts_are_sources() -> None:
    # ERRATA_04_06 finding 23: 丰台 items 6 and 20 are sources of the city measures, never separate awards
    assert "L4038" in {s.lines for s in CAT[TAX].sources}
    assert "L3887-L3889" in {s.lines for s in CAT[ICE].sources}
    # finding 5: 通州 and 大兴 notices are sources of the road waiver, 大兴's water notice of the sewage waiver
    assert {"L4560-L4572", "L5140-L5146"} <= {s.lines for s in CAT[ROAD].sources}
    assert "L5323-L5331" in {s.lines for s in CAT[SEWAGE].sources}
    # README: the city February-rent rule cites 房山's verbatim restatement
    assert CAT[RENT].sources[0].lines == "L5652-L5662" and "京内市及区属国有企业" in CAT[RENT].sources[0].quote


def test_a_firm_of_any_district_is_evaluated() -> None:
    # a district's scope clause (朝阳 GC1, 西城 G1) never narrows a city rule
    for d in ("chaoyang", "miyun", "yanqing"):
        check(run(SPECIAL, sme(fee("special_equipment_inspection", "800", "2020-03-10"), district=d)), "eligible", "800")


def test_shared_office_reading_is_declared_once() -> None:
    # declared in measures/_readings.py only (no module lists it again for another module to probe at import time)
    from subsidycalc.measures import _readings
    r = CAT.readings["office_requires_no_layoff"]
    assert r.default is False and r is _readings.OFFICE_NO_LAYOFF and r not in bb.READINGS
    assert sc.Assumptions.model_fields["office_requires_no_layoff"].default is False
    for r in bb.READINGS:
        assert len(r.doc) > 60 and sc.Assumptions.model_fields[r.name].default == r.default


def test_no_rule_among_own_measures() -> None:
    assert bb.STACKING == []


# =====================================================================================================
# beijing.special_equipment_inspection_fee_waiver
# =====================================================================================================
@pytest.mark.parametrize(("firm", "readings", "status", "amount"), [
    # 西城 ex.1 (L960-L962): an elevator inspected 2020-03, schedule fee 800 → waived 800 (停征 = 100%)
    (sme(fee("special_equipment_inspection", "800", "2020-03-15")), {}, "eligible", "800"),
    # 西城 ex.2: inspection after the end of 疫情期间 (reading: 2020-06-30) pays in full; on the end date it is waived
    (sme(fee("special_equipment_inspection", "800", "2020-07-01")), {"epidemic_period_end": date(2020, 6, 30)},
     "ineligible", "0"),
    (sme(fee("special_equipment_inspection", "800", "2020-06-30")), {"epidemic_period_end": date(2020, 6, 30)},
     "eligible", "800"),
    # 西城 ex.3: a large enterprise → 0
    (sme(fee("special_equipment_inspection", "800", "2020-03-15"), size="large"), {}, "ineligible", "0"),
    # 东城 ex.1 (L1493): periodic inspection 2020-02-20, fee 1,000 → 1,000
    (sme(fee("special_equipment_inspection", "1000", "2020-02-20")), {}, "eligible", "1000"),
    # 东城 ex.2: 2020-02-05 is inside (自…起, inclusive); 2020-02-04 is not
    (sme(fee("special_equipment_inspection", "1000", "2020-02-05")), {}, "eligible", "1000"),
    (sme(fee("special_equipment_inspection", "1000", "2020-02-04")), {}, "ineligible", "0"),
    # 朝阳 A7 ex.1 (L2948): 3 lifts inspected 2020-03-10 at 1,200 each: 3 × 1,200 = 3,600
    (sme(*[fee("special_equipment_inspection", "1200", "2020-03-10")] * 3), {}, "eligible", "3600"),
    # 丰台 ex.1 (L4028): a boiler inspected in March 2020, fee 2,400 → 2,400; the sewage fee is not this measure's
    (sme(fee("special_equipment_inspection", "2400", "2020-03-20"), fee("sewage_treatment", "500", "2020-03-01")),
     {}, "eligible", "2400"),
    # 丰台 ex.3: a fee not on the list (another 行政事业性收费) → nothing waived here
    (sme(fee("other_admin", "700", "2020-03-01")), {}, "ineligible", "0"),
])
def test_special_equipment_examples(firm: dict, readings: dict, status: str, amount: str) -> None:
    check(run(SPECIAL, firm, **readings), status, amount)


def test_special_equipment_affected_reading() -> None:
    # 东城's '受疫情影响的' (reading 'affected') is broader than the city's '受影响较大'
    f = sme(fee("special_equipment_inspection", "1000", "2020-02-20"),
            q={"heavily_affected": False, "affected_by_epidemic": True})
    check(run(SPECIAL, f), "ineligible")
    a = run(SPECIAL, f, special_equipment_affected_test="affected")
    check(a, "eligible", "1000")
    assert a.readings["special_equipment_affected_test"] == "affected"
    a = run(SPECIAL, sme(fee("special_equipment_inspection", "1", "2020-02-20"), q={}),
            special_equipment_affected_test="affected")
    assert a.status == "undetermined" and a.missing == ["qualifications.affected_by_epidemic"]


def test_special_equipment_fee_scope_reading() -> None:
    f = sme(fee("special_equipment_inspection", "800", "2020-03-01"), fee("special_equipment_testing", "300", "2020-03-01"))
    check(run(SPECIAL, f), "eligible", "800")
    check(run(SPECIAL, f, special_equipment_fee_scope="inspection_and_testing"), "eligible", "1100")


def test_fee_waiver_without_a_fee_list_is_eligible_without_amount() -> None:
    f = sme()
    del f["fees"]
    for mid in (SPECIAL, SEWAGE, ROAD):
        a = run(mid, f)
        check(a, "eligible", "0")
        assert "waiver" in a.effects and a.quantified
    check(run(SPECIAL, sme()), "ineligible")  # [] means the firm pays no such fee


@pytest.mark.parametrize(("mid", "firm", "missing"), [
    (SPECIAL, sme(fee("special_equipment_inspection", "800", "2020-03-01"), q={}), ["qualifications.heavily_affected"]),
    (SPECIAL, {"district": "xicheng", "qualifications": HEAVY, "fees": []}, ["size"]),
    (SPECIAL, sme({"fee": "special_equipment_inspection", "start": "2020-03-01"}), ["fees.0.amount"]),
    (SPECIAL, sme({"fee": "special_equipment_inspection", "amount": "10"}), ["fees.0.start"]),
    (SPECIAL, sme({"amount": "10", "start": "2020-03-01"}), ["fees.0.fee"]),
    (SEWAGE, {"size": "small", "qualifications": HEAVY, "fees": [fee("sewage_treatment", "600", "2020-02-01")]},
     ["district"]),
])
def test_fee_waiver_missing_facts(mid: str, firm: dict, missing: list[str]) -> None:
    a = run(mid, firm)
    assert a.status == "undetermined" and a.missing == missing, (a.status, a.missing, a.reasons)


# =====================================================================================================
# beijing.sewage_treatment_fee_waiver
# =====================================================================================================
@pytest.mark.parametrize(("firm", "readings", "status", "amount"), [
    # 西城 ex.1 (L960): February 2020 water bill with a sewage fee of 600 → waived 600 when all February is in the
    # period (reading epidemic_period_start, 2020-01-24); from the default start 2020-02-05 (7号's date) 25 of 29
    # days: 600 × 25 / 29 = 517.24
    (sme(fee("sewage_treatment", "600", "2020-02-01", "2020-02-29")), {"sewage_fee_waiver_start": "epidemic_period_start"},
     "eligible", "600"),
    (sme(fee("sewage_treatment", "600", "2020-02-01", "2020-02-29")), {}, "eligible", "517.24"),
    # 西城 ex.2: a 30-day bill, 15 days inside (end reading 2020-06-15), 15 after: pro rata 600 × 15 / 30 = 300
    (sme(fee("sewage_treatment", "600", "2020-06-01", "2020-06-30")), {"epidemic_period_end": date(2020, 6, 15)},
     "eligible", "300"),
    # … or all or nothing by the period's start (reading start_date): starts inside → 600
    (sme(fee("sewage_treatment", "600", "2020-06-01", "2020-06-30")),
     {"epidemic_period_end": date(2020, 6, 15), "fee_waiver_straddle": "start_date"}, "eligible", "600"),
    # 东城 ex.1 (L1538): February sewage fee 2,400 → 2,400 (all February in the period; by default 2,400 × 25 / 29 =
    # 2,068.97); ex.2: a usage month after the end → not waived
    (sme(fee("sewage_treatment", "2400", "2020-02-01", "2020-02-29"), district="dongcheng"),
     {"sewage_fee_waiver_start": "epidemic_period_start"}, "eligible", "2400"),
    (sme(fee("sewage_treatment", "2400", "2020-02-01", "2020-02-29"), district="dongcheng"), {}, "eligible", "2068.97"),
    (sme(fee("sewage_treatment", "2400", "2020-07-01", "2020-07-31")), {"epidemic_period_end": date(2020, 6, 30)},
     "ineligible", "0"),
    # 东城 ex.3: a large enterprise → 0
    (sme(fee("sewage_treatment", "2400", "2020-02-01", "2020-02-29"), size="large"), {}, "ineligible", "0"),
    # 朝阳 A8 ex.1 (L2948): 800 m³ in March × 3.00 (illustrative) = 2,400
    (sme(fee("sewage_treatment", "2400", "2020-03-01", "2020-03-31"), district="chaoyang"), {}, "eligible", "2400"),
    # 朝阳 A8 ex.2: bill 2020-01-16..02-15 (31 days), 620 m³ × 3.00 = 1,860; 11 days from 02-05: 1,860 × 11 / 31 = 660
    (sme(fee("sewage_treatment", "1860", "2020-01-16", "2020-02-15")), {}, "eligible", "660"),
    # 大兴 ex.1 (L5323-L5331): heavily affected small food processor, Feb–Mar water, 1,500 → 1,500
    (sme(fee("sewage_treatment", "1500", "2020-02-05", "2020-03-31"), district="daxing"), {}, "eligible", "1500"),
    # 大兴 ex.2 / 丰台 ex.2: a 中型 firm is still 中小微: 6,000 → 6,000; 大型 → 0
    (sme(fee("sewage_treatment", "6000", "2020-03-01", "2020-03-31"), size="medium"), {}, "eligible", "6000"),
    (sme(fee("sewage_treatment", "6000", "2020-03-01", "2020-03-31"), size="large"), {}, "ineligible", "0"),
    # 大兴 ex.3: December 2019 consumption is outside the period → 0
    (sme(fee("sewage_treatment", "900", "2019-12-01", "2019-12-31")), {}, "ineligible", "0"),
    # not heavily affected (受影响较大 is required by every text) → 0
    (sme(fee("sewage_treatment", "600", "2020-03-01", "2020-03-31"), q={"heavily_affected": False}), {},
     "ineligible", "0"),
])
def test_sewage_examples(firm: dict, readings: dict, status: str, amount: str) -> None:
    check(run(SEWAGE, firm, **readings), status, amount)


def test_sewage_readings() -> None:
    bill = sme(fee("sewage_treatment", "1860", "2020-01-16", "2020-02-15"))
    # start at the shared epidemic_period_start (2020-01-24): 23 of 31 days → 1,860 × 23 / 31 = 1,380
    check(run(SEWAGE, bill, sewage_fee_waiver_start="epidemic_period_start"), "eligible", "1380")
    # the bill's date decides (reading billing): billed 2020-02-20 → the whole 1,860; 2020-02-03 → nothing
    check(run(SEWAGE, sme(fee("sewage_treatment", "1860", "2020-01-16", "2020-02-15", billed_on="2020-02-20")),
              fee_waiver_date_basis="billing"), "eligible", "1860")
    check(run(SEWAGE, sme(fee("sewage_treatment", "1860", "2020-01-16", "2020-02-15", billed_on="2020-02-03")),
              fee_waiver_date_basis="billing"), "ineligible")
    a = run(SEWAGE, sme(fee("sewage_treatment", "1", "2020-03-01")), fee_waiver_date_basis="billing")
    assert a.status == "undetermined" and a.missing == ["fees.0.billed_on"]
    # registration: unknown district is undetermined under 大兴's '在北京注册', no test under 'none'
    f = {"size": "small", "qualifications": HEAVY, "fees": [fee("sewage_treatment", "600", "2020-03-01")]}
    check(run(SEWAGE, f, sewage_fee_registration="none"), "eligible", "600")
    # 东城 '等部分行政事业性收费' (R03): other fees widen the range only
    f = sme(fee("sewage_treatment", "600", "2020-03-01"), fee("other_admin", "400", "2020-03-01"))
    check(run(SEWAGE, f), "eligible", "600")
    a = run(SEWAGE, f, sewage_waiver_other_admin_fees=True)
    check(a, "eligible", "600")
    assert (a.low, a.high) == (Decimal("600.00"), Decimal("1000.00"))


# =====================================================================================================
# beijing.road_occupation_fee_waiver (window 2020-02-05 … epidemic_period_end, README decision)
# =====================================================================================================
@pytest.mark.parametrize(("firm", "readings", "status", "amount"), [
    # 西城 ex.1 (L960): an approved occupation in February 2020 costing 1,500 → 1,500
    (sme(fee("road_occupation", "1500", "2020-02-10", "2020-02-29")), {}, "eligible", "1500"),
    # 西城 ex.2: 20 days for 2,000, 10 inside the window (end reading 2020-06-10): 2,000 × 10 / 20 = 1,000;
    # all or nothing by start date: 2,000
    (sme(fee("road_occupation", "2000", "2020-06-01", "2020-06-20")), {"epidemic_period_end": date(2020, 6, 10)},
     "eligible", "1000"),
    (sme(fee("road_occupation", "2000", "2020-06-01", "2020-06-20")),
     {"epidemic_period_end": date(2020, 6, 10), "fee_waiver_straddle": "start_date"}, "eligible", "2000"),
    # 东城 ex.1 (L1522, (a)): extension 2020-02-11..03-10 (29 days) × 200 = 5,800 → 5,800
    (sme(fee("road_occupation", "5800", "2020-02-11", "2020-03-10"), district="dongcheng"), {}, "eligible", "5800"),
    # 东城 ex.2 ((b), year edge): 2020-11-01..2021-01-31 (92 days × 100 = 9,200): 61 days of 2020 → 6,100
    (sme(fee("road_occupation", "9200", "2020-11-01", "2021-01-31"), district="dongcheng"), {}, "eligible", "6100"),
    # 朝阳 A9 ex.1 (L2948): 30 days in March, 9,000 → 9,000; ex.2: 2020-12-17..2021-01-15 at 300/day → 15 × 300 = 4,500
    (sme(fee("road_occupation", "9000", "2020-03-01", "2020-03-30"), district="chaoyang"), {}, "eligible", "9000"),
    (sme(fee("road_occupation", "9000", "2020-12-17", "2021-01-15"), district="chaoyang"), {}, "eligible", "4500"),
    # 通州 ex.1 (L4564-L4572): April 2020 occupation for construction, 9,000 → 9,000
    (sme(fee("road_occupation", "9000", "2020-04-01", "2020-04-30"), district="tongzhou"), {}, "eligible", "9000"),
    # 通州 ex.2a: an occupation starting exactly 2020-02-05 is inside (自…起); 2020-02-04 (one day) is not
    (sme(fee("road_occupation", "300", "2020-02-05")), {}, "eligible", "300"),
    (sme(fee("road_occupation", "300", "2020-02-04")), {}, "ineligible", "0"),
    # 通州 ex.2b: 2020-12-17..2021-01-15, 6,000 (200/day): 15 days → 3,000
    (sme(fee("road_occupation", "6000", "2020-12-17", "2021-01-15"), district="tongzhou"), {}, "eligible", "3000"),
    # 通州 ex.3b: an occupation starting 2021-01-05 → 0; ex.3c: a 大型 firm → 0
    (sme(fee("road_occupation", "6000", "2021-01-05", "2021-01-20")), {}, "ineligible", "0"),
    (sme(fee("road_occupation", "9000", "2020-04-01", "2020-04-30"), size="large"), {}, "ineligible", "0"),
    # 大兴 ex.1 (L5146, L5156): small contractor registered in 海淀 on a 大兴新城 road, 12,000 → 12,000 (在北京注册);
    # not heavily affected → 0 (ERRATA_04_06 finding 6)
    (sme(fee("road_occupation", "12000", "2020-05-01", "2020-05-31", district="daxing"), district="haidian"), {},
     "eligible", "12000"),
    (sme(fee("road_occupation", "12000", "2020-05-01", "2020-05-31"), q={"heavily_affected": False}), {},
     "ineligible", "0"),
    # 大兴 ex.2: the extension's 占道费 of 4,000 is waived; the 0.5× winter surcharge is a charge, never relief
    (sme(fee("road_occupation", "4000", "2020-10-21", "2020-11-20", district="daxing")), {}, "eligible", "4000"),
])
def test_road_examples(firm: dict, readings: dict, status: str, amount: str) -> None:
    check(run(ROAD, firm, **readings), status, amount)


def test_road_readings() -> None:
    # 通州's '在本区（通州）注册' (fee_district): an SME registered in 朝阳 working in 通州 → 0; eligible by default
    f = sme(fee("road_occupation", "9000", "2020-04-01", "2020-04-30", district="tongzhou"), district="chaoyang")
    check(run(ROAD, f), "eligible", "9000")
    check(run(ROAD, f, road_occupation_registration="fee_district"), "ineligible")
    a = run(ROAD, sme(fee("road_occupation", "9000", "2020-04-01")), road_occupation_registration="fee_district")
    assert a.status == "undetermined" and a.missing == ["fees.0.district"]
    # 通州's '因工程建设需要': only under the reading
    f = sme(fee("road_occupation", "500", "2020-04-01", construction_works=False))
    check(run(ROAD, f), "eligible", "500")
    check(run(ROAD, f, road_occupation_construction_only=True), "ineligible")
    # 通州 / 东城 omit 受影响较大: the reading drops it
    f = sme(fee("road_occupation", "500", "2020-04-01"), q={"heavily_affected": False})
    check(run(ROAD, f, road_occupation_requires_heavily_affected=False), "eligible", "500")
    # 东城's 当年: with the epidemic over on 2020-06-30, a 东城 road in November is still waived under the reading
    f = sme(fee("road_occupation", "3000", "2020-11-01", "2020-11-30", district="dongcheng", extension="none"),
            fee("road_occupation", "1000", "2020-11-01", "2020-11-30", district="xicheng"))
    check(run(ROAD, f, epidemic_period_end=date(2020, 6, 30)), "ineligible")
    check(run(ROAD, f, epidemic_period_end=date(2020, 6, 30), road_occupation_new_permit_current_year=True),
          "eligible", "3000")
    a = run(ROAD, sme(fee("road_occupation", "3000", "2020-11-01")), road_occupation_new_permit_current_year=True)
    assert a.status == "undetermined" and a.missing == ["fees.0.district"]


# -----------------------------------------------------------------------------------------------------
# Fee-waiver properties
# -----------------------------------------------------------------------------------------------------
DAY0 = date(2019, 12, 1)
days = st.integers(min_value=0, max_value=500)
money = st.integers(min_value=0, max_value=10**7).map(Decimal)


@given(kind=st.sampled_from([(SPECIAL, "special_equipment_inspection"), (SEWAGE, "sewage_treatment"),
                             (ROAD, "road_occupation")]),
       amount=money, start=days, length=st.integers(min_value=0, max_value=120),
       end=st.dates(min_value=date(2020, 2, 5), max_value=date(2021, 3, 31)))
def test_fee_waiver_bounded_and_zero_outside_the_window(kind: tuple[str, str], amount: Decimal, start: int,
                                                        length: int, end: date) -> None:
    mid, k = kind
    s = DAY0 + timedelta(days=start)
    e = s + timedelta(days=length)
    a = run(mid, sme(fee(k, str(amount), s.isoformat(), e.isoformat())), epidemic_period_end=end)
    assert a.amount >= 0 and a.amount <= amount
    first = date(2020, 2, 5)
    if e < first or s > end:
        assert a.status == "ineligible" and a.amount == 0
    elif first <= s and e <= end:
        assert a.status == ("eligible" if amount > 0 else "ineligible") and a.amount == amount


@given(a1=money, a2=money, start=days, length=st.integers(min_value=0, max_value=90))
def test_fee_waiver_monotone_in_the_fee(a1: Decimal, a2: Decimal, start: int, length: int) -> None:
    lo, hi = sorted((a1, a2))
    s = DAY0 + timedelta(days=start)
    e = (s + timedelta(days=length)).isoformat()
    x = run(ROAD, sme(fee("road_occupation", str(lo), s.isoformat(), e)))
    y = run(ROAD, sme(fee("road_occupation", str(hi), s.isoformat(), e)))
    assert x.amount <= y.amount


# =====================================================================================================
# beijing.tax_payment_deferral
# =====================================================================================================
def tax_firm(*reqs: dict[str, Any], size: str = "small", q: dict | None = None) -> dict[str, Any]:
    return {"district": "xicheng", "size": size, "qualifications": {"tax_payment_difficulty": True} if q is None else q,
            "tax_deferrals": list(reqs)}


def deferrals(a: sc.Award) -> str:
    """The new due dates of the requests covered (one effect per request, in the profile's order)."""
    return "; ".join(v for k, v in a.effects.items() if k.startswith("deferral tax_deferrals "))


def req(due: str, months: int, kind: str = "payment", **kw: Any) -> dict[str, Any]:
    return {"kind": kind, "due_on": due, "months_requested": months, **kw}


@pytest.mark.parametrize(("firm", "readings", "status", "due"), [
    # 西城 ex.1 (L888-L889): due 2020-04-15, 3 months approved → by 2020-07-15
    (tax_firm(req("2020-04-15", 3)), {}, "eligible", "2020-07-15"),
    # 西城 ex.2: 4 months asked, capped at 3 (最长不超过 3个月, inclusive) → 2020-07-15
    (tax_firm(req("2020-04-15", 4)), {}, "eligible", "2020-07-15"),
    # 西城 ex.3: a large enterprise is not covered
    (tax_firm(req("2020-04-15", 3), size="large"), {}, "ineligible", None),
    # 东城 ex.1 (L1639): due 2020-03-16, 2 months → 2020-05-16; ex.2: 4 months → 2020-06-16
    (tax_firm(req("2020-03-16", 2)), {}, "eligible", "2020-05-16"),
    (tax_firm(req("2020-03-16", 4)), {}, "eligible", "2020-06-16"),
    # month end (东城 a): 2020-03-31 + 3 months = 2020-06-30
    (tax_firm(req("2020-03-31", 3)), {}, "eligible", "2020-06-30"),
    # 朝阳 A10 (L2950): a filing deferral (延期申报) is covered only under the reading
    (tax_firm(req("2020-03-16", 2, "filing")), {}, "ineligible", None),
    (tax_firm(req("2020-03-16", 2, "filing")), {"tax_deferral_covers_filing": True}, "eligible", "2020-05-16"),
    # 朝阳 A10 ex.3: statutory conditions not met → 0 months (reading tax_deferral_statutory_conditions)
    (tax_firm(req("2020-03-16", 2, statutory_conditions_met=False)), {"tax_deferral_statutory_conditions": True},
     "ineligible", None),
    (tax_firm(req("2020-03-16", 2, statutory_conditions_met=False)), {}, "eligible", "2020-05-16"),
    # 丰台 item 20 (L4038): no size limit, no maximum stated → a large firm, 5 months → 2020-08-16
    (tax_firm(req("2020-03-16", 5), size="large"), {"tax_deferral_fengtai_wording": True}, "eligible", "2020-08-16"),
    # no epidemic-related difficulty → not covered
    (tax_firm(req("2020-03-16", 2), q={"tax_payment_difficulty": False}), {}, "ineligible", None),
])
def test_tax_deferral_examples(firm: dict, readings: dict, status: str, due: str | None) -> None:
    a = run(TAX, firm, **readings)
    check(a, status, "0")
    if due:
        assert deferrals(a).startswith(f"{firm['tax_deferrals'][0]['due_on']} → {due}"), a.effects


def test_tax_deferral_without_requests_and_missing_facts() -> None:
    f = tax_firm()
    del f["tax_deferrals"]
    a = run(TAX, f)
    check(a, "eligible", "0")
    assert "up to 3 months" in a.effects["deferral"]
    a = run(TAX, tax_firm(req("2020-03-16", 2), q={}))
    assert a.status == "undetermined" and a.missing == ["qualifications.tax_payment_difficulty"]
    a = run(TAX, tax_firm({"kind": "payment"}))
    assert a.status == "undetermined" and a.missing == ["tax_deferrals.0.due_on", "tax_deferrals.0.months_requested"]
    a = run(TAX, tax_firm(req("2020-03-16", 2)), tax_deferral_statutory_conditions=True)
    assert a.status == "undetermined" and a.missing == ["tax_deferrals.0.statutory_conditions_met"]


@given(due=st.dates(min_value=date(2020, 1, 1), max_value=date(2020, 12, 31)), months=st.integers(0, 24))
def test_tax_deferral_never_beyond_three_months(due: date, months: int) -> None:
    a = run(TAX, tax_firm(req(due.isoformat(), months)))
    assert a.amount == 0
    if months == 0:
        assert a.status == "ineligible"
        return
    new = date.fromisoformat(deferrals(a).split(" → ")[1][:10])
    assert due < new <= add_months(due, 3) and new == add_months(due, min(months, 3))


# =====================================================================================================
# beijing.covid_patient_medical_cost_subsidy (individual)
# =====================================================================================================
def patient(dx: str = "confirmed", total: str = "100000", basic: str = "70000", critical: str = "15000",
            assistance: str = "5000", other: str = "0", start: str = "2020-02-10", **kw: Any) -> dict[str, Any]:
    return {"covid_patient": {"diagnosis": dx, "treated_from": start, "treated_to": start,
                              "beijing_designated_hospital": True, "total_cost": total, "basic_insurance_paid": basic,
                              "critical_illness_paid": critical, "medical_assistance_paid": assistance,
                              "other_paid": other, **kw}}


@pytest.mark.parametrize(("firm", "readings", "status", "amount"), [
    # 东城 ex.1 (L2242): confirmed, 100,000 − 70,000 − 15,000 − 5,000 = 10,000; the patient pays 0
    (patient(), {}, "eligible", "10000"),
    # 东城 ex.2 (L2244-L2248): suspected, treated 2020-02-10, 6,000 − 4,200 = 1,800 (市级财政)
    (patient("suspected", "6000", "4200", "0", "0"), {}, "eligible", "1800"),
    # 东城 ex.3: ordinary influenza → 0; a suspected case treated after the end of 疫情期间 → 0
    (patient("other"), {}, "ineligible", "0"),
    (patient("suspected", "6000", "4200", "0", "0", start="2021-01-10"), {}, "ineligible", "0"),
    # 丰台 ex.1 (L3983): confirmed, 60,000 − 48,000 = 12,000; ex.2: fully covered → eligible, nothing left (0)
    (patient(total="60000", basic="48000", critical="0", assistance="0"), {}, "eligible", "12000"),
    (patient("suspected", "6000", "6000", "0", "0"), {}, "eligible", "0"),
    # a confirmed case outside the period is covered (东城), not under 丰台's '期间确诊' (reading)
    (patient(start="2021-01-10"), {}, "eligible", "10000"),
    (patient(start="2021-01-10"), {"covid_subsidy_confirmed_in_period": True}, "ineligible", "0"),
    # 自费 items: within the burden by default; subtracted under the reading (10,000 − 2,500 = 7,500)
    (patient(self_pay_items="2500"), {"covid_subsidy_includes_self_pay": False}, "eligible", "7500"),
    # not a patient → an individual benefit the profile does not play
    ({"district": "xicheng"}, {}, "ineligible", "0"),
])
def test_covid_examples(firm: dict, readings: dict, status: str, amount: str) -> None:
    check(run(COVID, firm, **readings), status, amount)


def test_covid_readings_and_missing_facts() -> None:
    a = run(COVID, patient(), covid_subsidy_extent="unquantified")
    assert a.status == "eligible" and not a.quantified and a.needs == ["assumptions.covid_subsidy_extent"]
    a = run(COVID, {"covid_patient": {"diagnosis": "confirmed", "beijing_designated_hospital": True}})
    assert a.status == "undetermined" and a.missing == [
        "covid_patient.total_cost", "covid_patient.basic_insurance_paid", "covid_patient.critical_illness_paid",
        "covid_patient.medical_assistance_paid", "covid_patient.other_paid"]
    a = run(COVID, patient(self_pay_items=None), covid_subsidy_includes_self_pay=False)
    assert a.status == "undetermined" and a.missing == ["covid_patient.self_pay_items"]
    f = patient()
    f["covid_patient"]["beijing_designated_hospital"] = False
    check(run(COVID, f), "ineligible")


@given(total=money, basic=money, other=money)
def test_covid_subsidy_is_the_residual(total: Decimal, basic: Decimal, other: Decimal) -> None:
    a = run(COVID, patient(total=str(total), basic=str(basic), critical="0", assistance="0", other=str(other)))
    assert a.status == "eligible" and 0 <= a.amount <= total
    assert a.amount == max(Decimal(0), total - basic - other)


# =====================================================================================================
# beijing.ice_snow_venue_utility_subsidy ('适当额度': unquantified by default, ERRATA_04_06 finding 10)
# =====================================================================================================
def venue(kind: str = "ice", area: str = "1500", applied: str = "2020-02-20", district: str = "fangshan",
          **kw: Any) -> dict[str, Any]:
    v = {"kind": kind, "area_m2": area, "applied_on": applied, "cit_receipts_2017_2019": True, **kw}
    if kind == "snow":
        v.setdefault("ski_permit", True)
    return {"district": district, "qualifications": {"affected_by_epidemic": True}, "ice_snow_venue": v}


@pytest.mark.parametrize(("firm", "readings", "status", "amount", "quantified"), [
    # 房山 ex.1 (L5637-L5650): ice rink, 1,500 m², documents complete, filed 2020-02-20 → eligible, no amount;
    # under the EXTERNAL rate supplied as a reading: 1,500 × 120 = 180,000
    (venue(), {}, "eligible", "0", False),
    (venue(), {"ice_snow_utility_rate_ice_per_m2": Decimal(120)}, "eligible", "180000", True),
    # 房山 ex.2: ski venue, 40,000 m², filed on 2020-02-24: in time if '24前' is inclusive (default);
    # 40,000 × 5 = 200,000 under the EXTERNAL rate; late under the exclusive reading
    (venue("snow", "40000", "2020-02-24"), {"ice_snow_utility_rate_snow_per_m2": Decimal(5)}, "eligible", "200000", True),
    (venue("snow", "40000", "2020-02-24"), {"ice_snow_deadline_inclusive": False}, "ineligible", "0", True),
    # 房山 ex.3: no 2017 CIT receipt (opened 2018) → 0; filed 2020-02-26 (逾期视为自动放弃) → 0
    (venue(cit_receipts_2017_2019=False), {}, "ineligible", "0", True),
    (venue(applied="2020-02-26"), {}, "ineligible", "0", True),
    # a ski venue without its 许可证（滑雪场所） → 0
    (venue("snow", ski_permit=False), {}, "ineligible", "0", True),
    # a 东城 venue applies through the 市体育局 notice (L1818): 房山's deadline binds it only under the reading
    (venue(applied="2020-03-05", district="dongcheng"), {}, "eligible", "0", False),
    (venue(applied="2020-03-05", district="dongcheng"), {"ice_snow_deadline_citywide": True}, "ineligible", "0", True),
    # not an ice or snow venue operator
    ({"district": "fangshan"}, {}, "ineligible", "0", True),
])
def test_ice_snow_examples(firm: dict, readings: dict, status: str, amount: str, quantified: bool) -> None:
    a = run(ICE, firm, **readings)
    check(a, status, amount)
    assert a.quantified is quantified


def test_ice_snow_missing_facts() -> None:
    f = venue("snow")
    del f["ice_snow_venue"]["ski_permit"]
    f["qualifications"] = {}
    a = run(ICE, f)
    assert a.status == "undetermined" and a.missing == ["qualifications.affected_by_epidemic",
                                                        "ice_snow_venue.ski_permit"]
    f = venue()
    del f["ice_snow_venue"]["area_m2"]
    a = run(ICE, f, ice_snow_utility_rate_ice_per_m2=Decimal(120))
    assert a.status == "undetermined" and a.missing == ["ice_snow_venue.area_m2"]
    with pytest.raises(ValueError):
        sc.Assumptions(ice_snow_utility_rate_ice_per_m2=Decimal(-1))


# =====================================================================================================
# beijing.soe_rent_reduction_feb (房山 L5652-L5662, the city wording)
# =====================================================================================================
OPEN = {"open_or_closed_per_rules": True, "no_layoffs": True}


def lease(use: str = "business", rent: str = "30000", landlord: str = "district_soe", **kw: Any) -> dict[str, Any]:
    return {"landlord": landlord, "landlord_district": "fangshan", "use": use, "monthly_rent": rent,
            "premises_in_beijing": True, **kw}


def tenant(*leases: dict, size: str = "small", q: dict | None = None, district: str = "fangshan") -> dict[str, Any]:
    return {"district": district, "size": size, "qualifications": OPEN if q is None else q, "leases": list(leases)}


@pytest.mark.parametrize(("firm", "readings", "status", "amount"), [
    # 房山 ex.1 (L5656-L5660): sports-training SME, district-SOE venue, closed per the rules, no lay-offs:
    # 100% × 30,000 = 30,000 (免收 2月份房租)
    (tenant(lease()), {}, "eligible", "30000"),
    # 房山 ex.2: the same lease as an office: 50% × 30,000 = 15,000
    (tenant(lease("office")), {}, "eligible", "15000"),
    # 房山 ex.3: a private landlord (其他经营用房: negotiated) → 0; a large tenant → 0
    (tenant(lease(landlord="private")), {}, "ineligible", "0"),
    (tenant(lease(), size="large"), {}, "ineligible", "0"),
    # a 市属 SOE landlord is covered too (京内市及区属; ERRATA_01_03 R25), a tenant of any district
    (tenant(lease(landlord="city_soe"), district="haidian"), {}, "eligible", "30000"),
    # premises outside Beijing: not 京内 (大兴's definition L5276) unless 京内 is read on the landlord
    (tenant(lease(premises_in_beijing=False)), {}, "ineligible", "0"),
    (tenant(lease(premises_in_beijing=False)), {"soe_rent_premises_test": "landlord_only"}, "eligible", "30000"),
    # office tier: no lay-off condition by default (README 'Decisions'); with the reading the laid-off office → 0
    (tenant(lease("office"), q={"open_or_closed_per_rules": True, "no_layoffs": False}), {}, "eligible", "15000"),
    (tenant(lease("office"), q={"open_or_closed_per_rules": True, "no_layoffs": False}),
     {"office_requires_no_layoff": True}, "ineligible", "0"),
    # production use with lay-offs → 0
    (tenant(lease(), q={"open_or_closed_per_rules": True, "no_layoffs": False}), {}, "ineligible", "0"),
    # a lease from 2020-02-15: 15 of 29 days → 30,000 × 15 / 29 = 15,517.24; the whole month under the reading
    (tenant(lease(starts_on="2020-02-15")), {}, "eligible", "15517.24"),
    (tenant(lease(starts_on="2020-02-15")), {"soe_rent_feb_partial_month": "whole_month"}, "eligible", "30000"),
    # a lease from March, or ended in January: not in force in February → 0
    (tenant(lease(starts_on="2020-03-01")), {}, "ineligible", "0"),
    (tenant(lease(ends_on="2020-01-31")), {}, "ineligible", "0"),
    # two leases: 30,000 (business) + 50% × 20,000 (office) = 40,000
    (tenant(lease(), lease("office", "20000", landlord="city_soe")), {}, "eligible", "40000"),
])
def test_soe_rent_examples(firm: dict, readings: dict, status: str, amount: str) -> None:
    check(run(RENT, firm, **readings), status, amount)


@pytest.mark.parametrize(("firm", "missing"), [
    (tenant(lease(), q={}), ["qualifications.open_or_closed_per_rules", "qualifications.no_layoffs"]),
    (tenant({"landlord": "city_soe", "use": "office"}), ["leases.0.monthly_rent", "leases.0.premises_in_beijing"]),
    ({"district": "fangshan", "size": "small"}, ["leases"]),
])
def test_soe_rent_missing_facts(firm: dict, missing: list[str]) -> None:
    a = run(RENT, firm)
    assert a.status == "undetermined" and a.missing == missing


@given(rent=money, use=st.sampled_from(["business", "office"]), start=st.integers(1, 29))
def test_soe_rent_bounded_and_tiered(rent: Decimal, use: str, start: int) -> None:
    a = run(RENT, tenant(lease(use, str(rent), starts_on=f"2020-02-{start:02d}")))
    assert 0 <= a.amount <= rent
    full = run(RENT, tenant(lease(use, str(rent))))
    assert a.amount <= full.amount
    assert full.amount == (rent if use == "business" else (rent / 2).quantize(Decimal("0.01")))


def test_one_february_rent_is_relieved_once_with_a_district_rule() -> None:
    # ERRATA_04_06 finding 7: a 大兴 district-SOE lease meets the 大兴 notice and the city rule; one is paid
    f = {"district": "daxing", "size": "small", "qualifications": OPEN,
         "leases": [{**lease(), "landlord_district": "daxing"}]}
    report = sc.estimate(f)
    city, dx = report[RENT], report["daxing.soe_rent_reduction"]
    assert city.status == dx.status == "eligible"
    assert city.amount + dx.amount == Decimal("30000.00")
    assert city.stacking and dx.stacking


# =====================================================================================================
# beijing.zgc_small_firm_rd_subsidy (东城 D4 item 8, re-levelled by ERRATA_01_03 R12)
# =====================================================================================================
def zgc(rd: str = "600000", employees: int = 50, revenue: str = "8000000", established: str = "2017-02-01",
        q: dict | None = None, district: str = "dongcheng") -> dict[str, Any]:
    return {"district": district, "employees": employees, "revenue": revenue, "established_on": established,
            "rd_expense_2019": rd, "qualifications": {"zgc_high_tech_enterprise": True} if q is None else q}


@pytest.mark.parametrize(("firm", "readings", "status", "amount", "high"), [
    # ex.1 (L1680): 3 years, 50 staff, revenue 8,000,000, R&D 600,000: 5% × 600,000 = 30,000
    (zgc(), {}, "eligible", "30000", "30000"),
    # ex.2: R = 200,000 exactly (含): 5% = 10,000; R = 990,000: 49,500
    (zgc("200000"), {}, "eligible", "10000", "10000"),
    (zgc("990000"), {}, "eligible", "49500", "49500"),
    # tier edge: 999,999 → 49,999.95 (tier 1); 1,000,000 (含) → tier 2, up to 100,000 (0 … 100,000; 100,000 fixed)
    (zgc("999999"), {}, "eligible", "49999.95", "49999.95"),
    (zgc("1000000"), {}, "eligible", "0", "100000"),
    (zgc("1000000"), {"zgc_rd_tier_cap_mode": "fixed_at_cap"}, "eligible", "100000", "100000"),
    # tier 2 below 5,000,000; 5,000,000 (含) → tier 3, up to 200,000
    (zgc("4999999"), {"zgc_rd_tier_cap_mode": "fixed_at_cap"}, "eligible", "100000", "100000"),
    (zgc("5000000"), {}, "eligible", "0", "200000"),
    # the grant the 中关村管委会 assessed is a fact of the profile (zgc_rd_subsidy_assessed), capped at the tier's maximum
    ({**zgc("5000000"), "zgc_rd_subsidy_assessed": "150000"}, {}, "eligible", "150000", "150000"),
    ({**zgc("2000000"), "zgc_rd_subsidy_assessed": "150000"}, {}, "eligible", "100000", "100000"),
    # ex.3: R = 199,000 → 0; 101 staff, established 6 years before, or revenue 10,000,001 → 0
    (zgc("199000"), {}, "ineligible", "0", "0"),
    (zgc(employees=101), {}, "ineligible", "0", "0"),
    (zgc(established="2014-02-01"), {}, "ineligible", "0", "0"),
    (zgc(revenue="10000001"), {}, "ineligible", "0", "0"),
    # boundaries included: 100 staff, revenue 10,000,000, established 2015-02-28 (5 years before 2020-02-29)
    (zgc(employees=100, revenue="10000000", established="2015-02-28"), {}, "eligible", "30000", "30000"),
    (zgc(established="2015-02-27"), {}, "ineligible", "0", "0"),
    (zgc(established="2015-02-28"), {"zgc_rd_age_reference": "end_of_2019"}, "eligible", "30000", "30000"),
    (zgc(established="2014-12-30"), {"zgc_rd_age_reference": "end_of_2019"}, "ineligible", "0", "0"),
    # a 国高新 registered in the 示范区 qualifies too; a 海淀 firm qualifies (city level) unless 东城园 only
    (zgc(q={"zgc_high_tech_enterprise": False, "high_tech_enterprise": True, "in_zgc_zone": True}), {},
     "eligible", "30000", "30000"),
    (zgc(q={"zgc_high_tech_enterprise": False, "high_tech_enterprise": True, "in_zgc_zone": False}), {},
     "ineligible", "0", "0"),
    (zgc(district="haidian"), {}, "eligible", "30000", "30000"),
    (zgc(district="haidian"), {"zgc_rd_limited_to_dongcheng_park": True}, "ineligible", "0", "0"),
])
def test_zgc_examples(firm: dict, readings: dict, status: str, amount: str, high: str) -> None:
    a = run(ZGC, firm, **readings)
    check(a, status, amount)
    assert a.high == Decimal(high)


def test_zgc_missing_facts() -> None:
    a = run(ZGC, {"qualifications": {"high_tech_enterprise": True}})
    assert a.status == "undetermined" and a.missing == [
        "qualifications.zgc_high_tech_enterprise", "qualifications.in_zgc_zone", "established_on", "employees",
        "revenue", "rd_expense_2019"]


@given(r1=st.integers(0, 8_000_000), r2=st.integers(0, 8_000_000))
def test_zgc_bounded_and_monotone_in_tier_one(r1: int, r2: int) -> None:
    lo, hi = sorted((r1, r2))
    a, b = run(ZGC, zgc(str(lo))), run(ZGC, zgc(str(hi)))
    for x, r in ((a, lo), (b, hi)):
        assert 0 <= x.amount <= x.high <= Decimal(200000)
        assert (x.status == "eligible") == (r >= 200_000)
        if r < 1_000_000:
            assert x.amount == (Decimal(r) * Decimal("0.05") if r >= 200_000 else 0)
        else:
            assert x.high == (Decimal(100000) if r < 5_000_000 else Decimal(200000))
    if hi < 1_000_000:
        assert a.amount <= b.amount


# =====================================================================================================
# Issue 8: pinned edges, exact arithmetic, items counted for their own days, facts instead of readings
# =====================================================================================================

# -- fee waivers: the window's ends, one day either side -------------------------------------------------
@pytest.mark.parametrize(("mid", "kind", "start", "end", "readings", "status", "amount"), [
    # a fee period straddling the window's end under prorate_days (default; catalog 03 A8/A9): sewage 2020-06-01..30,
    # 600 (30 days): epidemic_period_end 06-15 → 15 days, 600 × 15/30 = 300; 06-14 → 280; 06-16 → 320; 06-30 → 600
    (SEWAGE, "sewage_treatment", "2020-06-01", "2020-06-30", {"epidemic_period_end": date(2020, 6, 15)}, "eligible", "300"),
    (SEWAGE, "sewage_treatment", "2020-06-01", "2020-06-30", {"epidemic_period_end": date(2020, 6, 14)}, "eligible", "280"),
    (SEWAGE, "sewage_treatment", "2020-06-01", "2020-06-30", {"epidemic_period_end": date(2020, 6, 16)}, "eligible", "320"),
    (SEWAGE, "sewage_treatment", "2020-06-01", "2020-06-30", {"epidemic_period_end": date(2020, 6, 30)}, "eligible", "600"),
    # … the day before the period: nothing (the window ends 05-31)
    (SEWAGE, "sewage_treatment", "2020-06-01", "2020-06-30", {"epidemic_period_end": date(2020, 5, 31)}, "ineligible", "0"),
    # under start_date: all or nothing by the first day, 06-01 inside a window ending 06-01 → 600; ending 05-31 → 0
    (SEWAGE, "sewage_treatment", "2020-06-01", "2020-06-30",
     {"epidemic_period_end": date(2020, 6, 1), "fee_waiver_straddle": "start_date"}, "eligible", "600"),
    (SEWAGE, "sewage_treatment", "2020-06-01", "2020-06-30",
     {"epidemic_period_end": date(2020, 5, 31), "fee_waiver_straddle": "start_date"}, "ineligible", "0"),
    # … and the window's start (2020-02-05, 自…起): 2020-02-04..05 (2 days) 300 → 150; 2020-02-05..06 → 300
    (ROAD, "road_occupation", "2020-02-04", "2020-02-05", {}, "eligible", "150"),
    (ROAD, "road_occupation", "2020-02-05", "2020-02-06", {}, "eligible", "300"),
    (ROAD, "road_occupation", "2020-02-04", "2020-02-05", {"fee_waiver_straddle": "start_date"}, "ineligible", "0"),
    # the default end of 疫情期间 (epidemic_period_end 2020-12-31): the day itself in, the next day out, a 2-day fee half
    (ROAD, "road_occupation", "2020-12-31", None, {}, "eligible", "300"),
    (ROAD, "road_occupation", "2021-01-01", None, {}, "ineligible", "0"),
    (ROAD, "road_occupation", "2020-12-31", "2021-01-01", {}, "eligible", "150"),
    (SPECIAL, "special_equipment_inspection", "2020-12-31", None, {}, "eligible", "300"),
    (SPECIAL, "special_equipment_inspection", "2021-01-01", None, {}, "ineligible", "0"),
    # the sewage start (city_policy_date 2020-02-05): a one-day charge on 02-05 in, on 02-04 out; under
    # epidemic_period_start (2020-01-24): 01-24 in, 01-23 out
    (SEWAGE, "sewage_treatment", "2020-02-05", None, {}, "eligible", "300"),
    (SEWAGE, "sewage_treatment", "2020-02-04", None, {}, "ineligible", "0"),
    (SEWAGE, "sewage_treatment", "2020-01-24", None, {"sewage_fee_waiver_start": "epidemic_period_start"}, "eligible", "300"),
    (SEWAGE, "sewage_treatment", "2020-01-23", None, {"sewage_fee_waiver_start": "epidemic_period_start"}, "ineligible", "0"),
])
def test_fee_window_edges(mid: str, kind: str, start: str, end: str | None, readings: dict, status: str,
                          amount: str) -> None:
    amt = "600" if kind == "sewage_treatment" and end else "300"
    check(run(mid, sme(fee(kind, amt, start, end)), **readings), status, amount)


@pytest.mark.parametrize(("billed", "readings", "status"), [
    ("2020-02-05", {}, "eligible"), ("2020-02-04", {}, "ineligible"),
    ("2020-12-31", {}, "eligible"), ("2021-01-01", {}, "ineligible"),
    ("2020-06-30", {"epidemic_period_end": date(2020, 6, 30)}, "eligible"),
    ("2020-07-01", {"epidemic_period_end": date(2020, 6, 30)}, "ineligible"),
])
def test_fee_billing_date_edges(billed: str, readings: dict, status: str) -> None:
    # reading fee_waiver_date_basis='billing': the bill's date decides for the whole fee (1,860)
    f = sme(fee("sewage_treatment", "1860", "2019-12-16", "2020-01-15", billed_on=billed))
    check(run(SEWAGE, f, fee_waiver_date_basis="billing", **readings), status, "1860" if status == "eligible" else "0")


def test_fee_window_that_ends_before_it_starts() -> None:
    # epidemic_period_end before the waiver's first day (2020-02-05): no window at all; on that day: a one-day window
    f = sme(fee("special_equipment_inspection", "800", "2020-02-05"))
    a = run(SPECIAL, f, epidemic_period_end=date(2020, 2, 4))
    check(a, "ineligible")
    assert "before the waiver's start 2020-02-05" in a.reasons[-1]
    check(run(SPECIAL, f, epidemic_period_end=date(2020, 2, 5)), "eligible", "800")


def test_zero_fees() -> None:
    # a fee of 0 waives nothing: ineligible, saying so; beside a fee due, only that one counts
    a = run(SPECIAL, sme(fee("special_equipment_inspection", "0", "2020-03-01")))
    check(a, "ineligible")
    assert a.reasons[-1].startswith("✗ no 特种设备检验费") and "payable" in a.reasons[-1]
    check(run(SPECIAL, sme(fee("special_equipment_inspection", "0", "2020-03-01"),
                           fee("special_equipment_inspection", "0.01", "2020-03-01"))), "eligible", "0.01")


@pytest.mark.parametrize(("mid", "kind", "size", "status"), [
    (SPECIAL, "special_equipment_inspection", "medium", "eligible"), (SPECIAL, "special_equipment_inspection", "micro", "eligible"),
    (SPECIAL, "special_equipment_inspection", "large", "ineligible"),
    (ROAD, "road_occupation", "medium", "eligible"), (ROAD, "road_occupation", "large", "ineligible"),
    (SEWAGE, "sewage_treatment", "micro", "eligible"),
])
def test_fee_size_bounds(mid: str, kind: str, size: str, status: str) -> None:
    check(run(mid, sme(fee(kind, "500", "2020-03-01"), size=size)), status)


@pytest.mark.parametrize(("mid", "q", "status"), [
    (SPECIAL, {"heavily_affected": False}, "ineligible"),
    (ROAD, {"heavily_affected": False}, "ineligible"),
    (SEWAGE, {"heavily_affected": False}, "ineligible"),
])
def test_fee_heavily_affected_is_required(mid: str, q: dict, status: str) -> None:
    kind = {SPECIAL: "special_equipment_inspection", ROAD: "road_occupation", SEWAGE: "sewage_treatment"}[mid]
    check(run(mid, sme(fee(kind, "500", "2020-03-01"), q=q)), status)
    a = run(mid, sme(fee(kind, "500", "2020-03-01"), q={}))
    assert a.status == "undetermined" and a.missing == ["qualifications.heavily_affected"]


def test_a_fee_ending_before_it_starts_is_a_validation_error_naming_the_field() -> None:
    bad = sme(fee("road_occupation", "500", "2020-03-10", "2020-03-09"))
    with pytest.raises(pydantic.ValidationError) as e:
        sc.Firm.model_validate(bad)
    assert e.value.errors()[0]["loc"] == ("fees", 0, "end")
    assert format_validation_error(e.value, "firm.json") == (
        "firm.json: fees.0.end: end 2020-03-09 is before start 2020-03-10")
    sc.Firm.model_validate(sme(fee("road_occupation", "500", "2020-03-10", "2020-03-10")))  # one day is fine


@given(amount=st.decimals(min_value=0, max_value=10**7, places=2),
       start=st.dates(min_value=date(2019, 12, 1), max_value=date(2021, 2, 28)), length=st.integers(0, 120),
       end=st.dates(min_value=date(2020, 2, 5), max_value=date(2021, 3, 31)),
       kind=st.sampled_from([(SEWAGE, "sewage_treatment"), (ROAD, "road_occupation"),
                             (SPECIAL, "special_equipment_inspection")]))
def test_fee_part_is_the_exact_share_of_its_days(amount: Decimal, start: date, length: int, end: date,
                                                  kind: tuple[str, str]) -> None:
    # issue 8 §1b: the part waived is amount × days inside / days of the period, exactly, rounded half-up once
    mid, k = kind
    e = start + timedelta(days=length)
    a = run(mid, sme(fee(k, str(amount), start.isoformat(), e.isoformat())), epidemic_period_end=end)
    lo, hi = max(date(2020, 2, 5), start), min(end, e)
    inside = max(0, (hi - lo).days + 1)
    if length == 0:  # a one-day charge: whole or nothing
        assert a.amount == (amount if inside else 0)
    else:
        assert a.amount == round_fen(Fraction(amount) * Fraction(inside, length + 1))


@given(daily=st.decimals(min_value=0, max_value=10**4, places=2),
       start=st.dates(min_value=date(2020, 1, 1), max_value=date(2021, 1, 31)), length=st.integers(0, 90),
       cut=st.integers(0, 90), late=st.booleans())
def test_shortening_a_charged_period_never_raises_the_waiver(daily: Decimal, start: date, length: int, cut: int,
                                                              late: bool) -> None:
    # at a given daily charge (a road occupied at so much a day), fewer days never waive more
    def waived(s: date, e: date) -> Decimal:
        days = (e - s).days + 1
        return run(ROAD, sme(fee("road_occupation", str(daily * days), s.isoformat(), e.isoformat()))).amount
    end = start + timedelta(days=length)
    shorter = (start + timedelta(days=min(cut, length)), end) if late else (start, end - timedelta(days=min(cut, length)))
    assert waived(*shorter) <= waived(start, end) <= daily * (length + 1)


# -- 东城 item 2 (L1522-L1526) under road_occupation_new_permit_current_year: why the permit was extended --------
def dc_fee(amount: str, start: str, end: str, **kw: Any) -> dict[str, Any]:
    return fee("road_occupation", amount, start, end, district="dongcheng", **kw)


@pytest.mark.parametrize(("extension", "status", "amount"), [
    # a new permit (新报送): 当年 — 2020-11-01..2021-01-31 (92 days, 9,200): 61 days of 2020 → 6,100, even with the
    # epidemic over on 2020-06-30
    ("none", "eligible", "6100"),
    # an extension the epidemic made necessary (受疫情影响需延期): 延期占道期间的费用, the whole extension: 9,200
    ("epidemic", "eligible", "9200"),
    # an extension for another cause: not 东城 item 2's
    ("other", "ineligible", "0"),
])
def test_dongcheng_road_terms_read_why_the_permit_was_extended(extension: str, status: str, amount: str) -> None:
    f = sme(dc_fee("9200", "2020-11-01", "2021-01-31", extension=extension))
    a = run(ROAD, f, epidemic_period_end=date(2020, 6, 30), road_occupation_new_permit_current_year=True)
    check(a, status, amount)
    if extension == "other":
        assert any("other than the epidemic" in r for r in a.reasons)
    # under the default reading the city window applies whatever the cause: the epidemic ended 06-30 → nothing
    check(run(ROAD, f, epidemic_period_end=date(2020, 6, 30)), "ineligible")


def test_dongcheng_road_terms_unknown_cause_and_other_districts() -> None:
    f = sme(dc_fee("3000", "2020-03-01", "2020-03-30"))
    a = run(ROAD, f, road_occupation_new_permit_current_year=True)
    assert a.status == "undetermined" and a.missing == ["fees.0.extension"]
    # by default (the city sentence) the cause is not asked: 3,000 waived
    check(run(ROAD, f), "eligible", "3000")
    # a road outside 东城 needs no cause under the reading either
    check(run(ROAD, sme(fee("road_occupation", "3000", "2020-03-01", "2020-03-30", district="xicheng")),
              road_occupation_new_permit_current_year=True), "eligible", "3000")
    # an epidemic extension starting before 2020-02-05 counts from that day: 2020-02-01..02-10 (10 days), 1,000 → 600
    check(run(ROAD, sme(dc_fee("1000", "2020-02-01", "2020-02-10", extension="epidemic")),
              road_occupation_new_permit_current_year=True), "eligible", "600")


# -- tax deferral ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("due", "months", "new"), [
    ("2020-04-15", 1, "2020-05-15"), ("2020-04-15", 3, "2020-07-15"), ("2020-04-15", 4, "2020-07-15"),
    # month ends clamp (dateutil): 2020-11-30 + 3 → 2021-02-28; 2020-01-31 + 1 → 2020-02-29
    ("2020-11-30", 3, "2021-02-28"), ("2020-01-31", 1, "2020-02-29"),
])
def test_tax_deferral_months_and_month_ends(due: str, months: int, new: str) -> None:
    a = run(TAX, tax_firm(req(due, months)))
    assert a.status == "eligible" and deferrals(a).startswith(f"{due} → {new}")


def test_tax_deferral_size_and_mixed_requests() -> None:
    check(run(TAX, tax_firm(req("2020-04-15", 3), size="medium")), "eligible", "0")
    # a filing request is passed over (✗), the payment request beside it is covered
    a = run(TAX, tax_firm(req("2020-03-16", 2, "filing"), req("2020-04-15", 3)))
    assert a.status == "eligible" and deferrals(a).startswith("2020-04-15 → 2020-07-15")
    assert any(r.startswith("✗ a request is ruled out: a filing deferral (延期申报)") for r in a.reasons)
    a = run(TAX, tax_firm(req("2020-03-16", 2, statutory_conditions_met=True)), tax_deferral_statutory_conditions=True)
    assert a.status == "eligible"
    # zero months asked: not a deferral
    check(run(TAX, tax_firm(req("2020-03-16", 0))), "ineligible")


# -- COVID patients: 疫情期间 of a suspected case, both ends -----------------------------------------------
@pytest.mark.parametrize(("dx", "start", "readings", "status"), [
    ("suspected", "2020-01-24", {}, "eligible"), ("suspected", "2020-01-23", {}, "ineligible"),
    ("suspected", "2020-12-31", {}, "eligible"), ("suspected", "2021-01-01", {}, "ineligible"),
    ("confirmed", "2020-01-23", {}, "eligible"),
    ("confirmed", "2020-01-23", {"covid_subsidy_confirmed_in_period": True}, "ineligible"),
    ("confirmed", "2020-01-24", {"covid_subsidy_confirmed_in_period": True}, "eligible"),
])
def test_covid_period_edges(dx: str, start: str, readings: dict, status: str) -> None:
    check(run(COVID, patient(dx, start=start), **readings), status)


def test_covid_missing_and_exact() -> None:
    a = run(COVID, {"covid_patient": {}})
    assert a.status == "undetermined" and a.missing[:2] == ["covid_patient.diagnosis",
                                                             "covid_patient.beijing_designated_hospital"]
    f = patient("suspected")
    del f["covid_patient"]["treated_from"]
    a = run(COVID, f)
    assert a.status == "undetermined" and a.missing == ["covid_patient.treated_from"]
    # costs in fen (the profile takes money to the fen): 100.05 − 50.01 = 50.04 exactly; 100.01 − 0 → 100.01
    check(run(COVID, patient(total="100.05", basic="50.01", critical="0", assistance="0")), "eligible", "50.04")
    check(run(COVID, patient(total="100.01", basic="0", critical="0", assistance="0")), "eligible", "100.01")
    # paid more than the cost: nothing left, 0; self-pay items above the burden: 0
    check(run(COVID, patient(total="1000", basic="1200", critical="0", assistance="0")), "eligible", "0")
    check(run(COVID, patient(total="1000", basic="900", critical="0", assistance="0", self_pay_items="150"),
              covid_subsidy_includes_self_pay=False), "eligible", "0")


# -- ice and snow venues: 2020 年 2 月 24 前, both readings, one day either side ----------------------------------
@pytest.mark.parametrize(("applied", "inclusive", "status"), [
    ("2020-02-24", True, "eligible"), ("2020-02-25", True, "ineligible"),
    ("2020-02-23", False, "eligible"), ("2020-02-24", False, "ineligible"),
])
def test_ice_snow_deadline_edges(applied: str, inclusive: bool, status: str) -> None:
    check(run(ICE, venue(applied=applied), ice_snow_deadline_inclusive=inclusive), status)


def test_ice_snow_exact_and_missing() -> None:
    # 120.5 yuan/m² (a hypothetical rate) × 1,000.33 m² = 120,539.765 → 120,539.77 (half-up once)
    check(run(ICE, venue(area="1000.33"), ice_snow_utility_rate_ice_per_m2=Decimal("120.5")), "eligible", "120539.77")
    f = venue()
    del f["ice_snow_venue"]["kind"]
    a = run(ICE, f)
    assert a.status == "undetermined" and a.missing == ["ice_snow_venue.kind"]
    f = venue()
    del f["ice_snow_venue"]["applied_on"]
    a = run(ICE, f)  # 房山: the deadline is a condition, so the date is needed
    assert a.status == "undetermined" and a.missing == ["ice_snow_venue.applied_on"]
    check(run(ICE, {**venue(), "qualifications": {"affected_by_epidemic": False}}), "ineligible")


# -- the city February rule: each lease for its own days in February 2020 --------------------------------
@pytest.mark.parametrize(("kw", "use", "status", "amount"), [
    # 房山 L5656-L5660 "免收 2月份房租": ended 2020-02-10 → 30,000 × 10/29 = 10,344.83; office 50% → 5,172.41
    ({"ends_on": "2020-02-10"}, "business", "eligible", "10344.83"),
    ({"ends_on": "2020-02-10"}, "office", "eligible", "5172.41"),
    # February's edges: ends 02-01 (1/29) / 01-31 (0); starts 02-29 (1/29) / 03-01 (0)
    ({"ends_on": "2020-02-01"}, "business", "eligible", "1034.48"),
    ({"ends_on": "2020-01-31"}, "business", "ineligible", "0"),
    ({"starts_on": "2020-02-29"}, "business", "eligible", "1034.48"),
    ({"starts_on": "2020-03-01"}, "business", "ineligible", "0"),
    # in force 2020-02-01..02-29 exactly: the whole month
    ({"starts_on": "2020-02-01", "ends_on": "2020-02-29"}, "business", "eligible", "30000"),
])
def test_soe_rent_lease_days_in_february(kw: dict, use: str, status: str, amount: str) -> None:
    check(run(RENT, tenant(lease(use, **kw))), status, amount)


def test_soe_rent_lease_outside_february_is_ruled_out_before_its_unknowns() -> None:
    a = run(RENT, tenant({"landlord": "city_soe", "ends_on": "2020-01-31"}, q={}))
    assert a.status == "ineligible" and a.missing == []
    assert "✗ lease 0: the lease (ending 2020-01-31) is not in force in 2020-02-01..2020-02-29" in a.reasons


def test_soe_rent_institution_landlord() -> None:
    # the city sentence names 京内市及区属国有企业房产 only; a 市属事业单位 landlord is 其他经营用房 (negotiated) → 0
    a = run(RENT, tenant(lease(landlord="institution", landlord_level="city")))
    check(a, "ineligible")
    assert any("市属事业单位" in r and "SOE premises only" in r for r in a.reasons)
    # the level of an SOE follows from landlord: a contradiction is an error naming the field
    with pytest.raises(pydantic.ValidationError) as e:
        sc.Firm.model_validate(tenant(lease(landlord="city_soe", landlord_level="district")))
    assert e.value.errors()[0]["loc"] == ("leases", 0, "landlord_level")
    sc.Firm.model_validate(tenant(lease(landlord="city_soe", landlord_level="city")))


@pytest.mark.parametrize(("size", "status"), [("micro", "eligible"), ("medium", "eligible"), ("large", "ineligible")])
def test_soe_rent_size_bounds(size: str, status: str) -> None:
    check(run(RENT, tenant(lease(), size=size)), status)


@given(rent=st.decimals(min_value=0, max_value=10**6, places=2), use=st.sampled_from(["business", "office"]),
       start=st.dates(min_value=date(2020, 1, 1), max_value=date(2020, 3, 31)), length=st.integers(0, 70),
       cut=st.integers(0, 70))
def test_soe_rent_exact_and_monotone_in_the_lease_days(rent: Decimal, use: str, start: date, length: int,
                                                       cut: int) -> None:
    end = start + timedelta(days=length)
    a = run(RENT, tenant(lease(use, str(rent), starts_on=start.isoformat(), ends_on=end.isoformat())))
    lo, hi = max(date(2020, 2, 1), start), min(date(2020, 2, 29), end)
    days = max(0, (hi - lo).days + 1)
    share = Fraction(1) if use == "business" else Fraction(1, 2)
    assert a.amount == round_fen(share * Fraction(rent) * Fraction(days, 29)) and a.amount <= rent
    assert (a.status == "ineligible") == (days == 0)
    b = run(RENT, tenant(lease(use, str(rent), starts_on=start.isoformat(),
                               ends_on=(end - timedelta(days=min(cut, length))).isoformat())))
    assert b.amount <= a.amount


def test_one_february_rent_once_on_a_lease_ending_in_february() -> None:
    # a 大兴 SOE lease that ended 2020-02-10: 大兴 and the city both give 30,000 × 10/29 = 10,344.83, paid once;
    # ended 2020-01-31: neither pays
    f = {"district": "daxing", "size": "small", "qualifications": OPEN,
         "leases": [{**lease(), "landlord_district": "daxing", "ends_on": "2020-02-10"}]}
    r = sc.estimate(f)
    assert r[RENT].amount + r["daxing.soe_rent_reduction"].amount == Decimal("10344.83")
    f["leases"][0]["ends_on"] = "2020-01-31"
    r = sc.estimate(f)
    assert r[RENT].amount + r["daxing.soe_rent_reduction"].amount == 0


# -- ZGC: edges, and the assessed grant as a fact -------------------------------------------------------
@pytest.mark.parametrize(("firm", "readings", "status", "amount", "high"), [
    # 上一年度研发费用 20万元（含）以上: 199,999.99 → 0; 200,000 → 10,000 (5%)
    (zgc("199999.99"), {}, "ineligible", "0", "0"),
    # 营业收入 1000 万元（含）以下: 10,000,000.01 → 0
    (zgc(revenue="10000000.01"), {}, "ineligible", "0", "0"),
    # age under end_of_2019: 2014-12-31 (5 years to the day, 含) → eligible
    (zgc(established="2014-12-31"), {"zgc_rd_age_reference": "end_of_2019"}, "eligible", "30000", "30000"),
    # 5% of 333,333.33 = 16,666.6665 → 16,666.67 (half-up once)
    (zgc("333333.33"), {}, "eligible", "16666.67", "16666.67"),
    # tier 3 at its cap: fixed_at_cap → 200,000; an assessed grant above the cap → 200,000; exactly the cap; 0
    (zgc("5000000"), {"zgc_rd_tier_cap_mode": "fixed_at_cap"}, "eligible", "200000", "200000"),
    ({**zgc("5000000"), "zgc_rd_subsidy_assessed": "250000"}, {}, "eligible", "200000", "200000"),
    ({**zgc("4999999"), "zgc_rd_subsidy_assessed": "100000"}, {}, "eligible", "100000", "100000"),
    ({**zgc("4999999"), "zgc_rd_subsidy_assessed": "100000.01"}, {}, "eligible", "100000", "100000"),
    ({**zgc("4999999"), "zgc_rd_subsidy_assessed": "0"}, {}, "eligible", "0", "0"),
    # the assessed grant wins over the reading
    ({**zgc("2000000"), "zgc_rd_subsidy_assessed": "80000"}, {"zgc_rd_tier_cap_mode": "fixed_at_cap"}, "eligible",
     "80000", "80000"),
])
def test_zgc_edges(firm: dict, readings: dict, status: str, amount: str, high: str) -> None:
    a = run(ZGC, firm, **readings)
    check(a, status, amount)
    assert a.high == Decimal(high)


def test_zgc_assessed_grant_is_no_longer_a_reading() -> None:
    assert "zgc_rd_assessed_amount" not in sc.Assumptions.model_fields
    assert "zgc_rd_subsidy_assessed" in sc.Firm.model_fields


# -- every number against its sentence (issue 8 §9) -----------------------------------------------------
@pytest.mark.parametrize("mid", OWN)
def test_every_number_has_a_literal_or_a_convention(mid: str) -> None:
    from subsidycalc.engine import literals
    for k, p in CAT[mid].params.items():
        if literals.is_numeric(p.value):
            assert (p.literal is None) != (p.convention is None), (mid, k)


def test_road_registration_none_reading() -> None:
    # 'none' (丰台 and the city sentence state no registration test): an unknown district does not matter
    f = {"size": "small", "qualifications": HEAVY, "fees": [fee("road_occupation", "500", "2020-04-01")]}
    a = run(ROAD, f)
    assert a.status == "undetermined" and a.missing == ["district"]
    check(run(ROAD, f, road_occupation_registration="none"), "eligible", "500")


# -- the shared lease helpers (_leases), used by every SOE-rent measure ------------------------------------
def _month_rent(firm: dict[str, Any], month: Any = None, **readings: Any) -> Any:
    """The named concept "rent of the month for its own days" (_leases.month_rent), summed over the firm's leases."""
    from subsidycalc.engine.rules import traced
    from subsidycalc.engine.rules.define import stage
    from subsidycalc.measures import _leases

    def rule(r: Any) -> None:
        leases = r.items("leases")
        r.pay(leases.sum(_leases.month_rent(r, leases, month or _leases.FEBRUARY_2020, leases.index.known())))

    d = stage(CAT[RENT], sc.Assumptions(**readings), rule)
    return traced.finish(traced.evaluate(d, sc.Firm.model_validate(firm))).amount


def test_month_rent_is_the_lease_share_of_the_month() -> None:
    from subsidycalc.engine.periods import month_of

    def rent(**kw: Any) -> Fraction:
        return _month_rent(tenant(lease("business", "29000", **kw)))

    assert rent() == 29000 and rent(starts_on="2020-01-01", ends_on="2020-03-31") == 29000
    assert rent(ends_on="2020-02-10") == 10000 and rent(starts_on="2020-02-20") == 10000
    assert rent(starts_on="2020-02-10", ends_on="2020-02-10") == 1000
    assert rent(ends_on="2020-01-31") == 0 and rent(starts_on="2020-03-01") == 0
    firm = tenant(lease("business", "31000", ends_on="2020-03-10"))
    assert _month_rent(firm, month_of(date(2020, 3, 1))) == 10000
    assert _month_rent(firm, soe_rent_feb_partial_month="whole_month") == 31000
    firm = tenant(lease("business", "29000", ends_on="2020-02-10"))
    assert _month_rent(firm, soe_rent_feb_partial_month="whole_month") == 29000
    a = run(RENT, firm, soe_rent_feb_partial_month="whole_month")
    assert a.steps[0].startswith("lease 0: days in force in 2020-02-01..2020-02-29 (of 29)")
    assert any("its whole monthly rent counts" in x for x in a.reasons)


def test_shared_partial_month_reading_is_declared_once() -> None:
    from subsidycalc.measures import _readings
    r = CAT.readings["soe_rent_feb_partial_month"]
    assert r.default == "prorate_days" and r is _readings.PARTIAL_MONTH
    for mid in (RENT, "daxing.soe_rent_reduction", "fengtai.soe_rent_reduction"):
        assert "soe_rent_feb_partial_month" in CAT[mid].readings


@pytest.mark.parametrize(("mid", "firm", "readings", "missing"), [
    (ROAD, sme(fee("road_occupation", "500", "2020-04-01")), {"road_occupation_construction_only": True},
     ["fees.0.construction_works"]),
    (TAX, {"district": "xicheng", "qualifications": {"tax_payment_difficulty": True},
           "tax_deferrals": [req("2020-04-15", 3)]}, {}, ["size"]),
    (ICE, {**venue(), "ice_snow_venue": {k: v for k, v in venue()["ice_snow_venue"].items()
                                         if k != "cit_receipts_2017_2019"}}, {},
     ["ice_snow_venue.cit_receipts_2017_2019"]),
    (RENT, tenant({k: v for k, v in lease().items() if k != "use"}), {}, ["leases.0.use"]),
    (RENT, tenant({k: v for k, v in lease().items() if k != "landlord"}), {}, ["leases.0.landlord"]),
])
def test_more_unknown_facts(mid: str, firm: dict, readings: dict, missing: list[str]) -> None:
    a = run(mid, firm, **readings)
    assert a.status == "undetermined" and a.missing == missing, (a.status, a.missing)


def test_tax_fengtai_wording_needs_no_size() -> None:
    f = {"district": "fengtai", "qualifications": {"tax_payment_difficulty": True}, "tax_deferrals": [req("2020-04-15", 5)]}
    a = run(TAX, f, tax_deferral_fengtai_wording=True)
    assert a.status == "eligible" and deferrals(a).startswith("2020-04-15 → 2020-09-15")
    a = run(TAX, {**f, "tax_deferrals": [req("2020-04-15", 13)]}, tax_deferral_fengtai_wording=True)
    assert deferrals(a).startswith("2020-04-15 + 13 month(s)")  # beyond a year: the length, not the date


# -- survivors of a mutation run over this module (flipped comparisons, swapped and/or, nudged constants) ------
def test_affected_reading_accepts_heavily_affected_alone() -> None:
    # 受影响较大 implies 受疫情影响: under 'affected' a heavily affected firm needs no second flag
    check(run(SPECIAL, sme(fee("special_equipment_inspection", "1000", "2020-02-20"), q={"heavily_affected": True}),
              special_equipment_affected_test="affected"), "eligible", "1000")
    check(run(ICE, {**venue(), "qualifications": {"heavily_affected": True}}), "eligible", "0")


def test_fee_steps_say_what_was_counted() -> None:
    f = sme(fee("sewage_treatment", "600", "2020-03-01"), fee("other_admin", "400", "2020-03-01"))
    a = run(SEWAGE, f, sewage_waiver_other_admin_fees=True)
    assert a.steps[-2:] == ["污水处理费 (sewage-treatment fee) waived: 600.00",
                            "with the other 行政事业性收费 of the bundle: up to: 1,000.00"]
    assert not any("行政事业性收费 of the bundle" in s for s in run(SEWAGE, f).steps)
    a = run(SEWAGE, sme(fee("sewage_treatment", "600", "2020-06-01", "2020-06-30")),
            epidemic_period_end=date(2020, 6, 15))
    assert a.steps[0] == ("fee 0: part in 2020-02-05..2020-06-15: 600.00 × 15 (days in 2020-02-05..2020-06-15) / 30 "
                          "(days of its period) = 300.00")


def test_road_fee_district_reading_with_the_firm_district_unknown() -> None:
    f = {"size": "small", "qualifications": HEAVY,
         "fees": [fee("road_occupation", "500", "2020-04-01", district="tongzhou")]}
    a = run(ROAD, f, road_occupation_registration="fee_district")
    assert a.status == "undetermined" and a.missing == ["district"]


def test_dongcheng_terms_with_an_epidemic_period_into_2021() -> None:
    # epidemic_period_end 2021-03-31 (a reading): 当年 does not shorten the window; a 东城 new permit's fee for
    # 2021-02-01..02-28 (2,800) is waived under the city window, which is the longer
    f = sme(dc_fee("2800", "2021-02-01", "2021-02-28", extension="none"))
    a = run(ROAD, f, epidemic_period_end=date(2021, 3, 31), road_occupation_new_permit_current_year=True)
    check(a, "eligible", "2800")
    assert any(x.startswith("reading road_occupation_new_permit_current_year (东城 item 2): on 东城's roads a new "
                            "permit's fee is waived for 2020-02-05..2021-03-31 (当年)") for x in a.reasons)
    assert not any("东城 item 2" in s for s in run(ROAD, f, epidemic_period_end=date(2021, 3, 31)).reasons)


def test_tax_deferral_step_says_when_capped() -> None:
    a = run(TAX, tax_firm(req("2020-04-15", 4)))
    assert a.steps == ["tax deferral 0: months of deferral (最长不超过 3个月): min(4, 3) = 3",
                       "tax deferral 0: latest due date: 2020-07-15"]
    a = run(TAX, tax_firm(req("2020-04-15", 3)))
    assert a.steps == ["tax deferral 0: months of deferral (最长不超过 3个月): min(3, 3) = 3",
                       "tax deferral 0: latest due date: 2020-07-15"]


def test_covid_reason_names_who_pays() -> None:
    assert any(r.startswith("✓ confirmed COVID-19 patient") and "(财政;" in r for r in run(COVID, patient()).reasons)
    a = run(COVID, patient("suspected", "6000", "4200", "0", "0"))
    assert any(r.startswith("✓ suspected COVID-19 patient") and "(市级财政;" in r for r in a.reasons)


@pytest.mark.parametrize(("kind", "reading"), [("ice", "ice_snow_utility_rate_ice_per_m2"),
                                               ("snow", "ice_snow_utility_rate_snow_per_m2")])
def test_ice_snow_needs_the_rate_of_its_kind(kind: str, reading: str) -> None:
    a = run(ICE, venue(kind))
    assert a.needs == [f"assumptions.{reading}"]
    assert any(r.startswith(f"✓ {'ice rink' if kind == 'ice' else 'ski venue'} affected") for r in a.reasons)


@pytest.mark.parametrize(("q", "status", "missing"), [
    ({"high_tech_enterprise": True, "in_zgc_zone": True}, "eligible", []),
    ({"zgc_high_tech_enterprise": False, "high_tech_enterprise": False}, "ineligible", []),
    ({"zgc_high_tech_enterprise": False, "in_zgc_zone": False}, "ineligible", []),
    ({"high_tech_enterprise": False}, "undetermined", ["qualifications.zgc_high_tech_enterprise"]),
    ({"zgc_high_tech_enterprise": False, "high_tech_enterprise": True}, "undetermined", ["qualifications.in_zgc_zone"]),
    ({"zgc_high_tech_enterprise": False, "in_zgc_zone": True}, "undetermined",
     ["qualifications.high_tech_enterprise"]),
    ({}, "undetermined", ["qualifications.zgc_high_tech_enterprise", "qualifications.high_tech_enterprise",
                          "qualifications.in_zgc_zone"]),
])
def test_zgc_high_tech_either_way(q: dict, status: str, missing: list[str]) -> None:
    a = run(ZGC, zgc(q=q))
    assert (a.status, a.missing) == (status, missing), a.reasons


def test_zgc_range_and_tier_words() -> None:
    a = run(ZGC, zgc("1000000"))
    assert (a.amount, a.low, a.high) == (Decimal("0.00"), Decimal("0.00"), Decimal("100000.00"))
    assert "tier 2 (1,000,000.00 ≤ R < 5,000,000.00): 每家不超过 100,000.00" in a.reasons
    assert "tier 3 (R ≥ 5,000,000.00): 每家不超过 200,000.00" in run(ZGC, zgc("5000000")).reasons
    a = run(ZGC, zgc("200000"))
    assert "tier 1 (200,000.00 ≤ R < 1,000,000.00): 5% of 2019 R&D (按支出额的5%给予补助)" in a.reasons
    assert a.steps[0] == "subsidy: 5% × 200,000.00 (2019 R&D) = 10,000.00"
    a = run(ZGC, {"qualifications": {"zgc_high_tech_enterprise": True}})
    assert "? revenue unknown ≤ 10,000,000.00 (含) — not known" in a.reasons
