"""Pinyin input slips: a word typed with the right sounds but the wrong characters.

Readers type Chinese with pinyin input methods and often keep the first candidate the method
offers (``脚住2`` for ``脚注2``, ``议汇`` for ``议会``). Such a word is in no dictionary, so
neither the references nor the lexical search can see it. A run of characters that reads, toneless
and character by character, exactly like one of the text's words (or a word readers use about
it), is no dictionary word, and lies on word boundaries, is taken for that word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from pypinyin import lazy_pinyin

from bot.script import HAN_RUN

# Words readers type about a resolution that its text itself never has.
QUESTION_TERMS = ("脚注", "段落", "决议", "序言部分", "执行部分", "文号", "编号", "届会")
_SHORTEST, _LONGEST = 2, 5
# Dictionary words rarer than this are mostly slips themselves (合做, 联和).
SLIP_FREQUENCY = 50
# Characters too common to be anyone's slip.
_GRAMMATICAL = frozenset("是的了在有里上些用要就也都及即与或并而其之于")


@cache
def _reading(char: str) -> str:
    # Each character's first reading, as an input method offers it: 长 is "zhang" in 秘书长 and
    # in 长期 alike, so 秘书常 does not match. Both sides are read the same way.
    return lazy_pinyin(char)[0]


def _key(word: str) -> tuple[str, ...]:
    return tuple(_reading(c) for c in word)


class HomophoneCorrector:
    """Replaces pinyin slips in a question by the words they were meant to be.

    :param vocabulary: The words to correct to (the text's words and :data:`QUESTION_TERMS`).
    :param is_word: Whether a string is a dictionary word (which is never corrected).
    :param boundaries: Word boundaries of a text (character offsets), cut by dictionary words
        only: a slip is no word, and a run crossing a real word (同国 in 同国际) is no slip.
    """

    def __init__(
        self,
        vocabulary: Iterable[str],
        is_word: Callable[[str], bool],
        boundaries: Callable[[str], frozenset[int]],
    ) -> None:
        by_key: dict[tuple[str, ...], set[str]] = {}
        words = {w for w in vocabulary if _SHORTEST <= len(w) <= _LONGEST and HAN_RUN.fullmatch(w)}
        for word in words:
            by_key.setdefault(_key(word), set()).add(word)
        # Two words that read alike (权力/权利) leave a slip undecided; it stays as typed.
        self._by_key = {key: next(iter(ws)) for key, ws in by_key.items() if len(ws) == 1}
        self._words = frozenset(words)
        self._is_word = is_word
        self._boundaries = boundaries

    def corrected(self, question: str) -> str:
        """The question with its pinyin slips replaced.

        :param question: A question (already in simplified characters).
        :returns: The question, corrected where a slip was certain enough.
        """
        found = [slip for run in HAN_RUN.finditer(question) for slip in self._slips(question, run)]
        if not found:
            return question
        cuts = self._boundaries(question)
        # The longest slip wins: in 管联和国 it is 联和国, not 管联 (关联).
        chosen: list[tuple[int, int, str]] = []
        for start, end, word in sorted(found, key=lambda s: (s[0] - s[1], s[0])):
            if start in cuts and end in cuts and all(e <= start or s >= end for s, e, _ in chosen):
                chosen.append((start, end, word))
        for start, end, word in sorted(chosen, reverse=True):
            question = question[:start] + word + question[end:]
        return question

    def _slips(self, question: str, run: re.Match[str]) -> list[tuple[int, int, str]]:
        """Every run of a question's characters that may be a slip, as (start, end, word)."""
        slips = []
        for at in range(run.start(), run.end()):
            for size in range(_SHORTEST, min(_LONGEST, run.end() - at) + 1):
                typed = question[at : at + size]
                word = self._by_key.get(_key(typed))
                if word is None or typed in self._words or self._is_word(typed):
                    continue
                changed = [t for t, w in zip(typed, word, strict=True) if t != w]
                # A slip keeps some of the word (议汇 for 议会); 里是 for 理事 keeps nothing.
                # Grammatical characters are typed on purpose (大会是用 is no 适用).
                if (
                    len(changed) < size
                    and not any(c in _GRAMMATICAL for c in changed)
                    and not self._has_word(typed, word)
                ):
                    slips.append((at, at + size, word))
        return slips

    def _has_word(self, typed: str, word: str) -> bool:
        """Whether the characters a correction would change hold a word of their own (国家以及
        is no slip for 国家一级)."""
        return any(
            self._is_word(typed[start:end]) and all(typed[i] != word[i] for i in range(start, end))
            for start in range(len(typed))
            for end in range(start + 2, len(typed) + 1)
        )
