"""From a typed table to records: one per data or total row, each cell with its column's role.

This is where every template becomes the same shape, so that answering needs no per-city code:

- a two-sided table (收支总表: income items beside expense items) gives one record per side;
- a code split over 类/款/项 columns (Shanghai) and a "2080101-行政运行" cell (Beijing) both give a
  `func_code` cell 2080101 and a `func_name` cell 行政运行;
- a record listed by one classification (its rows are 类, 款 and 项 of one scheme) gets that scheme,
  code, level and the parent it rolls up into; rows classified three ways at once (func × gov_econ ×
  econ) keep their codes in cells only;
- a grouped table (a project row followed by its indicator rows) gives group records and detail
  records whose parent is their group; merged cells printed once are carried down;
- every amount cell is read strictly (`ingest.numbers`): a number, a blank, or unreadable.

    records_of(table) -> list[Record]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import kinds
from .numbers import read_amount
from .records import Table, TableRow
from .tables import TOTAL_LABELS, ordinal_split, squash

_CODE_NAME = re.compile(r"^([0-9A-Z]{3,})\s*[-－—–]\s*(.+)$")
_YEAR_SUFFIX = re.compile(r"\s*[（(][^（）()]*\d{4}[^（）()]*[)）]\s*$")
_TOTAL = re.compile(r"^(.{0,8})(合计|总计|小计)$")
_PHONE = re.compile(r"^[\d\-—、,，/ ]{7,}$")
_WHICH_OF = re.compile(r"^其中[:：]?")
# the name of a record: the first of these roles the record has (the table's own scheme first)
_NAME_ROLES = ("project_name", "item", "indicator", "unit_name", "func_name", "econ_name", "gov_econ_name",
               "detail_unit", "area_name")


@dataclass(frozen=True)
class Cell:
    col: int
    role: str | None
    header: str
    text: str
    value: float | None
    status: str  # number | blank | text | unreadable


@dataclass(frozen=True)
class Record:
    rec_no: int
    row: TableRow
    side: str | None
    is_total: bool
    label: str | None  # as printed
    name: str | None  # as people say it
    name_role: str | None  # the role of the cell the name comes from
    scheme: str | None
    code: str | None
    level: int | None
    parent: int | None
    cells: tuple[Cell, ...]

    def cell(self, role: str) -> Cell | None:
        return next((c for c in self.cells if c.role == role), None)

    def text(self, role: str) -> str:
        c = self.cell(role)
        return c.text if c else ""


def short_name(name: str) -> str:
    """'某某培训补贴（2024）' -> '某某培训补贴'."""
    return _YEAR_SUFFIX.sub("", name).strip()


def _pad(part: str, n: int) -> str:
    """A code part as printed ('13', '2', '01') padded to its width ('2' -> '02')."""
    p = re.sub(r"\D", "", part)
    return p.zfill(n) if p else ""


def _amount_cell(col: int, role: str | None, header: str, text: str) -> Cell:
    a = read_amount(text)
    return Cell(col, role, header, text, a.value, a.status)


def _cells(t: Table, row: TableRow, cols: list[int]) -> list[Cell]:
    """The cells of one record (the given columns of a row), typed by role; derived code/name cells added."""
    out: list[Cell] = []
    parts: dict[str, list[tuple[int, int, str]]] = {}
    for i in cols:
        text = row.cells[i].strip() if i < len(row.cells) else ""
        role = t.roles[i] if i < len(t.roles) else None
        header = t.columns[i] if i < len(t.columns) else f"列{i + 1}"
        info = kinds.role(role) if role else None
        rtype = info.type if info else None
        if rtype == "amount":
            out.append(_amount_cell(i, role, header, text))
        elif rtype == "code_part":
            parts.setdefault(info.scheme or "func", []).append((info.part or 1, i, text))
        elif rtype == "codename":
            m = _CODE_NAME.match(text)
            code, name = (m.group(1), m.group(2).strip()) if m else (None, text)
            base = role if role in ("func", "econ", "gov_econ") else role
            if code:
                out.append(Cell(i, f"{base}_code", header, code, None, "text"))
            out.append(Cell(i, f"{base}_name", header, name, None, "text" if name else "blank"))
        elif rtype in ("name", "person", "phone", "text", "period", "unit", "code"):
            m = _CODE_NAME.match(text) if rtype == "name" else None
            if m and role in ("unit_name", "project_name"):
                out.append(Cell(i, role.replace("_name", "_code"), header, m.group(1), None, "text"))
                text = m.group(2).strip()
            out.append(Cell(i, role, header, text, None, "text" if text else "blank"))
        elif rtype == "number":
            a = read_amount(text)
            out.append(Cell(i, role, header, text, a.value, "number" if a.status == "number" else
                            ("blank" if not text else "text")))
        else:  # a column the vocabulary does not know: keep it, typed by what it holds
            a = read_amount(text)
            status = "blank" if not text else ("number" if a.status == "number" else "text")
            out.append(Cell(i, role, header, text, a.value if status == "number" else None, status))
    for scheme, ps in parts.items():
        ps.sort()
        widths = {1: 3, 2: 2, 3: 2}
        code = "".join(_pad(p, widths.get(n, 2)) for n, _, p in ps if p.strip())
        if code:
            out.append(Cell(ps[0][1], f"{scheme}_code", "/".join(t.columns[i] for _, i, _ in ps), code, None, "text"))
    return out


def _label(cells: list[Cell], kind: kinds.Kind | None,
           row: TableRow) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    """(label as printed, name, scheme, code, the role the name comes from) of a record from its cells."""
    by_role = {c.role: c for c in cells if c.role}
    codes = {r[:-5]: by_role[r].text for r in by_role if r.endswith("_code") and r[:-5] in ("func", "econ", "gov_econ")
             and by_role[r].text}
    scheme = code = None
    if len(codes) == 1:
        scheme, code = next(iter(codes.items()))
    if row.kind == "total":
        total = next((c.text for c in cells if c.text and _is_total_text(c.text)), None)
        if total:
            return total, squash(total), None, None, None
    own = [r for r in ("project_name", "item", "indicator") if by_role.get(r) and by_role[r].text]
    if own:
        label = by_role[own[0]].text
        _, name, _ = ordinal_split(label)
        name = _WHICH_OF.sub("", name)
        if own[0] == "project_name":
            name = short_name(name)
        return label, name, scheme, code, own[0]
    if len(codes) > 1:  # classified three ways at once: name it by all its subjects
        label = " / ".join(f"{codes[s]}-{by_role[s + '_name'].text}" if by_role.get(s + "_name") else codes[s]
                           for s in ("func", "gov_econ", "econ") if s in codes)
        names_only = [by_role[s + "_name"].text for s in ("func", "gov_econ", "econ")
                      if s in codes and by_role.get(s + "_name")]
        last = next((s + "_name" for s in ("econ", "gov_econ", "func") if s in codes and by_role.get(s + "_name")), None)
        return label, (names_only[-1] if names_only else None), None, None, last
    if scheme and by_role.get(f"{scheme}_name") and by_role[f"{scheme}_name"].text:
        label = by_role[f"{scheme}_name"].text
        return label, squash(label), scheme, code, f"{scheme}_name"
    names = [(r, by_role[r].text) for r in _NAME_ROLES if r in by_role and by_role[r].text]
    if not names:
        first = next((c.text for c in cells if c.status == "text" and c.text), None)
        return first, (first and squash(first)), scheme, code, None
    label = names[0][1]
    _, name, _ = ordinal_split(label)
    return label, _WHICH_OF.sub("", name), scheme, code, names[0][0]


def _is_total_text(text: str) -> bool:
    s = squash(text)
    return s in TOTAL_LABELS or (bool(_TOTAL.match(s)) and len(s) <= 10)


def _swap_person_phone(cells: list[Cell]) -> list[Cell]:
    """A person and a phone printed in each other's columns are put back (the consistency report notes it)."""
    person = next((i for i, c in enumerate(cells) if c.role == "owner"), None)
    phone = next((i for i, c in enumerate(cells) if c.role == "phone"), None)
    if person is None or phone is None:
        return cells
    a, b = cells[person], cells[phone]
    if _PHONE.match(a.text) and b.text and not _PHONE.match(b.text):
        cells = list(cells)
        cells[person] = Cell(a.col, "owner", a.header, b.text, None, "text")
        cells[phone] = Cell(b.col, "phone", b.header, a.text, None, "text")
    return cells


def _is_total(label: str | None, row: TableRow) -> bool:
    if label is None:
        return row.kind == "total"
    return _is_total_text(label)


def _level(scheme: str | None, code: str | None, label: str | None) -> int | None:
    if label and " / " in label and not code:
        return None  # classified several ways at once: no single hierarchy
    if code:
        return {3: 1, 5: 2, 7: 3}.get(len(code))
    if label:
        s = label.strip()
        if _WHICH_OF.match(s) or s != s.lstrip() or label.startswith(("　", " ")):
            return 2
        return ordinal_split(s)[2]
    return None


def records_of(t: Table) -> list[Record]:
    """The records of a typed table (see the module docstring)."""
    info = kinds.kind_info(t.kind)
    if info and info.layout == "pairs":
        return _pairs(t)
    ncol = max([len(t.columns), *(len(r.cells) for r in t.rows)], default=0)
    groups: list[tuple[str | None, list[int]]]
    if info and info.two_sided:
        sides: dict[str, list[int]] = {}
        for i in range(ncol):
            side = kinds.side_of(t.columns[i]) if i < len(t.columns) else None
            sides.setdefault(side or "", []).append(i)
        groups = [(s or None, cols) for s, cols in sides.items()]
    else:
        groups = [(None, list(range(ncol)))]
    detail = set(info.detail_roles) if info else set()
    detail_cols = [i for i in range(ncol) if i < len(t.roles) and t.roles[i] in detail]
    group_cols = [i for i in range(ncol) if i not in detail_cols]
    carry = set(info.carry_down) if info else set()
    out: list[Record] = []
    last: dict[str, str] = {}
    group_rec: int | None = None
    stack: dict[tuple[str | None, str], int] = {}  # (side, code) -> rec_no, for parents by code
    level_parent: dict[tuple[str | None, int], int] = {}  # (side, level) -> rec_no, for parents by ordinal
    for row in t.rows:
        if info and info.group_key and detail_cols:
            parts = [(None, group_cols, False), (None, detail_cols, True)]
        else:
            parts = [(side, cols, False) for side, cols in groups]
        for side, cols, is_detail in parts:
            cells = _cells(t, row, cols)
            if not any(c.text for c in cells):
                continue
            if is_detail and not any(c.text for c in cells if c.role in ("indicator", "ind_value", "ind_l1", "ind_l2")):
                continue
            cells = _swap_person_phone(_carry(cells, carry, last))
            if info and info.group_key and not is_detail:
                key = next((c for c in cells if c.role == info.group_key), None)
                if key is None or not key.text:
                    continue  # a row that only continues the group's merged cells
            label, name, scheme, code, name_role = _label(cells, info, row)
            total = _is_total(label, row) or (row.kind == "total" and not is_detail)
            level = _level(scheme, code, label) if not total else 0
            parent = None
            if is_detail:
                parent = group_rec
            elif code:
                for n in range(len(code) - 1, 2, -1):
                    if (side, code[:n]) in stack:
                        parent = stack[(side, code[:n])]
                        break
            elif level and level > 1:
                parent = level_parent.get((side, level - 1))
            rec = Record(len(out) + 1, row, side, total, label, name, name_role, scheme, code, level, parent,
                         tuple(cells))
            out.append(rec)
            if code:
                stack[(side, code)] = rec.rec_no
            if level:
                level_parent[(side, level)] = rec.rec_no
            if info and info.group_key and not is_detail:
                group_rec = rec.rec_no
    return out


def _carry(cells: list[Cell], carry: set[str], last: dict[str, str]) -> list[Cell]:
    """Fill merged cells printed once (unit, indicator level) from the rows above."""
    if not carry:
        return cells
    out = []
    for c in cells:
        if c.role in carry:
            if c.text:
                last[c.role] = c.text
            elif c.role in last:
                c = Cell(c.col, c.role, c.header, last[c.role], None, "text")
        out.append(c)
    return out


def _pairs(t: Table) -> list[Record]:
    """A form of label/value pairs (部门整体支出绩效目标表): one record per pair, its section in a cell."""
    out: list[Record] = []
    section = ""
    for row in t.rows:
        cells = [c for c in row.cells if c and c != "…"]
        if not cells:
            continue
        if len(cells) >= 4 and len(row.cells) >= 4 and row.cells[0]:
            pairs = [(cells[0], cells[1]), (cells[2], " ".join(cells[3:]))]
        elif len(cells) == 1:
            section = cells[0]
            continue
        else:
            if row.cells[0]:
                section = row.cells[0]
            pairs = [(cells[-2], cells[-1])]
        for label, value in pairs:
            a = read_amount(value)
            cs = (Cell(0, "section", "栏目", section, None, "text" if section else "blank"),
                  Cell(1, "field", "项目", label, None, "text"),
                  Cell(2, "value", "内容", value, a.value if a.status == "number" else None,
                       "number" if a.status == "number" else "text"))
            out.append(Record(len(out) + 1, row, None, False, label, squash(label), "field", None, None, None, None, cs))
    return out
