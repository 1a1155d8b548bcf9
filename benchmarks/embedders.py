"""Embedders for the scale run: the real model, or a cheap deterministic stand-in for volume documents.

    make_embedder("e5")    the product's default (multilingual-e5-small); any spec of ingest.embedders works
    make_embedder("fake")  HashEmbedder(query_cost=True): documents are hashed (cheap ingest of hundreds of
                           documents), each question is also run through e5 and the result discarded, so
                           answering pays the real per-question embedding cost
    make_embedder("hash")  HashEmbedder(query_cost=False): nothing loads a model (tests)

The stand-in hashes character bigrams (zlib.crc32: the same in every process) into 384 dimensions, as
many as e5-small has, so that the vector store's size, load time and search cost are those of the real
model. Its rankings are not e5's: latency and memory are measured with it, accuracy is not.
"""

from __future__ import annotations

import zlib

import numpy as np
from langchain_core.embeddings import Embeddings

DIM = 384  # multilingual-e5-small


class HashEmbedder(Embeddings):
    """Character bigrams hashed into DIM buckets, L2-normalised; deterministic across processes."""

    name = f"bench:hash-{DIM}"  # one name for both query modes: an index built with "hash" answers with "fake"

    def __init__(self, *, query_cost: bool = False) -> None:
        self._query_model = None
        if query_cost:
            from ingest.embedders import E5Embedder

            self._query_model = E5Embedder()

    @staticmethod
    def vector(text: str) -> list[float]:
        s = "".join(text.split())
        grams = [s[i : i + 2] for i in range(len(s) - 1)] or ([s] if s else [" "])
        buckets = np.fromiter((zlib.crc32(g.encode("utf-8")) % DIM for g in grams), np.int64, len(grams))
        v = np.bincount(buckets, minlength=DIM).astype(np.float32)
        return (v / np.linalg.norm(v)).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self.vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        if self._query_model is not None:
            self._query_model.embed_query(text)  # the real model's cost; its vector lives in another space
        return self.vector(text)


def make_embedder(spec: str) -> Embeddings:
    """'fake' or 'hash' (see the module docstring), else the product's spec ('e5', 'st:/model/dir')."""
    if spec in ("fake", "hash"):
        return HashEmbedder(query_cost=spec == "fake")
    from ingest.embedders import make_embedder as product_embedder

    return product_embedder(spec)
