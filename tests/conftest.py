"""Shared fixtures: real documents, indexes built once per session in temporary folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.build import current_build, ingest_paths
from qa.engine import Engine
from tests.fakes import BigramEmbedder

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
REAL_DOC = next((ROOT / "data").glob("*.txt"))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def real_doc() -> Path:
    return REAL_DOC


@pytest.fixture(scope="session")
def synthetic_doc(tmp_path_factory) -> Path:
    from tests.synthetic import make_budget

    p = tmp_path_factory.mktemp("synthetic") / "dongcheng_health_2024.txt"
    p.write_text(make_budget(), encoding="utf-8")
    return p


@pytest.fixture(scope="session")
def fake_embedder() -> BigramEmbedder:
    return BigramEmbedder()


def built_index(tmp_path_factory, name: str, doc: Path, embedder) -> Path:
    """A temporary index folder holding one ingested document."""
    index = tmp_path_factory.mktemp(name)
    ingest_paths([doc], index, embedder=embedder)
    return index


@pytest.fixture(scope="session")
def real_index(tmp_path_factory, real_doc, fake_embedder) -> Path:
    return built_index(tmp_path_factory, "index-real", real_doc, fake_embedder)


@pytest.fixture(scope="session")
def engine(real_index, fake_embedder) -> Engine:
    return Engine(current_build(real_index), embedder=fake_embedder)


@pytest.fixture(scope="session")
def e5_embedder():
    from ingest.embedders import E5Embedder

    return E5Embedder()


@pytest.fixture(scope="session")
def e5_index(tmp_path_factory, real_doc, e5_embedder) -> Path:
    """The bundled document indexed with the real default model (built once per test session)."""
    return built_index(tmp_path_factory, "index-e5", real_doc, e5_embedder)


@pytest.fixture(scope="session")
def e5_engine(e5_index, e5_embedder) -> Engine:
    return Engine(current_build(e5_index), embedder=e5_embedder)


@pytest.fixture(scope="session")
def synthetic_engine(tmp_path_factory, synthetic_doc, e5_embedder) -> Engine:
    index = built_index(tmp_path_factory, "index-synthetic", synthetic_doc, e5_embedder)
    return Engine(current_build(index), embedder=e5_embedder)


@pytest.fixture(scope="session")
def multi_unit_engine(tmp_path_factory, e5_embedder) -> Engine:
    """A department with subordinate units, government-fund spending and non-fiscal income (generated)."""
    from tests.synthetic import make_budget, multi_unit_spec

    doc = tmp_path_factory.mktemp("multi-unit") / "haidian_landscape_2025.txt"
    doc.write_text(make_budget(multi_unit_spec()), encoding="utf-8")
    index = built_index(tmp_path_factory, "index-multi-unit", doc, e5_embedder)
    return Engine(current_build(index), embedder=e5_embedder)


SHARED = ROOT.parent / "shared"
REAL_PDFS = sorted((SHARED / "data" / "real").glob("*.pdf")) if (SHARED / "data" / "real").is_dir() else []
GOLD = FIXTURES / "gold"


@pytest.fixture(scope="session")
def two_docs_engine(tmp_path_factory, e5_embedder) -> Engine:
    """Two generated Beijing-template budgets (东城 卫健委 2024, 海淀 园林绿化局 2025) in one index."""
    from tests.synthetic import make_budget, multi_unit_spec

    folder = tmp_path_factory.mktemp("two-docs")
    a, b = folder / "dongcheng_health_2024.txt", folder / "haidian_landscape_2025.txt"
    a.write_text(make_budget(), encoding="utf-8")
    b.write_text(make_budget(multi_unit_spec()), encoding="utf-8")
    index = tmp_path_factory.mktemp("index-two-docs")
    ingest_paths([a, b], index, embedder=e5_embedder)
    return Engine(current_build(index), embedder=e5_embedder)


@pytest.fixture(scope="session")
def real_pdf_engine(tmp_path_factory, e5_embedder) -> Engine:
    """The three real 上海市普陀区 budget PDFs of ../shared in one index (skipped when ../shared is absent)."""
    if not REAL_PDFS:
        pytest.skip("../shared/data/real is not here")
    index = tmp_path_factory.mktemp("index-real-pdfs")
    ingest_paths(REAL_PDFS, index, embedder=e5_embedder)
    return Engine(current_build(index), embedder=e5_embedder)


@pytest.fixture(scope="session")
def beijing_three_engine(tmp_path_factory, real_doc, e5_embedder) -> Engine:
    """The bundled budget and the two generated Beijing-template budgets in one index."""
    from tests.synthetic import make_budget, multi_unit_spec

    folder = tmp_path_factory.mktemp("beijing-three")
    a, b = folder / "dongcheng_health_2024.txt", folder / "haidian_landscape_2025.txt"
    a.write_text(make_budget(), encoding="utf-8")
    b.write_text(make_budget(multi_unit_spec()), encoding="utf-8")
    index = tmp_path_factory.mktemp("index-beijing-three")
    ingest_paths([real_doc, a, b], index, embedder=e5_embedder)
    return Engine(current_build(index), embedder=e5_embedder)


@pytest.fixture(scope="session")
def shanghai_four_engine(tmp_path_factory, e5_embedder) -> Engine:
    """The three real Shanghai PDFs and a generated one (奉贤区 长风新村街道 2025, tests/pdfgen.py seed 11)."""
    if not REAL_PDFS:
        pytest.skip("../shared/data/real is not here")
    from tests.pdfgen import random_spec, write_pdf

    gen = tmp_path_factory.mktemp("shanghai-four") / "gen_sh.pdf"
    write_pdf(random_spec(11), gen)
    index = tmp_path_factory.mktemp("index-shanghai-four")
    ingest_paths([*REAL_PDFS, gen], index, embedder=e5_embedder)
    return Engine(current_build(index), embedder=e5_embedder)


@pytest.fixture(scope="session")
def seven_engine(tmp_path_factory, real_doc, e5_embedder) -> Engine:
    """Seven budgets of two templates in one index: the three Beijing ones and the four Shanghai ones."""
    if not REAL_PDFS:
        pytest.skip("../shared/data/real is not here")
    from tests.pdfgen import random_spec, write_pdf
    from tests.synthetic import make_budget, multi_unit_spec

    folder = tmp_path_factory.mktemp("seven")
    a, b, gen = folder / "dongcheng_health_2024.txt", folder / "haidian_landscape_2025.txt", folder / "gen_sh.pdf"
    a.write_text(make_budget(), encoding="utf-8")
    b.write_text(make_budget(multi_unit_spec()), encoding="utf-8")
    write_pdf(random_spec(11), gen)
    index = tmp_path_factory.mktemp("index-seven")
    ingest_paths([real_doc, a, b, gen, *REAL_PDFS], index, embedder=e5_embedder)
    return Engine(current_build(index), embedder=e5_embedder)


@pytest.fixture(scope="session")
def bundled_dongcheng_engine(tmp_path_factory, real_doc, e5_embedder) -> Engine:
    """The bundled budget and the generated 东城 health-commission budget (tests/synthetic.py) in one index."""
    from tests.synthetic import make_budget

    folder = tmp_path_factory.mktemp("bundled-dongcheng")
    a = folder / "dongcheng_health_2024.txt"
    a.write_text(make_budget(), encoding="utf-8")
    index = tmp_path_factory.mktemp("index-bundled-dongcheng")
    ingest_paths([real_doc, a], index, embedder=e5_embedder)
    return Engine(current_build(index), embedder=e5_embedder)


def _real_pdf(name: str) -> Path:
    found = [p for p in REAL_PDFS if p.name == name]
    if not found:
        pytest.skip(f"../shared/data/real/{name} is not here")
    return found[0]


@pytest.fixture(scope="session")
def fresh_shanghai_engine(tmp_path_factory, e5_embedder) -> Engine:
    """A generated Shanghai budget (长宁区 宜川路街道 2022, tests/pdfgen.py seed 37) and the real 万里街道 2025 PDF."""
    wanli = _real_pdf("上海市普陀区人民政府万里街道办事处25年预算.pdf")
    from tests.pdfgen import random_spec, write_pdf

    gen = tmp_path_factory.mktemp("fresh-shanghai") / "gen_sh37.pdf"
    write_pdf(random_spec(37), gen)
    index = tmp_path_factory.mktemp("index-fresh-shanghai")
    ingest_paths([gen, wanli], index, embedder=e5_embedder)
    return Engine(current_build(index), embedder=e5_embedder)


@pytest.fixture(scope="session")
def final_three_engine(tmp_path_factory, e5_embedder) -> Engine:
    """Three budgets of both templates: a generated Shanghai one (嘉定区 江宁路街道 2025, seed 23), the real 普陀区
    商务委员会 2025 PDF and the generated 海淀 landscaping budget with its units."""
    commerce = _real_pdf("上海市普陀区商务委员会25年预算.pdf")
    from tests.pdfgen import random_spec, write_pdf
    from tests.synthetic import make_budget, multi_unit_spec

    folder = tmp_path_factory.mktemp("final-three")
    gen, b = folder / "gen_sh23.pdf", folder / "haidian_landscape_2025.txt"
    write_pdf(random_spec(23), gen)
    b.write_text(make_budget(multi_unit_spec()), encoding="utf-8")
    index = tmp_path_factory.mktemp("index-final-three")
    ingest_paths([gen, commerce, b], index, embedder=e5_embedder)
    return Engine(current_build(index), embedder=e5_embedder)


@pytest.fixture(scope="session")
def xuhui_hr_engine(tmp_path_factory, e5_embedder) -> Engine:
    """A generated Shanghai budget alone (徐汇区 人力资源和社会保障局 2023, tests/pdfgen.py seed 599)."""
    from tests.pdfgen import random_spec, write_pdf

    gen = tmp_path_factory.mktemp("xuhui-hr") / "gen_sh599.pdf"
    write_pdf(random_spec(599), gen)
    index = tmp_path_factory.mktemp("index-xuhui-hr")
    ingest_paths([gen], index, embedder=e5_embedder)
    return Engine(current_build(index), embedder=e5_embedder)


@pytest.fixture(scope="session")
def last_three_engine(tmp_path_factory, real_doc, e5_embedder) -> Engine:
    """The bundled budget, a generated Shanghai one (松江区 民政局 2024, seed 41) and the real 万里街道 2024 PDF."""
    wanli = _real_pdf("上海市普陀区人民政府万里街道办事处24年预算.pdf")
    from tests.pdfgen import random_spec, write_pdf

    gen = tmp_path_factory.mktemp("last-three") / "gen_sh41.pdf"
    write_pdf(random_spec(41), gen)
    index = tmp_path_factory.mktemp("index-last-three")
    ingest_paths([real_doc, gen, wanli], index, embedder=e5_embedder)
    return Engine(current_build(index), embedder=e5_embedder)


def _blind_engine(tmp_path_factory, e5_embedder, name: str, *, real: tuple[str, ...] = (), seed: int | None = None,
                  synthetic: str | tuple[str, ...] = "", bundled: Path | None = None) -> Engine:
    """An index of the documents a blind question set was written on: real PDFs from ../shared (skipped
    when absent), a generated Shanghai-template PDF (`random_spec(seed)`, named gen_sh<seed>.pdf), a
    generated Beijing-template budget ('dongcheng' or 'haidian') and the bundled budget."""
    from tests.pdfgen import random_spec, write_pdf
    from tests.synthetic import make_budget, multi_unit_spec

    paths = [_real_pdf(r) for r in real]
    folder = tmp_path_factory.mktemp(name)
    if seed is not None:
        paths.append(folder / f"gen_sh{seed}.pdf")
        write_pdf(random_spec(seed), paths[-1])
    for which in (synthetic,) if isinstance(synthetic, str) and synthetic else synthetic or ():
        spec, filename = {"dongcheng": (None, "dongcheng_health_2024.txt"),
                          "haidian": (multi_unit_spec(), "haidian_landscape_2025.txt")}[which]
        paths.append(folder / filename)
        paths[-1].write_text(make_budget(spec), encoding="utf-8")
    if bundled is not None:
        paths.append(bundled)
    index = tmp_path_factory.mktemp(f"index-{name}")
    ingest_paths(paths, index, embedder=e5_embedder)
    return Engine(current_build(index), embedder=e5_embedder)


_WANLI_24, _WANLI_25 = "上海市普陀区人民政府万里街道办事处24年预算.pdf", "上海市普陀区人民政府万里街道办事处25年预算.pdf"
_COMMERCE_25 = "上海市普陀区商务委员会25年预算.pdf"

# the documents each blind question set was written on: its real PDFs, the seed of its generated Shanghai one
# (the department it drew is noted), its generated Beijing one, and whether the bundled budget is in
BLIND_INDEXES = {
    "a": dict(seed=59, synthetic="dongcheng", bundled=True),  # 闵行区 生态环境局 2026
    "b": dict(real=(_COMMERCE_25,), seed=67, synthetic="haidian"),  # 长宁区 体育局 2026
    "c": dict(real=(_WANLI_25,), seed=71, synthetic="dongcheng"),  # 浦东新区 卫生健康委员会 2025
    "d": dict(real=(_WANLI_24,), seed=83, bundled=True),  # 长风新村街道 2021
    "e": dict(real=(_COMMERCE_25,), seed=97, synthetic="dongcheng"),  # 杨浦区 文化和旅游局 2022
    "f": dict(real=(_WANLI_25,), seed=103, synthetic="haidian"),  # 奉贤区 曹家渡街道 2021
    "g": dict(real=(_COMMERCE_25,), seed=109, bundled=True),  # 宝山区 司法局 2021
    "h": dict(real=(_WANLI_24,), seed=113, synthetic="dongcheng"),  # 黄浦区 城市管理行政执法局 2023
    "i": dict(real=(_WANLI_25,), seed=127, bundled=True),  # 徐汇区 宜川路街道 2025
    "j": dict(real=(_COMMERCE_25,), seed=131, synthetic="haidian"),  # 浦东新区 市场监督管理局 2025
    "k": dict(real=(_WANLI_24,), seed=137, bundled=True),  # 长宁区 文化和旅游局 2022
    "l": dict(real=(_WANLI_25,), seed=139, synthetic="dongcheng"),  # 黄浦区 宜川路街道 2023
    "m": dict(real=(_COMMERCE_25,), seed=149, bundled=True),  # 长宁区 体育局 2026
    "n": dict(bundled=True),  # the bundled budget alone
    "o": dict(real=(_WANLI_24,), seed=157, synthetic="haidian"),  # 崇明区 卫生健康委员会 2025
    "p": dict(real=(_COMMERCE_25,), seed=167, synthetic="dongcheng"),  # 闵行区 真如镇街道 2024
    "q": dict(real=(_WANLI_25,), seed=179, bundled=True),  # 杨浦区 教育局 2025
    "r": dict(real=(_COMMERCE_25,), seed=181, synthetic="haidian"),  # 静安区 文化和旅游局 2022
    "s": dict(real=(_WANLI_24,), seed=191, bundled=True),  # 长风新村街道 2023
    "t": dict(real=(_COMMERCE_25,), seed=197, bundled=True),  # 黄浦区 卫生健康委员会 2022
    "u": dict(real=(_WANLI_25,), seed=199, synthetic="dongcheng"),  # 金山区 真如镇街道 2025
    "v": dict(real=(_WANLI_24,), seed=223, bundled=True),  # 浦东新区 商务委员会 2021
    "w": dict(real=(_WANLI_24,), seed=211, bundled=True),  # 金山区 江宁路街道 2026
    "x": dict(real=(_COMMERCE_25,), seed=229, synthetic="dongcheng"),  # 普陀区 市场监督管理局 2023
    "y": dict(real=(_WANLI_25,), seed=233, bundled=True),  # 虹口区 司法局 2025
    "z": dict(real=(_WANLI_24,), seed=239, synthetic="dongcheng"),  # 静安区 城市管理行政执法局 2023
    "za": dict(real=(_COMMERCE_25,), seed=241, bundled=True),  # 静安区 城市管理行政执法局 2024
    "zb": dict(real=(_WANLI_25,), seed=251, synthetic="haidian"),  # 奉贤区 城市管理行政执法局 2021
    "zc": dict(bundled=True),  # the bundled budget alone
    "zd": dict(bundled=True),  # the bundled budget alone
    "ze": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zf": dict(seed=257, synthetic=("dongcheng", "haidian")),  # 浦东新区 科学技术委员会 2023
    "zg": dict(seed=263, bundled=True),  # 青浦区 体育局 2021
    "zh": dict(bundled=True),  # the bundled budget alone
    "zi": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zj": dict(real=(_WANLI_25,), seed=269, bundled=True),  # 徐汇区 教育局 2024
    "zk": dict(real=(_COMMERCE_25,), seed=271, synthetic="haidian"),  # 崇明区 文化和旅游局 2025
    "zl": dict(bundled=True),  # the bundled budget alone
    "zm": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zn": dict(real=(_WANLI_24,), seed=277, synthetic="dongcheng"),  # 长宁区 曹家渡街道 2025
    "zo": dict(real=(_COMMERCE_25,), seed=281, bundled=True),  # 黄浦区 教育局 2024
    "zp": dict(bundled=True),  # the bundled budget alone
    "zq": dict(real=(_WANLI_25,), seed=283, synthetic="haidian"),  # 黄浦区 市场监督管理局 2021
    "zr": dict(real=(_COMMERCE_25,), seed=293, synthetic="dongcheng"),  # 崇明区 商务委员会 2023
    "zs": dict(real=(_WANLI_24,), seed=307, bundled=True),  # 嘉定区 真如镇街道 2023
    "zt": dict(bundled=True),  # the bundled budget alone
    "zu": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zv": dict(real=(_COMMERCE_25,), seed=311, synthetic="haidian"),  # 宝山区 教育局 2025
    "zw": dict(seed=313, synthetic="dongcheng", bundled=True),  # 虹口区 长风新村街道 2026
    "zx": dict(bundled=True),  # the bundled budget alone
    "zy": dict(real=(_WANLI_24, _WANLI_25), seed=317),  # 奉贤区 体育局 2026
    "zz": dict(seed=331, synthetic=("haidian", "dongcheng")),  # 浦东新区 曹家渡街道 2024
    "zza": dict(real=(_COMMERCE_25,), seed=337, bundled=True),  # 杨浦区 市场监督管理局 2026
    "zzb": dict(bundled=True),  # the bundled budget alone
    "zzc": dict(real=(_COMMERCE_25,), seed=347, synthetic="haidian"),  # 金山区 城市管理行政执法局 2024
    "zzd": dict(real=(_WANLI_25,), seed=349, synthetic="dongcheng"),  # 青浦区 科学技术委员会 2021
    "zze": dict(real=(_WANLI_24,), seed=353, bundled=True),  # 静安区 城市管理行政执法局 2025
    "zzf": dict(bundled=True),  # the bundled budget alone
    "zzg": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzh": dict(real=(_WANLI_25,), seed=359, synthetic="haidian"),  # 长宁区 长风新村街道 2023
    "zzi": dict(real=(_WANLI_24,), seed=367, bundled=True),  # 徐汇区 长风新村街道 2022
    "zzj": dict(bundled=True),  # the bundled budget alone
    "zzk": dict(real=(_COMMERCE_25,), seed=373, synthetic="dongcheng"),  # 徐汇区 生态环境局 2024
    "zzl": dict(real=(_WANLI_24, _WANLI_25), seed=379),  # 黄浦区 市场监督管理局 2026
    "zzm": dict(seed=383, synthetic="haidian", bundled=True),  # 松江区 司法局 2022
    "zzn": dict(bundled=True),  # the bundled budget alone
    "zzo": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzp": dict(real=(_WANLI_25,), seed=389, synthetic="dongcheng"),  # 金山区 体育局 2026
    "zzq": dict(real=(_COMMERCE_25,), seed=397, synthetic="haidian"),  # 静安区 司法局
    "zzr": dict(bundled=True),  # the bundled budget alone
    "zzs": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzt": dict(real=(_WANLI_24,), seed=401, synthetic="dongcheng"),  # 崇明区 科学技术委员会 2024
    "zzu": dict(seed=409, synthetic="haidian", bundled=True),  # 崇明区 体育局 2021
    "zzv": dict(bundled=True),  # the bundled budget alone
    "zzw": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzx": dict(real=(_COMMERCE_25,), seed=419, synthetic="dongcheng"),  # 普陀区 科学技术委员会 2025
    "zzy": dict(real=(_WANLI_24,), seed=421, synthetic="haidian"),  # 宝山区 长风新村街道 2023
    "zzz": dict(bundled=True),  # the bundled budget alone
    "zzza": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzb": dict(real=(_WANLI_25,), seed=431, synthetic="dongcheng"),  # 嘉定区 江宁路街道 2025
    "zzzc": dict(real=(_COMMERCE_25,), seed=433, synthetic="haidian"),  # 杨浦区 教育局 2026
    "zzzd": dict(bundled=True),  # the bundled budget alone
    "zzze": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzf": dict(real=(_WANLI_24,), seed=439, synthetic="haidian"),  # 松江区 体育局 2025
    "zzzg": dict(seed=443, synthetic="dongcheng", bundled=True),  # 普陀区 生态环境局 2025
    "zzzh": dict(bundled=True),  # the bundled budget alone
    "zzzi": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzj": dict(real=(_WANLI_25,), seed=449, synthetic="haidian"),  # 杨浦区 城市管理行政执法局 2022
    "zzzk": dict(real=(_COMMERCE_25,), seed=457, synthetic="dongcheng"),  # 虹口区 宜川路街道 2022
    "zzzl": dict(bundled=True),  # the bundled budget alone
    "zzzm": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzn": dict(real=(_WANLI_24,), seed=461, synthetic="haidian"),  # 浦东新区 宜川路街道 2023
    "zzzo": dict(real=(_WANLI_25,), seed=463, synthetic="dongcheng", bundled=True),  # 杨浦区 宜川路街道 2023
    "zzzp": dict(bundled=True),  # the bundled budget alone
    "zzzq": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzr": dict(real=(_COMMERCE_25,), seed=467, synthetic="haidian"),  # 宝山区 教育局 2021
    "zzzs": dict(seed=479, synthetic="dongcheng", bundled=True),  # 青浦区 市场监督管理局 2023
    "zzzt": dict(bundled=True),  # the bundled budget alone
    "zzzu": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzv": dict(real=(_WANLI_25,), seed=487, synthetic="haidian"),  # 金山区 卫生健康委员会 2026
    "zzzw": dict(real=(_WANLI_24,), seed=491, synthetic="dongcheng", bundled=True),  # 崇明区 长风新村街道 2025
    "zzzx": dict(bundled=True),  # the bundled budget alone
    "zzzy": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzz": dict(real=(_COMMERCE_25,), seed=499, synthetic="dongcheng"),  # 静安区 司法局 2023
    "zzzza": dict(seed=503, synthetic="haidian", bundled=True),  # 虹口区 城市管理行政执法局 2025
    "zzzzb": dict(bundled=True),  # the bundled budget alone
    "zzzzc": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzd": dict(real=(_COMMERCE_25,), seed=509, synthetic="haidian"),  # 青浦区 民政局 2025
    "zzzze": dict(seed=521, synthetic="dongcheng", bundled=True),  # 静安区 科学技术委员会 2024
    "zzzzf": dict(bundled=True),  # the bundled budget alone
    "zzzzg": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzh": dict(real=(_WANLI_24,), seed=523, synthetic="haidian"),  # 嘉定区 长风新村街道 2021
    "zzzzi": dict(real=(_WANLI_25,), seed=541, synthetic="dongcheng", bundled=True),  # 金山区 体育局 2021
    "zzzzj": dict(bundled=True),  # the bundled budget alone
    "zzzzk": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzl": dict(real=(_COMMERCE_25,), seed=547, synthetic="dongcheng"),  # 徐汇区 科学技术委员会 2024
    "zzzzm": dict(seed=557, synthetic="haidian", bundled=True),  # 黄浦区 生态环境局 2026
    "zzzzn": dict(bundled=True),  # the bundled budget alone
    "zzzzo": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzp": dict(real=(_WANLI_24,), seed=563, synthetic="haidian"),  # 嘉定区 民政局 2026
    "zzzzq": dict(real=(_WANLI_25,), seed=569, synthetic="dongcheng", bundled=True),  # 徐汇区 文化和旅游局 2023
    "zzzzr": dict(bundled=True),  # the bundled budget alone
    "zzzzs": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzt": dict(real=(_COMMERCE_25,), seed=571, synthetic="haidian"),  # 普陀区 教育局 2021
    "zzzzu": dict(seed=577, synthetic="dongcheng", bundled=True),  # 松江区 教育局 2024
    "zzzzv": dict(bundled=True),  # the bundled budget alone
    "zzzzw": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzx": dict(real=(_WANLI_24,), seed=587, synthetic="haidian"),  # 浦东新区 宜川路街道 2021
    "zzzzy": dict(real=(_WANLI_25,), seed=593, synthetic="dongcheng", bundled=True),  # 浦东新区 生态环境局 2026
    "zzzzz": dict(bundled=True),  # the bundled budget alone
    "zzzzza": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzb": dict(real=(_COMMERCE_25,), seed=599, synthetic="dongcheng"),  # 徐汇区 人力资源和社会保障局 2023
    "zzzzzc": dict(real=(_WANLI_25,), seed=601, synthetic="haidian", bundled=True),  # 杨浦区 市场监督管理局 2026
    "zzzzzd": dict(bundled=True),  # the bundled budget alone
    "zzzzze": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzf": dict(real=(_WANLI_24,), seed=607, synthetic="haidian"),  # 长宁区 江宁路街道 2021
    "zzzzzg": dict(real=(_COMMERCE_25,), seed=613, synthetic="dongcheng", bundled=True),  # 宝山区 教育局 2025
    "zzzzzh": dict(bundled=True),  # the bundled budget alone
    "zzzzzi": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzj": dict(real=(_WANLI_24,), seed=617, synthetic="haidian"),  # 崇明区 科学技术委员会 2025
    "zzzzzk": dict(real=(_COMMERCE_25,), seed=619, synthetic="dongcheng", bundled=True),  # 长风新村街道 2022
    "zzzzzl": dict(bundled=True),  # the bundled budget alone
    "zzzzzm": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzn": dict(real=(_WANLI_25,), seed=631, synthetic="haidian", bundled=True),  # 嘉定区 商务委员会 2024
    "zzzzzo": dict(real=(_COMMERCE_25,), seed=641, synthetic="dongcheng"),  # 宜川路街道 2023
    "zzzzzp": dict(bundled=True),  # the bundled budget alone
    "zzzzzq": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzr": dict(real=(_WANLI_24,), seed=643, synthetic="dongcheng", bundled=True),  # 真如镇街道 2025
    "zzzzzs": dict(real=(_COMMERCE_25,), seed=647, synthetic="haidian"),  # 金山区 体育局 2022
    "zzzzzt": dict(bundled=True),  # the bundled budget alone
    "zzzzzu": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzv": dict(real=(_WANLI_25,), seed=653, synthetic="haidian"),  # 崇明区 宜川路街道 2025
    "zzzzzw": dict(real=(_COMMERCE_25,), seed=659, synthetic="dongcheng", bundled=True),  # 嘉定区 曹家渡街道 2021
    "zzzzzx": dict(bundled=True),  # the bundled budget alone
    "zzzzzy": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzz": dict(real=(_WANLI_24,), seed=661, synthetic="dongcheng"),  # 虹口区 真如镇街道 2023
    "zzzzzza": dict(real=(_COMMERCE_25,), seed=673, synthetic="haidian", bundled=True),  # 金山区 民政局 2022
    "zzzzzzb": dict(bundled=True),  # the bundled budget alone
    "zzzzzzc": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzd": dict(real=(_WANLI_25,), seed=677, synthetic="dongcheng", bundled=True),  # 长宁区 生态环境局 2023
    "zzzzzze": dict(real=(_COMMERCE_25,), seed=683, synthetic="haidian"),  # 松江区 江宁路街道 2021
    "zzzzzzf": dict(bundled=True),  # the bundled budget alone
    "zzzzzzg": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzh": dict(real=(_WANLI_24,), seed=691, synthetic="haidian", bundled=True),  # 普陀区 司法局 2021
    "zzzzzzi": dict(real=(_COMMERCE_25,), seed=701, synthetic="dongcheng"),  # 宝山区 教育局 2026
    "zzzzzzj": dict(bundled=True),  # the bundled budget alone
    "zzzzzzk": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzl": dict(real=(_WANLI_25,), seed=709, synthetic="haidian"),  # 宝山区 教育局 2023
    "zzzzzzm": dict(real=(_COMMERCE_25,), seed=719, synthetic="dongcheng", bundled=True),  # 宝山区 江宁路街道 2025
    "zzzzzzn": dict(bundled=True),  # the bundled budget alone
    "zzzzzzo": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzp": dict(real=(_WANLI_24,), seed=727, synthetic="dongcheng"),  # 虹口区 城市管理行政执法局 2025
    "zzzzzzq": dict(real=(_COMMERCE_25,), seed=733, synthetic="haidian", bundled=True),  # 青浦区 长风新村街道 2023
    "zzzzzzr": dict(bundled=True),  # the bundled budget alone
    "zzzzzzs": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzt": dict(real=(_WANLI_25,), seed=739, synthetic="haidian"),  # 杨浦区 真如镇街道 2022
    "zzzzzzu": dict(real=(_COMMERCE_25,), seed=743, synthetic="dongcheng", bundled=True),  # 嘉定区 卫生健康委员会 2025
    "zzzzzzv": dict(bundled=True),  # the bundled budget alone
    "zzzzzzw": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzx": dict(real=(_WANLI_24,), seed=751, synthetic="haidian", bundled=True),  # 静安区 真如镇街道 2024
    "zzzzzzy": dict(real=(_COMMERCE_25,), seed=757, synthetic="dongcheng"),  # 松江区 司法局 2021
    "zzzzzzz": dict(bundled=True),  # the bundled budget alone
    "zzzzzzza": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzb": dict(real=(_WANLI_25,), seed=773, synthetic="dongcheng", bundled=True),  # 虹口区 文化和旅游局 2023
    "zzzzzzzc": dict(real=(_WANLI_24,), seed=787, synthetic="haidian"),  # 嘉定区 司法局 2025
    "zzzzzzzd": dict(bundled=True),  # the bundled budget alone
    "zzzzzzze": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzf": dict(real=(_COMMERCE_25,), seed=797, synthetic="haidian", bundled=True),  # 松江区 司法局 2022
    "zzzzzzzg": dict(real=(_WANLI_25,), seed=809, synthetic="dongcheng"),  # 徐汇区 曹家渡街道 2022
    "zzzzzzzh": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzi": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzj": dict(real=(_COMMERCE_25,), seed=811, synthetic="dongcheng", bundled=True),  # 长宁区 市场监督管理局 2024
    "zzzzzzzk": dict(real=(_WANLI_24,), seed=821, synthetic="haidian"),  # 崇明区 文化和旅游局 2021
    "zzzzzzzl": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzm": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzn": dict(real=(_WANLI_25,), seed=823, synthetic="haidian", bundled=True),  # 浦东新区 商务委员会 2025
    "zzzzzzzo": dict(real=(_COMMERCE_25,), seed=827, synthetic="dongcheng"),  # 金山区 长风新村街道 2022
    "zzzzzzzp": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzq": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzr": dict(real=(_WANLI_24,), seed=829, synthetic="dongcheng", bundled=True),  # 杨浦区 商务委员会 2022
    "zzzzzzzs": dict(real=(_COMMERCE_25,), seed=839, synthetic="haidian"),  # 静安区 曹家渡街道 2026
    "zzzzzzzt": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzu": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzv": dict(real=(_WANLI_25,), seed=853, synthetic="haidian"),  # 松江区 科学技术委员会 2025
    "zzzzzzzw": dict(real=(_COMMERCE_25,), seed=857, synthetic="dongcheng", bundled=True),  # 崇明区 体育局 2024
    "zzzzzzzx": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzy": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzz": dict(real=(_WANLI_24,), seed=859, synthetic="dongcheng"),  # 闵行区 生态环境局 2025
    "zzzzzzzza": dict(real=(_COMMERCE_25,), seed=863, synthetic="haidian", bundled=True),  # 宝山区 城管执法局 2024
    "zzzzzzzzb": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzc": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzd": dict(real=(_WANLI_25,), seed=877, synthetic="haidian"),  # 闵行区 长风新村街道 2025
    "zzzzzzzze": dict(real=(_COMMERCE_25,), seed=881, synthetic="dongcheng", bundled=True),  # 浦东新区 司法局 2026
    "zzzzzzzzf": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzg": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzh": dict(real=(_WANLI_24,), seed=889, synthetic="haidian"),  # 闵行区 民政局 2026
    "zzzzzzzzi": dict(real=(_COMMERCE_25,), seed=907, synthetic="dongcheng", bundled=True),  # 松江区 民政局 2026
    "zzzzzzzzj": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzk": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzl": dict(real=(_WANLI_25,), seed=911, synthetic="dongcheng"),  # 奉贤区 城市管理行政执法局 2024
    "zzzzzzzzm": dict(real=(_COMMERCE_25,), seed=919, synthetic="haidian", bundled=True),  # 宝山区 市场监督管理局 2021
    "zzzzzzzzn": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzo": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzp": dict(real=(_WANLI_24,), seed=929, synthetic="dongcheng", bundled=True),  # 杨浦区 科学技术委员会 2024
    "zzzzzzzzq": dict(real=(_COMMERCE_25,), seed=937, synthetic="haidian"),  # 普陀区 人力资源和社会保障局 2025
    "zzzzzzzzr": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzs": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzt": dict(real=(_WANLI_25,), seed=941, synthetic="haidian", bundled=True),  # 金山区 体育局 2026
    "zzzzzzzzu": dict(real=(_COMMERCE_25,), seed=947, synthetic="dongcheng"),  # 杨浦区 文化和旅游局 2022
    "zzzzzzzzv": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzw": dict(real=(_WANLI_24, _COMMERCE_25), seed=953),  # 黄浦区 城市管理行政执法局 2023
    "zzzzzzzzx": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里街道 2025, 东城卫健委, bundled
    "zzzzzzzzy": dict(real=(_WANLI_24,), seed=967, synthetic="haidian"),  # 静安区 体育局 2021
    "zzzzzzzzz": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzza": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzb": dict(real=(_COMMERCE_25,), seed=971, synthetic="haidian", bundled=True),  # 宝山区 城市管理行政执法局 2023
    "zzzzzzzzzc": dict(real=(_WANLI_25,), seed=983, synthetic="dongcheng"),  # 松江区 宜川路街道 2022
    "zzzzzzzzzd": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzze": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzf": dict(real=(_WANLI_24,), seed=991, synthetic="dongcheng", bundled=True),  # 普陀区 民政局 2026
    "zzzzzzzzzg": dict(real=(_COMMERCE_25,), seed=997, synthetic="haidian"),  # 奉贤区 科学技术委员会 2024
    "zzzzzzzzzh": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzi": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzj": dict(real=(_WANLI_25,), seed=1009, synthetic="haidian", bundled=True),  # 虹口区 教育局 2025
    "zzzzzzzzzk": dict(real=(_COMMERCE_25, _WANLI_24), seed=1013, synthetic="dongcheng"),  # 崇明区 曹家渡街道 2025
    "zzzzzzzzzl": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzm": dict(real=(_WANLI_24, _COMMERCE_25), seed=1019),  # 徐汇区 教育局 2025
    "zzzzzzzzzn": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里街道 2025, 东城卫健委, bundled
    "zzzzzzzzzo": dict(real=(_COMMERCE_25,), seed=1021, synthetic="haidian"),  # 虹口区 科学技术委员会 2025
    "zzzzzzzzzp": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzq": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzr": dict(real=(_WANLI_24,), seed=1031, synthetic="haidian", bundled=True),  # 徐汇区 真如镇街道 2025
    "zzzzzzzzzs": dict(real=(_COMMERCE_25, _WANLI_25), seed=1033, synthetic="dongcheng"),  # 杨浦区 长风新村街道 2025
    "zzzzzzzzzt": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzu": dict(real=(_WANLI_25, _COMMERCE_25), seed=1039),  # 虹口区 教育局 2025
    "zzzzzzzzzv": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里街道 2024, 东城卫健委, bundled
    "zzzzzzzzzw": dict(real=(_COMMERCE_25,), seed=1049, synthetic="haidian"),  # 奉贤区 江宁路街道 2025
    "zzzzzzzzzx": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzy": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzz": dict(real=(_WANLI_25,), seed=1051, synthetic="dongcheng", bundled=True),  # 徐汇区 科学技术委员会 2025
    "zzzzzzzzzza": dict(real=(_COMMERCE_25, _WANLI_24), seed=1061, synthetic="haidian"),  # 浦东新区 体育局 2025
    "zzzzzzzzzzb": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzc": dict(real=(_WANLI_24, _COMMERCE_25), seed=1063),  # 杨浦区 城市管理行政执法局 2025
    "zzzzzzzzzzd": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里街道 2025, 海淀园林绿化局, bundled
    "zzzzzzzzzze": dict(real=(_COMMERCE_25,), seed=1069, synthetic="dongcheng"),  # 金山区 宜川路街道 2025
    "zzzzzzzzzzf": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzg": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzh": dict(real=(_WANLI_24,), seed=1087, synthetic="haidian", bundled=True),  # 杨浦区 江宁路街道 2022
    "zzzzzzzzzzi": dict(real=(_COMMERCE_25, _WANLI_25), seed=1091, synthetic="dongcheng"),  # 金山区 江宁路街道 2025
    "zzzzzzzzzzj": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzk": dict(real=(_WANLI_25, _COMMERCE_25), seed=1093),  # 浦东新区 体育局 2021
    "zzzzzzzzzzl": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里街道 2024, 东城卫健委, bundled
    "zzzzzzzzzzm": dict(real=(_COMMERCE_25,), seed=1097, synthetic="haidian"),  # 静安区 体育局 2023
    "zzzzzzzzzzn": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzo": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzp": dict(real=(_WANLI_25,), seed=1103, synthetic="dongcheng", bundled=True),  # 松江区 生态环境局 2022
    "zzzzzzzzzzq": dict(real=(_COMMERCE_25, _WANLI_24), seed=1109, synthetic="haidian"),  # 松江区 司法局 2025
    "zzzzzzzzzzr": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzs": dict(real=(_WANLI_24, _COMMERCE_25), seed=1117),  # 奉贤区 生态环境局 2021
    "zzzzzzzzzzt": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里街道 2025, 海淀园林绿化局, bundled
    "zzzzzzzzzzu": dict(real=(_COMMERCE_25,), seed=1123, synthetic="dongcheng"),  # 宝山区 市场监督管理局 2026
    "zzzzzzzzzzv": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzw": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzx": dict(real=(_WANLI_24,), seed=1129, synthetic="dongcheng", bundled=True),  # 崇明区 商务委员会 2021
    "zzzzzzzzzzy": dict(real=(_COMMERCE_25, _WANLI_25), seed=1151, synthetic="haidian"),  # 普陀区 商务委员会 2023
    "zzzzzzzzzzz": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzza": dict(real=(_WANLI_25, _COMMERCE_25), seed=1153),  # 长宁区 人力资源和社会保障局 2026
    "zzzzzzzzzzzb": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里街道 2024, 海淀园林绿化局, bundled
    "zzzzzzzzzzzc": dict(real=(_COMMERCE_25,), seed=1163, synthetic="dongcheng"),  # 徐汇区 城市管理行政执法局 2022
    "zzzzzzzzzzzd": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzze": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzf": dict(real=(_WANLI_25,), seed=1171, synthetic="haidian", bundled=True),  # 松江区 人力资源和社会保障局 2024
    "zzzzzzzzzzzg": dict(real=(_COMMERCE_25, _WANLI_24), seed=1181, synthetic="dongcheng"),  # 金山区 商务委员会 2024
    "zzzzzzzzzzzh": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzi": dict(real=(_WANLI_24, _COMMERCE_25), seed=1187),  # 浦东新区 曹家渡街道 2021
    "zzzzzzzzzzzj": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里街道 2025, 东城卫健委, bundled
    "zzzzzzzzzzzk": dict(real=(_COMMERCE_25,), seed=1193, synthetic="haidian"),  # 嘉定区 体育局 2024
    "zzzzzzzzzzzl": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzm": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzn": dict(real=(_WANLI_24,), seed=1201, synthetic="haidian", bundled=True),  # 杨浦区 民政局 2024
    "zzzzzzzzzzzo": dict(real=(_COMMERCE_25, _WANLI_25), seed=1213, synthetic="dongcheng"),  # 崇明区 文化和旅游局 2026
    "zzzzzzzzzzzp": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzq": dict(real=(_WANLI_25, _COMMERCE_25), seed=1217),  # 徐汇区 宜川路街道 2022
    "zzzzzzzzzzzr": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里街道 2024, 东城卫健委, bundled
    "zzzzzzzzzzzs": dict(real=(_COMMERCE_25,), seed=1223, synthetic="haidian"),  # 奉贤区 司法局 2025
    "zzzzzzzzzzzt": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzu": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzv": dict(real=(_WANLI_24,), seed=1229, synthetic="haidian", bundled=True),  # 普陀区 城市管理行政执法局 2026
    "zzzzzzzzzzzw": dict(real=(_COMMERCE_25, _WANLI_25), seed=1231, synthetic="dongcheng"),  # 松江区 卫生健康委员会 2023
    "zzzzzzzzzzzx": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzy": dict(real=(_WANLI_25, _COMMERCE_25), seed=1237),  # 普陀区 真如镇街道 2025
    "zzzzzzzzzzzz": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里街道 2024, 东城卫健委, bundled
    "zzzzzzzzzzzza": dict(real=(_COMMERCE_25,), seed=1249, synthetic="haidian"),  # 闵行区 民政局 2021
    "zzzzzzzzzzzzb": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzc": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzd": dict(real=(_WANLI_25,), seed=1259, synthetic="dongcheng", bundled=True),  # 松江区 曹家渡街道 2022
    "zzzzzzzzzzzze": dict(real=(_COMMERCE_25, _WANLI_24), seed=1277, synthetic="haidian"),  # 闵行区 生态环境局 2026
    "zzzzzzzzzzzzf": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzg": dict(real=(_WANLI_24, _COMMERCE_25), seed=1279),  # 崇明区 文化和旅游局 2022
    "zzzzzzzzzzzzh": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里街道 2025, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzi": dict(real=(_COMMERCE_25,), seed=1283, synthetic="dongcheng"),  # 浦东新区 长风新村街道 2021
    "zzzzzzzzzzzzj": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzk": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzl": dict(real=(_WANLI_24,), seed=1289, synthetic="dongcheng", bundled=True),  # 崇明区 体育局 2026
    "zzzzzzzzzzzzm": dict(real=(_COMMERCE_25, _WANLI_25), seed=1291, synthetic="haidian"),  # 松江区 民政局 2022
    "zzzzzzzzzzzzn": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzo": dict(real=(_WANLI_25, _COMMERCE_25), seed=1297),  # 奉贤区 生态环境局 2022
    "zzzzzzzzzzzzp": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里街道 2024, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzq": dict(real=(_COMMERCE_25,), seed=1301, synthetic="dongcheng"),  # 青浦区 文化和旅游局 2021
    "zzzzzzzzzzzzr": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzs": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzt": dict(real=(_WANLI_25,), seed=1303, synthetic="haidian", bundled=True),  # 金山区 人力资源和社会保障局 2024
    "zzzzzzzzzzzzu": dict(real=(_COMMERCE_25, _WANLI_24), seed=1307, synthetic="dongcheng"),  # 普陀区 体育局 2023
    "zzzzzzzzzzzzv": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzw": dict(real=(_WANLI_24, _COMMERCE_25), seed=1319),  # 松江区 司法局 2023
    "zzzzzzzzzzzzx": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里街道 2025, 东城卫健委, bundled
    "zzzzzzzzzzzzy": dict(real=(_COMMERCE_25,), seed=1321, synthetic="haidian"),  # 奉贤区 生态环境局 2022
    "zzzzzzzzzzzzz": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzza": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzb": dict(real=(_WANLI_24,), seed=1327, synthetic="dongcheng", bundled=True),  # 闵行区 文化和旅游局 2021
    "zzzzzzzzzzzzzc": dict(real=(_COMMERCE_25, _WANLI_25), seed=1361, synthetic="haidian"),  # 静安区 司法局 2023
    "zzzzzzzzzzzzzd": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzze": dict(real=(_WANLI_25, _COMMERCE_25), seed=1367),  # 青浦区 城市管理行政执法局 2025
    "zzzzzzzzzzzzzf": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里街道 2024, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzg": dict(real=(_COMMERCE_25,), seed=1373, synthetic="dongcheng"),  # 徐汇区 曹家渡街道 2024
    "zzzzzzzzzzzzzh": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzi": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzj": dict(real=(_WANLI_25,), seed=1381, synthetic="haidian", bundled=True),  # 长宁区 体育局 2025
    "zzzzzzzzzzzzzk": dict(real=(_COMMERCE_25, _WANLI_24), seed=1399, synthetic="dongcheng"),  # 闵行区 长风新村街道 2024
    "zzzzzzzzzzzzzl": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzm": dict(real=(_WANLI_24, _COMMERCE_25), seed=1409),  # 徐汇区 卫生健康委员会 2026
    "zzzzzzzzzzzzzn": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里街道 2025, 东城卫健委, bundled
    "zzzzzzzzzzzzzo": dict(real=(_COMMERCE_25,), seed=1423, synthetic="haidian"),  # 奉贤区 市场监督管理局 2022
    "zzzzzzzzzzzzzp": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzq": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzr": dict(real=(_WANLI_24,), seed=1427, synthetic="haidian", bundled=True),  # 黄浦区 生态环境局 2024
    "zzzzzzzzzzzzzs": dict(real=(_COMMERCE_25, _WANLI_25), seed=1429, synthetic="dongcheng"),  # 静安区 商务委员会 2023
    "zzzzzzzzzzzzzt": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzu": dict(real=(_WANLI_25, _COMMERCE_25), seed=1447),  # 长宁区 江宁路街道 2023
    "zzzzzzzzzzzzzv": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里街道 2024, 东城卫健委, bundled
    "zzzzzzzzzzzzzw": dict(real=(_COMMERCE_25,), seed=1439, synthetic="haidian"),  # 普陀区 曹家渡街道 2023
    "zzzzzzzzzzzzzx": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzy": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzz": dict(real=(_WANLI_25,), seed=1451, synthetic="dongcheng", bundled=True),  # 金山区 体育局 2025
    "zzzzzzzzzzzzzza": dict(real=(_COMMERCE_25, _WANLI_24), seed=1461, synthetic="haidian"),  # 徐汇区 科学技术委员会 2025
    "zzzzzzzzzzzzzzb": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzc": dict(real=(_WANLI_24, _COMMERCE_25), seed=1463),  # 金山区 民政局 2022
    "zzzzzzzzzzzzzzd": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里街道 2025, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzze": dict(real=(_COMMERCE_25,), seed=1453, synthetic="dongcheng"),  # 嘉定区 司法局 2022
    "zzzzzzzzzzzzzzf": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzg": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzh": dict(real=(_WANLI_24,), seed=1466, synthetic="haidian", bundled=True),  # 金山区 教育局 2025
    "zzzzzzzzzzzzzzi": dict(real=(_COMMERCE_25, _WANLI_25), seed=1457, synthetic="dongcheng"),  # 浦东新区 生态环境局 2023
    "zzzzzzzzzzzzzzj": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzk": dict(real=(_WANLI_25, _COMMERCE_25), seed=1459),  # 青浦区 长风新村街道 2023
    "zzzzzzzzzzzzzzl": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里街道 2024, 东城卫健委, bundled
    "zzzzzzzzzzzzzzm": dict(real=(_COMMERCE_25,), seed=1455, synthetic="haidian"),  # 黄浦区 文化和旅游局 2022
    "zzzzzzzzzzzzzzn": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzo": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzp": dict(real=(_WANLI_25,), seed=1464, synthetic="dongcheng", bundled=True),  # 浦东新区 体育局 2021
    "zzzzzzzzzzzzzzq": dict(real=(_COMMERCE_25, _WANLI_24), seed=1473, synthetic="haidian"),  # 静安区 城市管理行政执法局 2023
    "zzzzzzzzzzzzzzr": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzs": dict(real=(_WANLI_24, _COMMERCE_25), seed=1468),  # 虹口区 生态环境局 2021
    "zzzzzzzzzzzzzzt": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里街道 2025, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzzu": dict(real=(_COMMERCE_25,), seed=1479, synthetic="dongcheng"),  # 徐汇区 宜川路街道 2021
    "zzzzzzzzzzzzzzv": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzw": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzx": dict(real=(_WANLI_24,), seed=1481, synthetic="haidian", bundled=True),  # 黄浦区 民政局 2023
    "zzzzzzzzzzzzzzy": dict(real=(_COMMERCE_25, _WANLI_25), seed=1491, synthetic="dongcheng"),  # 闵行区 科学技术委员会 2026
    "zzzzzzzzzzzzzzz": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzza": dict(real=(_WANLI_25, _COMMERCE_25), seed=1483),  # 普陀区 真如镇街道 2026
    "zzzzzzzzzzzzzzzb": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里街道 2024, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzc": dict(real=(_COMMERCE_25,), seed=1485, synthetic="haidian"),  # 金山区 生态环境局 2025
    "zzzzzzzzzzzzzzzd": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzze": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzf": dict(real=(_WANLI_24,), seed=1487, synthetic="haidian", bundled=True),  # 虹口区 文化和旅游局 2021
    "zzzzzzzzzzzzzzzg": dict(real=(_COMMERCE_25, _WANLI_25), seed=1489, synthetic="dongcheng"),  # 青浦区 文化和旅游局 2022
    "zzzzzzzzzzzzzzzh": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzi": dict(real=(_WANLI_25, _COMMERCE_25), seed=1469),  # 徐汇区 长风新村街道 2021
    "zzzzzzzzzzzzzzzj": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里街道 2024, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzk": dict(real=(_COMMERCE_25,), seed=1471, synthetic="haidian"),  # 普陀区 曹家渡街道 2022
    "zzzzzzzzzzzzzzzl": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzm": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzn": dict(real=(_WANLI_25,), seed=1475, synthetic="dongcheng", bundled=True),  # 静安区 曹家渡街道 2024
    "zzzzzzzzzzzzzzzo": dict(real=(_COMMERCE_25, _WANLI_24), seed=1477, synthetic="haidian"),  # 崇明区 长风新村街道 2026
    "zzzzzzzzzzzzzzzp": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzq": dict(real=(_WANLI_24, _COMMERCE_25), seed=1493),  # 杨浦区 民政局 2022
    "zzzzzzzzzzzzzzzr": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里街道 2025, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzzzs": dict(real=(_COMMERCE_25,), seed=1495, synthetic="dongcheng"),  # 青浦区 市场监督管理局 2021
    "zzzzzzzzzzzzzzzt": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzu": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzv": dict(real=(_WANLI_24,), seed=1507, synthetic="haidian", bundled=True),  # 徐汇区 市场监督管理局 2022
    "zzzzzzzzzzzzzzzw": dict(real=(_COMMERCE_25, _WANLI_25), seed=1514, synthetic="dongcheng"),  # 黄浦区 体育局 2024
    "zzzzzzzzzzzzzzzx": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzy": dict(real=(_WANLI_25, _COMMERCE_25), seed=1527),  # 金山区 城市管理行政执法局 2023
    "zzzzzzzzzzzzzzzz": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里街道 2024, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzza": dict(real=(_COMMERCE_25,), seed=1525, synthetic="haidian"),  # 嘉定区 真如镇街道 2021
    "zzzzzzzzzzzzzzzzb": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzc": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzd": dict(real=(_WANLI_24,), seed=1516, synthetic="haidian", bundled=True),  # 闵行区 文化和旅游局 2022
    "zzzzzzzzzzzzzzzze": dict(real=(_COMMERCE_25, _WANLI_25), seed=1531, synthetic="dongcheng"),  # 徐汇区 生态环境局 2021
    "zzzzzzzzzzzzzzzzf": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzg": dict(real=(_WANLI_25, _COMMERCE_25), seed=1529),  # 浦东新区 民政局 2025
    "zzzzzzzzzzzzzzzzh": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里街道 2025, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzzzzi": dict(real=(_COMMERCE_25,), seed=1538, synthetic="dongcheng"),  # 宝山区 江宁路街道 2022
    "zzzzzzzzzzzzzzzzj": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzk": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzl": dict(real=(_WANLI_25,), seed=1517, synthetic="dongcheng", bundled=True),  # 松江区 科学技术委员会 2024
    "zzzzzzzzzzzzzzzzm": dict(real=(_COMMERCE_25, _WANLI_24), seed=1522, synthetic="haidian"),  # 虹口区 体育局 2022
    "zzzzzzzzzzzzzzzzn": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzo": dict(real=(_WANLI_24, _COMMERCE_25), seed=1534),  # 金山区 文化和旅游局 2023
    "zzzzzzzzzzzzzzzzp": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里街道 2024, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzzzzq": dict(real=(_COMMERCE_25,), seed=1535, synthetic="dongcheng"),  # 嘉定区 宜川路街道 2023
    "zzzzzzzzzzzzzzzzr": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzs": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzt": dict(real=(_WANLI_25,), seed=1536, synthetic="dongcheng", bundled=True),  # 静安区 市场监督管理局 2021
    "zzzzzzzzzzzzzzzzu": dict(real=(_COMMERCE_25, _WANLI_24), seed=1537, synthetic="haidian"),  # 金山区 体育局 2025
    "zzzzzzzzzzzzzzzzv": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzw": dict(real=(_WANLI_24, _COMMERCE_25), seed=1539),  # 黄浦区 宜川路街道 2022
    "zzzzzzzzzzzzzzzzx": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里街道 2025, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzzy": dict(real=(_COMMERCE_25,), seed=1540, synthetic="haidian"),  # 徐汇区 人力资源和社会保障局 2023
    "zzzzzzzzzzzzzzzzz": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzza": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzb": dict(real=(_WANLI_24,), seed=1541, synthetic="haidian", bundled=True),  # 浦东新区 科学技术委员会 2024
    "zzzzzzzzzzzzzzzzzc": dict(real=(_COMMERCE_25, _WANLI_25), seed=1542, synthetic="dongcheng"),  # 金山区 曹家渡街道 2026
    "zzzzzzzzzzzzzzzzzd": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzze": dict(real=(_WANLI_25, _COMMERCE_25), seed=1543),  # 静安区 卫生健康委员会 2023
    "zzzzzzzzzzzzzzzzzf": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里街道 2024, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzzzzzg": dict(real=(_COMMERCE_25,), seed=1544, synthetic="dongcheng"),  # 杨浦区 城市管理行政执法局 2023
    "zzzzzzzzzzzzzzzzzh": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzi": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzj": dict(real=(_WANLI_25,), seed=1545, synthetic="dongcheng", bundled=True),  # 杨浦区 民政局 2026
    "zzzzzzzzzzzzzzzzzk": dict(real=(_COMMERCE_25, _WANLI_24), seed=1546, synthetic="haidian"),  # 普陀区 体育局 2023
    "zzzzzzzzzzzzzzzzzl": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzm": dict(real=(_WANLI_24, _COMMERCE_25), seed=1547),  # 静安区 商务委员会 2026
    "zzzzzzzzzzzzzzzzzn": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里街道 2025, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzzzzzo": dict(real=(_COMMERCE_25,), seed=1548, synthetic="dongcheng"),  # 虹口区 曹家渡街道 2023
    "zzzzzzzzzzzzzzzzzp": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzq": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzr": dict(real=(_WANLI_24,), seed=1549, synthetic="haidian", bundled=True),  # 虹口区 市场监督管理局 2022
    "zzzzzzzzzzzzzzzzzs": dict(real=(_COMMERCE_25, _WANLI_25), seed=1550, synthetic="dongcheng"),  # 长宁区 卫生健康委员会 2022
    "zzzzzzzzzzzzzzzzzt": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzu": dict(real=(_WANLI_25, _COMMERCE_25), seed=1551),  # 普陀区 体育局 2024
    "zzzzzzzzzzzzzzzzzv": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里街道 2024, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzzzw": dict(real=(_COMMERCE_25,), seed=1552, synthetic="haidian"),  # 虹口区 科学技术委员会 2024
    "zzzzzzzzzzzzzzzzzx": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzy": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzz": dict(real=(_WANLI_24,), seed=1553, synthetic="haidian", bundled=True),  # 嘉定区 商务委员会 2022
    "zzzzzzzzzzzzzzzzzza": dict(real=(_COMMERCE_25, _WANLI_25), seed=1554, synthetic="dongcheng"),  # 青浦区 江宁路街道 2023
    "zzzzzzzzzzzzzzzzzzb": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzc": dict(real=(_WANLI_25, _COMMERCE_25), seed=1555),  # 金山区 宜川路街道 2024
    "zzzzzzzzzzzzzzzzzzd": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里街道 2024, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzzzze": dict(real=(_COMMERCE_25,), seed=1556, synthetic="haidian"),  # 金山区 科学技术委员会 2023
    "zzzzzzzzzzzzzzzzzzf": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzg": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzh": dict(real=(_WANLI_25,), seed=1557, synthetic="dongcheng", bundled=True),  # 长宁区 教育局 2023
    "zzzzzzzzzzzzzzzzzzi": dict(real=(_COMMERCE_25, _WANLI_24), seed=1558, synthetic="haidian"),  # 普陀区 人力资源和社会保障局 2022
    "zzzzzzzzzzzzzzzzzzj": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzk": dict(real=(_WANLI_24, _COMMERCE_25), seed=1559),  # 奉贤区 民政局 2025
    "zzzzzzzzzzzzzzzzzzl": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里街道 2025, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzzzzzzm": dict(real=(_COMMERCE_25,), seed=1560, synthetic="dongcheng"),  # 奉贤区 曹家渡街道 2022
    "zzzzzzzzzzzzzzzzzzn": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzo": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzp": dict(real=(_WANLI_24,), seed=1561, synthetic="dongcheng", bundled=True),  # 闵行区 长风新村街道 2025
    "zzzzzzzzzzzzzzzzzzq": dict(real=(_COMMERCE_25, _WANLI_25), seed=1562, synthetic="haidian"),  # 金山区 商务委员会 2025
    "zzzzzzzzzzzzzzzzzzr": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzs": dict(real=(_WANLI_25, _COMMERCE_25), seed=1563),  # 浦东新区 科学技术委员会 2023
    "zzzzzzzzzzzzzzzzzzt": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里街道 2024, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzzzzzzu": dict(real=(_COMMERCE_25,), seed=1564, synthetic="dongcheng"),  # 静安区 江宁路街道 2021
    "zzzzzzzzzzzzzzzzzzv": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzw": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzx": dict(real=(_WANLI_25,), seed=1565, synthetic="haidian", bundled=True),  # 嘉定区 宜川路街道 2024
    "zzzzzzzzzzzzzzzzzzy": dict(real=(_COMMERCE_25, _WANLI_24), seed=1566, synthetic="dongcheng"),  # 长宁区 卫生健康委员会 2024
    "zzzzzzzzzzzzzzzzzzz": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzza": dict(real=(_WANLI_24, _COMMERCE_25), seed=1567),  # 静安区 教育局 2021
    "zzzzzzzzzzzzzzzzzzzb": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里街道 2025, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzzzzzc": dict(real=(_COMMERCE_25,), seed=1568, synthetic="haidian"),  # 奉贤区 市场监督管理局 2026
    "zzzzzzzzzzzzzzzzzzzd": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzze": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzf": dict(real=(_WANLI_24,), seed=1569, synthetic="haidian", bundled=True),  # 松江区 文化和旅游局 2021
    "zzzzzzzzzzzzzzzzzzzg": dict(real=(_COMMERCE_25, _WANLI_25), seed=1570, synthetic="dongcheng"),  # 长宁区 城市管理行政执法局 2026
    "zzzzzzzzzzzzzzzzzzzh": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzi": dict(real=(_WANLI_24, _COMMERCE_25), seed=1571),  # 虹口区 体育局 2021
    "zzzzzzzzzzzzzzzzzzzj": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里街道 2025, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzzzzzk": dict(real=(_COMMERCE_25,), seed=1572, synthetic="haidian"),  # 宝山区 曹家渡街道 2024
    "zzzzzzzzzzzzzzzzzzzl": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzm": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzn": dict(real=(_WANLI_25,), seed=1573, synthetic="dongcheng", bundled=True),  # 松江区 江宁路街道 2022
    "zzzzzzzzzzzzzzzzzzzo": dict(real=(_COMMERCE_25, _WANLI_24), seed=1574, synthetic="haidian"),  # 崇明区 商务委员会 2025
    "zzzzzzzzzzzzzzzzzzzp": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzq": dict(real=(_WANLI_25, _COMMERCE_25), seed=1575),  # 闵行区 生态环境局 2021
    "zzzzzzzzzzzzzzzzzzzr": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里街道 2024, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzzzzzzzs": dict(real=(_COMMERCE_25,), seed=1576, synthetic="dongcheng"),  # 嘉定区 宜川路街道 2026
    "zzzzzzzzzzzzzzzzzzzt": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzu": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzv": dict(real=(_WANLI_24,), seed=1577, synthetic="dongcheng", bundled=True),  # 嘉定区 民政局 2021
    "zzzzzzzzzzzzzzzzzzzw": dict(real=(_COMMERCE_25, _WANLI_25), seed=1578, synthetic="haidian"),  # 奉贤区 生态环境局 2021
    "zzzzzzzzzzzzzzzzzzzx": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzy": dict(real=(_WANLI_24, _COMMERCE_25), seed=1579),  # 静安区 长风新村街道 2023
    "zzzzzzzzzzzzzzzzzzzz": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里街道 2025, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzzzzzzzza": dict(real=(_COMMERCE_25,), seed=1580, synthetic="dongcheng"),  # 普陀区 文化和旅游局 2025
    "zzzzzzzzzzzzzzzzzzzzb": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzc": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzd": dict(real=(_WANLI_25,), seed=1581, synthetic="haidian", bundled=True),  # 金山区 长风新村街道 2022
    "zzzzzzzzzzzzzzzzzzzze": dict(real=(_COMMERCE_25, _WANLI_24), seed=1582, synthetic="dongcheng"),  # 杨浦区 长风新村街道 2022
    "zzzzzzzzzzzzzzzzzzzzf": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzg": dict(real=(_WANLI_25, _COMMERCE_25), seed=1583),  # 青浦区 教育局 2023
    "zzzzzzzzzzzzzzzzzzzzh": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里街道 2024, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzzzzzzzzi": dict(real=(_COMMERCE_25,), seed=1584, synthetic="dongcheng"),  # 浦东新区 人力资源和社会保障局 2024
    "zzzzzzzzzzzzzzzzzzzzj": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzk": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzl": dict(real=(_WANLI_24,), seed=1585, synthetic="dongcheng", bundled=True),  # 浦东新区 江宁路街道 2025
    "zzzzzzzzzzzzzzzzzzzzm": dict(real=(_COMMERCE_25, _WANLI_25), seed=1586, synthetic="haidian"),  # 金山区 江宁路街道 2021
    "zzzzzzzzzzzzzzzzzzzzn": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzo": dict(real=(_WANLI_24, _COMMERCE_25), seed=1587),  # 长宁区 卫生健康委员会 2021
    "zzzzzzzzzzzzzzzzzzzzp": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里街道 2025, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzzzzzzq": dict(real=(_COMMERCE_25,), seed=1588, synthetic="haidian"),  # 普陀区 商务委员会 2023
    "zzzzzzzzzzzzzzzzzzzzr": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzs": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzt": dict(real=(_WANLI_25,), seed=1589, synthetic="dongcheng", bundled=True),  # 徐汇区 民政局 2025
    "zzzzzzzzzzzzzzzzzzzzu": dict(real=(_COMMERCE_25, _WANLI_24), seed=1590, synthetic="haidian"),  # 徐汇区 真如镇街道 2023
    "zzzzzzzzzzzzzzzzzzzzv": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzw": dict(real=(_WANLI_25, _COMMERCE_25), seed=1591),  # 虹口区 城市管理行政执法局 2023
    "zzzzzzzzzzzzzzzzzzzzx": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里街道 2024, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzzzzzzy": dict(real=(_COMMERCE_25,), seed=1592, synthetic="haidian"),  # 金山区 曹家渡街道 2022
    "zzzzzzzzzzzzzzzzzzzzz": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzza": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzb": dict(real=(_WANLI_24,), seed=1593, synthetic="haidian", bundled=True),  # 青浦区 生态环境局 2024
    "zzzzzzzzzzzzzzzzzzzzzc": dict(real=(_COMMERCE_25, _WANLI_25), seed=1594, synthetic="dongcheng"),  # 虹口区 司法局 2026
    "zzzzzzzzzzzzzzzzzzzzzd": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzze": dict(real=(_WANLI_24, _COMMERCE_25), seed=1595),  # 闵行区 市场监督管理局 2024
    "zzzzzzzzzzzzzzzzzzzzzf": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里街道 2025, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzzzzzzzzzg": dict(real=(_COMMERCE_25,), seed=1596, synthetic="dongcheng"),  # 静安区 体育局 2021
    "zzzzzzzzzzzzzzzzzzzzzh": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzi": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzj": dict(real=(_WANLI_25,), seed=1597, synthetic="haidian", bundled=True),  # 崇明区 民政局 2022
    "zzzzzzzzzzzzzzzzzzzzzk": dict(real=(_COMMERCE_25, _WANLI_24), seed=1598, synthetic="dongcheng"),  # 崇明区 城市管理行政执法局 2023
    "zzzzzzzzzzzzzzzzzzzzzl": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzm": dict(real=(_WANLI_24, _COMMERCE_25), seed=1599),  # 崇明区 曹家渡街道 2023
    "zzzzzzzzzzzzzzzzzzzzzn": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里街道 2025, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzzzzzzzo": dict(real=(_COMMERCE_25,), seed=1600, synthetic="haidian"),  # 黄浦区 民政局 2024
    "zzzzzzzzzzzzzzzzzzzzzp": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzq": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzr": dict(real=(_WANLI_24,), seed=1601, synthetic="dongcheng", bundled=True),  # 松江区 城市管理行政执法局 2024
    "zzzzzzzzzzzzzzzzzzzzzs": dict(real=(_COMMERCE_25, _WANLI_25), seed=1602, synthetic="haidian"),  # 宝山区 生态环境局 2026
    "zzzzzzzzzzzzzzzzzzzzzt": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzu": dict(real=(_WANLI_25, _COMMERCE_25), seed=1603),  # 徐汇区 体育局 2023
    "zzzzzzzzzzzzzzzzzzzzzv": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里街道 2024, 海淀园林绿化局, bundled
    "zzzzzzzzzzzzzzzzzzzzzw": dict(real=(_COMMERCE_25,), seed=1604, synthetic="dongcheng"),  # 黄浦区 司法局 2023
    "zzzzzzzzzzzzzzzzzzzzzx": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzy": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzz": dict(real=(_WANLI_25,), seed=1605, synthetic="haidian", bundled=True),  # 普陀区 城市管理行政执法局 2021
    "zzzzzzzzzzzzzzzzzzzzzza": dict(real=(_COMMERCE_25, _WANLI_24), seed=1606, synthetic="dongcheng"),  # 奉贤区 江宁路街道 2026
    "zzzzzzzzzzzzzzzzzzzzzzb": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzc": dict(real=(_WANLI_24, _COMMERCE_25), seed=1607),  # 静安区 司法局 2021
    "zzzzzzzzzzzzzzzzzzzzzzd": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里街道 2025, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzzzzzzzze": dict(real=(_COMMERCE_25,), seed=1608, synthetic="haidian"),  # 虹口区 真如镇街道 2023
    "zzzzzzzzzzzzzzzzzzzzzzf": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzg": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzh": dict(real=(_WANLI_24,), seed=1609, synthetic="haidian", bundled=True),  # 青浦区 教育局 2022
    "zzzzzzzzzzzzzzzzzzzzzzi": dict(real=(_COMMERCE_25, _WANLI_25), seed=1610, synthetic="dongcheng"),  # 嘉定区 长风新村街道 2021
    "zzzzzzzzzzzzzzzzzzzzzzj": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzk": dict(real=(_WANLI_25, _COMMERCE_25), seed=1611),  # 嘉定区 科学技术委员会 2021
    "zzzzzzzzzzzzzzzzzzzzzzl": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里街道 2024, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzzzzzzzzm": dict(real=(_COMMERCE_25,), seed=1612, synthetic="haidian"),  # 普陀区 民政局 2021
    "zzzzzzzzzzzzzzzzzzzzzzn": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzo": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzp": dict(real=(_WANLI_25,), seed=1613, synthetic="dongcheng", bundled=True),  # 浦东新区 长风新村街道 2024
    "zzzzzzzzzzzzzzzzzzzzzzq": dict(real=(_COMMERCE_25, _WANLI_24), seed=1614, synthetic="haidian"),  # 杨浦区 文化和旅游局 2026
    "zzzzzzzzzzzzzzzzzzzzzzr": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzs": dict(real=(_WANLI_24, _COMMERCE_25), seed=1615),  # 金山区 科学技术委员会 2026
    "zzzzzzzzzzzzzzzzzzzzzzt": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里街道 2025, 海淀园林, bundled
    "zzzzzzzzzzzzzzzzzzzzzzu": dict(real=(_COMMERCE_25,), seed=1616, synthetic="dongcheng"),  # 金山区 人力资源和社会保障局 2023
    "zzzzzzzzzzzzzzzzzzzzzzv": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzw": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzx": dict(real=(_WANLI_24,), seed=1617, synthetic="haidian", bundled=True),  # 崇明区 商务委员会 2022
    "zzzzzzzzzzzzzzzzzzzzzzy": dict(real=(_COMMERCE_25, _WANLI_25), seed=1618, synthetic="dongcheng"),  # 长宁区 人力资源和社会保障局 2026
    "zzzzzzzzzzzzzzzzzzzzzzz": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzza": dict(real=(_WANLI_25, _COMMERCE_25), seed=1619),  # 徐汇区 科学技术委员会 2025
    "zzzzzzzzzzzzzzzzzzzzzzzb": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里街道 2024, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzzzzzzzzzc": dict(real=(_COMMERCE_25,), seed=1620, synthetic="haidian"),  # 长宁区 城市管理行政执法局 2023
    "zzzzzzzzzzzzzzzzzzzzzzzd": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzze": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzf": dict(real=(_WANLI_25,), seed=1621, synthetic="haidian", bundled=True),  # 虹口区 科学技术委员会 2025
    "zzzzzzzzzzzzzzzzzzzzzzzg": dict(real=(_COMMERCE_25, _WANLI_24), seed=1622, synthetic="dongcheng"),  # 奉贤区 人力资源和社会保障局 2021
    "zzzzzzzzzzzzzzzzzzzzzzzh": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzi": dict(real=(_WANLI_24, _COMMERCE_25), seed=1623),  # 普陀区 长风新村街道 2026
    "zzzzzzzzzzzzzzzzzzzzzzzj": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里街道 2025, 东城卫健委, bundled
    "zzzzzzzzzzzzzzzzzzzzzzzk": dict(real=(_COMMERCE_25,), seed=1624, synthetic="haidian"),  # 闵行区 长风新村街道 2024
    "zzzzzzzzzzzzzzzzzzzzzzzl": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzm": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzn": dict(real=(_WANLI_24,), seed=1625, synthetic="dongcheng", bundled=True),  # 浦东新区 市场监督管理局 2026
    "zzzzzzzzzzzzzzzzzzzzzzzo": dict(real=(_COMMERCE_25, _WANLI_25), seed=1626, synthetic="haidian"),  # 浦东新区 民政局 2025
    "zzzzzzzzzzzzzzzzzzzzzzzp": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzq": dict(real=(_WANLI_25, _COMMERCE_25), seed=1627),  # 金山区 宜川路街道 2024
    "zzzzzzzzzzzzzzzzzzzzzzzr": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里 24 + 海淀 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzs": dict(real=(_COMMERCE_25,), seed=1628, synthetic="dongcheng"),  # 静安区 科学技术委员会 2024
    "zzzzzzzzzzzzzzzzzzzzzzzt": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzu": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzv": dict(real=(_WANLI_25,), seed=1629, synthetic="haidian", bundled=True),  # 奉贤区 民政局 2025
    "zzzzzzzzzzzzzzzzzzzzzzzw": dict(real=(_COMMERCE_25, _WANLI_24), seed=1630, synthetic="dongcheng"),  # 徐汇区 宜川路街道 2026
    "zzzzzzzzzzzzzzzzzzzzzzzx": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzy": dict(real=(_WANLI_24, _COMMERCE_25), seed=1631),  # 徐汇区 文化和旅游局 2024
    "zzzzzzzzzzzzzzzzzzzzzzzza": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里 25 + 东城 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzb": dict(real=(_COMMERCE_25,), seed=1632, synthetic="haidian"),  # 杨浦区 曹家渡街道 2022
    "zzzzzzzzzzzzzzzzzzzzzzzzc": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzd": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzze": dict(real=(_WANLI_24,), seed=1633, synthetic="dongcheng", bundled=True),  # 松江区 人力资源和社会保障局 2021 (generated) + 万里 24 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzf": dict(real=(_COMMERCE_25, _WANLI_25), seed=1634, synthetic="haidian"),  # 静安区 科学技术委员会 2025 (generated) + 商务委 + 万里 25 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzg": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzh": dict(real=(_WANLI_25, _COMMERCE_25), seed=1635),  # 长宁区 教育局 2023 (generated) + 万里 25 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzi": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里 24 + 海淀 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzj": dict(real=(_COMMERCE_25,), seed=1636, synthetic="dongcheng"),  # 普陀区 教育局 2026 (generated) + 商务委 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzk": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzl": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzm": dict(real=(_WANLI_25,), seed=1637, synthetic="haidian", bundled=True),  # 浦东新区 曹家渡街道 2022 (generated) + 万里 25 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzn": dict(real=(_COMMERCE_25, _WANLI_24), seed=1638, synthetic="dongcheng"),  # 奉贤区 宜川路街道 2024 (generated) + 商务委 + 万里 24 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzo": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzp": dict(real=(_WANLI_24, _COMMERCE_25), seed=1639),  # 长宁区 生态环境局 2023 (generated) + 万里 24 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzq": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里 25 + 东城 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzr": dict(real=(_COMMERCE_25,), seed=1640, synthetic="haidian"),  # 浦东新区 城市管理行政执法局 2026 (generated) + 商务委 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzs": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzt": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzu": dict(real=(_WANLI_24,), seed=1641, synthetic="dongcheng", bundled=True),  # 金山区 司法局 2023 (generated) + 万里 24 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzv": dict(real=(_COMMERCE_25, _WANLI_25), seed=1642, synthetic="haidian"),  # 松江区 体育局 2022 (generated) + 商务委 + 万里 25 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzw": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzx": dict(real=(_WANLI_25, _COMMERCE_25), seed=1643),  # 浦东新区 长风新村街道 2025 (generated) + 万里 25 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzy": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里 24 + 海淀 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzz": dict(real=(_COMMERCE_25,), seed=1644, synthetic="dongcheng"),  # 奉贤区 卫生健康委员会 2025 (generated) + 商务委 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzza": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzb": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzc": dict(real=(_WANLI_25,), seed=1645, synthetic="haidian", bundled=True),  # 宝山区 科学技术委员会 2025 (generated) + 万里 25 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzd": dict(real=(_COMMERCE_25, _WANLI_24), seed=1646, synthetic="dongcheng"),  # 青浦区 长风新村街道 2024 (generated) + 商务委 + 万里 24 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzze": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzf": dict(real=(_WANLI_24, _COMMERCE_25), seed=1647),  # 奉贤区 体育局 2024 (generated) + 万里 24 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzg": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里 25 + 东城 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzh": dict(real=(_COMMERCE_25,), seed=1648, synthetic="haidian"),  # 黄浦区 长风新村街道 2023 (generated) + 商务委 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzi": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzj": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzk": dict(real=(_WANLI_24,), seed=1649, synthetic="dongcheng", bundled=True),  # 青浦区 生态环境局 2021 (generated) + 万里 24 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzl": dict(real=(_COMMERCE_25, _WANLI_25), seed=1650, synthetic="haidian"),  # 崇明区 体育局 2022 (generated) + 商务委 + 万里 25 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzm": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzn": dict(real=(_WANLI_25, _COMMERCE_25), seed=1651),  # 黄浦区 江宁路街道 2024 (generated) + 万里 25 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzo": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里 24 + 海淀 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzp": dict(real=(_COMMERCE_25,), seed=1652, synthetic="dongcheng"),  # 金山区 文化和旅游局 2025 (generated) + 商务委 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzq": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzr": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzs": dict(real=(_WANLI_25,), seed=1653, synthetic="haidian", bundled=True),  # 徐汇区 宜川路街道 2023 (generated) + 万里 25 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzt": dict(real=(_COMMERCE_25, _WANLI_24), seed=1654, synthetic="dongcheng"),  # 闵行区 教育局 2025 (generated) + 商务委 + 万里 24 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzu": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzv": dict(real=(_WANLI_24, _COMMERCE_25), seed=1655),  # 静安区 文化和旅游局 2022 (generated) + 万里 24 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzw": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里 25 + 东城 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzx": dict(real=(_COMMERCE_25,), seed=1656, synthetic="haidian"),  # 崇明区 市场监督管理局 2026 (generated) + 商务委 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzy": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzz": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzza": dict(real=(_WANLI_24,), seed=1657, synthetic="haidian", bundled=True),  # 奉贤区 教育局 2023 (generated) + 万里 24 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzb": dict(real=(_COMMERCE_25, _WANLI_25), seed=1658, synthetic="dongcheng"),  # 奉贤区 真如镇街道 2022 (generated) + 商务委 + 万里 25 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzc": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzd": dict(real=(_WANLI_24, _COMMERCE_25), seed=1659),  # 奉贤区 文化和旅游局 2022 (generated) + 万里 24 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzze": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里 25 + 海淀 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzf": dict(real=(_COMMERCE_25,), seed=1660, synthetic="dongcheng"),  # 静安区 生态环境局 2022 (generated) + 商务委 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzg": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzh": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzi": dict(real=(_WANLI_25,), seed=1661, synthetic="dongcheng", bundled=True),  # 崇明区 江宁路街道 2024 (generated) + 万里 25 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzj": dict(real=(_COMMERCE_25, _WANLI_24), seed=1662, synthetic="haidian"),  # 嘉定区 科学技术委员会 2023 (generated) + 商务委 + 万里 24 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzk": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzl": dict(real=(_WANLI_25, _COMMERCE_25), seed=1663),  # 静安区 文化和旅游局 2023 (generated) + 万里 25 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzm": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里 24 + 东城 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzn": dict(real=(_COMMERCE_25,), seed=1664, synthetic="haidian"),  # 松江区 江宁路街道 2021 (generated) + 商务委 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzo": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzp": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzq": dict(real=(_WANLI_24,), seed=1665, synthetic="haidian", bundled=True),  # 奉贤区 教育局 2021 (generated) + 万里 24 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzr": dict(real=(_COMMERCE_25, _WANLI_25), seed=1666, synthetic="dongcheng"),  # 闵行区 文化和旅游局 2022 (generated) + 商务委 + 万里 25 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzs": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzt": dict(real=(_WANLI_24, _COMMERCE_25), seed=1667),  # 崇明区 市场监督管理局 2025 (generated) + 万里 24 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzu": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里 25 + 海淀 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzv": dict(real=(_COMMERCE_25,), seed=1668, synthetic="dongcheng"),  # 静安区 卫生健康委员会 2026 (generated) + 商务委 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzw": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzx": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzy": dict(real=(_WANLI_25,), seed=1669, synthetic="dongcheng", bundled=True),  # 闵行区 曹家渡街道 2025 (generated) + 万里 25 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzz": dict(real=(_COMMERCE_25, _WANLI_24), seed=1670, synthetic="haidian"),  # 青浦区 宜川路街道 2025 (generated) + 商务委 + 万里 24 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzza": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzb": dict(real=(_WANLI_24, _COMMERCE_25), seed=1671),  # 嘉定区 宜川路街道 2024 (generated) + 万里 24 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzc": dict(real=(_WANLI_25,), synthetic="haidian", bundled=True),  # 万里 25 + 海淀 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzd": dict(real=(_COMMERCE_25,), seed=1672, synthetic="dongcheng"),  # 嘉定区 市场监督管理局 2025 (generated) + 商务委 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzze": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzf": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzg": dict(real=(_WANLI_24,), seed=1673, synthetic="haidian", bundled=True),  # 嘉定区 生态环境局 2023 (generated) + 万里 24 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzh": dict(real=(_COMMERCE_25, _WANLI_25), seed=1674, synthetic="dongcheng"),  # 金山区 民政局 2021 (generated) + 商务委 + 万里 25 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzi": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzj": dict(real=(_WANLI_25, _COMMERCE_25), seed=1675),  # 宝山区 商务委员会 2022 (generated) + 万里 25 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzk": dict(real=(_WANLI_24,), synthetic="dongcheng", bundled=True),  # 万里 24 + 东城 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzl": dict(real=(_COMMERCE_25,), seed=1676, synthetic="haidian"),  # 黄浦区 曹家渡街道 2024 (generated) + 商务委 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzm": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzn": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzo": dict(real=(_WANLI_25,), seed=1677, synthetic="haidian", bundled=True),  # 浦东新区 宜川路街道 2026 (generated) + 万里 25 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzp": dict(real=(_COMMERCE_25, _WANLI_24), seed=1678, synthetic="dongcheng"),  # 宝山区 真如镇街道 2021 (generated) + 商务委 + 万里 24 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzq": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzr": dict(real=(_WANLI_24, _COMMERCE_25), seed=1679),  # 长宁区 曹家渡街道 2026 (generated) + 万里 24 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzs": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里 25 + 东城 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzt": dict(real=(_COMMERCE_25,), seed=1680, synthetic="haidian"),  # 嘉定区 市场监督管理局 2025 (generated) + 商务委 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzu": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzv": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzw": dict(real=(_WANLI_24,), seed=1681, synthetic="dongcheng", bundled=True),  # 宝山区 宜川路街道 2022 (generated) + 万里 24 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzx": dict(real=(_COMMERCE_25, _WANLI_25), seed=1682, synthetic="haidian"),  # 金山区 真如镇街道 2026 (generated) + 商务委 + 万里 25 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzy": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzza": dict(real=(_WANLI_25, _COMMERCE_25), seed=1683),  # 黄浦区 民政局 2023 (generated) + 万里 25 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzb": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里 24 + 海淀 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzc": dict(real=(_COMMERCE_25,), seed=1684, synthetic="dongcheng"),  # 崇明区 科学技术委员会 2021 (generated) + 商务委 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzd": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzze": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzf": dict(real=(_WANLI_25,), seed=1685, synthetic="haidian", bundled=True),  # 普陀区 真如镇街道 2025 (generated) + 万里 25 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzg": dict(real=(_COMMERCE_25, _WANLI_24), seed=1686, synthetic="dongcheng"),  # 杨浦区 司法局 2025 (generated) + 商务委 + 万里 24 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzh": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzi": dict(real=(_WANLI_24, _COMMERCE_25), seed=1687),  # 青浦区 体育局 2022 (generated) + 万里 24 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzj": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里 25 + 东城 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzk": dict(real=(_COMMERCE_25,), seed=1688, synthetic="haidian"),  # 嘉定区 市场监督管理局 2026 (generated) + 商务委 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzl": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzm": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzn": dict(real=(_WANLI_24,), seed=1689, synthetic="dongcheng", bundled=True),  # 浦东新区 体育局 2025 (generated) + 万里 24 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzo": dict(real=(_COMMERCE_25, _WANLI_25), seed=1690, synthetic="haidian"),  # 长宁区 人力资源和社会保障局 2022 (generated) + 商务委 + 万里 25 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzp": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzq": dict(real=(_WANLI_25, _COMMERCE_25), seed=1691),  # 宝山区 体育局 2025 (generated) + 万里 25 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzr": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里 24 + 海淀 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzs": dict(real=(_COMMERCE_25,), seed=1692, synthetic="dongcheng"),  # 虹口区 文化和旅游局 2023 (generated) + 商务委 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzt": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzu": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzv": dict(real=(_WANLI_25,), seed=1693, synthetic="haidian", bundled=True),  # 普陀区 商务委员会 2023 (generated) + 万里 25 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzw": dict(real=(_COMMERCE_25, _WANLI_24), seed=1694, synthetic="dongcheng"),  # 徐汇区 商务委员会 2023 (generated) + 商务委 + 万里 24 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzx": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzy": dict(real=(_WANLI_24, _COMMERCE_25), seed=1695),  # 长宁区 长风新村街道 2026 (generated) + 万里 24 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzza": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里 25 + 东城 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzb": dict(real=(_COMMERCE_25,), seed=1696, synthetic="haidian"),  # 黄浦区 体育局 2021 (generated) + 商务委 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzc": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzd": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzze": dict(real=(_WANLI_24,), seed=1697, synthetic="dongcheng", bundled=True),  # 金山区 市场监督管理局 2022 (generated) + 万里 24 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzf": dict(real=(_COMMERCE_25, _WANLI_25), seed=1698, synthetic="haidian"),  # 青浦区 商务委员会 2024 (generated) + 商务委 + 万里 25 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzg": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzh": dict(real=(_WANLI_25, _COMMERCE_25), seed=1699),  # 嘉定区 生态环境局 2022 (generated) + 万里 25 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzi": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里 24 + 海淀 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzj": dict(real=(_COMMERCE_25,), seed=1700, synthetic="dongcheng"),  # 青浦区 体育局 2026 (generated) + 商务委 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzk": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzl": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzm": dict(real=(_WANLI_25,), seed=1701, synthetic="haidian", bundled=True),  # 崇明区 司法局 2025 (generated) + 万里 25 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzn": dict(real=(_COMMERCE_25, _WANLI_24), seed=1702, synthetic="dongcheng"),  # 青浦区 民政局 2026 (generated) + 商务委 + 万里 24 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzo": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzp": dict(real=(_WANLI_24, _COMMERCE_25), seed=1703),  # 松江区 曹家渡街道 2023 (generated) + 万里 24 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzq": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里 25 + 东城 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzr": dict(real=(_COMMERCE_25,), seed=1704, synthetic="haidian"),  # 闵行区 人力资源和社会保障局 2022 (generated) + 商务委 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzs": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzt": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzu": dict(real=(_WANLI_24,), seed=1705, synthetic="dongcheng", bundled=True),  # 静安区 长风新村街道 2022 (generated) + 万里 24 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzv": dict(real=(_COMMERCE_25, _WANLI_25), seed=1706, synthetic="haidian"),  # 奉贤区 城市管理行政执法局 2021 (generated) + 商务委 + 万里 25 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzw": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzx": dict(real=(_WANLI_25, _COMMERCE_25), seed=1707),  # 虹口区 江宁路街道 2023 (generated) + 万里 25 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzy": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里 24 + 海淀 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzza": dict(real=(_COMMERCE_25,), seed=1708, synthetic="dongcheng"),  # 浦东新区 卫生健康委员会 2024 (generated) + 商务委 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzj": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzk": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzl": dict(real=(_WANLI_24,), seed=1713, synthetic="dongcheng", bundled=True),  # 金山区 曹家渡街道 2025 (generated) + 万里 24 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzm": dict(real=(_COMMERCE_25, _WANLI_25), seed=1714, synthetic="haidian"),  # 青浦区 宜川路街道 2022 (generated) + 商务委 + 万里 25 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzn": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzo": dict(real=(_WANLI_25, _COMMERCE_25), seed=1715),  # 闵行区 教育局 2021 (generated) + 万里 25 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzp": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里 24 + 海淀 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzq": dict(real=(_COMMERCE_25,), seed=1716, synthetic="dongcheng"),  # 黄浦区 曹家渡街道 2023 (generated) + 商务委 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzr": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzs": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzt": dict(real=(_WANLI_25,), seed=1717, synthetic="haidian", bundled=True),  # 虹口区 商务委员会 2022 (generated) + 万里 25 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzu": dict(real=(_COMMERCE_25, _WANLI_24), seed=1718, synthetic="dongcheng"),  # 青浦区 曹家渡街道 2021 (generated) + 商务委 + 万里 24 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzv": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzw": dict(real=(_WANLI_24, _COMMERCE_25), seed=1719),  # 松江区 宜川路街道 2025 (generated) + 万里 24 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzx": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里 25 + 东城 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy": dict(real=(_COMMERCE_25,), seed=1720, synthetic="haidian"),  # 嘉定区 人力资源和社会保障局 2023 (generated) + 商务委 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzza": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzb": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzc": dict(real=(_WANLI_24,), seed=1721, synthetic="dongcheng", bundled=True),  # 普陀区 生态环境局 2022 (generated) + 万里 24 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzd": dict(real=(_COMMERCE_25, _WANLI_25), seed=1722, synthetic="haidian"),  # 崇明区 科学技术委员会 2024 (generated) + 商务委 + 万里 25 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzze": dict(bundled=True),  # the bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzf": dict(real=(_WANLI_25, _COMMERCE_25), seed=1723),  # 宝山区 曹家渡街道 2024 (generated) + 万里 25 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzg": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里 24 + 海淀 + the bundled budget
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzh": dict(real=(_COMMERCE_25,), seed=1724, synthetic="dongcheng"),  # 长宁区 生态环境局 2026 (generated) + 商务委 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzi": dict(bundled=True),  # bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzj": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzk": dict(real=(_WANLI_25,), seed=1725, synthetic="haidian", bundled=True),  # 嘉定区 卫生健康委员会 2023 (generated) + 万里 25 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzl": dict(real=(_COMMERCE_25, _WANLI_24), seed=1726, synthetic="dongcheng"),  # 虹口区 科学技术委员会 2021 (generated) + 商务委 + 万里 24 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzm": dict(bundled=True),  # bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzn": dict(real=(_WANLI_24, _COMMERCE_25), seed=1727),  # 长宁区 民政局 2025 (generated) + 万里 24 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzo": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里 25 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzp": dict(real=(_COMMERCE_25,), seed=1728, synthetic="haidian"),  # 松江区 市场监督管理局 2023 (generated) + 商务委 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzq": dict(bundled=True),  # bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzr": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzs": dict(real=(_WANLI_24,), seed=1729, synthetic="dongcheng", bundled=True),  # 徐汇区 司法局 2026 (generated) + 万里 24 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzt": dict(real=(_COMMERCE_25, _WANLI_25), seed=1730, synthetic="haidian"),  # 杨浦区 曹家渡街道 2025 (generated) + 商务委 + 万里 25 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzu": dict(bundled=True),  # bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzv": dict(real=(_WANLI_25, _COMMERCE_25), seed=1731),  # 崇明区 长风新村街道 2026 (generated) + 万里 25 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzw": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里 24 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzx": dict(real=(_COMMERCE_25,), seed=1732, synthetic="dongcheng"),  # 闵行区 科学技术委员会 2023 (generated) + 商务委 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy": dict(bundled=True),  # bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzza": dict(real=(_WANLI_25,), seed=1733, synthetic="haidian", bundled=True),  # 普陀区 卫生健康委员会 2026 (generated) + 万里 25 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzb": dict(real=(_COMMERCE_25, _WANLI_24), seed=1734, synthetic="dongcheng"),  # 静安区 民政局 2021 (generated) + 商务委 + 万里 24 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzc": dict(bundled=True),  # bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzd": dict(real=(_WANLI_24, _COMMERCE_25), seed=1735),  # 青浦区 体育局 2021 (generated) + 万里 24 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzze": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里 25 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzf": dict(real=(_COMMERCE_25,), seed=1736, synthetic="haidian"),  # 黄浦区 科学技术委员会 2022 (generated) + 商务委 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzg": dict(bundled=True),  # bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzh": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzi": dict(real=(_WANLI_24,), seed=1737, synthetic="dongcheng", bundled=True),  # 虹口区 长风新村街道 2022 (generated) + 万里 24 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzj": dict(real=(_COMMERCE_25, _WANLI_25), seed=1738, synthetic="haidian"),  # 静安区 商务委员会 2023 (generated) + 商务委 + 万里 25 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzk": dict(bundled=True),  # bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzl": dict(real=(_WANLI_25, _COMMERCE_25), seed=1739),  # 闵行区 民政局 2023 (generated) + 万里 25 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzm": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里 24 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzn": dict(real=(_COMMERCE_25,), seed=1740, synthetic="dongcheng"),  # 闵行区 城市管理行政执法局 2021 (generated) + 商务委 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzo": dict(bundled=True),  # bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzp": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzq": dict(real=(_WANLI_25,), seed=1741, synthetic="haidian", bundled=True),  # 虹口区 曹家渡街道 2022 (generated) + 万里 25 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzr": dict(real=(_COMMERCE_25, _WANLI_24), seed=1742, synthetic="dongcheng"),  # 徐汇区 文化和旅游局 2023 (generated) + 商务委 + 万里 24 + 东城
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzs": dict(bundled=True),  # bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzt": dict(real=(_WANLI_24, _COMMERCE_25), seed=1743),  # 虹口区 江宁路街道 2023 (generated) + 万里 24 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzu": dict(real=(_WANLI_25,), synthetic="dongcheng", bundled=True),  # 万里 25 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzv": dict(real=(_COMMERCE_25,), seed=1744, synthetic="haidian"),  # 嘉定区 商务委员会 2026 (generated) + 商务委 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzw": dict(bundled=True),  # bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzx": dict(real=(_WANLI_24, _WANLI_25, _COMMERCE_25)),  # the three real PDFs
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy": dict(real=(_WANLI_24,), seed=1745, synthetic="dongcheng", bundled=True),  # 嘉定区 科学技术委员会 2026 (generated) + 万里 24 + 东城 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzza": dict(real=(_COMMERCE_25, _WANLI_25), seed=1746, synthetic="haidian"),  # 闵行区 商务委员会 2023 (generated) + 商务委 + 万里 25 + 海淀
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzb": dict(bundled=True),  # bundled budget alone
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzc": dict(real=(_WANLI_25, _COMMERCE_25), seed=1747),  # 奉贤区 民政局 2025 (generated) + 万里 25 + 商务委
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzd": dict(real=(_WANLI_24,), synthetic="haidian", bundled=True),  # 万里 24 + 海淀 + bundled
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzze": dict(real=(_COMMERCE_25,), seed=1748, synthetic="dongcheng"),  # 松江区 教育局 2021 (generated) + 商务委 + 东城
}


_ENGINES_BY_SPEC: dict[str, Engine] = {}  # sets written on the same documents share one index


def _blind_fixture(letter: str, spec: dict):
    @pytest.fixture(scope="session", name=f"blind_{letter}_engine")
    def engine(tmp_path_factory, e5_embedder) -> Engine:
        key = json.dumps(spec, sort_keys=True, ensure_ascii=False)
        if key not in _ENGINES_BY_SPEC:
            kw = dict(spec, bundled=REAL_DOC if spec.get("bundled") else None)
            _ENGINES_BY_SPEC[key] = _blind_engine(tmp_path_factory, e5_embedder, f"blind-{letter}", **kw)
        return _ENGINES_BY_SPEC[key]

    return engine


for _letter, _spec in BLIND_INDEXES.items():
    globals()[f"blind_{_letter}_engine"] = _blind_fixture(_letter, _spec)


@pytest.fixture(scope="session")
def generated_pdf(tmp_path_factory):
    """A generated Shanghai-template budget PDF and the figures it states (tests/pdfgen.py)."""
    from tests.pdfgen import default_spec, figures, write_pdf

    spec = default_spec()
    path = tmp_path_factory.mktemp("pdf") / "jingan_health_2025.pdf"
    write_pdf(spec, path)
    return path, figures(spec)


@pytest.fixture(scope="session")
def pdf_engine(tmp_path_factory, generated_pdf, fake_embedder) -> Engine:
    index = tmp_path_factory.mktemp("index-generated-pdf")
    ingest_paths([generated_pdf[0]], index, embedder=fake_embedder)
    return Engine(current_build(index), embedder=fake_embedder)
