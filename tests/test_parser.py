"""The parser and store keep every row, number and line of a budget document."""

from __future__ import annotations

import sqlite3

import pytest

from ingest import schema, store
from ingest.parser import parse
from ingest.reader import read_document
from qa.errors import DocumentError


def _db(path) -> tuple[sqlite3.Connection, object]:
    doc = parse(read_document(path))
    conn = sqlite3.connect(":memory:")
    schema.create(conn)
    store.write_document(conn, doc)
    return conn, doc


@pytest.fixture(scope="module")
def real(real_doc):
    return _db(real_doc)


def one(conn, sql, *params):
    return conn.execute(sql, params).fetchone()[0]


def col(kind: str, role: str, *, total: bool = False) -> str:
    """SQL: the `role` cells of the data (or total) records of the tables of one kind."""
    return (f"SELECT c.value FROM cells c JOIN records r ON r.doc_id = c.doc_id AND r.table_no = c.table_no "
            f"AND r.rec_no = c.rec_no JOIN source_tables t ON t.doc_id = r.doc_id AND t.table_no = r.table_no "
            f"WHERE t.kind = '{kind}' AND c.role = '{role}' AND r.is_total = {int(total)}")


def records(kind: str, where: str = "r.is_total = 0") -> str:
    return (f"SELECT COUNT(*) FROM records r JOIN source_tables t ON t.doc_id = r.doc_id AND t.table_no = r.table_no "
            f"WHERE t.kind = '{kind}' AND {where}")


def test_all_fourteen_tables_with_their_rows(real):
    conn, doc = real
    assert [t.number for t in doc.tables] == list(range(1, 15))
    rows = {t.code: len([r for r in t.rows if r.kind == "data"]) for t in doc.tables}
    assert rows["表四"] == 33 and rows["表三"] == 66 and rows["表七"] == 53
    assert {t.code for t in doc.tables if t.is_empty} == {"表八", "表九", "表十二"}
    assert doc.department == "北京市西城区人力资源和社会保障局" and doc.year == 2023


def test_sums_hold(real):
    conn, _ = real
    projects = sum(v for (v,) in conn.execute(col("projects", "total")))
    assert projects == pytest.approx(one(conn, col("expenditure", "project", total=True)), abs=1e-6)
    assert sum(v for (v,) in conn.execute(col("expenditure", "total"))) == pytest.approx(10122.377376, abs=1e-6)
    assert one(conn, records("projects")) == 33


def test_codes_and_names_are_split(real):
    conn, _ = real
    rec = conn.execute("SELECT r.table_no, r.rec_no FROM records r JOIN cells c ON c.doc_id = r.doc_id AND "
                       "c.table_no = r.table_no AND c.rec_no = r.rec_no JOIN source_tables t ON t.doc_id = r.doc_id "
                       "AND t.table_no = r.table_no WHERE t.kind = 'expenditure' AND c.role = 'econ_name' "
                       "AND c.text = '差旅费' ORDER BY r.line LIMIT 1").fetchone()
    cells = dict(conn.execute("SELECT role, coalesce(value, text) FROM cells WHERE table_no = ? AND rec_no = ?", rec))
    assert (cells["func_code"], cells["func_name"], cells["econ_code"], cells["econ_name"], cells["total"]) == (
        "2080101", "行政运行", "30211", "差旅费", 10.659)
    parents = dict(conn.execute("SELECT code, parent FROM subjects WHERE scheme = 'func'"))
    assert parents["2080101"] == "20801" and parents["20801"] == "208"


def test_performance_indicators_belong_to_the_projects(real):
    conn, _ = real
    assert one(conn, records("performance", "r.parent IS NULL AND r.is_total = 0")) == 33
    assert one(conn, records("performance", "r.parent IS NOT NULL AND r.parent NOT IN (SELECT rec_no FROM records "
                                            "WHERE table_no = r.table_no AND parent IS NULL)")) == 0
    names = {n for (n,) in conn.execute("SELECT r.name FROM records r JOIN source_tables t ON t.table_no = r.table_no "
                                        "AND t.doc_id = r.doc_id WHERE t.kind = 'performance' AND r.parent IS NULL")}
    assert names == {n for (n,) in conn.execute("SELECT r.name FROM records r JOIN source_tables t ON "
                                                "t.table_no = r.table_no AND t.doc_id = r.doc_id WHERE "
                                                "t.kind = 'projects' AND r.is_total = 0")}


def test_owner_phone_swaps_and_two_owners(real):
    conn, _ = real
    owners = [t for (t,) in conn.execute("SELECT text FROM cells WHERE role = 'owner' AND status = 'text'")]
    phones = [t for (t,) in conn.execute("SELECT text FROM cells WHERE role = 'phone' AND status = 'text'")]
    assert owners and not any(o[0].isdigit() for o in owners)  # swapped columns are put back
    assert phones and all(p[0].isdigit() for p in phones)


def test_provenance_lines_point_at_the_source(real, real_doc):
    conn, _ = real
    lines = real_doc.read_text(encoding="utf-8").split("\n")
    for line, text in conn.execute("SELECT line, text FROM table_rows WHERE kind = 'data'"):
        first = text.split("\t")[0]
        assert first[:6] in lines[line - 1] or first[:6] in "".join(lines[line - 1 : line + 20])
    for line, raw in conn.execute("SELECT line, raw FROM facts"):
        assert raw.replace(",", "").replace("，", "") in lines[line - 1].replace(",", "").replace("，", "")


def test_narrative_facts(real):
    conn, _ = real
    facts = {(label, year): (value, unit) for label, year, value, unit in
             conn.execute("SELECT label, year, value, unit FROM facts")}
    assert facts[("实际人数", 2023)] == (384, "人")
    assert facts[("固定资产净值", 2022)] == (30113.88, "万元")
    change = conn.execute("SELECT value, direction, compare_year FROM facts WHERE is_change = 1 AND unit = '万元' "
                          "AND subject = '收入预算'").fetchone()
    assert change == (416.12, "减少", 2022)


def test_synthetic_document_same_completeness(synthetic_doc):
    from tests.synthetic import figures

    conn, doc = _db(synthetic_doc)
    fig = figures()
    assert [t.number for t in doc.tables] == list(range(1, 15))
    assert one(conn, records("projects")) == len(fig.projects)
    assert one(conn, records("performance", "r.parent IS NULL AND r.is_total = 0")) == len(fig.projects)
    assert sum(v for (v,) in conn.execute(col("expenditure", "total"))) == pytest.approx(float(fig.total), abs=1e-5)
    assert any("、" in t for (t,) in conn.execute("SELECT text FROM cells WHERE role = 'owner'"))  # two owners
    assert doc.year == 2024 and "卫生健康" in doc.department


def test_encodings(tmp_path):
    from tests.synthetic import write_variants

    v = write_variants(tmp_path)
    utf8 = read_document(v["utf8.txt"])
    assert read_document(v["utf8_bom.txt"]).text == utf8.text
    gbk = read_document(v["gbk.txt"])
    assert gbk.encoding == "gb18030" and gbk.text == utf8.text


@pytest.mark.parametrize("name, words", [
    ("empty.txt", "空"), ("binary.bin", "二进制"), ("truncated.txt", "截断"), ("not_budget.txt", "预算"),
])
def test_bad_documents_get_clear_errors(tmp_path, name, words):
    from tests.synthetic import write_variants

    path = write_variants(tmp_path)[name]
    with pytest.raises(DocumentError) as e:
        parse(read_document(path))
    assert name in str(e.value) and words in str(e.value)


def test_missing_file(tmp_path):
    with pytest.raises(DocumentError, match="不存在"):
        read_document(tmp_path / "nope.txt")


def test_a_bare_project_section_is_named_after_the_project_it_describes():
    from ingest.parser import _named_sections
    from ingest.records import Paragraph

    head = "项目经费情况说明"
    paras = [
        Paragraph(1, (head,), head, 1, 1, True),
        Paragraph(2, (head, "一、项目概况"), "一、项目概况", 2, 2, True),
        Paragraph(3, (head, "一、项目概况"), "由某街道办事处建设的某社区中心新建工程，位于某路口，用地面积约4000平方米。", 3, 3),
        Paragraph(4, (head, "六、年度预算安排"), "六、年度预算安排", 4, 4, True),
        Paragraph(5, (head, "六、年度预算安排"), "第一季度用款计划15万元，第二季度用款计划15万元。", 5, 5),
        Paragraph(6, ("其他相关情况说明",), "其他相关情况说明", 6, 6, True),
    ]
    out = _named_sections(paras)
    assert out[4].section_path == "某社区中心新建工程经费情况说明 > 六、年度预算安排"
    assert out[0].text == head  # the heading is kept as printed
    assert out[5].section == ("其他相关情况说明",)
