"""Cut a ParsedDocument into retrieval units (chunks): narrative passages and rendered table rows.

Narrative chunks
    Built from the non-heading paragraphs, section by section: a chunk never spans two sections
    (so never a top-level one either). A paragraph longer than MAX_CHARS is split at sentence ends
    (。；！？) into pieces of at most MAX_CHARS (a single longer sentence stays whole);
    consecutive short paragraphs of the same section are packed together up to MAX_CHARS (joined
    by "\\n"). A chunk never ends mid-sentence: it ends at a sentence end or at the end of a
    paragraph. Headings are not chunks; they are the section. `line`/`end_line` are the source
    lines the passage starts and ends on.

Table-row chunks
    One per data or total row of every table (rows holding only "…" placeholders are skipped),
    rendered as readable Chinese with the column names:
    "表四 项目支出表 第4行：…；项目名称：某某服务经费（2024）；…；合计：120.500000万元". The text
    always starts with the chunk's section ("表四 项目支出表"); empty cells are skipped; amounts keep
    their document formatting plus the table's unit (the document's usual unit when the table has
    no unit line). In 表十三 (项目支出绩效目标) the section names the row's project,
    "表十三 项目支出绩效目标申报表 > 某某服务经费（2024）", so every indicator row carries its
    project's name; a responsible person / phone pair written in swapped columns is shown the
    right way round.

Text fields (the decision)
    `Chunk.text` is the passage in the document's own words (narrative) or the rendered row, and is
    what a citation shows. `Chunk.section` is the heading path ("第一部分… > 八、名称解释").
    `Chunk.search_text` is what gets embedded and BM25-indexed: for narrative chunks the section
    path, a newline, then the text, so a passage reads on its own; for table rows the text itself
    (it already names its table). The Chroma collection stores `search_text` as its document;
    `Chunk.from_metadata` strips the section prefix again.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import asdict, dataclass

from .records import Paragraph, ParsedDocument, Table, TableRow
from .tables import TOTAL_LABELS, parse_amount, split_code, squash

MAX_CHARS = 300
NARRATIVE = "narrative"
TABLE_ROW = "table_row"

_SENTENCE = re.compile(r"[^。；！？!?;]*[。；！？!?;]+[”’\"』」）)]*|[^。；！？!?;]+$")
_SENTENCE_END = tuple("。；！？!?;")
_PHONE = re.compile(r"^[\d\-—、,，/ ]{7,}$")
# columns whose numbers are codes, phones or indicator values, not amounts in the table's unit
_NOT_AMOUNT = {"单位代码", "科目编码", "序号", "文号", "项目责任人", "项目责任人电话", "本年绩效指标值"}
_INT_FIELDS = ("line", "end_line", "table_no", "row_no")


@dataclass(frozen=True)
class Chunk:
    """One retrieval unit with where it comes from (1-based, inclusive line span)."""

    chunk_id: str
    doc_id: str
    kind: str  # "narrative" | "table_row"
    text: str  # the document's own words (narrative) or the rendered row
    source: str  # file name
    line: int
    end_line: int
    section: str | None
    table_code: str | None
    table_no: int | None
    row_no: int | None

    @property
    def search_text(self) -> str:
        """The text to embed and to index for BM25: section path + newline + text for narrative."""
        if self.kind == NARRATIVE and self.section:
            return f"{self.section}\n{self.text}"
        return self.text

    @property
    def embed_text(self) -> str:
        """The text given to the embedding model: a table row without row numbers, column names and codes
        (about 30% fewer tokens than the rendered row, the same retrieval quality)."""
        if self.kind != TABLE_ROW:
            return self.search_text
        body = self.text[len(self.section or "") :] if self.section and self.text.startswith(self.section) else self.text
        body = re.sub(r"^\s*(第\d+行|[^：]{1,8}行)：", "", body)
        values = [part.split("：", 1)[-1] for part in body.split("；")]
        values = [re.sub(r"^[0-9A-Z]{3,}\s*[-－—]\s*", "", v) for v in values]
        return f"{self.section or ''} " + " ".join(v for v in values if v)

    def metadata(self) -> dict[str, str | int | float]:
        """Flat metadata for Chroma: everything but id and text, None values dropped."""
        md = asdict(self)
        for key in ("chunk_id", "text"):
            md.pop(key)
        return {k: v for k, v in md.items() if v is not None}

    @classmethod
    def from_metadata(cls, chunk_id: str, text: str, md: dict) -> Chunk:
        """Rebuild a chunk from a store record; `text` may be the raw text or the search text."""
        section = md.get("section")
        if md.get("kind") == NARRATIVE and section and text.startswith(f"{section}\n"):
            text = text[len(section) + 1 :]
        ints = {k: (int(md[k]) if md.get(k) is not None else None) for k in _INT_FIELDS}
        return cls(
            chunk_id=chunk_id, doc_id=str(md["doc_id"]), kind=str(md["kind"]), text=text,
            source=str(md.get("source", "")), line=ints["line"] or 0, end_line=ints["end_line"] or 0,
            section=section, table_code=md.get("table_code"), table_no=ints["table_no"], row_no=ints["row_no"],
        )


def doc_key(doc_id: str) -> str:
    """An ASCII-safe, stable short key for a doc_id (used in chunk ids)."""
    return hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:12]


def chunks_for(doc: ParsedDocument) -> list[Chunk]:
    """All chunks of a document: narrative passages first, then table rows, in document order."""
    return [*_narrative_chunks(doc), *(c for t in doc.tables for c in _table_chunks(doc, t))]


# ---------------------------------------------------------------- narrative


@dataclass(frozen=True)
class _Piece:
    """A paragraph or a sentence-bounded part of one, with the lines it starts and ends on."""

    section: tuple[str, ...]
    text: str
    line: int
    end_line: int


def split_sentences(text: str) -> list[str]:
    """'甲。乙；丙' -> ['甲。', '乙；', '丙']; closing quotes stay with their sentence."""
    return _SENTENCE.findall(text) or [text]


def _line_of(offsets: list[tuple[int, int]], pos: int) -> int:
    line = offsets[0][1]
    for start, n in offsets:
        if start <= pos:
            line = n
    return line


def _pieces(p: Paragraph, lines: list[str]) -> list[_Piece]:
    """A paragraph as one piece, or split at sentence ends when longer than MAX_CHARS."""
    if len(p.text) <= MAX_CHARS:
        return [_Piece(p.section, p.text, p.line_start, p.line_end)]
    # char offset -> source line (a paragraph is its non-blank source lines, stripped and joined)
    offsets: list[tuple[int, int]] = []
    pos = 0
    for n in range(p.line_start, p.line_end + 1):
        s = lines[n - 1].strip() if n - 1 < len(lines) else ""
        if s:
            offsets.append((pos, n))
            pos += len(s)
    if pos != len(p.text):
        offsets = [(0, p.line_start)]
    out: list[_Piece] = []
    buf, start = "", 0
    for sent in split_sentences(p.text):
        if buf and len(buf) + len(sent) > MAX_CHARS:
            out.append(_Piece(p.section, buf, _line_of(offsets, start), _line_of(offsets, start + len(buf) - 1)))
            start += len(buf)
            buf = ""
        buf += sent
    if buf:
        out.append(_Piece(p.section, buf, _line_of(offsets, start), p.line_end))
    return out


def _narrative_chunks(doc: ParsedDocument) -> list[Chunk]:
    lines = doc.source.lines
    groups: list[list[_Piece]] = []
    for p in doc.paragraphs:
        if p.is_heading or not p.text.strip():
            continue
        for piece in _pieces(p, lines):
            last = groups[-1] if groups else None
            split_para = len(p.text) > MAX_CHARS
            if (
                last
                and not split_para
                and last[-1].section == piece.section
                and sum(len(x.text) + 1 for x in last) + len(piece.text) <= MAX_CHARS
            ):
                last.append(piece)
            else:
                groups.append([piece])
    key = doc_key(doc.doc_id)
    out: list[Chunk] = []
    seen: dict[int, int] = {}
    for g in groups:
        line = g[0].line
        k = seen.get(line, 0)
        seen[line] = k + 1
        out.append(Chunk(
            chunk_id=f"{key}:{NARRATIVE}:{line}.{k}", doc_id=doc.doc_id, kind=NARRATIVE,
            text="\n".join(x.text for x in g), source=doc.source.name, line=line, end_line=g[-1].end_line,
            section=" > ".join(g[0].section) or None, table_code=None, table_no=None, row_no=None,
        ))
    return out


# ---------------------------------------------------------------- table rows


def _default_unit(doc: ParsedDocument) -> str | None:
    """The unit most tables state (the first one on a tie), for tables without a unit line."""
    common = Counter(t.unit for t in doc.tables if t.unit).most_common(1)
    return common[0][0] if common else None


def _value(column: str, cell: str, unit: str | None) -> str:
    if squash(cell) in TOTAL_LABELS:
        return squash(cell)
    if unit and column not in _NOT_AMOUNT and not column.startswith("列") and parse_amount(cell) is not None:
        return f"{cell}{unit}"
    return cell


def _label_of(r: TableRow) -> str | None:
    """The total label of a total row ('合计'), None for data rows."""
    if r.kind != "total":
        return None
    return next((squash(c) for c in r.cells[:3] if c), None)


def render_cells(t: Table, r: TableRow, *, unit: str | None) -> str:
    """The cells of a row as '列名：值；…' (empty cells and a total row's label left out)."""
    if t.kind == "dept_performance" or not t.columns or all(c.startswith("列") for c in t.columns):
        return _free_row(r)
    label = _label_of(r)
    cells = list(r.cells)
    if t.kind == "performance" and len(cells) > 4 and _PHONE.match(cells[3]) and cells[4] and not _PHONE.match(cells[4]):
        cells[3], cells[4] = cells[4], cells[3]
    parts: list[str] = []
    label_done = False
    for i, cell in enumerate(cells):
        if not cell:
            continue
        if label and not label_done and squash(cell) == label:
            label_done = True
            continue
        column = t.columns[i] if i < len(t.columns) else f"列{i + 1}"
        parts.append(f"{column}：{_value(column, cell, unit)}")
    return "；".join(parts)


def _free_row(r: TableRow) -> str:
    """A row of a table without column names (表十四): labels joined by '／', then '：' value."""
    cells = [c for c in r.cells if c and c != "…"]
    if len(cells) == 1:
        return cells[0]
    if len(cells) == 4 and r.cells and r.cells[0]:
        return f"{cells[0].rstrip('：:')}：{cells[1]}；{cells[2].rstrip('：:')}：{cells[3]}"
    return "／".join(c.rstrip("：:") for c in cells[:-1]) + "：" + cells[-1]


def has_content(r: TableRow) -> bool:
    """False for rows that hold nothing but empty cells and '…' placeholders."""
    return any(c and c != "…" for c in r.cells)


def _table_chunks(doc: ParsedDocument, t: Table) -> list[Chunk]:
    unit = t.unit or _default_unit(doc)
    key = doc_key(doc.doc_id)
    project: str | None = None
    out: list[Chunk] = []
    for r in t.rows:
        if r.kind not in ("data", "total") or not has_content(r):
            continue
        section = f"{t.code} {t.title}"
        if t.kind == "performance" and r.kind == "data":
            if len(r.cells) > 1 and r.cells[1]:
                project = split_code(r.cells[1])[1]
            if project:
                section += f" > {project}"
        label = _label_of(r)
        where = f"{label}行" if label else f"第{r.row_no}行"
        out.append(Chunk(
            chunk_id=f"{key}:{TABLE_ROW}:{r.line}", doc_id=doc.doc_id, kind=TABLE_ROW,
            text=f"{section} {where}：{render_cells(t, r, unit=unit)}", source=doc.source.name, line=r.line,
            end_line=r.end_line, section=section, table_code=t.code, table_no=t.number, row_no=r.row_no,
        ))
    return out
