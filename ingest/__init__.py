"""Ingest: a budget document becomes a typed SQLite copy and a Chroma vector store, with provenance."""

from .build import IngestResult, current_build, ingest_paths, open_readonly
from .embedders import E5Embedder, SentenceTransformerEmbedder, make_embedder

__all__ = [
    "IngestResult", "ingest_paths", "current_build", "open_readonly",
    "E5Embedder", "SentenceTransformerEmbedder", "make_embedder",
]
