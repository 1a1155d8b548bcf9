"""Open an index for answering: a reader that follows the index's newest build.

    open_engine(index=None) -> IndexReader
        index None: the configured index (BUDGET_QA_INDEX or .budget-qa/index), built from data/ on first use.
        index given: it must exist; a missing or mistyped folder is an IndexError_ saying how to build it.

An `IndexReader` answers like an `Engine` (`ask`, `ask_many`, and every other Engine attribute through
delegation) and adds two promises:

- It holds a lease on the build it answers from (`ingest.build.take_lease`), so no cleanup deletes
  that build while it is open.
- Before each question it looks at the index's `current` link (one readlink). When an ingest has
  published a newer build, it opens that one, answers from it, and closes the old engine and its
  lease once no question is using it any more. A build that fails to open is reported in the log
  and skipped; the reader keeps answering from the build it has.

Nothing here writes to a build. The only files a reader creates are its own lease files.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from langchain_core.embeddings import Embeddings

from .answer import Answer, refusal
from .config import Settings, bundled_documents
from .errors import BudgetQAError, IndexError_

logger = logging.getLogger(__name__)

_readers: dict[tuple[str, str], IndexReader] = {}
_swept: set[str] = set()  # index folders tidied by this process (once each)
_lock = threading.Lock()

EngineFactory = Callable[[Path, Embeddings | None], object]


def missing_index_error(index_dir: Path, shown: str) -> IndexError_:
    return IndexError_(
        f"索引“{index_dir.name}”不存在（这个目录里还没有建立索引）。请检查 --index 是否写错；"
        f"要建立它，请运行：budget-qa ingest 预算文件.txt --index {shown} (no index there yet)")


def ensure_index(index_dir: Path, *, settings: Settings, embedder: Embeddings, progress=None,
                 build_missing: bool = True, shown: str | None = None) -> Path:
    """The live build folder of index_dir.

    When there is no index yet, it is built from settings.data_dir if build_missing (the configured
    index), else IndexError_ says that the index does not exist and how to build it. An index built
    by an older version is rebuilt from the documents it holds.
    """
    from ingest import schema
    from ingest.build import check_index_dir, current_build, ingest_paths, read_manifest, sweep

    index_dir = Path(index_dir)
    check_index_dir(index_dir)
    build = current_build(index_dir)
    if build is not None:
        if not (build / "budget.sqlite").is_file():
            raise IndexError_(f"索引已损坏：{build.name} 缺少数据库 budget.sqlite，请重新运行 budget-qa ingest "
                              "(corrupt index)")
        if read_manifest(build).get("schema_version") != schema.SCHEMA_VERSION:
            # built by an older version: rebuild it from the documents it holds (atomic, like any ingest)
            return ingest_paths([], index_dir, embedder=embedder, progress=progress).build_dir
        key = str(index_dir.resolve())
        if key not in _swept:  # once per process: leftovers of killed ingests, unused old builds
            _swept.add(key)
            sweep(index_dir)
        return build
    if not build_missing:
        raise missing_index_error(index_dir, shown or str(index_dir))
    docs = bundled_documents(settings.data_dir)
    if not docs:
        raise IndexError_(f"还没有索引，{settings.data_dir.name}/ 里也没有预算文件：请先运行 budget-qa ingest 文件路径")
    return ingest_paths(docs, index_dir, embedder=embedder, progress=progress).build_dir


def _new_engine(build: Path, embedder: Embeddings | None):
    from .engine import Engine

    return Engine(build, embedder=embedder)


@dataclass(eq=False)
class _Slot:
    """One open build: its engine, its lease, how many questions are using it, and whether it was replaced."""

    engine: object
    lease: object
    users: int = 0
    retired: bool = False

    def close(self) -> None:
        try:
            self.engine.close()
        finally:
            self.lease.release()


class _State:
    """The reader's mutable part, kept apart so that a finalizer can close it without the reader."""

    def __init__(self) -> None:
        self.slot: _Slot | None = None
        self.closed = False

    def close(self) -> None:
        slot, self.slot, self.closed = self.slot, None, True
        if slot is not None:
            slot.close()


class IndexReader:
    """Answers from the newest build of an index folder; see the module docstring."""

    def __init__(self, index_dir: str | Path, *, embedder: Embeddings | None = None,
                 engine_factory: EngineFactory | None = None) -> None:
        self.index_dir = Path(index_dir)
        self.embedder = embedder
        self._factory = engine_factory or _new_engine
        self._mutex = threading.Lock()
        self._skipped: str | None = None  # a newer build that failed to open (not retried)
        self._state = _State()
        slot = self._open()
        if slot is None:
            raise missing_index_error(self.index_dir, str(self.index_dir))
        self._state.slot = slot
        self._finalizer = weakref.finalize(self, _State.close, self._state)

    # ------------------------------------------------------------------ opening and switching

    def _open(self) -> _Slot | None:
        from ingest.build import take_lease

        lease = take_lease(self.index_dir)
        if lease is None:
            return None
        try:
            engine = self._factory(lease.build, self.embedder)
        except BaseException:
            lease.release()
            raise
        return _Slot(engine, lease)

    def _current_name(self) -> str | None:
        try:
            return os.path.basename(os.readlink(self.index_dir / "current"))
        except OSError:
            return None

    def _take(self) -> _Slot:
        """The slot to answer from, switching first when a newer build was published; marks it in use."""
        with self._mutex:
            state = self._state
            if state.closed or state.slot is None:
                raise IndexError_("这个索引读取器已经关闭 (the index reader is closed)")
            slot = state.slot
            name = self._current_name()
            if name and name != slot.lease.build.name and name != self._skipped:
                try:
                    new = self._open()
                except (BudgetQAError, OSError, ValueError, sqlite3.Error) as e:
                    logger.warning("cannot switch %s to build %s; still answering from %s: %s",
                                   self.index_dir, name, slot.lease.build.name, e)
                    self._skipped = name
                    new = None
                if new is not None:
                    state.slot = new
                    slot.retired = True
                    if slot.users == 0:
                        slot.close()
                    slot = new
            slot.users += 1
            return slot

    def _give_back(self, slot: _Slot) -> None:
        with self._mutex:
            slot.users -= 1
            if slot.retired and slot.users == 0:
                slot.close()

    def refresh(self) -> Path:
        """Switch to the newest build now (if there is one); returns the build folder answered from."""
        slot = self._take()
        self._give_back(slot)
        return slot.lease.build

    # ------------------------------------------------------------------ answering

    def ask(self, question: str, **kwargs) -> Answer:
        """Answer one question from the newest build (keyword arguments go to Engine.ask)."""
        slot = self._take()
        try:
            return slot.engine.ask(question, **kwargs)
        finally:
            self._give_back(slot)

    def ask_many(self, questions: Iterable[str], *, progress: Callable[[int, int], None] | None = None,
                 **kwargs) -> list[Answer]:
        """Answer many questions in order; a bad question yields a refusal with `error` set."""
        qs = list(questions)
        out = []
        for i, text in enumerate(qs, 1):
            try:
                out.append(self.ask(text, **kwargs))
            except BudgetQAError as e:
                out.append(refusal(str(text), f"无法回答：{e}", error=str(e)))
            if progress:
                progress(i, len(qs))
        return out

    def documents(self):
        self.refresh()
        return self.engine.documents()

    def findings(self, *args, **kwargs):
        self.refresh()
        return self.engine.findings(*args, **kwargs)

    # ------------------------------------------------------------------ the rest

    @property
    def engine(self):
        """The Engine of the build answered from now."""
        slot = self._state.slot
        if slot is None:
            raise IndexError_("这个索引读取器已经关闭 (the index reader is closed)")
        return slot.engine

    @property
    def build_dir(self) -> Path:
        return self.engine.build_dir

    @property
    def closed(self) -> bool:
        return self._state.closed

    def close(self) -> None:
        """Close the engine and release the lease (idempotent)."""
        with self._mutex:
            self._state.close()
        self._finalizer.detach()

    def __enter__(self) -> IndexReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __getattr__(self, name: str):
        # everything else an Engine offers (conn, catalog, warnings, …), from the build answered from now
        state = self.__dict__.get("_state")
        if name.startswith("_") or state is None or state.slot is None:
            raise AttributeError(name)
        return getattr(state.slot.engine, name)

    def __repr__(self) -> str:
        slot = self._state.slot
        return f"IndexReader({self.index_dir}, build={slot.lease.build.name if slot else None})"


def open_engine(index: str | Path | None = None, *, embedder: Embeddings | None = None,
                settings: Settings | None = None, progress=None, cached: bool = True) -> IndexReader:
    """A reader over `index` that follows its newest build (see IndexReader).

    index None means the configured index, built from data/ on first use; a given index must exist.
    cached=True shares one reader per (index folder, embedder) in this process.
    """
    from ingest import embedders

    settings = settings or Settings.from_env()
    index_dir = Path(index) if index is not None else settings.index_dir
    embedder = embedder or embedders.make_embedder(settings.embedder)
    ensure_index(index_dir, settings=settings, embedder=embedder, progress=progress,
                 build_missing=index is None, shown=str(index) if index is not None else None)
    if not cached:
        return IndexReader(index_dir, embedder=embedder)
    key = (str(index_dir.resolve()), getattr(embedder, "name", type(embedder).__name__))
    with _lock:
        reader = _readers.get(key)
        if reader is None or reader.closed:
            reader = IndexReader(index_dir, embedder=embedder)
            _readers[key] = reader
        return reader
