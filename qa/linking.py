"""Link the words of a question to what the document contains (entities of the catalog).

Matching is on normalised text: an entity named in full scores by its length; a partial or
paraphrased mention (装修 for a renovation project, 物业费 for a property-management fee)
scores by the common substrings it shares with the name, generic budget words counting little.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .catalog import Catalog, Entity

# Words that appear in almost every budget name: matching on them alone links nothing.
GENERIC_WORDS = (
    "预算", "多少", "金额", "一共", "合计", "总共", "总额", "支出", "经费", "费用", "项目", "资金", "情况", "部门",
    "本部门", "是多少", "多少钱", "工作", "管理", "服务", "其他", "事务", "安排", "年度", "单位", "我局", "本年",
    "财政", "拨款", "分别", "哪些", "哪个", "什么", "数量", "目标", "指标",
)
GENERIC_CHARS = set("费支出项目预算经金额资的是多少元万年部门合计总共有了吗呢和与及在为等其他务理管服工作年度单位哪些个")


@dataclass(frozen=True)
class Link:
    entity: Entity
    score: float
    exact: bool
    start: int  # where the best-matching part of the question starts
    end: int
    matched: str


def longest_common(a: str, b: str) -> tuple[int, int, int]:
    """Longest common substring: (length, start in a, start in b)."""
    best = (0, 0, 0)
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        ai = a[i - 1]
        for j in range(1, len(b) + 1):
            if ai == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best[0]:
                    best = (cur[j], i - cur[j], j - cur[j])
        prev = cur
    return best


def _weight(seg: str) -> float:
    if seg.strip("0123456789年") == "":  # a year or a number: names carry "（2023）", questions "2023年"
        return 0.0
    if seg in GENERIC_WORDS or all(c in GENERIC_CHARS for c in seg):
        return {1: 0.3, 2: 0.3, 3: 0.5}.get(len(seg), 0.8) * len(seg)
    return sum(0.4 if c in GENERIC_CHARS else 1.0 for c in seg)


def match(q: str, term: str) -> tuple[float, bool, int, int, str]:
    """Score of a term against a normalised question: (score, exact, start, end, matched text)."""
    pos = q.find(term)
    if pos >= 0:
        if term.isdigit():  # a classification code written out ('30103'), not a year inside a name
            code = len(term) >= 3 and not q[pos + len(term) : pos + len(term) + 1].isdigit()
            return (float(len(term)) + 3.0, True, pos, pos + len(term), term) if code else (0.0, False, 0, 0, "")
        w = _weight(term)
        bonus = 3.0 if any(c not in GENERIC_CHARS for c in term) else 1.0
        return w + bonus * (len(term) >= 2), True, pos, pos + len(term), term
    a, b = q, term
    total = 0.0
    matched = 0
    first = None
    while True:
        n, i, j = longest_common(a, b)
        if n < 2:
            break
        seg = a[i : i + n]
        total += _weight(seg)
        matched += n
        if first is None:
            first = (i, i + n, seg)
        a = a[:i] + "\x00" * n + a[i + n :]
        b = b[:j] + "\x01" * n + b[j + n :]
    if first is None or total < 1.0:
        return 0.0, False, 0, 0, ""
    coverage = matched / len(term)
    return total * (0.4 + 0.6 * coverage), False, first[0], first[1], first[2]


class Linker:
    """Finds the catalog entities a question names. Build once per index; `link` is cheap."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._by_bigram: dict[str, set[int]] = defaultdict(set)
        self._terms = [(idx, t) for idx, e in enumerate(catalog.entities) for t in e.terms]
        for idx, t in self._terms:
            for k in range(len(t) - 1):
                self._by_bigram[t[k : k + 2]].add(idx)
        # a pair of characters found in many names ('支出', '经费') cannot tell them apart: such pairs only
        # link through a name written out in full (found by the exact check below)
        self._common = max(20, len(catalog.entities) // 20)

    def link(self, qkey: str, *, kinds: set[str] | None = None, doc_id: str | None = None) -> list[Link]:
        cand: set[int] = {idx for idx, t in self._terms if t in qkey}
        for k in range(len(qkey) - 1):
            hits = self._by_bigram.get(qkey[k : k + 2], set())
            if len(hits) <= self._common:
                cand |= hits
        out: list[Link] = []
        for idx in cand:
            e = self.catalog.entities[idx]
            if (kinds and e.kind not in kinds) or (doc_id and e.doc_id != doc_id):
                continue
            best = None
            for t in e.terms:
                r = match(qkey, t)
                if r[0] > 0 and (best is None or r[0] > best[0]):
                    best = r
            if best:
                out.append(Link(e, best[0], best[1], best[2], best[3], best[4]))
        out.sort(key=lambda lk: (-lk.score, -len(lk.entity.label)))
        return out


_FILLER = re.compile(
    r"(请问|帮我|帮忙|查一下|查查|一下|告诉我|我想知道|想知道|想问|问一下|那个|这个|今年|本年|全年|一年|每年|年度|"
    r"20\d\d年|多少钱|多少|几个|几项|几|大概|大约|具体|一共|总共|合计|总额|数额|金额|资金|预算|经费|费用|支出|安排|"
    r"那块|这块|方面|局里|这一项|项目|按元说|按元|用元|说|那个|这个|"
    r"情况|什么|哪些|哪个|是谁|谁|给了|花了|花|要|给|有|是|为|共|的|了|吗|呢|吧|啊|钱|元|万元|亿元)"
)


def content(key: str) -> str:
    """What is left of a normalised question once question words and budget fillers are dropped."""
    return _FILLER.sub("", key).replace("#", "")


def coverage(key: str, term: str) -> float:
    """Share of the question's content characters that the term accounts for (0..1)."""
    c = content(key)
    if not c:
        return 1.0
    covered = sum(1 for ch in set(c) if ch in term)
    return covered / len(set(c))
