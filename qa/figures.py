"""Parameterised SQL over the typed tables: every function returns a Figure with the rows behind it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from .answer import Item
from .evidence import RowRef

SCHEME_COL = {"func": "func_code", "econ": "econ_code", "gov_econ": "gov_econ_code"}


def unit_of(db: SQL, doc_id: str, row_no: int) -> tuple[str, str] | None:
    """(code, name) of a 表二 unit row, as 表四 writes them."""
    r = db.q("SELECT unit_code, unit_name FROM t02_income WHERE doc_id = ? AND row_no = ?", (doc_id, row_no))
    return (r[0][0], r[0][1]) if r else None
TABLE_NO = {"t01_overview": 1, "t02_income": 2, "t03_expenditure": 3, "t04_projects": 4, "t05_fiscal_overview": 5,
            "t06_general_budget": 6, "t07_basic": 7, "t08_gov_fund": 8, "t09_state_capital": 9,
            "t10_three_public": 10, "t11_purchase_services": 11, "t12_transfers": 12, "t13_projects": 13,
            "t13_indicators": 13}


@dataclass(frozen=True)
class Figure:
    """A computed answer before it is worded: value, unit, what it is, and its evidence."""

    label: str
    value: float | None
    unit: str | None
    refs: tuple[RowRef, ...]
    sql: str
    kind: str = "amount"  # amount | count | headcount | percent | score | text | list
    text_value: str | None = None
    items: tuple[Item, ...] = ()
    chart: bool = False
    year: int | None = None
    note: str = ""
    confidence: float = 0.9
    extra: dict = field(default_factory=dict)


class SQL:
    """Runs read-only parameterised queries and remembers them for the answer's `sql` field."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.log: list[str] = []

    def q(self, sql: str, params: tuple = ()) -> list[tuple]:
        self.log.append(_render(sql, params))
        return self.conn.execute(sql, params).fetchall()

    def take_log(self) -> str:
        s = ";\n".join(self.log)
        self.log = []
        return s


def _render(sql: str, params: tuple) -> str:
    return " ".join(sql.split()) + (f"  -- params: {list(params)}" if params else "")


def refs(doc_id: str, table: str, lines) -> tuple[RowRef, ...]:
    return tuple(RowRef(doc_id, int(line), TABLE_NO[table]) for line in lines)


# ------------------------------------------------------------------ single figures


def project_total(db: SQL, doc_id: str, row_no: int) -> Figure | None:
    r = db.q("SELECT project_name, total, line FROM t04_projects WHERE doc_id = ? AND row_no = ? AND is_total = 0",
             (doc_id, row_no))
    if not r:
        return None
    name, total, line = r[0]
    return Figure(name, total or 0.0, "万元", refs(doc_id, "t04_projects", [line]), db.take_log())


def item_amount(db: SQL, doc_id: str, table: str, item: str, side: str | None) -> Figure | None:
    side_sql = " AND side = ?" if side and table != "t10_three_public" else ""
    params = (doc_id, item, side) if side_sql else (doc_id, item)
    r = db.q(f"SELECT item, amount, line FROM {table} WHERE doc_id = ? AND item = ?{side_sql} ORDER BY line LIMIT 1",  # noqa: S608
             params)
    if not r:
        return None
    item, amount, line = r[0]
    return Figure(item, amount or 0.0, "万元", refs(doc_id, table, [line]), db.take_log())


def unit_income(db: SQL, doc_id: str, row_no: int) -> Figure | None:
    """A unit's row of 表二 (its total income)."""
    r = db.q("SELECT unit_name, total, line FROM t02_income WHERE doc_id = ? AND row_no = ?", (doc_id, row_no))
    if not r:
        return None
    name, total, line = r[0]
    return Figure(f"{name}的收入预算", total or 0.0, "万元", refs(doc_id, "t02_income", [line]), db.take_log())


def purchase_amount(db: SQL, doc_id: str, row_no: int) -> Figure | None:
    r = db.q("SELECT project_name, current_amount, line FROM t11_purchase_services WHERE doc_id = ? AND row_no = ?",
             (doc_id, row_no))
    if not r:
        return None
    name, amount, line = r[0]
    return Figure(f"{name}（政府购买服务）", amount or 0.0, "万元", refs(doc_id, "t11_purchase_services", [line]),
                  db.take_log())


def subject_total(db: SQL, doc_id: str, filters: list[tuple[str, str]], label: str, column: str = "total") -> Figure | None:
    """Sum of 表三 rows under classification codes, e.g. [('func', '2080101'), ('econ', '30206')]."""
    where = " AND ".join(f"{SCHEME_COL[s]} LIKE ?" for s, _ in filters)
    params = (doc_id, *[c + "%" for _, c in filters])
    rows = db.q(f"SELECT {column}, line, func_code, econ_code, gov_econ_code FROM t03_expenditure "  # noqa: S608
                f"WHERE doc_id = ? AND is_total = 0 AND {where} ORDER BY line", params)
    rows = [(v, line) for v, line, *_ in leaf_rows(rows)]
    if not rows:
        return None
    total = sum(v or 0.0 for v, _ in rows)
    lead: list = []
    if len(filters) == 1 and filters[0][0] == "func":
        t6 = db.q("SELECT total, line FROM t06_general_budget WHERE doc_id = ? AND func_code = ? AND is_total = 0",
                  (doc_id, filters[0][1]))
        if t6 and abs(sum(v or 0 for v, _ in t6) - total) < 0.0005 and column == "total":
            lead = list(refs(doc_id, "t06_general_budget", [ln for _, ln in t6]))
    return Figure(label, round(total, 6), "万元", tuple(lead) + refs(doc_id, "t03_expenditure", [ln for _, ln in rows]),
                  db.take_log(), extra={"rows": len(rows), "derived": len(rows) > 1})


def general_budget_cell(db: SQL, doc_id: str, func_code: str, column: str, label: str) -> Figure | None:
    """One column of a 表六 row: e.g. the 人员经费 of 行政运行."""
    if column not in ("total", "basic", "personnel", "public", "project"):
        return None
    r = db.q(f"SELECT {column}, line FROM t06_general_budget WHERE doc_id = ? AND func_code = ? AND is_total = 0",  # noqa: S608
             (doc_id, func_code))
    if not r:
        return None  # (one row per unit when a department has several: they add up)
    return Figure(label, sum(v or 0.0 for v, _ in r), "万元", refs(doc_id, "t06_general_budget", [ln for _, ln in r]),
                  db.take_log(), extra={"derived": len(r) > 1})


def leaf_rows(rows: list[tuple]) -> list[tuple]:
    """Drop subtotal rows: a row whose codes are a strict prefix of another row's codes (类/款 lines that
    some templates print above their 项 rows) would otherwise be counted twice. Rows end with their
    (func_code, econ_code, gov_econ_code)."""
    def codes(r):
        return tuple(c or "" for c in r[-3:])

    keys = [codes(r) for r in rows]
    out = []
    for r, k in zip(rows, keys, strict=True):
        parent = any(o != k and all(oc.startswith(kc) for oc, kc in zip(o, k, strict=True)) for o in keys)
        if not parent:
            out.append(r)
    return out


def class_item(db: SQL, doc_id: str, name: str) -> Figure | None:
    """A 类-level function subject as 表一 states it ('社会保障和就业支出')."""
    return item_amount(db, doc_id, "t01_overview", name, "支出")


# template measures read from one totals row: which -> [(table, column), fallback…]
_TOTAL_CELLS = {
    "basic_total": [("t03_expenditure", "basic")],
    "project_total": [("t03_expenditure", "project")],
    "personnel_total": [("t07_basic", "personnel"), ("t06_general_budget", "personnel")],
    "public_total": [("t07_basic", "public"), ("t06_general_budget", "public")],
    "three_public_total": [("t10_three_public", "amount")],
    "purchase_total": [("t11_purchase_services", "current_amount")],
    "general_total": [("t06_general_budget", "total")],
}
# the 总计 of one side of 表一 (all money) or 表五 (fiscal appropriations)
_OVERVIEW_TOTALS = {
    "income_total": ("t01_overview", "收入"), "expense_total": ("t01_overview", "支出"),
    "fiscal_income_total": ("t05_fiscal_overview", "收入"), "fiscal_expense_total": ("t05_fiscal_overview", "支出"),
}


def measure(db: SQL, doc_id: str, which: str, label: str) -> Figure | None:
    if which in _OVERVIEW_TOTALS:
        table, side = _OVERVIEW_TOTALS[which]
        r = db.q(f"SELECT amount, line FROM {table} WHERE doc_id = ? AND side = ? AND is_total = 1 "  # noqa: S608
                 "ORDER BY (item LIKE '%总计') DESC, line DESC LIMIT 1", (doc_id, side))
        return Figure(label, r[0][0] or 0.0, "万元", refs(doc_id, table, [r[0][1]]), db.take_log()) if r else None
    for table, column in _TOTAL_CELLS.get(which, ()):
        r = db.q(f"SELECT {column}, line FROM {table} WHERE doc_id = ? AND is_total = 1 "  # noqa: S608
                 "ORDER BY line DESC LIMIT 1", (doc_id,))
        if r:
            return Figure(label, r[0][0] or 0.0, "万元", refs(doc_id, table, [r[0][1]]), db.take_log())
    table = {"gov_fund_total": ("t08_gov_fund", "total"), "state_capital_total": ("t09_state_capital", "total"),
             "transfers_total": ("t12_transfers", "amount")}.get(which)
    if table:
        t, col = table
        rows = db.q(f"SELECT {col}, line FROM {t} WHERE doc_id = ? AND is_total = 0", (doc_id,))  # noqa: S608
        if rows:
            return Figure(label, sum(v or 0.0 for v, _ in rows), "万元", refs(doc_id, t, [ln for _, ln in rows]),
                          db.take_log(), extra={"derived": len(rows) > 1})
        title = db.q("SELECT line FROM source_tables WHERE doc_id = ? AND table_no = ?", (doc_id, TABLE_NO[t]))
        if title:  # an empty table: the figure is zero, and the table says so
            return Figure(label, 0.0, "万元", (), db.take_log(), note="本表为空表",
                          extra={"empty_table": TABLE_NO[t], "derived": True})
    return None


def fact(db: SQL, doc_id: str, fact_no: int) -> Figure | None:
    r = db.q("SELECT label, subject, value, unit, line, kind, year, direction, is_change, compare_year, section, "
             "sentence FROM facts WHERE doc_id = ? AND fact_no = ?", (doc_id, fact_no))
    if not r:
        return None
    label, subject, value, unit, line, kind, year, direction, is_change, compare_year, section, sentence = r[0]
    return Figure(label or subject, value, unit, (RowRef(doc_id, line),), db.take_log(), kind=kind, year=year,
                  extra={"direction": direction, "is_change": bool(is_change), "compare_year": compare_year,
                         "subject": subject, "section": section, "sentence": sentence})


def indicator(db: SQL, doc_id: str, line: int) -> Figure | None:
    r = db.q("SELECT i.name, i.op, i.value_text, i.value_num, i.unit, i.line, p.project_name, i.level2 "
             "FROM t13_indicators i JOIN t13_projects p ON p.doc_id = i.doc_id AND p.project_id = i.project_id "
             "WHERE i.doc_id = ? AND i.line = ?", (doc_id, line))
    if not r:
        return None
    name, op, vtext, vnum, unit, line, project, level2 = r[0]
    kind = "percent" if unit in ("%", "％") else ("amount" if unit in ("万元", "元") else "count")
    return Figure(f"{project}的绩效指标“{name}”", vnum, unit, refs(doc_id, "t13_indicators", [line]), db.take_log(),
                  kind=kind if vnum is not None else "text", text_value=f"{op or ''}{vtext or ''}{unit or ''}",
                  extra={"op": op, "level2": level2})


def owner(db: SQL, doc_id: str, project_id: int, want_phone: bool) -> Figure | None:
    r = db.q("SELECT project_name, owners, phones, line, owner_phone_swapped FROM t13_projects "
             "WHERE doc_id = ? AND project_id = ?", (doc_id, project_id))
    if not r:
        return None
    name, owners, phones, line, _swapped = r[0]
    text = f"{owners}（电话 {phones}）" if want_phone and phones else owners
    return Figure(f"{name}的项目责任人", None, None, refs(doc_id, "t13_projects", [line]), db.take_log(), kind="text",
                  text_value=text, extra={"owners": owners, "phones": phones})


# ------------------------------------------------------------------ sets of rows


def projects(db: SQL, doc_id: str, *, filters: list[tuple[str, str]] = (), threshold: float | None = None,
             comparator: str | None = None, order: str | None = None, limit: int | None = None,
             unit: tuple[str, str] | None = None) -> list[tuple]:
    """(name, total, line) of 表四 projects, optionally filtered, thresholded, ordered and limited."""
    where = ["doc_id = ?", "is_total = 0"]
    params: list = [doc_id]
    for scheme, code in filters:
        where.append(f"{SCHEME_COL[scheme]} LIKE ?")
        params.append(code + "%")
    if unit:
        where.append("(unit_name = ? OR unit_code = ?)")
        params += [unit[1], unit[0]]
    if threshold is not None:
        where.append("total > ?" if comparator != "<" else "total < ?")
        params.append(threshold)
    sql = f"SELECT project_name, total, line FROM t04_projects WHERE {' AND '.join(where)}"  # noqa: S608
    if order:
        sql += " ORDER BY total DESC, line" if order == "desc" else " ORDER BY total ASC, line"
    else:
        sql += " ORDER BY line"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return db.q(sql, tuple(params))


def projects_total_ref(db: SQL, doc_id: str) -> tuple[RowRef, ...]:
    """The 合计 row of 表四 (cited first for counts and lists of projects)."""
    r = db.q("SELECT line FROM t04_projects WHERE doc_id = ? AND is_total = 1", (doc_id,))
    return refs(doc_id, "t04_projects", [r[0][0]]) if r else ()


def grouped(db: SQL, doc_id: str, scheme: str, length: int, *, column: str = "total",
            filters: list[tuple[str, str]] = ()) -> list[tuple[str, float, list[int]]]:
    """表三 summed by classification code prefix of `length` digits: (code, sum, lines)."""
    col = SCHEME_COL[scheme]
    where = " ".join(f"AND {SCHEME_COL[s]} LIKE ?" for s, _ in filters)
    rows = db.q(f"SELECT substr({col}, 1, ?), {column}, line, func_code, econ_code, gov_econ_code "  # noqa: S608
                f"FROM t03_expenditure WHERE doc_id = ? AND is_total = 0 AND {col} IS NOT NULL {where} ORDER BY line",
                (length, doc_id, *[c + "%" for _, c in filters]))
    acc: dict[str, list] = {}
    for code, v, line, *_ in leaf_rows(rows):
        a = acc.setdefault(code, [0.0, []])
        a[0] += v or 0.0
        a[1].append(line)
    return [(c, round(v, 6), lines) for c, (v, lines) in acc.items()]


def subject_names(db: SQL, doc_id: str, scheme: str) -> dict[str, str]:
    return dict(db.q("SELECT code, name FROM subjects WHERE doc_id = ? AND scheme = ?", (doc_id, scheme)))


def project_indicators(db: SQL, doc_id: str, project_name: str) -> list[tuple]:
    """(line, name, value_num, unit) of the indicators of a 表十三 project, matched by name."""
    return db.q(
        "SELECT i.line, i.name, i.value_num, i.unit FROM t13_indicators i JOIN t13_projects p "
        "ON p.doc_id = i.doc_id AND p.project_id = i.project_id "
        "WHERE i.doc_id = ? AND (p.project_short = ? OR p.project_name = ?) ORDER BY i.line",
        (doc_id, project_name, project_name),
    )


def t13_project_id(db: SQL, doc_id: str, name: str) -> int | None:
    r = db.q("SELECT project_id FROM t13_projects WHERE doc_id = ? AND (project_short = ? OR project_name = ?)",
             (doc_id, name, name))
    return r[0][0] if r else None
