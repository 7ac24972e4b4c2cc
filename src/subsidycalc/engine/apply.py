"""Where, how and by when to apply: declared, cited data on each measure, and a firm's calendar.

For most measures the seed names the responsible office (责任单位), telephone numbers, the channel (an online
platform, a window, the post), the materials to submit, an application period or a deadline. Each is declared once,
as data beside its measure (``src/subsidycalc/apply/<district>.py``: ``HOW_TO_APPLY = {measure id: HowToApply(...)}``),
with the seed sentence it comes from; a test checks every quote is seed text and every declared value is in its quote.

:func:`calendar` lists, for a firm's eligible and undetermined awards, what is open, closing and closed on a date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, timedelta
from typing import Any, Literal

from .periods import Window
from .sources import Source


@dataclass(frozen=True)
class Fact:
    """One fact of how to apply, as the text gives it (``value``, in Chinese where the text is), with its source
    (document, seed lines, exact quote) and an English gloss."""

    value: str
    source: Source
    en: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "en": self.en, "source": self.source.to_dict()}


@dataclass(frozen=True)
class Contact:
    """A contact point: who (an office, a person's role) and the telephone numbers the text gives."""

    who: str
    phones: tuple[str, ...]
    source: Source
    en: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"who": self.who, "en": self.en, "phones": list(self.phones), "source": self.source.to_dict()}


@dataclass(frozen=True)
class Dated:
    """An application period (``window``) or a last day (``deadline``), with the sentence stating it and its literal
    form there (checked like a ``Param``'s)."""

    value: Window | date
    source: Source
    literal: str

    def to_dict(self) -> dict[str, Any]:
        v = self.value
        text = str(v) if isinstance(v, Window) else v.isoformat()
        return {"value": text, "literal": self.literal, "source": self.source.to_dict()}


@dataclass(frozen=True)
class HowToApply:
    """Where, how and by when to apply for one measure, each fact cited. ``no_deadline``: what the text says when
    it sets no deadline (so the calendar says so rather than inventing one)."""

    offices: tuple[Fact, ...] = ()
    contacts: tuple[Contact, ...] = ()
    channels: tuple[Fact, ...] = ()
    materials: tuple[Fact, ...] = ()
    window: Dated | None = None
    deadline: Dated | None = None
    notes: tuple[Fact, ...] = ()
    no_deadline: str = ""
    offices_of: str = ""
    """For a city measure whose procedure the seed gives only in one district's notice: that district (its offices
    and phones are that district's; a firm elsewhere applies to the same office of its own district)."""

    def elsewhere_note(self, district: str | None) -> str:
        """What a firm of ``district`` should know about offices given for another district ('' when none)."""
        if not self.offices_of or district == self.offices_of:
            return ""
        from ..profile.industries import DISTRICT_ZH

        there = DISTRICT_ZH.get(self.offices_of, self.offices_of)
        here = DISTRICT_ZH.get(district, district) if district else "your district"
        return (f"offices and phones as {there}'s notice gives them (the seed prints this city measure's procedure "
                f"only there): a firm of {here} applies to the same office of {here}")

    @property
    def last_day(self) -> date | None:
        """The last day to apply: the deadline, else the window's end."""
        if self.deadline is not None:
            return self.deadline.value if isinstance(self.deadline.value, date) else self.deadline.value.end
        if self.window is not None and isinstance(self.window.value, Window):
            return self.window.value.end
        return None

    @property
    def first_day(self) -> date | None:
        if self.window is not None and isinstance(self.window.value, Window):
            return self.window.value.start
        return None

    def sources(self) -> list[Source]:
        out: list[Source] = []
        facts: tuple[Fact | Contact, ...] = (*self.offices, *self.contacts, *self.channels, *self.materials, *self.notes)
        out += [f.source for f in facts]
        for d in (self.window, self.deadline):
            if d is not None:
                out.append(d.source)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "offices": [f.to_dict() for f in self.offices], "contacts": [c.to_dict() for c in self.contacts],
            "channels": [f.to_dict() for f in self.channels], "materials": [f.to_dict() for f in self.materials],
            "window": self.window.to_dict() if self.window else None,
            "deadline": self.deadline.to_dict() if self.deadline else None,
            "notes": [f.to_dict() for f in self.notes],
            "no_deadline": self.no_deadline or None,
            "offices_of": self.offices_of or None,
        }


NOTHING = HowToApply()

State = Literal["not_yet_open", "open", "closing", "closed", "no_deadline"]
#: a deadline this close (days) makes an open window "closing"
CLOSING_DAYS = 14


@dataclass
class CalendarEntry:
    """One measure of a firm's calendar on a date."""

    measure_id: str
    title_zh: str
    title_en: str
    status: str
    amount: Any
    state: State
    first_day: date | None
    last_day: date | None
    how: HowToApply
    days_left: int | None = None
    words: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "measure_id": self.measure_id, "title_zh": self.title_zh, "title_en": self.title_en,
            "status": self.status, "amount": f"{self.amount:.2f}", "state": self.state,
            "first_day": self.first_day.isoformat() if self.first_day else None,
            "last_day": self.last_day.isoformat() if self.last_day else None, "days_left": self.days_left,
            "words": self.words, "note": self.note or None, "how_to_apply": self.how.to_dict(),
        }


def state_on(how: HowToApply, as_of: date, closing_days: int = CLOSING_DAYS) -> tuple[State, int | None, str]:
    """The state of an application on ``as_of``: not yet open, open, closing (last day within ``closing_days``),
    closed, or no deadline in the text; with the days left and a sentence."""
    first, last = how.first_day, how.last_day
    if last is None:
        return "no_deadline", None, how.no_deadline or "the text gives no application deadline"
    if first is not None and as_of < first:
        return "not_yet_open", (last - as_of).days, f"opens {first.isoformat()}, closes {last.isoformat()}"
    left = (last - as_of).days
    if left < 0:
        return "closed", left, f"closed on {last.isoformat()}"
    if left <= closing_days:
        return "closing", left, f"closes {last.isoformat()} ({left} day{'s' if left != 1 else ''} left)"
    return "open", left, f"open until {last.isoformat()}"


def calendar(report: Any, as_of: date, closing_days: int = CLOSING_DAYS) -> list[CalendarEntry]:
    """The firm's eligible and undetermined relief awards with where they stand on ``as_of``, soonest deadline
    first (measures without a deadline last)."""
    cat = report.catalog
    out: list[CalendarEntry] = []
    for a in report.awards:
        if a.status == "ineligible" or not a.relief:
            continue
        how = cat.how_to_apply(a.measure_id)
        state, left, words = state_on(how, as_of, closing_days)
        out.append(CalendarEntry(a.measure_id, a.title_zh, a.title_en, a.status, a.amount, state, how.first_day,
                                 how.last_day, how, left, words, how.elsewhere_note(report.firm.district)))
    order = {"closing": 0, "open": 1, "not_yet_open": 2, "no_deadline": 3, "closed": 4}
    out.sort(key=lambda e: (order[e.state], e.last_day or date.max, e.measure_id))
    return out


def ics(entries: list[CalendarEntry], reminder_days: int = 3) -> bytes:
    """An iCalendar file: one all-day event on each last day to apply, with a reminder ``reminder_days`` before
    (the ``icalendar`` package, extra ``web``/``calendar``)."""
    try:
        import icalendar
    except ImportError as e:  # pragma: no cover - exercised only without the extra
        raise ImportError("this needs icalendar: pip install 'subsidycalc[calendar]'") from e
    cal = icalendar.Calendar()
    cal.add("prodid", "-//subsidycalc//calendar//EN")
    cal.add("version", "2.0")
    for entry in entries:
        if entry.last_day is None or entry.state == "closed":
            continue
        ev = icalendar.Event()
        ev.add("uid", f"{entry.measure_id}-{entry.last_day.isoformat()}@subsidycalc")
        ev.add("summary", f"Last day to apply: {entry.title_zh} ({entry.measure_id})")
        ev.add("dtstart", entry.last_day)
        ev.add("dtend", entry.last_day + timedelta(days=1))
        ev.add("dtstamp", _stamp())
        desc = [entry.title_en, entry.words, entry.note]
        for f in entry.how.offices:
            desc.append(f"Office: {f.value}")
        for c in entry.how.contacts:
            desc.append(f"Contact: {c.who} {', '.join(c.phones)}")
        ev.add("description", "\n".join(x for x in desc if x))
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{reminder_days} days left to apply: {entry.title_zh}")
        alarm.add("trigger", timedelta(days=-reminder_days))
        ev.add_component(alarm)
        cal.add_component(ev)
    return bytes(cal.to_ical())


def _stamp() -> Any:
    from datetime import datetime

    return datetime(2020, 1, 1, tzinfo=UTC)  # a fixed stamp: the same profile gives the same file


__all__ = ["CLOSING_DAYS", "CalendarEntry", "Contact", "Dated", "Fact", "HowToApply", "NOTHING", "calendar", "ics",
           "state_on"]

