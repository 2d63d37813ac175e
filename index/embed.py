"""The sentence-transformers embedder behind the ``Embedder`` seam."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from index.convert import ModelCacheError, ensure_converted
from index.settings import DEFAULT_MODEL, Settings


class SentenceTransformerEmbedder:
    """Embeds with a sentence-transformers model; queries and passages get the model's prompts.

    :param model: A loaded ``SentenceTransformer``.
    :param name: Identifier stored with every vector (the configured model name).
    :param batch_size: Texts per forward pass.
    """

    def __init__(self, model: Any, name: str, batch_size: int = 32) -> None:
        self._model = model
        self._name = name
        self._batch_size = batch_size
        prompts = getattr(model, "prompts", {}) or {}
        self._query_prompt = "query" if "query" in prompts else None
        self._passage_prompt = "passage" if "passage" in prompts else None

    @property
    def name(self) -> str:
        """The configured model name."""
        return self._name

    @property
    def dtype(self) -> Any:
        """The ``torch`` dtype the model computes in."""
        return next(self._model.parameters()).dtype

    @property
    def dimension(self) -> int:
        """Length of the vectors."""
        return int(self._model.get_embedding_dimension())

    def _encode(self, texts: Sequence[str], prompt_name: str | None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            prompt_name=prompt_name,
            batch_size=self._batch_size,
            normalize_embeddings=False,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        # Normalised here, in float32: a bfloat16 model's own normalisation is off by ~0.3%.
        vectors = np.asarray(vectors, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed units with the ``passage: `` prompt.

        :param texts: Unit texts.
        :returns: float32 array (len(texts), dim), L2-normalized.
        """
        return self._encode(texts, self._passage_prompt)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed questions with the ``query: `` prompt.

        :param texts: Questions.
        :returns: float32 array (len(texts), dim), L2-normalized.
        """
        return self._encode(texts, self._query_prompt)


def native_bfloat16(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """Whether the CPU computes bfloat16 natively (AVX512-BF16 or AMX), where it is about three
    times faster than float32 for this model; elsewhere it is emulated and slower.

    :param cpuinfo: The kernel's CPU description (Linux); unreadable means no.
    :returns: True when a flag says so.
    """
    try:
        flags = cpuinfo.read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    return bool(re.search(r"\b(?:avx512_bf16|amx_bf16)\b", flags))


def use_bfloat16(settings: Settings) -> bool:
    """Whether the model runs in bfloat16 under these settings.

    :param settings: ``embed_precision`` is used.
    :returns: True for ``bfloat16``, and for ``auto`` on a CPU with native bfloat16.
    """
    if settings.embed_precision == "auto":
        return native_bfloat16()
    return settings.embed_precision == "bfloat16"


def model_path(settings: Settings, progress: Callable[[str], None] | None = None) -> str:
    """Where the configured model is loaded from: the converted default, or the name as given."""
    if settings.embedding_model == DEFAULT_MODEL:
        return str(ensure_converted(settings.model_cache_dir, progress))
    return settings.embedding_model


def load_embedder(
    settings: Settings, progress: Callable[[str], None] | None = None
) -> SentenceTransformerEmbedder:
    """Load the configured embedding model (converting the offline default on first use).

    :param settings: ``embedding_model`` and ``model_cache_dir`` are used.
    :param progress: Conversion progress messages.
    :returns: The embedder.
    :raises ModelCacheError: When the model cannot be found or loaded.
    """
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(max(1, min(4, torch.get_num_threads())))
    path = model_path(settings, progress)
    local = Path(path).is_dir()
    try:
        model = SentenceTransformer(path, device="cpu", local_files_only=True)
    except Exception as exc:  # sentence-transformers raises many kinds; one message for all
        hint = "" if local else " (no model hub here: give a local directory)"
        raise ModelCacheError(f"cannot load embedding model {path!r}: {exc}{hint}") from None
    model.eval()
    if use_bfloat16(settings):
        # Vectors stay within cosine 0.998 of float32 ones, so indexes are interchangeable.
        model.to(torch.bfloat16)
    return SentenceTransformerEmbedder(model, settings.embedding_model)
