"""The vector store (a persistent Chroma collection) and the SQLite mirror of the chunks.

Chroma holds one record per chunk: id = chunk_id, document = `Chunk.search_text` (what is
embedded), metadata = `Chunk.metadata()`. The collection uses cosine space and never an
embedding function of Chroma's own: texts are embedded by the `Embeddings` we pass in, so nothing
is ever downloaded. Telemetry is off. Chroma's result shapes are converted to plain tuples here,
in `dense_search`, and nowhere else.

chromadb and langchain_chroma are imported when a store is opened, not at import time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .chunks import Chunk

if TYPE_CHECKING:  # pragma: no cover
    from langchain_chroma import Chroma
    from langchain_core.embeddings import Embeddings

COLLECTION = "budget_chunks"

_COLUMNS = ("chunk_id", "doc_id", "kind", "text", "source", "line", "end_line", "section", "table_code",
            "table_no", "row_no")


def open_store(chroma_dir: Path, embedder: Embeddings) -> Chroma:
    """Open (or create) the chunk collection in chroma_dir, embedding with `embedder`."""
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
