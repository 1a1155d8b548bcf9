"""ingest.consistency on real SQLite: the real document's slips, one wrong cell at a time, tiny hand-built
databases in both templates (Beijing 表N text, Shanghai tables in 元 with codes in 类/款/项 columns), the
synthetic documents, and the findings table round trip. The real PDFs: tests/test_consistency_pdf.py."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from ingest import kinds, schema, store
from ingest.consistency import Report, check_document, load_findings, write_findings
from ingest.facts import extract_facts
from ingest.parser import parse
from ingest.reader import read_document
from ingest.records import Finding, Paragraph, Table, TableRow
from ingest.tables import is_total
from qa.errors import IndexError_

REAL = Path(__file__).resolve().parent.parent / "data" / "xicheng_hrss_2023_budget.txt"


def index_of(path: Path) -> tuple[sqlite3.Connection, str]:
    doc = parse(read_document(path))
    conn = sqlite3.connect(":memory:")
    schema.create(conn)
    store.write_document(conn, doc)
    conn.commit()
    return conn, doc.doc_id


@pytest.fixture(scope="module")
def real() -> tuple[sqlite3.Connection, str]:
    conn, doc_id = index_of(REAL)
    yield conn, doc_id
    conn.close()


@pytest.fixture(scope="module")
def real_report(real) -> Report:
    return check_document(*real)


def summary(f: Finding) -> tuple:
    return f.check, f.stated, f.computed, f.unit, f.stated_line, f.computed_lines


# ----------------------------------------------------------------------------- the real document


def test_real_document_narrative_slips(real_report):
    assert [summary(f) for f in real_report.errors] == [
        ("narrative_arithmetic", 244.12, 242.12, "万元", 35, (35,)),
        ("narrative_arithmetic", 20.96, 17.33, "%", 36, (36,)),
        ("narrative_arithmetic", 37.97, 27.97, "万元", 58, (58,)),
    ]
    basic, rate, running = real_report.errors
    assert "比2022年6,740.36万元增加244.12万元" in basic.stated_text
    assert "基数" in rate.message and "3,139.90" in rate.message and "3,798.13" in rate.message
    assert "机关运行经费" in running.message and "27.97" in running.message
    assert "合计1,259.62万元" in running.computed_text  # this year's figure stands in the sentence before


def test_real_document_tables_and_narrative_figures_agree(real_report):
    assert not [f for f in real_report.findings if f.check in ("totals", "narrative_vs_table")]
    assert not [f for f in real_report.errors if f.check == "cross_table"]
    assert real_report.checks_run > 500


def test_real_document_warnings(real_report):
    got = {(f.check, f.stated_line) for f in real_report.warnings}
    assert got == {
        ("format", 2797), ("format", 2899), ("format", 3409),  # owner and phone swapped
        ("indicator_cost", 3494), ("indicator_cost", 4922),  # cost indicator != project total
        ("format", 5466),  # a number without a unit
        ("cross_table", 2688),  # a one-year contract whose 预算金额 differs from 本年预算金额
    }
    cost = next(f for f in real_report.warnings if f.stated_line == 3494)
    assert (cost.stated, cost.computed, cost.computed_lines) == (64.4445, 65.4445, (3409,))


def test_every_finding_is_reported_once(real_report):
    keys = [(f.check, f.stated_line, f.stated) for f in real_report.findings]
    assert len(keys) == len(set(keys))


def cells_sql(change: str, roles: str, kind: str, which: str) -> str:
    """An UPDATE of some cells of the records of one table kind (`which` selects the records)."""
    return (f"UPDATE cells SET {change} WHERE role IN ({roles}) AND (table_no, rec_no) IN (SELECT r.table_no, "
            f"r.rec_no FROM records r JOIN source_tables t ON t.doc_id = r.doc_id AND t.table_no = r.table_no "
            f"WHERE t.kind = '{kind}' AND {which})")


MUTATIONS = [
    pytest.param(cells_sql("value = value + 10", "'total'", "expenditure", "r.is_total = 1"),
                 ("totals", 10132.377376, 10122.377376, 1052), id="t03-total"),
    pytest.param(cells_sql("value = value - 2", "'basic'", "expenditure", "r.is_total = 1"),
                 ("totals", 6980.476016, 6982.476016, 1052), id="t03-basic"),
    pytest.param(cells_sql("value = value + 10", "'amount'", "overview", "r.side = '支出' AND r.name = '本年支出合计'"),
                 ("totals", 10132.377376, 10122.377376, 242), id="t01-subtotal"),
    pytest.param(cells_sql("value = 2", "'amount'", "three_public", "r.is_total = 1"), ("totals", 2.0, 1.0, 2609),
                 id="t10-total"),
    pytest.param(cells_sql("value = value + 1", "'total'", "projects", "r.is_total = 1"),
                 ("totals", 3140.90136, 3139.90136, 1671), id="t04-total"),
    pytest.param(cells_sql("value = value + 1", "'public'", "basic", "r.is_total = 1"),
                 ("totals", 629.704882, 628.704882, 2520), id="t07-public"),
    pytest.param(cells_sql("value = value + 1", "'total', 'fiscal'", "performance",
                           "r.line = 3205 AND r.name_role = 'project_name'"),
                 ("cross_table", 149.0, 148.0, 3205), id="t13-vs-t04"),
    pytest.param("UPDATE facts SET value = 30113.80 WHERE label = '固定资产净值'",
                 ("narrative_arithmetic", 30113.80, 30113.88, 77), id="book-value"),
    pytest.param("UPDATE facts SET value = 5 WHERE unit = '个' AND label LIKE '%政府购买服务%'",
                 ("narrative_vs_table", 5.0, 4.0, 63), id="purchase-count"),
    pytest.param("UPDATE facts SET value = 68.00 WHERE value = 68.98",
                 ("narrative_arithmetic", 68.0, 68.98, 35), id="share"),
]


@pytest.mark.parametrize(("sql", "expected"), MUTATIONS)
def test_one_wrong_figure_is_one_error(real, real_report, sql, expected):
    conn = sqlite3.connect(":memory:")
    real[0].backup(conn)
    assert conn.execute(sql).rowcount >= 1
    before = {(f.check, f.stated_line, f.stated) for f in real_report.errors}
    new = [f for f in check_document(conn, real[1]).errors if (f.check, f.stated_line, f.stated) not in before]
    assert [(f.check, f.stated, f.computed, f.stated_line) for f in new] == [pytest.approx(expected)]


def test_check_document_only_reads(real):
    conn, doc_id = real
    before = conn.total_changes
    check_document(conn, doc_id)
    assert conn.total_changes == before


def test_unknown_document():
    conn = sqlite3.connect(":memory:")
    schema.create(conn)
    with pytest.raises(IndexError_, match="没有文档"):
        check_document(conn, "nope")


# ----------------------------------------------------------------------------- the report and the table


def test_render_and_to_dict(real_report):
    text = real_report.render()
    lines = text.splitlines()
    assert len(lines) == 1 + len(real_report.findings)
    assert f"共核对 {real_report.checks_run} 项" in lines[0] and "3 处错误" in lines[0]
    assert lines[1].startswith("[错误] 第35行：") and "242.12" in lines[1]
    data = json.loads(json.dumps(real_report.to_dict(), ensure_ascii=False))
    assert data["errors"] == 3 and data["checks_run"] == real_report.checks_run
    assert data["findings"][0]["computed_lines"] == [35]


def test_findings_round_trip(real, real_report):
    conn = sqlite3.connect(":memory:")
    schema.create(conn)
    assert write_findings(conn, real_report.findings) == len(real_report.findings)
    write_findings(conn, [Finding("other", "totals", "error", "x", 1.0, 2.0, "万元", 9, (7, 8))])
    assert load_findings(conn, real[1]) == list(real_report.findings)
    assert len(load_findings(conn)) == len(real_report.findings) + 1
    assert conn.execute("SELECT computed_lines FROM findings WHERE doc_id = 'other'").fetchone() == ("7,8",)


def test_findings_keep_their_pages():
    f = Finding("d", "totals", "error", "x", 1.0, 2.0, "元", 12, (13, 14), stated_page=3, computed_pages=(3, 4))
    conn = sqlite3.connect(":memory:")
    schema.create(conn)
    write_findings(conn, [f])
    assert load_findings(conn) == [f]
    assert conn.execute("SELECT stated_page, computed_pages FROM findings").fetchone() == (3, "3,4")
    text = Report("d", 1, (f,)).render().splitlines()[1]
    assert text == "[错误] 第3页：x（依据第3、4页）"
    assert Report("d", 1, (f,)).to_dict()["findings"][0]["computed_pages"] == [3, 4]


# ----------------------------------------------------------------------------- tiny hand-built databases


def tiny(year: int = 2024) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    schema.create(conn)
    conn.execute("INSERT INTO documents (doc_id, source, sha256, department, year) VALUES ('d', 'd.txt', '', '某局', ?)",
                 (year,))
    return conn


def add_table(conn, no: int, code: str, kind: str, columns: tuple[str, ...], rows: list[tuple], *,
              unit: str = "万元", title: str = "", note: str = "", page: int | None = None) -> None:
    """A table stored the way ingest stores one: `rows` are (line, cell, cell, ...) as printed; the
    columns' roles come from the vocabulary and the records and cells from `ingest.structure`."""
    trows = tuple(TableRow(i, line, line, tuple(cells), "total" if is_total(tuple(cells)) else "data", page)
                  for i, (line, *cells) in enumerate(rows, 1))
    t = kinds.type_table(Table(no, code, title or kind, kind, rows[0][0] - 1, rows[-1][0], unit, columns, (), trows,
                               page=page, end_page=page, note=note))
    conn.execute("INSERT INTO source_tables (doc_id, table_no, code, title, kind, unit, page, columns_json, roles_json, "
                 "note) VALUES ('d', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (no, code, t.title, kind, unit, page, json.dumps(columns, ensure_ascii=False),
                  json.dumps(t.roles), note or None))
    for r in trows:
        conn.execute("INSERT INTO table_rows (doc_id, table_no, row_no, line, end_line, kind, cells_json, text, page) "
                     "VALUES ('d', ?, ?, ?, ?, ?, ?, ?, ?)", (no, r.row_no, r.line, r.end_line, r.kind,
                                                              json.dumps(r.cells, ensure_ascii=False), r.text, page))
    store.write_records(conn, "d", t)


def add_narrative(conn, *lines: str, year: int = 2024, page: int | None = None, section: str = "说明") -> None:
    paragraphs = [Paragraph(i, (section,), text, 10 + i, 10 + i, page=page) for i, text in enumerate(lines, 1)]
    for f in extract_facts(paragraphs, year):
        row = {"doc_id": "d", "fact_no": f.fact_no, "para_no": f.para_no, "line": f.line, "section": f.section,
               "label": f.label, "subject": f.subject, "clause": f.clause, "sentence": f.sentence, "value": f.value,
               "unit": f.unit, "raw": f.raw, "kind": f.kind, "year": f.year, "direction": f.direction,
               "is_change": int(f.is_change), "compare_year": f.compare_year, "page": page}
        conn.execute(f"INSERT INTO facts ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", tuple(row.values()))


T03 = ("支出功能分类科目", "政府支出经济分类科目", "部门支出经济分类科目", "合计", "基本支出", "项目支出")


def t03(func: str, line: int, *, basic: str = "", project: str = "", total: str | None = None,
        econ: str = "30201-办公费") -> tuple:
    if total is None:
        total = str(float(basic or 0) + float(project or 0))
    return (line, func, "", econ, total, basic, project)


def test_a_wrong_total_row_is_one_finding():
    conn = tiny()
    add_table(conn, 3, "表三", "expenditure", T03, [
        t03("2080101-行政运行", 100, basic="100.0"), t03("2080102-一般行政管理事务", 101, project="50.5"),
        (102, "合计", "", "", "160.5", "100.0", "50.5"),
    ])
    report = check_document(conn, "d")
    assert [summary(f) for f in report.findings] == [("totals", 160.5, 150.5, "万元", 102, (100, 101))]
    assert "表三合计行“合计”" in report.findings[0].message


def test_rounding_within_tolerance_is_not_a_finding():
    conn = tiny()
    add_table(conn, 3, "表三", "expenditure", T03, [
        t03("2080101-行政运行", 100, basic="1.0000004"), t03("2080102-一般行政管理事务", 101, basic="2.0000004"),
        (102, "合计", "", "", "3.000001", "3.004", ""),
    ])
    assert check_document(conn, "d").findings == ()


def test_subtotal_rows_are_checked_and_not_counted_twice():
    conn = tiny()
    add_table(conn, 3, "表三", "expenditure", T03, [
        (100, "208-社会保障和就业支出", "", "", "30.0", "30.0", ""),  # 类
        (101, "20801-人力资源和社会保障管理事务", "", "", "31.0", "31.0", ""),  # 款, wrong: its rows add up to 30
        t03("2080101-行政运行", 102, basic="10.0"), t03("2080101-行政运行", 103, basic="20.0", econ="30202-印刷费"),
        (104, "合计", "", "", "30.0", "30.0", ""),
    ])
    report = check_document(conn, "d")
    assert [summary(f) for f in report.findings] == [
        ("totals", 31.0, 30.0, "万元", 101, (102, 103)),
        ("totals", 31.0, 30.0, "万元", 101, (102, 103)),
    ]
    assert {f.message.split("“")[1].split("”")[0] for f in report.findings} == {"合计", "基本支出"}


THREE_PUBLIC = [
    (1, "1、因公出国（境）费", "0"), (2, "2、公务接待费", "2.5"), (3, "3、公务用车购置及运行维护费", "9.0"),
    (4, "其中:公务用车购置费", "0"),
    (5, "公务用车运行维护费", "8.0"),  # printed without the indent that makes it a 其中 row
    (6, "总计", "10.5"),
]


def test_three_public_items_and_their_subitems():
    conn = tiny()
    add_table(conn, 10, "表十", "three_public", ("项目", "预算数"), THREE_PUBLIC)
    report = check_document(conn, "d")
    assert [summary(f) for f in report.findings] == [("totals", 9.0, 8.0, "万元", 3, (4, 5))]


def test_overview_sides_subtotal_and_carry_over():
    conn = tiny()
    add_table(conn, 1, "表一", "overview", ("收入项目", "收入预算数", "支出项目", "支出预算数"), [
        (1, "一、一般公共预算拨款收入", "90.0", "八、社会保障和就业支出", "95.0"),
        (2, "五、事业收入", "10.0", "十、卫生健康支出", "5.0"),
        (3, "本年收入合计", "100.0", "本年支出合计", "100.0"),
        (4, "上年结转结余", "7.0", "年终结转结余", "7.0"),
        (5, "收入总计", "107.0", "支出总计", "170.0"),
    ])
    report = check_document(conn, "d")
    assert [summary(f) for f in report.findings] == [("totals", 170.0, 107.0, "万元", 5, (3, 4))]


def test_narrative_change_rate_and_share():
    conn = tiny()
    add_narrative(
        conn,
        "2024年支出预算200.00万元。",
        "1、基本支出预算120.00万元，占总支出预算的60.00%，比2023年100.00万元增加25.00万元，增长20.00%。",
        "2、项目支出预算80.00万元，占总支出预算的40.00%，比2023年100.00万元减少20.00万元，减少25.00%。",
        "截止2023年12月31日，固定资产原值50.00万元，固定资产累计折旧20.00万元,固定资产净值30.00万元。",
    )
    report = check_document(conn, "d")
    assert [summary(f) for f in report.findings] == [
        ("narrative_arithmetic", 25.0, 20.0, "万元", 12, (12,)),
        ("narrative_arithmetic", 25.0, 20.0, "%", 13, (13,)),
    ]
    assert "以本年数80.00万元为基数" in report.findings[1].message
    assert report.checks_run == 7  # 2 shares, 2 changes, 2 rates, 1 book value


def test_change_stated_in_the_next_sentence_and_in_yuan():
    conn = tiny()
    add_narrative(
        conn,
        "2024年机关运行经费合计110.00万元。比2023年机关运行经费100.00万元增加5.00万元,增幅10.00%。",
        "2024年部门预算“三公”经费财政预算25,000.00元，比2023年部门预算“三公”经费财政预算30,000.00元减少5,000.00元。",
    )
    report = check_document(conn, "d")
    assert [summary(f) for f in report.findings] == [("narrative_arithmetic", 5.0, 10.0, "万元", 11, (11,))]
    assert report.checks_run == 3


def test_narrative_against_a_table():
    conn = tiny()
    add_table(conn, 10, "表十", "three_public", ("项目", "预算数"), [(50, "1、公务接待费", "2.5"), (51, "总计", "2.5")])
    add_narrative(conn, "2024年部门预算“三公”经费财政预算26,000.00元。")
    report = check_document(conn, "d")
    assert [summary(f) for f in report.findings] == [("narrative_vs_table", 26000.0, 25000.0, "元", 11, (51,))]


# ----------------------------------------------------------------------------- synthetic documents


@pytest.fixture(scope="module")
def synthetic():
    return pytest.importorskip("tests.synthetic")


def synthetic_report(synthetic, tmp_path: Path, spec=None) -> Report:
    path = tmp_path / "synthetic.txt"
    path.write_text(synthetic.make_budget(spec), encoding="utf-8")
    conn, doc_id = index_of(path)
    return check_document(conn, doc_id)


def test_synthetic_default_has_no_errors(synthetic, tmp_path):
    report = synthetic_report(synthetic, tmp_path)
    assert report.errors == ()
    assert report.checks_run > 300


def test_synthetic_department_with_units_has_no_errors(synthetic, tmp_path):
    report = synthetic_report(synthetic, tmp_path, synthetic.multi_unit_spec())
    assert report.errors == ()
    assert report.checks_run > 300


def test_synthetic_slips_are_all_caught(synthetic, tmp_path):
    spec = synthetic.with_slips()
    report = synthetic_report(synthetic, tmp_path, spec)
    expected = sorted((abs(float(s.stated)), abs(float(s.correct))) for s in synthetic.slips(spec))
    assert sorted((round(f.stated, 2), round(f.computed, 2)) for f in report.errors) == expected
    assert {f.check for f in report.errors} == {"narrative_arithmetic"}


@pytest.mark.parametrize("kind", ["income_change", "income_pct", "basic_change", "project_share", "jiguan_change"])
def test_each_synthetic_slip_alone_is_one_error(synthetic, tmp_path, kind):
    if kind not in getattr(synthetic, "SLIP_KINDS", ()):
        pytest.skip(f"tests.synthetic has no slip kind {kind}")
    spec = synthetic.with_slips(kinds=(kind,))
    report = synthetic_report(synthetic, tmp_path, spec)
    (slip,) = synthetic.slips(spec)
    assert [(f.stated, f.computed) for f in report.errors] == [
        pytest.approx((abs(float(slip.stated)), abs(float(slip.correct))))]


# ----------------------------------------------------------------------------- any template, amounts in 元

EXPENDITURE_SH = ("功能分类科目编码/类", "功能分类科目编码/款", "功能分类科目编码/项", "功能分类科目名称",
                  "支出预算/合计", "支出预算/基本支出", "支出预算/项目支出")


def shanghai_expenditure(conn, kuan_total: str = "94,995,789", page: int = 17) -> None:
    add_table(conn, 3, "", "expenditure", EXPENDITURE_SH, [
        (200, "212", "", "", "城乡社区支出", "94,995,789", "77,381,546", "17,614,243"),
        (201, "212", "01", "", "城乡社区管理事务", kuan_total, "77,381,546", "17,614,243"),
        (202, "212", "01", "01", "行政运行", "17,887,739", "17,737,739", "150,000"),
        (203, "212", "01", "02", "一般行政管理事务", "17,464,243", "0", "17,464,243"),
        (204, "212", "01", "04", "城管执法", "6,522,681", "6,522,681", "0"),
        (205, "212", "01", "99", "其他城乡社区管理事务支出", "53,121,126", "53,121,126", "0"),
        (206, "合计", "", "", "", "94,995,789", "77,381,546", "17,614,243"),
    ], unit="元", title="2025年部门支出预算总表", page=page)


def test_a_one_yuan_slip_in_a_kuan_row_is_one_finding_with_pages():
    conn = tiny(2025)
    shanghai_expenditure(conn, kuan_total="94,995,790")
    report = check_document(conn, "d")
    assert [summary(f) for f in report.findings] == [("totals", 94995790.0, 94995789.0, "元", 201, (202, 203, 204, 205))]
    f = report.findings[0]
    assert (f.stated_page, f.computed_pages) == (17, (17,))
    assert f.message == ("《2025年部门支出预算总表》汇总行（21201 城乡社区管理事务）“合计”为94,995,790元，"
                         "与其下各行之和94,995,789元不符，相差1元。")


def test_a_consistent_table_in_yuan_has_no_findings():
    conn = tiny(2025)
    shanghai_expenditure(conn)
    report = check_document(conn, "d")
    assert report.findings == ()
    assert report.checks_run > 15


def test_an_unreadable_amount_is_one_format_finding():
    conn = tiny()
    add_table(conn, 3, "表三", "expenditure", T03, [
        t03("2080101-行政运行", 100, basic="100.0"), (101, "2080102-一般行政管理事务", "", "30201-办公费", "NaN", "", "50.5"),
        (102, "合计", "", "", "150.5", "100.0", "50.5"),
    ])
    report = check_document(conn, "d")
    assert [(f.check, f.severity, f.stated_line) for f in report.findings] == [("format", "error", 101)]
    assert "“NaN”" in report.findings[0].message and "无法读作金额" in report.findings[0].message


def test_a_code_part_printed_with_one_digit_is_a_warning():
    conn = tiny()
    add_table(conn, 8, "", "basic", ("部门预算经济分类科目编码/类", "部门预算经济分类科目编码/款", "经济分类科目名称",
                                     "一般公共预算基本支出/合计", "一般公共预算基本支出/人员经费",
                                     "一般公共预算基本支出/公用经费"), [
        (300, "301", "", "工资福利支出", "300", "300", "0"),
        (301, "301", "01", "基本工资", "100", "100", "0"),
        (302, "301", "2", "津贴补贴", "200", "200", "0"),
        (303, "合计", "", "", "300", "300", "0"),
    ], unit="元", title="部门一般公共预算基本支出部门预算经济分类预算表", page=29)
    report = check_document(conn, "d")
    assert [(f.check, f.severity, f.stated_line, f.stated_page) for f in report.findings] == [
        ("format", "warning", 302, 29)]
    assert "印作“2”" in report.findings[0].message and "30102" in report.findings[0].message


THREE_PUBLIC_SH = ("“三公”经费预算数/合计", "“三公”经费预算数/因公出国(境)费", "“三公”经费预算数/公务接待费",
                   "“三公”经费预算数/公务用车购置及运行费/小计", "“三公”经费预算数/公务用车购置及运行费/购置费",
                   "“三公”经费预算数/公务用车购置及运行费/运行费", "机关运行经费预算数")


def test_a_three_public_table_across_one_row():
    conn = tiny()
    add_table(conn, 9, "", "three_public", THREE_PUBLIC_SH, [(481, "47.91", "0", "1.35", "46.56", "25", "21.55",
                                                               "443.18")], title="部门“三公”经费和机关运行经费预算表",
              page=31)
    add_narrative(conn, "2024年“三公”经费预算数为47.91万元。", "（一）因公出国（境）费0万元。",
                  "（二）公务用车购置及运行费46.56万元，其中：公务用车购置费25万元，公务用车运行费21.56万元。",
                  "（三）公务接待费1.35万元。", "2024年财政拨款的机关运行经费预算为443.19万元。", page=32,
                  section="一、2024年“三公”经费预算情况说明")
    report = check_document(conn, "d")
    assert [summary(f)[:5] for f in report.findings] == [
        ("narrative_vs_table", 21.56, 21.55, "万元", 13),
        ("narrative_vs_table", 443.19, 443.18, "万元", 15),
        ("totals", 46.56, 46.55, "万元", 481),  # 小计 against 购置费 + 运行费
    ]
    assert [(f.stated_page, f.computed_pages) for f in report.findings] == [(32, (31,)), (32, (31,)), (31, (31,))]
    assert report.checks_run >= 8  # 2 row sums, 6 narrative figures


def test_a_table_noted_as_empty_that_holds_figures():
    note = "注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。"
    conn = tiny()
    add_table(conn, 9, "", "three_public", THREE_PUBLIC_SH, [(481, "47.91", "0", "1.35", "46.56", "25", "21.56",
                                                               "443.18")], note=note, page=31)
    report = check_document(conn, "d")
    assert [(f.check, f.severity, f.stated, f.computed, f.stated_page) for f in report.findings] == [
        ("format", "error", 0.0, 47.91, 31)]
    assert "本表为空表" in report.findings[0].message and "47.91万元" in report.findings[0].message
    conn = tiny()
    add_table(conn, 9, "", "three_public", THREE_PUBLIC_SH, [(481, "", "", "", "", "", "", "")], note=note)
    assert check_document(conn, "d").findings == ()


GENERAL_SH = ("功能分类科目编码/类", "功能分类科目编码/款", "功能分类科目编码/项", "功能分类科目名称",
              "一般公共预算支出/合计", "一般公共预算支出/基本支出", "一般公共预算支出/项目支出")


def test_a_subject_spelled_out_in_the_narrative_names_its_row():
    conn = tiny()
    add_table(conn, 5, "", "general_budget", GENERAL_SH, [
        (400, "221", "", "", "住房保障支出", "3,503,499", "3,503,499", "0"),
        (401, "221", "02", "", "住房改革支出", "3,503,499", "3,503,499", "0"),
        (402, "221", "02", "01", "住房公积金", "3,503,499", "3,503,499", "0"),
        (403, "合计", "", "", "", "3,503,499", "3,503,499", "0"),
    ], unit="元", title="2024年部门一般公共预算支出功能分类预算表", page=26)
    add_narrative(conn, "31. “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。"
                        "2023年当年预算执行数为348.52万元，2024年预算安排352.67万元，比2023年预算执行数增加0.53%。",
                  page=9)
    report = check_document(conn, "d")
    assert [summary(f) for f in report.findings] == [("narrative_vs_table", 352.67, 350.35, "万元", 11, (402,))]
    f = report.findings[0]
    assert (f.stated_page, f.computed_pages) == (9, (26,))
    assert "住房公积金（项）" in f.message and "3,503,499元" in f.message and "该段开头写350.35万元" in f.message


def test_income_and_spending_changes_of_a_balanced_budget():
    conn = tiny(2025)
    add_narrative(conn, "本部门收入预算37,151.47万元，其中：财政拨款收入37,151.47万元，比2024年预算执行数增加24,558.18万元。",
                  "支出预算37,151.47万元，其中：财政拨款支出预算37,151.47万元，比2024年预算增加24,491.71万元。", year=2025)
    report = check_document(conn, "d")
    assert [summary(f) for f in report.findings] == [("narrative_arithmetic", 24558.18, 24491.71, "万元", 11, (12, 11))]
    assert report.findings[0].severity == "warning"  # compared with 预算执行数 and with 预算: check the bases
    assert "比较基数" in report.findings[0].message
