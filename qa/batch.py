"""Batch answering: read questions from a file, answer them one by one, write the answers as they come.

    read_questions(path)                   .txt / .csv / .xlsx / .jsonl  -> [BatchQuestion]
    check_output(out, input_path=...)      refuse a bad output path before any answering
    iter_batch(questions, answer_fn)       -> record dicts, one per question, in input order
    open_output(out, questions)            an AnswerWriter that writes each record as it comes
    run_batch / write_answers              the same, all at once (lists)

A record is one line of the batch answer format of shared/eval/README.md (`answer_record`,
`error_record`). A bad line never stops a batch: it becomes an error record in its place.

Limits: a batch file is at most `MAX_FILE_BYTES` (checked before reading) and holds at most
`MAX_QUESTIONS` questions. Cells of .csv/.xlsx output that start with = + - @ tab or CR get a leading
apostrophe (OWASP's CSV-injection rule); reading our own output back removes it again.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
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
MAX_FILE_BYTES = 10 * 1024 * 1024  # a batch input file
MAX_QUESTIONS = 10_000  # questions (lines or rows) in one batch
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # OWASP CSV injection: cells starting so are escaped
_SURROGATE = re.compile("[\ud800-\udfff]")


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
    doc: str | None = None  # jsonl `doc`: answer from this document only
    history: tuple[str, ...] | None = None  # jsonl `history`: the earlier questions of a conversation

    def ask_kwargs(self) -> dict:
        """Keyword arguments for the answer function: doc= and history= when the line gave them."""
        kwargs: dict = {}
        if self.doc is not None:
            kwargs["doc"] = self.doc
        if self.history is not None:
            kwargs["history"] = list(self.history)
        return kwargs


# ---------------------------------------------------------------------------------------------
# Reading


def _file_error(path: Path, zh: str, en: str) -> BatchFileError:
    return BatchFileError(f"无法读取批量问题文件 {path.name}：{zh} / cannot read batch file {path.name}: {en}")


def clean_text(value: object) -> object:
    """Lone surrogates (from JSON escapes such as "\\ud800") replaced by U+FFFD, in strings, lists and dicts."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list | tuple):
        return [clean_text(v) for v in value]
    if isinstance(value, dict):
        return {clean_text(k): clean_text(v) for k, v in value.items()}
    return value


def _utf16_text(data: bytes, path: Path) -> str | None:
    """Text of a UTF-16 file with a byte-order mark; None when data has no such mark."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        text = "\x00"
    if "\x00" in text:
        raise _file_error(path, "不是 UTF-8 或 GB18030 编码的文本，请另存为 UTF-8",
                          "not UTF-8 or GB18030 text; please save it as UTF-8")
    return text


def decode_text(data: bytes, path: Path) -> str:
    """Text of a .txt/.csv/.jsonl file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030."""
    text = _utf16_text(data, path)
    if text is not None:
        return text
    for encoding in ("utf-8-sig", "gb18030"):
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


def decode_lines(data: bytes, path: Path) -> list[str | None]:
    """The lines of a .jsonl file, decoded one by one: None for a line that is not text in the file's encoding.

    The file's encoding is UTF-16 (with BOM), UTF-8, or GB18030 when no line with non-ASCII text is UTF-8.
    NUL bytes without a UTF-16 mark mean the file is not text at all (BatchFileError).
    """
    text = _utf16_text(data, path)
    if text is not None:
        return text.splitlines()
    if b"\x00" in data:
        raise _file_error(path, "不是 UTF-8 或 GB18030 编码的文本，请另存为 UTF-8",
                          "not UTF-8 or GB18030 text; please save it as UTF-8")
    raw = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    if raw and raw[-1] == b"":
        raw.pop()

    def utf8(line: bytes) -> bool:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return True

    non_ascii = [line for line in raw if not line.isascii()]
    encoding = "utf-8" if not non_ascii or any(utf8(line) for line in non_ascii) else "gb18030"
    out: list[str | None] = []
    for line in raw:
        try:
            out.append(line.decode(encoding).rstrip("\r"))
        except UnicodeDecodeError:
            out.append(None)
    return out


def _unescape(text: str) -> str:
    """Undo our own formula escaping ("'=1+1" -> "=1+1") when reading a question back."""
    if text.startswith("'") and text[1:2] and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def _cell_text(value: object) -> str:
    """A csv/xlsx cell as stripped text (1.0 -> "1")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _unescape(str(value).strip())


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


def _questions_from_rows(rows: Iterable[Sequence[object]], path: Path, *, csv_text: bool = False) -> list[BatchQuestion]:
    """Rows of a table (csv or first xlsx sheet): the first non-empty row is the header.

    In a CSV, a question cell holding a line break followed by a comma is most likely rows swallowed by
    a stray quote: it becomes an error record."""
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
        if len(out) >= MAX_QUESTIONS:
            raise _too_many(path)
        cells += [None] * (len(header) - len(cells))
        question = _cell_text(cells[q_col])
        extra = {
            name: cells[i]
            for i, name in enumerate(header)
            if name and i not in (q_col, id_col) and name != ERROR_KEY
        }
        if not question:
            extra[ERROR_KEY] = f"第{row_no}行: 问题为空 / row {row_no}: the question cell is empty"
        elif csv_text and re.search(r"\n[^\n]*,", question):
            extra[ERROR_KEY] = (f"第{row_no}行: 问题里有换行和逗号，可能是引号没有闭合、几行被并成了一格，请检查这一行 / "
                                f"row {row_no}: the question spans lines; an unclosed quote may have merged rows")
        qid = _cell_id(cells[id_col]) if id_col is not None else None
        out.append(BatchQuestion(index=row_no, question=question, id=qid, extra=extra))
    return out


def _too_many(path: Path) -> BatchFileError:
    return _file_error(path, f"问题超过 {MAX_QUESTIONS} 个的上限，请拆成几个文件",
                       f"more than {MAX_QUESTIONS} questions; split the file")


def _read_txt(path: Path, data: bytes) -> list[BatchQuestion]:
    lines = decode_text(data, path).splitlines()
    out = [BatchQuestion(index=n, question=_unescape(s.strip())) for n, s in enumerate(lines, start=1) if s.strip()]
    if len(out) > MAX_QUESTIONS:
        raise _too_many(path)
    return out


def _csv_rows(text: str, path: Path) -> Iterator[list[str]]:
    """Rows of a CSV text; a quote left open (which would swallow the rest of the file) is an error."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            raise _file_error(
                path,
                f"CSV 格式错误：第{start}行起的引号没有闭合或位置不对（{e}），后面的行会被并成一格，请修正后再试",
                f"malformed CSV: the quote opened on line {start} is not closed properly ({e})",
            ) from e
        yield row


def _read_csv(path: Path, data: bytes) -> list[BatchQuestion]:
    return _questions_from_rows(_csv_rows(decode_text(data, path), path), path, csv_text=True)


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


def _line_error(line_no: int, problem: str) -> BatchQuestion:
    return BatchQuestion(index=line_no, question="", extra={ERROR_KEY: f"第{line_no}行: {problem}"})


def _question_from_json(line_no: int, line: str | None) -> BatchQuestion:
    if line is None:
        return _line_error(line_no, f"不是 UTF-8 文本（编码错误）/ line {line_no}: not UTF-8 text")
    try:
        obj = clean_text(json.loads(line))
    except (json.JSONDecodeError, RecursionError) as e:
        msg = e.msg if isinstance(e, json.JSONDecodeError) else "nested too deeply"
        return _line_error(line_no, f"不是有效的 JSON / line {line_no}: not valid JSON ({msg})")
    if not isinstance(obj, dict):
        return _line_error(line_no, f"不是 JSON 对象 / line {line_no}: not a JSON object")
    key = next((k for k in JSON_QUESTION_KEYS if k in obj), None)
    extra = {k: v for k, v in obj.items() if k not in ("id", key, ERROR_KEY)}
    qid = obj.get("id")
    raw = obj.get(key) if key else None
    doc, history = obj.get("doc"), obj.get("history")
    if key is None:
        problem = "没有 q 或 question 字段 / no q or question field"
    elif doc is not None and not isinstance(doc, str):
        problem = "doc 字段应是文件名或文档编号（文本）/ the doc field is not text"
    elif history is not None and not (isinstance(history, list) and all(isinstance(h, str) for h in history)):
        problem = "history 字段应是之前问题的列表 / the history field is not a list of questions"
    elif isinstance(raw, str | int | float) and not isinstance(raw, bool) and str(raw).strip():
        return BatchQuestion(index=line_no, question=str(raw).strip(), id=qid, extra=extra, doc=doc,
                             history=None if history is None else tuple(history))
    elif isinstance(raw, str) or raw is None:
        problem = "问题为空 / the question is empty"
    else:
        problem = f"{key} 字段不是文本 / the {key} field is not text"
    extra[ERROR_KEY] = f"第{line_no}行: {problem}"
    return BatchQuestion(index=line_no, question="", id=qid, extra=extra)


def _read_jsonl(path: Path, data: bytes) -> list[BatchQuestion]:
    lines = decode_lines(data, path)
    out = [_question_from_json(n, s) for n, s in enumerate(lines, start=1) if s is None or s.strip()]
    if len(out) > MAX_QUESTIONS:
        raise _too_many(path)
    return out


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
    try:
        size = path.stat().st_size
    except OSError as e:
        raise _file_error(path, f"读取失败（{e.strerror}）", f"{e.strerror}") from e
    if size > MAX_FILE_BYTES:
        raise _file_error(path, f"文件过大（{size / 1024 / 1024:.1f} MB），上限 {MAX_FILE_BYTES // 1024 // 1024} MB，"
                                "请拆成几个文件", f"file too large (limit {MAX_FILE_BYTES // 1024 // 1024} MB)")
    if ext == ".xlsx":
        questions = _read_xlsx(path)
    else:
        try:
            with path.open("rb") as f:
                data = f.read(MAX_FILE_BYTES + 1)
        except OSError as e:
            raise _file_error(path, f"读取失败（{e.strerror}）", f"{e.strerror}") from e
        if len(data) > MAX_FILE_BYTES:
            raise _file_error(path, "文件过大", "file too large")
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


def _answer_one(q: BatchQuestion, answer_fn: Callable[..., Answer]) -> dict:
    if q.extra.get(ERROR_KEY):
        return error_record(q, str(q.extra[ERROR_KEY]))
    if not q.question.strip():
        return error_record(q, "问题为空 / the question is empty")
    try:
        return answer_record(q, answer_fn(q.question, **q.ask_kwargs()))
    except BudgetQAError as e:
        return error_record(q, str(e))
    except Exception as e:
        # Deliberate: one unexpected failure (a bug, a corrupt row) must not throw away the
        # answers of a 1000-question batch. It becomes an error record naming the exception,
        # and is logged with its traceback for whoever maintains the answering core.
        logger.exception("batch question %s (%r) failed", q.index, q.question)
        return error_record(q, f"内部错误 / internal error: {type(e).__name__}: {e}")


def iter_batch(
    questions: Sequence[BatchQuestion],
    answer_fn: Callable[..., Answer],
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[dict]:
    """Answer every question in input order, yielding each record as soon as it is answered.

    A line's `doc` and `history` go to answer_fn as keyword arguments (only when the line has them).
    `progress(done, total)` is called after each question.
    """
    total = len(questions)
    for done, q in enumerate(questions, start=1):
        yield _answer_one(q, answer_fn)
        if progress is not None:
            progress(done, total)


def run_batch(
    questions: Sequence[BatchQuestion],
    answer_fn: Callable[..., Answer],
    *,
    progress: Callable[[int, int], None] | None = None,
) -> list[dict]:
    """Answer every question in input order; each one yields exactly one record (see iter_batch)."""
    return list(iter_batch(questions, answer_fn, progress=progress))


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


def escape_formula(value: object) -> object:
    """Text that a spreadsheet would run as a formula (= + - @ tab CR first) gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _table_cell(record: dict, column: str) -> object:
    """A record field as a spreadsheet cell: numbers stay numbers, everything else becomes (escaped) text."""
    value = record.get(column)
    if column == "citations":
        value = render_citations(value)
    elif not (value is None or isinstance(value, str | int | float)):
        value = json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, float) and value != value:  # NaN is no number a spreadsheet should show
        value = None
    return escape_formula(clean_text(value))


def _table_row(record: dict, header: Sequence[str]) -> list[object]:
    return [_table_cell(record, col) for col in header]


def _table(records: Iterable[dict]) -> tuple[list[str], list[list[object]]]:
    records = list(records)
    header = list(COLUMNS) + _extra_columns(records)
    return header, [_table_row(r, header) for r in records]


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _json_line(record: dict) -> str:
    """One record as a JSON line; unencodable characters are replaced in this record only."""
    line = json.dumps(record, ensure_ascii=False, default=str) + "\n"
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(clean_text(record), ensure_ascii=False, default=str) + "\n"
    return line


def records_to_jsonl_bytes(records: Iterable[dict]) -> bytes:
    """Records as UTF-8 JSON lines (the batch answer format)."""
    return "".join(_json_line(r) for r in records).encode("utf-8")


def records_to_csv_bytes(records: Iterable[dict]) -> bytes:
    """Records as CSV in UTF-8 with BOM (so Excel shows the Chinese), one row per record."""
    header, rows = _table(records)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow([escape_formula(h) for h in header])
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
    header, rows = _table(records)
    return _xlsx_bytes(header, rows)


def _xlsx_bytes(header: list[str], rows: Iterable[list[object]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "answers"
    ws.append([_xlsx_value(escape_formula(h)) for h in header])
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


def _out_error(path: Path, zh: str, en: str) -> BatchFileError:
    return BatchFileError(f"无法写入 {path.name}：{zh} / cannot write {path.name}: {en}")


def check_output(out_path: str | os.PathLike, *, input_path: str | os.PathLike | None = None) -> Path:
    """Refuse an output path that cannot be used, before any question is answered.

    The format must be .jsonl/.csv/.xlsx; the output must not be the input (also through a symlink,
    a relative path or a hard link); its folder must exist and be writable.
    """
    out = Path(out_path)
    if out.is_dir():
        raise _out_error(out, "这是一个目录，请给出文件名", "it is a folder; give a file name")
    if out.suffix.lower() not in OUTPUT_FORMATS:
        raise _out_error(out, "不支持的输出格式，请使用 .jsonl、.csv 或 .xlsx",
                         "unsupported output format; use .jsonl, .csv or .xlsx")
    if input_path is not None:
        inp = Path(input_path)
        same = os.path.realpath(out) == os.path.realpath(inp)
        if not same and out.exists() and inp.exists():
            try:
                same = os.path.samefile(out, inp)
            except OSError:
                same = False
        if same:
            raise _out_error(out, "输出文件就是输入的问题文件，写入会覆盖它；请用 -o 指定另一个文件",
                             "the output is the input file; choose another with -o")
    folder = out.resolve().parent
    if not folder.is_dir():
        raise _out_error(out, f"输出目录“{folder.name}”不存在", f"the folder {folder.name!r} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise _out_error(out, "没有写入权限", "permission denied")
    return out


class AnswerWriter:
    """Writes records as they are answered, so an interrupted batch keeps what was done.

    .jsonl and .csv are written to the output file line by line (flushed after each record). An
    .xlsx workbook can only be written whole: records go to a journal `<out>.part.jsonl` meanwhile,
    and the workbook replaces it at close. `journal` is the file that holds the records so far.
    """

    def __init__(self, path: Path, header: Sequence[str]) -> None:
        self.path = path
        self.header = list(header)
        self.count = 0
        self.ext = path.suffix.lower()
        self.journal = path.with_name(path.name + ".part.jsonl") if self.ext == ".xlsx" else path
        try:
            if self.ext == ".csv":
                self._file = path.open("w", encoding="utf-8-sig", newline="")
                self._csv = csv.writer(self._file)
                self._csv.writerow([escape_formula(h) for h in self.header])
                self._file.flush()
            else:
                self._file = self.journal.open("w", encoding="utf-8", newline="\n")
        except OSError as e:
            raise _out_error(path, f"{e.strerror}", f"{e.strerror}") from e

    def write(self, record: dict) -> None:
        try:
            if self.ext == ".csv":
                self._csv.writerow([_csv_text(v) for v in _table_row(record, self.header)])
            else:
                self._file.write(_json_line(record))
            self._file.flush()
        except OSError as e:
            raise _out_error(self.path, f"写入失败（{e.strerror}），已写入 {self.count} 条",
                             f"{e.strerror} after {self.count} records") from e
        self.count += 1

    def close(self) -> Path:
        """Finish the file (an .xlsx is built from the journal here) and return its path."""
        self._file.close()
        if self.ext != ".xlsx":
            return self.path
        with self.journal.open(encoding="utf-8") as f:
            rows = [_table_row(json.loads(line), self.header) for line in f if line.strip()]
        tmp = self.path.with_name(self.path.name + ".part")
        try:
            tmp.write_bytes(_xlsx_bytes(self.header, rows))
            os.replace(tmp, self.path)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise _out_error(self.path, f"{e.strerror}（已回答的记录保存在 {self.journal.name}）",
                             f"{e.strerror} (the records are kept in {self.journal.name})") from e
        self.journal.unlink(missing_ok=True)
        return self.path

    def abort(self) -> None:
        """Stop after an interruption: what was written stays (in `journal`)."""
        self._file.close()

    def __enter__(self) -> AnswerWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def output_header(questions: Iterable[BatchQuestion]) -> list[str]:
    """Columns of a .csv/.xlsx output: the fixed ones, then the input's extra fields in first-seen order."""
    skip = RESERVED | {ERROR_KEY}
    seen: dict[str, None] = {}
    for q in questions:
        for key in q.extra:
            if key not in skip:
                seen.setdefault(str(key), None)
    return list(COLUMNS) + list(seen)


def open_output(out_path: str | os.PathLike, questions: Sequence[BatchQuestion], *,
                input_path: str | os.PathLike | None = None) -> AnswerWriter:
    """An AnswerWriter for out_path (checked with check_output first)."""
    out = check_output(out_path, input_path=input_path)
    return AnswerWriter(out, output_header(questions))


def write_answers(records: Iterable[dict], out_path: str | os.PathLike) -> Path:
    """Write records as .jsonl, .csv (UTF-8 with BOM) or .xlsx, chosen by the extension (all at once)."""
    out_path = Path(out_path)
    ext = out_path.suffix.lower()
    encoders = {
        ".jsonl": records_to_jsonl_bytes,
        ".csv": records_to_csv_bytes,
        ".xlsx": records_to_xlsx_bytes,
    }
    if ext not in encoders:
        raise _out_error(out_path, "不支持的输出格式，请使用 .jsonl、.csv 或 .xlsx",
                         "unsupported output format; use .jsonl, .csv or .xlsx")
    data = encoders[ext](records)
    tmp = out_path.with_name(out_path.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out_path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise _out_error(out_path, f"{e.strerror}", f"{e.strerror}") from e
    return out_path
