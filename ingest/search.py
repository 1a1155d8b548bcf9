"""The keyword index of the chunks: SQLite FTS5 (BM25) over jieba tokens, written at ingest, read at answering.

Nothing is rebuilt when an index is opened: the tokens of every chunk are stored in the `chunks_fts`
virtual table of the build's database, and a query is one `MATCH` ranked by FTS5's `bm25()`.

Tokens: jieba's segmentation, with the document's own names (projects, subjects, indicators from the
lexicon) added as words at ingest, and every dictionary word inside a longer word added too, so
"综合楼那个改造工程" (综合楼 改造) still meets a chunk indexed under "综合楼改造二期". The heading
path of a passage is a second column (weighted like the body). Stop words and punctuation are dropped.

    Tokenizer(words=()) -> callable text -> list[str]
    write_fts(conn, chunks, words)        at ingest
    match_query(tokens) -> str            an FTS5 query: any of the tokens
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Iterable

STOPWORDS = frozenset({
    "的", "了", "是", "和", "在", "与", "及", "等", "或", "为", "对", "从", "把", "被", "也", "都", "就", "而",
    "其", "之", "以", "于", "该", "这", "那", "个", "吗", "呢", "吧", "啊", "有", "请",
    "多少", "什么", "哪些", "哪个", "如何", "怎么", "怎样", "为什么", "是否", "是不是", "请问", "一下",
    "我们", "你们", "他们",
})
_HAS_WORD = re.compile(r"\w")
_JIEBA_WORD = re.compile(r"^[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]{2,20}$")  # what jieba can match as one word
_base = None
_lock = threading.Lock()


def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


class Tokenizer:
    """jieba segmentation for BM25 (a private jieba.Tokenizer; the global one is left alone)."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        jieba = _jieba()
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        for w in dict.fromkeys(t.strip().lower() for t in words):
            if _JIEBA_WORD.match(w):
                self._jieba.add_word(w)
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


def base_tokenizer() -> Tokenizer:
    """jieba without any document's names (for questions), loaded once per process."""
    global _base
    with _lock:
        if _base is None:
            _base = Tokenizer()
        return _base


def write_fts(conn: sqlite3.Connection, chunks, words: Iterable[str]) -> None:
    """Index chunks for keyword search (the chunks of a document replace nothing: delete_doc first)."""
    tok = Tokenizer(words)
    rows = []
    for c in chunks:
        section = c.section or ""
        body = c.text[len(section):] if section and c.text.startswith(section) else c.text
        rows.append((c.chunk_id, c.doc_id, c.kind, " ".join(tok(body)), " ".join(tok(section))))
    conn.executemany("INSERT INTO chunks_fts (chunk_id, doc_id, kind, body, section) VALUES (?, ?, ?, ?, ?)", rows)


def delete_fts(conn: sqlite3.Connection, doc_id: str) -> None:
    conn.execute("DELETE FROM chunks_fts WHERE doc_id = ?", (doc_id,))


def match_query(tokens: Iterable[str]) -> str:
    """An FTS5 query matching any of the tokens (each quoted, so no token is read as an operator)."""
    toks = [t.replace('"', '""') for t in dict.fromkeys(tokens) if t.strip()]
    return " OR ".join(f'"{t}"' for t in toks)
