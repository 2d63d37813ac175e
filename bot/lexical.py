"""Chinese BM25 over the units of the index: jieba segmentation, stopwords out, bm25s scores.

Built in-process from the units the store returns (Chroma's local mode has no sparse search).
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import bm25s
import jieba
import numpy as np

from bot.thesaurus import Thesaurus, bundled_thesaurus


# Function words and the words every question about "the resolution" uses: they carry no topic.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    """
    的 了 和 与 及 以及 或 或者 在 是 有 为 对 将 把 被 从 向 于 之 其 这 那 该 此 并 而 也 又 就
    都 所 以 等 中 上 下 里 内 个 些 一 到 给 让 使 由 用 要 会 能 可 可以 应 应该 还 还有 再 更
    很 最 哪 哪些 哪个 哪里 哪儿 哪一 哪一年 哪年 哪天 什么 什么样 时候 什么时候 怎么 怎样 怎么样
    如何 为什么 为何 吗 呢 吧 啊 么 谁 多少 几 几个 是否 有没有 请问 请 问 关于 一下 说 说了 讲
    讲了 提到 提及 谈到 涉及 内容 文号 编号 文件号 文件编号 符号 过 着 呀 哦 嘛 几年 哪几年 几月
    几号 几天 多久 多长 一届 哪届 几届 哪位 哪种 哪项 哪条 哪份 哪次 一次 本 这项 这个 那个 那么
    它 它们 他们 我 我们 你 你们 决议 本决议 该决议 这份 文件中 段 段落 部分 方面 问题 情况 具体
    主要 哪些方面 做 做了 什么是 是什么 有哪些 有何 如何看待
    们 对于 何时 要求 希望 提出 获得 规定 地方 什么地方 序言 执行 脚注 能否 应当 需要 怎样
    第几 第几次 几次 第几届
    能不能 不能 可不可以 是不是 有没有 到底 究竟 以后 今后 还会 接着 一起 跟着 顺便 比如 例如
    打算 觉得 认为 看来 专门 干些 干什么 做些 一些 这件 事上 事情 那些 这些 这些年来 根据 按照
    中说 里说 说过 提过 才 刚 正 想 帮 算 进 去 看 怎么看 怎么说 都 呢
    这样 这样做 这么做 那样 如此 为了 东西 什么东西
    稿子 稿件 文章 报道 写 写上 写进 写全 准确 印象 印象里 记得 好像 似乎 说法 核实 查证
    全称 全名 名称 名字 频率 地点 日期 年份 引用 援引 这么 那么做 拟 何处 何地 何种 何人
    申请书 哪句话 一句话 哪句 能用 用得上 哪开 例子 举例 举的例子 它举
    分别 两项 几项 各项 一段 哪段 哪一段 那段 这段 某段 那项 年 场合 最后
    这种 这类 那种 那类 此种 此项 此类
    那前 前面 前几届 前面几届 之前几届 往届 前几次 类似 相似 表述 提法 措辞 除了 以外 之外 几段 哪几段 哪些段
    别的 其他 其它 其余 另外 此外 别处 其他段落 其它段落
    您好 你好 打扰 打扰了 打扰您 谢谢 谢谢您 谢谢你 多谢 感谢 麻烦 麻烦您 劳驾 烦请 可否 您 告诉 告知
    列出 所列 参考文献 标注 地 事 下回 下一回 再说 会上 后面 没有
    正文 当初 一号 我怕 怕 漏 漏了 遗漏 以免 免得 简报 清单 列个清单 列清单 这段时间 段时间 这件事 评价
    怎么评价 工作纸 注明 出处 讲义 课件 自家
    请提供 烦请提供 麻烦提供 归档 存档 备案 备查 理由 理据 原因 缘由 缘故 用意 被 相比 相较 而言
    确认一下 核一下 帮我 稿子里 会址 届时 举办地 举办地点
    拙见 以为 窃以为 实乃 相辅相成 敢问 开列 具体开列 务求 交代 可有 论及 两家 两家机构 两机构
    那要 那就 那还 那得 那便 那下 城市 哪座城市 哪个城市 跟 载明 其所 计有 几何 有无 系指 所称 兹 何 为何 之类 涵盖 那句话 这句话 完整 原文 直接 原封不动 一字不差 搬进 讲稿 逐字 我要 干到底 两者 二者 大概 相隔 相差 相距 很少 不管 管不管 里管 使劲 老师 写出 碰 头 碰头
    开会 嗯 就是那个 目前 定位 称其为 称为 称作 怎么表述
    一词 使用 用词 字眼 这一措辞 动词 受文方 呗 哈 嘞 来着 这块 两边 列了 这一 该段
    受文 受文对象 整个 有同学问 同学 x xx xxx xxxx 老朽 鄙人 在下 晚辈 明白 看明白 没看明白 不明白 看不懂 不太懂 搞不懂 弄不懂
    老 老的 搞 弄 搞一份 弄一份 那份 这一份 口径 重新 掉 不要 不是 要不要 不够 够用 不够用 还够 还够用 想要
    这张 那张 确认下 英文 中文 那句 这句 哪几个 点名 点名了 两份 别跟我 跟我说 别说 我看 多半 空话 又是 提了 里头 一直 讲要 多起来 多长时间 题目
    文献号 著录 怎么著录 关联文献 精确 精确到日 题名 完整的 然后 就是说 那个就是说 当时 哇 咋整 有木有 来着 呗
    就是 后来 叫 请予 请予明确 明确 予以明确 报送 上级 材料 有无 我办 予以 白纸黑字 当年 体现 具体体现
    所以 还是 一点 这一点 俺 俺们 恁 中不中 咋弄 咋用 咋说 怎么弄 弄个 非得 以前 这俩 俩家 事儿 干活 使劲 上头 说简单点 简单点 他 她 有人 帮着 管 这事 怎么办 出现 针对 较弱 正确 写成 同事 稿里 稿件 草稿 自个 自个儿 唠唠 唠唠嗑 文本 扮演
    """
)
# Question words jieba would glue to a neighbour ("决议文号" -> 决议文 + 号; 请提供 leaves
# 提供, a word of the text, to name a topic), and the dictionary
# frequency that keeps them whole.
QUESTION_WORDS = (
    "文号",
    "文件号",
    "请提供",
    "烦请提供",
    "麻烦提供",
    "理据",
    "确认一下",
    "确认下",
    "文献号",
    "核一下",
    "敢问",
)
STRONG_FREQ = 50_000
BODIES_FILE = Path(__file__).parent / "data" / "bodies.txt"
_KEEP = re.compile(r"[\w\u3400-\u9fff]")
_ASCII_WORD = re.compile(r"^[a-z0-9]+$")
_DICT_WORD = re.compile(r"^[\u3400-\u9fff]{2,12}$")
# Proper names in jieba's dictionary (``word freq tag`` lines): organisations, places, people.
# Two-character "person names" are mostly mis-tagged common words (``宣言``, ``文明``), so people
# need three characters. Read with one regex: jieba.posseg would take 0.7 s to load.
# A rare entry glued to a locative particle is a fragment (``中列明``: "...中 列明"), not a place.
_FRAGMENT = re.compile(r"^[中里内上下外][\u4e00-\u9fff]{2,} [1-4] n[st]$", re.MULTILINE)
_PLACE_OR_BODY = re.compile(r"^(\S{2,}) \d+ n[ts]$", re.MULTILINE)
# A rare "body" made of two common words (``网络通讯``: 网络 + 通讯) with no suffix naming an
# organisation is a compound noun, not a name.
_RARE_BODY = re.compile(r"^([\u4e00-\u9fff]{4}) [1-5] nt$", re.MULTILINE)
_COMMON_WORD = re.compile(r"^(\S{2}) \d{4,} (?:n|nz|vn|v|a|an)$", re.MULTILINE)
_BODY_SUFFIX = frozenset("司团院部局会社所署队校厂馆处组党军委台报行盟园场站厅办室科系协织心")
_PERSON = re.compile(r"^(\S{3,}) \d+ (?:nr|nrt|nrfg)$", re.MULTILINE)
_PLACE = re.compile(r"^(\S{2,}) \d+ ns$", re.MULTILINE)
# Common nouns the dictionary tags as places (城市 "city", 东西 "thing", 外国 "abroad"): a question
# using them names no place.
_NOT_PLACES = frozenset(
    [
        "城市",
        "东西",
        "平原",
        "外国",
        "爱国",
        "英雄",
        "太阳",
        "哥哥",
        "海洋",
        "湖泊",
        "大桥",
        "高原",
        "上市",
        "南北",
        "东北",
        "西北",
        "西南",
        "东南",
        "朝廷",
        "自治州",
        "自治县",
        "江南",
        "长安",
        "天门",
        "太庙",
        "东方",
        "西方",
        "全球",
        "世界",
        "各地",
        "本地",
        "当地",
        "海外",
        "长大",
        "关联",
        "最大化",
        "大国",
        "小国",
        "深度",
        "广度",
    ]
)
# Words of time the dictionary tags as people's names (``那阵子`` "back then").
_NOT_PEOPLE = frozenset(["那阵子", "这阵子", "一阵子"])
# A word the text lacks but whose synonym it has is probably a paraphrase, not certainly: the
# thesaurus groups senses (天气 sits with 气候).
SYNONYM_CREDIT = 0.6


@cache
def _dictionary_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Names of places and bodies, of people, and of places alone."""
    text = jieba.get_dict_file().read().decode("utf-8")
    bodies = frozenset(m.group(1) for m in _PLACE_OR_BODY.finditer(text))
    people = frozenset(m.group(1) for m in _PERSON.finditer(text)) - _NOT_PEOPLE
    places = frozenset(m.group(1) for m in _PLACE.finditer(text))
    fragments = frozenset(m.group(0).split(" ")[0] for m in _FRAGMENT.finditer(text))
    common = frozenset(m.group(1) for m in _COMMON_WORD.finditer(text))
    compounds = frozenset(
        name
        for m in _RARE_BODY.finditer(text)
        if (name := m.group(1))[:2] in common
        and name[2:] in common
        and name[-1] not in _BODY_SUFFIX
    )
    bodies -= _NOT_PLACES | fragments | compounds
    places -= _NOT_PLACES | fragments
    return bodies | people, people, places


_lock = threading.Lock()


class Segmenter:
    """A private jieba tokenizer: its own dictionary, loaded once, no log lines.

    :param words: Extra dictionary words (UN terms such as ``妇女署``) kept whole, so a term
        matches as a term and not only as its parts (search mode still yields the parts).
    :param bodies: Names of international bodies (``安全理事会``), kept whole and known as names.
    :param strong: Words cut whole even against a neighbour (``决议文号`` -> 决议 + 文号).
    """

    def __init__(
        self, words: Iterable[str] = (), bodies: Iterable[str] = (), strong: Iterable[str] = ()
    ) -> None:
        jieba.setLogLevel(logging.WARNING)
        self._tokenizer = jieba.Tokenizer()
        self._tokenizer.initialize()
        self.bodies = frozenset(bodies)
        for word in [*words, *self.bodies]:
            self._tokenizer.add_word(word)
        for word in strong:
            self._tokenizer.add_word(word, freq=STRONG_FREQ)
        names, self._people, self._places = _dictionary_names()
        self._names = names | self.bodies

    def words(self, text: str) -> list[str]:
        """Words of a text in precise mode (for coverage), lowercased, punctuation dropped.

        :param text: Any text.
        :returns: The words, in order.
        """
        return [w for w in (t.strip().lower() for t in self._tokenizer.cut(text)) if _keep(w)]

    def boundaries(self, text: str, guess: bool = True) -> frozenset[int]:
        """Where precise-mode words of a text start and end (character offsets).

        :param text: Any text.
        :param guess: Whether words the dictionary lacks may be guessed (jieba's HMM); without,
            only dictionary words join characters.
        :returns: The offsets, 0 and ``len(text)`` included.
        """
        cuts, at = {0}, 0
        for token in self._tokenizer.cut(text, HMM=guess):
            at += len(token)
            cuts.add(at)
        return frozenset(cuts)

    def names(self, text: str) -> list[str]:
        """Proper names in a text (organisations, places, people), as jieba's dictionary tags them.

        :param text: Any text.
        :returns: The names, lowercased, in order.
        """
        return self.names_among(self.words(text))

    def names_among(self, words: Iterable[str]) -> list[str]:
        """The proper names among already segmented words (see :meth:`names`).

        :param words: Words from :meth:`words`.
        :returns: The names, in order.
        """
        return [w for w in words if w in self._names]

    def people_among(self, words: Iterable[str]) -> list[str]:
        """The people's names among already segmented words.

        :param words: Words from :meth:`words`.
        :returns: The names, in order.
        """
        return [w for w in words if w in self._people]

    def places_among(self, words: Iterable[str]) -> list[str]:
        """The place names among already segmented words (``纽约``).

        :param words: Words from :meth:`words`.
        :returns: The names, in order.
        """
        return [w for w in words if w in self._places]

    def frequency(self, word: str) -> int:
        """How often jieba's dictionary counts a word (0 when it is not listed).

        :param word: A word.
        :returns: The dictionary frequency.
        """
        return int(self._tokenizer.FREQ.get(word) or 0)

    def search_words(self, text: str) -> list[str]:
        """Words in search mode: long words plus their sub-words (``联合国`` also gives ``联合``).

        :param text: Any text.
        :returns: The words, in order.
        """
        return [
            w for w in (t.strip().lower() for t in self._tokenizer.cut_for_search(text)) if _keep(w)
        ]


def _keep(word: str) -> bool:
    return bool(word) and bool(_KEEP.search(word))


@cache
def _segmenter() -> Segmenter:
    from bot.glossary import bundled_glossary

    terms = [t for t in bundled_glossary().chinese_terms() if _DICT_WORD.match(t)]
    return Segmenter(terms, bundled_bodies(), QUESTION_WORDS)


def bundled_bodies() -> list[str]:
    """The bundled names of international bodies (``bot/data/bodies.txt``).

    :returns: The names, in file order.
    """
    lines = BODIES_FILE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def get_segmenter() -> Segmenter:
    """The process's one segmenter (jieba's dictionary takes ~0.5 s to load).

    :returns: The shared :class:`Segmenter`.
    """
    with _lock:
        return _segmenter()


def content_words(words: Sequence[str]) -> list[str]:
    """Words minus stopwords, single non-alphanumeric characters kept only if not stopwords.

    :param words: Segmented words.
    :returns: The topical words.
    """
    return [w for w in words if w not in STOPWORDS]


class LexicalIndex:
    """BM25 over a fixed list of unit texts.

    :param texts: One text per unit, in a fixed order (scores come back in that order).
    :param segmenter: The segmenter; the shared one when omitted.
    :param thesaurus: Synonyms for paraphrased questions; the bundled one when omitted.
    """

    def __init__(
        self,
        texts: Sequence[str],
        segmenter: Segmenter | None = None,
        thesaurus: Thesaurus | None = None,
    ) -> None:
        self.segmenter = segmenter or get_segmenter()
        self.thesaurus = thesaurus if thesaurus is not None else bundled_thesaurus()
        corpus = [self.tokens(t) for t in texts]
        self.size = len(corpus)
        self._bm25 = bm25s.BM25()
        if corpus:
            self._bm25.index(corpus, show_progress=False)
        self._df: dict[str, int] = {}
        for doc in corpus:
            for token in set(doc):
                self._df[token] = self._df.get(token, 0) + 1
        self._texts = [t.lower() for t in texts]
        self._text = "\n".join(self._texts)
        self._max_idf = self.idf("\0never-seen\0")

    def tokens(self, text: str) -> list[str]:
        """Index/query tokens of a text (search-mode words, stopwords removed).

        :param text: Any text.
        :returns: Tokens.
        """
        return content_words(self.segmenter.search_words(text))

    def idf(self, token: str) -> float:
        """BM25 inverse document frequency; unseen tokens get the highest value.

        :param token: A token.
        :returns: ``log(1 + (N - df + 0.5) / (df + 0.5))``.
        """
        df = self._df.get(token, 0)
        return math.log(1.0 + (self.size - df + 0.5) / (df + 0.5))

    def scores(self, tokens: Sequence[str]) -> np.ndarray:
        """Raw BM25 score of every unit for a tokenised query.

        :param tokens: Query tokens (from :meth:`tokens`).
        :returns: float32 array, one score per unit, in index order.
        """
        known = [t for t in dict.fromkeys(tokens) if t in self._df]
        if not known or not self.size:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def vocabulary(self) -> list[str]:
        """The corpus's tokens.

        :returns: Every distinct token.
        """
        return list(self._df)

    def has(self, word: str) -> bool:
        """Whether the corpus has a word as a token or verbatim.

        :param word: A word.
        :returns: True when it occurs.
        """
        return word in self._df or (len(word) > 1 and word in self._text)

    def synonyms_present(self, word: str) -> list[str]:
        """Synonyms of a word the corpus lacks that the corpus has (``讨论`` -> ``审议``).

        :param word: A word of the question.
        :returns: The synonyms found, empty when the word itself occurs.
        """
        if self.has(word):
            return []
        return sorted(s for s in self.thesaurus.synonyms(word) if self.has(s))

    def covered(self, word: str) -> float:
        """How much of a word the corpus has: 1 when it is a known token or occurs verbatim,
        else the share of its character bigrams that occur (so a new compound of known words
        still counts, an unrelated word does not).

        :param word: A word of the question.
        :returns: A value in [0, 1].
        """
        if self.has(word):
            return 1.0
        if _ASCII_WORD.match(word) or len(word) < 2:
            return 0.0
        grams = [word[i : i + 2] for i in range(len(word) - 1)]
        return sum(g in self._text for g in grams) / len(grams)

    def paraphrased(self, word: str, beside: Sequence[str]) -> bool:
        """Whether a word the corpus lacks is paraphrased by it: a synonym occurs in a unit
        together with another word of the question. The company a synonym keeps tells the
        sense apart (``天气`` and ``气候`` share a group, but no unit has 气候 beside 纽约).

        :param word: A word of the question the corpus lacks.
        :param beside: The question's other words that the corpus has verbatim.
        :returns: True when some unit has a synonym and one of those words.
        """
        others = [w for w in beside if w != word]
        synonyms = self.synonyms_present(word)
        if not others or not synonyms:
            return False
        return any(
            any(s in text for s in synonyms) and any(o in text for o in others)
            for text in self._texts
        )

    def coverage(self, words: Sequence[str], names: Iterable[str] = ()) -> float:
        """IDF-weighted share of a question's content words that the corpus covers.

        Rare words weigh most, so ``联合国`` (in every paragraph) cannot carry a question about
        something the resolution never mentions. A word paraphrased by a synonym (see
        :meth:`paraphrased`) gets :data:`SYNONYM_CREDIT`. A proper name the text lacks gets no credit
        for its parts (``世界卫生组织`` is not ``世界`` plus ``组织``) and counts double: a
        question about a body, place or person the text never names is not answered by it.

        :param words: Content words of the question (precise mode, stopwords removed).
        :param names: Proper names among them (see :meth:`Segmenter.names`).
        :returns: A value in [0, 1]; 0 for no words.
        """
        proper = frozenset(names)
        unique = list(dict.fromkeys(words))
        present = [w for w in unique if len(w) > 1 and self.has(w)]
        total = 0.0
        hit = 0.0
        for word in unique:
            cover = self.covered(word)
            if word in proper and cover < 1.0:
                cover = 0.0
                total += self._max_idf
            elif cover < SYNONYM_CREDIT and self.paraphrased(word, present):
                cover = SYNONYM_CREDIT
            weight = self.idf(word) if cover >= 1.0 else self._max_idf
            if len(word) == 1:
                # A lone character (``见``, ``开``) says little about the topic either way.
                weight *= 0.3
            total += weight
            hit += weight * cover
        return hit / total if total else 0.0

    def containing(self, term: str) -> list[int]:
        """Positions of the units whose text contains a term verbatim.

        :param term: A word or phrase.
        :returns: Indexes into the texts the index was built from.
        """
        needle = term.lower()
        return [i for i, text in enumerate(self._texts) if needle in text]
