"""The Chroma store: versioned collections of units and an active pointer, embedded or server.

Every index build writes a new collection (``resqa-v0007``) and then moves the pointer, kept in the
metadata of a small ``resqa-active`` collection, so a reader always sees one complete version.
Chroma is the single source of truth: ``documents()`` rebuilds every ``Document`` from metadata.
"""

from __future__ import annotations

import json
import re
import shutil
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from index.document import Document, Unit
from index.protocols import Hit
from index.settings import Settings

MESSAGES = {
    "failed": "Chroma at {where}: {what} failed: {error}",
    "unreadable": (
        "Chroma at {where} cannot be read: {error}; "
        "if its files were damaged run `resqa index --rebuild`"
    ),
    "no_index": "no index yet: run `resqa index` (or start `resqa serve`, which builds it)",
    "active_missing": (
        "the active index {name} is missing from Chroma at {where} ({error}); "
        "run `resqa index --rebuild`"
    ),
    "query_failed": (
        "Chroma at {where}: query failed: {error}; "
        "if the index is damaged run `resqa index --rebuild`"
    ),
    "changed_twice": "the index changed twice during one query; try again",
    "drop_active": "refusing to delete the active version {name}",
    "cannot_open": "cannot open {target}: {error}",
    "server": "the Chroma server at {where}",
    "directory": "the Chroma directory {where}",
}


class StoreError(RuntimeError):
    """The vector store cannot be used; the message says why and what to do."""


def record_id(doc: str, unit: str) -> str:
    """The Chroma id of a unit: ``A/RES/68/272#op-15`` (unit ids never contain ``#``).

    :param doc: Document symbol.
    :param unit: Unit id.
    :returns: The record id.
    """
    return f"{doc}#{unit}"


def split_record_id(rid: str) -> tuple[str, str]:
    """The document symbol and unit id a record id names (inverse of :func:`record_id`).

    :param rid: A record id.
    :returns: ``(doc, unit)``.
    """
    doc, _, unit = rid.rpartition("#")
    return doc, unit


@dataclass(frozen=True)
class StoredRecord:
    """One unit as written to a version: id, vector, text and metadata."""

    id: str
    vector: np.ndarray
    text: str
    metadata: dict[str, Any]


def unit_metadata(
    doc: Document, doc_order: int, unit: Unit, content_hash: str, model: str
) -> dict[str, Any]:
    """Flat Chroma metadata for a unit (lists as JSON strings, ``None`` as -1 or "")."""
    return {
        "doc": doc.symbol,
        "unit": unit.unit,
        "kind": unit.kind,
        "number": -1 if unit.number is None else unit.number,
        "item": unit.item or "",
        "label": unit.label,
        "label_en": unit.label_en,
        "order": unit.order,
        "footnotes": json.dumps(list(unit.footnotes)),
        "references": json.dumps(list(unit.references)),
        "cited_by": json.dumps(list(unit.cited_by)),
        "anchor": unit.anchor,
        "hash": content_hash,
        "model": model,
        "doc_order": doc_order,
        "doc_title": doc.title,
        "doc_language": doc.language,
        "doc_adopted": doc.adopted,
        "doc_meeting": doc.meeting,
        "doc_links": json.dumps(doc.links, ensure_ascii=False),
    }


def documents_from_records(
    texts: Sequence[str], metadatas: Sequence[dict[str, Any]]
) -> list[Document]:
    """Rebuild documents from stored texts and metadata, units and documents in order."""
    grouped: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for text, meta in zip(texts, metadatas, strict=True):
        grouped.setdefault(str(meta["doc"]), []).append((text, meta))
    docs: list[tuple[int, Document]] = []
    for symbol, rows in grouped.items():
        rows.sort(key=lambda row: int(row[1]["order"]))
        first = rows[0][1]
        units = tuple(
            Unit(
                unit=str(m["unit"]),
                kind=m["kind"],
                number=None if int(m["number"]) < 0 else int(m["number"]),
                item=str(m["item"]) or None,
                label=str(m["label"]),
                label_en=str(m["label_en"]),
                text=text,
                order=int(m["order"]),
                footnotes=tuple(json.loads(m["footnotes"])),
                references=tuple(json.loads(m["references"])),
                cited_by=tuple(json.loads(m["cited_by"])),
                anchor=str(m["anchor"]),
            )
            for text, m in rows
        )
        doc = Document(
            symbol=symbol,
            title=str(first["doc_title"]),
            language=str(first["doc_language"]),
            adopted=str(first["doc_adopted"]),
            meeting=str(first["doc_meeting"]),
            units=units,
            links=json.loads(first["doc_links"]),
        )
        docs.append((int(first["doc_order"]), doc))
    return [doc for _, doc in sorted(docs, key=lambda pair: (pair[0], pair[1].symbol))]


class ChromaStore:
    """Versioned unit collections in one Chroma client (embedded or HTTP).

    :param client: A chromadb client.
    :param prefix: Collection name prefix (``Settings.collection``).
    :param where: Human description for messages (a path or ``host:port``).
    """

    def __init__(
        self, client: Any, prefix: str, where: str, connect: Callable[[], Any] | None = None
    ) -> None:
        self._client = client
        self._connect = connect
        self._prefix = prefix
        self._where = where
        self._lock = threading.Lock()
        self._collections: dict[str, Any] = {}
        self._documents: dict[str, list[Document]] = {}

    # -- reading ----------------------------------------------------------------------------
    @property
    def pointer_name(self) -> str:
        """Name of the collection whose metadata holds the active version."""
        return f"{self._prefix}-active"

    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(
                MESSAGES["failed"].format(where=self._where, what=what, error=short_error(exc))
            ) from None

    def reconnect(self) -> bool:
        """Drop the client and its cached handles and connect again (after files were replaced
        or the server restarted). Returns False when this store cannot reconnect."""
        if self._connect is None:
            return False
        with self._lock:
            self._collections.clear()
            self._documents.clear()
            try:
                self._client = self._connect()
            except Exception:
                return False
        return True

    def _pointer(self, retry: bool = True) -> dict[str, Any]:
        try:
            collection = self._client.get_collection(self.pointer_name)
        except Exception as exc:
            if _is_missing(exc):
                return {}
            if retry and self.reconnect():
                return self._pointer(retry=False)
            raise StoreError(
                MESSAGES["unreadable"].format(where=self._where, error=short_error(exc))
            ) from None
        return dict(collection.metadata or {})

    def version(self) -> str | None:
        """The active version's collection name, or ``None`` when nothing is indexed yet."""
        return self._pointer().get("active") or None

    def embedding_model(self) -> str | None:
        """Model of the active version, or ``None``."""
        pointer = self._pointer()
        return pointer.get("model") if pointer.get("active") else None

    def _collection(self, name: str) -> Any:
        with self._lock:
            if name not in self._collections:
                self._collections[name] = self._client.get_collection(name)
            return self._collections[name]

    def _active(self) -> tuple[str, Any]:
        name = self.version()
        if name is None:
            raise StoreError(MESSAGES["no_index"])
        try:
            return name, self._collection(name)
        except Exception as exc:
            raise StoreError(
                MESSAGES["active_missing"].format(
                    name=name, where=self._where, error=short_error(exc)
                )
            ) from None

    def documents(self) -> list[Document]:
        """All documents of the active version, rebuilt from metadata (cached per version)."""
        name, collection = self._active()
        if name not in self._documents:
            got = self._call(
                "reading the index", collection.get, include=["documents", "metadatas"]
            )
            self._documents = {name: documents_from_records(got["documents"], got["metadatas"])}
        return self._documents[name]

    def query(self, vector: np.ndarray, k: int) -> list[Hit]:
        """The ``k`` nearest units of the active version, best first."""
        for attempt in range(2):
            name, collection = self._active()
            try:
                # Ids name the unit (see record_id): metadata would cost 4x the query itself.
                result = collection.query(
                    query_embeddings=[np.asarray(vector, dtype=np.float32).tolist()],
                    n_results=max(1, k),
                    include=["distances"],
                )
            except Exception as exc:
                # A rebuild may have switched and dropped this version between the two reads.
                with self._lock:
                    self._collections.pop(name, None)
                if attempt == 0 and (self.version() != name or self.reconnect()):
                    continue
                raise StoreError(
                    MESSAGES["query_failed"].format(where=self._where, error=short_error(exc))
                ) from None
            return [
                Hit(*split_record_id(rid), 1.0 - float(d))
                for rid, d in zip(result["ids"][0], result["distances"][0], strict=True)
            ]
        raise StoreError(MESSAGES["changed_twice"])

    # -- writing ----------------------------------------------------------------------------
    def versions(self) -> list[str]:
        """Names of all version collections, oldest first."""
        names = self._call("listing collections", self._client.list_collections)
        pattern = re.compile(re.escape(self._prefix) + r"-v(\d+)$")
        found = [getattr(c, "name", c) for c in names]
        return sorted(
            (n for n in found if pattern.match(n)), key=lambda n: int(n.rsplit("v", 1)[1])
        )

    def records(self, name: str) -> dict[str, StoredRecord]:
        """Every record of a version with its vector (for reuse by the next build)."""
        collection = self._collection(name)
        got = self._call(
            "reading vectors", collection.get, include=["embeddings", "documents", "metadatas"]
        )
        return {
            rid: StoredRecord(rid, np.asarray(vec, dtype=np.float32), text, dict(meta))
            for rid, vec, text, meta in zip(
                got["ids"], got["embeddings"], got["documents"], got["metadatas"], strict=True
            )
        }

    def create_version(self) -> str:
        """Create an empty collection for the next version and return its name."""
        existing = self.versions()
        number = int(existing[-1].rsplit("v", 1)[1]) + 1 if existing else 1
        name = f"{self._prefix}-v{number:04d}"
        self._call(
            "creating a collection",
            self._client.create_collection,
            name,
            configuration={"hnsw": {"space": "cosine"}},
            embedding_function=None,
        )
        return name

    def write(self, name: str, records: Sequence[StoredRecord]) -> None:
        """Add records to a (new) version in batches."""
        collection = self._collection(name)
        batch = max(
            1, min(1000, int(self._call("reading limits", self._client.get_max_batch_size)))
        )
        for start in range(0, len(records), batch):
            part = records[start : start + batch]
            self._call(
                "writing units",
                collection.add,
                ids=[r.id for r in part],
                embeddings=np.stack([r.vector for r in part]),
                documents=[r.text for r in part],
                metadatas=[r.metadata for r in part],
            )

    def count(self, name: str) -> int:
        """Number of records in a version."""
        return int(self._call("counting", self._collection(name).count))

    def activate(self, name: str, model: str) -> None:
        """Point readers at ``name`` (one metadata update: readers see the old or the new)."""
        pointer = self._call(
            "opening the pointer",
            self._client.get_or_create_collection,
            self.pointer_name,
            embedding_function=None,
        )
        self._call(
            "switching the active version",
            pointer.modify,
            metadata={"active": name, "model": model},
        )

    def drop(self, name: str) -> None:
        """Delete a version collection (never the active one)."""
        if name == self.version():
            raise StoreError(MESSAGES["drop_active"].format(name=name))
        with self._lock:
            self._collections.pop(name, None)
        try:
            self._client.delete_collection(name)
        except Exception as exc:
            if not _is_missing(exc):
                raise StoreError(
                    MESSAGES["failed"].format(
                        where=self._where, what=f"deleting {name}", error=short_error(exc)
                    )
                ) from None


def short_error(exc: BaseException) -> str:
    """An exception as one line of at most 200 characters."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) < 200 else text[:197] + "..."


def _is_missing(exc: BaseException) -> bool:
    return (
        type(exc).__name__ == "NotFoundError"
        or "does not exist" in str(exc)
        or "not found" in str(exc).lower()
    )


def _client_factory(settings: Settings) -> tuple[Callable[[], Any], str]:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:

        def remote() -> Any:
            client = chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
            )
            client.heartbeat()
            return client

        return remote, f"{settings.chroma_host}:{settings.chroma_port}"

    def local(fresh: bool = False) -> Any:
        if fresh:  # chromadb keeps one system per path per process; a stale one must go
            from chromadb.api.client import SharedSystemClient

            SharedSystemClient.clear_system_cache()
        settings.chroma_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)

    return local, str(settings.chroma_dir)


def open_store(settings: Settings, recover: bool = False) -> ChromaStore:
    """Connect to Chroma: embedded under ``settings.chroma_dir``, or the server in settings.

    :param settings: ``chroma_host``/``chroma_port``/``chroma_dir``/``collection``.
    :param recover: Embedded mode only: if the directory is damaged, move it aside
        (``chroma.damaged-<time>``) and start an empty one, for ``resqa index --rebuild``.
    :returns: The store (one client per call: keep it for the process).
    :raises StoreError: When the directory or the server cannot be used.
    """
    connect, where = _client_factory(settings)
    local = not settings.chroma_host
    try:
        client = connect(fresh=True) if recover and local else connect()  # type: ignore[call-arg]
        if recover and local:
            client.list_collections()
            client.get_or_create_collection(f"{settings.collection}-probe").count()
            client.delete_collection(f"{settings.collection}-probe")
    except Exception as exc:
        if recover and local and settings.chroma_dir.exists():
            aside = settings.chroma_dir.with_name(f"chroma.damaged-{int(time.time())}")
            shutil.move(str(settings.chroma_dir), aside)
            return open_store(settings, recover=True)
        target = MESSAGES["server" if settings.chroma_host else "directory"].format(where=where)
        raise StoreError(
            MESSAGES["cannot_open"].format(target=target, error=short_error(exc))
        ) from None
    reconnect = connect if settings.chroma_host else (lambda: connect(fresh=True))  # type: ignore[call-arg]
    return ChromaStore(client, settings.collection, where, reconnect)
