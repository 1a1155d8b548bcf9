"""Typed records that travel between the ingest stages (read -> parse -> store)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceText:
    """A decoded budget document."""

    path: str
    name: str  # file name, used in citations
    text: str
    encoding: str
    sha256: str

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


@dataclass(frozen=True)
class Paragraph:
    """A narrative paragraph (or heading) with its section path and 1-based line span."""

    para_no: int
    section: tuple[str, ...]  # headings from outermost to innermost
    text: str
    line_start: int
    line_end: int
    is_heading: bool = False

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)


@dataclass(frozen=True)
class TableRow:
    """One row of a table: raw cells (wrapped lines re-joined) with its line span."""

    row_no: int  # 1-based among the table's data rows (0 for header/unit rows)
    line: int  # 1-based line of the row's first cell
    end_line: int
    cells: tuple[str, ...]
    kind: str = "data"  # data | total | header | unit | empty

    @property
    def text(self) -> str:
        """The row as it reads in the document: non-empty cells joined by tabs."""
        return "\t".join(c for c in self.cells if c)


@dataclass(frozen=True)
class Table:
    """A standard table (表一 … 表十四) with its header paths and rows."""

    number: int  # 1..14
    code: str  # "表四"
    title: str  # "项目支出表"
    kind: str  # canonical kind, see ingest.tables.TABLE_KINDS
    line: int  # line of the title
    end_line: int
    unit: str | None  # "万元" from the unit line, None when the table has none
    columns: tuple[str, ...]  # header path per data column, e.g. "本年收入/一般公共预算资金"
    header_rows: tuple[TableRow, ...]
    rows: tuple[TableRow, ...]  # data and total rows, in document order

    @property
    def is_empty(self) -> bool:
        return not any(r.kind == "data" for r in self.rows)


@dataclass(frozen=True)
class NarrativeFact:
    """A number stated in the narrative, with what it is about."""

    fact_no: int
    para_no: int
    line: int
    section: str  # section path
    label: str  # the words right before the number in its clause ("固定资产净值")
    subject: str  # the sentence's subject ("收入预算"), may equal label
    clause: str  # the clause the number stands in
    sentence: str  # the whole sentence
    value: float
    unit: str  # 万元, 元, %, 人, 个, 分, ...
    raw: str  # the number as written ("10,122.38")
    kind: str  # amount | percent | count | headcount | score | other
    year: int | None  # the year the figure belongs to
    direction: str | None = None  # 增加 | 减少 | None
    is_change: bool = False  # the figure is a difference against another year
    compare_year: int | None = None


@dataclass(frozen=True)
class ParsedDocument:
    """Everything the parser reads from one document."""

    source: SourceText
    doc_id: str
    department: str
    year: int | None
    paragraphs: tuple[Paragraph, ...]
    tables: tuple[Table, ...]
    facts: tuple[NarrativeFact, ...] = field(default=())
    warnings: tuple[str, ...] = field(default=())

    def table(self, kind: str) -> Table | None:
        return next((t for t in self.tables if t.kind == kind), None)


@dataclass(frozen=True)
class Finding:
    """One result of the consistency report: a stated figure against a computed one."""

    doc_id: str
    check: str  # totals | cross_table | narrative_vs_table | narrative_arithmetic | indicator_cost | format
    severity: str  # error | warning | info
    message: str  # one Chinese sentence a person can read
    stated: float | None = None
    computed: float | None = None
    unit: str | None = None
    stated_line: int | None = None
    computed_lines: tuple[int, ...] = ()
    stated_text: str = ""
    computed_text: str = ""


@dataclass(frozen=True)
class DocumentInfo:
    """An indexed document and its headline figures (for the app's sidebar and `budget-qa check`)."""

    doc_id: str
    source: str
    department: str
    year: int | None
    sha256: str
    lines: int
    paragraphs: int
    table_rows: int
    facts: int
    key_figures: tuple[tuple[str, float, str], ...] = ()  # (label, value, unit)
