"""The budget template's own vocabulary and layout, shared by the checks.

Which columns add up (`SUMMED` down a table, `ROW_SUMS` across a row), the columns' Chinese names, how
rows nest by code (`tree`, `leaves`), the two sides of 表一/表五 (`overview_parts`), and the label
normalisers that let a narrative phrase name a table figure. Nothing here is particular to one document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .document import Row

_INCOME_CUR = ("cur_general", "cur_gov_fund", "cur_state_capital", "cur_special", "cur_business",
               "cur_business_op", "cur_superior", "cur_affiliated", "cur_other")
_INCOME_CARRY = ("carry_general", "carry_gov_fund", "carry_state_capital", "carry_special", "carry_unit")
_PROJECT_FUNDS = ("cur_general", "cur_gov_fund", "cur_state_capital", "carry_general", "carry_gov_fund",
                  "carry_state_capital", "special", "unit_funds")
_FUNC3 = (("func_code", "prefix"), ("gov_econ_code", "prefix"), ("econ_code", "prefix"))

# kind -> (the columns that place a row in the hierarchy, the amount columns that add up)
SUMMED: dict[str, tuple[tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    "income": ((("unit_code", "prefix"),), ("total", "cur_subtotal", *_INCOME_CUR, "carry_subtotal", *_INCOME_CARRY)),
    "expenditure": (_FUNC3, ("total", "basic", "project", "biz_op", "to_superior", "to_affiliated")),
    "projects": ((("unit_code", "prefix"), ("project_name", "exact"), ("func_code", "prefix"),
                  ("econ_code", "prefix")), ("total", *_PROJECT_FUNDS)),
    "general_budget": ((("unit_code", "prefix"), ("func_code", "prefix")),
                       ("total", "basic", "personnel", "public", "project", "project_excl_capital")),
    "basic": (_FUNC3, ("total", "personnel", "public")),
    "gov_fund": (_FUNC3, ("total", "basic", "project")),
    "state_capital": (_FUNC3, ("total", "basic", "project")),
    "purchase_services": ((("unit_code", "prefix"), ("project_code", "exact")), ("budget_amount", "current_amount")),
    "transfers": ((), ("amount",)),
}

# kind -> (a row's total, its parts) for every data row
ROW_SUMS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "income": (("total", (*_INCOME_CUR, *_INCOME_CARRY)), ("cur_subtotal", _INCOME_CUR),
               ("carry_subtotal", _INCOME_CARRY)),
    "expenditure": (("total", ("basic", "project")),),
    "projects": (("total", _PROJECT_FUNDS),),
    "general_budget": (("total", ("basic", "project")), ("basic", ("personnel", "public"))),
    "basic": (("total", ("personnel", "public")),),
    "gov_fund": (("total", ("basic", "project")),),
    "state_capital": (("total", ("basic", "project")),),
    "performance": (("total", ("fiscal", "other")),),
}

COL_NAMES = {
    "total": "合计", "basic": "基本支出", "project": "项目支出", "personnel": "人员经费", "public": "公用经费",
    "biz_op": "事业单位经营支出", "to_superior": "上缴上级支出", "to_affiliated": "对附属单位补助支出",
    "project_excl_capital": "扣除基建项目后预算数", "budget_amount": "预算金额", "current_amount": "本年预算金额",
    "amount": "金额", "fiscal": "财政资金", "other": "其他资金", "cur_subtotal": "本年收入小计",
    "carry_subtotal": "上年结转结余小计", "cur_general": "本年一般公共预算", "cur_gov_fund": "本年政府性基金预算",
    "cur_state_capital": "本年国有资本经营预算", "cur_special": "财政专户管理资金", "cur_business": "事业收入",
    "cur_business_op": "事业单位经营收入", "cur_superior": "上级补助收入", "cur_affiliated": "附属单位上缴收入",
    "cur_other": "其他收入", "carry_general": "结转一般公共预算", "carry_gov_fund": "结转政府性基金预算",
    "carry_state_capital": "结转国有资本经营预算", "special": "财政专户管理资金", "unit_funds": "单位资金",
}

_THIS_YEAR = re.compile(r"^本年(收入|支出)(合计)?$")


# ---------------------------------------------------------------------------- labels


def plain(label: str) -> str:
    """'2022年收入预算' -> '收入预算'."""
    return re.sub(r"^(20\d\d年度?)", "", label)


def core(label: str) -> str:
    """'2023年收入预算' -> '收入'; '基本支出预算' -> '基本支出'; '占总支出预算' -> '占总支出'."""
    s = re.sub(r"^(本部门|部门|本年|全年)", "", plain(label))
    return re.sub(r"(预算数|预算|总额|合计|总计|数)+$", "", s)


def name_key(name: str) -> str:
    """Project names compared across tables: no spaces, full-width parentheses."""
    return re.sub(r"\s+", "", name).replace("(", "（").replace(")", "）")


# ---------------------------------------------------------------------------- how rows nest


def _contains(parent: tuple[str, ...], child: tuple[str, ...], keys) -> bool:
    """True when the row with path `parent` sums up the row with path `child`."""
    if parent == child or not any(parent):
        return False
    for a, b, (_, mode) in zip(parent, child, keys, strict=True):
        if a and not (b.startswith(a) if mode == "prefix" else a == b):
            return False
    return True


def tree(rows: list[Row], keys) -> tuple[list[Row], dict[Row, list[Row]]]:
    """Top-level rows, and each summary row's direct children (deepest summary rows first)."""
    paths = [tuple(r.s(col) for col, _ in keys) for r in rows]
    n = len(rows)
    above = [[j for j in range(n) if _contains(paths[j], paths[i], keys)] for i in range(n)]
    top = [rows[i] for i in range(n) if not above[i]]
    kids: dict[int, list[Row]] = {}
    for i in range(n):
        if above[i]:
            kids.setdefault(max(above[i], key=lambda j: len(above[j])), []).append(rows[i])
    return top, {rows[j]: kids[j] for j in sorted(kids, key=lambda j: -len(above[j]))}


def leaves(rows: list[Row], keys) -> list[Row]:
    """The rows that sum up no other row."""
    parents = tree(rows, keys)[1]
    return [r for r in rows if r not in parents]


@dataclass(frozen=True)
class Overview:
    """One side of 表一/表五: items, 本年 subtotal, 结转 row and its items, 总计."""

    items: tuple[Row, ...]
    subtotal: Row | None
    carry: Row | None
    carry_items: tuple[Row, ...]
    grand: Row | None


def overview_parts(rows: Sequence[Row]) -> Overview:
    items: list[Row] = []
    carry_items: list[Row] = []
    subtotal = carry = grand = None
    for r in rows:
        name = r.s("item")
        if r.is_total and name.endswith("总计"):
            grand = r
        elif _THIS_YEAR.match(name) or (r.is_total and name.endswith("合计")):
            subtotal = r
        elif "结转" in name and carry is None:
            carry = r
        elif carry is not None:
            carry_items.append(r)
        elif not r.is_total:
            items.append(r)
    return Overview(tuple(items), subtotal, carry, tuple(carry_items), grand)
