"""The query plan: the one typed representation between reading a question and running it.

    Plan(op, answer, target, parts, n, lo, hi, unit, docs, …)

- `answer`: what is asked: amount | count | percent | person | phone | period | text | list | times
- `target`: the rows and the column (or the named figure, or the narrative figure) it is read from:
  a table kind, filters linked to values of any column, the measure column
- `op`: lookup | attribute | sum | count | max | min | top | nth | threshold | list | breakdown |
  share | diff | ratio | change | compound | text
- `parts`: the sub-plans of a share (A of B), a difference (A − B), a ratio, a change, a compound
- `docs`: the documents it runs on; `across`: how documents combine (each | max | min | sum | diff | change |
  pool: the rows of every document ranked together)

`describe(plan)` is its canonical reading in plain Chinese ("我理解的问题：…"), and `to_dict` goes
into the answer's `plan` field.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields, replace

OPS = ("lookup", "attribute", "sum", "count", "max", "min", "top", "nth", "threshold", "list", "breakdown",
       "share", "diff", "ratio", "change", "compound", "text")


@dataclass(frozen=True)
class Filter:
    """Rows whose `role` cell (or whose name, role 'name') is `value`; a subject also by its code prefix."""

    role: str
    value: str
    table_kind: str | None = None
    code: str | None = None  # a classification code: rows whose code starts with it
    span: tuple[int, int] | None = None

    def describe(self) -> str:
        from ingest import kinds

        r = kinds.role(self.role)
        what = r.label if r and self.role not in ("name", "project_name", "item", "indicator") else ""
        return f"{what}为“{self.value}”" if what else f"“{self.value}”"


@dataclass(frozen=True)
class Target:
    """Where a figure is read: a named figure, a narrative figure, or rows × a column of a table kind."""

    table_kind: str | None = None
    filters: tuple[Filter, ...] = ()
    measure: str | None = None  # the amount column's role; None: the row's first amount
    attribute: str | None = None  # a non-amount column asked for (owner, phone, term, goal, ind_value …)
    concept: str | None = None  # a named figure of qa/vocab/concepts.json
    fact: tuple[str, ...] = ()  # labels of a narrative figure
    fact_kind: str | None = None  # amount | percent | headcount | count | score
    side: str | None = None
    within: tuple[Filter, ...] = ()  # rows under these (a 款 whose 项 are meant; a project whose indicators)
    year: int | None = None  # a year other than the document's own (narrative figures only)
    change: bool = False  # the narrative figure is a change against another year
    words: tuple[str, ...] = ()  # the question's own words for this figure (to find it in the narrative)
    context: tuple[str, ...] = ()  # words the narrative sentence must also contain (某扶贫 … 评价得分)
    section: tuple[str, ...] = ()  # narrative sections the figure must be in (a project's 经费情况说明)
    unit: str | None = None  # the measure word asked ('几辆车': 辆), which a narrative count must be in
    question: str = ""  # the question's matching form (to rank narrative figures by the words they share)
    nonzero: tuple[str, ...] = ()  # amount columns a row must have (哪些科目有项目支出)
    zero: tuple[str, ...] = ()  # amount columns a row must not have (一分基本支出都没有)
    exclude: tuple[Filter, ...] = ()  # rows left out (除了A项目，最多的是哪个)
    about: tuple[str, ...] = ()  # names the narrative figure's paragraph must say (an item's 执行数 beside it)

    def label(self) -> str:
        from ingest import kinds

        if self.concept:
            base = self.concept
        elif self.fact:
            base = self.fact[0]
        else:
            # (a filter on a unit column qualifies the rows, it names none of them: '时效指标（度量单位：小时）')
            units = [f for f in self.filters if (r := kinds.role(f.role or "")) is not None and r.type == "unit"]
            base = "、".join(dict.fromkeys(f.value for f in self.within + self.filters if f not in units)) or (
                kinds.kind_info(self.table_kind).label if self.table_kind and kinds.kind_info(self.table_kind) else "")
            base += "".join(dict.fromkeys(f"（{kinds.role(f.role).label}：{f.value}）" for f in units))
        col = self.measure or self.attribute
        if col and not self.concept:
            r = kinds.role(col)
            if r and r.label not in base:
                base = f"{base}的{r.label}" if base else r.label
        return base


@dataclass(frozen=True)
class Plan:
    op: str
    answer: str
    target: Target | None = None
    parts: tuple[Plan, ...] = ()
    n: int | None = None
    lo: float | None = None  # thresholds, in 元
    hi: float | None = None
    inclusive: bool = False  # 以上/以下/至少/不超过 include the bound; 超过/低于 do not
    unit: str | None = None  # the unit asked for
    docs: tuple[str, ...] = ()
    across: str = "each"  # each | max | min | sum | diff | change | pool | one
    ascending: bool = False
    set_of: str | None = None  # what a set operation ranges over: the role of its rows' names (project_name …)
    query: str = ""  # words to search for (text answers)
    # options of some operations:
    direction: str | None = None  # rows that changed ('changed'): 'up', 'down' or 'flat'
    by_amount: bool = False  # rows that changed, by the change in money ('减少金额最多'), not by its rate
    before: str | None = None  # rows that changed: the earlier budget's document, compared item by item
    level: int | None = None  # the level of the classes asked (1 类, 2 款, 3 项)
    base: int | None = None  # a rate computed from the two levels the text states, from this year ('以2022年为基数')
    summed: bool = False  # the rows ranked, summed ('排前三的项目加起来多少钱')
    by_indicator: bool = False  # projects chosen by the percentage their indicators of a kind state
    stated: bool = False  # the parts the text lists of a figure it states ('政府采购预算由哪几块组成')
    # the set the text's own items make (set_of 'narrative'):
    said_count: int | None = None  # how many items the question says there are ('那三个专项'); checked, never assumed
    label: str | None = None  # what an item's own heading must say ('哪几个专项是政策资金': '…专项（政策资金）')
    leaf: bool = False  # the line items each item lists, not the items ('各专项里单个细项超过500万的')

    def with_docs(self, docs: tuple[str, ...], across: str | None = None) -> Plan:
        return replace(self, docs=docs, across=across or self.across,
                       parts=tuple(p.with_docs(docs, None) for p in self.parts))

    def to_dict(self) -> dict:
        d = asdict(self)
        return _prune(d)

    @classmethod
    def from_dict(cls, d: dict | None) -> Plan | None:
        """The plan an answer's `plan` dict was written from (`to_dict` read back); None when the dict is no plan.
        Keys a plan does not have (a note an answer adds) are left out."""
        if not isinstance(d, dict) or not isinstance(d.get("op"), str):
            return None
        t = d.get("target")
        try:
            return cls._read(d, t)
        except (TypeError, KeyError):  # a dict written by hand, not from a plan
            return None

    @classmethod
    def _read(cls, d: dict, t: dict | None) -> Plan:
        return cls(**{
            **_fields_of(cls, d, ("target", "parts")),
            "target": Target(**{**_fields_of(Target, t, _FILTER_FIELDS), **{k: tuple(
                Filter(**_fields_of(Filter, f, ("span",)), span=tuple(f["span"]) if f.get("span") else None)
                for f in t.get(k) or ()) for k in _FILTER_FIELDS}}) if isinstance(t, dict) else None,
            "parts": tuple(x for x in (cls.from_dict(x) for x in d.get("parts") or ()) if x is not None)})

    def walk(self) -> Iterator[Plan]:
        """This plan and each of its parts, depth first."""
        yield self
        for x in self.parts:
            yield from x.walk()

    def names(self, role: str) -> tuple[str, ...]:
        """The values this plan's target filters (and rows it is within) by `role`, in order (a value filtered by twice
        is there twice: two readings of the question that name the one row)."""
        t = self.target
        return tuple(f.value for f in (*t.within, *t.filters) if f.role == role and f.value) if t else ()


_FILTER_FIELDS = ("filters", "within", "exclude")


def _fields_of(cls, d: dict, skip: tuple[str, ...]) -> dict:
    """The keys of `d` that are fields of the dataclass `cls` (but `skip`), lists read back as tuples."""
    return {f.name: tuple(v) if isinstance(v := d[f.name], list) else v
            for f in fields(cls) if f.name in d and f.name not in skip}


def _prune(d):
    if isinstance(d, dict):
        return {k: _prune(v) for k, v in d.items() if v not in (None, (), [], "", False) or k in ("op", "answer")}
    if isinstance(d, list | tuple):
        return [_prune(x) for x in d]
    return d


_OP_WORDS = {
    "sum": "合计", "count": "个数", "max": "最大的", "min": "最小的", "list": "列表", "breakdown": "构成",
    "threshold": "", "lookup": "", "attribute": "", "share": "占比", "diff": "差额", "ratio": "倍数",
    "change": "变化", "text": "", "compound": "", "top": "", "nth": "",
}
_ANSWER_WORDS = {"person": "负责人", "phone": "电话", "period": "时间", "text": "说明"}


@dataclass(frozen=True)
class DocName:
    department: str
    year: int | None


def describe(plan: Plan, names: dict[str, DocName] | None = None) -> str:
    """The plan in plain Chinese, as a person would restate the question."""
    names = names or {}
    where = _docs_text(plan.docs, names)
    body = _body(plan)
    return f"{where}{body}{_ACROSS_TEXT.get(plan.across, '')}".strip()


_ACROSS_TEXT = {"max": "（比较各文件，取最大）", "min": "（比较各文件，取最小）", "sum": "（各文件相加）",
                "diff": "（两份文件相减）", "change": "（两个年度相比）", "pool": "（各文件合在一起比较）"}


def describe_each(plan: Plan, readings: list[tuple[str, Plan]], names: dict[str, DocName] | None = None) -> str:
    """A plan whose documents were each read in their own tables: one reading per document."""
    each = "；".join(describe(replace(p, docs=(d,), across="one"), names) for d, p in readings)
    return each + _ACROSS_TEXT.get(plan.across, "")


def _docs_text(docs: tuple[str, ...], names: dict[str, DocName]) -> str:
    if not docs:
        return ""
    parts = []
    for d in docs:
        n = names.get(d)
        parts.append(f"{n.department}{n.year}年" if n and n.year else (n.department if n else d))
    return ("、".join(parts) if len(parts) <= 3 else f"{len(parts)} 份文件") + "："


def _target_text(t: Target | None) -> str:
    if t is None:
        return ""
    from ingest import kinds

    table = kinds.kind_info(t.table_kind).label if t.table_kind and kinds.kind_info(t.table_kind) else ""
    if t.concept:
        return f"“{t.section[0]}”的{t.concept}" if t.section else t.concept
    if t.fact:
        year = f"{t.year}年" if t.year else ""
        return f"文中所述{year}“{'…'.join(t.fact[:3])}”" + ("的变化" if t.change else "")
    if t.attribute == "value" and t.within and not t.filters:  # a form's row that holds its answer
        return f"{table}中" * bool(table) + "、".join(f"“{f.value}”一栏" for f in t.within)
    within = "".join(f"{f.value}中" for f in t.within)
    filters = "、".join(f.describe() for f in t.filters)
    col = t.attribute or t.measure
    col_text = ""
    if col:
        r = kinds.role(col)
        col_text = (f"的{r.label}" if table or within or filters else r.label) if r else ""
    head = f"{table}中" if table else ""
    need = "、".join([f"有{_role_label(r)}" for r in t.nonzero] + [f"没有{_role_label(r)}" for r in t.zero])
    but = "、".join(f.value for f in t.exclude)
    if not (head or within or filters or col_text) and t.section:  # the amounts a section of the text lists
        return "、".join(f"“{x}”" for x in t.section)
    return f"{head}{within}{filters}{col_text}" + (f"（{need}）" if need else "") + (f"（除“{but}”外）" if but else "")


def _role_label(role: str) -> str:
    from ingest import kinds

    r = kinds.role(role)
    return r.label if r else role


def _body(p: Plan) -> str:
    t = _target_text(p.target)
    if p.op in ("share", "ratio", "diff") and len(p.parts) == 2:
        a, b = (_body(x) for x in p.parts)
        word = {"share": "占", "ratio": "是", "diff": "比"}[p.op]
        tail = {"share": "的比例", "ratio": "的几倍", "diff": "多多少"}[p.op]
        return f"{a} {word} {b}{tail}"
    if p.op == "change" and p.parts:
        return f"{_body(p.parts[0])} 与上一年相比的变化" + ("（百分比）" if p.answer == "percent" else "")
    if p.op == "change":
        return f"{t}的变化" + ("（百分比）" if p.answer == "percent" else "")
    if p.op == "compound":
        return "；".join(_body(x) for x in p.parts)
    if p.op == "text":
        return f"关于“{p.query or t}”的文字说明"
    if p.op == "attribute":
        return f"{t}"
    if p.set_of == "changed":  # (a bound on a rate, never on money)
        moved = {"down": "降幅", "flat": "持平"}.get(p.direction or "", "增幅")
        if p.by_amount and moved != "持平":  # ('减少金额最多': the change in money)
            moved = {"降幅": "减少金额", "增幅": "增加金额"}[moved]
        bound = "" if moved == "持平" or not p.lo and not p.hi else (
            f"{'不低于' if p.inclusive else '超过'}{p.lo:g}%" if p.lo else f"{'不超过' if p.inclusive else '低于'}{p.hi:g}%")
        rank = {"max": "最大", "min": "最小", "top": f"排前 {p.n} 名", "nth": f"排第 {p.n}"}.get(p.op, "")
        body = "与上年相比持平的科目" if moved == "持平" else f"与上年相比{moved}{bound}{rank}的科目"
        return body + ("个数" if p.op == "count" else "")
    if p.set_of == "narrative" and not t:
        t = "说明文字分项介绍的专项" + (f"中标明“{p.label}”的" if p.label else "")
    what = {"project_name": "项目", "item": "项目", "func_name": "科目", "econ_name": "经济分类科目",
            "indicator": "指标", "unit_name": "单位",
            "narrative": "专项（按说明中各自的项目总预算）"}.get(p.set_of or "", "行")
    if p.by_indicator:  # projects chosen by an indicator's percentage
        kind = "、".join(f.value for f in (p.target.filters if p.target else ()))
        if p.lo is not None and p.lo == p.hi:
            bound = f"为{p.lo:g}%"
        elif p.lo is not None:
            bound = f"{'不低于' if p.inclusive else '高于'}{p.lo:g}%"
        elif p.op in ("max", "min"):
            return f"项目支出绩效目标表中“{kind}”类指标定得{'最高' if p.op == 'max' else '最低'}的项目"
        else:
            bound = f"{'不高于' if p.inclusive else '低于'}{(p.hi or 0):g}%"
        return f"项目支出绩效目标表中“{kind}”类指标{bound}的项目" + ("个数" if p.op == "count" else "列表")
    if p.level and p.set_of in ("func_name", "econ_name"):
        what = {1: "类级", 2: "款级", 3: "项级"}.get(p.level, "") + what
    if p.op == "count" and (p.lo is not None or p.hi is not None):
        return f"{_in(t)}金额{_range_text(p.lo, p.hi)}的{what}个数"
    if p.op != "threshold" and (p.lo is not None or p.hi is not None):
        t = f"{_in(t)}金额{_range_text(p.lo, p.hi)}的{what}，其中"
    if p.op == "count":
        return f"{t}的{what}个数"
    if p.op in ("max", "min"):
        return f"{_in(t)}金额{'最大' if p.op == 'max' else '最小'}的{what}"
    if p.op == "top":
        return f"{_in(t)}金额{'最小' if p.ascending else '最大'}的 {p.n} 个{what}" + ("的合计" if p.summed else "")
    if p.op == "nth":
        return f"{_in(t)}金额第 {p.n} {'小' if p.ascending else '大'}的{what}"
    if p.op == "threshold":
        rng = _range_text(p.lo, p.hi)
        return f"{_in(t)}金额{rng}的{what}"
    if p.op == "list":
        return f"{t}的{what}列表"
    if p.op == "breakdown":
        return f"{t}的构成"
    if p.op == "sum":
        return f"{t}的合计"
    return t


def _in(t: str) -> str:
    """'项目支出表中' / '某公园中' (never '表中 中')."""
    t = t.strip()
    return t if not t or t.endswith("中") else f"{t}中"


def _range_text(lo: float | None, hi: float | None) -> str:
    from .normalize import fmt_number

    def w(v: float) -> str:
        return f"{fmt_number(v / 1e4)}万元"

    if lo is not None and hi is not None and hi - lo <= 0.01:  # (an amount said exactly: '恰好是197,500元')
        return f"恰为{w((lo + hi) / 2)}"
    if lo is not None and hi is not None:
        return f"在{w(lo)}到{w(hi)}之间"
    if lo is not None:
        return f"超过{w(lo)}"
    if hi is not None:
        return f"低于{w(hi)}"
    return ""


__all__ = ["Plan", "Target", "Filter", "describe", "DocName", "OPS", "field"]
