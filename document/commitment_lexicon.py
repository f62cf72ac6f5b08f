"""The words commitment detection reads: the language of Chinese government reports.

Everything the detector knows about the language is here, as general rules of the genre (what
a measure word is, which verbs state an end that can be checked, which words hedge a target,
which mark the past), not as phrases of any one report.  Why each list exists:

* **Measure words** (:data:`UNITS`) turn a number into a quantity.  A magnitude (万, 亿, 千…)
  may precede them and stays part of the unit (``2.5 万个`` is value 2.5, unit 万个), as
  analysts copy figures.  年 and 次 are left out on purpose: ``三年内`` and ``三次视察`` are
  times, not targets.
* **Qualifiers** bound a value (左右, 以上, 突破…); **hedges** (力争, 争取…) make a target an
  aim rather than a firm pledge; **distributives** (每年, 每个县) say per what.
* **End-state predicates** (建成, 完工, 出台, 全覆盖, 守住…底线…) are what make a pledge
  checkable: on a given date it has happened or it has not.  Process verbs (推进, 加快,
  深化…) describe effort and are not checkable on their own.
* **Tense markers** (累计, 同比, 比上年, 完成了…) and **review openers** (过去五年, 一年来…)
  recognise passages that report the past, whatever their section is called.
* **Categories** and **binding indicators**: the policy areas analysts group commitments by,
  and the indicators that five-year plans make 约束性 (binding) by convention.
"""
from __future__ import annotations

import re

# --- numbers and measure words -----------------------------------------------------------------
CHINESE_DIGITS = "零〇一二两三四五六七八九十百千"
MAGNITUDES = "万亿千百"

# Measure words after a number (longest first inside the alternation, so 万千瓦 beats 万).
_MEASURES = (
    "个百分点", "百分点", "平方公里", "平方米", "千瓦时", "万千瓦", "千瓦", "兆瓦", "标准箱", "人次",
    "公里", "千米", "公顷", "立方米", "辆", "架", "艘",
    "个", "项", "件", "家", "所", "座", "条", "台", "套", "场", "处", "户", "人", "名", "位",
    "米", "亩", "吨", "斤", "元", "美元", "张", "部", "栋", "间", "床", "个托位", "托位", "岁",
    "倍", "批次", "支", "块", "宗", "篇", "册", "种", "只", "头", "株", "棵", "站", "对", "期",
)
UNIT_PATTERN = (
    r"(?:[万亿千百]{0,2}(?:" + "|".join(sorted(_MEASURES, key=len, reverse=True)) + r")"
    r"|[万亿]{1,2}(?=[以左上余多]|$|[，。；、）)])"  # a bare magnitude: 突破 600 万, 超 1 亿
    r"|%|％|‰)"
)

# --- around a value ----------------------------------------------------------------------------
QUALIFIERS_AFTER = ("左右", "以上", "以内", "以下", "上下", "之内", "余", "多")
QUALIFIERS_BEFORE = ("不低于", "不少于", "不超过", "不高于", "超过", "突破", "至少", "力争达到", "超", "近", "约",
                     "控制在", "保持在", "稳定在")
HEDGES = ("力争", "争取", "努力", "力求", "尽可能", "尽力", "积极争取")
FIRM_WORDS = ("确保", "坚决", "必须", "务必")
PLEDGE_QUALIFIERS = ("基本", "全面", "全部", "早日", "及早", "同步", "稳定")
DISTRIBUTIVE = re.compile(r"每(?:个|一个)?(?:年|县|市|区|乡镇|乡|镇|村|社区|件|人|户|家|所)")
RELATIVE_TARGET = re.compile(
    r"(?P<indicator>[^，；。、]*?(?:增速|增长|收入))"
    r"(?P<relation>(?:与|和|同)[^，；。]*?(?:基本)?(?:同步|持平|相适应)"
    r"|(?:高于|快于|不低于|略高于|超过)[^，；。]*?(?:增长|增速)(?:水平)?)"
)
DOUBLING = re.compile(r"(?P<indicator>[^，；。、]+?)(?:数量)?(?:倍增|翻一番|翻番)(?![计工行专效])")
FIRM_AND_STRETCH = re.compile(r"保([一二两三四五六七八九十])争([一二两三四五六七八九十])")

# --- the predicate -----------------------------------------------------------------------------
# End states that can be checked on a date.  Longer forms first so the longest one is reported.
END_STATES = (
    "建成通车", "建成通航", "建成投运", "建成投产", "建成运营", "全部建成", "全面建成", "基本建成",
    "全面完工", "全部完工", "建成", "完工", "竣工", "投运", "投产", "通车", "通航", "开通",
    "开工建设", "开工", "复流", "落成", "交付使用", "上线运行",
    "完成", "出台", "制定出台", "制定", "印发", "颁布", "启动",
    "全覆盖", "全部关停", "关停", "关闭", "取缔", "淘汰", "清零", "杜绝", "消除", "全部退出", "退出",
    "达到", "基本实现", "全面实现", "实现",
)
# 实现 and 达到 are only end states with a checkable object: a quoted goal, full coverage,
# zero/all, a standard or a level (实现质的有效提升 is not checkable).
_ATTAINMENT_OBJECT = re.compile(
    r"^(?:[“「『\"]|全覆盖|零|全部|全面|全省|县县|村村|.{0,12}(?:标准|水平|优良|类|级|目标|任务))"
)
BOTTOM_LINE = re.compile(r"(?:守住|守牢|严守|坚守|兜住|兜牢)(?P<object>[^，；。中]{2,}?(?:底线|红线))")
# Effort, not an end: an end-state verb after these words is still work in progress.
GRADUAL = ("着力", "逐步", "有序", "稳步", "持续", "不断", "进一步", "加快", "推动实现", "努力实现",
           "加强", "深化", "完善", "研究", "探索", "谋划", "筹划", "争创", "申建", "积极申报")
# Leading words of a clause that carry no content for an indicator.
LEAD_WORDS = (
    "同时", "此外", "其中", "重点", "着力", "全力", "大力", "积极", "加快", "持续", "集中", "坚决",
    "继续", "再", "要", "将", "还要", "就是", "全面", "进一步", "切实", "扎实", "深入", "努力", "稳步",
)
# Verbs of action before an object: removed from an indicator (新建 5G 基站 → 5G基站).
ACTION_VERBS = (
    "开工改造", "开工建设", "加快推进", "新改建", "再建成", "建设改造", "新增、恢复", "新发展",
    "新建", "新增", "新开工", "新引进", "新培育", "新认定", "建设", "改造", "建成", "完成", "开工", "推进",
    "推动", "实施好", "实施", "培育形成", "培育", "打造", "发放", "配置", "净增", "重组", "组建",
    "引进", "认定", "创建", "办好", "办成", "开展", "举办", "支持", "提供", "设立", "落实", "形成",
    "实现", "达到", "提高", "提升", "保持", "扩面到", "扩大到", "增加", "减少", "降低", "压减", "改建",
    "新改", "做优做强", "做大做强", "做强做优", "做实做细", "做深做实", "做精做优",
)
# Verbs between an indicator and its value (达到 95%): removed from the indicator.
LINK_VERBS = (
    "控制在", "保持在", "稳定在", "提高到", "提升到", "增加到", "扩大到", "扩面到", "下降到", "降低到", "降至",
    "提高至", "提升至", "达到", "达", "突破", "超过", "超", "为", "不低于", "不少于", "不超过", "不高于",
    "至少", "力争", "确保", "争取", "实现", "保持", "完成", "有",
)
# Rate verbs that stay in the indicator before a percentage (地区生产总值增长 6%).
RATE_VERBS = ("年均增长", "增长", "下降", "降低", "减少", "上涨", "涨幅", "增速", "提高", "提升")
# A clause starting with these states a purpose or a consequence, not a commitment.
PURPOSE_LEADS = ("让", "使", "为", "以", "从而", "进而", "确保了", "着力破解", "为了")

# --- tense and context -------------------------------------------------------------------------
PAST_MARKERS = (
    "累计", "同比", "比上年", "较上年", "上年", "去年", "已经", "已达", "已建成", "已完成", "创历史新高",
    "完成了", "实现了", "达到了", "增长了", "突破了", "建成了", "开通了", "超过了", "提高了", "下降了",
    "取得了", "迈上了", "跃升", "荣获", "获批", "落户", "揭牌", "首航", "预计全年", "预计全省",
)
REVIEW_OPENERS = re.compile(
    r"^(?:各位代表[，,：:！!]?\s*)?(?:过去一年|过去五年|过去的一年|过去的五年|刚刚过去的|五年来|一年来|"
    r"这五年|这一年|回顾|在肯定成绩|成绩的取得)"
)
FORWARD_OPENERS = re.compile(
    r"^(?:各位代表[，,：:！!]?\s*)?(?:今年|明年|新的一年|今后五年|未来五年|做好今后|今后一个时期|"
    r"今后一段时期|未来一个时期|\d{4}\s*年是|按照上述|综合考虑|主要预期目标|"
    r"[一二三四五六七八九十]+是)"
)
FORWARD_CUES = ("力争", "确保", "争取", "计划", "目标", "预期", "今年", "要", "将")
REVIEW_TITLE = ("回顾", "过去", "总结", "成就", "成绩", "一年来", "五年来")
FORWARD_TITLE = ("今后", "未来", "重点", "任务", "目标", "安排", "建议", "计划", "展望", "总体要求",
                 "政策取向", "自身建设", "工作部署")
FIVE_YEARS = re.compile(r"今后五年|未来五年|五年工作")
# 十四五 / “十五五”; a single digit (“九五”) only with 时期/规划/计划, since “九五”普法 is not the 9th plan.
FIVE_YEAR_PLAN = re.compile(
    r"[“\"](十[一二三四五六七八九]?)五[”\"]"
    r"|(十[一二三四五六七八九]?|[三四五六七八九])五(?=时期|期间|规划|计划|末|开局|收官)"
)
GLOSSARY_TITLE = re.compile(
    r"^\s*(?:附件\s*\d*\s*)?(?:名词解释|名词注释|词语解释|注释|注解|附注)\s*[:：]?\s*"
    r"(?:$|[［\[【]\d+[］\]】]|\d+[.．、])"  # the title alone, or run into the first note
)
APPENDIX_TITLE = re.compile(r"^\s*附件\s*\d*\s*$")
YEAR = re.compile(r"(?<!\d)(20\d\d)\s*年")
DEADLINE = re.compile(r"(?:到|至|在)\s*(20\d\d)\s*年(?:底|末|前|之前)?|(20\d\d)\s*年(?:底|末|前|之前)")
WITHIN_YEARS = re.compile(r"(?:在)?(?:今后|未来)?([一二两三四五六七八九十\d]+)\s*年(?:内|之内|时间)")
PLAN_YEAR_SENTENCE = re.compile(r"(20\d\d)\s*年是")
PLAN_TITLE = re.compile(r"(20\d\d)\s*年.*(?:工作|任务|安排|目标|要求|计划)")
BINDING_WORD = "约束性"
EXPECTED_WORD = "预期性"

# --- fields ------------------------------------------------------------------------------------
# Indicators that Chinese five-year plans make binding (约束性) by convention.
BINDING_INDICATORS = (
    "耕地保有量", "永久基本农田", "粮食综合生产能力", "能源综合生产能力", "能耗", "能源消耗",
    "二氧化碳排放", "碳排放强度", "空气质量优良天数", "优良天数", "细颗粒物", "PM2.5",
    "地表水", "劣Ⅴ类", "森林覆盖率", "森林蓄积量", "主要污染物排放",
)
# Policy areas and the words that place a commitment in one.  Checked in this order, on the
# commitment's indicator, then its clause, then its section titles (deepest first); 经济 comes
# twice: its specific words (预算, 生产总值…) before 民生 claims 收入, its general ones last.
CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("安全", ("安全生产", "事故", "疫情", "防疫", "防灾", "减灾", "金融风险", "风险底线", "返贫", "食品药品",
             "社会治安", "扫黑除恶", "信访", "应急", "国家安全")),
    ("生态", ("生态", "环境", "污染", "空气", "水质", "黑臭", "排放", "碳", "森林", "造林", "湿地", "绿化",
             "重污染", "地表水", "国考断面", "美丽", "节能", "环保", "清水", "泉")),
    ("能源", ("能源", "煤炭", "煤电", "电力", "新能源", "清洁能源", "光伏", "风电", "抽水蓄能", "氢能",
             "装机", "汇集站", "储能", "焦炉", "焦化", "干法熄焦")),
    ("经济", ("生产总值", "GDP", "固定资产投资", "消费品零售", "预算", "财政", "税收", "市场主体", "消费价格",
             "物价", "消费券")),
    ("民生", ("就业", "失业", "收入", "养老", "托育", "医疗", "医院", "卫生", "健康", "学校", "高中", "小学",
             "午餐", "特殊教育", "低保", "社保", "保险", "救助", "残疾", "老年", "儿童", "住房", "住宅", "电梯",
             "文化", "博物馆", "美术馆", "送戏", "除颤", "零工", "民生", "公共服务", "补贴", "寄递")),
    ("创新", ("创新", "科技", "实验室", "研发", "技术", "人才", "双一流", "高校", "学科", "中试", "高新技术",
             "数字", "5G", "算力", "智能", "灯塔工厂")),
    ("开放", ("开放", "外贸", "外资", "进出口", "出口", "跨境", "自贸", "口岸", "国际", "中欧班列", "海外")),
    ("改革", ("改革", "市场体系", "营商环境", "国企", "国资", "放管服", "市场准入", "要素市场", "惠企政策",
             "免申即享")),
    ("乡村", ("农业", "农村", "乡村", "粮食", "农田", "水浇地", "耕地", "种业", "旱作", "农产品", "龙头企业",
             "脱贫")),
    ("城乡", ("城市", "城镇", "城乡", "区域", "交通", "高铁", "高速", "公路", "机场", "地铁", "铁路", "水网",
             "水利", "水源", "引黄", "防洪", "管网", "路网", "小区", "充电桩", "基础设施", "城市群")),
    ("产业", ("产业", "制造业", "工业", "企业", "产业链", "集聚区", "专业镇", "服务业", "旅游", "景区", "文旅",
             "项目", "商圈", "e 镇", "e镇")),
    ("政府建设", ("政府", "政务", "法治", "廉政", "行政", "审批", "督查", "窗口")),
    ("经济", ("经济", "投资", "消费", "价格", "现代化", "指标")),
)
CATEGORY_NAMES = tuple(dict.fromkeys(name for name, _words in CATEGORIES))
