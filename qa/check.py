"""Yes/no checks of a figure against a bound ('住房保障支出是不是超过了900万元', '…占多大比例？是不是超过了九成').

    find(text) -> Check | None          the check clause said, and the bound it names
    Check.question(text) -> str         the question with the clause taken out (what figure to find)
    Check.verdict(value, unit) -> str   '是'/'否' with the comparison, or why the figure cannot be checked
    agreement(a, b, other) -> str | None '对得上'/'对不上' for two amounts ('…合计多少？和公务接待费对得上吗')

The words (verbs, bounds said in words) are `yes_no_check` in qa/vocab/reading.json. The figure itself is found
the usual way, so every number in the reply comes from a cited row; the verdict only compares it with the bound
the asker gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import compose
from .normalize import fmt_number
from .reading import named_pattern

_YUAN = {"元": 1.0, "千元": 1e3, "万元": 1e4, "万": 1e4, "亿元": 1e8, "亿": 1e8, "个亿": 1e8}
_GREATER = ("超过", "超出", "高于", "多于", "大于", "突破", "破", "过", "过了")
_LESS = ("低于", "少于", "小于", "不到", "不足")


@dataclass(frozen=True)
class Check:
    start: int
    end: int
    op: str  # gt | ge | lt
    bound: float  # in 元 when unit is 元, else in %
    unit: str  # 元 | %
    said: str  # the bound as the asker said it ('900万元', '九成', '翻倍')

    def question(self, text: str) -> str:
        """The question without its check; a question word where nothing else asks ('X是不是超过N' -> 'X是多少')."""
        rest = (text[: self.start] + text[self.end :]).strip()
        rest = re.sub(r"^[，,。？?！!；;\s]+|[，,。？?！!；;\s]+$", "", rest)
        rest = re.sub(r"(了|吗|呢|啊|呀)+$", "", rest)
        if not named_pattern("asks_something").search(rest):
            rest = f"{rest}是多少"
        return rest

    def verdict(self, value: float, unit: str | None) -> str:
        """'是' or '否' and why, or a sentence saying the figure found cannot be compared with the bound."""
        if self.unit == "%":
            if unit not in ("%", "％"):
                return f"（无法判断是否{self._verb()}{self.said}：找到的数字不是百分比。）"
            v = value
        else:
            if unit not in _YUAN:
                return f"（无法判断是否{self._verb()}{self.said}：找到的数字不是金额。）"
            v = value * _YUAN[unit]
        met = v > self.bound if self.op == "gt" else v >= self.bound if self.op == "ge" else v < self.bound
        shown = f"{fmt_number(round(value, 2))}%" if self.unit == "%" else f"{fmt_number(value)}{unit or ''}"
        if self.said.startswith("翻"):
            return f"{'是' if met else '否'}：变化 {shown}，{'已经' if met else '没有'}翻倍。"
        return f"{'是' if met else '否'}：{shown}，{'' if met else '没有'}{self._verb()}{self.said}。"

    def _verb(self) -> str:
        return {"gt": "超过", "ge": "达到", "lt": "低于"}[self.op]


def find(text: str) -> Check | None:
    """The yes/no check a question ends with, or None ('是不是超过了900万元', '是否过半', '是不是翻倍了')."""
    m = named_pattern("yes_no_check").search(text)
    if m is None:
        m = named_pattern("reaches_check").search(text)  # ('一共多少钱？有一个亿吗': reached, said with 有/够/上)
        if m is None:
            return None
        return Check(m.start(), m.end(), "ge", float(m.group("n")) * _YUAN[m.group("u")], "元",
                     m.group("n") + m.group("u"))
    verb = m.group("verb") or ""
    op = "gt" if verb in _GREATER else "lt" if verb in _LESS else "ge"
    if m.group("double"):
        return Check(m.start(), m.end(), "ge", 100.0, "%", m.group("double"))
    if m.group("half"):
        return Check(m.start(), m.end(), op, 50.0, "%", m.group("half"))
    if m.group("cheng"):
        return Check(m.start(), m.end(), op, float(m.group("cheng")) * 10, "%", m.group("cheng") + "成")
    n, u = m.group("n"), m.group("u") or ""
    if n is None:
        return None
    if u in ("%", "％"):
        return Check(m.start(), m.end(), op, float(n), "%", f"{n}%")
    factor = _YUAN.get(u or "万元", 1e4)  # (budget questions count in 万元 when no unit is said)
    return Check(m.start(), m.end(), op, float(n) * factor, "元", f"{n}{u or '万元'}")


def agreement(a: tuple[float, str], b: tuple[float, str], other: str) -> str | None:
    """Whether two amounts (value, unit) are the same, to the cent of the coarser unit: '对得上：X与{other}Y相等' or
    '对不上：…相差 Z'; None when either is no amount."""
    if a[1] not in _YUAN or b[1] not in _YUAN:
        return None
    x, y = a[0] * _YUAN[a[1]], b[0] * _YUAN[b[1]]
    same = abs(x - y) < 0.005 * min(_YUAN[a[1]], _YUAN[b[1]])
    shown = f"{compose.money_text(a[0], a[1])}与{other}{compose.money_text(b[0], b[1])}"
    gap = "相等" if same else f"相差 {compose.money_text(abs(x - y) / _YUAN[b[1]], b[1])}"
    return f"{'对得上' if same else '对不上'}：{shown}{gap}。"


__all__ = ["Check", "agreement", "find"]
