"""The SQLite schema of an index: every table of every document keyed by what it is, plus narrative and lexicon.

Tables are stored generically (`source_tables` typed by kind, `records` one per row, `cells` one per cell
with its column's role), so any template, text or PDF, fits without a new table. Amounts are REAL in the
unit recorded in `source_tables.unit`. Codes and names are split (`func_code` 2080101 + `func_name` 行政运行).
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 4  # 2: compact embedding text; 3: tables by kind (records, cells), PDF pages; 4: no numbered tables


DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
-- one row per document; `stored` is the original file's copy inside the build folder (sources/…)
CREATE TABLE documents (
  doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, path TEXT, stored TEXT, sha256 TEXT NOT NULL, encoding TEXT,
  format TEXT NOT NULL DEFAULT 'text', department TEXT NOT NULL, year INTEGER, scope TEXT, unit TEXT,
  lines INTEGER, pages INTEGER, ingested_at TEXT
);
-- every table of a document, typed by what it is (kind, see ingest/vocab/table_kinds.json)
CREATE TABLE source_tables (
  doc_id TEXT NOT NULL, table_no INTEGER NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL,
  unit TEXT, line INTEGER, end_line INTEGER, page INTEGER, end_page INTEGER, columns_json TEXT, roles_json TEXT,
  data_rows INTEGER, is_empty INTEGER, note TEXT,
  PRIMARY KEY (doc_id, table_no)
);
-- a faithful copy of every row of every table, header rows included, with its place on the page
CREATE TABLE table_rows (
  doc_id TEXT NOT NULL, table_no INTEGER NOT NULL, row_no INTEGER NOT NULL, line INTEGER NOT NULL,
  end_line INTEGER NOT NULL, kind TEXT NOT NULL, cells_json TEXT NOT NULL, text TEXT NOT NULL,
  page INTEGER, bbox_json TEXT
);
CREATE INDEX table_rows_by_line ON table_rows (doc_id, table_no, line);

-- the rows of every table as typed records: one per data or total row (two per row of a two-sided
-- overview table, one for each side). `line` is the table_rows row it comes from.
CREATE TABLE records (
  doc_id TEXT NOT NULL, table_no INTEGER NOT NULL, rec_no INTEGER NOT NULL, line INTEGER NOT NULL,
  page INTEGER, side TEXT, is_total INTEGER NOT NULL DEFAULT 0,
  label TEXT,            -- the row's name as printed (subject, project, item); NULL for a bare row
  name TEXT,             -- the name people say: no code, ordinal or year suffix
  name_role TEXT,        -- the role of the cell the name comes from (project_name, item, func_name …)
  key TEXT,              -- the name's matching form (ingest.text.norm)
  scheme TEXT, code TEXT, -- the row's own classification (func | econ | gov_econ) and its code
  level INTEGER, parent INTEGER,  -- depth (1 = 类 / top item) and the rec_no of the parent row
  PRIMARY KEY (doc_id, table_no, rec_no)
);
CREATE INDEX records_by_code ON records (doc_id, scheme, code);
CREATE INDEX records_by_key ON records (key, doc_id);
-- every cell of every record with its column's canonical role; value in the table's unit
CREATE TABLE cells (
  doc_id TEXT NOT NULL, table_no INTEGER NOT NULL, rec_no INTEGER NOT NULL, col INTEGER NOT NULL,
  role TEXT, header TEXT, text TEXT, value REAL,
  status TEXT NOT NULL,  -- number | blank | text | unreadable
  key TEXT               -- the text's matching form (names without their year suffix), for filters
);
CREATE INDEX cells_by_record ON cells (doc_id, table_no, rec_no, role);
CREATE INDEX cells_by_key ON cells (role, key, doc_id);


-- classification hierarchy: func (功能分类 类>款>项), econ (部门经济分类), gov_econ (政府经济分类)
CREATE TABLE subjects (
  doc_id TEXT NOT NULL, scheme TEXT NOT NULL, code TEXT NOT NULL, name TEXT, level INTEGER, parent TEXT,
  PRIMARY KEY (doc_id, scheme, code)
);

CREATE TABLE sections (doc_id TEXT NOT NULL, path TEXT NOT NULL, title TEXT NOT NULL, level INTEGER, line INTEGER,
  page INTEGER);
CREATE TABLE paragraphs (
  doc_id TEXT NOT NULL, para_no INTEGER NOT NULL, section TEXT, text TEXT NOT NULL,
  line_start INTEGER NOT NULL, line_end INTEGER NOT NULL, is_heading INTEGER NOT NULL, page INTEGER
);
CREATE TABLE facts (
  doc_id TEXT NOT NULL, fact_no INTEGER NOT NULL, para_no INTEGER, line INTEGER NOT NULL, section TEXT,
  label TEXT, subject TEXT, clause TEXT, sentence TEXT, value REAL NOT NULL, unit TEXT, raw TEXT, kind TEXT,
  year INTEGER, direction TEXT, is_change INTEGER NOT NULL DEFAULT 0, compare_year INTEGER, page INTEGER,
  noun TEXT
);
-- the document's own vocabulary: names of projects, subjects, classes, indicators, fact labels
-- everything a question can name, per document: values of the tables (record names and cell texts), column
-- headers, table titles, narrative figure labels. `term` is the matching form (qa.normalize.norm), `display` as printed.
CREATE TABLE lexicon (doc_id TEXT NOT NULL, term TEXT NOT NULL, display TEXT NOT NULL, kind TEXT NOT NULL,
  role TEXT, table_kind TEXT, ref TEXT);
CREATE INDEX lexicon_term ON lexicon (term);
-- the character pairs of every term, for partial matches ("综合楼那个改造工程" -> 综合楼改造二期)
CREATE TABLE lexicon_grams (gram TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY (gram, term)) WITHOUT ROWID;
-- retrieval units (narrative chunks and rendered table rows), mirrored in the Chroma collection
CREATE TABLE chunks (
  doc_id TEXT NOT NULL, chunk_id TEXT PRIMARY KEY, kind TEXT NOT NULL, text TEXT NOT NULL, source TEXT,
  line INTEGER NOT NULL, end_line INTEGER NOT NULL, section TEXT, table_code TEXT, table_no INTEGER,
  row_no INTEGER, page INTEGER
);
-- keyword search over the chunks: jieba tokens joined by spaces (see ingest/search.py), ranked by bm25()
CREATE VIRTUAL TABLE chunks_fts USING fts5(chunk_id UNINDEXED, doc_id UNINDEXED, kind UNINDEXED, body, section,
  tokenize = 'unicode61');
CREATE TABLE findings (
  doc_id TEXT NOT NULL, check_name TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
  stated REAL, computed REAL, unit TEXT, stated_line INTEGER, computed_lines TEXT,
  stated_text TEXT, computed_text TEXT, stated_page INTEGER, computed_pages TEXT
);
"""


DOC_TABLES = (
    "documents", "source_tables", "table_rows",
    "records", "cells", "subjects", "sections", "paragraphs", "facts", "lexicon", "chunks", "chunks_fts", "findings",
)


def create(conn: sqlite3.Connection) -> None:
    """m001: create every table of a new index."""
    conn.executescript(DDL)
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))


def version(conn: sqlite3.Connection) -> int | None:
    """The schema version of a database; raises sqlite3.DatabaseError when it is not an index at all."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None
