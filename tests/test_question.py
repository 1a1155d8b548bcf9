import pytest

from qa.errors import QuestionError
from qa.question import read_question


@pytest.mark.parametrize("q, op", [
    ("就业大厦装修二期的预算是多少？", "lookup"),
    ("项目支出表里一共有多少个项目？", "count"),
    ("预算最多的项目是哪个？", "max"),
    ("哪个项目的预算最少？", "min"),
    ("预算最多的十个项目", "top"),
    ("预算超过100万元的项目有哪些？", "threshold"),
    ("项目支出占总支出的比例是多少？", "share"),
    ("收入预算比2022年减少了多少？", "change"),
    ("法律服务经费项目的负责人是谁？", "owner"),
    ("支出按功能分类的构成", "breakdown"),
])
def test_operations(q, op):
    assert read_question(q).op == op


def test_units_years_thresholds():
    q = read_question("公务接待费预算多少元？")
    assert q.want_unit == "元"
    q = read_question("超过一百万元的项目有几个")
    assert q.threshold == 100.0 and q.comparator == ">"
    q = read_question("超过５０万元的项目")
    assert q.threshold == 50.0
    assert read_question("2024年的部门预算是多少？").years == (2024,)
    assert read_question("预算最多的5个项目").n == 5


def test_descriptive_not_fooled_by_项目的():
    assert not read_question("哪个项目的预算最少？").descriptive
    assert read_question("对外服务平台三期项目的目的是什么？").descriptive


@pytest.mark.parametrize("bad", ["", "   ", "？？？", "x" * 501])
def test_bad_questions_get_a_clear_error(bad):
    with pytest.raises(QuestionError) as e:
        read_question(bad)
    assert str(e.value)
