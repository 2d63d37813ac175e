"""Pinyin slips: corrected when certain, left alone when the characters were meant."""

from __future__ import annotations

from functools import partial

import pytest

from bot.homophones import QUESTION_TERMS, SLIP_FREQUENCY, HomophoneCorrector
from bot.lexical import get_segmenter


@pytest.fixture(scope="module")
def corrector() -> HomophoneCorrector:
    segmenter = get_segmenter()
    text_words = [
        "议会",
        "联合国",
        "合作",
        "目标",
        "秘书长",
        "议程",
        "理事",
        "实质",
        "一级",
        "国际",
    ]
    text_words += ["权力", "权利", "适用", "主要"]
    return HomophoneCorrector(
        [*text_words, *QUESTION_TERMS],
        lambda typed: segmenter.frequency(typed) >= SLIP_FREQUENCY,
        partial(segmenter.boundaries, guess=False),
    )


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("脚住2是什么文件", "脚注2是什么文件"),
        ("那脚住4呢", "那脚注4呢"),
        ("当地议汇打交道", "当地议会打交道"),
        ("联和国跟ipu那个合做协定", "联合国跟ipu那个合作协定"),
        ("千年发展木标", "千年发展目标"),
        ("临时以程", "临时议程"),
    ],
)
def test_slips_are_corrected(corrector: HomophoneCorrector, typed: str, meant: str) -> None:
    assert corrector.corrected(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "决议里是怎么说的",  # 里是 reads like 理事 but keeps none of it
        "大会是用什么动词",  # 是 is typed on purpose
        "刚打完仗的国家以及正在转型的国家",  # 以及 is a word of its own
        "中国同国际议会联盟",  # 同国 would cut through 国际
        "权力还是权利",  # two of the text's words read alike: undecided
        "脚注2是什么",
    ],
)
def test_meant_characters_are_kept(corrector: HomophoneCorrector, typed: str) -> None:
    assert corrector.corrected(typed) == typed
