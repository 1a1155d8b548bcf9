"""What an index holds: documents and their headline figures (for the app and `budget-qa check`)."""

from __future__ import annotations

import sqlite3

from ingest.records import DocumentInfo

from .execute import Executor, Figure
from .plan import Target

HEADLINES = ("收入总计", "基本支出", "项目支出", "“三公”经费")


def documents(conn: sqlite3.Connection) -> list[DocumentInfo]:
    ex = Executor(conn)
    out = []
    for doc_id, source, dep, year, sha, lines in conn.execute(
        "SELECT doc_id, source, department, year, sha256, lines FROM documents ORDER BY department, year"
    ):

        def count(sql: str, doc_id: str = doc_id) -> int:
            return conn.execute(sql, (doc_id,)).fetchone()[0]

        figs = []
        for name in HEADLINES:
            f = ex.concept(Target(concept=name), doc_id)
            if isinstance(f, Figure) and f.value is not None:
                figs.append((name, f.value, f.unit or "万元"))
        n_projects = count("SELECT COUNT(*) FROM records r JOIN source_tables t ON t.doc_id = r.doc_id "
                           "AND t.table_no = r.table_no WHERE r.doc_id = ? AND t.kind = 'projects' AND r.is_total = 0")
        if n_projects:
            figs.append(("项目数", float(n_projects), "个"))
        out.append(DocumentInfo(
            doc_id=doc_id, source=source, department=dep, year=year, sha256=sha, lines=lines or 0,
            paragraphs=count("SELECT COUNT(*) FROM paragraphs WHERE doc_id = ?"),
            table_rows=count("SELECT COUNT(*) FROM table_rows WHERE doc_id = ?"),
            facts=count("SELECT COUNT(*) FROM facts WHERE doc_id = ?"),
            key_figures=tuple(figs),
        ))
    return out
