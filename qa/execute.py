"""Run a plan's targets on one document: parameterised SQL over the typed records and cells.

    ex = Executor(conn)
    ex.figure(target, doc_id)  -> Figure | Problem     one number (or text) with the rows behind it
    ex.rows(target, doc_id)    -> RowSet | Problem     the rows of a set operation, each with its value

Every number comes from a cell or a narrative line, and every result carries the refs of the rows
it used (`Ref`), so the answer can cite them. Nothing here guesses: a name that matches two
different subjects, an unreadable cell or a missing table is a `Problem` the answer reports.
All SQL uses placeholders on a read-only connection; `Executor.log` keeps it for the answer.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field, replace

from ingest import kinds
from ingest.classification import TOP

from .compose import money_text, section_title
from .lexicon import concept
from .normalize import MONEY, convert_money, last_heading, norm
from .plan import Filter, Target
from .reading import named_pattern, named_words

_DOWN = ("减少", "下降", "降低", "压减", "缩减", "减")  # the words of a fall (a change the text states)


@dataclass(frozen=True)
class Ref:
    """A cited table row (table_no set) or narrative line."""

    doc_id: str
    line: int
    table_no: int | None = None


@dataclass(frozen=True)
class Figure:
    label: str
    value: float | None
    unit: str | None
    refs: tuple[Ref, ...]
    kind: str = "amount"  # amount | percent | count | headcount | score | text
    text: str | None = None  # a text answer (owner, phone, period, goal …) or a value as printed ("≥95%")
    note: str = ""
    computed: bool = False  # the value is a sum of several cells (not printed as such)
    parts: tuple[float, ...] = ()
    fact: dict = field(default_factory=dict)  # the narrative figure's details (sentence, year …)


@dataclass(frozen=True)
class Row:
    label: str
    value: float | None
    ref: Ref
    code: str | None = None
    status: str = "number"
    parts: tuple[Ref, ...] = ()  # a figure summed from several rows (a 类 of a table that lists only 项): those rows
    breakdown: tuple[Row, ...] = ()  # a class given by its parts, each part by its own (the next level of the classification)

    def refs(self) -> tuple[Ref, ...]:
        return self.parts or (self.ref,)


@dataclass(frozen=True)
class RowSet:
    label: str
    unit: str | None
    rows: tuple[Row, ...]
    total_ref: Ref | None = None  # the table's total row, when it has one
    table_no: int | None = None


@dataclass(frozen=True)
class Problem:
    """Why a target has no answer in a document; `options` are readings that would have one."""

    reason: str  # missing | ambiguous | unreadable | empty | partial (a named document lacks it)
    message: str
    options: tuple[str, ...] = ()
    refs: tuple[Ref, ...] = ()


def _adds_said(label: str, word: str, question: str) -> bool:
    """`label` is `word` with other words put in ('政府采购工程预算' of 政府采购预算), and the question says each."""
    if len(word) < 2 or label == word or word in label:
        return False
    rest, i = [], 0
    for ch in label:
        if i < len(word) and ch == word[i]:
            i += 1
            rest.append("|")
        else:
            rest.append(ch)
    pieces = [p for p in "".join(rest).split("|") if p]
    return i == len(word) and bool(pieces) and all(len(p) >= 2 and p in question for p in pieces)


_FUND_OF_A_PART = named_pattern("fund_of_a_part")  # the fund a figure's label names it a part of ('政府性基金预算')


@dataclass(frozen=True)
class Project:
    """A project's own record: its name as the index keys it (records.name, without the year a table prints after
    it) and its goal's text ('' when it states none)."""

    doc_id: str
    table_no: int
    rec_no: int
    name: str
    goal: str


class Executor:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.log: list[str] = []
        self._tables: dict[str, list[tuple[int, str, str | None, int, int]]] = {}
        self._tables_with: dict[tuple[str, str], list[int]] = {}
        self._roles_of_names: dict[tuple[str, int], dict[int, str | None]] = {}
        self._unit_cells: dict[str, list[tuple[int, int, str, str]]] = {}

    # ------------------------------------------------------------------------------------------ sql

    def q(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        self.log.append(" ".join(sql.split()) + (f"  -- {list(params)}" if params else ""))
        return self.conn.execute(sql, tuple(params)).fetchall()

    def take_log(self) -> str:
        out = ";\n".join(dict.fromkeys(self.log))
        self.log = []
        return out

    def unit_cells(self, doc_id: str) -> list[tuple[int, int, str, str]]:
        """(table_no, rec_no, role, key) of each cell of a document that names a unit (unit_name, detail_unit): read
        once, for every filter on a unit and every narrative figure asked of one."""
        if doc_id not in self._unit_cells:
            self._unit_cells[doc_id] = self.q(
                "SELECT table_no, rec_no, role, key FROM cells WHERE doc_id = ? AND role IN ('unit_name', 'detail_unit') "
                "AND key IS NOT NULL",
                (doc_id,))
        return self._unit_cells[doc_id]

    def tables(self, doc_id: str, kind: str | None = None) -> list[tuple[int, str, str | None, int, int]]:
        """(table_no, kind, unit, line, is_empty) of a document's tables, of one kind when given."""
        if doc_id not in self._tables:
            self._tables[doc_id] = self.conn.execute(
                "SELECT table_no, kind, unit, line, is_empty FROM source_tables WHERE doc_id = ? ORDER BY table_no",
                (doc_id,)).fetchall()
        return [t for t in self._tables[doc_id] if kind is None or t[1] == kind]

    def names_in(self, doc_id: str, kind: str, role: str = "project_name") -> set[str]:
        """The names (matching form) of the rows of one role in a document's tables of a kind."""
        return {norm(name) for table_no, *_ in self.tables(doc_id, kind) for (name,) in self.q(
            "SELECT name FROM records WHERE doc_id = ? AND table_no = ? AND name_role = ?", (doc_id, table_no, role))
                if name}

    def unit_of(self, doc_id: str, table_no: int) -> str | None:
        return next((t[2] for t in self.tables(doc_id) if t[0] == table_no), None)

    def project_of(self, doc_id: str, table_no: int, rec_no: int | None) -> Project | None:
        """The project a row belongs to: its own record when it names one, or its nearest parent's that does (an
        indicator row of a performance table); None when no row above it names a project."""
        seen: set[int] = set()
        while rec_no is not None and rec_no not in seen:
            seen.add(rec_no)
            row = self.q("SELECT name, name_role, parent FROM records WHERE doc_id = ? AND table_no = ? AND rec_no = ?",
                         (doc_id, table_no, rec_no))
            if not row:
                return None
            name, role, parent = row[0]
            if role == "project_name" and name:
                goal = self.q("SELECT group_concat(text, '') FROM cells WHERE doc_id = ? AND table_no = ? "
                              "AND rec_no = ? AND role = 'goal'", (doc_id, table_no, rec_no))
                return Project(doc_id, table_no, rec_no, name, (goal[0][0] or "") if goal else "")
            rec_no = parent
        return None

    # ------------------------------------------------------------------------------------------ records

    def _with_descendants(self, doc_id: str, table_no: int, recs: set[int]) -> set[int]:
        """These records and every record under them ('除了社会保障和就业': its 款, 项 and their rows too)."""
        parent = {r[0]: r[7] for r in self.records(doc_id, table_no, ())}
        out = set(recs)
        for rec in parent:
            seen, up = set(), parent.get(rec)
            while up is not None and up not in seen and up not in out:
                seen.add(up)
                up = parent.get(up)
            if up in out:
                out.add(rec)
        return out

    def _match(self, doc_id: str, table_no: int, f: Filter) -> set[int]:
        """Records of a table that satisfy one filter."""
        key = norm(f.value)
        info = kinds.role(f.role) or kinds.role(f.role.removesuffix("_name"))
        if f.role == "name":
            rows = self.q("SELECT rec_no FROM records WHERE doc_id = ? AND table_no = ? AND key = ?",
                          (doc_id, table_no, key))
        elif info and info.type in ("person", "phone"):
            rows = self.q("SELECT rec_no FROM cells WHERE doc_id = ? AND table_no = ? AND role = ? AND key LIKE ?",
                          (doc_id, table_no, f.role, f"%{key}%"))
        elif f.role in ("unit_name", "detail_unit"):  # a unit named without its city and district ('某苗圃')
            rows = [(rec,) for tn, rec, role, k in self.unit_cells(doc_id)
                    if tn == table_no and role == f.role and k.endswith(key)]
        else:
            rows = self.q("SELECT rec_no FROM cells WHERE doc_id = ? AND table_no = ? AND role = ? AND key = ? "
                          "UNION SELECT rec_no FROM records WHERE doc_id = ? AND table_no = ? AND name_role = ? "
                          "AND key = ?", (doc_id, table_no, f.role, key, doc_id, table_no, f.role, key))
        found = {r[0] for r in rows}
        if f.code and f.role.endswith("_name"):
            scheme = f.role[:-5]
            rows = self.q("SELECT rec_no FROM cells WHERE doc_id = ? AND table_no = ? AND role = ? AND text LIKE ?",
                          (doc_id, table_no, f"{scheme}_code", f"{f.code}%"))
            found |= {r[0] for r in rows}
        return found

    def records(self, doc_id: str, table_no: int, filters: tuple[Filter, ...], *, side: str | None = None,
                totals: bool = False) -> list[tuple]:
        """(rec_no, line, label, name, scheme, code, level, parent, is_total, side) of the matching records."""
        sql = ("SELECT rec_no, line, label, name, scheme, code, level, parent, is_total, side FROM records "
               "WHERE doc_id = ? AND table_no = ?")
        params: list = [doc_id, table_no]
        if side:
            sql += " AND side = ?"
            params.append(side)
        if not totals:
            sql += " AND is_total = 0"
        rows = self.q(sql + " ORDER BY rec_no", params)
        for f in filters:
            keep = self._match(doc_id, table_no, f)
            rows = [r for r in rows if r[0] in keep]
        return rows

    def amount(self, doc_id: str, table_no: int, rec_no: int, role: str | None) -> tuple[float | None, str, str]:
        """(value, status, role) of a record's amount cell: the `role` column, or its first amount."""
        amounts = kinds.amount_roles()
        rows = self.q("SELECT role, value, status, text FROM cells WHERE doc_id = ? AND table_no = ? AND rec_no = ? "
                      "ORDER BY col", (doc_id, table_no, rec_no))
        for r, value, status, _text in rows:
            if (role and r == role) or (not role and r in amounts):
                return value, status, r
        return None, "missing", role or ""

    def amounts(self, doc_id: str, table_no: int, rec_nos: list[int],
                role: str | None) -> dict[int, tuple[float | None, str, str]]:
        """`amount` of many records of one table, read in one query."""
        amounts = kinds.amount_roles()
        out: dict[int, tuple[float | None, str, str]] = {}
        for i in range(0, len(rec_nos), 500):
            chunk = rec_nos[i:i + 500]
            rows = self.q(f"SELECT rec_no, role, value, status FROM cells WHERE doc_id = ? AND table_no = ? "
                          f"AND rec_no IN ({', '.join('?' * len(chunk))}) ORDER BY rec_no, col",
                          (doc_id, table_no, *chunk))
            for rec_no, r, value, status in rows:
                if rec_no not in out and ((role and r == role) or (not role and r in amounts)):
                    out[rec_no] = (value, status, r)
        return {n: out.get(n, (None, "missing", role or "")) for n in rec_nos}

    def class_of(self, refs: tuple[Ref, ...]) -> tuple[str, str, str] | None:
        """The classification row the refs cite, as (doc, scheme, code): one row with a code, or one row without
        (the overview's '住房保障支出') whose name the document's other tables give exactly one code. None when the
        refs cite no such single row."""
        found = set()
        for ref in refs:
            if ref.table_no is None:
                return None
            rows = self.q("SELECT scheme, code, name FROM records WHERE doc_id = ? AND table_no = ? AND line = ?",
                          (ref.doc_id, ref.table_no, ref.line))
            for scheme, code, name in rows:
                if not code and name:
                    coded = {tuple(x) for x in self.q(
                        "SELECT DISTINCT scheme, code FROM records WHERE doc_id = ? AND name = ? AND code IS NOT NULL",
                        (ref.doc_id, name))}
                    scheme, code = next(iter(coded)) if len(coded) == 1 else (None, None)
                found.add((ref.doc_id, scheme, code))
        return next(iter(found)) if len(found) == 1 and None not in next(iter(found)) else None

    def classes_named(self, refs: tuple[Ref, ...]) -> set[tuple[str, str, str]]:
        """Every classification, as (doc, scheme, code), of each row the refs cite: its codes (a row of three
        classifications has three) and those of the rows of its name (住房公积金 the 经济分类 30113 and the 功能分类
        2210201)."""
        cited = [(ref.doc_id, ref.table_no, ref.line) for ref in refs if ref.table_no is not None]
        if not cited:
            return set()
        rows = ", ".join("(?, ?, ?)" for _ in cited)
        return {(doc, scheme, (code or "").replace(" ", "")) for doc, scheme, code in self.q(
            f"WITH cited(doc_id, table_no, line) AS (VALUES {rows}), "
            "rec AS (SELECT r.doc_id, r.table_no, r.rec_no, r.name FROM cited "
            "JOIN records r ON r.doc_id = cited.doc_id AND r.table_no = cited.table_no AND r.line = cited.line) "
            "SELECT rec.doc_id, substr(c.role, 1, length(c.role) - length('_code')), c.text FROM rec "
            "JOIN cells c ON c.doc_id = rec.doc_id AND c.table_no = rec.table_no AND c.rec_no = rec.rec_no "
            "WHERE c.role LIKE '%\\_code' ESCAPE '\\' AND c.text IS NOT NULL AND c.text != '' "
            "UNION SELECT o.doc_id, o.scheme, o.code FROM rec "
            "JOIN records o ON o.doc_id = rec.doc_id AND o.name = rec.name "
            "WHERE rec.name IS NOT NULL AND rec.name != '' AND o.code IS NOT NULL",
            tuple(x for c in cited for x in c))}

    def code_of(self, doc_id: str, table_no: int, rec_no: int, scheme: str) -> str | None:
        r = self.q("SELECT text FROM cells WHERE doc_id = ? AND table_no = ? AND rec_no = ? AND role = ?",
                   (doc_id, table_no, rec_no, f"{scheme}_code"))
        return r[0][0] if r else None

    # ------------------------------------------------------------------------------------------ figures

    def figure(self, t: Target, doc_id: str) -> Figure | Problem:
        """The one figure a target names in a document."""
        if t.concept:
            return self.concept(t, doc_id)
        if t.fact:
            return self.fact(t, doc_id)
        if t.attribute:
            return self.attribute(t, doc_id)
        return self.cell_figure(t, doc_id)

    def _candidate_tables(self, t: Target, doc_id: str, prefer: tuple[str, ...]) -> list[tuple]:
        if t.table_kind:
            tabs = self.tables(doc_id, t.table_kind)
            own = self._only_table_with(doc_id, t)
            if own is not None and not any(x[0] == own for x in tabs):
                # ('项目支出扣除基建项目以后的预算数': a column no table of the kind said has, of the one table that does)
                return [x for x in self.tables(doc_id) if x[0] == own]
            return tabs
        order = {k: i for i, k in enumerate(prefer)}
        tabs = [x for x in self.tables(doc_id) if x[1] in order]
        return sorted(tabs, key=lambda x: (order[x[1]], x[0]))

    def cell_figure(self, t: Target, doc_id: str, prefer: tuple[str, ...] = ()) -> Figure | Problem:
        """Rows named by the filters × the measure column, in the first table (by preference) that has them."""
        prefer = prefer or _prefer(t)
        problems: list[Problem] = []
        for table_no, kind, unit, _line, _empty in self._candidate_tables(t, doc_id, prefer):
            measure = t.measure
            named_row: list[tuple] = []
            if measure and not self._has_role(doc_id, table_no, measure):
                info = kinds.role(measure)
                if kinds.own_table(measure) == kind:
                    measure = None  # '基本支出里的差旅费' in the basic-expenditure table: its own amount
                elif info and kind in info.kinds and not t.filters and not t.within:
                    # a table of the column's kind that lists it as a row ('三公' 表 that lists 公务用车购置及运行维护费 as a row)
                    said = {norm(x) for x in (info.label, *info.synonyms)}
                    named_row = [r for r in self.records(doc_id, table_no, ()) if norm(r[3] or r[2] or "") in said]
                    if len(named_row) != 1:
                        continue
                    measure = None
                else:
                    continue
            recs = named_row or self.records(doc_id, table_no, t.filters, side=t.side, totals=_names_total(t.filters))
            if not named_row and self._only_table_with(doc_id, t) == table_no:
                # a column only one table has, said with no row ('扣除基建项目后的项目支出是多少'): its total row (on
                # the side that has the column, in a two-sided table: '支出总计', never '收入总计')
                has = {x[0] for x in self.q("SELECT rec_no FROM cells WHERE doc_id = ? AND table_no = ? AND role = ?",
                                            (doc_id, table_no, measure))}
                recs = [r for r in self.records(doc_id, table_no, (), side=t.side, totals=True) if r[8]
                        and (r[0] in has or not has)] or recs
            elif not named_row and not t.filters and not t.within and len(recs) > 1 and \
                    {r[6] for r in recs} == {1} and {r[4] for r in recs} == {None} and \
                    len(total := [r for r in self.records(doc_id, table_no, (), side=t.side, totals=True) if r[8]]) == 1:
                # a column said with no row, in a table of units side by side ('一般公共预算拨款一共多少'): its total
                recs = total
            if t.within:
                inside = self._inside(doc_id, table_no, t.within)
                recs = [r for r in recs if r[0] in inside]
            if not any(re.search(r"(结转|结余)", w) for w in t.words):
                # '（二）政府性基金预算拨款' under 上年结转 is last year's money carried over, not the year's own
                recs = [r for r in recs if not self._carried_over(doc_id, table_no, r)]
            if not recs:
                continue
            picked = _scope(recs)
            if isinstance(picked, Problem):
                problems.append(picked)
                continue
            if len(picked) > 1 and t.filters and all(f.role in ("unit_name", "detail_unit") for f in t.filters) and \
                    _names_source(t, kind):
                # a unit's rows by subject under its own '小计' row, all carrying its name: that row is the unit's
                # (in a table of one source of money, when the question says that source: '一般公共预算拨款中')
                sub = self._subtotals(doc_id, table_no, [r[0] for r in picked])
                picked = [r for r in picked if r[0] in sub] if len(sub) == 1 else picked
            # several rows of one subject (classified other ways too) add up; different subjects do not
            codes = {self._subject_key(doc_id, table_no, r, t.filters) for r in picked}
            if len(codes) > 1:
                opts = tuple(dict.fromkeys(self._path(doc_id, table_no, r) for r in picked))[:3]
                problems.append(Problem("ambiguous", "问题中的名称对应表中多个不同的科目或项目。", opts,
                                        tuple(Ref(doc_id, r[1], table_no) for r in picked)))
                continue
            values, refs, role = [], [], measure
            bad = []
            found = self.amounts(doc_id, table_no, [r[0] for r in picked], measure)
            for r in picked:
                v, status, role_used = found[r[0]]
                role = role or role_used
                refs.append(Ref(doc_id, r[1], table_no))
                if status == "unreadable":
                    bad.append(r)
                elif status == "missing":
                    continue
                values.append(v or 0.0)
            if bad:
                return Problem("unreadable", "表中对应的金额无法读取（不是规范的数字），请核对原文。",
                               refs=tuple(Ref(doc_id, r[1], table_no) for r in bad))
            if not values:
                continue
            label = _label(t, picked, role)
            total = round(sum(values), 6)
            printed = self.printed_row(doc_id, t, total, unit, measure) if len(values) > 1 else None
            if printed is not None:  # the same figure printed as one row elsewhere (表一's class line): cite it first
                refs.insert(0, printed)
            return Figure(label, total, unit, tuple(refs), computed=len(values) > 1,
                          parts=tuple(values) if len(values) > 1 else ())
        if problems:
            return problems[0]
        return Problem("missing", "文件的表格中没有找到这一项。")

    def stated_count(self, doc_id: str, n: int, noun: str) -> Ref | None:
        """The text's one sentence that states this count of these things ('填报绩效目标的预算项目33个')."""
        rows = self.q("SELECT line, label FROM facts WHERE doc_id = ? AND kind = 'count' AND is_change = 0 AND "
                      "value = ? AND label LIKE ?", (doc_id, float(n), f"%{noun}%"))
        return Ref(doc_id, rows[0][0]) if len(rows) == 1 else None

    def _subtotals(self, doc_id: str, table_no: int, rec_nos: list[int]) -> set[int]:
        """Of these rows, those whose classification cell reads 小计 or 合计 (a group's own total row)."""
        rows = self.q(f"SELECT rec_no, text FROM cells WHERE doc_id = ? AND table_no = ? AND rec_no IN "  # noqa: S608
                      f"({','.join('?' * len(rec_nos))}) AND role IN ('func_name', 'econ_name', 'gov_econ_name')",
                      (doc_id, table_no, *rec_nos))
        return {rec for rec, text in rows if re.sub(r"\s+", "", text or "") in ("小计", "合计")}

    def _carried_over(self, doc_id: str, table_no: int, rec: tuple) -> bool:
        """Is the row listed under a carried-over heading ('二、上年结转', '年终结转结余')?"""
        parent = rec[7]
        if parent is None:
            return False
        row = self.q("SELECT label, name FROM records WHERE doc_id = ? AND table_no = ? AND rec_no = ?",
                     (doc_id, table_no, parent))
        return bool(row) and bool(re.search(r"(结转|结余)", f"{row[0][0] or ''}{row[0][1] or ''}"))

    def printed_row(self, doc_id: str, t: Target, total: float, unit: str | None,
                    measure: str | None = None) -> Ref | None:
        """A row named exactly like the (single) filter whose amount (in the measure's column) is this sum: the
        figure as printed. A code said beside the name names the same row."""
        names = [f for f in t.filters if not f.role.endswith("_code")]
        if len(names) != 1 or t.within or (len(t.filters) > 1 and not names[0].role.endswith("_name")):
            return None
        rows = self.q("SELECT r.table_no, r.rec_no, r.line FROM records r WHERE r.doc_id = ? AND r.key = ? "
                      "ORDER BY r.table_no", (doc_id, norm(names[0].value)))
        for table_no, rec_no, line in rows:
            if measure and not self._has_role(doc_id, table_no, measure):
                continue
            v, status, _ = self.amount(doc_id, table_no, rec_no, measure)
            tu = self.unit_of(doc_id, table_no)
            if status == "number" and v is not None and tu in MONEY and unit in MONEY and \
                    abs(v * MONEY[tu] / MONEY[unit] - total) <= max(1e-6 * abs(total), 1e-6):
                return Ref(doc_id, line, table_no)
        return None

    def _inside(self, doc_id: str, table_no: int, within: tuple[Filter, ...]) -> set[int]:
        """Records under the rows the `within` filters name (by the table's hierarchy, or by code prefix)."""
        out: set[int] | None = None
        for f in within:
            roots = {r[0] for r in self.records(doc_id, table_no, (f,))}
            found = _descendants(self, doc_id, table_no, roots)
            if f.role.endswith("_name") and f.role[:-5] in ("func", "econ", "gov_econ"):
                scheme = f.role[:-5]
                codes = {self.code_of(doc_id, table_no, r, scheme) for r in roots} - {None}
                codes |= {f.code} if f.code else set()
                for code in codes:
                    found |= {r[0] for r in self.q(
                        "SELECT rec_no FROM cells WHERE doc_id = ? AND table_no = ? AND role = ? AND text LIKE ? "
                        "AND text <> ?", (doc_id, table_no, f"{scheme}_code", f"{code}%", code))}
            out = found if out is None else out & found
        return out or set()

    def _only_table_with(self, doc_id: str, t: Target) -> int | None:
        """The one table of the document that has the target's column, when the target names no row."""
        if not t.measure or t.filters or t.within or t.attribute or t.measure not in named_words("columns_said_alone"):
            return None
        key = (doc_id, t.measure)
        if key not in self._tables_with:
            self._tables_with[key] = [r[0] for r in self.q(
                "SELECT DISTINCT table_no FROM cells WHERE doc_id = ? AND role = ?", key)]
        found = self._tables_with[key]
        return found[0] if len(found) == 1 else None

    def _name_roles(self, doc_id: str, table_no: int, recs: list[tuple]) -> list[str | None]:
        """The role of the cell each row's name comes from (func_name, econ_name, project_name …)."""
        if (doc_id, table_no) not in self._roles_of_names:  # (read once per table: the index does not change)
            self._roles_of_names[doc_id, table_no] = dict(self.q(
                "SELECT rec_no, name_role FROM records WHERE doc_id = ? AND table_no = ?", (doc_id, table_no)))
        by = self._roles_of_names[doc_id, table_no]
        return [by.get(r[0]) for r in recs]

    def _first_amount(self, doc_id: str, table_no: int, measure: str | None) -> str | None:
        """The amount column asked, or the table's first amount column."""
        if measure:
            return measure
        amounts = kinds.amount_roles()
        return next((role for (role,) in self.q("SELECT role FROM cells WHERE doc_id = ? AND table_no = ? AND role IS NOT "
                                                "NULL GROUP BY role ORDER BY MIN(col)", (doc_id, table_no))
                     if role in amounts), None)

    def _has_role(self, doc_id: str, table_no: int, role: str) -> bool:
        return bool(self.q("SELECT 1 FROM cells WHERE doc_id = ? AND table_no = ? AND role = ? LIMIT 1",
                           (doc_id, table_no, role)))

    def _subject_key(self, doc_id: str, table_no: int, r: tuple, filters: tuple[Filter, ...]) -> str:
        """What makes two matched rows the same thing: the code of the filtered subject, or the name."""
        for f in filters:
            if f.role.endswith("_name") and f.role[:-5] in ("func", "econ", "gov_econ"):
                if f.code:
                    return f.code
                code = self.code_of(doc_id, table_no, r[0], f.role[:-5])
                if code:
                    return code
        return r[3] or str(r[0])

    def _path(self, doc_id: str, table_no: int, r: tuple) -> str:
        """A record's name with its parents' ('商贸事务 行政运行'), to tell same-named rows apart."""
        names = [r[3] or r[2] or ""]
        parent = r[7]
        while parent:
            p = self.q("SELECT name, parent FROM records WHERE doc_id = ? AND table_no = ? AND rec_no = ?",
                       (doc_id, table_no, parent))
            if not p:
                break
            names.insert(0, p[0][0] or "")
            parent = p[0][1]
        if len(names) == 1 and r[5]:
            names.insert(0, r[5])
        return " ".join(n for n in names[-2:] if n)

    # ------------------------------------------------------------------------------------------ named figures

    def concept(self, t: Target, doc_id: str) -> Figure | Problem:
        c = concept(t.concept or "")
        if c is None:
            return Problem("missing", "未知的指标。")
        # (a fund said with it, '一般公共预算基本支出': the steps in that fund's table first)
        steps = sorted(c.locate, key=lambda s: s.get("kind") != t.table_kind) if t.table_kind else c.locate
        for step in steps:
            if "sum_facts" in step:
                # a total the text states only in parts ('第一季度用款计划15万元，第二季度…'): their sum, within
                # the named section only
                f = self._summed_facts(doc_id, step["sum_facts"], t.section)
                if f is not None:
                    return replace(f, label=c.name)
                continue
            if "fact" in step:
                for pattern in step["fact"]:
                    f = self.fact(Target(fact=(pattern,), fact_kind="amount", section=t.section), doc_id, regex=True)
                    if isinstance(f, Figure):
                        return replace(f, label=c.name)
                continue
            if any(named_pattern("program_section").search(x) for x in t.section):
                continue  # a table's figure is the whole document's, never one program's ('某专项的项目支出')
            for table_no, _kind, unit, line, empty in self.tables(doc_id, step["kind"]):
                row = step.get("row")
                if row == "empty":
                    if empty:
                        return Figure(c.name, 0.0, unit, (Ref(doc_id, line, table_no),), note="本表为空表")
                    continue
                recs = self.records(doc_id, table_no, (), side=step.get("side"), totals=True)
                if row == "total":
                    tot = [r for r in recs if r[8]]
                    best = [r for r in tot if "总计" in (r[2] or "")] or tot
                    recs = best[-1:]
                elif row == "only":
                    data = [r for r in recs if not r[8]]
                    recs = data if len(data) == 1 else []
                elif "name" in step:
                    recs = [r for r in recs if r[3] and re.search(step["name"], r[3])][:1]
                if not recs:
                    continue
                v, status, _ = self.amount(doc_id, table_no, recs[0][0], step.get("role"))
                if status == "unreadable":
                    return Problem("unreadable", f"“{c.name}”所在的单元格无法读取，请核对原文。",
                                   refs=(Ref(doc_id, recs[0][1], table_no),))
                if status in ("missing",):
                    continue
                return Figure(c.name, v or 0.0, unit, (Ref(doc_id, recs[0][1], table_no),))
        return Problem("missing", f"文件中没有找到“{c.name}”。")

    def _summed_facts(self, doc_id: str, patterns: list[str], section: tuple[str, ...]) -> Figure | None:
        if not section:
            return None
        rows = [r for r in self.q("SELECT label, value, unit, line, section, raw FROM facts WHERE doc_id = ? AND "
                                  "is_change = 0 AND kind = 'amount' ORDER BY fact_no", (doc_id,))
                if any(norm(x) in norm(r[4] or "") for x in section) and any(re.search(p, r[0] or "") for p in patterns)]
        if len(rows) < 2 or len({r[2] for r in rows}) != 1 or len({r[0] for r in rows}) != len(rows) or \
                len({r[4] for r in rows}) != 1:
            return None
        total = round(sum(r[1] for r in rows), 6)
        return Figure(rows[0][0], total, rows[0][2], tuple(dict.fromkeys(Ref(doc_id, r[3]) for r in rows)),
                      computed=True, parts=tuple(r[1] for r in rows), fact={"printed": _printed_sum(total, [r[5] for r in rows])})

    # ------------------------------------------------------------------------------------------ narrative

    def fact(self, t: Target, doc_id: str, *, regex: bool = False, sentence_words: tuple[str, ...] = ()) -> Figure | Problem:
        """A figure the narrative states, by its label (and kind, year, change).

        Matches rank: the label itself, then the sentence's subject, then a label containing the words.
        Figures of the document's own year come first; another year's figure answers only when it is
        the only one (截至2022年底的固定资产净值). Two different figures of the same rank: ambiguous.
        """
        rows = self.q("SELECT fact_no, label, subject, value, unit, line, kind, year, is_change, direction, "
                      "compare_year, sentence, clause, noun, section, raw, para_no FROM facts WHERE doc_id = ? "
                      "ORDER BY fact_no", (doc_id,))
        raw_paragraphs = dict(self.q("SELECT para_no, text FROM paragraphs WHERE doc_id = ?", (doc_id,))) \
            if t.about or t.context else {}
        paragraphs = {n: norm(text) for n, text in raw_paragraphs.items()}
        doc_year = self.doc_year(doc_id)
        # '几个预算单位…': a count of the things the question names, never a count of other things its sentence states
        counted = re.search(r"(?:几|多少)(?:个|家)([\u4e00-\u9fff]{2,4})", t.question or "")
        counted_stem = counted.group(1)[:2] if counted else ""
        if counted_stem and not any(r[6] == "count" and _counts(r[12], counted_stem) for r in rows):
            counted_stem = ""  # (only where the text counts them so: '几个科室' may be asked of 内设机构)
        # (a word said only to say whose figure it is, the context, names no figure: '某苗圃…退休的' asks 退休)
        context = {norm(c) for c in t.context}
        want = [norm(x) for x in t.fact + t.words if x and not (t.fact and norm(x) in context)]
        funds_said = norm(t.question or "") + "".join(want)  # (a fund a figure's label names must be said too)
        hits = []
        for r in rows:
            # ('某局（含所属单位）编制176人': the scope in brackets is said of the whole department, not of the figure)
            label, subject, noun = norm(_SCOPE.sub("", r[1] or "")), norm(r[2]), norm(r[13])
            if regex:
                if any(re.search(w, r[1] or "") for w in t.fact):
                    rank = 0
                elif any(re.search(w, r[2] or "") for w in t.fact):
                    rank = 1
                else:
                    continue
            else:
                if any(w == label for w in want):
                    rank = 0
                elif any(w == noun for w in want if noun) or any(w == subject for w in want) and (
                        len(label) <= 4 or label in subject):
                    rank = 1  # (a figure of a name of its own, said after the subject, is that name's: '…设备0套，…专用设备0台')
                elif any(w and len(w) >= 2 and label.startswith(w) for w in want):
                    rank = 2
                elif any(w and len(w) >= 2 and w in label for w in want):
                    rank = 2.5
                elif t.change and any(w and w in subject for w in want) or t.change and t.fact_kind in (None, "count") and any(
                        len(w) >= 4 and w.endswith("数量") and w[:-2] in label + subject for w in want):
                    rank = 3  # (a count said with its 数量: '公务用车数量比上年少了几辆' of '公务用车财政预算数减少1辆')
                elif t.context and any(w and len(w) >= 2 and subject.startswith(w) for w in want) and \
                        all(norm(c) in label for c in t.context):
                    rank = 2.7  # a part of the named figure that the narrowing words name ('其中在职人数' of 实际人数)
                elif counted and r[6] == "count" and _counts(r[12], counted.group(1)) and \
                        _done_said(r[12], counted.group(1), t.question or ""):
                    rank = 2.8  # '几个预算单位': the clause counts them ('本部门3个预算单位开展了…')
                elif r[6] == "amount" and any(w and len(w) >= 3 and w == norm(section_title(r[14])) for w in want):
                    rank = 2.9  # '2、公务接待费' > '2024年财政预算数25,000.00元': the item its heading names
                else:
                    continue
                if rank in (2, 2.5) and any(f not in funds_said for f in _FUND_OF_A_PART.findall(label)):
                    continue  # ('2024年财政拨款收入' of '政府性基金预算财政拨款收入…比2024年420万元'): one fund's part of it
            if any(w not in norm(r[11]) for w in sentence_words) or any(
                    norm(w) not in norm(r[11]) and not _opens_list(_whole_sentence(raw_paragraphs.get(r[16], ""), r[11] or ""),
                                                                    w) and not (rank == 0 and _opens_with(
                        _whole_sentence(raw_paragraphs.get(r[16], ""), r[11] or ""), w)) for w in t.context):
                # (or a figure whose colon opens a list up to the full stop: '实际人数N人：…；退休M人、…。'; or a
                # figure named by its own label alone in a sentence the context opens: '某局本级编制N人，…；实际人数M人：
                # 其中在职人数K人' asked '某局本级在职人数')
                continue
            if counted_stem and r[6] == "count" and counted_stem not in norm(r[1] or "") and \
                    counted_stem not in norm(r[13] or "") and not _counts(r[12], counted_stem):
                continue
            if t.about and not all(norm(a) in paragraphs.get(r[16], "") for a in t.about):
                continue  # '某科目2023年执行数': the figure of the paragraph about that item
            if t.section and not any(norm(x) in norm(r[14] or "") for x in t.section):
                continue
            if not _counted_in(t, r):
                continue
            if t.fact_kind and r[6] != t.fact_kind and not (t.fact_kind == "count" and r[6] == "headcount") and not (
                    t.fact_kind == "area" and r[4] in AREA_UNITS):  # (an area the text counts in 平方米)
                continue
            if bool(r[8]) != t.change:
                continue
            year = r[7]
            if t.year and year != t.year and not (t.year == doc_year and year and year < doc_year and re.match(
                    r"\s*(截至|截止)", r[11] or "") and r[6] in ("count", "headcount")) and not (
                    t.year != doc_year and r[6] == "score" and re.search(rf"(?<![比较与])对?[^，。；]{{0,6}}{t.year}年", r[11] or "")):
                # ('2025年预算里有几辆车': the holding that budget reports, stated at a date of 2024; '2021年某项目的
                # 绩效评价得分': the score of that year's project, given in a sentence of the year it was evaluated)
                continue
            if t.year and re.search(rf"(截至|截止){t.year}", t.question or "") and not re.search(
                    rf"(截至|截止|到){t.year}", r[11] or ""):
                continue  # '截至2024年8月31日…有几辆车': the holding stated at that date, no other figure of the year
            if dated_otherwise(t.question or "", r[11] or ""):
                continue  # '2025年某项目的绩效评价' where the text evaluates that project of 2023: another year's
            # a stock stated as at a date before the budget year ('截至2022年8月31日，共有车辆3辆') is the holding
            # the budget reports, not another year's figure
            other_year = bool(not t.year and year and doc_year and year != doc_year) and not (
                year < doc_year and re.match(r"\s*(截至|截止|到)", r[11] or "") and r[6] in ("count", "headcount", "amount"))
            if other_year and re.search(rf"(比|较|与){year}年", r[11] or ""):
                continue  # last year's figure, stated for comparison: never this year's answer
            hits.append((rank, other_year, r))
        # (only words said of the part asked, after the whole it is in: '…预留的政府采购额里，留给小微企业的那部分'
        # says 中小企业 of the whole, never of the part)
        asked = t.question or ""
        cut = max((m.end() for m in re.finditer(r"(里面|里头|当中|之中|其中|里|中(?![小心央国华医]))", asked)), default=0)
        said_of = [norm(w) for w in (*sentence_words, *t.context) if len(norm(w)) >= 2]
        said_of = said_of if said_of and all(w in norm(asked[cut:]) for w in said_of) else []
        if said_of and hits:
            # ('留给中小企业的有多少' where one sentence states '面向中小企业预留…N万元，其中，预留给小型和微型企业的…M万元'):
            # the words the question says of the figure are its own clause's, when a clause of that sentence says
            # them: that clause's figure, never its neighbour's
            def says(r: tuple) -> bool:
                return all(w in norm(r[12] or "") or w in norm(r[1] or "") for w in said_of)
            moved = []
            for h in hits:
                # (a figure named by its own label stays: '退休的有几个' of '某苗圃编制A人、在职B人、退休C人')
                other = [x for x in rows if x[11] == h[2][11] and x[0] != h[2][0] and says(x)] \
                    if not says(h[2]) and h[0] >= 2 else []
                moved.append((h[0], h[1], other[0]) if len(other) == 1 else h)
            hits = list(dict.fromkeys(moved))
        if not re.search(r"本级|本部", t.question or "") and any("本级" in norm(h[2][1] or "") for h in hits):
            # a unit's own level answers a question that does not say 本级 only where the text states no figure of
            # the whole department ('某局（含所属单位）编制176人；其中：区某局本级编制58人' asked '某局编制人数')
            owns = {norm(h[2][1] or "").split("本级")[-1] for h in hits if "本级" in norm(h[2][1] or "")}
            whole = [r for r in rows if _SCOPE.match(r[1] or "") and norm(_SCOPE.sub("", r[1])) in owns
                     and bool(r[8]) == t.change and (not t.year or r[7] == t.year)]
            if len({(r[3], r[4]) for r in whole}) == 1:
                hits = [(0, False, whole[0])]
        arranged = re.search(r"安排", t.question or "") is not None and not re.search(
            r"(共有|现有|拥有|实有|有多少|有几|保有|现在|目前|如今|当前|眼下)", t.question or "")
        # a holding ('共有车辆8辆') and a purchase ('安排购置车辆1辆') of the same thing: the question says which
        lead_of = self._lead_of(doc_id, raw_paragraphs or None)
        # (a purchase said before the figure's own sentence in its paragraph: '安排购置…0台(套),0元;…专用设备1台(套)')
        bought = [h for h in hits if re.search(r"(购置|购买|采购|新增|更新)", h[2][12] or h[2][11] or "") or (
            re.search(r"(购置|购买|采购)", lead_of(h[2])) and not re.match(r"\s*(截至|截止)", lead_of(h[2])))]
        held = [h for h in hits if re.search(r"(共有|现有|拥有|实有|保有)", h[2][12] or h[2][11] or "")]
        if bought and held:
            asked = t.question or ""
            # (the word said last decides: '买几辆车的现在一共有几辆车', a follow-up restated after a purchase, asks
            # the holding)
            buy = [m.end() for m in re.finditer(r"(买|购|新增|更新|添置|配备)", asked)]
            hold = [m.end() for m in re.finditer(
                r"(共有|现有|拥有|实有|有多少|有几|保有|现在|目前|如今|当前|眼下|(一共|总共|总计)(有)?(几|多少))", asked)]
            if buy and (not hold or max(buy) > max(hold)):
                hits = [h for h in hits if h not in held]
            elif hold:
                hits = [h for h in hits if h not in bought]
            else:
                return Problem("ambiguous", "文件中既有现有的数量，也有预算安排购置的数量。")
        elif bought and len(bought) < len(hits) and re.search(r"(买|购|新增|添置|配备)", t.question or "") and \
                not re.search(r"(共有|现有|拥有|实有|保有)", t.question or ""):
            hits = bought  # '今年购置几辆车': what the budget buys, not a holding stated at a date ('其中：车辆0台')
        elif arranged:  # '预算安排了几辆车': what the budget arranges, never a holding stated at a date ('截止…车辆6台')
            hits = [h for h in hits if not re.match(r"\s*(截至|截止)", h[2][11] or "")]
        if not hits and t.fact_kind and not regex:
            # the figure of the kind asked stated in the same sentence as the named one ('编报绩效目标的项目共25个，
            # 涉及项目预算资金11381.60万元': the money of those projects)
            named = {r[11] for r in rows if any(w and (w == norm(r[1]) or w == norm(r[2])) for w in want)}
            units = [c for c in t.context if len(norm(c)) >= 2 and any(
                role == "unit_name" and norm(c) in k for _, _, role, k in self.unit_cells(doc_id))]
            same = [r for r in rows if r[11] in named and r[6] == t.fact_kind and bool(r[8]) == t.change and
                    _counted_in(t, r) and (not t.year or r[7] == t.year) and
                    all(norm(c) in norm(r[11]) for c in units) and not (arranged and re.match(r"\s*(截至|截止)", r[11] or ""))]
            # ('几份报告': never a count of other things in 个 its sentence states; '2024年…': never 2025's figure;
            # '某下属单位有几辆车': never the department's, in a sentence that does not name the unit)
            if len({(r[3], r[4]) for r in same}) == 1:
                hits = [(2, False, same[0])]
        if not hits:
            return Problem("missing", "文件的说明文字中没有找到这个数字。")
        words = [norm(w) for w in t.fact if w and not regex]
        if len(words) >= 2:  # '政府采购预算…小型和微型企业': the one figure whose label says every word (its head
            # at least: 政府采购) is the narrower figure asked, not the whole the question names first
            # (its head only for a short word: '单位价值100万元以上的专用设备' is not '…单位价值50万元以上的通用设备')
            narrow = [h for h in hits if all(w in norm(h[2][1]) or (4 <= len(w) <= 8 and w[:4] in norm(h[2][1]))
                                             for w in words)]
            if len({(h[2][3], h[2][4]) for h in narrow}) == 1:
                hits = narrow
            elif len({(h[2][3], h[2][4]) for h in hits}) > 1 and re.search(r"(其中|中|里|部分|占)", t.question or ""):
                # '…的某金额中留给某类的有多少': the part named last, when one figure's label says it
                last = words[-1]
                tail = [h for h in hits if last in norm(h[2][1]) or (len(last) >= 4 and last[:4] in norm(h[2][1]))]
                if len({(h[2][3], h[2][4]) for h in tail}) == 1 and not any(norm(h[2][1]) == words[0] for h in tail):
                    hits = tail
        if t.context:  # the figure whose own label holds the narrowing words ('政府采购工程预算' for 工程)
            own = [h for h in hits if all(w in norm(h[2][1]) for w in t.context)]
            hits = own or hits
        if t.question and len({(h[2][3], h[2][4]) for h in hits}) > 1:
            # a narrower figure whose label is a named one with words the question adds ('政府采购预算…用于工程':
            # 政府采购工程预算), not the named whole
            narrower = [h for h in hits if any(_adds_said(norm(h[2][1]), w, norm(t.question)) for w in want)]
            if len({(h[2][3], h[2][4]) for h in narrower}) == 1:
                hits = narrower
        if any(not h[1] for h in hits):  # ('今年公务用车有几辆': the budget year's figure, never one stated for
            hits = [h for h in hits if not h[1]]  # the year before it, which the tie-breaks below could prefer)
        if len({(h[2][3], h[2][4]) for h in hits}) > 1:
            # the tie-breaks below choose among figures that fit equally well, never over a better fit
            # ('预算单位中事业单位有几家': the label 事业单位 itself, not a sentence sharing more words)
            # (a figure named by its own label, exactly: a sentence that merely shares words ranks lower)
            first = min((h[1], h[0]) for h in hits)
            if first[1] == 0:
                hits = [h for h in hits if (h[1], h[0]) == first]
        if len({(h[2][3], h[2][4]) for h in hits}) > 1 and not t.context and len({h[0] for h in hits}) == 1:
            # a whole and the parts its sentence lists after it ('规划建筑面积约为N平方米，其中地上…、地下…'): the
            # whole when the question says no word of a part, before the tie-breaks below (which prefer short labels)
            heads = [h for h in hits if norm(h[2][1] or "") == norm(h[2][2] or "")]
            if len(heads) == 1 and all(h is heads[0] or norm(h[2][2] or "") == norm(heads[0][2][1] or "")
                                       for h in hits) and not any(
                    w and w in norm(h[2][1] or "") and w not in norm(heads[0][2][1] or "") for h in hits for w in want):
                hits = heads
        if t.question and len({(h[2][3], h[2][4]) for h in hits}) > 1:
            # several figures fit: the one whose label shares most with the question ('共有' 车辆, not 购置车辆)
            def shared(h) -> int:
                label = norm(f"{h[2][1]}")
                return sum(1 for i in range(len(label) - 1) if label[i : i + 2] in t.question)

            top_share = max(shared(h) for h in hits)
            hits = [h for h in hits if shared(h) == top_share]
        if t.question and len({(h[2][3], h[2][4]) for h in hits}) > 1:
            # still several: the one whose label adds the fewest words the question does not say
            # ('在职人数', not '事业在职', for 在职的有多少人)
            def extra(h) -> int:
                label = _GENERIC_LABEL.sub("", norm(h[2][1]))
                return sum(1 for ch in label if ch not in t.question)

            least = min(extra(h) for h in hits)
            hits = [h for h in hits if extra(h) == least]
        if len({(h[2][3], h[2][4]) for h in hits}) > 1 and not t.context and len({h[0] for h in hits}) == 1:
            # a figure and the parts its sentence lists after it ('本级编制N人，其中…事业编制M人'): the whole,
            # when nothing in the question points at a part
            heads = [h for h in hits if norm(h[2][1] or "") == norm(h[2][2] or "")]
            if len(heads) == 1 and all(h is heads[0] or norm(h[2][2] or "") == norm(heads[0][2][1] or "")
                                       for h in hits):
                head = norm(heads[0][2][1] or "")
                # … unless the question names a part too ('在职的实际有多少人': the 在职 part of 实际人数)
                parts = [h for h in hits if h is not heads[0] and any(
                    w and w in norm(h[2][1] or "") and w not in head for w in want)]
                hits = parts if len({(h[2][3], h[2][4]) for h in parts}) == 1 else heads
        hits.sort(key=lambda h: (h[1], h[0]))
        top = hits[0][:2]
        best = [r for rank, oy, r in hits if (rank, oy) == top]
        if top[1] and any(not oy for _, oy, _ in hits):
            best = []
        def says_all(r: tuple) -> bool:
            for said in (norm(f"{r[1]}{r[2]}{r[11]}"), norm(f"{r[1]}{r[2]}{lead_of(r)}")):
                if all(w in said or (len(w) >= 4 and w[:4] in said) for w in words):
                    return True
            return False

        # (a target the question names carries the question; the lookups a plan makes for itself do not)
        if t.question and len(words) >= 2 and all(r[6] == "amount" for r in best) and not all(map(says_all, best)):
            # '买公务车' read as 公务 + 车辆: a figure whose sentence says only one of them ('公务接待费') is a guess
            return Problem("ambiguous", "文件的说明文字中没有同时说到这几个词的数字。",
                           tuple(dict.fromkeys(f"{r[1]}（{r[3]:g}{r[4]}）" for r in best))[:3])
        if t.question and _YEAR_SUMMED.search(t.question) and len(best) >= 2 and \
                len({r[1] for r in best}) == len(best) and all(re.match(r"第[一二三四1-4]季度", r[1] or "") for r in best) \
                and len({(r[4], r[14]) for r in best}) == 1:
            return _summed(best, doc_id)  # '全年用款计划合计': the quarters' plans one section states, summed
        if t.question and _SUMMED.search(t.question) and 2 <= len(best) <= 4 and words and \
                len({norm(r[1] or "") for r in best}) == len(best) and len({(r[4], r[14]) for r in best}) == 1 and \
                all(r[6] == "amount" and not r[8] and all(w in norm(r[1] or "") for w in words)
                    and norm(r[1] or "") not in words for r in best) and \
                not any(abs(2 * r[3] - sum(x[3] for x in best)) < 0.005 for r in best):
            # '其中某项一共安排了多少': the figures one section states whose labels each say the word with one of
            # their own ('区级支持某项', '市级支持某项'), summed; never when one of them is the others' whole
            return _summed(best, doc_id)
        values = {(r[3], r[4]) for r in best}
        if len(values) > 1 or not best:
            return Problem("ambiguous", "文件的说明文字中这一项有不同的数字。",
                           tuple(dict.fromkeys(f"{r[1]}（{r[3]:g}{r[4]}）" for r in best))[:3],
                           tuple(Ref(doc_id, r[5]) for r in best))
        r = best[0]
        label = r[1] or r[2]
        if counted and r[6] == "count" and counted.group(1) not in norm(label) and _counts(r[12], counted.group(1)):
            label = counted.group(1)  # '本部门3个预算单位…': what the number counts
        return Figure(label, r[3], r[4], (Ref(doc_id, r[5]),), kind=r[6],
                      fact={"sentence": r[11], "year": r[7], "is_change": bool(r[8]), "direction": r[9],
                            "compare_year": r[10], "label": r[1], "subject": r[2], "printed": r[15]})

    def _lead_of(self, doc_id: str, paragraphs: dict[int, str] | None):
        """A figure's paragraph up to the end of its own sentence (what was said before it: '2024年部门预算:安排购置
        车辆0台,0元;单位价值100万元以上的专用设备1台(套)'), read from the index once, when first asked."""
        loaded: dict[int, str] = dict(paragraphs or {})

        def lead(r: tuple) -> str:
            if not loaded:
                loaded.update(self.q("SELECT para_no, text FROM paragraphs WHERE doc_id = ?", (doc_id,)))
            text, sentence = loaded.get(r[16], ""), r[11] or ""
            at = text.find(sentence)
            return text[: at + len(sentence)] if at >= 0 else sentence
        return lead

    def says_none(self, doc_id: str, name: str) -> list[Ref]:
        """Narrative lines that say the document has none of a named figure ('本部门无政府性基金预算…')."""
        stem = re.sub(r"(财政拨款)?(支出|收入|拨款|预算)*$", "", name) or name
        rows = self.q("SELECT line_start, text FROM paragraphs WHERE doc_id = ? AND is_heading = 0 AND text LIKE ?",
                      (doc_id, f"%{stem}%"))
        return [Ref(doc_id, line) for line, text in rows
                if re.search(rf"(无|没有|未安排|不涉及)[^。，；]{{0,6}}{re.escape(stem)}", text)][:1]

    def level_in(self, doc_id: str, sentence: str | None, label: str) -> Figure | None:
        """The level of `label` that a sentence states beside its change (the budget year's, not the year compared)."""
        if not sentence:
            return None
        year = self.doc_year(doc_id)
        rows = [r for r in self.q("SELECT label, subject, value, unit, line, year FROM facts WHERE doc_id = ? AND "
                                  "sentence = ? AND is_change = 0 AND kind = 'amount'", (doc_id, sentence))
                if r[0] == label and (r[5] in (None, year))]
        if len({(r[2], r[3]) for r in rows}) != 1:
            return None
        r = rows[0]
        return Figure(r[0], r[2], r[3], (Ref(doc_id, r[4]),), fact={"sentence": sentence, "year": r[5], "label": r[0],
                                                                     "subject": r[1]})

    def stated(self, doc_id: str, value: float, unit: str | None, words: tuple[str, ...]) -> list[Ref]:
        """Narrative lines that state this very figure about these words (to cite beside a computed one)."""
        rows = self.q("SELECT line, value, unit, label, subject, sentence, raw, section FROM facts WHERE doc_id = ?", (doc_id,))
        keys = [norm(w) for w in words if w and len(norm(w)) >= 2]
        out = []
        for line, v, u, label, subject, sentence, raw, section in rows:
            if u != unit and not (u in MONEY and unit in MONEY):
                continue
            vv = v * MONEY[u] / MONEY[unit] if u in MONEY and unit in MONEY else v
            # the text rounds ('652.27万元' for 6,522,681元): half a unit of its last printed digit
            printed = re.search(r"\.(\d+)", raw or "")
            half = 0.5 * 10 ** -(len(printed.group(1)) if printed else 0)
            half = half * MONEY[u] / MONEY[unit] if u in MONEY and unit in MONEY and u != unit else 0.006
            if abs(vv - value) > max(0.006, abs(value) * 1e-6, half + 1e-9):
                continue
            # (or under a heading that names it: '2、公务接待费' > '2023年财政预算数10,000.00元…')
            text = norm(f"{label}{subject}{sentence}{last_heading(section)}")
            if any(k in text or text in k for k in keys) and Ref(doc_id, line) not in out:
                out.append(Ref(doc_id, line))
        return out

    def item_change(self, doc_id: str, words: tuple[str, ...], percent: bool) -> Figure | Problem:
        """A change told in the narrative paragraph of one item ('专项普查活动（项）25.77万元…2023年当年预算执行数为
        A万元…减少X%'): as stated, or computed from the two levels the paragraph states."""
        rows = self.q("SELECT para_no, label, subject, value, unit, line, kind, year, is_change, sentence, section, "
                      "direction, compare_year FROM facts WHERE doc_id = ? ORDER BY fact_no", (doc_id,))
        keys = [norm(w) for w in words if len(norm(w)) >= 2]
        paras = {r[0] for r in rows if any(k in norm(r[1]) or k in norm(r[2]) for k in keys)}
        if len(paras) > 1 and len(keys) > 1:  # '城乡社区管理事务里行政运行': the paragraph that names every word
            text: dict[int, str] = {}
            for r in rows:
                if r[0] in paras:
                    text[r[0]] = text.get(r[0], "") + norm(f"{r[1]}{r[2]}{r[9]}")
            every = {p for p, t in text.items() if all(k in t for k in keys)}
            paras = every if len(every) == 1 else paras
        if len(paras) != 1:  # the item named by the heading of its paragraph ('2、公务接待费' / '2025年财政预算数…')
            headed = {r[0] for r in rows if any(k == norm(section_title(r[10])) for k in keys)}
            paras = headed if len(headed) == 1 else paras
        if len(paras) != 1:
            return Problem("missing" if not paras else "ambiguous", "说明文字中没有找到这一项的变化。")
        para = [r for r in rows if r[0] in paras]
        year = self.doc_year(doc_id)
        stated = {(r[3], r[4]) for r in para if r[8] and r[6] == ("percent" if percent else "amount")}
        if len(stated) == 1:
            r = next(r for r in para if r[8] and (r[3], r[4]) in stated)
            return Figure(r[1], r[3], r[4], (Ref(doc_id, r[5]),), kind=r[6],
                          fact={"sentence": r[9], "is_change": True, "direction": r[11], "compare_year": r[12],
                                "year": r[7] or year})
        cur = {(r[3], r[4]) for r in para if not r[8] and r[6] == "amount" and r[7] == year}
        prior = {(r[3], r[4]) for r in para if not r[8] and r[6] == "amount" and r[7] and year and r[7] < year}
        if len(cur) != 1 or len(prior) != 1:
            return Problem("missing", "说明文字中没有这一项两个年度的数字。")
        (c, cu), (p, pu) = next(iter(cur)), next(iter(prior))
        if cu != pu or (percent and not p):
            return Problem("missing", "两个年度的数字单位不同。")
        refs = tuple(dict.fromkeys(Ref(doc_id, r[5]) for r in para if not r[8] and r[6] == "amount"))
        value = round((c - p) / p * 100, 4) if percent else round(c - p, 6)
        # (the rate the paragraph states beside the two levels, said with the amount computed from them)
        rates = {(r[3], r[11], r[12], r[5]) for r in para if r[8] and r[6] == "percent"}
        rate = next(iter(rates)) if len(rates) == 1 and not percent else None
        return Figure(words[0], value, "%" if percent else cu,
                      refs + ((Ref(doc_id, rate[3]),) if rate and Ref(doc_id, rate[3]) not in refs else ()),
                      kind="percent" if percent else "amount", computed=True, parts=(c, p),
                      fact={"stated_rate": rate[0], "rate_direction": rate[1], "compare_year": rate[2]} if rate else {})

    def fact_rows(self, t: Target, doc_id: str) -> RowSet | Problem:
        """The amounts the narrative lists in a section (a project's 年度预算安排: 支持…870万、…), totals left out."""
        rows = self.q("SELECT label, value, unit, line, section, is_change, year FROM facts WHERE doc_id = ? "
                      "AND kind = 'amount' ORDER BY fact_no", (doc_id,))
        keys = [norm(x) for x in t.section]
        year = self.doc_year(doc_id)
        # (an earlier year's figure the text compares with, '比2023年的309万元增加…', is no amount of this budget)
        picked = [r for r in rows if any(k in norm(r[4] or "") for k in keys) and not r[5]
                  and not (year and r[6] and r[6] != year)
                  and not re.search(r"(总预算|合计|共计|总计|总额)$", r[0] or "")]
        seen, out = set(), []
        for label, value, unit, line, _section, _ch, _y in picked:
            if (label, value) in seen:
                continue
            seen.add((label, value))
            out.append(Row(label, value * MONEY.get(unit, 1.0) / MONEY["万元"] if unit in MONEY else value,
                           Ref(doc_id, line)))
        if not out:
            return Problem("missing", "这一部分的说明中没有列出金额。")
        return RowSet("、".join(t.section), "万元", tuple(out))

    def stated_parts(self, t: Target, doc_id: str) -> RowSet | Problem:
        """The parts one sentence of the text lists of a figure it states ('政府采购预算X万元，其中：货物A万元、
        工程B万元、服务C万元'): the amounts after it whose subject is that figure, when they add up to it."""
        whole = self.figure(t, doc_id)
        if isinstance(whole, Problem):
            return whole
        sentence, label = (whole.fact or {}).get("sentence"), (whole.fact or {}).get("label")
        if not sentence or not label or whole.value is None or whole.unit not in MONEY or "其中" not in sentence:
            return Problem("missing", "说明文字中没有列出它由哪几部分组成。")
        rows = self.q("SELECT fact_no, label, subject, value, unit, line FROM facts WHERE doc_id = ? AND sentence = ? "
                      "AND kind = 'amount' AND is_change = 0 ORDER BY fact_no", (doc_id, sentence))
        at = next((r[0] for r in rows if r[1] == label and r[3] == whole.value), None)
        parts = [r for r in rows if at is not None and r[0] > at and r[2] == label and r[1] != label and r[4] in MONEY]
        total = sum(r[3] * MONEY[r[4]] for r in parts)
        if len(parts) < 2 or abs(total - whole.value * MONEY[whole.unit]) > 0.005 * MONEY["万元"]:
            return Problem("missing", "说明文字没有完整列出它的各组成部分。")
        out = tuple(Row(r[1], r[3] * MONEY[r[4]] / MONEY["万元"], Ref(doc_id, r[5])) for r in parts)
        return RowSet(label, "万元", out)

    def changed_items(self, doc_id: str, direction: str | None, within: tuple[str, ...] = (),
                      measure: str = "rate") -> RowSet | Problem:
        """The 科目 the text explains one paragraph each ('“…（类）…（款）…（项）”…万元…比上年预算执行数减少
        X%'), each with the rate of change its paragraph states: the rate in the direction asked (a rise, or a
        fall), a row moving the other way counted as its negative. `measure` "amount": the change in money, from
        the two levels each paragraph states (the year before's and this year's), for every item that has a rate."""
        if measure == "amount":
            rates = self.changed_items(doc_id, direction, within)
            if isinstance(rates, Problem):
                return rates
            levels = self._explained_levels(doc_id)
            out = []
            for row in rates.rows:
                befores, nows, line = levels.get(row.label, ((), (), 0))
                # (two levels of one year in its paragraph: the pair that gives the rate it states)
                pairs = {(b, n) for b in befores for n in nows if b and row.value is not None and
                         abs(((b - n) if direction == "down" else (n - b)) / b * 100 - row.value) <= 0.01}
                if len(befores) == 1 and len(nows) == 1:
                    pairs = {(next(iter(befores)), next(iter(nows)))}
                if len(pairs) != 1:
                    return Problem("missing", "说明文字没有逐项给出上年和本年的金额，无法按增减金额比较。")
                before, now = pairs.pop()
                out.append(Row(row.label, round(before - now if direction == "down" else now - before, 6),
                               Ref(doc_id, line)))
            label = {"down": "减少的科目（减少金额）"}.get(direction or "", "增加的科目（增加金额）")
            return RowSet("比上年" + label, "万元", tuple(out))
        rows = self.q("SELECT f.line, f.value, f.direction, p.text FROM facts f JOIN paragraphs p ON p.doc_id = f.doc_id "
                      "AND p.para_no = f.para_no WHERE f.doc_id = ? AND f.is_change = 1 AND f.unit = '%' "
                      "AND p.is_heading = 0 ORDER BY f.fact_no", (doc_id,))
        found: dict[tuple[str, ...], list[tuple[int, float]]] = {}
        for line, value, moved, text in rows:
            item = _explained_item(text)
            if not item or not moved:
                continue
            down = str(moved).startswith(_DOWN)
            sign = 1.0 if (direction == "down") == down else -1.0
            found.setdefault(item, []).append((line, sign * value))
        # an item whose paragraph says it stays level ('比2023年预算执行数持平') and states no rate: a change of 0
        for line, text in self.q("SELECT line_start, text FROM paragraphs WHERE doc_id = ? AND is_heading = 0 AND "
                                 "text LIKE '%持平%' ORDER BY para_no", (doc_id,)):
            item = _explained_item(text)
            if item and item not in found and re.search(r"比\d{4}年[^，。；]{0,8}持平", text):
                found[item] = [(line, 0.0)]
        if direction == "flat":
            found = {k: v for k, v in found.items() if len(v) == 1 and v[0][1] == 0}
        if within:  # ('城乡社区支出下面…': the items explained inside the class or 款 named)
            found = {k: v for k, v in found.items() if all(norm(w) in {norm(x) for x in k[:-1]} for w in within)}
            if not found:
                return Problem("missing", "说明文字中没有逐项说明所问那一类下面各科目的增减幅度。")
        if any(len(hits) != 1 for hits in found.values()):
            return Problem("missing", "说明文字中同一科目有不止一个增减幅度，无法逐项比较。")
        out = _explained_rows(found, doc_id)
        if not out:
            return Problem("missing", "说明文字没有逐项说明各科目比上年的增减幅度。")
        label = {"down": "减少的科目（降幅）", "flat": "持平的科目"}.get(direction or "", "增加的科目（增幅）")
        return RowSet("比上年" + label, "%", tuple(out))

    def _explained_levels(self, doc_id: str) -> dict[str, tuple[frozenset, frozenset, int]]:
        """Each explained item's levels in 万元, as its own paragraph states them: the year before's (its 执行数,
        else its budget) and this year's (each a set: a paragraph may state two); keyed by the item's name as
        `_explained_rows` gives it."""
        year = self.doc_year(doc_id)
        rows = self.q("SELECT f.line, f.value, f.unit, f.year, f.label, p.text, f.para_no FROM facts f JOIN paragraphs p "
                      "ON p.doc_id = f.doc_id AND p.para_no = f.para_no WHERE f.doc_id = ? AND f.is_change = 0 AND "
                      "p.is_heading = 0 ORDER BY f.fact_no", (doc_id,))
        by_item: dict[tuple[str, ...], dict[str, set]] = {}
        lines: dict[tuple[str, ...], int] = {}
        for line, value, unit, y, _label, text, _para in rows:
            item = _explained_item(text)
            if not item or unit not in MONEY or not year or y not in (year, year - 1):
                continue
            got = by_item.setdefault(item, {"before": set(), "now": set()})
            got["now" if y == year else "before"].add(round(convert_money(value, unit, "万元"), 6))
            lines.setdefault(item, line)
        found = {k: [(lines[k], 0.0)] for k in by_item}
        named = {row.label: path for row, path in zip(_explained_rows(found, doc_id), found, strict=True)}
        return {name: (frozenset(by_item[path]["before"]), frozenset(by_item[path]["now"]), lines[path])
                for name, path in named.items()}

    def changed_between(self, doc_id: str, before_id: str, direction: str,
                        within: tuple[str, ...] = (), level: int = 3) -> RowSet | Problem:
        """The 项 of a department's expenditure table, each with its rate of change from the same 项 (by code) of
        the same table in an earlier budget of that department: a rise, or a fall, as `direction` asks (a row moving
        the other way counted as its negative). A 项 either budget lacks, or that was 0 before, has no rate."""
        sets = [self.rows(Target(table_kind="expenditure"), d, level=level, group="func", set_of="func_name")
                for d in (doc_id, before_id)]
        if any(isinstance(x, Problem) for x in sets) or sets[0].unit != sets[1].unit:
            return Problem("missing", "两年的预算中没有找到可以逐项比较的支出总表。")
        now, then = sets
        # (a class or 款 named as where the 项 are: '城乡社区支出下面哪些项级科目', by the codes under its own)
        heads = [self.rows(Target(table_kind="expenditure"), doc_id, level=k, group="func", set_of="func_name")
                 for k in (1, 2) if k < level] if within else []
        under = tuple(x.code for rs in heads if not isinstance(rs, Problem) for x in rs.rows
                      if x.code and any(norm(w) == norm(x.label) for w in within))
        earlier = {x.code: x for x in then.rows if x.code and x.value is not None}
        if len({x.code for x in then.rows if x.code}) != len([x for x in then.rows if x.code]):
            return Problem("missing", "上一年的支出总表中同一科目编码出现了不止一次，无法逐项比较。")
        out = []
        for x in now.rows:
            old = earlier.get(x.code or "")
            if x.value is None or old is None or not old.value or (within and not (
                    x.code and under and x.code.startswith(under) or any(norm(w) in norm(x.label) for w in within))):
                continue
            rate = (x.value - old.value) / old.value * 100
            sign = -1.0 if direction == "down" else 1.0
            out.append(Row(x.label, round(sign * rate, 4), x.ref, x.code, parts=(*x.refs(), *old.refs())))
        if len(out) < 2:
            return Problem("missing", "两年的支出总表中没有足够的相同科目可以比较。")
        word = "减少" if direction == "down" else "增加"
        kind = {1: "类", 2: "款"}.get(level, "项")
        return RowSet(f"比上一年预算{word}的{kind}级科目（两年支出总表逐项计算的{'降' if direction == 'down' else '增'}幅）",
                      "%", tuple(out))

    def explained_items(self, doc_id: str) -> RowSet | Problem:
        """The 科目 the text explains one paragraph each ('5. “…（类）…（款）科技条件专项（项）”1,720.00万元，主要用于…'),
        each with the amount its paragraph states right after the name; a name explained twice is unreadable."""
        found: dict[tuple[str, ...], list[tuple[int, float]]] = {}
        for line, text in self.q("SELECT line_start, text FROM paragraphs WHERE doc_id = ? AND is_heading = 0 "
                                 "ORDER BY para_no", (doc_id,)):
            amount = re.match(r"\s*\d+\s*[.、．]\s*“[^”]{2,80}”\s*(?:科目)?\s*([\d,]+(?:\.\d+)?)\s*万元", text or "")
            if amount and (path := _explained_item(text)):
                found.setdefault(path, []).append((line, float(amount.group(1).replace(",", ""))))
        if not found:
            return Problem("missing", "说明文字没有逐项列出各科目的金额。")
        if any(len(hits) != 1 for hits in found.values()):
            return Problem("missing", "说明文字中同一科目列了不止一次，无法逐项比较。")
        return RowSet("说明文字逐项列出的科目", "万元", tuple(_explained_rows(found, doc_id)))

    def narrative_items(self, doc_id: str, named: tuple[str, ...] = ()) -> RowSet | Problem:
        """The items the text describes one section each (a Shanghai budget's '某专项经费情况说明'), with the
        total its own section states (concepts.json 项目总预算); a section that states two totals is unreadable."""
        c = concept("项目总预算")
        # (the regexes of a project's total, not the bare '合计' the concept also accepts)
        patterns = [p for step in (c.locate if c else ()) for p in step.get("fact", ()) if "预算" in p]
        rows = self.q("SELECT label, value, unit, line, section FROM facts WHERE doc_id = ? AND kind = 'amount' "
                      "AND is_change = 0 ORDER BY fact_no", (doc_id,))
        found: dict[str, list[tuple]] = {}
        for label, value, unit, line, section in rows:
            root = (section or "").split(" > ")[0].strip()
            if root and " > " in (section or "") and any(re.search(p, label or "") for p in patterns):
                found.setdefault(root, []).append((value, unit, line))
        out = []
        for root, hits in found.items():
            name = re.sub(r"(情况)?说明$", "", root) or root  # (the name as the heading gives it: '某服务经费')
            values = {round(v * MONEY.get(u, 1.0) / MONEY["万元"], 6) if u in MONEY else v for v, u, _l in hits}
            if len(values) != 1:
                out.append(Row(name, None, Ref(doc_id, hits[0][2]), status="unreadable"))
                continue
            out.append(Row(name, values.pop(), Ref(doc_id, hits[0][2])))
        if named:  # the items the question names ('甲、乙…这几个专项'): each of them, once
            def said(n: str, x: Row) -> bool:  # ('甲' of 甲专项; the section 甲专项经费 read for it)
                return norm(n) in norm(x.label) or len(norm(x.label)) >= 4 and norm(x.label) in norm(n)
            keep = [x for x in out if any(said(n, x) for n in named)]
            if len(keep) != len(named) or any(sum(said(n, x) for x in out) != 1 for n in named):
                return Problem("missing", "问题列出的专项与说明文字分项介绍的对不上。")
            out = keep
        if len(out) < 2:
            return Problem("missing", "文件的说明文字没有分项目介绍预算（如“某专项经费情况说明”）。")
        return RowSet("说明中介绍的各专项", "万元", tuple(out))

    def doc_year(self, doc_id: str) -> int | None:
        r = self.conn.execute("SELECT year FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return r[0] if r else None

    # ------------------------------------------------------------------------------------------ attributes

    def indicator_rows(self, t: Target, doc_id: str, best: str | None = None) -> RowSet | Problem:
        """The projects whose performance indicators of a kind ('满意度', a 二级指标 such as 满意度指标) state a
        percentage: one row per project, its value the percentage (for '满意度定到99%的项目') of its first such
        indicator, or of its highest or lowest (`best` 'max' or 'min', for '满意度定得最高的项目')."""
        words = [norm(f.value) for f in t.filters]
        rows: list[Row] = []
        for table_no, *_ in self.tables(doc_id, "performance"):
            recs = self.q(
                "SELECT r.rec_no, r.line, r.parent, p.name FROM records r JOIN records p ON p.doc_id = r.doc_id "
                "AND p.table_no = r.table_no AND p.rec_no = r.parent AND p.name_role = 'project_name' "
                "WHERE r.doc_id = ? AND r.table_no = ? AND r.name_role = 'indicator' ORDER BY r.rec_no",
                (doc_id, table_no))
            for rec_no, line, _parent, project in recs:
                cells = {role: (text, value) for role, text, value in self.q(
                    "SELECT role, text, value FROM cells WHERE doc_id = ? AND table_no = ? AND rec_no = ?",
                    (doc_id, table_no, rec_no))}
                said = norm("".join(cells.get(r, ("", None))[0] or "" for r in ("ind_l1", "ind_l2", "indicator")))
                if not all(w in said for w in words):
                    continue
                value, unit = cells.get("ind_value", ("", None))[1], cells.get("ind_unit", ("", None))[0]
                if value is None or (unit or "").strip() not in ("%", "％"):
                    continue
                row = Row(project or "", float(value), Ref(doc_id, line, table_no))
                at = next((i for i, x in enumerate(rows) if x.label == row.label), None)
                if at is None:  # (a project once, by its first such indicator, or by its best)
                    rows.append(row)
                elif best and ((row.value > rows[at].value) if best == "max" else (row.value < rows[at].value)):
                    rows[at] = row
        if not rows:
            return Problem("missing", "绩效目标表中没有这类以百分比表示的指标。")
        return RowSet("项目", "%", tuple(rows))

    def attribute(self, t: Target, doc_id: str) -> Figure | Problem:
        """A non-amount column of the named row (owner, phone, period, goal) or a value of its indicators."""
        prefer = _prefer(t)
        for table_no, _kind, _unit, _line, _e in self._candidate_tables(replace(t, table_kind=None), doc_id, prefer):
            if not self._has_role(doc_id, table_no, t.attribute or ""):
                continue
            recs = self.records(doc_id, table_no, t.within)
            if not recs:
                continue
            if t.attribute == "ind_value":
                recs = self._indicators(doc_id, table_no, {r[0] for r in recs}, t)
            if not recs:
                continue
            texts, refs = [], []
            for r in recs:
                if t.attribute != "ind_value" and t.context and not self._says(doc_id, table_no, r[0], t):
                    continue
                cells = {role: (text, value) for role, text, value in self.q(
                    "SELECT role, text, value FROM cells WHERE doc_id = ? AND table_no = ? AND rec_no = ?",
                    (doc_id, table_no, r[0]))}
                text, value = cells.get(t.attribute or "", ("", None))
                if not text:
                    continue
                if t.attribute == "ind_value":
                    op = cells.get("ind_op", ("",))[0]
                    unit = cells.get("ind_unit", ("",))[0]
                    name = cells.get("indicator", (r[3] or "",))[0]
                    texts.append((name, f"{op}{text}{unit}", value, unit))
                else:
                    # a goal is said with the row's own money ('某经费（X 万元）的绩效目标'), which the row prints
                    money = next((v for role, (_x, v) in cells.items() if v is not None and role in kinds.amount_roles()),
                                 None) if t.attribute == "goal" and _unit in ("元", "万元", "亿元") else None
                    texts.append((r[3] or "", text, value, money_text(money, _unit) if money is not None else None))
                refs.append(Ref(doc_id, r[1], table_no))
            if not texts:
                continue
            if len(texts) > 1 and t.attribute == "ind_value" and t.unit:
                # '搞几次某活动': of the indicators named, the one counted in the measure word asked
                counted = [i for i, x in enumerate(texts) if x[3] == t.unit or x[1].endswith(t.unit)]
                if len(counted) == 1:
                    texts, refs = [texts[counted[0]]], [refs[counted[0]]]
            label = t.label()
            if len(texts) == 1:
                name, text, value, unit = texts[0]
                if t.attribute != "ind_value":
                    row = t.within[0].value if t.within else ""
                    said = label.replace(row, f"{row}（{unit}）", 1) if unit and row and row in label else label
                    return Figure(said, None, None, tuple(refs), kind="text", text=text)
                unit = "%" if unit in ("%", "％") else unit
                if t.fact_kind == "period":  # a time indicator: its name says when ('4月前完成并支付尾款')
                    said = f"{name}（{text}）" if name else text
                    if value is not None and unit in ("月", "个月", "年", "天", "日", "周"):  # '工程完工时间 ≤10 月'
                        return Figure(label, value, unit, tuple(refs), kind="period", text=said)
                    return Figure(label, None, None, tuple(refs), kind="text", text=said)
                kind = "percent" if unit == "%" else ("headcount" if unit in ("人", "名") else
                                                     ("text" if value is None else "count"))
                return Figure(f"{label}“{name}”" if name else label, value, unit or None, tuple(refs), kind=kind,
                              text=text)
            joined = "；".join(dict.fromkeys(  # the same person on two rows is said once
                f"{n}：{x}" if n and t.attribute == "ind_value" else x for n, x, _, _ in texts))
            return Figure(label, None, None, tuple(refs), kind="text", text=joined)
        return Problem("missing", "表中没有找到这一项。")

    def _says(self, doc_id: str, table_no: int, rec_no: int, t: Target) -> bool:
        """Does the row's asked column mention every word of `t.context`?"""
        row = self.q("SELECT text FROM cells WHERE doc_id = ? AND table_no = ? AND rec_no = ? AND role = ?",
                     (doc_id, table_no, rec_no, t.attribute))
        text = norm(row[0][0]) if row else ""
        return all(norm(w) in text for w in t.context)

    def _indicators(self, doc_id: str, table_no: int, parents: set[int], t: Target) -> list[tuple]:
        """The indicator rows of the named projects, narrowed by the filters, the kind asked and the question's words."""
        if not parents:
            return []
        kids = self.q("SELECT rec_no, line, label, name, scheme, code, level, parent, is_total, side FROM records "
                      f"WHERE doc_id = ? AND table_no = ? AND parent IN ({','.join('?' * len(parents))})",  # noqa: S608
                      (doc_id, table_no, *sorted(parents)))
        for f in t.filters:
            if f.role == "ind_unit":
                units = {"%": ("%", "％")}.get(f.value, (f.value,))
                keep = {r[0] for r in self.q(
                    f"SELECT rec_no FROM cells WHERE doc_id = ? AND table_no = ? AND role = 'ind_unit' AND text IN "
                    f"({','.join('?' * len(units))})", (doc_id, table_no, *units))}  # noqa: S608
            else:
                keep = self._match(doc_id, table_no, f) | {r[0] for r in self.q(
                    "SELECT rec_no FROM cells WHERE doc_id = ? AND table_no = ? AND role = ? AND text LIKE ?",
                    (doc_id, table_no, f.role, f"%{f.value}%"))}
            kids = [k for k in kids if k[0] in keep]
        if t.fact_kind in ("headcount", "count", "percent", "area"):
            wanted = {"headcount": ("人", "名", "人次"), "percent": ("%", "％"), "area": AREA_UNITS}.get(t.fact_kind)
            units = dict(self.q("SELECT rec_no, text FROM cells WHERE doc_id = ? AND table_no = ? AND role = 'ind_unit'",
                                (doc_id, table_no)))
            if wanted:
                kids = [k for k in kids if units.get(k[0]) in wanted]
            else:
                kids = [k for k in kids if units.get(k[0]) and units.get(k[0]) not in ("%", "％", "万元", "元")]
        if t.context:
            names = {rec: norm(text) for rec, text in self.q(
                "SELECT rec_no, group_concat(text, '|') FROM cells WHERE doc_id = ? AND table_no = ? AND role IN "
                "('indicator', 'ind_l1', 'ind_l2') GROUP BY rec_no", (doc_id, table_no))}
            kids = [k for k in kids if all(w in names.get(k[0], "") for w in t.context)]
        return kids

    # ------------------------------------------------------------------------------------------ sets

    def rows(self, t: Target, doc_id: str, *, level: int | None = None, group: str | None = None,
             set_of: str | None = None, split: bool = False) -> RowSet | Problem:
        """The rows a set operation ranges over: the table's data rows under the filters, with their values.

        With `split`, a class of a classification named by the filters is given by its parts: the first
        level below it at which it divides (a 类 by its 款; by its 项 when it has one 款), whatever the
        table prints (its 项 rows, or rows of the other classification carrying the codes)."""
        prefer = _prefer(t, sets=True)
        tables = self._candidate_tables(t, doc_id, prefer)
        own = kinds.own_table(t.measure)
        if set_of and own and t.table_kind and own != t.table_kind:
            tables += self.tables(doc_id, own)  # '基本支出按经济分类': the basic-expenditure table's rows as well
        made_of = kinds.role(t.measure or "")
        if set_of and made_of and made_of.items == set_of:  # '行政运行的公用经费里哪几项': any table listing its items
            tables += [x for x in self.tables(doc_id) if x not in tables and self._has_role(doc_id, x[0], t.measure)]
        for table_no, kind, unit, _line, _empty in tables:
            if t.measure and not self._has_role(doc_id, table_no, t.measure):
                info = kinds.role(t.measure)
                if kinds.own_table(t.measure) != kind and not (info and info.names_own_amount(kind)):
                    continue
                t = replace(t, measure=None)
            if "*" in t.nonzero:  # ('有预算数的': a figure in the table's first amount column)
                first = self._first_amount(doc_id, table_no, t.measure)
                if first is None:
                    continue
                t = replace(t, nonzero=tuple(first if role == "*" else role for role in t.nonzero))
            present = {role for role in t.nonzero + t.zero if self._has_role(doc_id, table_no, role)}
            if any(role not in present for role in t.zero) or any(
                    role not in present and kinds.own_table(role) != kind for role in t.nonzero):
                continue
            # a column the table lacks because all of it is of that kind (项目支出 of the projects table): every row has it
            cond = replace(t, nonzero=tuple(role for role in t.nonzero if role in present))
            filters, within = list(t.filters), list(t.within)
            for f in list(filters):  # a subject that has rows under it ('商品和服务支出里…'): the rows under it
                if f.role.endswith("_name") and self._inside(doc_id, table_no, (f,)):
                    filters.remove(f)
                    within.append(f)
            recs = self.records(doc_id, table_no, tuple(filters), side=t.side)
            if within:
                inside = self._inside(doc_id, table_no, tuple(within))
                if not inside:
                    continue
                recs = [r for r in recs if r[0] in inside]
            if kind in ("performance",) and set_of != "indicator":  # ('有哪些时效指标': the indicators themselves)
                detail = set(kinds.kind_info(kind).detail_roles)
                if any(f.role in detail for f in filters):  # '哪些项目设了效益指标': projects with such indicators
                    parents = {r[7] for r in recs if r[7] is not None}
                    recs = [r for r in self.records(doc_id, table_no, tuple(f for f in filters if f.role not in detail),
                                                    side=t.side) if r[0] in parents]
                recs = [r for r in recs if r[7] is None]  # projects, not their indicators
            regroup: tuple[str, int] | None = None
            if set_of and set_of not in ("func_name", "econ_name"):
                named = {r[0] for r in self.q("SELECT rec_no FROM records WHERE doc_id = ? AND table_no = ? AND "
                                             "name_role = ?", (doc_id, table_no, set_of))}
                recs = [r for r in recs if r[0] in named]  # the rows of the kind asked ('单位' rows, not subjects)
                if set_of == "unit_name":  # a row whose unit code opens other rows' codes is their department's sum
                    codes = dict(self.q("SELECT rec_no, text FROM cells WHERE doc_id = ? AND table_no = ? AND "
                                        "role = 'unit_code' AND status = 'text'", (doc_id, table_no)))
                    kept = {codes[r[0]].strip() for r in recs if codes.get(r[0])}
                    recs = [r for r in recs if not (c := (codes.get(r[0]) or "").strip()) or not any(
                        k != c and k.startswith(c) for k in kept)]
                if not recs:
                    continue
            elif (set_of in ("func_name", "econ_name") and not (split and any(
                    f.role in ("func_name", "econ_name") for f in t.filters + t.within)) or set_of is None and not any(
                    f.role in ("func_name", "econ_name") for f in t.filters + t.within)) and not group and recs and all(
                    role in ("econ_name", "gov_econ_name") for role in self._name_roles(doc_id, table_no, recs)):
                # a table that prints only 经济分类 rows, each under its 功能 code ('2080101-行政运行 / 30102-津贴补贴'):
                # a 科目 of either classification is the sum of its rows ('按功能科目看，排前三的': never a 津贴补贴
                # row of one 功能 科目; '按经济分类哪项最多': 津贴补贴 of every 功能 科目 together)
                scheme = (set_of or "econ_name").removesuffix("_name")  # (a column's parts: its 经济分类 items)
                codes = [self.code_of(doc_id, table_no, r[0], scheme) for r in _leaves(recs)]
                if all(codes) and (scheme == "func" or len(set(codes)) < len(codes)):
                    regroup = (scheme, level or (3 if scheme == "func" else 2))
            elif set_of in _OTHER_SCHEME:  # '按经济分类' (said, never a default): 功能 subjects are not the rows asked
                classed = {r[0] for r in self.q("SELECT rec_no FROM records WHERE doc_id = ? AND table_no = ? AND "
                                               "name_role = ?", (doc_id, table_no, set_of))}
                classed |= {r[0] for r in self.q("SELECT DISTINCT rec_no FROM cells WHERE doc_id = ? AND table_no = ? "
                                                "AND role = ?", (doc_id, table_no, set_of))}
                recs = [r for r in recs if r[0] in classed]  # rows of that classification, not a summary's items
                other = {r[0] for r in self.q("SELECT rec_no FROM records WHERE doc_id = ? AND table_no = ? AND "
                                             "name_role = ?", (doc_id, table_no, _OTHER_SCHEME[set_of]))}
                other -= {r[0] for r in self.q("SELECT DISTINCT rec_no FROM cells WHERE doc_id = ? AND table_no = ? "
                                              "AND role = ?", (doc_id, table_no, set_of))}
                recs = [r for r in recs if r[0] not in other]
                if not recs:
                    continue
            if t.exclude:  # the rows the question leaves out, each of which must be there to be left out
                gone = [self._match(doc_id, table_no, f) for f in t.exclude]
                if not all(gone):
                    continue
                out_of = self._with_descendants(doc_id, table_no, set().union(*gone))
                recs = [r for r in recs if r[0] not in out_of]
            if regroup:
                return self._grouped(doc_id, table_no, _leaves(recs), cond, unit, *regroup)
            at_level = [r for r in recs if level is not None and r[6] == level and r[4]]
            parts = self._split(doc_id, table_no, _leaves(recs), t.filters + t.within, set_of) \
                if split and not at_level else None
            if at_level:
                recs = at_level  # the table prints the rows of that level (类 rows above their 款 and 项)
            elif parts:
                scheme, lvl = parts
                return self._grouped(doc_id, table_no, _leaves(recs), cond, unit, scheme, lvl, deeper=True)
            elif group:
                return self._grouped(doc_id, table_no, _leaves(recs), cond, unit, group, level)
            else:
                recs = _leaves(recs)
            recs = [r for r in recs if self._meets(doc_id, table_no, (r[0],), cond)]
            if not recs:
                continue
            out = []
            every = self.records(doc_id, table_no, ())
            names = Counter(_display(r) for r in every)
            parents = {r[0]: _display(r) for r in every}
            found = self.amounts(doc_id, table_no, [r[0] for r in recs], t.measure)
            for r in recs:
                v, status, _ = found[r[0]]
                label = _display(r)
                if names[label] > 1 and parents.get(r[7]) not in (None, "", label):  # '一般行政管理事务' of several 款: say which
                    label = f"{label}（{parents[r[7]]}）"
                out.append(Row(label, v, Ref(doc_id, r[1], table_no), r[5], status))
            tot = self.records(doc_id, table_no, (), side=t.side, totals=True)
            total = next((Ref(doc_id, r[1], table_no) for r in tot if r[8]), None)
            label = t.label() if kind == (t.table_kind or kind) else ""
            return RowSet(label or kinds.kind_info(kind).label, unit, tuple(out),
                          total if not t.filters else None, table_no)
        return Problem("missing", "文件的表格中没有找到符合条件的行。")

    def _split(self, doc_id: str, table_no: int, leaves: list[tuple], named: tuple[Filter, ...],
               set_of: str | None = None) -> tuple[str, int] | None:
        """(scheme, level) at which the one class the filters name divides among these rows, or None (also when
        the rows asked are of the other classification: '某类按经济分类分哪几块')."""
        classes = [f for f in named if f.role in ("func_name", "econ_name")]
        if len(classes) != 1 or not leaves or (set_of and classes[0].role != set_of):
            return None
        f = classes[0]
        scheme = f.role[:-5]
        code = f.code or next((c for r in self.records(doc_id, table_no, (replace(f, code=None),))
                               if (c := self.code_of(doc_id, table_no, r[0], scheme))), None)
        if not code or len(code) not in _WIDTHS.values():
            return None
        codes = [self.code_of(doc_id, table_no, r[0], scheme) or "" for r in leaves]
        if not all(c.startswith(code) and len(c) > len(code) for c in codes):
            return None  # rows not all coded below the class: read as they are
        for lvl in range(_LEVEL_OF[len(code)] + 1, 4):
            if len({c[: _WIDTHS[lvl]] for c in codes}) > 1:
                return scheme, lvl
        return None

    def _meets(self, doc_id: str, table_no: int, rec_nos: tuple[int, ...], t: Target) -> bool:
        """Do these rows (together) have every amount column of t.nonzero and none of t.zero?"""
        def total(role: str) -> float:
            return sum(self.amount(doc_id, table_no, n, role)[0] or 0.0 for n in rec_nos)

        return all(abs(total(role)) > 1e-9 for role in t.nonzero) and all(abs(total(role)) <= 1e-9 for role in t.zero)

    def _grouped(self, doc_id: str, table_no: int, recs: list[tuple], t: Target, unit: str | None, scheme: str,
                 level: int | None, *, deeper: bool = False) -> RowSet | Problem:
        """Rows summed by classification (类 when level is 1): for tables that list only the finest codes. With
        `deeper`, each row also holds its own parts at the next level ('卫生健康支出花在哪几块': each 款 and its 项)."""
        width = _WIDTHS.get(level or 1, 3)
        names = dict(self.q("SELECT code, name FROM subjects WHERE doc_id = ? AND scheme = ?", (doc_id, scheme)))
        acc: dict[str, list] = {}
        found = self.amounts(doc_id, table_no, [r[0] for r in recs], t.measure)
        for r in recs:
            code = self.code_of(doc_id, table_no, r[0], scheme)
            if not code or len(code) < width:
                continue
            v, status, _ = found[r[0]]
            a = acc.setdefault(code[:width], [0.0, [], "number", []])
            a[0] += v or 0.0
            a[3].append(r[0])
            if v or status == "unreadable":  # the rows that make the sum, not the zeros beside them
                a[1].append(Ref(doc_id, r[1], table_no))
            if status == "unreadable":
                a[2] = "unreadable"
        if not acc:
            return Problem("missing", "表中没有按这一分类的数据。")
        rows = tuple(Row(names.get(c) or TOP.get(scheme, {}).get(c) or c, round(a[0], 6), a[1][0], c, a[2],
                         tuple(a[1]))
                     for c, a in acc.items() if a[1] and self._meets(doc_id, table_no, tuple(a[3]), t))
        if deeper and (level or 1) < 3:
            by_no = {r[0]: r for r in recs}
            rows = tuple(replace(row, breakdown=sub.rows) if not isinstance(sub := self._grouped(
                doc_id, table_no, [by_no[n] for n in acc[row.code][3]], t, unit, scheme, (level or 1) + 1), Problem) else row
                for row in rows)
        return RowSet(t.label() or {"func": "按功能分类", "econ": "按经济分类", "gov_econ": "按政府经济分类"}.get(scheme, ""),
                      unit, rows, None, table_no)


def _names_source(t: Target, kind: str) -> bool:
    """Does the question say the source of money a table is all of ('一般公共预算' of its 一般公共预算 table)?"""
    info = kinds.kind_info(kind)
    said = norm("".join(t.words))
    return bool(info and info.is_of) and any(
        norm(w) in said for r in info.is_of for role in [kinds.role(r)] if role for w in (role.label, *role.synonyms))


_WIDTHS = {1: 3, 2: 5, 3: 7}  # a classification code's length at each level (类 款 项)
_LEVEL_OF = {w: lvl for lvl, w in _WIDTHS.items()}
def _summed(facts: list[tuple], doc_id: str) -> Figure:
    """Stated figures (rows of `facts`) summed, each cited."""
    total = round(sum(r[3] for r in facts), 6)
    return Figure(f"{'、'.join(r[1] for r in facts)}合计", total, facts[0][4],
                  tuple(dict.fromkeys(Ref(doc_id, r[5]) for r in facts)), computed=True,
                  parts=tuple(r[3] for r in facts), fact={"printed": _printed_sum(total, [r[15] for r in facts])})


_SUMMED = named_pattern("summed_words")  # (figures a question asks summed)
_YEAR_SUMMED = named_pattern("year_summed_words")  # ('全年…合计': the quarters' plans summed)
_GENERIC_LABEL = re.compile(r"(人数|数量|金额|总额|总数|合计|共计|预算|资金|经费)")


def _descendants(ex: Executor, doc_id: str, table_no: int, roots: set[int]) -> set[int]:
    rows = ex.q("SELECT rec_no, parent FROM records WHERE doc_id = ? AND table_no = ?", (doc_id, table_no))
    kids: dict[int, list[int]] = {}
    for rec, parent in rows:
        if parent:
            kids.setdefault(parent, []).append(rec)
    out, stack = set(), list(roots)
    while stack:
        n = stack.pop()
        for k in kids.get(n, []):
            if k not in out:
                out.add(k)
                stack.append(k)
    return out


def _leaves(recs: list[tuple]) -> list[tuple]:
    """Drop rows whose children are also in the list (a 款 printed above its 项)."""
    ids = {r[0] for r in recs}
    parents = {r[7] for r in recs if r[7] in ids}
    return [r for r in recs if r[0] not in parents]


def _scope(recs: list[tuple]) -> list[tuple] | Problem:
    """Of matched rows, keep the widest: a 款 and a 项 of the same name are one figure (the 款 holds it)."""
    ids = {r[0] for r in recs}
    return [r for r in recs if r[7] not in ids]


def _names_total(filters: tuple[Filter, ...]) -> bool:
    return any(re.fullmatch(r".{0,6}(合计|总计)", f.value) for f in filters)


def _display(r: tuple) -> str:
    return r[3] or r[2] or ""


def _label(t: Target, recs: list[tuple], role: str | None) -> str:
    base = t.label()
    if not t.filters and recs and recs[0][8] and role and (info := kinds.role(role)) is not None and info.label:
        base = f"{info.label}（{recs[0][3] or recs[0][2] or '合计'}）"  # a column's total row: the column, then 合计
    elif not t.filters and recs:
        base = recs[0][3] or base
    elif t.filters and all(f.role.endswith("_code") for f in t.filters) and len({r[3] for r in recs}) == 1 and \
            recs[0][3] and not t.measure:
        base = f"{base} {recs[0][3]}"  # a code alone says which row; its name says what it is ('2169999 其他…支出')
    return base


def _counted_in(t: Target, r: tuple) -> bool:
    """Is a stated count (a facts row) in the measure word the question counts in?"""
    return not (t.unit and r[6] in ("count", "headcount") and r[4] != t.unit and not (
        t.unit in ("个", "项") and r[4] in ("个", "项")) and not (t.unit == "个" and r[6] == "headcount")
        and not ({t.unit, r[4]} <= {"辆", "台"} and "车" in norm(r[1] or ""))
        and not {t.unit, r[4]} <= {"台", "套"}
        and not (t.unit == "个" and r[4] in ("辆", "台") and norm(r[13])[:2] in norm(t.question or r[13])))
    # ('多少个编制' counts the positions the text states in 人; 'how many vehicles' -> 多少个 车辆)


def _done_said(clause: str | None, noun: str, question: str) -> bool:
    """Does the question ask what the clause's counted things did, if it says they did something ('本部门3个预算单位
    开展了绩效目标编制' counts the units that did some work, never how many units there are: '有几个预算单位编报了
    绩效目标' asks it, '下属有几个预算单位' does not)?"""
    bare = norm(re.sub(r"[（(][^）)]*[）)]?", "", clause or ""))  # (what brackets list is who they are, not what they did)
    if re.search(_numbered(noun) + r"(?![的及和、])[\u4e00-\u9fff]{2}", bare) is None:
        return True
    return re.search(rf"(?:几|多少)(?:个|家){re.escape(noun)}(?:都|还|已经|已|是否|有没有)?(?![的及和、吗呢啊])"
                     rf"[\u4e00-\u9fff]{{2}}", norm(question)) is not None


def _counts(clause: str | None, noun: str) -> bool:
    """Does a clause count this noun with a number ('本部门3个预算单位开展了…')?"""
    return bool(re.search(_numbered(noun), norm(clause or "")))


def _numbered(noun: str) -> str:
    """The pattern of a noun counted with a number in a clause ('3个预算单位', '2家企业')."""
    return rf"\d+(?:个|家){re.escape(noun)}"


def _explained_item(text: str | None) -> tuple[str, ...]:
    """The 类/款/项 path a paragraph explains ('5. “科学技术支出（类）…科技条件专项（项）”…'), or ()."""
    head = re.match(r"\s*\d+\s*[.、．]\s*“([^”]{2,80})”", text or "")
    if not head:
        return ()
    # (split at the level marks: a name may hold brackets of its own, '政府办公厅（室）及相关机构事务（款）')
    parts = re.split(r"[（(](?:项|款|类)[)）]", head.group(1))
    return tuple(x.strip() for x in parts[:-1] if 2 <= len(x.strip()) <= 30)


def _explained_rows(found: dict[tuple[str, ...], list[tuple[int, float]]], doc_id: str) -> list[Row]:
    """One row per explained item, named by its 项 (with its 款 when two share the name: '一般行政管理事务（群众团体
    事务）')."""
    names = [path[-1] for path in found]
    return [Row(path[-1] if names.count(path[-1]) == 1 or len(path) < 2 else f"{path[-1]}（{path[-2]}）",
                hits[0][1], Ref(doc_id, hits[0][0])) for path, hits in found.items()]


_SCOPE = re.compile(r"^[（(](?:含|包括|包含|连同)[^（）()]{1,10}[)）]")

# a column that is what a whole table holds: 基本支出 is the basic-expenditure table's amount
AREA_UNITS = ("平方米", "平米", "㎡", "万平方米", "公顷", "亩", "平方公里")
def _printed_sum(total: float, raws: list) -> str:
    """A sum written with as many decimals as the figures it adds were printed with ('15' x 4 -> '60')."""
    places = max((len(str(x).split(".")[1]) if "." in str(x or "") else 0) for x in raws) if raws else 2
    return f"{total:,.{places}f}"


_OTHER_SCHEME = {"econ_name": "func_name"}

# which tables hold a figure of a given kind of name, in order of preference (all money first)
PREFER = {
    "project_name": ("projects", "performance", "purchase_services", "transfers"),
    "item": ("overview", "three_public", "fiscal_overview"),
    "func_name": ("expenditure", "general_budget", "income", "overview", "projects", "gov_fund", "state_capital"),
    "econ_name": ("expenditure", "basic", "projects"),
    "gov_econ_name": ("expenditure", "basic", "projects"),
    "unit_name": ("income", "general_budget", "projects", "performance", "purchase_services"),
    "owner": ("performance",),
    "phone": ("performance",),
    "indicator": ("performance",),
    "ind_l1": ("performance",),
    "ind_l2": ("performance",),
    "ind_op": ("performance",),
    "category": ("performance", "projects"),
    "catalog_l1": ("purchase_services",),
    "catalog_l2": ("purchase_services",),
    "catalog_l3": ("purchase_services",),
    "duty": ("purchase_services",),
    "field": ("dept_performance",),
}
ANY = ("expenditure", "overview", "general_budget", "basic", "income", "fiscal_overview", "projects", "three_public",
       "purchase_services", "performance", "gov_fund", "state_capital", "transfers", "procurement",
       "dept_performance", "other")


def _prefer(t: Target, sets: bool = False) -> tuple[str, ...]:
    roles = [f.role for f in t.filters + t.within]
    if t.attribute in ("owner", "phone", "goal", "ind_value", "category"):
        roles.insert(0, "owner" if t.attribute != "ind_value" else "indicator")
    if t.attribute in ("term",):
        return ("purchase_services", "projects", "performance")
    for r in roles:
        if r in PREFER:
            first = PREFER[r]
            return first + tuple(k for k in ANY if k not in first)
    return ANY


def _whole_sentence(paragraph: str, clause: str) -> str:
    """The sentence, up to its full stop, that holds a clause the text splits at '；' (the clause itself when the
    paragraph does not hold it)."""
    for sentence in re.split(r"(?<=[。！？!?])", paragraph):
        if clause and clause.rstrip("。") in sentence:
            return sentence
    return clause


def _opens_list(sentence: str, whole: str) -> bool:
    """Does the whole, with its figure, open with a colon what the sentence lists up to its full stop?"""
    return bool(re.search(re.escape(whole) + r"[^；;。，,：:]{0,12}[：:]", sentence))


def _opens_with(sentence: str, who: str) -> bool:
    """Does the sentence open with who it is about (after a place name of a few characters: '北京市')?"""
    return bool(who) and bool(re.match(r"[^，,；;：:。]{0,4}" + re.escape(norm(who)), norm(sentence)))


def dated_otherwise(question: str, sentence: str) -> bool:
    """The question dates a thing ('2025年某某林养护…') that the sentence dates only to other years ('对我局2023年
    某某林养护…项目开展绩效评价'): the sentence's figure is of another year's thing."""
    for m in re.finditer(r"(20\d\d)年度?([\u4e00-\u9fff]{3})", question):  # ('2023年度某项目': the same)
        years = set(re.findall(r"(20\d\d)年度?" + re.escape(m.group(2)), sentence))
        if years and m.group(1) not in years:
            return True
    return False
