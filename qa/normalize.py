"""Pure text functions: normalising questions and names, numbers, Chinese numerals and money units."""

from __future__ import annotations

import functools
import re

from ingest.text import nfkc, norm

__all__ = ["nfkc", "norm", "cn_to_int", "arabize", "full_years", "full_money", "parse_number", "convert_money", "fmt_number", "numbers_in"]

MONEY = {"元": 1.0, "千元": 1e3, "万元": 1e4, "百万元": 1e6, "亿元": 1e8}
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_NUM = re.compile(r"[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?")


def cn_to_int(s: str) -> float | None:
    """'十' -> 10, '二十五' -> 25, '一百五十' -> 150, '三点五' -> 3.5; None if not a numeral."""
    if not s or any(c not in _CN_DIGIT and c not in _CN_UNIT and c != "点" for c in s):
        return None
    frac = 0.0
    if "点" in s:
        s, f = s.split("点", 1)
        digits = "".join(str(_CN_DIGIT[c]) for c in f if c in _CN_DIGIT)
        frac = float("0." + digits) if digits else 0.0
    total, cur = 0, 0
    for c in s:
        if c in _CN_DIGIT:
            cur = _CN_DIGIT[c]
        else:
            total += (cur or 1) * _CN_UNIT[c]
            cur = 0
    return total + cur + frac


_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def arabize(q: str) -> str:
    """Chinese numerals that count something become digits ('前十个' -> '前10个', '一百万元' -> '100万元').

    Numerals inside names (三公经费, 一般公共预算, 二期) are left alone: only a numeral followed by a
    unit or measure word, or after 前/超过/大于/…, is converted.
    """
    units = r"(?=个|项|名|位|人|家|次|万元|亿元|千元|元|万|亿|%|分(?!之)|大|条|类|款|份|辆|台|套|成(?![本立果员都为了绩])|倍)"
    # 前 of 目前/之前/以前 is no 'top' ('目前一共有几辆车'), and 一 of 一共/一起/一样 is no count
    # (nor 三 of 三公: '超过三公经费', '最多三公经费')
    after = r"((?<![目之以当此提事先眼面跟向])前|超过|大于|高于|多于|低于|小于|少于|不足|不到|不满|不少于|不超过|至少|最多|排名)"

    def repl(m: re.Match) -> str:
        v = cn_to_int(m.group(0))
        if v is None:
            return m.group(0)
        return str(int(v)) if v == int(v) else str(v)

    # a year said digit by digit ('二〇二四年', '二零二六年度') is that year in digits
    q = re.sub(r"(?<![一二三四五六七八九十〇零○])([一二][〇零○九][〇零○一二三四五六七八九]{2})(?=年)",
               lambda m: m.group(1).translate(_YEAR_DIGITS), q)
    # ('二五年预算': a year of this century said by its last two digits)
    q = re.sub(r"(?<![一二三四五六七八九十〇零○百千万\d])([一二][〇零○一二三四五六七八九])(?=年(?!级))",
               lambda m: "20" + m.group(1).translate(_YEAR_DIGITS), q)
    # a percentage said in words is one in digits ('超过百分之四十' -> '超过40%')
    q = re.sub("百分之(" + _CN_NUM.pattern + ")", lambda m: f"{repl(re.match('.*', m.group(1)))}%"
               if cn_to_int(m.group(1)) is not None else m.group(0), q)
    q = re.sub(after + "(" + _CN_NUM.pattern + ")(?![共起样直些切定般同致旦公]|分之)",  # (not 百 of 超过百分之四十)
               lambda m: m.group(1) + repl(re.match(".*", m.group(2))), q)
    # an ordinal ('排第二', '第三大'): a digit, but not inside a name ('第二课堂')
    q = re.sub(r"排在第(?=[一二三四五六七八九十\d])", "排第", q)  # '排在第二位': 排第二位
    q = re.sub(r"(排名?|名列)?第([一二三四五六七八九十]{1,3})(?=[大多高小少低名位的个项贵]|$)|(排名?|名列)第([一二三四五六七八九十]{1,3})(?=[？?！!。，,；;\s])",
               lambda m: (m.group(1) or m.group(3) or "") + "第" + repl(re.match(".*", m.group(2) or m.group(4))), q)
    # (never glued to a number said right before it: '2101199三个科目' is a code and a count, not 21011993)
    return re.sub(r"(?<![\d.])" + _CN_NUM.pattern + units, lambda m: repl(m) if not _inside_name(q, m) else m.group(0), q)


# '25年', '24、25两年': a year said by its last two digits (2010-2035). Not a span of years: nothing that
# counts years stands before it ('满25年', '近10年', '第10年', '使用年限10年') or after it ('10年以上', '10年内').
_SHORT_YEARS = re.compile(
    r"(?<![\d.第满近约达为了期用去过限共每])((?:1\d|2\d|3[0-5])(?:(?:、|，|,|和|与|跟|及|至|到|-|~|—)(?:1\d|2\d|3[0-5]))*)"
    r"(?=(?:两|三)?年(?!以[上下来内]|内|间|来|左右|时间|期|限|工龄|后|前))")


def full_years(q: str) -> str:
    """Years said by their last two digits, written in full: '万里街道25年' -> '万里街道2025年',
    '对比24、25两年' -> '对比2024、2025两年'."""
    return _SHORT_YEARS.sub(lambda m: re.sub(r"\d\d", lambda d: "20" + d.group(0), m.group(1)), q)


def full_money(q: str) -> str:
    """Money said the everyday way: '10万块' -> '10万元', '500块钱' -> '500元'."""
    return re.sub(r"(\d)(万|千|亿)?块(?:钱)?(?![地区头])", r"\1\2元", q)


def _inside_name(q: str, m: re.Match) -> bool:
    # "一般", "三公", "二期": a numeral glued to a following name character is not a count
    nxt = q[m.end() : m.end() + 1]
    if m.group(0) == "一" and q[m.start() - 1 : m.start()] in set("哪这那每某同单任另其唯统逐"):
        return True  # 哪一项, 这一类: not a count
    if m.group(0) in ("十", "百", "千", "万") and nxt == "分":  # 十分重要, 百分之
        return True
    return nxt == "" or (m.group(0) in ("一", "三") and nxt in "公般")


def parse_number(s: str) -> float | None:
    """'10,122.38' / '１０，１２２．３８' -> 10122.38."""
    t = nfkc(s).replace(",", "").replace("，", "").strip()
    try:
        return float(t)
    except ValueError:
        return None


def convert_money(value: float, unit: str, want: str) -> float:
    """Convert between 元/千元/万元/百万元/亿元."""
    return value * MONEY[unit] / MONEY[want]


def fmt_number(v: float, *, decimals: int | None = None) -> str:
    """1234.5678 -> '1,234.5678' (trailing zeros trimmed, at most 6 decimals); integers without '.0'."""
    if decimals is not None:
        s = f"{v:,.{decimals}f}"
    else:
        s = f"{v:,.6f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def numbers_in(text: str) -> list[float]:
    """Every number written in a text (thousands separators allowed)."""
    return list(_numbers_in(text))


@functools.lru_cache(maxsize=20_000)
def _numbers_in(text: str) -> tuple[float, ...]:
    t = nfkc(text)
    return tuple(float(x.replace(",", ""))
                 for x in re.findall(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", t))


def last_heading(section: str | None) -> str:
    """The last heading of a section path, without its numbering ('… > 2、公务接待费' -> '公务接待费')."""
    return re.sub(r"^[（(]?[\d一二三四五六七八九十]+[)）、.．]\s*", "", (section or "").split(" > ")[-1]).strip()
