"""Sources in context: a cited table row among its neighbours, a passage in its section, a PDF page.

Pure functions over an index's read-only SQLite connection (and its build folder, for the stored
copy of a PDF). They read only the stable provenance tables (`documents`, `source_tables`,
`table_rows`, `paragraphs`) and work for text documents (lines) and PDFs (pages and boxes):

    table_view(conn, citation)          -> TableView | None    the row's table: title, unit, header, neighbours
    passage_view(conn, citation)        -> PassageView | None  the passage's section and surrounding paragraphs
    page_image(conn, build_dir, doc_id, page, bbox)  -> PNG bytes | None (None for text documents)
    locate(conn, doc_id, line)          -> Citation | None     what a line number points at (for findings)
    table_title(conn, citation), row_kind(conn, citation)      the cited table's title, "data" or "total"
    header_grid(columns)                                       header paths as printed header rows (spans)
"""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .answer import Citation

Box = tuple[float, float, float, float]  # (x0, top, x1, bottom) in PDF points, top measured from the page's top

HIGHLIGHT_FILL = (255, 232, 110)  # yellow marker under the cited row (multiplied: the ink stays dark)
HIGHLIGHT_EDGE = (230, 81, 0)  # orange outline


@dataclass(frozen=True)
class ViewRow:
    """One row of a table as printed: its cells, where it is, and whether it is the cited one."""

    row_no: int  # 1-based among the table's data rows (0 when the row has none)
    line: int
    end_line: int
    kind: str  # data | total
    cells: tuple[str, ...]
    page: int | None = None
    bbox: Box | None = None
    cited: bool = False


@dataclass(frozen=True)
class TableView:
    """A cited row inside its table: the table's title, unit and header, and `context` rows either side."""

    doc_id: str
    source: str  # the original file name
    table_no: int
    code: str  # "表四", or "" when the template does not number its tables
    title: str
    unit: str | None
    columns: tuple[str, ...]  # header path per column ("本年收入/一般公共预算资金")
    rows: tuple[ViewRow, ...]  # the cited row and its neighbours, in document order
    rows_before: int  # rows of the table not shown above `rows`
    rows_after: int  # … and below
    page: int | None = None  # first page of the table (PDF)
    note: str | None = None  # a note printed under the table

    @property
    def label(self) -> str:
        """How people name the table: its code and title ("表四 项目支出表"), or the title alone."""
        return f"{self.code} {self.title}".strip()

    @property
    def cited(self) -> ViewRow | None:
        return next((r for r in self.rows if r.cited), None)


@dataclass(frozen=True)
class ViewParagraph:
    para_no: int
    text: str
    line_start: int
    line_end: int
    is_heading: bool = False
    page: int | None = None
    cited: bool = False


@dataclass(frozen=True)
class PassageView:
    """A cited passage inside its section: the section path and the paragraphs around it."""

    doc_id: str
    source: str
    section: str  # "第一部分 … > 八、名称解释"
    paragraphs: tuple[ViewParagraph, ...]

    @property
    def trail(self) -> tuple[str, ...]:
        """The section path as its headings, outermost first."""
        return tuple(p.strip() for p in self.section.split(" > ") if p.strip())

    @property
    def cited(self) -> tuple[ViewParagraph, ...]:
        return tuple(p for p in self.paragraphs if p.cited)


# ------------------------------------------------------------------------------------------ tables


def _source(conn: sqlite3.Connection, doc_id: str, fallback: str = "") -> str:
    row = conn.execute("SELECT source FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    return row[0] if row and row[0] else fallback


def _table_no(conn: sqlite3.Connection, c: Citation) -> int | None:
    """The table a citation is in: its table_no, else the table whose line span holds it, else its code."""
    if c.table_no is not None:
        return c.table_no
    rows = conn.execute(
        "SELECT table_no, code FROM source_tables WHERE doc_id = ? AND line <= ? AND end_line >= ? ORDER BY table_no",
        (c.doc_id, c.line, c.line),
    ).fetchall()
    exact = [no for no, code in rows if c.table and code == c.table]
    if exact or rows:
        return (exact or [rows[0][0]])[0]
    if c.table:
        row = conn.execute("SELECT table_no FROM source_tables WHERE doc_id = ? AND code = ? ORDER BY table_no",
                           (c.doc_id, c.table)).fetchone()
        return row[0] if row else None
    return None


def table_title(conn: sqlite3.Connection, citation: Citation) -> str | None:
    """The full title of the table a citation is in ("部门支出总体情况表"), or None for a passage."""
    if citation.table_title:
        return citation.table_title
    if citation.table is None and citation.table_no is None:
        return None
    no = _table_no(conn, citation)
    if no is None:
        return None
    row = conn.execute("SELECT title FROM source_tables WHERE doc_id = ? AND table_no = ?",
                       (citation.doc_id, no)).fetchone()
    return row[0] if row else None


def row_kind(conn: sqlite3.Connection, citation: Citation) -> str | None:
    """What the cited table row is: "data", "total" (a 合计 row) …; None when it is not a stored row."""
    no = _table_no(conn, citation)
    if no is None:
        return None
    row = conn.execute("SELECT kind FROM table_rows WHERE doc_id = ? AND table_no = ? AND line <= ? AND end_line >= ? "
                       "ORDER BY line DESC LIMIT 1", (citation.doc_id, no, citation.line, citation.line)).fetchone()
    return row[0] if row else None


def _box(bbox_json: str | None) -> Box | None:
    if not bbox_json:
        return None
    try:
        x0, top, x1, bottom = (float(v) for v in json.loads(bbox_json))
    except (ValueError, TypeError):
        return None
    return (x0, top, x1, bottom)


def table_view(conn: sqlite3.Connection, citation: Citation, context: int = 3) -> TableView | None:
    """The cited row highlighted among `context` data or total rows either side, with the table's header.

    None when the citation is not a table row or its table is not in the index.
    """
    if citation.table is None and citation.table_no is None:
        return None
    no = _table_no(conn, citation)
    if no is None:
        return None
    meta = conn.execute(
        "SELECT code, title, unit, columns_json, page, note FROM source_tables WHERE doc_id = ? AND table_no = ?",
        (citation.doc_id, no),
    ).fetchone()
    if meta is None:
        return None
    code, title, unit, columns_json, page, note = meta
    rows = conn.execute(
        "SELECT row_no, line, end_line, kind, cells_json, page, bbox_json FROM table_rows "
        "WHERE doc_id = ? AND table_no = ? AND kind IN ('data', 'total') ORDER BY line, row_no",
        (citation.doc_id, no),
    ).fetchall()
    at = next((i for i, r in enumerate(rows) if r[1] == citation.line), None)
    if at is None:  # a citation inside a multi-line row, or one that names the row by number
        at = next((i for i, r in enumerate(rows) if r[1] <= citation.line <= r[2]), None)
    if at is None and citation.row:
        at = next((i for i, r in enumerate(rows) if r[0] == citation.row), None)
    lo, hi = (0, min(len(rows), 2 * context + 1)) if at is None else (max(0, at - context), at + context + 1)
    shown = tuple(
        ViewRow(row_no=r[0] or 0, line=r[1], end_line=r[2], kind=r[3], cells=tuple(json.loads(r[4] or "[]")),
                page=r[5], bbox=_box(r[6]), cited=(i == at))
        for i, r in enumerate(rows[lo:hi], start=lo)
    )
    return TableView(
        doc_id=citation.doc_id, source=_source(conn, citation.doc_id, citation.source), table_no=no, code=code or "",
        title=title or "", unit=unit, columns=tuple(json.loads(columns_json or "[]")), rows=shown,
        rows_before=lo, rows_after=max(0, len(rows) - hi), page=page, note=note or None,
    )


def header_grid(columns: Sequence[str]) -> tuple[tuple[tuple[str, int, int], ...], ...]:
    """Header paths as printed header rows of (label, column span, row span) cells.

    ("合计", "本年收入/小计", "本年收入/其他") gives (("合计", 1, 2), ("本年收入", 2, 1)) over
    (("小计", 1, 1), ("其他", 1, 1)): a group label spans its columns, a short path spans down.
    """
    paths = [[p.strip() for p in str(c).split("/")] for c in columns]
    depth = max((len(p) for p in paths), default=0)
    grid = []
    for level in range(depth):
        row: list[tuple[str, int, int]] = []
        prev: list[str] | None = None  # path of the column that opened row[-1], when it is a group cell
        for path in paths:
            if level >= len(path):
                prev = None
                continue  # covered by the cell above, which spans down
            leaf = level == len(path) - 1
            if not leaf and prev is not None and prev[: level + 1] == path[: level + 1]:
                label, span, down = row[-1]
                row[-1] = (label, span + 1, down)
                continue
            row.append((path[level], 1, depth - level if leaf else 1))
            prev = None if leaf else path
        grid.append(tuple(row))
    return tuple(grid)


# ------------------------------------------------------------------------------------------ passages


def passage_view(conn: sqlite3.Connection, citation: Citation, context: int = 2) -> PassageView | None:
    """The cited paragraphs marked among `context` paragraphs either side, within the same section.

    None when no stored paragraph covers the citation's lines.
    """
    first, last = citation.line, max(citation.line, citation.end_line or citation.line)
    hits = conn.execute(
        "SELECT para_no, section FROM paragraphs WHERE doc_id = ? AND line_start <= ? AND line_end >= ? "
        "ORDER BY para_no",
        (citation.doc_id, last, first),
    ).fetchall()
    if not hits:
        return None
    section = hits[0][1] or ""
    cited = {no for no, s in hits if (s or "") == section}
    lo, hi = min(cited) - context, max(cited) + context
    rows = conn.execute(
        "SELECT para_no, text, line_start, line_end, is_heading, page, section FROM paragraphs "
        "WHERE doc_id = ? AND para_no BETWEEN ? AND ? ORDER BY para_no",
        (citation.doc_id, lo, hi),
    ).fetchall()
    paragraphs = tuple(
        ViewParagraph(para_no=r[0], text=r[1], line_start=r[2], line_end=r[3], is_heading=bool(r[4]), page=r[5],
                      cited=r[0] in cited)
        for r in rows if (r[6] or "") == section
    )
    return PassageView(doc_id=citation.doc_id, source=_source(conn, citation.doc_id, citation.source),
                       section=section, paragraphs=paragraphs)


# ------------------------------------------------------------------------------------------ lines (findings)


def _cells(conn: sqlite3.Connection, doc_id: str, table_no: int, line: int) -> tuple[tuple[str, str], ...]:
    """(header, text) pairs of the non-blank cells of the row starting at `line`."""
    row = conn.execute("SELECT r.cells_json, t.columns_json FROM table_rows r JOIN source_tables t "
                       "ON t.doc_id = r.doc_id AND t.table_no = r.table_no "
                       "WHERE r.doc_id = ? AND r.table_no = ? AND r.line = ?", (doc_id, table_no, line)).fetchone()
    if row is None:
        return ()
    cells, columns = json.loads(row[0] or "[]"), json.loads(row[1] or "[]")
    return tuple((columns[i] if i < len(columns) else f"列{i + 1}", str(c)) for i, c in enumerate(cells)
                 if str(c).strip())


def locate(conn: sqlite3.Connection, doc_id: str, line: int) -> Citation | None:
    """A citation for what a line of a document holds: the table row on that line, else its paragraph.

    Used to open the source view of a consistency finding, which knows only line numbers.
    """
    source = _source(conn, doc_id)
    row = conn.execute(
        "SELECT r.table_no, r.row_no, r.line, r.end_line, r.text, r.page, r.bbox_json, t.code, t.title "
        "FROM table_rows r JOIN source_tables t ON t.doc_id = r.doc_id AND t.table_no = r.table_no "
        "WHERE r.doc_id = ? AND r.line <= ? AND r.end_line >= ? ORDER BY r.line DESC LIMIT 1",
        (doc_id, line, line),
    ).fetchone()
    if row is not None:
        no, row_no, start, end, text, page, bbox_json, code, title = row
        return Citation(source=source, doc_id=doc_id, line=start, end_line=end, text=text, table=code or "",
                        row=row_no or None, page=page, bbox=_box(bbox_json), table_title=title, table_no=no,
                        cells=_cells(conn, doc_id, no, start))
    para = conn.execute(
        "SELECT section, text, line_start, line_end, page FROM paragraphs "
        "WHERE doc_id = ? AND line_start <= ? AND line_end >= ? ORDER BY line_start DESC LIMIT 1",
        (doc_id, line, line),
    ).fetchone()
    if para is not None:
        section, text, start, end, page = para
        return Citation(source=source, doc_id=doc_id, line=start, end_line=end, text=text, section=section, page=page)
    return None


# ------------------------------------------------------------------------------------------ PDF pages


def printed_line(conn: sqlite3.Connection, build_dir: str | Path, doc_id: str, line: int) -> str | None:
    """A text document's line as printed (1-based, runs of spaces as one), from the build's copy; None for a PDF,
    a missing copy or a line past its end."""
    row = conn.execute("SELECT format, stored, encoding FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    if row is None or row[0] != "text" or not row[1] or line < 1:
        return None
    root = Path(build_dir).resolve()
    path = (root / row[1]).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        return None
    with path.open(encoding=row[2] or "utf-8", errors="replace") as f:
        for n, text in enumerate(f, 1):
            if n == line:
                return " ".join(text.split()) or None
    return None


def stored_pdf(conn: sqlite3.Connection, build_dir: str | Path, doc_id: str) -> Path | None:
    """The build's copy of a PDF document, or None (a text document, or a copy that is missing)."""
    row = conn.execute("SELECT format, stored FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    if row is None or row[0] != "pdf" or not row[1]:
        return None
    root = Path(build_dir).resolve()
    path = (root / row[1]).resolve()
    if not path.is_relative_to(root) or not path.is_file():  # `stored` is relative to the build folder
        return None
    return path


def page_image(conn: sqlite3.Connection, build_dir: str | Path, doc_id: str, page: int | None,
               bbox: Box | None = None, *, scale: float = 2.0, margin: float | None = None) -> bytes | None:
    """PNG of a PDF page (1-based) with `bbox` drawn as a highlight; None for text documents or a bad page.

    With `margin` (points) and a bbox, only the part of the page from `margin` above the row to `margin`
    below it, and across the row's width (plus a little), is returned: readable on a small screen."""
    if page is None:
        return None
    path = stored_pdf(conn, build_dir, doc_id)
    if path is None:
        return None
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageDraw

    pdf = pdfium.PdfDocument(str(path))
    try:
        if not 1 <= page <= len(pdf):
            return None
        pg = pdf[page - 1]
        media_left, _, _, media_top = pg.get_mediabox()
        crop_left, _, _, crop_top = pg.get_cropbox()
        image = pg.render(scale=scale).to_pil().convert("RGB")
        pg.close()
    finally:
        pdf.close()
    if bbox is not None:
        # bbox is measured from the media box's top-left (pdfplumber); the image shows the crop box
        x0, top, x1, bottom = bbox
        dx, dy = media_left - crop_left, crop_top - media_top
        pad = 2.0
        box = [(x0 + dx - pad) * scale, (top + dy - pad) * scale, (x1 + dx + pad) * scale, (bottom + dy + pad) * scale]
        tint = Image.new("RGB", image.size, (255, 255, 255))
        ImageDraw.Draw(tint).rectangle(box, fill=HIGHLIGHT_FILL)
        image = ImageChops.multiply(image, tint)  # a marker under the text: white turns yellow, ink stays dark
        ImageDraw.Draw(image).rectangle(box, outline=HIGHLIGHT_EDGE, width=max(2, round(scale)))
        if margin is not None:
            side = min(margin, 24.0) * scale
            image = image.crop((max(0, round(box[0] - side)), max(0, round(box[1] - margin * scale)),
                                min(image.width, round(box[2] + side)), min(image.height, round(box[3] + margin * scale))))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
