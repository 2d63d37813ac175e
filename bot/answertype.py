"""What kind of fact a question asks for, and whether a passage can hold it.

Questions built from a resolution's own words often ask for a fact of a kind it never states:
how much money, how many members, the name of an office-holder. Their words match the text,
so coverage alone answers them; the answer type tells that no passage holds such a fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

AnswerType = Literal["quantity", "person", "day", "year", "vote", ""]

_COUNTER = "个名位项家国人次届种条份笔件所座"
# "哪几届" asks which, "第几" an ordinal: neither is a count.
_QUANTITY_ZH = re.compile(rf"(?<![第哪])(?:多少(?!年)|几[{_COUNTER}])|预算|经费|拨款|多少钱")
_QUANTITY_EN = re.compile(r"\bhow\s+(?:many|much)\b|\bbudgets?\b", re.IGNORECASE)
# Asking who holds an office ("秘书长是谁", "who was the Secretary-General"), not who acts
# ("谁负责提交报告", "who is invited to ..."): only a name answers it.
_PERSON_ZH = re.compile(
    r"是谁|谁是|谁担任|由谁(?:代表\S{0,4})?(?:主持|签署|签订|领导)|谁主持|主持人|哪一?位|叫什么名字|姓名|的名字"
)
_PERSON_EN = re.compile(
    r"\bwho\s+(?:is|was|are|were)\s+(?:the|a|an|its|their|current|then)\b|"
    r"\bwho\s+(?:heads|headed|chairs|chaired|presided|leads|led)\b|\bname\s+of\s+the\b",
    re.IGNORECASE,
)
# How a resolution was adopted (sponsors, votes) is in the meeting records, not in its text.
_VOTE_ZH = re.compile(r"提案国|共同提案|投票|表决|赞成票|反对票|弃权|票数")
_VOTE_EN = re.compile(
    r"\b(?:sponsor\w*|co-?sponsor\w*|vot(?:e|es|ed|ing)|abstain\w*|abstention\w*)\b", re.I
)
_VOTE_TEXT = re.compile(r"提案国|投票|表决|赞成|反对票|弃权|\bvot(?:e|ed|ing)\b|sponsor", re.I)
_DAY_ZH = re.compile(r"哪一?天|哪几天|几月|(?<!第)几号|哪个月|什么日期|具体日期|哪一?日")
_DAY_EN = re.compile(r"\b(?:what|which)\s+(?:date|day|month)\b|\bon\s+what\s+day\b", re.I)
_YEAR_ZH = re.compile(r"哪一?年|什么年份|哪个年份")
_YEAR_EN = re.compile(r"\b(?:what|which)\s+year\b", re.IGNORECASE)
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
_DAY = re.compile(rf"[\d一二三四五六七八九十]+\s*月|\b(?:{_MONTHS})\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_NUMERAL = r"(?:\d[\d,.]*|[一二两三四五六七八九十百千万亿]+)"
_AMOUNT = re.compile(
    rf"(?<![第\d/]){_NUMERAL}\s*[多余]?\s*(?P<unit>[{_COUNTER}]|%|％|美元|欧元|元|万|亿|千|百)"
)
_ASKED_COUNTER = re.compile(rf"(?:多少|几)(?P<unit>[{_COUNTER}])")
_TITLE_OF_PERSON = re.compile(r"先生|女士|阁下|\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]")
# Where a counted noun starts after its number ("两个组织", "190 多个成员议会").
_NOUN_SPAN = 6


def asked_type(question: str) -> AnswerType:
    """The kind of fact a question asks for, when it is one a passage may lack.

    :param question: The question.
    :returns: ``quantity`` (多少, how many, budget), ``person`` (是谁, who was the ...),
        ``vote`` (提案国, sponsors, votes), ``day`` (哪一天, which month), ``year`` (哪一年), or
        ``""``.
    """
    checks: tuple[tuple[AnswerType, re.Pattern[str], re.Pattern[str]], ...] = (
        ("quantity", _QUANTITY_ZH, _QUANTITY_EN),
        ("person", _PERSON_ZH, _PERSON_EN),
        ("vote", _VOTE_ZH, _VOTE_EN),
        ("day", _DAY_ZH, _DAY_EN),
        ("year", _YEAR_ZH, _YEAR_EN),
    )
    for kind, zh, en in checks:
        if zh.search(question) or en.search(question):
            return kind
    return ""


def holds(kind: AnswerType, text: str, asked: str, names: Iterable[str] = ()) -> bool:
    """Whether a passage can answer a question asking for a fact of some kind.

    :param kind: From :func:`asked_type`.
    :param text: The passage.
    :param asked: The question with its Chinese query terms: a quantity must count something
        it names (the text's "两个组织" does not answer how many member parliaments there are).
    :param names: People's names the passage contains (from the segmenter's dictionary).
    :returns: True when the passage has such a fact (always for ``""``).
    """
    if kind == "quantity":
        # "多少项活动" is not answered by "一份报告": a counter the question names must match
        # (个, the general one, matches any).
        named = _ASKED_COUNTER.search(asked)
        wanted_unit = named.group("unit") if named else "个"
        for match in _AMOUNT.finditer(text):
            if text[: match.start()].rstrip().endswith("第"):
                continue  # an ordinal ("第 86 次"), not an amount
            if "个" not in (wanted_unit, match.group("unit")) and wanted_unit != match.group(
                "unit"
            ):
                continue
            counted = re.sub(r"\s+", "", text[match.end() : match.end() + _NOUN_SPAN])[:2]
            if len(counted) == 2 and counted in asked:
                return True
        return False
    if kind == "person":
        return bool(_TITLE_OF_PERSON.search(text)) or any(True for _ in names)
    if kind == "day":
        return bool(_DAY.search(text))
    if kind == "vote":
        return bool(_VOTE_TEXT.search(text))
    if kind == "year":
        return bool(_YEAR.search(text))
    return True
