"""Typed units of a parsed resolution: the currency passed between layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

UnitKind = Literal["title", "preambular", "operative", "footnote", "adoption"]
# Units about the document rather than paragraphs of it (their ids equal their kinds).
METADATA_KINDS: tuple[UnitKind, ...] = ("title", "adoption")


@dataclass(frozen=True)
class Unit:
    """One citable piece of a resolution.

    :param unit: Stable id within its document: ``pp-4``, ``op-15``, ``op-3-a``, ``fn-2``,
        ``title`` or ``adoption``.
    :param kind: What the unit is.
    :param number: Printed paragraph or footnote number; ``None`` for title and adoption.
    :param item: Sub-paragraph letter (``"a"`` for ``op-3-a``), else ``None``.
    :param label: Chinese citation label, e.g. ``序言部分第4段``, ``执行部分第3段(a)项``, ``脚注2``.
    :param label_en: English citation label, e.g. ``Preambular paragraph 4``.
    :param text: Clean text as printed, without footnote markers.
    :param order: Position in the document, 0-based.
    :param footnotes: Ids of the footnotes this unit cites, in order.
    :param references: Symbols of other documents this unit refers to (``A/RES/57/32``).
    :param cited_by: For footnotes: ids of the units that cite it.
    :param anchor: For footnotes: the phrase the marker is attached to.
    """

    unit: str
    kind: UnitKind
    number: int | None
    label: str
    label_en: str
    text: str
    order: int
    item: str | None = None
    footnotes: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    cited_by: tuple[str, ...] = ()
    anchor: str = ""


@dataclass(frozen=True)
class Document:
    """A parsed resolution.

    :param symbol: Document symbol, e.g. ``A/RES/68/272``.
    :param title: Title as printed.
    :param language: ISO 639-1 code of the text (``zh``, ``en``).
    :param adopted: Adoption date, ISO format (``2014-05-19``), or ``""`` if not printed.
    :param meeting: Meeting as printed (``第 86 次全体会议``), or ``""``.
    :param units: All units in document order.
    :param links: Referenced symbol -> link the file lists for it.
    """

    symbol: str
    title: str
    language: str
    adopted: str
    meeting: str
    units: tuple[Unit, ...]
    links: dict[str, str] = field(default_factory=dict)

    def get(self, unit_id: str) -> Unit | None:
        """Return the unit with this id, or ``None``."""
        for unit in self.units:
            if unit.unit == unit_id:
                return unit
        return None
