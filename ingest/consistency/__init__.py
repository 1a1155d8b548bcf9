"""The consistency report of one stored document: every figure the document states twice is compared.

Check families (the `Finding.check` names), all driven by table kinds, column roles and codes (see
`ingest/vocab/`), never by anything particular to one document, so that every template, text or PDF,
goes through the same code:

    totals                a 合计/总计 row, a 类/款 row or a row's own total against what it adds up
    cross_table           the same figure in two tables (收支总表 vs 支出总表, one function code in the
                          收入/支出/一般公共预算 tables, 绩效目标 vs 项目支出 by project, …), in a common unit
    narrative_vs_table    a narrative number against the table figure its words name
    narrative_arithmetic  the narrative's changes, change rates, shares and 原值 - 累计折旧 = 净值
    indicator_cost        绩效目标表: a cost indicator that differs from its project's total (warning)
    format                an unreadable amount cell, an irregular code, a table noted as empty that holds
                          figures; 绩效目标表: owner/phone swapped, a numeric indicator without a unit

Only problems become `Finding`s, each with the lines and (for a PDF) pages of both sides;
`Report.checks_run` counts every comparison that was made. Reads only; all SQL uses placeholders.

Modules: `document` (the stored rows, loaded once from the generic tables), `template` (the template's
vocabulary and layout), `audit` (counting and recording), one module per family (`totals`, `cross`,
`stated` for narrative_vs_table, `narrative`, `printing` and `quality` for format), and `report` (the
`Report` and the `findings` table).
"""

from __future__ import annotations

import sqlite3

from . import audit, cross, document, narrative, printing, quality, stated, totals
from .report import Report, load_findings, write_findings

CHECKS = (totals.check, cross.check, stated.check, narrative.check, printing.check, quality.check)  # totals first


def check_document(conn: sqlite3.Connection, doc_id: str) -> Report:
    """Run every consistency check on a stored document (reads only)."""
    run = audit.Audit(document.load(conn, doc_id))
    for check in CHECKS:  # totals first: see Audit.bad
        check(run)
    return run.result()


__all__ = ["Report", "check_document", "write_findings", "load_findings"]
