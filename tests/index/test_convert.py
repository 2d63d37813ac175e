"""The converted model directory is a cache: complete, reused, and rebuilt when damaged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from index.convert import (
    MANIFEST,
    WEIGHTS,
    ModelCacheError,
    converted_name,
    ensure_converted,
    is_complete,
)


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ensure_converted(tmp_path_factory.mktemp("cache"))


def test_directory_is_a_sentence_transformers_model(converted: Path) -> None:
    assert converted.name == converted_name()
    for name in (
        "config.json",
        "tokenizer.json",
        WEIGHTS,
        "modules.json",
        "1_Pooling/config.json",
        MANIFEST,
    ):
        assert (converted / name).is_file(), name
    prompts = json.loads((converted / "config_sentence_transformers.json").read_text())["prompts"]
    assert prompts == {"query": "query: ", "passage": "passage: "}
    assert is_complete(converted, full_hash=True)


def copy_of(converted: Path, tmp_path: Path) -> Path:
    cache = tmp_path / "cache"
    shutil.copytree(converted, cache / converted.name)
    return cache


def test_valid_cache_is_reused(converted: Path, tmp_path: Path) -> None:
    cache = copy_of(converted, tmp_path)
    weights = cache / converted.name / WEIGHTS
    before = weights.stat().st_mtime_ns
    messages: list[str] = []
    assert ensure_converted(cache, messages.append) == cache / converted.name
    assert messages == []  # no conversion step ran
    assert weights.stat().st_mtime_ns == before


@pytest.mark.parametrize("damage", ["truncate", "no-manifest", "delete", "flip-tokenizer"])
def test_damaged_cache_is_rebuilt(converted: Path, tmp_path: Path, damage: str) -> None:
    cache = copy_of(converted, tmp_path)
    target = cache / converted.name
    if damage == "truncate":
        with (target / WEIGHTS).open("r+b") as handle:
            handle.truncate(1000)
    elif damage == "no-manifest":
        (target / MANIFEST).unlink()
    elif damage == "delete":
        shutil.rmtree(target)
    else:
        data = bytearray((target / "tokenizer.json").read_bytes())
        data[100] ^= 0x20
        (target / "tokenizer.json").write_bytes(bytes(data))
    assert not is_complete(target)
    messages: list[str] = []
    assert ensure_converted(cache, messages.append) == target
    assert messages, "a damaged cache must be converted again"
    assert is_complete(target, full_hash=True)
    assert not [p for p in cache.iterdir() if p.name.startswith(".multilingual")]


def test_bad_source_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.bin"
    bogus.write_bytes(b"not a model")
    with pytest.raises(ModelCacheError, match="not an E5S1 model image"):
        ensure_converted(tmp_path / "cache", source=bogus)
    assert not (tmp_path / "cache" / converted_name()).exists()
