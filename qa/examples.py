"""Example questions drawn from the loaded documents (for the app's landing page)."""

from __future__ import annotations


def examples(engine, n: int = 6) -> list[str]:
    """Questions the index can answer, built from what the documents hold (the biggest project, a subject …)."""
    conn = engine.conn
    out: list[str] = ["部门预算收入总计是多少？", "“三公”经费预算是多少？"]
    row = conn.execute(
        "SELECT r.name FROM records r JOIN source_tables t ON t.doc_id = r.doc_id AND t.table_no = r.table_no "
        "JOIN cells c ON c.doc_id = r.doc_id AND c.table_no = r.table_no AND c.rec_no = r.rec_no "
        "WHERE t.kind = 'projects' AND r.is_total = 0 AND c.role = 'total' AND r.name IS NOT NULL "
        "ORDER BY c.value DESC LIMIT 1").fetchone()
    if row:
        out.append(f"{row[0]}的预算是多少？")
        out.append("预算最多的五个项目是哪些？")
    else:
        out.append("支出最多的三类功能科目是哪些？")
    row = conn.execute("SELECT name FROM records WHERE name_role = 'econ_name' AND is_total = 0 "
                       "AND name LIKE '%差旅费%' LIMIT 1").fetchone()
    out.append("差旅费一共多少？" if row else "人员经费是多少？")
    out.append("人员经费占基本支出的比例是多少？")
    out.append("部门的主要职能有哪些？")
    return out[:n]
