"""Public figures the city employment texts name without printing them (issue 8 §8).

The city rules restated by 门头沟 (M1, seed L5784-L6659) rely on Beijing statistics the seed never prints:

- "以上年度全口径城镇就业人员平均工资的 60%为最高补贴基数" (the hire subsidy for priority groups, L5833-L5835) and
  "最高补贴上限以 2018 年全口径城镇就业人员平均工资为基数计算(最高补贴 6315元/人)" (the one-off SI subsidy, L5995-L5997):
  the **全口径城镇单位就业人员平均工资** (average wage of all urban employment units, the statistic that fixes the
  social-insurance base limits since 国办发〔2019〕13号). Found: :data:`FULL_CALIBER_AVERAGE_WAGE` below.
- "2019年度本市月人均失业保险金标准" (the hardship unemployment-insurance refund, L5944): **not found**.
- "各险种最低缴费基数" / "医疗保险最低缴费基数" (the hire subsidies, L5837, L5843-L5845), i.e. the 2019/2020 lower
  limits of the pension, unemployment and medical contribution bases: **not found**.

Every figure here is copied from the official publication that states it, with its issuer, document number (none,
where the publication is a data page), date and URL, and with the copy it was read from. Figures that were not found
stay unquantified readings (``ui_refund_monthly_benefit``, ``si_min_base_*``): no number is derived, remembered or
taken from a third-party table (see :data:`NOT_FOUND`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Publication:
    """An official publication of public figures."""

    issuer: str
    title: str
    doc_no: str | None
    """The document number; ``None`` for a data page that has none."""
    published: date
    """When the publication first appeared (for a page: the date its URL carries)."""
    url: str
    read_from: str
    """Where the text was read: the publication itself, or an archived copy of it (repository, path, commit)."""
    note: str = ""


@dataclass(frozen=True, slots=True)
class AverageWage:
    """One year's row of a published average-wage table: the yearly figure and the monthly one, as published."""

    year: int
    annual: Decimal
    """元/年, as published."""
    monthly: Decimal
    """元/月, as published (the publication rounds the yearly figure / 12 to the yuan)."""


FULL_CALIBER_AVERAGE_WAGE_PAGE = Publication(
    issuer="北京市人力资源和社会保障局",
    title="历年北京市全口径城镇单位就业人员平均工资",
    doc_no=None,
    published=date(2020, 7, 17),
    url="https://rsj.beijing.gov.cn/bm/ywml/202007/t20200717_1950961.html",
    read_from="archived copy of the page (retrieved 2026-09-21, rows 2018-2025): GitHub littledsw/labor_lawyer, "
              "regions/municipalities/beijing/statistics/sources/full-caliber-avg-wage.md, commit "
              "12ef5f1779863f937176f8b899653a24fa11260b",
    note="a data page, no document number; the date is the one its URL carries (the page has been extended with later "
         "years since). Its note 2: the figure is weighted from the non-private and private urban units' average wages "
         "under 国办发〔2019〕13号 and is used to fix the social-insurance contribution base limits.",
)

#: 北京市全口径城镇单位就业人员平均工资, by year, as published on :data:`FULL_CALIBER_AVERAGE_WAGE_PAGE` (only the
#: years the 2020 texts use: 2018, named by the one-off SI subsidy's cap, and 2019, the 上年度 of 2020)
FULL_CALIBER_AVERAGE_WAGE: tuple[AverageWage, ...] = (
    AverageWage(2018, Decimal(94258), Decimal(7855)),
    AverageWage(2019, Decimal(106168), Decimal(8847)),
)

FULL_CALIBER_AVERAGE_WAGE_REF = (
    f"{FULL_CALIBER_AVERAGE_WAGE_PAGE.issuer}《{FULL_CALIBER_AVERAGE_WAGE_PAGE.title}》 "
    f"({FULL_CALIBER_AVERAGE_WAGE_PAGE.url}; subsidycalc.reference.public_figures.FULL_CALIBER_AVERAGE_WAGE)"
)


class FigureLookupError(LookupError):
    """The table has no figure for the requested year."""


def full_caliber_average_wage(year: int) -> AverageWage:
    """The published 全口径城镇单位就业人员平均工资 of ``year``; a year not in the table is an error, never a fallback."""
    for row in FULL_CALIBER_AVERAGE_WAGE:
        if row.year == year:
            return row
    years = ", ".join(str(r.year) for r in FULL_CALIBER_AVERAGE_WAGE)
    raise FigureLookupError(f"no 全口径城镇单位就业人员平均工资 for {year} in this table (years: {years})")


#: Figures the texts name that were searched for and not found in an official publication (so they stay readings
#: with no default). Searched (2026, the project's search tool, corpora pages/docs/code): 北京市人力资源和社会保障局
#: notices on the 2019/2020 失业保险金 standard and on the 2019/2020 社会保险缴费工资基数上下限 (京人社 / 京社保 notices),
#: "月人均失业保险金", "缴费工资基数下限", "2019年度各项社会保险缴费工资基数", "2020年度各项社会保险缴费工资基数". Only
#: third-party pages and calculators came back (titles without text, or tables that name no notice and disagree
#: with each other about the year), which the library does not use.
NOT_FOUND: dict[str, str] = {
    "ui_refund_monthly_benefit": "2019年度本市月人均失业保险金标准 (L5944): no official publication of the 2019 monthly "
                                 "average unemployment benefit was found",
    "si_min_base_pension_monthly": "2019/2020 lower limit of the pension contribution base (最低缴费基数, L5843-L5845): no "
                                   "official base notice was found",
    "si_min_base_unemployment_monthly": "2019/2020 lower limit of the unemployment-insurance contribution base "
                                        "(L5843-L5845): no official base notice was found",
    "si_min_base_medical_monthly": "2019/2020 医疗保险最低缴费基数 (L5837, L5843-L5845): no official base notice was "
                                   "found",
}

__all__ = [
    "FULL_CALIBER_AVERAGE_WAGE", "FULL_CALIBER_AVERAGE_WAGE_PAGE", "FULL_CALIBER_AVERAGE_WAGE_REF", "NOT_FOUND",
    "AverageWage", "FigureLookupError", "Publication", "full_caliber_average_wage",
]
