"""What gets embedded for each unit: its text, with context where the text alone says little."""

from __future__ import annotations

from index.document import Document, Unit


def passage_text(doc: Document, unit: Unit) -> str:
    """The text embedded (and hashed) for a unit.

    A footnote carries the phrase that cites it and the citing paragraphs' labels, since
    ``A/51/402，附件。`` alone matches no question; the title carries the symbol; the adoption
    unit says what its date is.

    :param doc: The unit's document (for labels of citing paragraphs).
    :param unit: The unit.
    :returns: The passage text.
    """
    if unit.kind == "footnote":
        citing = "、".join(u.label for uid in unit.cited_by if (u := doc.get(uid)))
        context = "；".join(part for part in (unit.anchor, citing) if part)
        return f"{unit.label}：{unit.text}（{context}）" if context else unit.text
    if unit.kind == "title":
        return f"{doc.symbol} {unit.text}"
    if unit.kind == "adoption":
        return f"{unit.label}：{unit.text}"
    return unit.text
