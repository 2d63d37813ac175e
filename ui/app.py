"""The Streamlit chat page: renders turns and calls the bot; nothing else.

Query parameters: ``?lang=en|zh`` (interface language), ``?embed=true`` (compact widget mode).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from bot.answer import Answer, Citation
from index.document import Document
from ui.labels import EXAMPLES, text
from ui.render import escape_markdown, highlight, question_terms
from ui.resources import bot_ready, current_settings, get_bot

# A constant style (no user or document text): compact chrome for the embedded widget.
EMBED_STYLE = """<style>
header[data-testid="stHeader"], footer, #MainMenu,
[data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"] {display: none;}
.block-container {padding: 0.6rem 0.8rem 4rem 0.8rem; max-width: 100%;}
</style>"""


def _param(name: str, default: str = "") -> str:
    value = st.query_params.get(name, default)
    return value if isinstance(value, str) else default


def _state() -> dict[str, Any]:
    state = st.session_state
    state.setdefault("turns", [])  # list of (question, Answer)
    state.setdefault("selected", None)  # (doc, unit) shown in the document pane
    state.setdefault("pending", None)  # an example question clicked
    return state  # type: ignore[return-value]


def _select(doc: str, unit: str) -> None:
    st.session_state["selected"] = (doc, unit)


def _ask_example(question: str) -> None:
    st.session_state["pending"] = question


def _new_conversation() -> None:
    st.session_state["turns"] = []
    st.session_state["selected"] = None


def _citation(c: Citation, terms: list[str], turn: int, lang: str) -> None:
    with st.container(border=True):
        st.markdown(f"**{escape_markdown(c.label)}**")
        st.markdown(highlight(c.text, terms))
        for note in c.footnotes:
            st.caption(f"{escape_markdown(note.label)}：{escape_markdown(note.text)}")
        if c.cited_by:
            st.caption(escape_markdown(text("cited_by", lang, labels="、".join(c.cited_by))))
        st.button(
            text("show_in_document", lang),
            key=f"cite_{turn}_{c.unit}",
            on_click=_select,
            args=(c.doc, c.unit),
            type="tertiary",
        )


def _answer(answer: Answer, turn: int, lang: str) -> None:
    if answer.notice:
        st.info(answer.notice)
    lead = answer.text.split("\n\n", 1)[0]
    st.markdown(escape_markdown(lead))
    terms = question_terms(answer.question)
    if answer.citations:
        st.caption(text("citations", lang))
        for c in answer.citations:
            _citation(c, terms, turn, lang)
    if answer.see_also:
        st.caption(text("see_also", lang))
        for c in answer.see_also:
            st.markdown(
                f"- **{escape_markdown(c.label)}**：{escape_markdown(c.quote or c.text[:60])}"
            )


def _document_pane(docs: list[Document], lang: str) -> None:
    selected = st.session_state.get("selected")
    for doc in docs:
        st.markdown(f"**{escape_markdown(doc.symbol)}**  \n{escape_markdown(doc.title)}")
        for unit in doc.units:
            label = unit.label if lang == "zh" else unit.label_en
            is_selected = selected == (doc.symbol, unit.unit)
            with st.expander(("▶ " if is_selected else "") + label, expanded=is_selected):
                body = (
                    highlight(unit.text, [unit.text]) if is_selected else escape_markdown(unit.text)
                )
                st.markdown(body)


def main() -> None:
    """Render the page."""
    lang = _param("lang") or None
    # Streamlit consumes `?embed=true` itself (and hides it from st.query_params).
    embed = bool(st.context.is_embedded) or _param("embed").lower() in ("1", "true", "yes")
    try:
        settings = current_settings()
    except ValueError as exc:
        st.error(str(exc))
        return
    lang = lang if lang in ("zh", "en") else settings.ui_lang
    st.set_page_config(
        page_title=text("page_title", lang),
        page_icon="📜",
        layout="centered",
        initial_sidebar_state="collapsed" if embed else "auto",
    )
    if embed:
        st.markdown(EMBED_STYLE, unsafe_allow_html=True)
    state = _state()

    try:
        if bot_ready(settings):
            bot = get_bot(settings)
        else:
            with st.status(text("loading", lang), expanded=True) as status:
                bar = st.progress(0.0, text=text("building", lang))

                def progress(done: int, total: int) -> None:
                    bar.progress(done / max(total, 1))

                bot = get_bot(settings, progress)
                status.update(state="complete", expanded=False)
        docs = bot.documents()
    except Exception as exc:
        st.error(text("error", lang, error=" ".join(str(exc).split())[:300]))
        st.caption(text("error_hint", lang))
        return

    first = docs[0] if docs else None
    if not embed:
        st.title(text("title", lang))
    if first:
        st.caption(escape_markdown(text("intro", lang, symbol=first.symbol, title=first.title)))

    if state["turns"]:
        st.button(
            text("new_conversation", lang), key="new_conversation", on_click=_new_conversation
        )
    elif not state.get("pending"):
        st.caption(text("examples", lang))
        for n, example in enumerate(EXAMPLES[lang]):
            st.button(example, key=f"example_{n}", on_click=_ask_example, args=(example,))

    if embed:
        with st.expander(text("document", lang)):
            _document_pane(docs, lang)
    else:
        with st.sidebar:
            st.subheader(text("document", lang))
            _document_pane(docs, lang)

    for turn, (question, answer) in enumerate(state["turns"]):
        with st.chat_message("user"):
            st.markdown(escape_markdown(question))
        with st.chat_message("assistant"):
            _answer(answer, turn, lang)

    typed = st.chat_input(
        text("input", lang), key="question", max_chars=settings.max_question_chars * 50
    )
    question = typed or state.get("pending")
    state["pending"] = None
    if question:
        history = (
            [q for q, _ in state["turns"]][-settings.history_turns :]
            if settings.history_turns
            else []
        )
        try:
            answer = bot.ask(question, history)
        except Exception as exc:
            st.error(text("error", lang, error=" ".join(str(exc).split())[:300]))
            return
        state["turns"].append((answer.question or question, answer))
        turn = len(state["turns"]) - 1
        with st.chat_message("user"):
            st.markdown(escape_markdown(answer.question or question))
        with st.chat_message("assistant"):
            _answer(answer, turn, lang)


main()
