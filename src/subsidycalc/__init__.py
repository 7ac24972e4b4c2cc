"""subsidycalc — Beijing's 2020 COVID-19 enterprise-relief policies as typed, cited, tested calculators.

>>> import subsidycalc as sc
>>> firm = sc.Firm.model_validate({"district": "mentougou", "hires": [
...     {"group": "urban_rural_labor", "hukou_district": "mentougou", "count": 7, "contract_months": 12,
...      "social_insurance_paid": True, "wage_at_least_minimum": True}]})
>>> sc.estimate(firm)["mentougou.scale_hiring_one_off_job_subsidy"].amount
Decimal('10500.00')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from .analysis import Comparison, compare
from .engine.award import Award
from .engine.estimate import run as _run
from .engine.measure import Measure
from .engine.readings import AssumptionsBase, build_assumptions
from .engine.registry import Catalog, UnknownMeasureError, load
from .engine.report import Report
from .engine.sources import Source
from .portfolio import Portfolio, estimate_many
from .profile.firm import Firm
from .profile.sme_size_standard import SizeStandardError, classify_size
from .reference.city_documents import CityDocument, city_documents

__version__ = "0.1.0"


def _register_views() -> None:
    """The presentations of results (tables, frames, plots, HTML): registered with the engine, which never imports
    them (``engine/views.py``)."""
    from . import analysis, display, plotting, questions
    from .engine.views import register

    register("report_table", display.table)
    register("report_html", display.report_html)
    register("award_html", display.award_html)
    register("report_frame", analysis.report_frame)
    register("report_plot", plotting.plot_report)
    register("questions", questions.questions)


_register_views()

_CATALOG: Catalog = load()
Assumptions: type[AssumptionsBase] = build_assumptions(_CATALOG.readings, _CATALOG.moved_readings)


def catalog() -> Catalog:
    """Every measure the library knows: ``catalog()[id]``, ``len``, iteration, ``.filter(district=...)``."""
    return _CATALOG


from .profile.errors import ProfileError, profile_error  # noqa: E402


def estimate(firm: Firm | Mapping[str, Any], assumptions: AssumptionsBase | Mapping[str, Any] | None = None) -> Report:
    """Evaluate every measure for ``firm`` under ``assumptions`` (default readings when omitted).

    ``firm`` may be a :class:`Firm` or a mapping (validated; a bad field raises ``pydantic.ValidationError``
    naming it). ``assumptions`` may be an :class:`Assumptions` or a mapping of reading names to values.
    """
    if not isinstance(firm, Firm):
        try:
            firm = Firm.model_validate(firm)
        except ValidationError as e:  # every problem at once, with did-you-mean (still a ValidationError)
            raise profile_error(e) from None
    return _run(_CATALOG, firm, _assumptions(assumptions))


def _assumptions(value: AssumptionsBase | Mapping[str, Any] | None) -> AssumptionsBase:
    """The readings to use: the defaults when ``None``; a mapping of reading names is validated."""
    if value is None:
        return _DEFAULT_ASSUMPTIONS
    if isinstance(value, AssumptionsBase):
        return value
    return Assumptions.model_validate(dict(value))


_DEFAULT_ASSUMPTIONS = Assumptions()

__all__ = [
    "Assumptions", "Award", "Catalog", "Comparison", "Portfolio", "compare", "estimate_many", "CityDocument", "city_documents", "Firm", "Measure", "Report", "SizeStandardError", "Source",
    "UnknownMeasureError", "ValidationError", "ProfileError", "__version__", "catalog", "classify_size", "estimate",
]


def read_registry(folder: Any) -> Any:
    """A registry folder (firms table, one table per list section, manifest): see ``docs/registries.md`` and
    :func:`subsidycalc.registries.read_registry`. Needs the ``registry`` extra."""
    from .registries import read_registry as _read

    return _read(folder)


def estimate_registry(folder: Any, out: Any = None, assumptions: Any = None, *, measures: Any = None,
                      client: Any = None, progress: bool | None = None, include_ineligible: bool = False) -> Any:
    """Estimate a registry folder partition by partition (optionally on Dask workers) and write
    ``out/awards.parquet`` and ``out/firms.parquet``: see :func:`subsidycalc.registry_run.estimate_registry`."""
    from .registry_run import estimate_registry as _run_registry

    return _run_registry(folder, out, assumptions, measures=measures, client=client, progress=progress,
                         include_ineligible=include_ineligible)


__all__ += ["estimate_registry", "read_registry"]
