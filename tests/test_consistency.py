"""ingest.consistency on real SQLite: the real document's slips, one wrong cell at a time, tiny hand-built
databases, the synthetic documents, and the findings table round trip."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from ingest import schema, store
from ingest.consistency import Report, check_document, load_findings, write_findings
from ingest.facts import extract_facts
from ingest.parser import parse
from ingest.reader import read_document
from ingest.records import Finding, Paragraph
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


MUTATIONS = [
    pytest.param("UPDATE t03_expenditure SET total = total + 10 WHERE is_total = 1",
                 ("totals", 10132.377376, 10122.377376, 1052), id="t03-total"),
    pytest.param("UPDATE t03_expenditure SET basic = basic - 2 WHERE is_total = 1",
                 ("totals", 6980.476016, 6982.476016, 1052), id="t03-basic"),
    pytest.param("UPDATE t01_overview SET amount = amount + 10 WHERE side = '支出' AND item = '本年支出合计'",
                 ("totals", 10132.377376, 10122.377376, 242), id="t01-subtotal"),
    pytest.param("UPDATE t10_three_public SET amount = 2 WHERE is_total = 1", ("totals", 2.0, 1.0, 2609),
                 id="t10-total"),
    pytest.param("UPDATE t04_projects SET total = total + 1 WHERE is_total = 1",
                 ("totals", 3140.90136, 3139.90136, 1671), id="t04-total"),
    pytest.param("UPDATE t07_basic SET public = public + 1 WHERE is_total = 1",
                 ("totals", 629.704882, 628.704882, 2520), id="t07-public"),
    pytest.param("UPDATE t13_projects SET total = total + 1, fiscal = fiscal + 1 WHERE project_id = 5",
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


# ----------------------------------------------------------------------------- tiny hand-built databases


def tiny(year: int = 2024) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    schema.create(conn)
    conn.execute("INSERT INTO documents (doc_id, source, sha256, department, year) VALUES ('d', 'd.txt', '', '某局', ?)",
                 (year,))
    return conn


def add_table(conn, no: int, code: str, kind: str, table: str, rows: list[dict]) -> None:
    conn.execute("INSERT INTO source_tables (doc_id, table_no, code, title, kind, unit) VALUES ('d', ?, ?, ?, ?, '万元')",
                 (no, code, kind, kind))
    for i, row in enumerate(rows, 1):
        row = {"doc_id": "d", "row_no": i, "end_line": row["line"], "is_total": 0, **row}
        cols = ", ".join(row)
        conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in row)})", tuple(row.values()))
        text = "\t".join(str(v) for k, v in row.items() if k not in ("doc_id", "row_no", "line", "end_line"))
        conn.execute("INSERT INTO table_rows VALUES ('d', ?, ?, ?, ?, 'data', '[]', ?)",
                     (no, i, row["line"], row["line"], text))


def add_narrative(conn, *lines: str, year: int = 2024) -> None:
    paragraphs = [Paragraph(i, ("说明",), text, 10 + i, 10 + i) for i, text in enumerate(lines, 1)]
    for f in extract_facts(paragraphs, year):
        conn.execute("INSERT INTO facts VALUES ('d', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (
            f.fact_no, f.para_no, f.line, f.section, f.label, f.subject, f.clause, f.sentence, f.value, f.unit,
            f.raw, f.kind, f.year, f.direction, int(f.is_change), f.compare_year))


def t03(func: str, line: int, *, basic=None, project=None, total=None, econ="30201") -> dict:
    total = total if total is not None else (basic or 0) + (project or 0)
    return {"line": line, "func_code": func, "econ_code": econ, "total": total, "basic": basic, "project": project}


def test_a_wrong_total_row_is_one_finding():
    conn = tiny()
    add_table(conn, 3, "表三", "expenditure", "t03_expenditure", [
        t03("2080101", 100, basic=100.0), t03("2080102", 101, project=50.5),
        {"line": 102, "is_total": 1, "func_name": "合计", "total": 160.5, "basic": 100.0, "project": 50.5},
    ])
    report = check_document(conn, "d")
    assert [summary(f) for f in report.findings] == [("totals", 160.5, 150.5, "万元", 102, (100, 101))]
    assert "表三合计行“合计”" in report.findings[0].message


def test_rounding_within_tolerance_is_not_a_finding():
    conn = tiny()
    add_table(conn, 3, "表三", "expenditure", "t03_expenditure", [
        t03("2080101", 100, basic=1.0000004), t03("2080102", 101, basic=2.0000004),
        {"line": 102, "is_total": 1, "total": 3.000001, "basic": 3.004},
    ])
    assert check_document(conn, "d").findings == ()


def test_subtotal_rows_are_checked_and_not_counted_twice():
    conn = tiny()
    add_table(conn, 3, "表三", "expenditure", "t03_expenditure", [
        {"line": 100, "func_code": "208", "total": 30.0, "basic": 30.0},  # 类
        {"line": 101, "func_code": "20801", "total": 31.0, "basic": 31.0},  # 款, wrong: its rows add up to 30
        t03("2080101", 102, basic=10.0), t03("2080101", 103, basic=20.0, econ="30202"),
        {"line": 104, "is_total": 1, "total": 30.0, "basic": 30.0},
    ])
    report = check_document(conn, "d")
    assert [summary(f) for f in report.findings] == [
        ("totals", 31.0, 30.0, "万元", 101, (102, 103)),
        ("totals", 31.0, 30.0, "万元", 101, (102, 103)),
    ]
    assert {f.message.split("“")[1].split("”")[0] for f in report.findings} == {"合计", "基本支出"}


def test_three_public_items_and_their_subitems():
    conn = tiny()
    add_table(conn, 10, "表十", "three_public", "t10_three_public", [
        {"line": 1, "seq": "1、", "item": "因公出国（境）费", "amount": 0.0, "level": 1},
        {"line": 2, "seq": "2、", "item": "公务接待费", "amount": 2.5, "level": 1},
        {"line": 3, "seq": "3、", "item": "公务用车购置及运行维护费", "amount": 9.0, "level": 1},
        {"line": 4, "item": "公务用车购置费", "amount": 0.0, "level": 2},
        {"line": 5, "item": "公务用车运行维护费", "amount": 8.0, "level": 1},  # level lost, as the parser may
        {"line": 6, "is_total": 1, "item": "总计", "amount": 10.5, "level": 1},
    ])
    report = check_document(conn, "d")
    assert [summary(f) for f in report.findings] == [("totals", 9.0, 8.0, "万元", 3, (4, 5))]


def test_overview_sides_subtotal_and_carry_over():
    conn = tiny()
    add_table(conn, 1, "表一", "overview", "t01_overview", [
        {"line": 1, "side": "收入", "seq": "一、", "item": "一般公共预算拨款收入", "amount": 90.0, "level": 1},
        {"line": 1, "side": "支出", "seq": "八、", "item": "社会保障和就业支出", "amount": 95.0, "level": 1},
        {"line": 2, "side": "收入", "seq": "五、", "item": "事业收入", "amount": 10.0, "level": 1},
        {"line": 2, "side": "支出", "seq": "十、", "item": "卫生健康支出", "amount": 5.0, "level": 1},
        {"line": 3, "side": "收入", "item": "本年收入合计", "amount": 100.0, "level": 1, "is_total": 1},
        {"line": 3, "side": "支出", "item": "本年支出合计", "amount": 100.0, "level": 1, "is_total": 1},
        {"line": 4, "side": "收入", "item": "上年结转结余", "amount": 7.0, "level": 1},
        {"line": 4, "side": "支出", "item": "年终结转结余", "amount": 7.0, "level": 1},
        {"line": 5, "side": "收入", "item": "收入总计", "amount": 107.0, "level": 1, "is_total": 1},
        {"line": 5, "side": "支出", "item": "支出总计", "amount": 170.0, "level": 1, "is_total": 1},
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
    add_table(conn, 10, "表十", "three_public", "t10_three_public", [
        {"line": 50, "seq": "1、", "item": "公务接待费", "amount": 2.5, "level": 1},
        {"line": 51, "is_total": 1, "item": "总计", "amount": 2.5, "level": 1},
    ])
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
