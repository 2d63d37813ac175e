"""Answer types: what kind of fact a question wants and whether a passage can hold it."""

from __future__ import annotations

import pytest

from bot.answertype import asked_type, checks_claim, holds, strip_seat, without_type_words


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("各国议会联盟共有多少个成员议会？", "quantity"),
        ("联合国每年给议联拨款多少钱？", "money"),
        ("What is the annual budget of UN Women?", "money"),
        ("How many member parliaments does the IPU have?", "quantity"),
        ("各国议会联盟现任秘书长是谁？", "person"),
        ("第四届世界议长大会由哪位议长主持？", "person"),
        ("Who was the Secretary-General of the IPU in 2014?", "person"),
        ("Who is Secretary-General of IPU now? Name please", "person"),
        ("Under which agenda item number was resolution 68/272 adopted?", "numbered"),
        # 几号 before 决议 is a number, not a day; 多少场 counts events.
        ("千年宣言是几号决议", "numbered"),
        ("年轻人想加入议联要怎么弄，有门槛不", "procedure"),
        ("这个决议的标题叫什么名字？", ""),
        ("秘书长报告里统计了多少场联合活动？", "quantity"),
        # How long, not how often; "列几个" asks for a few items, not a count.
        ("合作的时间跨度是多久？", "duration"),
        ("决议还让两家在哪些议题上多合作？列几个", ""),
        ("How many earlier GA resolutions does the preamble recall?", ""),
        ("秘书长报告是哪一天发布的？", "day"),
        ("议会听证会安排在几月份？", "day"),
        ("第四届世界议长大会具体在哪几天举行？", "day"),
        ("第86次全体会议是由谁主持的？", "person"),
        ("1996年的合作协定是由谁代表双方签署的？", "person"),
        ("Which Member States sponsored this resolution?", "vote"),
        ("这项决议表决时有多少票赞成？", "quantity"),
        ("决议的提案国有哪些？", "vote"),
        ("这个决议草案是哪些国家提的？", "vote"),
        ("Was the resolution adopted by a vote?", "vote"),
        ("第四届世界议长大会在哪一年举行？", "year"),
        ("In which year was the cooperation agreement signed?", "year"),
        ("秘书长报告里联合项目的总预算是多少？", "money"),
        ("How much funding does the IPU receive?", "money"),
        ("1996年那份合作协定是谁代表联合国签的字？", "person"),
        ("第四届世界议长大会在什么地方开？", "place"),
        ("Where will the fourth conference be held?", "place"),
        ("高级别政治论坛多久召开一次？", "frequency"),
        ("How often do the Chief Executives Board and the IPU meet?", "frequency"),
        ("人权理事会哪一届会议讨论了普遍定期审议？", "session"),
        ("第四届世界议长大会最终通过了什么宣言？", "instrument"),
        ("Which declaration did the fourth World Conference adopt?", "instrument"),
        ("我们国家议会想加入议联，要走什么申请程序？", "procedure"),
        ("How do I apply for an internship at the United Nations?", "procedure"),
        # Not such questions: which ones, ordinals, actors.
        ("各国议会如何加强与联合国的合作？", ""),
        ("它参照的是谁跟谁之间形成的合作方式？", ""),
        ("那几次分别是哪年？", "year"),
        ("Which agreement laid the foundation, and where is it published?", ""),
        ("Any youth forums mentioned where legislators could join delegations?", ""),
        ("决议注意到了哪几届世界议长大会的成果？", ""),
        ("决议里提到的前几届世界议长大会分别是哪几年开的？", "year"),
        ("2010年那届世界议长大会是在哪个城市开的？", "place"),
        ("决议在第几次全体会议上通过？", ""),
        ("在脚注中对应的是第几号决议？", "numbered"),
        ("这个决议是在第几号议程项目下通过的？", "numbered"),
        ("人权理事会通过了哪项具体决议？", "numbered"),
        ("The Millennium Declaration is footnoted - which GA resolution is that?", "numbered"),
        ("议联总部设在哪个城市？", "place"),
        ("决议有没有规定议会中女性议员的最低配额比例？", "proportion"),
        ("What percentage of MPs are women?", "proportion"),
        ("决议有没有规定议会女性席位至少要几%？", "proportion"),
        # English words inside a Chinese question match on ASCII word boundaries.
        ("这份决议有哪些sponsors？", "vote"),
        ("IPU有没有right of reply？", "right"),
        ("Who served as Secretary-General of the IPU at the time?", "person"),
        ("IPU秘书长叫什么名字？", "person"),
        ("有没有提议联秘书长名字？", "person"),
        ("1996年的合作协定由哪两位人士代表签署？", "person"),
        ("年度议会听证会 议题是啥", "theme"),
        ("Who currently chairs the IPU Committee on United Nations Affairs?", "person"),
        # The actor of a paragraph, a meeting's name and a footnote's resolution number are not
        # people or amounts.
        ("执行部分第十段：主体是谁、对象是谁、动作是什么？", ""),
        ("联合国每年固定开的那个跟议会有关的会叫什么名字", ""),
        ("脚注3对应的决议号是多少", ""),
        ("第几号大会决议邀请议联以观察员身份参加大会工作？", "numbered"),
        # Broken English "what resolution say" asks what it says, not which resolution.
        ("What resolution say about parliament and transparency?", ""),
        ("请问两个组织应当在哪些主题方面密切协作？", ""),
        ("妇女署和议联要一起干哪些事？比如提高女议员的比例有没有提到？", ""),
        ("决议通过之时，各国议会联盟主席由何人担任？", "person"),
        ("一个国家要怎么做才能成为各国议会联盟的成员？", "procedure"),
        ("序言部分第11段点名了几个联合国机构？", ""),
        ("How many resolutions are listed in the paragraph on observer status?", ""),
        ("秘书长报告里一共列出了多少项联合国与议联的合作活动？", "quantity"),
        ("1996年合作协定中关于争端解决的条款是如何规定的？", "clause"),
        ("What is the name of the IPU committee whose role is recognized?", ""),
        ("各国议会联盟的主席在通过这个决议的时候说了什么？", "speech"),
        ("秘书长的报告说了什么？", ""),
        ("我想让议长在发言中强调议会的地位，决议里有没有这样的表述？", ""),
        ("决议是否要求各国议会每年向联合国缴纳会费？", "money"),
        ("决议有没有说明各国议会联盟执行委员会由哪些成员组成？", "composition"),
        # Member states are asked to act, not about membership.
        ("决议是否请成员国思考如何使听证活动与核心议程挂钩？", ""),
        # The verb shows the force asked about.
        ("What is the operative verb in paragraph 16, and is it binding?", ""),
        ("Is the resolution legally binding?", "binding"),
        ("今年听证会的主题是什么？", "now"),
        ("它对应的是哪号决议？", "numbered"),
        ("Millennium Declaration = which res no.?", "numbered"),
        ("秘书长报告A/68/827一共有多少页？", "quantity"),
        ("全世界现在有多少年轻议员，决议给数据了吗？", "quantity"),
        ("这个协定签了多少年了？", "duration"),
        ("决议规定了各国议会批准国际条约的具体程序吗？", "procedure"),
        ("它建议两个组织采取什么具体步骤？", ""),
        ("决议怎样看待议会在保证透明和追究责任方面的职责？", ""),
        ("每年在联合国举行的议会听证会一般开几天？", "quantity"),
        ("该决议对会员国是否具有法律约束力？", "binding"),
        ("会员国如不落实该决议的要求，将受到什么制裁？", "binding"),
        ("Is the resolution legally binding on Member States?", "binding"),
        ("各国议会联盟成立于哪一年？", "founding"),
        ("议联的观察员地位包不包括提案权或答辩权？", "right"),
        ("Does the IPU have the right of reply in the Assembly?", "right"),
        ("新合作协定要求在什么期限前提交草案？", "deadline"),
        ("决议建议起草新的合作协定，有没有规定完成起草的时限？", "deadline"),
        ("决议要求新的合作协定在哪一年之前完成起草并签署？", "deadline"),
        ("联大建议起草的新合作协定，预定哪一年要完成签署？", "deadline"),
        ("1996年那个合作协定是在哪签的", "place"),
        # Who acted ("是谁表示…") is not a person's name; "秘书长是谁？" is.
        ("在千年宣言里，是谁表示要通过议联加强合作？", ""),
        ("议联秘书长是谁？", "person"),
        ("OP12 吁请的是谁？", ""),
        ("What is the name of the IPU Secretary-General mentioned in this resolution?", "person"),
        ("我们议员去联合国开会，路费住宿是联合国出还是自己国家出？", "money"),
        ("第四届世界议长大会由谁来主持，是议会联盟主席吗？", "person"),
        ("秘书长报告是什么时候发布的？", "when"),
        ("When was the Secretary-General's report issued?", "when"),
        # A count in a condition sets the scene; "在哪里" of a wording asks for a paragraph.
        ("如果部长带几位议员一起当代表团成员，决议是什么立场？", ""),
        ("如果按每年一次算，一共开过多少次？", "quantity"),
        ("联大对议联在这方面的努力有没有予以肯定？相关表述在哪里？", ""),
        ("青年论坛的青年代表有何年龄限制？", "age"),
        ("Is there an age limit for youth delegates?", "age"),
        ("脚注1引的秘书长报告文号是多少", ""),
        ("会员国被邀请将谁列为本国代表团成员？", ""),
        ("Who is invited to include legislators in national delegations?", ""),
        ("决议建议起草什么新的文件？", ""),
        # The reader's own words: national laws, a catalogue's subject terms, a hurry.
        ("决议是不是要议联帮各国把本国的法律条文和国际承诺对上号？", ""),
        ("本馆拟著录主题词，敢问决议对议员随团赴会持何态度？", ""),
        ("那个常设委员会起到了什么作用？它的作用体现在哪里？", ""),
        ("决议里青年出现在哪里？", ""),
        ("Where does CSW appear in the text?", ""),
        ("UN和IPU的合作协定是哪一年签的？赶deadline", "year"),
        ("第四届世界议长大会的确切召开日期（年月日）为何？", "day"),
        ("秘书长报告是于何年何月何日印发的？", "day"),
        ("增加女议员人数，决议有没有给一个具体百分比？", "proportion"),
        # A plan sets the scene; "几个" in it is no count asked for.
        ("想带几个议员进政府代表团去纽约开会，决议支持这么干吗？", ""),
        ("我想知道决议点名了多少个机构？", ""),
        ("决议里点名了哪些冲突后国家优先支持？", "place"),
        ("决议鼓励加强哪些国家的议会机构？", ""),
    ],
)
def test_asked_type(question: str, kind: str) -> None:
    assert asked_type(question) == kind


def test_a_quantity_must_count_what_was_asked_about() -> None:
    text = "两个组织开展合作大有益处"
    assert not holds("quantity", text, "各国议会联盟共有多少个成员议会？")
    # The amount must count the thing asked about, not sit near a word of the question.
    assert not holds("quantity", text, "报告列出了多少项合作活动？")
    assert holds("quantity", text, "决议涉及几个组织？")
    assert holds("quantity", "该联盟有 179 个成员议会", "各国议会联盟共有多少个成员议会？")
    assert holds("quantity", "共有 190 多个成员议会", "How many? 成员议会")
    # A counter the question names must match the text's (个 matches any).
    assert not holds("quantity", "提交一份报告", "报告里列出了多少项活动？")
    assert holds("quantity", "提交一份报告", "要提交几份报告？")
    assert holds("quantity", "提交一份报告", "要提交几个报告？")
    # An ordinal is not an amount.
    assert not holds("quantity", "第 86 次全体会议", "有多少次会议？")


def test_people_dates_and_years() -> None:
    assert not holds("person", "请秘书长向大会提交一份报告", "")
    assert holds("person", "请秘书长向大会提交一份报告", "", names=["潘基文"])
    assert holds("person", "Statement by Mr. Chungong", "")
    assert holds("day", "2002年 11月 19日第57/32号决议", "")
    assert not holds("day", "使一年一度的议会听证会更紧密地与联合国的主要进程相关联", "")
    assert holds("year", "2015 年第四届世界议长大会", "")
    assert not holds("year", "列入大会第七十届会议临时议程", "")
    assert not holds("vote", "2014 年 5月 19 日 第 86 次全体会议", "")
    assert holds("vote", "以 120 票赞成、3 票反对通过", "")
    assert holds("", "任何文字", "")


def test_money_places_frequencies_and_sessions() -> None:
    # A count of reports is not a budget.
    assert not holds("money", "请秘书长提交一份报告", "总预算是多少？ 报告")
    assert holds("money", "拨款 200 万美元", "经费是多少？")
    assert holds("place", "在纽约联合国总部召开这次大会", "", places=["纽约"])
    assert holds("place", "在联合国总部召开", "")
    assert not holds("place", "2015 年第四届世界议长大会", "")
    assert holds("frequency", "每年定期进行交流", "")
    assert not holds("frequency", "包括联合国可持续发展问题高级别政治论坛", "")
    assert holds("session", "列入大会第七十届会议临时议程", "")
    assert not holds("session", "在普遍定期审议中发挥作用", "")


def test_instruments() -> None:
    assert holds("instrument", "回顾《联合国千年宣言》", "决议回顾了哪份宣言？")
    assert not holds("instrument", "欢迎第四届世界议长大会的筹备工作", "通过了什么宣言？")
    assert holds("instrument", "《联合国千年宣言》", "Which declaration is recalled?")
    assert not holds("instrument", "《联合国千年宣言》", "Which convention is recalled?")


def test_procedures() -> None:
    assert not holds("procedure", "鼓励各国议会联盟进一步协助联合国", "")
    assert holds("procedure", "申请成为观察员的程序", "")


def test_numbered_things() -> None:
    assert holds("numbered", "第 55/2 号决议。", "在脚注中对应的是第几号决议？")
    assert not holds("numbered", "对人权理事会的工作作出贡献", "人权理事会通过了哪项具体决议？")
    assert holds("numbered", "A/RES/68/272", "Which resolution is it?")
    # The noun after 第几号 must be numbered in the text: a resolution number is no agenda item.
    asked = "这个决议是在第几号议程项目下通过的？"
    assert not holds("numbered", "将项目列入大会第七十届会议临时议程；第 57/32 号决议", asked)
    assert holds("numbered", "在议程项目 12 下通过", asked)


def test_a_seat_is_the_seat_of_the_body_asked_about() -> None:
    text = "以期在纽约联合国总部召开这次大会"
    assert holds("place", text, "联合国总部在哪个城市？ 联合国")
    assert not holds("place", text, "议联总部设在哪个城市？ 各国议会联盟")
    assert not holds("place", text, "Where is the IPU headquartered? 各国议会联盟")
    # Not a seat question: a meeting place names a place.
    assert holds("place", text, "第四届世界议长大会在哪里开？", places=["纽约"])
    assert strip_seat("Where is the IPU headquartered?") == "Where is the IPU  ?"


def test_binding_founding_rights_and_deadlines() -> None:
    op7 = "邀请会员国进一步考虑如何与各国议会联盟开展经常性合作"
    assert not holds("binding", op7, "是否具有法律约束力？")
    # "第几号大会决议" asks for a resolution's number, which "第57/32号决议" gives.
    pp6 = "又回顾其2002年 11月 19日第57/32号决议邀请各国议会联盟以观察员身份参加大会的工作"
    assert holds("numbered", pp6, "第几号大会决议邀请议联以观察员身份参加大会工作？")
    # "How many times was it held?" is answered by the years it was held.
    pp3 = "注意到 2000 年、2005 年和 2010 年世界议长大会的成果"
    assert holds("quantity", pp3, "世界议长大会以前开过几次？")
    assert not holds("quantity", "欢迎目前为 2015 年第四届世界议长大会所做的筹备工作", "开过几次？")
    # Who sits in a delegation: a text naming who is made a member of it answers.
    asked = "What practice regarding the composition of national delegations does it welcome?"
    assert holds("composition", "又欢迎酌情将立法人员列为本国代表团成员出席联合国主要会议", asked)
    assert not holds("composition", "邀请会员国进一步考虑如何与各国议会联盟开展经常性合作", asked)
    assert holds("binding", "本决议不具有法律约束力", "是否具有法律约束力？")
    assert not holds("founding", "1996 年《合作协定》奠定了两个组织的合作基础", "成立于哪一年？")
    asked = "观察员地位包不包括提案权？"
    assert not holds("right", "邀请各国议会联盟以观察员身份参加大会的工作", asked)
    assert holds("right", "观察员享有提案权", asked)
    assert not holds("deadline", "建议起草新的合作协定", "什么期限前提交？")
    assert holds("deadline", "列入大会第七十届会议临时议程", "什么期限前提交？")
    # A date is a deadline only with "before": the 1996 agreement's date is when it was signed.
    assert not holds("deadline", "考虑到 1996 年 7 月 24 日签署的合作协定", "什么期限前完成？")
    assert holds("deadline", "于 2015 年 6 月 30 日之前提交报告", "什么期限前完成？")
    assert not holds("age", "包括经济及社会理事会青年论坛等各种新论坛", "青年代表有何年龄限制？")
    assert holds("age", "代表须年满 18 岁", "青年代表有何年龄限制？")
    assert not holds("proportion", "增加妇女在议会中的代表人数", "最低配额比例？")
    assert holds("proportion", "女性议员至少占 30%", "最低配额比例？")
    target = "席位比例设定了具体目标（例如30%）？"
    assert asked_type(target) == "proportion"
    assert not holds("proportion", "增加妇女在议会中的代表人数", target)
    theme = "决议是否规定了年度议会听证会的具体主题？"
    assert asked_type(theme) == asked_type("What is the theme of the hearing?") == "theme"
    assert not holds("theme", "欢迎每年在联合国举行议会听证会", theme)
    assert holds("theme", "将题为“联合国与各国议会”的项目列入议程", theme)


def test_several_years_want_a_text_with_several() -> None:
    series = "历届世界议长大会分别于哪些年份举行？"
    assert asked_type(series) == "year"
    assert not holds("year", "欢迎目前为 2015 年第四届世界议长大会所做的 2015 年筹备工作", series)
    assert holds("year", "注意到 2000 年、2005 年和 2010 年世界议长大会的成果", series)
    assert holds("year", "欢迎 2015 年第四届世界议长大会", "第四届大会在哪一年？")


def test_earlier_sessions_and_where_without_a_place_noun() -> None:
    # "前面几届" points at earlier sessions; it does not count them.
    assert asked_type("前面几届呢") == ""
    assert asked_type("第四届议长大会哪年开 前面几届呢") == "year"
    assert holds("year", "注意到 2000 年、2005 年和 2010 年世界议长大会", "哪年开 前面几届呢")
    assert asked_type("IPU总部在哪") == asked_type("第四届大会定在哪开？") == "place"
    assert asked_type("在哪一段？") != "place"


def test_asking_whether_the_text_gives_a_number_is_a_count() -> None:
    asked = "IPU有多少个成员议会？决议有没有列出数字？ 成员 议会"
    assert asked_type(asked) == "quantity"
    # "一个" is an article, not a count of parliaments.
    assert not holds("quantity", "包括一个议会构成部分", asked)
    assert holds("quantity", "共有 179 个议会", asked)
    assert asked_type("新的合作协定有deadline吗，什么时候要签完？") == "deadline"
    assert asked_type("决议点名了几个机构？") == ""


def test_where_a_meeting_is_held_and_the_present() -> None:
    assert holds("place", "欢迎每年在联合国举行议会听证会", "议会听证会在哪里开？")
    assert not holds("place", "欢迎每年举行议会听证会", "议会听证会在哪里开？")
    assert not holds("now", "欢迎每年在联合国举行议会听证会", "今年听证会的主题是什么？")


def test_when_is_answered_by_a_time_the_text_gives() -> None:
    asked = "什么时候？"
    assert not holds(
        "when", "审议了秘书长的报告，报告表明联合国在过去两年中同议联进行了合作", asked
    )
    assert holds("when", "2002 年 11 月 19 日第57/32号决议", asked)
    assert holds("when", "列入大会第七十届会议临时议程", asked)
    assert holds("when", "欢迎每年在联合国举行议会听证会", asked)


def test_a_first_time_is_not_answered_by_a_frequency() -> None:
    asked = "CEB与IPU高层的首次年度交流在何时举行？"
    assert asked_type(asked) == "when"
    assert not holds("when", "与各国议会联盟的高层领导每年定期进行交流", asked)
    assert holds("when", "与各国议会联盟的高层领导每年定期进行交流", "交流在何时举行？")


def test_how_to_handle_is_not_where_and_a_city_is() -> None:
    assert asked_type("其结论应如何处理？") == ""
    assert asked_type("IPU总部设于哪个城市？") == "place"
    assert asked_type("那么届时会址定于何处？") == "place"
    assert asked_type("第四届世界议长大会将由那位议长主持？") == "person"


def test_the_name_of_a_body_is_no_persons() -> None:
    assert asked_type("IPU 有没有一个 committee 专门管联合国的事情，叫什么名字？") == ""
    assert asked_type("议联秘书长叫什么名字？") == "person"
    assert asked_type("我国出席会议的议员代表叫什么名字？") == "person"
    assert asked_type("IPU Standing Committee on UN Affairs chair who") == "person"
    assert asked_type("1996年的合作协定是在哪一个城市签署的？") == "place"


def test_a_contribution_to_an_agenda_is_no_money_and_a_date_is_no_session() -> None:
    assert asked_type("What about the IPU's contribution to shaping the post-2015 agenda?") == ""
    assert asked_type("What are member states' financial contributions to the IPU?") == "money"
    assert asked_type("执行部分第12段“吁请”的对象到底是谁？") == ""
    asked = "秘书长在第七十届会议下提交报告，有没有规定截止日期？"
    assert asked_type(asked) == "deadline"
    assert not holds("deadline", "列入大会第七十届会议临时议程", asked)
    assert holds("deadline", "列入大会第七十届会议临时议程", "有截止期限吗？")


def test_a_year_put_forward_with_shi_bu_shi_is_a_claim() -> None:
    assert checks_claim("第四届世界议长大会是不是定在2016年开？决议里到底说的哪年？")
    assert checks_claim("那份合作协定，是不是2000年才签的？到底哪一年？")
    assert not checks_claim("第四届世界议长大会是不是在纽约开？")


def test_terse_and_legal_forms() -> None:
    assert asked_type("该段的受文方（addressee）具体是谁？") == ""
    assert asked_type("Which operative clause encourages the UN and the IPU to cooperate?") == ""
    assert asked_type("What clauses does the 1996 agreement contain?") == "clause"
    assert asked_type("earlier speakers conferences were which yrs") == "year"
    assert asked_type("millennium declaration = which res?") == "numbered"
    assert asked_type("5/29那个决议 多少号来着") == "numbered"
    assert asked_type("议联秘书长叫啥") == "person"
    # Only the noun counted right after 多少个 answers a count.
    asked = "议会联盟组织目前共有多少个成员国会？"
    assert not holds("quantity", "两个组织开展合作大有益处", asked)
    assert holds("quantity", "其 190 多个成员议会", "议联有多少个成员议会？")


def test_reported_claims_hosts_and_milestones() -> None:
    assert checks_claim("报道说这个项目被列入第六十九届会议临时议程，原文到底是第几届？")
    assert checks_claim("某篇稿子写合作协定是1998年签的，决议里说的是哪一年？")
    assert checks_claim("决议举的例子真是安理会吗？")
    assert not checks_claim("决议举的例子是哪个委员会？")
    assert asked_type("那类议会会议通常由哪一国议会承办？") == "place"
    assert asked_type("哪些国家的议会需要加强？") == ""
    assert asked_type("新的合作协定要在什么时间节点之前起草完？") == "deadline"
    # "点了几个机构的名字，是哪些": the names, which the text's list gives.
    assert asked_type("还点了几个联合国机构的名字，是哪些机构？") == ""
    assert asked_type("IPU有几个成员议会，是哪些？") == "quantity"
    assert asked_type("Which HRC resolution on parliaments and the UPR does it build on?") == (
        "numbered"
    )
    assert asked_type("What does the resolution say about women?") == ""
    assert asked_type('Who is the addressee of the "calls upon" in OP 12?') == ""


def test_office_holders_named_mid_question_and_type_words_removed() -> None:
    assert asked_type("议会联盟秘书长叫什么，决议点名了没") == "person"
    assert asked_type("IPU秘书长是哪个？") == "person"
    assert asked_type("常设委员会由谁当主席？") == "person"
    assert asked_type("谁提交报告？") == ""
    # The words saying what is asked name no topic ("deadline" is not pp-9's 目标日期).
    rest = without_type_words("新合作协定什么时候要签好？有没有deadline？", "deadline")
    assert "deadline" not in rest and "新合作协定" in rest
    assert without_type_words("新合作协定在哪？", "") == "新合作协定在哪？"
    # 普遍定期审议 is a review's name, not a frequency.
    assert not holds("when", "促使议会为普遍定期审议作出贡献", "人权理事会什么时候开")
    assert holds("when", "每年定期进行交流", "什么时候交流")


def test_words_counted_addressees_channels_and_things_named() -> None:
    assert asked_type("那个报告要求多少字？") == "quantity"
    assert asked_type("执行部分第12段的受文者（即被“吁请”的行为者）是谁？") == ""
    assert asked_type("“呼吁”一词出现在哪一段？针对的是谁？") == ""
    assert asked_type("不是会员国的国会可以透过什么管道申请加入IPU？") == "procedure"
    assert asked_type("1996年签的那个东西叫什么名字来着") == ""
    assert asked_type("让它以观察员身份参加大会的那个号是多少") == ""
    # Details of a draft's claim the text may not give.
    assert asked_type("草稿写“IPU目前有166个成员议会”，这个数决议里能核到吗？") == "quantity"
    assert asked_type("稿子说协定是在日内瓦签署的，决议里能核实签署地吗？") == "place"
    assert asked_type("稿子称听证会每年2月在纽约举行，月份决议里写了吗？") == "day"
    assert asked_type("议会会议是IPU和妇女署联合主办的，决议说了谁主办吗？") == "place"
    assert asked_type("Who will preside over the Fourth World Conference?") == "person"
    assert asked_type("稿子写“两国元首在千年宣言中表态…”，表态的到底是谁？") == ""
    assert checks_claim("稿件写第四届世界议长大会2015年在日内瓦开，地点核一下")


def test_one_of_a_set_people_now_proposals_and_posts() -> None:
    # "几个决议里，最晚的是哪一个" asks which one, not how many.
    assert asked_type("那同一段后面列的几个决议里，最晚的是哪一个？") == ""
    assert asked_type("议联有几个成员议会？") == "quantity"
    assert asked_type("网上说大会有超过150位议长出席，决议里有给具体人数吗？") == "quantity"
    assert asked_type("IPU联合国事务常设委员会主席是谁现在？") == "person"
    # Proposing a body is not asking when one was founded.
    assert asked_type("有帖子说是要成立一个联合国-议联联合机构") == ""
    assert asked_type("各国议会联盟是哪一年成立的？") != ""
    # When a member joined is the body's history, which the text does not tell.
    assert asked_type("我国全国人大是哪一年加入各国议会联盟的？") == "founding"
    assert asked_type("议员加入本国的官方队伍去联合国开会，大会对这个做法的态度是什么？") == ""
    # Aid money that is spent well is aid effectiveness, not an amount.
    assert asked_type("涉不涉及援助资金用得好不好？") == ""
    assert asked_type("决议给议联拨了多少资金？") == "money"
    assert checks_claim("有帖子说决议邀请“开发署”跟议联合作，具体是哪个机构？")
    assert checks_claim("帖子里写的是“安理会”，我想核实下")
    assert not checks_claim("决议呼吁哪个机构和议联高层每年定期交流？")


def test_a_month_asked_and_the_items_of_a_list() -> None:
    assert asked_type("请问第四届世界议长大会具体定于2015年的哪一个月召开？") == "day"
    # "说了几个…？有哪些？" asks for the items its list gives.
    assert asked_type("执行部分第2段说了几个合作的领域？有哪些？") == ""


def test_how_long_wants_a_stated_span() -> None:
    assert asked_type("秘书长报告讲联合国同议会联盟合作了多久啊？") == "duration"
    assert (
        asked_type("Over how many years does the report show cooperation? Just two?") == "duration"
    )
    assert asked_type("听证会多久开一次") == "frequency"
    # Within how long a report is due is a deadline, not a span.
    assert asked_type("报告要在多长时间内提交") != "duration"
    assert holds("duration", "报告表明联合国在过去两年中同各国议会联盟进行了广泛的合作", "")
    assert holds("duration", "以反映过去若干年来的进展", "")
    # A year answers how long ago.
    assert holds("duration", "考虑到 1996 年《合作协定》", "")
    assert not holds("duration", "列入大会第七十届会议临时议程", "")


def test_whom_a_paragraph_asks_claims_guessed_and_the_paragraph_itself() -> None:
    # "被要求…的是谁" asks whom the paragraph addresses, which its text names.
    assert asked_type("即被要求设计更具综合性的合作方式与各国议会合作的是谁？") == ""
    assert checks_claim("第四届世界议长大会到底定在哪开？不会又是日内瓦吧？")
    assert not checks_claim("第四届世界议长大会到底定在哪开？")
    # "OP6 是不是就是…的条款" identifies the paragraph; no clause of another text is asked.
    assert asked_type("OP6 是不是就是那个让议员混进国家代表团的条款？") == ""
    assert asked_type("合作协定有哪些条款？") == "clause"


def test_where_an_event_is_held_ages_years_and_agenda_items() -> None:
    # "提到" names where the years were read, not what is asked: the city is.
    asked = "决议序言提到的2000年、2005年、2010年三届世界议长大会分别在哪个城市举行？"
    assert asked_type(asked) == "place"
    assert asked_type("决议在哪里提到日内瓦") == ""
    assert asked_type("关于各国议会联盟总部所在城市的问题，请予明确。") == "place"
    assert asked_type("Is there a minimum or maximum age for young people at the forum?") == "age"
    assert asked_type("往届世界议长大会分别在哪几个年份召开？") == "year"
    assert not holds("year", "2015 年第四届世界议长大会", "往届世界议长大会分别在哪几个年份召开？")
    asked = "本决议对应的大会第六十八届会议议程项目编号是多少？"
    assert asked_type(asked) == "numbered"
    assert not holds("numbered", "第 68/6 号决议，第 26 段。", asked)
    assert not holds("numbered", "将题为“…互动”的项目列入大会第七十届会议临时议程", asked)


def test_an_assembly_session_is_not_a_conference_edition() -> None:
    asked = "这项目列进第几届联大议程"
    assert asked_type(asked) == "session"
    assert not holds("session", "2015 年第四届世界议长大会", asked)
    assert holds("session", "列入大会第七十届会议临时议程", asked)
    assert holds("session", "2015 年第四届世界议长大会", "第几届世界议长大会在纽约开？")


def test_rooms_consequences_quoted_verbs_and_seats_asked_beside_mentions() -> None:
    asked = "妇女地位委员会年会期间那个议会会议一般安排在哪个会议室？"
    assert asked_type(asked) == "place"
    # A city is not a room.
    assert not holds("place", "在纽约联合国总部召开这次大会", asked, places=["纽约"])
    assert asked_type("如果会员国不把立法人员列入代表团，决议有没有规定什么后果？") == "binding"
    assert asked_type("执行部分第十二段“吁请”的是谁，请它做什么？") == ""
    assert asked_type("各国议会联盟总部设在哪个城市？决议里提到了吗？") == "place"
    assert asked_type("Where is the role of parliaments in accountability stated?") == ""
    assert asked_type("国内法和国际承诺对不上的问题，有条款管吗？") == ""
    # "几项作用里，…那一项" is one of a set, not a count.
    assert asked_type("常设委员会的几项作用里，和国际承诺相关的那一项是怎么表述的？") == ""


def test_which_clause_of_this_text_list_years_and_topics_worked_on() -> None:
    # Which paragraph of the resolution, not a clause of something it names.
    assert asked_type("要求会员国把它跟联合国主要进程挂得更紧的，是哪个条款？") == ""
    assert asked_type("Which clause encourages Member States to apply the format?") == ""
    assert asked_type("Which clauses of the 1996 agreement does it cite?") == "clause"
    assert asked_type("决议援引了1996年协定的哪些条款？") == "clause"
    # 列明年份 is no 明年.
    assert asked_type("序言部分注意到了哪几届世界议长大会的成果？敬请列明年份。") != "now"
    assert asked_type("明年的听证会在哪天？") != ""
    # The topics two bodies work on together are areas; the theme of one event is not.
    assert asked_type("哪些主题两个组织特别要一起工作？") == ""
    assert asked_type("听证会有哪些主题？") == "theme"
    # Another document's title is answered only by a text giving one.
    assert asked_type("2015年第四届世界议长大会最后通过的宣言标题是什么？") == "theme"
    assert asked_type("What is the title of the Secretary-General's report?") == "theme"
    assert not holds(
        "theme", "欢迎目前为 2015 年第四届世界议长大会所做的筹备工作", "宣言标题是什么"
    )


def test_contacts_the_readers_own_year_rights_and_procedures() -> None:
    asked = "联合国驻我们国家的国家工作队负责人怎么联系？有邮箱吗"
    assert asked_type(asked) == "contact"
    assert not holds(
        "contact", "吁请联合国国家工作队设计层次更加分明的方式与各国议会进行合作", asked
    )
    assert asked_type("上网、打电话这些新技术，联合国跟议联也要一块儿整？") == ""
    # The year of the reader's own plan is not asked.
    assert asked_type("我们议会明年要过UPR，决议里有没有说议会可以出力？") == ""
    assert asked_type("明年的议会听证会在哪天开？") != ""
    asked = "第57/32号决议除邀请议联担任观察员外，还赋予其哪些具体权利？"
    assert asked_type(asked) == "right"
    assert not holds("right", "邀请各国议会联盟以观察员身份参加大会的工作", asked)
    assert asked_type("老板想进IPU的联合国事务常设委员会，需要走什么程序？") == "procedure"
    # A body's seat, not where an event is put; where in the text is no place.
    assert asked_type("请问各国议会联盟的总部设于哪里？") == "place"
    assert not holds("place", "在纽约联合国总部召开这次大会", "各国议会联盟的总部设于哪里")
    assert holds("place", "在纽约联合国总部召开这次大会", "第四届世界议长大会设在哪个城市")
    assert asked_type("它们立法机构的能力建设在哪一段？") == ""
    assert asked_type("Where does it talk about the democratic deficit?") == ""
    assert asked_type("决议里说IPU要帮各国对齐国内法律，是在哪里？") == ""


def test_outcomes_lists_the_readers_own_deadline_and_where_in_the_text() -> None:
    asked = "2015年那届世界议长大会最后开得怎么样，有啥成果？"
    assert asked_type(asked) == "outcome"
    assert not holds("outcome", "欢迎目前为 2015 年第四届世界议长大会所做的筹备工作", asked)
    # Earlier conferences' outcomes are not that one's; without a year named they answer.
    assert not holds("outcome", "注意到 2000 年、2005 年和 2010 年世界议长大会的成果", asked)
    assert holds(
        "outcome", "注意到 2000 年、2005 年和 2010 年世界议长大会的成果", "世界议长大会有啥成果？"
    )
    assert not holds(
        "outcome", "注意到 2000 年、2005 年和 2010 年世界议长大会的成果", "第四届大会的成果？"
    )
    assert asked_type("决议最后通过的是什么？") == ""
    assert asked_type("在妇地会年会期间举办的议会会议，决议希望其成果如何对接联合国进程？") == ""
    # A count of what the text does not list, even with 分别是.
    assert asked_type("千年发展目标一共有几项？分别是什么？") == "quantity"
    assert asked_type("序言部分第6段一共回顾了几项决议？分别是什么？") == ""
    # The reader's own need for a date, beside the question.
    asked = "序言里援引的几届世界议长大会分别是在哪几年召开的？我需要确认一下时间节点。"
    assert asked_type(asked) == "year"
    assert asked_type("我们省人大常委会明年的立法计划应当怎么安排比较好？") == "now"
    assert asked_type("决议在哪里承认议会在让国家更透明方面是有担子的？") == ""
    assert asked_type("Where does the Assembly reaffirm its 2010 and 2012 decisions?") == ""


def test_english_shares_years_and_outcomes_in_mixed_questions() -> None:
    assert asked_type("Anything on UN Women and raising the share of women MPs?") == ""
    assert asked_type("What share of MPs are women?") == "proportion"
    assert asked_type("SG rpt says UN-IPU coop over how many yrs?") == "duration"
    assert asked_type(
        "2015 年第四届 World Conference of Speakers 最后 adopt 了什么 declaration？"
    ) == ("outcome")
    assert asked_type("2015 年那个世界议长大会最后的 outcome 是什么？") == "outcome"
    assert asked_type("IPU帮各国国内法跟国际承诺对齐 那段在哪") == ""
    assert asked_type("Where does the Millennium Declaration come in?") == ""


def test_confirmations_membership_and_a_cited_resolutions_title() -> None:
    assert checks_claim("这个议程项目是列入联大第六十九届会议临时议程的，对吧？")
    assert checks_claim("IPU在人权方面主要是给安理会的工作做贡献，是不是这个意思？")
    assert checks_claim("Resolution 65/123 was adopted on 13 Dec 2011, right?")
    asked = "我们全国人大是不是议会联盟的成员嘛？"
    assert asked_type(asked) == "composition"
    assert not holds("composition", "各国议会联盟及其成员议会独到的专门知识", asked)
    assert asked_type("议会联盟现在到底有多少个成员议会？") == "quantity"
    assert asked_type("第57/32号决议的名称标题是什么？") == "theme"
    assert asked_type("Where is the Millennium Declaration cited in the Chinese text?") == ""


@pytest.mark.parametrize(
    "question",
    [
        "IPU和妇女署合作要不要管女性在立法机关里的席位多少的问题？",  # an amount as a topic
        "1996年那份合作协定，签约双方是谁？",  # parties, which the agreement's name gives
        "Who are the parties to the 1996 agreement?",
    ],
)
def test_topics_and_parties_ask_for_no_count_or_person(question: str) -> None:
    assert asked_type(question) == ""
