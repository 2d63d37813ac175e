"""AnswerBuilder: each kind of answer over the bundled resolution (fake embedder)."""

from __future__ import annotations

import pytest

from bot.answers import NOT_CONTENT, AnswerBuilder, Turn, _describing
from bot.refs import find_references
from bot.retrieve import Retriever
from index.document import Document
from tests.bot.conftest import MemoryStore
from tests.conftest import FakeEmbedder


@pytest.fixture
def builder(
    resolution: Document, memory_store: MemoryStore, fake_embedder: FakeEmbedder
) -> AnswerBuilder:
    memory_store.load([resolution], fake_embedder)
    return AnswerBuilder(Retriever([resolution], memory_store, fake_embedder))


def test_direct_cites_what_exists_and_names_what_does_not(
    builder: AnswerBuilder, resolution: Document
) -> None:
    question = "第15段和第40段说了什么？"
    turn = builder.direct(resolution, question, find_references(question), "zh")
    assert [c.unit for c in turn.answer.citations] == ["op-15"]
    assert "第40段" in turn.answer.text and turn.direct and turn.focus[0][1] == "op-15"
    missing = builder.direct(resolution, "第40段？", find_references("第40段？"), "zh")
    assert missing.answer.no_answer and not missing.answer.citations


def test_ranked_cites_quotes_from_their_units(builder: AnswerBuilder) -> None:
    question = "决议建议起草什么新的文件？"
    retrieval = builder.retriever.search(question)
    turn = builder.ranked(question, retrieval, "zh", 3, question)
    assert turn.answer.citations[0].unit == "op-15"
    for citation in turn.answer.citations:
        assert citation.quote.strip("…") in citation.text
        assert citation.unit not in NOT_CONTENT


def test_no_answer_offers_see_also_but_cites_nothing(builder: AnswerBuilder) -> None:
    question = "今天天气怎么样？"
    answer = builder.no_answer(question, builder.retriever.search(question), "zh")
    assert answer.no_answer and not answer.citations
    assert 0 < len(answer.see_also) <= 3
    assert answer.text.startswith("本决议没有涉及这个问题")


def test_footnotes_of_the_previous_answer(builder: AnswerBuilder, resolution: Document) -> None:
    question = "序言部分第4段讲了什么？"
    previous = builder.direct(resolution, question, find_references(question), "zh")
    notes = builder.footnotes_of(previous.focus, "它的脚注是什么？", "zh")
    assert isinstance(notes, Turn)
    assert "fn-2" in [c.unit for c in notes.answer.citations]
    assert builder.footnotes_of((), "脚注？", "zh") is None
    assert builder.footnotes([], "脚注？", "zh") is None


def test_words_describing_a_rarer_term_are_not_listed_on_their_own() -> None:
    counts = {"每年": 2, "联合国": 26, "议会听证会": 3, "联合国系统": 2, "组织": 8, "妇女": 6}
    count = counts.__getitem__
    question = "决议哪几段说到每年在联合国开的议会听证会？"
    assert _describing(question, ["每年", "联合国", "议会听证会"], count) == {"每年", "联合国"}
    # A rare word before a common one is the topic; words joined by 和 describe nothing.
    assert (
        _describing("还有哪些段落提到联合国系统的各组织？", ["联合国系统", "组织"], count) == set()
    )
    assert _describing("哪些段落提到妇女和联合国系统？", ["妇女", "联合国系统"], count) == set()
