"""How a declared number is written in its sentence, and what that writing reads as.

Every :class:`~subsidycalc.engine.measure.Param` records the literal form its value comes from (``"30%"``,
``"1000万元"``, ``"6315元/人"``, ``"五年"``, ``"免收"``, ``"3月底"``, ``"2 月起至 5 月底"``), and a test checks that the
form is in the cited sentence and :func:`reads_as` its value. A value the text does not state (12 months a year,
a date taken from the document's issue date) is declared a ``convention`` instead.

:func:`readings` returns every value a literal can stand for, so that the check is strict about the digits and
lenient only where the unit is (``"一年"`` is 1 year or 12 months; ``"5 月底"`` is 2020-05-31; ``"2月份"`` is the
whole of February 2020).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from .periods import Window, month_end, month_of

#: the year the texts mean when they give a month without one (all the measures are of 2020)
DEFAULT_YEAR = 2020

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_CN_CHARS = "".join(_CN_DIGITS) + "".join(_CN_UNITS) + "".join(_CN_BIG)

#: words that stand for a whole share (the whole rent, the whole fee) or a half
_WORDS = {"免收": Decimal(1), "免征": Decimal(1), "全额": Decimal(1), "全部": Decimal(1), "免除": Decimal(1),
          "免缴": Decimal(1), "免": Decimal(1), "减半": Decimal("0.5"), "一半": Decimal("0.5"), "减免一半": Decimal("0.5")}

_NUM = rf"(?:\d[\d,]*(?:\.\d+)?|[{_CN_CHARS}]+)"
_NUMBER = re.compile(rf"({_NUM})\s*(万|亿|千)?\s*(%|％|倍|成)?")
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def cn_number(text: str) -> int:
    """A Chinese numeral as an int: ``"十二"`` → 12, ``"两"`` → 2, ``"一百五十"`` → 150, ``"三千万"`` → 30,000,000,
    ``"三亿五千万"`` → 350,000,000.

    >>> cn_number("十二"), cn_number("二十"), cn_number("一千零五")
    (12, 20, 1005)
    """
    if not text or any(c not in _CN_CHARS for c in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    total, section, digit = 0, 0, 0
    for c in text:
        if c in _CN_DIGITS:
            digit = _CN_DIGITS[c]
        elif c in _CN_UNITS:
            section += (digit or 1) * _CN_UNITS[c]
            digit = 0
        elif c == "万":  # scales the part since the last 亿 only: 三亿五千万 is 350,000,000
            total += (section + digit) * _CN_BIG[c]
            section, digit = 0, 0
        else:  # 亿 scales everything before it
            total = (total + section + digit) * _CN_BIG[c]
            section, digit = 0, 0
    return total + section + digit


def _number(token: str) -> Decimal:
    token = token.replace(",", "")
    if token[0].isdigit():
        return Decimal(token)
    return Decimal(cn_number(token))


def _numbers(literal: str) -> set[Any]:
    """The numeric readings of a literal: its number with 万/亿, % and the unit conversions named in the module doc."""
    out: set[Any] = set()
    text = re.sub(r"\s+", "", literal)
    for word, value in _WORDS.items():
        if text == word or (text.startswith(word) and not _NUMBER.search(text)):
            out.add(value)
    for m in _NUMBER.finditer(text):
        base, big, mark = m.group(1), m.group(2), m.group(3)
        try:
            value = _number(base)
        except ValueError:
            continue
        if big:
            value *= {"万": 10_000, "亿": 100_000_000, "千": 1000}[big]
        if mark in ("%", "％"):
            value /= 100
        elif mark == "成":
            value /= 10
        rest = text[m.end():]
        out.add(value)
        if rest.startswith(("年", "周年")):
            out.add(value * 12)  # years as months
        if rest.startswith(("个月", "月")) and not re.match(r"^月\d", rest):
            out.add(value)  # months
        break  # the first number of the literal is the one it declares
    return out


_DATE = re.compile(
    r"(?:(\d{4})\s*年\s*)?(?:(\d{1,2}|[一二三四五六七八九十]+)\s*月\s*(?:份)?)?\s*"
    r"(?:(\d{1,2})\s*(?:日|号|(?=前))|(底|末|下旬|上旬|中旬))?"
)


def _dates(literal: str) -> list[tuple[set[date], set[date]]]:
    """Each date-like token of ``literal`` in order, as (candidate starts, candidate ends): ``"2月份"`` → the 1st
    and the last of February; ``"3 月底"`` → 31 March; ``"2020年底"`` → 31 December; ``"第一季度"`` → the quarter."""
    text = re.sub(r"\s+", "", literal)
    tokens: list[tuple[set[date], set[date]]] = []
    q = re.search(r"(?:(\d{4})年)?第?([一二三四1-4])季度", text)
    if q:
        year = int(q.group(1) or DEFAULT_YEAR)
        k = _QUARTERS[q.group(2)]
        first = date(year, 3 * k - 2, 1)
        tokens.append(({first}, {month_end(date(year, 3 * k, 1))}))
        return tokens
    if re.search(r"(\d{4})年(底|末)|^年(底|末)|当年", text):
        y = re.search(r"(\d{4})年", text)
        year = int(y.group(1)) if y else DEFAULT_YEAR
        tokens.append(({date(year, 1, 1)}, {date(year, 12, 31)}))
    pos = 0
    while pos < len(text):
        m = _DATE.match(text, pos)
        if not m or m.end() == pos or not (m.group(2) or m.group(3)):
            pos += 1
            continue
        year = int(m.group(1)) if m.group(1) else DEFAULT_YEAR
        month_txt, day_txt, word = m.group(2), m.group(3), m.group(4)
        if month_txt is None:  # a bare day ("至 29 日") takes the previous token's month
            if not tokens or not day_txt:
                pos = m.end()
                continue
            prev = next(iter(tokens[-1][0]))
            d = date(prev.year, prev.month, int(day_txt))
            tokens.append(({d}, {d}))
            pos = m.end()
            continue
        month = int(month_txt) if month_txt.isdigit() else cn_number(month_txt)
        if not 1 <= month <= 12:
            pos = m.end()
            continue
        first = date(year, month, 1)
        if day_txt:
            d = date(year, month, int(day_txt))
            tokens.append(({d}, {d}))
        elif word in ("底", "末", "下旬"):
            tokens.append(({month_end(first)}, {month_end(first)}))
        else:
            whole = month_of(first)
            tokens.append(({whole.start}, {whole.start, whole.end} if whole.end else {whole.start}))
            tokens[-1][1].add(whole.end)  # type: ignore[arg-type]
        pos = m.end()
    return tokens


def readings(literal: str) -> set[Any]:
    """Every value ``literal`` can stand for: numbers (``Decimal``), dates, and windows."""
    out: set[Any] = set(_numbers(literal))
    toks = _dates(literal)
    for starts, ends in toks:
        out |= starts | ends
        out |= {Window(s, e) for s in starts for e in ends if e >= s}
    if len(toks) >= 2:
        out |= {Window(s, e) for s in toks[0][0] for e in toks[-1][1] if e >= s}
    return out


def _scalars(value: Any) -> list[Any]:
    """A declared value as the list of scalars its literals must read as (tuples and tiers flattened)."""
    if isinstance(value, tuple):
        return [x for v in value for x in _scalars(v)]
    if isinstance(value, bool) or isinstance(value, str):
        return []
    return [value]


def is_numeric(value: Any) -> bool:
    """Whether a declared value holds numbers or dates (and so needs a literal or a convention)."""
    return bool(_scalars(value))


def _same(value: Any, reading: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | Decimal) and isinstance(reading, Decimal):
        return Decimal(value) == reading
    return bool(value == reading)


def reads_as(literal: str, value: Any) -> bool:
    """Whether ``literal`` can be read as the scalar ``value``."""
    return any(_same(value, r) for r in readings(literal))


def check(value: Any, literal: str | tuple[str, ...], cite_norm: str, normalize: Any) -> list[str]:
    """The problems of a declared value against its literal(s) and the normalised cite (empty when it passes)."""
    lits: Iterable[str] = (literal,) if isinstance(literal, str) else literal
    lits = list(lits)
    problems = [f"literal {lit!r} is not in the cite" for lit in lits if normalize(lit) not in cite_norm]
    scalars = _scalars(value)
    if isinstance(value, Window) or not isinstance(value, tuple):
        if len(lits) != 1:
            problems.append(f"one literal expected for {value!r}, got {len(lits)}")
        elif not reads_as(lits[0], value):
            problems.append(f"literal {lits[0]!r} does not read as {value!r} (reads as {sorted(map(str, readings(lits[0])))})")
        return problems
    if len(lits) != len(scalars):
        problems.append(f"{len(scalars)} literals expected (one per number of {value!r}), got {len(lits)}")
        return problems
    for lit, v in zip(lits, scalars, strict=True):
        if not reads_as(lit, v):
            problems.append(f"literal {lit!r} does not read as {v!r} (reads as {sorted(map(str, readings(lit)))})")
    return problems


__all__ = ["DEFAULT_YEAR", "check", "cn_number", "is_numeric", "readings", "reads_as"]
