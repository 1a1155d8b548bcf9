"""Type a table by what it is: its kind (收支总表, 支出总表, 三公经费表 …) and each column's role.

Both come from declarative vocabulary in `ingest/vocab/` (domain knowledge of the national budget
template, not of any one document):

    table_kinds.json   kind patterns on the title (first match wins), header patterns as fallback
    columns.json       role patterns on each column's header path (first match wins)

    type_table(table) -> Table     the same table with `kind` and `roles` set
    side_of(path)     -> 收入 | 支出 | None   (the side of a column in a two-sided table)

A new city's template needs new patterns in these files, not new code.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from .records import Table

VOCAB = Path(__file__).resolve().parent / "vocab"
OTHER = "other"


@dataclass(frozen=True)
class Kind:
    kind: str
    label: str
    title: tuple[re.Pattern, ...]
    two_sided: bool = False
    row_scheme: str | None = None
    synonyms: tuple[str, ...] = ()
    group_key: str | None = None
    detail_roles: tuple[str, ...] = ()
    carry_down: tuple[str, ...] = ()
    layout: str = "rows"
    whole: str | None = None  # the named figure every row of the table is a part of ('支出总计')
    discloses: bool = False  # the table whose figures its columns' names mean first (三公: 公务接待费)
    # the columns every figure of the table already is (一般公共预算基本支出表: general, basic): said beside one of
    # its rows, they name the row's own amount
    is_of: tuple[str, ...] = ()
    # of a two-sided table: the side each row scheme's rows are on (('func_name', '支出'),)
    side_of: tuple[tuple[str, str], ...] = ()
    # the column this table holds as its own amount (项目支出 of the projects table): named in the table, it asks the
    # table's own figures
    own: str | None = None

    def side_for(self, scheme: str | None) -> str | None:
        """The side the rows of a scheme are on ('func_name' -> '支出'), or None."""
        return dict(self.side_of).get(scheme) if scheme else None


@dataclass(frozen=True)
class Role:
    role: str
    type: str  # amount | code | code_part | name | codename | text | person | phone | period | number | unit
    label: str
    header: tuple[re.Pattern, ...]
    kinds: tuple[str, ...] = ()
    scheme: str | None = None
    part: int | None = None
    synonyms: tuple[str, ...] = ()
    # 'default': outside its own tables the words name the table's own amount ('今年预算' of a project)
    elsewhere: str | None = None
    complement: tuple[str, ...] = ()  # the columns that make up the rest of the total (basic: project)
    whole: str | None = None  # the named figure it is a part of (project: 支出总计), for '占多少'
    part_of: str | None = None  # the column it is a part of (vehicle_purchase: vehicle), for '公车的购置费'
    items: str | None = None  # the rows it is made of (public: econ_name), for '公用经费里哪几项'

    def names_own_amount(self, kind: str | None) -> bool:
        """In a table of this kind, which lacks the column, do its words name the table's own amount?"""
        return self.elsewhere == "default" and bool(self.kinds) and kind not in self.kinds


def clean(s: str) -> str:
    """A title or header for matching: NFKC, no spaces, no quotes."""
    return re.sub(r"[\s“”\"'‘’「」]", "", unicodedata.normalize("NFKC", s or ""))


@cache
def kinds() -> tuple[tuple[Kind, ...], tuple[tuple[str, tuple[re.Pattern, ...]], ...]]:
    data = json.loads((VOCAB / "table_kinds.json").read_text(encoding="utf-8"))
    ks = tuple(
        Kind(k["kind"], k["label"], tuple(re.compile(p) for p in k["title"]), bool(k.get("two_sided")),
             k.get("row_scheme"), tuple(k.get("synonyms", ())), k.get("group_key"), tuple(k.get("detail_roles", ())),
             tuple(k.get("carry_down", ())), k.get("layout", "rows"), k.get("whole"), bool(k.get("discloses")),
             tuple(k.get("is_of", ())), tuple(k.get("side_of", {}).items()), k.get("own"))
        for k in data["kinds"]
    )
    fallback = tuple((f["kind"], tuple(re.compile(p) for p in f["header"])) for f in data["header_fallback"])
    return ks, fallback


@cache
def roles() -> tuple[Role, ...]:
    data = json.loads((VOCAB / "columns.json").read_text(encoding="utf-8"))
    return tuple(
        Role(r["role"], r["type"], r["label"], tuple(re.compile(p) for p in r["header"]), tuple(r.get("kinds", ())),
             r.get("scheme"), r.get("part"), tuple(r.get("synonyms", ())), r.get("elsewhere"),
             tuple(r.get("complement", ())), r.get("whole"), r.get("part_of"), r.get("items"))
        for r in data["roles"]
    )


@cache
def role(name: str) -> Role | None:
    return next((r for r in roles() if r.role == name), None)


@cache
def own_table(role: str | None) -> str | None:
    """The table kind that holds a column as its own amount ('project' -> 'projects'), or None."""
    return next((k.kind for k in kinds()[0] if role and k.own == role), None)


@cache
def kind_info(kind: str) -> Kind | None:
    return next((k for k in kinds()[0] if k.kind == kind), None)


def classify(title: str, columns: tuple[str, ...] = ()) -> str:
    """The kind of a table from its title, or from its header when the title names none."""
    t = clean(title)
    ks, fallback = kinds()
    for k in ks:
        if any(p.search(t) for p in k.title):
            return k.kind
    header = "|".join(clean(c) for c in columns)
    for kind, patterns in fallback:
        if any(p.search(header) for p in patterns):
            return kind
    return OTHER


def side_of(path: str) -> str | None:
    """收入 or 支出 for a column of a two-sided table ('本年收入/预算数', '支出项目'), else None."""
    top = clean(path).split("/")
    for part in top:
        if "收入" in part:
            return "收入"
        if "支出" in part:
            return "支出"
    return None


def role_of(kind: str, path: str) -> str | None:
    """The canonical role of a column with this header path in a table of this kind (None: unknown)."""
    p = clean(path)
    if not p or re.fullmatch(r"列\d+", p):
        return None
    for r in roles():
        if r.kinds and kind not in r.kinds:
            continue
        if any(h.search(p) for h in r.header):
            return r.role
    return None


def type_table(t: Table) -> Table:
    """The table with its kind (unless the parser already knew it) and the role of every column."""
    kind = t.kind if t.kind and t.kind != OTHER else classify(t.title, t.columns)
    return replace(t, kind=kind, roles=tuple(role_of(kind, c) for c in t.columns))


def amount_roles() -> frozenset[str]:
    return frozenset(r.role for r in roles() if r.type == "amount")
