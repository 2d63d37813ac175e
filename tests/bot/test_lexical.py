"""Chinese BM25: segmentation, stopwords, ranking, coverage, and a quiet one-time jieba."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from bot.glossary import bundled_glossary, load_glossary
from bot.lexical import STOPWORDS, SYNONYM_CREDIT, LexicalIndex, content_words, get_segmenter
from bot.thesaurus import Thesaurus
from index.document import Document


@pytest.fixture(scope="module")
def index_and_ids(resolution: Document) -> tuple[LexicalIndex, list[str]]:
    units = list(resolution.units)
    return LexicalIndex([u.text for u in units]), [u.unit for u in units]


def top(index_and_ids: tuple[LexicalIndex, list[str]], question: str, n: int = 1) -> list[str]:
    index, ids = index_and_ids
    scores = index.scores(index.tokens(question))
    return [ids[i] for i in np.argsort(-scores)[:n]]


def test_segmenter_is_shared() -> None:
    assert get_segmenter() is get_segmenter()


def test_jieba_loads_quietly() -> None:
    code = "from bot.lexical import get_segmenter; get_segmenter().words('各国议会联盟')"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stderr == "" and result.stdout == ""


def test_tokens_drop_stopwords_and_punctuation(
    index_and_ids: tuple[LexicalIndex, list[str]],
) -> None:
    index, _ = index_and_ids
    tokens = index.tokens("决议建议起草什么新的文件？")
    assert "起草" in tokens and "建议" in tokens
    assert not set(tokens) & {"什么", "的", "？", "决议"}
    assert all(t not in STOPWORDS for t in tokens)
    polite = index.tokens("您好，打扰您了。请问第四届世界议长大会在哪召开？谢谢您。")
    assert "世界议长大会" in polite and not set(polite) & {"您好", "打扰", "谢谢您", "您"}


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("起草新的合作协定", "op-15"),
        ("妇女署在哪些领域合作", "op-10"),
        ("行政首长协调理事会", "op-14"),
        ("普遍定期审议", "op-9"),
        ("国家工作队", "op-12"),
        ("第四届世界议长大会", "op-5"),
        ("观察员身份", "pp-6"),
        ("透明度和问责制", "pp-12"),
    ],
)
def test_bm25_ranks_the_unit_first(
    index_and_ids: tuple[LexicalIndex, list[str]], question: str, unit: str
) -> None:
    assert top(index_and_ids, question) == [unit]


def test_unknown_words_score_zero(index_and_ids: tuple[LexicalIndex, list[str]]) -> None:
    index, _ = index_and_ids
    assert not index.scores(index.tokens("今天天气怎么样")).any()
    assert not index.scores([]).any()


def test_coverage_separates_topics_from_unrelated(
    index_and_ids: tuple[LexicalIndex, list[str]],
) -> None:
    index, _ = index_and_ids
    seg = index.segmenter
    from bot.lexical import content_words

    def cov(q: str) -> float:
        return index.coverage(content_words(seg.words(q)))

    assert cov("今天天气怎么样？") == 0.0
    assert cov("联合国安理会有几个常任理事国？") < 0.5
    assert cov("决议建议起草什么新的文件？") > 0.5
    assert cov("妇女署与各国议会联盟在哪些领域合作？") > 0.9
    assert cov("") == 0.0


def test_a_name_the_text_lacks_gets_no_credit_for_its_parts(
    index_and_ids: tuple[LexicalIndex, list[str]],
) -> None:
    index, _ = index_and_ids
    seg = index.segmenter
    from bot.lexical import content_words

    question = "世界卫生组织的总部在哪里？"
    assert seg.names(question) == ["世界卫生组织"]
    words = content_words(seg.words(question))
    # Its parts ``世界`` and ``组织`` are in the text, so without the name rule it looks covered.
    assert index.coverage(words) > 0.5
    assert index.coverage(words, seg.names(question)) < 0.3
    # A name the text has keeps its full credit.
    named = "联合国国家工作队被吁请做什么？"
    assert seg.names(named) == ["联合国"]
    words = content_words(seg.words(named))
    assert index.coverage(words, seg.names(named)) == index.coverage(words)


def test_names_skip_two_character_person_tags(
    index_and_ids: tuple[LexicalIndex, list[str]],
) -> None:
    seg = index_and_ids[0].segmenter
    assert seg.names("文明之间对话") == []  # ``文明`` is tagged as a person's name
    assert "潘基文" in seg.names("潘基文对议联说了什么")
    # Rare dictionary fragments glued to a locative particle, and common nouns tagged as places.
    assert seg.names("序言中列明的与议联密切合作的机构包括哪些？") == []
    assert seg.places_among(seg.words("联合国总部在哪个城市？")) == []
    assert seg.names("巴西议会参加了议会听证会吗？") == ["巴西议会"]
    # A rare "body" made of two common words is a compound; 深度 is no place.
    assert seg.names("文化教育、网络通讯这些方面有说法吗？") == []
    assert seg.places_among(seg.words("合作的深度和广度如何？")) == []
    assert "七国集团" in seg.names("七国集团说了什么？")


def test_rare_words_weigh_more(index_and_ids: tuple[LexicalIndex, list[str]]) -> None:
    index, _ = index_and_ids
    assert index.idf("普遍定期审议") > index.idf("联合国")
    assert index.idf("从未出现的词") >= index.idf("普遍定期审议")


def test_containing(index_and_ids: tuple[LexicalIndex, list[str]]) -> None:
    index, ids = index_and_ids
    found = {ids[i] for i in index.containing("妇女")}
    assert {"pp-11", "op-8", "op-9", "op-10"} <= found
    assert "op-15" not in found


def test_empty_index() -> None:
    index = LexicalIndex([])
    assert index.scores(["联合国"]).shape == (0,)


def test_glossary_expands_english_terms() -> None:
    glossary = bundled_glossary()
    exp = glossary.expand("What does the resolution say about UN-Women?")
    assert "妇女署" in exp.terms and exp.coverage == 1.0
    exp = glossary.expand("What role does the Chief Executives Board play?")
    assert "行政首长协调理事会" in exp.terms
    exp = glossary.expand("How does the IPU work with parliaments?")
    assert {"各国议会联盟", "议会"} <= set(exp.terms)
    assert glossary.expand("What is the capital of France?").coverage == 0.0
    # How a question is framed ("asked", "the way", "change") is not its topic.
    framed = glossary.expand("How are UN country teams expected to change the way they engage?")
    assert framed.matched == ("un countri team",) and framed.coverage == 0.75
    assert glossary.expand("for which session of the Assembly?").coverage == 1.0
    aligned = glossary.expand("aligning national laws with international commitments")
    assert {"一致", "国家立法", "国际承诺"} <= set(aligned.terms)


def test_glossary_terms_occur_in_the_text(resolution: Document) -> None:
    # The glossary maps to the words of the text; a Chinese term nowhere in it is dead weight.
    text = "".join(u.text for u in resolution.units).replace(" ", "")
    glossary = bundled_glossary()
    missing = {term for term in glossary.chinese_terms() if term.replace(" ", "") not in text}
    assert not missing, missing


def test_glossary_file_errors(tmp_path: pytest.TempPathFactory) -> None:
    bad = tmp_path / "g.tsv"  # type: ignore[operator]
    bad.write_text("no tab here\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected"):
        load_glossary(bad)


def test_a_synonym_beside_another_question_word_is_a_paraphrase(
    index_and_ids: tuple[LexicalIndex, list[str]],
) -> None:
    index, _ = index_and_ids
    # 讨论 is not in the text; its synonym 审议 is, in a unit with 大会.
    assert index.synonyms_present("讨论") == ["审议"]
    assert index.paraphrased("讨论", ["大会", "讨论"])
    # 天气 shares a group with 气候 (气候变化), but no unit has 气候 beside 纽约.
    assert "气候" in index.synonyms_present("天气")
    assert not index.paraphrased("天气", ["纽约"])
    assert not index.paraphrased("讨论", [])
    assert index.synonyms_present("审议") == []


def test_paraphrases_raise_coverage_but_unrelated_synonyms_do_not(
    index_and_ids: tuple[LexicalIndex, list[str]], resolution: Document
) -> None:
    index, _ = index_and_ids
    seg = index.segmenter

    paraphrase = content_words(seg.words("这两个组织合作到底有没有好处？"))
    weather = content_words(seg.words("明天纽约的天气怎么样？"))
    plain = LexicalIndex([u.text for u in resolution.units], thesaurus=Thesaurus())
    assert index.coverage(paraphrase) > plain.coverage(paraphrase) + 0.2
    assert index.coverage(weather) == pytest.approx(plain.coverage(weather))
    assert 0 < SYNONYM_CREDIT < 1


def test_english_words_are_stemmed_on_both_sides() -> None:
    glossary = bundled_glossary()
    for question in (
        "Which resolution invited the IPU?",
        "What does the invitation to the IPU say?",
        "Who is inviting the IPU?",
    ):
        assert "邀请" in glossary.expand(question).terms, question
    assert "各国议会联盟" in glossary.expand("What did the IPU's parliaments do?").terms


def test_listed_bodies_are_names_kept_whole() -> None:
    from bot.lexical import bundled_bodies, get_segmenter

    bodies = bundled_bodies()
    assert "安全理事会" in bodies and all(not b.startswith("#") for b in bodies)
    seg = get_segmenter()
    assert "安全理事会" in seg.names("安全理事会在议会互动中起什么作用？")
