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
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from qa.errors import IndexError_

from .classification import FUNC_CLASSES
from .records import Finding
from .schema import TYPED_TABLES

TABLE_TOL = 0.005  # 万元; table amounts carry six decimals
REL_TOL = 1e-6
ARITH_TOL = 0.011  # the narrative's own arithmetic on two-decimal figures (amounts and percents)

_TO_WAN = {"元": 1e-4, "千元": 0.1, "万元": 1.0, "万": 1.0, "亿元": 1e4}
_SEVERITY = {"error": "错误", "warning": "警告", "info": "提示"}


# ---------------------------------------------------------------------------- the report


@dataclass(frozen=True)
class Report:
    """What `check_document` found: the problems, and how many comparisons were made in all."""

    doc_id: str
    checks_run: int
    findings: tuple[Finding, ...] = ()

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "warning")

    def render(self) -> str:
        """Chinese text: a summary line, then one line per finding with its line numbers."""
        out = [f"{self.doc_id}：共核对 {self.checks_run} 项，发现 {len(self.errors)} 处错误、"
               f"{len(self.warnings)} 处警告。"]
        for f in self.findings:
            where = f"第{f.stated_line}行" if f.stated_line else "（无行号）"
            basis = f"（依据第{_line_list(f.computed_lines)}行）" if f.computed_lines else ""
            out.append(f"[{_SEVERITY.get(f.severity, f.severity)}] {where}：{f.message}{basis}")
        return "\n".join(out)

    def to_dict(self) -> dict:
        """Plain data for `--json`."""
        return {
            "doc_id": self.doc_id, "checks_run": self.checks_run,
            "errors": len(self.errors), "warnings": len(self.warnings),
            "findings": [{**asdict(f), "computed_lines": list(f.computed_lines)} for f in self.findings],
        }


def _line_list(lines: Sequence[int], limit: int = 8) -> str:
    shown = "、".join(str(n) for n in lines[:limit])
    return shown if len(lines) <= limit else f"{shown}等{len(lines)}"


def _fmt(x: float, places: int = 6) -> str:
    """1234.567891 -> '1,234.567891'; 1.0 -> '1.00'; 4 (count) -> '4'."""
    if places == 0:
        return f"{x:,.0f}"
    s = f"{x:,.{places}f}".rstrip("0")
    whole, _, frac = s.partition(".")
    return f"{whole}.{frac.ljust(2, '0')}"


# ---------------------------------------------------------------------------- stored rows (the boundary)


@dataclass(frozen=True, eq=False)
class _Row:
    """One typed table row: its values by column, its line and its text as it reads."""

    line: int
    is_total: bool
    text: str
    values: dict
    scale: float = 1.0  # the table's unit in 万元

    def s(self, col: str) -> str:
        v = self.values.get(col)
        return "" if v is None else re.sub(r"\s+", "", str(v))

    def has(self, col: str) -> bool:
        return self.values.get(col) is not None

    def n(self, col: str) -> float:
        """An amount in 万元 (an empty cell is 0)."""
        v = self.values.get(col)
        return 0.0 if v is None else float(v) * self.scale


@dataclass(frozen=True)
class _Table:
    code: str  # 表三
    rows: tuple[_Row, ...]

    @property
    def data(self) -> list[_Row]:
        return [r for r in self.rows if not r.is_total]

    @property
    def total(self) -> _Row | None:
        totals = [r for r in self.rows if r.is_total]
        return totals[-1] if totals else None


@dataclass(frozen=True)
class _Fact:
    fact_no: int
    para_no: int
    line: int
    section: str
    label: str
    subject: str
    clause: str
    sentence: str
    value: float
    unit: str
    raw: str
    kind: str
    year: int | None
    direction: str | None
    is_change: bool
    compare_year: int | None

    @property
    def text(self) -> str:
        return self.sentence

    @property
    def places(self) -> int:
        return len(self.raw.partition(".")[2])


@dataclass(frozen=True)
class _Doc:
    doc_id: str
    year: int | None
    tables: dict[str, _Table]  # by kind, plus "indicators" for 表十三's indicator rows
    facts: tuple[_Fact, ...]


_FACT_COLS = ("fact_no", "para_no", "line", "section", "label", "subject", "clause", "sentence", "value",
              "unit", "raw", "kind", "year", "direction", "is_change", "compare_year")


def _load(conn: sqlite3.Connection, doc_id: str) -> _Doc:
    doc = conn.execute("SELECT year FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    if doc is None:
        raise IndexError_(f"索引中没有文档 {doc_id}，请先运行 budget-qa ingest")
    texts = {(no, line): text for no, line, text in conn.execute(
        "SELECT table_no, line, text FROM table_rows WHERE doc_id = ?", (doc_id,))}
    meta = {kind: (no, code, unit) for no, code, kind, unit in conn.execute(
        "SELECT table_no, code, kind, unit FROM source_tables WHERE doc_id = ?", (doc_id,))}
    tables: dict[str, _Table] = {}
    sources = [(kind, name) for kind, name in TYPED_TABLES.items()] + [("indicators", "t13_indicators")]
    for kind, name in sources:
        no, code, unit = meta.get("performance" if kind == "indicators" else kind, (None, None, None))
        if no is None:
            continue
        cur = conn.cursor()
        cur.row_factory = sqlite3.Row
        rows = cur.execute(f"SELECT * FROM {name} WHERE doc_id = ? ORDER BY line, rowid", (doc_id,)).fetchall()
        tables[kind] = _Table(code, tuple(
            _Row(r["line"], bool(r["is_total"]), texts.get((no, r["line"]), ""), dict(r),
                 _TO_WAN.get(unit or "万元", 1.0)) for r in rows))
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    facts = tuple(_fact(r) for r in cur.execute(
        f"SELECT {', '.join(_FACT_COLS)} FROM facts WHERE doc_id = ? ORDER BY fact_no", (doc_id,)))
    return _Doc(doc_id, doc[0], tables, facts)


def _fact(r: sqlite3.Row) -> _Fact:
    v = dict(r)
    words = {k: v[k] or "" for k in ("section", "label", "subject", "clause", "sentence", "unit", "raw", "kind")}
    return _Fact(**{**v, **words, "is_change": bool(v["is_change"])})


# ---------------------------------------------------------------------------- template vocabulary

_INCOME_CUR = ("cur_general", "cur_gov_fund", "cur_state_capital", "cur_special", "cur_business",
               "cur_business_op", "cur_superior", "cur_affiliated", "cur_other")
_INCOME_CARRY = ("carry_general", "carry_gov_fund", "carry_state_capital", "carry_special", "carry_unit")
_PROJECT_FUNDS = ("cur_general", "cur_gov_fund", "cur_state_capital", "carry_general", "carry_gov_fund",
                  "carry_state_capital", "special", "unit_funds")
_FUNC3 = (("func_code", "prefix"), ("gov_econ_code", "prefix"), ("econ_code", "prefix"))

# kind -> (the columns that place a row in the hierarchy, the amount columns that add up)
_SUMMED: dict[str, tuple[tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    "income": ((("unit_code", "prefix"),), ("total", "cur_subtotal", *_INCOME_CUR, "carry_subtotal", *_INCOME_CARRY)),
    "expenditure": (_FUNC3, ("total", "basic", "project", "biz_op", "to_superior", "to_affiliated")),
    "projects": ((("unit_code", "prefix"), ("project_name", "exact"), ("func_code", "prefix"),
                  ("econ_code", "prefix")), ("total", *_PROJECT_FUNDS)),
    "general_budget": ((("unit_code", "prefix"), ("func_code", "prefix")),
                       ("total", "basic", "personnel", "public", "project", "project_excl_capital")),
    "basic": (_FUNC3, ("total", "personnel", "public")),
    "gov_fund": (_FUNC3, ("total", "basic", "project")),
    "state_capital": (_FUNC3, ("total", "basic", "project")),
    "purchase_services": ((("unit_code", "prefix"), ("project_code", "exact")), ("budget_amount", "current_amount")),
    "transfers": ((), ("amount",)),
}

# kind -> (a row's total, its parts) for every data row
_ROW_SUMS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "income": (("total", (*_INCOME_CUR, *_INCOME_CARRY)), ("cur_subtotal", _INCOME_CUR),
               ("carry_subtotal", _INCOME_CARRY)),
    "expenditure": (("total", ("basic", "project")),),
    "projects": (("total", _PROJECT_FUNDS),),
    "general_budget": (("total", ("basic", "project")), ("basic", ("personnel", "public"))),
    "basic": (("total", ("personnel", "public")),),
    "gov_fund": (("total", ("basic", "project")),),
    "state_capital": (("total", ("basic", "project")),),
    "performance": (("total", ("fiscal", "other")),),
}

_COL_NAMES = {
    "total": "合计", "basic": "基本支出", "project": "项目支出", "personnel": "人员经费", "public": "公用经费",
    "biz_op": "事业单位经营支出", "to_superior": "上缴上级支出", "to_affiliated": "对附属单位补助支出",
    "project_excl_capital": "扣除基建项目后预算数", "budget_amount": "预算金额", "current_amount": "本年预算金额",
    "amount": "金额", "fiscal": "财政资金", "other": "其他资金", "cur_subtotal": "本年收入小计",
    "carry_subtotal": "上年结转结余小计", "cur_general": "本年一般公共预算", "cur_gov_fund": "本年政府性基金预算",
    "cur_state_capital": "本年国有资本经营预算", "cur_special": "财政专户管理资金", "cur_business": "事业收入",
    "cur_business_op": "事业单位经营收入", "cur_superior": "上级补助收入", "cur_affiliated": "附属单位上缴收入",
    "cur_other": "其他收入", "carry_general": "结转一般公共预算", "carry_gov_fund": "结转政府性基金预算",
    "carry_state_capital": "结转国有资本经营预算", "special": "财政专户管理资金", "unit_funds": "单位资金",
}

# 表一/表二 income vocabulary: item keyword -> 表二 column (longer keywords first)
_INCOME_ITEMS = (("事业单位经营", "cur_business_op"), ("一般公共预算", "cur_general"), ("政府性基金", "cur_gov_fund"),
                 ("国有资本经营", "cur_state_capital"), ("财政专户", "cur_special"), ("事业收入", "cur_business"),
                 ("上级补助", "cur_superior"), ("附属单位", "cur_affiliated"), ("其他收入", "cur_other"))
_CARRY_ITEMS = (("一般公共预算", "carry_general"), ("政府性基金", "carry_gov_fund"),
                ("国有资本经营", "carry_state_capital"))
_NON_FISCAL = ("cur_special", "cur_business", "cur_business_op", "cur_superior", "cur_affiliated", "cur_other",
               "carry_special", "carry_unit")
_NON_GENERAL = (*_NON_FISCAL, "cur_gov_fund", "cur_state_capital", "carry_gov_fund", "carry_state_capital")
_CLASS_BY_NAME = {name: code for code, name in FUNC_CLASSES.items()}

_THIS_YEAR = re.compile(r"^本年(收入|支出)(合计)?$")
_ORDINAL = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
_GENERIC_LABEL = re.compile(r"^(财政)?(拨款)?(预算数|预算|数)?$")
_ONE_YEAR = re.compile(r"^(1|一)年$")
_COST_TOTAL = re.compile(r"(总成本|全年成本|预算控制数|成本控制|总额)")


def _core(label: str) -> str:
    """'2023年收入预算' -> '收入'; '基本支出预算' -> '基本支出'; '占总支出预算' -> '占总支出'."""
    s = re.sub(r"^(20\d\d年度?)", "", label)
    s = re.sub(r"^(本部门|部门|本年|全年)", "", s)
    return re.sub(r"(预算数|预算|总额|合计|总计|数)+$", "", s)


def _plain(label: str) -> str:
    """'2022年收入预算' -> '收入预算'."""
    return re.sub(r"^(20\d\d年度?)", "", label)


def _name_key(name: str) -> str:
    """Project names compared across tables: no spaces, full-width parentheses."""
    return re.sub(r"\s+", "", name).replace("(", "（").replace(")", "）")


def _income_key(name: str) -> str:
    return re.sub(r"(财政|收入|资金)", "", name)


# ---------------------------------------------------------------------------- the checks


class _Checks:
    """Runs every check over one loaded document, counting comparisons and collecting findings."""

    def __init__(self, doc: _Doc):
        self.doc = doc
        self.t = doc.tables
        self.checks = 0
        self.findings: list[Finding] = []
        self.bad: dict[tuple[int, str], list[_Row]] = {}  # (row, column) that failed -> the rows it sums

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
            message = (f"{what}为{_fmt(stated, places)}{unit}，与{how}{_fmt(computed, places)}{unit}不符，"
                       f"相差{_fmt(diff, places)}{unit}。")
        self.report(check, message, at=at, basis=basis, stated=stated, computed=computed, unit=unit,
                    severity=severity)
        return False

    def report(self, check: str, message: str, *, at, basis: Sequence = (), stated: float | None = None,
               computed: float | None = None, unit: str | None = None, severity: str = "error") -> None:
        lines = tuple(dict.fromkeys(b.line for b in basis if b is not None and b.line))
        texts = tuple(dict.fromkeys(b.text for b in basis if b is not None and b.text))
        self.findings.append(Finding(
            doc_id=self.doc.doc_id, check=check, severity=severity, message=message, stated=stated,
            computed=computed, unit=unit, stated_line=at.line if at is not None else None, computed_lines=lines,
            stated_text=at.text if at is not None else "", computed_text="\n".join(texts)))

    def run(self) -> Report:
        for step in (self.table_totals, self.overview_totals, self.three_public_totals, self.cross_tables,
                     self.by_class, self.by_code, self.by_project, self.narrative_vs_tables,
                     self.narrative_arithmetic, self.performance_quality):
            step()
        order = {"error": 0, "warning": 1, "info": 2}
        found = sorted(self.findings, key=lambda f: (order.get(f.severity, 3), f.stated_line or 0))
        return Report(self.doc.doc_id, self.checks, tuple(found))

    # -- figures -------------------------------------------------------------

    def value(self, r: _Row, col: str) -> float:
        """A row's amount, or the sum of its rows when its own figure already failed a totals check
        (so that one wrong cell is reported once, not again by every check that uses it)."""
        kids = self.bad.get((id(r), col))
        return r.n(col) if kids is None else sum(self.value(k, col) for k in kids)

    def figure(self, kind: str, col: str) -> tuple[float, list[_Row]] | None:
        """A table's total in one column: its total row, else the sum of its top-level rows."""
        t = self.t.get(kind)
        if t is None:
            return None
        if t.total is not None:
            return self.value(t.total, col), [t.total]
        top = _tree(t.data, _SUMMED.get(kind, ((), ()))[0])[0]
        return sum(self.value(r, col) for r in top), [r for r in top if r.has(col)]

    def this_year(self, ov: _Overview | None) -> tuple[float, list[_Row]] | None:
        """One side's 本年 total (its 合计 row, else its 总计 row)."""
        row = (ov.subtotal or ov.grand) if ov else None
        return (self.value(row, "amount"), [row]) if row is not None else None

    def overview(self, kind: str, side: str) -> _Overview | None:
        t = self.t.get(kind)
        return _overview_parts([r for r in t.rows if r.s("side") == side]) if t else None

    def share_of_income(self, cols: Sequence[str]) -> float | None:
        """The part of all income in the given 表二 columns (None when 表二 is missing)."""
        t = self.t.get("income")
        if t is None:
            return None
        rows = [t.total] if t.total else _tree(t.data, _SUMMED["income"][0])[0]
        return sum(r.n(c) for r in rows for c in cols)

    def only_from(self, excluded: Sequence[str]) -> bool:
        """True when no income comes from the excluded 表二 columns (all of it is fiscal / general budget)."""
        share = self.share_of_income(excluded)
        return share is not None and abs(share) <= TABLE_TOL

    # -- 1. totals -------------------------------------------------------------

    def sums_to(self, r: _Row, col: str, parts: list[_Row], *, what: str, how: str) -> None:
        """Check one summary cell against the rows it sums; remember it when it fails."""
        counted = [p for p in parts if p.has(col)]
        if not r.has(col) and not counted:
            return
        if not self.expect("totals", r.n(col), sum(self.value(p, col) for p in counted), at=r, basis=counted,
                           what=what, how=how):
            self.bad[(id(r), col)] = parts

    def table_totals(self) -> None:
        for kind, (keys, cols) in _SUMMED.items():
            t = self.t.get(kind)
            if t is None:
                continue
            top, children = _tree(t.data, keys)
            for col in cols:
                name = _COL_NAMES.get(col, col)
                for parent, kids in children.items():  # deepest first
                    self.sums_to(parent, col, kids, what=f"{t.code}汇总行“{name}”", how="其下各行之和")
                if t.total is not None:
                    self.sums_to(t.total, col, top, what=f"{t.code}合计行“{name}”", how="各行之和")
        for kind, rules in _ROW_SUMS.items():
            t = self.t.get(kind)
            if t is None:
                continue
            for r in t.data:  # a total row adds up when its columns do
                for target, parts in rules:
                    if not r.has(target) and not any(r.has(p) for p in parts):
                        continue
                    names = "、".join(_COL_NAMES.get(p, p) for p in parts if r.has(p)) or "各分项"
                    self.expect("totals", r.n(target), sum(r.n(p) for p in parts), at=r, basis=[r],
                                what=f"{t.code}该行“{_COL_NAMES.get(target, target)}”", how=f"{names}之和")

    def overview_totals(self) -> None:
        for kind in ("overview", "fiscal_overview"):
            t = self.t.get(kind)
            if t is None:
                continue
            balance = []
            for side in ("收入", "支出"):
                ov = self.overview(kind, side)
                if ov is None:
                    continue
                if ov.subtotal is not None:
                    self.sums_to(ov.subtotal, "amount", list(ov.items), what=f"{t.code}“{ov.subtotal.s('item')}”",
                                 how=f"各{side}项目之和")
                if ov.carry is not None and any(r.has("amount") for r in ov.carry_items):
                    self.sums_to(ov.carry, "amount", list(ov.carry_items), what=f"{t.code}“{ov.carry.s('item')}”",
                                 how="其下各项之和")
                parts = [r for r in (ov.subtotal, ov.carry) if r is not None]
                if ov.subtotal is None:
                    parts += ov.items
                if ov.carry is None:
                    parts += ov.carry_items
                if ov.grand is not None:
                    self.sums_to(ov.grand, "amount", parts, what=f"{t.code}“{ov.grand.s('item')}”",
                                 how="本年数与结转数之和")
                    balance.append(ov.grand)
            if len(balance) == 2:
                income, spend = balance
                self.expect("totals", self.value(spend, "amount"), self.value(income, "amount"), at=spend,
                            basis=[income], what=f"{t.code}支出总计", how="收入总计")

    def three_public_totals(self) -> None:
        """表十: 总计 = the numbered items; an item = its 其中 rows (unnumbered rows right after it)."""
        t = self.t.get("three_public")
        if t is None:
            return
        items, subs = _three_public_items(t.data)
        for parent, kids in subs.items():
            self.sums_to(parent, "amount", kids, what=f"{t.code}“{parent.s('item')}”", how="其中各项之和")
        if t.total is not None:
            self.sums_to(t.total, "amount", items, what=f"{t.code}“{t.total.s('item')}”", how="各项之和")

    # -- 2. the same figure in two tables ------------------------------------------------

    def same(self, a: tuple[float, list[_Row]] | None, b: tuple[float, list[_Row]] | None, what: str,
             how: str) -> None:
        if a is None or b is None:
            return
        self.expect("cross_table", a[0], b[0], at=a[1][0] if a[1] else None, basis=b[1], what=what, how=how)

    def cross_tables(self) -> None:
        t = self.t
        code = {k: v.code for k, v in t.items()}
        ov_in, ov_out = self.overview("overview", "收入"), self.overview("overview", "支出")
        fo_in, fo_out = self.overview("fiscal_overview", "收入"), self.overview("fiscal_overview", "支出")
        spend = self.this_year(ov_out)
        self.same(spend, self.figure("expenditure", "total"), f"{code.get('overview')}本年支出",
                  f"{code.get('expenditure')}合计")
        if ov_in and ov_in.grand:
            self.same((self.value(ov_in.grand, "amount"), [ov_in.grand]), self.figure("income", "total"),
                      f"{code.get('overview')}收入总计", f"{code.get('income')}合计")
        if ov_in and "income" in t:
            for r in ov_in.items:
                col = _column_for(r.s("item"), _INCOME_ITEMS)
                if col and (r.has("amount") or abs(self.share_of_income([col]) or 0) > TABLE_TOL):
                    self.same((r.n("amount"), [r]), self.figure("income", col), f"{code['overview']}“{r.s('item')}”",
                              f"{code['income']}合计行对应列")
            if ov_in.carry is not None:
                self.same((self.value(ov_in.carry, "amount"), [ov_in.carry]), self.figure("income", "carry_subtotal"),
                          f"{code['overview']}“{ov_in.carry.s('item')}”", f"{code['income']}上年结转结余小计")
        if fo_in and "income" in t:
            for rows, vocab in ((fo_in.items, _INCOME_ITEMS), (fo_in.carry_items, _CARRY_ITEMS)):
                for r in rows:
                    col = _column_for(r.s("item"), vocab)
                    if col and r.has("amount"):
                        self.same((r.n("amount"), [r]), self.figure("income", col),
                                  f"{code['fiscal_overview']}“{r.s('item')}”", f"{code['income']}合计行对应列")
        fiscal_spend = self.this_year(fo_out)
        budgets = [self.figure(k, "total") for k in ("general_budget", "gov_fund", "state_capital")]
        if fiscal_spend and budgets[0]:
            found = [b for b in budgets if b]
            self.same(fiscal_spend, (sum(b[0] for b in found), [r for b in found for r in b[1]]),
                      f"{code['fiscal_overview']}本年支出", "一般公共预算、政府性基金和国有资本经营预算支出表合计之和")
        if spend and fiscal_spend and self.only_from(_NON_FISCAL):
            self.same(spend, fiscal_spend, f"{code['overview']}本年支出", f"{code['fiscal_overview']}本年支出")
        for col in ("total", "personnel", "public"):
            self.same(self.figure("general_budget", "basic" if col == "total" else col), self.figure("basic", col),
                      f"{code.get('general_budget')}{'基本支出' if col == 'total' else _COL_NAMES[col]}",
                      f"{code.get('basic')}{_COL_NAMES[col]}")
        self.same(self.figure("expenditure", "project"), self.figure("projects", "total"),
                  f"{code.get('expenditure')}项目支出", f"{code.get('projects')}合计")
        general = [self.figure("projects", c) for c in ("cur_general", "carry_general")]
        if general[0] and general[1]:
            self.same(self.figure("general_budget", "project"),
                      (general[0][0] + general[1][0], general[0][1]),
                      f"{code.get('general_budget')}项目支出", f"{code['projects']}一般公共预算资金（含结转）合计")
        if self.only_from(_NON_GENERAL):
            for col in ("total", "basic", "project"):
                self.same(self.figure("expenditure", col), self.figure("general_budget", col),
                          f"{code.get('expenditure')}{_COL_NAMES[col]}", f"{code.get('general_budget')}{_COL_NAMES[col]}")

    def by_class(self) -> None:
        """表一/表五 expense items named after a 类 against the detail rows of that 类."""
        pairs = [("overview", ("expenditure",)), ("fiscal_overview", ("general_budget", "gov_fund", "state_capital"))]
        for kind, sources in pairs:
            ov = self.overview(kind, "支出")
            if ov is None or not all(s in self.t for s in sources[:1]):
                continue
            sums: dict[str, list[_Row]] = defaultdict(list)
            for s in sources:
                if s in self.t:
                    for r in _leaves(self.t[s].data, _SUMMED[s][0]):
                        if r.s("func_code")[:3]:
                            sums[r.s("func_code")[:3]].append(r)
            seen = set()
            unknown = False  # an item with an amount that names no known 类: a missing 类 may hide there
            names = "、".join(self.t[s].code for s in sources if s in self.t)
            for r in ov.items:
                cls = _CLASS_BY_NAME.get(r.s("item"))
                if cls is None:
                    unknown = unknown or abs(r.n("amount")) > TABLE_TOL
                    continue
                seen.add(cls)
                rows = [x for x in sums.get(cls, []) if x.has("total")]
                if r.has("amount") or rows:
                    self.expect("cross_table", r.n("amount"), sum(x.n("total") for x in rows), at=r, basis=rows,
                                what=f"{self.t[kind].code}“{r.s('item')}”", how=f"{names}中该类各行之和")
            for cls, rows in sums.items():
                value = sum(x.n("total") for x in rows)
                if cls not in seen and not unknown and abs(value) > TABLE_TOL:
                    self.checks += 1
                    self.report("cross_table", f"{names}列有“{FUNC_CLASSES.get(cls, cls)}”（{cls}）{_fmt(value)}"
                                f"万元，但{self.t[kind].code}支出项目中没有该类。", at=ov.subtotal or ov.grand,
                                basis=rows, stated=0.0, computed=value, unit="万元")

    def by_code(self) -> None:
        """Rows of one function subject in two tables: 表四 vs 表三 项目支出, and 表六/表七 vs 表三 when all
        income is general budget."""
        t = self.t
        if "expenditure" not in t:
            return
        exp = _leaves(t["expenditure"].data, _SUMMED["expenditure"][0])
        pairs = []
        if "projects" in t:
            pairs.append(("project", "projects", "total", ("func_code",)))
        if self.only_from(_NON_GENERAL):
            if "general_budget" in t:
                pairs += [(c, "general_budget", c, ("func_code",)) for c in ("total", "basic", "project")]
            if "basic" in t:
                pairs.append(("basic", "basic", "total", ("func_code", "econ_code")))
        for exp_col, kind, col, keys in pairs:
            mine = _group(exp, keys, exp_col)
            theirs = _group(_leaves(t[kind].data, _SUMMED[kind][0]), keys, col)
            for key in sorted(set(mine) | set(theirs)):
                a, b = mine.get(key, []), theirs.get(key, [])
                va, vb = sum(r.n(exp_col) for r in a), sum(r.n(col) for r in b)
                at = a[0] if a else (b[0] if b else None)
                self.expect("cross_table", va, vb, at=at, basis=b,
                            what=f"{t['expenditure'].code}科目{'/'.join(key)}的{_COL_NAMES[exp_col]}",
                            how=f"{t[kind].code}同一科目的{_COL_NAMES[col]}")

    def by_project(self) -> None:
        """表十一 and 表十三 projects against 表四 rows of the same project."""
        if "projects" not in self.t:
            return
        p4 = self.t["projects"]
        full: dict[str, list[_Row]] = defaultdict(list)
        short: dict[str, list[_Row]] = defaultdict(list)
        for r in _leaves(p4.data, _SUMMED["projects"][0]):
            if r.s("project_name"):
                full[_name_key(r.s("project_name"))].append(r)
                short[_name_key(r.s("project_short"))].append(r)

        def match(r: _Row) -> list[_Row]:
            rows = full.get(_name_key(r.s("project_name")))
            if rows:
                return rows
            rows = short.get(_name_key(r.s("project_short")), [])
            return rows if len({x.s("project_name") for x in rows}) == 1 else []

        for kind, col, name in (("purchase_services", "current_amount", "本年预算金额"),
                                ("performance", "total", "项目总额")):
            t = self.t.get(kind)
            if t is None:
                continue
            for r in t.data:
                rows = match(r)
                if not rows or not r.has(col):
                    continue
                self.expect("cross_table", r.n(col), sum(x.n("total") for x in rows), at=r, basis=rows,
                            what=f"{t.code}“{r.s('project_short') or r.s('project_name')}”{name}",
                            how=f"{p4.code}该项目合计")
        t11 = self.t.get("purchase_services")
        for r in t11.data if t11 else []:
            if _ONE_YEAR.match(r.s("term")) and r.has("budget_amount") and r.has("current_amount"):
                self.expect("cross_table", r.n("budget_amount"), r.n("current_amount"), at=r, basis=[r],
                            severity="warning", what=f"{t11.code}“{r.s('project_short')}”合同期限{r.s('term')}，"
                            f"预算金额", how="本年预算金额")

    # -- 3. narrative against tables ------------------------------------------

    def narrative_vs_tables(self) -> None:
        year = self.doc.year
        for f in self.doc.facts:
            if f.is_change or (year is not None and f.year not in (year, None)):
                continue
            target = self.table_figure_for(f)
            if target is None:
                continue
            values, rows, how = target
            if f.unit in _TO_WAN:
                conv = [round(v / _TO_WAN[f.unit], f.places) for v in values]
                tol, places = 0.51 * 10 ** -f.places, max(f.places, 2)
            else:
                conv, tol, places = list(values), 0.5, 0
            best = min(conv, key=lambda v: abs(v - f.value))
            self.expect("narrative_vs_table", f.value, best if abs(best - f.value) <= tol else conv[0], at=f,
                        basis=rows, unit=f.unit, tol=tol, places=places,
                        what=f"正文“{f.clause}”中的{f.label or f.subject}", how=how)

    def table_figure_for(self, f: _Fact) -> tuple[list[float], list[_Row], str] | None:
        """The table figure a narrative number names, when the link is unambiguous: (accepted values in 万元
        or as a count, the rows, a description)."""
        core, subject = _core(f.label), _core(f.subject)
        text = f.label + f.subject
        if f.kind == "amount" and f.unit in _TO_WAN:
            if "三公" in f.label:
                t10 = self.t.get("three_public")
                if t10 and t10.total:
                    return [self.value(t10.total, "amount")], [t10.total], f"{t10.code}总计"
                return None
            if "三公" in f.section:
                row = self.three_public_item(f)
                if row is not None:
                    return [self.value(row, "amount")], [row], f"{self.t['three_public'].code}“{row.s('item')}”"
                return None
            if core in ("收入", "支出"):
                ov = self.overview("overview", "收入" if core == "收入" else "支出")
                rows = [r for r in (ov.grand, ov.subtotal) if r is not None] if ov else []
                if rows:
                    return [self.value(r, "amount") for r in rows], rows[:1], f"{self.t['overview'].code}{core}总计"
                return None
            if core in ("基本支出", "项目支出"):
                fig = self.figure("expenditure", "basic" if core == "基本支出" else "project")
                return ([fig[0]], fig[1], f"{self.t['expenditure'].code}{core}合计") if fig else None
            if subject == "收入" and core != subject:
                ov = self.overview("overview", "收入")
                for r in ov.items if ov else []:
                    if _income_key(r.s("item")) == _income_key(core):
                        return [r.n("amount")], [r], f"{self.t['overview'].code}“{r.s('item')}”"
                return None
            if "政府购买服务" in text:
                t11 = self.t.get("purchase_services")
                cur, whole = self.figure("purchase_services", "current_amount"), \
                    self.figure("purchase_services", "budget_amount")
                if t11 and cur and whole:
                    return [cur[0], whole[0]], cur[1], f"{t11.code}本年预算金额合计"
                return None
            if "政府性基金" in f.label and "支出" in f.label:
                fig = self.figure("gov_fund", "total")
                return ([fig[0]], fig[1], f"{self.t['gov_fund'].code}合计") if fig else None
            return None
        if f.unit == "个":
            if "政府购买服务" in text and "purchase_services" in self.t:
                t11 = self.t["purchase_services"]
                rows = [r for r in t11.data if r.s("project_name")]
                n = len({r.s("project_code") or r.s("project_name") for r in rows})
                return [float(n)], rows[:1], f"{t11.code}所列项目数"
            if "绩效目标" in text and "performance" in self.t:
                t13 = self.t["performance"]
                return [float(len(t13.data))], t13.data[:1], f"{t13.code}所列项目数"
        return None

    def three_public_item(self, f: _Fact) -> _Row | None:
        t10 = self.t.get("three_public")
        if t10 is None:
            return None
        rows = sorted(t10.data, key=lambda r: -len(r.s("item")))
        for r in rows:
            if r.s("item") and r.s("item") in f.label:
                return r
        leaf = _ORDINAL.sub("", f.section.split(" > ")[-1].strip())
        if _GENERIC_LABEL.match(_core(f.label)) or _GENERIC_LABEL.match(f.label):
            return next((r for r in rows if r.s("item") == re.sub(r"\s+", "", leaf)), None)
        return None

    # -- 4. the narrative's own arithmetic -----------------------------------------

    def narrative_arithmetic(self) -> None:
        paragraphs: dict[int, list[_Fact]] = defaultdict(list)
        for f in self.doc.facts:
            paragraphs[f.para_no].append(f)
        for facts in paragraphs.values():
            sentences: dict[str, list[_Fact]] = {}
            for f in facts:
                sentences.setdefault(f.sentence, []).append(f)
            previous: list[_Fact] = []
            for sentence_facts in sentences.values():
                for f in sentence_facts:
                    if f.is_change and f.kind == "percent":
                        self.change_rate(f, sentence_facts, previous)
                    elif f.is_change:
                        self.change_amount(f, sentence_facts, previous)
                    elif f.kind == "percent" and f.label.startswith("占"):
                        self.share(f, sentence_facts)
                self.book_value(sentence_facts)
                previous = sentence_facts

    def pair(self, f: _Fact, here: list[_Fact], previous: list[_Fact]) -> tuple[_Fact, _Fact] | None:
        """(this year's figure, the earlier year's figure) that a change figure compares."""
        year = self.doc.year
        prior_year = f.compare_year or (year - 1 if year else None)
        before = [g for g in here if g.fact_no < f.fact_no]
        priors = [g for g in before if not g.is_change and g.year == prior_year and _comparable(g, f)]
        if not priors or prior_year is None:
            return None
        prior = priors[-1]
        if f.kind != "percent" and any(g.is_change and g.kind == f.kind for g in before if g.fact_no > prior.fact_no):
            return None

        def currents(facts: list[_Fact]) -> list[_Fact]:
            return [g for g in facts if not g.is_change and g.year == year and g.fact_no < f.fact_no
                    and g.fact_no != prior.fact_no and g.kind == prior.kind and _comparable(g, prior)]

        pool = currents(here) or currents(previous)
        for same in (lambda g: g.label == prior.label, lambda g: _core(g.label) == _core(prior.label)):
            hit = [g for g in pool if same(g)]
            if hit:
                return hit[-1], prior
        return (pool[0], prior) if pool else None

    def change_amount(self, f: _Fact, here: list[_Fact], previous: list[_Fact]) -> None:
        found = self.pair(f, here, previous)
        if found is None:
            return
        cur, prior = found
        c, p = _in_unit(cur, f.unit), _in_unit(prior, f.unit)
        actual = c - p
        in_direction = -actual if f.direction == "减少" else actual
        way = "增加" if actual >= 0 else "减少"
        self.expect("narrative_arithmetic", f.value, round(in_direction, 2), at=f, basis=[cur, prior], unit=f.unit,
                    tol=ARITH_TOL, message=(
                        f"{_plain(prior.label) or prior.subject}本年{_fmt(c, 2)}{f.unit}、{prior.year}年{_fmt(p, 2)}"
                        f"{f.unit}，实际{way}{_fmt(abs(actual), 2)}{f.unit}，但文中写{f.direction or '增加'}"
                        f"{_fmt(f.value, 2)}{f.unit}。"))

    def change_rate(self, f: _Fact, here: list[_Fact], previous: list[_Fact]) -> None:
        found = self.pair(f, here, previous)
        if found is None:
            return
        cur, prior = found
        c, p = _in_unit(cur, prior.unit), _in_unit(prior, prior.unit)
        if p == 0:
            return
        sign = -1.0 if f.direction == "减少" else 1.0
        stated = sign * f.value
        changes = [c - p]
        written = [g for g in here if g.is_change and g.kind != "percent" and prior.fact_no < g.fact_no < f.fact_no]
        if written:
            g = written[-1]
            changes.append((-1.0 if g.direction == "减少" else 1.0) * _in_unit(g, prior.unit))
        expected = (c - p) / p * 100
        ok = any(abs(stated - d / p * 100) <= ARITH_TOL for d in changes)
        self.checks += 1
        if ok:
            return
        name = _plain(prior.label) or prior.subject
        word = f.label if f.label and not f.label[0].isdigit() else (f.direction or "变动")
        if c != 0 and any(abs(stated - d / c * 100) <= ARITH_TOL for d in changes):
            message = (f"{name}{word}{_fmt(f.value, 2)}%是以本年数{_fmt(c, 2)}{prior.unit}为基数算出的，"
                       f"应以上年数{_fmt(p, 2)}{prior.unit}为基数，即{_fmt(abs(c - p), 2)}÷{_fmt(p, 2)}"
                       f"={_fmt(abs(expected), 2)}%。")
        else:
            message = (f"{name}由{prior.year}年{_fmt(p, 2)}{prior.unit}变为{_fmt(c, 2)}{prior.unit}，"
                       f"应{'增长' if expected >= 0 else '下降'}{_fmt(abs(expected), 2)}%，但文中写{word}"
                       f"{_fmt(f.value, 2)}%。")
        self.report("narrative_arithmetic", message, at=f, basis=[cur, prior], stated=f.value,
                    computed=round(sign * expected, 2), unit="%")

    def share(self, f: _Fact, here: list[_Fact]) -> None:
        parts = [g for g in here if g.fact_no < f.fact_no and not g.is_change and g.kind == "amount"
                 and g.unit in _TO_WAN and g.year == f.year]
        key = _core(re.sub(r"^占(总)?", "", f.label).rstrip("的"))
        if not parts or not key:
            return
        part = parts[-1]
        whole = self.whole_for(key, exclude=part)
        if whole is None:
            return
        value, basis = whole
        if value == 0:
            return
        expected = part.value * _TO_WAN[part.unit] / value * 100
        self.expect("narrative_arithmetic", f.value, round(expected, 2), at=f, basis=[part, *basis], unit="%",
                    tol=ARITH_TOL, message=(
                        f"{_plain(part.label) or part.subject}{_fmt(part.value, 2)}{part.unit}{f.label}"
                        f"{_fmt(value, 2)}万元的比例应为{_fmt(expected, 2)}%，但文中写{_fmt(f.value, 2)}%。"))

    def whole_for(self, key: str, *, exclude: _Fact) -> tuple[float, list] | None:
        """The total a share is taken of (in 万元): a narrative figure with that name, else the table's."""
        for g in self.doc.facts:
            if (g is not exclude and not g.is_change and g.kind == "amount" and g.unit in _TO_WAN
                    and g.year == self.doc.year and _core(g.label) == key):
                return g.value * _TO_WAN[g.unit], [g]
        figure = None
        if key in ("支出", "收入"):
            ov = self.overview("overview", key)
            figure = self.this_year(ov)
        elif key in ("基本支出", "项目支出"):
            figure = self.figure("expenditure", "basic" if key == "基本支出" else "project")
        if figure is None:
            return None
        return round(figure[0], 2), figure[1]

    def book_value(self, here: list[_Fact]) -> None:
        amounts = [g for g in here if g.kind == "amount" and g.unit in _TO_WAN and not g.is_change]
        found = {}
        for word in ("原值", "折旧", "净值"):
            hits = [g for g in amounts if word in g.label and word in g.clause]
            if len(hits) != 1:
                return
            found[word] = hits[0]
        net = found["净值"]
        computed = _in_unit(found["原值"], net.unit) - _in_unit(found["折旧"], net.unit)
        self.expect("narrative_arithmetic", net.value, round(computed, 2), at=net,
                    basis=[found["原值"], found["折旧"]], unit=net.unit, tol=ARITH_TOL,
                    message=f"{net.label}应为{found['原值'].label}减{found['折旧'].label}，即{_fmt(computed, 2)}"
                            f"{net.unit}，但文中写{_fmt(net.value, 2)}{net.unit}。")

    # -- 5. 表十三 data quality ----------------------------------------------------

    def performance_quality(self) -> None:
        t13, ind = self.t.get("performance"), self.t.get("indicators")
        if t13 is None:
            return
        for r in t13.data:
            self.checks += 1
            if r.values.get("owner_phone_swapped"):
                self.report("format", f"{t13.code}“{r.s('project_short')}”的项目责任人与电话两栏填反"
                            f"（责任人栏是号码{r.s('phones')}，电话栏是姓名{r.s('owners')}）。", at=r, basis=[r],
                            severity="warning")
        if ind is None:
            return
        by_project: dict[int, list[_Row]] = defaultdict(list)
        for r in ind.rows:
            by_project[r.values["project_id"]].append(r)
            if r.values.get("value_num") is not None:
                self.checks += 1
                if not r.s("unit"):
                    self.report("format", f"{t13.code}指标“{r.s('name')}”的指标值{r.s('value_text')}没有度量单位。",
                                at=r, basis=[r], severity="warning")
        for r in t13.data:
            cost = _cost_indicators(by_project.get(r.values["project_id"], []), r)
            for c in cost:
                stated = float(c.values["value_num"]) * _TO_WAN[c.s("unit")]
                self.expect("indicator_cost", stated, r.n("total"), at=c, basis=[r], severity="warning",
                            message=f"{t13.code}“{r.s('project_short')}”的成本指标“{c.s('name')}”填"
                                    f"{c.s('op')}{c.s('value_text')}{c.s('unit')}，与项目总额{_fmt(r.n('total'))}万元不符。")


# ---------------------------------------------------------------------------- helpers


def _contains(parent: tuple[str, ...], child: tuple[str, ...], keys) -> bool:
    """True when the row with path `parent` sums up the row with path `child`."""
    if parent == child or not any(parent):
        return False
    for a, b, (_, mode) in zip(parent, child, keys, strict=True):
        if a and not (b.startswith(a) if mode == "prefix" else a == b):
            return False
    return True


def _tree(rows: list[_Row], keys) -> tuple[list[_Row], dict[_Row, list[_Row]]]:
    """Top-level rows, and each summary row's direct children (deepest summary rows first)."""
    paths = [tuple(r.s(col) for col, _ in keys) for r in rows]
    n = len(rows)
    above = [[j for j in range(n) if _contains(paths[j], paths[i], keys)] for i in range(n)]
    top = [rows[i] for i in range(n) if not above[i]]
    kids: dict[int, list[_Row]] = {}
    for i in range(n):
        if above[i]:
            kids.setdefault(max(above[i], key=lambda j: len(above[j])), []).append(rows[i])
    return top, {rows[j]: kids[j] for j in sorted(kids, key=lambda j: -len(above[j]))}


def _leaves(rows: list[_Row], keys) -> list[_Row]:
    parents = _tree(rows, keys)[1]
    return [r for r in rows if r not in parents]


def _group(rows: list[_Row], keys: Sequence[str], col: str) -> dict[tuple[str, ...], list[_Row]]:
    out: dict[tuple[str, ...], list[_Row]] = defaultdict(list)
    for r in rows:
        if r.has(col) and abs(r.n(col)) > 0:
            out[tuple(r.s(k) for k in keys)].append(r)
    return out


@dataclass(frozen=True)
class _Overview:
    """One side of 表一/表五: items, 本年 subtotal, 结转 row and its items, 总计."""

    items: tuple[_Row, ...]
    subtotal: _Row | None
    carry: _Row | None
    carry_items: tuple[_Row, ...]
    grand: _Row | None


def _overview_parts(rows: list[_Row]) -> _Overview:
    items: list[_Row] = []
    carry_items: list[_Row] = []
    subtotal = carry = grand = None
    for r in rows:
        name = r.s("item")
        if r.is_total and name.endswith("总计"):
            grand = r
        elif _THIS_YEAR.match(name) or (r.is_total and name.endswith("合计")):
            subtotal = r
        elif "结转" in name and carry is None:
            carry = r
        elif carry is not None:
            carry_items.append(r)
        elif not r.is_total:
            items.append(r)
    return _Overview(tuple(items), subtotal, carry, tuple(carry_items), grand)


def _three_public_items(rows: list[_Row]) -> tuple[list[_Row], dict[_Row, list[_Row]]]:
    """Numbered items and the 其中 rows under each (unnumbered rows right after a numbered one)."""
    numbered = any(r.s("seq") for r in rows)
    items: list[_Row] = []
    subs: dict[_Row, list[_Row]] = {}
    for r in rows:
        top = bool(r.s("seq")) if numbered else r.values.get("level", 1) == 1
        if top or not items:
            items.append(r)
        else:
            subs.setdefault(items[-1], []).append(r)
    return items, subs


def _column_for(item: str, vocab: Sequence[tuple[str, str]]) -> str | None:
    return next((col for word, col in vocab if word in item), None)


def _comparable(a: _Fact, b: _Fact) -> bool:
    """Two figures of the same dimension (money in any unit, or the same count unit)."""
    if a.kind == "percent" or (b.kind == "percent" and a.kind != "amount"):
        return False
    if a.unit in _TO_WAN:
        return b.kind == "percent" or b.unit in _TO_WAN
    return a.unit == b.unit or b.kind == "percent"


def _in_unit(f: _Fact, unit: str) -> float:
    if f.unit in _TO_WAN and unit in _TO_WAN:
        return f.value * _TO_WAN[f.unit] / _TO_WAN[unit]
    return f.value


def _cost_indicators(rows: list[_Row], project: _Row) -> list[_Row]:
    """A project's indicators that state its whole cost in money."""
    money = [r for r in rows if r.values.get("value_num") is not None and r.s("unit") in _TO_WAN
             and ("成本" in r.s("level1") + r.s("level2") + r.s("name") or "预算控制" in r.s("name"))]
    named = [r for r in money if _COST_TOTAL.search(r.s("name"))
             or _name_key(r.s("name")) in (_name_key(project.s("project_short")), _name_key(project.s("project_name")))]
    return named or (money if len(money) == 1 else [])


# ---------------------------------------------------------------------------- public API


def check_document(conn: sqlite3.Connection, doc_id: str) -> Report:
    """Run every consistency check on a stored document (reads only)."""
    return _Checks(_load(conn, doc_id)).run()


_FINDING_COLS = ("doc_id", "check_name", "severity", "message", "stated", "computed", "unit", "stated_line",
                 "computed_lines", "stated_text", "computed_text")


def write_findings(conn: sqlite3.Connection, findings: Iterable[Finding]) -> int:
    """Insert findings into the `findings` table; returns how many were written."""
    rows = [(f.doc_id, f.check, f.severity, f.message, f.stated, f.computed, f.unit, f.stated_line,
             ",".join(str(n) for n in f.computed_lines), f.stated_text, f.computed_text) for f in findings]
    conn.executemany(
        f"INSERT INTO findings ({', '.join(_FINDING_COLS)}) VALUES ({', '.join('?' for _ in _FINDING_COLS)})", rows)
    return len(rows)


def load_findings(conn: sqlite3.Connection, doc_id: str | None = None) -> list[Finding]:
    """Stored findings, of one document or of all, in the order they were written."""
    sql = f"SELECT {', '.join(_FINDING_COLS)} FROM findings"
    args: tuple = ()
    if doc_id is not None:
        sql += " WHERE doc_id = ?"
        args = (doc_id,)
    out = []
    for r in conn.execute(sql + " ORDER BY rowid", args):
        out.append(Finding(
            doc_id=r[0], check=r[1], severity=r[2], message=r[3], stated=r[4], computed=r[5], unit=r[6],
            stated_line=r[7], computed_lines=tuple(int(n) for n in (r[8] or "").split(",") if n.strip()),
            stated_text=r[9] or "", computed_text=r[10] or ""))
    return out


__all__ = ["Report", "check_document", "write_findings", "load_findings"]
