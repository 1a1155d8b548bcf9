"""The 14 standard tables of a department budget: how to recognise each one and name its columns.

This is template knowledge (domain vocabulary), not knowledge of any one document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import numbers

# (kind, title keywords, column display names). Checked in order: the first whose keyword is in the title wins.
_OVERVIEW = ("收入项目", "收入预算数", "支出项目", "支出预算数")
_FUNC3 = ("支出功能分类科目", "政府支出经济分类科目", "部门支出经济分类科目")


@dataclass(frozen=True)
class TableKind:
    kind: str
    keyword: str
    columns: tuple[str, ...]
    label: str  # short Chinese description


TABLE_KINDS: tuple[TableKind, ...] = (
    TableKind("overview", "部门收支总体情况表", _OVERVIEW, "部门收支总体情况"),
    TableKind("income", "部门收入总体情况表", (
        "单位代码", "单位名称", "合计", "本年收入/小计", "本年收入/一般公共预算资金",
        "本年收入/政府性基金预算资金", "本年收入/国有资本经营预算资金", "本年收入/财政专户管理资金",
        "本年收入/事业收入", "本年收入/事业单位经营收入", "本年收入/上级补助收入",
        "本年收入/附属单位上缴收入", "本年收入/其他收入", "上年结转结余/小计",
        "上年结转结余/一般公共预算资金", "上年结转结余/政府性基金预算资金",
        "上年结转结余/国有资本经营预算资金", "上年结转结余/财政专户管理资金", "上年结转结余/单位资金",
    ), "部门收入总体情况"),
    TableKind("expenditure", "部门支出总体情况表", (
        *_FUNC3, "合计", "基本支出", "项目支出",
        "其中/事业单位经营支出", "其中/上缴上级支出", "其中/对附属单位补助支出",
    ), "部门支出总体情况"),
    TableKind("performance", "项目支出绩效目标", (
        "单位名称", "项目名称", "项目类别", "项目责任人", "项目责任人电话", "项目总额",
        "其中/财政资金", "其中/其他资金", "绩效目标", "一级指标", "二级指标", "三级指标",
        "绩效指标性质", "本年绩效指标值", "绩效度量单位", "指标方向性",
    ), "项目支出绩效目标"),
    TableKind("projects", "项目支出表", (
        "项目单位", "类型", "项目名称", *_FUNC3, "合计",
        "本年拨款/一般公共预算", "本年拨款/政府性基金预算", "本年拨款/国有资本经营预算",
        "财政拨款结转结余/一般公共预算", "财政拨款结转结余/政府性基金预算",
        "财政拨款结转结余/国有资本经营预算", "财政专户管理资金", "单位资金", "备注",
    ), "项目支出"),
    TableKind("fiscal_overview", "财政拨款收支总体情况表", _OVERVIEW, "财政拨款收支总体情况"),
    TableKind("basic", "基本支出情况表", (*_FUNC3, "合计", "人员经费", "公用经费"), "一般公共预算基本支出"),
    TableKind("general_budget", "一般公共预算支出情况表", (
        "单位名称", "科目编码", "科目名称", "合计", "基本支出/小计", "基本支出/人员经费",
        "基本支出/公用经费", "项目支出/项目支出总数", "项目支出/扣除基建项目后预算数",
    ), "一般公共预算支出"),
    TableKind("gov_fund", "政府性基金预算支出", (*_FUNC3, "合计", "基本支出", "项目支出"), "政府性基金预算支出"),
    TableKind("state_capital", "国有资本经营预算", (*_FUNC3, "合计", "基本支出", "项目支出"), "国有资本经营预算支出"),
    TableKind("three_public", "三公", ("项目", "预算数"), "“三公”经费"),
    TableKind("purchase_services", "政府购买服务", (
        "单位信息", "项目名称", "职能职责与活动", "指导性目录/一级", "指导性目录/二级", "指导性目录/三级",
        "服务领域", "预算金额", "本年预算金额", "合同期限", "备注",
    ), "政府购买服务"),
    TableKind("transfers", "转移支付", (
        "序号", "文号", "项目或指标名称", "资金主管部门", "资金性质", "细化单位", "细化金额",
        "转移支付科目", "支出功能科目", "部门经济分类科目", "政府经济分类科目",
    ), "上级转移支付"),
    TableKind("dept_performance", "部门整体支出绩效目标", (), "部门整体支出绩效目标"),
)

CN_DIGITS = "一二三四五六七八九十"
TOTAL_LABELS = {"合计", "总计", "小计", "本年收入合计", "本年支出合计", "收入总计", "支出总计"}
_CODE_NAME = re.compile(r"^([0-9A-Z]{3,})\s*[-－—]\s*(.+)$")
_ORDINAL = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[、.])")


def kind_of(title: str) -> TableKind | None:
    """The table kind for a title such as '一般公共预算“三公”经费支出情况表'."""
    for tk in TABLE_KINDS:
        if tk.keyword in title:
            return tk
    return None


def squash(s: str) -> str:
    """Remove all white space ('合    计' -> '合计')."""
    return re.sub(r"\s+", "", s)


def parse_amount(cell: str) -> float | None:
    """'1,234.567891' -> 1234.567891; blank or unreadable ('NaN', '1,2,3,,,', text) -> None.

    The strict reading lives in `ingest.numbers` (`read_amount` tells blank from unreadable)."""
    return numbers.parse_amount(cell)


def split_code(cell: str) -> tuple[str | None, str]:
    """'2080101-行政运行' -> ('2080101', '行政运行'); '行政运行' -> (None, '行政运行')."""
    m = _CODE_NAME.match(cell.strip())
    if m:
        return m.group(1), m.group(2).strip()
    return None, cell.strip()


def is_total(cells: tuple[str, ...]) -> bool:
    for c in cells[:3]:
        if c:
            return squash(c) in TOTAL_LABELS
    return False


def looks_like_data(cells: tuple[str, ...]) -> bool:
    """True for the first data row of a table (a number, a coded name, an ordinal item or a total)."""
    if not any(cells):
        return False
    if is_total(cells):
        return True
    for c in cells:
        if not c:
            continue
        if parse_amount(c) is not None or _CODE_NAME.match(c) or _ORDINAL.match(c):
            return True
    return False


def ordinal_split(item: str) -> tuple[str | None, str, int]:
    """'（一）一般公共预算资金' -> ('（一）', '一般公共预算资金', 2); '一、本年收入' -> ('一、', '本年收入', 1)."""
    s = item.strip()
    m = _ORDINAL.match(s)
    if not m:
        return None, squash(s), 1 if s == s.lstrip() else 2
    mark = m.group(1)
    level = 2 if mark.startswith(("（", "(")) else 1
    return mark, s[m.end():].strip(), level
