"""`python -m benchmarks --scale 1,10,100,300`: how answering, starting and ingesting grow with the documents.

For each count N (ascending) the index gets the next documents of `benchmarks.corpus` in one ingest (so
the index holds exactly N documents, and each step also shows what adding to a large index costs), then:

- ingest: documents/s, PDF pages/s and chunks/s of that step, and its peak RSS (a process of its own);
- index size on disk (SQLite and vector store apart);
- answering (a process of its own, `benchmarks.worker answer`): opening the engine, the first text
  question's loads (jieba, the vector store: time and RSS), then the fixed questions below, once
  untimed and `rounds` times timed; p50/p95 per (mode, route) and the process's peak RSS;
- cold start: a new Python process until the first answer, for a SQL and a text question.

Modes: `scoped` asks with doc= the bundled document (present at every N); `named` names that document's
department and year in the question (no doc=); `unscoped` asks the whole index (a figure is then answered
per document, so its reply grows with N by design); `scoped_pdf` asks with doc= the first generated PDF.

At the largest N each route's scoped questions and its slowest mode are profiled (cProfile) into
profile_<route>_<mode>.txt. Growth is
summarised as the exponent b of p95 ∝ N^b (least squares on log-log): sublinear when b < 1.

The real embedder: embedding throughput is measured first; with `--embedder auto` the volume documents use
it when the whole run would embed in ≤ 40 minutes, else the hashing stand-in (`benchmarks.embedders`,
"fake"), which the output says. The issue's ingest check (a 30-page PDF in ≤ 30 s, embeddings included)
and the three real PDFs are always ingested with e5 (unless e5_checks=False, as in the tests).
"""

from __future__ import annotations

import json
import math
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from . import worker
from .corpus import CorpusDoc, corpus, real_pdfs, thirty_page_pdf
from .measure import disk_mb, machine, percentile

E5_BUDGET_S = 40 * 60  # auto: the real model for the volume documents only when they embed within this
PDF30_TARGET_S = 30
ROUTES = ("sql", "retrieval", "none")
MODES = ("scoped", "named", "unscoped", "scoped_pdf")
DEV_REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "real" / "dev_real.jsonl"

# questions that make sense for any budget document, whatever its template
SQL_QUESTIONS = ("收入预算总额是多少？", "基本支出预算是多少？", "项目支出预算是多少？", "“三公”经费预算是多少？")
TEXT_QUESTIONS = ("部门的主要职责是什么？", "什么是“三公”经费？", "机构设置情况如何？")
REFUSED_QUESTIONS = ("2035年的部门预算是多少？", "部门决算是多少？", "火星探测经费是多少？")
QUESTIONS = SQL_QUESTIONS + TEXT_QUESTIONS + REFUSED_QUESTIONS
COLD_SQL, COLD_TEXT = SQL_QUESTIONS[1], TEXT_QUESTIONS[0]

Say = Callable[[str], None]


def _say(msg: str) -> None:
    print(f"[scale] {msg}", file=sys.stderr, flush=True)


def parse_counts(text: str) -> list[int]:
    """'1,10,100,300' -> [1, 10, 100, 300] (sorted, unique, each ≥ 1); ValueError otherwise.

    >>> parse_counts("10, 1,10")
    [1, 10]
    """
    counts = sorted({int(x) for x in text.split(",") if x.strip()})
    if not counts or counts[0] < 1:
        raise ValueError("document counts must be positive integers, e.g. 1,10,100,300")
    return counts


def question_set(docs: Sequence[CorpusDoc]) -> list[dict]:
    """The fixed questions for an index of these documents, as {q, doc, mode}."""
    first = docs[0]
    out = [{"q": q, "doc": first.doc_id, "mode": "scoped"} for q in QUESTIONS]
    out += [{"q": f"{first.department}{first.year}年{q}", "doc": None, "mode": "named"}
            for q in (SQL_QUESTIONS[1], TEXT_QUESTIONS[0])]
    out += [{"q": q, "doc": None, "mode": "unscoped"} for q in QUESTIONS]
    pdf = next((d for d in docs if d.kind == "pdf"), None)
    if pdf is not None:
        out += [{"q": q, "doc": pdf.doc_id, "mode": "scoped_pdf"} for q in QUESTIONS]
    return out


def growth_exponent(points: Sequence[tuple[float, float]]) -> float | None:
    """b of y ∝ x^b, least squares on log-log; None with fewer than two distinct x.

    >>> round(growth_exponent([(1, 2.0), (10, 20.0), (100, 200.0)]), 6)
    1.0
    >>> growth_exponent([(10, 3.0)]) is None
    True
    """
    pts = [(math.log(x), math.log(y)) for x, y in points if x > 0 and y and y > 0]
    if len({x for x, _ in pts}) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sum((x - mx) ** 2 for x, _ in pts)


def _count_chunks(build: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(f"file:{build / 'budget.sqlite'}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM chunks").fetchone()[0]
    finally:
        conn.close()


def _estimate_chunks(docs: Sequence[CorpusDoc]) -> int:
    """Chunks the documents will make, from one document of each kind (parsed, not ingested)."""
    from ingest.chunks import chunks_for
    from ingest.parser import parse
    from ingest.reader import read_document

    per_kind: dict[str, int] = {}
    total = 0
    for i, d in enumerate(docs):
        if i == 0:
            total += len(chunks_for(parse(read_document(d.path))))
            continue
        if d.kind not in per_kind:
            per_kind[d.kind] = len(chunks_for(parse(read_document(d.path))))
        total += per_kind[d.kind]
    return total


def _sample_texts(doc: CorpusDoc, n: int = 128) -> list[str]:
    from ingest.chunks import chunks_for
    from ingest.parser import parse
    from ingest.reader import read_document

    return [c.embed_text for c in chunks_for(parse(read_document(doc.path)))][:n]


def _latency_fields(ms: dict[str, dict[str, list[float]]]) -> dict:
    out: dict = {}
    for mode in MODES:
        for route in (*ROUTES, "error"):
            xs = ms.get(mode, {}).get(route, [])
            if xs:
                out[f"{mode}_{route}_p50_ms"] = round(percentile(xs, 50), 2)
                out[f"{mode}_{route}_p95_ms"] = round(percentile(xs, 95), 2)
                out[f"{mode}_{route}_n"] = len(xs)
    return out


def _r(x: float | None, digits: int = 2) -> float | None:
    return None if x is None else round(x, digits)


def e5_checks(work: Path, *, say: Say, rate: dict | None) -> dict:
    """The real model: the 30-page PDF's ingest (issue target), the three real PDFs (ingest, answering)."""
    out: dict = {"embedding": rate}
    pdf = thirty_page_pdf(work / "pdf30")
    say(f"e5: ingesting a generated {pdf.pages}-page PDF ({pdf.department} {pdf.year})")
    got = worker.run("ingest", {"index": str(work / "e5-pdf30"), "paths": [str(pdf.path)], "embedder": "e5"})
    chunks = _count_chunks((work / "e5-pdf30" / "current").resolve())
    out["pdf30"] = {"pages": pdf.pages, "chunks": chunks, "ingest_s": _r(got["seconds"]),
                    "pages_per_s": _r(pdf.pages / got["seconds"]), "process_wall_s": _r(got["wall_s"]),
                    "peak_rss_mb": _r(got["peak_rss_mb"], 1), "target_s": PDF30_TARGET_S,
                    "pass": got["seconds"] <= PDF30_TARGET_S}
    reals = real_pdfs()
    if not reals:
        say("e5: the real PDFs (../shared/data/real) are not there: skipped")
        return out
    import pdfplumber

    pages = 0
    for p in reals:
        with pdfplumber.open(p) as f:
            pages += len(f.pages)
    say(f"e5: ingesting the {len(reals)} real PDFs ({pages} pages)")
    index = work / "e5-real"
    got = worker.run("ingest", {"index": str(index), "paths": [str(p) for p in reals], "embedder": "e5"})
    build = (index / "current").resolve()
    out["real_pdfs"] = {"documents": len(reals), "pages": pages, "chunks": _count_chunks(build),
                        "ingest_s": _r(got["seconds"]), "pages_per_s": _r(pages / got["seconds"]),
                        "peak_rss_mb": _r(got["peak_rss_mb"], 1), "index_mb": _r(disk_mb(build))}
    if DEV_REAL.is_file():
        gold = [json.loads(ln) for ln in DEV_REAL.read_text(encoding="utf-8").splitlines() if ln.strip()]
        qs = [{"q": g["q"], "doc": None if g.get("doc") in (None, "*") else g["doc"], "mode": "scoped"}
              for g in gold]
        say(f"e5: answering the {len(qs)} real dev questions (3 rounds)")
        ans = worker.run("answer", {"index": str(index), "embedder": "e5", "questions": qs, "rounds": 3})
        out["real_pdfs"]["answering"] = {
            "questions": len(qs), **{k.replace("scoped_", ""): v for k, v in _latency_fields(ans["ms"]).items()},
            "vectors_load_s": _r(ans["vectors_s"], 3), "peak_rss_mb": _r(ans["peak_rss_mb"], 1)}
    return out


def measure_count(index: Path, docs: Sequence[CorpusDoc], have: int, *, embedder: str, rounds: int,
                  cold_runs: int, profile_dir: Path | None, chunks_before: int, say: Say) -> dict:
    """Ingest docs[have:] into index (which holds docs[:have]), then measure it: one row of the results."""
    n, step = len(docs), docs[have:]
    say(f"N={n}: ingesting {len(step)} more documents")
    got = worker.run("ingest", {"index": str(index), "paths": [str(d.path) for d in step], "embedder": embedder})
    build = (index / "current").resolve()
    chunks = _count_chunks(build)
    pages = sum(d.pages or 0 for d in step)
    row: dict = {
        "documents": n, "pdfs": sum(d.kind == "pdf" for d in docs), "pdf_pages": sum(d.pages or 0 for d in docs),
        "chunks": chunks, "ingest_step_documents": len(step), "ingest_step_pdf_pages": pages,
        "ingest_step_s": _r(got["seconds"]), "ingest_docs_per_s": _r(len(step) / got["seconds"], 3),
        "ingest_pdf_pages_per_s": _r(pages / got["seconds"]) if pages else None,
        "ingest_chunks_per_s": _r((chunks - chunks_before) / got["seconds"], 1),
        "ingest_peak_rss_mb": _r(got["peak_rss_mb"], 1),
        "index_mb": _r(disk_mb(build)), "index_sqlite_mb": _r(disk_mb(build) - disk_mb(build / "chroma")),
        "index_vectors_mb": _r(disk_mb(build / "chroma")),
    }
    questions = question_set(docs)
    say(f"N={n}: answering {len(questions)} questions × {rounds} rounds")
    ans = worker.run("answer", {"index": str(index), "embedder": embedder, "questions": questions, "rounds": rounds,
                                "profile": str(profile_dir) if profile_dir else None})
    row.update({
        "engine_open_s": _r(ans["open_s"], 3), "jieba_load_s": _r(ans["jieba_s"], 3),
        "model_load_s": _r(ans["model_s"], 3), "chromadb_import_s": _r(ans["chromadb_import_s"], 3),
        "chromadb_import_rss_mb": _r(ans["chromadb_import_rss_mb"], 1),
        "vectors_load_s": _r(ans["vectors_s"], 3), "vectors_rss_mb": _r(ans["vectors_rss_mb"], 1),
        "vectors_peak_rss_mb": _r(ans["vectors_peak_rss_mb"], 1), "vectors": ans["vectors"],
        "vector_store": ans["vector_store"], "answer_rss_open_mb": _r(ans["rss_open_mb"], 1),
        "answer_peak_rss_mb": _r(ans["peak_rss_mb"], 1), **_latency_fields(ans["ms"]), "routes": ans["routes"],
    })
    for key in ("vectors_error", "vectors_failed_after_s", "vectors_workaround", "errors", "profile"):
        if ans.get(key):
            row[key] = ans[key]
    for kind, q in (("sql", COLD_SQL), ("retrieval", COLD_TEXT)):
        runs = []
        for i in range(cold_runs):
            say(f"N={n}: cold start {i + 1}/{cold_runs} ({kind})")
            runs.append(worker.run("cold", {"index": str(index), "embedder": embedder, "question": q,
                                            "doc": docs[0].doc_id}))
        row[f"cold_{kind}_s"] = _r(percentile([r["wall_s"] for r in runs], 50))
        row[f"cold_{kind}_in_process_s"] = _r(percentile([r["in_process_s"] for r in runs], 50))
        row[f"cold_{kind}_route"] = runs[0]["route"]
        row[f"cold_{kind}_peak_rss_mb"] = _r(max(r["peak_rss_mb"] for r in runs), 1)
        if runs[0].get("error"):
            row[f"cold_{kind}_error"] = runs[0]["error"]
    say(f"N={n}: " + ", ".join(f"{k}={row.get(k)}" for k in (
        "scoped_sql_p95_ms", "scoped_retrieval_p95_ms", "unscoped_sql_p95_ms", "cold_retrieval_s",
        "vectors_load_s", "answer_peak_rss_mb", "index_mb")))
    return row


def run_scale(counts: Sequence[int], *, out_dir: Path, embedder: str = "auto", rounds: int = 3,
              cold_runs: int = 1, e5: bool = True, profile: bool = True, work_dir: Path | None = None,
              keep: bool = False, command: str = "", say: Say = _say) -> dict:
    """Measure every count; write scale.json, scale.png (and profile_*.txt) into out_dir; return the results."""
    from .plot import plot_scale

    counts = sorted(set(counts))
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("profile_*.txt"):  # from an earlier run
        old.unlink()
    work = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix="budget-qa-scale-"))
    started, t0 = datetime.now(UTC), time.perf_counter()
    try:
        say(f"generating {counts[-1]} documents in {work / 'corpus'}")
        docs = corpus(counts[-1], work / "corpus")
        rate = None
        if e5 or embedder == "auto":
            say("e5: measuring embedding throughput")
            rate = worker.run("embed", {"embedder": "e5", "texts": _sample_texts(docs[0])})
            rate = {k: _r(v, 3) for k, v in rate.items()}
        chosen, notes = embedder, []
        if embedder == "auto":
            est_chunks = _estimate_chunks(docs)
            est_s = est_chunks / rate["chunks_per_s"]
            chosen = "e5" if est_s <= E5_BUDGET_S else "fake"
            notes.append(f"{counts[-1]} documents make about {est_chunks} chunks: about {est_s / 60:.0f} min of "
                         f"e5 embedding at {rate['chunks_per_s']:.1f} chunks/s, "
                         f"{'within' if chosen == 'e5' else 'over'} the {E5_BUDGET_S // 60}-minute budget")
        if chosen != "e5":
            notes.append("the documents are embedded with the hashing stand-in (benchmarks/embedders.py; "
                         f"{'each question still pays for e5' if chosen == 'fake' else 'no model at all'}): "
                         "latency, memory and disk are measured, accuracy is not")
        note = "; ".join(notes)
        say(f"embedder for the documents: {chosen}. {note}")

        index = work / "index"
        rows: list[dict] = []
        prev = 0
        for n in counts:
            prof = out_dir if profile and n == counts[-1] else None
            rows.append(measure_count(index, docs[:n], prev, embedder=chosen, rounds=rounds, cold_runs=cold_runs,
                                      profile_dir=prof, chunks_before=rows[-1]["chunks"] if rows else 0, say=say))
            prev = n
            _write_json(out_dir, {"complete": False, "embedder": chosen, "embedder_note": note, "rows": rows})

        checks = e5_checks(work, say=say, rate=rate) if e5 else {"embedding": rate}
        results = {
            "complete": True,
            "timestamp": started.isoformat(timespec="seconds"),
            "duration_s": round(time.perf_counter() - t0),
            "machine": machine(), "command": command,
            "counts": counts, "rounds": rounds, "cold_runs": cold_runs,
            "embedder": chosen, "embedder_note": note,
            "questions": {"sql": list(SQL_QUESTIONS), "retrieval": list(TEXT_QUESTIONS),
                          "none": list(REFUSED_QUESTIONS), "cold_sql": COLD_SQL, "cold_retrieval": COLD_TEXT},
            "corpus": [{"doc_id": d.doc_id, "kind": d.kind, "pages": d.pages, "file": d.path.name}
                       for d in docs],
            "rows": rows, "growth": growth(rows), "e5": checks,
        }
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    _write_json(out_dir, results)
    plot_scale(results, out_dir / "scale.png")
    return results


def _write_json(out_dir: Path, results: dict) -> None:
    """scale.json (also after each count, marked incomplete, so that a failed run leaves its numbers)."""
    (out_dir / "scale.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def growth(rows: Sequence[dict]) -> dict:
    """The exponent b (p95 ∝ N^b) of every measured series, and whether it is sublinear (b < 1).

    A constant part (embedding the question, say) pulls the fitted b down at small N, so the exponent
    between the last two counts is given too: it shows where the largest index is heading.
    """
    keys = [f"{m}_{r}_p95_ms" for m in MODES for r in ROUTES]
    keys += ["engine_open_s", "vectors_load_s", "vectors_rss_mb", "cold_sql_s", "cold_retrieval_s",
             "answer_peak_rss_mb", "index_mb"]
    out = {}
    for key in keys:
        pts = [(r["documents"], r[key]) for r in rows if r.get(key)]
        b = growth_exponent(pts)
        if b is not None:
            last = growth_exponent(pts[-2:])
            out[key] = {"exponent": round(b, 3), "sublinear": b < 1, "last_step_exponent": round(last, 3),
                        "from": pts[0], "to": pts[-1]}
    return out


# ------------------------------------------------------------------------------------------ report

_COLUMNS = (  # (key, header, format)
    ("documents", "docs", "{:.0f}"), ("chunks", "chunks", "{:.0f}"),
    ("ingest_docs_per_s", "ing doc/s", "{:.2f}"), ("ingest_pdf_pages_per_s", "ing pg/s", "{:.1f}"),
    ("index_mb", "index MB", "{:.0f}"),
    ("scoped_sql_p95_ms", "sql p95", "{:.1f}"), ("scoped_retrieval_p95_ms", "text p95", "{:.1f}"),
    ("scoped_none_p95_ms", "none p95", "{:.1f}"), ("named_sql_p95_ms", "named sql", "{:.1f}"),
    ("unscoped_sql_p95_ms", "all: sql", "{:.0f}"), ("unscoped_retrieval_p95_ms", "all: text", "{:.1f}"),
    ("unscoped_none_p95_ms", "all: none", "{:.1f}"),
    ("cold_sql_s", "cold sql s", "{:.2f}"), ("cold_retrieval_s", "cold txt s", "{:.2f}"),
    ("vectors_load_s", "vec load s", "{:.2f}"), ("vectors_rss_mb", "vec MB", "{:.0f}"),
    ("answer_peak_rss_mb", "RSS MB", "{:.0f}"),
)


def render_scale(results: dict) -> str:
    """The scale results as a plain-text table (latencies are p95 in ms; 'all:' = unscoped)."""
    head = " ".join(f"{h:>10s}" for _, h, _ in _COLUMNS)
    lines = [head, "-" * len(head)]
    for row in results["rows"]:
        cells = []
        for key, _h, fmt in _COLUMNS:
            v = row.get(key)
            cells.append(f"{fmt.format(v) if v is not None else 'n/a':>10s}")
        lines.append(" ".join(cells))
    lines.append("-" * len(head))
    lines.append(f"embedder for the documents: {results['embedder']}. {results['embedder_note']}")
    for row in results["rows"]:
        if row.get("vectors_error"):
            lines.append(f"N={row['documents']}: the core could not open the vector store "
                         f"(after {row['vectors_failed_after_s']:.2f} s): {row['vectors_error'][:300]}")
            lines.append(f"    measured with a workaround: {row['vectors_workaround']}")
        for kind in ("sql", "retrieval"):
            if row.get(f"cold_{kind}_error"):
                lines.append(f"N={row['documents']}: the cold {kind} question got an error, not an answer: "
                             f"{row[f'cold_{kind}_error'][:200]}")
        if row.get("errors"):
            lines.append(f"N={row['documents']}: {len(row['errors'])} questions raised errors, e.g. "
                         f"{next(iter(row['errors'].items()))}")
    lines.append("growth exponent b (p95 ∝ N^b, least squares over all counts; sublinear when b < 1), "
                 "and b between the last two counts:")
    for key, g in results["growth"].items():
        lines.append(f"  {key:28s} b = {g['exponent']:6.3f}  {'sublinear' if g['sublinear'] else 'NOT sublinear':13s}"
                     f"  last step b = {g['last_step_exponent']:6.3f}"
                     f"  ({g['from'][1]} at N={g['from'][0]} -> {g['to'][1]} at N={g['to'][0]})")
    row = next((r for r in results["rows"] if r.get("profile")), None)
    for prof in row["profile"] if row else ():
        lines.append(f"profile at N={row['documents']}, {prof['mode']} {prof['route']} questions "
                     f"({prof['questions']} × {prof['repeat']}, {prof['seconds']:.2f} s): {prof['report']}")
        for f in prof["top_project_functions"][:8]:
            lines.append(f"  {f['cumulative_s']:8.3f} s cumulative {f['own_s']:8.3f} s own  {f['function']}")
    e5 = results.get("e5") or {}
    if e5.get("embedding"):
        r = e5["embedding"]
        lines.append(f"e5: {r['chunks_per_s']} chunks/s; a question embeds in {r['query_p50_ms']} ms "
                     f"(p95 {r['query_p95_ms']} ms)")
    if e5.get("pdf30"):
        p = e5["pdf30"]
        lines.append(f"e5: {p['pages']}-page generated PDF ({p['chunks']} chunks) ingested in {p['ingest_s']} s "
                     f"(target ≤ {p['target_s']} s: {'PASS' if p['pass'] else 'FAIL'})")
    if e5.get("real_pdfs"):
        p = e5["real_pdfs"]
        lines.append(f"e5: {p['documents']} real PDFs ({p['pages']} pages, {p['chunks']} chunks) ingested in "
                     f"{p['ingest_s']} s ({p['pages_per_s']} pages/s)")
        a = p.get("answering")
        if a:
            lines.append("    real dev questions: " + ", ".join(
                f"{r} p95 {a[f'{r}_p95_ms']} ms (n={a[f'{r}_n']})" for r in ROUTES if f"{r}_p95_ms" in a))
    return "\n".join(lines)
