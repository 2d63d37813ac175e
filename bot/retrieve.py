"""Hybrid retrieval: dense cosine from the store fused with Chinese BM25, plus the no-answer call.

Both score lists are normalised over all units (dense min-max, BM25 by its maximum) and mixed
with a fixed weight: a score-normalised weighted fusion beat reciprocal-rank fusion here.
Whether the resolution addresses the question at all is decided separately, from how much of
the question the text covers (IDF-weighted) and how close the best unit is in embedding space.
"""

from __future__ import annotations

import math
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import pairwise

import numpy as np

from bot.answertype import (
    AnswerType,
    asked_type,
    asks_several_years,
    checks_claim,
    holds,
    strip_seat,
    without_type_words,
)
from bot.glossary import EN_STOPWORDS, Expansion, Glossary, bundled_glossary, normalise
from bot.homophones import QUESTION_TERMS, SLIP_FREQUENCY, HomophoneCorrector
from bot.labels import detect_lang
from bot.leaning import leaning
from bot.lexical import LexicalIndex, Segmenter, content_words
from bot.metadata import META_WORDS
from bot.ordinals import Ordinals
from bot.refs import parse_number
from bot.script import has_chinese
from bot.smalltalk import is_small_talk
from index.document import METADATA_KINDS, Document, Unit
from index.protocols import Embedder, Store

# Share of the lexical side in the fused score (Chinese questions; English ones scale it by
# how much of the question the glossary understood). Measured over 171 Chinese questions of six
# sets: 0.3-0.4 put the right unit first most often (158/171 at 0.35 vs 150 at 0.6), because
# paraphrases match only generic words of the text while their meaning is in the dense side.
LEXICAL_WEIGHT = 0.35
LEXICAL_WEIGHT_EN = 0.5
# The no-answer call, calibrated on score distributions of answerable and unrelated questions
# (multilingual-e5-small): coverage (IDF-weighted share of the question's words the text has, or
# for English the share the glossary understood) separates them best; dense similarity only
# rescues paraphrases whose words differ from the text's. Per question language. The Chinese
# dense support (0.875) was chosen over 580 questions of 17 sets: with the answer-type checks in
# front of it, 1 of 457 answerable questions is flagged and 113 of 123 unrelated ones; chosen by
# leaving each set out in turn, 1/457 and 112/123 (0.895 flagged 12 answerable).
MIN_COVERAGE = {"zh": 0.45, "en": 0.55}
WEAK_COVERAGE = {"zh": 0.2, "en": 0.3}
DENSE_SUPPORT = {"zh": 0.875, "en": 0.80}
DENSE_ALONE = {"zh": 0.93, "en": 0.83}
_EMBED_CACHE = 512
FOOTNOTE_WEIGHT = 0.8
# What the fused score gains for a unit of the part the question leans towards (see leaning).
LEANING_BONUS = 0.12
# How near the top a footnote must be to give way to the paragraph citing it.
FOOTNOTE_SWAP_DEPTH = 3
# What a unit spelling out a short name the question asks the full name of gains.
FULL_NAME_BONUS = 0.3
# "第66/261号决议是几时通过的": the paragraph printing that number, not another dated one.
NAMED_NUMBER_BONUS = 0.2
# What the one unit holding a follow-up's own new word (``换个新的`` -> 起草, after the 1996
# agreement) gains over the units only the earlier question's words match.
NEW_WORDS_BONUS = 0.3
# A phrase quoted from the text (“回顾并进一步赞同”) names the units holding it verbatim, unless
# it is a word a quarter of them share.
QUOTED_BONUS = 0.5
QUOTED_SHARE = 0.25
# Most of the question's words up to its last, in its order and next to each other in a unit
# ("以什么身份参加大会工作": 身份参加大会的工作), say the unit states what the question asks.
PHRASE_BONUS = 0.15
PHRASE_WORDS = 3
PHRASE_SHARE = 0.6
# ...or this many anywhere in the question (国内法…国际上的承诺对齐: 国家立法与国际承诺一致).
PHRASE_ANYWHERE = 4
PHRASE_GAP = 2
# "重点在哪些领域合作": the unit listing areas, when it scores nearly as well as the best one.
# "A/RES/68/272": a document symbol, whose letters are no acronym.
_SYMBOL_LIKE = re.compile(r"\b[A-Z]+(?:/[A-Za-z0-9.]+)+")
# The verbs that open a resolution's paragraphs: each says which kind of clause is meant.
_CLAUSE_VERBS = frozenset(
    {"建议", "鼓励", "邀请", "吁请", "欢迎", "决定", "确认", "赞同", "重申", "回顾", "敦促", "强调"}
)
# "比如WPS那些", "像CRPD的国内化", "就是我们常说的WPP": an example or the reader's own name for
# it, not what is asked about.
_EXAMPLE = re.compile(
    r"(?:比如|例如|譬如|诸如|像是?|常说的|所说的|所谓的?|简称)\s*(?:像)?\s*(?P<name>[A-Za-z][A-Za-z0-9-]*)"
)
_EXAMPLE_BEFORE = re.compile(r"(?:比如|例如|譬如|诸如|像是)\s*\S{0,2}$")
# "…国别审查？就是每个国家隔几年都要在日内瓦过一遍的那个": a clause describing what was just
# asked about, whose place names where it happens, not another topic.
_DESCRIBING = re.compile(r"(?:就是|也就是|即|指的是)[^。？?！!]{2,40}?的那个")
_COUNTED_EN = re.compile(r"\bhow\s+(?:many|much)\s+(?P<noun>(?:[\w-]+\s+){0,2}[\w-]+)", re.I)
# "针对女性的暴力（VAW）": an acronym in brackets after Chinese words glosses them.
_GLOSSED = re.compile(r"(?<=[\u4e00-\u9fff])\s*[（(]\s*[A-Za-z][A-Za-z0-9-]*\s*[)）]")
_AREAS_ASKED = re.compile(
    r"哪些(?:领域|方面|板块)|哪几个?(?:领域|方面|板块|块)|什么领域|哪些(?:大|重点|主要)?(?:话题|议题|问题)上|(?:合作|工作)[的之]?(?:重点|主要|核心|具体)?(?:主题|议题|领域)\S{0,2}(?:有)?哪些|"
    r"(?:合作|工作)[的之]?具体领域|"
    # "列举的合作议题中，是否涵盖环境": whether the list of areas has one.
    r"(?:合作|工作)的?(?:重点|主要|核心)?(?:主题|议题|领域)\S{0,2}(?:中|里|当中|之中)|"
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:areas|fields|sectors)\b|"
    r"\blist\s+of\s+(?:\w+\s+)?(?:areas|fields|sectors)\b",
    re.IGNORECASE,
)
# A list of areas (``…等领域``, ``下列领域``), not a phrase like ``工作方面的作用``; a list
# of ``…等方面`` only when the question says 方面.
_AREAS_TEXT = re.compile(r"等领域|下列领域|各个领域")
_ASPECTS_TEXT = re.compile(r"等领域|下列领域|各个领域|等方面")
# "旧协议要重新写吗": whether an instrument changes is answered where a new one is proposed
# (起草新的合作协定), not where the old one is named.
REVISION_BONUS = 0.3
_REVISION = re.compile(
    r"重新|重写|改写|修改|修订|更新|与时俱进|沿用|换新|换个新|换一份|换掉|替换|过时|取代|替代|代替|再签|重签|"
    r"要不要改|改不改|还管用|还有效|还适用|"
    r"新的?(?:打算|安排|计划|动作|想法)|"
    r"重订|另订|另立|另拟|另外拟|新的|新一份|一份新|(?:打算|要|该|会|需要|准备|得)改|"
    r"\b(?:revis|updat|replac|renegotiat|outdated|moderni[sz]|supersed|new\b)",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[“\"「『‘]([^“”\"「」『』‘’]{2,30})[”\"」』’]")
# "what's the chinese for good governance in this text": the term asked for, as if quoted.
_TERM_ASKED_EN = re.compile(
    r"\bchinese\s+(?:term\s+|word\s+|rendering\s+)?for\s+(?:the\s+)?([a-z][a-z -]{2,40}?)"
    r"(?=\s+in\s+th(?:is|e)\s+text\b|\s*[?？]|\s*$)",
    re.IGNORECASE,
)
_QUOTED_EN = re.compile(r"(?<![A-Za-z])'([A-Za-z][A-Za-z -]{1,40}?)'(?![A-Za-z])")
# How many of the best units may hold the kind of fact a question asks for (see answertype).
TYPE_CHECK_DEPTH = 3
TYPE_CHECK_SHARE = 0.5
# Kinds of fact that belong to the one thing a question names (when the new agreement is
# signed is not when the 1996 one was).
ANCHORED_KINDS = frozenset({"year", "day", "when", "founding", "deadline", "place", "outcome"})
ANCHOR_CHARS = 4
# A unit this close to the best one goes first when only it holds the kind of fact asked for
# (the earlier years of a series, not the next session's one).
TYPE_RERANK_SHARE = 0.9
# "那下一届呢" after a series' earlier instances: a unit naming a later year of the series goes
# first when it scores at least this share of the best one.
NEXT_INSTANCE_SHARE = 0.4
_ASKS_SYMBOL = re.compile(
    r"文号|编号|文件号|决议号|符号|脚注|注释|哪份文件|哪个文件|哪份报告|\bsymbol|\bfootnote|\bdocument\b|"
    r"\breport\s+(?:number|no\b)",
    re.IGNORECASE,
)

# "它的全称是什么", "what does UN-Women stand for": the unit giving the full name before the
# short one in brackets answers it.
_FULL_NAME = re.compile(
    r"全称|全名|名称|\bfull\s+(?:name|title)\b|\bstands?\s+for\b|\bspelled\s+out\b", re.I
)
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'\-]*(?:\s+[A-Za-z][A-Za-z'\-]*)*")
_TITLE_MARKS = re.compile(r"《([^《》]{2,30})》")
# "the Paris Agreement": capitalised words naming an instrument.
_EN_INSTRUMENT = re.compile(
    r"(?<![A-Za-z])(?P<name>(?:[A-Z][a-z]+\s+){1,3}?)(?:Agreement|Convention|Treaty|Declaration|"
    r"Protocol|Charter|Accord|Covenant)s?\b"
)
_INSTRUMENT_WORDS = frozenset(["条约", "公约", "协定", "协议", "宣言", "议定书", "宪章", "盟约"])
# An acronym in a Chinese question (``UNDP``, ``PBC``) names a body; a few name none.
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{3,6}(?![A-Za-z])")
_GENERIC_ACRONYMS = frozenset({"NGO", "FAQ", "PDF", "URL", "APP", "CEO", "VIP", "DIY"})
_ORDINAL = re.compile(r"^第[\d一二三四五六七八九十百]+[届次]$")
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_IN_BRACKETS = re.compile(r"[(（]([^()（）]{2,12})[)）]")
_OTHER_RESOLUTION = re.compile(
    r"第\s*(?P<a>\d+(?:\s*/\s*\d+)?)\s*号\s*决议|"
    r"\bresolution\s+(?:[AS]/RES/)?(?P<b>\d+(?:/\d+)?)|(?P<c>[AS]/RES/\d+(?:/\d+)?(?![\d/]))|"
    # The draft's symbol ("A/68/L.几"), which the adopted text never prints.
    r"(?P<d>[AS]/\d+/L\.\s*\S{0,4})|(?P<e>(?:决议)?草案的?(?:文号|编号|文件号|文件编号|符号))|"
    r"(?P<f>\bdraft(?:\s+resolution)?'?s?\s+(?:symbol|document\s+number))",
    re.IGNORECASE,
)
_SYMBOL_NUMBER = re.compile(r"\d+\s*/\s*\d+|\d{3,}")
# A resolution's number (66/261), which names one document where a year names many things.
_SLASHED = re.compile(r"\d+\s*/\s*\d+")
# A cited document named by its symbol, and a question about what is inside it.
_CITED_SYMBOL = re.compile(
    r"[AS]/(?:RES/)?\d+/\d+|第?\s*\d+\s*/\s*\d+\s*号?\s*决议|\b(?:resolution|res\.?)\s+\d+/\d+",
    re.I,
)
# "有没有提到设立“联合国议会大会”的设想": whether the text has a phrase the reader quotes.
_QUOTED_NAME = re.compile(r"[“「『《\"](?P<phrase>[^”」』》\"]{2,30})[”」』》\"]")
# Only a name (of a body, meeting or instrument) is checked: a quoted paraphrase ("基础文件",
# "议会要为…出力") is the reader's words for what the text says.
_NAME_LIKE = re.compile(
    r"^[\u3400-\u9fff]{2,12}(?:大会|会议|组织|机构|委员会|理事会|论坛|公约|宣言|条约|议定书|计划|纲领|基金|"
    r"倡议|联盟|署|法院)$"
)
_MENTION_ASKED = re.compile(
    r"有没有|是否|有无|提到|提及|说到|讲到|涉及|出现|\bmention\w*|\brefer\w*", re.IGNORECASE
)
# "日内瓦那个管人权的理事会": a place describing a body by its seat.
_PLACE_DESCRIBES = re.compile(
    r"(?:(?:那个|那家|那边的?|那里的?)[\u4e00-\u9fff]{0,8}?|"
    # "在日内瓦被检查人权记录的那个机制": what happens there, described.
    r"[\u4e00-\u9fff]{0,12}?的那个)"
    r"(?P<body>理事会|委员会|机构|组织|法院|署|审查|审议|机制|[A-Z]{2,6}(?![A-Za-z]))"
)
# "第七十届会议在这个项目下后来通过的决议", "a comparable resolution at the 67th session": a
# resolution of a session none of whose resolutions the text cites.
_SESSION_RESOLUTION_ZH = re.compile(
    r"第?\s*(?P<n>\d+|[〇零一二两三四五六七八九十百]+)\s*届(?:会议|联大|大会|联合国大会)?"
    r"(?=[^。？?！!；;]{0,40}?(?:(?:新|后续|后来|接续)[^，,。？?]{0,12}?(?:决议|报告|决定)|"
    r"(?:通过|作出|做出|提交|交)[的个][^，,。？?]{0,5}(?:决议|报告)|resolution\s*(?:的\s*)?(?:号码|编号|号|number)|"
    r"通过了?(?:什么|哪些|哪项|哪一项|哪一号|哪号|第几号|哪个|一项|几项|何项|何种)?(?:新的?)?决议|"
    r"那份?\S{0,4}(?:报告|report)|项下[^，,。？?]{0,6}(?:报告|决议)|"
    # "第七十届会议后来怎么处理这个议程项目", "…的时候秘书长的报告里写了什么".
    r"(?:后来|最终|最后)(?:是)?(?:怎么|如何|怎样)处理|报告(?:里|中|内)[^，,。？?]{0,3}(?:写了|说了|提了)))"
)
# "八项千年发展目标具体是哪些？": a count of things and a request to list them (three or more:
# "两项决议分别是…" are two the text names).
_COUNTED = re.compile(
    r"(?P<count>(?:[3-9]|\d{2,}|[三四五六七八九十][十]?[一二三四五六七八九]?)\s*(?:个|项|条|大))(?P<thing>[\u4e00-\u9fff]{2,10}?)"
    r"(?=具体|分别|都|吗|呢|是|有|的|一个一个|一一|逐一|逐个|列|[，,。？?\s]|$)"
)
# "可持续发展目标一共十七个": the count after the things.
_COUNTED_AFTER = re.compile(
    r"(?P<thing>[\u4e00-\u9fff]{2,10}?)(?:一共|总共|共有|共)有?"
    r"(?P<count>(?:[3-9]|\d{2,}|[三四五六七八九十][十]?[一二三四五六七八九]?)\s*(?:个|项|条|大))"
)
_LIST_ASKED = re.compile(
    r"具体是哪些|分别是|都是哪些|都是什么|都有哪些|都有什么|列出|列了|列有|有哪几|具体内容"
)
_SPELLED_SESSIONS = {"sixty-ninth": "69", "seventieth": "70", "seventy-first": "71"}
_REPORT_REQUESTED = re.compile(r"(?:要求|请|让|邀请)秘书长[^，,。？?]{0,20}提交")
_SESSION_RESOLUTION_EN = re.compile(
    r"\b(?:a|any|new|comparable|similar|later|another|follow-up|follow-on|subsequent|successor)\s+"
    r"(?:[a-z-]+\s+){0,2}?resolutions?\b[^.?!]{0,60}?\b(?P<n>\d+)(?:st|nd|rd|th)\s+session\b|"
    r"\b(?P<m>\d+)(?:st|nd|rd|th)\s+session\b[^.?!]{0,40}?\b(?:adopt|pass)\w*\s+"
    r"(?:a|any|new|another)\s+resolution|"
    r"\b(?P<s>\d+)(?:st|nd|rd|th)\s+session\s+(?:eventually\s+|finally\s+|later\s+|actually\s+)?"
    r"(?:adopt|pass|decide)\w*\b|"
    # "What did the SG report to the 70th session conclude": that report's own findings.
    r"\breport\w*\s+(?:(?:submitted|presented|delivered|made)\s+)?(?:to|at|for)\s+the\s+"
    r"(?P<r>\d+(?:st|nd|rd|th)|sixty-ninth|seventieth|seventy-\w+)"
    r"\s+session\b[^.?!]{0,40}?"
    r"\b(?:conclu\w*|found|finds|findings|recommend\w*|said|say|says|contain\w*)\b|"
    # "the conclusions of the SG's report submitted to the 70th session".
    r"\b(?:conclusions?|findings|recommendations)\s+of\s+[^?.!]{0,40}?\breport\w*\s+(?:submitted\s+)?"
    r"(?:to|at|for)\s+the\s+(?P<c>\d+(?:st|nd|rd|th)|sixty-ninth|seventieth|seventy-\w+)\s+session\b",
    re.IGNORECASE,
)
_CONTENTS_EN = re.compile(
    r"\b(?:what|which)\b.{0,40}\b(?:does|did)\s+(?:the\s+)?(?:report|document|it)\s+"
    r"(?:list|contain|set\s+out|include)\b|"
    # "What exactly says resolution 57/47 about IPU?": its own wording.
    r"\bwhat\s+(?:exactly|specifically)\b.{0,50}\b(?:say|says|state|states|provide|provides|"
    r"recommend\w*|propos\w*|conclude\w*)\b|"
    r"\bwhat\s+(?:does|did)\s+\S+\s+actually\s+(?:say|recommend|propose|conclude|contain|provide)\b|"
    # "What did the SG's report A/68/827 recommend in its conclusions?": its own findings.
    r"\breport\b[^?.!]{0,30}\b(?:recommend|conclude|propose)\w*|\bin\s+its\s+conclusions\b|"
    # "What specific recommendations did the SG report make?": its own findings.
    r"\bwhat\s+(?:specific\s+|exact\s+|particular\s+)?(?:recommendations|proposals|conclusions|"
    r"findings|examples|cases|figures|numbers)\s+(?:did|does|do)\b|"
    # "What exactly did resolution 57/47 of 21 November 2002 decide?": its own decisions.
    r"\bwhat\s+(?:exactly|actually)\s+(?:does|did)\s+(?:the\s+)?(?:resolution|res\.?)\s+\d+/\d+"
    r"[^?.!]{0,40}?\b(?:decide|say|provide|state|contain|recommend)\b|"
    r"\bwhat\s+(?:does|did)\s+(?:the\s+)?(?:resolution|res\.?)\s+\d+/\d+\s+(?:exactly|actually)\s+"
    r"(?:decide|say|provide|state|contain|recommend)\b",
    re.IGNORECASE,
)
# Right after a cited document's symbol, its own text: "第57/32号决议本身…", "…执行部分共几段",
# "第68/6号决议第26段原文", "57/32号决议一共有几段".
_OWN_TEXT = re.compile(
    r"\s*(?:本身|的?(?:执行部分|序言部分|正文)|的?(?:第\s*\S{1,4}\s*段)?\s*(?:原文|全文)|"
    r"(?:一共|总共|共|总计)有?(?:几|多少)(?:段|个段落|条)|"
    r"(?:报告)?的?第\s*[一二三四五六七八九十\d]+\s*(?:节|章)|"
    # "A/68/827第十段之内容为何"; "68/6号决议 第26段" alone is where the text cites it.
    r"\s*(?:报告)?的?第\s*[一二三四五六七八九十\d]+\s*段\s*\S{0,2}(?:内容|原文|全文|说|讲|写|规定))"
)
# A cited report named by what it is, and the specifics listed inside it.
_DESCRIBED_REPORT = re.compile(
    r"(?P<report>(?:(?:秘书长|SG)\s*(?:的)?\s*(?:那份|这份)?\s*(?:A/\d+/\d+)?|A/\d+/\d+)\s*"
    r"(?:的|那份|这份|那个|这个)?\s*报告(?:\s*A/\d+/\d+)?"
    r"|(?:合作)?协定)"
    # "秘书长报告第3段写了什么": a paragraph of the report, not of this text.
    r"\s*(?:里面?|里头|中|内|当中|[，,]\s*其|所|(?=第\s*[\d一二三四五六七八九十]+\s*(?:段|章|节)))\s*"
    r"(?P<rest>[^，,。？?！!；;]{0,12})"
)
# The recommended new agreement signed, concluded or in force: after the text.
_NEW_AGREEMENT_CONCLUDED = re.compile(
    r"(?P<agreement>新的?[^，,。？?]{0,10}?(?:合作)?协定)[^，,。？?]{0,10}?(?:签|缔结|生效)|"
    r"(?P<en>\bnew\s+(?:[\w-]+\s+){0,2}?agreement)\b[^?.!]{0,40}?\b(?:signed|concluded|in\s+force)\b",
    re.IGNORECASE,
)
# A report submitted after the text, and what is inside it.
_LATER_REPORT = re.compile(
    r"(?:后来|之后|随后|事后|下一份|下次)[^，,。？?]{0,12}?(?:提交|交|发布|印发)的?[^，,。？?]{0,3}?报告"
    r"(?=\s*(?:里|中|内)?\s*(?:提了|写了|说了|列了|有哪些|具体|的?内容|的?建议))"
)
# "What does the 1996 cooperation agreement itself say…": a cited document's own provisions.
# Words naming a body's worldwide scope, which a region or country before its name replaces.
_WORLDWIDE = ("各国", "国际", "世界", "全球")
_ARTICLE_OF_INSTRUMENT = re.compile(
    r"(?:协定|协议|公约|宪章)\s*[》」”]?\s*(?:里|中)?的?\s*第\s*(?:[一二三四五六七八九十\d]+|几|哪一?)\s*条|"
    r"\barticle\s+(?:\d+|[ivx]+)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,8}?"
    r"(?:agreement|convention|charter|treaty)\b",
    re.IGNORECASE,
)
_ITSELF_EN = re.compile(
    r"\b(?P<doc>(?:[\w-]+\s+){0,3}(?:agreement|report))\s+itself\s+"
    r"(?:say|says|provide|provides|stipulate|stipulates|contain|contains|list|lists)\b|"
    # "a quote straight from the 1996 cooperation agreement itself".
    r"\b(?:quote|quotes|quotation|text|wording|words|provisions)\s+(?:straight\s+|directly\s+)?"
    r"(?:from|of|in)\s+(?:the\s+)?(?P<quoted>(?:[\w-]+\s+){0,3}(?:agreement|report))\s+itself\b",
    re.IGNORECASE,
)
# "协定里是不是规定了…", "协定，其正文共计多少条": the agreement's own provisions.
_LISTED_INSIDE = re.compile(
    r"具体|列了|列出|列举|清单|哪些项目|哪几个项目|规定|正文|多少条|几条|有效期|举了|举例|例子|案例|实例|多少个|几个|"
    r"统计|数量|数字|第\s*[\d一二三四五六七八九十]+\s*(?:段|章|节)"
)
# "英文本的脚注编号跟中文本一致吗": another language's text of the resolution.
_OTHER_VERSION = re.compile(
    r"(?:英文|法文|俄文|西班牙文|西文|阿拉伯文|阿文)(?:本|版|文本|版本)(?=的|里|中|和|跟|与|官方|正式|标题|原文)(?!的写)"
)
_CONTENTS = re.compile(
    r"(?:里|中(?!文)|内)\s*\S{0,4}(?:列|写|提到|提了|提出|包括|规定)|具体(?:规定|列|写|提|内容|有(?:什么|哪些))|里面?有(?:什么|哪些)|具体\S{0,3}了?哪些|"
    rf"(?:规定|列举|列出)了哪些|(?:怎么|如何|怎样)规定|{_CONTENTS_EN.pattern}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Scored:
    """One unit with its scores for a question.

    :param doc: Document symbol.
    :param unit: Unit id.
    :param score: Fused score in [0, 1].
    :param dense: Cosine similarity from the store.
    :param lexical: BM25 score normalised by the best unit's.
    """

    doc: str
    unit: str
    score: float
    dense: float
    lexical: float


@dataclass(frozen=True)
class Retrieval:
    """Everything retrieval learnt about a question.

    :param ranked: All units, best first.
    :param lang: Question language.
    :param terms: Query terms (Chinese) used for the lexical side and for choosing the clause.
    :param coverage: How much of the question the text (or the glossary) covers, in [0, 1].
    :param dense_top: Best cosine similarity.
    :param no_answer: True when the resolution does not address the question.
    :param other_document: A resolution the question names that is not in the index, or ``""``.
    :param extra: Diagnostics (top lexical score, lexical weight).
    :param addressed: Whether the text addresses the question apart from ``other_document``.
    """

    ranked: tuple[Scored, ...]
    lang: str
    terms: tuple[str, ...]
    coverage: float
    dense_top: float
    no_answer: bool
    other_document: str = ""
    extra: dict[str, float] = field(default_factory=dict)
    addressed: bool = False


_ALTERNATIVES = re.compile(r"还是|或者|抑或")
_CHOICE_OFFERED = re.compile(r"还是|抑或")
# "我们国会越南很关心…": the reader's own country, also after the reader's own institution.
_FIRST_PERSON = r"(?:我们|咱们|我国|本国|敝国)"
_OWN = re.compile(
    rf"{_FIRST_PERSON}的?\s*(?:国会|议会|国家|政府|代表团|这边)?\s*$|(?:我|我们)(?:在|是)\s*$"
)
_FIRST_PERSON_OPENING = re.compile(rf"\s*{_FIRST_PERSON}")
# "我们的议员能不能被放进冰岛去纽约开会的代表团里": a delegation described on its way.
_DELEGATION = re.compile(r"\s*(?:[^，,。？?！!]{0,10}?的\s*)?(?:代表团|议会|国会|政府|外交部)")
# "UNDP那种驻各国的UN团队": a name given as a kind of what is asked about.
_LIKE = re.compile(r"\s*(?:那种|这种|那类|这类|之类|那样的|这样的)")
_ABOUT = re.compile(r"\s*(?:关于|有关|对于|就)")
_OWN_COUNTRY = re.compile(r"我们|咱们|我国|本国|敝国|俺们")
_OFFICE = re.compile(
    r"[\u4e00-\u9fff]{0,4}?的?\s*(?:机构|团队|办事处|工作队|国家工作队|代表处|办公室|系统|人员|同事)"
)
# "…在什么地方开？别跟我说日内瓦": a wrong answer the reader rules out, not a topic.
_DISMISSED = re.compile(r"(?:别|不要|不用)(?:跟我|给我|和我)?(?:说|讲|告诉我)\s*$")


# "想了解一下中国全国人大…": what the reader wants to know about is the question's topic.
_WANTS_TO_KNOW = re.compile(r"想要?(?:了解|知道|问问?|查查?|看看|弄清|搞清|打听)")
# "泰国国会想参考", "…很关心，谢谢": a clause saying why the reader asks, not what.
_INTENT = re.compile(r"想要?|很关心|关心|正在研究|研究这个|想参考|参考|想学习|学习|打算|准备")
_ASKING = re.compile(r"吗|呢|什么|哪|怎|如何|是否|有没有|几|多少|谁|是不是")


def _describing(question: str, name: str) -> bool:
    at = question.find(name)
    return any(m.start() < at < m.end() for m in _DESCRIBING.finditer(question))


def _readers_own(question: str, place: str) -> bool:
    at = question.find(place)
    if at < 0:
        return False
    start = max((question.rfind(p, 0, at) for p in "，,。？?！!；;"), default=-1) + 1
    if _ABOUT.match(question, start):
        return False  # "关于我国全国人大与…的情况": the reader's own is the topic
    if at > 0 and (_OWN.search(question[:at]) or _DISMISSED.search(question[:at])):
        return True
    if _LIKE.match(question, at + len(place)):
        return True
    if _FIRST_PERSON_OPENING.match(question, start) and _DELEGATION.match(
        question, at + len(place)
    ):
        return True  # "我们的议员可以跟着瑞典代表团去…": the reader's own delegation
    if question[:at].endswith("驻") and _OFFICE.match(question, at + len(place)):
        # "联合国驻乌兰巴托的机构，跟我们议会…": the country team where the reader is.
        return bool(_OWN_COUNTRY.search(question))
    if _WANTS_TO_KNOW.search(question[start:at]):
        return False
    ends = [i for p in "，,。？?！!；;" if (i := question.find(p, at)) >= 0]
    end = min(ends) if ends else len(question)
    clause = question[start:end]
    asked = end < len(question) and question[end] in "？?"
    return bool(_INTENT.search(clause)) and not _ASKING.search(clause) and not asked


def _put_last(order: np.ndarray, last: set[int]) -> np.ndarray:
    if not last:
        return order
    return np.asarray([i for i in order if i not in last] + [i for i in order if i in last])


def _numbers_in(text: str, pattern: re.Pattern[str] = _SYMBOL_NUMBER) -> set[str]:
    return {re.sub(r"\s+", "", m) for m in pattern.findall(text)}


def addresses(lang: str, coverage: float, dense_top: float) -> bool:
    """Whether the text addresses a question, from its coverage and best dense similarity.

    :param lang: Question language (``zh``/``en``).
    :param coverage: Lexical (or glossary) coverage of the question, in [0, 1].
    :param dense_top: Best cosine similarity of any unit.
    :returns: True when the question should be answered.
    """
    key = "zh" if lang == "zh" else "en"
    return (
        coverage >= MIN_COVERAGE[key]
        or (coverage >= WEAK_COVERAGE[key] and dense_top >= DENSE_SUPPORT[key])
        or dense_top >= DENSE_ALONE[key]
    )


def lexical_weight(lang: str, coverage: float) -> float:
    """The lexical side's share of the fused score.

    :param lang: Language of the searched text.
    :param coverage: How much of the question the text (or the glossary) covers.
    :returns: A weight in [0, 1].
    """
    if lang == "zh":
        return LEXICAL_WEIGHT
    return LEXICAL_WEIGHT_EN * min(1.0, coverage + 0.25)


class Retriever:
    """Hybrid retriever over the units of some documents.

    :param documents: The indexed documents (units in order).
    :param store: The vector store holding the same units.
    :param embedder: The model the index was built with.
    :param glossary: English -> Chinese terms; the bundled one when omitted.
    :param segmenter: jieba segmenter; the shared one when omitted.
    """

    def __init__(
        self,
        documents: Sequence[Document],
        store: Store,
        embedder: Embedder,
        glossary: Glossary | None = None,
        segmenter: Segmenter | None = None,
    ) -> None:
        self.documents = tuple(documents)
        self.store = store
        self.embedder = embedder
        self.glossary = glossary or bundled_glossary()
        self.glossary_terms = frozenset(self.glossary.chinese_terms())
        self._years = frozenset(
            y for doc in documents for u in doc.units for y in _YEAR_IN.findall(u.text)
        ) | frozenset(y for doc in documents for y in _YEAR_IN.findall(doc.adopted))
        self.keys: list[tuple[str, str]] = []
        self.units: dict[tuple[str, str], Unit] = {}
        self.docs: dict[str, Document] = {d.symbol: d for d in self.documents}
        texts: list[str] = []
        known_numbers: set[str] = set()
        for doc in self.documents:
            known_numbers |= _numbers_in(doc.symbol)
            for ref in doc.links:
                known_numbers |= _numbers_in(ref)
            for unit in doc.units:
                key = (doc.symbol, unit.unit)
                self.keys.append(key)
                self.units[key] = unit
                # A footnote is often just a symbol (``A/68/827。``): search it by the words
                # it is attached to as well.
                texts.append(f"{unit.anchor} {unit.text}" if unit.anchor else unit.text)
                known_numbers |= _numbers_in(unit.text)
                for ref in unit.references:
                    known_numbers |= _numbers_in(ref)
        self.position = {key: i for i, key in enumerate(self.keys)}
        self._compact_texts = [re.sub(r"\s+", "", self.units[k].text) for k in self.keys]
        self._compact_whole = "".join(self._compact_texts)
        self._footnote_weight = np.array(
            [FOOTNOTE_WEIGHT if self.units[k].kind == "footnote" else 1.0 for k in self.keys],
            dtype=np.float32,
        )
        self._kind_mask = {
            kind: np.array([self.units[k].kind == kind for k in self.keys], dtype=np.float32)
            for kind in ("operative", "preambular")
        }
        self.known_numbers = frozenset(known_numbers)
        self._numbered = [_numbers_in(self.units[k].text, _SLASHED) for k in self.keys]
        self.lexical = LexicalIndex(texts, segmenter)
        self.glossary = self.glossary.aligned(self.lexical.segmenter.boundaries)
        segmenting = self.lexical.segmenter
        self.homophones = HomophoneCorrector(
            [*self.lexical.vocabulary(), *self.glossary_terms, *QUESTION_TERMS],
            lambda typed: segmenting.frequency(typed) >= SLIP_FREQUENCY,
            partial(segmenting.boundaries, guess=False),
        )
        self.ordinals = Ordinals(
            (u.text for d in self.documents for u in d.units), (d.symbol for d in self.documents)
        )
        # Short names each unit spells out in brackets (``…权能署(妇女署)``).
        self._bracketed = [
            frozenset(m.group(1).strip() for m in _IN_BRACKETS.finditer(self.units[k].text))
            for k in self.keys
        ]
        self._facts: dict[tuple[str, str], tuple[str, list[str], list[str]]] = {}
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def asks_full_name(self, question: str) -> bool:
        """Whether a question asks for a full name (``全称``, "what does it stand for").

        :param question: The question.
        :returns: True when it does.
        """
        return bool(_FULL_NAME.search(question))

    def short_names_in(self, text: str) -> set[str]:
        """The short names some unit spells out in brackets (``妇女署``) that a text uses.

        :param text: A question, or units' text.
        :returns: The names found.
        """
        low = text.lower()
        return {name for names in self._bracketed for name in names if name.lower() in low}

    def spelling_out(self, names: set[str]) -> list[tuple[str, str]]:
        """The units that spell out some short names (``妇女署`` in pp-11).

        :param names: Short names, as :meth:`short_names_in` gives them.
        :returns: Keys, in document order.
        """
        return [
            key for key, spelled in zip(self.keys, self._bracketed, strict=True) if spelled & names
        ]

    def mentioning(self, term: str) -> set[int]:
        """Positions of the units whose own text contains a term verbatim.

        :param term: A word or phrase.
        :returns: Indexes into :attr:`keys`.
        """
        needle = term.lower()
        return {i for i, key in enumerate(self.keys) if needle in self.units[key].text.lower()}

    # -- pieces -------------------------------------------------------------------------------

    def embed(self, text: str) -> np.ndarray:
        """The query vector of a text, cached (follow-ups re-use earlier questions' vectors).

        :param text: Query text.
        :returns: A unit-length float32 vector.
        """
        with self._lock:
            hit = self._cache.get(text)
            if hit is not None:
                self._cache.move_to_end(text)
                return hit
        vector = np.asarray(self.embedder.embed_queries([text])[0], dtype=np.float32)
        with self._lock:
            self._cache[text] = vector
            while len(self._cache) > _EMBED_CACHE:
                self._cache.popitem(last=False)
        return vector

    def dense_scores(self, text: str) -> np.ndarray:
        """Cosine similarity of every unit to a query (units the store misses get -1).

        :param text: Query text.
        :returns: float32 array in unit order.
        """
        out = np.full(len(self.keys), -1.0, dtype=np.float32)
        if not self.keys:
            return out
        for hit in self.store.query(self.embed(text), len(self.keys)):
            i = self.position.get((hit.doc, hit.unit))
            if i is not None:
                out[i] = hit.similarity
        return out

    def other_document(self, question: str) -> str:
        """A resolution the question names that none of the indexed documents is or cites, or
        an instance of a numbered series they never name (``第五届世界议长大会`` when the text
        names the fourth).

        :param question: The question.
        :returns: The name as written (``第1325号决议``), or ``""``.
        """
        for m in _OTHER_RESOLUTION.finditer(question):
            raw = next((g for g in m.groups() if g), "")
            numbers = _numbers_in(raw) or {re.sub(r"\s+", "", raw)}
            if not numbers & self.known_numbers:
                return m.group(0).strip()
        unknown = self.ordinals.unknown_instance(question)
        if unknown:
            # "第四届议长大会" is the text's 第四届世界议长大会 by its everyday name.
            rewritten = self.glossary.rewrite(question, self.glossary.expand(question).chinese)
            unknown = self.ordinals.unknown_instance(rewritten) and unknown
        return (
            unknown
            or self.unknown_year(question)
            or self.unknown_name(question)
            or self.contents_of_cited(question)
            or self.resolution_of_uncited_session(question)
            or self.quoted_not_in_text(question)
            or self.other_language_text(question)
            or self.list_not_in_text(question)
            or self.new_agreement_concluded(question)
        )

    @staticmethod
    def new_agreement_concluded(question: str) -> str:
        """The new agreement the text recommends, when the question asks when or whether it was
        signed (``新的合作协定最后是哪一年签的？``): the text only recommends drafting it.

        :param question: The question.
        :returns: The agreement as written, or ``""``.
        """
        m = _NEW_AGREEMENT_CONCLUDED.search(question)
        return (m.group("agreement") or m.group("en")) if m else ""

    @staticmethod
    def other_language_text(question: str) -> str:
        """Another language's text of the resolution the question asks about (``英文本的脚注``):
        only the Chinese text is indexed.

        :param question: The question.
        :returns: The version as written, or ``""``.
        """
        found = _OTHER_VERSION.search(question)
        return found.group(0) if found else ""

    def quoted_not_in_text(self, question: str) -> str:
        """A name in quotation marks the question asks whether the text mentions, when no unit
        has it (``决议有没有提到设立“联合国议会大会”的设想？``).

        :param question: The question.
        :returns: The phrase, or ``""``.
        """
        if not _MENTION_ASKED.search(question):
            return ""
        for m in _QUOTED_NAME.finditer(question):
            phrase = re.sub(r"\s+", "", m.group("phrase"))
            if not _NAME_LIKE.search(phrase) or self.glossary.knows_variant(phrase):
                continue
            if not any(phrase in text for text in self._compact_texts):
                return m.group("phrase")
        return ""

    def resolution_of_uncited_session(self, question: str) -> str:
        """A resolution or report the question places in a session none of whose documents the
        texts are or cite (``第七十届会议…通过的新决议`` when they cite 57/32, 65/123 and 66/261):
        the text cannot say what that session adopted or received.

        :param question: The question.
        :returns: What is asked about (``第七十届会议的决议和报告``, "the resolutions and
            reports of session 67"), or ``""``.
        """
        sessions = {n.split("/")[0] for n in self.known_numbers if "/" in n}
        # "决议要求秘书长在第七十届会议提交的报告是关于什么的": the report the text asks for.
        requested = _REPORT_REQUESTED.search(question)
        for m in _SESSION_RESOLUTION_ZH.finditer("" if requested else question):
            number = parse_number(m.group("n"))
            if number is not None and str(number) not in sessions:
                return f"第{m.group('n')}届会议的决议和报告"
        for m in _SESSION_RESOLUTION_EN.finditer(question):
            spoken = m.group("r") or m.group("c")
            raw = m.group("n") or m.group("m") or m.group("s") or re.sub(r"\D", "", spoken)
            raw = raw or _SPELLED_SESSIONS.get(spoken.lower(), spoken)
            if raw not in sessions:
                return f"the resolutions and reports of session {raw}"
        return ""

    def latest_instance_first(self, retrieval: Retrieval, context: str) -> Retrieval:
        """The retrieval with the unit naming the latest year of the series the conversation is
        about moved to the top (``那下一届是哪年开`` after the conferences of 2000–2010: the one of
        2015), when it scores nearly as well as the best one.

        :param retrieval: From :meth:`search`.
        :param context: The text the follow-up leans on.
        :returns: The retrieval, reordered or as it was.
        """
        ranked = list(retrieval.ranked)
        if not ranked:
            return retrieval
        top_text = self.units[(ranked[0].doc, ranked[0].unit)].text
        # The series: the rarest longer term the best unit shares with the context (世界议长大会).
        shared = [
            t
            for t in set(self.query_terms(context)[0])
            if len(t) >= ANCHOR_CHARS and t in top_text and len(self.mentioning(t)) >= 2
        ]
        if not shared:
            return retrieval
        series = min(shared, key=lambda t: (len(self.mentioning(t)), -len(t)))
        floor = NEXT_INSTANCE_SHARE * ranked[0].score
        dated = [
            (max(int(y) for y in years), place)
            for place, scored in enumerate(ranked[:TYPE_CHECK_DEPTH])
            if scored.score >= floor
            and series in (text := self.units[(scored.doc, scored.unit)].text)
            and (years := _YEAR_IN.findall(re.sub(r"\s+", "", text)))
        ]
        if not dated:
            return retrieval
        place = max(dated)[1]
        if place == 0:
            return retrieval
        order = [ranked[place], *ranked[:place], *ranked[place + 1 :]]
        return replace(retrieval, ranked=tuple(order))

    def list_not_in_text(self, question: str) -> str:
        """A list of a counted number of things the reader asks to have spelled out, when the
        text never gives that count (``八项千年发展目标具体是哪些？``, ``列了17个可持续发展目标吗？``):
        the text names the things, not the list.

        :param question: The question.
        :returns: The counted things as written (``八项千年发展目标``), or ``""``.
        """
        if not _LIST_ASKED.search(question):
            return ""
        for m in [*_COUNTED.finditer(question), *_COUNTED_AFTER.finditer(question)]:
            count = re.sub(r"\s+", "", m.group("count"))
            # Years ("三个年份分别是…") are counted from the dates the text prints.
            if count not in self._compact_whole and not m.group("thing").startswith(
                ("段", "个段", "年")
            ):
                return re.sub(r"\s+", "", m.group(0))
        return ""

    def unknown_year(self, question: str) -> str:
        """A year the question names that no unit prints (``议联2012—2017年战略``): the text says
        nothing dated then.

        :param question: The question.
        :returns: The year as ``2017年``, or ``""``.
        """
        for year in _YEAR_IN.findall(question):
            if year not in self._years:
                return f"{year}年"
        return ""

    def contents_of_cited(self, question: str) -> str:
        """A document the text only cites, when the question asks what is inside it
        (``A/68/827里列了哪些项目？``, ``第63/24号决议具体规定了什么？``): the text gives its
        symbol, not its contents.

        :param question: The question.
        :returns: The document as written, or ``""``.
        """
        article = _ARTICLE_OF_INSTRUMENT.search(question)
        if article:
            # "合作协定第三条是什么内容": an article of the agreement, which the text only cites.
            return article.group(0)
        itself = _ITSELF_EN.search(question)
        if itself:
            # "What does the 1996 cooperation agreement itself say about…": its own provisions.
            return itself.group("doc") or itself.group("quoted")
        later = _LATER_REPORT.search(question)
        if later:
            # "秘书长后来按这个决议提交的报告里提了哪些建议": a report written after this text.
            return later.group(0)
        described = _DESCRIBED_REPORT.search(question)
        if described and _LISTED_INSIDE.search(described.group("rest")):
            # "秘书长报告里具体列了哪些合作项目": the report's own list, which the text only cites.
            return described.group("report")
        own = set().union(*(_numbers_in(d.symbol) for d in self.documents))
        english = _CONTENTS_EN.search(question)
        for m in _CITED_SYMBOL.finditer(question):
            # "第66/261号决议的通过日期，决议里写的是哪天": 里写 is about this text, not that one.
            near = re.split(r"[，,。？?！!；;]", question[m.end() : m.end() + 10])[0]
            if not english and not _CONTENTS.search(near) and not _OWN_TEXT.match(near):
                continue
            numbers = _numbers_in(m.group(0))
            if numbers and numbers <= self.known_numbers and not numbers & own:
                return m.group(0).strip()
        return ""

    def unknown_name(self, question: str) -> str:
        """A name in a Chinese question (as jieba's dictionary tags them) that the text never
        names: a place or person (``巴西议会…`` is not answered by paragraphs on parliaments), or
        a body none of whose parts the text has (``安理会``, ``开发计划署``). A body sharing a
        part with the text may be the reader's word for one of its own (``国际部``).

        :param question: The question.
        :returns: The name, or ``""``.
        """
        if detect_lang(question) != "zh":
            return self._unknown_english_instrument(question)
        seg = self.lexical.segmenter
        _, rewritten, words = self._read_chinese(question)
        known = self.glossary_terms

        def unknown(name: str) -> bool:
            return name not in known and not self.lexical.has(name)

        # Search-mode words: the place inside a longer name (``巴西议会``) counts, but not the
        # seat of a body the text names by its full name (``日内瓦人权理事会``).
        places = seg.places_among(seg.search_words(" ".join(words)))
        # "日内瓦还是纽约？": places offered to choose from, one of which the text names.
        offered = bool(_ALTERNATIVES.search(question)) and any(not unknown(p) for p in places)
        names_typed = [*seg.places_among(words), *seg.people_among(words)]
        for name in [*places, *seg.people_among(words)]:
            # "我们肯尼亚国会": search mode also gives 尼亚, which is the reader's own too.
            whole = max((p for p in places if name in p), key=len, default=name)
            if _readers_own(question, whole) or (offered and name in places):
                continue  # "我们越南国会很关心…": who asks, not what is asked about
            if _EXAMPLE_BEFORE.search(question[: max(0, question.find(whole))]):
                continue  # "刚走出战乱的国家，例如南苏丹": an example of what the text names
            if _describing(question, whole):
                continue  # "…国别审查？就是…在日内瓦过一遍的那个": where what is asked happens
            if unknown(name) and not self._seat_of_known_body(question, name):
                # "阿拉伯": the name as typed, not the place search mode finds inside it (拉伯).
                return next((w for w in names_typed if name in w and unknown(w)), name)
        # Bodies as typed too: the glossary reads 维和 inside 维和特派团.
        # "全国人大" is the glossary's own variant for a parliament.
        as_typed = [
            w
            for w in seg.words(question)
            if w in seg.bodies and w not in words and not self.glossary.knows_variant(w)
        ]
        for name in [*seg.names_among(words), *as_typed]:
            if not unknown(name) or self._seat_of_known_body(question, name):
                continue
            if _readers_own(question, name) or (offered and name in places):
                continue
            if _EXAMPLE_BEFORE.search(question[: max(0, question.find(name))]):
                # "刚走出战乱的国家，例如南苏丹": an example of what the text names.
                continue
            if _describing(question, name):
                continue
            if name in seg.bodies or not self._mostly_known(name):
                return name
        for name in self._instruments_named(question, rewritten, words):
            if unknown(name) and not self._mostly_known(name):
                return name
        plain = _EXAMPLE.sub("", _SYMBOL_LIKE.sub("", _GLOSSED.sub("", question)))
        for name in _ACRONYM.findall(plain):
            known_acronym = bool(self.glossary.expand(name).terms) or name in _GENERIC_ACRONYMS
            if not known_acronym and unknown(name.lower()) and not _readers_own(question, name):
                return name
        # "Paris Agreement 是哪年签的？": an English name inside a Chinese question.
        return self._unknown_english_instrument(question)

    def _unknown_english_instrument(self, question: str) -> str:
        """An instrument an English question names whose own name the glossary does not know
        ("the Paris Agreement"; "the Millennium Declaration" is known)."""
        for found in _EN_INSTRUMENT.finditer(question):
            covered = {
                w for phrase in self.glossary.expand(found.group(0)).matched for w in phrase.split()
            }
            own = [w for w in found.group("name").split() if normalise(w) not in EN_STOPWORDS]
            known = [w for w in own if w.lower() in covered or self.glossary.expand(w).terms]
            if own and not known:
                return found.group(0)
        return ""

    def _seat_of_known_body(self, question: str, place: str) -> bool:
        """Whether a place stands right before the full name of a body the text names, as its
        seat (``日内瓦人权理事会``), not as the country an office serves (``驻肯尼亚国家工作队``)."""
        at = question.find(place)
        if at < 0 or question[:at].endswith("驻"):
            return False
        rest = question[at + len(place) :]
        described = _PLACE_DESCRIBES.match(rest)
        body = described.group("body") if described else ""
        # "日内瓦那个UPR": an acronym the glossary reads as one of the text's terms.
        known = [body] if not body.isascii() else list(self.glossary.expand(body).terms)
        if any(self.lexical.has(term) for term in known):
            return True  # "日内瓦那个管人权的理事会": where a body the text names sits
        return any(
            len(term) >= 4
            and rest.startswith(term)
            and self.lexical.has(term)
            # "阿拉伯议会联盟": a region in place of the 各国 of 各国议会联盟 is another body.
            and not any(self.lexical.has(scope + term) for scope in _WORLDWIDE)
            for term in self.glossary_terms
        )

    def _instruments_named(self, question: str, rewritten: str, words: Sequence[str]) -> list[str]:
        """Treaties, declarations and other instruments a question names: a title in 《》, or a
        word before ``条约``/``公约``/… (``核不扩散条约``), unless the text has that word with the
        next one (``UPR或条约机构``: 条约机构). ``rewritten`` and ``words`` are the question as the
        glossary reads it (:meth:`_read_chinese`)."""
        named = [re.sub(r"\s+", "", m.group(1)) for m in _TITLE_MARKS.finditer(question)]
        rewritten = re.sub(r"\s+", "", rewritten)
        for i, (before, word) in enumerate(pairwise(words)):
            if word not in _INSTRUMENT_WORDS or len(before) <= 1 or before.islower():
                continue  # "kerja sama协议": a word of another language; acronyms are checked apart
            if before.endswith("性"):
                continue  # "那份纲领性宣言": a description, not a name
            if before + word not in rewritten:
                continue  # "联合国那份老协议": the word before it in the question is 老
            following = words[i + 2] if i + 2 < len(words) else ""
            if not (following and self.lexical.has(word + following)):
                named.append(before + word)
        return [n for n in named if len(n) > 1]

    def _mostly_known(self, name: str) -> bool:
        """Whether the text has most of a body's name in its own words (``国际部``: 国际), so
        the reader may mean one of its bodies. Another name inside it (``联合国`` in
        ``联合国开发计划署``) only says whose body it is, and does not count."""
        seg = self.lexical.segmenter
        inner_names = seg.names_among(p for p in seg.search_words(name) if p != name)
        known = [False] * len(name)
        for part in seg.search_words(name):
            if len(part) < 2 or part == name or not self.lexical.has(part):
                continue
            if any(part in inner for inner in inner_names):
                continue
            start = name.find(part)
            while start >= 0:
                known[start : start + len(part)] = [True] * len(part)
                start = name.find(part, start + 1)
        return sum(known) * 2 >= len(name)

    def whole_terms(self, question: str) -> list[str]:
        """A question's terms as whole words, for naming a thing (``请提供`` holds 提供, a word
        of the text, but names nothing).

        :param question: The question.
        :returns: Content words of the glossary-rewritten question and the glossary's terms
            (Chinese); the lexical query terms (English).
        """
        if detect_lang(question) != "zh":
            return self.query_terms(question)[0]
        expansion, _, words = self._read_chinese(question)
        return [*words, *expansion.terms]

    def text_terms(self, text: str) -> set[str]:
        """The terms of a piece of text (as :meth:`whole_terms` reads them) that the indexed
        text has.

        :param text: A question or part of one.
        :returns: The terms, each of two characters or more.
        """
        return {t for t in self.whole_terms(text) if len(t) > 1 and self.lexical.has(t)}

    def chinese_terms(self, words: Sequence[str]) -> list[str]:
        """The text's Chinese terms for a question's words: words without Chinese characters
        through the glossary (``observer`` -> 观察员), Chinese words as they are.

        :param words: Content words of a question.
        :returns: The terms, each of two characters or more.
        """
        terms = (
            term
            for word in words
            for term in (self.glossary.expand(word).terms if not has_chinese(word) else (word,))
        )
        return [term for term in terms if len(term) > 1]

    def _read_chinese(self, question: str) -> tuple[Expansion, str, list[str]]:
        """A Chinese question as the glossary reads it: its expansion, the question with the
        text's own terms for the variants it knows (``议联`` -> 各国议会联盟), and the content
        words of that rewritten question."""
        expansion = self.glossary.expand(question)
        rewritten = self.glossary.rewrite(question, expansion.chinese)
        return expansion, rewritten, content_words(self.lexical.segmenter.words(rewritten))

    def glossary_words(self, question: str) -> list[str]:
        """The content words of a Chinese question with the text's terms for the paraphrases
        the glossary knows (``另起炉灶`` -> 起草, 新的合作协定).

        :param question: The question.
        :returns: The words; none for an English question.
        """
        return self._read_chinese(question)[2] if detect_lang(question) == "zh" else []

    def query_terms(self, question: str) -> tuple[list[str], float, str]:
        """Lexical query tokens and the coverage of a question.

        :param question: The question.
        :returns: ``(tokens, coverage, lang)``; English questions are expanded through the
            glossary, their numerals kept.
        """
        lang = detect_lang(question)
        seg = self.lexical.segmenter
        if lang == "zh":
            # Paraphrases the glossary knows (``议联``) count as the text's own words.
            expansion, rewritten, words = self._read_chinese(question)
            tokens = self.lexical.tokens(rewritten)
            # English terms inside a Chinese question (``IPU``, ``UN-Women``) count too.
            for term in expansion.terms:
                tokens.extend(self.lexical.tokens(term))
            # Latin words are matched through the glossary; numerals (years) the text may hold.
            examples = {m.group("name").lower() for m in _EXAMPLE.finditer(question)}
            ascii_words = {w for w in words if w.isascii() and not w.isdigit()}
            covered = self.lexical.coverage(
                [w for w in words if w not in ascii_words], seg.names_among(words)
            )
            if ascii_words and expansion.matched:
                covered = max(covered, expansion.coverage)
            # An acronym neither the glossary nor the text knows ("PGA 在听证会里负责什么") is
            # the question's subject, and uncovered.
            known = {w for phrase in expansion.matched for w in phrase.split()}
            unknown = [
                w
                for w in ascii_words
                if len(w) > 1
                and normalise(w) not in known
                and normalise(w) not in EN_STOPWORDS
                and w.lower() not in examples
                and not self.lexical.covered(w)
            ]
            if unknown:
                chinese = len(words) - len(ascii_words)
                if chinese:
                    covered = covered * chinese / (chinese + len(unknown))
                else:
                    # "universal periodic review, parliament help how? 哪一段": English words
                    # the glossary knows, and a Chinese question word.
                    covered = covered * (1 - len(unknown) / len(ascii_words))
            return tokens, covered, lang
        expansion = self.glossary.expand(question)
        tokens = []
        for term in expansion.terms:
            tokens.extend(self.lexical.tokens(term))
        numbers = [
            n for n in expansion.numbers if n in self.known_numbers or self.lexical.covered(n)
        ]
        tokens.extend(numbers)
        # A year the text happens to print ("the 2014 World Cup") covers itself, not the words
        # around it: known numerals count like understood words.
        covered = expansion.coverage * expansion.size + len(numbers)
        total = expansion.size + len(expansion.numbers)
        return tokens, covered / total if total else 0.0, lang

    def thing_named(self, question: str, hint: str = "") -> list[str]:
        """The Chinese term of the thing a question names, for a later ``它`` or "that
        commission" to point at: the rarest glossary term or proper name the text has (one the
        hint's words are part of, when there is one), else the question's rarest word.

        :param question: An earlier question (Chinese or English).
        :param hint: The words the later question uses for it ("that commission", ``这个机构``).
        :returns: The term the text contains, or nothing when it has none.
        """
        if detect_lang(question) != "zh":
            # Per recognised phrase its usual term the text has; the rarest phrase first.
            groups = self._phrase_terms(self.glossary.expand(question))
            groups.sort(key=lambda g: min(len(self.mentioning(t)) for t in g))
            named = [g[0] for g in groups]
        else:
            seg = self.lexical.segmenter
            expansion, _, own = self._read_chinese(question)
            english = [g[0] for g in self._phrase_terms(expansion)]
            words = [*own, *english]
            known = self.glossary_terms | set(seg.names_among(words))
            present = [
                w
                for w in dict.fromkeys(words)
                if len(w) > 1 and (self.lexical.has(w) or w in english)
            ]
            named = [w for w in present if w in known] or present
            named.sort(key=self.lexical.idf, reverse=True)
        clues = self.query_terms(hint)[0] if hint else []
        return ([t for t in named if any(c in t for c in clues)] or named)[:1]

    def english_terms(self, question: str) -> list[str]:
        """Per English phrase the glossary knows in a question, its usual term the text has
        (``country team`` -> 国家工作队, also inside a Chinese question).

        :param question: The question.
        :returns: The terms, in question order.
        """
        groups = self._phrase_terms(self.glossary.expand(question))
        return list(dict.fromkeys(g[0] for g in groups))

    def _phrase_terms(self, expansion: Expansion) -> list[list[str]]:
        """Per English phrase recognised, its terms the text mentions (phrases with none left
        out), the usual one first."""
        groups = [
            [t for t in self.glossary.terms_of(phrase) if self.mentioning(t)]
            for phrase in expansion.matched
        ]
        return [g for g in groups if g]

    def may_hold(self, question: str, ranked: Sequence[Scored], terms: Sequence[str]) -> bool:
        """Whether one of the best units can hold the kind of fact the question asks for.

        :param question: The question.
        :param ranked: Units, best first.
        :param terms: The question's Chinese query terms.
        :returns: False when the question wants a quantity or a person's name none of them has.
        """
        kind = asked_type(question)
        if not kind:
            return True
        choice = _CHOICE_OFFERED.search(question)
        if choice and any(verb in question[: choice.start()] for verb in _CLAUSE_VERBS):
            # "是光欢迎，还是有要求谁出资？": the text's own verb is one choice offered.
            return True
        content = [s for s in ranked if self.units[(s.doc, s.unit)].kind not in METADATA_KINDS]
        if kind == "place" and (seatless := strip_seat(question)) != question:
            terms = self.query_terms(seatless)[0]
        counted = _COUNTED_EN.search(question) if kind == "quantity" else None
        if counted:
            # "How many hearings has the IPU organized": hearings are counted, not organizations.
            terms = self.query_terms(counted.group("noun"))[0]
        asked = " ".join([question, *terms])
        # A year a claim puts forward may be its error (稿子写…是1998年签的，对吗？).
        years = set() if checks_claim(question) else set(_YEAR_IN.findall(question))
        # A unit far below the best is about something else (the Millennium Declaration does not
        # answer what the fourth Speakers' conference adopted).
        # Chinese terms only: an English question's glossary terms are the text's, not its own.
        named = kind in ANCHORED_KINDS and detect_lang(question) == "zh"
        # What the question itself names, not the context it leans on.
        own = without_type_words(question, kind)
        anchor = None
        if named:
            # The question's own words name it; else the glossary's names for them (新合作协定:
            # 新的合作协定), but not the synonyms the thesaurus adds (每年 -> 一年一度).
            plain_terms = self.query_terms(own)[0]
            own_terms = list(plain_terms)
            # An ordinal and what it numbers name one instance (第四届世界议长大会: op-5).
            compact = re.sub(r"\s+", "", own)
            own_terms += [
                a + b for a, b in pairwise(own_terms) if _ORDINAL.match(a) and a + b in compact
            ]
            expansion = self.glossary.expand(own)
            glossary_terms = set(expansion.terms)
            anchor = self.anchor([t for t in own_terms if t in own])
            if anchor is None:
                anchor = self.anchor([t for t in own_terms if t in own or t in glossary_terms])
                # "跟哪个峰会/summit挂钩？": 峰会 is op-5's own word; its synonym 首脑会议
                # (pp-5) is another thing.
                if anchor is not None and self._ambiguous(anchor, own, expansion, plain_terms):
                    anchor = None
        if anchor is not None and any((s.doc, s.unit) == anchor for s in content):
            return self.unit_holds(kind, anchor, asked, years)
        floor = TYPE_CHECK_SHARE * content[0].score if content else 0.0
        for scored in content[:TYPE_CHECK_DEPTH]:
            if scored.score < floor:
                break
            if self.unit_holds(kind, (scored.doc, scored.unit), asked, years):
                return True
        return False

    def _ambiguous(
        self, key: tuple[str, str], question: str, expansion: Expansion, terms: Sequence[str]
    ) -> bool:
        """Whether a phrase of the question the glossary knows (``expansion``, and its query
        ``terms``) has one term in the anchoring paragraph and another only elsewhere (``峰会``
        in op-5, its synonym ``首脑会议`` in pp-5), so that the phrase names no one paragraph."""
        index = self.position[key]
        groups = [(p, *self.glossary.terms_of(p)) for p in expansion.matched]
        groups += [
            (word, *self.glossary.expand(word).terms)
            for word in terms
            if len(word) > 1 and word in question
        ]
        for group in groups:
            places = [found for term in group if len(term) > 1 and (found := self.mentioning(term))]
            if any(index in found for found in places) and any(
                index not in found for found in places
            ):
                return True
        return False

    def anchor(self, terms: Sequence[str]) -> tuple[str, str] | None:
        """The one paragraph a question names by a phrase no other paragraph has
        (``新的合作协定``: op-15), whose facts alone answer it.

        :param terms: The question's Chinese query terms.
        :returns: ``(doc, unit)``, or ``None`` when no phrase, or phrases of several, name one.
        """
        named: set[int] = set()
        for term in terms:
            if len(term) < ANCHOR_CHARS or term.isascii():
                continue
            paragraphs = {
                i
                for i in self.mentioning(term)
                if self.units[self.keys[i]].kind in ("preambular", "operative")
            }
            if len(paragraphs) == 1:
                named |= paragraphs
        return self.keys[named.pop()] if len(named) == 1 else None

    def unit_holds(
        self, kind: AnswerType, key: tuple[str, str], asked: str, years: set[str] | None = None
    ) -> bool:
        """Whether one unit (with its footnotes) holds a fact of the kind asked for.

        :param kind: From :func:`bot.answertype.asked_type`.
        :param key: ``(doc, unit)``.
        :param asked: The question with its Chinese query terms.
        :param years: Years the question names; the unit must name them too (``None``: those
            of ``asked``).
        :returns: True when it does.
        """
        text, people, places = self._facts_of(key)
        wanted = set(_YEAR_IN.findall(asked)) if years is None else years
        printed = set(_YEAR_IN.findall(text))
        # A series' years the reader half-remembers ("是2000、2005、2015？") need only meet them.
        if asks_several_years(asked) and wanted & printed:
            return holds(kind, text, asked, people, places)
        if not wanted <= printed:
            return False  # a fact about another year's event ("2010年那届…在哪个城市")
        return holds(kind, text, asked, people, places)

    def _facts_of(self, key: tuple[str, str]) -> tuple[str, list[str], list[str]]:
        """A unit's text with its anchor and footnotes, and the people and places it names;
        segmented once per unit, since units do not change."""
        facts = self._facts.get(key)
        if facts is None:
            unit = self.units[key]
            seg = self.lexical.segmenter
            # A paragraph's answer shows its footnotes, so what they hold counts.
            notes = [note.text for n in unit.footnotes if (note := self.units.get((key[0], n)))]
            text = " ".join([unit.anchor, unit.text, *notes]).strip()
            # Search-mode words: a place inside a longer name (``纽约联合国总部``) counts.
            places = seg.places_among(seg.search_words(text))
            facts = (text, seg.people_among(seg.words(text)), places)
            self._facts[key] = facts
        return facts

    # -- the search ---------------------------------------------------------------------------

    def _with_english_terms(self, text: str) -> str:
        """A Chinese question with the Chinese terms of its English ones added (``IPU 的
        Standing Committee on UN Affairs…``): the model reads mixed text poorly."""
        if detect_lang(text) != "zh" or not _LATIN_WORD.search(text):
            return text
        expansion = self.glossary.expand(text)
        if not expansion.matched:
            return text
        # In place too: the model links "UPR 那块" to nothing, "普遍定期审议那块" to op-9.
        return f"{_LATIN_RUN.sub(self._chinese_for, text)} {' '.join(expansion.terms)}"

    def _chinese_for(self, found: re.Match[str]) -> str:
        expansion = self.glossary.expand(found.group(0))
        whole = expansion.terms and expansion.coverage == 1.0 and not expansion.numbers
        return expansion.terms[0] if whole else found.group(0)

    def _spelling_out(self, tokens: Sequence[str]) -> np.ndarray:
        """1 for each unit that spells out a short name of the question (``…权能署(妇女署)``)."""
        short = {t for t in tokens if len(t) >= 2}
        found = [bool(names & short) for names in self._bracketed]
        return np.asarray(found, dtype=np.float32)

    def _quoting(self, question: str) -> np.ndarray:
        """Per unit, 1 when it holds a phrase the question quotes from the text verbatim, or the
        text's term for an English phrase it quotes ("How is 'good governance' rendered?")."""
        found = np.zeros(len(self.keys), dtype=np.float32)
        for phrase in self._quoted_phrases(question):
            holding = self.mentioning(phrase)
            if holding and len(holding) <= QUOTED_SHARE * len(self.keys):
                found[list(holding)] = 1.0
        return found

    def _quoted_phrases(self, question: str) -> list[str]:
        """The phrases a question quotes, English ones as the text's terms for them.

        :param question: The question.
        :returns: Chinese phrases, in question order.
        """
        phrases = [p.strip() for p in _QUOTED.findall(question)]
        phrases += [p.strip() for p in _QUOTED_EN.findall(question)]
        phrases += [p.strip() for p in _TERM_ASKED_EN.findall(question)]
        found: list[str] = []
        for phrase in phrases:
            if phrase.isascii():
                expansion = self.glossary.expand(phrase)
                if expansion.coverage >= 1.0:
                    found += expansion.terms
            else:
                found.append(phrase)
        return found

    def _in_phrase(self, question: str) -> np.ndarray:
        """Per unit, 1 when it holds the last :data:`PHRASE_WORDS` or more content words of a
        Chinese question, and :data:`PHRASE_SHARE` of them, in the question's order, at most
        :data:`PHRASE_GAP` characters apart, and few units do. The run ends with the question's
        last word, which says what is asked (``参加大会工作``), where its first ones often only
        restate the topic (``每年在联合国开的议会听证会，以后要怎么做得更好``); or it holds
        :data:`PHRASE_ANYWHERE` of them anywhere."""
        found = np.zeros(len(self.keys), dtype=np.float32)
        if detect_lang(question) != "zh":
            return found
        found_words = [w for w in self._read_chinese(question)[2] if len(w) > 1]
        # Search-mode parts of a word (各国 of 各国议会联盟) are not words of their own.
        words = [
            w
            for i, w in enumerate(found_words)
            if not any(w != o and w in o for o in found_words[max(0, i - 1) : i + 2])
        ]
        needed = max(PHRASE_WORDS, math.ceil(PHRASE_SHARE * len(words)))
        if len(words) < needed:
            return found
        for i, key in enumerate(self.keys):
            text = self.units[key].text
            run, end, longest = 0, -1, 0
            for word in words:
                at = text.find(word, end) if run else text.find(word)
                if run and 0 <= at - end <= PHRASE_GAP:
                    run += 1
                else:
                    run = 1 if at >= 0 else 0
                end = at + len(word) if at >= 0 else -1
                longest = max(longest, run)
            found[i] = float(run >= needed or longest >= PHRASE_ANYWHERE)
        return found if found.sum() <= QUOTED_SHARE * len(self.keys) else found * 0

    def _proposing_new(self, question: str, tokens: Sequence[str]) -> np.ndarray:
        """Per unit, 1 when the question asks whether an instrument it names changes and the unit
        proposes a new one (``新的合作协定``)."""
        found = np.zeros(len(self.keys), dtype=np.float32)
        if not _REVISION.search(question):
            return found
        for word in {w for w in _INSTRUMENT_WORDS if any(w in t for t in tokens)}:
            proposing = re.compile(f"新的?[^，。；,;]{{0,4}}{word}")
            for i, key in enumerate(self.keys):
                if proposing.search(self.units[key].text):
                    found[i] = 1.0
        return found if found.sum() <= QUOTED_SHARE * len(self.keys) else found * 0

    def _with_own_footnotes(self, keys: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
        """Units with the footnotes only they cite: a footnote of the instance just cited (the
        1996 agreement's symbol) is that instance too."""
        if not keys:
            return set()
        own = set(keys)
        for key, unit in self.units.items():
            cited_by = {(key[0], by) for by in unit.cited_by}
            if unit.kind == "footnote" and cited_by and cited_by <= own:
                own.add(key)
        return own

    def _paragraph_before_its_footnote(self, order: Sequence[int] | np.ndarray) -> np.ndarray:
        """ "What does it say about the Millennium Declaration?": a footnote ranked just above
        the paragraph citing it gives way to it, unless a symbol is asked for."""
        ranked = [int(i) for i in order]
        top = ranked[:FOOTNOTE_SWAP_DEPTH]
        for place, i in enumerate(top):
            unit = self.units[self.keys[i]]
            if unit.kind != "footnote":
                continue
            citing = {self.position.get((self.keys[i][0], by)) for by in unit.cited_by}
            later = [j for j in top[place + 1 :] if j in citing]
            if later:
                ranked.remove(later[0])
                ranked.insert(place, later[0])
                break
        return np.asarray(ranked)

    def _holding_first(
        self, question: str, tokens: Sequence[str], order: np.ndarray, fused: np.ndarray
    ) -> np.ndarray:
        """The order with the first unit holding the kind of fact asked for moved to the top,
        when the best one lacks it and it scores nearly as well."""
        kind = asked_type(question)
        if not kind or len(order) < 2:
            return order
        asked = " ".join([question, *tokens])
        best = int(order[0])
        if self.unit_holds(kind, self.keys[best], asked):
            return order
        doc = self.keys[best][0]
        best_unit = self.units[self.keys[best]]
        if best_unit.kind == "footnote":
            # "它是哪年签的？" after a footnote's document: the paragraph citing it has the year.
            for by in best_unit.cited_by:
                at = self.position.get((doc, by))
                if at is not None and self.unit_holds(kind, (doc, by), asked):
                    return np.asarray([at, *(j for j in order if j != at)])

        def holds(key: tuple[str, str]) -> bool:
            # A footnote is a reference: it does not jump its own or another paragraph.
            return self.units[key].kind != "footnote" and self.unit_holds(kind, key, asked)

        return self._close_one_first(order, fused, holds)

    def _close_one_first(
        self, order: np.ndarray, fused: np.ndarray, wanted: Callable[[tuple[str, str]], bool]
    ) -> np.ndarray:
        """The order with the first of the next best units that is ``wanted`` moved to the top,
        when it scores nearly as well as the best one (:data:`TYPE_RERANK_SHARE`)."""
        best = int(order[0])
        for place, i in enumerate(order[1:TYPE_CHECK_DEPTH], start=1):
            if fused[i] < TYPE_RERANK_SHARE * fused[best]:
                break
            if wanted(self.keys[int(i)]):
                return np.concatenate(([i], order[:place], order[place + 1 :]))
        return order

    def _areas_first(self, question: str, order: np.ndarray, fused: np.ndarray) -> np.ndarray:
        """The order with the first unit naming areas (``…等领域``) moved to the top, when a
        question asks which areas and it scores nearly as well as the best one."""
        if not _AREAS_ASKED.search(question) or len(order) < 2:
            return order

        listing = _ASPECTS_TEXT if "方面" in question else _AREAS_TEXT

        def names_areas(key: tuple[str, str]) -> bool:
            return bool(listing.search(self.units[key].text))

        if names_areas(self.keys[int(order[0])]):
            return order
        return self._close_one_first(order, fused, names_areas)

    @staticmethod
    def _names_a_topic(token: str, glossary_terms: Sequence[str]) -> bool:
        """Whether a query token names something rather than asking (``一年`` of ``哪一年``,
        ``通过``): a term the glossary gave, a number or name, a longer word, or the verb that
        opens a paragraph of a resolution (``大会建议对它做什么`` names op-15's 建议)."""
        if token in META_WORDS:
            return False
        if token.isascii() or len(token) >= 3 or token in _CLAUSE_VERBS:
            return True
        return any(token in term for term in glossary_terms)

    def _section_paragraph_first(self, order: np.ndarray, section: str) -> np.ndarray:
        """ "执行部分是否也援引了这份报告？": a footnote on top gives way to its citing paragraph in
        the part asked about, wherever that ranks."""
        ranked = [int(i) for i in order]
        top = self.units[self.keys[ranked[0]]]
        if top.kind != "footnote":
            return order
        citing = {self.position.get((self.keys[ranked[0]][0], by)) for by in top.cited_by}
        inside = [j for j in ranked[1:] if j in citing and self.units[self.keys[j]].kind == section]
        if inside:
            ranked.remove(inside[0])
            ranked.insert(0, inside[0])
        return np.asarray(ranked)

    def _in_section(self, key: tuple[str, str], section: str) -> bool:
        """A unit of the part, or a footnote one of its paragraphs cites ("footnoted in the
        preamble")."""
        unit = self.units[key]
        if unit.kind == "footnote":
            return any(
                (cited := self.units.get((key[0], by))) is not None and cited.kind == section
                for by in unit.cited_by
            )
        return unit.kind == section

    def search(
        self,
        question: str,
        context: str = "",
        boost: Sequence[tuple[str, str]] = (),
        section: str = "",
        asking: str = "",
        last: Sequence[tuple[str, str]] = (),
    ) -> Retrieval:
        """Rank every unit for a question and decide whether the resolution addresses it.

        :param question: The question.
        :param context: Earlier question text a follow-up leans on (merged into both sides).
        :param boost: Units the conversation is about (an elliptic follow-up), ranked up.
        :param section: Rank only units of this kind (``preambular``, ``operative``).
        :param asking: The text saying what kind of fact is asked for, when not the question's
            own (``前面几届呢`` asks what the question before it asked).
        :param last: Units that cannot be the answer (the instance just cited, when other
            instances are asked for): ranked last and not checked for the fact asked.
        :returns: The retrieval.
        """
        excluded = self._with_own_footnotes(last)
        text = f"{context} {question}".strip() if context else question
        tokens, coverage, lang = self.query_terms(text)
        new_words: list[str] = []
        if context:
            # A follow-up the text covers on its own stays covered whatever came before it.
            own, own_coverage, _ = self.query_terms(question)
            coverage = max(coverage, own_coverage)
            earlier = set(self.query_terms(context)[0])
            glossary_terms = self.glossary.expand(question).terms
            # Only a word one unit alone holds says where the follow-up moved (举行 does not).
            new_words = [
                t
                for t in own
                if t not in earlier
                and self._names_a_topic(t, glossary_terms)
                and len(self.mentioning(t)) == 1
            ]
        lang = detect_lang(question) if question.strip() else lang
        dense = self.dense_scores(self._with_english_terms(text))
        lexical = self.lexical.scores(tokens)
        n = len(self.keys)
        if n == 0:
            return Retrieval((), lang, tuple(tokens), coverage, 0.0, True)
        valid = dense > -1.0
        lo = float(dense[valid].min()) if valid.any() else 0.0
        hi = float(dense.max())
        dense_norm = np.where(valid, (dense - lo) / (hi - lo), 0.0) if hi > lo else valid * 1.0
        top_lex = float(lexical.max())
        lex_norm = lexical / top_lex if top_lex > 0 else np.zeros(n, dtype=np.float32)
        weight = lexical_weight(detect_lang(text), coverage) if top_lex > 0 else 0.0
        fused = weight * lex_norm + (1.0 - weight) * dense_norm
        if not _ASKS_SYMBOL.search(question):
            # A footnote is a reference (a symbol), rarely itself the answer to a question about
            # content; its citing paragraph is.
            fused = fused * self._footnote_weight
        lean = "" if section else leaning(question)
        if lean:
            fused = fused + LEANING_BONUS * self._kind_mask[lean]
        if _FULL_NAME.search(question):
            fused = fused + FULL_NAME_BONUS * self._spelling_out(tokens)
        named_numbers = _numbers_in(question, _SLASHED)
        if named_numbers:
            printing = np.array([bool(named_numbers & own) for own in self._numbered], np.float32)
            fused = fused + NAMED_NUMBER_BONUS * printing
        quoting = self._quoting(question)
        if quoting.any():
            fused = fused + QUOTED_BONUS * quoting
            # The conversation's anchor gives way to the paragraph the question quotes.
            boost = [k for k in boost if (i := self.position.get(k)) is not None and quoting[i]]
        fused = fused + PHRASE_BONUS * self._in_phrase(question)
        proposing = self._proposing_new(question, tokens)
        if proposing.any():
            fused = fused + REVISION_BONUS * proposing
            boost = [k for k in boost if (i := self.position.get(k)) is not None and proposing[i]]
        fresh = self.lexical.scores(new_words) if new_words else np.zeros(0)
        if fresh.size and float(fresh.max()) > 0:
            fused = fused + NEW_WORDS_BONUS * fresh / float(fresh.max())
            # The anchor lacks every new word another unit has: the follow-up moved on.
            boost = [k for k in boost if (i := self.position.get(k)) is not None and fresh[i] > 0]
        unboosted = fused / max(1.0, float(fused.max()))
        for key in boost:
            i = self.position.get(key)
            if i is not None:
                fused[i] += 0.5
        fused = fused / max(1.0, float(fused.max()))
        order = np.argsort(-fused, kind="stable")
        # A symbol, number or footnote asked for is the footnote's to answer.
        number_asked = bool(_ASKS_SYMBOL.search(question) or asked_type(question) == "numbered")
        if not number_asked:
            order = self._paragraph_before_its_footnote(order)
        if section:
            inside = [i for i in order if self._in_section(self.keys[i], section)]
            order = np.asarray(inside or order)
            if not number_asked:
                order = self._section_paragraph_first(order, section)
        typed = asking or question
        order = _put_last(order, {self.position[k] for k in excluded if k in self.position})
        order = self._holding_first(typed, tokens, order, fused)
        order = self._areas_first(question, order, fused)
        ranked = tuple(
            Scored(
                self.keys[i][0],
                self.keys[i][1],
                float(fused[i]),
                float(dense[i]),
                float(lex_norm[i]),
            )
            for i in order
        )
        other = self.other_document(question)
        dense_top = hi
        # The conversation's anchor (boost) does not hide a unit that holds the fact asked for
        # ("前面几届呢" after op-5: pp-3 has the years).
        checked = ranked
        if boost:
            checked = tuple(
                Scored(self.keys[i][0], self.keys[i][1], float(unboosted[i]), float(dense[i]), 0.0)
                for i in np.argsort(-unboosted, kind="stable")
            )
        checked = tuple(s for s in checked if (s.doc, s.unit) not in excluded)
        answerable = (
            not is_small_talk(question)
            # A phrase of the text quoted (or its English quoted) is about the text.
            and (addresses(lang, coverage, dense_top) or bool(quoting.any()))
            and self.may_hold(typed, checked, tokens)
        )
        return Retrieval(
            ranked,
            lang,
            tuple(tokens),
            coverage,
            dense_top,
            no_answer=bool(other) or not answerable,
            other_document=other,
            extra={"top_lexical": top_lex, "weight": weight},
            addressed=answerable,
        )
