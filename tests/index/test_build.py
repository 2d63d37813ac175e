"""The indexer: idempotent, atomic, several documents, model changes, failures; real Chroma."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pytest

from index.build import IndexBuildError, build_index, check_model, content_hash, ensure_index
from index.document import Document, Unit
from index.parse import parse_text
from index.passages import passage_text
from index.settings import Settings
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


def revised(doc: Document, unit_id: str, suffix: str = "（修订）") -> Document:
    """The document with one unit's text changed."""
    return replace(
        doc,
        units=tuple(
            replace(u, text=u.text + suffix) if u.unit == unit_id else u for u in doc.units
        ),
    )


class FailingEmbedder(FakeEmbedder):
    """Raises once more than ``fail_after`` passages would have been embedded."""

    def __init__(self, fail_after: int) -> None:
        super().__init__()
        self.fail_after = fail_after

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if self.embedded + len(texts) > self.fail_after:
            raise OSError("No space left on device")
        return super().embed_passages(texts)


def test_passage_text_gives_footnotes_their_context(resolution: Document) -> None:
    fn2 = resolution.get("fn-2")
    assert fn2 is not None and fn2.text.startswith("A/51/402")
    passage = passage_text(resolution, fn2)
    assert passage.startswith("脚注2：A/51/402")
    assert "1996 年《联合国同各国议会联盟的合作协定》" in passage and "序言部分第4段" in passage
    op15 = resolution.get("op-15")
    assert op15 is not None and passage_text(resolution, op15) == op15.text
    title = resolution.get("title")
    assert title is not None and passage_text(resolution, title).startswith("A/RES/68/272 ")
    # A footnote nobody cites (bad input) is its own text.
    lonely = Unit("fn-9", "footnote", 9, "脚注9", "Footnote 9", "A/1。", 99)
    assert passage_text(resolution, lonely) == "A/1。"


def test_content_hash_depends_on_text_and_model() -> None:
    assert content_hash("甲", "m1") == content_hash("甲", "m1")
    assert len({content_hash("甲", "m1"), content_hash("乙", "m1"), content_hash("甲", "m2")}) == 3


def test_reindexing_changes_nothing(
    store_settings: Settings, resolution: Document, fake_embedder: FakeEmbedder
) -> None:
    store = open_store(store_settings)
    first = build_index(store_settings, [resolution], fake_embedder, store=store)
    calls = fake_embedder.embedded
    again = build_index(store_settings, [resolution], fake_embedder, store=store)
    assert fake_embedder.embedded == calls
    assert (again.changed, again.version, again.embedded, again.reused) == (
        False,
        first.version,
        0,
        35,
    )
    third = build_index(store_settings, [revised(resolution, "op-3")], fake_embedder, store=store)
    assert (third.changed, third.embedded, third.reused) == (True, 1, 34)
    assert third.version != first.version and store.versions() == [third.version]
    assert store.documents() == [revised(resolution, "op-3")]
    rebuilt = build_index(
        store_settings, [revised(resolution, "op-3")], fake_embedder, store=store, rebuild=True
    )
    assert (rebuilt.embedded, rebuilt.reused) == (35, 0)


def test_a_changed_footnote_context_is_re_embedded(
    store_settings: Settings, resolution: Document, fake_embedder: FakeEmbedder
) -> None:
    store = open_store(store_settings)
    build_index(store_settings, [resolution], fake_embedder, store=store)
    # Only the citing paragraph's label changes, but the footnote's passage includes it.
    relabelled = replace(
        resolution,
        units=tuple(
            replace(u, label="序言部分第四段") if u.unit == "pp-4" else u for u in resolution.units
        ),
    )
    report = build_index(store_settings, [relabelled], fake_embedder, store=store)
    assert report.embedded == 1  # fn-2; pp-4's own text did not change
    assert store.documents() == [relabelled]


def test_documents_side_by_side(
    store_settings: Settings, resolution: Document, fake_embedder: FakeEmbedder
) -> None:
    store = open_store(store_settings)
    build_index(store_settings, [resolution], fake_embedder, store=store)
    other = parse_text(SECOND)
    report = build_index(store_settings, [other], fake_embedder, store=store)
    assert (report.documents, report.units) == (2, 35 + len(other.units))
    assert (report.reused, report.embedded) == (35, len(other.units))
    assert store.documents() == [resolution, other]
    # Re-indexing the first document keeps its place and the other document.
    report = build_index(store_settings, [revised(resolution, "op-1")], fake_embedder, store=store)
    assert report.embedded == 1 and store.documents() == [revised(resolution, "op-1"), other]
    hits = store.query(fake_embedder.embed_queries(["欢迎各方采取的行动；"])[0], 1)
    assert (hits[0].doc, hits[0].unit) == ("A/RES/70/1", "op-1")


def test_a_document_given_twice_is_refused(
    store_settings: Settings, resolution: Document, fake_embedder: FakeEmbedder
) -> None:
    with pytest.raises(IndexBuildError, match="A/RES/68/272 is given twice"):
        build_index(store_settings, [resolution, resolution], fake_embedder)


def test_other_model_is_detected_and_rebuilt(
    store_settings: Settings, resolution: Document, fake_embedder: FakeEmbedder
) -> None:
    store = open_store(store_settings)
    build_index(store_settings, [resolution], fake_embedder, store=store)
    build_index(store_settings, [parse_text(SECOND)], fake_embedder, store=store)
    other = FakeEmbedder(name="another-model")
    with pytest.raises(StoreError, match="run `resqa index --rebuild`") as caught:
        check_model(store, other.name)
    assert "'fake-bigram-256'" in str(caught.value) and "'another-model'" in str(caught.value)
    # Indexing one document with the new model re-embeds every document, none is lost.
    report = build_index(store_settings, [resolution], other, store=store)
    assert report.model_changed and report.embedded == report.units == 35 + 5
    assert store.embedding_model() == "another-model"
    assert [d.symbol for d in store.documents()] == ["A/RES/68/272", "A/RES/70/1"]
    check_model(store, other.name)


def test_ensure_index_builds_only_when_needed(
    store_settings: Settings, resolution: Document, fake_embedder: FakeEmbedder
) -> None:
    store = open_store(store_settings)
    progress: list[tuple[int, int]] = []
    first = ensure_index(
        store_settings,
        fake_embedder,
        store,
        lambda: [resolution],
        lambda done, total: progress.append((done, total)),
    )
    assert first is not None and first.embedded == 35
    assert progress[0] == (0, 35) and progress[-1] == (35, 35)

    def must_not_load() -> list[Document]:
        raise AssertionError("documents loaded although the index is usable")

    assert ensure_index(store_settings, fake_embedder, store, must_not_load) is None
    other = FakeEmbedder(name="another-model")
    report = ensure_index(store_settings, other, store, must_not_load)
    assert report is not None and report.model_changed and report.embedded == 35
    assert store.documents() == [resolution]


def test_embedder_failure_keeps_previous_index(
    store_settings: Settings, resolution: Document, fake_embedder: FakeEmbedder
) -> None:
    store = open_store(store_settings)
    good = build_index(store_settings, [resolution], fake_embedder, store=store)
    failing = FailingEmbedder(fail_after=10)
    with pytest.raises(IndexBuildError, match="embedding failed, previous index kept") as caught:
        build_index(store_settings, [resolution], failing, store=store, rebuild=True)
    assert "No space left on device" in str(caught.value)
    assert store.version() == good.version and store.documents() == [resolution]
    assert store.versions() == [good.version]


def test_write_failure_keeps_previous_index_and_removes_the_partial_one(
    store_settings: Settings,
    resolution: Document,
    fake_embedder: FakeEmbedder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = open_store(store_settings)
    good = build_index(store_settings, [resolution], fake_embedder, store=store)
    real_write = store.write

    def half_write(name: str, records: Sequence[object]) -> None:
        real_write(name, records[:10])  # type: ignore[arg-type]
        raise StoreError("disk full")

    monkeypatch.setattr(store, "write", half_write)
    with pytest.raises(IndexBuildError, match="previous index kept: disk full"):
        build_index(store_settings, [resolution], fake_embedder, store=store, rebuild=True)
    assert store.version() == good.version and store.versions() == [good.version]
    assert store.documents() == [resolution]
    assert len(store.query(fake_embedder.embed_queries(["妇女"])[0], 5)) == 5


def test_a_short_count_is_not_activated(
    store_settings: Settings,
    resolution: Document,
    fake_embedder: FakeEmbedder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = open_store(store_settings)
    good = build_index(store_settings, [resolution], fake_embedder, store=store)
    real_write = store.write
    monkeypatch.setattr(store, "write", lambda name, records: real_write(name, records[:-1]))
    with pytest.raises(IndexBuildError, match="holds 34 units, expected 35"):
        build_index(store_settings, [resolution], fake_embedder, store=store, rebuild=True)
    assert store.version() == good.version and store.versions() == [good.version]


def test_killed_build_leaves_previous_index_and_is_cleaned_up(
    store_settings: Settings, resolution: Document, fake_embedder: FakeEmbedder
) -> None:
    store = open_store(store_settings)
    good = build_index(store_settings, [resolution], fake_embedder, store=store)
    # What a process killed mid-write leaves behind: a half-filled version never activated.
    orphan = store.create_version()
    records = list(store.records(good.version).values())
    store.write(orphan, records[:10])
    assert store.version() == good.version and len(store.documents()[0].units) == 35
    later = build_index(store_settings, [resolution], fake_embedder, store=store, rebuild=True)
    assert store.versions() == [later.version]  # the orphan was dropped (its name may be reused)
    assert store.count(later.version) == 35 and store.documents() == [resolution]
