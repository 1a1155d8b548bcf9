import pytest

from qa.normalize import arabize, cn_to_int, fmt_number, nfkc, norm, numbers_in, parse_number


@pytest.mark.parametrize("s, expected", [("十", 10), ("二十五", 25), ("一百五十", 150), ("三点五", 3.5), ("两千", 2000),
                                         ("公", None)])
def test_cn_to_int(s, expected):
    assert cn_to_int(s) == expected


@pytest.mark.parametrize("q, expected", [
    ("预算最多的十个项目", "预算最多的10个项目"),
    ("超过一百万元的项目", "超过100万元的项目"),
    ("排名前三的项目", "排名前3的项目"),
    ("三公经费是多少", "三公经费是多少"),
    ("一般公共预算", "一般公共预算"),
    ("就业大厦装修二期", "就业大厦装修二期"),
    ("下降了百分之多少", "下降了百分之多少"),
    ("十分重要", "十分重要"),
])
def test_arabize_converts_counts_not_names(q, expected):
    assert arabize(q) == expected


def test_full_width_digits_and_punctuation():
    assert nfkc("超过１００万元") == "超过100万元"
    assert parse_number("１０，１２２．３８") == 10122.38
    assert norm("“三公”经费（元）") == "三公经费元"


def test_numbers_and_formatting():
    assert numbers_in("合计10,122.38万元，占31.02%") == [10122.38, 31.02]
    assert fmt_number(10122.377376) == "10,122.377376"
    assert fmt_number(530.0) == "530"


def test_a_numeral_inside_a_word_is_no_count():
    from qa.normalize import arabize

    assert arabize("目前一共有几辆车") == "目前一共有几辆车"  # 目前 + 一共: no 'top 1'
    assert arabize("前十个项目") == "前10个项目" and arabize("不超过五万元") == "不超过5万元"
