"""Judge batch answers against gold questions: the rules of shared/eval/score.py as pure functions.

A gold line is {"id", "q", "kind": number|text|list|refuse, "value", "unit", "tol", "cite",
"contains", "cat"}; an answer is one record of the batch answer format (qa.batch).

    number  value equal after unit conversion (元/千元/万元/百万元/亿元, %) within tol
            (default max(0.006, 1e-6*|gold|)); strict also needs a citation whose text contains one
            of the gold `cite` strings, whitespace and commas (, and ，) ignored
    text    the answer or one of its first three citations contains one of `contains`
    list    the answer contains every item of `contains` and none of the optional `absent`
    refuse  route "none" and value null

An answer is *wrong* when it fails (loosely) although it did not refuse (route is not "none"): a
confident answer to another question, which is worse than "not found". The report counts them
among the answers given, as score.py does.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from qa.errors import BatchFileError

MONEY = {"元": 1.0, "千元": 1e3, "万元": 1e4, "百万元": 1e6, "亿元": 1e8}
PERCENT = {"%", "％", "百分比", "percent"}


def normalize(s: object) -> str:
    """Text for matching: whitespace and commas (ASCII and full-width) removed; None -> ""."""
    return re.sub(r"[\s,，]", "", str(s or ""))


def convert(value: float, unit: object, want: object) -> float | None:
    """`value` (in `unit`) expressed in `want`, or None when the two units cannot be compared.

    A missing unit is taken to be the wanted one; money converts between money units only; a
    percentage compares with a percentage; any other unit (人, 个, 分) compares with anything
    that is neither money nor percent.
    """
    unit = str(unit).strip() if unit else ""
    want = str(want).strip() if want else ""
    if want in MONEY:
        if unit in MONEY:
            return value * MONEY[unit] / MONEY[want]
        return None if unit else value
    if want in PERCENT:
        return value if unit in PERCENT or not unit else None
    if unit in MONEY or unit in PERCENT:
        return None
    return value


def citation_texts(answer: dict, k: int | None = None) -> list[str]:
    """Normalized text of the answer's first `k` citations (all when k is None)."""
    return [
        normalize(c.get("text") if isinstance(c, dict) else c) for c in (answer.get("citations") or [])[:k]
    ]


def _is_number(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _gold_value(gold: dict) -> float | None:
    """The gold number (score.py takes float(gold["value"]), so "530" counts too)."""
    try:
        return float(gold["value"])
    except (KeyError, TypeError, ValueError):
        return None


def _judge_number(gold: dict, ans: dict) -> tuple[bool, bool, str]:
    v = ans.get("value")
    if not _is_number(v):
        return False, False, f"no numeric value (answer: {ans.get('answer')!r:.80})"
    e = _gold_value(gold)
    if e is None:
        return False, False, "gold line has no numeric value"
    got = convert(float(v), ans.get("unit"), gold.get("unit"))
    if got is None:
        return False, False, f"unit {ans.get('unit')!r} not comparable with {gold.get('unit')!r}"
    tol = gold.get("tol")
    if tol is None:
        tol = max(0.006, 1e-6 * abs(e))
    if abs(got - e) > tol:  # written as in score.py (so a NaN value is not rejected here either)
        return False, False, f"value {v} {ans.get('unit')} != {e} {gold.get('unit')}"
    want = [normalize(c) for c in gold.get("cite", [])]
    if not want:
        return True, True, ""
    have = citation_texts(ans)
    ok = any(w in h for w in want for h in have)
    return True, ok, "" if ok else f"value ok, but no citation contains {gold['cite']}"


def _judge_rules(gold: dict, ans: dict | None) -> tuple[bool, bool, str]:
    """(loose, strict, why) exactly as score.py's judge."""
    if ans is None:
        return False, False, "no answer line"
    kind = gold.get("kind")
    text = normalize(ans.get("answer"))
    if kind == "refuse":
        ok = ans.get("route") == "none" and ans.get("value") is None
        return (
            ok,
            ok,
            "" if ok else f"expected refusal, got route={ans.get('route')} value={ans.get('value')}",
        )
    if kind == "number":
        return _judge_number(gold, ans)
    if kind == "text":
        hay = [text] + citation_texts(ans, 3)
        ok = any(normalize(p) in h for p in gold.get("contains", []) for h in hay)
        return ok, ok, "" if ok else f"none of {gold.get('contains')} in answer/top-3 citations"
    if kind == "list":
        missing = [p for p in gold.get("contains", []) if normalize(p) not in text]
        extra = [p for p in gold.get("absent", []) if normalize(p) in text]
        ok = not missing and not extra
        why = f"answer misses {missing}" if missing else f"answer names {extra}, which do not belong"
        return ok, ok, "" if ok else why
    return False, False, f"unknown kind {kind}"


@dataclass(frozen=True)
class Judgement:
    """The verdict on one gold question. `why` is empty when it passed strictly."""

    id: object
    question: str
    category: str
    kind: str
    loose: bool
    strict: bool
    why: str
    answered: bool = False  # an answer line that is not a refusal (route != "none")

    @property
    def wrong(self) -> bool:
        """Answered, and the answer fails: a confident wrong answer."""
        return self.answered and not self.loose


def judge(gold: dict, answer: dict | None) -> Judgement:
    """Judge one answer record (None: no answer line) against one gold line."""
    loose, strict, why = _judge_rules(gold, answer)
    answered = answer is not None and answer.get("route") != "none"
    return Judgement(
        id=gold.get("id"),
        question=str(gold.get("q", "")),
        category=str(gold.get("cat", "?")),
        kind=str(gold.get("kind")),
        loose=bool(loose),
        strict=bool(strict),
        why=why,
        answered=answered,
    )


def _pct(n: int, total: int) -> float:
    return 100.0 * n / total if total else 0.0


@dataclass(frozen=True)
class EvalReport:
    """All judgements of one evaluation run, in gold order."""

    judgements: tuple[Judgement, ...]

    @property
    def total(self) -> int:
        return len(self.judgements)

    @property
    def strict_count(self) -> int:
        return sum(j.strict for j in self.judgements)

    @property
    def loose_count(self) -> int:
        return sum(j.loose for j in self.judgements)

    @property
    def answered_count(self) -> int:
        return sum(j.answered for j in self.judgements)

    @property
    def wrong_count(self) -> int:
        return sum(j.wrong for j in self.judgements)

    @property
    def wrong_pct(self) -> float:
        return _pct(self.wrong_count, self.answered_count)

    @property
    def strict_pct(self) -> float:
        return _pct(self.strict_count, self.total)

    @property
    def loose_pct(self) -> float:
        return _pct(self.loose_count, self.total)

    def by_category(self) -> dict[str, tuple[int, int, int]]:
        """category -> (total, loose, strict), categories sorted by name."""
        counts: dict[str, list[int]] = {}
        for j in self.judgements:
            c = counts.setdefault(j.category, [0, 0, 0])
            c[0] += 1
            c[1] += j.loose
            c[2] += j.strict
        return {cat: (t, lo, st) for cat, (t, lo, st) in sorted(counts.items())}

    def render(self, *, quiet: bool = False) -> str:
        """score.py's report: FAIL lines, per-category lines, then the summary line (only that when quiet)."""
        lines = []
        if not quiet:
            lines += [
                f"FAIL {j.id} [{j.category}] {j.question} -> {'WRONG ANSWER: ' if j.wrong else ''}{j.why}"
                for j in self.judgements if not j.strict
            ]
            lines += [
                f"  {cat:18s} {st}/{t} strict, {lo}/{t} loose"
                for cat, (t, lo, st) in self.by_category().items()
            ]
        n = self.total
        lines.append(
            f"strict {self.strict_count}/{n} ({self.strict_pct:.1f}%), "
            f"loose {self.loose_count}/{n} ({self.loose_pct:.1f}%), "
            f"wrong {self.wrong_count}/{self.answered_count} answered ({self.wrong_pct:.1f}%)"
        )
        return "\n".join(lines)


def evaluate(gold: list[dict], answers: list[dict]) -> EvalReport:
    """Judge every gold line against the answer with the same id (compared as str; last one wins)."""
    by_id = {str(a.get("id")): a for a in answers if isinstance(a, dict)}
    return EvalReport(tuple(judge(g, by_id.get(str(g.get("id")))) for g in gold))


def _read_jsonl(path: str | os.PathLike, what: str) -> list[dict]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as e:
        raise BatchFileError(f"{what}文件不存在：{path} / {what} file not found: {path}") from e
    except (OSError, UnicodeDecodeError) as e:
        raise BatchFileError(f"无法读取{what}文件 {path}（{e}）/ cannot read {what} file {path}: {e}") from e
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise BatchFileError(
                f"{path} 第{n}行不是有效的 JSON / {path} line {n} is not valid JSON ({e.msg})"
            ) from e
        if not isinstance(obj, dict):
            raise BatchFileError(f"{path} 第{n}行不是 JSON 对象 / {path} line {n} is not a JSON object")
        out.append(obj)
    return out


def read_gold(path: str | os.PathLike) -> list[dict]:
    """Gold lines of a .jsonl file; each needs an id and a kind (number lines also a numeric value)."""
    gold = _read_jsonl(path, "标准答案")
    for n, g in enumerate(gold, start=1):
        if "id" not in g or "kind" not in g:
            raise BatchFileError(f"{path} 第{n}条缺少 id 或 kind / {path} entry {n} lacks id or kind")
        if g["kind"] == "number" and _gold_value(g) is None:
            raise BatchFileError(f"{path} 第{n}条没有数值 value / {path} entry {n} has no numeric value")
    return gold


def read_answers(path: str | os.PathLike) -> list[dict]:
    """Answer records of a batch .jsonl file (as written by qa.batch.write_answers)."""
    return _read_jsonl(path, "答案")
