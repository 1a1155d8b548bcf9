"""Batch answering: read questions from a file, answer them one by one, write the answers.

    read_questions(path)            .txt / .csv / .xlsx / .jsonl  -> [BatchQuestion]
    run_batch(questions, answer_fn) -> [record dict] (one per question, input order)
    write_answers(records, path)    .jsonl / .csv / .xlsx

A record is one line of the batch answer format of shared/eval/README.md (`answer_record`,
`error_record`). A bad line never stops a batch: it becomes an error record in its place.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from qa.answer import Answer, refusal
from qa.errors import BatchFileError, BudgetQAError

logger = logging.getLogger(__name__)

INPUT_FORMATS = (".txt", ".csv", ".xlsx", ".jsonl")
OUTPUT_FORMATS = (".jsonl", ".csv", ".xlsx")
QUESTION_COLUMNS = ("问题", "question")  # csv/xlsx header names, matched case-insensitively
JSON_QUESTION_KEYS = ("question", "q")  # jsonl fields, first present wins
ERROR_KEY = "_error"  # set in BatchQuestion.extra when the input line itself is unusable
COLUMNS = ("id", "question", "answer", "route", "value", "unit", "citations", "sql", "error")
# Fields of the answer format that input fields carried through in `extra` must never overwrite.
RESERVED = frozenset(
    ("id", "question", "answer", "route", "value", "unit", "citations", "sql", "confidence", "items", "error")
)
EXCEL_CELL_MAX = 32767


@dataclass(frozen=True)
class BatchQuestion:
    """One question of a batch file.

    `index` is where it came from: the 1-based line (.txt, .jsonl) or row (.csv, .xlsx; the header
    is row 1, as Excel shows it). `extra` holds the other input fields, copied to the output; it
    holds `_error` when the line could not be read (the answering loop then writes an error record).
    """

    index: int
    question: str
    id: object | None = None
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Reading


def _file_error(path: Path, zh: str, en: str) -> BatchFileError:
    return BatchFileError(f"无法读取批量问题文件 {path}：{zh} / cannot read batch file {path}: {en}")


def decode_text(data: bytes, path: Path) -> str:
    """Text of a .txt/.csv/.jsonl file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text
    raise _file_error(
        path,
        "不是 UTF-8 或 GB18030 编码的文本，请另存为 UTF-8",
        "not UTF-8 or GB18030 text; please save it as UTF-8",
    )


def _cell_text(value: object) -> str:
    """A csv/xlsx cell as stripped text (1.0 -> "1")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _cell_id(value: object) -> object | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float):
        return value
    return str(value)


def _questions_from_rows(rows: Iterable[Sequence[object]], path: Path) -> list[BatchQuestion]:
    """Rows of a table (csv or first xlsx sheet): the first non-empty row is the header."""
    numbered = enumerate(rows, start=1)
    header: list[str] | None = None
    for _, cells in numbered:
        if any(_cell_text(c) for c in cells):
            header = [_cell_text(c) for c in cells]
            break
    if header is None:
        raise _file_error(path, "文件是空的", "the file is empty")
    keys = [h.casefold() for h in header]
    q_col = next((i for i, k in enumerate(keys) if k in QUESTION_COLUMNS), None)
    if q_col is None:
        raise _file_error(
            path,
            f"没有“问题”或“question”列（表头是：{', '.join(header)}）",
            "no column named 问题 or question in the header row",
        )
    id_col = next((i for i, k in enumerate(keys) if k == "id"), None)
    out = []
    for row_no, cells in numbered:
        cells = list(cells)
        if not any(_cell_text(c) for c in cells):
            continue  # blank row
        cells += [None] * (len(header) - len(cells))
        question = _cell_text(cells[q_col])
        extra = {
            name: cells[i]
            for i, name in enumerate(header)
            if name and i not in (q_col, id_col) and name != ERROR_KEY
        }
        if not question:
            extra[ERROR_KEY] = f"第{row_no}行: 问题为空 / row {row_no}: the question cell is empty"
        qid = _cell_id(cells[id_col]) if id_col is not None else None
        out.append(BatchQuestion(index=row_no, question=question, id=qid, extra=extra))
    return out


def _read_txt(path: Path, data: bytes) -> list[BatchQuestion]:
    lines = decode_text(data, path).splitlines()
    return [BatchQuestion(index=n, question=s.strip()) for n, s in enumerate(lines, start=1) if s.strip()]


def _read_csv(path: Path, data: bytes) -> list[BatchQuestion]:
    text = decode_text(data, path)
    try:
        return _questions_from_rows(csv.reader(io.StringIO(text, newline="")), path)
    except csv.Error as e:
        raise _file_error(path, f"CSV 格式错误（{e}）", f"malformed CSV ({e})") from e


def _read_xlsx(path: Path) -> list[BatchQuestion]:
    import openpyxl  # imported here: only .xlsx batches need it

    # openpyxl fails in many ways on files that are not real workbooks (zip, xml, key and type
    # errors); at this boundary each one becomes a BatchFileError naming the file.
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:
        raise _file_error(path, f"不是有效的 Excel 文件（{e}）", f"not a valid .xlsx workbook ({e})") from e
    try:
        if not wb.worksheets:
            raise _file_error(path, "工作簿里没有工作表", "the workbook has no worksheet")
        ws = wb.worksheets[0]
        ws.reset_dimensions()  # some writers store a wrong sheet size; read all rows regardless
        return _questions_from_rows(ws.iter_rows(values_only=True), path)
    except BatchFileError:
        raise
    except Exception as e:
        raise _file_error(path, f"读取工作表失败（{e}）", f"cannot read the first sheet ({e})") from e
    finally:
        wb.close()


def _question_from_json(line_no: int, line: str) -> BatchQuestion:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return BatchQuestion(
            index=line_no,
            question="",
            extra={ERROR_KEY: f"第{line_no}行: 不是有效的 JSON / line {line_no}: not valid JSON ({e.msg})"},
        )
    if not isinstance(obj, dict):
        return BatchQuestion(
            index=line_no,
            question="",
            extra={ERROR_KEY: f"第{line_no}行: 不是 JSON 对象 / line {line_no}: not a JSON object"},
        )
    key = next((k for k in JSON_QUESTION_KEYS if k in obj), None)
    extra = {k: v for k, v in obj.items() if k not in ("id", key, ERROR_KEY)}
    qid = obj.get("id")
    raw = obj.get(key) if key else None
    if key is None:
        problem = "没有 q 或 question 字段 / no q or question field"
    elif isinstance(raw, str | int | float) and not isinstance(raw, bool) and str(raw).strip():
        return BatchQuestion(index=line_no, question=str(raw).strip(), id=qid, extra=extra)
    elif isinstance(raw, str) or raw is None:
        problem = "问题为空 / the question is empty"
    else:
        problem = f"{key} 字段不是文本 / the {key} field is not text"
    extra[ERROR_KEY] = f"第{line_no}行: {problem}"
    return BatchQuestion(index=line_no, question="", id=qid, extra=extra)


def _read_jsonl(path: Path, data: bytes) -> list[BatchQuestion]:
    lines = decode_text(data, path).splitlines()
    return [_question_from_json(n, s) for n, s in enumerate(lines, start=1) if s.strip()]


def read_questions(path: str | os.PathLike) -> list[BatchQuestion]:
    """The questions of a batch file, in file order. Raises BatchFileError when the file is unusable.

    A single bad line (.jsonl) or an empty question cell (.csv/.xlsx) does not raise: it is
    returned with question "" and extra["_error"] so that the batch writes an error record for it.
    """
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in INPUT_FORMATS:
        raise _file_error(
            path,
            f"不支持的文件类型“{path.suffix or '（无扩展名）'}”，请使用 .txt、.csv、.xlsx 或 .jsonl",
            f"unsupported file type {path.suffix or '(none)'!r}; use .txt, .csv, .xlsx or .jsonl",
        )
    if not path.is_file():
        raise _file_error(path, "文件不存在", "file not found")
    if ext == ".xlsx":
        questions = _read_xlsx(path)
    else:
        try:
            data = path.read_bytes()
        except OSError as e:
            raise _file_error(path, f"读取失败（{e.strerror}）", f"{e.strerror}") from e
        reader = {".txt": _read_txt, ".csv": _read_csv, ".jsonl": _read_jsonl}[ext]
        questions = reader(path, data)
    if not questions:
        raise _file_error(path, "文件里没有问题", "the file contains no questions")
    return questions


# ---------------------------------------------------------------------------------------------
# Answering


def answer_record(q: BatchQuestion, answer: Answer) -> dict:
    """One output line: id (when the input had one), the question as asked, the answer fields,
    then the input's other fields (never overwriting an answer field)."""
    fields = answer.to_dict()
    record: dict = {} if q.id is None else {"id": q.id}
    record["question"] = q.question or fields.pop("question")
    record.update((k, v) for k, v in fields.items() if k != "question")
    for key, value in q.extra.items():
        if key not in RESERVED and key != ERROR_KEY and key not in record:
            record[key] = value
    return record


def error_record(q: BatchQuestion, message: str) -> dict:
    """The output line for a question that could not be answered: route none, value null, `error`."""
    text = f"无法回答这个问题：{message}"
    record = answer_record(q, refusal(q.question, text, error=message))
    record["error"] = message
    return record


def run_batch(
    questions: Sequence[BatchQuestion],
    answer_fn: Callable[[str], Answer],
    *,
    progress: Callable[[int, int], None] | None = None,
) -> list[dict]:
    """Answer every question in input order; each one yields exactly one record.

    `progress(done, total)` is called after each question.
    """
    total = len(questions)
    records = []
    for done, q in enumerate(questions, start=1):
        if q.extra.get(ERROR_KEY):
            record = error_record(q, str(q.extra[ERROR_KEY]))
        elif not q.question.strip():
            record = error_record(q, "问题为空 / the question is empty")
        else:
            try:
                record = answer_record(q, answer_fn(q.question))
            except BudgetQAError as e:
                record = error_record(q, str(e))
            except Exception as e:
                # Deliberate: one unexpected failure (a bug, a corrupt row) must not throw away the
                # answers of a 1000-question batch. It becomes an error record naming the exception,
                # and is logged with its traceback for whoever maintains the answering core.
                logger.exception("batch question %s (%r) failed", q.index, q.question)
                record = error_record(q, f"内部错误 / internal error: {type(e).__name__}: {e}")
        records.append(record)
        if progress is not None:
            progress(done, total)
    return records


# ---------------------------------------------------------------------------------------------
# Writing


def _citation_label(c: object) -> str:
    if not isinstance(c, dict):
        return " ".join(str(c).split())
    head = str(c.get("table") or c.get("section") or c.get("source") or "")
    if c.get("table") and c.get("row"):
        head += f" 第{c['row']}行"
    if c.get("line"):
        head += f" (第{c['line']}行)"
    text = " ".join(str(c.get("text") or "").split())
    return f"{head.strip()}: {text}" if head.strip() else text


def render_citations(citations: object) -> str:
    """Citations as one readable cell: "表四 第3行 (第1144行): <text>; 六、其他情况说明 (第80行): <text>"."""
    if not citations:
        return ""
    if not isinstance(citations, list | tuple):
        return str(citations)
    return "; ".join(_citation_label(c) for c in citations)


def _extra_columns(records: Sequence[dict]) -> list[str]:
    """Input fields carried through (e.g. a 备注 column), in first-seen order, after the fixed ones."""
    skip = RESERVED | {ERROR_KEY}
    seen: dict[str, None] = {}
    for r in records:
        for key in r:
            if key not in skip:
                seen.setdefault(key, None)
    return list(seen)


def _table_cell(record: dict, column: str) -> object:
    """A record field as a spreadsheet cell: numbers stay numbers, everything else becomes text."""
    value = record.get(column)
    if column == "citations":
        return render_citations(value)
    if value is None or isinstance(value, str | int | float):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _table(records: Iterable[dict]) -> tuple[list[str], list[list[object]]]:
    records = list(records)
    header = list(COLUMNS) + _extra_columns(records)
    return header, [[_table_cell(r, col) for col in header] for r in records]


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def records_to_jsonl_bytes(records: Iterable[dict]) -> bytes:
    """Records as UTF-8 JSON lines (the batch answer format)."""
    lines = (json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records)
    return "".join(lines).encode("utf-8")


def records_to_csv_bytes(records: Iterable[dict]) -> bytes:
    """Records as CSV in UTF-8 with BOM (so Excel shows the Chinese), one row per record."""
    header, rows = _table(records)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows([_csv_text(v) for v in row] for row in rows)
    return buf.getvalue().encode("utf-8-sig")


def _xlsx_value(value: object) -> object:
    if not isinstance(value, str):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(value) > EXCEL_CELL_MAX:
        value = value[: EXCEL_CELL_MAX - 1] + "…"
    return value


def records_to_xlsx_bytes(records: Iterable[dict]) -> bytes:
    """Records as an .xlsx workbook (one sheet "answers", bold header), one row per record."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    header, rows = _table(records)
    wb = Workbook()
    ws = wb.active
    ws.title = "answers"
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([_xlsx_value(v) for v in row])
        for cell in ws[ws.max_row]:
            if cell.data_type == "f":  # text such as "=..." is data here, never a formula
                cell.data_type = "s"
    ws.freeze_panes = "A2"
    widths = {"question": 40, "answer": 60, "citations": 80, "sql": 40}
    for i, name in enumerate(header, start=1):
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = widths.get(name, 12)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_answers(records: Iterable[dict], out_path: str | os.PathLike) -> Path:
    """Write records as .jsonl, .csv (UTF-8 with BOM) or .xlsx, chosen by the extension."""
    out_path = Path(out_path)
    ext = out_path.suffix.lower()
    encoders = {
        ".jsonl": records_to_jsonl_bytes,
        ".csv": records_to_csv_bytes,
        ".xlsx": records_to_xlsx_bytes,
    }
    if ext not in encoders:
        raise BatchFileError(
            f"无法写入 {out_path}：不支持的输出格式，请使用 .jsonl、.csv 或 .xlsx / "
            f"cannot write {out_path}: unsupported output format; use .jsonl, .csv or .xlsx"
        )
    data = encoders[ext](records)
    tmp = out_path.with_name(out_path.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out_path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise BatchFileError(
            f"无法写入 {out_path}：{e.strerror} / cannot write {out_path}: {e.strerror}"
        ) from e
    return out_path
