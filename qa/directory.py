"""Questions about a disclosure's tables themselves: how many it has ('一共附了几张表'), and which one holds a
figure ('三公经费在哪张表里'). Answered from `source_tables`, the list of every table the document prints.

    asks(key) -> 'count' | 'empty' | 'which' | None
    tables(conn, doc_id) -> list[Entry]          in the document's order
    complete(entries) -> bool                   numbered 1..N without a gap (and 表一…表N when coded)
    holding(entries, names, kinds) -> list[Entry]

The question words are `table_count`, `empty_tables` and `which_table` in qa/vocab/reading.json.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .normalize import cn_to_int, norm
from .reading import named_pattern


@dataclass(frozen=True)
class Entry:
    doc_id: str
    table_no: int
    code: str
    title: str
    kind: str
    line: int
    page: int | None
    is_empty: bool

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}".strip() if self.code else f"{self.table_no}. {self.title}"


def asks(key: str) -> str | None:
    """'count' for how many tables, 'empty' for which of them hold no figure this year ('哪些表是空表'), 'which' for
    which table holds something; None for any other question."""
    if named_pattern("empty_tables").search(key):
        return "empty"
    if named_pattern("table_count").search(key):
        return "count"
    if named_pattern("which_table").search(key):
        return "which"
    return None


def tables(conn: sqlite3.Connection, doc_id: str) -> list[Entry]:
    return [Entry(doc_id, no, code or "", title, kind, line or 0, page, bool(empty)) for no, code, title, kind, line,
            page, empty in conn.execute("SELECT table_no, code, title, kind, line, page, is_empty FROM source_tables "
                                        "WHERE doc_id = ? ORDER BY table_no", (doc_id,))]


def complete(entries: list[Entry]) -> bool:
    """Are the tables read numbered 1..N with no gap, and, where the document codes them (表一…), coded in order?
    A table the reader missed would leave a gap; then no count is given."""
    if not entries or [e.table_no for e in entries] != list(range(1, len(entries) + 1)):
        return False
    coded = [e for e in entries if e.code]
    if not coded:
        return True
    return len(coded) == len(entries) and all(
        e.code.startswith("表") and cn_to_int(e.code[1:]) == e.table_no for e in coded)


def holding(entries: list[Entry], names: list[str], kinds: set[str]) -> list[Entry]:
    """The tables whose title names one of the names ('机关运行经费' in '“三公”经费和机关运行经费预算表'); failing
    that, the tables of the kinds the names are read from."""
    keys = [norm(n) for n in names if len(norm(n)) >= 2]
    titled = [e for e in entries if any(k in norm(e.title) for k in keys)]
    return titled or [e for e in entries if e.kind in kinds]


__all__ = ["Entry", "asks", "complete", "holding", "tables"]
