"""The store and the index builder against real Chroma, embedded and a real server."""

from __future__ import annotations

import threading
from dataclasses import replace

import numpy as np
import pytest

from index.build import IndexBuildError, build_index, check_model, ensure_index
from index.document import Document
from index.parse import parse_file, parse_text
from index.passages import passage_text
from index.settings import BUNDLED_RESOLUTION, Settings
from index.store import StoreError, open_store
from tests.conftest import FakeEmbedder

SECOND = """ 70/1. 示例决议

 大会，

 回顾其以往的决议，

 1. 欢迎各方采取的行动；

 2. 决定继续审议这一问题。

2015 年 9月 25 日

第 4 次全体会议
"""


@pytest.fixture(scope="module")
def resolution() -> Document:
    return parse_file(BUNDLED_RESOLUTION)


def test_no_index_yet(store_settings: Settings) -> None:
    store = open_store(store_settings)
    assert store.version() is None and store.embedding_model() is None
    with pytest.raises(StoreError, match="no index yet"):
        store.documents()


def test_round_trip_units_metadata_and_footnote_context(
    store_settings, resolution, fake_embedder
) -> None:  # type: ignore[no-untyped-def]
    store = open_store(store_settings)
    report = build_index(store_settings, [resolution], fake_embedder, store=store)
    assert (report.documents, report.units, report.embedded, report.reused) == (1, 35, 35, 0)
    assert store.version() == report.version and store.embedding_model() == fake_embedder.name
    assert store.documents() == [resolution]
    # Every unit stored exactly once.
    records = store.records(report.version)
    assert sorted(records) == sorted(f"A/RES/68/272#{u.unit}" for u in resolution.units)
    fn2 = records["A/RES/68/272#fn-2"].metadata
    assert fn2["kind"] == "footnote" and fn2["label"] == "脚注2" and fn2["label_en"] == "Footnote 2"
    assert fn2["model"] == fake_embedder.name and len(fn2["hash"]) == 32
    op5 = records["A/RES/68/272#op-5"].metadata
    assert op5["footnotes"] == '["fn-5"]' and op5["order"] == resolution.get("op-5").order
    # The footnote's embedded text carries the phrase that cites it.
    assert "1996 年《联合国同各国议会联盟的合作协定》" in passage_text(
        resolution, resolution.get("fn-2")
    )
    assert "序言部分第4段" in passage_text(resolution, resolution.get("fn-2"))
    hit = store.query(fake_embedder.embed_queries([resolution.get("op-15").text])[0], 3)[0]
    assert (hit.unit, round(hit.similarity, 3)) == ("op-15", 1.0)


def test_reindexing_changes_nothing(store_settings, resolution, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    store = open_store(store_settings)
    first = build_index(store_settings, [resolution], fake_embedder, store=store)
    calls = fake_embedder.embedded
    again = build_index(store_settings, [resolution], fake_embedder, store=store)
    assert fake_embedder.embedded == calls
    assert (again.changed, again.version, again.embedded) == (False, first.version, 0)
    changed = replace(
        resolution,
        units=tuple(
            replace(u, text=u.text + "（修订）") if u.unit == "op-3" else u
            for u in resolution.units
        ),
    )
    third = build_index(store_settings, [changed], fake_embedder, store=store)
    assert (third.embedded, third.reused) == (1, 34)
    assert third.version != first.version and store.versions() == [third.version]
    rebuilt = build_index(store_settings, [changed], fake_embedder, store=store, rebuild=True)
    assert rebuilt.embedded == 35


def test_documents_side_by_side(store_settings, resolution, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    store = open_store(store_settings)
    build_index(store_settings, [resolution], fake_embedder, store=store)
    other = parse_text(SECOND)
    report = build_index(store_settings, [other], fake_embedder, store=store)
    assert report.documents == 2 and report.reused == 35 and report.embedded == len(other.units)
    assert [d.symbol for d in store.documents()] == ["A/RES/68/272", "A/RES/70/1"]


def test_other_model_is_detected_and_rebuilt(store_settings, resolution, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    store = open_store(store_settings)
    build_index(store_settings, [resolution], fake_embedder, store=store)
    other = FakeEmbedder(name="another-model")
    with pytest.raises(StoreError, match="run `resqa index --rebuild`"):
        check_model(store, other.name)
    report = ensure_index(store_settings, other, store, lambda: [resolution])
    assert report is not None and report.embedded == 35
    assert store.embedding_model() == "another-model"
    check_model(store, other.name)
    assert ensure_index(store_settings, other, store, lambda: [resolution]) is None


class FailingEmbedder(FakeEmbedder):
    def __init__(self, fail_after: int) -> None:
        super().__init__()
        self.fail_after = fail_after

    def embed_passages(self, texts):  # type: ignore[no-untyped-def]
        if self.embedded + len(texts) > self.fail_after:
            raise OSError("No space left on device")
        return super().embed_passages(texts)


def test_failure_mid_build_keeps_previous_index(store_settings, resolution, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    store = open_store(store_settings)
    good = build_index(store_settings, [resolution], fake_embedder, store=store)
    with pytest.raises(OSError):
        build_index(
            store_settings, [resolution], FailingEmbedder(fail_after=10), store=store, rebuild=True
        )
    assert store.version() == good.version and store.documents() == [resolution]

    def broken_write(name, records):  # type: ignore[no-untyped-def]
        raise StoreError("disk full")

    store.write = broken_write  # type: ignore[method-assign]
    with pytest.raises(IndexBuildError, match="previous index kept"):
        build_index(store_settings, [resolution], fake_embedder, store=store, rebuild=True)
    assert store.version() == good.version and store.versions() == [good.version]
    assert len(store.query(fake_embedder.embed_queries(["妇女"])[0], 5)) == 5


def test_readers_never_see_an_empty_index_during_rebuilds(
    store_settings, resolution, fake_embedder
) -> None:  # type: ignore[no-untyped-def]
    store = open_store(store_settings)
    build_index(store_settings, [resolution], fake_embedder, store=store)
    reader = open_store(store_settings)
    vector = fake_embedder.embed_queries(["起草新的合作协定"])[0]
    stop, problems = threading.Event(), []

    def read() -> None:
        while not stop.is_set():
            try:
                hits = reader.query(vector, 3)
                if len(hits) != 3:
                    problems.append(f"{len(hits)} hits")
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
    assert problems == []


@pytest.mark.model
def test_real_model_in_both_modes(store_settings, resolution, real_embedder) -> None:  # type: ignore[no-untyped-def]
    store = open_store(store_settings)
    build_index(store_settings, [resolution], real_embedder, store=store)
    hits = store.query(real_embedder.embed_queries(["起草新的合作协定"])[0], 3)
    assert hits[0].unit == "op-15"
    fn2 = store.records(store.version())["A/RES/68/272#fn-2"]
    assert fn2.metadata["anchor"] == "1996 年《联合国同各国议会联盟的合作协定》"
    assert np.isclose(np.linalg.norm(fn2.vector), 1.0, atol=1e-3)


def test_server_down_is_a_clear_error(settings) -> None:  # type: ignore[no-untyped-def]
    from tests.index.conftest import free_port

    with pytest.raises(StoreError, match="cannot open the Chroma server"):
        open_store(settings.with_(chroma_host="127.0.0.1", chroma_port=free_port()))


def test_killed_build_leaves_previous_index_and_is_cleaned_up(
    store_settings, resolution, fake_embedder
) -> None:  # type: ignore[no-untyped-def]
    store = open_store(store_settings)
    good = build_index(store_settings, [resolution], fake_embedder, store=store)
    # What a process killed mid-write leaves behind: a half-filled version that was never activated.
    orphan = store.create_version()
    records = list(store.records(good.version).values())
    store.write(orphan, records[:10])
    assert store.version() == good.version and len(store.documents()[0].units) == 35
    later = build_index(store_settings, [resolution], fake_embedder, store=store, rebuild=True)
    assert store.versions() == [later.version]  # the orphan was dropped (its name may be reused)
    assert store.count(later.version) == 35 and store.documents() == [resolution]
