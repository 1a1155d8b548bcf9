"""Synthetic department budgets (部门预算公开) in the exact text template of the real disclosure.

We have one real document (data/xicheng_hrss_2023_budget.txt).  So that the parser and the answering
code are tested for generalisation rather than tuned to it, this module writes *another*
department's budget in the same template: the same narrative outline and sentences, the same
table titles, unit lines, header rows, one tab-prefixed line per cell, a lone tab for an empty cell
and a blank line after each row.  Every number is computed from a `BudgetSpec`, so all tables
agree with each other and with the narrative (unless slips are asked for).

    from tests.synthetic import BudgetSpec, figures, make_budget, with_slips, write_variants
    text = make_budget()                  # 北京市东城区卫生健康委员会, 2024 (prior year 2023)
    fig = figures()                       # the figures that text must yield (totals, rows, ...)
    bad = make_budget(with_slips())       # narrative with arithmetic slips, see `slips()`
    paths = write_variants(tmp_path)      # utf8 / BOM / gb18030 / truncated / empty / binary / prose

Command line (stdlib only):

    python -m tests.synthetic --out FILE [--slips]
    python -m tests.synthetic --gold tests/fixtures/synthetic_gold.jsonl
    python -m tests.synthetic --variants DIR
    python -m tests.synthetic --multi-unit --out FILE [--slips]        # the second department, see below
    python -m tests.synthetic --gold-multi tests/fixtures/unseen/multi_unit.jsonl

A second ready-made spec, `multi_unit_spec()` (北京市海淀区园林绿化局, 2025), differs from the default the
ways real departments do: 本级 plus two subordinate 事业单位 (表二 one row per unit plus the department row;
表四/表十一/表十三 projects of several units; 表六 rows per unit, the same function code for two or three units,
a "小    计" row heading each unit's rows); 政府性基金 projects (non-empty 表八, 政府性基金预算拨款收入 in
表一/表五); 单位资金 from 事业收入 / 其他收入 (表一 and 表五 totals differ, 表三 rows exceed 表七 rows, two
projects have both 财政资金 and 其他资金 in 表十三, 单位资金 in 表四); per-unit headcounts; a decreasing 基本支出
next to an increasing 项目支出; 类 213 农林水支出 and 212 城乡社区支出 (the latter only from 政府性基金).

Messy cases reproduced on purpose (the real file has the same kinds of mess):
  * 表二 header: the cell "部门（单位）名称" wraps, its second line "名称" has no tab.
  * 表十 title line has no leading tab; its amounts are compact ("2.5", "8", "0"), not six decimals.
  * 表六 rows are not in code order; 表十一 puts its 合计 row before the data rows and one
    contract's 预算金额 differs from its 本年预算金额.
  * 表四/表十三: one project name uses half-width parentheses "(2024)".
  * 表十三: one project has owner and phone swapped (phone in 项目责任人, name in 电话); one has two
    owners "冯晓雯、郑凯" with two phones; one quantitative indicator has no unit; one long goal
    cell wraps onto a following line without a tab; 定性 indicators have no unit.
  * 表十四: one cell is split by a blank line and continues without a tab; another wraps.
  * Narrative: a full-width comma inside 固定资产原值 ("18，642.57"), "(二)政府采购预说明",
    section 八 directly after 六, "(6）" with mixed parentheses, a leading space on two lines.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

Number = Decimal | float | int | str

_Q6 = Decimal("0.000001")
_Q2 = Decimal("0.01")
_ZERO = Decimal("0")


# --------------------------------------------------------------------------- number formatting

def dec(x: Number) -> Decimal:
    """An amount in 万元 as a Decimal with six places (accepts "1,234.5", 1234.5, Decimal)."""
    if isinstance(x, Decimal):
        d = x
    elif isinstance(x, float):
        d = Decimal(repr(x))
    else:
        d = Decimal(str(x).replace(",", "").replace("，", ""))
    return d.quantize(_Q6, ROUND_HALF_UP)


def r2(x: Number) -> Decimal:
    return dec(x).quantize(_Q2, ROUND_HALF_UP)


def fmt6(x: Number) -> str:
    """Table style: "1,234.567800"."""
    return f"{dec(x):,.6f}"


def cell6(x: Number) -> str:
    """Table cell: six decimals, or empty for zero (the real tables leave zero cells blank)."""
    return "" if dec(x) == 0 else fmt6(x)


def fmt2(x: Number) -> str:
    """Narrative style: "1,234.57"."""
    return f"{r2(x):,.2f}"


def compact(x: Number) -> str:
    """Shortest plain form: 2.5, 8, 0, 186.4 (表十 and indicator values)."""
    s = f"{dec(x):f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"


def yuan(x_wan: Number) -> str:
    """万元 amount written in 元 with two decimals: 2.5 -> "25,000.00"."""
    return f"{dec(x_wan) * 10000:,.2f}"


def pct(part: Number, whole: Number) -> Decimal:
    return (dec(part) / dec(whole) * 100).quantize(_Q2, ROUND_HALF_UP)


# --------------------------------------------------------------------------- classifications

# 部门支出经济分类 code -> (name, 政府支出经济分类 code, its name, counts as 人员经费)
ECON: dict[str, tuple[str, str, str, bool]] = {
    "30101": ("基本工资", "50101", "工资奖金津补贴", True),
    "30102": ("津贴补贴", "50101", "工资奖金津补贴", True),
    "30103": ("奖金", "50101", "工资奖金津补贴", True),
    "30107": ("绩效工资", "50101", "工资奖金津补贴", True),
    "30108": ("机关事业单位基本养老保险缴费", "50102", "社会保障缴费", True),
    "30109": ("职业年金缴费", "50102", "社会保障缴费", True),
    "30110": ("职工基本医疗保险缴费", "50102", "社会保障缴费", True),
    "30112": ("其他社会保障缴费", "50102", "社会保障缴费", True),
    "30113": ("住房公积金", "50103", "住房公积金", True),
    "30199": ("其他工资福利支出", "50199", "其他工资福利支出", True),
    "30201": ("办公费", "50201", "办公经费", False),
    "30202": ("印刷费", "50201", "办公经费", False),
    "30205": ("水费", "50201", "办公经费", False),
    "30206": ("电费", "50201", "办公经费", False),
    "30207": ("邮电费", "50201", "办公经费", False),
    "30208": ("取暖费", "50201", "办公经费", False),
    "30209": ("物业管理费", "50201", "办公经费", False),
    "30211": ("差旅费", "50201", "办公经费", False),
    "30212": ("因公出国（境）费用", "50207", "因公出国（境）费用", False),
    "30213": ("维修（护）费", "50209", "维修（护）费", False),
    "30214": ("租赁费", "50201", "办公经费", False),
    "30215": ("会议费", "50202", "会议费", False),
    "30216": ("培训费", "50203", "培训费", False),
    "30217": ("公务接待费", "50206", "公务接待费", False),
    "30218": ("专用材料费", "50204", "专用材料购置费", False),
    "30226": ("劳务费", "50299", "其他商品和服务支出", False),
    "30227": ("委托业务费", "50205", "委托业务费", False),
    "30228": ("工会经费", "50201", "办公经费", False),
    "30229": ("福利费", "50201", "办公经费", False),
    "30231": ("公务用车运行维护费", "50208", "公务用车运行维护费", False),
    "30299": ("其他商品和服务支出", "50299", "其他商品和服务支出", False),
    "30301": ("离休费", "50905", "离退休费", True),
    "30302": ("退休费", "50905", "离退休费", True),
    "30304": ("抚恤金", "50901", "社会福利和救助", True),
    "30399": ("其他对个人和家庭的补助", "50999", "其他对个人和家庭补助", True),
    "30906": ("大型修缮", "50405", "大型修缮", False),
    "31002": ("办公设备购置", "50306", "设备购置", False),
    "31003": ("专用设备购置", "50306", "设备购置", False),
    "31005": ("基础设施建设", "50302", "基础设施建设", False),
    "31013": ("公务用车购置", "50303", "公务用车购置", False),
    "31099": ("其他资本性支出", "50399", "其他资本性支出", False),
}

# 支出功能分类 项 code -> name
FUNC_NAMES: dict[str, str] = {
    "2050803": "培训支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "2100101": "行政运行",
    "2100102": "一般行政管理事务",
    "2100103": "机关服务",
    "2100199": "其他卫生健康管理事务支出",
    "2100301": "城市社区卫生机构",
    "2100399": "其他基层医疗卫生机构支出",
    "2100401": "疾病预防控制机构",
    "2100402": "卫生监督机构",
    "2100408": "基本公共卫生服务",
    "2100409": "重大公共卫生服务",
    "2100410": "突发公共卫生事件应急处理",
    "2100499": "其他公共卫生支出",
    "2100601": "中医（民族医）药专项",
    "2100717": "计划生育服务",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101199": "其他行政事业单位医疗支出",
    "2210201": "住房公积金",
    "2210202": "提租补贴",
    "2210203": "购房补贴",
    # used by multi_unit_spec (园林绿化): 林业和草原 and 国有土地使用权出让收入安排的支出 (政府性基金)
    "2080801": "死亡抚恤",
    "2120803": "城市建设支出",
    "2120899": "其他国有土地使用权出让收入安排的支出",
    "2130201": "行政运行",
    "2130204": "事业机构",
    "2130205": "森林资源培育",
    "2130206": "技术推广与转化",
    "2130209": "森林生态效益补偿",
    "2130211": "动植物保护",
    "2130234": "林业草原防灾减灾",
    "2130299": "其他林业和草原支出",
}

# 表一 expense side: (item as printed, 类 code)
T1_EXPENSES: tuple[tuple[str, str], ...] = (
    ("一、一般公共服务支出", "201"), ("二、外交支出", "202"), ("三、国防支出", "203"),
    ("四、公共安全支出", "204"), ("五、教育支出", "205"), ("六、科学技术支出", "206"),
    ("七、文化旅游体育与传媒支出", "207"), ("八、社会保障和就业支出", "208"),
    ("九、社会保险基金支出", "209"), ("十、卫生健康支出", "210"), ("十一、节能环保支出", "211"),
    ("十二、城乡社区支出", "212"), ("十三、农林水支出", "213"), ("十四、交通运输支出", "214"),
    ("十五、资源勘探工业信息等支出", "215"), ("十六、商业服务业等支出", "216"),
    ("十七、金融支出", "217"), ("十八、援助其他地区支出", "219"),
    ("十九、自然资源海洋气象等支出", "220"), ("二十、住房保障支出", "221"),
    ("二十一、粮油物资储备支出", "222"), ("二十二、国有资本经营预算支出", "223"),
    ("二十三、灾害防治及应急管理支出", "224"), ("二十四、其他支出", "229"),
    ("二十五、债务付息支出", "232"), ("二十六、债务发行费用支出", "233"),
    ("二十七、抗疫特别国债安排的支出", "234"),
)

# 表五 expense side (three more items than 表一)
T5_EXPENSES: tuple[tuple[str, str], ...] = (
    *T1_EXPENSES[:23],
    ("二十四、预备费", "227"), ("二十五、其他支出", "229"), ("二十六、转移性支出", "230"),
    ("二十七、债务还本支出", "231"), ("二十八、债务付息支出", "232"),
    ("二十九、债务发行费用支出", "233"), ("三十、抗疫特别国债安排的支出", "234"),
)

T1_INCOMES = (
    "一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入",
    "四、财政专户管理资金收入", "五、事业收入", "六、上级补助收入", "七、附属单位上缴收入",
    "八、事业单位经营收入", "九、其他收入",
)


def class_name(code3: str) -> str:
    """'210' -> '卫生健康支出'."""
    for item, code in T5_EXPENSES:
        if code == code3:
            return item.split("、", 1)[1]
    raise KeyError(code3)


# --------------------------------------------------------------------------- the spec

@dataclass(frozen=True)
class Indicator:
    """One row of 表十三: 一级/二级/三级指标, 性质 (＝ ≥ ≤ 定性), 指标值, 度量单位."""

    level1: str
    level2: str
    name: str
    nature: str
    value: str
    unit: str = ""


@dataclass(frozen=True)
class PurchaseService:
    """A 表十一 row for a project bought as a government service."""

    duty: str  # 职能职责与活动
    level1: str  # 指导性目录 一级
    level2: str
    level3: str
    note: str
    term: str = "1年"
    contract_amount: Number | None = None  # 预算金额 when it differs from this year's amount


@dataclass(frozen=True)
class Project:
    """One 表四 row and its 表十三 block."""

    name: str  # without the year suffix
    func: str  # 7-digit 功能分类 code
    econ: str  # 5-digit 部门经济分类 code
    amount: Number  # 万元
    serial: int  # makes the 21-character project code
    owner: str
    phone: str
    goal: str
    indicators: tuple[Indicator, ...]  # a cost indicator (全年总成本 = amount) is appended
    procurement: bool = False  # counts in 政府采购
    purchase: PurchaseService | None = None  # listed in 表十一 / 政府购买服务
    swap_owner_phone: bool = False  # mess: phone printed under 项目责任人, name under 电话
    goal_wrap_at: int | None = None  # mess: goal cell continues on a line without a tab
    halfwidth_parens: bool = False  # mess: "名称(2024)" instead of "名称（2024）"
    unit: str = "001"  # the unit that carries it: the last three digits of its unit code (001 = 本级)
    source: str = "gp"  # fiscal money: "gp" 一般公共预算 or "fund" 政府性基金预算
    own: Number = 0  # part of `amount` paid from the unit's own money (单位资金: 事业收入 / 其他收入)

    @property
    def fiscal(self) -> Decimal:
        """The part paid by 财政拨款 (表十三 财政资金)."""
        return dec(self.amount) - dec(self.own)

    def full_name(self, year: int) -> str:
        return f"{self.name}({year})" if self.halfwidth_parens else f"{self.name}（{year}）"


@dataclass(frozen=True)
class BasicLine:
    """A 基本支出 amount on one (功能分类, 经济分类) pair."""

    func: str
    econ: str
    amount: Number
    unit: str = "001"  # last three digits of the unit code (001 = 本级)
    source: str = "gp"  # "gp" 一般公共预算 or "own" 单位资金 (the unit's 事业收入 / 其他收入)


def _b(func: str, *pairs: tuple[str, str]) -> tuple[BasicLine, ...]:
    return tuple(BasicLine(func, e, a) for e, a in pairs)


def _bu(unit: str, func: str, *pairs: tuple[str, str], source: str = "gp") -> tuple[BasicLine, ...]:
    return tuple(BasicLine(func, e, a, unit, source) for e, a in pairs)


DEFAULT_BASIC: tuple[BasicLine, ...] = (
    *_b("2100101",
        ("30101", "486.235200"), ("30102", "1028.446000"), ("30103", "92.540000"),
        ("30107", "312.880000"), ("30112", "18.903412"), ("30199", "76.320000"),
        ("30201", "28.450000"), ("30205", "4.200000"), ("30206", "31.680000"),
        ("30207", "9.600000"), ("30208", "52.384216"), ("30211", "7.920000"),
        ("30213", "23.645000"), ("30215", "3.150000"), ("30217", "2.500000"),
        ("30228", "32.771204"), ("30229", "40.950000"), ("30231", "8.000000"),
        ("30299", "64.218000"), ("30399", "45.600000"), ("31002", "12.800000")),
    *_b("2100199",
        ("30101", "22.104000"), ("30102", "30.516000"), ("30107", "41.208000"),
        ("30201", "1.800000"), ("30206", "2.160000"), ("30211", "0.680000"),
        ("30213", "0.500000"), ("30299", "3.460000")),
    *_b("2050803", ("30216", "9.800000")),
    *_b("2080501", ("30299", "6.200000"), ("30301", "64.327500"), ("30302", "38.460000")),
    *_b("2080505", ("30108", "246.883200")),
    *_b("2080506", ("30109", "123.441600")),
    *_b("2101101", ("30110", "187.225600")),
    *_b("2101102", ("30110", "12.418400")),
    *_b("2210201", ("30113", "214.936800")),
    *_b("2210202", ("30102", "0.624000")),
    *_b("2210203", ("30102", "206.773200")),
)

_SAT = ("满意度指标", "服务对象满意度指标")
_QTY = ("产出指标", "数量指标")
_QLT = ("产出指标", "质量指标")
_TIME = ("产出指标", "时效指标")
_SOC = ("效益指标", "社会效益指标")


def _i(kind: tuple[str, str], name: str, nature: str, value: str, unit: str = "") -> Indicator:
    return Indicator(kind[0], kind[1], name, nature, value, unit)


DEFAULT_PROJECTS: tuple[Project, ...] = (
    Project(
        "社区卫生服务中心设备购置", "2100301", "31003", "186.400000", 2104517, "周晓峰", "64031102",
        "为辖区社区卫生服务中心配置数字化X线摄影系统、全自动生化分析仪等诊疗设备，改善基层医疗机构"
        "诊疗条件，提升社区首诊能力和居民就医获得感。",
        (_i(_QTY, "购置诊疗设备", "＝", "36", "台"), _i(_QLT, "设备验收合格率", "＝", "100", "%"),
         _i(_TIME, "设备安装调试完成时间", "≤", "6", "月"),
         _i(_SAT, "医务人员对设备使用满意度", "≥", "90", "%")),
        procurement=True),
    Project(
        "医疗机构监督检查经费", "2100402", "30227", "42.360000", 2104523, "孟思远", "64031135",
        "依法对辖区医疗机构、公共场所开展日常监督检查和专项整治，规范医疗服务行为，保障群众就医安全。",
        (_i(_QTY, "计划检查医疗机构", "＝", "260"),  # mess: quantitative, no unit
         _i(_QLT, "监督检查覆盖率", "＝", "100", "%"),
         _i(_SOC, "医疗服务行为", "定性", "进一步规范"))),
    Project(
        "家庭医生签约服务补助", "2100408", "30299", "268.750000", 2104531, "韩雪梅", "64031147",
        "落实家庭医生签约服务政策，对签约团队按服务数量和质量给予补助，提高重点人群签约率和履约质量。",
        (_i(_QTY, "重点人群签约人数", "≥", "12000", "人"), _i(_QLT, "重点人群签约覆盖率", "≥", "75", "%"),
         _i(_TIME, "补助资金拨付时间", "≤", "1", "年"), _i(_SOC, "居民健康管理水平", "定性", "得到提升"),
         _i(_SAT, "签约居民满意度", "≥", "92", "%"))),
    Project(
        "卫生应急物资储备", "2100410", "30218", "95.000000", 2104538, "邓立新", "64031168",
        "按照卫生应急物资储备目录储备防护用品、消杀药械和急救药品，确保突发公共卫生事件发生时物资"
        "调得出、用得上。",
        (_i(_QTY, "储备物资品种", "≥", "45", "类"), _i(_QLT, "储备物资完好率", "≥", "98", "%"),
         _i(_TIME, "应急调拨响应时间", "≤", "2", "小时")),
        procurement=True, swap_owner_phone=True),
    Project(
        "健康宣传教育经费", "2100499", "30227", "36.800000", 2104546, "冯晓雯、郑凯", "64031190、64031217",
        "围绕慢性病防治、控烟限酒、合理膳食等主题开展健康知识讲座和健康科普宣传，提升居民健康素养水平。",
        (_i(_QTY, "开展健康科普讲座", "＝", "120", "场"), _i(_SOC, "居民健康素养水平", "≥", "40", "%"),
         _i(_SAT, "参与居民满意度", "≥", "90", "%")),
        purchase=PurchaseService("05-卫生健康/02-健康促进与健康教育", "01-基本公共服务",
                                 "0105-公共卫生", "健康教育与健康促进服务", "健康科普宣传服务")),
    Project(
        "卫生健康信息系统运维费", "2100199", "30227", "58.620000", 2104552, "范文静", "64031203",
        "对区域全民健康信息平台、社区卫生信息系统等开展日常运行维护和安全防护，保障系统稳定运行。",
        (_i(_QTY, "运维信息系统", "＝", "8", "个"), _i(_QLT, "系统正常运行率", "≥", "99", "%"),
         _i(_TIME, "故障响应时间", "≤", "4", "小时")),
        procurement=True,
        purchase=PurchaseService("08-其他职责/03-信息系统建设及维护等工作", "02-政府履职辅助性服务",
                                 "0210-信息化服务", "机关信息系统开发与维护服务", "信息系统运维服务")),
    Project(
        "机关办公楼物业管理费", "2100103", "30209", "124.563200", 2104560, "石磊", "64031226",
        "为机关办公楼提供保洁、秩序维护、设施设备运行维护等物业服务，保障机关正常运转。",
        (_i(_QTY, "物业服务面积", "＝", "8600", "平方米"), _i(_TIME, "服务期限", "＝", "1", "年"),
         _i(_SAT, "干部职工满意度", "≥", "90", "%")),
        procurement=True,
        purchase=PurchaseService("08-其他职责/02-机关后勤保障工作", "02-政府履职辅助性服务",
                                 "0211-后勤服务", "物业管理服务", "物业管理服务", term="2年",
                                 contract_amount="249.126400")),
    Project(
        "社区卫生服务中心用房修缮", "2100301", "30906", "312.000000", 2104571, "潘宇航", "64031239",
        "对辖区3家社区卫生服务中心业务用房进行修缮改造，更换老化的给排水、供暖和电气管线，完成屋面防水"
        "和外立面维修，改善诊疗环境，消除安全隐患，确保修缮后的用房满足基本医疗和基本公共卫生服务功能"
        "要求，为居民提供安全、舒适的就医环境。",
        (_i(_QTY, "修缮社区卫生服务中心", "＝", "3", "家"), _i(_QLT, "工程验收合格率", "＝", "100", "%"),
         _i(_TIME, "工程完工时间", "≤", "10", "月")),
        procurement=True, goal_wrap_at=62),
    Project(
        "卫生健康统计调查经费", "2100199", "30299", "27.450000", 2104585, "唐俊", "64031254",
        "开展卫生健康统计年报、居民健康状况调查等工作，为卫生健康决策提供数据支撑。",
        (_i(_QTY, "完成统计调查报告", "＝", "4", "份"), _i(_QLT, "数据上报及时率", "＝", "100", "%"),
         _i(_SOC, "决策支撑作用", "定性", "得到提升"))),
    Project(
        "中医药传承发展专项", "2100601", "30299", "18.500000", 2104593, "袁方", "64031271",
        "支持基层中医馆建设和中医药适宜技术推广，传承发展中医药事业。",
        (_i(_QTY, "推广中医药适宜技术", "≥", "10", "项"), _i(_SAT, "患者满意度", "≥", "90", "%")),
        halfwidth_parens=True),
)

DEFAULT_DUTIES: tuple[str, ...] = (
    "（1）贯彻执行国家和本市卫生健康工作的法律法规、规章和政策，拟订本区卫生健康事业发展规划并组织实施。",
    "（2）协调推进本区深化医药卫生体制改革，推动公立医疗机构综合改革，完善基层医疗卫生服务体系。",
    "（3）负责本区疾病预防控制工作，组织实施免疫规划、重大疾病防控和基本公共卫生服务项目。",
    "（4）负责本区卫生应急工作，组织指导突发公共卫生事件的预防控制和各类突发公共事件的医疗卫生救援。",
    "（5）负责本区医疗机构和医疗服务行业管理，依法开展医疗机构、公共场所卫生的监督检查。",
    "(6）负责本区家庭医生签约服务和社区卫生服务管理，推进分级诊疗制度建设。",
    "（7）负责本区中医药工作，推进中医药传承创新发展。",
    "（8）组织实施老龄健康、妇幼健康、职业健康相关政策，开展爱国卫生运动和健康促进工作。",
    "（9）负责本区卫生健康信息化建设和卫生健康统计工作。",
    "（10）完成区委、区政府交办的其他任务。",
)

DEFAULT_TASKS: tuple[str, ...] = (
    "1、夯实基层医疗卫生服务体系。推进社区卫生服务中心标准化建设，更新社区诊疗设备，打造“15分钟健康"
    "服务圈”，做实家庭医生签约服务，重点人群签约覆盖率保持在75%以上。",
    "2、提升公共卫生应急处置能力。完善卫生应急物资储备目录和轮换机制，加强传染病监测预警，开展卫生应急"
    "演练，确保突发公共卫生事件早发现、早报告、早处置。",
    "3、加强医疗卫生综合监管。开展医疗机构依法执业专项检查，推进“双随机、一公开”监管全覆盖，规范医疗"
    "服务行为，维护群众就医权益。",
    "4、推进健康促进和中医药传承发展。深入开展健康科普“进社区、进学校、进单位”活动，推广中医药适宜技术，"
    "建设基层中医馆，提升居民健康素养水平。",
    "5、加快智慧健康信息化建设。升级区域全民健康信息平台，推进检查检验结果互认和电子健康档案向居民开放，"
    "保障卫生健康信息系统安全稳定运行。",
)


@dataclass(frozen=True)
class OverallGoals:
    """Texts of 表十四 (部门整体支出绩效目标申报表)."""

    head: str = "刘振华"
    phone: str = "64031001"
    goal: str = (
        "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持以人民健康为中心，"
        "深化医药卫生体制改革，夯实基层医疗卫生服务网底，提升公共卫生应急处置能力，推进中医药传承发展，"
        "为辖区居民提供全方位全周期健康服务，推动“健康东城”建设取得新成效。")
    output_quantity: str = (
        "完成3家社区卫生服务中心用房修缮和36台诊疗设备购置；重点人群家庭医生签约人数不少于12000人；"
        "全年开展健康科普讲座120场；完成260家医疗机构监督检查。")
    output_quality: tuple[str, str] = (
        "1、基层医疗卫生服务能力稳步提升。2、卫生应急物资储备完好率不低于98%。3、医疗机构监督检查覆盖率达到"
        "100%。4、",
        "卫生健康信息系统正常运行率不低于99%，数据上报及时准确，各项工作质量符合行业标准和考核要求。")
    progress: str = "1上半年完成全年项目预算执行任务的60%以上，下半年完成全年预算执行任务。2项目具体进度按相关文件要求完成。"
    cost: str = "严格执行本委内部控制制度，各项支出控制在预算范围内，重点控制三公经费的增长率"
    econ_benefit: str = "减轻居民就医负担，提高医疗卫生资源使用效率。"
    social_benefit: str = "1、基层首诊能力增强2、公共卫生应急体系更加健全3、居民健康素养水平持续提升"
    env_benefit: str = "不可估算"
    sustain: tuple[str, str] = (
        "持续完善基层医疗卫生服务体系，巩固分级诊疗格局，健全公共卫生应急管理体系。",
        "推动“健康东城”建设持续深入，居民主要健康指标保持全市前列，群众健康获得感不断增强。")
    satisfaction: str = "通过服务型政府的建设,服务辖区居民，对部门服务满意度比例达到95%以上。"


@dataclass(frozen=True)
class Unit:
    """One budget unit of the department: a 表二 row and the 单位 column of 表四/表六/表十一/表十三.

    The first unit (suffix "001") is the department itself, printed "{department}（本级）"."""

    suffix: str  # last three digits of the unit code: dept_code + suffix
    name: str = ""  # full name; empty for 本级
    kind: str = "1-行政单位"  # 表四 类型
    own_income: str = "事业收入"  # the 表一/表二 income that pays its 单位资金: 事业收入 or 其他收入
    duty: str = ""  # one sentence in the narrative (subordinate units)
    admin_quota: int = 0  # 行政（含工勤）编制
    inst_quota: int = 0  # 事业编制
    staff_admin: int = 0  # 行政（含参公）在职
    staff_inst: int = 0  # 事业在职
    retired_li: int = 0
    retired: int = 0
    temporary: int = 0


DEFAULT_EVAL_EFFECT = (
    "该项目实现的主要绩效为：该项目通过为辖区常住居民建立健康档案、开展慢性病患者健康管理和老年人健康"
    "体检，提高了基本公共卫生服务的可及性；通过家庭医生团队上门随访和健康指导，提升了重点人群健康管理率，"
    "实施效益较明显。")

DEFAULT_EVAL_POINTS: tuple[str, str, str] = (
    " 一是加强组织领导。委领导班子将基本公共卫生服务工作列入年度重点任务，定期听取项目推进情况汇报，"
    "明确责任科室和时间节点，确保各项服务任务按期完成。",
    "二是强化过程管理。建立季度督导和数据质量核查机制，对社区卫生服务中心的服务数量和质量进行现场抽查，"
    "及时发现并整改健康档案不完整、随访记录不规范等问题。",
    "三是注重结果运用。将绩效考核结果与补助资金拨付挂钩，对考核排名靠后的机构进行约谈和专项指导，"
    "推动服务质量持续改进。",
)


SLIP_KINDS = ("income_change", "income_pct", "basic_change", "project_share", "jiguan_change")


@dataclass(frozen=True)
class BudgetSpec:
    """Everything the generator needs; every total is computed from these parts."""

    department: str = "北京市东城区卫生健康委员会"
    short_name: str = "区卫生健康委"
    self_ref: str = "我委"
    region_code: str = "110101"
    dept_code: str = "163"
    year: int = 2024
    internal_units: int = 16
    duties: tuple[str, ...] = DEFAULT_DUTIES
    tasks_intro: str = (
        "{year}年是全面贯彻落实党的二十大精神的关键之年，是实现“十四五”规划目标任务的攻坚之年。"
        "区卫生健康委以习近平新时代中国特色社会主义思想为指导，坚持以人民健康为中心，以“健康东城”建设为"
        "主线，深化医药卫生体制改革，夯实基层医疗卫生服务网底，提升公共卫生应急能力，努力为辖区居民提供"
        "全方位全周期健康服务。")
    tasks: tuple[str, ...] = DEFAULT_TASKS
    # headcount (编制 and 实际 totals are computed from the parts)
    staff_admin_quota: int = 96  # 行政（含工勤）编制
    staff_inst_quota: int = 24  # 事业编制
    staff_admin: int = 88  # 行政（含参公）在职
    staff_inst: int = 21  # 事业在职
    retired_li: int = 3  # 离休
    retired: int = 74  # 退休
    temporary: int = 12  # 长期聘用临时工
    # amounts
    basic: tuple[BasicLine, ...] = DEFAULT_BASIC
    projects: tuple[Project, ...] = DEFAULT_PROJECTS
    prior_basic: Number = "3468.20"
    prior_project: Number = "986.25"
    prior_jiguan: Number = "309.85"
    income_reason: str = "社区卫生服务中心用房修缮、家庭医生签约服务补助等项目经费增加"
    basic_reason: str = "人员经费增加"
    project_reason: str = "社区卫生服务中心用房修缮、家庭医生签约服务补助等项目经费增加"
    jiguan_reason: str = "人员增加，相应公用经费增加"
    # 三公: this year's amounts come from the 30212 / 30217 / 31013 / 30231 rows; prior year (万元) here
    prior_abroad: Number = 0
    prior_reception: Number = "3.0"
    prior_car_purchase: Number = 0
    prior_car_running: Number = "8.0"
    cars: int = 2
    prior_cars: int = 2
    sangong_reason: str = "严格落实过紧日子要求，压减公务接待费"
    reception_reason: str = "压减公务接待活动"
    # performance evaluation of an earlier year's project
    eval_project: str = "基本公共卫生服务"
    eval_score: Number = "91.36"
    eval_grade: str = "优秀"
    # assets (万元) at the end of the prior year
    assets_original: Number = "18642.57"
    assets_depreciation: Number = "6218.34"
    vehicles: int = 2
    vehicles_value: Number = "46.80"
    general_equipment: int = 1
    general_equipment_value: Number = "58.60"
    special_equipment: int = 0
    buy_special_equipment: int = 1
    buy_special_equipment_value: Number = "120.00"
    fullwidth_comma_in_assets: bool = True  # mess as in the real file: "18，642.57"
    overall: OverallGoals = field(default_factory=OverallGoals)
    slips: tuple[str, ...] = ()  # any of SLIP_KINDS: make the narrative arithmetic wrong
    seed: int = 7  # order of 表六 rows
    # several units (see multi_unit_spec); empty: one unit, 本级, with the headcount fields above
    units: tuple[Unit, ...] = ()
    t6_subtotals: bool = False  # mess: a "小    计" row heads each unit's 表六 rows
    prior_fund: Number = 0  # last year's 政府性基金预算财政拨款 (万元)
    fund_reason: str = ""
    eval_effect: str = DEFAULT_EVAL_EFFECT
    eval_points: tuple[str, str, str] = DEFAULT_EVAL_POINTS
    extra_glossary: tuple[str, ...] = ()  # 名称解释 items after the six standard ones

    @property
    def prior_year(self) -> int:
        return self.year - 1

    @property
    def unit_code(self) -> str:
        return f"{self.dept_code}001"

    @property
    def unit_label(self) -> str:
        return f"{self.unit_code}-{self.department}（本级）"

    @property
    def all_units(self) -> tuple[Unit, ...]:
        """The units in 表二 order; a spec without `units` has one, 本级, with the spec's headcount."""
        if self.units:
            return self.units
        return (Unit("001", admin_quota=self.staff_admin_quota, inst_quota=self.staff_inst_quota,
                     staff_admin=self.staff_admin, staff_inst=self.staff_inst, retired_li=self.retired_li,
                     retired=self.retired, temporary=self.temporary),)

    def unit_code_of(self, suffix: str) -> str:
        return f"{self.dept_code}{suffix}"

    def unit_name(self, suffix: str) -> str:
        """"北京市…（本级）" for 001, else the unit's own name."""
        u = next(u for u in self.all_units if u.suffix == suffix)
        return u.name or f"{self.department}（本级）"

    def label_of(self, suffix: str) -> str:
        """"163001-北京市…（本级）": the unit cell of 表四/表六/表十一/表十三."""
        return f"{self.unit_code_of(suffix)}-{self.unit_name(suffix)}"


def with_slips(spec: BudgetSpec | None = None, kinds: tuple[str, ...] = SLIP_KINDS) -> BudgetSpec:
    """The spec with narrative arithmetic slips switched on (tables stay correct)."""
    unknown = set(kinds) - set(SLIP_KINDS)
    if unknown:
        raise ValueError(f"unknown slip kinds: {sorted(unknown)}")
    return replace(spec or BudgetSpec(), slips=tuple(kinds))


# --------------------------------------------------------------------------- a second department: three units

MULTI_UNITS: tuple[Unit, ...] = (
    Unit("001", kind="1-行政单位", admin_quota=52, inst_quota=6, staff_admin=48, staff_inst=5, retired_li=1,
         retired=37, temporary=6),
    Unit("002", "北京市海淀区清泉公园管理处", "2-事业单位", "事业收入",
         "北京市海淀区清泉公园管理处为区园林绿化局所属公益二类事业单位，主要负责清泉公园的绿地养护、湿地保护、"
         "园容管理和游园安全服务工作。",
         inst_quota=78, staff_inst=71, retired=46, temporary=15),
    Unit("003", "北京市海淀区西岭苗圃", "2-事业单位", "其他收入",
         "北京市海淀区西岭苗圃为区园林绿化局所属公益二类事业单位，主要负责乡土树种苗木繁育、林木种质资源保存和"
         "节水灌溉等育苗技术的示范推广工作。",
         inst_quota=40, staff_inst=36, retired=29, temporary=9),
)

MULTI_BASIC: tuple[BasicLine, ...] = (
    # 001 本级 (行政单位)
    *_bu("001", "2130201",
         ("30101", "268.452000"), ("30102", "612.380000"), ("30103", "48.600000"), ("30112", "9.874216"),
         ("30199", "36.500000"), ("30201", "18.360000"), ("30205", "2.400000"), ("30206", "16.920000"),
         ("30207", "5.280000"), ("30208", "28.647300"), ("30211", "4.560000"), ("30213", "12.300000"),
         ("30215", "1.850000"), ("30217", "1.200000"), ("30228", "17.845600"), ("30229", "21.200000"),
         ("30231", "9.600000"), ("30299", "27.416000"), ("30399", "18.240000")),
    *_bu("001", "2080501", ("30299", "2.850000"), ("30301", "21.365400"), ("30302", "15.720000")),
    *_bu("001", "2080801", ("30304", "8.640000")),
    *_bu("001", "2080505", ("30108", "128.467200")),
    *_bu("001", "2080506", ("30109", "64.233600")),
    *_bu("001", "2101101", ("30110", "96.352800")),
    *_bu("001", "2210201", ("30113", "108.945600")),
    *_bu("001", "2210203", ("30102", "92.416800")),
    # 002 清泉公园管理处 (事业单位; part of its running costs paid from 事业收入)
    *_bu("002", "2130204",
         ("30101", "312.840000"), ("30102", "186.520000"), ("30107", "398.760000"), ("30112", "11.236800"),
         ("30199", "24.300000"), ("30201", "10.420000"), ("30205", "18.600000"), ("30206", "32.480000"),
         ("30207", "3.120000"), ("30208", "21.836400"), ("30211", "1.860000"), ("30213", "15.600000"),
         ("30217", "0.600000"), ("30228", "20.118600"), ("30229", "24.850000"), ("30299", "9.480000")),
    *_bu("002", "2130204", ("30206", "12.000000"), ("30226", "86.400000"), source="own"),
    *_bu("002", "2080502", ("30302", "18.960000"), ("30399", "6.540000")),
    *_bu("002", "2080505", ("30108", "142.867200")),
    *_bu("002", "2080506", ("30109", "71.433600")),
    *_bu("002", "2101102", ("30110", "104.184000")),
    *_bu("002", "2210201", ("30113", "118.620000")),
    *_bu("002", "2210202", ("30102", "0.864000")),
    *_bu("002", "2210203", ("30102", "84.732000")),
    # 003 西岭苗圃 (事业单位; nursery materials partly paid from 其他收入)
    *_bu("003", "2130204",
         ("30101", "158.412000"), ("30102", "92.640000"), ("30107", "201.360000"), ("30112", "5.712000"),
         ("30201", "6.240000"), ("30205", "9.850000"), ("30206", "14.620000"), ("30211", "0.960000"),
         ("30213", "6.800000"), ("30228", "10.176000"), ("30229", "12.600000"), ("30231", "3.200000"),
         ("30299", "4.380000")),
    *_bu("003", "2130204", ("30218", "35.000000"), source="own"),
    *_bu("003", "2080502", ("30302", "12.480000"), ("30399", "3.960000")),
    *_bu("003", "2080505", ("30108", "72.345600")),
    *_bu("003", "2080506", ("30109", "36.172800")),
    *_bu("003", "2101102", ("30110", "52.815600")),
    *_bu("003", "2210201", ("30113", "60.124800")),
    *_bu("003", "2210203", ("30102", "42.876000")),
)

_COST = ("成本指标", "经济成本指标")

MULTI_PROJECTS: tuple[Project, ...] = (
    Project(
        "平原生态林养护管理", "2130205", "30227", "1268.450000", 3105012, "高文涛", "62451103",
        "对全区平原生态林开展浇水、施肥、修剪、松土除草和林木补植等日常养护，落实专业化管护队伍，巩固平原造林"
        "成果，提升林分质量和生态服务功能。",
        (_i(_QTY, "养护平原生态林面积", "＝", "2860", "公顷"), _i(_QLT, "林木保存率", "≥", "95", "%"),
         _i(_TIME, "养护作业完成时限", "≤", "12", "月"), _i(_SOC, "区域生态环境质量", "定性", "持续改善"),
         _i(_SAT, "周边居民满意度", "≥", "90", "%")),
        procurement=True,
        purchase=PurchaseService("03-生态建设/01-森林资源培育与管护", "01-基本公共服务", "0109-生态保护和环境治理",
                                 "林地绿地养护服务", "平原生态林养护服务")),
    Project(
        "生态公益林生态效益补偿", "2130209", "30399", "586.320000", 3105027, "罗静怡", "62451118",
        "按照本市生态公益林补偿政策，对全区集体所有的生态公益林按面积发放生态效益补偿资金和管护补助，调动林权"
        "所有者保护森林资源的积极性。",
        (_i(_QTY, "纳入补偿的生态公益林面积", "＝", "97720", "亩"),
         _i(_QLT, "补偿资金足额发放率", "＝", "100", "%"), _i(_TIME, "补偿资金发放完成时间", "≤", "11", "月"),
         _i(_SOC, "林权所有者管护积极性", "定性", "明显提高"))),
    Project(
        "林业有害生物防治", "2130234", "30218", "142.800000", 3105033, "邱海鹰", "62451127",
        "开展美国白蛾、红脂大小蠹等重大林业有害生物监测调查和防治作业，采购防治药剂和诱捕器，将林业有害生物"
        "成灾率控制在千分之一以下。",
        (_i(_QTY, "监测防治面积", "≥", "4200", "公顷"), _i(_QLT, "林业有害生物成灾率", "≤", "0.1", "%"),
         _i(_QLT, "无公害防治率", "≥", "90", "%"), _i(_TIME, "春季防治作业完成时间", "≤", "5", "月")),
        procurement=True),
    Project(
        "森林防火监测系统运行维护", "2130234", "30227", "38.600000", 3105041, "钟楠、白义东", "62451136、62451139",
        "对全区森林防火视频监控前端、通信链路和指挥平台开展运行维护，保障火情早发现、早报告、早处置。",
        (_i(_QTY, "运维视频监控点位", "＝", "46", "个"), _i(_QLT, "系统正常运行率", "≥", "98", "%"),
         _i(_TIME, "故障修复时间", "≤", "24", "小时")),
        procurement=True,
        purchase=PurchaseService("08-其他职责/03-信息系统建设及维护等工作", "02-政府履职辅助性服务",
                                 "0210-信息化服务", "机关信息系统开发与维护服务", "森林防火监测系统运维服务")),
    Project(
        "城市口袋公园及小微绿地建设", "2120803", "31005", "860.000000", 3105058, "谭思成", "62451145",
        "利用城市边角地、拆违腾退地新建和改造口袋公园及小微绿地，完善园路、座椅、照明等配套设施，让居民出门"
        "见绿、休闲有处。",
        (_i(_QTY, "新建改造口袋公园及小微绿地", "＝", "12", "处"), _i(_QTY, "新增绿地面积", "≥", "3.6", "公顷"),
         _i(_QLT, "工程验收合格率", "＝", "100", "%"), _i(_TIME, "工程完工时间", "≤", "11", "月"),
         _i(_SAT, "周边居民满意度", "≥", "90", "%")),
        procurement=True, source="fund"),
    Project(
        "古树名木保护复壮", "2130211", "30227", "46.250000", 3105064, "黎晓光", "62451152",
        "对全区古树名木开展健康巡查、树体支撑加固、土壤改良和复壮救治，建立一树一档，确保古树名木健康生长。",
        (_i(_QTY, "复壮救治古树", "＝", "38", "株"), _i(_QLT, "古树名木保存率", "＝", "100", "%"),
         _i(_SOC, "历史文化和生态价值", "定性", "得到有效保护")),
        halfwidth_parens=True),
    Project(
        "公园绿地及园林设施养护", "2130299", "30213", "312.600000", 3105203, "武嘉禾", "62451203",
        "对清泉公园绿地、水体、园路及园林设施开展日常养护和维修，保持园容园貌整洁、设施完好，为市民提供良好的"
        "游园环境。",
        (_i(_QTY, "养护绿地面积", "＝", "68.5", "公顷"), _i(_QLT, "园林设施完好率", "≥", "95", "%"),
         _i(_TIME, "设施维修响应时间", "≤", "48", "小时"), _i(_SAT, "游园群众满意度", "≥", "92", "%")),
        unit="002", own="60.000000"),
    Project(
        "公园湿地生态修复", "2120899", "30227", "185.000000", 3105216, "廖一凡", "62451218",
        "对清泉公园内退化湿地实施生态修复，开展水系连通、驳岸生态化改造和水生植物补植，构建乔灌草与水生植物"
        "相结合的湿地植物群落，提升湿地水质净化和生物多样性保护功能，为鸟类等野生动物营造适宜的栖息环境。",
        (_i(_QTY, "修复湿地面积", "＝", "8.2", "公顷"), _i(_QTY, "补植水生植物", "≥", "26000", "株"),
         _i(_TIME, "修复工程完工时间", "≤", "10", "月"), _i(_SOC, "湿地生物多样性", "定性", "明显提升")),
        procurement=True, goal_wrap_at=47, unit="002", source="fund"),
    Project(
        "公园安保保洁服务", "2130204", "30209", "96.480000", 3105224, "孔令杰", "62451226",
        "通过政府购买服务方式引入专业物业公司，承担清泉公园安全巡逻、秩序维护和园区保洁工作，保障游园安全和"
        "环境整洁。",
        (_i(_QTY, "安保保洁服务面积", "＝", "72", "公顷"), _i(_QTY, "配备安保人员", "＝", "24", "人"),
         _i(_QLT, "园区保洁达标率", "≥", "98"),  # mess: percentage without unit
         _i(_SAT, "游园群众满意度", "≥", "90", "%")),
        procurement=True, unit="002",
        purchase=PurchaseService("08-其他职责/02-机关后勤保障工作", "02-政府履职辅助性服务", "0211-后勤服务",
                                 "物业管理服务", "公园安保保洁服务", term="2年", contract_amount="192.960000")),
    Project(
        "公园园路及地下管线修缮", "2130299", "30906", "158.000000", 3105237, "姚德明", "62451234",
        "对清泉公园破损园路、老化给排水和电力管线进行修缮改造，消除安全隐患，改善游园通行条件。",
        (_i(_QTY, "修缮园路长度", "＝", "3.4", "公里"), _i(_QTY, "更换地下管线", "＝", "2600", "米"),
         _i(_QLT, "工程验收合格率", "＝", "100", "%"), _i(_TIME, "工程完工时间", "≤", "9", "月")),
        procurement=True, unit="002"),
    Project(
        "乡土树种苗木繁育", "2130205", "30218", "120.000000", 3105302, "申志远", "62451302",
        "繁育油松、元宝枫、黄栌等乡土树种苗木，保障全区造林绿化和公园绿地补植用苗，提高乡土树种使用比例。",
        (_i(_QTY, "繁育乡土树种苗木", "≥", "85000", "株"), _i(_QLT, "苗木出圃合格率", "≥", "92", "%"),
         _i(_SOC, "乡土树种使用比例", "定性", "稳步提高")),
        unit="003", own="40.000000"),
    Project(
        "苗圃智能灌溉设备购置", "2130206", "31003", "64.500000", 3105315, "易天翔", "62451315",
        "购置滴灌、微喷等智能节水灌溉设备及土壤墒情监测传感器，推广节水灌溉技术，降低苗圃用水量。",
        (_i(_QTY, "购置智能灌溉设备", "＝", "15", "套"), _i(_QLT, "设备验收合格率", "＝", "100", "%"),
         _i(_SOC, "苗圃灌溉节水率", "≥", "30", "%")),
        procurement=True, swap_owner_phone=True, unit="003"),
)

MULTI_DUTIES: tuple[str, ...] = (
    "（1）贯彻执行国家和本市有关园林绿化、林业和湿地保护的法律法规、规章和政策，拟订本区园林绿化发展规划并组织实施。",
    "（2）负责本区造林绿化、平原生态林和城市绿地的建设与养护管理工作，组织开展全民义务植树活动。",
    "（3）负责本区森林资源的保护和管理，组织实施生态公益林补偿和古树名木保护工作。",
    "（4）负责本区森林防火和林业有害生物防治工作，指导监督野生动植物保护和湿地保护。",
    "（5）负责本区公园、风景名胜区的行业管理，指导公园绿地的规划建设和服务管理。",
    "（6）负责本区林木种苗、花卉行业的管理和园林绿化科技推广工作。",
    "（7)负责本区园林绿化行政执法监督和行业安全生产工作。",
    "（8）完成区委、区政府交办的其他任务。",
)

MULTI_TASKS: tuple[str, ...] = (
    "1、推进平原生态林提质增效。落实平原生态林专业化养护，开展林分结构调整和林木补植，林木保存率保持在95%以上，"
    "巩固新一轮百万亩造林绿化成果。",
    "2、建设城市口袋公园和小微绿地。利用边角地、拆违腾退地新建和改造口袋公园及小微绿地12处，新增绿地面积3.6公顷，"
    "打造“推窗见绿、出门入园”的城市绿色空间。",
    "3、筑牢森林防火和有害生物防控防线。严格落实森林防火责任制，完善视频监控和“人防+技防”火情监测体系；"
    "做好美国白蛾等重大林业有害生物监测防治，成灾率控制在千分之一以下。",
    "4、加强湿地和生物多样性保护。实施清泉公园湿地生态修复，开展古树名木保护复壮，做好野生动植物疫源疫病监测。",
    "5、提升公园精细化管理水平。落实公园绿地分级分类养护标准，推进园路、管线等设施修缮，提高游园服务质量。",
)

MULTI_OVERALL = OverallGoals(
    head="邵国栋",
    phone="62451001",
    goal=(
        "以习近平新时代中国特色社会主义思想为指导，深入践行习近平生态文明思想，坚持生态优先、绿色发展，巩固"
        "平原造林成果，建设城市口袋公园和小微绿地，筑牢森林防火和林业有害生物防控防线，加强湿地和生物多样性"
        "保护，推动海淀园林绿化高质量发展。"),
    output_quantity=(
        "养护平原生态林2860公顷；新建改造口袋公园及小微绿地12处；修复湿地8.2公顷；复壮救治古树38株；"
        "繁育乡土树种苗木不少于85000株。"),
    output_quality=(
        "1、林木保存率不低于95%。2、林业有害生物成灾率控制在千分之一以下。3、工程验收合格率达到100%。4、",
        "森林防火监测系统正常运行率不低于98%，公园园林设施完好率不低于95%，各项工作质量符合行业标准和考核要求。"),
    progress="1上半年完成全年项目预算执行任务的60%以上，下半年完成全年预算执行任务。2项目具体进度按相关文件要求完成。",
    cost="严格执行本局内部控制制度，各项支出控制在预算范围内，重点控制三公经费的增长率",
    econ_benefit="带动苗木、养护等绿色产业发展，提高财政资金使用效益。",
    social_benefit="1、城市绿色空间更加均衡2、森林火灾和林业有害生物灾害风险有效防控3、群众游园获得感不断增强",
    env_benefit="森林覆盖率稳步提高，湿地生态功能逐步恢复，区域生态环境质量持续改善。",
    sustain=(
        "持续巩固平原造林和城市绿化成果，完善园林绿化精细化养护管理长效机制。",
        "推动“绿色海淀”建设持续深入，生态系统稳定性和生物多样性持续提升。"),
    satisfaction="通过服务型政府的建设,服务辖区居民，对部门服务满意度比例达到95%以上。",
)


def multi_unit_spec() -> BudgetSpec:
    """北京市海淀区园林绿化局, 2025 (prior year 2024): 本级 plus two 事业单位 (a park office and a nursery).

    Unlike the default spec it has 政府性基金 projects (non-empty 表八, 政府性基金预算拨款收入 in 表一/表五),
    单位资金 paid from 事业收入 / 其他收入 (so 表一 and 表五 totals differ, and 表三 rows differ from 表七),
    two mixed-money projects (财政资金 + 其他资金 in 表十三), several units in 表二/表四/表六/表十一/表十三
    (the same function code for two or three units in 表六, with a 小计 row per unit), per-unit headcounts,
    decreasing 基本支出 and 三公 next to increasing 项目支出."""
    return BudgetSpec(
        department="北京市海淀区园林绿化局", short_name="区园林绿化局", self_ref="我局", region_code="110108",
        dept_code="301", year=2025, internal_units=9, duties=MULTI_DUTIES,
        tasks_intro=(
            "{year}年是“十四五”规划的收官之年。区园林绿化局以习近平生态文明思想为指导，以“绿色海淀”建设为主线，"
            "统筹山水林田湖草系统治理，巩固平原造林成果，建设城市口袋公园和小微绿地，守牢森林防火和林业有害生物"
            "防控底线，持续提升园林绿化精细化管理水平。"),
        tasks=MULTI_TASKS,
        units=MULTI_UNITS, basic=MULTI_BASIC, projects=MULTI_PROJECTS,
        prior_basic="4318.56", prior_project="3296.75", prior_jiguan="175.26", prior_fund="420.00",
        income_reason="新增城市口袋公园及小微绿地建设、公园湿地生态修复等政府性基金项目",
        basic_reason="部分人员退休，人员经费相应减少",
        project_reason="新增城市口袋公园及小微绿地建设、公园湿地生态修复等项目",
        jiguan_reason="严格落实过紧日子要求，压减一般性支出",
        fund_reason="新增城市口袋公园及小微绿地建设项目",
        prior_reception="2.2", prior_car_running="14.5", cars=5, prior_cars=6,
        sangong_reason="严格落实过紧日子要求，压减公务接待和公务用车运行维护支出",
        reception_reason="严控公务接待活动和接待标准",
        eval_project="平原生态林养护管理", eval_score="87.45", eval_grade="良好",
        eval_effect=(
            "该项目实现的主要绩效为：该项目通过落实平原生态林专业化养护，林木保存率保持在95%以上，林分结构逐步优化，"
            "生态服务功能明显提升；通过养护作业吸纳当地农民就业，带动了农民增收，实施效益较明显。"),
        eval_points=(
            " 一是压实养护责任。局领导班子将平原生态林养护列入年度重点任务，按地块明确养护单位和责任人，"
            "建立“一地块一台账”。",
            "二是强化检查考核。实行月检查、季考核制度，对浇水、修剪、病虫害防治等作业质量进行现场抽查，"
            "考核结果与养护费用拨付挂钩。",
            "三是注重科技支撑。推广节水灌溉和林木健康经营技术，利用卫星遥感监测林地变化，提升养护管理精细化水平。",
        ),
        assets_original="52386.14", assets_depreciation="9874.62", vehicles=6, vehicles_value="118.40",
        general_equipment=2, general_equipment_value="126.50", special_equipment=1, buy_special_equipment=0,
        overall=MULTI_OVERALL, seed=11, t6_subtotals=True,
        extra_glossary=(
            "7、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
            "8、政府性基金预算：指对依照法律、行政法规的规定在一定期限内向特定对象征收、收取或者以其他方式筹集的"
            "资金，专项用于特定公共事业发展的收支预算。",
            "9、单位资金：指除财政拨款以外，单位通过事业收入、其他收入等取得的资金。",
        ),
    )


# --------------------------------------------------------------------------- computed figures

@dataclass(frozen=True)
class Line:
    """One 表三 row: a (功能分类, 经济分类) pair with its 基本/项目 split (all units, all money)."""

    func: str
    econ: str
    total: Decimal
    basic: Decimal
    project: Decimal
    gp_basic: Decimal = _ZERO  # of which 一般公共预算 (表七)
    gp_project: Decimal = _ZERO
    fund: Decimal = _ZERO  # of which 政府性基金预算 (表八; projects only)
    own: Decimal = _ZERO  # of which 单位资金 (事业收入 / 其他收入)

    @property
    def gp(self) -> Decimal:
        return self.gp_basic + self.gp_project

    @property
    def fiscal(self) -> Decimal:
        return self.gp + self.fund


@dataclass(frozen=True)
class FuncRow:
    """One 表六 row (一般公共预算 only)."""

    func: str
    name: str
    total: Decimal
    basic: Decimal
    personnel: Decimal
    public: Decimal
    project: Decimal
    project_ex_capital: Decimal  # 扣除基建项目后预算数 (大型修缮 309xx excluded)
    unit: str = ""  # the unit cell, e.g. "163001-北京市…（本级）"


@dataclass(frozen=True)
class UnitFigures:
    """One unit's 表二 row, headcount and projects."""

    code: str
    name: str
    label: str
    kind: str
    total: Decimal
    gp: Decimal
    fund: Decimal
    own: Decimal
    own_income: str  # 事业收入 or 其他收入 (the 表二 column `own` goes to)
    basic: Decimal
    project: Decimal
    projects: tuple[str, ...]  # full project names
    headcount: dict[str, int]


@dataclass(frozen=True)
class Slip:
    """A narrative figure stated wrongly on purpose."""

    kind: str
    label: str
    stated: Decimal
    correct: Decimal
    unit: str


@dataclass(frozen=True)
class Figures:
    """What the generated document says, computed from a spec (the oracle for tests)."""

    department: str
    year: int
    total: Decimal
    basic: Decimal
    project: Decimal
    personnel: Decimal
    public: Decimal
    lines: tuple[Line, ...]  # 表三 order: function code, then government then department economic code
    func_rows: tuple[FuncRow, ...]  # 表六 order (shuffled within each unit)
    by_class: dict[str, Decimal]  # "卫生健康支出" -> amount (non-zero classes)
    by_econ: dict[str, Decimal]  # "差旅费" -> sum over all rows
    projects: dict[str, Decimal]  # full project name -> amount, 表四 order
    sangong: dict[str, Decimal]  # 万元
    prior_sangong: dict[str, Decimal]
    jiguan: Decimal  # 机关运行经费 = 一般公共预算 公用经费 of 行政运行
    procurement_count: int
    procurement_amount: Decimal
    purchase_count: int
    purchase_amount: Decimal
    headcount: dict[str, int]
    assets: dict[str, Decimal]
    narrative: dict[str, Decimal]  # correct narrative figures (2 decimals / percent)
    slips: tuple[Slip, ...]
    # money by source; in a one-unit, 一般公共预算-only spec gp == fiscal == total
    gp: Decimal = _ZERO  # 一般公共预算 (表六 total)
    fund: Decimal = _ZERO  # 政府性基金预算 (表八 total)
    fiscal: Decimal = _ZERO  # 财政拨款 = gp + fund (表五 total)
    income: dict[str, Decimal] = field(default_factory=dict)  # 表一 income item (without "一、") -> amount
    fiscal_by_class: dict[str, Decimal] = field(default_factory=dict)  # 表五 expense classes
    gp_basic: Decimal = _ZERO  # 表七 total
    gp_personnel: Decimal = _ZERO
    gp_public: Decimal = _ZERO
    gp_project: Decimal = _ZERO
    fund_lines: tuple[Line, ...] = ()  # 表八 rows
    units: tuple[UnitFigures, ...] = ()
    project_units: dict[str, str] = field(default_factory=dict)  # full project name -> unit label


def _add(d: dict, key, value: Decimal) -> None:
    d[key] = d.get(key, _ZERO) + value


def _check_spec(spec: BudgetSpec) -> None:
    suffixes = [u.suffix for u in spec.all_units]
    if suffixes[0] != "001" or len(set(suffixes)) != len(suffixes):
        raise ValueError(f"units must start with 001 and be distinct: {suffixes}")
    for u in spec.all_units:
        if u.own_income not in ("事业收入", "其他收入"):
            raise ValueError(f"unit {u.suffix}: own_income must be 事业收入 or 其他收入")
    for item in [*spec.basic, *spec.projects]:
        if item.econ not in ECON:
            raise ValueError(f"unknown economic class {item.econ}")
        if item.func not in FUNC_NAMES:
            raise ValueError(f"unknown function subject {item.func}")
        if item.unit not in suffixes:
            raise ValueError(f"unknown unit {item.unit}")
    for b in spec.basic:
        if b.source not in ("gp", "own"):
            raise ValueError(f"basic line source must be gp or own: {b}")
    for p in spec.projects:
        if p.source not in ("gp", "fund") or not 0 <= dec(p.own) <= dec(p.amount):
            raise ValueError(f"project {p.name}: source gp/fund and 0 <= own <= amount")


def figures(spec: BudgetSpec | None = None) -> Figures:
    """All numbers of the document for `spec` (default: the 东城区卫生健康委员会 spec)."""
    spec = spec or BudgetSpec()
    _check_spec(spec)
    # (unit, func, econ) -> [gp basic, own basic, gp project, fund project, own project]
    atoms: dict[tuple[str, str, str], list[Decimal]] = defaultdict(lambda: [_ZERO] * 5)
    for b in spec.basic:
        atoms[(b.unit, b.func, b.econ)][0 if b.source == "gp" else 1] += dec(b.amount)
    for p in spec.projects:
        a = atoms[(p.unit, p.func, p.econ)]
        a[2 if p.source == "gp" else 3] += p.fiscal
        a[4] += dec(p.own)
    pairs: dict[tuple[str, str], list[Decimal]] = defaultdict(lambda: [_ZERO] * 5)
    for (_, f, e), a in atoms.items():
        acc = pairs[(f, e)]
        for i in range(5):
            acc[i] += a[i]
    keys = sorted(pairs, key=lambda k: (k[0], ECON[k[1]][1], k[1]))  # as the real 表三
    lines = []
    for f, e in keys:
        gb, ob, gpj, fpj, opj = pairs[(f, e)]
        lines.append(Line(f, e, gb + ob + gpj + fpj + opj, gb + ob, gpj + fpj + opj,
                          gp_basic=gb, gp_project=gpj, fund=fpj, own=ob + opj))
    lines = tuple(lines)
    total = sum((ln.total for ln in lines), _ZERO)
    basic_total = sum((ln.basic for ln in lines), _ZERO)
    project_total = sum((ln.project for ln in lines), _ZERO)
    personnel = sum((ln.basic for ln in lines if ECON[ln.econ][3]), _ZERO)
    public = basic_total - personnel
    gp_basic = sum((ln.gp_basic for ln in lines), _ZERO)
    gp_personnel = sum((ln.gp_basic for ln in lines if ECON[ln.econ][3]), _ZERO)
    gp_project = sum((ln.gp_project for ln in lines), _ZERO)
    fund = sum((ln.fund for ln in lines), _ZERO)
    gp = gp_basic + gp_project

    # 表六: 一般公共预算 by unit and function code, rows shuffled within each unit
    rng = random.Random(spec.seed)
    func_rows: list[FuncRow] = []
    for u in spec.all_units:
        by_func: dict[str, list[Decimal]] = defaultdict(lambda: [_ZERO] * 5)
        for (unit, f, e), a in sorted(atoms.items()):
            if unit != u.suffix or a[0] + a[2] == 0:
                continue
            acc = by_func[f]
            acc[0] += a[0]
            acc[1 if ECON[e][3] else 2] += a[0]
            acc[3] += a[2]
            acc[4] += _ZERO if e.startswith("309") else a[2]
        rows = [FuncRow(f, FUNC_NAMES[f], a[0] + a[3], a[0], a[1], a[2], a[3], a[4], spec.label_of(u.suffix))
                for f, a in sorted(by_func.items())]
        rng.shuffle(rows)
        func_rows += rows

    by_class: dict[str, Decimal] = {}
    fiscal_by_class: dict[str, Decimal] = {}
    by_econ: dict[str, Decimal] = {}
    for ln in lines:
        _add(by_class, class_name(ln.func[:3]), ln.total)
        if ln.fiscal:
            _add(fiscal_by_class, class_name(ln.func[:3]), ln.fiscal)
        _add(by_econ, ECON[ln.econ][0], ln.total)

    def econ_sum(code: str) -> Decimal:  # 三公 are 一般公共预算 money
        return sum((ln.gp for ln in lines if ln.econ == code), _ZERO)

    sangong = {"因公出国（境）费": econ_sum("30212"), "公务接待费": econ_sum("30217"),
               "公务用车购置费": econ_sum("31013"), "公务用车运行维护费": econ_sum("30231")}
    sangong["公务用车购置及运行维护费"] = sangong["公务用车购置费"] + sangong["公务用车运行维护费"]
    sangong["合计"] = sangong["因公出国（境）费"] + sangong["公务接待费"] + sangong["公务用车购置及运行维护费"]
    prior = {"因公出国（境）费": dec(spec.prior_abroad), "公务接待费": dec(spec.prior_reception),
             "公务用车购置费": dec(spec.prior_car_purchase), "公务用车运行维护费": dec(spec.prior_car_running)}
    prior["公务用车购置及运行维护费"] = prior["公务用车购置费"] + prior["公务用车运行维护费"]
    prior["合计"] = prior["因公出国（境）费"] + prior["公务接待费"] + prior["公务用车购置及运行维护费"]

    jiguan = sum((ln.gp_basic for ln in lines if FUNC_NAMES[ln.func] == "行政运行" and not ECON[ln.econ][3]),
                 _ZERO)
    procured = [p for p in spec.projects if p.procurement]
    bought = [p for p in spec.projects if p.purchase]

    def heads(units: tuple[Unit, ...]) -> dict[str, int]:
        h = {
            "编制": sum(u.admin_quota + u.inst_quota for u in units),
            "行政编制": sum(u.admin_quota for u in units), "事业编制": sum(u.inst_quota for u in units),
            "在职": sum(u.staff_admin + u.staff_inst for u in units),
            "行政在职": sum(u.staff_admin for u in units), "事业在职": sum(u.staff_inst for u in units),
            "离休": sum(u.retired_li for u in units), "退休": sum(u.retired for u in units),
            "临时工": sum(u.temporary for u in units),
        }
        h["实际"] = h["在职"] + h["离休"] + h["退休"] + h["临时工"]
        return h

    headcount = heads(spec.all_units)

    unit_figs = []
    for u in spec.all_units:
        mine = [a for (unit, _, _), a in atoms.items() if unit == u.suffix]
        col = [sum((a[i] for a in mine), _ZERO) for i in range(5)]
        unit_figs.append(UnitFigures(
            code=spec.unit_code_of(u.suffix), name=spec.unit_name(u.suffix), label=spec.label_of(u.suffix),
            kind=u.kind, total=sum(col, _ZERO), gp=col[0] + col[2], fund=col[3], own=col[1] + col[4],
            own_income=u.own_income, basic=col[0] + col[1], project=col[2] + col[3] + col[4],
            projects=tuple(p.full_name(spec.year) for p in spec.projects if p.unit == u.suffix),
            headcount=heads((u,))))
    income = {"一般公共预算拨款收入": gp, "政府性基金预算拨款收入": fund,
              "事业收入": sum((u.own for u in unit_figs if u.own_income == "事业收入"), _ZERO),
              "其他收入": sum((u.own for u in unit_figs if u.own_income == "其他收入"), _ZERO)}

    assets = {"原值": r2(spec.assets_original), "累计折旧": r2(spec.assets_depreciation)}
    assets["净值"] = assets["原值"] - assets["累计折旧"]

    prior_income = r2(spec.prior_basic) + r2(spec.prior_project)
    income_change = r2(total) - prior_income
    basic_change = r2(basic_total) - r2(spec.prior_basic)
    project_change = r2(project_total) - r2(spec.prior_project)
    jiguan_change = r2(jiguan) - r2(spec.prior_jiguan)
    fund_change = r2(fund) - r2(spec.prior_fund)
    narrative = {
        "收入预算": r2(total), "上年收入预算": prior_income, "收入变动": income_change,
        "收入变动率": pct(abs(income_change), prior_income),
        "基本支出": r2(basic_total), "基本支出占比": pct(basic_total, total),
        "上年基本支出": r2(spec.prior_basic), "基本支出变动": basic_change,
        "基本支出变动率": pct(abs(basic_change), spec.prior_basic),
        "项目支出": r2(project_total), "项目支出占比": pct(project_total, total),
        "上年项目支出": r2(spec.prior_project), "项目支出变动": project_change,
        "项目支出变动率": pct(abs(project_change), spec.prior_project),
        "机关运行经费": r2(jiguan), "上年机关运行经费": r2(spec.prior_jiguan),
        "机关运行经费变动": jiguan_change, "机关运行经费变动率": pct(abs(jiguan_change), spec.prior_jiguan),
        "一般公共预算财政拨款": r2(gp), "政府性基金预算财政拨款": r2(fund),
        "事业收入": r2(income["事业收入"]), "其他收入": r2(income["其他收入"]),
        "上年政府性基金": r2(spec.prior_fund), "政府性基金变动": fund_change,
    }
    slip_defs = {
        "income_change": ("收入变动", "收入预算比上年增减额", Decimal("10.00"), "万元"),
        "income_pct": ("收入变动率", "收入预算增减幅度", Decimal("1.00"), "%"),
        "basic_change": ("基本支出变动", "基本支出比上年增减额", Decimal("2.00"), "万元"),
        "project_share": ("项目支出占比", "项目支出占总支出比例", Decimal("0.50"), "%"),
        "jiguan_change": ("机关运行经费变动", "机关运行经费比上年增减额", Decimal("10.00"), "万元"),
    }
    slips = []
    for kind in spec.slips:
        key, label, delta, unit = slip_defs[kind]
        correct = narrative[key]
        stated = correct + delta if correct >= 0 else correct - delta
        slips.append(Slip(kind, label, stated, correct, unit))

    return Figures(
        department=spec.department, year=spec.year, total=total, basic=basic_total,
        project=project_total, personnel=personnel, public=public, lines=lines,
        func_rows=tuple(func_rows), by_class=by_class, by_econ=by_econ,
        projects={p.full_name(spec.year): dec(p.amount) for p in spec.projects},
        sangong=sangong, prior_sangong=prior, jiguan=jiguan,
        procurement_count=len(procured), procurement_amount=sum((dec(p.amount) for p in procured), _ZERO),
        purchase_count=len(bought), purchase_amount=sum((dec(p.amount) for p in bought), _ZERO),
        headcount=headcount, assets=assets, narrative=narrative, slips=tuple(slips),
        gp=gp, fund=fund, fiscal=gp + fund, income=income, fiscal_by_class=fiscal_by_class,
        gp_basic=gp_basic, gp_personnel=gp_personnel, gp_public=gp_basic - gp_personnel, gp_project=gp_project,
        fund_lines=tuple(ln for ln in lines if ln.fund), units=tuple(unit_figs),
        project_units={p.full_name(spec.year): spec.label_of(p.unit) for p in spec.projects},
    )


def slips(spec: BudgetSpec | None = None) -> tuple[Slip, ...]:
    """The wrong narrative figures `spec` asks for (empty for a clean spec)."""
    return figures(spec).slips


# --------------------------------------------------------------------------- narrative

def _updown(change: Decimal) -> tuple[str, str, str]:
    """(增加/减少, 增幅/减幅, 增加/减少 for the reason sentence)."""
    return ("增加", "增幅", "增加") if change >= 0 else ("减少", "减幅", "减少")


def _narrative(spec: BudgetSpec, fig: Figures) -> list[str]:
    y, py = spec.year, spec.prior_year
    n = dict(fig.narrative)
    for s in fig.slips:
        key = {"income_change": "收入变动", "income_pct": "收入变动率", "basic_change": "基本支出变动",
               "project_share": "项目支出占比", "jiguan_change": "机关运行经费变动"}[s.kind]
        n[key] = s.stated
    hc = fig.headcount
    dept = spec.department
    inc_w, inc_rate_w, inc_reason_w = _updown(fig.narrative["收入变动"])
    bas_w, _, bas_reason_w = _updown(fig.narrative["基本支出变动"])
    prj_w, _, prj_reason_w = _updown(fig.narrative["项目支出变动"])
    jg_w, jg_rate_w, _ = _updown(fig.narrative["机关运行经费变动"])
    top3 = sorted(spec.projects, key=lambda p: dec(p.amount), reverse=True)[:3]
    marks = "①②③"
    main_projects = "；".join(f"{marks[i]}{p.name}" for i, p in enumerate(top3))

    sg, psg = fig.sangong, fig.prior_sangong
    sg_change = sg["合计"] - psg["合计"]
    rec_change = sg["公务接待费"] - psg["公务接待费"]
    car_change = sg["公务用车购置及运行维护费"] - psg["公务用车购置及运行维护费"]
    car_count_change = spec.cars - spec.prior_cars

    def rec_sentence() -> str:
        if sg["公务接待费"] == 0 and psg["公务接待费"] == 0:
            return f"{y}年财政预算数0元，与{py}年财政预算数一致。"
        return (f"{y}年财政预算数{yuan(sg['公务接待费'])}元，比{py}年财政预算数{yuan(psg['公务接待费'])}元"
                f"{_updown(rec_change)[0]}{yuan(abs(rec_change))}元，主要原因是{spec.reception_reason}。")

    abroad = (f"{y}年财政预算数0元，与{py}年财政预算数一致。" if sg["因公出国（境）费"] == psg["因公出国（境）费"] == 0
              else f"{y}年财政预算数{yuan(sg['因公出国（境）费'])}元，{py}年财政预算数{yuan(psg['因公出国（境）费'])}元。")
    if car_change == 0:
        car_money = (f"{y}年公务用车购置及运行维护费财政预算数{yuan(sg['公务用车购置及运行维护费'])}元，"
                     f"与{py}年公务用车运行维护费一致")
    else:
        car_money = (f"{y}年公务用车购置及运行维护费财政预算数{yuan(sg['公务用车购置及运行维护费'])}元，"
                     f"比{py}年{yuan(psg['公务用车购置及运行维护费'])}元{_updown(car_change)[0]}"
                     f"{yuan(abs(car_change))}元")

    subs = [u for u in spec.all_units if u.suffix != "001"]
    income_parts = f"一般公共预算财政拨款{fmt2(n['一般公共预算财政拨款'])}万元，"
    for key in ("政府性基金预算财政拨款", "事业收入", "其他收入"):
        if n[key]:
            income_parts += f"{key}{fmt2(n[key])}万元，"
    sangong_units = [f"{dept}(本级)"]
    for u in subs:
        if any(ECON[b.econ][0] in ("公务接待费", "公务用车运行维护费", "因公出国（境）费用", "公务用车购置")
               and b.unit == u.suffix for b in spec.basic):
            sangong_units.append(u.name)
    if fig.fund:
        fw, _, _ = _updown(n["政府性基金变动"])
        fund_names = "、".join(p.name for p in spec.projects if p.source == "fund")
        fund_lines = [f"{y}年政府性基金预算财政拨款收入{fmt2(fig.fund)}万元，支出{fmt2(fig.fund)}万元，比{py}年"
                      f"{fmt2(n['上年政府性基金'])}万元{fw}{fmt2(abs(n['政府性基金变动']))}万元，{fw}的主要原因是"
                      f"{spec.fund_reason}。资金主要用于{fund_names}等项目。"]
    else:
        fund_lines = [f"{y}年政府性基金预算财政拨款收入、支出全为零。"]

    original = fmt2(fig.assets["原值"])
    if spec.fullwidth_comma_in_assets:
        original = original.replace(",", "，")
    buy_special = (f"{spec.buy_special_equipment}台(套),{yuan(spec.buy_special_equipment_value)}元"
                   if spec.buy_special_equipment else "0台(套),0元")

    staff_line = (f"编制{hc['编制']}人，其中行政（含工勤）{hc['行政编制']}人、事业编制{hc['事业编制']}人；"
                  f"实际人数{hc['实际']}人：其中在职人数{hc['在职']}人、行政（含参公）{hc['行政在职']}人、"
                  f"事业在职{hc['事业在职']}人；离休{hc['离休']}人；退休{hc['退休']}人、长期聘用临时工{hc['临时工']}人。")
    out = [
        f" 第一部分  {y}年部门预算情况说明",
        "一、部门主要职责及机构设置情况",
        "（一）部门机构设置、职责",
        "1. 机构设置",
        f"内设机构：{spec.short_name}设{spec.internal_units}个内设机构。",
    ]
    if subs:
        out += [
            f"所属单位：{spec.short_name}下设{len(subs)}个事业单位，分别为{'、'.join(u.name for u in subs)}。"
            f"纳入{y}年部门预算编制范围的预算单位共{len(subs) + 1}个，包括{spec.short_name}本级和上述"
            f"{len(subs)}个事业单位。",
            *(u.duty for u in subs if u.duty),
        ]
    out += ["2. 职责：", *spec.duties, "（二）人员构成情况"]
    if subs:
        per_unit = []
        for uf in fig.units:
            h = uf.headcount
            who = f"{spec.short_name}本级" if uf.code.endswith("001") else uf.name
            per_unit.append(f"{who}编制{h['编制']}人、在职{h['在职']}人、退休{h['退休']}人")
        out += [f"{dept}（含所属单位）{staff_line}", f"其中：{'；'.join(per_unit)}。"]
    else:
        out.append(f"{dept}本级{staff_line}")
    out += ["本预算年度的主要工作任务", spec.tasks_intro.format(year=y)]
    for i, task in enumerate(spec.tasks):
        out.append(task)
        if i in (0, 2, 3):  # the real file has blank lines after tasks 1, 3 and 4
            out.append("")
    if out[-1] == "":
        out.pop()
    out += [
        f"二、{y}年部门预算收支及增减变化情况说明",
        "(一)收入预算说明",
        f"{y}年收入预算{fmt2(n['收入预算'])}万元，其中:{income_parts}"
        f"市级提前下达专项转移支付项目资金0万元。比{py}年收入预算{fmt2(n['上年收入预算'])}万元{inc_w}了"
        f"{fmt2(abs(n['收入变动']))}万元,{inc_rate_w}{n['收入变动率']:.2f}%。{inc_reason_w}的主要原因是"
        f"{spec.income_reason}。",
        "(二)支出预算说明",
        f"{y}年支出预算按用途划分：",
        f"1、基本支出预算{fmt2(n['基本支出'])}万元，占总支出预算的{n['基本支出占比']:.2f}%，比{py}年"
        f"{fmt2(n['上年基本支出'])}万元{bas_w}{fmt2(abs(n['基本支出变动']))}万元，{bas_w} "
        f"{n['基本支出变动率']:.2f}%，{bas_reason_w}的主要原因为：{spec.basic_reason}。",
        f"2、项目支出预算{fmt2(n['项目支出'])}万元，占总支出预算的{n['项目支出占比']:.2f}%，比{py}年"
        f"{fmt2(n['上年项目支出'])}万元{prj_w}{fmt2(abs(n['项目支出变动']))}万元，{prj_w}"
        f"{n['项目支出变动率']:.2f}%。{prj_reason_w}的主要原因是{spec.project_reason}。",
        "3、市级提前下达专项转移支付项目资金0万元。",
        "三、主要支出情况",
        "（一）基本支出主要包括在职、离退休人员支出、个人",
        "和家庭补助支出、公用支出。",
        f"（二）项目支出主要项目是{main_projects}等。",
        f"四、{y}年“三公”经费财政拨款预算情况",
        "（一）预算单位范围",
        f"{dept}预算中因公出国（境）费、公务接待费、公务用车购置及运行维护费的支出单位包括{'、'.join(sangong_units)}。",
        f"(二)关于{y}年部门预算中“三公”经费财政拨款预算情况及与上年对比原因说明:",
        "",
        f"{y}年部门预算“三公”经费财政预算{yuan(sg['合计'])}元，比{py}年部门预算“三公”经费财政预算"
        f"{yuan(psg['合计'])}元{_updown(sg_change)[0]}{yuan(abs(sg_change))}元，主要原因是{spec.sangong_reason}。其中：",
        "1、因公出国（境）费",
        abroad,
        "2、公务接待费",
        rec_sentence(),
        "3、公务用车购置及运行维护费",
        f"{y}年公务用车财政预算数量为{spec.cars}辆，{py}年公务用车数量为{spec.prior_cars}辆。{y}年比{py}年"
        f"公务用车财政预算数{_updown(Decimal(car_count_change))[0]}{abs(car_count_change)}辆。{car_money}",
        f"五、{y}年政府基金政府性基金预算财政拨款收入支出说明",
        *fund_lines,
        "六、其他情况说明",
        f"（一）{y}年机关运行经费说明",
        f"{y}年本部门（含下属单位）履行一般行政事业管理职能、维持机关运行，用于一般公共预算安排的行政运行经费，"
        f"合计{fmt2(n['机关运行经费'])}万元。比{py}年机关运行经费{fmt2(n['上年机关运行经费'])}万元{jg_w}"
        f"{fmt2(abs(n['机关运行经费变动']))}万元,{jg_rate_w}{n['机关运行经费变动率']:.2f}%，主要原因为{spec.jiguan_reason}。",
        "行政运行经费是指为保障单位正常运行，用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、"
        "会议费、福利费、日常维修费、专用材料及一般设备购置费、网络运行维护费、办公用房租赁费、办公用房水电费、"
        "办公用房取暖费、办公用房物业管理费、公务用车运行维护以及其他费用。",
        "(二)政府采购预说明",
        f"{y}年涉及政府采购项目{fig.procurement_count}个，预算资金{fmt6(fig.procurement_amount)}万元。",
        "（三）政府购买服务预算说明",
        f"{y}年涉及政府购买服务项目{fig.purchase_count}个，预算资金{fmt6(fig.purchase_amount)}万元。",
        "（四）绩效目标情况及绩效评价结果说明",
        f"{y}年填报绩效目标的预算项目{len(spec.projects)}个。（详见表十三）",
        f"1、区财政局{py}年对{spec.self_ref}{py - 1}年{spec.eval_project}项目开展绩效评价的财评工作,评价得分为"
        f"{compact(spec.eval_score)}分，绩效评价等级为{spec.eval_grade}。",
        spec.eval_effect,
        "",
        spec.eval_points[0],
        "",
        spec.eval_points[1],
        "",
        spec.eval_points[2],
        "（五）国有资本经营预算财政拨款情况说明",
        f"{y}年{dept}无国有资本经营预算财政拨款。",
        "（六）国有资产占用情况说明",
        f"截止{py}年12月31日，本部门固定资产原值{original}万元，固定资产累计折旧{fmt2(fig.assets['累计折旧'])}万元,"
        f"固定资产净值{fmt2(fig.assets['净值'])}万元，其中：车辆{spec.vehicles}台，{fmt2(spec.vehicles_value)}万元；"
        f"单位价值50万元以上的通用设备{spec.general_equipment}套、{fmt2(spec.general_equipment_value)}万元，"
        f"单位价值100万元以上的专用设备{spec.special_equipment}台（套）。",
        f"{y}年部门预算:安排购置车辆0台,0元, 安排购置单位价值50万元以上的通用设备0台(套),0元;"
        f"单位价值100万元以上的专用设备{buy_special}。",
        "（七）重点行政事业性收费情况说明",
        f"{y}年{dept}无行政事业性收费重点项目。",
        "八、名称解释",
        *GLOSSARY,
        *spec.extra_glossary,
    ]
    return out


GLOSSARY = (
    "1、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    "2、项目支出：指在基本支出之外为完成特定行政任务或事业发展目标所发生的支出。",
    "3、“三公”经费：是指单位通过财政拨款资金安排的因公出国（境）费、公务用车购置及运行费和公务接待费。其中，"
    "因公出国（境）费指单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；"
    "公务用车购置及运行费指单位公务用车车辆购置支出（含车辆购置税）及单位按规定保留的公务用车燃料费、维修费、"
    "过桥过路费、保险费、安全奖励费用等支出；公务接待费指单位按规定开支的各类公务接待（含外宾接待）费用。",
    "4、机关运行经费：指为保障行政单位(含参照公务员法管理事业单位)运行用于购买货物和服务的各项资金，包括办公及"
    "印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房"
    "取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。",
    "5、政府采购：各级国家机关、事业单位和团体组织，使用财政性资金采购依法制定的集中采购目录以内的或者采购限额"
    "标准以上的货物、工程和服务的行为，是规范财政支出管理和强化预算约束的有效措施。",
    "6、政府购买服务：通过发挥市场机制作用，把政府直接提供的一部分公共服务事项以及政府履职所需要服务事项，按照"
    "一定的方式和程序，交由具备条件的社会力量和事业单位承担，并由政府根据合同约定向其支付费用。",
)


# --------------------------------------------------------------------------- tables

def _row(*cells: str) -> list[str]:
    """One table row: a tab-prefixed line per cell (a cell may wrap with "\\n"), then a blank line."""
    return [f"\t{c}" for c in cells] + [""]


def _tabs(n: int) -> list[str]:
    return ["\t"] * n


def _title(code: str, pad: int, title: str, tab: bool = True) -> str:
    return f"{chr(9) if tab else ''}{code}、{' ' * pad}{title}"


UNIT = "金额单位：万元"


def _table1(fig: Figures) -> list[str]:
    out = [_title("表一", 15, "部门收支总体情况表"), "", "", *_tabs(2), f"\t{UNIT}", "", *_tabs(3), "",
           *_row("收    入", "支    出"), *_row("项    目", "预算数", "项    目", "预算数")]
    by_code = {code: sum((ln.total for ln in fig.lines if ln.func[:3] == code), _ZERO) for _, code in T1_EXPENSES}
    income = {T1_INCOMES.index(f"{k}、{item}"): v for item, v in fig.income.items()
              for k in ("一", "二", "五", "九") if f"{k}、{item}" in T1_INCOMES}
    for i, (item, code) in enumerate(T1_EXPENSES):
        left = (T1_INCOMES[i], cell6(income.get(i, _ZERO))) if i < len(T1_INCOMES) else ("", "")
        out += _row(*left, item, cell6(by_code[code]))
    t = fmt6(fig.total)
    out += _row("本年收入合计", t, "本年支出合计", t)
    out += _row("上年结转结余", "", "年终结转结余", "")
    out += _row("收入总计", t, "支出总计", t)
    return out + [""]


def _table2(spec: BudgetSpec, fig: Figures) -> list[str]:
    out = [_title("表二", 34, "部门收入总体情况表"), "", "", "", *_tabs(9), f"\t{UNIT}", "",
           *_row("部门（单位）代码", "部门（单位）\n名称", "合计", "本年收入", "上年结转结余"),
           *_row("", "", "", "小计", "一般公共预算资金", "政府性基金预算资金", "国有资本经营预算资金",
                 "财政专户管理资金", "事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入",
                 "其他收入", "小计", "一般公共预算资金", "政府性基金预算资金", "国有资本经营预算资金",
                 "财政专户管理资金", "单位资金")]

    def money(total: Decimal, gp: Decimal, fund: Decimal, business: Decimal, other: Decimal) -> list[str]:
        t = fmt6(total)
        return [t, t, cell6(gp), cell6(fund), "", "", cell6(business), "", "", "", cell6(other), *[""] * 6]

    def unit_money(u: UnitFigures) -> list[str]:
        own = (u.own, _ZERO) if u.own_income == "事业收入" else (_ZERO, u.own)
        return money(u.total, u.gp, u.fund, *own)

    dept = money(fig.total, fig.gp, fig.fund, fig.income.get("事业收入", _ZERO), fig.income.get("其他收入", _ZERO))
    out += _row(spec.dept_code, spec.department, *dept)
    for u in fig.units:
        out += _row(u.code, u.name, *unit_money(u))
    out += _row("合    计", *dept)
    return out + [""]


def _table3(fig: Figures) -> list[str]:
    out = [_title("表三", 32, "部门支出总体情况表"), "", "", "", *_tabs(7), f"\t{UNIT}", "", "",
           *_row("支出功能分类科目", "政府支出经济分类科目", "部门支出经济分类科目", "合计", "基本支出",
                 "项目支出", "其中"),
           *_row("", "", "", "", "", "", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出")]
    for ln in fig.lines:
        name, gov, gov_name, _ = ECON[ln.econ]
        out += _row(f"{ln.func}-{FUNC_NAMES[ln.func]}", f"{gov}-{gov_name}", f"{ln.econ}-{name}",
                    fmt6(ln.total), cell6(ln.basic), cell6(ln.project), "", "", "")
    out += _row("合    计", "", "", fmt6(fig.total), fmt6(fig.basic), fmt6(fig.project), "", "", "")
    return out + [""]


def _table4(spec: BudgetSpec, fig: Figures) -> list[str]:
    out = [_title("表四", 37, "项目支出表"), "", "", "", *_tabs(11), f"\t{UNIT}", "",
           *_row("项目单位", "类型", "项目名称", "支出功能分类科目", "政府支出经济分类科目",
                 "部门支出经济分类科目", "合计", "本年拨款", "财政拨款结转结余", "财政专户管理资金",
                 "单位资金", ""),
           *_row("", "", "", "", "", "", "", "一般公共预算", "政府性基金预算", "国有资本经营预算",
                 "一般公共预算", "政府性基金预算", "国有资本经营预算", "", "", "")]
    kinds = {u.suffix: u.kind for u in spec.all_units}
    for p in spec.projects:
        name, gov, gov_name, _ = ECON[p.econ]
        gp, fund = (p.fiscal, _ZERO) if p.source == "gp" else (_ZERO, p.fiscal)
        out += _row(spec.label_of(p.unit), kinds[p.unit], p.full_name(spec.year), f"{p.func}-{FUNC_NAMES[p.func]}",
                    f"{gov}-{gov_name}", f"{p.econ}-{name}", fmt6(p.amount), cell6(gp), cell6(fund),
                    "", "", "", "", "", cell6(p.own), "")
    own = sum((dec(p.own) for p in spec.projects), _ZERO)
    out += _row("合  计", "", "", "", "", "", fmt6(fig.project), fmt6(fig.gp_project), cell6(fig.fund),
                "", "", "", "", "", cell6(own), "")
    return out + [""]


def _table5(fig: Figures) -> list[str]:
    out = [_title("表五", 14, "财政拨款收支总体情况表"), "", "", "", *_tabs(2), f"\t{UNIT}", "", "",
           *_row("收    入", "支    出"), *_row("项    目", "预算数", "项    目", "预算数")]
    t = fmt6(fig.fiscal)
    out += _row("一、本年收入", t, "一、本年支出", t)
    left = [("（一）一般公共预算资金", fmt6(fig.gp)), ("（二）政府性基金预算资金", cell6(fig.fund)),
            ("（三）国有资本经营预算资金", "")]
    for i, (item, code) in enumerate(T5_EXPENSES):
        amount = sum((ln.fiscal for ln in fig.lines if ln.func[:3] == code), _ZERO)
        out += _row(*(left[i] if i < len(left) else ("", "")), item, cell6(amount))
    out += _row("二、上年结转", "", "二、年终结转结余", "")
    for item in ("（一）一般公共预算拨款", "（二）政府性基金预算拨款", "（三）国有资本经营预算拨款"):
        out += _row(item, "", "", "")
    out += _row("收入总计", t, "支出总计", t)
    return out + [""]


def _table6(spec: BudgetSpec, fig: Figures) -> list[str]:
    out = [_title("表六", 28, "一般公共预算支出情况表"), "", "", "\t", "", "",
           *_row("单位名称", "功能分类科目", "本年预算数"),
           *_row("", "科目编码", "科目名称", "合计", "基本支出", "项目支出"),
           *_row("", "", "", "", "小计", "人员经费", "公用经费", "项目支出总数", "扣除基建项目后预算数")]
    for u in spec.all_units:
        label = spec.label_of(u.suffix)
        rows = [r for r in fig.func_rows if r.unit == label]
        if spec.t6_subtotals and rows:
            sums = [sum((getattr(r, k) for r in rows), _ZERO)
                    for k in ("total", "basic", "personnel", "public", "project", "project_ex_capital")]
            out += _row(label, "", "小    计", fmt6(sums[0]), *map(cell6, sums[1:]))
        for r in rows:
            out += _row(r.unit, r.func, r.name, fmt6(r.total), cell6(r.basic), cell6(r.personnel),
                        cell6(r.public), cell6(r.project), cell6(r.project_ex_capital))
    ex = sum((r.project_ex_capital for r in fig.func_rows), _ZERO)
    out += _row("", "", "合    计", fmt6(fig.gp), fmt6(fig.gp_basic), fmt6(fig.gp_personnel), fmt6(fig.gp_public),
                fmt6(fig.gp_project), fmt6(ex))
    return out + [""]


def _table7(fig: Figures) -> list[str]:
    out = [_title("表七", 27, "一般公共预算基本支出情况表"), "", " " * 129 + UNIT, "\t", "", *_tabs(5), "", "",
           *_row("支出功能分类科目", "政府支出经济分类科目", "部门支出经济分类科目", "本年预算数"),
           *_row("", "", "", "合计", "人员经费", "公用经费")]
    for ln in fig.lines:
        if ln.gp_basic == 0:
            continue
        name, gov, gov_name, personnel = ECON[ln.econ]
        b = fmt6(ln.gp_basic)
        out += _row(f"{ln.func}-{FUNC_NAMES[ln.func]}", f"{gov}-{gov_name}", f"{ln.econ}-{name}",
                    b, b if personnel else "", "" if personnel else b)
    out += _row("", "", "合    计", fmt6(fig.gp_basic), fmt6(fig.gp_personnel), fmt6(fig.gp_public))
    return out + [""]


def _table8(fig: Figures | None = None) -> list[str]:
    out = [_title("表八", 28, "政府性基金预算支出情况表"), "", "", "", *_tabs(3), f"\t{UNIT}", "",
           *_row("支出功能分类科目", "政府支出经济分类科目", "部门支出经济分类科目", "本年预算数"),
           *_row("", "", "", "合计", "基本支出", "项目支出")]
    if fig is None or not fig.fund_lines:
        return [*out, *_row(*[""] * 6), ""]
    for ln in fig.fund_lines:  # 政府性基金 pays projects only
        name, gov, gov_name, _ = ECON[ln.econ]
        out += _row(f"{ln.func}-{FUNC_NAMES[ln.func]}", f"{gov}-{gov_name}", f"{ln.econ}-{name}",
                    fmt6(ln.fund), "", fmt6(ln.fund))
    out += _row("合    计", "", "", fmt6(fig.fund), "", fmt6(fig.fund))
    return out + [""]


def _table9() -> list[str]:
    return [_title("表九", 25, "国有资本经营预算财政拨款支出表"), "", "", "", *_tabs(3), f"\t{UNIT}", "",
            *_row("支出功能分类科目", "政府支出经济分类科目", "部门支出经济分类科目", "本年国有资本经营预算支出"),
            *_row("", "", "", "合计", "基本支出", "项目支出"), *_row(*[""] * 6), ""]


def _table10(spec: BudgetSpec, fig: Figures) -> list[str]:
    sg = fig.sangong
    out = [_title("表十", 23, "一般公共预算“三公”经费支出情况表", tab=False), "", "\t", f"\t{UNIT}", "",
           *_row("项目", f"{spec.year}年预算数")]
    out += _row("1、因公出国（境）费", compact(sg["因公出国（境）费"]))
    out += _row("2、公务接待费", compact(sg["公务接待费"]))
    out += _row("3、公务用车购置及运行维护费", compact(sg["公务用车购置及运行维护费"]))
    out += _row("其中:公务用车购置费", compact(sg["公务用车购置费"]))
    out += _row("      公务用车运行维护费", compact(sg["公务用车运行维护费"]))
    out += _row("总计", compact(sg["合计"]))
    return out + [""]


def _project_code(spec: BudgetSpec, p: Project) -> str:
    return f"{spec.region_code}{spec.year % 100:02d}T{p.serial:012d}"


def _table11(spec: BudgetSpec, fig: Figures) -> list[str]:
    out = [_title("表十一", 30, "政府购买服务预算表"), "", "", "", "",
           *_row("单位信息", "项目名称", "职能职责与活动", "指导性目录", "服务领域", "预算金额", "本年预算金额",
                 "合同期限", "备注"),
           *_row("", "", "", "一级", "二级", "三级", "", "", "", "", "")]
    bought = [p for p in spec.projects if p.purchase]
    contract_total = sum((dec(p.purchase.contract_amount or p.amount) for p in bought), _ZERO)
    out += _row("", "合    计", "", "", "", "", "", fmt6(contract_total), fmt6(fig.purchase_amount), "", "")
    for p in bought:
        s = p.purchase
        out += _row(spec.label_of(p.unit), f"{_project_code(spec, p)}-{p.full_name(spec.year)}", s.duty, s.level1,
                    s.level2, s.level3, f"{p.func[:3]}-{class_name(p.func[:3])}",
                    fmt6(s.contract_amount or p.amount), fmt6(p.amount), s.term, s.note)
    return out + [""]


def _table12() -> list[str]:
    return [_title("表十二", 26, "上级转移支付细化明细表"), "", "", "", *_tabs(10), f"\t{UNIT}", "",
            *_row("序号", "文号", "项目或指标名称", "资金主管部门", "资金性质", "细化单位", "细化金额",
                  "转移支付科目", "支出功能科目", "部门经济分类科目", "政府经济分类科目"),
            *_row(*[""] * 11), ""]


def cost_indicator(p: Project) -> Indicator:
    """The 成本指标 appended to every project: 全年总成本 equals the project amount."""
    return Indicator("成本指标", "经济成本指标", "全年总成本", "＝", compact(p.amount), "万元")


def project_indicators(p: Project) -> tuple[Indicator, ...]:
    return (*p.indicators, cost_indicator(p))


def _table13(spec: BudgetSpec) -> list[str]:
    out = [_title("表十三", 27, "项目支出绩效目标申报表"), "", "", "", "\t", "", *_tabs(14), "", "",
           *_row("单位名称", "项目名称", "项目类别", "项目责任人", "项目责任人电话", "项目总额", "其中：",
                 "绩效目标", "一级指标", "二级指标", "三级指标", "绩效指标性质", "本年绩效指标值",
                 "绩效度量单位", "指标方向性"),
           *_row("", "", "", "", "", "", "财政资金", "其他资金", "", "", "", "", "", "", "", "")]
    shown: set[str] = set()
    for p in spec.projects:
        owner, phone = (p.phone, p.owner) if p.swap_owner_phone else (p.owner, p.phone)
        goal = p.goal if p.goal_wrap_at is None else f"{p.goal[:p.goal_wrap_at]}\n{p.goal[p.goal_wrap_at:]}"
        for j, ind in enumerate(project_indicators(p)):
            cells = [ind.level1, ind.level2, ind.name, ind.nature, ind.value, ind.unit, ""]
            if j == 0:  # the unit name only on its first project, as in the real file
                head = ["" if p.unit in shown else spec.label_of(p.unit),
                        f"{_project_code(spec, p)}-{p.full_name(spec.year)}",
                        "31-部门项目", owner, phone, fmt6(p.amount), fmt6(p.fiscal), cell6(p.own), goal]
                shown.add(p.unit)
            else:
                head = [""] * 9
            out += _row(*head, *cells)
    return out + [""]


def _table14(spec: BudgetSpec, fig: Figures) -> list[str]:
    g = spec.overall
    return [
        _title("表十四", 24, "部门整体支出绩效目标申报表"), "", f"\t（{spec.year}年度）", "",
        *_row("部门（单位）名称", spec.department),
        *_row("部门（单位）负责人", g.head, "联系电话", g.phone),
        *_row("部门（单位）总体资金情况（万元）", "资金总额：", fmt6(fig.total)),
        *_row("", "基本支出：", fmt6(fig.basic)),
        *_row("", "项目支出：", fmt6(fig.project)),
        *_row("", "其他：", "无"),
        *_row("部门（单位）职能概述", "".join(spec.duties)), "",
        *_row("部门（单位）绩效目标", g.goal), "",
        *_row("绩效指标", "一级指标", "二级指标", "具体指标（指标内容、指标值）"),
        *_row("", "产出指标", "产出数量指标", g.output_quantity),
        *_row("", "", "产出质量指标", g.output_quality[0]), g.output_quality[1], "",
        *_row("", "", "产出进度指标", g.progress), "",
        *_row("", "", "产出成本指标", g.cost),
        *_row("", "", "…", ""),
        "\t", "\t效果指标", "",
        *_row("经济效益指标", g.econ_benefit),
        *_row("", "", "社会效益指标", g.social_benefit), "",
        *_row("", "", "环境效益指标", g.env_benefit),
        *_row("", "", "可持续影响指标", f"{g.sustain[0]}\n{g.sustain[1]}"), "",
        *_row("", "", "服务对象满意度指标", g.satisfaction),
        *_row("", "", "…", ""),
        "\t其他说明的问题", "\t无", " ",
    ]


# --------------------------------------------------------------------------- the document

def make_budget(spec: BudgetSpec | None = None) -> str:
    """The full document text for `spec` (default: 北京市东城区卫生健康委员会 2024)."""
    spec = spec or BudgetSpec()
    fig = figures(spec)
    lines = [
        *_narrative(spec, fig),
        *_table1(fig), *_table2(spec, fig), *_table3(fig), *_table4(spec, fig), *_table5(fig),
        *_table6(spec, fig), *_table7(fig), *_table8(fig), *_table9(), *_table10(spec, fig),
        *_table11(spec, fig), *_table12(), *_table13(spec), *_table14(spec, fig),
    ]
    return "\n".join(lines)


def truncate(text: str, at: str = "表四") -> str:
    """The text cut in the middle of table `at` (表四 or 表十三): mid-way through its rows, mid-line."""
    start = text.index(f"\t{at}、")
    nxt = re.search(r"^\t?表[一二三四五六七八九十]+、", text[start + 2:], flags=re.M)
    end = start + 2 + nxt.start() if nxt else len(text)
    middle = start + (end - start) // 2
    line_start = text.rfind("\n", 0, middle) + 1
    line_end = text.find("\n", middle)
    cut = line_start + max(2, (line_end - line_start) // 2)
    return text[:cut]


NOT_BUDGET_TEXT = (
    "秋天的胡同里，槐树叶一片一片落下来，铺在青灰色的砖地上。老人们搬出小马扎，坐在门口晒太阳，"
    "聊着孙子上学的事情，也聊着菜市场里新上市的白菜和萝卜。\n"
    "傍晚时分，鸽哨从屋顶上掠过，炊烟慢慢升起，谁家的收音机里正放着京剧选段。孩子们放学回来，"
    "书包还没放下，就跑到院子里踢毽子、跳皮筋，笑声一阵接着一阵。\n"
    "夜深了，街灯一盏盏亮起来，胡同又安静下来，只剩下风吹过树梢的沙沙声。\n"
)


def write_variants(directory: Path, spec: BudgetSpec | None = None) -> dict[str, Path]:
    """Write the document in several encodings and broken forms; returns {name: path}."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    text = make_budget(spec)
    rng = random.Random(20240101)
    binary = bytes(rng.randrange(256) for _ in range(4096))
    binary = binary[:100] + b"\x00\x00\x00" + binary[100:2000] + b"\x00" + binary[2000:]
    contents = {
        "utf8.txt": text.encode("utf-8"),
        "utf8_bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "gbk.txt": text.encode("gb18030"),
        "truncated.txt": truncate(text, "表四").encode("utf-8"),
        "empty.txt": b"",
        "binary.bin": binary,
        "not_budget.txt": NOT_BUDGET_TEXT.encode("utf-8"),
    }
    paths = {}
    for name, data in contents.items():
        path = directory / name
        path.write_bytes(data)
        paths[name] = path
    return paths


# --------------------------------------------------------------------------- gold questions

def _num(x: Number) -> float | int:
    d = dec(x)
    return int(d) if d == d.to_integral_value() else float(d.normalize())


def gold_questions(spec: BudgetSpec | None = None) -> list[dict]:
    """~30 gold questions about `spec`'s document, in the format of shared/eval/dev.jsonl."""
    spec = spec or BudgetSpec()
    fig = figures(spec)
    y = spec.year
    by_name = {p.name: p for p in spec.projects}
    full = {p.name: p.full_name(y) for p in spec.projects}
    amounts = sorted(spec.projects, key=lambda p: dec(p.amount))
    health = fig.by_class["卫生健康支出"]
    f_admin = next(r for r in fig.func_rows if r.func == "2100101")
    n = fig.narrative

    def number(q, value, unit, cite, cat, tol=None):
        g = {"q": q, "kind": "number", "value": _num(value),
             "unit": unit, "cite": list(cite), "cat": cat}
        if tol is not None:
            g["tol"] = tol
        return g

    def text(q, contains, cat="descriptive"):
        return {"q": q, "kind": "text", "contains": list(contains), "cat": cat}

    def listing(q, contains, cat="aggregate"):
        return {"q": q, "kind": "list", "contains": list(contains), "cat": cat}

    def refuse(q):
        return {"q": q, "kind": "refuse", "cat": "unanswerable"}

    def ind(project: str, name: str) -> Indicator:
        return next(i for i in by_name[project].indicators if i.name == name)

    over50 = [p.name for p in spec.projects if dec(p.amount) > 50]
    owner_swapped = next(p for p in spec.projects if p.swap_owner_phone)
    two_owners = next(p for p in spec.projects if "、" in p.owner)
    wrapped = next(p for p in spec.projects if p.goal_wrap_at)
    no_unit = next((p.name, i) for p in spec.projects for i in p.indicators if i.nature != "定性" and not i.unit)
    q = [
        number(f"东城区卫健委{y}年的收入预算一共多少钱？", fig.total, "万元", [fmt6(fig.total)], "lookup"),
        number("今年的基本支出安排了多少？", fig.basic, "万元", [fmt6(fig.basic)], "lookup"),
        number("项目支出总共是多少万元？", fig.project, "万元", [fmt6(fig.project)], "lookup"),
        number("家庭医生签约服务补助这个项目给了多少钱？", by_name["家庭医生签约服务补助"].amount, "万元",
               [full["家庭医生签约服务补助"]], "lookup"),
        number("卫生健康方面的支出有多少？", health, "万元", ["卫生健康支出"], "lookup"),
        number("卫生健康支出占总支出的百分之多少？", pct(health, fig.total), "%", ["卫生健康支出"], "aggregate",
               tol=0.01),
        number("住房保障这一块花多少钱？", fig.by_class["住房保障支出"], "万元", ["住房保障支出"], "lookup"),
        number("公务接待费安排了多少元？", fig.sangong["公务接待费"] * 10000, "元", ["公务接待费"], "unit"),
        number("公务用车运行维护费是多少万元？", fig.sangong["公务用车运行维护费"], "万元", ["公务用车运行维护费"],
               "unit"),
        number("“三公”经费一共是多少？", fig.sangong["合计"], "万元", ["三公"], "lookup"),
        number(f"{y}年的机关运行经费有多少？", n["机关运行经费"], "万元", ["机关运行经费"], "narrative-number"),
        number("项目支出表里列了几个项目？", len(spec.projects), "个", ["项目"], "aggregate"),
        listing("哪个项目的预算最少？", [amounts[0].name]),
        listing("预算超过50万元的项目有哪些？", over50),
        number("差旅费总共安排了多少？", fig.by_econ["差旅费"], "万元", ["差旅费"], "aggregate"),
        number("电费一共多少钱？", fig.by_econ["电费"], "万元", ["电费"], "aggregate"),
        number("行政运行一共要花多少？", f_admin.total, "万元", ["行政运行"], "aggregate"),
        number("人员经费合计多少？", fig.personnel, "万元", [fmt6(fig.personnel)], "lookup"),
        number("政府采购涉及多少资金？", fig.procurement_amount, "万元", ["政府采购"], "narrative-number"),
        number("有几个政府购买服务项目？", fig.purchase_count, "个", ["政府购买服务"], "narrative-number"),
        number(f"收入预算比{spec.prior_year}年{'增加' if n['收入变动'] >= 0 else '减少'}了多少？",
               abs(n["收入变动"]), "万元", [fmt2(abs(n["收入变动"]))], "narrative-number"),
        number("基本支出占总支出的比重是多少？", n["基本支出占比"], "%", [f"{n['基本支出占比']:.2f}"],
               "narrative-number"),
        number("委里在职人员有多少人？", fig.headcount["在职"], "人", [f"在职人数{fig.headcount['在职']}人"],
               "narrative-number"),
        number("固定资产净值还有多少？", fig.assets["净值"], "万元", [fmt2(fig.assets["净值"])], "narrative-number"),
        number("上一次绩效评价得了多少分？", spec.eval_score, "分", [compact(spec.eval_score)], "narrative-number"),
        text(f"{by_name['社区卫生服务中心设备购置'].name}项目的负责人是谁？", [by_name["社区卫生服务中心设备购置"].owner],
             "indicator"),
        text(f"{owner_swapped.name}项目找谁负责？", [owner_swapped.owner], "indicator"),
        listing(f"{two_owners.name}由哪几位负责？", two_owners.owner.split("、"), "indicator"),
        number("家庭医生签约服务补助项目的重点人群签约人数目标是多少？",
               int(ind("家庭医生签约服务补助", "重点人群签约人数").value), "人", ["重点人群签约人数"], "indicator"),
        number(f"{no_unit[0]}计划检查多少家医疗机构？", int(no_unit[1].value), "家", [no_unit[1].name], "indicator"),
        text("卫健委主要负责哪些工作？", ["疾病预防控制", "卫生应急"]),
        text(f"{y}年基层医疗方面打算做什么？", ["15分钟健康服务圈", "家庭医生签约服务"]),
        text("收入预算为什么增加？", [spec.income_reason.split("、")[0]]),
        text(f"{wrapped.name}项目要达到什么效果？", [wrapped.goal[wrapped.goal_wrap_at - 1:wrapped.goal_wrap_at + 11]]),
        refuse(f"{y + 1}年的部门预算是多少？"),
        refuse("朝阳区卫生健康委员会今年的预算是多少？"),
        refuse(f"{y}年卫健委实际执行了多少，决算支出是多少？"),
    ]
    for k, g in enumerate(q, 1):
        g["id"] = f"s{k:02d}"
    return [{"id": g.pop("id"), **g} for g in q]


def _norm(s: str) -> str:
    return re.sub(r"[\s,，]", "", s)


def check_gold(questions: list[dict], text: str) -> list[str]:
    """Problems with gold lines against the document text: cite strings that appear on no line."""
    lines = [_norm(ln) for ln in text.split("\n")]
    problems = []
    for g in questions:
        for c in g.get("cite", []):
            if not any(_norm(c) in ln for ln in lines):
                problems.append(f"{g['id']}: cite {c!r} not found")
    return problems


def write_gold(path: Path, spec: BudgetSpec | None = None) -> list[dict]:
    questions = gold_questions(spec)
    problems = check_gold(questions, make_budget(spec))
    if problems:
        raise ValueError("; ".join(problems))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for g in questions:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    return questions


def multi_gold_questions(spec: BudgetSpec | None = None) -> list[dict]:
    """40 gold questions about the multi-unit document (default: `multi_unit_spec()`), in the dev.jsonl format.

    Every value is computed from the spec's figures; the wording is colloquial on purpose (everyday project
    names, full-width digits, Chinese numerals), and several questions need the right one of two tables
    that both answer them differently (表一 all money vs 表五 财政拨款, 表三 vs 表六/表七)."""
    spec = spec or multi_unit_spec()
    fig = figures(spec)
    y, py = spec.year, spec.prior_year
    n = fig.narrative
    units = {u.code[-3:]: u for u in fig.units}
    self_unit, park, nursery = units["001"], units["002"], units["003"]
    park_short = park.name.removeprefix("北京市海淀区")
    nursery_short = nursery.name.removeprefix("北京市海淀区")
    ranked = sorted(spec.projects, key=lambda p: dec(p.amount), reverse=True)
    if not dec(ranked[-1].amount) < dec(ranked[-2].amount) or not dec(ranked[2].amount) > dec(ranked[3].amount):
        raise ValueError("the smallest project and the top three must be unambiguous")
    fund_project = next(p for p in spec.projects if p.source == "fund" and p.unit == "001")
    halfwidth = next(p for p in spec.projects if p.halfwidth_parens)
    swapped = next(p for p in spec.projects if p.swap_owner_phone)
    two_owners = next(p for p in spec.projects if "、" in p.owner)
    wrapped = next(p for p in spec.projects if p.goal_wrap_at)
    mixed = next(p for p in spec.projects if dec(p.own) and p.unit == "003")
    forest = next(p for p in spec.projects if p.func == "2130205" and p.unit == "001")
    forest_code = forest.func
    forest_sum = sum((ln.total for ln in fig.lines if ln.func == forest_code), _ZERO)
    pension = sum((ln.total for ln in fig.lines if ln.func.startswith("20805")), _ZERO)
    hc = fig.headcount
    park_hc = park.headcount
    sg, psg = fig.sangong, fig.prior_sangong
    over300 = [p.name for p in spec.projects if dec(p.amount) > 300]
    self_over100 = [p.name for p in spec.projects if p.unit == "001" and dec(p.amount) > 100]

    def number(q, value, unit, cite, cat, tol=None):
        exact = Decimal(value).normalize()  # not rounded to six places (亿元)
        v = int(exact) if exact == exact.to_integral_value() else float(exact)
        g = {"q": q, "kind": "number", "value": v, "unit": unit, "cite": list(cite), "cat": cat}
        if tol is not None:
            g["tol"] = tol
        return g

    def text(q, contains, cat="descriptive"):
        return {"q": q, "kind": "text", "contains": list(contains), "cat": cat}

    def listing(q, contains, cat="aggregate"):
        return {"q": q, "kind": "list", "contains": list(contains), "cat": cat}

    def refuse(q):
        return {"q": q, "kind": "refuse", "cat": "unanswerable"}

    def ind(project: Project, name: str) -> Indicator:
        return next(i for i in project.indicators if i.name == name)

    nursery_phrase = "林木种质资源保存"
    assert nursery_phrase in next(u for u in spec.all_units if u.suffix == "003").duty
    seedlings = ind(mixed, "繁育乡土树种苗木")
    wrap_phrase = wrapped.goal[wrapped.goal_wrap_at - 4:wrapped.goal_wrap_at + 6]
    q = [
        # lookups
        number(f"海淀区园林绿化局{y}年总的收入预算是多少钱？", fig.total, "万元", [fmt6(fig.total)], "lookup"),
        number("口袋公园建设那个项目安排了多少钱", fund_project.amount, "万元", [fund_project.name], "lookup"),
        number("农林水这一类支出一共有多少？", fig.by_class["农林水支出"], "万元", ["农林水支出"], "lookup"),
        number("只算财政拨款的话，农林水支出是多少？", fig.fiscal_by_class["农林水支出"], "万元", ["农林水支出"],
               "lookup"),
        number("政府性基金预算拨款收入有多少", fig.fund, "万元",
               ["政府性基金预算拨款收入", "政府性基金预算资金", fmt6(fig.fund)], "lookup"),
        number(f"{park_short}今年一共有多少预算收入？", park.total, "万元", [park_short], "lookup"),
        number("今年财政拨款收入总计多少？", fig.fiscal, "万元", [fmt6(fig.fiscal)], "lookup"),
        number("不算下属单位，局本级自己的收入预算是多少？", self_unit.total, "万元", [fmt6(self_unit.total)],
               "lookup"),
        # unit conversions
        number("公务接待费是多少元？", sg["公务接待费"] * 10000, "元", ["公务接待费"], "unit"),
        number("整个园林绿化局的预算折合多少亿元？", fig.total / 10000, "亿元", [fmt6(fig.total), fmt2(fig.total)],
               "unit"),
        number(f"{halfwidth.name}项目的预算换算成元是多少", dec(halfwidth.amount) * 10000, "元", [halfwidth.name],
               "unit"),
        number("公务车运行维护费用“元”表示是多少？", sg["公务用车运行维护费"] * 10000, "元", ["公务用车运行维护费"],
               "unit"),
        # narrative numbers
        number("园林绿化局连同下属单位实际有多少人？", hc["实际"], "人", [f"实际人数{hc['实际']}人"],
               "narrative-number"),
        number(f"{park_short}在职的有几个人？", park_hc["在职"], "人",
               [f"{park_short}编制{park_hc['编制']}人、在职{park_hc['在职']}人"], "narrative-number"),
        number(f"收入预算比{str(py).translate(_FULLWIDTH)}年{'增加' if n['收入变动'] >= 0 else '减少'}了多少？",
               abs(n["收入变动"]), "万元", [fmt2(abs(n["收入变动"]))], "narrative-number"),
        number(f"基本支出比去年{'增加' if n['基本支出变动'] >= 0 else '减少'}了百分之几？", n["基本支出变动率"], "%",
               [f"{n['基本支出变动率']:.2f}%"], "narrative-number"),
        number(f"三公经费比上年{'多' if sg['合计'] >= psg['合计'] else '少'}了多少元？",
               abs(sg["合计"] - psg["合计"]) * 10000, "元", [yuan(abs(sg["合计"] - psg["合计"]))],
               "narrative-number"),
        number(f"政府性基金预算比{py}年{'增加' if n['政府性基金变动'] >= 0 else '减少'}了多少万元？",
               abs(n["政府性基金变动"]), "万元", [fmt2(abs(n["政府性基金变动"]))], "narrative-number"),
        number("机关运行经费今年是多少？", n["机关运行经费"], "万元", [fmt2(n["机关运行经费"])], "narrative-number"),
        # aggregates
        number("电费一共安排了多少钱？", fig.by_econ["电费"], "万元", ["电费"], "aggregate"),
        listing("预算超过３００万元的项目有哪些？", over300),
        number(f"{park_short}有几个项目？", len(park.projects), "个", [park_short], "aggregate"),
        listing("哪个项目的预算最少？", [ranked[-1].name]),
        listing("钱最多的前三个项目是哪几个", [p.name for p in ranked[:3]]),
        number(f"{FUNC_NAMES[forest_code]}这个科目全部加起来有多少？", forest_sum, "万元", [FUNC_NAMES[forest_code]],
               "aggregate"),
        listing("局本级的项目里，预算超过一百万元的有哪些？", self_over100),
        number("行政事业单位养老支出（款级科目）合计多少？", pension, "万元",
               ["行政单位离退休", "事业单位离退休", "基本养老保险缴费", "职业年金缴费"], "aggregate"),
        # 表十三
        text(f"{forest.name}这个项目谁负责？", [forest.owner], "indicator"),
        listing(f"{two_owners.name.replace('运行维护', '运维')}项目由哪几位负责？", two_owners.owner.split("、"),
                "indicator"),
        text(f"{swapped.name}项目的负责人是谁", [swapped.owner], "indicator"),
        number(f"{mixed.name}计划繁育多少株苗木？", int(seedlings.value), "株", [seedlings.name], "indicator"),
        # descriptive
        text("园林绿化局主要管哪些事？", ["森林防火和林业有害生物防治", "古树名木保护", "造林绿化"]),
        text(f"{nursery_short}是干什么的？", [nursery_phrase]),
        text("基本支出为什么比去年少了？", [spec.basic_reason.split("，")[0]]),
        text(f"{wrapped.name}项目具体要做哪些事？", ["水系连通", wrap_phrase]),
        text("什么是事业收入？", ["事业单位开展专业业务活动及其辅助活动取得的收入"]),
        # unanswerable
        refuse(f"海淀区园林绿化局{py}年决算支出是多少？"),
        refuse(f"朝阳区园林绿化局{y}年的预算是多少？"),
        refuse(f"{str(y + 1).translate(_FULLWIDTH)}年园林绿化局的预算安排是多少"),
        refuse(f"{park_short.removesuffix('管理处')}门票多少钱一张？"),
    ]
    for k, g in enumerate(q, 1):
        g["id"] = f"m{k:02d}"
    return [{"id": g.pop("id"), **g} for g in q]


_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def write_multi_gold(path: Path, spec: BudgetSpec | None = None) -> list[dict]:
    spec = spec or multi_unit_spec()
    questions = multi_gold_questions(spec)
    problems = check_gold(questions, make_budget(spec))
    if problems:
        raise ValueError("; ".join(problems))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for g in questions:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    return questions

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.synthetic", description=__doc__.split("\n")[0])
    ap.add_argument("--out", help="write the document (UTF-8) to this file ('-' for stdout)")
    ap.add_argument("--multi-unit", action="store_true",
                    help="use multi_unit_spec() (海淀区园林绿化局 2025, three units) for --out/--variants")
    ap.add_argument("--slips", action="store_true", help="with narrative arithmetic slips")
    ap.add_argument("--gold", help="write the gold questions (JSONL) to this file")
    ap.add_argument("--gold-multi", help="write the multi-unit document's gold questions (JSONL) to this file")
    ap.add_argument("--variants", help="write the encoding/broken variants into this directory")
    args = ap.parse_args(argv)
    spec = multi_unit_spec() if args.multi_unit else BudgetSpec()
    if args.slips:
        spec = with_slips(spec)
    if not (args.out or args.gold or args.gold_multi or args.variants):
        ap.print_help()
        return 2
    if args.out == "-":
        sys.stdout.write(make_budget(spec))
    elif args.out:
        Path(args.out).write_text(make_budget(spec), encoding="utf-8")
    if args.gold:
        qs = write_gold(Path(args.gold))
        print(f"wrote {len(qs)} gold questions to {args.gold}", file=sys.stderr)
    if args.gold_multi:
        qs = write_multi_gold(Path(args.gold_multi))
        print(f"wrote {len(qs)} gold questions to {args.gold_multi}", file=sys.stderr)
    if args.variants:
        for name, path in write_variants(Path(args.variants), spec).items():
            print(f"{name}\t{path}", file=sys.stderr)
    return 0

if __name__ == "__main__":
    sys.exit(main())
