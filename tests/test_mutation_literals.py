"""Reading literals, exactly (issue 8 §6): every Chinese digit, unit and word, every quarter, each 万/亿/千 and
%/成 scale, month words at both ends of the year, and the messages of ``check``. Each expectation is the whole
set of readings, so that a reading added or lost fails."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from subsidycalc.engine.literals import DEFAULT_YEAR, check, cn_number, is_numeric, readings, reads_as
from subsidycalc.engine.periods import Window


def W(a: date, b: date) -> Window:
    return Window(a, b)


@pytest.mark.parametrize("text, n", [
    ("零", 0), ("〇", 0), ("一", 1), ("二", 2), ("两", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("七", 7),
    ("八", 8), ("九", 9), ("十", 10), ("百", 100), ("千", 1000), ("九十九", 99), ("一百", 100), ("三百零七", 307),
    ("一千", 1000), ("五千六百", 5600), ("两万", 20_000), ("一亿", 100_000_000),
    ("十万", 100_000), ("一万五千", 15_000), ("三亿五千万", 350_000_000), ("一千零五", 1005), ("十五", 15),
    ("一亿零五百万", 105_000_000), ("十二万三千四百五十六", 123_456), ("两亿", 200_000_000), ("一万亿", 10**12),
])
def test_cn_number(text: str, n: int) -> None:
    assert cn_number(text) == n


@pytest.mark.parametrize("text", ["", "十x", "12", "万元"])
def test_cn_number_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="not a Chinese numeral"):
        cn_number(text)


@pytest.mark.parametrize("word, value", [
    ("免收", "1"), ("免征", "1"), ("全额", "1"), ("全部", "1"), ("免除", "1"), ("免缴", "1"), ("免", "1"),
    ("减半", "0.5"), ("一半", "0.5"), ("减免一半", "0.5"),
])
def test_words(word: str, value: str) -> None:
    assert Decimal(value) in readings(word)
    assert reads_as(word, Decimal(value))
    if not any(c in "一二三" for c in word):  # (a word holding a numeral reads as that numeral when text follows)
        assert reads_as(word + "房租", Decimal(value))  # a word then text without a number


def test_a_word_followed_by_a_number_reads_as_the_number_only() -> None:
    assert readings("免收3个月") == {Decimal(3)}
    assert readings("减半50%") == {Decimal("0.5")}  # the number's reading (50%), not the word's


@pytest.mark.parametrize("literal, values", [
    ("30%", {Decimal("0.3")}),
    ("40％", {Decimal("0.4")}),
    ("3成", {Decimal("0.3")}),
    ("1.2倍", {Decimal("1.2")}),
    ("1000万元", {Decimal(10_000_000)}),
    ("2 亿元", {Decimal(200_000_000)}),
    ("5千元", {Decimal(5000)}),
    ("1,500元", {Decimal(1500)}),
    ("五年", {Decimal(5), Decimal(60)}),
    ("3周年", {Decimal(3), Decimal(36)}),
    ("12个月", {Decimal(12)}),
    ("6月", {Decimal(6), date(2020, 6, 1), date(2020, 6, 30),
            W(date(2020, 6, 1), date(2020, 6, 1)), W(date(2020, 6, 1), date(2020, 6, 30))}),
    ("两万元", {Decimal(20_000)}),
    ("一百五十万", {Decimal(1_500_000)}),
    ("五成", {Decimal("0.5")}),
    ("3 和 4", {Decimal(3)}),  # the first number is the declared one
])
def test_numeric_readings(literal: str, values: set[object]) -> None:
    assert readings(literal) == values


def test_default_year() -> None:
    assert DEFAULT_YEAR == 2020


@pytest.mark.parametrize("literal, first, last", [
    ("第一季度", date(2020, 1, 1), date(2020, 3, 31)),
    ("第二季度", date(2020, 4, 1), date(2020, 6, 30)),
    ("第三季度", date(2020, 7, 1), date(2020, 9, 30)),
    ("第四季度", date(2020, 10, 1), date(2020, 12, 31)),
    ("第1季度", date(2020, 1, 1), date(2020, 3, 31)),
    ("2季度", date(2020, 4, 1), date(2020, 6, 30)),
    ("第3季度", date(2020, 7, 1), date(2020, 9, 30)),
    ("2021年第4季度", date(2021, 10, 1), date(2021, 12, 31)),
])
def test_quarters(literal: str, first: date, last: date) -> None:
    r = readings(literal)
    assert {first, last, W(first, last)} <= r
    assert {x for x in r if isinstance(x, date)} == {first, last}


@pytest.mark.parametrize("literal, day", [
    ("3月底", date(2020, 3, 31)), ("2月末", date(2020, 2, 29)), ("12月底", date(2020, 12, 31)),
    ("1月下旬", date(2020, 1, 31)), ("十二月底", date(2020, 12, 31)), ("2021年2月底", date(2021, 2, 28)),
])
def test_month_ends(literal: str, day: date) -> None:
    assert {x for x in readings(literal) if isinstance(x, date)} == {day}


@pytest.mark.parametrize("literal", ["1月份", "1月上旬", "1月中旬", "一月"])
def test_a_month_without_a_day_is_the_whole_month(literal: str) -> None:
    r = readings(literal)
    assert {x for x in r if isinstance(x, date)} == {date(2020, 1, 1), date(2020, 1, 31)}
    assert W(date(2020, 1, 1), date(2020, 1, 31)) in r


def test_year_ends() -> None:
    for literal, year in (("2020年底", 2020), ("2019年末", 2019), ("年底", 2020), ("当年", 2020)):
        r = readings(literal)
        assert {date(year, 1, 1), date(year, 12, 31), W(date(year, 1, 1), date(year, 12, 31))} <= r, literal


def test_days_and_bare_days() -> None:
    assert readings("2月5日") == {date(2020, 2, 5), W(date(2020, 2, 5), date(2020, 2, 5))} | {Decimal(2)}
    assert date(2020, 2, 24) in readings("2020年2月24前")
    assert date(2020, 2, 24) in readings("2月24号")
    r = readings("2月17日至29日")
    assert W(date(2020, 2, 17), date(2020, 2, 29)) in r and date(2020, 2, 29) in r
    assert {x for x in readings("至29日") if isinstance(x, date)} == set()  # no month before it
    assert W(date(2020, 2, 1), date(2020, 5, 31)) in readings("2月起至5月底")


def test_windows_run_forward_only() -> None:
    r = readings("5月至2月")
    assert all(x.end >= x.start for x in r if isinstance(x, Window))  # type: ignore[operator]
    assert W(date(2020, 5, 1), date(2020, 5, 31)) in r and W(date(2020, 2, 1), date(2020, 2, 29)) in r
    # the span from the first token's start to the last token's end needs two tokens
    assert W(date(2020, 2, 1), date(2020, 5, 31)) in readings("2月至5月")
    assert W(date(2020, 2, 1), date(2020, 2, 29)) in readings("2月")


@pytest.mark.parametrize("literal", ["0月", "13月", "0月底"])
def test_months_outside_the_year_are_not_dates(literal: str) -> None:
    assert not [x for x in readings(literal) if isinstance(x, date | Window)]


def test_scalars_and_sameness() -> None:
    assert is_numeric(Decimal(1)) and is_numeric(3) and is_numeric(date(2020, 1, 1))
    assert is_numeric((True, Decimal(1)))
    assert not is_numeric(True) and not is_numeric("text") and not is_numeric(()) and not is_numeric((False, "x"))
    assert reads_as("3个月", 3) and reads_as("3个月", Decimal(3))
    assert not reads_as("1个月", True)  # a flag is never a number's reading
    assert not reads_as("3个月", 4)
    assert reads_as("3月底", date(2020, 3, 31))


def _n(s: str) -> str:
    return s.replace(" ", "")


def test_check_messages() -> None:
    cite = _n("减免 3 个月房租，最高 50 万元")
    assert check(Decimal(3), "3 个月", cite, _n) == []
    assert check(Decimal(3), ("3 个月",), cite, _n) == []
    assert check(Decimal(4), "3 个月", cite, _n) == ["literal '3 个月' does not read as Decimal('4') (reads as ['3'])"]
    assert check(Decimal(3), "6 个月", cite, _n) == [
        "literal '6 个月' is not in the cite", "literal '6 个月' does not read as Decimal('3') (reads as ['6'])"]
    assert check(Decimal(3), ("3 个月", "50 万元"), cite, _n) == ["one literal expected for Decimal('3'), got 2"]
    tiers = (Decimal(3), Decimal(500_000))
    assert check(tiers, ("3 个月", "50 万元"), cite, _n) == []
    assert check(tiers, ("3 个月",), cite, _n) == [
        "2 literals expected (one per number of (Decimal('3'), Decimal('500000'))), got 1"]
    assert check((Decimal(3), Decimal(50)), ("3 个月", "50 万元"), cite, _n) == [
        "literal '50 万元' does not read as Decimal('50') (reads as ['500000'])"]
    w = Window(date(2020, 2, 1), date(2020, 3, 31))
    assert check(w, "2月至3月", "2月至3月", _n) == []


# second round (sampled run of engine/literals.py, session 5)
@pytest.mark.parametrize("text, n", [("五十亿", 5_000_000_000), ("三千亿", 300_000_000_000), ("一十亿", 1_000_000_000)])
def test_cn_number_units_before_yi(text: str, n: int) -> None:
    # 亿 scales the tens and thousands before it (the section), not only a last digit
    assert cn_number(text) == n


@pytest.mark.parametrize("word", ["免收", "免征", "免除", "免缴"])
def test_a_mian_word_reads_as_the_whole_share_only(word: str) -> None:
    # 免收 / 免征 / 免除 / 免缴 (free of charge): the whole fee, 1, and nothing else (each also starts with 免, so a
    # wrong value of the word itself would be read beside 免's 1)
    assert readings(word) == {Decimal(1)}


def test_a_whole_month_between_two_days_ends_only_its_own_windows() -> None:
    # 1月5日、2月、3月10日: February's last day ends February's windows and no window from 5 January
    r = readings("1月5日、2月、3月10日")
    assert W(date(2020, 2, 1), date(2020, 2, 29)) in r and W(date(2020, 1, 5), date(2020, 3, 10)) in r
    assert W(date(2020, 1, 5), date(2020, 2, 29)) not in r


def test_check_with_no_literal_for_a_scalar() -> None:
    assert check(Decimal(3), (), "3 个月", _n) == ["one literal expected for Decimal('3'), got 0"]
