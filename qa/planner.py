"""From a read question to candidate plans, and the check that a plan accounts for the question.

    planner = Planner(lexicon)
    u = planner.understand(reading, scope)      links chosen, documents named, words left unexplained
    plans = planner.plans(u)                    candidate plans, best first

How a question is understood (see docs/READING in the shared folder for the ideas):

1. Linking: every part of the question that names something the index holds (`qa.lexicon`) is a
   candidate link; a weighted choice of non-overlapping links explains as much of the question as
   possible; what is left is tried as a paraphrase of one name (partial match).
2. Accounting: every character must be explained by a link, a rule span of `qa/vocab/reading.json`
   (operation, answer type, unit, year, filler) or a generic budget word. What is left is reported
   as unexplained, and the engine then answers 未找到 instead of answering another question.
3. Mentions: the links are grouped into the figures the question mentions (a subject and a column
   named together are one figure; "A和B", "A比B", "A占B" are two).
4. Frames: the operation words and the mentions give the candidate plans (compound, share,
   difference, ratio, change, set operations, attributes, lookups, text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from ingest import kinds

from .lexicon import STOP, Lexicon, Link, Term, _in_order, _overlap, concept, concepts, weak_aliases
from .normalize import norm
from .plan import Filter, Plan, Target
from .reading import Reading, Span, indicator_rates, named_pattern, named_words
from .reading import words as kept_words

# budget words that need no explaining once the question names its subject
GENERIC = ("街道办事处", "街道办", "街道", "本部", "完成", "完工", "结束", "实现", "达到", "要求", "目标", "指标", "人员", "工程", "项目", "经费", "费用", "支出", "专项", "资金", "科目", "工作", "情况", "事务", "业务", "部分",
           "整体", "总体", "明细", "数额", "费", "款", "类", "项", "级", "本级", "下属", "单位", "部门", "机关",
           "财政", "拨款", "那", "这", "个", "此", "它", "其", "哪", "该")
_GENERIC_RE = re.compile("|".join(sorted((re.escape(g) for g in GENERIC if len(g) >= 2), key=len, reverse=True)))
_SEPARATORS = named_pattern("separators")
def _says_phone(name: str) -> bool:
    """A form's row whose name says a phone ('联系电话')."""
    return "电话" in name


def _says_person(name: str) -> bool:
    """A form's row whose name says a person ('部门（单位）负责人')."""
    return bool(re.search(r"(负责人|联系人|责任人)", name)) and "电话" not in name


def _detail_of(prev: Link, lk: Link) -> bool:
    """Does `lk` name only details (indicators) of the kind of row `prev` names (a project)?"""
    rows = {t.role for t in prev.terms if t.kind == "value"}
    details = {t.role for t in lk.terms if t.kind == "value"}
    return bool(rows) and rows <= GROUP_ROLES and bool(details) and details <= DETAIL_ROLES and \
        not lk.kinds() - {"value"}


_WHICH_THINGS = named_pattern("which_things")
_GLUED_VERBS = frozenset("做搞办给为帮请让去来把")
_PART_OF = named_pattern("part_of")
_SAID_IN = r"的?(?:里面|里头|当中|里|中)"  # a word said before 里 says where, not what
_COMPARE = named_pattern("compare")
_CLASS_SCHEME = named_pattern("class_scheme")  # 经济分类/功能科目 said: a class scheme asked
_ORG = named_pattern("org")
_ORG_LEAD = named_pattern("org_lead")  # words said before an organisation's name, never part of it
_ORG_SAID_OF = named_pattern("org_said_of")  # '…里说街道…': what a text says of, no organisation asked about
_ORG_SET_ASIDE = named_pattern("org_set_aside")  # '…除了街道本部': what is set aside
_ORG_OWN = named_pattern("org_own")  # '本局', '占全局', '人民政府': the department the question is about
_ORG_JOIN = named_pattern("org_join")  # '甲街道和乙街道': two organisations joined, each its own
_TERM_RANK = {"project_name": 0, "func_name": 1, "econ_name": 1, "item": 2, "indicator": 3, "owner": 3, "phone": 3,
              "unit_name": 4, "gov_econ_name": 6, "field": 7}
_ABSENT = named_pattern("not_in_budget")  # what a budget never states: what was done, not planned


@dataclass(frozen=True)
class Understanding:
    reading: Reading
    links: tuple[Link, ...]  # chosen, in question order
    docs: tuple[str, ...]  # documents the question names (empty: none named)
    years: tuple[int, ...]
    unexplained: tuple[str, ...]
    absent: str | None = None  # a thing a budget cannot tell (决算, 实际执行 …) named by the question
    org: str | None = None  # an organisation the question names that the index does not hold
    scope: tuple[str, ...] = ()  # the documents the question may use

    def across_docs(self) -> bool:
        """'哪个部门的预算最多': documents compared, not rows of one table (when there are several)."""
        r = self.reading
        return len(self.scope) > 1 and r.has("scope:which") and (r.has("op:max") or r.has("op:min"))

    def subject_links(self) -> list[Link]:
        return [lk for lk in self.links if "doc" not in lk.kinds() or len(lk.kinds()) > 1]


@dataclass(frozen=True)
class Mention:
    """One figure (or set) the question mentions: the links that name it."""

    links: tuple[Link, ...]

    @property
    def start(self) -> int:
        return self.links[0].start

    @property
    def end(self) -> int:
        return self.links[-1].end

    def text(self) -> str:
        return "".join(lk.text for lk in self.links)


class Planner:
    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.weak = {t for c in ("部门预算", "预算", "总预算", "本年收入", "本年支出", "财政拨款") for t in [c]}
        # a question is read again and again while it is answered (its parts, its readings tried in turn): what the
        # index's names make of one reading is found once per question (Engine.ask calls forget() first)
        self._understood: dict[tuple[Reading, frozenset[str] | None], Understanding] = {}

    def forget(self) -> None:
        """Drop what was understood while answering the question before."""
        self._understood.clear()

    # ------------------------------------------------------------------------------------------ understand

    def understand(self, r: Reading, scope: Sequence[str] | None = None) -> Understanding:
        key = (r, frozenset(scope) if scope else None)
        if (known := self._understood.get(key)) is not None:
            return known
        u = self._understand(r, scope)
        self._understood[key] = u
        return u

    def _understand(self, r: Reading, scope: Sequence[str] | None = None) -> Understanding:
        docs_in = frozenset(scope) if scope else None
        cands = self.lex.link(r.key, docs_in)
        # no name runs across the end of a clause ('…核对项目支出，表四里…' names no 项目支出表)
        cands = [lk for lk in cands if not any(lk.start < b < lk.end for b in r.breaks)]
        # nor does a paraphrase run across the items of a list ('四个专项（甲、乙…）')
        cands = [lk for lk in cands if lk.how == "exact" or not any(lk.start < b < lk.end for b in r.seps)]
        # '310万出头' describes the item and '2021年' is a year: a name inside either is none ('310', '1年')
        rough = [s for s in r.spans if s.label == "approx" or s.kind == "year"]
        cands = [lk for lk in cands if not any(s.start <= lk.start and lk.end <= s.end and (lk.start, lk.end) != (
            s.start, s.end) or s.label == "approx" and s.start <= lk.start and lk.end <= s.end for s in rough)]
        # a word that stands for a name only as a synonym is none inside a longer filler phrase ('职工' of
        # '替职工交的', which says whose the payment is)
        phrases = [s for s in r.spans if s.label == "filler" and s.end - s.start >= 4]
        cands = [lk for lk in cands if not (lk.how == "synonym" and any(
            s.start <= lk.start and lk.end <= s.end and s.end - s.start > lk.end - lk.start for s in phrases))]
        chosen = _choose(cands)
        # a word of a project named before, said again as the question's verb ('某用房修缮项目计划修缮几家'), is
        # no other figure read by synonym (维修（护）费)
        own = [lk for lk in chosen if lk.how == "exact" and any(t.kind == "value" and t.role == "project_name"
                                                                 for t in lk.terms)]
        again = [lk for lk in chosen if lk.how == "synonym" and any(
            o.end <= lk.start and lk.text in o.text for o in own)]
        if again:
            chosen = [lk for lk in chosen if lk not in again]
            r = replace(r, spans=r.spans + tuple(Span(lk.start, lk.end, "filler", lk.text) for lk in again))
        restated = _restated_nouns(r, chosen)
        if restated:  # (what the rows are, said again: read as a word of the question, not a figure's name)
            chosen = [lk for lk in chosen if not any(a <= lk.start and lk.end <= b for a, b in restated)]
            r = replace(r, spans=r.spans + tuple(Span(a, b, "filler", r.key[a:b]) for a, b in restated))
        restated = self._name_beside_code(r, chosen, docs_in)
        if restated:  # ('2080199其他X管理事务支出': the code's own name, said short, beside it)
            chosen = [lk for lk in chosen if not any(a <= lk.start < b or a < lk.end <= b for a, b in restated)]
            r = replace(r, spans=r.spans + tuple(Span(a, b, "filler", r.key[a:b]) for a, b in restated))
        named = chosen
        chosen = _tail_of_paraphrase(r, self._paraphrases(r, chosen, docs_in))
        wrapped = [lk for lk in chosen if _wraps_a_name(r, lk, named)]
        if wrapped:  # ('哪些项目是政府购买服务': the name said, not a paraphrase around it)
            chosen = [lk for lk in chosen if lk not in wrapped] + [
                e for e in named if e not in chosen and any(w.start <= e.start and e.end <= w.end for w in wrapped)]
        chosen = [lk for lk in chosen if not _other_modifier(lk, chosen)]
        chosen = _joined(r, chosen)
        chosen = self._child_of_class(r, chosen, docs_in)
        # a weak name of the whole budget ('部门预算') is context when the question names something else
        if any(not _is_weak(lk) and "doc" not in lk.kinds() for lk in chosen):
            # (… except as the whole of a share: '某支出占今年总预算的比重')
            chosen = [lk for lk in chosen if not _is_weak(lk) or _whole_of_share(r, lk, chosen)]
        # ('…部门预算中卫生健康支出占了多大比例': the whole budget, never a section that bears its name)
        chosen = [replace(lk, terms=tuple(t for t in lk.terms if t.kind == "concept")) if lk.text in weak_aliases()
                  and "concept" in lk.kinds() and "section" in lk.kinds() and _whole_of_share(r, lk, chosen) else lk
                  for lk in chosen]
        # ('某经费今年预算多少', '今年预算里哪个科目最少': '今年预算' is then a column, never the whole budget)
        chosen = [replace(lk, terms=tuple(t for t in lk.terms if t.kind != "concept")) if lk.text in weak_aliases()
                  and "concept" in lk.kinds() and lk.kinds() - {"concept", "fact"} and (set_of(r) is not None or any(
                      o is not lk and "doc" not in o.kinds() and not _is_weak(o) for o in chosen)) else lk
                  for lk in chosen]
        named_docs: set[str] = set()
        said = [frozenset(d for t in lk.terms if t.kind == "doc" for d in t.docs) for lk in chosen]
        said = [d for d in said if d]
        for docs in said:
            if not any(other < docs for other in said):  # ('Putuo's Wanli subdistrict': the place, then which of it)
                named_docs |= docs
        # ('某项目，绩效目标是全年开多少场某讲座': the goal said before the indicator that is its figure; the indicator
        # is asked)
        goal = [lk for lk in chosen if lk.kinds() == {"column"} and all(t.role == "goal" for t in lk.terms) and any(
            o.start >= lk.end and any(t.kind == "value" and t.role == "indicator" for t in o.terms) for o in chosen)]
        if goal:
            chosen = [lk for lk in chosen if lk not in goal]
            r = replace(r, spans=r.spans + tuple(Span(lk.start, lk.end, "filler", lk.text) for lk in goal))
        given = self._stated_figures(r, chosen, docs_in)
        if given:  # '本级编制120人，其中…': a figure the question restates from the document is context
            chosen = [lk for lk in chosen if not any(a <= lk.start and lk.end <= b for a, b in given)]
            r = replace(r, spans=r.spans + tuple(Span(a, b, "filler", r.key[a:b]) for a, b in given))
        # words in brackets right after a row's own name describe it ('资源勘探工业信息等支出（扶持中小企业那块）')
        described = [(a, b) for a, b in r.brackets if any(
            lk.how == "exact" and lk.kinds() & {"value"} and lk.end == a for lk in chosen)]
        if described and not any(a <= lk.start and lk.end <= b and lk.how == "exact" and lk.kinds() - {"doc"}
                                 for a, b in described for lk in chosen):
            chosen = [lk for lk in chosen if not any(a <= lk.start and lk.end <= b for a, b in described)]
            r = replace(r, spans=r.spans + tuple(Span(a, b, "filler", r.key[a:b]) for a, b in described))
        chosen = self._shared_head(r, chosen, docs_in)
        chosen += self._indicator_unit(r, chosen, docs_in)
        parts = self._parts_after_whole(r, chosen, docs_in)
        if parts:  # ('政府采购预算中工程和服务分别多少': each part is the whole's name with the part's word in it)
            chosen = [lk for lk in chosen if not any(p.start <= lk.start and lk.end <= p.end for p in parts)] + parts
        unexplained = _unexplained(r, chosen)
        if unexplained and r.seps:  # ('政府采购货物、工程、服务': each item in the name its first item is in)
            found = self._parallel_items(r, chosen, docs_in)
            if found:
                chosen = chosen + found
                unexplained = _unexplained(r, chosen)
        if unexplained:  # ('仲裁和某某鉴定这俩工作经费': the items before the last share its name's end)
            found = self._item_before_and(r, chosen, docs_in)
            if found:
                chosen = chosen + found
                unexplained = _unexplained(r, chosen)
        if unexplained:  # a word inside names the document uses ('在职' of 在职人数)
            found = self._part_of_names(r, unexplained, docs_in, text=_answer_type(r) == "text")
            found = [lk for lk in found if not _another_head(lk, chosen) and not _other_modifier(lk, chosen)]
            if found:
                chosen = chosen + found
                unexplained = _unexplained(r, chosen)
        if not unexplained and not any(lk.kinds() - {"doc"} for lk in chosen) and \
                _answer_type(r) in ("headcount", "count"):
            # nothing named but a count asked: a word read as filler may be the figure's name ('编制多少人')
            words = tuple(t for t in tokens(r.key) if len(t) >= 2 and _filler_only(r, t) and not _generic(t)
                          and t not in STOP) if set_of(r) is None else ()
            chosen = chosen + [lk for lk in self._part_of_names(r, words, docs_in)
                               if all(t.kind == "fact" for t in lk.terms)]
        # words just before a name given in brackets describe it ('维持机关日常运转的钱（机关运行经费）')
        glossed = [a for a, b in r.brackets if any(lk.how == "exact" and lk.kinds() - {"doc"} and lk.start <= a
                                                   and b <= lk.end for lk in chosen)]
        if glossed:
            spans = [(max([0, *[x for x in r.breaks if x <= a]]), a) for a in glossed]
            # (only when the words before the brackets are not themselves a name: '住房公积金（住房改革支出）')
            # ('扶持中小企业那块（某类支出）': words that end in '那块' describe the name that follows, whatever they link)
            # ('给某产业发展的钱（其他支持某产业发展和管理支出）': words that name only a piece of the name in
            # brackets restate it)
            inner = {a: {t.display for lk in chosen if lk.how == "exact" and lk.start <= a < lk.end for t in lk.terms}
                     for a in glossed}
            # ('official vehicle purchase (公务用车购置及运行费)': a name said first in short, then in full)
            ends = {a: b for a, b in r.brackets}
            spans = [(c, a) for c, a in spans if any(w in r.key[c:a] for w in unexplained)
                     or re.search(r"(那块|这块|那部分|这部分)$", r.key[c:a]) or (named := [
                         lk for lk in chosen if c <= lk.start and lk.end <= a and lk.kinds() - {"doc"}]) and all(
                         lk.end == a and len(lk.text) >= 4 and r.key[a:ends[a]].startswith(lk.text) and
                         len(r.key[a:ends[a]]) > len(lk.text) for lk in named) or (any(
                         lk.kinds() - {"doc"} for lk in chosen if c <= lk.start and lk.end <= a) and all(
                         lk.how != "exact" and {t.display for t in lk.terms} & inner[a] for lk in chosen
                         if c <= lk.start and lk.end <= a and lk.kinds() - {"doc"}))]
            loose = [lk for lk in chosen if lk.kinds() - {"doc"} and any(c <= lk.start and lk.end <= a for c, a in spans)]
            if loose:  # a paraphrase's own partial names are not what is asked: the name in brackets is
                chosen = [lk for lk in chosen if lk not in loose]
                unexplained = _unexplained(r, chosen)
            unexplained = tuple(w for w in unexplained if not any(w in r.key[c:a] for c, a in spans))
        # a word of a name the question links ('保障' of 保障就餐人数, said apart: '保障多少人吃饭') is explained by it
        # '某区社保基金': a word glued after a department's name said in short (社保) makes another thing with it,
        # which nothing the question links explains however the word recurs in a label
        glued = tuple(dict.fromkeys(lk.text + w for w in unexplained if len(w) >= 2 for lk in chosen
                                    if "doc" in lk.kinds() and lk.how == "synonym" and r.key[lk.end : lk.end + len(w)] == w))
        unexplained = tuple(w for w in unexplained if len(w) < 2 or not any(
            w in t.display for lk in chosen if lk.how != "exact" for t in lk.terms if t.kind in ("value", "fact")))
        # (a character a segmenter cut off inside four or more said together of such a name: '支持总部经济的（区级加
        # 市级）' of 区级支持总部经济, where 总 is left alone)
        shown = [t.display for lk in chosen if lk.how != "exact" for t in lk.terms if t.kind in ("value", "fact")]
        unexplained = tuple(w for w in unexplained if len(w) != 1 or not any(
            r.key[j : j + 4] in d for i in (m.start() for m in re.finditer(re.escape(w), r.key))
            for j in range(max(0, i - 3), i + 1) if len(r.key[j : j + 4]) == 4 for d in shown))
        # words before '那个' + a name describe the name ('某局食堂那个某某经费')
        unexplained = tuple(w for w in unexplained if not any(
            re.search(re.escape(w) + r"[\u4e00-\u9fff]{0,6}?(那个|这个|那项|这项|那笔|这笔)$", r.key[:lk.start])
            for lk in chosen if lk.how == "exact" and lk.kinds() & {"value", "section"}))
        # '那个管某事的某某经费': what a demonstrative and 的 put before a project's own name describes it (a
        # project is one row; nothing said of it narrows it)
        unexplained = tuple(w for w in unexplained if not any(
            re.search(r"(那个|这个|那项|这项|那笔|这笔)[\u4e00-\u9fff]{0,6}?" + re.escape(w) + r"[\u4e00-\u9fff]{0,3}?的$",
                      r.key[:lk.start])
            for lk in chosen if lk.how == "exact" and any(t.role == "project_name" for t in lk.terms if t.kind == "value")))
        # '做鉴定' of 某某鉴定工作经费: a verb glued to a word of the name the question gives
        unexplained = tuple(w for w in unexplained if not (len(w) >= 3 and w[0] in _GLUED_VERBS and any(
            w[1:] in lk.text or w[1:] in t.display for lk in chosen if lk.kinds() - {"doc"} for t in lk.terms)))
        # the thing counted after a measure word ('报刊某费要订多少套报纸'): what the named project's indicator
        # counts, when one of its indicators says a character of it
        counted = re.search(r"(?:多少|几)(?:套|册|份|本|台|辆|个|件|张|次|场|期|处|座|株|棵|盏)([\u4e00-\u9fff]{1,4})$",
                            re.sub(r"(呢|啊|吗|呀)$", "", r.key))
        if counted and counted.group(1) in unexplained:
            projects = {t.display for lk in chosen if lk.how == "exact" for t in lk.terms
                        if t.kind == "value" and t.role == "project_name"}
            if len(projects) == 1 and any(set(counted.group(1)) & set(name) for name in self._indicators_of(
                    next(iter(projects)), docs_in)):
                unexplained = tuple(w for w in unexplained if w != counted.group(1))
        # ('项目绩效目标表中': the 表 of a table named without it, and where in it)
        unexplained = tuple(w for w in unexplained if not (re.fullmatch(r"表(中|里|内|上|里面|当中)?", w) and any(
            lk.kinds() & {"table", "concept"} and r.key[lk.end : lk.end + len(w)] == w for lk in chosen)))
        # ('支出预算表中': the table of a figure named, '表' after it)
        # a word repeated inside a name the question also gives ('环境卫生 (城乡社区环境卫生)') is that name
        unexplained = tuple(w for w in unexplained if not any(w in lk.text for lk in chosen if len(lk.text) > len(w)))
        # a word said beside a name said in short, which the name holds ('职工' of 职工医保: 职工基本医疗保险缴费)
        unexplained = tuple(w for w in unexplained if len(w) < 2 or not any(
            lk.how in ("synonym", "fuzzy") and (r.key[lk.start - len(w) : lk.start] == w or r.key[lk.end : lk.end + len(w)] == w)
            and all(w in t.display for t in lk.terms if t.kind == "value") and any(t.kind == "value" for t in lk.terms)
            for lk in chosen))
        for a, b in r.brackets:  # '某专项（政策资金）': the heading's own bracket, said with its name
            if any(lk.end == a and "section" in lk.kinds() for lk in chosen) and self.lex.conn.execute(
                    "SELECT 1 FROM sections WHERE title LIKE ? LIMIT 1", (f"%（{r.key[a:b]}）%",)).fetchone():
                unexplained = tuple(w for w in unexplained if w not in r.key[a:b])
        if glued:
            unexplained = (*(w for w in unexplained if not any(w in g for g in glued)), *glued)
        own = re.search(r"本级|本部", r.key)
        if own and not any(lk.start <= own.start() < lk.end or any(
                t.role in ("unit_name", "unit_code") for t in lk.terms if t.kind == "value") for lk in chosen) \
                and self._has_subunits(docs_in):
            # '本级的收入预算': where the department has units of its own, its own level is a filter, never the whole
            unexplained = (*unexplained, own.group(0))
        if unexplained and (ind := _indicator_set_plan(r)) is not None:  # '满意度定到了99%的项目': the indicator's kind
            top = _INDICATOR_TOP.search(r.key) if ind.op in ("max", "min") else None
            unexplained = tuple(w for w in unexplained if not any(k in w or w in k for k in indicator_rates()) and not (
                top and (w in top.group(0) or w == "各")))  # ('各项目…定得最高的': the ranking's own words)
        chosen = _drop_restating_synonyms(chosen)
        # '绩效目标里某指标是多少': the column said before 里 says where the indicator is listed, no figure of its own
        chosen = [lk for lk in chosen if not (
            lk.kinds() == {"column"} and all(t.role == "goal" for t in lk.terms)
            and re.match(_SAID_IN, r.key[lk.end:]) and any(
                lk.end < o.start <= lk.end + 4 and any(t.kind == "value" and t.role == "indicator" for t in o.terms)
                for o in chosen))]
        # '三公经费里公务接待费': a figure said before 里 that names a table of its own, which lists the row named
        # after it, says where the row is, no figure of its own ('项目支出里某类' keeps its column: 项目支出 names
        # no table of its own)
        # (a share asked of the row keeps it: '三公经费里，公务用车运行维护费占了百分之多少' is of that whole)
        chosen = [lk for lk in chosen if not (
            "concept" in lk.kinds() and "table" in lk.kinds() and "value" not in lk.kinds()
            and not (r.has("op:share") or r.has("op:share_of"))
            and re.match(_SAID_IN, r.key[lk.end:]) and any(
                lk.end < o.start <= lk.end + 4 and any(
                    t.kind == "value" and t.table_kind and t.table_kind in _concept_kinds(lk) and t.table_kind in {
                        x.table_kind for x in lk.terms if x.kind == "table"} for t in o.terms)
                for o in chosen))]
        chosen = _drop_size_words(r, chosen)
        chosen, r = _drop_restated_complement(r, chosen)
        r = _filter_words(r, chosen)
        r = _named_type_words(r, chosen)
        r = _named_op_words(r, chosen)
        absent = None
        m = _ABSENT.search(r.key)
        if m:
            absent = m.group(0)
        if unexplained:  # '住房公积经': a name's last character mistyped, right after the rest of it
            unexplained = tuple(w for w in unexplained if not _mistyped_end(r, chosen, w))
        org = self._foreign_org(r, chosen) or _two_halves(r, chosen)
        for m in _ORG.finditer(r.key):  # '两个上海街道': the documents of that kind and place
            named_docs |= self._kind_of_indexed(m.group(1), r.key[: m.start(1)])
        return Understanding(r, tuple(sorted(chosen, key=lambda lk: lk.start)), tuple(sorted(named_docs)),
                             r.years, unexplained, absent, org, tuple(sorted(scope or ())))

    def _parallel_items(self, r: Reading, chosen: list[Link], docs: frozenset[str] | None) -> list[Link]:
        """The items of a list after one that a name links ('政府采购货物、工程、服务'): each the same name with the
        item's word in place of the first item's ('政府采购货物预算' -> 政府采购工程预算), when the document has it."""
        out: list[Link] = []
        for n, a in enumerate(r.seps):
            first = next((lk for lk in chosen if lk.end == a and lk.how in ("exact", "fuzzy")
                          and lk.kinds() & {"fact", "value"}), None)
            if first is None:
                continue
            for start in r.seps[n:]:
                end = min(x for x in (*r.seps, *r.breaks, len(r.key)) if x > start)
                word = _item_word(r.key[start:end])
                if len(word) < 2 or any(lk.start < start + len(word) and start < lk.end for lk in chosen):
                    continue
                out += self._in_place_of(first, word, start, docs)
        return out

    def _parts_after_whole(self, r: Reading, chosen: list[Link], docs: frozenset[str] | None) -> list[Link]:
        """The parts listed after a figure said whole and 中/里 ('政府采购预算中，工程和服务分别是多少'): each the
        narrative figure whose name is the whole's with the part's word inside ('政府采购工程预算'), when the document
        states exactly one such figure for every part listed."""
        for whole in chosen:
            labels = [t.display for t in whole.terms if t.kind in ("fact", "concept")]
            m = re.match(rf"{_IN}(?P<items>[\u4e00-\u9fff]{{2,20}}?)(?=[\d两俩三四]*(?:块|项|个|笔)|分别|各|都|是|的|多少|占|有|呢|$)",
                         r.key[whole.end :])
            if not labels or m is None:
                continue
            at = whole.end + m.start("items")
            words = re.split(r"[和与及跟]", m.group("items"))
            if len(words) < 2 or any(not 2 <= len(w) <= 4 for w in words):
                continue
            out = []
            for w in words:
                said = {lab[:k] + w + lab[k:] for lab in labels for k in range(1, len(lab))}
                found = {n: ts for n, ts in self.lex.terms(sorted(norm(x) for x in said), docs).items()
                         if any(t.kind == "fact" for t in ts)}
                if len(found) != 1:
                    return []
                name, ts = next(iter(found.items()))
                out.append(Link(at, at + len(w), w, tuple(t for t in ts if t.kind == "fact"), "synonym",
                                len(w) * 0.9, name))
                at += len(w) + 1
            return out
        return []

    def _item_before_and(self, r: Reading, chosen: list[Link], docs: frozenset[str] | None) -> list[Link]:
        """The item before 和 that the last item's name ends: 'A和B工作经费' where B工作经费 is a name and A said
        alone is not, linked as A工作经费 when the document has exactly that name."""
        out: list[Link] = []
        for m in re.finditer(r"(?<=[\u4e00-\u9fff])(?:和|与|及|、)(?=[\u4e00-\u9fff])", r.key):
            last = next((lk for lk in chosen if lk.start == m.end() and lk.how in ("exact", "fuzzy", "synonym")
                         and lk.kinds() & {"fact", "value"}), None)
            if last is None or any(lk.start < m.start() < lk.end for lk in chosen):
                continue
            begin = max([0, *(lk.end for lk in chosen if lk.end <= m.start()),
                         *(x.end() for x in re.finditer(r"[，,？?；;：:。]", r.key[: m.start()]))])
            word = r.key[begin : m.start()]
            if not 2 <= len(word) <= 8 or any(lk.start < m.start() and begin < lk.end for lk in chosen):
                continue
            out += self._in_place_of(last, word, begin, docs, before=True)
        return out

    def _in_place_of(self, other: Link, word: str, start: int, docs: frozenset[str] | None, *,
                     before: bool = False) -> list[Link]:
        """A link for the word at start: a name of the other item's with the word in place of that item's own part,
        which is its end when the word comes after it ('政府采购货物、工程': 政府采购工程预算) and its head when the word
        comes before ('甲和某某乙工作经费': 甲工作经费), when the document has exactly that name."""
        for t in other.terms:
            if t.kind not in ("fact", "value"):
                continue
            for said in _with_word_for_own(t.display, other.text, word, before):
                found = [x for x in self.lex.terms([norm(said)], docs).get(norm(said), []) if x.kind == t.kind]
                if found:
                    return [Link(start, start + len(word), word, tuple(found), "synonym", len(word) * 0.9, said)]
        return []

    def _name_beside_code(self, r: Reading, chosen: list[Link], docs: frozenset[str] | None) -> list[tuple[int, int]]:
        """The words right before or after a 科目's code that say its name short ('2080199其他X管理事务支出' for 其他某某管理事务支出,
        '其他X管理事务支出2080199'): every character of them in the name, in order, and half its length or more."""
        out: list[tuple[int, int]] = []
        for lk in chosen:
            if not lk.text.isdigit() or not any(t.kind == "value" and (t.role or "").endswith("_code") for t in lk.terms):
                continue
            names = self.lex.code_names(lk.text, docs)
            if not names:
                continue
            after = max((_in_order_prefix(r.key[lk.end:], n) for n in names), default=0)
            before = max((_in_order_prefix(r.key[:lk.start][::-1], n[::-1]) for n in names), default=0)
            shortest = min(len(n) for n in names)
            for a, b in ((lk.end, lk.end + after), (lk.start - before, lk.start)):
                if b - a >= 4 and (b - a) * 2 >= shortest and not any(
                        lk2.how == "exact" and lk2.start == a and lk2.end == b for lk2 in chosen):
                    out.append((a, b))
        return out

    def _child_of_class(self, r: Reading, chosen: list[Link], docs: frozenset[str] | None) -> list[Link]:
        """'行政事业单位养老支出中职业年金缴费': an economic row's name said inside a function class is also the one
        row of that classification whose name holds it (机关事业单位职业年金缴费支出), a reading of its own."""
        out = list(chosen)
        for i, lk in enumerate(out):
            if lk.how != "exact" or lk.kinds() != {"value"} or not all(t.role in ("econ_name", "gov_econ_name")
                                                                        for t in lk.terms):
                continue
            inside = any(c.kinds() == {"value"} and all(t.role == "func_name" for t in c.terms) and c.end <= lk.start
                         and re.fullmatch(rf"(的)?{_IN}(的)?", r.key[c.end : lk.start]) for c in out)
            if not inside:
                continue
            rows = [t for t in self.lex.containing(lk.text, docs) if t.kind == "value" and t.role == "func_name"
                    and norm(t.display) != lk.text]
            if len({t.display for t in rows}) == 1:
                out[i] = replace(lk, terms=lk.terms + tuple(rows))
        return out

    def _stated_figures(self, r: Reading, chosen: list[Link], docs: frozenset[str] | None) -> list[tuple[int, int]]:
        """Figures the question states right after the name of a narrative figure, as the document states it
        ('本级编制120人'): (start, end) of each number with its unit."""
        out = []
        for m in _STATED.finditer(r.key):
            before = [lk for lk in chosen if lk.end == m.start() and "fact" in lk.kinds()]
            value, unit = float(m.group(1)), {"个人": "人"}.get(m.group(2), m.group(2))  # ('384个人': 384人)
            if not before:
                continue
            labels = {t.display for lk in before for t in lk.terms if t.kind == "fact"}
            for label in labels:
                rows = self.lex.conn.execute("SELECT doc_id FROM facts WHERE label = ? AND unit = ? AND "
                                             "abs(value - ?) < 1e-9", (label, unit, value)).fetchall()
                if any(docs is None or d in docs for (d,) in rows):
                    out.append((m.start(), m.end()))
                    break
        for m in _SAID_MONEY.finditer(r.key):  # '某经费310万，…干嘛用': the named row's own amount, in round figures
            if any(a <= m.start() < b for a, b in out):
                continue
            names = {norm(t.display) for lk in chosen if lk.end == m.start() and lk.kinds() == {"value"}
                     for t in lk.terms}
            said = float(m.group(1)) * _MONEY_SCALE[m.group(2)[0]]
            step = 10 ** -len(m.group(1).partition(".")[2]) * _MONEY_SCALE[m.group(2)[0]]
            for name in names:
                rows = self.lex.conn.execute(
                    "SELECT r.doc_id, c.value, t.unit FROM records r JOIN cells c ON c.doc_id = r.doc_id AND "
                    "c.table_no = r.table_no AND c.rec_no = r.rec_no JOIN source_tables t ON t.doc_id = r.doc_id AND "
                    "t.table_no = r.table_no WHERE r.key = ? AND c.status = 'number'", (name,)).fetchall()
                if any((docs is None or d in docs) and unit in _MONEY_UNITS and 0 <= v * _MONEY_UNITS[unit] - said < step
                       for d, v, unit in rows):
                    out.append((m.start(), m.end()))
                    break
        return out

    def _drop_row_scopes(self, r: Reading, ms: list[Mention]) -> list[Mention]:
        """'资本性支出里办公设备购置': a class row that only says where the next row lies (its code lies under the
        class's code, in the document's own classification) is not asked itself; a row said inside a class it is
        not in keeps both, and nothing answers."""
        if len(ms) != 2 or any(r.has(x) for x in ("op:share", "op:share_of", "op:diff", "each", "op:times",
                                                   "op:than", "op:sum")):
            return ms
        a, b = ms
        if not re.fullmatch(rf"(的)?{_IN}{_AS_PART}", r.key[a.end : b.start]):
            return ms

        def codes(m: Mention) -> dict[str, set[str]] | None:
            # (the mention's one row; words beside it that name columns or figures only say where it lies)
            rows = {(t.role, t.display) for lk in m.links if "value" in lk.kinds() for t in lk.terms}
            if len(rows) != 1 or next(iter(rows))[0] not in ("econ_name", "func_name") or not all(
                    lk.kinds() <= {"concept", "column"} for lk in m.links if "value" not in lk.kinds()):
                return None
            role, name = next(iter(rows))
            out: dict[str, set[str]] = {}
            for doc_id, code in self.lex.conn.execute(
                    "SELECT DISTINCT doc_id, code FROM records WHERE key = ? AND name_role = ? AND code IS NOT NULL",
                    (norm(name), role)):
                out.setdefault(doc_id, set()).add(code)
            return out or None

        whole, part = codes(a), codes(b)
        if whole is None or part is None or set(part) - set(whole):
            return ms
        inside = all(any(c.startswith(w) and len(c) > len(w) for w in whole[d]) for d, cs in part.items() for c in cs)
        if not inside:
            return ms
        # the words that said where the class lies ('基本支出中，资本性支出里…') now say where the row lies
        return [Mention(tuple(lk for lk in a.links if "value" not in lk.kinds()) + b.links)]

    def _indicator_unit(self, r: Reading, chosen: list[Link], docs: frozenset[str] | None) -> list[Link]:
        """'哪些时效指标是按小时来算的': the unit said of indicators, as a filter of their unit column (the units
        the index holds for indicators of the documents in scope); nothing unless indicators are named."""
        if not any(t.role in DETAIL_ROLES or t.role == "indicator" for lk in chosen for t in lk.terms):
            return []
        m = named_pattern("indicator_unit_said").search(r.key)
        if m is None:
            return []
        held = self.lex.indicator_units.get(m["u"], frozenset())
        if not held or (docs and not held & docs):
            return []
        return [Link(m.start(), m.end(), m.group(0), (Term(m["u"], m["u"], "value", "ind_unit", "performance"),),
                     "exact", float(m.end() - m.start()))]

    def _shared_head(self, r: Reading, chosen: list[Link], docs: frozenset[str] | None) -> list[Link]:
        """'社区卫生服务中心用房修缮和设备购置这两个项目': the second of two projects said without the head it shares
        with the first (社区卫生服务中心设备购置), when the question calls them projects and one project's name is
        that head and the word said."""
        both = re.search(r"(两个|2个|俩|两项|2项)(项目|专项)", r.key)
        out = list(chosen)
        for a, b in zip(chosen, chosen[1:], strict=False):
            heads = {t.display for t in a.terms if t.kind == "value" and t.role == "project_name"}
            # ('…用房修缮项目比设备购置项目多多少': the second said as a project too)
            if len(heads) != 1 or any(t.kind == "value" and t.role == "project_name" for t in b.terms) or \
                    not re.fullmatch(r"(项目)?(和|与|跟|及|以及|、|比|较|减去|减|加上|加)", r.key[a.end : b.start]) or \
                    not (both or r.key.startswith("项目", b.end)):
                continue
            head = next(iter(heads))
            names = {t.display: t for t in self.lex.containing(b.text, docs) if t.kind == "value"
                     and t.role == "project_name" and t.display.endswith(b.text) and t.display != head
                     and head.startswith(t.display[: -len(b.text)]) and len(t.display) > len(b.text)}
            if len(names) == 1:
                out[out.index(b)] = Link(b.start, b.end, b.text, (next(iter(names.values())),), "partial", b.score)
        return out

    def _indicators_of(self, project: str, docs: frozenset[str] | None) -> list[str]:
        """The names of a project's performance indicators."""
        rows = self.lex.conn.execute(
            "WITH RECURSIVE below(doc_id, table_no, rec_no) AS (SELECT doc_id, table_no, rec_no FROM records "
            "WHERE key = ? AND name_role = 'project_name' UNION SELECT r.doc_id, r.table_no, r.rec_no FROM records r "
            "JOIN below b ON r.doc_id = b.doc_id AND r.table_no = b.table_no AND r.parent = b.rec_no) "
            "SELECT DISTINCT r.name, r.doc_id FROM records r JOIN below b USING (doc_id, table_no, rec_no) "
            "WHERE r.name_role = 'indicator'", (norm(project),)).fetchall()
        return [text for text, d in rows if text and (docs is None or d in docs)]

    def _has_project_rows(self, docs: Sequence[str] | None) -> bool:
        """Does a table of a document in scope list projects by name?"""
        return any(self.lex.conn.execute("SELECT 1 FROM records WHERE doc_id = ? AND name_role = 'project_name' "
                                         "LIMIT 1", (d,)).fetchone() for d in self.lex.docs if docs is None or d in docs)

    def _has_subunits(self, docs: frozenset[str] | None) -> bool:
        """Does a document in scope list units besides the department's own level (下属单位 rows)?"""
        for d, (dep, _y, _s) in self.lex.docs.items():
            if docs is not None and d not in docs:
                continue
            names = {t for (t,) in self.lex.conn.execute(
                "SELECT DISTINCT text FROM cells WHERE doc_id = ? AND role = 'unit_name' AND status = 'text'", (d,))}
            if any(n and "本级" not in n and n != dep and not re.fullmatch(r"合\s*计|总\s*计", n) for n in names):
                return True
        return False

    def _paraphrases(self, r: Reading, chosen: list[Link], docs: frozenset[str] | None) -> list[Link]:
        """Parts of the question no name explains, tried as a paraphrase of one name (fuzzy)."""
        covered = [False] * len(r.key)
        for s in r.spans:
            if any(lk.start < s.end and s.start < lk.end for lk in chosen):
                continue  # a rule word inside a name ('经费' of '物业保洁经费') is part of the name
            if s.kind in ("year", "rel", "approx") or s.label.startswith(("op:", "type:", "unit:", "each")):
                for i in range(s.start, s.end):
                    covered[i] = True
        for lk in chosen:
            # a department's name said (not a two-character word that may also stand for it: '卫生' of 社区卫生服务中心),
            # and a column asked of a row ('…运维费项目的项目责任人电话'): neither is part of a paraphrased name
            if "doc" in lk.kinds() and (lk.kinds() == {"doc"} or lk.how == "exact") or (
                    lk.how == "exact" and lk.kinds() == {"column"} and lk.end - lk.start >= 4
                    and all(t.role in ("owner", "phone") for t in lk.terms)):
                for i in range(lk.start, lk.end):
                    covered[i] = True
        fillers = [False] * len(r.key)
        bounds, at = {0}, 0
        for tok in tokens(r.key):
            at += len(tok)
            bounds.add(at)
        # (a name found is a word's edge too: '某局本单位的…', where the tokens run '局本' and '单位')
        bounds |= {x for lk in chosen for x in (lk.start, lk.end)}
        for s in r.spans:  # a filler word, not the same characters inside a word ('单位' of 事业单位, '项' of 项目)
            if s.label == "filler" and s.start in bounds and s.end in bounds:
                for i in range(s.start, s.end):
                    fillers[i] = True
        out = list(chosen)
        # (no paraphrase runs across the items of a list: '四个专项（甲、乙…）')
        stops = set(r.seps)
        for s in r.spans:  # (nor takes in the rows a list asks for: '哪些项目是通过某某来做的' asks 项目)
            if s.label == "op:list" and (noun := re.match(r"(?:个|些|几个|类|种)?(?:项目|科目|单位|专项)", r.key[s.end:])):
                stops.add(s.end + noun.end())
        i = 0
        while i < len(r.key):
            if covered[i]:
                i += 1
                continue
            j = i
            while j < len(r.key) and not covered[j] and not (j > i and j in stops):
                j += 1
            run = r.key[i:j]
            inside = [lk for lk in chosen if lk.start >= i and lk.end <= j and "doc" not in lk.kinds()]
            have = sum(lk.end - lk.start for lk in inside)
            content = "".join(ch for k, ch in enumerate(run) if not fillers[i + k] or any(
                lk.start <= i + k < lk.end for lk in inside))
            if len(content) >= 3 and have < len(content) - 1:
                fz = self.lex.fuzzy(content, i, docs)
                near = [lk for lk in chosen if lk.start < j and i < lk.end and "doc" not in lk.kinds()]
                if fz is not None and any(t.display == x.display for lk in near for t in lk.terms for x in fz.terms):
                    fz = None  # the same name, already found exactly (or by a word that reaches into the run)
                a, b = _matched_extent(run, fz.terms[0].term) if fz is not None else (0, 0)
                score = fz.score if fz is not None else 0.0
                for lk in inside:  # (a name the paraphrase's edge cuts into stays whole: '某苗圃那个…')
                    if lk.start < i + a < lk.end:
                        a = lk.end - i
                    if lk.start < i + b < lk.end:
                        b = lk.start - i
                trimmed = fz is not None and (a, b) != _matched_extent(run, fz.terms[0].term)
                if trimmed:
                    score = _overlap(run[a:b], fz.terms[0].term)[0] * 0.8  # (what it matches of the rest alone)
                # (a long one, six characters of a name or more, or one cut back to spare a name beside it, is
                # measured against the names it would cover, not one beside it: '…设备购置项目负责人是谁'; a short one
                # against every name of the run)
                # (and only for words of its own beyond those names, not generic ones: '某某发展这两个专项')
                rest = "".join(ch for k, ch in enumerate(run[a:b]) if not any(
                    lk.start <= i + a + k < lk.end for lk in inside))
                own = fz is not None and _overlap(_GENERIC_RE.sub("", rest), fz.terms[0].term)[0] >= 3
                if fz is not None and b > a and score > (have if not trimmed and (score < 4.8 or not own) else sum(
                        lk.end - lk.start for lk in inside if i + a <= lk.start and lk.end <= i + b)):
                    if any(lk.how == "exact" and i + a <= lk.start and lk.end <= i + b and
                           not _in_order(lk.text, fz.terms[0].term) for lk in inside):
                        i = j  # it would swallow another name the question gives exactly ('…扣掉基本支出')
                        continue
                    joins = [w for w in _AND_WORDS if w not in fz.terms[0].term]  # ('…购置及运行费' says its 及)
                    if any(lk.how == "exact" and i + a <= lk.start and lk.end <= i + b and (
                            r.key[lk.end:lk.end + 1] in joins and lk.end + 1 < i + b or
                            r.key[lk.end:lk.end + 2] in joins and lk.end + 2 < i + b or
                            r.key[lk.start - 1:lk.start] in joins and lk.start - 1 > i + a) for lk in inside):
                        # names joined by 和 ('事业单位医疗和其他医疗'): each its own, never one paraphrase across them
                        out += self._gaps(r.key, i, j, inside, fillers, docs)
                        i = j
                        continue
                    if any(w in content and w not in fz.terms[0].term and w[1] in fz.terms[0].term for w in _WORDS_CUT):
                        # a paraphrase that starts inside a word of the question ('类级科目支出' is no 项目支出: 目 is
                        # 科目's): not a name the question gives
                        i = j
                        continue
                    if not fz.terms[0].term.startswith(run[a : a + 1]) and any(
                            lk.kinds() == {"doc"} and lk.how == "exact" and lk.end == i + a and _place(lk.text)
                            and lk.text not in fz.terms[0].term for lk in chosen):
                        # a place said right before a name's tail is another name's head ('海淀公园管理处' is no
                        # 某公园管理处): the name the question gives is not in the document
                        i = j
                        continue
                    # the names it covers give way to it; a name beside it in the run stays ('…有联系电话吗')
                    out = [lk for lk in out if lk not in inside or lk.end <= i + a or lk.start >= i + b]
                    out.append(replace(fz, start=i + a, end=i + b, text=run[a:b]))
                elif len(inside) >= 2:  # a list of names ('养老保险、职业年金、职工医保'): each gap on its own
                    out += self._gaps(r.key, i, j, inside, fillers, docs)
            i = j
        return out

    def _gaps(self, key: str, i: int, j: int, inside: list[Link], fillers: list[bool],
              docs: frozenset[str] | None) -> list[Link]:
        """Paraphrased names in the gaps between the names a run of the question gives ('职业年金' of 职业年金缴费
        between 养老保险 and 医保)."""
        out = []
        edges = [i, *sorted(x for lk in inside for x in (lk.start, lk.end)), j]
        for a, b in zip(edges[::2], edges[1::2], strict=False):
            keep = [k for k in range(a, b) if not fillers[k]]
            if len(keep) < 3:
                continue
            gap = key[keep[0] : keep[-1] + 1]  # the gap without the filler words at its ends ('和')
            lead = re.match(r"(?:的|里面|里头|当中|之中|里|中)*", gap).end()  # ('…基金里某某公园': where, not a name)
            gap, keep = gap[lead:], keep[lead:]
            if len(gap) < 3:
                continue
            fz = self.lex.fuzzy(gap, keep[0], docs)
            if fz is None or any(t.display == x.display for lk in inside for t in lk.terms for x in fz.terms):
                continue
            s, e = _matched_extent(gap, fz.terms[0].term)
            out.append(replace(fz, start=keep[0] + s, end=keep[0] + e, text=gap[s:e]))
        return out

    def _part_of_names(self, r: Reading, words: tuple[str, ...], docs: frozenset[str] | None, *,
                       text: bool = False) -> list[Link]:
        out = []
        # a piece of a department's own name ('园林' of 园林绿化局) names the department, not one of its figures
        depts = [dep for d, (dep, _y, _s) in self.lex.docs.items() if docs is None or d in docs]
        words = tuple(w for w in words if not any(w in dep for dep in depts))
        unread = {i for w in words for m in re.finditer(re.escape(w), r.key) for i in range(m.start(), m.end())}
        for word in words:
            # the word, or the word without a verb glued to it ('买某会议终端' -> 某会议终端), or its parts
            for w in dict.fromkeys([word, word[1:], word[:-1], *(t for t in tokens(word) if len(t) >= 2)]):
                if len(w) < 2:
                    continue
                # a two-character word names narrative figures only ('在职'); a longer one may name a row; so does
                # a short one said as a project's ('某某那个项目'), when one project's name holds it
                said_project = any(re.match(r"(的)?(那个|这个|那项|这项)?(项目|专项)", r.key[m.end():])
                                   for m in re.finditer(re.escape(w), r.key))
                # '保安这块', '保安和物业这两块': a part of the spending, when one project's name is the only row
                # name that holds the word (besides that project's own indicators)
                said_block = len(w) < 3 and any(re.match(r"(和|与|跟|、)?[\u4e00-\u9fff]{0,3}?(这|那)(一|两|几)?块",
                                                         r.key[m.end():]) for m in re.finditer(re.escape(w), r.key))
                if said_block and not said_project:
                    rows = [t for t in self.lex.containing(w, docs) if t.kind == "value" and t.role not in DETAIL_ROLES]
                    said_project = len({t.display for t in rows}) == 1 and rows[0].role == "project_name"
                # '苗圃那家': a unit said in short, when one unit's name holds it
                said_unit = any(re.match(r"(那家|这家|那个单位|这个单位)", r.key[m.end():])
                                for m in re.finditer(re.escape(w), r.key))
                kinds = ("fact",) if len(w) < 3 and not said_project and not said_unit else ("fact", "value")
                terms = [t for t in self.lex.containing(w, docs) if t.kind in kinds]
                if said_unit:
                    units = [t for t in terms if t.kind == "value" and t.role == "unit_name"]
                    short = min((t.display for t in units), key=len, default="")
                    one = bool(units) and all(short in t.display for t in units)  # one unit, named in several forms
                    terms = [t for t in units if t.display == short] if one else []
                if len(w) < 3 and said_project:
                    terms = [t for t in terms if t.kind == "fact" or t.role == "project_name"]
                    if len({t.display for t in terms if t.kind == "value"}) > 1:
                        terms = [t for t in terms if t.kind == "fact"]
                if text:  # a descriptive question: only a project it names by part ('某会议终端')
                    terms = [t for t in terms if t.role == "project_name"] if len(w) >= 4 else []
                terms = _said_most(terms, w, r.key)
                if not terms or len({t.display for t in terms}) > 8:
                    continue
                for m in re.finditer(re.escape(w), r.key):
                    # (grown back over the characters before it that every name it stands for also says: '促' of
                    # '预算中促消费', which the segmenter cut as 中促; a word's tail is left to the words after it)
                    a, b = m.start(), m.end()
                    while a > 0 and m.start() - a < 2 and a - 1 in unread and \
                            all(r.key[a - 1 : b] in t.display for t in terms):
                        a -= 1
                    out.append(Link(a, b, r.key[a:b], tuple(terms), "partial", float(b - a) * 0.7))
                break
            else:
                out += self._widened(r, word, docs)
        return out

    def _widened(self, r: Reading, word: str, docs: frozenset[str] | None) -> list[Link]:
        """'出几份专项审计报告': a short word no name holds alone, widened over the filler words beside it into
        the longest run of the question that one row's name holds (形成某某报告)."""
        filler = [False] * len(r.key)
        for s in r.spans:
            if s.label == "filler":
                for i in range(s.start, s.end):
                    filler[i] = True
        out = []
        for m in re.finditer(re.escape(word), r.key):
            a0, b0 = m.start(), m.end()
            while a0 > 0 and filler[a0 - 1] and m.start() - a0 < 4:
                a0 -= 1
            while b0 < len(r.key) and filler[b0] and b0 - m.end() < 4:
                b0 += 1
            runs = sorted(((a, b) for a in range(a0, m.start() + 1) for b in range(m.end(), b0 + 1) if b - a >= 4),
                          key=lambda ab: ab[0] - ab[1])
            for a, b in runs:
                terms = [t for t in self.lex.containing(r.key[a:b], docs) if t.kind == "value"]
                if terms and len({t.display for t in terms}) == 1:
                    out.append(Link(a, b, r.key[a:b], tuple(terms), "partial", float(b - a) * 0.7))
                    break
        return out

    def _foreign_org(self, r: Reading, chosen: list[Link]) -> str | None:
        """An organisation the question names (…局, …委员会, …街道) that no document of the index is."""
        for m in _ORG.finditer(r.key):
            name = _ORG_LEAD.sub("", m.group(1))  # ('请问', '除了', '和', …: words before it, never its name)
            name = _ORG_SAID_OF.sub("", name)  # '预算里说街道一共有几辆车': the organisation said of is none
            name = _ORG_SET_ASIDE.sub("", name)  # '…预算除了街道本部'
            start = m.end(1) - len(name)
            wraps = sorted((sp.start, sp.end) for sp in r.spans if sp.label == "filler" and sp.end - sp.start >= 2
                           and not re.search(r"[省市区县镇乡]", r.key[sp.start : sp.end]))  # (a place is no wrapping)
            for a, b in wraps:  # '想知道街道…': the words a speaker wraps it in (whole words, never '上' of 上海)
                if a <= start < b and b - start < len(name) and not _generic(name):
                    name, start = name[b - start :], b
            if len(name) < 3 or _generic(name) or _ORG_OWN.search(name):
                continue  # ('街道办' alone, '占全局', '本局': the department the question is about)
            s, e = m.start(1) + (len(m.group(1)) - len(name)), m.end(1)
            if any(lk.start <= s and lk.end >= e for lk in chosen):
                continue
            if any(lk.start < e and lk.end > s and ("doc" in lk.kinds() or lk.kinds() & {"value"}) for lk in chosen):
                foreign = self._foreign_within(r, chosen, name, s, e)
                if foreign is not None:
                    return foreign
                continue
            if self._kind_of_indexed(name, r.key[:s]):
                continue
            if any(self.lex.conn.execute("SELECT 1 FROM paragraphs WHERE text LIKE ? LIMIT 1", (f"%{name[i:]}%",))
                   .fetchone() for i in range(max(1, len(name) - 2))):
                # '区财政局对某项目的绩效评价': an organisation the documents themselves speak of (said right after
                # other words: '…扶贫项目，区财政局…')
                continue
            return name
        return None

    def _foreign_within(self, r: Reading, chosen: list[Link], name: str, s: int, e: int) -> str | None:
        """Part of an organisation's name (key[s:e]) names a department or a unit of the index: the words that are
        another organisation, decided once from the links over it. Department links in a row with nothing between
        that joins them, which no one document shares, are the place of one and the organisation of another
        ('putuo区卫健委'); joined ('真如镇街道和万里街道'), each is its own department of the index. Else the words
        no link covers, when they name a place ('某区' before an indexed bureau's name)."""
        over = [lk for lk in chosen if lk.start < e and lk.end > s]
        docs = sorted((lk for lk in over if lk.kinds() == {"doc"}), key=lambda lk: lk.start)
        pieces = [{d for t in lk.terms if t.kind == "doc" for d in t.docs} for lk in docs]
        joined = any(_ORG_JOIN.search(r.key[x.end : y.start]) for x, y in zip(docs, docs[1:], strict=False))
        if len(pieces) >= 2 and not set.intersection(*pieces) and not joined:
            return r.key[min(lk.start for lk in over) : e]
        rest = "".join(ch for k, ch in enumerate(name, s) if not any(lk.start <= k < lk.end for lk in chosen))
        if len(rest) >= 2 and not _generic(rest) and re.search(r"[区县市省镇乡]", rest):
            return name
        return None

    def _kind_of_indexed(self, name: str, before: str) -> set[str]:
        """'两个上海街道': a kind of organisation in a place, which documents of the index are (not one org)."""
        bare = re.sub(r"^(?:两|三|四|几|各|\d+)?(?:个|家)", "", name)
        counted = bare != name or re.search(r"(?:两|三|四|几|各|\d+)(?:个|家)?$", before)
        m = re.fullmatch(r"([\u4e00-\u9fff]{2,6}?)(街道办事处|街道|办事处|委员会|局|委)", bare)
        if not (m and counted):
            return set()
        return {d for d, (dep, _y, _s) in self.lex.docs.items() if m.group(1) in dep and m.group(2) in dep}

    # ------------------------------------------------------------------------------------------ mentions

    def mentions(self, u: Understanding) -> list[Mention]:
        """The figures the question mentions, in order (links joined unless a separator stands between)."""
        links = [lk for lk in u.links if "doc" not in lk.kinds()]  # a department's own name scopes; it is no figure
        out: list[list[Link]] = []
        key = u.reading.key
        share = u.reading.has("op:share") or u.reading.has("op:share_of")
        seen: list[tuple[set, int]] = []
        parted = [sp.start for sp in u.reading.spans if sp.label == "op:share_of"]
        for lk in links:
            names = {(t.kind, t.display) for t in lk.terms if t.kind in ("value", "concept")}
            # (said again across 占, it is the whole: 'A的一般公共预算拨款占全局一般公共预算拨款的比例')
            again = [s for s, at in seen if not any(at < x <= lk.start for x in parted)]
            if names and any(names <= s or (s and s <= names) for s in again) and lk.how != "exact" or (
                    names and any(names == s for s in again)):
                continue  # the same thing named twice ('开会的钱，也就是会议费')
            if names:
                seen.append((names, lk.start))
            if out:
                prev = out[-1][-1]
                between = key[prev.end : lk.start]
                same = {t.role for t in prev.terms if t.kind == "concept"} & {t.role for t in lk.terms
                                                                               if t.kind == "concept"}
                if same and prev.kinds() == {"concept"} and lk.kinds() == {"concept"} and not re.search(
                        r"(和|与|及|、|比|占|较)", between):
                    continue  # the same figure named twice ('部门收入预算总额')
                if share and re.search(r"(在|于|里|中|内)", between) or len(between) <= 1 and any(
                        prev.end <= x <= lk.start for x in u.reading.seps):  # ('A、B': a list's items, each its own)
                    out.append([lk])
                    continue
                if any(sp.label in ("op:share_of", "op:except", "neg:pre", "only") and prev.end <= sp.start and sp.end <= lk.start
                       for sp in u.reading.spans):
                    # 'A占B' / 'A吃掉了B的百分之几': the share's verb parts the two; so does 除了 ('按功能分类看，除了A')
                    out.append([lk])
                    continue
                if _detail_of(prev, lk) and not re.search(r"(和|与|及|、|跟|同|还有|加上|或|对比|相比|比|较|占)", between):
                    out[-1].append(lk)  # '某经费，目标是保障多少人某事': the project's own indicator
                    continue
                if _PART_OF.fullmatch(between) and not _same_kind_pair(prev, lk):
                    out[-1].append(lk)  # '社保支出里有多少是项目支出': the part named of the whole, one figure
                    continue
                if not _SEPARATORS.search(between) and not _same_kind_pair(prev, lk):
                    out[-1].append(lk)
                    continue
            out.append([lk])
        return [Mention(tuple(m)) for m in out]

    # ------------------------------------------------------------------------------------------ targets

    def asked(self, u: Understanding) -> str:
        """The answer type a question asks, seeing what it names (`answer_asked` over its mentions' targets)."""
        return answer_asked(u.reading, [self.targets(m, u.reading) for m in self.mentions(u)])

    def targets(self, m: Mention, r: Reading) -> list[Target]:
        """The ways a mention can be read as a figure, best first."""
        m = _classified(m, r)
        values = [lk for lk in m.links if _strong_value(lk)]
        if len(m.links) == 1 and values and _many_names(values[0]):
            narrowed = _named_first(values[0])
            # '社保' -> the row whose name begins with 社会保障 (社会保障和就业支出, never 其他社会保障和就业支出);
            # '运维费' said alone: a word several different rows hold inside is none of them
            m = Mention((narrowed,)) if narrowed is not None else m
            values = [narrowed] if narrowed is not None else []
        elif narrowed_all := {id(v): n for v in values
                              if _many_names(v) and _classes_only(v) and (n := _named_first(v)) is not None}:
            # (said with other words too, '社保就业这一块，基本支出': the class whose name begins with the word meant,
            # never another that holds it)
            m = Mention(tuple(narrowed_all.get(id(lk), lk) for lk in m.links))
            values = [narrowed_all.get(id(v), v) for v in values]
        asked = _answer_type(r)
        form = []  # the links that name rows of a form only ('部门（单位）负责人', '联系电话')
        if asked in ("person", "phone") and values and all(
                t.role == "field" for lk in values for t in lk.terms if t.kind == "value"):
            # '部门负责人的联系电话': of a form's rows, the one that says the kind of answer asked
            says = _says_phone if asked == "phone" else _says_person
            form = [lk for lk in m.links if any(t.kind == "value" and t.role == "field" for t in lk.terms)]
            fit = [lk for lk in form if any(says(t.display) for t in lk.terms if t.kind == "value")]
            values = fit[-1:] if fit else values
            form = form if fit else []
        others = [lk for lk in m.links if lk not in values and lk not in form]
        columns = [t for lk in others for t in lk.terms if t.kind == "column"]
        concept_terms = [t for lk in others for t in lk.terms if t.kind == "concept"]
        tables = [t.table_kind for lk in m.links for t in lk.terms if t.kind == "table"]
        facts = [t for lk in m.links if lk.how in ("exact", "fuzzy") for t in lk.terms if t.kind == "fact"]
        loose_facts = [lk.alias or lk.text for lk in m.links if lk.how in ("synonym", "partial")
                       and lk.kinds() & {"fact"} and not (len(m.links) == 1 and _many_names(lk))]
        out: list[Target] = []
        measure = _measure(columns, concept_terms, bool(values))
        # a column that names the kind of a value given beside it ('<电话号码>这个电话') is no column asked
        given = {t.role for v in values for t in v.terms if t.kind == "value"}
        # ('整个合同的预算金额': a column said before 的 and an amount column describes the amount, is not asked)
        said_cols = [lk for lk in others if any(t.kind == "column" for t in lk.terms)]
        describing = [a for a, b in zip(said_cols, said_cols[1:], strict=False) if r.key[a.end:b.start] == "的" and
                      any(t.kind == "column" and t.role in kinds.amount_roles() for t in b.terms)]
        # ('某项目，某指标的绩效目标定的是多少': an indicator named, its target value is the goal asked)
        indicator_named = "indicator" in given
        attribute = _attribute([c for lk in others if lk not in describing for c in lk.terms
                                if c.kind == "column" and c.role not in given
                                and not (indicator_named and c.role == "goal")], r)
        # '给老同志的其他对个人和家庭的补助': a narrative figure's word beside a row names whose share of the row is
        # meant; no table row is that part, so the row is no reading of it
        # (so is a word of the text beside a row named only in other words: '某某专项扶持资金' is no 支持…支出 row)
        loose = bool(values) and all(v.how == "synonym" and len(v.text) <= 2 for v in values)
        modifier = [lk for lk in m.links if lk.kinds() == {"fact"} and (
                    lk.how == "synonym" and not any(lk.text in t.display for v in values for t in v.terms)
                    or lk.how in ("partial", "exact") and loose and not any(
                        lk.text in t.display for v in values for t in v.terms if t.kind == "value"))]
        if values and not modifier:
            readings = []
            for filters, kind in self._filters(values, tables[0] if tables else None):
                readings.append((*_nest(filters), kind))
                swapped = _nest(tuple(reversed(filters)))
                if swapped[1]:  # which of two names is the parent is the table's to say ('住房公积金（住房改革支出）')
                    readings.append((*swapped, kind))
            as_column = [lk for lk in values if any(t.kind == "column" and t.role in kinds.amount_roles()
                                                    for t in lk.terms)]
            if not readings and as_column and len(values) > len(as_column):
                # no table holds both names: the one that is also a column is the column of the other's row
                # ('某下属单位的一般公共预算拨款')
                rest = [lk for lk in values if lk not in as_column]
                measure = next(t.role for t in as_column[0].terms if t.kind == "column" and t.role in kinds.amount_roles())
                for filters, kind in self._filters(rest, tables[0] if tables else None):
                    readings.append((*_nest(filters), kind))
            # a figure named beside the rows that no column of theirs is ('某单位自己的政府采购预算'): only its own
            # table's rows answer it, never the rows' totals
            unused = [lk for lk in others if "concept" in lk.kinds() and not _is_weak(lk) and not any(
                t.kind == "column" and t.role in kinds.amount_roles() for t in lk.terms) and not any(
                _CONCEPT_ROLE.get(t.role or "") or _is_whole(t.role or "") for t in lk.terms if t.kind == "concept")]
            homes = {c[0] for lk in unused for t in lk.terms if t.kind == "concept"
                     for c in [_concept_table(t.role or "")] if c}
            for filters, within, kind in readings:
                if unused and kind not in homes:
                    continue
                info = kinds.role(measure) if measure else None
                here = None if info and info.names_own_amount(kind) else measure  # '今年预算' of a project
                own = kinds.kind_info(kind) if kind else None
                if here and own and here in own.is_of:  # '一般公共预算基本支出里，物业管理费': the row's own amount
                    # (or another column named beside it; never another reading of the words that named the source)
                    source_words = {norm(w) for x in own.is_of for info in [kinds.role(x)] if info
                                    for w in (info.label, *info.synonyms)}
                    said_as_source = {id(lk) for lk in others if norm(lk.alias or lk.text) in source_words}
                    here = next((t.role for lk in others if id(lk) not in said_as_source for t in lk.terms
                                 if t.kind == "column" and t.role in kinds.amount_roles() and t.role != "total"
                                 and t.role not in own.is_of), None)
                used = {f.span for f in (*filters, *within)}
                said_cols = [[t for t in lk.terms if t.kind == "column"] for lk in m.links if (lk.start, lk.end) not in used]
                if not _all_measures_read([c for c in said_cols if c], here, own):
                    continue  # '某单位一般公共预算拨款中项目支出': a table with one of the two columns answers half
                t = Target(table_kind=kind, filters=filters, within=within, measure=here, side=None)
                groups = tuple(f for f in filters if f.role in GROUP_ROLES)
                details = tuple(f for f in filters if f.role in DETAIL_ROLES)
                if attribute:
                    t = replace(t, attribute=attribute, within=filters, filters=(), measure=None, table_kind=None)
                elif groups and details:  # a project's indicator: its value
                    t = replace(t, attribute="ind_value", within=groups, filters=details, measure=None,
                                unit=_measure_word(r))
                elif details and all(f.role == "indicator" and len({t.display for lk in m.links if (
                        lk.start, lk.end) == f.span and lk.how != "partial" for t in lk.terms
                        if t.role == "indicator"}) == 1 for f in details) \
                        and (_measure_word(r) or _answer_type(r) in ("count", "percent", "headcount")):
                    # '开展健康科普讲座多少场', naming no project: the one indicator its words name, its value (not the
                    # money of the project that sets it), refused when several projects set one of that name
                    t = replace(t, attribute="ind_value", within=(), filters=details, measure=None, table_kind=None,
                                unit=_measure_word(r))
                out.append(t)
        last = m.links[-1]
        part_named = False  # a column of the table named before it: the whole (the table's concept) is no answer
        head = _plain_first([t for t in last.terms if t.kind == "column" and t.role in kinds.amount_roles()])
        if head and len(m.links) > 1 and (not values and last.kinds() <= {"column", "fact"} or values == [last]) \
                and (concept_terms or tables):
            # '三公经费中公务用车运行费': the column named last is the figure, in the table named before it (first,
            # when the name is also a row of another table: '三公经费预算中公务接待费')
            table = tables[0] if tables else None
            if table is None:
                c = _concept_table(concept_terms[0].role or "")
                table = c[0] if c else None
            if not values:
                out.append(Target(table_kind=table, measure=head[0].role, filters=()))
                info = kinds.role(head[0].role)
                part_named = bool(info and table in info.kinds and not info.elsewhere)  # (a column of that table)
            elif table is not None and any(t.table_kind == table for t in head):
                out.insert(0, Target(table_kind=table, measure=head[0].role, filters=()))
        if concept_terms and not values:
            name = concept_terms[0].role
            wider = measure and _CONCEPT_ROLE.get(name or "") and _narrower(measure, _CONCEPT_ROLE[name or ""])
            if (len({c.role for c in concept_terms}) == 1 or not measure) and not wider and not part_named:
                # (never the whole when a part of it is named: '项目支出扣除基建项目后的预算数')
                out.append(Target(concept=name))
        amount_cols = [t for t in columns if t.role in kinds.amount_roles()]
        if amount_cols and not values and not attribute and (not concept_terms or set_of(r) in GROUP_ROLES):
            # a column named alone ('公务用车购置费'): the one-row table that has it, or its total row; a name that is
            # also a whole figure is the rows' column when rows are asked for ('哪些项目用了政府性基金预算')
            role = measure or amount_cols[0].role
            own = [t for t in amount_cols if t.table_kind in _PROJECT_TABLES]
            if len({t.role for t in amount_cols}) > 1 and own and set_of(r) == "project_name":
                role = own[0].role  # ('哪些项目有单位资金': the projects table's column of that name)
            out.append(Target(table_kind=tables[0] if tables else None, measure=role, filters=()))
        if tables and not out and not values and not columns and not concept_terms and not facts and \
                (total := re.match(r"(?:里|中|的)?(合计|总计)", r.key[m.links[-1].end :])):
            # '表七合计是多少': the table's own total row, said right after the table
            out.append(Target(table_kind=tables[0], filters=(Filter("name", total.group(1), tables[0]),)))
        weak = [lk for lk in m.links if lk not in values and lk.kinds() & {"value"} and not _many_names(lk)]
        if weak and not out:
            for filters, kind in self._filters(weak, tables[0] if tables else None):
                out.append(Target(table_kind=kind, filters=filters, measure=measure))
        # a name that is also a column elsewhere ('公务接待费': a row of one template, a column of another)
        for lk in values:
            cols = [t for t in lk.terms if t.kind == "column" and t.role in kinds.amount_roles()]
            own = [t for t in cols if t.table_kind and kinds.kind_info(t.table_kind) is not None
                   and kinds.kind_info(t.table_kind).discloses]
            if own and len(m.links) == 1 and not re.search(r"(经济分类|基本支出|商品和服务|表[一二三四五六七八九十])", r.key):
                # '公务接待费': the table that discloses it (三公) before the economic row of the same name
                out.insert(0, Target(table_kind=own[0].table_kind, measure=own[0].role, filters=()))
            elif cols and len(m.links) == 1:
                out.append(Target(measure=cols[0].role, filters=()))
            cons = [t for t in lk.terms if t.kind == "concept"]
            if cons and len(m.links) == 1:
                out.append(Target(concept=cons[0].role))
        if facts or loose_facts:  # a paraphrase names a narrative figure by the question's own words
            labels = tuple(dict.fromkeys([t.display for t in facts] + loose_facts))
            # ('给小微企业预留了多少': 预留 read loosely as one figure, 小微企业 as another whose label says both words):
            # the one figure whose label holds every word said of a figure
            said_facts = [lk.alias if lk.how == "synonym" and lk.alias else lk.text for lk in m.links
                          if lk.kinds() == {"fact"}]
            covering = list(dict.fromkeys(t.display for lk in m.links for t in lk.terms if t.kind == "fact" and all(
                norm(w) in norm(t.display) for w in said_facts)))
            if len(said_facts) >= 2 and len(covering) == 1 and not values:
                labels = (covering[0],)
            # a row named beside it ('某下属单位在职人员') must be what the sentence speaks of
            # (as the text names it: '某养护项目' said for 某养护管理 is that name in the sentence)
            named = tuple(dict.fromkeys(lk.alias if lk.how == "synonym" and lk.alias and any(
                t.display == lk.alias and t.role == "project_name" for t in lk.terms) else lk.text for lk in values))
            fact = Target(fact=labels, context=named)
            told = [lk for lk in m.links if lk.kinds() == {"fact"}]
            inner = [(a, b) for a, b in zip(told, told[1:], strict=False)
                     if re.fullmatch(rf"(的)?{_IN}(的)?", r.key[a.end : b.start])]
            if inner:  # '实际人数里在职的': the part, in the sentence of the whole said before it (never the whole)
                whole = inner[-1][0]
                parts = [lk for lk in told if lk.start >= whole.end]
                fact = Target(fact=tuple(dict.fromkeys(
                    [t.display for lk in parts if lk.how in ("exact", "fuzzy") for t in lk.terms if t.kind == "fact"]
                    + [lk.alias or lk.text for lk in parts if lk.how not in ("exact", "fuzzy")])),
                    context=(*named, next((t.display for t in whole.terms if t.kind == "fact"), whole.text)
                             if whole.how in ("exact", "fuzzy") else whole.alias or whole.text))
            said = [lk.text for lk in m.links if "concept" in lk.kinds()]
            shown = {t.display for lk in m.links for t in lk.terms if t.kind == "fact"}
            if said and any(all(_in_order(w, label) for w in said) and len(label) > len(said[0]) for label in shown):
                # the narrower figure of a named one ('政府采购里留给小微企业的'): it first; when the question says the
                # narrowing words itself (other names than the whole's), it alone, never the whole instead
                narrowing = [lk for lk in m.links if "concept" not in lk.kinds() and lk.kinds() & {"fact"}]
                out = [fact] + [t for t in out if not (t.concept and narrowing)]
            else:
                # a word said beside a named figure that only some narrative figure's name holds ('苗圃…收入预算'):
                # it narrows the figure, so the figure's own total alone answers another question
                loose = [lk for lk in m.links if lk.how == "partial" and lk.kinds() == {"fact"}]
                # ('项目总预算里某一块分到多少': a figure the text states, named as a part of the named one)
                named_in = [lk for lk in m.links if "concept" in lk.kinds()]
                loose += [lk for lk in m.links if lk.kinds() == {"fact"} and any(
                    c.end <= lk.start and re.fullmatch(rf"(的)?{_IN}(的)?", r.key[c.end : lk.start])
                    for c in named_in)]
                if said and loose and not values:
                    out = [t for t in out if not t.concept]
                out.append(fact)
        elif len(m.links) == 1 and m.links[0].kinds() == {"column"} and amount_cols and not attribute:
            # a column no table of this document has ('公务用车' where only the text states it): the text's figure
            lk = m.links[0]
            asked = _answer_type(r)  # its money, or the count asked of it ('公务用车几辆')
            # the document's word ('公车': 公务用车), or a word between ('公车' -> 车辆 -> 公务用车: '共有车辆8辆')
            said = [b for a, b in self.lex.expand if a == lk.text and b != (lk.alias or lk.text)]
            for word in dict.fromkeys((lk.alias or lk.text, *said)):  # each a reading of its own, in that order
                out.append(Target(fact=(word,), fact_kind=asked if asked in ("count", "headcount") else "amount"))
        # (a row's name that also heads a project's own section, said with that section's total: '某项目总预算')
        total_said = any(t.kind == "concept" and t.role == "项目总预算" for lk in m.links for t in lk.terms)
        sectioned = [lk for lk in m.links if lk.kinds() == {"section"} or total_said and "section" in lk.kinds()]
        sections = tuple(dict.fromkeys(t.display for lk in sectioned for t in lk.terms if t.kind == "section"))
        if sections and total_said and any(lk.kinds() != {"section"} for lk in sectioned):
            said = {lk.text for lk in sectioned}
            out = [Target(concept="项目总预算", section=sections)] + [
                replace(t, context=tuple(c for c in t.context if c not in said)) for t in out if t.fact]
        if sections:
            # a narrative section named (a project's 经费情况说明): its figures, or the total it states
            out = [replace(t, section=sections) if t.fact or t.concept else t for t in out]
            if not out or all(t.measure and not (t.filters or t.within or t.concept or t.fact) for t in out):
                # ('某专项经费今年预算多少': the column word says which amount; the section's total is it)
                out.append(Target(concept="项目总预算", section=sections))
            elif r.has("op:sum") and any(re.search(r"季度", w) for t in out for w in t.fact):
                # '每个季度用款全年合计多少': the parts summed, the section's total
                out.insert(0, Target(concept="项目总预算", section=sections))
        # '某项目里，某一块…': a part the text states of a row or section named before it with 里/中 is what is
        # asked, in that section's text (never the row's own total)
        # (so is a label the text states said right after it: '某项目某一块', '某单位编制')
        inner = [v for v, f in zip(m.links, m.links[1:], strict=False) if f.kinds() == {"fact"} and v.kinds() &
                 {"value", "section"} and (re.fullmatch(rf"(的)?(项目|专项|经费)?(的)?{_IN}(的)?", r.key[v.end : f.start])
                                           or f.how == "exact" and r.key[v.end : f.start] in ("", "的"))]
        if inner and any(t.fact for t in out):
            secs = tuple(t.display for t in inner[-1].terms if t.kind == "section")
            out = [replace(t, section=t.section or secs, context=tuple(c for c in t.context if c != inner[-1].text))
                   if secs else t for t in out if t.fact]  # (the section says whose it is, not the sentence)
        words = tuple(dict.fromkeys(lk.text for lk in m.links))
        if asked in ("person", "phone"):
            # a row of a form that holds its own answer ('部门（单位）负责人', '联系电话'): the text it holds, of the
            # row whose name says that kind of answer
            says = _says_phone if asked == "phone" else _says_person
            fields = []
            for t in out:
                rows = t.within + t.filters
                if rows and all(f.role == "field" for f in rows) and not t.concept and not t.fact:
                    rows = tuple(f for f in rows if says(f.value))
                    if rows:
                        fields.append(replace(t, attribute="value", within=rows[-1:], filters=(), measure=None,
                                              table_kind=None))
                    continue
                fields.append(t)
            out = fields
        return [replace(t, words=words) for t in out]

    def _filters(self, values: list[Link], table_hint: str | None) -> list[tuple[tuple[Filter, ...], str | None]]:
        """Filters for the value links, with the table kind they share (several readings, best first)."""
        per_link: list[list[Term]] = []
        for lk in values:
            terms = [t for t in lk.terms if t.kind == "value"]
            # a subject's figure over all funds (the expenditure table) before one fund's (一般公共预算 …)
            terms.sort(key=lambda t: (_TERM_RANK.get(t.role or "", 8), _KIND_RANK.get(t.table_kind or "", 2)))
            per_link.append(terms)
        kinds_seen: list[str | None] = []
        if table_hint:
            kinds_seen.append(table_hint)
        for terms in per_link:
            for t in terms:
                k = None if t.table_kind == "subjects" else t.table_kind
                if k not in kinds_seen:
                    kinds_seen.append(k)
        readings: list[tuple[tuple[Filter, ...], str | None]] = []
        for kind in kinds_seen:
            filters: list[Filter] = []
            ok = True
            for lk, terms in zip(values, per_link, strict=True):
                pick = [t for t in terms if t.table_kind == kind] or [t for t in terms if t.table_kind == "subjects"]
                if not pick:
                    ok = False
                    break
                t = pick[0]
                code = t.refs[0] if t.table_kind == "subjects" and t.refs else None
                filters.append(Filter(t.role or "name", t.display, kind, code, lk.span))
            if ok and filters:
                readings.append((tuple(filters), kind if kind != "subjects" else None))
        # names that no one table holds together make no figure: better 未找到 than one of them alone
        return readings

    # ------------------------------------------------------------------------------------------ plans

    def plans(self, u: Understanding) -> list[Plan]:
        """Candidate plans for the question, best first (the engine runs them in order)."""
        if set_of(u.reading) in ("econ_name", "func_name") and (u.reading.has("op:list") or u.reading.has("op:count")) \
                and not u.reading.has("op:share_of") and any(_names_the_scheme(lk) for lk in u.links):
            # ('基本支出经济分类里，…的款级科目有哪些': the classification said is the rows asked, no column of them)
            u = replace(u, links=tuple(lk for lk in u.links if not _names_the_scheme(lk)))
        r = u.reading
        out = [p for p in self._candidates(u) if not any(c.drops(p, u) for c in _PLAN_CHECKS)]
        said = re.sub(r"[\s？?。！!]", "", r.raw or r.key)  # (a follow-up as the user said it: '其中货物类占多少')
        if (named_pattern("part_amount_asked").search(r.key) or named_pattern("part_amount_asked").search(said)) and \
                not named_pattern("ratio_words").search(r.key):
            # '其中货物类占多少': how much of the whole the part is, as money; a share is asked with 比例/几成/百分之几
            out = [p.parts[0] if p.op == "share" and p.parts and p.parts[0] is not None and p.parts[0].op == "lookup"
                   else p for p in out]
        return out

    def _candidates(self, u: Understanding) -> list[Plan]:
        r = u.reading
        ms = self.mentions(u)
        # a mention that only names a column to report (负责人, 电话) asks about the mention before it
        asked_cols = [m for m in ms if _only_attribute(m) and not _describes_value(r, m, u.links)]
        ms = [m for m in ms if not (_only_attribute(m) and _describes_value(r, m, u.links))]
        if asked_cols and len(asked_cols) < len(ms):
            ms = [m for m in ms if m not in asked_cols]
            asked = {"owner": "type:person", "phone": "type:phone", "term": "type:period"}
            extra = {asked[t.role] for m in asked_cols for lk in m.links for t in lk.terms
                     if t.kind == "column" and t.role in asked}
            r = replace(r, spans=r.spans + tuple(Span(0, 0, x, "") for x in extra))
        ms = self._drop_row_scopes(r, _drop_scopes(r, ms))
        unit = next((s.value for s in r.spans if s.label.startswith("unit:")), None)
        ms, ts = self._shared_tail(r, ms, [self.targets(m, r) for m in ms], u.scope)
        answer = answer_asked(r, ts)
        if answer in ("person", "phone") and any(ts):
            # '部门负责人的联系电话': a form's row that says another kind of answer only says whose it is
            pairs = [(m, t) for m, t in zip(ms, ts, strict=False) if t or not all(
                lk.kinds() <= {"value", "column", "doc"} and any(x.role == "field" for x in lk.terms) for lk in m.links)]
            ms, ts = [m for m, _ in pairs], [t for _, t in pairs]
        kind = _fact_kind(r, answer, unit)
        measure_word = _measure_word(r)
        snap = r.first("year:snapshot")
        year = int(snap.group("y")) if snap is not None and snap.group("y") else None
        # the question's words without the department's own name (which every label of its text may share)
        # (nor '哪个部门', '各部门': words of the comparison, not of the figure)
        scoped = [(s.start, s.end) for s in r.spans if s.label.startswith("scope:")]
        qkey = "".join("\x00" if any(lk.start <= i < lk.end and "doc" in lk.kinds() for lk in u.links)
                       or any(a <= i < b for a, b in scoped) else ch for i, ch in enumerate(r.key))
        # a share's whole, stated, is never found by its part's name ('收入里，A占多少': the whole 收入 is no
        # sentence about A's 收入)
        shared = r.has("op:share") or r.has("op:share_of")
        ts = [[replace(t, fact_kind=t.fact_kind or kind, unit=measure_word, question=_masked(qkey, ms, m) if shared
                       else qkey, year=t.year or year) if t.fact else t for t in alts] for m, alts in zip(ms, ts, strict=False)]
        out: list[Plan] = []
        has = r.has
        sections = tuple(dict.fromkeys(t.display for lk in u.links for t in lk.terms if t.kind == "section"))
        # --- '哪些钱跟上年执行数一样没变': the items the text says stayed level, however the question is typed
        if answer == "text" and has("op:list") and not [lk for lk in u.links if lk.kinds() - {"doc"} and not (
                _names_the_whole(lk) or re.match(r"(的)?(主要内容|具体内容)", r.key[lk.end:]))] and \
                (level := _change_set_plan(r, "list")) is not None and level.direction == "flat":
            return [level]
        # --- text questions: why, what for, what is
        if answer == "text" and not has("type:person") and not has("type:phone"):
            projects = {t.display for lk in u.links for t in lk.terms if t.kind == "value" and t.role == "project_name"}
            said = _CLASS_SCHEME.search(r.key)
            scheme = {"经济": "econ_name", "功能": "func_name"}[said.group(1)] if said else None
            if scheme is not None and scheme == set_of(r) and len(projects) == 1:
                # '某项目的经济分类是什么', '…算什么': the class its own row gives, as asked with '属于哪一类'
                out.append(Plan("attribute", "text", Target(attribute=scheme, within=(Filter("project_name", projects.pop()),))))
            goal = self._goal_plan(u)
            if goal is not None:
                out.append(goal)
            elif _names_indicator_kind(u):
                ind = _indicator_list(ts, "text")  # '…项目的效益指标是什么': those indicators
                if ind is not None:
                    out.append(ind)
            out.append(Plan("text", "text", Target(section=sections) if sections else None, query=r.text))
            return out
        # --- projects chosen by an indicator's percentage ('满意度目标定到99%的是哪个项目')
        ind = _indicator_set_plan(r)
        if ind is not None:
            return [ind]
        # --- set operations over rows of a table
        rows_of = set_of(r)
        if rows_of in (None, "project_name") and named_pattern("projects_asked").search(r.key) and any(
                t.kind == "value" and t.role == "func_name" for lk in u.links for t in lk.terms) and \
                not self._has_project_rows(u.docs or u.scope or None):
            # '科学技术支出都投在哪几个具体项目上' of a budget whose tables list no projects: the 科目 under the class
            rows_of = "func_name"
        if rows_of is None and r.has("op:list") and any(
                (_concept_table(t.role or "") or ("",))[0] in _PROJECT_TABLES for a, _b in _restated_nouns(r, list(u.links))
                for lk in u.links if lk.end <= a for t in lk.terms if t.kind == "concept"):
            rows_of = "project_name"  # '政府购买服务都买了哪些服务': the projects the named figure's table lists
        named_only = [lk for lk in u.links if lk.kinds() - {"doc"}]
        if rows_of is None and r.has("op:list") and len(named_only) == 1 and not r.has("op:count") and any(
                t.kind == "concept" and (_concept_table(t.role or "") or ("",))[0] in _PROJECT_TABLES
                for t in named_only[0].terms) and _only_words(r, named_only[0].end, len(r.key)):
            rows_of = "project_name"  # '政府购买服务都有哪些': the rows of the table that figure totals
        named = [lk for lk in u.links if lk.kinds() - {"doc"} and not r.key[lk.end:].startswith(("情况说明", "说明"))]
        if _NARRATIVE_ITEMS.search(r.key):  # ('哪个专项总预算最多': each item's own total is no figure named)
            named = [lk for lk in named if not any(t.kind == "concept" and t.role == "项目总预算" for t in lk.terms)
                     # ('…排第二的项目，预算金额': the amount each item states, no column of a table)
                     and not (lk.kinds() == {"column"} and all(t.role in ("budget_amount", "current_amount")
                                                               for t in lk.terms))
                     # ('说明的三个专项项目': the items' own noun, read loosely as some figure's name)
                     and not (lk.how != "exact" and re.fullmatch(r"专项(项目|经费|资金)?", lk.text))]
        if (r.has("src:text") or _NARRATIVE_ITEMS.search(r.key) or _THOSE_PROJECTS.search(r.key) and not
                self._has_project_rows(u.scope)) and all(lk.kinds() == {"section"} for lk in named) and len(named) != 1:
            # ('那三个项目里…' of a budget whose tables list no projects: the ones its text describes)
            # '那三个专项经费里哪个预算最少': the items the text describes one section each, not a table's rows
            # ('甲、乙…这几个专项里': those of them)
            p = _narrative_plan(r, answer, len(named))
            if p is not None and named:
                p = replace(p, target=Target(section=tuple(  # (a name read loosely: the section it was read as)
                    lk.text if lk.how == "exact" else next(t.display for t in lk.terms if t.kind == "section")
                    for lk in named)))
            return [p] if p is not None else []
        if r.has("op:except"):  # rows left out: only a set of rows that leaves them out answers it
            p = self._set_plan(u, ms, ts, rows_of, answer, unit) if rows_of else None
            return [p] if p is not None and p.target is not None and p.target.exclude else []
        if r.has("neg:pre") or r.has("neg:post"):
            # a denied figure ('没有项目支出的科目'): only a set that leaves those rows out answers it
            p = self._set_plan(u, ms, ts, rows_of, answer, unit) if _is_set_question(r, rows_of) else None
            return [p] if p is not None and p.target is not None and p.target.zero else []
        if rows_of == "indicator" and not (has("op:max") or has("op:min") or has("op:top") or has("op:nth")
                                          or has("op:gt") or has("op:lt") or has("op:between")):
            p = _indicator_list(ts, answer)
            if p is not None:
                return [p]
        # (words that are only pieces of the parts' own names say nothing more: '都支持企业哪几方面发展')
        def piece(lk: Link) -> bool:
            return lk.how == "partial" and lk.kinds() == {"fact"}
        of_section = [m for m in ms if not all(piece(lk) for lk in m.links)]
        if sections and len(of_section) == 1 and all(lk.kinds() == {"section"} or piece(lk) for lk in of_section[0].links) and \
                _SECTION_PARTS.search(r.key) and (chosen := _set_op(r, answer)) is not None and \
                chosen[0] in _SECTION_SET_OPS and (chosen[0] != "list" or has("op:list")):
            # (a part named and asked alone, '专门给进博会的那部分有多少', is no list of them)
            # '某专项那几块资金里哪块最少': the amounts its own section lists, ranked (or over a bound)
            op, n, lo, hi, ascending, inclusive = chosen
            out.append(Plan(op, "list", Target(section=sections), n=n, lo=lo, hi=hi, inclusive=inclusive,
                            ascending=ascending))
        elif has("op:breakdown") and sections and len(of_section) == 1 and all(
                lk.kinds() == {"section"} or "section" in lk.kinds() and re.match(r"(项目|专项)", r.key[lk.end:])
                or piece(lk) for lk in of_section[0].links):  # ('某某项目的钱分哪几块': the project its own section describes)
            # '某专项分成哪几块': the amounts its own section lists (the narrative's 年度预算安排)
            out.append(Plan("breakdown", "list", Target(section=sections)))
        # ('某某支出说明里，哪个科目降得最多': a whole named as where the 科目 are, before 里)
        within_whole = len(ms) == 1 and all(lk.kinds() == {"concept"} for lk in ms[0].links) and \
            re.match(rf"(的)?(情况|主要内容|具体内容|内容)?(说明)?(的)?(各|各个)?(项级|项一级)?(支出)?(科目)?(?:{_IN}|{_LISTED_IN})",
                     _unbracketed(r, ms[0].end)) is not None
        # ('城乡社区支出下面，哪些项目比上年减少了': the 科目 the text explains inside the class named)
        class_named = len(ms) == 1 and all(lk.kinds() == {"value"} and any(
            t.role == "func_name" for t in lk.terms) and len({t.display for t in lk.terms}) == 1 for lk in ms[0].links) \
            and re.match(rf"(的)?(下面|下边|下头|底下|之下|下|{_IN})", _unbracketed(r, ms[0].end)) is not None
        # ('哪些支出科目…持平': a word for the 科目 themselves is no figure named)
        rows_word = len(ms) == 1 and (all(lk.kinds() == {"column"} and all(t.role in ("func", "func_name") for t in lk.terms)
                                          for lk in ms[0].links) or named_pattern("rows_word").fullmatch(r.key[ms[0].start:ms[0].end])
                                      is not None)
        # ('2024年预算安排和2023年预算执行数相比，降幅超过40%的科目': the budget said as a whole names no figure)
        weak_only = bool(ms) and all(_is_weak(lk) or lk.kinds() == {"doc"} for m in ms for lk in m.links)
        # (the 科目 a Shanghai text explains one paragraph each are what its readers call its 项目: '哪些项目比上年…')
        if (not ms or within_whole or rows_word or weak_only or class_named) and \
                rows_of in (None, "func_name", "project_name") and (changed := _change_set_plan(r, answer)) is not None:
            if class_named:
                changed = replace(changed, target=Target(within=(Filter("func_name", ms[0].links[0].terms[0].display),)))
                # (a class the text explains no item of gives none: refused, never every item)
            return [changed]  # '降幅超过四成的是哪几个科目': the 科目 by the rate of change the text states of each
        if within_whole and re.search(r"主要内容|具体内容", r.key) and (explained := _explained_set_plan(r, answer)):
            return [explained]  # '财政拨款支出主要内容中，哪些超过1000万元': the 科目 it lists, by the amount of each
        if _is_set_question(r, rows_of) and not (u.across_docs() and any(ts)):
            p = self._set_plan(u, ms, ts, rows_of, answer, unit)
            if p is not None and p.op in ("max", "min", "top", "nth") and p.set_of != "changed" and _ranks_a_change(r):
                return []  # '哪个项目增加最多': rows ranked by a change no table states, never by their amounts
            if p is not None:
                out.append(p)
                if p.op == "breakdown" and len(ms) == 1 and rows_of is None:
                    # '政府采购预算由哪几块组成': else the parts the text lists of the figure it states
                    out += [Plan("breakdown", "list", t, stated=True) for t in ts[0]
                            if (t.concept or t.fact) and not (t.filters or t.within or t.section)][:2]
            elif r.has("op:gt") or r.has("op:lt") or r.has("op:between") or r.has("op:nth") or r.has("op:top") \
                    or (rows_of and (r.has("op:list") or r.has("op:max") or r.has("op:min"))):
                # rows asked for that we cannot select: no answer beats one figure of another question (the
                # amounts a named fund's own section lists are such rows)
                return [p for p in out if p.op in _SECTION_SET_OPS and p.target is not None and p.target.section]
            elif answer == "count" and rows_of and not out and not any(t.filters or t.within for alts in ts for t in alts):
                # '政府采购涉及几个项目': rows no table selects, but the narrative may state their count
                if has("each") and len(ms) >= 2:  # '…和…分别涉及几个项目': the count the text states of each
                    return [Plan("compound", "list", parts=tuple(
                        _lookup(Target(fact=("".join(lk.text for lk in m.links),), fact_kind="count",
                                       unit=_measure_word(r), question="".join(lk.text for lk in m.links)),
                                unit, "count") for m in ms))]
                out.append(Plan("count", "count", None))
        if out and out[0].op in ("list", "count", "top", "nth", "threshold", "breakdown") and not has("each"):
            # a list or a count is asked: a single figure would answer another question, unless the
            # narrative states that count ('编报绩效目标的项目共25个')
            if out[0].op == "count":
                if out[0].target is None:
                    out = []
                for alts in ts:
                    out += [_lookup(replace(t, fact_kind="count"), unit, "count") for t in alts if t.fact]
                words = tuple(lk.text for lk in u.links if lk.kinds() != {"doc"})
                names = tuple(lk.text for lk in u.links if "value" in lk.kinds())
                # ('政府采购和政府购买服务涉及几个项目': two things joined, which no one count the text states of either is)
                if words and not _mentions_joined_by_and(r, ms):  # '多少个项目编报了绩效目标': a count the narrative states about these words
                    out.append(_lookup(Target(fact=words, fact_kind="count", unit=measure_word, question=r.key,
                                              context=names), unit, "count"))  # about the rows it names
            if out and out[0].op == "breakdown" and answer == "amount" and len(ts) == 1 and ts[0] and \
                    (ts[0][0].filters or ts[0][0].within) and not r.has("op:list"):
                # '按经济分类看，职业年金缴费安排了多少': a row with nothing under it is where to look, not a breakdown
                out += [_lookup(t, unit) for t in ts[0] if t.filters]
            return out
        # --- the budget as a whole ('某街道一共安排了多少预算'): no figure named but the budget, summed up
        if not ms and not out and rows_of is None and "预算" in r.key and (
                answer == "amount" or answer == "percent" and _is_change(r)):
            # ('某局的预算是多少': all of it; '某局的预算比上年涨了百分之几': its rate of change)
            whole = next((c.name for c in concepts() if c.whole), None)
            if whole and _is_change(r):  # '某局2021年的预算比上一年多了多少': the change of all of it
                return [Plan("change", "percent" if r.has("op:change_pct") else "amount",
                             parts=(_lookup(Target(concept=whole), unit),), unit=unit)]
            if whole:
                # (a year the budget does not hold, as its text states it: '比2025年预算增加…')
                named = [a for c in concepts() if c.whole for a in c.aliases]
                said = [n for n, ts in self.lex.terms([norm(a) for a in named], u.scope).items()
                        if any(t.kind == "fact" for t in ts)]
                return [_lookup(Target(concept=whole), unit),
                        *(_lookup(Target(fact=(n,), fact_kind=kind, question=qkey, year=year), unit) for n in said)]
        if not ms and answer == "amount" and (r.has("op:sum") or re.search(r"(总共|全年|整体)", r.key)) and \
                re.search(r"(花|支出|开支|用掉|花费)", r.key) and not re.search(r"(收入|来源|拨款)", r.key):
            # '某局2025年一共要花多少钱': the spending of the budget as a whole
            return [_lookup(Target(concept="支出总计"), unit)]
        if not ms and answer == "amount" and r.has("op:sum") and named_pattern("whole_total").search(r.key) and \
                not named_pattern("whole_total_gives_way").search(r.key) and set_of(r) is None:
            # '某局25年总共多少钱': the budget as a whole, which names no figure of it (its total, 收入总计)
            return [_lookup(Target(concept="收入总计"), unit)]
        # '某科目下面，基本支出里的人员经费': a part of the column named of the row, that row's part
        if len(ms) == 2 and ts[0] and ts[1] and re.fullmatch(rf"(的)?{_IN}{_AS_PART}", r.key[ms[0].end : ms[1].start]):
            whole, part = ts[0][0], ts[1][0]
            role = part.measure or _CONCEPT_ROLE.get(part.concept or "")
            if (whole.filters or whole.within) and whole.measure and role and _narrower(role, whole.measure) and \
                    not (part.filters or part.within or part.fact):
                ts = [[replace(t, measure=role, table_kind=None, words=t.words + part.words) for t in ts[0] if t.measure]]
                ms = ms[:1]
        # '今年预算里X占总支出…': the year's column said before 里 with figures after it says which budget, no figure
        year_column = [i for i, m in enumerate(ms) if i + 1 < len(ms) and len(m.links) == 1
                       and m.links[0].kinds() == {"column"} and any(t.role == "current_amount" for t in m.links[0].terms)
                       and re.match(_SAID_IN, r.key[m.end :]) and sum(1 for t in ts[i + 1 :] if t) == 2]
        if year_column:
            ms = [m for i, m in enumerate(ms) if i not in year_column]
            ts = [t for i, t in enumerate(ts) if i not in year_column]
        # '部门支出预算里项目支出合计是多少': the whole budget said before 里, one figure after it: where, not a figure
        said_whole = [i for i, m in enumerate(ms) if i + 1 < len(ms) and len(m.links) == 1 and not (
            has("op:share") or has("op:share_of")) and m.links[0].kinds() == {"concept"} and all(
            _is_whole(t.role or "") for t in m.links[0].terms) and re.match(r"(?:预算|总表)?" + _SAID_IN, r.key[m.end :])
            and sum(1 for t in ts[i + 1 :] if t) == 1]
        if said_whole:
            ms = [m for i, m in enumerate(ms) if i not in said_whole]
            ts = [t for i, t in enumerate(ts) if i not in said_whole]
        # --- several figures
        figs = [t[0] for t in ts if t]
        if len(figs) >= 2 and not (has("op:share") or has("op:share_of")):
            figs = _said_once(figs)
        if len(figs) >= 2:
            a, b = figs[0], figs[1]
            than = r.first("op:than")
            named = [(m, t[0]) for m, t in zip(ms, ts, strict=False) if t]
            if len(named) >= 3 and (has("op:times") or has("op:diff") or than is not None):
                # '基本支出中，人员经费比公用经费多多少': the two named either side of 比, not the first two
                before = [t for m, t in named if than is not None and m.end <= than.start]
                after = [t for m, t in named if than is not None and m.start >= than.end]
                if than is None and has("op:times") and (times := r.first("op:times")) is not None and \
                        named[-1][0].end <= times.start and re.search("是", r.key[named[-3][0].end : named[-2][0].start]) is None:
                    # '基本支出里人员经费是公用经费的几倍': the two said last, either side of 是, the first holds them
                    before, after = [named[-2][1]], [named[-1][1]]
                if not before or not after:
                    return out
                a, b = before[-1], after[0]
            # (the operands of a ratio, or of a share said as a percentage, are amounts: the percent asked is
            # what they make; a bare '其中X占多少' keeps asking the stated figure)
            said = has("op:times") or has("type:percent")
            a, b = (_operand(a), _operand(b)) if said else (a, b)
            if has("op:times"):
                out.append(Plan("ratio", "times", parts=(_lookup(a, unit), _lookup(b, unit))))
            elif has("op:share") or (has("op:share_of") and has("type:percent")):
                part0, whole0 = _part_whole(r, ms, figs)
                zhan = r.first("op:share_of")
                if len(named) >= 3 and zhan is not None:
                    # '基本支出经济分类里，办公费占商品和服务支出的比重': the two either side of 占; what is said
                    # before them with 里/中 only says where they are
                    before = [(m, t) for m, t in named if m.end <= zhan.start]
                    after = [(m, t) for m, t in named if m.start >= zhan.end]
                    between = [r.key[m.end : before[i + 1][0].start] for i, (m, _t) in enumerate(before[:-1])]
                    if len(before) >= 2 and len(after) == 1 and all(re.match(_IN, x) for x in between):
                        part0, whole0 = before[-1][1], after[0][1]
                    elif len(before) >= 2 and len(after) == 1 and all(
                            re.fullmatch(r"(的)?(和|与|及|、|加上|加|跟)(的)?", x) or (x == "" and m.end in r.seps)
                            for x, (m, _t) in zip(between, before, strict=False)):  # ('A、B和C': 、 is no key character)
                        # '离休和退休人员占实际人数的比例': the items before 占 together, of the figure after it
                        items = tuple(_lookup(_operand(t) if said else t, unit) for _m, t in before)
                        whole = _operand(after[0][1]) if said else after[0][1]
                        out.append(Plan("share", "percent", parts=(Plan("sum", "amount", parts=items, unit=unit),
                                                                   _lookup(whole, unit))))
                        return out
                    elif before and after:
                        return out  # (figures either side of 占 that no reading above places: never the first two)
                part, whole = (_of_fund_said(r, _in_section_said(r, ms, _operand(t) if said else t))
                               for t in (part0, whole0))
                bare = not has("type:percent") and all(s.text.startswith("占") for s in r.spans if s.label == "op:share")
                if bare and whole.section and re.search(r"(中|里|内|其中|当中)$", r.key[ms[0].end : ms[1].start]):
                    # '某专项中某一块占多少' (no 比例, 百分之几): how much of it is that part, the part's own figure
                    out.append(_lookup(_operand(part), unit))
                else:
                    out.append(Plan("share", "percent", parts=(_lookup(part, unit), _lookup(whole, unit))))
                    # the whole's other readings, in order ('政府采购预算总额': a table's total, else the text's figure)
                    others = next((alts[1:3] for alts in ts if alts and alts[0] is whole0), [])
                    out += [Plan("share", "percent", parts=(_lookup(part, unit), _lookup(_operand(w) if said else w,
                                                                                          unit))) for w in others]
                    # then the part's other readings ('收入总计里政府性基金预算拨款': a row with no figure, else the
                    # column of that name)
                    mine = next((alts[1:3] for alts in ts if alts and alts[0] is part0), [])
                    out += [Plan("share", "percent", parts=(_lookup(_of_fund_said(r, _in_section_said(
                        r, ms, _operand(p) if said else p)), unit), _lookup(whole, unit))) for p in mine]
            elif has("op:diff") or (has("op:than") and _compares(r, ms)):
                if len(named) == 2 and (a.filters or a.within) and b.measure and not (
                        b.filters or b.within or b.fact or b.concept) and re.fullmatch(
                        r"(金额|数额|数)?(的)?(和|与|跟|同)(的)?", r.key[named[0][0].end : named[1][0].start]):
                    # '某经费的政府购买服务预算金额和本年预算金额差了多少': both columns of the row named first
                    b = replace(b, filters=a.filters, within=a.within, table_kind=a.table_kind)
                out.append(Plan("diff", "amount", parts=(_lookup(a, unit), _lookup(b, unit)), unit=unit))
            elif has("op:sum") and not has("each"):
                named = [lk for lk in ms[0].links[1:] if lk.kinds() & {"value", "concept", "fact"} or any(
                    t.kind == "column" and t.role in kinds.amount_roles() for t in lk.terms)]
                inside = len(ms) == 2 and (not named and bool(re.match(_IN, r.key[ms[0].links[0].end : ms[1].start]))
                                           or bool(re.fullmatch(rf"(的)?{_IN}(的)?", r.key[ms[0].end : ms[1].start])))
                # ('项目支出里经济分类是委托业务费的那部分，合计': a part inside the whole said before it, never the two added)
                whole = any(t.concept and _is_whole(t.concept) for t in figs)  # (the whole budget holds every part)
                if len(ms) >= 3 and len(figs) == len(ms) and re.match(_IN, r.key[ms[0].end : ms[1].start]):
                    figs = figs[1:]  # ('工资福利支出里，基本工资、津贴补贴、绩效工资加起来': the items, not their whole)
                if not _named_twice(u) and not inside and not whole:
                    # ('社保缴费——养老保险、…和其他社保——加起来': a heading and its items)
                    out.append(Plan("sum", "amount", parts=tuple(_lookup(t, unit) for t in figs), unit=unit))
                elif inside and len(figs) == 2 and figs[1].concept:
                    out.append(_lookup(figs[1], unit))  # ('基本支出中，公用经费合计': the part's own total)
            elif (has("each") or _listed(r, ms)) and _is_change(r) and not has("op:diff") and all(
                    s.start >= ms[-1].end for s in r.spans if s.label in ("op:change", "op:change_pct", "op:than")):
                # 'A和B分别比2024年增加了多少': each one's change, never its level
                figs = _shared_head(ms, figs)
                kind = "percent" if has("op:change_pct") or answer == "percent" else "amount"
                out.append(Plan("compound", "list", parts=tuple(Plan("change", kind, parts=(_lookup(t, unit),), unit=unit)
                                                                for t in figs), unit=unit))
                return out
            elif has("each") or _listed(r, ms):
                figs = _shared_head(ms, figs)
                out.append(Plan("compound", "list", parts=tuple(_lookup(t, unit) for t in figs), unit=unit))
            # else: two figures neither listed ('A和B') nor combined by a known operation: not read as a list
        # --- one figure (two figures no operation joins are not answered with the first alone)
        if len(figs) == 1:
            t = figs[0]
            alts = ts[0]
            if has("op:sum") and re.search(r"(各|所有|全部|每个|每一)(个|款|类|项)?的?", r.key) and t.filters and \
                    all(f.role.endswith("_name") for f in t.filters) and not (t.measure or t.concept or t.fact):
                # '各款下面的某某事务加起来': every row of that name, summed (one of them is no answer)
                out.append(Plan("sum", "amount", Target(table_kind=t.table_kind, filters=t.filters, within=t.within),
                                unit=unit))
            asked = [a for a in ("person", "phone", "period") if r.has(f"type:{a}")]
            if len(asked) >= 2 and (t.filters or t.within):
                rows = t.within or t.filters
                attrs = {"person": "owner", "phone": "phone", "period": "term"}
                out.append(Plan("compound", "list", parts=tuple(
                    Plan("attribute", a, Target(attribute=attrs[a], within=rows)) for a in asked)))
            indicator = None
            # the row named, if the best reading is a narrative figure ('某设备…项目打算买几套')
            rt = t if (t.filters or t.within) else next((x for x in alts if x.filters or x.within), t)
            if answer in ("period", "headcount", "count", "percent", "score", "area") and (rt.filters or rt.within) \
                    and rt.attribute in (None, "term") and not has("op:share") and not has("op:share_of") and \
                    not _is_change(r):
                ind = _indicator_target(rt, answer, measure_word)
                counted = _COUNTED.search(r.key) if answer in ("count", "headcount") else None
                if ind is not None and counted and not ind.context and not any(
                        counted.group(1) in f.value for f in rt.within + rt.filters if f.role == "indicator"):
                    # '某服务经费能请几个保安': the indicator that counts them (…员数量), by the noun counted
                    ind = replace(ind, context=(counted.group(1),))
                held = {(f.span or (None, None)) for f in rt.within + rt.filters}
                loose = [lk.text for lk in u.links if lk.kinds() == {"fact"} and lk.how == "exact" and
                         (lk.start, lk.end) not in held and len(lk.text) >= 2]
                if ind is not None and loose and not ind.context:
                    # '离休的老同志有几个人': a word of the text the row named does not hold ('离休' beside 老同志 ->
                    # 退休人员活动经费) must be the indicator's own, never one of that row's about someone else
                    ind = replace(ind, context=tuple(loose))
                if ind is not None:
                    indicator = Plan("attribute", answer, ind)
                    if not t.attribute:
                        out.append(indicator)
                        indicator = None
            if (has("op:share") or has("op:share_of")) and answer == "percent" and not _is_change(r):
                # ('增长了多少百分比' is a change; '某某里X占了多大比例': X's share of what it is said inside)
                whole = (_whole_of(t) if has("op:share") else None) or self._container(t, u)
                zhan = r.first("op:share_of")
                if zhan is not None and t.measure and not any((f.span or (0, 0))[0] >= zhan.end for f in t.filters) \
                        and any(lk.start >= zhan.end and any(x.kind == "column" and x.role == t.measure for x in lk.terms)
                                for lk in u.links):
                    # '某科目的项目支出占全部项目支出的比例': the column named again after 占, with no row of its own,
                    # is that column's total, never the part's own row
                    whole = replace(t, filters=(), within=())
                if whole is not None:
                    part = replace(t, fact_kind="amount") if t.fact else t  # (the part's amount, not a stated rate)
                    out.append(Plan("share", "percent", parts=(_lookup(part, unit), _lookup(whole, unit))))
            if has("op:times") and not _is_change(r) and (has("rel:prior") or len(r.years) >= 2):
                # '今年的某预算是2024年的几倍': against the earlier year the text states beside it
                out.append(Plan("change", "times", parts=(_lookup(t, unit),)))
            if _is_change(r):
                if answer in ("count", "headcount") and not t.fact and t.words and not has("op:change_pct"):
                    # '公务用车比2024年少了几辆': the change in the count the text states, never a column's money
                    out.append(Plan("change", answer, parts=(_lookup(Target(fact=t.words, fact_kind=answer,
                                                                            question=t.question), unit, answer),),
                                    unit=unit))
                base = named_pattern("base_said").search(r.key)
                out.append(Plan("change", "percent" if has("op:change_pct") or answer == "percent" else "amount",
                                parts=(_lookup(t, unit),), unit=unit,
                                # ('以2022年为基数': the rate computed from the levels the text states)
                                base=int(base['y']) if base else None))
                # (years of the same department's documents: another department's budget is no earlier year)
                deps = {self.lex.docs[d][0] for d in u.docs if d in self.lex.docs}
                doc_years = {y for (dep, y, _src) in self.lex.docs.values() if y and (not deps or dep in deps)}
                if len([y for y in r.years if y in doc_years]) < 2:
                    return out  # a change is asked: never answer with the level
            if answer in ("person", "phone", "period") and not t.attribute:
                attr = {"person": "owner", "phone": "phone", "period": "term"}[answer]
                if t.filters:
                    out.append(Plan("attribute", answer, Target(attribute=attr, within=t.filters,
                                                                table_kind=t.table_kind)))
            for alt in alts:
                if alt.attribute:
                    out.append(_lookup(alt, unit, answer))
                else:
                    out.append(_lookup(alt, unit, answer))
            if indicator is not None:
                out.append(indicator)
        if answer == "period" and sections:  # when, as a named section of the text says it ('…实施周期')
            out.append(Plan("text", "text", Target(section=sections), query=r.text))
        return out

    def _shared_tail(self, r: Reading, ms: list[Mention], ts: list[list[Target]],
                     scope: Sequence[str] | None) -> tuple[list[Mention], list[list[Target]]]:
        """'甲管理处和乙苗圃加起来编制多少人': a word said after the last of the names listed names with each name
        a narrative figure of its own (…甲管理处编制, …乙苗圃编制)."""
        def part_fact(lk: Link) -> bool:  # a word of a narrative figure's label, not a label of its own
            return lk.kinds() == {"fact"} and (lk.how == "partial" or len(lk.text) <= 4)

        names, word = ms, ""
        if len(ms) >= 3 and all(part_fact(lk) for lk in ms[-1].links):
            names, word = ms[:-1], ms[-1].text()  # ('…加起来编制多少人': the word read as a figure of its own)
        elif len(ms) >= 2 and len(ms[-1].links) >= 2 and all(part_fact(lk) for lk in ms[-1].links[1:]):
            names = [*ms[:-1], Mention(ms[-1].links[:1])]  # ('…乙苗圃在职的': read as a part of the last name)
            word = "".join(lk.text for lk in ms[-1].links[1:])
        if len(names) < 2 or not _listed_before(r, names) or any(len(m.links) != 1 for m in names) or \
                any(lk.kinds() != {"value"} for m in names for lk in m.links):
            return ms, ts
        if not word:
            said = [False] * len(r.key)
            for s in r.spans:
                if s.label != "filler":  # (a filler may be the very word: '编制')
                    for i in range(s.start, s.end):
                        said[i] = True
            i = names[-1].end
            while i < len(r.key) and said[i]:
                i += 1
            j = i
            while j < len(r.key) and not said[j]:
                j += 1
            word = r.key[i:j].strip("的")
        if len(word) < 2 or re.search(r"[，,。；;？?！!、和与及跟]", word):
            return ms, ts
        docs = frozenset(scope) if scope else None
        out = []
        for m in names:
            lk = self.lex.fuzzy(m.text() + word, m.start, docs)
            if lk is None or lk.kinds() != {"fact"}:
                return ms, ts
            facts = [t for t in self.targets(Mention((lk,)), r) if t.fact]
            if not facts:
                return ms, ts
            out.append(facts)
        return list(names), out

    def _container(self, t: Target, u: Understanding) -> Target | None:
        """The whole of a narrative part said inside it ('政府采购里工程类占百分之几': 政府采购 is the whole),
        when the words before 里 name one figure whole (a concept) and the part is of it."""
        if not t.fact or len(t.words) != 1:
            return None
        m = _CONTAINER.fullmatch(t.words[0])
        if m is None:
            return None
        said = m.group(1)
        docs = frozenset(u.docs) if u.docs else None
        names = {x.role for lk in self.lex.link(said, docs) if (lk.start, lk.end) == (0, len(said))
                 for x in lk.terms if x.kind == "concept"}
        if len(names) != 1 or not any(said in label or _in_order(said, label) for label in t.fact):
            return None
        return Target(concept=names.pop(), words=(said,))

    def _goal_plan(self, u: Understanding) -> Plan | None:
        """What a named project is for: its 绩效目标 as the performance table states it."""
        projects = [t for lk in u.links for t in lk.terms if t.kind == "value" and t.role == "project_name"]
        if not projects or not (u.reading.has("type:purpose") or _WHICH_THINGS.search(u.reading.key) or re.search(
                r"绩效目标(具体)?(是)?(怎么写|怎么定|写的是|是什么|有哪些|内容)", u.reading.key)):
            return None
        if _names_indicator_kind(u):
            return None  # '…的效益指标是什么': those indicators, not the whole goal
        if _CLASS_SCHEME.search(u.reading.key):
            return None  # '…的经济分类是什么': the class its row gives, not what it is for
        f = Filter("project_name", projects[0].display)
        # the question's other words ('订的是什么报纸': 报纸) must be in the goal text, or it answers something else
        # (a word said in other words than the text's, an everyday word for the text's, must be in the goal text as said)
        said = tuple(lk.text for lk in u.links if lk.how == "synonym" and not any(
            lk.text in t.display for t in lk.terms if t.kind == "value"))
        return Plan("attribute", "text", Target(attribute="goal", within=(f,), context=u.unexplained + said))

    def _set_plan(self, u: Understanding, ms: list[Mention], ts: list[list[Target]], set_of: str | None,
                  answer: str, unit: str | None) -> Plan | None:
        r = u.reading
        if r.has("src:text"):
            return None  # '说明里介绍的那几个专项哪个最多': items the text describes, which are no table's rows
        if _is_change(r):
            return None  # '哪些科目比上年减少了': rows chosen by their change, which no set of rows here selects
        if answer == "count" and _MEASURE_NOT_ROWS.search(r.key):
            return None  # '口袋公园项目计划新建改造多少处': so many of a thing, which no count of rows gives
        if answer == "count" and any(all(any("concept" in lk.kinds() for lk in x.links) for x in pair)
                                     for pair in _mentions_joined_by_and(r, ms)):
            return None  # '政府购买服务和政府采购一共涉及几个项目': two wholes joined, which one table's rows are not
        filters: list[Filter] = []
        within: list[Filter] = []
        table = None
        measure = None
        exclude: list[Filter] = []  # rows named after 除了 (left out)
        side = None
        has: list[str] = []  # amount columns the rows must have, and must not have (一分基本支出都没有)
        has_not: list[str] = []
        said_has = False
        concept_tables: set[str] = set()
        # the tables the named columns live in ('社保支出下哪些科目有项目支出': the expenditure table's 社保支出)
        wanted = {c[0] for targets in ts for t in targets[:1] if t.concept and not _is_whole(t.concept)
                  for c in [_concept_table(t.concept)] if c}
        if any(lk.how == "partial" and len({t.display for t in lk.terms if t.kind == "value" and t.role in DETAIL_ROLES}) > 1
               for m in ms for lk in m.links):
            return None  # '哪些项目把满意度列为绩效指标': a word of several indicators' names; the rows of one are no answer
        if any(lk.how == "fuzzy" and lk.kinds() == {"value"} and all(t.role == "indicator" for t in lk.terms) and len({
                t.display for t in self.lex.containing(norm(lk.text), frozenset(u.scope) if u.scope else None)
                if t.kind == "value" and t.role == "indicator"}) > 1 for m in ms for lk in m.links):
            return None  # ('哪些项目设了响应时间要求': a word inside several indicators' names, read as one of them)
        for m, targets in zip(ms, ts, strict=False):
            if not targets and any(lk.kinds() & {"concept", "value", "fact"} for lk in m.links):
                return None  # a figure or row named that no reading places: the rows would ignore it
            if wanted and targets and not targets[0].concept:
                targets = [t for t in targets if t.table_kind in wanted] + [t for t in targets
                                                                            if t.table_kind not in wanted]
            if set_of in GROUP_ROLES and targets:
                # '哪些项目用了政府性基金': a column of the projects' table, not a row of another table so named
                # (a class by its code, which the projects' own rows carry, before the purchase-services list's
                # column of the same name: '社会保障和就业支出下有哪些项目' are all the projects of that class)
                def rank(t: Target) -> int:
                    fs = (*t.filters, *t.within)
                    if (t.measure and not fs and (t.table_kind in (None, *_PROJECT_TABLES) or t.measure in self.lex.table_roles.get(
                            "projects", set()))) or any(f.code and f.role in ("func_name", "econ_name") for f in fs) or \
                            t.table_kind in ("projects", "performance") or any(
                                f.table_kind in ("projects", "performance") for f in fs):
                        return 0
                    return 1 if t.table_kind in _PROJECT_TABLES or any(f.table_kind in _PROJECT_TABLES for f in fs) else 2

                targets = sorted(targets, key=rank)
            if set_of and not any(t.filters or t.within or t.measure for t in targets):
                # '支出预算里哪些类级科目…': the whole budget, not the text's figure of that name, is where the rows are
                targets = sorted(targets, key=lambda t: not (t.concept and _is_whole(t.concept)))
            for t in targets[:1]:
                role = None
                own_table = t.table_kind
                if _said_before(r, m, "op:except"):  # '除了A项目': that row left out, if it is a row
                    if t.concept or t.fact or t.measure or not (t.filters or t.within):
                        return None
                    exclude.extend(t.filters or t.within)
                    continue
                if t.concept and set_of and _is_whole(t.concept):
                    rowed = [loc for loc in concept(t.concept).locate if loc.get("role")] \
                        if set_of == "unit_name" and table is None else []
                    if rowed:  # '哪家的收入预算最少': the table that lists the whole by unit, its rows' own totals
                        table, measure = rowed[0]["kind"], measure or rowed[0]["role"]
                    continue  # '支出预算里哪些科目…': the whole budget is where the rows are, not a filter
                if t.concept and not set_of and _is_whole(t.concept) and (
                        rank := r.first("op:max") or r.first("op:min")) is not None and \
                        rank.end <= min(lk.start for lk in m.links) and \
                        not re.match(r"(的)?(里面|里头|当中|之中|里|中|下面|构成|组成)", r.key[max(lk.end for lk in m.links):]):
                    return None  # '哪个最多预算总额': the whole ranked by whose it is, never its rows
                c = concept(t.concept) if t.concept else None
                if c is not None and set_of in c.own_amount_of:
                    continue  # '哪些项目总预算超过300万': the rows' own amount
                if t.concept:
                    c = _concept_table(t.concept)
                    if c is None:
                        return None  # a figure no table lists by rows ('涉及政府采购的项目'): not a filter we can apply
                    table, role, own_table = table or c[0], c[1], c[0]
                    if kinds.kind_info(c[0]) is not None and kinds.kind_info(c[0]).two_sided:
                        side = side or _concept_side(t.concept)  # '总收入由哪几部分构成': its side of the table
                    concept_tables.add(c[0])
                    if own := kinds.own_table(role):  # 项目支出 is also what the projects table itself holds
                        concept_tables.add(own)
                elif t.fact:
                    return None  # a narrative figure is not a set of rows
                else:
                    filters.extend(t.filters or t.within)
                    if t.filters and t.within:  # the rows the filters are among ('X项目的产出指标'): kept
                        within.extend(t.within)
                    table = table or t.table_kind
                    role = t.measure
                if role and _negated(r, m) and not _said_before(r, m, "only"):
                    # ('全是基本支出、没有安排项目支出': the denial after it is of the next name)
                    has_not.append(role)
                elif role and _said_before(r, m, "only"):  # '完全是基本支出': the column and none of the rest of the total
                    info = kinds.role(role)
                    if info is None or not info.complement:
                        return None
                    has.append(role)
                    has_not.extend(info.complement)
                    said_has = True
                elif role:
                    if measure and role != measure and _narrower(role, measure):
                        # '基本支出的公用经费里超过100万元的': the part named after the whole is the measure
                        has = [h for h in has if h != measure]
                        measure, table = role, (own_table or table)
                    measure = measure or role
                    has.append(role)
                    said_has = said_has or _has_before(r, m)
        named_table = False
        for lk in u.links:
            for t in lk.terms:
                if t.kind == "table":
                    table, named_table = t.table_kind, True
        for group in (filters, within):  # '302商品和服务支出下面': a row said by its code and its name is one row
            named = {norm(f.value) for f in group if f.role.endswith("_name")}
            group[:] = [f for f in group if not (f.role.endswith("_code") and named & set(self.lex.code_names(f.value, u.scope)))]
        left_out = {f.role for f in exclude}
        if set_of in ("func_name", "econ_name") and len(left_out) == 1 and left_out <= {"func_name", "econ_name"} \
                and not (r.has("set:func") or r.has("set:econ")):
            set_of = next(iter(left_out))  # '除了其他商品和服务支出，哪一项最多': the rows of the class left out
        if set_of == "func_name" and table in _PROJECT_TABLES and not (r.has("set:func") or r.has("set:econ")) and \
                not self.lex.table_roles.get(table, set()) & {"func", "func_name"}:
            set_of = "project_name"  # '政府购买服务预算中最大的是哪一项': the rows of a table that lists no 科目 are its projects
        if set_of in ("project_name",) and table not in ("projects", "performance", "purchase_services"):
            table = "performance" if any(f.role in ("owner", "phone", "category") for f in filters) else "projects"
            if table == "projects" and any(f.table_kind == "performance" for f in filters):
                table = "performance"
        other = [f.table_kind for f in filters if f.table_kind in _PROJECT_TABLES and f.table_kind != table
                 and f.role not in self.lex.table_roles.get(table or "", set())]
        if set_of == "project_name" and named_table and table in _PROJECT_TABLES and len(set(other)) == 1:
            table = other[0]  # '项目表里，某人负责了几个项目': the projects the table with that column lists
        if set_of == "project_name" and table == "projects" and {
                t.table_kind for lk in u.links for t in lk.terms if t.kind == "column"
                and t.role not in kinds.amount_roles()} - {None} == {"performance"}:
            table = "performance"  # '多少个项目填报了绩效目标': the projects the performance table lists
        # the named figure lives in another table than the rows asked about: it cannot filter them
        # (except a column of the table named, when it has it: '表六里哪些科目只有项目支出')
        if concept_tables and table not in concept_tables and not (
                named_table and (has or has_not) and set(has + has_not) <= self.lex.table_roles.get(table, set())):
            return None
        made_of = (kinds.role(measure).items if measure and kinds.role(measure) else None)
        if any(f.role in ("gov_econ_name", "econ_name") for f in filters):
            made_of = "econ_name"  # '行政运行的办公经费里面哪几项': the economic items of an economic class
        # ('经济分类里哪些科目是公用经费': the classes the column is made of, at the level they are its items)
        items = bool(made_of) and (set_of == "func_name" and (_items_asked(r) or _subjects_of_column(r) and not any(
            f.role.startswith("func") for f in (*filters, *within))) or set_of == made_of and
                                   _level_word(r) is None and not re.search(r"(哪一?类|几类|按类|的类|个类|大类)", r.key))
        if items:
            set_of = made_of  # '公用经费里单项超过50万的是哪几项': the classes the column is made of, not 科目
        # a subject named as the set's parent ('城乡社区管理事务下面几项'): its children, not itself
        if set_of and set_of.endswith("_name") and filters and all(f.role == set_of for f in filters):
            within, filters = within + filters, []
        if set_of in GROUP_ROLES and any(f.role == set_of for f in within):
            # the rows of one project are its details ('X项目只看产出指标，有哪些'), not projects
            return _indicator_list(ts, "list") if answer in ("list", "text", "amount") else None
        chosen = _set_op(r, answer)
        if chosen is None:
            return None
        op, n, lo, hi, ascending, inclusive = chosen
        # (its classes summed over the 科目 they are spent under, at the level the 经济分类 prints them: 款)
        level = _level_word(r) if not items else 2
        if level is None and set_of in ("func_name", "econ_name") and not filters and not within and not \
                r.has("set:leaf") and (not has and not has_not or re.search(r"(?<!分)类", r.key)) and (re.search(r"(哪一?类|几类|按类|的类|个类|大类)", r.key) or (
                    op not in ("top", "max", "min", "nth", "threshold") and lo is None and hi is None and (
                        r.has("op:breakdown") or "分类" in r.key))):
            level = 1  # ('按功能分类，各类多少'); a ranking of 科目 or a bound on them ('按经济分类看，哪些科目不到1万')
            # with no level said takes the rows as printed
        if n is not None and n > 10000:
            return None
        projects = [f for f in (*filters, *within) if f.role == "project_name"]
        if set_of in ("econ_name", "func_name") and len(projects) == 1 and op == "list" and lo is None and hi is None:
            # '某项目的经济分类算哪一类': the class its own row gives, as printed, not a list of classes
            return Plan("attribute", "text", Target(attribute=set_of, within=tuple(projects)))
        if lo is None and hi is None and re.search(r"\d+(?:\.\d+)?%", r.key):
            return None  # '满意度要求达到98%以上的项目': a bound on a rate, which no amount column bounds
        if table is None and not filters and not within and set_of is None and not concept_tables and not any(
                t.kind == "section" for lk in u.links for t in lk.terms):
            return None  # '最大的是哪个' of nothing named: which rows is for the asker to say
        # (a name that is also the whole budget is no section the rows are in: '哪些项目的支出预算超过200万元')
        # (nor is a figure whose own table lists the rows: '政府购买服务预算中哪个项目最大', that table's projects)
        sections = tuple(dict.fromkeys(t.display for lk in u.links for t in lk.terms if t.kind == "section" and not (
            set_of == "project_name" and any(x.kind == "concept" and (_is_whole(x.role or "") or (
                _concept_table(x.role or "") or ("",))[0] in _PROJECT_TABLES) for x in lk.terms))))
        if op == "breakdown" and r.has("op:list") and (has_not or named_pattern("has_a_figure").search(r.key)):
            # '按支出功能分类，哪些类级科目安排了预算': the rows with a figure, not every row of the table; '按功能科目
            # 看，哪些科目没有基本支出': the rows without it, listed (按…看 says which rows)
            op = "list"
        if has_not and op not in ("list", "count", "threshold"):
            return None  # '没有基本支出的科目里最大的': a negation only a list or a count applies
        # '哪些项目是靠政府性基金安排的': which rows have the column, never every row beside its zeros
        plain = op in ("list", "count") and lo is None and hi is None and (
            len(has) > 1 or has_not or said_has or (op == "list" and bool(has) and r.has("op:list")))
        if table is None and not filters and not within and not exclude and measure is None and not sections and any(
                lk.kinds() & {"concept", "value", "fact"} and not _names_the_whole(lk) for lk in u.links):
            return None  # '政府采购和政府购买服务各涉及几个项目': figures named that no rows were chosen by
        if side is None and table and kinds.kind_info(table) is not None and kinds.kind_info(table).two_sided:
            # '收支总表里，支出方面哪几类功能科目…': the side said, and 功能科目 are the spending side's rows
            said_side = named_pattern("side_said").search(r.key)
            side = said_side.group("side") if said_side else kinds.kind_info(table).side_for(set_of)
        target = Target(table_kind=table, filters=tuple(filters), within=tuple(within), measure=measure, side=side,
                        section=sections if not filters and not within and not (set_of == "unit_name" and table)
                        and not (set_of in ("func_name", "econ_name") and (r.has("set:func") or r.has("set:econ")))
                        else (),  # ('支出预算按功能分类，涉及哪几个类': the classification's rows, not the section's)
                        nonzero=tuple(dict.fromkeys(has)) if plain else (), zero=tuple(dict.fromkeys(has_not)),
                        exclude=tuple(exclude))
        if op in ("list", "count") and not target.nonzero and not has_not and named_pattern("has_a_figure").search(r.key):
            target = replace(target, nonzero=("*",))  # '哪几类是有预算数的': rows with a figure in the table's amount
        plan = Plan(op, "count" if op == "count" else ("amount" if op == "sum" else "list"), target, n=n, lo=lo,
                    hi=hi, inclusive=inclusive, unit=unit, ascending=ascending, set_of=set_of,
                    level=level or None, summed=not level and op == "top" and r.has("op:sum"))
        ranks = _ranks(r)
        if len(ranks) >= 2 or (ranks and op in ("max", "min", "nth", "top") and r.has("op:than")):
            # '最贵的比第二贵的多多少': the difference of two rows the ranking names, never one of them
            if len(ranks) != 2 or not (r.has("op:diff") or r.has("op:than")) or op not in ("max", "min", "nth", "top"):
                return None
            return Plan("diff", "amount", parts=tuple(replace(plan, op=o, n=k, ascending=asc) for o, k, asc in ranks),
                        unit=unit)
        return plan


def _said_most(terms: list, w: str, key: str) -> list:
    """The names that hold a word the question says, those whose other words the question says too first
    ('计划征订多少套《甲报》《乙报》': 征订《甲报》、《乙报》 before 发放《甲报》、《乙报》); each is still a reading, tried
    in this order."""
    def more(t) -> int:
        rest = norm(t.display).replace(w, "\x00")
        return sum(1 for i in range(len(rest) - 1) if "\x00" not in rest[i : i + 2] and rest[i : i + 2] in key)
    if len({t.display for t in terms}) < 2:
        return terms
    scores = {t.display: more(t) for t in terms}
    return sorted(terms, key=lambda t: -scores[t.display])  # (stable: the lexicon's order among equals)


def _ranks(r: Reading) -> list[tuple[str, int | None, bool]]:
    """The ranks a question names, in order ('最多的…第二多的': max, then the 2nd)."""
    out = []
    for s in sorted(r.spans, key=lambda s: s.start):
        if s.label == "op:max":
            out.append(("max", None, False))
        elif s.label == "op:min":
            out.append(("min", None, True))
        elif s.label == "op:nth":
            out.append(("nth", int(s.group("n") or s.group("n2") or 1), bool(re.search(r"(少|小|低|便宜)", s.text))))
    return out


# ---------------------------------------------------------------------------------------------- helpers


def _listed(r: Reading, ms: list[Mention]) -> bool:
    """Are the mentions listed ('人员经费和公用经费', '差旅费、会议费')?"""
    return all(re.fullmatch(r"(的)?(和|与|及|以及|、|跟|还有|加上|,|，)(的)?", r.key[a.end:b.start])
               for a, b in zip(ms, ms[1:], strict=False) if b.start > a.end) and any(
        b.start > a.end for a, b in zip(ms, ms[1:], strict=False))


def _listed_before(r: Reading, ms: list[Mention]) -> bool:
    """Each name but the last is followed by a word that joins it to the next ('A和B', 'A、B及C')."""
    return all(re.fullmatch(r"(和|与|及|以及|跟|同|还有|加上|加)", r.key[a.end:b.start]) or (
        a.end == b.start and a.end in r.seps) for a, b in zip(ms, ms[1:], strict=False))


def _negated(r: Reading, m: Mention) -> bool:
    """Is the mention denied ('一分基本支出都没有', '没有项目支出')?"""
    return any((s.label == "neg:pre" and m.start - 3 <= s.end <= m.start) or
               (s.label == "neg:post" and m.end <= s.start <= m.end + 2) for s in r.spans)


def _names_indicator_kind(u: Understanding) -> bool:
    """Does the question name a kind of indicator ('效益指标', '时效指标') exactly?"""
    return any(lk.how == "exact" and t.kind == "value" and t.role in ("ind_l1", "ind_l2") for lk in u.links
               for t in lk.terms)


def _said_before(r: Reading, m: Mention, label: str) -> bool:
    """Does a rule word of this label stand right before the mention ('除了A': op:except; '完全是A': only)?"""
    return any(s.label == label and s.end <= m.start and re.fullmatch(r"(的)?", r.key[s.end : m.start])
               for s in r.spans)


def _has_before(r: Reading, m: Mention) -> bool:
    """'哪些科目有项目支出' / '安排的是项目支出': rows that have the column, not all rows with their value."""
    return bool(re.search(r"(有|安排的?是|用的是|含|包含|涉及|列了|列有|安排了|既有|又有|靠|来自|出自|动用了?|用了)的?$",
                          r.key[:m.start]))


def _with_word_for_own(name: str, said: str, word: str, before: bool) -> Iterator[str]:
    """The name with the word in place of the part an item said of it holds, the longest part first: its end
    ('政府采购货物预算' said 政府采购货物, word 工程: 政府采购工程预算), or with the word before it, its head, leaving an end of
    two characters or more ('乙工作经费' said 乙工作经费, word 甲: 甲工作经费 before 甲作经费…)."""
    if before:
        yield from (word + name[head:] for head in range(len(name) - 2, 1, -1) if said.startswith(name[:head]))
    else:
        yield from (name.replace(said[i:], word, 1) for i in range(len(said) - 1) if said[i:] in name)


def _mistyped_end(r: Reading, chosen: list[Link], word: str) -> bool:
    """Is an unexplained character the mistyped last character of the name linked right before it ('住房公积经' for
    住房公积金): one character, and the name is what was linked plus one character of another?"""
    if len(word) != 1:
        return False
    return any(r.key[lk.end : lk.end + 1] == word and len(lk.text) >= 3 and any(
        t.kind in ("value", "concept", "fact") and len(t.display) == len(lk.text) + 1 and t.display.startswith(lk.text)
        and t.display[-1] != word for t in lk.terms) for lk in chosen if lk.how in ("fuzzy", "partial"))


def _said_once(figs: list[Target]) -> list[Target]:
    """What the first figure names and a later one leaves unsaid holds for the later one too: the class said once
    with the first item ('信息化建设…委托业务费和资本性支出各是多少'), the row said first with the columns asked of it
    ('行政运行科目中，人员经费和公用经费各安排了多少'), the row said once for two columns ('某科目的人员经费比公用经费多多少')
    and the column said once for two rows of one kind ('甲单位的一般公共预算比乙单位多多少')."""
    first = figs[0]
    said = {f.role for f in first.filters}
    class_once = len(said) >= 2 and not (first.within or first.fact or first.attribute)
    if not class_once and (first.filters or first.within) and not (first.measure or first.attribute or first.fact) \
            and len(figs) >= 3:
        roles = [t.measure or _CONCEPT_ROLE.get(t.concept or "") for t in figs[1:]]
        if all(roles) and all(not (t.filters or t.within or t.fact or t.attribute) for t in figs[1:]):
            return [replace(first, measure=role, words=t.words) for role, t in zip(roles, figs[1:], strict=True)]
    out = [first]
    for t in figs[1:]:
        roles = {f.role for f in t.filters}
        if class_once and t.filters and roles < said and not (t.within or t.fact or t.attribute or t.concept):
            kept = tuple(f for f in first.filters if f.role not in roles)
            t = replace(t, filters=kept + t.filters, table_kind=first.table_kind or t.table_kind)
        else:
            t = _row_said_once(first, t)
        out.append(t)
    if not class_once and (first.filters or first.within) and not (first.attribute or first.fact) and len(out) > 1 \
            and all(t.filters == first.filters and t.measure for t in out):
        # (the table that holds every column asked is the executor's to find, not the row's first table)
        out = [replace(t, table_kind=None, filters=tuple(replace(f, table_kind=None) for f in t.filters)) for t in out]
    if len(out) == 2 and not out[0].measure and out[1].measure and out[0].filters and \
            {f.role for f in out[0].filters} == {f.role for f in out[1].filters} and not any(
            x.fact or x.concept or x.attribute or x.within for x in out):
        # '甲单位和乙单位的一般公共预算拨款差多少': the column said once after the second row is the first row's too
        out = [replace(out[0], measure=out[1].measure, table_kind=out[1].table_kind or out[0].table_kind), out[1]]
    return [out[0], *(_column_said_once(out[0], t) for t in out[1:])]


def _row_said_once(first: Target, t: Target) -> Target:
    """A column said bare after a row and its column is that row's column ('某科目的人员经费比公用经费多多少')."""
    if not (first.filters or first.within) or not first.measure or first.attribute or first.fact:
        return t
    role = t.measure or _CONCEPT_ROLE.get(t.concept or "")
    bare = not (t.filters or t.within or t.fact or t.attribute or t.table_kind and not t.concept)
    return replace(first, measure=role, words=t.words) if bare and role and role != first.measure else t


def _column_said_once(first: Target, t: Target) -> Target:
    """A row said bare after a row of the same kind and its column is in that column ('甲单位的一般公共预算比乙单位多多少',
    never the second row's total)."""
    if not first.measure or not first.filters or first.fact or first.concept:
        return t
    if t.filters and not t.measure and {f.role for f in t.filters} == {f.role for f in first.filters} \
            and not (t.fact or t.concept or t.attribute or t.within):
        return replace(t, measure=first.measure, table_kind=first.table_kind or t.table_kind)
    return t


_GENERIC_CHARS = set("支出经费用预算资金收入的和")  # characters every other budget name has


def _named_twice(u: Understanding) -> bool:
    """Does the question name one row in two places, with other names between ('…社保缴费——…和其他社保')? Then
    which names are items to add and which a heading over them is not clear."""
    seen: dict[str, int] = {}
    values = [lk for lk in u.links if "value" in lk.kinds() and "doc" not in lk.kinds()]
    for i, lk in enumerate(values):
        for name in {t.display for t in lk.terms if t.kind == "value"}:
            if name in seen and i - seen[name] > 1:
                return True
            seen.setdefault(name, i)
    return False


def _drop_size_words(r: Reading, chosen: list[Link]) -> list[Link]:
    """'政府采购盘子多大': a word for the whole budget's size (盘子, 规模) said right after a figure is that
    figure's size, not the whole budget beside it."""
    out = []
    for lk in chosen:
        whole = lk.kinds() == {"concept"} and re.search(r"(盘子|规模)", lk.text) and all(
            _is_whole(t.role or "") for t in lk.terms)
        before = [o for o in chosen if o is not lk and o.end <= lk.start and re.fullmatch(r"(的|预算)?", r.key[o.end:lk.start])
                  and o.kinds() & {"fact", "concept", "value", "column"}]
        if not (whole and before):
            out.append(lk)
    return out


def _drop_restating_synonyms(chosen: list[Link]) -> list[Link]:
    """'离休老干部的离休费', '退休的老同志的退休费': a description whose synonym restates a name the question
    gives exactly describes that name; it is no second filter (which would pick one of several rows)."""
    exact = [lk for lk in chosen if lk.how == "exact" and "value" in lk.kinds()]
    return [lk for lk in chosen if not any(other.start >= lk.end and (
        lk.how == "synonym" and lk.alias and sum(ch in other.text for ch in set(lk.alias) - _GENERIC_CHARS) >= 2
        and not (_roles(lk) == {"project_name"} and _roles(other) == {"indicator"})  # (a project's own indicator)
        or lk.how == "exact" and lk.kinds() == {"fact"} and lk.text in other.text) for other in exact)]


def _roles(lk: Link) -> set[str]:
    return {t.role for t in lk.terms if t.kind == "value"}


def _tail_of_paraphrase(r: Reading, chosen: list[Link]) -> list[Link]:
    """'某某签约补助' of 某某签约服务补助: a word right after a paraphrased name that is the rest of that name is
    part of it, not a synonym of other rows (a '补助' read as some 津补贴 row)."""
    out = list(chosen)
    for lk in chosen:
        names = {norm(t.display) for t in lk.terms if t.kind == "value" and t.role == "project_name"}
        if lk.how not in ("fuzzy", "partial") or len(names) != 1 or lk not in out:
            continue
        name = next(iter(names))
        nxt = next((m for m in out if m.start == lk.end and m.how == "synonym"), None)
        if nxt is None or nxt.text in lk.text or not name.endswith(nxt.text):
            continue
        out = [replace(lk, end=nxt.end, text=r.key[lk.start : nxt.end]) if m is lk else m for m in out if m is not nxt]
    return out


def _choose(links: list[Link]) -> list[Link]:
    """Non-overlapping links that explain the most of the question (weighted interval scheduling)."""
    if not links:
        return []
    ls = sorted(links, key=lambda lk: (lk.end, lk.start))

    def weight(lk: Link) -> float:
        w = lk.score * max(len(lk.text), 1)  # ~ length squared: one long name beats two short ones
        if "doc" in lk.kinds():
            w += 0.5
        if lk.kinds() & {"value", "concept"}:
            w += 0.2
        if _is_weak(lk):
            w -= 0.5
        if lk.kinds() == {"section"} and not any(t.role == "project_name" for t in lk.terms):
            w *= 0.5  # a heading is context; a figure's own name of the same length wins
        return w

    best: list[tuple[float, list[Link]]] = [(0.0, [])]
    ends = [0]
    for lk in ls:
        # the best solution ending at or before lk.start
        k = max(i for i, e in enumerate(ends) if e <= lk.start)
        cand = (best[k][0] + weight(lk), [*best[k][1], lk])
        if cand[0] > best[-1][0]:
            best.append(cand)
            ends.append(lk.end)
        else:
            best.append(best[-1])
            ends.append(lk.end)
    return best[-1][1]


def _joined(r: Reading, chosen: list[Link]) -> list[Link]:
    """Two names said one after the other that one row's name holds as they are said ('信息系统' + '运维' of
    某某信息系统运维费): that row, named by both."""
    out = sorted(chosen, key=lambda lk: lk.start)
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        said = r.key[a.start : b.end]
        rows = [t for t in a.terms if t.kind == "value" and said in norm(t.display)]
        if a.end == b.start and a.how in ("fuzzy", "partial") and b.how in ("synonym", "partial") and rows:
            out[i : i + 2] = [Link(a.start, b.end, said, tuple(rows), a.how, a.score + b.score)]
            continue
        i += 1
    return out


def _wraps_a_name(r: Reading, lk: Link, cands: Sequence[Link]) -> bool:
    """Is a paraphrase only a name the question says exactly, with words around it that ask rather than name
    ('哪些项目是政府购买服务': 政府购买服务, not a figure whose name holds 项目 and 政府购买服务)?"""
    if lk.how != "fuzzy":
        return False
    for e in cands:
        if e is lk or e.how != "exact" or not e.kinds() - {"doc"} or not (lk.start <= e.start and e.end <= lk.end):
            continue
        rest = r.key[lk.start : e.start] + r.key[e.end : lk.end]
        if re.fullmatch(r"(项目|的|是|走|有|都|这些|那些|哪些)*", rest):  # (words that ask, never a name's own)
            return True
    return False


def _two_halves(r: Reading, chosen: Sequence[Link]) -> str | None:
    """'某区卫健委': a place and a department said as one name, each naming a document the other does not (the
    district's 街道, another district's 卫健委): an organisation the index does not hold."""
    docs = sorted((lk for lk in chosen if lk.kinds() == {"doc"}), key=lambda lk: lk.start)
    for a, b in zip(docs, docs[1:], strict=False):
        da = {d for t in a.terms for d in t.docs}
        db = {d for t in b.terms for d in t.docs}
        if a.end == b.start and da and db and not da & db and _place(a.text) and not _place(b.text):
            return r.key[a.start : b.end]
    return None


def _names_the_scheme(lk: Link) -> bool:
    """A link that names only a classification of rows ('经济分类', '支出科目'), never a figure."""
    return lk.kinds() == {"column"} and all(t.role in ("econ", "func") for t in lk.terms)


def _whole_of_share(r: Reading, lk: Link, chosen: Sequence[Link] = ()) -> bool:
    """'占(今年)(某局)总预算的比重': the budget as a whole, said right after 占 in a share question."""
    docs = [c for c in chosen if c.kinds() == {"doc"}]
    if (r.has("op:share") or r.has("type:percent")) and re.match(r"(?:的)?(?:中|里|当中|之中|里面)", r.key[lk.end:]) and \
            any(s.label == "op:share_of" and s.start >= lk.end and re.match(
                r"(?:了)?(?:多大|多少|几成|百分之|比例|比重|的比例|的比重)", r.key[s.end:]) for s in r.spans):
        return True  # ('…部门预算中卫生健康支出占了多大比例': the whole said first, with 中, and none after 占)
    return (r.has("op:share") or r.has("type:percent")) and any(
        s.label == "op:share_of" and s.end <= lk.start and all(
            any(x.start <= i < x.end and (x.label in ("filler", "rel:current") or x.kind == "year") for x in r.spans)
            or any(c.start <= i < c.end for c in docs) for i in range(s.end, lk.start)) for s in r.spans)


def _is_weak(lk: Link) -> bool:
    """A name of the whole budget ('部门预算'), as a figure or as the part of the text that bears its name."""
    return bool(lk.kinds() & {"concept", "section"}) and lk.kinds() <= {"concept", "fact", "section"} and \
        lk.text in weak_aliases()


_PROJECT_TABLES = ("projects", "performance", "purchase_services")
GROUP_ROLES = frozenset(("project_name",))
DETAIL_ROLES = frozenset(("indicator", "ind_l1", "ind_l2", "ind_op", "ind_unit"))  # (ind_op: 定性, said of an indicator)
WEAK_ROLES = frozenset(("field", "ind_l1", "ind_l2", "ind_op", "catalog_l1", "catalog_l2", "catalog_l3", "duty", "goal", "note",
                        "category", "unit_type"))


def _many_names(lk: Link) -> bool:
    """Is a synonym the question says a word by which rows of different names go ('运维' of 某系统运行维护 and of
    公务用车运行维护费)?"""
    if lk.how != "synonym":
        return False
    names = {re.sub(r"^[\d一二三四五六七八九十]+[、.．]", "", norm(t.display)) for t in lk.terms
             if t.kind == "value" and t.role not in WEAK_ROLES and t.role not in DETAIL_ROLES}
    return len(names) > 1


def _named_first(lk: Link) -> Link | None:
    """Of a synonym's rows, those of the one name that begins with the word meant; None when no name or several
    different names do."""
    said = norm(lk.alias or lk.text)

    def name(t: Term) -> str:
        return re.sub(r"^[\d一二三四五六七八九十]+[、.．]", "", norm(t.display))

    first = [t for t in lk.terms if t.kind == "value" and t.role not in WEAK_ROLES and name(t).startswith(said)]
    if len({name(t) for t in first}) != 1:
        return None
    return replace(lk, terms=tuple(t for t in lk.terms if t.kind != "value" or t in first))


def _classes_only(lk: Link) -> bool:
    """Does a word name only classification rows (科目 of a function or economic classification, or a table's
    items), never a project or an indicator?"""
    return all(t.role in ("func_name", "econ_name", "gov_econ_name", "item") for t in lk.terms if t.kind == "value")


def _strong_value(lk: Link) -> bool:
    """A link read as a value of the tables: it names a row (not just a form field) or has no other meaning."""
    vals = [t for t in lk.terms if t.kind == "value"]
    if not vals:
        return False
    strong = [t for t in vals if t.role not in WEAK_ROLES]
    if strong:
        return True
    return not (lk.kinds() & {"concept", "column"})


def _matched_extent(run: str, term: str) -> tuple[int, int]:
    """The part of a question run that a paraphrased name covers: from its first to its last shared piece."""
    from .lexicon import common_substrings

    pos = [(run.find(p), run.find(p) + len(p)) for p in common_substrings(run, term) if run.find(p) >= 0]
    if not pos:
        return 0, len(run)
    a, b = min(a for a, _ in pos), max(b for _, b in pos)
    last = max(common_substrings(run, term), key=lambda p: run.find(p) + len(p))
    after = term.find(last) + len(last)
    while b < len(run) and after < len(term) and run[b] == term[after] and run[b] not in _FUNCTION_CHARS:
        b += 1  # the name's next character at the edge ('监' of 森林防火监控 for 森林防火监测)
        after += 1
    at = 0
    for tok in tokens(run):  # and the rest of the word it begins ('监控')
        if at < b < at + len(tok) <= at + 3:
            b = at + len(tok)
        at += len(tok)
    return a, b


def _describes_value(r: Reading, m: Mention, links: Sequence[Link]) -> bool:
    """'电话是64031203的项目': the column names the value that follows it, a filter, not the thing asked."""
    roles = {t.role for lk in m.links for t in lk.terms if t.kind == "column"}
    return any(t.kind == "value" and t.role in roles for lk in links for t in lk.terms
               if 0 <= lk.start - m.end <= 6 and _only_words(r, m.end, lk.start)
               or 0 <= m.start - lk.end <= 3 and _only_words(r, lk.end, m.start))  # '<电话号码>这个电话是谁的'


def _only_attribute(m: Mention) -> bool:
    """A mention that names only a non-amount column (负责人, 联系电话, 合同期限), perhaps in a table it names
    ('绩效目标表里联系电话')."""
    links = [lk for lk in m.links if lk.kinds() != {"table"}]
    return bool(links) and all(not _strong_value(lk) and not lk.kinds() & {"concept", "fact"} and any(
        t.kind == "column" and t.role in ("owner", "phone", "term") for t in lk.terms) for lk in links)


def _filter_words(r: Reading, chosen: list[Link]) -> Reading:
    """Drop answer-type words that only say what a named value is ('电话是64031203的项目': a filter, not the ask)."""
    roles = {"type:person": "owner", "type:phone": "phone"}
    values = [lk for lk in chosen if any(t.kind == "value" and t.role in ("owner", "phone") for t in lk.terms)]
    keep = []
    for s in r.spans:
        role = roles.get(s.label)
        # (after the value, a word of its own kind only: '<电话号码>是谁的' asks the person of a phone)
        if role and any(0 <= lk.start - s.end <= 6 and _only_words(r, s.end, lk.start) or (
                (0 <= s.start - lk.end <= 1 or 0 <= s.start - lk.end <= 3 and _only_words(r, lk.end, s.start))
                and any(t.kind == "value" and t.role == role for t in lk.terms)) for lk in values):
            continue
        keep.append(s)
    return replace(r, spans=tuple(keep)) if len(keep) != len(r.spans) else r


def _named_type_words(r: Reading, chosen: list[Link]) -> Reading:
    """An answer-type word inside a name ('经费' of 城市精细化管理经费) gives way to one the question says
    outside the names ('…的绩效目标是什么'): the name's word says what the thing is, not what is asked."""
    def inside(s: Span) -> bool:
        return any(lk.how == "exact" and lk.kinds() & {"value", "section"} and lk.start <= s.start and s.end <= lk.end
                   for lk in chosen)

    typed = [s for s in r.spans if s.label.startswith("type:")]
    if not any(not inside(s) and s.label != "type:amount" for s in typed):
        return r
    keep = tuple(s for s in r.spans if not (s.label == "type:amount" and inside(s)))
    return replace(r, spans=keep) if len(keep) != len(r.spans) else r


def _named_op_words(r: Reading, chosen: list[Link]) -> Reading:
    """A word of leaving out or denying inside a name the question gives ('扣除' of the column
    扣除基建项目后预算数), or a bound ('100万元以上' of 单位价值100万元以上的专用设备), is that name's, not the
    question's."""
    def inside(s: Span) -> bool:
        return any(lk.how == "exact" and lk.kinds() - {"doc"} and lk.start <= s.start and s.end <= lk.end
                   and (s.start, s.end) != (lk.start, lk.end) for lk in chosen)

    keep = tuple(s for s in r.spans if not (s.label in ("op:except", "neg:pre", "neg:post", "op:gt", "op:lt", "op:between")
                                            and inside(s)))
    return replace(r, spans=keep) if len(keep) != len(r.spans) else r


def _filler_only(r: Reading, word: str) -> bool:
    """Is every occurrence of the word in the question covered by filler spans only?"""
    pos = r.key.find(word)
    return pos >= 0 and all(any(s.label == "filler" and s.start <= i < s.end for s in r.spans)
                            for i in range(pos, pos + len(word)))


def _only_words(r: Reading, a: int, b: int) -> bool:
    """Is key[a:b] made of rule words only (是, 为, 电话 …)?"""
    covered = [False] * (b - a)
    for s in r.spans:
        for i in range(max(s.start, a), min(s.end, b)):
            covered[i - a] = True
    return all(covered)


def _unexplained(r: Reading, chosen: list[Link]) -> tuple[str, ...]:
    """The words of the question (jieba tokens) that no link, rule or generic budget word explains."""
    strong = [False] * len(r.key)
    weak = [False] * len(r.key)
    for lk in chosen:
        for i in range(lk.start, lk.end):
            strong[i] = True
    for s in r.spans:
        for i in range(s.start, s.end):
            if s.label == "filler" and s.end - s.start == 1:
                weak[i] = True
            else:
                strong[i] = True
    starts = {lk.start for lk in chosen}
    ends = {lk.end for lk in chosen}
    parts = set()  # a kind said as a part of a named figure ('政府采购预算里用于工程的'): a filter, unexplained
    for m in _GENERIC_RE.finditer(r.key):
        if m.group(0) in _PART_KINDS and any(e <= m.start() and _only_words(r, e, m.start()) and re.search(
                _INSIDE, r.key[e : m.start()]) for e in ends) and m.start() not in ends and m.end() not in starts \
                and not re.search(r"[、和及与跟]", r.key[max(0, m.start() - 1) : m.end() + 1]):  # (not one of a list)
            parts.add(m.group(0))
        # a generic word explains itself only beside a name ('装修工程', '项目的'), not as a filter of its own,
        # nor as a part inside it ('政府采购预算中工程采购': the 工程 part)
        # (nor as an item of a list all its own: '货物、工程、服务各多少')
        alone = (m.start() in r.seps and (m.end() in r.seps or m.end() not in starts)) or (
            m.end() in r.seps and m.start() not in ends)
        if not alone and (m.start() in ends or m.end() in starts or _only_words(r, m.end(), min(starts | {len(r.key)}))
                          and any(e <= m.start() and _only_words(r, e, m.start())
                                  and not re.search(_INSIDE, r.key[e : m.start()]) for e in ends)):
            for i in range(m.start(), m.end()):
                strong[i] = True
    rough = set()  # (a token that runs on from a figure the asker gives: 'X万由' is 'X万' and '由')
    for s in r.spans:
        if s.label == "approx" or s.kind == "year":
            rough.update(range(s.start, s.end))
    out: list[str] = []
    cur = ""
    pos = 0
    for tok in tokens(r.key):
        span = range(pos, pos + len(tok))
        pos += len(tok)
        missing = [i for i in span if not strong[i] and not (weak[i] and (
            len(tok) == 1 or r.key[i] in _FUNCTION_CHARS or all(j in rough for j in span if j != i)))]
        if not missing:
            if cur:
                out.append(cur)
            cur = ""
        elif len(tok) == 2 and strong[span[0]] and any(lk.end == span[1] and lk.how in ("partial", "fuzzy")
                                                         for lk in chosen):
            if cur:  # a paraphrased name that ends inside a word ('森林防火监控' of …监测系统): the word is it
                out.append(cur)
            cur = ""
        elif any(strong[i] for i in span):  # part of the word is explained: report the rest
            if cur:
                out.append(cur)
            cur = ""
            out.append("".join(r.key[i] for i in span if not strong[i]))
        else:
            cur += tok
    if cur:
        out.append(cur)
    # (a part said with a generic tail is that part: '工程类', '人员类')
    return tuple(w for w in out if not _generic(w) or any(p in w for p in parts))


# a whole, then a part said inside it ('基本支出里头（的）公用经费'): the words between the two
_IN = r"(?:里面|里头|当中|之中|其中|里|中|内)"
# ('主要内容列的那些科目里': the text's items, named as where the rows asked are)
_LISTED_IN = r"(?:列的|列出的|所列的?|里列的|中列的|的)?(?:那些|这些|各个|各|几个)?(?:科目|项目|项)?(?:里面|当中|之中|里|中)"
_AS_PART = r"(的|属于|归|算作?|列为)?(的)?"
_INSIDE = r"(中|里|内|其中|下面|用于|用在|用到|花在|花到|投向|投入到?)"
_PART_KINDS = frozenset(("工程", "人员", "本级", "下属"))
_FUNCTION_CHARS = set("的了吗呢吧啊呀是有在和与及跟给为共都也还就又再才只那这该其个项位名元年月日上中内下里多少几钱把将说")
_TOKENIZER = None


def tokens(text: str) -> list[str]:
    """jieba's segmentation of a matching form (the tokenizer is loaded once)."""
    global _TOKENIZER
    if _TOKENIZER is None:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        tk = jieba.Tokenizer()
        tk.initialize()
        for w in kept_words():
            tk.add_word(w)
        _TOKENIZER = tk
    return list(_TOKENIZER.cut(text, HMM=True))


def _runs(key: str, explained: list[bool]) -> list[str]:
    out, cur = [], ""
    for ch, ok in zip(key, explained, strict=True):
        if ok:
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def _generic(word: str) -> bool:
    w = word
    for g in sorted(GENERIC, key=len, reverse=True):
        w = w.replace(g, "")
    return not re.sub(r"[\d.]", "", w)


def _same_kind_pair(a: Link, b: Link) -> bool:
    """Two adjacent links that cannot be one figure: two projects, two different named figures."""
    ca = {t.role for t in a.terms if t.kind == "concept"}
    cb = {t.role for t in b.terms if t.kind == "concept"}
    if ca and cb:
        return not (ca & cb)  # two names of one figure ('部门收入' '预算总额') are one mention
    for role in ("project_name", "econ_name"):  # two projects, or two economic items said in a row ('养老保险职业年金')
        pa = {t.display for t in a.terms if t.role == role}
        pb = {t.display for t in b.terms if t.role == role}
        if role == "econ_name" and ({t.role for t in a.terms if t.kind == "value"} != {role} or
                                    {t.role for t in b.terms if t.kind == "value"} != {role}):
            continue
        if pa and pb and not (pa & pb):
            return True
    return False


def _plain_first(columns: list[Term]) -> list[Term]:
    """Columns named by their own label first: one under a heading the question does not say yields to one of
    that name alone ('单位资金' is 单位资金, not 上年结转（单位资金）)."""
    return sorted(columns, key=lambda t: (info := kinds.role(t.role or "")) is None or info.label != t.display)


def _measure(columns: list[Term], concept_terms: list[Term], has_values: bool) -> str | None:
    amounts = kinds.amount_roles()
    named = [t.role for t in columns if t.role in amounts and t.role != "total"]
    for role in named:  # '公车的购置费': the part named with its whole
        if any(other != role and _narrower(role, other) for other in named):
            return role
    for t in _plain_first(columns):
        if t.role in amounts and t.role != "total":
            return t.role
    if has_values:
        for c in concept_terms:
            role = _CONCEPT_ROLE.get(c.role or "")
            if role:
                return role
    return None


def _all_measures_read(said: list[list[Term]], here: str | None, own: kinds.Kind | None) -> bool:
    """Does a reading account for every amount column the question names (each name, by one of the columns
    it may mean): the one it reads, the table's own (a 一般公共预算 table is all 一般公共预算), or a whole the
    column read is part of?"""
    amounts = kinds.amount_roles()
    named = [roles for cols in said if (roles := {t.role for t in cols if t.role in amounts and t.role != "total"})]
    if len(named) < 2:
        return True
    read = {here} | set(own.is_of if own else ())
    return all(any(role in read or any(x and (_narrower(x, role) or _narrower(role, x)) for x in read)
                   for role in roles) for roles in named)


_CONCEPT_ROLE = {"基本支出": "basic", "项目支出": "project", "人员经费": "personnel", "公用经费": "public",
                 "财政拨款收入": "fiscal"}


_KIND_RANK = {"expenditure": 0, "income": 1}


def _names_the_whole(lk: Link) -> bool:
    """'总支出由哪几大类构成': a link that names only a budget's grand total, where every row is."""
    # (the text's own figure of that name, '支出预算', is the same whole)
    return "concept" in lk.kinds() and lk.kinds() <= {"concept", "fact"} and \
        all(_is_whole(t.role or "") for t in lk.terms if t.kind == "concept")


def _is_whole(name: str) -> bool:
    """Is the concept a budget's grand total (every place it is located is a total row)?"""
    c = concept(name)
    return c is not None and bool(c.locate) and all(step.get("row") == "total" and step.get("role") in (None, "total")
                                                    for step in c.locate)


def _concept_side(name: str) -> str | None:
    """The side of a two-sided table a concept is located on (收入总计: 收入), if any."""
    c = concept(name)
    return next((step["side"] for step in (c.locate if c else ()) if "kind" in step and step.get("side")), None)


def _concept_table(name: str) -> tuple[str, str | None] | None:
    for c in concepts():
        if c.name == name:
            for step in c.locate:
                if "kind" in step:
                    return step["kind"], step.get("role")  # a set ranges over the rows, by the concept's column
    return None


def _attribute(columns: list[Term], r: Reading) -> str | None:
    for t in columns:
        info = kinds.role(t.role or "")
        if info and info.type in ("person", "phone", "period", "text") and t.role in ("owner", "phone", "term", "goal"):
            return t.role
    if r.has("type:person"):
        return "owner"
    if r.has("type:phone"):
        return "phone"
    return None


def _past_brackets(r: Reading, at: int) -> int:
    """The position after the brackets that start at `at` ('主要内容（项级科目）中': where 中 is)."""
    while (nxt := next((b for a, b in r.brackets if a == at and b > at), None)) is not None:
        at = nxt
    return at


def _unbracketed(r: Reading, at: int) -> str:
    """The question's matching form from `at` on, without the brackets it holds."""
    cut = sorted((a, b) for a, b in r.brackets if a >= at)
    out, pos = [], at
    for a, b in cut:
        if a >= pos:
            out.append(r.key[pos:a])
            pos = b
    return "".join(out) + r.key[pos:]


def _parts_asked(r: Reading) -> bool:
    """'都花在哪些方面': which things, said inside words that ask a whole's parts (op:breakdown)."""
    w = _WHICH_THINGS.search(r.key)
    return w is not None and any(b.start <= w.start() and w.end() <= b.end for b in r.all("op:breakdown"))


def answer_asked(r: Reading, ts: Sequence[Sequence[Target]] = ()) -> str:
    """The answer type asked, seeing what the question names (`ts`: each mention's candidate targets) where the words
    alone do not settle it: '公用经费都花在哪些方面' asks the classes the column is made of (a list), where
    '项目支出都花在哪些方面' (a figure of no parts) asks what the text says it is for."""
    answer = _answer_type(r)
    if answer == "text" and len(ts) == 1 and _parts_asked(r) and any(
            t.concept and (c := _concept_table(t.concept)) is not None and kinds.role(c[1]) is not None
            and kinds.role(c[1]).items for t in ts[0]):
        return "list"
    return answer


def _answer_type(r: Reading) -> str:
    """The answer type the question's words ask (`answer_asked` sees what it names as well)."""
    if r.has("type:person") and r.has("type:phone"):
        # '负责人的联系电话多少' asks the phone, '电话是某号码的负责人是谁' the person: the word said last
        last = max((s for s in r.spans if s.label in ("type:person", "type:phone")), key=lambda s: s.end)
        return last.label.split(":")[1]
    if r.has("type:person"):
        return "person"
    if r.has("type:phone"):
        return "phone"
    if r.has("type:period"):
        return "period"
    if r.has("type:headcount"):
        return "headcount"
    if r.has("type:score"):
        return "score"
    if r.has("type:area"):
        return "area"
    # ('涨了18%多，主要是因为什么': a percentage the question states is no percentage asked)
    stated = [s for s in r.spans if s.label == "type:percent" and s.text in ("%", "％") and
              _PERCENT_STATED.search(r.key[: s.start])]
    if (r.has("type:percent") and not (stated and len(stated) == len(r.all("type:percent")) and
                                       named_pattern("asks_reason").search(r.key))) or r.has("op:share"):
        return "percent"
    numeric = r.has("type:amount") or r.has("type:count") or r.has("op:count") or r.has("op:sum") or \
        r.has("op:max") or r.has("op:min") or r.has("op:top") or r.has("op:nth") or r.has("op:gt") or \
        r.has("op:lt") or r.has("op:list") or r.has("op:diff") or r.has("op:change") or r.has("op:times")
    texts = [s for s in r.spans if s.label == "type:text"]
    if any(r.has(x) for x in ("op:gt", "op:lt", "op:between", "op:max", "op:min", "op:top", "op:nth")):
        # ('…支出主要内容中，哪些超过1000万元': the text named as where the rows are, not the answer asked)
        texts = [s for s in texts if not re.match(rf"{_LISTED_IN}", r.key[_past_brackets(r, s.end):])]
    within_breakdown = texts and all(any(b.start <= s.start and s.end <= b.end for b in r.spans
                                         if b.label == "op:breakdown") for s in texts)  # ('钱具体怎么分的': parts)
    if texts and not within_breakdown and not (r.has("type:amount") and re.search(r"(多少|几)", r.key)):
        return "text"
    if _WHICH_THINGS.search(r.key) and "多少" not in r.key:
        return "text"  # '要审计哪些资金': which things, in words
    if r.has("type:purpose") and any(s.text.startswith(("用在", "用到", "花在", "花到")) for s in r.spans
                                     if s.label == "type:purpose") and not re.search(r"(多少|几)", r.key) \
            and not r.has("op:breakdown") and not re.search(r"(用在|用到|花在|花到)(哪些|哪几个|哪个|什么)项目", r.key):
        return "text"  # '那笔钱主要用在哪': what it is for ('花在哪些项目上' asks which projects: a list)
    if r.has("type:what") and not numeric and not all(any(b.start <= s.start and s.end <= b.end for b in r.spans if b.label == "op:breakdown")
                                                       for s in r.spans if s.label == "type:what"):
        return "text"  # (not '资本性支出买的是什么': the parts of a class, what it bought)
    if r.has("type:count") or r.has("op:count"):
        return "count"
    if numeric or re.search(r"(多少|几)", r.key):
        return "amount"
    return "amount"


def _classified(m: Mention, r: Reading) -> Mention:
    """'按经济分类，…住房公积金': a name that is both a function and an economic class is read in the
    classification the question names (and no other)."""
    said = {"econ_name": r.has("set:econ"), "func_name": r.has("set:func")}
    if said["econ_name"] == said["func_name"]:
        return m
    other = "func_name" if said["econ_name"] else "econ_name"
    links = []
    for lk in m.links:
        roles = {t.role for t in lk.terms if t.kind == "value"}
        if roles >= {"econ_name", "func_name"}:
            lk = replace(lk, terms=tuple(t for t in lk.terms if not (t.kind == "value" and t.role == other)))
        links.append(lk)
    return replace(m, links=tuple(links)) if links != list(m.links) else m


def set_of(r: Reading) -> str | None:
    """What a set operation ranges over, from the question's words (qa/vocab/reading.json: set:*)."""
    if re.search(r"(哪些|哪几|几个|多少个|几项|多少项)[\u4e00-\u9fff]{0,4}指标|"
                 r"指标(?:(?!项目)[\u4e00-\u9fff]){0,6}(哪些|哪几|几项|几个)(?![\u4e00-\u9fff]?(项目|专项))", r.key):
        # '…项目有哪些产出指标': the indicators are the rows asked, not the projects (but '设置了某类指标的是哪些项目'
        # asks the projects)
        return "indicator"
    if re.search(r"(哪些|哪几个|哪个|几个|多少个)[\u4e00-\u9fff]{0,3}(科目|类|款)的项目(支出|经费)", r.key):
        # ('哪些项级科目的项目支出…': the column of the classes asked, not a set of projects)
        return "econ_name" if r.has("set:econ") else "func_name"
    # ('某局的项目支出安排在哪些科目': the 项目支出 column said after 的, with 科目 asked, is no set of projects)
    of_column = r"(?!支出|经费)" if re.search(r"科目|类|款", r.key) else ""
    if re.search(rf"(的项目{of_column}|(哪些|那些|这些|哪个|哪几个|几个|多少个|(?<![这那该每])个|所有|全部|各)项目|项目(都|一共|共)?有哪|项目是哪|"
                 r"项目清单|(?:(?<=年|局|委|办|处|的)|^)项目(里|中|当中|里面|里头|之中))", r.key):
        return "project_name"
    if r.has("set:econ"):
        return "econ_name"
    if r.has("set:func") or r.has("set:level1") or r.has("set:level2") or r.has("set:level3"):
        return "func_name"
    if re.search(r"项目支出(?:的?(?:金额|预算数?|数额))?(里|中|当中|里面|里头|之中|的?排?前[\d一二两三四五六七八九十]|的?排名|排第|"
                 r"超过|高于|大于|多于|不少于|的?第\d|最[多少大小高低]|按[\u4e00-\u9fff]{0,4}排|排一下|排个序|排序|"
                 r"哪(?:一)?[个项笔](?!科目|类|款))", r.key) and \
            not re.search(r"(科目|类|款|经济|功能|分类|单位)", r.key):
        # '项目支出里金额排前三的是哪几个', '项目支出金额排前三的是哪几个': the projects, not the rows of a column
        return "project_name"
    # a project said again as '这个项目' right after its name is a filler ('某经费这个项目，某指标定的是多少')
    again = {i for s in r.spans if s.label == "filler" and s.text.endswith(("项目", "专项")) for i in range(s.start, s.end)}
    k = re.sub(r"项目(支出|经费)", "", "".join(c for i, c in enumerate(r.key) if i not in again))
    # (the 项目支出 column is not a set of projects)
    if re.search(r"项目", k):
        return "project_name"
    if re.search(r"科目", k):
        return "func_name"
    if re.search(r"(指标)", k):
        return "indicator"
    if re.search(r"(单位)", k) and (re.search(r"(哪些|哪个|几个|几家|多少家)", k) or re.search(
            r"(下面|下属|所属|下设)", k) and re.search(r"哪一?家", k)):  # ('两家单位比一比，哪家…': two departments)
        return "unit_name"
    return None


_COUNTED_ROWS = named_pattern("counted_rows")
_WORDS_CUT = frozenset(named_words("words_not_cut"))  # two-character words no paraphrase starts inside
_SUM_OF_COUNTED = named_pattern("sum_of_counted")  # '几个项目加起来': the projects counted, summed
_SET_SUMMED = named_pattern("set_summed")  # '这些…', '那三个项目': a sum over a set of rows, not one row


def _counts_a_quantity(r: Reading) -> bool:
    """'要配几个保安员': the count asked is a quantity the document states (of people, things), not a count of
    rows: the word counted is not a set the tables list."""
    for s in r.spans:
        if s.label in ("op:count", "type:count"):
            after = r.key[s.end:]
            # ('项目里，有几个是列在某科目下的': the rows said before, counted by what is said of them)
            if after and not _COUNTED_ROWS.match(after[:6]) and re.match(r"[\u4e00-\u9fff]", after) and \
                    not re.match(r"(?:是|属于|列在|列入|归|被)", after):
                return True
    return False


def _is_set_question(r: Reading, set_of: str | None) -> bool:
    setty = r.has("op:max") or r.has("op:min") or r.has("op:top") or r.has("op:nth") or r.has("op:gt") or \
        r.has("op:lt") or r.has("op:between") or r.has("op:breakdown")
    # '哪个电话', '哪位负责人': which detail of one row, not which rows
    lists = [s for s in r.spans if s.label == "op:list" and not any(
        t.label in ("type:phone", "type:person", "type:period") and (t.start == s.end or t.start <= s.start < t.end)
        for t in r.spans)]  # ('哪几位负责': which people, of one row)
    listy = bool(lists) or ((r.has("op:count") or r.has("type:count")) and not _counts_a_quantity(r))
    if setty:
        return True
    if set_of and r.has("op:sum") and (_SET_SUMMED.search(r.key) or _SUM_OF_COUNTED.search(r.key)):
        return True
    return bool(listy and set_of)


def _item_word(text: str) -> str:
    """A list item's own word, without what asks about it after it ('服务各多少' -> 服务)."""
    m = re.match(r"[\u4e00-\u9fff]+?(?=各|分别|都|的|是|占|有|呢|多少|几|$)", text)
    return m.group(0) if m else text


def _in_order_prefix(text: str, name: str) -> int:
    """How long a start of text is whose characters all appear in name, in order, from the name's start on."""
    i = 0
    for n, ch in enumerate(text):
        j = name.find(ch, i)
        if j < 0:
            return n
        i = j + 1
    return len(text)


def _restated_nouns(r: Reading, chosen: list[Link]) -> list[tuple[int, int]]:
    """'政府购买服务都买了哪些服务': the noun right after the asking word restates the end of a name said before
    it, and names what the rows are, not another figure."""
    out = []
    for m in re.finditer(r"(哪些|哪几(?:个|项|种)?|什么)", r.key):
        for n in range(4, 1, -1):
            noun = r.key[m.end():m.end() + n]
            if len(noun) == n and any(o.end <= m.start() and len(o.text) > n and o.text.endswith(noun) and
                                      "doc" not in o.kinds() for o in chosen):
                # ('哪些服务项目': the noun, and the rows' kind said after it)
                tail = 2 if r.key[m.end() + n : m.end() + n + 2] == "项目" else 0
                out.append((m.end(), m.end() + n + tail))
                break
    return out


def _shared_head(ms: list[Mention], figs: list[Target]) -> list[Target]:
    """'政府采购货物和服务预算各是多少': a figure named first ('政府采购') heads each narrative figure listed after
    it, when each of those is named by a word of its own only (货物, 服务)."""
    head = ms[0].links[0] if ms and len(ms[0].links) >= 2 else None
    if head is None or "concept" not in head.kinds() or len(figs) != len(ms) or not all(
            t.fact and not (t.filters or t.within or t.concept) for t in figs) or not all(
            len(m.links) == 1 for m in ms[1:]):
        return figs
    return [replace(t, fact=(head.text, *[w for w in t.fact if w != head.text])) for t in figs]


def _items_asked(r: Reading) -> bool:
    """'哪几项', '哪一项' and nothing that names a level of 科目 ('项级', '科目', '功能', '类', '款')."""
    said = [s for s in r.spans if s.label.startswith("set:level") or s.label == "set:func"]
    return bool(said) and all(s.label == "set:level3" and "项级" not in s.text for s in said) and \
        not re.search(r"(科目|功能|项级)", r.key)


def _subjects_of_column(r: Reading) -> bool:
    """'公用经费都花在哪些科目上': 科目 said of a column made of economic classes, with no scheme or level of 科目
    named (those are its economic classes, not the 功能 rows it is spent under)."""
    return "科目" in r.key and not re.search(r"(功能|项级|类级|款级|大类)", r.key) and \
        not any(s.label.startswith("set:level") or s.label == "set:func" for s in r.spans)


def _level_word(r: Reading) -> int | None:
    for word, level in (("项级", 3), ("款级", 2), ("类级", 1)):
        if word in r.key:
            return level
    said = [s for s in r.spans if s.label.startswith("set:level")]
    asked = [s for s in said if re.match(r"(哪|几|多少)", s.text) or re.search(r"(哪一?|几|多少)$", r.key[: s.start])]
    if asked and len({s.label for s in asked}) == 1:  # '城乡社区支出这个大类下面分了哪几款': the level asked for
        return int(asked[0].label[-1])
    for level in (1, 2, 3):
        if r.has(f"set:level{level}"):
            return level
    return None


def _thresholds(r: Reading) -> tuple[float | None, float | None]:
    lo = hi = None
    for s in r.spans:
        if s.label == "op:between" and not s.group("b"):  # ('恰好是197,500元': that amount, to the cent)
            a = _money(s.group("a"), s.group("ua"))
            lo, hi = (a - 0.005, a + 0.005) if a is not None else (None, None)
        elif s.label == "op:between":
            a, b = _money(s.group("a"), s.group("ua") or s.group("ub")), _money(s.group("b"), s.group("ub"))
            lo, hi = (a, b) if a is not None and b is not None and a <= b else (b, a)
        elif s.label in ("op:gt", "op:lt") and (r.key[s.end : s.end + 1] in ("%", "％") or s.group("pct")
                                                 or s.group("rate") or s.group("times") or s.group("times2")
                                                 or s.group("half")):
            continue  # '下降超过40%', '降幅超过四成': a bound on a rate, not on an amount
        elif s.label == "op:gt" and lo is None:
            lo = _money(s.group("n"), s.group("u"))
        elif s.label == "op:lt" and hi is None:
            hi = _money(s.group("n"), s.group("u"))
    return lo, hi


def _money(n: str | None, u: str | None) -> float | None:
    """A threshold in 元 (万元 when no unit is written: budget questions count in 万元)."""
    if n is None or n.endswith("%"):
        return None
    try:
        v = float(n)
    except ValueError:
        return None
    if v != v or v in (float("inf"), float("-inf")) or abs(v) > 1e15:
        return None
    unit = {"亿": "亿元", "万": "万元"}.get(u or "", u or "万元")
    return v * {"元": 1.0, "千元": 1e3, "万元": 1e4, "亿元": 1e8}[unit]


def _is_change(r: Reading) -> bool:
    if not r.has("op:change") and not (r.has("op:diff") and r.has("op:than") and (r.has("rel:prior") or any(
            s.kind == "year" and r.key[s.start - 1 : s.start] == "比" for s in r.spans))):
        return False  # ('今年比去年多出来多少', '比2024年多出来多少': a change said as a difference with a year before)
    return bool(r.has("rel:prior") or r.has("op:than") or len(r.years) >= 1 or r.has("op:change_pct"))


def _compares(r: Reading, ms: list[Mention]) -> bool:
    if len(ms) < 2:
        return False
    between = r.key[ms[0].end : ms[1].start]
    return bool(_COMPARE.search(between)) and bool(re.search(r"(多|少|高|低|差)", r.key[ms[1].end:]))


def _drop_scopes(r: Reading, ms: list[Mention]) -> list[Mention]:
    """'基本支出里人员经费是多少': a named figure that only says where the next one lies is not asked itself."""
    # (a figure compared with another said after 比 is asked; one compared with a year, '…里的人员经费比2024年多了
    # 多少', is the figure of the mention said last)
    than_figure = any(s.label == "op:than" and any(m.start >= s.end for m in ms) for s in r.spans)
    if len(ms) < 2 or r.has("op:share") or r.has("op:share_of") or r.has("op:diff") or r.has("each") or \
            r.has("op:times") or than_figure:
        return ms
    out = list(ms)
    for a, b in zip(ms, ms[1:], strict=False):
        between = r.key[a.end : b.start]
        whole_of = between == "的" and any(_narrower(p, w) for p in _column_roles(b) for w in _column_roles(a))
        if a in out and (re.fullmatch(rf"(的)?(?:{_IN}|下){_AS_PART}", between) or _PART_OF.fullmatch(between)
                         or whole_of) and \
                all(lk.kinds() & {"concept", "column"} and not _strong_value(lk) for lk in a.links) and \
                (all(lk.kinds() & {"concept", "column"} and not _strong_value(lk) for lk in b.links)
                 or all("concept" in lk.kinds() for lk in a.links)):  # (a named figure said as where a row lies)
            if _outside(b, a):
                return ms  # '项目支出里的人员经费': 人员经费 lies in 基本支出, never in 项目支出; both stay, and nothing answers
            out.remove(a)
    return out


def _column_roles(m: Mention) -> set[str]:
    return {t.role for lk in m.links for t in lk.terms if t.kind == "column" and t.role}


def _outside(part: Mention, scope: Mention) -> bool:
    """Does the scope named exclude the part: the scope is the complement of the part or of a whole it lies in
    (columns.json: whole, complement)?"""
    by_label = {r.label: r for r in kinds.roles()}
    said = _column_roles(scope)
    for name in _column_roles(part):
        info, seen = kinds.role(name), set()
        while info is not None and info.role not in seen:
            seen.add(info.role)
            if said & set(info.complement) and not said & seen:
                return True
            info = by_label.get(info.whole) if info.whole else None
    return False


_INDICATOR_TOP = named_pattern("indicator_top")  # ('满意度指标定得最高的是哪个项目')
_ASKS_WHICH_PROJECT = named_pattern("asks_which_project")  # ('…是哪个项目', '…是哪一个')


def _indicator_set_plan(r: Reading) -> Plan | None:
    """'哪个项目把满意度目标定到了99%', '满意度指标定在98%及以上的项目有哪些': the projects whose indicators of
    that kind (reading.json `indicator_rates`) state the percentage, at it or beyond the bound said."""
    key = r.key
    m = re.search(r"(\d+(?:\.\d+)?)[%％]", key)
    if m is None and (top := _INDICATOR_TOP.search(key)) and _ASKS_WHICH_PROJECT.search(key) and \
            (words := [w for w in indicator_rates() if w in key[: top.start()]]) and not _is_change(r):
        # '满意度指标定得最高的是哪个项目': the projects ranked by the percentage those indicators state
        return Plan("max" if top["dir"] == "高" else "min", "list",
                    Target(table_kind="performance", filters=(Filter("indicator", words[0]),)), set_of="project_name",
                    by_indicator=True)
    if m is None or not re.search(r"(哪个|哪些|哪几个|几个|多少个)项目|项目(有哪些|是哪|有几个|都有)", key):
        return None
    words = [w for w in indicator_rates() if w in key]
    if not words or _is_change(r):
        return None
    v = float(m.group(1))
    after, before = key[m.end() : m.end() + 4], key[max(0, m.start() - 3) : m.start()]
    lo = hi = None
    inclusive = True
    if re.search(r"(要求|目标|定的是|写的是|规定)[^\d]{0,4}$", key[: m.start()]) and re.match(r"以上|以下", after):
        lo = hi = v  # '满意度指标要求达到98%以上的': the requirement as the table writes it (≥98%)
    elif re.match(r"(及|或)?以上|以上", after) or re.search(r"(不低于|至少|达到)$", before):
        lo = v
    elif re.match(r"(及|或)?以下", after) or re.search(r"(不高于|不超过|至多)$", before):
        hi = v
    elif re.search(r"(超过|高于|大于)$", before):
        lo, inclusive = v, False
    elif re.search(r"(低于|不到|小于|不足)$", before):
        hi, inclusive = v, False
    elif re.search(r"比$", before) and re.match(r"(还|更|要|都)?(高|多|大)", after):
        lo, inclusive = v, False  # '比95%还高': beyond it
    elif re.search(r"比$", before) and re.match(r"(还|更|要|都)?(低|少|小)", after):
        hi, inclusive = v, False
    elif re.search(r"比$", before) or re.match(r"(还|更|要|都)?(高|多|大|低|少|小)", after):
        return None  # a comparison not read above is no exact percentage
    else:
        lo = hi = v  # '定到了99%': that very percentage
    count = bool(re.search(r"(几个|多少个)项目|项目(有|是|共有|一共有)?(几个|多少个)", key))
    target = Target(table_kind="performance", filters=tuple(Filter("indicator", w) for w in words[:1]))
    return Plan("count" if count else "list", "count" if count else "list", target, lo=lo, hi=hi,
                inclusive=inclusive, set_of="project_name", by_indicator=True)


def _measure_word(r: Reading) -> str | None:
    """The measure word a count question asks in ('几辆车' -> 辆, '多少家' -> 家)."""
    m = re.search(r"(?:多少|几)(辆|台|家|个|项|次|人|名|套|所|户|部|间|份|类|场|件|处|本|册|批|期|张|座|平方米|公顷|亩|公里|吨)",
                  r.key)
    return m.group(1) if m else None


def _operand(t: Target) -> Target:
    """A figure a share or ratio is computed from: a stated amount, not a stated percentage."""
    return replace(t, fact_kind="amount") if t.fact_kind in ("percent", "times") else t


def _fact_kind(r: Reading, answer: str, unit: str | None) -> str | None:
    if answer in ("headcount", "percent", "score", "count", "area"):
        return answer
    if unit or re.search(r"(钱|金额|资金|经费|拨款|万元|亿元|元)", r.key):
        return "amount"
    return None


_LEAVE_OUT = ("neg:pre", "op:except")


def _drop_restated_complement(r: Reading, links: list[Link]) -> tuple[list[Link], Reading]:
    """'项目支出是多少（不含基本支出）': a column left out that is the declared complement of a column asked
    restates the question; it is neither a figure nor a rule (columns.json: complement)."""
    def roles(lk: Link) -> set[str]:
        return {t.role for t in lk.terms if t.kind == "column" and t.role}

    if set_of(r) is not None and (r.has("op:list") or r.has("op:count")):
        return links, r  # '哪些科目有基本支出、没有项目支出': which rows, the column denied a filter of them
    for lk in links:
        before = [s for s in r.spans if s.label in _LEAVE_OUT and (lk.start - 2 <= s.end <= lk.start or
                                                                   lk.end <= s.start <= lk.end + 1 or
                                                                   lk.end <= s.start <= lk.end + 4 and
                                                                   _only_words(r, lk.end, s.start))]
        if not before or not roles(lk):
            continue
        asked = {c for other in links if other is not lk and other.end <= min(before[0].start, lk.start)
                 for role in roles(other) for info in [kinds.role(role)] if info is not None for c in info.complement}
        if roles(lk) & asked:
            spans = tuple(s for s in r.spans if s not in before)
            return [x for x in links if x is not lk], replace(r, spans=spans)
    return links, r


_CONTAINER = named_pattern("container")


def _of_fund_said(r: Reading, t: Target) -> Target:
    """A named figure said with the fund it is of ('一般公共预算基本支出中，公用经费占比'): as the table of that fund
    prints it (its general-budget total), not over all funds."""
    if t.concept and not t.table_kind and f"一般公共预算{t.concept}" in r.key:
        return replace(t, table_kind="general_budget")
    return t


def _in_section_said(r: Reading, ms: list[Mention], t: Target) -> Target:
    """A figure of the text asked inside a section the question names first with 里/中 ('城市精细化管理经费里，
    某一块占项目总预算的比例'): that section's figure (its own 项目总预算, not another section's)."""
    secs = tuple(dict.fromkeys(x.display for m in ms for lk in m.links if lk.kinds() == {"section"}
                               and re.match(rf"(的)?(项目|专项|经费)?(的)?{_IN}", r.key[lk.end:]) for x in lk.terms))
    if len(secs) != 1 or t.section or not (t.fact or t.concept) or t.table_kind or t.filters or t.within:
        return t
    return replace(t, section=secs)


def _part_whole(r: Reading, ms: list[Mention], figs: list[Target]) -> tuple[Target, Target]:
    """Which of two figures is the part: the one before 占; or, in 'A中B的比例', B (A is the whole)."""
    a, b = figs[0], figs[1]
    between = r.key[ms[0].end : ms[1].start]
    zhan = r.first("op:share_of")
    if zhan is not None and ms[0].end <= zhan.start and ms[1].start >= zhan.end:
        return a, b  # A占B
    if re.search(r"在", between):
        return a, b  # A在B里占…
    if re.search(r"(中|里|内|之中|当中|下)", between):
        return b, a  # B中A的占比
    return a, b


def _whole_of(t: Target) -> Target | None:
    """The whole a part is a share of, when the question names only the part ('项目支出占多少比例': of 支出总计;
    '教育支出中项目支出占比': of the 教育支出 row's total), as the column vocabulary declares it."""
    role = t.measure or _CONCEPT_ROLE.get(t.concept or "")
    info = kinds.role(role) if role else None
    if info is None or not info.whole:
        table = kinds.kind_info(t.table_kind) if t.table_kind and not role and not t.within else None
        if table is not None and table.whole and t.filters and not t.attribute:
            return Target(concept=table.whole)  # '城乡社区支出占多大比例': a row of the table of its whole
        if not t.table_kind and not role and not t.within and not t.attribute and t.filters and \
                all(f.role == "func_name" for f in t.filters):
            # ('某类支出占百分之多少', said of no table: a class of the functional classification is a part of the
            # whole of the tables that list those classes, the spending as a whole)
            wholes = {k.whole for k in kinds.kinds()[0] if k.whole and k.row_scheme == "func"}
            return Target(concept=wholes.pop()) if len(wholes) == 1 else None
        return None
    if t.measure and (t.filters or t.within):
        # the same rows' whole: the column the part is of ('某单位…人员经费占多大比例': its 基本支出), else their total
        column = next((x.role for x in kinds.roles() if x.type == "amount" and x.label == info.whole), None)
        return replace(t, measure=column)
    if t.concept or not (t.filters or t.within):
        return Target(concept=info.whole)
    return None


_COUNTED = named_pattern("counted_planner")


_AND_WORDS = frozenset(named_words("and_words"))  # the words that join two mentions


def _mentions_joined_by_and(r: Reading, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Mentions said one after the other with only an 'and' between them ('政府采购和政府购买服务')."""
    return [(a, b) for a, b in zip(ms, ms[1:], strict=False) if r.key[a.end : b.start] in _AND_WORDS]


def _masked(key: str, ms: list[Mention], m: Mention) -> str:
    """The question with the other mentions' names blanked: the words a stated figure of `m` is searched by."""
    others = [(o.start, o.end) for o in ms if o is not m and len(ms) > 1 and any(
        lk.kinds() & {"concept", "value", "column"} for lk in o.links)]
    return "".join("\x00" if any(a <= i < b for a, b in others) else ch for i, ch in enumerate(key))
_MEASURE_NOT_ROWS = named_pattern("measure_not_rows")
_PERCENT_STATED = named_pattern("percent_stated")  # ('涨了18%': a figure said before %)
_INDICATOR_KIND = {"period": ("ind_l2", "时效指标"), "percent": ("ind_unit", "%")}


def _indicator_target(t: Target, answer: str, measure_word: str | None = None) -> Target | None:
    """A project's indicator answers quantities it does not hold as money: when, how many people, what rate."""
    rows = tuple(f for f in (t.within or t.filters) if f.role in GROUP_ROLES)
    detail = tuple(f for f in t.filters if f.role in DETAIL_ROLES)
    if not rows:
        named = tuple(f for f in detail if f.role == "indicator")
        if named and answer == "count" and measure_word and measure_word not in ("个", "项"):
            # '口袋公园计划新建改造多少处': the indicator named, in the unit counted, whichever project holds it
            unit = (Filter("ind_unit", measure_word, "performance"),)
            return Target(attribute="ind_value", filters=(*detail, *unit), words=t.words, fact_kind=answer,
                          unit=measure_word)
        return None
    if answer in _INDICATOR_KIND and not detail:
        role, value = _INDICATOR_KIND[answer]
        detail = (Filter(role, value, "performance"),)
    elif answer == "count" and measure_word and measure_word not in ("个", "项") and not detail:
        detail = (Filter("ind_unit", measure_word, "performance"),)  # '储备多少类物资': the indicator counted in 类
    return Target(attribute="ind_value", within=rows, filters=detail, words=t.words, fact_kind=answer,
                  unit=measure_word)


def _indicator_list(ts: list[list[Target]], answer: str) -> Plan | None:
    """'综合楼改造二期的产出指标有哪些': the indicators a project's performance table lists, of the kind named."""
    filters = [f for alts in ts for t in alts[:1] for f in (t.within + t.filters)]
    rows = tuple(dict.fromkeys(f for f in filters if f.role in GROUP_ROLES))
    detail = tuple(dict.fromkeys(f for f in filters if f.role in DETAIL_ROLES))
    if answer not in ("list", "amount", "text"):
        return None
    if not rows:  # '哪些是定性指标': every project's indicators of the kind the column says (指标性质), none other
        kinds = [f for f in detail if f.role == "ind_op"]
        return Plan("attribute", "text", Target(attribute="ind_value", filters=detail)) if kinds else None
    return Plan("attribute", "text", Target(attribute="ind_value", within=rows, filters=detail))


# the parts a special fund's own section lists ('那几块资金里', '几笔钱中', '分项里')
_SECTION_PARTS = named_pattern("section_parts")
_SAID_MONEY = named_pattern("said_money")
_MONEY_SCALE = {"万": 1e4, "亿": 1e8, "元": 1.0}
_MONEY_UNITS = {"元": 1.0, "万元": 1e4, "亿元": 1e8, "千元": 1e3}
_STATED = named_pattern("stated")
_SECTION_SET_OPS = ("max", "min", "nth", "top", "threshold", "list", "count")
_THOSE_PROJECTS = named_pattern("those_projects")
_NARRATIVE_ITEMS = named_pattern("narrative_items")


def _set_op(r: Reading, answer: str) -> tuple[str, int | None, float | None, float | None, bool, bool] | None:
    """What a set question does with its rows: (op, n, lo, hi, ascending, inclusive); None when a bound it
    names cannot be read."""
    op, n, lo, hi, ascending, inclusive = "list", None, None, None, False, False
    if any(s.label in ("op:gt", "op:lt", "op:between") and not (s.group("u") or s.group("ub"))
           and named_pattern("unit_not_money").match(r.key, s.end) for s in r.spans):
        return None  # '合同期限超过1年的项目': a bound in years (or people, 个…), which no amount column bounds
    nth, top = r.first("op:nth"), r.first("op:top")
    if nth is not None:
        op, n = "nth", int(nth.group("n") or nth.group("n2") or 1)
        ascending = bool(r.has("op:min")) or bool(re.search(r"(少|小|低)", nth.text))
    elif top is not None:
        op, n = "top", int(top.group("n") or 1)
        ascending = bool(r.has("op:min")) and not r.has("op:max")
    elif r.has("op:max"):
        op = "max"
    elif r.has("op:min"):
        op, ascending = "min", True
    elif r.has("op:between") or r.has("op:gt") or r.has("op:lt"):
        op = "count" if (r.has("op:count") or answer == "count") else "threshold"
    elif (r.has("op:count") or answer == "count") and not (r.has("op:sum") and _SUM_OF_COUNTED.search(r.key)):
        op = "count"  # (not '某处几个项目一共多少钱': the sum of the projects counted)
    elif r.has("op:sum") and not (r.has("op:list") and not re.search(r"(多少|几)", r.key)):
        op = "sum"  # ('一共管了哪些项目' asks which: a list)
    elif r.has("op:breakdown"):
        op = "breakdown"
    if r.has("op:between") or r.has("op:gt") or r.has("op:lt"):
        # a bound narrows the rows whatever is done with them ('超过100万元的项目中最大的')
        lo, hi = _thresholds(r)
        if lo is None and hi is None:
            return None
        bounds = [s.text for s in r.spans if s.label in ("op:gt", "op:lt")]
        said = [bool(re.search(r"(以上|以下|之上|之下|以内|至少|不少于|不低于|不超过|不高于|>=|<=|≥|≤)", b)) for b in bounds]
        # ('不到5万（5万元以下）': a bound said strictly as well is strict, whatever a gloss of it says)
        inclusive = r.has("op:between") or (any(said) and all(said))
    return op, n, lo, hi, ascending, inclusive


def _ranks_a_change(r: Reading) -> bool:
    """'增加最多', '降得最厉害', '涨幅最大': the rank is of a change, said right before it."""
    ranks = [s for s in r.spans if s.label in ("op:max", "op:min", "op:top", "op:nth")]
    return any(0 <= m.start - c.end <= 1 or c.start >= m.start and c.end <= m.end
               for c in r.spans if c.label == "op:change" for m in ranks)


def _change_set_plan(r: Reading, answer: str) -> Plan | None:
    """'降幅超过四成的是哪几个科目', '哪个科目增幅最大': 科目 chosen by the rate of change the text states of each
    (Executor.changed_items), in the direction the question says; a bound is a rate ('四成', '30%'), never money.
    The text explains 项, so a question about 款 is not one of these; one about 类 ('哪些类级支出减少了') is,
    answered from two budgets' own tables (level 1), never from the text's rates of 项."""
    if _level_word(r) == 2:
        return None
    flat = r"(持平|没变|没有变化|没变化|一样|相同|没涨也没降|没涨没降|不增不减|没增也没减|没增没减|不涨不降|没增没降)"
    if re.search(flat, r.key) and not re.search(r"(增|减|降|涨|升|跌|砍|压|翻)", re.sub(flat, "", r.key)) and \
            (r.has("op:list") and re.search(r"(科目|哪些钱|哪几项|哪些项|哪些支出)", r.key) or (
                r.has("op:count") or answer == "count") and re.search(r"(科目|几项|多少项|几个|多少个)", r.key)) and \
            (r.has("rel:prior") or r.has("op:than")) and not any(
            s.label in ("op:gt", "op:lt", "op:between") for s in r.spans):
        # '哪些科目跟上年执行数持平': the items whose paragraph says so ('有几个…持平': how many)
        if r.has("op:count") or answer == "count":
            return Plan("count", "count", Target(), set_of="changed", direction="flat")
        return Plan("list", "list", Target(), set_of="changed", direction="flat")
    if not (_is_change(r) or _ranks_a_change(r)) or not re.search(r"(科目|哪几项|哪些项|哪一项|哪项|哪个|哪几个|哪些|哪一个)", r.key):
        return None  # ('哪个科目降得最多': a fall is against the year before, said or not)
    down = bool(re.search(r"(降幅|减幅|减少|下降|降低|压减|缩减|砍|少了|降了|减了|降得|减得|跌)", r.key))
    up = bool(re.search(r"(增幅|涨幅|增加|增长|上升|提高|涨|多了|升了|翻)", r.key))
    if down == up:
        return None
    lo = hi = None
    for s in r.spans:
        if s.label in ("op:gt", "op:lt", "op:between"):
            after = r.key[s.end : s.end + 1]
            times = s.group("times") or s.group("times2")  # ('翻了一倍', '翻番': a rise of 100% or more)
            if s.label == "op:between" or s.group("u") or not (
                    s.group("pct") or s.group("rate") or times or s.group("half") or after in ("%", "％")):
                return None  # a bound in money (a change in 万元), which no rate answers
            v = 50.0 if s.group("half") else float(s.group("n") or 1) * (10 if s.group("pct") else 100 if times else 1)
            lo, hi = (v, hi) if s.label == "op:gt" else (lo, v)
    nth, top = r.first("op:nth"), r.first("op:top")
    n, ascending = None, False
    if nth is not None:
        op, n = "nth", int(nth.group("n") or nth.group("n2") or 1)
    elif top is not None:
        op, n = "top", int(top.group("n") or 1)
    elif r.has("op:max") or r.has("op:min"):
        op, ascending = ("min", True) if r.has("op:min") and not r.has("op:max") else ("max", False)
    elif r.has("op:count") or answer == "count":
        op = "count"
    elif r.has("op:list"):
        op = "threshold" if lo is not None or hi is not None else "list"
    else:
        return None
    if op != "min" and lo is None:
        lo = 0.0  # (rows that moved the other way, or not at all, are none of them)
    return Plan(op, "list" if op != "count" else "count", Target(), n=n, lo=lo, hi=hi, ascending=ascending,
                inclusive=bool(re.search(r"(以上|以下|至少|不少于|不低于|不超过|不高于|翻)", r.key)) and lo != 0.0,
                set_of="changed", direction="down" if down else "up", level=1 if _level_word(r) == 1 else None,
                by_amount=bool(_CHANGE_IN_MONEY.search(r.key) or _MOVED_MOST.search(r.key))
                and not re.search(r"(幅|率|百分|%|比例|几成)", r.key))


_MOVED_MOST = named_pattern("moved_most")  # ('减少得最多': by how much money, never its rate)
_CHANGE_IN_MONEY = re.compile(r"(金额|多少钱|的钱|钱最多|钱最少|万元|(?<![幅率])元)")  # ('减少金额最多的是哪一项')


def _explained_set_plan(r: Reading, answer: str) -> Plan | None:
    """'…支出主要内容中，哪些超过1000万元', '…主要内容里哪一项最多': the 科目 the text explains one paragraph each, by the
    amount it states of each (Executor.explained_items); never a change, which `_change_set_plan` reads."""
    if _is_change(r) or _ranks_a_change(r):
        return None
    chosen = _set_op(r, answer)
    if chosen is None:
        return None
    op, n, lo, hi, ascending, inclusive = chosen
    if op not in ("max", "min", "top", "nth", "threshold", "count") or op == "count" and lo is None and hi is None:
        return None
    return Plan(op, "count" if op == "count" else "list", Target(), n=n, lo=lo, hi=hi, inclusive=inclusive,
                ascending=ascending, set_of="explained")


_NARRATIVE_KIND = named_pattern("narrative_kind")


def _narrative_plan(r: Reading, answer: str, named: int = 0) -> Plan | None:
    """A set operation over the items the narrative describes (Executor.narrative_items); `named`: how many of
    them the question names."""
    chosen = _set_op(r, answer)
    if chosen is None:
        return None
    op, n, lo, hi, ascending, inclusive = chosen
    if op == "breakdown" or op == "list" and not (r.has("op:list") or r.has("scope:all") or r.has("each")):
        return None
    if op == "sum" and named < 2 and not (r.has("src:text") or re.search(
            r"((这|那|[2-9两三四五六七八九])(几)?个|说明(里|中)?(的|介绍的|列的|写的)(各|各个|几个|那些|这些|[2-9两三四五六七八九]个)?)"
            r"(?:专项|项目)", r.key)):
        return None  # the items said to be these ('这三个专项加起来', '甲专项、乙专项加起来'), not whatever 专项经费 may mean
    said = re.search(r"(?<![\d.])([2-9])个专项", r.key)  # '那三个专项': the text must describe three
    # ('各专项里单个细项超过500万的'): the line items each item's section lists, not the items themselves
    kind = _NARRATIVE_KIND.search(r.key)  # ('哪几个专项是政策资金': those whose heading says it, '…专项（政策资金）')
    return Plan(op, "count" if op == "count" else ("amount" if op == "sum" else "list"), Target(), n=n, lo=lo, hi=hi,
                inclusive=inclusive, ascending=ascending, set_of="narrative",
                said_count=int(said.group(1)) if said else None, label=kind.group(0) if kind else None,
                leaf=r.has("set:leaf"))


def _place(word: str) -> bool:
    """Is a department's name said as its place alone ('海淀', '万里'), not as an organisation ('卫健委')?"""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}?(区|市|县|镇)?", word)) and not re.search(r"[局委办处部厅]$", word)


def _another_head(lk: Link, chosen: Sequence[Link]) -> bool:
    """Is a word inside names said right after a place that is not what the names put before it ('海淀公园管理处'
    is no 北京市某区某公园管理处): the question names another thing, which the document does not list."""
    place = next((c.text for c in chosen if c.kinds() == {"doc"} and c.how == "exact" and c.end == lk.start
                  and _place(c.text)), None)
    if place is None:
        return False
    for t in lk.terms:
        k = t.display.find(lk.text)
        at = t.display.rfind(place, 0, max(k, 0))
        if k <= 0 or at >= 0 and re.fullmatch(r"(区|市|县|镇|乡|街道|街道办事处|办事处)?", t.display[at + len(place) : k]):
            return False  # ('万里社区…' of 万里街道社区…: the place the name itself begins with)
    return True


def _other_modifier(lk: Link, chosen: Sequence[Link]) -> bool:
    """Is a word inside names said right after another name the question gives, when every name that holds it
    puts another word before it ('社保基金' is no 政府性基金): the question names a thing the document does not list."""
    if lk.how != "partial":
        return False
    before = next((c for c in chosen if c is not lk and c.end == lk.start and c.kinds() - {"doc"}
                   and c.how == "synonym"), None)  # (a word said in the question's own words: '社保')
    if before is None:
        return False
    said = {before.text, *(t.display for t in before.terms)}
    for t in lk.terms:
        k = t.display.find(lk.text)
        head = t.display[max(0, k - 4) : k]
        if k <= 0 or any(head[i : i + 2] in s for i in range(len(head) - 1) for s in said):
            return False
    return True


def _concept_kinds(lk: Link) -> set[str]:
    """The kinds of table a concept link's figures are located in ('“三公”经费' -> three_public)."""
    out: set[str] = set()
    for t in lk.terms:
        c = concept(t.display) if t.kind == "concept" else None
        out |= {step["kind"] for step in (c.locate if c else ()) if step.get("kind")}
    return out


def _narrower(role: str, than: str) -> bool:
    """Is a column a part of another ('公用经费' of 基本支出)?"""
    info, whole = kinds.role(role), kinds.role(than)
    return bool(info and whole and (info.part_of == than or info.whole and info.whole == whole.label))


def _said_by(p: Plan) -> set[str]:
    """Every name a plan reads (its parts' words, rows, concepts), normalised."""
    t = p.target
    out = set()
    if t is not None:
        out |= {norm(w) for w in (*t.words, *t.fact, *t.context, *t.about, *t.section)}
        out |= {norm(f.value) for f in t.filters + t.within + t.exclude}
        out |= {norm(t.concept)} if t.concept else set()
    for q in p.parts:
        if q is not None:
            out |= _said_by(q)
    return out


def _leaves_a_row(p: Plan, r: Reading, links: Sequence[Link]) -> bool:
    """Does a share, or a question of several parts, leave out a row the question names ('政府购买服务今年的预算里，
    物业管理服务占多大比例' read as 政府购买服务's share of the whole budget, 物业管理服务 unread; '某单位收入里，
    甲、乙和丙各是多少' answered with the department's 乙)? A row named only by its value, that no part reads, is a
    part or a whole asked that the plan does not compute."""
    if p.op not in ("share", "compound"):
        return False
    said = _said_by(p)

    def heard(name: str) -> bool:  # (a name read inside a figure's label, '某单位编制', is read)
        return any(name in x for x in said)
    return any(lk.kinds() == {"value"} and not heard(norm(r.key[lk.start:lk.end])) and not any(
        heard(norm(t.display)) for t in lk.terms) for lk in links)


@dataclass(frozen=True)
class PlanCheck:
    """A rule that drops a candidate plan answering another question than the one read (`drops` sees the plan and
    what was understood)."""
    name: str
    drops: Callable[[Plan, Understanding], bool]


def _share_of_a_change(p: Plan, u: Understanding) -> bool:
    # '项目支出减少的金额占基本支出的比例': a change's share, which no share of the levels answers
    return p.op == "share" and named_pattern("change_part").search(u.reading.key) is not None


def _sum_of_a_share(p: Plan, u: Understanding) -> bool:
    # '甲的一般公共预算占部门一般公共预算总额的多少': a part said against its whole, which no sum of the two is
    return p.op == "sum" and u.reading.has("op:share_of")


def _attribute_of_a_difference(p: Plan, u: Understanding) -> bool:
    # '某项目的预算数和绩效表里全年总成本指标差多少': a difference asked in so many words, which one row's attribute
    # (an indicator's value, a person, a date) never is ('至少多少' is no difference)
    r = u.reading
    return p.op == "attribute" and any(r.key[x.start:x.end].startswith(("差", "相差")) for x in r.all("op:diff"))


def _whole_for_which(p: Plan, u: Understanding) -> bool:
    # '哪家的收入预算最少' asks which row: the budget's whole looked up answers another question
    r = u.reading
    return p.op == "lookup" and p.target is not None and bool(p.target.concept) and _is_whole(p.target.concept) and \
        re.search(r"哪(?:个|家|项|一|些)", r.key) is not None and (r.has("op:max") or r.has("op:min")) and \
        len(u.scope) == 1


# Each drops a candidate plan that would answer another question; a plan any of them drops is never run.
_PLAN_CHECKS = (
    PlanCheck("echoes", lambda p, u: _echoes(p)),
    PlanCheck("leaves_a_row", lambda p, u: _leaves_a_row(p, u.reading, u.links)),
    PlanCheck("share_of_a_change", _share_of_a_change),
    PlanCheck("sum_of_a_share", _sum_of_a_share),
    PlanCheck("attribute_of_a_difference", _attribute_of_a_difference),
    PlanCheck("whole_for_which", _whole_for_which),
)


def _echoes(p: Plan) -> bool:
    """A plan that would answer with what the question gave ('电话是X的项目…' -> 'X的联系电话：X'), in any part."""
    if p.op == "attribute" and p.target is not None and p.target.attribute in ("owner", "phone"):
        return any(f.role == p.target.attribute for f in p.target.within + p.target.filters)
    return any(_echoes(q) for q in p.parts if q is not None)


def _lookup(t: Target, unit: str | None, answer: str = "amount") -> Plan:
    if t.attribute == "goal" and answer in ("count", "headcount", "percent", "area"):
        # '某经费的绩效目标里，全年要办多少件案子': a count asked of the goal is its indicator's value (one of that
        # kind, or the one the words name)
        # (an indicator named is the row asked, the project the rows it is among)
        named = tuple(f for f in t.within if f.role in DETAIL_ROLES)
        return Plan("attribute", answer, replace(t, attribute="ind_value", fact_kind=t.fact_kind or answer,
                                                 within=tuple(f for f in t.within if f not in named),
                                                 filters=(*t.filters, *named)))
    if t.attribute:
        return Plan("attribute", answer if answer in ("person", "phone", "period") else "text", t)
    if answer in ("person", "phone", "period", "text"):
        return Plan("lookup", answer, t, unit=unit)  # a figure will not pass as a person, a phone or a date
    return Plan("lookup", answer if answer in ("amount", "percent", "headcount", "count", "score", "area") else "amount", t,
                unit=unit)


def _nest(filters: tuple[Filter, ...]) -> tuple[tuple[Filter, ...], tuple[Filter, ...]]:
    """(filters, within): of two names of one classification, the first names the parent ('商贸事务 行政运行')."""
    by_role: dict[str, list[Filter]] = {}
    for f in filters:
        by_role.setdefault(f.role, []).append(f)
    within: list[Filter] = []
    for role, fs in by_role.items():
        if len(fs) >= 2 and role.endswith("_name") and role[:-5] in ("func", "econ", "gov_econ"):
            within += fs[:-1]
    return tuple(f for f in filters if f not in within), tuple(within)


__all__ = ["Planner", "Understanding", "Mention", "Span"]
