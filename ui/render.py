"""Pure text helpers for the chat page: safe Markdown and highlighting. No streamlit import.

Everything the page shows from users or documents goes through :func:`escape_markdown` (or
:func:`highlight`, which escapes too), so it renders as the same visible characters: no HTML, no
links, no LaTeX, no ``:color[...]`` directives, no ``:material/...:`` icons.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

HIGHLIGHT = ":orange-background[{}]"
# CommonMark lets any ASCII punctuation be backslash-escaped; escaping all of it is simplest.
_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")
# Streamlit turns `:streamlit:` and `:material_x:` into images even inside escaped text (its
# plugins run on text nodes); an invisible word joiner after the colon breaks those patterns.
# (Also before a joiner already there, so that visible_text can tell ours apart.)
_COLON_WORD = re.compile(r"(\\:)(?=[\w+\-\u2060])")
WORD_JOINER = "\u2060"
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{2,}|\d{4,}")
# Question words and function characters: matching them would highlight noise.
_ZH_STOP_WORDS = (
    "什么 哪些 哪里 哪个 哪儿 哪一 怎么 怎样 如何 是否 为何 为什么 多少 决议 本决议 这个 那个 "
    "这些 那些 关于 有何 有关 提到 规定 说了 一下 请问 内容 段落 问题"
)
_EN_STOP_WORDS = (
    "the and for are was were what which who whom whose when where why how does did do has "
    "have had this that these those with from into about its it's resolution paragraph "
    "paragraphs say says said ask asks asked any all not can could should would will shall "
    "there their them they you your our out"
)
_ZH_STOP = frozenset(_ZH_STOP_WORDS.split())
_EN_STOP = frozenset(_EN_STOP_WORDS.split())
_ZH_FUNCTION = frozenset("的了吗呢么吧啊是在和与或及其这那哪何谁")


def normalize_text(text: str) -> str:
    """Line endings to ``\\n``, tabs to spaces, each line stripped (Markdown drops that space).

    :param text: Any text.
    :returns: The text as Markdown will show it, whitespace-wise.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").split("\n")
    return "\n".join(line.strip(" ") for line in lines)


def _escape_inline(text: str) -> str:
    escaped = _COLON_WORD.sub(r"\1" + WORD_JOINER, _PUNCTUATION.sub(r"\\\1", text))
    # Two trailing spaces make a hard line break; a blank line stays a paragraph break.
    return escaped.replace("\n", "  \n")


def escape_markdown(text: str) -> str:
    """Escape user or document text so Streamlit's Markdown shows it literally.

    :param text: Any text.
    :returns: Markdown whose visible characters are ``text``'s (line breaks kept).
    """
    return _escape_inline(normalize_text(text))


def one_line(message: str, limit: int = 300) -> str:
    """A message on one line, shortened to ``limit`` characters (for error notices).

    :param message: Any text, e.g. ``str(exception)``.
    :param limit: Maximum length.
    :returns: Whitespace collapsed, truncated with ``…``.
    """
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def matching_terms(question: str, text: str) -> list[str]:
    """Words of the question that occur in ``text``, for highlighting.

    Chinese has no spaces, so each run of Chinese characters in the question is matched greedily
    (longest piece found in ``text`` first, at least two characters); Latin words need three
    letters, numbers four digits (years). Question words and function words are left out.

    :param question: The user's question.
    :param text: The cited text.
    :returns: Matching terms in question order, without duplicates.
    """
    found: list[str] = []
    for run in _CJK_RUN.findall(question):
        i = 0
        while i < len(run) - 1:
            end = next((j for j in range(len(run), i + 1, -1) if run[i:j] in text), None)
            if end is None:
                i += 1
                continue
            term = run[i:end]
            if term not in _ZH_STOP and not (
                len(term) == 2 and any(ch in _ZH_FUNCTION for ch in term)
            ):
                found.append(term)
            i = end
    for word in _LATIN_WORD.findall(question):
        if word.lower() in _EN_STOP:
            continue
        if re.search(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", text, re.IGNORECASE):
            found.append(word)
    return list(dict.fromkeys(found))


def highlight(text: str, terms: Iterable[str]) -> str:
    """Escaped Markdown of ``text`` with every occurrence of ``terms`` highlighted.

    :param text: Document text.
    :param terms: Substrings to highlight (case-insensitive; empty ones ignored).
    :returns: Safe Markdown; highlights never span a line break.
    """
    text = normalize_text(text)
    marks = [False] * len(text)
    for term in {normalize_text(t) for t in terms if t and t.strip()}:
        for match in re.finditer(re.escape(term), text, re.IGNORECASE):
            marks[match.start() : match.end()] = [True] * (match.end() - match.start())
    parts: list[str] = []
    start = 0
    while start < len(text):
        end = start
        while end < len(text) and marks[end] == marks[start]:
            end += 1
        chunk = text[start:end]
        if marks[start]:
            chunk = "\n".join(
                HIGHLIGHT.format(_escape_inline(line)) if line.strip() else line
                for line in chunk.split("\n")
            )
            parts.append(chunk.replace("\n", "  \n"))
        else:
            parts.append(_escape_inline(chunk))
        start = end
    return "".join(parts)


def visible_text(markdown: str) -> str:
    """The characters a reader sees for Markdown made by this module (checks, tests).

    Undoes :func:`escape_markdown` and :func:`highlight` and drops ``**`` bold markers; it is not
    a Markdown renderer for anything else.

    :param markdown: Markdown from this module, possibly inside ``**…**``.
    :returns: The visible text.
    """
    opener = HIGHLIGHT.split("{", 1)[0]
    out: list[str] = []
    i = 0
    while i < len(markdown):
        if markdown[i] == "\\" and i + 1 < len(markdown):
            out.append(markdown[i + 1])
            i += 2
            if out[-1] == ":" and markdown.startswith(WORD_JOINER, i):  # ours, see _COLON_WORD
                i += 1
        elif markdown.startswith(opener, i):
            i += len(opener)
        elif markdown.startswith("**", i):
            i += 2
        elif markdown[i] == "]":
            i += 1
        elif markdown.startswith("  \n", i):
            out.append("\n")
            i += 3
        else:
            out.append(markdown[i])
            i += 1
    return "".join(out)


def answer_lead(text: str, no_answer: bool) -> str:
    """The part of the bot's answer text shown above the citations.

    The bot's text repeats each cited paragraph in full after a blank line (the terminal needs
    that); the page shows those as citation cards instead, and see-also units as a list.

    :param text: ``Answer.text``.
    :param no_answer: ``Answer.no_answer``.
    :returns: The first paragraph, or only the first line of a no-answer.
    """
    lead = text.strip().split("\n\n", 1)[0]
    return lead.split("\n", 1)[0] if no_answer else lead
