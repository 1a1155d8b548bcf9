"""`totals`: a 合计/总计 row, a 类/款 row or a row's own total against what it adds up.

Down every list table (rows nest by the codes in their cells: 类 > 款 > 项, a unit > its rows), across
every row (基本支出 + 项目支出 = 合计, 人员经费 + 公用经费, income by source, the 三公 items), and down both
sides of a 收支总表. A summary cell that fails is remembered (`Audit.bad`), so later checks use the sum of
its rows instead and one wrong cell is reported once. A comparison that involves an unreadable cell is
not made (the `format` check reports the cell).
"""

from __future__ import annotations

from .audit import Audit
from .document import Rec, Tab
from .template import NOT_LISTS, amount_cols, col_name, hierarchy, row_sums, seq, side_amount


def check(audit: Audit) -> None:
    for t in audit.doc.tables:
        if t.kind not in NOT_LISTS:
            table_totals(audit, t)
        if t.kind == "three_public":
            three_public_totals(audit, t)
        row_totals(audit, t)
    for kind in ("overview", "fiscal_overview"):
        overview_totals(audit, kind)


def _row(t: Tab, r: Rec, kind: str) -> str:
    """'表三合计行' / '《…》汇总行（21201 城乡社区管理事务）' / '表六该行（2080101 行政运行）'."""
    return f"{t.name}合计行" if kind == "合计" else f"{t.name}{kind}（{r.title}）"


def sums_to(audit: Audit, t: Tab, r: Rec, col: str, parts: list[Rec], *, what: str, how: str) -> None:
    """Check one summary cell against the rows it sums; remember it when it fails."""
    counted = [p for p in parts if p.has(col)]
    if (not r.has(col) and not counted) or r.unreadable(col) or any(p.unreadable(col) for p in parts):
        return
    if not audit.expect_money("totals", r.n(col), sum(audit.value(p, col) for p in counted), at=r, basis=counted,
                              tables=[t], what=what, how=how):
        audit.bad[(id(r), col)] = parts


def table_totals(audit: Audit, t: Tab) -> None:
    """Down a list table: each summary row against its rows (deepest first), then the 合计 row."""
    top, children = hierarchy(t)
    for col in amount_cols(t):
        name = col_name(col)
        for parent, kids in children.items():  # deepest first
            sums_to(audit, t, parent, col, kids, what=f"{_row(t, parent, '汇总行')}“{name}”", how="其下各行之和")
        if t.total is not None:
            sums_to(audit, t, t.total, col, top, what=f"{_row(t, t.total, '合计')}“{name}”", how="各行之和")


def row_totals(audit: Audit, t: Tab) -> None:
    """Across every data row: a row's total against its parts (a total row adds up when its columns do)."""
    rules = row_sums(t)
    for r in t.data:
        for rule in rules:
            if not r.has(rule.target) and not any(r.has(p) for p in rule.parts):
                continue
            if r.unreadable(rule.target) or any(r.unreadable(p) for p in rule.parts):
                continue
            names = "、".join(col_name(p) for p in rule.parts if r.has(p)) or "各分项"
            audit.expect_money("totals", audit.value(r, rule.target), sum(audit.value(r, p) for p in rule.parts),
                               at=r, basis=[r], tables=[t], what=f"{_row(t, r, '该行')}“{col_name(rule.target)}”",
                               how=f"{names}之和")


def overview_totals(audit: Audit, kind: str) -> None:
    """A 收支总表: each side's 本年 subtotal, 结转 row and 总计, an item against its sub-items, and
    支出总计 = 收入总计."""
    t = audit.table(kind)
    if t is None:
        return
    balance = []
    for side in ("收入", "支出"):
        ov = audit.overview(kind, side)
        if ov is None:
            continue
        for item, subs in ov.subitems.items():
            col = side_amount(item)
            if any(s.has(col) for s in subs):
                sums_to(audit, t, item, col, list(subs), what=f"{t.name}“{item.name}”", how="其下各项之和")
        if ov.subtotal is not None:
            sums_to(audit, t, ov.subtotal, side_amount(ov.subtotal), list(ov.items),
                    what=f"{t.name}“{ov.subtotal.name}”", how=f"各{side}项目之和")
        if ov.carry is not None and any(r.has(side_amount(r)) for r in ov.carry_items):
            sums_to(audit, t, ov.carry, side_amount(ov.carry), list(ov.carry_items),
                    what=f"{t.name}“{ov.carry.name}”", how="其下各项之和")
        parts = [r for r in (ov.subtotal, ov.carry) if r is not None]
        if ov.subtotal is None:
            parts += ov.items
        if ov.carry is None:
            parts += ov.carry_items
        if ov.grand is not None:
            sums_to(audit, t, ov.grand, side_amount(ov.grand), parts, what=f"{t.name}“{ov.grand.name}”",
                    how="本年数与结转数之和" if ov.carry is not None else f"各{side}项目之和")
            balance.append(ov.grand)
    if len(balance) == 2:
        income, spend = balance
        audit.expect_money("totals", audit.value(spend, side_amount(spend)), audit.value(income, side_amount(income)),
                           at=spend, basis=[income], tables=[t], what=f"{t.name}支出总计", how="收入总计")


def three_public_totals(audit: Audit, t: Tab) -> None:
    """A 三公 table listed down (item, amount): 总计 = the numbered items; an item = its 其中 rows."""
    if not t.has_role("amount"):
        return  # listed across one row: `row_totals` adds it up
    items, subs = _three_public_items(t.data)
    for parent, kids in subs.items():
        sums_to(audit, t, parent, "amount", kids, what=f"{t.name}“{parent.name}”", how="其中各项之和")
    if t.total is not None:
        sums_to(audit, t, t.total, "amount", items, what=f"{t.name}“{t.total.name}”", how="各项之和")


def _three_public_items(rows: list[Rec]) -> tuple[list[Rec], dict[Rec, list[Rec]]]:
    """Numbered items and the 其中 rows under each (unnumbered rows right after a numbered one)."""
    numbered = any(seq(r.label) for r in rows)
    items: list[Rec] = []
    subs: dict[Rec, list[Rec]] = {}
    for r in rows:
        top = bool(seq(r.label)) if numbered else (r.level or 1) == 1
        if top or not items:
            items.append(r)
        else:
            subs.setdefault(items[-1], []).append(r)
    return items, subs
