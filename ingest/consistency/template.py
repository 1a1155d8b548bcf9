"""The budget template's own vocabulary and layout, shared by the checks.

Which columns add up across a row (`ROW_SUMS`, by column role), how rows nest (`hierarchy`, `leaves`: by
the codes in their cells, else by the records' parents), the two sides of a 收支总表 (`overview_parts`),
and the label normalisers that let a narrative phrase name a table figure. Roles are those of
`ingest/vocab/columns.json`; nothing here is particular to one document or one city.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .. import kinds
from ..tables import ordinal_split
from .document import Rec, Tab

# the sources of money a row can list (income by source, a project's funding)
SOURCES = ("fiscal", "general", "gov_fund", "state_capital", "special", "business", "business_op", "superior",
           "affiliated", "other", "unit_funds", "carry_general", "carry_gov_fund", "carry_state_capital",
           "carry_special", "carry_unit")
_CUR = ("general", "gov_fund", "state_capital", "special", "business", "business_op", "superior", "affiliated",
        "other")
_CARRY = ("carry_general", "carry_gov_fund", "carry_state_capital", "carry_special", "carry_unit")


@dataclass(frozen=True)
class RowSum:
    """A row's `target` cell is the sum of its `parts` cells (`need`: how many parts the table must have)."""

    target: str
    parts: tuple[str, ...]
    need: int = 0  # 0: all of them


# for each target the first rule whose columns the table has applies
ROW_SUMS = (
    RowSum("total", ("basic", "project")),
    RowSum("total", ("personnel", "public")),
    RowSum("basic", ("personnel", "public")),
    RowSum("total", SOURCES, need=2),
    RowSum("cur_subtotal", _CUR, need=2),
    RowSum("carry_subtotal", _CARRY, need=2),
    RowSum("total", ("general", "gov_fund", "state_capital"), need=2),
    RowSum("fiscal", ("general", "gov_fund", "state_capital"), need=2),
    RowSum("three_public", ("outbound", "reception", "vehicle")),
    RowSum("vehicle", ("vehicle_purchase", "vehicle_run")),
)

# the columns that place a row in a table's hierarchy: (role, how a parent's value contains a child's)
CODE_KEYS = (("unit_code", "prefix"), ("project_name", "exact"), ("func_code", "prefix"),
             ("gov_econ_code", "prefix"), ("econ_code", "prefix"))
CODE_WIDTHS = {"func": (3, 5, 7), "econ": (3, 5), "gov_econ": (3, 5)}

# kinds whose rows are not a list that adds up down the table
NOT_LISTS = frozenset({"overview", "fiscal_overview", "three_public", "performance", "dept_performance"})

_THIS_YEAR = re.compile(r"^本年(收入|支出)(合计)?$")
_RANKS = (re.compile(r"^[一二三四五六七八九十]+、"), re.compile(r"^[（(][一二三四五六七八九十]+[)）]"),
          re.compile(r"^\d+[、.．]"), re.compile(r"^[（(]\d+[)）]"))


@cache
def col_name(role: str) -> str:
    """A role's Chinese name ('basic' -> '基本支出')."""
    info = kinds.role(role)
    return info.label if info else role


def row_sums(t: Tab) -> list[RowSum]:
    """The row rules that apply to a table: its columns hold the target and (enough of) the parts."""
    out, seen = [], set()
    for rule in ROW_SUMS:
        parts = tuple(p for p in rule.parts if t.has_role(p))
        if "fiscal" in parts and any(p in parts for p in ("general", "gov_fund", "state_capital")):
            parts = tuple(p for p in parts if p != "fiscal")  # 财政拨款 is their subtotal
        enough = len(parts) == len(rule.parts) if rule.need == 0 else len(parts) >= rule.need
        if rule.target in seen or not t.has_role(rule.target) or not enough:
            continue
        seen.add(rule.target)
        out.append(RowSum(rule.target, parts))
    return out


def amount_cols(t: Tab) -> list[str]:
    """The amount columns of a table, in column order."""
    amounts = kinds.amount_roles()
    return list(dict.fromkeys(r for r in t.roles if r in amounts))


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
    return re.sub(r"\s+", "", name or "").replace("(", "（").replace(")", "）")


def rank(label: str) -> int | None:
    """The depth an ordinal marks: 一、 1; （一） 2; 1. 3; （1） 4; None without one."""
    s = label.strip()
    return next((i + 1 for i, p in enumerate(_RANKS) if p.match(s)), None)


def seq(label: str) -> str | None:
    """The ordinal a label starts with ('1、公务接待费' -> '1、')."""
    return ordinal_split(label or "")[0]


# ---------------------------------------------------------------------------- how rows nest


def _ancestor_paths(path: tuple[str, ...], modes: Sequence[str], present: list[set[str]]) -> list[tuple[str, ...]]:
    """The paths of rows that would sum up a row with this path: in each column the same value, none, or (for
    codes) a shorter code that some row of the table has; never the path itself or an empty one."""
    options = []
    for value, mode, seen in zip(path, modes, present, strict=True):
        if mode == "prefix":
            options.append({"", *(value[:n] for n in range(1, len(value) + 1) if value[:n] in seen)})
        else:
            options.append({"", value})
    out = [()]
    for opts in options:
        out = [p + (o,) for p in out for o in opts]
    return [p for p in out if p != path and any(p)]


def keys_of(t: Tab) -> list[tuple[str, str]]:
    """The hierarchy columns a table's data rows fill."""
    return [(role, mode) for role, mode in CODE_KEYS if any(r.s(role) for r in t.data)]


Tree = tuple[list[Rec], dict[Rec, list[Rec]]]


def tree(rows: list[Rec], keys: Sequence[tuple[str, str]]) -> Tree:
    """Top-level rows, and each summary row's direct children (deepest summary rows first), by codes."""
    modes = [m for _, m in keys]
    paths = [tuple(r.s(role) for role, _ in keys) for r in rows]
    n = len(rows)
    at: dict[tuple[str, ...], list[int]] = {}
    for i, p in enumerate(paths):
        at.setdefault(p, []).append(i)
    present = [{p[k] for p in paths} for k in range(len(keys))]
    above = [sorted(j for a in _ancestor_paths(paths[i], modes, present) for j in at.get(a, ())) for i in range(n)]
    top = [rows[i] for i in range(n) if not above[i]]
    kids: dict[int, list[Rec]] = {}
    for i in range(n):
        if above[i]:
            kids.setdefault(max(above[i], key=lambda j: len(above[j])), []).append(rows[i])
    return top, {rows[j]: kids[j] for j in sorted(kids, key=lambda j: -len(above[j]))}


def parent_tree(rows: list[Rec]) -> Tree:
    """The same from the records' own parents (rows nested by their ordinals, 一、 > （一） > 1.)."""
    by_no = {r.rec_no: r for r in rows}
    kids: dict[Rec, list[Rec]] = {}
    for r in rows:
        if r.parent in by_no:
            kids.setdefault(by_no[r.parent], []).append(r)

    def depth(r: Rec) -> int:
        d, seen = 0, set()
        while r.parent in by_no and r.rec_no not in seen:
            seen.add(r.rec_no)
            r, d = by_no[r.parent], d + 1
        return d

    top = [r for r in rows if r.parent not in by_no]
    return top, {p: kids[p] for p in sorted(kids, key=lambda p: -depth(p))}


def hierarchy(t: Tab) -> Tree:
    """How a table's data rows nest: by the codes in their cells, else by the records' parents (cached)."""
    if t.nesting is None:
        keys = keys_of(t)
        t.nesting = tree(t.data, keys) if keys else parent_tree(t.data)
    return t.nesting


def leaves(t: Tab) -> list[Rec]:
    """The data rows that sum up no other row."""
    parents = hierarchy(t)[1]
    return [r for r in t.data if r not in parents]


# ---------------------------------------------------------------------------- two-sided tables


def side_amount(r: Rec) -> str:
    """The column holding one side's figure: `amount`, else `total`."""
    return "amount" if "amount" in r.cells else "total"


@dataclass(frozen=True)
class Overview:
    """One side of a 收支总表: items (top level, with their sub-items), 本年 subtotal, 结转 row and its items,
    总计."""

    items: tuple[Rec, ...]
    subitems: dict  # item -> its sub-items (an ordinal one level deeper)
    subtotal: Rec | None
    carry: Rec | None
    carry_items: tuple[Rec, ...]
    grand: Rec | None

    @property
    def all_items(self) -> tuple[Rec, ...]:
        return (*self.items, *(s for subs in self.subitems.values() for s in subs))


def overview_parts(rows: Sequence[Rec]) -> Overview:
    listed: list[Rec] = []
    carry_items: list[Rec] = []
    subtotal = carry = grand = None
    for r in rows:
        name = r.name
        if r.is_total and name.endswith("总计"):
            grand = r
        elif _THIS_YEAR.match(name) or (r.is_total and name.endswith("合计")):
            subtotal = r
        elif "结转" in name and carry is None:
            carry = r
        elif carry is not None:
            carry_items.append(r)
        elif not r.is_total:
            listed.append(r)
    ranks = [rank(r.label) for r in listed]
    top_rank = min((k for k in ranks if k), default=None)
    items: list[Rec] = []
    subs: dict[Rec, list[Rec]] = {}
    for r, k in zip(listed, ranks, strict=True):
        if items and k is not None and top_rank is not None and k > top_rank:
            subs.setdefault(items[-1], []).append(r)
        else:
            items.append(r)
    return Overview(tuple(items), subs, subtotal, carry, tuple(carry_items), grand)
