"""Every framing string the bot writes, in Chinese and English, in one table.

Quotes from the resolution are never translated; only the words around them live here.
"""

from __future__ import annotations

from typing import Literal

from bot.script import has_chinese

Lang = Literal["zh", "en"]

LABELS: dict[str, dict[str, str]] = {
    "empty": {
        "zh": "请输入一个关于本决议的问题，例如：“决议建议起草什么新的文件？”",
        "en": "Please ask a question about the resolution, for example: "
        "“What does the resolution recommend drafting?”",
    },
    "truncated": {
        "zh": "问题过长，只回答了前 {n} 个字符。",
        "en": "The question was too long; only its first {n} characters were answered.",
    },
    "no_answer": {
        "zh": "本决议没有涉及这个问题。",
        "en": "This resolution does not address that.",
    },
    "no_answer_other_doc": {
        "zh": "本决议没有涉及{ref}的内容。",
        "en": "This resolution does not address {ref}.",
    },
    "claim_not_in_text": {
        "zh": "本决议没有提到“{ref}”。决议在这方面的原文是：",
        "en": "The resolution does not mention “{ref}”. What it says on this:",
    },
    "unit_lacks_fact": {
        "zh": "{ref}没有给出这一信息。",
        "en": "{ref} does not give that.",
    },
    "no_such_unit": {
        "zh": "本决议没有{ref}。",
        "en": "This resolution has no {ref}.",
    },
    "no_index": {
        "zh": "还没有可以查询的决议：请先建立索引（resqa index）。",
        "en": "No resolution is indexed yet: build the index first (resqa index).",
    },
    "see_also": {
        "zh": "最接近的段落：",
        "en": "Closest paragraphs:",
    },
    "also_cited": {
        "zh": "相关段落：",
        "en": "Related paragraphs:",
    },
    "footnote_line": {
        "zh": "{label}：{text}",
        "en": "{label}: {text}",
    },
    "cited_by": {
        "zh": "（见{labels}）",
        "en": "(cited in {labels})",
    },
    "lead": {
        "zh": "{label}：{quote}",
        "en": "{label}: {quote}",
    },
    "full": {
        "zh": "{label}全文：{text}",
        "en": "{label}, full text: {text}",
    },
    "symbol": {
        "zh": "本决议的文件编号是 {value}。",
        "en": "The resolution's document symbol is {value}.",
    },
    "title": {
        "zh": "本决议（{symbol}）的标题是“{value}”。",
        "en": "The title of resolution {symbol} is “{value}”.",
    },
    "date": {
        "zh": "本决议于 {value} 通过。",
        "en": "The resolution was adopted on {value}.",
    },
    "meeting": {
        "zh": "本决议在{value}上通过。",
        "en": "The resolution was adopted at the {value}.",
    },
    "session": {
        "zh": "本决议由大会第{value}届会议通过（文件编号 {symbol} 的第一个数字即届次）。",
        "en": "The resolution was adopted at the {value} session of the General Assembly "
        "(the first number of its symbol, {symbol}).",
    },
    "year": {
        "zh": "年份：{value}。",
        "en": "Year: {value}.",
    },
    "more_mentions": {
        "zh": "其他提到“{term}”的段落：",
        "en": "Other paragraphs mentioning “{term}”:",
    },
    "no_more_mentions": {
        "zh": "除已引用的段落外，没有其他段落提到“{term}”。",
        "en": "No other paragraph mentions “{term}”.",
    },
    "list_sep": {"zh": "、", "en": ", "},
    "ref_operative": {"zh": "执行部分第{n}段{item}", "en": "operative paragraph {n}{item}"},
    "ref_preambular": {"zh": "序言部分第{n}段{item}", "en": "preambular paragraph {n}{item}"},
    "ref_paragraph": {"zh": "第{n}段{item}", "en": "paragraph {n}{item}"},
    "ref_footnote": {"zh": "脚注{n}", "en": "footnote {n}"},
    "ref_operative_from_end": {
        "zh": "执行部分倒数第{n}段{item}",
        "en": "operative paragraph {n}{item} from the end",
    },
    "ref_preambular_from_end": {
        "zh": "序言部分倒数第{n}段{item}",
        "en": "preambular paragraph {n}{item} from the end",
    },
    "ref_paragraph_from_end": {"zh": "倒数第{n}段{item}", "en": "paragraph {n}{item} from the end"},
    "ref_footnote_from_end": {"zh": "倒数第{n}个脚注", "en": "footnote {n} from the end"},
}

ELLIPSIS = "……"


def detect_lang(text: str) -> Lang:
    """The framing language for a question: Chinese as soon as it has a Chinese character.

    :param text: The question.
    :returns: ``"zh"`` or ``"en"``.
    """
    return "zh" if has_chinese(text) else "en"


def label(key: str, lang: str, **values: object) -> str:
    """One framing string, filled in.

    :param key: Key of :data:`LABELS`.
    :param lang: ``"zh"`` or ``"en"``; anything else falls back to Chinese.
    :param values: Placeholders of the string.
    :returns: The string in that language.
    """
    entry = LABELS[key]
    return entry.get(lang, entry["zh"]).format(**values)
