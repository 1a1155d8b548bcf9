"""The scale run's measurements that need a process of their own (clean memory figures, a real cold start).

    python -m benchmarks.worker MODE < args.json      prints one JSON line (the result) on stdout

Modes (each reads its arguments as a JSON object on stdin):
    ingest   {index, paths, embedder}                   ingest_paths into index; seconds, peak RSS
    answer   {index, embedder, questions, rounds, profile}
             open the index, load the vectors, answer every question once untimed, then `rounds` times
             timed; latencies by mode and route, what opening cost, RSS; with `profile` (a folder), each
             route's scoped questions and its slowest mode are answered again under cProfile
             (profile_<route>_<mode>.txt there)
    cold     {index, embedder, question, doc}           from interpreter start to the first answer
    embed    {embedder, texts}                          the model's load time, chunks/s, query latency

`run(mode, args)` (in the parent) starts one and returns its result. Imports are made inside the
modes, so that `cold` pays for what a user's first question pays for, and nothing more.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_T0 = time.perf_counter()
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class WorkerError(RuntimeError):
    """A worker process failed; the message ends with its stderr."""


def run(mode: str, args: dict, *, timeout: float | None = None) -> dict:
    """Run one worker mode in a new Python process and return its result (wall_s added: spawn to result)."""
    env = dict(os.environ, PYTHONUNBUFFERED="1", PYTHONDONTWRITEBYTECODE="1")
    with tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "benchmarks.worker", mode], cwd=PROJECT_ROOT, env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, text=True)
        try:
            out, _ = proc.communicate(json.dumps(args, ensure_ascii=False), timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise WorkerError(f"{mode} worker timed out after {timeout} s") from None
        wall = time.perf_counter() - t
        lines = [ln for ln in out.splitlines() if ln.startswith("{")]
        if proc.returncode != 0 or not lines:
            err.seek(0)
            raise WorkerError(f"{mode} worker failed ({proc.returncode}): {err.read().decode(errors='replace')[-3000:]}")
    result = json.loads(lines[-1])
    result["wall_s"] = wall
    return result


# ------------------------------------------------------------------------------------ in the child


def status_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process, in MB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def _ingest(args: dict) -> dict:
    from ingest.build import ingest_paths

    from .embedders import make_embedder

    embedder = make_embedder(args["embedder"])
    t = time.perf_counter()
    result = ingest_paths([Path(p) for p in args["paths"]], Path(args["index"]), embedder=embedder)
    return {"seconds": time.perf_counter() - t, "added": len(result.added), "peak_rss_mb": status_mb("VmHWM")}


def _p95(xs: list[float]) -> float:
    from .measure import percentile

    return percentile(xs, 95) or 0.0


PAGE = 10_000  # records per read: chromadb binds one SQL variable per record for metadatas (limit 32,766)


def _paged_retriever(engine):
    """The engine's retriever with its vectors read page by page (only used when the core's load fails)."""
    import shutil

    import chromadb
    import chromadb.config
    import numpy as np

    from ingest.vectors import COLLECTION, StoredVectors
    from qa.retrieve import Retriever

    tmp = Path(tempfile.mkdtemp(prefix="budget-qa-bench-vectors-"))
    try:
        shutil.copytree(engine.build_dir / "chroma", tmp / "chroma")
        client = chromadb.PersistentClient(path=str(tmp / "chroma"),
                                           settings=chromadb.config.Settings(anonymized_telemetry=False))
        try:
            collection = client.get_collection(COLLECTION, embedding_function=None)
            ids, vectors, metadatas, documents = [], [], [], []
            for offset in range(0, collection.count(), PAGE):
                got = collection.get(include=["embeddings", "metadatas", "documents"], limit=PAGE, offset=offset)
                ids += got["ids"]
                vectors.append(np.asarray(got["embeddings"], dtype=np.float32))
                metadatas += got["metadatas"]
                documents += got["documents"]
        finally:
            client.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    store = StoredVectors(ids, np.concatenate(vectors), metadatas, documents, engine.embedder)
    engine._retriever = Retriever(engine.conn, store=store)  # noqa: SLF001 - the benchmark's workaround only
    return engine._retriever  # noqa: SLF001


def _answer(args: dict) -> dict:
    from ingest.search import base_tokenizer
    from qa import open_engine
    from qa.answer import refusal
    from qa.errors import BudgetQAError

    from .embedders import make_embedder

    out: dict = {"rss_start_mb": status_mb("VmRSS")}
    embedder = make_embedder(args["embedder"])
    t = time.perf_counter()
    reader = open_engine(Path(args["index"]), embedder=embedder, cached=False)
    out["open_s"] = time.perf_counter() - t
    out["rss_open_mb"] = status_mb("VmRSS")
    t = time.perf_counter()
    embedder.embed_query("预热")  # the model (if any) loads on its first query
    out["model_s"] = time.perf_counter() - t
    t = time.perf_counter()
    base_tokenizer()  # jieba's dictionary, loaded on the first text question
    out["jieba_s"] = time.perf_counter() - t
    rss = status_mb("VmRSS")
    t = time.perf_counter()
    import chromadb  # noqa: F401 - imported apart, so that the vector store's own cost shows

    out["chromadb_import_s"] = time.perf_counter() - t
    out["chromadb_import_rss_mb"] = status_mb("VmRSS") - rss
    rss = status_mb("VmRSS")
    t = time.perf_counter()
    try:
        retriever = reader.engine.retriever()  # the vector store, opened on the first text question
    except BudgetQAError as e:
        # the core cannot open its vector store: say so, and measure the rest with the vectors read in pages
        out["vectors_error"] = f"{type(e).__name__}: {e}; {e.__cause__!r}"
        out["vectors_failed_after_s"] = time.perf_counter() - t
        rss = status_mb("VmRSS")
        t = time.perf_counter()
        retriever = _paged_retriever(reader.engine)
        out["vectors_workaround"] = ("benchmarks.worker._paged_retriever: the collection read in pages of "
                                     f"{PAGE} records into ingest.vectors.StoredVectors")
    out["vectors_s"] = time.perf_counter() - t
    out["vectors_rss_mb"] = status_mb("VmRSS") - rss
    out["vectors_peak_rss_mb"] = status_mb("VmHWM")
    store = getattr(retriever, "_store", None)
    out["vectors"] = len(store) if store is not None and hasattr(store, "__len__") else None
    out["vector_store"] = type(store).__name__ if store is not None else None

    questions = args["questions"]

    def ask(item: dict):
        try:
            return reader.ask(item["q"], doc=item.get("doc"))
        except BudgetQAError as e:  # measured as route "error" (and reported), not a crash of the run
            out.setdefault("errors", {})[item["q"]] = str(e)
            return refusal(item["q"], str(e), error=str(e))

    for item in questions:  # warm-up: every lazy part is loaded before timing
        ask(item)
    ms: dict[str, dict[str, list[float]]] = {}
    routes: dict[str, str] = {}
    for _ in range(args["rounds"]):
        for item in questions:
            t = time.perf_counter()
            a = ask(item)
            route = "error" if a.error else a.route
            ms.setdefault(item["mode"], {}).setdefault(route, []).append((time.perf_counter() - t) * 1000)
            routes[f"{item['mode']}|{item.get('doc') or '*'}|{item['q']}"] = route
    out["ms"] = ms
    out["routes"] = routes
    out["rss_end_mb"] = status_mb("VmRSS")
    out["peak_rss_mb"] = status_mb("VmHWM")
    if args.get("profile"):
        out["profile"] = _profile(reader, questions, routes, ms, Path(args["profile"]))
    reader.close()
    return out


def _profile(reader, questions: list[dict], routes: dict[str, str], ms: dict, folder: Path,
             repeat: int = 3) -> list[dict]:
    """For each route, answer its scoped questions and its slowest mode's `repeat` times under cProfile.

    Reports go to folder/profile_<route>_<mode>.txt (cumulative and own time); the result lists, per
    group, the project's functions with the most cumulative time and the functions with the most own time.
    """
    import cProfile
    import io
    import pstats

    out = []
    width = len(str(PROJECT_ROOT)) + 1
    groups = []
    for route in sorted({r for by in ms.values() for r in by}):
        slowest = max((m for m, by in ms.items() if route in by), key=lambda m: _p95(ms[m][route]))
        groups += [(route, m) for m in dict.fromkeys(("scoped", slowest)) if route in ms.get(m, {})]
    for route, mode in groups:
        group = [q for q in questions if q["mode"] == mode
                 and routes.get(f"{q['mode']}|{q.get('doc') or '*'}|{q['q']}") == route]
        prof = cProfile.Profile()
        t = time.perf_counter()
        prof.enable()
        for _ in range(repeat):
            for item in group:
                reader.ask(item["q"], doc=item.get("doc"))
        prof.disable()
        seconds = time.perf_counter() - t
        path = folder / f"profile_{route}_{mode}.txt"
        text = io.StringIO()
        text.write(f"cProfile: {len(group)} questions × {repeat}, mode {mode}, route {route}: "
                   f"{seconds:.3f} s under the profiler\n")
        for q in group:
            text.write(f"  {q['q']}  (doc={q.get('doc') or '*'})\n")
        stats = pstats.Stats(prof, stream=text)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(30)
        path.write_text(text.getvalue(), encoding="utf-8")
        top = sorted(((cum, own, f"{file[width:]}:{line}({func})")
                      for (file, line, func), (_cc, _nc, own, cum, _callers) in stats.stats.items()
                      if file.startswith(str(PROJECT_ROOT)) and "/.venv/" not in file), reverse=True)
        heavy = sorted(((own, cum, f"{file.rsplit('/', 1)[-1]}:{line}({func})")
                        for (file, line, func), (_cc, _nc, own, cum, _callers) in stats.stats.items()),
                       reverse=True)
        out.append({"route": route, "mode": mode, "questions": len(group), "repeat": repeat,
                    "seconds": round(seconds, 3), "report": str(path),
                    "top_project_functions": [{"function": f, "cumulative_s": round(c, 3), "own_s": round(o, 3)}
                                              for c, o, f in top[:15]],
                    "top_own_time": [{"function": f, "own_s": round(o, 3), "cumulative_s": round(c, 3)}
                                     for o, c, f in heavy[:10]]})
    return out


def _cold(args: dict) -> dict:
    from qa import open_engine
    from qa.errors import BudgetQAError

    from .embedders import make_embedder

    reader = open_engine(Path(args["index"]), embedder=make_embedder(args["embedder"]), cached=False)
    try:
        route, error = reader.ask(args["question"], doc=args.get("doc")).route, None
    except BudgetQAError as e:  # the user got an error message instead of an answer: timed all the same
        route, error = "error", str(e)
    return {"route": route, "error": error, "in_process_s": time.perf_counter() - _T0,
            "peak_rss_mb": status_mb("VmHWM")}


def _embed(args: dict) -> dict:
    from .embedders import make_embedder

    embedder = make_embedder(args["embedder"])
    t = time.perf_counter()
    embedder.embed_query("预热")
    load_s = time.perf_counter() - t
    texts = args["texts"]
    t = time.perf_counter()
    embedder.embed_documents(texts)
    seconds = time.perf_counter() - t
    qs = []
    for q in ("部门的主要职责是什么？", "什么是“三公”经费？", "差旅费是多少？", "机构设置情况如何？") * 5:
        t = time.perf_counter()
        embedder.embed_query(q)
        qs.append((time.perf_counter() - t) * 1000)
    from .measure import percentile

    return {"load_s": load_s, "chunks": len(texts), "seconds": seconds, "chunks_per_s": len(texts) / seconds,
            "query_p50_ms": percentile(qs, 50), "query_p95_ms": percentile(qs, 95)}


MODES = {"ingest": _ingest, "answer": _answer, "cold": _cold, "embed": _embed}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1 or argv[0] not in MODES:
        print(f"usage: python -m benchmarks.worker {{{'|'.join(MODES)}}} < args.json", file=sys.stderr)
        return 2
    args = json.loads(sys.stdin.read())
    result = MODES[argv[0]](args)
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
