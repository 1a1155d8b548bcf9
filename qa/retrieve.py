"""Hybrid passage retrieval: BM25 (SQLite FTS5 over jieba tokens, persisted at ingest) fused with dense
vector search.

    Retriever(conn, store=None)                  cheap: nothing is built or loaded from the chunks
    retriever.search(query, k=5, doc_ids=None, kinds=None, terms=()) -> list[Hit]

BM25 is FTS5's `bm25()` over the `chunks_fts` table (`ingest/search.py`); the query is the question's
jieba tokens, the dictionary words inside them, the names the question was linked to (`terms`) and
the document words budget questions imply (`qa/vocab/retrieval.json`). The dense ranking comes from
`ingest.vectors.dense_search` when a store is given. The two rankings are fused by reciprocal rank
fusion, score = sum 1 / (60 + rank), over the top DEPTH of each (a chunk in both lists outranks the
first hit of one list alone; deeper lists let noise in: measured in an earlier version, hit@5 27/27
at depth 20 against 26 at 50). Without a store the ranking is BM25 alone.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ingest.chunks import Chunk
from ingest.search import base_tokenizer, match_query

RRF_K = 60
DEPTH = 20
_COLUMNS = ("chunk_id", "doc_id", "kind", "text", "source", "line", "end_line", "section", "table_code",
            "table_no", "row_no")


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score and its rank (1-based) in each ranking."""

    chunk: Chunk
    score: float
    bm25_rank: int | None
    dense_rank: int | None


@cache
def expansions() -> tuple[tuple[re.Pattern, str], ...]:
    data = json.loads((Path(__file__).resolve().parent / "vocab" / "retrieval.json").read_text(encoding="utf-8"))
    return tuple((re.compile(e["pattern"]), e["words"]) for e in data["expansions"])


@cache
def _aspects() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    data = json.loads((Path(__file__).resolve().parent / "vocab" / "retrieval.json").read_text(encoding="utf-8"))
    return tuple((re.compile(a["pattern"]), tuple(a["headings"])) for a in data.get("aspects", ()))


@cache
def _prefers() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    data = json.loads((Path(__file__).resolve().parent / "vocab" / "retrieval.json").read_text(encoding="utf-8"))
    return tuple((re.compile(a["pattern"]), tuple(a["words"])) for a in data.get("prefer", ()))


@cache
def unit_sections() -> tuple[str, ...]:
    """Headings of the passage that lists a department's units (retrieval.json `unit_sections`)."""
    data = json.loads((Path(__file__).resolve().parent / "vocab" / "retrieval.json").read_text(encoding="utf-8"))
    return tuple(data.get("unit_sections", ()))


@cache
def _glossary() -> tuple[re.Pattern, tuple[str, ...]]:
    data = json.loads((Path(__file__).resolve().parent / "vocab" / "retrieval.json").read_text(encoding="utf-8"))
    return re.compile(data["glossary"]["pattern"]), tuple(data["glossary"]["sections"])


def glossary_sections(query: str) -> tuple[str, ...]:
    """The sections that define terms, when the question asks what a term means (retrieval.json `glossary`)."""
    pattern, sections = _glossary()
    return sections if pattern.search(query) else ()


def defines_terms(section: str | None) -> bool:
    """Is the section one that defines terms (名词解释: retrieval.json `glossary`), never one about the budget's own
    items?"""
    return any(g in (section or "") for g in _glossary()[1])


def asks_for_preferred(query: str) -> bool:
    """Does the question call for passages of a kind (a reason, a rise, a fall: retrieval.json `prefer`)?"""
    return any(pattern.search(query) for pattern, _words in _prefers())


def preferred(query: str, text: str) -> int:
    """How many of the word groups the question calls for the passage holds ('为什么' -> 原因)."""
    return sum(1 for pattern, words in _prefers() if pattern.search(query) and any(w in text for w in words))


def aspect_headings(query: str) -> tuple[str, ...]:
    """The section headings that hold what the question asks about an item ('用来做什么' -> 项目概述 …)."""
    return tuple(h for pattern, hs in _aspects() if pattern.search(query) for h in hs)


def expand_query(query: str) -> str:
    """The query plus the document words that budget questions imply (qa/vocab/retrieval.json)."""
    extra = [words for pattern, words in expansions() if pattern.search(query)]
    return " ".join([query, *extra])


class Retriever:
    """Hybrid search over an index's chunks (keyword index in SQLite, vectors in `store`)."""

    def __init__(self, conn: sqlite3.Connection, *, store: Any = None) -> None:
        self.conn = conn
        self._store = store
        self._spans: dict[str, tuple[int, int]] | None = None

    def _rowids(self, doc_ids: Sequence[str]) -> tuple[int, int] | None:
        """The rowid range the keyword index keeps these documents' chunks in (each document's are written
        together), so that a scoped search ranks only theirs; None when they are not in one range."""
        if self._spans is None:
            self._spans = {d: (lo, hi) for d, lo, hi, n in self.conn.execute(
                "SELECT doc_id, min(rowid), max(rowid), count(*) FROM chunks_fts GROUP BY doc_id") if hi - lo + 1 == n}
        spans = [self._spans.get(d) for d in doc_ids]
        if not spans or any(s is None for s in spans):
            return None
        return min(s[0] for s in spans), max(s[1] for s in spans)

    @classmethod
    def from_index(cls, conn: sqlite3.Connection, *, store: Any = None) -> Retriever:
        return cls(conn, store=store)

    def chunks(self, ids: Sequence[str]) -> dict[str, Chunk]:
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM chunks WHERE chunk_id IN ({marks})",  # noqa: S608
                                 tuple(ids)).fetchall()
        return {r[0]: Chunk(**dict(zip(_COLUMNS, r, strict=True))) for r in rows}

    def tokens(self, query: str, terms: Iterable[str] = ()) -> list[str]:
        toks = base_tokenizer()(expand_query(query))
        for t in terms:
            t = t.strip().lower()
            if t:
                toks.append(t)
                toks.extend(base_tokenizer()(t))
        return list(dict.fromkeys(toks))

    def bm25(self, query: str, *, doc_ids: Sequence[str] | None = None, kinds: Iterable[str] | None = None,
             terms: Iterable[str] = (), depth: int = DEPTH) -> list[str]:
        """Chunk ids of the best BM25 matches, best first."""
        q = match_query(self.tokens(query, terms))
        if not q:
            return []
        sql = "SELECT chunk_id FROM chunks_fts WHERE chunks_fts MATCH ?"
        params: list = [q]
        if doc_ids is not None:
            span = self._rowids(doc_ids)
            if span is not None:
                sql += " AND rowid BETWEEN ? AND ?"
                params += list(span)
            sql += f" AND doc_id IN ({', '.join('?' for _ in doc_ids)})"
            params += list(doc_ids)
        if kinds is not None:
            ks = list(kinds)
            sql += f" AND kind IN ({', '.join('?' for _ in ks)})"
            params += ks
        sql += " ORDER BY bm25(chunks_fts, 1.0, 2.0), rowid LIMIT ?"
        params.append(depth)
        try:
            return [r[0] for r in self.conn.execute(sql, params)]
        except sqlite3.OperationalError:
            return []

    def dense(self, query: str, *, doc_ids: Sequence[str] | None = None, kinds: Iterable[str] | None = None,
              depth: int = DEPTH) -> list[str]:
        if self._store is None:
            return []
        from ingest.vectors import dense_search

        kinds = None if kinds is None else list(kinds)
        if doc_ids is not None and len(doc_ids) == 1:
            return [cid for cid, _ in dense_search(self._store, query, depth, doc_ids[0], kinds=kinds)]
        found = dense_search(self._store, query, depth * (2 if doc_ids else 1), None, kinds=kinds)
        if doc_ids is not None:
            allowed = set(self.conn.execute(
                f"SELECT chunk_id FROM chunks WHERE doc_id IN ({', '.join('?' for _ in doc_ids)})",  # noqa: S608
                tuple(doc_ids)).fetchall())
            allowed = {a[0] for a in allowed}
            found = [(c, s) for c, s in found if c in allowed]
        return [cid for cid, _ in found[:depth]]

    def search(self, query: str, *, k: int = 5, doc_id: str | None = None, doc_ids: Sequence[str] | None = None,
               kinds: Iterable[str] | None = None, terms: Iterable[str] = (), depth: int = DEPTH) -> list[Hit]:
        """The k best chunks for query (reciprocal rank fusion of the top `depth` of each ranking)."""
        if not query.strip() or k <= 0:
            return []
        if doc_id is not None:
            doc_ids = [doc_id]
        kinds = None if kinds is None else list(kinds)
        depth = max(depth, k)
        bm = self.bm25(query, doc_ids=doc_ids, kinds=kinds, terms=terms, depth=depth)
        dense = self.dense(query, doc_ids=doc_ids, kinds=kinds, depth=depth)
        ranks: dict[str, list[int | None]] = {}
        for which, ranking in enumerate((bm, dense)):
            for rank, cid in enumerate(ranking, start=1):
                ranks.setdefault(cid, [None, None])[which] = rank
        fused = sorted(ranks, key=lambda cid: _fusion_key(ranks[cid], cid))[:k]
        chunks = self.chunks(fused)
        return [Hit(chunk=chunks[c], score=_rrf(ranks[c]), bm25_rank=ranks[c][0], dense_rank=ranks[c][1])
                for c in fused if c in chunks]


def _rrf(ranks: Sequence[int | None]) -> float:
    """Reciprocal rank fusion score of one chunk's ranks (None: absent from that ranking)."""
    return sum(1.0 / (RRF_K + r) for r in ranks if r is not None)


def _fusion_key(ranks: Sequence[int | None], cid: str) -> tuple:
    """Sort key: fused score, then best single rank, then BM25 before dense, then id."""
    best = min(r for r in ranks if r is not None)
    return (-_rrf(ranks), best, 0 if ranks[0] == best else 1, cid)
