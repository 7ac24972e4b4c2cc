"""Every policy document's issue date is the one the seed prints with it (issue 8 §6).

The seed introduces each document with a header line "N 2020年 2月 9日，<issuer>，" followed by its title (大兴's
DX-5: L5258-L5260; 海淀's H1: L3207-L3209 …); a ``Document(issued=…)`` moved by a day, a month or a year must fail
here. Every document a measure cites and every ``Document`` a measure module declares is checked.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from datetime import date
from functools import cache
from typing import Any

import pytest

import subsidycalc as sc
import subsidycalc.measures as measures_pkg
from subsidycalc.engine.sources import Document, seed_text

DATE = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日")


@cache
def flat_seed() -> str:
    return re.sub(r"\s+", "", seed_text())


def documents() -> list[Document]:
    found: dict[tuple[str, date], Document] = {}
    for m in sc.catalog():
        for s in m.sources:
            if s.document is not None:
                found[(s.document.title, s.document.issued)] = s.document
    for info in pkgutil.walk_packages(measures_pkg.__path__, measures_pkg.__name__ + "."):
        for v in vars(importlib.import_module(info.name)).values():
            if isinstance(v, Document):
                found[(v.title, v.issued)] = v
    return [found[k] for k in sorted(found)]


def dates_before_title(title: str) -> set[date]:
    """For each occurrence of ``title``, the date printed last in the 80 characters (whitespace removed) before it."""
    text = flat_seed()
    bare = re.sub(r"\s+", "", title).strip("《》")
    out = set()
    for m in re.finditer(re.escape(bare), text):
        dates = DATE.findall(text[max(0, m.start() - 80): m.start()])
        if dates:
            y, mo, d = dates[-1]
            out.add(date(int(y), int(mo), int(d)))
    return out


def test_there_are_documents_to_check() -> None:
    titles = {d.title for d in documents()}
    assert len(titles) >= 20
    assert "《大兴区国资委关于落实区属国有企业减免中小微企业房租的通知》" in titles


@pytest.mark.parametrize("doc", documents(), ids=lambda d: d.title[1:16])
def test_issue_date_is_the_seed_header_date(doc: Document) -> None:
    assert doc.issued in dates_before_title(doc.title), (doc.title, doc.issued, dates_before_title(doc.title))


def test_a_moved_date_is_not_found() -> None:
    """大兴 DX-5 (L5258): 2020年 2月 9日, and no neighbouring day, month or year."""
    found = dates_before_title("《大兴区国资委关于落实区属国有企业减免中小微企业房租的通知》")
    assert date(2020, 2, 9) in found
    for other in (date(2020, 2, 8), date(2020, 2, 10), date(2020, 1, 9), date(2020, 3, 9), date(2019, 2, 9),
                  date(2021, 2, 9)):
        assert other not in found


# where a measure states when it is in force (Measure.valid), it starts on its document's issue date
# (自发布之日起 / 自印发之日起: 西城 L1072, 东城 D2 L1391 and D4 L2523, 朝阳 L3180) and ends as its district's text says
VALID_END = {
    "xicheng": date(2020, 12, 31),  # L1072-L1074 有效期至 2020 年12月 31日
    "chaoyang": date(2020, 12, 31),  # L3180 有效期至 2020年底
    "dongcheng": date(9999, 12, 31),  # D2 L1391, D4 L2523: no end stated
    "shijingshan": None,  # L4852 适用于疫情防控期间: no date
    "shunyi": None,
}
# 海淀's February SOE-rent measures are "in force" for the month they relieve (2020-02), not from H1's issue date
VALID_IS_THE_MONTH = {"haidian.district_soe_tenant_relief_feb.production_use",
                      "haidian.district_soe_tenant_relief_feb.office_use"}


@pytest.mark.parametrize("m", [m for m in sc.catalog() if m.valid is not None], ids=lambda m: m.id)
def test_validity_starts_on_the_issue_date_and_ends_as_the_text_says(m: Any) -> None:
    if m.id in VALID_IS_THE_MONTH:
        assert (m.valid.start, m.valid.end) == (date(2020, 2, 1), date(2020, 2, 29))
        return
    assert m.valid.start in {s.document.issued for s in m.sources if s.document is not None}
    assert m.valid.end == VALID_END[m.district]
