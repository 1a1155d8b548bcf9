"""Read a question into typed spans, in the manner of spaCy's EntityRuler: every span has a label,
and a word that no span explains is a reason not to answer.

    read(question, lexicon) -> Reading

Pipeline (each step a small function over the normalised question):

1. `normalise`: Traditional -> Simplified (OpenCC), full-width -> half-width, Chinese numerals that
   count something -> digits; an English question is rewritten with the English budget vocabulary
   (`qa/vocab/synonyms.json`) so the same rules read it.
2. `rule_spans`: the declarative rules of `qa/vocab/reading.json` (operation, answer type, unit,
   years relative to the document, "each", fillers).
3. `year_spans`: years written out (2024年).
4. `Lexicon.link`: names the index holds (see `qa.lexicon`).

The spans overlap freely; the planner decides which reading of the question holds.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .errors import QuestionError
from .normalize import arabize, full_money, full_years, nfkc, norm

VOCAB = Path(__file__).resolve().parent / "vocab"
MAX_CHARS = 500


@dataclass(frozen=True)
class Span:
    """A part of the normalised question (key offsets) with what it means."""

    start: int
    end: int
    label: str  # op:sum | type:person | unit:元 | year | rel:prior | each | filler | link …
    text: str
    groups: tuple[tuple[str, str], ...] = ()  # named groups of the rule that matched (n, u, a, b …)

    def group(self, name: str) -> str | None:
        return next((v for k, v in self.groups if k == name), None)

    @property
    def kind(self) -> str:
        return self.label.split(":", 1)[0]

    @property
    def value(self) -> str:
        return self.label.split(":", 1)[1] if ":" in self.label else ""


@dataclass(frozen=True)
class Reading:
    raw: str
    text: str  # normalised, simplified, for display ("我理解的问题")
    key: str  # matching form: no spaces or punctuation
    spans: tuple[Span, ...] = ()
    english: bool = False
    years: tuple[int, ...] = ()
    unknown_english: tuple[str, ...] = field(default=())  # English words no vocabulary explains
    aside: tuple[str, ...] = ()  # what a side clause set aside ('基本支出不算': 基本支出)
    breaks: tuple[int, ...] = ()  # positions of the key where a clause ended ('…项目支出，表四里…': before 表)
    brackets: tuple[tuple[int, int], ...] = ()  # the key's spans said in brackets ('…的钱（机关运行经费）')
    seps: tuple[int, ...] = ()  # positions of the key where a list's items meet ('甲、乙': before 乙)

    def has(self, label: str) -> bool:
        return any(s.label == label or s.label.startswith(label + ":") for s in self.spans)

    def first(self, label: str) -> Span | None:
        return next((s for s in self.spans if s.label == label or s.label.startswith(label + ":")), None)

    def all(self, label: str) -> list[Span]:
        return [s for s in self.spans if s.label == label or s.label.startswith(label + ":")]


# ---------------------------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Rule:
    label: str
    pattern: re.Pattern


@cache
def _vocab() -> dict:
    """qa/vocab/reading.json, read once."""
    return json.loads((VOCAB / "reading.json").read_text(encoding="utf-8"))


@cache
def rules() -> tuple[Rule, ...]:
    data = json.loads((VOCAB / "reading.json").read_text(encoding="utf-8"))
    return tuple(Rule(r["label"], re.compile(_longest_first(rule_pattern(r)), re.I)) for r in data["rules"])


def rule_pattern(rule: dict) -> str:
    """A reading.json rule's pattern: a string, or a list of named groups of alternatives (each with its `_doc`),
    joined in order."""
    p = rule["pattern"]
    return p if isinstance(p, str) else "|".join(g["pattern"] for g in p)


@cache
def indicator_rates() -> tuple[str, ...]:
    """Kinds of performance indicators stated as a percentage (reading.json 'indicator_rates')."""
    return tuple(_vocab().get("indicator_rates", ()))


@cache
def counted_purchases() -> dict[str, dict]:
    """Purchase fees whose things the text also counts, by the fee's column role (reading.json 'counted_purchases')."""
    return {x["measure"]: x for x in _vocab().get("counted_purchases", ())}


@cache
def named_pattern(name: str) -> re.Pattern:
    """One of reading.json's `named_patterns` ('department_head', 'company'), compiled."""
    return re.compile(_vocab()["named_patterns"][name])


@cache
def named_words(name: str) -> tuple[str, ...]:
    """One of reading.json's `named_patterns` that is a list of words ('supplier_words')."""
    return tuple(_vocab()["named_patterns"][name])


@cache
def words() -> tuple[str, ...]:
    """Budget words the question's segmentation keeps whole (reading.json 'words')."""
    return tuple(json.loads((VOCAB / "reading.json").read_text(encoding="utf-8")).get("words", ()))


def _longest_first(pattern: str) -> str:
    """A pattern that is a plain list of words ('用|用于'), reordered so the longest word wins."""
    if re.search(r"[()\[\]\\?*+.{}^$]", pattern):
        return pattern
    return "|".join(sorted(pattern.split("|"), key=len, reverse=True))


@cache
def _side_rules() -> tuple[tuple[str, re.Pattern], ...]:
    data = json.loads((VOCAB / "reading.json").read_text(encoding="utf-8"))["side_clauses"]
    # (a premise before a remark: '我记得某局比去年多了两亿多，那去年是多少' is what the asker was told of a change)
    return tuple((how, re.compile(p)) for how in ("restate", "except", "preamble", "include", "method", "premise", "stated", "remark",
                                                  "gloss", "gloss_after", "topic")
                 for p in data.get(how, ()))


# a rough figure ('有三千七百多万', '十来辆'): said from memory, never an operand
_ROUGH = re.compile(r"(?:有|是|才|就)?(?:大概|大约|约)?[\d一二两三四五六七八九十百千万亿几]+(?:多|来|余)[\d一二两三四五六七八九十百千万亿]*"
                    r"(?:元|块钱|块|万元|亿元|辆|个|人|台|家|项|套)?")


@cache
def _hedges() -> tuple[re.Pattern, ...]:
    """A remark's opening words that only hedge what follows ('我记得…'): the words go, what follows stays."""
    return tuple(re.compile(p) for p in _vocab()["side_clauses"].get("hedge", ()))


@cache
def _chain() -> tuple[re.Pattern, re.Pattern] | None:
    data = _vocab().get("chain")
    return (re.compile(data["subject"]), re.compile(data["ask"])) if data else None


@cache
def _owner_chain() -> re.Pattern | None:
    data = _vocab().get("chain_owner")
    return re.compile(data) if data else None


def owner_chained(text: str) -> tuple[str, bool] | None:
    """(the question for the person, whether their projects are counted), for a question about the projects of
    a named project's responsible person: '某项目的负责人总共挂了几个项目' -> ('某项目的负责人是谁？', True)."""
    rule = _owner_chain()
    m = rule.match(text.strip()) if rule else None
    if not m:
        return None
    return f"{m.group('s')}的负责人是谁？", m.group("n") in ("几个", "多少个")


def chained(text: str) -> tuple[str, str] | None:
    """(the selection as a question of its own, what is asked of the row it names), for a question that names
    a row by its rank and asks something else of it: '钱最多的那个是干啥的' -> ('钱最多的是哪个？', '是干啥的')."""
    rule = _chain()
    m = rule[0].match(text.strip().rstrip("？?。!！ ")) if rule else None
    if not m or not m.group("s") or not rule[1].match(m.group("ask")):
        return None
    if re.search(r"前(?:\d+|[两二三四五六七八九十])(?:个|项|名|位)$", m.group("s")):
        # ('前三个项目加起来占…': the rows' sum is the part; nothing else is asked of several rows at once)
        if not re.match(r"(?:加起来|加在一起|合起来|合计|一共|总共|总计)?(?:的)?(?:金额|预算|钱|资金)?(?:所)?占", m.group("ask")):
            return None
        return f"{m.group('s')}{m.group('what') or ''}是哪些？", m.group("ask")
    return f"{m.group('s')}的{m.group('what') or ''}是哪个？", m.group("ask")


@cache
def _example_rules() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in _vocab().get("examples", ()))


def example_clauses(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, the examples) of each clause that gives rows as examples of those asked: '（像基本工资、奖金这种）'."""
    out = []
    for rule in _example_rules():
        for m in rule.finditer(text):
            words = tuple(w for w in re.split(r"[、，,和及与]|以及", m.group("x")) if len(w.strip()) >= 2)
            if words and not any(a < m.end() and m.start() < b for a, b, _ in out):
                # (an example given in quotes, '像“行政运行”这种', is the name inside them)
                out.append((m.start(), m.end(), tuple(w.strip().strip("“”\"「」‘’'") for w in words)))
    return sorted(out)


_COUNTED_LIST = re.compile(r"(?:那|这)?(?P<n>\d)个(?P<noun>专项|项目|科目|款|类)[（(](?P<x>[^（）()]{4,})[）)]")


def counted_list(text: str) -> str | None:
    """'那4个专项（甲、乙、丙、丁）': a count of things, then as many names in brackets
    — the names are what is asked, each a 专项 when the count says so; None when no such clause, or the count
    and the names differ."""
    m = _COUNTED_LIST.search(text)
    if not m:
        return None
    items = [w.strip() for w in re.split(r"[、，,]|以及|和|及|与", m.group("x")) if w.strip()]
    if len(items) != int(m.group("n")) or any(len(w) < 2 for w in items):
        return None
    noun = m.group("noun")
    named = "、".join(w if noun != "专项" or w.endswith(noun) else f"{w}{noun}" for w in items)
    return f"{text[:m.start()]}{named}{text[m.end():]}"


def class_phrase(scheme: str, level: int) -> str | None:
    """'经济分类款级科目': how a question names the rows of one classification at one level (reading.json levels)."""
    names = _vocab().get("levels", {})
    s, lv = names.get("scheme", {}).get(scheme), names.get("level", {}).get(str(level))
    return f"{s}{lv}科目" if s and lv else None


@cache
def _frames() -> tuple[re.Pattern, re.Pattern] | None:
    data = _vocab().get("frames")
    return (re.compile(data["frame"]), re.compile(data["spread"])) if data else None


def _unframed(key: str, spans: list[Span]) -> list[Span]:
    """'按功能分类看，某科目里的项目支出是多少': the classification frames one row; nothing is broken down."""
    rule = _frames()
    m = rule[0].match(key) if rule else None
    if m is None or rule[1].search(key[m.end():]):
        return spans
    return [s for s in spans if not (s.label == "op:breakdown" and s.start < m.end())]


@cache
def _alternatives() -> tuple[tuple[tuple[tuple[str, ...], ...], tuple[str, ...]], ...]:
    """(members, each a tuple of its words; the wholes) of each group of alternatives."""
    data = json.loads((VOCAB / "reading.json").read_text(encoding="utf-8"))["alternatives"]
    return tuple((tuple(tuple(m.split("|")) for m in g["members"]), tuple(g.get("wholes", ()))) for g in data)


_SIDE_SPLIT = re.compile(r"([,，。;；?？!！（）():：])")


_ASKS = re.compile(r"(多少|几|哪|什么|谁|吗|怎么|为何|为什么|是否|有没有|呢)")


def _whole_group(words: str) -> bool:
    """Does `words` name every member of one group of alternatives ('基本支出和项目'): all of it, so nothing
    is left out?"""
    parts = [w for w in re.split(r"[和与及、或跟/]|以及", words) if w]
    for group, _ in _alternatives():
        if len(parts) == len(group) and all(any(any(w in part or part in w for w in m) for part in parts)
                                            for m in group):
            return True
    return False


def _sets_aside(words: str, main: str) -> bool:
    """Every word of `words` is an alternative to something the rest of the question names."""
    parts = [w for w in re.split(r"[和与及、或跟/]|以及", words) if w]
    if not parts:
        return False
    for part in parts:
        ok = False
        for group, wholes in _alternatives():
            mine = [m for m in group if any(w in part for w in m)]
            said = [m for m in group if m not in mine and any(w in main for w in m)]
            # nothing else in the part ('退休的公务用车' sets aside more than an alternative)
            left = part
            for w in sorted((w for m in mine for w in m), key=len, reverse=True):
                left = left.replace(w, "")
            # the member set aside is not also said in the rest, nor held by a word of it ('离退休' holds 离休)
            if mine and said and not re.sub(r"(的|人员|人|那些|那类|这些|部分|数|指标|类|工|单位)", "", left) \
                    and not any(w in main for m in mine for w in m) and not any(w in main for w in wholes):
                ok = True
        if not ok:
            return False
    return True


_BARE_YEAR_ASK = re.compile(r"那|\d{2,4}年|去年|上年|前年|上一年|预算|执行数|倒推回去|反推回去|倒推|反推|是|多少|大概|大约|约|万元|万|元|"
                            r"钱|呢|的|有|[？?，,。]")


def side_clauses(text: str) -> tuple[str, tuple[str, ...]]:
    """The question without its side clauses, and the words they set aside.

    '…项目支出是多少？不要把基本支出算进去。' -> ('…项目支出是多少？', ('基本支出',)). A clause that only
    restates the question ('只要项目支出') goes when the rest says its words; one that sets something aside goes
    when what it sets aside is an alternative to what the rest asks (reading.json `side_clauses`,
    `alternatives`). Any other clause stays, and is read (and refused when unexplained) as before."""
    pieces = _SIDE_SPLIT.split(text)
    clauses = [(i, norm(pieces[i])) for i in range(0, len(pieces), 2)]
    if sum(1 for _, c in clauses if c) < 2:
        return text, ()
    found: dict[int, tuple[str, str]] = {}  # clause -> (restate | except, its words)
    who: dict[int, str] = {}
    what: dict[int, str] = {}  # what a premise says changed ('某街道24年财政拨款比23年少了…': 财政拨款)
    for i, c in clauses:
        m = next(((how, m) for how, pattern in _side_rules() if (m := pattern.match(c))), None)
        if m:
            found[i] = (m[0], re.sub(r"(?:的|数|那部分|那些|那类)+$", "", m[1].group("x")))
            who[i] = m[1].groupdict().get("who") or ""
            what[i] = m[1].groupdict().get("what") or ""
    rest = "".join(c for i, c in clauses if i not in found)  # what the question says besides its side clauses
    drop: dict[int, str] = {}
    glossed = False
    for i, (how, x) in found.items():
        if how == "preamble":  # only the first clause, and only before the question itself
            if i == next(j for j, c in clauses if c) and rest:
                drop[i] = ""
        elif how == "include" and rest and re.search(r"(合计|一共|总共|加起来|总额|共计|总计|全部|人数|多少人)", rest) \
                and (_whole_group(x) or re.fullmatch(r"(各类|各种|所有|全部|各项|各个|所属|下属|下面的?)[\u4e00-\u9fff]{0,4}", x)
                     or re.fullmatch(r"(其他|其它|自有|单位|非财政)?(资金|收入|经费|来源)", x)):
            drop[i] = ""  # '（各类资金都算）', '基本支出和项目的都算上', '（含所属单位）' beside a total
        elif how == "include" and re.search(r"(实际人数|实有人数|总人数|实际(?:一共|总共|共)?有多少人|实有多少人|(?:多少|几)个?人实际)", rest) and any(
                x in wholes or bool(wholes) and any(x in group for group in groups) for groups, wholes in _alternatives()):
            drop[i] = ""  # '实际人数…连离退休的一起算': the count of everyone already holds them
        elif how == "stated" and re.match(r"(?:那|那么)(?!个|些|块|笔|项|年|家|位|一)", next(
                (cj for j, cj in clauses if j > i and cj), "")) and _ASKS.search(rest):
            drop[i] = ""  # '某局编制200人，那实际人数是多少': a figure the asker states, then the question that follows on
            pieces[i] = who[i]
        elif how == "method" and re.search(r"(人均|平均|每)", rest) and all(
                (stem := re.sub(r"(的)?(预算数|预算|数额|金额|总额|总数|人数|数量|数)$", "", w)) and stem in rest
                for w in (x, who[i])):
            drop[i] = ""  # '按某费除以某人数算，某人员人均某费': how the asker divides, what the rest asks for each
        elif how == "remark" and rest and not _ASKS.search(c) and not re.search(r"(它|他|她|这些|那些|这几|那几|该)", rest) \
                and not any(j > i and re.match(r"[这那]个(?:项目|专项|单位|科目)", cj) for j, cj in clauses if j not in found) \
                and (any(
                j < i and _ASKS.search(cj) for j, cj in clauses if j not in found)
                or not (re.search(r"\d|[一二两三四五六七八九十百千]+(多|来|余)?[万亿]", c) or len(rest) <= 10)):
            drop[i] = ""  # '感觉不多啊', '都说是某局': the asker's remark, no question in it (one before a short
            # question that says a figure says what it is about: '听说某费要三百多万，准确数字是多少')
            if who[i]:  # ('按某街道25年预算说明倒推，…': the department it names is the one asked about)
                pieces[i] = who[i]
        elif how == "premise":
            after = next((cj for j, cj in clauses if j > i and cj), "")
            if re.match(r"那(?!个|些|块|笔|项|年|家|位|一)", after) and re.search(r"(\d{2,4}年|去年|上年|前年|上一年)", after):
                # '…比去年少了，那去年是多少': a question that follows, of a year's own figure
                drop[i] = ""
                # who said it names the department asked about (not what it said of it: '某局2024年财政拨款说是…')
                said_by = re.match(r"^.*?(?:局|委员会|委|街道办事处|街道|办事处|中心|管理处)", who[i])
                pieces[i] = said_by.group(0) if said_by else who[i]
                if not _BARE_YEAR_ASK.sub("", after) and _BARE_YEAR_ASK.sub("", what.get(i, "")):
                    # '…财政拨款比23年少了876万多，那23年预算是多少': a question that names nothing asks of what changed
                    pieces[i] += what[i]
            elif not after and (asked := next((cj for j, cj in reversed(clauses) if j < i and cj), "")) and \
                    _ASKS.search(asked) and re.search(r"(\d{4}年|去年|上年|上一年|前年)", "".join(
                        cj for j, cj in clauses if j < i)) and not re.search(r"(比|变化|增减|差)", asked):
                drop[i] = ""  # '…2024年的预算是多少？25年说比上一年多了三千多万': the question asked before it
                pieces[i] = ""
        elif how == "gloss" and rest and not _ASKS.search(c) and (
                i > 0 and pieces[i - 1] in "（(" or re.search(r"[“「\"].+?[”」\"]", text[: text.find(pieces[i])])):
            drop[i] = ""  # '某费”，也就是…的那种', '（就是某某那个）': a gloss of a name given exactly
        elif how == "gloss_after" and i == max(j for j, cj in clauses if cj) and any(
                j < i and _ASKS.search(cj) for j, cj in clauses if j not in found):
            # '…买公车的钱是多少？就是公务用车购置费': the name the asker meant, read as a name given in brackets
            pieces[i] = f"（{x}）"
            glossed = True
        elif how == "topic" and _ASKS.search(rest) and x[-1] in rest and i == next(j for j, c in clauses if c):
            drop[i] = ""  # '那公车呢，今年买车要花多少': the question after the topic says what is asked
        elif x and rest and ((how == "restate" and x in rest) or (how == "except" and _sets_aside(x, rest))):
            drop[i] = x if how == "except" else ""
    hedged = False
    for i, (how, _x) in found.items():
        if how == "remark" and i not in drop and (m := next((m for p in _hedges() if (m := p.match(pieces[i]))), None)):
            # '我记得去年某支出有三千多万，今年少了多少': what is recalled stays, its rough figure goes
            pieces[i], hedged = _ROUGH.sub("", m.group("x")) or m.group("x"), True
    if not drop and not hedged and not glossed:
        return text, ()
    kept = [p for j, p in enumerate(pieces) if j not in drop or (found[j][0] in ("premise", "remark", "stated") and who[j] and p)
            or (found[j][0] == "premise" and p)]
    out = re.sub(r"[（(]\s*[）)]", "", "".join(kept))
    out = re.sub(r"^[,，。;；:：]+|([,，。;；?？!！])[,，。;；:：]+", lambda m: m.group(1) or "", out).strip()
    return out, tuple(x for x in drop.values() if x)


@cache
def synonyms() -> dict:
    return json.loads((VOCAB / "synonyms.json").read_text(encoding="utf-8"))


@cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """Traditional Chinese characters as Simplified ones (OpenCC t2s); Simplified text is unchanged."""
    return _converter().convert(text)


# English: budget phrases and question words rewritten into the words the rules and the index use
_EN_QUESTION = tuple((en, zh) for en, zh in synonyms()["english_question"])  # (synonyms.json)
# a share said the English way round: the part after the whole ('what share of A goes to B') or 'B as a share of A'
_SHARE_WORD = r"(?:share|percentage|percent|proportion|fraction)"
_EN_SHARE = (
    (re.compile(rf" what {_SHARE_WORD} of (.+?) (?:goes to|go to|is spent on|are spent on|is used for|is used on|"
                rf"is allocated to|is devoted to|does|do|is|are|was|were) (.+?)(?: account for| make up| take up| represent)?"
                r"(?= qqbreak |\s*$)"), (2, 1)),
    (re.compile(rf" (?:what is |what are )?(?:the )?(.+?) as an? {_SHARE_WORD} of (.+?)(?= qqbreak |\s*$)"), (1, 2)),
)
_EN_PART = re.compile(r" how much of (.+?) (?:is|are|goes to|go to|is spent on|is used for) (.+?)(?= qqbreak |\s*$)")
_EN_EXCEED = re.compile(r" (?:by )?how much (?:does|do|did|will) (.+?) exceed (.+?)(?= qqbreak |\s*$)")
# 'how much lower is A than B': A比B少多少 (higher, more …: 多多少)
_EN_THAN = re.compile(r" how much (lower|less|smaller|higher|more|larger|bigger|greater) (?:is|was|are|were|will be) (.+?) "
                      r"than (.+?)(?= qqbreak |\s*$)")
_EN_BUY_COUNT = re.compile(r" how many ([a-z][a-z ]{2,30}?) (?:does|do|will|is|are) (.+?) (?:plan to |planning to |intend to |"
                           r"expect to |want to |going to |budgeted to |budget to )?(?:buy|purchase|acquire|procure)"
                           r"(.*?)(?= qqbreak |\s*$)")
_EN_HAVE_COUNT = re.compile(r" how many (?!people|persons|staff|employees|workers|personnel)([a-z][a-z ]{2,30}?) (?:does|do|did) (.+?) (?:have|own|hold|keep|possess)(?![a-z])"
                            r"(.*?)(?= qqbreak |\s*$)")
_EN_WORDS = frozenset(w for en, _ in _EN_QUESTION for w in en.split()) - {"and"}


@cache
def _en_stop() -> frozenset[str]:
    """English words a question needs no explanation for ('the', 'please', 'allocated')."""
    return frozenset(synonyms()["english_stop"])


_GLOSSED = re.compile(r"((?:(?:[A-Za-z][A-Za-z'\-]*|&)\s+){0,6}[A-Za-z][A-Za-z'\-]*)\s*[(（]\s*([\u4e00-\u9fff“”\"]{2,})\s*[)）]")
_SCALE = (("billion", 1e5), ("million", 100.0), ("thousand", 0.1))  # into 万
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = "(" + "|".join(m[:3] + f"(?:{m[3:]})?" for m in _MONTHS) + r")\.?"
_DATES = (  # '31 August 2025', 'August 31, 2025' -> 2025年8月31日
    (re.compile(rf"(\d{{1,2}})\s+{_MONTH}\s*,?\s*(\d{{4}})", re.IGNORECASE), (3, 2, 1)),
    (re.compile(rf"{_MONTH}\s+(\d{{1,2}})\s*,?\s*(\d{{4}})", re.IGNORECASE), (3, 1, 2)),
)


def _dates(text: str) -> str:
    def month(name: str) -> int:
        return next(i for i, m in enumerate(_MONTHS, 1) if m.startswith(name.lower()[:3]))

    for pattern, (y, m, d) in _DATES:
        text = pattern.sub(lambda g, y=y, m=m, d=d: f" {g.group(y)}年{month(g.group(m))}月{int(g.group(d))}日 ", text)
    # 'the end of August 2024' -> 2024年8月底, 'August 2024' -> 2024年8月
    text = re.sub(rf"(?i)\b(?:the\s+)?end\s+of\s+{_MONTH}\s*,?\s*(\d{{4}})",
                  lambda g: f" {g.group(2)}年{month(g.group(1))}月底 ", text)
    text = re.sub(rf"(?i)(?<![\d年])\b{_MONTH}\s*,?\s*(\d{{4}})\b", lambda g: f" {g.group(2)}年{month(g.group(1))}月 ", text)
    text = re.sub(r"(?i)\b(total|overall|whole)\s+(\d{4})\s+", r"\2 \1 ", text)  # 'total 2024 budget'
    text = re.sub(r"(?i)\b(?:according to|per)\s+(?=(?:its|the|their|this)\b)", " ", text)  # 'per its 2025 budget'
    return re.sub(r"(?i)\b(?:as of|as at|by the end of|by)\s+(?=\d{4}年)", " 截至", text)


_GLOSS_AFTER = re.compile(r"([\u4e00-\u9fff“”]{2,}|(?<![\d.])\d{3,7})\s*[(（]\s*[A-Za-z][A-Za-z ,'’\-&/]*[)）]")
# "'three public expenses' (overseas trips, official receptions, official vehicles)": a name given in quotes, its
# English gloss in brackets after it (no figure, no unit) is not needed
_QUOTED_GLOSS = re.compile(r"(['‘’\"“”][A-Za-z][^'‘’\"“”]*['‘’\"“”](?:\s+(?:category|class|item|items|heading|line|"
                           r"fund|funds|expenses|expenditure|spending))?)\s*[(（](?![^)）]*(?:yuan|percent|rmb|\d))"
                           r"\s*[A-Za-z][A-Za-z ,'’\-&/]*[)）]", re.IGNORECASE)
_CODE_GLOSSED = re.compile(r"['‘’\"“”][A-Za-z][A-Za-z ,\-&/]*['‘’\"“”]\s*[(（]\s*(?:code\s*)?(\d{3,7})\s*[)）]",
                           re.IGNORECASE)


_EN_AND_ASK = re.compile(r"(?i),?\s+and\s+(?=(?:who|what|how|when|which|where|whom)\b)")
_EN_ASKS = re.compile(r"(?i)\s*(?:what|how|who|which|when|where|is|are|does|do|did)\b")
_EN_WHAT_AMOUNT = re.compile(r"(?i)^\s*what(?:'s|\s+is|\s+was|\s+are)\s+(?=(?:the\s+|its\s+)?(?:\d{4}\s+)?(?:total\s+)?"
                             r"(?:budget|cost|amount|spending|allocation|funding)\b)")


_ACRONYM = re.compile(r"\b([A-Z]{2,6})s?\s*[(（]\s*([A-Za-z][A-Za-z \-]+?)\s*[)）]")


def _spelled_out(m: re.Match) -> str:
    """An acronym with its words in brackets after it: the words (the vocabulary knows them), else both as said."""
    words = [w for w in re.split(r"[\s\-]+", m.group(2)) if w.lower() not in ("and", "of", "the", "for", "&")]
    return f" {m.group(2)} " if "".join(w[0] for w in words).upper() == m.group(1) else m.group(0)


_BRACKETED = re.compile(r"([A-Za-z][A-Za-z \-]*?)\s*[(（]\s*([A-Za-z][A-Za-z \-]*?)\s*[)）]")


@cache
def _english_names() -> dict[str, str]:
    """The vocabulary's English names (lowercased, spaces folded), each with the Chinese it renders."""
    return dict((" ".join(en.lower().split()), zh) for en, zh in synonyms()["english"])


def _bracket_said_once(m: re.Match) -> str:
    """An English name with another name of the same thing in brackets after it ('Import Expo (CIIE)', 'CIIE (import
    expo)'): the name before, once. Both must be names the vocabulary renders the same; anything else stays as said."""
    known = _english_names()
    inner = known.get(" ".join(m.group(2).lower().split()))
    words = m.group(1).split()
    at = next((i for i in range(max(0, len(words) - 6), len(words))
               if inner and known.get(" ".join(words[i:]).lower()) == inner), None)
    if at is None:
        return m.group(0)
    # (the longer of the two, which the words after may go on: 'TCM (Chinese medicine) inheritance')
    name = max((" ".join(words[at:]), " ".join(m.group(2).split())), key=len)
    return " ".join([*words[:at], name]) + " "


def _english(text: str) -> tuple[str, tuple[str, ...]]:
    """An English question rewritten with budget vocabulary; the English words nothing explains (kept in the
    text, romanised place names among them, for the index to link: 'Changfeng Xincun' -> changfengxincun)."""
    # "X Subdistrict's (Place) budget": a possessive says whose, nothing more; 'item NNNNNNN': the code
    text = re.sub(r"(?<=[A-Za-z])['’]s\b", "", text)
    # 'How big is … procurement budget': how much money, never an area (which says area, space, square metres …)
    text = re.sub(r"(?i)\bhow (?:big|large)\b(?=(?:(?!\b(?:area|space|square|site|floor|land|building|room)s?\b)[^?])*"
                  r"\b(?:budget|budgets|spending|expenditure|expenditures|funding|allocation|revenue|income)\b)",
                  "how much", text)
    # 'in-service (on-the-job) staff', 'survival (retention) rate': a one-word or hyphened gloss in brackets inside a
    # noun phrase says it again
    # ('in-service (currently employed) staff': up to three words; never a clause that leaves something out)
    text = re.sub(r"(?<=[a-z])\s*\((?!\s*(?:not|no|excluding|including|except|without|only|but|less|plus)\b)"
                  r"\s*[a-z]+(?:[- ][a-z]+){0,2}\s*\)\s*(?=[a-z])", " ", text)
    # 'What is X for?', 'What does X pay for?', 'What will X be spent on?': what it is for, not how much
    if re.match(r"(?i)\s*what\s+(?:is|are|was|were|does|do|will)\b", text) and not re.search(
            r"(?i)\b(?:percentage|percent|share|proportion|fraction)\b", text):
        text = re.sub(r"(?i)(?<!account )\b(?:(?:pay|paid|spent|used|allocated)\s+)?for\s*[?？.]?\s*$|"
                      r"\b(?:spent|used)\s+on\s*[?？.]?\s*$", " 用途是什么?", text)
    text = re.sub(r"(?i)\b(?:item|subject|account|line)\s+(?=\d{3,7}\b)", "", text)
    # 'the original value of the bureau's fixed assets': the owner said inside a name is the department asked
    # about, and the name is the one the vocabulary knows ('original value of fixed assets'); 'end-2022': end of
    text = re.sub(r"(?i)\bof\s+(?:the\s+)?(?:(?:bureau|department|commission|agency|office|subdistrict|committee|"
                  r"unit)['’]s|its|their)\s+", "of ", text)
    text = re.sub(r"(?i)\bend[-\s]+(?=(?:of\s+)?\d{4})(?:of\s+)?", "end of ", text)
    # '事业运行 (public institution operations)', 'code 2080506 (occupational annuity)': a Chinese name or a code
    # given, its English gloss after it in brackets is not needed
    text = _GLOSS_AFTER.sub(lambda m: f" {m.group(1)} ", text)
    text = _QUOTED_GLOSS.sub(lambda m: f" {m.group(1)} ", text)
    # '…the actual headcount, not the authorized staffing?': what it is not, said last, says nothing more
    text = re.sub(r"(?i),\s*(?:and\s+)?not\s+(?:the\s+|its\s+|their\s+)?[a-z][a-z \-]*(?=[?.!]?\s*$)", " ", text)
    text = _ACRONYM.sub(_spelled_out, text)  # 'SMEs (small and medium enterprises)': the words, said once
    text = _BRACKETED.sub(_bracket_said_once, text)  # 'the Import Expo (CIIE)': one name said twice is said once
    # 'its industry special fund (某产业专项)': the Chinese name given is the name; its gloss is not needed
    text = _GLOSSED.sub(lambda m: " " + _unglossed(m.group(1), m.group(2)) + " " + m.group(2) + " ", text)
    # "'other commercial expenditure' (2169999)": a name given in quotes with its code is the code
    text = _CODE_GLOSSED.sub(lambda m: f" {m.group(1)} ", text)
    # '…, and who is in charge?': two questions, each answered (the first asks an amount when it names one)
    parts = _EN_AND_ASK.split(text, maxsplit=1)
    if len(parts) == 2 and _EN_ASKS.match(parts[0]):
        first = _EN_WHAT_AMOUNT.sub("how much is ", parts[0])
        if re.match(r"(?i)\s*how much\b", first):  # (a person and a phone asked together stay one question)
            text = f"{first} ? {parts[1]}"
    # 'how much of it is for services': a part of what was just asked (其中…多少)
    text = re.sub(r"(?i)\bhow much of (?:it|that|this|them|which)\s+(?:is|was|are|were|goes|went)?\s*(?:spent on|used for|"
                  r"allocated to|set aside for|reserved for|for|on|to)?\s*([^?.!]+)", r" 其中 \1 多少 ", text)
    text = re.sub(r"(?<=[A-Za-z])['’](?=[aeoAEO][a-z])", "", _dates(text))  # "Jing'an" -> Jingan (not "bureau's")
    # 'the Xxx Building': a building's own name (大厦); its renovation is the fit-out (装修), not a rebuild
    known = {en for en, _zh in synonyms()["english"]}  # ('Office Building': the vocabulary's own term)
    text = re.sub(r"\b([A-Z][a-z]{2,}) Building\b",
                  lambda m: m.group(0) if f"{m.group(1).lower()} building" in known else f"{m.group(1)} 大厦", text)
    text = re.sub(r"大厦(\s+(?:phase\s+\w+\s+)?)renovation\b", r"大厦\1装修", text, flags=re.IGNORECASE)
    for word, to_wan in _SCALE:  # '3 million yuan' -> 300万
        text = re.sub(rf"(\d+(?:\.\d+)?)\s*{word}", lambda m, k=to_wan: f"{float(m.group(1)) * k:g}万", text,
                      flags=re.IGNORECASE)
    # a place said in brackets ('Changfeng Xincun Subdistrict (Jiading)') is part of the name, not a clause
    text = re.sub(r"\(\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*\)", r" \1 ", text)
    # the clauses set apart stay apart ('… (not counting retirees)'; '…? Please give a percentage')
    text = re.sub(r"[;?!()（）；？！]+|,\s+(?=including\b)", " qqbreak ", text)  # (', including X': a clause)
    t = " " + re.sub(r"[^\w\u4e00-\u9fff%.]+", " ", text.lower()) + " "
    t = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", t)  # a full stop ends a word ('in yuan.'); a decimal point stays
    t = re.sub(r" rather than [a-z ]+?(?= qqbreak |\s*$)", " ", t)  # ('B rather than C': B)
    for pattern, order in _EN_SHARE:  # 'what share of A goes to B' / 'B as a share of A': B占A的百分比
        t = pattern.sub(lambda m, o=order: f" {m.group(o[0])} 占 {m.group(o[1])} 的百分比 ", t)
    # 'how much of A is B': the part B within the whole A (an amount, not a share)
    t = _EN_PART.sub(lambda m: f" {m.group(1)} 中 {m.group(2)} 是多少 ", t)
    # 'by how much does A exceed B': A比B多多少; 'B rather than C': B (what it is not says nothing more)
    t = _EN_EXCEED.sub(lambda m: f" {m.group(1)} 比 {m.group(2)} 多多少 ", t)
    t = _EN_THAN.sub(lambda m: f" {m.group(2)} 比 {m.group(3)} "
                            f"{'少' if m.group(1) in ('lower', 'less', 'smaller') else '多'}多少 ", t)
    # 'how many vehicles does the bureau plan to buy in 2023': the buyer, then the purchase, then the count
    t = _EN_BUY_COUNT.sub(lambda m: f" {m.group(2)} 计划购置 how many {m.group(1)} {m.group(3)} ", t)
    # 'how many vehicles does the bureau have': the holder, then what it has (有), then the count
    t = _EN_HAVE_COUNT.sub(lambda m: f" {m.group(2)} 有 how many {m.group(1)} {m.group(3)} ", t)
    pairs = sorted([(re.sub(r"[^\w]+", " ", en), zh) for en, zh in (*synonyms()["english"], *_EN_QUESTION)],
                   key=lambda p: -len(p[0]))
    for en, zh in pairs:
        # a plural says the same thing ('receptions', 'budgets', 'subsidies')
        stem = rf"{re.escape(en[:-1])}(?:y|ies)" if en.endswith("y") and not en.endswith(("ay", "ey", "oy")) else \
            rf"{re.escape(en)}(?:s|es)?"
        t = re.sub(rf"(?<![a-z]){stem}(?![a-z])", f" {zh} " if zh else " ", t)
    # 'official reception expenses under the "three public expenses"': the part, named last, within the whole
    t = re.sub(r"([\u4e00-\u9fff]+)(?:\s+(?:expenses|expenditures?|costs|spending|fees|funds))?\s+under\s+(?:the\s+)?"
               r"([\u4e00-\u9fff]+)(?=\s+qqbreak|\s*$)", r" \2 中 \1 ", t)
    t = re.sub(r"(?<![a-z\d])(\d{4})(?![\d年])", r"\1年", t)
    stop = _en_stop() | {"qqbreak"}
    unknown = tuple(w for w in re.findall(r"[a-z][a-z\-']*", t) if w not in stop and len(w) > 2
                    and not (w.endswith("s") and w[:-1] in stop))  # 'departments', 'budgets'
    t = " ".join(w for w in t.split() if not (w.endswith("s") and w[:-1] in stop))
    words = [w for w in t.split() if not re.fullmatch(r"[a-z][a-z\-']*", w) or w in unknown or w == "qqbreak"]
    # (two numbers side by side stay apart: 'code 123456 … in 2025' is not 1234562025)
    joined = "".join(w if not (i and w[:1].isdigit() and words[i - 1][-1:].isdigit()) else f"的{w}"
                     for i, w in enumerate(words))
    out = re.sub(r"(qqbreak)+", "，", joined).strip("，")
    out = re.sub(r"多少个(?=平方米|平米|公顷|亩|公里|吨)", "多少", out)  # 'how many square meters': 多少平方米
    return re.sub(r"，+", "，", out), unknown


def _unglossed(words: str, name: str = "") -> str:
    """Of the English words before a Chinese name in brackets, those that are not its translation: the
    question's own words up to the name (function words and the budget vocabulary stay, unless the vocabulary
    renders them as a piece of the name: 'official vehicle purchase and operation (公务用车购置及运行费)')."""
    ws = words.split()
    keep = len(ws)
    stop = _en_stop() - {"and", "or", "of"}  # 'urban and rural … (城乡…)': joining words belong to the gloss
    known = _english_names()

    def piece(at: int) -> int:  # how many words ending at `at` the vocabulary renders as a piece of the name
        for n in range(min(at, 6), 0, -1):
            zh = known.get(" ".join(ws[at - n : at]).lower())
            if zh and len(zh) >= 2 and (zh in name or len(os.path.commonprefix([zh, name])) >= 4):
                return n
        return 0
    while keep and (ws[keep - 1].lower() not in stop and ws[keep - 1].lower() not in _EN_WORDS or piece(keep)):
        keep -= (piece(keep) or 1) if ws[keep - 1].lower() in stop or ws[keep - 1].lower() in _EN_WORDS else 1
    return " ".join(ws[:keep])


# a classification code printed in groups, as the tables print it ('208 07 05', '301 02')
_GROUPED_CODE = re.compile(r"(?<![\d.,，])([1-9]\d{2})[ \u3000]+(\d{2})(?:[ \u3000]+(\d{2}))?(?![\d.,，%])")


@cache
def _rewrites() -> tuple[tuple[re.Pattern, str], ...]:
    """The spoken forms and typos of synonyms.json (dialect, then typos), compiled once: there are more of them than
    the re module keeps compiled, and read() runs them all on every question."""
    return tuple((re.compile(typed), meant) for typed, meant in (*synonyms().get("dialect", ()),
                                                                  *synonyms().get("typos", ())))


@cache
def _shapes() -> tuple[tuple[re.Pattern, str], ...]:
    """Question shapes said in another order than the rules read them (reading.json `shapes`), compiled once."""
    return tuple((re.compile(said), read_as) for said, read_as in _vocab().get("shapes", ()))


def normalise(raw: str) -> tuple[str, bool, tuple[str, ...]]:
    """(normalised question, is English, unknown English words)."""
    text = re.sub(r"(?<![A-Za-z])(?:TA|Ta|ta)(?=的|们|是|负责|管)", "他", nfkc(simplified(raw)))  # 'TA的电话': 他
    for typed, meant in _rewrites():  # '某街到': an input-method slip for 街道
        text = typed.sub(meant, text)
    for said, read_as in _shapes():  # '属于X的是哪个项目': 哪个项目是X
        text = said.sub(read_as, text)
    text = _GROUPED_CODE.sub(lambda m: "".join(g for g in m.groups() if g), text)  # '208 07 05': the code 2080705
    latin = len(re.findall(r"[A-Za-z]", text))
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    # (English around the Chinese names it quotes: 'Who is in charge of the 某某项目 project of 某委' is English)
    words = len(re.findall(r"[A-Za-z]{2,}", text))
    if latin >= 8 and (latin > 2 * max(cjk, 1) or words >= 5 and latin > cjk):
        zh, unknown = _english(text)
        for said, read_as in _shapes():  # (English said in Chinese words keeps its order: 'the head of X' 负责人…X)
            zh = said.sub(read_as, zh)
        return arabize(zh), True, unknown
    return full_money(full_years(arabize(text))), False, ()


# ---------------------------------------------------------------------------------------------- spans


def rule_spans(key: str) -> list[Span]:
    out: list[Span] = []
    for r in rules():
        for m in r.pattern.finditer(key):
            if m.end() > m.start():
                groups = tuple((k, v) for k, v in m.groupdict().items() if v is not None)
                out.append(Span(m.start(), m.end(), r.label, m.group(0), groups))
    return out


_GLOSS = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:那块|这块|那部分|这部分)|[\u4e00-\u9fff]{1,4})[（(]([\u4e00-\u9fff“”\"]{2,24})[)）]")


def gloss_spans(text: str, key: str) -> list[Span]:
    """'订资料（资料订阅费）': the words before a name in brackets say it in the asker's words; the name in
    brackets is what gets linked (and must be, or the question is refused as before)."""
    out = []
    for m in _GLOSS.finditer(text):
        start = len(norm(text[: m.start(1)]))
        words = norm(m.group(1))
        if words and key[start : start + len(words)] == words:
            out.append(Span(start, start + len(words), "gloss", words))
    return out


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:年度?|财年|预算|决算)")
# a year said by its last two digits ('24年的预算', '到了25年'), not a span of years ('实施10年', '25年以来')
_SHORT_YEAR = re.compile(r"(?<![\d.．,，%第近满共约逾超])(1[89]|2\d|3[0-5])年(?![\d代间来内期多左右龄限]|以来|以上|以内|之内|时间)")


def year_spans(key: str) -> list[Span]:
    return [Span(m.start(), m.end(), "year", m.group(0), (("y", m.group(1)),)) for m in _YEAR.finditer(key)]


def read(question: str) -> Reading:
    """Validate and read a question (no linking yet). Raises QuestionError for empty or oversized input."""
    if question is None or not str(question).strip():
        raise QuestionError("问题是空的，请输入一个问题。")
    raw = str(question).strip()
    if len(raw) > MAX_CHARS:
        raise QuestionError(f"问题太长（{len(raw)} 字），请控制在 {MAX_CHARS} 字以内。")
    raw = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", raw)
    text, english, unknown = normalise(raw)
    text, aside = side_clauses(text)
    text = _SHORT_YEAR.sub(r"20\1年", text)  # '到了25年': the year 2025
    key = norm(_keyed(text)).replace("\ue000", "%").replace("\ue001", ".")
    if english and not key:  # English words no vocabulary knows: keep them, so the question is refused, not lost
        text, key = nfkc(raw), norm(nfkc(raw))
    if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", key):
        raise QuestionError("问题里没有可识别的文字，请用中文提问。")
    spans = _unframed(key, rule_spans(key)) + year_spans(key) + gloss_spans(text, key)
    years = tuple(sorted({int(s.group("y")) for s in spans if s.label == "year"
                          and not any(x.label in ("year:snapshot", "year:source") and x.start <= s.start < x.end
                                      for x in spans)}))
    return Reading(raw=raw, text=text, key=key, spans=tuple(spans), english=english, years=years,
                   unknown_english=unknown, aside=aside, breaks=_breaks(text, key), brackets=_brackets(text, key),
                   seps=_breaks(text, key, "、"))


_CLAUSE_END = set(",，。;；?？!！")


def _keyed(text: str) -> str:
    """The text the matching form is made from: '40%' keeps its percent sign, '1.5万元' its decimal point
    (placeholders that norm keeps), and a number and a year said apart stay apart ('code 123456, 2025年')."""
    keyed = re.sub(r"(?<=\d)[，；;、\s]+(?=\d{4}年)", "的", text)
    keyed = re.sub(r"(?<=\d)([）)”\"’】]+)(?=\d{4}年)", r"\1的", keyed)  # ('某支出（NNNNN）2025年')
    # codes listed apart stay apart ('2101101、2101102' is two codes, never one run of digits), and a count said
    # right after a code is not read into it ('2101199三个科目')
    keyed = re.sub(r"(?<=\d)[、，；;]+(?=\d)", "和", keyed)
    # ('（某委2024、某局2023）': a department and the year of its budget, said without 年)
    # ('东城卫健委（2024）、万里街道（2025）三家': the same, in brackets)
    keyed = re.sub(r"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff][（(]))((?:19|20)\d\d)(?=[、，,；;）)]|$)", r"\1年", keyed)
    keyed = re.sub(r"(?<=\d)[、，；;]+(?=[万亿千百])", "和", keyed)  # ('某局2023、某街道2024': no 2023万)
    keyed = re.sub(r"(?<=\d)(?=[一二两三四五六七八九十]+(?:个|项|笔|款|类))", "这", keyed)
    return re.sub(r"(?<=\d)\.(?=\d)", "\ue001", keyed.replace("%", "\ue000"))


def _width(ch: str) -> int:
    return 1 if ch in "\ue000\ue001" else len(norm(ch))


def _brackets(text: str, key: str) -> tuple[tuple[int, int], ...]:
    """The spans of the matching form that the question put in brackets."""
    out, k, start = [], 0, None
    for ch in _keyed(text):
        if ch in "（(":
            start = k
        elif ch in "）)" and start is not None:
            if k > start:
                out.append((start, k))
            start = None
        k += _width(ch)
    return tuple(out) if k == len(key) else ()


def _breaks(text: str, key: str, marks: str | None = None) -> tuple[int, ...]:
    """Where, in the matching form, the question's clauses meet (no name runs across a comma), or the marks given."""
    out, k = [], 0
    for ch in _keyed(text):
        if ch in (marks or _CLAUSE_END) and k > 0:
            out.append(k)
        k += _width(ch)
    return tuple(sorted(set(out))) if k == len(key) else ()
