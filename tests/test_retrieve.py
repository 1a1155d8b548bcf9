"""The vector store round trip (ingest.vectors) and hybrid retrieval (qa.retrieve) on the real document.

Real SQLite, a real Chroma in tmp_path, the deterministic bigram embedder from tests/fakes.py; the
test marked `integration` uses the real E5 model (about a minute and a half on two cores).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from ingest import schema, search, store, vectors
from ingest.chunks import NARRATIVE, TABLE_ROW, Chunk, chunks_for
from ingest.parser import parse
from ingest.reader import read_document
from qa.retrieve import Retriever
from tests.fakes import BigramEmbedder

DATA = Path(__file__).resolve().parents[1] / "data" / "xicheng_hrss_2023_budget.txt"

# (question, what the right chunk looks like)
QUESTIONS = [
    ("什么是三公经费", lambda c: "名称解释" in c.section and "因公出国（境）费" in c.text),
    ("高校毕业生就业", lambda c: "一讲四送" in c.text),
    ("对外服务平台三期项目的目的", lambda c: c.table_code == "表十三" and "预约取号" in c.text),
    ("部门的主要职责", lambda c: "职责" in c.section and "人力资源市场" in c.text),
]


def first_match(hits, ok) -> int | None:
    return next((i + 1 for i, h in enumerate(hits) if ok(h.chunk)), None)


@pytest.fixture(scope="module")
def doc():
    return parse(read_document(DATA))


@pytest.fixture(scope="module")
def chunks(doc) -> list[Chunk]:
    return chunks_for(doc)


@pytest.fixture(scope="module")
def conn(doc, chunks):
    db = sqlite3.connect(":memory:")
    schema.create(db)
    store.write_document(db, doc)
    vectors.write_chunk_rows(db, chunks)
    search.write_fts(db, chunks, (w for (w,) in db.execute("SELECT DISTINCT display FROM lexicon")))
    yield db
    db.close()


@pytest.fixture(scope="module")
def fake_store(tmp_path_factory, chunks):
    st = vectors.open_store(tmp_path_factory.mktemp("chroma"), BigramEmbedder())
    vectors.write_chunks(st, chunks)
    return st


@pytest.fixture(scope="module")
def bm25(conn) -> Retriever:
    return Retriever.from_index(conn)


@pytest.fixture(scope="module")
def hybrid(conn, fake_store) -> Retriever:
    return Retriever.from_index(conn, store=fake_store)


# ---------------------------------------------------------------- SQLite and Chroma


def test_chunk_rows_round_trip_through_sqlite(conn, chunks, doc):
    assert vectors.load_chunks(conn) == chunks
    assert vectors.load_chunks(conn, [doc.doc_id]) == chunks
    assert vectors.load_chunks(conn, ["没有这个文档"]) == []
    assert vectors.load_chunks(conn, []) == []


def test_store_round_trip(tmp_path, chunks, doc):
    st = vectors.open_store(tmp_path / "chroma", BigramEmbedder())
    seen = []
    vectors.write_chunks(st, chunks, batch=200, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(200, len(chunks)), (400, len(chunks)), (len(chunks), len(chunks))]

    target = next(c for c in chunks if "一讲四送" in c.text)
    found = vectors.dense_search(st, target.search_text, 3)
    assert found[0][0] == target.chunk_id
    assert found[0][1] == pytest.approx(1.0, abs=1e-4)
    assert found[0][1] >= found[1][1] >= found[2][1]

    record = st.get(ids=[target.chunk_id])
    assert Chunk.from_metadata(record["ids"][0], record["documents"][0], record["metadatas"][0]) == target

    # a second client on the same folder sees the same collection (persistence, idempotent writes)
    vectors.write_chunks(st, chunks[:10])
    again = vectors.open_store(tmp_path / "chroma", BigramEmbedder())
    assert vectors.dense_search(again, target.search_text, 1)[0][0] == target.chunk_id
    assert len(again.get(where={"doc_id": doc.doc_id}, include=[])["ids"]) == len(chunks)

    vectors.delete_doc(st, doc.doc_id)
    assert vectors.dense_search(st, target.search_text, 3) == []


def test_dense_search_is_cosine_and_filters(fake_store, chunks, doc):
    emb = BigramEmbedder()
    query = "高校毕业生就业"
    found = vectors.dense_search(fake_store, query, 5)
    q = np.array(emb.embed_query(query))
    by_id = {c.chunk_id: c for c in chunks}
    for cid, sim in found:
        d = np.array(emb.embed_documents([by_id[cid].embed_text])[0])
        assert sim == pytest.approx(float(q @ d), abs=1e-4)
    assert vectors.dense_search(fake_store, query, 5, doc.doc_id) == found
    assert vectors.dense_search(fake_store, query, 5, "没有这个文档") == []
    tables = vectors.dense_search(fake_store, query, 5, kinds=[TABLE_ROW])
    assert tables and all(by_id[cid].kind == TABLE_ROW for cid, _ in tables)


# ---------------------------------------------------------------- retrieval


@pytest.mark.parametrize(("question", "ok"), QUESTIONS, ids=[q for q, _ in QUESTIONS])
def test_bm25_finds_the_passage(bm25, question, ok):
    hits = bm25.search(question, k=5)
    assert first_match(hits, ok) is not None, [h.chunk.text[:40] for h in hits]
    assert all(h.dense_rank is None and h.bm25_rank is not None for h in hits)


@pytest.mark.parametrize(("question", "ok"), QUESTIONS, ids=[q for q, _ in QUESTIONS])
def test_hybrid_with_fake_embedder_finds_the_passage(hybrid, question, ok):
    hits = hybrid.search(question, k=5)
    assert first_match(hits, ok) is not None, [h.chunk.text[:40] for h in hits]


def test_hybrid_rankings_are_exact_and_repeatable(conn, fake_store, hybrid):
    again = Retriever.from_index(conn, store=fake_store)
    for question, _ in QUESTIONS:
        first = hybrid.search(question, k=10)
        assert first == again.search(question, k=10)
        assert [h.score for h in first] == sorted((h.score for h in first), reverse=True)
    hits = hybrid.search("对外服务平台三期项目的目的", k=10)
    assert any(h.bm25_rank and h.dense_rank for h in hits)
    for h in hits:
        expected = sum(1 / (60 + r) for r in (h.bm25_rank, h.dense_rank) if r)
        assert h.score == pytest.approx(expected)


def test_project_indicator_is_found_by_project_and_indicator_name(bm25):
    [top] = bm25.search("保安服务经费 保安员数量", k=1)
    assert top.chunk.table_code == "表十三"
    assert "保安员数量" in top.chunk.text and "保安服务经费" in top.chunk.section


def test_filters(hybrid, doc):
    assert hybrid.search("三公经费", doc_id="没有这个文档") == []
    assert hybrid.search("三公经费", doc_id=doc.doc_id)
    assert {h.chunk.kind for h in hybrid.search("三公经费", k=10, kinds=[NARRATIVE])} == {NARRATIVE}
    assert {h.chunk.kind for h in hybrid.search("三公经费", k=10, kinds=[TABLE_ROW])} == {TABLE_ROW}


def test_empty_and_stopword_queries(bm25):
    assert bm25.search("") == []
    assert bm25.search("   ") == []
    assert bm25.search("的了是什么？") == []


def test_tokenizer_uses_document_terms_and_drops_noise():
    tok = search.Tokenizer(["保安员数量", "保安服务经费"])
    tokens = tok("保安服务经费的保安员数量是多少？")
    assert "保安员数量" in tokens  # a name of the document, one token
    assert "保安服务经费" in tokens and "保安" in tokens  # and the dictionary words inside it
    assert not {"的", "是", "多少", "？"} & set(tokens)
    assert "保安员数量" not in search.Tokenizer()("保安员数量")  # without it: cut into dictionary words


def test_private_tokenizer_leaves_global_jieba_alone():
    import jieba

    assert "保安员数量" in search.Tokenizer(["保安员数量"])("保安员数量")
    assert "保安员数量" not in jieba.dt.FREQ


def test_the_keyword_index_is_stored_not_rebuilt(conn, chunks):
    """BM25 reads the FTS5 table written at ingest: one row per chunk, nothing computed when a Retriever opens."""
    assert conn.execute("SELECT COUNT(*) FROM chunks_fts").fetchone()[0] == len(chunks)
    assert Retriever(conn).search("三公经费", k=1)  # a fresh retriever answers at once from the stored index


@pytest.mark.integration
def test_hybrid_with_e5_finds_the_passages(e5_engine):
    retriever = e5_engine.retriever()
    for question, ok in QUESTIONS:
        hits = retriever.search(question, k=5)
        assert first_match(hits, ok) is not None, (question, [h.chunk.text[:40] for h in hits])
