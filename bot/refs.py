"""Direct references in a question: ``第15段``, ``序言部分第四段``, ``脚注5``, ``OP12``, ``PP4``.

A reference is answered by looking the unit up, before any retrieval: it is exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.labels import label
from index.document import Document, Unit

RefKind = Literal["operative", "preambular", "footnote", "paragraph"]

_ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ZH_UNITS = {"十": 10, "百": 100}
_NUM = r"[0-9０-９]+|[零〇一二两三四五六七八九十百]+"
_OP = r"执行部分|执行段落|执行段|执行"
_PP = r"序言部分|序言段落|序言段|序言"
# A reference that follows "第68/6号决议" is about that other resolution, not this one.
_OTHER_DOC_BEFORE = re.compile(
    r"(号决议的?|resolution\s+[\d/]+|\d+\s*/\s*\d+)\s*[,，、]?\s*$|"
    # "秘书长报告第3段", "A/68/827报告里第3段": a paragraph of the report the text cites.
    r"(?:报告|report)\s*(?:里面?|中|内|的)?\s*$|"
    # "第57/32号决议执行部分共几段，第1段原文是什么": a part of that resolution, then its paragraph.
    r"号决议的?\s*(?:执行部分|序言部分|正文)[^。？?！!]{0,10}$|"
    # "57/32号决议一共有几段 它执行部分第二段": its paragraph, by a pronoun.
    r"号决议[^。？?！!]{0,12}?(?:它|其)的?\s*(?:执行部分|序言部分|正文)?\s*$",
    re.IGNORECASE,
)

_ZH_PARA = re.compile(
    rf"(?:(?P<part>{_OP}|{_PP})\s*的?\s*)?第\s*(?P<num>{_NUM})\s*(?P<unit>段|个?段落|条|项|款)?"
    r"(?:\s*[(（](?P<item>[a-z])[)）]\s*项?)?",
    re.IGNORECASE,
)
# Negotiators' shorthand: ``执行段15``, ``序言段3``, ``第1执行段``.
# "执行部分16段里": the part's sixteen paragraphs, not its sixteenth.
_ZH_PART_FIRST = re.compile(
    rf"(?P<part>执行段落?|执行部分|序言段落?|序言部分)\s*(?P<num>{_NUM})\s*"
    r"(?!年|届|号|次|个|/|月|日|[0-9]|段落?\s*(?:里|中|当中|之中))"
)
# Phone shorthand: "执行14段说啥", "序言7段".
_ZH_PART_SHORT = re.compile(
    rf"(?P<part>执行|序言)\s*(?P<num>{_NUM})\s*段(?!落?\s*(?:里|中|当中|之中))"
)
_ZH_PART_AFTER = re.compile(rf"第\s*(?P<num>{_NUM})\s*个?(?P<part>执行|序言)(?:部分)?段落?")
# "第7段序言部分": the part named after the paragraph.
_ZH_PART_AFTER_PARA = re.compile(
    rf"第\s*(?P<num>{_NUM})\s*(?:段落?|条)\s*[(（]?\s*(?P<part>执行|序言)部分"
)
_NUMBER_AFTER_DUAN = re.compile(
    rf"(?:^|(?<=[\s，,。？?：:；;、]))段第(?P<num>{_NUM})(?![段届次号个年句条项行点])"
)
# A terse "那16段呢": an Arabic number right before 段, with no 第 and nothing numbered before it.
_ZH_BARE = re.compile(
    r"(?:^|(?<=[\s，,。？?：:；;、那和与及或]))(?P<num>[0-9０-９]{1,2})\s*段(?![落0-9]|\s*(?:里|中|当中|之中))"
)
_ZH_FOOTNOTE = re.compile(rf"脚注\s*第?\s*(?P<num>{_NUM})|第\s*(?P<num2>{_NUM})\s*个?脚注")
# ASCII word edges: Python's \b sees no edge between a Chinese character and a Latin letter.
_L = r"(?<![A-Za-z0-9])"
_R = r"(?![A-Za-z0-9])"
_EN_PARA = re.compile(
    _L + r"(?:(?P<part>operative|preambular|preamble)\s+)?(?:paragraph|para\.?|§)\s*(?P<num>\d+)"
    r"(?:\s*\(?(?P<item>[a-z])\))?",
    re.IGNORECASE,
)
_EN_SHORT = re.compile(_L + r"(?P<part>OP|PP)\s*-?\s*(?P<num>\d+)" + _R, re.IGNORECASE)
_EN_FOOTNOTE = re.compile(_L + r"(?:footnote|fn\.?)\s*(?P<num>\d+)" + _R, re.IGNORECASE)
# "footnotes 3 and 4", "operative paragraphs 5, 6 and 7": each number is a reference.
_EN_PLURAL = re.compile(
    _L
    + r"(?:(?P<part>operative|preambular|preamble)\s+)?(?P<unit>footnotes|paragraphs|paras\.?)\s*"
    r"(?P<nums>\d+(?:\s*(?:,|&|and)\s*\d+)+)" + _R,
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
# Positions instead of numbers: "最后一段", "倒数第二段", "the last operative paragraph",
# "the first preambular paragraph". Counted from the end as negative numbers.
_ZH_LAST = re.compile(
    rf"(?:(?P<part>{_OP}|{_PP})\s*的?\s*)?(?:最后(?:一)?|倒数第\s*(?P<num>{_NUM}))\s*"
    r"(?:个)?\s*(?P<unit>段落|段|脚注)"
)
_EN_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "last": -1,
    "final": -1,
    "penultimate": -2,
}
_EN_ORDINAL = re.compile(
    _L + rf"(?P<ord>{'|'.join(_EN_ORDINALS)})\s+(?:(?P<part>operative|preambular|preamble)\s+)?"
    r"(?P<unit>paragraph|para\.?|footnote)" + _R,
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reference:
    """A paragraph or footnote named in a question.

    :param kind: ``operative``, ``preambular``, ``footnote``, or ``paragraph`` when the part is
        not said (resolved to the operative paragraph when it exists).
    :param number: The printed number; negative counts from the end (``-1``: the last).
    :param item: Sub-paragraph letter, if named.
    :param start: Offset of the reference in the question (keeps references in question order).
    :param text: The words of the question that named it.
    """

    kind: RefKind
    number: int
    item: str | None = None
    start: int = 0
    text: str = ""


def parse_number(raw: str) -> int | None:
    """An Arabic, full-width or Chinese numeral as an int.

    :param raw: ``"15"``, ``"１５"``, ``"十五"``, ``"二十三"``, ``"一百零二"``.
    :returns: The value, or ``None`` when it is not a numeral.
    """
    raw = raw.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if not raw:
        return None
    if raw.isdigit():
        return int(raw)
    total, current = 0, 0
    for char in raw:
        if char in _ZH_DIGITS:
            current = current * 10 + _ZH_DIGITS[char] if current else _ZH_DIGITS[char]
        elif char in _ZH_UNITS:
            total += (current or 1) * _ZH_UNITS[char]
            current = 0
        else:
            return None
    return total + current


_SECTION = re.compile(
    rf"(?P<pp>{_PP}|\bpreamble\b|\bpreambular\b)|"
    rf"(?P<op>{_OP}|\boperative\s+(?:part|section|paragraphs)\b|"
    # "Which operative paragraph deals with UN Women?": one of the part's, not a numbered one.
    r"\b(?:which|what)\s+operative\s+(?:paragraph|para|clause)\b)",
    re.IGNORECASE,
)


_COMPARED = re.compile(r"\s*(?:相比|相较|比较|而言)")
# "除了序言那段，执行部分哪里还提到它？": the part set aside is not the one asked about.
_EXCEPT = re.compile(r"除了?\s*$")


def section_named(question: str) -> Literal["preambular", "operative", ""]:
    """The part of the resolution a question limits itself to, without naming a paragraph.

    :param question: The question (one with a paragraph reference is answered directly).
    :returns: ``preambular`` (序言部分, the preamble), ``operative`` (执行部分), or ``""``.
    """
    # "除了序言那段以外还在哪儿出现？": the part set aside is not the one asked about.
    named = [m for m in _SECTION.finditer(question) if not _EXCEPT.search(question[: m.start()])]
    # "和序言部分相比，执行部分…": nor is the part compared with.
    asked = [m for m in named if not _COMPARED.match(question, m.end())] or named
    if not asked:
        return ""
    return "preambular" if asked[0].group("pp") else "operative"


_STEP = re.compile(
    r"(?P<back>前一段|上一段|前面一段|前面那段|前一个脚注|上一个脚注|"
    r"\b(?:previous|preceding)\s+(?:paragraph|para|footnote|one)\b|"
    r"\b(?:paragraph|para|footnote|one)\s+(?:right\s+|just\s+|immediately\s+)?before\b)|"
    r"(?P<on>下一段|后一段|后面一段|后面那段|下一个脚注|"
    r"\b(?:next|following)\s+(?:paragraph|para|footnote|one)\b|"
    r"\b(?:paragraph|para|footnote|one)\s+(?:right\s+|just\s+|immediately\s+)?after\b)",
    re.IGNORECASE,
)


def relative_step(question: str) -> int:
    """A step from the paragraph just discussed (``那前一段呢？``, "and the next paragraph?").

    :param question: The question.
    :returns: ``-1`` (previous), ``1`` (next), or ``0`` when it names no neighbour.
    """
    m = _STEP.search(question)
    if m is None:
        return 0
    return -1 if m.group("back") else 1


# "除了这一段，还有哪几段…" asks for the others.
_SAME = re.compile(
    r"(?<!除了)(?<!除)(?:这一?段|该段|本段|此段|这个段落|同一段|那一段)(?!时|历史|日子)|"
    r"(?<!than )(?<!besides )(?<!except )\b(?:this|that|the\s+same)\s+paragraph\b",
    re.IGNORECASE,
)


# "除了序言里那一段之外…": set aside, even with words between.
_BESIDES = re.compile(r"除|\b(?:except|besides|other\s+than)\b", re.IGNORECASE)


def same_paragraph(question: str) -> bool:
    """Whether a question points at the paragraph just discussed (``这一段…``, "that paragraph").

    :param question: The question.
    :returns: True when it does.
    """
    for found in _SAME.finditer(question):
        start = max((question.rfind(p, 0, found.start()) for p in "，,。？?！!；;"), default=-1)
        if not _BESIDES.search(question[start + 1 : found.start()]):
            return True
    return False


# "那4呢", "6呢？": a number alone, of the same kind as the unit just discussed.
_NUMBER_ALONE = re.compile(
    # "那第13项呢" after 执行部分第12项: an item of the same part.
    rf"^\s*(?:那么?|还有|and|what\s+about)?\s*第?\s*(?P<num>{_NUM})\s*(?:项|款|条)?\s*(?:呢|吗)?\s*"
    r"[？?]?\s*$",
    re.IGNORECASE,
)


def number_alone(question: str) -> int | None:
    """The number of a question that is a number alone (``那4呢？``), which follows on from the
    unit just discussed.

    :param question: The question.
    :returns: The number, or None.
    """
    m = _NUMBER_ALONE.match(question)
    return parse_number(m.group("num")) if m else None


def neighbour(unit: Unit, step: int) -> Reference | None:
    """The reference to the paragraph (or footnote) ``step`` places from a unit, in its part.

    :param unit: The unit discussed.
    :param step: ``-1``, ``1``, or ``0`` for the unit itself.
    :returns: The reference, or None when the unit has no number (title, adoption) or the
        step leaves the part's start.
    """
    number = (unit.number or 0) + step
    if unit.kind not in ("preambular", "operative", "footnote") or number < 1:
        return None
    kind: RefKind = unit.kind
    return Reference(kind, number)


def _part(raw: str | None) -> RefKind:
    if not raw:
        return "paragraph"
    low = raw.lower()
    if low.startswith(("执行", "operative", "op")):
        return "operative"
    return "preambular"


def _about_other_document(question: str, start: int) -> bool:
    return bool(_OTHER_DOC_BEFORE.search(question[max(0, start - 30) : start]))


_INSTRUMENT_BEFORE = re.compile(
    r"协定|公约|条约|宪章|议定书|\b(?:acuerdo|accordo|acordo|agreement|charter|treaty|articulos?|articles?)\b",
    re.IGNORECASE,
)
# "第十二段 不对 第十三段": the reader takes the first reference back.
_CORRECTED = re.compile(
    r"不对|哦不|噢不|我是说|说错了|口误|更正|\b(?:sorry|I\s+mean|correction)\b", re.IGNORECASE
)


def find_references(question: str) -> list[Reference]:
    """All paragraph and footnote references in a question, in the order they appear.

    A bare ``第N段`` needs the ``段`` (``第四届`` is not a reference); with a part name
    (``执行部分第3``) it may be left out.

    :param question: The question, any language.
    :returns: References; empty when there are none.
    """
    # "段第二执行部分" (a learner's word order) is 第二段: same length, so spans stay put.
    question = _NUMBER_AFTER_DUAN.sub(lambda m: f"第{m.group('num')}段", question)
    found: list[Reference] = []
    taken: list[tuple[int, int]] = []

    def add(kind: RefKind, num: str | int, match: re.Match[str], item: str | None = None) -> None:
        number = num if isinstance(num, int) else parse_number(num)
        span = match.span()
        if not number or any(a < span[1] and span[0] < b for a, b in taken):
            return
        if _about_other_document(question, span[0]):
            return
        taken.append(span)
        item_value = item.lower() if item else None
        found.append(Reference(kind, number, item_value, span[0], match.group(0)))

    for m in _ZH_LAST.finditer(question):
        counted = parse_number(m.group("num")) if m.group("num") else 1
        kind = "footnote" if m.group("unit") == "脚注" else _part(m.group("part"))
        add(kind, -(counted or 0), m)
    for m in _EN_ORDINAL.finditer(question):
        kind = "footnote" if m.group("unit").lower() == "footnote" else _part(m.group("part"))
        add(kind, _EN_ORDINALS[m.group("ord").lower()], m)
    for m in _ZH_FOOTNOTE.finditer(question):
        add("footnote", m.group("num") or m.group("num2"), m)
    for m in _ZH_PART_AFTER_PARA.finditer(question):
        add(_part(m.group("part")), m.group("num"), m)
    for m in _ZH_PARA.finditer(question):
        if m.group("unit") or m.group("part"):
            # "第三项" alone is ambiguous enough to skip; with 段 or a part name it is a paragraph.
            if m.group("unit") in ("项", "款") and not m.group("part"):
                continue
            # "1996 年那个协定里面有几条，第一条说什么": an article of the agreement named before.
            article = m.group("unit") == "条" and not m.group("part")
            if article and _INSTRUMENT_BEFORE.search(question[: m.start()]):
                continue
            add(_part(m.group("part")), m.group("num"), m, m.group("item"))
    for m in _ZH_BARE.finditer(question):
        add("paragraph", m.group("num"), m)
    for pattern in (_ZH_PART_AFTER, _ZH_PART_FIRST, _ZH_PART_SHORT):
        for m in pattern.finditer(question):
            add(_part(m.group("part")), m.group("num"), m)
    for m in _EN_PLURAL.finditer(question):
        unit = m.group("unit").lower()
        kind = "footnote" if unit == "footnotes" else _part(m.group("part"))
        for each in _DIGITS.finditer(question, m.start("nums"), m.end("nums")):
            add(kind, each.group(0), each)
    for m in _EN_FOOTNOTE.finditer(question):
        add("footnote", m.group("num"), m)
    for m in _EN_PARA.finditer(question):
        add(_part(m.group("part")), m.group("num"), m, m.group("item"))
    for m in _EN_SHORT.finditer(question):
        add(_part(m.group("part")), m.group("num"), m)
    refs = sorted(found, key=lambda r: r.start)
    # "第十二段 不对 第十三段讲的是啥": the reader corrects the first reference.
    for m in reversed(list(_CORRECTED.finditer(question))):
        after = [r for r in refs if r.start >= m.end()]
        if after and any(r.start < m.start() for r in refs):
            return after
    return refs


# "除了第10段，还有哪些段落…": a paragraph set aside, not asked about.
_ASIDE_BEFORE = re.compile(
    r"(?:除了?|除开|除去)\s*$|\b(?:besides|except(?:\s+for)?|other\s+than|apart\s+from)\s+$",
    re.IGNORECASE,
)
# "注意别和序言第7段里…搞混": a paragraph not to be confused with the one asked about.
_NOT_CONFUSED_BEFORE = re.compile(
    r"(?:别|不要|勿|莫)(?:和|跟|与|同|把)\s*$|\bnot\s+to\s+be\s+confused\s+with\s+$", re.IGNORECASE
)
_ASIDE_AFTER = re.compile(r"^\s*(?:的)?(?:以外|之外)")
_MORE_ASKED = re.compile(
    r"还有|别的|其他|其它|其余|哪些|哪几|\b(?:other|else|more|which)\b", re.IGNORECASE
)


def set_aside(question: str, refs: list[Reference]) -> list[Reference]:
    """The references a request for more paragraphs sets aside (``除了第10段，还有哪些段落
    涉及妇女？``, "besides OP 10, which paragraphs…"), and those the reader warns against
    confusing with the answer (``注意别和序言第7段搞混``).

    :param question: The question.
    :param refs: Its references, from :func:`find_references`.
    :returns: Those set aside; none when the question does not ask for others.
    """
    not_confused = [ref for ref in refs if _NOT_CONFUSED_BEFORE.search(question[: ref.start])]
    if not _MORE_ASKED.search(question):
        return not_confused
    return [
        ref
        for ref in refs
        if ref in not_confused
        or _ASIDE_BEFORE.search(question[: ref.start])
        or _ASIDE_AFTER.search(question[ref.start + len(ref.text) :])
    ]


def without(question: str, refs: list[Reference]) -> str:
    """The question with the words naming some references blanked out (their numbers name no
    topic).

    :param question: The question.
    :param refs: References found in it.
    :returns: The question, the same length.
    """
    for ref in refs:
        question = (
            question[: ref.start] + " " * len(ref.text) + question[ref.start + len(ref.text) :]
        )
    return question


def resolve(ref: Reference, document: Document) -> Unit | None:
    """The unit a reference names in a document.

    :param ref: A reference from :func:`find_references`.
    :param document: The resolution.
    :returns: The unit, or ``None`` when the document has no such paragraph or footnote.
    """
    kinds: tuple[str, ...] = ("operative", "preambular") if ref.kind == "paragraph" else (ref.kind,)
    if ref.number < 0:
        # The last paragraph of a resolution is its last operative one.
        for kind in kinds:
            numbered = [u for u in document.units if u.kind == kind and u.item is None and u.number]
            if numbered:
                ordered = sorted(numbered, key=lambda u: u.number or 0)
                return ordered[ref.number] if -ref.number <= len(ordered) else None
        return None
    for kind in kinds:
        for unit in document.units:
            if unit.kind == kind and unit.number == ref.number and unit.item == ref.item:
                return unit
        if ref.item is None:
            continue
        # A sub-item that does not exist falls back to its paragraph rather than to nothing.
        for unit in document.units:
            if unit.kind == kind and unit.number == ref.number and unit.item is None:
                return unit
    return None


def describe(ref: Reference, lang: str) -> str:
    """How to name a reference that does not resolve, in the answer's language.

    :param ref: The reference.
    :param lang: ``"zh"`` or ``"en"``.
    :returns: E.g. ``执行部分第40段`` / ``operative paragraph 40``.
    """
    item = f"({ref.item})" if ref.item else ""
    if ref.number < 0:
        return label(f"ref_{ref.kind}_from_end", lang, n=-ref.number, item=item)
    return label(f"ref_{ref.kind}", lang, n=ref.number, item=item)
