"""`narrative_arithmetic`: the narrative's own sums, read sentence by sentence within a paragraph.

A stated change against this year's figure minus the earlier year's, a change rate against the change
over the earlier figure, a share (占…) against the part over its whole, 原值 - 累计折旧 = 净值, and the
changes of income and spending that are equal this year (a balanced budget) against each other.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .audit import ARITH_TOL, Audit, fmt
from .document import TO_WAN, Fact
from .template import core, plain

_BASE = re.compile(r"(?:比|较)(?:20\d\d年)?(.*?)(?:增加|减少|增长|下降)")


def check(audit: Audit) -> None:
    paragraphs: dict[int, list[Fact]] = defaultdict(list)
    for f in audit.doc.facts:
        paragraphs[f.para_no].append(f)
    for facts in paragraphs.values():
        sentences: dict[str, list[Fact]] = {}
        for f in facts:
            sentences.setdefault(f.sentence, []).append(f)
        previous: list[Fact] = []
        for sentence_facts in sentences.values():
            for f in sentence_facts:
                if f.is_change:
                    found = _pair(audit, f, sentence_facts, previous)
                    if found is None:
                        continue
                    if f.kind == "percent":
                        _change_rate(audit, f, *found, sentence_facts)
                    else:
                        _change_amount(audit, f, *found)
                elif f.kind == "percent" and f.label.startswith("占"):
                    _share(audit, f, sentence_facts)
            _book_value(audit, sentence_facts)
            previous = sentence_facts
    balanced_changes(audit)


def _comparable(a: Fact, b: Fact) -> bool:
    """Two figures of the same dimension (money in any unit, or the same count unit)."""
    if a.kind == "percent" or (b.kind == "percent" and a.kind != "amount"):
        return False
    if a.unit in TO_WAN:
        return b.kind == "percent" or b.unit in TO_WAN
    return a.unit == b.unit or b.kind == "percent"


def _in_unit(f: Fact, unit: str) -> float:
    if f.unit in TO_WAN and unit in TO_WAN:
        return f.value * TO_WAN[f.unit] / TO_WAN[unit]
    return f.value


def _pair(audit: Audit, f: Fact, here: list[Fact], previous: list[Fact]) -> tuple[Fact, Fact] | None:
    """(this year's figure, the earlier year's figure) that a change figure compares."""
    year = audit.doc.year
    prior_year = f.compare_year or (year - 1 if year else None)
    before = [g for g in here if g.fact_no < f.fact_no]
    priors = [g for g in before if not g.is_change and g.year == prior_year and _comparable(g, f)]
    if not priors or prior_year is None:
        return None
    prior = priors[-1]
    if f.kind != "percent" and any(g.is_change and g.kind == f.kind for g in before if g.fact_no > prior.fact_no):
        return None

    def currents(facts: list[Fact]) -> list[Fact]:
        return [g for g in facts if not g.is_change and g.year == year and g.fact_no < f.fact_no
                and g.fact_no != prior.fact_no and g.kind == prior.kind and _comparable(g, prior)]

    pool = currents(here) or currents(previous)
    for same in (lambda g: g.label == prior.label, lambda g: core(g.label) == core(prior.label)):
        hit = [g for g in pool if same(g)]
        if hit:
            return hit[-1], prior
    return (pool[0], prior) if pool else None


def _currents(audit: Audit, cur: Fact, unit: str) -> list[float]:
    """This year's figure as the narrative states it, and as its table states it when the two differ
    (a narrative figure that failed `narrative_vs_table`): the arithmetic holds if it holds for either."""
    values = [_in_unit(cur, unit)]
    if (fixed := audit.corrected.get(cur.fact_no)) is not None:
        values.append(fixed * TO_WAN.get(cur.unit, 1.0) / TO_WAN.get(unit, 1.0) if cur.unit in TO_WAN else fixed)
    return values


def _change_amount(audit: Audit, f: Fact, cur: Fact, prior: Fact) -> None:
    c, p = _in_unit(cur, f.unit), _in_unit(prior, f.unit)
    sign = -1.0 if f.direction == "减少" else 1.0
    if any(abs(f.value - round(sign * (x - p), 2)) <= ARITH_TOL for x in _currents(audit, cur, f.unit)[1:]):
        audit.checks += 1
        return
    actual = c - p
    in_direction = sign * actual
    way = "增加" if actual >= 0 else "减少"
    audit.expect("narrative_arithmetic", f.value, round(in_direction, 2), at=f, basis=[cur, prior], unit=f.unit,
                 tol=ARITH_TOL, message=(
                     f"{plain(prior.label) or prior.subject}本年{fmt(c, 2)}{f.unit}、{prior.year}年{fmt(p, 2)}"
                     f"{f.unit}，实际{way}{fmt(abs(actual), 2)}{f.unit}，但文中写{f.direction or '增加'}"
                     f"{fmt(f.value, 2)}{f.unit}。"))


def _change_rate(audit: Audit, f: Fact, cur: Fact, prior: Fact, here: list[Fact]) -> None:
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
    changes += [x - p for x in _currents(audit, cur, prior.unit)[1:]]
    ok = any(abs(stated - d / p * 100) <= ARITH_TOL for d in changes)
    audit.checks += 1
    if ok:
        return
    name = plain(prior.label) or prior.subject
    word = f.label if re.search(r"(幅|率)$", f.label) else ("减少" if f.direction == "减少" else "增长")
    if c != 0 and any(abs(stated - d / c * 100) <= ARITH_TOL for d in changes):
        message = (f"{name}{word}{fmt(f.value, 2)}%是以本年数{fmt(c, 2)}{prior.unit}为基数算出的，"
                   f"应以上年数{fmt(p, 2)}{prior.unit}为基数，即{fmt(abs(c - p), 2)}÷{fmt(p, 2)}"
                   f"={fmt(abs(expected), 2)}%。")
    else:
        message = (f"{name}由{prior.year}年{fmt(p, 2)}{prior.unit}变为{fmt(c, 2)}{prior.unit}，"
                   f"应{'增长' if expected >= 0 else '下降'}{fmt(abs(expected), 2)}%，但文中写{word}"
                   f"{fmt(f.value, 2)}%。")
    audit.record("narrative_arithmetic", message, at=f, basis=[cur, prior], stated=f.value,
                 computed=round(sign * expected, 2), unit="%")


def _share(audit: Audit, f: Fact, here: list[Fact]) -> None:
    parts = [g for g in here if g.fact_no < f.fact_no and not g.is_change and g.kind == "amount"
             and g.unit in TO_WAN and g.year == f.year]
    key = core(re.sub(r"^占(总)?", "", f.label).rstrip("的"))
    if not parts or not key:
        return
    part = parts[-1]
    whole = _whole_for(audit, key, exclude=part)
    if whole is None:
        return
    value, basis = whole
    if value == 0:
        return
    expected = part.value * TO_WAN[part.unit] / value * 100
    audit.expect("narrative_arithmetic", f.value, round(expected, 2), at=f, basis=[part, *basis], unit="%",
                 tol=ARITH_TOL, message=(
                     f"{plain(part.label) or part.subject}{fmt(part.value, 2)}{part.unit}{f.label}"
                     f"{fmt(value, 2)}万元的比例应为{fmt(expected, 2)}%，但文中写{fmt(f.value, 2)}%。"))


def _whole_for(audit: Audit, key: str, *, exclude: Fact) -> tuple[float, list] | None:
    """The total a share is taken of (in 万元): a narrative figure with that name, else the table's."""
    for g in audit.doc.facts:
        if (g is not exclude and not g.is_change and g.kind == "amount" and g.unit in TO_WAN
                and g.year == audit.doc.year and core(g.label) == key):
            return g.value * TO_WAN[g.unit], [g]
    figure = None
    if key in ("支出", "收入"):
        figure = audit.this_year(audit.overview("overview", key))
    elif key in ("基本支出", "项目支出"):
        figure = audit.figure("expenditure", "basic" if key == "基本支出" else "project")
    if figure is None:
        return None
    return round(figure[0], 2), figure[1]


def _book_value(audit: Audit, here: list[Fact]) -> None:
    amounts = [g for g in here if g.kind == "amount" and g.unit in TO_WAN and not g.is_change]
    found = {}
    for word in ("原值", "折旧", "净值"):
        hits = [g for g in amounts if word in g.label and word in g.clause]
        if len(hits) != 1:
            return
        found[word] = hits[0]
    net = found["净值"]
    computed = _in_unit(found["原值"], net.unit) - _in_unit(found["折旧"], net.unit)
    audit.expect("narrative_arithmetic", net.value, round(computed, 2), at=net,
                 basis=[found["原值"], found["折旧"]], unit=net.unit, tol=ARITH_TOL,
                 message=f"{net.label}应为{found['原值'].label}减{found['折旧'].label}，即{fmt(computed, 2)}"
                         f"{net.unit}，但文中写{fmt(net.value, 2)}{net.unit}。")


def _side_key(label: str) -> tuple[str, str] | None:
    """('收入', '财政拨款') for '财政拨款收入'; ('支出', '一般公共拨款') for '一般公共预算拨款支出预算'."""
    side = "收入" if "收入" in label else ("支出" if "支出" in label else None)
    return (side, re.sub(r"(收入|支出|预算数|预算|\d{4}年度?)", "", label)) if side else None


def balanced_changes(audit: Audit) -> None:
    """Income and spending of the same size this year, changed against the same year by different amounts
    (a warning: the two may be compared with different bases, 预算 and 预算执行数)."""
    found: dict[tuple[str, str, int | None], tuple[Fact, Fact]] = {}
    for f in audit.doc.facts:
        if not f.is_change or f.kind != "amount" or f.unit not in TO_WAN or (key := _side_key(f.label)) is None:
            continue
        cur = next((g for g in reversed(audit.doc.facts) if g.fact_no < f.fact_no and g.sentence == f.sentence
                    and not g.is_change and g.label == f.label and g.kind == "amount" and g.unit in TO_WAN), None)
        if cur is not None:
            found.setdefault((*key, f.compare_year), (f, cur))
    reported = {(x.stated_line, x.stated) for x in audit.findings}  # a change already found wrong
    for (side, what, year), (income, cur_in) in found.items():
        if side != "收入" or (other := found.get(("支出", what, year))) is None:
            continue
        spend, cur_out = other
        if {(income.line, income.value), (spend.line, spend.value)} & reported:
            continue
        if abs(_in_unit(cur_in, "万元") - _in_unit(cur_out, "万元")) > ARITH_TOL:
            continue
        a, b = _in_unit(income, "万元"), _in_unit(spend, "万元")
        signed = [(-v if g.direction == "减少" else v) for v, g in ((a, income), (b, spend))]
        bases = [m.group(1) if (m := _BASE.search(g.clause)) else "" for g in (income, spend)]
        same_base = bases[0] == bases[1]
        audit.expect("narrative_arithmetic", signed[0], signed[1], at=income, basis=[spend, cur_in, cur_out],
                     unit="万元", tol=ARITH_TOL, severity="error" if same_base else "warning", message=(
                         f"{income.label}与{spend.label}本年均为{fmt(_in_unit(cur_in, '万元'), 2)}万元，但正文写前者比"
                         f"{year or '上'}年{bases[0]}{income.direction or '增加'}{fmt(a, 2)}万元、后者比{year or '上'}年"
                         f"{bases[1]}{spend.direction or '增加'}{fmt(b, 2)}万元，相差{fmt(abs(signed[0] - signed[1]), 2)}"
                         f"万元；收支平衡时两者应相同" + ("。" if same_base else "，请核对两处的比较基数。")))
