"""All awards for one firm, after stacking, with totals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .award import Award
from .money import ZERO, yuan
from .views import view

if TYPE_CHECKING:  # pragma: no cover, no mutate (an import for the type checker only: no test can tell)
    from .registry import Catalog

_ORDER = {"eligible": 0, "undetermined": 1, "ineligible": 2}


class Report:
    """The awards of every measure for one firm.

    ``total`` sums the point amounts of eligible relief awards after stacking; ``total_low`` and
    ``total_high`` sum their ranges. ``report[id]`` finds an award by measure id or alias.
    """

    def __init__(self, firm: Any, awards: list[Award], assumptions: Any, catalog: Catalog) -> None:
        self.firm = firm
        self.awards = awards
        self.assumptions = assumptions
        self._catalog = catalog
        self._by_id = {a.measure_id: a for a in awards}
        paid = [a for a in awards if a.status == "eligible" and a.relief]
        self.total: Decimal = sum((a.amount for a in paid), ZERO)
        self.total_low: Decimal = sum((a.low for a in paid), ZERO)
        self.total_high: Decimal = sum((a.high for a in paid), ZERO)

    def __getstate__(self) -> dict[str, Any]:
        """Pickle, ``copy`` and ``deepcopy`` state: the library's own catalog by reference (its definitions hold
        generated code), every award's words written out (:meth:`Award._settle`)."""
        from .registry import current

        state = dict(self.__dict__)
        if state["_catalog"] is current():
            state["_catalog"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        if state["_catalog"] is None:
            from .registry import current

            state = {**state, "_catalog": current()}
        self.__dict__.update(state)

    def __getitem__(self, measure_id: str) -> Award:
        return self._by_id[self._catalog.resolve(measure_id)]

    @property
    def catalog(self) -> Catalog:
        """The catalog the estimate ran."""
        return self._catalog

    def __iter__(self) -> Iterator[Award]:
        return iter(self.awards)

    def __len__(self) -> int:
        return len(self.awards)

    def by_status(self, status: str) -> list[Award]:
        return [a for a in self.awards if a.status == status]

    @property
    def eligible(self) -> list[Award]:
        return self.by_status("eligible")

    @property
    def undetermined(self) -> list[Award]:
        return self.by_status("undetermined")

    def sorted(self) -> list[Award]:
        """Eligible first (largest amount first), then undetermined, then ineligible."""
        return sorted(self.awards, key=lambda a: (_ORDER[a.status], -a.amount, a.measure_id))

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """A JSON-safe dict: money as strings with 2 decimals, dates ISO; ``lang="zh"``: the awards' words in
        Chinese."""
        changed = self.assumptions.changed() if hasattr(self.assumptions, "changed") else {}
        return {
            "firm": self.firm.model_dump(mode="json", exclude_none=True),
            "total": f"{self.total:.2f}",
            "total_low": f"{self.total_low:.2f}",
            "total_high": f"{self.total_high:.2f}",
            "assumptions_changed": {k: (v.isoformat() if hasattr(v, "isoformat") else
                                        str(v) if isinstance(v, Decimal) else v) for k, v in changed.items()},
            "counts": {s: len(self.by_status(s)) for s in _ORDER},
            "awards": [a.to_dict(lang) for a in self.sorted()],
        }

    def questions(self) -> list[Any]:
        """Every fact still missing, with the measures it would help decide and the most relief it could unlock,
        most valuable first; facts needed only once another is known come last, "asked after" it
        (:mod:`subsidycalc.questions`)."""
        return view("questions")(self)  # type: ignore[no-any-return]

    def calendar(self, as_of: date | str | None = None, closing_days: int = 14) -> list[Any]:
        """The firm's eligible and undetermined relief measures with where their applications stand on ``as_of``
        (a date or ``"YYYY-MM-DD"``, default today): open, closing, closed, not yet open, or no deadline in the text
        (:mod:`.apply`)."""
        from .apply import calendar

        if isinstance(as_of, str):
            as_of = date.fromisoformat(as_of)
        return calendar(self, as_of or date.today(), closing_days)

    def summary(self, lang: str = "en", show_all: bool = False) -> str:
        """A plain-text table: measure, status, amount, one-line reason; eligible and undetermined first
        (``lang="zh"``: Chinese titles, headings and the reasons' fixed fragments, :mod:`subsidycalc.i18n`)."""
        return view("report_table")(self, lang=lang, show_all=show_all)  # type: ignore[no-any-return]

    def to_frame(self) -> Any:
        """One row per award (pandas extra): measure id, district, kind, beneficiary, status, amount, low, high,
        reason, source URL (money as exact ``Decimal``)."""
        return view("report_frame")(self)

    def plot(self, ax: Any = None, lang: str = "zh", undetermined: bool = True) -> Any:
        """Relief by measure in yuan, largest first (plot extra): ranges hatched from low to high, relief in kind and
        open amounts marked rows, never a bar of 0; ``lang="en"`` English titles and labels, ``"zh"`` Chinese in a
        CJK font; undetermined measures as a dashed outline up to the most they could pay (``undetermined=False``
        leaves them out) (:mod:`subsidycalc.plotting`)."""
        return view("report_plot")(self, ax=ax, lang=lang, undetermined=undetermined)

    def _repr_html_(self) -> str:
        return view("report_html")(self)  # type: ignore[no-any-return]

    def to_html(self, lang: str = "en", show_all: bool = True) -> str:
        """The Jupyter table as an HTML string (``lang="zh"`` for Chinese labels and titles)."""
        return view("report_html")(self, lang=lang, show_all=show_all)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        name = getattr(self.firm, "name", None) or "firm"
        counts = ", ".join(f"{len(self.by_status(s))} {s}" for s in _ORDER)
        rng = f" [{yuan(self.total_low)}–{yuan(self.total_high)}]" if self.total_low != self.total_high else ""
        return f"<Report {name}: total {yuan(self.total)}{rng} yuan; {counts}>"
