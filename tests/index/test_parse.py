"""The parser on the bundled resolution (every unit hand-checked) and on synthetic layouts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.decode import InputError
from index.parse import (
    ParseError,
    document_to_json,
    format_document,
    parse_bytes,
    parse_file,
    parse_text,
)
from index.settings import BUNDLED_RESOLUTION

FIXTURES = Path(__file__).parent / "fixtures"

EXPECTED_TEXTS = {
    "title": "联合国与各国议会和各国议会联盟之间的互动",
    "pp-1": "审议了秘书长的报告，报告表明联合国在过去两年中同各国议会联盟进行了广泛和实质性的合作，",
    "pp-2": "表示注意到在大会分发的各国议会联盟通过的各项决议，以及该组织为支持联合国开展的许多活动，",
    "pp-3": "注意到 2000 年、2005 年和 2010 年世界议长大会的成果，其中重申各国议会和各国议会联盟承诺支持联合国的工作，继续努力缩小国际关系方面的民主差距，",
    "pp-4": "考虑到 1996 年《联合国同各国议会联盟的合作协定》奠定了两个组织的合作基础，",
    "pp-5": "回顾各国国家元首和政府首脑在《联合国千年宣言》和《2005 年世界首脑会议成果》中表示决心通过各国议会的世界性组织各国议会联盟，进一步加强联合国同各国议会在联合国所有工作领域的合作，",
    "pp-6": "又回顾其2002年 11月 19日第57/32号决议邀请各国议会联盟以观察员身份参加大会的工作，并回顾2002年 11月 21日第57/47号、2004年 11月 8日第59/19号、2006 年 10 月 20 日第61/6号和 2008 年 11 月 18 日第63/24号决议，",
    "pp-7": "回顾并进一步赞同大会 2010 年 12 月 13 日第65/123号和 2012 年 5 月 29 日第66/261号决议，其中除其他外，决定更系统地与各国议会联盟共同协作，使联合国的主要审议进程和对国际承诺的审查都包括一个议会构成部分，为这些进程作出贡献，",
    "pp-8": "欢迎每年在联合国举行议会听证会，并欢迎各国议会联盟同联合国合作，在联合国主要会议和活动的框架内安排其他专题议会会议，",
    "pp-9": "特别欢迎各国议会联盟努力动员各国议会采取行动，促进在 2015 年目标日期之前实现千年发展目标，并促使议会为拟订下一代全球发展目标作出贡献，",
    "pp-10": "确认各国议会联盟联合国事务常设委员会在下列领域的作用日益增强：为议员和联合国官员之间定期互动提供平台；审查各项国际承诺的落实情况；推动联合国国家工作队同各国议会之间进一步密切联系；促进形成议会向联合国各项主要进程提供的投入，",
    "pp-11": "又确认各国议会联盟在两性平等、增强妇女权能和打击暴力侵害妇女行为等领域开展的工作，确认各国议会联盟与包括联合国促进性别平等和增强妇女权能署(妇女署)、妇女地位委员会和消除对妇女歧视委员会在内的联合国相关机构之间的密切合作，",
    "pp-12": "承认各国议会在制定国家计划和战略以及在国家和全球层面确保透明度和问责制方面的作用和责任，",
    "op-1": "欢迎各国议会联盟采取行动，力求更系统地与联合国共同协作；",
    "op-2": "鼓励联合国和各国议会联盟继续在各个领域密切合作，特别是在和平与安全、经济和社会发展、气候变化、国际法、人权和两性平等问题、民主和善政等领域，铭记如秘书长的报告所述，两个组织开展合作大有益处；",
    "op-3": "鼓励各国议会联盟继续积极参与动员各国议会为实现千年发展目标采取行动，为拟订 2015 年后发展议程提供投入，并强调具有重要意义的是联合国和各国议会联盟要继续密切合作，促进议会在国家一级、各国议会联盟在全球一级为落实 2015 年后发展议程作出更大贡献；",
    "op-4": "鼓励联合国和各国议会联盟就与不同文明之间对话、文化、教育、信息和通信技术相关的问题加强合作；",
    "op-5": "欢迎目前为 2015 年第四届世界议长大会所做的筹备工作，鼓励同联合国密切合作开展这些筹备工作，以期作为 2015 年一系列高级别会议的一部分在纽约联合国总部召开这次大会，并为关于 2015 年后发展议程的峰会成果提供最大程度的政治支持；",
    "op-6": "又欢迎酌情将立法人员列为本国代表团成员出席联合国主要会议和活动，包括联合国可持续发展问题高级别政治论坛和经济及社会理事会青年论坛等各种新论坛，并邀请会员国更经常、系统地坚持这一做法；",
    "op-7": "邀请会员国进一步考虑如何与各国议会联盟开展经常性合作，推动议会参与联合国主要会议，并使一年一度在联合国举行的议会听证会更紧密地与联合国的主要进程相关联，以便从议会的角度为有关审议提供参考；",
    "op-8": "鼓励会员国考虑将联合国-各国议会联盟联合议会听证会的做法适用于结合联合国主要会议和进程召开的其他议会会议，如在妇女地位委员会年会期间组织召开的议会会议，以期将这些议会会议的成果作为对联合国各相关进程的正式贡献；",
    "op-9": "欢迎各国议会联盟参照近年来各国议会联盟、消除对妇女歧视委员会和本国正在接受审查的国家议会之间形成的合作方式，对人权理事会的工作作出贡献，特别是促使议会为普遍定期审议和联合国人权条约机构作出更加有力的贡献；",
    "op-10": "邀请妇女署与各国议会联盟在增强妇女权能、从体制上确保两性平等问题主流化、支持各国议会促进性别敏感立法、增加妇女在议会中的代表人数、打击暴力侵害妇女行为以及执行联合国相关决议等领域密切合作；",
    "op-11": "鼓励各国议会联盟进一步协助联合国与各国议会在国家一级开展更密切的合作，包括在加强议会能力、加强法治以及实现国家立法与国际承诺一致等方面开展合作；",
    "op-12": "吁请联合国国家工作队设计层次更加分明、更具综合性的方式与各国议会进行合作，特别是让议会参与关于国家发展战略和发展援助成效的协商活动；",
    "op-13": "鼓励联合国系统各组织和机构更加系统地利用各国议会联盟及其成员议会独到的专门知识，以加强议会机构，尤其是冲突后国家和(或)民主转型国家的议会机构；",
    "op-14": "呼吁联合国系统行政首长协调理事会与各国议会联盟的高层领导每年定期进行交流，以便这两个组织的工作更加协调一致，使各国议会为联合国提供的支持达到最大化，帮助两个组织建立战略伙伴关系；",
    "op-15": "建议联合国与各国议会联盟起草新的合作协定，以反映过去若干年来的进展和发展状况，并为两组织之间的机构关系打下坚实的基础；",
    "op-16": "决定为确认各国议会在支持联合国工作方面的独特作用，将题为“联合国与各国议会和各国议会联盟之间的互动”的项目列入大会第七十届会议临时议程，并请秘书长在此项目下提交一份报告。",
    "fn-1": "A/68/827。",
    "fn-2": "A/51/402，附件。",
    "fn-3": "第 55/2 号决议。",
    "fn-4": "第 60/1 号决议。",
    "fn-5": "第 68/6 号决议，第 26 段。",
    "adoption": "2014 年 5月 19 日 第 86 次全体会议",
}


@pytest.fixture(scope="module")
def doc():
    return parse_file(BUNDLED_RESOLUTION)


def test_metadata(doc) -> None:
    assert doc.symbol == "A/RES/68/272"
    assert doc.language == "zh"
    assert doc.title == "联合国与各国议会和各国议会联盟之间的互动"
    assert doc.adopted == "2014-05-19"
    assert doc.meeting == "第 86 次全体会议"


def test_every_unit_has_its_exact_text_in_order(doc) -> None:
    assert [u.unit for u in doc.units] == list(EXPECTED_TEXTS)
    for unit in doc.units:
        assert unit.text == EXPECTED_TEXTS[unit.unit], unit.unit
    assert [u.order for u in doc.units] == list(range(len(doc.units)))


def test_counts_and_numbers(doc) -> None:
    kinds = [u.kind for u in doc.units]
    assert kinds.count("preambular") == 12
    assert kinds.count("operative") == 16
    assert kinds.count("footnote") == 5
    assert [u.number for u in doc.units if u.kind == "operative"] == list(range(1, 17))
    assert doc.get("pp-1").text.startswith("审议了秘书长的报告")
    assert doc.get("pp-12").text.startswith("承认各国议会")


def test_footnote_links_and_anchors(doc) -> None:
    cites = {u.unit: u.footnotes for u in doc.units if u.footnotes}
    assert cites == {
        "pp-1": ("fn-1",),
        "pp-4": ("fn-2",),
        "pp-5": ("fn-3", "fn-4"),
        "op-2": ("fn-1",),
        "op-5": ("fn-5",),
    }
    assert doc.get("fn-1").cited_by == ("pp-1", "op-2")
    assert doc.get("fn-2").anchor == "1996 年《联合国同各国议会联盟的合作协定》"
    assert doc.get("fn-3").anchor == "《联合国千年宣言》"
    assert doc.get("fn-4").anchor == "《2005 年世界首脑会议成果》"
    assert doc.get("fn-1").text == "A/68/827。"
    assert doc.get("fn-5").text == "第 68/6 号决议，第 26 段。"


def test_references_and_links(doc) -> None:
    assert doc.get("pp-6").references == (
        "A/RES/57/32",
        "A/RES/57/47",
        "A/RES/59/19",
        "A/RES/61/6",
        "A/RES/63/24",
    )
    assert doc.get("pp-7").references == ("A/RES/65/123", "A/RES/66/261")
    assert doc.get("fn-2").references == ("A/51/402",)
    assert doc.links["A/RES/59/19"] == "http://undocs.org/ch/A/RES/59/19"
    assert len(doc.links) == 7


def test_labels(doc) -> None:
    assert (doc.get("pp-4").label, doc.get("pp-4").label_en) == (
        "序言部分第4段",
        "Preambular paragraph 4",
    )
    assert (doc.get("op-15").label, doc.get("op-15").label_en) == (
        "执行部分第15段",
        "Operative paragraph 15",
    )
    assert (doc.get("fn-2").label, doc.get("fn-2").label_en) == ("脚注2", "Footnote 2")


def test_clean_text(doc) -> None:
    for unit in doc.units:
        assert "http" not in unit.text and "____" not in unit.text
        assert "\n" not in unit.text and "  " not in unit.text
    # op-5 is interrupted by a block of link lines and continues after it.
    assert "在纽约联合国总部召开这次大会" in doc.get("op-5").text
    # Wraps between Chinese characters are joined without a space.
    assert "进行了广泛" in doc.get("pp-1").text


def test_json_shape(doc) -> None:
    data = json.loads(json.dumps(document_to_json(doc), ensure_ascii=False))
    assert {k: data[k] for k in ("symbol", "title", "language", "adopted", "meeting")} == {
        "symbol": "A/RES/68/272",
        "title": "联合国与各国议会和各国议会联盟之间的互动",
        "language": "zh",
        "adopted": "2014-05-19",
        "meeting": "第 86 次全体会议",
    }
    unit = data["units"][1]
    assert set(unit) == {
        "unit",
        "kind",
        "number",
        "label",
        "label_en",
        "text",
        "footnotes",
        "references",
    }
    assert {u["kind"] for u in data["units"]} == {
        "title",
        "preambular",
        "operative",
        "footnote",
        "adoption",
    }


def test_outline_lists_every_unit(doc) -> None:
    text = format_document(doc)
    for unit in doc.units:
        assert unit.label in text
    assert "12 preambular, 16 operative, 5 footnotes" in text


def test_crlf_and_gb18030_give_the_same_document(doc) -> None:
    raw = BUNDLED_RESOLUTION.read_text(encoding="utf-8")
    assert parse_text(raw.replace("\n", "\r\n")) == doc
    assert parse_bytes(raw.encode("gb18030"), "gb.txt") == doc


def test_sub_paragraphs() -> None:
    doc = parse_file(FIXTURES / "subparagraphs.zh.txt")
    assert [u.unit for u in doc.units if u.kind == "operative"] == [
        "op-1",
        "op-2",
        "op-3",
        "op-3-a",
        "op-3-b",
        "op-4",
    ]
    item = doc.get("op-3-a")
    assert item.label == "执行部分第3段(a)项"
    assert item.label_en == "Operative paragraph 3 (a)"
    assert item.text == "设立一个工作组，审查合作情况；"
    assert doc.get("op-3").text == "决定："
    assert doc.symbol == "A/RES/70/1"


def test_marker_on_last_line_of_page() -> None:
    doc = parse_file(FIXTURES / "marker_at_page_end.zh.txt")
    assert doc.get("pp-2").footnotes == ("fn-1",)
    assert doc.get("fn-1").text == "A/70/100。"
    assert doc.get("fn-1").anchor == "注意到秘书长的报告"
    assert doc.get("pp-3").text == "又注意到各国议会的作用，"


def test_english_layout() -> None:
    doc = parse_file(FIXTURES / "english.en.txt")
    assert doc.language == "en"
    assert doc.symbol == "A/RES/68/272"
    assert (
        doc.title
        == "Interaction between the United Nations, national parliaments and the Inter-Parliamentary Union"
    )
    assert doc.adopted == "2014-05-19"
    assert doc.meeting == "86th plenary meeting"
    assert doc.get("pp-1").text == (
        "Having considered the report of the Secretary-General, which highlights the "
        "cooperation between the United Nations and the Inter-Parliamentary Union,"
    )
    assert doc.get("pp-1").footnotes == ("fn-1",)
    assert doc.get("op-1").text == "Welcomes the action of the Inter-Parliamentary Union;"
    assert doc.get("op-2").text.startswith("Encourages")
    assert doc.get("op-2").label_en == "Operative paragraph 2"
    assert doc.get("fn-1").text == "A/68/827."


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("这是一段没有编号段落的文字。\n第二行。\n".encode(), "no numbered paragraphs"),
    ],
)
def test_bad_files_one_clear_line(tmp_path: Path, content: bytes | None, problem: str) -> None:
    path = tmp_path / "in.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError) as info:
        parse_file(path)
    message = str(info.value)
    assert str(path) in message and problem in message and "\n" not in message


def test_no_paragraphs_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        parse_text("68/1. 标题\n\n 大会，\n\n 注意到一些事情，\n")


def test_directory_and_oversize(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        parse_file(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    from index.decode import read_text

    with pytest.raises(InputError, match="limit"):
        read_text(big, max_bytes=1024)
