"""The matching form of a text, shared by ingest (which stores it) and answering (which looks it up)."""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[\s\u3000,，.。、;；:：!！?？'\"“”‘’()（）\[\]【】《》<>〈〉「」『』—\-_/\\|·…~～*#+=%％]")


def nfkc(s: str) -> str:
    """Full-width digits, letters and punctuation to their half-width forms."""
    return unicodedata.normalize("NFKC", s)


def norm(s: str | None) -> str:
    """The form used for matching: NFKC, lower case, no white space or punctuation."""
    return _PUNCT.sub("", nfkc(s or "")).lower()


def grams(term: str) -> set[str]:
    """The character pairs of a matching form ('就业大厦' -> {'就业', '业大', '大厦'})."""
    return {term[i : i + 2] for i in range(len(term) - 1)}


_REGION = re.compile(r"^((?:[\u4e00-\u9fff]{2,3}?(?:省|市|自治区))?)((?:[\u4e00-\u9fff]{1,4}?(?:区|县|市))?)(人民政府)?(.+)$")


def name_variants(name: str) -> set[str]:
    """A department's or unit's name as people shorten it: without its city and district
    ('北京市某区某公园管理处' -> 某公园管理处, 某区某公园管理处, 某某公园管理处)."""
    out = {name}
    m = _REGION.match(name)
    if not m:
        return out
    city, district, _gov, core = m.groups()
    if len(core) < 2:
        return out
    regions = {"", district, city + district, district[:-1] if len(district) > 2 else district}
    for r in regions:
        if len(r + core) >= 3:
            out.add(r + core)
    return out
