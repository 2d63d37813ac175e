from __future__ import annotations

import pytest

from bot.bot import Bot
from bot.smalltalk import is_small_talk


@pytest.mark.parametrize(
    "message",
    [
        # Thanks and the reader's plans, with nothing asked.
        "非常感谢您的帮助！我们国际部下周还要就此问题准备一份简报。",
        "谢谢，辛苦了。",
        "Thanks a lot. We will prepare the brief next week.",
        # A service the bot does not give.
        "好的谢谢~ 周五gender theme group开会你能提醒我一下吗",
        "感谢协助。请问贵系统能否同时提供本决议的法文本（version française）？",
        "能把决议的PDF发给我吗？",
        "Can you remind me about this on Friday?",
        "Salamat po！下午我们committee有hearing，你可以帮我写一篇开场speech吗？",
        "Could you write me a short speech for the hearing?",
        "Bula！顺便问一下，你可以帮我 draft 一个 Speaker 的 opening remarks 吗？",
        # Chat about the world or the bot's own opinion.
        "今天纽约天气怎么样，适合去联合国总部参观吗",
        "说实话，你觉得这种决议有啥用，不就是外交辞令吗？",
        "Honestly, do you think resolutions like this are worth anything?",
        # Where to eat or stay.
        "Could you kindly recommend a good restaurant near UN Headquarters in New York?",
        "联合国总部附近有什么好吃的餐厅吗",
    ],
)
def test_small_talk(message: str) -> None:
    assert is_small_talk(message)


@pytest.mark.parametrize(
    "message",
    [
        "谢谢！那第16段呢？",
        "谢谢，决议是哪天通过的？",
        "请提醒我决议关于听证会说了什么",
        "Thanks. Which paragraph mentions UN-Women?",
        "决议邀请妇女署做什么？",
        "Does the resolution say why parliaments matter to the UN?",
    ],
)
def test_questions_on_the_text_are_not_small_talk(message: str) -> None:
    assert not is_small_talk(message)


def test_small_talk_gets_no_citation(fake_bot: Bot) -> None:
    answer = fake_bot.ask("非常感谢您的帮助！我们国际部下周还要就此问题准备一份简报。")
    assert answer.no_answer and not answer.citations
    answer = fake_bot.ask("谢谢！那第16段呢？")
    assert not answer.no_answer and answer.citations[0].unit == "op-16"
