"""Inclusive date windows (both ends count), with containment, overlap and intersection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Window:
    """A closed date interval ``[start, end]``: both ``start`` and ``end`` are inside.

    ``end=None`` means open-ended.

    >>> Window(date(2020, 2, 1), date(2020, 5, 31)).contains(date(2020, 5, 31))
    True
    """

    start: date
    end: date | None

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"window end {self.end} is before its start {self.start}")

    def contains(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    __contains__ = contains

    def overlaps(self, other: Window) -> bool:
        return self.intersection(other) is not None

    def intersection(self, other: Window) -> Window | None:
        start = max(self.start, other.start)
        ends = [e for e in (self.end, other.end) if e is not None]
        end = min(ends) if ends else None
        if end is not None and end < start:
            return None
        return Window(start, end)

    def days(self) -> int:
        """Number of days in the window, both ends counted."""
        if self.end is None:
            raise ValueError("an open-ended window has no day count")
        return (self.end - self.start).days + 1

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat() if self.end else ''}"
