"""budget-qa: ask a Chinese department budget a question, get the figure or passage with its source.

    >>> from qa import ask
    >>> a = ask("2023年部门预算总额是多少？")
    >>> a.value, a.unit, a.citations[0].line
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .answer import Answer, Citation, Item
from .errors import BatchFileError, BudgetQAError, DocumentError, IndexError_, QuestionError
from .index import open_engine

__all__ = [
    "ask", "ask_many", "open_engine", "Answer", "Citation", "Item",
    "BudgetQAError", "DocumentError", "IndexError_", "QuestionError", "BatchFileError",
]


def ask(question: str, *, index: str | Path | None = None, doc: str | None = None,
        history: Sequence[str] = ()) -> Answer:
    """Answer one question from the index (built from data/ on first use).

    `doc` scopes the question to one document (its file name or doc id; "*" or None: the whole index);
    `history` holds the conversation's earlier questions, oldest first, so that a follow-up
    ("那公用经费呢？") is read against them.
    """
    return open_engine(index).ask(question, doc=doc, history=history)


def ask_many(questions: Iterable[str], *, index: str | Path | None = None,
             progress: Callable[[int, int], None] | None = None) -> list[Answer]:
    """Answer many questions in order; a bad question yields a refusal with `error` set, not an exception."""
    return open_engine(index).ask_many(questions, progress=progress)
