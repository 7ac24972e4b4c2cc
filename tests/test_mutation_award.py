"""One award's words and data (issue 8 §6): ``explain()`` keeps the amount line of an eligible award (and its
range, and what an unquantified one needs), ``reason``, ``to_dict``, ``repr``, equality, and the words written
lazily from a trace."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from subsidycalc.engine.award import Award, _jsonable
from subsidycalc.engine.sources import Document

DOC = Document("《通知》", "区财政局", date(2020, 2, 18), "http://example.org/a", doc_no="西财〔2020〕1号")
SRC = DOC.cite("L3-L5", "给予补贴")
SRC_NO = Document("《办法》", "区人社局", date(2020, 3, 1), "http://example.org/b").cite("L9", "另一句")


def eligible(**kw: object) -> Award:
    base: dict[str, object] = dict(amount=Decimal("1234.50"), low=Decimal("1234.50"), high=Decimal("1234.50"),
                                   reasons=["✓ in 西城"], sources=(SRC,), title_zh="房租补贴", title_en="Rent subsidy")
    base.update(kw)
    return Award("xicheng.rent", "eligible", **base)  # type: ignore[arg-type]


def test_explain_of_an_eligible_award_has_its_amount_line() -> None:
    text = eligible().explain()
    assert text.splitlines()[:4] == ["xicheng.rent  房租补贴", "  Rent subsidy", "  status: eligible",
                                     "  amount: 1,234.50 yuan"]
    ranged = eligible(low=Decimal("1000.00"), high=Decimal("1500.00")).explain()
    assert "  amount: 1,234.50 yuan  (range 1,000.00 – 1,500.00)" in ranged.splitlines()
    low_only = eligible(low=Decimal("1000.00")).explain()
    assert "  amount: 1,234.50 yuan  (range 1,000.00 – 1,234.50)" in low_only.splitlines()
    high_only = eligible(high=Decimal("2000.00")).explain()
    assert "  amount: 1,234.50 yuan  (range 1,234.50 – 2,000.00)" in high_only.splitlines()
    unq = eligible(quantified=False, needs=["a", "b"]).explain().splitlines()
    assert "  amount not quantified by the text; supply: a, b" in unq
    assert not any("not quantified" in x for x in text.splitlines())


def test_explain_sections() -> None:
    a = eligible(steps=["rent × 3 = 300"], effects={"deferral": "3 months"}, stacking=["paid; excludes y"],
                 readings={"d": date(2020, 1, 24), "r": Decimal("0.5"), "t": (Decimal(1), "x")},
                 sources=(SRC, SRC_NO))
    assert a.explain().splitlines()[4:] == [
        "  reasons:", "    - ✓ in 西城",
        "  steps:", "    rent × 3 = 300",
        "  effects:", "    deferral: 3 months",
        "  stacking:", "    - paid; excludes y",
        "  readings used:", "    d = 2020-01-24", "    r = 0.5", "    t = ['1', 'x']",
        "  sources:",
        "    《通知》 西财〔2020〕1号 — 区财政局, 2020-02-18, seed L3-L5", "      http://example.org/a", "      “给予补贴”",
        "    《办法》 — 区人社局, 2020-03-01, seed L9", "      http://example.org/b", "      “另一句”",
    ]


def test_explain_of_an_undetermined_award_has_no_amount_but_what_is_missing() -> None:
    a = Award("x.m", "undetermined", missing=["leases.0.rent", "employees"], title_zh="补", title_en="S")
    assert a.explain().splitlines() == ["x.m  补", "  S", "  status: undetermined",
                                        "  missing: leases.0.rent, employees", "  reasons:", "  sources:"]
    b = Award("x.m", "ineligible", amount=Decimal("5.00"), reasons=["✗ not in 西城"])
    assert "amount" not in b.explain()


def test_reason() -> None:
    assert Award("m", "undetermined", missing=["a", "b"], stacking=["s"]).reason == "needs a, b"
    assert Award("m", "undetermined", reasons=["r1", "r2"]).reason == "r2"
    assert Award("m", "eligible", reasons=["r1"], stacking=["s1", "s2"]).reason == "s2"
    assert Award("m", "ineligible", reasons=["r1", "r2"]).reason == "r2"
    assert Award("m", "eligible", missing=["a"], reasons=["r"]).reason == "r"
    assert Award("m", "eligible").reason == ""


def test_to_dict() -> None:
    a = eligible(low=Decimal("1000"), high=Decimal("1500.5"), readings={"d": date(2020, 1, 24)},
                 parts={"leases.0": (Fraction(1, 200), 0, 0), "leases.1": (Decimal("7"), 0, 0)},
                 effects={"e": "v"}, stacking=["s"], needs=["n"], missing=["m"], steps=["st"], relief=False,
                 quantified=False, district="xicheng", kind="subsidy", beneficiary="firm")
    assert a.to_dict() == {
        "measure_id": "xicheng.rent", "title_zh": "房租补贴", "title_en": "Rent subsidy", "district": "xicheng",
        "kind": "subsidy", "beneficiary": "firm", "status": "eligible", "amount": "1234.50", "low": "1000.00",
        "high": "1500.50", "relief": False, "quantified": False, "reasons": ["✓ in 西城"], "missing": ["m"],
        "needs": ["n"], "steps": ["st"], "readings": {"d": "2020-01-24"}, "effects": {"e": "v"},
        "stacking": ["s"], "parts": {"leases.0": "0.01", "leases.1": "7.00"}, "sources": [SRC.to_dict()],
    }
    d = Award("m", "undetermined").to_dict()
    assert (d["amount"], d["low"], d["high"], d["relief"], d["quantified"]) == ("0.00", "0.00", "0.00", True, True)


def test_repr() -> None:
    assert repr(eligible()) == "<Award xicheng.rent: eligible 1,234.50>"
    assert repr(eligible(low=Decimal(1000), high=Decimal(1500))) == (
        "<Award xicheng.rent: eligible 1,234.50 [1,000.00–1,500.00]>")
    assert repr(Award("m", "undetermined", missing=["a"])) == "<Award m: undetermined missing=['a']>"
    assert repr(Award("m", "ineligible", missing=["a"])) == "<Award m: ineligible missing=['a']>"
    assert repr(Award("m", "ineligible")) == "<Award m: ineligible>"


def test_equality() -> None:
    assert eligible() == eligible()
    assert eligible() != eligible(amount=Decimal("1.00"))
    assert eligible() != eligible(sources=())
    assert eligible() != eligible(beneficiary="landlord")
    assert eligible().__eq__("x") is NotImplemented
    with pytest.raises(TypeError):
        hash(eligible())


def test_defaults_are_fresh_containers() -> None:
    a, b = Award("m", "eligible"), Award("m", "eligible")
    a.reasons.append("x")
    a.stacking.append("y")
    a.parts["k"] = (1, 1, 1)
    assert b.reasons == [] and b.stacking == [] and b.parts == {}
    assert (b.amount, b.low, b.high, b.relief, b.quantified) == (0, 0, 0, True, True)
    assert str(b.amount) == "0.00"


def test_words_are_written_once_from_the_trace() -> None:
    calls = []

    def render() -> tuple[list[str], list[str], dict[str, str]]:
        calls.append(1)
        return ["traced"], ["step"], {"e": "traced", "f": "traced"}

    a = Award("m", "eligible", reasons=["own"], steps=["own step"], effects={"e": "own"})
    a._render = render
    assert a.reasons == ["traced", "own"]
    assert a.steps == ["step", "own step"]
    assert a.effects == {"e": "own", "f": "traced"}  # the award's own effects win
    assert calls == [1]
    b = Award("m", "eligible")
    b._render = render
    b.reasons = ["set"]
    assert b.reasons == ["set"] and b.steps == ["step"]
    c = Award("m", "eligible")
    c._render = render
    c.steps = ["s"]
    assert c.steps == ["s"] and c.reasons == ["traced"]
    e = Award("m", "eligible")
    e._render = render
    e.effects = {"x": "y"}
    assert e.effects == {"x": "y"} and e.reasons == ["traced"]
    f = Award("m", "eligible", reasons=["r"])
    f._render = render
    assert f.effects == {"e": "traced", "f": "traced"} and f.reasons == ["traced", "r"]
    g = Award("m", "eligible")
    g._render = render
    assert g.steps == ["step"]


def test_jsonable() -> None:
    assert _jsonable(Decimal("0.50")) == "0.50"
    assert _jsonable(date(2020, 1, 1)) == "2020-01-01"
    assert _jsonable((Decimal(1), [date(2020, 1, 2), "x"])) == ["1", ["2020-01-02", "x"]]
    assert _jsonable(3) == 3 and _jsonable("s") == "s" and _jsonable(None) is None
