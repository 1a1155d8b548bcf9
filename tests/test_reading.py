"""Reading a question before any index: side clauses that restate or set aside, and English clause breaks."""

import pytest

from qa.reading import read, side_clauses


@pytest.mark.parametrize(("question", "kept", "aside"), [
    ("万里街道社会保障和就业支出中，项目支出是多少？只要项目支出。", "万里街道社会保障和就业支出中，项目支出是多少？", ()),
    ("某科目里项目支出是多少？不要把基本支出算进去。", "某科目里项目支出是多少？", ("基本支出",)),
    ("事业单位在职的实际有几个人？不是问编制数。", "事业单位在职的实际有几个人？", ("编制",)),
    ("现在在职的有多少人？不是编制数，也不算退休的。", "现在在职的有多少人？", ("编制", "退休")),
    ("某项目的产出指标定了哪些？满意度和成本的不用说。", "某项目的产出指标定了哪些？", ("满意度和成本",)),
    ("一般公共服务支出里头项目支出是多少(不含基本支出)", "一般公共服务支出里头项目支出是多少", ("基本支出",)),
    ("审计角度问一下：某局的项目里，经济分类是委托业务费的有哪些？", "某局的项目里，经济分类是委托业务费的有哪些？", ()),
    ("所有项目的预算加起来是多少万元（各类资金都算）？", "所有项目的预算加起来是多少万元？", ()),
    # a premise of a change before the question that follows from it: who said it stays (and what changed, when the
    # question after it names nothing of its own)
    ("某局说24年财政拨款比23年少了，那2023年是多少？", "某局，那2023年是多少？", ()),
    ("既然今年比去年少了，那去年是多少", "那去年是多少", ()),
    ("某局2026年财政拨款比25年少了751万多，那2025年的预算大概是多少万？", "某局财政拨款，那2025年的预算大概是多少万？", ()),
])
def test_side_clauses_that_change_nothing_are_read_away(question, kept, aside):
    assert side_clauses(question) == (kept, aside)


@pytest.mark.parametrize("question", [
    "三公经费一共多少？公务用车不算。",  # a part of what is summed: the sum changes, so the clause stays
    "离退休人员多少，离休的不算",  # 离退休 holds 离休
    "下面一共管着几家预算单位？街道本部不算。",  # 本部 is one of the units counted
    "三公经费：多少",
])
def test_side_clauses_that_change_the_answer_stay(question):
    assert side_clauses(question) == (question, ())


def test_english_keeps_a_bracketed_clause_apart():
    r = read("How many in-service staff does the bureau actually have (not counting retirees or temporary workers)?")
    assert r.english and "不算" not in r.key and set(r.aside) == {"退休临时"}


@pytest.mark.parametrize(("question", "kept"), [
    ("都说是体育局，可2021年群众体育上的钱有多少？感觉不多啊", "可2021年群众体育上的钱有多少？"),  # a remark
    ("某项目的产出指标都有哪些？只要产出指标，别的不用。", "某项目的产出指标都有哪些？"),
    ("培训费一共编了多少？基本支出和项目里的都算上。", "培训费一共编了多少？"),  # all of a group: nothing left out
    ("某局（含所属单位）实际人数是多少人？", "某局实际人数是多少人？"),
    ("某局实际有多少人？连退休的算上", "某局实际有多少人？"),  # everyone counted holds them already
    ("某街道2024年的财政拨款预算是多少？2025年说比上一年多了三千多万", "某街道2024年的财政拨款预算是多少？"),  # a premise after
    ("松江区教育局2024年财政拨款说是比2023年多了一千七百多万，那2023年的财政拨款预算是多少万？",
     "松江区教育局，那2023年的财政拨款预算是多少万？"),  # who said it: the department, not what it said of it
])
def test_remarks_and_inclusive_clauses_are_read_away(question, kept):
    assert side_clauses(question)[0] == kept


def test_a_percentage_not_an_amount_sets_the_amount_aside():
    assert side_clauses("体育局的预算涨了百分之几？我要的是百分比，不是金额。")[1] == ("金额",)
    r = read("What percentage of the bureau's 2021 spending goes to health (卫生健康支出)? A percentage please, not the amount.")
    assert r.key.startswith("卫生健康支出占") and "金额" not in r.key


@pytest.mark.parametrize(("question", "start"), [
    ("What share of the bureau's total 2023 spending goes to housing security?", "住房保障支出占2023年支出总计"),
    ("What percentage of basic expenditure does personnel spending account for?", "人员经费支出占基本支出"),
    ("What is personnel expenses as a share of basic expenditure?", "人员经费占基本支出"),
])
def test_an_english_share_is_said_part_first(question, start):
    assert read(question).key.startswith(start)


def test_an_ordinal_at_the_end_of_the_question_is_a_number():
    assert read("哪个项目预算排第二？").first("op:nth").group("n2") == "2"


def test_english_budget_words_for_projects():
    assert "报刊征订" in read("How much did the bureau budget in 2023 for its newspaper subscriptions?").key
    assert "对外服务平台" in read("How much for phase III of its external service platform?").key
    assert read("How much is the bureau budgeting for heating (取暖费) in 2023?").unknown_english == ()


def test_a_decimal_point_stays_in_the_matching_form():
    r = read("哪些项目超过1.5万元？")
    assert r.first("op:gt").group("n") == "1.5"
    assert read("超过1.5万元的项目有哪些，最大的是哪个？").breaks  # clause breaks still found


def test_a_count_of_the_set_is_no_top_n():
    assert not read("33个项目里预算最少的是哪个？").has("op:top")
    assert read("预算最多的3个项目").first("op:top").group("n") == "3"


@pytest.mark.parametrize(("question", "expected"), [
    ("万里街道25年三公经费多少？", "万里街道2025年三公经费多少？"),
    ("对比24、25两年", "对比2024、2025两年"),
    ("合同期限10年", "合同期限10年"),
    ("满25年的", "满25年的"),
    ("10年以上", "10年以上"),
    ("不到10万块的", "不到10万元的"),
    ("500块钱", "500元"),
])
def test_years_and_money_said_the_everyday_way(question, expected):
    from qa.normalize import full_money, full_years

    assert full_money(full_years(question)) == expected


def test_a_row_named_by_its_rank_and_rows_given_as_examples():
    from qa.reading import chained, example_clauses

    assert chained(read("预算最多的项目负责人是谁？").text) == ("预算最多的项目是哪个？", "负责人是谁")
    assert chained(read("哪个项目预算最多？").text) is None
    text = read("基本支出按明细科目（像基本工资、奖金这种）看，哪一项最多？").text
    assert [words for _a, _b, words in example_clauses(text)] == [("基本工资", "奖金")]


def test_a_word_list_rule_never_hides_a_longer_word_behind_a_shorter_one():
    """Plain word lists are tried longest first (预算数 before 预算); a rule with any regex syntax is
    taken as written, so its plain words must already be in an order where no word hides a longer one."""
    import json
    import re

    from qa.reading import VOCAB, rule_pattern

    for rule in json.loads((VOCAB / "reading.json").read_text(encoding="utf-8"))["rules"]:
        pattern = rule_pattern(rule)
        if not re.search(r"[()\[\]\\?*+.{}^$]", pattern):
            continue  # reordered when compiled
        depth, parts, cur = 0, [], ""
        for ch in pattern:
            depth += ch == "("
            depth -= ch == ")"
            if ch == "|" and depth == 0:
                parts.append(cur)
                cur = ""
            else:
                cur += ch
        parts.append(cur)
        plain = [p for p in parts if p and not re.search(r"[()\[\]\\?*+.{}^$]", p)]
        for i, a in enumerate(plain):
            hidden = [b for b in plain[i + 1 :] if b.startswith(a) and b != a]
            assert not hidden, f"{rule['label']}: '{a}' comes before {hidden} and hides them"


@pytest.mark.parametrize("question", [
    "某局说今年三公经费少了，那少了多少？",  # the question follows on the change itself
    "他说今年多了，那个项目是多少",
])
def test_a_premise_stays_when_the_question_needs_it(question):
    assert side_clauses(question) == (question, ())


@pytest.mark.parametrize(("question", "code"), [
    ("功能科目 208 07 05 那一行预算数是多少", "2080705"),
    ("301 02 津贴补贴是多少", "30102"),
    ("What goes to 'other commercial expenditure' (216 99 99)?", "2169999"),
])
def test_a_code_printed_in_groups_is_one_code(question, code):
    assert code in read(question).key


def test_a_sum_said_with_加_is_a_sum_but_words_holding_加_are_not():
    assert read("离休费加退休费一共多少").has("op:sum")
    assert not read("比去年增加了多少").has("op:sum") and not read("参加培训的有多少人").has("op:sum")


def test_a_bound_said_with_比_and_a_difference_with_比_are_told_apart():
    assert read("有没有比5万块钱还少的小项目").has("op:lt")
    assert read("比100万还多的项目有哪些").has("op:gt")
    assert not read("职业技能培训补贴比5万多多少").has("op:gt")


@pytest.mark.parametrize(("question", "meant"), [
    ("万里街到24年的预算", "万里街道"), ("人设局的离休费", "人社局"), ("办工大厦运行维护费", "办公大厦"),
    ("财政拔款多少", "财政拨款"), ("截止2024年8月底有几辆车", "截至2024年"),
    ("住房公基金多少", "住房公积金"), ("东城卫建委", "卫健委"), ("现在手上有几量车", "几辆车"), ("绩效指表里", "绩效指标"),
])
def test_an_input_method_slip_is_read_as_the_word_meant(question, meant):
    assert meant in read(question).text


def test_截止_is_read_as_截至_only_before_a_year():
    assert "截止日期" in read("项目截止日期是什么时候").text
