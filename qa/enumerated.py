"""The things a count the text states names one by one ('机关设9个内设机构，包括：办公室、综合调研科、…'): asked
'设了哪些内设机构', they are the answer, given only where the text names exactly as many as it counts."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from .reading import named_pattern

_OPENS = named_pattern("opens")
_LAST_PAIR = named_pattern("last_pair")


@dataclass(frozen=True)
class Enumerated:
    doc_id: str
    line: int
    page: int | None
    section: str | None
    label: str
    noun: str  # what is counted, as the sentence says it after the count ('内设机构')
    count: int
    unit: str
    sentence: str
    items: tuple[str, ...]


def items_of(sentence: str, raw: str, unit: str, count: int) -> tuple[str, tuple[str, ...]] | None:
    """What the sentence counts and the items it names right after the count ('9个内设机构，包括：A、B、…'), when it
    names as many as it counts."""
    at = sentence.find(f"{raw}{unit}")
    if at < 0 or count < 2:
        return None
    rest = sentence[at + len(raw) + len(unit):]
    noun = re.match(r"[\u4e00-\u9fff（）()]{0,12}?(?=[，,]?(?:具体)?(?:包括|分别为|分别是|即|为|是)[:：]?)", rest)
    if noun is None:
        return None
    opened = _OPENS.match(rest[noun.end():])
    if opened is None:
        return None
    body = re.split(r"[。；;]", rest[noun.end() + opened.end():], maxsplit=1)[0]
    items = [x.strip() for x in body.split("、") if x.strip()]
    if len(items) == count - 1 and (pair := _LAST_PAIR.match(items[-1])):
        items[-1:] = [pair.group(1), pair.group(2)]
    if len(items) != count or any(len(x) > 30 for x in items):
        return None
    return noun.group(0), tuple(items)


def enumerated(conn: sqlite3.Connection, docs: Sequence[str], labels: Sequence[str]) -> Enumerated | None:
    """The one count named (by its label, or by what it counts) whose sentence names its items; None when none
    does, or several."""
    if not docs or not labels:
        return None
    marks = ", ".join("?" for _ in docs)
    found = {}
    for doc, line, page, section, label, subject, value, unit, raw, sentence in conn.execute(
            f"SELECT doc_id, line, page, section, label, subject, value, unit, raw, sentence FROM facts "  # noqa: S608
            f"WHERE doc_id IN ({marks}) AND kind = 'count' AND is_change = 0", tuple(docs)):
        if value is None or value != int(value):
            continue
        got = items_of(sentence or "", raw or "", unit or "", int(value))
        if got and (label in labels or subject in labels or got[0] in labels):
            found[(doc, sentence)] = Enumerated(doc, line, page, section, label, got[0], int(value), unit or "",
                                                sentence, got[1])
    return next(iter(found.values())) if len(found) == 1 else None
