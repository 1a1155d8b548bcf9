"""Where one row stands in a ranking ('某补贴在所有项目里排第几').

    place(items, names) -> Place | None   the row named among the ranked items, its place from the largest

The ranking itself is found the usual way (a top-N plan over the rows the question names), so every figure in the
reply is a cited row; this module only finds the named row in it and counts the rows above it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .answer import Item
from .normalize import norm


@dataclass(frozen=True)
class Place:
    index: int  # the row's position in the ranking as listed
    place: int  # 1 + the number of rows with a larger amount
    tied: bool  # another row has the same amount
    item: Item
    of: int  # how many rows the ranking holds


def place(items: Sequence[Item], names: Iterable[str]) -> Place | None:
    """The one item whose label is one of the names (compared normalised), and its place by amount from the largest;
    None when no item or more than one is named, or the named item has no amount."""
    said = {norm(n) for n in names}
    hit = [i for i, item in enumerate(items) if norm(item.label) in said]
    if len(hit) != 1 or items[hit[0]].value is None:
        return None
    item = items[hit[0]]
    above = sum(1 for x in items if x.value is not None and x.value > item.value)
    tied = sum(1 for x in items if x.value == item.value) > 1
    return Place(hit[0], 1 + above, tied, item, len(items))


__all__ = ["Place", "place"]
