"""Completeness of issue 8 §9: EVERY number of EVERY measure is checked against its sentence, or declared a convention.

tests/test_literals.py checks the literals that are declared; this file checks that none is missing:

- every ``Param`` of every measure whose value holds a number or a date (a ``Decimal``, an ``int``, a ``date``, a
  :class:`Window`, or a tuple of these) has a ``literal`` that is in its cited sentence and reads as its value, or a
  ``convention`` that says in words why the text does not write it — never neither, never both;
- a ``Param`` drawn from a reference table (``ref=``) is a convention of the library (a public figure or a unit of the
  table), never a seed literal;
- every reading whose default is a number or a date (or a numeric choice such as ``"0.30"``) is classified below:
  a number of the law, with its literal and the seed lines that hold it (checked here), or an interpretation the
  text leaves open, with the reason. A new numeric reading fails until it is classified.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, get_args

import pytest

import subsidycalc as sc
from subsidycalc.engine import literals
from subsidycalc.engine.sources import normalize, seed_excerpt

CAT = sc.catalog()

PARAMS = [(m.id, k, p) for m in CAT for k, p in m.params.items()]
NUMERIC = [(mid, k, p) for mid, k, p in PARAMS if literals.is_numeric(p.value)]


def test_the_catalog_declares_numbers() -> None:
    # guards the parametrisations below against an empty catalog (a test over nothing passes)
    assert len(NUMERIC) >= 250, len(NUMERIC)


@pytest.mark.parametrize(("mid", "name", "param"), NUMERIC, ids=[f"{m}.{k}" for m, k, _ in NUMERIC])
def test_every_numeric_param_has_a_literal_in_its_cite_or_a_convention(mid: str, name: str, param: Any) -> None:
    if param.literal is not None:
        assert not param.convention, "a literal or a convention, not both"
        assert param.ref is None, "a number from a reference table is a convention, not a seed literal"
        problems = literals.check(param.value, param.literal, normalize(param.cite), normalize)
        assert not problems, problems
        return
    assert param.convention, (
        f"{mid}.{name} = {param.value!r} declares neither the literal it is written as in “{param.cite}” nor a "
        "convention saying why the text does not write it"
    )
    assert len(param.convention.strip()) >= 20, f"a convention gives its reason in words: {param.convention!r}"


def test_a_param_without_numbers_is_a_list_of_names() -> None:
    # what the completeness check exempts: tuples of names (industries, premises, carriers ...), nothing numeric
    exempt = [(mid, k, p.value) for mid, k, p in PARAMS if not literals.is_numeric(p.value)]
    for mid, k, value in exempt:
        assert isinstance(value, tuple | str | bool), (mid, k, value)
        flat = value if isinstance(value, tuple) else (value,)
        assert all(isinstance(x, str | bool) for x in flat), (mid, k, value)
        for x in flat:
            if isinstance(x, str):
                with pytest.raises((InvalidOperation, ValueError)):
                    Decimal(x)


def test_a_reference_param_is_a_convention() -> None:
    bad = [(m.id, k) for m in CAT for k, p in m.params.items() if p.ref is not None and not p.convention]
    assert not bad


@dataclass(frozen=True)
class Law:
    """A reading default that is a number of the law: its literal, in the seed lines the reading's doc names."""

    literal: str
    lines: str


@dataclass(frozen=True)
class Open:
    """A reading default the text does not state: an interpretation, a public fact or a calendar fact."""

    reason: str


#: every reading with a numeric or date default (or a numeric choice), classified
READING_NUMBERS: dict[str, Law | Open] = {
    "epidemic_period_start": Open(
        "'疫情期间' is undefined where this reading applies; 2020-01-24 is the day Beijing started its first-level "
        "response, a public fact the seed does not print (the doc says so)"),
    "epidemic_period_end": Law("2020 年12月 31日", "L1072-L1074"),
    "shijingshan_rent_free_month": Open(
        "'免收一个月房租' names no month; February 2020 is the first rent month after the 2020-02-04 issue date and "
        "the city rule's month (an interpretation, overridable)"),
    "xicheng_rent_extension_months": Open(
        "'根据疫情情况，可适当延长减免期' gives no length; 0 extra months is the text's own February only"),
    "startup_small_micro_hire_ratio": Law("30%", "L6256"),
}

#: the other choices of a numeric reading, each a literal of the seed too
READING_OPTIONS: dict[tuple[str, str], Law] = {
    ("startup_small_micro_hire_ratio", "0.25"): Law("25%", "L6276"),
}


def _number_like(value: Any) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, str):
        try:
            Decimal(value)
        except InvalidOperation:
            return False
        return True
    return literals.is_numeric(value)


def _as_value(value: Any) -> Any:
    return Decimal(value) if isinstance(value, str) else value


NUMERIC_READINGS = sorted(name for name, r in CAT.readings.items() if _number_like(r.default))


def test_every_numeric_reading_is_classified() -> None:
    assert sorted(READING_NUMBERS) == NUMERIC_READINGS


@pytest.mark.parametrize("name", NUMERIC_READINGS)
def test_a_numeric_reading_default_is_a_checked_literal_or_an_open_choice(name: str) -> None:
    reading = CAT.readings[name]
    entry = READING_NUMBERS[name]
    if isinstance(entry, Open):
        assert len(entry.reason) >= 20
        assert reading.doc.strip(), "the reading's doc explains its default"
        return
    assert entry.lines.split("-")[0] in reading.doc, f"the doc of {name} names the seed lines {entry.lines}"
    excerpt = normalize(seed_excerpt(entry.lines))
    problems = literals.check(_as_value(reading.default), entry.literal, excerpt, normalize)
    assert not problems, problems


def test_every_numeric_choice_of_a_reading_is_a_checked_literal() -> None:
    for name in NUMERIC_READINGS:
        options = [o for o in get_args(CAT.readings[name].annotation) if isinstance(o, str)]
        for option in options:
            if option == CAT.readings[name].default:
                continue
            law = READING_OPTIONS.get((name, option))
            assert law is not None, f"choice {option!r} of {name} is not classified"
            assert law.lines.split("-")[0] in CAT.readings[name].doc
            problems = literals.check(Decimal(option), law.literal, normalize(seed_excerpt(law.lines)), normalize)
            assert not problems, problems
