"""Spoken Chinese question words in their written form (``啥时候`` -> ``什么时候``).

Readers type the way they speak. The bot's question patterns (metadata, answer types,
follow-ups) are written for one spelling, so a question is put into it before they run; the
reader's own words are what the answer shows.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.glossary import read_pairs

COLLOQUIAL_FILE = Path(__file__).parent / "data" / "colloquial.tsv"


# Latin chat particles after Chinese (Singapore, Malaysia, Hong Kong: ``是谁 ah？``, ``快点lah``)
# end a clause the way ``啊`` does.
_PARTICLE = re.compile(
    r"(?<=[\u3400-\u9fff])\s*(?:lah|leh|lor|loh|meh|hor|ah|liao|ya|mah|(?:na\s+)?(?:ka|kha|krub|khrap))"
    r"(?![A-Za-z])(?=\s*(?:[？?！!。，,~]|$))",
    re.IGNORECASE,
)


# Sentence-final 哇 (``啥时候开哇？``), which jieba would glue to the verb.
_FINAL_WA = re.compile(r"(?<=[\u3400-\u9fff])哇(?=\s*(?:[？?！!。，,~]|$))")


def _as_pattern(spoken: str) -> str:
    # A word of another language is whole ("informe" is not inside "informed").
    if spoken[:1].isascii() and spoken[:1].isalpha():
        return rf"(?<![A-Za-z]){re.escape(spoken)}(?![A-Za-z])"
    return re.escape(spoken)


class Colloquial:
    """Rewrites spoken question words (longest first) into written ones.

    :param pairs: ``(spoken, written)`` pairs.
    """

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._written = dict(pairs)
        spoken = sorted(self._written, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(_as_pattern, spoken))) if spoken else None

    def standard(self, question: str) -> str:
        """The question with its spoken question words in written form.

        :param question: The question as typed.
        :returns: The rewritten question (unchanged when it has none).
        """
        question = _FINAL_WA.sub("", _PARTICLE.sub("", question))
        if self._pattern is None:
            return question
        return self._pattern.sub(lambda m: self._written[m.group(0)], question)


def load_colloquial(path: Path = COLLOQUIAL_FILE) -> Colloquial:
    """Read a ``spoken<TAB>written`` table (``#`` starts a comment line).

    :param path: The file; the bundled one by default.
    :returns: The rewriter.
    :raises ValueError: When a line has no tab.
    """
    pairs = read_pairs(path, "spoken<TAB>written")
    return Colloquial([(spoken.strip(), written.strip()) for spoken, written in pairs])


@cache
def bundled_colloquial() -> Colloquial:
    """The bundled table, read once per process.

    :returns: The rewriter of :data:`COLLOQUIAL_FILE`.
    """
    return load_colloquial()
