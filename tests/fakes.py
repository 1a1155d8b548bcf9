"""Test doubles for seams we do not own: a deterministic embedding model."""

from __future__ import annotations

import hashlib

import numpy as np
from langchain_core.embeddings import Embeddings


class BigramEmbedder(Embeddings):
    """Hashes character bigrams into a fixed-size L2-normalised vector: exact, repeatable rankings.

    Whitespace is ignored; a one-character text falls back to its single character.
    """

    name = "fake:bigram-256"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.calls = 0  # texts embedded so far (documents and queries)

    def _vector(self, text: str) -> list[float]:
        s = "".join(text.split())
        grams = [s[i : i + 2] for i in range(len(s) - 1)] or ([s] if s else [])
        v = np.zeros(self.dim)
        for g in grams:
            h = int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "little")
            v[h % self.dim] += 1.0
        n = np.linalg.norm(v)
        if n == 0:
            v[0] = 1.0
            n = 1.0
        return (v / n).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls += len(texts)
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        self.calls += 1
        return self._vector(text)
