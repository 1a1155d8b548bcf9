"""Score the gold question sets the way the tests do, set by set, and write every answer to a folder.

    .venv/bin/python scripts/score_sets.py [--cache DIR] [--out DIR] [--verbose] [SET ...]

SET is `dev`, `dev_real`, `blind_<letter>` (tests/conftest.py BLIND_INDEXES), one of the older named sets (NAMED: the
documents of the test fixture each was written on) or `all` (the default: every one of them). Each
set's documents are generated and indexed once with the default embedder, in --cache (default
~/.cache/budget-qa/sets); the answers go to --out (default a new temporary folder), one JSONL per set,
for comparing two runs. The last line is the total, with the wrong-answer figure of ../shared/eval/score.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.build import current_build, ingest_paths  # noqa: E402
from ingest.embedders import E5Embedder  # noqa: E402
from qa.engine import Engine  # noqa: E402
from qa.evaluate import judge  # noqa: E402
from tests import conftest as C  # noqa: E402
from tests.pdfgen import random_spec, write_pdf  # noqa: E402
from tests.synthetic import make_budget, multi_unit_spec  # noqa: E402

REAL = C.SHARED / "data" / "real"
_W24, _W25, _C25 = ("上海市普陀区人民政府万里街道办事处24年预算.pdf", "上海市普陀区人民政府万里街道办事处25年预算.pdf",
                    "上海市普陀区商务委员会25年预算.pdf")
# the older gold sets, each on the documents of the test fixture it is scored on (tests/conftest.py), named as
# there (`gen_name`: the generated PDF's file name, when the fixture does not call it gen_sh<seed>.pdf)
NAMED = {
    "bundled_personas": {"bundled": True},
    "generated_two_docs": {"synthetic": ["dongcheng", "haidian"]},
    "real_pdfs": {"real": [_W24, _W25, _C25]},
    "beijing_blind": {"bundled": True, "synthetic": ["dongcheng", "haidian"]},
    "shanghai_blind": {"real": [_W24, _W25, _C25], "seed": 11, "gen_name": "gen_sh.pdf"},
    "mixed_blind": {"bundled": True, "synthetic": ["dongcheng", "haidian"], "seed": 11, "gen_name": "gen_sh.pdf",
                    "real": [_W24, _W25, _C25]},
    "fresh_beijing": {"bundled": True, "synthetic": "dongcheng"},
    "fresh_shanghai": {"real": [_W25], "seed": 37},
    "final_blind": {"real": [_C25], "seed": 23, "synthetic": "haidian"},
    "last_blind": {"real": [_W24], "seed": 41, "bundled": True},
}


def _ingest_code() -> str:
    """A fingerprint of the code and vocabulary that make an index, so that a cached index made by another
    version of them (or of the generators of the test documents) is never reused (its facts or rows could differ)."""
    root = Path(__file__).resolve().parent.parent
    files = [*(root / "ingest").rglob("*"), root / "tests" / "pdfgen.py", root / "tests" / "synthetic.py"]
    h = hashlib.sha1()
    for f in sorted(p for p in files if p.is_file() and p.suffix in (".py", ".json", ".txt")):
        h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:12]


def build(spec: dict, cache: Path, embedder) -> Engine:
    key = json.dumps({**spec, "ingest": _ingest_code()}, sort_keys=True, ensure_ascii=False)
    folder = cache / f"idx-{hashlib.sha1(key.encode()).hexdigest()[:10]}"
    if not (folder / "done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        (folder / "docs").mkdir(parents=True)
        paths = [REAL / r for r in spec.get("real", ())]
        if spec.get("seed") is not None:
            paths.append(folder / "docs" / spec.get("gen_name", f"gen_sh{spec['seed']}.pdf"))
            write_pdf(random_spec(spec["seed"]), paths[-1])
        synthetic = spec.get("synthetic") or ()
        for which in (synthetic,) if isinstance(synthetic, str) else synthetic:
            made, name = {"dongcheng": (None, "dongcheng_health_2024.txt"),
                          "haidian": (multi_unit_spec(), "haidian_landscape_2025.txt")}[which]
            paths.append(folder / "docs" / name)
            paths[-1].write_text(make_budget(made), encoding="utf-8")
        if spec.get("bundled"):
            paths.append(C.REAL_DOC)
        started = time.time()
        ingest_paths(paths, folder / "index", embedder=embedder)
        (folder / "done").write_text(key, encoding="utf-8")
        print(f"# indexed {folder.name} in {time.time() - started:.0f} s", file=sys.stderr)
    return Engine(current_build(folder / "index"), embedder=embedder)


def load(name: str) -> tuple[list[dict], dict]:
    if name == "dev":
        return C.read_jsonl(C.FIXTURES / "dev.jsonl"), {"bundled": True}
    if name == "dev_real":
        return (C.read_jsonl(C.SHARED / "eval" / "real" / "dev_real.jsonl"),
                {"real": sorted(p.name for p in REAL.glob("*.pdf"))})
    if name in NAMED:
        return C.read_jsonl(C.GOLD / f"{name}.jsonl"), dict(NAMED[name])
    return C.read_jsonl(C.GOLD / f"{name}.jsonl"), dict(C.BLIND_INDEXES[name.removeprefix("blind_")])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", default=["all"])
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "budget-qa" / "sets")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--verbose", action="store_true", help="print every question not answered strictly")
    args = ap.parse_args()
    names = ["dev", "dev_real", *NAMED, *(f"blind_{k}" for k in C.BLIND_INDEXES)] if args.sets == ["all"] else args.sets
    if not REAL.is_dir():
        names = [n for n in names if n != "dev_real" and not load(n)[1].get("real")]
    out = args.out or Path(tempfile.mkdtemp(prefix="budget-qa-sets-"))
    out.mkdir(parents=True, exist_ok=True)
    embedder, engines = E5Embedder(), {}
    total = [0, 0, 0, 0]  # strict, questions, wrong, answered
    for name in names:
        golds, spec = load(name)
        key = json.dumps(spec, sort_keys=True)
        engine = engines.get(key) or engines.setdefault(key, build(spec, args.cache, embedder))
        records, strict, wrong = [], 0, 0
        for g in golds:
            doc = g.get("doc")
            a = engine.ask(g["q"], doc=None if doc in (None, "*", "real", "multi") else doc,
                           history=g.get("history") or ())
            rec = {"id": g["id"], "question": g["q"], **a.to_dict()}
            records.append(rec)
            j = judge(g, rec)
            strict, wrong = strict + j.strict, wrong + j.wrong
            if args.verbose and not j.strict:
                print(f"  {'WRONG' if j.wrong else 'miss '} {g['id']} {g['q']} -> {j.why}")
        answered = sum(r["route"] != "none" for r in records)
        (out / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                           encoding="utf-8")
        print(f"{name}: strict {strict}/{len(golds)} wrong {wrong}/{answered}", flush=True)
        total = [total[0] + strict, total[1] + len(golds), total[2] + wrong, total[3] + answered]
    pct = 100 * total[0] / max(total[1], 1)
    print(f"TOTAL strict {total[0]}/{total[1]} ({pct:.1f}%), wrong {total[2]}/{total[3]} answered; answers in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
