"""`narrative_arithmetic`: the narrative's own sums, read sentence by sentence within a paragraph.

A stated change against this year's figure minus the earlier year's, a change rate against the change
over the earlier figure, a share (占…) against the part over its whole, and 原值 - 累计折旧 = 净值.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .audit import ARITH_TOL, Audit, fmt
from .document import TO_WAN, Fact
from .template import core, plain


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


def _change_amount(audit: Audit, f: Fact, cur: Fact, prior: Fact) -> None:
    c, p = _in_unit(cur, f.unit), _in_unit(prior, f.unit)
    actual = c - p
    in_direction = -actual if f.direction == "减少" else actual
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
    ok = any(abs(stated - d / p * 100) <= ARITH_TOL for d in changes)
    audit.checks += 1
    if ok:
        return
    name = plain(prior.label) or prior.subject
    word = f.label if f.label and not f.label[0].isdigit() else (f.direction or "变动")
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
