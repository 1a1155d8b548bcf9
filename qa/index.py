"""Open an index, building it from the bundled documents on first use."""

from __future__ import annotations

import threading
from pathlib import Path

from langchain_core.embeddings import Embeddings

from .config import Settings, bundled_documents
from .errors import IndexError_

_engines: dict[tuple[str, str], object] = {}
_lock = threading.Lock()


def ensure_index(index_dir: Path, *, settings: Settings, embedder: Embeddings, progress=None) -> Path:
    """The live build folder of index_dir; builds it from settings.data_dir when it does not exist yet."""
    from ingest import schema
    from ingest.build import current_build, ingest_paths, read_manifest

    build = current_build(index_dir)
    if build is not None:
        if not (build / "budget.sqlite").exists():
            raise IndexError_(f"索引已损坏：{build} 缺少数据库，请重新运行 budget-qa ingest (corrupt index)")
        if read_manifest(build).get("schema_version") != schema.SCHEMA_VERSION:
            # built by an older version: rebuild it from the documents it holds (atomic, like any ingest)
            return ingest_paths([], index_dir, embedder=embedder, progress=progress).build_dir
        return build
    docs = bundled_documents(settings.data_dir)
    if not docs:
        raise IndexError_(f"还没有索引，{settings.data_dir} 里也没有预算文件：请先运行 budget-qa ingest 文件路径")
    return ingest_paths(docs, index_dir, embedder=embedder, progress=progress).build_dir


def open_engine(index: str | Path | None = None, *, embedder: Embeddings | None = None,
                settings: Settings | None = None, progress=None, cached: bool = True):
    """An Engine over `index` (default: the configured index), building the index on first use."""
    from ingest import embedders

    from .engine import Engine

    settings = settings or Settings.from_env()
    index_dir = Path(index) if index else settings.index_dir
    embedder = embedder or embedders.make_embedder(settings.embedder)
    build = ensure_index(index_dir, settings=settings, embedder=embedder, progress=progress)
    key = (str(build), getattr(embedder, "name", type(embedder).__name__))
    if not cached:
        return Engine(build, embedder=embedder)
    with _lock:
        eng = _engines.get(key)
        if eng is None:
            eng = Engine(build, embedder=embedder)
            _engines[key] = eng
        return eng
