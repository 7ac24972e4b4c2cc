"""Citations and the seed text (issue 8 §6): a source's fields, text and equality; seed lines counted from 1;
fragments found in order, at the very start of the seed, and never when empty; line references parsed."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from subsidycalc.engine.sources import (
    Document,
    Source,
    cite_in_seed,
    in_seed,
    normalize,
    parse_lines,
    seed_excerpt,
    seed_lines,
    seed_text,
)

DOC = Document("《通知》", "北京市财政局", date(2020, 2, 18), "http://example.org/a", doc_no="京财〔2020〕1号")
A = "北京市财政局、北京市国资委发布"  # seed line 3
B = "市国资委关于给予市属国企"        # seed line 5, after A


def test_a_document_cites_a_source() -> None:
    s = DOC.cite("L3-L5", "quote")
    assert s == Source("《通知》", "北京市财政局", "京财〔2020〕1号", date(2020, 2, 18), "http://example.org/a",
                       "L3-L5", "quote")
    assert s.document is DOC
    assert (DOC.territory, DOC.scope_quote, DOC.scope_lines) == ("district", None, None)
    assert Document("t", "i", date(2020, 1, 1), "u").doc_no is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.quote = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        DOC.title = "x"  # type: ignore[misc]
    assert not hasattr(s, "__dict__") and not hasattr(DOC, "__dict__")


def test_the_document_is_neither_compared_nor_shown() -> None:
    other = Document("《通知》", "别的", date(2020, 2, 18), "u2", doc_no="京财〔2020〕1号")
    a, b = DOC.cite("L3", "q"), dataclasses.replace(DOC.cite("L3", "q"), document=other)
    assert a == b and hash(a) == hash(b)
    assert "document" not in repr(a) and "别的" not in repr(b)
    assert Source("t", "i", None, date(2020, 1, 1), "u", "L1", "q").document is None


def test_to_dict_and_with_quote_and_str() -> None:
    s = DOC.cite("L3-L5", "quote")
    assert s.to_dict() == {"title": "《通知》", "issuer": "北京市财政局", "doc_no": "京财〔2020〕1号",
                           "issued": "2020-02-18", "url": "http://example.org/a", "lines": "L3-L5", "quote": "quote"}
    t = s.with_quote("L7", "another")
    assert (t.lines, t.quote, t.title, t.document) == ("L7", "another", s.title, DOC)
    assert str(s) == "《通知》 京财〔2020〕1号 (北京市财政局, 2020-02-18), seed L3-L5: “quote”"
    bare = dataclasses.replace(s, doc_no=None)
    assert str(bare) == "《通知》 (北京市财政局, 2020-02-18), seed L3-L5: “quote”"


def test_normalize() -> None:
    assert normalize(" a b\n\tc https://x.org/y?z=1 d http://q ") == "abcd"
    assert normalize("") == ""


def test_seed_lines_count_from_one_and_the_text_drops_url_lines() -> None:
    lines = seed_lines()
    assert lines[0].strip() == "一、 北京市文件目录"
    assert lines[2].startswith("1 2020年 2 月 18日")
    assert lines[8].startswith("http://www.beijing.gov.cn")
    assert seed_text().startswith("一、北京市文件目录12020年2月18日")
    assert "zhengcefagui/202002/t20200218" not in seed_text()
    assert "4103.html" in seed_text()  # the wrapped tail of a URL is not a URL line
    assert seed_lines() is seed_lines() and seed_text() is seed_text()


def test_in_seed() -> None:
    assert in_seed(A) and in_seed("北京市财政局、 北京市国资委\n发布")
    assert in_seed("一、北京市文件目录")
    assert not in_seed("北京市财政局、北京市国资委不发布")
    assert not in_seed("") and not in_seed("  \n ")


def test_cite_in_seed_needs_every_fragment_in_order() -> None:
    assert cite_in_seed(A) and cite_in_seed(f"{A}…{B}")
    assert cite_in_seed("一、北京市文件目录")  # the fragment at position 0
    assert cite_in_seed(f"一、北京市文件目录…{A}")
    assert not cite_in_seed(f"{B}…{A}")  # out of order
    assert not cite_in_seed(f"{A}…{A}")  # A occurs once: the second one must come after the first
    assert not cite_in_seed(f"{A}…不在种子里")
    assert not cite_in_seed(f"{A}…") and not cite_in_seed(f"…{A}") and not cite_in_seed("")
    assert not cite_in_seed(f"{A}… …{B}")


@pytest.mark.parametrize("spec, pair", [
    ("L656-L664", (656, 664)), ("L733", (733, 733)), ("L5-7", (5, 7)), (" L5 – L9 ", (5, 9)), ("L1", (1, 1)),
])
def test_parse_lines(spec: str, pair: tuple[int, int]) -> None:
    assert parse_lines(spec) == pair


@pytest.mark.parametrize("spec", ["656-664", "L", "Lx", "L5-", "L5-L6 and more", "l5"])
def test_parse_lines_refuses(spec: str) -> None:
    with pytest.raises(ValueError, match="is not of the form 'L656-L664'"):
        parse_lines(spec)


def test_seed_excerpt_joins_the_lines_without_blanks_or_urls() -> None:
    assert seed_excerpt("L3-L7") == ("1 2020年 2 月 18日，北京市财政局、北京市国资委发布《北京市财政局 北京"
                                     "市国资委关于给予市属国企参与新型冠状病毒肺炎疫情防控工作资金支持有关事项的通知》，")
    assert seed_excerpt("L3") == "1 2020年 2 月 18日，北京市财政局、北京市国资委发布《北京市财政局 北京"
    assert seed_excerpt("L9-L11") == "4103.html"
    assert seed_excerpt("L1") == "一、 北京市文件目录"
