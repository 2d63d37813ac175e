"""Faults under a running reader: Chroma's files deleted or truncated, the server going down."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.bot import Bot
from index.build import build_index
from index.parse import parse_file
from index.settings import BUNDLED_RESOLUTION
from index.store import StoreError, open_store


@pytest.fixture
def indexed(settings, fake_embedder):  # type: ignore[no-untyped-def]
    store = open_store(settings)
    build_index(settings, [parse_file(BUNDLED_RESOLUTION)], fake_embedder, store=store)
    return settings, store, Bot(settings, store, fake_embedder)


@pytest.mark.model
def test_chroma_directory_deleted_while_running(indexed, real_embedder) -> None:  # type: ignore[no-untyped-def]
    settings, _store, bot = indexed
    assert bot.ask("决议建议起草什么新的文件？").citations
    shutil.rmtree(settings.chroma_dir)
    # The running process keeps answering from what it holds, or says plainly what is wrong.
    try:
        answer = bot.ask("妇女署与各国议会联盟在哪些领域合作？")
        assert answer.citations or answer.no_answer
    except StoreError as exc:
        assert "\n" not in str(exc) and "resqa index" in str(exc)
    # Recovery: `resqa index --rebuild` (a new process) restores a working index.
    env = dict(
        os.environ,
        RESQA_DATA_DIR=str(settings.data_dir),
        RESQA_MODEL_CACHE=str(settings.model_cache_dir),
    )
    resqa = Path(sys.executable).with_name("resqa")
    done = subprocess.run(
        [str(resqa), "index", "--rebuild", "--quiet"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    asked = subprocess.run(
        [str(resqa), "ask", "第15段", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert json.loads(asked.stdout)["citations"][0]["unit"] == "op-15"


def test_truncated_sqlite_file_gives_a_readable_error_and_rebuild_recovers(
    settings, fake_embedder
) -> None:  # type: ignore[no-untyped-def]
    store = open_store(settings)
    build_index(settings, [parse_file(BUNDLED_RESOLUTION)], fake_embedder, store=store)
    del store
    sqlite = settings.chroma_dir / "chroma.sqlite3"
    with sqlite.open("r+b") as handle:
        handle.truncate(4096)
    try:
        broken = open_store(settings)
        broken.version()
        broken.documents()
    except StoreError as exc:
        assert "\n" not in str(exc)
    # The fix the message points to, `resqa index --rebuild`, moves the damaged files aside.
    fresh = open_store(settings, recover=True)
    build_index(
        settings, [parse_file(BUNDLED_RESOLUTION)], fake_embedder, store=fresh, rebuild=True
    )
    assert fresh.documents()[0].symbol == "A/RES/68/272"
    assert list(settings.data_dir.glob("chroma.damaged-*"))


@pytest.mark.server
def test_server_down_then_back(tmp_path, settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from tests.index.conftest import ChromaServer

    server = ChromaServer(tmp_path / "chroma")
    server.start()
    try:
        remote = settings.with_(chroma_host="127.0.0.1", chroma_port=server.port)
        store = open_store(remote)
        build_index(remote, [parse_file(BUNDLED_RESOLUTION)], fake_embedder, store=store)
        bot = Bot(remote, store, fake_embedder)
        assert bot.ask("决议建议起草什么新的文件？").citations
        server.stop()
        with pytest.raises(StoreError) as info:
            bot.ask("妇女署与各国议会联盟在哪些领域合作？")
        assert "\n" not in str(info.value)
        server.start()  # same port, same data
        assert bot.ask("妇女署与各国议会联盟在哪些领域合作？").citations
    finally:
        server.stop()
