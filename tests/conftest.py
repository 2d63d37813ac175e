"""Shared fixtures: no network in tests, a fast deterministic fake embedder, settings."""

from __future__ import annotations

import hashlib
import ipaddress
import os
import socket
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

from index.offline import disable_outbound_calls
from index.settings import Settings

if TYPE_CHECKING:
    from index.embed import SentenceTransformerEmbedder

# Same switches as every entry point; also inherited by servers the tests start.
disable_outbound_calls()


class OutboundConnectionBlocked(RuntimeError):
    """A test tried to reach a non-loopback address."""


def _is_loopback(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    if not isinstance(address, tuple) or not address:
        return False
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def block_outbound_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail every socket connection that leaves this machine (loopback stays allowed)."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: object) -> None:
        if not _is_loopback(address):
            raise OutboundConnectionBlocked(f"outbound connection to {address!r} blocked in tests")
        real_connect(self, address)  # type: ignore[arg-type]

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        if not _is_loopback(address):
            raise OutboundConnectionBlocked(f"outbound connection to {address!r} blocked in tests")
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)


class FakeEmbedder:
    """Deterministic character-bigram hashing embedder: fast, no model, similar text is close."""

    def __init__(self, dim: int = 256, name: str = "fake-bigram-256") -> None:
        self.dim = dim
        self._name = name
        self.calls = 0
        self.embedded = 0

    @property
    def name(self) -> str:
        return self._name

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        self.embedded += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            grams = [text[i : i + 2] for i in range(max(len(text) - 1, 1))]
            for gram in grams:
                digest = hashlib.blake2b(gram.encode("utf-8"), digest_size=4).digest()
                out[row, int.from_bytes(digest, "little") % self.dim] += 1.0
            norm = float(np.linalg.norm(out[row]))
            out[row] = out[row] / norm if norm else out[row]
            if not norm:
                out[row, 0] = 1.0
        return out

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts)


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    """A fresh fake embedder (counts its calls)."""
    return FakeEmbedder()


@pytest.fixture(scope="session")
def model_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One converted-model cache per test run (RESQA_TEST_MODEL_CACHE keeps it across runs)."""
    keep = os.environ.get("RESQA_TEST_MODEL_CACHE")
    return Path(keep) if keep else tmp_path_factory.mktemp("models")


@pytest.fixture
def settings(tmp_path: Path, model_cache_dir: Path) -> Iterator[Settings]:
    """Default settings with a private data directory and the shared model cache."""
    yield Settings.from_env({}).with_(data_dir=tmp_path / "data", model_cache=model_cache_dir)


@pytest.fixture(scope="session")
def real_embedder(model_cache_dir: Path) -> SentenceTransformerEmbedder:
    """The real offline multilingual-e5-small, converted once per test run."""
    from index.embed import load_embedder

    return load_embedder(
        Settings.from_env({}).with_(data_dir=model_cache_dir, model_cache=model_cache_dir)
    )
