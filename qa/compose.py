"""Word an answer in Chinese, and check that every number in it is backed by its citations."""

from __future__ import annotations

import re

from .answer import Citation, Item
from .figures import Figure
from .normalize import fmt_number, nfkc, numbers_in


def _fmt(v: float | None, unit: str | None) -> str:
    if v is None:
        return ""
    if unit in ("%",):
        return f"{fmt_number(v)}%"
    return f"{fmt_number(v)} {unit}" if unit else fmt_number(v)


def _items_text(items: tuple[Item, ...], limit: int = 40) -> str:
    parts = [f"{i.label}（{_fmt(i.value, i.unit)}）" if i.value is not None else i.label for i in items[:limit]]
    more = f"等，共 {len(items)} 项" if len(items) > limit else ""
    return "；".join(parts) + more


def figure_text(f: Figure, citations: tuple[Citation, ...]) -> str:
    where = _where(citations)
    year = f"{f.year}年" if f.year and f.kind not in ("text",) and f.extra.get("year_shown") else ""
    if f.kind == "text":
        return f"{f.label}：{f.text_value}。{where}"
    if f.extra.get("set"):
        if f.text_value and f.kind != "list":  # max/min: name the winner
            return f"{f.label}是“{f.text_value}”，预算 {_fmt(f.value, f.unit)}。{where}"
        if not f.items:
            return f"没有符合条件的{f.label}。{where}"
        if f.extra.get("breakdown"):
            return f"{f.label}（合计 {_fmt(f.value, f.unit)}）：{_items_text(f.items)}。{where}"
        return f"{f.label}共 {len(f.items)} 个：{_items_text(f.items)}。{where}"
    if f.kind == "count" and f.items:
        return f"{f.label}为 {_fmt(f.value, f.unit)}：{_items_text(f.items)}。{where}"
    conv = f.extra.get("converted_from")
    extra = f"（文件原文为 {_fmt(conv[0], conv[1])}）" if conv else ""
    if f.extra.get("is_change") and f.extra.get("direction"):
        quote = f"原文：“{f.extra['sentence']}”" if f.extra.get("sentence") else ""
        return f"{year}{f.label} {_fmt(f.value, f.unit)}{extra}。{quote}{where}"
    note = f"{f.note}。" if f.note else ""
    if citations and citations[0].section and not citations[0].table and f.extra.get("sentence"):
        return f"{year}{f.label}为 {_fmt(f.value, f.unit)}{extra}。原文：“{f.extra['sentence']}”{where}"
    if f.text_value and f.kind != "text":
        return f"{year}{f.label}：{f.text_value}（{_fmt(f.value, f.unit)}）。{where}"
    return f"{year}{f.label}为 {_fmt(f.value, f.unit)}{extra}。{note}{where}"


_ORDINAL = re.compile(r"^\s*(第[一二三四五六七八九十]+部分|[（(]?[一二三四五六七八九十\d]+[)）、.．])\s*")


def section_title(section: str | None) -> str:
    """The innermost heading of a section path, without its numbering ('3、公务接待费' -> '公务接待费')."""
    return _ORDINAL.sub("", (section or "").split(" > ")[-1]).strip()


def _where(citations: tuple[Citation, ...]) -> str:
    if not citations:
        return ""
    c = citations[0]
    if c.table:
        more = f"等 {len(citations)} 行" if len(citations) > 1 else ""
        return f"（来源：{c.table}{more}）"
    return f"（来源：{section_title(c.section) or '正文'}）"


def best_excerpt(text: str, qkey: str, max_chars: int, section: str = "") -> str:
    """From the sentence that shares most words with the question, at most max_chars long.

    Starts at the beginning unless a later sentence shares more of the question's content word pairs,
    so a list such as 职责 (1)…(11) is quoted from its start.
    """
    from .linking import GENERIC_WORDS, content
    from .normalize import norm

    sentences = [x for x in re.split(r"(?<=[。；！？!?])|\n", text) if x.strip()]
    c = content(qkey)
    grams = {c[i : i + 2] for i in range(len(c) - 1)} - set(GENERIC_WORDS)

    def overlap(sentence: str) -> int:
        k = norm(sentence)
        return sum(1 for g in grams if g in k)

    start = 0
    is_list = sum(1 for x in sentences if _ORDINAL.match(x)) >= 3
    if len(sentences) > 1 and grams and not any(g in norm(section_title(section)) for g in grams):
        best = max(range(len(sentences)), key=lambda i: (overlap(sentences[i]), -i))
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
    if len(top) == 2 and top[0].section and top[0].section == top[1].section and not top[0].table:
        top.sort(key=lambda c: c.line)  # two parts of one section: in the document's order
    for c in top:
        text = best_excerpt(c.text.strip(), qkey, max_chars, c.section or "") if qkey else c.text.strip()
        room = max_chars - used
        if room < 40:
            break
        if len(text) > room:
            text = text[:room].rstrip() + "……"
        head = c.table or section_title(c.section) or "正文"
        out.append(f"【{head}】{text}")
        used += len(text)
    return "\n".join(out)


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
    scaled = [v * k for v in pool for k in (1.0, 1e4, 1e-4, 1e8, 1e-8, 1e3, 1e-3)]
    bad = []
    for n in numbers_in(re.sub(r"(20\d\d|19\d\d)年", "", nfkc(text))):
        if n in years or any(_close(n, p) for p in scaled):
            continue
        if any(_close(n, round(p, d)) for p in scaled for d in (0, 1, 2, 4)):
            continue
        bad.append(n)
    return bad


