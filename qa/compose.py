"""Word an answer in Chinese, and check that every number in it is backed by its citations."""

from __future__ import annotations

import bisect
import re

from .answer import Citation
from .normalize import fmt_number, nfkc, numbers_in
from .retrieve import preferred


def money_text(v: float, unit: str | None, *, about: bool = False) -> str:
    """A figure as a reply writes it: with thousands separators and every decimal it has (up to six, at least
    two: 6.917309 万元 as the table prints it, 530.00 万元), 万元 beside a sum in 元 and 亿元 beside very large sums,
    and with `about` the figure rounded to two decimals beside one printed with more (123.456789 万元（约 123.46 万元）)."""
    if unit == "%":
        return f"{fmt_number(round(v, 2))}%"
    if unit == "倍":
        return f"{fmt_number(round(v, 2))} 倍"
    if unit in ("万元", "元", "亿元", "千元"):
        digits = f"{round(v, 6):,.6f}".rstrip("0")
        head, _, tail = digits.partition(".")
        s = f"{head}.{tail.ljust(2, '0')} {unit}"
        notes = [f"{v:,.2f} {unit}"] if len(tail) > 2 and about else []  # as people say it: to two decimals
        yi = v * {"元": 1e-8, "千元": 1e-5, "万元": 1e-4, "亿元": 1.0}[unit]
        wan = v * {"元": 1e-4, "千元": 0.1}.get(unit, 0.0)
        if abs(wan) >= 1:  # (a sum printed in 元 as the text of a budget says it: in 万元)
            notes.append(f"{wan:,.2f} 万元")
        if abs(yi) >= 1 and unit != "亿元":
            notes.append(f"{yi:,.2f} 亿元")
        return s + (f"（约 {'，约 '.join(notes)}）" if notes else "")
    text = fmt_number(v)
    return f"{text} {unit}" if unit else text


# a figure with decimals as a reply or a row prints it: the whole part (with or without thousands separators) and the
# decimals; never part of a longer figure, a date or a code
_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\.(\d+)(?![\d.,]?\d)")


def as_printed(text: str, citations: tuple[Citation, ...]) -> str:
    """The reply with each figure written with as many decimals as a cited row or passage prints it ('457.0912 万元'
    → '457.091200 万元' where the table prints 457.091200), so that it can be found in the source as it stands.
    Only trailing zeros are added; a figure said 'about' (约 …) is left rounded."""
    printed: dict[tuple[str, str], int] = {}
    for c in citations:
        for m in _DECIMAL.finditer(c.text):
            key = (m.group(1).replace(",", ""), m.group(2).rstrip("0"))
            printed[key] = max(printed.get(key, 0), len(m.group(2)))
    if not printed:
        return text

    def pad(m: re.Match) -> str:
        if text[max(0, m.start() - 2):m.start()].endswith(("约 ", "约")):
            return m.group(0)
        want = printed.get((m.group(1).replace(",", ""), m.group(2).rstrip("0")), 0)
        return f"{m.group(1)}.{m.group(2).ljust(want, '0')}" if want > len(m.group(2)) else m.group(0)

    return _DECIMAL.sub(pad, text)


def where_text(citations: tuple[Citation, ...]) -> str:
    """The inline source mention: the first citation's table (or section) and how many rows."""
    if not citations:
        return ""
    c = citations[0]
    page = f"第{c.page}页" if c.page else ""
    if c.table is not None and (c.table or c.table_title):
        name = c.table or c.table_title or ""
        more = f"等 {len(citations)} 处" if len(citations) > 1 else ""
        return f"（来源：{name}{page}{more}）"
    return f"（来源：{section_title(c.section) or '正文'}{page}）"


_ORDINAL = re.compile(r"^\s*(第[一二三四五六七八九十]+部分|[（(]?[一二三四五六七八九十\d]+[)）、.．])\s*")


def section_title(section: str | None) -> str:
    """The innermost heading of a section path, without its numbering ('3、公务接待费' -> '公务接待费')."""
    return _ORDINAL.sub("", (section or "").split(" > ")[-1]).strip()


# words of a question that say nothing about which sentence answers it
_QUESTION_WORDS = re.compile(r"(请问|是多少|多少|什么|哪些|哪个|为什么|怎么|如何|是否|主要|具体|一下|的|了|吗|呢|是|有)")
GENERIC_PAIRS = frozenset(("预算", "支出", "经费", "项目", "资金", "情况", "部门", "工作", "管理", "服务", "安排", "年度"))


def best_excerpt(text: str, qkey: str, max_chars: int, section: str = "") -> str:
    """From the sentence that shares most words with the question, at most max_chars long.

    Starts at the beginning unless a later sentence shares more of the question's content word pairs,
    so a list such as 职责 (1)…(11) is quoted from its start.
    """
    from .normalize import norm

    sentences = [x for x in re.split(r"(?<=[。；！？!?])|\n", text) if x.strip()]
    c = _QUESTION_WORDS.sub("", qkey)
    grams = {c[i : i + 2] for i in range(len(c) - 1)} - GENERIC_PAIRS

    def overlap(sentence: str) -> int:
        k = norm(sentence)
        return sum(1 for g in grams if g in k)

    start = 0
    is_list = sum(1 for x in sentences if _ORDINAL.match(x)) >= 3
    if len(sentences) > 1 and grams and not any(g in norm(section_title(section)) for g in grams):
        best = max(range(len(sentences)), key=lambda i: (overlap(sentences[i]), -i))
        if re.search(r"[和与及、]", c) and overlap(sentences[best]) >= 4:
            # ('A和B为什么都是0': two things asked of at once; the first sentence that says nearly as much as the best
            # one, so both are quoted)
            best = next(i for i in range(len(sentences)) if 2 * overlap(sentences[i]) >= overlap(sentences[best]))
        if overlap(sentences[best]) > overlap(sentences[0]):
            start = best
            while is_list and start > 0 and not _ORDINAL.match(sentences[start]):
                start -= 1  # quote a numbered item from its number
            if start > 0 and re.match(r"(减少|增加|增长|下降|其中|该|此|这|主要原因|原因)", sentences[start]):
                start -= 1  # '减少的主要原因是…' needs the sentence it refers to
    out = ""
    for sentence in sentences[start:]:
        if out and len(out) + len(sentence) > max_chars:
            break
        out += sentence
    return out if out else text[:max_chars]


def passage_text(citations: tuple[Citation, ...], max_chars: int = 300, qkey: str = "") -> str:
    """The reply of a descriptive answer: the best passage(s), quoted, at most a few hundred characters."""
    out = []
    used = 0
    top = list(citations[:2])
    if len(top) == 2 and top[0].section and top[0].section == top[1].section and not top[0].table and \
            preferred(qkey, top[0].text) <= preferred(qkey, top[1].text):
        top.sort(key=lambda c: c.line)  # two parts of one section: in the document's order (unless the first
        # is the one that gives what was asked: a reason)
    for c in top:
        room = max_chars - used
        if room < 40:
            break
        text = best_excerpt(c.text.strip(), qkey, room, c.section or "") if qkey else c.text.strip()
        if len(text) > room:  # whole sentences only: a quote never stops mid-sentence
            sentences = [x for x in re.split(r"(?<=[。；！？!?])", text) if x.strip()]
            kept = ""
            for x in sentences:
                if len(kept) + len(x) > room and kept:
                    break
                kept += x
            text = kept
        out.append(f"【{section_head(c)}】{text}")
        used += len(text)
    return "\n".join(out)


def items_text(citations: tuple[Citation, ...], numbered: re.Pattern) -> str:
    """The reply when the passages are the numbered items of one section: each item's first sentence, in order."""
    heads = [re.split(r"(?<=[。；;！？!?])", c.text.strip(), maxsplit=1)[0] for c in citations if numbered.match(c.text)]
    return f"【{section_head(citations[0])}】共 {len(heads)} 项：\n" + "\n".join(heads)


def section_head(c: Citation) -> str:
    """How a quoted passage is introduced: its table, or its section (with the part it belongs to)."""
    if c.table or c.table_title:
        return c.table or c.table_title or ""
    parts = [section_title(p) for p in (c.section or "").split(" > ") if p.strip()]
    if len(parts) >= 2:
        return f"{parts[-2]}·{parts[-1]}" if len(parts[-2]) <= 24 else parts[-1]
    return parts[-1] if parts else "正文"


# ------------------------------------------------------------------ the number check


def backed_numbers(citations: tuple[Citation, ...], computed: list[float]) -> list[float]:
    nums: list[float] = list(computed)
    for c in citations:
        nums.extend(numbers_in(c.text))
        for _, v in c.cells:
            nums.extend(numbers_in(v))
    return nums


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.006, 1e-6 * abs(b))


def unbacked(text: str, citations: tuple[Citation, ...], computed: list[float], years: set[int]) -> list[float]:
    """Numbers in `text` that are neither in a cited row nor computed from cited rows (nor a year, nor a
    unit conversion of a cited number)."""
    pool = backed_numbers(citations, computed)
    scaled = sorted({v * k for v in pool for k in (1.0, 1e4, 1e-4, 1e8, 1e-8, 1e3, 1e-3)})
    bad = []
    for n in numbers_in(re.sub(r"(20\d\d|19\d\d)年", "", nfkc(text))):
        if n in years:
            continue
        # a number written from a backed one (as is, or rounded to 0-4 decimals) lies within 0.5 of it:
        # only those neighbours of the sorted pool are compared
        lo = bisect.bisect_left(scaled, n - 0.51 - 1e-6 * abs(n))
        hi = bisect.bisect_right(scaled, n + 0.51 + 1e-6 * abs(n))
        near = scaled[lo:hi]
        if any(_close(n, p) for p in near) or any(_close(n, round(p, d)) for p in near for d in (0, 1, 2, 4)):
            continue
        bad.append(n)
    return bad


