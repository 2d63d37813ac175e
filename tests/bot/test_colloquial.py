"""Spoken question words in their written form."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.colloquial import Colloquial, bundled_colloquial, load_colloquial, spoken_numbers
from bot.script import folded


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("啥时候通过的这决议？", "什么时候通过的这决议？"),
        ("决议全名叫什么来着", "决议名称叫什么"),
        ("议联在人权方面被要求干啥？", "议联在人权方面被要求做什么？"),
        ("那决议对这个协定有啥新打算没？", "那决议对这个协定有什么新打算吗？"),
        ("会在哪儿开？", "会在哪里开？"),
        ("那是哪一年、哪一号决议定下来的？", "那是哪一年、第几号决议决定的？"),
        ("决议是哪一年通过的？", "决议是哪一年通过的？"),
        # Cantonese-influenced written Chinese.
        ("呢份决议的文件编号是？", "这份决议的文件编号是？"),
        ("IPU有几多个成员议会？决议有冇列出数字？", "IPU有多少个成员议会？决议有没有列出数字？"),
        ("需唔需要更新？", "需不需要更新？"),
        ("议联 观察员身分", "议联 观察员身份"),
        ("这种交流的目的何在？", "这种交流的目的是什么？"),
        # Taiwan and Hong Kong written words the character conversion keeps.
        ("注脚5指的是哪一份决议", "脚注5指的是哪一份决议"),
        ("有讲到网路 资讯这类的合作吗", "有讲到网络 信息这类的合作吗"),
        ("是在第几次全会上过的？", "是在第几次全会上通过的？"),
        ("本决议系于哪一日通过？", "本决议于哪一日通过？"),
        ("第四届世界议长大会系由边位议长主持？", "第四届世界议长大会由哪位议长主持？"),
        (
            "咁《2005年世界首脑会议成果》呢？对应边份决议？",
            "那《2005年世界首脑会议成果》呢？对应哪份决议？",
        ),
        ("A/68/827是几时发布的？", "A/68/827是什么时候发布的？"),
        ("正文中这两份文件是在哪一段被援引的？", "正文中它们是在哪一段被援引的？"),
        ("仲有边啲段落提到妇女地位委员会？", "还有哪些段落提到妇女地位委员会？"),
        # Sino-Korean and Japanese usage.
        ("这个决议案的文书番号是什么？", "这个决议的文号是什么？"),
        ("什么时候采择的？", "什么时候通过的？"),
        # Voice input's homophones of the resolution's own names.
        ("嗯这个决意是哪年哪天通过的", "嗯这个决议是哪年哪天通过的"),
        ("议连跟联合国派驻再各国的团队", "议联跟联合国派驻在各国的团队"),
        # 係 is 系 after conversion, as in 联合国系统: only before a question word is it 是.
        ("决议系几时通过的？", "决议是什么时候通过的？"),
        ("旧𠮶份系几年签？", "旧那份是几年签？"),
        ("IPU总部喺边？", "IPU总部在哪？"),
        ("喺边啲议题上面加深合作？", "在哪些议题上面加深合作？"),
        ("这张决议的文号是什么？", "这份决议的文号是什么？"),
        ("IPU现在总共有好多个成员议会？", "IPU现在总共有多少个成员议会？"),
        ("气候变化有木有被写进去啊？", "气候变化有没有被写进去啊？"),
        ("脚珠五那个引的是哪个决议", "脚注五那个引的是哪个决议"),
        ("为啥要把这事塞到下一届的议程里", "为什么要把这事列入下一届的议程里"),
        ("啥时候开哇？", "什么时候开？"),
        ("哇，这么多段", "哇，这么多段"),
        ("咁之前𠮶几届系边几年开的？", "那之前那几届是哪几年开的？"),
        ("联合国系统各组织", "联合国系统各组织"),
        # Latin chat particles end a clause like 啊; English words are left alone.
        ("当时IPU的秘书长是谁 ah？", "当时IPU的秘书长是谁？"),
        ("快点lah", "快点"),
        ("妇女署的 Executive Director 是谁 ya？", "妇女署的 Executive Director 是谁？"),
        ("這份resolution嘅symbol是甚么？", "這份resolution的symbol是什么？"),
        ("IPU leh is what", "IPU leh is what"),
        # Pinyin input's near-homophones of the text's words.
        ("这个绝议文号多少", "这个决议文号多少"),
        ("需言部分第2段说的啥", "序言部分第2段说的什么"),
        ("以会员国身份", "以会员国身份"),
        # 呢 is also Mandarin's "and what about": only before a counter is it "this".
        ("那第16段呢？", "那第16段呢？"),
        ("When was it adopted?", "When was it adopted?"),
        # Korean words in Hangul, 前文 before a number, Italian and Spanish words for the text.
        ("这份결의안的文件编号是多少？", "这份决议的文件编号是多少？"),
        ("본문 第8项讲的是什么内容？", "执行部分第8项讲的是什么内容？"),
        ("前文第2段是什么内容？", "序言部分第2段是什么内容？"),
        ("这个 resolucao 的文号是多少？", "这个决议的文号是多少？"),
        ("第几次全体会议拍板的？", "第几次全体会议通过的？"),
        ("Genel Kurul 是哪天通过这个karar的？", "大会是哪天通过这个决议的？"),
        ("这份Entschließung的文号", "这份决议的文号"),
        ("序言部份第七段引了哪几份决议？", "序言部分第七段引了哪几份决议？"),
        ("共有成员议会若干个？", "共有成员议会多少个？"),
        ("Assemblea generale 是哪一天通过这个 risoluzione 的？", "大会是哪一天通过这个决议的？"),
        # Shanghainese words, and its final 伐 and 个 (a measure word after a number stays).
        ("搿个决议啥辰光通过个？", "这个决议什么时候通过的？"),
        ("阿拉要写伐？", "我们要写吗？"),
        ("一共有多少个？", "一共有多少个？"),
        ("IPU秘书长系边个？", "IPU秘书长是哪个？"),
        # Indonesian words, the spaces around them going with them; any case.
        ("这个RESOLUSI是kapan通过的？", "这个决议是什么时候通过的？"),
        ("过去 berapa 年", "过去多少年"),
        # Hakka, Persian, Hindi and Italian words; a live blog's lone 决.
        ("它的文号系乜嘢，系㖠系A/RES/68/272？", "它的文号是什么，是不是A/RES/68/272？"),
        ("在哪位开？", "在哪里开？"),
        ("这份قطعنامه是کی通过的？", "这份决议是什么时候通过的？"),
        ("一共有 कितने 成员议会？", "一共有多少成员议会？"),
        ("in that paragrafo, which sessione", "in that paragraph, which session"),
        ("决 文号?? 多少", "决议 文号?? 多少"),
        ("这个决 啥时候通过的", "这个决议 什么时候通过的"),
        ("表决 结果", "表决 结果"),
        # Hebrew and Greek words: the Chinese word in a Chinese question, English in others.
        ("这个החלטה מתי通过的？", "这个决议什么时候通过的？"),
        ("Which παράγραφος asks member states?", "Which paragraph asks member states?"),
        ("这个ψήφισμα的中文标题", "这个决议的中文标题"),
        # A foreign word for paragraph before its number; a live blog's clipped parts.
        ("执行部分סעיף 1 说什么？", "执行部分第1段 说什么？"),
        ("这段 12个", "这段 12个"),
        ("序段11 摘要", "序言部分第11段 摘要"),
        ("执行段3 讲什么", "执行部分第3段 讲什么"),
        # Wuhan 么 and final 撒, not the 么 of 什么 or 这么.
        ("这个决议是么时候通过的撒？", "这个决议是什么时候通过的？"),
        ("这么样", "这么样"),
        ("什么时候", "什么时候"),
        # Tianjin 嘛 and 介, not the particle of 对嘛 or 这个嘛.
        ("介决议编号是嘛？", "这决议编号是什么？"),
        ("有嘛说道没有", "有什么说道没有"),
        ("对嘛，这个嘛，", "对嘛，这个嘛，"),
        # Swedish, Dutch, Afrikaans and Arabic words.
        ("Stycke 6, hur manga?", "paragraph 6, how many?"),
        ("民主转型国家 ook in die alinea?", "民主转型国家也在那段?"),
        ("民主差距 فقرة", "民主差距段"),
        # Finnish, Czech, Uzbek, Khmer and Irish words; Henan 哩 and 搁哪儿.
        ("paatoslauselma symbol? 文号", "决议 symbol? 文号"),
        ("Kdy was this rezoluce adopted?", "when was this resolution adopted?"),
        ("这个 qaror qachon 通过的？", "这个决议什么时候通过的？"),
        ("这份សេចក្តីសម្រេច是ពេលណា通过的？", "这份决议是什么时候通过的？"),
        ("议联总部搁哪儿哩？", "议联总部在哪儿的？"),
        # Tagalog and German words in English questions.
        ("Ano po yung document symbol nito?", "what the document symbol of this?"),
        ("Which Beschluss, bitte?", "Which resolution, ?"),
        ("stands in the Fußnote?", "stands in the footnote?"),
    ],
)
def test_spoken_question_words_are_written_out(spoken: str, written: str) -> None:
    assert bundled_colloquial().standard(spoken) == written


def test_longest_match_wins() -> None:
    assert Colloquial([("啥", "什么"), ("啥时候", "什么时候")]).standard("啥时候") == "什么时候"
    assert Colloquial([]).standard("啥") == "啥"


def test_a_line_without_a_tab_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.tsv"
    path.write_text("# note\n啥 什么\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"c\.tsv:2"):
        load_colloquial(path)


def test_spoken_english_numbers_become_digits() -> None:
    assert spoken_numbers("resolutions of two thousand ten and two thousand and twelve") == (
        "resolutions of 2010 and 2012"
    )
    assert spoken_numbers("the nineteen ninety-six agreement, paragraph twenty-one") == (
        "the 1996 agreement, paragraph 21"
    )
    assert spoken_numbers("one hundred members in two thousand") == "one hundred members in 2000"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("这个nghị quyết 是 khi nào 通过的ạ？", "这个决议是什么时候通过的？"),
        ("脚注5 引用的是哪个决议，第 bao nhiêu 段？", "脚注5 引用的是哪个决议，第多少段？"),
        ("That đoạn also mentions CEDAW không?", "that paragraph also mentions CEDAW ?"),
        ("这项rezolucja的标题", "这项决议的标题"),
        ("序言第⑤段", "序言第5段"),
        ("Unia Międzyparlamentarna, kiedy?", "IPU, when?"),
    ],
)
def test_vietnamese_words_are_read_after_their_diacritics_fold(typed: str, written: str) -> None:
    assert bundled_colloquial().standard(folded(typed)) == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("这文件编号是多少，额要登记", "这文件编号是多少，我要登记"),
        ("金额要多少", "金额要多少"),
        ("阿拉伯议会联盟", "阿拉伯议会联盟"),  # not Shanghainese 阿拉 (we)
        # Chongqing: 啥子, final 喃/噻, 哈 for 一下; its final 嘛 is no Tianjin 什么.
        ("为啥子要列进去喃？", "为什么要列进去？"),
        ("标题是啥子噻？", "标题是什么？"),
        ("帮我念哈", "帮我念一下"),
        ("哈哈哈", "哈哈哈"),
        ("跟议联合作划得来嘛？", "跟议联合作值得嘛？"),
        ("决议嘛态度？", "决议什么态度？"),  # Tianjin 嘛 before a noun
        # Hangzhou 啥西, 别个 and 新个; a dictated symbol; Norwegian and Spanish words.
        ("那新个协定有讲要弄伐？", "那新的协定有讲要弄吗？"),
        ("还有别个议会会议伐？", "还有别的议会会议吗？"),
        ("第六十一斜杠六号决议是什么时候的", "第61/6号决议是什么时候的"),
        ("fotnote 2 指的是 hvilken 文件？", "脚注 2 指的是哪个文件？"),
        ("¿Y dónde? 那次大会在哪儿开呢？", "在哪里? 那次大会在哪里开呢？"),
        ("这个 uznesenie kedy 通过的？", "这个决议什么时候通过的？"),
        ("这个决议阿一天通过的？", "这个决议哪一天通过的？"),
        ("阿拉伯国家", "阿拉伯国家"),
        ("paragraful 10 说了什么", "第10段 说了什么"),
        ("Anything on women, și în care paragraful?", "Anything on women, and in which paragraph?"),
        ("这个karar是 ne zaman 通过的？", "这个决议是什么时候通过的？"),
    ],
)
def test_shaanxi_romanian_and_turkish_words(typed: str, written: str) -> None:
    assert bundled_colloquial().standard(folded(typed)) == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # Estonian ÜRO, Ukrainian виноска, Catalan and Croatian words.
        ("ÜRO 每年的听证会", "联合国每年的听证会"),
        ("这份 resolutsioon 的 kuupäev 是哪一天", "这份决议的日期是哪一天"),
        ("那виноска 4 呢？", "那脚注 4 呢？"),
        ("nota a peu de pàgina 5 指的是什么", "脚注 5 指的是什么"),
        ("violence against dones", "violence against women"),
        ("那是第几次sjednica？", "那是第几次会议？"),
        # Changsha 咯只, 好多 and final 啰; Xiamen 底时; Harbin 哪旮瘩 and 整出来.
        ("咯只决议是哪天通过的啰？", "这个决议是哪天通过的？"),
        ("好多票赞成", "多少票赞成"),
        ("啰嗦", "啰嗦"),
        ("这份决议是底时通过的？", "这份决议是什么时候通过的？"),
        ("总部在哪旮瘩？", "总部在哪里？"),
        ("第几次全体会议整出来的？", "第几次全体会议通过的？"),
        # 会 for a meeting after a demonstrative, not 会员 or 会不会.
        ("开这个会要给什么提供支持？", "开这个会议要给什么提供支持？"),
        ("那开咯只会要给么子提供支持啰？", "那开这个会议要给什么提供支持？"),
        ("这个会员国", "这个会员国"),
        ("那个会不会开", "那个会不会开"),
    ],
)
def test_estonian_ukrainian_catalan_croatian_and_dialect_words(typed: str, written: str) -> None:
    assert bundled_colloquial().standard(folded(typed)) == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # Azerbaijani ə folds to e; Albanian, Welsh and Latvian words.
        ("这个qətnamə是哪天通过的？tarix要准确的", "这个决议是哪天通过的？日期要准确的"),
        ("IPU和OKB的合作协定", "IPU和联合国的合作协定"),
        ("执行部分 paragraff 14 主要讲什么？", "执行部分第14段 主要讲什么？"),
        ("violence against menywod", "violence against women"),
        ("zemsvītras piezīme 2 是什么", "脚注 2 是什么"),
        # Nanchang 么个, 渠哇, 一回; Jin 哪搭儿; Gan 个 for 的 before 时候.
        ("渠哇要多久交流一回咯？", "它说要多久交流一次？"),
        ("在哪搭儿开？", "在哪里开？"),
        ("被联合国拿来过堂个时候", "被联合国拿来过堂的时候"),
        ("这个时候", "这个时候"),
        # Dictation: punctuation words, letters spelled one by one, a misheard "union".
        ("文号是多少问号", "文号是多少？"),
        ("ask U N woman to work with the I P U", "ask UN woman to work with the IPU"),
        ("the inter parliamentary onion", "the inter-parliamentary union"),
    ],
)
def test_azerbaijani_albanian_welsh_latvian_gan_jin_and_dictated_words(
    typed: str, written: str
) -> None:
    assert bundled_colloquial().standard(folded(typed)) == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # Bulgarian and Tajik in Cyrillic; Maltese ħ, Icelandic ð and þ folded; Basque words.
        ("бележка под линия 1 指的是哪份文件？", "脚注 1 指的是哪份文件？"),
        ("қатънома是哪天通过的，сана给我一下", "决议是哪天通过的，日期给我一下"),
        (
            "nota f'qiegħ il-paġna 2 refers to which document?",
            "footnote 2 refers to which document?",
        ),
        ("这份 ályktun 是哪天通过的？dagsetning 是？", "这份决议是哪天通过的？日期是？"),
        ("with Sameinuðu þjóðirnar", "with United Nations"),
        ("这个 ebazpena 是哪天通过的？data 是？", "这个决议是哪天通过的？日期是？"),
        ("what data does it give", "what data does it give"),
        # Urumqi 哪达, 麻达 and plural 些; chat slang that asks nothing.
        ("开会在哪达？有没有麻达", "开会在哪里？有没有问题"),
        ("决议全称叫啥，做ppt封面要用，求求了", "决议名称叫什么，做ppt封面要用，"),
    ],
)
def test_bulgarian_maltese_tajik_basque_icelandic_and_urumqi_words(
    typed: str, written: str
) -> None:
    assert bundled_colloquial().standard(folded(typed)) == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # Slovenian, Kazakh (Latin) and Swiss words; Hainan and Wenzhou 乜, 底里, 胡里, 许个.
        ("opomba pod črto 2 指的是哪个文件？", "脚注 2 指的是哪个文件？"),
        ("is violence against áielder mentioned", "is violence against women mentioned"),
        ("grüezi, 你知道Genf的IPU总部具体地址吗？", ", 你知道日内瓦的IPU总部具体地址吗？"),
        ("两边一起做事有乜好处，底里有讲", "两边一起做事有什么好处，哪里有讲"),
        ("该决议胡里一天通过个？", "该决议哪一天通过的？"),
        # A handwriting pad's 屈 for 届, not 屈服.
        ("第四屈世界议长大会", "第四届世界议长大会"),
        ("以前已经开过哪几屈？", "以前已经开过哪几届？"),
        ("第七十屈会议", "第七十届会议"),
        ("绝不屈服", "绝不屈服"),
    ],
)
def test_slovenian_kazakh_swiss_hainan_wenzhou_words_and_look_alikes(
    typed: str, written: str
) -> None:
    assert bundled_colloquial().standard(folded(typed)) == written
