"""Typed records that travel between the ingest stages (read -> parse -> store)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceText:
    """A decoded budget document: a text file, or the text layer of a PDF.

    For a PDF, `text` is the extracted text of every page, one text line per line, and `pages[i]` is
    the 1-based page of line i + 1 (so every line number of the document has a page). For a text file
    `pages` is empty. `data` keeps the original bytes of a PDF (to render a cited page); it is None for text.
    """

    path: str
    name: str  # file name, used in citations
    text: str
    encoding: str  # "utf-8", "gb18030", … or "pdf"
    sha256: str  # of the original file's bytes
    pages: tuple[int, ...] = ()
    data: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @property
    def is_pdf(self) -> bool:
        return self.encoding == "pdf"

    def page_of(self, line: int) -> int | None:
        """The 1-based page of a 1-based line (None for text documents)."""
        if not self.pages:
            return None
        return self.pages[min(max(line, 1), len(self.pages)) - 1]


@dataclass(frozen=True)
class Paragraph:
    """A narrative paragraph (or heading) with its section path and 1-based line span."""

    para_no: int
    section: tuple[str, ...]  # headings from outermost to innermost
    text: str
    line_start: int
    line_end: int
    is_heading: bool = False
    page: int | None = None  # 1-based PDF page of line_start (None for text documents)

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
    page: int | None = None  # 1-based PDF page (None for text documents)
    bbox: tuple[float, float, float, float] | None = None  # (x0, top, x1, bottom) on the page, PDF points

    @property
    def text(self) -> str:
        """The row as it reads in the document: non-empty cells joined by tabs."""
        return "\t".join(c for c in self.cells if c)


@dataclass(frozen=True)
class Table:
    """A budget table with its header paths and rows, typed by what it is (its kind), not its number.

    Parsers fill number, code, title, line/page span, unit, columns (header paths), header_rows,
    rows and note; `ingest.kinds.type_table` then sets `kind` (e.g. "expenditure") and `roles`
    (one canonical column meaning per column, e.g. "func_code", "total", "basic"; None when unknown).
    """

    number: int  # 1-based position among the document's tables
    code: str  # the document's own label ("表四"), or "" when the template does not number its tables
    title: str  # "项目支出表", "2025年部门支出预算总表"
    kind: str  # canonical kind from ingest/vocab/table_kinds.json ("" until typed; "other" when unknown)
    line: int  # line of the title
    end_line: int
    unit: str | None  # "万元" from the unit line, None when the table has none
    columns: tuple[str, ...]  # header path per data column, e.g. "本年收入/一般公共预算资金"
    header_rows: tuple[TableRow, ...]
    rows: tuple[TableRow, ...]  # data and total rows, in document order
    page: int | None = None  # first PDF page
    end_page: int | None = None
    note: str = ""  # a note printed under the table ("本表为空表"…)
    roles: tuple[str | None, ...] = ()  # canonical meaning per column (see ingest.kinds)

    @property
    def label(self) -> str:
        """How a citation names the table: its code and title ("表四 项目支出表") or the title alone."""
        return f"{self.code} {self.title}".strip()

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
    noun: str = ""  # what the number counts when written after it ("设20个内设机构" -> 内设机构)


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
    scope: str = "部门"  # 部门 (the department with its units) or 单位 (one unit's own budget)

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
    stated_page: int | None = None  # 1-based PDF page of the stated figure (None for text documents)
    computed_pages: tuple[int, ...] = ()  # PDF pages of what it was checked against


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
