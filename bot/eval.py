"""``resqa eval``: retrieval quality on a labelled question set.

A question set is JSONL, one object per line: ``question``; ``expected`` (unit ids, any counts as
a hit; empty for questions the resolution does not address); optional ``history`` (earlier
questions of the conversation), ``key`` (a substring the answer must contain), ``no_answer``,
``category``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from bot.answer import Answer
from bot.script import has_chinese
from index.decode import InputError

DEFAULT_QUESTIONS = Path(__file__).parent / "data" / "questions.jsonl"


class QuestionsError(InputError):
    """A question file cannot be used; one line naming the file (and line) and the problem."""


class Asker(Protocol):
    """Anything that answers like ``Bot.ask``."""

    def ask(
        self, question: str, history: Sequence[str] = (), top_k: int | None = None
    ) -> Answer: ...


@dataclass(frozen=True)
class EvalItem:
    """One labelled question."""

    question: str
    expected: tuple[str, ...]
    history: tuple[str, ...] = ()
    key: str = ""
    no_answer: bool = False
    category: str = ""

    @property
    def lang(self) -> str:
        """``zh`` when the question has Chinese characters, else ``en``."""
        return "zh" if has_chinese(self.question) else "en"


@dataclass
class Scores:
    """Figures for one group of items."""

    n: int = 0
    answerable: int = 0
    hit1: int = 0
    hit3: int = 0
    rr: float = 0.0
    keyed: int = 0
    key_hits: int = 0

    def add(self, item: EvalItem, ranks: int | None, key_ok: bool | None) -> None:
        """Count one item.

        :param item: The labelled question.
        :param ranks: 1-based rank of the first expected unit among the citations, if any.
        :param key_ok: Whether the answer holds the key fact; ``None`` when the item has none.
        """
        self.n += 1
        if item.expected and not item.no_answer:
            self.answerable += 1
            if ranks is not None:
                self.hit1 += ranks == 1
                self.hit3 += ranks <= 3
                self.rr += 1.0 / ranks
        if key_ok is not None:
            self.keyed += 1
            self.key_hits += key_ok

    @property
    def r1(self) -> float:
        return self.hit1 / self.answerable if self.answerable else 0.0

    @property
    def r3(self) -> float:
        return self.hit3 / self.answerable if self.answerable else 0.0

    @property
    def mrr(self) -> float:
        return self.rr / self.answerable if self.answerable else 0.0

    @property
    def key_rate(self) -> float:
        return self.key_hits / self.keyed if self.keyed else 0.0


@dataclass
class EvalReport:
    """The result of an evaluation."""

    overall: Scores = field(default_factory=Scores)
    by_category: dict[str, Scores] = field(default_factory=dict)
    by_lang: dict[str, Scores] = field(default_factory=dict)
    flagged_unanswerable: int = 0
    flagged_answerable: int = 0
    unanswerable: int = 0
    answerable: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def no_answer_precision(self) -> float:
        flagged = self.flagged_unanswerable + self.flagged_answerable
        return self.flagged_unanswerable / flagged if flagged else 0.0

    @property
    def no_answer_recall(self) -> float:
        return self.flagged_unanswerable / self.unanswerable if self.unanswerable else 0.0

    @property
    def false_no_answer_rate(self) -> float:
        return self.flagged_answerable / self.answerable if self.answerable else 0.0


def load_questions(path: Path | None = None) -> list[EvalItem]:
    """Read a JSONL question set.

    :param path: The file; the project's own labelled set when ``None``.
    :returns: The items.
    :raises QuestionsError: One line naming the file and line when it is malformed.
    """
    path = Path(path) if path else DEFAULT_QUESTIONS
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise QuestionsError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise QuestionsError(f"{path}: not UTF-8 text") from None
    items: list[EvalItem] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict) or not isinstance(data.get("question"), str):
                raise ValueError('needs a "question" string')
            expected = data.get("expected", [])
            history = data.get("history", [])
            if not isinstance(expected, list) or not isinstance(history, list):
                raise ValueError('"expected" and "history" must be lists')
            if data.get("no_answer") and expected:
                raise ValueError('a "no_answer" question must have an empty "expected"')
            items.append(
                EvalItem(
                    question=data["question"],
                    expected=tuple(str(e) for e in expected),
                    history=tuple(str(h) for h in history),
                    key=str(data.get("key", "")),
                    no_answer=bool(data.get("no_answer", False)) or not expected,
                    category=str(data.get("category", "")),
                )
            )
        except ValueError as exc:  # json.JSONDecodeError is one too
            raise QuestionsError(f"{path}:{number}: {exc}") from None
    if not items:
        raise QuestionsError(f"{path}: no questions")
    return items


def evaluate(bot: Asker, items: Sequence[EvalItem], top_k: int = 3) -> EvalReport:
    """Ask every question and score the citations.

    :param bot: The system under test.
    :param items: Labelled questions.
    :param top_k: Citations requested per question.
    :returns: The report.
    """
    report = EvalReport()
    for item in items:
        answer = bot.ask(item.question, item.history, top_k=top_k)
        got = [c.unit for c in answer.citations]
        ranks = next((i + 1 for i, unit in enumerate(got) if unit in item.expected), None)
        key_ok = (item.key in answer.text) if item.key else None
        for group, name in (
            (report.by_category, item.category or "other"),
            (report.by_lang, item.lang),
        ):
            group.setdefault(name, Scores()).add(item, ranks, key_ok)
        report.overall.add(item, ranks, key_ok)
        if item.no_answer:
            report.unanswerable += 1
            report.flagged_unanswerable += answer.no_answer
        else:
            report.answerable += 1
            report.flagged_answerable += answer.no_answer
        wrong = (item.no_answer != answer.no_answer) or (
            not item.no_answer and (ranks is None or ranks > 3)
        )
        if wrong or key_ok is False:
            report.failures.append(
                {
                    "question": item.question,
                    "history": list(item.history),
                    "expected": list(item.expected),
                    "got": got,
                    "no_answer": answer.no_answer,
                    "key": item.key,
                    "key_ok": key_ok,
                }
            )
    return report


def _row(name: str, s: Scores) -> str:
    key = f"{s.key_rate:>6.2f}" if s.keyed else f"{'-':>6}"  # no keyed questions in the group
    return f"{name:<12} {s.n:>4} {s.answerable:>4} {s.r1:>6.2f} {s.r3:>6.2f} {s.mrr:>6.2f} {key}"


def format_report(report: EvalReport) -> str:
    """Render a report for the terminal.

    :param report: The report.
    :returns: A table by category and language, the failures, the no-answer figures, and as the
        last line ``eval: R@1=… R@3=… MRR=… key=… n=…`` (two decimals).
    """
    lines = [f"{'group':<12} {'n':>4} {'ans':>4} {'R@1':>6} {'R@3':>6} {'MRR':>6} {'key':>6}"]
    lines += [_row(name, s) for name, s in sorted(report.by_category.items())]
    lines += [_row(f"lang={name}", s) for name, s in sorted(report.by_lang.items())]
    if report.failures:
        lines.append("")
        lines.append(f"failures ({len(report.failures)}):")
        for f in report.failures:
            context = f" (after {' / '.join(f['history'])})" if f["history"] else ""
            lines.append(
                f"- {f['question']}{context}: expected {f['expected'] or 'no answer'}, got "
                f"{'no answer' if f['no_answer'] else f['got']}"
                + ("" if f["key_ok"] is not False else f", key {f['key']!r} missing")
            )
    lines.append("")
    lines.append(
        f"no-answer: precision={report.no_answer_precision:.2f} recall={report.no_answer_recall:.2f} "
        f"false-flag rate={report.false_no_answer_rate:.2f} "
        f"(unanswerable={report.unanswerable}, answerable={report.answerable})"
    )
    o = report.overall
    lines.append(
        f"eval: R@1={o.r1:.2f} R@3={o.r3:.2f} MRR={o.mrr:.2f} key={o.key_rate:.2f} n={o.n}"
    )
    return "\n".join(lines)


def report_to_json(report: EvalReport) -> dict[str, Any]:
    """The ``resqa eval --json`` shape.

    :param report: The report.
    :returns: Overall, per-category and per-language figures, no-answer figures, failures.
    """

    def scores(s: Scores) -> dict[str, Any]:
        return {
            "n": s.n,
            "answerable": s.answerable,
            "recall@1": round(s.r1, 4),
            "recall@3": round(s.r3, 4),
            "mrr": round(s.mrr, 4),
            "key_rate": round(s.key_rate, 4),
        }

    return {
        "overall": scores(report.overall),
        "by_category": {k: scores(v) for k, v in sorted(report.by_category.items())},
        "by_lang": {k: scores(v) for k, v in sorted(report.by_lang.items())},
        "no_answer": {
            "precision": round(report.no_answer_precision, 4),
            "recall": round(report.no_answer_recall, 4),
            "false_flag_rate": round(report.false_no_answer_rate, 4),
        },
        "failures": report.failures,
    }
