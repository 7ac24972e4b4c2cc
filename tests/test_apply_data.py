"""How-to-apply data (issue 11 §2): every relief measure has cited how-to-apply data; every quote is seed text and
every declared value is in its quote; phones look like Beijing numbers; the calendar of each example firm agrees
with the windows; the iCalendar export reads back."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

import subsidycalc as sc
from subsidycalc.engine import literals
from subsidycalc.engine.apply import HowToApply, ics, state_on
from subsidycalc.engine.periods import Window
from subsidycalc.engine.sources import in_seed, normalize, parse_lines, seed_lines

CAT = sc.catalog()
RELIEF = [m for m in CAT if m.relief]
FIRMS = sorted((Path(__file__).parent.parent / "examples" / "firms").glob("*.json"))
#: 8 digits (an optional 010 area code before it and an extension after it), or an 11-digit mobile
PHONE = re.compile(r"^(?:\d{8}(?:[-—转]\d{1,4})?|1\d{10})$")


def _all() -> list[tuple[str, HowToApply]]:
    return sorted(CAT.apply.items())


def test_every_relief_measure_has_how_to_apply() -> None:
    missing = [m.id for m in RELIEF if m.id not in CAT.apply]
    assert not missing, f"no how-to-apply data: {missing}"


def test_only_known_measures() -> None:
    assert set(CAT.apply) <= set(CAT.ids())


@pytest.mark.parametrize("mid", [m.id for m in RELIEF])
def test_says_something(mid: str) -> None:
    """An office, a contact or a channel, and either a date or what the text says instead."""
    how = CAT.how_to_apply(mid)
    assert how.offices or how.contacts or how.channels or how.notes, mid
    assert how.last_day is not None or how.no_deadline, f"{mid}: neither a deadline nor a no_deadline sentence"
    if how.no_deadline:
        assert how.last_day is None, f"{mid}: a deadline and a no_deadline sentence"


@pytest.mark.parametrize("mid,how", _all())
def test_quotes_are_seed_text_at_their_lines(mid: str, how: HowToApply) -> None:
    n = len(seed_lines())
    for s in how.sources():
        assert in_seed(s.quote), f"{mid}: not seed text: {s.quote!r}"
        a, b = parse_lines(s.lines)
        assert 1 <= a <= b <= n
        block = normalize("".join(seed_lines()[a - 1 : b]))
        first = normalize(s.quote)[:6]
        assert first in block, f"{mid}: quote {s.quote[:20]!r} does not start in {s.lines}"
        assert s.document is not None


@pytest.mark.parametrize("mid,how", _all())
def test_values_in_quotes(mid: str, how: HowToApply) -> None:
    for f in (*how.offices, *how.channels, *how.materials, *how.notes):
        assert normalize(f.value) in normalize(f.source.quote), f"{mid}: {f.value!r} not in {f.source.lines}"
    for c in how.contacts:
        q = normalize(c.source.quote)
        assert normalize(c.who) in q, f"{mid}: {c.who!r} not in {c.source.lines}"
        assert c.phones, f"{mid}: a contact without a phone"
        for p in c.phones:
            assert normalize(p) in q, f"{mid}: phone {p} not in {c.source.lines}"


@pytest.mark.parametrize("mid,how", _all())
def test_phones_look_like_beijing_numbers(mid: str, how: HowToApply) -> None:
    for c in how.contacts:
        for p in c.phones:
            assert PHONE.match(normalize(p)), f"{mid}: {p!r}"


@pytest.mark.parametrize("mid,how", [(k, h) for k, h in _all() if h.window or h.deadline])
def test_date_literals(mid: str, how: HowToApply) -> None:
    for d in (how.window, how.deadline):
        if d is None:
            continue
        problems = literals.check(d.value, d.literal, normalize(d.source.quote), normalize)
        assert not problems, f"{mid}: {problems}"
    if how.window is not None:
        assert isinstance(how.window.value, Window)
    if how.deadline is not None:
        assert isinstance(how.deadline.value, date)


def test_state_on_a_window() -> None:
    how = CAT.how_to_apply("beijing.one_off_social_insurance_subsidy")
    assert how.first_day == date(2020, 5, 1) and how.last_day == date(2020, 7, 31)
    assert state_on(how, date(2020, 4, 30))[0] == "not_yet_open"
    assert state_on(how, date(2020, 6, 1))[0] == "open"
    assert state_on(how, date(2020, 7, 25))[0] == "closing"
    assert state_on(how, date(2020, 8, 1))[0] == "closed"
    assert state_on(CAT.how_to_apply("xicheng.loan_interest_subsidy"), date(2020, 6, 1))[0] == "no_deadline"


def _consistent(e: object, as_of: date) -> None:
    first, last, state = e.first_day, e.last_day, e.state  # type: ignore[attr-defined]
    if last is None:
        assert state == "no_deadline" and e.words  # type: ignore[attr-defined]
    elif first is not None and as_of < first:
        assert state == "not_yet_open"
    elif as_of > last:
        assert state == "closed"
    elif (last - as_of).days <= 14:
        assert state == "closing"
    else:
        assert state == "open"


@pytest.mark.parametrize("path", FIRMS, ids=[p.stem for p in FIRMS])
@pytest.mark.parametrize("as_of", [date(2020, 2, 20), date(2020, 6, 1)])
def test_calendar_of_example_firms(path: Path, as_of: date) -> None:
    report = sc.estimate(json.loads(path.read_text(encoding="utf-8")))
    entries = report.calendar(as_of)
    for e in entries:
        _consistent(e, as_of)
        assert e.how is CAT.how_to_apply(e.measure_id)
        json.dumps(e.to_dict(), ensure_ascii=False)


def test_calendar_dates_move_states() -> None:
    firm = json.loads((Path(__file__).parent.parent / "examples" / "firms" / "mentougou_hiring_employer.json")
                      .read_text(encoding="utf-8"))
    report = sc.estimate(firm)
    early = {e.measure_id: e.state for e in report.calendar(date(2020, 2, 20))}
    late = {e.measure_id: e.state for e in report.calendar(date(2020, 9, 1))}
    dated = [m for m in early if CAT.how_to_apply(m).last_day is not None]
    assert dated, "the example employer should have a dated application"
    assert all(late[m] == "closed" for m in dated)


def test_ics_reads_back() -> None:
    icalendar = pytest.importorskip("icalendar")
    firm = json.loads((Path(__file__).parent.parent / "examples" / "firms" / "mentougou_hiring_employer.json")
                      .read_text(encoding="utf-8"))
    entries = sc.estimate(firm).calendar(date(2020, 2, 20))
    due = [e for e in entries if e.last_day is not None and e.state != "closed"]
    assert due
    cal = icalendar.Calendar.from_ical(ics(entries, reminder_days=3))
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(due)
    assert sorted(ev.decoded("dtstart") for ev in events) == sorted(e.last_day for e in due)
    for ev in events:
        alarms = list(ev.walk("VALARM"))
        assert len(alarms) == 1
        assert alarms[0].decoded("trigger").days == -3


def test_cli_ics(tmp_path: Path) -> None:
    icalendar = pytest.importorskip("icalendar")
    from subsidycalc.cli import main

    out = tmp_path / "apply.ics"
    firm = Path(__file__).parent.parent / "examples" / "firms" / "mentougou_hiring_employer.json"
    rc = main(["calendar", str(firm), "--as-of", "2020-02-20", "--ics", str(out)])
    assert rc in (0, None)
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert list(cal.walk("VEVENT"))


def test_windows_agree_with_measures() -> None:
    """Where a measure declares when to apply, its how-to-apply window is the same."""
    for m in CAT:
        if m.apply_window is not None:
            how = CAT.how_to_apply(m.id)
            assert how.window is not None and how.window.value == m.apply_window, m.id


def test_how_to_apply_doc_lists_every_relief_measure() -> None:
    from subsidycalc.docgen import how_to_apply_md

    text = how_to_apply_md()
    assert all(f"`{m.id}`" in text for m in RELIEF)


def test_a_city_measure_given_through_one_districts_notice_says_so_to_a_firm_elsewhere() -> None:
    import json
    from datetime import date
    from pathlib import Path

    import subsidycalc as sc

    root = Path(__file__).resolve().parents[1] / "examples" / "firms"
    xicheng = sc.estimate(json.loads((root / "xicheng_restaurant.json").read_text(encoding="utf-8")))
    how = sc.catalog().how_to_apply("beijing.one_off_social_insurance_subsidy")
    assert how.offices_of == "mentougou"  # L5862: 门头沟区人力社保局劳动服务管理中心
    entry = next(e for e in xicheng.calendar(date(2020, 3, 1)) if e.measure_id == how and False or
                 e.measure_id == "beijing.one_off_social_insurance_subsidy")
    assert "门头沟区's notice" in entry.note and "西城区" in entry.note
    mentougou = sc.estimate(json.loads((root / "mentougou_hiring_employer.json").read_text(encoding="utf-8")))
    same = [e for e in mentougou.calendar(date(2020, 3, 1)) if e.measure_id == "beijing.one_off_social_insurance_subsidy"]
    assert all(e.note == "" for e in same)
