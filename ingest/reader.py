"""Read a budget document from disk: detect its encoding and refuse what is not a budget."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from qa.errors import DocumentError

from .records import SourceText

MAX_BYTES = 50 * 1024 * 1024
_TABLE_TITLE = re.compile(r"^\s*表([一二三四五六七八九十]{1,3})、")


def decode(data: bytes, path: object = "<bytes>") -> tuple[str, str]:
    """Return (text, encoding) for UTF-8, UTF-8 with BOM or GB18030/GBK bytes."""
    if not data.strip():
        raise DocumentError(path, "文件是空的 (the file is empty)")
    if b"\x00" in data[:4096]:
        raise DocumentError(path, "这是二进制文件，不是文本 (binary data, not a text document)")
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = [("utf-8-sig", data)]
    else:
        candidates = [("utf-8", data), ("gb18030", data)]
    for encoding, raw in candidates:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
    raise DocumentError(path, "无法识别编码（不是 UTF-8 或 GBK/GB18030）(unknown text encoding)")


def check_budget(text: str, path: object) -> None:
    """Refuse text that is not a budget disclosure in the standard template, or is cut short."""
    lines = text.split("\n")
    titles = [m.group(1) for m in (_TABLE_TITLE.match(line) for line in lines) if m]
    cjk = sum(1 for ch in text[:20000] if "\u4e00" <= ch <= "\u9fff")
    if cjk < 50:
        raise DocumentError(path, "不是中文预算文本 (no Chinese budget text found)")
    if not titles and "预算" not in text:
        raise DocumentError(path, "不是部门预算文件：没有“预算”字样，也没有表一至表十四 (not a budget document)")
    if not titles:
        raise DocumentError(path, "没有找到预算表（表一至表十四），文件可能不完整 (no budget tables found)")


def read_document(path: str | Path) -> SourceText:
    """Read and decode one budget document; raises DocumentError naming the file and the problem."""
    p = Path(path)
    if not p.exists():
        raise DocumentError(p, "文件不存在 (no such file)")
    if not p.is_file():
        raise DocumentError(p, "不是文件 (not a regular file)")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise DocumentError(p, f"无法读取 (cannot read): {e.strerror or e}") from e
    if len(data) > MAX_BYTES:
        raise DocumentError(p, f"文件过大（{len(data) // 1024 // 1024} MB），上限 50 MB (file too large)")
    text, encoding = decode(data, p)
    check_budget(text, p)
    return SourceText(
        path=str(p.resolve()),
        name=p.name,
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def source_from_text(text: str, name: str = "document.txt") -> SourceText:
    """A SourceText from an in-memory string (tests, uploads already decoded)."""
    check_budget(text, name)
    return SourceText(
        path=name, name=name, text=text, encoding="utf-8",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
