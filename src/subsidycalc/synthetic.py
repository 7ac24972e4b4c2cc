"""A seeded generator of a synthetic firm registry, for portfolio costing, notebooks and benchmarks.

>>> from subsidycalc.synthetic import synthetic_firms
>>> firms = synthetic_firms(3, seed=1)
>>> firms == synthetic_firms(3, seed=1)          # same seed, same firms
True
>>> import subsidycalc as sc
>>> sc.Firm.model_validate(firms[0]).district == firms[0]["district"]
True

``synthetic_firms(n, seed)`` returns ``n`` JSON-ready profile dicts that validate as :class:`subsidycalc.Firm`
(money as decimal strings, dates ISO, counts as integers); ``synthetic_frame(n, seed)`` returns the same firms
as a pandas DataFrame of flat dotted columns (``workforce.ui_insured_avg_2019``, ``loans.0.principal``) that
:func:`subsidycalc.estimate_many` accepts. Generation uses only ``random.Random(seed)`` from the standard
library, so a seed gives the same registry on every machine and Python 3.11+ release.

**Every figure below is illustrative.** The weights and distributions were chosen to give a plausible mix of
cases for the measures (every role, every district, a spread of sizes, some facts unknown); they are NOT
statistics of Beijing's firms and nothing computed over a synthetic registry estimates the real cost of the
2020 measures.

Distributions (all illustrative)
--------------------------------

Identity
    ``name``: ``"合成<区>企业NNNNNN"`` (unique within a registry, so it can key ``estimate_many``).
    ``district``: :data:`DISTRICT_WEIGHTS` (朝阳 and 海淀 largest, the outer districts smallest).
    ``industry``: :data:`INDUSTRY_WEIGHTS` (a base mix) multiplied by :data:`DISTRICT_TILTS` (software, R&D,
    fintech ×3–4 in 海淀; catering, retail, accommodation, culture ×2–2.5 in 西城/东城; manufacturing ×3–4 in
    大兴/顺义/房山; …), drawn per firm from the tilted weights of its district.
    ``tax_district``: 3% of firms pay tax in another district (uniform over the others).
    ``ownership``: private 84%, foreign 5%, state 8%, collective 3%; a state firm has ``state_owner_level``
    central 20% / city 40% / district 40%.

Size figures
    ``employees``: log-normal, median by industry (:data:`EMPLOYEES_MEDIAN`, e.g. catering 18, software 25,
    manufacturing 60), sigma 1.1, at least 1, rounded to a person (state firms ×3).
    ``revenue``: employees × revenue per employee, log-normal with median :data:`REVENUE_PER_EMPLOYEE`
    (e.g. catering 25万, wholesale 150万 yuan), sigma 0.6, rounded to 1,000 yuan.
    ``assets``: revenue × log-normal (median 0.8, sigma 0.7), rounded to 1,000 yuan.
    ``size``: declared by 25% of firms (as the SME size standard classifies their figures), always by banks
    and guarantee companies (which the standard does not cover: by headcount); otherwise left to the library.
    Revenue is left out for 6% of firms and assets for 40% (so some sizes are undetermined).

Employer facts
    ``workforce`` (88% of firms): UI-insured 2019 average = employees × U(0.75, 1.0); Jan–Apr 2020 = that ×
    N(0.98, 0.08); December 2018/2019 headcounts and 2019 natural attrition (0–3%); lay-offs in 2019 for 15%;
    employer SI paid Feb–Apr 2020 = insured × 3 × base (log-normal, median 7,000 yuan/month) × 27.5% (payable
    the same or, for 10%, up to 30% more); months of UI paid 6–60. Each sub-field is left out for 8% of firms.
    ``hires`` (28% of firms; ``[]`` for 60%, unknown for 12%): 1–3 batches; group urban_rural_labor 60%,
    graduate 15%, registered_unemployed 10%, priority_groups 10%, military_family 5%; labour of the firm's
    district 60%, of 门头沟/房山/大兴/other districts otherwise; 1–25 persons (more in large firms); contracts
    of 12/24/36 months, or 6 (too short) for 10%; hired 2020-01-15..2020-08-31; SI paid 92%, minimum wage 95%.
    ``trainings`` (8% of firms; ``[]`` for 62%, unknown for 30%): 1–2 programmes of 5–80% of staff, 16–120 class hours, completed in 2020.
    ``social_insurance`` (70% of firms): late before December 2019 6% (made up for half), January/February
    2020 unpaid 12%, applications for the July deferral (key industries) and the January refund.
    ``finances`` (30% of firms): profit-tax change 2019 N(−0.1, 0.35), loss quarters 20% / 30%.
    ``frontline_duty`` with ``essential_outlet`` (35% of retail and catering firms, 4% of wholesale/logistics;
    another 30% of retail and catering firms are outlets of type ``other`` with no staff listed): one or two teams of 2–30 persons on duty 2020-01-24..2020-04-30, customer-facing 80%.
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
    3% of other state firms): 1–6 tenants, 70% SMEs, 1–3 months' rent of 10,000–300,000 yuan waived in February–June 2020,
    with ``landlord_premises_type``.
    ``lending`` (banks: industry ``finance``, 0.4% of firms): 1–12 first loans to SMEs and some large firms.
    ``hr_agency`` (industry ``hr_services``): licensed 85%, 0–4 placements with key enterprises.
    ``flexible_worker`` is never generated (the registry lists firms, not individuals).

Facts of the 海淀 measures (drawn after the others)
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

Facts of the city business rules and of the 西城/东城/丰台/通州/门头沟 measures (drawn after those)
    supply-side flags (kept supplies: 40% of retailers, 20% of other suppliers; producers of epidemic supplies:
    6% of makers, 80% of them at the government's disposal), affected at all 90%, tax-payment difficulty 30% /
    10%, 中关村 high-tech 40% of 海淀 tech firms (15% elsewhere), in the 中关村 zone 70% in 海淀 (20% in
    昌平/朝阳/丰台/大兴/石景山, 5% elsewhere); ``established_on`` 1995–2019 (exponential age, mean 7 years);
    ``rd_expense_2019`` 3–15% of revenue for tech firms, else 0; 投贷奖/房租通 city awards for 3% (else 0);
    ``premises_district`` the firm's 90%; hire registration, 1.2× average wage 80%, urban-employee SI 90%;
    ``fees`` for 30% (sewage, special equipment, road occupation by industry, 1–5万 log-normal), ``[]`` 40%;
    ``tax_deferrals`` for 5% (``[]`` 50%); ``restart`` for 30% of manufacturing/construction (chartered buses
    20%); ``essential_outlet_rent`` for essential outlets; notary fees 1%; ``ice_snow_venue`` for ice/snow
    venues; 东城 risk-compensation claims for half the 东城 banks and guarantors; guarantors' discounted
    guarantees (0–6); stock-pledge pledgee in the firm's district 50%; 通州 HR park 40% of 通州 agencies.
    ``covid_patient`` is never generated (an individual).

Qualifications
    each flag is left out for 15–30% of firms (so those measures are undetermined) and otherwise true with an
    industry-dependent probability (heavily affected: 70% in catering, accommodation, culture, tourism,
    cinema, exhibition, performing arts; 35% otherwise).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .profile.industries import DISTRICT_ZH, DISTRICTS, INDUSTRIES

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

# --- declared weights (illustrative) -----------------------------------------------------------------------

DISTRICT_WEIGHTS: dict[str, float] = {
    "chaoyang": 20, "haidian": 17, "fengtai": 8, "dongcheng": 6, "xicheng": 7, "shijingshan": 3,
    "mentougou": 2, "fangshan": 4, "tongzhou": 7, "shunyi": 6, "changping": 7, "daxing": 7,
    "huairou": 2, "pinggu": 1.5, "miyun": 1.5, "yanqing": 1,
}
"""Share of firms per district (relative weights)."""

INDUSTRY_WEIGHTS: dict[str, float] = {
    "agriculture": 1, "manufacturing": 6, "mining": 0.2, "utilities": 0.3, "construction": 5,
    "wholesale": 12, "retail": 9, "transport": 2, "warehousing": 0.8, "postal": 0.3, "accommodation": 2,
    "catering": 6, "telecom": 1, "software": 10, "real_estate": 2, "property_management": 2,
    "leasing_business_services": 10, "logistics": 2, "culture_tourism": 2, "medical": 2,
    "internet_services": 2, "rnd_design": 6, "content_creative": 2, "fintech": 0.8, "exhibition": 0.7,
    "education_training": 2, "performing_arts": 0.5, "cinema": 0.2, "ice_snow_sports": 0.1, "sports": 0.5,
    "tourism": 1, "healthcare": 1, "finance": 0.4, "guarantee": 0.1, "hr_services": 1, "other": 6,
}
"""Base industry mix (relative weights), before the district tilts."""

DISTRICT_TILTS: dict[str, dict[str, float]] = {
    "haidian": {"software": 4, "rnd_design": 3.5, "fintech": 3, "internet_services": 3, "telecom": 2,
                "education_training": 2, "manufacturing": 0.4, "agriculture": 0.2},
    "xicheng": {"catering": 2.5, "retail": 2.5, "accommodation": 2, "finance": 4, "fintech": 2,
                "culture_tourism": 2, "manufacturing": 0.1, "agriculture": 0.05, "construction": 0.4},
    "dongcheng": {"catering": 2.5, "retail": 2.5, "accommodation": 2.5, "culture_tourism": 2.5,
                  "performing_arts": 3, "tourism": 2, "manufacturing": 0.1, "agriculture": 0.05},
    "chaoyang": {"leasing_business_services": 1.5, "exhibition": 3, "content_creative": 2, "cinema": 2,
                 "catering": 1.3, "internet_services": 1.5},
    "shijingshan": {"content_creative": 2, "ice_snow_sports": 6, "sports": 2, "culture_tourism": 1.5},
    "daxing": {"manufacturing": 3.5, "logistics": 3, "warehousing": 3, "medical": 3, "agriculture": 2},
    "shunyi": {"manufacturing": 3.5, "logistics": 3, "warehousing": 3, "transport": 2, "agriculture": 2},
    "fangshan": {"manufacturing": 3, "construction": 2, "mining": 5, "agriculture": 3, "tourism": 1.5},
    "mentougou": {"tourism": 3, "culture_tourism": 2, "agriculture": 2, "construction": 1.5},
    "changping": {"medical": 3, "rnd_design": 2, "manufacturing": 1.8, "education_training": 1.5},
    "tongzhou": {"construction": 2, "culture_tourism": 1.5, "logistics": 1.5, "manufacturing": 1.5},
    "huairou": {"rnd_design": 2, "cinema": 3, "tourism": 3, "agriculture": 3},
    "pinggu": {"agriculture": 5, "logistics": 2, "tourism": 2},
    "miyun": {"agriculture": 5, "tourism": 3, "accommodation": 2},
    "yanqing": {"agriculture": 4, "tourism": 3, "ice_snow_sports": 8, "accommodation": 2.5},
    "fengtai": {"logistics": 2, "wholesale": 1.5, "construction": 1.5},
}
"""Multipliers of INDUSTRY_WEIGHTS by district (1 where not listed)."""

OWNERSHIP_WEIGHTS: dict[str, float] = {"private": 84, "foreign": 5, "state": 8, "collective": 3}

EMPLOYEES_MEDIAN: dict[str, float] = {
    "agriculture": 12, "manufacturing": 60, "mining": 80, "utilities": 120, "construction": 40,
    "wholesale": 10, "retail": 12, "transport": 30, "warehousing": 20, "postal": 40, "accommodation": 30,
    "catering": 18, "telecom": 30, "software": 25, "real_estate": 20, "property_management": 50,
    "leasing_business_services": 10, "logistics": 30, "culture_tourism": 12, "medical": 40,
    "internet_services": 25, "rnd_design": 15, "content_creative": 10, "fintech": 30, "exhibition": 12,
    "education_training": 20, "performing_arts": 15, "cinema": 25, "ice_snow_sports": 20, "sports": 12,
    "tourism": 10, "healthcare": 40, "finance": 150, "guarantee": 30, "hr_services": 20, "other": 10,
}
"""Median headcount by industry (log-normal, sigma 1.1)."""

REVENUE_PER_EMPLOYEE: dict[str, float] = {
    "agriculture": 200_000, "manufacturing": 600_000, "mining": 900_000, "utilities": 1_500_000,
    "construction": 700_000, "wholesale": 1_500_000, "retail": 500_000, "transport": 400_000,
    "warehousing": 400_000, "postal": 250_000, "accommodation": 250_000, "catering": 250_000,
    "telecom": 800_000, "software": 500_000, "real_estate": 2_000_000, "property_management": 150_000,
    "leasing_business_services": 500_000, "logistics": 400_000, "culture_tourism": 300_000, "medical": 700_000,
    "internet_services": 600_000, "rnd_design": 400_000, "content_creative": 350_000, "fintech": 800_000,
    "exhibition": 400_000, "education_training": 200_000, "performing_arts": 250_000, "cinema": 200_000,
    "ice_snow_sports": 200_000, "sports": 200_000, "tourism": 300_000, "healthcare": 300_000,
    "finance": 2_000_000, "guarantee": 1_000_000, "hr_services": 300_000, "other": 300_000,
}
"""Median operating revenue per employee, yuan (log-normal, sigma 0.6)."""

HEAVILY_AFFECTED_INDUSTRIES = frozenset({
    "catering", "accommodation", "culture_tourism", "tourism", "cinema", "exhibition", "performing_arts",
    "ice_snow_sports", "sports", "education_training", "transport", "retail",
})
BUSINESS_PREMISES_INDUSTRIES = frozenset({
    "catering", "retail", "accommodation", "manufacturing", "warehousing", "logistics", "cinema",
    "ice_snow_sports", "sports", "performing_arts", "healthcare", "agriculture", "mining", "utilities",
})
LANDLORD_SHARE: dict[str, float] = {"real_estate": 0.4, "property_management": 0.4, "leasing_business_services": 0.05}
"""Share of firms of these industries that, as landlords, waived rent (other industries: 3% of state firms)."""
LANDLORD_WEIGHTS: dict[str, float] = {"private": 45, "district_soe": 16, "city_soe": 9, "collective": 10,
                                      "park": 12, "individual": 5, "institution": 3}
HIRE_GROUP_WEIGHTS: dict[str, float] = {"urban_rural_labor": 60, "graduate": 15, "registered_unemployed": 10,
                                        "priority_groups": 10, "military_family": 5}
# the ten industries of the end-July SI deferral are mostly these (illustrative proxy)
KEY_DEFERRAL_INDUSTRIES = frozenset({"catering", "accommodation", "retail", "wholesale", "transport",
                                     "tourism", "culture_tourism", "cinema", "exhibition", "performing_arts"})

EPIDEMIC_START = date(2020, 1, 24)


def _tilted_industry_weights() -> dict[str, tuple[list[str], list[float]]]:
    out = {}
    inds = list(INDUSTRIES)
    for d in DISTRICTS:
        tilt = DISTRICT_TILTS.get(d, {})
        out[d] = (inds, [INDUSTRY_WEIGHTS[i] * tilt.get(i, 1.0) for i in inds])
    return out


_TILTED = _tilted_industry_weights()


def expected_industry_shares(district: str) -> dict[str, float]:
    """The declared industry mix of ``district`` (shares summing to 1)."""
    inds, w = _TILTED[district]
    s = sum(w)
    return {i: x / s for i, x in zip(inds, w, strict=True)}


def expected_district_shares() -> dict[str, float]:
    """The declared district mix (shares summing to 1)."""
    s = sum(DISTRICT_WEIGHTS.values())
    return {d: w / s for d, w in DISTRICT_WEIGHTS.items()}


# --- helpers ---------------------------------------------------------------------------------------------

def _money(x: float, step: int = 1) -> str:
    """A non-negative yuan amount as a decimal string, rounded to ``step`` yuan (exact: from an int)."""
    v = max(0, int(round(x / step)) * step)
    return str(v)


def _fen(x: float) -> str:
    """A yuan amount with fen, as a decimal string."""
    return str(Decimal(max(0, int(round(x * 100)))) / 100)


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _maybe(rng: random.Random, d: dict[str, Any], key: str, value: Any, p_unknown: float) -> None:
    """Set ``d[key] = value`` unless the fact is left out (unknown) with probability ``p_unknown``."""
    if rng.random() >= p_unknown:
        d[key] = value


def _other_district(rng: random.Random, own: str) -> str:
    return rng.choice([x for x in DISTRICTS if x != own])


def _months_between(a: date, b: date) -> int:
    return max(0, (b.year - a.year) * 12 + b.month - a.month)


# --- one firm --------------------------------------------------------------------------------------------

def _firm(rng: random.Random, i: int) -> dict[str, Any]:
    district = _pick(rng, DISTRICT_WEIGHTS)
    inds, w = _TILTED[district]
    industry = rng.choices(inds, weights=w)[0]
    ownership = "private" if industry == "hr_services" else _pick(rng, OWNERSHIP_WEIGHTS)
    if industry in ("finance", "guarantee") and rng.random() < 0.5:
        ownership = "state"
    f: dict[str, Any] = {"name": f"合成{DISTRICT_ZH[district].removesuffix('区')}企业{i:06d}", "district": district,
                         "industry": industry, "ownership": ownership}
    if rng.random() < 0.03:
        f["tax_district"] = _other_district(rng, district)
    if ownership == "state":
        f["state_owner_level"] = rng.choices(["central", "city", "district"], weights=[20, 40, 40])[0]

    # size figures
    emp = max(1, round(rng.lognormvariate(0, 1.1) * EMPLOYEES_MEDIAN[industry] * (3 if ownership == "state" else 1)))
    revenue = emp * REVENUE_PER_EMPLOYEE[industry] * rng.lognormvariate(0, 0.6)
    assets = revenue * rng.lognormvariate(-0.22, 0.7)
    f["employees"] = emp
    if rng.random() >= 0.06:
        f["revenue"] = _money(revenue, 1000)
    if rng.random() >= 0.40:
        f["assets"] = _money(assets, 1000)
    if industry in ("finance", "guarantee"):
        f["size"] = "micro" if emp < 10 else "small" if emp < 100 else "medium" if emp < 300 else "large"
    elif rng.random() < 0.25 and "revenue" in f:
        from .profile.sme_size_standard import SizeStandardError, classify_size

        try:
            f["size"] = classify_size(industry, employees=Decimal(emp), revenue=Decimal(f["revenue"]),
                                      assets=Decimal(f["assets"]) if "assets" in f else None)
        except SizeStandardError:
            pass
    sme = f.get("size", "small" if emp < 300 else "large") != "large"
    heavily = industry in HEAVILY_AFFECTED_INDUSTRIES

    _workforce(rng, f, emp)
    _hires(rng, f, district, emp)
    _trainings(rng, f, emp)
    _social_insurance(rng, f, industry)
    if rng.random() < 0.30:
        _finances(rng, f, heavily)
    _outlet(rng, f, industry)
    if industry in ("manufacturing", "construction", "logistics") and rng.random() < 0.08:
        f["restart_hotel_rent"] = _money(rng.uniform(5_000, 200_000), 100)
    elif rng.random() < 0.6:
        f["restart_hotel_rent"] = "0"
    _loans(rng, f, district, revenue, sme)
    _leases(rng, f, district, industry, emp)
    p_landlord = LANDLORD_SHARE.get(industry, 0.03 if ownership == "state" else 0.0)
    if p_landlord and rng.random() < p_landlord:
        _landlord(rng, f, district, ownership)
    if industry == "finance" and ownership != "collective":
        _lending(rng, f, district)
    if industry == "hr_services":
        _hr_agency(rng, f, district)
    _qualifications(rng, f, heavily, industry, district)
    _later_facts(rng, f, industry, emp)
    _city_business_facts(rng, f, district, industry, emp, heavily)
    return f


def _workforce(rng: random.Random, f: dict[str, Any], emp: int) -> None:
    if rng.random() < 0.12:
        return
    insured19 = round(emp * rng.uniform(0.75, 1.0), 1)
    insured20 = max(0.0, round(insured19 * rng.gauss(0.98, 0.08), 1))
    laid_off = rng.random() < 0.15
    dec18 = max(1, round(insured19 * rng.uniform(0.95, 1.08)))
    attrition = round(dec18 * rng.uniform(0, 0.03))
    dec19 = max(0, dec18 - attrition - (round(dec18 * rng.uniform(0.01, 0.12)) if laid_off else 0)
                + round(dec18 * rng.uniform(0, 0.05)))
    base = rng.lognormvariate(0, 0.35) * 7_000
    paid = insured20 * 3 * base * 0.275
    payable = paid * (rng.uniform(1.0, 1.3) if rng.random() < 0.10 else 1.0)
    w: dict[str, Any] = {}
    p = 0.08
    _maybe(rng, w, "ui_insured_avg_2019", str(insured19), p)
    _maybe(rng, w, "ui_insured_avg_2020_jan_apr", str(insured20), p)
    _maybe(rng, w, "employer_si_paid_2020_feb_apr", _fen(paid), p)
    _maybe(rng, w, "employer_si_payable_2020_feb_apr", _fen(payable), p)
    _maybe(rng, w, "ui_paid_months", rng.randint(6, 60), p)
    _maybe(rng, w, "ui_insured_dec_2018", dec18, p)
    _maybe(rng, w, "ui_insured_dec_2019", dec19, p)
    _maybe(rng, w, "natural_attrition_2019", attrition, p)
    _maybe(rng, w, "no_layoffs_2019", not laid_off, p)
    _maybe(rng, w, "ui_insured_employees", max(0, round(insured20)), p)
    f["workforce"] = w


def _hires(rng: random.Random, f: dict[str, Any], district: str, emp: int) -> None:
    u = rng.random()
    if u < 0.12:
        return  # unknown
    if u < 0.72:
        f["hires"] = []
        return
    batches = []
    for _ in range(rng.choices([1, 2, 3], weights=[70, 22, 8])[0]):
        r = rng.random()
        hukou = (district if r < 0.6 else "mentougou" if r < 0.7 else "fangshan" if r < 0.78
                 else "daxing" if r < 0.84 else _other_district(rng, district))
        count = max(1, min(round(rng.lognormvariate(0, 0.8) * max(2, emp ** 0.5)), 25 if emp < 300 else 200))
        hired = _day(rng, date(2020, 1, 15), date(2020, 8, 31))
        months = 6 if rng.random() < 0.10 else rng.choice([12, 12, 24, 36])
        performed = min(months, _months_between(hired, date(2020, 12, 31)))
        h: dict[str, Any] = {"group": _pick(rng, HIRE_GROUP_WEIGHTS), "hukou_district": hukou, "count": count,
                             "contract_months": months, "hired_on": hired.isoformat()}
        _maybe(rng, h, "social_insurance_paid", rng.random() < 0.92, 0.05)
        _maybe(rng, h, "wage_at_least_minimum", rng.random() < 0.95, 0.05)
        _maybe(rng, h, "monthly_wage_at_least_1_2x_minimum", rng.random() < 0.8, 0.2)
        _maybe(rng, h, "contribution_base", _money(rng.lognormvariate(0, 0.3) * 5_500, 1), 0.3)
        _maybe(rng, h, "months_performed", performed, 0.3)
        if rng.random() < 0.05:
            h["one_off_si_subsidy_share"] = _money(rng.uniform(500, 5_000) * count, 1)
        batches.append(h)
    f["hires"] = batches


def _trainings(rng: random.Random, f: dict[str, Any], emp: int) -> None:
    u = rng.random()
    if u >= 0.70:
        return  # unknown
    if u >= 0.08:
        f["trainings"] = []
        return
    out = []
    for _ in range(rng.choice([1, 1, 2])):
        n = max(1, round(emp * rng.uniform(0.05, 0.8)))
        t = {"employees": n, "class_hours": rng.randint(16, 120),
             "completed_on": _day(rng, date(2020, 2, 1), date(2020, 12, 15)).isoformat(),
             "still_employed": n - round(n * rng.uniform(0, 0.15))}
        if rng.random() < 0.05:
            t["other_subsidy_claimed"] = True
        out.append(t)
    f["trainings"] = out


def _social_insurance(rng: random.Random, f: dict[str, Any], industry: str) -> None:
    if rng.random() >= 0.70:
        return
    late = rng.random() < 0.06
    s: dict[str, Any] = {"late_before_dec_2019": late}
    if late:
        s["late_made_up"] = rng.random() < 0.5
    unpaid = rng.random() < 0.12
    s["jan_feb_2020_unpaid"] = unpaid
    wf = f.get("workforce", {})
    monthly = float(wf.get("employer_si_paid_2020_feb_apr", "0")) / 3 * 1.6  # incl. pension/UI/injury
    if monthly:
        _maybe(rng, s, "jan_feb_2020_payable", _fen(2 * monthly), 0.3)
    if industry in KEY_DEFERRAL_INDUSTRIES and rng.random() < 0.4:
        s["july_deferral_applied_on"] = _day(rng, date(2020, 2, 10), date(2020, 3, 31)).isoformat()
        _maybe(rng, s, "july_deferral_confirmed", rng.random() < 0.8, 0.2)
    if rng.random() < 0.10 and monthly:
        debited = monthly * 0.7
        s["jan_2020_debited"] = _fen(debited)
        s["jan_2020_settled_persons"] = _fen(debited * rng.uniform(0, 0.05))
        s["jan_refund_applied_on"] = _day(rng, date(2020, 2, 5), date(2020, 3, 31)).isoformat()
    f["social_insurance"] = s


def _finances(rng: random.Random, f: dict[str, Any], heavily: bool) -> None:
    change = rng.gauss(-0.1 - (0.15 if heavily else 0), 0.35)
    f["finances"] = {
        "profit_tax_change_2019": str(round(max(-1.0, change), 3)),
        "losses_two_consecutive_quarters": rng.random() < (0.3 if heavily else 0.15),
        "loss_q1_2020": rng.random() < (0.6 if heavily else 0.3),
    }


def _outlet(rng: random.Random, f: dict[str, Any], industry: str) -> None:
    if industry in ("retail", "catering"):
        u = rng.random()
        if u >= 0.65:
            return  # unknown
        if u >= 0.35:
            f["essential_outlet"] = "other"
            f["frontline_duty"] = []
            return
        kind = (rng.choices(["key_supermarket", "chain_convenience_store", "community_vegetable_shop", "other"],
                            weights=[25, 30, 30, 15])[0] if industry == "retail"
                else rng.choices(["public_catering", "other"], weights=[70, 30])[0])
    elif industry in ("wholesale", "logistics") and rng.random() < 0.04:
        kind = "other"
    else:
        return
    f["essential_outlet"] = kind
    teams = []
    for front in ([True, False] if rng.random() < 0.3 else [rng.random() < 0.8]):
        first = _day(rng, EPIDEMIC_START, date(2020, 2, 15))
        teams.append({"persons": rng.randint(2, 30), "first_day": first.isoformat(),
                      "last_day": _day(rng, first, date(2020, 4, 30)).isoformat(), "customer_facing": front})
    f["frontline_duty"] = teams


def _loans(rng: random.Random, f: dict[str, Any], district: str, revenue: float, sme: bool) -> None:
    u = rng.random()
    if u < 0.10:
        return
    if u < 0.65:
        f["loans"] = []
        return
    loans = []
    for _ in range(rng.choices([1, 2], weights=[80, 20])[0]):
        principal = min(max(revenue * rng.lognormvariate(-1.9, 0.9), 100_000), 50_000_000)
        principal = round(principal / 10_000) * 10_000
        disbursed = (_day(rng, date(2019, 3, 1), date(2019, 12, 31)) if rng.random() < 0.15
                     else _day(rng, EPIDEMIC_START, date(2020, 7, 31)))
        term = rng.choice([6, 12, 12, 12, 24, 36])
        rate = rng.uniform(0.0345, 0.065)
        months = min(term, _months_between(disbursed, date(2020, 12, 31)))
        ln: dict[str, Any] = {"principal": str(principal), "disbursed_on": disbursed.isoformat(),
                              "term_months": term, "annual_rate": f"{rate:.4f}"}
        _maybe(rng, ln, "interest_paid", _fen(principal * float(f"{rate:.4f}") * months / 12), 0.12)
        if sme:
            _maybe(rng, ln, "inclusive_finance", rng.random() < 0.55, 0.1)
        ln["lender_district"] = district if rng.random() < 0.7 else _other_district(rng, district)
        if rng.random() < 0.25:
            ln["guarantee_fee"] = _money(principal * rng.uniform(0.01, 0.025), 1)
            ln["guarantor_district_government"] = rng.random() < 0.6
        elif rng.random() < 0.8:
            ln["guarantee_fee"] = "0"
        if rng.random() < 0.05:
            ln["other_interest_subsidy"] = _money(principal * 0.01, 1)
        loans.append(ln)
    f["loans"] = loans


def _leases(rng: random.Random, f: dict[str, Any], district: str, industry: str, emp: int) -> None:
    u = rng.random()
    if u < 0.07:
        return
    if u < 0.42:
        f["leases"] = []
        return
    leases = []
    for _ in range(2 if rng.random() < 0.10 else 1):
        landlord = _pick(rng, LANDLORD_WEIGHTS)
        area = max(20.0, emp * rng.lognormvariate(2.5, 0.5))  # m², median ~12 per person
        rent = area * rng.uniform(6, 12) * 30
        ls: dict[str, Any] = {"landlord": landlord,
                              "landlord_district": district if rng.random() < 0.8 else _other_district(rng, district),
                              "use": "business" if industry in BUSINESS_PREMISES_INDUSTRIES else "office",
                              "monthly_rent": _money(rent, 100)}
        _maybe(rng, ls, "premises_in_beijing", rng.random() < 0.98, 0.3)
        if rng.random() < 0.04:
            ls["starts_on"] = _day(rng, date(2020, 2, 1), date(2020, 4, 30)).isoformat()
        elif rng.random() < 0.03:
            ls["ends_on"] = _day(rng, date(2020, 2, 1), date(2020, 4, 30)).isoformat()
        if landlord == "collective":
            _maybe(rng, ls, "landlord_follows_district_terms", rng.random() < 0.5, 0.4)
        if landlord in ("private", "collective", "park", "individual") and rng.random() < 0.25:
            ls["rent_waived"] = _money(rent * rng.uniform(0.5, 3), 100)
        leases.append(ls)
    f["leases"] = leases


def _landlord(rng: random.Random, f: dict[str, Any], district: str, ownership: str) -> None:
    f["landlord_premises_type"] = rng.choices(
        ["science_park", "maker_space", "startup_base", "incubator", "cultural_park", "other_carrier",
         "office_building", "mall", "commercial_street", "other"],
        weights=[10, 5, 5, 8, 6, 4, 30, 12, 8, 12])[0]
    granted = []
    for _ in range(rng.randint(1, 6)):
        start = date(2020, rng.randint(2, 6), 1)
        end_month = min(6, start.month + rng.randint(0, 2))
        end = date(2020, end_month + 1, 1) - timedelta(days=1)
        g: dict[str, Any] = {
            "tenant_size": rng.choices(["micro", "small", "medium", "large"], weights=[35, 25, 10, 30])[0],
            "tenant_district": district if rng.random() < 0.85 else _other_district(rng, district),
            "use": rng.choice(["office", "business"]),
            "amount": _money(rng.uniform(10_000, 300_000) * (end_month - start.month + 1), 100),
            "period_start": start.isoformat(), "period_end": end.isoformat(),
        }
        if ownership == "state":
            g["mandated"] = True
        else:
            _maybe(rng, g, "mandated", False, 0.3)
        _maybe(rng, g, "tenant_fits_district_positioning", rng.random() < 0.7, 0.4)
        granted.append(g)
    f["rent_relief_granted"] = granted


def _lending(rng: random.Random, f: dict[str, Any], district: str) -> None:
    first = []
    for _ in range(rng.randint(1, 12)):
        first.append({"amount": _money(rng.lognormvariate(0, 1) * 2_000_000, 10_000),
                      "disbursed_on": _day(rng, date(2020, 1, 1), date(2020, 9, 30)).isoformat(),
                      "borrower_size": rng.choices(["micro", "small", "medium", "large"], weights=[35, 35, 15, 15])[0]})
    f["lending"] = {"branch_district": district, "first_loans": first}


def _hr_agency(rng: random.Random, f: dict[str, Any], district: str) -> None:
    placements = []
    for _ in range(rng.choice([0, 1, 1, 2, 3, 4])):
        placements.append({"persons": rng.randint(1, 40),
                           "placed_on": _day(rng, date(2020, 2, 1), date(2020, 6, 30)).isoformat(),
                           "key_enterprise": rng.random() < 0.8,
                           "workers_district": district if rng.random() < 0.7 else _other_district(rng, district),
                           "si_months": rng.randint(0, 12)})
    f["hr_agency"] = {"licensed": rng.random() < 0.85, "placements": placements}


def _qualifications(rng: random.Random, f: dict[str, Any], heavily: bool, industry: str, district: str) -> None:
    q: dict[str, Any] = {}
    tech = industry in ("software", "rnd_design", "fintech", "medical", "internet_services", "telecom")
    maker = industry in ("manufacturing", "medical")
    supplier = industry in ("retail", "wholesale", "logistics", "agriculture")
    probs = {
        "heavily_affected": (0.7 if heavily else 0.35, 0.15),
        "fits_capital_function": (0.6 if tech else 0.3, 0.25),
        "in_restricted_catalog": (0.02, 0.2),
        "serious_dishonesty_list": (0.01, 0.15),
        "no_layoffs": (0.8, 0.2),
        "epidemic_control_participant": (0.05, 0.3),
        "high_tech_enterprise": (0.45 if tech else 0.05, 0.2),
        "temporary_difficulty": (0.5 if heavily else 0.2, 0.3),
        "job_stabilisation_measures": (0.6, 0.3),
        "fits_district_positioning": (0.6, 0.3),
        "open_or_closed_per_rules": (0.9, 0.3),
        "epidemic_supply_output_increased": (0.15 if maker else 0.0, 0.3),
        "necessities_supply_increased": (0.3 if supplier else 0.02, 0.3),
        "key_enterprise_kept_operating": (0.1, 0.3),
        "existing_plant_epidemic_supply_line": (0.05 if maker else 0.0, 0.3),
        "epidemic_rnd_breakthrough": (0.03 if tech or industry == "medical" else 0.0, 0.3),
        "epidemic_supply_outstanding_contribution": (0.05 if supplier or maker else 0.0, 0.3),
    }
    for key, (p_true, p_unknown) in probs.items():
        _maybe(rng, q, key, rng.random() < p_true, p_unknown)
    if q:
        f["qualifications"] = q


def _later_facts(rng: random.Random, f: dict[str, Any], industry: str, emp: int) -> None:
    """Facts added to the Firm model for the 海淀 measures (drawn last, so the facts above keep their values)."""
    for ln in f.get("loans") or []:
        _maybe(rng, ln, "rights_confirmation",
               rng.choices(["platform", "other", "none"], weights=[5, 5, 90])[0], 0.2)
        _maybe(rng, ln, "ma_loan", rng.random() < 0.02, 0.2)
        disbursed, term = date.fromisoformat(ln["disbursed_on"]), ln["term_months"]
        _maybe(rng, ln, "interest_months_paid", min(term, _months_between(disbursed, date(2020, 12, 31))), 0.2)
    for ls in f.get("leases") or []:
        _maybe(rng, ls, "monthly_property_fee", _money(int(ls["monthly_rent"]) * rng.uniform(0.05, 0.15), 10), 0.3)
        manager = rng.choices(["landlord", "district_soe", "other"], weights=[60, 10, 30])[0]
        _maybe(rng, ls, "property_manager", manager, 0.3)
    for g in f.get("rent_relief_granted") or []:
        _maybe(rng, g, "tenant_high_tech", rng.random() < 0.2, 0.4)
        if rng.random() < 0.03:
            g["tenant_tax_district"] = _other_district(rng, g["tenant_district"])
    lending = f.get("lending")
    if lending:
        for fl in lending["first_loans"]:
            _maybe(rng, fl, "borrower_first_ever", rng.random() < 0.6, 0.2)
            _maybe(rng, fl, "borrower_district", lending["branch_district"] if rng.random() < 0.8
                   else _other_district(rng, lending["branch_district"]), 0.1)
        u = rng.random()
        if u < 0.5:
            lending["credit_loan_losses"] = []
        elif u < 0.8:
            losses = []
            for _ in range(rng.randint(1, 3)):
                principal = round(rng.lognormvariate(0, 0.8) * 1_000_000 / 10_000) * 10_000
                losses.append({"principal": str(principal), "lost_principal": _money(principal * rng.uniform(0.1, 1), 100),
                               "disbursed_on": _day(rng, EPIDEMIC_START, date(2020, 6, 30)).isoformat(),
                               "borrower_size": rng.choice(["micro", "small", "medium"]),
                               "unsecured": rng.random() < 0.6})
            lending["credit_loan_losses"] = losses
        member = rng.random() < 0.4
        lending["renewal_center_member"] = member
        if member:
            count = rng.randint(1, 60)
            lending["renewals_count"] = count
            lending["renewal_loan_amount"] = _money(count * rng.lognormvariate(0, 0.7) * 3_000_000, 10_000)
    if industry == "guarantee":
        member = rng.random() < 0.5
        f["guarantor"] = {"renewal_center_member": member}
        if member:
            f["guarantor"]["renewal_guarantee_amount"] = _money(rng.lognormvariate(0, 1) * 50_000_000, 10_000)
    if rng.random() < 0.25:
        big = emp >= 300
        listed = rng.random() < (0.25 if big else 0.02)
        cm: dict[str, Any] = {"listed": listed, "pre_ipo": not listed and rng.random() < 0.05}
        approval = rng.choices(["approved", "registered", "none"], weights=[3, 3, 94] if not big else [15, 15, 70])[0]
        cm["direct_financing_approval"] = approval
        if approval != "none":
            cm["direct_financing_national_strategy"] = rng.random() < 0.5
            cm["direct_financing_intermediary_fees"] = _money(rng.uniform(200_000, 3_000_000), 1_000)
        if cm["pre_ipo"]:
            cm["listing_intermediary_fees"] = _money(rng.uniform(1_000_000, 8_000_000), 1_000)
        if listed:
            cm["stock_pledges"] = [{"matures_on": _day(rng, date(2020, 2, 1), date(2020, 12, 31)).isoformat(),
                                    "repayment_difficulty": rng.random() < 0.3}
                                   for _ in range(rng.choice([0, 0, 1, 2]))]
        f["capital_markets"] = cm
    q = f.setdefault("qualifications", {})
    research = industry in ("medical", "rnd_design", "healthcare")
    tech = industry in ("software", "internet_services", "telecom", "fintech", "rnd_design")
    maker = industry in ("manufacturing", "medical")
    engaged = rng.random() < (0.1 if research else 0.0)
    _maybe(rng, q, "covid_rd_engaged", engaged, 0.3)
    _maybe(rng, q, "covid_rd_developed", engaged and rng.random() < 0.3, 0.3)
    project = (rng.choices(["national", "city", "none"], weights=[10, 20, 70])[0] if engaged else "none")
    _maybe(rng, q, "covid_emergency_project", project, 0.3)
    applied = rng.random() < (0.08 if tech else 0.0)
    _maybe(rng, q, "tech_epidemic_control_applied", applied, 0.3)
    if applied:
        q["tech_epidemic_control_contributions"] = [c for c in ("epidemic_control", "production", "city_operation")
                                                    if rng.random() < 0.4]
    _maybe(rng, q, "epidemic_supply_emergency_production", rng.random() < (0.06 if maker else 0.0), 0.3)
    high_cost = rng.random() < (0.12 if industry in ("manufacturing", "construction", "medical") else 0.02)
    _maybe(rng, q, "high_epidemic_cost_operation", high_cost, 0.3)
    _maybe(rng, q, "q1_2020_growth_contribution", rng.random() < 0.04, 0.3)
    _maybe(rng, f, "enterprise", True, 0.2)
    if project == "national":
        f["national_emergency_project_funding"] = _money(rng.uniform(500_000, 20_000_000), 10_000)
    if high_cost:
        f["epidemic_control_costs"] = _money(emp * rng.uniform(300, 3_000), 100)


def _risk_claims(rng: random.Random, district: str) -> list[dict[str, Any]]:
    claims = []
    for _ in range(rng.randint(1, 4)):
        line = round(rng.lognormvariate(0, 0.8) * 2_000_000 / 10_000) * 10_000
        security = rng.choice(["credit", "quasi_credit_pledge", "third_party_guarantee", "mortgage_residential",
                               "mortgage_commercial"])
        c: dict[str, Any] = {
            "in_pool": rng.random() < 0.9, "borrower_size": rng.choice(["micro", "small", "medium"]),
            "borrower_district": district if rng.random() < 0.9 else _other_district(rng, district),
            "borrower_tier": rng.choices(["culture_plus", "high_end", "none"], weights=[40, 40, 20])[0],
            "security": security, "credit_line": str(line),
            "loss_principal": _money(line * rng.uniform(0.2, 1), 100),
            "loss_interest": _money(line * rng.uniform(0.005, 0.05), 1),
            "matures_on": _day(rng, date(2020, 2, 1), date(2020, 12, 31)).isoformat(),
        }
        if security.startswith("mortgage"):
            c["collateral_value"] = _money(line * rng.uniform(0.5, 2), 10_000)
        if rng.random() < 0.2:
            c["recovered"] = _money(line * rng.uniform(0, 0.3), 100)
        claims.append(c)
    return claims


def _city_business_facts(rng: random.Random, f: dict[str, Any], district: str, industry: str, emp: int,
                         heavily: bool) -> None:
    """Facts added for the city business rules and the 西城/东城/丰台/通州/门头沟 measures (drawn after the others)."""
    maker = industry in ("manufacturing", "medical")
    supplier = industry in ("retail", "wholesale", "logistics", "agriculture")
    tech = industry in ("software", "internet_services", "telecom", "fintech", "rnd_design", "medical")
    q = f.setdefault("qualifications", {})
    producer = rng.random() < (0.06 if maker else 0.0)
    for key, p_true, p_unknown in (
        ("good_credit_epidemic_contribution", 0.03, 0.3),
        ("kept_supplies_during_epidemic", 0.4 if industry == "retail" else 0.2 if supplier else 0.01, 0.25),
        ("epidemic_supply_producer", 1.0 if producer else 0.0, 0.25),
        ("accepts_government_allocation", 0.8 if producer else 0.02, 0.3),
        ("epidemic_or_necessities_supplier", 0.3 if supplier else 0.05 if maker else 0.0, 0.25),
        ("affected_by_epidemic", 0.9, 0.15),
        ("tax_payment_difficulty", 0.3 if heavily else 0.1, 0.3),
        ("zgc_high_tech_enterprise", (0.4 if district == "haidian" else 0.15) if tech else 0.01, 0.25),
        ("in_zgc_zone", 0.7 if district == "haidian" else 0.2 if district in ("changping", "chaoyang", "fengtai",
                                                                              "daxing", "shijingshan") else 0.05, 0.25),
    ):
        _maybe(rng, q, key, rng.random() < p_true, p_unknown)
    year = 2019 - min(24, int(rng.expovariate(1 / 7)))
    _maybe(rng, f, "established_on", _day(rng, date(year, 1, 1), date(year, 12, 31)).isoformat(), 0.2)
    revenue = float(f.get("revenue", "0"))
    _maybe(rng, f, "rd_expense_2019", _money(revenue * rng.uniform(0.03, 0.15), 1_000) if tech else "0", 0.3)
    for key, p_some, scale in (("city_tou_dai_jiang_award_2019", 0.03 if tech else 0.0, 500_000),
                               ("city_fang_zu_tong_subsidy", 0.03, 200_000)):
        _maybe(rng, f, key, _money(rng.uniform(0.05, 1) * scale, 100) if rng.random() < p_some else "0", 0.3)
    for ls in f.get("leases") or []:
        _maybe(rng, ls, "premises_district", district if rng.random() < 0.9 else ls["landlord_district"], 0.2)
    for h in f.get("hires") or []:
        reg = ("unemployment" if h["group"] in ("registered_unemployed", "priority_groups")
               else rng.choices(["rural_transfer", "none"], weights=[20, 80])[0])
        _maybe(rng, h, "registration", reg, 0.3)
        _maybe(rng, h, "average_wage_at_least_1_2x_minimum", rng.random() < 0.8, 0.3)
        _maybe(rng, h, "si_urban_employee_standard", rng.random() < 0.9, 0.3)
    for g in f.get("rent_relief_granted") or []:
        _maybe(rng, g, "subsidised_elsewhere", rng.random() < 0.05, 0.3)
    u = rng.random()
    if u < 0.3:
        kinds = (["sewage_treatment"] if industry in ("catering", "accommodation", "manufacturing", "healthcare")
                 else []) + (["special_equipment_inspection"] if industry in ("manufacturing", "retail",
                                                                           "accommodation", "ice_snow_sports") else [])
        kinds += ["road_occupation"] if industry == "construction" else []
        fees = []
        for kind in kinds or ["other_admin"]:
            start = _day(rng, date(2020, 2, 1), date(2020, 6, 30))
            fee: dict[str, Any] = {"fee": kind, "amount": _money(rng.lognormvariate(0, 1) * 5_000, 10),
                                   "start": start.isoformat(), "district": district}
            if kind != "special_equipment_inspection":
                fee["end"] = _day(rng, start, date(2020, 6, 30)).isoformat()
            if kind == "road_occupation":
                fee["construction_works"] = rng.random() < 0.7
            _maybe(rng, fee, "billed_on", _day(rng, start, date(2020, 7, 31)).isoformat(), 0.3)
            fees.append(fee)
        f["fees"] = fees
    elif u < 0.7:
        f["fees"] = []
    u = rng.random()
    if u < 0.05:
        f["tax_deferrals"] = [{"kind": rng.choice(["payment", "payment", "filing"]),
                               "due_on": _day(rng, date(2020, 2, 17), date(2020, 6, 15)).isoformat(),
                               "amount": _money(revenue * rng.uniform(0.005, 0.03), 100),
                               "months_requested": rng.randint(1, 3),
                               "statutory_conditions_met": rng.random() < 0.7}]
    elif u < 0.55:
        f["tax_deferrals"] = []
    if industry in ("manufacturing", "construction") and rng.random() < 0.3:
        applied = _day(rng, date(2020, 2, 3), date(2020, 3, 31))
        r: dict[str, Any] = {"key_construction_project": industry == "construction" and rng.random() < 0.3,
                             "applied_on": applied.isoformat(),
                             "resumed_on": _day(rng, applied, date(2020, 4, 30)).isoformat(),
                             "chartered_buses": rng.random() < 0.2}
        if r["chartered_buses"]:
            r["labour_headcount"] = max(1, round(emp * rng.uniform(0.2, 1)))
            r["charter_cost_per_head"] = _money(rng.uniform(100, 1_500), 1)
        f["restart"] = r
    if f.get("essential_outlet") not in (None, "other"):
        _maybe(rng, f, "essential_outlet_rent", _money(rng.uniform(10_000, 100_000) * 3, 100), 0.3)
    if rng.random() < 0.01:
        f["force_majeure_notary_fees"] = _money(rng.uniform(500, 20_000), 10)
    if industry == "ice_snow_sports":
        kind = rng.choice(["ice", "snow"])
        v: dict[str, Any] = {"kind": kind, "cit_receipts_2017_2019": rng.random() < 0.7,
                             "applied_on": _day(rng, date(2020, 3, 1), date(2020, 6, 30)).isoformat(),
                             "area_m2": _money(rng.uniform(800, 3_000) if kind == "ice" else rng.uniform(20_000, 300_000), 10)}
        if kind == "snow":
            v["ski_permit"] = rng.random() < 0.9
        f["ice_snow_venue"] = v
    lending = f.get("lending")
    if lending:
        lending["risk_comp_claims"] = _risk_claims(rng, district) if district == "dongcheng" and rng.random() < 0.5 else []
    guarantor = f.get("guarantor")
    if guarantor is not None:
        guarantor["district"] = district
        discounted = []
        for _ in range(rng.choice([0, 1, 3, 6])):
            original = rng.uniform(0.015, 0.03)
            discounted.append({
                "amount": _money(rng.lognormvariate(0, 0.8) * 3_000_000, 10_000), "original_rate": f"{original:.4f}",
                "discounted_rate": f"{original * rng.uniform(0.3, 0.8):.4f}", "term_months": rng.choice([6, 12, 12, 24]),
                "granted_on": _day(rng, EPIDEMIC_START, date(2020, 9, 30)).isoformat(),
                "borrower_size": rng.choice(["micro", "small", "medium"]),
                "borrower_severely_affected": rng.random() < 0.5,
                "borrower_district": district if rng.random() < 0.85 else _other_district(rng, district),
                "borrower_supply_firm": rng.random() < 0.2})
        guarantor["discounted_guarantees"] = discounted
        guarantor["risk_comp_claims"] = _risk_claims(rng, district) if district == "dongcheng" and rng.random() < 0.5 else []
    for sp in (f.get("capital_markets") or {}).get("stock_pledges", []):
        sp["pledgee_district"] = district if rng.random() < 0.5 else _other_district(rng, district)
    agency = f.get("hr_agency")
    if agency is not None:
        agency["tongzhou_hr_park"] = district == "tongzhou" and rng.random() < 0.4
        _maybe(rng, agency, "fees_waived_for_local_firms",
               _money(rng.uniform(5_000, 200_000), 100) if rng.random() < 0.4 else "0", 0.3)


# --- public ----------------------------------------------------------------------------------------------

def synthetic_firms(n: int, seed: int = 0) -> list[dict[str, Any]]:
    """``n`` synthetic firm profiles (JSON-ready dicts that validate as :class:`subsidycalc.Firm`).

    Deterministic: the same ``n`` and ``seed`` give the same list; the first ``k`` firms of a registry of
    ``n`` are the registry of ``k`` with the same seed. The distributions are documented in the module
    docstring and are illustrative, not statistics of Beijing.
    """
    if n < 0:
        raise ValueError(f"n: a number of firms is never negative, got {n}")
    rng = random.Random(seed)
    return [_firm(rng, i) for i in range(n)]


def flatten(profile: dict[str, Any]) -> dict[str, Any]:
    """A nested profile to flat dotted columns (the inverse of ``subsidycalc.analysis.unflatten``).

    An empty list (*none*, as opposed to unknown) stays a cell holding ``[]`` under its own column
    (``loans``), so it survives the round trip.
    """
    out: dict[str, Any] = {}

    def walk(prefix: str, v: Any) -> None:
        if isinstance(v, dict):
            if not v:
                out[prefix] = {}
            for k, x in v.items():
                walk(f"{prefix}.{k}" if prefix else k, x)
        elif isinstance(v, list):
            if not v:
                out[prefix] = []
            for j, x in enumerate(v):
                walk(f"{prefix}.{j}", x)
        else:
            out[prefix] = v

    walk("", profile)
    return out


def synthetic_frame(n: int, seed: int = 0) -> pd.DataFrame:
    """The firms of :func:`synthetic_firms` as a DataFrame of flat dotted columns, for ``estimate_many``.

    One row per firm; an empty cell is an unknown fact; a cell holding ``[]`` (in a column named after the
    list, e.g. ``loans``) means *none*. Columns are of ``object`` dtype, so counts stay integers.
    """
    from .analysis import _pandas

    pd = _pandas()
    rows = [flatten(f) for f in synthetic_firms(n, seed)]
    cols: dict[str, None] = {}
    for r in rows:
        for k in r:
            cols.setdefault(k, None)
    ordered = sorted(cols, key=_column_order)
    return pd.DataFrame({c: [r.get(c) for r in rows] for c in ordered}, columns=ordered, dtype=object)


def _column_order(col: str) -> tuple[Any, ...]:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in col.split("."))
