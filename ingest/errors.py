"""The one error hierarchy of budget-qa. Every message is meant for the person using the tool.

    BudgetQAError
     ├── DocumentError      a budget document cannot be read or is not a budget (names the file)
     ├── IndexError_        the index is missing, corrupt, locked or from another version
     ├── QuestionError      the question is empty, too long or unusable        (raised by qa/)
     └── BatchFileError     a batch input or output file cannot be used         (raised by qa/)

It lives in `ingest/` because ingest depends on nothing in `qa/`; `qa.errors` re-exports it.
"""

from __future__ import annotations


class BudgetQAError(Exception):
    """Base class: a problem the user can act on; str(error) is the message to show."""


class DocumentError(BudgetQAError):
    """A budget document is unreadable, empty, binary, scanned, encrypted, truncated or not a budget."""

    def __init__(self, path: object, problem: str):
        self.path = str(path)
        self.problem = problem
        name = self.path.replace("\\", "/").rsplit("/", 1)[-1]
        super().__init__(f"{name}：{problem}")


class IndexError_(BudgetQAError):  # noqa: N801 - avoid shadowing the builtin IndexError
    """The index is missing, corrupt, busy or was built by an incompatible version."""


class QuestionError(BudgetQAError):
    """The question cannot be answered as asked (empty, too long, no words)."""


class BatchFileError(BudgetQAError):
    """A batch file (txt/csv/xlsx/jsonl) cannot be read, or its output cannot be written."""
