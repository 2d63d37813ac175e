"""English UN terminology mapped to the Chinese terms of the text, for English questions.

The lexical side only sees Chinese, so ``What does it say about UN-Women?`` is searched as
``妇女署 联合国促进性别平等和增强妇女权能署``. Coverage (how much of the question the glossary
understood) also tells an English question about the resolution from one about anything else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import snowballstemmer

from bot.script import has_chinese

GLOSSARY_FILE = Path(__file__).parent / "data" / "glossary.tsv"

# Words every English question may use without being about any topic.
_EN_STOPWORDS_RAW = """
    a an the of to in on for with by about and or as at from into onto that this these those it its
    is are was were be been being do does did done has have had what which who whom whose when where
    why how there here any anything some something all each every more most other others another
    resolution resolutions text document paragraph paragraphs para say says said saying mention
    mentions mentioned mentioning tell me us please can could would should will shall may might
    must regarding concerning related relate relates relating according according to per than then
    also only just very much many such so if not no yes say stated state states stating about
    talk talks discuss discusses discussed address addresses addressed refer refers referred
    reference references provide provides provision provisions part parts section sections
    what's whats does it here do we you i my our your their them they he she his her
    ask asks asked asking expect expects expected change changes way ways keep kind kinds type
    types thing things issue issues aspect aspects put puts putting respect regard regards regarding
    example examples give gives given instance instances
    op ops pp pps operative preambular preamble
    quick check piece story article write writing confirm make makes made under cite cites cited
    citing attach attached footnote footnotes footnoted referenced referencing anywhere
    full name names stand stands acronym abbreviation own single thematic topic topics subject
    re regarding wrt take takes actor actors doc docs tldr supposed actual actually abt anything yrs
    clause clauses exactly verb verbs addressee addressees
    x xx xxx xxxx besides except apart
    uh um umm uhm er erm hmm like okay ok yeah list going gonna wanna manner often up
    stuff get gets got getting one ones itself come comes coming fast fact facts trivia
    anywhere plain simple simply again wht context kab kya hai hua ye acha matlab
    purpose purposes intended intend serve serves meant dear sir madam know since
    specifically specific explicitly expressly particularly
    """
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


_STEMMER = snowballstemmer.stemmer("english")
# Clipped words of notes and chat ("4th World Conf of Speakers").
_ABBREVIATIONS = {
    "conf": "conference",
    "4th": "fourth",
    "70th": "seventieth",
    "confs": "conferences",
    "govt": "government",
    "govts": "governments",
    "intl": "international",
    "parl": "parliament",
    "parls": "parliaments",
    "mtg": "meeting",
    "cttee": "committee",
    "reso": "resolution",
    "res": "resolution",
    "w": "with",
    "abt": "about",
}


_DEMONSTRATIVE = re.compile(r"(?<=的)(?:那些|这些|那几个|这几个)")


def normalise(word: str) -> str:
    """Fold an English word for matching: lowercase, possessive removed, Snowball stem (so
    ``invited``, ``invites`` and ``invitation`` all match the glossary's ``invite``).

    :param word: One word.
    :returns: The folded word.
    """
    word = word.lower()
    if word.endswith("'s"):
        word = word[:-2]
    return str(_STEMMER.stemWord(_ABBREVIATIONS.get(word, word)))


EN_STOPWORDS = frozenset(normalise(w) for w in _EN_STOPWORDS_RAW.split())


def english_words(text: str) -> list[str]:
    """The folded English words of a text (hyphens and dots split words).

    :param text: Any text.
    :returns: Folded words in order.
    """
    return [normalise(w) for w in _WORD.findall(text.lower().replace("u.n.", "un"))]


@dataclass(frozen=True)
class Expansion:
    """What the glossary made of an English question.

    :param terms: Chinese terms for the lexical side, in question order, without repeats.
    :param matched: The English phrases recognised.
    :param coverage: Share of the question's content words inside a recognised phrase.
    :param numbers: Numerals of the question (years, resolution numbers) usable as-is.
    :param chinese: Chinese variants found in the question (``议联``), mapped to the text's terms.
    :param size: How many content words ``coverage`` is a share of.
    """

    terms: tuple[str, ...]
    matched: tuple[str, ...]
    coverage: float
    numbers: tuple[str, ...]
    chinese: tuple[str, ...] = ()
    size: int = 0


class Glossary:
    """English phrase -> Chinese terms, longest phrase first.

    :param entries: ``(english variants, chinese terms)`` pairs.
    """

    def __init__(self, entries: Sequence[tuple[Sequence[str], Sequence[str]]]) -> None:
        self._phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        # Chinese variants (``议联``, ``女性``) are matched as substrings of the question.
        self._chinese: dict[str, tuple[str, ...]] = {}
        for variants, terms in entries:
            for variant in variants:
                if has_chinese(variant):
                    merged = self._chinese.get(variant, ()) + tuple(terms)
                    self._chinese[variant] = tuple(dict.fromkeys(merged))
                    continue
                key = tuple(english_words(variant))
                if key:
                    merged = self._phrases.get(key, ()) + tuple(terms)
                    self._phrases[key] = tuple(dict.fromkeys(merged))
        self._longest = max((len(k) for k in self._phrases), default=0)
        self._boundaries: Callable[[str], frozenset[int]] | None = None

    def aligned(self, boundaries: Callable[[str], frozenset[int]]) -> Glossary:
        """This glossary, matching a Chinese variant only where it starts or ends on a word
        boundary: ``议联`` is not in ``建议联合国``, nor ``国会`` in ``中国会议``.

        :param boundaries: The word boundaries (character offsets) of a text.
        :returns: A copy sharing the entries.
        """
        copy = Glossary(())
        copy._phrases, copy._chinese, copy._longest = self._phrases, self._chinese, self._longest
        copy._boundaries = boundaries
        return copy

    def _starts(self, question: str, variant: str, cuts: frozenset[int] | None) -> list[int]:
        starts, at = [], question.find(variant)
        while at >= 0:
            # Straddling two words at both ends (建|议联|合国) is a chance; one end inside a word
            # is usually the segmenter's own choice (派驻|各国的团队, 相|衔接).
            # A clipped name (妇女地位委) inside the full one it stands for is that name.
            whole = any(
                len(t) > len(variant) and question.startswith(t, at)
                for t in self._chinese.get(variant, ())
            )
            if not whole and (cuts is None or at in cuts or at + len(variant) in cuts):
                starts.append(at)
            at = question.find(variant, at + 1)
        return starts

    def _cuts(self, question: str) -> frozenset[int] | None:
        return self._boundaries(question) if self._boundaries else None

    def __len__(self) -> int:
        return len(self._phrases)

    def terms_of(self, phrase: str) -> tuple[str, ...]:
        """The Chinese terms of one recognised phrase (from :attr:`Expansion.matched`).

        :param phrase: The phrase as matched (folded words joined by spaces).
        :returns: Its terms, the usual one first; none for an unknown phrase.
        """
        return self._phrases.get(tuple(phrase.split()), ())

    def knows_variant(self, word: str) -> bool:
        """Whether a Chinese word is itself one of the glossary's variants (``全国人大``), not just
        a word with a variant inside it (``维和特派团``).

        :param word: A Chinese word.
        :returns: True when the glossary lists it whole.
        """
        return word in self._chinese

    def chinese_terms(self) -> list[str]:
        """Every Chinese term of the glossary, once.

        :returns: The terms.
        """
        every = [*self._phrases.values(), *self._chinese.values()]
        return list(dict.fromkeys(t for terms in every for t in terms))

    def rewrite(self, question: str, chinese: Sequence[str]) -> str:
        """A question with its Chinese variants replaced by the text's own term.

        :param question: The question.
        :param chinese: Variants found by :meth:`expand`.
        :returns: The rewritten question (``议联`` -> ``各国议会联盟``).
        """
        for variant in chinese:
            terms = self._chinese.get(variant)
            if not terms:
                continue
            for at in reversed(self._starts(question, variant, self._cuts(question))):
                question = f"{question[:at]} {terms[0]} {question[at + len(variant) :]}"
        return question

    def expand(self, question: str) -> Expansion:
        """Chinese terms for the English phrases in a question.

        :param question: The question.
        :returns: The expansion (empty terms when nothing is recognised).
        """
        words = english_words(question)
        terms: list[str] = []
        matched: list[str] = []
        covered = [False] * len(words)
        i = 0
        while i < len(words):
            for size in range(min(self._longest, len(words) - i), 0, -1):
                key = tuple(words[i : i + size])
                if key in self._phrases and not all(w in EN_STOPWORDS for w in key):
                    terms.extend(self._phrases[key])
                    matched.append(" ".join(key))
                    covered[i : i + size] = [True] * size
                    i += size
                    break
            else:
                i += 1
        # Bare numerals (years, resolution numbers) are kept apart: the text may hold them as-is.
        content = [
            c
            for w, c in zip(words, covered, strict=True)
            if c or (w not in EN_STOPWORDS and not w.isdigit())
        ]
        numbers = tuple(dict.fromkeys(w for w in words if w.isdigit()))
        coverage = sum(content) / len(content) if content else 0.0
        # "驻在各国的那些联合国团队" is "驻在各国的联合国团队".
        plain = _DEMONSTRATIVE.sub("", question)
        cuts = self._cuts(plain) if has_chinese(plain) else None
        variants = [v for v in self._chinese if v in plain and self._starts(plain, v, cuts)]
        # Longest first, and a variant inside a longer matched one does not count twice.
        variants.sort(key=len, reverse=True)
        chosen: list[str] = []
        for variant in variants:
            if not any(variant in longer for longer in chosen):
                chosen.append(variant)
                terms.extend(self._chinese[variant])
        return Expansion(
            tuple(dict.fromkeys(terms)),
            tuple(matched),
            coverage,
            numbers,
            tuple(chosen),
            len(content),
        )


def read_pairs(path: Path, shape: str) -> list[tuple[str, str]]:
    """The ``left<TAB>right`` lines of a bundled table (``#`` starts a comment line).

    :param path: The file.
    :param shape: What a line should look like, for the error message.
    :returns: The pairs, in file order, each side as written.
    :raises ValueError: When a line has no tab.
    """
    pairs: list[tuple[str, str]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" not in line:
            raise ValueError(f"{path}:{number}: expected '{shape}'")
        left, right = line.split("\t", 1)
        pairs.append((left, right))
    return pairs


def load_glossary(path: Path = GLOSSARY_FILE) -> Glossary:
    """Read a glossary TSV (``english|variants<TAB>中文|术语``, ``#`` starts a comment line).

    :param path: The file; the bundled UN glossary by default.
    :returns: The glossary.
    :raises ValueError: When a line has no tab.
    """
    entries: list[tuple[list[str], list[str]]] = []
    for english, chinese in read_pairs(path, "english<TAB>chinese"):
        variants = [v.strip() for v in english.split("|") if v.strip()]
        terms = [t.strip() for t in chinese.split("|") if t.strip()]
        entries.append((variants, terms))
    return Glossary(entries)


@cache
def bundled_glossary() -> Glossary:
    """The bundled glossary, read once per process.

    :returns: The glossary of :data:`GLOSSARY_FILE`.
    """
    return load_glossary()
