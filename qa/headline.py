"""The headline of a compound question: which part's figure is the answer's value.

'某委自己有公车吗？一共有几辆车': the count, never a yes-no part's figure. '谁的某预算多？多出多少万': the size of
the difference, never the which-part's own figure. '钱主要花在哪个大类上？这个大类占总支出多少': the part asked of
the row an earlier part found."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .answer import Answer
from .reading import named_pattern

_ASKS_EXISTS = named_pattern("asks_exists")  # ('有公车吗')
_ASKS_WHICH = named_pattern("asks_which_one")  # ('谁的多', '哪个最多')
_BY_HOW_MUCH = named_pattern("by_how_much")  # ('多出多少', '差多少')


@dataclass(frozen=True)
class Headline:
    """The part whose answer heads the compound's (`answer`, at index `at`), and the figure it heads it with."""
    answer: Answer
    at: int | None
    value: float | None


def headline(answers: Sequence[Answer], keys: Sequence[str], said: Sequence[str], chained_at: int | None) -> Headline:
    """The headline of the parts' answers. `keys` are the parts read as whole questions, `said` the parts as asked,
    each in the order of `answers`; `chained_at` is the part asked of the row an earlier part found. Some answer
    must be given."""
    given = [a for a in answers if a.route != "none"]
    yes_no = {i for i, x in enumerate(keys) if _ASKS_EXISTS.search(x)}
    # (a which-part's figure, when a later part asks by how much: '谁的某预算多？多出多少万')
    who = {i for i, x in enumerate(said) if _ASKS_WHICH.search(x)}
    if not any(_BY_HOW_MUCH.search(x) for i, x in enumerate(said) if i not in who):
        who = set()  # ('哪个最多，多少钱': the which-part's own figure is the one asked again)
    figures = [i for i, a in enumerate(answers) if a.route != "none" and a.value is not None]
    at = next((i for i in figures if i not in yes_no | who), None)
    if at is None:
        at = next((i for i in figures if i not in yes_no), None)
    if chained_at is not None and chained_at < len(answers) and answers[chained_at].value is not None:
        at = chained_at
    if at is None:  # (only yes-no parts have figures, or none has: the first given)
        first = next((a for a in given if a.value is not None), given[0])
        at = next(i for i, a in enumerate(answers) if a is first)
    value = answers[at].value
    if who and at not in who and value is not None and value < 0 and _BY_HOW_MUCH.search(said[at]):
        value = -value  # ('谁的多？多出多少': by how much the one that has more has more)
    return Headline(answers[at], at, value)
