"""Write a ParsedDocument into an index's SQLite database (typed rows, narrative, lexicon)."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from . import classification as cls
from .records import ParsedDocument, Table, TableRow
from .schema import DOC_TABLES
from .tables import ordinal_split, parse_amount, split_code, squash

_PHONE = re.compile(r"^[\d\-—、,，/ ]{7,}$")
_YEAR_SUFFIX = re.compile(r"\s*[（(][^（）()]*\d{4}[^（）()]*[)）]\s*$")


def short_name(name: str) -> str:
    """'某某培训补贴（2024）' -> '某某培训补贴'; '某某机动费（局本级2024）' -> '某某机动费'."""
    return _YEAR_SUFFIX.sub("", name).strip()


def delete_document(conn: sqlite3.Connection, doc_id: str) -> None:
    for t in DOC_TABLES:
        conn.execute(f"DELETE FROM {t} WHERE doc_id = ?", (doc_id,))  # noqa: S608 - t is from a fixed tuple


def _ins(conn: sqlite3.Connection, table: str, row: dict) -> None:
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))  # noqa: S608


def _base(doc_id: str, r: TableRow) -> dict:
    return {"doc_id": doc_id, "row_no": r.row_no, "line": r.line, "end_line": r.end_line,
            "is_total": int(r.kind == "total")}


def _cell(r: TableRow, i: int) -> str:
    return r.cells[i] if i < len(r.cells) else ""


def _amounts(r: TableRow, start: int, names: list[str]) -> dict:
    return {n: parse_amount(_cell(r, start + k)) for k, n in enumerate(names)}


def _code_cols(prefix: str, cell: str) -> dict:
    code, name = split_code(cell)
    return {f"{prefix}_code": code, f"{prefix}_name": name or None}


def _overview(conn, doc_id, t: Table, table: str) -> None:
    for r in t.rows:
        for side, (i, a) in (("收入", (0, 1)), ("支出", (2, 3))):
            item = _cell(r, i)
            if not item:
                continue
            seq, name, level = ordinal_split(item)
            total = squash(name) in {"合计", "总计"} or squash(name).endswith(("合计", "总计"))
            _ins(conn, table, {**_base(doc_id, r), "is_total": int(total), "side": side, "seq": seq,
                               "item": squash(name), "amount": parse_amount(_cell(r, a)), "level": level})


def _three_cols(r: TableRow) -> dict:
    return {**_code_cols("func", _cell(r, 0)), **_code_cols("gov_econ", _cell(r, 1)), **_code_cols("econ", _cell(r, 2))}


def _typed(conn: sqlite3.Connection, doc_id: str, t: Table) -> None:
    k = t.kind
    if k in ("overview", "fiscal_overview"):
        _overview(conn, doc_id, t, "t01_overview" if k == "overview" else "t05_fiscal_overview")
        return
    if k == "performance":
        _performance(conn, doc_id, t)
        return
    if k == "dept_performance":
        _dept_performance(conn, doc_id, t)
        return
    for r in t.rows:
        b = _base(doc_id, r)
        if k == "income":
            names = ["total", "cur_subtotal", "cur_general", "cur_gov_fund", "cur_state_capital", "cur_special",
                     "cur_business", "cur_business_op", "cur_superior", "cur_affiliated", "cur_other",
                     "carry_subtotal", "carry_general", "carry_gov_fund", "carry_state_capital", "carry_special",
                     "carry_unit"]
            _ins(conn, "t02_income", {**b, "unit_code": _cell(r, 0) or None, "unit_name": _cell(r, 1) or None,
                                      **_amounts(r, 2, names)})
        elif k == "expenditure":
            _ins(conn, "t03_expenditure", {**b, **_three_cols(r), **_amounts(
                r, 3, ["total", "basic", "project", "biz_op", "to_superior", "to_affiliated"])})
        elif k == "projects":
            name = _cell(r, 2)
            _ins(conn, "t04_projects", {
                **b, **_code_cols("unit", _cell(r, 0)), **_code_cols("unit_type", _cell(r, 1)),
                "project_name": name or None, "project_short": short_name(name) or None,
                **_code_cols("func", _cell(r, 3)), **_code_cols("gov_econ", _cell(r, 4)),
                **_code_cols("econ", _cell(r, 5)),
                **_amounts(r, 6, ["total", "cur_general", "cur_gov_fund", "cur_state_capital", "carry_general",
                                  "carry_gov_fund", "carry_state_capital", "special", "unit_funds"]),
            })
        elif k == "general_budget":
            _ins(conn, "t06_general_budget", {
                **b, **_code_cols("unit", _cell(r, 0)), "func_code": _cell(r, 1) or None,
                "func_name": _cell(r, 2) or None,
                **_amounts(r, 3, ["total", "basic", "personnel", "public", "project", "project_excl_capital"]),
            })
        elif k == "basic":
            _ins(conn, "t07_basic", {**b, **_three_cols(r), **_amounts(r, 3, ["total", "personnel", "public"])})
        elif k in ("gov_fund", "state_capital"):
            table = "t08_gov_fund" if k == "gov_fund" else "t09_state_capital"
            _ins(conn, table, {**b, **_three_cols(r), **_amounts(r, 3, ["total", "basic", "project"])})
        elif k == "three_public":
            seq, name, level = ordinal_split(_cell(r, 0))
            name = re.sub(r"^其中[:：]", "", name)
            level = 2 if _cell(r, 0).startswith(("其中", " ", "　")) or r.cells[0] != r.cells[0].lstrip() else level
            _ins(conn, "t10_three_public", {**b, "seq": seq, "item": name, "amount": parse_amount(_cell(r, 1)),
                                            "level": level})
        elif k == "purchase_services":
            pname = _cell(r, 1)
            code, name = split_code(pname)
            _ins(conn, "t11_purchase_services", {
                **b, **_code_cols("unit", _cell(r, 0)), "project_code": code, "project_name": name or None,
                "project_short": short_name(name) or None, "duty": _cell(r, 2) or None,
                "catalog_l1": _cell(r, 3) or None, "catalog_l2": _cell(r, 4) or None,
                "catalog_l3": _cell(r, 5) or None, **_code_cols("area", _cell(r, 6)),
                "budget_amount": parse_amount(_cell(r, 7)), "current_amount": parse_amount(_cell(r, 8)),
                "term": _cell(r, 9) or None, "note": _cell(r, 10) or None,
            })
        elif k == "transfers":
            _ins(conn, "t12_transfers", {
                **b, "seq": _cell(r, 0), "doc_no": _cell(r, 1), "item_name": _cell(r, 2), "dept": _cell(r, 3),
                "nature": _cell(r, 4), "unit": _cell(r, 5), "amount": parse_amount(_cell(r, 6)),
                "transfer_subject": _cell(r, 7), "func_subject": _cell(r, 8), "econ_subject": _cell(r, 9),
                "gov_econ_subject": _cell(r, 10),
            })




def _split_people(s: str) -> list[str]:
    return [p.strip() for p in re.split(r"[、,，/；;\s]+", s) if p.strip()]


def _performance(conn, doc_id: str, t: Table) -> None:
    project_id = 0
    unit = ""
    for r in t.rows:
        if r.kind == "total":
            continue
        if _cell(r, 0):
            unit = _cell(r, 0)
        if _cell(r, 1):
            project_id += 1
            code, name = split_code(_cell(r, 1))
            owner, phone = _cell(r, 3), _cell(r, 4)
            swapped = bool(_PHONE.match(owner) and phone and not _PHONE.match(phone))
            if swapped:
                owner, phone = phone, owner
            names, phones = _split_people(owner), _split_people(phone)
            _ins(conn, "t13_projects", {
                **_base(doc_id, r), "project_id": project_id, **_code_cols("unit", unit),
                "project_code": code, "project_name": name, "project_short": short_name(name),
                **_code_cols("category", _cell(r, 2)), "owners": "、".join(names), "phones": "、".join(phones),
                "total": parse_amount(_cell(r, 5)), "fiscal": parse_amount(_cell(r, 6)),
                "other": parse_amount(_cell(r, 7)), "goal": _cell(r, 8) or None,
                "owner_phone_swapped": int(swapped),
            })
            for i, n in enumerate(names):
                _ins(conn, "t13_owners", {"doc_id": doc_id, "project_id": project_id, "name": n,
                                          "phone": phones[i] if i < len(phones) else None})
        if project_id and any(_cell(r, i) for i in range(9, 16)):
            value = _cell(r, 13)
            _ins(conn, "t13_indicators", {
                **_base(doc_id, r), "project_id": project_id, "level1": _cell(r, 9) or None,
                "level2": _cell(r, 10) or None, "name": _cell(r, 11) or None, "op": _cell(r, 12) or None,
                "value_text": value or None, "value_num": parse_amount(value), "unit": _cell(r, 14) or None,
                "direction": _cell(r, 15) or None,
            })


def _dept_performance(conn, doc_id: str, t: Table) -> None:
    section = ""
    for r in t.rows:
        cells = [c for c in r.cells if c and c != "…"]
        if not cells:
            continue
        if len(cells) >= 4 and len(r.cells) >= 4 and r.cells[0]:
            pairs = [(cells[0], cells[1]), (cells[2], " ".join(cells[3:]))]
        elif len(cells) == 1:
            section = cells[0]
            continue
        else:
            if r.cells[0]:
                section = r.cells[0]
            pairs = [(cells[-2], cells[-1])]
        for label, value in pairs:
            _ins(conn, "t14_dept_performance", {**_base(doc_id, r), "section": section, "label": label,
                                                "value": value, "value_num": parse_amount(value)})


def _subjects(conn, doc_id: str) -> None:
    seen: dict[str, dict[str, str]] = {"func": {}, "econ": {}, "gov_econ": {}}
    queries = [
        ("func", "SELECT func_code, func_name FROM t03_expenditure WHERE doc_id = ? AND func_code IS NOT NULL"),
        ("func", "SELECT func_code, func_name FROM t06_general_budget WHERE doc_id = ? AND func_code IS NOT NULL"),
        ("func", "SELECT func_code, func_name FROM t04_projects WHERE doc_id = ? AND func_code IS NOT NULL"),
        ("econ", "SELECT econ_code, econ_name FROM t03_expenditure WHERE doc_id = ? AND econ_code IS NOT NULL"),
        ("econ", "SELECT econ_code, econ_name FROM t04_projects WHERE doc_id = ? AND econ_code IS NOT NULL"),
        ("gov_econ", "SELECT gov_econ_code, gov_econ_name FROM t03_expenditure WHERE doc_id = ? AND gov_econ_code IS NOT NULL"),
        ("func", "SELECT area_code, area_name FROM t11_purchase_services WHERE doc_id = ? AND area_code IS NOT NULL"),
    ]
    for scheme, q in queries:
        for code, name in conn.execute(q, (doc_id,)):
            seen[scheme].setdefault(code, name)
    for scheme, names in seen.items():
        codes = dict(names)
        for code in list(names):
            p = cls.parent_of(scheme, code)
            while p:
                codes.setdefault(p, None)
                p = cls.parent_of(scheme, p)
        for code, name in sorted(codes.items()):
            name = name or cls.derived_name(scheme, code, names)
            _ins(conn, "subjects", {"doc_id": doc_id, "scheme": scheme, "code": code, "name": name,
                                    "level": cls.level_of(scheme, code), "parent": cls.parent_of(scheme, code)})


def _lexicon(conn, doc_id: str) -> None:
    terms: list[tuple[str, str, str]] = []
    for code, short, row in conn.execute(
        "SELECT project_name, project_short, row_no FROM t04_projects WHERE doc_id = ? AND is_total = 0", (doc_id,)
    ):
        terms += [(short, "project", f"t04:{row}"), (code, "project", f"t04:{row}")]
    for short, pid in conn.execute("SELECT project_short, project_id FROM t13_projects WHERE doc_id = ?", (doc_id,)):
        terms.append((short, "project", f"t13:{pid}"))
    for scheme, code, name in conn.execute("SELECT scheme, code, name FROM subjects WHERE doc_id = ?", (doc_id,)):
        if name:
            terms.append((name, scheme, code))
    for (name,) in conn.execute("SELECT DISTINCT name FROM t13_indicators WHERE doc_id = ? AND name IS NOT NULL", (doc_id,)):
        if len(name) <= 20:
            terms.append((name, "indicator", ""))
    for t in ("t01_overview", "t05_fiscal_overview", "t10_three_public"):
        for (item,) in conn.execute(f"SELECT DISTINCT item FROM {t} WHERE doc_id = ? AND item <> ''", (doc_id,)):  # noqa: S608
            terms.append((item, "item", t))
    for (label,) in conn.execute("SELECT DISTINCT label FROM facts WHERE doc_id = ? AND label <> ''", (doc_id,)):
        if 2 <= len(label) <= 16:
            terms.append((label, "fact", ""))
    seen = set()
    for term, kind, ref in terms:
        if term and (term, kind) not in seen:
            seen.add((term, kind))
            _ins(conn, "lexicon", {"doc_id": doc_id, "term": term, "kind": kind, "ref": ref})


def write_document(conn: sqlite3.Connection, doc: ParsedDocument, *,
                   progress: Callable[[str], None] | None = None) -> None:
    """Replace everything stored for doc.doc_id with the parsed document."""
    say = progress or (lambda _m: None)
    delete_document(conn, doc.doc_id)
    units = [t.unit for t in doc.tables if t.unit]
    default_unit = max(set(units), key=units.count) if units else "万元"
    _ins(conn, "documents", {
        "doc_id": doc.doc_id, "source": doc.source.name, "path": doc.source.path, "sha256": doc.source.sha256,
        "encoding": doc.source.encoding, "department": doc.department, "year": doc.year, "unit": default_unit,
        "lines": len(doc.source.lines), "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
    })
    say("写入表格")
    for t in doc.tables:
        _ins(conn, "source_tables", {
            "doc_id": doc.doc_id, "table_no": t.number, "code": t.code, "title": t.title, "kind": t.kind,
            "unit": t.unit or default_unit, "line": t.line, "end_line": t.end_line,
            "columns_json": json.dumps(t.columns, ensure_ascii=False), "data_rows": len(t.rows),
            "is_empty": int(t.is_empty),
        })
        for r in (*t.header_rows, *t.rows):
            _ins(conn, "table_rows", {
                "doc_id": doc.doc_id, "table_no": t.number, "row_no": r.row_no, "line": r.line,
                "end_line": r.end_line, "kind": r.kind, "cells_json": json.dumps(r.cells, ensure_ascii=False),
                "text": r.text,
            })
        _typed(conn, doc.doc_id, t)
    say("写入正文")
    for p in doc.paragraphs:
        _ins(conn, "paragraphs", {"doc_id": doc.doc_id, "para_no": p.para_no, "section": p.section_path,
                                  "text": p.text, "line_start": p.line_start, "line_end": p.line_end,
                                  "is_heading": int(p.is_heading)})
        if p.is_heading:
            _ins(conn, "sections", {"doc_id": doc.doc_id, "path": p.section_path, "title": p.text,
                                    "level": len(p.section), "line": p.line_start})
    for f in doc.facts:
        _ins(conn, "facts", {
            "doc_id": doc.doc_id, "fact_no": f.fact_no, "para_no": f.para_no, "line": f.line,
            "section": f.section, "label": f.label, "subject": f.subject, "clause": f.clause,
            "sentence": f.sentence, "value": f.value, "unit": f.unit, "raw": f.raw, "kind": f.kind,
            "year": f.year, "direction": f.direction, "is_change": int(f.is_change), "compare_year": f.compare_year,
        })
    _subjects(conn, doc.doc_id)
    _lexicon(conn, doc.doc_id)
