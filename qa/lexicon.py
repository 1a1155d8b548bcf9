"""What a question can name, and where: the index's own values (persisted at ingest in the `lexicon`
table) plus the domain vocabulary of `qa/vocab/` (named figures, column and table names, department
abbreviations). Linking looks names up; nothing is rebuilt from the index at start.

    lex = Lexicon(conn)
    lex.link(key, docs=None) -> list[Link]     every name found in the question, with its candidates

A `Term` is one meaning of a name: a value of a table column (a project, a subject, an owner, a
phone …), a column, a table kind, a named figure (concept), a narrative figure's label (fact) or
a document. One name can have several meanings (差旅费: an economic class in two tables).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from ingest import kinds
from ingest.store import section_name
from ingest.text import grams

from .normalize import norm
from .reading import named_pattern, synonyms

VOCAB = Path(__file__).resolve().parent / "vocab"
MAX_TERM = 40
# words too general to name one thing (a table may still have a row or an indicator called so)
STOP = frozenset(("项目", "合计", "总计", "小计", "其他", "其中", "支出", "收入", "经费", "费用", "资金", "预算", "金额",
                  "单位", "部门", "名称", "内容", "指标", "科目", "说明", "情况", "工作", "管理", "服务", "一共", "总共",
                  "本年", "上年", "年度", "数量", "目标", "其他支出", "合计数", "预算数", "以上", "以下", "以内"))


_BEFORE_OBJECT = named_pattern("before_object")  # (between a verb and its object)


@dataclass(frozen=True)
class Term:
    term: str  # matching form
    display: str  # as the document (or the vocabulary) writes it
    kind: str  # value | column | table | concept | fact | doc
    role: str | None = None  # the column role of a value or column; the concept's name; the fact's kind
    table_kind: str | None = None
    docs: frozenset[str] = frozenset()  # documents holding it (empty: vocabulary, any document)
    refs: tuple[str, ...] = ()  # rows or facts it names ("3:12" = table 3, record 12; fact numbers)


@dataclass(frozen=True)
class Link:
    """A part of the question (key offsets) that names something, with every meaning it may have."""

    start: int
    end: int
    text: str  # the part of the question
    terms: tuple[Term, ...]
    how: str  # exact | synonym | fuzzy (a paraphrase of one name) | partial (a word inside names)
    score: float  # how much of the question it explains, and how surely
    alias: str = ""  # for a synonym: the document's word it stands for ('车' -> 车辆)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def kinds(self) -> set[str]:
        return {t.kind for t in self.terms}


@dataclass(frozen=True)
class Concept:
    name: str
    type: str
    aliases: tuple[str, ...]
    locate: tuple[dict, ...]
    whole: bool = False  # the budget as a whole, when a question names no figure
    own_amount_of: tuple[str, ...] = ()  # sets whose rows' own amount it names ('哪些项目总预算超过…': project_name)
    parts: tuple[str, ...] = ()  # the figures it is the sum of, by name ('“三公”经费': 因公出国（境）费, …)


@cache
def concepts() -> tuple[Concept, ...]:
    data = json.loads((VOCAB / "concepts.json").read_text(encoding="utf-8"))
    return tuple(Concept(c["name"], c["type"], tuple(c["aliases"]), tuple(c["locate"]), bool(c.get("whole_budget")),
                         tuple(c.get("own_amount_of", ())), tuple(c.get("parts", ()))) for c in data["concepts"])


@cache
def weak_aliases() -> frozenset[str]:
    """Concept names that name the document as a whole more often than a figure (concepts.json `weak`)."""
    return frozenset(json.loads((VOCAB / "concepts.json").read_text(encoding="utf-8")).get("weak", ()))


def concept(name: str) -> Concept | None:
    return next((c for c in concepts() if c.name == name), None)


def _dept_names(department: str) -> set[str]:
    """The ways people name a department ('上海市某区商务委员会' -> 商务委, 某区商务委, …)."""
    out = {department}
    m = re.match(r"^((?:[\u4e00-\u9fff]{2,3}?(?:省|市|自治区))?)((?:[\u4e00-\u9fff]{1,4}?(?:区|县|市))?)(人民政府)?(.+)$",
                 department)
    if not m:
        return out
    city, district, _gov, core = m.groups()
    cores = {core}
    town = re.match(r"^([\u4e00-\u9fff]{2,})[镇乡](街道办事处|街道)$", core)
    if town:  # 某某镇街道办事处 -> 某某街道办事处 ('某某街道')
        cores.add(town.group(1) + town.group(2))
    shorts = set()  # a department's own short name ('科委'), said alone
    for long, short in synonyms()["department"]:
        for c in list(cores):
            if long in c:
                cores.add(c.replace(long, short))
                if c == long:
                    shorts.add(short)
    bare_city = city[:-1] if len(city) > 2 else city
    regions = {"", city, district, city + district, *_place_forms(district), bare_city, bare_city + district,
               "区" if district else "", "市" if city else ""}
    for r in regions:
        for c in cores:
            if len(r + c) >= 3 or (not r and c in shorts):
                out.add(r + c)
    # the place alone ('某区…', '某某街道' -> 某某): a district or a subdistrict names its department (and a city its
    # departments: '两个上海街道')
    if city:
        out.update({city, bare_city})
    if district:
        out.update({district, *_place_forms(district)})
    for c in cores:
        sub = _PLACE_SUFFIX.search(c)
        if sub and sub.start() >= 2:
            out.add(c[: sub.start()])
    return out | _romanised(city, district, cores)


def _place_forms(district: str) -> set[str]:
    """A district's short names: '某某区' -> 某某; '某某新区' -> 某某新, 某某."""
    if len(district) <= 2:
        return {district} if district else set()
    out = {district[:-1]}
    if district.endswith("新区") and len(district) > 3:
        out.add(district[:-2])
    return out


_PLACE_SUFFIX = re.compile(r"(街道办事处|街道办|街道|办事处|镇人民政府|镇|乡|地区办事处)$")


def _romanised(city: str, district: str, cores: set[str]) -> set[str]:
    """The names as an English question writes their places, in pinyin ('Changfeng Xincun Subdistrict' ->
    changfengxincun街道, 'Putuo District Commerce Commission' -> putuo区商务委): the org words come from
    the English glossary, the place names are romanised here."""
    out: set[str] = set()
    places = [p for p in (*_place_forms(district), city[:-1] if len(city) > 2 else "") if p and p != district]
    for c in cores:
        m = _PLACE_SUFFIX.search(c)
        if m and m.start() >= 2:  # a subdistrict or town: its own place name ("X's budget" too)
            place = c[: m.start()]
            for py in pinyin_forms(place):
                out.update({py + c[m.start():], py})
            if place[-1] in "路街村桥" and len(place) >= 3:  # 'Xx Road' -> xx路
                for py in pinyin_forms(place[:-1]):
                    out.update({py + place[-1] + c[m.start():], py + place[-1]})
            if place[-1] in "镇乡" and len(place) >= 3:  # 某某镇街道 -> 'Mouzhen Subdistrict', 'Mou Town Subdistrict'
                for py in pinyin_forms(place[:-1]):
                    said = py + ("town" if place[-1] == "镇" else "township")
                    out.update({py + c[m.start():], py, said + c[m.start():], said})
        for place in places:
            for py in pinyin_forms(place):
                out.update({py + c, py + "区" + c, py + "市" + c, py, py + "区"})
    return {n for n in out if len(n) >= 4}


_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _arabic_code(code: str) -> str:
    """'表十三' -> '表13' (numbers up to 99)."""
    def num(m: re.Match) -> str:
        t = m.group(0)
        tens, _, ones = t.partition("十")
        if "十" not in t:
            return str(_CN_DIGITS.get(t, t))
        return str(_CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(ones, 0))

    return re.sub(r"[一二三四五六七八九十]+", num, code)


def pinyin_forms(text: str, limit: int = 8) -> list[str]:
    """Toneless pinyin spellings of a Chinese name, every reading of its polyphones (长: chang, zhang)."""
    from pypinyin import Style, pinyin

    forms = [""]
    for readings in pinyin(text, style=Style.NORMAL, heteronym=True):
        forms = [f + r for f in forms for r in dict.fromkeys(readings)][:limit]
    return forms


_MEMO_MAX = 50_000  # names remembered per lexicon (a few MB)


class Lexicon:
    """Looks question parts up in the index's lexicon and in the vocabulary."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._memo: dict[tuple[str, frozenset[str] | None], tuple[int, tuple[Term, ...]]] = {}
        self._holding: dict[str, tuple[str, ...]] = {}  # a word -> the terms that hold it
        self.docs: dict[str, tuple[str, int | None, str]] = {
            d: (dep, y, src) for d, dep, y, src in conn.execute("SELECT doc_id, department, year, source FROM documents")
        }
        self.departments: frozenset[str] = frozenset(dep for dep, _y, _src in self.docs.values())
        self.table_roles: dict[str, frozenset[str]] = {}  # a table kind -> the columns some table of it has
        for kind, roles in conn.execute("SELECT kind, json_group_array(roles_json) FROM source_tables GROUP BY kind"):
            self.table_roles[kind] = frozenset(r for rs in json.loads(roles) for r in json.loads(rs or "[]") if r)
        self.indicator_units: dict[str, frozenset[str]] = {  # an indicator's unit ('小时') -> the documents using it
            u: frozenset(json.loads(ds)) for u, ds in conn.execute(
                "SELECT text, json_group_array(DISTINCT doc_id) FROM cells WHERE role = 'ind_unit' GROUP BY text")}
        vocab: dict[str, list[Term]] = defaultdict(list)

        def add(t: Term) -> None:
            if 2 <= len(t.term) <= MAX_TERM and t not in vocab[t.term]:
                vocab[t.term].append(t)

        for c in concepts():
            for a in (c.name, *c.aliases):
                add(Term(norm(a), c.name, "concept", c.name))
        for r in kinds.roles():
            for s in (r.label, *r.synonyms):
                add(Term(norm(s), r.label, "column", r.role))
        for k in kinds.kinds()[0]:
            for s in (k.label, *k.synonyms):
                add(Term(norm(s), k.label, "table", None, k.kind))
        # the tables a document numbers ('表十三', '表13'): a question may point at one by its number
        for code, kind, doc_ids in conn.execute("SELECT code, kind, json_group_array(DISTINCT doc_id) FROM "
                                                "source_tables WHERE code != '' GROUP BY code, kind"):
            info = kinds.kind_info(kind)
            label = f"{code}（{info.label}）" if info else code
            for form in {code, _arabic_code(code)}:
                add(Term(norm(form), label, "table", None, kind, frozenset(json.loads(doc_ids))))
        by_name: dict[str, set[str]] = defaultdict(set)
        for d, (dep, _y, _src) in self.docs.items():
            for name in _dept_names(dep):
                by_name[norm(name)].add(d)
        for name, ds in by_name.items():
            dep = self.docs[next(iter(ds))][0]
            add(Term(name, dep, "doc", None, None, frozenset(ds)))
        self.vocab = dict(vocab)
        self.expand = [(norm(a), norm(b)) for a, b in synonyms()["expand"]]
        self.verb_object = [(norm(v), tuple(norm(x) for x in after)) for v, after in synonyms().get("verb_object", [])]
        word = synonyms().get("project_word") or {}
        self.project_word = (tuple(norm(x) for x in word.get("said", ())), tuple(norm(x) for x in word.get("for", ())))

    # ------------------------------------------------------------------------------------------ lookups

    def terms(self, names: list[str], docs: frozenset[str] | None = None) -> dict[str, list[Term]]:
        """The index's terms for each of these matching forms (restricted to documents when given)."""
        result: dict[str, list[Term]] = defaultdict(list)
        wanted = list(dict.fromkeys(n for n in names if n))
        # the index is one immutable build: a name's terms are read once per (name, documents)
        memo = self._memo
        if len(memo) > _MEMO_MAX:
            memo.clear()
        names = [n for n in wanted if (n, docs) not in memo]
        order: dict[str, int] = {}
        for i in range(0, len(names), 400):
            part = names[i : i + 400]
            where = f"term IN ({', '.join('?' for _ in part)})"
            params: list = list(part)
            if docs is not None:
                where += f" AND doc_id IN ({', '.join('?' for _ in docs)})"
                params += sorted(docs)
            # grouped in SQL: a generic term is in every document of a large index
            sql = ("SELECT term, display, kind, role, table_kind, json_group_array(DISTINCT doc_id), "  # noqa: S608
                   f"json_group_array(ref) FILTER (WHERE ref IS NOT NULL AND ref != ''), min(rowid) FROM lexicon WHERE {where} "
                   "GROUP BY term, display, kind, role, table_kind ORDER BY min(rowid)")
            for term, display, kind, role, table_kind, doc_ids, refs, first in self.conn.execute(sql, params):
                order.setdefault(term, first)
                refs = tuple(json.loads(refs) if refs else ())
                if kind == "section" and refs and norm(display) not in norm(refs[0]):
                    # '某专项经费', a project's name for its section '某专项（政策资金）经费情况说明': the section's own
                    # name, which its passages are found by
                    display = section_name(refs[0].split(" > ")[0]) or display
                result[term].append(Term(term, display, kind, role, table_kind, frozenset(json.loads(doc_ids)), refs))
        for n in names:
            memo[(n, docs)] = (order.get(n, 0), tuple(result.get(n, ())))
        # in the order the index holds them, as one query would give them
        found = sorted((memo[(n, docs)][0], n) for n in wanted if memo[(n, docs)][1])
        return {n: list(memo[(n, docs)][1]) for _first, n in found}

    def partial(self, segment: str, docs: frozenset[str] | None = None, limit: int = 60) -> list[tuple[str, int]]:
        """Terms sharing character pairs with a segment of the question: (term, shared pairs), best first."""
        gs = sorted(grams(segment))
        if not gs:
            return []
        rows = self.conn.execute(
            f"SELECT term, COUNT(*) AS n FROM lexicon_grams WHERE gram IN ({', '.join('?' for _ in gs)}) "  # noqa: S608
            "GROUP BY term ORDER BY n DESC, length(term) LIMIT ?", (*gs, limit * 4),
        ).fetchall()
        out = [(t, n) for t, n in rows if n >= 2 or (n == 1 and len(t) <= 3)]
        if docs is not None and out:
            have = self.terms([t for t, _ in out], docs)
            out = [(t, n) for t, n in out if t in have]
        return out[:limit]

    # ------------------------------------------------------------------------------------------ linking

    def link(self, key: str, docs: frozenset[str] | None = None) -> list[Link]:
        """Every part of the question that names a term exactly, or through a synonym."""
        subs = {key[i:j] for i in range(len(key)) for j in range(i + 2, min(len(key), i + MAX_TERM) + 1)}
        subs |= {m.group(0) for m in re.finditer(r"\d{3,}", key)}
        found = self.terms(sorted(subs), docs)
        out: list[Link] = []
        for sub in sorted(subs, key=lambda s: (-len(s), s)):
            if sub in STOP:
                continue
            terms = list(found.get(sub, [])) + [t for t in self.vocab.get(sub, []) if not t.docs or docs is None
                                                 or t.docs & docs]
            if not terms:
                continue
            for m in re.finditer(re.escape(sub), key):
                if sub.isdigit() and (key[m.end():m.end() + 1].isdigit() or key[m.start() - 1:m.start()].isdigit()):
                    continue
                if sub[0] in "万亿千百" and key[m.start() - 1:m.start()].isdigit():
                    continue  # ('1410万里': the amount's unit, then 里, is no name beginning with 万)
                out.append(Link(m.start(), m.end(), sub, tuple(terms), "exact", float(len(sub))))
        # a whole's name with 总额 after it ('三公经费总额', printed as a column's header): the figure's concept too
        for i, lk in enumerate(out):
            stem = re.sub(r"(总额|总计|总数|合计)$", "", lk.text)
            if stem != lk.text and len(stem) >= 2 and lk.kinds() == {"column"}:
                extra = tuple(t for t in [*found.get(stem, []), *self.vocab.get(stem, [])] if t.kind == "concept")
                if extra:
                    out[i] = replace(lk, terms=lk.terms + extra)
        # ('三公总额': a concept's own total said after its short name, not the 合计 column of another table)
        totals = [lk for lk in out if lk.text in ("总额", "总计", "总数") and lk.kinds() <= {"column", "concept", "fact"}]
        for t in totals:
            before = [lk for lk in out if lk.end == t.start and lk.kinds() == {"concept"}]
            if before:
                out = [lk for lk in out if lk is not t]
                out += [replace(lk, end=t.end, text=lk.text + t.text, score=lk.score + t.score) for lk in before]
        # a spending class named without its '支出' ('住房保障这一块' -> 住房保障支出)
        classes = self._classes([sub for sub in subs if len(sub) >= 3 and sub not in found], docs)
        for sub, terms in classes.items():
            for m in re.finditer(re.escape(sub), key):
                if key[m.end():m.end() + 2] != "支出":
                    out.append(Link(m.start(), m.end(), sub, tuple(terms), "synonym", len(sub) * 0.95, sub + "支出"))
        # a class said with a 支出 its printed name has not ('商贸事务支出' for the 款 商贸事务), unless the question
        # says the head of a name the index holds that ends so ('其他…城乡社区管理事务支出' is a name of its own)
        for sub in sorted(s for s in subs if s.endswith("支出") and len(s) >= 5 and s not in found and s[:-2] in found):
            terms = [t for t in found[sub[:-2]] if t.kind == "value" and t.role == "func_name"]
            heads = {t.display[: -len(sub)] for t in self.containing(sub, docs) if t.display.endswith(sub)} - {""}
            for m in re.finditer(re.escape(sub), key) if terms else ():
                if not any(h in key[max(0, m.start() - len(h) - 16): m.start()] for h in heads):
                    out.append(Link(m.start(), m.end(), sub, tuple(terms), "synonym", len(sub) * 0.95, sub[:-2]))
        out += self._verb_object(key, docs)
        out += self._project_word(key, docs)
        out += self._with_de(key, docs)
        out += self._spelled_out(key, docs)
        parts: list[Link] = []  # a general word's synonym ('经费' -> 资金) serves only inside a longer name
        for a, b in self.expand:
            if a in key and a != b:
                if b in STOP:
                    parts += [Link(m.start(), m.end(), a, (), "synonym", 0.0, b) for m in re.finditer(re.escape(a), key)]
                    continue
                cand = self.terms([b], docs).get(b, []) + [t for t in self.vocab.get(b, [])]
                if not cand:
                    # a spending class said short ('科技' -> 科学技术 -> 科学技术支出); else the document word may be
                    # part of longer names (物业费 -> 物业管理费 / 物业服务管理费)
                    cand = self._classes([b], docs).get(b, []) or self.containing(b, docs)
                for m in re.finditer(re.escape(a), key):
                    at = m.start() - b.find(a) if a in b else -1
                    if at >= 0 and key[at : at + len(b)] == b:
                        continue  # ('支付款项' said as the document does: its '付款' is no short form of it)
                    if cand:
                        out.append(Link(m.start(), m.end(), a, tuple(cand), "synonym", len(a) * 0.9, b))
        # a heading's words printed as a field ('产出数量指标：') yield to the indicator kind a synonym says they name
        named = {(lk.start, lk.end) for lk in out if lk.how == "synonym" and any(
            t.kind == "value" and t.role in ("ind_l1", "ind_l2") for t in lk.terms)}
        out = [lk for lk in out if not (lk.how == "exact" and (lk.start, lk.end) in named and all(
            t.kind == "value" and t.role == "field" for t in lk.terms))]
        return out + self._joined(key, [lk for lk in out if lk.how == "synonym"] + parts, docs)

    def _spelled_out(self, key: str, docs: frozenset[str] | None) -> list[Link]:
        """A name said with a short form inside it ('某大厦运维费' of 某大厦运行维护费): the name the document
        prints, with the document's word (synonyms.json: expand) in place of the short one."""
        spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for a, b in self.expand:
            if len(a) < 2 or a == b or b in STOP:
                continue
            for m in re.finditer(re.escape(a), key):
                for i in range(max(0, m.start() - 12), m.start() + 1):
                    for j in range(m.end(), min(len(key), m.end() + 12) + 1):
                        if j - i > len(a):  # (the word alone is a synonym link of its own)
                            spans[key[i : m.start()] + b + key[m.end() : j]].add((i, j))
        found = self.terms(sorted(spans), docs)
        return [Link(i, j, key[i:j], tuple(terms), "synonym", (j - i) * 0.95, full)
                for full, terms in found.items() if terms and any(t.kind == "value" for t in terms)
                for i, j in sorted(spans[full])]

    def code_names(self, code: str, docs: frozenset[str] | None) -> tuple[str, ...]:
        """The names a 科目's code has in the documents (any classification)."""
        rows = self.conn.execute("SELECT doc_id, name FROM subjects WHERE code = ? AND name IS NOT NULL", (code,))
        return tuple(dict.fromkeys(norm(n) for d, n in rows if n and (docs is None or d in docs)))

    def _with_de(self, key: str, docs: frozenset[str] | None) -> list[Link]:
        """A row's name said with a 的 between its words ('某某委员的工作补贴' -> 某某委员工作补贴): the name
        without that 的, when it runs across it and is the name of a row."""
        out: list[Link] = []
        for m in re.finditer("的", key):
            p = m.start()
            bare = key[:p] + key[p + 1 :]
            subs = {bare[i:j] for i in range(max(0, p - MAX_TERM), p) for j in range(p + 1, min(len(bare), i + MAX_TERM) + 1)
                    if j - i >= 5 and i < p - 1 and j > p + 1}
            for sub, terms in self.terms(sorted(subs), docs).items():
                rows = tuple(t for t in terms if t.kind == "value")
                if not rows:
                    continue
                for i in (x.start() for x in re.finditer(re.escape(sub), bare)):
                    if i < p < i + len(sub):
                        out.append(Link(i, i + len(sub) + 1, key[i : i + len(sub) + 1], rows, "synonym",
                                        len(sub) * 0.95, sub))
        return out

    def _verb_object(self, key: str, docs: frozenset[str] | None) -> list[Link]:
        """A name said verb first ('租某库房' -> 某库租赁费, '买某设备' -> 某设备购置): the object
        followed by the words a name puts after it (synonyms.json: verb_object), when that is a name."""
        cands: dict[str, tuple[int, int]] = {}
        for verb, after in self.verb_object:
            for m in re.finditer(re.escape(verb), key):
                at = _BEFORE_OBJECT.match(key, m.end()).end()  # '租的某库房', '租那个某库房'
                for k in range(2, 9):
                    obj = key[at : at + k]
                    if len(obj) < k:
                        break
                    for suffix in after:  # the object as said, or without its last word ('某库房' -> 某库)
                        for name in (obj + suffix, obj[:-1] + suffix if obj[-1] != obj[-2] else ""):
                            # ('某库库房': 库 said twice begins the next word, never ends this one)
                            if name and (name not in cands or cands[name][1] < at + k):
                                cands[name] = (m.start(), at + k)
        if not cands:
            return []
        found = self.terms(sorted(cands), docs)
        return [Link(start, end, key[start:end], tuple(t for t in found[name] if t.kind == "value"), "synonym",
                     (end - start) * 0.95, name)
                for name, (start, end) in cands.items() if any(t.kind == "value" for t in found.get(name, []))]

    def _project_word(self, key: str, docs: frozenset[str] | None) -> list[Link]:
        """A project's name said with 项目 for its last word ('某服务项目' of 某服务经费; synonyms.json:
        project_word), when exactly one project's name is the words before it with one of those words."""
        said, ends = self.project_word
        out: list[Link] = []
        for w in said:
            for m in re.finditer(re.escape(w), key):
                cands = {key[i : m.start()] + e: i for i in range(max(0, m.start() - MAX_TERM), m.start() - 1)
                         for e in ends}
                found = self.terms(sorted(cands), docs)
                # (a project a table lists, or one its text describes under a heading of its own)
                hits = {name: tuple(t for t in terms if t.kind in ("value", "section") and t.role == "project_name")
                        for name, terms in found.items()}
                hits = {name: terms for name, terms in hits.items() if terms}
                if not hits:
                    continue
                name = min(hits, key=lambda n: cands[n])  # the longest words said
                i = cands[name]
                if sum(1 for n in hits if cands[n] == i) == 1:
                    out.append(Link(i, m.end(), key[i : m.end()], hits[name], "synonym", (m.end() - i) * 0.95, name))
        return out

    def _joined(self, key: str, syns: list[Link], docs: frozenset[str] | None) -> list[Link]:
        """Names the question gives in its own words piece by piece: the document words of a synonym joined
        to the next synonym's, or to the question's words beside it (a paraphrase of each half of a
        name: the halves' document words joined are the name)."""
        cands: dict[str, tuple[int, int]] = {}
        for a in syns:
            for b in syns:
                if a.end <= b.start <= a.end + 1 and (b.start == a.end or key[a.end] == "的"):
                    cands.setdefault(a.alias + b.alias, (a.start, b.end))
            gap = 1 if key[a.end : a.end + 1] == "的" else 0  # '车的运行维护费' -> 公务用车运行维护费
            for k in range(2, 9):
                if a.end + gap + k <= len(key):
                    cands.setdefault(a.alias + key[a.end + gap : a.end + gap + k], (a.start, a.end + gap + k))
                before = a.start - (1 if key[a.start - 1 : a.start] == "的" else 0)  # '某库的租金'
                if before - k >= 0:
                    cands.setdefault(key[before - k : before] + a.alias, (before - k, a.end))
        if not cands:
            return []
        found = self.terms(sorted(cands), docs)
        out = []
        for joined, (start, end) in cands.items():
            terms = [t for t in found.get(joined, []) if t.kind == "value"]
            if terms and joined not in STOP:
                out.append(Link(start, end, key[start:end], tuple(terms), "synonym", (end - start) * 0.95, joined))
        # a spending class said without its 支出 ('社保和就业')
        for joined, terms in self._classes([j for j in cands if j + "支出" not in cands], docs).items():
            start, end = cands[joined]
            out.append(Link(start, end, key[start:end], tuple(terms), "synonym", (end - start) * 0.95, joined + "支出"))
        return out

    def _classes(self, names: list[str], docs: frozenset[str] | None) -> dict[str, list[Term]]:
        """The names that are a spending class without its '支出' (住房保障 -> 住房保障支出): its terms."""
        full = {n + "支出": n for n in names if not n.endswith("支出")}
        found = self.terms(sorted(full), docs)
        out = {full[f]: [t for t in ts if t.kind == "value" and t.role == "func_name"] for f, ts in found.items()}
        return {n: ts for n, ts in out.items() if ts}

    def containing(self, word: str, docs: frozenset[str] | None) -> list[Term]:
        """Terms that contain `word` (for a synonym that names part of a name)."""
        if word not in self._holding:
            if len(self._holding) > _MEMO_MAX:
                self._holding.clear()
            rows = self.conn.execute("SELECT term FROM lexicon_grams WHERE gram = ? LIMIT 400", (word[:2],)).fetchall()
            self._holding[word] = tuple(t for (t,) in rows if word in t)[:40]
        names = list(self._holding[word])
        found = self.terms(names, docs)
        return [t for n in names for t in found.get(n, [])]

    def fuzzy(self, segment: str, start: int, docs: frozenset[str] | None = None) -> Link | None:
        """A name the segment paraphrases ('综合楼那个改造工程' -> 综合楼改造二期): partial, unambiguous."""
        seg = segment
        if len(seg) < 3:
            return None
        best: list[tuple[float, float, str]] = []
        core = re.sub(r"(那个|这个)?(项目|工程|专项)$", "", seg)  # ('某公园建设项目': the name said, then its kind)
        for term, _n in self.partial(seg, docs):
            score, covered = _overlap(seg, term)
            if (covered < 0.6 or score < 3) and not _told_apart(seg, term, score) and \
                    not (covered >= 0.45 and longest_common(seg, term)[0] >= 6) and \
                    not (len(core) >= 5 and score >= 4 and _in_order(core, term)) and \
                    not (core != seg and len(core) >= 4 and core in term):
                # a name less its prefix ('某局某平台三期项目' for 某平台三期项目): a long run of it; a name said
                # short, every character in its order ('某公园建设' of 城市某公园及某绿地建设); four characters of a
                # name in a row, said as a project's ('某某公园项目' of 城市某某公园及绿地建设)
                continue
            best.append((score, covered, term))
        best.sort(key=lambda x: (-x[0], -x[1]))
        if not best:
            return None
        # an indicator's wording ('完成某大厦装修改造工程') describes a project; a project's own name that fits
        # nearly as well is the name meant ('某大厦那个装修工程' -> 某大厦装修二期)
        found = self.terms([t for _s, _c, t in best], docs)
        detail = {"indicator", "ind_l1", "ind_l2"}
        named = [(s, c, t) for s, c, t in best if any(x.role == "project_name" for x in found.get(t, []))]
        if named and all(x.role in detail for x in found.get(best[0][2], []) if x.kind == "value") and \
                named[0][0] >= 0.7 * best[0][0]:
            best = named
        best = [(s, t) for s, c, t in best if not (s == best[0][0] and c < best[0][1])]  # a fuller match wins
        if len(best) > 1 and best[1][0] >= 0.9 * best[0][0]:
            tops = [t for s, t in best if s >= 0.9 * best[0][0]]
            found = self.terms(tops, docs)
            project = [t for t in tops if any(x.role == "project_name" for x in found.get(t, []))]
            if project and len(project) < len(tops) and (seg.endswith("项目") or all(all(
                    x.role in detail for x in found.get(t, []) if x.kind == "value") for t in tops if t not in project)):
                # (an indicator's wording beside a project's own name that fits as well: the project's; so is any
                # other wording, when the question says it names a 项目)
                tops, best = project, [(s, t) for s, t in best if t in project]
            if len({(t.display, t.role) for n in tops for t in found.get(n, [])}) > 1:
                return None  # two names fit about as well: not sure which is meant
        term = best[0][1]
        terms = self.terms([term], docs).get(term, [])
        return Link(start, start + len(seg), seg, tuple(terms), "fuzzy", best[0][0] * 0.8) if terms else None


def _in_order(word: str, name: str) -> bool:
    """Are the word's characters in the name, in order ('政府采购预算' in 政府采购工程预算)?"""
    it = iter(name)
    return all(ch in it for ch in word)


def longest_common(a: str, b: str) -> tuple[int, int, int]:
    """Longest common substring: (length, start in a, start in b)."""
    best = (0, 0, 0)
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        ai = a[i - 1]
        for j in range(1, len(b) + 1):
            if ai == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best[0]:
                    best = (cur[j], i - cur[j], j - cur[j])
        prev = cur
    return best


def common_substrings(a: str, b: str, least: int = 2) -> list[str]:
    """The common substrings of two strings, longest first, each used once (greedy)."""
    out = []
    while True:
        n, i, j = longest_common(a, b)
        if n < least:
            return out
        out.append(a[i : i + n])
        a = a[:i] + "\x00" * n + a[i + n :]
        b = b[:j] + "\x01" * n + b[j + n :]


def _told_apart(seg: str, term: str, score: float) -> bool:
    """A short paraphrase all of whose words are in a longer name ('某树保护' of 某树名木保护复壮): at most one
    character of the segment is foreign to the name, and four or more are matched in runs."""
    return score >= 4 and len(seg) <= 8 and score >= 0.6 * len(seg) and sum(ch not in term for ch in seg) <= 1


def _overlap(seg: str, term: str) -> tuple[float, float]:
    """(score, share of the term covered) of the common substrings (2+ characters) of a segment and a term."""
    runs = set(re.findall(r"\d+", seg))
    # digits count only as a whole number of the question ('202' of 2024 is no part of the code 50202)
    matched = sum(len(p) for p in common_substrings(seg, term) if not p.isdigit() or p in runs)
    return float(matched), matched / max(len(term), 1)
