"""Follow-up questions: what a question leans on from the ones before it, and a conversation
object that keeps one conversation's bounded history for the terminal and the UI.
"""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from bot.answer import Answer

if TYPE_CHECKING:
    from bot.bot import Bot

FollowKind = Literal["none", "more", "elliptic"]

# "还有哪些段落提到妇女？": the same search, minus what was already cited.
# "more" alone is usually a comparative ("link them more closely").
# "推广到哪些其他会议" asks about other meetings, not for other paragraphs: "other" before a
# noun of the text's content is part of the question.
_MORE = re.compile(
    r"还有|还在哪|(?:其他|其它|另外|别的)(?!的?[\u4e00-\u9fff]{0,2}(?:会议|机构|组织|国家|论坛|进程|活动|领域|机关|议会|伙伴|方面|问题))|"
    r"此外|除此之外|除了|也(?:有)?(?:提到|提及|讲到|谈到|说到|出现)|\bother\b|\belse\b|\banother\b|"
    r"\bbesides\b|\balso\s+(?:mentions?|refers?\s+to|talks?\s+about)\b|"
    r"\bany\s*more\b|\bmore\s+(?:paragraphs?|places|mentions|of\s+them)\b|\bwhat\s+more\b",
    re.IGNORECASE,
)
# A question asking for every place something is mentioned, not for one answer.
_LIST = re.compile(
    r"哪些段落|哪几段|哪几个段落|哪些部分|哪些地方|哪几处|哪些条(?!款|文|约)|所有.{0,8}段落|"
    r"\bwhich\s+(?:other\s+)?paragraphs\b|\bwhat\s+(?:other\s+)?paragraphs\b|\ball\s+paragraphs\b|"
    r"\bwhere\s+else\b",
    re.IGNORECASE,
)
# "别的段还有吗？": other paragraphs, though it names nothing.
_OTHER_PLACES = re.compile(
    r"(?:别的|其他|其它|另外的?)(?:段|地方|部分|处|脚注|注释)|\bother\s+footnotes\b", re.IGNORECASE
)
_THIS_PARAGRAPH = re.compile(
    r"^\s*(?:那么?)?\s*(?:这段|这一段|该段|本段|此段|这个段落?|这一段落|同段|同一段)(?!以外|之外|外)|"
    r"\b(?:in|of|from)\s+(?:the\s+)?(?:same|that|this)\s+(?:paragraph|para|clause)\b",
    re.IGNORECASE,
)
# "那除了这个，它还说要打击什么？": another point of the paragraph just discussed ("它"), not
# another paragraph.
_ITS_OTHER_POINT = re.compile(
    r"(?:除了这个|除了这点|除了这一点|除此之外|除此以外|另外)\S{0,3}[，,]?\s*"
    r"(?:那|那么)?\s*(?:它|其|这段|该段|这一段)\s*(?:还|又|也|另外)|"
    r"^\s*(?:那么?)?\s*(?:它|其)\s*(?:除了这个|除了这点|除此之外|除此以外)\S{0,2}(?:还|又|也)|"
    # "那它除了列议程，还请秘书长干什么？": what else the paragraph just cited does.
    r"^\s*(?:那么?)?\s*(?:它|其|这段|该段)\s*除了[^，,。？?]{1,12}[，,]?\s*(?:还|又|也|另外)"
)
# Questions that point back: "那…呢", "它…", "and …?", "what about …?".
# "序言里还有别的地方提到吗？": other places that mention it.
_MENTIONS = re.compile(
    r"提到|提及|说到|讲到|谈到|出现|\bmention(?:s|ed)?\b|\brefer(?:s|red)?\s+to\b", re.I
)
_POINTS_BACK = re.compile(
    r"^\s*(?:那|那么|那个|那它|它|它们|其|这|这个|该|此|还|又|到时候?|届时|当时|那时|"
    r"and\b|what\s+about\b|how\s+about\b|and\s+what\b|so\b|then\b)|呢\s*[？?。.!！]*\s*$|"
    # "频率呢？一年几次？": a short "X呢？" opening.
    r"^\s*[\u4e00-\u9fff]{1,6}呢\s*[？?，,]",
    re.IGNORECASE,
)
# "目的是啥？", "为什么？", "有什么要求？": the purpose, reason or terms of what was just discussed.
_ABOUT_IT = re.compile(
    r"^\s*(?:那|那么)?\s*(?:它的|其|这样做的|这么做的)?\s*"
    r"(?:目的|用意|原因|理由|意义|作用|要求|依据|背景|好处|为什么|为何|why\b|what\s+for\b)",
    re.IGNORECASE,
)
# "能说得简单一点吗？", "explain that": the same paragraphs again, not a new question.
_RESTATE = re.compile(
    r"(?:简单|通俗|详细|具体|明白)(?:一点|一些|点|些)|再(?:说|讲)一(?:遍|次)|换个说法|"
    r"解释一下|什么意思|\bexplain\b|\bsimpler\b|\bin\s+plain\b|\bwhat\s+does\s+(?:that|this|it)\s+mean\b|"
    # "你确定吗？原文到底怎么写的？": the same paragraph, quoted again.
    r"你确定|确定吗|原文(?:到底|究竟)?(?:是)?(?:怎么|如何)(?:写|说|表述)|\bare\s+you\s+sure\b|\bexact\s+wording\b",
    re.IGNORECASE,
)
# "下一届定在哪年开？": the one after (or before) the ones just discussed.
_EARLIER = (
    r"前几届|(?:此前|之前|以前|过去)?的?(?:往届|历届)|前几次|"
    r"(?:之前|以前|此前|前面|前头|前边|过去|以往|早前|先前)(?:的|那|那些)?(?:几|各|那几)(?:届|次)"
)
# "那决议里提到的之前几届…": a few words may describe them first.
_EARLIER_ONES = re.compile(
    rf"^\s*(?:那么?\s*)?(?:[\u4e00-\u9fff]{{0,8}}的)?(?:{_EARLIER})|"
    r"\b(?:the\s+)?(?:earlier|previous|past|prior)\s+(?:ones|conferences|meetings|sessions|editions)\b",
    re.IGNORECASE,
)
_NEXT_ONE = re.compile(rf"^\s*(?:那么?\s*)?(?:下一?届|上一?届|下一次|上一次|下次|上次|{_EARLIER})")
# "那旧的协定呢" after the new one: the other instance of the thing just cited.
_OLDER_ONE = re.compile(
    r"^\s*(?:那么?\s*)?(?:那个|那份|这个|这份|它说的|它提到的|它讲的)?\s*(?:旧|老|原来|原先|原有|现行)(?:的|那|(?=协定|协议))|"
    # "and the existing agreement it would replace…" after the new one.
    r"\b(?:existing|old|older|current|previous|original)\s+(?:cooperation\s+)?agreement\b|"
    r"\bagreement\s+(?:it|that\s+it|this)\s+would\s+replace\b",
    re.IGNORECASE,
)
# "决议想要写新的吗？": an adjective without its noun, which the question before named.
_HEADLESS = re.compile(r"(?:新|旧|老)的(?=\s*(?:吗|呢|吧|么|[？?，,。！!]|$))")
# "…也算在里面吗？", "其中哪个…": inside what was just discussed.
_INSIDE = re.compile(
    r"里面|里头|其中|之中有|这当中|也算|也包括|也在内|有包括|有没有包括|包不包括|是否包括|"
    r"\bamong\s+them\b|\bincluded\b|\bdoes\s+(?:it|that|this)\s+include\b",
    re.I,
)
_OPENS_INSIDE = re.compile(r"^\s*(?:那|那么|这)?\s*(?:里面|里头|其中|当中)")
# "执行部分在这一问题上有何要求？": the matter just discussed, wherever it stands.
_THIS_MATTER = re.compile(r"(?:这一?|那一?|该|此|上述)个?(?:问题|方面|议题|事项|事情|件事)")
# "执行部分又如何处理？" after a question about the preamble: the same matter, in the other part.
_PART_SWITCH = re.compile(
    r"^\s*(?:那|那么|而)?\s*(?:在)?(?:执行部分|序言部分|执行段落?|序言段落?)\s*(?:里|中|呢|又|则|怎么|如何|有没有)|"
    r"^\s*(?:and|what\s+about|how\s+about)?\s*(?:in\s+)?the\s+(?:operative|preambular)\s+(?:part|paragraphs)\b",
    re.IGNORECASE,
)
_SUBJECT_PRONOUN = re.compile(
    r"^\s*(?:那么?\s*)?(?:它们?|其|两者|二者|这两者|这两项|这两个|(?:this|it|they)\b)",
    re.IGNORECASE,
)
# "这个大会在哪个城市开？": a demonstrative before a noun ("这个决议…" is the resolution read).
# "那开这个会议…": a verb of holding may come before it.
_OPENING_DEMONSTRATIVE = re.compile(
    r"^\s*(?:那么?\s*)?(?:[开办搞举召签]\s*)?(?:这|那)(?:个|次|项|场|些|种)(?!\s*(?:决议|文件|问题))"
)
_DEMONSTRATIVE_WORD = re.compile(r"(?:这|那)(?:个|次|项|场|些|种|届)?")
_PRONOUN_EN = re.compile(r"\b(?:it|its|this|that|they|them|there|those|these)\b", re.IGNORECASE)
# "那项决议", "that resolution": one the conversation cited, not the resolution being read
# (which is "本决议", "这项决议" or, usually, "该决议"). A bare "那决议…" is "so, the
# resolution …".
_CITED_RESOLUTION = re.compile(
    r"(?:那|那些|这些)\s*[一两二三四五六七八九几]?\s*(?:项|个|份)\s*决议|(?:上述|前述|所述|那些|这些)\s*决议|"
    r"\b(?:that|those|these|the\s+(?:cited|mentioned|earlier|other|same))\s+resolutions?\b",
    re.IGNORECASE,
)


def wants_list(question: str) -> bool:
    """Whether a question asks for every paragraph mentioning something.

    :param question: The question.
    :returns: True for ``哪些段落提到妇女？``-like questions.
    """
    return bool(_LIST.search(question))


# "除了这一段以外，还有哪些段落…": the others than the one paragraph the answer was about, not
# than every paragraph it showed.
_BESIDES_ONE = re.compile(
    r"除了?\s*(?:这一?段|该段|本段|此段|这个段落|那一?段)|"
    r"\b(?:besides|except|other\s+than|apart\s+from)\s+(?:this|that)\s+(?:paragraph|one)\b",
    re.IGNORECASE | re.ASCII,
)


# "除了刚那几段，还有哪提到": the others than every paragraph just shown.
_BESIDES_ALL = re.compile(
    r"除了?\s*(?:刚才?|刚刚|上面|前面|之前|已经)?\s*(?:提到|说|列|给|引用)?的?\s*"
    r"(?:那|这|那些|这些)(?:几|两|三)?(?:段落?|个段落)|"
    r"\b(?:besides|except|other\s+than|apart\s+from)\s+(?:those|these|the)\s+"
    r"(?:\w+\s+)?(?:paragraphs|ones)\b",
    re.IGNORECASE,
)


def besides_all(question: str) -> bool:
    """Whether a request for more mentions sets aside every paragraph just shown.

    :param question: The question.
    :returns: True for ``那妇女地位委员会呢 除了刚那几段还有哪提到``.
    """
    return bool(_BESIDES_ALL.search(question))


def besides_one(question: str) -> bool:
    """Whether a request for more mentions sets aside one paragraph, not all those shown.

    :param question: The question.
    :returns: True for ``除了这一段以外，还有哪些段落提到妇女署？``.
    """
    return bool(_BESIDES_ONE.search(question))


_WHICH_RESOLUTION = re.compile(
    r"哪(?:一|个|项|份)?(?:项|个|份|号)?决议|第几号(?:大会)?决议|\b(?:which|what)\s+(?:\w+\s+)?resolutions?\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^\s*(?:那么?\s*)?(?:它|其|该)|\b(?:it|its)\b", re.IGNORECASE)


def asks_which_resolution(question: str) -> bool:
    """Whether a question's answer is another resolution (``依据哪项决议？``).

    :param question: The question.
    :returns: True when it asks which resolution did something.
    """
    return bool(_WHICH_RESOLUTION.search(question))


def asks_earlier_instances(question: str) -> bool:
    """Whether a follow-up asks for the instances before the one just discussed (``前几届呢``),
    so the unit just cited is not its answer.

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_EARLIER_ONES.search(question))


# "决议是否也说明了起草的理由？": 也 adds a question about what was just discussed.
_ALSO = re.compile(
    r"^\s*(?:那|那么)?\s*(?:本?决议|它|其|该决议|这份决议)?\s*(?:是否|有没有|有无|可曾)?\s*"
    r"(?:也|还|同时|另外)(?!有哪些|有什么别的|有其他)"
)


# "第二个是哪天通过的？", "按时间排，最后那项…": one of the things the answer before listed.
_ITEM_OF_ANSWER = re.compile(
    r"(?:^|[，,])\s*(?:那么?)?\s*(?:第[一二两三四五1-5](?:个|项|份)|前者|后者|前一个|后一个|头一个|"
    r"最后(?:那|一)(?:个|项|份)|最(?:早|晚|先|近)(?:那|的|一)(?:个|项|份))"
)


# "决议建议对它怎么处理？": the thing just discussed is the object.
_OBJECT_PRONOUN = re.compile(r"(?:对|把|将|给|为|替|和|与|跟|同)(?:它|它们)")
# "决议建议怎么处理它？" (but "还有哪些段落提到它？" asks for more places).
_OBJECT_AT_END = re.compile(r"[\u4e00-\u9fff](?:它|它们)\s*(?:吗|呢|了|啊)?\s*[？?。！!]*\s*$")


# "那它说的大会到底是第几届？": a thing the unit just cited names, not the resolution itself.
_NAMED_IN_PREVIOUS = re.compile(
    r"(?:它|其|这段|该段|这一段|那段|里面|文中)(?:所|里)?(?:说|提|讲|提到|说到|讲到|写)的"
)


def names_thing_in_previous(question: str) -> bool:
    """Whether a question asks about a thing the unit just cited names (``它说的大会``).

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_NAMED_IN_PREVIOUS.search(question))


def names_item_of_answer(question: str) -> bool:
    """Whether a question names one item of what the answer before listed (``第二个…``).

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_ITEM_OF_ANSWER.search(question))


def adds_to_previous(question: str) -> bool:
    """Whether a question opens by adding to the one before (``决议是否也说明了…``).

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_ALSO.search(question))


def without_demonstratives(words: Sequence[str]) -> list[str]:
    """Content words without demonstrative words (``那次``, ``这个``), which name no thing.

    :param words: Content words of a question.
    :returns: The others, in order.
    """
    return [w for w in words if not _DEMONSTRATIVE_WORD.fullmatch(w)]


def demonstrated_noun(question: str, nouns: Sequence[str]) -> str:
    """The noun after a demonstrative the question opens with (``这个大会…``, ``那开这个会议…``),
    which points back when what was just cited has that noun.

    :param question: The question.
    :param nouns: Its content words without demonstratives, in order.
    :returns: The noun (the first content word when none starts right after the
        demonstrative), or ``""`` when the question opens with no demonstrative.
    """
    opening = _OPENING_DEMONSTRATIVE.search(question)
    if opening is None or not nouns:
        return ""
    rest = question[opening.end() :].lstrip()
    return next((noun for noun in nouns if rest.startswith(noun)), nouns[0])


# "what's the end goal of those exchanges": a noun pointed at in English; the document's own
# names (this resolution, this text) point at the resolution, not at what was just cited.
_EN_POINTED = re.compile(
    r"\b(?:that|those|these|this|such)\s+(?!resolution|document|text|one\b|ones\b)"
    r"(?P<noun>[a-z][a-z-]{2,})\b",
    re.IGNORECASE,
)


def pointed_nouns(question: str) -> list[str]:
    """English nouns after a demonstrative (``those exchanges``), which point back when what was
    just cited speaks of them.

    :param question: The question.
    :returns: The nouns, in order.
    """
    return [m.group("noun") for m in _EN_POINTED.finditer(question)]


def earlier_instances_removed(question: str) -> str:
    """A question without the words naming earlier instances (``前几届``, ``之前几次``).

    :param question: The question.
    :returns: The rest of it.
    """
    return re.sub(_EARLIER, "", question)


def asks_other_version(question: str, previous_text: str = "") -> bool:
    """Whether a follow-up asks for the other version of what was just cited, which the unit
    just cited is not: the older one (``那旧的那一份是哪一年的？`` after the new agreement) or the
    new one (``决议想要写新的吗？`` after the 1996 agreement).

    :param question: The question.
    :param previous_text: The text just cited: when it has the version named (``起草新的…``),
        ``为什么要起草新的`` asks about it, not about another.
    :returns: True when it does.
    """
    if _OLDER_ONE.search(question):
        return True
    headless = _HEADLESS.search(question)
    return bool(headless and headless.group(0) not in previous_text)


def asks_another_instance(question: str) -> bool:
    """Whether a follow-up asks for the instance after or before the one just discussed
    (``那下一届呢？``, ``上一次呢``), so the unit just cited is not its answer.

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_NEXT_ONE.search(question))


def points_back(question: str) -> bool:
    """Whether a question refers to something earlier by a pronoun (``它…``, ``its…``).

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_PRONOUN.search(question))


# "这个机构", "that commission": a thing named before, not the resolution being read.
_DEMONSTRATIVE = re.compile(
    # "这一段" points at a paragraph, which names no topic of its own.
    r"它|(?:这个|那个|这一|那一|这些|那些|该|此)(?!决议|项决议|份决议|文件|段)[\u4e00-\u9fff]|"
    r"\b(?:that|this|these|those)\s+(?!resolution|document|text|paragraph)[a-z]+",
    re.IGNORECASE,
)


def refers_back(question: str) -> bool:
    """Whether a question names something by a pronoun or a demonstrative (``它``, ``这个机构``,
    "that commission"), other than the resolution itself.

    :param question: The question.
    :returns: True when it does.
    """
    return points_back(question) or bool(_DEMONSTRATIVE.search(question))


def asks_restatement(question: str) -> bool:
    """Whether a question asks to have the last answer put again (``能说得简单一点吗？``).

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_RESTATE.search(question))


def points_to_cited_resolution(question: str) -> bool:
    """Whether a question is about a resolution the conversation cited, not the one read.

    :param question: The question.
    :returns: True for ``那项决议是哪一年通过的？`` or ``When was that resolution adopted?``.
    """
    return bool(_CITED_RESOLUTION.search(question))


def classify(question: str, topic_words: Sequence[str], has_history: bool) -> FollowKind:
    """How a question depends on the conversation before it.

    ``more``: asks for further places (``还有哪些段落…``), so earlier citations are left out.
    ``elliptic``: names too little to stand alone (``在哪一年？``, ``那…呢？``), so the earlier
    question's topic is searched with it. ``none``: stands on its own.

    :param question: The question.
    :param topic_words: Its content words (stopwords removed; for English, glossary terms).
    :param has_history: Whether there are earlier questions.
    :returns: The kind.
    """
    if not has_history:
        return "none"
    if _ITS_OTHER_POINT.search(question) and not _OTHER_PLACES.search(question):
        return "elliptic"
    inside = _OPENS_INSIDE.search(question) and not _OTHER_PLACES.search(question)
    if inside and len(topic_words) <= 8:
        # "那里面有没有提到落实相关决议，比如WPS那些？", "那里面是不是也提到…": inside what
        # was just cited, not more places.
        return "elliptic"
    if _THIS_PARAGRAPH.search(question):
        # "这段有没有也讲到要执行UN的相关决议？": the paragraph just cited, not more of them.
        return "elliptic"
    if _ITEM_OF_ANSWER.search(question) and len(topic_words) <= 4:
        return "elliptic"
    if _OBJECT_PRONOUN.search(question) and len(topic_words) <= 3:
        return "elliptic"
    if _MORE.search(question) and (
        wants_list(question)
        or topic_words
        or refers_back(question)
        or _MENTIONS.search(question)
        or _OTHER_PLACES.search(question)
    ):
        return "more"
    if not topic_words:
        return "elliptic"
    if _OBJECT_AT_END.search(question) and len(topic_words) <= 3:
        return "elliptic"
    if _POINTS_BACK.search(question) and len(topic_words) <= 2:
        return "elliptic"
    if _THIS_MATTER.search(question) and len(topic_words) <= 3:
        return "elliptic"
    if _PART_SWITCH.search(question) and len(topic_words) <= 2:
        return "elliptic"
    if _SUBJECT_PRONOUN.search(question) and len(topic_words) <= 4:
        # "它推动了哪些人之间的联系？": its subject is the thing just discussed.
        return "elliptic"
    if _PRONOUN_EN.search(question) and len(topic_words) <= 2:
        return "elliptic"
    if _NEXT_ONE.search(question) and len(topic_words) <= 4:
        return "elliptic"
    if _ABOUT_IT.search(question) and len(topic_words) <= 2:
        return "elliptic"
    if _INSIDE.search(question) and len(topic_words) <= 5:
        return "elliptic"
    if asks_other_version(question) and len(topic_words) <= 3:
        return "elliptic"
    return "none"


class Conversation:
    """One conversation: asks the bot with this conversation's earlier questions as history.

    Thread-safe; the history keeps the last ``settings.history_turns`` questions.

    :param bot: The bot (shared between conversations).
    :param turns: History size; the bot's ``settings.history_turns`` when omitted.
    """

    def __init__(self, bot: Bot, turns: int | None = None) -> None:
        self.bot = bot
        size = bot.settings.history_turns if turns is None else turns
        self._history: deque[str] = deque(maxlen=max(0, size))
        self._lock = threading.Lock()

    @property
    def history(self) -> tuple[str, ...]:
        """The earlier questions kept, oldest first."""
        with self._lock:
            return tuple(self._history)

    def ask(self, question: str, top_k: int | None = None) -> Answer:
        """Ask a question in this conversation and remember it.

        :param question: The question.
        :param top_k: Citations wanted; the bot's default when omitted.
        :returns: The answer.
        """
        with self._lock:
            history = tuple(self._history)
        answer = self.bot.ask(question, history, top_k=top_k)
        if answer.question.strip():
            with self._lock:
                if self._history.maxlen:
                    self._history.append(answer.question)
        return answer

    def reset(self) -> None:
        """Forget the conversation."""
        with self._lock:
            self._history.clear()
