"""Tests of the synthetic budget generator itself (tests/synthetic.py).

They read the generated text back with a tiny row splitter of their own (a cell is a line starting
with a tab, a line without a tab continues the previous cell, a blank line ends a row) and check
that the tables add up, agree with each other and with the narrative.  No `qa` or `ingest` here.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from tests import synthetic as syn

GOLD = Path(__file__).parent / "fixtures" / "synthetic_gold.jsonl"
TITLE = re.compile(r"^\t?(表[一二三四五六七八九十]+)、")
ORDER = ["表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九", "表十", "表十一", "表十二",
         "表十三", "表十四"]
Q2 = Decimal("0.01")


# --------------------------------------------------------------------------- a tiny reader

def split_tables(text: str) -> dict[str, list[list[str]]]:
    """{"表三": [[cell, ...], ...]} in document order; wrapped lines are joined to their cell."""
    tables: dict[str, list[list[str]]] = {}
    current: str | None = None
    row: list[str] = []
    for line in text.split("\n"):
        m = TITLE.match(line)
        if m:
            if current and row:
                tables[current].append(row)
            current, row = m.group(1), []
            tables[current] = []
            continue
        if current is None:
            continue
        if line == "":
            if row:
                tables[current].append(row)
            row = []
        elif line.startswith("\t"):
            row.append(line[1:])
        elif row:
            row[-1] += line
        else:
            row.append(line)
    if current and row:
        tables[current].append(row)
    return tables


def narrative(text: str) -> str:
    return text[: text.index("\t表一、")]


def num(cell: str) -> Decimal:
    cell = cell.replace(",", "").strip()
    return Decimal(cell) if cell else Decimal(0)


def r2(x: Decimal) -> Decimal:
    return x.quantize(Q2, ROUND_HALF_UP)


def data_rows(rows: list[list[str]], first: re.Pattern) -> list[list[str]]:
    return [r for r in rows if first.match(r[0])]


FUNC_ROW = re.compile(r"^\d{7}-")


def sangong_table(tables) -> dict[str, Decimal]:
    """表十 as {item: 万元}."""
    return {r[0].strip(): num(r[1]) for r in tables["表十"] if len(r) == 2 and re.fullmatch(r"[\d.,]+", r[1])}


def table3(tables) -> tuple[list[list[str]], list[str]]:
    rows = tables["表三"]
    return data_rows(rows, FUNC_ROW), next(r for r in rows if r[0].startswith("合"))


# --------------------------------------------------------------------------- consistency checks

def table_problems(text: str) -> list[str]:
    """Every way the tables can disagree; empty when the document is consistent."""
    t = split_tables(text)
    bad: list[str] = []

    def same(a: Decimal, b: Decimal, what: str) -> None:
        if a != b:
            bad.append(f"{what}: {a} != {b}")

    rows3, total3 = table3(t)
    for r in rows3:
        same(num(r[3]), num(r[4]) + num(r[5]), f"表三 row {r[0]} {r[2]} total = basic + project")
    grand, basic, project = (sum((num(r[i]) for r in rows3), Decimal(0)) for i in (3, 4, 5))
    same(grand, num(total3[3]), "表三 rows sum")
    same(basic, num(total3[4]), "表三 basic sum")
    same(project, num(total3[5]), "表三 project sum")

    # 表一 / 表五: each 类 equals 表三 summed by the first three digits of the function code
    by_class: dict[str, Decimal] = {}
    for r in rows3:
        by_class[r[0][:3]] = by_class.get(r[0][:3], Decimal(0)) + num(r[3])
    names = {"205": "教育支出", "208": "社会保障和就业支出", "210": "卫生健康支出", "221": "住房保障支出"}
    assert set(by_class) <= set(names), by_class
    for code in ("表一", "表五"):
        rows = [r for r in t[code] if len(r) == 4 and "、" in r[2] and r[2].endswith("支出")
                and not r[2].startswith("一、本年")]
        seen = {r[2].split("、", 1)[1]: num(r[3]) for r in rows}
        for c, name in names.items():
            same(seen[name], by_class.get(c, Decimal(0)), f"{code} {name}")
        same(sum(seen.values(), Decimal(0)), grand, f"{code} expense items sum")
        totals = [r for r in t[code] if r[0] in ("本年收入合计", "收入总计", "一、本年收入")]
        for r in totals:
            same(num(r[1]), grand, f"{code} {r[0]}")
            same(num(r[3]), grand, f"{code} {r[2]}")
    for r in t["表二"]:
        first = 1 if r[0] == "合    计" else 2 if re.match(r"^\d{3,6}$", r[0]) else None
        if first is not None:  # 合计, 本年收入小计, 一般公共预算资金
            for i in range(first, first + 3):
                same(num(r[i]), grand, f"表二 {r[0]} column {i}")

    # 表四: one row per project; the sum is 项目支出 and matches 表三's project column
    rows4 = data_rows(t["表四"], re.compile(r"^\d{6}-"))
    total4 = next(r for r in t["表四"] if r[0].startswith("合"))
    same(sum((num(r[6]) for r in rows4), Decimal(0)), num(total4[6]), "表四 rows sum")
    same(num(total4[6]), project, "表四 total = 项目支出")
    proj_by_pair: dict[tuple[str, str], Decimal] = {}
    for r in rows4:
        key = (r[3], r[5])
        proj_by_pair[key] = proj_by_pair.get(key, Decimal(0)) + num(r[6])
    for r in rows3:
        same(num(r[5]), proj_by_pair.pop((r[0], r[2]), Decimal(0)), f"表三 project {r[0]} {r[2]} vs 表四")
    if proj_by_pair:
        bad.append(f"表四 pairs missing from 表三: {proj_by_pair}")

    # 表六: 表三 grouped by function code, with 人员/公用 and 扣除基建 splits
    rows6 = data_rows(t["表六"], re.compile(r"^\d{6}-"))
    total6 = next(r for r in t["表六"] if len(r) > 2 and r[2].startswith("合"))
    for r in rows6:
        mine = [x for x in rows3 if x[0].startswith(r[1] + "-")]
        same(num(r[3]), sum((num(x[3]) for x in mine), Decimal(0)), f"表六 {r[1]} total")
        same(num(r[4]), sum((num(x[4]) for x in mine), Decimal(0)), f"表六 {r[1]} basic")
        same(num(r[4]), num(r[5]) + num(r[6]), f"表六 {r[1]} basic = 人员 + 公用")
        same(num(r[7]), sum((num(x[5]) for x in mine), Decimal(0)), f"表六 {r[1]} project")
        capital = sum((num(x[5]) for x in mine if x[2].startswith("309")), Decimal(0))
        same(num(r[8]), num(r[7]) - capital, f"表六 {r[1]} 扣除基建")
    if {r[1] for r in rows6} != {x[0][:7] for x in rows3}:
        bad.append("表六 function codes differ from 表三")
    for i in (3, 4, 5, 6, 7, 8):
        same(sum((num(r[i]) for r in rows6), Decimal(0)), num(total6[i]), f"表六 column {i} sum")
    same(num(total6[4]), basic, "表六 basic total")

    # 表七: exactly the basic part of 表三, split into 人员经费 / 公用经费
    rows7 = data_rows(t["表七"], FUNC_ROW)
    total7 = next(r for r in t["表七"] if len(r) > 2 and r[2].startswith("合"))
    basic3 = [(x[0], x[1], x[2], num(x[4])) for x in rows3 if num(x[4])]
    if [(r[0], r[1], r[2], num(r[3])) for r in rows7] != basic3:
        bad.append("表七 rows are not the basic rows of 表三")
    for r in rows7:
        same(num(r[3]), num(r[4]) + num(r[5]), f"表七 {r[0]} {r[2]} split")
    for i in (3, 4, 5):
        same(sum((num(r[i]) for r in rows7), Decimal(0)), num(total7[i]), f"表七 column {i} sum")
    same(num(total7[4]), num(total6[5]), "表七 人员经费 = 表六")
    same(num(total7[5]), num(total6[6]), "表七 公用经费 = 表六")

    # 表十三: one block per 表四 project, same amount, 3-6 indicators, cost indicator = amount
    names4 = [r[2] for r in rows4]
    blocks: list[tuple[list[str], list[list[str]]]] = []
    for r in t["表十三"]:
        if len(r) >= 16 and r[1]:
            blocks.append((r, [r[9:]]))
        elif len(r) >= 16 and blocks and not r[0] and r[9]:
            blocks[-1][1].append(r[9:])
    if [b[0][1].split("-", 1)[1] for b in blocks] != names4:
        bad.append("表十三 blocks differ from 表四 projects")
    for (head, inds), r4 in zip(blocks, rows4, strict=False):
        same(num(head[5]), num(r4[6]), f"表十三 {r4[2]} amount")
        if not 3 <= len(inds) <= 6:
            bad.append(f"表十三 {r4[2]}: {len(inds)} indicators")
        cost = [i for i in inds if i[0] == "成本指标"]
        if not cost or num(cost[0][4]) != num(r4[6]):
            bad.append(f"表十三 {r4[2]}: cost indicator")

    # 表十一: a subset of 表四 projects with the same amounts; 合计 row first
    rows11 = [r for r in t["表十一"] if re.match(r"^\d{6}-", r[0])]
    total11 = next(r for r in t["表十一"] if len(r) > 1 and r[1].startswith("合"))
    amount4 = {r[2]: num(r[6]) for r in rows4}
    for r in rows11:
        name = r[1].split("-", 1)[1]
        if name not in amount4:
            bad.append(f"表十一 {name} not in 表四")
        else:
            same(num(r[8]), amount4[name], f"表十一 {name} 本年预算金额")
    same(sum((num(r[8]) for r in rows11), Decimal(0)), num(total11[8]), "表十一 本年 sum")
    same(sum((num(r[7]) for r in rows11), Decimal(0)), num(total11[7]), "表十一 预算金额 sum")

    # 表十: 三公 = 表三 rows of 公务接待费 / 公务用车运行维护费
    t10 = sangong_table(t)
    econ_sum = {e: sum((num(x[3]) for x in rows3 if x[2].startswith(e)), Decimal(0)) for e in ("30217", "30231")}
    same(t10["2、公务接待费"], econ_sum["30217"], "表十 公务接待费 vs 表三")
    same(t10["公务用车运行维护费"], econ_sum["30231"], "表十 公务用车运行维护费 vs 表三")
    same(t10["总计"], t10["1、因公出国（境）费"] + t10["2、公务接待费"] + t10["3、公务用车购置及运行维护费"],
         "表十 total")

    # 表十四 money = 表三 totals
    t14 = {r[1]: num(r[2]) for r in t["表十四"] if len(r) == 3 and r[1].endswith("：") and r[1] != "其他："}
    same(t14["资金总额："], grand, "表十四 资金总额")
    same(t14["基本支出："], basic, "表十四 基本支出")
    same(t14["项目支出："], project, "表十四 项目支出")
    return bad


N = r"([\d,]+\.\d{2})"


def narrative_problems(text: str) -> list[str]:
    """Narrative sentences whose figures disagree with the tables or with their own arithmetic."""
    t = split_tables(text)
    rows3, total3 = table3(t)
    grand, basic, project = num(total3[3]), num(total3[4]), num(total3[5])
    story = narrative(text)
    bad: list[str] = []

    def check(what: str, stated: Decimal, want: Decimal) -> None:
        if stated != want:
            bad.append(f"{what}: stated {stated}, computed {want}")

    def change(cur: Decimal, prior: Decimal, word: str, delta: Decimal, rate: Decimal, what: str) -> None:
        diff = cur - prior
        check(f"{what} change", delta if word == "增加" else -delta, diff)
        check(f"{what} rate", rate, r2(abs(diff) / prior * 100))

    m = re.search(rf"年收入预算{N}万元.*?比\d{{4}}年收入预算{N}万元(增加|减少)了{N}万元,(?:增幅|减幅)([\d.]+)%", story)
    assert m, "income sentence"
    check("income", num(m[1]), r2(grand))
    change(num(m[1]), num(m[2]), m[3], num(m[4]), Decimal(m[5]), "income")
    for label, amount in (("1、基本支出", basic), ("2、项目支出", project)):
        m = re.search(rf"{label}预算{N}万元，占总支出预算的([\d.]+)%，比\d{{4}}年{N}万元(增加|减少){N}万元，"
                      r"(?:增加|减少) ?([\d.]+)%", story)
        assert m, label
        check(label, num(m[1]), r2(amount))
        check(f"{label} share", Decimal(m[2]), r2(amount / grand * 100))
        change(num(m[1]), num(m[3]), m[4], num(m[5]), Decimal(m[6]), label)
    admin_public = sum((num(r[5]) for r in data_rows(t["表七"], FUNC_ROW) if r[0].endswith("-行政运行")),
                       Decimal(0))
    m = re.search(rf"行政运行经费，合计{N}万元。比\d{{4}}年机关运行经费{N}万元(增加|减少){N}万元,(?:增幅|减幅)([\d.]+)%",
                  story)
    assert m, "机关运行经费 sentence"
    check("机关运行经费", num(m[1]), r2(admin_public))
    change(num(m[1]), num(m[2]), m[3], num(m[4]), Decimal(m[5]), "机关运行经费")

    rows4 = data_rows(t["表四"], re.compile(r"^\d{6}-"))
    m = re.search(r"填报绩效目标的预算项目(\d+)个", story)
    check("绩效目标 projects", Decimal(m[1]), Decimal(len(rows4)))
    rows11 = [r for r in t["表十一"] if re.match(r"^\d{6}-", r[0])]
    m = re.search(r"政府购买服务项目(\d+)个，预算资金([\d,.]+)万元", story)
    check("购买服务 count", Decimal(m[1]), Decimal(len(rows11)))
    check("购买服务 amount", num(m[2]), sum((num(r[8]) for r in rows11), Decimal(0)))
    t10 = sangong_table(t)
    m = re.search(r"“三公”经费财政预算([\d,.]+)元", story)
    check("三公 total", num(m[1]), t10["总计"] * 10000)
    m = re.search(r"2、公务接待费\n\d{4}年财政预算数([\d,.]+)元", story)
    check("公务接待费", num(m[1]), t10["2、公务接待费"] * 10000)
    m = re.search(r"实际人数(\d+)人：其中在职人数(\d+)人、行政（含参公）(\d+)人、事业在职(\d+)人；离休(\d+)人；退休(\d+)人、"
                  r"长期聘用临时工(\d+)人", story)
    n = [int(x) for x in m.groups()]
    check("实际人数", Decimal(n[0]), Decimal(n[1] + n[4] + n[5] + n[6]))
    check("在职人数", Decimal(n[1]), Decimal(n[2] + n[3]))
    m = re.search(r"固定资产原值([\d,，.]+)万元，固定资产累计折旧([\d,.]+)万元,固定资产净值([\d,.]+)万元", story)
    check("固定资产净值", num(m[3]), num(m[1].replace("，", "")) - num(m[2]))
    return bad


# --------------------------------------------------------------------------- tests

CUSTOM = replace(
    syn.BudgetSpec(), department="北京市东城区疾病预防控制中心", short_name="区疾控中心", dept_code="171",
    year=2025, projects=syn.DEFAULT_PROJECTS[:4], prior_basic="3900.00", prior_project="820.55",
    prior_jiguan="330.00", seed=3,
    basic=tuple(b if b.econ != "30231" else replace(b, amount="6.5") for b in syn.DEFAULT_BASIC
                if b.econ != "30217"))


@pytest.fixture(scope="module")
def text() -> str:
    return syn.make_budget()


def test_all_tables_present_in_order(text):
    assert list(split_tables(text)) == ORDER
    assert text.startswith(" 第一部分  2024年部门预算情况说明\n")
    assert "\n表十、" in text and "\n\t表十、" not in text  # 表十's title has no tab, as in the real file
    assert text.endswith("\t其他说明的问题\n\t无\n ")


@pytest.mark.parametrize("spec", [syn.BudgetSpec(), CUSTOM], ids=["default", "custom"])
def test_tables_are_consistent(spec):
    assert table_problems(syn.make_budget(spec)) == []


@pytest.mark.parametrize("spec", [syn.BudgetSpec(), CUSTOM], ids=["default", "custom"])
def test_narrative_is_consistent(spec):
    assert narrative_problems(syn.make_budget(spec)) == []


def test_custom_spec_decrease_wording():
    story = narrative(syn.make_budget(CUSTOM))
    assert "2025年收入预算" in story and "比2024年收入预算" in story
    assert re.search(r"比2024年收入预算[\d,.]+万元减少了[\d,.]+万元,减幅", story)
    assert "东城区疾病预防控制中心" in story


def test_figures_agree_with_the_document(text):
    fig = syn.figures()
    t = split_tables(text)
    _, total3 = table3(t)
    assert (num(total3[3]), num(total3[4]), num(total3[5])) == (fig.total, fig.basic, fig.project)
    assert fig.basic == fig.personnel + fig.public
    assert list(fig.projects) == [r[2] for r in data_rows(t["表四"], re.compile(r"^\d{6}-"))]
    assert fig.by_econ["差旅费"] == Decimal("8.6")
    assert fig.sangong["公务接待费"] == Decimal("2.5") and fig.sangong["公务用车运行维护费"] == Decimal("8")
    assert 6 <= len(fig.projects) <= 10


@pytest.mark.parametrize("kind", syn.SLIP_KINDS)
def test_each_slip_breaks_only_the_narrative(kind, text):
    spec = syn.with_slips(kinds=(kind,))
    bad_text = syn.make_budget(spec)
    assert narrative_problems(bad_text), kind
    assert table_problems(bad_text) == []
    assert bad_text[bad_text.index("\t表一、"):] == text[text.index("\t表一、"):]
    (slip,) = syn.slips(spec)
    assert slip.kind == kind and slip.stated != slip.correct


def test_with_slips_rejects_unknown_kinds():
    with pytest.raises(ValueError):
        syn.with_slips(kinds=("nonsense",))


def test_messy_cases_are_present(text):
    t = split_tables(text)
    heads = [r for r in t["表十三"] if len(r) >= 16 and r[1]]
    assert any(re.fullmatch(r"\d{8}", r[3]) and not re.search(r"\d", r[4]) for r in heads), "swapped owner/phone"
    assert any("、" in r[3] and "、" in r[4] for r in heads), "two owners"
    lines = text.split("\n")
    start = lines.index(next(ln for ln in lines if ln.startswith("\t表十三、")))
    end = lines.index(next(ln for ln in lines if ln.startswith("\t表十四、")))
    assert any(ln and not ln.startswith("\t") for ln in lines[start:end]), "wrapped goal line"
    inds = [r[9:] for r in t["表十三"] if len(r) >= 16 and r[9]]
    assert any(i[3] in "＝≥≤" and not i[5] for i in inds), "quantitative indicator without unit"
    assert any(r[2].endswith("(2024)") for r in t["表四"] if len(r) > 2), "half-width parentheses"
    assert "部门（单位）名称" in [c for r in t["表二"] for c in r]  # wrapped header cell re-joined
    assert "固定资产原值18，642.57万元" in narrative(text)


def test_no_text_from_the_real_department(text):
    for word in ("西城", "人力资源和社会保障", "人力社保", "257001"):
        assert word not in text


def test_write_variants(tmp_path, text):
    paths = syn.write_variants(tmp_path)
    assert set(paths) == {"utf8.txt", "utf8_bom.txt", "gbk.txt", "truncated.txt", "empty.txt", "binary.bin",
                          "not_budget.txt"}
    raw = {k: p.read_bytes() for k, p in paths.items()}
    assert raw["utf8.txt"].decode("utf-8") == text
    assert raw["utf8_bom.txt"].startswith(b"\xef\xbb\xbf")
    assert raw["utf8_bom.txt"].decode("utf-8-sig") == text
    assert raw["gbk.txt"].decode("gb18030") == text
    with pytest.raises(UnicodeDecodeError):
        raw["gbk.txt"].decode("utf-8")
    truncated = raw["truncated.txt"].decode("utf-8")
    assert len(truncated) < len(text) and text.startswith(truncated)
    assert "\t表四、" in truncated and "\t表五、" not in truncated
    assert raw["empty.txt"] == b""
    assert b"\x00" in raw["binary.bin"]
    prose = raw["not_budget.txt"].decode("utf-8")
    assert "预算" not in prose and not TITLE.search(prose)
    assert sum("\u4e00" <= ch <= "\u9fff" for ch in prose) >= 50


def test_truncate_in_table13(text):
    cut = syn.truncate(text, "表十三")
    assert text.startswith(cut) and "\t表十三、" in cut and "\t表十四、" not in cut
    assert not cut.endswith("\n")  # cut mid-line


def test_gold_file_is_current_and_cites_exist(text):
    lines = [json.loads(ln) for ln in GOLD.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert lines == syn.gold_questions(), "regenerate: python -m tests.synthetic --gold " + str(GOLD)
    assert syn.check_gold(lines, text) == []
    assert len(lines) >= 30 and len({g["id"] for g in lines}) == len(lines)
    assert {g["kind"] for g in lines} == {"number", "text", "list", "refuse"}
    assert {g["cat"] for g in lines} == {"lookup", "unit", "narrative-number", "aggregate", "indicator",
                                         "descriptive", "unanswerable"}
    for g in lines:
        if g["kind"] == "number":
            assert isinstance(g["value"], (int, float)) and g["unit"] and g["cite"]
        if g["kind"] in ("text", "list"):
            assert all(re.sub(r"\s", "", c) in re.sub(r"\s", "", text) for c in g["contains"]), g["id"]


def test_cli_writes_document(tmp_path):
    out = tmp_path / "doc.txt"
    assert syn.main(["--out", str(out), "--slips"]) == 0
    assert out.read_text(encoding="utf-8") == syn.make_budget(syn.with_slips())


def test_checks_catch_a_changed_cell(text):
    first = syn.figures().func_rows[0]
    i, j = text.index("\t表六、"), text.index("\t表七、")
    broken = text[:i] + text[i:j].replace(f"\t{syn.fmt6(first.total)}\n", f"\t{syn.fmt6(first.total + 1)}\n", 1) + text[j:]
    assert broken != text
    assert any(p.startswith(f"表六 {first.func} total") for p in table_problems(broken))
    assert narrative_problems(text.replace("在职人数109人", "在职人数110人"))


# --------------------------------------------------------------------------- the multi-unit department

MULTI_GOLD = Path(__file__).parent / "fixtures" / "unseen" / "multi_unit.jsonl"
UNIT_ROW = re.compile(r"^\d{6}-")


@pytest.fixture(scope="module")
def multi_text() -> str:
    return syn.make_budget(syn.multi_unit_spec())


def _sum(values) -> Decimal:
    return sum(values, Decimal(0))


def _amounts(rows: list[list[str]]) -> dict[str, Decimal]:
    """表一/表五 style two-sided rows as {item: amount} for both sides."""
    out: dict[str, Decimal] = {}
    for r in rows:
        if len(r) == 4:
            for name, value in ((r[0], r[1]), (r[2], r[3])):
                if name.strip() and re.fullmatch(r"[\d,.]*", value.strip()):
                    out[name.strip()] = num(value)
    return out


def multi_table_problems(text: str) -> list[str]:
    """How the tables of a document with several units and several kinds of money can disagree.

    一般公共预算 is 表六/表七, 政府性基金 is 表八, 财政拨款 (both) is 表五, all money is 表一/表二/表三/表四."""
    t = split_tables(text)
    bad: list[str] = []

    def same(a: Decimal, b: Decimal, what: str) -> None:
        if a != b:
            bad.append(f"{what}: {a} != {b}")

    rows3, total3 = table3(t)
    grand, basic, project = (_sum(num(r[i]) for r in rows3) for i in (3, 4, 5))
    for r in rows3:
        same(num(r[3]), num(r[4]) + num(r[5]), f"表三 {r[0]} {r[2]} total = basic + project")
    same(grand, num(total3[3]), "表三 rows sum")
    same(basic, num(total3[4]), "表三 basic sum")
    same(project, num(total3[5]), "表三 project sum")

    # 表四: 合计 = 一般公共预算 + 政府性基金 + 单位资金; columns add up; pairs agree with 表三's project column
    rows4 = data_rows(t["表四"], UNIT_ROW)
    total4 = next(r for r in t["表四"] if r[0].startswith("合"))
    for r in rows4:
        same(num(r[6]), num(r[7]) + num(r[8]) + num(r[14]), f"表四 {r[2]} 合计 = 拨款 + 单位资金")
    for i in (6, 7, 8, 14):
        same(_sum(num(r[i]) for r in rows4), num(total4[i]), f"表四 column {i} sum")
    same(num(total4[6]), project, "表四 total = 项目支出")
    pairs: dict[tuple[str, str], Decimal] = {}
    for r in rows4:
        pairs[(r[3], r[5])] = pairs.get((r[3], r[5]), Decimal(0)) + num(r[6])
    for r in rows3:
        same(num(r[5]), pairs.pop((r[0], r[2]), Decimal(0)), f"表三 project {r[0]} {r[2]} vs 表四")
    if pairs:
        bad.append(f"表四 pairs missing from 表三: {pairs}")

    # 表八 = the 政府性基金 column of 表四, by (function, economic class)
    rows8 = data_rows(t["表八"], FUNC_ROW)
    total8 = next(r for r in t["表八"] if r[0].startswith("合"))
    fund = num(total8[3])
    same(_sum(num(r[3]) for r in rows8), fund, "表八 rows sum")
    fund4: dict[tuple[str, str], Decimal] = {}
    for r in rows4:
        if num(r[8]):
            fund4[(r[3], r[5])] = fund4.get((r[3], r[5]), Decimal(0)) + num(r[8])
    if {(r[0], r[2]): num(r[3]) for r in rows8} != fund4:
        bad.append("表八 rows differ from the 政府性基金 column of 表四")

    # 表六: 一般公共预算 rows per unit, a 小计 row per unit, 合计 over the data rows only
    rows6 = [r for r in t["表六"] if UNIT_ROW.match(r[0]) and r[1]]
    subs6 = [r for r in t["表六"] if UNIT_ROW.match(r[0]) and not r[1]]
    total6 = next(r for r in t["表六"] if len(r) > 2 and r[2].startswith("合"))
    labels = list(dict.fromkeys(r[0] for r in rows6))
    for r in rows6:
        same(num(r[4]), num(r[5]) + num(r[6]), f"表六 {r[0]} {r[1]} basic = 人员 + 公用")
        same(num(r[3]), num(r[4]) + num(r[7]), f"表六 {r[0]} {r[1]} total = basic + project")
        mine = [x for x in rows4 if x[0] == r[0] and x[3].startswith(r[1] + "-")]
        same(num(r[7]), _sum(num(x[7]) for x in mine), f"表六 {r[0]} {r[1]} project vs 表四")
        same(num(r[8]), num(r[7]) - _sum(num(x[7]) for x in mine if x[5].startswith("309")), f"表六 {r[1]} 扣除基建")
    if [r[0] for r in subs6] != labels:
        bad.append("表六 小计 rows do not head each unit")
    for s in subs6:
        for i in range(3, 9):
            same(num(s[i]), _sum(num(r[i]) for r in rows6 if r[0] == s[0]), f"表六 小计 {s[0]} column {i}")
    for i in range(3, 9):
        same(_sum(num(r[i]) for r in rows6), num(total6[i]), f"表六 column {i} sum")
    gp = num(total6[3])

    # 表七: 一般公共预算 basic by pair; never more than 表三's basic; totals = 表六's
    rows7 = data_rows(t["表七"], FUNC_ROW)
    total7 = next(r for r in t["表七"] if len(r) > 2 and r[2].startswith("合"))
    basic3 = {(r[0], r[2]): num(r[4]) for r in rows3}
    for r in rows7:
        same(num(r[3]), num(r[4]) + num(r[5]), f"表七 {r[0]} {r[2]} split")
        if not 0 < num(r[3]) <= basic3.get((r[0], r[2]), Decimal(0)):
            bad.append(f"表七 {r[0]} {r[2]} exceeds 表三 basic")
    for i, j in ((3, 4), (4, 5), (5, 6)):
        same(_sum(num(r[i]) for r in rows7), num(total7[i]), f"表七 column {i} sum")
        same(num(total7[i]), num(total6[j]), f"表七 column {i} = 表六 column {j}")
    own_basic = basic - num(total7[3])
    own = own_basic + num(total4[14])

    # 表五 = 财政拨款: 一般公共预算 (表六) + 政府性基金 (表八), class by class
    t5 = _amounts(t["表五"])
    same(t5["一、本年收入"], gp + fund, "表五 一、本年收入")
    same(t5["一、本年支出"], gp + fund, "表五 一、本年支出")
    same(t5["（一）一般公共预算资金"], gp, "表五 一般公共预算资金")
    same(t5["（二）政府性基金预算资金"], fund, "表五 政府性基金预算资金")
    same(t5["收入总计"], gp + fund, "表五 收入总计")
    fiscal_class: dict[str, Decimal] = {}
    for code, amount in [(r[1][:3], num(r[3])) for r in rows6] + [(r[0][:3], num(r[3])) for r in rows8]:
        fiscal_class[code] = fiscal_class.get(code, Decimal(0)) + amount
    for item, code in syn.T5_EXPENSES:
        same(t5[item], fiscal_class.get(code, Decimal(0)), f"表五 {item}")

    # 表一 = all money: incomes by kind, expenses by class as 表三
    t1 = _amounts(t["表一"])
    same(t1["一、一般公共预算拨款收入"], gp, "表一 一般公共预算拨款收入")
    same(t1["二、政府性基金预算拨款收入"], fund, "表一 政府性基金预算拨款收入")
    same(t1["五、事业收入"] + t1["九、其他收入"], own, "表一 事业收入 + 其他收入 = 单位资金")
    same(_sum(t1[i] for i in syn.T1_INCOMES), grand, "表一 incomes sum")
    for key in ("本年收入合计", "本年支出合计", "收入总计", "支出总计"):
        same(t1[key], grand, f"表一 {key}")
    for item, code in syn.T1_EXPENSES:
        same(t1[item], _sum(num(r[3]) for r in rows3 if r[0][:3] == code), f"表一 {item}")
    if t1["收入总计"] == t5["收入总计"]:
        bad.append("表一 and 表五 totals should differ (单位资金)")

    # 表二: the department row = its units = 合计; each row's columns add up; per unit against 表四/表六
    rows2 = [r for r in t["表二"] if re.fullmatch(r"\d{3}(\d{3})?", r[0])]
    dept = next(r for r in rows2 if len(r[0]) == 3)
    unit_rows = [r for r in rows2 if len(r[0]) == 6]
    total2 = next(r for r in t["表二"] if r[0].startswith("合"))
    for r in [*rows2, ["", *total2]]:
        same(num(r[2]), num(r[3]), f"表二 {r[0]} 合计 = 小计")
        same(num(r[3]), _sum(num(r[i]) for i in range(4, 13)), f"表二 {r[0]} 小计 = its columns")
    for i in range(2, 19):
        same(_sum(num(r[i]) for r in unit_rows), num(dept[i]), f"表二 units column {i}")
        same(num(total2[i - 1]), num(dept[i]), f"表二 合计 column {i}")
    same(num(dept[2]), grand, "表二 合计 = 表三")
    same(num(dept[4]), gp, "表二 一般公共预算资金")
    same(num(dept[5]), fund, "表二 政府性基金预算资金")
    same(num(dept[8]), t1["五、事业收入"], "表二 事业收入 = 表一")
    same(num(dept[12]), t1["九、其他收入"], "表二 其他收入 = 表一")
    if [f"{r[0]}-{r[1]}" for r in unit_rows] != labels:
        bad.append("表二 units differ from 表六 units")
    for r in unit_rows:
        label = f"{r[0]}-{r[1]}"
        sub = next((s for s in subs6 if s[0] == label), None)
        same(num(r[4]), num(sub[3]) if sub else Decimal(0), f"表二 {r[0]} 一般公共预算 = 表六 小计")
        same(num(r[5]), _sum(num(x[8]) for x in rows4 if x[0] == label), f"表二 {r[0]} 政府性基金 = 表四")
        if num(r[8]) + num(r[12]) < _sum(num(x[14]) for x in rows4 if x[0] == label):
            bad.append(f"表二 {r[0]} 单位资金 less than its 表四 单位资金")

    # 表十三: one block per 表四 project; 财政资金 + 其他资金 = 项目总额; the unit on each unit's first project
    blocks: list[tuple[list[str], list[list[str]]]] = []
    for r in t["表十三"]:
        if len(r) >= 16 and r[1]:
            blocks.append((r, [r[9:]]))
        elif len(r) >= 16 and blocks and not r[0] and r[9]:
            blocks[-1][1].append(r[9:])
    if [b[0][1].split("-", 1)[1] for b in blocks] != [r[2] for r in rows4]:
        bad.append("表十三 blocks differ from 表四 projects")
    firsts = [r4[0] if r4[0] not in [x[0] for x in rows4[:k]] else "" for k, r4 in enumerate(rows4)]
    if [b[0][0] for b in blocks] != firsts:
        bad.append("表十三 unit cells are not on each unit's first project")
    for (head, inds), r4 in zip(blocks, rows4, strict=False):
        same(num(head[5]), num(r4[6]), f"表十三 {r4[2]} 项目总额")
        same(num(head[6]), num(r4[7]) + num(r4[8]), f"表十三 {r4[2]} 财政资金")
        same(num(head[7]), num(r4[14]), f"表十三 {r4[2]} 其他资金")
        cost = [i for i in inds if i[0] == "成本指标"]
        if not cost or num(cost[0][4]) != num(r4[6]):
            bad.append(f"表十三 {r4[2]}: cost indicator")

    # 表十一: projects of 表四 with their unit and amount
    rows11 = [r for r in t["表十一"] if UNIT_ROW.match(r[0])]
    total11 = next(r for r in t["表十一"] if len(r) > 1 and r[1].startswith("合"))
    by_name4 = {r[2]: r for r in rows4}
    for r in rows11:
        r4 = by_name4.get(r[1].split("-", 1)[1])
        if r4 is None or r4[0] != r[0] or num(r4[6]) != num(r[8]):
            bad.append(f"表十一 {r[1]} disagrees with 表四")
    same(_sum(num(r[8]) for r in rows11), num(total11[8]), "表十一 本年 sum")

    # 表十 (一般公共预算) and 表十四
    t10 = sangong_table(t)
    for item, code in (("2、公务接待费", "30217"), ("公务用车运行维护费", "30231")):
        same(t10[item], _sum(num(r[3]) for r in rows7 if r[2].startswith(code)), f"表十 {item} vs 表七")
    same(t10["总计"], t10["1、因公出国（境）费"] + t10["2、公务接待费"] + t10["3、公务用车购置及运行维护费"],
         "表十 total")
    t14 = {r[1]: num(r[2]) for r in t["表十四"] if len(r) == 3 and r[1].endswith("：") and r[1] != "其他："}
    same(t14["资金总额："], grand, "表十四 资金总额")
    same(t14["基本支出："], basic, "表十四 基本支出")
    same(t14["项目支出："], project, "表十四 项目支出")
    return bad


def multi_narrative_problems(text: str) -> list[str]:
    """The multi-unit sentences: income by kind, per-unit headcounts, 政府性基金, 三公 units."""
    t = split_tables(text)
    story = narrative(text)
    t1 = _amounts(t["表一"])
    bad: list[str] = []

    def check(what: str, stated: Decimal, want: Decimal) -> None:
        if stated != want:
            bad.append(f"{what}: stated {stated}, computed {want}")

    m = re.search(rf"其中:一般公共预算财政拨款{N}万元，政府性基金预算财政拨款{N}万元，事业收入{N}万元，其他收入{N}万元", story)
    assert m, "income parts"
    for k, item in enumerate(("一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "五、事业收入", "九、其他收入"), 1):
        check(item, num(m[k]), r2(t1[item]))
    m = re.search(r"在职人数(\d+)人.*?退休(\d+)人、.*\n其中：(.+)。", story)
    assert m, "per-unit headcount"
    parts = [re.search(r"编制(\d+)人、在职(\d+)人、退休(\d+)人", p) for p in m[3].split("；")]
    check("在职 by unit", Decimal(sum(int(p[2]) for p in parts)), Decimal(m[1]))
    check("退休 by unit", Decimal(sum(int(p[3]) for p in parts)), Decimal(m[2]))
    quota = re.search(r"（含所属单位）编制(\d+)人", story)
    check("编制 by unit", Decimal(sum(int(p[1]) for p in parts)), Decimal(quota[1]))
    if len(parts) != len([r for r in t["表二"] if re.fullmatch(r"\d{6}", r[0])]):
        bad.append("headcount units differ from 表二 units")
    m = re.search(rf"政府性基金预算财政拨款收入{N}万元，支出{N}万元，比\d{{4}}年{N}万元(增加|减少){N}万元", story)
    assert m, "政府性基金 sentence"
    fund = r2(t1["二、政府性基金预算拨款收入"])
    check("政府性基金 收入", num(m[1]), fund)
    check("政府性基金 支出", num(m[2]), fund)
    check("政府性基金 change", num(m[5]) if m[4] == "增加" else -num(m[5]), fund - num(m[3]))
    scope = re.search(r"支出单位包括(.+)。", story)[1]
    for r in t["表二"]:
        if re.fullmatch(r"\d{6}", r[0]) and not r[0].endswith("001") and r[1] not in scope:
            bad.append(f"三公 scope misses {r[1]}")
    return bad


def test_multi_unit_tables_are_consistent(multi_text):
    assert multi_table_problems(multi_text) == []


def test_multi_unit_narrative_is_consistent(multi_text):
    assert narrative_problems(multi_text) == []
    assert multi_narrative_problems(multi_text) == []


def test_multi_unit_structure(multi_text):
    spec = syn.multi_unit_spec()
    t = split_tables(multi_text)
    assert list(t) == ORDER
    assert multi_text.startswith(" 第一部分  2025年部门预算情况说明\n")
    rows2 = [r for r in t["表二"] if re.fullmatch(r"\d{3}(\d{3})?", r[0])]
    assert [r[0] for r in rows2] == ["301", "301001", "301002", "301003"]
    assert rows2[1][1] == "北京市海淀区园林绿化局（本级）" and num(rows2[0][2]) > num(rows2[1][2])
    rows4 = data_rows(t["表四"], UNIT_ROW)
    assert len({r[0] for r in rows4}) == 3 and {r[1] for r in rows4} == {"1-行政单位", "2-事业单位"}
    assert 8 <= len(rows4) <= 12
    assert any(num(r[14]) for r in rows4) and any(num(r[8]) for r in rows4)
    rows6 = [r for r in t["表六"] if UNIT_ROW.match(r[0]) and r[1]]
    per_code: dict[str, set[str]] = {}
    for r in rows6:
        per_code.setdefault(r[1], set()).add(r[0])
    assert max(len(v) for v in per_code.values()) == 3  # 2080505 etc. in all three units
    assert {"2130204", "2130205"} <= {c for c, v in per_code.items() if len(v) >= 2}
    assert sum(1 for r in t["表六"] if len(r) > 2 and r[2] == "小    计") == 3
    codes3 = {r[0][:7] for r in data_rows(t["表三"], FUNC_ROW)}
    assert {"2120803", "2120899"} <= codes3 - set(per_code)  # 政府性基金 only: in 表三/表八, not 表六
    assert len(data_rows(t["表八"], FUNC_ROW)) >= 2
    assert {c[:3] for c in codes3} == {"208", "210", "212", "213", "221"}
    heads = [r for r in t["表十三"] if len(r) >= 16 and r[1]]
    assert len([r for r in heads if r[0]]) == 3 and any(r[7] for r in heads)
    assert any(re.fullmatch(r"\d{8}", r[3]) and not re.search(r"\d", r[4]) for r in heads), "swapped owner/phone"
    assert any(r[2].endswith("(2025)") for r in rows4)
    story = narrative(multi_text)
    assert "政府性基金预算财政拨款收入、支出全为零" not in story
    assert "事业收入" in story and "其他收入" in story and "所属单位" in story
    assert "固定资产原值52，386.14" in story
    for u in spec.units[1:]:
        assert u.name in story and u.duty in story
    for word in ("东城", "西城", "卫生健康委", "人力资源和社会保障局", "163001", "257001"):
        assert word not in multi_text


def test_multi_unit_figures_agree_with_the_document(multi_text):
    spec = syn.multi_unit_spec()
    fig = syn.figures(spec)
    t = split_tables(multi_text)
    _, total3 = table3(t)
    assert (num(total3[3]), num(total3[4]), num(total3[5])) == (fig.total, fig.basic, fig.project)
    assert fig.fiscal == fig.gp + fig.fund < fig.total
    assert fig.total == sum(fig.income.values())
    assert _amounts(t["表五"])["收入总计"] == fig.fiscal
    rows2 = {r[0]: r for r in t["表二"] if re.fullmatch(r"\d{6}", r[0])}
    for u in fig.units:
        assert num(rows2[u.code][2]) == u.total == u.basic + u.project == u.gp + u.fund + u.own
    assert sum(u.headcount["实际"] for u in fig.units) == fig.headcount["实际"]
    assert list(fig.projects) == [r[2] for r in data_rows(t["表四"], UNIT_ROW)]
    assert fig.by_econ["电费"] > sum((ln.gp for ln in fig.lines if ln.econ == "30206"), Decimal(0))
    assert fig.sangong["公务接待费"] == Decimal("1.8") and fig.sangong["公务用车运行维护费"] == Decimal("12.8")
    assert fig.jiguan == sum((r.public for r in fig.func_rows if r.func == "2130201"), Decimal(0))
    assert len({r.unit for r in fig.func_rows}) == 3
    assert fig.narrative["收入变动"] > 0 > fig.narrative["基本支出变动"] and fig.narrative["项目支出变动"] > 0


@pytest.mark.parametrize("kind", syn.SLIP_KINDS)
def test_multi_unit_slips_break_only_the_narrative(kind, multi_text):
    spec = syn.with_slips(syn.multi_unit_spec(), kinds=(kind,))
    bad_text = syn.make_budget(spec)
    assert narrative_problems(bad_text), kind
    assert multi_table_problems(bad_text) == []
    assert bad_text[bad_text.index("\t表一、"):] == multi_text[multi_text.index("\t表一、"):]


def test_multi_unit_checks_catch_changed_cells(multi_text):
    park = next(u for u in syn.figures(syn.multi_unit_spec()).units if u.code == "301002")
    i, j = multi_text.index("\t表二、"), multi_text.index("\t表三、")
    cell = f"\t{syn.fmt6(park.gp)}\n"
    broken = multi_text[:i] + multi_text[i:j].replace(cell, f"\t{syn.fmt6(park.gp + 1)}\n", 1) + multi_text[j:]
    assert broken != multi_text and multi_table_problems(broken)
    i, j = multi_text.index("\t表八、"), multi_text.index("\t表九、")
    broken = multi_text[:i] + multi_text[i:j].replace("\t860.000000\n", "\t861.000000\n", 1) + multi_text[j:]
    assert broken != multi_text and multi_table_problems(broken)
    assert multi_narrative_problems(multi_text.replace("在职71人", "在职72人"))


def test_multi_unit_variants(tmp_path, multi_text):
    paths = syn.write_variants(tmp_path, syn.multi_unit_spec())
    assert paths["utf8.txt"].read_text(encoding="utf-8") == multi_text
    assert paths["gbk.txt"].read_bytes().decode("gb18030") == multi_text
    assert paths["utf8_bom.txt"].read_bytes().decode("utf-8-sig") == multi_text
    truncated = paths["truncated.txt"].read_text(encoding="utf-8")
    assert multi_text.startswith(truncated) and "\t表五、" not in truncated
    cut = syn.truncate(multi_text, "表十三")
    assert "\t表十三、" in cut and "\t表十四、" not in cut


def test_cli_writes_the_multi_unit_document_and_gold(tmp_path, multi_text):
    out = tmp_path / "multi.txt"
    assert syn.main(["--multi-unit", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == multi_text
    gold = tmp_path / "gold.jsonl"
    assert syn.main(["--gold-multi", str(gold)]) == 0
    assert gold.read_text(encoding="utf-8") == MULTI_GOLD.read_text(encoding="utf-8")


def _renderings(value: float, unit: str) -> set[str]:
    """How a gold number may be written in the document, commas and spaces removed."""
    d = Decimal(str(value))
    wan = {"元": d / 10000, "亿元": d * 10000}.get(unit, d)
    out = {str(value), f"{d:.2f}"}
    if unit in ("万元", "元", "亿元"):
        out |= {syn.fmt6(wan), syn.fmt2(wan), syn.compact(wan), syn.yuan(wan)}
    return {re.sub(r"[\s,，]", "", x) for x in out}


def test_multi_gold_file_is_current_and_backed_by_the_document(multi_text):
    lines = [json.loads(ln) for ln in MULTI_GOLD.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert lines == syn.multi_gold_questions(), "regenerate: python -m tests.synthetic --gold-multi " + str(MULTI_GOLD)
    assert len(lines) == 40 and len({g["id"] for g in lines}) == 40
    assert syn.check_gold(lines, multi_text) == []
    cats: dict[str, int] = {}
    for g in lines:
        cats[g["cat"]] = cats.get(g["cat"], 0) + 1
    assert cats == {"lookup": 8, "unit": 4, "narrative-number": 7, "aggregate": 8, "indicator": 4,
                    "descriptive": 5, "unanswerable": 4}
    flat = re.sub(r"\s", "", multi_text)
    t = split_tables(multi_text)
    story_lines = narrative(multi_text).split("\n")
    rows = [" ".join(r) for table in t.values() for r in table] + story_lines
    norm_rows = [re.sub(r"[\s,，]", "", r) for r in rows]
    rows3 = data_rows(t["表三"], FUNC_ROW)
    rows4 = data_rows(t["表四"], UNIT_ROW)
    for g in lines:
        if g["kind"] in ("text", "list"):
            assert all(re.sub(r"\s", "", c) in flat for c in g["contains"]), g["id"]
        if g["kind"] != "number":
            continue
        cites = [re.sub(r"[\s,，]", "", c) for c in g["cite"]]
        backing = [r for r in norm_rows if any(c in r for c in cites)]
        if g["cat"] == "aggregate":  # a count of 表四 rows or a sum of 表三 rows carrying the cite
            if g["unit"] == "个":
                assert g["value"] == sum(1 for r in rows4 if g["cite"][0] in r[0]), g["id"]
            else:  # the cite names the economic class (电费, not 邮电费) or is part of the function's name
                got = _sum(num(r[3]) for r in rows3
                           if any(c == r[2].split("-", 1)[1] or c in r[0] for c in g["cite"]))
                assert float(got) == g["value"], g["id"]
        else:  # the value is written in a row or line that carries the cite
            forms = _renderings(g["value"], g["unit"])
            assert any(f in r for r in backing for f in forms), (g["id"], g["value"], g["cite"])
