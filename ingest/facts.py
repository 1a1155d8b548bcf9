"""Narrative facts: every number stated in the narrative, with its subject, year, unit and line."""

from __future__ import annotations

import re

from .records import NarrativeFact, Paragraph

_NUM = re.compile(
    r"(?<![\d.])(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(万元|亿元|千元|元|万(?![\u4e00-\u9fff]*元)|%|％|人次|人|名|个|项|家|次|辆|台（套）|台\(套\)|台|套|分(?!钟)|份|册|件|间|平方米|户|公顷|亩|公里|米)"
)
_BOUND_IN_NAME = re.compile(r"(?:及)?(?:以上|以下)的(?=[\u4e00-\u9fff])")  # ('…50万元以上的通用设备': a name's bound)
_ZERO = re.compile(r"(全为零|均为零|为零)")
_CHANGE = re.compile(r"(增加|减少|增长|下降|增幅|减幅|降幅|增减|变化|节约|压减|上升|持平)")
_COMPARED = re.compile(r"(比|较|同比|同期|相比|持平|上年|去年|上一年|年初)")
_DECREASE = re.compile(r"(减少|下降|减幅|降幅|节约|压减)")
_YEAR = re.compile(r"(20\d\d)年")
_ORDINAL = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|[①-⑳])")
_OWNER = re.compile(r"^(.{2,}?(?:局|处|中心|所|站|院|馆|队|委员会|委|办公室|本级|公园|苗圃|学校|医院))(.{2,4})$")
_WEAK_LABELS = re.compile(r"^(合计|共计|总计|共|其中|预算资金|预算|金额|为|达|约|是|计)+$")
_KINDS = {
    "万元": "amount", "亿元": "amount", "千元": "amount", "元": "amount",
    "%": "percent", "％": "percent", "人": "headcount", "名": "headcount", "人次": "count",
    "分": "score",
}


def kind_of(unit: str) -> str:
    return _KINDS.get(unit, "count")


def _clauses(sentence: str) -> list[str]:
    """Split at commas/colons/顿号 that are not thousands separators."""
    parts = re.split(r"(?<!\d)[，,](?!\d)|(?<=\d)[，,](?!\d)|(?<!\d)[，,](?=\d)|[：:、]", sentence)
    return [p.strip() for p in parts if p and p.strip()]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[。；;！？!?])", text) if s.strip()]


def _clean_label(s: str) -> str:
    s = _ORDINAL.sub("", s.strip())
    s = re.sub(r"^(其中|比|较|与|达|约|是|共|计|合计)+", "", s)  # not 为: '为老服务' is a name
    s = re.sub(r"[为是达约共计的了]+$", "", s)
    return s.strip(" 　“”\"'（）()")


def extract_facts(paragraphs: list[Paragraph] | tuple[Paragraph, ...], doc_year: int | None) -> list[NarrativeFact]:
    facts: list[NarrativeFact] = []
    for p in paragraphs:
        if p.is_heading and not _NUM.search(p.text):
            continue
        for sentence in _sentences(p.text):
            subject = ""
            sentence_year = None
            ys = [int(y) for y in _YEAR.findall(sentence) if not re.search(rf"(比|较|与|同){y}年", sentence)]
            if ys:
                sentence_year = ys[0]
            if not _NUM.search(sentence) and _flat(facts, p, sentence, sentence):
                continue  # '…公务接待费1.00万元。与2024年预算持平。': no change, of the figure just stated
            if not _NUM.search(sentence) and (z := _ZERO.search(sentence)):
                label = re.sub(r"^(20\d\d)年(度)?", "", _clean_label(sentence[: z.start()]))
                facts.append(_fact(facts, p, label, label, sentence, sentence, 0.0, "万元", "0",
                                   sentence_year or doc_year, None, False, None, ""))
                continue
            prev_clause = ""
            prev_count = None  # the count the clause before stated ('车辆0台，0万元': the 0万元 of those 车辆)
            owner = ""  # '某某管理处编制78人、在职71人': 在职 of the same 管理处
            for clause in _clauses(sentence):
                pos = 0
                # ('单位价值50万元以上的通用设备0套': a bound that is part of a name is no figure)
                matches = [m for m in _NUM.finditer(clause) if not _BOUND_IN_NAME.match(clause, m.end())]
                if not matches:
                    _flat(facts, p, clause, sentence, same_sentence=True)
                    prev_clause = clause
                    prev_count = None
                    continue
                counted, prev_count = prev_count, None
                for m in matches:
                    before = clause[pos : m.start()]
                    pos = m.end()
                    raw, unit = m.group(1), m.group(2)
                    if unit == "％":
                        unit = "%"
                    if unit in ("台（套）", "台(套)"):
                        unit = "台"
                    if unit == "万":
                        unit = "万元"
                    noun = _noun(clause[m.end():])
                    value = float(raw.replace(",", "").replace("，", ""))
                    label = _clean_label(before)
                    # a change is said against something ('比上年增加'); without a comparison the word is part of a
                    # name ('支持商销稳增长30.00万')
                    is_change = bool(_CHANGE.search(before)) and bool(_COMPARED.search(sentence))
                    direction = None
                    if is_change:
                        direction = "减少" if _DECREASE.search(before) else "增加"
                    year_m = _YEAR.search(before)
                    compare_year = None
                    if year_m and re.search(rf"(比|较|与|同){year_m.group(1)}", before):
                        year = int(year_m.group(1))  # "比2022年6,740.36万元": the earlier year's figure
                        label = re.sub(r"^\d{4}年", "", label)
                    elif year_m:
                        year = int(year_m.group(1))
                    else:
                        year = sentence_year or doc_year
                    if is_change:
                        cm = re.search(r"(?:比|较|与)(20\d\d)年", sentence)
                        compare_year = int(cm.group(1)) if cm else None
                        year = sentence_year or doc_year
                        # '财政拨款收入X万元，比2024年增加Y万元': the change is of the figure just stated
                        # (…增加582.25万元，增加17.66%: the rate is of the same figure as the amount before it)
                        here = [f for f in facts if f.sentence == sentence]
                        last = next((f for f in reversed(here) if f.is_change), None) or next(
                            (f for f in reversed(here) if f.kind == _KINDS.get(unit, "count")), None) or next(
                            (f for f in reversed(here) if not f.is_change), None)
                        if last is not None:
                            label = last.label
                        else:  # '2025年比2024年公务用车财政预算数减少1辆': the figure compared, without the
                            # comparison and the change word (a name of its own only: '…比2024年预算增加' keeps its words)
                            named = _clean_label(re.sub(r"(增加|减少|增长|下降|上升|节约|压减)(了)?$", "", re.sub(
                                r"^(20\d\d年(度)?)?(比|较|与|同)?(20\d\d年|上年|去年|上一年)(度)?", "", label)))
                            # (the level its paragraph stated just before, by its own label: '公务用车财政预算数量为5辆')
                            level = {f.label for f in facts if f.para_no == p.para_no and not f.is_change
                                     and f.unit == unit and len(named) >= 4 and f.label.startswith(named)}
                            if len(level) == 1:
                                label = level.pop()
                            elif len(named) >= 4 and not _WEAK_LABELS.match(named):
                                label = named
                    clean = re.sub(r"^(20\d\d)年(度)?", "", label)
                    if clean in ("收入", "支出", "资金", "预算") and subject:
                        # '收入1,045.00万元、支出1,045.00万元': 支出 of the same thing as the 收入 before it
                        clean = re.sub(r"(收入|支出|资金|预算)$", "", subject) + clean
                    if (not clean or _WEAK_LABELS.match(clean)) and not is_change and counted is not None and \
                            _KINDS.get(unit) == "amount" and m is matches[0]:
                        clean = counted.label  # '其中：车辆0台，0万元': the money of the things just counted
                    if (not clean or _WEAK_LABELS.match(clean)) and not is_change:
                        clean = subject or re.sub(r"^(20\d\d)年(度)?", "", _clean_label(prev_clause)) or clean
                    org = _OWNER.match(clean)
                    if org and not is_change and kind_of(unit) == "headcount":
                        # ('区园林绿化局本级编制58人、在职53人': the 在职 of 本级, never of the whole 局)
                        owner = org.group(1) + ("本级" if org.group(2).startswith("本级") else "")
                    elif owner and len(clean) <= 4 and kind_of(unit) == "headcount" and not clean.startswith(owner):
                        clean = owner + clean
                    if not subject and clean and not _WEAK_LABELS.match(clean):
                        subject = clean
                    facts.append(_fact(
                        facts, p, clean or label, subject or clean, clause, sentence, value, unit, raw,
                        year, direction, is_change, compare_year, noun,
                    ))
                    if _KINDS.get(unit, "count") in ("count", "headcount") and m is matches[-1] and not is_change:
                        prev_count = facts[-1]
    return facts


def _flat(facts: list[NarrativeFact], p: Paragraph, clause: str, sentence: str, *,
          same_sentence: bool = False) -> bool:
    """'与2024年预算持平' right after a figure: that figure did not change (a change of 0, said as 持平)."""
    m = _FLAT.match(clause.strip())
    if not m or not facts:
        return False
    last = facts[-1]
    if last.para_no != p.para_no or last.is_change or last.kind != "amount" or (
            same_sentence and last.sentence != sentence):
        return False
    year = int(m.group("y")) if m.group("y") else None
    facts.append(_fact(facts, p, last.label, last.subject, clause, sentence, 0.0, last.unit, "0", last.year,
                       "持平", True, year))
    return True


_FLAT = re.compile(r"(?:与|和|同|较|比)(?:(?P<y>20\d\d)年度?|上年|去年|上一年)?(?:的)?(?:预算数?|年初预算)?(?:相比)?(?:基本)?持平")


def _noun(rest: str) -> str:
    """What a number counts, when the clause names it after the number ('设20个内设机构' -> 内设机构)."""
    m = re.match(r"^\s*([\u4e00-\u9fff（）()]{2,10}?)(?=[，。；、：,;:（(]|的|其中|包括|和|及|$)", rest)
    if not m:
        return ""
    noun = m.group(1)
    return "" if re.match(r"^(的|比|较|与|其中|增加|减少|增长|下降|主要|用于|占)", noun) else noun


def _fact(facts, p: Paragraph, label, subject, clause, sentence, value, unit, raw, year, direction,
          is_change, compare_year, noun="") -> NarrativeFact:
    return NarrativeFact(
        fact_no=len(facts) + 1, para_no=p.para_no, line=p.line_start, section=p.section_path,
        label=label, subject=subject, clause=clause, sentence=sentence, value=value, unit=unit, raw=raw,
        kind=_KINDS.get(unit, "count"), year=year, direction=direction, is_change=is_change,
        compare_year=compare_year, noun=noun,
    )
