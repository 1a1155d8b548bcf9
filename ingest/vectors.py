"""The vector store (a persistent Chroma collection) and the SQLite mirror of the chunks.

Chroma holds one record per chunk: id = chunk_id, document = `Chunk.search_text` (what is
embedded), metadata = `Chunk.metadata()`. The collection uses cosine space and never an
embedding function of Chroma's own: texts are embedded by the `Embeddings` we pass in, so nothing
is ever downloaded. Telemetry is off. Chroma's result shapes are converted to plain tuples here,
in `dense_search`, and nowhere else.

Answering never writes. chromadb 1.5 has no read-only client: a `PersistentClient` writes
`chroma.sqlite3` when it opens and the HNSW files on the first read (chroma-core/chroma#1438). So
when a build is finished its vectors are exported (`export`) as one float32 array of unit vectors,
`vectors.npy`, with their ids, documents and kinds in `vectors.json`, one document's chunks
together. A *published* build (a folder under `builds/` not named `tmp-*`; published builds are
immutable) is read through a read-only memory map of that array (`StoredVectors`): nothing is loaded
at start, whatever the number of documents, and a search scoped to one document reads only its
rows; searches are exact cosine searches. A published build without the export (an older version)
is read, in pages, from a private temporary copy of its chroma folder. Measured at 300 documents
(61,920 chunks): opening 0.04 s, peak RSS 432 MB, scoped text p95 37.5 ms (`python -m benchmarks
--scale`). A build in progress (`tmp-*`) or any other folder (tests) is opened with Chroma for writing.

chromadb and langchain_chroma are imported when a store is opened, not at import time.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .chunks import Chunk
from .errors import IndexError_

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_core.embeddings import Embeddings

logger = logging.getLogger(__name__)

COLLECTION = "budget_chunks"

_COLUMNS = ("chunk_id", "doc_id", "kind", "text", "source", "line", "end_line", "section", "table_code",
            "table_no", "row_no")


def is_published(chroma_dir: Path) -> bool:
    """True for the chroma folder of a published build (`<index>/builds/<id>/chroma`, id not tmp-*)."""
    build = Path(chroma_dir).parent
    return build.parent.name == "builds" and not build.name.startswith(("tmp-", "trash-"))


def open_store(chroma_dir: Path, embedder: Embeddings, *, readonly: bool | None = None) -> Chroma | StoredVectors:
    """Open the chunk collection in chroma_dir, embedding with `embedder`.

    readonly=None decides by the folder: a published build is read-only (`StoredVectors`, nothing on
    disk is touched), anything else is a writable Chroma store (created when missing).
    Raises IndexError_ when a read-only store is missing or damaged.
    """
    if readonly is None:
        readonly = is_published(chroma_dir)
    if readonly:
        return StoredVectors.load(Path(chroma_dir), embedder)
    import chromadb
    import chromadb.config
    from langchain_chroma import Chroma

    Path(chroma_dir).mkdir(parents=True, exist_ok=True)
    client = chromadb.PersistentClient(
        path=str(chroma_dir),
        settings=chromadb.config.Settings(anonymized_telemetry=False, allow_reset=False),
    )
    return Chroma(
        client=client,
        collection_name=COLLECTION,
        embedding_function=embedder,
        collection_metadata={"hnsw:space": "cosine"},
    )


def _damaged(chroma_dir: Path, what: str) -> IndexError_:
    return IndexError_(f"向量库已损坏（{chroma_dir.name}/{what}）：文本检索无法使用，数字问题不受影响。"
                       "请重新运行 budget-qa ingest 重建索引 (the vector store is damaged; re-ingest)")


def _read_copy(chroma_dir: Path) -> dict:
    """Every record of the collection (ids, embeddings, metadatas, documents), read from a private copy."""
    import chromadb
    import chromadb.config

    if not (chroma_dir / "chroma.sqlite3").is_file():
        raise _damaged(chroma_dir, "chroma.sqlite3 缺失")
    tmp = Path(tempfile.mkdtemp(prefix="budget-qa-vectors-"))
    try:
        copy = tmp / "chroma"
        try:
            shutil.copytree(chroma_dir, copy)
        except OSError as e:
            raise _damaged(chroma_dir, f"无法读取：{e.strerror or type(e).__name__}") from e
        settings = chromadb.config.Settings(anonymized_telemetry=False, allow_reset=False)
        # chromadb raises its own errors, sqlite3's, Rust panics as BaseException subclasses and ValueErrors
        # on a damaged folder; at this boundary every one becomes "damaged, re-ingest" (logged in full)
        try:
            client = chromadb.PersistentClient(path=str(copy), settings=settings)
            try:
                collection = client.get_collection(COLLECTION, embedding_function=None)
                return _read_all(collection, ["embeddings", "metadatas", "documents"])
            finally:
                client.close()
        except Exception as e:
            logger.warning("cannot read the vector store %s", chroma_dir, exc_info=True)
            raise _damaged(chroma_dir, "chroma.sqlite3") from e
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


PAGE = 5000  # records per read: Chroma's get() of a whole large collection exceeds SQLite's variable limit


def _read_all(collection, include: list[str]) -> dict:
    """Every record of a collection, read in pages."""
    out: dict = {"ids": [], **{k: [] for k in include}}
    offset = 0
    while True:
        got = collection.get(include=include, limit=PAGE, offset=offset)
        ids = got.get("ids") or []
        if not ids:
            return out
        out["ids"] += list(ids)
        for k in include:
            part = got.get(k)
            out[k] += list(part) if part is not None and len(part) else [None] * len(ids)
        offset += len(ids)


def export(store: Chroma, chunk_order: Sequence[tuple[str, str, str]], folder: Path) -> None:
    """Write the vectors of a finished build as a plain array the readers map (`VECTORS`, `VECTOR_META`).

    `chunk_order` is (chunk_id, doc_id, kind) in the order to store them: one document's chunks together,
    so a question about one document reads only its rows. Vectors are unit length (cosine = dot product).
    """
    import json

    import numpy as np

    collection = store._collection  # noqa: SLF001 - the one place that talks to the Chroma collection
    ids = [c for c, _, _ in chunk_order]
    found: dict[str, list[float]] = {}
    for start in range(0, len(ids), PAGE):
        got = collection.get(ids=ids[start : start + PAGE], include=["embeddings"])
        found.update(zip(got["ids"], got["embeddings"], strict=True))
    missing = [i for i in ids if i not in found]
    if missing:
        raise IndexError_(f"向量库缺少 {len(missing)} 段文本的向量（例如 {missing[0]}），索引未更新 "
                          "(the vector store lost chunks)")
    dim = len(next(iter(found.values()))) if found else 0
    vecs = np.asarray([found[i] for i in ids], dtype=np.float32).reshape(len(ids), dim)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True) if len(ids) else np.ones((0, 1), np.float32)
    vecs = vecs / np.where(norms == 0, 1.0, norms)
    np.save(folder / VECTORS, vecs.astype(np.float32))
    (folder / VECTOR_META).write_text(json.dumps({
        "ids": ids, "doc_id": [d for _, d, _ in chunk_order], "kind": [k for _, _, k in chunk_order],
    }, ensure_ascii=False), encoding="utf-8")


VECTORS = "vectors.npy"  # in the build folder, beside chroma/: float32, one unit vector per chunk
VECTOR_META = "vectors.json"  # their chunk ids, documents and kinds, in the same order


class StoredVectors:
    """The chunk vectors of a published build, mapped read-only (or held in memory): never written.

    It answers `similarity_search_with_score` like langchain's Chroma (cosine distance, best first),
    which is all `dense_search` needs. It cannot be written to.
    """

    def __init__(self, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict],
                 documents: Sequence[str] | None, embedder: Embeddings, *, normalized: bool = False) -> None:
        import numpy as np

        self.ids = list(ids)
        if normalized:
            self._unit = vectors  # as exported (possibly a read-only memory map)
        else:
            norms = np.linalg.norm(vectors, axis=1, keepdims=True) if len(ids) else np.ones((0, 1))
            self._unit = (vectors / np.where(norms == 0, 1.0, norms)).astype(np.float32)
        self.metadatas = [dict(m or {}) for m in metadatas]
        self.documents = list(documents) if documents is not None else None
        self.embeddings = embedder
        self._columns: dict[str, np.ndarray] = {}

    @classmethod
    def load(cls, chroma_dir: Path, embedder: Embeddings) -> StoredVectors:
        """Load a build's vectors: the exported array when the build has one (mapped, not read), else every
        record of the Chroma collection (read from a temporary copy; chroma_dir itself is only read)."""
        import numpy as np

        if (chroma_dir.parent / VECTORS).is_file():
            return cls._load_export(chroma_dir.parent, embedder)
        if not chroma_dir.is_dir():
            raise _damaged(chroma_dir, "文件夹缺失")
        got = _read_copy(chroma_dir)
        ids = got.get("ids") or []
        raw = got.get("embeddings")
        vectors = np.asarray(raw if raw is not None and len(raw) else np.zeros((0, 1)), dtype=np.float32)
        if vectors.ndim != 2 or len(vectors) != len(ids) or not np.isfinite(vectors).all():
            raise _damaged(chroma_dir, "向量数据")
        return cls(ids, vectors, got.get("metadatas") or [{}] * len(ids), got.get("documents") or [""] * len(ids),
                   embedder)

    @classmethod
    def _load_export(cls, build: Path, embedder: Embeddings) -> StoredVectors:
        import json

        import numpy as np

        try:
            vecs = np.load(build / VECTORS, mmap_mode="r", allow_pickle=False)
            meta = json.loads((build / VECTOR_META).read_text(encoding="utf-8"))
            ids, docs, kinds = meta["ids"], meta["doc_id"], meta["kind"]
        except (OSError, ValueError, KeyError, TypeError) as e:
            logger.warning("cannot read the exported vectors of %s", build, exc_info=True)
            raise _damaged(build / "chroma", VECTORS) from e
        if vecs.ndim != 2 or vecs.dtype != np.float32 or not (len(vecs) == len(ids) == len(docs) == len(kinds)):
            raise _damaged(build / "chroma", VECTORS)
        store = cls(ids, vecs, [{}] * 0, None, embedder, normalized=True)
        store._columns = {"doc_id": np.asarray(docs, dtype=object), "kind": np.asarray(kinds, dtype=object)}
        return store

    def __len__(self) -> int:
        return len(self.ids)

    def _column(self, key: str) -> np.ndarray:
        import numpy as np

        if key not in self._columns:
            self._columns[key] = np.asarray([m.get(key) for m in self.metadatas] if self.metadatas
                                            else [None] * len(self.ids), dtype=object)
        return self._columns[key]

    def _mask(self, where: dict) -> np.ndarray:
        """Chroma's `where` filter over every record at once: the subset we use (field equality, $eq/$ne/$in/$nin,
        $and/$or)."""
        import numpy as np

        keep = np.ones(len(self.ids), bool)
        for key, cond in where.items():
            if key == "$and":
                for c in cond:
                    keep &= self._mask(c)
            elif key == "$or":
                any_ = np.zeros(len(self.ids), bool)
                for c in cond:
                    any_ |= self._mask(c)
                keep &= any_
            else:
                col = self._column(key)
                for op, arg in (cond.items() if isinstance(cond, dict) else (("$eq", cond),)):
                    if op == "$eq":
                        keep &= col == arg
                    elif op == "$ne":
                        keep &= col != arg
                    elif op in ("$in", "$nin"):
                        hit = np.isin(col, np.asarray(list(arg), dtype=object))
                        keep &= hit if op == "$in" else ~hit
                    else:
                        raise ValueError(f"unsupported filter operator {op!r}")
        return keep

    def similarity_search_with_score(self, query: str, k: int = 4, filter: dict | None = None,  # noqa: A002
                                     **_: object) -> list[tuple[Document, float]]:
        """The k nearest records to `query` as (Document, cosine distance), nearest first."""
        import numpy as np
        from langchain_core.documents import Document

        if not self.ids or k <= 0:
            return []
        q = np.asarray(self.embeddings.embed_query(query), dtype=np.float32)
        n = float(np.linalg.norm(q))
        if q.shape != (self._unit.shape[1],) or not n:
            return []
        q = q / n
        if filter:
            cand = np.flatnonzero(self._mask(filter))
            if not len(cand):
                return []
            lo, hi = int(cand[0]), int(cand[-1]) + 1
            # one document's rows are stored together: read only that slice of the (mapped) array
            block = np.asarray(self._unit[lo:hi]) @ q if hi - lo < len(self.ids) else np.asarray(self._unit) @ q
            sims_c = block[cand - lo] if hi - lo < len(self.ids) else block[cand]
        else:
            cand = np.arange(len(self.ids))
            sims_c = np.asarray(self._unit) @ q
        order = np.lexsort((cand, -sims_c))[:k]
        out = []
        for j in order:
            i = int(cand[j])
            text = self.documents[i] if self.documents is not None else ""
            meta = self.metadatas[i] if self.metadatas else {c: v[i] for c, v in self._columns.items()}
            out.append((Document(id=self.ids[i], page_content=text or "", metadata=meta), 1.0 - float(sims_c[j])))
        return out

    def delete(self, *_: object, **__: object) -> None:
        raise IndexError_("已发布的索引是只读的：请用 budget-qa ingest 修改索引 (a published build is read-only)")


def write_chunks(
    store: Chroma,
    chunks: Sequence[Chunk],
    *,
    batch: int = 128,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Embed and upsert chunks in batches; progress(done, total) after each batch."""
    total = len(chunks)
    embedder = store.embeddings
    for start in range(0, total, batch):
        part = chunks[start : start + batch]
        # embed the compact text, store the readable one (langchain's add_texts would embed what it stores)
        vectors = embedder.embed_documents([c.embed_text for c in part])
        store._collection.upsert(  # noqa: SLF001 - the one place that talks to the Chroma collection
            ids=[c.chunk_id for c in part],
            embeddings=vectors,
            documents=[c.search_text for c in part],
            metadatas=[c.metadata() for c in part],
        )
        if progress:
            progress(min(start + batch, total), total)


def delete_doc(store: Chroma, doc_id: str) -> None:
    """Remove every chunk of one document from the store."""
    store.delete(where={"doc_id": doc_id})


def dense_search(
    store: Chroma, query: str, k: int, doc_id: str | None = None, *, kinds: Iterable[str] | None = None
) -> list[tuple[str, float]]:
    """The k nearest chunks to `query` as (chunk_id, cosine similarity), best first."""
    clauses: list[dict] = []
    if doc_id is not None:
        clauses.append({"doc_id": doc_id})
    if kinds is not None:
        clauses.append({"kind": {"$in": list(kinds)}})
    where = clauses[0] if len(clauses) == 1 else ({"$and": clauses} if clauses else None)
    results = store.similarity_search_with_score(query, k=k, filter=where)
    return [(doc.id, 1.0 - float(distance)) for doc, distance in results if doc.id is not None]


# ---------------------------------------------------------------- SQLite mirror


def write_chunk_rows(conn: sqlite3.Connection, chunks: Iterable[Chunk]) -> None:
    """Insert chunks into the `chunks` table (removing a document's old rows is done elsewhere)."""
    marks = ", ".join("?" for _ in _COLUMNS)
    conn.executemany(
        f"INSERT INTO chunks ({', '.join(_COLUMNS)}) VALUES ({marks})",  # noqa: S608 - fixed column names
        [tuple(getattr(c, col) for col in _COLUMNS) for c in chunks],
    )


def load_chunks(conn: sqlite3.Connection, doc_ids: Iterable[str] | None = None) -> list[Chunk]:
    """Chunks from SQLite, in document order; all documents when doc_ids is None."""
    sql = f"SELECT {', '.join(_COLUMNS)} FROM chunks"  # noqa: S608 - fixed column names
    params: tuple = ()
    if doc_ids is not None:
        params = tuple(doc_ids)
        if not params:
            return []
        sql += f" WHERE doc_id IN ({', '.join('?' for _ in params)})"
    sql += " ORDER BY doc_id, kind, line, chunk_id"
    return [Chunk(**dict(zip(_COLUMNS, row, strict=True))) for row in conn.execute(sql, params)]
