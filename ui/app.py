"""The Streamlit chat page: renders conversations and calls the bot; nothing else.

Query parameters: ``?lang=en|zh`` (interface language; ``RESQA_UI_LANG`` by default) and
``?embed=true`` (compact mode for the widget's iframe). All user and document text is escaped
Markdown (:mod:`ui.render`); the only raw HTML is the constant :data:`EMBED_STYLE`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import streamlit as st

from bot.answer import Answer, Citation
from index.document import Document, Unit
from index.settings import Settings
from ui.labels import EXAMPLES, LANGS, text
from ui.render import answer_lead, escape_markdown, highlight, matching_terms, one_line
from ui.resources import (
    ChatBot,
    bot_ready,
    build_status,
    current_settings,
    failure_kind,
    get_bot,
    start_bot,
)

# Constant CSS (no user or document text). Highlights: Streamlit's orange background is too
# pale to find a word by, and its padding looks like spaces inside Chinese text.
PAGE_STYLE = """<style>
.stMarkdownColoredBackground {background-color: #fde68a !important; padding: 0 0.05em !important;
  border-radius: 0.15em;}
</style>"""
# Compact chrome for the widget's 380×600 iframe.
EMBED_STYLE = """<style>
header[data-testid="stHeader"], footer, #MainMenu, [data-testid="stToolbar"],
[data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"] {display: none;}
.block-container, [data-testid="stMainBlockContainer"] {padding: 0.5rem 0.7rem 4.5rem 0.7rem;
  max-width: 100%;}
[data-testid="stBottomBlockContainer"] {padding: 0.4rem 0.7rem 0.6rem 0.7rem;}
</style>"""
MAX_TURNS = 100  # a conversation longer than this keeps its latest turns
POLL_SECONDS = 0.25


@dataclass(frozen=True)
class Turn:
    """One question of a conversation and the bot's answer."""

    question: str
    answer: Answer


@dataclass(frozen=True)
class Selection:
    """The unit shown in the document pane, and the clause to highlight in it."""

    doc: str
    unit: str
    quote: str = ""


# -- state and callbacks (they run before the script, so the page renders the new state) -------


def _state() -> Any:
    state = st.session_state
    state.setdefault("turns", [])  # list[Turn]
    state.setdefault("selected", None)  # Selection | None
    state.setdefault("pending", None)  # a question submitted but not yet answered
    return state


def _submitted() -> None:
    question = st.session_state.get("question")
    if isinstance(question, str) and question.strip():
        st.session_state["pending"] = question


def _ask_example(question: str) -> None:
    st.session_state["pending"] = question


def _select(selection: Selection) -> None:
    st.session_state["selected"] = selection


def _new_conversation() -> None:
    st.session_state["turns"] = []
    st.session_state["selected"] = None
    st.session_state["pending"] = None


def _switch_language(lang: str) -> None:
    st.query_params["lang"] = lang


# -- parameters ------------------------------------------------------------------------------


def _param(name: str) -> str:
    value = st.query_params.get(name, "")
    return value.strip().lower() if isinstance(value, str) else ""


def _is_embedded() -> bool:
    # The browser turns `?embed=true` into st.context.is_embedded (Streamlit keeps that
    # parameter out of st.query_params).
    return bool(st.context.is_embedded)


# -- rendering -------------------------------------------------------------------------------


def _show_error(exc: BaseException, lang: str) -> None:
    message = one_line(str(exc)) or type(exc).__name__
    st.error(text("error", lang, error=escape_markdown(message)))
    st.caption(text(f"hint_{failure_kind(exc)}", lang))


def _citation_button(c: Citation, turn: int, keys: set[str], lang: str) -> None:
    key = f"cite_{turn}_{c.unit}"
    if key in keys:  # the same unit id in two documents, or cited and offered again
        key = f"{key}_{len(keys)}"
    keys.add(key)
    st.button(
        text("show_in_document", lang),
        key=key,
        on_click=_select,
        args=(Selection(c.doc, c.unit, c.quote),),
        type="tertiary",
    )


def _citation(c: Citation, question: str, turn: int, keys: set[str], lang: str) -> None:
    with st.container(border=True):
        st.markdown(f"**{escape_markdown(c.label)}**")
        st.markdown(highlight(c.text, matching_terms(question, c.text) or [c.quote]))
        for note in c.footnotes:
            st.caption(
                text(
                    "footnote",
                    lang,
                    label=escape_markdown(note.label),
                    text=escape_markdown(note.text),
                )
            )
        if c.cited_by:
            st.caption(text("cited_by", lang, labels=escape_markdown("、".join(c.cited_by))))
        _citation_button(c, turn, keys, lang)


def _see_also(c: Citation, turn: int, keys: set[str], lang: str) -> None:
    with st.container(border=True):
        st.markdown(f"**{escape_markdown(c.label)}**  \n{escape_markdown(c.quote or c.text)}")
        _citation_button(c, turn, keys, lang)


def _answer(turn: int, item: Turn, lang: str) -> None:
    answer = item.answer
    if answer.notice:
        st.info(escape_markdown(answer.notice))
    st.markdown(escape_markdown(answer_lead(answer.text, answer.no_answer)))
    keys: set[str] = set()
    if answer.citations:
        st.caption(text("citations", lang))
        for c in answer.citations:
            _citation(c, item.question, turn, keys, lang)
    if answer.see_also:
        st.caption(text("see_also", lang))
        for c in answer.see_also:
            _see_also(c, turn, keys, lang)


def _turn(turn: int, item: Turn, lang: str) -> None:
    with st.chat_message("user"):
        st.markdown(escape_markdown(item.question))
    with st.chat_message("assistant"):
        _answer(turn, item, lang)


def _unit_label(unit: Unit, lang: str) -> str:
    return unit.label_en if lang == "en" and unit.label_en else unit.label


def _document_pane(docs: list[Document], lang: str) -> None:
    selected: Selection | None = st.session_state.get("selected")
    for doc in docs:
        unit = doc.get(selected.unit) if selected and selected.doc == doc.symbol else None
        if selected and unit is not None:
            # Shown first, so it is in view without scrolling a long list.
            with st.container(border=True, key="selected_unit"):
                label = escape_markdown(_unit_label(unit, lang))
                st.markdown(f"**{text('selected', lang, label=label)}**")
                st.markdown(highlight(unit.text, [selected.quote or unit.text]))
    for doc in docs:
        st.markdown(f"**{escape_markdown(doc.symbol)}**  \n{escape_markdown(doc.title)}")
        for unit in doc.units:
            chosen = selected is not None and (selected.doc, selected.unit) == (
                doc.symbol,
                unit.unit,
            )
            label = escape_markdown(_unit_label(unit, lang))
            with st.expander(f"▶ {label}" if chosen else label, expanded=chosen):
                if chosen and selected is not None:
                    st.markdown(highlight(unit.text, [selected.quote or unit.text]))
                else:
                    st.markdown(escape_markdown(unit.text))


def _wait_for_bot(settings: Settings, lang: str) -> ChatBot:
    """The bot, showing the model load and first index build while they run."""
    if not bot_ready(settings):
        start_bot(settings)
        with st.status(text("loading", lang), expanded=True) as status:
            bar = st.progress(0.0, text=text("loading_model", lang))
            while True:
                now = build_status(settings)
                if now.phase == "failed" and now.error is not None:
                    status.update(state="error", expanded=False)
                    raise now.error
                if now.phase == "ready":
                    break
                if now.phase == "indexing":
                    bar.progress(
                        now.fraction, text=text("building", lang, done=now.done, total=now.total)
                    )
                time.sleep(POLL_SECONDS)
            bar.progress(1.0, text=text("ready", lang))
            status.update(label=text("ready", lang), state="complete", expanded=False)
    return get_bot(settings)


def _controls(state: Any, lang: str) -> None:
    other = "en" if lang == "zh" else "zh"
    with st.container(horizontal=True, vertical_alignment="center", key="controls"):
        if state["turns"] or state["pending"]:
            st.button(
                text("new_conversation", lang),
                key="new_conversation",
                on_click=_new_conversation,
                icon=":material/add_comment:",
            )
        st.button(
            text("switch_language", lang),
            key="switch_language",
            on_click=_switch_language,
            args=(other,),
            type="tertiary",
            icon=":material/translate:",
        )


def _page(settings: Settings, lang: str, embed: bool) -> None:
    state = _state()
    bot = _wait_for_bot(settings, lang)
    docs = bot.documents()

    if not embed:
        st.title(text("title", lang))
    if docs:
        intro = text(
            "intro",
            lang,
            symbol=escape_markdown(docs[0].symbol),
            title=escape_markdown(docs[0].title),
        )
        st.caption(intro)
    _controls(state, lang)

    if not state["turns"] and not state["pending"]:
        st.caption(text("examples", lang))
        for n, example in enumerate(EXAMPLES[lang]):
            st.button(example, key=f"example_{n}", on_click=_ask_example, args=(example,))

    if not embed:
        with st.sidebar:
            st.subheader(text("document", lang))
            _document_pane(docs, lang)

    for n, item in enumerate(state["turns"]):
        _turn(n, item, lang)

    question = state["pending"]
    state["pending"] = None
    if question:
        with st.chat_message("user"):
            st.markdown(escape_markdown(question))
        with st.chat_message("assistant"):
            with st.spinner(text("thinking", lang)):
                history = [t.question for t in state["turns"]]
                limit = settings.history_turns
                answer = bot.ask(question, history[-limit:] if limit else [])
            item = Turn(question, answer)
            state["turns"] = [*state["turns"], item][-MAX_TURNS:]
            _answer(len(state["turns"]) - 1, item, lang)

    if embed:
        selected = state["selected"] is not None
        with st.expander(text("document", lang), expanded=selected, icon=":material/article:"):
            _document_pane(docs, lang)


def main() -> None:
    """Render the page; any failure becomes a readable message, never a traceback."""
    embed = _is_embedded()
    asked = _param("lang")
    try:
        settings = current_settings()
    except Exception as exc:
        lang = asked if asked in LANGS else "zh"
        st.set_page_config(page_title=text("page_title", lang), page_icon="📜")
        _show_error(exc, lang)
        return
    lang = asked if asked in LANGS else settings.ui_lang
    st.set_page_config(
        page_title=text("page_title", lang),
        page_icon="📜",
        layout="centered",
        initial_sidebar_state="collapsed" if embed else "auto",
    )
    st.markdown(PAGE_STYLE, unsafe_allow_html=True)
    if embed:
        st.markdown(EMBED_STYLE, unsafe_allow_html=True)
    try:
        _page(settings, lang, embed)
    except Exception as exc:
        _show_error(exc, lang)
    st.chat_input(
        text("input", lang),
        key="question",
        max_chars=settings.max_question_chars,
        on_submit=_submitted,
    )


main()
