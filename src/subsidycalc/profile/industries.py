"""Industry ids of the Firm profile, their Chinese names, and the SME-standard row each is classified under.

The rows are those of 《中小企业划型标准规定》(工信部联企业〔2011〕300号), see ``sme_size_standard``.
``None`` means the standard does not cover the industry (金融业 has its own standard), so a firm in it
must declare its ``size``.
"""

from __future__ import annotations

from typing import Literal

# id: (中文, SME-standard row key or None)
INDUSTRIES: dict[str, tuple[str, str | None]] = {
    "agriculture": ("农、林、牧、渔业", "agriculture"),
    "manufacturing": ("工业（制造业）", "industry"),
    "mining": ("工业（采矿业）", "industry"),
    "utilities": ("工业（电力、热力、燃气及水生产和供应业）", "industry"),
    "construction": ("建筑业", "construction"),
    "wholesale": ("批发业", "wholesale"),
    "retail": ("零售业", "retail"),
    "transport": ("交通运输业", "transport"),
    "warehousing": ("仓储业", "warehousing"),
    "postal": ("邮政业", "postal"),
    "accommodation": ("住宿业", "accommodation"),
    "catering": ("餐饮业", "catering"),
    "telecom": ("信息传输业", "information_transmission"),
    "software": ("软件和信息技术服务业", "software"),
    "real_estate": ("房地产开发经营", "real_estate"),
    "property_management": ("物业管理", "property_management"),
    "leasing_business_services": ("租赁和商务服务业", "leasing_business_services"),
    # 物流 spans transport, warehousing and postal; classified by its main activity, transport (交通运输业)
    "logistics": ("物流", "transport"),
    "culture_tourism": ("文化旅游", "other"),
    "medical": ("医药及器械", "other"),
    # 互联网和相关服务 belongs to 信息传输业 in the 2011 standard
    "internet_services": ("互联网生活服务", "information_transmission"),
    "rnd_design": ("研发设计（科学研究和技术服务业）", "other"),
    "content_creative": ("内容创意", "other"),
    "fintech": ("金融科技", "software"),
    "exhibition": ("会议展览（商务服务业）", "leasing_business_services"),
    "education_training": ("教育培训", "other"),
    "performing_arts": ("演出", "other"),
    "cinema": ("电影院线", "other"),
    "ice_snow_sports": ("冰雪运动场馆", "other"),
    "sports": ("体育", "other"),
    "tourism": ("旅游（旅行社）", "other"),
    "healthcare": ("卫生（医疗机构）", "other"),
    "finance": ("金融业", None),
    "guarantee": ("融资担保", None),
    "hr_services": ("人力资源服务", "leasing_business_services"),
    "other": ("其他未列明行业", "other"),
}

Industry = Literal[
    "agriculture", "manufacturing", "mining", "utilities", "construction", "wholesale", "retail",
    "transport", "warehousing", "postal", "accommodation", "catering", "telecom", "software",
    "real_estate", "property_management", "leasing_business_services", "logistics", "culture_tourism",
    "medical", "internet_services", "rnd_design", "content_creative", "fintech", "exhibition",
    "education_training", "performing_arts", "cinema", "ice_snow_sports", "sports", "tourism",
    "healthcare", "finance", "guarantee", "hr_services", "other",
]

assert set(Industry.__args__) == set(INDUSTRIES), "Industry literal and INDUSTRIES table differ"  # type: ignore[attr-defined]

District = Literal[
    "dongcheng", "xicheng", "chaoyang", "haidian", "fengtai", "shijingshan", "mentougou", "fangshan",
    "tongzhou", "shunyi", "changping", "daxing", "huairou", "pinggu", "miyun", "yanqing",
]
DISTRICTS: tuple[str, ...] = District.__args__  # type: ignore[attr-defined]

DISTRICT_ZH: dict[str, str] = {
    "beijing": "北京市", "dongcheng": "东城区", "xicheng": "西城区", "chaoyang": "朝阳区", "haidian": "海淀区",
    "fengtai": "丰台区", "shijingshan": "石景山区", "mentougou": "门头沟区", "fangshan": "房山区",
    "tongzhou": "通州区", "shunyi": "顺义区", "changping": "昌平区", "daxing": "大兴区", "huairou": "怀柔区",
    "pinggu": "平谷区", "miyun": "密云区", "yanqing": "延庆区",
}

Size = Literal["micro", "small", "medium", "large"]
SME_SIZES: frozenset[str] = frozenset({"micro", "small", "medium"})
SMALL_MICRO: frozenset[str] = frozenset({"micro", "small"})
