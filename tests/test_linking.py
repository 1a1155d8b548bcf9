"""Linking question words to the document's own names (built from a real index, no hand-made lists)."""

from __future__ import annotations

import pytest

from qa.linking import content, coverage, match
from qa.normalize import norm


@pytest.mark.parametrize("q, term, exact", [
    ("就业大厦装修二期的预算是多少", "就业大厦装修二期", True),
    ("装修二期花多少钱", "就业大厦装修二期", False),
    ("物业费是多少", "物业管理费", False),
])
def test_match_exact_and_partial(q, term, exact):
    score, is_exact, start, end, seg = match(norm(q), norm(term))
    assert score > 0 and is_exact == exact and seg in norm(term) and q.startswith(seg) == (start == 0)


def test_generic_words_and_years_do_not_link():
    assert match("预算是多少", "项目支出预算")[0] < 2
    assert match("2023年职工工资", "系统运行维护项目2023")[0] < 1.5


def test_content_and_coverage():
    assert content(norm("请问今年的物业费要多少钱？")) == "物业费"
    assert coverage(norm("物业费是多少"), norm("物业管理费")) == 1.0
    assert coverage(norm("职工月平均工资是多少"), norm("机关工资审核管理系统")) < 0.35


def test_linker_finds_project_subject_and_class(engine):
    def top(q, kinds=None):
        return engine.linker.link(norm(q), kinds=kinds)[0].entity

    assert top("就业大厦装修二期的预算").kind == "project"
    assert top("行政运行支出", {"func"}).key == "2080101"
    assert top("差旅费", {"econ"}).key == "30211"
    assert top("社会保障和就业支出", {"func"}).key == "208"  # 类 name from the classification vocabulary


def test_lexicon_comes_from_the_document(engine):
    kinds = {k for (k,) in engine.conn.execute("SELECT DISTINCT kind FROM lexicon")}
    assert {"project", "func", "econ", "indicator", "fact"} <= kinds
    n = engine.conn.execute("SELECT COUNT(*) FROM lexicon WHERE kind = 'project'").fetchone()[0]
    assert n >= 33
