"""The evaluation of one measure for one firm: conditions, missing facts, arithmetic steps, amount.

A calculator reads top to bottom as the text does::

    def calc(ev: Ev) -> None:
        size = checks.require_size(ev, SME_SIZES, "中小微企业")
        rate = ev.reading("benchmark_series")
        ...
        ev.settle()                       # stop here if a needed fact is unknown
        ev.step(f"30% × {yuan(x)} = {yuan(y)}")
        ev.pay(y)

``require`` takes a tri-state condition: True (met, recorded), False (raises: ineligible with the failed
condition), None (unknown: the paths go to ``missing`` and evaluation goes on, so every missing fact is
collected; a later failed condition still makes the measure ineligible).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from .measure import Measure, Params
from .money import Number, exact

if TYPE_CHECKING:  # pragma: no cover
    from ..profile.firm import Firm

T = TypeVar("T")
_ZERO = Fraction(0)


class Ineligible(Exception):
    """A condition of the text is not met."""


class Undetermined(Exception):
    """A fact needed to decide is unknown."""


class Ev:
    """Evaluation state of one measure for one firm (see module docstring)."""

    __slots__ = ("measure", "firm", "assumptions", "memo", "parts", "reasons", "missing", "steps", "readings",
                 "effects", "amount", "low", "high", "quantified", "needs")

    def __init__(self, measure: Measure, firm: Firm, assumptions: Any,
                 memo: dict[str, Any] | None = None) -> None:
        self.measure = measure
        self.firm = firm
        self.assumptions = assumptions
        #: awards (before stacking) already evaluated for this firm and these assumptions, by measure id: a
        #: measure that depends on another (a prerequisite, a deduction) reuses it instead of re-running it
        self.memo: dict[str, Any] = {} if memo is None else memo
        self.parts: dict[str, tuple[Fraction, Fraction, Fraction]] = {}
        self.reasons: list[str] = []
        self.missing: list[str] = []
        self.steps: list[str] = []
        self.readings: dict[str, Any] = {}
        self.effects: dict[str, str] = {}
        self.amount: Fraction | None = None
        self.low: Fraction | None = None
        self.high: Fraction | None = None
        self.quantified = True
        self.needs: list[str] = []

    # -- the measure's data ---------------------------------------------------------------------------
    @property
    def n(self) -> Params:
        """The measure's declared numbers: ``ev.n.share`` is the value of ``Param`` ``share``."""
        return self.measure.params

    def reading(self, name: str) -> Any:
        """The value of a reading under the caller's assumptions; recorded in the award's ``readings``."""
        if name not in self.measure.readings:
            raise LookupError(f"measure {self.measure.id} reads {name!r} without declaring it in readings=")
        value = getattr(self.assumptions, name)
        self.readings[name] = value
        return value

    # -- conditions -----------------------------------------------------------------------------------
    def met(self, text: str) -> None:
        self.reasons.append(f"✓ {text}")

    def fail(self, text: str) -> NoReturn:
        raise Ineligible(text)

    def unknown(self, text: str, paths: Iterable[str]) -> None:
        for p in paths:
            if p not in self.missing:
                self.missing.append(p)
        self.reasons.append(f"? {text}")

    def require(self, cond: bool | None, met: str, failed: str, missing: Sequence[str] = ()) -> bool | None:
        """Record a condition: met, failed (raises :class:`Ineligible`) or unknown (paths to ``missing``)."""
        if cond is None:
            self.unknown(f"{met} — not known", missing)
            return None
        if not cond:
            self.fail(failed)
        self.met(met)
        return True

    def need(self, value: T | None, path: str, what: str | None = None) -> T | None:
        """Return ``value``; when it is ``None`` (unknown) record ``path`` as missing."""
        if value is None:
            self.unknown(f"{what or path} is needed", [path])
        return value

    def settle(self) -> None:
        """Stop with ``undetermined`` if any needed fact is unknown."""
        if self.missing:
            raise Undetermined()

    def known(self, value: T | None) -> T:
        """A value whose absence settle() has already turned into undetermined; raises AssertionError otherwise.

        Also for a value of an item the caller has already checked (its absence recorded as missing and the item
        skipped), so the arithmetic on it is typed ``T``, not ``T | None``.
        """
        if value is None:
            raise AssertionError(f"{self.measure.id}: a needed fact is None after settle()")
        return value

    # -- arithmetic -----------------------------------------------------------------------------------
    def step(self, text: str) -> None:
        self.steps.append(text)

    def pay(self, amount: Number, low: Number | None = None, high: Number | None = None) -> None:
        """The point amount (unrounded, exact: a ``Decimal`` or a ``Fraction``; the engine rounds once) and, for a
        range, its ends."""
        if amount < 0:
            raise AssertionError(f"{self.measure.id}: negative amount {amount}")
        self.amount = exact(amount)
        self.low = self.amount if low is None else exact(low)
        self.high = self.amount if high is None else exact(high)

    def part(self, key: str, amount: Number, low: Number | None = None, high: Number | None = None) -> None:
        """The share of the amount that one item of the profile earns (``"leases.0"``), unrounded.

        Recorded by calculators that pay per item, so that a stacking rule declared ``per="leases"`` can
        apply "one level only" to each lease rather than to the whole award. When parts are recorded their sum
        must equal the amount paid (the engine checks it)."""
        amt = exact(amount)
        lo = amt if low is None else exact(low)
        hi = amt if high is None else exact(high)
        a, b, c = self.parts.get(key, (_ZERO, _ZERO, _ZERO))
        self.parts[key] = (a + amt, b + lo, c + hi)

    def unquantified(self, why: str, needs: Sequence[str] = ()) -> None:
        """Eligible, but the text sets no number ("适当补贴") and no reading supplies one."""
        self.quantified = False
        self.needs.extend(needs)
        self.reasons.append(why)
        self.amount = self.low = self.high = _ZERO

    def effect(self, key: str, value: str) -> None:
        """A non-cash effect (deferral months, new due date ...)."""
        self.effects[key] = value
