"""Readings shared by measures of several modules, declared once.

A reading one measure uses is declared with that measure (``Measure(readings=(Reading(...), ...))``); a reading
that measures of several modules read (the office tier of the SOE February rent, the one-level scope of the SOE
rent stacking rules, ...) is declared here, in ``READINGS``, and named by those measures. No module asks at import
time whether another declares a reading.

The readings common to the whole engine (benchmark series, 疫情期间) are in :mod:`subsidycalc.engine.readings`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from ..engine.measure import Reading

#: the office tier of the SOE February rent (the city rule, 大兴, 丰台, and the districts that restate it)
OFFICE_NO_LAYOFF = Reading(
    "office_requires_no_layoff", bool, False,
    "SOE February rent, office tier (50%): whether the conditions of the production/business clause "
    "(按照政府要求坚持营业或依照防疫规定关闭停业且不裁员、少裁员) also apply to office tenants. Default False (README "
    "'Decisions'; ERRATA_04_06 finding 8): they sit inside the first clause, before the semicolon, and 大兴 "
    "(L5282-L5285) and 海淀 (L3286-L3288) state the office tier without them. One reading for every SOE-rent "
    "measure.",
)

PartialMonth = Literal["prorate_days", "whole_month"]
#: a lease in force for part of February under the city February-rent rule and its restatements (大兴, 丰台)
PARTIAL_MONTH = Reading(
    "soe_rent_feb_partial_month", PartialMonth, "prorate_days",
    "SOE February rent (the city rule and the districts that restate it: 大兴, 丰台), a lease that begins or ends "
    "during February 2020 (leases.N.starts_on / ends_on): 'prorate_days' (default; issue 8 §1: an item counts only "
    "for the time it exists) — the monthly rent × the days the lease is in force in February / 29; 'whole_month' — "
    "the full monthly rent, as if '2月份房租' were the rent of any lease in force at some time in February. A lease "
    "not in force in February at all is relieved on nothing under both.",
)

#: what "one level only" covers between a district SOE-rent measure and the city rule (stacking rules per="leases")
ONE_LEVEL_SCOPE = Reading(
    "soe_rent_one_level_scope", Literal["lease", "firm"], "lease",
    "What 'one level only' between a district SOE-rent measure and this city rule covers (the rules marked "
    "per=\"leases\" in the stacking layer): 'lease' (default) — one lease's rent is relieved at one level, the "
    "higher, and different leases are independent, so a firm renting one 区属 and one 市属 SOE premises gets "
    "both reliefs (ERRATA_04_06 finding 7: 'For one lease and one month, this measure and any district "
    "SOE-rent measure never add'; catalog 04 on 丰台: 'must not both be applied to the same rent'); 'firm' — "
    "the firm chooses one level for the whole policy, the higher award (海淀 L3482-L3484 and 东城 L2521-L2523: "
    "'凡市区两级共有的政策，(原则上)企业只能选择其中一级进行申请')."
)

#: read by the city hire subsidies (measures/beijing/hiring.py) and 门头沟's district hire subsidy (mentougou.py)
MEDICAL_MIN_BASE = Reading(
    "si_min_base_medical_monthly", Decimal | None, None,
    "医疗保险最低缴费基数, yuan per month (L5837, L5843-L5845), not in the seed; no official publication of it was "
    "found (subsidycalc.reference.public_figures.NOT_FOUND), so there is no default: None leaves the medical "
    "part of both hire subsidies unquantified (the award then pays the rest and says so).",
)

READINGS: list[Reading] = [OFFICE_NO_LAYOFF, PARTIAL_MONTH, ONE_LEVEL_SCOPE, MEDICAL_MIN_BASE]
