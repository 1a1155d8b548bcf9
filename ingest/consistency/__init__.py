"""The consistency report of one stored document: every figure the document states twice is compared.

Check families (the `Finding.check` names), all driven by the stored rows and the template's own
vocabulary (合计, 基本支出, 项目支出 …), never by anything particular to one document:

    totals                a 合计/总计 row, a subtotal row or a row's own total against what it adds up
    cross_table           the same figure in two tables (表一 vs 表三, 表四 vs 表十三 by project, …)
    narrative_vs_table    a narrative number against the table figure its words name
    narrative_arithmetic  the narrative's changes, change rates, shares and 原值 - 累计折旧 = 净值
    indicator_cost        表十三: a cost indicator that differs from its project's total (warning)
    format                表十三: owner/phone swapped, a numeric indicator without a unit (warning)

Only problems become `Finding`s; `Report.checks_run` counts every comparison that was made.
Reads only; all SQL uses placeholders (table names come from `schema.TYPED_TABLES`).

Modules: `document` (the stored rows, loaded once), `template` (the template's vocabulary and layout),
`audit` (counting and recording), one module per family group (`totals`, `cross`, `narrative`,
`quality`), and `report` (the `Report` and the `findings` table).
"""

from __future__ import annotations

import sqlite3

from . import audit, cross, document, narrative, quality, totals
from .report import Report, load_findings, write_findings


def check_document(conn: sqlite3.Connection, doc_id: str) -> Report:
    """Run every consistency check on a stored document (reads only)."""
    run = audit.Audit(document.load(conn, doc_id))
    for check in (totals.check, cross.check, narrative.check, quality.check):  # totals first: see Audit.bad
        check(run)
    return run.result()


__all__ = ["Report", "check_document", "write_findings", "load_findings"]
