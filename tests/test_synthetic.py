"""The synthetic firm registry: deterministic, valid, estimable, and following its declared mix."""

from __future__ import annotations

import json
from collections import Counter

import pytest

import subsidycalc as sc
from subsidycalc.synthetic import (
    expected_district_shares,
    expected_industry_shares,
    flatten,
    synthetic_firms,
    synthetic_frame,
)

pd = pytest.importorskip("pandas")


def test_same_seed_same_firms_and_prefix_stable() -> None:
    a = synthetic_firms(300, seed=11)
    assert a == synthetic_firms(300, seed=11)
    assert a != synthetic_firms(300, seed=12)
    assert synthetic_firms(50, seed=11) == a[:50]


def test_same_seed_same_frame() -> None:
    assert synthetic_frame(200, seed=3).equals(synthetic_frame(200, seed=3))


def test_every_profile_validates_and_is_json_ready() -> None:
    firms = synthetic_firms(2000, seed=5)
    names = [f["name"] for f in firms]
    assert len(set(names)) == len(names)  # unique: they key estimate_many
    for f in firms:
        assert json.loads(json.dumps(f, ensure_ascii=False)) == f
        sc.Firm.model_validate(f)


def test_money_is_decimal_strings_never_floats() -> None:
    def walk(v: object) -> None:
        assert not isinstance(v, float), v
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    for f in synthetic_firms(500, seed=9):
        walk(f)
        assert isinstance(f.get("revenue", ""), str)


def test_every_role_and_some_unknowns_occur() -> None:
    firms = synthetic_firms(3000, seed=1)
    has = Counter(k for f in firms for k in f)
    for key in ("loans", "leases", "hires", "workforce", "rent_relief_granted", "lending", "hr_agency",
                "qualifications", "frontline_duty", "trainings", "social_insurance", "finances", "guarantor",
                "capital_markets"):
        assert has[key] > 0, key
    assert has["revenue"] < len(firms)  # some facts are left out
    assert any(f.get("loans") == [] for f in firms) and any("loans" not in f for f in firms)
    assert Counter(f["ownership"] for f in firms)["private"] > len(firms) / 2
    assert {"state", "collective"} <= {f["ownership"] for f in firms}


def test_estimate_over_200_firms_runs_with_every_status() -> None:
    statuses: Counter[str] = Counter()
    total = 0
    for f in synthetic_firms(200, seed=2020):
        r = sc.estimate(f)
        statuses.update(a.status for a in r.awards)
        total += r.total
    assert statuses["eligible"] and statuses["ineligible"] and statuses["undetermined"]
    assert total > 0


def test_frame_round_trips_through_estimate_many() -> None:
    firms = synthetic_firms(300, seed=8)
    df = synthetic_frame(300, seed=8)
    assert len(df) == 300 and "workforce.ui_insured_avg_2019" in df.columns and "loans.0.principal" in df.columns
    from_frame = sc.estimate_many(df, progress=False)
    assert from_frame.errors == []
    from_dicts = sc.estimate_many(firms, progress=False)
    # an empty list (none) survives the flat frame: same awards either way
    assert from_frame.frame.equals(from_dicts.frame)


def test_flatten_inverts_unflatten() -> None:
    from subsidycalc.analysis import unflatten

    for f in synthetic_firms(300, seed=4):
        assert unflatten(flatten(f)) == f


def test_district_and_industry_mix_follow_the_declared_weights() -> None:
    n = 6000
    firms = synthetic_firms(n, seed=77)
    got = Counter(f["district"] for f in firms)
    for d, share in expected_district_shares().items():
        assert abs(got[d] / n - share) < 0.02, (d, got[d] / n, share)
    for d, industry, lo in (("haidian", "software", 0.15), ("xicheng", "catering", 0.05),
                            ("dongcheng", "retail", 0.08), ("daxing", "manufacturing", 0.10)):
        in_d = [f["industry"] for f in firms if f["district"] == d]
        share = Counter(in_d)[industry] / len(in_d)
        assert share > lo
        assert abs(share - expected_industry_shares(d)[industry]) < 0.05, (d, industry, share)
    # the tilts: software is more common in 海淀 than in 大兴, manufacturing the other way round
    def share(d: str, i: str) -> float:
        in_d = [f["industry"] for f in firms if f["district"] == d]
        return Counter(in_d)[i] / len(in_d)

    assert share("haidian", "software") > 2 * share("daxing", "software")
    assert share("daxing", "manufacturing") > 3 * share("haidian", "manufacturing")


def test_negative_n_is_refused() -> None:
    with pytest.raises(ValueError, match="n:"):
        synthetic_firms(-1)
    assert synthetic_firms(0) == []


def test_module_examples() -> None:
    import doctest

    import subsidycalc.synthetic as m

    assert doctest.testmod(m).failed == 0
