"""Follow-up questions, read against the conversation: "那公用经费呢？", "2025年呢？", "它的满意度目标呢？".

    rewrite(current, links, history, understand) -> str | None   (ordered rules: `_RULES`)

The follow-up is rewritten as a whole question, the way a person would restate it:

- what it names replaces what the earlier question named of the same sort (a figure for a figure,
  a department for a department, a year for a year): "那公用经费呢？" after "人员经费是多少？" ->
  "公用经费是多少";
- "这里面 / 其中 …" asks about a part of what the earlier question named: "这里面项目支出是多少？" after
  "城乡社区支出预算多少？" -> "城乡社区支出中项目支出是多少";
- when it names nothing, the earlier question's subject is put in front of it (an anaphora such as
  它 / 这个项目 / 这几个项目 stands for that subject): "它的满意度目标定的是多少？" after "物业保洁经费预算多少？"
  -> "物业保洁经费的满意度目标定的是多少".

The earlier questions are tried from the most recent back, so "降幅是多少？" after "收入预算是多少？",
"比2022年少了多少？" reads "收入预算…降幅是多少".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .reading import named_pattern

_FOLLOW = named_pattern("follow")  # '接待费在里面占几成': in what was asked before
_IN_IT = named_pattern("in_it")  # where the follow-up says 'in it
_ANAPHORA = named_pattern("anaphora")
_ITS_WHOLE = named_pattern("its_whole")
_LEAD = named_pattern("lead")
_WITHIN = named_pattern("within")
_TAIL = named_pattern("tail")  # '那某某那个项目呢': 某某
_YEAR = named_pattern("year")
_COMPARED = named_pattern("compared")
_EXTREME = named_pattern("extreme")
_NTH = named_pattern("nth_said")  # ('排第二的', '第三多的': the Nth from an end said before)
_VERSUS_IT = named_pattern("versus_it")
_APART = named_pattern("apart_followup")
_BY_THEN = named_pattern("by_then")
_ASKING = named_pattern("asking")
_COUNTED_ROWS = named_pattern("counted_rows_end")  # ('涉及几个项目': the rows counted)


def is_follow_up(text: str, named: int, *, names_rows: bool = False) -> bool:
    """A question that leans on the conversation: it starts or ends like one, or names nothing itself
    (a question that names the rows it is about, '预算最多的五个项目', stands alone)."""
    return bool(_FOLLOW.search(text)) or (named == 0 and not names_rows) or len(text) <= 8


def points_back(text: str, links: Sequence) -> bool:
    """Is a name said with a demonstrative before it ('到了2025年这个补贴…'): the one the conversation named?"""
    return any(re.search(r"(这个|那个|这笔|那笔|这项|那项)$", text[: lk.start]) and lk.kinds() - {"doc"}
               for lk in links)


def leans_on_context(text: str) -> bool:
    """Does the question only make sense after another ('那…呢', '其中…', '它的…')?"""
    return bool(_FOLLOW.search(text))


def counted_as_before(part: str, prev: str) -> str:
    """'其中在职的多少' after '…一共多少人': a bare 多少 of a part counts what the question before it counted."""
    counted = re.search(r"(?:多少|几)(人|个|辆|台|项|家|名)", prev)
    if counted and not re.search(r"(?:多少|几)[\u4e00-\u9fff]", part.replace("多少钱", "")):
        return re.sub(r"(多少|几)(?![\u4e00-\u9fff])", rf"\g<1>{counted.group(1)}", part, count=1)
    return part


@dataclass(frozen=True)
class _Turn:
    """A follow-up read against one earlier question: what each says and names."""

    current: str  # the follow-up's matching form
    body: str  # the follow-up without its lead ('那', '其中') and tail ('呢')
    within: bool  # it asks inside what was asked ('其中…', '这里面…')
    prev: str  # the earlier question's matching form
    all_links: tuple  # what the earlier question names
    prev_links: tuple  # of those, what it named exactly or was read as (none if it was not understood)
    named: tuple  # what the follow-up names (a word of an earlier name pointed back at is not new)
    subjects: tuple  # what the earlier question named besides its department
    years: tuple  # the years the follow-up says


_STOP = "stop"  # the conversation cannot help: no rewrite at all
_NEXT = "next"  # this earlier question cannot help: try the one before


def rewrite(current: str, current_links: Sequence, history: Sequence[str],
            understand: Callable[[str], Sequence]) -> str | None:
    """The follow-up as a whole question, or None when the conversation does not help.

    `current` is the follow-up's matching form, `current_links` its links (qa.lexicon.Link);
    `understand(text)` gives an earlier question's matching form and links. The earlier questions are tried from
    the most recent back; against each, `_RULES` in order: the first that gives a question wins.
    """
    within = _WITHIN.match(current.strip())
    body = _TAIL.sub("", _LEAD.sub("", _WITHIN.sub("", current.strip()))).strip("，,。 ")
    for prev_question in reversed(history):
        turn = _turn(current, current_links, body, bool(within), *understand(prev_question))
        if turn is None:
            continue
        for rule in _RULES:
            out = rule(turn)
            if out == _STOP:
                return None
            if out is not None:
                break
        if out is not None and out != _NEXT:
            return out
    return None


def _turn(current: str, current_links: Sequence, body: str, within: bool, prev: str, all_links: Sequence) -> _Turn | None:
    """The follow-up against one earlier question; None when that question named nothing it could lean on."""
    # (a name said inside another the question gave, '社保' of a project's paraphrase, is that one)
    all_links = [lk for lk in all_links if not any(
        o is not lk and o.start <= lk.start and lk.end <= o.end and (o.end - o.start) > (lk.end - lk.start)
        for o in all_links)]
    # what the earlier question named (exact, or a paraphrase it was read as), none if it was not understood
    # (a paraphrase only of a question that stands alone: one that leans on an earlier one is read here raw)
    prev_links = [lk for lk in all_links if lk.how in ("exact", "synonym") or (
        lk.how == "fuzzy" and not leans_on_context(prev))]
    if not prev_links and not (within and not current_links and prev):
        return None
    # '这个补贴' after '…公益性岗位补贴…': a word of the earlier name, pointed back at, is that name
    named = [lk for lk in current_links if not (
        re.search(r"(这个|那个|这笔|那笔|这项|那项|该)$", current[: lk.start])
        and any(lk.text in old.text and lk.text != old.text for old in prev_links))]
    subjects = [lk for lk in prev_links if lk.kinds() - {"doc"}]
    if within:  # ('实际一共多少人' read by a word of the figure's name: 实际人数)
        subjects = sorted([*subjects, *[lk for lk in all_links if lk.kinds() == {"fact"} and lk not in subjects]],
                          key=lambda lk: lk.end)
    return _Turn(current, body, within, prev, tuple(all_links), tuple(prev_links), tuple(named), tuple(subjects),
                 tuple(_YEAR.findall(current)))


_PERSON_ASKED = re.compile(r"(?:项目)?(?:的)?(?:项目)?(?:责任人|负责人|联系人)(?:是谁|是哪位|叫什么名字|叫什么|叫啥)$")


def _that_person(t: _Turn) -> str | None:
    """'他一共负责几个项目' after '这个项目的责任人是谁': the person that question asked for, by what it was asked
    of ('某项目的责任人一共负责几个项目')."""
    said = re.match(r"(?:那|那么)?(?:他|她|此人|这个人|这位|那个人|这个负责人|这个责任人)(?:的)?", t.body)
    asked = _PERSON_ASKED.search(t.prev)
    # (what the person is in charge of: '他还负责哪些项目'; never '他这个项目留的电话', of the project)
    if said is None or asked is None or not re.match(r"(?:一共|总共|共|还|同时|另外)*(?:负责|管|挂|牵头)", t.body[said.end():]):
        return None
    stem = re.sub(r"(是谁|是哪位|叫什么名字|叫什么|叫啥)$", "", t.prev)
    return re.sub(r"(项目的)+项目的", "项目的", stem) + t.body[said.end():]


_PLUS = re.compile(r"(?:那)?(?:再|还要|还得)?(?:加上|算上|加)(?P<x>[\u4e00-\u9fff“”（）()]{2,30}?)(?:的话)?[，,]?"
                   r"(?P<ask>(?:这)?(?:两项|两个|二者|两者|两笔|三项)?(?:一共|合计|总共|加起来|总计|共)(?:是)?(?:多少|几).*)$")


def _plus_earlier(t: _Turn) -> str | None:
    """'再加上某费，两项一共多少' after '某费是多少': the sum of what was asked before and the one named now."""
    m = _PLUS.fullmatch(t.body)
    if m is None or not t.subjects or not t.named:
        return None
    return f"{t.prev[: t.subjects[-1].end]}和{m['x']}{m['ask']}"


def _year_versus_it(t: _Turn) -> str | None:
    """'25年比它多了多少' after '某街道2024年的某经费是多少': that figure of the year said now against the year before."""
    m = re.fullmatch(r"(?:那)?((?:19|20)?\d\d)年(?:的)?比(?:它|其|这个|那个|这|那)(.+)", t.body)
    before = re.search(r"((?:19|20)\d\d)年", t.prev)
    if m is None or before is None:
        return None
    year = m.group(1) if len(m.group(1)) == 4 else "20" + m.group(1)
    stem = re.sub(r"(的)?(预算|预算数)?(是|有|为)?(多少|几).*$", "", t.prev).replace(before.group(0), "")
    if year == before.group(1) or not stem:
        return None
    return f"{stem}{year}年比{before.group(1)}年{m.group(2)}"


_OF_IT = named_pattern("share_of_it")  # ('占其中的', '占这个总预算的': of the whole said before)


def _part_inside(t: _Turn) -> str | None:
    """'这里面项目支出是多少' after '城乡社区支出预算多少': the part inside what was asked, not instead of it (the
    whole as named, not the op said of it: '三公经费合计' -> 三公经费; what it counted, counted of the part: '其中在职的
    多少' after '…一共多少人')."""
    if t.within and t.named and t.subjects:
        body = re.sub(_OF_IT, r"占\1", counted_as_before(t.body, t.prev))  # ('其中X占这个总预算的百分之几': of it)
        whole = _without_sum_word(t.prev, t.subjects[-1].end)
        if t.years:  # ('其中某费，2024年预算是多少' after '…2025年三公经费…': the year said now, not the one before)
            whole = _YEAR.sub("", whole)
        return f"{whole}中{body}"
    return None


_SUM_WORD = re.compile(r"(合计|总计|一共|总共|共计|加起来)$")


def _without_sum_word(prev: str, end: int) -> str:
    """The earlier question up to the whole it named, without a sum word said after it (nor the half of one a name
    ran into: '某专项总共多少钱' -> 某专项)."""
    whole = prev[:end]
    if _SUM_WORD.search(prev[: end + 1]) and not _SUM_WORD.search(whole):
        whole = prev[: end + 1]
    return _SUM_WORD.sub("", whole)


def _share_inside(t: _Turn) -> str | None:
    """'接待费在里面占几成' after '…三公经费多少': the part's share of what was asked before."""
    inside = _IN_IT.search(t.body)
    if inside and t.named and t.subjects and not t.within:
        return f"{t.prev[:t.subjects[-1].end]}中{t.body[:inside.start()]}{t.body[inside.end():]}"
    return None


_COUNTS_THINGS = named_pattern("counts_things")  # (the department's vehicles; a project's 台/套 are its own)
_HOLDS = named_pattern("holds_now")  # (现在/目前…有: what a department holds)
_BUYS = named_pattern("buys")  # (买/购…: what it buys)
_COUNTED = named_pattern("counted")
_BARE_SHARE = named_pattern("bare_share")


def _share_of_earlier(t: _Turn) -> str | None:
    """'招待费又占多少' after '…三公经费一共多少钱': the part named now, as a share of the whole asked before (the
    share of nothing else: nothing is said after 占)."""
    m = _BARE_SHARE.search(t.body)
    said = _BARE_SHARE.search(t.current.rstrip("？?。! "))  # (where 占 is in the follow-up, whose links these are)
    if not (m and said and t.named and t.subjects and not t.within) or any(lk.end > said.start() for lk in t.named):
        return None
    if any(x.display == y.display for lk in t.named for x in lk.terms for s in t.subjects for y in s.terms):
        return None  # (the same figure named again is no part of itself)
    body = re.sub(_OF_IT, r"占\1", t.body)  # ('占了其中百分之几', '占这个总预算的百分之几': of the whole said before)
    return f"{t.prev[:t.subjects[-1].end]}中{body}"


def _earlier_as_part(t: _Turn) -> str | None:
    """'占全部项目支出的百分之多少' after '某补贴安排了多少钱': what was asked before, as a share of the whole named
    now (the question says no part before its 占)."""
    m = re.match(r"(?:它|它们|这笔钱|这笔|这个|这项|该项|其)?(?:又|还|大概|大约)?占", t.body)
    if not m or not t.subjects or t.within or any(lk.text in t.body[: m.end()] for lk in t.named):
        return None
    return f"{_as_read(t.subjects[-1])}{t.body[m.end() - 1:]}"


def _within_rows(t: _Turn) -> str | None:
    """'其中最大的是哪个' after '预算超过100万元的项目有哪些': within the rows the earlier question asked for."""
    if not t.within or t.named:
        return None
    # ('其中金额最大的是哪个' after '某服务涉及几个项目，一共多少钱': the projects it counted)
    rows = _COUNTED_ROWS.sub(r"的\g<noun>", _ASKING.sub("", t.prev))
    return f"{rows}中{t.body}" if rows.strip("，,。 ") else None  # (a part that named nothing: '一共多少钱')


def _other_end(t: _Turn) -> str | None:
    """'那最小的是哪个' after '谁的预算最大': the same question, the other end."""
    now, before = _EXTREME.search(t.body), _EXTREME.search(t.prev)
    if now and before and not t.within and not t.named and now.group(0) != before.group(0):
        return t.prev[: before.start()] + now.group(0) + t.prev[before.end() :]
    return None


def _nth_of_extreme(t: _Turn) -> str | None:
    """'那排第二的是哪个' after '预算最多的项目是哪个': the same question, the Nth from the same end."""
    now, before = _NTH.search(t.body), _EXTREME.search(t.prev)
    if now and before and not t.within and not t.named:
        rest = t.body[now.end() :].strip("，,。 ")  # ('…是哪个，多少钱': what else it asks of that one)
        nth = f"{t.prev[: before.start()]}第{now.group('n')}{now.group('dir') or before.group(1)}{t.prev[before.end() :]}"
        return f"{nth.rstrip('？?。')}，{rest}" if rest else nth
    return None


def _by_then(t: _Turn) -> str | None:
    """'到2025年这个数下降了百分之多少' after '…2024年某补贴预算多少': that figure, the later year against the earlier."""
    later = _BY_THEN.match(t.body)
    if later and _YEAR.search(t.prev) and not t.named:
        subject = "".join(_as_read(lk) for lk in t.all_links if lk.kinds() & {"value", "concept", "fact", "doc"})
        if subject:
            return f"{subject}{later['y'] or later['y2']}比{_YEAR.search(t.prev).group(0)}{later['rest']}"
    return None


def _it_compared(t: _Turn) -> str | None:
    """'那它比公用经费少多少': the earlier subject compared with the figure named now, not replaced by it; '它占全部项目
    支出的比例' after a question that named only the department: 它 is not it (no rewrite)."""
    compared = _COMPARED.match(t.body)
    if not compared:
        return None
    subject = "".join(lk.text for lk in t.all_links if lk.kinds() & {"value", "concept", "fact", "doc"})
    if subject and all(lk.kinds() == {"doc"} for lk in t.all_links if lk.kinds() & {"value", "concept", "fact", "doc"}):
        return _STOP
    return f"{subject}{t.body[compared.end():]}" if subject else None


def _two_apart(t: _Turn) -> str | None:
    """'那某街道的机关运行经费呢？两个差多少' after '某委的机关运行经费是多少': the new figure against the earlier."""
    if t.named and _APART.search(t.body) and not _VERSUS_IT.search(t.body):
        out = _replace(t.prev, t.named, t.prev_links) or _replace(t.prev, t.named, t.all_links)
        if out is not None and out != t.prev:
            return f"{_ASKING.sub('', out)}比{_ASKING.sub('', t.prev)}多多少"
    return None


def _new_versus_it(t: _Turn) -> str | None:
    """'那某街道的比它多多少' after '某局的机关运行经费是多少': the new subject against the earlier one."""
    versus = _VERSUS_IT.search(t.body)
    if not (t.named and versus):
        return None
    out = _replace(t.prev, t.named, t.prev_links) or _replace(t.prev, t.named, t.all_links)
    if out is None:
        return _STOP
    before = t.prev
    if any(lk.kinds() == {"doc"} for lk in t.named) and not _YEAR.search(t.current):
        # two departments: each names its own budget (the earlier one's year is not the new one's)
        out, before = _YEAR.sub("", out), _YEAR.sub("", t.prev)
    return f"{_ASKING.sub('', out)}比{_ASKING.sub('', before)}{t.body[versus.end():]}"


def _bare(t: _Turn) -> bool:
    """Does the follow-up say only names ('那公用经费呢')?"""
    return bool(t.named) and not re.sub("|".join(re.escape(lk.text) for lk in t.named), "", t.body)


def _indicator_of_project(t: _Turn) -> str | None:
    """'那案件结案率的目标定的是多少' after a question about a project: one of that project's indicators."""
    projects = [lk for lk in t.prev_links if any(x.kind == "value" and x.role == "project_name" for x in lk.terms)]
    # ('绩效目标表里某指标填的又是多少': the table said is where the indicator is printed)
    if t.named and projects and all(only_details(lk) for lk in t.named if lk.kinds() - {"doc", "table"}) and \
            any(lk.kinds() - {"doc", "table"} for lk in t.named):
        body = re.sub(r"^(?:那|那么)?(?:这|那)(?:笔|些|份)?(?:钱|经费|资金)", "", t.body)  # ('这笔钱能保障多少人')
        return f"{''.join(_as_read(lk) for lk in projects)}{'的' if body == t.body else ''}{body}"
    return None


def _parts_of_section(t: _Turn) -> str | None:
    """'这一块和那一块各分多少' after '某项目总预算多少': parts its own section states, asked inside it."""
    headed = [lk for lk in t.prev_links if "section" in lk.kinds()]
    if len(t.named) >= 2 and headed and all(lk.kinds() == {"fact"} for lk in t.named) and not _bare(t) and \
            not re.match(r"(这|那|它|该|其)", t.body):
        return f"{t.prev[:headed[-1].end]}里{t.body}"
    return None


def _name_in_place(t: _Turn) -> str | None:
    """A name put in place of one the earlier question gave (a word of a name too: '在职' -> '退休'); a question that
    names figures of its own and asks of them ('那实际人数里在职、离休、退休各多少人') keeps them. '那某局2023年的呢':
    the year said now replaces the earlier one."""
    owned = re.match(r"^(它|它们|其|他|她|这个项目|该项目|这项)(定|设|设定|要求|安排|计划|确定)?的|"
                     r"^(这个项目|该项目|这项|它)(对|在|有|要|需要|的)", t.body)  # '它的某指标…': of the subject
    bare = _bare(t)
    if any(re.search(r"几|多少", lk.text) for lk in t.named):
        return None  # ('今年还要买几辆': a name read with its question is no name to put in place of another)
    if t.named and not owned and (bare or not _asks_otherwise(t.current, t.prev)) and not _new_ops(t.body, t.prev) \
            and (bare or sum(1 for lk in t.named if names_a_figure(lk) or "fact" in lk.kinds()) < 2):
        out = _replace(t.prev, t.named, _share_part(t.prev, t.prev_links)) or _replace(t.prev, t.named, t.all_links)
        if out is not None and t.years:
            out = _with_year(out, _YEAR.search(t.current).group(0))
        counted, bare_ask = _COUNTED.search(t.body), re.search(r"(?:多少|几)$", out or "")
        if out is not None and counted and bare_ask and counted.group(0) not in out:
            out = out[: bare_ask.start()] + counted.group(0)  # ('那临时工有多少人' keeps counting people)
        return out
    return None


_DATE = r"(?:19|20)\d\d年(?:\d{1,2}月\d{1,2}日|\d{1,2}月底|\d{1,2}月末|年底|底|末)"
_SNAPSHOT_SAID = re.compile(rf"(?:截至|截止到|截止|到){_DATE}")


def _other_date(t: _Turn) -> str | None:
    """'那到2024年8月31日呢' after '截至2023年8月底…有几辆车': the earlier question as of the date said now."""
    now = re.fullmatch(rf"(?:那|那么)?(?:到|截至|截止到|截止)?({_DATE})(?:呢|的呢|的|时|时候呢)?", t.body)
    before = _SNAPSHOT_SAID.search(t.prev)
    if now is None or before is None:
        return None
    return f"{t.prev[: before.start()]}截至{now.group(1)}{t.prev[before.end():]}"


def _other_year(t: _Turn) -> str | None:
    """'2023年呢' (says nothing more than a year): the earlier question of that year ('2023年执行了多少' says what it
    asks of that year, and '比2023年…' compares: both are read below)."""
    said_more = "".join(ch for ch in re.sub(
        r"(19|20)\d\d年(度)?|的|预算|是|有|安排|多少|情况|怎么样|如何|呢|数|了|吗|钱|金额|资金|(一)?共|合计|总共|里|写|说|列|报"
        r"|到了|变成|这个|那个|这笔|那笔|又",
        "", t.body) if ch not in t.prev)
    said_more = said_more if len(said_more) >= 2 else ""
    if re.search(r"多少|几", t.body) and not re.search(r"多少|几", t.prev):
        return None  # '这个工程2024年一共安排了多少钱' after '…工程建在哪里': a figure asked now, of what was asked about
    if t.years and not t.named and not said_more and not re.search(r"(比|较|相比|对比)", t.body):
        return _with_year(t.prev, _YEAR.search(t.current).group(0))
    return None


_KIND_SAID = named_pattern("kind_said")
_KIND_OF = named_pattern("kind_of")


def _kind_in_place(t: _Turn) -> str | None:
    """'那工程类的呢' after '其中货物采购多少': the kind said now in place of the kind the earlier name began with
    (货物采购 -> 工程采购); the name so made is read as any other, and refused if the document has none."""
    said = _KIND_SAID.match(t.body)
    if not said or t.named:
        return None
    for lk in reversed(t.prev_links):
        m = _KIND_OF.match(lk.text)
        if m and "doc" not in lk.kinds() and m["w"] != said["x"] and lk.text in t.prev:
            return t.prev.replace(lk.text, f"{m['pre']}{said['x']}{m['post']}", 1)
    return None


def _word_of_earlier_name(t: _Turn) -> str | None:
    """'工程占整个政府采购预算的比例' after '…其中工程采购是多少钱': the follow-up begins with the first word of a name the
    earlier question gave, which stands for that name (工程 -> 工程采购); the department and year come from before."""
    for lk in reversed(t.prev_links):
        if "doc" in lk.kinds():
            continue
        for n in (4, 3, 2):
            w = t.body[:n]
            if len(w) == n and lk.text != w and lk.text.startswith(w) and not any(
                    x.start == 0 or x.text.startswith(w) for x in t.named):
                year = _YEAR.search(t.prev)
                docs = "".join(x.text for x in t.all_links if x.kinds() == {"doc"})
                if re.match(r"(?:都|一共|总共|共|大概|大约)?(?:有|是)?(?:几|多少)(?:个|名|位)?(?:人|辆|台|套|处)", t.body[n:]):
                    # '那某员有几个人' after '某服务经费…': the people (or things) the name's word says, counted
                    return f"{docs}{year.group(0) if year else ''}{lk.text}的{w}{t.body[n:]}"
                return f"{docs}{year.group(0) if year else ''}{lk.text}{t.body[n:]}"
    return None


def _alternative_to(now: str, before: str) -> bool:
    """Are the two names different members of one group of alternatives (reading.json: 基本支出 / 项目支出)?"""
    from .reading import _alternatives

    for members, _wholes in _alternatives():
        a = [i for i, m in enumerate(members) if any(w in now for w in m)]
        b = [i for i, m in enumerate(members) if any(w in before for w in m)]
        if len(a) == 1 and len(b) == 1 and a != b:
            return True
    return False


def _subject_put_first(t: _Turn) -> str | None:
    """What the earlier question was about, as it was read, put in front of the follow-up (an anaphora stands for
    it); _NEXT when the earlier question was about nothing the follow-up can take."""
    # (a name the earlier question said loosely is put as it was read: '某院的工作' -> 某工作经费)
    # (a column named alone is a figure too: '政府性基金拨款有多少' -> '比去年多了多少')
    subject = "".join(_as_read(lk) for lk in t.all_links if lk.kinds() & {"value", "concept", "fact", "doc", "section"}
                      or _names_amount_column(lk))
    if _asks_other_measure(t.body, t.prev):
        # '覆盖多大面积' after '…要配几个某人员': the project asked about, not the indicator asked before; '它今年一共
        # 安排了多少钱' after '…的实施周期是怎么安排的': the project, not the part of its text asked before
        # (a paraphrase as it was read, '某库租房子' -> 某库租赁费; a name said short stays as said, '某苗圃')
        subject = "".join(lk.text if lk.text in _as_read(lk) else _as_read(lk) for lk in t.all_links
                          if lk.kinds() & {"value", "concept", "fact", "doc", "section"}
                          and not only_details(lk) and not _only_aspect(lk))
    # (a figure named now that is an alternative to the one named before: '项目支出' after '基本支出')
    figures_now = [lk for lk in t.named if names_a_figure(lk)]
    if figures_now and t.subjects and all(_alternative_to(lk.text, s.text) for lk in figures_now for s in t.subjects
                                          if s.kinds() - {"doc"}):
        # '那项目支出比上年增长了百分之多少' after '…基本支出预算是多少': a figure of the same kind named now in its
        # place; of the earlier question only its department (as a department or its own unit) and year stay
        subject = "".join(lk.text for lk in t.all_links if "doc" in lk.kinds() or all(
            x.kind == "value" and x.role == "unit_name" for x in lk.terms))  # (the year: put first below)
    elif t.named and _COUNTS_THINGS.search(t.body) and (not _COUNTS_THINGS.search(t.prev) and not any(
            x.kind == "value" and x.role == "project_name" for lk in t.all_links for x in lk.terms) and
            re.search(r"多少(?!个|人|辆|台|家|项)|几(?!个|人|辆|台|家|项)|(?:多少|几)(?:钱|万)", t.prev) or
            _COUNTS_THINGS.search(t.prev) and _HOLDS.search(t.body) and _BUYS.search(t.prev)):
        # '那街道现在有几辆车' after '…三公经费多少' (things counted now), '那他们现在一共有几辆车' after '…预算安排买几辆车'
        # (what the department holds, not what it buys): of the department (and year) asked before
        year = _YEAR.search(t.prev)
        subject = "".join(lk.text for lk in t.all_links if lk.kinds() == {"doc"}) + (year.group(0) if year else "")
    elif sum(1 for lk in t.named if (names_a_figure(lk) or "fact" in lk.kinds()) and not (
            lk.how == "synonym" and len(lk.text) <= 2 and lk.kinds() == {"fact"})) >= 2 and \
            not re.match(r"(?:这个|那个|该|这项|这一)(?:工程|项目|专项)|那?(?:它|其)的|(?:这|那)(?:笔|个)?(?:钱|经费|资金)", t.body):
        # ('这个工程…', '那它的绩效目标里…', '这笔钱要形成…': of it, still)
        # '那项目支出占总支出的百分之几' after '…基本支出是多少': it names its own figures; only the department
        # it is about comes from before
        subject = "".join(lk.text for lk in t.all_links if lk.kinds() == {"doc"})
    if not subject:
        return _NEXT
    body = t.body
    now_docs = [lk for lk in t.named if lk.kinds() == {"doc"} and lk.text in body]
    if now_docs and any(lk.kinds() == {"doc"} for lk in t.all_links):
        # '东城区卫健委那边呢？比普陀商务委多出多少' after a question about 普陀商务委's figure: that figure of the
        # department named now, said where it is named (the one it is compared with stays where it is)
        figure = "".join(_as_read(lk) for lk in t.all_links if lk.kinds() & {"value", "concept", "fact", "section"}
                         and lk.kinds() != {"doc"})
        if figure:
            at = body.find(now_docs[0].text) + len(now_docs[0].text)
            return f"{body[:at]}{figure}{body[at:]}"
    them = re.match(r"^(这几个|这些|它们|这几项|这几笔)(?!项目)", body)
    if them and "项目" in t.prev:  # '这几个加起来多少钱' after a list of projects: those projects
        body = "这几个项目" + body[them.end():]
    if (whole := _ITS_WHOLE.search(body)) and not _ANAPHORA.search(body[: whole.start()]):
        # '占它总支出预算的比重' after '…一般公共服务支出预算多少': the whole of whom the earlier figure is a part (它
        # is the department), the figure put first
        body = body[: whole.start()] + "占" + body[whole.end():]
        return f"{_scope_of(t.prev, body)}{subject}{body}"
    if _ANAPHORA.search(body):
        noun = "的项目" if re.search(r"项目|这几项", body) else "的"
        rest = re.sub(r"^(定|设|设定|要求|安排|计划|确定)的|^对", "", _ANAPHORA.sub("", body, count=1))
        return f"{subject}{noun}{rest}" if noun == "的项目" else f"{subject}的{rest}".replace("的的", "的")
    year = _YEAR.search(t.prev)
    if (re.search(r"(比去年|比上年|为什么|原因|降幅|增幅|减幅|变化|增长|下降|减少|增加)", body) and not _YEAR.search(body)
            or re.search(r"(比|较|与|跟|和)(19|20)\d\d年", body) and year and year.group(0) not in body) and year:
        # ('比2024年多了多少' after '…2025年的某经费是多少': the earlier year against the one said now)
        return f"{year.group(0)}{subject}{body}"
    return f"{_scope_of(t.prev, body)}{subject}{body}"


# The ways a follow-up leans on an earlier question, tried in order: each gives the whole question, _STOP (no
# rewrite), _NEXT (try the question before) or None (the next way).
_RULES: tuple[Callable[[_Turn], str | None], ...] = (
    _that_person, _plus_earlier, _year_versus_it, _part_inside, _share_inside, _share_of_earlier, _earlier_as_part,
    _within_rows, _other_end, _nth_of_extreme, _by_then, _it_compared, _two_apart, _new_versus_it,
    _indicator_of_project, _parts_of_section, _name_in_place, _other_date, _other_year, _kind_in_place, _word_of_earlier_name,
    _subject_put_first,
)


_SNAPSHOT = named_pattern("snapshot")


def _with_year(text: str, y: str) -> str:
    """The earlier question of the year said now. A date it counted up to ('截至2024年8月底') is no year of the
    budget: it goes, and the year said now is the budget's ('…2025年还打算买几辆')."""
    if _SNAPSHOT.search(text):
        return f"{y}{_SNAPSHOT.sub('', text, count=1)}"
    return _YEAR.sub(y, text, count=1) if _YEAR.search(text) else f"{y}{text}"


def _names_amount_column(lk) -> bool:
    """A link that names only amount columns ('政府性基金拨款'), never a person's or a phone's."""
    from ingest import kinds

    return lk.kinds() == {"column"} and all(t.role in kinds.amount_roles() for t in lk.terms)


def _as_read(lk) -> str:
    """The words a link stands for in a restated question: as said, or the one name a loose reading found."""
    if lk.how == "fuzzy" and len({t.display for t in lk.terms}) == 1:
        return lk.terms[0].display
    return lk.text


def only_details(lk) -> bool:
    """A link that names only an indicator (a detail of a project), never the project."""
    from .planner import DETAIL_ROLES

    roles = {t.role for t in lk.terms if t.kind == "value"}
    return bool(roles) and roles <= DETAIL_ROLES


def _new_ops(body: str, prev: str) -> bool:
    """Does the follow-up do something with its figure the earlier question did not ('那一年四个季度加起来')?"""
    from .errors import BudgetQAError
    from .reading import read

    kinds = ("op:sum", "op:max", "op:min", "op:top", "op:nth", "op:diff", "op:share", "op:times", "op:count")
    try:
        now, before = ({s.label for s in read(x).spans if s.label in kinds} for x in (body, prev))
    except BudgetQAError:
        return False
    return bool(now - before)


def _only_aspect(lk) -> bool:
    """A link that names only a part of a project's text ('实施周期', '年度预算安排'), never the project."""
    from .retrieve import aspect_headings

    return "section" in lk.kinds() and lk.kinds() <= {"section", "column"} and \
        not any(t.role == "project_name" for t in lk.terms) and bool(aspect_headings(lk.text))


def _asks_other_measure(body: str, prev: str) -> bool:
    """Does the follow-up ask a quantity of another kind (an area after a headcount, money after a period)?"""
    from .errors import BudgetQAError
    from .planner import _answer_type
    from .reading import read

    measures = ("area", "headcount", "period", "percent", "count", "score", "amount")
    try:
        now, before = _answer_type(read(body)), _answer_type(read(prev))
    except BudgetQAError:
        return False
    return now in measures and before in measures and now != before


def _scope_of(prev: str, body: str) -> str:
    """The documents the earlier question compared ('三个部门的…各是多少'), for a follow-up that does not say
    them again ('哪个最低'): its words, else nothing."""
    from .reading import rule_spans

    if any(s.label == "scope:all" for s in rule_spans(body)):
        return ""
    return next((s.text for s in rule_spans(prev) if s.label == "scope:all"), "")


def _share_part(prev: str, links: Sequence) -> list:
    """'那公用经费占多少' after '人员经费占基本支出的比例是多少': the part (before 占) is what is replaced, never
    the whole it is a share of."""
    at = prev.find("占")
    if at < 0:
        return list(links)
    part = [lk for lk in links if lk.end <= at]
    return part or list(links)


def _asks_otherwise(current: str, prev: str) -> bool:
    """Does the follow-up ask for another kind of answer than the earlier question ('今年预算多少' after
    '合同期限是多久')? Then it takes the earlier question's subject, not its wording."""
    from .errors import BudgetQAError
    from .planner import _answer_type
    from .reading import read

    try:
        now, before = read(current), read(prev)
    except BudgetQAError:  # an unreadable text asks nothing
        return False
    asks = [s for s in now.spans if s.label.startswith("type:")] or re.search(r"(多少|几)", now.key)
    return bool(asks) and _answer_type(now) != _answer_type(before)


def _replace(prev: str, named: Sequence, prev_links: Sequence) -> str | None:
    """The earlier question with the follow-up's names put in place of names of the same sort."""
    out = prev
    done = False
    for lk in named:
        kinds_new = {(t.kind, t.role) for t in lk.terms}
        # a name of the very same sort first (a unit for a unit: '那某单位呢' after '…局本级…收入预算'), then a
        # named figure or row for another ('那机关运行经费呢' after '…三公经费今年预算多少': not the column 今年预算),
        # then any figure for a figure
        for strict in ("same", "named", "figure"):
            hit = False
            for old in reversed(prev_links):  # the figure asked comes last ('基本支出里人员经费是多少')
                kinds_old = {(t.kind, t.role) for t in old.terms}
                # a figure for a figure (a project for a subject is fine too), never a column like 电话 for a project
                same_sort = bool(kinds_new & kinds_old) if strict == "same" else bool(
                    _names_a_row(lk) and _names_a_row(old)) if strict == "named" else (
                    kinds_new & kinds_old or (names_a_figure(lk) and names_a_figure(old))
                    or (lk.kinds() == {"doc"} and old.kinds() == {"doc"})
                    or ("section" in lk.kinds() and "section" in old.kinds()))  # a project's text for another's
                if lk.kinds() == {"column"} and "value" in old.kinds() and "column" not in old.kinds():
                    same_sort = False  # a column asked ('今年预算') never takes the place of the row it is asked of
                if same_sort and old.text in out and old.text != lk.text:
                    # ('离休' in place of '退休人员': the people still, 离休人员)
                    kept = next((w for w in ("人员", "人数") if old.text.endswith(w) and not lk.text.endswith(
                        (w, "人", "员", "工", "者", "数"))), "")
                    out = out.replace(old.text, lk.text + kept, 1)
                    done = hit = True
                    break
            if hit:
                break
    return out if done else None


def _names_a_row(lk) -> bool:
    """Does the link name a figure or a row by name (a concept, a row's value), not only a column?"""
    return any(t.kind == "concept" or (t.kind == "value" and t.role != "field")  # not a form's label (联系电话)
               for t in lk.terms)


def names_a_figure(lk) -> bool:
    """Does the link name a figure (a row, a named figure or an amount column), not a detail column?"""
    from ingest import kinds

    return _names_a_row(lk) or any(t.kind == "column" and t.role in kinds.amount_roles() for t in lk.terms)
