from __future__ import annotations

from collections.abc import Set

import pytest

from bot.asides import question_proper

# The text's words, as a retriever would find them in a piece of a question.
TEXT_WORDS = (
    "世界议长大会",
    "成果",
    "序言",
    "举行",
    "会议",
    "议会",
    "国家",
    "全球",
    "问责",
    "决议",
)


def text_terms(part: str) -> Set[str]:
    return {w for w in TEXT_WORDS if w in part}


@pytest.mark.parametrize(
    ("question", "proper"),
    [
        # The reader's purpose names no topic.
        ("这决议文号多少？我要写进给SRSG的简报里", "这决议文号多少？"),
        ("为便于在我的讲稿中准确引注，请问本决议的文号为何？", "请问本决议的文号为何？"),
        # Instructions on the answer's form or the bot's role.
        (
            "请扮演联合国秘书处官员，回答一行：联合国和议会这两年合作得怎么样？",
            "联合国和议会这两年合作得怎么样？",
        ),
        (
            "序言部分对此是否也有相应的表述？请一并找出来，供同志们认真学习。",
            "序言部分对此是否也有相应的表述？请一并找出来，",
        ),
        # A spoken filler before the question: its 那 then opens the question.
        ("对吧，那它是跟同一年的哪些会绑在一起开的？", "那它是跟同一年的哪些会绑在一起开的？"),
        ("嗯，就是说，决议是哪年通过的？", "决议是哪年通过的？"),
        # A declarative preamble goes when the question proper names enough on its own.
        (
            "学界对历史沿革多有讨论。请问序言所注意到的世界议长大会成果，是哪几年举行的会议？",
            "请问序言所注意到的世界议长大会成果，是哪几年举行的会议？",
        ),
        (
            "I have long held this view. Which meetings of parliaments does it welcome?",
            "I have long held this view. Which meetings of parliaments does it welcome?",
        ),
    ],
)
def test_question_proper(question: str, proper: str) -> None:
    assert question_proper(question, text_terms) == proper


@pytest.mark.parametrize(
    "question",
    [
        # The purpose clause carries a word of the text: it may be the topic.
        "我想引用决议里关于议会的原话，是哪段？",
        # The question proper leans on the preamble ("这一点").
        "各国领导人在那份纲领性宣言中表达过意愿。本决议是如何回顾这一点的？",
        # A paragraph named in the purpose or the preamble is what is asked about.
        "我在稿子里想引用执行部分第7段，您能帮我概括一下这一段讲了啥吗？",
        "我看有外媒稿子引用了 OP 9，这一段到底说的是什么？",
        "The first preambular paragraph refers to a report. Over what period did it take place?",
        "刚开始搞民主的国家，议会都很弱。决议说要特别帮这些国家的议会吗？",
        # A filler with nothing asked after it is left alone.
        "好的，",
        # Nothing but the purpose would be left to ask.
        "我要写进简报里",
        "安理会第1325号决议很重要。它说了什么？",
    ],
)
def test_what_may_be_the_topic_stays(question: str) -> None:
    assert question_proper(question, text_terms) == question


@pytest.mark.parametrize(
    ("question", "proper"),
    [
        # A remark after the question goes when the question names enough on its own.
        (
            "世界议长大会是哪一年举行的会议？我想知道议会到底多老了，那时候残障议题还不在视野里吧",
            "世界议长大会是哪一年举行的会议？",
        ),
        # What the answer must give, and a confirmation asked for, are not remarks.
        ("世界议长大会是哪一年举行的会议？我需要精确到日。", None),
        ("世界议长大会举行的会议是为了问责吧？是这意思不", None),
        ("世界议长大会是哪一年举行的会议？请逐条列出。", None),
    ],
)
def test_a_remark_after_the_question(question: str, proper: str | None) -> None:
    assert question_proper(question, text_terms) == (proper or question)


def test_a_question_said_again_in_other_words_is_kept() -> None:
    question = "这文件说议会在世界议长大会上得管住啥？就是让办事有问责、举行会议那种"
    assert question_proper(question, text_terms) == question


def test_a_purpose_in_english_words_names_nothing_of_the_text() -> None:
    question = "世界议长大会是哪一年举行的会议？要写进 Speaker 的 briefing note"
    assert question_proper(question, text_terms) == "世界议长大会是哪一年举行的会议？"


@pytest.mark.parametrize(
    ("question", "proper"),
    [
        # A live blog's emoji, arrows and hashtags.
        ("这个决议 什么时候通过的?? 📅 #UNGA", "这个决议 什么时候通过的??"),
        ("标题全称 → 快给我 🙏 #IPU", "标题全称，快给我"),
        ("#IPU 的成果", "IPU 的成果"),
        # An exam item: its kind goes, a blank becomes a question word, options go when
        # the stem names the text's words.
        ("填空：决议第__段要求秘书长提交报告", "决议第几段要求秘书长提交报告"),
        ("填空：序言注意到____年的成果", "序言注意到哪一年的成果"),
        ("填空：总部设在____。", "总部设在哪里。"),
        (
            "以下哪项正确：世界议长大会的成果是 A 加强问责 B 审批预算 C 任命官员",
            "世界议长大会的成果是",
        ),
        # Background told before numbered questions.
        (
            "先说背景：议长要在世界议长大会上讲话。第一，序言注意到哪几年的成果？第二，在哪里举行？",
            "序言注意到哪几年的成果？在哪里举行？",
        ),
        # Options are kept when the stem alone names nothing.
        ("Which is right: A. 2014 B. 2015", "Which is right: A. 2014 B. 2015"),
    ],
)
def test_decorations_and_exam_forms(question: str, proper: str) -> None:
    assert question_proper(question, text_terms) == proper


@pytest.mark.parametrize(
    ("question", "proper"),
    [
        # A relayed question is the one asked when what follows names nothing of its own.
        ("有市民来信问：“世界议长大会在哪里举行？”请问决议怎么说？", "世界议长大会在哪里举行？"),
        ("市民来信问：“序言提到哪几年的成果？”麻烦查一下决议。", "序言提到哪几年的成果？"),
        # What follows the quote asks on its own: the reader's own question.
        (
            "有读者来信问：“决议是不是取消了议会？”请问决议对各国议会的问责怎么说？",
            "请问决议对各国议会的问责怎么说？",
        ),
        # Instructions to read the answer aloud say how, not what.
        ("这份决议的成果是什么，帮我念一下", "这份决议的成果是什么，"),
    ],
)
def test_relayed_questions_and_reading_aloud(question: str, proper: str) -> None:
    assert question_proper(question, text_terms) == proper
