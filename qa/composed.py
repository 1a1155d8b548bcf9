"""Answers made of the answers to simpler questions, each asked in turn and cited: where a named row ranks
('某补贴在所有项目里排第几'), the rest of a whole ('…不是留给小微企业的那部分'), an amount for each person or project,
and chains ('钱最多的那个是干啥的', '这三个项目加起来占…', '这两项加起来…', '这个项目的负责人总共挂了几个项目').

`Composed` is a part of `qa.engine.Engine`: its methods ask the engine's own `_ask`/`_ask_once` and refuse with
its `_refuse`, so every figure in these answers comes from the cited answers they are made of.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest import kinds
from ingest.text import norm

from . import compose
from .answer import Answer, Item
from .errors import BudgetQAError
from .execute import Executor, Ref
from .lexicon import concepts
from .normalize import MONEY as _YUAN
from .normalize import fmt_number
from .ranking import place as ranking_place
from .reading import Reading, named_pattern, named_words, read

_SAID_UNIT = {"万": "万元"}  # a unit as a person says it, as the document writes it

_RANKED_ROLES = ("project_name", "econ_name", "func_name", "item", "unit_name", "gov_econ_name")  # rows a rank is of
_RANK_DEPTH = 500  # (every row of any table: the ranking is read whole)
_THESE = named_pattern("these")
_NO_FUND_SOURCE = "没有找到问题所问这一项按资金来源分列的金额，为避免答非所问，这里不作回答。"

def _count_said(m: re.Match) -> int | None:
    """The number of things '这2项', '这俩', '两者' points back at; None for '这些', '它们'."""
    if m.group("two") or m.group("two2"):
        return 2
    return int(m.group("n")) if m.group("n") and m.group("n").isdigit() else None


def _per_text(value: float, unit: str) -> str:
    """An amount for each, to two decimals; one under a 万元 said in 元 as well ('约 0.13 万元' says too little)."""
    if unit == "万元" and abs(value) < 1:
        return f"{compose.money_text(round(value * 1e4, 2), '元')}（{fmt_number(round(value, 6))} 万元）"
    return compose.money_text(round(value, 2), unit)


def _project_of(a: Answer) -> bool:
    """Is the answer a project's own figure (looked up by its name)?"""
    return any(f.get("role") == "project_name" for f in ((a.plan or {}).get("target") or {}).get("filters") or ())


def _ratio_answer(r: Reading, parts: tuple[Answer, ...], value: float, unit: str, text: str, note: str,
                  reading: str) -> Answer:
    """An amount made by dividing the answers `parts` (each cited), as the reply to `r`."""
    plan = {"op": "ratio", "answer": "amount", "parts": [p.plan for p in parts], "note": note,
            "docs": parts[0].plan.get("docs")}
    return Answer(question=r.raw, text=text, route="sql", value=value, unit=unit,
                  citations=tuple(dict.fromkeys(c for p in parts for c in p.citations)),
                  confidence=min(p.confidence for p in parts), reading=reading, plan=plan)


def _columns_of(name: str) -> tuple[str, ...]:
    """The columns that make up the column a name says ('公务用车购置及运行维护费' -> 公务用车购置费, 公务用车运行费)."""
    key = norm(name)
    whole = next((x for x in kinds.roles() if key in {norm(y) for y in (x.label, *x.synonyms)} or
                  norm(x.label) in key and len(x.label) >= 6), None)
    if whole is None:
        return ()
    return tuple(x.label for x in kinds.roles() if x.part_of == whole.role)


class Composed:
    """The composed answers of `Engine` (see the module docstring)."""

    def _rank_of(self, r: Reading, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer | None:
        """'某补贴在所有项目里排第几': the ranking of the rows the question names, without the one named, by amount
        from the largest; that row's place in it. None when one row is not named or the ranking does not hold it."""
        m, asked = named_pattern("rank_of").search(r.key), r.raw
        if said := re.search(r"的?(?:预算)?(?:金额|数额|预算数|预算)$", r.key[: m.start()]):
            r = read(r.key[: said.start()] + r.key[m.start():])  # ('某支出的金额排第几': its amount is what is ranked)
            m = named_pattern("rank_of").search(r.key)
        u = self.planner.understand(r, scope)
        rows = [lk for lk in u.links if lk.end <= m.start() and "doc" not in lk.kinds() and any(
            t.kind == "value" and t.role in _RANKED_ROLES for t in lk.terms)]
        # (the row said last before the rank; rows said before it with 中/里 say where it is ranked)
        if not rows or any(not re.match(r"(的)?(中|里|下|里面|当中|之中)", r.key[lk.end :]) for lk in rows[:-1]):
            return None
        row = rows[-1]
        before = re.sub(r"的$", "", r.key[: row.start])
        between = re.sub(r"^(?:的)?(?:在|于)", "", r.key[row.end : m.start()])
        if (ranking := self._ask_or_none(f"{before}{between}金额最大的前{_RANK_DEPTH}个是哪些", scope, history)) is None:
            return None
        if ranking.route == "none" or (ranking.plan or {}).get("op") != "top" or not ranking.items:
            return None
        at = ranking_place(ranking.items, [t.display for t in row.terms if t.kind == "value"] + [row.text])
        if at is None:
            return None
        item = at.item
        text = (f"“{item.label}”（{compose.money_text(item.value, item.unit)}）在这 {at.of} 个中按金额从大到小"
                f"{'并列' if at.tied else ''}排第 {at.place}。")
        cited = ranking.citations[: at.index + 1]
        if len(ranking.citations) != len(ranking.items):  # items summed from rows ('类级科目'): the item's own row
            own = self._ask_or_none(f"{item.label}是多少", tuple((ranking.plan or {}).get("docs") or scope), ())
            ok = own is not None and own.route == "sql" and own.value is not None and own.unit == item.unit
            cited = own.citations[:1] if ok and abs(own.value - item.value) < 0.005 else ranking.citations
        return replace(ranking, question=asked, text=text, value=float(at.place), unit="名", items=(),
                       citations=cited,
                       reading=f"{ranking.reading or ''}；再看“{item.label}”排第几", chart=False)

    def _complement(self, r: Reading, m: re.Match, scope: tuple[str, ...],
                    history: tuple[str, ...]) -> Answer | None:
        """'预留的采购金额中，不是留给小微企业的那部分有多少': the whole less the part it names, both as stated (the
        difference of the two, each cited); None when either is not found, or the part is not smaller, or (said as
        '扣除X以后还剩') the question as asked names a figure of its own ('扣除基建项目后的项目支出')."""
        if m.re is named_pattern("complement_left") and (
                (plain := self._ask_or_none(r.text, scope, history)) is not None and plain.route != "none"):
            return None
        if (a := self._ask_or_none(f"{m['whole']}比{m['part']}多多少", scope, history)) is None:
            return None
        parts = (a.plan or {}).get("parts") or []
        if a.route == "none" or a.value is None or a.value <= 0 or (a.plan or {}).get("op") != "diff" or len(parts) != 2:
            return None
        text = f"{m['whole']}中除去{m['part']}的部分：{a.text}"
        return replace(a, question=r.raw, text=text, reading=f"{a.reading or ''}（两者之差即其余部分）")

    def _share_of_two(self, r: Reading, m: re.Match, scope: tuple[str, ...],
                      history: tuple[str, ...]) -> Answer | None:
        """'某管理处的收入预算占某局部门收入预算的比例': the part over the whole, each asked alone and cited, when the
        question read whole found no answer. None unless both are one amount of one document and the part is the
        smaller (a share of more than the whole is no share)."""
        if re.search(r"[该这那其它此]", m["whole"]) or re.search(r"[该这那其它此]", m["part"]):
            return None  # ('…占该专项总预算的百分之几': a whole the conversation names, which no part alone does)
        try:
            a = self._ask_once(read(f"{m['part']}是多少"), scope, history)
            b = self._ask_once(read(f"{m['whole']}是多少"), scope, history)
        except BudgetQAError:
            return None
        for x, ops in ((a, ("lookup", "top", "sum")), (b, ("lookup",))):
            # (the part may be rows summed: '金额最大的三个项目加起来占项目支出总额的百分之多少')
            if x.route == "none" or not x.value or x.value <= 0 or x.unit not in _YUAN or \
                    (x.plan or {}).get("op") not in ops or len((x.plan or {}).get("docs") or ()) != 1:
                return None
        if a.plan["docs"] != b.plan["docs"] or set(a.citations) == set(b.citations):
            return None
        part, whole = a.value * _YUAN[a.unit], b.value * _YUAN[b.unit]
        if part >= whole:
            return None
        share = part / whole * 100
        label_a, label_b = (x.text.split("为 ")[0].split("（来源")[0].rstrip("。") for x in (a, b))
        rows = ""
        if a.plan["op"] != "lookup":  # ('金额最大的三个项目加起来'): the rows summed, as the question says them, then each row
            label_a = f"{m['part'].strip()}（合计 {compose.money_text(a.value, a.unit)}）"
            rows = "；".join(f"{i.label}（{compose.money_text(i.value, i.unit)}）" for i in a.items if i.value is not None)
            rows = f"明细：{rows}。" if rows else ""
        text = (f"{label_a}占{label_b}的 {share:.2f}%（{compose.money_text(a.value, a.unit)} ÷ "
                f"{compose.money_text(b.value, b.unit)}）。{rows}")
        plan = {"op": "share", "answer": "percent", "parts": [a.plan, b.plan], "docs": a.plan["docs"]}
        return Answer(question=r.raw, text=text, route="sql", value=round(share, 4), unit="%",
                      citations=tuple(dict.fromkeys((*a.citations, *b.citations))),
                      confidence=min(a.confidence, b.confidence), reading=f"{a.reading or m['part']} ÷ {b.reading or m['whole']}",
                      plan=plan)

    def _per_head(self, r: Reading, per: re.Match | None, scope: tuple[str, ...],
                  history: tuple[str, ...]) -> Answer | None:
        """'离休费平均到每个离休人员是多少': the amount named, over the number of the people named, both as one
        document states them (each cited); '平均每个项目预算多少' (per None): the projects' spending over the number
        of projects. None when either is not found so (the question is then refused as an amount for each, which
        no total answers)."""
        x, y = (per["x"], per["y"] if "y" in per.re.groupindex else "") if per is not None else ("项目支出", "项目")
        whole = r.key[: named_pattern("per_project").search(r.key).start()] if per is None else ""
        said_n = re.search(r"(?:共|一共|总共|共有)?(\d+)个(?:预算)?项目", whole)  # ('今年33个项目，平均每个…': the count said must be the one found)
        whole = whole.replace(said_n.group(0), "") if said_n else whole
        said = said_n.group(1) if said_n else per["n"] if per is not None and "n" in per.re.groupindex else None
        if per is not None and not y:  # ('某补贴按计划培训的失业人员人数算，平均每人': how the asker divides it)
            x = re.sub(r"按(?:照)?[\u4e00-\u9fff]{1,16}?(?:人数|数量|人)(?:来)?(?:算|计算)(?:的话)?$", "", x)
        if per is not None and not y and (told := re.search(
                r"(?:要|计划|预计)?(?:组织)?(?:培训|补贴|资助|服务|覆盖|发放|帮扶|安置|招聘)?(\d+)(?:个|名|位)?"
                r"(?:[\u4e00-\u9fff]{0,6}?人员|人)(?:参加[\u4e00-\u9fff]{1,6}?)?(?:那|那么)?$", x)):
            said, x = told.group(1), x[: told.start()]  # ('某补贴要培训N个某人员，那平均一个人': the people it counts)
        told_amount = re.search(r"(\d+(?:\.\d+)?)(万元|元|亿元|万)$", x) if per is not None else None
        if told_amount:  # ('某补贴N万元，按…算': the amount the asker gives must be the one the document states)
            x = x[: told_amount.start()]
        try:
            a = self._ask_once(read(f"{x}是多少" if per is not None else f"{whole}项目支出是多少"), scope, history)
            if a.route == "none" or a.value is None or a.unit not in _YUAN or (a.plan or {}).get("op") != "lookup" \
                    or len((a.plan or {}).get("docs") or ()) != 1:
                return None
            if told_amount and abs(a.value * _YUAN[a.unit] - float(told_amount.group(1)) * _YUAN[
                    _SAID_UNIT.get(told_amount.group(2), told_amount.group(2))]) > 0.005 * _YUAN["万元"]:
                return None
            target = a.plan.get("target") or {}
            if per is None and (target.get("filters") or target.get("within") or target.get("section") or
                                target.get("concept") not in (None, "项目支出")):
                # '某科目下的项目平均每个多少': some of the projects, which a count of all of them does not divide; nor
                # does it divide another figure read for the words ('政府购买服务…平均每个项目': that table's own total)
                return None
            # (no people named: those the amount's own indicator counts, '某补贴平均一个人能拿多少')
            b = self._ask_once(read(f"{y}有多少人" if y and per is not None else f"{x}发给多少人" if per is not None
                                    else "一共有多少个项目"), tuple(a.plan["docs"]), ())
            if y and per is not None and (b.route == "none" or not b.value or (b.plan or {}).get("op") not in (
                    "lookup", "count")) and _project_of(a):
                # '某补贴平均到每个参加培训的失业人员': the people the project's own indicator counts, when it names them
                own = self._ask_once(read(f"{x}发给多少人"), tuple(a.plan["docs"]), ())
                head = re.sub(r"^.*的", "", y)
                if own.route != "none" and len(head) >= 2 and any(head in c.text for c in own.citations[:1]):
                    b, y = own, ""
                elif len(head) >= 2:  # ('某服务经费平均每个保安': the people the project's own indicator counts)
                    own = self._ask_once(read(f"{x}安排多少{head}"), tuple(a.plan["docs"]), ())
                    names = {f.get("value") for f in (a.plan.get("target") or {}).get("filters") or ()}
                    inside = {f.get("value") for f in ((own.plan or {}).get("target") or {}).get("within") or ()}
                    if own.route != "none" and (own.plan or {}).get("op") == "attribute" and names & inside and \
                            (own.plan or {}).get("answer") == "headcount":
                        b, y = own, ""
        except BudgetQAError:
            return None
        counted = ("人", "名") if per is not None else ("个",)
        ops = ("lookup", "count") if y or per is None else ("attribute",)  # (its own indicator: a project's)
        if b.route == "none" or not b.value or b.unit not in counted or (b.plan or {}).get("op") not in ops \
                or (said is not None and float(said) != b.value) or not y and per is not None and not any(
                f.get("role") == "project_name" for f in (a.plan.get("target") or {}).get("filters") or ()):
            return None
        unit = next((s.value for s in r.spans if s.label.startswith("unit:") and s.value in _YUAN), a.unit)
        value = a.value * _YUAN[a.unit] / _YUAN[unit] / b.value  # (in the unit asked: '按元算')
        shown = b.text.split("（来源")[0].rstrip("。") if per is not None else f"项目支出表共列 {fmt_number(b.value)} 个项目"
        each = (y if y.startswith(("个", "位", "名")) else f"个{y}") if y else "人"
        text = (f"{x}平均到每{each}约 {_per_text(value, unit)}："
                f"{compose.money_text(a.value, a.unit)} ÷ {fmt_number(b.value)} {b.unit}（{shown}）。")
        return _ratio_answer(r, (a, b), value, unit, text, "per_head", f"{a.reading or x} ÷ {b.reading or y or '人数'}")

    def _project_amount(self, asked: str, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer | None:
        """The amount of one project of one document that `asked` names, looked up by its name; None otherwise (the
        numerator of an amount for each thing or each unit of area its own indicators count)."""
        a = self._ask_once(read(asked), scope, history)
        plan = a.plan or {}
        if a.route == "none" or a.value is None or a.unit not in _YUAN or plan.get("op") != "lookup" \
                or len(plan.get("docs") or ()) != 1 or not any(
                f.get("role") == "project_name" for f in (plan.get("target") or {}).get("filters") or ()):
            return None
        return a

    def _change_share_of_base(self, r: Reading, m: re.Match, scope: tuple[str, ...],
                              history: tuple[str, ...]) -> Answer | None:
        """'项目支出减少的金额占2022年项目支出预算的比例': the change of a figure over its own level in the year named,
        which is its rate of change with that year as the base (computed from the levels the text states). None
        unless the whole is the same figure as the part ('…预算' aside); refused when a level the asker gives is not
        the one the cited text states."""
        x, w = (re.sub(r"(的)?预算$", "", g) or g for g in (m["x"], m["w"]))
        if x != w:
            return None
        asked = f"以{m['y']}年为基数，{m['x']}比{m['y']}年{m['dir']}了百分之几"
        if (a := self._ask_or_none(asked, scope, history)) is None:
            return None
        if a.route == "none" or a.value is None or a.unit != "%" or (a.plan or {}).get("op") != "change":
            return None
        if m["n"] and not any(m["n"].replace("万元", "") in x.replace(",", "") for x in (a.text, *(c.text for c in a.citations))):
            return self._refuse(r, "问题给出的基数与文件中该年的数字不一致，为避免答非所问，这里不作回答。")
        return replace(a, question=r.raw, reading=f"{m['x']}的变化额 ÷ {m['y']}年的{m['x']}（{a.reading or ''}）")

    def _levels_by_year(self, r: Reading, m: re.Match, scope: tuple[str, ...],
                        history: tuple[str, ...]) -> Answer | None:
        """'按说明里给出的2023年机关运行经费和2022年机关运行经费两个数计算，实际增加了多少': the difference of the two
        levels, each looked up for its year (the text's stated change aside), both cited. A level the asker gives
        must be the one found (to rounding), and is used as given. None unless both are one amount each."""
        gd = m.groupdict()  # ('某经费2023年是A、2022年是B', '某支出从2022年的A降到2023年的B，降幅是多少': the same)
        x1, x2 = m["x1"], gd.get("x2") or m["x1"]
        again = gd.get("again") or ""  # ('…两个数算，某局某经费实际增加了多少': the figure said again, nothing else)
        if again and not again.endswith(re.sub(r"的$", "", x1)):
            return None
        if re.sub(r"的$", "", x1) != re.sub(r"的$", "", x2) or m["y1"] == m["y2"] or \
                gd.get("base") not in (None, min(m["y1"], m["y2"])):
            return None
        found = []
        for y, said in ((m["y1"], gd.get("n1")), (m["y2"], gd.get("n2"))):
            if (a := self._ask_or_none(f"{y}年{x1}是多少", scope, history)) is None:
                return None
            if a.route == "none" or a.value is None or a.unit not in _YUAN or (a.plan or {}).get("op") != "lookup":
                return None
            value = a.value * _YUAN[a.unit] / _YUAN["万元"]
            if said:
                given = float(said.replace(",", "").replace("万元", ""))
                if abs(given - value) > 0.01:
                    return self._refuse(r, f"问题给出的{y}年数字与文件中的不一致，为避免答非所问，这里不作回答。")
                value = given
            found.append((int(y), value, a))
        (y1, v1, a1), (y0, v0, a0) = sorted(found, key=lambda f: -f[0])
        if gd.get("rate"):
            return self._levels_rate(r, m["rate"], x1, (y1, v1, a1), (y0, v0, a0))
        unit = m["u"] or "万元"
        diff = (v1 - v0) * _YUAN["万元"] / _YUAN[unit]
        word = "增加" if diff >= 0 else "减少"
        shown = abs(diff) if diff < 0 and m["dir"] in ("减少", "下降", "少") else diff  # ('减少了多少': how much less)
        text = (f"按{y1}年 {compose.money_text(v1, '万元')} 与{y0}年 {compose.money_text(v0, '万元')} 计算，"
                f"{x1}{word} {compose.money_text(round(abs(diff), 6), unit)}。")
        stated = ()  # (the change the text states, when it is not this difference: beside it, to check against)
        try:
            c = self._ask_once(read(f"{y1}年{x1}比{y0}年{word}了多少"), tuple((a1.plan or {}).get("docs") or scope), ())
        except BudgetQAError:
            c = None
        if c is not None and c.route != "none" and (c.plan or {}).get("op") == "change" and c.unit in _YUAN and \
                c.value is not None and abs(abs(c.value * _YUAN[c.unit] / _YUAN[unit]) - abs(diff)) > 0.005:
            text += (f"文件中说明的变化是 {compose.money_text(abs(c.value), c.unit)}，与这两个数之差不一致，请以原文核对。")
            stated = c.citations[:1]
        plan = {"op": "diff", "answer": "amount", "parts": [a1.plan, a0.plan], "note": "levels_by_year"}
        return Answer(question=r.raw, text=text, route="sql", value=round(shown, 6), unit=unit,
                      citations=tuple(dict.fromkeys((*a1.citations, *a0.citations, *stated))),
                      confidence=min(a1.confidence, a0.confidence),
                      reading=f"{y1}年{x1} − {y0}年{x1}", plan=plan)

    def _levels_rate(self, r: Reading, asked: str, x: str, later: tuple, earlier: tuple) -> Answer | None:
        """The rate of change of two levels, the earlier year the base. A fall asked of a rise (or a rise of a
        fall) is refused: the asker's direction is not the text's."""
        (y1, v1, a1), (y0, v0, a0) = later, earlier
        if not v0:
            return None
        rate = (v1 - v0) / v0 * 100
        falls, rises = any(w in asked for w in ("降", "减")), any(w in asked for w in ("增", "涨"))
        if (falls and rate > 0) or (rises and rate < 0):
            return self._refuse(r, f"按问题给出的两个数，{x}并非{'下降' if falls else '增长'}，为避免答非所问，这里不作回答。")
        word = "下降" if rate < 0 else "增长"
        value = abs(rate) if falls or rises else rate
        text = (f"以{y0}年为基数，{x}{word} {fmt_number(round(abs(rate), 2))}%：（{compose.money_text(v1, '万元')} − "
                f"{compose.money_text(v0, '万元')}）÷ {compose.money_text(v0, '万元')}。")
        plan = {"op": "change", "answer": "percent", "parts": [a1.plan, a0.plan], "note": "levels_by_year"}
        return Answer(question=r.raw, text=text, route="sql", value=round(value, 6), unit="%",
                      citations=tuple(dict.fromkeys((*a1.citations, *a0.citations))),
                      confidence=min(a1.confidence, a0.confidence),
                      reading=f"（{y1}年{x} − {y0}年{x}）÷ {y0}年{x}", plan=plan)

    def _either_class(self, r: Reading, m: re.Match, scope: tuple[str, ...],
                      history: tuple[str, ...]) -> Answer | None:
        """'项目支出里哪些属于资本性支出或大型修缮': the rows of each class, listed under it, all cited. None unless
        each part is a list of rows of the same set, so that the classes are two of one kind."""
        found = []
        for kind in (m["a"], m["b"]):
            if (a := self._ask_or_none(f"{m['pre']}{m['which']}{m['mid']}属于{kind}", scope, history)) is None:
                return None
            plan = a.plan or {}
            if a.route == "none" or plan.get("op") != "list" or not a.items or not plan.get("set_of"):
                return None
            found.append((kind, a))
        (ka, a), (kb, b) = found
        if a.plan.get("set_of") != b.plan.get("set_of") or a.plan.get("docs") != b.plan.get("docs"):
            return None
        items = tuple(dict.fromkeys((*a.items, *b.items)))
        text = "；".join(f"属于{k}的：{x.text.rstrip('。')}" for k, x in found) + "。"
        plan = {"op": "list", "answer": "list", "parts": [a.plan, b.plan], "set_of": a.plan.get("set_of"),
                "docs": a.plan.get("docs"), "note": "either_class"}
        return Answer(question=r.raw, text=text, route="sql", items=items,
                      citations=tuple(dict.fromkeys((*a.citations, *b.citations))),
                      confidence=min(a.confidence, b.confidence), reading=f"{a.reading}；{b.reading}", plan=plan)

    def _parts_of_whole(self, r: Reading, m: re.Match, scope: tuple[str, ...],
                        history: tuple[str, ...]) -> Answer | None:
        """'三公经费里哪几项是0元', '…哪项最多', '…各是多少': the parts a concept is the sum of (concepts.json
        `parts`), each looked up, all cited. None unless every part is found in one document and the parts add up
        to the whole found there (so that they are its parts, not figures of the same name elsewhere)."""
        said = norm(m["whole"])  # ('某街道三公经费': the department, then the concept)
        found = [(c, norm(a)) for c in concepts() if c.parts for a in (c.name, *c.aliases) if said.endswith(norm(a))]
        c, alias = max(found, key=lambda f: len(f[1])) if found else (None, "")
        pre = m["pre"] + said[: len(said) - len(alias)]
        ask = m["ask"]
        zero = re.search(r"(?<![\d.])(?:0|零)(?![\d.])|没有?(?:安排|预算|钱)", ask)
        top = re.search(r"最(?P<d>多|高|大|少|低|小)", ask)
        bound = re.search(r"(?:超过|高于|多于|大于)(?P<n>\d+(?:\.\d+)?)(?P<u>万元|万|元)|(?P<n2>\d+(?:\.\d+)?)(?P<u2>万元|万|元)以上", ask)
        each = re.fullmatch(r"(?:分别|各自|各)?(?:是|有|为|安排了?)?(?:多少|几)(?:钱|万元|元)?(?:呢|啊)?", ask)
        if c is None or not (zero or top or bound or each) or (zero and (top or bound)):
            return None
        try:
            whole = self._ask_once(read(f"{pre}{c.name}是多少"), scope, history)
            if whole.route == "none" or whole.value is None or whole.unit not in _YUAN or \
                    len((whole.plan or {}).get("docs") or ()) != 1:
                return None
            docs = tuple(whole.plan["docs"])
            parts = [self._ask_once(read(f"{pre}{c.name}中{p}是多少"), docs, ()) for p in c.parts]
        except BudgetQAError:
            return None
        if any(a.route == "none" or a.value is None or a.unit not in _YUAN or (a.plan or {}).get("docs") != list(docs)
               for a in parts):
            return None
        wan = [a.value * _YUAN[a.unit] / _YUAN["万元"] for a in parts]
        total = whole.value * _YUAN[whole.unit] / _YUAN["万元"]
        if abs(sum(wan) - total) > 0.005 + 1e-9:
            return None  # (figures of the same names that do not make up this whole)
        # each part as the document labels it ('“三公”经费预算表的公务用车购置及运行费为 …')
        labels = [(x.group(1) if (x := re.match(r"^(?:[^为]*的)?([^的为]{2,20}?)为 ", a.text)) else p)
                  for p, a in zip(c.parts, parts, strict=True)]
        shown = [f"{lb}（{compose.money_text(v, '万元')}）" for lb, v in zip(labels, wan, strict=True)]
        if zero:
            chosen = [i for i, v in enumerate(wan) if v == 0]
            # ('公务用车购置费' of 公务用车购置及运行费: a part's own columns that are 0, when they make up the part)
            for p, v in list(zip(c.parts, wan, strict=True)):
                subs = _columns_of(p) if v else ()
                found = [self._ask_or_none(f"{pre}{c.name}中{s}是多少", docs, ()) for s in subs]
                if len(found) < 2 or any(a is None or a.route == "none" or a.value is None or a.unit not in _YUAN or
                                         (a.plan or {}).get("docs") != list(docs) for a in found):
                    continue
                sub_wan = [a.value * _YUAN[a.unit] / _YUAN["万元"] for a in found]
                if abs(sum(sub_wan) - v) <= 0.005 + 1e-9:
                    for s, a, sv in zip(subs, found, sub_wan, strict=True):
                        if sv == 0:
                            labels.append(s)
                            wan.append(sv)
                            parts.append(a)
                            shown.append(f"{s}（{compose.money_text(sv, '万元')}）")
                            chosen.append(len(wan) - 1)
            said = "为 0 的" if chosen else "没有为 0 的项"
        elif top:
            best = (max if top["d"] in "多高大" else min)(wan)
            chosen = [i for i, v in enumerate(wan) if v == best]
            said = f"最{top['d']}的是"
        elif bound:
            n = float(bound["n"] or bound["n2"])
            unit = {"万": "万元"}.get(bound["u"] or bound["u2"], bound["u"] or bound["u2"])
            chosen = [i for i, v in enumerate(wan) if v > n * _YUAN[unit] / _YUAN["万元"]]
            said = f"超过 {fmt_number(n)} {unit}的" if chosen else f"没有超过 {fmt_number(n)} {unit}的项"
        else:
            chosen, said = list(range(len(wan))), "各项"
        # (only the parts asked for are named: a part set aside is not listed beside them)
        text = f"{c.name}（{compose.money_text(total, '万元')}）中{said}" + (
            f"：{'；'.join(shown[i] for i in chosen)}。" if chosen else "。")
        items = tuple(Item(label=labels[i], value=wan[i], unit="万元") for i in chosen)
        plan = {"op": "list", "answer": "list", "parts": [whole.plan, *(a.plan for a in parts)], "docs": list(docs),
                "note": "parts_of_whole"}
        return Answer(question=r.raw, text=text, route="sql", items=items,
                      citations=tuple(dict.fromkeys(x for a in (whole, *parts) for x in a.citations)),
                      confidence=min(a.confidence for a in (whole, *parts)), reading=f"{c.name}的各项", plan=plan)

    def _belongs_to(self, r: Reading, m: re.Match, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer | None:
        """'某推进专项属于哪个专项经费': the section of the text whose own title names that kind (专项, 项目) and
        that states the figure named, cited. Refused when the figure is found outside any such section: its amount
        is no answer to where it belongs."""
        x = re.sub(r"^(?:它|这个|该|那个)(?:项目|专项|经费)?", "", m["x"])
        if not x and history:  # ('…安排了多少万元？它属于哪个专项': the one item the question before named)
            try:
                u = self.planner.understand(read(history[-1]), scope)
            except BudgetQAError:
                return None
            named = list(dict.fromkeys(lk.text for lk in u.links if lk.kinds() & {"value", "fact", "section"}))
            x = named[0] if len(named) == 1 else ""
        if not x:
            return None
        if (a := self._ask_or_none(f"{x}是多少", scope, history)) is None:
            return None
        titles = [t for c in a.citations[:1] if c.section for t in c.section.split(" > ")]
        owner = next((t for t in titles if m["kind"] in t and x not in t), None) if a.route != "none" else None
        if owner is None:
            return self._refuse(r, f"没有找到“{x}”所在的{m['kind']}，为避免答非所问，这里不作回答。")
        name = re.sub(r"(?:经费)?(?:情况)?说明$", "", owner)
        text = f"{x}列在“{owner}”中，属于{name}（{compose.money_text(a.value, a.unit) if a.value is not None else ''}）。"
        plan = {**(a.plan or {}), "op": "attribute", "answer": "text", "note": "section_of"}
        return replace(a, question=r.raw, text=text, value=None, unit=None, plan=plan,
                       reading=f"{a.reading or x}：所在的{m['kind']}")

    def _fund_source(self, r: Reading, m: re.Match, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer | None:
        """'某项目用的是哪类资金', '某项目的资金来源是什么': the columns of the project's own row that say where its
        money comes from (reading.json `fund_sources`) and carry an amount, each with it, the row cited. None unless
        the rest of the question names one project of one document and a table of it gives such columns."""
        subject = r.key[: m.start()]
        if not subject:
            return None
        try:
            a = self._project_amount(f"{subject}是多少", scope, history)
        except BudgetQAError:
            return None
        if a is None:  # (its amount is no answer to where the money comes from)
            return self._refuse(r, _NO_FUND_SOURCE)
        doc = a.plan["docs"][0]
        names = [f.get("value") for f in a.plan["target"]["filters"] if f.get("role") == "project_name"]
        roles = named_words("fund_sources")
        marks = ", ".join("?" for _ in roles)
        rows = self.conn.execute(
            f"SELECT r.table_no, r.line, c.role, c.header, c.value FROM records r JOIN cells c ON c.doc_id = r.doc_id "  # noqa: S608
            f"AND c.table_no = r.table_no AND c.rec_no = r.rec_no WHERE r.doc_id = ? AND r.name_role = 'project_name' "
            f"AND r.name = ? AND c.role IN ({marks}) AND c.status = 'number' ORDER BY r.table_no, r.line, c.col",
            (doc, names[0], *roles)).fetchall()
        tables = list(dict.fromkeys((t, line) for t, line, *_x in rows))
        if len(names) != 1 or not tables:
            return self._refuse(r, _NO_FUND_SOURCE)
        table_no, line = tables[0]  # (the first table that gives them: the project expenditure table)
        unit = Executor(self.conn).unit_of(doc, table_no) or "万元"
        have = [(role, header, value) for t, ln, role, header, value in rows if (t, ln) == (table_no, line) and value]
        if not have:
            return self._refuse(r, _NO_FUND_SOURCE)
        label = {x.role: x.label for x in kinds.roles()}
        said = "、".join(f"{label.get(role) or header}（{compose.money_text(value, unit)}）" for role, header, value in
                        sorted(have, key=lambda x: roles.index(x[0])))
        text = f"{names[0]}的资金来源：{said}。"
        cite = self.evidence.cite(Ref(doc, line, table_no))
        plan = {"op": "attribute", "answer": "text", "target": {"attribute": "fund_source", "within": a.plan["target"]["filters"]},
                "docs": [doc]}
        return Answer(question=r.raw, text=text, route="sql", citations=(cite,), confidence=0.7,
                      reading=f"{a.reading or names[0]}：按资金来源各列", plan=plan)

    def _per_thing(self, r: Reading, per: re.Match, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer | None:
        """'某设备购置那个项目，平均一台设备多少万元': the project's amount over the number of things one of its own
        indicators states in that unit (某设备＝N台), both cited. None unless the amount is one project's and
        the count one indicator of it in that unit (and the count the asker says, if any, is that one)."""
        x = re.sub(r"(那个|这个)?项目$", "", per["x"])
        unit, what = per["u"], per["what"] or ""
        try:
            if (a := self._project_amount(f"{x}是多少", scope, history)) is not None:
                b, op = self._ask_once(read(f"{x}有多少{unit}{what}"), tuple(a.plan["docs"]), ()), "attribute"
            elif (a := self._ask_once(read(f"{x}是多少"), scope, history)).route == "none" or a.value is None \
                    or a.unit not in _YUAN or (a.plan or {}).get("op") != "lookup" or len(a.plan.get("docs") or ()) != 1 \
                    or len(named := [f.get("value") or "" for f in (a.plan.get("target") or {}).get("filters") or ()]) != 1 \
                    or (thing := named_pattern("thing_cost").match(named[0])) is None:
                return None
            else:  # '公务用车购置及运行维护费平均每辆车': the figure over the number of the things it pays for, both stated
                b, op = self._ask_once(read(f"{thing['thing']}有多少{unit}"), tuple(a.plan["docs"]), ()), "lookup"
                if not any(thing["thing"] in c.text for c in b.citations[:1]):
                    return None
        except BudgetQAError:
            return None
        said = re.search(rf"(?<![\d.])(\d+){unit}", per["x"])
        if b.route == "none" or not b.value or b.unit != unit or (b.plan or {}).get("op") != op or \
                (said is not None and float(said.group(1)) != b.value):
            return None
        want = next((s.value for s in r.spans if s.label.startswith("unit:") and s.value in _YUAN), a.unit)
        value = a.value * _YUAN[a.unit] / _YUAN[want] / b.value
        text = (f"{x}平均每{unit}约 {_per_text(value, want)}：{compose.money_text(a.value, a.unit)} ÷ "
                f"{fmt_number(b.value)} {unit}（{b.text.split('（来源')[0].rstrip('。')}）。")
        return _ratio_answer(r, (a, b), value, want, text, "per_thing", f"{a.reading or x} ÷ {b.reading or unit}")

    def _per_area(self, r: Reading, per: re.Match, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer | None:
        """'某养护管理项目平均每公顷的养护成本是多少元', '那平均每平米一年租金多少钱' (after '某租赁费一年多少钱'): the
        project's amount over the area its own indicator states in that unit, both cited. None unless the amount is one
        project's and the area one indicator of it in the unit asked."""
        unit = {"平米": "平方米", "㎡": "平方米"}.get(per["u"], per["u"])
        said = re.sub(r"按(?:照)?[\u4e00-\u9fff]{0,6}?面积(?:来)?(?:算|计算)?(?:的话)?$", "", r.key[: per.start()])  # ('按补偿面积')
        subject = re.sub(r"^(那么|那|这个项目|这个|这|它|其)", "", re.sub(r"(的|项目的|项目)$", "", said))
        if not subject and history:  # ('那平均每平米…': the project the conversation asked about)
            try:
                u = self.planner.understand(read(history[-1]), scope)
            except BudgetQAError:
                return None
            named = [lk.text for lk in u.links if any(t.kind == "value" and t.role == "project_name" for t in lk.terms)]
            subject = named[0] if len(named) == 1 else ""
        if not subject:
            return None
        try:
            if (a := self._project_amount(f"{subject}是多少钱", scope, ())) is None:
                return None
            b = self._ask_once(read(f"{subject}面积是多少{unit}"), tuple(a.plan["docs"]), ())
        except BudgetQAError:
            return None
        if b.route == "none" or not b.value or b.unit != unit or (b.plan or {}).get("op") != "attribute":
            return None
        value = a.value * _YUAN[a.unit] / b.value
        text = (f"{subject}平均每{unit}约 {compose.money_text(round(value, 2), '元')}："
                f"{compose.money_text(a.value, a.unit)} ÷ {fmt_number(b.value)} {unit}"
                f"（{b.text.split('（来源')[0].rstrip('。')}）。")
        return _ratio_answer(r, (a, b), value, "元", text, "per_area", f"{a.reading or subject} ÷ {b.reading or unit}")

    def _average(self, r: Reading, each: re.Match, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer | None:
        """'某科目下的项目平均每个多少万元', '说明的三个专项，平均每个预算多少': the sum of the rows the question names
        (the same question asked as '…加起来一共多少'), over the number of those rows, all of them cited. None unless
        that sum is of a set of rows, each with a figure, and the number the asker says (三个) is theirs."""
        asked = r.key[: each.start()] + "加起来一共" + r.key[each.end():]
        said = re.search(r"(?<![\d.])(\d+)(?:个|项|家)", r.key[: each.start()])
        if (a := self._ask_or_none(asked, scope, history)) is None:
            return None
        plan = a.plan or {}
        if plan.get("op") == "lookup" and a.value is not None and a.unit in _YUAN and len(a.citations) == 1 and \
                not a.citations[0].table:
            return self._average_stated(r, each, a, scope, history)
        n = len(a.items)
        if a.route == "none" or a.value is None or a.unit not in _YUAN or plan.get("op") != "sum" or \
                not plan.get("set_of") or plan.get("parts") or len(plan.get("docs") or ()) != 1 or n < 2 or \
                any(i.value is None for i in a.items) or (said is not None and int(said.group(1)) != n):
            return None
        value = a.value / n
        label = a.text.split("合计")[0]
        a = self._with_total_row(a, label, plan, scope, history)
        text = (f"{label}平均每项约 {compose.money_text(round(value, 2), a.unit)}：合计 "
                f"{compose.money_text(a.value, a.unit)} ÷ {n} 项（{'；'.join(f'{i.label}（{compose.money_text(i.value, i.unit)}）' for i in a.items)}）。")
        return _ratio_answer(r, (a,), value, a.unit, text, "average", f"{a.reading or label} ÷ {n} 项")

    def _with_total_row(self, a: Answer, label: str, plan: dict, scope: tuple[str, ...],
                        history: tuple[str, ...]) -> Answer:
        """A sum over every row of a table (no filter): the table's own 合计 row, which states it, cited first."""
        target = plan.get("target") or {}
        if set(target) - {"table_kind"} or not label.endswith("表"):
            return a
        try:
            t = self._ask_once(read(f"{label}合计是多少"), tuple(plan.get("docs") or ()), history)
        except BudgetQAError:
            return a
        if t.route == "none" or t.value is None or t.unit != a.unit or abs(t.value - a.value) > 1e-6 or \
                len(t.citations) != 1 or (t.plan or {}).get("op") != "lookup":
            return a
        return replace(a, citations=tuple(dict.fromkeys((*t.citations, *a.citations))))

    def _average_stated(self, r: Reading, each: re.Match, a: Answer, scope: tuple[str, ...],
                        history: tuple[str, ...]) -> Answer | None:
        """'编报绩效目标的项目，平均每个项目涉及多少预算资金': the total the text states of the items over the number
        of them it states in the same sentence ('…的项目共N个，涉及项目预算资金X万元'). None unless both come
        from one sentence, so that the two are of the same items."""
        if (b := self._ask_or_none(r.key[: each.start()] + "有几个", tuple(a.plan.get("docs") or scope), history)) is None:
            return None
        if b.route == "none" or not b.value or b.unit != "个" or (b.plan or {}).get("op") != "lookup" or \
                len(b.citations) != 1 or b.citations[0] != a.citations[0]:
            return None
        said = re.search(r"(?<![\d.])(\d+)(?:个|项|家)", r.key[: each.start()])
        if said is not None and float(said.group(1)) != b.value:
            return None
        value = a.value / b.value
        text = (f"平均每个约 {compose.money_text(round(value, 2), a.unit)}：{compose.money_text(a.value, a.unit)} ÷ "
                f"{fmt_number(b.value)} 个。原文：“{a.citations[0].text.strip()}”")
        return _ratio_answer(r, (a, b), value, a.unit, text, "average", f"{a.reading} ÷ {b.reading}")

    def _ask_chain(self, r: Reading, chain: tuple[str, str], scope: tuple[str, ...],
                   history: tuple[str, ...]) -> Answer:
        """'钱最多的那个是干啥的': the row the rank names is found first, then the question is asked of it by
        name. Never answered with the selection's own figure, nor with passages that cannot rank."""
        selection, asked = chain
        try:
            rs = read(selection)
        except BudgetQAError:
            rs = None
        if rs is not None and rs.has("op:top"):
            # '金额最大的前三个项目加起来占项目支出总额的百分之多少': the rows found, their sum the part
            rows = self._ranked_rows(rs, scope, history)
            if rows is not None:
                first, names = rows
                return self._then(r, first, "、".join(f"“{n}”" for n in names),
                                  f"{'、'.join(names[:-1])}和{names[-1]}{asked}", scope, selection)
            return self._refuse(r, "没能确定问题所说的排名对应哪几项，为避免答非所问，这里不作回答。", (selection,))
        found = self._ranked_one(rs, scope, history) if rs is not None else None
        if found is None:
            return self._refuse(r, "没能确定问题所说的排名对应哪一项，为避免答非所问，这里不作回答。",
                                (selection,))
        first, name = found
        return self._then(r, first, f"“{name}”", f"{name}{asked}", scope, selection)

    def _ranked_one(self, rs: Reading, scope: tuple[str, ...],
                    history: tuple[str, ...]) -> tuple[Answer, str] | None:
        """The answer to a ranking question and the one row it names; None when it names no one row."""
        try:
            first = self._ask(rs, scope, history)
        except BudgetQAError:
            return None
        names = [i.label for i in first.items if f"“{i.label}”" in first.text]
        if first.route == "none" or (first.plan or {}).get("op") not in ("max", "min", "nth") or len(names) != 1:
            return None
        return first, names[0]

    def _ranked_rows(self, rs: Reading, scope: tuple[str, ...], history: tuple[str, ...], *,
                     ops: tuple[str, ...] = ("top",)) -> tuple[Answer, list[str]] | None:
        """The answer to a top-N question (or a list, of the ops given) and the rows it names, in its order; None
        when it names fewer than two or more than ten, or not as many as the N asked, or one twice."""
        try:
            first = self._ask(rs, scope, history)
        except BudgetQAError:
            return None
        if first.route == "none" or (first.plan or {}).get("op") not in ops or not 2 <= len(first.items) <= 10:
            return None
        n = (first.plan or {}).get("n")
        names = [i.label for i in first.items]
        if n is not None and len(names) != n or len(set(names)) != len(names):
            return None
        return first, names

    def _of_the_ones_found(self, r: Reading, asked: str, scope: tuple[str, ...],
                           history: tuple[str, ...]) -> Answer | None:
        """'这三个项目加起来占项目支出多少' after a top-N question: their sum, or its share, asked of the rows the
        earlier question found, by name; refused when that question found no such rows (these rows are no other
        figure). None when the earlier question is no top-N (a follow-up is read the usual way)."""
        earlier = self._restated(history, None)[-1]
        try:
            rh = read(earlier)
        except BudgetQAError:
            return None
        rows = self._ranked_rows(rh, scope, history[:-1], ops=("top", "list", "threshold"))
        said = _THESE.match(r.key)
        count = _count_said(said) if said else None
        if rows is None and count is not None and count >= 2:
            # '这两项加起来一共多少' after two questions that each found one figure: those figures, summed
            return self._earlier_summed(r, count, scope, history)
        if rows is None and not rh.has("op:top"):
            return None
        if rows is None or (count is not None and count != len(rows[1])):
            return self._refuse(r, "没能确定“这几个”指的是前一问找到的哪几项，为避免答非所问，这里不作回答。")
        first, names = rows
        # (the rows were shown by the answer before: this reply is what is asked of them, read as of those rows)
        second = self._ask(read(f"{'、'.join(names[:-1])}和{names[-1]}{asked}"),
                           tuple((first.plan or {}).get("docs") or scope), ())
        if second.route == "none":
            return second
        return replace(second, question=r.raw, citations=tuple(dict.fromkeys((*first.citations, *second.citations))),
                       reading=f"前一问找到的{'、'.join(f'“{n}”' for n in names)}：{second.reading or ''}")

    def _earlier_summed(self, r: Reading, count: int, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer:
        """The sum of the figures the last `count` questions of the conversation found, one each (each cited);
        refused when a share or anything but their sum is asked, or any of them found no one amount."""
        restated = self._restated(history, None)
        if not named_pattern("sum_asked").match(r.key[_THESE.match(r.key).end():]) or len(restated) < count:
            return self._refuse(r, "没能确定“这几项”指的是前面哪几个数字，为避免答非所问，这里不作回答。")
        found = []
        for q in restated[-count:]:
            try:
                a = self._ask_once(read(q), scope, ())
            except BudgetQAError:
                a = None
            if a is None or a.route == "none" or a.value is None or a.unit not in _YUAN or \
                    (a.plan or {}).get("op") != "lookup":
                return self._refuse(r, "前面的问题没有各找到一个金额，无法相加。")
            found.append(a)
        unit = "万元" if any(a.unit == "万元" for a in found) else found[0].unit
        total = sum(a.value * _YUAN[a.unit] for a in found) / _YUAN[unit]
        terms = "＋".join(compose.money_text(a.value, a.unit) for a in found)
        text = f"前面 {count} 个数字合计 {compose.money_text(total, unit)}（{terms}）。"
        plan = {"op": "sum", "answer": "amount", "parts": [a.plan for a in found]}
        return Answer(question=r.raw, text=text, route="sql", value=total, unit=unit,
                      citations=tuple(dict.fromkeys(c for a in found for c in a.citations)),
                      confidence=min(a.confidence for a in found),
                      reading="；".join(a.reading or a.question for a in found) + "：相加", plan=plan)

    def _of_the_one_found(self, r: Reading, asked: str, scope: tuple[str, ...],
                          history: tuple[str, ...]) -> Answer | None:
        """'这个项目具体要修几家' after '哪个项目花钱最多': asked of the one row the earlier ranking found, by name;
        None when the earlier question found no one row."""
        earlier = self._restated(history, None)[-1]
        try:
            rh = read(earlier)
        except BudgetQAError:
            return None
        if not re.search(r"哪", rh.key) or not (rh.has("op:max") or rh.has("op:min") or rh.has("op:nth")):
            return None
        found = self._ranked_one(rh, scope, history[:-1])
        if found is None:
            return None
        first, name = found
        return self._then(r, first, f"“{name}”", f"{name}{asked}", scope, earlier)

    def _then(self, r: Reading, first: Answer, found: str, second_q: str, scope: tuple[str, ...],
              asked_first: str) -> Answer:
        """A chained question's second step, asked of what the first found, in the first's documents; the reply
        shows both steps and cites both."""
        second = self._ask(read(second_q), tuple((first.plan or {}).get("docs") or scope), ())
        reading = f"先找出{first.reading or asked_first}：{found}；再问：{second.reading or second_q}"
        plan = {"op": "chain", "answer": (second.plan or {}).get("answer"), "parts": [first.plan, second.plan]}
        citations = tuple(dict.fromkeys((*first.citations[:1], *second.citations)))
        if second.route == "none":
            return Answer(question=r.raw, text=f"{first.text}\n但{second.text}", route="none", value=None,
                          unit=None, citations=citations, confidence=0.0, reading=reading, plan=plan)
        return replace(second, question=r.raw, text=f"{first.text}\n{second.text}", citations=citations,
                       reading=reading, plan=plan)

    def _ask_owner_chain(self, r: Reading, chain: tuple[str, bool], scope: tuple[str, ...],
                         history: tuple[str, ...]) -> Answer:
        """'这个项目的负责人总共挂了几个项目': the person is found first, then the projects in their name."""
        who, counted = chain
        self._last = None
        try:
            first = self._ask(read(who), scope, history)
        except BudgetQAError:
            first = None
        person = self._last.text if first is not None and first.route != "none" and self._last is not None \
            and (first.plan or {}).get("answer") == "person" else None
        if not person or not re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", person.strip()):
            return self._refuse(r, "没能确定问题所说的负责人是谁，为避免答非所问，这里不作回答。", (who,))
        second_q = f"项目责任人是{person.strip()}的项目{'有几个' if counted else '有哪些'}？"
        return self._then(r, first, person.strip(), second_q, scope, who)
