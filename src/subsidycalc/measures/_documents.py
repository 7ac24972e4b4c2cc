"""Policy documents cited by more than one measure module (a district text restating a city rule is
cited both by its district module and by ``beijing``). A document used by one module only may live there.

Each document carries its district-wide scope clause (``territory``) with the sentence it rests on.
"""

from __future__ import annotations

from datetime import date

from ..engine.sources import Document

XICHENG_XZBF_2020_1 = Document(
    title="《西城区促防疫稳经济保障中小微企业健康发展若干措施》",
    issuer="北京市西城区人民政府办公室",
    doc_no="西政办发〔2020〕1号",
    issued=date(2020, 2, 17),
    url="https://www.bjxch.gov.cn/xxgk/xxxq/pnidpv846912.html",
    territory="district",
    scope_lines="L1068-L1074",
    scope_quote="以上政策措施适用于西城区受到新型冠状病毒感染的肺炎疫情影响，且按区委、区政府的部署全面落实防疫工作，"
    "做好本单位人员居家隔离观察及报备等相关措施，积极履行社会责任的中小微企业。本措施由各责任单位负责解释，"
    "自发布之日起实施，有效期至 2020 年12月 31日。",
)

DONGCHENG_DZBF_2020_3 = Document(
    title="《北京市东城区人民政府办公室关于落实进一步支持打好新型冠状病毒感染的肺炎疫情防控阻击战及应对疫情影响"
    "促进中小微企业持续健康发展的若干措施的实施细则》",
    issuer="北京市东城区人民政府办公室",
    doc_no="东政办发〔2020〕3号",
    issued=date(2020, 2, 13),
    url="http://www.bjdch.gov.cn/n3952/n4060/c9125154/content.html",
    territory="district",
    scope_lines="L2517-L2521",
    scope_quote="本实施细则中的“中小微企业”，是指符合工业和信息化部、国家统计局、国家发展改革委、财政部联合发布的《中小企业"
    "划型标准规定》（工信部联企业〔2011〕300 号）的“中小微企业”。",
)

CHAOYANG_CZBF_2020_2 = Document(
    title="《北京市朝阳区人民政府办公室关于支持企业应对新型冠状病毒感染的肺炎疫情稳定发展的若干措施》",
    issuer="北京市朝阳区人民政府办公室",
    doc_no="朝政办发〔2020〕2号",
    issued=date(2020, 2, 10),
    url="http://www.bjchy.gov.cn/affair/file/zhcfb/8a24fe83702bf7b701702d94be7a00df.html",
    territory="district_and_tax",
    scope_lines="L3174-L3176",
    scope_quote="除经各相关部门认定的直接参与疫情防控工作的企业外，享受以上政策措施的企业须在朝阳区注册纳税",
)

HAIDIAN_H1 = Document(
    title="《海淀区关于落实北京市促防疫稳增长政策加大力度支持企业稳定发展的若干措施》",
    issuer="北京市海淀区人民政府",
    doc_no=None,
    issued=date(2020, 2, 11),
    url="http://zyk.bjhd.gov.cn/zwdt/xxgk/tzgg/202002/t20200213_4386217.shtml",
    territory="district_and_tax",
    scope_lines="L3476",
    scope_quote="以上政策适用于在海淀区注册、纳税、纳统的企业。",
)

MENTOUGOU_M1 = Document(
    title="《门头沟区人力社保局应对新型冠状病毒感染的肺炎疫情影响支持中小微企业发展服务包》",
    issuer="门头沟区人力社保局",
    doc_no=None,
    issued=date(2020, 2, 18),
    url="http://www.bjmtg.gov.cn/bjmtg/zwxx/zwgg/202002/1039053.shtml",
    territory="district",
)

DONGCHENG_D1 = Document(
    title="《东城区人力资源和社会保障局关于进一步做好疫情防控期间职业能力建设领域相关业务工作的通知》",
    issuer="东城区人力资源和社会保障局",
    doc_no=None,
    issued=date(2020, 2, 18),
    url="http://www.bjdch.gov.cn/n3952/n4060/c9149788/content.html",
    territory="district",
    scope_lines="L1085",
    scope_quote="辖区各类企业、各职业技能培训机构：",
)

DONGCHENG_DZBF_2020_2 = Document(
    title="《北京市东城区人民政府办公室关于落实进一步支持打好新型冠状病毒感染的肺炎疫情防控阻击战若干措施的通知》",
    issuer="北京市东城区人民政府办公室",
    doc_no="东政办发〔2020〕2号",
    issued=date(2020, 2, 4),
    url="http://www.bjdch.gov.cn/n3952/n4060/c9101842/content.html",
    territory="district",
)

FENGTAI_FT6 = Document(
    title="《丰台 30条贴心服务帮助企业复工复产共克时艰》",
    issuer="丰台区发展和改革委员会",
    doc_no=None,
    issued=date(2020, 2, 9),
    url="http://www.bjft.gov.cn/ftq/zwyw/202002/2db63c4716594d978636f5077caa7ae5.shtml",
    territory="district",
)

SHIJINGSHAN_SZF_2020_3 = Document(
    title="《石景山区关于共同应对新型冠状病毒感染的肺炎疫情支持企业发展的若干措施（暂行）》",
    issuer="石景山区人民政府",
    doc_no="石政发〔2020〕3号",
    issued=date(2020, 2, 4),
    url="http://www.bjsjs.gov.cn/zwgk/zcwj/qzfwj/20200205/14615472.shtml",
    territory="district",
)

SHUNYI_SZBF_2020_3 = Document(
    title="《北京市顺义区人民政府办公室关于印发顺义区进一步打好疫情防控阻击战支持企业“控疫情、稳增长”的若干措施的通知》",
    issuer="北京市顺义区人民政府办公室",
    doc_no="顺政办发〔2020〕3号",
    issued=date(2020, 2, 8),
    url="http://www.bjshy.gov.cn/web/zwgk/zcwj/szbfwj/740960/index.html",
    territory="district",
)

FANGSHAN_F1 = Document(
    title="《区体育局、区财政局关于落实市政府应对疫情影响促进企业持续健康发展若干措施的通知》",
    issuer="房山区体育局、房山区财政局",
    doc_no=None,
    issued=date(2020, 2, 17),
    url="http://www.bjfsh.gov.cn/zwgk/tzgg/202002/t20200218_39991495.shtml",
    territory="district",
)

MENTOUGOU_M2 = Document(
    title="《疫情防控期间门头沟区社会保险经办工作通知》",
    issuer="北京市门头沟区社会保险事业管理中心",
    doc_no=None,
    issued=date(2020, 2, 2),
    url="http://www.bjmtg.gov.cn/bjmtg/zwxx/zwgg/202002/1038689.shtml",
    territory="district",
)
