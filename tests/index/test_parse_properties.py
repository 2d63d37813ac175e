"""Property tests: synthetic resolutions in the PDF text layout round-trip through the parser."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.parse import parse_text


def paragraph(index: int) -> st.SearchStrategy[str]:
    """CJK text whose characters no other paragraph uses, so every wrapped line is traceable."""
    base = 0x4E00 + 40 * index
    chars = [chr(base + k) for k in range(30)]
    return st.text(alphabet=st.sampled_from(chars), min_size=4, max_size=40)


@st.composite
def resolutions(draw):
    n_pp = draw(st.integers(1, 8))
    n_op = draw(st.integers(1, 12))
    pps = [draw(paragraph(i)) + "，" for i in range(n_pp)]
    ops = [draw(paragraph(n_pp + i)) + ("；" if i < n_op - 1 else "。") for i in range(n_op)]
    cited = draw(st.lists(st.integers(0, n_pp + n_op - 1), max_size=4, unique=True))
    cited.sort()
    width = draw(st.integers(5, 30))
    crlf = draw(st.booleans())
    links_after = draw(st.integers(0, n_op - 1))
    return pps, ops, cited, width, crlf, links_after


def render(pps, ops, cited, width, links_after):
    out = [" 70/9. 合成决议", "", " 大会，", ""]
    notes: list[tuple[int, str]] = []
    bodies = [(None, t) for t in pps] + [(i + 1, t) for i, t in enumerate(ops)]
    for index, (number, text) in enumerate(bodies):
        prefix = f"{number}. " if number else ""
        chunks = [text[i : i + width] for i in range(0, len(text), width)]
        out.append(" " + prefix + chunks[0])
        for chunk in chunks[1:]:
            out.extend(["", chunk])
        if index in cited:
            note = len(notes) + 1
            out.append(str(note))
            notes.append((note, f"A/70/{100 + note}。"))
        out.append("")
        if number == links_after + 1:
            out.extend(["http://undocs.org/ch/A/RES/57/32", "http://undocs.org/ch/A/RES/61/6"])
    if notes:
        out.append("_______________ ")
        for note, text in notes:
            out.extend(["", str(note), " " + text])
    out.extend(["", "2015 年 9月 25 日", "", "第 4 次全体会议", ""])
    return "\n".join(out), notes


@settings(max_examples=60, deadline=None)
@given(resolutions())
def test_synthetic_resolution_round_trip(case) -> None:
    pps, ops, cited, width, crlf, links_after = case
    text, notes = render(pps, ops, cited, width, links_after)
    if crlf:
        text = text.replace("\n", "\r\n")
    doc = parse_text(text)
    ids = [u.unit for u in doc.units]
    assert len(ids) == len(set(ids))
    assert [u.text for u in doc.units if u.kind == "preambular"] == pps
    assert [u.text for u in doc.units if u.kind == "operative"] == ops
    assert [u.text for u in doc.units if u.kind == "footnote"] == [t for _, t in notes]
    # Every footnote reference resolves, both ways.
    for unit in doc.units:
        for note in unit.footnotes:
            assert doc.get(note) is not None and unit.unit in doc.get(note).cited_by
    assert sum(len(u.footnotes) for u in doc.units) == len(notes)
    assert doc.adopted == "2015-09-25" and doc.meeting == "第 4 次全体会议"


@settings(max_examples=40, deadline=None)
@given(resolutions())
def test_every_content_line_lands_in_exactly_one_unit(case) -> None:
    pps, ops, cited, width, _, links_after = case
    text, _ = render(pps, ops, cited, width, links_after)
    doc = parse_text(text)
    body = [u for u in doc.units if u.kind in ("preambular", "operative", "footnote")]
    for line in text.split("\n"):
        content = line.strip()
        if not content or content.isdigit() or content.startswith(("http", "___")):
            continue  # debris: blank, footnote markers, link lines, separators
        if (
            content in ("大会，", "70/9. 合成决议")
            or "全体会议" in content
            or ("年" in content and "日" in content)
        ):
            continue  # header, preface and adoption lines belong to title/adoption units
        content = content.split(". ", 1)[-1] if content[:1].isdigit() else content
        if content.strip("，；。") == "":
            continue  # a wrapped-off punctuation mark alone is not traceable to one paragraph
        holders = [u.unit for u in body if content in u.text]
        assert len(holders) == 1, (content, holders)
