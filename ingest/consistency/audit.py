"""The running audit of one document: every comparison is counted, every problem becomes a `Finding`.

The checks share one `Audit`: `expect` compares a stated figure with a computed one in the unit they are
stated in, `expect_money` compares two amounts (in 万元) and states them as their tables print them,
`record` keeps a problem with the lines and pages of both sides. The figure lookups (`value`, `figure`,
`overview`, `this_year`) honour cells that already failed a totals check, and the narrative's arithmetic
also accepts the table's figure for a narrative figure that failed against it (`corrected`), so that one
wrong figure is reported once.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Finding
from .document import Doc, Money, Rec, Tab
from .report import Report
from .template import Overview, hierarchy, overview_parts, side_amount

REL_TOL = 1e-9
ARITH_TOL = 0.011  # the narrative's own arithmetic on two-decimal figures (amounts and percents)
WAN = Money("万元", 1.0, 6)

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def fmt(x: float, places: int = 6) -> str:
    """1234.567891 -> '1,234.567891'; 1.0 -> '1.00'; 94995790 (places 0) -> '94,995,790'."""
    if places <= 0:
        return f"{x:,.0f}"
    s = f"{x:,.{places}f}".rstrip("0")
    whole, _, frac = s.partition(".")
    return f"{whole}.{frac.ljust(2, '0')}"


def money_of(*tables: Tab | None) -> Money:
    """How to state a comparison between tables: their common unit, else 万元."""
    ms = [t.money for t in tables if t is not None]
    if ms and all(m.unit == ms[0].unit for m in ms):
        return Money(ms[0].unit, ms[0].scale, max(m.places for m in ms))
    return Money("万元", 1.0, max([6, *(m.places for m in ms)]))


class Audit:
    """One loaded document under check: the comparisons made so far and the problems found."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.checks = 0
        self.findings: list[Finding] = []
        self.bad: dict[tuple[int, str], list[Rec]] = {}  # (record, column) that failed -> the rows it sums
        self.corrected: dict[int, float] = {}  # a narrative figure that failed against its table -> the table's

    def table(self, kind: str) -> Tab | None:
        return self.doc.table(kind)

    # -- recording ---------------------------------------------------------

    def expect(self, check: str, stated: float, computed: float, *, at, basis: Sequence = (), unit: str,
               tol: float, places: int = 2, what: str = "", how: str = "", message: str | None = None,
               severity: str = "error") -> bool:
        """Count one comparison (figures in `unit`); record a finding when they differ by more than `tol`."""
        self.checks += 1
        diff = abs(stated - computed)
        if diff <= tol:
            return True
        if message is None:
            message = (f"{what}为{fmt(stated, places)}{unit}，与{how}{fmt(computed, places)}{unit}不符，"
                       f"相差{fmt(diff, places)}{unit}。")
        self.record(check, message, at=at, basis=basis, stated=stated, computed=computed, unit=unit,
                    severity=severity)
        return False

    def expect_money(self, check: str, stated: float, computed: float, *, at, basis: Sequence = (),
                     tables: Sequence[Tab | None] = (), what: str = "", how: str = "",
                     severity: str = "error") -> bool:
        """Compare two amounts in 万元, within the printing precision of their tables, stated as printed."""
        m = money_of(*tables)
        tol = max([m.tol, *(t.money.tol for t in tables if t is not None), REL_TOL * max(abs(stated), abs(computed))])
        if abs(stated - computed) <= tol:
            self.checks += 1
            return True
        return self.expect(check, m.show(stated), m.show(computed), at=at, basis=basis, unit=m.unit, tol=0.0,
                           places=m.places, what=what, how=how, severity=severity)

    def record(self, check: str, message: str, *, at, basis: Sequence = (), stated: float | None = None,
               computed: float | None = None, unit: str | None = None, severity: str = "error") -> None:
        """Keep one problem: `at` is the row or fact that states the figure, `basis` what it was checked against."""
        basis = [b for b in basis if b is not None]
        lines = tuple(dict.fromkeys(b.line for b in basis if b.line))
        pages = tuple(dict.fromkeys(b.page for b in basis if getattr(b, "page", None)))
        texts = tuple(dict.fromkeys(b.text for b in basis if b.text))
        self.findings.append(Finding(
            doc_id=self.doc.doc_id, check=check, severity=severity, message=message, stated=stated,
            computed=computed, unit=unit, stated_line=at.line if at is not None else None, computed_lines=lines,
            stated_text=at.text if at is not None else "", computed_text="\n".join(texts),
            stated_page=getattr(at, "page", None), computed_pages=pages))

    def result(self) -> Report:
        """Errors before warnings, each in the order of the lines that state them."""
        found = sorted(self.findings, key=lambda f: (_SEVERITY_ORDER.get(f.severity, 3), f.stated_line or 0))
        return Report(self.doc.doc_id, self.checks, tuple(found))

    # -- figures -------------------------------------------------------------

    def value(self, r: Rec, col: str) -> float:
        """A row's amount in 万元, or the sum of its rows when its own figure already failed a totals check
        (so that one wrong cell is reported once, not again by every check that uses it)."""
        kids = self.bad.get((id(r), col))
        return r.n(col) if kids is None else sum(self.value(k, col) for k in kids)

    def figure(self, kind: str, col: str) -> tuple[float, list[Rec]] | None:
        """A table's total in one column (万元): its total row, else the sum of its top-level rows."""
        t = self.table(kind)
        if t is None or not t.has_role(col):
            return None
        if t.total is not None:
            return self.value(t.total, col), [t.total]
        top = hierarchy(t)[0]
        return sum(self.value(r, col) for r in top), [r for r in top if r.has(col)]

    def overview(self, kind: str, side: str) -> Overview | None:
        """One side (收入 or 支出) of a two-sided table (`overview` or `fiscal_overview`)."""
        t = self.table(kind)
        return overview_parts([r for r in t.recs if r.side == side]) if t else None

    def this_year(self, ov: Overview | None) -> tuple[float, list[Rec]] | None:
        """One side's 本年 total (its 合计 row, else its 总计 row)."""
        row = (ov.subtotal or ov.grand) if ov else None
        return (self.value(row, side_amount(row)), [row]) if row is not None else None
