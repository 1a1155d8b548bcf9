"""Turn stored rows and lines into Citations (the one place that reads provenance)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from .answer import Citation


@dataclass(frozen=True)
class RowRef:
    """A table row (by table number and first line) or a narrative line (table_no None)."""

    doc_id: str
    line: int
    table_no: int | None = None


class Evidence:
    """Looks up the text behind row and line references, with per-document metadata cached."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._sources = dict(conn.execute("SELECT doc_id, source FROM documents"))
        self._tables: dict[tuple[str, int], tuple[str, str, list[str]]] = {}
        for doc_id, no, code, title, cols in conn.execute(
            "SELECT doc_id, table_no, code, title, columns_json FROM source_tables"
        ):
            self._tables[(doc_id, no)] = (code, title, json.loads(cols or "[]"))

    def table_label(self, doc_id: str, table_no: int) -> str:
        code, title, _ = self._tables.get((doc_id, table_no), (f"表{table_no}", "", []))
        return f"{code} {title}".strip()

    def cite(self, ref: RowRef) -> Citation:
        source = self._sources.get(ref.doc_id, "")
        if ref.table_no is not None:
            row = self.conn.execute(
                "SELECT row_no, line, end_line, cells_json, text, kind FROM table_rows "
                "WHERE doc_id = ? AND table_no = ? AND line = ?",
                (ref.doc_id, ref.table_no, ref.line),
            ).fetchone()
            code, title, cols = self._tables.get((ref.doc_id, ref.table_no), ("", "", []))
            if row is None:  # a table without rows: cite its title line
                return Citation(source=source, doc_id=ref.doc_id, line=ref.line, text=f"{code}、{title}（本表无数据）",
                                table=code)
            row_no, line, end_line, cells_json, text, kind = row
            if kind == "total":  # a totals row only makes sense with its table's name
                text = f"{title}\t{text}"
            cells = json.loads(cells_json)
            pairs = tuple((cols[i] if i < len(cols) else f"列{i + 1}", c) for i, c in enumerate(cells) if c)
            return Citation(source=source, doc_id=ref.doc_id, line=line, end_line=end_line, text=text, table=code,
                            row=row_no or None, cells=pairs)
        para = self.conn.execute(
            "SELECT section, text, line_start, line_end FROM paragraphs "
            "WHERE doc_id = ? AND line_start <= ? AND line_end >= ? ORDER BY line_start DESC LIMIT 1",
            (ref.doc_id, ref.line, ref.line),
        ).fetchone()
        if para is None:
            return Citation(source=source, doc_id=ref.doc_id, line=ref.line, text="")
        section, text, start, end = para
        return Citation(source=source, doc_id=ref.doc_id, line=start, end_line=end, text=text, section=section)

    def cite_all(self, refs: list[RowRef]) -> tuple[Citation, ...]:
        seen = set()
        out = []
        for r in refs:
            if r not in seen:
                seen.add(r)
                out.append(self.cite(r))
        return tuple(out)
