"""A measure: its identity, its sources, its declared numbers (each with a citation), its readings,
and its rule definition (the vocabulary of :mod:`subsidycalc.engine.rules`) that applies them to a firm."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .periods import Window
from .sources import Source, Territory

Beneficiary = Literal[
    "enterprise", "landlord", "financial_institution", "guarantee_company", "hr_agency", "individual"
]
BENEFICIARIES: tuple[str, ...] = (
    "enterprise", "landlord", "financial_institution", "guarantee_company", "hr_agency", "individual",
)


@dataclass(frozen=True, slots=True)
class Param:
    """One number of a measure, declared once next to its citation.

    ``cite`` is the exact seed fragment the number comes from (a test checks it is seed text), or,
    when ``ref`` is set, the reference table it comes from (``docs``/``spec/reference``).
    ``value`` may be a ``Decimal``, an ``int``, a ``date``, a :class:`Window` or a tuple of these.

    ``literal`` is how the number is written in ``cite`` (``"30%"``, ``"1000万元"``, ``"五年"``, ``"免收"``,
    ``"3月底"``; a tuple with one literal per number of a tuple value, in order); a test checks that it is in the
    cite and reads as ``value`` (:mod:`subsidycalc.engine.literals`). A number the text does not write (12 months a
    year; a date taken from the document's issue date, "自印发之日起") is declared with ``convention``, the reason
    in words, instead of a literal.
    """

    value: Any
    cite: str
    unit: str = ""
    note: str = ""
    ref: str | None = None
    literal: str | tuple[str, ...] | None = None
    convention: str | None = None


class Params(Mapping[str, Param]):
    """The declared numbers of a measure. ``params.share`` is the value; ``params["share"]`` the Param."""

    __slots__ = ("_p",)

    def __init__(self, **params: Param) -> None:
        for k, v in params.items():
            if not isinstance(v, Param):
                raise TypeError(f"parameter {k!r} must be declared as Param(value, cite=...), got {v!r}")
        object.__setattr__(self, "_p", dict(params))

    def __getitem__(self, key: str) -> Param:
        return self._p[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._p)

    def __len__(self) -> int:
        return len(self._p)

    def __getattr__(self, key: str) -> Any:
        if key == "_p":  # not set yet (an instance being rebuilt by copy or pickle): no parameter lookup
            raise AttributeError(key)
        try:
            return self._p[key].value
        except KeyError:
            raise AttributeError(f"no declared parameter {key!r}; declared: {sorted(self._p)}") from None

    def __repr__(self) -> str:
        return "Params(" + ", ".join(f"{k}={p.value!r}" for k, p in self._p.items()) + ")"


@dataclass(frozen=True, slots=True)
class Reading:
    """An interpretation the texts leave open: a named, typed, defaulted, documented choice.

    Every reading becomes a field of :class:`subsidycalc.Assumptions`. ``annotation`` is a typing
    annotation (``Literal[...]``, ``bool``, ``date``, ``Decimal | None`` ...).
    """

    name: str
    annotation: Any
    default: Any
    doc: str


@dataclass(frozen=True, eq=False)
class Measure:
    """One quantified (or catalogued) measure of the seed.

    ``rule`` is its definition in the rule vocabulary: it reads facts, states conditions and steps and pays an
    amount; it never rounds (the engine rounds once, half-up to the fen).
    """

    id: str
    district: str
    title_zh: str
    title_en: str
    kind: str
    beneficiary: Beneficiary
    sources: tuple[Source, ...]
    params: Params = field(default_factory=Params, repr=False)
    readings: tuple[str | Reading, ...] = ()
    """The readings the measure reads: a ``Reading`` it owns (declared here, next to the measure), or the name of a
    shared one (declared once, in ``measures/_readings.py`` or ``engine/readings.py``). Stored as names."""
    aliases: tuple[str, ...] = ()
    relief: bool = True
    """False for information entries (fund sizes, employer obligations): never added to a total."""
    territory: Territory | None = None
    """Overrides the primary document's scope clause; ``None`` takes it from the document."""
    valid: Window | None = None
    """When the policy is in force (the document's validity), if the text says."""
    apply_window: Window | None = None
    """When to apply, if the text says."""
    apply_note: str = ""
    summary: str = ""
    notes: tuple[str, ...] = ()
    rule: Callable[[Any], None] | None = field(default=None, repr=False)
    """The measure written once in the rule vocabulary (``def rule(r: Rule) -> None``, see
    :mod:`subsidycalc.engine.rules`), evaluated by both the traced and the columnar evaluator; ``None`` only for an
    information entry (``relief=False``), which is never evaluated."""

    @property
    def reading_names(self) -> tuple[str, ...]:
        """The names of the readings the measure reads (``readings`` holds names once the measure is built)."""
        return tuple(r if isinstance(r, str) else r.name for r in self.readings)

    def __post_init__(self) -> None:
        owned = tuple(r for r in self.readings if isinstance(r, Reading))
        object.__setattr__(self, "readings", tuple(r.name if isinstance(r, Reading) else r for r in self.readings))
        object.__setattr__(self, "owned_readings", owned)
        if "." not in self.id or not self.id.startswith(self.district + "."):
            raise ValueError(f"measure id {self.id!r} must be '<district>.<name>' with district {self.district!r}")
        if not self.sources:
            raise ValueError(f"measure {self.id} has no source")
        if self.beneficiary not in BENEFICIARIES:
            raise ValueError(f"measure {self.id}: unknown beneficiary {self.beneficiary!r}")
        object.__setattr__(self, "_territory", self._resolve_territory())
        object.__setattr__(self, "_definitions", {})
        object.__setattr__(self, "_last", None)

    def definition(self, assumptions: Any) -> Any:
        """The rule's graph under ``assumptions`` (staged once per distinct value of the readings it declares)."""
        last = self._last  # type: ignore[attr-defined]
        if last is not None and last[0] is assumptions:
            return last[1]
        if self.rule is None:
            raise ValueError(f"measure {self.id} has no rule definition")
        key = tuple(getattr(assumptions, name) for name in self.reading_names)
        cache: dict[Any, Any] = self._definitions  # type: ignore[attr-defined]
        d = cache.get(key)
        if d is None:
            from .rules.define import stage

            d = cache[key] = stage(self, assumptions)
        object.__setattr__(self, "_last", (assumptions, d))
        return d

    def _resolve_territory(self) -> Territory:
        if self.territory is not None:
            return self.territory
        doc = self.sources[0].document
        if self.district == "beijing":
            return "beijing"
        return doc.territory if doc is not None else "district"

    @property
    def effective_territory(self) -> Territory:
        """The scope clause applied by the engine: the measure's own, else its primary document's."""
        return self._territory  # type: ignore[attr-defined,no-any-return]

    def __repr__(self) -> str:
        return f"<Measure {self.id} {self.title_zh} ({self.kind} → {self.beneficiary})>"

    def describe(self) -> str:
        """A multi-line plain-text description: titles, kind, sources with quotes, numbers, readings."""
        out = [f"{self.id}  {self.title_zh}", f"  {self.title_en}",
               f"  kind: {self.kind}; beneficiary: {self.beneficiary}; district: {self.district}"]
        if not self.relief:
            out.append("  information only: never added to a relief total")
        if self.aliases:
            out.append("  aliases: " + ", ".join(self.aliases))
        for s in self.sources:
            out.append(f"  source: {s}")
        for k, p in self.params.items():
            where = f"[{p.ref}] " if p.ref else ""
            out.append(f"  number {k} = {p.value} {p.unit}  ← {where}“{p.cite}”")
        if self.readings:
            out.append("  readings: " + ", ".join(self.reading_names))
        return "\n".join(out)
