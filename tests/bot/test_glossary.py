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
