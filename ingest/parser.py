"""Parse a decoded budget document into narrative paragraphs and tables with line numbers.

Table layout in the source text: a row ends at a blank line; each cell is a line that begins with a
tab; an empty cell is a lone tab; a line without a tab continues the previous cell.
"""

from __future__ import annotations

import re

from . import kinds
from . import tables as tk
from .errors import DocumentError
from .facts import extract_facts
from .records import Paragraph, ParsedDocument, SourceText, Table, TableRow

_TITLE = re.compile(r"^\s*表([一二三四五六七八九十]{1,3})、\s*(.*?)\s*$")
_HEADING = re.compile(
    r"^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])"
)
_SENTENCE_END = "。；！？!?;"
_UNIT = re.compile(r"(?:金额)?单位[：:]\s*(万元|元|亿元|千元)")
_YEAR = re.compile(r"(20\d\d)年")


def cn_number(s: str) -> int:
    """'十四' -> 14, '三' -> 3, '二十' -> 20."""
    digits = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + digits.get(s[1:], 0)
    if "十" in s:
        a, b = s.split("十", 1)
        return digits[a] * 10 + (digits.get(b, 0) if b else 0)
    return digits.get(s, 0)


# ---------------------------------------------------------------- tables


def _raw_rows(lines: list[str], first_line: int) -> list[tuple[int, int, list[str]]]:
    """Group table lines into rows: (start line, end line, cells). Line numbers are 1-based."""
    rows: list[tuple[int, int, list[str]]] = []
    cur: list[str] | None = None
    start = end = 0
    for offset, line in enumerate(lines):
        n = first_line + offset
        if not line.strip() and not line.startswith("\t"):
            if cur is not None:
                rows.append((start, end, cur))
                cur = None
            continue
        if line.startswith("\t"):
            if cur is None:
                cur, start = [], n
            cur.append(line[1:].strip())
            end = n
        elif cur is not None and cur:
            cur[-1] += line.strip()  # a wrapped cell
            end = n
        elif rows and not _UNIT.search(line) and rows[-1][2] and any(rows[-1][2]):
            s, _, cells = rows[-1]  # a cell wrapped across a blank line
            cells[-1] += line.strip()
            rows[-1] = (s, n, cells)
        else:
            cur, start, end = [line.strip()], n, n
    if cur is not None:
        rows.append((start, end, cur))
    return rows


def _table(number: int, code: str, title: str, title_line: int, body: list[str], warnings: list[str]) -> Table:
    kind = tk.kind_of(title)  # this text template's column layout for the table (see ingest.tables)
    raw = _raw_rows(body, title_line + 1)
    unit = None
    header: list[TableRow] = []
    data: list[TableRow] = []
    in_data = False
    for start, end, cells in raw:
        t = tuple(cells)
        if unit is None and any(_UNIT.search(c) for c in t):
            unit = next(_UNIT.search(c).group(1) for c in t if _UNIT.search(c))
            header.append(TableRow(0, start, end, t, "unit"))
            continue
        if kind and kind.kind == "dept_performance":
            in_data = in_data or any(t)
        elif not in_data and tk.looks_like_data(t):
            in_data = True
        if not in_data or not any(t):
            header.append(TableRow(0, start, end, t, "header" if any(t) else "empty"))
            continue
        rk = "total" if tk.is_total(t) else "data"
        if rk == "total" and kind and kind.columns and len(t) < len(kind.columns):
            # a totals label spanning merged cells: keep the label first, align the figures right
            t = (t[0], *([""] * (len(kind.columns) - len(t))), *t[1:])
        data.append(TableRow(len(data) + 1, start, end, t, rk))
    if kind is None:
        warnings.append(f"{code}「{title}」不是已知的标准表，按通用表格存储")
    columns: tuple[str, ...] = kind.columns if kind else ()
    width = max((len(r.cells) for r in data), default=len(columns))
    if data and columns and width != len(columns):
        warnings.append(f"{code} 的列数 {width} 与模板 {len(columns)} 不同，按位置命名列")
        columns = tuple(columns[i] if i < len(columns) else f"列{i + 1}" for i in range(width))
    if not columns:
        columns = tuple(f"列{i + 1}" for i in range(width))
    end_line = raw[-1][1] if raw else title_line
    return kinds.type_table(Table(
        number=number, code=code, title=title, kind=kind.kind if kind else "",
        line=title_line, end_line=end_line, unit=unit, columns=columns,
        header_rows=tuple(header), rows=tuple(data),
    ))


# ---------------------------------------------------------------- narrative


def _is_heading(text: str) -> bool:
    s = text.strip()
    if not s:
        return False
    if _HEADING.match(s):
        return len(s) <= 40 and not s.endswith(("。", "；"))
    # an unnumbered short title line ("本预算年度的主要工作任务")
    return len(s) <= 20 and not re.search(r"[。，；：:,\d]", s)


def _heading_level(text: str) -> int:
    s = text.strip()
    m = _HEADING.match(s)
    if not m:
        return 2
    mark = m.group(1)
    if mark.startswith("第"):
        return 0
    if mark.endswith("、") and mark[0] in tk.CN_DIGITS:
        return 1
    if mark.startswith(("（", "(")):
        return 2
    return 3


def _paragraphs(lines: list[str]) -> list[Paragraph]:
    # join a line cut mid-sentence with the short line that completes it
    items: list[tuple[int, int, str]] = []
    for i, line in enumerate(lines, start=1):
        s = line.strip()
        if not s:
            continue
        if (
            items
            and not _HEADING.match(s)
            and items[-1][1] == i - 1
            and not items[-1][2].endswith(tuple(_SENTENCE_END + "：:”\""))
            and _HEADING.match(items[-1][2])
            and len(s) < 30
            and s.endswith("。")
            and not s[0].isdigit()
            and not re.search(r"[：:]", s)
        ):
            a, _, t = items[-1]
            items[-1] = (a, i, t + s)
            continue
        items.append((i, i, s))
    out: list[Paragraph] = []
    stack: list[tuple[int, str]] = []
    for start, end, text in items:
        heading = _is_heading(text)
        if heading:
            level = _heading_level(text)
            stack = [(lv, t) for lv, t in stack if lv < level]
            stack.append((level, text))
        section = tuple(t for _, t in stack)
        out.append(Paragraph(len(out) + 1, section, text, start, end, heading))
    return out


# ---------------------------------------------------------------- document


_DEPT_LINE = re.compile(r"(?:预算主管部门|编制部门|编制单位|主管部门|部门名称|单位名称)[:：]\s*([\u4e00-\u9fff（）()]{4,40}?)(?:\s|单位[:：]|$)")


def _department(paragraphs: list[Paragraph], tables: list[Table]) -> str:
    for p in paragraphs[:8]:
        m = _DEPT_LINE.search(p.text)
        if m:
            return m.group(1)
    for t in tables:
        for r in t.header_rows:
            for c in r.cells:
                m = _DEPT_LINE.search(c)
                if m:
                    return m.group(1)
    dp = next((t for t in tables if t.kind == "dept_performance"), None)
    if dp:
        for r in dp.rows:
            cells = [c for c in r.cells if c]
            if len(cells) >= 2 and "名称" in cells[0]:
                return cells[1]
    inc = next((t for t in tables if t.kind == "income"), None)
    if inc:
        for r in inc.rows:
            if r.kind == "data" and len(r.cells) > 1 and r.cells[1]:
                return re.sub(r"[（(]本级[)）]$", "", r.cells[1])
    for p in paragraphs:
        m = re.search(r"((?:北京市|[\u4e00-\u9fff]{2,3}[省市])[\u4e00-\u9fff]{2,30}?(?:局|委员会|办公室|中心|院))", p.text)
        if m:
            return m.group(1)
    return "未知部门"


def _year(paragraphs: list[Paragraph], lines: list[str]) -> int | None:
    for p in paragraphs[:5]:
        m = re.search(r"(20\d\d)年(?:度)?(?:区级|市级|县级|省级)?(?:部门|单位)预算", p.text)
        if m:
            return int(m.group(1))
    years = [int(y) for y in _YEAR.findall("\n".join(lines[:200]))]
    return max(set(years), key=years.count) if years else None


def doc_id_for(department: str, year: int | None) -> str:
    return f"{department}-{year or '未知年度'}"


def parse(source: SourceText) -> ParsedDocument:
    """Parse a SourceText (a text template or a PDF). Raises DocumentError when tables are missing or cut short."""
    if source.is_pdf:
        return _parse_pdf(source)
    lines = source.lines
    titles = [(i, m) for i, line in enumerate(lines) if (m := _TITLE.match(line))]
    if not titles:
        raise DocumentError(source.name, "没有找到预算表（表一至表十四）(no budget tables found)")
    warnings: list[str] = []
    narrative = lines[: titles[0][0]]
    paragraphs = _named_sections(_paragraphs(narrative))
    found: list[Table] = []
    for k, (i, m) in enumerate(titles):
        stop = titles[k + 1][0] if k + 1 < len(titles) else len(lines)
        number = cn_number(m.group(1))
        found.append(_table(number, f"表{m.group(1)}", tk.squash(m.group(2)), i + 1, lines[i + 1 : stop], warnings))
    numbers = [t.number for t in found]
    expected = list(range(1, max(14, max(numbers)) + 1))
    missing = [n for n in expected if n not in numbers]
    if missing:
        names = "、".join(f"表{_cn(n)}" for n in missing)
        raise DocumentError(
            source.name,
            f"文件不完整：缺少{names}（最后一张是表{_cn(numbers[-1])}，第{found[-1].line}行），可能被截断 "
            "(document is incomplete or truncated)",
        )
    _check_truncated_rows(source.name, found)
    year = _year(paragraphs, lines)
    department = _department(paragraphs, found)
    facts = _own_words(extract_facts(paragraphs, year), department)
    return ParsedDocument(
        source=source, doc_id=doc_id_for(department, year), department=department, year=year,
        paragraphs=tuple(paragraphs), tables=tuple(found), facts=tuple(facts), warnings=tuple(warnings),
    )


def _parse_pdf(source: SourceText) -> ParsedDocument:
    from .pdf import parse_pdf

    got = parse_pdf(source)
    tables = [kinds.type_table(t) for t in got.tables]
    paragraphs = _named_sections(list(got.paragraphs))
    year = _year(paragraphs, source.lines) or _title_year(tables)
    department = _department(paragraphs, tables)
    facts = _own_words(extract_facts(paragraphs, year), department)
    return ParsedDocument(
        source=source, doc_id=doc_id_for(department, year), department=department, year=year,
        paragraphs=tuple(paragraphs), tables=tuple(tables), facts=tuple(facts), warnings=got.warnings,
        scope="单位" if any("单位预算" in p.text for p in paragraphs[:3]) else "部门",
    )


_BARE_PROJECT_HEAD = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?项目(?:经费)?(?:情况)?说明$")
# the project a bare '项目经费情况说明' describes, as its overview names it ('由某街道建设的某中心新建工程，位于…')
_DESCRIBED = (
    re.compile(r"(?:建设|实施|承建|开展|组织实施|负责实施)的([\u4e00-\u9fff（）()]{4,30}?(?:工程|项目))\s*[，,。；（(]"),
    re.compile(r"^(?:本|该)?([\u4e00-\u9fff（）()]{4,30}?(?:工程|项目))(?:是|为|位于|主要|旨在)"),
)


def _named_sections(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A section headed only '项目经费情况说明' is named after the project its overview describes, so its
    figures are that project's (the heading's own text stays as printed; its place in the section path
    carries the name: '某中心新建工程经费情况说明 > 六、年度预算安排')."""
    from dataclasses import replace

    out = list(paragraphs)
    for i, h in enumerate(out):
        if not (h.is_heading and _BARE_PROJECT_HEAD.match(h.text.strip())) or not h.section:
            continue
        depth = len(h.section)
        subtree = [j for j in range(i + 1, len(out)) if len(out[j].section) >= depth
                   and out[j].section[depth - 1] == h.text]
        end = next((k for k, j in enumerate(subtree) if j != i + 1 + k), len(subtree))
        subtree = subtree[:end]
        name = None
        for j in subtree[:6]:
            if out[j].is_heading:
                continue
            name = next((m.group(1) for rx in _DESCRIBED if (m := rx.search(out[j].text.strip()))), None)
            break
        if not name:
            continue
        title = f"{name}经费情况说明"
        for j in (i, *subtree):
            sec = out[j].section
            out[j] = replace(out[j], section=(*sec[: depth - 1], title, *sec[depth:]))
    return out


def _own_words(facts, department: str):
    """Narrative figure labels without the department's own name ('上海市…商务委员会收入预算' -> 收入预算)."""
    from dataclasses import replace

    from .text import name_variants

    names = sorted(name_variants(department) | {"本部门", "本单位", "我部门", "本局", "本级"}, key=len, reverse=True)

    def strip(label: str) -> str:
        for n in names:
            if label.startswith(n) and len(label) > len(n) + 1:
                return label[len(n):].lstrip("的")
        return label

    return [replace(f, label=strip(f.label), subject=strip(f.subject)) for f in facts]


def _title_year(tables: list[Table]) -> int | None:
    years = [int(m.group(1)) for t in tables if (m := re.search(r"(20\d\d)年", t.title))]
    return max(set(years), key=years.count) if years else None


def _check_truncated_rows(name: str, found: list[Table]) -> None:
    last = found[-1]
    if last.kind == "dept_performance" and not last.rows:
        raise DocumentError(name, f"{last.code}没有内容，文件可能被截断 (document is truncated)")
    for t in found:
        if not t.rows or t.kind == "dept_performance":
            continue
        width = len(t.columns)
        short = [r for r in t.rows[-1:] if len(r.cells) < width and r.kind == "data"]
        if short:
            r = short[0]
            raise DocumentError(
                name, f"{t.code}第{r.line}行的行不完整（{len(r.cells)}/{width}列），文件可能被截断 (truncated row)"
            )


def _cn(n: int) -> str:
    d = "零一二三四五六七八九"
    if n <= 10:
        return "十" if n == 10 else d[n]
    if n < 20:
        return "十" + d[n - 10]
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")
