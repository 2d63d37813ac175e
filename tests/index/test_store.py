"""The Chroma store against real Chroma: embedded, and a real ``chroma run`` server."""

from __future__ import annotations

import json
import threading

import numpy as np
import pytest

from index.build import build_index
from index.document import Document
from index.passages import passage_text
from index.protocols import Embedder
from index.settings import Settings
from index.store import StoredRecord, StoreError, open_store
from tests.conftest import FakeEmbedder
from tests.index.conftest import free_port


def test_no_index_yet(store_settings: Settings) -> None:
    store = open_store(store_settings)
    assert store.version() is None and store.embedding_model() is None
    assert store.versions() == []
    with pytest.raises(StoreError, match="no index yet"):
        store.documents()
    with pytest.raises(StoreError, match="no index yet"):
        store.query(np.ones(4, dtype=np.float32), 3)


def test_round_trip_units_metadata_and_footnote_context(
    store_settings: Settings, resolution: Document, fake_embedder: FakeEmbedder
) -> None:
    store = open_store(store_settings)
    report = build_index(store_settings, [resolution], fake_embedder, store=store)
    assert (report.documents, report.units, report.embedded, report.reused) == (1, 35, 35, 0)
    assert store.version() == report.version and store.embedding_model() == fake_embedder.name
    # A second client (as another process would have) sees the same documents.
    assert store.documents() == [resolution]
    assert open_store(store_settings).documents() == [resolution]
    # Every unit stored exactly once.
    records = store.records(report.version)
    assert sorted(records) == sorted(f"A/RES/68/272#{u.unit}" for u in resolution.units)
    fn2 = records["A/RES/68/272#fn-2"].metadata
    assert fn2["kind"] == "footnote" and fn2["label"] == "脚注2" and fn2["label_en"] == "Footnote 2"
    assert fn2["number"] == 2 and fn2["doc"] == "A/RES/68/272"
    assert fn2["model"] == fake_embedder.name and len(fn2["hash"]) == 32
    assert json.loads(fn2["cited_by"]) == ["pp-4"]
    assert fn2["anchor"] == "1996 年《联合国同各国议会联盟的合作协定》"
    op5 = records["A/RES/68/272#op-5"].metadata
    assert json.loads(op5["footnotes"]) == ["fn-5"] and op5["order"] == 17
    assert records["A/RES/68/272#title"].metadata["number"] == -1  # None is not storable
    # The stored text is the unit's own text; the embedded passage has the citing context.
    assert records["A/RES/68/272#fn-2"].text == resolution.get("fn-2").text  # type: ignore[union-attr]
    fn2_passage = passage_text(resolution, resolution.get("fn-2"))  # type: ignore[arg-type]
    assert "1996 年《联合国同各国议会联盟的合作协定》" in fn2_passage
    assert "序言部分第4段" in fn2_passage
    vector = records["A/RES/68/272#fn-2"].vector
    assert np.allclose(vector, fake_embedder.embed_passages([fn2_passage])[0], atol=1e-6)


def test_query_is_cosine_best_first(
    store_settings: Settings, resolution: Document, fake_embedder: FakeEmbedder
) -> None:
    store = open_store(store_settings)
    build_index(store_settings, [resolution], fake_embedder, store=store)
    op15 = passage_text(resolution, resolution.get("op-15"))  # type: ignore[arg-type]
    hits = store.query(fake_embedder.embed_queries([op15])[0], 5)
    assert [h.doc for h in hits] == ["A/RES/68/272"] * 5
    assert (hits[0].unit, round(hits[0].similarity, 4)) == ("op-15", 1.0)
    assert [h.similarity for h in hits] == sorted((h.similarity for h in hits), reverse=True)
    # Scaling the query does not change cosine similarity.
    scaled = store.query(3.0 * fake_embedder.embed_queries([op15])[0], 5)
    assert [h.unit for h in scaled] == [h.unit for h in hits]
    assert len(store.query(fake_embedder.embed_queries(["妇女"])[0], 100)) == 35


def test_another_client_notices_a_rebuild(
    store_settings: Settings, resolution: Document, fake_embedder: FakeEmbedder
) -> None:
    reader = open_store(store_settings)
    writer = open_store(store_settings)
    first = build_index(store_settings, [resolution], fake_embedder, store=writer)
    assert reader.version() == first.version and reader.documents() == [resolution]
    second = build_index(store_settings, [resolution], fake_embedder, store=writer, rebuild=True)
    assert second.version != first.version and reader.version() == second.version
    assert reader.query(fake_embedder.embed_queries(["议会联盟"])[0], 3)
    assert writer.versions() == [second.version]  # the old version was dropped


def test_the_active_version_cannot_be_dropped(
    store_settings: Settings, resolution: Document, fake_embedder: FakeEmbedder
) -> None:
    store = open_store(store_settings)
    report = build_index(store_settings, [resolution], fake_embedder, store=store)
    with pytest.raises(StoreError, match="refusing"):
        store.drop(report.version)
    store.drop("resqa-v9999")  # a missing version is already gone: no error
    assert store.documents() == [resolution]


def test_writes_in_batches_larger_than_one(
    store_settings: Settings, fake_embedder: FakeEmbedder
) -> None:
    store = open_store(store_settings)
    name = store.create_version()
    vectors = fake_embedder.embed_passages([f"第{i}段" for i in range(1200)])
    meta = {"doc": "X", "unit": "u"}
    store.write(name, [StoredRecord(f"X#{i}", v, f"第{i}段", meta) for i, v in enumerate(vectors)])
    assert store.count(name) == 1200
    store.drop(name)
    assert store.versions() == []


def test_readers_never_see_an_empty_index_during_rebuilds(
    store_settings: Settings, resolution: Document, fake_embedder: FakeEmbedder
) -> None:
    store = open_store(store_settings)
    build_index(store_settings, [resolution], fake_embedder, store=store)
    reader = open_store(store_settings)
    vector = fake_embedder.embed_queries(["起草新的合作协定"])[0]
    stop, problems, reads = threading.Event(), [], [0]

    def read() -> None:
        while not stop.is_set():
            try:
                hits = reader.query(vector, 3)
                docs = reader.documents()
                if len(hits) != 3 or len(docs[0].units) != 35:
                    problems.append(f"{len(hits)} hits, {len(docs[0].units)} units")
                reads[0] += 1
            except Exception as exc:
                problems.append(repr(exc))

    thread = threading.Thread(target=read)
    thread.start()
    try:
        for _ in range(4):
            build_index(store_settings, [resolution], fake_embedder, store=store, rebuild=True)
    finally:
        stop.set()
        thread.join()
    assert problems == [] and reads[0] > 0


def test_server_down_is_a_clear_error(settings: Settings) -> None:
    with pytest.raises(StoreError, match="cannot open the Chroma server") as caught:
        open_store(settings.with_(chroma_host="127.0.0.1", chroma_port=free_port()))
    assert "\n" not in str(caught.value)


@pytest.mark.model
def test_real_model_in_both_modes(
    store_settings: Settings, resolution: Document, real_embedder: Embedder
) -> None:
    store = open_store(store_settings)
    build_index(store_settings, [resolution], real_embedder, store=store)
    assert store.documents() == [resolution]
    hits = store.query(real_embedder.embed_queries(["起草新的合作协定"])[0], 3)
    assert hits[0].unit == "op-15"
    version = store.version()
    assert version is not None
    fn2 = store.records(version)["A/RES/68/272#fn-2"]
    assert fn2.metadata["anchor"] == "1996 年《联合国同各国议会联盟的合作协定》"
    assert fn2.metadata["model"] == real_embedder.name
    assert np.isclose(np.linalg.norm(fn2.vector), 1.0, atol=1e-3)
    # The footnote is found through its context, which its own text lacks.
    hits = store.query(real_embedder.embed_queries(["1996年合作协定载于哪份文件？"])[0], 3)
    assert "fn-2" in [h.unit for h in hits]
