"""Readings shared by measures of several documents, and the builder of :class:`Assumptions`.

Each reading is a named, typed, defaulted, documented choice. Measures declare the readings they use
(``Measure.readings``); district modules declare their own readings in ``READINGS``. The registry
builds one pydantic model, ``Assumptions``, with a field per reading: an unknown field is a validation
error, and a value of the wrong type names the reading.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model, model_validator

from .measure import Reading

COMMON_READINGS: tuple[Reading, ...] = (
    Reading(
        "benchmark_series", Literal["lpr", "pboc"], "lpr",
        "Which '基准利率' caps an interest subsidy: 'lpr' (default) — the LPR in force on the disbursement "
        "date (1-year for terms up to 5 years), because since the LPR reform of 2019-08-17 new loans are "
        "priced off the LPR; 'pboc' — the PBoC benchmark table (4.35% up to one year), never withdrawn. "
        "Source: spec/reference/benchmark_rates.md.",
    ),
    Reading(
        "epidemic_period_start", date, date(2020, 1, 24),
        "First day of '疫情期间' where a text leaves it undefined: 2020-01-24, the day Beijing started its "
        "first-level public-health emergency response (a public fact; the seed does not state it).",
    ),
    Reading(
        "epidemic_period_end", date, date(2020, 12, 31),
        "Last day of '疫情期间' where a text leaves it undefined: 2020-12-31, the end of validity most "
        "district documents state (e.g. 西城 L1072-L1074, 通州).",
    ),
)


class AssumptionsBase(BaseModel):
    """Every reading the texts leave open; see ``subsidycalc.Assumptions.model_fields`` or docs/readings.md."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    #: readings that became something else, old name → where it went (a profile field, a reference table)
    MOVED: ClassVar[dict[str, str]] = {}

    @model_validator(mode="before")
    @classmethod
    def _moved(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for name in data:
                if name in cls.MOVED:
                    raise ValueError(f"{name}: no longer a reading: {cls.MOVED[name]}")
        return data

    def changed(self) -> dict[str, Any]:
        """The readings that differ from their defaults."""
        return {k: v for k, v in self if v != type(self).model_fields[k].default}

    def __repr__(self) -> str:
        ch = self.changed()
        return "Assumptions(" + ", ".join(f"{k}={v!r}" for k, v in ch.items()) + ")" if ch else "Assumptions(defaults)"


def build_assumptions(readings: dict[str, Reading], moved: dict[str, str] | None = None) -> type[AssumptionsBase]:
    fields: dict[str, Any] = {
        r.name: (r.annotation, Field(r.default, description=r.doc)) for r in readings.values()
    }
    model = create_model("Assumptions", __base__=AssumptionsBase, __module__="subsidycalc", **fields)
    model.MOVED = dict(moved or {})
    model.__doc__ = (
        "Every reading the texts leave open, each named, typed, defaulted and documented.\n\n"
        "    >>> import subsidycalc as sc\n"
        "    >>> sc.Assumptions(benchmark_series='pboc').benchmark_series\n"
        "    'pboc'\n\n"
        "Fields: " + ", ".join(sorted(readings))
    )
    return model
