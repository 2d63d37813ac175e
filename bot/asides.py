"""Parts of a question that are not what it asks: spoken fillers before it (``对吧，那它…``), the
reader's purpose (``我要写进给SRSG的简报里``), instructions on the answer's form (``只要段落号``)
and a declarative preamble before the question proper (``学界对此多有讨论。请问……？``). Their
words are the reader's, not the topic's, and must neither name an unknown topic nor dilute the
question's coverage."""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from bot.refs import find_references
from bot.script import has_chinese

# What the reader will do with the answer: write it into a brief, quote it in a speech.
_PURPOSE = re.compile(
    r"^\s*(?:为了?便于|为了|以便|方便)|"
    r"写进|写入|写到|写在|放进|放到|放入|引用|引注|用在|拿来|用来|汇报给|报给|发给|当作|当成|要念|念出来|"
    r"写公文|公文里|归档|存档|备案|登记|录入|填表|(?:帮我|给我)?(?:念|读)(?:一下|给我听)|"
    # "写briefing要个准确date", "日期要准确的": what the reader writes, and how exact it must be.
    r"(?:写|做)(?:报告|简报|材料|稿子?|文章|论文|纪要|备忘录|briefing|memo|note|report|ppt|PPT|课件|幻灯片?|作业)|"
    r"(?:要|需要|得|必须)(?:个|一个)?(?:准确|确切|精确)(?!到)|"
    r"供\S{0,8}(?:学习|参考|参阅|使用)|"
    # Instructions on the answer's form or the bot's role: "只要段落号", "请扮演…".
    r"^\s*请?(?:扮演|假设你是|假装你是|你是一名)|回答一行|一句话回答|用一句话|只要段落号|只给段落号|"
    r"不要解释|无需解释|不用解释|先给结论|逐字给出|不要翻译|简要回答|简短回答|"
    r"\b(?:answer\s+in\s+one\s+line|in\s+one\s+line|no\s+explanation|be\s+brief)\b|"
    r"\b(?:just\s+)?confirming\s+for\b|"
    r"\bfor\s+(?:my|the|our)\s+(?:note|brief|memo|report|speech|article|slides?)\b",
    re.IGNORECASE,
)
# "对吧，那它是跟…": a spoken filler, after which the question (and its 那) begins.
_FILLER = re.compile(
    r"^\s*(?:(?:对吧|对不对|是吧|嗯+|啊|哦+|噢|呃+|好吧|好的|好|行|就是说|然后呢?|话说|所以说|同上|"
    r"em+|hm+|ok|okay|so|well|right)\s*[，,。.…~～!！]+\s*"
    # Spoken without a pause: "嗯那它…".
    r"|(?:嗯+|哦+|噢|呃+)\s*(?=[那它这其])|(?:em{2,}|hm{2,})\s+)",
    re.IGNORECASE,
)
# Courtesies around a question ("不好意思，我是新来的", "麻烦您了，谢谢谢谢！", "Sorry to bother
# you, … but"): they ask nothing and name nothing.
_COURTESY_ZH = re.compile(
    r"^\s*(?:(?:您好|你好|不好意思|抱歉|打扰(?:一下|了|您了?)?|麻烦(?:您|你)?了?|谢谢+(?:您|你)?|感谢感谢|"
    r"多谢|好的+|明白了|懂了|我是(?:这周|刚|新)?(?:刚来|新来)的[\u4e00-\u9fff]{0,4}|"
    r"可能问得(?:比较|有点)?傻|(?:说|问)得有点(?:乱|多)|老是翻不到)\s*[，,。.！!…~～]*\s*)+$"
)
_COURTESY_EN_LEAD = re.compile(
    r"^\s*(?:sorry|excuse\s+me|hi|hello|dear\s+\w+)\b[^?]{0,160}?(?:\bbut\s+|:\s*)"
    r"(?=(?:does|do|did|is|are|was|were|can|could|what|which|who|when|where|why|how|on|in)\b)",
    re.IGNORECASE,
)
_COURTESY_EN_TAIL = re.compile(
    r"(?<=[?？])\s*(?:thanks?|thank\s+you|many\s+thanks|sorry|cheers)\b[^?]*$", re.IGNORECASE
)
# "1) 决议…", "2) 那它的目的是啥？", "- which para…": a numbered or bulleted request.
_LIST_MARKER = re.compile(r"^\s*(?:\(?\d{1,2}[).、:]|[-*•·])\s*(?=\D)")
# A live blog's decorations: emoji, arrows between fragments, hashtags (the trailing ones tag
# the post; a "#" inside only marks a word).
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")
_ARROW = re.compile(r"\s*(?:[\u2190-\u21FF\u27F0-\u27FF\u2900-\u297F]|->|=>)\s*")
_TRAILING_TAGS = re.compile(r"(?:\s*#[^\s#，,。？?！!]+)+\s*$")
_HASH = re.compile(r"#(?=\w)")
# An exam item's kind before its stem ("填空：", "判断：", "以下哪项正确：").
_ITEM_KIND = re.compile(
    r"^\s*(?:(?:填空|判断|单选|多选|选择)题?|(?:以下|下列)(?:哪项|哪一项|说法)(?:是)?(?:正确|对)的?)"
    r"\s*[:：]\s*"
)
# Blanks to fill: "第__段" asks which paragraph, "____年" which year, any other blank what.
_BLANK = re.compile(
    r"(?:(?P<before>第)|(?P<at>[在于]))?\s*(?:_{2,}|＿{2,}|（\s*）|\(\s*\))\s*(?P<year>年)?"
)
# Options after a multiple-choice stem ("…原因之一是 A 让… B 负责… C 任命…"): the stem asks.
_OPTIONS = re.compile(
    r"(?:^|(?<=[\s：:，,。？?]))[（(]?A[\.、．:：)）]?\s+\S.*?(?:^|(?<=[\s；;，,。]))[（(]?B[\.、．:：)）]?\s+\S.*$",
    re.S,
)
# "先说背景：…。第一，…？第二，…？": the background told before the questions, and the
# markers numbering them.
_BACKGROUND = re.compile(
    r"^\s*(?:先说(?:一下|下)?背景|(?:介绍|交代|说明)(?:一下|下)?背景|背景(?:情况|介绍)?|"
    r"context(?:\s+(?:for|of)\s+[^:：]{1,30})?|background)\s*[:：]\s*[^。！!？?]*[。！!]\s*",
    re.IGNORECASE,
)
# "有市民来信问：“……”请问决议怎么说？": a question relayed in quotes is the one asked, unless
# what follows the quote asks something of its own ("What does the resolution say about X?").
_RELAYED = re.compile(
    r"^\s*(?:有|一位|一名|某)?\s*(?:市民|群众|读者|网友|选民|公民|民众|听众|观众|学生|家长|同事|议员|代表)"
    r"[^“\"「:：]{0,8}?(?:来信|来电|留言|写信|提问|问道|询问|反映|问)[^“\"「]{0,4}?[:：，,]?\s*"
    r"[“\"「『](?P<inner>[^”\"」』]+)[”\"」』]\s*[，,。]?\s*(?P<rest>.*)$|"
    r"^\s*(?:a|one|our)\s+(?:citizen|constituent|reader|listener|member\s+of\s+the\s+public|student)"
    r"\s+(?:writes|wrote|asks|asked|emailed|says)(?:\s+in|\s+to\s+us)?\s*[:,]?\s*"
    r"[\"“](?P<inner_en>[^\"”]+)[\"”]\s*(?P<rest_en>.*)$",
    re.IGNORECASE,
)
_BARE_ASK = re.compile(r"^\s*(?:在哪里|哪里|什么时候|多少|哪个|哪一年|几时|什么)\s*[?？]\s*(?=\S)")
_PART_MARKER = re.compile(r"(?:^|(?<=[。？?！!；;]))\s*第[一二三四]\s*[，,、:：]\s*")
_GUESSED = re.compile(r"^\s*我(?:之前|原来|还|本来|一直)以为")
_CLAUSE = re.compile(r"[^，,。；;？?！!：:]+[，,。；;？?！!：:]*")
_SENTENCE = re.compile(r"[^。？?！!]+(?:[。？?！!]+|$)")
# "…UN Women? thinking about the angle": a question mark ends a sentence before any letter.
_EN_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|(?<=\?)\s+(?=[a-z])")
_LATIN = re.compile(r"[A-Za-z][A-Za-z'-]*")
_ASKS_ZH = re.compile(
    r"[？?]|吗|呢|什么|甚么|啥|哪|谁|几|多少|如何|怎么|怎样|是否|是不是|有没有|有无|请问|能否|可否|"
    # "是这意思不", "对吧": a confirmation asked for.
    r"对吧|对不对|是吧|[不否]\s*[。.！!～~]*\s*$|"
    # "气候算不算": an A-not-A question.
    r"(?P<verb>[\u4e00-\u9fff])不(?P=verb)"
)
_ASKS_EN = re.compile(
    r"\?|^\s*(?:what|which|who|whom|whose|when|where|why|how|does|do|did|is|are|was|were|can|"
    r"could|should|has|have|will|would)\b",
    re.IGNORECASE,
)
# A preamble goes only when the question proper names this much of the text on its own (terms
# inside a longer one, 联盟 in 各国议会联盟, are not counted apart).
SUBSTANTIVE_TERMS = 3
# A remark after the question goes when the question names this much: it was asked first.
REMARKED_TERMS = 2
# "决议说要特别帮这些国家的议会吗？": the question proper points back into the preamble.
_POINTS_BACK = re.compile(
    r"这些|那些|这类|这种|这一点|上述|前述|此类|它们|\b(?:these|those|such)\b", re.IGNORECASE
)
# "…？Need the symbol.", "…？我需要精确到日。": what the answer must give, not a remark.
_WANTED = re.compile(
    r"文号|编号|符号|日期|年份|精确到|原文|段落号|列出|列举|逐条|列明|"
    r"\b(?:symbol|date|number|wording|verbatim|list)\b",
    re.IGNORECASE,
)
# "…？就是让办事亮堂、出了事有人担着那种": the question said again in other words.
_ELABORATES = re.compile(
    r"\s*(?:就是|即|也就是|比如|例如|譬如|像是?|具体(?:来说|说|地说)|换句话说|意思是|\bi\.e\.|\be\.g\.|"
    r"\bthat\s+is\b|\bfor\s+example\b|\blike\b)",
    re.IGNORECASE,
)
# Words every question about a resolution has; they make no question substantive.
_GENERIC = frozenset({"决议", "本决议", "大会", "段落", "文件", "resolution"})


def asks(text: str) -> bool:
    """Whether a piece of a message asks something (a question word, a question mark, a
    confirmation sought).

    :param text: A sentence or clause.
    :returns: True when it asks.
    """
    return bool(_ASKS_ZH.search(text) or _ASKS_EN.search(text))


def _blank_word(m: re.Match[str]) -> str:
    if m.group("before"):
        return "第几" + (m.group("year") or "")
    if m.group("at"):
        return m.group("at") + "哪里"
    return "哪一年" if m.group("year") else "什么"


def _as_plain_question(question: str) -> str:
    """A question without a live blog's decorations and an exam item's form (blanks become
    question words)."""
    question = _EMOJI.sub("", question)
    question = _HASH.sub("", _TRAILING_TAGS.sub("", question))
    question = _ARROW.sub("，", question)
    return _BLANK.sub(_blank_word, _ITEM_KIND.sub("", question))


def question_proper(question: str, text_terms: Callable[[str], Set[str]]) -> str:
    """A question without the reader's purpose clauses and without a declarative preamble,
    when what is left still asks and names the text's words on its own.

    :param question: The question.
    :param text_terms: The terms of a piece of the question that the text has.
    :returns: The question proper; the question itself when nothing is set aside.
    """

    def named(part: str) -> set[str]:
        return set(text_terms(part)) - _GENERIC

    question = _as_plain_question(question)
    relayed = _RELAYED.match(question)
    if relayed:
        inner = relayed.group("inner") or relayed.group("inner_en")
        rest = relayed.group("rest") or relayed.group("rest_en") or ""
        # "请问决议怎么说？", "麻烦查一下决议": what follows names nothing of its own.
        question = rest if named(rest) else inner
    bare = _BARE_ASK.match(question)
    if bare and asks(question[bare.end() :]):
        # "¿Y dónde? 那次大会在哪儿开呢？": a question word alone, asked again in full after it.
        question = question[bare.end() :]
    background = _BACKGROUND.match(question)
    if background and asks(question[background.end() :]):
        question = question[background.end() :]
    question = _PART_MARKER.sub("", question)
    options = _OPTIONS.search(question)
    if options and named(question[: options.start()]):
        # The options are guesses (one about a budget the text never gives); the stem asks.
        question = question[: options.start()].rstrip()
    while (filler := _FILLER.match(question)) and asks(question[filler.end() :]):
        question = question[filler.end() :]
    question = _without_courtesies(_LIST_MARKER.sub("", question, count=1))

    clauses = _CLAUSE.findall(question)
    # A clause naming a paragraph (``我想引用执行部分第7段``) names what is asked about.
    # English words in it are the glossary's guesses ("briefing note": 注意到), not the text's.
    purposes = [
        c
        for c in clauses
        if _PURPOSE.search(c)
        and not named(_PURPOSE.sub(" ", _LATIN.sub(" ", c)))
        and not find_references(c)
    ]
    if purposes:
        rest = "".join(c for c in clauses if c not in purposes).strip()
        if asks(rest):
            question = rest
    if has_chinese(question):
        sentences = [s for s in _SENTENCE.findall(question) if s.strip()]
    else:
        sentences = [s for s in _EN_SENTENCE.split(question) if s.strip()]
    # "…是哪一年的？我想知道…，那时候残障议题还不在视野里吧": a remark after the question.
    last = max((i for i, sentence in enumerate(sentences) if asks(sentence)), default=-1)
    trailing = sentences[last + 1 :] if last >= 0 else []
    if trailing and all(_GUESSED.match(s) for s in trailing):
        # "那它是在哪里开呢？我之前以为是日内瓦……": the reader's old guess, not the question.
        return " ".join(s.strip() for s in sentences[: last + 1])
    remark = trailing and not any(
        find_references(s) or _WANTED.search(s) or _ELABORATES.match(s) for s in trailing
    )
    if remark:
        asked = " ".join(s.strip() for s in sentences[: last + 1])
        if _substantive(named(asked), REMARKED_TERMS) and not _POINTS_BACK.search(
            " ".join(trailing)
        ):
            question = asked
            sentences = sentences[: last + 1]
    lead = 0
    while lead < len(sentences) - 1 and not asks(sentences[lead]):
        lead += 1
    if lead and not any(find_references(s) for s in sentences[:lead]):
        rest = " ".join(s.strip() for s in sentences[lead:])
        if _substantive(named(rest)) and not _POINTS_BACK.search(rest):
            return rest
    return question


def _without_courtesies(question: str) -> str:
    if has_chinese(question):
        kept = "".join(c for c in _CLAUSE.findall(question) if not _COURTESY_ZH.match(c))
        return kept.strip() if asks(kept) else question
    question = _COURTESY_EN_TAIL.sub("", question)
    lead = _COURTESY_EN_LEAD.match(question)
    return question[lead.end() :] if lead else question


def _substantive(terms: set[str], least: int = SUBSTANTIVE_TERMS) -> bool:
    distinct = [t for t in terms if not any(t != o and t in o for o in terms)]
    return len(distinct) >= least
