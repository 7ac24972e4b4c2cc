"""A vectorised synthetic firm registry, generated directly as the columnar engine's typed numpy columns.

>>> from subsidycalc.synthetic_tables import profiles, synthetic_tables
>>> t = synthetic_tables(3, seed=1)
>>> t.n
3
>>> import subsidycalc as sc
>>> [sc.Firm.model_validate(p).name for p in profiles(t)] == [p["name"] for p in profiles(t)]
True

``synthetic_tables(n, seed, start)`` returns firms ``start .. start + n - 1`` of the registry ``seed`` as a
:class:`~subsidycalc.engine.rules.columns.TablesSource` — ``Columns(t.n, t)`` is a batch the columnar evaluator
(:func:`subsidycalc.engine.batch.evaluate_columns`) runs on — with no Python loop over firms or items: a million
firms take under 20 s and about 1 GiB (``benchmarks/bench_synthetic_tables.py``). :func:`profiles` decodes rows
of those tables back into JSON-ready profile dicts that validate as :class:`subsidycalc.Firm` (for one firm's
explanation, or to check the tables).

The firms are of the kinds :mod:`subsidycalc.synthetic` generates, with its documented distributions (the weight
tables are imported from it, so both generators share one declaration); only the random streams differ, so the
two registries of one seed are different firms drawn from the same mix.

**Every figure below is illustrative.** The weights and distributions give a plausible mix of cases for the
measures (every role, every district, a spread of sizes, some facts unknown); they are NOT statistics of
Beijing's firms and nothing computed over a synthetic registry estimates the real cost of the 2020 measures.

Randomness and partitions
-------------------------
Firms are generated in blocks of :data:`BLOCK` (65,536) consecutive firm numbers; block ``b`` of registry ``seed``
draws from ``numpy.random.Generator(PCG64(SeedSequence([seed, b])))``, always for the whole block. So firm ``i``
depends only on ``seed`` and ``i``: ``synthetic_tables(n, seed, start)`` gives the same firms as rows
``start .. start + n - 1`` of any larger registry of the same seed, and a registry of ten million firms can be
written partition by partition. (``n`` firms cost at least one block's draws: 65,536 firms take well under a
second.) NumPy's ``PCG64`` and ``SeedSequence`` streams are stable across releases, but the distribution methods
(``lognormal``, ``normal``, ``exponential``) are only guaranteed to give the same numbers on one NumPy version;
pin NumPy for bit-identical registries across machines.

Columns
-------
Exactly as :func:`subsidycalc.engine.rules.columns.column` builds them from profiles, except that numbers keep
their kind's fixed denominator (``column`` reduces each value): money, headcounts and areas as
:class:`~subsidycalc.engine.rules.rat.Rat` over 100 (fen), rates and signed changes over 10^6, counts over 1;
dates as ordinals (``int64``); flags as Kleene codes (``int8``: 0 false, 1 unknown, 2 true); enums as ``int16``
codes into the field's allowed values (−1 unknown); ``name`` as an ``object`` array of ``str`` and
``qualifications.tech_epidemic_control_contributions`` of tuples. An unknown row holds 0 (−1, 1, ``None``) and
``known`` False. Facts never generated (``flexible_worker``, ``covid_patient``, ``subsidy_fraud_clawback_on``,
``trained_employees``, ``rent_relief_granted.carrier``, ``risk_comp_claims.compensated_elsewhere``, the two
``social_insurance`` received flags) are absent from the tables: :class:`TablesSource` reads them as unknown.

Distributions (all illustrative; as :mod:`subsidycalc.synthetic`)
-----------------------------------------------------------------

Identity
    ``name``: ``"合成<区>企业NNNNNN"`` with the firm's number in the registry (unique within a registry).
    ``district``: ``DISTRICT_WEIGHTS`` (朝阳 and 海淀 largest, the outer districts smallest).
    ``industry``: ``INDUSTRY_WEIGHTS`` (a base mix) multiplied by ``DISTRICT_TILTS`` (software, R&D, fintech ×3–4
    in 海淀; catering, retail, accommodation, culture ×2–2.5 in 西城/东城; manufacturing ×3–4 in 大兴/顺义/房山; …),
    drawn per firm from the tilted weights of its district.
    ``tax_district``: 3% of firms pay tax in another district (uniform over the others).
    ``ownership``: private 84%, foreign 5%, state 8%, collective 3% (HR agencies private; banks and guarantee
    companies state for half of them); a state firm has ``state_owner_level`` central 20% / city 40% / district 40%.

Size figures
    ``employees``: log-normal, median by industry (``EMPLOYEES_MEDIAN``, e.g. catering 18, software 25,
    manufacturing 60), sigma 1.1, at least 1, rounded to a person (state firms ×3).
    ``revenue``: employees × revenue per employee, log-normal with median ``REVENUE_PER_EMPLOYEE``
    (e.g. catering 25万, wholesale 150万 yuan), sigma 0.6, rounded to 1,000 yuan.
    ``assets``: revenue × log-normal (median 0.8, sigma 0.7), rounded to 1,000 yuan.
    ``size``: declared by 25% of firms (as the SME size standard classifies their figures, by
    :func:`~subsidycalc.engine.rules.sizes.classify_columns`), always by banks and guarantee companies (which the
    standard does not cover: by headcount); otherwise left to the library. Revenue is left out for 6% of firms and
    assets for 40% (so some sizes are undetermined).

Employer facts
    ``workforce`` (88% of firms): UI-insured 2019 average = employees × U(0.75, 1.0); Jan–Apr 2020 = that ×
    N(0.98, 0.08); December 2018/2019 headcounts and 2019 natural attrition (0–3%); lay-offs in 2019 for 15%;
    employer SI paid Feb–Apr 2020 = insured × 3 × base (log-normal, median 7,000 yuan/month) × 27.5% (payable
    the same or, for 10%, up to 30% more); months of UI paid 6–60. Each sub-field is left out for 8% of firms.
    ``hires`` (28% of firms; ``[]`` for 60%, unknown for 12%): 1–3 batches; group urban_rural_labor 60%,
    graduate 15%, registered_unemployed 10%, priority_groups 10%, military_family 5%; labour of the firm's
    district 60%, of 门头沟/房山/大兴/other districts otherwise; 1–25 persons (more in large firms); contracts
    of 12/24/36 months, or 6 (too short) for 10%; hired 2020-01-15..2020-08-31; SI paid 92%, minimum wage 95%.
    ``trainings`` (8% of firms; ``[]`` for 62%, unknown for 30%): 1–2 programmes of 5–80% of staff, 16–120 class
    hours, completed in 2020.
    ``social_insurance`` (70% of firms): late before December 2019 6% (made up for half), January/February
    2020 unpaid 12%, applications for the July deferral (key industries) and the January refund.
    ``finances`` (30% of firms): profit-tax change 2019 N(−0.1, 0.35), loss quarters 20% / 30%.
    ``frontline_duty`` with ``essential_outlet`` (35% of retail and catering firms, 4% of wholesale/logistics;
    another 30% of retail and catering firms are outlets of type ``other`` with no staff listed): one or two teams
    of 2–30 persons on duty 2020-01-24..2020-04-30, customer-facing 80%.
    ``restart_hotel_rent`` (8% of manufacturing/construction/logistics firms): 5,000–200,000 yuan; otherwise
    ``0`` for 60% of firms and unknown for the rest.

Borrower, tenant, landlord, lender, HR agency
    ``loans`` (35% of firms; ``[]`` for 55%, unknown for 10%): 1–2 loans; principal revenue × log-normal
    (median 0.15, sigma 0.9) within 100,000–50,000,000 yuan, rounded to 10,000; disbursed 2020-01-24..2020-07-31
    (15%: in 2019); terms 6/12/24/36 months; annual rate U(3.45%, 6.5%); interest paid for the months elapsed
    to 2020-12-31 (left out for 12%); inclusive finance 55% for SMEs; lender in the firm's district 70%;
    guaranteed 25% (fee 1–2.5% of principal, by a district government-backed guarantor 60%).
    ``leases`` (58% of firms; ``[]`` for 35%, unknown for 7%): 1 lease (2 for 10%); landlord private 45%,
    district SOE 16%, city SOE 9%, collective 10%, park 12%, individual 5%, institution 3%; landlord of the
    firm's district 80%; business premises for shops, restaurants, hotels, factories, else office; monthly rent
    employees × 12 m² (median) × 6–12 yuan/m²/day × 30; rent actually waived for some private/collective leases.
    ``rent_relief_granted`` (landlords: 40% of real-estate / property-management firms, 5% of leasing firms,
    3% of other state firms): 1–6 tenants, 70% SMEs, 1–3 months' rent of 10,000–300,000 yuan waived in
    February–June 2020, with ``landlord_premises_type``.
    ``lending`` (banks: industry ``finance``, 0.4% of firms): 1–12 first loans to SMEs and some large firms.
    ``hr_agency`` (industry ``hr_services``): licensed 85%, 0–4 placements with key enterprises.
    ``flexible_worker`` is never generated (the registry lists firms, not individuals).

Facts of the 海淀 measures
    loans: ``rights_confirmation`` platform 5% / other 5% / none 90%, ``ma_loan`` 2%, ``interest_months_paid``
    (months elapsed); leases: ``monthly_property_fee`` 5–15% of the rent, ``property_manager`` landlord 60% /
    district SOE 10% / other 30%; rent relief: ``tenant_high_tech`` 20%; banks: first-ever borrowers 60%,
    borrowers of the branch's district 80%, credit-loan losses for 30% (1–3), renewal-center members 40%;
    guarantee companies: ``guarantor`` (renewal-center members 50%); ``capital_markets`` for 25% of firms
    (listed 2%, 25% of large firms; pre-IPO 5%; bond approvals 6%, 30% of large firms; stock pledges of listed
    firms); COVID-19 R&D for 10% of medical / R&D / healthcare firms (30% successful; emergency projects national
    10% / city 20% of them, with national funding 50万–2000万); epidemic-control tech applied for 8% of tech firms;
    emergency production of supplies 6% of makers; high epidemic-control costs 12% of manufacturing,
    construction and medical firms (with costs of 300–3,000 yuan per employee); ``enterprise`` true, left out
    for 20%; ``subsidy_fraud_clawback_on`` is never generated. Each flag is left out for 20–30% of firms.

Facts of the city business rules and of the 西城/东城/丰台/通州/门头沟 measures
    supply-side flags (kept supplies: 40% of retailers, 20% of other suppliers; producers of epidemic supplies:
    6% of makers, 80% of them at the government's disposal), affected at all 90%, tax-payment difficulty 30% /
    10%, 中关村 high-tech 40% of 海淀 tech firms (15% elsewhere), in the 中关村 zone 70% in 海淀 (20% in
    昌平/朝阳/丰台/大兴/石景山, 5% elsewhere); ``established_on`` 1995–2019 (exponential age, mean 7 years);
    ``rd_expense_2019`` 3–15% of revenue for tech firms, else 0; 投贷奖/房租通 city awards for 3% (else 0);
    ``premises_district`` the firm's 90%; hire registration, 1.2× average wage 80%, urban-employee SI 90%;
    ``fees`` for 30% (sewage, special equipment, road occupation by industry, 1–5万 log-normal), ``[]`` 40%;
    ``tax_deferrals`` for 5% (``[]`` 50%); ``restart`` for 30% of manufacturing/construction (chartered buses
    20%); ``essential_outlet_rent`` for essential outlets (the support ratios granted for 35% of them, 50–90%, and
    the city's 50–70% for 70% of those); 顺义 rewards granted (items 1 and 8) for 10% of 顺义 makers and suppliers
    / 5% of makers; notary fees 1%; ``ice_snow_venue`` for ice/snow
    venues; 东城 risk-compensation claims for half the 东城 banks and guarantors; guarantors' discounted
    guarantees (0–6); stock-pledge pledgee in the firm's district 50%; 通州 HR park 40% of 通州 agencies.
    ``covid_patient`` is never generated (an individual).

Qualifications
    each flag is left out for 15–30% of firms (so those measures are undetermined) and otherwise true with an
    industry-dependent probability (heavily affected: 70% in catering, accommodation, culture, tourism,
    cinema, exhibition, performing arts; 35% otherwise).

What differs from :mod:`subsidycalc.synthetic`
    - the random streams (NumPy ``PCG64`` per block instead of one ``random.Random``): same distributions,
      different firms; firm ``i`` does not depend on the registry's size (in ``synthetic`` it does not either,
      but there firm ``i`` needs the ``i`` firms before it to be drawn first);
    - every amount is capped at the profile's range (10^13 yuan, 10^7 persons), so the farthest tail of the
      log-normal figures of a ten-million-firm registry still validates (``synthetic`` does not cap; no firm of
      a plausible registry reaches the caps);
    - a dict of :func:`profiles` writes numbers in the shortest exact form (``"1200"``, ``"42.5"``,
      ``"0.0435"``; headcounts always as decimal strings, counts as ints) and its keys in the profile's field
      order.
"""

from __future__ import annotations

import typing
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

import numpy as np

from .engine.rules.columns import Section, TablesSource, U, V, bool_v
from .engine.rules.rat import Rat
from .engine.rules.schema import FactSpec, firm_schema
from .engine.rules.sizes import SIZES, classify_columns
from .profile import types as _types
from .profile.industries import DISTRICT_ZH, DISTRICTS, INDUSTRIES
from .synthetic import (
    BUSINESS_PREMISES_INDUSTRIES,
    DISTRICT_TILTS,
    DISTRICT_WEIGHTS,
    EMPLOYEES_MEDIAN,
    EPIDEMIC_START,
    HEAVILY_AFFECTED_INDUSTRIES,
    HIRE_GROUP_WEIGHTS,
    INDUSTRY_WEIGHTS,
    KEY_DEFERRAL_INDUSTRIES,
    LANDLORD_SHARE,
    LANDLORD_WEIGHTS,
    OWNERSHIP_WEIGHTS,
    REVENUE_PER_EMPLOYEE,
)

BLOCK = 65_536
"""Firms per random stream: block ``b`` of registry ``seed`` draws from ``SeedSequence([seed, b])``."""

I64 = np.int64
MONEY_MAX_FEN = int(_types.MONEY_MAX) * 100
HEADCOUNT_MAX = int(_types.HEADCOUNT_MAX)
_EPOCH = date(1970, 1, 1).toordinal()


def _o(y: int, m: int, d: int) -> int:
    return date(y, m, d).toordinal()


EPI = EPIDEMIC_START.toordinal()
MONTH_START_2020 = np.array([0] + [_o(2020, k, 1) for k in range(1, 13)] + [_o(2021, 1, 1)], dtype=I64)
"""``MONTH_START_2020[k]``: the first day of month ``k`` of 2020 (13: 2021-01-01)."""


# --- vocabularies and declared tables as arrays ----------------------------------------------------------

@lru_cache(maxsize=1)
def _spec() -> dict[str, FactSpec]:
    return firm_schema().facts


def _vocab(path: str) -> tuple[str, ...]:
    return _spec()[path].values


def _codes(path: str, names: Any) -> np.ndarray:
    """The codes of ``names`` in the enum ``path``'s values."""
    vocab = _vocab(path)
    return np.array([vocab.index(x) for x in names], dtype=np.int16)


def _code(path: str, name: str) -> int:
    return _vocab(path).index(name)


IND = {x: i for i, x in enumerate(INDUSTRIES)}
DIS = {x: i for i, x in enumerate(DISTRICTS)}
N_IND = len(INDUSTRIES)


def _ind_table(values: dict[str, float], default: float = 0.0) -> np.ndarray:
    return np.array([values.get(x, default) for x in INDUSTRIES], dtype=np.float64)


def _ind_mask(names: Any) -> np.ndarray:
    return np.array([x in names for x in INDUSTRIES], dtype=bool)


def _in(codes: np.ndarray, members: Any, size: int) -> np.ndarray:
    """``np.isin(codes, members)`` for small non-negative codes, by a lookup table (faster)."""
    table = np.zeros(size, dtype=bool)
    table[np.asarray(members, dtype=I64)] = True
    return table[codes]


def _industry_in(industry: np.ndarray, *names: str) -> np.ndarray:
    return _ind_mask(names)[industry]


def _p(cond: np.ndarray, p_true: float, p_false: float) -> np.ndarray:
    """Per row: probability ``p_true`` where ``cond``, else ``p_false``."""
    return np.where(cond, p_true, p_false)


EMP_MEDIAN = _ind_table(EMPLOYEES_MEDIAN)
REV_PER_EMP = _ind_table(REVENUE_PER_EMPLOYEE)
HEAVILY = _ind_mask(HEAVILY_AFFECTED_INDUSTRIES)
BUSINESS_PREMISES = _ind_mask(BUSINESS_PREMISES_INDUSTRIES)
KEY_DEFERRAL = _ind_mask(KEY_DEFERRAL_INDUSTRIES)
P_LANDLORD = _ind_table(LANDLORD_SHARE, -1.0)  # -1: not listed (3% of state firms)


def _cum(weights: Any) -> np.ndarray:
    w = np.asarray(list(weights), dtype=np.float64)
    c = np.cumsum(w) / w.sum()
    c[-1] = 1.0
    return c


def _tilted_cums() -> np.ndarray:
    """Per district code: the cumulative tilted industry shares (``INDUSTRY_WEIGHTS`` × ``DISTRICT_TILTS``)."""
    out = np.zeros((len(DISTRICTS), N_IND))
    for d in DISTRICTS:
        tilt = DISTRICT_TILTS.get(d, {})
        out[DIS[d]] = _cum(INDUSTRY_WEIGHTS[i] * tilt.get(i, 1.0) for i in INDUSTRIES)
    return out


TILTED_CUM = _tilted_cums()


# --- numbers ---------------------------------------------------------------------------------------------

def _yuan(x: Any, step: int = 1) -> np.ndarray:
    """Non-negative yuan amounts rounded (half-even, as ``round``) to ``step`` yuan, as integer fen."""
    v = np.maximum(np.rint(np.asarray(x, dtype=np.float64) / step), 0.0) * step
    return np.minimum(v, MONEY_MAX_FEN // 100).astype(I64) * 100


def _fen(x: Any) -> np.ndarray:
    """Non-negative yuan amounts with fen, as integer fen."""
    return np.minimum(np.maximum(np.rint(np.asarray(x, dtype=np.float64) * 100), 0.0), MONEY_MAX_FEN).astype(I64)


def _persons(x: Any) -> np.ndarray:
    """Whole persons, as integers (capped at the profile's 10^7)."""
    return np.minimum(np.rint(np.asarray(x, dtype=np.float64)), HEADCOUNT_MAX).astype(I64)


def _year_month(days: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    months = (days - _EPOCH).astype("datetime64[D]").astype("datetime64[M]").astype(I64)
    return months // 12 + 1970, months % 12 + 1


def _months_to_end_2020(days: np.ndarray) -> np.ndarray:
    """Whole calendar months from each day's month to December 2020 (``synthetic._months_between``)."""
    y, m = _year_month(days)
    return np.maximum(0, (2020 - y) * 12 + 12 - m)


def _year_start(years: np.ndarray) -> np.ndarray:
    return (years - 1970).astype("datetime64[Y]").astype("datetime64[D]").astype(I64) + _EPOCH


# --- one block of firms ----------------------------------------------------------------------------------

class _Sec:
    """A list section while it is generated: per firm the item count and whether the list is given."""

    def __init__(self, counts: np.ndarray, known: np.ndarray) -> None:
        self.known = known
        self.counts = np.where(known, counts, 0).astype(I64)
        self.owner = np.repeat(np.arange(len(known), dtype=I64), self.counts)
        starts = np.cumsum(self.counts) - self.counts
        self.pos = np.arange(len(self.owner), dtype=I64) - np.repeat(starts, self.counts)
        self.k = len(self.owner)
        self.items: dict[str, tuple[np.ndarray, np.ndarray]] = {}


class _Block:
    """Every fact of ``m`` firms, drawn from one generator: values in integer units (fen, hundredths of a person,
    millionths of a rate, day ordinals, enum codes; flags as booleans) and known masks; see :func:`_final`."""

    def __init__(self, rng: np.random.Generator, m: int) -> None:
        self.rng = rng
        self.m = m
        self.facts: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.sections: dict[str, _Sec] = {}
        self.present: dict[str, np.ndarray] = {}

    # draws
    def u(self, k: int) -> np.ndarray:
        return self.rng.random(k)

    def bern(self, p: Any, k: int) -> np.ndarray:
        """True with probability ``p`` (a float32 uniform: 2^-24 resolution is plenty for the declared shares)."""
        return self.rng.random(k, dtype=np.float32) < p

    def keep(self, p_unknown: float, k: int) -> np.ndarray:
        """Known with probability ``1 - p_unknown`` (``synthetic._maybe``)."""
        return self.rng.random(k, dtype=np.float32) >= p_unknown

    def pick(self, weights: Any, k: int) -> np.ndarray:
        """Indices into ``weights`` drawn with those relative weights."""
        return np.searchsorted(_cum(weights), self.rng.random(k), side="right").astype(I64)

    def among(self, values: Any, k: int) -> np.ndarray:
        """Uniform over ``values`` (repeats weigh more: ``rng.choice([12, 12, 24, 36])``)."""
        arr = np.asarray(values)
        return arr[self.rng.integers(0, len(arr), k)]

    def randint(self, a: Any, b: Any, k: int) -> np.ndarray:
        """Uniform integers ``a..b`` inclusive (``random.randint``)."""
        return self.rng.integers(a, np.asarray(b) + 1, k).astype(I64)

    def uniform(self, a: Any, b: Any, k: int) -> np.ndarray:
        return self.rng.uniform(a, b, k)

    def lognormal(self, mu: float, sigma: float, k: int) -> np.ndarray:
        return self.rng.lognormal(mu, sigma, k)

    def day(self, start: Any, end: Any, k: int) -> np.ndarray:
        """Uniform days ``start..end`` inclusive (ordinals; arrays or ints)."""
        start = np.asarray(start, dtype=I64)
        return start + self.rng.integers(0, np.asarray(end, dtype=I64) - start + 1, k)

    def other_district(self, own: np.ndarray) -> np.ndarray:
        """Uniform over the districts other than ``own`` (codes)."""
        k = self.rng.integers(0, len(DISTRICTS) - 1, len(own))
        return (k + (k >= own)).astype(np.int16)

    # storage
    def put(self, path: str, values: Any, known: Any = True, within: Any = None) -> None:
        k = np.broadcast_to(np.asarray(known, dtype=bool), (self.m,))
        if within is not None:
            k = k & within
        self.facts[path] = (np.broadcast_to(np.asarray(values), (self.m,)), k)

    def section(self, path: str, counts: np.ndarray, known: np.ndarray) -> _Sec:
        s = self.sections[path] = _Sec(counts, known)
        self.present[path] = s.known
        return s


def _item(sec: _Sec, field: str, values: Any, known: Any = True) -> None:
    sec.items[field] = (np.broadcast_to(np.asarray(values), (sec.k,)),
                        np.broadcast_to(np.asarray(known, dtype=bool), (sec.k,)))


def _generate(b: _Block) -> dict[str, np.ndarray]:
    """Draw every fact of the block's firms; returns the firm attributes the names need (district)."""
    m = b.m
    # identity
    district = _codes("district", DISTRICT_WEIGHTS)[b.pick(DISTRICT_WEIGHTS.values(), m)]
    u = b.u(m)
    industry = np.zeros(m, dtype=np.int16)
    for d in range(len(DISTRICTS)):
        rows = district == d
        industry[rows] = np.searchsorted(TILTED_CUM[d], u[rows], side="right")
    ownership = _codes("ownership", OWNERSHIP_WEIGHTS)[b.pick(OWNERSHIP_WEIGHTS.values(), m)]
    ownership[industry == IND["hr_services"]] = _code("ownership", "private")
    fin_guar = (industry == IND["finance"]) | (industry == IND["guarantee"])
    ownership[fin_guar & b.bern(0.5, m)] = _code("ownership", "state")
    state = ownership == _code("ownership", "state")
    b.put("district", district)
    b.put("industry", _codes("industry", INDUSTRIES)[industry])  # INDUSTRIES order -> the Literal's
    b.put("ownership", ownership)
    b.put("tax_district", b.other_district(district), b.bern(0.03, m))
    b.put("state_owner_level", _codes("state_owner_level", ["central", "city", "district"])[
        b.pick([20, 40, 40], m)], state)
    ind = industry.astype(I64)

    def is_(*names: str) -> np.ndarray:
        return _industry_in(industry, *names)

    # size figures
    emp = np.maximum(1, _persons(b.lognormal(0, 1.1, m) * EMP_MEDIAN[ind] * np.where(state, 3, 1)))
    revenue = emp * REV_PER_EMP[ind] * b.lognormal(0, 0.6, m)
    assets = revenue * b.lognormal(-0.22, 0.7, m)
    b.put("employees", emp * 100)
    rev_known = b.keep(0.06, m)
    rev_fen = np.where(rev_known, _yuan(revenue, 1000), 0)
    b.put("revenue", rev_fen, rev_known)
    assets_known = b.keep(0.40, m)
    b.put("assets", np.where(assets_known, _yuan(assets, 1000), 0), assets_known)
    declare = b.bern(0.25, m) & rev_known & ~fin_guar
    none = np.zeros(m, dtype=bool)
    classified, undetermined, _ = classify_columns(
        V("enum", np.full(m, -1, dtype=np.int16), none, SIZES),
        V("enum", industry, ~none, tuple(INDUSTRIES)),
        V("num", Rat(emp, 1), ~none),
        V("num", Rat(rev_fen, 100), rev_known),
        V("num", Rat(b.facts["assets"][0], 100), assets_known))
    by_staff = np.select([emp < 10, emp < 100, emp < 300], [0, 1, 2], 3)
    size = np.where(fin_guar, by_staff, classified).astype(np.int16)
    size_known = fin_guar | (declare & ~undetermined)
    size = _codes("size", SIZES)[np.maximum(size, 0)]
    b.put("size", size, size_known)
    sme = np.where(size_known, size != _code("size", "large"), emp < 300)
    heavily = HEAVILY[ind]

    _workforce(b, emp)
    _hires(b, district, emp)
    _trainings(b, emp)
    _social_insurance(b, industry)
    _finances(b, heavily)
    outlet = _outlet(b, industry)
    restart_ind = is_("manufacturing", "construction", "logistics")
    some = restart_ind & b.bern(0.08, m)
    zero = ~some & b.bern(0.6, m)
    b.put("restart_hotel_rent", np.where(some, _yuan(b.uniform(5_000, 200_000, m), 100), 0), some | zero)
    _loans(b, district, revenue, sme)
    _leases(b, district, industry, emp)
    p_landlord = np.where(P_LANDLORD[ind] >= 0, P_LANDLORD[ind], np.where(state, 0.03, 0.0))
    landlord = b.bern(p_landlord, m)
    _landlord(b, landlord, district, state)
    lender = (industry == IND["finance"]) & (ownership != _code("ownership", "collective"))
    _lending(b, lender, district)
    _hr_agency(b, industry == IND["hr_services"], district)
    _qualifications(b, heavily, industry, district)
    # 海淀 GH3 (市区两级只能选择一级): a 海淀 firm that claims a shared measure at the city level names it (3%);
    # the others claim none; unknown for half
    city_level = b.bern(0.03, m)
    chosen = np.empty(m, dtype=object)
    for i, c in enumerate(city_level.tolist()):
        chosen[i] = ("haidian.covid_rd_support",) if c else ()
    b.put("city_level_chosen_for", chosen, (district == DIS["haidian"]) & b.keep(0.5, m))
    _guarantor(b, industry == IND["guarantee"], district)
    _capital_markets(b, emp, district)
    _research_facts(b, industry, emp)
    _city_business_facts(b, district, industry, emp, heavily, rev_fen, outlet)
    _haidian_determinations(b, district)
    return {"district": district}


ASSESSED_GRANT_MEASURES = ("haidian.covid_rd_support", "haidian.national_emergency_project_matching",
                           "haidian.tech_epidemic_control_reward", "haidian.epidemic_supply_production_reward",
                           "haidian.epidemic_control_cost_subsidy_q1")


def _haidian_determinations(b: _Block, district: np.ndarray) -> None:
    """What 海淀 authorities or institutions decided for a firm (issue 9 §4, readings until then): the amounts
    assessed under the grants that set only a ceiling (one or two figures for 5% of 海淀 firms, some above the
    ceiling), the loss share set for a lender (30% of lenders, 20%–70%), the extension granted on a stock pledge (40%
    of pledges, 3–6 months)."""
    m = b.m
    s = b.section("assessed_grants", b.among([1, 1, 2], m), (district == DIS["haidian"]) & b.bern(0.05, m))
    _item(s, "assessed_grants.measure", b.among(_codes("assessed_grants.measure", ASSESSED_GRANT_MEASURES), s.k))
    _item(s, "assessed_grants.amount", _yuan(b.uniform(50_000, 6_000_000, s.k), 10_000))
    b.put("lending.credit_loss_share", np.rint(b.uniform(0.2, 0.7, m) * 100).astype(I64) * 10_000, b.bern(0.3, m),
          b.present.get("lending"))
    pledges = b.sections.get("capital_markets.stock_pledges")
    if pledges is not None:
        _item(pledges, "capital_markets.stock_pledges.extension_months", b.randint(3, 6, pledges.k),
              b.bern(0.4, pledges.k))


def _workforce(b: _Block, emp: np.ndarray) -> None:
    m = b.m
    present = b.bern(0.88, m)
    b.present["workforce"] = present
    insured19 = np.rint(emp * b.uniform(0.75, 1.0, m) * 10) / 10  # to 0.1 person
    insured20 = np.maximum(0.0, np.rint(insured19 * b.rng.normal(0.98, 0.08, m) * 10) / 10)
    laid_off = b.bern(0.15, m)
    dec18 = np.maximum(1, _persons(insured19 * b.uniform(0.95, 1.08, m)))
    attrition = _persons(dec18 * b.uniform(0, 0.03, m))
    dismissed = np.where(laid_off, _persons(dec18 * b.uniform(0.01, 0.12, m)), 0)
    dec19 = np.maximum(0, dec18 - attrition - dismissed + _persons(dec18 * b.uniform(0, 0.05, m)))
    base = b.lognormal(0, 0.35, m) * 7_000
    paid = insured20 * 3 * base * 0.275
    payable = paid * np.where(b.bern(0.10, m), b.uniform(1.0, 1.3, m), 1.0)
    p = 0.08
    w = "workforce."
    b.put(w + "ui_insured_avg_2019", np.rint(insured19 * 10).astype(I64) * 10, b.keep(p, m), present)
    b.put(w + "ui_insured_avg_2020_jan_apr", np.rint(insured20 * 10).astype(I64) * 10, b.keep(p, m), present)
    b.put(w + "employer_si_paid_2020_feb_apr", _fen(paid), b.keep(p, m), present)
    b.put(w + "employer_si_payable_2020_feb_apr", _fen(payable), b.keep(p, m), present)
    b.put(w + "ui_paid_months", b.randint(6, 60, m), b.keep(p, m), present)
    b.put(w + "ui_insured_dec_2018", dec18 * 100, b.keep(p, m), present)
    b.put(w + "ui_insured_dec_2019", dec19 * 100, b.keep(p, m), present)
    b.put(w + "natural_attrition_2019", attrition * 100, b.keep(p, m), present)
    b.put(w + "no_layoffs_2019", ~laid_off, b.keep(p, m), present)
    b.put(w + "ui_insured_employees", np.maximum(0, _persons(insured20)) * 100, b.keep(p, m), present)


def _hires(b: _Block, district: np.ndarray, emp: np.ndarray) -> None:
    m = b.m
    u = b.u(m)
    s = b.section("hires", np.where(u >= 0.72, 1 + b.pick([70, 22, 8], m), 0), u >= 0.12)
    k, own = s.k, s.owner
    r = b.u(k)
    d = district[own]
    hukou = np.select([r < 0.6, r < 0.7, r < 0.78, r < 0.84],
                      [d, DIS["mentougou"], DIS["fangshan"], DIS["daxing"]], b.other_district(d))
    e = emp[own]
    count = np.maximum(1, np.minimum(_persons(b.lognormal(0, 0.8, k) * np.maximum(2, np.sqrt(e))),
                                     np.where(e < 300, 25, 200)))
    hired = b.day(_o(2020, 1, 15), _o(2020, 8, 31), k)
    months = np.where(b.bern(0.10, k), 6, b.among([12, 12, 24, 36], k))
    performed = np.minimum(months, _months_to_end_2020(hired))
    group = _codes("hires.group", HIRE_GROUP_WEIGHTS)[b.pick(HIRE_GROUP_WEIGHTS.values(), k)]
    _item(s, "hires.group", group)
    _item(s, "hires.hukou_district", hukou.astype(np.int16))
    _item(s, "hires.count", count)
    _item(s, "hires.contract_months", months)
    _item(s, "hires.hired_on", hired)
    _item(s, "hires.social_insurance_paid", b.bern(0.92, k), b.keep(0.05, k))
    _item(s, "hires.wage_at_least_minimum", b.bern(0.95, k), b.keep(0.05, k))
    _item(s, "hires.monthly_wage_at_least_1_2x_minimum", b.bern(0.8, k), b.keep(0.2, k))
    _item(s, "hires.contribution_base", _yuan(b.lognormal(0, 0.3, k) * 5_500), b.keep(0.3, k))
    _item(s, "hires.months_performed", performed, b.keep(0.3, k))
    _item(s, "hires.one_off_si_subsidy_share", _yuan(b.uniform(500, 5_000, k) * count), b.bern(0.05, k))
    # the city business rules' facts of each batch
    unemployed = _in(group, _codes("hires.group", ["registered_unemployed", "priority_groups"]),
                     len(_vocab("hires.group")))
    reg = np.where(unemployed, _code("hires.registration", "unemployment"),
                   _codes("hires.registration", ["rural_transfer", "none"])[b.pick([20, 80], k)])
    _item(s, "hires.registration", reg.astype(np.int16), b.keep(0.3, k))
    _item(s, "hires.average_wage_at_least_1_2x_minimum", b.bern(0.8, k), b.keep(0.3, k))
    _item(s, "hires.si_urban_employee_standard", b.bern(0.9, k), b.keep(0.3, k))


def _trainings(b: _Block, emp: np.ndarray) -> None:
    m = b.m
    u = b.u(m)
    s = b.section("trainings", np.where(u < 0.08, b.among([1, 1, 2], m), 0), u < 0.70)
    k = s.k
    n = np.maximum(1, _persons(emp[s.owner] * b.uniform(0.05, 0.8, k)))
    _item(s, "trainings.employees", n)
    _item(s, "trainings.class_hours", b.randint(16, 120, k))
    _item(s, "trainings.completed_on", b.day(_o(2020, 2, 1), _o(2020, 12, 15), k))
    _item(s, "trainings.still_employed", n - _persons(n * b.uniform(0, 0.15, k)))
    _item(s, "trainings.other_subsidy_claimed", np.ones(k, dtype=bool), b.bern(0.05, k))


def _social_insurance(b: _Block, industry: np.ndarray) -> None:
    m = b.m
    present = b.bern(0.70, m)
    b.present["social_insurance"] = present
    p = "social_insurance."
    late = b.bern(0.06, m)
    b.put(p + "late_before_dec_2019", late, True, present)
    b.put(p + "late_made_up", b.bern(0.5, m), late, present)
    b.put(p + "jan_feb_2020_unpaid", b.bern(0.12, m), True, present)
    paid, paid_known = b.facts["workforce.employer_si_paid_2020_feb_apr"]
    monthly = np.where(paid_known, paid, 0) / 100 / 3 * 1.6  # incl. pension/UI/injury
    has_monthly = monthly != 0
    b.put(p + "jan_feb_2020_payable", _fen(2 * monthly), has_monthly & b.keep(0.3, m), present)
    deferral = KEY_DEFERRAL[industry.astype(I64)] & b.bern(0.4, m)
    b.put(p + "july_deferral_applied_on", b.day(_o(2020, 2, 10), _o(2020, 3, 31), m), deferral, present)
    b.put(p + "july_deferral_confirmed", b.bern(0.8, m), deferral & b.keep(0.2, m), present)
    refund = b.bern(0.10, m) & has_monthly
    debited = monthly * 0.7
    b.put(p + "jan_2020_debited", _fen(debited), refund, present)
    b.put(p + "jan_2020_settled_persons", _fen(debited * b.uniform(0, 0.05, m)), refund, present)
    b.put(p + "jan_refund_applied_on", b.day(_o(2020, 2, 5), _o(2020, 3, 31), m), refund, present)


def _finances(b: _Block, heavily: np.ndarray) -> None:
    m = b.m
    present = b.bern(0.30, m)
    b.present["finances"] = present
    change = b.rng.normal(-0.1 - np.where(heavily, 0.15, 0.0), 0.35, m)
    b.put("finances.profit_tax_change_2019", np.rint(np.maximum(-1.0, change) * 1000).astype(I64) * 1000, True,
          present)
    b.put("finances.losses_two_consecutive_quarters", b.bern(np.where(heavily, 0.3, 0.15), m), True, present)
    b.put("finances.loss_q1_2020", b.bern(np.where(heavily, 0.6, 0.3), m), True, present)


def _outlet(b: _Block, industry: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    m = b.m
    retail, catering = industry == IND["retail"], industry == IND["catering"]
    u = b.u(m)
    shop = retail | catering
    shop_other = shop & (u >= 0.35) & (u < 0.65)  # an outlet of type other with no staff listed
    shop_kind = shop & (u < 0.35)
    trade = _industry_in(industry, "wholesale", "logistics") & b.bern(0.04, m)
    retail_kind = _codes("essential_outlet", ["key_supermarket", "chain_convenience_store", "community_vegetable_shop",
                                              "other"])[b.pick([25, 30, 30, 15], m)]
    catering_kind = _codes("essential_outlet", ["public_catering", "other"])[b.pick([70, 30], m)]
    other = _code("essential_outlet", "other")
    kind = np.where(shop_kind & retail, retail_kind, np.where(shop_kind & catering, catering_kind, other))
    known = shop_other | shop_kind | trade
    b.put("essential_outlet", np.where(known, kind, -1).astype(np.int16), known)
    staffed = shop_kind | trade
    two = b.bern(0.3, m)
    s = b.section("frontline_duty", np.where(staffed, np.where(two, 2, 1), 0), known)
    k = s.k
    first = b.day(EPI, _o(2020, 2, 15), k)
    # two teams: one customer-facing, one back-office; one team: customer-facing 80%
    facing = np.where(two[s.owner], s.pos == 0, b.bern(0.8, k))
    _item(s, "frontline_duty.persons", b.randint(2, 30, k))
    _item(s, "frontline_duty.first_day", first)
    _item(s, "frontline_duty.last_day", b.day(first, _o(2020, 4, 30), k))
    _item(s, "frontline_duty.customer_facing", facing)
    return kind, known


def _loans(b: _Block, district: np.ndarray, revenue: np.ndarray, sme: np.ndarray) -> None:
    m = b.m
    u = b.u(m)
    s = b.section("loans", np.where(u >= 0.65, 1 + b.pick([80, 20], m), 0), u >= 0.10)
    k, own = s.k, s.owner
    principal = np.minimum(np.maximum(revenue[own] * b.lognormal(-1.9, 0.9, k), 100_000), 50_000_000)
    principal = np.rint(principal / 10_000) * 10_000
    disbursed = np.where(b.bern(0.15, k), b.day(_o(2019, 3, 1), _o(2019, 12, 31), k),
                         b.day(EPI, _o(2020, 7, 31), k))
    term = b.among([6, 12, 12, 12, 24, 36], k)
    rate = np.rint(b.uniform(0.0345, 0.065, k) * 10_000) / 10_000  # to 4 decimals ("{rate:.4f}")
    months = np.minimum(term, _months_to_end_2020(disbursed))
    _item(s, "loans.principal", _yuan(principal))
    _item(s, "loans.disbursed_on", disbursed)
    _item(s, "loans.term_months", term)
    _item(s, "loans.annual_rate", np.rint(rate * 10_000).astype(I64) * 100)
    _item(s, "loans.interest_paid", _fen(principal * rate * months / 12), b.keep(0.12, k))
    _item(s, "loans.inclusive_finance", b.bern(0.55, k), sme[own] & b.keep(0.1, k))
    d = district[own]
    _item(s, "loans.lender_district", np.where(b.bern(0.7, k), d, b.other_district(d)).astype(np.int16))
    guaranteed = b.bern(0.25, k)
    zero_fee = ~guaranteed & b.bern(0.8, k)
    _item(s, "loans.guarantee_fee", np.where(guaranteed, _yuan(principal * b.uniform(0.01, 0.025, k)), 0),
          guaranteed | zero_fee)
    _item(s, "loans.guarantor_district_government", b.bern(0.6, k), guaranteed)
    _item(s, "loans.other_interest_subsidy", _yuan(principal * 0.01), b.bern(0.05, k))
    # 西城's 与区有关相近政策不重复享受: 5% already subsidised by a similar district policy, unknown for 30%
    _item(s, "loans.similar_district_subsidy", b.bern(0.05, k), b.keep(0.3, k))
    # the 海淀 measures' facts of each loan
    _item(s, "loans.rights_confirmation",
          _codes("loans.rights_confirmation", ["platform", "other", "none"])[b.pick([5, 5, 90], k)], b.keep(0.2, k))
    _item(s, "loans.ma_loan", b.bern(0.02, k), b.keep(0.2, k))
    _item(s, "loans.interest_months_paid", months, b.keep(0.2, k))


def _leases(b: _Block, district: np.ndarray, industry: np.ndarray, emp: np.ndarray) -> None:
    m = b.m
    u = b.u(m)
    s = b.section("leases", np.where(u >= 0.42, np.where(b.bern(0.10, m), 2, 1), 0), u >= 0.07)
    k, own = s.k, s.owner
    landlord = _codes("leases.landlord", LANDLORD_WEIGHTS)[b.pick(LANDLORD_WEIGHTS.values(), k)]
    area = np.maximum(20.0, emp[own] * b.lognormal(2.5, 0.5, k))  # m², median ~12 per person
    rent = area * b.uniform(6, 12, k) * 30
    d = district[own]
    landlord_district = np.where(b.bern(0.8, k), d, b.other_district(d)).astype(np.int16)
    monthly_rent = _yuan(rent, 100)
    _item(s, "leases.landlord", landlord)
    _item(s, "leases.landlord_district", landlord_district)
    _item(s, "leases.use", np.where(BUSINESS_PREMISES[industry[own].astype(I64)], _code("leases.use", "business"),
                                    _code("leases.use", "office")).astype(np.int16))
    _item(s, "leases.monthly_rent", monthly_rent)
    _item(s, "leases.premises_in_beijing", b.bern(0.98, k), b.keep(0.3, k))
    starts = b.bern(0.04, k)
    ends = ~starts & b.bern(0.03, k)
    _item(s, "leases.starts_on", b.day(_o(2020, 2, 1), _o(2020, 4, 30), k), starts)
    _item(s, "leases.ends_on", b.day(_o(2020, 2, 1), _o(2020, 4, 30), k), ends)
    collective = landlord == _code("leases.landlord", "collective")
    _item(s, "leases.landlord_follows_district_terms", b.bern(0.5, k), collective & b.keep(0.4, k))
    waives = _in(landlord, _codes("leases.landlord", ["private", "collective", "park", "individual"]),
                 len(_vocab("leases.landlord")))
    _item(s, "leases.rent_waived", _yuan(rent * b.uniform(0.5, 3, k), 100), waives & b.bern(0.25, k))
    # the 海淀 measures' facts of each lease
    _item(s, "leases.monthly_property_fee", _yuan(monthly_rent // 100 * b.uniform(0.05, 0.15, k), 10),
          b.keep(0.3, k))
    _item(s, "leases.property_manager",
          _codes("leases.property_manager", ["landlord", "district_soe", "other"])[b.pick([60, 10, 30], k)],
          b.keep(0.3, k))
    # the city business rules' facts
    _item(s, "leases.premises_district", np.where(b.bern(0.9, k), d, landlord_district).astype(np.int16),
          b.keep(0.2, k))
    # 朝阳's 经认定后 (the relief recognised for this lease): 80% recognised, unknown for 30%
    _item(s, "leases.relief_recognised", b.bern(0.8, k), b.keep(0.3, k))
    # the landlord's level: follows from a state landlord; for an institution or a collective, mostly district-level
    level = np.select([landlord == _code("leases.landlord", "city_soe"), landlord == _code("leases.landlord", "district_soe")],
                      [_code("leases.landlord_level", "city"), _code("leases.landlord_level", "district")],
                      _codes("leases.landlord_level", ["central", "city", "district"])[b.pick([10, 20, 70], k)])
    inst = _in(landlord, _codes("leases.landlord", ["institution", "collective", "city_soe", "district_soe"]),
               len(_vocab("leases.landlord")))
    _item(s, "leases.landlord_level", level.astype(np.int16), inst & b.keep(0.3, k))


def _landlord(b: _Block, landlord: np.ndarray, district: np.ndarray, state: np.ndarray) -> None:
    m = b.m
    types = ["science_park", "maker_space", "startup_base", "incubator", "cultural_park", "other_carrier",
             "office_building", "mall", "commercial_street", "other"]
    b.put("landlord_premises_type",
          _codes("landlord_premises_type", types)[b.pick([10, 5, 5, 8, 6, 4, 30, 12, 8, 12], m)], landlord)
    # 东城's 商务楼宇 subsidy rate the district set (30%-50%, whole percent, a few outside): for 20% of the landlords
    b.put("commercial_building_subsidy_rate", np.rint(b.uniform(0.25, 0.55, m) * 100).astype(I64) * 10_000,
          landlord & b.bern(0.2, m))
    s = b.section("rent_relief_granted", b.randint(1, 6, m), landlord)
    k, own = s.k, s.owner
    start_month = b.randint(2, 6, k)
    end_month = np.minimum(6, start_month + b.randint(0, 2, k))
    d = district[own]
    tenant_district = np.where(b.bern(0.85, k), d, b.other_district(d)).astype(np.int16)
    p = "rent_relief_granted."
    _item(s, p + "tenant_size", _codes(p + "tenant_size", ["micro", "small", "medium", "large"])[
        b.pick([35, 25, 10, 30], k)])
    _item(s, p + "tenant_district", tenant_district)
    _item(s, p + "use", b.among(_codes(p + "use", ["office", "business"]), k))
    _item(s, p + "amount", _yuan(b.uniform(10_000, 300_000, k) * (end_month - start_month + 1), 100))
    _item(s, p + "period_start", MONTH_START_2020[start_month])
    _item(s, p + "period_end", MONTH_START_2020[end_month + 1] - 1)
    st = state[own]
    _item(s, p + "mandated", st, st | b.keep(0.3, k))  # a state landlord's relief is mandated; else False or unknown
    _item(s, p + "tenant_fits_district_positioning", b.bern(0.7, k), b.keep(0.4, k))
    _item(s, p + "tenant_high_tech", b.bern(0.2, k), b.keep(0.4, k))
    _item(s, p + "tenant_tax_district", b.other_district(tenant_district), b.bern(0.03, k))
    _item(s, p + "subsidised_elsewhere", b.bern(0.05, k), b.keep(0.3, k))
    # 朝阳's 经行业主管部门认定 (the reduction recognised): 80% recognised, unknown for 30%
    _item(s, p + "recognised", b.bern(0.8, k), b.keep(0.3, k))
    # 朝阳 item 2's reward to 商务楼宇 / 商场 operators that cut rent (给予奖励支持, no amount in the text): the share of the
    # rent waived the district set for the operator, 5%–30% in whole percent, known for a fifth of the landlords
    b.put("chaoyang_rent_cut_reward_share", b.randint(5, 30, m) * 10_000, b.bern(0.2, m), landlord)


def _lending(b: _Block, lender: np.ndarray, district: np.ndarray) -> None:
    m = b.m
    b.present["lending"] = lender
    b.put("lending.branch_district", district, True, lender)
    s = b.section("lending.first_loans", b.randint(1, 12, m), lender)
    k = s.k
    p = "lending.first_loans."
    _item(s, p + "amount", _yuan(b.lognormal(0, 1, k) * 2_000_000, 10_000))
    _item(s, p + "disbursed_on", b.day(_o(2020, 1, 1), _o(2020, 9, 30), k))
    _item(s, p + "borrower_size", _codes(p + "borrower_size", ["micro", "small", "medium", "large"])[
        b.pick([35, 35, 15, 15], k)])
    _item(s, p + "borrower_first_ever", b.bern(0.6, k), b.keep(0.2, k))
    d = district[s.owner]
    _item(s, p + "borrower_district", np.where(b.bern(0.8, k), d, b.other_district(d)).astype(np.int16),
          b.keep(0.1, k))
    u = b.u(m)
    s = b.section("lending.credit_loan_losses", np.where(u >= 0.5, b.randint(1, 3, m), 0), lender & (u < 0.8))
    k = s.k
    p = "lending.credit_loan_losses."
    principal = np.rint(b.lognormal(0, 0.8, k) * 1_000_000 / 10_000) * 10_000
    _item(s, p + "principal", _yuan(principal))
    _item(s, p + "lost_principal", _yuan(principal * b.uniform(0.1, 1, k), 100))
    _item(s, p + "disbursed_on", b.day(EPI, _o(2020, 6, 30), k))
    _item(s, p + "borrower_size", b.among(_codes(p + "borrower_size", ["micro", "small", "medium"]), k))
    _item(s, p + "unsecured", b.bern(0.6, k))
    member = b.bern(0.4, m)
    renewals = b.randint(1, 60, m)
    b.put("lending.renewal_center_member", member, True, lender)
    b.put("lending.renewals_count", renewals, member, lender)
    b.put("lending.renewal_loan_amount", _yuan(renewals * b.lognormal(0, 0.7, m) * 3_000_000, 10_000), member, lender)
    _risk_claims(b, "lending.risk_comp_claims", lender, district)


def _risk_claims(b: _Block, path: str, role: np.ndarray, district: np.ndarray) -> None:
    """东城's risk-compensation claims: for half of the 东城 banks (or guarantors), else ``[]``."""
    m = b.m
    claims = (district == DIS["dongcheng"]) & b.bern(0.5, m)
    s = b.section(path, np.where(claims, b.randint(1, 4, m), 0), role)
    k = s.k
    p = path + "."
    line = np.rint(b.lognormal(0, 0.8, k) * 2_000_000 / 10_000) * 10_000
    security = b.among(_codes(p + "security", ["credit", "quasi_credit_pledge", "third_party_guarantee",
                                               "mortgage_residential", "mortgage_commercial"]), k)
    d = district[s.owner]
    _item(s, p + "in_pool", b.bern(0.9, k))
    _item(s, p + "borrower_size", b.among(_codes(p + "borrower_size", ["micro", "small", "medium"]), k))
    _item(s, p + "borrower_district", np.where(b.bern(0.9, k), d, b.other_district(d)).astype(np.int16))
    _item(s, p + "borrower_tier", _codes(p + "borrower_tier", ["culture_plus", "high_end", "none"])[
        b.pick([40, 40, 20], k)])
    _item(s, p + "security", security)
    _item(s, p + "credit_line", _yuan(line))
    _item(s, p + "loss_principal", _yuan(line * b.uniform(0.2, 1, k), 100))
    _item(s, p + "loss_interest", _yuan(line * b.uniform(0.005, 0.05, k)))
    _item(s, p + "matures_on", b.day(_o(2020, 2, 1), _o(2020, 12, 31), k))
    mortgage = _in(security, _codes(p + "security", ["mortgage_residential", "mortgage_commercial"]),
                   len(_vocab(p + "security")))
    _item(s, p + "collateral_value", _yuan(line * b.uniform(0.5, 2, k), 10_000), mortgage)
    _item(s, p + "recovered", _yuan(line * b.uniform(0, 0.3, k), 100), b.bern(0.2, k))
    # the ratio 区金融服务办 set (不超过 60% / 50%), whole percent, some above the ceiling; set for 30% of the claims
    _item(s, p + "compensation_ratio", np.rint(b.uniform(0.3, 0.7, k) * 100).astype(I64) * 10_000, b.bern(0.3, k))


def _hr_agency(b: _Block, agency: np.ndarray, district: np.ndarray) -> None:
    m = b.m
    b.present["hr_agency"] = agency
    s = b.section("hr_agency.placements", b.among([0, 1, 1, 2, 3, 4], m), agency)
    k = s.k
    p = "hr_agency.placements."
    d = district[s.owner]
    _item(s, p + "persons", b.randint(1, 40, k))
    _item(s, p + "placed_on", b.day(_o(2020, 2, 1), _o(2020, 6, 30), k))
    _item(s, p + "key_enterprise", b.bern(0.8, k))
    _item(s, p + "workers_district", np.where(b.bern(0.7, k), d, b.other_district(d)).astype(np.int16))
    _item(s, p + "si_months", b.randint(0, 12, k))
    b.put("hr_agency.licensed", b.bern(0.85, m), True, agency)
    b.put("hr_agency.tongzhou_hr_park", (district == DIS["tongzhou"]) & b.bern(0.4, m), True, agency)
    some = b.bern(0.4, m)
    b.put("hr_agency.fees_waived_for_local_firms", np.where(some, _yuan(b.uniform(5_000, 200_000, m), 100), 0),
          b.keep(0.3, m), agency)


def _qualifications(b: _Block, heavily: np.ndarray, industry: np.ndarray, district: np.ndarray) -> None:
    m = b.m
    b.present["qualifications"] = np.ones(m, dtype=bool)

    def is_(*names: str) -> np.ndarray:
        return _industry_in(industry, *names)

    # the same groups as synthetic's _qualifications and _city_business_facts
    tech = is_("software", "rnd_design", "fintech", "medical", "internet_services", "telecom")
    maker = is_("manufacturing", "medical")
    supplier = is_("retail", "wholesale", "logistics", "agriculture")
    probs: dict[str, tuple[Any, float]] = {
        "heavily_affected": (_p(heavily, 0.7, 0.35), 0.15),
        "fits_capital_function": (_p(tech, 0.6, 0.3), 0.25),
        "in_restricted_catalog": (0.02, 0.2),
        "serious_dishonesty_list": (0.01, 0.15),
        "no_layoffs": (0.8, 0.2),
        "epidemic_control_participant": (0.05, 0.3),
        "high_tech_enterprise": (_p(tech, 0.45, 0.05), 0.2),
        "temporary_difficulty": (_p(heavily, 0.5, 0.2), 0.3),
        "job_stabilisation_measures": (0.6, 0.3),
        "fits_district_positioning": (0.6, 0.3),
        "open_or_closed_per_rules": (0.9, 0.3),
        "epidemic_supply_output_increased": (_p(maker, 0.15, 0.0), 0.3),
        "necessities_supply_increased": (_p(supplier, 0.3, 0.02), 0.3),
        "key_enterprise_kept_operating": (0.1, 0.3),
        "existing_plant_epidemic_supply_line": (_p(maker, 0.05, 0.0), 0.3),
        "epidemic_rnd_breakthrough": (_p(tech | is_("medical"), 0.03, 0.0), 0.3),
        "epidemic_supply_outstanding_contribution": (_p(supplier | maker, 0.05, 0.0), 0.3),
    }
    for key, (p_true, p_unknown) in probs.items():
        b.put("qualifications." + key, b.bern(p_true, m), b.keep(p_unknown, m))
    # 石景山's 经认定后: recognised only where heavily affected (true implies heavily_affected); the outlet's recognition
    heavy, heavy_known = b.facts["qualifications.heavily_affected"]
    b.put("qualifications.heavily_affected_recognised", heavy & b.bern(0.7, m), heavy_known & b.keep(0.4, m))
    b.put("qualifications.essential_outlet_recognised", b.bern(0.7, m), b.keep(0.5, m))
    # 海淀's 经相关部门评定 and 通州's 经认定 (recognitions the texts make conditions): known for half the firms
    for key in ("tech_epidemic_control_recognised", "epidemic_supply_production_recognised",
                "tongzhou_epidemic_supply_producer_recognised"):
        b.put("qualifications." + key, b.bern(0.6, m), b.keep(0.5, m))
    # the city business rules' flags
    producer = b.bern(_p(maker, 0.06, 0.0), m)
    haidian = district == DIS["haidian"]
    zone_near = _in(district, [DIS[x] for x in ("changping", "chaoyang", "fengtai", "daxing", "shijingshan")],
                    len(DISTRICTS))
    flags: list[tuple[str, Any, float]] = [
        ("good_credit_epidemic_contribution", 0.03, 0.3),
        ("kept_supplies_during_epidemic", np.select([industry == IND["retail"], supplier], [0.4, 0.2], 0.01), 0.25),
        ("epidemic_supply_producer", _p(producer, 1.0, 0.0), 0.25),
        ("accepts_government_allocation", _p(producer, 0.8, 0.02), 0.3),
        ("epidemic_or_necessities_supplier", np.select([supplier, maker], [0.3, 0.05], 0.0), 0.25),
        ("affected_by_epidemic", 0.9, 0.15),
        ("tax_payment_difficulty", _p(heavily, 0.3, 0.1), 0.3),
        ("zgc_high_tech_enterprise", np.where(tech, _p(haidian, 0.4, 0.15), 0.01), 0.25),
        ("in_zgc_zone", np.select([haidian, zone_near], [0.7, 0.2], 0.05), 0.25),
    ]
    for key, p_true, p_unknown in flags:
        b.put("qualifications." + key, b.bern(p_true, m), b.keep(p_unknown, m))
    # 朝阳 items 11 / 13 (给予奖励支持, no amount in the text): the reward the district granted, 50,000–1,000,000 yuan,
    # known for half of the firms with the recognised achievement
    for key, flag in (("chaoyang_rnd_breakthrough_reward", "epidemic_rnd_breakthrough"),
                      ("chaoyang_supply_contribution_reward", "epidemic_supply_outstanding_contribution")):
        done, done_known = b.facts["qualifications." + flag]
        b.put(key, _yuan(b.uniform(50_000, 1_000_000, m), 10_000), done & done_known & b.bern(0.5, m))
    # 西城 （十二）: the grant assessed for a third of the firms known to be recognised (10,000–500,000 yuan)
    good, good_known = b.facts["qualifications.good_credit_epidemic_contribution"]
    b.put("xicheng_contribution_grant_assessed", _yuan(b.uniform(10_000, 500_000, m), 1_000),
          good & good_known & b.bern(0.3, m))


def _guarantor(b: _Block, guarantor: np.ndarray, district: np.ndarray) -> None:
    m = b.m
    b.present["guarantor"] = guarantor
    member = b.bern(0.5, m)
    b.put("guarantor.renewal_center_member", member, True, guarantor)
    b.put("guarantor.renewal_guarantee_amount", _yuan(b.lognormal(0, 1, m) * 50_000_000, 10_000), member, guarantor)
    b.put("guarantor.district", district, True, guarantor)
    s = b.section("guarantor.discounted_guarantees", b.among([0, 1, 3, 6], m), guarantor)
    k = s.k
    p = "guarantor.discounted_guarantees."
    original = b.uniform(0.015, 0.03, k)
    d = district[s.owner]
    _item(s, p + "amount", _yuan(b.lognormal(0, 0.8, k) * 3_000_000, 10_000))
    _item(s, p + "original_rate", np.rint(original * 10_000).astype(I64) * 100)
    _item(s, p + "discounted_rate", np.rint(original * b.uniform(0.3, 0.8, k) * 10_000).astype(I64) * 100)
    _item(s, p + "term_months", b.among([6, 12, 12, 24], k))
    _item(s, p + "granted_on", b.day(EPI, _o(2020, 9, 30), k))
    _item(s, p + "borrower_size", b.among(_codes(p + "borrower_size", ["micro", "small", "medium"]), k))
    _item(s, p + "borrower_severely_affected", b.bern(0.5, k))
    _item(s, p + "borrower_district", np.where(b.bern(0.85, k), d, b.other_district(d)).astype(np.int16))
    _item(s, p + "borrower_supply_firm", b.bern(0.2, k))
    # 西城's 经认定后 (the discounted guarantee recognised): 80% recognised, unknown for 30%
    _item(s, p + "recognised", b.bern(0.8, k), b.keep(0.3, k))
    _risk_claims(b, "guarantor.risk_comp_claims", guarantor, district)


def _capital_markets(b: _Block, emp: np.ndarray, district: np.ndarray) -> None:
    m = b.m
    cm = b.bern(0.25, m)
    b.present["capital_markets"] = cm
    big = emp >= 300
    listed = b.bern(np.where(big, 0.25, 0.02), m)
    pre_ipo = ~listed & b.bern(0.05, m)
    p = "capital_markets."
    vocab = _codes(p + "direct_financing_approval", ["approved", "registered", "none"])
    approval = np.where(big, vocab[b.pick([15, 15, 70], m)], vocab[b.pick([3, 3, 94], m)]).astype(np.int16)
    issued = approval != vocab[2]
    b.put(p + "listed", listed, True, cm)
    b.put(p + "pre_ipo", pre_ipo, True, cm)
    b.put(p + "direct_financing_approval", approval, True, cm)
    b.put(p + "direct_financing_national_strategy", b.bern(0.5, m), issued, cm)
    b.put(p + "direct_financing_intermediary_fees", _yuan(b.uniform(200_000, 3_000_000, m), 1_000), issued, cm)
    b.put(p + "listing_intermediary_fees", _yuan(b.uniform(1_000_000, 8_000_000, m), 1_000), pre_ipo, cm)
    s = b.section(p + "stock_pledges", b.among([0, 0, 1, 2], m), cm & listed)
    k = s.k
    d = district[s.owner]
    _item(s, p + "stock_pledges.matures_on", b.day(_o(2020, 2, 1), _o(2020, 12, 31), k))
    _item(s, p + "stock_pledges.repayment_difficulty", b.bern(0.3, k))
    _item(s, p + "stock_pledges.pledgee_district", np.where(b.bern(0.5, k), d, b.other_district(d)).astype(np.int16))
    # 西城 （八）: the extension the institution agreed (3 to 6 months), known for a fifth of the pledges
    _item(s, p + "stock_pledges.extension_months", b.among([3, 4, 5, 6], k), b.keep(0.8, k))


def _research_facts(b: _Block, industry: np.ndarray, emp: np.ndarray) -> None:
    """The 海淀 measures' qualifications, ``enterprise`` and the amounts that go with them."""
    m = b.m

    def is_(*names: str) -> np.ndarray:
        return _industry_in(industry, *names)

    research = is_("medical", "rnd_design", "healthcare")
    tech = is_("software", "internet_services", "telecom", "fintech", "rnd_design")
    maker = is_("manufacturing", "medical")
    q = "qualifications."
    engaged = research & b.bern(0.1, m)
    b.put(q + "covid_rd_engaged", engaged, b.keep(0.3, m))
    b.put(q + "covid_rd_developed", engaged & b.bern(0.3, m), b.keep(0.3, m))
    vocab = _codes(q + "covid_emergency_project", ["national", "city", "none"])
    project = np.where(engaged, vocab[b.pick([10, 20, 70], m)], vocab[2]).astype(np.int16)
    b.put(q + "covid_emergency_project", project, b.keep(0.3, m))
    applied = tech & b.bern(0.08, m)
    b.put(q + "tech_epidemic_control_applied", applied, b.keep(0.3, m))
    picks = b.u(3 * m).reshape(m, 3) < 0.4
    contributions = np.empty(m, dtype=object)
    options = ("epidemic_control", "production", "city_operation")
    table = [tuple(c for c, on in zip(options, bits, strict=True) if on)
             for bits in ((i >> 2 & 1, i >> 1 & 1, i & 1) for i in range(8))]
    combo = (picks[:, 0] * 4 + picks[:, 1] * 2 + picks[:, 2]).astype(I64)
    lut = np.empty(8, dtype=object)
    lut[:] = table
    contributions[:] = lut[combo]
    b.put(q + "tech_epidemic_control_contributions", contributions, applied)
    b.put(q + "epidemic_supply_emergency_production", maker & b.bern(0.06, m), b.keep(0.3, m))
    high_cost = b.bern(np.where(is_("manufacturing", "construction", "medical"), 0.12, 0.02), m)
    b.put(q + "high_epidemic_cost_operation", high_cost, b.keep(0.3, m))
    b.put(q + "q1_2020_growth_contribution", b.bern(0.04, m), b.keep(0.3, m))
    b.put("enterprise", np.ones(m, dtype=bool), b.keep(0.2, m))
    b.put("national_emergency_project_funding", _yuan(b.uniform(500_000, 20_000_000, m), 10_000),
          project == vocab[0])
    b.put("epidemic_control_costs", _yuan(emp * b.uniform(300, 3_000, m), 100), high_cost)


FEE_KINDS = ("sewage_treatment", "special_equipment_inspection", "road_occupation", "other_admin")


def _fee_kinds() -> tuple[np.ndarray, np.ndarray]:
    """Per industry: how many fees a fee-paying firm lists and the kind of each (``synthetic`` by industry)."""
    counts = np.zeros(N_IND, dtype=I64)
    kinds = np.zeros((N_IND, 2), dtype=np.int16)
    for name, i in IND.items():
        ks = ((["sewage_treatment"] if name in ("catering", "accommodation", "manufacturing", "healthcare") else [])
              + (["special_equipment_inspection"] if name in ("manufacturing", "retail", "accommodation",
                                                              "ice_snow_sports") else [])
              + (["road_occupation"] if name == "construction" else [])) or ["other_admin"]
        counts[i] = len(ks)
        kinds[i, :len(ks)] = _codes("fees.fee", ks)
    return counts, kinds


FEE_COUNTS, FEE_TABLE = _fee_kinds()


def _city_business_facts(b: _Block, district: np.ndarray, industry: np.ndarray, emp: np.ndarray,
                         heavily: np.ndarray, rev_fen: np.ndarray, outlet: tuple[np.ndarray, np.ndarray]) -> None:
    m = b.m

    def is_(*names: str) -> np.ndarray:
        return _industry_in(industry, *names)

    tech = is_("software", "internet_services", "telecom", "fintech", "rnd_design", "medical")
    year = 2019 - np.minimum(24, np.floor(b.rng.exponential(7, m)).astype(I64))
    start = _year_start(year)
    b.put("established_on", b.day(start, _year_start(year + 1) - 1, m), b.keep(0.2, m))
    revenue = rev_fen / 100  # the profile's revenue (0 when left out)
    b.put("rd_expense_2019", np.where(tech, _yuan(revenue * b.uniform(0.03, 0.15, m), 1_000), 0), b.keep(0.3, m))
    # the grant the 中关村管委会 assessed (not yet assessed for most): 10,000–200,000 yuan for 2% of the tech firms
    b.put("zgc_rd_subsidy_assessed", _yuan(b.uniform(10_000, 200_000, m), 1_000), tech & b.bern(0.02, m))
    # 东城's one-off supply reward 区商务局 granted (no amount in the text): 10,000–500,000 yuan for 2% of the firms
    b.put("supply_guarantee_reward_granted", _yuan(b.uniform(10_000, 500_000, m), 1_000), b.bern(0.02, m))
    for key, p_some, scale in (("city_tou_dai_jiang_award_2019", np.where(tech, 0.03, 0.0), 500_000),
                               ("city_fang_zu_tong_subsidy", 0.03, 200_000)):
        some = b.bern(p_some, m)
        b.put(key, np.where(some, _yuan(b.uniform(0.05, 1, m) * scale, 100), 0), b.keep(0.3, m))
    # fees
    u = b.u(m)
    ind = industry.astype(I64)
    s = b.section("fees", np.where(u < 0.3, FEE_COUNTS[ind], 0), u < 0.7)
    k = s.k
    kind = FEE_TABLE[ind[s.owner], s.pos]
    start = b.day(_o(2020, 2, 1), _o(2020, 6, 30), k)
    _item(s, "fees.fee", kind)
    _item(s, "fees.amount", _yuan(b.lognormal(0, 1, k) * 5_000, 10))
    _item(s, "fees.start", start)
    _item(s, "fees.end", b.day(start, _o(2020, 6, 30), k), kind != _code("fees.fee", "special_equipment_inspection"))
    _item(s, "fees.construction_works", b.bern(0.7, k), kind == _code("fees.fee", "road_occupation"))
    _item(s, "fees.billed_on", b.day(start, _o(2020, 7, 31), k), b.keep(0.3, k))
    _item(s, "fees.district", district[s.owner])
    # why a fee period was extended (东城 item 2): none 80%, the epidemic 15%, another cause 5%; unknown for 40%
    _item(s, "fees.extension", _codes("fees.extension", ["none", "epidemic", "other"])[b.pick([80, 15, 5], k)],
          b.keep(0.4, k))
    # tax deferrals
    u = b.u(m)
    s = b.section("tax_deferrals", (u < 0.05).astype(I64), u < 0.55)
    k = s.k
    p = "tax_deferrals."
    _item(s, p + "kind", b.among(_codes(p + "kind", ["payment", "payment", "filing"]), k))
    _item(s, p + "due_on", b.day(_o(2020, 2, 17), _o(2020, 6, 15), k))
    _item(s, p + "amount", _yuan(revenue[s.owner] * b.uniform(0.005, 0.03, k), 100))
    _item(s, p + "months_requested", b.randint(1, 3, k))
    _item(s, p + "statutory_conditions_met", b.bern(0.7, k))
    # restart
    construction = industry == IND["construction"]
    restart = is_("manufacturing", "construction") & b.bern(0.3, m)
    b.present["restart"] = restart
    applied = b.day(_o(2020, 2, 3), _o(2020, 3, 31), m)
    buses = b.bern(0.2, m)
    r = "restart."
    b.put(r + "key_construction_project", construction & b.bern(0.3, m), True, restart)
    b.put(r + "applied_on", applied, True, restart)
    b.put(r + "resumed_on", b.day(applied, _o(2020, 4, 30), m), True, restart)
    b.put(r + "chartered_buses", buses, True, restart)
    b.put(r + "labour_headcount", np.maximum(1, _persons(emp * b.uniform(0.2, 1, m))), buses, restart)
    b.put(r + "charter_cost_per_head", _yuan(b.uniform(100, 1_500, m)), buses, restart)
    b.put(r + "tongzhou_commute_recognised", b.bern(0.7, m), b.keep(0.4, m), restart)
    # outlets, notary fees, ice and snow venues
    kind, known = outlet
    essential = known & (kind != _code("essential_outlet", "other"))
    b.put("essential_outlet_rent", _yuan(b.uniform(10_000, 100_000, m) * 3, 100), essential & b.keep(0.3, m))
    # 通州 （三）: the support ratios granted to an essential outlet (facts of the firm), for a third of them
    granted = essential & b.bern(0.35, m)
    b.put("tongzhou_outlet_support_rate", np.rint(b.uniform(0.5, 0.9, m) * 100).astype(I64) * 10_000, granted)
    b.put("tongzhou_outlet_city_support_rate", np.rint(b.uniform(0.5, 0.7, m) * 100).astype(I64) * 10_000,
          granted & b.keep(0.3, m))
    # 顺义 items 1 and 8 (适度奖励和支持): the reward granted to the firm, for a few 顺义 makers and suppliers
    shunyi_firm = district == DIS["shunyi"]
    b.put("shunyi_supply_reward_granted", _yuan(b.uniform(10_000, 200_000, m), 1_000),
          shunyi_firm & is_("manufacturing", "medical", "retail", "wholesale", "logistics", "agriculture")
          & b.bern(0.1, m))
    b.put("shunyi_idle_plant_reward_granted", _yuan(b.uniform(10_000, 300_000, m), 1_000),
          shunyi_firm & is_("manufacturing", "medical") & b.bern(0.05, m))
    b.put("force_majeure_notary_fees", _yuan(b.uniform(500, 20_000, m), 10), b.bern(0.01, m))
    venue = industry == IND["ice_snow_sports"]
    b.present["ice_snow_venue"] = venue
    v = "ice_snow_venue."
    snow = b.bern(0.5, m)
    b.put(v + "kind", np.where(snow, _code(v + "kind", "snow"), _code(v + "kind", "ice")).astype(np.int16), True,
          venue)
    b.put(v + "cit_receipts_2017_2019", b.bern(0.7, m), True, venue)
    b.put(v + "applied_on", b.day(_o(2020, 3, 1), _o(2020, 6, 30), m), True, venue)
    area = np.where(snow, b.uniform(20_000, 300_000, m), b.uniform(800, 3_000, m))
    b.put(v + "area_m2", _yuan(area, 10), True, venue)  # whole 10 m², in hundredths like money
    b.put(v + "ski_permit", b.bern(0.9, m), snow, venue)


# --- assembly --------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def denominators() -> dict[str, int]:
    """The fixed denominator of every number fact: money, headcounts and areas 100, rates and changes 10^6,
    counts 1 (read from the profile's types)."""
    from .profile.firm import Firm

    schema = firm_schema()
    out: dict[str, int] = {}
    for path, spec in schema.facts.items():
        if spec.kind not in ("money", "number", "count"):
            continue
        model: Any = Firm if spec.section is None else schema.sections[spec.section].model
        for name in spec.parents[:-1]:
            model = _inner(model.model_fields[name].annotation)
        ann = _inner(model.model_fields[spec.parents[-1]].annotation)
        kinds = [m for m in typing.get_args(ann)[1:] if isinstance(m, _types.Kind)]
        kind = kinds[0] if kinds else None
        if kind in (_types.MONEY_KIND, _types.HEADCOUNT_KIND, _types.AREA_KIND):
            out[path] = 100
        elif kind in (_types.RATE_KIND, _types.SHARE_KIND):
            out[path] = 10**6
        elif kind in (_types.COUNT_KIND, _types.MONTHS_KIND):
            out[path] = 1
        else:  # pragma: no cover - a new number type must declare its scale here
            raise TypeError(f"{path}: no fixed denominator for {ann!r}")
    return out


def _inner(ann: Any) -> Any:
    args = [a for a in typing.get_args(ann) if a is not type(None)]
    if typing.get_origin(ann) in (typing.Union, __import__("types").UnionType) and len(args) == 1:
        ann = args[0]
    return ann


_DTYPES = {"money": I64, "number": I64, "count": I64, "flag": np.int8, "date": I64, "enum": np.int16,
           "text": object, "strlist": object}


def _final(kind: str, values: np.ndarray, known: np.ndarray) -> np.ndarray:
    """Generated values in the column's form: Kleene codes for flags, and what ``column`` leaves in unknown rows
    (0, −1 for an enum, 1 for a flag, ``None``)."""
    if kind == "flag":
        codes = values.astype(np.int8) << 1
        codes[~known] = U
        return codes
    if kind in ("text", "strlist"):
        out = np.empty(len(known), dtype=object)
        out[known] = values[known]
        return out
    return np.where(known, values, -1 if kind == "enum" else 0).astype(_DTYPES[kind])


def _v(spec: FactSpec, data: np.ndarray, known: np.ndarray) -> V:
    """A column of ``spec``'s kind from final-form data (see :func:`_final`)."""
    kind = spec.kind
    if kind in ("money", "number", "count"):
        return V("num", Rat(data, denominators()[spec.path]), known)
    if kind == "flag":
        return bool_v(data)
    if kind == "enum":
        return V("enum", data, known, spec.values)
    return V(kind if kind in ("date", "text") else "strlist", data, known)


def _names(district: np.ndarray, first: int) -> np.ndarray:
    """``"合成<区>企业NNNNNN"`` for firms ``first, first + 1, …`` (no Python loop: numpy's string functions)."""
    strings = getattr(np, "strings", np.char)
    prefix = np.array(["合成" + DISTRICT_ZH[d].removesuffix("区") + "企业" for d in DISTRICTS])
    numbers = strings.zfill(np.arange(first, first + len(district)).astype(np.str_), 6)
    return strings.add(prefix[district.astype(I64)], numbers).astype(object)


def _block(seed: int, index: int) -> tuple[_Block, dict[str, np.ndarray]]:
    rng = np.random.Generator(np.random.PCG64(np.random.SeedSequence([seed, index])))
    b = _Block(rng, BLOCK)
    attrs = _generate(b)
    return b, attrs


def synthetic_tables(n: int, seed: int = 0, start: int = 0) -> TablesSource:
    """Firms ``start .. start + n - 1`` of the synthetic registry ``seed``, as columns (see the module docstring).

    The same firm numbers give the same firms whatever ``n`` and ``start``: a registry can be generated in
    partitions. Columns: ``Columns(t.n, t)``; profiles: :func:`profiles`.
    """
    if n < 0:
        raise ValueError(f"n: a number of firms is never negative, got {n}")
    if start < 0:
        raise ValueError(f"start: a firm number is never negative, got {start}")
    if seed < 0:
        raise ValueError(f"seed: a seed is a non-negative integer, got {seed}")
    schema = firm_schema()
    # firm-level columns are written in place, block by block (no pieces to concatenate: a million firms' columns
    # are allocated once); item columns are collected per block in their final form and concatenated per column
    data: dict[str, np.ndarray] = {"name": np.empty(n, dtype=object)}
    known: dict[str, np.ndarray] = {"name": np.ones(n, dtype=bool)}
    present: dict[str, np.ndarray] = {}
    secs: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
    sec_known: dict[str, np.ndarray] = {}
    items: dict[str, dict[str, list[tuple[np.ndarray, np.ndarray]]]] = {}
    row = 0
    end = start + n
    for index in range(start // BLOCK, (end - 1) // BLOCK + 1 if n else 0):
        b, attrs = _block(seed, index)
        lo = max(start, index * BLOCK) - index * BLOCK
        hi = min(end, (index + 1) * BLOCK) - index * BLOCK
        rows = slice(row, row + hi - lo)
        for path, (values, kn) in b.facts.items():
            kind = schema.facts[path].kind
            if path not in data:
                data[path] = np.empty(n, dtype=_DTYPES[kind])
                known[path] = np.empty(n, dtype=bool)
            data[path][rows] = _final(kind, values[lo:hi], kn[lo:hi])
            known[path][rows] = kn[lo:hi]
        for path, mask in b.present.items():
            present.setdefault(path, np.empty(n, dtype=bool))[rows] = mask[lo:hi]
        for path, s in b.sections.items():
            a, z = np.searchsorted(s.owner, [lo, hi], side="left")
            secs.setdefault(path, []).append((s.owner[a:z] - lo + row, s.pos[a:z].copy()))
            sec_known.setdefault(path, np.empty(n, dtype=bool))[rows] = s.known[lo:hi]
            per = items.setdefault(path, {})
            for ipath, (values, kn) in s.items.items():
                kk = kn[a:z].copy()
                per.setdefault(ipath, []).append((_final(schema.facts[ipath].kind, values[a:z], kk), kk))
        data["name"][rows] = _names(attrs["district"][lo:hi], index * BLOCK + lo)
        row += hi - lo
        del b, attrs
    facts = {path: _v(schema.facts[path], data.pop(path), known.pop(path)) for path in list(data)}
    sections: dict[str, tuple[Section, dict[str, V]]] = {}
    for path in list(secs):
        parts = secs.pop(path)
        owner = _cat([p[0] for p in parts])
        sec = Section(owner, _cat([p[1] for p in parts]), sec_known.pop(path), len(owner))
        cols: dict[str, V] = {}
        for ipath in list(items[path]):
            ip = items[path].pop(ipath)
            cols[ipath] = _v(schema.facts[ipath], _cat([p[0] for p in ip]), _cat([p[1] for p in ip]))
            del ip
        sections[path] = (sec, cols)
    return TablesSource(n, facts, sections, present)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


# --- decoding --------------------------------------------------------------------------------------------

def _number(n: int, d: int) -> str:
    """The exact decimal string of ``n / d`` in its shortest form (``"1200"``, ``"42.5"``, ``"0.0435"``)."""
    f = Fraction(n, d)
    if f.denominator == 1:
        return str(f.numerator)
    k = 1
    while (10**k) % f.denominator:
        k += 1
        if k > 40:
            raise ValueError(f"{n}/{d} has no finite decimal form")
    return format(Decimal(f.numerator * (10**k // f.denominator)).scaleb(-k), "f")


def _python(v: V, spec: FactSpec, idx: np.ndarray) -> list[Any]:
    """The values of rows ``idx`` of a column as the profile's JSON values (``None`` unknown)."""
    known = v.known[idx].tolist()
    kind = spec.kind
    if kind in ("money", "number", "count"):
        r = v.data
        nums = r.n[idx].tolist()
        dens = r.d[idx].tolist() if isinstance(r.d, np.ndarray) else [r.d] * len(idx)
        if kind == "count":
            return [int(Fraction(a, c)) if k else None for a, c, k in zip(nums, dens, known, strict=True)]
        return [_number(a, c) if k else None for a, c, k in zip(nums, dens, known, strict=True)]
    data = v.data[idx]
    if kind == "flag":
        return [None if c == 1 else c == 2 for c in data.tolist()]
    if kind == "date":
        return [date.fromordinal(x).isoformat() if k else None for x, k in zip(data.tolist(), known, strict=True)]
    if kind == "enum":
        vocab = v.vocab or spec.values
        return [vocab[c] if k else None for c, k in zip(data.tolist(), known, strict=True)]
    if kind == "strlist":
        return [list(x) if k else None for x, k in zip(data.tolist(), known, strict=True)]
    return [x if k else None for x, k in zip(data.tolist(), known, strict=True)]


@lru_cache(maxsize=1)
def _plan() -> list[tuple[str, str, Any]]:
    """The profile's fields in declaration order: ``(kind, path, sub-plan or spec)`` (kind: fact, model, section)."""
    from pydantic import BaseModel

    from .profile.firm import Firm

    schema = firm_schema()

    def walk(model: type[BaseModel], chain: tuple[str, ...], section: str | None,
             item_chain: tuple[str, ...]) -> list[tuple[str, str, Any]]:
        out: list[tuple[str, str, Any]] = []
        for name, f in model.model_fields.items():
            ann = _inner(f.annotation)
            here, in_item = chain + (name,), item_chain + (name,)
            path = ".".join(here)
            inner = typing.get_args(ann)[0] if typing.get_origin(ann) is list else None
            if inner is not None and isinstance(inner, type) and issubclass(inner, BaseModel):
                out.append(("section", path, walk(inner, here, path, ())))
            elif isinstance(ann, type) and issubclass(ann, BaseModel):
                out.append(("model", path if section is None else ".".join(in_item),
                            walk(ann, here, section, in_item)))
            else:
                key = path if section is None else f"{section}.{'.'.join(in_item)}"
                out.append(("fact", key, schema.facts[key]))
        return out

    return walk(Firm, (), None, ())


def profiles(tables: TablesSource, rows: Any = None) -> list[dict[str, Any]]:
    """Rows ``rows`` (default: all) of ``tables`` as JSON-ready profile dicts that validate as :class:`Firm`.

    Money and other numbers as exact decimal strings, counts as ints, dates ISO; an unknown fact is left out; a
    list the firm gives is a list (``[]``: none), a list not given is left out; a sub-model is a dict when the
    firm gives it, else left out.
    """
    idx = np.arange(tables.n, dtype=I64) if rows is None else np.asarray(rows, dtype=I64).reshape(-1)
    count = len(idx)

    # per firm-level fact, per sub-model and per section: the decoded values of the rows
    def build(plan: list[tuple[str, str, Any]], take: Any, size: int, fact: Any, present: Any,
              section: Any) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = [{} for _ in range(size)]
        for kind, path, sub in plan:
            if kind == "fact":
                vals = fact(sub, take)
                for d, x in zip(out, vals, strict=True):
                    if x is not None:
                        d[path.rsplit(".", 1)[-1]] = x
            elif kind == "model":
                mask = present(path, take)
                if not mask.any():
                    continue
                inner = build(sub, take, size, fact, present, section)
                key = path.rsplit(".", 1)[-1]
                for d, x, on in zip(out, inner, mask.tolist(), strict=True):
                    if on:
                        d[key] = x
            else:
                lists = section(path, sub, take)
                key = path.rsplit(".", 1)[-1]
                for d, x in zip(out, lists, strict=True):
                    if x is not None:
                        d[key] = x
        return out

    def firm_fact(spec: FactSpec, take: Any) -> list[Any]:
        return _python(tables.fact(spec, tables.n), spec, take)

    def firm_present(path: str, take: Any) -> Any:
        return np.asarray(tables.present(path, tables.n))[take]

    def firm_section(path: str, plan: list[tuple[str, str, Any]], take: Any) -> list[Any]:
        sec = tables.section(path, tables.n)
        known = np.asarray(sec.known)[take]
        owner = np.asarray(sec.owner)
        order = np.lexsort((np.asarray(sec.pos), owner))  # by firm, then position in its list
        lo = np.searchsorted(owner[order], take, side="left")
        hi = np.searchsorted(owner[order], take, side="right")
        item_idx = (np.concatenate([order[a:z] for a, z in zip(lo.tolist(), hi.tolist(), strict=True)])
                    if len(take) else np.zeros(0, dtype=I64))

        def item_fact(spec: FactSpec, t: Any) -> list[Any]:
            return _python(tables.item_fact(spec, sec), spec, t)

        def item_present(p: str, t: Any) -> Any:  # pragma: no cover - the profile has no sub-model inside an item
            raise TypeError(f"{p}: a sub-model inside a list item has no presence column")

        decoded = build(plan, item_idx, len(item_idx), item_fact, item_present, None)
        out: list[Any] = []
        j = 0
        for on, a, z in zip(known.tolist(), lo.tolist(), hi.tolist(), strict=True):
            out.append(decoded[j:j + z - a] if on else None)
            j += z - a
        return out

    return build(_plan(), idx, count, firm_fact, firm_present, firm_section)


__all__ = ["BLOCK", "denominators", "profiles", "synthetic_tables"]
