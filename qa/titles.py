"""The works a project's own rows name by title ('征订《甲报》、《乙报》'): asked '订的是哪些报纸', they are the answer,
given only for one project named, and only where its rows name some (a budget need not say which)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from .execute import Executor, Ref
from .normalize import norm

_TITLE = re.compile(r"《([^《》]{2,40})》")


@dataclass(frozen=True)
class Titled:
    doc_id: str
    project: str
    titles: tuple[str, ...]  # in the order the rows name them, each once
    refs: tuple[Ref, ...]  # the rows that name them


def titles_of(conn: sqlite3.Connection, docs: Sequence[str], project: str) -> Titled | None:
    """The titles in 《》 that the named project's rows (its own row, its goal, its indicators) name, in the one
    document whose rows name any; None when none do, or the rows of more than one document do."""
    if not docs or not project:
        return None
    marks = ", ".join("?" for _ in docs)
    found: dict[str, tuple[list[str], list[Ref]]] = {}
    ex = Executor(conn)
    for doc, table_no, rec_no, line, text in conn.execute(
            f"SELECT c.doc_id, c.table_no, c.rec_no, r.line, c.text FROM cells c JOIN records r ON r.doc_id = c.doc_id "  # noqa: S608
            f"AND r.table_no = c.table_no AND r.rec_no = c.rec_no WHERE c.doc_id IN ({marks}) AND c.text LIKE '%《%' "
            "ORDER BY c.doc_id, c.table_no, r.line", tuple(docs)):
        owner = ex.project_of(doc, table_no, rec_no)
        if owner is None or norm(owner.name) != norm(project):
            continue
        titles, refs = found.setdefault(doc, ([], []))
        for t in _TITLE.findall(text or ""):
            if t not in titles:
                titles.append(t)
        ref = Ref(doc, line, table_no)
        if ref not in refs:
            refs.append(ref)
    if len(found) != 1:
        return None
    doc, (titles, refs) = next(iter(found.items()))
    return Titled(doc, project, tuple(titles), tuple(refs)) if titles else None


@dataclass(frozen=True)
class Citing:
    doc_id: str
    item: str  # the item the section is about, as its heading names it ('某专项经费')
    ref: Ref  # the paragraph of its basis that names the work


def items_citing(conn: sqlite3.Connection, docs: Sequence[str], title: str, part: str = "依据") -> list[Citing]:
    """The items the text describes one section each ('某专项经费情况说明') whose part of that name ('二、立项依据')
    names the work `title`, each once, in document order."""
    if not docs or not title:
        return []
    marks = ", ".join("?" for _ in docs)
    found: dict[tuple[str, str], Citing] = {}
    for doc, section, line in conn.execute(
            f"SELECT doc_id, section, line FROM chunks WHERE doc_id IN ({marks}) AND kind = 'narrative' "  # noqa: S608
            "AND section LIKE ? AND instr(text, ?) > 0 ORDER BY doc_id, line", (*docs, f"% > %{part}%", title)):
        root = (section or "").split(" > ")[0].strip()
        item = re.sub(r"(情况)?说明$", "", root) or root
        found.setdefault((doc, item), Citing(doc, item, Ref(doc, line)))
    return list(found.values())


def title_said(text: str) -> str | None:
    """The one work a question names in 《》, if it names exactly one."""
    said = _TITLE.findall(text)
    return said[0] if len(set(said)) == 1 else None
