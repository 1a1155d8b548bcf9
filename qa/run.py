"""Run a plan on its documents: each operation as a small function of executor results.

    outcome = run(plan, executor)     -> Outcome | Problem

An `Outcome` holds the answer's value, unit and items, and the rows it used in every document
(`refs`), ready to be worded (`qa.compose`) and cited (`qa.evidence`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .answer import Item
from .execute import _DOWN, MONEY, Executor, Figure, Problem, Ref, Row, RowSet
from .lexicon import concept, weak_aliases
from .normalize import fmt_number, norm
from .plan import Plan, Target
from .reading import synonyms


@dataclass(frozen=True)
class Outcome:
    plan: Plan
    label: str
    value: float | None
    unit: str | None
    refs: tuple[Ref, ...]
    items: tuple[Item, ...] = ()
    text: str | None = None  # a text answer (person, phone, period) or the winner of a ranking
    kind: str = "amount"  # amount | percent | count | headcount | text | list | times
    computed: bool = False  # computed from several cells (a sum, a share, a difference …)
    operands: tuple[float, ...] = ()  # numbers the value was computed from (each also cited)
    note: str = ""
    parts: tuple[Outcome, ...] = ()
    per_doc: tuple[tuple[str, Outcome], ...] = ()
    facts: tuple[dict, ...] = field(default_factory=tuple)  # narrative figures used (their sentences are quoted)
    chart: bool = False
    signed: float | None = None  # the value before a decrease asked as its size was made positive ('降了多少')


def convert(value: float, unit: str | None, want: str | None) -> float:
    if unit in MONEY and want in MONEY:
        return value * MONEY[unit] / MONEY[want]
    return value


def _money_unit(units: list[str | None]) -> str | None:
    """A common unit for amounts from tables in different units: the largest (元 and 万元 -> 万元)."""
    ms = [u for u in units if u in MONEY]
    if not ms:
        return units[0] if units else None
    return max(ms, key=lambda u: MONEY[u])


def same_reading(plan: Plan, other: Plan) -> bool:
    """Do two plans ask the same thing of different tables ('公务接待费' as a row of one template's
    expenditure table and as a column of another's 三公 table)? Same operation, answer and words, another
    target (the same target would find nothing again)."""
    a, b = plan.target, other.target
    return (other.op == plan.op and other.answer == plan.answer and not plan.parts and not other.parts
            and a is not None and b is not None and a != b and bool(a.words) and a.words == b.words)


def _run_doc(plan: Plan, doc: str, ex: Executor, alternatives: tuple[Plan, ...]) -> Outcome | Problem:
    """The plan on one document; where that document's tables hold the figure another way, that reading."""
    o = run_one(plan, doc, ex)
    if not isinstance(o, Problem):
        return o
    for alt in alternatives:
        if same_reading(plan, alt):
            o2 = run_one(alt, doc, ex)
            if not isinstance(o2, Problem):
                return o2
    return o


def run(plan: Plan, ex: Executor, alternatives: tuple[Plan, ...] = ()) -> Outcome | Problem:
    """The plan on every document it names; documents combine as `plan.across` says.

    Documents of different templates may hold one figure in different tables: a document the plan
    finds nothing in is read with the first of `alternatives` that asks the same thing (`same_reading`).
    """
    docs = plan.docs
    if not docs:
        return Problem("missing", "没有可查的文件。")
    if len(docs) == 1 or plan.across == "one":
        return run_one(plan, docs[0], ex)
    results: list[tuple[str, Outcome]] = []
    problems: list[Problem] = []
    for d in docs:
        o = _run_doc(plan, d, ex, alternatives)
        if isinstance(o, Problem):
            problems.append(o)
        else:
            results.append((d, o))
    if plan.across in ("max", "min", "sum", "diff", "change", "ratio", "gap", "pool") and len(results) < len(docs):
        return problems[0] if problems else Problem("missing", "有的文件中找不到这一项，无法比较。")
    if not results:
        return problems[0]
    if plan.across == "each" and len(results) == 1:
        d, o = results[0]  # only one document has it: its answer, read as a question about that document
        return replace(o, plan=plan.with_docs((d,), "one"))
    if plan.across == "each":
        return Outcome(plan, results[0][1].label, None, None, tuple(r for _, o in results for r in o.refs),
                       kind="per_doc", per_doc=tuple(results))
    values = [(d, o) for d, o in results if o.value is not None]
    if len(values) < len(results):
        return Problem("missing", "有的文件中这一项不是数字，无法比较。")
    unit = _money_unit([o.unit for _, o in values])
    conv = [(d, o, convert(o.value, o.unit, unit)) for d, o in values]
    refs = tuple(r for _, o in results for r in o.refs)
    if plan.across == "pool" and plan.op == "top":
        # every document's top rows ranked together; the rows of each document that made it are cited
        merged = sorted(((v_item, i, d, o) for d, o, _ in conv for i in o.items if i.value is not None
                         for v_item in [convert(i.value, i.unit or o.unit, unit)]),
                        key=lambda x: x[0], reverse=not plan.ascending)[: max(1, plan.n or 1)]
        by_doc = dict(results)
        refs = tuple(r for d in dict.fromkeys(d for _v, _i, d, _o in merged) for r in by_doc[d].refs)
        items = tuple(Item(i.label, v, unit) for v, i, _d, _o in merged)
        return Outcome(plan, values[0][1].label, items[0].value if items else None, unit, refs, items=items,
                       text=items[0].label if items else None, kind="list", chart=True,
                       per_doc=tuple((d, o) for d, o, _ in conv))
    if plan.across == "pool" and plan.op in ("max", "min"):
        # every document's rows ranked together: the best of each document's best
        pick = (max if plan.op == "max" else min)(conv, key=lambda x: x[2])
        ranked = sorted(conv, key=lambda x: x[2], reverse=plan.op == "max")
        refs = pick[1].refs + tuple(r for r in refs if r not in pick[1].refs)
        return Outcome(plan, pick[1].label, pick[2], unit, refs, items=tuple(Item(o.text or "", v, unit)
                       for _d, o, v in ranked), text=pick[1].text, per_doc=tuple((d, o) for d, o, _ in ranked),
                       chart=True)
    if plan.across in ("max", "min"):
        pick = (max if plan.across == "max" else min)(conv, key=lambda x: x[2])
        items = tuple(Item(d, v, unit if unit in MONEY else o.unit)  # '2台' stays 台 beside '7辆'
                      for d, o, v in sorted(conv, key=lambda x: -x[2]))
        refs = pick[1].refs + tuple(r for r in refs if r not in pick[1].refs)  # the answer's own rows first
        return Outcome(plan, pick[1].label, pick[2], unit, refs, items=items, text=pick[0], kind=pick[1].kind,
                       per_doc=tuple((d, o) for d, o, _ in conv), chart=True)
    if plan.across == "sum":
        # (counts summed across documents stay counts: '两家编报绩效目标的项目一共多少个')
        kind = values[0][1].kind if len({o.kind for _, o in values}) == 1 and \
            values[0][1].kind in ("count", "headcount") else "amount"
        total = round(sum(v for *_, v in conv), 6)
        return Outcome(plan, values[0][1].label, total, unit, refs, computed=True, kind=kind,
                       operands=tuple(v for *_, v in conv), per_doc=tuple((d, o) for d, o, _ in conv))
    if plan.across == "gap" and len(conv) >= 2:
        # (of more than two documents, the highest less the lowest: '三家…最高的和最低的差多少')
        ranked = sorted(conv, key=lambda x: -x[2])
        (d1, o1, v1), (d2, o2, v2) = ranked[0], ranked[-1]
        refs = o1.refs + o2.refs + tuple(x for x in refs if x not in o1.refs + o2.refs)
        return Outcome(plan, o1.label, round(v1 - v2, 6), unit, refs, computed=True, operands=(v1, v2),
                       per_doc=((d1, o1), (d2, o2)),
                       items=tuple(Item(d, v, unit) for d, _o, v in ranked) if len(conv) > 2 else ())
    if plan.across == "ratio" and len(conv) == 2:
        (d1, o1, v1), (d2, o2, v2) = conv
        if not v2:
            return Problem("missing", "作为除数的数字为零。")
        return Outcome(plan, o1.label, round(v1 / v2, 4), "倍", refs, kind="times", computed=True, operands=(v1, v2),
                       per_doc=((d1, o1), (d2, o2)))
    if plan.across in ("diff", "change") and len(conv) == 2:
        (d1, o1, v1), (d2, o2, v2) = conv
        if plan.answer == "percent" and o1.unit == "%" and o2.unit == "%":
            # two shares compared ('项目支出占比差几个百分点'): their difference in points, not a rate of a rate
            return Outcome(plan, o1.label, round(v1 - v2, 4), "%", refs, kind="percent", computed=True,
                           operands=(v1, v2), per_doc=((d1, o1), (d2, o2)))
        if plan.answer == "percent":
            if not v2:
                return Problem("missing", "上一年度的数字为零，无法计算增长率。")
            value = round((v1 - v2) / v2 * 100, 4)
            return Outcome(plan, o1.label, value, "%", refs, kind="percent", computed=True, operands=(v1, v2),
                           per_doc=((d1, o1), (d2, o2)))
        return Outcome(plan, o1.label, round(v1 - v2, 6), unit, refs, computed=True, operands=(v1, v2),
                       per_doc=((d1, o1), (d2, o2)))
    return Problem("missing", "无法在这些文件之间比较。")


def run_one(plan: Plan, doc: str, ex: Executor) -> Outcome | Problem:
    op = plan.op
    if op in ("lookup", "attribute"):
        return _figure(plan, plan.target, doc, ex)
    if op in ("share", "diff", "ratio", "sum", "compound") and plan.parts:
        return _combine(plan, doc, ex)
    if op == "change":
        return _change(plan, doc, ex)
    if op in ("list", "count", "max", "min", "top", "nth", "threshold", "breakdown", "sum"):
        return _set(plan, doc, ex)
    return Problem("missing", "无法回答这种问题。")


def _figure(plan: Plan, t: Target | None, doc: str, ex: Executor) -> Outcome | Problem:
    if t is None:
        return Problem("missing", "问题没有指明要查的数字。")
    f = ex.figure(t, doc)
    if isinstance(f, Problem) and t.fact and t.year and not t.change:
        f = _prior_from_change(t, doc, ex) or f
    if isinstance(f, Problem):
        return f
    return _outcome(plan, f)


def _inside_others(outs: list[Outcome]) -> dict[int, int]:
    """The operands whose cited rows are all among another operand's ('总部经济（区级加市级）一共' read as the two
    levels' sum plus 市级): each with the one that holds them."""
    inside = {}
    for i, o in enumerate(outs):
        j = next((j for j, x in enumerate(outs) if j != i and o.refs and set(o.refs) < set(x.refs)), None)
        if j is not None:
            inside[i] = j
    return inside


def _prior_from_change(t: Target, doc: str, ex: Executor) -> Figure | None:
    """An earlier year's figure the text does not print but gives by its change ('财政拨款收入A万元，比2023年预算
    减少B万元': 2023年 A+B万元), from the level and the change one sentence states."""
    delta = ex.fact(replace(t, year=None, change=True, fact_kind="amount"), doc)
    if isinstance(delta, Problem) or delta.value is None or (delta.fact or {}).get("compare_year") != t.year:
        return None
    sentence, label = (delta.fact or {}).get("sentence"), (delta.fact or {}).get("label") or ""
    level = ex.level_in(doc, sentence, label)
    if level is None or level.value is None or level.unit != delta.unit or level.unit not in MONEY:
        return None
    if not any(norm(w) == norm(label) for w in t.fact):
        # the change is stated of a part of the figure asked ('收入预算N万元，其中财政拨款收入N万元，比上年增加…'):
        # it is the change of the whole only when the part is all of it this year
        whole = ex.fact(replace(t, year=None), doc)
        if isinstance(whole, Problem) or whole.value is None or whole.unit != level.unit or \
                abs(whole.value - level.value) > 1e-6:
            return None
    down = str((delta.fact or {}).get("direction") or "").startswith(_DOWN)
    prior = round(level.value + delta.value if down else level.value - delta.value, 6)
    if prior <= 0:
        return None
    return Figure(f"{t.year}年{label}", prior, level.unit, level.refs + tuple(r for r in delta.refs if r not in level.refs),
                  computed=True, parts=(level.value, delta.value),
                  note=f"{fmt_number(level.value)}{level.unit}，比{t.year}年{'减少' if down else '增加'}"
                       f"{fmt_number(delta.value)}{level.unit}：{t.year}年 = {fmt_number(level.value)} "
                       f"{'+' if down else '−'} {fmt_number(delta.value)}",
                  fact={"sentence": sentence, "label": label})


def _outcome(plan: Plan, f: Figure) -> Outcome:
    kind = f.kind if f.kind != "amount" or f.unit in MONEY or f.unit is None else "count"
    if f.text is not None and f.value is None:
        kind = "text"
    return Outcome(plan, f.label, f.value, f.unit, f.refs, text=f.text, kind=kind, computed=f.computed,
                   operands=f.parts, note=f.note, facts=(f.fact,) if f.fact else ())


def _combine(plan: Plan, doc: str, ex: Executor) -> Outcome | Problem:
    outs: list[Outcome] = []
    for p in plan.parts:
        o = run_one(p, doc, ex)
        if isinstance(o, Problem):
            if plan.op == "compound":
                return replace(o, message=f"“{p.target.label() if p.target else ''}”：{o.message}")
            return o
        if p.target is not None and p.target.section and p.target.concept and o.label == p.target.concept:
            o = replace(o, label=f"{'、'.join(p.target.section)}{o.label}")  # ('某专项经费项目总预算': whose total it is)
        if plan.op == "compound" and any((x.value, x.unit, x.text, x.refs) == (o.value, o.unit, o.text, o.refs) or (
                x.value is not None and (x.value, x.unit, x.label) == (o.value, o.unit, o.label)) for x in outs):
            # ('合同签几年？合同总额…各多少' read twice as the term): a part answered as another is a part not read
            return Problem("missing", f"“{p.target.label() if p.target else ''}”：没能读出与前一问不同的内容。")
        if plan.op in ("sum", "diff", "share", "ratio") and any(
                (x.value, x.unit, x.refs) == (o.value, o.unit, o.refs) and x.label == o.label for x in outs):
            # ('公车那块（购置加运行）一共多少' read as one figure twice): the same figure is not two operands
            return Problem("missing", f"“{p.target.label() if p.target else ''}”：与另一项读成了同一个数字，无法计算。")
        outs.append(o)
    refs = tuple(r for o in outs for r in o.refs)
    facts = tuple(f for o in outs for f in o.facts)
    if plan.op == "compound":
        return Outcome(plan, "；".join(o.label for o in outs), None, None, refs, kind="list", parts=tuple(outs),
                       facts=facts)
    if any(o.value is None for o in outs):
        return Problem("missing", "其中一项不是数字，无法计算。")
    money = all(o.unit in MONEY for o in outs)
    unit = _money_unit([o.unit for o in outs]) if money else outs[0].unit
    vals = [convert(o.value, o.unit, unit) if money else o.value for o in outs]
    if not money and len({o.unit for o in outs}) > 1:
        return Problem("missing", "两个数字的单位不同，无法计算。")
    if plan.op == "share":
        a, b = vals
        if not b:
            return Problem("missing", "作为分母的数字为零，无法计算比例。")
        if a > b * 1.000001 and a > 0 and b > 0:  # a part larger than its whole: the two are not part and whole
            return Problem("missing", "这两个数字不是部分与整体的关系，无法计算占比。")
        return Outcome(plan, f"{outs[0].label}占{outs[1].label}的比例", round(a / b * 100, 4), "%", refs,
                       kind="percent", computed=True, operands=(a, b), parts=tuple(outs), facts=facts)
    if plan.op == "ratio":
        a, b = vals
        if not b:
            return Problem("missing", "作为除数的数字为零。")
        return Outcome(plan, f"{outs[0].label}是{outs[1].label}的倍数", round(a / b, 4), "倍", refs, kind="times",
                       computed=True, operands=(a, b), parts=tuple(outs), facts=facts)
    if plan.op == "diff":
        a, b = vals
        # a row a ranking found is named by its own label ('最贵的比第二贵的': 某项目比某项目)
        outs = [replace(o, label=o.text) if o.plan.op in ("max", "min", "nth", "top") and o.text else o for o in outs]
        return Outcome(plan, f"{outs[0].label}比{outs[1].label}", round(a - b, 6), unit, refs, computed=True,
                       operands=(a, b), parts=tuple(outs), facts=facts)
    note = ""
    if within := {**_inside_others(outs), **_within_others(outs, ex)}:
        # '住房方面的支出，就是公积金加购房补贴那些，一共多少': a class summed with rows under it counts them twice;
        # the class holds them already (as an operand whose rows another operand cites holds them)
        note = f"{'、'.join(outs[i].label for i in within)}已包含在{'、'.join(dict.fromkeys(outs[j].label for j in within.values()))}中，不重复相加"
        outs = [o for i, o in enumerate(outs) if i not in within]
        vals = [v for i, v in enumerate(vals) if i not in within]
    total = round(sum(vals), 6)
    return Outcome(plan, "、".join(o.label for o in outs) + "合计", total, unit, refs, computed=True,
                   operands=tuple(vals), parts=tuple(outs), facts=facts, note=note)


def _class_named(o: Outcome) -> tuple[str, str, str] | None:
    """The classification the operand's plan names by its code, and names alone ('住房保障支出', func 221), as (doc,
    scheme, code)."""
    t = o.plan.target
    named = list(t.filters) if t is not None and not t.within else []
    if len(named) != 1 or not named[0].code or not named[0].role.endswith("_name") or not o.refs:
        return None
    return (o.refs[0].doc_id, named[0].role[: -len("_name")], named[0].code)


def _within_others(outs: list[Outcome], ex: Executor) -> dict[int, int]:
    """The operands whose classification row lies under another operand's (住房公积金 2210201 under 住房保障支出
    221, in one document and scheme; a row of the same name in another scheme counts as it): each with the one it
    lies under."""
    wholes = [_class_named(o) or ex.class_of(o.refs[:1]) or ex.class_of(o.refs) for o in outs]
    within = {}
    for i, o in enumerate(outs):
        named = ex.classes_named(o.refs)
        for j, b in enumerate(wholes):
            if b and i != j and b not in named and any(
                    a[:2] == b[:2] and len(a[2]) > len(b[2]) and a[2].startswith(b[2]) for a in named):
                within[i] = j
                break
    return within


def _change(plan: Plan, doc: str, ex: Executor) -> Outcome | Problem:
    """A change against the prior year, as the narrative states it (the only source of last year's figures)."""
    base = plan.parts[0].target if plan.parts else plan.target
    if base is None:
        return Problem("missing", "问题没有指明要比较的数字。")
    words = [*base.fact, *(f.value for f in base.filters + base.within), *base.words]
    if base.concept:
        words.append(base.concept.strip("“”"))
        weak = weak_aliases()
        c = concept(base.concept)
        if any(w in weak for w in words) or (c and c.whole):
            # '今年预算比去年涨了多少', '预算总盘子比去年多了多少': the figure by the names the text gives it
            words += [a for a in (c.aliases if c else ()) if a not in weak and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", a)]
    # (the text may state it under its longer name: 政府性基金预算拨款 -> 政府性基金预算财政拨款收入)
    words += [w.replace(a, b) for w in words for a, b in synonyms()["expand"] if len(a) >= 4 and a in w and b not in w]
    words = [w for w in dict.fromkeys(words) if w]
    if not words:
        return Problem("missing", "问题没有指明要比较的数字。")
    if plan.answer == "times":  # this year's figure over the earlier one its own sentence gives by its change
        rate = _rate_from_amounts(plan, tuple(words), doc, ex)
        if isinstance(rate, Problem):
            return rate
        level, _change_size, prior = rate.operands
        return replace(rate, value=round(level / prior, 4), unit="倍", kind="times",
                       note=f"{rate.note.split('；')[0]}；倍数 = {fmt_number(level)} ÷ {fmt_number(prior)}")
    if plan.answer == "percent" and plan.base:
        # '…以2022年为基数，下降了百分之几': computed from the two levels the text states, never the rate it states
        return _rate_from_amounts(plan, tuple(words), doc, ex, plan.base)
    # ('公务用车比2024年少了几辆': a change in the count, never in money)
    kind = plan.answer if plan.answer in ("percent", "count", "headcount") else (
        base.fact_kind if base.fact_kind in ("count", "headcount") else None)  # ('公务用车数量…少了几辆': its count)
    f = ex.fact(Target(fact=tuple(words), fact_kind=kind, change=True), doc)
    if isinstance(f, Problem) and kind in ("count", "headcount"):
        return Problem("missing", "文件中没有说明这一数量与上一年相比的变化。")
    if isinstance(f, Problem) and kind is None:
        f = ex.fact(Target(fact=tuple(words), fact_kind="amount", change=True), doc)
    if isinstance(f, Problem):
        f = ex.item_change(doc, tuple(words), plan.answer == "percent")
    if isinstance(f, Problem) and plan.answer == "percent":
        return _rate_from_amounts(plan, tuple(words), doc, ex)
    if isinstance(f, Problem):
        return Problem("missing", "文件中没有说明这一项与上一年相比的变化。")
    if base.concept and c and c.whole and not _of_the_whole(f, base, c, doc, ex):
        return Problem("missing", "文件中说明的变化是另一个数字的（不是预算总额的），无法回答这个问题。")
    return _outcome(plan, f)


def _of_the_whole(f: Figure, base: Target, c, doc: str, ex: Executor) -> bool:
    """Is a change the text states that of the budget as a whole? Its figure is named so, or the level its
    sentence states beside it is the whole budget's ('收入预算A万元，其中：财政拨款收入A万元，比上年增加B万元')."""
    label = norm((f.fact or {}).get("label") or "")
    if not label or label in {norm(a) for a in c.aliases}:
        return True
    level = ex.level_in(doc, (f.fact or {}).get("sentence"), (f.fact or {}).get("label") or "")
    whole = ex.concept(Target(concept=base.concept), doc)
    if level is None or isinstance(whole, Problem) or level.value is None or whole.value is None or \
            level.unit not in MONEY or whole.unit not in MONEY:
        return False
    return abs(level.value * MONEY[level.unit] - whole.value * MONEY[whole.unit]) < 0.5 * MONEY[level.unit] / 100



def _rate_from_amounts(plan: Plan, words: tuple[str, ...], doc: str, ex: Executor,
                       base: int | None = None) -> Outcome | Problem:
    """A growth rate the text does not state, from the level and the change one sentence states ('收入预算
    A万元，比上年预算增加B万元'): change / (level - change); `base`: the year the change must be against."""
    missing = Problem("missing", "文件中没有说明这一项与上一年相比的变化。")
    delta = ex.fact(Target(fact=words, fact_kind="amount", change=True), doc)
    level = ex.fact(Target(fact=words, fact_kind="amount"), doc)
    if isinstance(delta, Problem) or isinstance(level, Problem) or delta.value is None or level.value is None:
        return missing
    if base is not None and (delta.fact or {}).get("compare_year") not in (base, None):
        return Problem("missing", f"文件中说明的变化不是与{base}年相比的。")
    sentence = (delta.fact or {}).get("sentence")
    if sentence != (level.fact or {}).get("sentence"):
        # the level the change's own sentence states ('…收入1,045.00万元，…比2024年420.00万元增加625.00万元')
        level = ex.level_in(doc, sentence, (delta.fact or {}).get("label") or "") or level
    if sentence != (level.fact or {}).get("sentence") or delta.unit != level.unit:
        return missing  # the level and its change must be the same sentence's, or they may be of different things
    down = str((delta.fact or {}).get("direction") or "").startswith(_DOWN)
    change = -abs(delta.value) if down else abs(delta.value)
    prior = round(level.value - change, 6)
    if prior <= 0:
        return missing
    rate = round(change / prior * 100, 4)
    return Outcome(plan, level.label, rate, "%", level.refs + tuple(r for r in delta.refs if r not in level.refs),
                   kind="percent", computed=True, operands=(level.value, abs(change), prior),
                   note=f"{fmt_number(level.value)}{level.unit}，比上年{'减少' if down else '增加'}"
                        f"{fmt_number(abs(change))}{level.unit}，上年 {fmt_number(prior)}{level.unit}；"
                        f"变化率 = {fmt_number(abs(change))} ÷ {fmt_number(prior)}",
                   facts=tuple(x for x in (level.fact, delta.fact) if x))


def _line_items(items: RowSet, doc: str, ex: Executor) -> RowSet | Problem:
    """The amounts each item's own section lists ('其中支持外贸发展370.00万，…'), in place of the items' totals."""
    out: list[Row] = []
    for item in items.rows:
        parts = ex.fact_rows(Target(section=(item.label,)), doc)
        if isinstance(parts, Problem):
            return Problem("missing", f"“{item.label}”的说明没有分项列出金额。", refs=(item.ref,))
        out += parts.rows
    return RowSet(f"{items.label}的细项", "万元", tuple(out))


def _set(plan: Plan, doc: str, ex: Executor) -> Outcome | Problem:
    if plan.target is None and plan.set_of is None:
        return Problem("missing", "问题没有指明要数或列出的是哪些行。")  # never every row of the first table
    t = plan.target or Target()
    level = plan.level if plan.set_of != "changed" else None
    group = None
    if level is not None and plan.set_of in ("func_name", "econ_name"):
        group = plan.set_of[:-5]
    if plan.by_indicator:
        # the projects whose indicators of a kind state a percentage (each by its highest or lowest, when so ranked)
        rs = ex.indicator_rows(t, doc, {"max": "max", "min": "min"}.get(plan.op))
    elif plan.set_of == "narrative":
        rs = ex.narrative_items(doc, t.section)  # the items the text describes one section each
        if isinstance(rs, RowSet) and plan.said_count and plan.said_count != len(rs.rows):
            return Problem("missing", f"问题说的是 {plan.said_count} 个专项，说明文字分项介绍的有 {len(rs.rows)} 个，"
                                      "对不上，请说明是哪几个。", refs=tuple(r.ref for r in rs.rows))
        if isinstance(rs, RowSet) and plan.label:  # ('哪几个专项是政策资金': the items whose heading says so)
            kept = tuple(x for x in rs.rows if plan.label in x.label)
            if not kept:
                return Problem("missing", f"说明文字分项介绍的专项中，没有标明“{plan.label}”的。")
            rs = replace(rs, rows=kept)
        if isinstance(rs, RowSet) and plan.leaf:
            rs = _line_items(rs, doc, ex)
    elif plan.set_of == "project_name" and plan.op in ("max", "min", "top", "nth", "threshold", "list") and \
            t.table_kind == "projects" and not (
            t.filters or t.within or t.measure or t.exclude or t.nonzero or t.zero) \
            and not ex.tables(doc, "projects") and not ex.tables(doc, "performance"):
        # '哪些项目超过600万元' of a budget that lists no projects in a table: the projects its text describes one
        # section each ('某经费情况说明'), by the total each states, when the text says it has that many projects
        # (so that they are all of them); never counted or summed, which the figures the text states answer
        rs = ex.narrative_items(doc)
        if isinstance(rs, RowSet) and ex.stated_count(doc, len(rs.rows), _SET_NOUN["project_name"]) is None:
            return Problem("missing", "文件没有项目表，说明文字分项介绍的也不是它的全部项目。")
    elif plan.set_of == "explained":  # the 科目 the text explains, by the amount it states of each
        rs = ex.explained_items(doc)
    elif plan.set_of == "changed" and plan.before:
        # the 项 of two budgets of one department, by the rate from the earlier budget's table to this one's
        # ('哪些类级科目减少了': the 类 of the two tables)
        rs = ex.changed_between(doc, plan.before, plan.direction or "up", tuple(f.value for f in t.within),
                                plan.level or 3)
    elif plan.set_of == "changed":  # the 科目 the text explains, by the rate of change it states of each
        if plan.level == 1:  # (the text's rates are of 项, never of the 类 asked)
            return Problem("missing", "说明文字没有逐类说明增减幅度。")
        rs = ex.changed_items(doc, plan.direction or "up", tuple(f.value for f in t.within),
                              "amount" if plan.by_amount else "rate")  # ('减少金额最多': in 万元)
    elif plan.stated:
        rs = ex.stated_parts(t, doc)  # the parts the text lists of a figure it states
    elif t.section and not t.filters and not t.within:
        if plan.set_of in ("unit_name", "project_name"):  # '哪个单位的收入预算最少': a section lists no units
            return Problem("missing", "说明文字列出的不是各单位或各项目的金额，无法按单位或项目比较。")
        rs = ex.fact_rows(t, doc)  # the amounts a narrative section lists
        if plan.op == "count" and not isinstance(rs, Problem):
            # ('某专项里面分了几块'): counted only when the parts add up to the total its section states, so that
            # every amount counted is one of its parts
            whole = ex.figure(Target(concept="项目总预算", section=t.section), doc)
            if isinstance(whole, Problem) or whole.value is None or whole.unit not in MONEY or len(rs.rows) < 2 or \
                    any(r.value is None for r in rs.rows) or abs(sum(r.value for r in rs.rows) -
                                                                   convert(whole.value, whole.unit, rs.unit)) > 0.005:
                return Problem("missing", "说明文字没有逐项列出，无法计数。")
        if plan.op == "breakdown" and not isinstance(rs, Problem) and len(rs.rows) < 2:
            return Problem("missing", "说明文字没有列出它的组成部分。")  # (its one figure is no breakdown of it)
    else:
        rs = ex.rows(t, doc, group=group, level=level if group else None, set_of=plan.set_of,
                     split=plan.op == "breakdown" and level is None and plan.set_of in (None, "func_name", "econ_name"))
        if isinstance(rs, Problem) and group:
            rs = ex.rows(t, doc, set_of=plan.set_of)
        if isinstance(rs, Problem) and t.table_kind == "performance" and plan.set_of == "project_name" and \
                any(f.role == "unit_name" for f in t.filters):
            # '绩效目标表里，某单位负责的项目有哪些': a performance form names no unit; the unit's projects (as the
            # projects table lists them) that the form has
            listed = ex.rows(replace(t, table_kind="projects"), doc, set_of=plan.set_of)
            has = ex.names_in(doc, "performance")
            if not isinstance(listed, Problem) and listed.rows and all(
                    norm(re.sub(r"[（(]\d{4}[)）]$", "", r.label)) in has or norm(r.label) in has for r in listed.rows):
                rs = listed
    if isinstance(rs, Problem):
        return rs
    inside = {norm(f.value) for f in t.within}
    if inside and rs.rows and all(norm(r.label) in inside or _bare_label(r.label) in inside for r in rs.rows):
        # ('某类下面分了哪几款' read at the class's own level): the row itself is none of its parts
        return Problem("missing", "没有找到所问那一项下面的明细。")
    # (indicators listed or counted by their kind, over every project, have no amount: '有哪些时效指标'; those of one
    # project are read with their values, as its attribute)
    rows = [r for r in rs.rows if r.status != "missing" or plan.set_of == "indicator" and plan.op in ("list", "count")
            and r.value is None and not (plan.lo is not None or plan.hi is not None) and not t.within]
    named = {norm(f.value) for f in t.filters}
    if plan.op in ("max", "min", "top", "nth", "list", "threshold", "count") and named and rows and all(
            _bare_label(r.label) in named or _bare_label(re.sub(r"[（(]\d{4}[)）]$", "", r.label)) in named for r in rows):
        # ('某项目的数量指标都有啥' listed as the project itself: the rows found are what the question named)
        # '行政运行的办公经费里，排前三的是哪几项': the rows found are the named row itself, no parts of it to rank
        return Problem("missing", "没有找到所问那一项下面可以排序的明细。")
    bad = [r for r in rows if r.status == "unreadable"]
    if bad and plan.op != "list":
        return Problem("unreadable", "有的金额无法读取（不是规范的数字），无法排序或合计。", refs=tuple(r.ref for r in bad))
    unit = rs.unit
    label = rs.label
    if plan.set_of == "project_name" and t.filters and label and "项目" not in label and \
            all(f.role in ("ind_l1", "ind_l2", "indicator") for f in t.filters):
        label = f"有{label}的项目"  # ('设置了满意度指标的是哪些项目': the projects, never the indicators)
    bounded = plan.lo is not None or plan.hi is not None
    if bounded:  # the rows within a bound, whatever is then done with them (counted, listed, ranked)
        lo = plan.lo / _scale(unit) if plan.lo is not None else None
        hi = plan.hi / _scale(unit) if plan.hi is not None else None
        rows = [r for r in rows if r.value is not None and _within(r.value, lo, hi, plan.inclusive)]
    if plan.op in ("count", "list", "breakdown") and t.measure and any(r.value for r in rows):
        # '用政府性基金安排的项目有几个': the rows with a figure in the column named, not those left blank in it
        # ('项目支出分布在哪几个类上': the classes that have some of it)
        rows = [r for r in rows if r.value]
    if plan.op == "count":
        refs = ((rs.total_ref,) if rs.total_ref and not bounded and not t.within else ()) + tuple(
            x for r in rows for x in r.refs())
        noun = _SET_NOUN.get(plan.set_of or "")
        said = ex.stated_count(doc, len(rows), noun) if noun and not bounded and not t.filters and not t.within \
            else None
        refs = ((said,) if said else ()) + refs  # the text states the same count: cited first
        # the class's own row (looked up once): '某类一共列了多少个明细科目' sums to it, '某类里超过50万元的科目有几个'
        # counts among it
        summed = (t.filters or t.within) and not bounded and plan.set_of in ("func_name", "econ_name") and \
            len(rows) >= 2 and all(r.value is not None for r in rows)
        whole = ex.figure(Target(table_kind=t.table_kind, filters=t.filters or t.within,
                                 within=t.within if t.filters else ()), doc) \
            if summed or bounded and rows and t.within and not t.filters else None
        if summed and isinstance(whole, Figure) and whole.value is not None and whole.unit == unit and \
                len(whole.refs) == 1 and whole.refs[0] not in refs and \
                abs(whole.value - sum(r.value for r in rows)) <= 0.005 * max(1.0, abs(whole.value)) / 100:
            # '某类一共列了多少个明细科目', '某类下面列了几个': the class's own row, when it prints the sum of the rows
            # counted, cited first
            refs = whole.refs + refs
        if bounded and rows:
            # '某类里超过50万元的科目有几个', '项目支出表里超过100万元的项目有几个': the rows counted, then what they were
            # picked from (the class's own row, or the table's total), cited last
            among = whole.refs if isinstance(whole, Figure) and len(whole.refs) == 1 else \
                (rs.total_ref,) if rs.total_ref and not t.within and not t.filters else ()
            refs = refs + tuple(x for x in among if x not in refs)
        return Outcome(plan, label, float(len(rows)), "个", refs, items=_items(rows, unit), kind="count",
                       computed=True)
    if plan.op == "sum":
        vals = [r.value or 0.0 for r in rows]
        refs = tuple(x for r in rows for x in r.refs())
        printed = ex.printed_row(doc, t, round(sum(vals), 6), unit) if len(rows) > 1 and not bounded and not t.measure \
            else None
        # '某类那几个项目加起来': the class's own row prints the same sum, cited first
        return Outcome(plan, label, round(sum(vals), 6), unit, ((printed,) if printed else ()) + refs,
                       items=_items(rows, unit), computed=len(rows) > 1, operands=tuple(vals))
    if plan.op == "list":
        return Outcome(plan, label, float(len(rows)), "个", tuple(x for r in rows for x in r.refs()), items=_items(rows, unit),
                       kind="list", computed=True)
    if plan.op == "breakdown":
        total = round(sum(r.value or 0.0 for r in rows), 6)
        ordered = sorted(rows, key=lambda r: -(r.value or 0.0))
        return Outcome(plan, label, total, unit, tuple(x for r in ordered for x in r.refs()), items=_items(ordered, unit),
                       kind="list", computed=True, chart=True)
    numeric = [r for r in rows if r.value is not None]
    if t.measure and (plan.ascending or plan.op == "min"):
        # ('公用经费里金额最小的是哪一项'): a row with nothing in the column asked is none of its items
        numeric = [r for r in numeric if r.value]
    if plan.op == "threshold":
        keep = sorted(numeric, key=lambda r: -(r.value or 0.0))
        return Outcome(plan, label, float(len(keep)), "个", tuple(x for r in keep for x in r.refs()), items=_items(keep, unit),
                       kind="list", computed=True, chart=bool(keep))
    ordered = sorted(numeric, key=lambda r: (r.value or 0.0), reverse=not plan.ascending and plan.op != "min")
    if not ordered:
        return Problem("missing", "没有可排序的金额。")
    if plan.op in ("max", "min"):
        best = ordered[0]
        ties = [r for r in ordered if r.value == best.value]
        return Outcome(plan, label, best.value, unit, tuple(x for r in ties for x in r.refs()),
                       items=_items(ordered[:10], unit),
                       text="、".join(r.label for r in ties), chart=True)
    if plan.op == "top":
        n = max(1, min(plan.n or 1, len(ordered)))
        top = ordered[:n]
        value = top[0].value
        if plan.summed:  # '排前三的项目加起来多少钱': the sum of the rows ranked, never the first alone
            if any(r.value is None for r in top):
                return Problem("missing", "排在前面的行中有的金额无法读出，无法相加。")
            value = round(sum(r.value for r in top), 6)
        return Outcome(plan, label, value, unit, tuple(x for r in top for x in r.refs()), items=_items(top, unit),
                       text=top[0].label, kind="list", chart=True)
    if plan.op == "nth":
        n = plan.n or 1
        if n > len(ordered):
            return Problem("missing", f"一共只有 {len(ordered)} 行，没有第 {n} 名。")
        pick = ordered[n - 1]
        if t.exclude and n > 1:  # '除了A，排第二的': A counted in the ranking or not
            pick = _nth_apart(plan, doc, ex, ordered, n)
            if isinstance(pick, Problem):
                return pick
        return Outcome(plan, label, pick.value, unit, pick.refs(), items=_items(ordered[:n], unit), text=pick.label,
                       chart=True)
    return Problem("missing", "无法回答这种问题。")


def _bare_label(label: str) -> str:
    """A row's label without the code printed before it ('2080101-行政运行' -> 行政运行), as matched."""
    return norm(re.sub(r"^\d+[-\s]*", "", label))


_SET_NOUN = {"project_name": "项目", "unit_name": "单位"}  # what a count of a table's rows says it counts


def _nth_apart(plan: Plan, doc: str, ex: Executor, rest: list[Row], n: int) -> Row | Problem:
    """The Nth of rows with some left out ('除了A，排第二的是').

    When the rows left out rank above the Nth of all, the speaker put them first and asks the Nth of
    all ('除了社保就业，排第二的' is the one right after it). When both readings name the same row, it
    is the answer; otherwise the question is not clear enough to answer."""
    whole = _set(replace(plan, target=replace(plan.target, exclude=())), doc, ex)
    if not isinstance(whole, Outcome) or len(whole.items) < n:
        return Problem("ambiguous", f"无法确定排名是否包括除去的那一项，第 {n} 名不作回答。")
    kept = {(r.label, r.value) for r in rest}
    overall = [(i.label, i.value) for i in whole.items]
    if overall[n - 1] == (rest[n - 1].label, rest[n - 1].value):
        return rest[n - 1]
    above = overall[: n - 1]
    if overall[n - 1] in kept and any(x not in kept for x in above):
        return next(r for r in rest if (r.label, r.value) == overall[n - 1])
    return Problem("ambiguous", f"不清楚排名是否包括除去的那一项：算上它和不算它，第 {n} 名不同。")


def _within(v: float, lo: float | None, hi: float | None, inclusive: bool) -> bool:
    eps = 1e-9
    if lo is not None and (v < lo - eps if inclusive else v <= lo + eps):
        return False
    return not (hi is not None and (v > hi + eps if inclusive else v >= hi - eps))


def _scale(unit: str | None) -> float:
    return MONEY.get(unit or "元", 1.0)


def _items(rows: list[Row], unit: str | None) -> tuple[Item, ...]:
    return tuple(Item(r.label, r.value, unit, _items(list(r.breakdown), unit)) for r in rows)


__all__ = ["Outcome", "run", "run_one", "Problem", "RowSet"]
