"""The benchmark's synthetic corpus and report, without the long measurements."""

from __future__ import annotations

import json
from pathlib import Path

from index.parse import parse_file
from index.settings import BUNDLED_RESOLUTION
from ui.bench import DenseBaseline, format_table, percentiles
from ui.bench_corpus import synthetic_corpus


def test_corpus_is_deterministic_and_well_formed() -> None:
    source = parse_file(BUNDLED_RESOLUTION)
    for size in (3, 57, 1000):
        docs = synthetic_corpus(source, size)
        assert sum(len(d.units) for d in docs) == size
        assert synthetic_corpus(source, size) == docs
        assert len({d.symbol for d in docs}) == len(docs)
        for doc in docs:
            ids = [u.unit for u in doc.units]
            assert len(ids) == len(set(ids))
            assert all(doc.get(f) for u in doc.units for f in u.footnotes)


def test_percentiles() -> None:
    assert percentiles([float(i) for i in range(1, 101)]) == {"p50": 51.0, "p95": 95.0, "p99": 99.0}


def test_dense_baseline_cites_the_store_hits(fake_embedder, settings) -> None:  # type: ignore[no-untyped-def]
    from index.build import build_index
    from index.store import open_store

    store = open_store(settings)
    build_index(settings, [parse_file(BUNDLED_RESOLUTION)], fake_embedder, store=store)
    answer = DenseBaseline(store, fake_embedder).ask(
        parse_file(BUNDLED_RESOLUTION).get("op-15").text
    )
    assert answer.citations[0].unit == "op-15" and len(answer.citations) == 3


def test_table_from_recorded_results() -> None:
    recorded = Path(__file__).resolve().parents[2] / "benchmarks" / "results.json"
    table = format_table(json.loads(recorded.read_text(encoding="utf-8")))
    assert "warm ask p50" in table and "units/s" in table and "machine:" in table.splitlines()[-1]


def test_rewriting_results_keeps_the_notes(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.bench

    recorded = Path(__file__).resolve().parents[2] / "benchmarks" / "results.json"
    results = json.loads(recorded.read_text(encoding="utf-8"))
    monkeypatch.setattr(ui.bench, "RESULTS", tmp_path)
    ui.bench.write_results(results)
    page = tmp_path / "RESULTS.md"
    assert ui.bench.NOTES_MARK in page.read_text(encoding="utf-8")
    page.write_text(page.read_text(encoding="utf-8") + "## Where the time goes\nprofiled.\n")
    ui.bench.write_results(results)
    text = page.read_text(encoding="utf-8")
    assert text.count(ui.bench.NOTES_MARK) == 1 and text.endswith(
        "## Where the time goes\nprofiled.\n"
    )
    assert (tmp_path / "chart.png").stat().st_size > 0
