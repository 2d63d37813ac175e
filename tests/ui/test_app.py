"""Page logic with Streamlit's AppTest, on the real bot (model and Chroma built once)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "ui" / "app.py")

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def app_env(tmp_path_factory: pytest.TempPathFactory, model_cache_dir: Path) -> dict[str, str]:
    return {
        "RESQA_DATA_DIR": str(tmp_path_factory.mktemp("app-data")),
        "RESQA_MODEL_CACHE": str(model_cache_dir),
    }


@pytest.fixture
def app(app_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> AppTest:
    for key, value in app_env.items():
        monkeypatch.setenv(key, value)
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception, at.exception
    return at


def assistant_text(at: AppTest, index: int = -1) -> str:
    message = [m for m in at.chat_message if m.name == "assistant"][index]
    return " ".join(md.value for md in message.markdown)


def test_question_and_follow_up(app: AppTest) -> None:
    app.chat_input(key="question").set_value("决议建议起草什么新的文件？").run()
    assert [m.name for m in app.chat_message] == ["user", "assistant"]
    assert "执行部分第15段" in assistant_text(app)
    app.chat_input(key="question").set_value("那第16段呢？").run()
    assert "执行部分第16段" in assistant_text(app)
    assert len(app.chat_message) == 4


def test_example_button_and_new_conversation(app: AppTest) -> None:
    app.button(key="example_1").click().run()
    assert "执行部分第5段" in assistant_text(app)
    app.run()
    app.button(key="new_conversation").click().run()
    assert len(app.chat_message) == 0


def test_citation_button_selects_the_unit_in_the_document_pane(app: AppTest) -> None:
    app.chat_input(key="question").set_value("决议建议起草什么新的文件？").run()
    app.button(key="cite_0_op-15").click().run()
    assert app.session_state["selected"] == ("A/RES/68/272", "op-15")
    expanded = [e for e in app.expander if e.label.startswith("▶")]
    assert [e.label for e in expanded] == ["▶ 执行部分第15段"]


def test_english_interface(app_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in app_env.items():
        monkeypatch.setenv(key, value)
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["lang"] = "en"
    at.run()
    assert at.title[0].value == "Resolution Q&A"
    at.chat_input(key="question").set_value("What does the resolution ask of UN-Women?").run()
    assert "Operative paragraph 10" in " ".join(
        m.markdown[i].value
        for m in at.chat_message
        if m.name == "assistant"
        for i in range(len(m.markdown))
    )


def test_bad_configuration_shows_a_readable_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESQA_TOP_K", "many")
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert "RESQA_TOP_K" in at.error[0].value


def test_hostile_question_is_escaped(app: AppTest) -> None:
    app.chat_input(key="question").set_value(
        "<script>alert(1)</script> [x](javascript:alert(1))"
    ).run()
    user = [m for m in app.chat_message if m.name == "user"][-1].markdown[0].value
    assert "\\<script\\>" in user and "\\[x\\]\\(javascript" in user
