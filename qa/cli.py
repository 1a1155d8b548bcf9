"""The `budget-qa` command: a thin edge that parses arguments, calls the library and renders results.

Our errors (BudgetQAError) become one line on stderr and exit status 2. Anything else is a bug: its
traceback goes to the log file (`qa.config.configure_logging`), the screen gets one line naming it.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from .config import PROJECT_ROOT, Settings, configure_logging
from .errors import BudgetQAError
from .normalize import fmt_number

logger = logging.getLogger("budget_qa.cli")

INGEST_TIME_LIMIT = 30 * 60  # seconds; `budget-qa ingest --time-limit` changes it


def _err(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _bar(desc: str, total: int | None = None):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="", file=sys.stderr, dynamic_ncols=True,
                disable=not sys.stderr.isatty() and os.environ.get("BUDGET_QA_PROGRESS") != "1")


def _ingest_progress():
    bar = _bar("建立索引", total=100)

    def update(message: str, fraction: float) -> None:
        bar.set_description_str(message[:30])
        bar.n = int(fraction * 100)
        bar.refresh()

    return bar, update


def _engine(args):
    from . import open_engine

    bar, update = _ingest_progress()
    try:
        return open_engine(args.index, progress=update)
    finally:
        bar.close()


def cmd_ingest(args) -> int:
    from ingest import embedders
    from ingest.build import ingest_paths

    settings = Settings.from_env()
    index = Path(args.index) if args.index else settings.index_dir
    bar, update = _ingest_progress()
    try:
        result = ingest_paths(args.paths, index, embedder=embedders.make_embedder(args.embedder or settings.embedder),
                              progress=update, on_wait=_err, time_limit=args.time_limit or None)
    finally:
        bar.close()
    if result.added:
        print(f"已写入 {len(result.added)} 个文件：{'、'.join(result.added)}（{result.seconds:.1f} 秒）")
    if result.unchanged:
        print(f"未变化，跳过：{'、'.join(result.unchanged)}")
    print(f"索引位置：{result.index_dir}")
    return 0


def cmd_check(args) -> int:
    from ingest.consistency import load_findings

    eng = _engine(args)
    docs = eng.documents()
    findings = load_findings(eng.conn, None)
    if args.json:
        print(json.dumps({"documents": [d.__dict__ for d in docs],
                          "findings": [f.__dict__ for f in findings]}, ensure_ascii=False, indent=2, default=list))
        return 0
    for d in docs:
        figs = "，".join(f"{label} {fmt_number(v)} {u}" for label, v, u in d.key_figures)
        print(f"{d.department} {d.year or ''}年（{d.source}）：{figs}")
    if not findings:
        print("一致性检查：未发现问题。")
        return 0
    print(f"一致性检查发现 {len(findings)} 处问题：")
    for f in findings:
        if f.stated_page:  # a PDF: pages are what a reader can find
            pages = "、".join(str(x) for x in f.computed_pages[:6])
            print(f"- [{f.severity}] {f.message}（陈述：第{f.stated_page}页；计算依据：第{pages}页）")
        else:
            lines = "、".join(str(x) for x in f.computed_lines[:6])
            print(f"- [{f.severity}] {f.message}（陈述：第{f.stated_line}行；计算依据：第{lines}行）")
    return 0


def _print_answer(a, as_json: bool) -> None:
    if as_json:
        print(json.dumps(a.to_dict(), ensure_ascii=False, indent=2))
        return
    badge = {"sql": "数据查询", "retrieval": "文本检索", "none": "未找到"}[a.route]
    print(f"[{badge}] {a.text}")
    for c in a.citations[:8]:
        where = f"{c.table or c.table_title} 第{c.row}行" if (c.table or c.table_title) else (c.section or "正文")
        place = f"第{c.page}页" if c.page else f"第{c.line}行"
        print(f"  - {c.source} {place} {where}：{c.text[:120]}")
    if len(a.citations) > 8:
        print(f"  …… 共 {len(a.citations)} 条引用")


def cmd_ask(args) -> int:
    eng = _engine(args)
    _print_answer(eng.ask(" ".join(args.question), doc=args.doc), args.json)
    return 0


def cmd_batch(args) -> int:
    from .batch import check_output, iter_batch, open_output, read_questions

    out = Path(args.output) if args.output else Path(args.file).with_suffix(".answers.jsonl")
    check_output(out, input_path=args.file)  # before reading, loading or answering anything
    questions = read_questions(args.file)
    eng = _engine(args)
    bar = _bar("回答问题", total=len(questions))

    def progress(done: int, total: int) -> None:
        bar.n = done
        bar.refresh()

    errors = 0
    writer = open_output(out, questions, input_path=args.file)
    try:
        for record in iter_batch(questions, eng.ask, progress=progress):
            writer.write(record)
            errors += bool(record.get("error"))
    except BaseException:
        writer.abort()
        bar.close()
        _err(f"已中断：前 {writer.count} 个问题的答案已写入 {writer.journal}")
        raise
    writer.close()
    bar.close()
    print(f"已回答 {writer.count} 个问题（{errors} 个出错），结果写入 {out}")
    return 0


def cmd_eval(args) -> int:
    from .batch import BatchQuestion, run_batch
    from .evaluate import evaluate, read_gold

    gold = read_gold(args.gold)
    eng = _engine(args)
    qs = [BatchQuestion(index=i + 1, question=g.get("q") or g.get("question") or "", id=g.get("id"), extra={},
                        doc=g.get("doc") if isinstance(g.get("doc"), str) else None,
                        history=tuple(g["history"]) if isinstance(g.get("history"), list) else None)
          for i, g in enumerate(gold)]
    bar = _bar("评测", total=len(qs))
    records = run_batch(qs, eng.ask, progress=lambda d, t: (setattr(bar, "n", d), bar.refresh()))
    bar.close()
    report = evaluate(gold, records)
    print(report.render())
    if args.min_strict is not None and report.strict_pct < args.min_strict:
        return 1
    return 0


def cmd_app(args) -> int:
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    if args.index:
        from ingest.build import check_index_dir, current_build

        from .index import missing_index_error

        check_index_dir(Path(args.index))
        if current_build(Path(args.index)) is None:  # only the default index is built on first use
            raise missing_index_error(Path(args.index), args.index)
        env["BUDGET_QA_INDEX"] = str(Path(args.index).resolve())
    cmd = [sys.executable, "-m", "streamlit", "run", str(PROJECT_ROOT / "app_streamlit.py"),
           "--server.port", str(args.port), "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    return subprocess.call(cmd, env=env)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="budget-qa", description="部门预算问答：数字走 SQL，描述走检索，每个答案都有出处。")
    sub = p.add_subparsers(dest="command", required=True)

    def with_index(sp):
        sp.add_argument("--index", help="索引目录（默认 $BUDGET_QA_INDEX 或项目下的 .budget-qa/index）")
        return sp

    s = with_index(sub.add_parser("ingest", help="把预算文件写入索引（SQLite + Chroma）"))
    s.add_argument("paths", nargs="+", help="预算文件（PDF，或 UTF-8 / GBK / UTF-16 文本）")
    s.add_argument("--embedder", help="e5（默认）或 st:/本地模型目录")
    s.add_argument("--time-limit", type=float, default=INGEST_TIME_LIMIT, metavar="SECONDS",
                   help=f"超过这么多秒就停止，索引保持不变（默认 {INGEST_TIME_LIMIT}；0 表示不限）")
    s.set_defaults(func=cmd_ingest)
    s = with_index(sub.add_parser("check", help="一致性检查报告：合计、跨表、正文与表格、正文算术"))
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_check)
    s = with_index(sub.add_parser("ask", help="问一个问题"))
    s.add_argument("question", nargs="+")
    s.add_argument("--doc", help="只查这一份文件（文件名或文档编号；* 表示整个索引）")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_ask)
    s = with_index(sub.add_parser("batch", help="批量回答 .txt/.csv/.xlsx/.jsonl 问题文件"))
    s.add_argument("file")
    s.add_argument("-o", "--output", help="输出文件 .jsonl（默认）/.csv/.xlsx")
    s.set_defaults(func=cmd_batch)
    s = with_index(sub.add_parser("eval", help="按 shared/eval 规则评测一个金标文件"))
    s.add_argument("gold")
    s.add_argument("--min-strict", type=float, default=None)
    s.set_defaults(func=cmd_eval)
    s = with_index(sub.add_parser("app", help="启动 Streamlit 问答界面"))
    s.add_argument("--port", type=int, default=8501)
    s.set_defaults(func=cmd_app)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    log_file = configure_logging()
    try:
        return args.func(args)
    except BudgetQAError as e:
        print(f"错误：{e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader of our output went away (`| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as e:
        # a bug, not a user error: the traceback goes to the log file, the screen gets one line
        logger.exception("budget-qa %s failed", args.command)
        print(f"内部错误（{type(e).__name__}），没有完成。详细信息已写入日志 {log_file}；"
              "请把它附在问题报告里。(internal error; see the log)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
