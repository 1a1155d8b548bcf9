"""The consistency report on the real Shanghai budget PDFs: the slips human readers found, with pages.

Known slips: 万里2025 prints the 款 row 城乡社区管理事务 as 94,995,790 in three tables while its 项 rows add up
to 94,995,789; 万里2024 prints the 经济分类 款 codes 02 and 07 as "2" and "7", says 住房公积金 is 350.35万元
in a heading and "2024年预算安排352.67万元" in the body (the table has 3,503,499元), and calls its 三公 table
empty while it holds figures; 商务委2025 states the 财政拨款 increase as 24,558.18万元 for income and
24,491.71万元 for spending.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ingest import schema, store
from ingest.consistency import Report, check_document
from ingest.parser import parse
from ingest.reader import read_document

REAL_PDFS = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"


def report_of(name: str) -> Report:
    path = REAL_PDFS / name
    if not path.is_file():
        pytest.skip(f"{path} is not here")
    doc = parse(read_document(path))
    conn = sqlite3.connect(":memory:")
    schema.create(conn)
    store.write_document(conn, doc)
    return check_document(conn, doc.doc_id)


@pytest.fixture(scope="module")
def wanli_2024() -> Report:
    return report_of("上海市普陀区人民政府万里街道办事处24年预算.pdf")


@pytest.fixture(scope="module")
def wanli_2025() -> Report:
    return report_of("上海市普陀区人民政府万里街道办事处25年预算.pdf")


@pytest.fixture(scope="module")
def commerce_2025() -> Report:
    return report_of("上海市普陀区商务委员会25年预算.pdf")


def summary(f) -> tuple:
    return f.check, f.severity, f.stated, f.computed, f.unit, f.stated_page, f.computed_pages


def test_wanli_2025_kuan_row_one_yuan_over_its_items_in_three_tables(wanli_2025):
    assert [summary(f) for f in wanli_2025.findings] == [
        ("totals", "error", 94995790.0, 94995789.0, "元", 12, (12, 13)),  # 收入预算总表: 合计
        ("totals", "error", 94995790.0, 94995789.0, "元", 12, (12, 13)),  # 收入预算总表: 财政拨款
        ("totals", "error", 94995790.0, 94995789.0, "元", 17, (17,)),  # 支出预算总表
        ("totals", "error", 94995790.0, 94995789.0, "元", 23, (23,)),  # 一般公共预算支出功能分类预算表
    ]
    assert all("（21201 城乡社区管理事务）" in f.message and "相差1元" in f.message for f in wanli_2025.findings)
    assert wanli_2025.checks_run > 1000


def test_wanli_2024_codes_housing_fund_and_empty_three_public_table(wanli_2024):
    assert [summary(f) for f in wanli_2024.findings] == [
        ("narrative_vs_table", "error", 352.67, 350.35, "万元", 9, (26,)),
        ("format", "error", 0.0, 47.91, "万元", 31, (31,)),
        ("format", "warning", None, None, None, 29, (29,)),
        ("format", "warning", None, None, None, 29, (29,)),
    ]
    housing, empty, code_2, code_7 = wanli_2024.findings
    assert "住房公积金（项）" in housing.message and "3,503,499元" in housing.message
    assert "本表为空表" in empty.message
    assert "印作“2”" in code_2.message and "30102" in code_2.message
    assert "印作“7”" in code_7.message and "30107" in code_7.message


def test_commerce_2025_income_and_spending_increase_differ(commerce_2025):
    assert [summary(f) for f in commerce_2025.findings] == [
        ("narrative_arithmetic", "warning", 24558.18, 24491.71, "万元", 7, (7,))]
    assert "24,558.18" in commerce_2025.findings[0].message and "24,491.71" in commerce_2025.findings[0].message


def test_pdf_findings_render_with_pages(wanli_2025):
    lines = wanli_2025.render().splitlines()
    assert lines[1].startswith("[错误] 第12页：《2025年部门收入预算总表》汇总行（21201 城乡社区管理事务）“合计”")
    assert lines[1].endswith("（依据第12、13页）")
