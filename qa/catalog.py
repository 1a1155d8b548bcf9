"""The document's own vocabulary, loaded once per index: everything a question can name.

Entities come from the index (projects, classification subjects, table items, narrative facts,
performance indicators) plus template measures (基本支出, 人员经费 …: domain vocabulary).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from .normalize import norm


@dataclass(frozen=True)
class Entity:
    kind: str  # project | func | econ | gov_econ | item | measure | fact | purchase | table
    key: str  # what the query layer needs to find the rows (row ref, code, measure name, fact number)
    label: str  # display name, as the document writes it
    terms: tuple[str, ...]  # normalised strings a question may contain
    doc_id: str
    table: str | None = None  # overview | fiscal_overview | three_public (for items)
    side: str | None = None  # 收入 | 支出 for overview items
    year: int | None = None
    level: int | None = None


@dataclass(frozen=True)
class Measure:
    """A template figure with its aliases, e.g. 人员经费 -> the 人员经费 column of the basic-expenditure total."""

    name: str
    aliases: tuple[str, ...]
    kind_of_sum: str  # what the query layer computes


# Template vocabulary: how people name the headline figures of any department budget.
MEASURES: tuple[Measure, ...] = (
    Measure("收入总计", ("收入预算", "部门收入", "收入总额", "收入总计", "总收入", "预算总额", "部门预算总额",
                     "预算总规模", "总预算", "部门预算", "收入合计", "本年收入"), "income_total"),
    Measure("支出总计", ("支出总额", "支出总计", "总支出", "支出合计", "本年支出", "部门支出"), "expense_total"),
    Measure("财政拨款收入总计", ("财政拨款收入", "财政拨款总额", "财政拨款预算", "财政拨款总计"),
            "fiscal_income_total"),
    Measure("财政拨款支出总计", ("财政拨款支出",), "fiscal_expense_total"),
    Measure("基本支出", ("基本支出",), "basic_total"),
    Measure("项目支出", ("项目支出", "项目经费总额", "项目支出总额"), "project_total"),
    Measure("人员经费", ("人员经费", "人员支出"), "personnel_total"),
    Measure("公用经费", ("公用经费", "公用支出"), "public_total"),
    Measure("“三公”经费", ("三公经费", "三公"), "three_public_total"),
    Measure("政府购买服务", ("政府购买服务",), "purchase_total"),
    Measure("政府性基金预算支出", ("政府性基金预算支出", "政府性基金支出", "政府性基金预算财政拨款支出"), "gov_fund_total"),
    Measure("国有资本经营预算支出", ("国有资本经营预算支出", "国有资本经营预算财政拨款支出", "国有资本经营支出"),
            "state_capital_total"),
    Measure("一般公共预算支出", ("一般公共预算支出", "一般公共预算财政拨款支出"), "general_total"),
    Measure("上级转移支付", ("上级转移支付", "转移支付"), "transfers_total"),
)


@dataclass(frozen=True)
class Catalog:
    entities: tuple[Entity, ...]
    doc_years: dict[str, int | None]
    departments: dict[str, str]
    all_years: frozenset[int]
    corpus: str  # normalised text of every document (for "is this named anywhere?")


def _terms(*names: str | None) -> tuple[str, ...]:
    out = []
    for n in names:
        k = norm(n)
        if k and len(k) >= 2 and k not in out:
            out.append(k)
    return tuple(out)


def load_catalog(conn: sqlite3.Connection) -> Catalog:
    ents: list[Entity] = []
    docs = conn.execute("SELECT doc_id, department, year FROM documents").fetchall()
    for doc_id, _dep, _year in docs:
        for name, short, row in conn.execute(
            "SELECT project_name, project_short, row_no FROM t04_projects WHERE doc_id = ? AND is_total = 0", (doc_id,)
        ):
            ents.append(Entity("project", str(row), short or name, _terms(short, name), doc_id))
        for scheme, code, name, level in conn.execute(
            "SELECT scheme, code, name, level FROM subjects WHERE doc_id = ? AND name IS NOT NULL", (doc_id,)
        ):
            ents.append(Entity(scheme, code, name, _terms(name, code), doc_id, level=level))
        for table in ("t01_overview", "t05_fiscal_overview", "t10_three_public"):
            side_col = "side" if table != "t10_three_public" else "'支出'"
            parent: dict[str, str] = {}
            for item, side, level in conn.execute(
                f"SELECT item, {side_col}, level FROM {table} WHERE doc_id = ? AND item <> '' AND is_total = 0 "  # noqa: S608
                "ORDER BY line", (doc_id,),
            ):
                if level == 1:
                    parent[side] = item
                # a sub-item ('（二）政府性基金预算拨款' under '上年结转') is named with its parent
                terms = _terms(parent.get(side, "") + item) if level == 2 and table != "t10_three_public" else _terms(item)
                if not any(e.kind == "item" and e.table == table and e.key == item and e.side == side for e in ents):
                    ents.append(Entity("item", item, item, terms, doc_id, table=table, side=side, level=level))
        for name, short, row in conn.execute(
            "SELECT project_name, project_short, row_no FROM t11_purchase_services WHERE doc_id = ? AND is_total = 0",
            (doc_id,),
        ):
            ents.append(Entity("purchase", str(row), short or name, _terms(short, name), doc_id))
        for code, name, row in conn.execute(
            "SELECT unit_code, unit_name, row_no FROM t02_income WHERE doc_id = ? AND is_total = 0 AND unit_name IS NOT NULL",
            (doc_id,),
        ):
            short = norm(name).replace(norm(_dep), "") or None
            if short == norm(name):  # a subordinate unit: its name without the city and district
                short = norm(re.sub(r"^(北京市)?[\u4e00-\u9fff]{1,3}?[区县]", "", name))
            if norm(name) == norm(_dep):
                continue  # the department row: that is the whole budget (a measure)
            ents.append(Entity("unit", str(row), name, _terms(name, short, code), doc_id))
        for m in MEASURES:
            ents.append(Entity("measure", m.kind_of_sum, m.name, _terms(*m.aliases), doc_id))
        dep = norm(_dep)
        for fact_no, label, subject, section, year, kind, clause, raw, unit in conn.execute(
            "SELECT fact_no, label, subject, section, year, kind, clause, raw, unit FROM facts WHERE doc_id = ?",
            (doc_id,),
        ):
            name = label or subject
            short = norm(name).replace(dep, "") if dep else norm(name)
            at = (clause or "").find(raw or "\x00")
            tail = (clause or "")[at + len(raw) + len(unit or ""):] if at >= 0 else ""  # 设20个【内设机构】
            ents.append(Entity("fact", str(fact_no), name, _terms(short or name, tail if len(norm(tail)) >= 2 else None),
                               doc_id, year=year, table=kind, side=section))
    years = {d[0]: d[2] for d in docs}
    all_years: set[int] = {y for y in years.values() if y}
    for (y,) in conn.execute("SELECT DISTINCT year FROM facts WHERE year IS NOT NULL"):
        all_years.add(y)
    for (y,) in conn.execute("SELECT DISTINCT compare_year FROM facts WHERE compare_year IS NOT NULL"):
        all_years.add(y)
    corpus = norm(" ".join(t for (t,) in conn.execute("SELECT text FROM paragraphs")))
    corpus += norm(" ".join(t for (t,) in conn.execute("SELECT text FROM table_rows")))
    return Catalog(tuple(ents), years, {d[0]: d[1] for d in docs}, frozenset(all_years), corpus)
