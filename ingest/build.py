"""Build or update an index directory, atomically.

Layout of an index directory:

    INDEX/current -> builds/<id>       symlink, swapped atomically on success
    INDEX/builds/<id>/budget.sqlite    typed tables, narrative, facts, lexicon, findings
    INDEX/builds/<id>/chroma/          the vector store (narrative chunks and table rows)
    INDEX/builds/<id>/manifest.json    schema version, embedder, documents and their hashes

A build copies the current one into a new folder, replaces the changed documents there and
swaps the `current` link only when everything succeeded: a failed ingest leaves the previous
index untouched. Re-ingesting an unchanged document (same content hash) does nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from langchain_core.embeddings import Embeddings

from qa.errors import BudgetQAError, IndexError_

from . import schema, store
from .parser import parse
from .reader import read_document
from .records import ParsedDocument

DB_NAME = "budget.sqlite"
CHROMA_DIR = "chroma"
MANIFEST = "manifest.json"

Progress = Callable[[str, float], None]  # (message, fraction done 0..1)


@dataclass(frozen=True)
class IngestResult:
    index_dir: Path
    added: tuple[str, ...]  # doc ids written (new or changed)
    unchanged: tuple[str, ...]
    build_dir: Path
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added)


def current_build(index_dir: Path) -> Path | None:
    """The live build folder of an index, or None when nothing was built yet."""
    link = Path(index_dir) / "current"
    if not link.exists():
        return None
    return link.resolve()


def read_manifest(build: Path) -> dict:
    try:
        return json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise IndexError_(f"索引已损坏：{build / MANIFEST} 无法读取，请重新运行 budget-qa ingest (corrupt index)") from e


def _swap(index_dir: Path, new_build: Path) -> None:
    tmp_link = index_dir / f".current-{uuid.uuid4().hex}"
    os.symlink(os.path.relpath(new_build, index_dir), tmp_link)
    os.replace(tmp_link, index_dir / "current")  # atomic on POSIX


def _cleanup(index_dir: Path, keep: Path) -> None:
    for p in (index_dir / "builds").iterdir():
        if p.resolve() != keep.resolve():
            shutil.rmtree(p, ignore_errors=True)


def ingest_paths(
    paths: Sequence[str | Path],
    index_dir: str | Path,
    *,
    embedder: Embeddings,
    progress: Progress | None = None,
) -> IngestResult:
    """Parse, store and embed documents into index_dir. Raises BudgetQAError; never half-writes."""
    import time

    t0 = time.perf_counter()
    say = progress or (lambda _m, _f: None)
    index_dir = Path(index_dir)
    say("读取文件", 0.0)
    docs: list[ParsedDocument] = [parse(read_document(p)) for p in paths]  # fail early, before any change
    index_dir.mkdir(parents=True, exist_ok=True)
    live = current_build(index_dir)
    manifest = read_manifest(live) if live else {"documents": {}}
    embedder_name = getattr(embedder, "name", type(embedder).__name__)
    if live and (manifest.get("schema_version") != schema.SCHEMA_VERSION or manifest.get("embedder") != embedder_name):
        # another schema or embedder: rebuild from scratch, with the documents the old index held
        given = {d.doc_id for d in docs}
        for f in sorted((live / "sources").glob("*.txt")):
            old = parse(read_document(f))
            if old.doc_id not in given:
                docs.append(old)
        live, manifest = None, {"documents": {}}
    known = manifest.get("documents", {})
    todo = [d for d in docs if known.get(d.doc_id, {}).get("sha256") != d.source.sha256]
    unchanged = tuple(d.doc_id for d in docs if d not in todo)
    if not todo and live:
        say("文件未变化，无需重建", 1.0)
        return IngestResult(index_dir, (), unchanged, live, time.perf_counter() - t0)
    if not live and known:
        todo = docs  # a fresh build needs every document

    builds = index_dir / "builds"
    builds.mkdir(exist_ok=True)
    new = builds / f"tmp-{uuid.uuid4().hex}"
    try:
        if live:
            shutil.copytree(live, new)
        else:
            new.mkdir()
        conn = sqlite3.connect(new / DB_NAME)
        try:
            if not live:
                schema.create(conn)
            _write_docs(conn, new, todo, embedder, say)
            conn.commit()
            conn.execute("VACUUM")
        finally:
            conn.close()
        sources = new / "sources"
        sources.mkdir(exist_ok=True)
        for d in todo:
            name = hashlib.sha1(d.doc_id.encode("utf-8")).hexdigest()[:16]
            (sources / f"{name}.txt").write_text(d.source.text, encoding="utf-8")
        docs_meta = dict(known if live else {})
        for d in todo:
            docs_meta[d.doc_id] = {"source": d.source.name, "sha256": d.source.sha256, "department": d.department,
                                   "year": d.year}
        (new / MANIFEST).write_text(json.dumps({
            "schema_version": schema.SCHEMA_VERSION, "embedder": embedder_name, "documents": docs_meta,
        }, ensure_ascii=False, indent=2), encoding="utf-8")
        final = builds / uuid.uuid4().hex[:12]
        new.rename(final)
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        raise
    _swap(index_dir, final)
    _cleanup(index_dir, final)
    say("完成", 1.0)
    return IngestResult(index_dir, tuple(d.doc_id for d in todo), unchanged, final, time.perf_counter() - t0)


def _write_docs(conn: sqlite3.Connection, build: Path, docs: list[ParsedDocument], embedder: Embeddings,
                say: Callable[[str, float], None]) -> None:
    from . import consistency, vectors
    from .chunks import chunks_for

    vstore = vectors.open_store(build / CHROMA_DIR, embedder)
    n = len(docs)
    for i, doc in enumerate(docs):
        base = i / n
        say(f"解析并写入 {doc.source.name}", base)
        store.write_document(conn, doc)
        report = consistency.check_document(conn, doc.doc_id)
        consistency.write_findings(conn, report.findings)
        chunks = chunks_for(doc)
        vectors.delete_doc(vstore, doc.doc_id)
        vectors.write_chunk_rows(conn, chunks)
        say(f"向量化 {len(chunks)} 段文本", base + 0.3 / n)
        vectors.write_chunks(
            vstore, chunks,
            progress=lambda done, total, b=base: say(f"向量化 {done}/{total}", b + (0.3 + 0.7 * done / total) / n),
        )


def open_readonly(build: Path) -> sqlite3.Connection:
    """A read-only connection to a build's database (answering never writes)."""
    db = build / DB_NAME
    if not db.exists():
        raise IndexError_(f"索引不完整：缺少 {db}，请重新运行 budget-qa ingest (index is missing its database)")
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
    try:
        v = schema.version(conn)
    except sqlite3.DatabaseError as e:
        conn.close()
        raise IndexError_(f"索引已损坏：{db} 不是有效的 SQLite 数据库 (corrupt index)") from e
    if v != schema.SCHEMA_VERSION:
        conn.close()
        raise IndexError_(f"索引版本 {v} 与程序版本 {schema.SCHEMA_VERSION} 不符，请重新运行 budget-qa ingest")
    return conn


__all__ = ["IngestResult", "ingest_paths", "current_build", "open_readonly", "read_manifest", "BudgetQAError"]
