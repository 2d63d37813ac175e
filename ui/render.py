"""Pure text helpers for the page: Markdown escaping and highlighting. No streamlit import."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Characters with meaning in Streamlit's Markdown (incl. LaTeX `$`, directives `:`, HTML `<`).
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:&])")
_CJK = re.compile(r"[\u4e00-\u9fff]")
HIGHLIGHT = ":orange-background[{}]"


def escape_markdown(text: str) -> str:
    """Escape user or document text so Markdown renders it literally (no links, HTML, LaTeX).

    :param text: Any text.
    :returns: Text whose every special character is backslash-escaped; newlines kept as breaks.
    """
    escaped = _SPECIAL.sub(r"\\\1", text)
    return escaped.replace("\n", "  \n")


def question_terms(question: str, min_len: int = 2) -> list[str]:
    """Words of the question worth highlighting: Chinese bigrams and Latin words of 3+ letters."""
    terms: set[str] = set()
    for run in re.findall(r"[\u4e00-\u9fff]+", question):
        terms.update(run[i : i + min_len] for i in range(len(run) - min_len + 1))
    terms.update(w for w in re.findall(r"[A-Za-z][A-Za-z\-]{2,}", question))
    return sorted(terms, key=len, reverse=True)


def highlight(text: str, terms: Iterable[str]) -> str:
    """Escaped Markdown of ``text`` with every occurrence of ``terms`` highlighted.

    :param text: Document text.
    :param terms: Substrings to highlight (matched case-insensitively).
    :returns: Safe Markdown.
    """
    wanted = [t for t in terms if t and t.strip()]
    if not wanted:
        return escape_markdown(text)
    marks = [False] * len(text)
    lowered = text.lower()
    for term in wanted:
        start = lowered.find(term.lower())
        while start >= 0:
            for i in range(start, start + len(term)):
                marks[i] = True
            start = lowered.find(term.lower(), start + 1)
    parts: list[str] = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and marks[j] == marks[i]:
            j += 1
        chunk = escape_markdown(text[i:j])
        parts.append(HIGHLIGHT.format(chunk) if marks[i] else chunk)
        i = j
    return "".join(parts)
