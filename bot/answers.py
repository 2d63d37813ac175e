"""Answers of each kind, built from units and retrieval results: direct references, follow-ups
to them, footnotes, metadata, ranked passages, lists of mentions, and no-answer with see-also.

The bot decides which kind a question needs; :class:`AnswerBuilder` composes it with citations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot import metadata
from bot.answer import Answer, Citation
from bot.answertype import asked_type, holds
from bot.compose import (
    answer_text,
    choose_quote,
    make_citation,
    no_answer_text,
    wanted,
    with_citing_paragraphs,
)
from bot.labels import label
from bot.refs import Reference, describe, resolve
from bot.retrieve import Retrieval, Retriever
from index.document import METADATA_KINDS, Document, Unit

Key = tuple[str, str]
_LIST_MAX = 12
# A word a quarter of the units contain (``联合国``) names no topic beside a rarer one.
_GENERIC_SHARE = 1 / 4
# "在正文哪些段落有提及？": the paragraphs first, their footnotes after.
_ASKS_PARAGRAPHS = re.compile(
    r"正文|哪些?段|哪几段|哪一段|哪段|\bwhich\s+paragraphs?\b|\bwhat\s+paragraphs?\b", re.I
)
_SEE_ALSO = 3
# Asking for a paragraph's own words: shown even when it lacks the fact asked about.
_WORDING = re.compile(
    r"原文|原话|怎么写的|怎么说的|原文怎么说|怎么表述|措辞|\bwording\b|\bexact\s+words\b|\bverbatim\b",
    re.IGNORECASE | re.ASCII,
)
# "第13段的内容概括一下，尤其是点名了哪些国家": its content is asked for as well.
_CONTENT_ASKED = re.compile(
    r"内容|概括|概述|讲了?什么|说了?什么|讲的是什么|说的是什么|讲的啥|说的啥|"
    r"\bsummar(?:y|ise|ize)\b|\bwhat\s+does\s+it\s+say\b",
    re.IGNORECASE | re.ASCII,
)
# A unit is cited after the best one only if its fused score reaches this share of the best's.
RELATED_MIN = 0.6
# Units that are not paragraphs are only cited by metadata answers or by their own reference.
NOT_CONTENT = METADATA_KINDS


def _describing(question: str, terms: Sequence[str], units: Callable[[str], int]) -> set[str]:
    """Terms that only describe a rarer term of the question (``每年在联合国开的议会听证会``:
    每年 and 联合国 describe 议会听证会), so paragraphs with them alone are not listed; a rare
    word before a common one (``联合国系统的各组织``) is the topic itself."""
    described: set[str] = set()
    for head in terms:
        # "…的国会听证会": a word of the question's own may stand between 的 and the term.
        for match in re.finditer("的[^，,。？?！!；;：:的]{0,4}?" + re.escape(head), question):
            start = max(question.rfind(p, 0, match.start()) for p in "，,。？?！!；;：:") + 1
            before = question[start : match.start()]
            described |= {
                t
                for t in terms
                if t != head and t in before and t not in head and units(head) <= 2 * units(t)
            }
    return described


@dataclass(frozen=True)
class Turn:
    """One answered question, as later follow-ups need it.

    :param answer: The answer.
    :param query: The text that was searched (the question with any follow-up context).
    :param focus: The units the answer is about, main one first.
    :param direct: The question named its units (a reference).
    :param meta: The question was about the resolution itself (date, symbol, title).
    :param main: How many of ``focus`` answer the question, the rest being related units shown
        after them; 0 when all do.
    """

    answer: Answer
    query: str
    focus: tuple[Key, ...]
    direct: bool = False
    meta: bool = False
    main: int = 0

    @property
    def answered_with(self) -> tuple[Key, ...]:
        """The units that answered the question, without the related ones shown after them."""
        return self.focus[: self.main] if self.main else self.focus


class AnswerBuilder:
    """Composes answers over one index version's retriever.

    :param retriever: The retriever (its documents and units are cited).
    """

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever

    def quote(self, unit: Unit, terms: Sequence[str], question: str) -> str:
        """The clause of a unit that answers the question (see :func:`choose_quote`)."""
        return choose_quote(unit.text, terms, self.retriever.lexical.idf, wanted(question))

    def _terms(self, question: str) -> list[str]:
        return self.retriever.query_terms(question)[0]

    def _cited(
        self,
        question: str,
        citations: Sequence[Citation],
        lang: str,
        kind: str,
        intro: str = "",
        **extra: object,
    ) -> Answer:
        """An answer quoting its citations (best first) after an optional introduction."""
        return Answer(
            question,
            answer_text(list(citations), lang, intro),
            False,
            tuple(citations),
            lang=lang,
            extra={"kind": kind, **extra},
        )

    def direct(
        self,
        document: Document,
        question: str,
        refs: Sequence[Reference],
        lang: str,
    ) -> Turn:
        """Paragraphs and footnotes the question names (``第15段``, ``footnote 2``)."""
        terms = self._terms(question)
        citations: list[Citation] = []
        missing: list[str] = []
        for ref in refs:
            unit = resolve(ref, document)
            if unit is None:
                missing.append(describe(ref, lang))
                continue
            if any(c.unit == unit.unit for c in citations):
                continue
            quote = self.quote(unit, terms, question)
            citations.append(make_citation(document, unit, lang, 1.0, quote))
        sep = label("list_sep", lang)
        intro = label("no_such_unit", lang, ref=sep.join(missing)) if missing else ""
        if not citations:
            answer = Answer(question, intro, True, lang=lang, extra={"kind": "reference"})
            return Turn(answer, question, (), direct=True)
        lacking = self._lacks_fact(document, question, terms, citations, lang)
        if lacking is not None:
            return lacking
        citations = with_citing_paragraphs(citations, {document.symbol: document}, lang)
        answer = self._cited(question, citations, lang, "reference", intro)
        focus = tuple((c.doc, c.unit) for c in citations)
        return Turn(answer, question, focus, direct=True)

    def _lacks_fact(
        self,
        document: Document,
        question: str,
        terms: Sequence[str],
        citations: Sequence[Citation],
        lang: str,
    ) -> Turn | None:
        """ "执行段15…要求在什么期限前提交？": the paragraph named holds no fact of the kind
        asked for, so the answer says so and shows the paragraph as see-also."""
        kind = asked_type(question)
        asked = " ".join([question, *terms])
        keys = [(c.doc, c.unit) for c in citations]
        if not kind or any(self.retriever.unit_holds(kind, key, asked) for key in keys):
            return None
        sep = label("list_sep", lang)
        message = label("unit_lacks_fact", lang, ref=sep.join(c.label for c in citations))
        if _WORDING.search(question) or _CONTENT_ASKED.search(question):
            # "…是不是要求议会去投票？原文怎么说", "内容概括一下，尤其是…": it does not say so,
            # and here is what it says.
            cited = self._cited(question, citations, lang, "reference", message)
            return Turn(cited, question, tuple(keys), direct=True)
        answer = Answer(
            question,
            no_answer_text(message, list(citations), lang),
            True,
            (),
            tuple(citations),
            lang=lang,
            extra={"kind": "reference"},
        )
        return Turn(answer, question, tuple(keys), direct=True)

    def about_units(
        self, question: str, previous: Turn, lang: str, keys: Sequence[Key] = ()
    ) -> Turn:
        """An elliptic follow-up to a direct reference: answer from the same units.

        :param question: The follow-up.
        :param previous: The turn it follows.
        :param lang: Answer language.
        :param keys: Other units it is about (the ones spelling out a name used in the turn
            before); the previous turn's own by default.
        :returns: The turn, keeping the previous one's query.
        """
        terms = self._terms(question)
        focus = tuple(keys) or previous.focus
        units = self.retriever.units
        if _ASKS_PARAGRAPHS.search(question):
            focus = tuple(sorted(focus, key=lambda k: k in units and units[k].kind == "footnote"))
        kind = asked_type(question)
        if kind and len(focus) > 1:
            # "那它是哪年签的？" after a footnote: its paragraph, which has the year, goes first.
            holding = {
                k
                for k in focus
                if k in units
                and self.retriever.unit_holds(kind, k, question)
                # A footnote "holds" what its paragraph says; here only its own words count.
                and (units[k].kind != "footnote" or holds(kind, units[k].text, question))
            }
            focus = tuple(sorted(focus, key=lambda k: k not in holding))
        citations = []
        for doc, unit_id in focus:
            document = self.retriever.docs.get(doc)
            unit = document.get(unit_id) if document else None
            if document is None or unit is None:
                continue
            quote = self.quote(unit, terms, question)
            citations.append(make_citation(document, unit, lang, 1.0, quote))
        answer = self._cited(question, citations, lang, "reference")
        return Turn(answer, previous.query, focus, direct=True)

    def footnotes_of(
        self,
        focus: Sequence[Key],
        question: str,
        lang: str,
        keep: Callable[[Unit], bool] = lambda note: True,
    ) -> Turn | None:
        """The footnotes of some units (those the previous answer cited, or a paragraph the
        question names), cited with their paragraph.

        :param focus: The units whose footnotes are wanted.
        :param question: The question.
        :param lang: Answer language.
        :param keep: Which footnotes to cite (all by default).
        :returns: The answer, or None when the units have no such footnote.
        """
        notes = [
            (doc, note_id)
            for doc, unit_id in focus
            if (unit := self.retriever.units.get((doc, unit_id))) is not None
            for note_id in unit.footnotes
        ]
        kept = [k for k in dict.fromkeys(notes) if keep(self.retriever.units[k])]
        return self.footnotes(kept, question, lang)

    def footnotes(self, notes: Sequence[Key], question: str, lang: str) -> Turn | None:
        """Footnotes cited whole, each with the paragraph that cites it.

        :param notes: Footnote keys.
        :param question: The question.
        :param lang: Answer language.
        :returns: The answer, or None for no footnotes.
        """
        retriever = self.retriever
        citations: list[Citation] = []
        for doc, note_id in dict.fromkeys(notes):
            document = retriever.docs.get(doc)
            note = retriever.units.get((doc, note_id))
            if document is not None and note is not None:
                citations.append(make_citation(document, note, lang, 1.0, note.text.strip()))
        if not citations:
            return None
        citations = with_citing_paragraphs(citations, dict(retriever.docs), lang)
        answer = self._cited(question, citations, lang, "reference")
        return Turn(answer, question, tuple((c.doc, c.unit) for c in citations), direct=True)

    def metadata_answer(
        self, document: Document, question: str, kinds: Sequence[metadata.MetaKind], lang: str
    ) -> Turn:
        facts = [metadata.answer(kind, document, lang) for kind in kinds]
        intro = " ".join(
            label(f.kind, lang, value=f.value, symbol=document.symbol) for f in facts if f.value
        )
        citations: list[Citation] = []
        for fact in facts:
            if fact.unit is None or any(c.unit == fact.unit.unit for c in citations):
                continue
            citations.append(make_citation(document, fact.unit, lang, 1.0, fact.quote))
        text = answer_text(citations, lang, intro, quote_lead=False) if citations else intro
        no_answer = not intro
        answer = Answer(
            question,
            text or label("no_answer", lang),
            no_answer,
            tuple(citations),
            lang=lang,
            extra={"kind": "metadata"},
        )
        focus = tuple((c.doc, c.unit) for c in citations)
        return Turn(answer, question, focus, meta=True)

    def citation(
        self, key: Key, score: float, terms: Sequence[str], question: str, lang: str
    ) -> Citation | None:
        retriever = self.retriever
        unit = retriever.units.get(key)
        document = retriever.docs.get(key[0])
        if unit is None or document is None:
            return None
        return make_citation(document, unit, lang, score, self.quote(unit, terms, question))

    def no_answer(self, question: str, retrieval: Retrieval, lang: str) -> Answer:
        see_also: list[Citation] = []
        for scored in retrieval.ranked:
            if len(see_also) >= _SEE_ALSO:
                break
            unit_id = scored.unit
            if unit_id in NOT_CONTENT:
                continue
            citation = self.citation(
                (scored.doc, unit_id), scored.score, retrieval.terms, question, lang
            )
            if citation is not None:
                see_also.append(citation)
        if retrieval.other_document:
            message = label("no_answer_other_doc", lang, ref=retrieval.other_document)
        else:
            message = label("no_answer", lang)
        return Answer(
            question,
            no_answer_text(message, see_also, lang),
            True,
            (),
            tuple(see_also),
            lang=lang,
            extra={"kind": "no_answer", "coverage": round(retrieval.coverage, 3)},
        )

    def ranked(
        self,
        question: str,
        retrieval: Retrieval,
        lang: str,
        k: int,
        query: str,
        intro: str = "",
    ) -> Turn:
        """The best units for a question, quoted best first after an optional introduction."""
        citations: list[Citation] = []
        best = next((s.score for s in retrieval.ranked if s.unit not in NOT_CONTENT), 0.0)
        for scored in retrieval.ranked:
            if len(citations) >= k:
                break
            if scored.unit in NOT_CONTENT:
                continue
            if citations and scored.score < RELATED_MIN * best:
                # Far behind the best unit: more likely noise than a related paragraph.
                break
            citation = self.citation(
                (scored.doc, scored.unit), scored.score, retrieval.terms, question, lang
            )
            if citation is not None:
                citations.append(citation)
        citations = with_citing_paragraphs(citations, dict(self.retriever.docs), lang)
        coverage = round(retrieval.coverage, 3)
        answer = self._cited(question, citations, lang, "search", intro, coverage=coverage)
        # The best unit answers; the others are shown as related ("还有别的段落…" may want them).
        return Turn(answer, query, tuple((c.doc, c.unit) for c in citations), main=1)

    def listing(
        self,
        question: str,
        retrieval: Retrieval,
        words: Sequence[str],
        exclude: set[Key],
        lang: str,
        k: int,
        query: str,
        named: bool = False,
    ) -> Turn:
        retriever = self.retriever
        if lang == "zh" or named:
            terms = [t for t in words if t]
            # "还有别的段落说到 country team 吗？": English inside Chinese, as the text says it.
            terms += retriever.english_terms(question) if lang == "zh" else []
        else:
            # Whole glossary terms (千年发展目标), not their sub-words (发展, 目标).
            terms = list(retriever.glossary.expand(question).terms)
        # Chinese terms of the question the text contains verbatim decide which units mention it.
        present = [t for t in terms if retriever.mentioning(t)]
        generic = _GENERIC_SHARE * len(retriever.keys)
        present = [t for t in present if len(retriever.mentioning(t)) <= generic] or present
        described = _describing(question, present, lambda t: len(retriever.mentioning(t)))
        present = [t for t in present if t not in described] or present
        mentioning: set[int] = set()
        for t in present:
            mentioning |= retriever.mentioning(t)
        fresh: list[Citation] = []
        again: list[Citation] = []
        for scored in retrieval.ranked:
            key = (scored.doc, scored.unit)
            if scored.unit in NOT_CONTENT:
                continue
            if present and retriever.position[key] not in mentioning:
                continue
            bucket = again if key in exclude else fresh
            if len(bucket) >= (_LIST_MAX if present else k):
                continue
            citation = self.citation(key, scored.score, present or retrieval.terms, question, lang)
            if citation is not None:
                bucket.append(citation)
        term = label("list_sep", lang).join(present) if present else question
        if fresh:
            citations = fresh
            intro = label("more_mentions", lang, term=term) if exclude else ""
        else:
            # Nothing beyond what was cited: say so, and show those mentions again.
            citations = again
            intro = label("no_more_mentions", lang, term=term)
        if not citations:
            answer = Answer(question, intro, True, lang=lang, extra={"kind": "list"})
            return Turn(answer, query, ())
        answer = self._cited(question, citations, lang, "list", intro)
        focus = tuple((c.doc, c.unit) for c in citations) + tuple(exclude)
        return Turn(answer, query, focus)
