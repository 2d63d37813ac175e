"""Once-per-process resources of the server: settings, the bot, and the first index build.

This is the only module of the page that reaches into ``bot`` and ``index``. Everything heavy
(model, Chroma client, BM25) lives inside the one bot built by :func:`get_bot`, cached with
``st.cache_resource``: built once per server process and shared by every Streamlit session and
by the server's ``/api/ask`` route. ``st.cache_resource`` needs no running script, so
:func:`get_bot` and :func:`bot_ready` are plain-Python accessors as well.

``RESQA_BOT_FACTORY=package.module:function`` replaces the real bot (tests, demos): the function
is called as ``function(settings, progress)`` and returns an object with ``ask`` and ``documents``.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import streamlit as st

from bot.answer import Answer
from index.document import Document
from index.settings import Settings

Progress = Callable[[int, int], None]
FACTORY_VARIABLE = "RESQA_BOT_FACTORY"


class ChatBot(Protocol):
    """What the page and the JSON API need from a bot."""

    def ask(self, question: str, history: Sequence[str] = (), top_k: int | None = None) -> Answer:
        """Answer a question (see :meth:`bot.bot.Bot.ask`)."""
        ...

    def documents(self) -> list[Document]:
        """The indexed documents, units in order."""
        ...


class ResourceError(RuntimeError):
    """The bot could not be made; the message is one readable line."""


@dataclass(frozen=True)
class BuildStatus:
    """A snapshot of the bot's preparation, for a progress indicator.

    :param phase: ``idle`` (not started), ``loading`` (model, store), ``indexing`` (embedding the
        documents, see ``done``/``total``), ``ready`` or ``failed``.
    :param done: Units embedded so far.
    :param total: Units to embed.
    :param error: Why it failed (``phase == "failed"``), else ``None``.
    """

    phase: str
    done: int = 0
    total: int = 0
    error: BaseException | None = None

    @property
    def fraction(self) -> float:
        """Progress in [0, 1] (0 until embedding starts)."""
        return min(1.0, self.done / self.total) if self.total else 0.0


class _Tracker:
    """Thread-safe progress of one bot's preparation, shared by every session that waits."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._status = BuildStatus("idle")

    def status(self) -> BuildStatus:
        with self._lock:
            return self._status

    def set(self, status: BuildStatus) -> None:
        with self._lock:
            self._status = status

    def progress(self, done: int, total: int) -> None:
        self.set(BuildStatus("indexing", done, total))

    def claim(self) -> bool:
        """Whether the caller should start preparing (nobody is, and it has not succeeded)."""
        with self._lock:
            if self._status.phase not in ("idle", "failed"):
                return False
            self._status = BuildStatus("loading")
            return True


@st.cache_resource(show_spinner=False)
def _tracker(settings: Settings, factory: str) -> _Tracker:
    return _Tracker()


def _factory_name() -> str:
    return os.environ.get(FACTORY_VARIABLE, "").strip()


def _load_factory(name: str) -> Callable[[Settings, Progress], ChatBot]:
    module, _, attribute = name.partition(":")
    try:
        factory = getattr(importlib.import_module(module), attribute)
    except (ImportError, AttributeError, ValueError) as exc:
        raise ResourceError(f"{FACTORY_VARIABLE}={name!r} cannot be loaded: {exc}") from None
    if not callable(factory):
        raise ResourceError(f"{FACTORY_VARIABLE}={name!r} is not a function")
    return factory


def build_bot(settings: Settings, progress: Progress | None = None) -> ChatBot:
    """Load the model, open the store, build the index if there is none, and make the bot.

    :param settings: Settings.
    :param progress: ``progress(done, total)`` while a first index is embedded.
    :returns: A ready bot.
    :raises Exception: Whatever the model, store or parser raise (see :func:`failure_kind`).
    """
    from bot.bot import Bot
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


@st.cache_resource(show_spinner=False, max_entries=4)
def _bot(settings: Settings, factory: str) -> ChatBot:
    tracker = _tracker(settings, factory)
    tracker.set(BuildStatus("loading"))
    try:
        make = _load_factory(factory) if factory else build_bot
        bot = make(settings, tracker.progress)
    except BaseException as exc:
        tracker.set(BuildStatus("failed", error=exc))
        raise
    tracker.set(BuildStatus("ready"))
    return bot


def get_bot(settings: Settings) -> ChatBot:
    """The process's bot for these settings, built (with the index, if missing) on first call.

    Concurrent callers wait for the one build; a failed build is retried by the next call.

    :param settings: Settings.
    :returns: The shared bot.
    :raises Exception: The build's error (see :func:`failure_kind`).
    """
    return _bot(settings, _factory_name())


def bot_ready(settings: Settings) -> bool:
    """Whether :func:`get_bot` would return at once.

    :param settings: Settings.
    :returns: True once the bot is built.
    """
    return build_status(settings).phase == "ready"


def build_status(settings: Settings) -> BuildStatus:
    """How far the bot's preparation has got (for a progress indicator).

    :param settings: Settings.
    :returns: A snapshot.
    """
    return _tracker(settings, _factory_name()).status()


def start_bot(settings: Settings) -> None:
    """Prepare the bot in a background thread, unless that is already under way or done.

    The page polls :func:`build_status` meanwhile, so every waiting session sees the progress,
    whichever thread (a session, the server's warm-up, an API call) does the work.

    :param settings: Settings.
    """
    factory = _factory_name()
    if not _tracker(settings, factory).claim():
        return

    def run() -> None:
        try:
            _bot(settings, factory)
        except Exception:  # recorded in the tracker; the page shows it
            return

    threading.Thread(target=run, name="resqa-bot", daemon=True).start()


def current_settings() -> Settings:
    """Settings from the server process's ``RESQA_*`` variables.

    :returns: Settings.
    :raises SettingsError: When a variable has an unusable value.
    """
    return Settings.from_env()


def failure_kind(exc: BaseException) -> str:
    """Which part failed, to pick the hint shown under the error.

    :param exc: An error from :func:`current_settings`, :func:`get_bot` or ``ask``.
    :returns: ``settings``, ``model``, ``store``, ``documents`` or ``generic``.
    """
    from bot.bot import BotError
    from index.build import IndexBuildError
    from index.convert import ModelCacheError
    from index.decode import InputError
    from index.settings import SettingsError
    from index.store import StoreError

    kinds: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], str], ...] = (
        (SettingsError, "settings"),
        ((ModelCacheError, BotError), "model"),
        ((StoreError, IndexBuildError), "store"),
        (InputError, "documents"),
    )
    for types, kind in kinds:
        if isinstance(exc, types):
            return kind
    return "generic"
