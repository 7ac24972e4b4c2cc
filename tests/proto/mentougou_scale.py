"""Prototype: mentougou.scale_hiring_one_off_job_subsidy in the rule vocabulary."""
from __future__ import annotations

from subsidycalc.engine.rules.define import Items, Rule
from subsidycalc.engine.rules.nodes import Node, if_, maximum, minimum


def qualifying_hires(r: Rule, hires: Items, groups: set[str], need_wage: bool) -> Node:
    """The batches of 门头沟 labour of ``groups`` with a one-year contract and social insurance (and the minimum wage)."""
    conds = [
        (hires.contract_months >= r.n.min_contract_months, "contract {} months < one year"),
        (hires.social_insurance_paid.is_(True), "social insurance not paid"),
    ]
    needs = [hires["count"]]
    if need_wage:
        conds.append((hires.wage_at_least_minimum.is_(True), "wage below the Beijing minimum"))
    return r.select(hires, *conds, only=hires.group.isin(groups) & hires.hukou_district.eq("mentougou"),
                    needs=needs, label="hires")


def scale_hiring(r: Rule) -> None:
    hires = r.items("hires")
    r.require(hires.given, "", "", unknown="hires — not known")
    r.settle()
    groups = {"urban_rural_labor", "graduate"}
    if r.flag("mentougou_military_spouses_count_toward_scale"):
        groups.add("military_family")
    q = qualifying_hires(r, hires, groups, True)
    r.settle()
    year = hires.hired_on.year().default(0).named("year of hiring")
    count = hires.partition_sum(year, hires["count"], where=q).named("qualifying hires in the year")
    tiers = r.value("tiers")
    lowest = tiers[0][0]
    if r.reading("mentougou_hiring_tier_mode") == "cliff":
        per = 0
        for lo, _ in tiers:
            per = if_(count >= lo, _rate(r, lo), per)
        amount = (per * count).named("subsidy of the year", "yuan")
    else:
        amount = 0
        for k, (lo, _) in enumerate(tiers):
            hi = tiers[k + 1][0] - 1 if k + 1 < len(tiers) else None
            lower = 1 if k == 0 else lo
            top = count if hi is None else minimum(count, hi)
            persons = maximum(0, top - lower + 1)
            amount = amount + persons * _rate(r, lo)
        amount = if_(count >= lowest, amount, 0).named("subsidy of the year", "yuan")
    first = hires.first_in_partition(year, where=q)
    r.step("subsidy of the year", amount, where=first)
    total = hires.sum(amount, where=first)
    r.require(total > 0, "≥ 5 qualifying hires of 门头沟 urban-rural labour with ≥ 1-year contracts and social insurance paid",
              "fewer than 5 qualifying hires of 门头沟 urban-rural labour in a year (5人以上(含 5人))")
    r.effect("apply", "within six months after one year of contract and social insurance (疫情期间: within 3 "
                      "months from the month after the epidemic ends)")
    r.pay(total)


def _rate(r: Rule, lo: int) -> object:
    for low, rate in r.value("tiers"):
        if low == lo:
            return rate
    raise KeyError(lo)
