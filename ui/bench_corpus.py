"""Deterministic synthetic corpora built from the real paragraphs, as if many resolutions."""

from __future__ import annotations

import random
from dataclasses import replace

from index.document import Document, Unit, UnitKind


def synthetic_corpus(source: Document, units: int, seed: int = 68272) -> list[Document]:
    """Documents totalling exactly ``units`` units, recombined and renumbered from ``source``.

    Each synthetic resolution takes the source's layout (title, preambular and operative
    paragraphs, adoption) with paragraphs drawn from the source, each made distinct by joining
    two clauses of different paragraphs; footnotes are left out so every reference resolves.

    :param source: A parsed resolution.
    :param units: Total number of units wanted (>= 3).
    :param seed: Random seed (the corpus is the same for the same seed).
    :returns: The documents.
    """
    rng = random.Random(seed)
    paragraphs = [u for u in source.units if u.kind in ("preambular", "operative")]
    clauses = [c for u in paragraphs for c in u.text.replace("；", "，").split("，") if len(c) > 4]
    docs: list[Document] = []
    remaining = units
    session = 1
    while remaining > 0:
        size = min(remaining, rng.randint(20, 40))
        if remaining - size < 3 and remaining != size:
            size = remaining
        n_body = max(1, size - 2)
        n_pp = max(0, min(n_body - 1, n_body // 3))
        symbol = f"A/RES/{100 + session // 300}/{session % 300 + 1}"
        body: list[Unit] = [
            replace(source.units[0], text=f"{source.title}（{session}）", order=0, footnotes=())
        ]
        for i in range(n_body):
            preambular = i < n_pp
            number = i + 1 if preambular else i - n_pp + 1
            text = "，".join(rng.sample(clauses, 2)) + ("，" if preambular else "；")
            kind: UnitKind = "preambular" if preambular else "operative"
            label = f"序言部分第{number}段" if preambular else f"执行部分第{number}段"
            label_en = (
                f"Preambular paragraph {number}" if preambular else f"Operative paragraph {number}"
            )
            uid = f"pp-{number}" if preambular else f"op-{number}"
            body.append(Unit(uid, kind, number, label, label_en, text, len(body)))
        if size > 1:
            body.append(
                Unit(
                    "adoption",
                    "adoption",
                    None,
                    "通过日期",
                    "Adoption",
                    f"20{10 + session % 15} 年 {1 + session % 12}月 {1 + session % 28} 日",
                    len(body),
                )
            )
        body = body[:size]
        docs.append(replace(source, symbol=symbol, title=body[0].text, units=tuple(body), links={}))
        remaining -= len(body)
        session += 1
    return docs
