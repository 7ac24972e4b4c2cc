"""The vectorised synthetic registry: the columns it generates are the columns of its profiles, its firms follow
the documented distributions of ``subsidycalc.synthetic``, and a partition is the same firms as the whole."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from proto.beijing_si import one_off_si
from proto.mentougou_scale import scale_hiring
from proto.xicheng_loan import loan_interest_subsidy

import subsidycalc as sc
from subsidycalc.engine.rules import columnar
from subsidycalc.engine.rules.columns import Columns, V
from subsidycalc.engine.rules.define import Rule, stage
from subsidycalc.engine.rules.schema import firm_schema
from subsidycalc.synthetic import (
    HEAVILY_AFFECTED_INDUSTRIES,
    OWNERSHIP_WEIGHTS,
    expected_district_shares,
    expected_industry_shares,
)
from subsidycalc.synthetic_tables import BLOCK, denominators, profiles, synthetic_tables

SCHEMA = firm_schema()
PROTOS: list[tuple[str, Callable[[Rule], None], list[dict[str, Any]]]] = [
    ("xicheng.loan_interest_subsidy", loan_interest_subsidy,
     [{}, {"xicheng_loan_amount_basis": "firm_total", "benchmark_series": "pboc"}]),
    ("beijing.one_off_social_insurance_subsidy", one_off_si,
     [{}, {"si_subsidy_cap": "none", "si_subsidy_contribution_basis": "payable"}]),
    ("mentougou.scale_hiring_one_off_job_subsidy", scale_hiring, [{}, {"mentougou_hiring_tier_mode": "marginal"}]),
]
N = 100_000
BIG = synthetic_tables(N, seed=2020)
COLS = Columns(N, BIG)


# --- helpers ---------------------------------------------------------------------------------------------------

def same_values(a: V, b: V, path: str) -> None:
    """Two columns hold the same values (numbers as exact rationals), the same known mask and kind."""
    assert a.kind == b.kind, path
    assert len(a.known) == len(b.known), path
    assert np.array_equal(a.known, b.known), path
    if a.kind == "num":
        an, ad, bn, bd = a.data.n, a.data.d, b.data.n, b.data.d
        assert np.array_equal(np.asarray(an, dtype=object) * bd, np.asarray(bn, dtype=object) * ad), path
    elif a.kind in ("text", "strlist"):
        assert list(a.data) == list(b.data), path
    else:
        assert a.data.dtype == b.data.dtype, path
        assert np.array_equal(a.data, b.data), path
        assert a.vocab == b.vocab, path


def same_columns(a: Columns, b: Columns) -> None:
    """Every fact, section and presence of the profile is the same in ``a`` and ``b``."""
    assert a.n == b.n
    for path in SCHEMA.sections:
        sa, sb = a.section(path), b.section(path)
        assert sa.n_items == sb.n_items, path
        for attr in ("owner", "pos", "known"):
            assert np.array_equal(getattr(sa, attr), getattr(sb, attr)), (path, attr)
    for path, spec in SCHEMA.facts.items():
        if spec.section is None:
            same_values(a.fact(spec), b.fact(spec), path)
        else:
            same_values(a.item_fact(spec), b.item_fact(spec), path)
    for path in SCHEMA.presence:
        assert np.array_equal(a.present(path), b.present(path)), path


def codes(path: str) -> tuple[Any, Any, tuple[str, ...]]:
    v = COLS.fact(SCHEMA.fact(path))
    return v.data, v.known, v.vocab


def share(mask: Any, within: Any = None) -> float:
    mask = np.asarray(mask, dtype=bool)
    if within is not None:
        mask = mask[np.asarray(within, dtype=bool)]
    return float(mask.mean())


def close(got: float, p: float, n: int, what: Any) -> None:
    """``got`` is a share of ``n`` draws of probability ``p``, within 5 standard errors (and 0.2 points)."""
    tol = 5 * (p * (1 - p) / n) ** 0.5 + 0.002
    assert abs(got - p) <= tol, (what, got, p, n)


DISTRICT, _, DISTRICTS = codes("district")
INDUSTRY, _, INDUSTRIES = codes("industry")


def industry_is(*names: str) -> Any:
    return np.isin(INDUSTRY, [INDUSTRIES.index(x) for x in names])


def known(path: str) -> Any:
    spec = SCHEMA.fact(path)
    return COLS.fact(spec).known


def flag(path: str) -> Any:
    return COLS.fact(SCHEMA.fact(path)).data == 2


# --- the columns are the columns of the profiles ---------------------------------------------------------------

NEVER_GENERATED = {"trained_employees", "subsidy_fraud_clawback_on", "rent_relief_granted.carrier",
                   "lending.risk_comp_claims.compensated_elsewhere", "guarantor.risk_comp_claims.compensated_elsewhere",
                   "social_insurance.ui_refund_2020_received", "social_insurance.one_off_si_subsidy_received"}


def test_columns_round_trip_through_the_profiles() -> None:
    t = synthetic_tables(3000, seed=5, start=40_000)
    ps = profiles(t)
    firms = [sc.Firm.model_validate(p) for p in ps]
    same_columns(Columns(t.n, t), Columns.from_firms(firms))


def test_columns_round_trip_with_every_role_and_section() -> None:
    # every bank, guarantor, HR agency, venue and 东城 claimant of 100,000 firms, and 1,500 others
    rare = np.zeros(N, dtype=bool)
    for path in ("lending", "guarantor", "hr_agency", "ice_snow_venue"):
        rare |= COLS.present(path)
    for path in ("lending.risk_comp_claims", "guarantor.risk_comp_claims", "capital_markets.stock_pledges"):
        rare[COLS.section(path).owner] = True
    rows = np.union1d(np.nonzero(rare)[0], np.arange(0, N, N // 1500))
    firms = [sc.Firm.model_validate(p) for p in profiles(BIG, rows)]
    got, want = COLS.subset(rows), Columns.from_firms(firms)
    same_columns(got, want)
    for path in SCHEMA.sections:  # every section has items here, every generated fact is known somewhere
        assert got.section(path).n_items > 0, path
    for path, spec in SCHEMA.facts.items():
        if path.split(".")[0] in ("flexible_worker", "covid_patient") or path in NEVER_GENERATED:
            assert path not in BIG.facts and not any(path in cols for _, cols in BIG.sections.values()), path
            continue
        if path.startswith("guarantor.risk_comp_claims."):  # few: the banks' claims come from the same generator
            spec = SCHEMA.fact(path.replace("guarantor.", "lending.", 1))
        v = got.fact(spec) if spec.section is None else got.item_fact(spec)
        assert v.known.any(), path


def test_every_value_is_within_the_profiles_ranges_and_orders() -> None:
    from datetime import date

    from subsidycalc.profile import types

    def check(path: str, v: V) -> None:
        spec = SCHEMA.fact(path)
        data = v.data.n if v.kind == "num" else v.data
        k = v.known
        if spec.kind == "money":
            assert (data[k] >= 0).all() and (data[k] <= int(types.MONEY_MAX) * 100).all(), path
        elif spec.kind == "count":
            assert (data[k] >= 0).all() and (data[k] <= types.COUNT_MAX).all(), path
        elif spec.kind == "number":
            den = denominators()[path]
            limit = int(types.SHARE_LIMIT) * den if den == 10**6 else int(types.HEADCOUNT_MAX) * den
            low = -limit if path == "finances.profit_tax_change_2019" else 0
            high = den - 1 if path.endswith("_rate") else limit
            assert (data[k] >= low).all() and (data[k] <= high).all(), path
        elif spec.kind == "date":
            assert (data[k] >= types.FIRST_DAY.toordinal()).all() and (data[k] <= types.LAST_DAY.toordinal()).all()
        elif spec.kind == "enum":
            assert (data[k] >= 0).all() and (data[k] < len(spec.values)).all() and (data[~k] == -1).all(), path

    for path, v in BIG.facts.items():
        check(path, v)
    for _, (_, cols) in BIG.sections.items():
        for path, v in cols.items():
            check(path, v)
    for section, first, last in (("fees", "start", "end"), ("rent_relief_granted", "period_start", "period_end"),
                                 ("frontline_duty", "first_day", "last_day"), ("leases", "starts_on", "ends_on")):
        a = COLS.item_fact(SCHEMA.fact(f"{section}.{first}"))
        b = COLS.item_fact(SCHEMA.fact(f"{section}.{last}"))
        both = a.known & b.known
        assert (b.data[both] >= a.data[both]).all(), section
    resumed = COLS.fact(SCHEMA.fact("restart.resumed_on")).data
    applied = COLS.fact(SCHEMA.fact("restart.applied_on")).data
    assert (resumed >= applied).all()
    assert date.fromordinal(int(COLS.fact(SCHEMA.fact("established_on")).data.max())).year == 2019


def test_every_decoded_profile_validates_and_is_json_ready() -> None:
    t = synthetic_tables(5000, seed=9)
    ps = profiles(t)
    assert len({p["name"] for p in ps}) == len(ps)  # unique: they key estimate_many
    for p in ps:
        assert json.loads(json.dumps(p, ensure_ascii=False)) == p
        sc.Firm.model_validate(p)
    # a few rows, in any order
    assert profiles(t, [4, 2]) == [ps[4], ps[2]]
    assert profiles(t, np.array([], dtype=np.int64)) == []


def test_numbers_have_the_kinds_fixed_denominator() -> None:
    dens = denominators()
    assert dens["revenue"] == 100 and dens["employees"] == 100 and dens["ice_snow_venue.area_m2"] == 100
    assert dens["loans.annual_rate"] == 10**6 and dens["finances.profit_tax_change_2019"] == 10**6
    assert dens["hires.count"] == 1
    for path, v in BIG.facts.items():
        if v.kind == "num":
            assert v.data.d == dens[path] and v.data.n.dtype == np.int64, path
    for _, (sec, cols) in BIG.sections.items():
        assert sec.owner.dtype == np.int64 and sec.pos.dtype == np.int64
        for path, v in cols.items():
            if v.kind == "num":
                assert v.data.d == dens[path] and v.data.n.dtype == np.int64, path


@pytest.mark.parametrize(("mid", "rule", "variants"), PROTOS, ids=[p[0] for p in PROTOS])
def test_the_columnar_evaluator_reads_the_tables_as_it_reads_the_profiles(
        mid: str, rule: Callable[[Rule], None], variants: list[dict[str, Any]]) -> None:
    # the rule definitions of the engine's fixtures (the catalog's measures have no rules yet), on the firms of the
    # measure's district among the 100,000: the same status, amount, low, high and missing facts, row by row
    m = sc.catalog()[mid]
    rows = np.arange(N) if m.district == "beijing" else np.nonzero(DISTRICT == DISTRICTS.index(m.district))[0]
    rows = rows[:1200]
    tables = COLS.subset(rows)
    firms = Columns.from_firms([sc.Firm.model_validate(p) for p in profiles(BIG, rows)])
    for readings in variants:
        d = stage(m, sc.Assumptions(**readings), rule)
        got, want = columnar.run(d, tables), columnar.run(d, firms)
        for what in ("status", "amount", "low", "high"):
            assert np.array_equal(getattr(got, what), getattr(want, what)), (mid, readings, what)
        assert [got.missing(i) for i in range(len(rows))] == [want.missing(i) for i in range(len(rows))]
        statuses = set(columnar.STATUS_NAMES[s] for s in got.status.tolist())
        assert {"eligible", "ineligible", "undetermined"} <= statuses, (mid, readings, statuses)


# --- partitions ------------------------------------------------------------------------------------------------

def test_a_partition_is_the_same_firms_as_the_whole() -> None:
    whole = Columns(N, BIG)
    for start, n in ((0, 10), (BLOCK - 700, 1400), (BLOCK, 25), (N - 333, 333)):
        part = synthetic_tables(n, seed=2020, start=start)
        same_columns(Columns(n, part), whole.subset(np.arange(start, start + n)))


def test_same_seed_same_tables_other_seed_other_firms() -> None:
    a, b = profiles(synthetic_tables(50, seed=3)), profiles(synthetic_tables(50, seed=3))
    assert a == b
    assert a != profiles(synthetic_tables(50, seed=4))
    assert a[0]["name"].endswith("企业000000") and profiles(synthetic_tables(1, seed=3, start=70_000))[0][
        "name"].endswith("企业070000")


def test_empty_and_refused_arguments() -> None:
    t = synthetic_tables(0)
    assert t.n == 0 and profiles(t) == []
    assert Columns(0, t).fact(SCHEMA.fact("revenue")).known.shape == (0,)
    for kwargs in ({"n": -1}, {"n": 1, "start": -1}, {"n": 1, "seed": -1}):
        with pytest.raises(ValueError):
            synthetic_tables(**kwargs)


# --- the documented distributions, on 100,000 firms ------------------------------------------------------------

def test_district_shares() -> None:
    for d, p in expected_district_shares().items():
        close(share(DISTRICT == DISTRICTS.index(d)), p, N, d)


def test_industry_tilts_by_district() -> None:
    for d in ("haidian", "xicheng", "dongcheng", "daxing", "chaoyang", "yanqing"):
        rows = DISTRICT == DISTRICTS.index(d)
        for industry, p in expected_industry_shares(d).items():
            close(share(INDUSTRY == INDUSTRIES.index(industry), rows), p, int(rows.sum()), (d, industry))

    def s(d: str, i: str) -> float:
        return share(INDUSTRY == INDUSTRIES.index(i), DISTRICT == DISTRICTS.index(d))

    assert s("haidian", "software") > 2 * s("daxing", "software")
    assert s("daxing", "manufacturing") > 3 * s("haidian", "manufacturing")


def test_ownership_and_state_owner_level() -> None:
    own, _, vocab = codes("ownership")
    plain = ~industry_is("hr_services", "finance", "guarantee")
    total = sum(OWNERSHIP_WEIGHTS.values())
    for name, w in OWNERSHIP_WEIGHTS.items():
        close(share(own == vocab.index(name), plain), w / total, int(plain.sum()), name)
    assert (own[industry_is("hr_services")] == vocab.index("private")).all()
    fin = industry_is("finance", "guarantee")
    close(share(own == vocab.index("state"), fin), 0.5 + 0.5 * 0.08, int(fin.sum()), "state banks")
    state = own == vocab.index("state")
    level, level_known, lv = codes("state_owner_level")
    assert np.array_equal(level_known, state)
    for name, p in (("central", 0.2), ("city", 0.4), ("district", 0.4)):
        close(share(level == lv.index(name), state), p, int(state.sum()), name)


def test_unknown_facts_and_list_shares() -> None:
    close(1 - share(known("revenue")), 0.06, N, "revenue")
    close(1 - share(known("assets")), 0.40, N, "assets")
    close(share(known("tax_district")), 0.03, N, "tax_district")
    wf = COLS.present("workforce")
    close(share(wf), 0.88, N, "workforce")
    for field in ("ui_insured_avg_2019", "employer_si_paid_2020_feb_apr", "no_layoffs_2019", "ui_paid_months"):
        close(1 - share(known("workforce." + field), wf), 0.08, int(wf.sum()), field)
    for path, unknown, empty in (("loans", 0.10, 0.55), ("leases", 0.07, 0.35), ("hires", 0.12, 0.60),
                                 ("trainings", 0.30, 0.62), ("fees", 0.30, 0.40), ("tax_deferrals", 0.45, 0.50)):
        sec = COLS.section(path)
        counts = np.bincount(sec.owner, minlength=N)
        close(1 - share(sec.known), unknown, N, (path, "unknown"))
        close(share(sec.known & (counts == 0)), empty, N, (path, "[]"))
    close(share(COLS.present("social_insurance")), 0.70, N, "social_insurance")
    close(share(COLS.present("finances")), 0.30, N, "finances")
    close(share(COLS.present("capital_markets")), 0.25, N, "capital_markets")
    assert COLS.present("qualifications").all()
    heavily = industry_is(*HEAVILY_AFFECTED_INDUSTRIES)
    hk = known("qualifications.heavily_affected")
    close(1 - share(hk), 0.15, N, "heavily_affected unknown")
    close(share(flag("qualifications.heavily_affected"), hk & heavily), 0.7, int((hk & heavily).sum()), "heavily")
    close(share(flag("qualifications.heavily_affected"), hk & ~heavily), 0.35, int((hk & ~heavily).sum()), "other")
    close(1 - share(known("enterprise")), 0.2, N, "enterprise")
    # declared sizes: banks and guarantee companies always, 25% of the others with a revenue (unless undetermined)
    size_known = known("size")
    fin = industry_is("finance", "guarantee")
    assert size_known[fin].all()
    other = ~fin & known("revenue")
    assert 0.15 < share(size_known, other) <= 0.25 + 0.01


def test_role_shares() -> None:
    own, _, vocab = codes("ownership")
    lender = industry_is("finance") & (own != vocab.index("collective"))
    assert np.array_equal(COLS.present("lending"), lender)
    assert np.array_equal(COLS.present("hr_agency"), industry_is("hr_services"))
    assert np.array_equal(COLS.present("guarantor"), industry_is("guarantee"))
    assert np.array_equal(COLS.present("ice_snow_venue"), industry_is("ice_snow_sports"))
    assert not COLS.present("flexible_worker").any() and not COLS.present("covid_patient").any()
    landlord = COLS.section("rent_relief_granted").known
    for names, p in ((("real_estate", "property_management"), 0.4), (("leasing_business_services",), 0.05)):
        rows = industry_is(*names)
        close(share(landlord, rows), p, int(rows.sum()), names)
    state_other = (own == vocab.index("state")) & ~industry_is("real_estate", "property_management",
                                                                  "leasing_business_services")
    close(share(landlord, state_other), 0.03, int(state_other.sum()), "state landlords")
    outlet = known("essential_outlet")
    shops = industry_is("retail", "catering")
    close(share(outlet, shops), 0.65, int(shops.sum()), "outlets")
    duty = COLS.section("frontline_duty")
    staffed = np.bincount(duty.owner, minlength=N) > 0
    close(share(staffed, shops), 0.35, int(shops.sum()), "staffed outlets")
    restart = industry_is("manufacturing", "construction")
    close(share(COLS.present("restart"), restart), 0.3, int(restart.sum()), "restart")
    assert not COLS.present("restart")[~restart].any()


def test_items_follow_their_firms() -> None:
    loans = COLS.section("loans")
    counts = np.bincount(loans.owner, minlength=N)
    with_loans = counts > 0
    close(share(counts == 2, with_loans), 0.2, int(with_loans.sum()), "two loans")
    lender = COLS.item_fact(SCHEMA.fact("loans.lender_district")).data
    close(share(lender == DISTRICT[loans.owner]), 0.7, loans.n_items, "lender in the district")
    principal = COLS.item_fact(SCHEMA.fact("loans.principal")).data.n // 100
    assert principal.min() >= 100_000 and principal.max() <= 50_000_000 and (principal % 10_000 == 0).all()
    leases = COLS.section("leases")
    ld = COLS.item_fact(SCHEMA.fact("leases.landlord_district")).data
    close(share(ld == DISTRICT[leases.owner]), 0.8, leases.n_items, "landlord in the district")
    hires = COLS.section("hires")
    group = COLS.item_fact(SCHEMA.fact("hires.group"))
    for name, p in (("urban_rural_labor", 0.6), ("graduate", 0.15), ("military_family", 0.05)):
        close(share(group.data == group.vocab.index(name)), p, hires.n_items, name)
    fees = COLS.item_fact(SCHEMA.fact("fees.fee"))
    fee_owner = COLS.section("fees").owner
    road = fees.data == fees.vocab.index("road_occupation")
    assert np.array_equal(road, industry_is("construction")[fee_owner])
