"""Where a rule comes from: the document, and the exact seed sentence a measure rests on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Literal

Territory = Literal["district", "district_and_tax", "beijing", "custom"]
"""Who a document's measures are for, by place.

- ``district``: the firm is registered in the issuing district (``Firm.district``);
- ``district_and_tax``: registered **and** paying tax there (``Firm.tax_district``, default ``district``);
- ``beijing``: any Beijing firm (city rules, and district schemes open to every Beijing employer);
- ``custom``: the measure's definition decides (e.g. the lender's branch district).
"""


@dataclass(frozen=True, slots=True)
class Document:
    """A policy document of the seed: who issued it, when, under which number, where it is published.

    ``territory`` is the document's district-wide scope clause (e.g. 西城 G1, 朝阳 GC1), applied by the
    engine to every measure whose primary source is this document, unless the measure overrides it.
    """

    title: str
    issuer: str
    issued: date
    url: str
    doc_no: str | None = None
    territory: Territory = "district"
    scope_quote: str | None = None
    scope_lines: str | None = None

    def cite(self, lines: str, quote: str) -> Source:
        """A :class:`Source`: this document, seed lines like ``"L656-L664"``, and the exact seed quote."""
        return Source(self.title, self.issuer, self.doc_no, self.issued, self.url, lines, quote, self)


@dataclass(frozen=True, slots=True)
class Source:
    """One citation: the document and the verbatim (zh) seed sentence, with its seed lines."""

    title: str
    issuer: str
    doc_no: str | None
    issued: date
    url: str
    lines: str
    quote: str
    document: Document | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, str | None]:
        return {
            "title": self.title,
            "issuer": self.issuer,
            "doc_no": self.doc_no,
            "issued": self.issued.isoformat(),
            "url": self.url,
            "lines": self.lines,
            "quote": self.quote,
        }

    def with_quote(self, lines: str, quote: str) -> Source:
        return replace(self, lines=lines, quote=quote)

    def __str__(self) -> str:
        no = f" {self.doc_no}" if self.doc_no else ""
        return f"{self.title}{no} ({self.issuer}, {self.issued.isoformat()}), seed {self.lines}: “{self.quote}”"


# --- the seed text, shipped with the package, so that every quote can be checked and shown ----------

_WS = re.compile(r"\s+")
_URL = re.compile(r"https?://\S+")


def normalize(text: str) -> str:
    """The comparison form of seed text: URLs and all whitespace removed (the PDF wraps lines anywhere)."""
    return _WS.sub("", _URL.sub("", text))


@lru_cache(maxsize=1)
def seed_lines() -> tuple[str, ...]:
    """The seed compilation, one entry per line (line ``N`` is ``seed_lines()[N - 1]``)."""
    text = resources.files("subsidycalc").joinpath("data/seed.txt").read_text(encoding="utf-8")
    return tuple(text.splitlines())


@lru_cache(maxsize=1)
def seed_text() -> str:
    """The whole seed in comparison form (URL-only lines dropped, whitespace removed)."""
    return normalize("".join(line for line in seed_lines() if not line.strip().startswith("http")))


def in_seed(fragment: str) -> bool:
    """True when ``fragment`` is exact seed text (up to whitespace and line wrapping)."""
    norm = normalize(fragment)
    return bool(norm) and norm in seed_text()


def cite_in_seed(cite: str) -> bool:
    """True when a declared number's citation is seed text: one exact fragment, or several fragments joined
    with "…" that occur in the seed in that order (for a tier table spread over several sentences)."""
    parts = [normalize(p) for p in cite.split("…")]
    if not all(parts):
        return False
    text, pos = seed_text(), 0
    for part in parts:
        i = text.find(part, pos)
        if i < 0:
            return False
        pos = i + len(part)
    return True


_LINES = re.compile(r"^L(\d+)(?:\s*[-–]\s*L?(\d+))?$")


def parse_lines(spec: str) -> tuple[int, int]:
    """``"L656-L664"`` -> ``(656, 664)``; ``"L733"`` -> ``(733, 733)``."""
    m = _LINES.match(spec.strip())
    if not m:
        raise ValueError(f"seed line reference {spec!r} is not of the form 'L656-L664'")
    a = int(m.group(1))
    b = int(m.group(2) or a)
    return a, b


def seed_excerpt(spec: str) -> str:
    """The seed text of a line range, joined as one paragraph (URL lines dropped)."""
    a, b = parse_lines(spec)
    lines = seed_lines()[a - 1 : b]
    return "".join(x.strip() for x in lines if x.strip() and not x.strip().startswith("http"))
