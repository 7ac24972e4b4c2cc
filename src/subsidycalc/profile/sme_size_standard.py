"""The SME size standard: 《中小企业划型标准规定》(工信部联企业〔2011〕300号, 2011-06-18).

Reference: ``spec/reference/sme_size_standard.md``. The seed says size is judged by it (门头沟:
"小型微型企业认定标准按照《中小企业划型标准规定》(工信部联企业〔2011〕300号)执行").

Reading rule of the standard: SME when under EITHER upper bound ("X以下或Y以下"); medium when it reaches
BOTH medium lower bounds ("X及以上，且Y及以上"); else small when it reaches BOTH small lower bounds; else
micro. Above both upper bounds: large. "及以上" includes the number; "以下" excludes it.
Money in the table is 万元; here it is yuan (× 10,000).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from .industries import INDUSTRIES

Metric = Literal["employees", "revenue", "assets"]
W = Decimal(10_000)  # 万元 -> yuan

REFERENCE = "工信部联企业〔2011〕300号《中小企业划型标准规定》 (spec/reference/sme_size_standard.md)"


@dataclass(frozen=True, slots=True)
class Row:
    """One industry row: the metrics it uses and the three sets of bounds (in persons / yuan)."""

    name_zh: str
    metrics: tuple[Metric, ...]
    upper: tuple[Decimal, ...]  # SME if below EITHER
    medium: tuple[Decimal, ...]  # medium if at least BOTH
    small: tuple[Decimal, ...]  # small if at least BOTH


def _w(*xs: int) -> tuple[Decimal, ...]:
    return tuple(Decimal(x) * W for x in xs)


ROWS: dict[str, Row] = {
    "agriculture": Row("农、林、牧、渔业", ("revenue",), _w(20000), _w(500), _w(50)),
    "industry": Row("工业", ("employees", "revenue"), (Decimal(1000), Decimal(40000) * W),
                    (Decimal(300), Decimal(2000) * W), (Decimal(20), Decimal(300) * W)),
    "construction": Row("建筑业", ("revenue", "assets"), _w(80000, 80000), _w(6000, 5000), _w(300, 300)),
    "wholesale": Row("批发业", ("employees", "revenue"), (Decimal(200), Decimal(40000) * W),
                     (Decimal(20), Decimal(5000) * W), (Decimal(5), Decimal(1000) * W)),
    "retail": Row("零售业", ("employees", "revenue"), (Decimal(300), Decimal(20000) * W),
                  (Decimal(50), Decimal(500) * W), (Decimal(10), Decimal(100) * W)),
    "transport": Row("交通运输业", ("employees", "revenue"), (Decimal(1000), Decimal(30000) * W),
                     (Decimal(300), Decimal(3000) * W), (Decimal(20), Decimal(200) * W)),
    "warehousing": Row("仓储业", ("employees", "revenue"), (Decimal(200), Decimal(30000) * W),
                       (Decimal(100), Decimal(1000) * W), (Decimal(20), Decimal(100) * W)),
    "postal": Row("邮政业", ("employees", "revenue"), (Decimal(1000), Decimal(30000) * W),
                  (Decimal(300), Decimal(2000) * W), (Decimal(20), Decimal(100) * W)),
    "accommodation": Row("住宿业", ("employees", "revenue"), (Decimal(300), Decimal(10000) * W),
                         (Decimal(100), Decimal(2000) * W), (Decimal(10), Decimal(100) * W)),
    "catering": Row("餐饮业", ("employees", "revenue"), (Decimal(300), Decimal(10000) * W),
                    (Decimal(100), Decimal(2000) * W), (Decimal(10), Decimal(100) * W)),
    "information_transmission": Row("信息传输业", ("employees", "revenue"), (Decimal(2000), Decimal(100000) * W),
                                    (Decimal(100), Decimal(1000) * W), (Decimal(10), Decimal(100) * W)),
    "software": Row("软件和信息技术服务业", ("employees", "revenue"), (Decimal(300), Decimal(10000) * W),
                    (Decimal(100), Decimal(1000) * W), (Decimal(10), Decimal(50) * W)),
    "real_estate": Row("房地产开发经营", ("revenue", "assets"), _w(200000, 10000), _w(1000, 5000), _w(100, 2000)),
    "property_management": Row("物业管理", ("employees", "revenue"), (Decimal(1000), Decimal(5000) * W),
                               (Decimal(300), Decimal(1000) * W), (Decimal(100), Decimal(500) * W)),
    "leasing_business_services": Row("租赁和商务服务业", ("employees", "assets"), (Decimal(300), Decimal(120000) * W),
                                     (Decimal(100), Decimal(8000) * W), (Decimal(10), Decimal(100) * W)),
    "other": Row("其他未列明行业", ("employees",), (Decimal(300),), (Decimal(100),), (Decimal(10),)),
}


class SizeStandardError(ValueError):
    """The size cannot be classified: an unknown industry, or a figure the standard needs is missing."""


def classify_size(
    industry: str,
    employees: int | Decimal | None = None,
    revenue: Decimal | int | None = None,
    assets: Decimal | int | None = None,
) -> str:
    """Classify an enterprise as ``"micro" | "small" | "medium" | "large"`` by the SME size standard.

    Revenue and assets are in yuan. Raises :class:`SizeStandardError` (a ``ValueError``) naming the
    missing figure or the unknown industry.

    >>> classify_size("software", employees=45, revenue=Decimal("8000000"))
    'small'
    """
    if industry not in INDUSTRIES:
        raise SizeStandardError(f"industry: unknown industry {industry!r}")
    row_key = INDUSTRIES[industry][1]
    if row_key is None:
        raise SizeStandardError(
            f"industry: {industry!r} ({INDUSTRIES[industry][0]}) is not covered by the SME size standard; "
            "declare size"
        )
    row = ROWS[row_key]
    given = {"employees": employees, "revenue": revenue, "assets": assets}
    values: list[Decimal] = []
    for metric in row.metrics:
        v = given[metric]
        if v is None:
            raise SizeStandardError(f"{metric}: the SME size standard needs {metric} for {row.name_zh}")
        if isinstance(v, bool) or isinstance(v, float):
            raise SizeStandardError(f"{metric}: must be an int or Decimal, not {type(v).__name__}")
        dv = Decimal(v)
        if dv < 0:
            raise SizeStandardError(f"{metric}: must not be negative")
        values.append(dv)
    if not any(v < u for v, u in zip(values, row.upper, strict=True)):
        return "large"
    if all(v >= b for v, b in zip(values, row.medium, strict=True)):
        return "medium"
    if all(v >= b for v, b in zip(values, row.small, strict=True)):
        return "small"
    return "micro"
