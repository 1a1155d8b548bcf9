"""Numeric questions: pick the figure a question names and compute it with SQL, without an LLM."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from typing import NamedTuple

from . import figures as fg
from .answer import Item
from .catalog import Catalog, Entity
from .evidence import RowRef
from .figures import SQL, Figure
from .linking import GENERIC_CHARS, Link, Linker, content, coverage, longest_common, match
from .normalize import norm
from .question import Question

# tie-breaking preference when two entities match a question equally well
PRIORITY = {"item": 7, "project": 6.5, "measure": 6, "unit": 5.5, "func": 5, "purchase": 4.5, "econ": 4,
            "gov_econ": 3, "indicator": 2, "fact": 1}
MIN_SCORE = 2.0
_SCHEMES = ("func", "econ", "gov_econ")


class FactRow(NamedTuple):
    """A narrative fact as the answerer keeps it in memory (one row of the `facts` table)."""

    doc_id: str
    fact_no: int
    label: str | None
    subject: str | None
    kind: str
    year: int | None
    is_change: int
    section: str | None
    sentence: str | None
    unit: str | None
    line: int
    value: float


class NumericAnswerer:
    def __init__(self, conn: sqlite3.Connection, catalog: Catalog, linker: Linker):
        self.conn = conn
        self.catalog = catalog
        self.linker = linker
        self.facts = {
            (r[0], r[1]): FactRow(*r) for r in conn.execute(
                "SELECT doc_id, fact_no, label, subject, kind, year, is_change, section, sentence, unit, line, value "
                "FROM facts")
        }

    # ------------------------------------------------------------------ entry point

    def answer(self, q: Question, doc_id: str) -> Figure | None:
        db = SQL(self.conn)
        links = self.linker.link(q.key, doc_id=doc_id)
        year = self.catalog.doc_years.get(doc_id)
        if q.op == "owner":
            return self._owner(db, q, links, doc_id)
        if q.op == "change":
            return self._change(db, q, links, doc_id)
        if q.op == "share":
            return self._share(db, q, links, doc_id, year)
        if q.op in ("sum", "difference"):
            f = self._two(db, q, links, doc_id, year)
            if f is not None:
                return f
        if q.op in ("max", "min", "top", "threshold", "list", "breakdown", "rank"):
            f = self._ranking(db, q, links, doc_id)
            if f is not None:
                return f
        if q.op == "count":
            f = self._count(db, q, links, doc_id)
            if f is not None:
                return f
        return self._lookup(db, q, links, doc_id, year)

    # ------------------------------------------------------------------ lookups

    def _fact_score(self, q: Question, link: Link, doc_id: str, year: int | None) -> float:
        f = self.facts.get((doc_id, int(link.entity.key)))
        if not f:
            return 0.0
        kind, fyear, is_change, section = f.kind, f.year, f.is_change, f.section
        s = link.score * 0.85
        title = (section or "").split(" > ")[-1]
        s += 0.4 * match(q.key, norm(title))[0]
        if q.kind_hint and q.kind_hint != kind and not (q.kind_hint == "count" and kind == "headcount"):
            s *= 0.35
        elif q.kind_hint == kind and kind in ("score", "headcount", "percent"):
            s *= 1.5
        if is_change and q.op not in ("change",):
            s *= 0.3
        if fyear and year and fyear != year and fyear not in q.years:
            s *= 0.85
        if q.years and fyear not in q.years and year not in q.years:
            s *= 0.5
        return s

    def _scored(self, q: Question, links: list[Link], doc_id: str, year: int | None) -> list[tuple[float, Link]]:
        out = []
        for lk in links:
            e = lk.entity
            s = lk.score
            if e.kind == "fact":
                s = self._fact_score(q, lk, doc_id, year)
            elif e.kind == "measure":
                s *= 1.2 if lk.exact else 0.4
            if e.kind != "fact" and q.kind_hint in ("headcount", "score"):
                s *= 0.1  # tables hold money: a headcount or a score can only be a narrative figure
            elif e.kind != "fact" and q.kind_hint == "percent":
                s *= 0.3
            if q.target == "project" and e.kind == "project":
                s *= 1.15
            if e.kind == "item" and e.table == "t05_fiscal_overview" and "财政拨款" not in q.text:
                s -= 0.05  # 表五 repeats 表一 for fiscal money only: 表一 answers unless 财政拨款 is asked
            out.append((s + PRIORITY.get(e.kind, 0) * 0.01 - 0.02 * lk.start, lk))
        out.sort(key=lambda t: -t[0])
        return out

    def _lookup(self, db: SQL, q: Question, links: list[Link], doc_id: str, year: int | None) -> Figure | None:
        scored = self._scored(q, links, doc_id, year)
        if q.years and year not in q.years:
            # another year than the budget's own: only what the narrative states for that year
            scored = [(s, lk) for s, lk in scored if lk.entity.kind == "fact" and lk.entity.year in q.years]
        project = next((lk for lk in links if lk.entity.kind == "project" and lk.score >= MIN_SCORE), None)
        if project is not None and not (q.years and year not in q.years):
            ind = self._indicator_of(db, q, project, doc_id)  # a project's performance target
            if ind is not None:
                return ind
        specific = False
        if scored and scored[0][1].entity.kind == "fact" and scored[0][0] >= 1.2 and q.kind_hint in (
            "headcount", "score", "percent", "count"
        ) and self.facts[(doc_id, int(scored[0][1].entity.key))].kind in (q.kind_hint, "headcount"):
            specific = True  # a specific kind of figure asked for and found: a weaker textual match will do
        elif not scored or scored[0][0] < MIN_SCORE:
            if not (q.years and year not in q.years) and _only_generic(q.key):
                return fg.measure(db, doc_id, "income_total", "部门预算总额")
            weak = scored[0] if scored and scored[0][0] >= 1.0 else None
            # a paraphrase ('物业费'): accept a weak match that accounts for nearly all the question asks
            if weak is None or coverage(q.key, weak[1].entity.terms[0]) < 0.6 or self._rival(scored, db, doc_id, q):
                return self._indicator_anywhere(db, q, doc_id)
        if not specific and not scored[0][1].exact and scored[0][0] < 4.0 \
                and coverage(q.key, scored[0][1].entity.terms[0]) < 0.35:
            return None  # the best name explains too little of the question: not found beats a guess
        if not scored[0][1].exact and scored[0][0] < 4.0 and self._unknown_words(q, scored[0][1]):
            return None  # the question asks about something the document never mentions (门票, 中标单位…)
        best_score, best = scored[0]
        unit = next((lk for lk in links if lk.entity.kind == "unit" and lk.exact and lk.score >= 4.0), None)
        if unit is not None and best.entity.kind in ("measure", "unit") and best.entity.key in (
            "income_total", "expense_total", unit.entity.key
        ):
            return fg.unit_income(db, doc_id, int(unit.entity.key))  # '本级的收入预算', '某某处的预算'
        if best.entity.kind == "measure" and all(ch in GENERIC_CHARS for ch in best.matched):
            # '支出合计' names no figure by itself when the question also names a specific one
            specific = [(s, lk) for s, lk in scored[1:] if lk.entity.kind != "fact" and s >= MIN_SCORE
                        and sum(ch not in GENERIC_CHARS for ch in lk.matched) >= (2 if lk.exact else 3)]
            if specific:
                best_score, best = specific[0]
                scored = [specific[0]] + [x for x in scored if x is not specific[0]]
        # a subject and a column named together: 行政运行的人员经费
        cell = self._subject_column(db, scored, doc_id)
        if cell is not None:
            return cell
        # two classification filters named together: 行政运行里的电费
        combo = self._combined(db, q, scored, doc_id)
        if combo is not None:
            return combo
        f = self._figure(db, best.entity, doc_id, q, year)
        if f is None:
            for s, lk in scored[1:4]:
                if s >= MIN_SCORE:
                    f = self._figure(db, lk.entity, doc_id, q, year)
                    if f is not None:
                        break
        if f is None:
            return None
        f = self._corroborate(q, f, doc_id)
        return replace(f, confidence=min(0.99, 0.5 + best_score / 20))

    def _corroborate(self, q: Question, f: Figure, doc_id: str) -> Figure:
        """Add the narrative sentence that states the same table figure (an auditor wants both)."""
        from .normalize import MONEY

        if f.value is None or f.unit not in MONEY or not f.refs or f.refs[0].table_no is None:
            return f
        extra: list[RowRef] = []
        for (d, _no), row in self.facts.items():
            if d != doc_id or row.is_change or row.kind != "amount" or row.unit not in MONEY:
                continue
            stated = row.value * MONEY[row.unit] / MONEY[f.unit]
            if abs(stated - f.value) > max(0.0051, 1e-6 * abs(f.value)) or not f.value:
                continue
            text = norm(f"{row.label}{row.subject}{(row.section or '').split(' > ')[-1]}")
            if match(q.key, text)[0] >= 2.0:
                extra.append(RowRef(doc_id, row.line))
        return replace(f, refs=f.refs + tuple(extra[:2])) if extra else f

    def _figure(self, db: SQL, e: Entity, doc_id: str, q: Question, year: int | None) -> Figure | None:
        if e.kind == "project":
            return fg.project_total(db, doc_id, int(e.key))
        if e.kind == "item":
            return fg.item_amount(db, doc_id, e.table or "t01_overview", e.key, e.side)
        if e.kind == "purchase":
            return fg.purchase_amount(db, doc_id, int(e.key))
        if e.kind == "unit":
            return fg.unit_income(db, doc_id, int(e.key))
        if e.kind == "measure":
            return fg.measure(db, doc_id, e.key, e.label)
        if e.kind in _SCHEMES:
            f = fg.subject_total(db, doc_id, [(e.kind, e.key)], e.label)
            if f is None and e.kind == "func":
                f = fg.class_item(db, doc_id, e.label)
            return f
        if e.kind == "fact":
            f = fg.fact(db, doc_id, int(e.key))
            if f and f.year and year and f.year < year and f.year not in q.years:
                f = self._current_year_sibling(db, f, doc_id, year) or f
            return f
        return None

    def _current_year_sibling(self, db: SQL, f: Figure, doc_id: str, year: int) -> Figure | None:
        """A prior-year figure was named; the same paragraph states this year's figure before it."""
        line = f.refs[0].line
        for (d, no), row in sorted(self.facts.items(), key=lambda kv: -kv[0][1]):
            if d != doc_id or row.line != line:
                continue
            if row.year == year and not row.is_change and row.unit == f.unit and row.kind == f.kind:
                same = max(_lcs_len(norm(row.label or ""), norm(f.label)), _lcs_len(norm(row.subject or ""), norm(f.label)))
                cand = fg.fact(db, doc_id, no)
                if cand and cand.value != f.value and same >= 3:
                    return cand
        return None

    def _unknown_words(self, q: Question, link: Link) -> list[str]:
        """Nouns of the question, outside the matched name, that the document never uses ('门票')."""
        rest = content(q.key).replace(link.matched, "#")
        for t in link.entity.terms:
            rest = rest.replace(t, "#")
        corpus = self.catalog.corpus
        name = "".join(link.entity.terms)
        return [w for w in nouns(rest) if not any(w[i : i + 2] in corpus for i in range(len(w) - 1))
                and not any(ch in name for ch in w)]  # '租金' for a 租赁费 is a paraphrase, '门票' is not

    def _rival(self, scored, db: SQL | None = None, doc_id: str = "", q: Question | None = None) -> bool:
        """True when a different figure matches almost as well as the best (ambiguous paraphrase)."""
        if len(scored) < 2:
            return False
        (s1, a), (s2, b) = scored[0], scored[1]
        if db is not None and q is not None:
            fa, fb = self._figure(db, a.entity, doc_id, q, None), self._figure(db, b.entity, doc_id, q, None)
            db.take_log()
            if fa and fb and fa.value is not None and fa.value == fb.value and fa.unit == fb.unit:
                return False  # two names for one figure ('物业费': the class and the project agree)
        return s2 >= 0.85 * s1 and a.entity.label not in b.entity.label and b.entity.label not in a.entity.label \
            and a.entity.kind != b.entity.kind and not (a.entity.kind in _SCHEMES and b.entity.kind == "project")

    def _subject_column(self, db: SQL, scored, doc_id: str) -> Figure | None:
        columns = {"personnel_total": "personnel", "public_total": "public", "basic_total": "basic",
                   "project_total": "project"}
        func = next((lk for s, lk in scored if lk.exact and lk.entity.kind == "func" and s >= MIN_SCORE), None)
        col = next((lk for s, lk in scored if lk.exact and lk.entity.kind == "measure" and lk.entity.key in columns), None)
        if not func or not col or not (func.end <= col.start or col.end <= func.start):
            return None
        return fg.general_budget_cell(db, doc_id, func.entity.key, columns[col.entity.key],
                                      f"{func.entity.label}的{col.entity.label}")

    def _combined(self, db: SQL, q: Question, scored, doc_id: str) -> Figure | None:
        exact = [lk for s, lk in scored if lk.entity.kind in _SCHEMES and (
            (lk.exact and s >= MIN_SCORE) or (s >= 1.2 and sum(c not in GENERIC_CHARS for c in lk.matched) >= 2))]
        picked: list[Link] = []
        for lk in exact:
            if all(lk.entity.kind != p.entity.kind and (lk.end <= p.start or lk.start >= p.end) for p in picked):
                picked.append(lk)
        if len(picked) < 2 or not any(p.exact for p in picked):
            return None
        picked = picked[:2]
        label = "中的".join(p.entity.label for p in sorted(picked, key=lambda p: p.start))
        return fg.subject_total(db, doc_id, [(p.entity.kind, p.entity.key) for p in picked], label)

    def _indicator_of(self, db: SQL, q: Question, project: Link, doc_id: str) -> Figure | None:
        """A performance indicator of a named project, when the question asks for one."""
        import re

        rest = q.key[: project.start] + "#" + q.key[project.end :]
        asked_unit = re.search(r"(?:多少|几)(套|台|辆|人次|人|名|个|项|次|件|份|册|家|平方米|天|小时|年|场|%)", q.text)
        wants_money = bool(re.search(r"(预算|金额|多少钱|资金|经费|万元|元|花)", rest)) and not re.search(
            r"(指标|目标|成本)", rest)
        best = None
        for line, name, _value, unit in fg.project_indicators(db, doc_id, project.entity.label):
            if wants_money and unit not in ("万元", "元"):
                continue
            s, *_ = match(rest, norm(name))
            if s < 1.5 and not project.exact:
                continue  # a loosely named project needs its indicator named too
            if asked_unit and unit == asked_unit.group(1):
                s += 2.0
            if s >= 2.0 and (best is None or s > best[0]):
                best = (s, line)
        if best is None:
            db.take_log()
            return None
        return fg.indicator(db, doc_id, best[1])

    def _indicator_anywhere(self, db: SQL, q: Question, doc_id: str) -> Figure | None:
        rows = db.q("SELECT line, name FROM t13_indicators WHERE doc_id = ? AND value_num IS NOT NULL", (doc_id,))
        hits = [(line, name) for line, name in rows if name and len(norm(name)) >= 3 and norm(name) in q.key]
        if len(hits) == 1:
            return fg.indicator(db, doc_id, hits[0][0])
        db.take_log()
        return None

    # ------------------------------------------------------------------ owners

    def _owner(self, db: SQL, q: Question, links: list[Link], doc_id: str) -> Figure | None:
        for lk in links:
            if lk.entity.kind == "project" and lk.score >= MIN_SCORE:
                pid = fg.t13_project_id(db, doc_id, lk.entity.label)
                if pid is not None:
                    return fg.owner(db, doc_id, pid, want_phone="电话" in q.text or "联系方式" in q.text)
        return None

    # ------------------------------------------------------------------ changes and shares

    def _best_fact(self, q: Question, doc_id: str, *, change: bool, kind: str) -> tuple[float, int] | None:
        best = None
        for (d, no), row in self.facts.items():
            if d != doc_id or bool(row.is_change) != change or row.kind != kind:
                continue
            label, subject, section = row.label, row.subject, row.section
            s = match(q.key, norm(subject))[0] + match(q.key, norm(label))[0] * 0.8
            s += 0.25 * match(q.key, norm((section or "").split(" > ")[-1]))[0]
            if best is None or s > best[0]:
                best = (s, no)
        return best if best and best[0] >= MIN_SCORE else None

    def _change(self, db: SQL, q: Question, links: list[Link], doc_id: str) -> Figure | None:
        kind = "percent" if q.kind_hint == "percent" else "amount"
        hit = self._best_fact(q, doc_id, change=True, kind=kind)
        if hit is None:
            return None
        f = fg.fact(db, doc_id, hit[1])
        if f is None:
            return None
        subject = f.extra.get("subject") or f.label
        cy = f.extra.get("compare_year")
        direction = f.extra.get("direction") or "变化"
        label = f"{subject}比{cy}年{direction}" if cy else f"{subject}比上年{direction}"
        return replace(f, label=label, confidence=min(0.95, 0.5 + hit[0] / 20))

    def _share(self, db: SQL, q: Question, links: list[Link], doc_id: str, year: int | None) -> Figure | None:
        hit = self._best_fact(q, doc_id, change=False, kind="percent")
        if hit is not None:
            subject = self.facts[(doc_id, hit[1])].subject or ""
            if match(q.key, norm(subject))[0] < 2.0:
                hit = None  # a stated share of something else
        if hit is not None:
            f = fg.fact(db, doc_id, hit[1])
            if f is not None:
                subject = f.extra.get("subject") or ""
                return replace(f, label=f"{subject}{f.label}的比例" if subject != f.label else f.label,
                               confidence=min(0.95, 0.5 + hit[0] / 20))
        # computed share: the named figure over total expenditure (or the named whole)
        scored = [(s, lk) for s, lk in self._scored(q, links, doc_id, year)
                  if lk.entity.kind != "fact" and s >= MIN_SCORE]
        if not scored:
            return None
        part = self._figure(db, scored[0][1].entity, doc_id, q, year)
        whole_key = "income_total" if "收入" in q.text and "支出" not in q.text else "expense_total"
        whole = fg.measure(db, doc_id, whole_key, "支出总计" if whole_key == "expense_total" else "收入总计")
        if part is None or whole is None or not whole.value:
            return None
        pct = round((part.value or 0.0) / whole.value * 100, 2)
        return Figure(f"{part.label}占{whole.label}的比例", pct, "%", part.refs + whole.refs,
                      db.take_log(), kind="percent", note=f"按 {part.value} ÷ {whole.value} × 100% 计算",
                      extra={"computed": True, "parts": (part.value, whole.value)})

    # ------------------------------------------------------------------ sets: rankings, lists, counts

    def _two(self, db: SQL, q: Question, links: list[Link], doc_id: str, year: int | None) -> Figure | None:
        """'水费和电费一共多少', 'A比B多出多少': two named figures, added or subtracted, both cited."""
        picked: list[Link] = []
        for s, lk in self._scored(q, links, doc_id, year):
            if s < 1.2 or lk.entity.kind == "fact":
                continue
            if all(lk.end <= p.start or lk.start >= p.end for p in picked) and \
                    all(lk.entity.label != p.entity.label for p in picked):
                picked.append(lk)
            if len(picked) == 2:
                break
        if len(picked) < 2:
            return None
        picked.sort(key=lambda lk: lk.start)
        figs = [self._figure(db, lk.entity, doc_id, q, year) for lk in picked]
        if any(f is None or f.value is None or f.unit != "万元" for f in figs):
            return None
        a, b = figs
        refs_ = a.refs + b.refs
        if q.op == "sum":
            v = round(a.value + b.value, 6)
            return Figure(f"{a.label}与{b.label}合计", v, "万元", refs_, db.take_log(), extra={
                "computed": True, "parts": (a.value, b.value), "derived": True})
        v = round(a.value - b.value, 6)
        word = "多" if v >= 0 else "少"
        return Figure(f"{a.label}比{b.label}{word}", abs(v), "万元", refs_, db.take_log(), extra={
            "computed": True, "parts": (a.value, b.value), "derived": True})

    def _unit(self, db: SQL, links: list[Link], doc_id: str) -> tuple[str, str] | None:
        """The unit (单位) a question is about, when it names one of several."""
        lk = next((lk for lk in links if lk.entity.kind == "unit" and lk.score >= 4.0), None)
        return fg.unit_of(db, doc_id, int(lk.entity.key)) if lk else None

    def _filters(self, q: Question, links: list[Link]) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for lk in links:
            e = lk.entity
            if e.kind in _SCHEMES and lk.exact and lk.score >= 4 and all(k != e.kind for k, _ in out):
                out.append((e.kind, e.key))
        return out

    def _ranking(self, db: SQL, q: Question, links: list[Link], doc_id: str) -> Figure | None:
        if q.op == "breakdown" or q.target in ("func", "econ"):
            return self._grouped(db, q, links, doc_id)
        if q.target != "project" and q.op == "list" and q.threshold is None:
            return None
        filters = self._filters(q, links)
        order = {"max": "desc", "top": "desc", "min": "asc", "rank": "desc"}.get(q.op)
        if q.op in ("top", "rank") and re.search(r"(最少|最低|最小|第\S{1,3}(少|小|低))", q.text):
            order = "asc"
        limit = 1 if q.op in ("max", "min") else (q.n if q.op in ("top", "rank") else None)
        unit = self._unit(db, links, doc_id)
        rows = fg.projects(db, doc_id, filters=filters, threshold=q.threshold, comparator=q.comparator,
                           order=order, limit=limit, unit=unit)
        total_ref = fg.projects_total_ref(db, doc_id) if q.threshold is not None or q.op == "list" else ()
        sql = db.take_log()
        items = tuple(Item(name, v, "万元") for name, v, _ in rows)
        rrefs = fg.refs(doc_id, "t04_projects", [ln for *_, ln in rows])
        scope = "、".join(lk.entity.label for lk in links if (lk.entity.kind, lk.entity.key) in set(filters))
        scope = "、".join(x for x in (unit[1] if unit else "", scope) if x)
        scope = f"{scope}中" if scope else ""
        if q.op == "rank":
            if len(rows) < (q.n or 1):
                return None
            name, v, line = rows[-1]
            word = f"第{q.n}{'多' if order == 'desc' else '少'}"
            return Figure(f"{scope}预算{word}的项目", v, "万元", fg.refs(doc_id, "t04_projects", [line]) + rrefs[:-1], sql,
                          kind="amount", items=items, text_value=name, extra={"set": True})
        if q.op in ("max", "min"):
            if not rows:
                return None
            name, v, _ = rows[0]
            word = "最多" if q.op == "max" else "最少"
            return Figure(f"{scope}预算{word}的项目", v, "万元", rrefs, sql, kind="amount", items=items,
                          text_value=name, extra={"set": True})
        if q.threshold is not None:
            word = "超过" if q.comparator != "<" else "低于"
            label = f"{scope}预算{word}{q.threshold:g}万元的项目"
        elif q.op == "top":
            label = f"{scope}预算{'最多' if order == 'desc' else '最少'}的{len(rows)}个项目"
        else:
            label = f"{scope}项目"
        return Figure(label, float(len(rows)), "个", rrefs + total_ref, sql, kind="list", items=items,
                      chart=q.op == "top" or len(rows) > 1, extra={"set": True})

    def _grouped(self, db: SQL, q: Question, links: list[Link], doc_id: str) -> Figure | None:
        scheme = "econ" if (q.target == "econ" or "经济" in q.text) else "func"
        column = "total"
        if "基本支出" in q.text:
            column = "basic"
        elif "项目支出" in q.text:
            column = "project"
        length = 3
        if q.op in ("top", "max", "min") or "项级" in q.text or "明细" in q.text:
            length = 7 if scheme == "func" else 5
        elif "款" in q.text:
            length = 5
        filters = self._filters(q, links)
        groups = [g for g in fg.grouped(db, doc_id, scheme, length, column=column, filters=filters) if g[1]]
        names = fg.subject_names(db, doc_id, scheme)
        sql = db.take_log()
        if not groups:
            return None
        order = q.op in ("max", "top") or q.op == "breakdown"
        groups.sort(key=lambda g: -g[1] if order else g[1])
        if q.op in ("max", "min"):
            groups = groups[:1]
        elif q.op == "top" and q.n:
            groups = groups[: q.n]
        items = tuple(Item(f"{c} {names.get(c) or ''}".strip(), v, "万元") for c, v, _ in groups)
        lines = [ln for *_, ls in groups for ln in ls]
        total = round(sum(v for _, v, _ in groups), 6)
        what = {"func": "支出功能分类", "econ": "部门支出经济分类"}[scheme]
        col = {"total": "支出", "basic": "基本支出", "project": "项目支出"}[column]
        if q.op in ("max", "min"):
            return Figure(f"{col}{'最多' if q.op == 'max' else '最少'}的{what}科目", groups[0][1], "万元",
                          fg.refs(doc_id, "t03_expenditure", lines), sql, items=items, text_value=items[0].label,
                          extra={"set": True})
        return Figure(f"{col}按{what}的构成", total, "万元", fg.refs(doc_id, "t03_expenditure", lines), sql,
                      kind="list", items=items, chart=True, extra={"set": True, "breakdown": True})

    def _count(self, db: SQL, q: Question, links: list[Link], doc_id: str) -> Figure | None:
        hit = None
        for kind in ("count", "headcount") if q.kind_hint == "headcount" else ("count",):
            h = self._best_fact(q, doc_id, change=False, kind=kind)
            if h and (hit is None or h[0] > hit[0]):
                hit = h
        if hit is not None and hit[0] >= 5.0:
            f = fg.fact(db, doc_id, hit[1])
            if f is not None:
                return replace(f, confidence=min(0.95, 0.5 + hit[0] / 20))
        if q.target == "project" or "项目" in q.text:
            filters = self._filters(q, links)
            unit = self._unit(db, links, doc_id)
            rows = fg.projects(db, doc_id, filters=filters, threshold=q.threshold, comparator=q.comparator,
                               unit=unit)
            sql = db.take_log()
            items = tuple(Item(n, v, "万元") for n, v, _ in rows)
            scope = "、".join(lk.entity.label for lk in links if (lk.entity.kind, lk.entity.key) in set(filters))
            total_ref = fg.projects_total_ref(db, doc_id) if not filters and q.threshold is None and not unit else ()
            sql += ";\n" + db.take_log() if total_ref else ""
            return Figure(f"{scope + '的' if scope else ''}项目支出表中的项目数", float(len(rows)), "个",
                          total_ref + fg.refs(doc_id, "t04_projects", [ln for *_, ln in rows]), sql, kind="count",
                          items=items)
        if hit is not None:
            f = fg.fact(db, doc_id, hit[1])
            return f
        return None


def nouns(text: str) -> list[str]:
    """Nouns of two or more characters in a text (jieba part-of-speech tags n*)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return [w for w, flag in jieba.posseg.lcut(text) if flag.startswith("n") and len(w) >= 2 and "#" not in w]


def _only_generic(key: str) -> bool:
    """A question that names nothing but the budget itself ('预算一共多少亿元')."""
    import re

    rest = re.sub(r"(20\d\d年?|本部门|部门|我局|本单位|单位|今年|本年|年度|全年|整个|全部|整体|折合|换算成|的|预算|总额|"
                  r"总共|一共|合计|共|"
                  r"多少|是|有|亿元|万元|元|钱|金额|规模|总|数|为|呢|吗|\#)", "", key)
    return rest == ""


def _lcs_len(a: str, b: str) -> int:
    return longest_common(a, b)[0]


def prefer_unit(f: Figure, want: str | None) -> Figure:
    """Express a money figure in the unit asked for (万元 by default)."""
    from .normalize import MONEY

    if f.value is None or f.unit not in MONEY:
        return f
    target = want or "万元"
    if f.unit == target:
        return f
    return replace(f, value=f.value * MONEY[f.unit] / MONEY[target], unit=target,
                   extra={**f.extra, "converted_from": (f.value, f.unit)})

