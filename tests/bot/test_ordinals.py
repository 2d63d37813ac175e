"""Numbered instances: 第五届 is not 第四届."""

from __future__ import annotations

from bot.ordinals import Ordinals, instances
from index.document import Document


def test_not_a_number() -> None:
    assert instances("第几届世界议长大会") == []


def test_instances_name_their_series() -> None:
    assert instances("2015 年第四届世界议长大会所做的筹备工作") == [
        (4, "届", "世界", "第四届世界议长大会")
    ]


def test_an_instance_the_text_never_names(resolution: Document) -> None:
    ordinals = Ordinals((u.text for u in resolution.units), [resolution.symbol])
    assert ordinals.unknown_instance("第五届世界议长大会什么时候召开？") == "第五届世界议长大会"
    assert ordinals.unknown_instance("第85次全体会议通过了什么？") == "第85次全体会议"
    assert ordinals.unknown_instance("第四届世界议长大会在哪里召开？") == ""
    # 会 before 在 is "will": "第四届会在哪里开" names no series.
    assert ordinals.unknown_instance("那第四届会在哪里开？") == ""
    assert ordinals.unknown_instance("那第四届定在哪一年开？") == ""
    assert ordinals.unknown_instance("那第五届会议在哪里开？") == "第五届会议"
    assert ordinals.unknown_instance("第 86 次全体会议") == ""
    # The session of the symbol (A/RES/68/272) counts as named.
    assert ordinals.unknown_instance("这是第六十八届会议的决议吗？") == ""
    # Keywords leave 会议 out of the seventieth session the text names.
    assert ordinals.unknown_instance("决定 第七十届 临时议程") == ""
    assert ordinals.unknown_instance("第125届大会在哪开") == "第125届大会"
    # A numbered session or meeting of a series the text never numbers is not in it either...
    assert ordinals.unknown_instance("各国议会联盟第125届大会通过了什么？") == "第125届大会"
    # ...while other series counted with 次 ("times") are left to the rest of the no-answer call.
    assert ordinals.unknown_instance("第二次世界大战是哪一年结束的？") == ""
    assert ordinals.unknown_instance("第一次提到妇女署的是哪一段？") == ""
    assert ordinals.unknown_instance("那第四届是哪一年、在什么场合召开？") == ""


def test_the_next_instance_after_the_one_named(resolution: Document) -> None:
    ordinals = Ordinals((u.text for u in resolution.units), [resolution.symbol])
    earlier = "第四届世界议长大会在哪开？"
    assert ordinals.following(earlier, "那下一届呢？") == "第5届世界议长大会"
    assert ordinals.following(earlier, "那前面几届呢？") == ""
    assert ordinals.following("序言提到了哪几届世界议长大会？", "那下一届呢？") == ""
