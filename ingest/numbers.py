"""Amount cells read strictly: a number, a blank, or unreadable (never a guess, never an exception).

A well-formed amount is, after removing white space and mapping full-width characters to ASCII:

    [sign] digits [. digits]            1234.56   -3.5   0   0.00
    [sign] d{1,3}(,ddd)+ [. digits]     1,234.56  １，２３４．５６

Anything else that is not blank is UNREADABLE: NaN, inf, exponents (1e308), misplaced or doubled
separators (1,2,3,,,  ,,,  12,34), two dots, words, and magnitudes beyond `MAX_ABS` (a budget
figure is never that large, and beyond 2**53 a float no longer holds every digit). A lone dash
(- — －), the way tables leave a cell empty, counts as blank.

    >>> read_amount("1,234.56")
    Amount(value=1234.56, status='number', problem='')
    >>> read_amount(",,,").status
    'unreadable'
    >>> parse_amount("NaN") is None
    True
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

Status = Literal["number", "blank", "unreadable"]

NUMBER: Status = "number"
BLANK: Status = "blank"
UNREADABLE: Status = "unreadable"

MAX_ABS = 1e15  # 千万亿: no department budget figure comes near it, in 元 or in 万元
MAX_CHARS = 40  # a longer cell is not an amount

# full-width digits and punctuation, the minus signs in use, and every space we have met in tables
_TO_ASCII = str.maketrans({
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    "，": ",", "．": ".", "－": "-", "−": "-", "＋": "+",
})
_SPACE = re.compile(r"[\s\u00a0\u2000-\u200b\u3000\ufeff]+")
_DASHES = {"-", "--", "—", "——", "–", "―"}
_WELL_FORMED = re.compile(r"[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?")


@dataclass(frozen=True)
class Amount:
    """What an amount cell holds: value is set only when status is "number"; problem says why it is unreadable."""

    value: float | None
    status: Status
    problem: str = ""

    @property
    def readable(self) -> bool:
        return self.status != UNREADABLE


def normalise(cell: str) -> str:
    """The cell without white space, full-width characters mapped to ASCII ('１，２３４' -> '1,234')."""
    return _SPACE.sub("", cell).translate(_TO_ASCII)


def _why(s: str) -> str:
    """The problem of a non-blank cell that is not well-formed (a short Chinese phrase)."""
    low = s.lower().lstrip("+-")
    if low in ("nan", "inf", "infinity") or "nan" in low or "inf" in low:
        return "不是有限数（NaN/inf）"
    if re.fullmatch(r"[+-]?[\d.,]*\d[\d.,]*e[+-]?\d+", low):
        return "科学计数法不是金额写法"
    if not re.search(r"\d", s):
        return "没有数字" if re.fullmatch(r"[\d.,+-]*", s) else "不是数字"
    if s.count(".") > 1:
        return "有多个小数点"
    if "," in s:
        return "千分位分隔符位置不对"
    return "不是数字"


def read_amount(cell: object) -> Amount:
    """Read one amount cell strictly. Never raises; None and '' are blank."""
    if cell is None:
        return Amount(None, BLANK)
    if isinstance(cell, bool):
        return Amount(None, UNREADABLE, "不是数字")
    if isinstance(cell, int | float):
        value = float(cell)
        if not math.isfinite(value):
            return Amount(None, UNREADABLE, "不是有限数（NaN/inf）")
        if abs(value) > MAX_ABS:
            return Amount(None, UNREADABLE, "数值超出范围")
        return Amount(value, NUMBER)
    s = normalise(str(cell))
    if not s or s in _DASHES:
        return Amount(None, BLANK)
    if len(s) > MAX_CHARS:
        return Amount(None, UNREADABLE, "过长，不是金额")
    if not _WELL_FORMED.fullmatch(s):
        return Amount(None, UNREADABLE, _why(s))
    value = float(s.replace(",", ""))
    if abs(value) > MAX_ABS:
        return Amount(None, UNREADABLE, "数值超出范围")
    return Amount(value + 0.0, NUMBER)  # + 0.0 turns -0.0 into 0.0


def parse_amount(cell: object) -> float | None:
    """The value of a well-formed amount cell; None when the cell is blank or unreadable."""
    return read_amount(cell).value


def is_unreadable(cell: object) -> bool:
    """True for a non-blank cell that is not a well-formed amount (a finding when the column holds amounts)."""
    return read_amount(cell).status == UNREADABLE


__all__ = ["Amount", "read_amount", "parse_amount", "is_unreadable", "normalise", "NUMBER", "BLANK", "UNREADABLE",
           "MAX_ABS"]
