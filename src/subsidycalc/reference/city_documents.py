"""The city-level document list of the seed (L1-L397): 38 city documents, titles and URLs only.

The seed gives no measure text for these documents (only titles and links), so they are catalogued as
documents, not measures. Issue dates, issuers, titles, numbers and URLs are as printed in the seed (titles
joined where the PDF wrapped them; catalog 01 Part A). ``city_documents()`` returns them in seed order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class CityDocument:
    """One entry of the seed's city-level document list."""

    number: int
    issued: date
    issuer: str
    title: str
    doc_no: str | None
    url: str
    lines: str


CITY_DOCUMENTS: tuple[CityDocument, ...] = (
    CityDocument(1, date(2020, 2, 18), '北京市财政局、北京市国资委', '《北京市财政局 北京市国资委关于给予市属国企参与新型冠状病毒肺炎疫情防控工作资金支持有关事项的通知》', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200218_1654103.html', 'L3-L11'),
    CityDocument(2, date(2020, 2, 14), '北京市财政局 北京市发展和改革委员会等联合发布', '《北京市财政局 北京市发展和改革委员会 北京市经济和信息化局 中国人民银行营业管理部 北京市审计局关于强化疫情防控重点保障企业资金支持的紧急通知》', '京财金融〔2020〕251号',
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200215_1632266.html', 'L13-L23'),
    CityDocument(3, date(2020, 2, 14), '北京市人力资源和社会保障局', '《北京市人力资源和社会保障局关于落实一次性就业创业服务补助有关工作的通知》', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200217_1643755.html', 'L25-L31'),
    CityDocument(4, date(2020, 2, 13), '北京市财政局', '《北京市财政局关于加强金融服务支持做好新型冠状病毒感染肺炎疫情防控工作的通知》', '京财金融〔2020〕242号',
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200215_1632272.html', 'L33-L39'),
    CityDocument(5, date(2020, 2, 12), '北京市人力资源和社会保障局、北京市教育委员会', '《关于对<关于因防控疫情推迟开学企业职工看护未成年子女期间工资待遇问题的通知>有关问题说明的通知》', '京人社劳字〔2020〕17号',
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200213_1630024.html', 'L41-L49'),
    CityDocument(6, date(2020, 2, 10), '北京市应急管理局、北京市地方金融监督管理局、中国银行保险监督管理委员会北京监管局', '《关于北京安全生产责任保险支持参保企业应对新型冠状病毒感染的肺炎疫情的若干措施》', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200212_1629068.html', 'L51-L55, L67-L69'),
    CityDocument(7, date(2020, 2, 11), '北京市市国资委', '北京市人民政府国有资产监督管理委员会关于进一步加强市管企业复工复产后公共场所疫情防控工作的通知', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200211_1628134.html', 'L71-L77'),
    CityDocument(8, date(2020, 2, 10), '北京市水务局', '《北京市水务局落实〈应对新型冠状病毒感染的肺炎疫情影响促进中小微企业持续健康发展的若干措施〉实施细则》', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200211_1627800.html', 'L79-L85'),
    CityDocument(9, date(2020, 2, 11), '北京市财政局', '北京市疫情防控重点保障企业贷款财政贴息申请工作流程', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200211_1627579.html', 'L87-L93'),
    CityDocument(10, date(2020, 2, 11), '北京市规划和自然资源委员会', '《北京市规划和自然资源委员会关于疫情期间土地交易市场相关防控措施的通知》', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200213_1630174.html', 'L95-L101'),
    CityDocument(11, date(2020, 2, 10), '北京市交通委员会', '《北京市交通委员会关于贯彻落实京政办发〔2020〕7号文的实施细则》', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200210_1627483.html', 'L103-L109'),
    CityDocument(12, date(2020, 2, 7), '北京市交通委员会', '《关于新型冠状病毒感染的肺炎疫情期间停征本市中小微企业城市道路占道费的通知》', None,
                 'http://jtw.beijing.gov.cn/xxgk/tzgg/202002/t20200207_1626125.html', 'L111-L115'),
    CityDocument(13, date(2020, 2, 10), '北京市广播电视局', '《北京市广播电视局贯彻落实京政办发〔2020〕5号和 7号文的实施细则》', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200213_1629717.html', 'L117-L123'),
    CityDocument(14, date(2020, 2, 10), '北京市人民防空办公室', '北京市人民防空办公室关于新型冠状病毒感染的肺炎疫情防控期间人防工程使用管理相关工作的通知', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200211_1627904.html', 'L125, L142-L146'),
    CityDocument(15, date(2020, 2, 7), '北京市水务局', '北京市水务局关于新型冠状病毒感染肺炎疫情期间停征部分中小微企业污水处理费的通知', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200211_1627802.html', 'L148-L154'),
    CityDocument(16, date(2020, 2, 9), '北京市住房和城乡建设委员会', '北京市住房和城乡建设委员会关于印发《关于加强疫情防控做好建设工程复工协调调度的工作方案》的通知', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200209_1627058.html', 'L156-L164'),
    CityDocument(17, date(2020, 2, 9), '北京市住房和城乡建设委员会', '北京市住房和城乡建设委员会关于进一步加强疫情防控保障建设工程安全有序复工的通知', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200209_1627057.html', 'L166-L172'),
    CityDocument(18, date(2020, 2, 8), '北京市经济和信息化局', '北京市经济和信息化局关于贯彻落实《北京市人民政府办公厅关于应对新型冠状病毒感染的肺炎疫情影响促进中小微企业持续健康发展的若干措施》的具体措施', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200208_1626847.html', 'L174-L182'),
    CityDocument(19, date(2020, 2, 8), '北京经济技术开发区管理委员会', '北京经济技术开发区管理委员会关于支持中小企业抗疫情云办公稳发展的若干措施', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200208_1626797.html', 'L184-L190'),
    CityDocument(20, date(2020, 2, 8), '北京市国有文化资产管理中心', '北京市国有文化资产管理中心关于文化产业“投贷奖”及“房租通”有关事项的通知', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200208_1626703.html', 'L192-L200'),
    CityDocument(21, date(2020, 2, 8), '北京市人民政府国有资产监督管理委员会', '北京市人民政府国有资产监督管理委员会关于落实京政办发〔2020〕7号文减免中小微企业房租的通知', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200208_1626693.html', 'L216-L224'),
    CityDocument(22, date(2020, 2, 8), '北京市交通委员会', '北京市交通委员会关于新型冠状病毒感染的肺炎疫情期间停征本市中小微企业城市道路占道费的通知', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200208_1626686.html', 'L226-L234'),
    CityDocument(23, date(2020, 2, 8), '北京市财政局', '北京市财政局关于新型冠状病毒感染肺炎疫情防控期间加大政府采购支持中小微企业力度的通知', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200208_1626666.html', 'L236-L242'),
    CityDocument(24, date(2020, 2, 8), '北京市财政局', '北京市财政局关于优化融资担保服务实施流程细则', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200208_1626741.html', 'L244-L250'),
    CityDocument(25, date(2020, 2, 8), '北京市财政局', '《北京市财政局 北京市发展和改革委员会关于新型冠状病毒感染的肺炎疫情防控期间对我市中小微企业停征特种设备检验检测费的通知》', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200208_1626652.html', 'L252-L260'),
    CityDocument(26, date(2020, 2, 7), '北京经济和信息化局', '落实《北京市人民政府办公厅关于进一步支持打好新型冠状病毒感染的肺炎疫情防控阻击战若干措施》相关事项的办理流程', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200207_1626308.html', 'L262-L270'),
    CityDocument(27, date(2020, 2, 7), '北京市地方金融监督管理局', '北京市地方金融监督管理局关于《北京市人民政府办公厅关于应对新型冠状病毒感染的肺炎疫情影响促进中小微企业持续健康发展的若干措施》有关事项办理流程', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200208_1626726.html', 'L272-L274, L288-L294'),
    CityDocument(28, date(2020, 2, 6), '北京市市场监督管理局', '《关于应对新型冠状病毒感染肺炎疫情影响停征部分行政事业性收费的通知》', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200206_1625837.html', 'L296-L302'),
    CityDocument(29, date(2020, 2, 6), '北京市司法局', '北京市司法局关于贯彻落实《北京市人民政府办公厅关于应对新型冠状病毒感染的肺炎疫情影响促进中小微企业持续健康发展的若干措施》的通告', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202002/t20200208_1626719.html', 'L304-L312'),
    CityDocument(30, date(2020, 2, 5), '北京市人民政府办公厅', '《关于应对新型冠状病毒感染的肺炎疫情影响促进中小微企业持续健康发展的若干措施》', '京政办发〔2020〕7号',
                 'http://www.beijing.gov.cn/zhengce/zfwj/zfwj2016/bgtwj/202002/t20200206_1625493.html', 'L314-L322'),
    CityDocument(31, date(2020, 2, 3), '北京市人民政府办公厅', '北京市人民政府办公厅关于进一步支持打好新型冠状病毒感染的肺炎疫情防控阻击战若干措施', '京政办发〔2020〕5号',
                 'http://www.beijing.gov.cn/zhengce/zfwj/zfwj2016/bgtwj/202002/t20200203_1622987.html', 'L324-L332'),
    CityDocument(32, date(2020, 2, 3), '北京市人社局', '《市人力社保局近日出台人力社保系列措施 全力服务保障疫情防控工作》', None,
                 'http://rsj.beijing.gov.cn/xxgk/gzdt/202002/t20200203_1624243.html', 'L334-L338'),
    CityDocument(33, date(2020, 2, 1), '北京市人社局', '《关于切实做好新型冠状病毒感染肺炎疫情防控期间我市社会保险经办工作的通知》', None,
                 'http://rsj.beijing.gov.cn/xxgk/tzgg/202002/t20200201_1622239.html', 'L340-L344'),
    CityDocument(34, date(2020, 1, 31), '北京市人民政府', '《关于在新型冠状病毒感染的肺炎疫情防控期间本市企业灵活安排工作的通知》', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202001/t20200131_1622070.html', 'L346, L360-L364'),
    CityDocument(35, date(2020, 1, 31), '北京市人社局', '《关于进一步做好疫情防控期间本市人力资源和社会保障相关工作的通知》', None,
                 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202001/t20200131_1622074.html', 'L366-L372'),
    CityDocument(36, date(2020, 1, 31), '北京市人社局', '《关于暂停开展专业技术人员继续教育线下培训等有关问题的通知》', None,
                 'http://rsj.beijing.gov.cn/xxgk/tzgg/202001/t20200131_1621890.html?from=singlemessage&isappinstalled=0', 'L374-L380'),
    CityDocument(37, date(2020, 1, 31), '北京市人社局', '《关于延期开展 2020年度北京市部分专业技术人员资格考试、职称评审及事业单位公开招聘等工作的公告》', None,
                 'http://rsj.beijing.gov.cn/xxgk/tzgg/202001/t20200131_1621979.html?from=singlemessage&isappinstalled=0', 'L382-L388'),
    CityDocument(38, date(2020, 1, 23), '北京市人社局', '《关于做好疫情防控期间维护劳动关系稳定有关问题的通知》', None,
                 'http://rsj.beijing.gov.cn/xxgk/tzgg/202001/t20200123_1621260.html?from=timeline&isappinstalled=0', 'L390-L396'),
)


def city_documents() -> tuple[CityDocument, ...]:
    """The 38 city-level documents listed at the head of the seed, in seed order."""
    return CITY_DOCUMENTS
