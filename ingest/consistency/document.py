"""The stored document as the checks see it: every table by kind, its records and cells, narrative facts.

`load` is the one boundary with SQLite. It reads only the generic tables (`documents`, `source_tables`,
`table_rows`, `records`, `cells`, `facts`), so one code path serves every template, text or PDF. Amounts
come out in 万元 (`Rec.n`); a table's own unit and printed precision travel with it (`Tab.money`) so that
a finding can state its figures as the document prints them. Reads only; every statement uses placeholders.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field

from .. import kinds
from ..errors import IndexError_

TO_WAN = {"元": 1e-4, "千元": 0.1, "万元": 1.0, "万": 1.0, "亿元": 1e4}  # a money unit in 万元
NUMBER, UNREADABLE = "number", "unreadable"


@dataclass(frozen=True)
class Money:
    """How a table prints money: its unit, that unit in 万元, and the decimals it prints."""

    unit: str = "万元"
    scale: float = 1.0
    places: int = 2

    @property
    def tol(self) -> float:
        """Half the last printed digit (never finer than 0.005 of the unit), in 万元."""
        return 0.5 * 10 ** -min(self.places, 2) * self.scale

    def show(self, wan: float) -> float:
        """A figure in 万元 as this table states it."""
        return round(wan / self.scale, 6)


@dataclass(frozen=True)
class Cell:
    col: int
    role: str | None
    header: str
    text: str
    value: float | None  # in the table's unit
    status: str  # number | blank | text | unreadable


@dataclass(frozen=True, eq=False)
class Rec:
    """One record of a table (a data or total row; one side of a two-sided row)."""

    table: Tab = field(repr=False)
    rec_no: int
    line: int
    page: int | None
    side: str | None
    is_total: bool
    label: str
    name: str
    name_role: str | None
    code: str | None
    level: int | None
    parent: int | None
    cells: dict[str, Cell] = field(repr=False)
    raw: tuple[str, ...] = field(repr=False, default=())  # the printed row (table_rows.cells_json)
    text: str = ""  # the printed row as it reads

    def s(self, role: str) -> str:
        """A cell's text without white space ('' when the record has no such cell)."""
        c = self.cells.get(role)
        return re.sub(r"\s+", "", c.text) if c and c.text else ""

    def has(self, role: str) -> bool:
        c = self.cells.get(role)
        return c is not None and c.status == NUMBER

    def unreadable(self, role: str) -> bool:
        c = self.cells.get(role)
        return c is not None and c.status == UNREADABLE

    def n(self, role: str) -> float:
        """An amount in 万元 (a blank or unreadable cell is 0)."""
        c = self.cells.get(role)
        return c.value * self.table.money.scale if c is not None and c.status == NUMBER else 0.0

    def v(self, role: str) -> float | None:
        """A number cell's value as printed (no unit conversion); None unless it is a number."""
        c = self.cells.get(role)
        return c.value if c is not None and c.status == NUMBER else None

    @property
    def title(self) -> str:
        """How a message names the row: its code and name, or its name."""
        if " / " in self.label:
            return self.label  # classified several ways at once
        name = self.name or self.label
        return f"{self.code} {name}" if self.code and name else (name or self.code or f"第{self.rec_no}条")


@dataclass(frozen=True)
class RawRow:
    """A printed table row (header rows included), as `table_rows` keeps it."""

    line: int
    page: int | None
    kind: str
    cells: tuple[str, ...]


@dataclass(eq=False)
class Tab:
    """One table: what it is (kind), how it prints money, and its records."""

    no: int
    code: str
    title: str
    kind: str
    unit: str
    line: int | None
    page: int | None
    note: str
    is_empty: bool
    columns: tuple[str, ...]
    roles: tuple[str | None, ...]
    money: Money = field(default_factory=Money)
    recs: tuple[Rec, ...] = ()
    present: frozenset[str] = frozenset()  # the roles its columns and cells have
    nesting: tuple | None = field(default=None, repr=False)  # template.hierarchy, computed once

    @property
    def name(self) -> str:
        """How a message names the table: its code (表三), else its title in 《》."""
        return self.code or f"《{self.title}》"

    @property
    def data(self) -> list[Rec]:
        return [r for r in self.recs if not r.is_total]

    @property
    def total(self) -> Rec | None:
        """The table's 合计/总计 record (the last total record that is not one side's)."""
        totals = [r for r in self.recs if r.is_total and r.side is None]
        return totals[-1] if totals else None

    def has_role(self, role: str) -> bool:
        return role in self.present


@dataclass(frozen=True)
class Fact:
    """One number stated in the narrative, with the words around it."""

    fact_no: int
    para_no: int
    line: int
    page: int | None
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
    tables: tuple[Tab, ...]
    facts: tuple[Fact, ...]

    def table(self, kind: str) -> Tab | None:
        """The first table of a kind (None when the document has none)."""
        return next((t for t in self.tables if t.kind == kind), None)


_FACT_COLS = ("fact_no", "para_no", "line", "page", "section", "label", "subject", "clause", "sentence", "value",
              "unit", "raw", "kind", "year", "direction", "is_change", "compare_year")
_DECIMALS = re.compile(r"\.(\d+)\s*$")


def load(conn: sqlite3.Connection, doc_id: str) -> Doc:
    """A stored document's tables and narrative facts; `IndexError_` when it is not in the index."""
    doc = conn.execute("SELECT year FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    if doc is None:
        raise IndexError_(f"索引中没有文档 {doc_id}，请先运行 budget-qa ingest")
    tables = [_table(conn, doc_id, row) for row in conn.execute(
        "SELECT table_no, code, title, kind, unit, line, page, note, is_empty, columns_json, roles_json "
        "FROM source_tables WHERE doc_id = ? ORDER BY table_no", (doc_id,)).fetchall()]
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    facts = tuple(_fact(r) for r in cur.execute(
        f"SELECT {', '.join(_FACT_COLS)} FROM facts WHERE doc_id = ? ORDER BY fact_no", (doc_id,)))
    return Doc(doc_id, doc[0], tuple(tables), facts)


def _table(conn: sqlite3.Connection, doc_id: str, row: tuple) -> Tab:
    no, code, title, kind, unit, line, page, note, is_empty, columns, roles = row
    unit = unit or "万元"
    t = Tab(no, code or "", title or "", kind or "other", unit, line, page, note or "", bool(is_empty),
            tuple(json.loads(columns or "[]")), tuple(json.loads(roles or "[]")))
    raw: dict[int, RawRow] = {}
    texts: dict[int, str] = {}
    for r_line, r_page, r_kind, cells_json, text in conn.execute(
            "SELECT line, page, kind, cells_json, text FROM table_rows WHERE doc_id = ? AND table_no = ? "
            "ORDER BY line, row_no", (doc_id, no)):
        raw.setdefault(r_line, RawRow(r_line, r_page, r_kind, tuple(json.loads(cells_json or "[]"))))
        texts.setdefault(r_line, text or "")
    cells: dict[int, dict[str, Cell]] = {}
    places, amounts = 0, kinds.amount_roles()
    for rec_no, col, role, header, text, value, status in conn.execute(
            "SELECT rec_no, col, role, header, text, value, status FROM cells WHERE doc_id = ? AND table_no = ? "
            "ORDER BY rec_no, col", (doc_id, no)):
        cells.setdefault(rec_no, {}).setdefault(role or f"#{col}", Cell(col, role, header or "", text or "",
                                                                         value, status))
        if status == NUMBER and role in amounts and (m := _DECIMALS.search(text or "")):
            places = max(places, len(m.group(1)))
    t.money = Money(unit, TO_WAN.get(unit, 1.0), places)
    recs = []
    for rec_no, r_line, r_page, side, is_total, label, name, name_role, rcode, level, parent in conn.execute(
            "SELECT rec_no, line, page, side, is_total, label, name, name_role, code, level, parent FROM records "
            "WHERE doc_id = ? AND table_no = ? ORDER BY rec_no", (doc_id, no)):
        rr = raw.get(r_line)
        recs.append(Rec(t, rec_no, r_line, r_page if r_page is not None else (rr.page if rr else None), side,
                        bool(is_total), label or "", re.sub(r"\s+", "", name or label or ""), name_role, rcode,
                        level, parent, cells.get(rec_no, {}), rr.cells if rr else (), texts.get(r_line, "")))
    t.recs = tuple(recs)
    t.present = frozenset(r for r in t.roles if r) | {role for c in cells.values() for role in c}
    return t


def _fact(r: sqlite3.Row) -> Fact:
    v = dict(r)
    words = {k: v[k] or "" for k in ("section", "label", "subject", "clause", "sentence", "unit", "raw", "kind")}
    return Fact(**{**v, **words, "is_change": bool(v["is_change"])})
