"""Follow-ups: how a question leans on the earlier ones, and the bounded conversation."""

from __future__ import annotations

import pytest

from bot.bot import Bot
from bot.conversation import (
    Conversation,
    adds_to_previous,
    asks_another_instance,
    asks_earlier_instances,
    asks_other_version,
    asks_which_resolution,
    besides_all,
    besides_one,
    classify,
    demonstrated_noun,
    earlier_instances_removed,
    names_item_of_answer,
    names_thing_in_previous,
    points_to_cited_resolution,
    refers_back,
    wants_list,
    without_demonstratives,
)


@pytest.mark.parametrize(
    ("question", "words", "has_history", "kind"),
    [
        ("在哪一年？", [], True, "elliptic"),
        ("在哪一年？", [], False, "none"),
        ("那妇女署呢？", ["妇女署"], True, "elliptic"),
        ("还有哪些段落提到妇女？", ["妇女"], True, "more"),
        ("那妇女地位委员会还在哪段出现过", ["妇女地位委员会", "出现"], True, "more"),
        ("Which other paragraphs mention women?", ["woman"], True, "more"),
        ("Any more paragraphs on hearings?", ["hear"], True, "more"),
        ("它推动了哪些人之间的联系？", ["推动", "之间", "联系"], True, "elliptic"),
        ("It also works with which bodies?", ["work", "bodi"], True, "elliptic"),
        ("What roles does it play?", ["role", "play"], True, "elliptic"),
        # Inside what was just discussed, or at the time it named.
        ("反对针对女性的暴力也算在里面吗", ["反对", "针对", "女性", "暴力"], True, "elliptic"),
        ("到时候秘书长需要做什么？", ["秘书长", "需要"], True, "elliptic"),
        ("下一届定在哪年开？", ["定", "年", "开"], True, "elliptic"),
        ("目的是啥？", ["目的"], True, "elliptic"),
        ("为什么要这么做？", [], True, "elliptic"),
        ("反对针对女性的暴力也算在里面吗", ["反对", "针对", "女性", "暴力"], False, "none"),
        # A comparative is not a request for more places.
        (
            "Which paragraph asks member states to link them more closely to the UN?",
            ["member state", "link", "close", "un"],
            True,
            "none",
        ),
        ("决议建议起草什么新的文件？", ["建议", "起草", "新", "文件"], True, "none"),
        # "Other meetings" are what is asked about.
        (
            "那会员国被鼓励把这种做法推广到哪些其他会议上？",
            ["会员国", "鼓励", "做法", "推广", "其他", "会议"],
            True,
            "none",
        ),
        ("还有其他段落提到会议吗？", ["段落", "会议"], True, "more"),
        # Another point of the paragraph just discussed ("它还…"), not another paragraph.
        ("那除了这个，它还说要打击什么？", ["打击"], True, "elliptic"),
        (
            "除此之外，它还希望这次大会为哪一次峰会作出贡献？",
            ["希望", "大会", "峰会"],
            True,
            "elliptic",
        ),
        ("除了这段，还有哪些段落提到妇女？", ["段落", "妇女"], True, "more"),
        # "这一问题" is the matter just discussed, wherever it stands.
        ("和序言部分相比，执行部分在这一问题上有何进一步的要求？", ["进一步"], True, "elliptic"),
        # "Also mentions it", limited to a part: more places of what was just named.
        ("那么序言部分有没有也提到它的段落？", [], True, "more"),
        ("Does the preamble also mention it?", [], True, "more"),
        (
            "妇女署与各国议会联盟在哪些领域合作？",
            ["妇女署", "各国议会联盟", "领域", "合作"],
            True,
            "none",
        ),
    ],
)
def test_classify(question: str, words: list[str], has_history: bool, kind: str) -> None:
    assert classify(question, words, has_history) == kind


def test_other_version() -> None:
    assert asks_other_version("那旧的那一份是哪一年的？")
    assert asks_other_version("旧那份是几年签？")
    assert asks_other_version("决议想要写新的吗？")
    assert not asks_other_version("新的合作协定是哪一段？")
    assert classify("决议想要写新的吗？", ["想要", "新"], True) == "elliptic"


def test_another_instance() -> None:
    assert asks_another_instance("那下一届呢？在哪一年召开？")
    assert asks_another_instance("上一次呢")
    assert not asks_another_instance("第四届世界议长大会下一步做什么？")


def test_besides_one_paragraph() -> None:
    assert besides_one("那除了这一段以外，决议中还有哪些段落提到了妇女署？")
    assert besides_one("Which paragraphs besides this one mention hearings?")
    assert not besides_one("还有哪些段落提到妇女？")
    assert not besides_one("除了妇女署，还有哪些机构？")


def test_besides_every_paragraph_shown() -> None:
    assert besides_all("那妇女地位委员会呢 除了刚那几段还有哪提到")
    assert besides_all("除了那两段，还有没有其他段落提到听证会？")
    assert besides_all("Besides those paragraphs, which others mention it?")
    assert not besides_all("除了这一段以外，还有哪些段落提到妇女署？")
    assert not besides_all("除了妇女署，还有哪些机构？")


def test_wants_list() -> None:
    assert wants_list("哪些段落提到妇女？")
    assert wants_list("Which paragraphs mention women?")
    assert not wants_list("决议建议起草什么新的文件？")


def test_points_to_cited_resolution() -> None:
    assert points_to_cited_resolution("那项决议是哪一年通过的？")
    assert points_to_cited_resolution("上述决议的编号是什么？")
    assert points_to_cited_resolution("When was that resolution adopted?")
    assert not points_to_cited_resolution("这项决议是哪一年通过的？")
    assert not points_to_cited_resolution("本决议的编号是什么？")
    assert points_to_cited_resolution("那两项决议分别是哪年的？")
    # Spoken "那" is "so": the resolution being read.
    assert not points_to_cited_resolution("那决议对这个协定有什么新打算吗？")
    assert not points_to_cited_resolution("When was this resolution adopted?")


def test_that_resolution_is_the_one_just_cited(fake_bot: Bot) -> None:
    history = ["议联以观察员身份参加大会是依据哪项决议？"]
    assert fake_bot.ask(history[0]).citations[0].unit == "pp-6"
    answer = fake_bot.ask("那项决议是哪一年通过的？", history)
    assert answer.citations[0].unit == "pp-6" and "2002" in answer.citations[0].quote
    # Without a cited resolution to point at, it is the resolution being read.
    alone = fake_bot.ask("那项决议是哪一年通过的？", ["决议建议起草什么新的文件？"])
    assert alone.citations[0].unit == "adoption"


def test_its_symbol_after_a_footnoted_document_is_that_documents(fake_bot: Bot) -> None:
    history = ["1996 年的合作协定在决议里是怎么提到的？"]
    assert fake_bot.ask(history[0]).citations[0].unit == "pp-4"
    answer = fake_bot.ask("它的文件号是什么？", history)
    assert answer.citations[0].unit == "fn-2" and "A/51/402" in answer.text
    # A paragraph question names no document, so "its symbol" is the resolution's.
    own = fake_bot.ask("它的文件号是什么？", ["序言部分第4段讲了什么？"])
    assert own.citations[0].unit == "title" and "A/RES/68/272" in own.text


def test_it_after_asking_which_resolution_is_that_resolution(fake_bot: Bot) -> None:
    history = ["议联以观察员身份参加大会是依据哪项决议？"]
    answer = fake_bot.ask("它是哪一年通过的？", history)
    assert answer.citations[0].unit == "pp-6" and "2002" in answer.citations[0].quote
    own = fake_bot.ask("它是哪一年通过的？", ["决议建议起草什么新的文件？"])
    assert own.citations[0].unit == "adoption"
    # A bare date question right after asking which resolution did it: that resolution's date.
    bare = fake_bot.ask("哪天通过的", ["议联的观察员身份是哪个决议给的"])
    assert bare.citations[0].unit == "pp-6" and "11月 19日" in bare.citations[0].quote


def test_earlier_instances_are_asked_for() -> None:
    for question in (
        "前面几届呢",
        "那前几届分别是哪年开的？",
        "之前几届是哪几年开的？",
        "那之前的几届是在哪几年开的？",
        "那之前那几届是哪几年开的？",
        "以往各届在哪里开？",
        "那前头几届是哪几年开的",
        "以前的几次是哪几年开的？",
        "此前历届又在哪一年召开？",
    ):
        assert asks_earlier_instances(question)
    assert not asks_earlier_instances("那第16段呢？")
    assert not asks_earlier_instances("下一届定在哪年？")
    assert classify("前面几届呢", [], True) == "elliptic"


def test_a_bare_question_after_naming_a_cited_resolution_is_about_that_one(
    fake_bot: Bot,
) -> None:
    history = ["第57/32号决议邀请各国议会联盟以什么身份参加大会工作？"]
    answer = fake_bot.ask("是哪一年通过的？", history)
    assert answer.citations[0].unit == "pp-6" and "2002" in answer.citations[0].quote
    # Naming none, the same words ask about the resolution being read.
    own = fake_bot.ask("是哪一年通过的？", ["决议建议起草什么新的文件？"])
    assert own.citations[0].unit == "adoption"


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("决议邀请妇女署做什么？", "还有哪些段落提到它？"),
        ("What does the resolution ask UN-Women to do?", "Which other paragraphs mention it?"),
    ],
)
def test_more_mentions_of_it_are_of_what_the_question_before_named(
    fake_bot: Bot, first: str, again: str
) -> None:
    answer = fake_bot.ask(again, [first])
    assert not answer.no_answer and answer.extra["kind"] == "list"
    assert "妇女署" in answer.text
    assert answer.citations and all("妇女署" in c.text for c in answer.citations)


def test_its_year_after_a_topic_is_the_topics(fake_bot: Bot) -> None:
    history = ["1996 年的合作协定在决议里是怎么提到的？"]
    assert fake_bot.ask(history[0]).citations[0].unit == "pp-4"
    answer = fake_bot.ask("它是哪一年的？", history)
    assert answer.citations[0].unit == "pp-4" and "1996" in answer.citations[0].quote
    # Saying "adopted" asks about the resolution being read.
    own = fake_bot.ask("它是哪一年通过的？", history)
    assert own.citations[0].unit == "adoption"


@pytest.mark.parametrize(
    ("history", "question", "unit"),
    [
        (["大会吁请联合国国家工作队做什么？"], "这个机构在序言部分也被提到了吗？", "pp-10"),
        (["What does OP 3 say?"], "What about the preamble?", "pp-9"),
    ],
)
def test_a_follow_up_limited_to_one_part_answers_from_it(
    fake_bot: Bot, history: list[str], question: str, unit: str
) -> None:
    answer = fake_bot.ask(question, history)
    assert answer.citations and all(c.kind == "preambular" for c in answer.citations)
    assert answer.citations[0].unit == unit


def test_refers_back() -> None:
    assert refers_back("还有哪些段落提到它？")
    assert refers_back("这个机构在序言部分也被提到了吗？")
    assert refers_back("Which other paragraphs mention that commission?")
    assert not refers_back("还有哪些段落提到妇女？")
    assert not refers_back("这项决议是哪一年通过的？")
    assert not refers_back("What does this resolution say about women?")
    # A paragraph pointed at names no topic: the question's own words are the topic.
    assert not refers_back("除了这一段，还有哪几段也提到妇女的？")
    assert not refers_back("Which paragraphs besides this paragraph mention women?")


def test_that_commission_is_the_one_the_question_before_named(fake_bot: Bot) -> None:
    history = [
        "Which paragraph mentions meetings during the session of the Commission on the Status of Women?"
    ]
    answer = fake_bot.ask("Which other paragraphs mention that commission?", history)
    assert answer.extra["kind"] == "list" and "妇女地位委员会" in answer.text
    assert all("妇女地位委员会" in c.text for c in answer.citations)


@pytest.mark.parametrize(
    ("history", "question", "unit"),
    [
        (["执行部分第十段讲了什么？"], "那前一段呢？", "op-9"),
        (["What does preambular paragraph 4 say?"], "And the next paragraph?", "pp-5"),
        (["决议建议起草什么新的文件？"], "下一段呢？", "op-16"),
    ],
)
def test_previous_and_next_paragraph(
    fake_bot: Bot, history: list[str], question: str, unit: str
) -> None:
    answer = fake_bot.ask(question, history)
    assert [c.unit for c in answer.citations][:1] == [unit]


def test_a_paragraphs_footnote_asked_by_number(fake_bot: Bot) -> None:
    answer = fake_bot.ask("执行部分第5段末尾的脚注引用了什么？")
    assert answer.citations[0].unit == "fn-5" and "68/6" in answer.text
    # A paragraph without footnotes is answered itself.
    plain = fake_bot.ask("执行部分第15段有脚注吗？")
    assert plain.citations[0].unit == "op-15"


@pytest.mark.parametrize(
    ("question", "unit", "symbol"),
    [
        ("秘书长报告的文件编号是什么？", "fn-1", "A/68/827"),
        ("What is the document symbol of the Secretary-General's report?", "fn-1", "A/68/827"),
        ("1996年合作协定的文号是什么？", "fn-2", "A/51/402"),
        ("本决议的文件编号是什么？", "title", "A/RES/68/272"),
        ("序言第一段提到的秘书长报告文号是什么？", "fn-1", "A/68/827"),
    ],
)
def test_the_symbol_of_a_document_the_question_names(
    fake_bot: Bot, question: str, unit: str, symbol: str
) -> None:
    answer = fake_bot.ask(question)
    assert answer.citations[0].unit == unit and symbol in answer.text


def test_next_paragraph_follow_up(fake_bot: Bot) -> None:
    first = fake_bot.ask("决议建议起草什么新的文件？")
    assert first.citations[0].unit == "op-15"
    answer = fake_bot.ask("那第16段呢？", ["决议建议起草什么新的文件？"])
    assert [c.unit for c in answer.citations] == ["op-16"]


def test_symbol_follow_up(fake_bot: Bot) -> None:
    answer = fake_bot.ask("它的文件编号是什么？", ["决议建议起草什么新的文件？", "那第16段呢？"])
    assert "A/RES/68/272" in answer.text
    assert answer.citations[0].unit == "title"


def test_more_mentions_leave_out_what_was_cited(fake_bot: Bot) -> None:
    history = ["妇女署与各国议会联盟在哪些领域合作？"]
    # The answer's best unit answered; the related ones shown after it may be "other" ones.
    before = {fake_bot.ask(history[0]).citations[0].unit}
    answer = fake_bot.ask("还有哪些段落提到妇女？", history)
    units = {c.unit for c in answer.citations}
    assert units and not units & before
    assert all("妇女" in c.text for c in answer.citations)
    everything = {c.unit for c in fake_bot.ask("哪些段落提到妇女？").citations}
    assert units | before >= everything


def test_year_follow_up_quotes_the_topic(fake_bot: Bot) -> None:
    history = ["第四届世界议长大会在哪里召开？"]
    first = fake_bot.ask(history[0])
    assert first.citations[0].unit == "op-5" and "纽约" in first.citations[0].quote
    answer = fake_bot.ask("在哪一年？", history)
    assert answer.citations[0].unit == "op-5"
    assert "2015" in answer.citations[0].quote


def test_elliptic_after_reference_stays_on_that_paragraph(fake_bot: Bot) -> None:
    answer = fake_bot.ask("在哪一届会议？", ["第16段讲了什么？"])
    assert answer.citations[0].unit == "op-16"


def test_full_name_after_a_paragraph_is_where_its_short_name_is_spelled_out(
    fake_bot: Bot,
) -> None:
    answer = fake_bot.ask("里面那个机构的全称是什么？", ["第10段讲了什么？"])
    assert [c.unit for c in answer.citations] == ["pp-11"]
    # A question naming its own short name is searched as usual.
    assert fake_bot.ask("妇女署的全称是什么？", ["第10段讲了什么？"]).citations


def test_year_after_metadata_question_is_the_adoption_year(fake_bot: Bot) -> None:
    answer = fake_bot.ask("在哪一年？", ["这项决议在哪次会议上通过？"])
    assert "2014" in answer.text and answer.citations[0].unit == "adoption"


def test_history_is_bounded(fake_bot: Bot) -> None:
    conversation = Conversation(fake_bot, turns=2)
    for question in ["第1段", "第2段", "第3段"]:
        conversation.ask(question)
    assert conversation.history == ("第2段", "第3段")
    conversation.reset()
    assert conversation.history == ()


def test_conversation_resolves_follow_ups(fake_bot: Bot) -> None:
    conversation = Conversation(fake_bot)
    conversation.ask("决议建议起草什么新的文件？")
    assert [c.unit for c in conversation.ask("那第16段呢？").citations] == ["op-16"]
    assert "A/RES/68/272" in conversation.ask("它的文件编号是什么？").text
    assert len(conversation.history) == 3


def test_blank_questions_are_not_remembered(fake_bot: Bot) -> None:
    conversation = Conversation(fake_bot)
    conversation.ask("   ")
    assert conversation.history == ()


def test_old_history_beyond_the_bound_is_ignored(fake_bot: Bot) -> None:
    bot = Bot(fake_bot.settings.with_(history_turns=1), fake_bot.store, fake_bot.embedder)
    # Only the last earlier question counts: it names no topic, so "在哪一年" has none either.
    long = ["第四届世界议长大会在哪里召开？", "今天天气怎么样？"]
    assert (
        bot.ask("在哪一年？", long).citations[:1]
        != fake_bot.ask("在哪一年？", long[:1]).citations[:1]
    )


def test_footnote_follow_up_cites_the_paragraphs_footnotes(fake_bot: Bot) -> None:
    answer = fake_bot.ask("它的脚注是什么？", ["序言部分第4段讲什么？"])
    assert [c.unit for c in answer.citations] == ["fn-2", "pp-4"]
    assert "A/51/402" in answer.text


def test_meeting_follow_up_after_a_metadata_question(fake_bot: Bot) -> None:
    answer = fake_bot.ask("在第几次会议上？", ["决议是什么时候通过的？"])
    assert answer.citations[0].unit == "adoption" and "86" in answer.text


def test_a_year_after_a_footnote_cites_its_paragraph_first(fake_bot: Bot) -> None:
    answer = fake_bot.ask("那它是哪年签的？", ["脚注2的文件是啥"])
    assert [c.unit for c in answer.citations][:2] == ["pp-4", "fn-2"]
    assert "1996" in answer.text


def test_which_paragraphs_cite_the_footnote_just_named(fake_bot: Bot) -> None:
    answer = fake_bot.ask("正文里哪几段引用了它？", ["脚注1是哪个文件？"])
    assert not answer.no_answer
    assert [c.unit for c in answer.citations][:2] == ["pp-1", "op-2"]


def test_more_mentions_with_an_aside_are_still_listed(fake_bot: Bot) -> None:
    answer = fake_bot.ask("还有哪些段落也提到妇女？我怕漏了", ["执行部分第10段讲了什么？"])
    units = [c.unit for c in answer.citations]
    assert not answer.no_answer and units and "op-10" not in units
    assert all("妇女" in c.text for c in answer.citations)


def test_bare_meeting_question_after_a_metadata_question(fake_bot: Bot) -> None:
    # Not elliptic in form (no 那/呢), but it names nothing besides the document's facts.
    answer = fake_bot.ask("在第几次全会上？", ["决议哪天通过的？"])
    assert answer.citations[0].unit == "adoption" and "86" in answer.text


def test_other_paragraphs_with_bie_de_are_more_mentions(fake_bot: Bot) -> None:
    history = ["妇女署与各国议会联盟在哪些领域合作？"]
    before = {fake_bot.ask(history[0]).citations[0].unit}
    answer = fake_bot.ask("还有别的段落提到妇女吗？", history)
    units = {c.unit for c in answer.citations}
    assert not answer.no_answer and units and not units & before


def test_nothing_more_to_mention_says_so_and_shows_the_mentions(fake_bot: Bot) -> None:
    history = ["哪些段落提到妇女？"]
    everything = [c.unit for c in fake_bot.ask(history[0]).citations]
    answer = fake_bot.ask("还有哪些段落提到妇女？", history)
    assert not answer.no_answer and "没有其他段落" in answer.text
    assert sorted(c.unit for c in answer.citations) == sorted(everything)


def test_asks_restatement() -> None:
    from bot.conversation import asks_restatement

    assert asks_restatement("能说得简单一点吗？")
    assert asks_restatement("Can you explain that?")
    assert not asks_restatement("第8段在说什么？")


def test_checks_claim() -> None:
    from bot.answertype import checks_claim

    assert checks_claim("据说决议提到2015年在日内瓦开会，对吗？")
    assert checks_claim("Is it true that the resolution invites UN-Women?")
    assert not checks_claim("第四届世界议长大会在哪里召开？")
    # A place put forward beside a question asking for one; not a yes/no question on its own.
    assert checks_claim("第四届世界议长大会是在哪个城市开？是不是在日内瓦开？")
    assert not checks_claim("IPU总部是不是在日内瓦？决议有写地址吗")


def test_the_other_part_keeps_the_matter() -> None:
    assert classify("执行部分又如何处理？", ["处理"], True) == "elliptic"
    assert classify("那执行部分呢？", [], True) == "elliptic"
    assert classify("And in the operative part?", ["operative"], True) == "elliptic"
    assert (
        classify("执行部分哪一段邀请妇女署同议联合作？", ["邀请", "妇女署", "议联", "合作"], True)
        == "none"
    )


def test_which_numbered_resolution() -> None:
    assert asks_which_resolution("IPU的UNGA观察员地位是依据第几号决议？")
    assert asks_which_resolution("依据哪一号决议？")


def test_other_places_that_mention_it_are_more() -> None:
    assert classify("除了执行部分那段，序言里还有别的地方提到吗？", [], True) == "more"


def test_earlier_instances_described_first_and_their_own_question() -> None:
    assert asks_earlier_instances("那决议里提到的之前几届是哪几年开的？")
    assert asks_earlier_instances("前几届呢？")
    assert not asks_earlier_instances("决议里提到第四届世界议长大会吗？")
    assert earlier_instances_removed("那前几届议长大会的成果，怎样评价的？") == (
        "那议长大会的成果，怎样评价的？"
    )
    assert earlier_instances_removed("前几届呢？") == "呢？"


def test_the_noun_after_an_opening_demonstrative() -> None:
    assert demonstrated_noun("这个大会在哪个城市开？", ["大会", "城市", "开"]) == "大会"
    assert demonstrated_noun("那这个做法还能用在哪里？", ["做法", "还能", "用"]) == "做法"
    # A verb of holding before it; jieba glues 那 to the verb.
    assert demonstrated_noun("那开这个会议要给什么提供支持？", ["那开", "会议", "提供"]) == "会议"
    # "这个决议…" is the resolution being read.
    assert demonstrated_noun("这个决议提到妇女署在哪一段？", ["决议", "提到", "妇女署"]) == ""
    assert demonstrated_noun("决议里这个大会在哪开？", ["决议", "大会", "开"]) == ""


def test_other_paragraphs_asked_for_are_more_places() -> None:
    assert classify("别的段还有吗", [], True) == "more"
    assert classify("别的地方还提到吗？", [], True) == "more"
    assert classify("还有别的脚注吗？", [], True) == "more"
    assert classify("还有吗", [], True) != "more"


def test_also_adds_to_the_question_before() -> None:
    assert adds_to_previous("决议是否也说明了起草的理由？")
    assert adds_to_previous("那它还说要打击什么？")
    assert not adds_to_previous("还有哪些段落提到妇女？")
    assert not adds_to_previous("决议说明了起草的理由吗？")


def test_demonstrative_words_name_nothing() -> None:
    assert without_demonstratives(["那次", "大会", "定", "一年", "开"]) == [
        "大会",
        "定",
        "一年",
        "开",
    ]
    assert without_demonstratives(["那", "这个", "妇女署"]) == ["妇女署"]


def test_a_demonstrative_before_a_noun_of_the_paragraph_just_cited(fake_bot: Bot) -> None:
    history = ["执行部分第5段讲的是哪一届世界议长大会？"]
    answer = fake_bot.ask("那次大会定在哪一年开？", history)
    assert not answer.no_answer and answer.citations[0].unit == "op-5"
    assert "2015" in answer.text


def test_also_after_a_paragraph_stays_on_it(fake_bot: Bot) -> None:
    history = ["决议是否建议起草新的联合国—议联合作协定？"]
    answer = fake_bot.ask("决议是否也说明了起草的理由？", history)
    assert not answer.no_answer and answer.citations[0].unit == "op-15"


def test_an_item_of_the_answer_before_and_it_as_an_object() -> None:
    assert names_item_of_answer("第二个是哪天通过的？")
    assert names_item_of_answer("按时间排，最后那项是哪天通过的？")
    assert not names_item_of_answer("第二届世界议长大会在哪开？")
    assert classify("第二个是哪天通过的？", ["第二个", "通过"], True) == "elliptic"
    assert classify("决议建议对它怎么处理？", ["建议", "处理"], True) == "elliptic"
    assert (
        classify("那里面有没有提到落实相关决议，比如WPS那些？", ["里面", "落实"], True)
        == "elliptic"
    )


def test_the_second_of_two_cited_resolutions(fake_bot: Bot) -> None:
    answer = fake_bot.ask("第二个是哪天通过的？", ["序言部分第七段提到了哪两个决议？"])
    assert not answer.no_answer and answer.citations[0].unit == "pp-7"


def test_this_paragraph_and_does_it_include_lean_on_the_turn_before() -> None:
    assert classify("这段有没有也讲到要执行UN的相关决议？", ["讲到", "执行"], True) == "elliptic"
    assert classify("有包括打击violence against women吗？", ["包括", "打击"], True) == "elliptic"
    assert classify("这段以外还有哪些段落提到妇女？", ["段落", "妇女"], True) == "more"


def test_a_thing_the_paragraph_names(fake_bot: Bot) -> None:
    assert names_thing_in_previous("那它说的大会到底是第几届？")
    assert not names_thing_in_previous("它是在第几次会议上通过的？")
    answer = fake_bot.ask("那它说的大会到底是第几届？", ["执行部分第5段讲的是什么？"])
    assert answer.citations[0].unit == "op-5"


def test_inside_what_was_cited_is_no_request_for_more() -> None:
    assert (
        classify("那里面是不是也提到支持议会搞性别敏感立法？", ["支持", "议会"], True) == "elliptic"
    )
