"""Read a budget PDF (the Shanghai 部门预算 template) into the project's typed records.

    source = extract(path, data)      # SourceText: the text layer, one PDF text line per line, with pages
    result = parse_pdf(source)        # PdfParse: paragraphs, tables, warnings

`extract` refuses what it cannot read (DocumentError with a Chinese message): not a PDF, password-protected,
truncated (no %%EOF) or corrupt, more than MAX_PAGES pages, scanned (images, no text: OCR needed), a text
layer pdfminer cannot decode, or text that is not a Chinese budget. Each page is clipped to its visible box
(WPS exports leave text outside it) and read with pdfplumber's `extract_text_lines`, top to bottom; the lines
of all pages are the lines of `text`, and `pages[i]` is the page of line i+1.

`parse_pdf` works on the same lines (numbered as in `text`) plus the tables of pdfplumber's table finder
(`page.find_tables()`, default "lines" strategy: ruling lines and thin filled rects are snapped and joined into
edges, their crossings give cells, connected cells a table). The pages are read once: `extract` keeps the last
few documents' pages (keyed by sha256) so that `parse_pdf` right after it need not read the PDF again.
From each table's cell bboxes it builds a grid of column and row edges; a merged cell spans several grid
columns or rows. Then, page by page:

* a table is named by the title line above it (a short line ending in 表 with a budget word, such as
  "2025年部门支出预算总表"); the unit comes from a "单位：元" / "单位:万元" line between title and grid;
* the header is the leading grid rows without figures; a column's header path joins the texts of the header
  cells over it, top to bottom ("支出预算/合计"); the stub label 项目 is left out when cells sit under it;
* then one TableRow per grid row with text: cells aligned to the columns (a merged cell's text in its first
  column, blanks ""), its page, bbox and the numbers of the text lines inside it; a row whose first non-empty
  cell is 合计/总计/小计 is a total row;
* a grid without a title right after a table (nothing but page numbers between) with the same column edges
  continues that table, as does a grid titled "…表（续）": a repeated header is dropped, and a page holding
  only the 合计 row is appended the same way;
* a line starting with 注/备注/说明 right under a table is its note.

Everything else is narrative, except the 目录 page and text that repeats earlier text at the top of a page (a
passage printed twice: skipped, with a warning). Headings are numbered lines (一、 （一） 1、) that are short and
not sentences, and short centred page titles ("其他相关情况说明", "某专项经费情况说明"), so a project
description page is a section named by its title. Lines wrapped by the PDF are joined back: the next line
continues the paragraph unless it is a heading or a numbered item; where paragraphs start indented, an
indented line starts a new one and a line at the margin continues; elsewhere a line that ends a sentence ends
the paragraph. The cover page's lines are kept as separate paragraphs (the caller reads department and year).
"""

from __future__ import annotations

import hashlib
import io
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from .errors import DocumentError
from .records import Paragraph, SourceText, Table, TableRow

MAX_PAGES = 500

_TITLE = re.compile(
    r"^(?:(?P<code>表[一二三四五六七八九十\d]{1,3})[、.．:：\s]*)?(?:\d{1,2}[.．、]\s*)?"
    r"(?P<title>\S.{1,58}?表)\s*(?:[（(]续(?:表)?[)）])?$"
)
_TITLE_WORDS = re.compile(r"预算|决算|收支|收入|支出|经费|财政|拨款|资金|资产|采购|项目|绩效")
_CONTINUED = re.compile(r"[（(]续(?:表)?[)）]$")
_UNIT = re.compile(r"单位\s*[：:]\s*(亿元|万元|千元|元)")
_NOTE = re.compile(r"^(注|备注|说明)\s*\d*\s*[：:]")
_NUMBER = re.compile(r"^[-−－—]?\s*[\d,，]+(?:\.\d+)?%?$|^[-−－—]$")
_TOTAL = re.compile(r"^.{0,10}?(合计|总计|小计)$")
_NUMBERED = re.compile(
    r"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d))"
)
_SECTION_WORDS = re.compile(r"(主要职能|机构设置|名词解释|编制说明|情况说明|项目说明|部门概况)$")
_SENTENCE_END = ("。", "！", "？", "；", "!", "?", ";")
_PAGE_NUMBER = re.compile(r"^[-—－\s]*(?:第\s*)?\d{1,3}\s*(?:页)?[-—－\s]*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CID = re.compile(r"\(cid:\d+\)")  # a glyph pdfminer could not map to Unicode
_EDGE_TOL = 4.0  # points: column edges that match across pages
_INDENT = 8.0  # points: a line starting this much right of the page's text margin is indented


@dataclass(frozen=True)
class PdfParse:
    """What `parse_pdf` reads from a PDF: narrative paragraphs, tables and warnings (in Chinese)."""

    paragraphs: tuple[Paragraph, ...]
    tables: tuple[Table, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Line:
    """A text line of the PDF with its geometry; `no` is its 1-based line number in SourceText.text."""

    no: int
    page: int
    text: str
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class _Cell:
    """A cell of a table grid: the grid rows/columns it spans [r0, r1) x [c0, c1) and its text."""

    r0: int
    r1: int
    c0: int
    c1: int
    text: str


@dataclass(frozen=True)
class _Grid:
    """One table found by pdfplumber on one page, as column edges, row edges and cells."""

    page: int
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    cells: tuple[_Cell, ...]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])

    def row(self, r: int) -> list[_Cell]:
        return sorted((c for c in self.cells if c.r0 == r), key=lambda c: c.c0)

    def contains(self, line: _Line) -> bool:
        x0, top, x1, bottom = self.bbox
        return top <= line.mid <= bottom and line.x1 > x0 and line.x0 < x1


@dataclass(frozen=True)
class _Page:
    number: int
    width: float
    lines: tuple[_Line, ...]
    grids: tuple[_Grid, ...]


# ---------------------------------------------------------------- extract


def extract(path: object, data: bytes) -> SourceText:
    """Check a PDF and return its text layer; raises DocumentError naming the file and the problem."""
    pages = _read_pdf(path, data)
    text = "\n".join(ln.text for p in pages for ln in p.lines)
    _check_budget(path, text)
    sha = hashlib.sha256(data).hexdigest()
    _remember(sha, pages)
    p = Path(str(path))
    return SourceText(
        path=str(p.resolve()) if p.exists() else str(path),
        name=p.name,
        text=text,
        encoding="pdf",
        sha256=sha,
        pages=tuple(ln.page for p in pages for ln in p.lines),
        data=data,
    )


def _open(path: object, data: bytes) -> pdfplumber.PDF:
    if not data.lstrip()[:5] == b"%PDF-":
        raise DocumentError(path, "不是 PDF 文件（缺少 %PDF 文件头）(not a PDF)")
    truncated = b"%%EOF" not in data[-2048:]
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as e:
        cause = e.args[0] if e.args else None
        if isinstance(cause, PDFPasswordIncorrect):
            raise DocumentError(path, "PDF 有密码保护（已加密），请提供未加密的文件 (password-protected PDF)") from e
        if truncated:
            raise DocumentError(path, "PDF 文件不完整（被截断），无法打开，请重新下载 (truncated PDF)") from e
        raise DocumentError(path, f"PDF 文件已损坏，无法打开 (corrupt PDF: {cause or e})") from e
    if truncated:
        pdf.close()
        raise DocumentError(path, "PDF 文件不完整（缺少文件结尾 %%EOF，可能下载中断），请重新下载 (truncated PDF)")
    return pdf


def _check_budget(path: object, text: str) -> None:
    head = text[:50000]
    if len(_CID.findall(head)) > len(_CJK.findall(head)):
        raise DocumentError(
            path, "PDF 的文字无法解码（字体没有 Unicode 映射，常见于加密或嵌入特殊字体的文件），"
                  "请提供未加密的原始文件，或先做 OCR (undecodable text layer)",
        )
    if len(_CJK.findall(head)) < 50:
        raise DocumentError(path, "PDF 中没有中文预算文字 (no Chinese budget text found)")
    if "预算" not in text:
        raise DocumentError(path, "不是部门预算文件：全文没有“预算”字样 (not a budget document)")


def _visible(page):
    """The page clipped to its visible box: text placed outside the page is not part of the document."""
    return page.crop(page.bbox)


def _read_pdf(path: object, data: bytes) -> tuple[_Page, ...]:
    """Every page's text lines (numbered in reading order across the document) and table grids."""
    out: list[_Page] = []
    no = 0
    with _open(path, data) as pdf:
        if len(pdf.pages) > MAX_PAGES:
            raise DocumentError(path, f"PDF 有 {len(pdf.pages)} 页，超过上限 {MAX_PAGES} 页，请拆分后再导入 (too many pages)")
        for n, page in enumerate(pdf.pages, start=1):
            try:
                out.append(_read_page(page, n, no))
            except DocumentError:
                raise
            except Exception as e:  # pdfminer raises many kinds of errors on a damaged content stream
                raise DocumentError(path, f"第{n}页无法读取，PDF 可能已损坏 (unreadable page: {e})") from e
            no += len(out[-1].lines)
            page.close()  # drop pdfplumber's per-page caches: memory stays flat on long files
        if no == 0:
            if any(page.images for page in pdf.pages):
                raise DocumentError(path, "这是扫描件（页面只有图片，没有文字层），需要先做 OCR 文字识别 (scanned PDF, OCR needed)")
            raise DocumentError(path, "PDF 中没有文字 (the PDF has no text)")
    return tuple(out)


def _read_page(page, number: int, before: int) -> _Page:
    visible = _visible(page)
    raw = [ln for ln in visible.extract_text_lines(return_chars=False) if ln["text"].strip()]
    lines = tuple(
        _Line(before + k, number, ln["text"], ln["x0"], ln["top"], ln["x1"], ln["bottom"])
        for k, ln in enumerate(raw, start=1)
    )
    grids = _grids(visible, number) if (visible.rects or visible.lines or visible.curves) else ()
    return _Page(number, float(page.width), lines, grids)


# A few recently extracted documents' pages, so that parse_pdf right after extract does not read the PDF again
# (reading the content streams is most of the time). Keyed by sha256; a miss just reads the PDF.
_RECENT: OrderedDict[str, tuple[_Page, ...]] = OrderedDict()
_RECENT_SIZE = 4
_RECENT_LOCK = threading.Lock()


def _remember(sha: str, pages: tuple[_Page, ...]) -> None:
    with _RECENT_LOCK:
        _RECENT[sha] = pages
        _RECENT.move_to_end(sha)
        while len(_RECENT) > _RECENT_SIZE:
            _RECENT.popitem(last=False)


def _pages_of(source: SourceText) -> tuple[_Page, ...]:
    """The pages behind a SourceText made by `extract`, checked line by line against its text."""
    if source.data is None:
        raise DocumentError(source.name, "没有 PDF 原始数据，无法读取表格 (no PDF bytes)")
    with _RECENT_LOCK:
        pages = _RECENT.get(source.sha256)
    if pages is None:
        pages = _read_pdf(source.name, source.data)
    if [ln.text for p in pages for ln in p.lines] != (source.lines if source.text else []):
        raise DocumentError(source.name, "PDF 的文字层与读取结果不一致，请用 pdf.extract 重新读取 (text layer mismatch)")
    return pages


def _cluster(values: Iterable[float], tol: float = 1.5) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _nearest(edges: Sequence[float], v: float, tol: float) -> int | None:
    i = min(range(len(edges)), key=lambda k: abs(edges[k] - v))
    return i if abs(edges[i] - v) <= tol else None


def _grids(page, number: int) -> tuple[_Grid, ...]:
    """pdfplumber's tables on a page as grids: merged cells keep their spans."""
    grids = []
    for table in page.find_tables():
        text_of: dict[tuple, str] = {}
        for row, texts in zip(table.rows, table.extract(), strict=True):
            for bbox, text in zip(row.cells, texts, strict=True):
                if bbox is not None:
                    text_of[tuple(bbox)] = text or ""
        xs = _cluster([c[0] for c in table.cells] + [c[2] for c in table.cells])
        ys = _cluster([c[1] for c in table.cells] + [c[3] for c in table.cells])
        if len(xs) < 2 or len(ys) < 2:
            continue
        cells = []
        for bbox in table.cells:
            c0, c1 = _nearest(xs, bbox[0], 2), _nearest(xs, bbox[2], 2)
            r0, r1 = _nearest(ys, bbox[1], 2), _nearest(ys, bbox[3], 2)
            if None in (c0, c1, r0, r1) or c1 <= c0 or r1 <= r0:
                continue
            cells.append(_Cell(r0, r1, c0, c1, _unwrap(text_of.get(tuple(bbox), ""))))
        grids.append(_Grid(number, tuple(xs), tuple(ys), tuple(cells)))
    return tuple(sorted(grids, key=lambda g: g.ys[0]))


def _unwrap(text: str) -> str:
    """Join the lines of a wrapped cell: no space between Chinese characters."""
    parts = [p.strip() for p in text.split("\n") if p.strip()]
    out = ""
    for p in parts:
        out = _join(out, p)
    return out


def _join(a: str, b: str) -> str:
    """Join wrapped text: directly (Chinese, and numbers cut at the margin), with a space between words."""
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return f"{a} {b}"
    return a + b


# ---------------------------------------------------------------- tables


def _is_numeric(text: str) -> bool:
    return bool(_NUMBER.match(text.strip()))


def _is_total(cells: Sequence[str]) -> bool:
    first = next((c for c in cells if c.strip()), "")
    return bool(_TOTAL.match(re.sub(r"\s+", "", first)))


def _row_kind(cells: Sequence[str]) -> str:
    """header | data | blank, for a grid row's non-merged cell texts."""
    texts = [c for c in cells if c.strip()]
    if not texts:
        return "blank"
    if any(_is_numeric(c) for c in texts):
        return "data"
    if _is_total(texts) and len(texts) == 1:
        return "data"  # a 合计 row with no figures (an empty table)
    return "header"


def _title_of(line: _Line) -> tuple[str, str] | None:
    """(code, title) when a line reads like a table title."""
    text = line.text.strip()
    m = _TITLE.match(text)
    if not m or not _TITLE_WORDS.search(m.group("title")) or re.search(r"[。；，,：:]", m.group("title")):
        return None
    return (m.group("code") or ""), _CONTINUED.sub("", re.sub(r"\s+", "", m.group("title")))


def _header_paths(grid: _Grid, n_header: int) -> tuple[str, ...]:
    """The header path of each grid column: texts of the header cells over it, top to bottom."""
    paths = []
    for c in range(len(grid.xs) - 1):
        parts: list[str] = []
        for cell in sorted(grid.cells, key=lambda k: k.r0):
            if cell.r0 < n_header and cell.c0 <= c < cell.c1:
                text = re.sub(r"\s+", "", cell.text)
                if text and (not parts or parts[-1] != text):
                    parts.append(text)
        if len(parts) > 1 and parts[0] == "项目":
            parts = parts[1:]
        paths.append("/".join(parts) or f"列{c + 1}")
    return tuple(paths)


def _aligned(cells: list[_Cell], width: int, col_of) -> tuple[str, ...]:
    out = [""] * width
    for cell in cells:
        c = col_of(cell)
        if c is not None and 0 <= c < width:
            out[c] = _join(out[c], cell.text) if out[c] else cell.text
    return tuple(out)


@dataclass
class _Build:
    """A table being assembled across pages (mutable while parsing, frozen into a Table at the end)."""

    code: str
    title: str
    line: int
    page: int
    unit: str | None
    xs: tuple[float, ...]
    columns: tuple[str, ...] = ()
    header_texts: frozenset[str] = frozenset()
    header_rows: list[TableRow] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    note: list[_Line] = field(default_factory=list)
    end_line: int = 0
    end_page: int = 0

    def freeze(self, number: int) -> Table:
        note = ""
        for ln in self.note:
            note = _join(note, ln.text.strip())
        end_line = max([self.end_line, *(ln.no for ln in self.note)])
        end_page = max([self.end_page, *(ln.page for ln in self.note)])
        return Table(
            number=number, code=self.code, title=self.title, kind="", line=self.line, end_line=end_line,
            unit=self.unit, columns=self.columns, header_rows=tuple(self.header_rows), rows=tuple(self.rows),
            page=self.page, end_page=end_page, note=note,
        )


def _row_band(grid: _Grid, r: int) -> tuple[float, float]:
    """The top and bottom of grid row r, down to the bottom of its tallest cell (a header cell may span rows)."""
    last = max((c.r1 for c in grid.cells if c.r0 == r), default=r + 1)
    return grid.ys[r], grid.ys[last]


def _row_record(grid, lines, r, cells, kind, row_no) -> TableRow | None:
    top, bottom = _row_band(grid, r)
    inside = [ln for ln in lines if top <= ln.mid < bottom and grid.contains(ln)]
    if not inside:
        return None
    bbox = (grid.xs[0], top, grid.xs[-1], bottom)
    return TableRow(row_no, inside[0].no, inside[-1].no, cells, kind, grid.page, tuple(round(v, 2) for v in bbox))


def _add_rows(build: _Build, grid: _Grid, lines: Sequence[_Line], first_row: int, col_of, warnings: list[str]) -> None:
    width = len(build.columns)
    for r in range(first_row, len(grid.ys) - 1):
        cells = _aligned(grid.row(r), width, col_of)
        if not any(cells):
            continue
        kind = "total" if _is_total(cells) else "data"
        row = _row_record(grid, lines, r, cells, kind, len(build.rows) + 1)
        if row is None:
            warnings.append(f"《{build.title}》第{grid.page}页有一行找不到对应的文字行，已跳过")
            continue
        build.rows.append(row)
        build.end_line, build.end_page = row.end_line, grid.page


def _start_table(code, title, title_line: _Line, unit, grid: _Grid, lines, warnings) -> _Build:
    n_header = 0
    while n_header < len(grid.ys) - 1 and _row_kind([c.text for c in grid.row(n_header)]) == "header":
        n_header += 1
    if n_header == len(grid.ys) - 1:  # no figures at all: keep the first row as the header
        n_header = 1
    build = _Build(code, title, title_line.no, title_line.page, unit, grid.xs)
    build.columns = _header_paths(grid, n_header)
    build.header_texts = frozenset(
        re.sub(r"\s+", "", c.text) for c in grid.cells if c.r0 < n_header and c.text.strip()
    )
    width = len(build.columns)
    for r in range(n_header):
        row = _row_record(grid, lines, r, _aligned(grid.row(r), width, lambda c: c.c0), "header", 0)
        if row is not None:
            build.header_rows.append(row)
    build.end_line, build.end_page = title_line.no, title_line.page
    _add_rows(build, grid, lines, n_header, lambda c: c.c0, warnings)
    return build


def _column_map(build: _Build, grid: _Grid):
    """Map a continuation grid's cells onto the table's columns, or None when the layouts differ."""
    own = [_nearest(build.xs, x, _EDGE_TOL) for x in grid.xs]
    if None not in own:
        return lambda c: own[c.c0]
    if len(grid.xs) == len(build.xs):
        return lambda c: c.c0
    return None


def _continue_table(build: _Build, grid: _Grid, lines, col_of, warnings) -> None:
    first = 0
    while first < len(grid.ys) - 1:
        texts = [re.sub(r"\s+", "", c.text) for c in grid.row(first) if c.text.strip()]
        if not texts or _row_kind(texts) != "header" or not set(texts) <= build.header_texts:
            break
        first += 1  # a repeated header
    _add_rows(build, grid, lines, first, col_of, warnings)


# ---------------------------------------------------------------- page walk


def _is_toc(page: _Page) -> bool:
    if not page.lines:
        return False
    if re.sub(r"\s+", "", page.lines[0].text) in ("目录", "目次"):
        return True
    dotted = sum(1 for ln in page.lines if "……" in ln.text or "...." in ln.text)
    return dotted * 2 > len(page.lines)


def _is_cover(page: _Page) -> bool:
    return (
        page.number == 1 and not page.grids and 0 < len(page.lines) <= 8
        and not any(ln.text.rstrip().endswith(_SENTENCE_END) for ln in page.lines)
    )


@dataclass
class _Walk:
    """State while walking the pages: finished tables, narrative lines, the table that may continue."""

    tables: list[_Build] = field(default_factory=list)
    narrative: list[_Line] = field(default_factory=list)
    cover: list[_Line] = field(default_factory=list)
    open_table: _Build | None = None
    warnings: list[str] = field(default_factory=list)


def _walk_page(walk: _Walk, page: _Page) -> None:
    """Tables (titled, or continuing the open one), their notes, and the narrative lines of one page."""
    free = [ln for ln in page.lines if not any(g.contains(ln) for g in page.grids)]
    used: set[int] = set()
    for grid in page.grids:
        above = [ln for ln in free if ln.bottom <= grid.ys[0] + 1 and ln.no not in used]
        titled = next(((ln, t) for ln in reversed(above) if (t := _title_of(ln))), None)
        if titled is not None:
            _titled_grid(walk, page, grid, above, titled, used)
        elif not _continues_table(walk, page, grid, above, used):
            walk.warnings.append(f"第{page.number}页有一个没有标题的表格，按正文处理")
            _flush_narrative(walk, above + [ln for ln in page.lines if grid.contains(ln)], used)
            continue
        _take_note(walk, free, grid, used)
    _flush_narrative(walk, free, used)


def _titled_grid(walk: _Walk, page: _Page, grid: _Grid, above: list[_Line], titled, used: set[int]) -> None:
    title_line, (code, title) = titled
    between = [ln for ln in above if ln.no >= title_line.no]  # the title, 编制部门/单位 line(s)
    used.update(ln.no for ln in between)
    prev = walk.open_table
    if prev is not None and prev.title == title and _CONTINUED.search(title_line.text.strip()):
        col_of = _column_map(prev, grid)
        if col_of is not None:  # "…表（续）"
            _continue_table(prev, grid, page.lines, col_of, walk.warnings)
            return
    _flush_narrative(walk, [ln for ln in above if ln.no < title_line.no], used)
    unit = next((m.group(1) for ln in between if (m := _UNIT.search(ln.text))), None)
    build = _start_table(code, title, title_line, unit, grid, page.lines, walk.warnings)
    build.header_rows[:0] = [_unit_row(ln) for ln in between if ln.no != title_line.no and _UNIT.search(ln.text)]
    walk.tables.append(build)
    walk.open_table = build


def _unit_row(line: _Line) -> TableRow:
    bbox = tuple(round(v, 2) for v in (line.x0, line.top, line.x1, line.bottom))
    return TableRow(0, line.no, line.no, (line.text.strip(),), "unit", line.page, bbox)


def _continues_table(walk: _Walk, page: _Page, grid: _Grid, above: list[_Line], used: set[int]) -> bool:
    """Append an untitled grid to the open table when nothing stands between them and the columns match."""
    prev = walk.open_table
    col_of = _column_map(prev, grid) if prev is not None else None
    if prev is None or col_of is None or any(_is_content(ln) for ln in above):
        return False
    used.update(ln.no for ln in above)
    _continue_table(prev, grid, page.lines, col_of, walk.warnings)
    return True


def _is_content(line: _Line) -> bool:
    return not _PAGE_NUMBER.match(line.text)


def _take_note(walk: _Walk, free: list[_Line], grid: _Grid, used: set[int]) -> None:
    below = [ln for ln in free if ln.top >= grid.ys[-1] - 1 and ln.no not in used]
    if not below or not _NOTE.match(below[0].text.strip()) or walk.open_table is None:
        return
    note = [below[0]]
    for ln in below[1:]:
        if note[-1].text.rstrip().endswith(_SENTENCE_END) or _title_of(ln) or _NUMBERED.match(ln.text.strip()):
            break
        note.append(ln)
    walk.open_table.note.extend(note)
    used.update(ln.no for ln in note)


def _flush_narrative(walk: _Walk, lines: list[_Line], used: set[int]) -> None:
    for ln in sorted(lines, key=lambda x: x.no):
        if ln.no not in used:
            _add_narrative(walk, ln)
            used.add(ln.no)


def _add_narrative(walk: _Walk, line: _Line) -> None:
    if not _is_content(line):
        return
    walk.narrative.append(line)
    walk.open_table = None


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _repeated_prefix(lines: Sequence[_Line], seen: str) -> int:
    """How many leading lines of a page repeat text already printed (a passage printed twice)."""
    k, prefix = 0, ""
    while k < len(lines) and _key(lines[k].text) and (prefix + _key(lines[k].text)) in seen:
        prefix += _key(lines[k].text)
        k += 1
    return k if len(prefix) >= 30 else 0


def _walk(pages: Sequence[_Page]) -> _Walk:
    walk = _Walk()
    seen = ""  # the narrative text so far, without whitespace
    starts: list[tuple[int, int]] = []  # (offset in seen, page number)
    for page in pages:
        if not page.lines:
            continue
        if _is_toc(page):
            walk.open_table = None
            continue
        if _is_cover(page):
            walk.cover.extend(page.lines)
            continue
        if not page.grids:
            k = _repeated_prefix(page.lines, seen)
            if k:
                at = seen.find("".join(_key(ln.text) for ln in page.lines[:k]))
                twin = max(n for offset, n in starts if offset <= at)
                what = "全部内容" if k == len(page.lines) else f"前{k}行"
                walk.warnings.append(f"第{page.number}页的{what}重复了第{twin}页的内容，已跳过")
                page = _Page(page.number, page.width, page.lines[k:], page.grids)
            starts.append((len(seen), page.number))
            seen += "".join(_key(ln.text) for ln in page.lines)
        _walk_page(walk, page)
    return walk


# ---------------------------------------------------------------- narrative


@dataclass(frozen=True)
class _Margins:
    left: float
    width: float
    indents: bool  # some lines on the page start further right than others


def _margins(lines: Sequence[_Line], width: float) -> _Margins:
    left = min(ln.x0 for ln in lines)
    return _Margins(left, width, any(ln.x0 - left > _INDENT for ln in lines))


def _heading_level(line: _Line, m: _Margins) -> int | None:
    """The heading level of a line (0 outermost), or None when it is body text."""
    text = line.text.strip()
    if len(text) > 40 or text.endswith(_SENTENCE_END) or re.search(r"[。；，,]", text):
        return None
    num = _NUMBERED.match(text)
    if num:
        mark = num.group(1)
        if re.search(r"[：:]", text) or len(text) > 30:
            return None
        if mark.startswith("第"):
            return 0
        if mark.endswith("、") and mark[0] in "一二三四五六七八九十":
            return 2
        if mark.startswith(("（", "(")):
            return 3
        return 4
    if re.search(r"[：:]", text):
        return None
    centred = abs((line.x0 + line.x1) / 2 - m.width / 2) < m.width * 0.08 and line.x0 - m.left > 40
    if centred or _SECTION_WORDS.search(text):
        return 1
    return None


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def _paragraphs(lines: list[_Line], pages: dict[int, _Page]) -> list[Paragraph]:
    by_page: dict[int, list[_Line]] = {}
    for ln in lines:
        by_page.setdefault(ln.page, []).append(ln)
    margins = {n: _margins(ls, pages[n].width) for n, ls in by_page.items()}
    levels = [_heading_level(ln, margins[ln.page]) for ln in lines]
    body: dict[int, list[_Line]] = {}
    for ln, level in zip(lines, levels, strict=True):
        if level is None:
            body.setdefault(ln.page, []).append(ln)
    margins = {n: _margins(body.get(n) or ls, pages[n].width) for n, ls in by_page.items()}  # body text only
    groups: list[list[int]] = []
    for i, ln in enumerate(lines):
        if groups and levels[i] is None and _continues(lines[groups[-1][-1]], ln, levels[groups[-1][-1]], margins):
            groups[-1].append(i)
        else:
            groups.append([i])
    out: list[Paragraph] = []
    stack: list[tuple[int, str]] = []
    for g in groups:
        text = ""
        for i in g:
            text = _join(text, lines[i].text.strip())
        level = levels[g[0]]
        if level is not None:
            stack = [(lv, t) for lv, t in stack if lv < level]
            stack.append((level, text))
        first, last = lines[g[0]], lines[g[-1]]
        out.append(Paragraph(
            len(out) + 1, tuple(t for _, t in stack), text, first.no, last.no,
            level is not None, first.page,
        ))
    return out


def _continues(a: _Line, b: _Line, a_level: int | None, margins: dict[int, _Margins]) -> bool:
    """Does line b carry on the paragraph that line a belongs to?

    On a page whose paragraphs start indented, a line at the left margin continues the paragraph (even
    when the line before happens to end at a full stop); elsewhere a line continues unless the one before
    ends a sentence.
    """
    if a_level is not None or b.no != a.no + 1 or _NUMBERED.match(b.text.strip()):
        return False  # a heading, something in between (a table, a skipped page), or a numbered item
    mb = margins[b.page]
    if mb.indents:
        return b.x0 - mb.left <= _INDENT
    return not _ends_sentence(a.text)


def _cover_paragraphs(lines: list[_Line]) -> list[Paragraph]:
    return [Paragraph(i, (), ln.text.strip(), ln.no, ln.no, False, ln.page) for i, ln in enumerate(lines, start=1)]


# ---------------------------------------------------------------- parse


def parse_pdf(source: SourceText) -> PdfParse:
    """Paragraphs and tables of a PDF read by `extract`. Raises DocumentError when no table is found."""
    pages = _pages_of(source)
    walk = _walk(pages)
    if not walk.tables:
        raise DocumentError(
            source.name, "没有找到预算表（带标题和表格线的表格），可能是扫描件或不是部门预算 (no budget tables found)"
        )
    cover = _cover_paragraphs(walk.cover)
    body = _paragraphs(walk.narrative, {p.number: p for p in pages})
    paragraphs = cover + [
        Paragraph(len(cover) + p.para_no, p.section, p.text, p.line_start, p.line_end, p.is_heading, p.page)
        for p in body
    ]
    tables = tuple(b.freeze(i) for i, b in enumerate(walk.tables, start=1))
    warnings = list(walk.warnings)
    warnings += [f"《{t.title}》没有数据行" + (f"（{t.note}）" if t.note else "") for t in tables if t.is_empty]
    return PdfParse(tuple(paragraphs), tables, tuple(warnings))
