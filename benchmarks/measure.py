"""What `python -m benchmarks` measures, and the report it prints and writes.

    measure_ingest(docs, index_dir)          -> IngestTimes, and the embedder it loaded
    measure_latency(ask, questions, rounds)  -> Latency (milliseconds per route, warm)
    measure_batch(ask, questions, n=200)     -> questions per second through qa.batch.run_batch
    measure_cold_start(question, index_dir)  -> ColdStart (a new Python process, until it prints)
    measure_pdf_ingest(embedder_spec)        -> a generated 30-page PDF's ingest (a process of its own)
    score(ask, gold)                         -> strict dev-set percentage (qa.evaluate)
    run(index_dir=..., repeat=10, ...)       -> the results dict written to results.json

Latencies are `time.perf_counter` around one `ask`; the route is the answer's own. Memory is
`ru_maxrss` (kilobytes on Linux). Everything runs in this process except the cold starts.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from qa.answer import Answer

PROJECT_ROOT = Path(__file__).resolve().parent.parent
GOLD = PROJECT_ROOT / "tests" / "fixtures" / "dev.jsonl"
RESULTS = Path(__file__).resolve().parent / "results.json"
BATCH_SIZE = 200

# (key, comparison, threshold): a result passes when `value <op> threshold`
TARGETS: tuple[tuple[str, str, float], ...] = (
    ("sql_p95_ms", "<=", 10),  # issue 9
    ("retrieval_p95_ms", "<=", 60),  # issue 9
    ("cold_start_s", "<=", 5),
    ("batch_qps", ">=", 20),
    ("ingest_s", "<=", 90),
    ("pdf30_ingest_s", "<=", 30),  # issue 10: a 30-page PDF, embeddings included
    ("reingest_unchanged_s", "<=", 3),
    ("peak_rss_mb", "<=", 1500),
    ("accuracy_gap", ">=", 45),
)

Ask = Callable[[str], Answer]


def percentile(values: Sequence[float], p: float) -> float | None:
    """The p-th percentile (0..100) with linear interpolation between closest ranks; None when empty.

    >>> percentile([1, 2, 3, 4], 50)
    2.5
    >>> percentile([5.0], 95)
    5.0
    """
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * p / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def _mb(kilobytes: int) -> float:
    return kilobytes / 1024


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Largest resident set size so far of this process (or of its waited-for children), in MB."""
    return _mb(resource.getrusage(who).ru_maxrss)


def disk_mb(folder: Path) -> float:
    """Space the files under `folder` take on disk (like du; symlinks not followed), in MB."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            st = os.lstat(os.path.join(root, name))
            total += st.st_blocks * 512
    return total / 2**20


def _cpu_snapshot() -> tuple[float, float, float]:
    """(wall clock, CPU seconds busy on the whole machine, CPU seconds of this process and its children)."""
    busy = 0.0
    with contextlib.suppress(OSError):
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
        # user nice system idle iowait irq softirq steal
        busy = sum(int(fields[i]) for i in (0, 1, 2, 5, 6, 7)) / os.sysconf("SC_CLK_TCK")
    t = os.times()
    return time.perf_counter(), busy, t.user + t.system + t.children_user + t.children_system


def others_cpu_pct(start: tuple[float, float, float], end: tuple[float, float, float]) -> float:
    """Share of the machine's CPU capacity that other processes used between two snapshots, in percent."""
    wall = end[0] - start[0]
    others = (end[1] - start[1]) - (end[2] - start[2])
    return max(0.0, 100 * others / (wall * len(os.sched_getaffinity(0)))) if wall > 0 else 0.0


# ------------------------------------------------------------------------------------- ingest


@dataclass(frozen=True)
class IngestTimes:
    """ingest_s is None when the index already held the documents (nothing was built)."""

    ingest_s: float | None
    reingest_unchanged_s: float
    index_mb: float


def measure_ingest(docs: Sequence[Path], index_dir: Path, *, embedder_spec: str = "e5"):
    """Build index_dir from docs with a freshly made (not yet loaded) embedder, then re-ingest unchanged.

    Returns (IngestTimes, embedder), the embedder loaded so that the engine can reuse it.
    """
    from ingest.build import ingest_paths
    from ingest.embedders import make_embedder

    embedder = make_embedder(embedder_spec)
    t = time.perf_counter()
    first = ingest_paths(docs, index_dir, embedder=embedder)
    ingest_s = time.perf_counter() - t if first.changed else None
    t = time.perf_counter()
    again = ingest_paths(docs, index_dir, embedder=embedder)
    reingest_s = time.perf_counter() - t
    if again.changed:
        raise RuntimeError(f"re-ingesting unchanged documents rebuilt {again.added}")
    return IngestTimes(ingest_s, reingest_s, disk_mb(index_dir)), embedder


# ------------------------------------------------------------------------------------ latency


@dataclass(frozen=True)
class Latency:
    """Warm latencies in milliseconds by route, and each question's route."""

    ms: dict[str, list[float]] = field(default_factory=dict)
    routes: dict[str, str] = field(default_factory=dict)  # question -> route

    def p(self, route: str, pct: float) -> float | None:
        return percentile(self.ms.get(route, []), pct)

    def all_ms(self) -> list[float]:
        return [x for xs in self.ms.values() for x in xs]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {"sql": 0, "retrieval": 0, "none": 0}
        for route in self.routes.values():
            out[route] = out.get(route, 0) + 1
        return out


def measure_latency(ask: Ask, questions: Sequence[str], *, rounds: int, warmup: int = 1,
                    before: Callable[[], None] | None = None) -> Latency:
    """Ask every question `warmup` times untimed, then `rounds` times timed, round by round.

    `before` runs untimed before each timed question: the embedder's `forget_queries`, so that a question
    asked again is embedded again (its first asking is what is timed, not the memo of it)."""
    for _ in range(warmup):
        for q in questions:
            ask(q)
    ms: dict[str, list[float]] = {}
    routes: dict[str, str] = {}
    for _ in range(rounds):
        for q in questions:
            if before is not None:
                before()
            t = time.perf_counter()
            a = ask(q)
            ms.setdefault(a.route, []).append((time.perf_counter() - t) * 1000)
            routes[q] = a.route
    return Latency(ms, routes)


def measure_batch(ask: Ask, questions: Sequence[str], *, n: int = BATCH_SIZE) -> float:
    """Questions per second for n questions (the given ones cycled) through qa.batch.run_batch."""
    from qa.batch import BatchQuestion, run_batch

    batch = [BatchQuestion(index=i + 1, question=questions[i % len(questions)], id=i) for i in range(n)]
    t = time.perf_counter()
    records = run_batch(batch, ask)
    seconds = time.perf_counter() - t
    errors = [r for r in records if r.get("error")]
    if errors:
        raise RuntimeError(f"{len(errors)} batch questions failed, e.g. {errors[0]['error']}")
    return n / seconds


def score(ask: Ask, gold: Sequence[dict]):
    """The EvalReport of `ask` on gold lines, answered through run_batch like `budget-qa eval`."""
    from qa.batch import BatchQuestion, run_batch
    from qa.evaluate import evaluate

    qs = [BatchQuestion(index=i, question=str(g["q"]), id=g["id"]) for i, g in enumerate(gold, 1)]
    return evaluate(list(gold), run_batch(qs, ask))


def measure_pdf_ingest(embedder_spec: str) -> dict:
    """Ingest the generated 30-page PDF into a fresh index in a process of its own (model load included)."""
    from .corpus import thirty_page_pdf
    from .worker import run as run_worker

    with tempfile.TemporaryDirectory(prefix="budget-qa-pdf30-") as tmp:
        pdf = thirty_page_pdf(Path(tmp))
        got = run_worker("ingest", {"index": str(Path(tmp) / "index"), "paths": [str(pdf.path)],
                                    "embedder": embedder_spec})
    return {"pages": pdf.pages, "seconds": got["seconds"], "peak_rss_mb": got["peak_rss_mb"]}


# --------------------------------------------------------------------------------- cold start

_COLD_START = """\
import sys, time
t = time.perf_counter()
from qa import ask
a = ask(sys.argv[1], index=sys.argv[2])
print(a.route, time.perf_counter() - t, flush=True)
with open("/proc/self/status") as f:
    print(next((ln.split()[1] for ln in f if ln.startswith("VmHWM:")), 0), flush=True)
"""


@dataclass(frozen=True)
class ColdStart:
    """wall_s: from spawning `python` until its answer line arrived; in_process_s: after interpreter start.

    peak_rss_mb is the child's own VmHWM. RUSAGE_CHILDREN is not used for it: Python starts children
    with vfork+exec, and Linux then carries the parent's high-water mark over into the child's
    ru_maxrss, so RUSAGE_CHILDREN reports max(parent, child) (checked: a parent holding 500 MB sees
    ~514 MB for `python -c pass`, whose VmHWM is 13 MB).
    """

    question: str
    route: str
    wall_s: float
    in_process_s: float
    peak_rss_mb: float


def measure_cold_start(question: str, index_dir: Path) -> ColdStart:
    """Answer one question in a new Python process over an existing index; time until it prints."""
    env = dict(os.environ, BUDGET_QA_INDEX=str(index_dir), PYTHONUNBUFFERED="1")
    with tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", _COLD_START, question, str(index_dir)], env=env,
                                stdout=subprocess.PIPE, stderr=err, text=True)
        line = proc.stdout.readline()
        wall = time.perf_counter() - t
        hwm = proc.stdout.read().strip() or "0"
        proc.wait()
        if proc.returncode != 0 or not line.strip():
            err.seek(0)
            raise RuntimeError(f"cold start failed ({proc.returncode}): {err.read().decode()[-2000:]}")
    route, inner = line.split()
    return ColdStart(question, route, wall, float(inner), _mb(int(hwm)))


# ---------------------------------------------------------------------------------------- run


def machine() -> dict:
    cpu = ""
    with contextlib.suppress(OSError):
        cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                    if ln.startswith("model name")), "")
    return {"nproc": len(os.sched_getaffinity(0)), "cpu": cpu, "python": platform.python_version(),
            "omp_num_threads": os.environ.get("OMP_NUM_THREADS"),
            "platform": platform.platform(), "memory_gb": round(os.sysconf("SC_PHYS_PAGES")
                                                              * os.sysconf("SC_PAGE_SIZE") / 2**30, 1)}


def _say(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def _round(x: float | None, digits: int = 2) -> float | None:
    return None if x is None else round(x, digits)


def check_targets(results: dict) -> dict[str, dict]:
    out = {}
    for key, op, limit in TARGETS:
        value = results.get(key)
        ok = None if value is None else (value <= limit if op == "<=" else value >= limit)
        out[key] = {"target": f"{op} {limit}", "value": value, "pass": ok}
    return out


def run(*, index_dir: Path | None = None, repeat: int = 10, cold_runs: int = 3,
        batch_size: int = BATCH_SIZE, gold_path: Path = GOLD) -> dict:
    """Measure everything; index_dir None builds a fresh index in a temporary folder (ingest timed)."""
    from ingest.build import current_build
    from ingest.vectors import load_chunks, open_store
    from qa import open_engine
    from qa.config import Settings, bundled_documents
    from qa.evaluate import read_gold

    from .baseline import VectorBaseline

    settings = Settings.from_env()
    docs = bundled_documents(settings.data_dir)
    gold = read_gold(gold_path)
    questions = [str(g["q"]) for g in gold]
    given, tmp = index_dir, None
    if index_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="budget-qa-bench-")
        index_dir = Path(tmp.name) / "index"
    try:
        load_start = os.getloadavg()
        cpu_start = _cpu_snapshot()
        _say(f"ingesting {', '.join(p.name for p in docs)} into {index_dir} (embedder {settings.embedder})")
        ingest, embedder = measure_ingest(docs, index_dir, embedder_spec=settings.embedder)
        rss_after_ingest = peak_rss_mb()

        _say("answering the dev set (warm-up and accuracy)")
        engine = open_engine(index_dir, embedder=embedder, settings=settings, cached=False)
        t = time.perf_counter()
        report = score(engine.ask, gold)
        first_pass_s = time.perf_counter() - t
        _say(f"timing {repeat} rounds of {len(questions)} questions")
        lat = measure_latency(engine.ask, questions, rounds=repeat, warmup=0,
                              before=getattr(embedder, "forget_queries", None))
        _say(f"batch of {batch_size}")
        qps = measure_batch(engine.ask, questions, n=batch_size)
        rss = peak_rss_mb()

        _say("vector-only baseline")
        store = open_store(current_build(index_dir) / "chroma", embedder)
        chunks = load_chunks(engine.conn)
        base = VectorBaseline(store, chunks)
        base_report = score(base.ask, gold)
        base_lat = measure_latency(base.ask, questions, rounds=repeat, warmup=0,
                                   before=getattr(embedder, "forget_queries", None))
        kind_report = score(VectorBaseline(store, chunks, unit_required=True).ask, gold)
        engine.close()

        cold = []
        for route in ("sql", "retrieval"):
            q = next((q for q, r in lat.routes.items() if r == route), None)
            for i in range(cold_runs if q else 0):
                _say(f"cold start {i + 1}/{cold_runs} ({route}): {q}")
                cold.append(measure_cold_start(q, index_dir))
        _say("ingesting a generated 30-page PDF (its own process)")
        pdf30 = measure_pdf_ingest(settings.embedder)
        rss_children = peak_rss_mb(resource.RUSAGE_CHILDREN)
        others = others_cpu_pct(cpu_start, _cpu_snapshot())
    finally:
        if tmp is not None:
            tmp.cleanup()

    cold_by_route = {r: percentile([c.wall_s for c in cold if c.route == r], 50) for r in {c.route for c in cold}}
    worst = max(cold_by_route, key=cold_by_route.get, default=None)
    results: dict = {
        "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "loadavg_1m_start": round(load_start[0], 2),
        "other_processes_cpu_pct": round(others, 1),
        "n_questions": len(questions),
        "rounds": repeat,
        "cold_runs": cold_runs,
        "index": str(given) if given else "fresh temporary folder",
        "routes": lat.counts(),
        **{f"{r}_p{p}_ms": _round(lat.p(r, p)) for r in ("sql", "retrieval", "none") for p in (50, 95)},
        "sql_max_ms": _round(max(lat.ms.get("sql", [0]))),
        "retrieval_max_ms": _round(max(lat.ms.get("retrieval", [0]))),
        "all_p95_ms": _round(percentile(lat.all_ms(), 95)),
        "first_pass_s": _round(first_pass_s),
        "cold_start_s": _round(max(cold_by_route.values()) if cold_by_route else None),
        **{f"cold_start_{r}_s": _round(s) for r, s in sorted(cold_by_route.items())},
        "cold_start_in_process_s": _round(percentile([c.in_process_s for c in cold if c.route == worst], 50)),
        "cold_start_runs": [{"route": c.route, "wall_s": _round(c.wall_s, 3), "in_process_s": _round(c.in_process_s, 3),
                             "peak_rss_mb": _round(c.peak_rss_mb, 1)} for c in cold],
        "peak_rss_cold_mb": _round(max((c.peak_rss_mb for c in cold), default=None), 1),
        "peak_rss_children_rusage_mb": _round(rss_children, 1),  # inflated by this process: see ColdStart
        "batch_size": batch_size,
        "batch_qps": _round(qps, 1),
        "ingest_s": _round(ingest.ingest_s),
        "reingest_unchanged_s": _round(ingest.reingest_unchanged_s, 3),
        "index_mb": _round(ingest.index_mb),
        "pdf30_pages": pdf30["pages"],
        "pdf30_ingest_s": _round(pdf30["seconds"]),
        "pdf30_peak_rss_mb": _round(pdf30["peak_rss_mb"], 1),
        "peak_rss_mb": _round(rss, 1),
        "peak_rss_after_ingest_mb": _round(rss_after_ingest, 1),
        "accuracy": _round(report.strict_pct, 1),
        "accuracy_by_category": {c: f"{s}/{t}" for c, (t, _lo, s) in report.by_category().items()},
        "failures": [f"{j.id} {j.question} -> {j.why}" for j in report.judgements if not j.strict],
        "baseline_accuracy": _round(base_report.strict_pct, 1),
        "baseline_by_category": {c: f"{s}/{t}" for c, (t, _lo, s) in base_report.by_category().items()},
        "baseline_p50_ms": _round(percentile(base_lat.all_ms(), 50)),
        "baseline_p95_ms": _round(percentile(base_lat.all_ms(), 95)),
        "baseline_unit_first_accuracy": _round(kind_report.strict_pct, 1),
    }
    results["accuracy_gap"] = _round(results["accuracy"] - results["baseline_accuracy"], 1)
    results["targets"] = check_targets(results)
    return results


# ------------------------------------------------------------------------------------- report

_ROWS = (  # (key, label, unit)
    ("sql_p50_ms", "SQL route p50", "ms"), ("sql_p95_ms", "SQL route p95", "ms"),
    ("retrieval_p50_ms", "retrieval route p50", "ms"), ("retrieval_p95_ms", "retrieval route p95", "ms"),
    ("none_p50_ms", "refusal (none) p50", "ms"), ("none_p95_ms", "refusal (none) p95", "ms"),
    ("cold_start_s", "cold start (worst route, median)", "s"),
    ("cold_start_sql_s", "  cold start, SQL question", "s"),
    ("cold_start_retrieval_s", "  cold start, retrieval question", "s"),
    ("batch_qps", "batch throughput", "q/s"),
    ("ingest_s", "ingest from scratch", "s"), ("reingest_unchanged_s", "re-ingest unchanged", "s"),
    ("pdf30_ingest_s", "ingest a 30-page PDF (generated)", "s"),
    ("index_mb", "index size on disk", "MB"),
    ("peak_rss_mb", "peak RSS (ingest+answer process)", "MB"),
    ("peak_rss_after_ingest_mb", "  peak RSS after ingest", "MB"),
    ("peak_rss_cold_mb", "peak RSS (cold-start process)", "MB"),
    ("accuracy", "accuracy (strict, dev)", "%"), ("baseline_accuracy", "vector-only baseline accuracy", "%"),
    ("baseline_unit_first_accuracy", "  baseline, first number with a unit", "%"),
    ("accuracy_gap", "accuracy - baseline", "pts"),
    ("baseline_p95_ms", "baseline p95", "ms"),
)


def render(results: dict) -> str:
    """The results as a plain-text table with each target's verdict."""
    targets = results.get("targets", {})
    lines = [f"{'metric':38s} {'value':>10s} {'unit':4s}  {'target':>9s}  result", "-" * 76]
    for key, label, unit in _ROWS:
        value = results.get(key)
        t = targets.get(key)
        verdict = "" if t is None else {True: "PASS", False: "FAIL", None: "n/a"}[t["pass"]]
        shown = "n/a" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)
        lines.append(f"{label:38s} {shown:>10s} {unit:4s}  {t['target'] if t else '':>9s}  {verdict}")
    m = results["machine"]
    lines += [
        "-" * 76,
        f"questions: {results['n_questions']} × {results['rounds']} rounds; routes {results['routes']}; "
        f"batch of {results['batch_size']}",
        f"machine: {m['nproc']} CPUs ({m['cpu']}), {m['memory_gb']} GB, Python {m['python']}, {m['platform']}",
        f"targets: {sum(bool(t['pass']) for t in targets.values())}/{len(targets)} met",
    ]
    busy = results["other_processes_cpu_pct"]
    lines.append(f"other processes used {busy:.1f}% of the machine's CPU during the run "
                 f"(1-min load average before it: {results['loadavg_1m_start']:.2f})")
    if busy > 10:
        lines.append("WARNING: the machine was busy: timings are inflated by other processes; run again when idle")
    return "\n".join(lines)


def write(results: dict, path: Path = RESULTS) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
