"""The catalog: ids, aliases, sources, quotes and declared numbers all trace to the seed."""

from __future__ import annotations

import hashlib
import re
from importlib import resources
from pathlib import Path

import pytest

import subsidycalc as sc
from subsidycalc.engine.sources import cite_in_seed, in_seed, parse_lines, seed_lines

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CAT = sc.catalog()
MEASURES = list(CAT)


#: sha256 of the seed the library ships (``subsidycalc/data/seed.txt``), recorded from ``../shared/seed``
SEED_SHA256 = "a659b798308551edbcbf585b9d855bf53f0afff5fd073bf91c63a5c6f98e42ee"
#: the catalog's ids (``### <id>`` headings of ``../shared/spec/measures/0*.md``), shipped with the tests
CATALOG_IDS = Path(__file__).parent / "data" / "catalog_ids.txt"


def test_shipped_seed_is_the_recorded_seed() -> None:
    """The shipped copy is the reference: its digest is pinned, so a clone with nothing beside it checks it too."""
    data = resources.files("subsidycalc").joinpath("data/seed.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256


def test_shipped_seed_is_the_shared_seed_when_it_sits_beside() -> None:
    """Beside ``../shared`` (a developer's checkout), the shipped seed and the catalog ids must be today's."""
    shared = SHARED / "seed" / "beijing_2020_relief_policies.txt"
    if not shared.exists():  # a clone with nothing beside it: the pinned digest above is the check
        return
    assert tuple(shared.read_text(encoding="utf-8").splitlines()) == seed_lines()
    assert shipped_catalog_ids() == shared_catalog_ids()


def shared_catalog_ids() -> list[str]:
    ids: list[str] = []
    for f in sorted((SHARED / "spec" / "measures").glob("0*.md")):
        ids += re.findall(r"^### (\S+)", f.read_text(encoding="utf-8"), flags=re.M)
    return ids


def shipped_catalog_ids() -> list[str]:
    return [x for x in CATALOG_IDS.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]


def test_every_catalog_id_resolves() -> None:
    ids = shipped_catalog_ids()
    assert len(ids) >= 100
    unresolved = [i for i in ids if i not in CAT]
    assert not unresolved, f"catalog ids not in the library: {unresolved}"


@pytest.mark.parametrize("contract_id", [
    "xicheng.loan_interest_subsidy", "haidian.first_loan_subsidy", "beijing.one_off_social_insurance_subsidy",
    "mentougou.scale_hiring_one_off_job_subsidy", "mentougou.military_spouse_one_off_job_subsidy",
])
def test_contract_ids_are_canonical(contract_id: str) -> None:
    assert CAT[contract_id].id == contract_id


def test_unknown_id_suggests_close_ids() -> None:
    with pytest.raises(KeyError, match="xicheng.loan_interest_subsidy"):
        CAT["xicheng.loan_interest_subsidi"]


@pytest.mark.parametrize("m", MEASURES, ids=lambda m: m.id)
def test_measure_is_well_formed(m: sc.Measure) -> None:
    assert re.fullmatch(r"[a-z]+(\.[a-z0-9_]+)+", m.id)
    assert m.title_zh and m.title_en and m.kind and m.beneficiary
    assert m.sources
    for s in m.sources:
        assert s.title and s.issuer and s.url.startswith("http") and s.issued.year in (2019, 2020)
        a, b = parse_lines(s.lines)
        assert 1 <= a <= b <= len(seed_lines())
        assert in_seed(s.quote), f"{m.id}: quote is not exact seed text: {s.quote[:60]}…"
        assert len(re.sub(r"\s", "", s.quote)) >= 8
    for name, p in m.params.items():
        if p.ref is None:
            assert cite_in_seed(p.cite), f"{m.id}.{name}: cite is not seed text: {p.cite}"
        else:
            assert p.ref and p.cite
    for r in m.readings:
        assert r in sc.Assumptions.model_fields


def test_every_reading_is_documented_and_defaulted() -> None:
    for name, f in sc.Assumptions.model_fields.items():
        assert f.description and len(f.description) > 30, name
        sc.Assumptions.model_validate({name: f.default})


def test_stacking_rules_name_known_measures_and_cite_seed() -> None:
    for rule in CAT.rules:
        assert len(rule.measures) >= 2, rule.id
        for mid in rule.measures:
            assert CAT[mid].id == mid
        assert in_seed(rule.source.quote), rule.id


def test_filter() -> None:
    xs = CAT.filter(district="xicheng")
    assert len(xs) >= 1 and all(m.district == "xicheng" for m in xs)
    assert all(m.beneficiary == "financial_institution" for m in CAT.filter(beneficiary="financial_institution"))
