"""The same figure stated twice: `cross_table` (two tables) and `narrative_vs_table` (the narrative and a table).

Tables: 表一 vs 表二/表三, 表五 vs 表二 and 表六-表八, 表六 vs 表七, 表三 vs 表四, 表一/表五 expense items
vs the detail rows of their 类, rows of one function subject in two tables, and 表十一/表十三 projects vs
表四. Comparisons that only hold when all income is fiscal (or general budget) are made only then.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from ..classification import FUNC_CLASSES
from .audit import TABLE_TOL, Audit, fmt
from .document import TO_WAN, Fact, Row
from .template import COL_NAMES, SUMMED, core, leaves, name_key, tree

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

_ORDINAL = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
_GENERIC_LABEL = re.compile(r"^(财政)?(拨款)?(预算数|预算|数)?$")
_ONE_YEAR = re.compile(r"^(1|一)年$")


def check(audit: Audit) -> None:
    cross_tables(audit)
    by_class(audit)
    by_code(audit)
    by_project(audit)
    narrative_vs_tables(audit)


# ---------------------------------------------------------------------------- two tables


def _same(audit: Audit, a: tuple[float, list[Row]] | None, b: tuple[float, list[Row]] | None, what: str,
          how: str) -> None:
    if a is None or b is None:
        return
    audit.expect("cross_table", a[0], b[0], at=a[1][0] if a[1] else None, basis=b[1], what=what, how=how)


def _share_of_income(audit: Audit, cols: Sequence[str]) -> float | None:
    """The part of all income in the given 表二 columns (None when 表二 is missing)."""
    t = audit.t.get("income")
    if t is None:
        return None
    rows = [t.total] if t.total else tree(t.data, SUMMED["income"][0])[0]
    return sum(r.n(c) for r in rows for c in cols)


def _only_from(audit: Audit, excluded: Sequence[str]) -> bool:
    """True when no income comes from the excluded 表二 columns (all of it is fiscal / general budget)."""
    share = _share_of_income(audit, excluded)
    return share is not None and abs(share) <= TABLE_TOL


def _column_for(item: str, vocab: Sequence[tuple[str, str]]) -> str | None:
    return next((col for word, col in vocab if word in item), None)


def cross_tables(audit: Audit) -> None:
    """Table totals and income columns that two tables both state."""
    t = audit.t
    code = {k: v.code for k, v in t.items()}
    ov_in, ov_out = audit.overview("overview", "收入"), audit.overview("overview", "支出")
    fo_in, fo_out = audit.overview("fiscal_overview", "收入"), audit.overview("fiscal_overview", "支出")
    spend = audit.this_year(ov_out)
    _same(audit, spend, audit.figure("expenditure", "total"), f"{code.get('overview')}本年支出",
          f"{code.get('expenditure')}合计")
    if ov_in and ov_in.grand:
        _same(audit, (audit.value(ov_in.grand, "amount"), [ov_in.grand]), audit.figure("income", "total"),
              f"{code.get('overview')}收入总计", f"{code.get('income')}合计")
    if ov_in and "income" in t:
        for r in ov_in.items:
            col = _column_for(r.s("item"), _INCOME_ITEMS)
            if col and (r.has("amount") or abs(_share_of_income(audit, [col]) or 0) > TABLE_TOL):
                _same(audit, (r.n("amount"), [r]), audit.figure("income", col), f"{code['overview']}“{r.s('item')}”",
                      f"{code['income']}合计行对应列")
        if ov_in.carry is not None:
            _same(audit, (audit.value(ov_in.carry, "amount"), [ov_in.carry]),
                  audit.figure("income", "carry_subtotal"), f"{code['overview']}“{ov_in.carry.s('item')}”",
                  f"{code['income']}上年结转结余小计")
    if fo_in and "income" in t:
        for rows, vocab in ((fo_in.items, _INCOME_ITEMS), (fo_in.carry_items, _CARRY_ITEMS)):
            for r in rows:
                col = _column_for(r.s("item"), vocab)
                if col and r.has("amount"):
                    _same(audit, (r.n("amount"), [r]), audit.figure("income", col),
                          f"{code['fiscal_overview']}“{r.s('item')}”", f"{code['income']}合计行对应列")
    fiscal_spend = audit.this_year(fo_out)
    budgets = [audit.figure(k, "total") for k in ("general_budget", "gov_fund", "state_capital")]
    if fiscal_spend and budgets[0]:
        found = [b for b in budgets if b]
        _same(audit, fiscal_spend, (sum(b[0] for b in found), [r for b in found for r in b[1]]),
              f"{code['fiscal_overview']}本年支出", "一般公共预算、政府性基金和国有资本经营预算支出表合计之和")
    if spend and fiscal_spend and _only_from(audit, _NON_FISCAL):
        _same(audit, spend, fiscal_spend, f"{code['overview']}本年支出", f"{code['fiscal_overview']}本年支出")
    for col in ("total", "personnel", "public"):
        _same(audit, audit.figure("general_budget", "basic" if col == "total" else col), audit.figure("basic", col),
              f"{code.get('general_budget')}{'基本支出' if col == 'total' else COL_NAMES[col]}",
              f"{code.get('basic')}{COL_NAMES[col]}")
    _same(audit, audit.figure("expenditure", "project"), audit.figure("projects", "total"),
          f"{code.get('expenditure')}项目支出", f"{code.get('projects')}合计")
    general = [audit.figure("projects", c) for c in ("cur_general", "carry_general")]
    if general[0] and general[1]:
        _same(audit, audit.figure("general_budget", "project"), (general[0][0] + general[1][0], general[0][1]),
              f"{code.get('general_budget')}项目支出", f"{code['projects']}一般公共预算资金（含结转）合计")
    if _only_from(audit, _NON_GENERAL):
        for col in ("total", "basic", "project"):
            _same(audit, audit.figure("expenditure", col), audit.figure("general_budget", col),
                  f"{code.get('expenditure')}{COL_NAMES[col]}", f"{code.get('general_budget')}{COL_NAMES[col]}")


def by_class(audit: Audit) -> None:
    """表一/表五 expense items named after a 类 against the detail rows of that 类."""
    pairs = [("overview", ("expenditure",)), ("fiscal_overview", ("general_budget", "gov_fund", "state_capital"))]
    for kind, sources in pairs:
        ov = audit.overview(kind, "支出")
        if ov is None or not all(s in audit.t for s in sources[:1]):
            continue
        sums: dict[str, list[Row]] = defaultdict(list)
        for s in sources:
            if s in audit.t:
                for r in leaves(audit.t[s].data, SUMMED[s][0]):
                    if r.s("func_code")[:3]:
                        sums[r.s("func_code")[:3]].append(r)
        seen = set()
        unknown = False  # an item with an amount that names no known 类: a missing 类 may hide there
        names = "、".join(audit.t[s].code for s in sources if s in audit.t)
        for r in ov.items:
            cls = _CLASS_BY_NAME.get(r.s("item"))
            if cls is None:
                unknown = unknown or abs(r.n("amount")) > TABLE_TOL
                continue
            seen.add(cls)
            rows = [x for x in sums.get(cls, []) if x.has("total")]
            if r.has("amount") or rows:
                audit.expect("cross_table", r.n("amount"), sum(x.n("total") for x in rows), at=r, basis=rows,
                             what=f"{audit.t[kind].code}“{r.s('item')}”", how=f"{names}中该类各行之和")
        for cls, rows in sums.items():
            value = sum(x.n("total") for x in rows)
            if cls not in seen and not unknown and abs(value) > TABLE_TOL:
                audit.checks += 1
                audit.record("cross_table", f"{names}列有“{FUNC_CLASSES.get(cls, cls)}”（{cls}）{fmt(value)}"
                             f"万元，但{audit.t[kind].code}支出项目中没有该类。", at=ov.subtotal or ov.grand,
                             basis=rows, stated=0.0, computed=value, unit="万元")


def _group(rows: list[Row], keys: Sequence[str], col: str) -> dict[tuple[str, ...], list[Row]]:
    out: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    for r in rows:
        if r.has(col) and abs(r.n(col)) > 0:
            out[tuple(r.s(k) for k in keys)].append(r)
    return out


def by_code(audit: Audit) -> None:
    """Rows of one function subject in two tables: 表四 vs 表三 项目支出, and 表六/表七 vs 表三 when all
    income is general budget."""
    t = audit.t
    if "expenditure" not in t:
        return
    exp = leaves(t["expenditure"].data, SUMMED["expenditure"][0])
    pairs = []
    if "projects" in t:
        pairs.append(("project", "projects", "total", ("func_code",)))
    if _only_from(audit, _NON_GENERAL):
        if "general_budget" in t:
            pairs += [(c, "general_budget", c, ("func_code",)) for c in ("total", "basic", "project")]
        if "basic" in t:
            pairs.append(("basic", "basic", "total", ("func_code", "econ_code")))
    for exp_col, kind, col, keys in pairs:
        mine = _group(exp, keys, exp_col)
        theirs = _group(leaves(t[kind].data, SUMMED[kind][0]), keys, col)
        for key in sorted(set(mine) | set(theirs)):
            a, b = mine.get(key, []), theirs.get(key, [])
            va, vb = sum(r.n(exp_col) for r in a), sum(r.n(col) for r in b)
            at = a[0] if a else (b[0] if b else None)
            audit.expect("cross_table", va, vb, at=at, basis=b,
                         what=f"{t['expenditure'].code}科目{'/'.join(key)}的{COL_NAMES[exp_col]}",
                         how=f"{t[kind].code}同一科目的{COL_NAMES[col]}")


def by_project(audit: Audit) -> None:
    """表十一 and 表十三 projects against 表四 rows of the same project."""
    if "projects" not in audit.t:
        return
    p4 = audit.t["projects"]
    full: dict[str, list[Row]] = defaultdict(list)
    short: dict[str, list[Row]] = defaultdict(list)
    for r in leaves(p4.data, SUMMED["projects"][0]):
        if r.s("project_name"):
            full[name_key(r.s("project_name"))].append(r)
            short[name_key(r.s("project_short"))].append(r)

    def match(r: Row) -> list[Row]:
        rows = full.get(name_key(r.s("project_name")))
        if rows:
            return rows
        rows = short.get(name_key(r.s("project_short")), [])
        return rows if len({x.s("project_name") for x in rows}) == 1 else []

    for kind, col, name in (("purchase_services", "current_amount", "本年预算金额"),
                            ("performance", "total", "项目总额")):
        t = audit.t.get(kind)
        if t is None:
            continue
        for r in t.data:
            rows = match(r)
            if not rows or not r.has(col):
                continue
            audit.expect("cross_table", r.n(col), sum(x.n("total") for x in rows), at=r, basis=rows,
                         what=f"{t.code}“{r.s('project_short') or r.s('project_name')}”{name}",
                         how=f"{p4.code}该项目合计")
    t11 = audit.t.get("purchase_services")
    for r in t11.data if t11 else []:
        if _ONE_YEAR.match(r.s("term")) and r.has("budget_amount") and r.has("current_amount"):
            audit.expect("cross_table", r.n("budget_amount"), r.n("current_amount"), at=r, basis=[r],
                         severity="warning", what=f"{t11.code}“{r.s('project_short')}”合同期限{r.s('term')}，"
                         f"预算金额", how="本年预算金额")


# ---------------------------------------------------------------------------- the narrative and a table


def narrative_vs_tables(audit: Audit) -> None:
    """This year's narrative figures against the table figure their words name, at the narrative's precision."""
    year = audit.doc.year
    for f in audit.doc.facts:
        if f.is_change or (year is not None and f.year not in (year, None)):
            continue
        target = _table_figure_for(audit, f)
        if target is None:
            continue
        values, rows, how = target
        if f.unit in TO_WAN:
            conv = [round(v / TO_WAN[f.unit], f.places) for v in values]
            tol, places = 0.51 * 10 ** -f.places, max(f.places, 2)
        else:
            conv, tol, places = list(values), 0.5, 0
        best = min(conv, key=lambda v: abs(v - f.value))
        audit.expect("narrative_vs_table", f.value, best if abs(best - f.value) <= tol else conv[0], at=f,
                     basis=rows, unit=f.unit, tol=tol, places=places,
                     what=f"正文“{f.clause}”中的{f.label or f.subject}", how=how)


def _income_key(name: str) -> str:
    return re.sub(r"(财政|收入|资金)", "", name)


def _table_figure_for(audit: Audit, f: Fact) -> tuple[list[float], list[Row], str] | None:
    """The table figure a narrative number names, when the link is unambiguous: (accepted values in 万元
    or as a count, the rows, a description)."""
    t = audit.t
    label_core, subject = core(f.label), core(f.subject)
    text = f.label + f.subject
    if f.kind == "amount" and f.unit in TO_WAN:
        if "三公" in f.label:
            t10 = t.get("three_public")
            if t10 and t10.total:
                return [audit.value(t10.total, "amount")], [t10.total], f"{t10.code}总计"
            return None
        if "三公" in f.section:
            row = _three_public_item(audit, f)
            if row is not None:
                return [audit.value(row, "amount")], [row], f"{t['three_public'].code}“{row.s('item')}”"
            return None
        if label_core in ("收入", "支出"):
            ov = audit.overview("overview", "收入" if label_core == "收入" else "支出")
            rows = [r for r in (ov.grand, ov.subtotal) if r is not None] if ov else []
            if rows:
                return [audit.value(r, "amount") for r in rows], rows[:1], f"{t['overview'].code}{label_core}总计"
            return None
        if label_core in ("基本支出", "项目支出"):
            fig = audit.figure("expenditure", "basic" if label_core == "基本支出" else "project")
            return ([fig[0]], fig[1], f"{t['expenditure'].code}{label_core}合计") if fig else None
        if subject == "收入" and label_core != subject:
            ov = audit.overview("overview", "收入")
            for r in ov.items if ov else []:
                if _income_key(r.s("item")) == _income_key(label_core):
                    return [r.n("amount")], [r], f"{t['overview'].code}“{r.s('item')}”"
            return None
        if "政府购买服务" in text:
            t11 = t.get("purchase_services")
            cur, whole = audit.figure("purchase_services", "current_amount"), \
                audit.figure("purchase_services", "budget_amount")
            if t11 and cur and whole:
                return [cur[0], whole[0]], cur[1], f"{t11.code}本年预算金额合计"
            return None
        if "政府性基金" in f.label and "支出" in f.label:
            fig = audit.figure("gov_fund", "total")
            return ([fig[0]], fig[1], f"{t['gov_fund'].code}合计") if fig else None
        return None
    if f.unit == "个":
        if "政府购买服务" in text and "purchase_services" in t:
            t11 = t["purchase_services"]
            rows = [r for r in t11.data if r.s("project_name")]
            n = len({r.s("project_code") or r.s("project_name") for r in rows})
            return [float(n)], rows[:1], f"{t11.code}所列项目数"
        if "绩效目标" in text and "performance" in t:
            t13 = t["performance"]
            return [float(len(t13.data))], t13.data[:1], f"{t13.code}所列项目数"
    return None


def _three_public_item(audit: Audit, f: Fact) -> Row | None:
    """The 表十 row a 三公 figure names: by its label, else (for a generic label) by its section heading."""
    t10 = audit.t.get("three_public")
    if t10 is None:
        return None
    rows = sorted(t10.data, key=lambda r: -len(r.s("item")))
    for r in rows:
        if r.s("item") and r.s("item") in f.label:
            return r
    leaf = _ORDINAL.sub("", f.section.split(" > ")[-1].strip())
    if _GENERIC_LABEL.match(core(f.label)) or _GENERIC_LABEL.match(f.label):
        return next((r for r in rows if r.s("item") == re.sub(r"\s+", "", leaf)), None)
    return None
