"""python -m benchmarks [--index DIR] [--repeat N] [--quick] [--out DIR]
python -m benchmarks --scale 1,10,100,300 [--out DIR] [--embedder auto|e5|fake|hash] [--repeat N] [--cold-runs N]

The first form measures the bundled document (latency per route, cold start, batch, ingest, memory,
accuracy against a vector-only baseline) and writes results.json; the second builds indexes of that many
documents and writes scale.json, scale.png and a profile (see benchmarks/scale.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, default=None,
                        help="index folder to use (built there when empty); default: a fresh temporary "
                             "folder, so that ingest is measured")
    parser.add_argument("--repeat", type=int, default=None, metavar="N",
                        help="timed rounds over the questions after one warm-up round (default 10; --scale: 3)")
    parser.add_argument("--quick", action="store_true",
                        help="2 timed rounds and one cold start per route instead of 10 and 3")
    parser.add_argument("--out", type=Path, default=None, metavar="DIR",
                        help="folder for the results (default benchmarks/, or benchmarks/results-scale/ with "
                             "--scale; both git-ignored)")
    scale = parser.add_argument_group("scale run")
    scale.add_argument("--scale", default=None, metavar="N,N,...",
                       help="measure indexes of these numbers of documents, e.g. 1,10,100,300")
    scale.add_argument("--embedder", choices=("auto", "e5", "fake", "hash"), default="auto",
                       help="embedder for the scale documents: auto (e5 when the run would embed within 40 "
                            "minutes, else fake), e5, fake (hashed documents, e5 cost per question), hash")
    scale.add_argument("--cold-runs", type=int, default=1, metavar="N", help="cold starts per route and count")
    scale.add_argument("--no-e5-checks", action="store_true",
                       help="skip the real-model checks (30-page PDF ingest, the real PDFs)")
    scale.add_argument("--keep", action="store_true", help="keep the generated documents and indexes")
    args = parser.parse_args(argv)
    if args.repeat is not None and args.repeat < 1:
        parser.error("--repeat must be at least 1")

    if args.scale:
        from .scale import parse_counts, render_scale, run_scale

        try:
            counts = parse_counts(args.scale)
        except ValueError as e:
            parser.error(str(e))
        out = args.out or HERE / "results-scale"
        results = run_scale(counts, out_dir=out, embedder=args.embedder, rounds=args.repeat or 3,
                            cold_runs=max(1, args.cold_runs), e5=not args.no_e5_checks, keep=args.keep,
                            command=" ".join(["python -m benchmarks", *(argv if argv is not None else sys.argv[1:])]))
        print(render_scale(results))
        print(f"written to {out / 'scale.json'} and {out / 'scale.png'}")
        return 0

    from .measure import render, run, write

    repeat = args.repeat or (2 if args.quick else 10)
    results = run(index_dir=args.index, repeat=repeat, cold_runs=1 if args.quick else 3)
    print(render(results))
    path = write(results, (args.out or HERE) / "results.json")
    print(f"written to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
