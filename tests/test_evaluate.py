"""qa.evaluate must judge exactly like shared/eval/score.py."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from qa.errors import BatchFileError
from qa.evaluate import EvalReport, convert, evaluate, judge, read_answers, read_gold

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"  # ../shared relative to the checkout
SCORE_PY = SHARED / "eval" / "score.py"
DEV = SHARED / "eval" / "dev.jsonl"


@pytest.fixture(scope="module")
def score():
    if not SCORE_PY.is_file():
        pytest.skip(f"{SCORE_PY} not present")
    spec = importlib.util.spec_from_file_location("shared_eval_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ans(value=None, unit=None, *, text="", route="sql", cites=()):
    return {
        "id": "x",
        "question": "?",
        "answer": text,
        "route": route,
        "value": value,
        "unit": unit,
        "citations": [{"text": c, "line": 1, "source": "a.txt", "table": "表一"} for c in cites],
        "sql": None,
    }


MONEY = {
    "id": "m",
    "q": "金额？",
    "kind": "number",
    "value": 1,
    "unit": "万元",
    "cite": ["10,122.3"],
    "cat": "lookup",
}
YUAN = {"id": "y", "q": "多少元？", "kind": "number", "value": 10000, "unit": "元", "cite": ["公务接待费"]}
PCT = {"id": "p", "q": "比例？", "kind": "number", "value": 31.02, "unit": "%", "cite": ["31.02"]}
PEOPLE = {"id": "h", "q": "人数？", "kind": "number", "value": 384, "unit": "人", "cite": ["384"]}
NOCITE = {"id": "n", "q": "？", "kind": "number", "value": 0, "unit": "万元"}
TOL = {"id": "t", "q": "？", "kind": "number", "value": 100, "unit": "万元", "tol": 0.5, "cite": ["x"]}
BIG = {"id": "b", "q": "？", "kind": "number", "value": 30113.88, "unit": "万元", "cite": ["30,113.88"]}
TEXT = {"id": "tx", "q": "谁？", "kind": "text", "contains": ["刘森", "就业 导师团"]}
LIST = {"id": "l", "q": "哪些？", "kind": "list", "contains": ["就业大厦装修二期", "电费"]}
REFUSE = {"id": "r", "q": "2024年？", "kind": "refuse"}
ODD = {"id": "o", "q": "？", "kind": "essay"}

CASES = [
    # money with unit conversion
    (MONEY, ans(1, "万元", cites=["收入合计\t10,122.30"])),
    (MONEY, ans(10000, "元", cites=["收入合计 10122.30"])),  # commas removed on both sides
    (MONEY, ans(10000.0, "元", cites=["收入合计 10，122.3"])),  # full-width comma
    (MONEY, ans(0.0001, "亿元", cites=["10,122.3"])),
    (MONEY, ans(10, "千元", cites=["10,122.3"])),
    (MONEY, ans(0.01, "百万元", cites=["10,122.3"])),
    (MONEY, ans(1, None, cites=["10,122.3"])),  # no unit: taken as the wanted one
    (MONEY, ans(1, " 万元 ", cites=["x"])),  # value ok, citation missing -> loose only
    (MONEY, ans(1, "万元")),  # no citations at all
    (MONEY, ans(1, "%", cites=["10,122.3"])),  # not comparable
    (MONEY, ans(1, "人", cites=["10,122.3"])),
    (MONEY, ans(1.005, "万元", cites=["10,122.3"])),  # within default tolerance 0.006
    (MONEY, ans(1.007, "万元", cites=["10,122.3"])),  # outside
    (MONEY, ans("1", "万元", cites=["10,122.3"])),  # string value is not a number
    (MONEY, ans(True, "万元", cites=["10,122.3"])),  # bool is not a number
    (MONEY, ans(None, None, text="一万元")),
    (MONEY, {"id": "m", "value": 1, "unit": "万元", "citations": ["10,122.3"]}),  # bare string citations
    (MONEY, {"id": "m", "value": 1, "unit": "万元", "citations": None}),
    (YUAN, ans(1, "万元", cites=["公务 接待费 1.00"])),
    (YUAN, ans(10000, "元", cites=["公务接待费"])),
    (YUAN, ans(1.0001, "万元", cites=["公务接待费"])),  # 10001 元: outside 0.006
    # percent
    (PCT, ans(31.02, "%", cites=["占31.02%"])),
    (PCT, ans(31.02, "％", cites=["31.02"])),
    (PCT, ans(31.02, None, cites=["31.02"])),
    (PCT, ans(31.02, "percent", cites=["31.02"])),
    (PCT, ans(0.3102, "%", cites=["31.02"])),
    (PCT, ans(31.02, "万元", cites=["31.02"])),
    # other units
    (PEOPLE, ans(384, "人", cites=["实有人数384人"])),
    (PEOPLE, ans(384, "个", cites=["384"])),  # 人 vs 个: not converted, compared as is
    (PEOPLE, ans(384, "万元", cites=["384"])),
    (PEOPLE, ans(384, None, cites=["3 8 4"])),
    (NOCITE, ans(0, "万元")),
    (NOCITE, ans(0.0, "元")),
    (TOL, ans(100.4, "万元", cites=["x"])),
    (TOL, ans(100.6, "万元", cites=["x"])),
    (BIG, ans(301138800, "元", cites=["净值30,113.88万元"])),
    (BIG, ans(3.0113885, "亿元", cites=["30113.88"])),
    # text
    (TEXT, ans(text="负责人是刘森。", route="retrieval")),
    (TEXT, ans(text="见下文", route="retrieval", cites=["a", "b", "组建就业导师团"])),
    (TEXT, ans(text="见下文", route="retrieval", cites=["a", "b", "c", "刘森"])),  # 4th citation: too late
    (TEXT, ans(text=None, route="retrieval")),
    # list
    (LIST, ans(text="就业大厦装修二期、电费", route="sql")),
    (LIST, ans(text="就业大厦 装修二期，电费", route="sql")),
    (LIST, ans(text="就业大厦装修二期", route="sql", cites=["电费"])),  # citations do not count
    # refusals
    (REFUSE, ans(text="文件中没有2024年的数据。", route="none")),
    (REFUSE, ans(0, "万元", route="none")),
    (REFUSE, ans(text="……", route="retrieval")),
    (REFUSE, {"id": "r"}),
    (REFUSE, None),
    (MONEY, None),
    (ODD, ans(text="x")),
]


@pytest.mark.parametrize(("gold", "answer"), CASES)
def test_agrees_with_score_py(score, gold, answer):
    loose, strict, why = score.judge(gold, answer)

    j = judge(gold, answer)

    assert (j.loose, j.strict) == (loose, strict)
    assert j.why == why


def dev_variants(g):
    """Right and wrong answers for one dev.jsonl gold line."""
    cite = g.get("cite", [""])[0].replace(",", "")
    if g["kind"] == "number":
        v, unit = g["value"], g["unit"]
        yield ans(v, unit, cites=[f"行\t{cite}"])
        yield ans(v, unit, cites=["无关"])
        yield ans(v * 1.01 + 1, unit, cites=[cite])
        if unit == "万元":
            yield ans(v * 10000, "元", cites=[cite])
            yield ans(v / 10000, "亿元", cites=[cite])
        yield ans(None, None, route="none")
    elif g["kind"] in ("text", "list"):
        yield ans(text="，".join(g["contains"]), route="retrieval")
        yield ans(text=g["contains"][0], route="retrieval")
        yield ans(text="不知道", route="retrieval", cites=g["contains"])
    else:
        yield ans(route="none", text="文件中没有。")
        yield ans(1, "万元")


@pytest.mark.skipif(not DEV.is_file(), reason="shared dev.jsonl not present")
def test_agrees_with_score_py_on_dev_questions(score):
    gold = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    checked = 0
    for g in gold:
        for a in dev_variants(g):
            assert (judge(g, a).loose, judge(g, a).strict) == score.judge(g, a)[:2], (g, a)
            checked += 1
    assert checked > 100


def test_report_matches_score_py_output(score, tmp_path, capsys):
    gold = [dict(g, cat=g.get("cat", "misc")) for g, _ in CASES[:12]] + [
        dict(REFUSE, id="r2", cat="unanswerable"),
        dict(TEXT, id="t2", cat="descriptive"),
    ]
    gold = [dict(g, id=f"g{i}") for i, g in enumerate(gold)]
    answers = [dict(a, id=f"g{i}") for i, (_, a) in enumerate(CASES[:12])]
    answers.append(dict(ans(route="none"), id="g12"))  # g13 has no answer line
    gold_path, ans_path = tmp_path / "gold.jsonl", tmp_path / "answers.jsonl"
    gold_path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    ans_path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in answers), encoding="utf-8")

    score.main([str(gold_path), str(ans_path)])
    expected = capsys.readouterr().out

    report = evaluate(read_gold(gold_path), read_answers(ans_path))
    assert report.render() + "\n" == expected
    assert report.render(quiet=True) == expected.splitlines()[-1]


def test_report_numbers():
    gold = [MONEY, dict(MONEY, id="m2"), dict(REFUSE, cat="unanswerable"), dict(TEXT, cat="descriptive")]
    answers = [
        dict(ans(1, "万元", cites=["10,122.3"]), id="m"),
        dict(ans(1, "万元"), id="m2"),
        dict(ans(route="none"), id="r"),
    ]

    report = evaluate(gold, answers)

    assert isinstance(report, EvalReport)
    assert [(j.id, j.loose, j.strict) for j in report.judgements] == [
        ("m", True, True),
        ("m2", True, False),
        ("r", True, True),
        ("tx", False, False),
    ]
    assert report.strict_pct == 50.0 and report.loose_pct == 75.0
    assert report.by_category() == {"descriptive": (1, 0, 0), "lookup": (2, 2, 1), "unanswerable": (1, 1, 1)}
    assert report.render().splitlines()[-1] == ("strict 2/4 (50.0%), loose 3/4 (75.0%), "
                                                "wrong 0/2 answered (0.0%)")
    assert "FAIL tx [descriptive] 谁？ -> no answer line" in report.render()


def test_a_failed_answer_that_did_not_refuse_is_wrong():
    gold = [MONEY, dict(REFUSE, cat="unanswerable")]
    answers = [dict(ans(2, "万元", cites=["10,122.3"]), id="m"), dict(ans(5, "万元"), id="r")]

    report = evaluate(gold, answers)

    assert [j.wrong for j in report.judgements] == [True, True]
    assert report.wrong_count == 2 and report.answered_count == 2
    assert report.render().splitlines()[-1].endswith("wrong 2/2 answered (100.0%)")
    assert "WRONG ANSWER: value 2" in report.render()


def test_list_items_that_must_be_absent():
    gold = {"id": "l", "q": "哪些？", "kind": "list", "contains": ["甲"], "absent": ["乙"], "cat": "filter"}

    assert judge(gold, dict(ans(text="甲、丙"), id="l")).strict
    assert not judge(gold, dict(ans(text="甲、乙"), id="l")).loose


def test_ids_are_matched_as_strings():
    report = evaluate([dict(REFUSE, id="7")], [{"id": 7, "route": "none", "value": None}])

    assert report.judgements[0].strict


def test_empty_report():
    assert EvalReport(()).render() == "strict 0/0 (0.0%), loose 0/0 (0.0%), wrong 0/0 answered (0.0%)"


@pytest.mark.parametrize(
    ("value", "unit", "want", "expected"),
    [(10000, "元", "万元", 1.0), (1, "亿元", "万元", 10000.0), (5, "", "%", 5), (5, "万元", "%", None)],
)
def test_convert(value, unit, want, expected):
    assert convert(value, unit, want) == expected


def test_read_gold_rejects_broken_files(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "a", "kind": "refuse"}\n{oops\n', encoding="utf-8")
    with pytest.raises(BatchFileError, match="第2行"):
        read_gold(bad)

    bad.write_text('{"id": "a", "kind": "number", "unit": "万元"}\n', encoding="utf-8")
    with pytest.raises(BatchFileError, match="value"):
        read_gold(bad)

    with pytest.raises(BatchFileError, match="不存在"):
        read_gold(tmp_path / "missing.jsonl")


def test_read_gold_dev_file():
    if not DEV.is_file():
        pytest.skip("shared dev.jsonl not present")
    gold = read_gold(DEV)
    assert len(gold) == 40 and gold[0]["id"] == "d01"
