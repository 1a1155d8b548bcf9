"""The Streamlit page, driven headlessly with streamlit.testing (AppTest) over one real temporary index.

The index is built once per session from data/ with the deterministic fake embedder (tests/fakes.py);
the page is pointed at it with BUDGET_QA_INDEX and given the same fake embedder, so retrieval works
exactly as with the real model, only faster.
"""

from __future__ import annotations

import importlib
import io
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("streamlit.testing.v1")
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from ingest.build import current_build, ingest_paths  # noqa: E402
from qa.config import PROJECT_ROOT, bundled_documents  # noqa: E402
from tests.fakes import BigramEmbedder  # noqa: E402

APP = str(PROJECT_ROOT / "app_streamlit.py")
TOTAL = "2023年部门预算总额是多少？"
TOTAL_TEXT = "10,122.377376"


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory) -> Path:
    """One index of the bundled documents for the whole test session (fake embedder: built in seconds)."""
    index = tmp_path_factory.mktemp("app-index")
    ingest_paths(bundled_documents(PROJECT_ROOT / "data"), index, embedder=BigramEmbedder())
    return index


@pytest.fixture(autouse=True)
def app_env(index_dir, monkeypatch):
    """The page reads the session index and embeds queries with the fake embedder."""
    import ingest.embedders

    monkeypatch.setenv("BUDGET_QA_INDEX", str(index_dir))
    monkeypatch.delenv("BUDGET_QA_DATA", raising=False)
    monkeypatch.setattr(ingest.embedders, "make_embedder", lambda spec=None: BigramEmbedder())
    return index_dir


def run_app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input(key="chat").set_value(question).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def markdown_text(node) -> str:
    return "\n".join(m.value for m in node.markdown)


def expander(at: AppTest, prefix: str):
    found = [e for e in at.main.expander if e.label.startswith(prefix)]
    assert found, f"no expander starting with {prefix!r}: {[e.label for e in at.main.expander]}"
    return found[-1]


def charts(node) -> list:
    return list(node.get("vega_lite_chart"))


# ------------------------------------------------------------------------------------------ page


def test_module_imports_without_building(tmp_path, monkeypatch):
    monkeypatch.setenv("BUDGET_QA_INDEX", str(tmp_path / "never-built"))
    sys.modules.pop("app_streamlit", None)
    module = importlib.import_module("app_streamlit")
    assert callable(module.main)
    assert not (tmp_path / "never-built").exists()


def test_first_page_shows_title_sidebar_and_examples():
    at = run_app()
    assert at.title[0].value == "部门预算问答"
    sidebar = markdown_text(at.sidebar)
    assert "北京市西城区人力资源和社会保障局" in sidebar
    labels = [b.label for b in at.sidebar.button]
    assert "部门预算总额是多少？" in labels and "什么是“三公”经费？" in labels
    figures = at.sidebar.dataframe[0].value
    assert "收入总计" in set(figures["指标"])
    assert any(u.label.startswith("上传部门预算文件") for u in at.sidebar.get("file_uploader"))
    assert any(u.label.startswith("上传问题清单") for u in at.sidebar.get("file_uploader"))


def test_sidebar_lists_consistency_findings():
    at = run_app()
    assert any(h.value == "一致性检查" for h in at.sidebar.subheader)
    findings = [e for e in at.sidebar.expander if e.label.startswith("查看")]
    assert findings, "the bundled document has known arithmetic slips in its narrative"
    details = "\n".join(c.value for c in findings[0].caption)
    assert "文中数" in details and "计算数" in details and "行）" in details


@pytest.mark.parametrize("failure", [ImportError("no consistency module"), AttributeError("renamed")])
def test_page_renders_without_consistency_findings(monkeypatch, failure):
    from qa.engine import Engine

    def broken(self, doc_id=None):
        raise failure

    monkeypatch.setattr(Engine, "findings", broken)
    at = run_app()
    assert not any(h.value == "一致性检查" for h in at.sidebar.subheader)
    assert "北京市西城区人力资源和社会保障局" in markdown_text(at.sidebar)
    assert not at.sidebar.error


def test_chat_round_trip_shows_answer_badge_metric_and_sources():
    at = ask(run_app(), TOTAL)
    assistant = at.chat_message[-1]
    text = markdown_text(assistant)
    assert TOTAL_TEXT in text
    assert "数据查询" in text  # the route badge
    assert assistant.metric[0].value.startswith(TOTAL_TEXT)
    sources = expander(at, "来源").dataframe[0].value
    assert "表一" in set(sources["表"])
    row = sources[sources["表"] == "表一"].iloc[0]
    assert row["源文件行号"] > 0 and TOTAL_TEXT in row["内容"]
    assert at.session_state["history"][-1].answer.value == pytest.approx(10122.377376)


def test_sql_expander_shows_the_query():
    at = ask(run_app(), TOTAL)
    code = expander(at, "SQL").code[0]
    assert code.language == "sql"
    assert "SELECT" in code.value and "t01_overview" in code.value


def test_history_is_kept_across_questions():
    at = ask(ask(run_app(), TOTAL), "差旅费一共多少？")
    users = [markdown_text(m) for m in at.chat_message if m.name == "user"]
    assert users == [TOTAL, "差旅费一共多少？"]


def test_example_button_asks_ranking_and_draws_chart():
    at = run_app()
    at.button(key="example_1").click().run()  # 预算最多的十个项目
    assert not at.exception
    assistant = at.chat_message[-1]
    assert "预算最多的十个项目" in markdown_text(at.chat_message[-2])
    assert "就业大厦装修二期" in markdown_text(assistant)
    assert charts(assistant), "a ranking answer should come with a bar chart"
    items = assistant.dataframe[0].value
    assert len(items) == 10 and items["数值"].iloc[0] == pytest.approx(530)


def test_example_button_descriptive_question_quotes_passages():
    at = run_app()
    at.button(key="example_5").click().run()  # 什么是“三公”经费？
    assert not at.exception
    assistant = at.chat_message[-1]
    assert "文本检索" in markdown_text(assistant)
    passages = markdown_text(expander(at, "来源"))
    assert "三公" in passages and "第" in passages  # quoted passage with its section and line
    assert not charts(assistant)


def test_question_error_is_a_friendly_message():
    at = ask(run_app(), "预算" * 400)
    assert at.chat_message[-1].error[0].value.startswith("问题太长")
    assert not at.exception


def test_unanswerable_question_is_marked_not_found():
    at = ask(run_app(), "2019年部门预算总额是多少？")
    text = markdown_text(at.chat_message[-1])
    assert "未找到" in text and "2019" in text


def test_missing_index_and_documents_show_a_message(tmp_path, monkeypatch):
    monkeypatch.setenv("BUDGET_QA_INDEX", str(tmp_path / "index"))
    monkeypatch.setenv("BUDGET_QA_DATA", str(tmp_path / "no-data"))
    at = run_app()
    assert "还没有索引" in at.error[0].value


# ------------------------------------------------------------------------------------------ batch


@pytest.fixture
def media_files(monkeypatch) -> list[tuple[bytes, str, str | None]]:
    """(data, mimetype, filename) of every file the page hands to Streamlit (download buttons)."""
    added: list[tuple[bytes, str, str | None]] = []
    original = MemoryMediaFileStorage.load_and_get_id

    def spy(self, path_or_data, mimetype, kind, filename=None):
        added.append((path_or_data, mimetype, filename))
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", spy)
    return added


def test_batch_upload_preview_and_downloads(media_files):
    import openpyxl

    at = run_app()
    questions = "问题,备注\n2023年部门预算总额是多少？,总额\n什么是“三公”经费？,定义\n".encode()
    at.file_uploader(key="batch_upload").upload("常见问题.csv", questions, "text/csv")
    at.run()
    at.button(key="batch_button").click().run()
    assert not at.exception and not at.sidebar.error
    preview = at.sidebar.dataframe[-1].value
    assert list(preview.columns) == ["问题", "答案", "途径", "数值", "单位"]
    assert list(preview["途径"]) == ["数据查询", "文本检索"]
    assert preview["数值"].iloc[0] == pytest.approx(10122.377376)

    buttons = {b.label: b for b in at.sidebar.get("download_button")}
    assert set(buttons) == {"下载 CSV", "下载 Excel"}
    assert buttons["下载 CSV"].proto.url.endswith(".csv")
    files = {name: (data, mime) for data, mime, name in media_files}
    csv_data, csv_mime = files["常见问题_答案.csv"]
    assert csv_mime == "text/csv" and csv_data.startswith(b"\xef\xbb\xbf")
    assert TOTAL_TEXT in csv_data.decode("utf-8-sig") and "备注" in csv_data.decode("utf-8-sig")
    xlsx_data, xlsx_mime = files["常见问题_答案.xlsx"]
    assert xlsx_mime == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_data)).active
    assert [c.value for c in sheet[1]][:4] == ["id", "question", "answer", "route"]
    assert sheet.max_row == 3


def test_batch_bad_file_names_the_upload_not_the_temp_copy():
    at = run_app()
    at.file_uploader(key="batch_upload").upload("清单.csv", "标题\n你好\n".encode(), "text/csv")
    at.run()
    at.button(key="batch_button").click().run()
    message = at.sidebar.error[0].value
    assert "清单.csv" in message and "budget-qa-batch-" not in message
    assert not at.exception


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("q.txt", "2023年部门预算总额是多少？\n\n差旅费一共多少？\n".encode()),
        ("q.jsonl", '{"id": 7, "q": "2023年部门预算总额是多少？"}\n{"question": "差旅费一共多少？"}\n'.encode()),
        ("q.csv", "\ufeffid,问题\n1,2023年部门预算总额是多少？\n2,差旅费一共多少？\n".encode()),
    ],
)
def test_answer_batch_file(index_dir, filename, data):
    import app_streamlit
    from qa.index import open_engine

    engine = open_engine(index_dir, embedder=BigramEmbedder(), cached=False)
    seen = []
    result = app_streamlit.answer_batch_file(data, filename, engine.ask, progress=lambda d, t: seen.append((d, t)))
    assert [r["question"] for r in result.records] == ["2023年部门预算总额是多少？", "差旅费一共多少？"]
    assert result.records[0]["value"] == pytest.approx(10122.377376)
    assert seen == [(1, 2), (2, 2)]
    assert result.csv.startswith(b"\xef\xbb\xbf") and result.xlsx.startswith(b"PK")
    assert result.stem == "q"


def test_answer_batch_file_rejects_unknown_type():
    import app_streamlit
    from qa.errors import BatchFileError

    with pytest.raises(BatchFileError, match="questions.pdf"):
        app_streamlit.answer_batch_file(b"%PDF", "questions.pdf", lambda q: None)


# ------------------------------------------------------------------------------------------ upload


def test_upload_same_document_leaves_index_unchanged(index_dir):
    before = current_build(index_dir)
    source = bundled_documents(PROJECT_ROOT / "data")[0]
    at = run_app()
    at.file_uploader(key="doc_upload").upload(source.name, source.read_bytes(), "text/plain")
    at.run()
    at.button(key="ingest_button").click().run()
    assert not at.exception
    assert "内容没有变化" in at.success[0].value
    assert current_build(index_dir) == before


def test_upload_bad_document_shows_error_and_keeps_index(index_dir):
    before = current_build(index_dir)
    at = run_app()
    at.file_uploader(key="doc_upload").upload("notes.txt", "这不是预算文件。\n".encode(), "text/plain")
    at.run()
    at.button(key="ingest_button").click().run()
    assert not at.exception
    message = at.sidebar.error[0].value
    assert "notes.txt" in message and "budget-qa-upload-" not in message
    assert current_build(index_dir) == before


def test_upload_changed_document_rebuilds_and_reloads(index_dir, tmp_path, monkeypatch):
    copy = tmp_path / "index"
    shutil.copytree(index_dir, copy, symlinks=True)
    monkeypatch.setenv("BUDGET_QA_INDEX", str(copy))
    before = current_build(copy)
    source = bundled_documents(PROJECT_ROOT / "data")[0]
    changed = source.read_bytes() + "\n（本文件为测试修订版。）\n".encode()
    at = run_app()
    lines_before = [c.value for c in at.sidebar.caption if "行 ·" in c.value]
    assert lines_before
    at.file_uploader(key="doc_upload").upload(source.name, changed, "text/plain")
    at.run()
    at.button(key="ingest_button").click().run()
    assert not at.exception
    assert at.success[0].value.startswith(f"已加入索引：{source.name}")
    assert current_build(copy) != before
    lines_after = [c.value for c in at.sidebar.caption if "行 ·" in c.value]
    assert lines_after != lines_before  # the sidebar reads the new build: the engine was reloaded
    assert TOTAL_TEXT in markdown_text(ask(at, TOTAL).chat_message[-1])
