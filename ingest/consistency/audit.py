"""The running audit of one document: every comparison is counted, every problem becomes a `Finding`.

The checks share one `Audit`: `expect` compares a stated figure with a computed one, `record` keeps a
problem, and the figure lookups (`value`, `figure`, `overview`, `this_year`) honour cells that already
failed a totals check, so that one wrong cell is reported once.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Finding
from .document import Doc, Row
from .report import Report
from .template import SUMMED, Overview, overview_parts, tree

TABLE_TOL = 0.005  # 万元; table amounts carry six decimals
REL_TOL = 1e-6
ARITH_TOL = 0.011  # the narrative's own arithmetic on two-decimal figures (amounts and percents)

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def fmt(x: float, places: int = 6) -> str:
    """1234.567891 -> '1,234.567891'; 1.0 -> '1.00'; 4 (count) -> '4'."""
    if places == 0:
        return f"{x:,.0f}"
    s = f"{x:,.{places}f}".rstrip("0")
    whole, _, frac = s.partition(".")
    return f"{whole}.{frac.ljust(2, '0')}"


class Audit:
    """One loaded document under check: the comparisons made so far and the problems found."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.t = doc.tables
        self.checks = 0
        self.findings: list[Finding] = []
        self.bad: dict[tuple[int, str], list[Row]] = {}  # (row, column) that failed -> the rows it sums

    # -- recording ---------------------------------------------------------

    def expect(self, check: str, stated: float, computed: float, *, at, basis: Sequence = (), unit: str = "万元",
               what: str = "", how: str = "", message: str | None = None, tol: float | None = None,
               severity: str = "error", places: int = 6) -> bool:
        """Count one comparison; record a finding when stated and computed differ beyond the tolerance."""
        self.checks += 1
        diff = abs(stated - computed)
        limit = tol if tol is not None else max(TABLE_TOL, REL_TOL * max(abs(stated), abs(computed)))
        if diff <= limit:
            return True
        if message is None:
            message = (f"{what}为{fmt(stated, places)}{unit}，与{how}{fmt(computed, places)}{unit}不符，"
                       f"相差{fmt(diff, places)}{unit}。")
        self.record(check, message, at=at, basis=basis, stated=stated, computed=computed, unit=unit,
                    severity=severity)
        return False

    def record(self, check: str, message: str, *, at, basis: Sequence = (), stated: float | None = None,
               computed: float | None = None, unit: str | None = None, severity: str = "error") -> None:
        """Keep one problem: `at` is the row or fact that states the figure, `basis` what it was checked against."""
        lines = tuple(dict.fromkeys(b.line for b in basis if b is not None and b.line))
        texts = tuple(dict.fromkeys(b.text for b in basis if b is not None and b.text))
        self.findings.append(Finding(
            doc_id=self.doc.doc_id, check=check, severity=severity, message=message, stated=stated,
            computed=computed, unit=unit, stated_line=at.line if at is not None else None, computed_lines=lines,
            stated_text=at.text if at is not None else "", computed_text="\n".join(texts)))

    def result(self) -> Report:
        """Errors before warnings, each in the order of the lines that state them."""
        found = sorted(self.findings, key=lambda f: (_SEVERITY_ORDER.get(f.severity, 3), f.stated_line or 0))
        return Report(self.doc.doc_id, self.checks, tuple(found))

    # -- figures -------------------------------------------------------------

    def value(self, r: Row, col: str) -> float:
        """A row's amount, or the sum of its rows when its own figure already failed a totals check
        (so that one wrong cell is reported once, not again by every check that uses it)."""
        kids = self.bad.get((id(r), col))
        return r.n(col) if kids is None else sum(self.value(k, col) for k in kids)

    def figure(self, kind: str, col: str) -> tuple[float, list[Row]] | None:
        """A table's total in one column: its total row, else the sum of its top-level rows."""
        t = self.t.get(kind)
        if t is None:
            return None
        if t.total is not None:
            return self.value(t.total, col), [t.total]
        top = tree(t.data, SUMMED.get(kind, ((), ()))[0])[0]
        return sum(self.value(r, col) for r in top), [r for r in top if r.has(col)]

    def this_year(self, ov: Overview | None) -> tuple[float, list[Row]] | None:
        """One side's 本年 total (its 合计 row, else its 总计 row)."""
        row = (ov.subtotal or ov.grand) if ov else None
        return (self.value(row, "amount"), [row]) if row is not None else None

    def overview(self, kind: str, side: str) -> Overview | None:
        """One side (收入 or 支出) of 表一 (`overview`) or 表五 (`fiscal_overview`)."""
        t = self.t.get(kind)
        return overview_parts([r for r in t.rows if r.s("side") == side]) if t else None
