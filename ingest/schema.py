"""The SQLite schema of an index. One typed table per standard table, plus narrative and lexicon.

Amounts are REAL in the unit recorded in `source_tables.unit` (万元 in the standard template).
Codes and names are split (`func_code` 2080101 + `func_name` 行政运行).
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 2  # 2: compact embedding text for table rows

_CN = "{p}_code TEXT, {p}_name TEXT"


def _cn(*prefixes: str) -> str:
    return ", ".join(_CN.format(p=p) for p in prefixes)


_ROW = "doc_id TEXT NOT NULL, row_no INTEGER NOT NULL, line INTEGER NOT NULL, end_line INTEGER NOT NULL, is_total INTEGER NOT NULL DEFAULT 0"

DDL = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents (
  doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, path TEXT, sha256 TEXT NOT NULL, encoding TEXT,
  department TEXT NOT NULL, year INTEGER, unit TEXT, lines INTEGER, ingested_at TEXT
);
CREATE TABLE source_tables (
  doc_id TEXT NOT NULL, table_no INTEGER NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL,
  unit TEXT, line INTEGER, end_line INTEGER, columns_json TEXT, data_rows INTEGER, is_empty INTEGER,
  PRIMARY KEY (doc_id, table_no)
);
-- a faithful copy of every row of every table, header rows included
CREATE TABLE table_rows (
  doc_id TEXT NOT NULL, table_no INTEGER NOT NULL, row_no INTEGER NOT NULL, line INTEGER NOT NULL,
  end_line INTEGER NOT NULL, kind TEXT NOT NULL, cells_json TEXT NOT NULL, text TEXT NOT NULL
);
CREATE INDEX table_rows_by_line ON table_rows (doc_id, table_no, line);

CREATE TABLE t01_overview ({_ROW}, side TEXT, seq TEXT, item TEXT, amount REAL, level INTEGER);
CREATE TABLE t02_income ({_ROW}, {_cn("unit")}, total REAL, cur_subtotal REAL, cur_general REAL,
  cur_gov_fund REAL, cur_state_capital REAL, cur_special REAL, cur_business REAL, cur_business_op REAL,
  cur_superior REAL, cur_affiliated REAL, cur_other REAL, carry_subtotal REAL, carry_general REAL,
  carry_gov_fund REAL, carry_state_capital REAL, carry_special REAL, carry_unit REAL);
CREATE TABLE t03_expenditure ({_ROW}, {_cn("func", "gov_econ", "econ")}, total REAL, basic REAL, project REAL,
  biz_op REAL, to_superior REAL, to_affiliated REAL);
CREATE TABLE t04_projects ({_ROW}, {_cn("unit", "unit_type")}, project_name TEXT, project_short TEXT,
  {_cn("func", "gov_econ", "econ")}, total REAL, cur_general REAL, cur_gov_fund REAL, cur_state_capital REAL,
  carry_general REAL, carry_gov_fund REAL, carry_state_capital REAL, special REAL, unit_funds REAL);
CREATE TABLE t05_fiscal_overview ({_ROW}, side TEXT, seq TEXT, item TEXT, amount REAL, level INTEGER);
CREATE TABLE t06_general_budget ({_ROW}, {_cn("unit", "func")}, total REAL, basic REAL, personnel REAL,
  public REAL, project REAL, project_excl_capital REAL);
CREATE TABLE t07_basic ({_ROW}, {_cn("func", "gov_econ", "econ")}, total REAL, personnel REAL, public REAL);
CREATE TABLE t08_gov_fund ({_ROW}, {_cn("func", "gov_econ", "econ")}, total REAL, basic REAL, project REAL);
CREATE TABLE t09_state_capital ({_ROW}, {_cn("func", "gov_econ", "econ")}, total REAL, basic REAL, project REAL);
CREATE TABLE t10_three_public ({_ROW}, seq TEXT, item TEXT, amount REAL, level INTEGER);
CREATE TABLE t11_purchase_services ({_ROW}, {_cn("unit", "project")}, project_short TEXT, duty TEXT,
  catalog_l1 TEXT, catalog_l2 TEXT, catalog_l3 TEXT, {_cn("area")}, budget_amount REAL, current_amount REAL,
  term TEXT, note TEXT);
CREATE TABLE t12_transfers ({_ROW}, seq TEXT, doc_no TEXT, item_name TEXT, dept TEXT, nature TEXT, unit TEXT,
  amount REAL, transfer_subject TEXT, func_subject TEXT, econ_subject TEXT, gov_econ_subject TEXT);
CREATE TABLE t13_projects ({_ROW}, project_id INTEGER, {_cn("unit", "project", "category")},
  project_short TEXT, owners TEXT, phones TEXT, total REAL, fiscal REAL, other REAL, goal TEXT,
  owner_phone_swapped INTEGER NOT NULL DEFAULT 0);
CREATE TABLE t13_owners (doc_id TEXT NOT NULL, project_id INTEGER NOT NULL, name TEXT, phone TEXT);
CREATE TABLE t13_indicators ({_ROW}, project_id INTEGER NOT NULL, level1 TEXT, level2 TEXT, name TEXT,
  op TEXT, value_text TEXT, value_num REAL, unit TEXT, direction TEXT);
CREATE TABLE t14_dept_performance ({_ROW}, section TEXT, label TEXT, value TEXT, value_num REAL);

-- classification hierarchy: func (功能分类 类>款>项), econ (部门经济分类), gov_econ (政府经济分类)
CREATE TABLE subjects (
  doc_id TEXT NOT NULL, scheme TEXT NOT NULL, code TEXT NOT NULL, name TEXT, level INTEGER, parent TEXT,
  PRIMARY KEY (doc_id, scheme, code)
);

CREATE TABLE sections (doc_id TEXT NOT NULL, path TEXT NOT NULL, title TEXT NOT NULL, level INTEGER, line INTEGER);
CREATE TABLE paragraphs (
  doc_id TEXT NOT NULL, para_no INTEGER NOT NULL, section TEXT, text TEXT NOT NULL,
  line_start INTEGER NOT NULL, line_end INTEGER NOT NULL, is_heading INTEGER NOT NULL
);
CREATE TABLE facts (
  doc_id TEXT NOT NULL, fact_no INTEGER NOT NULL, para_no INTEGER, line INTEGER NOT NULL, section TEXT,
  label TEXT, subject TEXT, clause TEXT, sentence TEXT, value REAL NOT NULL, unit TEXT, raw TEXT, kind TEXT,
  year INTEGER, direction TEXT, is_change INTEGER NOT NULL DEFAULT 0, compare_year INTEGER
);
-- the document's own vocabulary: names of projects, subjects, classes, indicators, fact labels
CREATE TABLE lexicon (doc_id TEXT NOT NULL, term TEXT NOT NULL, kind TEXT NOT NULL, ref TEXT);
CREATE INDEX lexicon_term ON lexicon (term);
-- retrieval units (narrative chunks and rendered table rows), mirrored in the Chroma collection
CREATE TABLE chunks (
  doc_id TEXT NOT NULL, chunk_id TEXT PRIMARY KEY, kind TEXT NOT NULL, text TEXT NOT NULL, source TEXT,
  line INTEGER NOT NULL, end_line INTEGER NOT NULL, section TEXT, table_code TEXT, table_no INTEGER,
  row_no INTEGER
);
CREATE TABLE findings (
  doc_id TEXT NOT NULL, check_name TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
  stated REAL, computed REAL, unit TEXT, stated_line INTEGER, computed_lines TEXT,
  stated_text TEXT, computed_text TEXT
);
"""

TYPED_TABLES = {
    "overview": "t01_overview", "income": "t02_income", "expenditure": "t03_expenditure",
    "projects": "t04_projects", "fiscal_overview": "t05_fiscal_overview", "general_budget": "t06_general_budget",
    "basic": "t07_basic", "gov_fund": "t08_gov_fund", "state_capital": "t09_state_capital",
    "three_public": "t10_three_public", "purchase_services": "t11_purchase_services",
    "transfers": "t12_transfers", "performance": "t13_projects", "dept_performance": "t14_dept_performance",
}

DOC_TABLES = (
    "documents", "source_tables", "table_rows", *TYPED_TABLES.values(), "t13_owners", "t13_indicators",
    "subjects", "sections", "paragraphs", "facts", "lexicon", "chunks", "findings",
)


def create(conn: sqlite3.Connection) -> None:
    """m001: create every table of a new index."""
    conn.executescript(DDL)
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))


def version(conn: sqlite3.Connection) -> int | None:
    """The schema version of a database; raises sqlite3.DatabaseError when it is not an index at all."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None
