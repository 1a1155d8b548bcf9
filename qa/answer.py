"""Typed records that leave the answering core: Answer, Citation, Item."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Route = Literal["sql", "retrieval", "none"]


@dataclass(frozen=True)
class Citation:
    """One piece of evidence: a table row or a narrative passage, as it reads in the document."""

    source: str  # document file name, e.g. "xicheng_hrss_2023_budget.txt"
    doc_id: str
    line: int  # 1-based first line in the source file
    text: str  # the row (cells joined by tabs) or the passage, verbatim
    table: str | None = None  # "表四" for table rows
    section: str | None = None  # section path for narrative, e.g. "六、其他情况说明 > （一）2023年机关运行经费说明"
    row: int | None = None  # 1-based data-row number within the table
    end_line: int | None = None
    cells: tuple[tuple[str, str], ...] = ()  # (header, cell text) pairs of a table row
    page: int | None = None  # 1-based PDF page (None for text documents)
    bbox: tuple[float, float, float, float] | None = None  # the row on its PDF page: (x0, top, x1, bottom), points
    table_title: str | None = None  # the table's full title ("项目支出表"), beside its code in `table`
    table_no: int | None = None  # position of the table in its document (for the source view)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["cells"] = [list(c) for c in self.cells]
        return d


@dataclass(frozen=True)
class Item:
    """One line of a list, ranking or breakdown answer (also what the app charts)."""

    label: str
    value: float | None = None
    unit: str | None = None
    breakdown: tuple[Item, ...] = ()  # a breakdown's item by its own parts, the next level of the classification (as `Row.breakdown`)


@dataclass(frozen=True)
class Answer:
    """What `qa.ask` returns. `citations` is never optional: a reply with a number has rows behind it."""

    question: str
    text: str
    route: Route
    value: float | None = None
    unit: str | None = None
    citations: tuple[Citation, ...] = ()
    sql: str | None = None
    confidence: float = 0.0
    items: tuple[Item, ...] = ()
    chart: bool = False  # True when the items are a breakdown/ranking worth drawing
    error: str | None = None  # set only on error records produced by batch answering
    reading: str | None = None  # how the question was read, one line of plain Chinese (from the plan)
    plan: dict | None = None  # the query plan that was run (answer type, measure, filters, operation, unit, documents)
    suggestions: tuple[str, ...] = ()  # up to three readings offered when the answer is 未找到 ("您是不是想问…")

    def to_dict(self) -> dict:
        """The batch answer format of shared/eval/README.md (plus a few extra fields)."""
        return {
            "question": self.question,
            "answer": self.text,
            "route": self.route,
            "value": self.value,
            "unit": self.unit,
            "citations": [c.to_dict() for c in self.citations],
            "sql": self.sql,
            "confidence": round(self.confidence, 3),
            "items": [asdict(i) for i in self.items],
            "plan": self.plan,
            "reading": self.reading,
            **({"suggestions": list(self.suggestions)} if self.suggestions else {}),
            **({"error": self.error} if self.error else {}),
        }


def refusal(question: str, text: str, *, confidence: float = 0.0, error: str | None = None) -> Answer:
    """An honest 'not found': route none, no value."""
    return Answer(question=question, text=text, route="none", confidence=confidence, error=error)


