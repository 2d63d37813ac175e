"""Traditional Chinese questions are read in simplified characters."""

from __future__ import annotations

from bot.bot import Bot
from bot.script import Simplifier, bundled_simplifier, folded


def test_traditional_characters_become_simplified() -> None:
    simplifier = Simplifier()
    assert simplifier.simplified("各國議會聯盟與聯合國的合作") == "各国议会联盟与联合国的合作"
    # Simplified text, English and mixed text come back as they were.
    for text in ("各国议会联盟的观察员身份", "What does OP 5 say?", "IPU 的 Standing Committee"):
        assert simplifier.simplified(text) == text
    # Characters only: mainland words are not rewritten as Taiwan usage would (文件 stays).
    assert simplifier.simplified("它的文件编号是什么？") == "它的文件编号是什么？"
    assert bundled_simplifier() is bundled_simplifier()


def test_a_traditional_question_is_answered_and_shown_as_typed(fake_bot: Bot) -> None:
    question = "各國議會聯盟以什麼身份參加大會的工作？"
    answer = fake_bot.ask(question)
    assert answer.question == question
    simplified = fake_bot.ask("各国议会联盟以什么身份参加大会的工作？")
    assert not answer.no_answer
    assert [c.unit for c in answer.citations] == [c.unit for c in simplified.citations]


def test_full_width_letters_and_digits_are_folded() -> None:
    assert folded("ｏｐ１２ 说啥") == "op12 说啥"
    # Chinese punctuation stays full-width, and spaces stay where they were.
    assert folded("第 15 段 ， 说了什么？") == "第 15 段 ， 说了什么？"
    assert folded("秘书长 报告 七十届") == "秘书长 报告 七十届"
    # The Roman numerals input methods offer.
    assert folded("执行部分第Ⅻ条") == "执行部分第12条"
    assert folded("第ⅳ段") == "第4段"
    # Latin letters lose their accents (French, Indonesian, Vietnamese words in a question).
    assert folded("这份 résolution 的 équipes de pays") == "这份 resolution 的 equipes de pays"
