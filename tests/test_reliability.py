"""Reliability probes (issue 12): concurrent writers, unreadable numbers, hostile input, batch safety,
read-only answering. Real processes where the issue says so; everything in tmp_path, nothing in the repo.

Sections:
  numbers            strict amount reading (pure, parametrized)
  writers            one ingest at a time across processes, lock timeout, SIGTERM, stale builds
  readers            leases protect builds in use, a reader follows a newer build, nothing is written
  probes             every failure of the issue ends in a clear Chinese message, tracebacks in the log
  batch              output safety, streaming, encoding, CSV quotes and formulas, limits, doc/history
  soak               processes × threads asking while ingests swap the index
  answering core     probes that depend on the answering core (qa/engine.py, qa/numeric.py, …)
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ingest import vectors
from ingest.build import (
    LEASES,
    WRITE_LOCK,
    current_build,
    ingest_paths,
    read_manifest,
    sweep,
    take_lease,
    writer_lock,
)
from ingest.errors import BudgetQAError, DocumentError, IndexError_
from ingest.numbers import BLANK, NUMBER, UNREADABLE, parse_amount, read_amount
from ingest.reader import MAX_BYTES, read_document
from qa.batch import (
    MAX_FILE_BYTES,
    MAX_QUESTIONS,
    AnswerWriter,
    BatchQuestion,
    check_output,
    iter_batch,
    read_questions,
    records_to_csv_bytes,
    records_to_xlsx_bytes,
)
from qa.cli import main
from qa.errors import BatchFileError
from qa.index import IndexReader, open_engine
from tests.fakes import BigramEmbedder

ROOT = Path(__file__).resolve().parent.parent
REAL_DOC = ROOT / "data" / "xicheng_hrss_2023_budget.txt"

# `budget-qa` in a real process, with the deterministic fake embedder of the other tests
# (BQA_SLOW_EMBED seconds of sleep per embedding batch make an ingest slow enough to interrupt)
SHIM = """
import os, sys, time
import ingest.embedders
from tests.fakes import BigramEmbedder

class Slow(BigramEmbedder):
    def embed_documents(self, texts):
        time.sleep(float(os.environ.get("BQA_SLOW_EMBED", "0")))
        return super().embed_documents(texts)

ingest.embedders.make_embedder = lambda spec=None: Slow()
from qa.cli import main
sys.exit(main(sys.argv[1:]))
"""

TRAVEL_XICHENG = "差旅费一共多少？"  # 11.3696 万元 in an index of the bundled document alone
TRAVEL_XICHENG_NAMED = "西城区人力资源和社会保障局的差旅费是多少？"  # 11.3696 万元 in every build below
TRAVEL_DONGCHENG = "东城区卫生健康委员会的差旅费是多少？"  # 8.6 万元 once dongcheng is in (tests/synthetic.py)
TRAVEL_HAIDIAN = "海淀区园林绿化局的差旅费是多少？"  # 7.38 万元 once haidian is in
THREE_PUBLIC = "什么是“三公”经费？"  # a text-search question (Chroma vectors + BM25)


# ------------------------------------------------------------------ helpers and fixtures


def cli_env(tmp_path: Path, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BUDGET_QA_")}
    env.update(PYTHONPATH=str(ROOT), BUDGET_QA_LOGS=str(tmp_path / "logs"),
               BUDGET_QA_INDEX=str(tmp_path / "no-default-index"), BUDGET_QA_DATA=str(tmp_path / "no-data"))
    env.update(extra)
    return env


def popen_cli(tmp_path: Path, *args: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SHIM, *args], cwd=tmp_path, env=cli_env(tmp_path, **env),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run_cli(tmp_path: Path, *args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SHIM, *args], cwd=tmp_path, env=cli_env(tmp_path, **env),
                          capture_output=True, text=True, timeout=timeout)


def snapshot(root: Path) -> dict[str, str]:
    """sha256 of every file under root (symlinks by target), and every folder, by relative path."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = str(p.relative_to(root))
        if p.is_symlink():
            out[rel] = "-> " + os.readlink(p)
        elif p.is_dir():
            out[rel] = "dir"
        else:
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def departments(index: Path) -> set[str]:
    return {d["department"] for d in read_manifest(current_build(index))["documents"].values()}


def build_names(index: Path) -> set[str]:
    return {p.name for p in (index / "builds").iterdir()}


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> dict[str, Path]:
    """Two more departments (generated), and the bundled one."""
    from tests.synthetic import make_budget, multi_unit_spec

    folder = tmp_path_factory.mktemp("docs")
    dong = folder / "dongcheng_health_2024.txt"
    dong.write_text(make_budget(), encoding="utf-8")
    hai = folder / "haidian_landscape_2025.txt"
    hai.write_text(make_budget(multi_unit_spec()), encoding="utf-8")
    return {"xicheng": REAL_DOC, "dongcheng": dong, "haidian": hai}


@pytest.fixture
def index(real_index, tmp_path) -> Path:
    """A private copy of the session's index of the bundled document (tests change it)."""
    copy = tmp_path / "index"
    shutil.copytree(real_index, copy, symlinks=True)
    return copy


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch, fake_embedder):
    """Logs and the default index in tmp_path; in-process commands embed with the fake embedder."""
    monkeypatch.setenv("BUDGET_QA_LOGS", str(tmp_path / "logs"))
    monkeypatch.setenv("BUDGET_QA_INDEX", str(tmp_path / "no-default-index"))
    monkeypatch.setattr("ingest.embedders.make_embedder", lambda spec=None: fake_embedder)


GOLD_LINE = '{"id": "g1", "q": "差旅费一共多少？", "kind": "number", "value": 11.3696, "unit": "万元"}\n'


# ------------------------------------------------------------------ numbers


@pytest.mark.parametrize(("cell", "value"), [
    ("1,234.56", 1234.56), ("１，２３４．５６", 1234.56), ("-3.5", -3.5), ("0", 0.0), ("0.00", 0.0),
    (" 10.659000 ", 10.659), ("530.000000", 530.0), ("1,234,567", 1234567.0), ("+2", 2.0), ("−7", -7.0),
    ("１２３", 123.0), ("-0", 0.0), (12, 12.0), (2.5, 2.5),
])
def test_well_formed_amounts(cell, value):
    amount = read_amount(cell)
    assert amount.status == NUMBER and amount.value == pytest.approx(value)
    assert parse_amount(cell) == pytest.approx(value)


@pytest.mark.parametrize("cell", ["", "   ", "\u3000", None, "-", "—", "——"])
def test_blank_amounts(cell):
    assert read_amount(cell).status == BLANK
    assert parse_amount(cell) is None


@pytest.mark.parametrize("cell", [
    "NaN", "nan", "inf", "-inf", "Infinity", "1e308", "1E5", "1,2,3,,,", ",,,", ",", "12,34", "1,2345",
    "1234,567.0", "1.2.3", "1..2", ".5", "5.", "1 000 000x", "合计", "95%", "1-2", "--5", "1,234.5.6",
    "9" * 41, "99999999999999999999", float("nan"), float("inf"), 1e308, True, "①",
])
def test_unreadable_amounts_are_never_zero_and_never_raise(cell):
    amount = read_amount(cell)
    assert amount.status == UNREADABLE and amount.value is None and amount.problem
    assert parse_amount(cell) is None


def test_tables_parse_amount_is_the_strict_one():
    from ingest.tables import looks_like_data
    from ingest.tables import parse_amount as table_parse

    assert table_parse("1,2,3,,,") is None and table_parse(",,,") is None and table_parse("1,234.5") == 1234.5
    assert not looks_like_data(("", ",,,", "NaN"))


# ------------------------------------------------------------------ writers


def test_two_concurrent_ingests_keep_both_documents(index, docs, tmp_path):
    """Both real `budget-qa ingest` processes wait for the lock, then each builds on the other's result."""
    before = departments(index)
    with writer_lock(index):  # hold the lock so that both must wait: the race is certain, not likely
        procs = [popen_cli(tmp_path, "ingest", str(docs[name]), "--index", str(index))
                 for name in ("dongcheng", "haidian")]
        guard = threading.Timer(90, lambda: [p.kill() for p in procs])  # never hang the suite
        guard.start()
        waiting = [next((line for line in p.stderr if "正在写入" in line), "") for p in procs]
        assert all(waiting), waiting  # each said on stderr that it waits for another ingest
    outs = [p.communicate(timeout=120) for p in procs]
    guard.cancel()
    assert [p.returncode for p in procs] == [0, 0], outs
    assert all("已写入 1 个文件" in out for out, _err in outs)
    assert departments(index) == before | {"北京市东城区卫生健康委员会", "北京市海淀区园林绿化局"}
    assert build_names(index) == {current_build(index).name}  # the old builds were cleaned up, nothing else


def test_a_second_ingest_gives_up_after_the_lock_timeout(index, docs):
    before = snapshot(index)
    waited = []
    with writer_lock(index), pytest.raises(IndexError_, match="正在写入") as err:
        ingest_paths([docs["dongcheng"]], index, embedder=BigramEmbedder(), lock_timeout=0.3, on_wait=waited.append)
    assert "没有写入任何内容" in str(err.value) and len(waited) == 1
    assert snapshot(index) == before


def test_sigterm_during_ingest_removes_its_tmp_build(index, docs, tmp_path):
    before = current_build(index)
    proc = popen_cli(tmp_path, "ingest", str(docs["dongcheng"]), "--index", str(index), BQA_SLOW_EMBED="0.5")
    deadline = time.monotonic() + 60
    while not any(n.startswith("tmp-") for n in build_names(index)):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert "Traceback" not in err
    assert build_names(index) == {before.name} and current_build(index) == before
    with writer_lock(index):  # released
        pass


def test_stale_builds_are_removed_on_the_next_start(index, fake_embedder):
    live = current_build(index)
    for name in ("tmp-killed", "trash-halfway", "0ld0ld0ld0ld"):  # a killed ingest, a killed cleanup, an old build
        shutil.copytree(live, index / "builds" / name)
    reader = open_engine(index, embedder=fake_embedder, cached=False)
    try:
        assert build_names(index) == {live.name}
        assert reader.ask(TRAVEL_XICHENG).value == pytest.approx(11.3696)
    finally:
        reader.close()


def test_the_same_document_twice_in_one_ingest(index, docs, tmp_path):
    result = ingest_paths([docs["dongcheng"], docs["dongcheng"]], index, embedder=BigramEmbedder())
    assert result.added == ("北京市东城区卫生健康委员会-2024",)
    changed = tmp_path / "dongcheng_v2.txt"
    changed.write_text(docs["dongcheng"].read_text(encoding="utf-8") + "\n（修订版）\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="两个不同版本") as err:
        ingest_paths([docs["dongcheng"], changed], index, embedder=BigramEmbedder())
    assert "dongcheng_v2.txt" in str(err.value) and str(tmp_path) not in str(err.value)


def test_the_document_twice_in_one_file_is_a_clear_error(index, tmp_path, capsys):
    twice = tmp_path / "twice.txt"
    twice.write_text(REAL_DOC.read_text(encoding="utf-8") * 2, encoding="utf-8")
    code = main(["ingest", str(twice), "--index", str(index)])
    err = capsys.readouterr().err
    assert code in (0, 2) and "Traceback" not in err
    if code == 2:
        assert "twice.txt" in err and str(tmp_path) not in err


# ------------------------------------------------------------------ readers


def test_a_live_reader_keeps_its_build_and_follows_the_new_one(index, docs, fake_embedder):
    old = current_build(index)
    reader = open_engine(index, embedder=fake_embedder, cached=False)
    try:
        before = reader.ask(TRAVEL_DONGCHENG)
        result = ingest_paths([docs["dongcheng"]], index, embedder=fake_embedder)
        assert old.is_dir(), "cleanup deleted a build a reader holds"
        answer = reader.ask(TRAVEL_DONGCHENG)  # switches between questions
        assert reader.build_dir == result.build_dir
        with open_engine(index, embedder=fake_embedder, cached=False) as fresh:
            want = fresh.ask(TRAVEL_DONGCHENG)
        assert (answer.route, answer.value, answer.text) == (want.route, want.value, want.text)
        assert answer.text != before.text  # the new department is known now
        assert sweep(index) == [old.name]  # the old build is free now
        reader.ask(THREE_PUBLIC)
        assert not old.exists(), "a reader recreated a deleted folder"
    finally:
        reader.close()
    assert not list((index / LEASES).iterdir())


def test_a_build_held_by_another_process_is_kept_until_that_process_dies(index, docs, tmp_path):
    old = current_build(index)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from qa.index import open_engine; from tests.fakes import "
         "BigramEmbedder; r = open_engine(sys.argv[1], embedder=BigramEmbedder(), cached=False); "
         "print(r.build_dir.name, flush=True); time.sleep(120)", str(index)],
        cwd=tmp_path, env=cli_env(tmp_path), stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == old.name
        ingest_paths([docs["dongcheng"]], index, embedder=BigramEmbedder())
        assert old.is_dir()
        holder.kill()
        holder.wait(timeout=30)
        assert old.name in sweep(index)  # its lease died with it
        assert not old.exists()
    finally:
        holder.kill()
        holder.wait(timeout=30)


def test_a_lease_cannot_be_taken_on_a_build_being_deleted(index):
    lease = take_lease(index)
    try:
        assert lease.held and lease.build == current_build(index)
        assert sweep(index) == []  # the current build, leased: nothing to delete
    finally:
        lease.release()
    lease.release()  # idempotent
    assert not list((index / LEASES).iterdir())


@pytest.mark.parametrize("question", [TRAVEL_XICHENG, THREE_PUBLIC, "2024年的部门预算是多少？",
                                      "'; DROP TABLE rows; --", "<script>alert(1)</script>"])
def test_answering_never_writes_to_the_index(index, fake_embedder, question):
    reader = open_engine(index, embedder=fake_embedder, cached=False)
    try:
        before = snapshot(index)
        for _ in range(2):
            with contextlib.suppress(BudgetQAError):  # a refused question is fine: nothing may be written
                reader.ask(question)
        assert snapshot(index) == before
    finally:
        reader.close()


def test_answering_in_a_real_process_never_writes_to_the_index(index, tmp_path):
    before = snapshot(index)
    for question in (THREE_PUBLIC, TRAVEL_XICHENG):
        done = run_cli(tmp_path, "ask", question, "--index", str(index), "--json")
        assert done.returncode == 0, done.stderr
    assert snapshot(index) == before


def test_published_builds_open_read_only_and_search_like_chroma(index, fake_embedder, tmp_path):
    chroma = current_build(index) / "chroma"
    stored = vectors.open_store(chroma, fake_embedder)
    assert isinstance(stored, vectors.StoredVectors) and len(stored) > 100
    with pytest.raises(IndexError_, match="只读"):
        stored.delete(where={"doc_id": "x"})
    copy = tmp_path / "copy"
    shutil.copytree(chroma, copy)
    chroma_store = vectors.open_store(copy, fake_embedder)  # not a published build: Chroma itself
    for query in ("三公经费", "部门职责", "机关运行经费"):
        mine = vectors.dense_search(stored, query, 5)
        theirs = vectors.dense_search(chroma_store, query, 5)
        # Chroma's HNSW index is approximate and ours is exact: the same chunks score the same, and ours
        # is never worse at any rank (HNSW may miss a neighbour; it never finds a closer one).
        assert len(mine) == len(theirs) == 5
        mine_scores, their_scores = dict(mine), dict(theirs)
        for cid in mine_scores.keys() & their_scores.keys():
            assert mine_scores[cid] == pytest.approx(their_scores[cid], abs=1e-4)
        for (_, ours), (_, chromas) in zip(mine, theirs, strict=True):
            assert ours >= chromas - 1e-4
        assert len(mine_scores.keys() & their_scores.keys()) >= 3
    assert vectors.dense_search(stored, "三公经费", 3, "没有这个文档") == []


# ------------------------------------------------------------------ probes: clear messages, no tracebacks


@pytest.mark.parametrize("command", [["ask", "差旅费一共多少？"], ["check"], ["batch", "Q"], ["eval", "Q"],
                                     ["ingest", str(REAL_DOC)]])
def test_index_pointing_at_a_file(tmp_path, capsys, command):
    bogus = tmp_path / "index.txt"
    bogus.write_text("not an index", encoding="utf-8")
    questions = tmp_path / "q.jsonl"
    questions.write_text(GOLD_LINE, encoding="utf-8")
    args = [str(questions) if a == "Q" else a for a in command]
    assert main([*args, "--index", str(bogus)]) == 2
    err = capsys.readouterr().err
    assert "是一个文件" in err and "Traceback" not in err and str(tmp_path) not in err
    assert bogus.read_text(encoding="utf-8") == "not an index"


@pytest.mark.parametrize("command", [["ask", "差旅费一共多少？"], ["check"], ["batch", "Q"], ["eval", "Q"]])
def test_a_mistyped_index_is_not_built(tmp_path, capsys, command, monkeypatch):
    monkeypatch.setenv("BUDGET_QA_DATA", str(ROOT / "data"))  # there is something it could build from
    typo = tmp_path / "idnex"
    questions = tmp_path / "q.jsonl"
    questions.write_text(GOLD_LINE, encoding="utf-8")
    args = [str(questions) if a == "Q" else a for a in command]
    assert main([*args, "--index", str(typo)]) == 2
    err = capsys.readouterr().err
    assert "不存在" in err and "budget-qa ingest" in err and "Traceback" not in err
    assert not typo.exists()


@pytest.mark.parametrize("damage", ["exported", "both"])
def test_a_corrupt_vector_store(index, fake_embedder, capsys, damage):
    build = current_build(index)
    (build / "vectors.npy").write_bytes(b"\x93NUMPY garbage" * 10)  # what readers map
    if damage == "both":  # and the Chroma collection it was exported from
        db = build / "chroma" / "chroma.sqlite3"
        data = bytearray(db.read_bytes())
        for offset in range(0, len(data), 4096):
            data[offset + 100 : offset + 400] = b"\xde\xad" * 150
        db.write_bytes(bytes(data))
    assert main(["ask", THREE_PUBLIC, "--index", str(index)]) == 2
    err = capsys.readouterr().err
    assert "向量库已损坏" in err and "budget-qa ingest" in err and "Traceback" not in err
    assert str(index) not in err
    assert main(["ask", TRAVEL_XICHENG, "--index", str(index), "--json"]) == 0  # figures still answer
    assert json.loads(capsys.readouterr().out)["value"] == pytest.approx(11.3696)


def test_readers_use_the_exported_vectors_not_the_collection(index, fake_embedder, capsys):
    """Answering maps vectors.npy: a damaged chroma.sqlite3 (which only ingest reads) does not stop it."""
    db = current_build(index) / "chroma" / "chroma.sqlite3"
    db.write_bytes(b"garbage" * 1000)
    assert main(["ask", THREE_PUBLIC, "--index", str(index), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["route"] == "retrieval" and any("三公" in c["text"] for c in out["citations"])


def test_a_corrupt_database_names_no_server_path(index, fake_embedder):
    (current_build(index) / "budget.sqlite").write_bytes(b"garbage" * 1000)
    with pytest.raises(IndexError_) as err:
        open_engine(index, embedder=fake_embedder, cached=False)
    assert "budget.sqlite" in str(err.value) and str(index) not in str(err.value)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_documents_are_decoded(tmp_path, encoding):
    text = REAL_DOC.read_text(encoding="utf-8")
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))  # "utf-16" writes a BOM, the other two do not
    source = read_document(path)
    assert source.text == read_document(REAL_DOC).text and source.encoding.startswith("utf-16")


def test_an_oversized_document_is_refused_before_reading(tmp_path):
    import tracemalloc

    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: 200 MB that take no disk space
    tracemalloc.start()
    try:
        with pytest.raises(DocumentError, match="过大") as err:
            read_document(huge)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024 and str(tmp_path) not in str(err.value)
    assert MAX_BYTES == 50 * 1024 * 1024


def test_unreadable_cells_do_not_crash_an_ingest(index, tmp_path):
    text = REAL_DOC.read_text(encoding="utf-8").split("\n")
    for line_no, cell in ((505, "\t,,,"), (506, "\t1,2,3,,,"), (867, "\tNaN")):
        text[line_no - 1] = cell
    doc = tmp_path / "xicheng_hrss_2023_budget.txt"
    doc.write_text("\n".join(text), encoding="utf-8")
    ingest_paths([doc], index, embedder=BigramEmbedder())  # no ValueError; the changed document replaces the old


def test_unexpected_errors_go_to_the_log_not_the_screen(index, tmp_path, capsys, monkeypatch):
    def broken(self, question, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(IndexReader, "ask", broken)
    assert main(["ask", TRAVEL_XICHENG, "--index", str(index)]) == 1
    err = capsys.readouterr().err
    assert "内部错误（RuntimeError）" in err and "Traceback" not in err and "boom" not in err
    log = (tmp_path / "logs" / "budget-qa.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: boom" in log


# ------------------------------------------------------------------ batch


def fake_answer(question: str, **kwargs):
    from qa.answer import Answer

    if "崩" in question:
        raise KeyboardInterrupt  # a crash in the middle of a batch
    return Answer(question=question, text=f"答：{question}", route="sql", value=1.0, unit="万元",
                  citations=(), sql=json.dumps(kwargs, ensure_ascii=False) if kwargs else None)


@pytest.mark.parametrize("how", ["same", "relative", "symlink", "hardlink"])
def test_output_equal_to_input_is_refused(tmp_path, monkeypatch, capsys, how):
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"q": "差旅费一共多少？"}\n', encoding="utf-8")
    out = {"same": questions, "relative": Path("sub/../q.jsonl")}.get(how, tmp_path / "link.jsonl")
    if how == "symlink":
        out.symlink_to(questions)
    elif how == "hardlink":
        os.link(questions, out)
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BatchFileError, match="输入"):
        check_output(out, input_path=questions)
    assert main(["batch", str(questions), "-o", str(out), "--index", str(tmp_path / "none")]) == 2
    assert "覆盖" in capsys.readouterr().err
    assert questions.read_text(encoding="utf-8") == '{"q": "差旅费一共多少？"}\n'


def test_output_location_is_checked_before_answering(tmp_path, capsys, monkeypatch):
    questions = tmp_path / "q.txt"
    questions.write_text("差旅费一共多少？\n", encoding="utf-8")
    opened = []
    monkeypatch.setattr("qa.open_engine", lambda *a, **k: opened.append(1))
    for out, needle in ((tmp_path / "missing" / "a.jsonl", "不存在"), (tmp_path / "a.docx", "不支持"),
                        (tmp_path, "目录")):
        assert main(["batch", str(questions), "-o", str(out)]) == 2
        assert needle in capsys.readouterr().err
    assert opened == []


def test_records_are_written_as_they_are_answered(tmp_path):
    qs = [BatchQuestion(index=i, question=q) for i, q in enumerate(["一", "二", "崩", "四"], start=1)]
    out = tmp_path / "a.jsonl"
    with pytest.raises(KeyboardInterrupt), AnswerWriter(out, ["id", "question"]) as writer:
        for record in iter_batch(qs, fake_answer):
            writer.write(record)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["question"] for line in lines] == ["一", "二"]


def test_an_interrupted_cli_batch_keeps_what_was_done(index, tmp_path, capsys, monkeypatch):
    questions = tmp_path / "q.txt"
    questions.write_text("差旅费一共多少？\n公用经费是多少？\n崩\n人员经费是多少？\n", encoding="utf-8")
    real_ask = IndexReader.ask
    monkeypatch.setattr(IndexReader, "ask", lambda self, q, **kw: fake_answer(q) if "崩" in q else real_ask(self, q))
    for ext in ("jsonl", "csv", "xlsx"):
        out = tmp_path / f"answers.{ext}"
        assert main(["batch", str(questions), "-o", str(out), "--index", str(index)]) == 130
        kept = out if ext != "xlsx" else tmp_path / "answers.xlsx.part.jsonl"
        assert f"前 2 个问题的答案已写入 {kept}" in capsys.readouterr().err
        text = kept.read_text(encoding="utf-8-sig")
        if ext == "csv":
            asked = [row["question"] for row in csv.DictReader(io.StringIO(text, newline=""))]
        else:
            asked = [json.loads(line)["question"] for line in text.splitlines()]
        assert asked == ["差旅费一共多少？", "公用经费是多少？"]


def test_a_lone_surrogate_spoils_one_record_not_the_file(tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"q": "好的问题"}\n{"q": "坏\\ud800字", "note": "\\udfff"}\n{"q": "第三个"}\n', encoding="utf-8")
    qs = read_questions(questions)
    for ext in ("jsonl", "csv", "xlsx"):
        out = tmp_path / f"a.{ext}"
        with AnswerWriter(out, ["id", "question", "answer", "note"]) as writer:
            for record in iter_batch(qs, fake_answer):
                writer.write(record)
        if ext == "jsonl":
            rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
            assert [r["question"] for r in rows] == ["好的问题", "坏\ufffd字", "第三个"]
    # the same when the records come from elsewhere with the surrogate still in them
    record = {"question": "x\ud800", "answer": "y"}
    assert "x\ufffd" in records_to_csv_bytes([record]).decode("utf-8-sig")
    assert records_to_xlsx_bytes([record])[:2] == b"PK"


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"])
def test_formula_cells_are_escaped(tmp_path, cell):
    import openpyxl

    record = {"id": cell, "question": cell, "answer": "ok", "value": -3.5, "备注": cell}
    rows = list(csv.reader(io.StringIO(records_to_csv_bytes([record]).decode("utf-8-sig"), newline="")))
    header = rows[0]
    row = dict(zip(header, rows[1], strict=True))
    assert row["question"] == "'" + cell and row["id"] == "'" + cell and row["备注"] == "'" + cell
    assert row["value"] == "-3.5"  # a number is not text: not escaped
    path = tmp_path / "a.xlsx"
    path.write_bytes(records_to_xlsx_bytes([record]))
    ws = openpyxl.load_workbook(path).active
    values = dict(zip([c.value for c in ws[1]], [c.value for c in ws[2]], strict=True))
    assert values["question"] == "'" + cell.replace("\r", "\n") and values["value"] == -3.5  # XML reads CR as LF
    assert all(c.data_type != "f" for c in ws[2])


def test_a_broken_csv_quote_is_an_error(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('id,问题\n1,"差旅费一共多少？\n2,公用经费是多少？\n3,人员经费是多少？\n', encoding="utf-8")
    with pytest.raises(BatchFileError, match="第2行起的引号没有闭合"):
        read_questions(path)
    path.write_text('id,问题\n1,"差旅费\n2,公用经费是多少？\n3,人员经费是多少？"\n', encoding="utf-8")
    qs = read_questions(path)  # a stray quote closed later: the merged row is an error record, not a question
    assert qs[0].extra.get("_error") and "引号" in qs[0].extra["_error"]


def test_batch_input_limits(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(BatchFileError, match="过大"):
        read_questions(big)
    many = tmp_path / "many.jsonl"
    many.write_text("".join(f'{{"q": "问题{i}"}}\n' for i in range(MAX_QUESTIONS + 1)), encoding="utf-8")
    with pytest.raises(BatchFileError, match=str(MAX_QUESTIONS)):
        read_questions(many)
    rows = tmp_path / "many.csv"
    rows.write_text("问题\n" + "".join(f"问题{i}\n" for i in range(MAX_QUESTIONS + 1)), encoding="utf-8")
    with pytest.raises(BatchFileError, match=str(MAX_QUESTIONS)):
        read_questions(rows)


def test_one_badly_encoded_jsonl_line_is_one_error_record(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_bytes('{"q": "差旅费一共多少？"}\n'.encode() + '{"q": "公用经费是多少？"}\n'.encode("gb18030")
                     + b'{"q": "\xff\xfe"}\n' + '{"q": "人员经费是多少？"}\n'.encode())
    qs = read_questions(path)
    assert [q.question for q in qs] == ["差旅费一共多少？", "", "", "人员经费是多少？"]
    assert "编码" in qs[1].extra["_error"] and "编码" in qs[2].extra["_error"]
    records = list(iter_batch(qs, fake_answer))
    assert [bool(r.get("error")) for r in records] == [False, True, True, False]
    gbk = tmp_path / "gbk.jsonl"  # a whole file in GB18030 is still read
    gbk.write_bytes('{"q": "公用经费是多少？"}\n{"q": "人员经费是多少？"}\n'.encode("gb18030"))
    assert [q.question for q in read_questions(gbk)] == ["公用经费是多少？", "人员经费是多少？"]


def test_doc_and_history_are_passed_to_the_answer_function(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"q": "那公用经费呢？", "doc": "西城人社2023", "history": ["差旅费一共多少？"]}\n'
                    '{"q": "差旅费一共多少？"}\n{"q": "x", "history": "not a list"}\n{"q": "y", "doc": 3}\n',
                    encoding="utf-8")
    records = list(iter_batch(read_questions(path), fake_answer))
    assert json.loads(records[0]["sql"]) == {"doc": "西城人社2023", "history": ["差旅费一共多少？"]}
    assert records[1]["sql"] is None
    assert "history" in records[2]["error"] and "doc" in records[3]["error"]


# ------------------------------------------------------------------ soak

SOAK_WORKER = """
import json, sys, threading, time
from qa.index import open_engine
from tests.fakes import BigramEmbedder

from pathlib import Path

index, stop_file, threads = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
questions = json.loads(sys.argv[4])
reader = open_engine(index, embedder=BigramEmbedder(), cached=False)
reader.ask(questions[0])
print("ready", flush=True)
give_up = time.monotonic() + 90
out, lock = [], threading.Lock()

def work(k):
    i = k
    while not stop_file.exists() and time.monotonic() < give_up:
        q = questions[i % len(questions)]
        i += 1
        before = reader.build_dir.name
        try:
            a = reader.ask(q)
            rec = {"q": q, "before": before, "after": reader.build_dir.name, "route": a.route, "value": a.value,
                   "text": a.text}
        except Exception as e:
            rec = {"q": q, "error": repr(e)}
        with lock:
            out.append(rec)

ts = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
for t in ts:
    t.start()
for t in ts:
    t.join()
reader.close()
json.dump(out, sys.stdout)
"""


def reference_answers(index: Path, docs: dict[str, Path], questions: list[str], tmp_path: Path) -> list[dict]:
    """What one quiet, single-threaded reader answers after each step of the soak's ingests (on a copy)."""
    copy = tmp_path / "reference"
    shutil.copytree(index, copy, symlinks=True)
    steps = []
    with open_engine(copy, embedder=BigramEmbedder(), cached=False) as reader:
        for doc in (None, docs["dongcheng"], docs["haidian"]):
            if doc is not None:
                ingest_paths([doc], copy, embedder=BigramEmbedder())
            steps.append({q: (a.route, a.value, a.text) for q in questions for a in [reader.ask(q)]})
    return steps


def test_soak_processes_and_threads_asking_while_ingests_swap_the_index(index, docs, tmp_path):
    """2 processes × 3 threads ask while two ingests publish new builds: no error, and every answer is the
    one a quiet reader gets from the build it came from."""
    questions = [TRAVEL_XICHENG_NAMED, TRAVEL_DONGCHENG, TRAVEL_HAIDIAN, THREE_PUBLIC, TRAVEL_XICHENG]
    want = reference_answers(index, docs, questions, tmp_path)
    assert want[0] != want[2]  # the departments added change some answers: a stale reader would be caught
    a = current_build(index).name
    stop = tmp_path / "stop"
    workers = [subprocess.Popen([sys.executable, "-c", SOAK_WORKER, str(index), str(stop), "3", json.dumps(questions)],
                                cwd=tmp_path, env=cli_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for _ in range(2)]
    try:
        assert [w.stdout.readline().strip() for w in workers] == ["ready", "ready"]
        time.sleep(1.0)
        b = ingest_paths([docs["dongcheng"]], index, embedder=BigramEmbedder()).build_dir.name
        time.sleep(1.0)
        c = ingest_paths([docs["haidian"]], index, embedder=BigramEmbedder()).build_dir.name
        time.sleep(2.0)
        stop.touch()
        results = [w.communicate(timeout=120) for w in workers]
    finally:
        for w in workers:
            w.kill()
    assert [w.returncode for w in workers] == [0, 0], [err[-2000:] for _out, err in results]
    records = [r for out, _err in results for r in json.loads(out)]
    errors = [r for r in records if "error" in r]
    assert not errors, errors[:5]
    assert len(records) >= 12  # 2 processes × 3 threads for ~6 s on a busy 2-core machine: ~25-60 answers
    step = {a: 0, b: 1, c: 2}
    for r in records:
        # the build it came from: `before` when the reader did not switch meanwhile, else one of the two
        got = (r["route"], r["value"], r["text"])
        assert any(want[step[x]][r["q"]] == got for x in {r["before"], r["after"]}), (r, a, b, c)
    answered_from = {r["before"] for r in records if r["before"] == r["after"]}
    assert answered_from >= {a, c}  # answered from the first and the last build
    assert build_names(index) - {c} <= {a, b}  # old builds survive only while leased …
    sweep(index)
    assert build_names(index) == {c}  # … and go once the readers are gone
    assert not list((index / LEASES).iterdir())
    assert (index / WRITE_LOCK).exists()


# ------------------------------------------------------------------ answering core (qa/engine.py, qa/numeric.py)
# These probes depend on the answering core that is being rewritten; they fail until it lands.


@pytest.mark.parametrize("question", ["预算最多的999999999999999999999个项目", "预算最多的1e308个项目",
                                      "预算超过1e308万元的项目有哪些？", "预算超过99999999999999999999999万元的项目",
                                      "\x00\x1b[31m差旅费\u202e一共多少？"])
def test_absurd_numbers_in_questions_get_an_answer_not_a_traceback(engine, question):
    try:
        answer = engine.ask(question)
    except BudgetQAError:
        return  # a clear refusal of the question is fine
    assert answer.text


def test_an_absurd_threshold_is_not_read_as_one(engine):
    answer = engine.ask("预算超过1e308万元的项目有哪些？")
    assert not (answer.route == "sql" and answer.unit == "个" and answer.value and answer.value > 0), answer.text
    assert "超过1万元" not in answer.text


@pytest.fixture(scope="module")
def unreadable_index(tmp_path_factory) -> tuple[Path, Path]:
    """The bundled document with its 差旅费 合计 cell (line 505 of the row starting on line 502) set to NaN."""
    folder = tmp_path_factory.mktemp("unreadable")
    lines = REAL_DOC.read_text(encoding="utf-8").split("\n")
    assert lines[504] == "\t10.659000" and "30211-差旅费" in lines[503]
    lines[504] = "\tNaN"
    doc = folder / "xicheng_hrss_2023_budget.txt"
    doc.write_text("\n".join(lines), encoding="utf-8")
    index = folder / "index"
    ingest_paths([doc], index, embedder=BigramEmbedder())
    return index, doc


def test_a_figure_question_about_an_unreadable_cell_says_so(unreadable_index, fake_embedder):
    """Never the other row alone (0.7106) and never 0: either the right figure from readable cells
    elsewhere (表七 holds the same 差旅费), or a reply that says the cell is unreadable and cites it."""
    index, _doc = unreadable_index
    with open_engine(index, embedder=fake_embedder, cached=False) as reader:
        answer = reader.ask(TRAVEL_XICHENG)
    assert answer.value != pytest.approx(0.7106) and answer.value != 0, answer.text
    if answer.value is not None and answer.value == pytest.approx(11.3696):
        assert all(c.line not in (502, 505) for c in answer.citations)  # not read from the unreadable row
        return
    assert any(word in answer.text for word in ("无法读取", "不可读", "无法识别")), answer.text
    assert any(c.line in (502, 505) for c in answer.citations)


def test_an_unreadable_cell_is_a_consistency_finding(unreadable_index, capsys):
    index, _doc = unreadable_index
    assert main(["check", "--index", str(index), "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    lines = [{f.get("stated_line"), *(f.get("computed_lines") or [])} for f in findings]
    assert any({502, 505} & ls for ls in lines), findings[:3]
