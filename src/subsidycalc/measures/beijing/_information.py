"""The catalog entry of an information measure (never relief): no rule, no calculator (not scanned for measures)."""

from __future__ import annotations

from ...engine.measure import Measure, Params, Reading


def info(id_: str, title_zh: str, title_en: str, kind: str, beneficiary: str, sources: tuple, summary: str,
         aliases: tuple[str, ...], params: Params | None = None, readings: tuple[str | Reading, ...] = ()) -> Measure:
    """A city information entry: shown in the catalog with its sources and numbers, ruled out for every firm before
    any evaluation ("information, not relief")."""
    return Measure(id=id_, district="beijing", title_zh=title_zh, title_en=title_en, kind=kind,
                   beneficiary=beneficiary,  # type: ignore[arg-type]
                   sources=sources, params=params or Params(), readings=readings, aliases=aliases, relief=False,
                   summary=summary)
