"""Messages that are not questions about the text: thanks and plans with nothing asked
(``非常感谢您的帮助！我们下周还要准备一份简报。``) and requests for a service the bot does not give
(``周五开会你能提醒我一下吗``, ``能否提供本决议的法文本``). Their words may be the text's, but
nothing in it answers them."""

from __future__ import annotations

import re

from bot.asides import asks

# Thanks or an acknowledgement opening the message, up to its first break.
_THANKS = re.compile(
    r"^\s*(?:好的|好|嗯+|OK|ok|收到|明白了?|了解了?)?\s*[，,~～]?\s*"
    r"(?:非常|十分|万分|多)?(?:感谢|谢谢|多谢|谢了|辛苦了?)[^，,。.！!？?~～]{0,12}[，,。.！!~～]+\s*|"
    r"^\s*(?:thanks?|thank\s+you|many\s+thanks|cheers)\b[^.!?,]{0,30}[.!,]+\s*",
    re.IGNORECASE,
)
# A service asked of the bot: reminders, sending, booking, another language version.
_SERVICE = re.compile(
    # "周五开会你能提醒我一下吗" is a reminder; "提醒我第5段说了什么" asks the text.
    r"(?:周[一二三四五六日天末]|星期|明天|后天|下周|下星期|到时候?|\d+\s*点)[^？?。]{0,40}提醒|"
    r"提醒[^？?。]{0,40}(?:周[一二三四五六日天末]|星期|明天|后天|下周|下星期|到时候?|\d+\s*点)|"
    r"帮我(?:订|预约|预定|转发|安排|打印|设)|"
    # Writing for the reader: a speech, a letter, a brief of their own.
    r"(?:帮|替|给)(?:我|我们)\s*(?:写|起草|拟|撰写|draft|write)\s*(?:一篇|一份|一个|篇|份)?[^？?。]{0,20}"
    r"(?:讲话|发言|致辞|演讲|讲稿|speech|remarks|statement|稿|信|函|邮件|简报|报告|文章|新闻稿)|"
    r"\b(?:write|draft)\s+(?:me\s+)?(?:a|an|my|our)\s+(?:\w+\s+)?(?:speech|letter|email|statement|"
    r"brief|article|press\s+release)\b|"
    r"(?:提供|发|给|传)\S{0,10}(?:法文|英文|西班牙文|西文|俄文|阿拉伯文|阿文|其他语文|其他语言|其它语言)"
    r"(?:本|版本|文本|版)|(?:提供|发|给|传)\S{0,10}(?:PDF|pdf|下载链接|链接|扫描件)|"
    r"(?:PDF|pdf|下载链接|链接|扫描件|原件)\S{0,4}(?:发|传|寄)给?(?:我|我们)|"
    # "Remind me on Friday" is a reminder; "remind me which resolution…" asks the text.
    r"\bremind\s+(?:me|us)\b(?=[^.?!]{0,40}\b(?:today|tonight|tomorrow|next\s+week|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|in\s+an?\s+hour|at\s+\d)\b)|"
    r"\b(?:send|email|e-mail|forward)\s+(?:me|us)\b|"
    r"\b(?:french|spanish|russian|arabic)\s+(?:version|text)\b|\bversion\s+(?:francaise|espanola)\b",
    re.IGNORECASE,
)
# Chat about the world or the bot: the weather, the bot's own opinion ("你觉得这种决议有啥用").
_CHAT = re.compile(
    r"天气(?:怎么样|如何|好吗)|\bweather\b|"
    # Where to eat or stay near the venue: a guide's question, not the text's.
    r"餐厅|饭馆|饭店|酒店|宾馆|好吃的|\b(?:restaurants?|hotels?|cafes?|caf\u00e9s?)\b|"
    r"(?:你|您)(?:个人)?(?:觉得|认为|怎么看)[^？?。]{0,20}(?:有什么用|有啥用|有用吗|没用|有意义吗|空话|辞令|靠谱|管用)|"
    r"\b(?:do\s+you\s+(?:think|believe)|in\s+your\s+(?:opinion|view))\b[^?.!]{0,40}"
    r"\b(?:useful|pointless|meaningless|worth|matter)\w*",
    re.IGNORECASE,
)


def is_small_talk(question: str) -> bool:
    """Whether a message asks nothing of the text: thanks and what the reader will do, with no
    question in it, a request for a service other than answering from the text, or chat about
    the weather or the bot's own opinion.

    :param question: The message.
    :returns: True when no unit of the text can answer it.
    """
    if _SERVICE.search(question) or _CHAT.search(question):
        return True
    thanks = _THANKS.match(question)
    if thanks is None:
        return False
    return not asks(question[thanks.end() :])
