"""Sources in context (qa/sources.py) on real SQLite.

Text documents: the bundled document ingested with the project's ingest and the fake embedder (the
session `real_index` of conftest). PDFs: a tiny PDF made with reportlab and a hand-made SQLite holding
only the documented provenance columns (documents, source_tables, table_rows, paragraphs), so these
tests do not depend on the PDF ingest.
"""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from qa import sources
from qa.answer import Citation

# ------------------------------------------------------------------------------------------ text documents


@pytest.fixture(scope="module")
def conn(real_index):
    from ingest.build import current_build, open_readonly

    c = open_readonly(current_build(real_index))
    yield c
    c.close()


@pytest.fixture(scope="module")
def doc(conn) -> tuple[str, str]:
    return conn.execute("SELECT doc_id, source FROM documents").fetchone()


def row_citation(conn, doc, needle: str, **extra) -> Citation:
    """A citation of the first table row whose text holds `needle`, as the answering core writes one."""
    doc_id, source = doc
    no, line, end, text, code = conn.execute(
        "SELECT r.table_no, r.line, r.end_line, r.text, t.code FROM table_rows r JOIN source_tables t "
        "ON t.doc_id = r.doc_id AND t.table_no = r.table_no WHERE r.doc_id = ? AND r.text LIKE ? ORDER BY r.line",
        (doc_id, f"%{needle}%"),
    ).fetchone()
    fields = {"source": source, "doc_id": doc_id, "line": line, "end_line": end, "text": text, "table": code}
    return Citation(**{**fields, **extra})


def para_citation(conn, doc, needle: str, **extra) -> Citation:
    doc_id, source = doc
    section, text, start, end = conn.execute(
        "SELECT section, text, line_start, line_end FROM paragraphs WHERE doc_id = ? AND text LIKE ? AND is_heading = 0",
        (doc_id, f"%{needle}%"),
    ).fetchone()
    fields = {"source": source, "doc_id": doc_id, "line": start, "end_line": end, "text": text, "section": section}
    return Citation(**{**fields, **extra})


def data_rows(conn, doc_id: str, table_no: int) -> int:
    return conn.execute("SELECT COUNT(*) FROM table_rows WHERE doc_id = ? AND table_no = ? AND kind IN ('data', 'total')",
                        (doc_id, table_no)).fetchone()[0]


def test_table_view_highlights_the_cited_row_among_its_neighbours(conn, doc):
    view = sources.table_view(conn, row_citation(conn, doc, "就业大厦装修二期"))
    assert view is not None
    assert (view.code, view.title, view.unit, view.label) == ("表四", "项目支出表", "万元", "表四 项目支出表")
    assert view.source == doc[1]
    assert "项目名称" in view.columns
    assert [r.cited for r in view.rows] == [False] * 3 + [True] + [False] * 3
    assert "就业大厦装修二期（2023）" in view.cited.cells
    assert "530.000000" in view.cited.cells
    assert view.rows_before + len(view.rows) + view.rows_after == data_rows(conn, view.doc_id, view.table_no)
    assert [r.line for r in view.rows] == sorted(r.line for r in view.rows)


@pytest.mark.parametrize("context", [0, 1, 5])
def test_table_view_context_sets_the_neighbours(conn, doc, context):
    view = sources.table_view(conn, row_citation(conn, doc, "就业大厦装修二期"), context=context)
    assert len(view.rows) == 2 * context + 1
    assert view.rows[context].cited


def test_table_view_finds_the_table_by_number_by_line_or_by_code(conn, doc):
    cited = row_citation(conn, doc, "就业大厦装修二期")
    by_code = sources.table_view(conn, cited)
    by_number = sources.table_view(conn, Citation(cited.source, cited.doc_id, cited.line, cited.text, table="",
                                                  table_no=by_code.table_no))
    by_line = sources.table_view(conn, Citation(cited.source, cited.doc_id, cited.line, cited.text, table=""))
    assert by_code == by_number == by_line


def test_table_view_at_the_edges_of_a_table(conn, doc):
    first = sources.table_view(conn, row_citation(conn, doc, "职业技能培训补贴（2023）"))
    assert first.rows_before == 0 and first.rows[0].cited
    total = sources.table_view(conn, row_citation(conn, doc, "3,139.901360"))
    assert total.cited.kind == "total" and total.rows_after == 0 and total.rows[-1].cited


def test_table_view_of_a_passage_is_none(conn, doc):
    assert sources.table_view(conn, para_citation(conn, doc, "“三公”经费：是指")) is None


def test_table_title_and_row_kind(conn, doc):
    cited = row_citation(conn, doc, "就业大厦装修二期")
    assert sources.table_title(conn, cited) == "项目支出表"
    assert sources.table_title(conn, Citation("x", "d", 1, "t", table="表四", table_title="项目支出表（新）")) == "项目支出表（新）"
    assert sources.table_title(conn, para_citation(conn, doc, "“三公”经费：是指")) is None
    assert sources.row_kind(conn, cited) == "data"
    assert sources.row_kind(conn, row_citation(conn, doc, "3,139.901360")) == "total"


def test_passage_view_marks_the_passage_in_its_section(conn, doc):
    view = sources.passage_view(conn, para_citation(conn, doc, "“三公”经费：是指"))
    assert view is not None
    assert view.trail[-1] == "八、名称解释" and view.source == doc[1]
    assert [p.text[:2] for p in view.cited] == ["3、"]
    texts = [p.text for p in view.paragraphs]
    assert len(texts) == 5 and texts[1].startswith("2、") and texts[3].startswith("4、")
    paras = {p.para_no for p in view.paragraphs}
    assert paras == set(range(min(paras), max(paras) + 1))


def test_passage_view_keeps_to_the_section(conn, doc):
    heading_next = para_citation(conn, doc, "1、基本支出：指为保障")  # the first paragraph under 八、名称解释
    view = sources.passage_view(conn, heading_next, context=3)
    assert view.paragraphs[0].is_heading and view.paragraphs[0].text == "八、名称解释"
    assert all(p.para_no > view.paragraphs[0].para_no - 1 for p in view.paragraphs)


def test_passage_view_marks_every_paragraph_of_a_multi_line_citation(conn, doc):
    first = para_citation(conn, doc, "1、基本支出：指为保障")
    third = para_citation(conn, doc, "“三公”经费：是指")
    span = Citation(first.source, first.doc_id, first.line, first.text, section=first.section, end_line=third.end_line)
    view = sources.passage_view(conn, span)
    assert [p.text[:2] for p in view.cited] == ["1、", "2、", "3、"]


def test_passage_view_of_an_unknown_line_is_none(conn, doc):
    assert sources.passage_view(conn, Citation(doc[1], doc[0], 10**6, "")) is None


def test_locate_turns_a_line_into_a_citation(conn, doc):
    row = row_citation(conn, doc, "就业大厦装修二期")
    found = sources.locate(conn, doc[0], row.line + 1)  # a line inside the multi-line row
    assert (found.table, found.table_title, found.line, found.row) == ("表四", "项目支出表", row.line, 26)
    assert ("项目名称", "就业大厦装修二期（2023）") in found.cells
    assert sources.table_view(conn, found).cited.line == row.line
    para = para_citation(conn, doc, "“三公”经费：是指")
    found = sources.locate(conn, doc[0], para.line)
    assert found.table is None and found.section == para.section and found.text == para.text
    assert sources.locate(conn, doc[0], 10**6) is None


def test_page_image_of_a_text_document_is_none(conn, doc, real_index):
    from ingest.build import current_build

    assert sources.stored_pdf(conn, current_build(real_index), doc[0]) is None
    assert sources.page_image(conn, current_build(real_index), doc[0], 1, (0, 0, 10, 10)) is None
    assert sources.page_image(conn, current_build(real_index), doc[0], None) is None


@pytest.mark.parametrize(
    ("columns", "grid"),
    [
        (["项目", "金额"], ((("项目", 1, 1), ("金额", 1, 1)),)),
        (["合计", "本年收入/小计", "本年收入/其他"],
         ((("合计", 1, 2), ("本年收入", 2, 1)), (("小计", 1, 1), ("其他", 1, 1)))),
        (["a/x", "b/x", "b/y/1", "b/y/2"],
         ((("a", 1, 1), ("b", 3, 1)), (("x", 1, 2), ("x", 1, 2), ("y", 2, 1)), (("1", 1, 1), ("2", 1, 1)))),
        ([], ()),
    ],
)
def test_header_grid(columns, grid):
    assert sources.header_grid(columns) == grid


# ------------------------------------------------------------------------------------------ PDFs

ROWS = [("办公运行经费", "1,200.00"), ("就业大厦装修二期", "530.00"), ("合计", "1,730.00")]
STORED = "sources/abc123.pdf"
DOC_ID = "普陀区商务委员会-2025"
PROVENANCE_DDL = """
CREATE TABLE documents (doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, stored TEXT, format TEXT NOT NULL,
  department TEXT NOT NULL, year INTEGER);
CREATE TABLE source_tables (doc_id TEXT, table_no INTEGER, code TEXT, title TEXT, kind TEXT, unit TEXT, line INTEGER,
  end_line INTEGER, page INTEGER, end_page INTEGER, columns_json TEXT, note TEXT);
CREATE TABLE table_rows (doc_id TEXT, table_no INTEGER, row_no INTEGER, line INTEGER, end_line INTEGER, kind TEXT,
  cells_json TEXT, text TEXT, page INTEGER, bbox_json TEXT);
CREATE TABLE paragraphs (doc_id TEXT, para_no INTEGER, section TEXT, text TEXT, line_start INTEGER, line_end INTEGER,
  is_heading INTEGER, page INTEGER);
"""


def make_pdf(path: Path, *, crop: tuple[float, float, float, float] | None = None) -> None:
    """Two A4 pages: a narrative paragraph and a small table on page 2 (CID font, no embedding)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 12)
    c.drawString(72, 780, "一、部门主要职责")
    c.drawString(72, 760, "负责本区商务发展规划。")
    c.showPage()
    if crop:
        c.setCropBox(crop)
    c.setFont("STSong-Light", 14)
    c.drawString(72, 800, "2025年项目支出表")
    c.setFont("STSong-Light", 11)
    for i, (name, amount) in enumerate(ROWS):
        c.drawString(72, 760 - 20 * i, name)
        c.drawRightString(400, 760 - 20 * i, amount)
    c.showPage()
    c.save()


def row_boxes(path: Path) -> list[tuple[float, float, float, float]]:
    """Each table row's box on page 2 as pdfplumber measures it (what the PDF ingest stores)."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        words = pdf.pages[1].extract_words()
    boxes = []
    for name, _ in ROWS:
        row = [w for w in words if abs(w["top"] - next(v["top"] for v in words if v["text"] == name)) < 1]
        boxes.append((min(w["x0"] for w in row), min(w["top"] for w in row), max(w["x1"] for w in row),
                      max(w["bottom"] for w in row)))
    return boxes


def pdf_index(build: Path, *, crop=None, db: str = ":memory:") -> tuple[sqlite3.Connection, list]:
    """A build folder with the PDF's stored copy and a SQLite of its provenance, as the PDF ingest writes it."""
    (build / "sources").mkdir(parents=True)
    pdf = build / STORED
    make_pdf(pdf, crop=crop)
    boxes = row_boxes(pdf)
    conn = sqlite3.connect(db)
    conn.executescript(PROVENANCE_DDL)
    conn.execute("INSERT INTO documents VALUES (?, ?, ?, 'pdf', '上海市普陀区商务委员会', 2025)",
                 (DOC_ID, "上海市普陀区商务委员会25年预算.pdf", STORED))
    conn.execute("INSERT INTO source_tables VALUES (?, 1, '', '2025年项目支出表', 'projects', '万元', 10, 14, 2, 2, ?, NULL)",
                 (DOC_ID, json.dumps(["项目名称", "金额"], ensure_ascii=False)))
    conn.execute("INSERT INTO table_rows VALUES (?, 1, 0, 11, 11, 'header', ?, '项目名称\t金额', 2, NULL)",
                 (DOC_ID, json.dumps(["项目名称", "金额"], ensure_ascii=False)))
    for n, ((name, amount), box) in enumerate(zip(ROWS, boxes, strict=True), start=1):
        kind = "total" if name == "合计" else "data"
        conn.execute("INSERT INTO table_rows VALUES (?, 1, ?, ?, ?, ?, ?, ?, 2, ?)",
                     (DOC_ID, n, 11 + n, 11 + n, kind, json.dumps([name, amount], ensure_ascii=False),
                      f"{name}\t{amount}", json.dumps(box)))
    conn.execute("INSERT INTO paragraphs VALUES (?, 1, '一、部门主要职责', '一、部门主要职责', 1, 1, 1, 1)", (DOC_ID,))
    conn.execute("INSERT INTO paragraphs VALUES (?, 2, '一、部门主要职责', '负责本区商务发展规划。', 2, 2, 0, 1)", (DOC_ID,))
    conn.commit()
    return conn, boxes


def png(data: bytes):
    from PIL import Image

    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return Image.open(io.BytesIO(data)).convert("RGB")


def outline(image) -> tuple[int, int, int, int]:
    """The pixel box of the highlight's orange outline."""
    edge = sources.HIGHLIGHT_EDGE
    xs, ys = [], []
    px = image.load()
    for y in range(image.height):
        for x in range(image.width):
            if all(abs(a - b) <= 12 for a, b in zip(px[x, y], edge, strict=True)):
                xs.append(x)
                ys.append(y)
    assert xs, "no highlight drawn"
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize("crop", [None, (30.0, 20.0, 560.0, 800.0)], ids=["mediabox", "cropbox"])
def test_page_image_highlights_the_cited_row(tmp_path, crop):
    conn, boxes = pdf_index(tmp_path, crop=crop)
    scale = 1.0
    image = png(sources.page_image(conn, tmp_path, DOC_ID, 2, boxes[1], scale=scale))
    width = (crop[2] - crop[0]) if crop else 595.2756
    assert abs(image.width - width * scale) <= 1
    x0, top, x1, bottom = outline(image)
    dx, dy = (-crop[0], -(841.8898 - crop[3])) if crop else (0, 0)
    bx0, btop, bx1, bbottom = boxes[1]
    # the outline is drawn 2 points outside the row's box, in the rendered page's pixels
    assert abs(x0 - (bx0 + dx - 2) * scale) <= 3 and abs(x1 - (bx1 + dx + 2) * scale) <= 3
    assert abs(top - (btop + dy - 2) * scale) <= 3 and abs(bottom - (bbottom + dy + 2) * scale) <= 3
    # inside: the row's dark text on a yellow ground; the next row stays white
    inside = [image.getpixel((x, y)) for y in range(round((btop + dy) * scale), round((bbottom + dy) * scale))
              for x in range(round((bx0 + dx) * scale), round((bx1 + dx) * scale))]
    assert min(sum(p) for p in inside) < 150, "the row's ink stays dark under the highlight"
    assert any(p[0] > 200 and p[1] > 180 and p[2] < 160 for p in inside), "the row is tinted yellow"
    below = [image.getpixel((x, round((boxes[2][1] + dy + 5) * scale)))
             for x in range(round((bx0 + dx) * scale), round((bx1 + dx) * scale))]
    assert not any(p[0] > 200 and p[2] < 160 for p in below)


def test_page_image_with_margin_is_the_part_around_the_row(tmp_path):
    conn, boxes = pdf_index(tmp_path)
    x0, top, x1, bottom = boxes[1]
    image = png(sources.page_image(conn, tmp_path, DOC_ID, 2, boxes[1], scale=1.0, margin=30))
    assert abs(image.height - (bottom - top + 4 + 60)) <= 2  # 2-point padding on each side of the row
    assert abs(image.width - (x1 - x0 + 4 + 48)) <= 2
    ox0, otop, ox1, obottom = outline(image)
    assert abs(otop - 30) <= 2 and abs(ox0 - 24) <= 2


def test_page_image_without_bbox_is_the_plain_page(tmp_path):
    conn, _ = pdf_index(tmp_path)
    image = png(sources.page_image(conn, tmp_path, DOC_ID, 1, scale=0.5))
    assert abs(image.width - 595.2756 * 0.5) <= 1
    colors = image.getcolors(maxcolors=1 << 16)
    assert not any(c[0] > 200 and c[2] < 160 and c[1] > 150 for _, c in colors)  # nothing highlighted


@pytest.mark.parametrize("page", [0, 3, -1])
def test_page_image_of_a_page_outside_the_document_is_none(tmp_path, page):
    conn, _ = pdf_index(tmp_path)
    assert sources.page_image(conn, tmp_path, DOC_ID, page) is None


def test_page_image_needs_the_stored_copy_inside_the_build(tmp_path):
    conn, _ = pdf_index(tmp_path / "build")
    outside = tmp_path / "elsewhere.pdf"
    make_pdf(outside)
    conn.execute("UPDATE documents SET stored = ?", ("../elsewhere.pdf",))
    assert sources.page_image(conn, tmp_path / "build", DOC_ID, 1) is None
    conn.execute("UPDATE documents SET stored = 'sources/missing.pdf'")
    assert sources.page_image(conn, tmp_path / "build", DOC_ID, 1) is None
    assert sources.page_image(conn, tmp_path / "build", "no-such-document", 1) is None


def test_table_view_of_a_pdf_row_without_table_code(tmp_path):
    conn, boxes = pdf_index(tmp_path)
    cited = Citation(source="上海市普陀区商务委员会25年预算.pdf", doc_id=DOC_ID, line=13, text="就业大厦装修二期\t530.00",
                     table="", page=2, bbox=boxes[1])
    view = sources.table_view(conn, cited, context=1)
    assert (view.code, view.title, view.label, view.page) == ("", "2025年项目支出表", "2025年项目支出表", 2)
    assert [r.cells[0] for r in view.rows] == ["办公运行经费", "就业大厦装修二期", "合计"]
    assert view.cited.page == 2 and view.cited.bbox == pytest.approx(boxes[1])
    assert view.rows[-1].kind == "total"
    found = sources.locate(conn, DOC_ID, 13)
    assert (found.page, found.table_title, found.table_no) == (2, "2025年项目支出表", 1)
    assert found.bbox == pytest.approx(boxes[1])


def test_passage_view_of_a_pdf_paragraph_has_its_page(tmp_path):
    conn, _ = pdf_index(tmp_path)
    view = sources.passage_view(conn, Citation(source="x.pdf", doc_id=DOC_ID, line=2, text="负责本区商务发展规划。",
                                               section="一、部门主要职责", page=1))
    assert view.trail == ("一、部门主要职责",)
    assert [(p.text, p.cited, p.page) for p in view.paragraphs] == [
        ("一、部门主要职责", False, 1), ("负责本区商务发展规划。", True, 1)]
