"""海淀区: 《海淀区关于落实北京市促防疫稳增长政策加大力度支持企业稳定发展的若干措施》 (H1, 2020-02-11; catalog 03
Part B, B1–B19, with ERRATA_01_03 R14–R18).

Global rules of H1 五、附则 (L3476-L3494):

- **GH1 (place)**: "以上政策适用于在海淀区注册、纳税、纳统的企业" — the document's territory ``district_and_tax``
  (``Firm.district`` means 注册、纳税、纳统, API.md). Measures paying a financial institution or guarantee company
  apply the item's own "驻区" test to the payee instead (``territory="custom"``; reading
  ``haidian_gh1_applies_to_payee`` adds GH1 on the payee's own registration and tax).
- **GH2 (size)**: 中小微企业 = 工信部联企业〔2011〕300号 (``r.size()``, the SME size standard).
- **GH3 (one level)**: "凡市区两级共有的政策，企业只能选择其中一级进行申请，不得重复享受同类补贴支持资金": declared as
  ``STACKING`` against the city measures of the same type that the catalog has (the city February SOE-rent rule),
  lease by lease (``per="leases"``): one lease's February rent is relieved at one level, the higher, and a firm's
  other leases (a 市属 SOE's premises the 海淀 measure does not cover) keep the city relief;
  for a city programme outside the catalog, the firm's choice is a fact of its profile, not a reading (it differs
  between the firms of a portfolio): ``Firm.city_level_chosen_for`` lists the district measures the firm claims at
  the city level instead; every 海淀 measure named there is ineligible (the ids are checked against the catalog when
  the profile is validated, ``profile.firm._district_measure_id``). "不得重复享受同类补贴支持资金" also reads, in the
  landlord subsidy (R18), ``rent_relief_granted.N.subsidised_elsewhere`` (the fact 西城 reads): a reduction that
  already drew a subsidy elsewhere earns nothing here.
- **GH4 (fraud)**: "三年内不准其申请区内各类补贴奖励资金": a firm whose district subsidies were clawed back for fraud
  (``subsidy_fraud_clawback_on``) within three years before the measures is ineligible for every 海淀 subsidy.
- **Validity**: from issue (2020-02-11) for "新冠肺炎疫情防控期间"; "疫情期间" is the shared epidemic-period readings.
  The interest subsidies (B10, B17) name no period of their own: a loan counts for its months inside the validity
  (``haidian_interest_subsidy_period``).

Items count only for the time they exist (issue 8 §1): a lease for the days of February 2020 it is in force (B5/B6), a
financing or M&A loan for its months inside H1's validity (B10/B17, contract months prorated by days), a landlord's
rent reduction for its days inside 疫情期间 (R18). Recognitions the texts make conditions are facts of the profile
(issue 8 §3): 经相关部门评定 (B3, B4: ``qualifications.tech_epidemic_control_recognised``,
``epidemic_supply_production_recognised``), 经行业主管部门和出租方认定 (B5/B6: ``leases.N.relief_recognised``):
unknown → undetermined, false → ineligible. Amounts are exact until the engine's one rounding.

Amounts with only a ceiling ("不高于 300万元", "最高 200万元") or a range ("20%至 70%") are ranges (low … high);
the point follows ``haidian_range_point`` (default the floor the text guarantees) unless the profile gives what was
decided for the firm (issue 9 §4: per-firm determinations are facts, ``MOVED_READINGS`` names their old reading
names): the amount assessed (``assessed_grants``), the loss share set for the institution
(``lending.credit_loss_share``), the extension the securities firm granted (``stock_pledges.N.extension_months``).
Fund sizes (B14, B18) are information, not relief.

Every measure is written once in the rule vocabulary (docs/rules.md). The clauses several measures share are
functions composing it: :func:`general_rules` (GH3, GH4), :func:`payee_in_haidian` (驻区), :func:`ceiling` (an
assessed grant under a ceiling), :func:`months_counted` (a loan's months inside H1's validity) and
:func:`benchmark_interest` (贴息 at a share of the benchmark rate).

One module per part of H1: :mod:`.research` (（一）（二）（六）: grants under a ceiling), :mod:`.premises` ((四): the
district-SOE February rent and property fee, the landlord subsidy), :mod:`.credit` ((七)(八): lenders, guarantee
companies, interest on 确权融资), :mod:`.capital_markets` ((九)(十)); the shared clauses in :mod:`._h1`.
"""

from __future__ import annotations

from .premises import STACKING

__all__ = ["STACKING"]
