"""The scale run's plot, drawn with Pillow (matplotlib is not a dependency): log-log line charts.

    plot_scale(results, path) -> path      three panels against the number of documents:
        p95 latency per question by route (scoped with doc=, and unscoped), with a linear-growth guide;
        cold start (new process until the first answer) and the vector store's load time;
        index size on disk and peak RSS of the answering process.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

BLUE, ORANGE, GREEN, RED, PURPLE, GREY = "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#888888"
ROUTE_COLOURS = {"sql": BLUE, "retrieval": ORANGE, "none": GREEN}


@dataclass(frozen=True)
class Series:
    label: str
    colour: str
    points: tuple[tuple[float, float], ...]  # (x, y), y > 0
    dashed: bool = False
    marker: str = "o"  # o | s


def _font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _log_ticks(lo: float, hi: float) -> list[float]:
    """1-2-5 ticks covering [lo, hi]."""
    out = []
    for e in range(math.floor(math.log10(lo)) - 1, math.ceil(math.log10(hi)) + 1):
        for m in (1, 2, 5):
            v = m * 10**e
            if lo <= v <= hi:
                out.append(v)
    return out


def _fmt(v: float) -> str:
    return f"{v:g}" if v >= 0.01 else f"{v:.0e}"


def _dashed(draw: ImageDraw.ImageDraw, a: tuple[float, float], b: tuple[float, float], colour: str, width: int,
            dash: float = 8) -> None:
    length = math.dist(a, b)
    if length == 0:
        return
    steps = int(length // dash)
    for k in range(0, steps + 1, 2):
        t0, t1 = k * dash / length, min((k + 1) * dash / length, 1)
        draw.line([(a[0] + (b[0] - a[0]) * t0, a[1] + (b[1] - a[1]) * t0),
                   (a[0] + (b[0] - a[0]) * t1, a[1] + (b[1] - a[1]) * t1)], fill=colour, width=width)


def panel(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], title: str, ylabel: str,
          series: Sequence[Series], xs: Sequence[float], *, guide: Series | None = None) -> None:
    """One log-log chart inside box (left, top, right, bottom), legend below the plot area."""
    left, top, right, bottom = box
    small, normal = _font(12), _font(14)
    draw.text((left + 4, top), title, fill="black", font=_font(15))
    legend_rows = math.ceil((len(series) + (guide is not None)) / 2)
    plot = (left + 58, top + 30, right - 12, bottom - 40 - 18 * legend_rows)
    ys = [y for s in series for _, y in s.points if y > 0]
    if guide is not None:
        ys += [y for _, y in guide.points if y > 0]
    if not ys or not xs:
        draw.text((plot[0], plot[1] + 20), "no data", fill="black", font=normal)
        return
    ylo, yhi = min(ys) / 1.5, max(ys) * 1.5
    xlo, xhi = min(xs) / 1.4, max(xs) * 1.4

    def px(x: float, y: float) -> tuple[float, float]:
        fx = (math.log10(x) - math.log10(xlo)) / (math.log10(xhi) - math.log10(xlo))
        fy = (math.log10(y) - math.log10(ylo)) / (math.log10(yhi) - math.log10(ylo))
        return plot[0] + fx * (plot[2] - plot[0]), plot[3] - fy * (plot[3] - plot[1])

    for v in _log_ticks(ylo, yhi):
        _, y = px(xlo, v)
        draw.line([(plot[0], y), (plot[2], y)], fill="#e6e6e6")
        w = draw.textlength(_fmt(v), font=small)
        draw.text((plot[0] - 6 - w, y - 7), _fmt(v), fill="black", font=small)
    for v in xs:
        x, _ = px(v, ylo)
        draw.line([(x, plot[1]), (x, plot[3])], fill="#e6e6e6")
        label = f"{v:g}"
        draw.text((x - draw.textlength(label, font=small) / 2, plot[3] + 4), label, fill="black", font=small)
    draw.rectangle(plot, outline="black")
    draw.text((plot[0], plot[3] + 20), "documents in the index (log scale)", fill="black", font=small)
    draw.text((left + 4, top + 16), ylabel, fill="#444444", font=small)

    for s in ([guide] if guide else []) + list(series):
        pts = [px(x, y) for x, y in s.points if y > 0]
        for a, b in zip(pts, pts[1:], strict=False):
            if s.dashed:
                _dashed(draw, a, b, s.colour, 2)
            else:
                draw.line([a, b], fill=s.colour, width=2)
        if s is not guide:
            for x, y in pts:
                r = 4
                if s.marker == "s":
                    draw.rectangle((x - r, y - r, x + r, y + r), fill=s.colour)
                else:
                    draw.ellipse((x - r, y - r, x + r, y + r), fill=s.colour)
    entries = ([guide] if guide else []) + list(series)
    col_w = (right - left - 20) / 2
    for i, s in enumerate(entries):
        x0 = left + 10 + (i % 2) * col_w
        y0 = bottom - 18 * legend_rows - 6 + (i // 2) * 18
        if s.dashed:
            _dashed(draw, (x0, y0 + 7), (x0 + 26, y0 + 7), s.colour, 2, dash=5)
        else:
            draw.line([(x0, y0 + 7), (x0 + 26, y0 + 7)], fill=s.colour, width=2)
        draw.text((x0 + 32, y0), s.label, fill="black", font=small)


def _points(rows: Sequence[dict], key: str, scale: float = 1.0) -> tuple[tuple[float, float], ...]:
    return tuple((r["documents"], r[key] * scale) for r in rows if r.get(key))


def plot_scale(results: dict, path: Path) -> Path:
    """Write the scale run's PNG (see the module docstring) and return its path."""
    rows = results["rows"]
    xs = [r["documents"] for r in rows]
    img = Image.new("RGB", (1560, 620), "white")
    draw = ImageDraw.Draw(img)
    head = (f"budget-qa scale run: {results['timestamp']}, embedder for the documents: {results['embedder']}, "
            f"{results['machine']['nproc']} CPUs")
    draw.text((14, 8), head, fill="black", font=_font(16))
    failed = [str(r["documents"]) for r in rows if r.get("vectors_error")]
    if failed:
        draw.text((14, 26), f"N={', '.join(failed)}: the core's vector store load failed (so the cold text "
                  "question ended in an error message); answering was measured with the vectors read in pages "
                  "by the benchmark (see scale.json)", fill=RED, font=_font(13))

    latency = []
    for mode, dashed, marker, word in (("scoped", False, "o", "doc="), ("unscoped", True, "s", "all docs")):
        for route, colour in ROUTE_COLOURS.items():
            pts = _points(rows, f"{mode}_{route}_p95_ms")
            if pts:
                latency.append(Series(f"{route} ({word})", colour, pts, dashed, marker))
    guide = None
    first = next((s for s in latency if s.points and s.points[0][0] == min(xs)), None)
    if first is not None and len(xs) > 1:
        x0, y0 = first.points[0]
        guide = Series("linear growth from the first point", GREY, ((x0, y0), (max(xs), y0 * max(xs) / x0)), True)
    panel(draw, (10, 44, 530, 610), "p95 latency per question, by route", "milliseconds", latency, xs, guide=guide)

    cold = [Series("cold start, SQL question", BLUE, _points(rows, "cold_sql_s")),
            Series("cold start, text question", ORANGE, _points(rows, "cold_retrieval_s")),
            Series("vector store load (in an open engine)", RED, _points(rows, "vectors_load_s"), True, "s"),
            Series("engine open (SQLite, vocabulary)", PURPLE, _points(rows, "engine_open_s"), True, "s")]
    panel(draw, (540, 44, 1040, 610), "cold start: new process until the first answer", "seconds",
          [s for s in cold if s.points], xs)

    memory = [Series("peak RSS, answering process", BLUE, _points(rows, "answer_peak_rss_mb")),
              Series("RSS added by the vector store", RED, _points(rows, "vectors_rss_mb"), True, "s"),
              Series("index size on disk", GREEN, _points(rows, "index_mb")),
              Series("peak RSS, ingest step", ORANGE, _points(rows, "ingest_peak_rss_mb"), True, "s")]
    panel(draw, (1050, 44, 1550, 610), "memory and disk", "MB", [s for s in memory if s.points], xs)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path)
    return path
