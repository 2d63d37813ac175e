"""The bilingual glossary: English framing words, and English terms to the text's Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.glossary import EN_STOPWORDS, bundled_glossary, normalise, read_pairs


def test_structure_words_are_not_content() -> None:
    # "which OP puts the item on the agenda": OP and put say where, not what.
    for word in ("OP", "PP", "operative", "preambular", "puts"):
        assert normalise(word) in EN_STOPWORDS
    expansion = bundled_glossary().expand(
        "Which OP puts the item on a provisional agenda and requests a report?"
    )
    assert expansion.coverage >= 0.75


def test_read_pairs_names_the_bad_line(tmp_path: Path) -> None:
    table = tmp_path / "pairs.tsv"
    table.write_text("# comment\n听会\t听证会\nno tab here\n", encoding="utf-8")
    with pytest.raises(ValueError, match="3"):
        read_pairs(table, "spoken<TAB>written")
    table.write_text("# comment\n听会\t听证会\n", encoding="utf-8")
    assert read_pairs(table, "spoken<TAB>written") == [("听会", "听证会")]


def test_a_chinese_variant_counts_only_on_word_boundaries() -> None:
    from bot.lexical import get_segmenter

    glossary = bundled_glossary().aligned(get_segmenter().boundaries)
    # 议联 straddles 建议|联合国, 国会 straddles 中国|会议: neither is there.
    for question in ("决议建议联合国起草什么文件？", "中国会议"):
        expansion = glossary.expand(question)
        assert not expansion.chinese
        assert glossary.rewrite(question, expansion.chinese) == question
    expansion = glossary.expand("建议联合国和议联起草什么？")
    assert expansion.chinese == ("议联",)
    assert glossary.rewrite("建议联合国和议联起草什么？", expansion.chinese) == (
        "建议联合国和 各国议会联盟 起草什么？"
    )
    # Without boundaries (the plain glossary), substrings match as before.
    assert bundled_glossary().expand("中国会议").chinese == ("国会",)


def test_a_demonstrative_inside_a_variant_is_read_through() -> None:
    # "驻在各国的那些联合国团队" is the glossary's "驻在各国的联合国团队".
    assert "国家工作队" in bundled_glossary().expand("驻在各国的那些联合国团队有什么要求？").terms
    assert "国家工作队" not in bundled_glossary().expand("那些团队有什么要求？").terms


def test_clipped_words_are_read_in_full() -> None:
    assert normalise("Conf") == normalise("conference")
    expansion = bundled_glossary().expand("4th World Conf of Speakers - where?")
    assert "世界议长大会" in expansion.terms
    assert "第四届" in bundled_glossary().expand("where is 4th speakers conf held").terms
