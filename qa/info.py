"""What an index holds: documents and their headline figures (for the app sidebar and `check`)."""

from __future__ import annotations

import sqlite3

from ingest.records import DocumentInfo

from . import figures as fg
from .figures import SQL


def documents(conn: sqlite3.Connection) -> list[DocumentInfo]:
    out = []
    for doc_id, source, dep, year, sha, lines in conn.execute(
        "SELECT doc_id, source, department, year, sha256, lines FROM documents ORDER BY doc_id"
    ):

        def count(sql: str, doc_id: str = doc_id) -> int:
            return conn.execute(sql, (doc_id,)).fetchone()[0]

        db = SQL(conn)
        figs = []
        for key, label in (("income_total", "收入总计"), ("basic_total", "基本支出"), ("project_total", "项目支出"),
                           ("three_public_total", "“三公”经费")):
            f = fg.measure(db, doc_id, key, label)
            if f is not None and f.value is not None:
                figs.append((label, f.value, f.unit or "万元"))
        n_projects = count("SELECT COUNT(*) FROM t04_projects WHERE doc_id = ? AND is_total = 0")
        figs.append(("项目数", float(n_projects), "个"))
        out.append(DocumentInfo(
            doc_id=doc_id, source=source, department=dep, year=year, sha256=sha, lines=lines or 0,
            paragraphs=count("SELECT COUNT(*) FROM paragraphs WHERE doc_id = ?"),
            table_rows=count("SELECT COUNT(*) FROM table_rows WHERE doc_id = ?"),
            facts=count("SELECT COUNT(*) FROM facts WHERE doc_id = ?"),
            key_figures=tuple(figs),
        ))
    return out
