"""Streamlit page for budget-qa: a workspace to ask a budget questions and check every answer at its source.

A thin edge over `qa`, like the CLI: it reads input, calls the core, renders the result and turns
our errors into messages. The page has three full-width tabs: 问答 (chat with cited answers),
批量回答 (answer a question list, download the answers) and 一致性检查 (the consistency report). A
citation opens the source view (`qa.sources`): the cited row inside its table, a passage inside its
section, or the PDF page with the row highlighted.

Nothing is built at import time; Streamlit runs this file as a script and `main()` draws the page.
Start it with `budget-qa app` or `streamlit run app_streamlit.py`.
"""

from __future__ import annotations

import csv
import html
import inspect
import io
import logging
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import streamlit as st

from qa.answer import Answer, Citation, Item
from qa.errors import BatchFileError, BudgetQAError

logger = logging.getLogger(__name__)

TITLE = "部门预算问答"
ABOUT = "用自己的话提问：数字给出准确金额和所在的表格行，说明给出原文段落，每个答案都能点开出处核对；文件里没有的，直接说“未找到”。"
EXAMPLES = (  # when the engine cannot suggest questions drawn from its documents
    "部门预算总额是多少？",
    "预算最多的十个项目",
    "支出按功能分类的构成",
    "差旅费一共多少？",
    "部门的主要职责有哪些？",
    "什么是“三公”经费？",
)
TABS = ("问答", "批量回答", "一致性检查")
ROUTES = {  # route -> (badge label, badge color, icon)
    "sql": ("数据查询", "blue", ":material/table_chart:"),
    "retrieval": ("文本检索", "green", ":material/article:"),
    "none": ("未找到", "gray", ":material/search_off:"),
}
MONEY = ("元", "万元", "亿元")
BATCH_TYPES = ["csv", "xlsx", "txt", "jsonl"]
DOC_TYPES = ["txt", "pdf"]
CSV_MIME = "text/csv"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADERS_ZH = {"id": "编号", "question": "问题", "answer": "答案", "route": "途径", "value": "数值", "unit": "单位",
              "citations": "来源", "sql": "SQL", "error": "错误"}
ERROR_GENERIC = "抱歉，处理时出了意外错误，请换个问法再试；如果仍然不行，请联系维护人员。"
ERROR_INDEX = "索引无法打开，请检查索引目录（BUDGET_QA_INDEX）或重新运行 budget-qa ingest 后刷新页面。"
ERROR_UPLOAD = "加入索引时出了意外错误，索引保持不变，请检查文件后重试。"
MARKDOWN_SPECIALS = "\\`*_[]#<>$~|&"
SEVERITIES = {"error": ":red-badge[错误]", "warning": ":orange-badge[警告]", "info": ":gray-badge[提示]"}
CITATIONS_LISTED = 8  # citations listed under an answer before "另有 N 处"
PHONE_MAX_WIDTH = 768  # Streamlit's "md" breakpoint: below it the sidebar overlays the page

STYLE = """<style>
.bqa-fig { border-bottom: 1px dotted currentColor; cursor: help; }
.bqa-scroll { overflow-x: auto; max-width: 100%; }
table.bqa { border-collapse: collapse; font-size: 0.9rem; margin: 0.25rem 0 0.75rem; }
table.bqa th, table.bqa td { border: 1px solid rgba(49, 51, 63, 0.2); padding: 0.25rem 0.5rem; vertical-align: top; }
table.bqa th { background: rgba(49, 51, 63, 0.05); font-weight: 600; text-align: center; }
table.bqa td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.bqa tr.bqa-cited td { background: #fff1a8; font-weight: 600; }
table.bqa tr.bqa-total td { font-style: italic; }
table.bqa td.bqa-more { color: rgba(49, 51, 63, 0.6); text-align: left; font-style: italic; }
table.bqa-source td, table.bqa-source th { min-width: 5.5em; }
table.bqa-source td.num { min-width: 0; }
table.bqa-card th { text-align: left; white-space: normal; width: 40%; }
table.bqa-card td { background: #fff1a8; }
@media (min-width: 641px) { .bqa-narrow-only { display: none; } }
.bqa-para { color: rgba(49, 51, 63, 0.65); margin: 0.3rem 0; padding-left: 0.75rem; border-left: 3px solid transparent; }
.bqa-para.bqa-cited { color: inherit; background: #fff1a8; border-left-color: #e65100; }
.bqa-para.bqa-heading { font-weight: 600; }
</style>"""


@dataclass(frozen=True)
class Turn:
    """One exchange of the chat: the question and either an answer or an error message."""

    question: str
    answer: Answer | None = None
    error: str | None = None


@dataclass(frozen=True)
class BatchResult:
    """A batch file answered: counts, the table as downloaded, and the two downloads (not the upload)."""

    name: str  # the uploaded file's name
    language: str  # "zh" or "en": the language of the input, which the download headers follow
    answered: int
    not_found: int
    errors: int
    table: pd.DataFrame = field(repr=False)  # every column of the download, in its order
    csv: bytes = field(repr=False)  # UTF-8 with BOM
    xlsx: bytes = field(repr=False)

    @property
    def stem(self) -> str:
        return Path(self.name).stem or "questions"

    @property
    def total(self) -> int:
        return self.answered + self.not_found + self.errors


@dataclass(frozen=True)
class Headline:
    """The big figure of an answer: what it is, the figure as displayed, 亿元 beside it, the exact figure."""

    label: str
    value: str
    help: str | None = None
    note: str | None = None  # "约 1.01 亿元"


# ------------------------------------------------------------------------------------------ core calls


@st.cache_resource(show_spinner=False)
def load_embedder(spec: str):
    """The embedding model named by `spec` (loaded lazily by the embedder itself, shared by all sessions)."""
    from ingest.embedders import make_embedder

    return make_embedder(spec)


@st.cache_resource(show_spinner=False)
def load_engine(index_dir: str, embedder_spec: str):
    """The Engine over index_dir, shared by all sessions until `load_engine.clear()` (after an upload)."""
    from qa.index import open_engine

    return open_engine(index_dir, embedder=load_embedder(embedder_spec), cached=False)


@st.cache_resource(show_spinner=False)
def index_lock() -> threading.Lock:
    """Serialises index writes (the first build and uploads) across sessions."""
    return threading.Lock()


def _progress_bar(label: str, slot=None) -> Callable[[str, float], None]:
    """A (message, fraction) progress callback drawing a st.progress bar (in `slot` when given)."""
    bar = (slot or st).progress(0.0, text=label)

    def update(message: str, fraction: float) -> None:
        bar.progress(min(max(float(fraction), 0.0), 1.0), text=message)

    return update


def _needs_build(index_dir: Path) -> bool:
    """No index yet, or one built by another version (the core rebuilds it): building takes a while."""
    from ingest import schema
    from ingest.build import current_build, read_manifest

    build = current_build(index_dir)
    if build is None:
        return True
    try:
        return read_manifest(build).get("schema_version") != schema.SCHEMA_VERSION
    except (BudgetQAError, OSError, ValueError):
        return False  # opening it will say what is wrong


def get_engine():
    """The Engine for the configured index; builds (or rebuilds) the index first, with visible progress."""
    from qa.config import Settings
    from qa.index import ensure_index

    settings = Settings.from_env()
    if _needs_build(settings.index_dir):
        with index_lock():
            if _needs_build(settings.index_dir):  # another session may have built it meanwhile
                slot = st.empty()
                with slot.container():
                    st.info("正在建立索引（首次使用或程序更新后），需要一两分钟。", icon=":material/hourglass_top:")
                    progress = _progress_bar("读取文件")
                try:
                    ensure_index(settings.index_dir, settings=settings, embedder=load_embedder(settings.embedder),
                                 progress=progress)
                finally:
                    slot.empty()
    return load_engine(str(settings.index_dir), settings.embedder)


def _keywords(ask: Callable | None) -> set[str] | None:
    """The keyword parameters `ask` names, or None when it takes **kwargs (or cannot be inspected)."""
    try:
        params = inspect.signature(ask).parameters.values()
    except (TypeError, ValueError):
        return None
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return None
    return {p.name for p in params if p.kind in (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)}


def ask_options(engine, *, history: Sequence[str] = (), doc: str | None = None) -> dict:
    """The keyword arguments the engine's `ask` accepts among the conversation so far (`history`) and the
    scope (`doc`). A reader that forwards **kwargs is looked through to the engine it answers with."""
    names = _keywords(getattr(engine, "ask", None))
    if names is None:
        inner = getattr(engine, "engine", None)
        names = _keywords(getattr(inner, "ask", None)) if inner is not None else None
    if names is None:
        names = {"history", "doc"}  # forwarded as they are: the current core's keywords
    options: dict = {}
    if history and "history" in names:
        options["history"] = tuple(history)
    if doc:
        if "doc" in names:
            options["doc"] = doc
        elif "doc_id" in names:
            options["doc_id"] = doc
    return options


def answer_question(engine, question: str, *, history: Sequence[str] = (), doc: str | None = None) -> Turn:
    """Ask the engine; our errors become their message, anything else a generic one (logged, never shown)."""
    try:
        return Turn(question, answer=engine.ask(question, **ask_options(engine, history=history, doc=doc)))
    except BudgetQAError as e:
        logger.info("question %r refused: %s", question, e)
        return Turn(question, error=user_message(e))
    except Exception:
        logger.exception("answering %r failed", question)
        return Turn(question, error=ERROR_GENERIC)


def ingest_upload(data: bytes, filename: str, *, progress: Callable[[str, float], None] | None = None):
    """Add an uploaded budget document (.txt or .pdf bytes) to the configured index. Raises BudgetQAError."""
    from ingest.build import ingest_paths
    from qa.config import Settings

    settings = Settings.from_env()
    name = Path(filename).name or "budget.txt"
    with tempfile.TemporaryDirectory(prefix="budget-qa-upload-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        with index_lock():
            try:
                return ingest_paths([path], settings.index_dir, embedder=load_embedder(settings.embedder),
                                    progress=progress)
            except BudgetQAError as e:  # name the file as the user knows it, not our temp copy
                raise BudgetQAError(str(e).replace(str(path), name)) from e


# ------------------------------------------------------------------------------------------ messages


_ENGLISH_PAREN = re.compile(r"\s*[（(][A-Za-z][^\u4e00-\u9fff()（）]*[)）]\s*$")  # "中文 (english)"


def _mostly_english(text: str) -> bool:
    letters = [ch for ch in text if not ch.isspace()]
    cjk = sum(1 for ch in letters if "\u4e00" <= ch <= "\u9fff")
    return bool(re.match(r"\s*[A-Za-z]{2}", text)) and cjk * 4 < len(letters)


def zh_only(message: str) -> str:
    """The Chinese part of one of our bilingual messages ("中文 / english", "中文 (english)"), as one sentence."""
    text = " ".join(str(message).split())
    for m in re.finditer(r"\s*/", text):
        if _mostly_english(text[m.end():]):
            text = text[: m.start()]
            break
    text = _ENGLISH_PAREN.sub("", text).strip().rstrip("，,;；:：/ ")
    if not text or _mostly_english(text):
        return ERROR_GENERIC
    return text if text.endswith(("。", "！", "？", "）")) else text + "。"


def user_message(error: BaseException) -> str:
    """What the page shows for one of our errors: its Chinese sentence (the details go to the log)."""
    return zh_only(str(error)) if isinstance(error, BudgetQAError) else ERROR_GENERIC


# ------------------------------------------------------------------------------------------ numbers and names


def md_escape(text: str) -> str:
    """Text shown verbatim inside markdown (document text may hold *, $, | ...); newlines kept."""
    out = "".join("\\" + ch if ch in MARKDOWN_SPECIALS else ch for ch in str(text))
    return out.replace("\n", "  \n")


def fmt_exact(value: float) -> str:
    """The figure as the document has it: thousands separators, up to six decimals, trailing zeros trimmed."""
    from qa.normalize import fmt_number

    return fmt_number(value)


def fmt_plain(value: float, unit: str | None = None) -> str:
    """The figure for reading: money and shares with two decimals, counts as whole numbers, always grouped."""
    if unit not in MONEY and unit != "%" and float(value).is_integer():
        return f"{value:,.0f}"
    if value and abs(value) < 0.005:  # two decimals would print a non-zero figure as 0.00
        return fmt_exact(value)
    return f"{value:,.2f}"


def yi_note(value: float | None, unit: str | None) -> str | None:
    """"约 1.01 亿元" beside a sum of at least one 亿元 given in 万元 or 元, else None."""
    if value is None:
        return None
    yi = value / 1e4 if unit == "万元" else value / 1e8 if unit == "元" else None
    return f"约 {yi:,.2f} 亿元" if yi is not None and abs(yi) >= 1 else None


def fmt_value(value: float | None, unit: str | None = None, *, note: bool = True) -> str:
    """"10,122.38 万元（约 1.01 亿元）", "12.35%", "8 个"; "" for no value."""
    if value is None:
        return ""
    text = fmt_plain(value, unit)
    if unit:
        text = f"{text}{unit}" if unit == "%" else f"{text} {unit}"
    yi = yi_note(value, unit) if note else None
    return f"{text}（{yi}）" if yi else text


def exact_note(value: float, unit: str | None) -> str:
    """The hover text of a figure: its exact value as the document gives it."""
    return f"原文数字：{fmt_exact(value)}{'' if unit in (None, '%') else ' '}{unit or ''}"


def figure_html(value: float, unit: str | None) -> str:
    """A figure for reading, with its exact value on hover."""
    shown = html.escape(fmt_value(value, unit, note=False))
    return f'<span class="bqa-fig" title="{html.escape(exact_note(value, unit))}">{shown}</span>'


_FIGURE = re.compile(r"(?<![\d.,])(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(亿元|万元|元|%)")
_YEAR_TAG = re.compile(r"\s*[（(](?:19|20)\d{2}年?[）)]\s*$")  # "综合楼改造二期（2023）"
_CODE_PREFIX = re.compile(r"^\s*\d{3,}\s*(?:[-－.、]\s*|\s+)(?=\S)")  # "208 社会保障…", "2080101-行政运行"


def display_name(label: str) -> str:
    """A name as people say it: without the budget-year tag and the classification code ("综合楼改造二期")."""
    name = _CODE_PREFIX.sub("", _YEAR_TAG.sub("", str(label)))
    return name.strip() or str(label)


def exact_figure(shown: float, unit: str, exact: Sequence[tuple[float, str | None]]) -> float:
    """The exact figure behind one written in the text: an answer figure that rounds to it, else itself."""
    for value, u in exact:
        if u == unit and abs(value - shown) < 0.005 + 1e-9 * abs(value):
            return value
    return shown


# the core's note of a many-decimal figure rounded ("123.456789 万元（约 123.46 万元）"): the page rounds it itself
_ROUNDED_NOTE = re.compile(r"(\d[\d,]*\.\d{3,} (万元|元|亿元|千元))（约 [\d,]+\.\d\d \2(?:，约 ([^（）]*))?）")


def readable_html(text: str, items: Sequence[Item] = (), exact: Sequence[tuple[float, str | None]] = ()) -> str:
    """An SQL answer's text as markdown: figures with two decimals, the exact figure on hover (from `exact`,
    the answer's own figures), 亿元 beside big sums, and the listed names as people say them."""
    for label in sorted({i.label for i in items}, key=len, reverse=True):
        if display_name(label) != label:
            text = text.replace(label, display_name(label))
    exact = [*exact, *((i.value, i.unit) for i in items if i.value is not None)]
    text = _ROUNDED_NOTE.sub(lambda m: m.group(1) + (f"（约 {m.group(3)}）" if m.group(3) else ""), text)
    out, pos = [], 0
    for m in _FIGURE.finditer(text):
        out.append(md_escape(text[pos:m.start()]))
        if re.search(r"约\s*$", text[:m.start()]):  # an approximation ("约 1.01 亿元") has no exact figure
            out.append(md_escape(m.group(0)))
            pos = m.end()
            continue
        unit = m.group(2)
        value = exact_figure(float(m.group(1).replace(",", "")), unit, exact)
        out.append(figure_html(value, unit))
        yi = yi_note(value, unit)
        if yi and not re.match(r"\s*[（(]约", text[m.end():]):  # the core may have written it already
            out.append(f"（{yi}）")
        pos = m.end()
    out.append(md_escape(text[pos:]))
    return "".join(out)


_MENTION = re.compile(r"\s*[（(]来源[：:][^（）()]*[）)]\s*$")


def split_mention(text: str) -> str:
    """The answer text without its trailing "（来源：…）": the page draws that mention as a link."""
    return _MENTION.sub("", text.rstrip())


def smallest_first(answer: Answer | None) -> bool:
    """Does the answer rank from the smallest (最少的…)? Its query plan says so; without one, no."""
    plan = (answer.plan if answer is not None else None) or {}
    return bool(plan.get("ascending")) or plan.get("op") == "min"


def ranked(items: Sequence[Item], *, ascending: bool = False) -> list[Item]:
    """Valued items largest first (smallest first for a 最少 ranking); items without a value left out."""
    valued = [i for i in items if i.value is not None]
    return sorted(valued, key=lambda i: i.value if ascending else -i.value)


def headline(answer: Answer) -> Headline | None:
    """The answer in one figure: the top item and its amount for a ranking or list, else the total."""
    if answer.route != "sql":
        return None
    ascending = smallest_first(answer)
    items = ranked(answer.items, ascending=ascending)
    if items and (answer.value is None or answer.unit not in MONEY + ("%",)):
        top = items[0]
        smallest = ascending and len(items) > 1
        count = f"共 {len(answer.items)} 项，" if len(answer.items) > 1 else ""
        return Headline(label=f"{'最少' if smallest else '最多'}：{display_name(top.label)}",
                        value=fmt_value(top.value, top.unit, note=False),
                        help=f"{count}{'最少' if smallest else '最多'}的是“{top.label}”，{exact_note(top.value, top.unit)}",
                        note=yi_note(top.value, top.unit))
    if answer.value is None:
        return None
    label = "答案"
    if items:
        same = [i for i in items if abs(i.value - answer.value) <= 1e-9 * max(1.0, abs(answer.value))]
        total = sum(i.value for i in items)
        if len(items) > 1 and abs(total - answer.value) <= 1e-6 * max(1.0, abs(answer.value)):
            label = "合计"
        elif len(same) == 1:
            label = display_name(same[0].label)
            if len(items) > 1 and same[0] is items[0]:  # the answer is the first of a ranking
                label = f"{'最少' if ascending else '最多'}：{label}"
    return Headline(label=label, value=fmt_value(answer.value, answer.unit, note=False),
                    help=exact_note(answer.value, answer.unit), note=yi_note(answer.value, answer.unit))


def _unique(labels: Sequence[str], fallbacks: Sequence[str]) -> list[str]:
    """Display names, falling back to the exact label where two would read the same."""
    seen: dict[str, int] = {}
    for n in labels:
        seen[n] = seen.get(n, 0) + 1
    out = [n if seen[n] == 1 else f for n, f in zip(labels, fallbacks, strict=True)]
    counts: dict[str, int] = {}
    for i, n in enumerate(out):  # still the same: number them
        counts[n] = counts.get(n, 0) + 1
        if counts[n] > 1:
            out[i] = f"{n}（{counts[n]}）"
    return out


def items_html(items: Sequence[Item], *, ascending: bool = False) -> str:
    """A list, ranking or breakdown as a small table: 名称 and the figure (two decimals, exact on hover).

    A table of two or three narrow columns keeps the amount on screen on a phone; long names wrap."""
    rows = ranked(items, ascending=ascending) + [i for i in items if i.value is None]
    units = {i.unit for i in rows if i.value is not None}
    one_unit = next(iter(units)) if len(units) == 1 else None
    head = f"金额（{one_unit}）" if one_unit in MONEY else "数值"
    names = _unique([display_name(i.label) for i in rows], [i.label for i in rows])
    body = []
    for n, (item, name) in enumerate(zip(rows, names, strict=True), start=1):
        if item.value is None:
            figure = ""
        elif one_unit is not None:
            figure = (f'<span class="bqa-fig" title="{html.escape(exact_note(item.value, item.unit))}">'
                      f"{html.escape(fmt_plain(item.value, item.unit))}{'%' if one_unit == '%' else ''}</span>")
        else:
            figure = figure_html(item.value, item.unit)
        body.append(f'<tr><td class="num">{n}</td><td title="{html.escape(item.label)}">{html.escape(name)}</td>'
                    f'<td class="num">{figure}</td></tr>')
    return (f'<div class="bqa-scroll"><table class="bqa"><thead><tr><th>#</th><th>名称</th><th>{head}</th></tr>'
            f"</thead><tbody>{''.join(body)}</tbody></table></div>")


def wrap_label(label: str, width: int = 10) -> list[str]:
    """A long name cut into even lines of at most `width` characters (chart labels are shown whole)."""
    lines = max(1, -(-len(label) // width))
    step = -(-len(label) // lines) if label else 1
    return [label[i : i + step] for i in range(0, len(label), step)] or [""]


def ranking_chart(items: Sequence[Item], *, ascending: bool = False):
    """A sorted horizontal bar chart with full labels and value labels, or None (fewer than two bars)."""
    import altair as alt

    valued = ranked(items, ascending=ascending)
    if len(valued) < 2:
        return None
    unit = valued[0].unit
    valued = [i for i in valued if i.unit == unit]
    if len(valued) < 2:
        return None
    names = _unique([display_name(i.label) for i in valued], [i.label for i in valued])
    frame = pd.DataFrame({
        "名称": names,
        "行": [wrap_label(n) for n in names],
        "数值": [i.value for i in valued],
        "显示": [fmt_plain(i.value, unit) for i in valued],
        "原文": [f"{i.label}：{exact_note(i.value, unit)}" for i in valued],
    })
    lines = max(len(r) for r in frame["行"])
    top = max(frame["数值"].max(), 0)
    y = alt.Y("名称:N", sort=None, title=None,
              axis=alt.Axis(labelLimit=0, labelExpr="split(datum.label, '\\n')", labelFontSize=12,
                            labelLineHeight=15, labelPadding=6, ticks=False, domain=False))
    frame["名称"] = ["\n".join(r) for r in frame["行"]]
    base = alt.Chart(frame.drop(columns=["行"])).encode(
        y=y, x=alt.X("数值:Q", title=f"金额（{unit}）" if unit in MONEY else (unit or "数值"),
                     scale=alt.Scale(domain=[min(0, frame["数值"].min()), top * 1.22 or 1]),
                     axis=alt.Axis(format=",.0f" if top >= 10 else ",.2~f", tickCount=5, grid=True)),
        tooltip=[alt.Tooltip("原文:N", title="原文")],
    )
    bars = base.mark_bar(color="#1c83e1", cornerRadiusEnd=2)
    values = base.mark_text(align="left", baseline="middle", dx=4, fontSize=12, color="#31333f").encode(
        text="显示:N")
    return (bars + values).properties(height=alt.Step(max(26, 15 * lines + 10)))


# ------------------------------------------------------------------------------------------ sources


def citation_where(c: Citation) -> str:
    """Where a citation is, as a person finds it: page (PDF) or line, and the original file name."""
    if c.page:
        at = f"第{c.page}页"
    else:
        at = f"原文第{c.line}行" + (f"–第{c.end_line}行" if c.end_line and c.end_line != c.line else "")
    return f"{at} · {c.source}" if c.source else at


def citation_title(conn, c: Citation) -> str:
    """"表四 项目支出表 第26行" for a table row, the innermost section for a passage."""
    from qa import sources

    if c.table is None and c.table_no is None:
        parts = [p.strip() for p in (c.section or "正文").split(" > ") if p.strip()]
        return parts[-1] if parts else "正文"
    title = None
    try:
        title = sources.table_title(conn, c) if conn is not None else c.table_title
    except sqlite3.Error:
        logger.info("no table title for %s", c, exc_info=True)
    label = " ".join(p for p in (c.table or "", title or "") if p) or "表格"
    return f"{label} 第{c.row}行" if c.row else label


def sources_label(conn, citations: Sequence[Citation]) -> str:
    """What the answer used, by table: "来源：表四 项目支出表 8 行 + 合计 1 行", "来源：原文 2 段"."""
    from qa import sources

    groups: dict[str, list[str | None]] = {}
    sections: list[str] = []
    for c in citations:
        if c.table is None and c.table_no is None:
            groups.setdefault("原文", []).append(None)
            sections.append(citation_title(conn, c))
            continue
        try:
            kind = sources.row_kind(conn, c) if conn is not None else None
        except sqlite3.Error:
            kind = None
        groups.setdefault(citation_title(conn, c).rsplit(" 第", 1)[0], []).append(kind)
    parts = []
    for name, kinds in groups.items():
        if name == "原文":
            parts.append(sections[0] if len(kinds) == 1 else f"{sections[0]} 等 {len(kinds)} 段")
            continue
        totals = sum(1 for k in kinds if k == "total")
        rows = len(kinds) - totals
        count = " + ".join(p for p in (f"{rows} 行" if rows else "", f"合计 {totals} 行" if totals else "") if p)
        parts.append(f"{name} {count}")
    shown = "；".join(parts[:2]) + (f" 等 {len(parts)} 处" if len(parts) > 2 else "")
    return f"来源：{shown}"


def mention_label(conn, citations: Sequence[Citation]) -> str:
    """The inline source mention under an answer: the one row or passage, else what the answer used. A figure's one
    table row, cited first beside passages of the text that restate it, is that row."""
    rows = [c for c in citations if not (c.table is None and c.table_no is None)]
    if len(citations) == 1 or len(rows) == 1 and rows[0] is citations[0]:
        return f"来源：{citation_title(conn, citations[0])}"
    return sources_label(conn, citations)


def cells_text(c: Citation) -> str:
    """A cited row's cells as "表头：值", in full (never cut before the amount)."""
    if c.cells:
        return "；".join(f"{h}：{v}" for h, v in c.cells if str(v).strip())
    return " | ".join(p for p in c.text.split("\t") if p.strip())


def row_name(cells: Sequence[tuple[str, str]]) -> str:
    """The name of a row among its (header, text) cells: the 名称 column, else its last text cell."""
    texts = [(h, str(v).strip()) for h, v in cells if str(v).strip()]
    named = [v for h, v in texts if "名称" in h]
    words = [v for _, v in texts if not re.fullmatch(r"[-\d,.%]+", v)]
    return (named or words[-1:] or [""])[0]


def card_html(view) -> str:
    """The cited row as (header, cell) lines: what a phone shows first, before the table around it."""
    row = view.cited
    if row is None:
        return ""
    lines = "".join(f"<tr><th>{html.escape(view.columns[i] if i < len(view.columns) else f'列{i + 1}')}</th>"
                    f"<td>{html.escape(str(text))}</td></tr>" for i, text in enumerate(row.cells) if str(text).strip())
    return f'<div class="bqa-narrow-only"><table class="bqa bqa-card"><tbody>{lines}</tbody></table></div>'


def shown_columns(view) -> list[int]:
    """The columns of a TableView worth showing: those with text in some shown row (all when none has)."""
    width = max([len(view.columns), *(len(r.cells) for r in view.rows)], default=0)
    keep = [i for i in range(width) if any(i < len(r.cells) and str(r.cells[i]).strip() for r in view.rows)]
    return keep or list(range(width))


def table_html(view) -> str:
    """A TableView as an HTML table: header rows from the column paths, the cited row highlighted.

    Columns blank in every shown row are left out (see `shown_columns`)."""
    from qa.sources import header_grid

    keep = shown_columns(view)
    columns = list(view.columns) + [f"列{i + 1}" for i in range(len(view.columns), max(keep, default=-1) + 1)]
    head = []
    for level in header_grid([columns[i] for i in keep]):
        cells = "".join(f'<th colspan="{span}" rowspan="{down}">{html.escape(label)}</th>'
                        for label, span, down in level)
        head.append(f"<tr>{cells}</tr>")
    body = []
    if view.rows_before:
        body.append(f'<tr><td class="bqa-more" colspan="{len(keep)}">（上面还有 {view.rows_before} 行）</td></tr>')
    for r in view.rows:
        classes = " ".join(c for c in ("bqa-cited" if r.cited else "", "bqa-total" if r.kind == "total" else "") if c)
        cells = []
        for i in keep:
            text = str(r.cells[i]) if i < len(r.cells) else ""
            numeric = bool(re.fullmatch(r"-?[\d,]+(?:\.\d+)?%?", text.strip()))
            cells.append(f'<td class="num">{html.escape(text)}</td>' if numeric else f"<td>{html.escape(text)}</td>")
        attrs = f' class="{classes}"' if classes else ""
        body.append(f'<tr{attrs} data-line="{r.line}">{"".join(cells)}</tr>')
    if view.rows_after:
        body.append(f'<tr><td class="bqa-more" colspan="{len(keep)}">（下面还有 {view.rows_after} 行）</td></tr>')
    return (f'<div class="bqa-scroll"><table class="bqa bqa-source"><thead>{"".join(head)}</thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def passage_html(view) -> str:
    """A PassageView as paragraphs, the cited ones highlighted."""
    out = []
    for p in view.paragraphs:
        classes = "bqa-para" + (" bqa-cited" if p.cited else "") + (" bqa-heading" if p.is_heading else "")
        text = html.escape(p.text).replace("\n", "<br>")
        out.append(f'<p class="{classes}" data-line="{p.line_start}">{text}</p>')
    return "".join(out)


def render_source_view(engine, c: Citation) -> None:
    """The source view of one citation: the PDF page, the table around the row, or the passage in its section."""
    from qa import sources

    conn = getattr(engine, "conn", None)
    if conn is None:
        st.markdown(md_escape(c.text))
        return
    try:
        table = sources.table_view(conn, c) if (c.table is not None or c.table_no is not None) else None
        passage = None if table is not None else sources.passage_view(conn, c)
        image = (sources.page_image(conn, engine.build_dir, c.doc_id, c.page, c.bbox, margin=150 if c.bbox else None)
                 if c.page else None)
    except (sqlite3.Error, OSError, ValueError):
        logger.exception("source view of %s failed", c)
        st.warning("无法打开这处来源的上下文，下面是引用的原文。")
        st.markdown(md_escape(c.text))
        return
    if image is not None:
        st.image(image, caption=f"{c.source} 第{c.page}页（黄色框是引用的行）", width="stretch")
        if st.toggle("显示整页", key=f"whole_page_{c.doc_id}_{c.page}_{c.line}"):
            whole = sources.page_image(conn, engine.build_dir, c.doc_id, c.page, c.bbox)
            if whole is not None:
                st.image(whole, width="stretch")
    if table is not None:
        st.markdown(f"**{md_escape(table.label)}**")
        row = table.cited
        facts = [table.source or c.source, f"单位：{table.unit}" if table.unit else "",
                 f"第{row.row_no}行" if row and row.row_no else "",
                 f"第{row.page}页" if row and row.page else (f"原文第{row.line}行" if row else "")]
        st.caption(" · ".join(md_escape(f) for f in facts if f))
        st.html(STYLE + card_html(table) + table_html(table))
        hidden = max(len(table.columns), *(len(r.cells) for r in table.rows)) - len(shown_columns(table))
        notes = [f"这几行全为空的 {hidden} 列未显示。" if hidden > 0 else "", table.note or ""]
        if any(notes):
            st.caption(md_escape(" ".join(n for n in notes if n)))
    elif passage is not None:
        st.markdown(f"**{md_escape(' › '.join(passage.trail) or '正文')}**")
        first = passage.cited[0] if passage.cited else None
        where = f"第{first.page}页" if first and first.page else (f"原文第{first.line_start}行" if first else "")
        st.caption(" · ".join(md_escape(f) for f in (passage.source or c.source, where) if f))
        st.html(STYLE + passage_html(passage))
    elif image is None:
        st.caption(md_escape(citation_where(c)))
        st.markdown(md_escape(c.text))


@st.dialog("出处", width="large")
def source_dialog(engine, citations: tuple[Citation, ...], start: int = 0) -> None:
    """The source view of an answer's citations, starting at `start`; a picker moves between them."""
    conn = getattr(engine, "conn", None)
    at = start
    if len(citations) > 1:
        labels = [f"{n + 1}. {citation_title(conn, c)}" + (f" · {display_name(name)}" if (name := row_name(c.cells)) else "")
                  for n, c in enumerate(citations)]
        at = st.selectbox("引用", range(len(citations)), index=min(start, len(citations) - 1),
                          format_func=lambda n: labels[n], key=f"source_pick_{id(citations)}_{start}")
    render_source_view(engine, citations[at])


# ------------------------------------------------------------------------------------------ answers


def render_route(route: str) -> None:
    label, color, icon = ROUTES.get(route, ROUTES["none"])
    st.badge(label, color=color, icon=icon)


def render_sources(engine, citations: Sequence[Citation], key: str) -> None:
    """Every citation the answer used, each opening its source view. Nothing at all when there is none."""
    if not citations:
        return
    conn = getattr(engine, "conn", None)
    with st.expander(sources_label(conn, citations), icon=":material/menu_book:"):
        show_all = len(citations) <= CITATIONS_LISTED + 2 or st.toggle(
            f"显示全部 {len(citations)} 处", key=f"{key}_all")
        for n, c in enumerate(citations if show_all else citations[:CITATIONS_LISTED]):
            is_row = c.table is not None or c.table_no is not None
            st.markdown(f"**{md_escape(citation_title(conn, c))}**  \n:gray[{md_escape(citation_where(c))}]")
            if is_row:
                st.markdown(md_escape(cells_text(c)))
            else:
                st.markdown("> " + md_escape(c.text).replace("  \n", "  \n> "))
            if st.button("在原表中查看" if is_row else "查看上下文", key=f"{key}_src_{n}", type="tertiary",
                         icon=":material/open_in_new:"):
                source_dialog(engine, tuple(citations), n)
        if not show_all:
            st.caption(f"另有 {len(citations) - CITATIONS_LISTED} 处，打开上面的开关可查看全部。")


def _queue_question(question: str) -> None:
    st.session_state["pending_question"] = question


def render_answer(engine, answer: Answer, key: str) -> None:
    """One reply: how it was read and answered, the answer in readable figures, its sources."""
    conn = getattr(engine, "conn", None)
    render_route(answer.route)
    if answer.reading:
        st.caption(f"我理解的问题：{md_escape(answer.reading)}")
    if (top := headline(answer)) is not None:
        st.metric(top.label, top.value, delta=top.note, delta_color="off", delta_arrow="off", help=top.help)
    body = split_mention(answer.text)
    if answer.route == "sql":
        exact = [(answer.value, answer.unit)] if answer.value is not None else []
        st.markdown(readable_html(body, answer.items, exact), unsafe_allow_html=True)
    else:
        st.markdown(md_escape(body))
    if answer.citations and st.button(mention_label(conn, answer.citations), key=f"{key}_mention", type="tertiary",
                                      icon=":material/link:", help="打开出处：原表中的行或原文段落"):
        source_dialog(engine, tuple(answer.citations), 0)
    if answer.suggestions:
        st.markdown("您是不是想问：")
        for n, s in enumerate(answer.suggestions):
            st.button(s, key=f"{key}_suggest_{n}", on_click=_queue_question, args=(s,), icon=":material/help:")
    valued = [i for i in answer.items if i.value is not None]
    if len(answer.items) > 1:
        ascending = smallest_first(answer)
        chart = ranking_chart(answer.items, ascending=ascending) if len(valued) > 1 else None
        if chart is not None:
            st.altair_chart(chart, width="stretch")
        st.markdown(items_html(answer.items, ascending=ascending), unsafe_allow_html=True)
    render_sources(engine, answer.citations, key)
    if answer.sql:
        with st.expander("SQL", icon=":material/code:"):
            st.code(answer.sql, language="sql", wrap_lines=True)


def render_reply(engine, turn: Turn, key: str) -> None:
    if turn.answer is not None:
        render_answer(engine, turn.answer, key)
    else:
        st.error(turn.error or ERROR_GENERIC, icon=":material/error:")


def render_turn(engine, turn: Turn, key: str) -> None:
    with st.chat_message("user"):
        st.markdown(md_escape(turn.question))
    with st.chat_message("assistant"):
        render_reply(engine, turn, key)


# ------------------------------------------------------------------------------------------ documents and scope


def documents(engine) -> list:
    """The indexed documents (DocumentInfo), or [] when they cannot be listed."""
    try:
        return list(engine.documents())
    except (sqlite3.Error, AttributeError, TypeError):
        logger.exception("listing documents failed")
        return []


def loaded_line(docs: Sequence) -> str:
    """One line on what is loaded: "已收录 1 个部门（…）· 2023 年 · 1 份文件"."""
    if not docs:
        return "索引里还没有文件。"
    deps = list(dict.fromkeys(d.department for d in docs if d.department))
    years = sorted({d.year for d in docs if d.year})
    dep_text = deps[0] if len(deps) == 1 else f"{len(deps)} 个部门（{'、'.join(deps[:3])}{'等' if len(deps) > 3 else ''}）"
    year_text = ("、".join(str(y) for y in years) + " 年") if years else "年份不详"
    return f"已收录：{dep_text} · {year_text} · {len(docs)} 份文件"


def examples(engine) -> list[str]:
    """Example questions drawn from the loaded documents when the engine offers them, else generic ones."""
    suggest = getattr(engine, "examples", None)
    if callable(suggest):
        try:
            found = [str(q) for q in suggest() if str(q).strip()]
            if found:
                return found[:8]
        except Exception:  # examples are a nicety: a failure must not cost the page
            logger.exception("engine.examples() failed")
    return list(EXAMPLES)


def doc_label(doc) -> str:
    return f"{doc.department} · {doc.year}年" if doc.year else doc.department


def scope(docs: Sequence) -> str | None:
    """The document questions are asked of (its doc_id), or None for the whole index."""
    chosen = st.session_state.get("scope")
    return chosen if chosen in {d.doc_id for d in docs} else None


def _close_sidebar_later() -> None:
    st.session_state["close_sidebar"] = st.session_state.get("close_sidebar_n", 0) + 1
    st.session_state["close_sidebar_n"] = st.session_state["close_sidebar"]


def close_sidebar_on_phone() -> None:
    """After a choice in the sidebar, fold it away on a phone (where it covers the page)."""
    nonce = st.session_state.pop("close_sidebar", None)
    if nonce is None:
        return
    st.html(
        f"<script>/* {nonce} */ if (window.matchMedia('(max-width: {PHONE_MAX_WIDTH}px)').matches) {{"
        "const b = document.querySelector('[data-testid=\"stSidebarCollapseButton\"] button');"
        "if (b) b.click(); }</script>",
        unsafe_allow_javascript=True, width=1)


def render_documents(docs: Sequence) -> None:
    st.subheader("已收录文件")
    if len(docs) > 1:
        options = [None, *(d.doc_id for d in docs)]
        names = {d.doc_id: doc_label(d) for d in docs}
        st.radio("提问范围", options, format_func=lambda d: f"全部 {len(docs)} 份文件" if d is None else names[d],
                 key="scope", on_change=_close_sidebar_later)
    for doc in docs:
        st.markdown(f"**{md_escape(doc.department)}** · {doc.year or '年份不详'}年")
        st.caption(md_escape(doc.source))
        if doc.key_figures:
            st.markdown("  \n".join(f"{md_escape(label)}：{fmt_value(value, unit)}"
                                    for label, value, unit in doc.key_figures))


def render_upload() -> None:
    st.subheader("添加预算文件")
    upload = st.file_uploader("上传部门预算文件（.txt 或 .pdf）", type=DOC_TYPES, key="doc_upload")
    if st.button("加入索引", key="ingest_button", disabled=upload is None, icon=":material/upload_file:"):
        slot = st.empty()
        try:
            result = ingest_upload(upload.getvalue(), upload.name, progress=_progress_bar("读取文件", slot))
        except BudgetQAError as e:
            logger.info("upload %s refused: %s", upload.name, e)
            slot.empty()
            st.error(user_message(e))
            return
        except Exception:
            logger.exception("ingesting %s failed", upload.name)
            slot.empty()
            st.error(ERROR_UPLOAD)
            return
        slot.empty()
        if result.changed:
            st.session_state["flash"] = f"已加入索引：{upload.name}（用时 {result.seconds:.0f} 秒）"
        else:
            st.session_state["flash"] = f"{upload.name} 已在索引中，内容没有变化。"
        _close_sidebar_later()
        load_engine.clear()
        st.rerun()


def render_sidebar(docs: Sequence) -> None:
    with st.sidebar:
        render_documents(docs)
        st.divider()
        render_upload()


# ------------------------------------------------------------------------------------------ chat tab


def _new_chat() -> None:
    st.session_state["history"] = []
    st.session_state.pop("pending_question", None)


def render_examples(questions: Sequence[str], *, key: str) -> None:
    with st.container(horizontal=True, gap="small"):
        for n, q in enumerate(questions):
            st.button(q, key=f"{key}_{n}", on_click=_queue_question, args=(q,))


def render_chat(engine, docs: Sequence, question: str | None) -> None:
    history: list[Turn] = st.session_state.setdefault("history", [])
    doc = scope(docs)
    if not history and not question:
        st.markdown(f"{md_escape(loaded_line(docs))}。{md_escape(ABOUT)}")
        if doc:
            st.caption(f"提问范围：{md_escape(next(doc_label(d) for d in docs if d.doc_id == doc))}（在侧栏中更改）")
        st.markdown("**试试这些问题：**")
        render_examples(examples(engine), key="example")
    else:
        with st.container(horizontal=True, horizontal_alignment="right", gap="small"):
            with st.popover("示例问题", icon=":material/lightbulb:"):
                for n, q in enumerate(examples(engine)):
                    st.button(q, key=f"more_example_{n}", on_click=_queue_question, args=(q,), type="tertiary")
            st.button("新对话", key="new_chat", on_click=_new_chat, icon=":material/add_comment:")
    for n, turn in enumerate(history):
        render_turn(engine, turn, key=f"t{n}")
    if question and question.strip():
        with st.chat_message("user"):
            st.markdown(md_escape(question))
        with st.chat_message("assistant"):
            with st.spinner("正在查找……"):
                turn = answer_question(engine, question, history=[t.question for t in history], doc=doc)
            render_reply(engine, turn, key=f"t{len(history)}")
        history.append(turn)


# ------------------------------------------------------------------------------------------ batch tab


_CJK = re.compile(r"[\u4e00-\u9fff]")


def input_language(filename: str, data: bytes, questions: Sequence[str]) -> str:
    """"zh" or "en": a .csv/.xlsx header's language (问题 / question), else the questions' language."""
    ext = Path(filename).suffix.lower()
    header = ""
    try:
        if ext == ".csv":
            header = data.decode("utf-8-sig", errors="ignore").splitlines()[0] if data else ""
        elif ext == ".xlsx":
            import openpyxl

            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
            first = next(wb.worksheets[0].iter_rows(max_row=1, values_only=True), ())
            header = ",".join(str(c) for c in first if c is not None)
            wb.close()
    except Exception:  # an unreadable header was reported by read_questions already
        header = ""
    if "问题" in header:
        return "zh"
    if "question" in header.lower():
        return "en"
    cjk = sum(1 for q in questions if _CJK.search(q))
    return "zh" if cjk * 2 >= max(len(questions), 1) else "en"


def translate_csv(data: bytes, names: dict[str, str]) -> bytes:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    if not rows:
        return data
    rows[0] = [names.get(h, h) for h in rows[0]]
    buf = io.StringIO(newline="")
    csv.writer(buf).writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


def translate_xlsx(data: bytes, names: dict[str, str]) -> bytes:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb.active
    for cell in ws[1]:
        if isinstance(cell.value, str):
            cell.value = names.get(cell.value, cell.value)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def answer_batch_file(data: bytes, filename: str, answer_fn: Callable[[str], Answer], *,
                      progress: Callable[[int, int], None] | None = None) -> BatchResult:
    """Answer an uploaded question list (.csv/.xlsx/.txt/.jsonl given as bytes). Raises BatchFileError.

    The result holds the counts, the answers as a table and the downloads, whose headers follow the
    input's language; the uploaded bytes and the answer records are not kept."""
    from qa.batch import read_questions, records_to_csv_bytes, records_to_xlsx_bytes, run_batch

    name = Path(filename).name or "questions.txt"
    with tempfile.TemporaryDirectory(prefix="budget-qa-batch-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            questions = read_questions(path)
        except BatchFileError as e:  # name the file as the user knows it, not our temp copy
            raise BatchFileError(str(e).replace(str(path), name)) from e
    language = input_language(name, data, [q.question for q in questions])
    records = run_batch(questions, answer_fn, progress=progress)
    errors = sum(1 for r in records if r.get("error"))
    not_found = sum(1 for r in records if not r.get("error") and r.get("route") == "none")
    csv_bytes, xlsx_bytes = records_to_csv_bytes(records), records_to_xlsx_bytes(records)
    if language == "zh":
        csv_bytes, xlsx_bytes = translate_csv(csv_bytes, HEADERS_ZH), translate_xlsx(xlsx_bytes, HEADERS_ZH)
    table = pd.read_csv(io.BytesIO(csv_bytes), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    return BatchResult(name=name, language=language, answered=len(records) - errors - not_found, not_found=not_found,
                       errors=errors, table=table, csv=csv_bytes, xlsx=xlsx_bytes)


def batch_preview(result: BatchResult) -> pd.DataFrame:
    """The download as a table, with the route in words."""
    table = result.table.copy()
    for column in ("route", "途径"):
        if column in table.columns:
            table[column] = [ROUTES[v][0] if v in ROUTES else v for v in table[column]]
    return table


def render_batch(engine, docs: Sequence) -> None:
    st.markdown("上传一份问题清单，逐条回答，并下载带出处的答案表。支持 .csv / .xlsx（一列“问题”或 question，"
                "可选 id），.txt（每行一个问题）和 .jsonl（q 或 question 字段）。")
    nonce = st.session_state.get("batch_nonce", 0)
    upload = st.file_uploader("上传问题清单", type=BATCH_TYPES, key=f"batch_upload_{nonce}")
    if st.button("开始批量回答", key="batch_button", disabled=upload is None, icon=":material/playlist_play:",
                 type="primary"):
        slot = st.empty()
        bar = slot.progress(0.0, text="正在回答……")

        def progress(done: int, total: int) -> None:
            bar.progress(done / total, text=f"已回答 {done}/{total}")

        doc = scope(docs)
        options = ask_options(engine, doc=doc)

        def answer(question: str, **line) -> Answer:  # a line's own doc/history wins over the page's scope
            return engine.ask(question, **{**options, **line})

        try:
            result = answer_batch_file(upload.getvalue(), upload.name, answer, progress=progress)
        except BudgetQAError as e:
            logger.info("batch file %s refused: %s", upload.name, e)
            st.session_state.pop("batch_result", None)
            st.error(user_message(e))
        except Exception:
            logger.exception("batch file %s failed", upload.name)
            st.session_state.pop("batch_result", None)
            st.error(ERROR_GENERIC)
        else:
            st.session_state["batch_result"] = result
            st.session_state["batch_nonce"] = nonce + 1  # a fresh uploader: the answered file is let go
            slot.empty()
            st.rerun()
        finally:
            slot.empty()
    result: BatchResult | None = st.session_state.get("batch_result")
    if result is None:
        return
    st.subheader(f"{result.name}：共 {result.total} 个问题")
    with st.container(horizontal=True):
        st.metric("已回答", result.answered, border=True)
        st.metric("未找到", result.not_found, border=True)
        st.metric("出错", result.errors, border=True)
    st.dataframe(batch_preview(result), hide_index=True, width="stretch", height=min(420, 38 + 35 * result.total))
    with st.container(horizontal=True):
        st.download_button("下载 CSV", result.csv, file_name=f"{result.stem}_答案.csv", mime=CSV_MIME,
                           key="download_csv", on_click="ignore", icon=":material/download:")
        st.download_button("下载 Excel", result.xlsx, file_name=f"{result.stem}_答案.xlsx", mime=XLSX_MIME,
                           key="download_xlsx", on_click="ignore", icon=":material/download:")


# ------------------------------------------------------------------------------------------ findings tab


def finding_detail(f) -> str:
    """"文中数 244.12 万元；计算数 242.12 万元" for a finding that compares figures."""
    parts = []
    if f.stated is not None:
        parts.append(f"文中数 {fmt_value(f.stated, f.unit, note=False)}")
    if f.computed is not None:
        parts.append(f"计算数 {fmt_value(f.computed, f.unit, note=False)}")
    return "；".join(parts)


def finding_links(conn, f) -> list[tuple[str, Citation]]:
    """(button label, citation) for the places a finding points at: the stated figure, then what it was checked against."""
    from qa import sources

    lines = ([("文中", f.stated_line)] if f.stated_line else []) + [("依据", n) for n in f.computed_lines[:4]]
    out, seen = [], set()
    for role, line in lines:
        c = sources.locate(conn, f.doc_id, line)
        if c is None or (c.line, c.table_no) in seen:
            continue
        seen.add((c.line, c.table_no))
        out.append((f"{role}：{'第' + str(c.page) + '页' if c.page else '第' + str(line) + '行'}", c))
    return out


def render_findings(engine, docs: Sequence) -> None:
    """The consistency report: each finding with its figures and links that open the source view."""
    try:  # the consistency module is still changing: the page must not depend on its shape
        findings = list(engine.findings())
    except (ImportError, AttributeError, TypeError, sqlite3.Error):
        logger.info("consistency findings unavailable", exc_info=True)
        st.info("这个索引没有一致性检查结果。", icon=":material/info:")
        return
    if not findings:
        st.success("未发现合计、跨表或文中数字不一致之处。", icon=":material/check_circle:")
        return
    errors = sum(1 for f in findings if f.severity == "error")
    st.markdown(f"文中数字与表格或算术不符之处：共 **{len(findings)}** 条，其中错误 **{errors}** 条。"
                "点击行号或页码查看原文。")
    names = {d.doc_id: doc_label(d) for d in docs}
    conn = getattr(engine, "conn", None)
    for n, f in enumerate(findings):
        with st.container(border=True):
            doc = f" · {md_escape(names.get(f.doc_id, f.doc_id))}" if len(names) > 1 else ""
            st.markdown(f"{SEVERITIES.get(f.severity, SEVERITIES['info'])} {md_escape(f.message)}{doc}")
            if detail := finding_detail(f):
                st.caption(md_escape(detail))
            links = finding_links(conn, f) if conn is not None else []
            if links:
                with st.container(horizontal=True, gap="small"):
                    for m, (label, c) in enumerate(links):
                        if st.button(label, key=f"finding_{n}_{m}", type="tertiary", icon=":material/open_in_new:"):
                            source_dialog(engine, tuple(c for _, c in links), m)


# ------------------------------------------------------------------------------------------ page


def main() -> None:
    st.set_page_config(page_title=TITLE, page_icon=":material/account_balance:", layout="wide",
                       initial_sidebar_state="auto")
    st.html(STYLE)
    try:
        engine = get_engine()
    except BudgetQAError as e:
        logger.warning("opening the index failed: %s", e)
        st.error(user_message(e), icon=":material/error:")
        st.stop()
    except Exception:
        logger.exception("opening the index failed")
        st.error(ERROR_INDEX, icon=":material/error:")
        st.stop()

    st.title(TITLE)
    if flash := st.session_state.pop("flash", None):
        st.success(flash)
    docs = documents(engine)
    try:
        render_sidebar(docs)
    except Exception:
        logger.exception("sidebar failed")
        st.sidebar.error(ERROR_GENERIC)
    close_sidebar_on_phone()

    chat, batch, findings = st.tabs(TABS, key="tab", on_change="rerun")
    question = None
    if chat.open is not False:  # the chat box is pinned to the bottom of the chat tab only
        question = st.chat_input("请输入关于部门预算的问题……", key="chat")
        question = question or st.session_state.pop("pending_question", None)
        with chat:
            render_chat(engine, docs, question)
    if batch.open:
        with batch:
            render_batch(engine, docs)
    if findings.open:
        with findings:
            render_findings(engine, docs)


if __name__ == "__main__":
    main()
