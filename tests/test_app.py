"""The Streamlit page, driven headlessly with streamlit.testing (AppTest), and its pure helpers.

Real answers come from one temporary index of the bundled document built with the deterministic fake
embedder (tests/fakes.py); the page is pointed at it with BUDGET_QA_INDEX. Tests of how the page draws
a kind of answer (readings, suggestions, follow-ups, errors) give the engine a stand-in `ask`, so they
do not depend on how the answering core reads a question.
"""

from __future__ import annotations

import csv
import importlib
import io
import logging
import re
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

pytest.importorskip("streamlit.testing.v1")
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

import app_streamlit as app  # noqa: E402
from ingest.build import current_build, ingest_paths  # noqa: E402
from qa.answer import Answer, Item  # noqa: E402
from qa.config import PROJECT_ROOT, bundled_documents  # noqa: E402
from tests.fakes import BigramEmbedder  # noqa: E402

APP = str(PROJECT_ROOT / "app_streamlit.py")
TOTAL = "2023年部门预算总额是多少？"
TOTAL_SHOWN = "10,122.38 万元"
TOTAL_EXACT = "10,122.377376"
DEPARTMENT = "北京市西城区人力资源和社会保障局"


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory) -> Path:
    """One index of the bundled documents for the whole test session (fake embedder: built in seconds)."""
    index = tmp_path_factory.mktemp("app-index")
    ingest_paths(bundled_documents(PROJECT_ROOT / "data"), index, embedder=BigramEmbedder())
    return index


@pytest.fixture(scope="session")
def two_docs_dir(tmp_path_factory, index_dir, synthetic_doc) -> Path:
    """The bundled document and a generated one of another department and year."""
    index = tmp_path_factory.mktemp("app-two-docs")
    shutil.copytree(index_dir, index, symlinks=True, dirs_exist_ok=True)
    ingest_paths([synthetic_doc], index, embedder=BigramEmbedder())
    return index


@pytest.fixture(autouse=True)
def app_env(index_dir, monkeypatch):
    """The page reads the session index and embeds queries with the fake embedder."""
    import ingest.embedders

    monkeypatch.setenv("BUDGET_QA_INDEX", str(index_dir))
    monkeypatch.delenv("BUDGET_QA_DATA", raising=False)
    monkeypatch.setattr(ingest.embedders, "make_embedder", lambda spec=None: BigramEmbedder())
    return index_dir


@pytest.fixture
def asked(monkeypatch):
    """Replace the engine's answering with `answers[question]` (or a 未找到), recording every call."""
    from qa.engine import Engine

    calls: list[tuple[str, dict]] = []
    answers: dict[str, Answer] = {}

    def ask(self, question, *, doc=None, history=()):
        calls.append((question, {"doc": doc, "history": tuple(history)}))
        return answers.get(question) or Answer(question=question, text="在文件中没有找到。", route="none")

    monkeypatch.setattr(Engine, "ask", ask)
    return calls, answers


def run_app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input(key="chat").set_value(question).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def click(at: AppTest, label: str, node=None) -> AppTest:
    buttons = [b for b in (node or at).button if b.label == label]
    assert buttons, f"no button {label!r}: {[b.label for b in (node or at).button]}"
    buttons[-1].click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def open_tab(at: AppTest, label: str) -> AppTest:
    at.session_state["tab"] = label
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def markdown_text(node) -> str:
    return "\n".join(m.value for m in node.markdown)


def html_bodies(at: AppTest) -> str:
    return "\n".join(h.body for h in at.get("html"))


def visible(markdown: str) -> str:
    """Markdown with its HTML tags and escapes removed: roughly the words a person reads."""
    return re.sub(r"\\(.)", r"\1", re.sub(r"<[^>]+>", "", markdown))


def expanders(node, prefix: str) -> list:
    return [e for e in node.expander if e.label.startswith(prefix)]


def charts(node) -> list:
    return list(node.get("vega_lite_chart"))


# ------------------------------------------------------------------------------------------ numbers and names


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (10122.377376, "万元", "10,122.38 万元（约 1.01 亿元）"),
        (355.80912, "万元", "355.81 万元"),
        (530.0, "万元", "530.00 万元"),
        (9999.99, "万元", "9,999.99 万元"),
        (123456789.0, "元", "123,456,789.00 元（约 1.23 亿元）"),
        (68.98123, "%", "68.98%"),
        (33.0, "个", "33 个"),
        (0.0012, "万元", "0.0012 万元"),
        (-658.234, "万元", "-658.23 万元"),
        (None, "万元", ""),
    ],
)
def test_fmt_value(value, unit, shown):
    assert app.fmt_value(value, unit) == shown


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("就业大厦装修二期（2023）", "就业大厦装修二期"),
        ("预留机动费（局本级2023）", "预留机动费（局本级2023）"),
        ("208 社会保障和就业支出", "社会保障和就业支出"),
        ("2080101-行政运行", "行政运行"),
        ("30211-差旅费", "差旅费"),
        ("“三公”经费", "“三公”经费"),
        ("2023", "2023"),
    ],
)
def test_display_name(label, name):
    assert app.display_name(label) == name


def test_readable_html_rounds_figures_and_keeps_the_exact_one_on_hover():
    out = app.readable_html("收入总计为 10,122.377376 万元，占 68.98765%。", exact=[(10122.377376, "万元")])
    assert visible(out) == "收入总计为 10,122.38 万元（约 1.01 亿元），占 68.99%。"
    assert 'title="原文数字：10,122.377376 万元"' in out


def test_readable_html_finds_the_exact_figure_behind_a_rounded_one():
    out = app.readable_html("收入总计为 10,122.38 万元（约 1.01 亿元）。", exact=[(10122.377376, "万元")])
    assert visible(out) == "收入总计为 10,122.38 万元（约 1.01 亿元）。"  # the 亿元 note is not written twice
    assert "原文数字：10,122.377376 万元" in out and "原文数字：1.01" not in out


def test_readable_html_names_listed_items_as_people_say_them():
    items = (Item("就业大厦装修二期（2023）", 530.0, "万元"), Item("运行管理经费（2023）", 310.8, "万元"))
    out = app.readable_html("共 2 个：就业大厦装修二期（2023）（530 万元）；运行管理经费（2023）（310.8 万元）。", items)
    assert visible(out) == "共 2 个：就业大厦装修二期（530.00 万元）；运行管理经费（310.80 万元）。"


def test_readable_html_escapes_document_text():
    out = app.readable_html("a*b <script>x</script> $5 & 5 万元")
    assert out.startswith("a\\*b \\<script\\>x\\</script\\> \\$5 \\& ") and "<script>" not in out


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("收入总计为 10,122.38 万元。（来源：表一）", "收入总计为 10,122.38 万元。"),
        ("差旅费为 11.37 万元。（来源：表三等 2 处）", "差旅费为 11.37 万元。"),
        ("没有来源的回答。", "没有来源的回答。"),
    ],
)
def test_split_mention(text, body):
    assert app.split_mention(text) == body


def test_ranked_sorts_largest_first_or_smallest_first_when_the_plan_says_so():
    items = [Item("a", 1.0), Item("b", 3.0), Item("c", None), Item("d", 2.0)]
    assert [i.label for i in app.ranked(items)] == ["b", "d", "a"]
    assert [i.label for i in app.ranked(items, ascending=True)] == ["a", "d", "b"]
    assert app.smallest_first(Answer("q", "t", "sql", plan={"op": "top", "answer": "list", "ascending": True}))
    assert app.smallest_first(Answer("q", "t", "sql", plan={"op": "min", "answer": "amount"}))
    assert not app.smallest_first(Answer("q", "t", "sql", plan={"op": "top", "answer": "list"}))
    assert not app.smallest_first(Answer("q", "t", "sql"))


@pytest.mark.parametrize(
    ("answer", "label", "value"),
    [
        (Answer("q", "t", "sql", value=10122.377376, unit="万元"), "答案", "10,122.38 万元"),
        (Answer("q", "t", "sql", value=5.0, unit="个",
                items=(Item("办公大厦运行维护费（2023）", 457.0912, "万元"), Item("就业大厦装修二期（2023）", 530.0, "万元"))),
         "最多：就业大厦装修二期", "530.00 万元"),
        (Answer("q", "t", "sql", value=None,
                items=(Item("办公大厦运行维护费", 457.0912, "万元"), Item("就业大厦装修二期", 530.0, "万元"))),
         "最多：就业大厦装修二期", "530.00 万元"),
        (Answer("q", "t", "sql", value=530.0, unit="万元",
                items=(Item("就业大厦装修二期", 530.0, "万元"), Item("办公大厦运行维护费", 457.0912, "万元"))),
         "最多：就业大厦装修二期", "530.00 万元"),
        (Answer("q", "t", "sql", value=0.1, unit="万元", plan={"op": "top", "answer": "amount", "ascending": True},
                items=(Item("其他商品和服务支出", 0.1, "万元"), Item("退休费", 0.22, "万元"))),
         "最少：其他商品和服务支出", "0.10 万元"),
        (Answer("q", "t", "sql", value=10.0, unit="万元", items=(Item("a", 6.0, "万元"), Item("b", 4.0, "万元"))),
         "合计", "10.00 万元"),
        (Answer("q", "t", "sql", value=8.0, unit="个"), "答案", "8 个"),
    ],
)
def test_headline_is_the_answer(answer, label, value):
    top = app.headline(answer)
    assert (top.label, top.value) == (label, value)
    assert top.help and "原文数字" in top.help


def test_headline_notes_yi_and_skips_non_sql_answers():
    assert app.headline(Answer("q", "t", "sql", value=10122.377376, unit="万元")).note == "约 1.01 亿元"
    assert app.headline(Answer("q", "t", "retrieval")) is None
    assert app.headline(Answer("q", "t", "none")) is None


def test_items_html_keeps_the_amount_column_and_full_names():
    html = app.items_html((Item("运行管理经费（2023）", 310.8, "万元"), Item("西城区人力社保局对外服务平台三期项目（2023）", 109.5, "万元"),
                           Item("就业大厦装修二期（2023）", 530.0, "万元")))
    assert "金额（万元）" in html
    names = re.findall(r"<td title=\"[^\"]*\">([^<]+)</td>", html)
    assert names == ["就业大厦装修二期", "运行管理经费", "西城区人力社保局对外服务平台三期项目"]
    assert 'title="原文数字：310.8 万元">310.80' in html


def test_wrap_label_cuts_even_lines():
    assert app.wrap_label("办公大厦物业服务管理费") == ["办公大厦物业", "服务管理费"]
    assert app.wrap_label("运行管理经费") == ["运行管理经费"]
    assert "".join(app.wrap_label("西城区机关工资审核系统规范人员工资监管及机关工资升级改造项目")) == \
        "西城区机关工资审核系统规范人员工资监管及机关工资升级改造项目"


def test_ranking_chart_is_sorted_with_full_labels_and_values():
    chart = app.ranking_chart((Item("运行管理经费（2023）", 310.8, "万元"), Item("就业大厦装修二期（2023）", 530.0, "万元"),
                               Item("西城区人力社保局对外服务平台三期项目（2023）", 109.5, "万元")))
    spec = chart.to_dict()
    rows = next(iter(spec["datasets"].values()))
    assert [r["名称"].replace("\n", "") for r in rows] == ["就业大厦装修二期", "运行管理经费", "西城区人力社保局对外服务平台三期项目"]
    assert [r["显示"] for r in rows] == ["530.00", "310.80", "109.50"]
    axis = spec["layer"][0]["encoding"]["y"]["axis"]
    assert axis["labelLimit"] == 0  # never truncated
    assert app.ranking_chart((Item("a", 1.0, "万元"),)) is None


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("问题太长（812 字），请控制在 200 字以内 (question too long)", "问题太长（812 字），请控制在 200 字以内。"),
        ("无法读取批量问题文件 清单.csv：文件里没有问题 / cannot read batch file 清单.csv: the file contains no questions",
         "无法读取批量问题文件 清单.csv：文件里没有问题。"),
        ("索引里没有任何文件，请先运行 budget-qa ingest (the index holds no document)",
         "索引里没有任何文件，请先运行 budget-qa ingest。"),
        ("已是一句话。", "已是一句话。"),
        ("(internal error)", app.ERROR_GENERIC),
    ],
)
def test_zh_only(message, shown):
    assert app.zh_only(message) == shown


class _Engine:
    def __init__(self, ask):
        self.ask = ask


def test_ask_options_follow_the_signature():
    def new(question, *, doc=None, history=()):
        return None

    def today(question, *, doc_id=None):
        return None

    def bare(question):
        return None

    def forwarding(question, **kwargs):
        return None

    assert app.ask_options(_Engine(new), history=["a"], doc="d") == {"history": ("a",), "doc": "d"}
    assert app.ask_options(_Engine(new)) == {}
    assert app.ask_options(_Engine(today), history=["a"], doc="d") == {"doc_id": "d"}
    assert app.ask_options(_Engine(bare), history=["a"], doc="d") == {}
    reader = _Engine(forwarding)
    reader.engine = _Engine(today)  # a reader forwarding **kwargs to the engine it answers with
    assert app.ask_options(reader, history=["a"], doc="d") == {"doc_id": "d"}
    assert app.ask_options(_Engine(forwarding), history=["a"], doc="d") == {"history": ("a",), "doc": "d"}


# ------------------------------------------------------------------------------------------ page


def test_module_imports_without_building(tmp_path, monkeypatch):
    monkeypatch.setenv("BUDGET_QA_INDEX", str(tmp_path / "never-built"))
    sys.modules.pop("app_streamlit", None)
    module = importlib.import_module("app_streamlit")
    assert callable(module.main)
    assert not (tmp_path / "never-built").exists()


def test_landing_page_says_what_is_loaded_and_offers_examples_in_the_main_area():
    at = run_app()
    assert [t.value for t in at.title] == ["部门预算问答"]  # once, in the main area
    assert [t.label for t in at.tabs] == ["问答", "批量回答", "一致性检查"]
    intro = visible(markdown_text(at.main))
    assert f"已收录：{DEPARTMENT} · 2023 年 · 1 份文件" in intro and "未找到" in intro
    examples = [b.label for b in at.main.button if b.key and b.key.startswith("example_")]
    assert len(examples) >= 4 and all(q.endswith(("？", "?")) or q for q in examples)
    assert not any(b.key and b.key.startswith("example_") for b in at.sidebar.button)
    assert "点击左侧" not in intro
    sidebar = visible(markdown_text(at.sidebar))
    assert DEPARTMENT in sidebar and "收入总计：10,122.38 万元（约 1.01 亿元）" in sidebar
    assert not at.chat_message


def test_examples_come_from_the_engine_when_it_has_them(monkeypatch):
    from qa.engine import Engine

    monkeypatch.setattr(Engine, "examples", lambda self, n=6: ["就业大厦装修二期的预算是多少？"], raising=False)
    at = run_app()
    assert [b.label for b in at.main.button if b.key and b.key.startswith("example_")] == ["就业大厦装修二期的预算是多少？"]
    monkeypatch.setattr(Engine, "examples", lambda self, n=6: 1 / 0, raising=False)
    at = run_app()
    assert [b.label for b in at.main.button if b.key and b.key.startswith("example_")] == list(app.EXAMPLES)


def test_total_question_shows_the_figure_readably_with_its_source():
    at = ask(run_app(), TOTAL)
    assistant = at.chat_message[-1]
    text = markdown_text(assistant)
    assert "数据查询" in text
    assert TOTAL_SHOWN in visible(text) and "约 1.01 亿元" in visible(text)
    assert f"原文数字：{TOTAL_EXACT} 万元" in text  # the exact figure on hover
    top = assistant.metric[0]
    assert top.value == TOTAL_SHOWN and TOTAL_EXACT in top.proto.help
    assert "置信度" not in text and not any("置信度" in c.value for c in assistant.caption)
    mention = [b.label for b in assistant.button if b.key.endswith("_mention")]
    assert mention == ["来源：表一 部门收支总体情况表 第30行"]
    [sources] = expanders(assistant, "来源")
    # the table's row, and the text's sentence that states the same total in its own name
    assert sources.label == "来源：表一 部门收支总体情况表 合计 1 行；(一)收入预算说明"
    listed = markdown_text(sources)
    assert "xicheng_hrss_2023_budget.txt" in visible(listed) and f"收入预算数：{TOTAL_EXACT}" in listed
    assert at.session_state["history"][-1].answer.value == pytest.approx(10122.377376)


def test_inline_source_mention_opens_the_table_with_the_row_highlighted():
    at = ask(run_app(), TOTAL)
    click(at, "来源：表一 部门收支总体情况表 第30行", at.chat_message[-1])
    assert "**表一 部门收支总体情况表**" in markdown_text(at)
    caption = "\n".join(c.value for c in at.caption)
    assert "单位：万元" in caption and "xicheng" in caption
    table = html_bodies(at)
    cited = re.search(r'<tr class="bqa-cited[^"]*"[^>]*>(.*?)</tr>', table)
    assert cited and "收入总计" in cited.group(1) and TOTAL_EXACT in cited.group(1)
    assert "收入项目" in table and "（上面还有" in table  # the header, and the rows above it


def test_each_citation_opens_its_source_view():
    at = ask(run_app(), "预算最多的五个项目")
    assistant = at.chat_message[-1]
    assert charts(assistant), "a ranking comes with a bar chart"
    top = assistant.metric[0]
    assert top.label.endswith("就业大厦装修二期") and top.value == "530.00 万元"
    assert "（2023）" not in visible(markdown_text(assistant).split("**表")[0])  # names as people say them
    [sources] = expanders(assistant, "来源")
    assert sources.label == "来源：表四 项目支出表 5 行"
    views = [b for b in sources.button if b.label == "在原表中查看"]
    assert len(views) == 5
    views[0].click().run()
    cited = re.search(r'<tr class="bqa-cited[^"]*"[^>]*>(.*?)</tr>', html_bodies(at))
    assert cited and "就业大厦装修二期（2023）" in cited.group(1)  # the document's exact name in the source
    picker = at.selectbox[-1]
    assert len(picker.options) == 5 and "就业大厦装修二期" in picker.options[0]


def test_a_passage_opens_in_its_section():
    at = ask(run_app(), "什么是“三公”经费？")
    assistant = at.chat_message[-1]
    assert "文本检索" in markdown_text(assistant) and not assistant.metric and not charts(assistant)
    [sources] = expanders(assistant, "来源")
    click(at, "查看上下文", sources)
    body = html_bodies(at)
    assert re.search(r'class="bqa-para bqa-cited[^"]*"[^>]*>[^<]+</p>', body)  # the passage, marked
    assert body.count('class="bqa-para') >= 2  # … among its neighbours
    assert "三公" in markdown_text(at).split("**")[-2]  # the section path names it


def test_not_found_shows_no_sources_and_offers_the_suggested_questions(asked):
    calls, answers = asked
    answers["项目数有多少"] = Answer("项目数有多少", "在文件中没有找到“数”。", "none", reading="项目的数量",
                                suggestions=("项目支出表有多少个项目？", "预算最多的五个项目"))
    at = ask(run_app(), "项目数有多少")
    assistant = at.chat_message[-1]
    assert "未找到" in markdown_text(assistant)
    assert any(c.value == "我理解的问题：项目的数量" for c in assistant.caption)
    assert not expanders(assistant, "来源") and not assistant.metric
    assert not any(b.key.endswith("_mention") for b in assistant.button)
    click(at, "项目支出表有多少个项目？", assistant)
    assert [q for q, _ in calls] == ["项目数有多少", "项目支出表有多少个项目？"]
    users = [markdown_text(m) for m in at.chat_message if m.name == "user"]
    assert users[-1] == "项目支出表有多少个项目？"


def test_long_blocks_stay_collapsed(asked):
    _, answers = asked
    answers["差旅费一共多少？"] = Answer("差旅费一共多少？", "差旅费为 11.3696 万元。", "sql", value=11.3696, unit="万元",
                                  sql="SELECT SUM(total) FROM t03_expenditure WHERE econ_name = ?")
    assistant = ask(run_app(), "差旅费一共多少？").chat_message[-1]
    [sql] = expanders(assistant, "SQL")
    assert not sql.proto.expanded and "SELECT" in sql.code[0].value
    assert assistant.metric[0].value == "11.37 万元"


def test_follow_up_questions_carry_the_conversation(asked):
    calls, _ = asked
    at = ask(ask(run_app(), "差旅费一共多少？"), "那会议费呢？")
    assert calls == [("差旅费一共多少？", {"doc": None, "history": ()}),
                     ("那会议费呢？", {"doc": None, "history": ("差旅费一共多少？",)})]
    click(at, "新对话")
    assert not at.chat_message and at.session_state["history"] == []
    ask(at, "会议费呢？")
    assert calls[-1] == ("会议费呢？", {"doc": None, "history": ()})


def test_scope_picker_asks_one_document_and_folds_the_sidebar(two_docs_dir, monkeypatch, asked):
    calls, _ = asked
    monkeypatch.setenv("BUDGET_QA_INDEX", str(two_docs_dir))
    at = run_app()
    assert "2 个部门" in visible(markdown_text(at.main)) and "2 份文件" in visible(markdown_text(at.main))
    [scope] = at.sidebar.radio
    assert scope.options[0] == "全部 2 份文件" and len(scope.options) == 3
    assert any("2024年" in o for o in scope.options)
    db = sqlite3.connect(current_build(two_docs_dir) / "budget.sqlite")
    doc_id = db.execute("SELECT doc_id FROM documents WHERE year = 2024").fetchone()[0]
    db.close()
    scope.set_value(doc_id).run()
    assert not at.exception
    assert "window.matchMedia" in html_bodies(at)  # the sidebar folds away on a phone
    ask(at, "差旅费一共多少？")
    assert calls[-1] == ("差旅费一共多少？", {"doc": doc_id, "history": ()})


def test_question_error_is_one_chinese_sentence():
    at = ask(run_app(), "预算" * 400)
    message = at.chat_message[-1].error[0].value
    assert message.startswith("问题太长") and message.endswith("。") and not re.search(r"[A-Za-z]{3,}", message)


def test_unexpected_error_is_generic_and_logged(monkeypatch, caplog):
    from qa.engine import Engine

    def broken(self, question, **kw):
        raise RuntimeError("boom in the core")

    monkeypatch.setattr(Engine, "ask", broken)
    with caplog.at_level(logging.ERROR, logger="app_streamlit"):
        at = ask(run_app(), TOTAL)
    assert at.chat_message[-1].error[0].value == app.ERROR_GENERIC
    assert "boom in the core" not in markdown_text(at)
    assert any("boom in the core" in (r.exc_text or "") or r.exc_info for r in caplog.records)


def test_missing_index_and_documents_show_a_message(tmp_path, monkeypatch):
    monkeypatch.setenv("BUDGET_QA_INDEX", str(tmp_path / "index"))
    monkeypatch.setenv("BUDGET_QA_DATA", str(tmp_path / "no-data"))
    at = run_app()
    assert "还没有索引" in at.error[0].value and not at.get("progress")


def _source_view(db: str, build: str, citation) -> None:
    """A script for AppTest: the source view of one citation over a hand-made index."""
    import sqlite3
    from pathlib import Path
    from types import SimpleNamespace

    import app_streamlit

    engine = SimpleNamespace(conn=sqlite3.connect(db), build_dir=Path(build))
    app_streamlit.render_source_view(engine, citation)


def test_pdf_citation_opens_its_page_with_the_row_highlighted(tmp_path):
    from qa.answer import Citation
    from tests.test_sources import DOC_ID, pdf_index

    build = tmp_path / "build"
    _, boxes = pdf_index(build, db=str(tmp_path / "budget.sqlite"))
    cited = Citation(source="上海市普陀区商务委员会25年预算.pdf", doc_id=DOC_ID, line=13, text="就业大厦装修二期\t530.00",
                     table="", page=2, bbox=boxes[1])
    at = AppTest.from_function(_source_view, args=(str(tmp_path / "budget.sqlite"), str(build), cited), default_timeout=30)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    images = at.get("image")
    assert images and "第2页" in images[0].captions[0] and "黄色框是引用的行" in images[0].captions[0]
    assert "**2025年项目支出表**" in markdown_text(at)
    assert any("第2页" in c.value and "单位：万元" in c.value for c in at.caption)
    cited_row = re.search(r'<tr class="bqa-cited[^"]*"[^>]*>(.*?)</tr>', html_bodies(at))
    assert cited_row and "就业大厦装修二期" in cited_row.group(1)
    at.toggle[0].set_value(True).run()  # the whole page, one click away
    assert len(at.get("image")) == 2


# ------------------------------------------------------------------------------------------ findings


def test_findings_tab_links_open_the_source_view():
    at = open_tab(run_app(), "一致性检查")
    assert not at.chat_input  # the chat box belongs to the chat tab
    text = markdown_text(at.main)
    assert "共 **" in text and "错误" in text
    links = [b for b in at.main.button if b.key and b.key.startswith("finding_")]
    assert links and all(re.match(r"(文中|依据)：第\d+(行|页)$", b.label) for b in links)
    first = links[0]
    line = int(re.search(r"\d+", first.label).group())
    first.click().run()
    assert not at.exception
    body = html_bodies(at)
    assert f'data-line="{line}"' in body or "bqa-cited" in body
    assert "bqa-cited" in body


@pytest.mark.parametrize("failure", [ImportError("no consistency module"), AttributeError("renamed")])
def test_findings_tab_without_findings(monkeypatch, failure):
    from qa.engine import Engine

    def broken(self, doc_id=None):
        raise failure

    monkeypatch.setattr(Engine, "findings", broken)
    at = open_tab(run_app(), "一致性检查")
    assert "没有一致性检查结果" in at.info[0].value and not at.error


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


def upload_batch(at: AppTest, name: str, data: bytes, mime: str = "text/csv") -> AppTest:
    [uploader] = [u for u in at.get("file_uploader") if u.label == "上传问题清单"]
    uploader.upload(name, data, mime)
    at.run()
    click(at, "开始批量回答")
    return at


def test_batch_tab_counts_previews_every_column_and_downloads_in_the_input_language(media_files):
    import openpyxl

    questions = f"问题,备注\n{TOTAL},总额\n什么是“三公”经费？,定义\n2019年部门预算总额是多少？,超范围\n,空行\n".encode()
    at = upload_batch(open_tab(run_app(), "批量回答"), "常见问题.csv", questions)
    assert not at.main.error
    counts = {m.label: m.value for m in at.main.metric}
    assert counts == {"已回答": "2", "未找到": "1", "出错": "1"}
    preview = at.main.dataframe[-1].value
    csv_bytes = next(data for data, _, name in media_files if name == "常见问题_答案.csv")
    header = next(csv.reader(io.StringIO(csv_bytes.decode("utf-8-sig"))))
    assert list(preview.columns) == header  # every column of the download
    assert {"问题", "答案", "途径", "数值", "来源", "备注"} <= set(header) and "question" not in header
    assert list(preview["途径"])[:3] == ["数据查询", "文本检索", "未找到"]
    assert TOTAL_EXACT.replace(",", "") in preview["数值"].iloc[0]
    xlsx_bytes = next(data for data, _, name in media_files if name == "常见问题_答案.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes)).active
    assert [c.value for c in sheet[1]] == header and sheet.max_row == 5
    # the answered upload is let go: a fresh, empty uploader, and nothing of the file in the session
    [uploader] = [u for u in at.get("file_uploader") if u.label == "上传问题清单"]
    assert not uploader.value
    result = at.session_state["batch_result"]
    assert not hasattr(result, "records") and not hasattr(result, "data")
    assert not at.get("progress")  # the progress bar is gone once the work ends


def test_batch_with_english_header_downloads_english_headers(media_files):
    at = upload_batch(open_tab(run_app(), "批量回答"), "faq.csv", f"id,question\n1,{TOTAL}\n".encode())
    csv_bytes = next(data for data, _, name in media_files if name == "faq_答案.csv")
    header = next(csv.reader(io.StringIO(csv_bytes.decode("utf-8-sig"))))
    assert header[:3] == ["id", "question", "answer"]
    assert at.session_state["batch_result"].language == "en"


def test_batch_bad_file_is_one_chinese_sentence_naming_the_upload():
    at = upload_batch(open_tab(run_app(), "批量回答"), "清单.csv", "标题\n你好\n".encode())
    message = at.main.error[0].value
    assert "清单.csv" in message and "budget-qa-batch-" not in message and "cannot" not in message
    assert not at.get("progress")


@pytest.mark.parametrize(
    ("filename", "data", "language"),
    [
        ("q.txt", f"{TOTAL}\n\n差旅费一共多少？\n".encode(), "zh"),
        ("q.jsonl", f'{{"id": 7, "q": "{TOTAL}"}}\n{{"question": "差旅费一共多少？"}}\n'.encode(), "zh"),
        ("q.csv", f"\ufeffid,问题\n1,{TOTAL}\n2,差旅费一共多少？\n".encode(), "zh"),
        ("q.csv", f"id,Question\n1,{TOTAL}\n2,差旅费一共多少？\n".encode(), "en"),
    ],
)
def test_answer_batch_file(index_dir, filename, data, language):
    from qa.index import open_engine

    engine = open_engine(index_dir, embedder=BigramEmbedder(), cached=False)
    seen = []
    result = app.answer_batch_file(data, filename, engine.ask, progress=lambda d, t: seen.append((d, t)))
    question = "问题" if language == "zh" else "question"
    assert list(result.table[question]) == [TOTAL, "差旅费一共多少？"]
    assert result.language == language and result.total == 2 and result.errors == 0
    assert seen == [(1, 2), (2, 2)]
    assert result.csv.startswith(b"\xef\xbb\xbf") and result.xlsx.startswith(b"PK")
    assert result.stem == "q"


def test_answer_batch_file_rejects_unknown_type():
    from qa.errors import BatchFileError

    with pytest.raises(BatchFileError, match="questions.pdf"):
        app.answer_batch_file(b"%PDF", "questions.pdf", lambda q: None)


# ------------------------------------------------------------------------------------------ upload


def upload_document(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader(key="doc_upload").upload(name, data, "text/plain")
    at.run()
    click(at, "加入索引")
    return at


def test_upload_same_document_leaves_index_unchanged(index_dir):
    before = current_build(index_dir)
    source = bundled_documents(PROJECT_ROOT / "data")[0]
    at = upload_document(run_app(), source.name, source.read_bytes())
    assert "内容没有变化" in at.success[0].value
    assert "window.matchMedia" in html_bodies(at)  # a choice in the sidebar folds it away on a phone
    assert current_build(index_dir) == before


def test_upload_bad_document_shows_error_and_keeps_index(index_dir):
    before = current_build(index_dir)
    at = upload_document(run_app(), "notes.txt", "这不是预算文件。\n".encode())
    message = at.sidebar.error[0].value
    assert "notes.txt" in message and "budget-qa-upload-" not in message
    assert not re.search(r"\([a-z ]+\)", message)  # Chinese only
    assert not at.get("progress")
    assert current_build(index_dir) == before


def test_upload_changed_document_rebuilds_and_reloads(index_dir, tmp_path, monkeypatch):
    copy = tmp_path / "index"
    shutil.copytree(index_dir, copy, symlinks=True)
    monkeypatch.setenv("BUDGET_QA_INDEX", str(copy))
    before = current_build(copy)
    source = bundled_documents(PROJECT_ROOT / "data")[0]
    changed = source.read_bytes() + "\n（本文件为测试修订版。）\n".encode()
    at = upload_document(run_app(), source.name, changed)
    assert at.success[0].value.startswith(f"已加入索引：{source.name}")
    assert current_build(copy) != before
    assert TOTAL_SHOWN in visible(markdown_text(ask(at, TOTAL).chat_message[-1]))
