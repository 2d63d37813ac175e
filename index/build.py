"""Build the index: documents in, embedded units out, switched in atomically.

Each build writes a complete new version and only then moves the active pointer, so readers never
see a half-built or empty index; a failed build leaves the previous version active and removes
its own partial collection. Unchanged units (same passage text and model) reuse their vectors.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.document import Document
from index.locks import exclusive_lock
from index.passages import passage_text
from index.protocols import Embedder
from index.settings import Settings
from index.store import (
    ChromaStore,
    StoredRecord,
    StoreError,
    open_store,
    record_id,
    short_error,
    unit_metadata,
)

Progress = Callable[[int, int], None]
EMBED_BATCH = 64

MESSAGES = {
    "other_model": (
        "the index was built with {built!r} but the configured model is {configured!r}; "
        "run `resqa index --rebuild`"
    ),
    "count": "{name} holds {got} units, expected {want}; previous index kept",
    "failed": "index build failed, previous index kept: {error}",
    "embed_failed": "embedding failed, previous index kept: {error}",
    "duplicate": "document {symbol} is given twice",
}


class IndexBuildError(RuntimeError):
    """An index build failed; the previous index is still active."""


@dataclass(frozen=True)
class IndexReport:
    """What a build did.

    :param documents: Documents in the new active version.
    :param units: Units in the new active version.
    :param embedded: Units embedded in this build.
    :param reused: Units whose vectors were reused.
    :param seconds: Wall time of the build.
    :param version: The active version after the build.
    :param changed: False when nothing changed and no new version was written.
    :param model_changed: True when the previous index used another embedding model.
    """

    documents: int
    units: int
    embedded: int
    reused: int
    seconds: float
    version: str
    changed: bool = True
    model_changed: bool = False


def content_hash(text: str, model: str) -> str:
    """Hash of what determines a vector: the passage text and the model."""
    return hashlib.sha256(f"{model}\n{text}".encode()).hexdigest()[:32]


def check_model(store: ChromaStore, embedder_name: str) -> None:
    """Refuse an index built with another model than the configured one.

    :raises StoreError: With the fix (``resqa index --rebuild``) in the message.
    """
    built_with = store.embedding_model()
    if built_with is not None and built_with != embedder_name:
        raise StoreError(MESSAGES["other_model"].format(built=built_with, configured=embedder_name))


def build_index(
    settings: Settings,
    documents: Sequence[Document],
    embedder: Embedder,
    store: ChromaStore | None = None,
    rebuild: bool = False,
    progress: Progress | None = None,
) -> IndexReport:
    """Index documents next to those already indexed (a document with the same symbol is replaced).

    :param settings: Data directory (lock) and store settings.
    :param documents: Parsed documents to (re)index.
    :param embedder: The configured embedder.
    :param store: An open store; opened from settings when omitted.
    :param rebuild: Re-embed every unit even when unchanged.
    :param progress: ``progress(done, total)`` while embedding.
    :returns: What was done.
    :raises IndexBuildError: When the build fails (the previous index stays active).
    """
    started = time.perf_counter()
    twice = [s for s, n in Counter(doc.symbol for doc in documents).items() if n > 1]
    if twice:
        raise IndexBuildError(MESSAGES["duplicate"].format(symbol=twice[0]))
    store = store or open_store(settings)
    model = embedder.name
    with exclusive_lock(Path(settings.data_dir) / "index.lock"):
        active = store.version()
        model_changed = active is not None and store.embedding_model() != model
        previous = store.records(active) if active else {}
        for name in store.versions():  # half-built versions of crashed runs
            if name != active:
                store.drop(name)

        given = {doc.symbol for doc in documents}
        kept = [r for r in previous.values() if r.metadata["doc"] not in given]
        if model_changed:
            kept = []  # vectors of another model cannot be mixed in
            documents = [*kept_docs_not_given(_documents_of(store), given), *documents]
        doc_order = _document_order(previous.values(), documents)

        wanted: list[tuple[str, str, str, dict[str, object]]] = []
        for doc in documents:
            for unit in doc.units:
                text = passage_text(doc, unit)
                digest = content_hash(text, model)
                meta = unit_metadata(doc, doc_order[doc.symbol], unit, digest, model)
                wanted.append((record_id(doc.symbol, unit.unit), unit.text, text, meta))

        reuse = not rebuild and not model_changed
        to_embed = [w for w in wanted if not (reuse and _same(previous.get(w[0]), w[3]))]
        try:
            vectors = _embed(embedder, [passage for _, _, passage, _ in to_embed], progress)
        except Exception as exc:
            raise IndexBuildError(MESSAGES["embed_failed"].format(error=short_error(exc))) from exc
        fresh = {w[0]: vec for w, vec in zip(to_embed, vectors, strict=True)}
        records = list(kept)
        for rid, unit_text, _passage, meta in wanted:
            vector = fresh[rid] if rid in fresh else previous[rid].vector
            records.append(StoredRecord(rid, vector, unit_text, dict(meta)))

        n_docs = len({r.metadata["doc"] for r in records})
        unchanged = (
            active is not None
            and not to_embed
            and set(previous) == {r.id for r in records}
            and all(
                previous[r.id].metadata == r.metadata and previous[r.id].text == r.text
                for r in records
            )
        )
        if unchanged:
            assert active is not None
            return IndexReport(
                n_docs,
                len(records),
                0,
                len(records),
                time.perf_counter() - started,
                active,
                changed=False,
            )

        name = store.create_version()
        try:
            store.write(name, records)
            if (got := store.count(name)) != len(records):
                raise IndexBuildError(
                    MESSAGES["count"].format(name=name, got=got, want=len(records))
                )
            store.activate(name, model)
        except Exception as exc:
            with suppress(StoreError):
                store.drop(name)
            if isinstance(exc, IndexBuildError):
                raise
            raise IndexBuildError(MESSAGES["failed"].format(error=short_error(exc))) from exc
        if active:
            with suppress(StoreError):  # left behind, it is dropped by the next build
                store.drop(active)
        return IndexReport(
            n_docs,
            len(records),
            len(to_embed),
            len(records) - len(to_embed),
            time.perf_counter() - started,
            name,
            model_changed=model_changed,
        )


def _documents_of(store: ChromaStore) -> list[Document]:
    try:
        return store.documents()
    except StoreError:
        return []


def kept_docs_not_given(docs: Sequence[Document], given: set[str]) -> list[Document]:
    """Documents of the old index that this build does not replace."""
    return [d for d in docs if d.symbol not in given]


def _same(record: StoredRecord | None, meta: dict[str, object]) -> bool:
    return record is not None and record.metadata.get("hash") == meta["hash"]


def _document_order(
    previous: Iterable[StoredRecord], documents: Sequence[Document]
) -> dict[str, int]:
    """Position of each document: a re-indexed document keeps its place, a new one goes last."""
    order = {str(r.metadata["doc"]): int(r.metadata["doc_order"]) for r in previous}
    following = max(order.values(), default=-1) + 1
    for doc in documents:
        if doc.symbol not in order:
            order[doc.symbol] = following
            following += 1
    return order


def _embed(embedder: Embedder, texts: list[str], progress: Progress | None) -> list[np.ndarray]:
    vectors: list[np.ndarray] = []
    total = len(texts)
    if progress and total:
        progress(0, total)
    for start in range(0, total, EMBED_BATCH):
        vectors.extend(embedder.embed_passages(texts[start : start + EMBED_BATCH]))
        if progress:
            progress(min(start + EMBED_BATCH, total), total)
    return vectors


def ensure_index(
    settings: Settings,
    embedder: Embedder,
    store: ChromaStore,
    load_documents: Callable[[], Sequence[Document]],
    progress: Progress | None = None,
) -> IndexReport | None:
    """Build the index if there is none, or rebuild it if it was made with another model.

    :param settings: Settings (lock, data directory).
    :param embedder: The configured embedder.
    :param store: The open store.
    :param load_documents: Called only when a build is needed (parsing is not free).
    :param progress: ``progress(done, total)`` while embedding.
    :returns: The build report, or ``None`` when the index was already usable.
    """
    active = store.version()
    if active is not None and store.embedding_model() == embedder.name:
        return None
    documents = list(load_documents()) if active is None else _documents_of(store)
    return build_index(
        settings, documents, embedder, store=store, rebuild=active is not None, progress=progress
    )
