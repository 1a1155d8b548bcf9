"""The answering core: read a question, plan it, check the plan, run it, word the answer, cite everything.

    eng = Engine(build_dir, embedder=...)
    eng.ask("差旅费一共多少？", doc=None, history=()) -> Answer

Numeric questions run as SQL over the typed records (`qa.execute`); descriptive ones go to hybrid
retrieval (`qa.retrieve`). A question whose words the plan does not account for, or whose figure
is not in the documents, gets 未找到 with up to three readings the index can answer.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from langchain_core.embeddings import Embeddings

from ingest import kinds

from . import check, compose, directory, followup
from .answer import Answer, Citation, Item, refusal
from .composed import _THESE, Composed
from .enumerated import enumerated
from .errors import BudgetQAError, IndexError_
from .evidence import Evidence
from .execute import AREA_UNITS, Executor, Problem, Ref, dated_otherwise
from .headline import headline
from .lexicon import Lexicon, common_substrings, concept, concepts
from .normalize import MONEY, fmt_number, last_heading, norm, numbers_in
from .plan import DocName, Filter, Plan, Target, describe, describe_each
from .planner import Planner, Understanding, _answer_type, _is_whole, set_of, tokens
from .reading import (
    Reading,
    chained,
    class_phrase,
    counted_list,
    counted_purchases,
    example_clauses,
    named_pattern,
    named_words,
    owner_chained,
    read,
)
from .run import Outcome, convert, run
from .run import _within as _within_bound
from .sources import printed_line
from .titles import items_citing, title_said, titles_of

_TIME = named_pattern("time")
_EACH_OVER_TIME = named_pattern("each_over_time")  # ('各季度…多少': a figure by period, which one row may give)
_HOW_MUCH_WORD = named_pattern("how_much_word")


@dataclass(frozen=True)
class _WordBound:
    """A bound a which-departments question says in words, and how the figure itself is then asked."""

    pattern: str  # the named pattern that says it
    lo: float | None
    hi: float | None
    inclusive: bool
    says: str  # how the answer names the bound
    instead: str | None  # what replaces the words in the question asking the figure (None: they stay)
    after: str = ""  # what that question ends with
    alone: bool = False  # only when the question says no other bound or operation
    exact_only: bool = False  # only for a figure named exactly (a synonym may mean a count the text gives)


_WORD_BOUNDS = (  # the first that matches is the bound
    _WordBound("none_asked", None, 0.0, True, "为 0（没有安排）", "安排"),  # '哪些部门没有安排某费'
    _WordBound("zero_asked", None, 0.0, True, "为 0（没有安排）", "是多少"),  # '哪些单位的某费是0'
    _WordBound("some_asked", 0.0, None, False, "大于 0（有安排）", None, "多少", alone=True, exact_only=True),
)
_ACROSS_STRONG = named_pattern("across_strong")
_ACROSS_SUM = named_pattern("across_sum")


def _manifest_embedder(build: Path) -> str | None:
    import json

    try:
        return json.loads((build / "manifest.json").read_text(encoding="utf-8")).get("embedder")
    except (OSError, ValueError):
        return None


_MONEY_ASKED = named_pattern("money_asked")
_POINTER = re.compile(r"\s*(?:详见|参见|具体见)[^。；;\n]{2,30}[。]?\s*")  # ('详见单位的项目绩效目标表')
_COUNTED_KIND = re.compile(r"(\d+)个?(?:上海|北京|shanghai|beijing)?$")  # ('2个街道', '2个shanghai街道')
_YUAN = {u: f for u, f in MONEY.items() if u != "百万元"}  # the money units an answer is given in
_ASKS_PROSE = named_pattern("asks_prose")


def _keeps_ops(r: Reading, text: str) -> bool:
    """Does a rewritten question still do what the question does (sum, rank, compare …)?"""
    ops = {s.label for s in r.spans if s.label in ("op:sum", "op:max", "op:min", "op:top", "op:nth", "op:diff",
                                                     "op:share", "op:times", "op:count", "op:change")}
    try:
        said = {s.label for s in read(text).spans}
    except BudgetQAError:
        return False
    return ops <= said


_ASKS_WHETHER = named_pattern("asks_whether")
_LIKE_BEFORE = named_pattern("like_before")
_PHASE = named_pattern("phase")
# several things said by their number, each asked for ('3家中心各分到多少', '两个单位分别是多少')
_WHICH_HAVE = named_pattern("which_have")
_EACH_OF_MANY = named_pattern("each_of_many")
_EACH_TEXT = named_pattern("each_text")
_EXECUTED = named_pattern("executed")


_NAMES_BUDGET = named_pattern("names_budget")
_THESE_SUMMED = named_pattern("these_summed")  # ('那几个项目加起来': the ones the text lists)
_ROWS_QUALIFIED = named_pattern("rows_qualified")  # ('除了…还用了': a condition on the rows)


def _earlier_in_doc(u: Understanding, doc_years: set) -> int | None:
    """'某街道24年预算里，2023年某收入是多少': one year says which budget, the other the year of the figure asked, an
    earlier one; that year's figure is the one to find (the text's), never the budget's own."""
    r = u.reading
    if len(set(u.years)) != 2 or r.has("op:change") or r.has("op:than") or r.has("op:diff") or r.has("each"):
        return None
    spans = [s for s in r.spans if s.kind == "year" and s.group("y")]
    names = [s for s in spans if int(s.group("y")) in doc_years]
    other = [s for s in spans if int(s.group("y")) not in doc_years]
    if len(names) != 1 or len({s.group("y") for s in other}) != 1 or int(other[0].group("y")) >= int(names[0].group("y")):
        return None
    # (the department said between them is neither: '根据2024年预算说明，某街道2023年的…')
    between = "".join(ch for i, ch in enumerate(r.key[names[0].end : other[0].start], names[0].end)
                      if not any(lk.start <= i < lk.end and lk.kinds() == {"doc"} for lk in u.links))
    if other[0].start < names[0].end or not (_NAMES_BUDGET.match(between) or not between.strip("，, 的")):
        return None  # ('2024年和2023年…', '2023年到2024年…': both years asked, or a span of them)
    return int(other[0].group("y"))


def _compared_years(r: Reading) -> set[int]:
    """The years a question compares with ('比2024年增加了多少': 2024), not years it asks about. Two years joined
    without a direction ('对比24年和25年', '2024年与2025年相比') compare the later with the earlier."""
    out = set()
    for s in r.spans:
        if s.kind != "year" or not s.group("y") or not (m := re.search(
                r"(比|较|与|和|跟|同|对比)$", r.key[max(0, s.start - 2) : s.start])):
            continue
        year = int(s.group("y"))
        if m.group(1) not in ("比", "较") and (other := [y for y in r.years if y != year]):
            year = min(year, *other)
        out.add(year)
    return out


def _executed(r: Reading, plans: list[Plan], doc_years: set) -> list[Plan]:
    """'某科目2023年执行数是多少': what was executed is stated only in the text, beside the item; no table's
    budget figure answers it, nor another year's budget. A change against it is the text's stated change."""
    change = r.has("op:change") or r.has("op:change_pct") or r.has("op:than")
    if change and any(p.op == "change" or p.target is not None and p.target.change for p in plans):
        return plans  # the planner's change against the stated figure (never another document's: see _across)
    said = [y for y in r.years if all(y < dy for dy in doc_years if dy)]
    year = min(said) if said else (next(iter(doc_years)) - 1 if len(doc_years) == 1 and None not in doc_years
                                   else None)
    out: list[Plan] = []
    for p in plans:
        if p.set_of == "changed":  # (the rates the text states of each 科目, against what was executed)
            out.append(p)
            continue
        if p.target is not None and p.target.fact and not p.parts and (re.search("执行", "".join(p.target.fact))
                                                                        or change and p.target.change):
            out.append(p)
            continue
        names = tuple(dict.fromkeys(f.value for q in (p.parts or (p,)) if q.target is not None
                                    for f in (*q.target.filters, *q.target.within)))
        if not names:
            continue
        answer = "percent" if change and (r.has("op:change_pct") or r.has("type:percent")) else "amount"
        target = Target(fact=(f"{names[0]}执行数",), fact_kind=answer, change=change,
                        year=None if change else year, about=names, words=("执行数",))
        q = Plan("lookup", answer, target, unit=p.unit)
        if q not in out:
            out.append(q)
    return out


def _of_projects(plan: Plan) -> bool:
    """Is the plan about projects: their tables, the 项目支出 column, or a project it names?"""
    t = plan.target
    return t is not None and (t.table_kind in ("projects", "performance", "purchase_services") or t.measure == "project"
                              or bool(t.fact)  # what the text states of them ('项目49个')
                              or any(f.role == "project_name" for f in (*t.filters, *t.within)))


def _keeps_words(r: Reading, text: str) -> bool:
    """Does a rewritten question still say every character the question said outside its filler words?"""
    filler = {i for s in r.spans if s.label == "filler" for i in range(s.start, s.end)}
    return all(ch in text for i, ch in enumerate(r.key) if i not in filler)




def _with_seps(text: str, r: Reading) -> str:
    """A rewrite that keeps the question's end as said, with the 、 between the items of its list put back
    ('那实际人数里在职、离休、退休各多少人' -> 某局实际人数里在职、离休、退休各多少人)."""
    tail = next((r.key[i:] for i in range(len(r.key)) if len(r.key) - i >= 2 and text.endswith(r.key[i:])), "")
    at = len(r.key) - len(tail)
    head = text[: len(text) - len(tail)]
    for p in sorted((p for p in r.seps if at < p < len(r.key)), reverse=True):
        tail = f"{tail[: p - at]}、{tail[p - at:]}"
    return head + tail


_ADDS = named_pattern("adds")  # (parts added in a bracket: '（区级加市级）')


def _leaves_out_group(r: Reading, u: Understanding, plan: Plan) -> bool:
    """Does an amount's plan leave out the people the question says it is of ('N名某类人员的工资')? A group
    said with its number, that the plan neither looks the figure up by nor finds it among."""
    t = plan.target
    if t is None or plan.op not in ("lookup", "sum") or _answer_type(r) != "amount":
        return False
    used = " ".join((*(f.value for f in t.filters + t.within), *t.fact, t.concept or "", *t.context, *t.section))
    for m in re.finditer(r"(?<![\d.])\d+(?:名|位)(?=[\u4e00-\u9fff])", r.key):
        group = next((lk for lk in u.links if lk.start == m.end() and lk.kinds() - {"doc"}), None)
        if group is not None and group.text not in used and not any(
                t.display in used for t in group.terms):
            return True
    return False


def _parts_unread(r: Reading, part: Plan) -> bool:
    """Does a bracket before 占 add up parts ('总部经济（区级加市级）占多少') that the figure read is not all of? Its
    name holds every part when it is their sum as printed ('公车（购置加运行）': 公务用车购置及运行费)."""
    at = r.key.find("占")
    added = [r.key[a:b] for a, b in r.brackets if at >= 0 and b <= at and _ADDS.search(r.key[a:b])]
    if not added:
        return False
    t = part.target
    if t is None:
        return True
    column = kinds.role(t.measure) if t.measure else None
    said = "".join([*t.fact, t.concept or "", *(f.value for f in t.filters), column.label if column else ""])
    return not all(w and w in said for w in _ADDS.split(added[-1]))

class Engine(Composed):
    """Answers questions over one index build. Build it once (it opens the stores and the vocabulary)."""

    def __init__(self, build_dir: Path, *, embedder: Embeddings | None = None, dense: bool = True):
        from ingest.build import open_readonly

        self.build_dir = Path(build_dir)
        self.conn = open_readonly(self.build_dir)
        self.embedder = embedder
        self.dense = dense and embedder is not None
        self.warnings: list[str] = []
        built_with = _manifest_embedder(self.build_dir)
        name = getattr(embedder, "name", type(embedder).__name__) if embedder is not None else None
        if self.dense and built_with and name != built_with:
            self.dense = False
            self.warnings.append(f"索引是用 {built_with} 建立的，当前模型是 {name}：文本检索只用关键词。"
                                 "重新运行 budget-qa ingest 可恢复语义检索。")
        self.lexicon = Lexicon(self.conn)
        if not self.lexicon.docs:
            raise IndexError_("索引里没有任何文件，请先运行 budget-qa ingest 添加预算文件。")
        self.names = {d: DocName(dep, y) for d, (dep, y, _src) in self.lexicon.docs.items()}
        self.planner = Planner(self.lexicon)
        self.evidence = Evidence(self.conn)
        self._retriever = None
        self._lock = threading.Lock()
        self._resolved = ""
        self._leaned = False
        self._last: Outcome | None = None

    # ------------------------------------------------------------------------------------------ public

    def ask(self, question: str, *, doc: str | None = None, doc_id: str | None = None,
            history: Sequence[str] = ()) -> Answer:
        """Answer one question. Raises QuestionError for empty/oversized input."""
        r = read(question)
        with self._lock:
            self.planner.forget()
            r = self._with_examples(r)
            scope = self._scope(doc or doc_id)
            history = tuple(h for h in history if h and str(h).strip())
            a = None
            said = check.find(r.text)  # '…是不是超过了900万元': the figure asked, then checked against the bound
            if said is not None:
                with contextlib.suppress(BudgetQAError):
                    a = self._checked(replace(read(said.question(r.text)), raw=r.raw), said, scope, history)
            if a is None:
                a = self._ask_whole(r, scope, history)
        # (the figures as the cited rows print them: '457.091200 万元', not '457.0912 万元')
        return replace(a, text=compose.as_printed(a.text, a.citations)) if a.route != "none" else a

    def _ask_whole(self, r: Reading, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer:
        parts = compound_parts(r.text)
        if not parts:
            parts = _english_parts(r.raw or "")  # ('How many X…, and how many Y?': the English says where they part)
        # '还要买车吗？买几辆？': a yes-or-no part that the next part's count or amount answers is one question with it
        joined: list[str] = []
        for p in parts:
            before = joined[-1].rstrip("？?。，, ") if joined else ""
            if before and named_pattern("yes_no_part").search(before) and named_pattern("how_many_part").search(p):
                joined[-1] = named_pattern("yes_no_part").sub("", before) + p
            else:
                joined.append(p)
        if len(joined) == 1 and len(parts) > 1:
            return self._ask(replace(read(joined[0]), raw=r.raw), scope, history)
        parts = joined
        if parts:
            return self._ask_parts(r, parts, scope, history)
        return self._ask(r, scope, history)

    def _checked(self, r: Reading, said: check.Check, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer:
        """The figure the question asks, with the yes/no of its check: '否：866.7435万元没有超过900万元。'"""
        a = self._ask_whole(r, scope, history)
        if a.route == "none" or a.value is None:
            return a
        return replace(a, text=f"{a.text}\n{said.verdict(a.value, a.unit)}",
                       reading=f"{a.reading or ''}；再与{said.said}比较" if a.reading else a.reading)

    def _with_examples(self, r: Reading) -> Reading:
        """'按明细科目（像基本工资、奖金这种）': rows given as examples name the classification and level asked
        ('（经济分类款级科目）'); examples that name no subject, beside a name given in quotes, only gloss it."""
        listed = counted_list(r.text)
        if listed is not None:  # '那4个专项（A、B、C、D）': the four named
            with contextlib.suppress(BudgetQAError):
                r = replace(read(listed), raw=r.raw)
        clauses = example_clauses(r.text)
        if not clauses:
            return r
        text = r.text
        for start, end, words in reversed(clauses):
            found = {(scheme, level) for w in words for scheme, level in self.conn.execute(
                "SELECT DISTINCT scheme, level FROM subjects WHERE name = ? OR code = ?", (w, w))}  # (or by code)
            phrase = class_phrase(*next(iter(found))) if len(found) == 1 else None
            if phrase:
                text = f"{text[:start]}（{phrase}）{text[end:]}"
            elif not found and re.search(r"[”」\"]的?$", text[:start]):
                text = text[:start] + text[end:]  # '“某类”的（买设备那种）': the asker's gloss of a name given exactly
        if text == r.text:
            return r
        try:
            return replace(read(text), raw=r.raw)
        except BudgetQAError:
            return r

    def _ask_parts(self, r: Reading, parts: list[str], scope: tuple[str, ...], history: tuple[str, ...]) -> Answer:
        """A question of several questions ('多少钱，干什么用的'): every part answered, or said unanswerable."""
        answers: list[Answer] = []
        resolved: list[str] = []
        said: list[str] = []  # each answered part as asked, before it was read as a whole question
        chained_at: int | None = None  # the part asked of the row an earlier part found: its figure is the answer
        for part in parts:
            try:
                pr = read(part)
                ranked = re.search(r"的是“([^”]+)”", answers[-1].text) if answers and answers[-1].route != "none" \
                    and (answers[-1].plan or {}).get("op") in ("max", "min", "nth") else None
                this = _THIS_ROW.match(part)
                if ranked and this:  # '钱主要花在哪个大类上？这个大类占总支出多少': asked of the row found
                    part = f"{ranked.group(1)}{part[this.end():]}"
                    pr = read(part)
                    chained_at = len(answers)
                elif (ranked or answers and answers[-1].route != "none" and (len(answers[-1].items) == 1 and
                      (answers[-1].plan or {}).get("op") == "list" or not pr.english and _row_asked(answers[-1]))) and \
                        self.planner.asked(pu := self.planner.understand(pr, None)) in ("person", "phone") and not any(
                        lk.kinds() - {"doc", "column"} for lk in pu.links):
                    # '哪个项目是两个人共同负责的？负责人是谁', '其中钱最多的是哪个？谁负责': asked of the one row the
                    # part before found ('负责人是谁？电话多少': the row whose person the part before gave)
                    row = ranked.group(1) if ranked else _row_asked(answers[-1]) or answers[-1].items[0].label
                    part = f"{row}{part}"
                    pr = read(part)
                elif ranked and self.planner.asked(pu := self.planner.understand(pr, None)) == "text" and not any(
                        lk.kinds() - {"doc"} for lk in pu.links):
                    # '花钱第二多的是哪类？主要拿来干嘛': what the row found before is for
                    part = f"{ranked.group(1)}{part}"
                    pr = read(part)
            except BudgetQAError:
                continue
            if self._answered_before(Part(pr, None, tuple(answers), tuple(resolved), tuple(said), bool(ranked), scope)):
                continue
            if answers and (agree := named_pattern("agree").search(pr.key)) is not None:
                # '…合计多少？和三公经费里的公务接待费对得上吗': the figure found checked against another
                answers.append(self._agrees(pr, agree, answers[-1], scope, history + tuple(resolved)))
                resolved.append(part)
                said.append(part)
                continue
            self._resolved = part
            a = self._ask(pr, scope, history + tuple(resolved))
            if answers and answers[0].route != "none":
                # a part read again as asked of what an earlier part asked about, each way in turn seeing the answer so
                # far (one that answers takes its place)
                for again in self._PART_AGAIN:
                    found = again(self, pr, part, a, resolved, scope, history, answers[0])
                    if found is not None and found[0].route != "none":
                        a, self._resolved = found
            if answers and a.route != "none" and self._whole_only(pr, a):
                # '…物业管理那个购买服务合同签了几年？今年预算安排多少钱': the budget said alone after a part that
                # names one project is that project's, never the department's whole budget
                alone, asked = self._of_the_project(resolved[0], part, scope, history)
                if alone is None and (named := _project_of_plan(answers[0].plan)):
                    # (the project the first part's answer was read of, when its words named it loosely)
                    asked = f"{named}{part}"
                    alone = self._ask_once(read(asked), tuple((answers[0].plan or {}).get("docs") or scope), history)
                if alone is not None and alone.route != "none" and not self._whole_only(read(asked), alone):
                    a, self._resolved = alone, asked
                elif alone is not None:
                    a = self._refuse(pr, "这一问没有说是哪一项的金额；前一问说的项目没有找到这个数字，为避免答成整个部门的预算，"
                                         "这里不作回答。")
            part_now = Part(pr, a, tuple(answers), tuple(resolved), tuple(said), bool(ranked), scope)
            if self._answered_before(part_now):
                continue
            if (held := next((g for g in _HOLDS if g.test(self, part_now)), None)) is not None:
                a = self._refuse(pr, held.why)
            answers.append(a)
            resolved.append(self._resolved)  # the part as a whole question, after its own follow-up reading
            said.append(part)
        if not answers:
            return self._refuse(r, "没能读懂这个问题。")
        given = [a for a in answers if a.route != "none"]
        if not given:
            return self._refuse(r, answers[0].text, answers[0].suggestions)
        texts = []
        for i, a in enumerate(answers, 1):
            texts.append(a.text if a.route != "none" else f"（第{i}问）{a.text}")
        citations = tuple(dict.fromkeys(c for a in given for c in a.citations))
        head = headline(answers, [read(x).key for x in resolved], said, chained_at)
        first, value = head.answer, head.value
        plan = {"op": "compound", "answer": "list", "parts": [a.plan for a in answers]}
        reading = "；".join(a.reading or a.question for a in answers)
        if len(given) < len(answers):
            # part of the question has no answer: the question as asked is not answered (what was found is
            # shown, with its sources, but no figure is given as the answer)
            return Answer(question=r.raw, text="这个问题只能回答一部分：\n" + "\n".join(texts), route="none",
                          value=None, unit=None, citations=citations, sql=None, confidence=0.0,
                          reading=reading, plan=plan)
        return Answer(question=r.raw, text="\n".join(texts), route="sql" if any(a.route == "sql" for a in given)
                      else "retrieval", value=value, unit=first.unit, citations=citations,
                      sql=None, confidence=min(a.confidence for a in given), items=first.items, chart=first.chart,
                      reading=reading, plan=plan)

    def _of_department_alone(self, pr: Reading, part: str, a: Answer, resolved: list[str], scope: tuple[str, ...],
                             history: tuple[str, ...], first: Answer) -> tuple[Answer, str] | None:
        """'…本级编制多少人？实际在职的多少？': a refused part that names its own figure, which the earlier part's
        figure does not hold, asked of the earlier part's department alone."""
        if a.route != "none" or followup.leans_on_context(part) or self._resolved == part or \
                _answer_type(pr) in ("text", "period") or not self._names_own(pr):
            return None
        said = "".join(dict.fromkeys(lk.text for lk in self._links_of(resolved[0], None)[1]
                                     if lk.kinds() >= {"doc"} and lk.how == "exact"))
        if not said:
            return None
        asked = said + followup.counted_as_before(part, resolved[0])
        b = self._ask_or_none(asked, scope, ())
        return (b, asked) if b is not None else None

    def _of_first_project(self, pr: Reading, part: str, a: Answer, resolved: list[str], scope: tuple[str, ...],
                          history: tuple[str, ...], first: Answer) -> tuple[Answer, str] | None:
        """'某服务经费是请的哪家公司？配了几个人？': a refused part that names nothing of its own, or only an
        indicator ('要保障多少人吃饭': 保障就餐人数), asked of the one project the first part names; so is a part
        answered by words that are only pieces of the text's figures ('某设备购置项目多少钱？计划购置多少台设备': the
        project's own count first, never the department's 单位价值50万元以上的通用设备)."""
        said = self._names_own(pr)
        loose = a.route != "none" and bool(said) and all(lk.how == "partial" and lk.kinds() == {"fact"} for lk in said)
        # ('某中心用房修缮项目安排了多少钱？计划修缮几家某中心': words the first part said of its project, again)
        again = a.route == "none" and bool(said) and all(len(lk.text) >= 2 and lk.text in resolved[0] for lk in said)
        if not loose and not again and (a.route != "none" or not all(followup.only_details(lk) for lk in said)):
            return None
        alone, asked = self._of_the_project(resolved[0], part, scope, history)
        return (alone, asked) if alone is not None else None

    def _column_of_first_project(self, pr: Reading, part: str, a: Answer, resolved: list[str],
                                 scope: tuple[str, ...], history: tuple[str, ...], first: Answer) -> tuple[Answer, str] | None:
        """'某服务项目合同期限多长？本年预算金额多少？': a column asked alone, of the one project the first part names
        (never the column's total in the table), whether or not the part alone was answered."""
        said = self._names_own(pr)
        if not said or not all(lk.kinds() == {"column"} for lk in said):
            return None
        alone, asked = self._of_the_project(resolved[0], part, scope, history, joined="的")
        return (alone, asked) if alone is not None else None

    def _share_of_first(self, pr: Reading, part: str, a: Answer, resolved: list[str], scope: tuple[str, ...],
                        history: tuple[str, ...], first: Answer) -> tuple[Answer, str] | None:
        """'某采购里工程类预算多少钱，占采购总预算的比例是多少': a refused part that asks a share and names no part,
        asked of what the first part asked (the first part's figure is the part)."""
        share = _SHARE_ALONE.match(part)
        if a.route != "none" or first.route == "none" or first.value is None or share is None:
            return None
        if (stem := _stem(resolved[0], _ASK_AMOUNT_END)) is None:
            return None
        asked = f"{stem}{share.group('rest')}"
        if (b := self._ask_or_none(asked, scope, history)) is None:
            return None
        return (b, asked) if b.unit == "%" else None

    def _contact_of_first(self, pr: Reading, part: str, a: Answer, resolved: list[str], scope: tuple[str, ...],
                          history: tuple[str, ...], first: Answer) -> tuple[Answer, str] | None:
        """'部门负责人是谁，电话多少': a refused part asking a person's or a phone's column, of what the first part
        asks about."""
        said = self._names_own(pr)
        # ('这个项目的负责人是谁？联系电话多少', a follow-up: the form's 联系电话 answered the part alone; the project's is asked)
        named = _project_of_plan(first.plan)
        of_form = a.route != "none" and named is not None and _reads_form_field(a.plan)
        if a.route != "none" and not of_form or not said or not all(  # (or a form's own field of that name: 联系电话)
                lk.kinds() <= {"column", "value"} and all(t.role in ("phone", "owner", "field") for t in lk.terms)
                and any(t.role in ("phone", "owner") for t in lk.terms) for lk in said):
            return None
        if (stem := _stem(resolved[0], _ASK_CONTACT_END)) is None:
            return None
        if named and (of_form or followup.leans_on_context(stem)):
            stem = named  # '这个项目的负责人是谁？联系电话多少': the project the first part's answer found
        asked = f"{stem}的{re.sub(r'^(?:联系)?电话', '联系电话', part)}"  # (a form prints its 联系电话 row)
        b = self._ask_or_none(asked, scope, history)
        return (b, asked) if b is not None else None

    def _sum_of_first_set(self, pr: Reading, part: str, a: Answer, resolved: list[str], scope: tuple[str, ...],
                          history: tuple[str, ...], first: Answer) -> tuple[Answer, str] | None:
        """'某处有几个项目？一共多少钱': a sum that names nothing, asked after a part that counted or listed a set of
        projects, is the sum of that set (never the unit's whole budget)."""
        plan = first.plan or {}
        target = plan.get("target") or {}
        filters = target.get("filters") or []
        if first.route == "none" or plan.get("op") not in ("count", "list") or plan.get("set_of") != "project_name" \
                or not pr.has("op:sum") or not filters or any(k in plan for k in ("lo", "hi", "n")) or \
                any(k in target for k in ("within", "exclude", "zero", "has", "has_not")) or self._names_own(pr):
            return None
        asked = f"{''.join(f['value'] for f in filters)}的项目{part}"
        if (b := self._ask_or_none(asked, tuple(plan.get("docs") or scope), ())) is None:
            return None
        return (b, asked) if (b.plan or {}).get("op") == "sum" and b.unit in MONEY else None

    def _columns_only(self, text: str, *, loose: bool = False) -> bool:
        """Does the text name columns and nothing else ('本年预算金额')? `loose`: or no row, only figures that
        may name a column ('政府购买服务预算金额')."""
        try:
            links = self.planner.understand(read(text), None).links
        except BudgetQAError:
            return False
        kinds = {"column", "concept", "section"} if loose else {"column"}
        return bool(links) and all(lk.kinds() <= kinds for lk in links)

    def _answered_before(self, part: Part) -> str | None:
        """The name of the first `_SKIPS` rule by which an earlier part answered this one already, or None."""
        return next((skip.name for skip in _SKIPS if skip.test(self, part)), None)

    def _whole_only(self, pr: Reading, a: Answer) -> bool:
        """Was the part answered with the department's whole budget ('今年预算安排多少钱': 收入总计), naming nothing
        else?"""
        target = (a.plan or {}).get("target") or {}
        c = concept(target.get("concept") or "")
        return (a.plan or {}).get("op") == "lookup" and c is not None and c.whole and not target.get("filters") and \
            all(any(t.kind == "concept" and _is_whole(t.role or "") for t in lk.terms) and
                not any(t.kind == "value" for t in lk.terms) for lk in self._names_own(pr))

    def _names_own(self, pr: Reading) -> list:
        """What a part names besides a department (read alone, without the conversation)."""
        return [lk for lk in self.planner.understand(pr, None).links if lk.kinds() - {"doc"}]

    # the ways a part is read again after an earlier part was answered, in order (each sees the answer so far)
    _PART_AGAIN = (_of_department_alone, _of_first_project, _column_of_first_project, _contact_of_first, _share_of_first,
                   _sum_of_first_set)

    def ask_many(self, questions: Iterable[str], *, progress: Callable[[int, int], None] | None = None) -> list[Answer]:
        qs = list(questions)
        out = []
        for i, text in enumerate(qs, 1):
            try:
                out.append(self.ask(text))
            except BudgetQAError as e:
                out.append(refusal(str(text), f"无法回答：{e}", error=str(e)))
            if progress:
                progress(i, len(qs))
        return out

    def documents(self):
        from .info import documents

        return documents(self.conn)

    def findings(self, doc_id: str | None = None):
        from ingest.consistency import load_findings

        return load_findings(self.conn, doc_id)

    def examples(self, n: int = 6) -> list[str]:
        from .examples import examples

        return examples(self, n)

    def close(self) -> None:
        self.conn.close()

    # ------------------------------------------------------------------------------------------ scope

    def _scope(self, doc: str | None) -> tuple[str, ...]:
        """The documents a question may use: all, or the one a `doc` argument names (file name or id)."""
        docs = tuple(sorted(self.lexicon.docs))
        if not doc or doc == "*":
            return docs
        for d, (_dep, _y, src) in self.lexicon.docs.items():
            if doc in (d, src) or Path(doc).name == src:
                return (d,)
        stems = [d for d, (_dep, _y, src) in self.lexicon.docs.items() if Path(src).stem == Path(doc).name]
        if len(stems) == 1:  # the file name without its extension ('xicheng_hrss_2023_budget')
            return (stems[0],)
        raise IndexError_(f"索引里没有文件“{doc}”。可用的文件：{'、'.join(s for _, _, s in self.lexicon.docs.values())}")

    def _scope_text(self, docs: Sequence[str]) -> str:
        parts = [f"{self.names[d].department}{self.names[d].year}年部门预算" if self.names[d].year
                 else self.names[d].department for d in docs]
        return "、".join(parts[:4]) + (f"等 {len(parts)} 份文件" if len(parts) > 4 else "")

    def _of_the_project(self, first: str, part: str, scope: tuple[str, ...], history: tuple[str, ...], *,
                        joined: str = "") -> tuple[Answer | None, str]:
        """A part asked of the one project the first part names, exactly or by a paraphrase (the answer and the
        question as asked); (None, '') when the first part names no one project."""
        try:
            links = self.planner.understand(read(first), None).links
            # (or by a paraphrase the first part was answered with: '那个口袋公园项目' -> its name as printed)
            rows = list(dict.fromkeys(lk.text for lk in links if lk.how == "exact" and any(
                t.kind == "value" and t.role == "project_name" for t in lk.terms)))
            rows += list(dict.fromkeys(t.display for lk in links if lk.how == "fuzzy" for t in lk.terms
                                       if t.kind == "value" and t.role == "project_name"))
            if not rows:  # ('某专项的立项依据是什么文件？总预算多少': an item the text describes in a section of its own)
                rows = [lk.text for lk in links if lk.how == "exact" and lk.kinds() == {"section"} and
                        re.search(r"(专项|项目)$", lk.text)][:1]
            if len(rows) != 1:
                return None, ""
            text = f"{rows[0]}{joined}{part}"
            return self._ask_once(read(text), scope, history), text
        except BudgetQAError:
            return None, ""

    def _agrees(self, r: Reading, agree: re.Match, before: Answer, scope: tuple[str, ...],
                history: tuple[str, ...]) -> Answer:
        """'和X对得上吗' after a part that found a figure: X found too, and whether the two are the same amount."""
        other = agree.group("other")
        if before.route == "none" or before.value is None or before.unit not in _YUAN or not other:
            return self._refuse(r, "没能确定要核对的是哪两个数字，这一问不作回答。")
        try:
            b = self._ask_once(read(f"{other}是多少"), tuple((before.plan or {}).get("docs") or scope), history)
        except BudgetQAError:
            return self._refuse(r, f"没有找到“{other}”，无法核对。")
        if b.route == "none" or b.value is None or b.unit not in _YUAN:
            return self._refuse(r, f"没有找到“{other}”的金额，无法核对。")
        text = check.agreement((before.value, before.unit), (b.value, b.unit), other)
        return replace(b, question=r.raw, text=text, value=None, unit=None, items=(),
                       reading=f"核对：前一问的数字与{other}")

    def _asked_again(self, part: Reading, a: Answer, earlier: Reading, b: Answer, scope: tuple[str, ...]) -> bool:
        """Does a part ask again for the figure an earlier part got: the same figure found by a lookup, and every
        name the part says in the earlier part, in what the earlier part found or in its answer's label
        ('实际有多少人？实际人数一共多少人': 实际人数为 384 人)?"""
        if a.value is None or (a.value, a.unit, a.citations[:1]) != (b.value, b.unit, b.citations[:1]) or \
                not a.plan or not b.plan or a.plan.get("op") != "lookup" or b.plan.get("op") != "lookup":
            return False
        found = json.dumps(b.plan.get("target") or {}, ensure_ascii=False) + re.split(r"原文|（来源", b.text)[0]
        said = [lk for lk in self.planner.understand(part, scope).links if lk.kinds() - {"doc"}]
        before = {t.display for lk in self.planner.understand(earlier, scope).links for t in lk.terms}
        # (each name the part says is one the earlier part named: '其中运行费多少' after '购置及运行费一共多少' is not)
        return all(lk.text in earlier.key or lk.text in found for lk in said) and all(
            any(t.display in before for t in lk.terms) for lk in said)

    def _restates(self, part: Reading, before: list[Reading], scope: tuple[str, ...]) -> bool:
        """Does a part of a question only say again what an earlier part asked: it names nothing (but a
        document), and each of its operation and set words is one the earlier part has?"""
        if any(lk.kinds() - {"doc"} for lk in self.planner.understand(part, scope).links):
            return False
        said = {s.label for s in part.spans if s.label.startswith(("op:", "set:"))}
        return bool(said) and any(said <= {s.label for s in b.spans} for b in before)

    def _docs_for(self, u: Understanding, scope: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
        """(documents the question is about, a refusal reason) from the departments and years it names: each step of
        `_DOC_STEPS` in turn narrows the documents, or refuses."""
        docs = list(scope)
        for step in _DOC_STEPS:
            docs, why = step.run(self, u, scope, docs)
            if why is not None:
                return (), why
        return tuple(docs), None

    def _narrative_like(self, docs: Sequence[str], *likes: str) -> list[tuple[str, str | None]]:
        """The narrative chunks of `docs` whose text matches every LIKE pattern: (chunk id, section), in document
        order."""
        marks = ", ".join("?" for _ in docs)
        holds = " AND ".join("text LIKE ?" for _ in likes)
        return self.conn.execute(
            f"SELECT chunk_id, section FROM chunks WHERE doc_id IN ({marks}) AND kind = 'narrative' AND {holds} "  # noqa: S608
            "ORDER BY line", (*docs, *likes)).fetchall()

    def _put_first(self, ids: Sequence[str], hits: list) -> list:
        """`hits` with the chunks `ids` first, in that order (found by what they say, wherever the ranking put them)."""
        from .retrieve import Hit

        ids = list(dict.fromkeys(ids))
        found = self.retriever().chunks(ids)
        first = [Hit(chunk=found[c], score=0.0, bm25_rank=None, dense_rank=None) for c in ids if c in found]
        return first + [h for h in hits if h.chunk.chunk_id not in set(ids)]

    def _no_year(self, year: int, docs) -> str:
        """The refusal when no document asked about is of `year`, naming the years that can be asked."""
        ys = "、".join(str(y) for y in sorted({self.names[d].year for d in docs} - {None, 0}))
        return f"文件中没有 {year} 年的预算数据。本次可查的是{self._scope_text(docs)}（年度：{ys}），无法回答这个问题。"

    def _year_before(self, u: Understanding, docs: tuple[str, ...]) -> int | None:
        """The year a question asks about by '去年/上一年' alone (no year written, nothing compared, no
        execution asked): the year before that of the budgets it is about, when they share one year."""
        r = u.reading
        said = [s for s in r.spans if s.label == "rel:prior" and not any(  # ('截至去年8月底': the day a count is taken)
            x.label == "year:snapshot" and x.start <= s.start < x.end for x in r.spans)]
        if u.years or not said or r.has("rel:current") or r.has("op:change") or r.has("op:than") or \
                r.has("type:text") or _LIKE_BEFORE.search(r.key) or _EXECUTED.search(r.key) or any(lk.start < s.end and s.start < lk.end for s in said for lk in u.links):
            return None
        years = {self.names[d].year for d in docs}
        return years.pop() - 1 if len(years) == 1 and None not in years else None

    def _year_told(self, u: Understanding, docs: Sequence[str]) -> bool:
        """An earlier year's what or how ('2023年某项目的绩效评价结果如何'): a sentence of the text that says that year
        and every row the question names (`_retrieve` then keeps to the passages that say the year)."""
        if _answer_type(u.reading) not in ("text", "score"):  # ('2023年某项目的绩效评价得分': its score, stated so)
            return False
        # (the rows it names, a project; the department's own name is 我局 in its text)
        names = [(t.display, t.kind == "value") for lk in u.links if lk.how == "exact" and "doc" not in lk.kinds()
                 for t in lk.terms[:1] if t.role != "unit_name"]
        # (a score: the year said of the row itself, '…对我局2023年某项目开展绩效评价' read for '2023年某项目', never
        # the year the evaluation was made in)
        score = _answer_type(u.reading) == "score"
        return bool(names) and any(all(self._says_in_a_sentence(docs, y, n, score and row) for n, row in names)
                                   for y in u.years)

    def _evaluator(self, org: str, scope: Sequence[str]) -> bool:
        """Does a sentence of the text say that the office the question names evaluated something ('区财政局2024年
        对我局…开展绩效评价')? The office is the end of what was read as one name ('…项目区财政局': 财政局)."""
        office = re.search(r"[\u4e00-\u9fff]{2}[局委厅办]$", org)
        if office is None:
            return False
        marks = ", ".join("?" for _ in scope)
        return self.conn.execute(
            f"SELECT 1 FROM facts WHERE doc_id IN ({marks}) AND sentence LIKE ? AND sentence LIKE '%评价%' LIMIT 1",  # noqa: S608
            (*scope, f"%{office.group(0)}%")).fetchone() is not None

    def _says_in_a_sentence(self, docs: Sequence[str], year: int, phrase: str, joined: bool = False) -> bool:
        """Does a sentence of the text say the year and the phrase, whole or in pieces of two characters or more
        that make up all of it (an English question's words come in another order: '某扶贫项目区财政局绩效评价')?"""
        marks = ", ".join("?" for _ in docs)
        for (sentence,) in self.conn.execute(
                f"SELECT sentence FROM facts WHERE doc_id IN ({marks}) AND sentence LIKE ?", (*docs, f"%{year}年%")):  # noqa: S608
            text = norm(sentence or "")
            if joined:
                if re.search(rf"{year}年(?:度)?{re.escape(phrase)}", text):
                    return True
            elif phrase in text or _made_up_of(phrase, text):
                return True
        return False

    def _prior_stated(self, u: Understanding, docs: list[str]) -> bool:
        """Does the text state a figure the question names for the earlier year it asks about ('2022年的机关运行
        经费': '比2022年1,231.65万元增加…')? Only such a figure can answer it."""
        words = [t.display for lk in u.links for t in lk.terms if t.kind in ("fact", "concept")]
        if not u.years:
            return False
        if not words:  # ('23年公务接待费': a row's name, which the text may state that year under its own heading)
            words = [t.display for lk in u.links if lk.how == "exact" for t in lk.terms
                     if t.kind == "value" and t.role in _NAME_ROLES]
        if not words and not u.unexplained and "预算" in u.reading.key and \
                all(t.kind == "doc" for lk in u.links for t in lk.terms):
            # '某局2025年预算是多少' of the 2026 budget: the budget as a whole, under the names the text gives it
            words = [a for aliases in _whole_aliases().values() for a in aliases if len(a) >= 3]
        whole = _whole_aliases()
        named = [t.display for lk in u.links for t in lk.terms if t.kind == "concept"]
        if named and all(n in whole for n in named) and not u.unexplained:
            # '2023年的部门预算总盘子' of the 2024 budget: the whole, under any name the text gives it
            words += [a for n in named for a in whole[n] if len(a) >= 3]
        marks = ", ".join("?" for _ in docs)
        said = [w for w in u.unexplained if len(w) >= 3]
        if said and all(any(self._says_in_a_sentence(docs, y, w) for w in said) for y in u.years):
            return True  # '2021年某扶贫项目的评价得分': a sentence of the text says that year and those words
        if not words:
            return False
        ymarks = ", ".join("?" for _ in u.years)
        rows = self.conn.execute(
            f"SELECT label, subject, section FROM facts WHERE doc_id IN ({marks}) AND (year IN ({ymarks}) AND is_change = 0 "  # noqa: S608
            f"OR compare_year IN ({ymarks}) AND is_change = 1 AND kind = 'amount')",
            (*docs, *u.years, *u.years)).fetchall()  # (a change against that year gives its figure too)
        # (or the heading the sentence stands under: '2、公务接待费' over '2024年财政预算数…，比2023年财政预算数…')
        return any(w and (w in (label, subject, last_heading(section)) or len(w) >= 3 and (w in (label or "") or w in (subject or "")))
                   for label, subject, section in rows for w in words)

    def _years_of_named(self, u: Understanding, text: str) -> str:
        """'某局那边这一块呢？' after '某区某局2021年…': a year the earlier question gave for another
        department is none of the department named now, whose own budget is meant."""
        named = {d for lk in u.links for t in lk.terms if t.kind == "doc" for d in t.docs}
        years = {self.names[d].year for d in named if d in self.names}
        if not named or None in years:
            return text
        return re.sub(r"(\d{4})年(?:度)?", lambda m: m.group(0) if int(m.group(1)) in years else "", text)

    @staticmethod
    def _prior_year_ok(u: Understanding, doc_years: set) -> bool:
        """A year before the budget's own is fine when the question compares with it (比2022年增长了多少)."""
        r = u.reading
        return bool(r.has("op:change") or r.has("op:than")) and all(
            any(y < dy for dy in doc_years if dy) for y in u.years)

    # ------------------------------------------------------------------------------------------ answering

    def _readings_first(self) -> tuple[tuple[Callable, Callable], ...]:
        """The readings of a whole question tried before it is planned, in order: each finds its words in the
        question (a match, or None), then answers it or gives way (None) to the next. A chain of a rank or of an
        owner always answers (it refuses rather than read the question otherwise)."""
        return (
            (lambda r, h: chained(r.text), self._ask_chain),  # '钱最多的那个是干啥的'
            (lambda r, h: owner_chained(r.text), self._ask_owner_chain),  # '某项目负责人负责的其他项目'
            (lambda r, h: named_pattern("complement").search(r.key) or named_pattern("complement_left").search(r.key),
             self._complement),  # '除去某某的部分', '某某扣掉某项以后还剩多少'
            (lambda r, h: named_pattern("per_project").search(r.key) and (None,),  # '平均每个项目多少'
             lambda r, m, s, h: self._per_head(r, None, s, h)),
            (lambda r, h: named_pattern("per_head_counted").search(r.key) or named_pattern("per_head").search(r.key)
             or named_pattern("per_head_counted_first").search(r.key) or named_pattern("per_head_before").search(r.key)
             or named_pattern("per_head_group").search(r.key) or named_pattern("per_head_counted_after").search(r.key)
             or named_pattern("per_head_counted_group").search(r.key) or named_pattern("per_head_have").search(r.key)
             or named_pattern("per_head_told").search(r.key) or named_pattern("per_head_counted_then").search(r.key),
             self._per_head),  # '离休费平均到每个离休人员是多少'
            (lambda r, h: named_pattern("per_person").search(r.key), self._per_head),  # '某补贴平均一个人能拿多少'
            (lambda r, h: named_pattern("per_thing").search(r.key), self._per_thing),  # '平均一台设备多少万元'
            (lambda r, h: named_pattern("per_area").search(r.key), self._per_area),  # '平均每公顷的养护成本'
            (lambda r, h: named_pattern("average_each").search(r.key), self._average),  # '某科目下的项目平均每个多少'
            (lambda r, h: named_pattern("shared_owner").search(r.key), self._shared_owner),  # '两个人共同负责的项目'
            # '哪些专项把《某意见》列为立项依据': the items whose basis names the work
            (lambda r, h: title_said(r.text) and named_pattern("cites_title").search(r.key), self._citing),
            (lambda r, h: named_pattern("fund_source_asked").search(r.key), self._fund_source),  # '用的是哪类资金'
            (lambda r, h: named_pattern("belongs_to").search(r.key), self._belongs_to),  # '属于哪个专项'
            (lambda r, h: named_pattern("either_class").search(r.key), self._either_class),  # '哪些属于A或B'
            (lambda r, h: named_pattern("parts_of_whole").search(r.key), self._parts_of_whole),  # '三公经费里哪项最多'
            # '按2023年某经费和2022年某经费两个数计算，实际增加了多少': the difference of the two levels
            (lambda r, h: named_pattern("levels_by_year").search(r.key), self._levels_by_year),
            (lambda r, h: named_pattern("levels_years_first").search(r.key), self._levels_by_year),  # '按2023年和2022年某经费'
            (lambda r, h: named_pattern("levels_said").search(r.key), self._levels_by_year),  # '某经费2023年是A、2022年是B'
            (lambda r, h: named_pattern("levels_from_to").search(r.key), self._levels_by_year),  # '从2022年的A降到2023年的B'
            # '项目支出减少的金额占2022年项目支出预算的比例': its rate of change, that year the base
            (lambda r, h: named_pattern("change_share_of_base").search(r.key), self._change_share_of_base),
            (lambda r, h: named_pattern("rank_of").search(r.key) and (None,),  # '排第几'
             lambda r, m, s, h: self._rank_of(r, s, h)),
            (lambda r, h: directory.asks(r.key), lambda r, m, s, h: self._directory(r, m, s)),  # '一共附了几张表'
            # '这三个项目加起来占项目支出的比例' after '金额最大的前三个项目是哪些': of the rows it found, by name
            (lambda r, h: h and (these := _THESE.match(r.key)) and _SUM_OR_SHARE.match(r.key[these.end():])
             and r.key[these.end():], self._of_the_ones_found),
            (lambda r, h: h and (this := _THIS_ONE.match(r.key)) and len(r.key) > this.end() + 1
             and r.key[this.end():], self._of_the_one_found),
            # '负责人是谁' after '预算最多的项目是哪个': the person of the one row that ranking found
            (lambda r, h: h and named_pattern("owner_asked_alone").match(r.key) and f"的{r.key}", self._of_the_one_found),
        )

    def _ask(self, r: Reading, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer:
        """One question: asked in other words first when a `_RETRIES` step says so, then read and answered, then
        checked against what it says."""
        for step in _RETRIES:
            if step.on is None and (again := step.words(self, r, scope)) is not None:
                return again.of(r, self._ask(again.reading, scope, history))
        a = first = self._ask_read(r, scope, history)
        for step in _RETRIES:
            if step.on is None or not step.on(a) or (again := step.words(self, r, scope)) is None:
                continue
            if step.whole:
                if step.keeps(first, b := self._ask(again.reading, scope, history)):
                    return again.of(r, b)
            elif (b := self._ask_read(again.reading, scope, history)).route != "none":
                a = again.of(r, b)
        if a.route != "none" and a.value is not None and _answer_type(r) == "score" and \
                (other := _score_of_another_year(r, a)) is not None:
            # '海淀园林局2025年某项目的绩效评价得分' where the text scores that project's 2023 year: no 2025 score
            return self._refuse(r, other)
        if _changed(first) and _DERIVE_BACK.search(r.raw):
            # '…倒推2024年的支出预算是多少': the earlier year's own figure, which a change is never an answer to
            return self._refuse(r, "问题要由变化数倒推上一年的数，这里找到的只是变化数本身；为避免答非所问，这里不作回答。")
        if a.route != "none" and (a.plan or {}).get("op") in ("max", "min", "top", "nth") and \
                (a.plan or {}).get("across") == "each" and len((a.plan or {}).get("docs") or ()) > 1 and \
                named_pattern("which_department_one").search(r.key):
            # '这些部门预算里，收入最小的是哪个单位': which department, never the rows ranked inside each one
            return self._refuse(r, "问题问的是哪一个部门，这里找到的只是每份预算内部各行的排序；为避免答非所问，这里不作回答。")
        which = named_pattern("which_n").search(r.key)
        if which and a.route not in ("none", "text") and not named_pattern("set_noun").search(which["noun"]) and \
                len(a.items) != int(which["n"]) and not (  # ('立项依据是哪两个文件': the passage that lists them)
                a.route == "retrieval" and named_pattern("named_in_text").fullmatch(which["noun"])):
            # '修的是哪三家社区卫生服务中心': names of things the tables do not list, never the project's figures
            return self._refuse(r, f"文件没有列出问题所问的这{which['n']}项各是什么，为避免答非所问，这里不作回答。")
        if a.route != "none" and (a.plan or {}).get("op") in ("share", "ratio") and \
                named_pattern("change_part").search(r.key):
            # '项目支出减少的金额占基本支出的比例': a change's share, which no share of the levels answers
            return self._refuse(r, "问题问的是变化额所占的比例，没有找到能直接回答的数字，为避免答非所问，这里不作回答。")
        changes = [m.span() for m in named_pattern("stated_change").finditer(r.text)]
        if a.route != "none" and (a.plan or {}).get("op") in ("diff", "change") and a.unit in MONEY and \
                a.value is not None and len(levels := [m for m in named_pattern("stated_level").finditer(r.text) if not any(
                    s <= m.start() < e for s, e in changes)]) == 2 and (not changes or all(e <= levels[0].start() for _s, e in changes)):
            # (a change the asker says the text states, then two levels to check it by: '说明里讲比上年增加A万元，用
            # B万元和C万元核算一下，实际应增加多少': their difference)
            return self._of_levels_said(r, a, levels)
        if a.route != "none" and (a.plan or {}).get("op") == "change" and a.unit == "%" and a.value is not None and \
                len(levels := list(named_pattern("stated_level").finditer(r.text))) == 2:
            return self._rate_of_levels_said(r, a, levels)
        if a.route != "none" and (a.plan or {}).get("op") in ("diff", "change") and a.unit in MONEY and \
                named_pattern("stated_change").search(r.text):
            # '…比2024年增加了24,491.71万元，那2024年的支出预算是多少': the change in money is what the asker
            # already said; a difference or change in money answers something else than what is asked of it (a
            # rate of that change, '降幅是百分之几', is still asked)
            return self._refuse(r, "问题已经给出了变化的数额，问的是另一个数字；这里没能确定它指的是哪一个，为避免答非所问，"
                                   "这里不作回答。")
        return a

    def _own_years(self, r: Reading, scope: tuple[str, ...]) -> Reading | None:
        """'甲局2024年的三公经费是乙局2023年的几倍': two or more departments, each said with the year of its own budget.
        The years say which budgets, never a change from one year to the other: the question without them, when each
        department names one budget in scope and that budget is of the year said with it; None otherwise."""
        if len(set(r.years)) < 2:
            return None
        try:
            u = self._understood(r, scope)
        except BudgetQAError:
            return None
        held = set(scope or self.names)
        cuts = []
        for lk in u.links:
            if lk.kinds() != {"doc"} or not (m := _OWN_YEAR.match(r.key, lk.end)):
                continue
            docs = {d for t in lk.terms for d in t.docs} & held
            if len(docs) != 1 or self.names[next(iter(docs))].year != int(m["y"]):
                return None  # (a department with budgets of several years: the year chooses one)
            cuts.append(m.span())
        if len(cuts) < 2:
            return None
        key = r.key
        for a, b in reversed(cuts):
            key = key[:a] + key[b:]
        try:
            return read(key)
        except BudgetQAError:
            return None

    def _said_once(self, r: Reading, scope: tuple[str, ...], side: str) -> Reading | None:
        """A part of two names said once for both, on either side of the and-word: the head of the first
        ('某大厦物业费和运维费': 某大厦运维费, side 'head') or the tail of the second ('行政单位和事业单位离退休':
        行政单位离退休, side 'tail'). When the words on the other side of the and-word, with that part, name another row
        of the same kind as the name that says it, and alone name none: the question with the part said twice; None
        otherwise. The tail is tried before answering, so its names are looked up exactly, all at once; the head is
        tried only when the question was refused, and its names may be said in other words ('运维费')."""
        if not _AND.search(r.key):
            return None
        try:
            u = self._understood(r, scope)
        except BudgetQAError:
            return None
        docs = frozenset(scope) if scope else None
        head = side == "head"
        for lk in u.links:
            joined = next((m for m in _AND.finditer(r.key) if (m.start() == lk.end if head else m.end() == lk.start)), None)
            roles = {t.role for t in lk.terms if t.kind == "value"} & set(_NAME_ROLES)
            if joined is None or not roles or lk.how not in (("exact", "synonym", "fuzzy") if head else ("exact", "synonym")):
                continue  # (a head may be said in other words: '某大厦光物业费和运维费')
            shown = {t.display for t in lk.terms}
            at = joined.end() if head else joined.start()  # (where the part is said again)
            pieces = [lk.text[:n] if head else lk.text[-n:] for n in range(len(lk.text) - 2, 1, -1)]  # (longest first)
            words = [w for a in range(6, 1, -1) if len(w := r.key[at : at + a] if head else r.key[max(0, at - a) : at]) == a]
            found = self.lexicon.terms(list(dict.fromkeys(norm(x) for p in pieces for w in words
                                                           for x in ((p + w) if head else (w + p), w))), docs)

            def names(x: str, found: dict = found, roles: set = roles, shown: set = shown) -> bool:
                terms = found.get(norm(x), [])
                if not terms and head:
                    terms = [t for o in self.lexicon.link(norm(x), docs) if (o.start, o.end) == (0, len(norm(x)))
                             and o.how in ("exact", "synonym") for t in o.terms]
                return any(t.kind == "value" and t.role in roles and t.display not in shown for t in terms)

            for piece in pieces:
                for w in words:  # (the longest words beside the and-word that name a row with that part)
                    if w.startswith(piece) if head else w.endswith(piece):
                        continue  # (the other name says the part itself)
                    if names(w):
                        break  # (the other is a name of its own)
                    if names(piece + w if head else w + piece):
                        try:
                            return read(r.key[:at] + piece + r.key[at:])
                        except BudgetQAError:
                            return None
        return None

    def _homophone(self, r: Reading, scope: tuple[str, ...]) -> Again | None:
        """'某坊专项资金是干啥用的': a word the index does not hold, typed as a homophone of one character of a name it
        does hold (某访专项资金: the same pinyin, with the words beside it), read as that name when exactly one name
        so fits; the answer says how the word was read. None otherwise (the first such word decides)."""
        from .lexicon import pinyin_forms

        try:
            u = self._understood(r, scope)
        except BudgetQAError:
            return None
        docs = frozenset(scope) if scope else None
        for w in u.unexplained:
            at = r.key.find(w)
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", w) or at < 0:
                continue
            heard = set(pinyin_forms(w))
            before, after = r.key[:at], r.key[at + len(w):]
            meant = set()
            for term, _shared in self.lexicon.partial(r.key[max(0, at - 6): at + len(w) + 6], docs):
                for i in range(len(term) - len(w) + 1):
                    c = term[i : i + len(w)]
                    if sum(x != y for x, y in zip(c, w, strict=True)) != 1 or not heard & set(pinyin_forms(c)):
                        continue
                    # (the name goes on as the question does, on one side at least two characters)
                    ctx = max(len(os.path.commonprefix([term[i + len(w):], after])),
                              len(os.path.commonprefix([term[:i][::-1], before[::-1]])))
                    if ctx >= 2:
                        meant.add(c)
            if len(meant) != 1:
                continue
            c = meant.pop()
            try:
                return Again(read(before + c + after), f"（问题中的“{w}”按“{c}”理解）")
            except BudgetQAError:
                return None
        return None

    def _parts_of_class(self, r: Reading, scope: tuple[str, ...]) -> Again | None:
        """'对个人和家庭的补助是给什么的': what an economic class is for is the 科目 under it; the question asking for
        them (reading.json `class_asked_for`). None unless the one name the question gives is an economic class's."""
        m = named_pattern("class_asked_for").search(r.key)
        if m is None:
            return None
        try:
            u = self._understood(r, scope)
        except BudgetQAError:
            return None
        named = [lk for lk in u.links if lk.kinds() & {"value", "fact", "section"}]
        if len(named) != 1 or not all(t.kind == "value" and t.role in ("econ_name", "gov_econ_name")
                                      for t in named[0].terms):
            return None
        try:
            return Again(read(f"{r.key[: m.start()]}下面有哪些科目{r.key[m.end():]}"))
        except BudgetQAError:
            return None

    def _unglossed(self, r: Reading, scope: tuple[str, ...]) -> Again | None:
        """'the authorized staff size (编制) of …': an English name with its Chinese beside it, said twice; the
        question without the Chinese. None when the question is not English or has no such gloss."""
        if not r.english or not _GLOSS.search(r.raw):
            return None
        try:
            return Again(read(_GLOSS.sub("", r.raw)))
        except BudgetQAError:
            return None

    def _rate_of_levels_said(self, r: Reading, a: Answer, levels: list[re.Match]) -> Answer:
        """'说明里写的是减少20.96%，按2023年3,139.90万元和2022年3,798.13万元重新算，减幅应该是多少': the rate from the
        two levels the asker gives, each with its year, against the earlier one. The rate found stands when it is that
        rate; when it is not (a rate the text states on another base), it is computed, if the cited passages print
        both levels, else refused."""
        said = []
        for m in levels:
            if re.search(r"(?:增加|减少|增长|下降|上升|降低|压减|多|少|高|低)了?(?:约|近|超过)?$", r.text[: m.start()]):
                return a  # ('比2022年减少了658.23万元': a change the asker says, no level of a year)
            year = re.search(r"((?:19|20)\d\d)年[\u4e00-\u9fff]{0,10}$", r.text[max(0, m.start() - 16) : m.start()])
            if year is None:
                return a  # (which year each is not said: the rate found, as read)
            said.append((int(year.group(1)), float(m["n"].replace(",", "").replace("，", "")) * MONEY[m["u"]], m))
        (y0, v0, m0), (y1, v1, m1) = sorted(said, key=lambda x: x[0])
        if y0 == y1 or not v0:
            return a
        wanted = round(abs(v1 - v0) / v0 * 100, 4)
        if abs(abs(a.value) - wanted) <= 0.005:
            return a
        if not all(any(m["n"] in c.text for c in a.citations) for m in (m0, m1)):
            return self._refuse(r, "文件中说明的变化幅度与问题给出的两个数算出的不一致，为避免答非所问，这里不作回答。")
        text = (f"按问题给出的两个数计算：以{y0}年的 {m0['n']}{m0['u']} 为基数，{y1}年的 {m1['n']}{m1['u']} "
                f"{'减少' if v1 < v0 else '增加'}了 {wanted:.2f}%。文件中说明的幅度是 {abs(a.value):.2f}%，"
                f"与按这两个数算出的不一致，请以原文核对。")
        return replace(a, text=text, value=wanted, unit="%",
                       plan={**(a.plan or {}), "note": "levels_said"},
                       reading=f"({m1['n']} − {m0['n']}) ÷ {m0['n']}（{y0}年为基数）")

    def _of_levels_said(self, r: Reading, a: Answer, levels: list[re.Match]) -> Answer:
        """'某经费2023年1,259.62万元，2022年1,231.65万元，按这两个数实际增加了多少': the difference of the two figures the
        asker gives. The answer found stands when it is that difference; when it is not (a change the text states
        wrongly), the difference is computed, if the cited passages print both figures, else refused."""
        x, y = (float(m["n"].replace(",", "").replace("，", "")) * MONEY[m["u"]] for m in levels)
        unit = levels[0]["u"]
        wanted = abs(x - y) / MONEY[unit]
        found = a.value * MONEY[a.unit] / MONEY[unit]
        if abs(abs(found) - wanted) <= max(0.005, wanted * 1e-6):
            return a
        printed = [m["n"] for m in levels]
        if not all(any(p in c.text for c in a.citations) for p in printed):
            return self._refuse(r, "文件中说明的变化与问题给出的两个数之差不一致，为避免答非所问，这里不作回答。")
        text = (f"按问题给出的两个数计算：{printed[0]}{unit} 与 {printed[1]}{unit} 相差 "
                f"{compose.money_text(round(wanted, 6), unit)}。文件中说明的变化是 {compose.money_text(abs(found), unit)}，"
                f"与这两个数之差不一致，请以原文核对。")
        return replace(a, text=text, value=round(wanted, 6), unit=unit,
                       plan={**(a.plan or {}), "op": "diff", "note": "levels_said"},
                       reading=f"{printed[0]}{unit} − {printed[1]}{unit}")

    def _ask_read(self, r: Reading, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer:
        for found, answer in self._readings_first():
            if m := found(r, history):
                told = answer(r, m, scope, history)
                if told is not None:
                    return told
        self._leaned = False
        pair = _EACH_PAIR.fullmatch(r.text.strip().rstrip("？?。！! "))
        if pair is not None and pair["pre"].endswith("的") and self._columns_only(pair["b"]) and \
                self._columns_only(pair["a"], loose=True):
            # '某经费的预算金额和本年预算金额分别是多少': two columns of the one row said first, each asked of it
            told = self._ask_parts(r, [f"{pair['pre']}{pair[x]}{pair['ask']}" for x in ("a", "b")], scope, history)
            if told.route != "none":
                return told
        a = self._ask_once(r, scope, history)
        if a.route == "none" and pair is not None:
            # '某街道政府采购，货物和工程各多少万': the whole said first, then its parts, each asked of it
            parts = [f"{pair['pre']}{pair[x]}{pair['ask']}" for x in ("a", "b")]
            told = self._ask_parts(r, parts, scope, history)
            if told.route != "none":
                return told
        if history and a.route == "none" and not self._leaned:
            # a question that names something of its own, yet is unanswerable alone ('准备搞几次某活动' after
            # '某经费有多少钱'): read in the conversation, if that answers it
            resolved = self._resolved
            b = self._ask_once(r, scope, history, lean=True)
            if b.route != "none":
                return b
            self._resolved = resolved
        if a.route == "none" and (share := named_pattern("share_of_two").fullmatch(r.key)) is not None:
            # '某单位的收入预算占某局部门收入预算的比例': read whole it found nothing; each part asked alone (last: its
            # parts are asked as questions of their own, never leaning on the conversation)
            resolved = self._resolved
            told = self._share_of_two(r, share, scope, ())
            self._resolved = resolved
            if told is not None:
                return told
        return a

    def _directory(self, r: Reading, about: str, scope: tuple[str, ...]) -> Answer | None:
        """'一共附了几张表': the tables the document prints, counted and listed; '三公经费在哪张表': the table whose
        title names it. None when the question names figures a count of tables does not answer, or nothing to find."""
        u = self.planner.understand(r, scope)
        docs, _reason = self._docs_for(u, scope)
        if len(docs) != 1:
            return None
        doc = docs[0]
        # ('部门预算公开里': the disclosure itself, not a figure of it)
        named = [lk for lk in u.links if lk.kinds() - {"doc", "column"} and not any(
            t.kind == "concept" and (c := concept(t.display)) is not None and c.whole for t in lk.terms)]
        entries = directory.tables(self.conn, doc)
        if about == "empty":
            # ('哪些表是空表': the tables printed with no figure this year, each cited; none when the list is incomplete)
            if [lk for lk in named if lk.kinds() - {"table", "section"}] or not directory.complete(entries):
                return None
            found = [e for e in entries if e.is_empty]
            text = (f"{self._scope_text((doc,))}共附 {len(entries)} 张表，其中 {len(found)} 张本年无数据（空表）："
                    f"{'；'.join(e.label for e in found)}。" if found else
                    f"{self._scope_text((doc,))}所附 {len(entries)} 张表都列有数据，没有空表。")
            value, unit = float(len(found)), "张"
            found = found or entries[:1]
        elif about == "count":
            # (a table's name is no figure to count by, nor is '表一' of '预算表一共有几张')
            if [lk for lk in named if lk.kinds() - {"table", "section"}] or not directory.complete(entries):
                return None
            empty = [e for e in entries if e.is_empty]
            text = (f"{self._scope_text((doc,))}共附 {len(entries)} 张表：{'；'.join(e.label for e in entries)}。"
                    + (f"其中 {len(empty)} 张本年无数据：{'；'.join(e.label for e in empty)}。" if empty else ""))
            value, unit, found = float(len(entries)), "张", entries
        else:
            names = [t.display for lk in named for t in lk.terms if t.kind in ("concept", "value", "fact", "table")]
            kinds = {t.table_kind for lk in named for t in lk.terms if t.kind == "value" and t.table_kind}
            kinds |= {loc.get("kind") for lk in named for t in lk.terms if t.kind == "concept"
                      for c in [concept(t.display)] if c for loc in c.locate}
            found = directory.holding(entries, list(dict.fromkeys(names)), kinds)
            if not names or not found or len(found) > 3:
                return None
            text = f"“{names[0]}”在{'、'.join(f'{e.label}（第 {e.table_no} 张表）' for e in found)}。"
            value, unit = None, None
        source = self.conn.execute("SELECT source FROM documents WHERE doc_id = ?", (doc,)).fetchone()[0]
        citations = tuple(Citation(source=source, doc_id=doc, line=e.line,
                                   text=printed_line(self.conn, self.build_dir, doc, e.line) or e.label, table=e.code or None, table_title=e.title, table_no=e.table_no,
                                   page=e.page) for e in found)
        plan = {"op": "count" if about == "count" else "list", "answer": "count" if about == "count" else "list",
                "set_of": "empty_tables" if about == "empty" else "tables", "docs": [doc]}
        return Answer(question=r.raw, text=text, route="sql", value=value, unit=unit, citations=citations,
                      confidence=0.9, reading=f"{self._scope_text((doc,))}的表格目录", plan=plan)

    def _restated(self, history: tuple[str, ...], scope: tuple[str, ...] | None) -> tuple[str, ...]:
        """The conversation with each follow-up in it restated whole, from the questions before it ('那某指标呢'
        after '它定的某指标…' after '某经费…': each reads what the one before it was about)."""
        out: list[str] = []
        for h in history:
            try:
                rh = read(h)
            except BudgetQAError:
                out.append(h)
                continue
            if out and followup.leans_on_context(rh.key):
                links = self.planner.understand(rh, scope).links
                h = followup.rewrite(rh.key, links, tuple(out), lambda t: self._links_of(t, scope)) or h
            out.append(h)
        return tuple(out)

    def _ask_or_none(self, text: str, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer | None:
        """A part read again in other words ('X是多少'): its answer, or None when asking it raises (a question
        this engine cannot read is no answer to the part)."""
        try:
            return self._ask_once(read(text), scope, history)
        except BudgetQAError:
            return None

    def _names_department(self, lk) -> bool:
        """Does the link name a document's department: as the document, or as the unit-table row that is the
        department itself ('海淀园林绿化局', printed as 北京市海淀区园林绿化局 in the 单位 column)?"""
        if lk.kinds() == {"doc"}:
            return True
        return lk.kinds() <= {"doc", "value"} and any(t.kind == "value" for t in lk.terms) and all(
            t.role == "unit_name" and re.sub(r"[（(]本级[）)]$", "", t.display) in self.lexicon.departments
            for t in lk.terms if t.kind == "value")

    def _linked_scope(self, scope: tuple[str, ...]) -> tuple[str, ...] | None:
        """The scope questions are linked in: every document of the index in scope is no scope (None)."""
        return scope if len(scope) < len(self.lexicon.docs) else None

    def _understood(self, r: Reading, scope: tuple[str, ...]) -> Understanding:
        """The planner's reading of `r` in `scope`, keyed as `_ask_once` keys it (`_linked_scope`), so a `_RETRIES`
        step that looks at the question's links gets the first reading's own understanding (the planner keeps it)
        rather than reading the question again."""
        return self.planner.understand(r, self._linked_scope(scope))

    def _ask_once(self, r: Reading, scope: tuple[str, ...], history: tuple[str, ...], *, lean: bool = False) -> Answer:
        linked_scope = self._linked_scope(scope)
        u = self._understood(r, scope)
        head = named_pattern("department_head").search(r.key)
        if head and (r.has("type:person") or r.has("type:phone")) and any(self._names_department(lk) for lk in u.links) and all(
                self._names_department(lk) or (lk.kinds() <= {"column", "value"} and all(
                    t.role in ("owner", "phone", "field") for t in lk.terms)) or (lk.kinds() == {"table"} and all(
                    t.table_kind in named_words("department_forms") for t in lk.terms)) for lk in u.links) and "项目" not in r.key:
            # ('…部门整体绩效目标表上填的负责人': the department's own form names its head)
            # '海淀园林绿化局的负责人是谁': the department's own head, the form's 部门负责人
            try:
                r2 = read(r.key[: head.start()] + "部门负责人" + r.key[head.end():])
            except BudgetQAError:
                r2 = None
            if r2 is not None:
                r = replace(r2, raw=r.raw)
                u = self.planner.understand(r, linked_scope)
        if history:
            named = [lk for lk in u.links if lk.kinds() != {"doc"}]
            figures = [lk for lk in named if followup.names_a_figure(lk)]  # '联系电话是多少' asks of what came before
            if followup.is_follow_up(r.key, len(figures), names_rows=set_of(r) is not None) or u.unexplained or lean \
                    or followup.points_back(r.key, named):
                self._leaned = True
                # an earlier question of several parts is read part by part ('…是多少？跟2024年比是多了还是少了？')
                parts = self._restated(tuple(p for h in history for p in (compound_parts(h) or [h])), linked_scope)
                text = followup.rewrite(r.key, u.links, parts, lambda t: self._links_of(t, linked_scope))
                if not text and linked_scope is not None:
                    # ('那万里街道呢' asked of one document after '商务委某经费是多少': the question before names
                    # what this one asks of, in a document outside the one asked about now)
                    text = followup.rewrite(r.key, u.links, parts, lambda t: self._links_of(t, None))
                if text and any(len(w) >= 2 and w not in text and not _DEICTIC.match(w) for w in u.unexplained):
                    text = None  # '那每平方米租金多少' after '…面积多大': a rewrite that loses what is asked now
                if text and not r.years:
                    text = self._years_of_named(u, text)
                if text and not _keeps_ops(r, text):
                    text = None  # '那一年四个季度加起来是多少': a rewrite that drops what is done with the figure
                if text and lean and not _keeps_words(r, text):
                    text = None  # a question read in the conversation only as a last resort keeps all it says
                if text and r.seps:
                    text = _with_seps(text, r)
                if text:
                    try:
                        r2 = read(text)
                    except BudgetQAError:
                        r2 = None
                    if r2 is not None:
                        r = replace(r2, raw=r.raw)
                        u = self.planner.understand(r, linked_scope)
                        self._resolved = text
                        for found, answer in self._readings_first():
                            # ('他一共负责几个项目' read as '某项目的责任人一共负责几个项目': a chain of its own)
                            if (m := found(r, ())) and (told := answer(r, m, scope, ())) is not None and \
                                    told.route != "none":
                                return told
                elif not any(followup.names_a_figure(lk) for lk in named) and followup.leans_on_context(r.key):
                    # '按经济分类呢？' that the conversation does not explain: which figure is for the asker to say
                    return self._refuse(r, "这是一个接着上文的问题，但没能从之前的问题中确定它指的是什么。"
                                           "请把问题说完整（例如写出项目或科目的名称）。")
        elif named_pattern("part_missing").match(r.key):  # '占全部项目支出的百分之多少' with nothing before it
            return self._refuse(r, "问题没有说是哪一项所占的比例，请把问题说完整（例如写出项目或科目的名称）。")
        if u.absent and named_pattern("supplier").fullmatch(u.absent):
            told = self._suppliers(r, u, scope, history)
            if told is not None:  # '某经费是哪家公司提供的服务': the company its own goal names
                return told
        if named_pattern("asks_titles").search(r.key):
            told = self._titles(r, u, scope)
            if told is not None:  # '某征订费订的是哪些报纸': the titles its own rows name
                return told
        if u.absent and not self._named_by_document(u, self._docs_for(u, scope)[0] or scope):
            done = "不含决算或执行情况，" if re.search(r"(决算|执行|实际|花掉|审计)", u.absent) else ""
            return self._refuse(r, f"文件中没有“{u.absent}”方面的内容：本索引收录的是{self._scope_text(scope)}（预算数），"
                                   f"{done}无法回答这个问题。")
        if u.org and not (named_pattern("evaluated").search(r.key) and self._evaluator(u.org, scope)):
            # (an office the text says evaluated the department's project, '区财政局…绩效评价', is no other budget)
            return self._refuse(r, f"文件中没有关于“{u.org}”的内容。本索引只收录{self._scope_text(scope)}，无法回答这个问题。")
        if (whole := named_pattern("whole_government").search(r.key)) is not None:
            # '某区全部区级部门的三公经费加起来': every department of a government, which no index of some of them is
            return self._refuse(r, f"问题问的是“{whole.group(0)}”的合计或比较，本索引只收录{self._scope_text(scope)}，"
                                   "不是其全部部门；为避免答非所问，这里不作回答。")
        docs, why = self._docs_for(u, scope)
        if why:
            return self._refuse(r, why)
        earlier = self._year_before(u, docs)
        if earlier is not None:  # '去年的收入预算是多少': the year before the budget's own, not its year
            u = replace(u, years=(earlier,))
            docs, why = self._docs_for(u, scope)
            if why:
                return self._refuse(r, why)
        u = replace(u, scope=docs)
        plans = self.planner.plans(u)
        if _EXECUTED.search(r.key):
            plans = _executed(r, plans, {self.names[d].year for d in docs})
        earlier_of_doc = _earlier_in_doc(u, {self.names[d].year for d in docs})
        if earlier_of_doc or u.years and not any(self.names[d].year in u.years for d in docs) and \
                not self._prior_year_ok(u, {self.names[d].year for d in docs}):
            # an earlier year's figure: only what the text states for that year answers it, never a table's
            y = earlier_of_doc or u.years[0]
            # (a figure named by its concept, '三公经费', is the text's figure of that year whose label holds it)
            # ('2023年的部门预算总盘子': the whole budget, under any of its names the text may state that year)
            whole = {n: tuple(a for a in aliases if len(a) >= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", a))
                     for n, aliases in _whole_aliases().items()}
            plans = [replace(p, target=replace(p.target, year=y)) if p.target.fact else
                     replace(p, target=replace(p.target, concept=None, fact=(
                         p.target.concept, *whole.get(p.target.concept, ())), year=y)) if p.target.concept else
                     # ('23年公务接待费': a row's name, which the text may state that year under its own heading)
                     replace(p, target=Target(fact=(p.target.filters[0].value,), year=y, question=p.target.question))
                     for p in plans if p.op == "lookup" and p.target is not None and (p.target.fact or (
                         p.target.concept and not p.target.filters and not p.target.section) or (
                         not p.target.concept and not p.target.section and len(p.target.filters) == 1
                         and p.target.filters[0].role in _NAME_ROLES and not p.target.within))] + [
                # ('2021年某项目取得了哪些绩效': the text's passages about that year, which `_retrieve` keeps alone)
                p for p in plans if p.op == "text"]
        text_plan = next((p for p in plans if p.op == "text"), None)
        if u.unexplained and text_plan is None:
            rescued, where = self._said_together(u, docs)
            if rescued:
                u = replace(u, unexplained=())
                if where == "indicator":  # (words of the indicator's own sentence name nothing else: '退休职工')
                    u = replace(u, links=tuple(lk for lk in u.links if not (lk.kinds() - {"doc"}) or any(
                        t.kind == "value" and t.role == "project_name" for t in lk.terms)))
                plans = [_with_context(p, rescued) for p in self.planner.plans(u)]
                plans = [p for p in plans if _reads(p, where)] or self._indicator_plans(u, rescued, plans)
            elif (asked := _answer_type(r)) in ("score", "headcount", "percent") or (
                    asked == "amount" and all("doc" in lk.kinds() or lk.how == "fuzzy" for lk in u.links)):
                # '标准化菜场那块' / '…项目绩效评价得了几分': the one figure whose sentence says all the question does
                stated = self._stated_for(u, docs, asked)
                if stated is not None:
                    u, plans = replace(u, unexplained=()), [stated]
            if u.unexplained and _answer_type(r) in ("headcount", "count") and \
                    (people := self._people_indicator(r, u, docs, history)) is not None:
                return people  # '请的某类人员一共几个人': the one indicator in people whose name holds the words
            if u.unexplained and _answer_type(r) in ("count", "percent") and \
                    (counted := self._counted_in_goal(r, u, docs)) is not None:
                return counted  # '某项目覆盖多少个站点', '预期把失业率控制在多少': what its own goal states of them
            if u.unexplained and not named_pattern("item_alone").search(r.key):
                # (never for an item's own figure, '买的某设备单独预算多少': the project that buys it is more than it)
                described = self._described_project(r, u, docs)
                if described is not None:  # '租某处放某物的那笔': the one project whose goal says so
                    # (the words that described it are no names of their own)
                    kept = tuple(lk for lk in u.links if lk.kinds() == {"doc"})
                    said = u.unexplained
                    u = replace(u, links=tuple(sorted((*kept, described), key=lambda lk: lk.start)), unexplained=())
                    # an indicator asked of it must be the one those words speak of ('第一次付款什么时候'), never
                    # one of the kind asked that says something else (服务期限)
                    plans = [_with_context(p, said) if p.target is not None and p.target.attribute == "ind_value"
                             else p for p in self.planner.plans(u)]
        if text_plan is not None and r.has("type:purpose") and (owner := self._indicator_owner(u, docs)) is not None:
            # '干嘛还要再买某设备': a thing said loosely that only an indicator's wording holds; what it is for is the
            # goal of the project the indicator measures, when that goal says the thing too
            u = replace(u, links=tuple(sorted((*(lk for lk in u.links if lk.kinds() == {"doc"}), owner),
                                              key=lambda lk: lk.start)))
            plans = self.planner.plans(u)
        if u.unexplained and _answer_type(r) in ("text", "period") and not any(
                p.target is not None and p.target.attribute == "goal" for p in plans):
            # a name the tables do not hold but the text does ('…某工程的实施周期'): its own passages
            block = self._named_block(r, u, docs)
            if block is not None:
                return self._retrieve(r, u, docs, block=block)
        if u.unexplained and text_plan is None and (placed := self._placed(r, u, scope, history)) is not None:
            return placed
        if u.unexplained and text_plan is None and (led := self._topic_led(r, u, scope, history)) is not None:
            return led
        if u.unexplained and text_plan is None:
            return self._refuse(r, self._unexplained_text(u, docs), self._suggest(u, plans, docs))
        if len(docs) > 1 and named_pattern("which_department").search(r.key) and \
                (by_bound := self._departments_within(r, u, plans, docs)) is not None:
            return by_bound  # '这几个部门里，哪些部门的“三公”经费预算超过10万元': each one's figure, against the bound
        problems: list[Problem] = []
        projects_asked = False
        for plan in plans:
            if plan.op == "text" and any(r.has(x) for x in ("op:max", "op:min", "op:nth", "op:top")):
                # '…主要内容，哪一条金额最大', '项目支出最多的项目用来干嘛': passages cannot rank
                problems.append(Problem("missing", "说明文字不能按金额排序，表格中也没有找到这些项。"))
                continue
            if plan.op == "text" and r.has("op:list") and any(
                    s.label in ("op:gt", "op:lt", "op:between") and re.search(r"\d", s.text) for s in r.spans):
                # '比上年下降超过40%的有哪几项': passages cannot choose the items past a bound
                problems.append(Problem("missing", "说明文字不能按数字筛选，表格中也没有找到这些项。"))
                continue
            if plan.op == "text" and _EACH_TEXT.search(r.key):
                # '25个项目，每个项目的绩效指标和目标值是什么': passages cannot give each of many its own
                problems.append(Problem("missing", "说明文字没有逐项列出问题所问的内容。"))
                continue
            if plan.op == "text":
                return self._retrieve(r, u, docs, plan.target.section if plan.target else ())
            if plan.op == "lookup" and len(docs) == 1 and _EACH_OF_MANY.search(r.key):
                # '那312万，3家中心各分到多少': one figure is no answer to what each of several got
                problems.append(Problem("missing", "文件没有分别列出各自的金额，只有合计数。"))
                continue
            compared = _compared_years(r) if plan.set_of == "changed" else set()
            # ('2025年比2024年预算增加的是哪几项': the items of the budget asked, never of the budget compared with)
            asked = tuple(d for d in docs if self.names[d].year not in compared) or docs
            if plan.set_of == "changed" and (said := {y for y in r.years if y not in compared}) and any(
                    self.names[d].year in said for d in asked):
                asked = tuple(d for d in asked if self.names[d].year in said)  # ('2025年…比上年': not 2024's own)
            plan = self._across(plan, u, asked)
            if compared and all(self.names[d].year in compared for d in plan.docs):
                problems.append(Problem("missing", "所问年度的预算说明中没有逐项说明增减幅度。"))
                continue
            ex = Executor(self.conn)
            if projects_asked and not _of_projects(plan):
                continue  # '经济分类为某类的项目加起来': the projects found none; a class total is not theirs
            # ('哪些支出大类（类级科目）减少了': the classes, which the text's item-by-item rates are not)
            by_class = plan.set_of == "changed" and plan.level == 1
            out = Problem("missing", "说明文字没有逐类说明增减幅度。") if by_class else \
                run(plan, ex, tuple(plans) if len(docs) > 1 else ())
            if isinstance(out, Problem) and plan.set_of == "changed" and len(plan.docs) == 1 and \
                    (before := self._budget_before(r, plan.docs[0], docs, compared)) is not None:
                # '2025年预算比2024年预算减少了一半以上的项级科目', the text stating no rate of each: the two budgets'
                # own tables, item by item
                out = run(replace(plan, before=before), ex, ())
            if isinstance(out, Problem):
                problems.append(out)
                if plan.set_of == "project_name" and out.reason == "missing" and re.search(r"项目(?!支出|经费)", r.key):
                    projects_asked = True
                continue
            if out.plan.docs != plan.docs:  # answered by the one document that has it
                if len(u.docs) > 1 and (len({self.names[d].department for d in u.docs}) > 1 or not (
                        r.years or r.has("year:snapshot"))) or len(plan.docs) > 1 and (
                        r.has("scope:all") or named_pattern("which_department").search(r.key)):
                    # … but the question names each document, or asks of them all ('这几份预算里，哪些部门…'): say
                    # which has none (one department's years, of which the year said picks one, are not each named)
                    lacking = [d for d in plan.docs if d not in out.plan.docs]
                    problems.append(Problem("partial", f"只找到了一部分：{self._scope_text(lacking)}中没有找到这一项，"
                                                       "为避免只答一半，这里不作回答。"))
                    continue
                plan = out.plan
            if out.kind == "per_doc" and len(out.per_doc) < len(plan.docs) and (
                    r.has("scope:all") or named_pattern("which_department").search(r.key)):
                # '这几份预算里，哪些部门安排了…': a document the figure is not found in cannot be said to have none
                lacking = [d for d in plan.docs if d not in dict(out.per_doc)]
                problems.append(Problem("partial", f"只找到了一部分：{self._scope_text(lacking)}中没有找到这一项，"
                                                   "为避免只答一半，这里不作回答。"))
                continue
            if _leaves_out_group(r, u, plan):
                # '局里N名某类人员的工资预算': an amount of those people, which a figure of everyone is not
                problems.append(Problem("missing", "文件没有单列问题所说那部分人员的这项金额。"))
                continue
            if not self._type_ok(plan, out, r):
                problems.append(Problem("type", "找到的数字不是问题所问的类型。"))
                continue
            ans = self._answer(r, plan, out)
            if ans is not None:
                return replace(ans, sql=ex.take_log() or None)
        if not plans and r.has("type:text"):
            return self._retrieve(r, u, docs)
        if r.has("op:list") and not r.has("op:count") and (listed := self._enumerated(r, u, docs)) is not None:
            return listed  # '机关设了哪些内设科室': the items the text names after the count it states
        if set_of(r) == "unit_name" and r.has("op:list") and all(p.reason == "missing" for p in problems):
            # '下面还有哪些预算单位' where no table lists units by rows: the passage that lists them (机构设置)
            from .retrieve import unit_sections

            return self._retrieve(r, u, docs, unit_sections())
        return self._refuse(r, self._problem_text(problems, docs), self._suggest(u, plans, docs, problems))

    def _enumerated(self, r: Reading, u: Understanding, docs: Sequence[str]) -> Answer | None:
        """'机关设了哪些内设科室': the items a count of the text names one by one ('设9个内设机构，包括：…'), cited by
        its sentence; None unless exactly one such count is named and it names as many items as it counts."""
        labels = list(dict.fromkeys(t.display for lk in u.links for t in lk.terms if t.kind == "fact"))
        if u.unexplained or any(lk.kinds() - {"doc", "fact"} for lk in u.links):
            return None
        found = enumerated(self.conn, docs, labels)
        if found is None:
            return None
        source = self.conn.execute("SELECT source FROM documents WHERE doc_id = ?", (found.doc_id,)).fetchone()[0]
        cite = Citation(source=source, doc_id=found.doc_id, line=found.line, section=found.section, page=found.page,
                        text=printed_line(self.conn, self.build_dir, found.doc_id, found.line) or found.sentence)
        text = (f"{self._scope_text((found.doc_id,))}中，{found.label}{found.count}{found.unit}{found.noun}："
                f"{'、'.join(found.items)}。"
                f"原文：“{found.sentence}”")
        plan = {"op": "list", "answer": "list", "set_of": "stated_items", "fact": found.label, "docs": [found.doc_id]}
        return Answer(question=r.raw, text=text, route="sql", value=None, unit=None, citations=(cite,),
                      confidence=0.8, reading=f"{found.label}：文中逐一列出的各项", plan=plan,
                      items=tuple(Item(i, None, None) for i in found.items))

    def _said_together(self, u: Understanding, docs: Sequence[str]) -> tuple[str, ...]:
        """Words no name explains that the narrative sentence of a linked figure contains ('某扶贫' beside
        '评价得分'): the question then asks for that sentence's figure, and the words narrow it down."""
        from .planner import _generic

        labels = {t.display for lk in u.links for t in lk.terms if t.kind == "fact"}
        words = tuple(t for w in u.unexplained for t in tokens(w) if not _generic(t) and len(t) >= 2)
        if not words or any(len(t) < 2 and not _generic(t) for w in u.unexplained for t in tokens(w)
                            if t not in "的了是在有"):
            return (), ""
        marks = ", ".join("?" for _ in docs)
        projects = {t.display for lk in u.links for t in lk.terms if t.kind == "value" and t.role == "project_name"}
        for name in projects:  # the words of one of the project's indicators ('完成结决算审计、支付款项')
            if any(all(w in norm(indicator) for w in words)
                   for indicator in self.planner._indicators_of(name, frozenset(docs))):
                return words, "indicator"
        for label in labels:
            for (sentence,) in self.conn.execute(
                f"SELECT sentence FROM facts WHERE doc_id IN ({marks}) AND (label = ? OR subject = ?)",  # noqa: S608
                (*docs, label, label),
            ):
                if all(w in norm(sentence) for w in words):
                    return words, "fact"
        return (), ""

    def _budget_before(self, r: Reading, doc: str, docs: Sequence[str], compared: set[int]) -> str | None:
        """The budget of the same department for the year a change is measured against: the year the question
        compares with ('比2024年'), else the year before when it says so ('比上年'); None when not in scope."""
        now = self.names[doc]
        if compared:
            year = max(compared)
        elif r.has("rel:prior") or re.search(r"(上年|去年|上一年|前一年)", r.key):
            year = (now.year or 0) - 1
        else:
            return None
        if not now.year or year >= now.year:
            return None  # (a later budget is never the one a change is measured against)
        found = [d for d in docs if self.names[d].department == now.department and self.names[d].year == year]
        return found[0] if len(found) == 1 else None

    def _indicator_owner(self, u: Understanding, docs: Sequence[str]):
        """The project whose indicator the question's one loose name is ('某会议设备' of the indicator
        '某会议设备改造、…' of a 某会议终端…采购项目), as a link to that project; None unless exactly one project
        owns it and its name or goal says four characters of the words in a row."""
        from .lexicon import Link

        loose = [lk for lk in u.links if lk.kinds() - {"doc"}]
        if len(loose) != 1 or u.unexplained or loose[0].how != "fuzzy" or loose[0].kinds() != {"value"} or \
                any(t.role != "indicator" for t in loose[0].terms):
            return None
        lk = loose[0]
        owners = self._indicator_projects(lk.terms, docs)
        if len(owners) != 1 or None in owners:
            return None
        owner = owners.pop()
        if not common_substrings(norm(lk.text), norm(owner.name) + norm(owner.goal), 4):
            return None
        terms = [t for t in self.lexicon.terms([norm(owner.name)], frozenset(docs)).get(norm(owner.name), [])
                 if t.kind == "value" and t.role == "project_name"]
        return Link(lk.start, lk.end, lk.text, tuple(terms), "fuzzy", lk.score) if terms else None

    def _indicator_projects(self, terms, docs: Sequence[str]) -> set:
        """The projects (execute.Project) that own the indicator rows these terms name, in the documents given; None
        among them for a row no project owns."""
        ex = Executor(self.conn)
        owners = set()
        for t in terms:
            for doc in t.docs:
                if docs and doc not in docs:
                    continue
                for ref in t.refs:
                    table_no, _, rec_no = ref.partition(":")
                    owners.add(ex.project_of(doc, int(table_no), int(rec_no))
                               if table_no.isdigit() and rec_no.isdigit() else None)
        return owners

    def _described_project(self, r: Reading, u: Understanding, docs: Sequence[str]):
        """The one project whose name and goal hold (nearly) every word the question says of it and no other
        project's do as well ('那个管某物的钱，就是租某处放某物的那笔' -> the one project so described). None when unsure."""
        from .lexicon import Link
        from .planner import _generic

        named = {t.display for lk in u.links for t in lk.terms if t.kind == "value" and t.role == "project_name"}
        if any(t.kind == "value" and t.role not in ("project_name", "indicator", "goal") for lk in u.links
               for t in lk.terms) or len(named) > 1:
            return None  # a row of a table is named: what it is said to do narrows nothing further here
        # (and the words read as a goal's or an indicator's own: '地下室' of 租赁小后仓地下室库房)
        loose = [lk.text for lk in u.links if lk.kinds() == {"value"} and all(
            t.role in ("indicator", "goal") for t in lk.terms)]
        words = list(dict.fromkeys(t for w in (*u.unexplained, *loose) for t in tokens(w)
                                   if len(t) >= 2 and not _generic(t)))
        alias = {}
        for a, b in self.lexicon.expand:  # a word said otherwise in the text (synonyms.json: expand)
            alias.setdefault(a, []).append(norm(b))
        if len(words) < 2:
            return None
        said = [w for w in u.unexplained if len(w) >= 2]
        if any(re.search(rf"{re.escape(a)}(?:和|与|及|跟|、){re.escape(b)}", r.key) for a in said for b in said if a != b) or \
                any(re.search(r"[\u4e00-\u9fff]{2}(?:和|与|及|跟|、)[\u4e00-\u9fff]{2}", w) for w in said):
            return None  # '甲院和乙中心各自的预算': two things named, which one project's goal mentioning both is not
        marks = ", ".join("?" for _ in docs)
        scores: dict[str, int] = {}
        goals: dict[str, str] = {}
        for name, goal in self.conn.execute(
                f"SELECT r.name, c.text FROM records r JOIN cells c ON c.doc_id = r.doc_id AND c.table_no = r.table_no "  # noqa: S608
                f"AND c.rec_no = r.rec_no WHERE r.doc_id IN ({marks}) AND r.name_role = 'project_name' AND c.role = 'goal'",
                tuple(docs)):
            # (words its goal says, not its name: a name's own words and one more name that project and no more)
            said, own = norm(goal), norm(name)
            goals[name] = goals.get(name, own) + said
            scores[name] = max(scores.get(name, 0), sum(1 for w in words if w not in own and (w in said or any(
                x in said for x in alias.get(w, ())))))
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < max(2, -(-2 * len(words) // 3)) or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
            return None
        name = ranked[0][0]
        if named and name not in named:
            return None
        if named and any(re.match(r"(?:的)?(?:里面|里头|当中|之中|其中|里|中)", r.key[lk.end:]) for lk in u.links
                         if any(t.display in named for t in lk.terms)):
            return None  # ('某经费里给某公司的某费': a part said inside the project named, which it does not list)
        if any(not _mostly_said(w, goals[name]) for w in u.unexplained if len(w) >= 4):
            return None  # '失业保险金': a thing named whole, of which the goal says one word ('失业人员')
        phase = set(_PHASE.findall(r.key))
        if phase and phase != set(_PHASE.findall(norm(name))):
            return None  # '二期' said, and the project described is another phase ('三期')
        terms = self.lexicon.terms([norm(name)], frozenset(docs)).get(norm(name), [])
        terms = [t for t in terms if t.kind == "value" and t.role == "project_name"]
        if not terms:
            return None
        at = next((r.key.find(w) for w in words if r.key.find(w) >= 0), 0)
        return Link(at, at, name, tuple(terms), "fuzzy", 1.0)

    def _stated_for(self, u: Understanding, docs: Sequence[str], kind: str = "amount") -> Plan | None:
        """A figure the question names in the text's words, which no name of the index explains ('…主要用于
        标准化菜场…', '…项目开展绩效评价…评价得分为…'): the one figure of the kind asked whose sentence holds
        every word the question names, when exactly one sentence of these documents does."""
        least = 4 if kind == "amount" else 2  # an amount needs a distinctive phrase; a score or count its kind
        phrases = tuple(w for w in u.unexplained if len(w) >= least)
        short = tuple(w for w in u.unexplained if len(w) < least)  # '管' of '管菜场': said in the sentence too
        if not phrases or sum(1 for w in short if len(w) < 2) > 2:
            return None
        # (a name read loosely, '业管理' of '…行业管理', is said as the question says it)
        names = tuple(norm(t.display) if lk.how in ("exact", "synonym") else lk.text
                      for lk in u.links if "doc" not in lk.kinds() for t in lk.terms[:1])
        # a phrase said whole, or word by word ('标准化菜场、副食品行业' of '…标准化菜场及副食品行业管理')
        words = {p: [w for w in tokens(p) if len(w) >= 2] for p in phrases}

        def pieces(p: str, s: str) -> list[str]:
            """The phrase as the sentence says it: whole, word by word, or in pieces that make up all of it."""
            if p in s:
                return [p]
            if sum(map(len, words[p])) >= least and all(w in s for w in words[p]):
                return words[p]
            return _made_up_of(p, s)

        def says(sentence: str) -> bool:
            s = norm(sentence)
            return all(n in s for n in names + short) and all(pieces(p, s) for p in phrases) \
                and not dated_otherwise(u.reading.key, s)  # (of the thing as dated, not another year's)

        marks = ", ".join("?" for _ in docs)
        found = {(label, sentence) for d, label, sentence, year in self.conn.execute(
            f"SELECT doc_id, label, sentence, year FROM facts WHERE doc_id IN ({marks}) AND kind = ? "  # noqa: S608
            "AND is_change = 0", (*docs, kind))
            if label and says(sentence)
            and (year in (None, self.names[d].year) or kind != "amount")}
        if len(found) != 1 or len({s for _, s in found}) != 1:
            return None
        label, sentence = next(iter(found))
        # (a phrase said word by word in the sentence narrows by its words: '区财政局对' of '区财政局2022年对…')
        said = tuple(x for p in phrases for x in pieces(p, norm(sentence)))
        # (the label itself names the figure, never a word that narrows it)
        return Plan("lookup", kind, Target(fact=(label,), fact_kind=kind, words=phrases,
                                           context=said + tuple(n for n in names if n != norm(label))))

    def _indicator_plans(self, u: Understanding, words: tuple[str, ...], plans: list[Plan]) -> list[Plan]:
        """Plans that read the named project's indicator whose name holds the question's words."""
        from .planner import GROUP_ROLES

        rows = tuple(f for p in plans for t in [p.target] if t is not None for f in (t.within or t.filters)
                     if f.role in GROUP_ROLES)[:1]
        if not rows:
            return []
        answer = plans[0].answer if plans else "amount"
        return [Plan("attribute", answer, Target(attribute="ind_value", within=rows, context=words,
                                                 fact_kind=answer if answer != "amount" else None))]

    def _suppliers(self, r: Reading, u: Understanding, scope: tuple[str, ...],
                   history: tuple[str, ...] = ()) -> Answer | None:
        """The company a named project's own text (its goal) names, for each project the question names; None when
        a project's text names none (a budget does not disclose its suppliers)."""
        projects = list(dict.fromkeys(t.display for lk in u.links if lk.how == "exact" for t in lk.terms
                                      if t.kind == "value" and t.role == "project_name"))
        if not projects:  # '职工的某某是哪家公司供应的': the one project whose indicator the words name
            projects = self._projects_of_indicators(u, scope)
        if not projects:  # '某服务是哪家公司提供的', '某局的某服务是哪家公司的': the one project whose name holds them
            said = [lk.text for lk in u.links if lk.kinds() == {"value"} and all(
                t.role == "project_name" for t in lk.terms)] + [w for w in u.unexplained if len(w) >= 2]
            projects = self._project_holding(said, self._docs_for(u, scope)[0] or scope)
        if not projects and history:
            # '…多少万元，是哪家公司提供保安服务': the project the question before named, when the words said now
            # are its own (某服务 of 某服务经费)
            said = [lk.text for lk in u.links if lk.kinds() - {"doc"}]
            for before in reversed(history):
                try:
                    hu = self.planner.understand(read(before), scope)
                except BudgetQAError:
                    continue
                named = list(dict.fromkeys(t.display for lk in hu.links if lk.how == "exact" for t in lk.terms
                                           if t.kind == "value" and t.role == "project_name"))
                if named:
                    projects = named if len(named) == 1 and all(w in named[0] for w in said) else []
                    break
        if not projects:
            return None
        parts, cites = [], []
        for name in projects:
            a = self._ask(read(f"{name}的绩效目标是什么"), scope, ())
            said = [x for c in a.citations[:1] for x in re.split(r"(?<=[。；;])|\t", c.text or "") if named_pattern("company").search(x)]
            if a.route == "none" or not said:
                return None
            parts.append(f"{name}：{said[0].strip()}")
            cites.extend(a.citations[:1])
        plan = Plan("text", "text", query=r.text, docs=tuple(scope))
        return Answer(question=r.raw, text="；".join(parts) + "（据项目绩效目标的原文）", route="retrieval",
                      citations=tuple(cites), confidence=0.6, reading=describe(plan, self.names), plan=plan.to_dict())

    def _titles(self, r: Reading, u: Understanding, scope: tuple[str, ...]) -> Answer | None:
        """The works in 《》 the one project the question names lists in its own rows (titles.titles_of); None when
        it names no project, or several, or its rows name no title."""
        projects = list(dict.fromkeys(t.display for lk in u.links if lk.how == "exact" for t in lk.terms
                                      if t.kind == "value" and t.role == "project_name"))
        if len(projects) != 1:
            return None
        found = titles_of(self.conn, self._docs_for(u, scope)[0] or scope, projects[0])
        if found is None:
            return None
        plan = Plan("list", "list", Target(filters=(Filter("project_name", found.project),)), docs=(found.doc_id,))
        text = (f"{found.project}的项目行中列出的是：{'、'.join(f'《{t}》' for t in found.titles)}"
                f"（共 {len(found.titles)} 种，据项目及其绩效指标的原文）。")
        return Answer(question=r.raw, text=text, route="sql", citations=tuple(self.evidence.cite(x) for x in found.refs),
                      confidence=0.7, reading=describe(plan, self.names), plan=plan.to_dict())

    def _stated_purchases(self, plan: Plan, docs: Sequence[str]) -> dict[str, Outcome] | None:
        """The things a purchase fee buys, as each document's text counts them ('部门预算安排购置车辆1辆'), by
        document (those that state no count left out); None when the fee is none whose things a text counts
        (reading.json 'counted_purchases')."""
        said = counted_purchases().get(plan.target.measure if plan.target else None)
        if said is None:
            return None
        t = Target(fact=(said["fact"],), fact_kind="count", unit=said["unit"], words=(said["fact"],),
                   question=read(said["asked"]).key)
        out = {}
        for d in docs:
            o = run(Plan("lookup", "count", t).with_docs((d,), "one"), Executor(self.conn))
            if not isinstance(o, Problem) and o.value is not None and o.unit == said["unit"]:
                out[d] = o
        return out

    def _departments_within(self, r: Reading, u: Understanding, plans: Sequence[Plan],
                            docs: Sequence[str]) -> Answer | None:
        """'这几个部门里，哪些部门的“三公”经费预算超过10万元': the one figure the question names, looked up in each
        document, and the departments whose figure is within the bound (all of them cited). None unless the question
        names one figure (a concept) and a bound; refused when a document has no such figure."""
        bounded = next((p for p in plans if p.lo is not None or p.hi is not None), None)
        counts: dict[str, Outcome] = {}  # (the things a fee buys, as each text counts them)
        ops = any(s.label.startswith("op:") and s.label != "op:list" for s in r.spans)
        word, m = next(((b, m) for b in _WORD_BOUNDS if (m := named_pattern(b.pattern).search(r.key)) and not (
            b.alone and (bounded is not None or ops))), (None, None))
        if bounded is None and word is not None:
            bounded = Plan("list", "list", Target(), lo=word.lo, hi=word.hi, inclusive=word.inclusive)
        concepts = {t.role for lk in u.links for t in lk.terms if t.kind == "concept"}
        named = [lk for lk in u.links if lk.kinds() - {"doc"}]
        if bounded is None:
            return None
        # (the figure's name may also name a column, a table or a sentence of the text: '三公经费', '政府采购预算')
        if len(concepts) == 1 and not any(lk.kinds() - {"doc", "section", "concept"} for lk in u.links
                                          if "concept" not in lk.kinds()):
            plan = Plan("lookup", "amount", Target(concept=concepts.pop())).with_docs(tuple(docs), "each")
            out = run(plan, Executor(self.conn))
        elif word is not None and len(named) == 1 and named[0].how in ("exact", "synonym"):
            # ('哪些部门没有安排公务用车购置费': the one figure named, as the first reading of it that finds it in every
            # document does, else as the first reading does)
            said = (r.key if word.instead is None else f"{r.key[: m.start()]}{word.instead}{r.key[m.end():]}") + word.after
            said = read(named_pattern("which_department").sub("", said, count=1))  # (the figure, not who has it)
            readings = [replace(p, lo=None, hi=None).with_docs(tuple(docs), "each") for p in
                        self.planner.plans(self.planner.understand(said, tuple(docs)))
                        if p.op == "lookup" and p.target is not None and not p.parts]
            if not readings:
                return None
            runs = ((p, run(p, Executor(self.conn))) for p in readings)
            plan, out = next(((p, o) for p, o in runs if not isinstance(o, Problem) and o.kind == "per_doc" and
                              {d for d, _x in o.per_doc} == set(docs)), (readings[0], None))
            if out is None:
                out = run(plan, Executor(self.conn))
            if word.exact_only and named[0].how != "exact":
                # ('哪些安排了买新车': the fee, or the cars the text counts; a fee alone is no answer to it)
                counts = self._stated_purchases(plan, docs)
                if counts is None:
                    return None
        else:
            return None
        found = dict(out.per_doc) if not isinstance(out, Problem) and out.kind == "per_doc" else {}
        lacking = [d for d in docs if d not in found or found[d].value is None or found[d].unit not in MONEY]
        unlisted: list[str] = []
        if lacking and found and word is not None and 0.0 in (word.lo, word.hi) and plan.target is not None and \
                plan.target.filters and all(f.role in _CLASS_ROLES for f in plan.target.filters + plan.target.within) \
                and all(d not in found for d in lacking):
            # '哪些部门安排了科学技术支出': a class a budget's own tables do not list is one it arranges nothing under
            unlisted, lacking = lacking, []
        if lacking:
            return self._refuse(r, f"只找到了一部分：{self._scope_text(lacking)}中没有找到这一项，为避免只答一半，这里不作回答。")
        verdicts = sorted((Arranged(d, found[d], counts.get(d)) for d in docs if d in found),
                          key=lambda v: -v.figure.value * MONEY[v.figure.unit])
        verdicts += [Arranged(d, None) for d in unlisted]
        keep = [v for v in verdicts if _within_bound(v.money(), bounded.lo, bounded.hi, bounded.inclusive)]
        said = "、".join(f"{self._scope_text((v.doc,))}（{v.says()}）" for v in keep)
        if unlisted and not _within_bound(0.0, bounded.lo, bounded.hi, bounded.inclusive):
            # (named only where they are the answer: a list of those that have it is what was asked)
            said = f"{said or '没有'}（另有 {len(unlisted)} 份预算的支出表中没有列这一科目，按未安排计）"
        said = said or "没有"
        label = next(v.figure.label for v in verdicts if v.figure is not None)
        bound = next((x.text for x in r.spans if x.label in ("op:gt", "op:lt", "op:between")),
                     word.says if word is not None and (bounded.lo, bounded.hi) == (word.lo, word.hi) else "在所问范围内")
        # (the others are cited, not named: a list of those that are is what was asked)
        how = "（购置费与说明中所写的购置数量一并看）" if counts else ""
        text = f"{label}{bound}的部门{how}：{said}（共查 {len(verdicts)} 份预算）。"
        cites = tuple(dict.fromkeys(self.evidence.cite(x) for o in (
            *(v.figure for v in verdicts if v.figure is not None), *counts.values()) for x in o.refs[:1]))
        items = tuple(Item(self._scope_text((v.doc,)), *((v.figure.value, v.figure.unit) if v.figure else (None, None)))
                      for v in keep)
        one = keep[0].figure if len(keep) == 1 and not unlisted else None  # (the one department's figure heads it)
        return Answer(question=r.raw, text=text, route="sql", citations=cites, confidence=0.7, items=items,
                      value=one.value if one is not None else None, unit=one.unit if one is not None else None,
                      reading=f"{describe(plan, self.names)}，再按问题所说的范围筛选部门", plan=plan.to_dict())

    def _citing(self, r: Reading, m: re.Match, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer | None:
        """'哪些专项把《某意见》列为立项依据': the items the text describes one section each whose basis names the work
        (titles.items_citing), each cited; None when none does (the question is then read as usual)."""
        title = title_said(r.text)
        u = self.planner.understand(r, scope)
        docs = self._docs_for(u, scope)[0] or scope
        found = items_citing(self.conn, docs, title or "")
        if not found:
            return None
        counted = "哪" not in r.key and re.search(r"(几个|多少个|几项|多少项)", r.key)  # ('几个专项里，哪些…': which)
        names = "、".join(dict.fromkeys(c.item for c in found))
        text = (f"立项依据中列有《{title}》的共 {len(found)} 个：{names}。" if counted else
                f"立项依据中列有《{title}》的是：{names}（共 {len(found)} 个）。")
        cites = tuple(dict.fromkeys(self.evidence.cite(c.ref) for c in found))
        items = tuple(Item(c.item, None, None) for c in found)
        plan = Plan("count" if counted else "list", "count" if counted else "list", Target(), set_of="narrative",
                    query=title or "").with_docs(tuple(dict.fromkeys(c.doc_id for c in found)), "one")
        return Answer(question=r.raw, text=text, route="sql", citations=cites, confidence=0.7, items=items,
                      value=float(len(found)) if counted else None, unit="个" if counted else None,
                      reading=f"{self._scope_text(docs)}：说明文字分项介绍的专项中，立项依据列有《{title}》的", plan=plan.to_dict())

    def _shared_owner(self, r: Reading, m: re.Match, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer | None:
        """'哪个项目的项目责任人有两个人', '哪个项目是两个人共同负责的': the projects whose owner cell names that many
        people (names parted by 、，,/), each row cited; None when no document in scope lists owners, or none
        has such a project."""
        u = self.planner.understand(r, scope)
        docs = u.scope
        if not docs or any(lk.kinds() & {"value", "fact"} for lk in u.links):
            return None  # (a project or a figure named: what it says of them is asked, not which projects)
        said = m.group("n") or m.group("n2")
        want = {"两": 2, "2": 2, "二": 2, "三": 3, "3": 3}.get(said or "", 0)  # (0: more than one)
        marks = ", ".join("?" for _ in docs)
        rows = self.conn.execute(
            f"SELECT r.doc_id, r.table_no, r.line, r.name, c.text FROM records r JOIN cells c ON c.doc_id = r.doc_id "  # noqa: S608
            f"AND c.table_no = r.table_no AND c.rec_no = r.rec_no AND c.role = 'owner' WHERE r.doc_id IN ({marks}) "
            f"AND r.name_role = 'project_name' ORDER BY r.doc_id, r.table_no, r.line", tuple(docs)).fetchall()
        if not rows:
            return None
        found = []
        for doc, table_no, line, name, owner in rows:
            people = [x for x in re.split(r"[、，,/／;；\s]+", (owner or "").strip()) if x]
            if len(people) >= 2 and all(re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", x) for x in people) and (
                    len(people) == want or not want):
                found.append((doc, Ref(doc, line, table_no), re.sub(r"^[0-9A-Z]{6,}[-—]", "", name), "、".join(people)))
        found = list({(d, n): (d, ref, n, o) for d, ref, n, o in found}.values())
        if not found:
            return None
        many = "两" if want == 2 else "三" if want == 3 else "不止一"
        said_docs = "；".join(f"{n}（{o}）" for _d, _ref, n, o in found)
        text = f"项目责任人有{many}个人的项目共 {len(found)} 个：{said_docs}。"
        cites = tuple(dict.fromkeys(self.evidence.cite(ref) for _d, ref, _n, _o in found))
        items = tuple(Item(n, None, None) for _d, _ref, n, _o in found)
        plan = Plan("list", "list", Target(table_kind="performance"), set_of="project_name",
                    n=want).with_docs(tuple(docs), "one")
        return Answer(question=r.raw, text=text, route="sql", citations=cites, confidence=0.7, items=items,
                      reading=f"{self._scope_text(docs)}：项目责任人一栏写了{many}个人名的项目", plan=plan.to_dict())

    def _people_indicator(self, r: Reading, u: Understanding, docs: Sequence[str],
                          history: tuple[str, ...]) -> Answer | None:
        """'某局请的某类人员一共几个人': the one performance indicator counted in people (人, 名) whose name holds every
        word the question left unexplained ('某员' of 某员数量), asked by its project and name; None when no
        indicator or several do."""
        from .planner import _generic

        words = [norm(w) for w in u.unexplained]
        if not words or any(len(w) < 2 or _generic(w) for w in words) or not docs:
            return None
        marks = ", ".join("?" for _ in docs)
        found = {(project, indicator) for indicator, project in self.conn.execute(
            f"SELECT r.name, p.name FROM records r JOIN records p ON p.doc_id = r.doc_id AND "  # noqa: S608
            f"p.table_no = r.table_no AND p.rec_no = r.parent AND p.name_role = 'project_name' "
            f"JOIN cells c ON c.doc_id = r.doc_id AND c.table_no = r.table_no AND c.rec_no = r.rec_no "
            f"AND c.role = 'ind_unit' WHERE r.doc_id IN ({marks}) AND r.name_role = 'indicator' "
            f"AND c.text IN ('人', '名')", tuple(docs)) if indicator and all(w in norm(indicator) for w in words)}
        if len(found) != 1:
            return None
        project, indicator = found.pop()
        a = self._ask_once(read(f"{project}的{indicator}是多少人"), tuple(docs), ())
        if a.route == "none" or a.value is None or a.unit not in ("人", "名"):
            return None
        return replace(a, question=r.raw)

    def _project_holding(self, words: Sequence[str], docs: Sequence[str]) -> list[str]:
        """The one project whose name holds one of `words` ('某' of 某服务的经费), each of the others being
        a word of its goal or name, or nothing the question needs ('公司'); [] when none or several do."""
        words = [norm(w) for w in words if len(norm(w)) >= 2]
        if not words or not docs:
            return []
        marks = ", ".join("?" for _ in docs)
        names = {name for (name,) in self.conn.execute(
            f"SELECT DISTINCT name FROM records WHERE doc_id IN ({marks}) AND name_role = 'project_name'",  # noqa: S608
            tuple(docs)) if name and any(w in norm(name) for w in words)}
        return sorted(names) if len(names) == 1 else []

    def _projects_of_indicators(self, u: Understanding, scope: tuple[str, ...]) -> list[str]:
        """The one project that owns every indicator row the question's words link to, in one document of the
        scope; [] when they link none, or rows of more than one project or document."""
        owners = self._indicator_projects(
            [t for lk in u.links if lk.how in ("exact", "synonym") for t in lk.terms
             if t.kind == "value" and t.role == "indicator"], scope)
        return [owners.pop().name] if len(owners) == 1 and None not in owners else []

    def _counted_in_goal(self, r: Reading, u: Understanding, docs: Sequence[str]) -> Answer | None:
        """The count one named project's own goal states of the thing the question counts ('…共设站点N个'),
        when its goal states exactly one number of it (a rate: '把失业率控制在多少', its one percent); None otherwise."""
        percent = _answer_type(r) == "percent"
        projects = list(dict.fromkeys(t.display for lk in u.links if lk.how == "exact" for t in lk.terms
                                      if t.kind == "value" and t.role == "project_name"))
        if not projects:  # ('某某那个八万多的经费': a paraphrase that fits one project's name alone)
            fuzzy = [{t.display for t in lk.terms if t.kind == "value" and t.role == "project_name"}
                     for lk in u.links if lk.how == "fuzzy"]
            projects = [next(iter(f)) for f in fuzzy if len(f) == 1]
        words = sorted((w for w in u.unexplained if len(w) >= 2), key=len, reverse=True)
        if len(projects) != 1 or not words or len(words) != len(u.unexplained):
            return None
        a = self._ask(read(f"{projects[0]}的绩效目标是什么"), tuple(docs), ())
        goal = next((c for c in a.citations[:1] if a.route != "none"), None)
        if goal is None:
            return None
        found: dict[tuple[float, str], str] = {}
        for clause in re.split(r"[，。；,;]", goal.text or ""):
            if words[0] not in norm(clause):
                continue
            for m in (_GOAL_PERCENT if percent else _GOAL_COUNT).finditer(clause):
                found.setdefault((float(m.group("n")), "%" if percent else m.group("u")), clause.strip())
        if len(found) != 1:
            return None
        (value, unit), clause = next(iter(found.items()))
        asked = re.search(rf"(?:多少|几)({_COUNT_UNITS})", r.key)
        if asked and asked.group(1) != unit:
            return None  # ('多少人' of a goal that counts 人次: another count)
        plan = Plan("lookup", "percent" if percent else "count", Target(attribute="goal", words=tuple(words)),
                    docs=tuple(docs))
        return Answer(question=r.raw, text=f"{fmt_number(value)}{unit if percent else ' ' + unit}。原文（{projects[0]}的绩效目标）：“{clause}”",
                      route="sql", value=value, unit=unit, citations=(goal,), confidence=0.6,
                      reading=describe(plan, self.names), plan=plan.to_dict())

    def _named_by_document(self, u: Understanding, docs: Sequence[str]) -> bool:
        """Is the word a budget cannot answer (决算 …) part of a name the document asked about itself uses
        ('结决算审计')? (Another department's text that speaks of 品牌 says nothing of this one's cars.)"""
        marks = ", ".join("?" for _ in docs)
        key = u.reading.key
        pos = key.find(u.absent or "")
        if any(lk.start <= pos and pos + len(u.absent or "") <= lk.end and (
                lk.how == "exact" or any(u.absent in t.display for t in lk.terms)) for lk in u.links):
            return True  # (the whole word inside the name: '实际' of 实际人数 does not hold '实际培训了'; a name
            # linked loosely must hold the word itself: '三公经费的决算数' is not '“三公”经费预算数')
        if u.absent not in ("决算", "实际执行", "实际支出", "实际花", "花掉") and docs and self.conn.execute(
                f"SELECT 1 FROM paragraphs WHERE doc_id IN ({marks}) AND text LIKE ? LIMIT 1",  # noqa: S608
                (*docs, f"%{u.absent}%")).fetchone():
            return True  # the document itself speaks of it ('2023年预算执行数为…')
        word = next((w for w in u.unexplained if u.absent and u.absent in w and w != u.absent), None)
        if not word:
            return False
        row = self.conn.execute(f"SELECT 1 FROM cells WHERE doc_id IN ({marks}) AND key LIKE ? LIMIT 1",  # noqa: S608
                                (*docs, f"%{norm(word)}%")).fetchone() if docs else None
        return row is not None

    def _in_order_said(self, u: Understanding, docs: Sequence[str]) -> list[str]:
        """The documents in the order the question says them: by the department named, then by the year said
        ('某街道2025年比2024年多出多少': 2025 first, whatever the order of the index)."""
        def year_at(d: str) -> int:
            y = self.names[d].year
            at = [i for i in (u.reading.key.find(f"{y}年"), u.reading.key.find(f"{y % 100}年")) if i >= 0] if y else []
            return min(at) if at else 10**6
        return sorted(docs, key=lambda d: (_first_mention(u, d, lambda x: self.names[x].department), year_at(d)))

    def _across(self, plan: Plan, u: Understanding, docs: tuple[str, ...]) -> Plan:
        """How the documents of a question combine: one, each, or compared/summed across them."""
        if len(docs) <= 1:
            return plan.with_docs(docs, "one")
        r = u.reading
        deps = {self.names[d].department for d in docs}
        if _EXECUTED.search(r.key) and len(deps) == 1 and (r.has("op:change") or r.has("op:than") or r.has("op:diff")):
            return plan.with_docs(docs, "each")  # an earlier year's budget is not what was executed of it
        if plan.op == "change" and plan.parts and len(deps) == 1 and len(docs) == 2:
            plan = replace(plan.parts[0], answer=plan.answer)
        if plan.op in ("lookup",) and r.has("op:change") and len(deps) == 1 and len(docs) == 2 and \
                not _EXECUTED.search(r.key):  # (an earlier budget is not what was executed of it)
            ordered = tuple(sorted(docs, key=lambda d: -(self.names[d].year or 0)))
            return replace(plan, answer="percent" if r.has("op:change_pct") or r.has("type:percent") else "amount"
                           ).with_docs(ordered, "change")
        if plan.op == "lookup" and r.has("op:times") and len(docs) == 2:
            order = self._in_order_said(u, docs)
            return replace(plan, answer="times").with_docs(tuple(order), "ratio")
        together = len(u.docs) >= 2 or r.has("scope:all") or _ACROSS_STRONG.search(r.key)
        if plan.op in ("max", "min", "top") and together and not r.has("each"):
            return plan.with_docs(docs, "pool")  # '所有文件里最大的项目': one row of all of them
        if plan.op == "lookup" and named_pattern("extremes_gap").search(r.key):
            return plan.with_docs(docs, "gap")  # '三家的某经费，最高的和最低的差多少': the highest less the lowest
        if plan.op in ("lookup", "sum", "count", "share"):
            if r.has("scope:which") and (r.has("op:max") or r.has("op:min") or r.has("op:diff")) or (
                    r.has("cmp:which") and len(docs) == 2 and not r.has("op:than")):
                return plan.with_docs(docs, _which_of(r, docs))
            if plan.op == "lookup" and together and (r.has("op:max") or r.has("op:min")) and not r.has("each") and \
                    not r.has("op:diff") and not r.has("op:than"):
                # '这三份预算里，三公经费最多的那个单位是多少': the figure compared across them, the largest one's
                return plan.with_docs(docs, _which_of(r, docs))
            if r.has("op:diff") or (r.has("op:than") and len(docs) == 2):
                order = self._in_order_said(u, docs)
                return plan.with_docs(tuple(order), "diff")
            # summed across documents only when the question brings them together ('两家…一共', '加起来');
            # '收入预算总额是多少' over an index of several departments is each one's total, not their sum
            # (one department's years are not added up by a '一共' that says nothing of years)
            # (a row named is not summed over documents that do not have it: '某处的项目支出加起来')
            named_together = len(u.docs) >= 2 or r.has("scope:all") or re.search(
                r"(两家|两个部门|三个部门|几个部门|各部门|三份|这三份|两份|三家|几家|各家|所有文件|全部文件)", r.key)
            # ('…的机关运行经费（各自预算年度）加起来': each one's own year, said of the figures summed; '三家各自这份预算
            # 里的某预算加起来一共多少': each one's own figure, summed)
            each = any(not re.match(r"各自的?(?:预算)?年度", r.key[s.start:]) and not (
                r.key.startswith("各自", s.start) and (_ACROSS_SUM.search(r.key, s.end) or any(
                    x.start >= s.end for x in r.all("op:sum")))) for s in r.all("each"))
            if together and named_together and (_ACROSS_SUM.search(r.key) or r.has("op:sum")) and not each and (
                    len(deps) > 1 or re.search(r"(两年|几年|各年|历年|两个年度|这几年)", r.key)):
                return plan.with_docs(docs, "sum")
        return plan.with_docs(docs, "each")

    @staticmethod
    def _type_ok(plan: Plan, out: Outcome, r: Reading) -> bool:
        """The answer is of the type asked: a count is not an amount, a person not a number …"""
        want = plan.answer
        if want in ("person", "phone") and re.search(r"(几个|多少个|几项|多少项)(项目|科目)", r.key):
            return False  # '负责人挂了几个项目': a count of rows, not the person
        if want in ("person", "phone") and named_pattern("names_of_things").search(r.key):
            return False  # '要修缮的那3家服务中心都叫什么名字': the things' names, which no person's is
        if want in ("person", "phone") and plan.target is not None and plan.target.attribute in ("owner", "phone") \
                and (rows := (*plan.target.filters, *plan.target.within)) and all(
                    f.role == "unit_name" for f in rows) and "项目" not in r.key:
            return False  # '某管理处的负责人是谁': the unit's own head, which its projects' owners are not
        if (plan.op in ("diff", "change") or plan.across in ("diff", "change", "gap")) and not out.items and re.search(
                r"哪些|哪几(?:个|项|类|笔)?(?=[\u4e00-\u9fff]{0,12}(?:增加|减少|增长|下降|降低|上升|少了|多了|变))", r.key):
            return False  # '商品和服务支出里，哪些明细比上年减少了': which rows, never the whole's one change
        if r.has("op:share_of") and plan.op == "lookup" and out.unit in _YUAN and not r.has("op:sum") and \
                re.search(r"占[\u4e00-\u9fff]{2,}?的?(?:多少|几成)(?![钱万元亿块])", r.key):
            return False  # '这个大类占总支出多少': a share is asked; the whole's amount is no answer
        if plan.op in ("share", "ratio") and r.has("op:sum") and plan.parts and plan.parts[0] is not None and \
                plan.parts[0].op != "sum" and (at := r.key.find("占")) > 0 and any(s.start < at for s in r.all("op:sum")) \
                and (_AND.search(r.key[:at]) or _parts_unread(r, plan.parts[0])):
            return False  # 'A和B加起来占C多少', '总部经济（区级加市级）占多少' with A alone over C: the sum is asked
        if plan.op == "lookup" and r.has("op:sum") and plan.target is not None and plan.target.filters and \
                plan.across != "sum" and len(plan.docs) <= 1:  # ('甲局和乙局的差旅费加在一起': 和 joins documents)
            joined = [m.start() for m in _AND.finditer(r.key)]
            spans = [f.span for f in plan.target.filters if f.span]
            if joined and spans and all(all(b <= j or a > j for j in joined) for a, b in spans) and \
                    len({any(a > j for j in joined) for a, b in spans}) == 1 and \
                    len(_CONTENT.sub("", _unread_side(r.key, joined[0], spans))) >= 2:
                return False  # 'A和B加一块儿多少' with only B found: one figure is no sum of two
        if plan.op == "lookup" and not out.items and not r.has("op:sum") and len(plan.docs) <= 1 and \
                len(set(r.years)) <= 1 and \
                not (plan.target is not None and len(plan.target.fact) >= 2) and any(
                s.label == "each" and s.text.startswith(("各", "分别")) and not _EACH_OVER_TIME.search(s.text)
                for s in r.spans):
            return False  # '那几个采购项目各采购多少钱': each of several asked, never one figure of them all
        if plan.op == "lookup" and plan.target is not None and plan.target.concept and not out.computed and \
                not out.items and _THESE_SUMMED.search(r.key):
            return False  # '那几个项目经费加起来一共多少': the ones the text lists, summed; never the whole class's total
        if plan.op == "lookup" and named_pattern("n_summed").search(r.key) and not (out.computed and len(out.operands) >= 2) \
                and not out.items:
            return False  # '那四个季度加起来一共多少': several figures summed, which one figure never answers
        if out.unit in _YUAN and any(not named_pattern("money_words").search(r.key, m.end())
                                     for m in named_pattern("count_of_things").finditer(r.key)):
            return False  # '公车数量比去年少了几辆': a count asked, which no amount answers
        if re.search(r"(?:^|[，,])(?:那|那么)?(?:它|其)(?:的)?(?:预算|金额)?占", r.key) or (
                (these := _THESE.match(r.key)) and _SUM_OR_SHARE.match(r.key[these.end():])):
            return False  # '它占全部项目支出的比例', '这三个项目加起来占…' that the conversation did not resolve
        if plan.op in ("max", "min", "top", "nth") and plan.set_of not in ("unit_name", None) and \
                re.search(r"哪(?:个|家|一个|一家|些|几个|几家)?(?:预算)?单位", r.key):
            return False  # '哪个单位的项目最多': a unit is asked, a project is no answer
        if r.has("type:percent") and plan.op in ("max", "min", "top", "nth") and out.unit != "%" and \
                out.kind != "percent" and (zhan := r.first("op:share_of")) is not None and any(
                    s.end <= zhan.start for s in r.spans if s.label in ("op:max", "op:min", "op:top", "op:nth")):
            return False  # '金额最大的那个项目，占项目支出总额的百分之多少': the row's share, not the row
        if plan.op in ("list", "threshold", "top", "max", "min", "nth", "count") and out.items and any(
                not re.sub(r"[\s（）()“”\"'、，,]", "", getattr(i, "label", "") or "") for i in out.items):
            return False  # '“三公”经费里哪几项超过5万元' over a one-row table: a row with no name names no item
        if plan.op == "lookup" and out.value is not None and (per := named_pattern("per_unit").search(r.key)) and \
                not re.search(r"(每|人均|户均|平均|单价|标准)", out.label or "") and not _PER_SAID.search(r.key[: per.start()]):
            return False  # '每人能领多少补贴': an amount for each, which a total never answers
        if plan.op == "lookup" and plan.across == "one" and out.value is not None and not out.items and \
                re.search(r"(?:各|分别)(?:是|为|有|需要|安排了?|花了?)?(?:多少|几)", r.key) and \
                _AND.search(r.key):
            return False  # '社会保险基金预算收入和支出各是多少': two figures asked, one found is no answer to both
        if plan.op == "lookup" and out.value is not None and out.label and any(
                said in r.key and other not in r.key and other in out.label and said not in out.label
                for said, other in (("收入", "支出"), ("支出", "收入"))):
            return False  # '社会保险基金预算收入是多少' answered with a 支出 row: the other side of the budget
        if plan.op == "lookup" and r.has("op:times") and plan.across in ("one", "each") and \
                not (plan.target is not None and plan.target.change):
            return False  # '是2024年预算的几倍': a ratio of two figures, which one figure does not answer
        if plan.op == "lookup" and plan.across in ("one", "each") and _HOW_MUCH_MORE.search(r.key) and \
                not (plan.target is not None and plan.target.change):
            return False  # '比它少多少' asks a difference: one figure is no answer to it
        if (r.has("type:count") or r.has("op:count")) and re.search(r"(多少钱|多少资金|多少金额|金额多少|多少万)", r.key) \
                and plan.op in ("lookup", "compound") and len({
                    "amount" if p.answer == "amount" else "count"
                    for p in (plan.parts if plan.op == "compound" else (plan,)) if p is not None}) < 2:
            return False  # '各涉及几个项目、多少钱': the count and the money, not one of them alone
        if plan.op == "lookup" and out.value is not None and out.unit in _YUAN and not re.search(r"(吗|是否|是不是|对不对|对吗|有没有|核对|核实)", r.key) \
                and any(abs(float(m.group(1)) * _YUAN[m.group(2)] - out.value * _YUAN[out.unit]) < 1
                        for m in re.finditer(r"(\d+(?:\.\d+)?)(亿元|万元|千元|元)", r.key)):
            return False  # '那笔某万元的…用在哪': the figure the question gives is not what it asks
        if plan.op == "lookup" and plan.across == "one" and plan.target is not None and plan.target.fact and \
                re.search(r"(项目|单位|科目|专项)(都|们)?(分别|各自|各是|各为|各多少)", r.key) and out.value is not None:
            return False  # '那6个项目分别是什么，各自多少钱': one figure the text states of them all answers neither
        if plan.op in ("list", "count", "max", "min", "top", "nth") and plan.lo is None and plan.hi is None and \
                re.search(r"(?:(?:比|为|是|等于|超过|高于|低于|大于|小于|不到|不足|不满|达到|在)\d+(?:\.\d+)?(?:亿元|万元|千元|元|亿|万)"
                          r"|(?<![\d.年])\d+(?:\.\d+)?(?:亿元|万元|千元|元|亿|万)(?:块钱)?(?:以上|以下|以内|之上|之下|左右|上下|的项目|"
                          r"的科目|还少|还多|还低|还高|少|多|低|高))", r.key):
            return False  # '比5万块钱还少的项目', '预算为5万的项目': an amount the question gives, which the rows' plan
            # does not apply (listing every row is no answer)
        if plan.op == "lookup" and plan.target is not None and (plan.target.concept or plan.target.fact) and \
                re.search(r"指标", r.key) and not any(re.search(r"指标", w) for w in plan.target.fact):
            return False  # '某专项的绩效目标具体指标值是多少': an indicator is asked, a figure of its text is no answer
        if plan.op == "attribute" and plan.target is not None and plan.target.attribute == "ind_value" and \
                want in ("count", "headcount", "amount") and plan.target.within and out.text and not any(
                    norm(f.value) in r.key or _bare_name(f.value) in r.key for f in plan.target.within) and \
                re.search(r"(一共有|总共有|共有|现有|拥有|全区|全市|全街道|全镇)", r.key) and \
                not re.search(r"(指标|目标|计划|打算|预计|要求|要|将|拟|准备|项目|工程|任务|考核)", r.key) and \
                not _shares_own_words(r.key, out.text, [f.value for f in plan.target.within]):
            return False  # '某区一共有多少棵古树名木': a holding asked, not the target ('复壮救治某物') of a project
            # named in part, whose indicator says nothing the question says besides the project's own words
        if plan.op == "attribute" and plan.target is not None and plan.target.attribute == "ind_value" and \
                "amount" in (want, _answer_type(r)) and out.unit not in _YUAN and \
                re.search(r"(预算|多少钱|花多少|多少万|多少元)", r.key) and \
                not re.search(r"(指标|目标|要求|标准|计划|任务)", r.key):
            return False  # 'How much is budgeted for 某工程': the money asked, never an indicator's '＝1项'
        if plan.op == "change" and out.facts and r.years and out.facts[0].get("compare_year"):
            year, compared = out.facts[0].get("year"), out.facts[0].get("compare_year")
            if (year and not set(r.years) <= {year, compared}) or (not year and len(r.years) > 1 and compared not in r.years):
                return False  # '2024年比2023年增长了多少' of a 2023 budget: its change against 2022 is another change
            said_against = _compared_years(r)
            if said_against and compared not in said_against:
                return False  # '…比2024年增加了多少' of a 2024 budget: its change against 2023 is not the one asked
        if plan.op == "breakdown" and r.has("type:percent") and not r.has("op:breakdown"):
            return False  # '占了多少？按百分比说': a share is asked, not the parts listed
        if out.kind == "per_doc":
            return all(Engine._type_ok(plan, o, r) for _, o in out.per_doc)
        if plan.op in ("compound", "sum", "diff", "ratio") and out.parts and \
                _answer_type(r) in ("headcount", "count", "area", "score") and not _MONEY_ASKED.search(r.key) and \
                any(o.unit in _YUAN for o in out.parts):
            return False  # '两个单位编制各多少人': people are asked of each, an amount of either is no answer
        if plan.op in ("diff", "ratio", "share") and len(out.parts) == 2 and \
                (out.parts[0].refs, out.parts[0].value, out.parts[0].label) == \
                (out.parts[1].refs, out.parts[1].value, out.parts[1].label):
            return False  # '和2022年收入预算比，今年收入…': one figure compared with itself answers nothing
        if r.has("type:percent") and plan.op in ("lookup", "attribute", "diff", "sum") and out.unit != "%" and \
                out.kind != "percent" and not any(r.has(x) for x in ("op:max", "op:min", "op:top", "op:nth", "op:list")):
            return False  # '在职人数占编制数的比例': a percentage is asked, a headcount or an amount is no answer
        if want == "headcount":
            return out.kind == "headcount" or (out.unit in ("人", "名"))
        if want == "area":
            return out.unit in AREA_UNITS
        if want == "score":
            return out.kind == "score" or out.unit == "分"
        if want in ("person", "phone"):
            return out.text is not None
        if want == "period":  # a time: a date, a span, a month or a quarter ('＝3家' is no answer to 多久)
            return out.text is not None and out.unit != "%" and out.kind != "percent" and bool(_TIME.search(out.text))
        if plan.op in ("lookup", "attribute") and plan.across not in ("max", "min", "gap", "pool") and (
                r.has("op:max") or r.has("op:min")) and r.has("op:list") and not r.has("scope:which"):
            return False  # '哪一款最多' asks which row: one figure's amount is no answer
        if plan.op == "lookup" and want == "amount" and r.has("op:list") and (
                not r.has("type:amount") or re.search(r"哪(些|几)(类|种|笔|项)?(钱|资金|款项?)", r.key)
                or plan.across == "one" and _WHICH_NOT_MONEY.search(r.key)) and \
                plan.across in ("one", "each") and not re.search(r"(多少|几)(?!份|个|项|家|类|种|条)", r.key):
            # '订的哪几份报', '要审哪些钱', '某资金打算给哪些企业' ask which things: an amount is no answer (of several
            # documents, '哪些部门安排了某费' is answered by each one's figure)
            return False
        if plan.op == "attribute" and plan.target is not None and plan.target.attribute == "ind_value" and \
                plan.target.unit and out.value is None and re.search(r"(多少|几)" + re.escape(plan.target.unit), r.key):
            return False  # '计划征订多少套…' answered with an indicator that says no number ('定性：按要求完成')
        if want in ("amount", "count", "headcount", "percent") and plan.op == "attribute" and out.value is None \
                and not (r.has("type:purpose") or r.has("type:what") or r.has("type:text")):
            return False  # '…的钱有多少' answered with an indicator's words: a number is asked
        if plan.op == "attribute" and plan.target is not None and plan.target.attribute == "term" and \
                _answer_type(r) in ("amount", "count", "percent") and not re.search(r"(几年|多少年|几个月|多少个月|多少天|几天)", r.key):
            return False  # '合同总额和今年安排各多少': money is asked, a contract's term is no answer
        t = plan.target
        if plan.op in ("list", "count") and plan.set_of and t is not None and not (
                t.filters or t.within or t.measure or t.concept or t.fact or t.nonzero or t.zero or t.exclude) and \
                plan.lo is None and plan.hi is None and _ROWS_QUALIFIED.search(r.key):
            return False  # '哪些项目除了财政的钱还用了单位自己的钱': a condition said that no filter holds; never every row
        if want == "percent" and plan.op == "lookup":
            return out.unit == "%" or out.kind == "percent"
        if want == "amount" and plan.op == "lookup" and out.kind in ("percent",) and not r.has("type:percent"):
            return False
        if want == "count" and plan.op == "lookup":
            return out.kind in ("count", "headcount") and out.unit not in ("万元", "元", "亿元", "%")
        if want == "amount" and plan.op == "lookup" and out.kind in ("count", "headcount", "score"):
            return bool(re.search(r"(多少|几)(个|人|名|家|辆|台|套|项|分|次)", r.key)) or r.has("type:count")
        return True

    # ------------------------------------------------------------------------------------------ wording

    def _answer(self, r: Reading, plan: Plan, out: Outcome) -> Answer | None:
        out = _as_asked(r, plan, out)
        if out.kind == "per_doc" and any(o.value is None and not o.items and not o.text for _, o in out.per_doc):
            return None  # a document's figure not found is no '无' to report
        if out.kind == "per_doc" and _WHICH_HAVE.search(r.key) and any(o.value == 0 for _, o in out.per_doc):
            # '哪些部门安排了某费': the departments with some of it; those with none are counted, not named
            kept = tuple((d, o) for d, o in out.per_doc if o.value != 0)
            if not kept:
                return None
            none = len(out.per_doc) - len(kept)
            out = replace(out, per_doc=kept, label=f"{out.label}（另有 {none} 个文件为 0）")
        self._last = out  # (what a chained question reads of the row found: a person, by name)
        span = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(年|个月|月|天|日)\s*", out.text or "") if out.value is None else None
        term = plan.answer == "period" or (plan.target is not None and plan.target.attribute == "term")
        if span and term and re.search(r"(几|多少)(个)?(年|月|天|日)|多长|多久", r.key):
            # '合同签的是几年', '合同期限多长': a period of so many years is a number of them
            out = replace(out, value=float(span.group(1)), unit=span.group(2), kind="period")
        if plan.op == "lookup" and plan.target is not None and plan.target.year and str(plan.target.year) not in out.label:
            out = replace(out, label=f"{plan.target.year}年{out.label}")  # an earlier year's figure says so
        refs = list(out.refs)
        t = plan.target
        unnamed = plan.op == "lookup" and t is not None and t.measure and not (t.filters or t.within)
        if (out.computed or unnamed or plan.op in ("lookup", "attribute", "sum", "count")) and out.value is not None \
                and len(plan.docs) == 1 and out.kind not in ("list", "per_doc"):
            # (a column of a one-row table, '三公' 公务接待费: the row itself names nothing; the text may)
            # the narrative may state the computed figure too ('占总支出预算的31.02%'): an auditor wants both
            words = tuple(w for p in (plan, *plan.parts) if p.target for w in (*p.target.words, p.target.label()))
            words += tuple(w for w in re.split(r"[的“”\"'：:、，,（）()\s]+", out.label or "") if len(w) >= 4)
            if t is not None and t.concept and (c := concept(t.concept)) is not None:
                # (a named figure as the text says it in its own name: '收入预算N万元' of the 收入总计 row;
                # an empty table's none: '政府性基金拨款支出预算0.00万元'). The table's row stays first.
                words += tuple(a for a in c.aliases if len(a) >= 4)
            refs += Executor(self.conn).stated(plan.docs[0], out.value, out.unit, words)
        if out.computed and out.parts and len(plan.docs) == 1 and plan.op in ("share", "diff", "ratio"):
            # each operand as the text states it too ('公务用车购置及运行费46.56万元', '“三公”经费预算数为47.91万元')
            for p, o in zip(plan.parts, out.parts, strict=False):
                if o.value is not None and o.unit and p is not None and p.target is not None:
                    said = (*p.target.words, p.target.label(), o.label or "")
                    refs += [x for x in Executor(self.conn).stated(plan.docs[0], o.value, o.unit, said) if x not in refs]
        if plan.across in ("diff", "change", "ratio", "sum", "gap", "max", "min") and len(out.per_doc) >= 2:
            # each document's figure compared, as its own text states it too ('项目支出…占总支出预算的31.02%')
            words = tuple(w for p in (plan, *plan.parts) if p.target for w in (*p.target.words, p.target.label()))
            words += tuple(a for p in (plan, *plan.parts) if p.target and p.target.concept and (c := concept(p.target.concept))
                           for a in c.aliases if len(a) >= 4)  # ('预算总额差多少': each total as its text names it)
            for d, o in out.per_doc:
                if o.value is not None:
                    refs += [x for x in Executor(self.conn).stated(d, o.value, o.unit, words) if x not in refs]
        if t is not None and t.concept and out.value == 0 and len(plan.docs) == 1:
            # an empty table: the text that says there is none of it ('无国有资本经营预算财政拨款') is cited too
            refs += Executor(self.conn).says_none(plan.docs[0], t.concept)
        citations = self.evidence.cite_all(refs)
        if not citations:
            return None
        if plan.op == "diff" and out.value is not None and out.value < 0 and len(out.parts) == 2 and \
                named_pattern("which_more").search(r.key):
            # '甲和乙，哪个预算多？多出多少': the larger first, by how much it is larger
            a, b = out.parts
            out = replace(out, label=f"{b.label}比{a.label}", value=-out.value, operands=tuple(reversed(out.operands)),
                          parts=(b, a))
        value, unit = out.value, out.unit
        want = plan.unit or next((p.unit for p in plan.parts if p.unit), None)
        if value is not None and unit in compose_units() and want in compose_units() and want != unit:
            value, unit = round(convert(value, unit, want), 8), want
        text = self._text(plan, out, value, unit, citations)
        if value == 0 and plan.op == "lookup" and _ASKS_WHETHER.search(r.key) and out.label:
            text = f"没有{out.label}。{text}"  # '有没有国有资本经营预算的拨款': the yes or no asked, then the figure
        reading = describe(plan, self.names)
        if any(o.plan.target != plan.target for _, o in out.per_doc):  # documents read in different tables
            reading = describe_each(plan, [(d, o.plan) for d, o in out.per_doc], self.names)
        # every number in the reply must be read in a cited row or computed from cited rows
        allowed = [v for v in (value, out.value) if v is not None] + list(out.operands)
        allowed += [abs(v) for v in allowed]
        allowed += [i.value for i in out.items if i.value is not None] + [float(len(out.items))]
        allowed += [p.value for i in out.items for p in i.breakdown if p.value is not None]  # (a breakdown's parts, summed)
        allowed += [o.value for _, o in out.per_doc if o.value is not None]
        allowed += [p.value for p in out.parts if p.value is not None] + [100.0]
        allowed += numbers_in(r.text) + numbers_in(" ".join(i.label for i in out.items))
        allowed += numbers_in(out.label or "")  # (a row's code in its label, which its table prints in parts: '208 07 05')
        allowed += [float(len(citations)), float(len(out.operands)), float(len(out.refs))]
        allowed += [float(c.page) for c in citations if c.page]
        years = {y for n in self.names.values() if n.year for y in (n.year, n.year - 1, n.year + 1)}
        bad = compose.unbacked(text, citations, allowed, years)
        if bad:
            return refusal(r.raw, "找到了相关数据，但无法用引用的原文核对答案中的数字，为避免出错不予回答。"
                           f"（未能核对：{', '.join(fmt_number(b) for b in bad[:3])}）", confidence=0.1)
        headline_value = value if out.kind not in ("list", "per_doc", "text") or plan.op in ("top",) else None
        if out.kind == "list" and plan.op in ("top",):
            headline_value = value
        if plan.op == "count":
            headline_value = out.value
        if out.kind == "list" and plan.op == "list" and len(out.items) == 1 and out.items[0].value is not None and \
                named_pattern("which_and_how_much").search(r.key):
            # '…属于项目支出的是哪一项？多少钱？': the one row found, and its amount
            headline_value, unit = out.items[0].value, out.items[0].unit
        if out.kind == "per_doc" and len(out.per_doc) >= 2 and len({(o.value, o.unit) for _d, o in out.per_doc}) == 1 \
                and out.per_doc[0][1].value is not None and "另有" not in (out.label or ""):  # (not when some are left out)
            # every document states the same figure ('…规划建筑面积' in two years' budgets): that one figure
            headline_value, unit = out.per_doc[0][1].value, out.per_doc[0][1].unit
            text = f"各文件相同：{text}"
        if plan.op == "breakdown" and out.items and (parts := _PARTS_COUNTED.search(r.key)) and \
                len({i.label for i in out.items}) == len(out.items):  # (rows of one name twice are no parts)
            # '钱分成了几块': how many parts, then what they are
            headline_value, unit = float(len(out.items)), "个"
            text = f"共 {len(out.items)} {parts.group(1) if parts.group(1) != '部分' else '个部分'}。{text}"
        items = out.items or tuple(Item(self._doc_label(d), o.value, o.unit) for d, o in out.per_doc)
        return Answer(question=r.raw, text=text, route="sql", value=headline_value,
                      unit=unit if headline_value is not None else None, citations=citations,
                      sql=None, confidence=0.95, items=items, chart=out.chart or bool(out.per_doc),
                      reading=reading, plan=plan.to_dict())

    def _doc_label(self, d: str) -> str:
        n = self.names[d]
        return f"{n.department}{n.year}年" if n.year else n.department

    def _text(self, plan: Plan, out: Outcome, value: float | None, unit: str | None,
              citations: tuple[Citation, ...]) -> str:
        where = compose.where_text(citations)
        quote = ""
        sentences = [f.get("sentence") for f in out.facts if f.get("sentence")]
        if sentences:
            quote = "原文：“" + "”“".join(dict.fromkeys(sentences)) + "”"
        if out.kind == "per_doc":
            lines = []
            for d, o in out.per_doc:
                lines.append(f"{self._doc_label(d)}：{self._short(o)}")
            return f"{out.label}（按文件）：" + "；".join(lines) + f"。{where}"
        if plan.across == "pool" and plan.op == "top":
            which = "最小" if plan.ascending else "最大"
            return f"各文件的{out.label}合在一起，金额{which}的 {len(out.items)} 个：{self._items(out.items)}。{where}"
        if plan.across == "pool" and out.text and out.per_doc:
            d0 = out.per_doc[0][0]
            rest = "；".join(f"{self._doc_label(d)}：{o.text}（{compose.money_text(o.value, o.unit)}）"
                            for d, o in out.per_doc)
            which = "最大" if plan.op == "max" else "最小"
            return (f"各文件的{out.label}合在一起，金额{which}的是“{out.text}”（{self._doc_label(d0)}），"
                    f"{compose.money_text(value, unit)}。各文件{which}：{rest}。{where}")
        if plan.across in ("max", "min") and out.text:
            # (each figure also to two decimals, as its text says it: a sum in 元 compared in 万元, 18,976.7551 万元
            # (约 18,976.76 万元))
            rest = "；".join(f"{self._doc_label(i.label)} {compose.money_text(i.value, i.unit, about=True)}" for i in out.items)
            return (f"{out.label}{'最多' if plan.across == 'max' else '最少'}的是{self._doc_label(out.text)}："
                    f"{compose.money_text(value, unit, about=True)}。各文件：{rest}。{where}")
        if plan.across == "sum" and out.per_doc:
            parts = "＋".join(f"{self._doc_label(d)} {compose.money_text(o.value, o.unit)}" for d, o in out.per_doc)
            return f"{out.label}合计 {compose.money_text(value, unit)}（{parts}）。{where}"
        if plan.across == "gap" and len(out.per_doc) == 2 and len(plan.docs) > 2:
            (d1, o1), (d2, o2) = out.per_doc
            rest = "；".join(f"{self._doc_label(i.label)} {compose.money_text(i.value, i.unit)}" for i in out.items)
            return (f"{out.label}：最高的是{self._doc_label(d1)}，{compose.money_text(o1.value, o1.unit)}；最低的是"
                    f"{self._doc_label(d2)}，{compose.money_text(o2.value, o2.unit)}；相差 "
                    f"{compose.money_text(value, unit)}。各文件：{rest}。{where}")
        if plan.across == "gap" and len(out.per_doc) == 2:
            (d1, o1), (d2, o2) = out.per_doc
            return (f"{out.label}：{self._doc_label(d1)}更高，{compose.money_text(o1.value, o1.unit)}，比"
                    f"{self._doc_label(d2)}（{compose.money_text(o2.value, o2.unit)}）高 "
                    f"{compose.money_text(value, unit)}。{where}")
        if plan.across == "ratio" and len(out.per_doc) == 2:
            (d1, o1), (d2, o2) = out.per_doc
            return (f"{self._doc_label(d1)}的{out.label}（{compose.money_text(o1.value, o1.unit)}）是"
                    f"{self._doc_label(d2)}（{compose.money_text(o2.value, o2.unit)}）的 {fmt_number(round(value, 2))} 倍。"
                    f"{where}")
        if plan.across in ("diff", "change") and len(out.per_doc) == 2:
            (d1, o1), (d2, o2) = out.per_doc
            calc = f"{self._doc_label(d1)} {compose.money_text(o1.value, o1.unit)}，{self._doc_label(d2)} " \
                   f"{compose.money_text(o2.value, o2.unit)}"
            if unit == "%" and o1.unit == "%" and o2.unit == "%":  # (two shares: their difference in points)
                word = "高" if (o1.value or 0) >= (o2.value or 0) else "低"
                return f"{out.label}：前者比后者{word} {fmt_number(round(abs(value or 0), 2))} 个百分点（{calc}）。{where}"
            if unit == "%":
                way = "增长" if (o1.value or 0) >= (o2.value or 0) else "下降"
                return f"{out.label}{way} {compose.money_text(abs(value or 0), '%')}（{calc}）。{where}"
            word = "多" if (o1.value or 0) >= (o2.value or 0) else "少"
            return f"{out.label}：前者比后者{word} {compose.money_text(abs(value or 0), unit)}（{calc}）。{where}"
        if plan.op == "compound":  # each part in the unit asked ('各安排了多少万'), as a lookup says it
            def said(o: Outcome) -> str:
                if o.plan.op != "change":
                    return self._short(_in_unit(o, plan.unit or o.plan.unit), with_label=True, about=True)
                # ('A和B分别比2024年增加了多少': each one's change, with its direction and the year it is against)
                fact = next((f for f in o.facts if f.get("direction")), {})
                sign = o.signed if o.signed is not None else (o.value or 0)
                word = fact.get("direction") or ("增加" if sign >= 0 else "减少")
                since = f"比{fact['compare_year']}年" if fact.get("compare_year") else "比上年"
                return f"{o.label}{since}{word} {compose.money_text(abs(o.value or 0), o.unit)}"
            return "；".join(said(o) for o in out.parts) + f"。{quote}{where}"
        if plan.op == "share":
            a, b = out.parts
            return (f"{a.label}占{b.label}的 {compose.money_text(value, '%')}（{self._short(a)} ÷ {self._short(b)}）。"
                    f"{quote}{where}")
        if plan.op == "ratio":
            a, b = out.parts
            return f"{a.label}是{b.label}的 {fmt_number(round(value or 0, 2))} 倍（{self._short(a)} ÷ {self._short(b)}）。{where}"
        if plan.op == "diff":
            a, b = out.parts
            word = "多" if (out.operands[0] if out.operands else 0) >= (out.operands[1] if len(out.operands) > 1 else 0) \
                else "少"
            return (f"{a.label}比{b.label}{word} {compose.money_text(abs(value or 0), unit)}"
                    f"（{self._short(a)} − {self._short(b)}）。{quote}{where}")
        if plan.op == "sum" and out.parts:
            parts = "＋".join(self._short(o, with_label=True) for o in out.parts)
            note = f"；{out.note}" if out.note else ""
            return f"合计 {compose.money_text(value, unit)}（{parts}{note}）。{where}"
        if plan.op in ("list", "threshold"):
            if not out.items:
                return f"没有符合条件的{out.label or '行'}。{where}"
            return f"{out.label}共 {len(out.items)} 个：{self._items(out.items)}。{where}"
        if plan.op == "count" and plan.set_of is None and plan.target is not None and plan.target.section and \
                plan.lo is None and plan.hi is None and all(i.value is not None for i in out.items):
            # (not '…超过1000万元的有几个': those over the bound are counted, they are not all its parts)
            # '某专项里面分了几块': how many parts its own section lists, with their sum (the parts are cited)
            money = out.items[0].unit or "万元"
            total = sum(convert(i.value, i.unit or money, money) for i in out.items)
            return (f"{out.label}分为 {int(out.value or 0)} 块，合计 {compose.money_text(round(total, 6), money)}："
                    f"{self._items(out.items)}。{where}")
        if plan.op == "count":
            return f"{out.label}共 {int(out.value or 0)} 个：{self._items(out.items)}。{where}"
        if plan.op in ("max", "min", "nth"):
            which = {"max": "金额最大", "min": "金额最小"}.get(plan.op, f"金额第 {plan.n} {'小' if plan.ascending else '大'}")
            if unit == "%":  # (a rate of change, not an amount: '增幅最大')
                which = which.replace("金额", "幅度")
            if plan.by_indicator and plan.op in ("max", "min"):  # ('满意度指标定得最高的项目': the percentage set)
                kind = "、".join(f.value for f in (plan.target.filters if plan.target else ()))
                return (f"项目支出绩效目标中，“{kind}”类指标定得{'最高' if plan.op == 'max' else '最低'}的项目是"
                        f"“{out.text}”，{compose.money_text(value, unit)}。{where}")
            return f"{out.label}中{which}的是“{out.text}”，{compose.money_text(value, unit)}。{where}"
        if plan.op == "top":
            which = f"{out.label}中{'幅度' if unit == '%' else '金额'}{'最小' if plan.ascending else '最大'}的 {len(out.items)} 个"
            if plan.summed:
                return f"{which}合计 {compose.money_text(value, unit)}：{self._items(out.items)}。{where}"
            return f"{which}：{self._items(out.items)}。{where}"
        if plan.op == "breakdown":
            return f"{out.label}（合计 {compose.money_text(value, unit)}）：{self._items(out.items)}。{where}"
        if plan.op == "sum":
            return f"{out.label}合计 {compose.money_text(value, unit)}（{len(out.items)} 项：{self._items(out.items)}）。{where}"
        if plan.op == "change":  # always said as a change: '比2024年减少 10.00 万元', never as a level
            calc = f"（按原文数字计算：{out.note}）" if out.computed and out.note else ""
            fact = next((f for f in out.facts if f.get("direction")), {})
            if unit == "倍":  # ('是2024年的几倍')
                before = f"{fact['compare_year']}年" if fact.get("compare_year") else "上年"
                return f"{out.label}是{before}的 {fmt_number(round(value or 0, 2))} 倍{calc}。{quote}{where}"
            sign = out.signed if out.signed is not None else (value or 0)
            word = fact.get("direction") or ("增加" if sign >= 0 else "减少")
            since = f"比{fact['compare_year']}年" if fact.get("compare_year") else "比上年"
            if fact.get("direction") == "持平" and not value:
                since = f"与{fact['compare_year']}年" if fact.get("compare_year") else "与上年"
                return f"{out.label}{since}持平（变化 0）。{quote}{where}"
            rate = next((f for f in out.facts if f.get("stated_rate") is not None), None)
            said = f"（原文：{rate.get('rate_direction') or word}{fmt_number(rate['stated_rate'])}%）" \
                if rate is not None and unit != "%" else ""
            return f"{out.label}{since}{word} {compose.money_text(abs(value or 0), unit)}{said}{calc}。{quote}{where}"
        if out.kind == "text" or (out.text and value is None):
            return f"{out.label}：{out.text.rstrip('。')}。{quote}{where}"
        note = f"（{out.note}）" if out.note else ""
        calc = ""
        if out.computed and out.operands and not out.note:  # (a note says how it was computed)
            calc = f"（{len(out.operands)} {'项' if out.facts else '行'}相加）"
        if out.text and value is not None:
            return f"{out.label}：{out.text.rstrip('。')}。{where}"
        # ('服务对象满意度不低于 90%': a label that ends in its bound says the figure without 为)
        be = "" if re.search(r"(不低于|不少于|不高于|不超过|不大于|不小于|达到|超过|高于|低于|≥|≤|＞|＜|>|<|=|＝)$", out.label) else "为"
        return f"{out.label}{be} {self._printed(out, value, unit)}{calc}{note}。{quote}{where}"

    @staticmethod
    def _printed(out: Outcome, value, unit) -> str:
        """A narrative figure as the text prints it ('15万元', not 15.00); any other as money_text writes it."""
        printed = str(out.facts[0].get("printed") or "") if len(out.facts) == 1 else ""
        if printed and unit in ("万元", "元", "亿元", "千元") and value is not None and abs(value) < 1e8 and \
                re.fullmatch(r"[\d,]+(\.\d+)?", printed) and abs(float(printed.replace(",", "")) - value) < 1e-9:
            many = len(printed.partition(".")[2].rstrip("0")) > 2  # ('123.456789万元': 123.46 万元 as well)
            return f"{printed} {unit}" + (f"（约 {value:,.2f} {unit}）" if many else "")
        return compose.money_text(value, unit, about=True)

    def _short(self, o: Outcome, with_label: bool = False, about: bool = False) -> str:
        if o.kind == "list" or (o.items and o.plan.op in ("list", "threshold", "top", "count")):
            body = self._items(o.items) or "无"
            return f"{o.label} {body}" if with_label else body
        if o.plan.op in ("max", "min", "nth") and o.text and o.value is not None:  # the row's name with its amount
            body = f"{o.text}（{compose.money_text(o.value, o.unit)}）"
            return f"{o.label} {body}" if with_label else body
        if o.value is None:
            body = o.text or ""
        elif o.kind in ("text",) and o.text:
            body = o.text
        else:  # a part said alone ('A和B分别多少') as a lookup says it, rounded beside the printed figure
            body = self._printed(o, o.value, o.unit) if about else compose.money_text(o.value, o.unit)
        return f"{o.label} {body}" if with_label else body

    @staticmethod
    def _items(items: tuple[Item, ...], limit: int = 40) -> str:
        parts = [(f"{i.label}（{compose.money_text(i.value, i.unit)}）" if i.value is not None else i.label) + (
            f"，其中{'、'.join(f'{p.label}（{compose.money_text(p.value, p.unit)}）' for p in i.breakdown)}" if i.breakdown else "")
                 for i in items[:limit]]
        more = f"等，共 {len(items)} 项" if len(items) > limit else ""
        return "；".join(parts) + more

    # ------------------------------------------------------------------------------------------ refusals

    def _refuse(self, r: Reading, text: str, suggestions: Sequence[str] = ()) -> Answer:
        sug = tuple(dict.fromkeys(s for s in suggestions if s))[:3]
        if sug:
            text += " 您是不是想问：" + "；".join(f"“{s}”" for s in sug) + "？"
        return Answer(question=r.raw, text=text, route="none", confidence=0.2, suggestions=sug)

    def _placed(self, r: Reading, u: Understanding, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer | None:
        """'在某路那边盖的某中心，建筑面积多大': where a thing is (a road, a crossing), said before its name, that no name
        explains: the question asked without it, answered only when the passage it cites says that place."""
        m = next((m for m in _PLACED_AT.finditer(r.key) if all(w in m.group(0) for w in u.unexplained)), None)
        if m is None:
            return None
        if (a := self._ask_or_none(r.key[: m.start()] + r.key[m.end():], scope, history)) is None:
            return None
        place = m.group("place")
        roads = re.findall(r"[\u4e00-\u9fff]+?(?:路|街)", place)  # ('某路某路口': each road it names, as the text says it)
        if a.route == "none" or not a.citations or not roads or not all(x in a.citations[0].text for x in roads):
            return None
        return replace(a, question=r.raw, reading=f"{a.reading or ''}（{place}：见所引原文）" if a.reading else a.reading)

    def _topic_led(self, r: Reading, u: Understanding, scope: tuple[str, ...], history: tuple[str, ...]) -> Answer | None:
        """'办公楼这块的花销，某费和某费加一起多少': a topic said first, in words no name explains, that the question after
        it names again in the document's words (办公 of 办公大厦…): that question, asked alone. None otherwise ('关于某补助，
        今年多少钱' names it nowhere else: its words are the question's)."""
        m = named_pattern("topic_lead").search(r.text)
        if m is None or not all(w in m.group(0) for w in u.unexplained):
            return None
        topic, rest = m.group("t1") or m.group("t2"), r.text[m.end():]
        if not common_substrings(topic, rest) or (a := self._ask_or_none(rest, scope, history)) is None or \
                a.route == "none":
            return None
        return replace(a, question=r.raw)

    def _unexplained_text(self, u: Understanding, docs: Sequence[str]) -> str:
        words = "、".join(f"“{w}”" for w in u.unexplained[:3])
        return f"在{self._scope_text(docs)}中没有找到问题里的 {words}，为避免答非所问，这里不作回答。"

    def _problem_text(self, problems: list[Problem], docs: Sequence[str]) -> str:
        amb = next((p for p in problems if p.reason == "ambiguous"), None)
        if amb:
            return f"问题所指不唯一：{amb.message}请说明是哪一个。"
        bad = next((p for p in problems if p.reason in ("unreadable", "partial")), None)
        if bad:
            return bad.message
        return f"在{self._scope_text(docs)}中没有找到能回答这个问题的数字，为避免给出错误数字，这里不作猜测。"

    def _suggest(self, u: Understanding, plans: Sequence[Plan], docs: Sequence[str],
                 problems: Sequence[Problem] = ()) -> list[str]:
        out: list[str] = []
        for p in problems:
            out.extend(f"{o}是多少？" for o in p.options)
        for lk in u.links:
            for t in lk.terms:
                if t.kind in ("value", "concept") and t.display:
                    out.append(f"{t.display}是多少？")
                    break
        return out[:3]

    def _named_block(self, r: Reading, u: Understanding, docs: Sequence[str]) -> tuple[str, int, int] | None:
        """The part of a document (doc, first line, end line) about a name the question gives in words no table
        holds: the question's words around the unexplained ones, found verbatim in a passage; the part is
        the passage's top section ('项目经费情况说明' of one project)."""
        key = r.key
        rule = [False] * len(key)
        alone, at = set(), 0  # a one-character filler is a word of the question only where it stands alone
        for tok in tokens(key):
            if len(tok) == 1:
                alone.add(at)
            at += len(tok)
        for s in r.spans:
            if s.label != "filler" or s.text in ("的", "了", "是", "吗", "呢", "吧", "啊") or \
                    len(s.text) > 1 or s.start in alone:
                for i in range(s.start, s.end):
                    rule[i] = True
        stretches = []
        for w in (w for w in u.unexplained if len(w) >= 2):  # a one-character word ('怎么排') names nothing
            pos = key.find(w)
            if pos < 0:
                continue
            a, b = pos, pos + len(w)
            while a > 0 and not rule[a - 1]:
                a -= 1
            while b < len(key) and not rule[b]:
                b += 1
            stretch = key[a:b]
            docs_here = [lk for lk in u.links if "doc" in lk.kinds() and a <= lk.start < b]
            cands = [stretch] + [stretch[lk.end - a :] for lk in docs_here if lk.start == a]
            stretches.append(tuple(c for c in cands if len(c) >= 6))
        if not stretches or not all(stretches):
            return None
        blocks = set()
        for d in docs:
            for text, line, section in self.conn.execute(
                    "SELECT text, line_start, section FROM paragraphs WHERE doc_id = ? AND is_heading = 0", (d,)):
                if all(any(c in norm(text) for c in cands) for cands in stretches):
                    top = (section or "").split(" > ")[0]
                    start = self.conn.execute("SELECT max(line) FROM sections WHERE doc_id = ? AND title = ? AND "
                                              "line <= ?", (d, top, line)).fetchone()[0]
                    before = self.conn.execute(
                        "SELECT count(*) FROM paragraphs WHERE doc_id = ? AND is_heading = 0 AND line_start >= ? "
                        "AND line_start < ?", (d, start if start is not None else line, line)).fetchone()[0]
                    if before <= 1:  # the name opens its part of the document: the part is about it
                        blocks.add((d, top, start))
        if len(blocks) != 1:
            return None  # not found, or spoken of in several places: which is meant is for the asker to say
        d, top, start = blocks.pop()
        if start is None:
            return None
        level = self.conn.execute("SELECT min(level) FROM sections WHERE doc_id = ? AND title = ? AND line = ?",
                                  (d, top, start)).fetchone()[0] or 1
        end = self.conn.execute("SELECT min(line) FROM sections WHERE doc_id = ? AND line > ? AND level <= ?",
                                (d, start, level)).fetchone()[0]
        return d, start, end if end is not None else 10**9

    # ------------------------------------------------------------------------------------------ follow-ups

    def _links_of(self, text: str, scope: tuple[str, ...] | None) -> tuple[str, list]:
        try:
            r = read(text)
        except BudgetQAError:
            return "", []
        u = self.planner.understand(r, scope)
        # (a question answered in words keeps the words it asks with: '某工程建在哪儿' still names the 工程)
        return r.key, ([] if u.unexplained and _answer_type(r) != "text" else list(u.links))

    # ------------------------------------------------------------------------------------------ retrieval

    def retriever(self):
        if self._retriever is None:
            from ingest import vectors

            from .retrieve import Retriever

            store = None
            if self.dense:
                store = vectors.open_store(self.build_dir / "chroma", self.embedder)
            self._retriever = Retriever(self.conn, store=store)
        return self._retriever

    def _items_saying(self, r: Reading, docs: Sequence[str]) -> Answer | None:
        """'哪些专项的立项依据引用了《某意见》': of the items the text describes one section each, those whose own
        section (its part the question names, '立项依据') quotes the words given, each cited. None unless the
        question quotes them and one document describes such items."""
        quoted = re.search(r"[《“\"]([^》”\"]{2,60})[》”\"]", r.text)
        if quoted is None or len(docs) != 1:
            return None
        ex = Executor(self.conn)
        items = ex.narrative_items(docs[0])
        if isinstance(items, Problem) or not items.rows:
            return None
        part = next((a for a in named_words("item_parts") if a in r.key), None)
        said = norm(quoted.group(1))
        found: dict[str, list] = {}
        for section, text, line in self.conn.execute(
                "SELECT section, text, line_start FROM paragraphs WHERE doc_id = ? AND is_heading = 0 ORDER BY para_no",
                (docs[0],)):
            root = (section or "").split(" > ")[0]
            name = next((x.label for x in items.rows if norm(x.label) in norm(root)), None)
            if name and said in norm(text) and (part is None or part in (section or "")):
                found.setdefault(name, []).append(Ref(docs[0], line))
        where = f"“{part}”中" if part else "说明文字中"
        names = list(found)
        text = (f"{len(items.rows)} 个分项说明的{where}提到“{quoted.group(1)}”的有 {len(names)} 个：{'、'.join(names)}。"
                if names else f"{len(items.rows)} 个分项说明的{where}都没有提到“{quoted.group(1)}”。")
        refs = [ref for n in names for ref in found[n]]
        plan = {"op": "list", "answer": "list", "set_of": "narrative", "docs": list(docs), "note": "items_saying"}
        return Answer(question=r.raw, text=text, route="sql", items=tuple(Item(label=n) for n in names),
                      citations=self.evidence.cite_all(refs), confidence=0.8,
                      reading=f"{self._scope_text(docs)}分项说明中{where}含“{quoted.group(1)}”的项", plan=plan)

    def _retrieve(self, r: Reading, u: Understanding, docs: Sequence[str], sections: Sequence[str] = (),
                  block: tuple[str, int, int] | None = None) -> Answer:
        from .lexicon import concept, weak_aliases
        from .retrieve import asks_for_preferred

        if len(docs) > 1 and named_pattern("which_department").search(r.key) and named_pattern("some_asked").search(r.key):
            # '这几个单位里，哪些安排了买公务车': which departments, each by its own figure; passages list none of them
            return self._refuse(r, "这个问题要逐个部门核对同一项数字，没有找到各部门都能对上的那一项，为避免答非所问，这里不作回答。")
        if block is None and len(docs) >= 2 and set(docs) <= set(u.docs) and any(
                s.text.startswith(("各自", "分别")) for s in r.all("each")):
            # '万里街道和商务委…各自说的原因是啥': each department named, by its own passages (one ranking of them all
            # would give one department's and stop)
            each = [self._retrieve(r, u, (d,), sections) for d in docs]
            if any(a.route == "none" for a in each):
                missed = "、".join(self._doc_label(d) for d, a in zip(docs, each, strict=True) if a.route == "none")
                return self._refuse(r, f"在{missed}中没有找到与这个问题相关的内容，为避免只答其中几个部门，这里不作回答。")
            firsts = tuple(a.citations[0] for a in each if a.citations)
            citations = firsts + tuple(c for a in each for c in a.citations if c not in firsts)
            plan = Plan("text", "text", query=r.text, docs=tuple(docs))
            return Answer(question=r.raw, text="\n".join(f"〔{self._doc_label(d)}〕{a.text}" for d, a in zip(docs, each, strict=True)),
                          route="retrieval", citations=citations, confidence=min(a.confidence for a in each),
                          reading=describe(plan, self.names), plan=plan.to_dict())
        if named_pattern("items_by_text").search(r.key):
            # '哪些项目的立项依据包括某文件': items chosen by what each one's text says, which passages found by
            # likeness cannot show to be all of them: each item's own section is read for the words quoted
            told = self._items_saying(r, docs)
            return told if told is not None else self._refuse(
                r, "这个问题要逐项核对各项目说明文字中的内容，无法确认找全了所有符合条件的项目，为避免答非所问，这里不作回答。")
        # a weak name of the whole budget ('今年预算', '总预算') names no passage: the rows of its totals would
        # crowd out the text that answers ('为啥今年预算比去年多出这么多': the reason the text gives)
        asked = u  # (what the question names, all of it, for judging whether the passages found are about it)
        # nor does the department's own name, linked as its own-level unit row ('区财政局对某局某项目的绩效评价'):
        # every passage of its document is its
        selves = {self.names[d].department for d in docs}
        u = replace(u, links=tuple(lk for lk in u.links if not (lk.text in weak_aliases() and "concept" in lk.kinds() and all(
            (c := concept(t.role or "")) is not None and c.whole for t in lk.terms if t.kind == "concept")) and not (
            lk.kinds() <= {"doc", "value"} and all(t.kind == "doc" or (
                t.role == "unit_name" and re.sub(r"[（(]本级[)）]$", "", t.display) in selves) for t in lk.terms))))
        # a why- or what-for question: the department's own name, in every passage of its document, would rank the
        # passages that name it (its 机构设置) above the one that answers (the reason, or what the thing named is for)
        why = asks_for_preferred(r.key)
        own = [lk for lk in asked.links if "doc" in lk.kinds() and all(  # (a department with units: also a unit row)
            t.kind == "doc" or t.role == "unit_name" for t in lk.terms) and (why or lk.kinds() == {"doc"})]
        if not why and not (r.has("type:purpose") and any(lk.kinds() - {"doc"} for lk in asked.links if lk not in own)):
            own = []  # (a what-for question of a thing named: '某局政府性基金主要拿来干啥'; never the department's own
            # passages asked about, '某局下面有哪几家单位')
        query = "".join(ch for i, ch in enumerate(r.key) if not any(lk.start <= i < lk.end for lk in own)) \
            if own and not r.english else r.text
        if why:
            # ('怎么比23年少了八百多万': the amount the asker recalls only points at the change the text states exactly;
            # its words match no passage and pull the ranking to the items that state other amounts)
            query = named_pattern("amount_recalled").sub("", query)
        terms = [t.display for lk in u.links if lk not in own for t in lk.terms
                 if t.kind in ("value", "fact", "concept", "section")]
        scoped = list(docs) if len(docs) < len(self.lexicon.docs) else None
        if block is not None:  # the named item's own part of the document, the part of it asked about first
            from .retrieve import Hit

            ids = [c for (c,) in self.conn.execute(
                "SELECT chunk_id FROM chunks WHERE doc_id = ? AND line >= ? AND line < ? AND kind != 'table_row' "
                "ORDER BY line", block)]
            found = self.retriever().chunks(ids)
            hits = self._by_aspect(r, u, [Hit(chunk=found[c], score=0.0, bm25_rank=None, dense_rank=None)
                                          for c in ids if c in found])
            u = replace(u, unexplained=())
        else:
            hits = self.retriever().search(query, k=30 if sections else 10, doc_ids=scoped, terms=terms)
            said = [t.display for lk in u.links for t in lk.terms if t.kind in ("value", "concept", "section")][:2]
            if _ASKS_PROSE.search(r.key) and not any(h.chunk.kind == "narrative" and (
                    not said or any(w in h.chunk.text for w in said)) for h in hits):
                # what for, why: the text says it, a table row never does (its figures can crowd every passage out)
                ids = {h.chunk.chunk_id for h in hits}
                hits += [h for h in self.retriever().search(query, k=10, doc_ids=scoped, terms=terms, kinds=("narrative",))
                         if h.chunk.chunk_id not in ids]
            rows = [t.display for lk in u.links for t in lk.terms if t.kind == "value"
                    and t.role in ("func_name", "item", "econ_name")][:1]
            if _ASKS_PROSE.search(r.key) and rows:
                # '某类支出那三千多万主要拿来干什么': the text's item that quotes the class and says what it is for
                # ('“某类支出（类）…”…万元，主要用于…'), however long the list it is one item of
                ids = []
                # the class quoted first ('“某类（类）'), or a 项 quoted after its class and 款 ('“某类（类）…X（项）”')
                for like in (f"%“{rows[0]}（%", f"%“%{rows[0]}（%", f"%“%{rows[0]}(%"):
                    ids = ids or [c for c, _ in self._narrative_like(docs, like, "%主要用于%")]
                hits = self._put_first(ids[:2], hits)
        compared = _compared_years(r)
        if earlier := [y for y in u.years if all(self.names[d].year != y for d in docs) and y not in compared]:
            # an earlier year's what or why: only the text's passages about that year ('对2021年某项目开展绩效评价');
            # not a year the budget is compared with ('比2024年增加的主要原因': this budget's reason)
            hits = [h for h in hits if h.chunk.kind == "narrative" and any(f"{y}年" in h.chunk.text for y in earlier)]
            if not hits:
                ys = "、".join(str(y) for y in earlier)
                return self._refuse(r, f"{self._scope_text(docs)}的说明文字中没有关于 {ys} 年的这方面内容，无法回答这个问题。")
        if sections:  # the sections the question names ('某创新专项 … 实施周期'): passages there first
            keys = [norm(x) for x in sections]
            inside = [h for h in hits if all(k in norm(h.chunk.section or "") for k in keys)] or \
                [h for h in hits if any(k in norm(h.chunk.section or "") for k in keys)]
            if not inside:  # the part asked about ('实施周期') is in none of the passages found: not them
                return self._refuse(r, f"在{self._scope_text(docs)}中没有找到问题所问的“{'、'.join(sections)}”。")
            hits = self._by_aspect(r, u, inside) + [h for h in hits if h not in inside]
        prose = [h for h in hits if h.chunk.kind != "table_row"]
        hits = prose + [h for h in hits if h not in prose] if _ASKS_PROSE.search(r.key) else hits
        from .retrieve import defines_terms, glossary_sections, preferred

        hits.sort(key=lambda h: -preferred(r.key, h.chunk.text))  # stable: the retrieval order within each group
        named = [t.display for lk in u.links for t in lk.terms if t.kind in ("value", "concept", "section")][:2]
        if named:
            mine = [h for h in hits if any(w in h.chunk.text or w in (h.chunk.section or "") for w in named)]
            if not sections:  # the part asked about of the named item's own section ('…经费 拿来干嘛': 项目概述)
                own = [h for h in mine if any(w in (h.chunk.section or "") for w in named)]
                first = self._by_aspect(r, u, own, only=True)
                mine = first + [h for h in mine if h not in first]
            if sections:  # within the part asked about ('实施周期'): the named item's first, never another part
                mine = [h for h in mine if h in inside]
            if _ASKS_PROSE.search(r.key):  # (what the named item is for: its sentence, before its table rows)
                mine = [h for h in mine if h.chunk.kind != "table_row"] + [h for h in mine if h.chunk.kind == "table_row"]
            if any(t.kind == "column" and t.role == "goal" for lk in u.links for t in lk.terms):
                # '某项目的绩效目标具体是怎么写的': the item's own row of the performance table, before text that
                # merely mentions the item
                own_rows = [h for h in mine if h.chunk.kind == "table_row"]
                mine = own_rows + [h for h in mine if h not in own_rows]
            hits = mine + [h for h in hits if h not in mine]
        said = [t.display for lk in u.links for t in lk.terms if t.kind in ("value", "concept", "section")][:2]
        if hits and hits[0].chunk.kind == "narrative" and not preferred(r.key, hits[0].chunk.text) and not (
                said and any(w in hits[0].chunk.text for w in said)):  # (the passage naming the item asked stays first)
            # the best passage's section in document order: a list split over several chunks reads from its start
            # (not when the best passage is the one that gives what was asked: a reason, a rise, a fall)
            same = sorted((h for h in hits if h.chunk.kind == "narrative" and h.chunk.section == hits[0].chunk.section),
                          key=lambda h: h.chunk.line)[:3]
            hits = same + [h for h in hits if h not in same]
        if not named and not sections and (loose := [norm(w) for w in u.unexplained if len(w) >= 3]):
            # '在某路某路口盖的那个楼拿来干嘛': words no name explains, said in the text in runs of three or more
            # characters ('位于某路与某路路口'): the passages that say them first
            def runs(h) -> int:
                return sum(len(x) for w in loose for x in common_substrings(w, norm(h.chunk.text), 3))
            quoting = sorted((h for h in hits if runs(h) >= 3), key=lambda h: -runs(h))
            hits = quoting + [h for h in hits if h not in quoting]
            if not any(w in norm(h.chunk.text) for h in hits[:3] for w in loose if len(w) >= 4):
                # ('…下属的某服务中心有没有单独列预算': the text that says the name as asked, wherever the ranking put it)
                ids = [c for w in loose if len(w) >= 4 for c, _ in self._narrative_like(docs, f"%{w}%")]
                hits = self._put_first(ids[:2], hits)
        if named and (glossary := [norm(x) for x in glossary_sections(r.key)]):
            # '“某经费”是啥意思': the term's entry in the document's 名词解释, wherever the ranking put it
            ids = [c for c, section in self._narrative_like(docs, f"%{named[0]}%")
                   if any(g in norm(section or "") for g in glossary)]
            hits = self._put_first(ids[:1], hits)
        hits = hits[:5]
        context = " ".join(f"{h.chunk.section or ''} {h.chunk.text}" for h in hits[:3])
        if not hits or not self._relevant(r, asked, context):
            return self._refuse(r, f"在{self._scope_text(docs)}中没有找到与这个问题相关的内容。")
        if named_pattern("asks_sums").search(r.key) and not named_pattern("money_said").search(context):
            # '某专项里支持某事的有哪几笔钱': sums of money are asked; passages that state none (who carries it out,
            # what it rests on) do not answer it
            return self._refuse(r, f"在{self._scope_text(docs)}的说明文字中没有找到问题所问的金额。")
        if _DAY_ASKED.search(r.key) and not _DAY_SAID.search(context):
            # '哪天竣工交付': a day is asked; passages that give no date (only quarters, or none) do not answer it
            return self._refuse(r, f"在{self._scope_text(docs)}中没有找到问题所问的具体日期。")
        if _DONE_ASKED.search(r.key) and not _DONE_SAID.search(context):
            # '啥时候能建好对外开放': passages giving only when money is paid ('第一至四季度支付尾款') or what the thing
            # is for once built do not say when it is finished
            return self._refuse(r, f"在{self._scope_text(docs)}中没有找到问题所问的建成或启用时间。")
        if _PLACE_ASKED.search(r.key) and not any(context[max(0, m.start() - 2):m.end()] not in r.key
                                                  for m in _PLACE_SAID.finditer(context)):
            # '那12处口袋公园具体建在哪些地方': a place is asked; passages that name no road, street or building (only
            # how many there are) do not answer it ('某大厦具体在什么地址': nor the building's own name, as asked)
            return self._refuse(r, f"在{self._scope_text(docs)}中没有找到问题所问的具体地点。")
        if (listed := named_pattern("names_of_counted").search(r.key)) is not None and not any(
                sum(h.chunk.text.count(x) for x in "、；;") >= _count_said(listed["n"]) - 1 for h in hits[:3]
                if h.chunk.kind == "narrative" and not defines_terms(h.chunk.section)):
            # '那6个采购项目分别是什么': the passage that states their count, or another, names none of them (a list of
            # terms defined, 名词解释, names none of a budget's own items)
            return self._refuse(r, f"{self._scope_text(docs)}的说明文字没有逐一列出这{listed['n']}个{listed['what']}，"
                                   "为避免答非所问，这里不作回答。")
        said = [m["n"].replace(",", "").replace("，", "") for m in named_pattern("stated_level").finditer(r.text)]
        if said and named_pattern("asks_reason").search(r.key) and hits[0].chunk.kind == "narrative" and \
                any(re.search(rf"(?<![\d.]){re.escape(n)}(?![\d])", (hits[0].chunk.text or "").replace(",", ""))
                    for n in said) and \
                not named_pattern("gives_reason").search(hits[0].chunk.text or ""):
            # '…比2022年增加了3284.65万元，增加的原因是什么' where the text states that rise and no reason: the
            # passage that only restates the figure the asker gave is no answer to why
            return self._refuse(r, f"{self._scope_text(docs)}的说明文字只说明了这个数字，没有找到问题所问的原因。")
        for h in hits[:3]:
            # '…绩效目标：详见单位的项目绩效目标表': the part asked ('绩效指标和目标值') only points at a table this
            # document does not print, so what was asked is not disclosed here
            heading = last_heading(h.chunk.section) if h.chunk.section else ""
            if h.chunk.kind == "narrative" and (pointer := _POINTER.fullmatch(h.chunk.text or "")) and heading and \
                    2 * sum(map(len, common_substrings(norm(heading), r.key))) >= len(norm(heading)):
                return self._refuse(r, f"{self._scope_text([h.chunk.doc_id])}没有列出这部分内容：原文（{heading}）只写"
                                       f"“{pointer.group(0).strip()}”。")
        cited = 3
        if hits[0].chunk.kind == "narrative" and named_pattern("asks_items").search(r.key):
            # '主要工作任务是哪几项': every numbered item of the section the best passage is in, in order (a list
            # cut after three passages names only some of them)
            ids = [c for (c,) in self.conn.execute(
                "SELECT chunk_id FROM chunks WHERE doc_id = ? AND section IS ? AND kind = 'narrative' ORDER BY line",
                (hits[0].chunk.doc_id, hits[0].chunk.section))]
            found = self.retriever().chunks(ids)
            numbered = [c for c in ids if c in found and named_pattern("numbered_item").match(found[c].text or "")]
            if 3 < len(ids) <= 10 and len(numbered) >= 3 and any(h.chunk.chunk_id in numbered for h in hits[:3]):
                hits, cited = self._put_first(ids, hits), len(ids)
        citations = tuple(self._chunk_citation(h.chunk) for h in hits[:cited])
        text = compose.items_text(citations, named_pattern("numbered_item")) if cited > 3 else compose.passage_text(citations, qkey=r.key)
        plan = Plan("text", "text", query=r.text, docs=tuple(docs))
        return Answer(question=r.raw, text=text, route="retrieval", citations=citations, confidence=0.6,
                      reading=describe(plan, self.names), plan=plan.to_dict())

    @staticmethod
    def _by_aspect(r: Reading, u: Understanding, hits: list, only: bool = False) -> list:
        """Passages of one item ordered by the part of it the question asks about ('用来做什么': its 项目概述
        first); the item's own name is no aspect ('…经费' does not ask for the 预算安排)."""
        from .retrieve import aspect_headings

        key = list(r.key)
        for lk in u.links:
            if lk.kinds() & {"value", "doc", "fact", "section"}:  # a name, not the part asked about ('实施周期')
                key[lk.start : lk.end] = ["\x00"] * (lk.end - lk.start)
        heads = [norm(x) for x in aspect_headings("".join(key))]
        if not heads:
            return [] if only else list(hits)
        rank = {id(h): next((i for i, x in enumerate(heads) if x in norm((h.chunk.section or "").split(">")[-1])),
                            len(heads)) for h in hits}
        ordered = sorted(hits, key=lambda h: rank[id(h)])
        return [h for h in ordered if rank[id(h)] < len(heads)] if only else ordered

    def _relevant(self, r: Reading, u: Understanding, text: str) -> bool:
        key = norm(text)
        words = [w for w in u.unexplained if len(w) >= 2]
        # (a name said in the asker's words is found by the document's: '买车的钱' -> 公务用车购置费)
        words += [lk.text if lk.how != "synonym" or not lk.terms else lk.terms[0].display
                  for lk in u.links if "doc" not in lk.kinds()]
        if not words:  # about the department itself ('某局主要负责哪些工作'), or about nothing it names
            return bool(u.links)
        from .retrieve import expansions

        # (a word the text never says, that a question form implies its own words for: '什么性质的单位' -> 派出机关)
        for pattern, ex in expansions():
            m = pattern.search(r.key)
            if m and any(x in key for x in ex.split()):
                words = [w for w in words if w not in m.group(0)]
                if not words:
                    return True
        grams = {w[i : i + 2] for w in words for i in range(len(w) - 1)}
        found = sum(1 for g in grams if g in key)
        return found >= max(1, len(grams) // 3)

    def _chunk_citation(self, chunk) -> Citation:
        from .execute import Ref

        if chunk.kind == "table_row" and chunk.table_no is not None:
            return self.evidence.cite(Ref(chunk.doc_id, chunk.line, chunk.table_no))
        page = self.conn.execute("SELECT page FROM paragraphs WHERE doc_id = ? AND line_start <= ? AND line_end >= ? "
                                 "LIMIT 1", (chunk.doc_id, chunk.line, chunk.line)).fetchone()
        return Citation(source=chunk.source, doc_id=chunk.doc_id, line=chunk.line, end_line=chunk.end_line,
                        text=chunk.text, section=chunk.section, page=page[0] if page else None)


_QUESTION_WORD = named_pattern("question_word")  # ('跟去年比涨没涨', '要不要买车')
_EACH_PAIR = named_pattern("each_pair")
_LEANS = named_pattern("leans")  # ('…2024年预算是多少元？2023年呢': a last part asked of the first)
# a piece that only asks for the figure of what the piece before names ('排第三的是哪个，多少钱')
_BARE = named_pattern("bare")


# a piece that only asks by how much the piece before differs ('谁的更高？高出多少？', '两家差多少')
# '哪个部门的车辆最多？有几辆？': how many of the thing the which-question ranks
_BARE_COUNT = named_pattern("bare_count")
_THIS_ROW = named_pattern("this_row")
_SHARE_ALONE = named_pattern("share_alone")  # '占总预算的比例是多少', '占比多少': a share with no part named
_WHICH_NOT_MONEY = named_pattern("which_not_money")  # '给哪些企业': which things, none of them money
_ASK_AMOUNT_END = named_pattern("ask_amount_end")  # '…是多少钱？': how a question asking an amount ends
_ASK_CONTACT_END = named_pattern("ask_contact_end")  # '…负责人是谁？': how a question asking a person or phone ends
_AND = named_pattern("and")
_GLOSS = named_pattern("gloss_chinese")  # a Chinese gloss of an English name
_DERIVE_BACK = named_pattern("derive_back")  # (an earlier year's figure worked back from a change)
_OWN_YEAR = named_pattern("own_year")  # (right after a department's name)
_CONTENT = named_pattern("content")


@dataclass(frozen=True)
class Again:
    """The question in other words, and what the answer says of how it was so read ('（问题中的“坊”按“访”理解）')."""
    reading: Reading
    said: str = ""

    def of(self, r: Reading, a: Answer) -> Answer:
        """The answer to the other words, given as the answer to `r`."""
        return replace(a, question=r.raw, text=f"{self.said}{a.text}" if self.said and a.route != "none" else a.text)


def _changed(a: Answer) -> bool:
    """Whether the answer is a change against the prior year (of one figure or across rows)."""
    return "change" in ((a.plan or {}).get("op"), (a.plan or {}).get("across"))


def _refused(a: Answer) -> bool:
    return a.route == "none"


@dataclass(frozen=True)
class Retry:
    """One way `Engine._ask` asks a question again in other words. `on` says when, of the first answer (None:
    before answering, and then the other words are the question); `words` gives the other words, or None. A
    `whole` retry is asked as a question of its own and its answer is the answer when `keeps(first, it)`; any
    other replaces the answer so far only when it is answered, and the checks after answering run on it."""
    name: str
    on: Callable[[Answer], bool] | None
    words: Callable[[Engine, Reading, tuple[str, ...]], Again | None]
    whole: bool = False
    keeps: Callable[[Answer, Answer], bool] = lambda first, again: True


def _said_twice(side: str) -> Callable[[Engine, Reading, tuple[str, ...]], Again | None]:
    def words(e: Engine, r: Reading, scope: tuple[str, ...]) -> Again | None:
        said = e._said_once(r, scope, side)
        return Again(said) if said is not None else None
    return words


def _without_own_years(e: Engine, r: Reading, scope: tuple[str, ...]) -> Again | None:
    said = e._own_years(r, scope)
    return Again(said) if said is not None else None


# In order. The tail said once is tried before answering ('行政单位和事业单位离退休': 行政单位离退休 too); years
# that each say whose budget ('甲局2024年的X是乙局2023年的几倍') when the first answer is a change or none; then,
# only when the question was refused, the head said once ('某大厦物业费和运维费': 某大厦运维费), a homophone of a
# name the index holds ('某坊': 某访) and an English name without its Chinese gloss; last, what an economic class is
# for, asked as the 科目 under it (kept when they are found).
_RETRIES = (
    Retry("tail_said_once", None, _said_twice("tail"), whole=True),
    Retry("own_years", lambda a: _changed(a) or _refused(a), _without_own_years, whole=True,
          keeps=lambda first, again: _changed(first) or not _refused(again)),
    Retry("head_said_once", _refused, _said_twice("head")),
    Retry("homophone", _refused, lambda e, r, scope: e._homophone(r, scope)),
    Retry("gloss", _refused, lambda e, r, scope: e._unglossed(r, scope)),
    Retry("parts_of_class", lambda a: True, lambda e, r, scope: e._parts_of_class(r, scope), whole=True,
          keeps=lambda first, again: not _refused(again) and bool(again.items)),
)


@dataclass(frozen=True)
class Arranged:
    """One department's verdict for '哪些部门安排了X': the figure its tables give (None when its tables do not list
    the class: nothing arranged), and the count its text states of what the figure buys (a fee of 0 beside a count
    above 0 is arranged all the same)."""
    doc: str
    figure: Outcome | None
    count: Outcome | None = None

    def money(self) -> float:
        """The figure in 元, else the count stated, else 0."""
        if self.figure is None:
            return 0.0
        stated = self.count.value or 0.0 if self.count is not None else 0.0
        return self.figure.value * MONEY[self.figure.unit] or stated

    def says(self) -> str:
        """What the reply says of it in brackets after the department's name."""
        if self.figure is None:
            return "支出表中未列这一科目，按未安排计"
        n, o = self.count, self.figure
        differs = n is not None and n.value is not None and bool(n.value) != bool(o.value)
        return compose.money_text(o.value, o.unit) + (
            f"，但说明中写{n.label}{fmt_number(n.value)}{n.unit or ''}" if differs else "")


@dataclass(frozen=True)
class Part:
    """One part of a compound question as `Engine._ask_parts` meets it: its reading, its answer (None before it is
    asked), the answers and parts before it (each as a whole question, and as said), and whether the part before
    ranked rows and found one."""
    reading: Reading
    answer: Answer | None
    answers: tuple[Answer, ...]
    resolved: tuple[str, ...]
    said: tuple[str, ...]
    ranked: bool
    scope: tuple[str, ...]


@dataclass(frozen=True)
class Skip:
    """A part of a compound question that an earlier part has answered already: it is skipped, never answered twice.
    `test` runs before the part is asked (`Part.answer` None) and again after; a test that needs the answer is
    False before."""
    name: str
    test: Callable[[Engine, Part], bool]


@dataclass(frozen=True)
class DocStep:
    """One step of choosing the documents a question is about (`Engine._docs_for`): `run(engine, understanding,
    scope, docs)` gives the documents narrowed, and None, or any documents and the refusal to answer with."""
    name: str
    run: Callable[[Engine, Understanding, tuple[str, ...], list[str]], tuple[list[str], str | None]]


def _departments_named(e: Engine, u: Understanding, scope: tuple[str, ...], docs: list[str]) -> tuple[list[str], str | None]:
    # the departments the question names (every document when it names none)
    docs = [d for d in docs if not u.docs or d in u.docs]
    if not docs:
        return docs, f"所选文件中没有问题所指的部门。本次可查：{e._scope_text(scope)}。"
    return docs, None


def _departments_of_a_kind(e: Engine, u: Understanding, scope: tuple[str, ...], docs: list[str]) -> tuple[list[str], str | None]:
    # '两个街道的…加起来': of the departments of the kind said only; a count or a ranking of them the index cannot hold,
    # refused
    r = u.reading
    for kind in named_words("department_kinds"):
        # (said as a kind, not as part of a department's name: '万里街道')
        said = [m for m in re.finditer(kind, r.key) if not any(
            lk.start <= m.start() < lk.end and len(lk.text) > len(kind) for lk in u.links)]
        of_kind = [d for d in docs if kind in e.names[d].department]
        # ('2个街道…' where the index holds another number of them: the question is about other budgets)
        counted = [int(c.group(1)) for m in said if (c := _COUNTED_KIND.search(r.key, 0, m.start()))]
        have = len({e.names[d].department for d in of_kind})
        if counted and counted[0] != have:
            return [], (f"问题说的是 {counted[0]} 个{kind}，所选文件中属于{kind}的部门有 {have} 个"
                        f"{'：' + e._scope_text(of_kind) if of_kind else ''}。为避免答非所问，这里不作回答。")
        if said and of_kind and len(of_kind) < len(docs):
            # (a department the question names as well stays: '曹家渡、万里两个街道和普陀商务委的…加在一起')
            docs = [d for d in docs if d in of_kind or d in u.docs]
        if said and have == 1 and (r.has("op:max") or r.has("op:min")) and re.search(
                rf"哪一?[个家所]{kind}|{kind}(?:里|中|当中|里面|之中)[，,]?(?:是)?哪(?:一)?[个家]", r.key):
            # '所有街道里面，哪个街道的预算最多' where the index holds one 街道: one is never a ranking of them all
            return [], (f"所选文件中属于{kind}的部门只有 1 个（{e._scope_text(of_kind)}），无法比较哪个{kind}最多或最少。"
                        "为避免答非所问，这里不作回答。")
    return docs, None


def _year_read_in(e: Engine, u: Understanding, scope: tuple[str, ...], docs: list[str]) -> tuple[list[str], str | None]:
    source = u.reading.first("year:source")  # ('根据2025年的说明…': the budget of that year is the one read)
    if source is not None and (read_in := [d for d in docs if e.names[d].year == int(source.group("y"))]):
        docs = read_in
    return docs, None


def _years_asked(e: Engine, u: Understanding, scope: tuple[str, ...], docs: list[str]) -> tuple[list[str], str | None]:
    # the budgets of the years the question says: a year in no document, or a department named without that year's
    # budget, refused
    years = [y for y in u.years]
    doc_years = {e.names[d].year for d in docs}
    if years:
        hit = [d for d in docs if e.names[d].year in years]
        # '2025年某项比2024年预算执行数增长了多少': the year compared with is not a budget asked about
        compared = _compared_years(u.reading)
        asked = [d for d in hit if e.names[d].year not in compared]
        wanted = sorted({y for y in years if y not in compared})
        if compared and wanted and not any(e.names[d].year in wanted for d in docs) and not \
                _EXECUTED.search(u.reading.key) and not e._prior_stated(replace(u, years=tuple(wanted)), docs) \
                and not e._year_told(replace(u, years=tuple(wanted)), docs):
            # '2024年的部门预算比2023年多还是少' of a 2023 budget: the year asked about is in no document (the year it
            # is compared with is no answer to it)
            return [], e._no_year(wanted[0], docs)
        if compared and asked and (u.reading.has("op:change") or u.reading.has("op:than")) and \
                _EXECUTED.search(u.reading.key):
            hit = asked
        executed = [d for d in docs if _EXECUTED.search(u.reading.key) and e.conn.execute(
            f"SELECT 1 FROM facts WHERE doc_id = ? AND year IN ({', '.join('?' for _ in years)}) "  # noqa: S608
            "AND label LIKE '%执行%' LIMIT 1", (d, *years)).fetchone()]
        if hit and len(years) == 1 and u.reading.has("rel:prior") and not _EXECUTED.search(u.reading.key) and (
                u.reading.has("op:change") or u.reading.has("op:than")) and e.planner.asked(u) != "text":
            # '2025年某经费比上一年多了多少': the same department's budget of the year before, when indexed ('2025年
            # 预算比上年涨了，原因是啥': never for the reason, which the year's own budget states)
            deps = {e.names[d].department for d in hit}
            hit += [d for d in docs if d not in hit and e.names[d].year == years[0] - 1
                    and e.names[d].department in deps]
        if hit and len(set(years)) >= 2 and not u.docs:
            # '某补贴2025年比2024年降了多少' naming no department: a department budgeted in every year said
            every = {dep for dep in {e.names[d].department for d in hit}
                     if set(years) <= {e.names[d].year for d in hit if e.names[d].department == dep}}
            hit = [d for d in hit if e.names[d].department in every] or hit
        named = {e.names[d].department for d in u.docs}
        lost = sorted(named - {e.names[d].department for d in hit})
        if hit and len(named) >= 2 and lost and not compared:
            # '东城卫健委和万里街道2024年的…加起来' where 万里街道 has no 2024 budget here: never the others alone
            return [], (f"所选文件中没有{'、'.join(lost)}{'、'.join(str(y) for y in dict.fromkeys(years))}年的预算，"
                        f"为避免只算其中几个部门，这里不作回答。本次可查：{e._scope_text(scope)}。")
        if hit:
            docs = hit
        elif executed:  # '那2023年执行了多少': the budget whose text states that year's execution
            docs = executed
        elif not e._prior_year_ok(u, doc_years) and not e._prior_stated(u, docs) and \
                not e._year_told(u, docs):
            return [], e._no_year(years[0], docs)
    return docs, None


_DOC_STEPS = (
    DocStep("departments_named", _departments_named),
    DocStep("departments_of_a_kind", _departments_of_a_kind),
    DocStep("year_read_in", _year_read_in),
    DocStep("years_asked", _years_asked),
)


def _row_asked(a: Answer) -> str | None:
    """The one project whose person or phone an answer gave (after a chain that found it, too), or None."""
    p = Plan.from_dict(a.plan) if a.route != "none" else None
    if p is not None and p.op == "chain" and p.parts:
        p = p.parts[-1]
    if p is None or p.op != "attribute" or p.target is None or p.target.attribute not in ("owner", "phone"):
        return None
    rows = p.names("project_name")
    return rows[0] if len(rows) == 1 else None


def _same_figures(a: Answer, answers: Iterable[Answer]) -> list[Answer]:
    """The earlier answers that give the figure (or the text) `a` gives, from the same first source."""
    return [b for b in answers if a.route != "none" and (a.value is not None or a.text) and b.route != "none" and (
        (b.value, b.unit, b.citations[:1]) == (a.value, a.unit, a.citations[:1]) and a.value is not None
        or b.text == a.text)]


def _change_of_ranked(e: Engine, p: Part) -> bool:
    # '减少金额最多的是哪一项？减少了多少万元': the change the ranking states of the row it found
    return p.ranked and bool((p.answers[-1].plan or {}).get("by_amount")) and re.fullmatch(
        r"(?:那)?(?:它|其)?(?:减少|增加|下降|增长|降低|多|少)了?(?:多少|几)(?:万元|元|钱|万)?", p.reading.key) is not None


def _figure_of_part_before(e: Engine, p: Part) -> bool:
    # '…占比最高的是哪家？占比多少': the figure the part before answered with, asked of nothing else
    before = p.answers[-1] if p.answers else None
    return p.answer is not None and p.answer.route == "none" and before is not None and before.route != "none" and \
        before.value is not None and named_pattern("figure_again").match(p.reading.key) is not None and \
        not e._names_own(p.reading) and _answer_type(p.reading) == {"%": "percent"}.get(
            before.unit or "", "amount" if before.unit in MONEY else "")


def _restated(e: Engine, p: Part) -> bool:
    # '钱主要花在哪一大类上？最多的是哪类': the same question again, in other words
    a = p.answer
    return a is not None and a.route != "none" and bool(a.plan) and any(b.plan == a.plan for b in p.answers) and \
        e._restates(p.reading, [read(x) for x in p.resolved], p.scope)


def _figure_asked_again(e: Engine, p: Part) -> bool:
    # '实际有多少人？实际人数一共多少人': the same figure asked twice, answered once
    a = p.answer
    return a is not None and a.route != "none" and any(
        e._asked_again(p.reading, a, read(x), b, p.scope) for x, b in zip(p.resolved, p.answers, strict=False))


def _passages_again(e: Engine, p: Part) -> bool:
    # '…咋比去年少了？啥原因': the same passages asked for again in other words, given once
    a = p.answer
    return a is not None and a.route == "retrieval" and any(
        b.route == "retrieval" and b.text == a.text for b in p.answers) and not e._names_own(p.reading)


def _whole_again(e: Engine, p: Part) -> bool:
    # '一共要花多少钱？总预算是多少': the whole budget asked again in other words, answered once
    same = _same_figures(p.answer, p.answers) if p.answer is not None else []
    return bool(same) and all(_whole_of(x.plan) for x in (p.answer, *same))


def _figure_of_which(e: Engine, p: Part) -> bool:
    # '哪家有某拨款？金额多少': the amount the which-part's answer gives, asked again
    a, before = p.answer, p.answers[-1] if p.answers else None
    if a is None or before is None or before.route == "none" or not named_pattern("figure_again").match(p.reading.key) \
            or not any(named_pattern("asks_which_one").search(x) for x in p.said):
        return False
    same = _same_figures(a, p.answers)
    return bool(same) and a.text == same[-1].text or len(before.items) == 1 and before.value is not None


def _each_listed(e: Engine, p: Part) -> bool:
    # '有哪些项目，每个多少钱': each one's amount, which the list before gives beside each
    before = p.answers[-1] if p.answers else None
    return before is not None and before.route != "none" and len(before.items) >= 2 and all(
        i.value is not None for i in before.items) and named_pattern("each_amount_alone").fullmatch(p.reading.key) is not None


@dataclass(frozen=True)
class Hold:
    """A part of a compound question whose answer would repeat or stand in for what an earlier part asked: the
    answer is held back and the part refused with `why`. `test` runs after the part is asked."""
    name: str
    test: Callable[[Engine, Part], bool]
    why: str


def _each_not_found(e: Engine, p: Part) -> bool:
    # '那6个项目分别是什么，每个多少钱' when they were not found: each one's amount, never their total
    return bool(p.answers) and p.answer is not None and p.answer.route != "none" and len(p.answers[-1].items) < 2 \
        and named_pattern("each_amount_alone").fullmatch(p.reading.key) is not None


def _figure_twice(e: Engine, p: Part) -> bool:
    # '…一共多少？其中运行费多少？' answered twice with the same figure: the part was not read
    return p.answer is not None and bool(_same_figures(p.answer, p.answers))


# In order; the first that holds refuses the part.
_HOLDS = (
    Hold("each_not_found", _each_not_found,
         "这一问问的是前一问各项各自的金额，前一问没有找到这些项，为避免答成合计数，这里不作回答。"),
    Hold("figure_twice", _figure_twice, "这一问没能读出与前一问不同的数字，为避免重复给出同一个数字，这里不作回答。"),
)


# In order; the first that holds skips the part.
_SKIPS = (
    Skip("each_listed", _each_listed),
    Skip("change_of_ranked", _change_of_ranked),
    Skip("figure_of_part_before", _figure_of_part_before),
    Skip("restated", _restated),
    Skip("figure_asked_again", _figure_asked_again),
    Skip("passages_again", _passages_again),
    Skip("whole_again", _whole_again),
    Skip("figure_of_which", _figure_of_which),
)


_NAME_ROLES = ("func_name", "econ_name", "project_name")
_CLASS_ROLES = ("func_name", "func_code", "econ_name", "econ_code", "gov_econ_name", "gov_econ_code")  # a row named by its name (not by a code, a unit …)


# the thing a first part asks about, before its year and question words ('某费今年多少' -> 某费)
_SUBJECT_OF = named_pattern("subject_of")


def _stem(question: str, ending: re.Pattern) -> str | None:
    """The question without the ending that asks (what it asks about: '某项目负责人是谁？' → '某项目负责人'), or
    None when it does not end so."""
    stem = ending.sub("", question)
    return None if stem == question else stem


def _whole_aliases() -> dict[str, tuple[str, ...]]:
    """The names of the budget as a whole (收入总计, 部门预算总额 …): each whole concept's aliases, by its name."""
    return {c.name: tuple(c.aliases) for c in concepts() if c.whole}


def _unread_side(key: str, j: int, spans: list[tuple[int, int]]) -> str:
    """The stretch of the question on the other side of the conjunction at `j` from the names found (the side
    left unread), e.g. 'A' in 'A和B加一块儿多少' when only B was found."""
    return key[:j] if all(a > j for a, _ in spans) else key[j + 1:]


_HOW_MUCH_MORE = named_pattern("how_much_more")
# a follow-up about the one row an earlier ranking found ('这个项目…' after '哪个项目花钱最多')
_THIS_ONE = named_pattern("this_one")
# ('这三个项目', '这几项', '它们', '这些项目': the rows an earlier question found; the count said, when said)
_SUM_OR_SHARE = named_pattern("sum_or_share")


_DAY_ASKED = named_pattern("day_asked")
_DAY_SAID = named_pattern("day_said")
_DONE_ASKED = named_pattern("done_asked")  # '啥时候能建好对外开放': when a thing is finished or opened
_DONE_SAID = named_pattern("done_said")  # '2025年底前竣工': a passage that says so, with its time
_PLACE_ASKED = named_pattern("place_asked")  # '建在哪些地方': a place is asked
_PLACED_AT = named_pattern("placed_at")  # '在某路那边盖的': where the thing named next is
_PLACE_SAID = named_pattern("place_said")  # '位于某路', '某路口': a passage that says where
_DEICTIC = named_pattern("deictic")
_SAME_SHARE = named_pattern("same_share")
_PER_SAID = named_pattern("per_said")  # ('一共…每人' never: a total said before the per-unit words)
_NEXT_RANK = named_pattern("next_rank")
_ASKED_IN = named_pattern("asked_in")
def _mostly_said(word: str, text: str) -> bool:
    """Are at least half of a said word's two-character pieces in the text?"""
    pieces = [word[i : i + 2] for i in range(len(word) - 1)]
    return sum(p in text for p in pieces) * 2 >= len(pieces)


def _asked_apart(clause: str) -> list[str]:
    items = [y.strip() for y in clause.split("、") if y.strip()]
    return items if len(items) > 1 and all(_ASKED_IN.search(y) for y in items) else [clause]


_EACH_SHARE = named_pattern("each_share")


def _each_share(m: re.Match) -> list[str]:
    return [f"{m['a']}{m['rest']}", f"{m['b']}{m['rest']}"]


# ('…比2024年多了没有？涨了百分之几': the size of the change the part before asks only yes or no about)
_RATE_SAID = named_pattern("rate_said")
_BY_HOW_MUCH = named_pattern("by_how_much")


def _which_of(r: Reading, docs: Sequence[str]) -> str:
    """How documents compared by 'which' combine: '哪家更高？高出多少？' asks the gap (never a signed A−B);
    '哪家更高？是多少' the higher one's figure; '哪个低' the lower one's."""
    which = {(sp.start, sp.end) for sp in r.all("cmp:which")}  # '更高', '哪家多': which, not how much
    if len(docs) == 2 and any((sp.start, sp.end) not in which for sp in r.all("op:diff")):
        return "gap"
    lower = {(sp.start, sp.end) for sp in r.all("cmp:lower")}
    if (r.has("op:min") and not r.has("op:max")) or (lower and which <= lower):
        return "min"
    return "max"


# '文件里怎么说的' after a question: where the document says it, not a question of its own
_HOW_SAID = named_pattern("how_said")


def _shares_own_words(key: str, text: str, names: list[str]) -> bool:
    """Does the answer's text say a word (two characters) of the question that is not in the names given?"""
    said = {norm(text)[i : i + 2] for i in range(len(norm(text)) - 1)}
    named = "".join(norm(n) for n in names)
    return any(key[i : i + 2] in said and key[i : i + 2] not in named for i in range(len(key) - 1))


def _bare_name(name: str) -> str:
    """A project's name without the year printed after it ('某项目（2025）' -> 某项目)."""
    return norm(re.sub(r"[（(]\d{4}[)）]$", "", name))


_PARTS_COUNTED = named_pattern("parts_counted")
_COUNT_UNITS = "个|家|人次|人|名|台|套|次|处|所|座|场|辆|间|户|本|册|份|张"
_GOAL_COUNT = re.compile(rf"(?P<n>\d+(?:\.\d+)?)(?P<u>{_COUNT_UNITS})")
_GOAL_PERCENT = named_pattern("goal_percent")
_ASKS_WHO = named_pattern("asks_who")
_ASKS_PURPOSE = named_pattern("asks_purpose")


def _english_parts(raw: str) -> list[str]:
    """'How many X does the bureau have in total, and how many are actually in service?': two questions, when the
    second asks of something it names itself ('…, and how much is it?' asks the first one's figure)."""
    m = re.search(r",\s*and\s+(how\s+(?:many|much)|what|which|who|when)\b", raw, re.I)
    # ('For X's 2024 budget, how many…, and how much…': what the lead says holds for both)
    lead = re.match(r"\s*(?:(?:for|in|about|regarding|according to)\b[^,?]{0,100},\s*)?", raw, re.I)
    if not m or not re.match(r"(how\s+(?:many|much)|what|which|who|when)\b", raw[lead.end() :], re.I):
        return []
    second = raw[m.start() + 1 :].strip()
    if re.match(r"and\s+(how\s+(?:many|much)|what|which|who|when)(\s+\w+)?(\s+(is|are|does|do|did|was))?\s+"
                r"(it|they|that|this|them|its)(\s+\w+)?\s*[?？.。]?\s*$", second, re.I) and not (
                re.match(r"\s*who\b", raw, re.I) and re.match(r"and\s+how\s+much\b", second, re.I)):
        return []  # (nothing of its own; but 'Who is in charge of X, and how much is it budgeted?' asks two things)
    if lead.group(0).strip() and re.search(r"\b(?:of|in|within|from)\s+(?:it|them|this|that|these|those)\b", second, re.I):
        return []  # ('For X, what is …, and how much of it is project expenditure?': the part is asked with the lead)
    return [raw[: m.start()].strip(), lead.group(0).strip() + " " + re.sub(r"^and\s+", "", second, flags=re.I)]


_YEAR_WORD = r"(?:(?:19|20)\d\d年度?|今年|去年|上年|上一年|明年)"
_TWO_YEARS = re.compile(rf"^(?P<pre>[^，,；;？?]*?)(?P<a>{_YEAR_WORD})(?:的)?(?:和|与|跟|及|以及|、)(?P<b>{_YEAR_WORD})(?:的)?"
                        r"(?P<what>[^，,；;？?]+?)(?:各|分别|各自)(?:是|为|有|安排了?|安排的)?(?P<ask>多少|几)"
                        r"(?P<post>[^，,；;？?]*)[？?]?$")


def _made_up_of(phrase: str, text: str) -> list[str]:
    """The pieces of two characters or more, shared with the text, that make up all of the phrase ([] when they do
    not): an English question's words in another order ('某扶贫项目区财政局绩效评价')."""
    parts = common_substrings(phrase, text)
    return parts if sum(map(len, parts)) == len(phrase) else []


def _reads_form_field(plan: dict | None) -> bool:
    """Does the plan read a form's printed field (a value of role field: 联系电话), not a row's column?"""
    t = (plan or {}).get("target") or {}
    return any(f.get("role") == "field" for f in (*(t.get("filters") or ()), *(t.get("within") or ())))


def _whole_of(plan: dict | None) -> bool:
    """Is a plan (as JSON) the lookup of a whole budget's own total (收入总计, 支出总计 …)?"""
    concept = ((plan or {}).get("target") or {}).get("concept")
    return (plan or {}).get("op") == "lookup" and bool(concept) and _is_whole(concept)


def _project_of_plan(plan: dict | None) -> str | None:
    """The one project a plan (or each of its parts) reads a row of, by its name; None when it names none or several."""
    p = Plan.from_dict(plan)
    names = {n for x in p.walk() for n in x.names("project_name")} if p is not None else set()
    return next(iter(names)) if len(names) == 1 else None


def _count_said(n: str) -> int:
    """A count as said: '6', '两', '十'."""
    return int(n) if n.isdigit() else "一两三四五六七八九十".index(n) + 1 if n in "一两三四五六七八九十" else 2


def compound_parts(text: str) -> list[str]:
    """The questions of a question that asks several ('某产业专项一共安排了多少钱？里面哪一块分得最多？')."""
    if m := _TWO_YEARS.match(text.strip()):
        # '某街道2024年和2023年某收入各是多少': one question for each year (an earlier year's figure is found only as
        # the text states it, and a year that has none says so, never leaving the other year's figure as both)
        return [f"{m['pre']}{y}{m['what']}是{m['ask']}{m['post']}" for y in (m["a"], m["b"])]
    # (a space between two questions typed without a mark parts them too: '某项目多少钱 负责人是谁')
    if (each := _EACH_SHARE.fullmatch(text.strip().rstrip("？?。！!"))) is not None:
        return _each_share(each)  # 'A和B分别占总支出多大比例': the share of each
    clauses = [p.strip() for p in re.split(r"[，,；;？?]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", text) if p.strip()]
    # ('A多少、B是什么': questions listed with 、 part too, when each of them asks; never a list of codes or names
    # before one question, '20805、20807、20899这几个款加起来是多少')
    pieces = [x for c in clauses for x in _asked_apart(c)]
    # ('…预算多少？项目负责人和联系电话是？': a piece that ends in 是 before a question mark asks too)
    asking = [p for p in pieces if _QUESTION_WORD.search(p) or re.search(re.escape(p) + r"\s*[？?]", text)
              and named_pattern("asked_by_mark").search(p)]
    if len(pieces) >= 2 and pieces[-1] not in asking and named_pattern("contact_asked").fullmatch(pieces[-1]):
        asking.append(pieces[-1])  # ('…预算多少，项目负责人和联系电话': who and the phone, named alone after a question)
    if len(pieces) >= 2 and asking and pieces[-1] not in asking and _LEANS.search(pieces[-1]) and \
            _QUESTION_WORD.search(pieces[-2]):
        asking.append(pieces[-1])  # (the part that leans on the question just before it, said last)
    if len(asking) < 2 or len(asking) != len(pieces) and len(pieces) > len(asking) + 1:
        return []
    # a leading clause without a question word belongs to the first question ('截至2022年底，X和Y分别是多少')
    out, lead, subject = [], "", ""
    for p in pieces:
        counted = out and re.search(r"(多少|几)(个|项|家|辆|台|套|人|名|次|公顷|平方米|平米|亩|公里|吨|座|处|场|期|份|本|件|张|株|棵|盏|间|所|户)",
                                    out[-1]) and re.search(
            r"(钱|元|金额|资金|预算|花|费用)", p)  # '涉及几个项目，总共多少钱', '订了多少套，花了多少': money too
        purpose = out and (_ASKS_PURPOSE.search(out[-1]) or _ASKS_WHO.search(out[-1])) and _BARE.fullmatch(p)
        # ('是干嘛用的，预算多少钱', '负责人是谁，预算多少': two asked)
        if out and not counted and not purpose and (_BARE.fullmatch(p) or _BY_HOW_MUCH.fullmatch(p) or _HOW_SAID.fullmatch(p)
                                                    or (named_pattern("unit_again").fullmatch(p)
                                                        and _HOW_MUCH_WORD.search(out[-1]))
                                                    or (_SAME_SHARE.fullmatch(p) and re.search(r"(占|比例|比重|几成|百分)", out[-1]))
                                                    or (_RATE_SAID.fullmatch(p) and re.search(r"比", out[-1])
                                                        and not _HOW_MUCH_WORD.search(out[-1]))
                    or ("哪" in out[-1] and _BARE_COUNT.fullmatch(p))):
            out[-1] = f"{out[-1]}，{p}"
        elif (_QUESTION_WORD.search(p) or p is pieces[-1] and p in asking) and \
                not re.search(r"(?<!哪)(里|中|之中|当中|里面|里头)$", p):
            # ('有专门说明的几个项目里，哪个…': a piece that ends in 里 says where the question looks)
            if lead and not out and named_pattern("subject_said_first").search(lead):
                subject = lead  # '某补贴，发给多少人，一共多少钱': the subject said first is that of every short part
            if not lead and not subject and out and (said := _SUBJECT_OF.match(out[0])) and \
                    re.match(r"(?:比|跟|和|较)(?:去年|上年|上一年|\d{2,4}年)", p):
                p = said.group(1) + p  # '某费今年多少，比去年少了多少': the comparison is of what the first part named
            if out and re.fullmatch(r"(那|它)?(有|占地)?多大(呢|啊|呀)?", p) and re.search(r"(哪儿|哪里|什么地方|在哪|哪个位置)", out[-1]):
                p = "面积有多大"  # '租的是哪儿，有多大': the size of the place just asked about, not money
            if out and named_pattern("reason_alone").fullmatch(p) and (
                    ch := named_pattern("change_asked").search(out[-1])) is not None:
                p = f"{out[-1][: ch.end('dir')]}的{p}"  # '…比2024年增加了多少？主要原因是什么': the reason of that change
            nth = _NEXT_RANK.fullmatch(p) if out else None
            top = re.search(r"最(大|多|高)", out[-1]) if nth else None
            if nth and top:  # '哪个类级科目金额最大？排第二的是哪个': the same ranking, the place asked now
                p = f"{out[-1][: top.start()]}第{nth['n']}{top.group(1)}{out[-1][top.end():]}"
            items = re.match(r"^(.+?)(?:各|分别|各自)", out[-1]) if out and re.match(r"(分别|各自|各)占", p) else None
            if items and (each := _EACH_SHARE.fullmatch(items.group(1) + p)) is not None:
                out += _each_share(each)  # '…A和B各是多少？分别占总支出多大比例': the share of each of them
            else:
                out.append(lead + p if lead else (subject + p if subject and len(p) <= 8 else p))
            lead = ""
        else:
            lead += p
    return out if len(out) >= 2 else []


def _score_of_another_year(r: Reading, a: Answer) -> str | None:
    """A score asked of a row said with its year ('2025年某项目的绩效评价得分') when the sentence that gives it scores
    the same row of another year ('对我局2023年某项目开展绩效评价'): what the reply says instead, else None.
    (The sentence, not its fact row's `year`: that is the year the evaluation was made, 区财政局2024年对…2023年….)"""
    cited = [norm(c.text or "") for c in a.citations[:1]]
    for m in re.finditer(r"((?:19|20)\d\d)年(?:度)?(?:的)?", r.key):
        said = r.key[m.end():]
        for text in cited:
            for n in re.finditer(r"((?:19|20)\d\d)年(?:度)?", text):
                row = os.path.commonprefix([said, text[n.end():]])
                if len(row) >= 4 and n.group(1) != m.group(1):
                    return (f"文件中写的是{n.group(1)}年{row}的评价得分（{fmt_number(a.value)}{a.unit or ''}），没有{m.group(1)}年的"
                            "得分；为避免答非所问，这里不作回答。")
    return None


def _as_asked(r: Reading, plan: Plan, out: Outcome) -> Outcome:
    """'少了多少' asks for the size of a decrease: the magnitude, when the figures did decrease (and likewise up)."""
    if out.value is None or not (plan.op in ("diff", "change") or plan.across in ("diff", "change", "gap")):
        return out
    down = named_pattern("decrease").search(r.key)
    up = named_pattern("increase").search(r.key)
    # '相差多少' with no direction asks how far apart the two are (the reply says which is larger)
    apart = named_pattern("apart").search(r.key) and not (down or up)
    if re.search(r"(增减|升降|涨跌|增降|为负)", r.key):
        return out  # '增减了百分之几': either way, so the signed change
    order = named_pattern("minus_years").search(r.key)
    if order and int(order.group("a")) > int(order.group("b")) and plan.op == "change":
        return out  # '用24减23': the later year's figure less the earlier one's, signed as asked
    if (down and out.value < 0) or (up and out.value > 0) or plan.across == "gap" or apart:
        return replace(out, value=abs(out.value), signed=out.value)
    return out


def _reads(plan: Plan, where: str) -> bool:
    """Does the plan read a narrative figure ('fact') or an indicator ('indicator')?"""
    t = plan.target
    if t is not None and ((where == "fact" and t.fact) or (where == "indicator" and t.attribute == "ind_value")):
        return True
    return any(_reads(p, where) for p in plan.parts)


def _with_context(plan: Plan, words: tuple[str, ...]) -> Plan:
    """The plan with its narrative and indicator targets narrowed to those whose words contain these words."""
    t = plan.target
    if t is not None and (t.fact or t.attribute == "ind_value"):
        plan = replace(plan, target=replace(t, context=words, filters=() if t.attribute == "ind_value" else t.filters))
    return replace(plan, parts=tuple(_with_context(p, words) for p in plan.parts))


def _in_unit(o: Outcome, want: str | None) -> Outcome:
    """A part's amount in the unit the question asks, when both are units of money."""
    if o.value is None or want is None or o.unit == want or o.unit not in _YUAN or want not in _YUAN:
        return o
    return replace(o, value=round(convert(o.value, o.unit, want), 8), unit=want, facts=())


def compose_units() -> set[str]:
    return set(_YUAN)


def _first_mention(u: Understanding, doc: str, department: Callable[[str], str]) -> int:
    """Where the question first names the document's department: by a name that is its alone, when it has one
    ('某区级部门预算，甲委…比乙街道…': 某区 names both, 甲委 one)."""
    named = [lk for lk in u.links if any(t.kind == "doc" and doc in t.docs for t in lk.terms)]
    own = [lk for lk in named if len({department(d) for t in lk.terms if t.kind == "doc" for d in t.docs}) == 1] or named
    return min((lk.start for lk in own), default=10**6)
