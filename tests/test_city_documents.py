"""The city-level document list (seed L1-L397): 38 documents, every title, issuer, number and URL in the seed."""

from __future__ import annotations

import re

import pytest

import subsidycalc as sc
from subsidycalc.engine.sources import in_seed, parse_lines, seed_lines

DOCS = sc.city_documents()
RAW = re.sub(r"\s", "", "".join(seed_lines()))


def test_there_are_38_in_seed_order() -> None:
    assert [d.number for d in DOCS] == list(range(1, 39))
    starts = [parse_lines(d.lines.split(",")[0])[0] for d in DOCS]
    assert starts == sorted(starts) and starts[-1] < 398


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: str(d.number))
def test_document_is_seed_text(doc: sc.CityDocument) -> None:
    assert in_seed(doc.title.strip("《》")), doc.title
    assert doc.url in RAW, doc.url
    assert doc.doc_no is None or in_seed(doc.doc_no)
    assert doc.issued.year == 2020 and doc.issued.month in (1, 2)


def test_the_16_measures_document() -> None:
    d = next(d for d in DOCS if d.doc_no == "京政办发〔2020〕7号")
    assert d.number == 30 and "中小微企业持续健康发展" in d.title
