from pathlib import Path

import pytest

from index.settings import BUNDLED_RESOLUTION, DEFAULT_MODEL, Settings, SettingsError


def test_defaults_without_environment(tmp_path: Path) -> None:
    settings = Settings.from_env({"XDG_DATA_HOME": str(tmp_path)})
    assert settings.data_dir == tmp_path / "resqa"
    assert settings.embedding_model == DEFAULT_MODEL
    assert settings.documents == (BUNDLED_RESOLUTION,)
    assert settings.chroma_host == ""
    assert settings.ui_lang == "zh"
    assert settings.allowed_origins == ()
    assert settings.model_cache_dir == tmp_path / "resqa" / "models"
    assert settings.embed_precision == "auto"
    assert BUNDLED_RESOLUTION.is_file()


def test_every_variable_is_read(tmp_path: Path) -> None:
    env = {
        "RESQA_DATA_DIR": str(tmp_path / "d"),
        "RESQA_EMBEDDING_MODEL": "intfloat/multilingual-e5-small",
        "RESQA_CHROMA_HOST": "127.0.0.1",
        "RESQA_CHROMA_PORT": "8123",
        "RESQA_COLLECTION": "mine",
        "RESQA_DOCUMENTS": f"{tmp_path / 'a.txt'}:{tmp_path / 'b.txt'}",
        "RESQA_UI_LANG": "en",
        "RESQA_ALLOWED_ORIGINS": "https://intranet.example, https://wiki.example",
        "RESQA_HOST": "0.0.0.0",
        "RESQA_PORT": "9000",
        "RESQA_BASE_URL_PATH": "/resqa/",
        "RESQA_TOP_K": "5",
        "RESQA_HISTORY_TURNS": "4",
        "RESQA_MAX_QUESTION_CHARS": "500",
        "RESQA_MODEL_CACHE": str(tmp_path / "m"),
        "RESQA_EMBED_PRECISION": "Float32",
    }
    s = Settings.from_env(env)
    assert s.data_dir == tmp_path / "d"
    assert s.embedding_model == "intfloat/multilingual-e5-small"
    assert (s.chroma_host, s.chroma_port, s.collection) == ("127.0.0.1", 8123, "mine")
    assert s.documents == (tmp_path / "a.txt", tmp_path / "b.txt")
    assert s.ui_lang == "en"
    assert s.allowed_origins == ("https://intranet.example", "https://wiki.example")
    assert (s.host, s.port, s.base_url_path) == ("0.0.0.0", 9000, "resqa")
    assert (s.top_k, s.history_turns, s.max_question_chars) == (5, 4, 500)
    assert s.model_cache_dir == tmp_path / "m"
    assert s.chroma_dir == tmp_path / "d" / "chroma"
    assert s.embed_precision == "float32"


@pytest.mark.parametrize(
    ("name", "value", "fragment"),
    [
        ("RESQA_PORT", "http", "not a whole number"),
        ("RESQA_PORT", "70000", "outside"),
        ("RESQA_TOP_K", "0", "outside"),
        ("RESQA_UI_LANG", "fr", "must be 'zh' or 'en'"),
        ("RESQA_EMBED_PRECISION", "int4", "must be one of auto, float32, bfloat16"),
    ],
)
def test_bad_values_give_one_clear_line(name: str, value: str, fragment: str) -> None:
    with pytest.raises(SettingsError) as info:
        Settings.from_env({name: value})
    message = str(info.value)
    assert name in message and fragment in message and "\n" not in message
