"""顺义区 (顺政办发〔2020〕3号, seed L5472-L5604): worked examples of catalog 05 and ERRATA_04_06 finding 21,
properties and every reading. Item 7 (social-insurance deferral) is the city rule: an alias, not encoded here.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import subsidycalc as sc
from subsidycalc.engine import literals
from subsidycalc.engine.estimate import evaluate
from subsidycalc.engine.sources import cite_in_seed, in_seed, normalize

CAT = sc.catalog()
PLACE, UTIL, HOTEL, SUPPLY, PLANT = (
    "shunyi.hr_agency_placement_reward", "shunyi.utility_arrears_deferral", "shunyi.restart_hotel_rent_subsidy",
    "shunyi.supply_stability_reward", "shunyi.idle_plant_epidemic_supply_reward")
IDS = [PLACE, UTIL, HOTEL, SUPPLY, PLANT]


def run(mid: str, firm: dict[str, Any], **readings: Any) -> sc.Award:
    return evaluate(CAT[mid], sc.Firm.model_validate(firm), sc.Assumptions(**readings))


@pytest.mark.parametrize("mid", IDS)
def test_cites_and_quotes_are_seed_text(mid: str) -> None:
    m = CAT[mid]
    assert m.district == "shunyi"
    for s in m.sources:
        assert in_seed(s.quote), s.quote
    for k, p in m.params.items():
        assert cite_in_seed(p.cite), (k, p.cite)


@pytest.mark.parametrize("mid", IDS)
def test_every_number_is_a_literal_of_its_sentence_or_a_convention(mid: str) -> None:
    # issue 8 §9
    for k, p in CAT[mid].params.items():
        if literals.is_numeric(p.value):
            assert (p.literal is None) != (p.convention is None), k
        if p.literal is not None:
            assert not literals.check(p.value, p.literal, normalize(p.cite), normalize), k


def test_social_insurance_deferral_is_the_city_rule() -> None:
    # ERRATA_04_06 finding 4: an alias of the city deferral, whose sources include 顺义 item 7 (L5554-L5562)
    m = CAT["shunyi.social_insurance_deferral"]
    assert m.id == "beijing.si_deferral_to_march"
    assert any(s.lines.startswith("L5554") for s in m.sources)
    assert all(x.id != "shunyi.social_insurance_deferral" for x in CAT.filter(district="shunyi"))


# =====================================================================================================
# shunyi.hr_agency_placement_reward — L5529-L5531 "每推荐 1名本区劳动者 … 缴纳职工社会保险满 1年"
# =====================================================================================================
def agency(*placements: dict, licensed: bool | None = True) -> dict:
    a: dict[str, Any] = {"placements": list(placements)}
    if licensed is not None:
        a["licensed"] = licensed
    return {"district": "shunyi", "industry": "hr_services", "size": "small", "hr_agency": a}


def pl(persons: int, months: int = 12, district: str = "shunyi", on: str = "2020-03-10") -> dict:
    return {"persons": persons, "si_months": months, "workers_district": district, "placed_on": on}


A = Decimal(800)  # a hypothetical reward per person; the text's "按照规定" amount is not in the seed


@pytest.mark.parametrize(("f", "status", "amount"), [
    # ex.1: 10 顺义 workers placed in March 2020, 12 months insured each: 10 × A = 8,000 (A = 800)
    (agency(pl(10)), "eligible", "8000.00"),
    # ex.2: exactly 12 months counts (满 1年), 11 does not: 3 × A = 2,400
    (agency(pl(3, 12), pl(2, 11)), "eligible", "2400.00"),
    # ex.3: unlicensed agency → 0
    (agency(pl(10), licensed=False), "ineligible", "0.00"),
    # ex.3: workers of another district → 0
    (agency(pl(10, district="changping")), "ineligible", "0.00"),
])
def test_placement_worked_examples(f: dict, status: str, amount: str) -> None:
    a = run(PLACE, f, shunyi_placement_reward_per_person=A)
    assert (a.status, a.amount) == (status, Decimal(amount))


def test_placement_amount_is_unquantified_by_default() -> None:
    a = run(PLACE, agency(pl(10)))
    assert a.status == "eligible" and not a.quantified and a.amount == 0
    assert a.needs == ["assumptions.shunyi_placement_reward_per_person"]
    assert "head-count rewarded: 10" in a.steps


def test_placement_not_an_agency() -> None:
    assert run(PLACE, {"district": "shunyi"}).status == "ineligible"


@pytest.mark.parametrize(("f", "path"), [
    (agency(pl(10), licensed=None), "hr_agency.licensed"),
    (agency({"persons": 3, "workers_district": "shunyi", "placed_on": "2020-03-01"}), "hr_agency.placements.0.si_months"),
    ({"district": "shunyi", "hr_agency": {"licensed": True}}, "hr_agency.placements"),
])
def test_placement_missing_facts(f: dict, path: str) -> None:
    a = run(PLACE, f)
    assert a.status == "undetermined" and path in a.missing


def test_reading_placement_window() -> None:
    # placed 2020-01-20, before the measures took effect (2020-02-08)
    f = agency(pl(4, on="2020-01-20"))
    assert run(PLACE, f, shunyi_placement_reward_per_person=A).status == "ineligible"
    assert run(PLACE, f, shunyi_placement_reward_per_person=A,
               shunyi_placement_window="any").amount == Decimal("3200.00")  # 4 × 800
    # under 'any' the date of a placement is not needed
    undated = agency({"persons": 2, "si_months": 12, "workers_district": "shunyi"})
    assert run(PLACE, undated).missing == ["hr_agency.placements.0.placed_on"]
    assert run(PLACE, undated, shunyi_placement_reward_per_person=A,
               shunyi_placement_window="any").amount == Decimal("1600.00")  # 2 × 800


@pytest.mark.parametrize(("on", "end", "status"), [
    ("2020-02-07", None, "ineligible"),          # the day before publication (上述措施自公布之日起生效, 2020-02-08)
    ("2020-02-08", None, "eligible"),            # publication day
    ("2020-12-31", None, "eligible"),            # the default end of epidemic prevention (epidemic_period_end)
    ("2021-01-01", None, "ineligible"),          # the day after
    ("2020-06-30", "2020-06-30", "eligible"),
    ("2020-07-01", "2020-06-30", "ineligible"),
])
def test_placement_window_edges(on: str, end: str | None, status: str) -> None:
    readings: dict[str, Any] = {} if end is None else {"epidemic_period_end": date.fromisoformat(end)}
    a = run(PLACE, agency(pl(4, on=on)), shunyi_placement_reward_per_person=A, **readings)
    assert a.status == status
    if status == "eligible":
        assert a.amount == Decimal("3200.00")  # 4 × 800


def test_placement_zero_persons_and_exact_amounts() -> None:
    # a placement of 0 persons rewards nobody
    assert run(PLACE, agency(pl(0)), shunyi_placement_reward_per_person=A).status == "ineligible"
    # a sub-fen amount per person is kept exact and rounded once: 3 × 0.335 = 1.005 → 1.01 half-up
    assert run(PLACE, agency(pl(3)), shunyi_placement_reward_per_person=Decimal("0.335")).amount == Decimal("1.01")
    # the worker's district and the months of insurance are needed
    a = run(PLACE, agency({"persons": 1, "si_months": 12, "placed_on": "2020-03-01"}))
    assert a.status == "undetermined" and a.missing == ["hr_agency.placements.0.workers_district"]


@given(groups=st.lists(st.tuples(st.integers(0, 50), st.integers(0, 30)), min_size=1, max_size=5),
       per=st.integers(0, 5000))
def test_placement_is_per_person_with_a_full_year(groups: list[tuple[int, int]], per: int) -> None:
    a = run(PLACE, agency(*[pl(n, m) for n, m in groups]), shunyi_placement_reward_per_person=Decimal(per))
    heads = sum(n for n, m in groups if m >= 12)
    assert a.amount == Decimal(per * heads) if heads else a.status == "ineligible"


# =====================================================================================================
# shunyi.utility_arrears_deferral — L5542-L5544 "欠费不停供 … 疫情结束后 3个月内 … 补缴"
# =====================================================================================================
SME = {"district": "shunyi", "size": "small"}


@pytest.mark.parametrize(("f", "end", "status", "due"), [
    # ex.1: epidemic ends 2020-06-30 → arrears due by 2020-09-30 (3 months later, 内: inclusive); relief 0.00
    (SME, date(2020, 6, 30), "eligible", "2020-09-30"),
    # default end of the epidemic 2020-12-31 → due 2021-03-31
    (SME, date(2020, 12, 31), "eligible", "2021-03-31"),
    # ex.3: a large firm: no protection
    ({"district": "shunyi", "size": "large"}, date(2020, 6, 30), "ineligible", None),
    # micro firms are 中小企业 under 300号
    ({"district": "shunyi", "size": "micro"}, date(2020, 6, 30), "eligible", "2020-09-30"),
])
def test_utility_worked_examples(f: dict, end: date, status: str, due: str | None) -> None:
    a = run(UTIL, f, epidemic_period_end=end)
    assert a.status == status and a.amount == Decimal("0.00")
    if due:
        assert a.effects["deferral"].endswith(f"pay by {due}")


def test_utility_missing_size() -> None:
    a = run(UTIL, {"district": "shunyi"})
    assert a.status == "undetermined" and "size" in a.missing


@pytest.mark.parametrize(("end", "due"), [
    (date(2020, 11, 30), "2021-02-28"),  # 3 calendar months, clamped to the month's last day (2021 is not leap)
    (date(2020, 8, 31), "2020-11-30"),
    (date(2020, 11, 29), "2021-02-28"),
    (date(2020, 11, 28), "2021-02-28"),
    (date(2020, 11, 27), "2021-02-27"),
    (date(2020, 1, 31), "2020-05-08"),   # an end before publication: the period is publication day only, + 3 months
])
def test_utility_due_date_is_three_calendar_months_later(end: date, due: str) -> None:
    a = run(UTIL, SME, epidemic_period_end=end)
    assert a.effects["deferral"].endswith(f"pay by {due}")


def test_utility_readings() -> None:
    assert "not waived" in run(UTIL, SME).effects["late_fee"]
    assert run(UTIL, SME, shunyi_utility_late_fee_waived=True).effects["late_fee"].startswith("waived")
    assert "arrears arising from 2020-02-08" in run(UTIL, SME).effects["deferral"]
    assert "all arrears" in run(UTIL, SME, shunyi_utility_arrears_scope="all").effects["deferral"]


@given(end=st.dates(date(2020, 2, 8), date(2022, 12, 31)))
def test_utility_is_never_cash(end: date) -> None:
    a = run(UTIL, SME, epidemic_period_end=end)
    assert a.amount == a.low == a.high == Decimal("0.00")


# =====================================================================================================
# The "适度补贴 / 适度奖励和支持" entries (ERRATA_04_06 finding 21)
# =====================================================================================================
@pytest.mark.parametrize(("f", "readings", "status", "amount", "quantified"), [
    # L5537-L5539: hotel rent 20,000; no rate → eligible, unquantified
    ({**SME, "restart_hotel_rent": "20000"}, {}, "eligible", "0.00", False),
    # with a supplied rate of 50%: 50% × 20,000 = 10,000
    ({**SME, "restart_hotel_rent": "20000"}, {"shunyi_hotel_subsidy_rate": Decimal("0.5")}, "eligible", "10000.00", True),
    # no hotel rooms rented → ineligible
    ({**SME, "restart_hotel_rent": "0"}, {}, "ineligible", "0.00", True),
])
def test_hotel(f: dict, readings: dict, status: str, amount: str, quantified: bool) -> None:
    a = run(HOTEL, f, **readings)
    assert (a.status, a.amount, a.quantified) == (status, Decimal(amount), quantified)


def test_hotel_missing_rent_and_other_districts() -> None:
    a = run(HOTEL, SME)
    assert a.status == "undetermined" and a.missing == ["restart_hotel_rent"]
    assert run(HOTEL, {"district": "daxing", "restart_hotel_rent": "1"}).status == "ineligible"


def test_hotel_half_a_fen_rounds_up_once() -> None:
    # 0.5% × 1 = 0.005 → 0.01 half-up; 33.3% × 0.05 = 0.01665 → 0.02
    assert run(HOTEL, {**SME, "restart_hotel_rent": "1"}, shunyi_hotel_subsidy_rate=Decimal("0.005")).amount == \
        Decimal("0.01")
    assert run(HOTEL, {**SME, "restart_hotel_rent": "0.05"}, shunyi_hotel_subsidy_rate=Decimal("0.333")).amount == \
        Decimal("0.02")


@given(rent=st.integers(0, 10**6), rate=st.decimals(0, 1, places=2))
def test_hotel_rate_times_rent(rent: int, rate: Decimal) -> None:
    a = run(HOTEL, {**SME, "restart_hotel_rent": str(rent)}, shunyi_hotel_subsidy_rate=rate)
    assert a.amount == (rate * rent).quantize(Decimal("0.01")) if rent else a.status == "ineligible"
    assert 0 <= a.amount <= rent


@pytest.mark.parametrize(("q", "status"), [
    ({"epidemic_supply_output_increased": True}, "eligible"),
    ({"necessities_supply_increased": True}, "eligible"),
    ({"key_enterprise_kept_operating": True}, "eligible"),
    ({"epidemic_supply_output_increased": False, "necessities_supply_increased": False,
      "key_enterprise_kept_operating": False}, "ineligible"),
    ({"epidemic_supply_output_increased": False}, "undetermined"),
])
def test_supply_stability_reward(q: dict, status: str) -> None:
    a = run(SUPPLY, {"district": "shunyi", "qualifications": q})
    assert a.status == status
    if status == "eligible":
        assert not a.quantified and a.needs == ["assumptions.shunyi_supply_reward_amount"]
    if status == "undetermined":
        assert set(a.missing) == {"qualifications.necessities_supply_increased",
                                  "qualifications.key_enterprise_kept_operating"}
    if status == "ineligible":  # every fact known: nothing reported as unknown
        assert not any(r.startswith("?") for r in a.reasons)


def test_supply_reward_reading() -> None:
    f = {"district": "shunyi", "qualifications": {"necessities_supply_increased": True}}
    assert run(SUPPLY, f, shunyi_supply_reward_amount=Decimal(50000)).amount == Decimal("50000.00")
    assert run(SUPPLY, f, shunyi_supply_reward_amount=Decimal("0.005")).amount == Decimal("0.01")  # rounded once
    a = run(SUPPLY, {"district": "shunyi"})  # no qualifications at all
    assert a.status == "undetermined" and set(a.missing) == {f"qualifications.{k}" for k in (
        "epidemic_supply_output_increased", "necessities_supply_increased", "key_enterprise_kept_operating")}


@pytest.mark.parametrize(("flag", "status"), [(True, "eligible"), (False, "ineligible"), (None, "undetermined")])
def test_idle_plant_reward(flag: bool | None, status: str) -> None:
    q = {} if flag is None else {"existing_plant_epidemic_supply_line": flag}
    a = run(PLANT, {"district": "shunyi", "qualifications": q})
    assert a.status == status
    if flag:
        assert not a.quantified and a.amount == 0
        assert run(PLANT, {"district": "shunyi", "qualifications": q},
                   shunyi_plant_reward_amount=Decimal(30000)).amount == Decimal("30000.00")


def test_unquantified_awards_add_nothing_to_the_total() -> None:
    f = sc.Firm.model_validate({"district": "shunyi", "size": "small", "restart_hotel_rent": "20000",
                                "qualifications": {"necessities_supply_increased": True}})
    r = sc.estimate(f)
    assert r[HOTEL].status == r[SUPPLY].status == "eligible"
    assert r[HOTEL].amount == r[SUPPLY].amount == 0


def test_example_firm_shows_several_measures() -> None:
    path = Path(__file__).parents[2] / "examples" / "firms" / "shunyi_mask_maker.json"
    report = sc.estimate(sc.Firm.model_validate(json.loads(path.read_text(encoding="utf-8"))))
    eligible = {a.measure_id for a in report.awards if a.district == "shunyi" and a.status == "eligible"}
    assert {UTIL, HOTEL, SUPPLY, PLANT} <= eligible


@pytest.mark.parametrize("reading", ["shunyi_hotel_subsidy_rate", "shunyi_placement_reward_per_person",
                                     "shunyi_supply_reward_amount", "shunyi_plant_reward_amount"])
def test_supplied_figures_are_never_negative(reading: str) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=reading):
        sc.Assumptions(**{reading: Decimal(-1)})
