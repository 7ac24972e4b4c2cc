"""The catalog (issue 8 §6): ids and aliases, the unknown-id message, each filter, the order modules load in, and
every error ``load`` raises for a broken declaration."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from subsidycalc.engine import registry
from subsidycalc.engine.measure import Reading
from subsidycalc.engine.registry import Catalog, UnknownMeasureError
from subsidycalc.engine.sources import Document
from subsidycalc.engine.stacking import StackingRule

SRC = Document("t", "i", date(2020, 2, 1), "http://x").cite("L1", "q")


@dataclass
class M:
    """Just what the catalog reads of a measure."""

    id: str
    district: str = "xicheng"
    kind: str = "subsidy"
    beneficiary: str = "firm"
    relief: bool = True
    aliases: tuple[str, ...] = ()
    readings: tuple[str, ...] = field(default_factory=tuple)


MS = [M("xicheng.rent", aliases=("xicheng.rent_old",)), M("xicheng.loan", kind="loan"),
      M("haidian.rent", district="haidian", beneficiary="landlord"), M("beijing.deferral", district="beijing",
                                                                       relief=False)]
RULE = StackingRule("r1", "exclusive", ("xicheng.rent", "haidian.rent"), SRC, "x")
RULE2 = StackingRule("r2", "exclusive", ("xicheng.loan",), SRC, "x")


def cat() -> Catalog:
    return Catalog(MS, [RULE, RULE2], {})  # type: ignore[arg-type]


def test_ids_aliases_and_container_protocol() -> None:
    c = cat()
    assert len(c) == 4 and [m.id for m in c] == c.ids() == [m.id for m in MS]
    assert c["xicheng.rent_old"] is MS[0] and c.resolve("xicheng.rent_old") == "xicheng.rent"
    assert c.resolve("haidian.rent") == "haidian.rent"
    assert "xicheng.rent_old" in c and "xicheng.rent" in c and "nowhere" not in c
    assert c.rules == (RULE, RULE2) and isinstance(c.rules, tuple)
    assert repr(c) == "<Catalog of 4 measures>"


def test_a_duplicate_id_or_alias_is_refused() -> None:
    with pytest.raises(ValueError, match=r"duplicate measure id or alias 'a' \(a and a\)"):
        Catalog([M("a"), M("a")], [], {})  # type: ignore[list-item]
    with pytest.raises(ValueError, match=r"duplicate measure id or alias 'b' \(c and b\)"):
        Catalog([M("b"), M("c", aliases=("b",))], [], {})  # type: ignore[list-item]


def test_an_unknown_id_names_close_ids_or_the_command() -> None:
    c = cat()
    with pytest.raises(UnknownMeasureError) as e:
        c["xicheng.rnet"]
    assert str(e.value) == "unknown measure id 'xicheng.rnet'; did you mean xicheng.rent, xicheng.rent_old, xicheng.loan, haidian.rent?"
    assert isinstance(e.value, KeyError) and e.value.__cause__ is None and e.value.__suppress_context__
    with pytest.raises(UnknownMeasureError) as e:
        c["zzzzzzzzzzzzzzzzzzzz"]
    assert str(e.value) == "unknown measure id 'zzzzzzzzzzzzzzzzzzzz'; see `subsidycalc measures`"
    assert str(UnknownMeasureError()) == ""
    many = Catalog([M(f"x.m{i}") for i in range(9)], [], {})  # type: ignore[list-item]
    with pytest.raises(UnknownMeasureError) as e:
        many["x.m"]
    assert str(e.value).count(",") == 4  # five close ids at most


def test_each_filter() -> None:
    c = cat()
    assert c.filter(district="xicheng").ids() == ["xicheng.rent", "xicheng.loan"]
    assert c.filter(kind="loan").ids() == ["xicheng.loan"]
    assert c.filter(beneficiary="landlord").ids() == ["haidian.rent"]
    assert c.filter(relief=False).ids() == ["beijing.deferral"]
    assert c.filter(relief=True).ids() == ["xicheng.rent", "xicheng.loan", "haidian.rent"]
    assert c.filter().ids() == c.ids()
    assert c.filter(district="xicheng", kind="subsidy").ids() == ["xicheng.rent"]
    assert c.filter(district="haidian").rules == (RULE,)  # a rule with any of its measures stays
    assert c.filter(district="beijing").rules == ()
    assert c.filter(kind="loan").rules == (RULE2,)
    assert c.filter(district="xicheng")["xicheng.rent_old"] is MS[0]


def test_the_real_catalog_loads_city_modules_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_CURRENT", list(registry._CURRENT))
    c = registry.load()
    assert registry.current() is c
    city = [m.id.startswith("beijing.") for m in c]
    assert city[0] and city == sorted(city, reverse=True)
    mods = [m.__name__ for m in registry._modules()]
    city_mods = [n.startswith("subsidycalc.measures.beijing") for n in mods]  # the city package and beijing_business
    assert city_mods[0] and city_mods == sorted(city_mods, reverse=True)
    assert "subsidycalc.measures.beijing_business" in mods and "subsidycalc.measures.beijing.hiring" in mods
    assert "subsidycalc.measures.xicheng" in mods
    assert not any("._" in n for n in mods)  # helpers (_documents, _leases) are not scanned


def test_current_loads_when_nothing_was_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_CURRENT", [])
    c = registry.current()
    assert len(c) > 0 and registry.current() is c


class _R(SimpleNamespace):
    pass


def _load_with(monkeypatch: pytest.MonkeyPatch, *mods: Any) -> Catalog:
    monkeypatch.setattr(registry, "_CURRENT", [])
    monkeypatch.setattr(registry, "_modules", lambda: list(mods))
    monkeypatch.setattr(registry, "_how_to_apply", lambda cat: {})  # the real apply data names the real measures
    return registry.load()


def test_load_collects_measures_rules_and_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    r = Reading("scope", str, "lease", "doc")
    a = SimpleNamespace(__name__="a", MEASURES=[M("a.one", aliases=("a.uno",), readings=("scope",))],
                        READINGS=[r], STACKING=[StackingRule("s", "exclusive", ("a.uno", "b.two"), SRC, "x",
                                                             per_reading="scope")])
    b = SimpleNamespace(__name__="b", MEASURES=[M("b.two")], READINGS=[r])
    c = _load_with(monkeypatch, a, b, SimpleNamespace(__name__="empty"))
    assert c.ids() == ["a.one", "b.two"]
    assert c.rules[0].measures == ("a.one", "b.two")  # aliases resolved
    assert c.readings["scope"] is r and "benchmark_series" in c.readings
    assert registry.current() is c


def test_load_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    bad_rule = SimpleNamespace(__name__="m", MEASURES=[M("a.one")],
                               STACKING=[StackingRule("s", "exclusive", ("a.one", "a.none"), SRC, "x")])
    with pytest.raises(ValueError, match=r"^stacking rule s names an unknown measure: unknown measure id 'a.none'"):
        _load_with(monkeypatch, bad_rule)
    bad_per = SimpleNamespace(__name__="m", MEASURES=[M("a.one")],
                              STACKING=[StackingRule("s", "exclusive", ("a.one",), SRC, "x", per_reading="nope")])
    with pytest.raises(ValueError, match=r"^stacking rule s uses reading 'nope' that no module declares"):
        _load_with(monkeypatch, bad_per)
    bad_measure = SimpleNamespace(__name__="m", MEASURES=[M("a.one", readings=("nope",))])
    with pytest.raises(ValueError, match=r"^measure a.one uses reading 'nope' that no module declares"):
        _load_with(monkeypatch, bad_measure)
    twice = [SimpleNamespace(__name__="m1", READINGS=[Reading("x", str, "a", "d")]),
             SimpleNamespace(__name__="m2", READINGS=[Reading("x", str, "b", "d")])]
    with pytest.raises(ValueError, match=r"^reading 'x' declared twice with different definitions \(m2\)"):
        _load_with(monkeypatch, *twice)
    same = [SimpleNamespace(__name__="m1", READINGS=[Reading("x", str, "a", "d")]),
            SimpleNamespace(__name__="m2", READINGS=[Reading("x", str, "a", "d")])]
    assert "x" in _load_with(monkeypatch, *same).readings
