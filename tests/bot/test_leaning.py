"""Which part of a resolution a question leans towards."""

from __future__ import annotations

import pytest

from bot.leaning import leaning


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("每年在联合国办的议员听证会，联大希望怎样改进？", "operative"),
        ("联合国派驻各国的团队今后应当怎样同议会打交道？", "operative"),
        ("Does the resolution recommend drafting a new cooperation agreement?", "operative"),
        ("What is asked of the Secretary-General?", "operative"),
        ("决议回顾了哪几届世界议长大会的成果？", "preambular"),
        ("各国领导人在世纪之交发表的那份宣言里说了什么？", "preambular"),
        ("Why does the Assembly value the IPU's work?", "preambular"),
        ("UN Women 跟IPU要一起做哪些事情？", "operative"),
        # Neither way, or both: no leaning.
        ("妇女署与各国议会联盟在哪些领域合作？", ""),
        ("决议回顾了以前的合作，今后还要加强什么？", ""),
    ],
)
def test_leaning(question: str, part: str) -> None:
    assert leaning(question) == part
