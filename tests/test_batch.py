"""Batch answering: every input format, error records in place, output round trips."""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest

from qa.answer import Answer, Citation
from qa.batch import (
    COLUMNS,
    BatchQuestion,
    answer_record,
    error_record,
    read_questions,
    records_to_csv_bytes,
    records_to_xlsx_bytes,
    render_citations,
    run_batch,
    write_answers,
)
from qa.errors import BatchFileError, QuestionError

ROW = Citation(
    source="xicheng_hrss_2023_budget.txt",
    doc_id="xicheng_hrss_2023",
    line=1144,
    text="就业大厦装修二期\t5,300,000.00",
    table="表四",
    row=3,
)
PASSAGE = Citation(
    source="xicheng_hrss_2023_budget.txt",
    doc_id="xicheng_hrss_2023",
    line=80,
    text="机关运行经费预算为1,259.62万元。",
    section="六、其他情况说明",
)


def fake_answer(question: str) -> Answer:
    """A stand-in for qa.ask: a number for 预算 questions, raises for 坏, crashes for 崩."""
    if "坏" in question:
        raise QuestionError("问题无法理解 / the question cannot be understood")
    if "崩" in question:
        raise ZeroDivisionError("division by zero")
    if "预算" in question:
        return Answer(
            question=question,
            text="就业大厦装修二期的预算是530万元。",
            route="sql",
            value=530.0,
            unit="万元",
            citations=(ROW, PASSAGE),
            sql="SELECT amount FROM rows WHERE id = ?",
            confidence=0.9,
        )
    return Answer(question=question, text="文件中没有找到答案。", route="none")


# ------------------------------------------------------------------ reading


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_txt_one_question_per_line_in_any_encoding(tmp_path, encoding):
    path = tmp_path / "q.txt"
    path.write_bytes("项目支出预算是多少？\n\n   \n  “三公”经费是多少？  \r\n".encode(encoding))

    qs = read_questions(path)

    assert [q.question for q in qs] == ["项目支出预算是多少？", "“三公”经费是多少？"]
    assert [q.index for q in qs] == [1, 4]
    assert all(q.id is None and q.extra == {} for q in qs)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_question_id_and_extra_columns(tmp_path, encoding):
    path = tmp_path / "q.csv"
    text = 'ID,Question,备注\nd01,"部门收入预算总额是多少？",核对\nd02,,空的\n\nd03,基本支出预算是多少？,\n'
    path.write_bytes(text.encode(encoding))

    qs = read_questions(path)

    assert [(q.id, q.question) for q in qs] == [
        ("d01", "部门收入预算总额是多少？"),
        ("d02", ""),
        ("d03", "基本支出预算是多少？"),
    ]
    assert qs[0].extra == {"备注": "核对"}
    assert qs[1].extra["_error"].startswith("第3行")
    assert qs[2].index == 5


def test_csv_with_chinese_header(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text("序号,问题\n1,住房保障支出多少？\n", encoding="gb18030")

    (q,) = read_questions(path)

    assert q.question == "住房保障支出多少？"
    assert q.id is None
    assert q.extra == {"序号": "1"}


def test_xlsx_first_sheet(tmp_path):
    path = tmp_path / "q.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "问题", "备注"])
    ws.append([1, "公务接待费预算多少元？", "单位元"])
    ws.append([None, None, None])
    ws.append([2.0, "电费预算多少？", None])
    wb.create_sheet("other").append(["question"])
    wb.save(path)

    qs = read_questions(path)

    assert [(q.index, q.id, q.question) for q in qs] == [
        (2, 1, "公务接待费预算多少元？"),
        (4, 2, "电费预算多少？"),
    ]
    assert qs[0].extra == {"备注": "单位元"}


def test_jsonl_broken_line_becomes_error_question_in_place(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text(
        '{"id": "a", "q": "电费预算多少？", "cat": "lookup"}\n'
        "{not json\n"
        '{"id": "c", "text": "no question here"}\n'
        "\n"
        '{"id": 4, "question": "卫生健康支出是多少？"}\n',
        encoding="utf-8",
    )

    qs = read_questions(path)

    assert [q.id for q in qs] == ["a", None, "c", 4]
    assert qs[0].question == "电费预算多少？" and qs[0].extra == {"cat": "lookup"}
    assert qs[1].question == "" and qs[1].extra["_error"].startswith("第2行: ")
    assert qs[2].extra["_error"].startswith("第3行: ") and qs[2].extra["text"] == "no question here"
    assert qs[3].index == 5

    records = run_batch(qs, fake_answer)

    assert [r.get("id") for r in records] == ["a", None, "c", 4]
    assert records[0]["route"] == "sql" and "error" not in records[0]
    assert records[1]["route"] == "none" and records[1]["value"] is None
    assert records[1]["error"].startswith("第2行: ")
    assert "id" not in records[1]
    assert records[2]["error"].startswith("第3行: ")


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("q.pdf", b"x", "不支持"),
        ("q.txt", b"\x80\x81\xff", "UTF-8"),
        ("q.jsonl", b"\xff\xfe\xff\xff\x00\x00\x81", "UTF-8"),
        ("q.txt", b"PK\x03\x04\x00\x00binary", "UTF-8"),
        ("q.csv", "编号,内容\n1,x\n".encode(), "问题"),
        ("q.txt", b"\n \n", "没有问题"),
        ("q.xlsx", b"not a zip", "Excel"),
    ],
)
def test_unusable_files_raise_batch_file_error_naming_the_file(tmp_path, name, content, needle):
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(BatchFileError) as err:
        read_questions(path)

    assert needle in str(err.value)
    assert path.name in str(err.value) and str(tmp_path) not in str(err.value)  # the file's name, not its path


def test_missing_file(tmp_path):
    with pytest.raises(BatchFileError, match="不存在"):
        read_questions(tmp_path / "nope.txt")


# ------------------------------------------------------------------ records and run_batch


def test_answer_record_follows_the_batch_format():
    q = BatchQuestion(index=1, question="就业大厦装修二期预算？", id="d04", extra={"cat": "x", "value": 1})

    record = answer_record(q, fake_answer(q.question))

    assert list(record)[:8] == ["id", "question", "answer", "route", "value", "unit", "citations", "sql"]
    assert record["value"] == 530.0 and record["unit"] == "万元" and record["route"] == "sql"
    assert record["citations"][0]["text"] == ROW.text
    assert {"text", "line", "source", "table", "section"} <= set(record["citations"][0])
    assert record["cat"] == "x"  # carried through ...
    assert q.extra == {"cat": "x", "value": 1}  # ... without touching the input


def test_error_record():
    record = error_record(BatchQuestion(index=3, question="？", id=7), "问题太短")

    assert record["id"] == 7
    assert record["route"] == "none" and record["value"] is None and record["citations"] == []
    assert record["error"] == "问题太短"
    assert "问题太短" in record["answer"]


def test_run_batch_keeps_going_and_order():
    qs = [
        BatchQuestion(index=1, question="项目预算？", id=1),
        BatchQuestion(index=2, question="坏问题", id=2),
        BatchQuestion(index=3, question="崩", id=3),
        BatchQuestion(index=4, question="  ", id=4),
        BatchQuestion(index=5, question="天气如何？", id=5),
    ]
    seen = []

    records = run_batch(qs, fake_answer, progress=lambda done, total: seen.append((done, total)))

    assert [r["id"] for r in records] == [1, 2, 3, 4, 5]
    assert records[0]["value"] == 530.0 and "error" not in records[0]
    assert records[1]["error"] == "问题无法理解 / the question cannot be understood"
    assert "ZeroDivisionError" in records[2]["error"] and records[2]["route"] == "none"
    assert records[3]["error"]
    assert records[4]["route"] == "none" and "error" not in records[4]
    assert seen == [(i, 5) for i in range(1, 6)]


# ------------------------------------------------------------------ writing


def sample_records():
    qs = [
        BatchQuestion(index=1, question="项目预算？", id="d04", extra={"备注": "看表四"}),
        BatchQuestion(index=2, question="坏", id="d05"),
        BatchQuestion(index=3, question="=1+1 预算", id=3),
    ]
    return run_batch(qs, fake_answer)


def test_render_citations():
    text = render_citations(sample_records()[0]["citations"])

    assert text == (
        "表四 第3行 (第1144行): 就业大厦装修二期 5,300,000.00; "
        "六、其他情况说明 (第80行): 机关运行经费预算为1,259.62万元。"
    )


def test_jsonl_round_trip(tmp_path):
    records = sample_records()

    out = write_answers(records, tmp_path / "answers.jsonl")

    back = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert back == records
    assert "就业大厦" in out.read_text(encoding="utf-8")  # not \u-escaped


def test_csv_has_bom_and_reads_back(tmp_path):
    records = sample_records()

    out = write_answers(records, tmp_path / "answers.csv")

    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data == records_to_csv_bytes(records)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert list(rows[0])[: len(COLUMNS)] == list(COLUMNS)
    assert rows[0]["id"] == "d04" and rows[0]["value"] == "530" and rows[0]["unit"] == "万元"
    assert rows[0]["citations"].startswith("表四 第3行 (第1144行): 就业大厦装修二期")
    assert rows[0]["备注"] == "看表四"
    assert rows[1]["error"].startswith("问题无法理解") and rows[1]["value"] == ""
    assert rows[2]["question"] == "'=1+1 预算"  # escaped: a spreadsheet must not run it as a formula


def test_xlsx_loads_back(tmp_path):
    records = sample_records()

    out = write_answers(records, tmp_path / "answers.xlsx")

    assert out.read_bytes()[:2] == b"PK"
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0][: len(COLUMNS)]) == list(COLUMNS)
    assert ws["A1"].font.bold
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert first["id"] == "d04" and first["value"] == 530 and first["answer"].startswith("就业大厦")
    assert first["备注"] == "看表四"
    third = dict(zip(header, rows[3], strict=True))
    assert third["question"] == "'=1+1 预算"  # stored as escaped text, not a formula
    assert len(records_to_xlsx_bytes(records)) > 0


def test_written_answers_can_be_read_as_questions_again(tmp_path):
    out = write_answers(sample_records(), tmp_path / "answers.csv")

    qs = read_questions(out)

    assert [q.question for q in qs] == ["项目预算？", "坏", "=1+1 预算"]  # the escaping is undone on reading
    assert qs[0].id == "d04"


def test_unknown_output_extension(tmp_path):
    with pytest.raises(BatchFileError, match="jsonl"):
        write_answers(sample_records(), tmp_path / "answers.docx")
    assert list(tmp_path.iterdir()) == []
