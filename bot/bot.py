"""The bot: a question (and the conversation's earlier questions) in, a cited answer out.

Order of business: direct references (exact), metadata questions, then hybrid retrieval with
a no-answer call. Follow-ups are resolved by re-deriving what earlier questions were about
(cached per question, so a conversation costs one embedding a turn).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from bot import metadata
from bot.answer import Answer, Citation
from bot.compose import (
    answer_text,
    choose_quote,
    make_citation,
    no_answer_text,
    wanted,
    with_citing_paragraphs,
)
from bot.conversation import (
    FollowKind,
    asks_which_resolution,
    classify,
    points_back,
    points_to_cited_resolution,
    wants_list,
)
from bot.glossary import EN_STOPWORDS, english_words
from bot.labels import detect_lang, label
from bot.lexical import content_words
from bot.refs import Reference, describe, find_references, resolve, section_named
from bot.retrieve import Retrieval, Retriever
from index.document import Document, Unit
from index.protocols import Embedder, Store
from index.settings import Settings

Key = tuple[str, str]
_TURN_CACHE = 256
_LIST_MAX = 12
_SEE_ALSO = 3
# A unit is cited after the best one only if its fused score reaches this share of the best's.
RELATED_MIN = 0.6
# Units that are not paragraphs are only cited by metadata answers or by their own reference.
_NOT_CONTENT = ("title", "adoption")


# "它的脚注是什么？": the footnotes of what was just cited.
_FOOTNOTE_WORD = re.compile(r"脚注|注释|\bfootnotes?\b", re.IGNORECASE)


class BotError(RuntimeError):
    """The bot cannot be set up (no model, no store); the message says what to do."""


@dataclass(frozen=True)
class _Turn:
    """One answered question, as later follow-ups need it."""

    answer: Answer
    query: str
    focus: tuple[Key, ...]
    direct: bool = False
    meta: bool = False


@dataclass(frozen=True)
class _Context:
    """What a follow-up searches with: earlier text, units to rank up, a thing named before."""

    text: str = ""
    boost: tuple[Key, ...] = ()
    topic: tuple[str, ...] = ()


@dataclass
class _State:
    """Everything derived from one index version; replaced whole when the index changes."""

    version: str | None
    documents: tuple[Document, ...]
    retriever: Retriever | None
    turns: OrderedDict[tuple[object, ...], _Turn] = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def cached(self, key: tuple[object, ...]) -> _Turn | None:
        with self.lock:
            turn = self.turns.get(key)
            if turn is not None:
                self.turns.move_to_end(key)
            return turn

    def remember(self, key: tuple[object, ...], turn: _Turn) -> None:
        with self.lock:
            self.turns[key] = turn
            while len(self.turns) > _TURN_CACHE:
                self.turns.popitem(last=False)


def clean_text(text: str) -> str:
    """A question made safe: control characters become spaces, lone surrogates go.

    :param text: Raw input.
    :returns: The cleaned text (not stripped).
    """
    out = []
    for char in text:
        code = ord(char)
        if 0xD800 <= code <= 0xDFFF:
            continue
        category = unicodedata.category(char)
        out.append(" " if category == "Cc" or category in ("Zl", "Zp") else char)
    return "".join(out)


class Bot:
    """Answers questions about the indexed resolutions with cited paragraphs.

    Thread-safe: concurrent :meth:`ask` calls share one immutable state, swapped atomically
    when the store's index version changes.

    :param settings: Settings (``top_k``, ``history_turns``, ``max_question_chars``, ``ui_lang``).
    :param store: The vector store (its documents are loaded from it).
    :param embedder: The model the index was built with.
    """

    def __init__(self, settings: Settings, store: Store, embedder: Embedder) -> None:
        self.settings = settings
        self.store = store
        self.embedder = embedder
        self._reload = threading.Lock()
        self._state = self._load(store.version())

    @classmethod
    def from_settings(cls, settings: Settings) -> Bot:
        """Load the embedding model and open the store, once.

        :param settings: Settings.
        :returns: The bot.
        :raises BotError: When the model cannot be loaded.
        :raises StoreError: When the store cannot be opened or was built with another model.
        """
        from index.build import check_model
        from index.embed import load_embedder
        from index.store import open_store

        try:
            embedder = load_embedder(settings)
        except (OSError, ValueError, RuntimeError) as exc:
            raise BotError(
                f"cannot load the embedding model {settings.embedding_model}: {exc}"
            ) from exc
        store = open_store(settings)
        if store.version() is not None:
            check_model(store, embedder.name)
        return cls(settings, store, embedder)

    # -- state ----------------------------------------------------------------------------------

    def _load(self, version: str | None) -> _State:
        documents = tuple(self.store.documents()) if version is not None else ()
        retriever = Retriever(documents, self.store, self.embedder) if documents else None
        return _State(version, documents, retriever)

    def _current(self) -> _State:
        version = self.store.version()
        state = self._state
        if state.version == version:
            return state
        with self._reload:
            if self._state.version != version:
                self._state = self._load(version)
            return self._state

    def documents(self) -> list[Document]:
        """The documents of the current index.

        :returns: Documents, units in order.
        """
        return list(self._current().documents)

    # -- entry ----------------------------------------------------------------------------------

    def ask(self, question: str, history: Sequence[str] = (), top_k: int | None = None) -> Answer:
        """Answer a question, using the conversation's earlier questions for follow-ups.

        :param question: The question (any text; never raises for odd input).
        :param history: Earlier questions of the same conversation, oldest first.
        :param top_k: Citations wanted; ``settings.top_k`` when omitted.
        :returns: The answer.
        """
        limit = self.settings.max_question_chars
        k = max(1, min(50, top_k or self.settings.top_k))
        text = clean_text(question if isinstance(question, str) else str(question))
        notice = ""
        if len(text) > limit:
            text = text[:limit]
        if len(question) > limit:
            notice = label("truncated", detect_lang(text) if text.strip() else "zh", n=limit)
        text = text.strip()
        if not text:
            lang = self.settings.ui_lang
            return Answer(
                question=text, text=label("empty", lang), no_answer=True, lang=lang, notice=notice
            )
        state = self._current()
        lang = detect_lang(text)
        if state.retriever is None:
            return Answer(text, label("no_index", lang), True, lang=lang, notice=notice)
        turns = self.settings.history_turns
        earlier = [clean_text(str(h))[:limit].strip() for h in history][-turns:] if turns else []
        answer = self._turn(state, text, tuple(h for h in earlier if h), k).answer
        return replace(answer, notice=notice) if notice else answer

    # -- turns ----------------------------------------------------------------------------------

    def _turn(self, state: _State, question: str, history: tuple[str, ...], k: int) -> _Turn:
        key = (question, history, k)
        turn = state.cached(key)
        if turn is None:
            previous = self._turn(state, history[-1], history[:-1], k) if history else None
            turn = self._answer(state, question, previous, k)
            state.remember(key, turn)
        return turn

    def _topic_words(self, retriever: Retriever, question: str) -> list[str]:
        if detect_lang(question) == "zh":
            return content_words(retriever.lexical.segmenter.words(question))
        expansion = retriever.glossary.expand(question)
        covered = {w for phrase in expansion.matched for w in phrase.split()}
        loose = [w for w in english_words(question) if w not in EN_STOPWORDS and w not in covered]
        return list(expansion.matched) + loose

    def _answer(self, state: _State, question: str, previous: _Turn | None, k: int) -> _Turn:
        retriever = state.retriever
        assert retriever is not None
        lang = detect_lang(question)
        document = self._document_for(state, question)
        refs = find_references(question)
        if refs:
            return self._direct(state, document, question, refs, lang, k)
        words = self._topic_words(retriever, question)
        follow = classify(question, words, previous is not None)
        if follow == "none" and previous is not None and self._leans_on(state, words, previous):
            follow = "elliptic"
        symbol = self._symbol_of_topic(state, question, previous, lang)
        if symbol is not None:
            return symbol
        cited = self._cited_resolutions(state, question, previous, words)
        if cited:
            follow = "elliptic"
        kinds = [] if cited else metadata.detect(question, words, symbol=document.symbol)
        if kinds == ["date"] and follow == "elliptic" and previous and not previous.meta:
            # "它是哪一年的？" after a question about the 1996 agreement is about the agreement.
            kinds = [] if metadata.date_of_it(question) else kinds
        if not kinds and follow == "elliptic" and previous and previous.meta:
            # "在第几次会议上？" after a question about the resolution itself is about it too.
            kinds = metadata.detect(question, words, assume_self=True, symbol=document.symbol)
            if not kinds and wanted(question) in ("year", "date"):
                kinds = ["date"]
        if kinds:
            return self._metadata(document, question, kinds, lang)
        if _FOOTNOTE_WORD.search(question) and previous is not None and previous.focus:
            notes = self._footnotes_of(state, previous, question, lang)
            if notes is not None:
                return notes
        section = section_named(question)
        if previous is not None and self._same_units(state, previous, follow, section):
            return self._about_units(state, question, previous, lang)
        context = self._context(state, question, words, follow, previous, cited)
        retrieval = retriever.search(question, context.text, context.boost, section)
        query = f"{context.text} {question}".strip()
        if retrieval.no_answer and not context.topic:
            return _Turn(self._no_answer(state, question, retrieval, lang), query, ())
        if follow == "more" or wants_list(question):
            exclude = set(previous.focus) if follow == "more" and previous else set()
            terms = context.topic or tuple(words)
            return self._list(
                state, question, retrieval, terms, exclude, lang, k, query, bool(context.topic)
            )
        return self._ranked(state, question, retrieval, lang, k, query)

    def _context(
        self,
        state: _State,
        question: str,
        words: Sequence[str],
        follow: FollowKind,
        previous: _Turn | None,
        cited: tuple[Key, ...],
    ) -> _Context:
        """What a follow-up searches with besides its own words."""
        retriever = state.retriever
        assert retriever is not None
        if previous is None or follow == "none":
            return _Context()
        if follow == "more":
            if words:
                return _Context()
            # "还有哪些段落提到它？": "it" is what the question before named.
            topic = tuple(retriever.thing_named(previous.answer.question))
            return _Context(" ".join(topic), topic=topic)
        boost = (cited or previous.focus)[:1]
        if previous.direct and previous.focus:
            # "What about the preamble?" after OP 3: the preamble's paragraph on its topic.
            return _Context(self._texts_of(state, previous.focus), boost)
        return _Context(previous.query, boost)

    def _cited_resolutions(
        self, state: _State, question: str, previous: _Turn | None, words: Sequence[str]
    ) -> tuple[Key, ...]:
        """The units just cited that name other resolutions, when the question points at one
        of those (``那项决议…``) rather than at the resolution being read."""
        retriever = state.retriever
        if previous is None or retriever is None:
            return ()
        earlier = previous.answer.question
        # "那项决议…", or "它…" right after asking which resolution did something.
        answered_with_one = points_back(question) and asks_which_resolution(earlier)
        # "是哪一年通过的？" right after a question about 第57/32号决议 is about that one.
        named_one = metadata.only_meta_words(words) and metadata.names_other_resolution(
            earlier, self._document_for(state, earlier).symbol
        )
        if not (points_to_cited_resolution(question) or answered_with_one or named_one):
            return ()
        # The answer's main citation, not a related paragraph shown after it.
        return tuple(
            key
            for key in previous.focus[:1]
            if (unit := retriever.units.get(key)) is not None and unit.references
        )

    def _symbol_of_topic(
        self, state: _State, question: str, previous: _Turn | None, lang: str
    ) -> _Turn | None:
        """``它的文件号是什么？`` after a question about a document the text footnotes (the 1996
        agreement) asks for that document's symbol, which its footnote gives; otherwise the
        symbol asked for is the resolution's own."""
        retriever = state.retriever
        if previous is None or retriever is None or not metadata.asks_symbol(question):
            return None
        topic = [w for w in self._topic_words(retriever, previous.answer.question) if len(w) > 1]
        if not topic:
            return None

        def about_topic(note: Unit) -> bool:
            return any(word in note.anchor.lower() for word in topic)

        return self._footnotes_of(state, previous, question, lang, about_topic)

    def _leans_on(self, state: _State, words: Sequence[str], previous: _Turn) -> bool:
        """A one-word question whose word is in what was just cited (``在哪一届会议？`` after
        op-16) is about that, not about every paragraph with the word."""
        retriever = state.retriever
        if len(words) != 1 or retriever is None or not previous.focus:
            return False
        unit = retriever.units.get(previous.focus[0])
        return unit is not None and words[0].lower() in unit.text.lower()

    def _document_for(self, state: _State, question: str) -> Document:
        for document in state.documents:
            if document.symbol and document.symbol.lower() in question.lower():
                return document
        return state.documents[0]

    # -- kinds of answer ------------------------------------------------------------------------

    def _quote(self, state: _State, unit: Unit, terms: Sequence[str], question: str) -> str:
        retriever = state.retriever
        assert retriever is not None
        return choose_quote(unit.text, terms, retriever.lexical.idf, wanted(question))

    def _terms(self, state: _State, question: str) -> list[str]:
        retriever = state.retriever
        assert retriever is not None
        return retriever.query_terms(question)[0]

    def _direct(
        self,
        state: _State,
        document: Document,
        question: str,
        refs: Sequence[Reference],
        lang: str,
        k: int,
    ) -> _Turn:
        terms = self._terms(state, question)
        citations: list[Citation] = []
        missing: list[str] = []
        for ref in refs:
            unit = resolve(ref, document)
            if unit is None:
                missing.append(describe(ref, lang))
                continue
            if any(c.unit == unit.unit for c in citations):
                continue
            quote = self._quote(state, unit, terms, question)
            citations.append(make_citation(document, unit, lang, 1.0, quote))
        sep = label("list_sep", lang)
        intro = label("no_such_unit", lang, ref=sep.join(missing)) if missing else ""
        if not citations:
            answer = Answer(question, intro, True, lang=lang, extra={"kind": "reference"})
            return _Turn(answer, question, (), direct=True)
        citations = with_citing_paragraphs(citations, {document.symbol: document}, lang)
        text = answer_text(citations, lang, intro)
        answer = Answer(
            question, text, False, tuple(citations), lang=lang, extra={"kind": "reference"}
        )
        focus = tuple((c.doc, c.unit) for c in citations)
        return _Turn(answer, question, focus, direct=True)

    def _same_units(self, state: _State, previous: _Turn, follow: FollowKind, section: str) -> bool:
        """An elliptic follow-up to a direct reference is about the same units, unless it names
        another part of the resolution."""
        retriever = state.retriever
        if follow != "elliptic" or not previous.direct or not previous.focus or retriever is None:
            return False
        units = [retriever.units.get(key) for key in previous.focus]
        return not section or all(u is not None and u.kind == section for u in units)

    def _texts_of(self, state: _State, keys: Sequence[Key]) -> str:
        retriever = state.retriever
        assert retriever is not None
        return " ".join(retriever.units[k].text for k in keys if k in retriever.units)

    def _about_units(self, state: _State, question: str, previous: _Turn, lang: str) -> _Turn:
        """An elliptic follow-up to a direct reference: answer from the same units."""
        terms = self._terms(state, question)
        citations = []
        for doc, unit_id in previous.focus:
            document = next((d for d in state.documents if d.symbol == doc), None)
            unit = document.get(unit_id) if document else None
            if document is None or unit is None:
                continue
            quote = self._quote(state, unit, terms, question)
            citations.append(make_citation(document, unit, lang, 1.0, quote))
        text = answer_text(citations, lang)
        answer = Answer(
            question, text, False, tuple(citations), lang=lang, extra={"kind": "reference"}
        )
        return _Turn(answer, previous.query, previous.focus, direct=True)

    def _footnotes_of(
        self,
        state: _State,
        previous: _Turn,
        question: str,
        lang: str,
        keep: Callable[[Unit], bool] = lambda note: True,
    ) -> _Turn | None:
        """The footnotes of the units the previous answer cited, cited with their paragraph."""
        retriever = state.retriever
        assert retriever is not None
        citations: list[Citation] = []
        for doc, unit_id in previous.focus:
            document = retriever.docs.get(doc)
            unit = retriever.units.get((doc, unit_id))
            if document is None or unit is None:
                continue
            for note_id in unit.footnotes:
                note = document.get(note_id)
                if note is None or not keep(note):
                    continue
                if not any(c.unit == note_id for c in citations):
                    citations.append(make_citation(document, note, lang, 1.0, note.text.strip()))
        if not citations:
            return None
        citations = with_citing_paragraphs(citations, dict(retriever.docs), lang)
        answer = Answer(
            question,
            answer_text(citations, lang),
            False,
            tuple(citations),
            lang=lang,
            extra={"kind": "reference"},
        )
        return _Turn(answer, question, tuple((c.doc, c.unit) for c in citations), direct=True)

    def _metadata(
        self, document: Document, question: str, kinds: Sequence[metadata.MetaKind], lang: str
    ) -> _Turn:
        facts = [metadata.answer(kind, document, lang) for kind in kinds]
        intro = " ".join(label(f.kind, lang, value=f.value) for f in facts if f.value)
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
        return _Turn(answer, question, focus, meta=True)

    def _citation(
        self, state: _State, key: Key, score: float, terms: Sequence[str], question: str, lang: str
    ) -> Citation | None:
        retriever = state.retriever
        assert retriever is not None
        unit = retriever.units.get(key)
        document = retriever.docs.get(key[0])
        if unit is None or document is None:
            return None
        return make_citation(document, unit, lang, score, self._quote(state, unit, terms, question))

    def _no_answer(self, state: _State, question: str, retrieval: Retrieval, lang: str) -> Answer:
        see_also: list[Citation] = []
        for scored in retrieval.ranked:
            if len(see_also) >= _SEE_ALSO:
                break
            unit_id = scored.unit
            if unit_id in _NOT_CONTENT:
                continue
            citation = self._citation(
                state, (scored.doc, unit_id), scored.score, retrieval.terms, question, lang
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

    def _ranked(
        self, state: _State, question: str, retrieval: Retrieval, lang: str, k: int, query: str
    ) -> _Turn:
        citations: list[Citation] = []
        best = next((s.score for s in retrieval.ranked if s.unit not in _NOT_CONTENT), 0.0)
        for scored in retrieval.ranked:
            if len(citations) >= k:
                break
            if scored.unit in _NOT_CONTENT:
                continue
            if citations and scored.score < RELATED_MIN * best:
                # Far behind the best unit: more likely noise than a related paragraph.
                break
            citation = self._citation(
                state, (scored.doc, scored.unit), scored.score, retrieval.terms, question, lang
            )
            if citation is not None:
                citations.append(citation)
        docs = dict(state.retriever.docs) if state.retriever else {}
        citations = with_citing_paragraphs(citations, docs, lang)
        answer = Answer(
            question,
            answer_text(citations, lang),
            False,
            tuple(citations),
            lang=lang,
            extra={"kind": "search", "coverage": round(retrieval.coverage, 3)},
        )
        return _Turn(answer, query, tuple((c.doc, c.unit) for c in citations))

    def _list(
        self,
        state: _State,
        question: str,
        retrieval: Retrieval,
        words: Sequence[str],
        exclude: set[Key],
        lang: str,
        k: int,
        query: str,
        named: bool = False,
    ) -> _Turn:
        retriever = state.retriever
        assert retriever is not None
        if lang == "zh" or named:
            terms = [t for t in words if t]
        else:
            # Whole glossary terms (千年发展目标), not their sub-words (发展, 目标).
            terms = list(retriever.glossary.expand(question).terms)
        # Chinese terms of the question the text contains verbatim decide which units mention it.
        present = [t for t in terms if retriever.mentioning(t)]
        mentioning: set[int] = set()
        for t in present:
            mentioning |= retriever.mentioning(t)
        fresh: list[Citation] = []
        again: list[Citation] = []
        for scored in retrieval.ranked:
            key = (scored.doc, scored.unit)
            if scored.unit in _NOT_CONTENT:
                continue
            if present and retriever.position[key] not in mentioning:
                continue
            bucket = again if key in exclude else fresh
            if len(bucket) >= (_LIST_MAX if present else k):
                continue
            citation = self._citation(
                state, key, scored.score, present or retrieval.terms, question, lang
            )
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
            return _Turn(answer, query, ())
        answer = Answer(
            question,
            answer_text(citations, lang, intro),
            False,
            tuple(citations),
            lang=lang,
            extra={"kind": "list"},
        )
        focus = tuple((c.doc, c.unit) for c in citations) + tuple(exclude)
        return _Turn(answer, query, focus)
