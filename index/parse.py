"""Parse the text of a UN resolution (as extracted from its PDF) into typed units.

The layout: a header ``68/272. Title``, the preface (``大会，`` / ``The General Assembly,``),
preambular paragraphs, numbered operative paragraphs (``1. …``, sub-items ``(a) …``), and at the
foot the adoption date and meeting. PDF debris is interleaved: footnote blocks after a ``_____``
separator, footnote markers as lone digits, and link lines at page breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from index.decode import InputError, decode_bytes, read_text
from index.document import Document, Unit, UnitKind

LABELS: dict[str, tuple[str, str]] = {
    "title": ("标题", "Title"),
    "adoption": ("通过日期", "Adoption"),
    "preambular": ("序言部分第{n}段", "Preambular paragraph {n}"),
    "operative": ("执行部分第{n}段", "Operative paragraph {n}"),
    "item": ("执行部分第{n}段({item})项", "Operative paragraph {n} ({item})"),
    "footnote": ("脚注{n}", "Footnote {n}"),
}
EN_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}

_HEADER = re.compile(r"^\s*(\d{2,3})/(\d{1,4})\.\s*(.*)$")
_PREFACE = re.compile(r"^\s*(大会\s*[，,]|The General Assembly\s*,)\s*$", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*_{5,}\s*$")
_URL = re.compile(r"^\s*https?://\S+\s*$")
_MARKER = re.compile(r"^\s*(\d{1,3})\s*$")
_OPERATIVE = re.compile(r"^(\d{1,3})\.\s*(.*)$", re.S)
_ITEM = re.compile(r"^[(（]([a-z])[)）]\s*(.*)$", re.S)
_ZH_DATE = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")
_EN_DATE = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\s*$")
_MEETING = re.compile(r"^\s*(第\s*\d+\s*次全体会议|\d+(?:st|nd|rd|th)\s+plenary meeting)\s*$", re.I)
_RESOLUTION_REF = re.compile(r"(?<![0-9A-Za-z/])(\d{2})/(\d{1,4})(?![0-9/])")
_DOC_SYMBOL = re.compile(r"(?<![0-9A-Za-z/])A/(\d{2})/(\d{1,4})(?:/Add\.\d+)?(?![\d/])")
_URL_SYMBOL = re.compile(r"https?://\S+?/(?:ch|zh|en|fr|es|ru|ar)/(\S+?)/?\s*$")
_ENDS_PARAGRAPH = ("，", "；", "。", ",", ";", ".", ":", "：")
_CLAUSE_BREAK = "，；。、：,;:"


class ParseError(InputError):
    """The text has not the layout of a resolution (e.g. no numbered paragraphs)."""


@dataclass
class _Block:
    """A paragraph being assembled; parts are joined once at the end (linear in input size)."""

    kind: str  # body | adoption
    parts: list[str] = field(default_factory=list)
    length: int = 0
    markers: list[tuple[int, int]] = field(default_factory=list)  # (footnote number, offset)
    lines: list[int] = field(default_factory=list)

    def add(self, line: str, separator: str | None = None) -> None:
        if separator is None:
            separator = _separator(self.parts[-1], line) if self.parts else ""
        piece = (separator if self.parts else "") + line
        self.parts.append(piece)
        self.length += len(piece)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def ends_paragraph(self) -> bool:
        return bool(self.parts) and _ends_paragraph(self.parts[-1])


def _is_cjk(ch: str) -> bool:
    return ch > "\u2e80"


def _separator(left: str, right: str) -> str:
    """What joins a PDF line wrap: nothing next to Chinese, one space between Latin words."""
    if not left or not right or _is_cjk(left[-1]) or _is_cjk(right[0]) or left.endswith(("-", "/")):
        return ""
    return " "


def _join(left: str, right: str) -> str:
    """Join two wrapped lines."""
    return left + _separator(left, right) + right


def _clean(line: str) -> str:
    return re.sub(r"[ \t\u3000\u00a0]+", " ", line).strip()


def _ends_paragraph(text: str) -> bool:
    return text.rstrip().endswith(_ENDS_PARAGRAPH)


def _anchor(text: str) -> str:
    """The phrase a footnote marker at the end of ``text`` is attached to."""
    body = text.rstrip().rstrip(_CLAUSE_BREAK).rstrip()
    if body.endswith("》") and "《" in body:
        start = body.rfind("《")
        year = re.search(r"(\d{4}\s*年\s*)$", body[:start])
        return body[start - len(year.group(1)) if year else start :]
    cut = max(body.rfind(ch) for ch in _CLAUSE_BREAK)
    return body[cut + 1 :].strip()


def _references(text: str, own: str) -> tuple[str, ...]:
    found: list[str] = []
    for m in _DOC_SYMBOL.finditer(text):
        found.append(m.group(0))
    stripped = _DOC_SYMBOL.sub(" ", text)
    for m in _RESOLUTION_REF.finditer(stripped):
        found.append(f"A/RES/{m.group(1)}/{m.group(2)}")
    return tuple(dict.fromkeys(s for s in found if s != own))


def _adoption_date(line: str) -> str:
    if m := _ZH_DATE.match(line):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif (m := _EN_DATE.match(line)) and m.group(2).lower() in EN_MONTHS:
        year, month, day = int(m.group(3)), EN_MONTHS[m.group(2).lower()], int(m.group(1))
    else:
        return ""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def _language(text: str) -> str:
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return "zh" if cjk > len(text) * 0.1 else "en"


def _symbol_from_source(source: str) -> str:
    m = re.search(r"([A-Z]+)-RES-(\d+)-(\d+)", Path(source).name)
    return f"{m.group(1)}/RES/{m.group(2)}/{m.group(3)}" if m else ""


def parse_text(text: str, source: str = "<text>") -> Document:
    """Parse resolution text into a :class:`Document`.

    :param text: The whole text (LF or CRLF line endings).
    :param source: Name of the input, used in error messages and as a symbol fallback.
    :returns: The document, units in order.
    :raises ParseError: When the text has no numbered (operative) paragraphs.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    symbol, title_parts, start = "", [], 0
    for i, raw in enumerate(lines):
        if not raw.strip():
            continue
        if m := _HEADER.match(raw):
            symbol = f"A/RES/{m.group(1)}/{m.group(2)}"
            title_parts, start = [_clean(m.group(3))], i + 1
        break
    # The title may wrap until the preface line.
    for j in range(start, min(start + 6, len(lines))):
        if _PREFACE.match(lines[j]):
            for k in range(start, j):
                if lines[k].strip():
                    title_parts.append(_clean(lines[k]))
            start = j + 1
            break
    title = ""
    for part in title_parts:
        title = _join(title, part)
    symbol = symbol or _symbol_from_source(source)

    blocks: list[_Block] = []
    footnotes: dict[int, str] = {}
    links: dict[str, str] = {}
    adopted, meeting = "", ""
    in_notes = False
    note_number: int | None = None
    note_open = False  # the last footnote's text may continue on the next line
    after_marker = -1

    for index in range(start, len(lines)):
        raw = lines[index]
        line = _clean(raw)
        if not line:
            continue
        if _URL.match(raw):
            if m := _URL_SYMBOL.search(line):
                links.setdefault(m.group(1), line)
            continue
        if _SEPARATOR.match(raw):
            in_notes, note_number, note_open = True, None, False
            continue
        marker = _MARKER.match(raw)
        if in_notes:
            if marker:
                note_number, note_open = int(marker.group(1)), False
                continue
            if note_number is not None and note_number not in footnotes:
                footnotes[note_number] = line
                note_open = not line.endswith(("。", "."))
                continue
            if note_number is not None and note_open and not raw[:1].isspace():
                footnotes[note_number] = _join(footnotes[note_number], line)
                note_open = not line.endswith(("。", "."))
                continue
            in_notes = False
        if marker and blocks:
            block = blocks[-1]
            block.markers.append((int(marker.group(1)), block.length))
            after_marker = index + 1
            continue
        date_iso = _adoption_date(line)
        if date_iso or _MEETING.match(line):
            if date_iso:
                adopted = date_iso
            else:
                meeting = line
            if not blocks or blocks[-1].kind != "adoption":
                blocks.append(_Block("adoption"))
            blocks[-1].add(line, " ")
            blocks[-1].lines.append(index)
            continue
        starts = raw[:1].isspace() or not blocks
        if blocks and blocks[-1].kind == "body" and not blocks[-1].ends_paragraph:
            starts = False  # page-break debris interrupted a sentence; it continues here
        if index == after_marker:
            starts = False  # a marker inside a sentence: the next line goes on with it
        if _ITEM.match(line) or (
            _OPERATIVE.match(line) and (blocks[-1].ends_paragraph if blocks else True)
        ):
            starts = True
        if starts or blocks[-1].kind != "body":
            blocks.append(_Block("body", [line], len(line), lines=[index]))
        else:
            blocks[-1].add(line)
            blocks[-1].lines.append(index)

    return _build(symbol, title, text, blocks, footnotes, links, adopted, meeting, source)


def _build(
    symbol: str,
    title: str,
    text: str,
    blocks: list[_Block],
    footnotes: dict[int, str],
    links: dict[str, str],
    adopted: str,
    meeting: str,
    source: str,
) -> Document:
    pending: list[dict[str, Any]] = []
    operative_seen = False
    pp = 0
    last_op: int | None = None
    for block in blocks:
        if block.kind == "adoption":
            continue
        body = block.text
        markers = block.markers
        if m := _OPERATIVE.match(body):
            operative_seen = True
            last_op = int(m.group(1))
            cut = m.start(2)
            kind, number, item, body = "operative", last_op, None, m.group(2)
        elif operative_seen and last_op is not None and (m := _ITEM.match(body)):
            cut = m.start(2)
            kind, number, item, body = "operative", last_op, m.group(1), m.group(2)
        elif not operative_seen:
            pp += 1
            cut = 0
            kind, number, item = "preambular", pp, None
        else:  # an unnumbered block after the operative part continues the last paragraph
            if pending:
                pending[-1]["text"] = _join(pending[-1]["text"], body)
                shift = len(pending[-1]["text"]) - len(body)
                pending[-1]["markers"].extend((n, off + shift) for n, off in markers)
            continue
        shifted = [(n, max(off - cut, 0)) for n, off in markers]
        pending.append(
            {"kind": kind, "number": number, "item": item, "text": body.strip(), "markers": shifted}
        )
    if not any(p["kind"] == "operative" for p in pending):
        raise ParseError(f"{source}: no numbered paragraphs found; is this a resolution text?")

    units: list[Unit] = []
    if title:
        zh, en = LABELS["title"]
        units.append(Unit("title", "title", None, zh, en, title, 0, references=()))
    cited_by: dict[int, list[str]] = {}
    anchors: dict[int, str] = {}
    for p in pending:
        n, item = p["number"], p["item"]
        if p["kind"] == "preambular":
            uid, (zh, en) = f"pp-{n}", LABELS["preambular"]
        elif item:
            uid, (zh, en) = f"op-{n}-{item}", LABELS["item"]
        else:
            uid, (zh, en) = f"op-{n}", LABELS["operative"]
        body = p["text"]
        for note, offset in p["markers"]:
            cited_by.setdefault(note, []).append(uid)
            anchors.setdefault(note, _anchor(body[:offset]))
        units.append(
            Unit(
                unit=uid,
                kind=p["kind"],
                number=n,
                item=item,
                label=zh.format(n=n, item=item),
                label_en=en.format(n=n, item=item),
                text=body,
                order=len(units),
                footnotes=tuple(dict.fromkeys(f"fn-{note}" for note, _ in p["markers"])),
                references=_references(body, symbol),
            )
        )
    for note in sorted(footnotes):
        zh, en = LABELS["footnote"]
        units.append(
            Unit(
                unit=f"fn-{note}",
                kind="footnote",
                number=note,
                label=zh.format(n=note),
                label_en=en.format(n=note),
                text=footnotes[note],
                order=len(units),
                cited_by=tuple(dict.fromkeys(cited_by.get(note, []))),
                anchor=anchors.get(note, ""),
                references=_references(footnotes[note], symbol),
            )
        )
    adoption = next((b for b in blocks if b.kind == "adoption"), None)
    if adoption:
        zh, en = LABELS["adoption"]
        units.append(Unit("adoption", "adoption", None, zh, en, adoption.text, len(units)))
    # Drop links to the document itself; keep symbols in the "A/RES/57/32" form.
    clean_links = {s: url for s, url in links.items() if s != symbol}
    return Document(
        symbol=symbol,
        title=title,
        language=_language(text),
        adopted=adopted,
        meeting=meeting,
        units=tuple(units),
        links=clean_links,
    )


def parse_file(path: Path) -> Document:
    """Read and parse a resolution file.

    :param path: A UTF-8 or GB18030 text file.
    :returns: The parsed document.
    :raises InputError: Missing, empty, binary or undecodable file.
    :raises ParseError: Not the layout of a resolution.
    """
    return parse_text(read_text(Path(path)), str(path))


def parse_bytes(data: bytes, source: str = "<bytes>") -> Document:
    """Decode and parse raw file content (uploads, tests).

    :param data: File content.
    :param source: Name used in messages.
    :returns: The parsed document.
    """
    return parse_text(decode_bytes(data, source), source)


def document_to_json(doc: Document) -> dict[str, Any]:
    """The ``resqa parse --json`` shape.

    :param doc: A parsed document.
    :returns: A JSON-serialisable dict.
    """
    return {
        "symbol": doc.symbol,
        "title": doc.title,
        "language": doc.language,
        "adopted": doc.adopted,
        "meeting": doc.meeting,
        "links": dict(doc.links),
        "units": [
            {
                "unit": u.unit,
                "kind": u.kind,
                "number": u.number,
                "label": u.label,
                "label_en": u.label_en,
                "text": u.text,
                "footnotes": list(u.footnotes),
                "references": list(u.references),
                **(
                    {"cited_by": list(u.cited_by), "anchor": u.anchor}
                    if u.kind == "footnote"
                    else {}
                ),
            }
            for u in doc.units
        ],
    }


def format_document(doc: Document, lang: str = "zh", width: int = 60) -> str:
    """A readable outline of the document: header, then one line per unit.

    :param doc: A parsed document.
    :param lang: ``zh`` or ``en`` labels.
    :param width: Characters of each unit's text shown.
    :returns: The outline.
    """
    counts: dict[UnitKind, int] = {}
    for u in doc.units:
        counts[u.kind] = counts.get(u.kind, 0) + 1
    lines = [
        f"{doc.symbol}  {doc.title}",
        f"{doc.adopted}  {doc.meeting}  ({doc.language})",
        f"{counts.get('preambular', 0)} preambular, {counts.get('operative', 0)} operative, "
        f"{counts.get('footnote', 0)} footnotes",
        "",
    ]
    for u in doc.units:
        label = u.label if lang == "zh" else u.label_en
        short = u.text if len(u.text) <= width else u.text[: width - 1] + "…"
        notes = f"  [{', '.join(u.footnotes)}]" if u.footnotes else ""
        lines.append(f"{label}: {short}{notes}")
    return "\n".join(lines)
