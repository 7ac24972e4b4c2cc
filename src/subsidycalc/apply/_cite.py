"""Helpers for the how-to-apply data: each fact is cited to seed lines, and its quote is the seed text of exactly
those lines (:func:`~subsidycalc.engine.sources.seed_excerpt`, the PDF's line wraps joined) unless a shorter exact
quote is given. Tests check every quote is seed text and every declared value (office, phone, date literal) is in it.
"""

from __future__ import annotations

from datetime import date

from ..engine.apply import Contact, Dated, Fact
from ..engine.periods import Window
from ..engine.sources import Document, Source, seed_excerpt


def src(doc: Document, lines: str, quote: str | None = None) -> Source:
    """A citation of ``doc`` at seed ``lines``; the quote is those lines' text unless given."""
    return doc.cite(lines, quote if quote is not None else seed_excerpt(lines))


def fact(doc: Document, lines: str, value: str, en: str = "", quote: str | None = None) -> Fact:
    return Fact(value, src(doc, lines, quote), en)


def contact(doc: Document, lines: str, who: str, phones: str, en: str = "", quote: str | None = None) -> Contact:
    """``phones`` as the text lists them, separated by "、" or ","."""
    nums = tuple(p.strip() for p in phones.replace(",", "、").split("、") if p.strip())
    return Contact(who, nums, src(doc, lines, quote), en)


def dated(doc: Document, lines: str, value: Window | date, literal: str, quote: str | None = None) -> Dated:
    return Dated(value, src(doc, lines, quote), literal)


__all__ = ["contact", "dated", "fact", "src"]
