"""Questions about the resolution itself: its symbol, title, adoption date and meeting.

They are answered from the document's fields and cite the ``title`` or ``adoption`` unit, whose
text holds the printed value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bot.glossary import EN_STOPWORDS, normalise
from bot.ordinals import session_of
from index.document import Document, Unit

MetaKind = Literal["symbol", "title", "date", "meeting", "session"]

_SYMBOL = re.compile(
    # "议程项目编号" numbers an agenda item, not a document.
    r"文件编号|文件号|决议号|文献号|文号|(?<!项目)编号|文件符号|文档号|档号|\bsymbol\b|\bdokumentensymbol\b|"
    # French and Spanish readers' words for it.
    r"\bcote\b|\bs[ií]mbolo\b|\bsignatura\b|"
    r"\bdoc(?:ument)?\.?\s+(?:number|no|code|symbol)\b|"
    # "该协定载于哪一份联合国文件之中？": the document that prints it, which a footnote names.
    r"(?:载于|载在|刊载于|收录于|收录在|见于)哪\S{0,8}?(?:文件|文档)|"
    r"\bin\s+(?:which|what)\s+(?:UN\s+|United\s+Nations\s+)?document\b",
    re.IGNORECASE | re.ASCII,
)
_TITLE = re.compile(r"标题|题名|题目|\btitle\b|\btitled\b", re.IGNORECASE | re.ASCII)
# "为什么要继续讨论这个题目？决议给了什么理由？": 题目 is a topic unless it is the resolution's.
_TITLE_OF_SELF = re.compile(
    r"(?:决议|它|其|本文件|这份文件|该文件)\s*[^哪什些\s]{0,6}?(?:标题|题目)|\btitle\b|\btitled\b|"
    r"\bresolution\s*[^哪什\s]{0,6}?(?:标题|题目)|"
    # "同事把标题写成《…》，原标题是啥？": a wrong title put forward, and the right one asked.
    r"(?:原|原来的|正确的?|准确的?)(?:标题|题目|题名)",
    re.IGNORECASE | re.ASCII,
)
# "Ano yung title ng item?": the title of the agenda item the text names, not the resolution's.
_ITEM_TITLE = re.compile(
    r"\btitle\s+of\s+(?:the\s+|that\s+|this\s+)?(?:agenda\s+)?item\b|\bitem'?s\s+title\b|"
    r"项目的?(?:标题|题目|名称)",
    re.IGNORECASE | re.ASCII,
)
_NAME = re.compile(r"名称|叫什么|叫做什么|名字|\bcalled\b|\bname\b", re.IGNORECASE | re.ASCII)
# "这个决议大概讲什么的？", "what is it about": its title says what it is about.
_ABOUT = re.compile(
    r"(?:大概|主要|到底)(?:讲|说|谈|是)\S{0,2}什么|讲的是什么|是关于什么|关于什么的|大意|要点|"
    r"\b(?:main|key)\s+points\b|\bgist\b|\bsummar(?:y|ise|ize)\b|"
    r"\bwhat\s+is\s+(?:it|this|this\s+resolution|the\s+resolution)\s+(?:all\s+)?about\b",
    re.IGNORECASE | re.ASCII,
)
_WHICH_PART = re.compile(
    r"\bwhich\s+(?:paragraph|para|footnote)s?\b|哪一?段|哪个脚注|哪条脚注", re.IGNORECASE | re.ASCII
)
_MEETING = re.compile(
    r"哪次会议|哪一次会议|哪个会议|什么会议|第几次|几次全体会议|全体会议|全会|\bmeeting\b|\bplenary\b",
    re.IGNORECASE | re.ASCII,
)
# The session that adopted it: the first number of its symbol (A/RES/68/272).
_SESSION = re.compile(
    # "前面几届" are earlier instances of a series, not the session that adopted this.
    r"第几届|哪一届|哪届|(?<![前面往去])几届|届次|\b(?:which|what)\s+session\b|\bsession\s+of\s+the\s+General\s+Assembly\b",
    re.IGNORECASE | re.ASCII,
)
_ASSEMBLY = frozenset({"大会", "联大", "联合国大会", normalise("General Assembly")})
_PLENARY = re.compile(r"全会|全体会议|\bplenary\b", re.IGNORECASE | re.ASCII)
_DATE_WORD = re.compile(
    # "是几号通过的" asks a day; "第几号决议" a number.
    r"何时|什么时候|哪天|哪一天|哪日|哪一日|何日|何年|何月|几月|(?<!第)几号(?=\S{0,3}通过)|日期|时间|"
    r"哪年|哪一年|几几年|\bwhen\b|\bdate\b|\bwhat\s+year\b|"
    r"\bwhich\s+year\b|\bday\b",
    re.IGNORECASE | re.ASCII,
)
# "稿子说决议是2014年5月29日通过的？": a date put forward for the adoption, to check.
_DATE_OF_SELF = re.compile(
    r"(?:决议|它|[AS]/RES/\d+/\d+)\S{0,3}?(?:是不是|是否|是|于|在)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*"
    r"(?:通过|采纳)"
)
_ADOPT = re.compile(
    r"通过|\badopt(?:ed|ion)?\b|\baprobad[oa]\b|\baprob[oó]\b|\badoptad[oa]\b|\badopt[ée]e?\b",
    re.IGNORECASE,
)
# "It", "this resolution": the question is about the document, not about a topic in it.
_SELF = re.compile(
    r"决议|它|其|本文件|这份文件|该文件|\bresolution\b|\bit\b|\bthis\s+one\b",
    re.IGNORECASE | re.ASCII,
)
_DATE_TEXT = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_MEETING_TEXT = re.compile(r"第\s*\d+\s*次\s*全体会议")
# Words the patterns above consume; what is left over decides whether a topic was named.
_META_WORDS = """
    文件编号 文件 编号 文号 符号 标题 题目 名称 名字 叫 叫做 何时 什么时候 哪天 哪一天 日期 时间
    哪年 哪一年 通过 会议 哪次 次 第几次 全体会议 决议 本 它 其 这项 该 年 月 日 几月 几号 是 的 在 号
    天 全会 哪次全会 格式 引用格式 怎么写 大概 主要 到底 讲 说 关于 正式 官方 要点 确认 核实 核对 获 乃 敢问 以便
    一个 一份 一项 这一个 这一份 这一项 第几届 哪一届 哪届 几届 届 届次 这是 第 几几 几几几 号码 一月 一日 哪一月 哪一日 经 中文名称 中文标题 中文 份 那份
    末尾 文末 结尾 落款 注明 标注 写明 标明 哪年哪月 哪月 哪日 哪年哪月哪日 日子 准 确切 给个 到底
    开头 那个 著录 年月日 按 全部
"""
_META_WORDS_EN = """
    adopt adopted adoption date when what which year day meeting plenary title titled symbol
    document number code called name session held main key point points gist summary summarise
    summarize cote simbolo signatura resolucion aprobada aprobado adoptada adoptado adoptee official
    dokumentensymbol right correct isn't isnt one again
"""
META_WORDS = frozenset(_META_WORDS.split()) | frozenset(
    normalise(w) for w in _META_WORDS_EN.split()
)


@dataclass(frozen=True)
class MetaAnswer:
    """One metadata fact with the unit and printed words that show it.

    :param kind: Which fact.
    :param value: The fact, for the framing sentence.
    :param unit: The unit that prints it (``title`` or ``adoption``), or ``None``.
    :param quote: The printed words in ``unit.text`` (a substring of it), or ``""``.
    """

    kind: MetaKind
    value: str
    unit: Unit | None
    quote: str


def asks_symbol(question: str) -> bool:
    """Whether a question asks for a document symbol (``文件编号``, ``symbol``).

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_SYMBOL.search(question))


# "这份决议的文号是多少？写报告要引用": the symbol word's owner is the resolution itself,
# whatever document the rest of the question names.
_OWN_SYMBOL = re.compile(
    r"(?:这一?份|这一?项|这一?个|本|该|此)\s*决议\s*(?:之|的)?\s*(?:正式|官方|准确|完整)?的?\s*"
    r"(?:文件编号|文件号|决议号|文献号|文号|编号|文件符号|文档号|档号|符号)|"
    # "稿子里文号写的A/RES/68/227，正确文号是多少": a wrong symbol put forward.
    r"(?:正确|准确|真正)的?(?:文件编号|文号|编号|文献号|符号)|\b(?:correct|right|actual)\s+symbol\b|"
    r"\b(?:this|the)\s+resolution'?s\s+(?:official\s+)?(?:symbol|document\s+(?:number|code|symbol))\b|"
    r"\b(?:symbol|document\s+(?:number|code))\s+of\s+(?:this|the)\s+resolution\b",
    re.IGNORECASE | re.ASCII,
)


# "截图把决议编号写成A/RES/68/227，正确编号是多少？": a wrong symbol put forward.
_RIGHT_SYMBOL = re.compile(
    r"(?:正确|准确|真正)的?(?:编号|文号|符号|文件编号)|\b(?:correct|right|real)\s+symbol\b", re.I
)


def asks_own_symbol(question: str) -> bool:
    """Whether a question asks for the symbol of the resolution being read, by naming it as the
    symbol's owner (``本决议之正式文号``), not for that of a document it cites.

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_OWN_SYMBOL.search(question) or _RIGHT_SYMBOL.search(question))


def _meta_only(word: str) -> bool:
    if word.isdigit():
        return True
    if not word.isascii():
        return False
    return all(normalise(w) in EN_STOPWORDS or normalise(w) in META_WORDS for w in word.split())


_NUMBERED = re.compile(r"\d+\s*/\s*\d+")


def names_other_resolution(question: str, symbol: str) -> bool:
    """Whether a question names a numbered resolution other than the one being read.

    :param question: The question.
    :param symbol: The resolution's own symbol (``A/RES/68/272``).
    :returns: True for ``第66/261号决议…`` when reading 68/272.
    """
    own = re.sub(r"\s+", "", symbol)
    return any(re.sub(r"\s+", "", n) not in own for n in _NUMBERED.findall(question))


# A resolution is one document: "它们", "these" point at things it names.
_PLURAL_SUBJECT = re.compile(
    r"它们|两者|二者|这两[份项个]|\b(?:they|them)\b", re.IGNORECASE | re.ASCII
)
_NAMES_SELF = re.compile(r"决议|本文件|这份文件|该文件|\bresolution\b", re.IGNORECASE | re.ASCII)


# "这份关于…的大会决议", "联大这个议联决议": what it is about and who adopted it describe it.
_THIS_RESOLUTION = re.compile(
    r"(?:这一?份|这一?项|这一?个|这|本|该|此)\s*(?:关于[^，。？！?]{1,20}?的)?\s*"
    r"(?:大会|联大|议联|IPU|各国议会联盟)?\s*(?:决议|resolution\b)|\b(?:this|the)\s+resolution\b",
    re.IGNORECASE | re.ASCII,
)


def asks_own_title(question: str) -> bool:
    """Whether a question asks for the resolution's own title (``决议的正式标题叫什么``).

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_TITLE_OF_SELF.search(question))


def points_at_self(question: str) -> bool:
    """Whether a question names the resolution being read by a demonstrative (``这份决议``,
    "this resolution"), not just any resolution.

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_THIS_RESOLUTION.search(question))


def names_self(question: str) -> bool:
    """Whether a question names the resolution or its adoption (``它是哪一年通过的？``), so that
    a date it asks for is the resolution's even after a question about a topic.

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_NAMES_SELF.search(question) or _ADOPT.search(question))


def only_meta_words(words: Sequence[str]) -> bool:
    """Whether a question's content words only ask about a document (date, symbol, title).

    :param words: Content words (stopwords removed).
    :returns: True when none names a topic (also for no words).
    """
    return all(w in META_WORDS or _meta_only(w) for w in words)


def detect(
    question: str, topic_words: Sequence[str] = (), assume_self: bool = False, symbol: str = ""
) -> list[MetaKind]:
    """Which metadata a question asks for, in a fixed order.

    A date word alone (``在哪一年？``) is not about the adoption unless the question says
    ``通过``/``adopted`` or names nothing but the resolution itself: ``决议要求秘书长何时提交报告``
    asks about a topic.

    :param question: The question.
    :param topic_words: Content words of the question (stopwords removed).
    :param assume_self: The conversation is about the resolution itself (a follow-up to a
        metadata question), so ``在第几次会议上？`` asks about it.
    :param symbol: The resolution's own symbol: another numbered resolution in the question
        (``第66/261号决议``) means the question is about that one.
    :returns: Kinds asked for; empty when the question is not a metadata question.
    """
    if names_other_resolution(question, symbol) and not asks_own_symbol(question):
        return []
    if _PLURAL_SUBJECT.search(question):
        # "它们分别是哪天通过的？" after two resolutions: theirs, not this one's.
        return []
    kinds: list[MetaKind] = []
    described = _THIS_RESOLUTION.search(question)
    if described and "关于" in described.group(0):
        # "这份关于UN和IPU互动的决议，文号是多少？": what it is about only says which one.
        about = described.group(0).lower()
        topic_words = [w for w in topic_words if w.lower() not in about]
    # "文号是A/RES/68/272吧？": the resolution's own symbol names nothing else.
    own = {part.lower() for part in re.split(r"[/\s]+", symbol) if part}
    topic_words = [w for w in topic_words if w.lower() not in own]
    leftover = [w for w in topic_words if w not in META_WORDS and not _meta_only(w)]
    # "what year did 联大 adopt this one": the Assembly adopts; it names no topic of a date.
    adopter_aside = [w for w in leftover if w not in _ASSEMBLY]
    about_self = (assume_self or bool(_SELF.search(question))) and not leftover
    # A date or number in the question names something else (``2010年的决议编号``).
    names_other = any(w.isdigit() for w in topic_words) and not asks_own_symbol(question)
    # "确认下文号：A/RES/68/272 就是议联这份吧？": its own symbol named, whatever else describes it.
    own_named = bool(symbol) and symbol.lower() in re.sub(r"\s+", "", question).lower()
    if _SYMBOL.search(question) and (not leftover or own_named) and not names_other:
        kinds.append("symbol")
    # "听证会都讨论些什么题目" asks about the hearings, not for this resolution's title.
    titled = (
        _TITLE.search(question)
        and (len(leftover) <= 1 or _TITLE_OF_SELF.search(question))
        and not _ITEM_TITLE.search(question)
    )
    # "Which paragraph cites that footnote? What is it about?": that paragraph's subject.
    asks_about = bool(_ABOUT.search(question)) and not _WHICH_PART.search(question)
    if titled or ((_NAME.search(question) or asks_about) and about_self):
        kinds.append("title")
    dated_self = about_self or ((assume_self or bool(_SELF.search(question))) and not adopter_aside)
    if (_DATE_WORD.search(question) or _DATE_OF_SELF.search(question)) and (
        (_ADOPT.search(question) and (dated_self or len(leftover) <= 1)) or dated_self
    ):
        kinds.append("date")
    # Only the adoption was at a plenary meeting: "是在第几次全会上过的？" needs no "resolution".
    plenary = bool(_PLENARY.search(question)) and not leftover
    # "联大第几届会议": the Assembly is the one that adopts; it names no topic here.
    session = bool(_SESSION.search(question)) and all(w in _ASSEMBLY for w in leftover)
    # "这是联大第几届会议的决议？": the Assembly named beside the resolution is still about it.
    if session and (_ADOPT.search(question) or assume_self or _SELF.search(question)):
        # "第几届会议通过的" asks for the session, not for a meeting.
        return [*(k for k in kinds if k != "meeting"), "session"]
    if _MEETING.search(question) and (_ADOPT.search(question) or about_self or plenary):
        kinds.append("meeting")
    return kinds


def _unit(document: Document, unit_id: str) -> Unit | None:
    return document.get(unit_id)


def _quote(unit: Unit | None, pattern: re.Pattern[str] | None, fallback: str) -> str:
    if unit is None:
        return ""
    if pattern is not None and (m := pattern.search(unit.text)):
        return m.group(0)
    if fallback and fallback in unit.text:
        return fallback
    return unit.text.strip()


def answer(kind: MetaKind, document: Document, lang: str) -> MetaAnswer:
    """The fact of one kind, with its citable unit and quote.

    :param kind: What is asked.
    :param document: The resolution.
    :param lang: Answer language; dates are printed as in the text for ``zh``, ISO for ``en``.
    :returns: The metadata answer.
    """
    if kind in ("symbol", "title"):
        unit = _unit(document, "title")
        if kind == "symbol":
            return MetaAnswer(kind, document.symbol, unit, _quote(unit, None, _number(document)))
        return MetaAnswer(kind, document.title, unit, _quote(unit, None, document.title))
    if kind == "session":
        return _session(document, lang)
    unit = _unit(document, "adoption")
    if kind == "date":
        quote = _quote(unit, _DATE_TEXT, "")
        value = quote if lang == "zh" and quote else document.adopted or quote
        return MetaAnswer(kind, value, unit, quote)
    quote = _quote(unit, _MEETING_TEXT, document.meeting)
    return MetaAnswer(kind, document.meeting or quote, unit, quote)


_ZH_NUMERALS = "〇一二三四五六七八九"


def _zh_number(n: int) -> str:
    """Chinese numerals for 1..999, as sessions are written (六十八, 一百零五)."""
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    out = f"{_ZH_NUMERALS[hundreds]}百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else _ZH_NUMERALS[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    return out + (_ZH_NUMERALS[ones] if ones else "")


def _en_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _session(document: Document, lang: str) -> MetaAnswer:
    # The text never prints the session; the symbol's first number is it, by UN convention.
    number = session_of(document.symbol)
    unit = _unit(document, "title")
    if number is None:
        return MetaAnswer("session", "", unit, "")
    value = _zh_number(number) if lang == "zh" else _en_ordinal(number)
    return MetaAnswer("session", value, unit, _quote(unit, None, _number(document)))


def _number(document: Document) -> str:
    """The resolution's number as printed before its title (``68/272``)."""
    return document.symbol.rsplit("RES/", 1)[-1]
