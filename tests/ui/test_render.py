"""Escaping and highlighting produce Markdown that shows the text literally."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from ui.render import HIGHLIGHT, escape_markdown, highlight, question_terms


def unescape(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown.replace("  \n", "\n"))


def test_html_links_latex_and_directives_are_escaped() -> None:
    for attack in (
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "$x^2$",
        ":red[boom]",
        "**bold** _it_ `code`",
    ):
        escaped = escape_markdown(attack)
        for ch in "<>[]()$:*_`":
            assert f"{ch}" not in re.sub(r"\\.", "", escaped)
        assert unescape(escaped) == attack


@given(st.text())
def test_escaped_text_reads_back_unchanged(text: str) -> None:
    assert unescape(escape_markdown(text)) == text


def test_highlight_marks_question_terms() -> None:
    text = "建议联合国与各国议会联盟起草新的合作协定，"
    out = highlight(text, question_terms("起草什么新的合作协定？"))
    assert HIGHLIGHT.format("起草") in out or ":orange-background[起草" in out
    assert "合作协定" in out.replace("\\", "")
    assert highlight("a<b", []) == "a\\<b"


def test_question_terms() -> None:
    assert "妇女" in question_terms("妇女署")
    assert "UN-Women" in question_terms("What about UN-Women?")
