"""Documents for the scale run: the bundled budget, then generated PDFs and text budgets, alternately.

    corpus(n, folder) -> list[CorpusDoc]   the first n documents, written into folder

Document 0 is the bundled text budget (data/). After it, odd positions are Shanghai-template PDFs from
`tests.pdfgen.random_spec` and even positions Beijing-template text budgets from `tests.synthetic` with
another department, year, project list, amounts and row order. Every document has its own department
and year (its doc id), so any prefix of the list is a valid index of that many documents, and the list
is the same on every run (fixed seeds).
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from qa.config import PROJECT_ROOT, bundled_documents

PDF_SEED0 = 1000  # seeds below are used by the tests
TEXT_SEED = 20240601

BEIJING = (("东城区", "110101"), ("西城区", "110102"), ("朝阳区", "110105"), ("丰台区", "110106"),
           ("石景山区", "110107"), ("海淀区", "110108"), ("门头沟区", "110109"), ("房山区", "110111"),
           ("通州区", "110112"), ("顺义区", "110113"), ("昌平区", "110114"), ("大兴区", "110115"),
           ("怀柔区", "110116"), ("平谷区", "110117"), ("密云区", "110118"), ("延庆区", "110119"))
# (full name, short name after 区, how the narrative says "we")
OFFICES = (("卫生健康委员会", "卫生健康委", "我委"), ("教育委员会", "教委", "我委"), ("民政局", "民政局", "我局"),
           ("司法局", "司法局", "我局"), ("财政局", "财政局", "我局"), ("生态环境局", "生态环境局", "我局"),
           ("园林绿化局", "园林绿化局", "我局"), ("水务局", "水务局", "我局"), ("商务局", "商务局", "我局"),
           ("文化和旅游局", "文化和旅游局", "我局"), ("体育局", "体育局", "我局"),
           ("市场监督管理局", "市场监管局", "我局"), ("人力资源和社会保障局", "人力社保局", "我局"),
           ("住房和城乡建设委员会", "住房城乡建设委", "我委"), ("城市管理委员会", "城市管理委", "我委"),
           ("科学技术委员会", "科委", "我委"), ("统计局", "统计局", "我局"), ("审计局", "审计局", "我局"),
           ("退役军人事务局", "退役军人局", "我局"), ("应急管理局", "应急局", "我局"))
YEARS = (2021, 2022, 2023, 2024, 2025, 2026)


def _checkout() -> None:
    """The generators live in the checkout's tests/ (not installed): make them importable from anywhere."""
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.append(str(PROJECT_ROOT))


@dataclass(frozen=True)
class CorpusDoc:
    path: Path
    kind: str  # "txt" | "pdf"
    department: str
    year: int
    pages: int | None = None  # PDFs only

    @property
    def doc_id(self) -> str:
        return f"{self.department}-{self.year}"


def bundled() -> CorpusDoc:
    path = bundled_documents(PROJECT_ROOT / "data")[0]
    from ingest.parser import parse
    from ingest.reader import read_document

    doc = parse(read_document(path))
    return CorpusDoc(path, "txt", doc.department, doc.year)


def _pdfs(taken: set[tuple[str, int]]):
    """Generated PDF specs with a (department, year) not taken yet, in seed order."""
    _checkout()
    from tests import pdfgen

    seed = PDF_SEED0
    while True:
        spec = pdfgen.random_spec(seed)
        seed += 1
        if (spec.department, spec.year) not in taken:
            taken.add((spec.department, spec.year))
            yield seed - 1, spec


def _text_specs(taken: set[tuple[str, int]]):
    """Beijing-template BudgetSpecs with a (department, year) not taken yet, deterministic."""
    _checkout()
    from tests import synthetic as syn

    rng = random.Random(TEXT_SEED)
    combos = [(d, o, y) for d in BEIJING for o in OFFICES for y in YEARS]
    rng.shuffle(combos)
    for k, ((district, code), (office, short, we), year) in enumerate(combos):
        department = f"北京市{district}{office}"
        if (department, year) in taken:
            continue
        taken.add((department, year))
        factor = Decimal(rng.randint(60, 160)) / 100
        basic = tuple(replace(b, amount=syn.dec(syn.dec(b.amount) * factor)) for b in syn.DEFAULT_BASIC)
        n_projects = rng.randint(4, len(syn.DEFAULT_PROJECTS))
        yield replace(
            syn.BudgetSpec(), department=department, short_name=f"区{short}", self_ref=we, region_code=code,
            dept_code=f"{100 + k % 900}", year=year, basic=basic,
            projects=tuple(rng.sample(syn.DEFAULT_PROJECTS, n_projects)),
            prior_basic=syn.dec(Decimal(rng.randint(250_000, 500_000)) / 100),
            prior_project=syn.dec(Decimal(rng.randint(50_000, 150_000)) / 100),
            prior_jiguan=syn.dec(Decimal(rng.randint(20_000, 40_000)) / 100),
            internal_units=rng.randint(6, 24), seed=rng.randint(1, 10_000),
        )


def corpus(n: int, folder: Path) -> list[CorpusDoc]:
    """The first n documents of the scale corpus, generated into folder (existing files are kept)."""
    _checkout()
    from tests import pdfgen
    from tests.synthetic import make_budget

    folder.mkdir(parents=True, exist_ok=True)
    first = bundled()
    out = [first][:n]
    taken = {(first.department, first.year)}
    pdfs, texts = _pdfs(taken), _text_specs(taken)
    while len(out) < n:
        if len(out) % 2:
            seed, spec = next(pdfs)
            path = folder / f"sh_{seed:05d}.pdf"
            pages = pdfgen.write_pdf(spec, path).pages  # also writes sh_*.json (expected figures)
            out.append(CorpusDoc(path, "pdf", spec.department, spec.year, pages))
        else:
            spec = next(texts)
            path = folder / f"bj_{len(out):05d}.txt"
            path.write_text(make_budget(spec), encoding="utf-8")
            out.append(CorpusDoc(path, "txt", spec.department, spec.year))
    return out


def thirty_page_pdf(folder: Path) -> CorpusDoc:
    """A generated 30-page PDF (issue 10: ingested in ≤ 30 s with embeddings)."""
    _checkout()
    from tests import pdfgen

    spec = pdfgen.random_spec(26)  # 30 pages (checked by the scale run, which reports the count)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "thirty_pages.pdf"
    pages = pdfgen.write_pdf(spec, path).pages
    return CorpusDoc(path, "pdf", spec.department, spec.year, pages)


def real_pdfs(folder: Path = PROJECT_ROOT.parent / "shared" / "data" / "real") -> list[Path]:
    """The real budget PDFs beside the checkout (read in place), if they are there."""
    return sorted(folder.glob("*.pdf")) if folder.is_dir() else []
