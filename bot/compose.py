"""Extractive answers: the answering clause quoted with its label, then the cited units in full.

No language model: every word of a quote is cut out of the unit it cites, so a citation can
never put words in the resolution's mouth (the invariant the tests check).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Literal

from bot.answer import Citation, FootnoteRef
from bot.labels import ELLIPSIS, label
from index.document import Document, Unit

Want = Literal["year", "date", "number", "place", "reason"]

_CLAUSE_END = re.compile(r"[，；。：;:,！？!?]")
_YEAR_Q = re.compile(
    r"哪一年|哪年|何年|几几年|\bwhat\s+year\b|\bwhich\s+year\b|\bin\s+what\s+year\b", re.IGNORECASE
)
_DATE_Q = re.compile(r"何时|什么时候|哪天|哪一天|日期|\bwhen\b|\bwhat\s+date\b", re.IGNORECASE)
_PLACE_Q = re.compile(r"哪里|何地|何处|在哪儿|什么地方|哪个城市|\bwhere\b", re.IGNORECASE)
_REASON_Q = re.compile(r"为什么|为何|什么目的|目的是|出于什么|\bwhy\b|\bpurpose\b", re.IGNORECASE)
_NUMBER_Q = re.compile(r"多少|几个|几次|第几|\bhow\s+many\b|\bwhich\s+number\b", re.IGNORECASE)
_HAS = {
    "year": re.compile(r"\d{4}\s*年"),
    "date": re.compile(r"\d{4}\s*年|\d{1,2}\s*月|每年|一年一度"),
    "number": re.compile(r"\d|[一二三四五六七八九十两]+[个次届项]"),
    # Where things happen: a seat or a city (the UN's usual venues).
    # A resolution gives its reasons in purpose clauses: 以/以便/以期/为了/旨在 ….
    "reason": re.compile(r"^(?:以便|以期|以|为了|旨在|使|因为)|为确认|为了"),
    "place": re.compile(
        r"总部|纽约|日内瓦|维也纳|内罗毕|曼谷|亚的斯亚贝巴|贝鲁特|圣地亚哥|在[^，；。]{1,8}举行"
    ),
}
_MIN_QUOTE = 8
_END = "。；，;,. "


def wanted(question: str) -> Want | None:
    """The kind of fact a question asks for, if it is a year, a date or a number.

    :param question: The question.
    :returns: ``"year"``, ``"date"``, ``"number"``, ``"place"``, ``"reason"`` or ``None``.
    """
    if _YEAR_Q.search(question):
        return "year"
    if _PLACE_Q.search(question):
        return "place"
    if _REASON_Q.search(question):
        return "reason"
    if _DATE_Q.search(question):
        return "date"
    if _NUMBER_Q.search(question):
        return "number"
    return None


def clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a text, split on Chinese (and Western) punctuation.

    :param text: A unit's text.
    :returns: ``(start, end)`` spans of non-blank clauses, without their punctuation.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CLAUSE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def choose_quote(
    text: str,
    terms: Sequence[str],
    idf: Callable[[str], float],
    want: Want | None = None,
) -> str:
    """The clause of a text that best answers: most IDF weight of the query terms it contains,
    a clause holding the wanted kind of fact first; earlier clauses win ties.

    :param text: The unit's text.
    :param terms: Query terms (lowercase Chinese words, numerals).
    :param idf: Weight of a term.
    :param want: Kind of fact asked for, if any.
    :returns: A substring of ``text`` (the whole text when it has no clauses).
    """
    spans = clauses(text)
    if not spans:
        return text.strip() or text
    unique = list(dict.fromkeys(t for t in terms if t))
    best: tuple[float, int] | None = None
    best_span = spans[0]
    for rank, (a, b) in enumerate(spans):
        clause = text[a:b].lower()
        score = sum(idf(t) for t in unique if t in clause)
        if want and _HAS[want].search(text[a:b]):
            score += 100.0
        key = (score, -rank)
        if best is None or key > best:
            best = key
            best_span = (a, b)
    a, b = best_span
    # A clause of a few characters says little on its own: take in the next one.
    index = spans.index(best_span)
    if b - a < _MIN_QUOTE and index + 1 < len(spans):
        b = spans[index + 1][1]
    return text[a:b]


def lead(unit_label: str, text: str, quote: str, lang: str) -> str:
    """The leading line: the quote with its label and ellipses where it is cut from more.

    :param unit_label: Label in the answer's language.
    :param text: The unit's full text.
    :param quote: The chosen clause.
    :param lang: Answer language.
    :returns: E.g. ``执行部分第5段：……在纽约联合国总部召开这次大会……``.
    """
    body = text.strip()
    before = "" if body.startswith(quote) else ELLIPSIS
    after = "" if body.rstrip(_END).endswith(quote.rstrip(_END)) else ELLIPSIS
    return label("lead", lang, label=unit_label, quote=f"{before}{quote}{after}")


def unit_label(unit: Unit, lang: str) -> str:
    """A unit's label in the answer's language.

    :param unit: The unit.
    :param lang: ``"zh"`` or ``"en"``.
    :returns: ``label`` or ``label_en``.
    """
    return unit.label if lang == "zh" or not unit.label_en else unit.label_en


def make_citation(
    document: Document, unit: Unit, lang: str, score: float, quote: str = ""
) -> Citation:
    """A citation of one unit, with the footnotes it cites (or, for a footnote, who cites it).

    :param document: The unit's document.
    :param unit: The unit.
    :param lang: Answer language (labels).
    :param score: Retrieval score in [0, 1].
    :param quote: Clause quoted from the unit; the whole text when empty or not a substring.
    :returns: The citation.
    """
    if not quote or quote not in unit.text:
        quote = unit.text.strip() or unit.text
    notes = []
    for note_id in unit.footnotes:
        note = document.get(note_id)
        if note is not None:
            notes.append(FootnoteRef(note.unit, unit_label(note, lang), note.text))
    cited_by = []
    for citing_id in unit.cited_by:
        citing = document.get(citing_id)
        if citing is not None:
            cited_by.append(unit_label(citing, lang))
    return Citation(
        doc=document.symbol,
        unit=unit.unit,
        kind=unit.kind,
        number=unit.number,
        label=unit_label(unit, lang),
        text=unit.text,
        quote=quote,
        score=max(0.0, min(1.0, score)),
        footnotes=tuple(notes),
        cited_by=tuple(cited_by),
    )


def with_citing_paragraphs(
    citations: Sequence[Citation], documents: dict[str, Document], lang: str
) -> list[Citation]:
    """Add each cited footnote's citing paragraphs (once), after the retrieved citations so
    they do not push better-ranked units down.

    :param citations: Citations, best first.
    :param documents: Documents by symbol.
    :param lang: Answer language.
    :returns: The citations with citing paragraphs added.
    """
    out = list(citations)
    seen = {(c.doc, c.unit) for c in citations}
    for citation in citations:
        if citation.kind != "footnote":
            continue
        document = documents.get(citation.doc)
        unit = document.get(citation.unit) if document else None
        if document is None or unit is None:
            continue
        for citing_id in unit.cited_by:
            citing = document.get(citing_id)
            if citing is not None and (document.symbol, citing_id) not in seen:
                seen.add((document.symbol, citing_id))
                out.append(make_citation(document, citing, lang, citation.score))
    return out


def full_text(citation: Citation, lang: str) -> str:
    """A cited unit in full, its footnotes (or citing paragraphs) under it.

    :param citation: The citation.
    :param lang: Answer language.
    :returns: Lines of text.
    """
    lines = [label("full", lang, label=citation.label, text=citation.text.strip())]
    for note in citation.footnotes:
        lines.append("  " + label("footnote_line", lang, label=note.label, text=note.text.strip()))
    if citation.cited_by:
        sep = label("list_sep", lang)
        lines.append("  " + label("cited_by", lang, labels=sep.join(citation.cited_by)))
    return "\n".join(lines)


def answer_text(
    citations: Sequence[Citation], lang: str, intro: str = "", quote_lead: bool = True
) -> str:
    """The answer: optional intro sentence, the lead quote, then every citation in full.

    :param citations: Citations, best first (at least one).
    :param lang: Answer language.
    :param intro: A framing sentence put first (metadata facts, "other paragraphs" …).
    :param quote_lead: Whether to quote the best clause first (not when the intro answers).
    :returns: The text.
    """
    parts = [intro] if intro else []
    if citations and quote_lead:
        top = citations[0]
        parts.append(lead(top.label, top.text, top.quote, lang))
        parts.append("")
    parts.extend(full_text(c, lang) for c in citations)
    return "\n".join(parts).strip()


def no_answer_text(message: str, see_also: Sequence[Citation], lang: str) -> str:
    """The no-answer reply: the message, then the closest units offered as see-also.

    :param message: Why there is no answer.
    :param see_also: Closest units.
    :param lang: Answer language.
    :returns: The text.
    """
    lines = [message]
    if see_also:
        lines.append(label("see_also", lang))
        lines.extend(f"- {lead(c.label, c.text, c.quote, lang)}" for c in see_also)
    return "\n".join(lines)
