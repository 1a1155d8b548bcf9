"""The 项目支出绩效目标表 (warnings): `format` (owner and phone swapped, a numeric indicator without a unit)
and `indicator_cost` (a cost indicator that differs from its project's total).

Project rows are the table's group records (named by `project_name`); indicators are the detail records
whose parent is their project (see `ingest.structure`).
"""

from __future__ import annotations

import re
from collections import defaultdict

from .audit import Audit, fmt
from .document import TO_WAN, Rec, Tab
from .template import name_key

_COST_TOTAL = re.compile(r"(总成本|全年成本|预算控制数|成本控制|总额)")
_PHONE = re.compile(r"^[\d\-—、,，/ ]{7,}$")


def check(audit: Audit) -> None:
    for t in audit.doc.tables:
        if t.kind == "performance":
            performance(audit, t)


def performance(audit: Audit, t: Tab) -> None:
    projects = [r for r in t.data if r.name_role == "project_name"]
    indicators: dict[int, list[Rec]] = defaultdict(list)
    for r in t.data:
        if r.parent is not None and r.name_role != "project_name":
            indicators[r.parent].append(r)
    for r in projects:
        audit.checks += 1
        if (swap := swapped(t, r)) is not None:
            phone, person = swap
            audit.record("format", f"{t.name}“{r.name}”的项目责任人与电话两栏填反（责任人栏是号码{phone}，"
                         f"电话栏是姓名{person}）。", at=r, basis=[r], severity="warning")
    for rows in indicators.values():
        for r in rows:
            if r.v("ind_value") is not None:
                audit.checks += 1
                if not r.s("ind_unit"):
                    audit.record("format", f"{t.name}指标“{r.name}”的指标值{r.s('ind_value')}没有度量单位。", at=r,
                                 basis=[r], severity="warning")
    money = t.money
    for p in projects:
        for c in _cost_indicators(indicators.get(p.rec_no, []), p):
            stated = c.v("ind_value") * TO_WAN[c.s("ind_unit")]
            audit.expect("indicator_cost", money.show(stated), money.show(p.n("total")), at=c, basis=[p],
                         unit=money.unit, tol=money.show(money.tol), places=max(money.places, 2), severity="warning",
                         message=f"{t.name}“{p.name}”的成本指标“{c.name}”填{c.s('ind_op')}{c.s('ind_value')}"
                                 f"{c.s('ind_unit')}，与项目总额{fmt(money.show(p.n('total')), money.places)}"
                                 f"{money.unit}不符。")


def swapped(t: Tab, r: Rec) -> tuple[str, str] | None:
    """(the number in the owner column, the name in the phone column) when the printed row has them swapped.

    `ingest.structure` puts them back in the cells, so the printed row (`Rec.raw`) is what tells."""
    owner, phone = r.cells.get("owner"), r.cells.get("phone")
    if owner is None or phone is None:
        return None
    printed_owner = r.raw[owner.col] if owner.col < len(r.raw) else owner.text
    printed_phone = r.raw[phone.col] if phone.col < len(r.raw) else phone.text
    put_back = (owner.text, phone.text) == (printed_phone, printed_owner) != (printed_owner, printed_phone)
    looks = bool(_PHONE.match(printed_owner.strip())) and bool(printed_phone.strip()) \
        and not _PHONE.match(printed_phone.strip())
    if put_back or looks:
        return _squash(printed_owner), _squash(printed_phone)
    return None


def _squash(s: str) -> str:
    return "、".join(p for p in re.split(r"[、,，/；;\s]+", s) if p)


def _cost_indicators(rows: list[Rec], project: Rec) -> list[Rec]:
    """A project's indicators that state its whole cost in money."""
    money = [r for r in rows if r.v("ind_value") is not None and r.s("ind_unit") in TO_WAN
             and ("成本" in r.s("ind_l1") + r.s("ind_l2") + r.name or "预算控制" in r.name)]
    named = [r for r in money if _COST_TOTAL.search(r.name)
             or name_key(r.name) in (name_key(project.name), name_key(project.s("project_name")))]
    return named or (money if len(money) == 1 else [])
