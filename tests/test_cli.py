"""The `budget-qa` command, invoked as a user would (in-process through main(), real index in tmp_path)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from qa.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _logs_in_tmp(tmp_path, monkeypatch):
    """Tracebacks of unexpected errors go to a log file: here, never into the repo."""
    monkeypatch.setenv("BUDGET_QA_LOGS", str(tmp_path / "logs"))


@pytest.fixture
def index(real_index, tmp_path, monkeypatch, fake_embedder):
    """A private copy of the session's index (commands may rebuild it), answered with the fake embedder."""
    import shutil

    monkeypatch.setattr("ingest.embedders.make_embedder", lambda spec=None: fake_embedder)
    copy = tmp_path / "index"
    shutil.copytree(real_index, copy, symlinks=True)
    return str(copy)


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices  # noqa: SLF001
    for name in commands:
        assert f"budget-qa {name}" in readme, name


def test_ask_json(index, capsys):
    assert main(["ask", "差旅费一共多少？", "--index", index, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["route"] == "sql" and out["value"] == pytest.approx(11.3696) and out["unit"] == "万元"
    assert all("差旅费" in c["text"] and c["line"] > 0 for c in out["citations"])


def test_ask_text_shows_badge_and_sources(index, capsys):
    assert main(["ask", "2024年的部门预算是多少？", "--index", index]) == 0
    assert "[未找到]" in capsys.readouterr().out


def test_empty_question_is_a_clear_error(index, capsys):
    assert main(["ask", " ", "--index", index]) == 2
    assert "问题是空的" in capsys.readouterr().err


def test_batch_and_eval(index, tmp_path, capsys):
    questions = tmp_path / "faq.jsonl"
    questions.write_text('{"id": "a", "q": "公用经费是多少？", "note": "x"}\nnot json\n{"q": "人员经费是多少？"}\n',
                         encoding="utf-8")
    out = tmp_path / "answers.jsonl"
    assert main(["batch", str(questions), "-o", str(out), "--index", index]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in rows] == ["a", None, None] and rows[0]["note"] == "x"
    assert rows[0]["value"] == pytest.approx(628.704882) and rows[1]["error"] and rows[2]["route"] == "sql"
    csv_out = tmp_path / "answers.csv"
    assert main(["batch", str(questions), "-o", str(csv_out), "--index", index]) == 0
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbf")
    capsys.readouterr()
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "g1", "q": "公用经费是多少？", "kind": "number", "value": 628.704882, "unit": "万元", '
                    '"cite": ["628.70"], "cat": "lookup"}\n', encoding="utf-8")
    assert main(["eval", str(gold), "--index", index, "--min-strict", "100"]) == 0
    assert re.search(r"strict 1/1 \(100.0%\)", capsys.readouterr().out)


def test_check_json_lists_the_narrative_slips(index, capsys):
    assert main(["check", "--index", index, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert {f["stated_line"] for f in errors} == {35, 36, 58}
    assert report["documents"][0]["department"] == "北京市西城区人力资源和社会保障局"


def test_ingest_unchanged_is_a_no_op(index, real_doc, capsys):
    assert main(["ingest", str(real_doc), "--index", index]) == 0
    assert "未变化" in capsys.readouterr().out


def test_ingest_bad_file_names_it(index, tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    assert main(["ingest", str(bad), "--index", index]) == 2
    assert "bad.txt" in capsys.readouterr().err


def test_app_refuses_a_missing_index_before_starting(tmp_path, capsys):
    assert main(["app", "--index", str(tmp_path / "typo")]) == 2
    err = capsys.readouterr().err
    assert "不存在" in err and "budget-qa ingest" in err
    assert not (tmp_path / "typo").exists()



def test_ask_doc_scopes_to_one_file_and_names_the_choices(index, real_doc, capsys):
    assert main(["ask", "差旅费一共多少？", "--index", index, "--doc", real_doc.name, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["value"] == pytest.approx(11.3696) and all(c["source"] == real_doc.name for c in out["citations"])
    assert main(["ask", "差旅费一共多少？", "--index", index, "--doc", "nosuch.pdf"]) == 2
    err = capsys.readouterr().err
    assert "nosuch.pdf" in err and real_doc.name in err


def test_eval_reads_follow_ups_with_their_history(index, tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "f1", "q": "那公用经费呢？", "history": ["人员经费是多少？"], "kind": "number", '
                    '"value": 628.704882, "unit": "万元", "cite": ["628.70"], "cat": "followup"}\n', encoding="utf-8")
    assert main(["eval", str(gold), "--index", index, "--min-strict", "100"]) == 0
    assert re.search(r"strict 1/1 \(100.0%\)", capsys.readouterr().out)
