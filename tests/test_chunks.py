"""Chunking of the real budget document (ingest.chunks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunks import MAX_CHARS, NARRATIVE, TABLE_ROW, Chunk, chunks_for, has_content, split_sentences
from ingest.parser import parse
from ingest.reader import read_document
from ingest.records import Paragraph, ParsedDocument, SourceText

DATA = Path(__file__).resolve().parents[1] / "data" / "xicheng_hrss_2023_budget.txt"
ENDS = tuple("。；！？!?;")


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    return parse(read_document(DATA))


@pytest.fixture(scope="module")
def chunks(doc) -> list[Chunk]:
    return chunks_for(doc)


def narrative(chunks):
    return [c for c in chunks if c.kind == NARRATIVE]


def rows(chunks):
    return [c for c in chunks if c.kind == TABLE_ROW]


def test_ids_are_unique_ascii_and_stable(doc, chunks):
    ids = [c.chunk_id for c in chunks]
    assert len(ids) == len(set(ids))
    assert all(i.isascii() and " " not in i for i in ids)
    assert chunks_for(doc) == chunks
    assert {c.doc_id for c in chunks} == {doc.doc_id}
    assert {c.source for c in chunks} == {"xicheng_hrss_2023_budget.txt"}


def test_narrative_chunks_end_at_a_sentence_or_paragraph_end(doc, chunks):
    paragraph_texts = [p.text for p in doc.paragraphs if not p.is_heading]
    for c in narrative(chunks):
        last = c.text.split("\n")[-1]
        assert c.text.endswith(ENDS) or any(t.endswith(last) for t in paragraph_texts), c.chunk_id
        first = c.text.split("\n")[0]
        assert any(t.startswith(first) for t in paragraph_texts), c.chunk_id
        assert len(c.text) <= MAX_CHARS


def test_narrative_chunks_stay_inside_one_section(doc, chunks):
    for c in narrative(chunks):
        inside = [p for p in doc.paragraphs if c.line <= p.line_start <= c.end_line]
        assert inside
        assert not any(p.is_heading for p in inside), f"{c.chunk_id} spans a heading"
        assert {p.section_path for p in inside} == {c.section}


def test_headings_are_sections_not_chunks(doc, chunks):
    headings = {p.text for p in doc.paragraphs if p.is_heading}
    assert not any(c.text in headings for c in narrative(chunks))
    duties = [c for c in narrative(chunks) if c.section.endswith("2. 职责：")]
    assert len(duties) >= 2
    assert all(c.search_text == f"{c.section}\n{c.text}" for c in duties)


def test_every_table_row_becomes_exactly_one_chunk(doc, chunks):
    by_key: dict[tuple[int, int], list[Chunk]] = {}
    for c in rows(chunks):
        by_key.setdefault((c.table_no, c.row_no), []).append(c)
    expected = [(t, r) for t in doc.tables for r in t.rows if r.kind in ("data", "total") and has_content(r)]
    assert len(rows(chunks)) == len(expected)
    for t, r in expected:
        [c] = by_key[(t.number, r.row_no)]
        assert (c.line, c.end_line, c.table_code) == (r.line, r.end_line, t.code)
        assert c.text.startswith(f"{c.section} ")
    # the two "…" placeholder rows of 表十四 carry nothing and are left out
    assert sum(1 for t in doc.tables for r in t.rows if not has_content(r)) == 2


def test_line_numbers_point_at_the_source(doc, chunks):
    lines = doc.source.lines
    for c in narrative(chunks):
        assert c.text[:12] in lines[c.line - 1], c.chunk_id
        assert c.text.split("\n")[-1][-8:] in lines[c.end_line - 1], c.chunk_id
    for c in rows(chunks):
        assert lines[c.line - 1].startswith("\t")
        span = "".join(s.strip() for s in lines[c.line - 1 : c.end_line])
        row = next(r for t in doc.tables if t.number == c.table_no for r in t.rows if r.row_no == c.row_no)
        first_cell = next(x for x in row.cells if x)
        assert first_cell[:10].replace(" ", "") in span.replace(" ", "")


def test_project_row_renders_with_column_names_and_unit(chunks):
    [c] = [c for c in rows(chunks) if c.table_code == "表四" and "保安服务经费" in c.text]
    assert c.text.startswith(
        "表四 项目支出表 第4行：项目单位：257001-北京市西城区人力资源和社会保障局（本级）；类型：1-行政单位；"
        "项目名称：保安服务经费（2023）；支出功能分类科目：2080102-一般行政管理事务；"
    )
    assert "；合计：180.360000万元；本年拨款/一般公共预算：180.360000万元" in c.text
    assert "：；" not in c.text  # empty cells are skipped
    [total] = [c for c in rows(chunks) if c.table_code == "表四" and c.text.startswith("表四 项目支出表 合计行")]
    assert total.text == "表四 项目支出表 合计行：合计：3,139.901360万元；本年拨款/一般公共预算：3,139.901360万元"


def test_codes_and_indicator_values_get_no_unit(chunks):
    [income] = [c for c in rows(chunks) if c.table_code == "表二" and c.row_no == 1]
    assert "单位代码：257；" in income.text
    indicator = next(c for c in rows(chunks) if "保安员数量" in c.text)
    assert "万元" not in indicator.text


def test_performance_indicator_rows_carry_their_project(chunks):
    perf = [c for c in rows(chunks) if c.table_code == "表十三"]
    assert len(perf) == 194
    assert all(" > " in c.section and c.text.startswith(c.section) for c in perf)
    guards = next(c for c in perf if "保安员数量" in c.text)
    assert guards.section == "表十三 项目支出绩效目标申报表 > 保安服务经费（2023）"
    assert "项目名称" not in guards.text  # an indicator row: the project comes from the section
    first = next(c for c in perf if c.row_no == 1)
    assert "项目名称：11010223T000002005350-职业技能培训补贴（2023）" in first.text
    assert "绩效目标：为了满足辖区失业人员培训需求" in first.text


def test_swapped_owner_and_phone_are_shown_the_right_way_round(chunks):
    first = next(c for c in rows(chunks) if c.table_code == "表十三" and c.row_no == 1)
    assert "项目责任人：贾子辰；项目责任人电话：66201990" in first.text


def test_department_performance_rows_read_as_label_value(chunks):
    dept = {c.row_no: c.text for c in rows(chunks) if c.table_code == "表十四"}
    assert dept[3] == "表十四 部门整体支出绩效目标申报表 第3行：部门（单位）负责人：梁云；联系电话：66206016"
    assert dept[9].startswith("表十四 部门整体支出绩效目标申报表 第9行：部门（单位）绩效目标：全面贯彻")


def test_metadata_is_flat_and_round_trips(chunks):
    for c in chunks:
        md = c.metadata()
        assert all(isinstance(v, str | int | float) for v in md.values())
        assert "text" not in md and "chunk_id" not in md
        assert Chunk.from_metadata(c.chunk_id, c.search_text, md) == c
        assert Chunk.from_metadata(c.chunk_id, c.text, md) == c
    assert "table_no" not in narrative(chunks)[0].metadata()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甲。乙；丙", ["甲。", "乙；", "丙"]),
        ("他说：“好。”然后走了。", ["他说：“好。”", "然后走了。"]),
        ("没有句号", ["没有句号"]),
        ("问？答！", ["问？", "答！"]),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected
    assert "".join(split_sentences(text)) == text


def _synthetic() -> ParsedDocument:
    sentence = "这是一个用来测试切分的句子，长度大约三十个汉字左右。"  # 26 characters
    long_text = sentence * 25  # 650 characters over two source lines
    half = len(long_text) // 2 + 3
    lines = ["一、第一节", long_text[:half], long_text[half:], "短段落一。", "短段落二。", "二、第二节", "短段落三。"]
    source = SourceText("x.txt", "x.txt", "\n".join(lines), "utf-8", "0" * 64)
    s1, s2 = ("一、第一节",), ("二、第二节",)
    paragraphs = (
        Paragraph(1, s1, "一、第一节", 1, 1, True),
        Paragraph(2, s1, long_text, 2, 3),
        Paragraph(3, s1, "短段落一。", 4, 4),
        Paragraph(4, s1, "短段落二。", 5, 5),
        Paragraph(5, s2, "二、第二节", 6, 6, True),
        Paragraph(6, s2, "短段落三。", 7, 7),
    )
    return ParsedDocument(source=source, doc_id="测试-2023", department="测试", year=2023,
                          paragraphs=paragraphs, tables=())


def test_long_paragraph_is_split_at_sentence_ends_with_right_lines():
    doc = _synthetic()
    cs = chunks_for(doc)
    lines = doc.source.lines
    long_pieces = [c for c in cs if "测试切分" in c.text]
    assert len(long_pieces) == 3
    assert "".join(c.text.split("\n")[0] for c in long_pieces) == doc.paragraphs[1].text
    for c in long_pieces:
        assert len(c.text.split("\n")[0]) <= MAX_CHARS
        assert c.text.split("\n")[0].endswith("。")
        assert c.text[:6] in lines[c.line - 1]
    assert [c.line for c in long_pieces] == [2, 2, 3]
    assert len({c.chunk_id for c in cs}) == len(cs)


def test_short_paragraphs_merge_within_a_section_only():
    cs = chunks_for(_synthetic())
    # the last piece of the long paragraph takes the two short paragraphs of its section
    assert cs[2].text.endswith("\n短段落一。\n短段落二。")
    assert cs[2].end_line == 5
    assert cs[3].text == "短段落三。" and cs[3].section == "二、第二节"
