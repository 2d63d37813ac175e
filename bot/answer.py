"""What the bot hands to its callers: answers with their citations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FootnoteRef:
    """A footnote shown under a cited paragraph."""

    unit: str
    label: str
    text: str


@dataclass(frozen=True)
class Citation:
    """One cited unit of a document.

    :param doc: Document symbol (``A/RES/68/272``).
    :param unit: Unit id (``op-15``).
    :param kind: Unit kind (``operative``, ``preambular``, ``footnote``, ``title``, ``adoption``).
    :param number: Printed number, or ``None``.
    :param label: Label in the answer's language (``执行部分第15段`` / ``Operative paragraph 15``).
    :param text: Full text of the unit, as printed.
    :param quote: The clause quoted from ``text`` (always a substring of it).
    :param score: Retrieval score in [0, 1], higher is better.
    :param footnotes: Footnotes the unit cites.
    :param cited_by: For a footnote: labels of the paragraphs citing it.
    """

    doc: str
    unit: str
    kind: str
    number: int | None
    label: str
    text: str
    quote: str
    score: float
    footnotes: tuple[FootnoteRef, ...] = ()
    cited_by: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The ``resqa ask --json`` shape of one citation."""
        return {
            "doc": self.doc,
            "unit": self.unit,
            "kind": self.kind,
            "number": self.number,
            "label": self.label,
            "text": self.text,
            "quote": self.quote,
            "score": round(self.score, 4),
            "footnotes": [{"unit": f.unit, "text": f.text} for f in self.footnotes],
        }


@dataclass(frozen=True)
class Answer:
    """The bot's reply to one question.

    :param question: The question as answered (after truncation).
    :param text: The answer text: framing in the question's language, quotes in the document's.
    :param no_answer: True when the resolution does not address the question.
    :param citations: Cited units, best first (empty when ``no_answer``).
    :param see_also: Closest units offered when there is no answer.
    :param lang: Language of the framing text, ``zh`` or ``en``.
    :param notice: A note for the reader (e.g. the question was truncated), or ``""``.
    """

    question: str
    text: str
    no_answer: bool
    citations: tuple[Citation, ...] = ()
    see_also: tuple[Citation, ...] = ()
    lang: str = "zh"
    notice: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The ``resqa ask --json`` / ``POST /api/ask`` shape."""
        return {
            "question": self.question,
            "answer": self.text,
            "no_answer": self.no_answer,
            "citations": [c.to_json() for c in self.citations],
            "see_also": [c.to_json() for c in self.see_also],
            "notice": self.notice,
        }
