"""Every declared number against its sentence (issue 8 §9): the literal form is in the cite and reads as the value."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import subsidycalc as sc
from subsidycalc.engine import literals
from subsidycalc.engine.periods import Window
from subsidycalc.engine.sources import normalize

CAT = sc.catalog()


@pytest.mark.parametrize(("text", "value"), [
    ("30%", Decimal("0.30")), ("40％", Decimal("0.4")), ("1000万元", Decimal("10000000")), ("2.4 万元", Decimal(24000)),
    ("6315元/人", Decimal(6315)), ("五年", 5), ("一年期", 12), ("12 个月", 12), ("免收", Decimal(1)),
    ("减半", Decimal("0.5")), ("1.2倍", Decimal("1.2")), ("三年内", 3), ("90日", 90), ("一个月", 1),
    ("3月底", date(2020, 3, 31)), ("2020 年 2 月 24 前", date(2020, 2, 24)), ("自 2020年 2月 5日起", date(2020, 2, 5)),
    ("2 月起至 5 月底", Window(date(2020, 2, 1), date(2020, 5, 31))),
    ("2月份", Window(date(2020, 2, 1), date(2020, 2, 29))), ("第一季度", Window(date(2020, 1, 1), date(2020, 3, 31))),
    ("2019年 12月至 2020年 2月", Window(date(2019, 12, 1), date(2020, 2, 29))),
    ("2 月 17 日至 29 日", Window(date(2020, 2, 17), date(2020, 2, 29))), ("2020年底", date(2020, 12, 31)),
])
def test_literal_reads_as(text: str, value: object) -> None:
    assert literals.reads_as(text, value)


@pytest.mark.parametrize(("text", "value"), [
    ("30%", Decimal("0.03")), ("1000万元", Decimal("1000")), ("五年", 4), ("3月底", date(2020, 3, 30)),
    ("2 月起至 5 月底", Window(date(2020, 2, 1), date(2020, 4, 30))), ("免收", Decimal("0.5")), ("十二", 21),
])
def test_literal_does_not_read_as(text: str, value: object) -> None:
    assert not literals.reads_as(text, value)


@pytest.mark.parametrize(("text", "want"), [("十二", 12), ("二十", 20), ("一千零五", 1005), ("两", 2), ("三千万", 30_000_000)])
def test_chinese_numerals(text: str, want: int) -> None:
    assert literals.cn_number(text) == want


DECLARED = [(m.id, k, p) for m in CAT for k, p in m.params.items() if p.literal is not None]


@pytest.mark.parametrize(("mid", "name", "param"), DECLARED, ids=[f"{m}.{k}" for m, k, _ in DECLARED])
def test_declared_literal_is_in_the_cite_and_reads_as_the_value(mid: str, name: str, param: sc.engine.Param) -> None:
    assert param.ref is None, "a number from a reference table cites the table, not a seed literal"
    problems = literals.check(param.value, param.literal, normalize(param.cite), normalize)  # type: ignore[arg-type]
    assert not problems, problems


def test_a_param_is_a_literal_or_a_convention_not_both() -> None:
    both = [(m.id, k) for m in CAT for k, p in m.params.items() if p.literal is not None and p.convention]
    assert not both
