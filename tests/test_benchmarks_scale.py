"""The scale run (`python -m benchmarks --scale`) on two documents, with the hashing embedder, in tmp_path."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image

from benchmarks.__main__ import main
from benchmarks.corpus import corpus
from benchmarks.embedders import DIM, HashEmbedder, make_embedder
from benchmarks.plot import plot_scale
from benchmarks.scale import growth_exponent, parse_counts, question_set, run_scale


@pytest.mark.parametrize(("text", "want"), [("1,10,100,300", [1, 10, 100, 300]), ("10, 1,10", [1, 10]), ("3", [3])])
def test_parse_counts(text, want):
    assert parse_counts(text) == want


@pytest.mark.parametrize("text", ["", "0,10", "-1", "a"])
def test_parse_counts_refuses(text):
    with pytest.raises(ValueError):
        parse_counts(text)


def test_scale_option_refuses_bad_counts(capsys):
    with pytest.raises(SystemExit):
        main(["--scale", "0,5"])
    assert "positive integers" in capsys.readouterr().err


@pytest.mark.parametrize(("points", "want"), [
    ([(1, 5.0), (10, 5.0), (100, 5.0)], 0.0),  # flat
    ([(1, 1.0), (100, 10.0)], 0.5),  # square root
    ([(1, 2.0), (10, 20.0), (300, 600.0)], 1.0),  # linear
])
def test_growth_exponent(points, want):
    assert growth_exponent(points) == pytest.approx(want)


def test_hash_embedder_is_deterministic_and_e5_sized():
    emb = make_embedder("hash")
    a, b = emb.embed_documents(["差旅费一共多少", "差旅费一共多少"])
    assert a == b == HashEmbedder.vector("差旅费 一共多少") and len(a) == DIM
    assert np.linalg.norm(a) == pytest.approx(1.0)
    assert emb.embed_query("差旅费") != emb.embed_query("办公费")
    assert emb.name == HashEmbedder(query_cost=False).name  # "fake" answers an index built with "hash"


def test_corpus_mixes_templates_with_distinct_documents(tmp_path):
    docs = corpus(5, tmp_path)
    assert [d.kind for d in docs] == ["txt", "pdf", "txt", "pdf", "txt"]
    assert len({d.doc_id for d in docs}) == 5
    assert docs[0].path.parent.name == "data" and all(d.path.parent == tmp_path for d in docs[1:])
    assert all(d.pages and d.pages > 10 for d in docs if d.kind == "pdf")
    modes = {q["mode"] for q in question_set(docs)}
    assert modes == {"scoped", "named", "unscoped", "scoped_pdf"}


def test_plot_is_a_png(tmp_path):
    rows = [{"documents": n, "scoped_sql_p95_ms": 1 + n / 100, "scoped_retrieval_p95_ms": 20 + n / 10,
             "unscoped_sql_p95_ms": n / 3, "cold_sql_s": 1.2, "cold_retrieval_s": 2 + n / 100,
             "vectors_load_s": 0.1 * n, "answer_peak_rss_mb": 300 + n, "index_mb": 7 * n} for n in (1, 10, 100)]
    results = {"rows": rows, "timestamp": "t", "embedder": "hash", "machine": {"nproc": 2}}
    path = plot_scale(results, tmp_path / "p.png")
    with Image.open(path) as img:
        assert img.format == "PNG" and img.size[0] > 1000


def test_scale_run_on_two_documents(tmp_path):
    out = tmp_path / "out"
    results = run_scale([1, 2], out_dir=out, embedder="hash", rounds=1, e5=False, work_dir=tmp_path / "work",
                        say=lambda _m: None)
    one, two = results["rows"]
    assert (one["documents"], two["documents"], two["pdfs"]) == (1, 2, 1)
    assert two["chunks"] > one["chunks"] > 0 and two["index_mb"] > one["index_mb"]
    assert one["scoped_sql_p95_ms"] > 0 and one["scoped_retrieval_p95_ms"] > 0 and one["scoped_none_p95_ms"] > 0
    assert "unscoped_sql_p95_ms" in two and "scoped_pdf_sql_p95_ms" in two
    assert one["cold_sql_route"] == "sql" and one["cold_retrieval_route"] == "retrieval"
    assert two["vectors"] in (None, two["chunks"]) and two["vectors_load_s"] > 0
    assert "scoped_sql_p95_ms" in results["growth"]
    assert json.loads((out / "scale.json").read_text(encoding="utf-8"))["counts"] == [1, 2]
    assert (out / "scale.png").stat().st_size > 10_000
    assert {p.name for p in out.glob("profile_*.txt")} >= {"profile_sql_scoped.txt", "profile_retrieval_scoped.txt"}
    assert not (tmp_path / "work").exists()  # generated documents and indexes are removed
