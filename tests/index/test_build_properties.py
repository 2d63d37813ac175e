"""Properties of the indexer on generated documents, fake embedder, real Chroma (both modes)."""

from __future__ import annotations

import os
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.build import build_index
from index.document import Document, Unit
from index.passages import passage_text
from index.settings import Settings
from index.store import ChromaStore, open_store
from tests.conftest import FakeEmbedder

# Any text a file may hold, surrogates aside (they cannot be encoded), plus the usual suspects.
TEXT = st.text(
    st.one_of(
        st.characters(exclude_categories=["Cs"]),
        st.sampled_from("联合国大会决议，。；：“”《》（）\"'\\{}[]\n\t 0123456789"),
    ),
    min_size=1,
    max_size=30,
)
SYMBOLS = st.builds("A/RES/{}/{}".format, st.integers(1, 80), st.integers(1, 400))


@st.composite
def documents(draw: st.DrawFn, symbol: str) -> Document:
    """A document with consistent units: paragraphs (some with items) citing footnotes."""
    units: list[Unit] = [Unit("title", "title", None, "标题", "Title", draw(TEXT), 0)]
    for n in range(1, draw(st.integers(0, 3)) + 1):
        units.append(
            Unit(
                f"pp-{n}",
                "preambular",
                n,
                f"序言部分第{n}段",
                f"Preambular paragraph {n}",
                draw(TEXT),
                len(units),
            )
        )
    for n in range(1, draw(st.integers(1, 4)) + 1):
        units.append(
            Unit(
                f"op-{n}",
                "operative",
                n,
                f"执行部分第{n}段",
                f"Operative paragraph {n}",
                draw(TEXT),
                len(units),
                references=tuple(draw(st.lists(SYMBOLS, max_size=2, unique=True))),
            )
        )
        if draw(st.booleans()):
            units.append(
                Unit(
                    f"op-{n}-a",
                    "operative",
                    n,
                    f"执行部分第{n}段(a)项",
                    f"Operative paragraph {n} (a)",
                    draw(TEXT),
                    len(units),
                    item="a",
                )
            )
    paragraphs = list(range(1, len(units)))
    footnotes: list[Unit] = []
    for n in range(1, draw(st.integers(0, 3)) + 1):
        citing = sorted(
            draw(st.lists(st.sampled_from(paragraphs), min_size=1, max_size=2, unique=True))
        )
        fid = f"fn-{n}"
        for i in citing:
            units[i] = replace(units[i], footnotes=(*units[i].footnotes, fid))
        footnotes.append(
            Unit(
                fid,
                "footnote",
                n,
                f"脚注{n}",
                f"Footnote {n}",
                draw(TEXT),
                0,
                cited_by=tuple(units[i].unit for i in citing),
                anchor=draw(TEXT),
            )
        )
    base = len(units)
    units.extend(replace(f, order=base + i) for i, f in enumerate(footnotes))
    if draw(st.booleans()):
        units.append(
            Unit("adoption", "adoption", None, "通过日期", "Adoption", draw(TEXT), len(units))
        )
    linked = {s for u in units for s in u.references}
    return Document(
        symbol=symbol,
        title=units[0].text,
        language=draw(st.sampled_from(["zh", "en"])),
        adopted=draw(st.sampled_from(["", "2014-05-19"])),
        meeting=draw(st.sampled_from(["", "第 86 次全体会议"])),
        units=tuple(units),
        links={s: f"http://undocs.org/ch/{s}" for s in sorted(linked)},
    )


CORPORA = st.lists(SYMBOLS, min_size=1, max_size=3, unique=True).flatmap(
    lambda symbols: st.tuples(*(documents(s) for s in symbols))
)
PROPERTY_SETTINGS = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def fresh_store(store_settings: Settings) -> tuple[Settings, ChromaStore]:
    """A store with its own collection prefix: one per generated example."""
    own = store_settings.with_(collection="p" + os.urandom(4).hex())
    return own, open_store(own)


@PROPERTY_SETTINGS
@given(corpus=CORPORA)
def test_every_unit_is_stored_once_and_documents_round_trip(
    store_settings: Settings, corpus: tuple[Document, ...]
) -> None:
    own, store = fresh_store(store_settings)
    report = build_index(own, corpus, FakeEmbedder(), store=store)
    expected = [f"{d.symbol}#{u.unit}" for d in corpus for u in d.units]
    records = store.records(report.version)
    assert sorted(records) == sorted(expected) and store.count(report.version) == len(expected)
    assert (report.documents, report.units) == (len(corpus), len(expected))
    rebuilt = store.documents()
    assert rebuilt == list(corpus)
    # Every footnote reference resolves, both ways, after the round trip.
    for doc in rebuilt:
        for unit in doc.units:
            for fid in unit.footnotes:
                footnote = doc.get(fid)
                assert footnote is not None and footnote.kind == "footnote"
                assert unit.unit in footnote.cited_by
            for cid in unit.cited_by:
                citing = doc.get(cid)
                assert citing is not None and unit.unit in citing.footnotes


@PROPERTY_SETTINGS
@given(corpus=CORPORA)
def test_reindexing_changes_nothing(store_settings: Settings, corpus: tuple[Document, ...]) -> None:
    own, store = fresh_store(store_settings)
    embedder = FakeEmbedder()
    first = build_index(own, corpus, embedder, store=store)
    before = store.records(first.version)
    embedded = embedder.embedded
    again = build_index(own, corpus, embedder, store=store)
    assert embedder.embedded == embedded
    assert (again.changed, again.version, again.embedded) == (False, first.version, 0)
    after = store.records(again.version)
    assert sorted(after) == sorted(before)
    assert all(after[i].metadata == before[i].metadata for i in before)
    assert all((after[i].vector == before[i].vector).all() for i in before)


@PROPERTY_SETTINGS
@given(corpus=CORPORA)
def test_one_by_one_equals_all_at_once(
    store_settings: Settings, corpus: tuple[Document, ...]
) -> None:
    own, store = fresh_store(store_settings)
    embedder = FakeEmbedder()
    for doc in corpus:
        build_index(own, [doc], embedder, store=store)
    assert store.documents() == list(corpus)
    assert embedder.embedded == sum(len(d.units) for d in corpus)  # nothing embedded twice


@PROPERTY_SETTINGS
@given(corpus=CORPORA, data=st.data())
def test_only_changed_passages_are_re_embedded(
    store_settings: Settings, corpus: tuple[Document, ...], data: st.DataObject
) -> None:
    own, store = fresh_store(store_settings)
    build_index(own, corpus, FakeEmbedder(), store=store)
    doc = data.draw(st.sampled_from(corpus))
    target = data.draw(st.sampled_from(doc.units))
    changed = replace(
        doc,
        units=tuple(
            replace(u, text=u.text + data.draw(TEXT)) if u is target else u for u in doc.units
        ),
    )
    differs = sum(
        passage_text(doc, u) != passage_text(changed, c)
        for u, c in zip(doc.units, changed.units, strict=True)
    )
    embedder = FakeEmbedder()
    report = build_index(own, [changed], embedder, store=store)
    assert report.embedded == embedder.embedded == differs
    assert store.documents() == [changed if d.symbol == doc.symbol else d for d in corpus]
