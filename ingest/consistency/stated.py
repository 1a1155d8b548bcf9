"""`narrative_vs_table`: a figure the narrative states against the table figure its words name.

A narrative figure names a table figure by its words: 收入/支出预算 (the 收支总表's totals), an income
source (its item), 基本支出/项目支出, a function subject spelled out as "…（类）…（款）…（项）" (that
subject's row; a bare "预算安排" in the same paragraph names the same row), the 三公 total and items and
机关运行经费 (the 三公 table, listed down or across), 政府性基金/国有资本经营预算支出, 政府购买服务 and the
number of projects. Only unambiguous links are checked, at the narrative's own precision.
"""

from __future__ import annotations

import re

from .. import kinds
from ..classification import FUNC_CLASSES
from ..text import norm
from .audit import Audit, fmt
from .document import TO_WAN, Fact, Rec, Tab
from .template import core, leaves, side_amount

_ORDINAL = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
_GENERIC_LABEL = re.compile(r"^(财政)?(拨款)?(预算数|预算|数)?$")
_ARRANGED = re.compile(r"^(本年|当年|全年)?(预算)?(安排|预算数?)$")
_SUBJECT = re.compile(r"([^（(）)“”\"]+?)[（(](类|款|项)(?:[)）]|$)")
_GENERAL_SPENDING = re.compile(r"^一般公共预算(财政)?(拨款)?支出$")
_FISCAL_SPENDING = re.compile(r"^财政拨款支出$")
_THREE_PUBLIC_ITEMS = ("outbound", "reception", "vehicle", "vehicle_purchase", "vehicle_run")

Target = tuple[list[float], list[Rec], str, Tab | None]  # accepted values (万元 or a count), rows, words, table


def check(audit: Audit) -> None:
    """This year's narrative figures against the table figure their words name."""
    year = audit.doc.year
    subjects = _paragraph_subjects(audit)
    for f in audit.doc.facts:
        if f.is_change or (year is not None and f.year not in (year, None)):
            continue
        subject = subjects.get(f.para_no)
        target = figure_for(audit, f, subject)
        if target is not None:
            _compare(audit, f, target, subject if subject is not f and _ARRANGED.match(f.label) else None)


def _compare(audit: Audit, f: Fact, target: Target, subject: Fact | None) -> None:
    """Compare at the narrative's precision; a failed figure is remembered with the table's value."""
    values, rows, how, table = target
    if f.unit in TO_WAN:
        conv = [round(v / TO_WAN[f.unit], f.places) for v in values]
        tol, places = 0.51 * 10 ** -f.places, max(f.places, 2)
    else:
        conv, tol, places = list(values), 0.5, 0
    best = min(conv, key=lambda v: abs(v - f.value))
    computed = best if abs(best - f.value) <= tol else conv[0]
    printed = ""
    if table is not None and f.unit in TO_WAN and table.unit != f.unit and len(rows) == 1:
        m = table.money
        printed = f"（表中印作{fmt(m.show(values[conv.index(computed)]), m.places)}{m.unit}）"
    what, heading = f"正文“{f.clause}”中的{f.label or f.subject}", ""
    if subject is not None:
        what = f"正文“{_subject_words(subject.label)}”一段中的“{f.label}”"
        if abs(subject.value - computed) <= tol and subject.unit == f.unit:
            heading = f"（该段开头写{fmt(subject.value, places)}{f.unit}，与表一致）"
    message = (f"{what}为{fmt(f.value, places)}{f.unit}，与{how}{fmt(computed, places)}{f.unit}{printed}不符，"
               f"相差{fmt(abs(f.value - computed), places)}{f.unit}{heading}。")
    if not audit.expect("narrative_vs_table", f.value, computed, at=f, basis=rows, unit=f.unit, tol=tol,
                        places=places, message=message):
        audit.corrected[f.fact_no] = computed


def _subject_words(label: str) -> str:
    """'住房保障支出（类）住房改革支出（款）住房公积金（项' -> '住房保障支出（类）住房改革支出（款）住房公积金（项）'."""
    return "".join(f"{name.strip(' “”')}（{level}）" for name, level in _SUBJECT.findall(label))


# ---------------------------------------------------------------------------- which figure a fact names


def figure_for(audit: Audit, f: Fact, subject: Fact | None = None) -> Target | None:
    """The table figure a narrative number names, when the link is unambiguous."""
    if f.unit == "个":
        return _count_for(audit, f)
    if f.kind != "amount" or f.unit not in TO_WAN:
        return None
    if _SUBJECT.search(f.label):
        return subject_row(audit, f.label)
    if subject is not None and _ARRANGED.match(f.label):
        return subject_row(audit, subject.label)
    if "三公" in f.label:
        return _three_public_total(audit)
    if (hit := _three_public_cell(audit, f.label, ("operating",))) is not None:
        return hit
    if "三公" in f.section:
        return _three_public_item(audit, f)
    return _money_for(audit, f)


def _paragraph_subjects(audit: Audit) -> dict[int, Fact]:
    """The function subject each paragraph is about: its first "…（项）" figure of this year."""
    out: dict[int, Fact] = {}
    for f in audit.doc.facts:
        if f.para_no not in out and not f.is_change and f.kind == "amount" and _SUBJECT.search(f.label):
            out[f.para_no] = f
    return out


def _money_for(audit: Audit, f: Fact) -> Target | None:
    label_core, subject = core(f.label), core(f.subject)
    text = f.label + f.subject
    if label_core in ("收入", "支出"):
        ov = audit.overview("overview", label_core)
        rows = [r for r in (ov.grand, ov.subtotal) if r is not None] if ov else []
        t = audit.table("overview")
        return ([audit.value(r, side_amount(r)) for r in rows], rows[:1], f"{t.name}{label_core}总计", t) if rows else None
    if label_core in ("基本支出", "项目支出"):
        return _figure(audit, "expenditure", "basic" if label_core == "基本支出" else "project", f"{label_core}合计")
    if subject == "收入" and label_core != subject:
        ov, t = audit.overview("overview", "收入"), audit.table("overview")
        for r in ov.all_items if ov else ():
            if _income_key(r.name) == _income_key(label_core):
                return [audit.value(r, side_amount(r))], [r], f"{t.name}“{r.name}”", t
        return None
    if "政府购买服务" in text:
        t = audit.table("purchase_services")
        cur, whole = audit.figure("purchase_services", "current_amount"), audit.figure("purchase_services",
                                                                                        "budget_amount")
        return ([cur[0], whole[0]], cur[1], f"{t.name}本年预算金额合计", t) if t and cur and whole else None
    if "支出" in f.label:
        for word, kind in (("政府性基金", "gov_fund"), ("国有资本经营", "state_capital")):
            if word in f.label:
                return _figure(audit, kind, "total", "合计")
        if _GENERAL_SPENDING.match(label_core):
            return _figure(audit, "general_budget", "total", "合计")
        if _FISCAL_SPENDING.match(label_core) and (fiscal := audit.this_year(audit.overview("fiscal_overview", "支出"))):
            t = audit.table("fiscal_overview")
            return [fiscal[0]], fiscal[1], f"{t.name}本年支出合计", t
    return None


def _figure(audit: Audit, kind: str, col: str, words: str) -> Target | None:
    fig, t = audit.figure(kind, col), audit.table(kind)
    return ([fig[0]], fig[1], f"{t.name}{words}", t) if fig and t else None


def _income_key(name: str) -> str:
    return re.sub(r"(财政|收入|资金)", "", name)


def _count_for(audit: Audit, f: Fact) -> Target | None:
    text = f.label + f.subject
    if "政府购买服务" in text and (t := audit.table("purchase_services")):
        rows = [r for r in t.data if r.s("project_name")]
        n = len({r.s("project_code") or r.s("project_name") for r in rows})
        return [float(n)], rows[:1], f"{t.name}所列项目数", t
    if "绩效目标" in text and (t := audit.table("performance")):
        rows = [r for r in t.data if r.name_role == "project_name"]
        return [float(len(rows))], rows[:1], f"{t.name}所列项目数", t
    return None


# ---------------------------------------------------------------------------- function subjects


def subject_row(audit: Audit, label: str) -> Target | None:
    """The row of the subject "一般公共服务支出（类）商贸事务（款）行政运行（项）" names: the most detailed level
    it names, in the 一般公共预算 table (else the 支出总表), when exactly one code fits every name."""
    parts = {level: name.strip(" “”\"") for name, level in _SUBJECT.findall(label)}
    if not parts:
        return None
    level = "项" if "项" in parts else ("款" if "款" in parts else "类")
    width = {"类": 3, "款": 5, "项": 7}[level]
    for kind in ("general_budget", "expenditure"):
        t = audit.table(kind)
        if t is None:
            continue
        names = _code_names(t)
        codes = {code for code, name in names.items() if len(code) == width and norm(name) == norm(parts[level])
                 and all(norm(names.get(code[:w], FUNC_CLASSES.get(code[:w], ""))) == norm(parts[lv])
                         for lv, w in (("类", 3), ("款", 5)) if lv in parts and w < width
                         and (code[:w] in names or code[:w] in FUNC_CLASSES))}
        if len(codes) != 1:
            continue
        code = codes.pop()
        rows = [r for r in t.data if r.s("func_code") == code and r.has("total")]
        if not rows:
            rows = [r for r in leaves(t) if r.s("func_code").startswith(code) and r.has("total")]
        if rows:
            value = sum(audit.value(r, "total") for r in rows)
            return [value], rows, f"{t.name}“{rows[0].s('func_code')} {parts[level]}”", t
    return None


def _code_names(t: Tab) -> dict[str, str]:
    out: dict[str, str] = {}
    for r in t.data:
        code = r.s("func_code")
        if code and code not in out:
            out[code] = r.s("func_name")
    return out


# ---------------------------------------------------------------------------- the 三公 table


def _three_public_total(audit: Audit) -> Target | None:
    t = audit.table("three_public")
    if t is None:
        return None
    if t.has_role("amount"):
        return ([audit.value(t.total, "amount")], [t.total], f"{t.name}总计", t) if t.total else None
    return _three_public_cell(audit, "三公", ("three_public",), always=True)


def _three_public_cell(audit: Audit, label: str, roles: tuple[str, ...], *, always: bool = False) -> Target | None:
    """A 三公 table listed across one row: the cell of the role whose name the label says (longest name first)."""
    t = audit.table("three_public")
    if t is None or not t.data:
        return None
    terms = sorted(((norm(term), role) for role in roles if t.has_role(role)
                    for term in _role_terms(role)), key=lambda x: -len(x[0]))
    key = norm(label)
    for term, role in terms:
        if always or term in key:
            row = next((r for r in t.data if role in r.cells), None)
            if row is not None and not row.unreadable(role):
                return [audit.value(row, role)], [row], f"{t.name}“{_role_label(role)}”", t
    return None


def _role_terms(role: str) -> tuple[str, ...]:
    info = kinds.role(role)
    return (info.label, *info.synonyms) if info else (role,)


def _role_label(role: str) -> str:
    info = kinds.role(role)
    return re.sub(r"[“”\"]", "", info.label) if info else role


def _three_public_item(audit: Audit, f: Fact) -> Target | None:
    """The 三公 item a figure names: by its label, else (for a generic label) by its section heading."""
    t = audit.table("three_public")
    if t is None:
        return None
    leaf = re.sub(r"\s+", "", _ORDINAL.sub("", f.section.split(" > ")[-1].strip()))
    generic = _GENERIC_LABEL.match(core(f.label)) or _GENERIC_LABEL.match(f.label)
    if not t.has_role("amount"):
        hit = _three_public_cell(audit, f.label, _THREE_PUBLIC_ITEMS)
        return hit if hit is not None or not generic else _three_public_cell(audit, leaf, _THREE_PUBLIC_ITEMS)
    rows = sorted(t.data, key=lambda r: -len(r.name))
    for r in rows:
        if r.name and r.name in f.label:
            return [audit.value(r, "amount")], [r], f"{t.name}“{r.name}”", t
    if generic:
        row = next((r for r in rows if r.name == leaf), None)
        if row is not None:
            return [audit.value(row, "amount")], [row], f"{t.name}“{row.name}”", t
    return None
