"""ingest.pdf: budget PDFs in the Shanghai template -> SourceText, paragraphs and tables.

Generated PDFs (tests/pdfgen.py) carry the figures they were drawn from, so most tests compare the parse with
them. The three real 上海市普陀区 budgets in ../shared/data/real are read when that folder is present.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pytest

from ingest import pdf
from ingest.errors import DocumentError
from ingest.records import SourceText, Table
from tests import pdfgen

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "real"
needs_real = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/data/real (the real budget PDFs) is not present")
VARIANT_SEEDS = (2, 3, 5, 8, 12, 19, 29)  # together they cover every Layout option (see test_variant_seeds_*)


@dataclass(frozen=True)
class Doc:
    data: bytes
    source: SourceText
    parsed: pdf.PdfParse
    expected: pdfgen.Expected | None = None

    def table(self, word: str) -> Table:
        return next(t for t in self.parsed.tables if word in t.title)


def read(name: str, data: bytes, expected: pdfgen.Expected | None = None) -> Doc:
    source = pdf.extract(name, data)
    return Doc(data, source, pdf.parse_pdf(source), expected)


def amount(cell: str) -> Decimal:
    return Decimal(cell.replace(",", "")) if cell.strip() else Decimal(0)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def doc() -> Doc:
    data, expected = pdfgen.build_pdf(pdfgen.default_spec())
    return read("jingan_health_2025.pdf", data, expected)


# ---------------------------------------------------------------- the text layer


def test_extract_gives_one_line_per_text_line_with_its_page(doc):
    src = doc.source
    assert src.encoding == "pdf" and src.is_pdf
    assert src.name == "jingan_health_2025.pdf"
    assert src.sha256 == hashlib.sha256(doc.data).hexdigest()
    assert src.data == doc.data
    assert len(src.pages) == len(src.lines)
    assert list(src.pages) == sorted(src.pages)
    assert set(src.pages) == set(range(1, doc.expected.pages + 1))
    assert src.lines[0] == "上海市静安区2025年区级部门预算"


def test_cover_facts_are_kept_as_paragraphs(doc):
    first, second = doc.parsed.paragraphs[:2]
    assert (first.text, first.page, first.section) == ("上海市静安区2025年区级部门预算", 1, ())
    assert second.text == "预算主管部门：上海市静安区卫生健康委员会"


# ---------------------------------------------------------------- tables


def test_tables_are_found_by_their_titles_in_document_order(doc):
    tables = doc.parsed.tables
    assert [t.title for t in tables] == [t.title for t in doc.expected.tables]
    assert [t.number for t in tables] == list(range(1, 10))
    assert all(t.code == "" and t.kind == "" for t in tables)
    for t in tables:
        assert t.title in doc.source.lines[t.line - 1]


@pytest.mark.parametrize("k", range(9))
def test_each_table_reads_as_drawn(doc, k):
    got, want = doc.parsed.tables[k], doc.expected.tables[k]
    assert got.columns == want.columns
    assert got.unit == want.unit
    assert (got.page, got.end_page) == (want.page, want.end_page)
    assert got.note == want.note
    assert [(r.cells, r.kind, r.page) for r in got.rows] == [(r.cells, r.kind, r.page) for r in want.rows]
    assert [r.row_no for r in got.rows] == list(range(1, len(got.rows) + 1))


def test_header_paths_come_from_merged_header_cells(doc):
    spend = doc.table("部门支出预算总表")
    assert spend.columns == (
        "功能分类科目编码/类", "功能分类科目编码/款", "功能分类科目编码/项", "功能分类科目名称",
        "支出预算/合计", "支出预算/基本支出", "支出预算/项目支出",
    )
    summary = doc.table("财务收支预算总表")
    assert summary.columns == ("本年收入/项目", "本年收入/预算数", "本年支出/项目", "本年支出/预算数")
    # "事业单位经营收入" is wrapped over two lines in its narrow header cell
    assert "收入预算/事业单位经营收入" in doc.table("收入预算总表").columns


def test_unit_and_header_rows_precede_the_data(doc):
    t = doc.table("部门支出预算总表")
    unit, *header = t.header_rows
    assert unit.kind == "unit" and "单位：元" in unit.cells[0] and "编制部门：上海市静安区卫生健康委员会" in unit.cells[0]
    assert [h.kind for h in header] == ["header"] * 3
    assert header[1].cells[3:] == ("功能分类科目名称", "合计", "基本支出", "项目支出")
    assert all(h.page == t.page and h.row_no == 0 for h in t.header_rows)
    assert t.line < unit.line < header[0].line < t.rows[0].line <= t.end_line


def test_every_row_maps_to_its_page_line_and_box(doc):
    lines = doc.source.lines
    for t in doc.parsed.tables:
        for row in (*t.header_rows, *t.rows):
            assert row.page is not None and doc.source.page_of(row.line) == row.page
            assert row.line <= row.end_line
            text = squash("".join(lines[row.line - 1 : row.end_line]))
            if row.kind == "header":  # a wrapped header cell's lines interleave with its neighbours' lines
                assert all(set(squash(c)) <= set(text) for c in row.cells), (t.title, row)
            else:
                assert all(squash(c) in text for c in row.cells if c), (t.title, row)
            x0, top, x1, bottom = row.bbox
            assert 0 <= x0 < x1 <= pdfgen.PAGE_W and 0 <= top < bottom <= pdfgen.PAGE_H


def test_rows_run_down_each_page(doc):
    for t in doc.parsed.tables:
        for a, b in zip(t.rows, t.rows[1:], strict=False):
            assert a.line < b.line
            if a.page == b.page:
                assert a.bbox[3] <= b.bbox[1] + 0.5


def test_a_table_over_several_pages_is_one_table(doc):
    t = doc.table("部门支出预算总表")
    pages = sorted({r.page for r in t.rows})
    assert len(pages) >= 3 and t.end_page == pages[-1]
    total = t.rows[-1]
    assert [r for r in t.rows if r.page == total.page] == [total]  # a page holding only the 合计 row
    assert total.kind == "total" and total.cells[:4] == ("合计", "", "", "")
    figures = doc.expected.figures
    assert [amount(c) for c in total.cells[4:]] == [Decimal(figures[k]) for k in ("total", "basic", "project")]


def test_a_repeated_header_is_not_read_as_data(doc):
    t = doc.table("一般公共预算支出功能分类预算表")
    want = doc.expected.table("一般公共预算支出功能分类预算表")
    assert t.end_page > t.page
    assert len(t.rows) == len(want.rows)
    headers = {c for h in t.header_rows for c in h.cells if c}
    assert not any(set(r.cells) & headers - {"合计"} for r in t.rows)
    # the continuation pages' header lines belong to no row
    header_lines = [i for i, ln in enumerate(doc.source.lines, 1) if squash(ln) == "类款项"]
    assert len(header_lines) > 1
    assert not any(r.line in header_lines for r in t.rows)


def test_empty_tables_keep_title_header_and_note(doc):
    for word, fund in (("政府性基金预算支出", "政府性基金预算"), ("国有资本经营预算支出", "国有资本经营预算")):
        t = doc.table(word)
        assert t.is_empty
        assert t.note == f"注:本部门2025年无{fund}财政拨款安排的预算，故本表为空表。"
        assert t.columns[4] == f"{word}/合计"
        assert [(r.kind, r.cells) for r in t.rows] == [("total", ("合计", "", "", "", "", "", ""))]
        assert t.end_line > t.rows[-1].line  # the note's line is part of the table
        assert any(word in w and "空表" in w for w in doc.parsed.warnings)


def test_total_rows_are_marked(doc):
    for t in doc.parsed.tables:
        totals = [r for r in t.rows if r.kind == "total"]
        if "三公" in t.title:
            assert not totals
            continue
        assert totals == [t.rows[-1]]
        assert re.search("合计|总计", totals[0].cells[0])
    assert doc.table("财务收支预算总表").rows[-1].cells[::2] == ("收入总计", "支出总计")


def test_figures_add_up(doc):
    t = doc.table("部门支出预算总表")
    col = {c: i for i, c in enumerate(t.columns)}
    lei = [r for r in t.rows if r.kind == "data" and not r.cells[1]]
    total = t.rows[-1]
    for k in ("支出预算/合计", "支出预算/基本支出", "支出预算/项目支出"):
        assert sum(amount(r.cells[col[k]]) for r in lei) == amount(total.cells[col[k]])
    for r in t.rows:
        basic, project = amount(r.cells[col["支出预算/基本支出"]]), amount(r.cells[col["支出预算/项目支出"]])
        assert basic + project == amount(r.cells[col["支出预算/合计"]])
    econ = doc.table("经济分类")
    assert amount(econ.rows[-1].cells[3]) == amount(total.cells[col["支出预算/基本支出"]])


def test_the_sangong_table_is_one_wide_row_in_wan_yuan(doc):
    t = doc.table("三公")
    assert t.unit == "万元"
    assert t.columns[-1] == "机关运行经费预算数"
    assert t.columns[3] == "“三公”经费预算数/公务用车购置及运行费/小计"
    (row,) = t.rows
    assert row.kind == "data" and row.cells[-1] == "171.01" and row.cells[0] == "22.56"
    assert row.cells[1] == ""  # a zero written as a blank


# ---------------------------------------------------------------- narrative


def test_paragraphs_read_as_written(doc):
    got = [(p.text, p.page, p.is_heading, p.section) for p in doc.parsed.paragraphs]
    want = [(p.text, p.page, p.heading, p.section) for p in doc.expected.paragraphs]
    assert got == want
    assert [p.para_no for p in doc.parsed.paragraphs] == list(range(1, len(got) + 1))


def test_wrapped_lines_are_joined_into_one_paragraph(doc):
    duty = next(p for p in doc.parsed.paragraphs if p.text.startswith("1、贯彻执行"))
    assert duty.line_end == duty.line_start + 1
    assert duty.text == "1、" + pdfgen.DUTIES[0]
    first_line = doc.source.lines[duty.line_start - 1]
    assert duty.text.startswith(first_line) and len(first_line) < len(duty.text)


def test_paragraph_page_is_the_page_of_its_first_line(doc):
    for p in doc.parsed.paragraphs:
        assert p.page == doc.source.page_of(p.line_start)
        assert p.line_start <= p.line_end


def test_sections_follow_the_headings(doc):
    paras = doc.parsed.paragraphs
    titles = [p.text for p in paras if p.is_heading and len(p.section) == 1]
    assert titles[:4] == ["上海市静安区卫生健康委员会主要职能", "上海市静安区卫生健康委员会机构设置", "名词解释",
                          "2025年部门预算编制说明"]
    purchase = next(p for p in paras if p.text.startswith("2025年度本部门政府采购预算"))
    assert purchase.section == ("其他相关情况说明", "三、政府采购预算情况")
    assert purchase.section_path == "其他相关情况说明 > 三、政府采购预算情况"


def test_a_project_description_is_a_section_named_by_its_title(doc):
    spec = pdfgen.default_spec()
    for project in spec.projects:
        title = f"{project.name}经费情况说明"
        inside = [p for p in doc.parsed.paragraphs if p.section[:1] == (title,)]
        heads = [p.section[1] for p in inside if p.is_heading and len(p.section) == 2]
        assert heads == ["一、项目概述", "二、立项依据", "三、实施主体", "四、实施方案", "五、实施周期", "六、年度预算安排",
                         "七、绩效目标"]
        budget = next(p for p in inside if p.section[-1] == "六、年度预算安排" and not p.is_heading)
        assert f"{project.budget:,.2f}万元" in budget.text


def test_the_contents_page_is_not_narrative(doc):
    toc = doc.expected.toc_page
    assert any("目 录" in ln for ln, pg in zip(doc.source.lines, doc.source.pages, strict=True) if pg == toc)
    assert not [p for p in doc.parsed.paragraphs if p.page == toc]
    assert not [t for t in doc.parsed.tables if t.page == toc]


def test_a_page_printed_twice_is_read_once(doc):
    (dup,) = doc.expected.duplicate_pages
    assert f"第{dup}页的全部内容重复了第{dup - 1}页的内容，已跳过" in doc.parsed.warnings
    assert not [p for p in doc.parsed.paragraphs if p.page == dup]
    texts = [p.text for p in doc.parsed.paragraphs]
    assert texts.count("8、完成区委、区政府交办的其他任务。") == 1
    assert doc.source.pages.count(dup) > 0  # still in the text layer


# ---------------------------------------------------------------- layout variants


@pytest.mark.parametrize("seed", VARIANT_SEEDS)
def test_generated_variants_read_as_drawn(seed):
    data, want = pdfgen.build_pdf(pdfgen.random_spec(seed))
    got = read(f"budget_{seed}.pdf", data, want)
    for t, e in zip(got.parsed.tables, want.tables, strict=True):
        assert (t.title, t.unit, t.columns, t.note, t.page, t.end_page) == (
            e.title, e.unit, e.columns, e.note, e.page, e.end_page)
        assert [(r.cells, r.kind, r.page) for r in t.rows] == [(r.cells, r.kind, r.page) for r in e.rows]
    assert [(p.text, p.page, p.section) for p in got.parsed.paragraphs] == [
        (p.text, p.page, p.section) for p in want.paragraphs]


def test_variant_seeds_cover_every_layout_option():
    layouts = [pdfgen.random_spec(s).layout for s in VARIANT_SEEDS]
    assert {x.unit for x in layouts} == {"元", "万元"}
    assert {x.zero for x in layouts} == {"", "0", "0.00"}
    for option in ("decimals", "repeat_header", "total_alone", "duplicate_page", "toc_leaders", "continued_title"):
        assert {getattr(x, option) for x in layouts} == {True, False}, option
    assert {x.rows_per_page for x in layouts} >= {0, 9, 13}


# ---------------------------------------------------------------- refusals


@pytest.mark.parametrize(("make", "words"), [
    (pdfgen.encrypted_pdf, "密码保护"),
    (pdfgen.scanned_pdf, "OCR"),
    (lambda: pdfgen.truncated_pdf(pdfgen.build_pdf()[0]), "不完整"),
    (pdfgen.prose_pdf, "不是部门预算文件"),
    (pdfgen.english_pdf, "没有中文预算文字"),
    (lambda: b"Hello, this is plain text.", "不是 PDF"),
    (lambda: b"%PDF-1.4\n1 0 obj << /Foo 1 >> garbage\n%%EOF\n", "已损坏"),
    (lambda: pdfgen.long_pdf(pdf.MAX_PAGES + 1), "超过上限 500 页"),
])
def test_unusable_pdfs_are_refused_with_a_clear_message(make, words):
    with pytest.raises(DocumentError) as err:
        pdf.extract("upload.pdf", make())
    assert words in str(err.value)
    assert str(err.value).startswith("upload.pdf：")


def test_an_undecodable_text_layer_is_refused():
    # encrypted against editing only: it opens, but pdfminer cannot map this file's CID font to Unicode
    with pytest.raises(DocumentError, match="文字无法解码"):
        pdf.extract("locked.pdf", pdfgen.encrypted_pdf(user_password=""))


def test_a_budget_pdf_without_tables_is_refused_by_the_parser():
    source = pdf.extract("notes.pdf", pdfgen.tableless_pdf())
    with pytest.raises(DocumentError, match="没有找到预算表"):
        pdf.parse_pdf(source)


def test_the_parser_needs_the_pdf_bytes(doc):
    with pytest.raises(DocumentError, match="没有 PDF 原始数据"):
        pdf.parse_pdf(replace(doc.source, data=None))


def test_the_parser_reads_the_pdf_again_when_it_was_not_just_extracted(doc):
    pdf._RECENT.clear()
    again = pdf.parse_pdf(doc.source)
    assert again == doc.parsed


def test_a_text_layer_that_does_not_match_the_pdf_is_refused(doc):
    other = pdf.extract("other.pdf", pdfgen.build_pdf(pdfgen.random_spec(2))[0])
    with pytest.raises(DocumentError, match="不一致"):
        pdf.parse_pdf(replace(doc.source, data=other.data, sha256=other.sha256))


# ---------------------------------------------------------------- the generator


def test_write_pdf_puts_the_expected_figures_next_to_the_pdf(tmp_path):
    spec = pdfgen.random_spec(4)
    expected = pdfgen.write_pdf(spec, tmp_path / "a.pdf")
    saved = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert saved["department"] == spec.department == expected.department
    assert Decimal(saved["figures"]["total"]) == spec.total == spec.basic + spec.project
    assert len(saved["tables"]) == 9
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_the_command_line_writes_count_different_documents(tmp_path):
    assert pdfgen.main(["--out", str(tmp_path), "--count", "3", "--seed", "10"]) == 0
    pdfs = sorted(tmp_path.glob("*.pdf"))
    assert [p.name for p in pdfs] == ["budget_00010.pdf", "budget_00011.pdf", "budget_00012.pdf"]
    assert len({hashlib.sha256(p.read_bytes()).hexdigest() for p in pdfs}) == 3
    assert all(p.with_suffix(".json").exists() for p in pdfs)


def test_random_specs_vary_and_add_up():
    specs = [pdfgen.random_spec(s) for s in range(60)]
    assert len({s.department for s in specs}) > 30
    assert len({s.year for s in specs}) > 3
    assert len({s.total for s in specs}) == 60
    for s in specs:
        assert sum((e.amount for e in s.economics), Decimal(0)) == s.basic


def test_an_inconsistent_spec_is_rejected():
    spec = pdfgen.default_spec()
    bad = replace(spec, economics=spec.economics[:-1])
    with pytest.raises(ValueError, match="经济分类合计"):
        pdfgen.build_pdf(bad)


# ---------------------------------------------------------------- the real Shanghai PDFs

REAL_FILES = {
    "commerce25": "上海市普陀区商务委员会25年预算.pdf",
    "wanli25": "上海市普陀区人民政府万里街道办事处25年预算.pdf",
    "wanli24": "上海市普陀区人民政府万里街道办事处24年预算.pdf",
}


@pytest.fixture(scope="module")
def real() -> dict[str, Doc]:
    if not REAL.is_dir():
        pytest.skip("../shared/data/real is not present")
    return {key: read(name, (REAL / name).read_bytes()) for key, name in REAL_FILES.items()}


@needs_real
def test_real_expenditure_total_and_its_page(real):
    t = real["commerce25"].table("部门支出预算总表")
    total = t.rows[-1]
    assert total.kind == "total" and total.page == 13
    assert total.cells == ("合计", "", "", "", "371,514,655.00", "19,830,655.00", "351,684,000.00")
    assert t.columns[4:] == ("支出预算/合计", "支出预算/基本支出", "支出预算/项目支出")
    assert (t.page, t.end_page, t.unit) == (12, 13, "元")


@needs_real
def test_real_row_figures_sit_in_their_columns(real):
    t = real["commerce25"].table("部门支出预算总表")
    row = next(r for r in t.rows if r.cells[3] == "行政运行")
    assert row.cells[:3] == ("201", "13", "01")
    assert row.cells[t.columns.index("支出预算/基本支出")] == "9,389,913.00"
    assert row.cells[t.columns.index("支出预算/项目支出")] == ""
    assert real["commerce25"].source.lines[row.line - 1] == "201 13 01 行政运行 9,389,913.00 9,389,913.00"


@needs_real
def test_real_sangong_table(real):
    t = real["commerce25"].table("三公")
    assert t.unit == "万元"
    assert t.columns[-1].endswith("机关运行经费预算数")
    assert t.rows[0].cells[-1] == "171.01"
    wanli = real["wanli24"].table("三公")  # the file prints figures and "故本表为空表" together: both are kept
    assert wanli.rows[0].cells == ("47.91", "0", "1.35", "46.56", "25", "21.56", "443.18")
    assert "空表" in wanli.note


@needs_real
def test_real_documents_have_nine_tables_with_units_and_pages(real):
    for d in real.values():
        tables = d.parsed.tables
        assert len(tables) == 9
        assert [t.unit for t in tables] == ["元"] * 8 + ["万元"]
        for t in tables:
            for r in t.rows:
                assert r.page is not None and d.source.page_of(r.line) == r.page
                assert t.page <= r.page <= t.end_page


@needs_real
def test_real_empty_tables_have_notes(real):
    for d in real.values():
        empty = [t for t in d.parsed.tables if t.is_empty]
        assert len(empty) == 2
        assert all("故本表为空表" in t.note for t in empty)


@needs_real
def test_real_continuation_pages(real):
    wanli = real["wanli25"]
    spend = wanli.table("部门支出预算总表")  # no repeated header; page 18 holds only the 合计 row
    assert (spend.page, spend.end_page, len(spend.rows)) == (14, 18, 67)
    assert spend.rows[-1].page == 18 and spend.rows[-2].page == 17
    general = wanli.table("一般公共预算支出功能分类预算表")  # the header is repeated on pages 21-24
    assert (general.page, general.end_page, len(general.rows)) == (20, 24, 67)
    assert not any(r.cells[0] in ("类", "项目", "功能分类科目编码") for r in general.rows)
    assert [r.cells[4] for r in general.rows] == [r.cells[4] for r in spend.rows]


@needs_real
def test_real_passage_printed_twice_is_read_once(real):
    d = real["commerce25"]
    assert "第4页的前14行重复了第3页的内容，已跳过" in d.parsed.warnings
    texts = [p.text for p in d.parsed.paragraphs]
    assert sum(t.startswith("7、组织推进本区工商业技术进步") for t in texts) == 1
    last = next(p for p in d.parsed.paragraphs if p.text.startswith("13、"))
    assert last.page == 4 and last.section == ("上海市普陀区商务委员会主要职能",)


@needs_real
def test_real_narrative(real):
    d = real["commerce25"]
    paras = d.parsed.paragraphs
    assert paras[1].text == "预算主管部门：上海市普陀区商务委员会"
    assert not [p for p in paras if p.page == 2]  # 目录
    budget = next(p for p in paras if p.section == ("科技创新专项经费情况说明", "六、年度预算安排") and not p.is_heading)
    assert budget.text == "2025年度项目总预算1720.00万，其中各级企业技术中心及专精特新认定1720.00万。"
    body = next(p for p in paras if p.text.startswith("上海市普陀区商务委员会是主管全区产业经济"))
    assert body.text.endswith("加挂上海市普陀区经济委员会、上海市普陀区粮食和物资储备局牌子。")
    assert (body.line_start, body.line_end - body.line_start) == (21, 1)
    wanli = real["wanli24"].parsed.paragraphs
    item = next(p for p in wanli if p.text.startswith("12. “社会保障和就业支出"))  # ends a line at a full stop
    assert item.text.endswith("主要原因是：行政单位离退休经费增加。")
