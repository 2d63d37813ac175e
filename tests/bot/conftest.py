"""Bot fixtures: the bundled resolution, an in-memory store, bots over the fake embedder."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from bot.bot import Bot
from index.document import Document, Unit
from index.protocols import Embedder, Hit
from index.settings import BUNDLED_RESOLUTION, Settings
from tests.conftest import FakeEmbedder


class MemoryStore:
    """The ``Store`` protocol in memory: exact cosine search, a new version on every load."""

    def __init__(self) -> None:
        self._version: str | None = None
        self._model: str | None = None
        self._documents: list[Document] = []
        self._keys: list[tuple[str, str]] = []
        self._vectors = np.zeros((0, 1), dtype=np.float32)
        self.queries = 0

    def load(self, documents: Sequence[Document], embedder: Embedder) -> str:
        """Index documents (replacing what was there) and return the new version."""
        keys = [(d.symbol, u.unit) for d in documents for u in d.units]
        texts = [u.text for d in documents for u in d.units]
        self._vectors = embedder.embed_passages(texts) if texts else self._vectors
        self._keys = keys
        self._documents = list(documents)
        self._model = embedder.name
        self._version = uuid.uuid4().hex
        return self._version

    def version(self) -> str | None:
        return self._version

    def embedding_model(self) -> str | None:
        return self._model

    def documents(self) -> list[Document]:
        return list(self._documents)

    def query(self, vector: np.ndarray, k: int) -> list[Hit]:
        self.queries += 1
        if not self._keys:
            return []
        sims = self._vectors @ np.asarray(vector, dtype=np.float32)
        order = np.argsort(-sims)[:k]
        return [Hit(self._keys[i][0], self._keys[i][1], float(sims[i])) for i in order]


def _standin_parse(path: Path) -> Document:
    """A small parser of the bundled text, used only until ``index.parse`` exists."""
    lines = [ln.rstrip("\n") for ln in path.read_text(encoding="utf-8").splitlines()]
    title_line = lines[0].strip()
    paras: list[dict[str, object]] = []
    notes: dict[int, str] = {}
    anchors: dict[int, str] = {}
    in_notes = False
    pending_note: int | None = None
    for raw in lines[3:]:
        line = raw.strip()
        if not line or line.startswith("http"):
            continue
        if line.startswith("____"):
            in_notes = True
            continue
        if re.fullmatch(r"\d+", line):
            if in_notes:
                pending_note = int(line)
            elif paras:
                marks = paras[-1]["notes"]
                assert isinstance(marks, list)
                marks.append(int(line))
                before = re.split(r"[，；。、]", str(paras[-1]["text"]).rstrip("，；。"))[-1]
                anchors[int(line)] = before
            continue
        if in_notes and pending_note is not None:
            notes[pending_note] = line
            pending_note = None
            continue
        in_notes = False
        if re.match(r"\d{4}\s*年", line) or (line.startswith("第") and "全体会议" in line):
            paras.append({"text": line, "notes": [], "kind": "adoption"})
            continue
        text = str(paras[-1]["text"]) if paras else ""
        starts = raw[:1].isspace() and (not paras or text.endswith(("，", "；", "。")))
        if starts and paras and paras[-1]["kind"] == "adoption":
            starts = True
        if starts or not paras:
            paras.append({"text": line, "notes": [], "kind": "para"})
        elif paras[-1]["kind"] == "adoption":
            paras[-1]["text"] = f"{text} {line}"
        else:
            paras[-1]["text"] = text + line
    units: list[Unit] = [
        Unit("title", "title", None, "标题", "Title", title_line.split(" ", 1)[1], 0)
    ]
    pp = op = 0
    cited: dict[int, list[str]] = {}
    adoption: list[str] = []
    for para in paras:
        text = str(para["text"])
        if para["kind"] == "adoption":
            adoption.append(text)
            continue
        m = re.match(r"(\d+)\.\s*", text)
        marks = para["notes"]
        assert isinstance(marks, list)
        if m:
            op += 1
            uid, kind, number = f"op-{op}", "operative", op
            text = text[m.end() :]
            labels = (f"执行部分第{op}段", f"Operative paragraph {op}")
        else:
            pp += 1
            uid, kind, number = f"pp-{pp}", "preambular", pp
            labels = (f"序言部分第{pp}段", f"Preambular paragraph {pp}")
        for n in marks:
            cited.setdefault(n, []).append(uid)
        units.append(
            Unit(
                uid,
                kind,  # type: ignore[arg-type]
                number,
                labels[0],
                labels[1],
                text,
                len(units),
                footnotes=tuple(f"fn-{n}" for n in marks),
            )
        )
    for n, text in sorted(notes.items()):
        units.append(
            Unit(
                f"fn-{n}",
                "footnote",
                n,
                f"脚注{n}",
                f"Footnote {n}",
                text,
                len(units),
                cited_by=tuple(cited.get(n, ())),
                anchor=anchors.get(n, ""),
            )
        )
    units.append(
        Unit("adoption", "adoption", None, "通过", "Adoption", " ".join(adoption), len(units))
    )
    return Document(
        "A/RES/68/272",
        title_line.split(" ", 1)[1],
        "zh",
        "2014-05-19",
        "第 86 次全体会议",
        tuple(units),
    )


def parse_bundled() -> Document:
    """The bundled resolution, through the real parser once it exists."""
    try:
        from index.parse import parse_file
    except ImportError:
        return _standin_parse(BUNDLED_RESOLUTION)
    return parse_file(BUNDLED_RESOLUTION)


@pytest.fixture(scope="session")
def resolution() -> Document:
    """A/RES/68/272, parsed."""
    return parse_bundled()


@pytest.fixture
def memory_store(resolution: Document, fake_embedder: FakeEmbedder) -> MemoryStore:
    """An in-memory store holding the bundled resolution, embedded with the fake embedder."""
    store = MemoryStore()
    store.load([resolution], fake_embedder)
    return store


@pytest.fixture
def fake_bot(settings: Settings, memory_store: MemoryStore, fake_embedder: FakeEmbedder) -> Bot:
    """A bot over the in-memory store and the fake embedder (fast logic tests)."""
    return Bot(settings, memory_store, fake_embedder)
