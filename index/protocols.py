"""The seams between layers: what an embedder and a vector store must offer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from index.document import Document


class Embedder(Protocol):
    """Turns text into unit-length vectors; queries and passages may be prompted differently."""

    @property
    def name(self) -> str:
        """Identifier of the model, stored with every vector so a mismatch is detected."""
        ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages (units). Returns a float32 array of shape (len(texts), dim)."""
        ...

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed questions. Returns a float32 array of shape (len(texts), dim)."""
        ...


@dataclass(frozen=True)
class Hit:
    """One nearest-neighbour result from the store.

    :param doc: Document symbol.
    :param unit: Unit id within the document.
    :param similarity: Cosine similarity in [-1, 1], higher is closer.
    """

    doc: str
    unit: str
    similarity: float


class Store(Protocol):
    """A versioned vector index of documents' units."""

    def version(self) -> str | None:
        """Id of the active index version (changes on every rebuild), or ``None`` if none."""
        ...

    def embedding_model(self) -> str | None:
        """Model name of the active index, or ``None`` when there is no index yet."""
        ...

    def documents(self) -> list[Document]:
        """All documents of the active index, rebuilt from stored metadata, units in order."""
        ...

    def query(self, vector: np.ndarray, k: int) -> list[Hit]:
        """The ``k`` units of the active index nearest to ``vector``, best first."""
        ...
