"""Synthetic department budgets as PDFs in the Shanghai template (上海市区级部门预算), for tests of ingest.pdf.

Every figure is computed from a `PdfSpec` with Decimal arithmetic, so the nine tables add up and agree with
each other and with the narrative. The pages look like the real disclosures: a cover, a 目录 page drawn with
row boxes, narrative pages (主要职能, 机构设置, 名词解释, 编制说明, 其他相关情况说明) with indented paragraphs that
wrap at the right margin, nine ruled tables with merged header cells ("2025年部门支出预算总表", no 表N numbers,
an "编制部门：… 单位：元" line), tables that run over several pages (with or without a repeated header, the
合计 row alone on a page), two empty tables with a note, the one-row “三公” table in 万元, and one project
description page per project (一、项目概述 … 七、绩效目标).

    from tests.pdfgen import default_spec, random_spec, build_pdf, write_pdf
    data, expected = build_pdf(default_spec())      # PDF bytes and the figures the parser must find
    write_pdf(random_spec(7), tmp_path / "a.pdf")   # also writes a.json (the expected figures)
    encrypted_pdf(), scanned_pdf(), truncated_pdf(data), prose_pdf(), tableless_pdf(), long_pdf(501)  # to refuse

Command line (scale tests):  python -m tests.pdfgen --out DIR --count N --seed S
"""

from __future__ import annotations

import argparse
import io
import json
import random
from dataclasses import asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as rl_canvas

FONT = "STSong-Light"
PAGE_W, PAGE_H = landscape(A4)
LEFT, RIGHT = 58.0, 784.0  # narrative text margins
TOP, BOTTOM = 72.0, 560.0  # first baseline region and last line, from the top of the page
LINE_H = 15.0
BODY_SIZE = 12.0
INDENT = 24.0  # a paragraph's first line starts two characters in
TABLE_X = 56.0
ROW_H = 22.0
TABLE_BOTTOM = 555.0
ZERO = Decimal(0)


# ---------------------------------------------------------------- the spec


@dataclass(frozen=True)
class Item:
    """A 项 of the function classification with its basic and project expenditure (元)."""

    code: str  # 7 digits, e.g. "2011301"
    name: str
    basic: Decimal = ZERO
    project: Decimal = ZERO
    purpose: str = ""  # "主要用于…" in the 编制说明

    @property
    def total(self) -> Decimal:
        return self.basic + self.project


@dataclass(frozen=True)
class Kuan:
    code: str  # 5 digits
    name: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Lei:
    code: str  # 3 digits
    name: str
    kuans: tuple[Kuan, ...]

    @property
    def items(self) -> list[Item]:
        return [i for k in self.kuans for i in k.items]


@dataclass(frozen=True)
class Econ:
    """An economic-class row of 基本支出 (款 level); 301 and 303 are 人员经费, the rest 公用经费."""

    code: str  # 5 digits, e.g. "30101"
    name: str
    amount: Decimal

    @property
    def personnel(self) -> bool:
        return self.code[:3] in ("301", "303")


@dataclass(frozen=True)
class SanGong:
    """The “三公” table, in 万元."""

    abroad: Decimal
    reception: Decimal
    car_purchase: Decimal
    car_running: Decimal
    operating: Decimal  # 机关运行经费

    @property
    def car(self) -> Decimal:
        return self.car_purchase + self.car_running

    @property
    def total(self) -> Decimal:
        return self.abroad + self.reception + self.car


@dataclass(frozen=True)
class Project:
    name: str  # "科技创新专项"; the section is "科技创新专项经费情况说明"
    overview: str
    basis: tuple[str, ...]
    plan: str
    parts: tuple[tuple[str, Decimal], ...]  # 年度预算安排, 万元
    goal: str

    @property
    def budget(self) -> Decimal:
        return sum((a for _, a in self.parts), ZERO)


@dataclass(frozen=True)
class Layout:
    """How the document is printed (the parser must read every variant the same way)."""

    unit: str = "元"  # unit of the eight main tables: 元 or 万元 (the “三公” table is always 万元)
    decimals: bool = True  # "1,234.00" or "1,234"
    zero: str = ""  # how a zero amount is written: "", "0" or "0.00"
    repeat_header: bool = True  # continuation pages of the 一般公共预算 and 经济分类 tables repeat the header
    total_alone: bool = True  # the 支出预算总表's 合计 row alone on its last page
    rows_per_page: int = 0  # at most this many body rows per page (0: as many as fit)
    duplicate_page: bool = True  # the 主要职能 page printed twice
    toc_leaders: bool = False  # dotted leaders in the 目录
    continued_title: bool = False  # continuation pages print "…表（续）" above the rows


@dataclass(frozen=True)
class PdfSpec:
    region: str  # "上海市静安区"
    department: str  # full name, "上海市静安区卫生健康委员会"
    year: int
    functions: tuple[Lei, ...]
    economics: tuple[Econ, ...]
    sangong: SanGong
    duties: tuple[str, ...]
    units: tuple[str, ...]  # budget units listed under 机构设置
    prior_total: Decimal  # last year's financial appropriation (元), for the 编制说明
    procurement: tuple[Decimal, Decimal, Decimal]  # 货物, 工程, 服务 (万元)
    vehicles: int
    new_vehicles: int
    projects: tuple[Project, ...]
    layout: Layout = field(default_factory=Layout)

    @property
    def items(self) -> list[Item]:
        return [i for lei in self.functions for i in lei.items]

    @property
    def basic(self) -> Decimal:
        return sum((i.basic for i in self.items), ZERO)

    @property
    def project(self) -> Decimal:
        return sum((i.project for i in self.items), ZERO)

    @property
    def total(self) -> Decimal:
        return self.basic + self.project

    def check(self) -> None:
        """Raise ValueError when the spec cannot print consistent tables."""
        econ = sum((e.amount for e in self.economics), ZERO)
        if econ != self.basic:
            raise ValueError(f"经济分类合计 {econ} 与功能分类基本支出 {self.basic} 不等")
        if self.layout.unit == "万元" and any(a % 100 for a in _amounts(self)):
            raise ValueError("以万元列示时金额须为100元的整数倍")
        if not 1 <= len(self.projects) <= 3:
            raise ValueError("需要1到3个项目")


def _amounts(spec: PdfSpec) -> list[Decimal]:
    return [a for i in spec.items for a in (i.basic, i.project)] + [e.amount for e in spec.economics]


# ---------------------------------------------------------------- vocabularies (real codes and names)

FUNCTIONS: tuple[tuple[str, str, tuple[tuple[str, str, tuple[tuple[str, str, str], ...]], ...]], ...] = (
    ("201", "一般公共服务支出", (
        ("20103", "政府办公厅（室）及相关机构事务", (
            ("01", "行政运行", "basic"), ("02", "一般行政管理事务", "project"), ("50", "事业运行", "basic"))),
        ("20113", "商贸事务", (
            ("01", "行政运行", "basic"), ("02", "一般行政管理事务", "project"), ("99", "其他商贸事务支出", "project"))),
        ("20129", "群众团体事务", (("02", "一般行政管理事务", "project"),)),
        ("20132", "组织事务", (("02", "一般行政管理事务", "project"),)),
    )),
    ("204", "公共安全支出", (
        ("20406", "司法", (("07", "公共法律服务", "project"),)),
        ("20499", "其他公共安全支出", (("99", "其他公共安全支出", "project"),)),
    )),
    ("205", "教育支出", (
        ("20502", "普通教育", (("01", "学前教育", "mixed"), ("02", "小学教育", "mixed"))),
        ("20599", "其他教育支出", (("99", "其他教育支出", "project"),)),
    )),
    ("206", "科学技术支出", (
        ("20605", "科技条件与服务", (("03", "科技条件专项", "project"),)),
        ("20607", "科学技术普及", (("02", "科普活动", "project"),)),
    )),
    ("207", "文化旅游体育与传媒支出", (
        ("20701", "文化和旅游", (("09", "群众文化", "project"),)),
        ("20703", "体育", (("08", "群众体育", "project"),)),
    )),
    ("208", "社会保障和就业支出", (
        ("20805", "行政事业单位养老支出", (
            ("01", "行政单位离退休", "basic"), ("02", "事业单位离退休", "basic"),
            ("05", "机关事业单位基本养老保险缴费支出", "basic"), ("06", "机关事业单位职业年金缴费支出", "basic"))),
        ("20807", "就业补助", (("05", "公益性岗位补贴", "project"),)),
    )),
    ("210", "卫生健康支出", (
        ("21007", "计划生育事务", (("17", "计划生育服务", "project"),)),
        ("21011", "行政事业单位医疗", (("01", "行政单位医疗", "basic"), ("02", "事业单位医疗", "basic"))),
    )),
    ("212", "城乡社区支出", (
        ("21201", "城乡社区管理事务", (
            ("01", "行政运行", "mixed"), ("02", "一般行政管理事务", "project"), ("04", "城管执法", "basic"))),
        ("21205", "城乡社区环境卫生", (("01", "城乡社区环境卫生", "project"),)),
    )),
    ("215", "资源勘探工业信息等支出", (
        ("21508", "支持中小企业发展和管理支出", (("99", "其他支持中小企业发展和管理支出", "project"),)),
    )),
    ("216", "商业服务业等支出", (("21699", "其他商业服务业等支出", (("99", "其他商业服务业等支出", "project"),)),)),
    ("221", "住房保障支出", (
        ("22102", "住房改革支出", (("01", "住房公积金", "basic"), ("03", "购房补贴", "basic"))),
    )),
)

ECONOMICS: tuple[tuple[str, str, int], ...] = (  # code, name, weight
    ("30101", "基本工资", 12), ("30102", "津贴补贴", 30), ("30107", "绩效工资", 12),
    ("30108", "机关事业单位基本养老保险缴费", 8), ("30109", "职业年金缴费", 4), ("30110", "职工基本医疗保险缴费", 5),
    ("30112", "其他社会保障缴费", 1), ("30113", "住房公积金", 7), ("30199", "其他工资福利支出", 5),
    ("30201", "办公费", 2), ("30202", "印刷费", 1), ("30207", "邮电费", 1), ("30211", "差旅费", 1),
    ("30213", "维修（护）费", 1), ("30216", "培训费", 1), ("30217", "公务接待费", 1), ("30228", "工会经费", 1),
    ("30229", "福利费", 2), ("30239", "其他交通费用", 2), ("30299", "其他商品和服务支出", 1),
    ("30301", "离休费", 1), ("30302", "退休费", 4), ("31002", "办公设备购置", 1),
)
ECON_CLASSES = {"301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助", "310": "资本性支出"}

REGIONS = ("黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "闵行区", "宝山区", "嘉定区",
           "浦东新区", "金山区", "松江区", "青浦区", "奉贤区", "崇明区")
DEPARTMENTS = ("卫生健康委员会", "教育局", "民政局", "商务委员会", "科学技术委员会", "文化和旅游局", "体育局",
               "司法局", "市场监督管理局", "人力资源和社会保障局", "生态环境局", "城市管理行政执法局")
STREETS = ("江宁路街道办事处", "曹家渡街道办事处", "真如镇街道办事处", "长风新村街道办事处", "宜川路街道办事处")
DUTIES = (
    "贯彻执行国家和本市有关方针、政策和法律、法规及规章，并结合本区实际，研究起草有关规范性文件并组织实施；"
    "负责相关法律、法规、规章和政策执行情况的监督检查，推进依法行政。",
    "拟订本区相关领域的发展规划和年度计划，经批准后组织实施，统筹协调全区相关工作的推进。",
    "负责本区相关行业的监测、分析和信息发布，建立完善预测预警机制，协调解决运行中的有关问题并提出对策建议；"
    "指导相关行业组织的建设和发展，推进行业诚信体系建设。",
    "组织推进本区公共服务体系建设，落实基本公共服务标准，提高服务的均等化和便利化水平。",
    "负责本区相关专项资金的管理和使用，会同有关部门做好资金的绩效评价和监督检查工作。",
    "指导、协调和监督本区相关单位的安全生产、应急管理和信访维稳工作。",
    "组织开展本区相关领域的宣传、培训和对外交流合作工作。",
    "完成区委、区政府交办的其他任务。",
)
PROJECTS = (
    ("科技创新专项", "加快推动本区企业创新驱动发展，促进企业加大创新力度、加快成果转化。",
     ("企业技术中心认定", "专精特新企业培育")),
    ("社区公共服务提升", "提升社区公共服务水平，完善社区服务设施，满足居民多样化服务需求。",
     ("社区服务设施运维", "为老服务")),
    ("城市精细化管理", "推进城市精细化管理，提升市容环境质量和城市运行安全水平。", ("市容环境整治", "网格化巡查")),
    ("商业创新发展专项", "通过专项资金的撬动，鼓励企业引进高能级首店和首发项目，促进消费提质扩容。",
     ("品牌集聚", "商业数字化创新", "便民生活圈建设")),
    ("公共法律服务", "完善公共法律服务体系，为居民提供便捷、高效的法律咨询和人民调解服务。", ("法律咨询", "人民调解")),
)
CN = "一二三四五六七八九十"


# ---------------------------------------------------------------- spec builders


def _allocate(total: Decimal, weights: list[int], step: Decimal = Decimal(100)) -> list[Decimal]:
    """Split total into parts proportional to weights, in multiples of step; the last part takes the rest."""
    if not weights:
        return []
    whole = sum(weights)
    parts = [(total * w / whole / step).to_integral_value(ROUND_HALF_UP) * step for w in weights[:-1]]
    return [*parts, total - sum(parts, ZERO)]


def _economics(basic: Decimal, rng: random.Random | None = None) -> tuple[Econ, ...]:
    rows = list(ECONOMICS)
    if rng is not None:
        keep = {r[0] for r in rows if r[0][:3] == "301" or rng.random() < 0.7}
        rows = [r for r in rows if r[0] in keep or r[0] == "30299"]
    amounts = _allocate(basic, [w for _, _, w in rows])
    return tuple(Econ(code, name, a) for (code, name, _), a in zip(rows, amounts, strict=True))


def _tree(picks: list[tuple[str, str, str, str, str, str, str, Decimal, Decimal]]) -> tuple[Lei, ...]:
    """Build the 类/款/项 tree from flat rows (lei, lei name, kuan, kuan name, xiang, name, purpose, basic, project)."""
    leis: dict[str, tuple[str, dict[str, tuple[str, list[Item]]]]] = {}
    for lc, ln, kc, kn, xc, xn, purpose, basic, project in picks:
        kuans = leis.setdefault(lc, (ln, {}))[1]
        kuans.setdefault(kc, (kn, []))[1].append(Item(kc + xc, xn, basic, project, purpose))
    return tuple(
        Lei(lc, ln, tuple(Kuan(kc, kn, tuple(items)) for kc, (kn, items) in kuans.items()))
        for lc, (ln, kuans) in leis.items()
    )


def _purpose(kuan: str, item: str) -> str:
    if item in ("行政运行", "事业运行"):
        return "机关运行和人员经费支出"
    return f"{kuan}{item}" if item.startswith(("一般", "其他")) else item


def default_spec() -> PdfSpec:
    """A fixed department (上海市静安区卫生健康委员会, 2025) whose tables run over several pages."""
    y = Decimal
    rows = [
        ("201", "一般公共服务支出", "20103", "政府办公厅（室）及相关机构事务", "01", "行政运行", y(9_389_913), ZERO),
        ("201", "一般公共服务支出", "20103", "政府办公厅（室）及相关机构事务", "02", "一般行政管理事务", ZERO, y(4_545_000)),
        ("201", "一般公共服务支出", "20103", "政府办公厅（室）及相关机构事务", "50", "事业运行", y(2_901_820), ZERO),
        ("201", "一般公共服务支出", "20132", "组织事务", "02", "一般行政管理事务", ZERO, y(1_075_000)),
        ("204", "公共安全支出", "20406", "司法", "07", "公共法律服务", ZERO, y(300_000)),
        ("205", "教育支出", "20502", "普通教育", "01", "学前教育", y(3_250_400), y(1_200_000)),
        ("205", "教育支出", "20599", "其他教育支出", "99", "其他教育支出", ZERO, y(250_000)),
        ("206", "科学技术支出", "20605", "科技条件与服务", "03", "科技条件专项", ZERO, y(17_200_000)),
        ("208", "社会保障和就业支出", "20805", "行政事业单位养老支出", "01", "行政单位离退休", y(1_661_216), ZERO),
        ("208", "社会保障和就业支出", "20805", "行政事业单位养老支出", "02", "事业单位离退休", y(17_280), ZERO),
        ("208", "社会保障和就业支出", "20805", "行政事业单位养老支出", "05", "机关事业单位基本养老保险缴费支出",
         y(1_410_886), ZERO),
        ("208", "社会保障和就业支出", "20805", "行政事业单位养老支出", "06", "机关事业单位职业年金缴费支出", y(705_443), ZERO),
        ("208", "社会保障和就业支出", "20807", "就业补助", "05", "公益性岗位补贴", ZERO, y(582_800)),
        ("210", "卫生健康支出", "21007", "计划生育事务", "17", "计划生育服务", ZERO, y(200_000)),
        ("210", "卫生健康支出", "21011", "行政事业单位医疗", "01", "行政单位医疗", y(631_941), ZERO),
        ("210", "卫生健康支出", "21011", "行政事业单位医疗", "02", "事业单位医疗", y(249_862), ZERO),
        ("212", "城乡社区支出", "21201", "城乡社区管理事务", "04", "城管执法", y(6_522_681), ZERO),
        ("212", "城乡社区支出", "21205", "城乡社区环境卫生", "01", "城乡社区环境卫生", ZERO, y(4_833_300)),
        ("221", "住房保障支出", "22102", "住房改革支出", "01", "住房公积金", y(1_361_034), ZERO),
        ("221", "住房保障支出", "22102", "住房改革支出", "03", "购房补贴", y(1_488_000), ZERO),
    ]
    functions = _tree([(a, b, c, d, e, f, _purpose(d, f), g, h) for a, b, c, d, e, f, g, h in rows])
    basic = sum((r[6] for r in rows), ZERO)
    projects = (
        Project(PROJECTS[0][0], PROJECTS[0][1], ("《本区服务企业发展工作实施意见》。", "《本区支持科技创新实施意见》。"),
                "制定实施流程和细则，明确申报指南，发布项目申报通知，组织项目审核、跟踪、评估，按程序落实专项资金拨付。",
                (("企业技术中心认定", y("1200.00")), ("专精特新企业培育", y("520.00"))),
                "支持企业技术中心和专精特新企业不少于40家。"),
        Project(PROJECTS[2][0], PROJECTS[2][1], ("《本区城市精细化管理三年行动计划》。",),
                "开展市容环境整治和网格化巡查，建立问题发现、派单、处置、反馈的闭环机制。",
                (("市容环境整治", y("383.33")), ("网格化巡查", y("100.00"))),
                "市容环境满意度不低于90分。"),
    )
    return PdfSpec(
        region="上海市静安区", department="上海市静安区卫生健康委员会", year=2025, functions=functions,
        economics=_economics(basic), sangong=SanGong(ZERO, y("1.00"), ZERO, y("21.56"), y("171.01")),
        duties=DUTIES, units=("上海市静安区卫生健康委员会（本部）。", "上海市静安区卫生健康事务服务中心。"),
        prior_total=y(125_933_471), procurement=(y("7.80"), ZERO, y("30.40")), vehicles=2, new_vehicles=0,
        projects=projects,
    )


def random_spec(seed: int) -> PdfSpec:
    """A different department, year, tree, amounts and print layout for every seed."""
    rng = random.Random(seed)
    region = "上海市" + rng.choice(REGIONS)
    dept = region + (rng.choice(DEPARTMENTS) if rng.random() < 0.7 else "人民政府" + rng.choice(STREETS))
    layout = Layout(
        unit="万元" if rng.random() < 0.2 else "元", decimals=rng.random() < 0.5, zero=rng.choice(("", "0", "0.00")),
        repeat_header=rng.random() < 0.5, total_alone=rng.random() < 0.5,
        rows_per_page=rng.choice((0, 0, 0, 9, 13)), duplicate_page=rng.random() < 0.4,
        toc_leaders=rng.random() < 0.5, continued_title=rng.random() < 0.3,
    )
    picks = []
    for lc, ln, kuans in rng.sample(FUNCTIONS, rng.randint(3, 8)):
        for kc, kn, items in rng.sample(kuans, rng.randint(1, len(kuans))):
            for xc, xn, kind in rng.sample(items, rng.randint(1, len(items))):
                amount = Decimal(rng.randint(10, 300_000) * 100)
                basic = amount if kind == "basic" else ZERO
                if kind == "mixed":
                    basic = (amount * rng.randint(1, 9) / 1000).to_integral_value() * 100
                picks.append((lc, ln, kc, kn, xc, xn, _purpose(kn, xn), basic, amount - basic))
    picks.sort(key=lambda p: (p[0], p[2], p[4]))
    if not any(p[7] for p in picks):  # at least some basic expenditure
        lc, ln, kc, kn, xc, xn, pu, _, project = picks[0]
        picks[0] = (lc, ln, kc, kn, xc, xn, pu, Decimal(1_000_000), project)
    functions = _tree(picks)
    basic = sum((p[7] for p in picks), ZERO)
    total = sum((p[7] + p[8] for p in picks), ZERO)
    wan = lambda lo, hi: Decimal(rng.randint(lo, hi)) / 100  # noqa: E731 - 万元 with two decimals
    projects = []
    for name, overview, parts in rng.sample(PROJECTS, rng.randint(1, 3)):
        projects.append(Project(
            name, overview, (f"《{region}{name}管理办法》。",), "制定实施细则，明确申报指南，组织项目审核、跟踪、评估，按程序拨付资金。",
            tuple((p, wan(1000, 90000)) for p in parts), "项目按期完成，资金使用合规，服务对象满意度不低于90%。",
        ))
    spec = PdfSpec(
        region=region, department=dept, year=rng.randint(2021, 2026), functions=functions,
        economics=_economics(basic, rng),
        sangong=SanGong(rng.choice((ZERO, wan(100, 2000))), wan(50, 500), rng.choice((ZERO, Decimal(25))),
                        wan(500, 4000), wan(5000, 60000)),
        duties=tuple(rng.sample(DUTIES[:-1], rng.randint(3, 6))) + DUTIES[-1:],
        units=(f"{dept}（本部）。",) + tuple(f"{region}{n}。" for n in rng.sample(
            ("社区事务受理服务中心", "社区党群服务中心", "城市运行管理中心", "综合行政执法队"), rng.randint(0, 3))),
        prior_total=(total * Decimal(rng.randint(70, 130)) / 100 / 100).to_integral_value() * 100,
        procurement=(wan(0, 9000), rng.choice((ZERO, wan(0, 300000))), wan(0, 90000)),
        vehicles=rng.randint(0, 9), new_vehicles=rng.randint(0, 1), projects=tuple(projects), layout=layout,
    )
    spec.check()
    return spec


# ---------------------------------------------------------------- formatting


def _wan(yuan: Decimal) -> Decimal:
    return (yuan / 10000).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _money(d: Decimal) -> str:
    return f"{d:,.2f}"


def _cell(amount: Decimal, layout: Layout) -> str:
    """An amount as the tables print it, in the tables' unit."""
    if amount == 0:
        return layout.zero
    if layout.unit == "万元":
        return f"{amount / 10000:,.2f}"
    return f"{amount:,.2f}" if layout.decimals else f"{amount:,.0f}"


def _sg(amount: Decimal, layout: Layout) -> str:
    """A “三公” amount (万元): "1.00", or compact "1" / "21.56" when the layout has no fixed decimals."""
    if amount == 0:
        return layout.zero
    text = f"{amount:.2f}"
    return text if layout.decimals else text.rstrip("0").rstrip(".")


def _change(now: Decimal, before: Decimal) -> str:
    if now == before:
        return "持平"
    word = "增加" if now > before else "减少"
    return f"{word}{_money(abs(now - before))}万元"


# ---------------------------------------------------------------- expected figures


@dataclass(frozen=True)
class ExpectedRow:
    cells: tuple[str, ...]
    kind: str  # data | total
    page: int


@dataclass(frozen=True)
class ExpectedTable:
    title: str
    unit: str
    columns: tuple[str, ...]
    rows: tuple[ExpectedRow, ...]
    page: int
    end_page: int
    note: str = ""


@dataclass(frozen=True)
class ExpectedParagraph:
    text: str
    page: int
    heading: bool
    section: tuple[str, ...]


@dataclass(frozen=True)
class Expected:
    """What ingest.pdf must read from a generated PDF."""

    department: str
    year: int
    pages: int
    toc_page: int
    duplicate_pages: tuple[int, ...]
    tables: tuple[ExpectedTable, ...]
    paragraphs: tuple[ExpectedParagraph, ...]
    figures: dict[str, str]  # headline amounts: 元 as "371514655.00", 万元 as "37151.47"

    def table(self, word: str) -> ExpectedTable:
        return next(t for t in self.tables if word in t.title)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)


def figures(spec: PdfSpec) -> dict[str, str]:
    personnel = sum((e.amount for e in spec.economics if e.personnel), ZERO)
    return {
        "total": str(spec.total), "basic": str(spec.basic), "project": str(spec.project),
        "personnel": str(personnel), "public": str(spec.basic - personnel),
        "total_wan": str(_wan(spec.total)), "sangong_total_wan": str(spec.sangong.total),
        "operating_wan": str(spec.sangong.operating),
        "procurement_wan": str(sum(spec.procurement, ZERO)),
        "projects": str(len(spec.projects)),
    }


# ---------------------------------------------------------------- drawing


@dataclass
class _Pen:
    """A reportlab canvas plus where we are: the page, the y (from the top), what was drawn where."""

    c: rl_canvas.Canvas
    spec: PdfSpec
    y: float = TOP
    page: int = 0
    section: tuple[str, ...] = ()
    paragraphs: list[ExpectedParagraph] = field(default_factory=list)
    tables: list[ExpectedTable] = field(default_factory=list)
    duplicate_pages: list[int] = field(default_factory=list)
    toc_page: int = 0

    def new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = TOP

    def text(self, x: float, top: float, s: str, size: float = BODY_SIZE, align: str = "l") -> None:
        self.c.setFont(FONT, size)
        base = PAGE_H - top - size * 0.88
        if align == "c":
            self.c.drawCentredString(x, base, s)
        elif align == "r":
            self.c.drawRightString(x, base, s)
        else:
            self.c.drawString(x, base, s)


def _width(s: str, size: float = BODY_SIZE) -> float:
    return pdfmetrics.stringWidth(s, FONT, size)


def _wrap(s: str, first: float, rest: float, size: float = BODY_SIZE) -> list[str]:
    """Cut a string into lines that fit: `first` points for the first line, `rest` for the others."""
    lines, cur = [], ""
    for ch in s:
        room = first if not lines else rest
        if cur and _width(cur + ch, size) > room:
            lines.append(cur)
            cur = ""
        cur += ch
    return [*lines, cur] if cur else lines


def _title(pen: _Pen, title: str) -> None:
    pen.new_page()
    pen.text(PAGE_W / 2, pen.y, title, 16, "c")
    pen.y += 46
    pen.section = (title,)
    pen.paragraphs.append(ExpectedParagraph(title, pen.page, True, pen.section))


def _heading(pen: _Pen, text: str) -> None:
    if pen.y + LINE_H > BOTTOM:
        pen.new_page()
    pen.text(LEFT + 6, pen.y, text)
    pen.section = (pen.section[0], text)
    pen.paragraphs.append(ExpectedParagraph(text, pen.page, True, pen.section))
    pen.y += LINE_H


def _para(pen: _Pen, text: str, *, record: bool = True) -> None:
    page = 0
    for i, line in enumerate(_wrap(text, RIGHT - LEFT - INDENT, RIGHT - LEFT)):
        if pen.y + LINE_H > BOTTOM:
            pen.new_page()
        pen.text(LEFT + (INDENT if i == 0 else 0), pen.y, line)
        page = page or pen.page
        pen.y += LINE_H
    if record:
        pen.paragraphs.append(ExpectedParagraph(text, page, False, pen.section))


def _cover(pen: _Pen) -> None:
    s = pen.spec
    pen.new_page()
    for top, text, size in ((160, f"{s.region}{s.year}年区级部门预算", 26), (280, f"预算主管部门：{s.department}", 20)):
        pen.text(PAGE_W / 2, top, text, size, "c")
        pen.paragraphs.append(ExpectedParagraph(text, pen.page, False, ()))


def _toc(pen: _Pen, titles: list[str]) -> None:
    pen.new_page()
    pen.toc_page = pen.page
    entries = ["一、部门主要职能", "二、部门机构设置", "三、名词解释", "四、部门预算编制说明", "五、部门预算表"]
    entries += [f"{i}. {t}" for i, t in enumerate(titles, start=1)] + ["六、其他相关情况说明", "七、项目经费情况说明"]
    pen.text(PAGE_W / 2, 56, "目 录", 16, "c")
    top = 94.0
    for e in entries:
        pen.c.rect(68, PAGE_H - top - 19.6, 706, 19.6, stroke=1, fill=0)
        x = 98 if e[0].isdigit() else 70
        pen.text(x, top + 4, e + (" " + "…" * 30 if pen.spec.layout.toc_leaders else ""), 11)
        top += 19.6


def _duties(pen: _Pen) -> None:
    s = pen.spec
    body = [f"{s.department}是本区主管相关工作的区政府工作部门，负责贯彻落实党中央、市委和区委关于相关工作的方针政策和"
            "决策部署，在履行职责过程中坚持和加强党的集中统一领导。", "主要职能包括："]
    body += [f"{i}、{d}" for i, d in enumerate(s.duties, start=1)]
    _title(pen, f"{s.department}主要职能")
    for p in body:
        _para(pen, p)
    if s.layout.duplicate_page:  # the same passage printed again on the next page
        pen.new_page()
        pen.duplicate_pages.append(pen.page)
        for p in body:
            _para(pen, p, record=False)


def _organisation(pen: _Pen) -> None:
    s = pen.spec
    _title(pen, f"{s.department}机构设置")
    _para(pen, f"{s.department}部门预算是包括本部以及下属{len(s.units) - 1}家预算单位的综合收支计划。")
    _para(pen, "本部门中，具体包括：")
    for i, u in enumerate(s.units, start=1):
        _para(pen, f"{i}. {u}")


GLOSSARY = (
    "（一）财政拨款收入：是区级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。",
    "（二）事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
    "（三）基本支出预算：是区级预算主管部门及所属预算单位为保障其机构正常运转、完成日常工作任务而编制的年度基本支出计划，包括人员经费和公用经费两部分。",
    "（四）项目支出预算：是区级预算主管部门及所属预算单位为完成行政工作任务、事业发展目标或政府发展战略、特定目标，在基本支出之外编制的年度支出计划。",
    "（五）“三公”经费：是与区级财政有经费领拨关系的部门及其下属预算单位使用区级财政拨款安排的因公出国（境）费、公务用车购置及运行费、公务接待费。",
    "（六）机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。",
)


def _glossary(pen: _Pen) -> None:
    _title(pen, "名词解释")
    for g in GLOSSARY:
        _para(pen, g)


def _explanation(pen: _Pen) -> None:
    s = pen.spec
    total, prior = _wan(s.total), _wan(s.prior_total)
    _title(pen, f"{s.year}年部门预算编制说明")
    _para(pen, f"{s.year}年，{s.department}收入预算{_money(total)}万元，其中：财政拨款收入{_money(total)}万元，"
               f"比{s.year - 1}年预算{_change(total, prior)}；事业收入0万元；事业单位经营收入0万元；其他收入0万元。")
    _para(pen, f"支出预算{_money(total)}万元，其中：财政拨款支出预算{_money(total)}万元，比{s.year - 1}年预算"
               f"{_change(total, prior)}。财政拨款支出预算中，一般公共预算拨款支出预算{_money(total)}万元；"
               "政府性基金拨款支出预算0万元；国有资本经营预算拨款支出预算0万元。")
    _para(pen, "财政拨款支出主要内容如下：")
    n = 0
    for lei in s.functions:
        for kuan in lei.kuans:
            for item in kuan.items:
                n += 1
                _para(pen, f"{n}. “{lei.name}（类）{kuan.name}（款）{item.name}（项）”{_money(_wan(item.total))}万元，"
                           f"主要用于{item.purpose}。")


def _other(pen: _Pen) -> None:
    s, sg = pen.spec, pen.spec.sangong
    y0 = s.year - 1
    _title(pen, "其他相关情况说明")
    _heading(pen, f"一、{s.year}年“三公”经费预算情况说明")
    _para(pen, f"{s.year}年“三公”经费预算数为{_money(sg.total)}万元。其中：")
    _para(pen, f"（一）因公出国（境）费{_money(sg.abroad)}万元。")
    _para(pen, f"（二）公务用车购置及运行费{_money(sg.car)}万元。其中：公务用车购置费{_money(sg.car_purchase)}万元；"
               f"公务用车运行费{_money(sg.car_running)}万元。")
    _para(pen, f"（三）公务接待费{_money(sg.reception)}万元。")
    _heading(pen, "二、机关运行经费预算")
    _para(pen, f"{s.year}年{s.department}财政拨款的机关运行经费预算为{_money(sg.operating)}万元。")
    _heading(pen, "三、政府采购预算情况")
    g, w, v = s.procurement
    _para(pen, f"{s.year}年度本部门政府采购预算{_money(g + w + v)}万元，其中：政府采购货物预算{_money(g)}万元、"
               f"政府采购工程预算{_money(w)}万元、政府采购服务预算{_money(v)}万元。")
    _heading(pen, "四、绩效目标设置情况")
    _para(pen, f"{s.year}年度，本部门编报绩效目标的项目共{len(s.projects)}个，"
               f"涉及项目预算资金{_money(sum((p.budget for p in s.projects), ZERO))}万元。")
    _heading(pen, "五、国有资产占有使用情况")
    _para(pen, f"截至{y0}年8月31日，{s.department}共有车辆{s.vehicles}辆，其中：机要通信用车0辆、应急保障用车0辆、"
               f"其他用车{s.vehicles}辆；单价100万元（含）以上设备（不含车辆）0台（套）。")
    _para(pen, f"{s.year}年部门预算安排购置车辆{s.new_vehicles}辆，其中：其他用车{s.new_vehicles}辆；"
               "部门预算安排购置单价100万元（含）以上设备（不含车辆）0台（套）。")


def _project(pen: _Pen, p: Project) -> None:
    s = pen.spec
    _title(pen, f"{p.name}经费情况说明")
    parts = "，".join(f"{name}{_money(a)}万元" for name, a in p.parts)
    sections = (
        ("一、项目概述", [p.overview]),
        ("二、立项依据", [f"{i}、{b}" for i, b in enumerate(p.basis, start=1)]),
        ("三、实施主体", [s.department]),
        ("四、实施方案", [p.plan]),
        ("五、实施周期", [f"{s.year}.1.1-{s.year}.12.31"]),
        ("六、年度预算安排", [f"{s.year}年度项目总预算{_money(p.budget)}万元，其中{parts}。"]),
        ("七、绩效目标", [p.goal]),
    )
    for head, body in sections:
        _heading(pen, head)
        for text in body:
            _para(pen, text)


# ---------------------------------------------------------------- tables


@dataclass(frozen=True)
class _Head:
    text: str
    row: int
    col: int
    rows: int = 1
    cols: int = 1


@dataclass(frozen=True)
class _TableDef:
    title: str
    unit: str
    widths: tuple[float, ...]
    head: tuple[_Head, ...]
    head_rows: int
    columns: tuple[str, ...]  # the header paths the parser must build
    body: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None = None
    total_span: int = 1  # leading columns merged under the total label
    blank_rows: int = 0  # empty ruled rows before the total row
    note: str = ""
    repeat_header: bool = False
    total_alone: bool = False
    head_h: float = ROW_H
    align: tuple[str, ...] = ()


def _x_edges(widths: tuple[float, ...]) -> list[float]:
    xs = [TABLE_X]
    for w in widths:
        xs.append(xs[-1] + w)
    return xs


def _box(pen: _Pen, x0: float, top: float, x1: float, bottom: float) -> None:
    pen.c.rect(x0, PAGE_H - bottom, x1 - x0, bottom - top, stroke=1, fill=0)


def _cell_text(pen: _Pen, text: str, x0: float, top: float, x1: float, bottom: float, align: str, size=10.0):
    lines = _wrap(text, x1 - x0 - 6, x1 - x0 - 6, size) if align == "c" else [text]
    first = (top + bottom) / 2 - len(lines) * (size + 2) / 2 + 1
    for i, line in enumerate(lines):
        t = first + i * (size + 2)
        if align == "c":
            pen.text((x0 + x1) / 2, t, line, size, "c")
        elif align == "r":
            pen.text(x1 - 4, t, line, size, "r")
        else:
            pen.text(x0 + 4, t, line, size)


def _draw_head(pen: _Pen, t: _TableDef, top: float) -> float:
    xs = _x_edges(t.widths)
    for h in t.head:
        y0, y1 = top + h.row * t.head_h, top + (h.row + h.rows) * t.head_h
        _box(pen, xs[h.col], y0, xs[h.col + h.cols], y1)
        _cell_text(pen, h.text, xs[h.col], y0, xs[h.col + h.cols], y1, "c")
    return top + t.head_rows * t.head_h


def _draw_row(pen: _Pen, t: _TableDef, top: float, cells: tuple[str, ...], span: int = 1) -> None:
    xs = _x_edges(t.widths)
    c = 0
    while c < len(cells):
        width = span if c == 0 else 1
        x0, x1 = xs[c], xs[c + width]
        _box(pen, x0, top, x1, top + ROW_H)
        if cells[c]:
            align = "c" if width > 1 else (t.align[c] if t.align else "l")
            _cell_text(pen, cells[c], x0, top, x1, top + ROW_H, align)
        c += width


def _table(pen: _Pen, t: _TableDef) -> None:
    s = pen.spec
    pen.new_page()
    first_page = pen.page
    pen.text(PAGE_W / 2, 78, t.title, 15, "c")
    pen.text(TABLE_X + 4, 106, f"编制部门：{s.department}", 10.5)
    pen.text(TABLE_X + sum(t.widths) - 4, 106, f"单位：{t.unit}" if t.unit == "元" else f"单位:{t.unit}", 10.5, "r")
    y = _draw_head(pen, t, 128)
    rows: list[ExpectedRow] = []
    on_page = 0
    limit = s.layout.rows_per_page or 10_000
    body = [(r, "data") for r in t.body] + [(("",) * len(t.widths), "blank")] * t.blank_rows
    for cells, kind in body:
        if y + ROW_H > TABLE_BOTTOM or on_page >= limit:
            _next_table_page(pen, t)
            y, on_page = (_draw_head(pen, t, 60) if t.repeat_header else 60.0), 0
        _draw_row(pen, t, y, cells)
        if kind == "data":
            rows.append(ExpectedRow(cells, "data", pen.page))
        y, on_page = y + ROW_H, on_page + 1
    if t.total is not None:
        if t.total_alone or y + ROW_H > TABLE_BOTTOM or on_page >= limit:
            _next_table_page(pen, t)
            y = 60.0
        _draw_row(pen, t, y, t.total, t.total_span)
        rows.append(ExpectedRow(t.total, "total", pen.page))
        y += ROW_H
    if t.note:
        pen.text(TABLE_X + 2, y + 8, t.note, 10.5)
    pen.tables.append(ExpectedTable(t.title, t.unit, t.columns, tuple(rows), first_page, pen.page, t.note))


def _next_table_page(pen: _Pen, t: _TableDef) -> None:
    pen.new_page()
    if pen.spec.layout.continued_title:
        pen.text(PAGE_W / 2, 30, f"{t.title}（续）", 12, "c")


_CODE_HEAD = (_Head("功能分类科目编码", 1, 0, 1, 3), _Head("类", 2, 0), _Head("款", 2, 1), _Head("项", 2, 2),
              _Head("功能分类科目名称", 1, 3, 2, 1))
_CODE_COLUMNS = ("功能分类科目编码/类", "功能分类科目编码/款", "功能分类科目编码/项", "功能分类科目名称")


def _function_rows(spec: PdfSpec, amounts) -> tuple[tuple[str, ...], ...]:
    """One row per 类, 款 and 项: code cells, name, then `amounts(items)` formatted."""
    fmt = lambda ds: tuple(_cell(d, spec.layout) for d in ds)  # noqa: E731
    rows = []
    for lei in spec.functions:
        rows.append((lei.code, "", "", lei.name, *fmt(amounts(lei.items))))
        for kuan in lei.kuans:
            rows.append((lei.code, kuan.code[3:], "", kuan.name, *fmt(amounts(list(kuan.items)))))
            for item in kuan.items:
                rows.append((lei.code, kuan.code[3:], item.code[5:], item.name, *fmt(amounts([item]))))
    return tuple(rows)


def _split(items) -> tuple[Decimal, Decimal, Decimal]:
    basic = sum((i.basic for i in items), ZERO)
    project = sum((i.project for i in items), ZERO)
    return basic + project, basic, project


def _expenditure_table(spec: PdfSpec, title: str, group: str, *, repeat: bool, alone: bool, empty: str = "") -> _TableDef:
    head = (_Head("项目", 0, 0, 1, 4), *_CODE_HEAD, _Head(group, 0, 4, 1, 3),
            _Head("合计", 1, 4, 2, 1), _Head("基本支出", 1, 5, 2, 1), _Head("项目支出", 1, 6, 2, 1))
    layout = spec.layout
    body = () if empty else _function_rows(spec, _split)
    totals = ("", "", "") if empty else tuple(_cell(d, layout) for d in _split(spec.items))
    return _TableDef(
        title=title, unit=layout.unit, widths=(38, 38, 38, 266, 120, 112, 120), head=head, head_rows=3,
        columns=(*_CODE_COLUMNS, f"{group}/合计", f"{group}/基本支出", f"{group}/项目支出"), body=body,
        total=("合计", "", "", "", *totals), total_span=4, blank_rows=7 if empty else 0,
        note=f"注:本部门{spec.year}年无{empty}财政拨款安排的预算，故本表为空表。" if empty else "",
        repeat_header=repeat, total_alone=alone, align=("c", "c", "c", "l", "r", "r", "r"),
    )


def _income_table(spec: PdfSpec) -> _TableDef:
    layout = spec.layout
    cols = ("合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入")
    head = (_Head("项目", 0, 0, 1, 4), *_CODE_HEAD, _Head("收入预算", 0, 4, 1, 5),
            *(_Head(c, 1, 4 + i, 2, 1) for i, c in enumerate(cols)))
    five = lambda items: (_split(items)[0], _split(items)[0], ZERO, ZERO, ZERO)  # noqa: E731
    return _TableDef(
        title=f"{spec.year}年部门收入预算总表", unit=layout.unit, widths=(38, 38, 38, 200, 100, 100, 70, 70, 76),
        head=head, head_rows=3, columns=(*_CODE_COLUMNS, *(f"收入预算/{c}" for c in cols)),
        body=_function_rows(spec, five), total=("合计", "", "", "", *(_cell(d, layout) for d in five(spec.items))),
        total_span=4, head_h=24, align=("c", "c", "c", "l", "r", "r", "r", "r", "r"),
    )


def _summary_table(spec: PdfSpec) -> _TableDef:
    layout, total = spec.layout, spec.total
    income = [("一、财政拨款收入", total), ("1. 一般公共预算资金", total), ("2. 政府性基金", ZERO),
              ("3. 国有资本经营预算", ZERO), ("二、事业收入", ZERO), ("三、事业单位经营收入", ZERO), ("四、其他收入", ZERO)]
    spend = [(f"{CN[i] if i < 10 else '十' + CN[i - 10]}、{lei.name}", _split(lei.items)[0])
             for i, lei in enumerate(spec.functions)]
    body = []
    for k in range(max(len(income), len(spend))):
        a = income[k] if k < len(income) else ("", None)
        b = spend[k] if k < len(spend) else ("", None)
        body.append((a[0], "" if a[1] is None else _cell(a[1], layout), b[0], "" if b[1] is None else _cell(b[1], layout)))
    head = (_Head("本年收入", 0, 0, 1, 2), _Head("本年支出", 0, 2, 1, 2), _Head("项目", 1, 0), _Head("预算数", 1, 1),
            _Head("项目", 1, 2), _Head("预算数", 1, 3))
    return _TableDef(
        title=f"{spec.year}年部门财务收支预算总表", unit=layout.unit, widths=(212, 143, 225, 143), head=head, head_rows=2,
        columns=("本年收入/项目", "本年收入/预算数", "本年支出/项目", "本年支出/预算数"), body=tuple(body),
        total=("收入总计", _cell(total, layout), "支出总计", _cell(total, layout)), blank_rows=3,
        align=("l", "r", "l", "r"),
    )


def _appropriation_table(spec: PdfSpec) -> _TableDef:
    layout, total = spec.layout, spec.total
    income = [("一、一般公共预算资金", total), ("二、政府性基金", ZERO), ("三、国有资本经营预算", ZERO)]
    body = []
    for k, lei in enumerate(spec.functions):
        a = income[k] if k < len(income) else ("", None)
        amount = _cell(_split(lei.items)[0], layout)
        body.append((a[0], "" if a[1] is None else _cell(a[1], layout), f"{CN[k] if k < 10 else '十' + CN[k - 10]}、{lei.name}",
                     amount, amount, "", ""))
    cols = ("合计", "一般公共预算", "政府性基金预算", "国有资本经营预算")
    head = (_Head("财政拨款收入", 0, 0, 1, 2), _Head("财政拨款支出", 0, 2, 1, 5), _Head("项目", 1, 0), _Head("预算数", 1, 1),
            _Head("项目", 1, 2), *(_Head(c, 1, 3 + i) for i, c in enumerate(cols)))
    return _TableDef(
        title=f"{spec.year}年部门财政拨款收支预算总表", unit=layout.unit, widths=(120, 92, 150, 92, 92, 92, 92),
        head=head, head_rows=2, columns=("财政拨款收入/项目", "财政拨款收入/预算数", "财政拨款支出/项目",
                                         *(f"财政拨款支出/{c}" for c in cols)),
        body=tuple(body), total=("收入总计", _cell(total, layout), "支出总计", _cell(total, layout), _cell(total, layout), "", ""),
        blank_rows=2, align=("l", "r", "l", "r", "r", "r", "r"),
    )


def _economic_table(spec: PdfSpec) -> _TableDef:
    layout = spec.layout
    fmt = lambda d: _cell(d, layout)  # noqa: E731
    body = []
    for cls, name in ECON_CLASSES.items():
        rows = [e for e in spec.economics if e.code[:3] == cls]
        if not rows:
            continue
        amount = sum((e.amount for e in rows), ZERO)
        pers = rows[0].personnel
        body.append((cls, "", name, fmt(amount), fmt(amount if pers else ZERO), fmt(ZERO if pers else amount)))
        for e in rows:
            body.append((cls, e.code[3:], e.name, fmt(e.amount), fmt(e.amount if pers else ZERO),
                         fmt(ZERO if pers else e.amount)))
    personnel = sum((e.amount for e in spec.economics if e.personnel), ZERO)
    group = "一般公共预算基本支出"
    head = (_Head("项目", 0, 0, 1, 3), _Head("部门预算经济分类科目编码", 1, 0, 1, 2), _Head("类", 2, 0), _Head("款", 2, 1),
            _Head("经济分类科目名称", 1, 2, 2, 1), _Head(group, 0, 3, 1, 3),
            *(_Head(c, 1, 3 + i, 2, 1) for i, c in enumerate(("合计", "人员经费", "公用经费"))))
    return _TableDef(
        title=f"{spec.year}年部门一般公共预算基本支出部门预算经济分类预算表", unit=layout.unit,
        widths=(62, 62, 300, 103, 103, 102), head=head, head_rows=3, head_h=24,
        columns=("部门预算经济分类科目编码/类", "部门预算经济分类科目编码/款", "经济分类科目名称",
                 f"{group}/合计", f"{group}/人员经费", f"{group}/公用经费"),
        body=tuple(body), total=("合计", "", "", fmt(spec.basic), fmt(personnel), fmt(spec.basic - personnel)),
        total_span=3, repeat_header=layout.repeat_header, align=("c", "c", "l", "r", "r", "r"),
    )


def _sangong_table(spec: PdfSpec) -> _TableDef:
    sg, layout = spec.sangong, spec.layout
    head = (_Head("“三公”经费预算数", 0, 0, 1, 6), _Head("机关运行经费预算数", 0, 6, 3, 1),
            _Head("合计", 1, 0, 2, 1), _Head("因公出国(境)费", 1, 1, 2, 1), _Head("公务接待费", 1, 2, 2, 1),
            _Head("公务用车购置及运行费", 1, 3, 1, 3), _Head("小计", 2, 3), _Head("购置费", 2, 4), _Head("运行费", 2, 5))
    g = "“三公”经费预算数"
    values = (sg.total, sg.abroad, sg.reception, sg.car, sg.car_purchase, sg.car_running, sg.operating)
    return _TableDef(
        title=f"{spec.year}年部门“三公”经费和机关运行经费预算表", unit="万元", widths=(101, 101, 101, 101, 101, 101, 102),
        head=head, head_rows=3, head_h=30,
        columns=(f"{g}/合计", f"{g}/因公出国(境)费", f"{g}/公务接待费", f"{g}/公务用车购置及运行费/小计",
                 f"{g}/公务用车购置及运行费/购置费", f"{g}/公务用车购置及运行费/运行费", "机关运行经费预算数"),
        body=(tuple(_sg(v, layout) for v in values),), align=("r",) * 7,
    )


def _tables(spec: PdfSpec) -> list[_TableDef]:
    y, lay = spec.year, spec.layout
    return [
        _summary_table(spec),
        _income_table(spec),
        _expenditure_table(spec, f"{y}年部门支出预算总表", "支出预算", repeat=False, alone=lay.total_alone),
        _appropriation_table(spec),
        _expenditure_table(spec, f"{y}年部门一般公共预算支出功能分类预算表", "一般公共预算支出",
                           repeat=lay.repeat_header, alone=False),
        _expenditure_table(spec, f"{y}年部门政府性基金预算支出功能分类预算表", "政府性基金预算支出",
                           repeat=False, alone=False, empty="政府性基金预算"),
        _expenditure_table(spec, f"{y}年部门国有资本经营预算支出功能分类预算表", "国有资本经营预算支出",
                           repeat=False, alone=False, empty="国有资本经营预算"),
        _economic_table(spec),
        _sangong_table(spec),
    ]


# ---------------------------------------------------------------- documents


def _font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def build_pdf(spec: PdfSpec | None = None, *, encrypt=None) -> tuple[bytes, Expected]:
    """The PDF of a spec and the figures ingest.pdf must read from it."""
    spec = spec or default_spec()
    spec.check()
    _font()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), encrypt=encrypt, invariant=1)
    pen = _Pen(c, spec)
    tables = _tables(spec)
    _cover(pen)
    _toc(pen, [t.title for t in tables])
    for part in (_duties, _organisation, _glossary, _explanation):
        part(pen)
    for t in tables:
        _table(pen, t)
    _other(pen)
    for p in spec.projects:
        _project(pen, p)
    c.showPage()
    c.save()
    expected = Expected(
        department=spec.department, year=spec.year, pages=pen.page, toc_page=pen.toc_page,
        duplicate_pages=tuple(pen.duplicate_pages), tables=tuple(pen.tables), paragraphs=tuple(pen.paragraphs),
        figures=figures(spec),
    )
    return buf.getvalue(), expected


def write_pdf(spec: PdfSpec, path: Path) -> Expected:
    """Write the PDF and, next to it, its expected figures as JSON (same name, .json)."""
    data, expected = build_pdf(spec)
    path.write_bytes(data)
    path.with_suffix(".json").write_text(expected.to_json(), encoding="utf-8")
    return expected


def encrypted_pdf(user_password: str = "secret") -> bytes:
    """An encrypted budget PDF: it needs `user_password` to open ("" = anyone may open it, only the owner may edit)."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    return build_pdf(default_spec(), encrypt=StandardEncryption(user_password, ownerPassword="owner"))[0]


def scanned_pdf() -> bytes:
    """A 'scanned' budget: one page holding only an image, no text layer."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (600, 420), 255)
    draw = ImageDraw.Draw(img)
    for k in range(12):
        draw.rectangle((40, 40 + k * 28, 560, 58 + k * 28), outline=0)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H))
    c.drawImage(ImageReader(img), 60, 60, width=PAGE_W - 120, height=PAGE_H - 120)
    c.showPage()
    c.save()
    return buf.getvalue()


def truncated_pdf(data: bytes) -> bytes:
    """The first half of a PDF (a download cut short)."""
    return data[: len(data) // 2]


def _text_pdf(lines: list[str], pages: int = 1) -> bytes:
    _font()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H))
    for _ in range(pages):
        c.setFont(FONT, 12)
        for k, line in enumerate(lines):
            c.drawString(LEFT, PAGE_H - 80 - k * LINE_H, line)
        c.showPage()
    c.save()
    return buf.getvalue()


def prose_pdf() -> bytes:
    """A Chinese PDF that is not a budget (no 预算 anywhere)."""
    text = "春天来了，公园里的花都开了，孩子们在草地上放风筝，老人们坐在长椅上晒太阳，湖面上有几只小船慢慢划过。"
    return _text_pdf([text] * 4)


def english_pdf() -> bytes:
    return _text_pdf(["Annual report of the sports club, with the minutes of the general meeting."] * 4)


def tableless_pdf() -> bytes:
    """Budget narrative with no tables (a PDF of only the 编制说明, say)."""
    return _text_pdf([
        "2025年部门预算编制说明",
        "2025年，本部门收入预算1,234.00万元，其中：财政拨款收入1,234.00万元，比2024年预算增加12.00万元。",
        "支出预算1,234.00万元，其中：基本支出800.00万元，项目支出434.00万元，主要用于机关运行和专项业务。",
    ])


def long_pdf(pages: int) -> bytes:
    """A PDF with many short pages (to test the page limit)."""
    return _text_pdf(["部门预算"], pages)


# ---------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.pdfgen", description="Write synthetic budget PDFs (+ JSON).")
    ap.add_argument("--out", type=Path, required=True, help="folder to write into")
    ap.add_argument("--count", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for k in range(args.count):
        spec = random_spec(args.seed + k) if args.count > 1 or args.seed else default_spec()
        path = args.out / f"budget_{args.seed + k:05d}.pdf"
        write_pdf(spec, path)
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = [
    "Econ", "Expected", "ExpectedParagraph", "ExpectedRow", "ExpectedTable", "Item", "Kuan", "Layout", "Lei",
    "PdfSpec", "Project", "SanGong", "build_pdf", "default_spec", "encrypted_pdf", "english_pdf", "figures",
    "long_pdf", "prose_pdf", "random_spec", "scanned_pdf", "tableless_pdf", "truncated_pdf", "write_pdf",
]
