"""Escaping and highlighting: user and document text renders as the same visible characters.

Checked two ways: against a real CommonMark renderer (markdown-it, with GFM tables and
strikethrough) and against the patterns Streamlit's own Markdown adds (LaTeX ``$``,
``:color[…]`` directives, ``:material/…:`` icons, ``:streamlit:``).
"""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from ui.render import (
    HIGHLIGHT,
    WORD_JOINER,
    answer_lead,
    escape_markdown,
    highlight,
    matching_terms,
    normalize_text,
    one_line,
    visible_text,
)

MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])
ATTACKS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "![i](https://evil.example/x.png)",
    "<https://evil.example>",
    "*bold* **strong** _it_ __it__ ~~gone~~ `code`",
    "$x^2$ and $$\\int y$$",
    ":red[boom] :orange-background[x] :material/home: :streamlit: :smile:",
    "# heading\n> quote\n- item\n1. item\n---",
    "a | b\n--|--\nc | d",
    "&lt;b&gt; &amp; &#60;",
    "    indented code",
    "back\\slash \\*",
)
# Text: any characters but control ones (a renderer replaces NUL) and lone surrogates, with
# Markdown's special characters and known attacks much more likely than by chance.
CHARS = st.characters(blacklist_categories=("Cc", "Cs")) | st.sampled_from(
    list("<>[]()*_`$:~#!|&\\-+.=^{}'\" \n\t\raxX1起草")
)
TEXT = st.text(CHARS) | st.lists(st.sampled_from(ATTACKS) | st.text(CHARS, max_size=3)).map("".join)


def rendered_text(markdown: str) -> str:
    """What a browser shows for CommonMark ``markdown``: tags dropped, entities decoded."""
    out = MARKDOWN.render(markdown)
    out = out.replace("<br />\n", "\n").replace("</p>\n<p>", "\n\n")
    return html.unescape(re.sub(r"<[^>]+>", "", out)).strip("\n").replace(WORD_JOINER, "")


def shown(text: str) -> str:
    """``text`` as Markdown displays plain text: blank-line runs become one paragraph break."""
    return re.sub(r"\n{2,}", "\n\n", normalize_text(text)).strip("\n")


def ink(text: str) -> str:
    """The visible (non-whitespace) characters, in order: Markdown may trim any whitespace."""
    return "".join(text.split()).replace(WORD_JOINER, "")


def unescaped_specials(markdown: str) -> str:
    """The characters of ``markdown`` that are not backslash-escaped."""
    return re.sub(r"\\.", "", markdown)


def test_attacks_render_as_text() -> None:
    for attack in ATTACKS:
        escaped = escape_markdown(attack)
        assert rendered_text(escaped) == shown(attack), attack
        html_out = MARKDOWN.render(escaped)
        assert not re.search(r"<(?!/?p>|br />)", html_out), html_out  # only <p> and <br />
        # Streamlit's own syntax: every `$`, `:`, `[`, `]`, `<` is escaped.
        assert not set(unescaped_specials(escaped)) & set("$:[]<>*_`~&|#!"), attack


def test_streamlit_icon_and_emoji_patterns_are_broken() -> None:
    # Streamlit replaces these inside text nodes, where backslash escapes are already gone.
    escaped = escape_markdown(":material/home: :material_home: :streamlit: :smile:")
    plain = re.sub(r"\\(.)", r"\1", escaped)
    assert ":material/" not in plain and ":material_" not in plain
    assert ":streamlit:" not in plain and ":smile:" not in plain
    assert plain.replace(WORD_JOINER, "") == ":material/home: :material_home: :streamlit: :smile:"


@given(TEXT)
def test_escaped_text_renders_back_to_the_same_characters(text: str) -> None:
    escaped = escape_markdown(text)
    assert ink(rendered_text(escaped)) == ink(text)
    assert visible_text(escaped) == normalize_text(text)


@given(TEXT, st.lists(st.text(min_size=1, max_size=4), max_size=4))
def test_highlighted_text_renders_back_to_the_same_characters(text: str, terms: list[str]) -> None:
    marked = highlight(text, terms)
    assert visible_text(marked) == normalize_text(text)
    # Without Streamlit's directive (an unescaped `:orange-background[` … `]`), CommonMark
    # shows the same characters.
    opener = re.escape(HIGHLIGHT.split("{", 1)[0])
    plain = re.sub(rf"\\.|{opener}|\]", lambda m: m[0] if m[0][0] == "\\" else "", marked)
    assert ink(rendered_text(plain)) == ink(text)


def test_highlight_marks_every_occurrence_and_only_those() -> None:
    text = "建议联合国与各国议会联盟起草新的合作协定；再次起草。"
    out = highlight(text, ["起草", "合作协定"])
    assert out == (
        "建议联合国与各国议会联盟:orange-background[起草]新的:orange-background[合作协定]；"
        "再次:orange-background[起草]。"
    )
    assert highlight("UN-Women and un-women", ["un-women"]) == (
        ":orange-background[UN\\-Women] and :orange-background[un\\-women]"
    )
    assert highlight("a<b", []) == "a\\<b"
    assert highlight("abc", ["", "  "]) == "abc"


def test_highlight_never_spans_a_line_break() -> None:
    out = highlight("第一行\n第二行", ["第一行\n第二"])
    assert out == ":orange-background[第一行]  \n:orange-background[第二]行"


def test_highlight_escapes_inside_the_highlight() -> None:
    out = highlight("see [x](javascript:alert(1)) now", ["[x](javascript:alert(1))"])
    assert out == ("see :orange-background[\\[x\\]\\(javascript\\:\u2060alert\\(1\\)\\)] now")


def test_matching_terms_chinese() -> None:
    text = "建议联合国与各国议会联盟起草新的合作协定，以反映过去若干年来的进展"
    assert matching_terms("决议建议起草什么新的文件？", text) == ["建议", "起草"]
    assert matching_terms("联合国和各国议会联盟起草了什么合作协定？", text) == [
        "联合国",
        "各国议会联盟起草",
        "合作协定",
    ]
    assert matching_terms("那第16段呢？", text) == []
    assert matching_terms("", text) == []


def test_matching_terms_latin_words_and_years() -> None:
    text = "UN-Women and the IPU meet in 2015 at the United Nations"
    assert matching_terms("What does the resolution ask of UN-Women in 2015?", text) == [
        "UN-Women",
        "2015",
    ]
    assert matching_terms("wom", text) == []  # whole words only
    assert matching_terms("united nations", text) == ["united", "nations"]


def test_answer_lead() -> None:
    text = "执行部分第15段：建议……\n\n执行部分第15段全文：建议联合国……"
    assert answer_lead(text, False) == "执行部分第15段：建议……"
    assert answer_lead("本决议没有涉及这个问题。\n最接近的段落：\n- x", True) == (
        "本决议没有涉及这个问题。"
    )


def test_one_line() -> None:
    assert one_line("a\n  b\tc") == "a b c"
    assert one_line("x" * 10, limit=5) == "xxxx…"
