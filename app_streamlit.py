"""Streamlit page for budget-qa: chat with cited answers, documents, consistency findings, batch answering.

A thin edge over `qa`, like the CLI: it reads input, calls the core, renders the result and turns
our errors into messages. Nothing is built at import time; Streamlit runs this file as a script and
`main()` draws the page. Start it with `budget-qa app` or `streamlit run app_streamlit.py`.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from qa.answer import Answer, Citation, Item
from qa.errors import BatchFileError, BudgetQAError

logger = logging.getLogger(__name__)

TITLE = "部门预算问答"
EXAMPLES = (
    "部门预算总额是多少？",
    "预算最多的十个项目",
    "支出按功能分类的构成",
    "差旅费一共多少？",
    "部门的主要职责有哪些？",
    "什么是“三公”经费？",
)
ROUTES = {  # route -> (badge label, badge color, icon)
    "sql": ("数据查询", "blue", ":material/table_chart:"),
    "retrieval": ("文本检索", "green", ":material/article:"),
    "none": ("未找到", "gray", ":material/search_off:"),
}
BATCH_TYPES = ["csv", "xlsx", "txt", "jsonl"]
CSV_MIME = "text/csv"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
GENERIC_ERROR = "抱歉，处理时出现了意外错误，请稍后重试或换个问法。如果问题持续出现，请联系维护人员。"
MARKDOWN_SPECIALS = "\\`*_[]#<>$~|"
SEVERITIES = {"error": ":red-badge[错误]", "warning": ":orange-badge[警告]", "info": ":gray-badge[提示]"}


@dataclass(frozen=True)
class Turn:
    """One exchange of the chat: the question and either an answer or an error message."""

    question: str
    answer: Answer | None = None
    error: str | None = None


@dataclass(frozen=True)
class BatchResult:
    """A batch file answered: its records and the two downloads."""

    name: str  # the uploaded file's name
    records: tuple[dict, ...]
    csv: bytes  # UTF-8 with BOM
    xlsx: bytes

    @property
    def stem(self) -> str:
        return Path(self.name).stem or "questions"


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


def _progress_bar(label: str) -> Callable[[str, float], None]:
    """A (message, fraction) progress callback drawing a st.progress bar."""
    bar = st.progress(0.0, text=label)

    def update(message: str, fraction: float) -> None:
        bar.progress(min(max(float(fraction), 0.0), 1.0), text=message)

    return update


def get_engine():
    """The Engine for the configured index; on first use, builds the index from data/ with visible progress."""
    from ingest.build import current_build
    from qa.config import Settings
    from qa.index import ensure_index

    settings = Settings.from_env()
    if current_build(settings.index_dir) is None:
        with index_lock():
            if current_build(settings.index_dir) is None:  # another session may have built it meanwhile
                with st.status("首次使用：正在从 data/ 建立索引，可能需要一两分钟……", expanded=True) as status:
                    ensure_index(settings.index_dir, settings=settings, embedder=load_embedder(settings.embedder),
                                 progress=_progress_bar("读取文件"))
                    status.update(label="索引已建立", state="complete", expanded=False)
    return load_engine(str(settings.index_dir), settings.embedder)


def answer_question(engine, question: str) -> Turn:
    """Ask the engine; our errors become their message, anything else a generic one (logged, never shown)."""
    try:
        return Turn(question, answer=engine.ask(question))
    except BudgetQAError as e:
        return Turn(question, error=str(e))
    except Exception:
        logger.exception("answering %r failed", question)
        return Turn(question, error=GENERIC_ERROR)


def answer_batch_file(data: bytes, filename: str, answer_fn: Callable[[str], Answer], *,
                      progress: Callable[[int, int], None] | None = None) -> BatchResult:
    """Answer an uploaded FAQ list (.csv/.xlsx/.txt/.jsonl given as bytes). Raises BatchFileError."""
    from qa.batch import read_questions, records_to_csv_bytes, records_to_xlsx_bytes, run_batch

    name = Path(filename).name or "questions.txt"
    with tempfile.TemporaryDirectory(prefix="budget-qa-batch-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            questions = read_questions(path)
        except BatchFileError as e:  # name the file as the user knows it, not our temp copy
            raise BatchFileError(str(e).replace(str(path), name)) from e
    records = run_batch(questions, answer_fn, progress=progress)
    return BatchResult(name, tuple(records), records_to_csv_bytes(records), records_to_xlsx_bytes(records))


def ingest_upload(data: bytes, filename: str, *, progress: Callable[[str, float], None] | None = None):
    """Add an uploaded budget document (.txt bytes) to the configured index. Raises BudgetQAError."""
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


# ------------------------------------------------------------------------------------------ rendering


def md_escape(text: str) -> str:
    """Text shown verbatim inside markdown (document text may hold *, $, | ...); newlines kept."""
    out = "".join("\\" + ch if ch in MARKDOWN_SPECIALS else ch for ch in text)
    return out.replace("\n", "  \n")


def fmt_value(value: float | None, unit: str | None = None) -> str:
    from qa.normalize import fmt_number

    if value is None:
        return ""
    if not unit:
        return fmt_number(value)
    return f"{fmt_number(value)}{unit}" if unit == "%" else f"{fmt_number(value)} {unit}"


def sources_frame(citations: Sequence[Citation]) -> pd.DataFrame:
    """Cited table rows as a table: 表, 行, 源文件行号, 内容 (the row's cells as 表头：值), 文件."""
    rows = []
    for c in citations:
        if c.table is None:
            continue
        content = "；".join(f"{h}：{v}" for h, v in c.cells if str(v).strip()) if c.cells else " | ".join(
            c.text.split("\t"))
        rows.append({"表": c.table, "行": c.row, "源文件行号": c.line, "内容": content, "文件": c.source})
    return pd.DataFrame(rows, columns=["表", "行", "源文件行号", "内容", "文件"])


def items_frame(items: Sequence[Item]) -> pd.DataFrame:
    return pd.DataFrame(
        [{"项目": i.label, "数值": i.value, "单位": i.unit or ""} for i in items],
        columns=["项目", "数值", "单位"],
    )


def chart_frame(items: Sequence[Item]) -> pd.DataFrame | None:
    """label -> value of the items worth a bar chart (those in the first item's unit), or None."""
    valued = [i for i in items if i.value is not None]
    if len(valued) < 2:
        return None
    unit = valued[0].unit
    valued = [i for i in valued if i.unit == unit]
    labels, seen = [], {}
    for i in valued:  # a chart axis needs distinct labels
        seen[i.label] = seen.get(i.label, 0) + 1
        labels.append(i.label if seen[i.label] == 1 else f"{i.label}（{seen[i.label]}）")
    column = f"金额（{unit}）" if unit else "数值"
    return pd.DataFrame({"项目": labels, column: [i.value for i in valued]})


def render_route(route: str) -> None:
    label, color, icon = ROUTES.get(route, ROUTES["none"])
    st.badge(label, color=color, icon=icon)


def render_sources(citations: Sequence[Citation]) -> None:
    table = sources_frame(citations)
    passages = [c for c in citations if c.table is None]
    with st.expander(f"来源（{len(citations)} 处）", icon=":material/menu_book:"):
        if not citations:
            st.caption("没有引用。")
        if not table.empty:
            st.markdown("**表格行**")
            st.dataframe(table, hide_index=True, width="stretch", column_config={
                "内容": st.column_config.TextColumn(width="large"), "文件": st.column_config.TextColumn(width="small")})
        for c in passages:
            where = f"{c.source} 第{c.line}行" + (f"–第{c.end_line}行" if c.end_line and c.end_line != c.line else "")
            st.markdown(f"**{md_escape(c.section or '正文')}**  \n:gray[{md_escape(where)}]")
            st.markdown("> " + md_escape(c.text).replace("  \n", "  \n> "))


def render_answer(answer: Answer) -> None:
    render_route(answer.route)
    st.markdown(md_escape(answer.text))
    if answer.value is not None and answer.route == "sql":
        st.metric("结果", fmt_value(answer.value, answer.unit))
    chart = chart_frame(answer.items) if (answer.chart or len(answer.items) > 1) else None
    if len(answer.items) > 1:
        st.dataframe(items_frame(answer.items), hide_index=True, width="stretch")
    if chart is not None:
        st.bar_chart(chart, x="项目", y=chart.columns[1], x_label="", y_label=chart.columns[1], horizontal=True,
                     sort=False, height=max(160, 36 * len(chart)))
    render_sources(answer.citations)
    if answer.sql:
        with st.expander("SQL", icon=":material/code:"):
            st.code(answer.sql, language="sql", wrap_lines=True)
    if answer.route != "none":
        st.caption(f"置信度 {answer.confidence:.0%}")


def render_reply(turn: Turn) -> None:
    if turn.answer is not None:
        render_answer(turn.answer)
    else:
        st.error(turn.error or GENERIC_ERROR)


def render_turn(turn: Turn) -> None:
    with st.chat_message("user"):
        st.markdown(md_escape(turn.question))
    with st.chat_message("assistant"):
        render_reply(turn)


# ------------------------------------------------------------------------------------------ sidebar


def _queue_question(question: str) -> None:
    st.session_state["pending_question"] = question


def render_documents(engine) -> None:
    st.subheader("已收录文件")
    for doc in engine.documents():
        st.markdown(f"**{md_escape(doc.department)}** · {doc.year or '年份不详'}年")
        st.caption(f"{md_escape(doc.source)} · {doc.lines} 行 · {doc.table_rows} 个表格行 · {doc.paragraphs} 段正文")
        if doc.key_figures:
            figures = pd.DataFrame([{"指标": label, "数值": fmt_value(value, unit)}
                                    for label, value, unit in doc.key_figures])
            st.dataframe(figures, hide_index=True, width="stretch")


def finding_lines(findings) -> list[tuple[str, str, str]]:
    """(severity, message, stated vs computed with their line numbers) for each finding."""
    out = []
    for f in findings:
        parts = []
        if f.stated is not None:
            at = f"（第{f.stated_line}行）" if f.stated_line else ""
            parts.append(f"文中数 {fmt_value(f.stated, f.unit)}{at}")
        if f.computed is not None:
            lines = "、".join(str(n) for n in f.computed_lines[:6]) + ("等" if len(f.computed_lines) > 6 else "")
            at = f"（第{lines}行）" if lines else ""
            parts.append(f"计算数 {fmt_value(f.computed, f.unit)}{at}")
        out.append((str(f.severity), str(f.message), "；".join(parts)))
    return out


def render_findings(engine) -> None:
    """The consistency report (stated vs computed figures); nothing when the report is unavailable."""
    try:  # the consistency module is still changing: the page must not depend on its shape
        lines = finding_lines(engine.findings())
    except (ImportError, AttributeError, TypeError, sqlite3.Error):
        logger.info("consistency findings unavailable", exc_info=True)
        return
    st.subheader("一致性检查")
    if not lines:
        st.success("未发现合计或跨表不一致。", icon=":material/check_circle:")
        return
    errors = sum(1 for severity, _, _ in lines if severity == "error")
    st.caption(f"文中数字与表格或算术不符之处：共 {len(lines)} 条，其中错误 {errors} 条")
    with st.expander(f"查看 {len(lines)} 条发现"):
        for severity, message, detail in lines:
            st.markdown(f"{SEVERITIES.get(severity, SEVERITIES['info'])} {md_escape(message)}")
            if detail:
                st.caption(md_escape(detail))


def render_examples() -> None:
    st.subheader("示例问题")
    for n, q in enumerate(EXAMPLES):
        st.button(q, key=f"example_{n}", on_click=_queue_question, args=(q,), width="stretch")


def render_upload() -> None:
    st.subheader("添加预算文件")
    upload = st.file_uploader("上传部门预算文件（.txt，UTF-8 或 GBK）", type=["txt"], key="doc_upload")
    if st.button("加入索引", key="ingest_button", disabled=upload is None, icon=":material/upload_file:"):
        try:
            result = ingest_upload(upload.getvalue(), upload.name, progress=_progress_bar("读取文件"))
        except BudgetQAError as e:
            st.error(str(e))
            return
        except Exception:
            logger.exception("ingesting %s failed", upload.name)
            st.error("抱歉，加入索引时出现了意外错误，索引保持不变。")
            return
        if result.changed:
            st.session_state["flash"] = f"已加入索引：{upload.name}（用时 {result.seconds:.0f} 秒）"
        else:
            st.session_state["flash"] = f"{upload.name} 已在索引中，内容没有变化。"
        load_engine.clear()
        st.rerun()


def batch_preview(records: Sequence[dict]) -> pd.DataFrame:
    return pd.DataFrame(
        [{"问题": r.get("question"), "答案": r.get("answer"), "途径": ROUTES.get(r.get("route"), ROUTES["none"])[0],
          "数值": r.get("value"), "单位": r.get("unit")} for r in records],
        columns=["问题", "答案", "途径", "数值", "单位"],
    )


def render_batch(engine) -> None:
    st.subheader("批量回答")
    upload = st.file_uploader("上传问题清单（.csv / .xlsx / .txt / .jsonl）", type=BATCH_TYPES, key="batch_upload")
    if st.button("开始批量回答", key="batch_button", disabled=upload is None, icon=":material/playlist_play:"):
        bar = st.progress(0.0, text="正在回答……")

        def progress(done: int, total: int) -> None:
            bar.progress(done / total, text=f"已回答 {done}/{total}")

        try:
            st.session_state["batch_result"] = answer_batch_file(upload.getvalue(), upload.name, engine.ask,
                                                                 progress=progress)
        except BudgetQAError as e:
            st.session_state.pop("batch_result", None)
            st.error(str(e))
        except Exception:
            logger.exception("batch file %s failed", upload.name)
            st.session_state.pop("batch_result", None)
            st.error(GENERIC_ERROR)
    result: BatchResult | None = st.session_state.get("batch_result")
    if result is None:
        return
    errors = sum(1 for r in result.records if r.get("error"))
    st.caption(f"{result.name}：共 {len(result.records)} 个问题" + (f"，{errors} 个无法回答" if errors else ""))
    st.dataframe(batch_preview(result.records), hide_index=True, width="stretch", height=240)
    left, right = st.columns(2)
    left.download_button("下载 CSV", result.csv, file_name=f"{result.stem}_答案.csv", mime=CSV_MIME,
                         key="download_csv", on_click="ignore", icon=":material/download:")
    right.download_button("下载 Excel", result.xlsx, file_name=f"{result.stem}_答案.xlsx", mime=XLSX_MIME,
                          key="download_xlsx", on_click="ignore", icon=":material/download:")


def render_sidebar(engine) -> None:
    with st.sidebar:
        st.title(TITLE)
        st.caption("数字走数据库查询，描述走全文与语义检索，每个答案都注明出处。全部离线运行。")
        render_examples()
        st.divider()
        render_documents(engine)
        render_findings(engine)
        st.divider()
        render_upload()
        st.divider()
        render_batch(engine)


# ------------------------------------------------------------------------------------------ page


def main() -> None:
    st.set_page_config(page_title=TITLE, page_icon=":material/account_balance:", layout="wide")
    history: list[Turn] = st.session_state.setdefault("history", [])
    try:
        engine = get_engine()
    except BudgetQAError as e:
        st.error(str(e))
        st.stop()
    except Exception:
        logger.exception("opening the index failed")
        st.error("抱歉，索引无法打开。请检查索引目录（BUDGET_QA_INDEX）后重试。")
        st.stop()

    st.title(TITLE)
    if flash := st.session_state.pop("flash", None):
        st.success(flash)
    try:
        render_sidebar(engine)
    except BudgetQAError as e:
        st.sidebar.error(str(e))
    except Exception:
        logger.exception("sidebar failed")
        st.sidebar.error(GENERIC_ERROR)

    question = st.chat_input("请输入关于部门预算的问题……", key="chat")  # always pinned to the bottom
    question = question or st.session_state.pop("pending_question", None)
    if not history and not question:
        st.info("请在下方输入问题，例如“部门预算总额是多少？”，或点击左侧的示例问题。", icon=":material/chat:")
    for turn in history:
        render_turn(turn)
    if question and question.strip():
        with st.chat_message("user"):
            st.markdown(md_escape(question))
        with st.chat_message("assistant"):
            with st.spinner("正在查找……"):
                turn = answer_question(engine, question)
            render_reply(turn)
        history.append(turn)


if __name__ == "__main__":
    main()
