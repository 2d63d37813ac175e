"""The bot: a question (and the conversation's earlier questions) in, a cited answer out.

Order of business: direct references (exact), metadata questions, then hybrid retrieval with
a no-answer call. Follow-ups are resolved by re-deriving what earlier questions were about
(cached per question, so a conversation costs one embedding a turn). This module decides
which kind of answer a question needs; :mod:`bot.answers` composes it.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from bot import metadata
from bot.answer import Answer
from bot.answers import AnswerBuilder, Key, Turn
from bot.answertype import asked_type, asks_vote, checks_claim, puts_place_forward
from bot.asides import question_proper
from bot.colloquial import bundled_colloquial
from bot.compose import wanted
from bot.conversation import (
    FollowKind,
    adds_to_previous,
    asks_another_instance,
    asks_earlier_instances,
    asks_other_version,
    asks_restatement,
    asks_which_resolution,
    besides_all,
    besides_one,
    classify,
    demonstrated_noun,
    earlier_instances_removed,
    names_item_of_answer,
    names_thing_in_previous,
    pointed_nouns,
    points_back,
    points_to_cited_resolution,
    refers_back,
    wants_list,
    without_demonstratives,
)
from bot.glossary import EN_STOPWORDS, english_words
from bot.labels import detect_lang, label
from bot.lexical import content_words
from bot.ordinals import asks_following
from bot.refs import (
    Reference,
    find_references,
    neighbour,
    number_alone,
    relative_step,
    resolve,
    same_paragraph,
    section_named,
    set_aside,
    without,
)
from bot.retrieve import Retrieval, Retriever
from bot.script import bundled_simplifier, folded
from index.document import Document, Unit
from index.protocols import Embedder, Store
from index.settings import Settings

_TURN_CACHE = 256


# "它的脚注是什么？": the footnotes of what was just cited.
# How many content words "能说得简单一点吗" may carry and still be about the last answer.
RESTATE_WORDS = 3
# How many content words a question may have and still lean on the paragraph just cited.
LEAN_WORDS = 2
# At most this many words after ``这个…`` for it to point back.
DEMONSTRATED_WORDS = 4
# How many words the text lacks a pronoun question may have and still lean on the last topic.
PRONOUN_ALONE_WORDS = 4
# "决议是否也说明了起草的理由？": at most this many words add to the question before.
ALSO_WORDS = 3
_BARE_THAT_RESOLUTION = re.compile(r"那\s*决议")
# "这个决议…" right after "脚注3引的是哪个决议？": the one just named.
_DEMONSTRATED_RESOLUTION = re.compile(r"(?:这|那|该)\s*[个项份]?\s*决议")
# How far down a paragraph with footnotes may rank and still be "the paragraph about ...".
FOOTNOTE_TOPIC_DEPTH = 3
_NUMBER_OF_RESOLUTION = re.compile(r"第几号决议|哪一?号(?:大会)?决议|哪(?:一|个|项|份)决议")
_WHAT_ABOUT = re.compile(r"^\s*那?.{1,40}?呢(?:[\s？?，,]|$)|^\s*(?:what|how)\s+about\b", re.I)
_MODAL_WORDS = frozenset({"计划", "预计", "准备", "预定", "拟定"})
_ASKING_WORDS = frozenset({"目的", "用意", "原因", "理由", "意义", "目标", "用途"})
_SENTENCE_END = re.compile(r"[？?。！!]")
# "除了冲突后国家，还有哪一类国家？": an item set aside, asking for the others of its kind.
_BESIDES_ITEM = re.compile(
    r"除了(?P<item>[^，,。？?！!]{2,12}?)(?:以外|之外|外)?\s*[，,]?\s*(?:还有|还)"
)
_PLACES_ASKED = re.compile(r"段|部分|地方|哪里|哪儿|脚注|\bparagraph|\bpara\b", re.IGNORECASE)
_OWN_ASK = re.compile(r"呢\s*[，,]\s*[\u4e00-\u9fff]")
# "那前几届议长大会的成果，决议里是怎样评价的？": a question word besides 前几届 asks its own thing.
_QUESTION_WORD = re.compile(r"什么|怎|如何|哪|几|多少|谁|是否|有没有|吗")


# "那一段还回顾了哪些决议？": inside the paragraph just cited, not others.
_ONE_PARAGRAPH = re.compile(r"(?:那|这|该|此)一?段")


def _pointed_at(question: str, word: str) -> bool:
    """Whether a demonstrative stands before the word (``这份报告``, ``那个委员会``)."""
    return re.search(rf"(?:这|那|该|此)(?:个|些|份|项|一)?{re.escape(word)}", question) is not None


# The year of the instance just cited is not one the earlier instances must print.
_YEAR_NAMED = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)\s*年?")
# "这两份…分别…": several things just cited, not the resolution ("它的文件编号").
_SEVERAL_BACK = re.compile(r"[这那](?:两|几|些)|它们|分别|\b(?:they|them|these|those|each)\b", re.I)
_FOOTNOTE_WORD = re.compile(r"脚注|注释|\bfootnot(?:e|es|ed|ing)\b", re.IGNORECASE)
# "还有哪些脚注提到决议？": footnotes on a topic, which 决议 (a word of the resolution itself)
# names though no topic word is left.
_ABOUT_SOMETHING = re.compile(r"提到|提及|讲到|说到|涉及|关于|\bmention|\brefer|\babout\b", re.I)
_PARAGRAPH_WORD = re.compile(r"段|正文|\bparagraphs?\b", re.IGNORECASE)


class BotError(RuntimeError):
    """The bot cannot be set up (no model, no store); the message says what to do."""


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
    builder: AnswerBuilder | None
    turns: OrderedDict[tuple[object, ...], Turn] = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def cached(self, key: tuple[object, ...]) -> Turn | None:
        with self.lock:
            turn = self.turns.get(key)
            if turn is not None:
                self.turns.move_to_end(key)
            return turn

    def remember(self, key: tuple[object, ...], turn: Turn) -> None:
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


def own_symbol_as_self(question: str, symbol: str) -> str:
    """A question with the document's own symbol before one of its parts read as 本决议
    (``参见 A/RES/68/272 号决议执行部分第12段`` -> ``参见 本决议执行部分第12段``), so that the
    paragraph is not taken for one of another resolution.

    :param question: The question.
    :param symbol: The document's symbol (``A/RES/68/272``).
    :returns: The question, rewritten where its own symbol names a part.
    """
    own = _own_symbol_before_part(symbol)
    return own.sub("本决议", question) if own is not None else question


@cache
def _own_symbol_before_part(symbol: str) -> re.Pattern[str] | None:
    # Built once per document symbol, not per question.
    numbers = re.search(r"(\d+)/(\d+)\s*$", symbol)
    if numbers is None:
        return None
    session, number = numbers.groups()
    return re.compile(
        rf"(?:第\s*)?(?:A\s*/\s*RES\s*/\s*)?{session}\s*/\s*{number}\s*号?\s*决议\s*的?"
        r"(?=\s*(?:执行|序言|第\s*[\d一二三四五六七八九十]+\s*段|脚注))",
        re.IGNORECASE,
    )


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
        self.colloquial = bundled_colloquial()
        self.simplifier = bundled_simplifier()
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
        builder = AnswerBuilder(retriever) if retriever else None
        return _State(version, documents, retriever, builder)

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

        def standard(typed: str) -> str:
            return self.colloquial.standard(self.simplifier.simplified(folded(typed)))

        earlier = [standard(h) for h in earlier if h]
        answer = self._turn(state, standard(text), tuple(earlier), k).answer
        # The reader's own words, not their written form, are the question shown.
        return replace(answer, question=text, notice=notice or answer.notice)

    # -- turns ----------------------------------------------------------------------------------

    def _turn(self, state: _State, question: str, history: tuple[str, ...], k: int) -> Turn:
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

    def _answer(self, state: _State, question: str, previous: Turn | None, k: int) -> Turn:
        retriever, builder = state.retriever, state.builder
        assert retriever is not None and builder is not None
        question = retriever.homophones.corrected(question_proper(question, retriever.text_terms))
        lang = detect_lang(question)
        document = self._document_for(state, question)
        question = own_symbol_as_self(question, document.symbol)
        found = find_references(question)
        # "除了第10段，还有哪些段落…": set aside for a listing of the others; it names no topic.
        aside = set_aside(question, found)
        if retriever.resolution_of_uncited_session(question) or retriever.other_language_text(
            question
        ):
            # "第七十届会议…后来通过的新决议编号", "英文版官方标题": before any symbol or metadata
            # answer, which would give this resolution's (in Chinese) or a cited one's, and
            # before the paragraph it names ("依执行部分第16段审议该项目后所通过之后续决议").
            retrieval = retriever.search(question)
            return Turn(builder.no_answer(question, retrieval, lang), question, ())
        if not aside:
            direct = self._by_reference(state, document, question, found, previous, lang)
            if direct is not None:
                return direct
        words = self._topic_words(retriever, without(question, aside))
        # Lone characters (``多久开一次？``) name no topic of their own.
        named = [] if all(len(w) == 1 and not w.isascii() for w in words) else words
        follow = classify(question, named, previous is not None)
        if (
            follow == "more"
            and previous is not None
            and self._besides_cited_item(state, question, previous)
        ):
            follow = "elliptic"
        if follow == "none" and previous is not None and self._leans_on(state, words, previous):
            follow = "elliptic"
        if (
            follow == "none"
            and previous is not None
            and self._demonstrated(state, question, words, previous)
        ):
            follow = "elliptic"
        if (
            follow == "none"
            and previous is not None
            and self._bare_type(retriever, question, words)
        ):
            follow = "elliptic"
        if (
            follow == "none"
            and previous is not None
            and self._pronoun_alone(state, question, words)
        ):
            follow = "elliptic"
        if (
            follow == "none"
            and previous is not None
            and self._adds_to(state, question, words, previous)
        ):
            follow = "elliptic"
        symbol = self._symbol_of_topic(state, question, previous, lang)
        if symbol is not None:
            return symbol
        cited = self._cited_resolutions(state, question, previous, words)
        if cited:
            follow = "elliptic"
        kinds = (
            [] if cited else self._meta_kinds(state, document, question, words, follow, previous)
        )
        if kinds:
            return builder.metadata_answer(document, question, kinds, lang)
        if _FOOTNOTE_WORD.search(question) and previous is not None and previous.focus:
            asks_citing = follow == "more" and _PARAGRAPH_WORD.search(question)
            citing = self._citing(retriever, previous.focus) if asks_citing else []
            if citing:
                # "还有哪几段也标了这个脚注？" after a footnote: the paragraphs citing it.
                return builder.about_units(question, previous, lang, citing)
            named = [w for w in words if not _FOOTNOTE_WORD.search(w) and w != "footnot"]
            others = (
                self._other_footnotes(retriever, previous.focus)
                if follow == "more"
                and not asks_citing
                and not named
                and not _ABOUT_SOMETHING.search(question)
                else []
            )
            if others:
                # "还有别的脚注吗？" after a footnote: the others, not that one again.
                other_notes = builder.footnotes(others, question, lang)
                if other_notes is not None:
                    return other_notes
            notes = builder.footnotes_of(previous.focus, question, lang)
            if notes is not None:
                return notes
        spelled = self._spelled_out(state, question, words, follow, previous)
        if previous is not None and spelled:
            return builder.about_units(question, previous, lang, spelled)
        section = section_named(without(question, aside))
        if previous is not None and self._same_units(
            state, question, previous, follow, section, words
        ):
            return builder.about_units(question, previous, lang)
        restates = asks_restatement(question) and len(words) <= RESTATE_WORDS
        if previous is not None and previous.focus and restates:
            # An extractive answer cannot be simpler: the same paragraphs, quoted for this turn.
            return builder.about_units(question, previous, lang)
        context = self._context(state, question, words, follow, previous, cited)
        earlier_ones = previous is not None and asks_earlier_instances(question)
        # "前面几届呢" asks what the question before it asked (哪年开), of other instances.
        asking = ""
        if earlier_ones and previous is not None:
            # After a paragraph named by number the context is its text, whose year is not asked.
            before = previous.answer.question if previous.direct else context.text
            asking = f"{_YEAR_NAMED.sub('', before)} {question}"
            asks_itself = _QUESTION_WORD.search(earlier_instances_removed(question))
            if asked_type(asking) == "session" or _OWN_ASK.search(question) or asks_itself:
                # "之前几届呢？" after "第几届？" asks for those instances, not for their numbers;
                # "往届的呢，哪段提过？" says itself what it asks.
                asking = question
        another = previous is not None and asks_another_instance(question)
        # "那下一届呢？": the unit just cited is about other instances; it is no anchor.
        boost = () if another else context.boost
        # "前几届呢": other instances than the one just cited, which goes last.
        other_version = previous is not None and asks_other_version(
            question, self._texts_of(state, previous.focus)
        )
        if other_version:
            boost = ()
        last = (
            previous.focus[:1] if (earlier_ones or other_version) and previous is not None else ()
        )
        # "注意别和序言第7段搞混", "除了第10段": a paragraph set aside is not the answer.
        last = (*last, *sorted(self._keys_of(document, aside)))
        searched = without(question, aside) if aside else question
        retrieval = retriever.search(searched, context.text, boost, section, asking, last)
        if another and previous is not None:
            # "那下一届呢？" after the fourth conference: the fifth, which the text never names.
            following = retriever.ordinals.following(previous.answer.question, question)
            if following:
                retrieval = replace(retrieval, no_answer=True, other_document=following)
            elif asks_following(question):
                # "那下一届是哪年开" after 2000–2010: the series' latest instance.
                retrieval = retriever.latest_instance_first(
                    retrieval, context.text or previous.answer.question
                )
        query = f"{context.text} {question}".strip()
        claim = checks_claim(question) or puts_place_forward(question)
        if retrieval.no_answer and retrieval.addressed and claim:
            # "据说…将于2015年在日内瓦开会，对吗？": the name is the claim's error, and the text's
            # own words on the topic are the answer.
            intro = label("claim_not_in_text", lang, ref=retrieval.other_document)
            return builder.ranked(question, retrieval, lang, k, query, intro)
        listing = follow == "more" or wants_list(question)
        # "还有哪些段落也提到妇女？我怕漏了": a word the text has is listed, whatever else is said.
        mentioned = listing and any(len(w) > 1 and retriever.mentioning(w) for w in words)
        if retrieval.no_answer and not context.topic and not mentioned:
            return Turn(builder.no_answer(question, retrieval, lang), query, ())
        if _FOOTNOTE_WORD.search(question):
            notes = self._footnotes_of_topic(state, retrieval, question, lang)
            if notes is not None:
                return notes
        if listing:
            exclude = set(previous.answered_with) if follow == "more" and previous else set()
            if exclude and previous is not None and besides_one(question):
                exclude = set(previous.focus[:1])
            elif exclude and previous is not None and besides_all(question):
                exclude = set(previous.focus)
            exclude |= self._keys_of(document, aside)
            terms = context.topic or tuple(words)
            return builder.listing(
                question, retrieval, terms, exclude, lang, k, query, bool(context.topic)
            )
        return builder.ranked(question, retrieval, lang, k, query)

    def _by_reference(
        self,
        state: _State,
        document: Document,
        question: str,
        found: list[Reference],
        previous: Turn | None,
        lang: str,
    ) -> Turn | None:
        """Paragraphs named by number (``第15段``, in ``found``) or by position from the last
        one (``那前一段呢？``); with ``脚注`` but no footnote number, their footnotes."""
        retriever, builder = state.retriever, state.builder
        assert retriever is not None and builder is not None
        refs = self._in_part_discussed(document, found, previous)
        refs = self._in_part_described(state, document, question, refs)
        if not refs and previous is not None and previous.focus:
            refs = self._neighbour(state, question, previous.focus[0])
            document = retriever.docs.get(previous.focus[0][0], document)
        if not refs:
            return None
        # "第5段后面那个脚注5指的是什么？": a footnote named beside a paragraph is what is asked.
        refs = sorted(refs, key=lambda ref: ref.kind != "footnote")
        turn = builder.direct(document, question, refs, lang)
        wants_note = (
            _FOOTNOTE_WORD.search(question)
            or metadata.asks_symbol(question)
            or _NUMBER_OF_RESOLUTION.search(question)
        )
        if wants_note and all(r.kind != "footnote" for r in refs):
            # "执行部分第5段的脚注引用了什么？", "序言第一段提到的报告文号": its footnotes; those
            # of a document the question names, when it names one (《2005年世界首脑会议成果》).
            own = {
                (doc, n) for doc, unit in turn.focus for n in retriever.units[doc, unit].footnotes
            }
            about = self._footnotes_about(retriever, retriever.whole_terms(question))
            named = {note for doc, note in about if (doc, note) in own}

            def named_here(note: Unit) -> bool:
                return not named or note.unit in named

            return builder.footnotes_of(turn.focus, question, lang, named_here) or turn
        return turn

    @staticmethod
    def _citing(retriever: Retriever, focus: Sequence[Key]) -> list[Key]:
        """The paragraphs citing the footnotes among some units."""
        return [
            (doc, by)
            for doc, unit_id in focus
            if (unit := retriever.units.get((doc, unit_id))) is not None and unit.kind == "footnote"
            for by in unit.cited_by
        ]

    @staticmethod
    def _other_footnotes(retriever: Retriever, focus: Sequence[Key]) -> list[Key]:
        """The footnotes of a document other than those among some units, when the first of the
        units is a footnote (cited with its paragraphs)."""
        shown = [key for key in focus if key in retriever.units]
        if not shown or retriever.units[shown[0]].kind != "footnote":
            return []
        doc = shown[0][0]
        return [
            key
            for key in retriever.keys
            if key[0] == doc and retriever.units[key].kind == "footnote" and key not in shown
        ]

    @staticmethod
    def _keys_of(document: Document, refs: list[Reference]) -> set[Key]:
        """The units some references name in a document."""
        units = (resolve(ref, document) for ref in refs)
        return {(document.symbol, unit.unit) for unit in units if unit is not None}

    @staticmethod
    def _in_part_discussed(
        document: Document, refs: list[Reference], previous: Turn | None
    ) -> list[Reference]:
        """``那第二段呢？`` after a question naming 序言部分第一段 is the preamble's second
        paragraph (after a paragraph found by search, a bare number is still operative)."""
        if previous is None or not previous.direct or not previous.focus:
            return refs
        if previous.focus[0][0] != document.symbol:
            return refs
        before = document.get(previous.focus[0][1])
        if before is None or before.kind != "preambular":
            return refs
        return [
            replace(ref, kind="preambular")
            if ref.kind == "paragraph" and document.get(f"pp-{ref.number}") is not None
            else ref
            for ref in refs
        ]

    def _in_part_described(
        self, state: _State, document: Document, question: str, refs: list[Reference]
    ) -> list[Reference]:
        """ "What does paragraph 6 say about observer status?": a number without its part is
        the preamble's paragraph when only that one has the words the question describes it by
        (otherwise the operative one, as usual)."""
        retriever = state.retriever
        if retriever is None or not any(ref.kind == "paragraph" for ref in refs):
            return refs
        words = self._topic_words(retriever, without(question, refs))
        terms = retriever.chinese_terms(words)
        if not terms:
            return refs

        def described(unit: Unit | None) -> bool:
            return unit is not None and any(term in unit.text for term in terms)

        chosen = []
        for ref in refs:
            if ref.kind == "paragraph" and ref.number > 0:
                operative = document.get(f"op-{ref.number}")
                preambular = document.get(f"pp-{ref.number}")
                if described(preambular) and not described(operative):
                    ref = replace(ref, kind="preambular")
            chosen.append(ref)
        return chosen

    def _meta_kinds(
        self,
        state: _State,
        document: Document,
        question: str,
        words: Sequence[str],
        follow: FollowKind,
        previous: Turn | None,
    ) -> list[metadata.MetaKind]:
        """Which facts about the resolution itself a question asks for, given the turn before."""
        retriever = state.retriever
        if previous is not None and (
            names_item_of_answer(question) or names_thing_in_previous(question)
        ):
            # "第二个是哪天通过的？" after "第七段提到了哪两个决议？": one of those, not this one.
            return []
        person = asked_type(question) == "person" and not metadata.asks_own_title(question)
        if asks_vote(question) or person:
            # "第86次全体会议上的表决结果", "who presided over the 86th plenary meeting": the
            # meeting records say, not the document's own facts.
            return []
        if retriever is not None and metadata.points_at_self(question):
            # "这份决议的编号是多少，考试要写文号": about this resolution, whatever else the reader
            # says; only a word of the text could name a topic in it.
            # Words of its title describe it (这份关于议会和联合国的决议).
            # Foreign words the glossary does not know ("bibliography", "briefing") name none.
            words = [
                w
                for w in words
                if (
                    retriever.lexical.has(w) or (w.isascii() and retriever.glossary.expand(w).terms)
                )
                and w not in document.title
            ]
        kinds = metadata.detect(question, words, symbol=document.symbol)
        sentences = [s for s in _SENTENCE_END.split(question) if s.strip()]
        if not kinds and retriever is not None and len(sentences) > 1:
            # "这份决议的文件编号是什么？工作纸要注明出处": the first sentence asks about this
            # resolution; the rest says why. A later "编号多少" is about what the first one named.
            first = sentences[0]
            if metadata.points_at_self(first):
                own = [
                    w
                    for w in self._topic_words(retriever, first)
                    if w.isascii() or retriever.lexical.has(w)
                ]
                kinds = metadata.detect(first, own, symbol=document.symbol)
        # "在第几次全会上？" names nothing but the document's facts: elliptic whatever its form.
        bare = previous is not None and previous.meta and metadata.only_meta_words(words)
        if previous is None or (follow != "elliptic" and not bare):
            return kinds
        if kinds == ["date"] and not previous.meta:
            # "它是哪一年的？" after a question about the 1996 agreement is about the agreement.
            return [] if points_back(question) and not metadata.names_self(question) else kinds
        if not kinds and previous.meta:
            # "在第几次会议上？" after a question about the resolution itself is about it too.
            kinds = metadata.detect(question, words, assume_self=True, symbol=document.symbol)
            if not kinds and wanted(question) in ("year", "date"):
                kinds = ["date"]
        return kinds

    def _neighbour(self, state: _State, question: str, discussed: Key) -> list[Reference]:
        """``那前一段呢？`` after a paragraph: the one before it, in the same part; ``这一段…``:
        the paragraph itself."""
        step = relative_step(question)
        here = not step and same_paragraph(question)
        alone = None if step or here else number_alone(question)
        moves = step or here or alone
        unit = state.retriever.units.get(discussed) if moves and state.retriever else None
        if unit is not None and alone is not None and unit.number:
            step = alone - unit.number  # "那4呢" after 脚注3: footnote 4
        ref = neighbour(unit, step) if unit is not None else None
        return [ref] if ref is not None else []

    def _context(
        self,
        state: _State,
        question: str,
        words: Sequence[str],
        follow: FollowKind,
        previous: Turn | None,
        cited: tuple[Key, ...],
    ) -> _Context:
        """What a follow-up searches with besides its own words."""
        retriever = state.retriever
        assert retriever is not None
        if previous is None or follow == "none":
            return _Context()
        if follow == "more":
            # "这份报告", "这个委员会": the thing the question before named. Otherwise the question's
            # own words are its topic, also when 这些 points back at the paragraphs only
            # ("除了这些以外，还有哪一段讲到2015年后发展议程？").
            present = [w for w in words if len(w) > 1 and retriever.mentioning(w)]
            # "那2015年后发展议程…" after a question on another topic: 那 moves on, not back.
            before = f"{previous.answer.question} {previous.query}"
            pointed = any(_pointed_at(question, w) and w in before for w in present)
            if words and not pointed and not refers_back(question):
                return _Context()
            if present and not pointed and not _ONE_PARAGRAPH.search(question):
                own_topic = tuple(retriever.thing_named(question))
                return _Context(" ".join(own_topic), topic=own_topic)
            # "还有哪些段落提到它？", "… mention that commission?": what the question before named;
            # "那消除对妇女歧视委员会呢？…还有哪段提到它？" names its own.
            own = retriever.thing_named(question) if _WHAT_ABOUT.search(question) else []
            new = [t for t in own if t not in previous.answer.question]
            topic = tuple(new or retriever.thing_named(previous.answer.question, question))
            return _Context(" ".join(topic), topic=topic)
        boost = (cited or previous.focus)[:1]
        if previous.direct and previous.focus:
            # "What about the preamble?" after OP 3: the preamble's paragraph on its topic. A new
            # word ("…有什么新打算？") is looked for elsewhere too.
            cited_text = self._texts_of(state, previous.focus)
            if not self._covers(state, previous.focus, words):
                boost = ()
                named = retriever.thing_named(question)
                if _WHAT_ABOUT.search(question) and named and named[0] not in cited_text:
                    # "那消除对妇女歧视委员会呢，在哪段出现？" after op-8: a thing of its own,
                    # which the paragraph just cited does not name, asked the same way.
                    return _Context()
            return _Context(cited_text, boost)
        return _Context(previous.query, boost)

    def _cited_resolutions(
        self, state: _State, question: str, previous: Turn | None, words: Sequence[str]
    ) -> tuple[Key, ...]:
        """The units just cited that name other resolutions, when the question points at one
        of those (``那项决议…``) rather than at the resolution being read."""
        retriever = state.retriever
        if previous is None or retriever is None:
            return ()
        earlier = previous.answer.question
        # "那项决议…", or "它…" right after asking which resolution did something.
        answered_with_one = asks_which_resolution(earlier) and (
            points_back(question)
            or metadata.only_meta_words(words)
            or bool(_DEMONSTRATED_RESOLUTION.search(question))
        )
        # "是哪一年通过的？" right after a question about 第57/32号决议 is about that one.
        named_one = metadata.only_meta_words(words) and metadata.names_other_resolution(
            earlier, self._document_for(state, earlier).symbol
        )
        # A bare "那决议是哪天通过的" asks only for a date: that of the resolution just cited.
        bare_that = bool(_BARE_THAT_RESOLUTION.search(question)) and metadata.only_meta_words(words)
        if not (
            points_to_cited_resolution(question) or answered_with_one or named_one or bare_that
        ):
            return ()
        # The answer's main citation, not a related paragraph shown after it.
        return tuple(
            key
            for key in previous.focus[:1]
            if (unit := retriever.units.get(key)) is not None and unit.references
        )

    def _symbol_of_topic(
        self, state: _State, question: str, previous: Turn | None, lang: str
    ) -> Turn | None:
        """A symbol asked for a document the text footnotes (the Secretary-General's report, the
        1996 agreement) is in its footnote: named in the question itself, or by ``它的文件号是什么？``
        after a question about it. Otherwise the symbol asked for is the resolution's own."""
        builder = state.builder
        asks = metadata.asks_symbol(question)
        # "《千年宣言》是第几号决议", and "那《2005 年世界首脑会议成果》呢？" after a symbol question:
        # a document a footnote gives the number of, when the question names it.
        names_it = bool(_NUMBER_OF_RESOLUTION.search(question)) or (
            previous is not None
            and _WHAT_ABOUT.search(question) is not None
            and (
                metadata.asks_symbol(previous.answer.question)
                or _NUMBER_OF_RESOLUTION.search(previous.answer.question) is not None
                # "脚注4写的是什么？" then "那《千年宣言》呢？": the footnote of that one.
                or (bool(previous.focus) and previous.focus[0][1].startswith("fn-"))
            )
        )
        if builder is None or not (asks or names_it) or metadata.asks_own_symbol(question):
            return None
        retriever = builder.retriever
        if not asks:
            # Whole words only: a part (世界 of 世界议长大会) names no footnoted document, and a
            # question about a paragraph's footnote is answered from that paragraph.
            if _FOOTNOTE_WORD.search(question):
                return None
            terms = content_words(retriever.lexical.segmenter.words(question))
        else:
            terms = retriever.whole_terms(question)
        named = self._footnotes_about(retriever, terms)
        if named:
            return builder.footnotes(named, question, lang)
        if previous is None:
            return None
        topic = [w for w in self._topic_words(retriever, previous.answer.question) if len(w) > 1]
        if previous.direct and _SEVERAL_BACK.search(question):
            # "这两份对应的决议号是多少？" after 序言部分第5段: the documents it footnotes.
            return builder.footnotes_of(previous.focus, question, lang)

        def about_topic(note: Unit) -> bool:
            return any(word in note.anchor.lower() for word in topic)

        found = builder.footnotes_of(previous.focus, question, lang, about_topic) if topic else None
        if (
            found is None
            and previous.focus
            and points_back(question)
            and _FOOTNOTE_WORD.search(question)
        ):
            # "它在脚注里的文号呢？" after "它奠定了什么基础？": the footnote of what was cited.
            return builder.footnotes_of(previous.focus[:1], question, lang)
        return found

    @staticmethod
    def _footnotes_of_topic(
        state: _State, retrieval: Retrieval, question: str, lang: str
    ) -> Turn | None:
        """ "The footnote of the paragraph about the Speakers' conference": the footnotes of the
        best paragraph near the top that has any, unless a footnote itself ranks first."""
        builder = state.builder
        assert builder is not None
        units = builder.retriever.units
        for rank, scored in enumerate(retrieval.ranked[:FOOTNOTE_TOPIC_DEPTH]):
            unit = units[(scored.doc, scored.unit)]
            if unit.kind == "footnote" and rank == 0:
                return None
            if unit.footnotes:
                return builder.footnotes_of([(scored.doc, scored.unit)], question, lang)
        return None

    @staticmethod
    def _footnotes_about(retriever: Retriever, terms: Sequence[str]) -> list[Key]:
        """Footnotes whose anchor (the words they are attached to) holds a topic word that
        names something (``合作协定``, ``2005`` of 《2005 年世界首脑会议成果》), not one most units
        share (``各国议会联盟``)."""
        common = max(3, len(retriever.units) // 5)
        topic = [
            t
            for t in dict.fromkeys(terms)
            if len(t) > 1
            and (not metadata.only_meta_words([t]) or _YEAR_NAMED.fullmatch(t))
            and len(retriever.mentioning(t)) <= common
        ]
        return [
            key
            for key, unit in retriever.units.items()
            if unit.kind == "footnote" and any(t in unit.anchor.lower() for t in topic)
        ]

    def _leans_on(self, state: _State, words: Sequence[str], previous: Turn) -> bool:
        """A short question whose words are all in what was just cited (``在哪一届会议？`` after
        op-16, ``具体是在哪些领域合作？`` after op-10) is about that, not about every paragraph
        with the words."""
        retriever = state.retriever
        # "计划什么时候召开？": a plan or an expectation is how the fact is asked, not a topic.
        words = [w for w in words if w not in _MODAL_WORDS]
        if not 0 < len(words) <= LEAN_WORDS or retriever is None or not previous.focus:
            return False
        unit = retriever.units.get(previous.focus[0])
        return unit is not None and all(w.lower() in unit.text.lower() for w in words)

    @staticmethod
    def _adds_to(state: _State, question: str, words: Sequence[str], previous: Turn) -> bool:
        """``决议是否也说明了起草的理由？`` after op-15: a few words, one of them in what was just
        cited, added to the question before it."""
        retriever = state.retriever
        if retriever is None or not previous.focus or not adds_to_previous(question):
            return False
        unit = retriever.units.get(previous.focus[0])
        if unit is None or not 0 < len(words) <= ALSO_WORDS:
            return False
        return any(len(w) > 1 and w in unit.text for w in words)

    def _pronoun_alone(self, state: _State, question: str, words: Sequence[str]) -> bool:
        """``那它现在还管用吗，要不要改``: a pronoun and words the text never uses, so the thing
        asked about is the one just discussed (``那它跟消除对妇女歧视委员会…`` names another)."""
        retriever = state.retriever
        if retriever is None or not points_back(question) or len(words) > PRONOUN_ALONE_WORDS:
            return False
        return not any(retriever.lexical.has(w) for w in words)

    @staticmethod
    def _besides_cited_item(state: _State, question: str, previous: Turn) -> bool:
        """ "除了冲突后国家，还有哪一类国家？" after op-13: the rest of the list in the paragraph
        just cited, which names the item set aside (not other paragraphs, unless asked for)."""
        retriever = state.retriever
        besides = _BESIDES_ITEM.search(question)
        if retriever is None or besides is None or not previous.focus:
            return False
        if _PLACES_ASKED.search(question):
            return False
        unit = retriever.units.get(previous.focus[0])
        return unit is not None and besides.group("item").strip() in unit.text

    def _demonstrated(
        self, state: _State, question: str, words: Sequence[str], previous: Turn
    ) -> bool:
        """``这个大会在哪个城市开？`` after op-5: the noun after a demonstrative is in what was
        just cited, so it is that thing (``这个做法`` after a paragraph without 做法 is not)."""
        retriever = state.retriever
        if retriever is not None and previous.focus and detect_lang(question) == "en":
            unit = retriever.units.get(previous.focus[0])
            terms = retriever.chinese_terms(pointed_nouns(question))
            return unit is not None and any(t in unit.text for t in terms)
        # "那次大会…": 那次 is segmented as a word of its own and names nothing.
        nouns = without_demonstratives(words)
        if not nouns or len(nouns) > DEMONSTRATED_WORDS or retriever is None or not previous.focus:
            return False
        noun = demonstrated_noun(question, nouns)
        unit = retriever.units.get(previous.focus[0])
        return bool(noun) and unit is not None and noun in unit.text

    @staticmethod
    def _bare_type(retriever: Retriever, question: str, words: Sequence[str]) -> bool:
        """``开会地点``: a kind of fact asked for in one word the text lacks, of what was just
        discussed."""
        if len(words) != 1 or not asked_type(question):
            return False
        word = words[0]
        return (
            not word.isascii()
            and not retriever.lexical.has(word)
            and not retriever.mentioning(word)
        )

    def _document_for(self, state: _State, question: str) -> Document:
        for document in state.documents:
            if document.symbol and document.symbol.lower() in question.lower():
                return document
        return state.documents[0]

    def _same_units(
        self,
        state: _State,
        question: str,
        previous: Turn,
        follow: FollowKind,
        section: str,
        words: Sequence[str],
    ) -> bool:
        """An elliptic follow-up to a direct reference is about the same units, unless it names
        another part of the resolution or a Chinese word they lack (``…有什么新打算？`` after a
        footnote's symbol)."""
        retriever = state.retriever
        if follow != "elliptic" or not previous.direct or not previous.focus or retriever is None:
            return False
        if (
            asks_earlier_instances(question)
            or asks_another_instance(question)
            or asks_other_version(question, self._texts_of(state, previous.focus))
        ):
            # "那前几届是哪几年开的？" after 第5段 (the fourth): other instances, elsewhere.
            return False
        units = [retriever.units[key] for key in previous.focus if key in retriever.units]
        if section and not all(u.kind == section for u in units):
            return False
        # "这种交流的目的是什么？": a purpose is what is asked of them, not a word they must hold;
        # "是不是打算另起炉灶？" names 起草 through the glossary.
        named = [*words, *retriever.glossary_words(question)]
        return self._covers(state, previous.focus, [w for w in named if w not in _ASKING_WORDS])

    def _spelled_out(
        self,
        state: _State,
        question: str,
        words: Sequence[str],
        follow: FollowKind,
        previous: Turn | None,
    ) -> list[Key]:
        """ "里面那个机构全称叫什么？" after op-10: the units spelling out the short names the
        last answer used, unless the question names its own (``议联的全称``)."""
        retriever = state.retriever
        if previous is None or not previous.focus or retriever is None:
            return []
        if follow != "elliptic" or not retriever.asks_full_name(question):
            return []
        if retriever.short_names_in(question):
            return []
        return retriever.spelling_out(
            retriever.short_names_in(self._texts_of(state, previous.focus))
        )

    def _covers(self, state: _State, keys: Sequence[Key], words: Sequence[str]) -> bool:
        """Whether some units hold every Chinese word of a question that the text has at all
        (English words are the glossary's; a word the text lacks points nowhere else)."""
        retriever = state.retriever
        assert retriever is not None
        text = self._texts_of(state, keys)
        return all(w in text for w in words if not w.isascii() and retriever.lexical.has(w))

    def _texts_of(self, state: _State, keys: Sequence[Key]) -> str:
        retriever = state.retriever
        assert retriever is not None
        return " ".join(retriever.units[k].text for k in keys if k in retriever.units)
