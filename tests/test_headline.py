"""The headline of a compound question's answer (qa.headline): which part's figure the answer's value is."""

from qa.answer import Answer
from qa.headline import headline


def _a(value, route="sql", unit="万元"):
    return Answer(question="", text=f"{value}", route=route, value=value, unit=unit)


def test_the_first_part_with_a_figure_heads_the_answer():
    parts = [_a(None, route="retrieval"), _a(120.5), _a(3.0, unit="辆")]
    h = headline(parts, ["某项目是干什么的", "某项目多少钱", "买几辆车"], ["是干什么的", "多少钱", "买几辆车"], None)
    assert (h.at, h.value, h.answer.unit) == (1, 120.5, "万元")


def test_a_yes_no_part_never_heads_when_a_later_part_asks_the_figure():
    parts = [_a(42.0), _a(2.0, unit="辆")]
    h = headline(parts, ["某委自己有公车吗", "某委一共有几辆车"], ["某委自己有公车吗", "一共有几辆车"], None)
    assert (h.at, h.value) == (1, 2.0)


def test_a_which_part_gives_way_to_by_how_much_and_the_difference_is_its_size():
    parts = [_a(300.0), _a(-25.5)]
    said = ["谁的某预算多", "多出多少万"]
    h = headline(parts, said, said, None)
    assert (h.at, h.value) == (1, 25.5)


def test_a_which_part_heads_when_no_later_part_asks_by_how_much():
    parts = [_a(300.0), _a(300.0)]
    said = ["哪个项目最多", "多少钱"]
    h = headline(parts, said, said, None)
    assert (h.at, h.value) == (0, 300.0)


def test_the_part_asked_of_the_row_found_heads_the_answer():
    parts = [_a(800.0), _a(45.2, unit="%")]
    said = ["钱主要花在哪个大类上", "这个大类占总支出多少"]
    h = headline(parts, said, said, 1)
    assert (h.at, h.value, h.answer.unit) == (1, 45.2, "%")


def test_only_yes_no_parts_with_figures_the_first_given_heads():
    parts = [_a(None, route="none"), _a(7.0)]
    keys = ["某委有没有公车", "某委有公车吗"]
    h = headline(parts, keys, keys, None)
    assert (h.at, h.value) == (1, 7.0)
