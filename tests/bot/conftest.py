"""Bot fixtures: the bundled resolution, an in-memory store, bots over the fake embedder."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import numpy as np
import pytest

from bot.bot import Bot
from index.document import Document
from index.parse import parse_file
from index.protocols import Embedder, Hit
from index.settings import BUNDLED_RESOLUTION, Settings
from tests.conftest import FakeEmbedder


class MemoryStore:
    """The ``Store`` protocol in memory: exact cosine search, a new version on every load."""

    def __init__(self) -> None:
        self._version: str | None = None
        self._model: str | None = None
        self._documents: list[Document] = []
        self._keys: list[tuple[str, str]] = []
        self._vectors = np.zeros((0, 1), dtype=np.float32)
        self.queries = 0

    def load(self, documents: Sequence[Document], embedder: Embedder) -> str:
        """Index documents (replacing what was there) and return the new version."""
        keys = [(d.symbol, u.unit) for d in documents for u in d.units]
        texts = [u.text for d in documents for u in d.units]
        self._vectors = embedder.embed_passages(texts) if texts else self._vectors
        self._keys = keys
        self._documents = list(documents)
        self._model = embedder.name
        self._version = uuid.uuid4().hex
        return self._version

    def version(self) -> str | None:
        return self._version

    def embedding_model(self) -> str | None:
        return self._model

    def documents(self) -> list[Document]:
        return list(self._documents)

    def query(self, vector: np.ndarray, k: int) -> list[Hit]:
        self.queries += 1
        if not self._keys:
            return []
        sims = self._vectors @ np.asarray(vector, dtype=np.float32)
        order = np.argsort(-sims)[:k]
        return [Hit(self._keys[i][0], self._keys[i][1], float(sims[i])) for i in order]


def parse_bundled() -> Document:
    """The bundled resolution, through the real parser."""
    return parse_file(BUNDLED_RESOLUTION)


@pytest.fixture(scope="session")
def resolution() -> Document:
    """A/RES/68/272, parsed."""
    return parse_bundled()


@pytest.fixture
def memory_store(resolution: Document, fake_embedder: FakeEmbedder) -> MemoryStore:
    """An in-memory store holding the bundled resolution, embedded with the fake embedder."""
    store = MemoryStore()
    store.load([resolution], fake_embedder)
    return store


@pytest.fixture
def fake_bot(settings: Settings, memory_store: MemoryStore, fake_embedder: FakeEmbedder) -> Bot:
    """A bot over the in-memory store and the fake embedder (fast logic tests)."""
    return Bot(settings, memory_store, fake_embedder)
