"""表十三 data quality (warnings): `format` (owner/phone swapped, a numeric indicator without a unit) and
`indicator_cost` (a cost indicator that differs from its project's total)."""

from __future__ import annotations

import re
from collections import defaultdict

from .audit import Audit, fmt
from .document import TO_WAN, Row
from .template import name_key

_COST_TOTAL = re.compile(r"(总成本|全年成本|预算控制数|成本控制|总额)")


def check(audit: Audit) -> None:
    t13, ind = audit.t.get("performance"), audit.t.get("indicators")
    if t13 is None:
        return
    for r in t13.data:
        audit.checks += 1
        if r.values.get("owner_phone_swapped"):
            audit.record("format", f"{t13.code}“{r.s('project_short')}”的项目责任人与电话两栏填反"
                         f"（责任人栏是号码{r.s('phones')}，电话栏是姓名{r.s('owners')}）。", at=r, basis=[r],
                         severity="warning")
    if ind is None:
        return
    by_project: dict[int, list[Row]] = defaultdict(list)
    for r in ind.rows:
        by_project[r.values["project_id"]].append(r)
        if r.values.get("value_num") is not None:
            audit.checks += 1
            if not r.s("unit"):
                audit.record("format", f"{t13.code}指标“{r.s('name')}”的指标值{r.s('value_text')}没有度量单位。",
                             at=r, basis=[r], severity="warning")
    for r in t13.data:
        for c in _cost_indicators(by_project.get(r.values["project_id"], []), r):
            stated = float(c.values["value_num"]) * TO_WAN[c.s("unit")]
            audit.expect("indicator_cost", stated, r.n("total"), at=c, basis=[r], severity="warning",
                         message=f"{t13.code}“{r.s('project_short')}”的成本指标“{c.s('name')}”填"
                                 f"{c.s('op')}{c.s('value_text')}{c.s('unit')}，与项目总额{fmt(r.n('total'))}万元不符。")


def _cost_indicators(rows: list[Row], project: Row) -> list[Row]:
    """A project's indicators that state its whole cost in money."""
    money = [r for r in rows if r.values.get("value_num") is not None and r.s("unit") in TO_WAN
             and ("成本" in r.s("level1") + r.s("level2") + r.s("name") or "预算控制" in r.s("name"))]
    named = [r for r in money if _COST_TOTAL.search(r.s("name"))
             or name_key(r.s("name")) in (name_key(project.s("project_short")), name_key(project.s("project_name")))]
    return named or (money if len(money) == 1 else [])
