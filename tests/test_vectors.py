"""The vector store at size: a real Chroma collection, exported and mapped the way readers use it."""

from __future__ import annotations

import numpy as np
import pytest

from ingest import vectors


class _Fixed:
    """Embeddings of a fixed table: the query's vector is looked up by its text."""

    def __init__(self, table: dict[str, list[float]]):
        self.table = table

    def embed_query(self, text: str) -> list[float]:
        return self.table[text]

    def embed_documents(self, texts):
        return [self.table[t] for t in texts]


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    """33,000 records in three documents: past SQLite's 32,766 variables that one get() of them all needs."""
    rng = np.random.default_rng(7)
    n = 33_000
    vecs = rng.normal(size=(n, 8)).astype(np.float32)
    docs = [f"doc-{i % 3}" for i in range(n)]
    folder = tmp_path_factory.mktemp("vectors") / "build"
    store = vectors.open_store(folder / "chroma", _Fixed({}), readonly=False)
    for start in range(0, n, 4000):
        part = range(start, min(start + 4000, n))
        store._collection.upsert(ids=[f"c{i}" for i in part], embeddings=vecs[list(part)].tolist(),
                                 documents=[f"t{i}" for i in part],
                                 metadatas=[{"doc_id": docs[i], "kind": "narrative" if i % 2 else "table_row"}
                                            for i in part])
    order = sorted(((f"c{i}", docs[i], "narrative" if i % 2 else "table_row") for i in range(n)),
                   key=lambda x: x[1])
    vectors.export(store, order, folder)
    return folder, vecs, docs


def _brute(vecs, q, keep, k):
    unit = vecs / np.linalg.norm(vecs, axis=1, keepdims=True)
    sims = unit @ (q / np.linalg.norm(q))
    idx = [i for i in np.argsort(-sims) if keep(i)][:k]
    return [f"c{i}" for i in idx]


def test_a_large_collection_is_exported_whole_and_searched_exactly(big_store):
    folder, vecs, docs = big_store
    q = [0.3, -1.0, 0.2, 0.9, 0.0, 0.4, -0.2, 1.1]
    store = vectors.StoredVectors.load(folder / "chroma", _Fixed({"q": q}))
    assert len(store) == len(vecs)
    got = [cid for cid, _ in vectors.dense_search(store, "q", 5)]
    assert got == _brute(vecs, np.asarray(q), lambda i: True, 5)
    one = [cid for cid, _ in vectors.dense_search(store, "q", 5, "doc-1", kinds=["narrative"])]
    assert one == _brute(vecs, np.asarray(q), lambda i: docs[i] == "doc-1" and i % 2 == 1, 5)


def test_the_collection_itself_is_read_in_pages(big_store, tmp_path):
    """Without the export (an older build), every record is still read: no 'too many SQL variables'."""
    import shutil

    folder, vecs, _docs = big_store
    build = tmp_path / "builds" / "abc123"
    shutil.copytree(folder / "chroma", build / "chroma")
    store = vectors.open_store(build / "chroma", _Fixed({}))  # a published build: read-only
    assert isinstance(store, vectors.StoredVectors) and len(store) == len(vecs)


def test_passages_embedded_again_get_the_vectors_a_fresh_model_gives():
    # the embedder keeps the passages it embedded (an ingest that re-embeds a document costs nothing)
    from ingest.embedders import E5Embedder

    e = E5Embedder()
    a, b = e.embed_documents(["基本支出", "项目支出"])
    b2, a2, c = e.embed_documents(["项目支出", "基本支出", "政府采购预算"])
    assert a2 == a and b2 == b
    fresh = E5Embedder().embed_documents(["政府采购预算", "基本支出"])
    assert np.allclose(fresh[0], c, atol=1e-5) and np.allclose(fresh[1], a, atol=1e-5)
    assert not np.allclose(a, b)


def test_a_question_embedded_again_gets_the_vector_a_fresh_model_gives():
    from ingest.embedders import E5Embedder

    e = E5Embedder()
    q = e.embed_query("query: 部门的主要职责有哪些")
    assert e.embed_query("query: 部门的主要职责有哪些") == q
    e.forget_queries()
    fresh = E5Embedder().embed_query("query: 部门的主要职责有哪些")
    assert np.allclose(e.embed_query("query: 部门的主要职责有哪些"), fresh, atol=1e-5)
    assert not np.allclose(e.embed_query("query: 项目支出"), q)
