"""The chat page with Streamlit's AppTest: page logic on a fake bot, then the real bot.

The fake bot answers from the real parsed resolution (no model) and is injected through
``RESQA_BOT_FACTORY``, the page's one seam for replacing the bot.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from bot.answer import Answer, Citation, FootnoteRef
from index.document import Document, Unit
from index.parse import parse_file
from index.settings import BUNDLED_RESOLUTION, Settings
from index.store import StoreError
from ui.app import EMBED_STYLE, PAGE_STYLE
from ui.render import visible_text
from ui.resources import FACTORY_VARIABLE, Progress, get_bot

APP = str(Path(__file__).resolve().parents[2] / "ui" / "app.py")
HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) $x$"


def _citation(doc: Document, unit: Unit, quote: str = "") -> Citation:
    notes = tuple(
        FootnoteRef(u.unit, u.label, u.text) for u in doc.units if u.unit in unit.footnotes
    )
    return Citation(
        doc.symbol,
        unit.unit,
        unit.kind,
        unit.number,
        unit.label,
        unit.text,
        quote or unit.text,
        0.9,
        notes,
        unit.cited_by,
    )


class FakeBot:
    """Fixed answers about the bundled resolution; records what it was asked."""

    def __init__(self) -> None:
        self.document = parse_file(BUNDLED_RESOLUTION)
        self.asked: list[tuple[str, tuple[str, ...]]] = []

    def documents(self) -> list[Document]:
        return [self.document]

    def _unit(self, unit_id: str) -> Unit:
        unit = self.document.get(unit_id)
        assert unit is not None
        return unit

    def ask(self, question: str, history: Sequence[str] = (), top_k: int | None = None) -> Answer:
        self.asked.append((question, tuple(history)))
        doc = self.document
        if "boom" in question:
            raise RuntimeError("the store went away: <b>chroma</b> *gone*")
        if "hostile" in question:
            unit = Unit("op-99", "operative", 99, HOSTILE, HOSTILE, HOSTILE + " :red[x]", 99)
            cite = _citation(doc, unit)
            return Answer(question, f"{HOSTILE}：{HOSTILE}", False, (cite,), notice=HOSTILE)
        if "16" in question:
            op16 = self._unit("op-16")
            text = f"{op16.label}：{op16.text}"
            return Answer(question, text, False, (_citation(doc, op16),))
        if "起草" in question:
            op15 = self._unit("op-15")
            quote = "建议联合国与各国议会联盟起草新的合作协定"
            return Answer(
                question, f"{op15.label}：{quote}……\n\n全文", False, (_citation(doc, op15, quote),)
            )
        if "议长" in question:
            op5 = self._unit("op-5")
            return Answer(question, f"{op5.label}：……", False, (_citation(doc, op5),))
        closest = (_citation(doc, self._unit("pp-4")), _citation(doc, self._unit("pp-5")))
        return Answer(question, "本决议没有涉及这个问题。\n最接近的段落：\n- …", True, (), closest)


def fake_bot(settings: Settings, progress: Progress) -> FakeBot:
    """``RESQA_BOT_FACTORY`` target: reports a small index build, then gives the fake bot."""
    for done in range(4):
        progress(done, 3)
    return FakeBot()


def broken_bot(settings: Settings, progress: Progress) -> FakeBot:
    """``RESQA_BOT_FACTORY`` target: the store cannot be opened."""
    raise StoreError("cannot open the index at /data/chroma: database disk image is malformed")


@pytest.fixture
def fake_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """A fresh data directory (so a fresh cached bot) and the fake bot factory."""
    monkeypatch.setenv("RESQA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv(FACTORY_VARIABLE, f"{__name__}:fake_bot")
    monkeypatch.delenv("RESQA_UI_LANG", raising=False)
    return Settings.from_env()


def run_app(embed: bool = False, **params: str) -> AppTest:
    """Run the page; ``embed`` is what the browser reports for ``?embed=true``."""
    at = AppTest.from_file(APP, default_timeout=60)
    if embed:
        at.query_params["embed"] = "true"
        at.context["is_embedded"] = True
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input(key="question").set_value(question).run()
    assert not at.exception, at.exception
    return at


def message_markdown(at: AppTest, role: str, index: int = -1) -> str:
    message = [m for m in at.chat_message if m.name == role][index]
    return "\n".join(md.value for md in message.markdown)


def message_text(at: AppTest, role: str, index: int = -1) -> str:
    return visible_text(message_markdown(at, role, index))


def captions(at: AppTest) -> list[str]:
    return [visible_text(c.value) for c in at.caption]


def test_question_is_answered_with_its_citation(fake_env: Settings) -> None:
    at = ask(run_app(), "决议建议起草什么新的文件？")
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert "执行部分第15段" in message_text(at, "assistant")
    answer = message_markdown(at, "assistant")
    # Full text with the question's words highlighted (and nothing else of the question).
    assert ":orange-background[起草]" in answer
    assert ":orange-background[新的" not in answer
    assert "以反映过去若干年来的进展和发展状况" in answer
    # The only raw HTML is the page's constant style; the input is bounded by the settings.
    assert [md.value for md in at.markdown if md.proto.allow_html] == [PAGE_STYLE]
    assert at.chat_input(key="question").proto.max_chars == fake_env.max_question_chars


def test_follow_up_sends_the_earlier_questions(fake_env: Settings) -> None:
    at = ask(ask(run_app(), "决议建议起草什么新的文件？"), "那第16段呢？")
    assert "执行部分第16段" in message_text(at, "assistant")
    assert [m.name for m in at.chat_message] == ["user", "assistant"] * 2
    bot = get_bot(fake_env)
    assert isinstance(bot, FakeBot)
    # The conversation is in the session; the bot is not (it is shared by the process).
    assert [t.question for t in at.session_state["turns"]] == [q for q, _ in bot.asked]
    assert not [v for v in at.session_state.values() if isinstance(v, FakeBot)]
    assert bot.asked == [
        ("决议建议起草什么新的文件？", ()),
        ("那第16段呢？", ("决议建议起草什么新的文件？",)),
    ]


def test_history_is_bounded_by_settings(
    fake_env: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESQA_HISTORY_TURNS", "1")
    at = run_app()
    for question in ("第一个问题", "第二个问题", "第三个问题"):
        ask(at, question)
    bot = get_bot(Settings.from_env())
    assert isinstance(bot, FakeBot)
    assert bot.asked[-1] == ("第三个问题", ("第二个问题",))


def test_example_click_then_new_conversation(fake_env: Settings) -> None:
    at = run_app()
    assert at.button(key="example_0").label == "决议建议起草什么新的文件？"
    at.button(key="example_1").click().run()
    assert message_text(at, "user") == "第四届世界议长大会在哪里召开？"
    assert "执行部分第5段" in message_text(at, "assistant")
    assert "脚注5：第 68/6 号决议，第 26 段。" in captions(at)
    assert not [b for b in at.button if b.key and b.key.startswith("example_")]
    at.button(key="new_conversation").click().run()
    assert len(at.chat_message) == 0
    assert at.session_state["turns"] == []
    assert at.button(key="example_0")


def test_citation_button_shows_the_unit_in_the_document_pane(fake_env: Settings) -> None:
    at = ask(run_app(), "决议建议起草什么新的文件？")
    at.button(key="cite_0_op-15").click().run()
    chosen = [e for e in at.sidebar.expander if e.label.startswith("▶")]
    assert [e.label for e in chosen] == ["▶ 执行部分第15段"]
    assert chosen[0].proto.expanded
    pane = [md.value for md in at.sidebar.markdown]
    assert "**已选：执行部分第15段**" in pane
    assert any(":orange-background[建议联合国与各国议会联盟起草新的合作协定]" in v for v in pane)
    # Every unit of the resolution is listed.
    assert len(at.sidebar.expander) == len(FakeBot().document.units)


def test_no_answer_shows_the_message_and_the_closest_units(fake_env: Settings) -> None:
    at = ask(run_app(), "决议对火星殖民有何规定？")
    answer = message_text(at, "assistant")
    assert answer.startswith("本决议没有涉及这个问题。\n")
    assert "最接近的段落：" not in answer  # the bot's own list is replaced by the cards
    assert "序言部分第4段\n考虑到 1996 年《联合国同各国议会联盟的合作协定》" in answer
    assert "序言部分第5段" in answer
    assert at.button(key="cite_0_pp-4") and at.button(key="cite_0_pp-5")


def test_english_interface(fake_env: Settings) -> None:
    at = run_app(lang="en")
    assert at.title[0].value == "Resolution Q&A"
    assert at.button(key="example_1").label == "What does the resolution ask of UN-Women?"
    assert "Operative paragraph 15" in [e.label for e in at.sidebar.expander]
    assert at.chat_input(key="question").placeholder == "Ask about this resolution…"


def test_language_button_switches_and_default_follows_settings(
    fake_env: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = run_app()
    assert at.title[0].value == "决议问答"
    at.button(key="switch_language").click().run()
    assert at.query_params["lang"] == "en"
    assert at.title[0].value == "Resolution Q&A"
    monkeypatch.setenv("RESQA_UI_LANG", "en")
    assert run_app().title[0].value == "Resolution Q&A"
    assert run_app(lang="zh").title[0].value == "决议问答"


def test_embed_mode_is_compact(fake_env: Settings) -> None:
    at = run_app(embed=True)
    assert not at.title
    assert len(at.sidebar.get("expandable")) == 0 and not at.sidebar.markdown
    assert [md.value for md in at.markdown if md.proto.allow_html] == [PAGE_STYLE, EMBED_STYLE]
    ask(at, "决议建议起草什么新的文件？")
    at.button(key="cite_0_op-15").click().run()
    pane = [e for e in at.expander if e.label == "决议全文"]
    assert pane and pane[0].proto.expanded


def test_progress_is_shown_while_the_bot_is_prepared(fake_env: Settings) -> None:
    at = run_app()
    assert [s.label for s in at.status] == ["准备就绪"]
    assert at.get("progress")
    # Once built, the bot is shared: a new session does not wait again.
    assert not run_app().status


def test_a_failing_question_shows_a_readable_error(fake_env: Settings) -> None:
    at = ask(run_app(), "boom")
    assert len(at.error) == 1
    assert visible_text(at.error[0].value) == "出错了：the store went away: <b>chroma</b> *gone*"
    assert "\\<b\\>" in at.error[0].value
    assert "Traceback" not in at.error[0].value
    # The page still works afterwards.
    assert "执行部分第15段" in message_text(ask(at, "起草什么？"), "assistant")


def test_a_failing_build_shows_a_readable_error_and_a_hint(
    fake_env: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FACTORY_VARIABLE, f"{__name__}:broken_bot")
    at = run_app()
    assert "database disk image is malformed" in at.error[0].value
    assert "resqa index \\-\\-rebuild" not in at.caption[-1].value
    assert "`resqa index --rebuild`" in at.caption[-1].value
    assert at.chat_input(key="question")  # a later question retries


def test_bad_settings_show_a_readable_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESQA_TOP_K", "many")
    at = run_app()
    assert "RESQA_TOP_K='many' is not a whole number" in visible_text(at.error[0].value)
    assert "RESQA_\\*" in at.caption[0].value


def test_an_unknown_bot_factory_is_a_readable_error(
    fake_env: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FACTORY_VARIABLE, "no.such.module:make")
    at = run_app()
    assert "RESQA_BOT_FACTORY='no.such.module:make'" in visible_text(at.error[0].value)


def test_user_and_document_text_are_never_raw_html(fake_env: Settings) -> None:
    at = ask(run_app(embed=True), "hostile " + HOSTILE)
    assert [md.value for md in at.markdown if md.proto.allow_html] == [PAGE_STYLE, EMBED_STYLE]
    assert message_text(at, "user") == "hostile " + HOSTILE  # shown as typed …
    user = message_markdown(at, "user")  # … because every special character is escaped
    assert "\\<script\\>" in user and "\\[x\\]\\(javascript\\:" in user and "\\$x\\$" in user
    answer = message_markdown(at, "assistant")
    assert "<script>" not in answer and "](javascript" not in answer and " $x$" not in answer
    assert "\\:\u2060red\\[x\\]" in answer
    assert HOSTILE + " :red[x]" in message_text(at, "assistant")
    assert [visible_text(i.value) for i in at.info] == [HOSTILE]
    assert "\\<img" in at.info[0].value


# -- the real bot (model, Chroma, BM25), built once for these tests ---------------------------


@pytest.fixture(scope="module")
def real_env(tmp_path_factory: pytest.TempPathFactory, model_cache_dir: Path) -> dict[str, str]:
    return {
        "RESQA_DATA_DIR": str(tmp_path_factory.mktemp("app-data")),
        "RESQA_MODEL_CACHE": str(model_cache_dir),
    }


@pytest.fixture
def real_app(real_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.delenv(FACTORY_VARIABLE, raising=False)
    for key, value in real_env.items():
        monkeypatch.setenv(key, value)
    at = AppTest.from_file(APP, default_timeout=300)
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.mark.model
def test_real_bot_question_and_follow_up(real_app: AppTest) -> None:
    at = ask(real_app, "决议建议起草什么新的文件？")
    assert "执行部分第15段" in message_text(at, "assistant")
    assert ":orange-background[起草]" in message_markdown(at, "assistant")
    at = ask(at, "那第16段呢？")
    assert "执行部分第16段" in message_text(at, "assistant")
    at.button(key="cite_1_op-16").click().run()
    assert [e.label for e in at.sidebar.expander if e.label.startswith("▶")] == ["▶ 执行部分第16段"]


@pytest.mark.model
def test_real_bot_english_example(
    real_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(FACTORY_VARIABLE, raising=False)
    for key, value in real_env.items():
        monkeypatch.setenv(key, value)
    at = AppTest.from_file(APP, default_timeout=300)
    at.query_params["lang"] = "en"
    at.run()
    at.button(key="example_1").click().run()
    assert "Operative paragraph 10" in message_text(at, "assistant")
