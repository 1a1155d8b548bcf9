"""`totals`: a 合计/总计 row, a subtotal row or a row's own total against what it adds up.

A summary cell that fails is remembered (`Audit.bad`), so later checks use the sum of its rows instead
and one wrong cell is reported once.
"""

from __future__ import annotations

from .audit import Audit
from .document import Row
from .template import COL_NAMES, ROW_SUMS, SUMMED, tree


def check(audit: Audit) -> None:
    table_totals(audit)
    overview_totals(audit)
    three_public_totals(audit)


def _sums_to(audit: Audit, r: Row, col: str, parts: list[Row], *, what: str, how: str) -> None:
    """Check one summary cell against the rows it sums; remember it when it fails."""
    counted = [p for p in parts if p.has(col)]
    if not r.has(col) and not counted:
        return
    if not audit.expect("totals", r.n(col), sum(audit.value(p, col) for p in counted), at=r, basis=counted,
                        what=what, how=how):
        audit.bad[(id(r), col)] = parts


def table_totals(audit: Audit) -> None:
    """Down every typed table (summary rows, then the 合计 row), then across every data row."""
    for kind, (keys, cols) in SUMMED.items():
        t = audit.t.get(kind)
        if t is None:
            continue
        top, children = tree(t.data, keys)
        for col in cols:
            name = COL_NAMES.get(col, col)
            for parent, kids in children.items():  # deepest first
                _sums_to(audit, parent, col, kids, what=f"{t.code}汇总行“{name}”", how="其下各行之和")
            if t.total is not None:
                _sums_to(audit, t.total, col, top, what=f"{t.code}合计行“{name}”", how="各行之和")
    for kind, rules in ROW_SUMS.items():
        t = audit.t.get(kind)
        if t is None:
            continue
        for r in t.data:  # a total row adds up when its columns do
            for target, parts in rules:
                if not r.has(target) and not any(r.has(p) for p in parts):
                    continue
                names = "、".join(COL_NAMES.get(p, p) for p in parts if r.has(p)) or "各分项"
                audit.expect("totals", r.n(target), sum(r.n(p) for p in parts), at=r, basis=[r],
                             what=f"{t.code}该行“{COL_NAMES.get(target, target)}”", how=f"{names}之和")


def overview_totals(audit: Audit) -> None:
    """表一/表五: each side's 本年 subtotal, 结转 row and 总计, and 支出总计 = 收入总计."""
    for kind in ("overview", "fiscal_overview"):
        t = audit.t.get(kind)
        if t is None:
            continue
        balance = []
        for side in ("收入", "支出"):
            ov = audit.overview(kind, side)
            if ov is None:
                continue
            if ov.subtotal is not None:
                _sums_to(audit, ov.subtotal, "amount", list(ov.items), what=f"{t.code}“{ov.subtotal.s('item')}”",
                        how=f"各{side}项目之和")
            if ov.carry is not None and any(r.has("amount") for r in ov.carry_items):
                _sums_to(audit, ov.carry, "amount", list(ov.carry_items), what=f"{t.code}“{ov.carry.s('item')}”",
                        how="其下各项之和")
            parts = [r for r in (ov.subtotal, ov.carry) if r is not None]
            if ov.subtotal is None:
                parts += ov.items
            if ov.carry is None:
                parts += ov.carry_items
            if ov.grand is not None:
                _sums_to(audit, ov.grand, "amount", parts, what=f"{t.code}“{ov.grand.s('item')}”",
                        how="本年数与结转数之和")
                balance.append(ov.grand)
        if len(balance) == 2:
            income, spend = balance
            audit.expect("totals", audit.value(spend, "amount"), audit.value(income, "amount"), at=spend,
                         basis=[income], what=f"{t.code}支出总计", how="收入总计")


def three_public_totals(audit: Audit) -> None:
    """表十: 总计 = the numbered items; an item = its 其中 rows (unnumbered rows right after it)."""
    t = audit.t.get("three_public")
    if t is None:
        return
    items, subs = _three_public_items(t.data)
    for parent, kids in subs.items():
        _sums_to(audit, parent, "amount", kids, what=f"{t.code}“{parent.s('item')}”", how="其中各项之和")
    if t.total is not None:
        _sums_to(audit, t.total, "amount", items, what=f"{t.code}“{t.total.s('item')}”", how="各项之和")


def _three_public_items(rows: list[Row]) -> tuple[list[Row], dict[Row, list[Row]]]:
    """Numbered items and the 其中 rows under each (unnumbered rows right after a numbered one)."""
    numbered = any(r.s("seq") for r in rows)
    items: list[Row] = []
    subs: dict[Row, list[Row]] = {}
    for r in rows:
        top = bool(r.s("seq")) if numbered else r.values.get("level", 1) == 1
        if top or not items:
            items.append(r)
        else:
            subs.setdefault(items[-1], []).append(r)
    return items, subs
