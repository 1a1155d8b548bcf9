"""`cross_table`: the same figure stated in two tables, compared in a common unit.

Table totals (收支总表 vs 收入总表/支出总表, 财政拨款收支总表 vs the 一般公共预算/政府性基金/国有资本经营
tables, 一般公共预算支出表 vs 基本支出表, 支出总表 vs 项目支出表), the income items of a 收支总表 vs the
columns of the 收入总表, expense items named after a 类 vs the rows of that 类, the rows of one function
code in two tables, and projects by name (政府购买服务, 绩效目标 vs 项目支出). Comparisons that only hold
when all income is 财政拨款 (or 一般公共预算) are made only then.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from ..classification import FUNC_CLASSES
from .audit import Audit, fmt, money_of
from .document import Rec, Tab
from .template import col_name, leaves, name_key, side_amount

# the income item a 收支总表 names -> the 收入总表 column that holds it (longer words first)
INCOME_ITEMS = (("事业单位经营", "business_op"), ("一般公共预算", "general"), ("政府性基金", "gov_fund"),
                ("国有资本经营", "state_capital"), ("财政专户", "special"), ("事业收入", "business"),
                ("上级补助", "superior"), ("附属单位", "affiliated"), ("其他收入", "other"), ("财政拨款", "fiscal"))
CARRY_ITEMS = (("一般公共预算", "carry_general"), ("政府性基金", "carry_gov_fund"),
               ("国有资本经营", "carry_state_capital"))
NON_FISCAL = ("special", "business", "business_op", "superior", "affiliated", "other", "carry_special",
              "carry_unit", "unit_funds")
NON_GENERAL = (*NON_FISCAL, "gov_fund", "state_capital", "carry_gov_fund", "carry_state_capital")
_CLASS_BY_NAME = {name: code for code, name in FUNC_CLASSES.items()}
_ONE_YEAR = re.compile(r"^(1|一)年$")

Figure = tuple[float, list[Rec]]


def check(audit: Audit) -> None:
    totals_across(audit)
    income_items(audit)
    by_class(audit)
    by_code(audit)
    by_project(audit)


def same(audit: Audit, a: Figure | None, b: Figure | None, kinds: Sequence[str], what: str, how: str) -> None:
    """Compare two figures (万元) of the given tables' kinds; nothing when either is missing."""
    if a is None or b is None:
        return
    tables = [audit.table(k) for k in kinds]
    audit.expect_money("cross_table", a[0], b[0], at=a[1][0] if a[1] else None, basis=b[1], tables=tables,
                       what=what, how=how)


def column_for(item: str, vocab: Sequence[tuple[str, str]]) -> str | None:
    return next((col for word, col in vocab if word in item), None)


def income_by_source(audit: Audit, roles: Sequence[str]) -> float | None:
    """The income (万元) from the given sources: the 收入总表's columns, else the 收支总表's income items;
    None when the document has neither table."""
    t = audit.table("income")
    found = None
    if t is not None:
        found = sum(f[0] for c in roles if (f := audit.figure("income", c)))
    for kind in ("overview", "fiscal_overview"):
        ov = audit.overview(kind, "收入")
        if ov is None or audit.table(kind) is None:
            continue
        items = [r for r in (*ov.all_items, *ov.carry_items) if column_for(r.name, INCOME_ITEMS) in roles
                 and not (t is not None and t.has_role(column_for(r.name, INCOME_ITEMS)))]
        found = (found or 0.0) + sum(audit.value(r, side_amount(r)) for r in items)
        break  # the first 收支总表 lists every source
    return found


def only_from(audit: Audit, excluded: Sequence[str]) -> bool:
    """True when no income comes from the excluded sources (all of it is 财政拨款 / 一般公共预算)."""
    share = income_by_source(audit, excluded)
    tol = max([t.money.tol for t in audit.doc.tables], default=0.005)
    return share is not None and abs(share) <= tol


def names(audit: Audit, *kinds: str) -> str:
    return "、".join(t.name for k in kinds if (t := audit.table(k)))


def totals_across(audit: Audit) -> None:
    """Table totals that two tables both state."""
    ov_in, ov_out = audit.overview("overview", "收入"), audit.overview("overview", "支出")
    fo_out = audit.overview("fiscal_overview", "支出")
    spend, fiscal_spend = audit.this_year(ov_out), audit.this_year(fo_out)
    same(audit, spend, audit.figure("expenditure", "total"), ("overview", "expenditure"),
         f"{names(audit, 'overview')}本年支出", f"{names(audit, 'expenditure')}合计")
    if ov_in and ov_in.grand:
        same(audit, (audit.value(ov_in.grand, side_amount(ov_in.grand)), [ov_in.grand]),
             audit.figure("income", "total"), ("overview", "income"), f"{names(audit, 'overview')}收入总计",
             f"{names(audit, 'income')}合计")
    budgets = [audit.figure(k, "total") for k in ("general_budget", "gov_fund", "state_capital")]
    if fiscal_spend and budgets[0]:
        found = [b for b in budgets if b]
        same(audit, fiscal_spend, (sum(b[0] for b in found), [r for b in found for r in b[1]]),
             ("fiscal_overview", "general_budget"), f"{names(audit, 'fiscal_overview')}本年支出",
             "一般公共预算、政府性基金和国有资本经营预算支出表合计之和")
    if spend and fiscal_spend and only_from(audit, NON_FISCAL):
        same(audit, spend, fiscal_spend, ("overview", "fiscal_overview"), f"{names(audit, 'overview')}本年支出",
             f"{names(audit, 'fiscal_overview')}本年支出")
    for col in ("total", "personnel", "public"):
        same(audit, audit.figure("general_budget", "basic" if col == "total" else col), audit.figure("basic", col),
             ("general_budget", "basic"),
             f"{names(audit, 'general_budget')}{'基本支出' if col == 'total' else col_name(col)}",
             f"{names(audit, 'basic')}{col_name(col)}")
    same(audit, audit.figure("expenditure", "project"), audit.figure("projects", "total"), ("expenditure", "projects"),
         f"{names(audit, 'expenditure')}项目支出", f"{names(audit, 'projects')}合计")
    general = [audit.figure("projects", c) for c in ("general", "carry_general")]
    if general[0] and general[1]:
        same(audit, audit.figure("general_budget", "project"), (general[0][0] + general[1][0], general[0][1]),
             ("general_budget", "projects"), f"{names(audit, 'general_budget')}项目支出",
             f"{names(audit, 'projects')}一般公共预算资金（含结转）合计")
    if only_from(audit, NON_GENERAL):
        for col in ("total", "basic", "project"):
            same(audit, audit.figure("expenditure", col), audit.figure("general_budget", col),
                 ("expenditure", "general_budget"), f"{names(audit, 'expenditure')}{col_name(col)}",
                 f"{names(audit, 'general_budget')}{col_name(col)}")


def income_items(audit: Audit) -> None:
    """The income items of a 收支总表 / 财政拨款收支总表 against the 收入总表's columns."""
    income = audit.table("income")
    if income is None:
        return
    for kind in ("overview", "fiscal_overview"):
        ov, t = audit.overview(kind, "收入"), audit.table(kind)
        if ov is None or t is None:
            continue
        for rows, vocab in ((ov.all_items, INCOME_ITEMS), (ov.carry_items, CARRY_ITEMS)):
            for r in rows:
                col = column_for(r.name, vocab)
                fig = audit.figure("income", col) if col else None
                if fig is None or not (r.has(side_amount(r)) or abs(fig[0]) > income.money.tol):
                    continue
                same(audit, (audit.value(r, side_amount(r)), [r]), fig, (kind, "income"), f"{t.name}“{r.name}”",
                     f"{income.name}合计行“{col_name(col)}”")
        if kind == "overview" and ov.carry is not None:
            same(audit, (audit.value(ov.carry, side_amount(ov.carry)), [ov.carry]),
                 audit.figure("income", "carry_subtotal"), (kind, "income"), f"{t.name}“{ov.carry.name}”",
                 f"{income.name}上年结转结余小计")


def by_class(audit: Audit) -> None:
    """The expense items of a 收支总表 named after a 类 against the detail rows of that 类."""
    pairs = [("overview", ("expenditure",)), ("fiscal_overview", ("general_budget", "gov_fund", "state_capital"))]
    for kind, sources in pairs:
        ov, t = audit.overview(kind, "支出"), audit.table(kind)
        if ov is None or t is None or audit.table(sources[0]) is None:
            continue
        sums: dict[str, list[Rec]] = defaultdict(list)
        for s in sources:
            if (st := audit.table(s)) is not None:
                for r in leaves(st):
                    if r.s("func_code")[:3]:
                        sums[r.s("func_code")[:3]].append(r)
        seen = set()
        unknown = False  # an item with an amount that names no known 类: a missing 类 may hide there
        where = names(audit, *sources)
        tables = [t, *(audit.table(s) for s in sources)]
        for r in ov.items:
            cls = _CLASS_BY_NAME.get(r.name)
            col = side_amount(r)
            if cls is None:
                unknown = unknown or abs(r.n(col)) > t.money.tol
                continue
            seen.add(cls)
            rows = [x for x in sums.get(cls, []) if x.has("total")]
            if r.has(col) or rows:
                audit.expect_money("cross_table", audit.value(r, col), sum(audit.value(x, "total") for x in rows),
                                   at=r, basis=rows, tables=tables, what=f"{t.name}“{r.name}”",
                                   how=f"{where}中该类各行之和")
        for cls, rows in sums.items():
            value = sum(audit.value(x, "total") for x in rows)
            if cls not in seen and not unknown and abs(value) > t.money.tol:
                audit.checks += 1
                m = money_of(*tables[1:])
                audit.record("cross_table", f"{where}列有“{FUNC_CLASSES.get(cls, cls)}”（{cls}）"
                             f"{fmt(m.show(value), m.places)}{m.unit}，但{t.name}支出项目中没有该类。",
                             at=ov.subtotal or ov.grand, basis=rows, stated=0.0, computed=m.show(value), unit=m.unit)


def _group(rows: list[Rec], keys: Sequence[str], col: str) -> dict[tuple[str, ...], list[Rec]]:
    out: dict[tuple[str, ...], list[Rec]] = defaultdict(list)
    for r in rows:
        if r.has(col) and abs(r.n(col)) > 0:
            out[tuple(r.s(k) for k in keys)].append(r)
    return out


def _coded(t: Tab | None, role: str) -> bool:
    return t is not None and any(r.s(role) for r in t.data)


def by_code(audit: Audit) -> None:
    """Rows of one function subject in two tables: 收入总表 vs 支出总表 (when both list subjects), 支出总表
    项目支出 vs 项目支出表, and the 一般公共预算 tables vs 支出总表 when all income is 一般公共预算."""
    exp = audit.table("expenditure")
    if not _coded(exp, "func_code"):
        return
    pairs: list[tuple[str, str, str, str, tuple[str, ...]]] = []
    if _coded(audit.table("income"), "func_code"):
        pairs.append(("income", "total", "expenditure", "total", ("func_code",)))
    if _coded(audit.table("projects"), "func_code"):
        pairs.append(("expenditure", "project", "projects", "total", ("func_code",)))
    if only_from(audit, NON_GENERAL):
        if _coded(audit.table("general_budget"), "func_code"):
            pairs += [("expenditure", c, "general_budget", c, ("func_code",)) for c in ("total", "basic", "project")]
        if _coded(audit.table("basic"), "func_code") and _coded(exp, "econ_code"):
            pairs.append(("expenditure", "basic", "basic", "total", ("func_code", "econ_code")))
    for kind_a, col_a, kind_b, col_b, keys in pairs:
        ta, tb = audit.table(kind_a), audit.table(kind_b)
        if not ta.has_role(col_a) or not tb.has_role(col_b):
            continue
        mine, theirs = _group(leaves(ta), keys, col_a), _group(leaves(tb), keys, col_b)
        for key in sorted(set(mine) | set(theirs)):
            a, b = mine.get(key, []), theirs.get(key, [])
            at = a[0] if a else (b[0] if b else None)
            audit.expect_money("cross_table", sum(audit.value(r, col_a) for r in a),
                               sum(audit.value(r, col_b) for r in b), at=at, basis=b, tables=[ta, tb],
                               what=f"{ta.name}科目{'/'.join(key)}的{col_name(col_a)}",
                               how=f"{tb.name}同一科目的{col_name(col_b)}")


def by_project(audit: Audit) -> None:
    """政府购买服务 and 绩效目标 projects against the 项目支出表 rows of the same project."""
    projects = audit.table("projects")
    if projects is None:
        return
    full: dict[str, list[Rec]] = defaultdict(list)
    short: dict[str, list[Rec]] = defaultdict(list)
    for r in leaves(projects):
        if r.s("project_name"):
            full[name_key(r.s("project_name"))].append(r)
            short[name_key(r.name)].append(r)

    def match(r: Rec) -> list[Rec]:
        rows = full.get(name_key(r.s("project_name")))
        if rows:
            return rows
        rows = short.get(name_key(r.name), [])
        return rows if len({x.s("project_name") for x in rows}) == 1 else []

    for kind, col, label in (("purchase_services", "current_amount", "本年预算金额"), ("performance", "total", "项目总额")):
        t = audit.table(kind)
        for r in t.data if t else []:
            rows = match(r) if r.name_role == "project_name" else []
            if not rows or not r.has(col):
                continue
            audit.expect_money("cross_table", audit.value(r, col), sum(audit.value(x, "total") for x in rows), at=r,
                               basis=rows, tables=[t, projects], what=f"{t.name}“{r.name}”{label}",
                               how=f"{projects.name}该项目合计")
    one_year(audit)


def one_year(audit: Audit) -> None:
    """A one-year contract whose 预算金额 differs from its 本年预算金额 (a warning)."""
    t = audit.table("purchase_services")
    for r in t.data if t else []:
        if _ONE_YEAR.match(r.s("term")) and r.has("budget_amount") and r.has("current_amount"):
            audit.expect_money("cross_table", r.n("budget_amount"), r.n("current_amount"), at=r, basis=[r],
                               tables=[t], severity="warning",
                               what=f"{t.name}“{r.name}”合同期限{r.s('term')}，预算金额", how="本年预算金额")
