"""Which part of a resolution a question leans towards, from how it asks.

A resolution's preamble records and recalls (回顾, 注意到, 欢迎 what has been done); its operative
part asks for action (鼓励, 呼吁, 建议 what should be done). Many topics sit in both (the annual
hearing is welcomed in the preamble and to be improved in the operative part), so a question
asking what should happen leans operative and one asking what happened or why leans preambular.
"""

from __future__ import annotations

import re
from typing import Literal

Leaning = Literal["operative", "preambular", ""]

_OPERATIVE = re.compile(
    r"希望|要求|建议|应该|应当|该怎么|该如何|该不该|要不要|打算|计划|以后|今后|将来|未来|"
    r"下一(?:次|届|步)|还要|得出|改进|改善|加强|鼓励|呼吁|敦促|吁请|促请|号召|怎么做|做什么|该做|"
    r"需要做|怎样才能|怎么才能|要一起|要共同|要合作|要协作|一起做|一起干|一起管|请它|被邀请|"
    # "让哪个联合国机构跟议联一起管？": whom the resolution asks to act.
    r"让(?:哪|谁)|请(?:哪|谁)|点名让|牵头|"
    r"\bshould\b|\brecommend\w*|\bencourag\w*|\bcall(?:s|ed)?\s+(?:on|upon|for)\b|"
    r"\bask(?:s|ed|ing)?\b|\bexpected\s+to\b|\bwants?\b|\bwill\b|\bnext\b|\bfuture\b|\bplan\w*|\burge\w*",
    re.IGNORECASE | re.ASCII,
)
_PREAMBULAR = re.compile(
    r"回顾|之前|以前|过去|当年|曾经|此前|早在|举行过|开过|签过|发表的|赞赏|认可|肯定|注意到|认识到|"
    r"考虑到|奠定|基础|依据|背景|为什么|原因|世纪之交|"
    r"\brecall\w*|\bnot(?:e|es|ed)\b|\brecogni\w*|\bprevious\w*|\bearlier\b|\bpast\b|"
    r"\bbackground\b|\bwhy\b|\bbasis\b|\bfoundation\b",
    re.IGNORECASE | re.ASCII,
)


def leaning(question: str) -> Leaning:
    """The part of the resolution a question leans towards.

    :param question: The question.
    :returns: ``operative`` (what should be done), ``preambular`` (what was done, why), or
        ``""`` when it asks neither way or both.
    """
    ahead = bool(_OPERATIVE.search(question))
    behind = bool(_PREAMBULAR.search(question))
    if ahead == behind:
        return ""
    return "operative" if ahead else "preambular"
