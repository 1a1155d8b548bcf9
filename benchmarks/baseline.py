"""A vector-only baseline: the usual retrieval-augmented approach, without an LLM.

For a question it takes the k=5 nearest chunks from the same Chroma store with the same embedder
(`ingest.vectors.dense_search`). The reply is the best chunk's text; the value is the first
number written in it (thousands commas stripped) and the unit the one written right after that
number when it is one of 万元/元/亿元/%/人/个/分, else 万元. The route is always "retrieval" and the
citations are the top chunks. It never refuses: it always returns its top chunk, as such systems do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.chunks import Chunk
from ingest.vectors import dense_search
from qa.answer import Answer, Citation

K = 5
UNITS = ("万元", "亿元", "元", "%", "人", "个", "分")  # longest first where one is a suffix of another
DEFAULT_UNIT = "万元"
_NUMBER = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万元|亿元|元|%|％|人|个|分)?")


def first_number(text: str, *, unit_required: bool = False) -> tuple[float | None, str]:
    """The first number in `text` and the unit written right after it (万元 when none of UNITS).

    With unit_required, the first number that has one of UNITS right after it (a kinder variant,
    reported alongside so that the gap is not only the cost of picking "2023" or "第4行").

    >>> first_number("收入预算10,122.377376万元")
    (10122.377376, '万元')
    >>> first_number("共3人")
    (3.0, '人')
    >>> first_number("第4行：合计180.36")
    (4.0, '万元')
    >>> first_number("2023年部门预算3,139.90万元", unit_required=True)
    (3139.9, '万元')
    """
    m = next((m for m in _NUMBER.finditer(text) if m.group(3) or not unit_required), None)
    if m is None:
        return None, DEFAULT_UNIT
    value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
    unit = m.group(3) or DEFAULT_UNIT
    return value, "%" if unit == "％" else unit


def chunk_citation(chunk: Chunk) -> Citation:
    """A chunk as a citation: its text, line span, source and table or section."""
    return Citation(
        source=chunk.source, doc_id=chunk.doc_id, line=chunk.line, end_line=chunk.end_line, text=chunk.text,
        table=chunk.table_code if chunk.kind == "table_row" else None, section=chunk.section,
        row=chunk.row_no,
    )


class VectorBaseline:
    """Answers with the nearest chunks of a Chroma store; `ask` has the signature of `Engine.ask`."""

    def __init__(self, store, chunks: Iterable[Chunk], *, k: int = K, unit_required: bool = False) -> None:
        self._store = store
        self._chunks = {c.chunk_id: c for c in chunks}
        self.k = k
        self.unit_required = unit_required

    def ask(self, question: str) -> Answer:
        hits = [self._chunks[cid] for cid, _sim in dense_search(self._store, question, self.k)
                if cid in self._chunks]
        if not hits:  # an empty store: nothing to return (never happens with a built index)
            return Answer(question=question, text="", route="retrieval")
        value, unit = first_number(hits[0].text, unit_required=self.unit_required)
        return Answer(
            question=question, text=hits[0].text, route="retrieval", value=value,
            unit=unit if value is not None else None,
            citations=tuple(chunk_citation(c) for c in hits), confidence=0.5,
        )
