"""Spoken Chinese question words in their written form (``啥时候`` -> ``什么时候``).

Readers type the way they speak. The bot's question patterns (metadata, answer types,
follow-ups) are written for one spelling, so a question is put into it before they run; the
reader's own words are what the answer shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from bot.glossary import read_pairs
from bot.script import HAN_CHAR, has_chinese

COLLOQUIAL_FILE = Path(__file__).parent / "data" / "colloquial.tsv"


# Latin chat particles after Chinese (Singapore, Malaysia, Hong Kong: ``是谁 ah？``, ``快点lah``)
# end a clause the way ``啊`` does.
_PARTICLE = re.compile(
    r"(?<=[\u3400-\u9fff])\s*(?:lah|leh|lor|loh|meh|hor|ah|liao|ya|mah|dong|sih|a|po"
    r"|(?:na\s+)?(?:ka|kha|krub|khrap))"
    r"(?![A-Za-z])(?=\s*(?:[？?！!。，,~]|$))",
    re.IGNORECASE,
)


# Sentence-final 哇 (``啥时候开哇？``), Wuhan 撒/咧, Chongqing 喃/噻 and Changsha 啰/咯, which
# jieba would glue to the verb.
_FINAL_WA = re.compile(r"(?<=[\u3400-\u9fff])[哇撒咧喃噻啰咯](?=\s*(?:[？?！!。，,~]|$))")
# Sichuan and Chongqing 哈 after a verb for 一下 (``帮我念哈``), not laughter (``哈哈``).
_FINAL_HA = re.compile(r"(?<=[\u3400-\u9fff])(?<![哈嘻呵])哈(?!哈)(?=\s*(?:[？?！!。，,~]|$))")
# Wuhan 么 for 什么 and 怎么 (``么时候``, ``么样``), not the 么 of 什么, 怎么, 这么 or 多么.
_WUHAN_WHAT = re.compile(r"(?<![什怎这那多要为])么(?=时候|事)")
_WUHAN_HOW = re.compile(r"(?<![什怎这那多要为])么样")
# Tianjin 嘛 for 什么 (``嘛态度``, ``有嘛说道``; at the end only after a verb: ``编号是嘛？``), not
# the particle of ``对嘛``, ``这个嘛，`` or Chongqing's ``划得来嘛？``.
_TIANJIN_WHAT = re.compile(
    r"(?<![干对好行就了个呗])嘛(?![嘛呢])(?!\s*(?:[？?！!。，,~]|$))|"
    r"(?<=[是有叫说写讲])嘛(?=\s*(?:[？?！!。，,~]|$))"
)
# A live blog's 决 for 决议, standing alone (``这个决 啥时候通过的``, ``决 文号??``).
_LONE_JUE = re.compile(
    r"(?:(?<![\u3400-\u9fff])|(?<=这个|这份|这项)|(?<=[该本此]))决(?=\s|[?？!！，,]|$)"
)
# Shanghainese sentence-final 伐 (a question's 吗) and 个 after a verb (the 的 of
# ``啥辰光通过个？``); 个 after a number or demonstrative is a measure word.
_FINAL_FA = re.compile(r"(?<=[\u3400-\u9fff])伐(?=\s*(?:[？?！!。，,~]|$))")
_FINAL_GE = re.compile(
    r"(?<=[\u3400-\u9fff])(?<![一二两三四五六七八九十几多少干好这那哪每某各整半些个搿边嗰呢])个(?=\s*(?:[？?！!。，,~]|$))"
)
# Gan and Wu 个 for 的 before 时候 (``过堂个时候``), not a measure word (``这个时候``).
_GE_BEFORE_TIME = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![一二两三四五六七八九十几多这那哪每某各整半些个])个(?=时候)"
)
# Wu 个 for 的 after 新/旧 (``新个协定``): Mandarin has no measure word there.
_WU_GE = re.compile(r"(?<=[新旧])个(?=[\u4e00-\u9fff])")
# Handwriting pads offer 屈 for its look-alike 届 (``第四屈``, ``哪几屈``).
_QU_FOR_JIE = re.compile(
    r"(?:(?<=第[\d一二三四五六七八九十百两]{1})|(?<=第[\d一二三四五六七八九十百两]{2})|(?<=[几每本]))屈(?!服|从|辱|指|尊|膝|居)"
)
# Dictated acronyms come letter by letter (``U N``, ``I P U``).
_SPELLED_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z](?: [A-Z])+(?![A-Za-z])")
# 会 for a meeting after a demonstrative (``开这个会要…``), which jieba would glue to the
# next word; not 会员, 会不会 or 会议 itself.
_MEETING_HUI = re.compile(r"(?<=[这那][个次场])会(?![议员不谈晤见务计])")
# Shaanxi and Gansu 额 for 我 at the start of a clause (``编号多少，额要登记``), not 金额/份额.
_SHAANXI_I = re.compile(r"(?:^|(?<=[，,。？?！!\s]))额(?=[要想得们的也就还])")

# Rewrites before the table (in this order), and after it.
_BEFORE_TABLE: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_PARTICLE, ""),
    (_FINAL_WA, ""),
    (_FINAL_HA, "一下"),
    (_LONE_JUE, "决议"),
    (_WUHAN_WHAT, "什么"),
    (_WUHAN_HOW, "怎么样"),
    (_FINAL_FA, "吗"),
    (_FINAL_GE, "的"),
    (_SHAANXI_I, "我"),
    (_WU_GE, "的"),
    (_GE_BEFORE_TIME, "的"),
    (_MEETING_HUI, "会议"),
    (_QU_FOR_JIE, "届"),
    (_SPELLED_ACRONYM, lambda m: m.group(0).replace(" ", "")),
)

_MARK_CHAR = "\x00"
_MARK = re.compile(_MARK_CHAR)
_GAP_AT_MARK = re.compile(
    rf"(?<=[\u3400-\u9fff，。？！、{_MARK_CHAR}])\s+(?={_MARK_CHAR})"
    rf"|(?<={_MARK_CHAR})\s+(?=[\u3400-\u9fff，。？！、])"
)
# A live blog's 序段11 and 执行段3.
_CLIPPED_PART = re.compile(r"(?P<part>序|执行?)段\s*(?P<n>\d{1,2})(?!\d)")
# "执行部分סעיף 1": a foreign word for paragraph, then its number.
_PARAGRAPH_THEN_NUMBER = re.compile(
    r"(?<![第\d\s序行])\s*段\s*(\d{1,2})(?![\d个项名位条年月日次届号%])"
)


# A dictated symbol: "第六十一斜杠六号决议" (斜杠 is written "/" by the table) is 第61/6号决议.
_SPOKEN_SYMBOL = re.compile(
    r"(?P<a>[〇零一二两三四五六七八九十百]{1,6})\s*/\s*(?P<b>[〇零一二两三四五六七八九十百]{1,6})"
)
_DIGIT = {
    c: n
    for n, cs in enumerate(("〇零", "一", "二两", "三", "四", "五", "六", "七", "八", "九"))
    for c in cs
}


def _chinese_number(spoken: str) -> int:
    """``六十一`` -> 61, ``一百二十`` -> 120, ``六八`` -> 68 (digit by digit)."""
    if "十" not in spoken and "百" not in spoken:
        return int("".join(str(_DIGIT[c]) for c in spoken))
    total = 0
    if "百" in spoken:
        hundreds, spoken = spoken.split("百", 1)
        total += _DIGIT.get(hundreds, 1) * 100
        spoken = spoken.lstrip("〇零")
    if "十" in spoken:
        tens, spoken = spoken.split("十", 1)
        total += _DIGIT.get(tens, 1) * 10
    return total + (_DIGIT[spoken] if spoken else 0)


def _symbol_in_digits(m: re.Match[str]) -> str:
    try:
        return f"{_chinese_number(m.group('a'))}/{_chinese_number(m.group('b'))}"
    except (KeyError, ValueError):
        return m.group(0)


def _full_part(m: re.Match[str]) -> str:
    part = "序言部分" if m.group("part") == "序" else "执行部分"
    return f"{part}第{m.group('n')}段"


def _is_latin(spoken: str) -> bool:
    return spoken[:1].isascii() and spoken[:1].isalpha()


def _as_pattern(spoken: str) -> str:
    # A word of another language is whole ("informe" is not inside "informed"), in any case;
    # a prefix ("mag-" of Tagalog "mag-contribute") is followed by its word.
    if _is_latin(spoken):
        end = "" if spoken.endswith("-") else "(?![A-Za-z])"
        return rf"(?<![A-Za-z])(?i:{re.escape(spoken)}){end}"
    return re.escape(spoken)


_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SMALL = rf"(?:(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_ONES[1:10])}))?|{'|'.join(reversed(_ONES[1:]))})"
# Spoken English numbers (screen readers, dictation): "paragraph thirteen", "two thousand ten".
_SPOKEN_YEAR = re.compile(
    rf"\b(?:two\s+thousand(?:\s+and)?(?:\s+(?P<rest>{_SMALL}))?|nineteen\s+(?P<nineties>{_SMALL}))\b",
    re.IGNORECASE,
)
_SPOKEN_NUMBERED = re.compile(
    rf"\b(?P<what>paragraph|para|footnote)\s+(?P<n>{_SMALL})\b", re.IGNORECASE
)


def _small_number(words: str) -> int:
    parts = re.split(r"[\s-]+", words.lower())
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_ONES.index(parts[1]) if len(parts) > 1 else 0)
    return _ONES.index(parts[0])


def _spoken_year(m: re.Match[str]) -> str:
    if m.group("nineties"):
        return str(1900 + _small_number(m.group("nineties")))
    return str(2000 + (_small_number(m.group("rest")) if m.group("rest") else 0))


def spoken_numbers(text: str) -> str:
    """English numbers in words as digits where they name a year or a paragraph.

    :param text: A question.
    :returns: ``"paragraph 13"`` for ``"paragraph thirteen"``, ``"2010"`` for
        ``"two thousand ten"``; the rest unchanged.
    """
    text = _SPOKEN_YEAR.sub(_spoken_year, text)
    return _SPOKEN_NUMBERED.sub(lambda m: f"{m.group('what')} {_small_number(m.group('n'))}", text)


class Colloquial:
    """Rewrites spoken question words (longest first) into written ones.

    :param pairs: ``(spoken, written)`` pairs; ``written`` may be ``chinese|english``, the
        word for a Chinese question and the one for any other.
    """

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._written = {(s.lower() if _is_latin(s) else s): w for s, w in pairs}
        spoken = sorted({s for s, _ in pairs}, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(_as_pattern, spoken))) if spoken else None

    def standard(self, question: str) -> str:
        """The question with its spoken question words in written form.

        :param question: The question as typed.
        :returns: The rewritten question (unchanged when it has none).
        """
        for pattern, replacement in _BEFORE_TABLE:
            question = pattern.sub(replacement, question)
        question = spoken_numbers(question)
        if self._pattern is None:
            return question
        written = _MARK.sub(
            "", _GAP_AT_MARK.sub("", self._pattern.sub(self._written_form, question))
        )
        written = _TIANJIN_WHAT.sub("什么", _CLIPPED_PART.sub(_full_part, written))
        # "咯只会" became "这个会" in the table.
        written = _MEETING_HUI.sub("会议", written)
        written = _SPOKEN_SYMBOL.sub(_symbol_in_digits, written)
        return _PARAGRAPH_THEN_NUMBER.sub(r"第\1段", written)

    def _written_form(self, match: re.Match[str]) -> str:
        spoken = match.group(0)
        written = self._written.get(spoken.lower() if _is_latin(spoken) else spoken, "")
        if "|" in written:
            # "决议|resolution": the Chinese word in a Chinese question, the English one else.
            chinese, english = written.split("|", 1)
            rest = match.string[: match.start()] + match.string[match.end() :]
            written = chinese if has_chinese(rest) else english
        if spoken[:1].isalpha() and not HAN_CHAR.match(spoken) and HAN_CHAR.match(written):
            # "第 bao nhiêu 段": the spaces around a foreign word go with it.
            return f"{_MARK_CHAR}{written}{_MARK_CHAR}"
        return written


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
