"""The error hierarchy of budget-qa (defined in `ingest.errors`, re-exported here for the library's users).

    BudgetQAError
     ├── DocumentError      a budget document cannot be read or is not a budget (names the file)
     ├── IndexError_        the index is missing, corrupt, locked or from another version
     ├── QuestionError      the question is empty, too long or unusable
     └── BatchFileError     a batch input or output file cannot be used
"""

from __future__ import annotations

from ingest.errors import BatchFileError, BudgetQAError, DocumentError, IndexError_, QuestionError

IndexMissing = IndexError_

__all__ = ["BudgetQAError", "DocumentError", "IndexError_", "QuestionError", "BatchFileError", "IndexMissing"]
