"""Building an index: atomic, idempotent, several documents, failures leave the old index intact."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from ingest.build import current_build, ingest_paths, open_readonly, read_manifest
from qa.engine import Engine
from qa.errors import DocumentError, IndexError_


def _count(build, sql, *params):
    conn = open_readonly(build)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


PROJECTS = ("SELECT COUNT(*) FROM records r JOIN source_tables t ON t.doc_id = r.doc_id AND t.table_no = r.table_no "
            "WHERE t.kind = 'projects' AND r.is_total = 0")


def test_build_then_unchanged_is_a_no_op(tmp_path, real_doc, fake_embedder):
    first = ingest_paths([real_doc], tmp_path, embedder=fake_embedder)
    assert first.changed and first.added == ("北京市西城区人力资源和社会保障局-2023",)
    calls = fake_embedder.calls
    again = ingest_paths([real_doc], tmp_path, embedder=fake_embedder)
    assert not again.changed and again.build_dir == first.build_dir
    assert fake_embedder.calls == calls  # nothing re-embedded
    assert _count(first.build_dir, PROJECTS) == 33
    assert _count(first.build_dir, "SELECT COUNT(*) FROM chunks") > 400


def test_two_documents_and_a_changed_one_replaces_its_rows(tmp_path, real_doc, synthetic_doc, fake_embedder):
    ingest_paths([real_doc, synthetic_doc], tmp_path, embedder=fake_embedder)
    build = current_build(tmp_path)
    assert set(read_manifest(build)["documents"]) == {"北京市西城区人力资源和社会保障局-2023",
                                                      "北京市东城区卫生健康委员会-2024"}
    n_before = _count(build, PROJECTS + " AND r.doc_id LIKE '%东城区%'")
    changed = tmp_path / "changed.txt"
    changed.write_text(synthetic_doc.read_text(encoding="utf-8").replace("预算", "预算", 1) + "\n", encoding="utf-8")
    result = ingest_paths([changed], tmp_path, embedder=fake_embedder)
    assert result.added == ("北京市东城区卫生健康委员会-2024",)
    build = current_build(tmp_path)
    assert _count(build, PROJECTS + " AND r.doc_id LIKE '%东城区%'") == n_before
    assert _count(build, "SELECT COUNT(*) FROM documents") == 2
    eng = Engine(build, embedder=fake_embedder)
    assert eng.ask("东城区卫生健康委员会2024年的部门预算总额是多少？").route == "sql"
    assert eng.ask("西城区人力资源和社会保障局的项目支出预算是多少？").value == pytest.approx(3139.90136)


def test_failed_ingest_leaves_previous_index_untouched(tmp_path, real_doc, fake_embedder):
    from tests.synthetic import write_variants

    ingest_paths([real_doc], tmp_path / "idx", embedder=fake_embedder)
    before = current_build(tmp_path / "idx")
    bad = write_variants(tmp_path / "v")
    for name in ("truncated.txt", "binary.bin", "gbk.txt"):
        if name == "gbk.txt":
            continue
        with pytest.raises(DocumentError):
            ingest_paths([bad[name]], tmp_path / "idx", embedder=fake_embedder)
    assert current_build(tmp_path / "idx") == before
    assert [p.name for p in (tmp_path / "idx" / "builds").iterdir()] == [before.name]

    class Boom(Exception):
        pass

    class FailingEmbedder(type(fake_embedder)):
        def embed_documents(self, texts):
            raise Boom("embedding failed half way")

    with pytest.raises(Boom):
        ingest_paths([bad["gbk.txt"]], tmp_path / "idx", embedder=FailingEmbedder())
    assert current_build(tmp_path / "idx") == before
    assert _count(before, "SELECT COUNT(*) FROM documents") == 1


def test_gbk_document_ingests(tmp_path, fake_embedder):
    from tests.synthetic import write_variants

    v = write_variants(tmp_path / "v")
    result = ingest_paths([v["gbk.txt"]], tmp_path / "idx", embedder=fake_embedder)
    assert result.added == ("北京市东城区卫生健康委员会-2024",)


def test_corrupt_index_gets_a_clear_message(tmp_path, real_doc, fake_embedder):
    ingest_paths([real_doc], tmp_path, embedder=fake_embedder)
    build = current_build(tmp_path)
    db = build / "budget.sqlite"
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(IndexError_, match="损坏"):
        Engine(build, embedder=fake_embedder)
    shutil.rmtree(build)
    with pytest.raises((IndexError_, sqlite3.Error, FileNotFoundError)):
        Engine(build, embedder=fake_embedder)


def test_an_index_from_an_older_version_is_rebuilt_on_open(tmp_path, real_doc, fake_embedder):
    import json

    from qa import open_engine

    ingest_paths([real_doc], tmp_path, embedder=fake_embedder)
    old = current_build(tmp_path)
    manifest = json.loads((old / "manifest.json").read_text(encoding="utf-8"))
    manifest["schema_version"] = 0
    (old / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    eng = open_engine(tmp_path, embedder=fake_embedder, cached=False)
    assert current_build(tmp_path) != old
    assert eng.ask("差旅费一共多少？").value == pytest.approx(11.3696)


def test_a_pdf_rewritten_at_the_same_path_is_read_again(tmp_path, fake_embedder):
    # a process keeps the PDFs it parsed; a file with other bytes at the same path is parsed anew
    from tests.pdfgen import random_spec, write_pdf

    pdf = tmp_path / "budget.pdf"
    write_pdf(random_spec(11), pdf)
    first = ingest_paths([pdf], tmp_path / "one", embedder=fake_embedder)
    again = ingest_paths([pdf], tmp_path / "two", embedder=fake_embedder)  # the same file: the same rows
    rows = "SELECT COUNT(*) FROM table_rows"
    assert _count(first.build_dir, rows) == _count(again.build_dir, rows) > 0
    assert read_manifest(first.build_dir)["documents"] == read_manifest(again.build_dir)["documents"]
    write_pdf(random_spec(13), pdf)
    changed = ingest_paths([pdf], tmp_path / "three", embedder=fake_embedder)
    old = {v["department"] for v in read_manifest(first.build_dir)["documents"].values()}
    new = {v["department"] for v in read_manifest(changed.build_dir)["documents"].values()}
    assert old != new
