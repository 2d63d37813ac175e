"""Numbered instances of a series (第四届世界议长大会, 第七十届会议, 第 86 次全体会议).

A question about 第五届世界议长大会 shares every word with a text about the fourth one, so
coverage would answer it with the fourth's paragraph. When the text numbers instances of a
series but never the one asked about, the question is about something the text does not cover.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.refs import parse_number

_ORDINAL = re.compile(
    r"第\s*(?P<n>\d+|[〇零一二两三四五六七八九十百]+)\s*(?P<kind>届|次)\s*"
    r"(?P<series>[\u3400-\u9fff]{2})(?P<rest>[\u3400-\u9fff]{0,6})"
)
# Where the name of an instance ends in a question ("第五届世界议长大会|什么时候召开").
_NAME_END = re.compile(r"[的在是于将由和与及什何哪几谁如怎为有吗呢召举开通所做提交上中前后期间内]")
# Series counted with 次 that are meetings ("第3次全体会议"); other 次 are "times" (第一次提到).
_MEETINGS = frozenset({"会议", "大会", "全体"})
_SESSION = re.compile(r"(?:^|/)(\d+)/\d+$")
_NEXT = re.compile(r"下一?届|下一次|下次")


def asks_following(question: str) -> bool:
    """Whether a question asks for the next instance of a series (``那下一届呢？``).

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_NEXT.search(question))


def session_of(symbol: str) -> int | None:
    """The General Assembly session a resolution symbol names (``A/RES/68/272`` -> 68).

    :param symbol: A resolution symbol.
    :returns: The session, or ``None`` for a symbol without one.
    """
    m = _SESSION.search(symbol.strip())
    return int(m.group(1)) if m else None


def instances(text: str) -> list[tuple[int, str, str, str]]:
    """The numbered instances a text names.

    :param text: Any text.
    :returns: ``(number, 届 or 次, series, as written)`` for each.
    """
    found = []
    for m in _ORDINAL.finditer(text):
        number = parse_number(m.group("n"))
        if number is not None:
            rest = _NAME_END.split(m.group("rest"), maxsplit=1)[0]
            written = m.group(0)[: m.end("series") - m.start()] + rest
            found.append((number, m.group("kind"), m.group("series"), written))
    return found


class Ordinals:
    """The numbered instances of the indexed texts, by series.

    :param texts: Every unit's text.
    :param symbols: The documents' symbols: ``A/RES/68/272`` adds the 68th session.
    """

    def __init__(self, texts: Iterable[str], symbols: Iterable[str] = ()) -> None:
        self._known: dict[tuple[str, str], set[int]] = {}
        for text in texts:
            for number, kind, series, _ in instances(text):
                self._known.setdefault((kind, series), set()).add(number)
        for symbol in symbols:
            session = session_of(symbol)
            if session is not None:
                self._known.setdefault(("届", "会议"), set()).add(session)

    def unknown_instance(self, question: str) -> str:
        """An instance the question names of a series whose other instances the text names.

        :param question: The question.
        :returns: The instance as written (``第五届世界议长大会``), or ``""``.
        """
        for number, kind, series, written in instances(question):
            known = self._known.get((kind, series))
            if known and number not in known:
                return written
            # "第四届是哪一年" names none, nor do "第四届会在哪里开" (会 "will"), "第四届定在…".
            modal = series[0] in "会要能定拟" and bool(_NAME_END.match(series[1:]))
            names_series = not _NAME_END.match(series) and not modal
            # "第七十届 临时议程" (keywords): the seventieth session, with its 会议 left out.
            numbered_elsewhere = any(
                number in numbers for (k, _), numbers in self._known.items() if k == kind
            )
            if (
                known is None
                and names_series
                and not numbered_elsewhere
                and (kind == "届" or series in _MEETINGS)
            ):
                # A numbered session of something the text never numbers ("第125届大会").
                return written
        return ""

    def following(self, earlier: str, question: str) -> str:
        """The instance after the one an earlier question named, when the question asks for the
        next one (``那下一届呢？`` after ``第四届世界议长大会在哪开？``) and the text never names it.

        :param earlier: The question before.
        :param question: The follow-up.
        :returns: The next instance (``第5届世界议长大会``), or ``""``.
        """
        if not _NEXT.search(question):
            return ""
        for number, kind, series, written in instances(earlier):
            known = self._known.get((kind, series))
            if known and number + 1 not in known:
                return f"第{number + 1}{kind}{written[written.index(kind) + 1 :].lstrip()}"
        return ""
