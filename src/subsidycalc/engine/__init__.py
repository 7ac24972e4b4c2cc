"""The engine: money, periods, sources, readings, awards, reports, the stacking layer and estimate()."""

from .award import Award
from .measure import Measure, Param, Params, Reading
from .money import D, pct, round_fen, yuan
from .periods import Window
from .sources import Document, Source
from .stacking import StackingRule

__all__ = [
    "Award", "D", "Document", "Measure", "Param", "Params", "Reading", "Source", "StackingRule", "Window", "pct",
    "round_fen", "yuan",
]
