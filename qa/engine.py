"""The answering core: route a question to SQL, retrieval or an honest refusal, and cite everything."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from langchain_core.embeddings import Embeddings

from .answer import Answer, Citation, refusal
from .catalog import Catalog, load_catalog
from .compose import figure_text, passage_text, unbacked
from .errors import BudgetQAError, IndexError_
from .evidence import Evidence, RowRef
from .figures import Figure
from .linking import Linker, longest_common
from .normalize import fmt_number, norm, numbers_in
from .numeric import NumericAnswerer, prefer_unit
from .question import Question, read_question

_ORG = re.compile(r"([\u4e00-\u9fff]{2,16}?(?:委员会|管理局|局|委|办公室|中心|医院|学校|大学|人民政府|法院|检察院|公司|厅))")
# things a budget (not a final account) cannot tell, unless the document itself mentions them
_ABSENT_CONCEPTS = ("决算支出", "决算收入", "决算数", "决算总", "决算是", "决算了", "实际执行", "执行率", "执行数",
                    "执行情况", "实际支出", "实际花", "实际用了", "花掉了", "去年实际", "审计结果", "个人工资", "股票",
                    "汇率", "中标", "施工单位", "供应商", "承包商", "哪家公司", "哪家单位", "平均工资", "人均工资",
                    "月平均", "月薪", "年薪", "工资水平", "招标结果")
_PLACE = re.compile(r"^(?:北京市|[\u4e00-\u9fff]{2}省|[\u4e00-\u9fff]{2}市)?([\u4e00-\u9fff]{1,3}?[区县市])")
_STRONG_DESCRIPTIVE = re.compile(r"(原因|为什么|为何|(?<!项)目的|如何|怎样|怎么|什么是|是什么意思|含义|定义|是指|职责|职能|介绍|做法|措施|意义|作用|内容)")
_NARRATIVE_ONLY = re.compile(r"(为什么|为何|原因|什么是|是什么意思|含义|定义|职责|职能|管哪些|管什么|负责哪些|负责什么|"
                             r"干什么|如何|怎样|怎么|措施|做法|主要任务|工作任务)")
_NUMERIC_ASK = re.compile(r"(多少|几个|几项|几人|金额|数额|比例|占比|得分|分数|是谁|负责人|电话)")


def _manifest_embedder(build: Path) -> str | None:
    import json

    try:
        return json.loads((build / "manifest.json").read_text(encoding="utf-8")).get("embedder")
    except (OSError, ValueError):
        return None


class Engine:
    """Answers questions over one index. Build it once (it loads the catalog and opens the stores)."""

    def __init__(self, build_dir: Path, *, embedder: Embeddings | None = None, dense: bool = True):
        from ingest.build import open_readonly

        self.build_dir = Path(build_dir)
        self.conn = open_readonly(self.build_dir)
        self.embedder = embedder
        self.dense = dense and embedder is not None
        self.warnings: list[str] = []
        built_with = _manifest_embedder(self.build_dir)
        name = getattr(embedder, "name", type(embedder).__name__) if embedder is not None else None
        if self.dense and built_with and name != built_with:
            # vectors of another model cannot be compared with this one's: keep BM25, say so
            self.dense = False
            self.warnings.append(f"索引是用 {built_with} 建立的，当前模型是 {name}：文本检索只用关键词（BM25）。"
                                 "重新运行 budget-qa ingest 可恢复语义检索。")
        self.catalog: Catalog = load_catalog(self.conn)
        if not self.catalog.departments:
            raise IndexError_("索引里没有任何文件，请先运行 budget-qa ingest (the index holds no document)")
        self.linker = Linker(self.catalog)
        self.evidence = Evidence(self.conn)
        self.numeric = NumericAnswerer(self.conn, self.catalog, self.linker)
        self._retriever = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ public

    def ask(self, question: str, *, doc_id: str | None = None) -> Answer:
        """Answer one question. Raises QuestionError for empty/oversized input."""
        q = read_question(question)
        with self._lock:
            return self._ask(q, doc_id)

    def ask_many(self, questions: Iterable[str], *, progress: Callable[[int, int], None] | None = None) -> list[Answer]:
        qs = list(questions)
        out = []
        for i, text in enumerate(qs, 1):
            try:
                out.append(self.ask(text))
            except BudgetQAError as e:
                out.append(refusal(str(text), f"无法回答：{e}", error=str(e)))
            if progress:
                progress(i, len(qs))
        return out

    def documents(self):
        from .info import documents

        return documents(self.conn)

    def findings(self, doc_id: str | None = None):
        from ingest.consistency import load_findings

        return load_findings(self.conn, doc_id)

    def close(self) -> None:
        self.conn.close()

    # ------------------------------------------------------------------ routing

    def _doc_for(self, q: Question, doc_id: str | None) -> str | None:
        if doc_id:
            return doc_id
        docs = list(self.catalog.departments)
        if len(docs) == 1:
            return docs[0]
        # several documents: the one whose department or year the question names
        best = None
        for d, dep in self.catalog.departments.items():
            s = sum(1 for ch in set(q.key) if ch in dep)
            y = self.catalog.doc_years.get(d)
            s += 10 if y in q.years else 0
            if best is None or s > best[0]:
                best = (s, d)
        return best[1] if best else docs[0]

    def _scope(self) -> str:
        parts = []
        for d, dep in self.catalog.departments.items():
            y = self.catalog.doc_years.get(d)
            parts.append(f"{dep}{y}年部门预算" if y else dep)
        return "、".join(parts)

    def _out_of_scope(self, q: Question) -> str | None:
        bad_years = [y for y in q.years if y not in self.catalog.all_years]
        if bad_years:
            ys = "、".join(str(y) for y in sorted(self.catalog.all_years))
            return (f"文件中没有 {bad_years[0]} 年的数据。本索引只收录{self._scope()}（文中出现的年份：{ys}），"
                    "无法回答这个问题。")
        for concept in _ABSENT_CONCEPTS:
            if concept in q.key and concept not in self.catalog.corpus:
                return (f"文件中没有“{concept}”方面的内容：本索引收录的是{self._scope()}（预算数），"
                        "不含决算或执行情况，无法回答这个问题。")
        for m in _ORG.finditer(q.text):
            org = re.sub(r"^(整个|全|该|这个|那个|本|贵|我们|咱们)", "", m.group(1).lstrip("的了和与在是有个年请问查一下看"))
            key = norm(org)
            if len(key) < 3 or key in self.catalog.corpus:
                continue
            if any(self._same_org(org, dep) for dep in self.catalog.departments.values()):
                continue
            return f"文件中没有关于“{org}”的内容。本索引只收录{self._scope()}，无法回答这个问题。"
        return None

    def _without_department(self, key: str) -> str:
        """Drop the department's own name from a question: it names the document, not a figure."""

        for dep in self.catalog.departments.values():
            d = norm(dep)
            # an abbreviation of the department ('人社局', '卫健委'): every character is in its name
            for m in re.finditer(r"[\u4e00-\u9fff]{1,5}(局|委)", key):
                if all(ch in d for ch in m.group(0)) and len(m.group(0)) >= 3:
                    key = key.replace(m.group(0), "#")
            while True:
                n, i, j = longest_common(key, d)
                seg = d[j : j + n]
                names_it = seg.endswith(("局", "委员会", "委", "办公室", "中心")) or bool(re.search(r"[区市县省]", seg))
                if n < 3 or not names_it:
                    break
                key = key[:i] + "#" + key[i + n :]
        return key

    @staticmethod
    def _same_org(org: str, dep: str) -> bool:
        p1, p2 = _PLACE.match(org), _PLACE.match(dep)
        if p1 and p2 and p1.group(1) != p2.group(1):
            return False
        core = [ch for ch in org if ch not in "局委会中心办公室北京市区"]
        return bool(core) and sum(ch in dep for ch in core) / len(core) >= 0.75

    def _ask(self, q: Question, doc_id: str | None) -> Answer:
        why = self._out_of_scope(q)
        if why:
            return refusal(q.raw, why, confidence=0.9)
        doc = self._doc_for(q, doc_id)
        q = replace(q, key=self._without_department(q.key))
        want_sql = q.op == "owner" or (q.numeric and not (_STRONG_DESCRIPTIVE.search(q.text)
                                                          and not _NUMERIC_ASK.search(q.text)))
        if not want_sql and not q.descriptive:
            # a bare name ('帮我查下工会经费'): if it names a figure of the document, give the figure
            want_sql = any(lk.exact and lk.score >= 4.0 and lk.entity.kind not in ("fact", "measure")
                           for lk in self.linker.link(q.key, doc_id=doc))
        if want_sql:
            fig = self.numeric.answer(q, doc)
            if fig is not None:
                return self._from_figure(q, fig)
            if _NUMERIC_ASK.search(q.text) and not q.descriptive:
                return self._not_found(q)
        return self._retrieve(q, doc)

    def _not_found(self, q: Question) -> Answer:
        return refusal(
            q.raw,
            f"在{self._scope()}中没有找到能回答这个问题的数字，为避免给出错误数字，这里不作猜测。"
            "可以换个说法，或问文件中的项目、支出科目、经济分类、“三公”经费、人员情况等。",
            confidence=0.2,
        )

    # ------------------------------------------------------------------ SQL answers

    def _from_figure(self, q: Question, fig: Figure) -> Answer:
        fig = prefer_unit(fig, q.want_unit) if fig.kind in ("amount", "list") or fig.unit in ("万元", "元", "亿元") else fig
        citations = self.evidence.cite_all(list(fig.refs))
        if not citations and fig.extra.get("empty_table"):
            line = self.conn.execute("SELECT line FROM source_tables WHERE table_no = ? LIMIT 1",
                                     (fig.extra["empty_table"],)).fetchone()[0]
            doc = next(iter(self.catalog.departments))
            citations = (self.evidence.cite(RowRef(doc, line, fig.extra["empty_table"])),)
        text = figure_text(fig, citations)
        # every number in the reply must be read in a cited row, or computed from cited rows
        allowed: list[float] = [i.value for i in fig.items if i.value is not None]
        if fig.extra.get("derived") or fig.extra.get("computed") or fig.items or fig.kind in ("count", "list"):
            allowed.append(fig.value or 0.0)
        if fig.extra.get("parts"):
            allowed += [*fig.extra["parts"], 100.0]  # a share: part ÷ whole × 100%
        if fig.extra.get("converted_from"):
            allowed.append(fig.extra["converted_from"][0])
        allowed += numbers_in(q.text) + [float(len(citations))]
        allowed += [n for i in fig.items for n in numbers_in(i.label)]  # codes and names of listed rows
        years = set(self.catalog.all_years) | {y for y in self.catalog.doc_years.values() if y}
        bad = unbacked(text, citations, allowed, years)
        if bad or not citations:
            return refusal(q.raw, "找到了相关数据，但无法用引用的原文核对答案中的数字，为避免出错不予回答。"
                           f"（未能核对：{', '.join(fmt_number(b) for b in bad[:3])}）", confidence=0.1)
        return Answer(question=q.raw, text=text, route="sql", value=fig.value, unit=fig.unit, citations=citations,
                      sql=fig.sql, confidence=fig.confidence, items=fig.items, chart=fig.chart)

    # ------------------------------------------------------------------ retrieval answers

    def retriever(self):
        if self._retriever is None:
            from ingest import vectors

            from .retrieve import Retriever

            store = None
            if self.dense:
                store = vectors.open_store(self.build_dir / "chroma", self.embedder)
            terms = [t for (t,) in self.conn.execute("SELECT DISTINCT term FROM lexicon")]
            self._retriever = Retriever(vectors.load_chunks(self.conn), store=store, terms=terms)
        return self._retriever

    def _retrieve(self, q: Question, doc_id: str | None) -> Answer:
        # the department's own name is in every row: search with what the question asks about it
        query = q.key.replace("#", " ").strip() or q.text
        hits = self.retriever().search(query, k=30, doc_id=doc_id)
        if _NARRATIVE_ONLY.search(q.text):
            # reasons, duties, definitions are written in prose (and in the performance tables' texts)
            prose = [h for h in hits if h.chunk.kind != "table_row" or h.chunk.table_no in (13, 14)]
            hits = prose or hits
        named = [lk for lk in self.linker.link(q.key, doc_id=doc_id)
                 if lk.score >= 4.0 and lk.entity.kind in ("project", "measure", "func", "econ", "item", "unit")][:1]
        if named:  # a question about one project or figure: the passages that name it first
            words = {named[0].entity.label, named[0].matched}
            mine = [h for h in hits if any(w in h.chunk.text or w in (h.chunk.section or "") for w in words)]
            hits = mine + [h for h in hits if h not in mine]
        if hits and hits[0].chunk.kind == "narrative":
            # the best passage's section in document order: a list split over two chunks reads from its start
            same = sorted((h for h in hits if h.chunk.kind == "narrative" and h.chunk.section == hits[0].chunk.section),
                          key=lambda h: h.chunk.line)[:3]
            hits = same + [h for h in hits if h not in same]
        hits = hits[:5]
        context = " ".join(f"{h.chunk.section or ''} {h.chunk.text}" for h in hits[:3])
        if not hits or not self._relevant(q, context):
            return refusal(q.raw, f"在{self._scope()}中没有找到与这个问题相关的内容。", confidence=0.2)
        citations = tuple(self._chunk_citation(h.chunk) for h in hits[:3])
        text = passage_text(citations, qkey=q.key)
        return Answer(question=q.raw, text=text, route="retrieval", citations=citations, confidence=0.6)

    def _relevant(self, q: Question, text: str) -> bool:
        """Do the passages share enough words with what the question asks (or the words it implies)?"""
        from .linking import content
        from .retrieve import expand_query

        key = norm(text)
        c = content(q.key)
        generic = {"部门", "预算", "主要", "情况", "目的", "原因", "什么", "哪些", "如何", "怎么"}
        grams = {c[i : i + 2] for i in range(len(c) - 1)} - generic
        grams = {g for g in grams if "#" not in g}
        implied = {norm(w) for w in expand_query(q.text)[len(q.text):].split() if len(norm(w)) >= 2}
        if not grams and not implied:
            return True
        found = sum(1 for g in grams if g in key) + sum(1 for w in implied if w in key)
        return found >= max(1, len(grams) // 5)

    def _chunk_citation(self, chunk) -> Citation:
        if chunk.kind == "table_row" and chunk.table_no is not None:
            return self.evidence.cite(RowRef(chunk.doc_id, chunk.line, chunk.table_no))
        return Citation(source=chunk.source, doc_id=chunk.doc_id, line=chunk.line, end_line=chunk.end_line,
                        text=chunk.text, section=chunk.section)

