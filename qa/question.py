"""Read a question: what it asks for (operation, unit, years, thresholds), before any linking."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import QuestionError
from .normalize import arabize, cn_to_int, nfkc, norm

MAX_CHARS = 500

_DESCRIPTIVE = re.compile(
    r"(职责|职能|原因|为什么|为何|(?<!项)目的|目标是什么|绩效目标|如何|怎样|怎么|什么是|是什么意思|含义|定义|指的是|是指|"
    r"介绍|内容|哪些工作|主要工作|任务|措施|做法|说明了什么|用途|用于什么|干什么|作用|意义|范围|包括哪些|包括什么|"
    r"成效|效果|情况如何|依据|计划|什么问题|解决什么|做什么|干什么|为了什么|哪些事|哪些东西|是什么|用在|用于哪|"
    r"主要是|具体是|具体要|要求|标准)"
)
_NUMERIC = re.compile(
    r"(多少|几个|几项|几人|几名|金额|数额|预算数|总额|合计|总计|一共|共计|总共|占比|比例|比重|百分之|增减|增加|减少|"
    r"增长|下降|变化|最多|最少|最高|最低|最大|最小|排名|前\d+|超过|大于|高于|低于|小于|不足|以上|以下|"
    r"哪个项目|哪些项目|哪项|哪一项|数量|人数|得分|分数|是谁|负责人|责任人|联系人|电话|万元|亿元|元|多大|多长|多高|"
    r"面积|几套|几台|几辆)"
)


@dataclass(frozen=True)
class Question:
    raw: str
    text: str  # NFKC, Chinese numerals as digits
    key: str  # normalised for matching (no punctuation or spaces)
    years: tuple[int, ...]
    want_unit: str | None  # 元 / 万元 / 亿元 when the person asks for one
    op: str  # lookup | count | max | min | top | threshold | list | share | change | owner | breakdown
    n: int | None = None  # for top-N
    threshold: float | None = None  # in 万元
    comparator: str | None = None  # > | <
    kind_hint: str | None = None  # amount | count | headcount | percent | score
    descriptive: bool = False
    numeric: bool = False
    target: str | None = None  # project | func | econ | None (what a ranking/list/count is over)


def _threshold(t: str) -> tuple[float | None, str | None]:
    m = re.search(r"(超过|大于|高于|多于|不少于|至少|不低于|>|≥|>=)\s*(\d+(?:\.\d+)?)\s*(亿元|万元|千元|元|亿|万)?", t)
    m2 = re.search(r"(\d+(?:\.\d+)?)\s*(亿元|万元|千元|元|亿|万)?(以上|以下|之上|之下|以内)", t)
    m3 = re.search(r"(低于|小于|少于|不足|不到|不满|不超过|不高于|<|≤|<=)\s*(\d+(?:\.\d+)?)\s*(亿元|万元|千元|元|亿|万)?", t)
    for mm, cmp_ in ((m, ">"), (m3, "<")):
        if mm:
            return _to_wan(float(mm.group(2)), mm.group(3)), cmp_
    if m2:
        return _to_wan(float(m2.group(1)), m2.group(2)), ">" if m2.group(3) in ("以上", "之上") else "<"
    return None, None


def _to_wan(v: float, unit: str | None) -> float:
    unit = {"亿": "亿元", "万": "万元"}.get(unit or "万元", unit or "万元")
    return v * {"元": 1e-4, "千元": 1e-1, "万元": 1.0, "亿元": 1e4}[unit]


def read_question(raw: str) -> Question:
    """Validate and read a question. Raises QuestionError for empty or oversized input."""
    if raw is None or not str(raw).strip():
        raise QuestionError("问题是空的，请输入一个问题 (the question is empty)")
    raw = str(raw).strip()
    if len(raw) > MAX_CHARS:
        raise QuestionError(f"问题太长（{len(raw)} 字），请控制在 {MAX_CHARS} 字以内 (question too long)")
    text = arabize(nfkc(raw))
    key = norm(text)
    if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", key):
        raise QuestionError("问题里没有可识别的文字，请用中文提问 (no words in the question)")
    years = tuple(int(y) for y in re.findall(r"(?<!\d)(20\d\d|19\d\d)(?:年|度)", text))
    want_unit = None
    if re.search(r"(多少|几)(亿元|亿)|以亿元|亿元为单位|单位[是为:]?亿元|换算成亿", text):
        want_unit = "亿元"
    elif re.search(r"(多少|几)(万元|万)|以万元|万元为单位|单位[是为:]?万元", text):
        want_unit = "万元"
    elif re.search(r"(多少|几|合多少)元|以元为单位|元为单位|单位[是为:]?元|换算成元|按元|用元|折合.*元|[（(“\"]元[）)”\"]", text):
        want_unit = "元"
    threshold, comparator = _threshold(text)
    n = None
    m = re.search(r"(?:前|最多的|最高的|最大的|最少的|最低的|最小的|top)\s*(\d+)\s*(?:个|项|名|位|条)?", text, re.I)
    if m:
        n = int(m.group(1))
    else:
        m = re.search(r"(\d+)\s*(?:个|项|名|大)(?:项目|科目|支出)?(?:是|有)?", text)
        if m and re.search(r"(最多|最高|最大|最少|最低|最小|排名|前)", text):
            n = int(m.group(1))
    rank = None
    m = re.search(r"第\s*(\d+|[二三四五六七八九十])\s*(多|大|高|少|小|低|名|位)", text)
    if m:
        rank = int(m.group(1)) if m.group(1).isdigit() else int(cn_to_int(m.group(1)) or 0)
    op = "lookup"
    descending = re.search(r"(最多|最高|最大|最贵|排名第一|第一名|最多的|最大头|规模最大)", text)
    ascending = re.search(r"(最少|最低|最小|最便宜)", text)
    if re.search(r"(负责人|责任人|联系人|是谁|电话|联系方式|谁负责|由谁|找谁|哪几位|哪位|几位)", text):
        op = "owner"
    elif rank and rank > 1:
        op, n = "rank", rank
    elif re.search(r"(和|与|及|加上|以及|、).{0,20}(一共|总共|合计|加起来|共计|加在一起|之和|总和)", text):
        op = "sum"
    elif re.search(r"比(?!20\d\d|19\d\d|上年|去年|上一年|前一年|往年).{1,30}((?<!增)多出?|(?<!减)少|高出?|低)(了)?(多少|几)", text):
        op = "difference"
    elif re.search(r"(占比|比例|比重|百分之|占.{0,12}(的)?(多少|几)|份额)", text) and not re.search(
        r"(比上年|比去年|较上年|同比|相比|增加|减少|增长|下降|增幅|减幅|降幅)", text
    ):
        op = "share"
    elif re.search(r"(相比|比上年|比去年|较上年|同比|增减|比20\d\d年|较20\d\d年|变化|变动|增加了|减少了|增长了|下降了|增加多少|减少多少|增长多少|下降多少|增幅|减幅|降幅|(增加|减少|增长|下降)的?(幅度|比例|百分比|金额))", text):
        op = "change"
    elif n and (descending or ascending or "前" in text):
        op = "top"
    elif descending:
        op = "max"
    elif ascending:
        op = "min"
    elif threshold is not None:
        op = "threshold"
    elif re.search(r"(多少个|几个|几项|多少项|数量是|个数|有几|多少家)", text) and not re.search(
        r"(多少人|几人|人数|几个人|多少个人|几名|多少名)", text
    ):
        op = "count"
    elif re.search(r"(构成|分布|结构|按.{0,8}(分类|科目|划分)|各类|各项.{0,6}(支出|经费)分别|分别是多少|明细|组成)", text):
        op = "breakdown"
    elif re.search(r"(有哪些|哪些|列出|列举|清单|名单|都有什么)", text):
        op = "list"
    kind_hint = None
    if re.search(r"(比例|占比|比重|百分|%|增幅|减幅|降幅|幅度|增长率|下降率)", text):
        kind_hint = "percent"
    elif re.search(r"(多少人|几人|人数|几名|多少名|几个人|多少个人|几位)", text):
        kind_hint = "headcount"
    elif re.search(r"(得分|分数|评分|多少分)", text):
        kind_hint = "score"
    elif re.search(r"(多少个|几个|几项|多少项|数量|多少家|多少辆|几辆|多少台|多少套)", text):
        kind_hint = "count"
    elif re.search(r"(金额|多少钱|资金|预算|经费|支出|费|万元|元|拨款|收入)", text):
        kind_hint = "amount"
    target = None
    project_list = re.search(r"(项目都有哪些|项目有哪些|哪些项目|项目清单|项目名单|的项目是哪|的项目有)", text)
    if re.search(r"(哪些项目|哪个项目|哪一个项目|哪项|项目有哪些|项目清单|项目名单|所有项目|全部项目|各项目|各个项目|几个项目|"
                 r"多少个项目|多少项目|项目数|项目个数|的项目|项目中|项目里|项目支出表)", text):
        target = "project"
    if re.search(r"(功能分类|功能科目|支出科目|科目)", text) and not project_list:
        target = "func"
    if re.search(r"(经济分类|费用类别|开支类别|经济科目)", text) and not project_list:
        target = "econ"
    descriptive = bool(_DESCRIPTIVE.search(text))
    if op == "list" and target is None and threshold is None:
        # "有哪些" about things that are not table rows (职责, 措施, 资金用途): a descriptive question
        op, descriptive = "lookup", True
    numeric = bool(_NUMERIC.search(text)) or op != "lookup" or threshold is not None
    return Question(raw=raw, text=text, key=key, years=years, want_unit=want_unit, op=op, n=n,
                    threshold=threshold, comparator=comparator, kind_hint=kind_hint,
                    descriptive=descriptive, numeric=numeric, target=target)
