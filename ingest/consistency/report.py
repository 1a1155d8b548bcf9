"""The consistency report of one document, and the `findings` table it is kept in."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from ..records import Finding

_SEVERITY = {"error": "错误", "warning": "警告", "info": "提示"}


@dataclass(frozen=True)
class Report:
    """What `check_document` found: the problems, and how many comparisons were made in all."""

    doc_id: str
    checks_run: int
    findings: tuple[Finding, ...] = ()

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "warning")

    def render(self) -> str:
        """Chinese text: a summary line, then one line per finding with its pages (PDF) or line numbers."""
        out = [f"{self.doc_id}：共核对 {self.checks_run} 项，发现 {len(self.errors)} 处错误、"
               f"{len(self.warnings)} 处警告。"]
        for f in self.findings:
            out.append(f"[{_SEVERITY.get(f.severity, f.severity)}] {where(f)}：{f.message}{basis(f)}")
        return "\n".join(out)

    def to_dict(self) -> dict:
        """Plain data for `--json`."""
        return {
            "doc_id": self.doc_id, "checks_run": self.checks_run,
            "errors": len(self.errors), "warnings": len(self.warnings),
            "findings": [{**asdict(f), "computed_lines": list(f.computed_lines),
                          "computed_pages": list(f.computed_pages)} for f in self.findings],
        }


def where(f: Finding) -> str:
    """Where the stated figure stands: '第9页' for a PDF, '第35行' for a text document."""
    if f.stated_page:
        return f"第{f.stated_page}页"
    return f"第{f.stated_line}行" if f.stated_line else "（无行号）"


def basis(f: Finding) -> str:
    """'（依据第13、17页）' or '（依据第100、101行）'; '' when the finding has no basis."""
    if f.computed_pages:
        return f"（依据第{_list(f.computed_pages)}页）"
    return f"（依据第{_list(f.computed_lines)}行）" if f.computed_lines else ""


def _list(numbers: Sequence[int], limit: int = 8) -> str:
    shown = "、".join(str(n) for n in numbers[:limit])
    return shown if len(numbers) <= limit else f"{shown}等{len(numbers)}"


_FINDING_COLS = ("doc_id", "check_name", "severity", "message", "stated", "computed", "unit", "stated_line",
                 "computed_lines", "stated_text", "computed_text", "stated_page", "computed_pages")


def _ints(text: str | None) -> tuple[int, ...]:
    return tuple(int(n) for n in (text or "").split(",") if n.strip())


def write_findings(conn: sqlite3.Connection, findings: Iterable[Finding]) -> int:
    """Insert findings into the `findings` table; returns how many were written."""
    rows = [(f.doc_id, f.check, f.severity, f.message, f.stated, f.computed, f.unit, f.stated_line,
             ",".join(str(n) for n in f.computed_lines), f.stated_text, f.computed_text, f.stated_page,
             ",".join(str(n) for n in f.computed_pages)) for f in findings]
    conn.executemany(
        f"INSERT INTO findings ({', '.join(_FINDING_COLS)}) VALUES ({', '.join('?' for _ in _FINDING_COLS)})", rows)
    return len(rows)


def load_findings(conn: sqlite3.Connection, doc_id: str | None = None) -> list[Finding]:
    """Stored findings, of one document or of all, in the order they were written."""
    sql = f"SELECT {', '.join(_FINDING_COLS)} FROM findings"
    args: tuple = ()
    if doc_id is not None:
        sql += " WHERE doc_id = ?"
        args = (doc_id,)
    return [Finding(doc_id=r[0], check=r[1], severity=r[2], message=r[3], stated=r[4], computed=r[5], unit=r[6],
                    stated_line=r[7], computed_lines=_ints(r[8]), stated_text=r[9] or "", computed_text=r[10] or "",
                    stated_page=r[11], computed_pages=_ints(r[12]))
            for r in conn.execute(sql + " ORDER BY rowid", args)]
