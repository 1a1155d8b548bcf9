"""Turn stored rows and lines into Citations (the one place that reads provenance)."""

from __future__ import annotations

import json
import sqlite3

from .answer import Citation
from .execute import Ref

RowRef = Ref  # the name earlier versions used
_ROW_SQL = ("SELECT row_no, line, end_line, cells_json, text, kind, page, bbox_json FROM table_rows "
            "WHERE doc_id = ? AND table_no = ?")


class Evidence:
    """Looks up the text behind row and line references, with per-document metadata cached."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._sources = dict(conn.execute("SELECT doc_id, source FROM documents"))
        self._tables: dict[tuple[str, int], tuple[str, str, list[str], str | None]] = {}
        self._rows: dict[tuple[str, int, int], tuple | None] = {}  # (doc, table, line) -> its row (read-only index)
        for doc_id, no, code, title, cols, unit in conn.execute(
            "SELECT doc_id, table_no, code, title, columns_json, unit FROM source_tables"
        ):
            self._tables[(doc_id, no)] = (code, title, json.loads(cols or "[]"), unit)

    def table_label(self, doc_id: str, table_no: int) -> str:
        code, title, _, _ = self._tables.get((doc_id, table_no), ("", "", [], None))
        return f"{code} {title}".strip()

    def cite(self, ref: Ref) -> Citation:
        source = self._sources.get(ref.doc_id, "")
        if ref.table_no is not None:
            code, title, cols, unit = self._tables.get((ref.doc_id, ref.table_no), ("", "", [], None))
            key = (ref.doc_id, ref.table_no, ref.line)
            row = self._rows[key] if key in self._rows else self.conn.execute(
                f"{_ROW_SQL} AND line = ? ORDER BY kind = 'header', row_no DESC", key).fetchone()
            if row is None:  # a table without rows: cite its title line
                page = self.conn.execute("SELECT page FROM source_tables WHERE doc_id = ? AND table_no = ?",
                                         (ref.doc_id, ref.table_no)).fetchone()
                return Citation(source=source, doc_id=ref.doc_id, line=ref.line, text=f"{code}{title}（本表无数据）",
                                table=code, table_title=title, table_no=ref.table_no, page=page[0] if page else None)
            row_no, line, end_line, cells_json, text, kind, page, bbox = row
            if kind == "total" or not code:  # a totals row only makes sense with its table's name
                text = f"{title}\t{text}"
            cells = json.loads(cells_json)
            pairs = tuple((cols[i] if i < len(cols) else f"列{i + 1}", c) for i, c in enumerate(cells) if c)
            return Citation(source=source, doc_id=ref.doc_id, line=line, end_line=end_line, text=text, table=code,
                            row=row_no or None, cells=pairs, page=page,
                            bbox=tuple(json.loads(bbox)) if bbox else None, table_title=title,
                            table_no=ref.table_no)
        para = self.conn.execute(
            "SELECT section, text, line_start, line_end, page FROM paragraphs "
            "WHERE doc_id = ? AND line_start <= ? AND line_end >= ? ORDER BY line_start DESC LIMIT 1",
            (ref.doc_id, ref.line, ref.line),
        ).fetchone()
        if para is None:
            return Citation(source=source, doc_id=ref.doc_id, line=ref.line, text="")
        section, text, start, end, page = para
        return Citation(source=source, doc_id=ref.doc_id, line=start, end_line=end, text=text, section=section,
                        page=page)

    def _prefetch(self, refs: list[Ref] | tuple[Ref, ...]) -> None:
        """Read the rows of many table references with one query per table (a sum cites dozens)."""
        if len(self._rows) > 20_000:
            self._rows.clear()
        groups: dict[tuple[str, int], set[int]] = {}
        for r in refs:
            if r.table_no is not None and (r.doc_id, r.table_no, r.line) not in self._rows:
                groups.setdefault((r.doc_id, r.table_no), set()).add(r.line)
        for (doc_id, table_no), lines in groups.items():
            if len(lines) < 3:
                continue
            found: dict[tuple[str, int, int], tuple] = {}
            for line_no in sorted(lines):
                found[(doc_id, table_no, line_no)] = None
            chunk = sorted(lines)
            for i in range(0, len(chunk), 500):
                part = chunk[i:i + 500]
                rows = self.conn.execute(
                    f"{_ROW_SQL} AND line IN ({', '.join('?' * len(part))}) ORDER BY kind = 'header', row_no DESC",
                    (doc_id, table_no, *part)).fetchall()
                for row in rows:
                    key = (doc_id, table_no, row[1])
                    if found.get(key) is None:
                        found[key] = row
            self._rows.update(found)

    def cite_all(self, refs: list[Ref] | tuple[Ref, ...]) -> tuple[Citation, ...]:
        self._prefetch(refs)
        seen = set()
        out = []
        for r in refs:
            if r not in seen:
                seen.add(r)
                out.append(self.cite(r))
        return tuple(out)
