"""The stored document as the checks see it: typed table rows by kind, narrative facts, amounts in 万元.

`load` is the one boundary with SQLite. Reads only; all SQL uses placeholders (table names come from
`schema.TYPED_TABLES`).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from qa.errors import IndexError_

from ..schema import TYPED_TABLES

TO_WAN = {"元": 1e-4, "千元": 0.1, "万元": 1.0, "万": 1.0, "亿元": 1e4}  # a money unit in 万元


@dataclass(frozen=True, eq=False)
class Row:
    """One typed table row: its values by column, its line and its text as it reads."""

    line: int
    is_total: bool
    text: str
    values: dict
    scale: float = 1.0  # the table's unit in 万元

    def s(self, col: str) -> str:
        v = self.values.get(col)
        return "" if v is None else re.sub(r"\s+", "", str(v))

    def has(self, col: str) -> bool:
        return self.values.get(col) is not None

    def n(self, col: str) -> float:
        """An amount in 万元 (an empty cell is 0)."""
        v = self.values.get(col)
        return 0.0 if v is None else float(v) * self.scale


@dataclass(frozen=True)
class Table:
    code: str  # 表三
    rows: tuple[Row, ...]

    @property
    def data(self) -> list[Row]:
        return [r for r in self.rows if not r.is_total]

    @property
    def total(self) -> Row | None:
        totals = [r for r in self.rows if r.is_total]
        return totals[-1] if totals else None


@dataclass(frozen=True)
class Fact:
    """One number stated in the narrative, with the words around it."""

    fact_no: int
    para_no: int
    line: int
    section: str
    label: str
    subject: str
    clause: str
    sentence: str
    value: float
    unit: str
    raw: str
    kind: str
    year: int | None
    direction: str | None
    is_change: bool
    compare_year: int | None

    @property
    def text(self) -> str:
        return self.sentence

    @property
    def places(self) -> int:
        return len(self.raw.partition(".")[2])


@dataclass(frozen=True)
class Doc:
    doc_id: str
    year: int | None
    tables: dict[str, Table]  # by kind, plus "indicators" for 表十三's indicator rows
    facts: tuple[Fact, ...]


_FACT_COLS = ("fact_no", "para_no", "line", "section", "label", "subject", "clause", "sentence", "value",
              "unit", "raw", "kind", "year", "direction", "is_change", "compare_year")


def load(conn: sqlite3.Connection, doc_id: str) -> Doc:
    """A stored document's typed tables and narrative facts; `IndexError_` when it is not in the index."""
    doc = conn.execute("SELECT year FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    if doc is None:
        raise IndexError_(f"索引中没有文档 {doc_id}，请先运行 budget-qa ingest")
    texts = {(no, line): text for no, line, text in conn.execute(
        "SELECT table_no, line, text FROM table_rows WHERE doc_id = ?", (doc_id,))}
    meta = {kind: (no, code, unit) for no, code, kind, unit in conn.execute(
        "SELECT table_no, code, kind, unit FROM source_tables WHERE doc_id = ?", (doc_id,))}
    tables: dict[str, Table] = {}
    sources = [(kind, name) for kind, name in TYPED_TABLES.items()] + [("indicators", "t13_indicators")]
    for kind, name in sources:
        no, code, unit = meta.get("performance" if kind == "indicators" else kind, (None, None, None))
        if no is None:
            continue
        cur = conn.cursor()
        cur.row_factory = sqlite3.Row
        rows = cur.execute(f"SELECT * FROM {name} WHERE doc_id = ? ORDER BY line, rowid", (doc_id,)).fetchall()
        tables[kind] = Table(code, tuple(
            Row(r["line"], bool(r["is_total"]), texts.get((no, r["line"]), ""), dict(r),
                TO_WAN.get(unit or "万元", 1.0)) for r in rows))
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    facts = tuple(_fact(r) for r in cur.execute(
        f"SELECT {', '.join(_FACT_COLS)} FROM facts WHERE doc_id = ? ORDER BY fact_no", (doc_id,)))
    return Doc(doc_id, doc[0], tables, facts)


def _fact(r: sqlite3.Row) -> Fact:
    v = dict(r)
    words = {k: v[k] or "" for k in ("section", "label", "subject", "clause", "sentence", "unit", "raw", "kind")}
    return Fact(**{**v, **words, "is_change": bool(v["is_change"])})
