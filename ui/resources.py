"""Once-per-process resources shared by the page and the server routes: settings and the bot.

The model, the Chroma client and BM25 live inside the one ``Bot`` built here; Streamlit sessions
and ``/api/ask`` requests all reach it through :func:`get_bot`, never through session state.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from bot.bot import Bot
from index.settings import Settings

Progress = Callable[[int, int], None]


class _BotHolder:
    """Builds the bot once (building the index first if there is none), thread-safely."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._bots: dict[Settings, Bot] = {}

    def get(self, settings: Settings, progress: Progress | None = None) -> Bot:
        bot = self._bots.get(settings)
        if bot is not None:
            return bot
        with self._lock:
            if settings not in self._bots:
                self._bots[settings] = build_bot(settings, progress)
            return self._bots[settings]

    def ready(self, settings: Settings) -> bool:
        return settings in self._bots


_HOLDER = _BotHolder()


def build_bot(settings: Settings, progress: Progress | None = None) -> Bot:
    """Load the model, open the store, build the index if missing, and make the bot.

    :param settings: Settings.
    :param progress: ``progress(done, total)`` while a first index is embedded.
    :returns: A ready bot.
    """
    from index.build import ensure_index
    from index.embed import load_embedder
    from index.parse import parse_file
    from index.store import open_store

    embedder = load_embedder(settings)
    store = open_store(settings)
    ensure_index(
        settings, embedder, store, lambda: [parse_file(p) for p in settings.documents], progress
    )
    return Bot(settings, store, embedder)


def get_bot(settings: Settings, progress: Progress | None = None) -> Bot:
    """The process's bot for these settings (built on first call).

    :param settings: Settings.
    :param progress: Index-building progress, used only by the call that builds.
    :returns: The shared bot.
    """
    return _HOLDER.get(settings, progress)


def bot_ready(settings: Settings) -> bool:
    """Whether the bot for these settings is already built (no waiting needed)."""
    return _HOLDER.ready(settings)


def current_settings() -> Settings:
    """Settings from the environment (the server process's ``RESQA_*`` variables)."""
    return Settings.from_env()
