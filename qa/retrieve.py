"""Hybrid passage retrieval: BM25 over jieba tokens fused with dense (Chroma) search.

    Retriever(chunks, store=None, terms=())      build once per index (about a second: jieba loads)
    Retriever.from_index(conn, store=store)      the same, reading chunks and lexicon from SQLite
    retriever.search(query, k=5, doc_id=None, kinds=None) -> list[Hit]

BM25 (Okapi, k1=1.5, b=0.75; the heading path as a second, unnormalised field) runs on a term
index precomputed at construction; the dense ranking comes from `ingest.vectors.dense_search`
when a store is given. The two rankings are fused by reciprocal rank fusion,
score = sum 1 / (60 + rank). Without a store the ranking is BM25 alone (tests, fallback).

Fusion depth: the top DEPTH = 20 of each ranking, not 50. With k = 60 any chunk present in both
lists outscores the first hit of one list alone; with 50-deep lists over a ~500-chunk document
(a tenth of it) that consensus is mostly noise, and it pushed BM25's clear first hit out of the
top 5 ("基本支出增加的原因" with E5: rank 17 at depth 50, rank 2 at depth 20; over 27 test
questions hit@5 went from 26 to 27 with E5 and from 25 to 26 with the bigram fake). Pass
`depth=50` to `search` for the textbook setting.

Tokens: a private `jieba.Tokenizer` with the document's own vocabulary (project, subject and
indicator names from the `lexicon` table) added as user words. Every word longer than two
characters also yields the dictionary words inside it, so "对外服务平台" still matches a user word
"某区某局对外服务平台三期项目". Punctuation, whitespace and stopwords are dropped.
"""

from __future__ import annotations

import logging
import math
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ingest.chunks import Chunk

K1 = 1.5
B = 0.75
RRF_K = 60
DEPTH = 20  # candidates taken from each ranking before fusion (see search)
SECTION_WEIGHT = 1.0

# budget-document wording implied by common question forms (template knowledge, BM25 only):
# definitions live in 名称解释 ("…：是指…"), a project's purpose in its 绩效目标, reasons in "原因"
QUERY_EXPANSIONS: tuple[tuple[str, str], ...] = (
    (r"什么是|指什么|是指|定义|含义|概念|什么意思|名称解释", "名称解释 是指"),
    (r"目的|目标|为了|用途|干什么用", "绩效目标"),
    (r"为什么|为何|原因|怎么会", "原因"),
    (r"管哪些|管什么|负责哪些|负责什么|干什么|做什么|是做什么|职能|职责|主要工作", "职责 负责"),
    (r"少了|降了|下降|减少|压缩", "减少"),
    (r"多了|涨了|增加|增长|上升", "增加"),
)

STOPWORDS = frozenset({
    "的", "了", "是", "和", "在", "与", "及", "等", "或", "为", "对", "从", "把", "被", "也", "都", "就", "而",
    "其", "之", "以", "于", "该", "这", "那", "个", "吗", "呢", "吧", "啊", "有", "请",
    "多少", "什么", "哪些", "哪个", "如何", "怎么", "怎样", "为什么", "是否", "是不是", "请问", "一下",
    "我们", "你们", "他们",
})
_HAS_WORD = re.compile(r"\w")
_JIEBA_WORD = re.compile(r"^[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]{2,20}$")  # what jieba can match as one word


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score and its rank (1-based) in each ranking."""

    chunk: Chunk
    score: float
    bm25_rank: int | None
    dense_rank: int | None


class Tokenizer:
    """jieba segmentation for BM25 (a private jieba.Tokenizer; the global one is left alone)."""

    def __init__(self, terms: Iterable[str] = ()) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        for term in dict.fromkeys(t.strip().lower() for t in terms):
            if _JIEBA_WORD.match(term):
                self._jieba.add_word(term)
        self._freq = self._jieba.FREQ

    def __call__(self, text: str) -> list[str]:
        out: list[str] = []
        for word in self._jieba.cut(text.lower(), HMM=True):
            if not _HAS_WORD.search(word) or word.isspace():
                continue
            if word not in STOPWORDS:
                out.append(word)
            n = len(word)
            if n > 2:
                out.extend(
                    sub for size in range(2, n) for i in range(n - size + 1)
                    if self._freq.get(sub := word[i : i + size]) and sub not in STOPWORDS
                )
        return out


class _BM25:
    """Okapi BM25 with two fields, precomputed as postings of per-chunk weights.

    The body is length-normalised (k1, b); the heading path counts SECTION_WEIGHT per occurrence
    without length normalisation (BM25F with b=0 for the heading), so a long passage is not
    out-ranked by a one-line neighbour only because both sit under the heading the query names.
    """

    def __init__(self, docs: Sequence[tuple[Sequence[str], Sequence[str]]]) -> None:
        n = len(docs)
        lengths = np.array([len(body) for body, _ in docs], dtype=np.float64)
        avg = float(lengths.mean()) if n and lengths.sum() else 1.0
        norm = 1 - B + B * lengths / avg
        postings: dict[str, dict[int, list[float]]] = {}
        for i, (body, section) in enumerate(docs):
            for field, tokens in ((0, body), (1, section)):
                for term, tf in Counter(tokens).items():
                    postings.setdefault(term, {}).setdefault(i, [0.0, 0.0])[field] = tf
        self.n = n
        self.index: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for term, per_doc in postings.items():
            idx = np.fromiter(per_doc, dtype=np.int64, count=len(per_doc))
            tfs = np.array(list(per_doc.values()), dtype=np.float64)
            t = tfs[:, 0] / norm[idx] + SECTION_WEIGHT * tfs[:, 1]
            idf = math.log(1 + (n - len(idx) + 0.5) / (len(idx) + 0.5))
            self.index[term] = (idx, idf * t * (K1 + 1) / (K1 + t))

    def scores(self, query_terms: Iterable[str]) -> np.ndarray:
        out = np.zeros(self.n)
        for term in dict.fromkeys(query_terms):
            hit = self.index.get(term)
            if hit is not None:
                out[hit[0]] += hit[1]
        return out


def _fields(c: Chunk) -> tuple[str, str]:
    """(body, heading) of a chunk: a table row's text minus its leading table title."""
    section = c.section or ""
    body = c.text[len(section):] if section and c.text.startswith(section) else c.text
    return body, section


def expand_query(query: str) -> str:
    """The query plus the document words that budget questions imply (see QUERY_EXPANSIONS)."""
    extra = [words for pattern, words in QUERY_EXPANSIONS if re.search(pattern, query)]
    return " ".join([query, *extra])


class Retriever:
    """Hybrid search over a fixed list of chunks (and, optionally, their Chroma store)."""

    def __init__(self, chunks: Iterable[Chunk], *, store: Any = None, terms: Iterable[str] = ()) -> None:
        self._chunks = list(chunks)
        self._pos = {c.chunk_id: i for i, c in enumerate(self._chunks)}
        self._store = store
        self._doc = np.array([c.doc_id for c in self._chunks], dtype=object)
        self._kind = np.array([c.kind for c in self._chunks], dtype=object)
        self.tokenize = Tokenizer(terms)
        self._bm25 = _BM25([tuple(map(self.tokenize, _fields(c))) for c in self._chunks])

    @classmethod
    def from_index(cls, conn: sqlite3.Connection, *, store: Any = None,
                   doc_ids: Iterable[str] | None = None) -> Retriever:
        """Build from an index's SQLite database (chunks + lexicon) and its Chroma store."""
        from ingest.vectors import load_chunks

        ids = None if doc_ids is None else tuple(doc_ids)
        chunks = load_chunks(conn, ids)
        sql = "SELECT DISTINCT term FROM lexicon"
        if ids is not None:
            sql += f" WHERE doc_id IN ({', '.join('?' for _ in ids) or 'NULL'})"
        terms = [t for (t,) in conn.execute(sql, ids or ())]
        return cls(chunks, store=store, terms=terms)

    @property
    def chunks(self) -> list[Chunk]:
        return list(self._chunks)

    def _mask(self, doc_id: str | None, kinds: Iterable[str] | None) -> np.ndarray:
        mask = np.ones(len(self._chunks), dtype=bool)
        if doc_id is not None:
            mask &= self._doc == doc_id
        if kinds is not None:
            mask &= np.isin(self._kind, list(kinds))
        return mask

    def _bm25_ranking(self, query: str, *, doc_id: str | None = None,
                     kinds: Iterable[str] | None = None, depth: int = DEPTH) -> list[int]:
        """Positions of the best BM25 chunks (score > 0), best first."""
        scores = self._bm25.scores(self.tokenize(expand_query(query)))
        scores[~self._mask(doc_id, kinds)] = 0.0
        cand = np.flatnonzero(scores > 0)
        order = cand[np.lexsort((cand, -scores[cand]))]
        return order[:depth].tolist()

    def _dense_ranking(self, query: str, *, doc_id: str | None = None,
                      kinds: Iterable[str] | None = None, depth: int = DEPTH) -> list[int]:
        """Positions of the nearest chunks in the vector store, best first ([] without a store)."""
        if self._store is None:
            return []
        from ingest.vectors import dense_search

        kinds = None if kinds is None else list(kinds)
        found = dense_search(self._store, query, depth, doc_id, kinds=kinds)
        return [self._pos[cid] for cid, _sim in found if cid in self._pos]

    def search(self, query: str, *, k: int = 5, doc_id: str | None = None,
               kinds: Iterable[str] | None = None, depth: int = DEPTH) -> list[Hit]:
        """The k best chunks for query (reciprocal rank fusion of the top `depth` of each ranking).

        doc_id restricts to one document; kinds to "narrative" and/or "table_row".
        """
        if not query.strip() or not self._chunks or k <= 0:
            return []
        kinds = None if kinds is None else list(kinds)
        depth = max(depth, k)
        bm = self._bm25_ranking(query, doc_id=doc_id, kinds=kinds, depth=depth)
        dense = self._dense_ranking(query, doc_id=doc_id, kinds=kinds, depth=depth)
        ranks: dict[int, list[int | None]] = {}
        for which, ranking in enumerate((bm, dense)):
            for rank, pos in enumerate(ranking, start=1):
                ranks.setdefault(pos, [None, None])[which] = rank
        fused = sorted(ranks, key=lambda pos: _fusion_key(ranks[pos], pos))
        return [
            Hit(chunk=self._chunks[pos], score=_rrf(ranks[pos]), bm25_rank=ranks[pos][0], dense_rank=ranks[pos][1])
            for pos in fused[:k]
        ]


def _rrf(ranks: Sequence[int | None]) -> float:
    """Reciprocal rank fusion score of one chunk's ranks (None: absent from that ranking)."""
    return sum(1.0 / (RRF_K + r) for r in ranks if r is not None)


def _fusion_key(ranks: Sequence[int | None], pos: int) -> tuple:
    """Sort key: fused score, then best single rank, then BM25 before dense, then document order."""
    best = min(r for r in ranks if r is not None)
    return (-_rrf(ranks), best, 0 if ranks[0] == best else 1, pos)
