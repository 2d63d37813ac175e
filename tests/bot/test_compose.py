"""Extractive composition: clauses, the chosen quote, labels, footnotes, and the invariant that
every citation quotes its own unit."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answer import Answer
from bot.bot import Bot
from bot.compose import (
    answer_text,
    choose_quote,
    clauses,
    lead,
    make_citation,
    wanted,
    with_citing_paragraphs,
)
from index.document import Document


def flat(_: str) -> float:
    return 1.0


def test_clauses_split_on_chinese_punctuation() -> None:
    text = "欢迎甲，鼓励乙；决定丙。 "
    assert [text[a:b] for a, b in clauses(text)] == ["欢迎甲", "鼓励乙", "决定丙"]
    assert clauses("   ") == []


def test_choose_quote_takes_the_clause_with_the_question_terms(resolution: Document) -> None:
    op5 = resolution.get("op-5")
    assert op5 is not None
    quote = choose_quote(op5.text, ["纽约", "召开"], flat)
    assert "在纽约联合国总部召开这次大会" in quote
    assert quote in op5.text


def test_choose_quote_prefers_the_wanted_fact(resolution: Document) -> None:
    op5 = resolution.get("op-5")
    assert op5 is not None
    quote = choose_quote(op5.text, ["政治", "支持"], flat, want="year")
    assert "2015" in quote
    place = choose_quote(op5.text, ["大会"], flat, want="place")
    assert "纽约" in place


def test_choose_quote_short_clause_takes_the_next() -> None:
    text = "又回顾，其第57/32号决议邀请各国议会联盟以观察员身份参加大会的工作，"
    quote = choose_quote(text, ["回顾"], flat)
    assert quote.startswith("又回顾") and "观察员" in quote


def test_wanted() -> None:
    assert wanted("在哪一年？") == "year"
    assert wanted("In which year?") == "year"
    assert wanted("在哪里召开？") == "place"
    assert wanted("何时提交报告？") == "date"
    assert wanted("有多少段？") == "number"
    assert wanted("为什么？") == "reason"
    assert wanted("决议建议什么？") is None


def test_lead_marks_cuts_with_ellipses() -> None:
    text = "欢迎甲，鼓励乙，决定丙；"
    assert lead("执行部分第5段", text, "鼓励乙", "zh") == "执行部分第5段：……鼓励乙……"
    assert lead("执行部分第5段", text, "欢迎甲", "zh") == "执行部分第5段：欢迎甲……"
    assert lead("Operative paragraph 5", text, "决定丙", "en") == "Operative paragraph 5: ……决定丙"


def test_citation_carries_footnotes_and_labels(resolution: Document) -> None:
    op5 = resolution.get("op-5")
    assert op5 is not None
    zh = make_citation(resolution, op5, "zh", 0.9, "鼓励同联合国密切合作开展这些筹备工作")
    assert zh.label == "执行部分第5段" and zh.number == 5 and zh.kind == "operative"
    assert [f.unit for f in zh.footnotes] == ["fn-5"]
    assert "68/6" in zh.footnotes[0].text
    en = make_citation(resolution, op5, "en", 2.0, "not in the text")
    assert en.label == op5.label_en and en.quote == op5.text.strip() and en.score == 1.0


def test_footnote_brings_its_citing_paragraphs(resolution: Document) -> None:
    fn1 = resolution.get("fn-1")
    assert fn1 is not None
    cited = with_citing_paragraphs(
        [make_citation(resolution, fn1, "zh", 0.8)], {resolution.symbol: resolution}, "zh"
    )
    assert [c.unit for c in cited] == ["fn-1", "pp-1", "op-2"]
    assert cited[0].cited_by == ("序言部分第1段", "执行部分第2段")


def test_answer_text_layout(resolution: Document) -> None:
    op15 = resolution.get("op-15")
    assert op15 is not None
    citation = make_citation(
        resolution, op15, "zh", 1.0, "建议联合国与各国议会联盟起草新的合作协定"
    )
    text = answer_text([citation], "zh")
    first, *rest = text.splitlines()
    assert first == "执行部分第15段：建议联合国与各国议会联盟起草新的合作协定……"
    assert op15.text.strip() in "\n".join(rest)


def check_invariant(answer: Answer, document: Document) -> None:
    for citation in (*answer.citations, *answer.see_also):
        unit = document.get(citation.unit)
        assert unit is not None, citation.unit
        assert citation.text == unit.text
        assert citation.quote and citation.quote in unit.text
        assert 0.0 <= citation.score <= 1.0


def test_invariant_on_typical_questions(fake_bot: Bot, resolution: Document) -> None:
    for question in [
        "决议建议起草什么新的文件？",
        "第四届世界议长大会在哪里召开？",
        "哪些段落提到妇女？",
        "脚注1",
        "它的文件编号是什么？",
        "What does the resolution say about UN-Women?",
        "今天天气怎么样？",
    ]:
        check_invariant(fake_bot.ask(question), resolution)


_ALPHABET = (
    string.ascii_letters
    + string.digits
    + " ?？，。、第段脚注执行序言部分"
    + ("联合国各国议会联盟妇女署合作协定大会世界议长年一二三四五六七八九十")
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(question=st.text(alphabet=_ALPHABET, max_size=40), cut=st.integers(0, 200))
def test_invariant_property(fake_bot: Bot, resolution: Document, question: str, cut: int) -> None:
    # Random questions and random slices of the text itself: no answer may misquote.
    units = [u for u in resolution.units if u.text]
    source = units[cut % len(units)].text
    for q in (question, source[cut % 7 : cut % 7 + 12], question + source[:8]):
        check_invariant(fake_bot.ask(q), resolution)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(question=st.text(max_size=60))
def test_any_text_gives_an_answer(fake_bot: Bot, resolution: Document, question: str) -> None:
    answer = fake_bot.ask(question)
    assert isinstance(answer.text, str) and answer.text
    check_invariant(answer, resolution)


def test_lead_of_a_whole_footnote_has_no_ellipsis() -> None:
    assert lead("脚注2", "A/51/402，附件。", "A/51/402，附件。", "zh") == "脚注2：A/51/402，附件。"


def test_reason_quotes_the_purpose_clause(resolution: Document) -> None:
    op15 = resolution.get("op-15")
    assert op15 is not None
    assert choose_quote(op15.text, ["起草"], flat, want="reason").startswith("以反映")
