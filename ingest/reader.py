"""Read a budget document from disk: check its size, detect its encoding and refuse what is not a budget.

Limits: a document is at most `MAX_BYTES` (checked with stat before reading); UTF-8 (with or without
BOM), UTF-16 (with or without BOM) and GB18030/GBK are decoded.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .errors import DocumentError
from .records import SourceText

MAX_BYTES = 50 * 1024 * 1024
_TABLE_TITLE = re.compile(r"^\s*表([一二三四五六七八九十]{1,3})、")


def _utf16_without_bom(data: bytes) -> str | None:
    """Text of UTF-16 bytes without a byte-order mark, else None.

    In such a file the NUL bytes (the high bytes of ASCII characters: tabs, digits, line ends) sit
    almost all at odd offsets (little-endian) or all at even ones (big-endian); binary data has them
    anywhere. The decoded text must be printable.
    """
    if len(data) % 2:
        return None
    sample = data[: 1 << 16]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) < 8 or min(even, odd) > max(even, odd) // 20:
        return None
    try:
        text = data.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return None
    head = text[:20000]
    printable = sum(1 for ch in head if ch.isprintable() or ch in "\t\n\r")
    return text if "\x00" not in text and printable >= 0.98 * len(head) else None


def decode(data: bytes, path: object = "<bytes>") -> tuple[str, str]:
    """Return (text, encoding) for UTF-8 (with or without BOM), UTF-16 (with or without BOM) or GB18030/GBK."""
    if not data.strip():
        raise DocumentError(path, "文件是空的 (the file is empty)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = [("utf-16", data)]
    elif data.startswith(b"\xef\xbb\xbf"):
        candidates = [("utf-8-sig", data)]
    elif b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is None:
            raise DocumentError(path, "这是二进制文件，不是文本 (binary data, not a text document)")
        return _lines(text), "utf-16"
    else:
        candidates = [("utf-8", data), ("gb18030", data)]
    for encoding, raw in candidates:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return _lines(text), encoding
    raise DocumentError(path, "无法识别编码（不是 UTF-8、UTF-16 或 GBK/GB18030）(unknown text encoding)")


def _lines(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


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
        size = p.stat().st_size  # refuse by size before reading a byte
        if size > MAX_BYTES:
            raise DocumentError(p, f"文件过大（{size / 1024 / 1024:.0f} MB），上限 {MAX_BYTES // 1024 // 1024} MB "
                                   "(file too large)")
        with p.open("rb") as f:
            data = f.read(MAX_BYTES + 1)  # bounded, in case the file grows meanwhile
    except OSError as e:
        raise DocumentError(p, f"无法读取 (cannot read): {e.strerror or type(e).__name__}") from e
    if len(data) > MAX_BYTES:
        raise DocumentError(p, f"文件过大，上限 {MAX_BYTES // 1024 // 1024} MB (file too large)")
    if data.startswith(b"%PDF") or p.suffix.lower() == ".pdf":
        from .pdf import extract  # pdfplumber loads only when a PDF is read

        return extract(p, data)
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
