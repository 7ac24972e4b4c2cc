"""``Report.catalog`` and ``Report.calendar`` (issue 8 §6): the catalog is a property, and the calendar passes
``as_of`` (a date, an ISO string, or today when absent) and the closing window (default
:data:`~subsidycalc.engine.apply.CLOSING_DAYS`, 14 days) to :func:`subsidycalc.engine.apply.calendar` unchanged."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from test_mutation_report import CAT, report

from subsidycalc.engine import apply
from subsidycalc.engine.report import Report


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    seen: list[tuple[Any, ...]] = []
    monkeypatch.setattr(apply, "calendar", lambda rep, as_of, closing_days: seen.append((rep, as_of, closing_days)))
    return seen


def test_catalog_is_the_catalog_the_report_was_built_with() -> None:
    r = report()
    assert r.catalog is CAT
    assert isinstance(Report.__dict__["catalog"], property)


def test_calendar_reads_an_iso_date_and_keeps_a_date(calls: list[tuple[Any, ...]]) -> None:
    r = report()
    r.calendar("2020-03-01")
    r.calendar(date(2020, 2, 20))
    assert calls == [(r, date(2020, 3, 1), 14), (r, date(2020, 2, 20), 14)]


def test_calendar_defaults_to_today_and_the_apply_closing_window(calls: list[tuple[Any, ...]]) -> None:
    r = report()
    r.calendar()
    r.calendar(date(2020, 3, 1), 3)
    assert calls == [(r, date.today(), apply.CLOSING_DAYS), (r, date(2020, 3, 1), 3)]
    assert apply.CLOSING_DAYS == 14
