"""Metadata questions: which fact is asked, and the printed words that show it."""

from __future__ import annotations

import pytest

from bot import metadata
from bot.lexical import content_words, get_segmenter
from index.document import Document


def kinds(question: str) -> list[str]:
    words = content_words(get_segmenter().words(question))
    return list(metadata.detect(question, words, symbol="A/RES/68/272"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("它的文件编号是什么？", ["symbol"]),
        ("这项决议的文号是多少？", ["symbol"]),
        ("What is the document symbol?", ["symbol"]),
        ("决议的标题是什么？", ["title"]),
        ("这项决议叫什么名字？", ["title"]),
        ("What is the title of the resolution?", ["title"]),
        ("决议何时通过？", ["date"]),
        ("本决议于何日获得通过？", ["date"]),
        ("这个决议大概讲什么的？", ["title"]),
        ("引用格式里的决议文号怎么写？", ["symbol"]),
        ("这项决议是哪一年通过的？", ["date"]),
        ("When was the resolution adopted?", ["date"]),
        ("决议在哪次会议上通过？", ["meeting"]),
        ("At which plenary meeting was it adopted?", ["meeting"]),
        ("决议是什么时候在第几次全体会议通过的？", ["date", "meeting"]),
        ("本决议的正式文号是什么？", ["symbol"]),
        ("决议的正式标题是什么？写简报封面要用", ["title"]),
        # English inside Chinese: no word boundary between 的 and "symbol" for Unicode \b.
        ("这个决议的symbol是多少？", ["symbol"]),
        ("What are the main points of the resolution?", ["title"]),
        ("这份决议的要点是什么？", ["title"]),
        # Only the adoption was at a plenary meeting.
        ("是在第几次全会上通过的？", ["meeting"]),
        ("这一个决议的文号是什么？", ["symbol"]),
        ("本决议的决议号是什么？", ["symbol"]),
        ("本决议于哪一日通过？", ["date"]),
        # Politeness and what the reader needs the symbol for name no topic.
        ("请问这项决议的正式文号是什么？我需要在参考文献中准确地标注，谢谢。", ["symbol"]),
        # Its own symbol, put forward to check, names nothing else.
        ("这份决议的文号是A/RES/68/272吧？", ["symbol"]),
        # A cataloguer's words: 文献号 is the symbol, 题名 the title.
        ("这份决议的文献号怎么著录？", ["symbol"]),
        ("题名请给一下完整的", ["title"]),
        # A wrong fact put forward about the resolution itself, and the right one asked.
        ("稿子说决议是2014年5月29日通过的？", ["date"]),
        ("同事把标题写成《联合国与各国议会联盟之间的合作》，原标题是啥？", ["title"]),
        ("稿子里文号写的A/RES/68/227，正确文号是多少", ["symbol"]),
        # A request to confirm names no topic; 几号 before 通过 is a day.
        ("请确认本决议的正式文号。", ["symbol"]),
        ("这个决议是几号通过的？", ["date"]),
        ("此项决议乃在哪一天获大会通过？", ["date"]),
        ("Doc number of this resolution?", ["symbol"]),
        # Where the adoption is printed, the Assembly that adopts, other languages' words.
        ("决议末尾注明的是第几次全体会议？", ["meeting"]),
        ("what year did 联大 adopt this one", ["date"]),
        ("本决议的文号（Symbol / cote）是什么？", ["symbol"]),
        ("这个 resolucion 的文号 (simbolo) 是什么？", ["symbol"]),
        ("决议是哪一天 aprobada 的？", ["date"]),
        ("这决议是哪天通过的？给个准日子", ["date"]),
        ("通过日期是哪年哪月哪日？", ["date"]),
        ("麻烦把resolution 的中文正式题目发我一下", ["title"]),
        ("决议是不是2014年5月19号通过的？", ["date"]),
    ],
)
def test_detects(question: str, expected: list[str]) -> None:
    assert kinds(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "在哪一年？",
        "第四届世界议长大会什么时候召开？",
        "决议要求秘书长何时提交报告？",
        "决议建议起草什么新的文件？",
        "题为“联合国与各国议会”的项目列入哪届会议？",
        "每年那个议会听证会一般开几天，都讨论些什么题目？",
        "为什么要在以后的大会届会上继续讨论这个题目？决议给了什么理由？",
        "When will the Fourth World Conference of Speakers of Parliament take place?",
        "第几号决议邀请议联以观察员身份参加大会工作？",
    ],
)
def test_topic_questions_are_not_metadata(question: str) -> None:
    assert kinds(question) == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_answers_quote_their_unit(resolution: Document, lang: str) -> None:
    for kind in ("symbol", "title", "date", "meeting"):
        fact = metadata.answer(kind, resolution, lang)
        assert fact.unit is not None and fact.quote and fact.quote in fact.unit.text
        assert fact.value


def test_values(resolution: Document) -> None:
    assert metadata.answer("symbol", resolution, "zh").value == "A/RES/68/272"
    assert metadata.answer("symbol", resolution, "zh").unit.unit == "title"  # type: ignore[union-attr]
    assert "2014" in metadata.answer("date", resolution, "zh").value
    assert metadata.answer("date", resolution, "en").value == "2014-05-19"
    meeting = metadata.answer("meeting", resolution, "zh")
    assert "86" in meeting.value and meeting.unit is not None and meeting.unit.unit == "adoption"
    assert "各国议会联盟" in metadata.answer("title", resolution, "zh").value


def test_another_numbered_resolution_is_not_this_ones_metadata() -> None:
    assert metadata.detect("第66/261号决议是哪一天通过的？", symbol="A/RES/68/272") == []
    assert metadata.detect("第68/272号决议是哪一天通过的？", symbol="A/RES/68/272") == ["date"]
    assert metadata.detect("它的文件号是什么？", ["文件", "号"]) == ["symbol"]


def test_names_self() -> None:
    assert not metadata.names_self("它是哪一年的？")
    assert not metadata.names_self("When was it signed?")
    assert metadata.names_self("它是哪一年通过的？")
    assert metadata.names_self("When was it adopted?")
    assert metadata.names_self("这项决议是哪一年的？")


def test_points_at_self() -> None:
    assert metadata.points_at_self("这份决议的编号是多少，考试要写文号")
    assert metadata.points_at_self("What is the symbol of this resolution?")
    # What it is about and who adopted it describe it.
    assert metadata.points_at_self("请问这份关于联合国与议会互动的大会决议，其正式文件编号为何？")
    assert metadata.points_at_self("联大这个议联决议是什么时候通过的")
    assert not metadata.points_at_self("这个安理会决议是什么时候通过的")
    assert metadata.points_at_self("这份关于议会和联合国的决议，文号是多少？")
    assert not metadata.points_at_self("安理会第1325号决议说了什么？")


def test_session_of_adoption_comes_from_the_symbol(resolution: Document) -> None:
    assert metadata.detect(
        "这是联大第几届会议通过的决议？", ["这是", "联大", "第", "会议", "通过"]
    ) == ["session"]
    assert metadata.detect("Which session of the General Assembly adopted this resolution?") == [
        "session"
    ]
    # The Assembly named beside the resolution does not make it another topic.
    assert metadata.detect("这是联大第几届会议的决议？", ["这是", "联大", "第", "会议"]) == [
        "session"
    ]
    # The session an item is put on the agenda of is a topic, not the adoption.
    assert metadata.detect("决议要求列入哪一届会议的议程？", ["列入", "会议", "议程"]) == []
    # Earlier instances of a series are not the session that adopted this.
    assert metadata.detect("那前面几届呢？决议里有提到吗？", ["提到"], assume_self=True) == []
    zh = metadata.answer("session", resolution, "zh")
    assert zh.value == "六十八" and zh.unit is not None and zh.unit.unit == "title"
    assert metadata.answer("session", resolution, "en").value == "68th"


def test_own_symbol_is_named_by_its_owner() -> None:
    assert metadata.asks_own_symbol("这份决议的文号是多少？写报告要引用")
    assert metadata.asks_own_symbol("本决议之正式文号为何？拟在报告中援引")
    assert metadata.asks_own_symbol("What is this resolution's symbol? I need it for a report.")
    assert not metadata.asks_own_symbol("这份决议提到的秘书长报告文号是什么？")
    assert metadata.asks_symbol("该协定载于哪一份联合国文件之中？")


def test_plural_pronouns_point_at_cited_things_but_both_asks_about_this_one() -> None:
    # "它们" after two resolutions asks about them; "both the symbol and the date" about this one.
    assert metadata.detect("它们分别是哪天通过的？", (), symbol="A/RES/68/272") == []
    asked = "I need both the symbol and the adoption date of this resolution."
    assert metadata.detect(asked, (), symbol="A/RES/68/272") == ["symbol", "date"]
