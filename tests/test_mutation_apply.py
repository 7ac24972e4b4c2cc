"""``engine/apply.py`` pinned (issue 8 §6): how-to-apply facts are frozen and all cited, the 'offices given for
another district' note, the calendar's states, order and words, and the iCalendar file (one all-day event per last
day, a reminder ``reminder_days`` before, closed ones left out, a fixed stamp so a profile gives the same file).
The facts here are built by hand around a real cited source; what they hold is the engine's, not a measure's."""

from __future__ import annotations

import dataclasses
import sys
from datetime import date
from typing import Any

import pytest

import subsidycalc as sc
from subsidycalc.engine.apply import (
    CalendarEntry,
    Contact,
    Dated,
    Fact,
    HowToApply,
    calendar,
    ics,
    state_on,
)
from subsidycalc.engine.periods import Window

CAT = sc.catalog()
SOURCE = next(h.offices[0].source for m in CAT if (h := CAT.how_to_apply(m.id)).offices)


def how(window: Window | None = None, deadline: date | None = None, **kw: Any) -> HowToApply:
    return HowToApply(window=Dated(window, SOURCE, "w") if window else None,
                      deadline=Dated(deadline, SOURCE, "d") if deadline else None, **kw)


def entry(mid: str, state: str, last: date | None, h: HowToApply | None = None) -> CalendarEntry:
    return CalendarEntry(mid, f"标题{mid}", f"title {mid}", "eligible", 0, state, None, last,  # type: ignore[arg-type]
                         h or how(deadline=last), None, "")


def test_cited_facts_cannot_be_changed_after_they_are_declared() -> None:
    c = Contact("区人力社保局", ("12345678",), SOURCE)
    d = Dated(date(2020, 6, 30), SOURCE, "6月30日")
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.who = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.value = date(2020, 7, 1)  # type: ignore[misc]


def test_the_elsewhere_note_only_for_a_firm_of_another_district() -> None:
    assert how().elsewhere_note("xicheng") == ""  # offices given for no particular district
    mtg = how(offices_of="mentougou")
    assert mtg.elsewhere_note("mentougou") == ""
    note = mtg.elsewhere_note("xicheng")
    assert "门头沟区's notice" in note and "a firm of 西城区 applies to the same office of 西城区" in note
    assert "a firm of 朝阳区" in mtg.elsewhere_note("chaoyang")  # a district whose name sorts before 门头沟's
    assert "a firm of your district" in mtg.elsewhere_note(None)


def test_sources_cite_the_window_and_the_deadline_too() -> None:
    other = dataclasses.replace(SOURCE, lines=(1, 2)) if hasattr(SOURCE, "lines") else SOURCE
    h = HowToApply(window=Dated(Window(date(2020, 3, 1), date(2020, 3, 31)), SOURCE, "w"),
                   deadline=Dated(date(2020, 4, 30), other, "d"))
    assert h.sources() == [SOURCE, other]
    assert HowToApply(offices=(Fact("o", SOURCE),)).sources() == [SOURCE]


@pytest.mark.parametrize(("as_of", "words"), [
    (date(2020, 4, 29), "closes 2020-04-30 (1 day left)"),
    (date(2020, 4, 28), "closes 2020-04-30 (2 days left)"),
    (date(2020, 4, 30), "closes 2020-04-30 (0 days left)"),
])
def test_closing_says_day_or_days(as_of: date, words: str) -> None:
    assert state_on(how(deadline=date(2020, 4, 30)), as_of) == ("closing", (date(2020, 4, 30) - as_of).days, words)


def test_the_calendar_orders_by_state_then_by_last_day(monkeypatch: pytest.MonkeyPatch) -> None:
    # closing, open, not yet open, no deadline, closed; within a state the sooner last day first, whatever the ids
    # (the ids sort against the dates; a window not yet open that ends before an open one's deadline still comes after)
    h = {"z.closing": how(deadline=date(2020, 3, 10)), "a.open_late": how(deadline=date(2020, 6, 30)),
         "b.open_soon": how(deadline=date(2020, 4, 30)),
         "w.later": how(window=Window(date(2020, 4, 1), date(2020, 4, 20))), "v.none": how(no_deadline="无"),
         "u.closed": how(deadline=date(2020, 2, 1))}
    awards = [sc.Award.__new__(sc.Award) for _ in h]
    for a, mid in zip(awards, h, strict=True):
        for k, v in dict(measure_id=mid, status="eligible", relief=True, amount=0, title_zh=mid, title_en=mid).items():
            object.__setattr__(a, k, v)

    class Rep:
        catalog = type("C", (), {"how_to_apply": staticmethod(lambda mid: h[mid])})()
        firm = sc.Firm.model_validate({"district": "xicheng"})

    Rep.awards = awards  # type: ignore[attr-defined]
    out = calendar(Rep(), date(2020, 3, 1))
    assert [e.measure_id for e in out] == ["z.closing", "b.open_soon", "a.open_late", "w.later", "v.none", "u.closed"]
    assert [e.state for e in out] == ["closing", "open", "open", "not_yet_open", "no_deadline", "closed"]


def test_ics_one_all_day_event_per_open_last_day_with_a_reminder() -> None:
    pytest.importorskip("icalendar")
    entries = [entry("a.closed", "closed", date(2020, 2, 1)), entry("b.none", "no_deadline", None),
               entry("c.open", "open", date(2020, 4, 30)), entry("d.closing", "closing", date(2020, 3, 10))]
    text = ics(entries).decode()
    assert text.count("BEGIN:VEVENT") == 2 and "a.closed" not in text and "b.none" not in text
    assert "c.open-2020-04-30@subsidycalc" in text and "d.closing-2020-03-10@subsidycalc" in text
    assert "DTSTART;VALUE=DATE:20200430" in text and "DTEND;VALUE=DATE:20200501" in text
    assert "DTSTAMP:20200101T000000Z" in text
    assert text.count("TRIGGER:-P3D") == 2 and "3 days left to apply: 标题c.open" in text
    assert "TRIGGER:-P7D" in ics(entries, reminder_days=7).decode()


def test_ics_without_its_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)
    with pytest.raises(ImportError, match=r"pip install 'subsidycalc\[calendar\]'"):
        ics([])
