"""Direct references: every way of naming a paragraph or footnote, and what they resolve to."""

from __future__ import annotations

import pytest

from bot.refs import (
    Reference,
    describe,
    find_references,
    neighbour,
    number_alone,
    parse_number,
    relative_step,
    resolve,
    same_paragraph,
    section_named,
    set_aside,
    without,
)
from index.document import Document


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("15", 15),
        ("１５", 15),
        ("十五", 15),
        ("十", 10),
        ("二十三", 23),
        ("四", 4),
        ("一百零二", 102),
    ],
)
def test_parse_number(raw: str, value: int) -> None:
    assert parse_number(raw) == value


def test_parse_number_rejects_words() -> None:
    assert parse_number("段") is None
    assert parse_number("") is None


@pytest.mark.parametrize(
    ("question", "kind", "number"),
    [
        ("第15段", "paragraph", 15),
        ("第十五段讲了什么？", "paragraph", 15),
        ("执行部分第3段", "operative", 3),
        ("执行部分第三段说了什么", "operative", 3),
        ("序言部分第四段", "preambular", 4),
        ("序言部分第 4 段", "preambular", 4),
        ("脚注5", "footnote", 5),
        ("脚注 2 是什么", "footnote", 2),
        ("第5个脚注", "footnote", 5),
        ("paragraph 12", "paragraph", 12),
        ("What does operative paragraph 12 say?", "operative", 12),
        ("preambular paragraph 4", "preambular", 4),
        ("OP12", "operative", 12),
        ("PP4", "preambular", 4),
        ("footnote 2", "footnote", 2),
        ("那第16段呢？", "paragraph", 16),
        # Terse chat: no 第.
        ("那16段呢", "paragraph", 16),
        # Negotiators' shorthand.
        ("执行段15说的新合作协定是什么？", "operative", 15),
        ("第1执行段欢迎了什么？", "operative", 1),
        ("序言段3提到哪些大会？", "preambular", 3),
        ("第3个序言段落", "preambular", 3),
        # A learner's word order.
        ("段第二执行部分，列出哪些合作领域？", "operative", 2),
        ("第7段序言部分提到的两个决议是哪两个？", "preambular", 7),
        ("第３条（执行部分）说了什么", "operative", 3),
    ],
)
def test_finds_reference(question: str, kind: str, number: int) -> None:
    refs = find_references(question)
    assert len(refs) == 1
    assert (refs[0].kind, refs[0].number) == (kind, number)


@pytest.mark.parametrize(
    "question",
    [
        "第四届世界议长大会在哪里召开？",
        "第 86 次全体会议",
        "第七十届会议",
        "第57/32号决议邀请了谁？",
        "第68/6号决议第26段",
        "决议提到了哪些领域？",
        "What is the capital of France?",
        "How many operations?",
        "这段第二句是什么意思？",
        "2015年两段讲了什么",
        "第68/6号决议 26段",
        # A paragraph of the report the text cites.
        "秘书长报告第3段写了什么？",
        "秘书长那份A/68/827报告里第3段具体写的是什么内容？",
    ],
)
def test_no_reference(question: str) -> None:
    assert find_references(question) == []


def test_several_references_in_order() -> None:
    refs = find_references("比较PP4和执行部分第2段以及脚注1")
    assert [(r.kind, r.number) for r in refs] == [
        ("preambular", 4),
        ("operative", 2),
        ("footnote", 1),
    ]


def test_sub_item() -> None:
    (ref,) = find_references("执行部分第3段(a)项")
    assert (ref.kind, ref.number, ref.item) == ("operative", 3, "a")


def test_resolve_bare_paragraph_is_operative(resolution: Document) -> None:
    unit = resolve(Reference("paragraph", 15), resolution)
    assert unit is not None and unit.unit == "op-15"


def test_resolve_bare_paragraph_falls_back_to_preambular(resolution: Document) -> None:
    # The resolution has 16 operative paragraphs; a document with fewer would fall back.
    ops = [u for u in resolution.units if u.kind == "operative"]
    pps = [u for u in resolution.units if u.kind == "preambular"]
    assert len(ops) == 16 and len(pps) == 12
    assert resolve(Reference("paragraph", 17), resolution) is None


@pytest.mark.parametrize(
    ("ref", "unit"),
    [
        (Reference("preambular", 4), "pp-4"),
        (Reference("operative", 3), "op-3"),
        (Reference("footnote", 5), "fn-5"),
        (Reference("operative", 3, "a"), "op-3"),
    ],
)
def test_resolve(resolution: Document, ref: Reference, unit: str) -> None:
    found = resolve(ref, resolution)
    assert found is not None and found.unit == unit


@pytest.mark.parametrize(
    "ref", [Reference("operative", 40), Reference("preambular", 13), Reference("footnote", 9)]
)
def test_resolve_missing(resolution: Document, ref: Reference) -> None:
    assert resolve(ref, resolution) is None


def test_describe_both_languages() -> None:
    assert describe(Reference("operative", 40), "zh") == "执行部分第40段"
    assert describe(Reference("footnote", 9), "en") == "footnote 9"
    assert describe(Reference("paragraph", 3, "b"), "en") == "paragraph 3(b)"


@pytest.mark.parametrize(
    "question", ["决议第15段说了什么？", "本决议的第15段", "决议第15条说了什么？"]
)
def test_this_resolutions_paragraph(question: str) -> None:
    assert [(r.kind, r.number) for r in find_references(question)] == [("paragraph", 15)]


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("根据决议最后一段，大会请秘书长做什么？", "op-16"),
        ("序言部分最后一段讲了什么？", "pp-12"),
        ("倒数第二段", "op-15"),
        ("最后一个脚注是什么？", "fn-5"),
        ("What does the last operative paragraph say?", "op-16"),
        ("the final paragraph", "op-16"),
        ("What is in the first preambular paragraph?", "pp-1"),
        ("second operative paragraph", "op-2"),
        ("the penultimate paragraph", "op-15"),
        ("first footnote", "fn-1"),
    ],
)
def test_positions_count_from_either_end(resolution: Document, question: str, unit: str) -> None:
    refs = find_references(question)
    assert len(refs) == 1
    found = resolve(refs[0], resolution)
    assert found is not None and found.unit == unit


@pytest.mark.parametrize("question", ["最后一届会议在哪里举行？", "What is the last step?"])
def test_last_without_paragraph_is_no_reference(question: str) -> None:
    assert find_references(question) == []


def test_position_beyond_the_start_is_missing(resolution: Document) -> None:
    ref = find_references("倒数第三十段")[0]
    assert resolve(ref, resolution) is None
    assert (
        describe(ref, "zh") == "倒数第30段" and describe(ref, "en") == "paragraph 30 from the end"
    )


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("这个机构在序言部分也被提到了吗？", "preambular"),
        ("What about the preamble?", "preambular"),
        ("执行部分有没有提到妇女署？", "operative"),
        ("Which operative paragraphs mention UN-Women?", "operative"),
        ("决议建议起草什么新的文件？", ""),
        # The part compared with is not the one asked about.
        ("和序言部分相比，执行部分在这一问题上有何进一步的要求？", "operative"),
        # The part set aside is not the one asked about.
        ("那妇女署呢？除了序言那段，执行部分哪里还提到它？", "operative"),
    ],
)
def test_section_named(question: str, section: str) -> None:
    assert section_named(question) == section


@pytest.mark.parametrize(
    ("question", "step"),
    [
        ("那前一段呢？", -1),
        ("上一段说了什么？", -1),
        ("And the previous paragraph?", -1),
        ("And the one before it?", -1),
        ("What about the following one?", 1),
        ("下一段呢？", 1),
        ("What about the next paragraph?", 1),
        ("and the para right after that one?", 1),
        ("那第16段呢？", 0),
    ],
)
def test_relative_step(question: str, step: int) -> None:
    assert relative_step(question) == step


def test_neighbour_stays_in_its_part(resolution: Document) -> None:
    op10 = resolution.get("op-10")
    assert op10 is not None
    assert neighbour(op10, -1) == Reference("operative", 9)
    pp1 = resolution.get("pp-1")
    assert pp1 is not None and neighbour(pp1, -1) is None
    title = resolution.get("title")
    assert title is not None and neighbour(title, 1) is None


@pytest.mark.parametrize(
    ("question", "same"),
    [
        ("这一段请哪个机构跟议联合作？", True),
        ("该段提到了哪些领域？", True),
        ("那一段里提到的另外一个新论坛叫什么？", True),
        ("那同一段后面列的几个决议里，最晚的是哪一个？", True),
        ("What else does that paragraph ask for?", True),
        ("这段时间联合国做了什么？", False),
        ("那一段时间联合国做了什么？", False),
        ("下一段呢？", False),
        # "Besides this one" asks for the others.
        ("除了这一段，还有哪几段也提到妇女的？", False),
        ("Which paragraphs besides that paragraph mention women?", False),
    ],
)
def test_same_paragraph(question: str, same: bool) -> None:
    assert same_paragraph(question) is same


def test_a_paragraph_set_aside_is_not_asked_about() -> None:
    question = "除了第10段，决议里还有哪些段落涉及妇女？"
    refs = find_references(question)
    assert set_aside(question, refs) == refs
    assert "10" not in without(question, refs) and len(without(question, refs)) == len(question)
    english = "Besides OP10, which paragraphs mention women?"
    assert set_aside(english, find_references(english))
    assert set_aside(
        "执行部分第10段以外还有哪段提到妇女？",
        find_references("执行部分第10段以外还有哪段提到妇女？"),
    )
    # Naming a paragraph to read it, or "except" inside it, sets nothing aside.
    assert set_aside("第10段讲了什么？", find_references("第10段讲了什么？")) == []


def test_a_part_set_aside_is_not_the_part_asked_about() -> None:
    assert section_named("那妇女署呢，除了序言那段以外还在哪儿出现？") == ""
    assert section_named("除了序言，执行部分哪里提到妇女") == "operative"
    assert section_named("和序言部分相比，执行部分怎么说") == "operative"


def test_a_corrected_reference_is_the_later_one() -> None:
    (ref,) = find_references("嗯那个执行部分第十二段 不对 第十三段讲的是啥")
    assert ref.number == 13
    (ref,) = find_references("paragraph 5, sorry, I mean paragraph 6?")
    assert ref.number == 6
    assert [r.number for r in find_references("第12段和第13段有什么不对应的地方")] == [12, 13]


def test_a_number_alone_follows_on() -> None:
    assert number_alone("那4呢") == 4
    assert number_alone("6呢？") == 6
    assert number_alone("那第十六呢") == 16
    assert number_alone("那第13项呢？") == 13  # after 执行部分第12项
    assert number_alone("那第16段呢") is None  # a reference of its own
    assert number_alone("4个") is None
    assert number_alone("2015年呢") is None


def test_a_paragraph_of_a_part_of_a_cited_resolution_is_that_ones() -> None:
    assert find_references("第57/32号决议执行部分共几段，第1段原文是什么？") == []
    assert [r.number for r in find_references("第57/32号决议是在序言部分第6段提到的吗？")] == [6]


def test_counts_of_paragraphs_warnings_and_articles_of_an_agreement() -> None:
    # "执行部分16段里": the part's sixteen paragraphs.
    assert find_references("执行部分16段里，哪一段用了“建议”？") == []
    assert [r.number for r in find_references("执行部分16段说了什么？")] == [16]
    # A paragraph the reader warns against confusing with the answer is set aside.
    question = "表扬IPU主动想跟联合国一起干活的是哪一段？注意别和序言第7段里的决定搞混。"
    refs = find_references(question)
    assert set_aside(question, refs) == refs
    # An article of the agreement named before it.
    assert find_references("1996 年那个协定里面有几条，第一条说什么？") == []
    assert [r.number for r in find_references("决议第一条说什么？")] == [1]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Footnotes 3 and 4 - which resolutions?", [("footnote", 3), ("footnote", 4)]),
        ("operative paragraphs 5, 6 and 7", [("operative", 5), ("operative", 6), ("operative", 7)]),
        ("paragraphs 2 & 9", [("paragraph", 2), ("paragraph", 9)]),
    ],
)
def test_english_plurals_name_each_number(question: str, expected: list[tuple[str, int]]) -> None:
    assert [(r.kind, r.number) for r in find_references(question)] == expected
