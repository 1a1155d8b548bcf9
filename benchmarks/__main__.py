"""python -m benchmarks [--index DIR] [--repeat N] [--quick]: measure, print a table, write results.json."""

from __future__ import annotations

import argparse
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--index", type=Path, default=None,
                        help="index folder to use (built there when empty); default: a fresh temporary "
                             "folder, so that ingest is measured")
    parser.add_argument("--repeat", type=int, default=None, metavar="N",
                        help="timed rounds over the dev questions after one warm-up round (default 10)")
    parser.add_argument("--quick", action="store_true",
                        help="2 timed rounds and one cold start per route instead of 10 and 3")
    args = parser.parse_args(argv)
    if args.repeat is not None and args.repeat < 1:
        parser.error("--repeat must be at least 1")

    from .measure import render, run, write

    repeat = args.repeat or (2 if args.quick else 10)
    results = run(index_dir=args.index, repeat=repeat, cold_runs=1 if args.quick else 3)
    print(render(results))
    print(f"written to {write(results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
