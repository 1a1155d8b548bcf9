"""Write a ParsedDocument into an index's SQLite database (typed rows, narrative, lexicon)."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from . import classification as cls
from .records import ParsedDocument, Table
from .schema import DOC_TABLES
from .structure import records_of, short_name
from .text import grams, name_variants, norm


def delete_document(conn: sqlite3.Connection, doc_id: str) -> None:
    for t in DOC_TABLES:
        conn.execute(f"DELETE FROM {t} WHERE doc_id = ?", (doc_id,))  # noqa: S608 - t is from a fixed tuple


def _ins(conn: sqlite3.Connection, table: str, row: dict) -> None:
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))  # noqa: S608


def _subjects(conn, doc_id: str) -> None:
    """The classification subjects the document uses, with their parents (names of parents derived when unprinted)."""
    seen: dict[str, dict[str, str | None]] = {"func": {}, "econ": {}, "gov_econ": {}}
    for scheme in seen:
        for code, name in conn.execute(
            "SELECT c.text, n.text FROM cells c LEFT JOIN cells n ON n.doc_id = c.doc_id AND n.table_no = c.table_no "
            "AND n.rec_no = c.rec_no AND n.role = ? WHERE c.doc_id = ? AND c.role = ? AND c.status = 'text' "
            "ORDER BY c.table_no, c.rec_no", (f"{scheme}_name", doc_id, f"{scheme}_code"),
        ):
            if code and code.isdigit() and (seen[scheme].get(code) is None):
                seen[scheme][code] = name or None
    for scheme, names in seen.items():
        codes = dict(names)
        for code in list(names):
            p = cls.parent_of(scheme, code)
            while p:
                codes.setdefault(p, None)
                p = cls.parent_of(scheme, p)
        for code, name in sorted(codes.items()):
            name = name or cls.derived_name(scheme, code, {k: v for k, v in names.items() if v})
            _ins(conn, "subjects", {"doc_id": doc_id, "scheme": scheme, "code": code, "name": name,
                                    "level": cls.level_of(scheme, code), "parent": cls.parent_of(scheme, code)})
    for scheme, code, name in conn.execute(
        "SELECT scheme, code, name FROM subjects WHERE doc_id = ? AND name IS NOT NULL", (doc_id,)
    ):
        if not conn.execute("SELECT 1 FROM lexicon WHERE doc_id = ? AND term = ? AND role = ?",
                            (doc_id, norm(name), f"{scheme}_name")).fetchone():
            _ins(conn, "lexicon", {"doc_id": doc_id, "term": norm(name), "display": name, "kind": "value",
                                   "role": f"{scheme}_name", "table_kind": "subjects", "ref": code})


# cell roles whose texts a question may name (the rest are amounts, long texts or bookkeeping)
_LINKABLE = {"name", "person", "phone", "text", "period", "code", "codename"}
# labels that say how a figure changed or compares, not what it is ('减少', '增幅', '占总支出预算')
_CHANGE_WORDS = re.compile(r"^(比.*|较.*|占.*|与.*持平|(增加|减少|增长|下降|增幅|减幅|降幅|上升|持平|节约|压减|共|合计|其中|约|达)+)$")
_MAX_TERM = 40


_SECTION_WORDS = re.compile(r"(经费)?(情况)?说明$|[（(][^（）()]{1,8}[)）]|^\d{4}年(度)?")
_ORDINAL_HEAD = re.compile(r"^\s*(第[一二三四五六七八九十]+部分|[（(]?[一二三四五六七八九十\d]+[)）、.．])\s*")


def section_name(title: str) -> str:
    """What a heading is about ('某产业专项（政策资金）经费情况说明' -> 某产业专项, '五、实施周期' -> 实施周期)."""
    t = _ORDINAL_HEAD.sub("", title or "").strip()
    t = _SECTION_WORDS.sub("", t).strip()
    return t if 2 <= len(t) <= 24 and not re.search(r"[。；，]", t) else ""


def _lexicon(conn, doc_id: str) -> None:
    """Everything of this document a question can name, in its matching form (see the schema)."""
    from . import kinds

    rows: list[tuple[str, str, str, str | None, str | None, str | None]] = []

    def add(display: str | None, kind: str, role: str | None, table_kind: str | None, ref: str | None = None,
            said: str | None = None):
        if not display:
            return
        term = norm(said or display)
        if 2 <= len(term) <= _MAX_TERM or (term.isdigit() and len(term) >= 3):
            rows.append((term, display.strip(), kind, role, table_kind, ref))

    for kind, table_no, rec_no, label, name, name_role in conn.execute(
        "SELECT t.kind, r.table_no, r.rec_no, r.label, r.name, r.name_role FROM records r JOIN source_tables t "
        "ON t.doc_id = r.doc_id AND t.table_no = r.table_no WHERE r.doc_id = ? AND r.is_total = 0", (doc_id,)
    ):
        if name_role and " / " not in (label or ""):
            add(name, "value", name_role, kind, f"{table_no}:{rec_no}")
            if label and norm(label) != norm(name):
                add(short_name(label), "value", name_role, kind, f"{table_no}:{rec_no}")
    for kind, role, text in conn.execute(
        "SELECT DISTINCT t.kind, c.role, c.text FROM cells c JOIN source_tables t "
        "ON t.doc_id = c.doc_id AND t.table_no = c.table_no WHERE c.doc_id = ? AND c.role IS NOT NULL "
        "AND c.status = 'text'", (doc_id,)
    ):
        base = role[:-5] if role.endswith(("_name", "_code")) else role
        info = kinds.role(role) or kinds.role(base)
        if info and info.type in _LINKABLE and len(text) <= _MAX_TERM:
            add(short_name(text) if role == "project_name" else text, "value", role, kind)
            if role in ("unit_name", "detail_unit"):
                own = re.search(r"[（(]本级[)）]$", text)
                for v in name_variants(re.sub(r"[（(]本级[)）]$", "", text)):
                    add(text, "value", role, kind, said=v)  # (said short, the unit as the table names it)
                    if own:  # '某局本级': the department's own-level unit, said the way people say it
                        add(text, "value", role, kind, said=f"{v}本级")
            if info.type in ("person", "phone"):
                for part in re.split(r"[、,，/；;\s]+", text):
                    if part != text:
                        add(part, "value", role, kind)
    for kind, columns, roles, title in conn.execute(
        "SELECT kind, columns_json, roles_json, title FROM source_tables WHERE doc_id = ?", (doc_id,)
    ):
        for path, role in zip(json.loads(columns or "[]"), json.loads(roles or "[]"), strict=False):
            if role and not path.startswith("列"):
                add(path.split("/")[-1], "column", role, kind)
        add(re.sub(r"^\d{4}年(度)?", "", title), "table", None, kind)
    for fact_no, label, subject, noun in conn.execute(
        "SELECT fact_no, label, subject, noun FROM facts WHERE doc_id = ?", (doc_id,)
    ):
        for text in {label, subject, noun}:
            if text and len(text) <= 24 and not _CHANGE_WORDS.match(text):
                add(re.sub(r"^\d{4}年(度)?", "", text), "fact", None, None, str(fact_no))
                if re.match(r"^(其中|含)[:：，,]?.{2,}", text):  # ('其中计容面积': the figure is 计容面积)
                    add(text, "fact", None, None, str(fact_no), said=re.sub(r"^(其中|含)[:：，,]?", "", text))
    for path, title in conn.execute("SELECT path, title FROM sections WHERE doc_id = ?", (doc_id,)):
        title = path.split(" > ")[-1] or title  # (a bare '项目经费情况说明' is named after its project in the path)
        name = section_name(title)
        if name:
            add(name, "section", None, None, path)
            if name.endswith("专项") and len(name) >= 6:  # ('某某发展专项' said without its kind: 某某发展)
                add(name, "section", None, None, path, said=name[:-2])
            full = _ORDINAL_HEAD.sub("", title or "").strip()
            if re.search(r"经费(情况)?说明$", full) and not name.endswith("经费"):
                # '某某经费情况说明' describes the project 某某经费: its name, as a project's own section
                add(name + "经费", "section", "project_name", None, path)
    (dep,) = conn.execute("SELECT department FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    add(dep, "doc", None, None)
    seen = set()
    unique = []
    for r in rows:
        if r not in seen:
            seen.add(r)
            unique.append(r)
    conn.executemany("INSERT INTO lexicon (doc_id, term, display, kind, role, table_kind, ref) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [(doc_id, *r) for r in unique])
    conn.executemany("INSERT OR IGNORE INTO lexicon_grams (gram, term) VALUES (?, ?)",
                     [(g, t) for t in {r[0] for r in unique} for g in grams(t)])


def write_records(conn: sqlite3.Connection, doc_id: str, t: Table) -> None:
    """The table's rows as typed records and cells (see ingest.structure)."""
    recs = records_of(t)
    conn.executemany(
        "INSERT INTO records (doc_id, table_no, rec_no, line, page, side, is_total, label, name, name_role, key, "
        "scheme, code, level, parent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, t.number, r.rec_no, r.row.line, r.row.page, r.side, int(r.is_total), r.label, r.name, r.name_role,
          norm(r.name) if r.name else None, r.scheme, r.code, r.level, r.parent) for r in recs],
    )
    conn.executemany(
        "INSERT INTO cells (doc_id, table_no, rec_no, col, role, header, text, value, status, key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, t.number, r.rec_no, c.col, c.role, c.header, c.text, c.value, c.status,
          norm(short_name(c.text)) if c.status == "text" else None) for r in recs for c in r.cells],
    )


def write_document(conn: sqlite3.Connection, doc: ParsedDocument, *,
                   progress: Callable[[str], None] | None = None, stored: str | None = None) -> None:
    """Replace everything stored for doc.doc_id with the parsed document (`stored`: its copy in the build)."""
    say = progress or (lambda _m: None)
    delete_document(conn, doc.doc_id)
    units = [t.unit for t in doc.tables if t.unit]
    default_unit = max(set(units), key=units.count) if units else "万元"
    _ins(conn, "documents", {
        "doc_id": doc.doc_id, "source": doc.source.name, "path": doc.source.name, "stored": stored,
        "sha256": doc.source.sha256, "encoding": doc.source.encoding,
        "format": "pdf" if doc.source.is_pdf else "text", "department": doc.department, "year": doc.year,
        "scope": doc.scope, "unit": default_unit, "lines": len(doc.source.lines),
        "pages": max(doc.source.pages) if doc.source.pages else None,
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
    })
    say("写入表格")
    for t in doc.tables:
        _ins(conn, "source_tables", {
            "doc_id": doc.doc_id, "table_no": t.number, "code": t.code, "title": t.title, "kind": t.kind,
            "unit": t.unit or default_unit, "line": t.line, "end_line": t.end_line, "page": t.page,
            "end_page": t.end_page, "columns_json": json.dumps(t.columns, ensure_ascii=False),
            "roles_json": json.dumps(t.roles, ensure_ascii=False), "data_rows": len(t.rows),
            "is_empty": int(t.is_empty), "note": t.note or None,
        })
        for r in (*t.header_rows, *t.rows):
            _ins(conn, "table_rows", {
                "doc_id": doc.doc_id, "table_no": t.number, "row_no": r.row_no, "line": r.line,
                "end_line": r.end_line, "kind": r.kind, "cells_json": json.dumps(r.cells, ensure_ascii=False),
                "text": r.text, "page": r.page, "bbox_json": json.dumps(r.bbox) if r.bbox else None,
            })
        write_records(conn, doc.doc_id, t)
    say("写入正文")
    for p in doc.paragraphs:
        _ins(conn, "paragraphs", {"doc_id": doc.doc_id, "para_no": p.para_no, "section": p.section_path,
                                  "text": p.text, "line_start": p.line_start, "line_end": p.line_end,
                                  "is_heading": int(p.is_heading), "page": p.page})
        if p.is_heading:
            _ins(conn, "sections", {"doc_id": doc.doc_id, "path": p.section_path, "title": p.text,
                                    "level": len(p.section), "line": p.line_start, "page": p.page})
    for f in doc.facts:
        _ins(conn, "facts", {
            "doc_id": doc.doc_id, "fact_no": f.fact_no, "para_no": f.para_no, "line": f.line,
            "section": f.section, "label": f.label, "subject": f.subject, "clause": f.clause,
            "sentence": f.sentence, "value": f.value, "unit": f.unit, "raw": f.raw, "kind": f.kind,
            "year": f.year, "direction": f.direction, "is_change": int(f.is_change), "compare_year": f.compare_year,
            "page": doc.source.page_of(f.line), "noun": f.noun or None,
        })
    _lexicon(conn, doc.doc_id)
    _subjects(conn, doc.doc_id)
