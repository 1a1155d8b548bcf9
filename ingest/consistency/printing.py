"""`format`: how the tables print their figures and codes.

- an amount cell that cannot be read as a number (NaN, inf, misplaced separators …; see `ingest.numbers`);
- a classification code printed irregularly: a 款 or 项 part of one digit ("301 2" for 30102), or a code
  whose length fits no level of its scheme;
- a table whose note says it is empty ("本表为空表") while it holds figures.
"""

from __future__ import annotations

import re

from .. import kinds
from ..numbers import read_amount
from .audit import Audit, fmt
from .document import NUMBER, UNREADABLE, Tab
from .template import CODE_WIDTHS, col_name

_EMPTY_NOTE = re.compile(r"(空表|本表为空|本表无数据)")
_PART_WIDTH = {1: 3, 2: 2, 3: 2}
_PART = {1: "类", 2: "款", 3: "项"}


def check(audit: Audit) -> None:
    for t in audit.doc.tables:
        unreadable_cells(audit, t)
        code_parts(audit, t)
        whole_codes(audit, t)
        empty_note(audit, t)


def unreadable_cells(audit: Audit, t: Tab) -> None:
    for r in t.recs:
        for role, c in r.cells.items():
            if c.status == UNREADABLE:
                audit.checks += 1
                why = read_amount(c.text).problem or "不是金额"
                audit.record("format", f"{t.name}“{r.title}”行的“{col_name(role) if c.role else c.header}”栏印作"
                             f"“{c.text}”，无法读作金额（{why}），该数未参与核对。", at=r, basis=[r])


def code_parts(audit: Audit, t: Tab) -> None:
    """A code printed in parts (类/款/项 columns): each part at its width ("2" for the 款 02 is a slip)."""
    parts = [(i, kinds.role(role)) for i, role in enumerate(t.roles) if role]
    parts = [(i, info) for i, info in parts if info and info.type == "code_part" and info.part in _PART_WIDTH]
    if not parts:
        return
    for r in t.data:
        for i, info in parts:
            printed = r.raw[i].strip() if i < len(r.raw) else ""
            if not printed or not printed.isdigit():
                continue
            audit.checks += 1
            width = _PART_WIDTH[info.part]
            if len(printed) != width:
                code = r.s(f"{info.scheme}_code")
                audit.record("format", f"{t.name}“{r.name}”行的{_scheme(info.scheme)}{_PART[info.part]}级编码印作"
                             f"“{printed}”，应为{width}位（“{printed.zfill(width)}”，完整编码{code}）。", at=r,
                             basis=[r], severity="warning")


def whole_codes(audit: Audit, t: Tab) -> None:
    """A code printed whole ("2080101-行政运行"): its length fits a level of its scheme."""
    for r in t.data:
        for scheme, widths in CODE_WIDTHS.items():
            c = r.cells.get(f"{scheme}_code")
            if c is None or not c.text or c.role != f"{scheme}_code" or _composed(t, c.col):
                continue
            audit.checks += 1
            if not c.text.isdigit() or len(c.text) not in widths:
                audit.record("format", f"{t.name}“{r.title}”行的{_scheme(scheme)}编码“{c.text}”不是"
                             f"{'、'.join(map(str, widths))}位之一。", at=r, basis=[r], severity="warning")


def _composed(t: Tab, col: int) -> bool:
    """True when the code cell was composed from 类/款/项 columns (`code_parts` checks those)."""
    role = t.roles[col] if col < len(t.roles) else None
    info = kinds.role(role) if role else None
    return info is not None and info.type == "code_part"


def _scheme(scheme: str | None) -> str:
    return {"func": "功能分类", "econ": "经济分类", "gov_econ": "政府经济分类"}.get(scheme or "", "")


def empty_note(audit: Audit, t: Tab) -> None:
    """A note that calls the table empty while it holds figures other than zero."""
    if not t.note or not _EMPTY_NOTE.search(re.sub(r"\s+", "", t.note)):
        return
    audit.checks += 1
    amounts = kinds.amount_roles()
    figures = [(r, role, c) for r in t.recs for role, c in r.cells.items()
               if c.status == NUMBER and c.value and role in amounts]
    if not figures:
        return
    r, role, c = figures[0]
    total = next(((r2, c2) for r2, role2, c2 in figures if role2 in ("three_public", "total", "amount")), (r, c))
    shown = "、".join(f"{col_name(x[1])}{fmt(x[2].value, t.money.places)}{t.unit}" for x in figures[:4])
    audit.record("format", f"{t.name}的表注说“{t.note.strip()}”，但表中列有数字（{shown}{'等' if len(figures) > 4 else ''}），"
                 "表注与表内数字矛盾。", at=total[0], basis=[r for r, _, _ in figures], stated=0.0,
                 computed=total[1].value, unit=t.unit)
