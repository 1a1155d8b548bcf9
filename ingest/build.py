"""Build or update an index directory, atomically, one writer at a time.

Layout of an index directory:

    INDEX/current -> builds/<id>       symlink, swapped atomically on success
    INDEX/builds/<id>/budget.sqlite    typed tables, narrative, facts, lexicon, findings
    INDEX/builds/<id>/chroma/          the vector store (narrative chunks and table rows)
    INDEX/builds/<id>/vectors.npy      its vectors as one float32 array (+ vectors.json: ids, documents, kinds),
                                       which readers map instead of loading the collection
    INDEX/builds/<id>/manifest.json    schema version, embedder, documents and their hashes
    INDEX/builds/tmp-<hex>/            a build in progress (renamed to <id> when complete)
    INDEX/write.lock                   held by the one ingest writing this index (other ingests wait)
    INDEX/leases/<id>.<pid>-<hex>.lease  held by each open reader of build <id> (see `take_lease`)
    INDEX/leases.lock                  a short mutex: taking a lease vs. choosing builds to delete

A build copies the current one into a new folder, replaces the changed documents there and
swaps the `current` link only when everything succeeded: a failed ingest leaves the previous
index untouched. Re-ingesting an unchanged document (same content hash) does nothing.

Concurrency. An ingest holds `write.lock` (filelock: an flock, released by the kernel when the
process dies) from reading the current build to swapping the link, so a second ingest waits and
then builds on the first one's result. Published builds are never written again. A reader takes a
lease on the build it opens; cleanup (under the write lock) deletes an old build only when no live
lease names it, and first renames it to `trash-*` so that no reader sees half a folder. Builds
left by a killed ingest (`tmp-*`, `trash-*`) are removed by the next ingest or the next reader
that finds no writer running. SIGTERM during an ingest removes its `tmp-*` build before exiting.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import signal
import sqlite3
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout
from langchain_core.embeddings import Embeddings

from . import schema, store
from .errors import BudgetQAError, DocumentError, IndexError_
from .parser import parse
from .reader import read_document
from .records import ParsedDocument

logger = logging.getLogger(__name__)

DB_NAME = "budget.sqlite"
CHROMA_DIR = "chroma"
MANIFEST = "manifest.json"
WRITE_LOCK = "write.lock"
LEASES = "leases"
LEASES_LOCK = "leases.lock"

LOCK_TIMEOUT = 15 * 60  # seconds a second ingest waits for the first one before giving up
LEASE_MUTEX_TIMEOUT = 30  # seconds; the mutex is only ever held for a directory listing

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
        raise IndexError_(f"索引已损坏：{build.name}/{MANIFEST} 无法读取，请重新运行 budget-qa ingest "
                          "(corrupt index)") from e


def check_index_dir(index_dir: Path) -> None:
    """Raise IndexError_ when index_dir exists but is not a folder (e.g. --index pointing at a file)."""
    p = Path(index_dir)
    if p.exists() and not p.is_dir():
        raise IndexError_(f"索引位置“{p.name}”是一个文件，不是索引目录：请用 --index 指定一个目录 "
                          "(the index path is a file, not a folder)")


# ---------------------------------------------------------------------------------------------
# The writer lock


@contextlib.contextmanager
def writer_lock(index_dir: Path, *, timeout: float = LOCK_TIMEOUT,
                on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the index's write lock; when another ingest holds it, say so and wait up to `timeout` seconds."""
    lock = FileLock(Path(index_dir) / WRITE_LOCK, thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        message = (f"另一个 budget-qa ingest 正在写入索引“{Path(index_dir).name}”，等待它完成"
                   f"（最多 {timeout / 60:.0f} 分钟）…… (another ingest is writing this index; waiting)")
        (on_wait or logger.warning)(message)
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise IndexError_(f"另一个 budget-qa ingest 正在写入索引“{Path(index_dir).name}”，等待 "
                              f"{timeout / 60:.0f} 分钟后仍未结束：这次没有写入任何内容，请稍后再试 "
                              "(the index is locked by another ingest)") from None
    except OSError as e:
        raise IndexError_(f"无法锁定索引“{Path(index_dir).name}”：{e.strerror or e}（目录是否可写？）"
                          "(cannot lock the index)") from e
    try:
        yield
    finally:
        lock.release()


# ---------------------------------------------------------------------------------------------
# Reader leases


class Lease:
    """A reader's claim on one build: while it is held, cleanup does not delete that build.

    The claim is an flock on `leases/<build>.<pid>-<hex>.lease`; the kernel drops it when the
    process dies, so a lease file that can be locked by someone else is stale.
    """

    def __init__(self, build: Path, path: Path | None, lock: FileLock | None) -> None:
        self.build = build
        self.path = path
        self._lock = lock

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.is_locked

    def release(self) -> None:
        """Give up the claim (idempotent): the lease file is removed, then unlocked."""
        lock, self._lock = self._lock, None
        if lock is None:
            return
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()
        lock.release()

    def __repr__(self) -> str:
        return f"Lease({self.build.name}, held={self.held})"


def _lease_mutex(index_dir: Path) -> FileLock:
    return FileLock(Path(index_dir) / LEASES_LOCK, timeout=LEASE_MUTEX_TIMEOUT, thread_local=False)


def take_lease(index_dir: Path) -> Lease | None:
    """A lease on the current build of index_dir (None when nothing was built yet).

    When the index folder is not writable (read-only media), the lease is not recorded: the build is
    then not protected from a cleanup, which cannot run there either.
    """
    index_dir = Path(index_dir)
    for _attempt in range(5):
        try:
            mutex = _lease_mutex(index_dir)
            with mutex:
                build = current_build(index_dir)
                if build is None:
                    return None
                if not (build / MANIFEST).is_file():
                    raise IndexError_(f"索引已损坏：当前版本 {build.name} 不完整，请重新运行 budget-qa ingest "
                                      "(the current build is incomplete)")
                leases = index_dir / LEASES
                leases.mkdir(exist_ok=True)
                path = leases / f"{build.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.lease"
                lock = FileLock(path, thread_local=False)
                lock.acquire(timeout=0)
                return Lease(build, path, lock)
        except Timeout:
            continue  # a cleanup is listing the leases: try again
        except PermissionError:
            build = current_build(index_dir)
            return None if build is None else Lease(build, None, None)
        except OSError as e:
            if e.errno in (30,):  # EROFS: read-only file system
                build = current_build(index_dir)
                return None if build is None else Lease(build, None, None)
            raise IndexError_(f"无法打开索引“{index_dir.name}”：{e.strerror or e} (cannot open the index)") from e
    raise IndexError_(f"索引“{index_dir.name}”正忙（清理旧版本中），请稍后再试 (the index is busy)")


def _leased(index_dir: Path, build_name: str) -> bool:
    """True when a live reader holds a lease on build_name; stale lease files are removed on the way."""
    leases = index_dir / LEASES
    if not leases.is_dir():
        return False
    live = False
    for path in leases.glob(f"{build_name}.*.lease"):
        probe = FileLock(path, thread_local=False)
        try:
            probe.acquire(timeout=0)
        except Timeout:
            live = True  # held by a reader that is alive
            continue
        except OSError:
            live = True  # cannot tell: keep the build
            continue
        try:
            path.unlink(missing_ok=True)  # its reader died without releasing it
        finally:
            probe.release()
    return live


# ---------------------------------------------------------------------------------------------
# Cleanup


def _remove_unused(index_dir: Path, *, keep: Path | None, stale_tmp: bool) -> list[str]:
    """Delete builds nobody uses: not current, not `keep`, not leased (and tmp-* ones when stale_tmp).

    The caller holds the write lock. Builds are renamed to trash-* under the lease mutex (so a
    reader never leases a folder being deleted) and removed after it is released.
    """
    builds = index_dir / "builds"
    if not builds.is_dir():
        return []
    removed: list[str] = []
    with _lease_mutex(index_dir):
        live = current_build(index_dir)
        keep_names = {p.name for p in (live, keep) if p is not None}
        for p in sorted(builds.iterdir()):
            name = p.name
            if name in keep_names or name.startswith("trash-") or not p.is_dir():
                continue
            if name.startswith("tmp-") and not stale_tmp:
                continue
            if not name.startswith("tmp-") and _leased(index_dir, name):
                continue
            with contextlib.suppress(OSError):
                p.rename(builds / f"trash-{uuid.uuid4().hex[:12]}")
                removed.append(name)
    for p in builds.glob("trash-*"):
        shutil.rmtree(p, ignore_errors=True)
    return removed


def _tidy(index_dir: Path, *, keep: Path | None, stale_tmp: bool) -> None:
    """_remove_unused for an ingest: a cleanup that cannot run now is not a failed ingest."""
    try:
        _remove_unused(index_dir, keep=keep, stale_tmp=stale_tmp)
    except (Timeout, OSError) as e:
        logger.warning("cleanup of %s skipped: %s", index_dir, e)


def sweep(index_dir: Path) -> list[str]:
    """Remove what killed ingests and old versions left behind, if no ingest is running now.

    Never waits: when a writer holds the lock, nothing is done. Returns the folder names removed.
    """
    index_dir = Path(index_dir)
    if not (index_dir / "builds").is_dir():
        return []
    lock = FileLock(index_dir / WRITE_LOCK, thread_local=False)
    try:
        lock.acquire(timeout=0)
    except (Timeout, OSError):
        return []
    try:
        return _remove_unused(index_dir, keep=None, stale_tmp=True)
    except (Timeout, OSError):
        return []
    finally:
        lock.release()


# ---------------------------------------------------------------------------------------------
# Signals: SIGTERM and the time limit become exceptions, so the tmp build is removed


class IngestTimeout(IndexError_):
    """An ingest ran longer than its time limit (nothing was written)."""


@contextlib.contextmanager
def _sigterm_cleans_up() -> Iterator[None]:
    """In the main thread, with no handler of the caller's: SIGTERM raises SystemExit(143), so `finally`
    and `except BaseException` blocks run (the tmp build is removed, the lock released) before exiting."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) not in (
            signal.SIG_DFL, None):
        yield
        return

    def on_term(signum, frame):  # noqa: ARG001
        raise SystemExit(128 + signal.SIGTERM)

    signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """In the main thread: raise IngestTimeout when the block runs longer than `seconds` (None: no limit)."""
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):  # noqa: ARG001
        raise IngestTimeout("建立索引超过时间上限，已停止；索引保持不变。可以用 --time-limit 放宽上限 "
                            "(ingest timed out; the index is unchanged)")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


# ---------------------------------------------------------------------------------------------
# Ingest


def _swap(index_dir: Path, new_build: Path) -> None:
    tmp_link = index_dir / f".current-{uuid.uuid4().hex}"
    os.symlink(os.path.relpath(new_build, index_dir), tmp_link)
    os.replace(tmp_link, index_dir / "current")  # atomic on POSIX


_PDF_MEMO: OrderedDict[tuple[str, str], ParsedDocument] = OrderedDict()
_PDF_MEMO_SIZE = 8
_PDF_MEMO_LOCK = threading.Lock()


def _read_parsed(path: str | Path) -> ParsedDocument:
    """read_document + parse; a PDF this process parsed already (same file, same bytes) is not parsed again:
    pdfplumber's layout analysis is most of a PDF's ingest after embedding (ParsedDocument is immutable)."""
    p = Path(path)
    key = None
    if p.suffix.lower() == ".pdf" and p.is_file():
        with contextlib.suppress(OSError):
            key = (str(p.resolve()), hashlib.sha256(p.read_bytes()).hexdigest())
    with _PDF_MEMO_LOCK:
        if key in _PDF_MEMO:
            _PDF_MEMO.move_to_end(key)
            return _PDF_MEMO[key]
    doc = parse(read_document(p))
    if key is not None and doc.source.sha256 == key[1]:
        with _PDF_MEMO_LOCK:
            _PDF_MEMO[key] = doc
            while len(_PDF_MEMO) > _PDF_MEMO_SIZE:
                _PDF_MEMO.popitem(last=False)
    return doc


def _read_all(paths: Sequence[str | Path]) -> list[ParsedDocument]:
    """Read and parse every document; the same document given twice is kept once, two versions refused."""
    docs: dict[str, ParsedDocument] = {}
    for p in paths:
        doc = _read_parsed(p)
        seen = docs.get(doc.doc_id)
        if seen is None:
            docs[doc.doc_id] = doc
        elif seen.source.sha256 != doc.source.sha256:
            raise DocumentError(doc.source.name, f"与 {seen.source.name} 是同一部门同一年度（{doc.doc_id}）的两个不同版本，"
                                                 "一次只能写入其中一个 (two versions of the same document)")
    return list(docs.values())


def ingest_paths(
    paths: Sequence[str | Path],
    index_dir: str | Path,
    *,
    embedder: Embeddings,
    progress: Progress | None = None,
    lock_timeout: float = LOCK_TIMEOUT,
    on_wait: Callable[[str], None] | None = None,
    time_limit: float | None = None,
) -> IngestResult:
    """Parse, store and embed documents into index_dir. Raises BudgetQAError; never half-writes.

    Waits up to `lock_timeout` seconds for another ingest of the same index (calling `on_wait`
    with a message first). `time_limit` (seconds, main thread only) bounds the whole ingest.
    """
    t0 = time.perf_counter()
    say = progress or (lambda _m, _f: None)
    index_dir = Path(index_dir)
    check_index_dir(index_dir)
    with _sigterm_cleans_up():
        say("读取文件", 0.0)
        with _time_limit(time_limit):
            docs = _read_all(paths)  # fail early, before any change and without holding the lock
        left = None if time_limit is None else time_limit - (time.perf_counter() - t0)
        try:
            (index_dir / LEASES).mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise IndexError_(f"无法创建索引目录“{index_dir.name}”：{e.strerror or e} (cannot create the index)") from e
        with writer_lock(index_dir, timeout=lock_timeout, on_wait=on_wait):
            _tidy(index_dir, keep=None, stale_tmp=True)  # we hold the lock: every tmp-* is stale
            with _time_limit(left):  # the time waited for another ingest does not count
                result = _ingest_locked(docs, index_dir, embedder, say, t0)
            _tidy(index_dir, keep=result.build_dir, stale_tmp=False)
    say("完成", 1.0)
    return result


def _ingest_locked(docs: list[ParsedDocument], index_dir: Path, embedder: Embeddings, say: Progress,
                   t0: float) -> IngestResult:
    live = current_build(index_dir)
    manifest = read_manifest(live) if live else {"documents": {}}
    embedder_name = getattr(embedder, "name", type(embedder).__name__)
    if live and (manifest.get("schema_version") != schema.SCHEMA_VERSION or manifest.get("embedder") != embedder_name):
        # another schema or embedder: rebuild from scratch, with the documents the old index held
        given = {d.doc_id for d in docs}
        for f in sorted(p for p in (live / "sources").glob("*") if p.suffix in (".txt", ".pdf")):
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
            try:
                vstore = _write_docs(conn, new, todo, embedder, say)
            except sqlite3.IntegrityError as e:
                if "UNIQUE" not in str(e):
                    raise  # a bug in what we write, not a problem of the document
                names = "、".join(d.source.name for d in todo)
                raise DocumentError(names, "同一张表格或同一行出现了两次（文件可能被重复拼接），无法写入 "
                                           "(the document repeats a table or row)") from e
            conn.commit()
            say("写出向量", 0.99)
            from . import vectors

            order = conn.execute("SELECT chunk_id, doc_id, kind FROM chunks ORDER BY doc_id, rowid").fetchall()
            vectors.export(vstore, order, new)  # what readers map: no load at start, any number of documents
            conn.execute("VACUUM")
        finally:
            conn.close()
        (new / "sources").mkdir(exist_ok=True)
        for d in todo:
            for old in new.glob(f"{stored_name(d.doc_id, '')}.*"):
                old.unlink()  # a document that changed format (txt <-> pdf) keeps one copy
            target = new / stored_name(d.doc_id, ".pdf" if d.source.is_pdf else ".txt")
            if d.source.is_pdf and d.source.data is not None:
                target.write_bytes(d.source.data)  # the original PDF: citations show its pages
            else:
                target.write_text(d.source.text, encoding="utf-8")
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
    return IngestResult(index_dir, tuple(d.doc_id for d in todo), unchanged, final, time.perf_counter() - t0)


def stored_name(doc_id: str, suffix: str) -> str:
    """Where a build keeps a copy of a document's original file, relative to the build folder."""
    return f"sources/{hashlib.sha1(doc_id.encode('utf-8')).hexdigest()[:16]}{suffix}"


def _write_docs(conn: sqlite3.Connection, build: Path, docs: list[ParsedDocument], embedder: Embeddings,
                say: Callable[[str, float], None]):
    from . import consistency, search, vectors
    from .chunks import chunks_for

    vstore = vectors.open_store(build / CHROMA_DIR, embedder)
    n = len(docs)
    for i, doc in enumerate(docs):
        base = i / n
        say(f"解析并写入 {doc.source.name}", base)
        store.write_document(conn, doc, stored=stored_name(doc.doc_id, ".pdf" if doc.source.is_pdf else ".txt"))
        report = consistency.check_document(conn, doc.doc_id)
        consistency.write_findings(conn, report.findings)
        chunks = chunks_for(doc)
        vectors.delete_doc(vstore, doc.doc_id)
        vectors.write_chunk_rows(conn, chunks)
        search.write_fts(conn, chunks, (w for (w,) in conn.execute(
            "SELECT DISTINCT display FROM lexicon WHERE doc_id = ?", (doc.doc_id,))))
        say(f"向量化 {len(chunks)} 段文本", base + 0.3 / n)
        vectors.write_chunks(
            vstore, chunks,
            progress=lambda done, total, b=base: say(f"向量化 {done}/{total}", b + (0.3 + 0.7 * done / total) / n),
        )
    return vstore


def open_readonly(build: Path) -> sqlite3.Connection:
    """A read-only connection to a build's database (answering never writes)."""
    db = build / DB_NAME
    if not db.is_file():
        raise IndexError_(f"索引不完整：{build.name} 缺少 {DB_NAME}，请重新运行 budget-qa ingest "
                          "(index is missing its database)")
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
    try:
        v = schema.version(conn)
    except sqlite3.DatabaseError as e:
        conn.close()
        raise IndexError_(f"索引已损坏：{DB_NAME} 不是有效的 SQLite 数据库，请重新运行 budget-qa ingest "
                          "(corrupt index)") from e
    if v != schema.SCHEMA_VERSION:
        conn.close()
        raise IndexError_(f"索引版本 {v} 与程序版本 {schema.SCHEMA_VERSION} 不符，请重新运行 budget-qa ingest")
    return conn


__all__ = ["IngestResult", "ingest_paths", "current_build", "open_readonly", "read_manifest", "BudgetQAError",
           "Lease", "take_lease", "sweep", "writer_lock", "check_index_dir", "IngestTimeout", "LOCK_TIMEOUT"]
