"""The Firm profile and the SME size standard."""

from .firm import Firm
from .sme_size_standard import SizeStandardError, classify_size

__all__ = ["Firm", "SizeStandardError", "classify_size"]
