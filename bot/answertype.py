"""What kind of fact a question asks for, and whether a passage can hold it.

Questions built from a resolution's own words often ask for a fact of a kind it never states:
how much money, how many members, the name of an office-holder. Their words match the text,
so coverage alone answers them; the answer type tells that no passage holds such a fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

AnswerType = Literal[
    "quantity",
    "money",
    "person",
    "day",
    "year",
    "vote",
    "place",
    "frequency",
    "duration",
    "session",
    "instrument",
    "procedure",
    "numbered",
    "proportion",
    "binding",
    "founding",
    "right",
    "deadline",
    "speech",
    "clause",
    "composition",
    "now",
    "age",
    "theme",
    "contact",
    "outcome",
    "when",
    "",
]

_COUNTER = "个名位项家国人次届种条份笔件所座天周页字场轮批期"
# "哪几届" asks which, "第几" an ordinal, "那几次" points back, "好几次" is "several", "前几届" "the
# last few": none is a count.
_QUANTITY_ZH = re.compile(
    rf"(?<![第哪那这好前近头])(?<!前面|之前|以前|此前)(?<!多.)(?:多少(?!年(?!轻)|的?(?:问题|事情?|议题))|几[{_COUNTER}])"
    # "席位多少的问题" is a topic, not a count asked for.
    # "列的几个决议里，最晚的是哪一个": one of a set, not its count.
    r"(?![\u4e00-\u9fff]{0,6}(?:里|中|当中|之中)\s*[，,]?\s*(?:最|哪|谁|[^？?。]{0,12}那一?[项个条种点]))|"
    # "决议里有给具体人数吗": a number the text must give.
    r"(?:具体|确切|准确)的?(?:人数|数字|数目|数量)"
)
# "如果带几位议员…，立场是什么": a count in a condition sets the scene; the question follows it.
# "想带几个议员进代表团，决议支持吗": a plan sets the scene as well.
_CONDITION = re.compile(
    r"(?:如果|假如|要是|若是|倘若|假设|(?:想|打算|准备|计划)(?!知道|问|了解|确认|核实|查))"
    r"[^，,。？?！!]*[，,]"
)
# "草稿写“IPU目前有166个成员议会”，这个数决议里能核到吗？": a count put forward to check.
_NUMBER_CHECKED = re.compile(r"(?:这个|该|这一|此)数字?(?!据)")
_QUANTITY_EN = re.compile(r"\bhow\s+(?:many|much)\b", re.IGNORECASE | re.ASCII)
# "文号是多少" asks for a symbol, not an amount.
_SYMBOL_ASKED = re.compile(
    r"(?:文号|文献号|编号|号码|文件号|符号|决议号|那个号|的号)\S{0,2}多少|多少号(?!人)"
)
# "点名了几个机构", "how many resolutions are listed": a count of the text's own items, which
# its list answers.
# "有没有列出数字" asks whether the text gives the number, not how many items it lists.
_COUNT_OF_TEXT = re.compile(
    r"点名|点了|(?:列举|列出|列了|列明|所列)(?!\S{0,3}(?:数字|数目|数量|人数|数据))|回顾了|援引了|"
    r"的名字|(?:列|举|说|列举)几个|出现了?(?:几|多少)次|\bhow\s+many\s+times\b|"
    r"(?:提到|提及|提了|点到)了?(?:几|多少)个|"
    r"\b(?:listed|named|enumerated|recalled|cited)\b|\bhow\s+many\s+(?:\w+\s+)?paragraphs\b|"
    r"\bhow\s+many\b.{0,60}\b(?:does|do|did)\s+(?:the|this|it)\s*(?:preamble|resolution|text|paragraph)?\s*"
    r"(?:recall|cite|name|list|mention|refer\s+to)\b",
    re.IGNORECASE | re.ASCII,
)
# "一共回顾了几项？分别是…": these ask for the text's own list only when the text is named (not
# "千年发展目标一共有几项？分别是什么？").
_LISTED = re.compile(r"分别是|都有哪些|有哪些|是哪几")
_TEXT_NAMED = re.compile(r"决议|序言|执行部分|段|文中|文本|里面|提到|提及|提了|它|\bit\b", re.I)
# ...but not a count of what another document lists ("秘书长报告里一共列出了多少项").
_INSIDE_OTHER = re.compile(r"(?:报告|协定|宣言|文件|成果)\S{0,3}(?:里|中|内)")
# "今年", "this year": a resolution is dated and says nothing about the reader's present.
# "敬请列明年份": 列明 + 年份, not 明年.
_NOW_ZH = re.compile(r"今年|(?<![列说标表写注阐证查指申声载写])明年(?!份)|去年|本年度")
_NOW_EN = re.compile(r"\b(?:this|next|last)\s+year'?s?\b", re.I | re.ASCII)
_NOW_TEXT = re.compile(r"今年|明年|去年|本年度|\bthis\s+year\b", re.I | re.ASCII)
# Who a body is made of: only a text listing its members answers it.
_COMPOSITION_ZH = re.compile(
    r"由\S{0,6}(?:组成|构成)|成员(?:有|包括|名单)|组成人员|"
    # "我们全国人大是不是议会联盟的成员": who is a member, which no list in the text says.
    r"(?:是不是|是否|算不算)[^，,。？?！!]{1,12}的?成员(?!国)|成员议会[^，,。？?！!]{0,6}(?:多少|几个)"
)
_COMPOSITION_EN = re.compile(
    r"\bcompos(?:ed|ition)\b|\bwho\s+sits\s+on\b|\bmembers\s+of\s+the\b|\ba\s+member\s+of\b",
    re.I | re.ASCII,
)
_COMPOSITION_TEXT = re.compile(
    r"组成|构成|成员包括|列为\S{0,10}成员|\bcomposed\b|\bcomposition\b", re.I | re.ASCII
)
# The clauses of an agreement: a resolution has paragraphs, and quotes no one's articles.
# "本国的法律条文" are the reader's national laws, not an agreement's clauses.
_CLAUSE_ZH = re.compile(r"(?<!法律)(?<!法规)(?:条款|条文)")
# "Which operative clause…" names a paragraph of the resolution, not a treaty's clause.
_CLAUSE_EN = re.compile(
    r"(?<!operative\s)(?<!preambular\s)\bclauses?\b|\barticles?\s+(?:of|on|about)\b",
    re.IGNORECASE | re.ASCII,
)
_CLAUSE_TEXT = re.compile(r"条款|条文|\bclause|\barticle\b", re.IGNORECASE | re.ASCII)
# Money is answered by an amount of money only ("一份报告" counts reports, not a budget).
_MONEY_ZH = re.compile(
    r"预算|经费|拨款|(?<!援助)资金|费用|多少钱|花了?多少|会费|缴费|捐款|出资|路费|旅费|差旅|住宿费|食宿|"
    r"出钱|掏钱|买单|埋单|报销|机票"
)
_MONEY_EN = re.compile(
    r"\b(?:budgets?|funding|funds?|costs?|money|spend\w*|dues|fees?|airfares?|pays?\s+for)\b|"
    r"\bwho\s+pays\b|"
    r"\b(?:financial|assessed|annual|monetary)\s+contributions?\b|"
    r"\bcontributions?\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:budget|fund|funds|costs?)\b",
    re.IGNORECASE | re.ASCII,
)
_MONEY_TEXT = re.compile(
    r"\d\s*(?:万|亿)?\s*(?:美元|欧元|瑞士法郎|元)|[$€]\s*\d|\bdollars?\b", re.I | re.ASCII
)
# Asking who holds an office ("秘书长是谁", "who was the Secretary-General"), not who acts
# ("谁负责提交报告", "who is invited to ..."): only a name answers it.
# "是谁跟谁" asks which parties and "是谁表示要…" who acted, not a name: 是谁 ends its clause;
# "吁请的是谁" asks whom a paragraph addresses.
_PERSON_ZH = re.compile(
    r"(?<!主体)(?<!对象)(?<!主语)(?<!宾语)(?<![请励迎议定吁求态示诺]的)(?<![态示诺]的到底)(?<!对象到底)(?<!对象究竟)是谁(?=\s*(?:现在|目前|如今|当前)?\s*(?:[呢啊呀吗？?。！!，,]|$))|谁是|谁担任|何人|"
    r"谁(?:来|去)?(?:代表\S{0,6})?(?:主持|签署|签订|签的|签了|签字|领导)|主持人|哪(?:一|两|几)?位|由那位|姓名|谁当|"
    r"(?:秘书长|主席|议长|官员|负责人)(?:叫(?:什么|啥)(?:名字?)?|是哪个)(?=\s*(?:[呢啊呀吗？?。！!，,]|$))|"
    # "那个会叫什么名字" names a meeting, not a person.
    r"(?<![会议构织坛件定署队西题目称])(?:叫什么名字|的名字)|(?<=[长员官])名字"
)
# "有没有一个 committee 专门管…，叫什么名字？": the name of a body, not of a person (but
# "出席会议的议员代表叫什么名字" names people).
_NAMED_BODY = re.compile(
    r"(?:委员会|机构|组织|论坛|机制|部门|\bcommittee\b|\bbody\b|\borgan\b)"
    r"(?:(?!代表|议员|主席|议长|秘书长|官员|负责人|人员)[^？?。!！]){0,20}(?:叫什么名字|的名字)",
    re.IGNORECASE,
)
# "该段的受文方具体是谁？": whom a paragraph addresses, which its text says.
_ADDRESSEE = re.compile(
    r"(?:对象|受文方|受文者|受众|行为者|针对的|addressee)[^？?。]{0,12}是谁|"
    # "被要求设计…方式的是谁": who a paragraph asks to act.
    r"被(?:要求|请求|邀请|鼓励|呼吁|吁请|敦促|请)[^？?。]{0,30}的是谁|"
    r"\bwho\s+(?:is|are)\s+(?:the\s+)?addressees?\b|\bwhom?\s+does\s+\S+\s+(?:call|address)|"
    # "协定是谁和谁签的": the parties, which an agreement's name gives.
    r"谁(?:和|与|跟|同)谁|(?:和|与|跟|同)谁(?:签|订|缔结|达成)|"
    r"(?:签约|缔约|协定|协议|合作)的?(?:双方|各方|方)(?:都|分别)?是谁|\bparties\s+to\b",
    re.IGNORECASE,
)
_PERSON_ONLY = re.compile(r"是谁|谁是|谁担任|何人|主持人|姓名|\bwho\b", re.IGNORECASE)
_PERSON_EN = re.compile(
    r"\bwho\s+(?:is|was|are|were)\s+(?:the|a|an|its|their|current|then|present|now)\b|"
    r"\bwho'?s\s+(?:the|a|an|its|their|current|present)\b|"
    r"\bwho\s+(?:is|was)\s+(?:[a-z]{2,5}\s+)?(?:secretary|president|speaker|chair\w*|head|director|leader)\b|"
    r"\bwho\s+(?:will|would|is\s+going\s+to)\s+(?:preside|chair|head|lead|open)\b|"
    r"\bwho\s+(?:held|holds|occupied)\s+the\s+(?:presidency|chair\w*|post|office|position)\b|"
    r"\bwho\s+(?:currently\s+|now\s+)?"
    r"(?:heads|headed|chairs|chaired|presided|leads|led|serves|served)\b|"
    r"\b(?:chair\w*|head|president|speaker|leader)\s+(?:is\s+)?who\b|"
    r"\bname\s+of\s+the\s+(?:[\w-]+\s+)?(?:current\s+)?(?:president|secretary|chair\w*|speaker|head|director|"
    r"minister|official|person|representative)",
    re.IGNORECASE | re.ASCII,
)
# How a resolution was adopted (sponsors, votes) is in the meeting records, not in its text.
_VOTE_ZH = re.compile(
    r"提案国|共同提案|投票|表决|赞成票|反对票|弃权|票数|草案\S{0,10}提(?!交)|提(?!交)\S{0,3}草案|哪些国家提"
)
_VOTE_EN = re.compile(
    r"\b(?:sponsor\w*|co-?sponsor\w*|vot(?:e|es|ed|ing)|abstain\w*|abstention\w*)\b",
    re.I | re.ASCII,
)
_VOTE_TEXT = re.compile(
    r"提案国|投票|表决|赞成|反对票|弃权|\bvot(?:e|ed|ing)\b|sponsor", re.I | re.ASCII
)
_DAY_ZH = re.compile(
    r"哪一?天|哪几天|几月|(?<!第)几号(?!\s*(?:大会|联大|安理会)?\s*(?:决议|文件|议程|项目|报告))|哪一?个月|什么日期|具体日期|哪一?日|何月何日|年月日|确切\S{0,4}日期|"
    r"月份"
)
_DAY_EN = re.compile(
    r"\b(?:what|which)\s+(?:date|day|month)\b|\bon\s+what\s+day\b", re.I | re.ASCII
)
_YEAR_ZH = re.compile(r"哪一?年|什么年份|哪个年份|哪些年|哪几年|哪几个年份|哪些年份")
# "历届…分别于哪些年份": the years of a series, which one dated event does not answer.
_SEVERAL_YEARS = re.compile(
    r"哪些年|哪几年|哪几个年份|历届|历次|以往各|前几届|前面几届|之前几届|此前几届|往届|\bwhich\s+years\b",
    re.I | re.ASCII,
)
_YEAR_EN = re.compile(
    r"\b(?:what|which)\s+(?:years?|yrs?)\b|\bin\s+which\s+years\b", re.IGNORECASE | re.ASCII
)
# Where something happens: a place must be named ("纽约"), not just an event.
_PLACE_ZH = re.compile(
    r"在哪里|(?<=总部)放(?:在)?哪|[在于]哪一?个?(?:城市|国家|地方)|(?<![建假开增陈摆预架])(?:设于|设在|位于)哪(?!一?段|个段|部分)|哪(?:一|几)?(?:个|间|家|些)?(?:会议室|房间|酒店|宾馆|场馆|会场)|总部所在|所在(?:城市|地|国家?)\S{0,2}(?:哪|何|什么)|哪一?个城市|什么地方|何地|(?<!如)何处(?!理)|地点|会址|哪座城市|"
    r"签署地|签约地|签订地|举行地|召开地|"
    r"在哪(?=\s*$|\s*[？?。！!，,]|儿|开|召开|举行|办|签)|"
    # The host: "由哪一国议会承办".
    r"哪一?(?:个)?国(?:家)?\S{0,4}(?:承办|主办|举办|做东)|东道国|"
    # Who hosts: "决议说了谁主办吗", "主办方是谁".
    r"谁(?:来)?(?:主办|承办)|主办方|主办单位|承办方|承办单位|"
    # "点名了哪些冲突后国家": countries by name, which a category of countries does not give.
    r"点名(?:了)?(?:哪些|哪几个|哪个)[^，,。？?]{0,8}国家|具体(?:是)?哪(?:些|几个)国家"
)
_PLACE_EN = re.compile(
    r"^\s*where\b|\bwhere\s+(?:is|was|are|were|will|would|did|does|do)\b|"
    r"\b(?:which|what)\s+city\b|\bin\s+what\s+place\b|\bin\s+where\b",
    re.IGNORECASE | re.ASCII,
)
# "Where is it published / mentioned?" asks for a document or a paragraph, not a place.
_NOT_PLACE = re.compile(
    # "作用体现在哪里" asks in what respect, not where.
    # "落脚点在哪" asks what the point is.
    r"发表|刊登|公布|印发|查到|找到|提到|出现|写在|表述|措辞|原文|出处|体现在|表现在|"
    # "这个在哪儿说？", "这个在哪看": where in the text.
    r"在哪(?:里|儿)?(?:说|讲|写|提|看|找|查)|"
    r"\bwhere\s+in\s+(?:the|this)\s+(?:resolution|text|document)\b|"
    r"(?:落脚点|重点|关键|核心|要点|侧重点|着力点|着眼点|区别|差别|不同|难点|亮点|意义|价值)\S{0,2}在哪|\b(?:publish|find|found|mention|appear)\w*|"
    r"\b(?:stated|said|written|expressed|set\s+out|laid\s+out|addressed|covered|discussed|cited|quoted|"
    r"referenced)\b|"
    # "Where does it talk about…", "where does that come in": where in the text.
    r"\bwhere\s+(?:does|do|did)\s+(?:it|the\s+resolution|the\s+text|that|this|they|"
    r"the\s+(?:General\s+)?Assembly|the\s+GA)\s+"
    r"(?:talk|tell|say|speak|mention|discuss|deal|address|refer|come\s+in|cover|touch|ask|call|"
    r"urge|encourage|invite|recogni[sz]e|note|welcome|stress|reaffirm|endorse|recall|decide|request|"
    r"acknowledge|express|call\s+for|suggest|recommend)|"
    # "决议里说…是在哪里", "这种说法在哪": where in the text.
    r"说法|提法|(?:决议|文件|文中|文本)里\S?(?:说|讲)|(?:那|这|哪)一?段\S{0,2}在哪|"
    r"\bwhere\s+(?:does|do|did)\s+[^?]{0,60}?\bcome\s+in\b|"
    # "决议在哪里承认议会…": where in the text it does so.
    r"(?:决议|文件|文中|文本)\S{0,2}在哪(?:里|儿)?\S{0,2}(?:把|将|对|提|说|讲|承认|确认|强调|表示|写|"
    r"鼓励|邀请|呼吁|吁请|欢迎|回顾|注意|建议|决定|要求)",
    re.I | re.ASCII,
)
_QUOTES = re.compile(r"[“”‘’「」『』\"']")
# A room or hotel: only a text naming one answers it, not the city.
_VENUE_ASKED = re.compile(
    r"会议室|房间|酒店|宾馆|场馆|会场|\b(?:room|hotel|venue)s?\b", re.I | re.ASCII
)
# "序言提到的…分别在哪个城市举行": where an event is held, whatever else the question says.
_EVENT_PLACE = re.compile(
    r"(?:在哪里?|[在于]哪一?个?(?:城市|国家|地方)|何地|什么地方)\S{0,2}(?:举行|召开|开|举办|签)"
)
# "OP6 是不是就是那个…的条款？": the paragraph itself, not a clause of something it names.
_CLAUSE_ITSELF = re.compile(
    r"(?:就是|是不是|是否|指的是)[^？?。]{0,30}(?:条款|条文)|"
    # "有条款管吗": whether a paragraph covers it.
    r"有(?:没有)?(?:哪些?|什么)?(?:条款|条文)\S{0,2}(?:管|规定|涉及|提到|说|讲|针对|处理)|"
    r"(?:有无|有没有)(?:条款|条文)\s*[？?]?\s*$|"
    # "…挂得更紧的，是哪个条款？", "Which clause encourages…": which paragraph of this text.
    r"是哪(?:个|一个|一|条|一条)?(?:条款|条文)|"
    # "执行部分关于加强议会机构的条款": a paragraph of this text, by its subject.
    r"(?:执行部分|序言部分|决议|本决议)(?:中|里)?关于[^，,。？?]{1,20}的(?:条款|条文)|"
    r"\bwhich\s+clauses?\s+(?!of\b|in\s+the\s+(?:agreement|treaty|charter|convention)\b)"
    r"(?:[a-z]+s|say|says|said|deal|deals|call|calls|ask|asks|talk|talks|mention|mentions|is|does)\b|"
    # "Is there a clause about rule of law…": whether a paragraph covers it.
    r"\b(?:is|are)\s+there\s+(?:a|any)\s+clauses?\s+(?:about|on|that|which|dealing|covering|regarding|for)\b",
    re.IGNORECASE | re.ASCII,
)
# "在联合国举行议会听证会": where a meeting is held, even without a city.
_HELD_AT = re.compile(r"在[\u4e00-\u9fff]{2,12}?(?:举行|召开|分发)")
_SEAT = re.compile(
    r"总部|首都|\bheadquarters\b|\bNew\s+York\b|\bGeneva\b", re.IGNORECASE | re.ASCII
)
# Asking where a body sits ("议联总部在哪", "where is the IPU headquartered"): only that body's
# seat answers it, not the UN Headquarters where a conference meets.
_SEAT_ASKED = re.compile(
    r"总部|秘书处设在|设在哪|设于哪|\bheadquarter\w*|\bbased\b|\bseat\b", re.IGNORECASE | re.ASCII
)
# "第四届世界议长大会设在哪个城市": where an event is put, not a body's seat.
_EVENT_SET = re.compile(r"(?:大会|会议|听证会|峰会|论坛)\s*(?:设在|设于)")


def _asks_seat(question: str) -> bool:
    return bool(_SEAT_ASKED.search(question)) and not _EVENT_SET.search(question)


# How often: only a stated frequency answers it.
# "时间跨度是多久", "持续多久" ask how long, not how often.
_FREQUENCY_ZH = re.compile(
    r"(?<!跨度是)(?<!跨度有)(?<!持续)(?<!了)(?<!过去)(?<!相隔)(?<!相差)(?<!相距)(?<!间隔)多久(?!了|期间)|多长时间[^？?。，,]{0,8}一次|隔多长时间|频率|几年一次|"
    r"一年几次|每隔(?:几|多少|多久)|几年一(?:轮|次|届)|多久一(?:轮|次|届)"
)
_FREQUENCY_EN = re.compile(r"\bhow\s+often\b|\bhow\s+frequently\b", re.IGNORECASE | re.ASCII)
_FREQUENCY_TEXT = re.compile(
    r"每年|每两年|每\S{0,2}年|一年一度|(?<!普遍)定期|每届|每次|\bannual(?:ly)?\b|\bregular(?:ly)?\b|"
    r"\bevery\b",
    re.IGNORECASE | re.ASCII,
)
# How long something lasted ("合作了多久", "over how many years"): only a stated span ("过去两年")
# answers it, not a date.
_DURATION_ZH = re.compile(
    r"(?:了|跨度是|跨度有|持续|相隔|相差|相距|间隔)多久(?![^？?。，,]{0,8}一[次回])|多久了|"
    r"(?<!隔)多长时间(?![^？?。，,]{0,8}一[次回]|内|之内|以内)|(?:多少|几)年(?:了|来)"
)
_DURATION_EN = re.compile(
    r"\bhow\s+long\b|\bhow\s+many\s+(?:years|yrs)\b|\bfor\s+how\s+many\b", re.IGNORECASE | re.ASCII
)
_DURATION_TEXT = re.compile(
    r"(?<!\d)(?:\d{1,2}|[一二两三四五六七八九十几]+)\s*年(?!\s*\d)|若干年|多年|近年|\byears\b",
    re.IGNORECASE | re.ASCII,
)
# Which numbered session: a text must name one ("第七十届会议").
_SESSION_ZH = re.compile(r"(?:哪一?|第几)届")
_SESSION_EN = re.compile(r"\b(?:which|what)\s+session\b", re.IGNORECASE | re.ASCII)
# "第几届联大议程": a session of the Assembly, which a conference's edition (第四届世界议长大会)
# is not.
_ASSEMBLY_SESSION_ASKED = re.compile(r"(?:第几|哪一?)届\s*(?:联大|联合国大会|大会|会议|常会)")
_ASSEMBLY_SESSION_TEXT = re.compile(r"第\s*[\d一二三四五六七八九十百]+\s*届\s*(?:会议|常会)")
_SESSION_TEXT = re.compile(
    r"第\s*[\d一二三四五六七八九十百]+\s*届|\b\d+(?:st|nd|rd|th)\s+session\b", re.ASCII
)
# "通过了什么宣言": only a passage naming such an instrument answers it.
_INSTRUMENTS = "宣言|公约|条约|声明|议定书|宪章"
_INSTRUMENT_ZH = re.compile(
    rf"(?:什么|哪份|哪个|哪项|哪一份|哪一项|哪些)\s*(?P<noun>{_INSTRUMENTS})"
)
_INSTRUMENT_EN = re.compile(
    r"\b(?:what|which)\s+(?P<noun>declaration|convention|treaty|statement|protocol|charter)s?\b",
    re.IGNORECASE | re.ASCII,
)
_INSTRUMENT_TEXT = {
    "declaration": "宣言",
    "convention": "公约",
    "treaty": "条约",
    "statement": "声明",
    "protocol": "议定书",
    "charter": "宪章",
}
# How to apply, join or register: only a passage setting out such a procedure answers it.
_PROCEDURE_ZH = re.compile(
    r"(?:怎么|如何|怎样)(?:申请|加入|报名|注册|办理)|申请(?:程序|流程|手续|条件)|"
    r"(?:怎么|如何|怎样)\S{0,4}(?:成为|当上)\S{0,12}(?:成员|会员)|"
    r"具体程序|(?:批准|申请|加入|审批)\S{0,8}(?:程序|步骤|流程)|"
    # "想进…委员会，需要走什么程序": how to join, which the text never says.
    r"(?:走|办)(?:什么|哪些|啥)(?:程序|手续|流程)|(?:想进|进入|加入)\S{0,16}(?:什么|哪些)(?:程序|手续|流程|条件)|"
    r"加入\S{0,6}(?:程序|手续|流程|条件|门槛)|加入\S{0,6}?要?(?:怎么|如何|怎样)(?:弄|办|做)|报名|"
    r"(?:什么|哪些|何种|哪种)(?:管道|渠道|途径|门路)\S{0,4}(?:申请|加入|成为)"
)
_PROCEDURE_EN = re.compile(
    r"\bhow\s+(?:do|can|does|should|would)\s+\S+(?:\s+\S+){0,3}?\s+"
    r"(?:apply|join|register|sign\s+up|enrol|enroll)\b|\bapply\s+for\b|\bapplication\s+process\b|"
    r"\bhow\b.{0,40}\bbecome\s+(?:a\s+)?member\b",
    re.IGNORECASE | re.ASCII,
)
_PROCEDURE_TEXT = re.compile(
    r"申请|手续|程序|报名|成员资格|会员资格|\bappl(?:y|ication)\b|\bmembership\b", re.I | re.ASCII
)
# "第几号议程项目", "哪项具体决议", "which resolution": only a passage with such a numbered thing
# ("第 57/32 号决议") answers it; the text's symbols are resolutions and documents.
_NUMBERED_ZH = re.compile(
    r"第?几号\s*(?:大会|联大|安理会)?(?P<noun>[\u4e00-\u9fff]{2})|"
    # "议程项目编号是多少": the text numbers no agenda item.
    r"议程项目\S{0,2}(?:编号|号码|第几项)|"
    r"(?:哪|那)(?:一|几)?(?:项|份|个|号)\s*(?:具体的?)?(?:大会)?决议"
)
_NUMBERED_EN = re.compile(
    r"\b(?:which|what)\s+(?:(?:specific|particular|earlier|previous|prior|GA|UNGA|HRC|SC|"
    r"General\s+Assembly|Human\s+Rights\s+Council|Security\s+Council)\s+)*"
    r"(?:resolutions?|res)\b(?!\s+(?:says?|said|do|does|talks?|tells?|mentions?|thinks?)\b)|"
    r"\bresolution\s+number\b|\bres(?:olution)?\.?\s+no\b|"
    r"\bnumber\s+of\s+(?:the|that|this)\s+resolution\b|"
    r"\bagenda\s+item\s+(?:number|no)\b|\bnumber\s+of\s+the\s+agenda\s+item\b",
    re.IGNORECASE | re.ASCII,
)
# A share or quota ("女性议员的最低配额比例", "what percentage"): only a stated share answers it.
_PROPORTION_ZH = re.compile(
    r"(?:比例|百分比|占比|份额)\S{0,4}(?:是多少|多少|多大|几成)|(?:最低|至少|多少)\S{0,4}比例|"
    r"百分之几|配额|比例\S{0,2}目标|目标比例|具体的?(?:百分比|比例)|"
    # A percentage the question puts forward ("例如30%") is one the text must give.
    r"(?:\d|几|多少)\s*[%％]|百分之[一二三四五六七八九十]"
)
_PROPORTION_EN = re.compile(
    # "raising the share of women MPs" asks about raising it, not for a figure.
    r"\bpercent(?:age)?s?\b|\bproportions?\b|\bquotas?\b|"
    r"(?<!raising\sthe\s)(?<!increasing\sthe\s)(?<!raise\sthe\s)(?<!increase\sthe\s)\bshare\s+of\b",
    re.I | re.ASCII,
)
_PROPORTION_TEXT = re.compile(r"\d\s*[%％]|百分之|比例|配额|\bpercent|\bquota", re.I | re.ASCII)
# What an office-holder said: a resolution quotes no one, so only a text reporting a statement
# answers it ("秘书长的报告" is a document, not a speech).
_SPEECH_ZH = re.compile(
    r"(?:主席|秘书长|议长|总统|总理|部长|大使)(?!的?报告)\S{0,12}?(?:说了什么|讲了什么|说了些什么|的发言|的讲话|的致辞|(?:讲话|发言)的?原[话文])"
)
_SPEECH_EN = re.compile(
    r"\bwhat\s+did\s+(?:the\s+)?(?:president|secretary|speaker|chair|minister)\w*\b.{0,40}\bsay\b",
    re.IGNORECASE | re.ASCII,
)
_SPEECH_TEXT = re.compile(r"发言|讲话|致辞|\bstatement\b|\bspeech\b", re.IGNORECASE | re.ASCII)
# Whether a text binds, and what follows if it is not carried out: only a text saying so answers.
_BINDING_ZH = re.compile(
    # "具有拘束力的“决定”形式，还是…“建议”": the verb's force, which the verb itself shows.
    r"(?:有没有|有无|是否有|是否具有|具不具有)\S{0,4}拘束力|拘束力(?:吗|么|如何|怎样)|"
    r"约束力|法律效力|制裁|惩罚|处罚|罚则|强制执行|(?:什么|哪些|有何)后果"
)
_BINDING_EN = re.compile(r"\bbinding\b|\bsanction\w*|\bpenalt\w*|\benforce\w*", re.I | re.ASCII)
# "What is the operative verb …, and does it carry binding force?": the verb shows the force.
_VERB_ASKED = re.compile(r"\b(?:operative|opening)\s+verbs?\b|动词", re.I)
_BINDING_TEXT = re.compile(
    r"约束力|拘束力|法律效力|制裁|惩罚|处罚|强制|\bbinding\b|\bsanction|\bpenalt|\benforce",
    re.I | re.ASCII,
)
# When a body was founded.
# "要成立一个联合机构" proposes a body; it does not ask when one was founded.
# "全国人大是哪一年加入议联的": when a member joined is as much the body's history.
_FOUNDING_ZH = re.compile(
    r"(?<![要将拟议])(?:成立|创立|创建|创办|诞生)(?!一|新的?|专门)|"
    r"(?:哪一?年|什么时候|何时|几时)\S{0,3}加入|加入\S{0,12}(?:哪一?年|什么时候|何时|几时)"
)
_FOUNDING_EN = re.compile(r"\bfounded\b|\bfounding\b|\bestablished\s+in\b", re.I | re.ASCII)
_FOUNDING_TEXT = re.compile(
    r"成立|创立|创建|创办|诞生|加入|\bfounded\b|\bfounding\b", re.I | re.ASCII
)
# A named procedural right ("提案权", "right of reply"): only a text naming it answers.
_RIGHT_ZH = re.compile(
    # "还赋予其哪些具体权利": rights in general, which only a text granting rights answers.
    r"(?:提案|答辩|表决|投票|发言|否决|选举|动议|参会)权|(?:哪些|什么|何种|哪几项)(?:具体)?的?权利|特权|豁免"
)
_RIGHT_EN = re.compile(
    r"\bright\s+(?:of\s+reply|to\s+(?:vote|speak|propose|reply))\b|\bvoting\s+rights?\b",
    re.I | re.ASCII,
)
# What a meeting came to: only a text reporting its outcome answers it, not one preparing it
# ("2015年那届世界议长大会最后开得怎么样，有啥成果？" is not answered by op-5's preparations).
_OUTCOME_ZH = re.compile(
    r"(?:最后|最终|后来)[^，,。？?]{0,8}?(?:通过的|通过了|adopt|取得|达成|开得|开出)|开得怎么样|"
    r"有(?:什么|啥)成果|(?:成果|结果|outcome)\s*(?:是什么|什么|怎么样|是啥|如何\s*[？?]?\s*$)|成果文件|"
    r"开完[^，,。？?]{0,4}成果|成果出来|(?:最后|最终)\S{0,3}通过\S{0,3}(?:宣言|成果文件)"
)
_OUTCOME_EN = re.compile(
    r"\bwhat\s+(?:was|were)\s+the\s+(?:final\s+|eventual\s+|actual\s+)?(?:outcome|result)s?\b|"
    r"\bwhat\s+did\s+(?:it|the\s+conference|the\s+meeting)\s+(?:achieve|produce)\b|"
    r"\bhow\s+did\s+(?:it|the\s+conference|the\s+meeting)\s+go\b|"
    r"\badopt\w*\s+(?:a|any)\s+(?:declaration|outcome\s+document)\b|"
    r"\badopt\w*\s+in\s+its\s+(?:declaration|outcome\s+document)\b",
    re.I | re.ASCII,
)
_ORDINAL_INSTANCE = re.compile(r"第[一二三四五六七八九十]+届")
_OUTCOME_TEXT = re.compile(r"(?:大会|会议)的?成果|成果文件")
_MEETING_NAMED = re.compile(
    r"大会|会议|峰会|论坛|听证会|发展议程|\b(?:conference|meeting|summit|forum)s?\b", re.I
)
# How to reach someone: only contact details answer it ("国家工作队负责人怎么联系？有邮箱吗").
_CONTACT_ZH = re.compile(
    r"(?:怎么|如何|怎样)联系|联系方式|联系人|联络人|邮箱|电子邮件|邮件地址|电话号码|联系电话|"
    r"手机号|传真|热线|网址"
)
_CONTACT_EN = re.compile(
    r"\bcontact\s+(?:details|person|information|info|them|him|her)\b|\bhow\s+(?:do|can)\s+(?:I|we)\s+"
    r"(?:contact|reach)\b|\be-?mail\s+address\b|\bphone\s+number\b|"
    r"\b(?:postal\s+|street\s+)?address\s+of\b|\bwhat\s+is\s+(?:the|its)\s+address\b",
    re.I | re.ASCII,
)
_CONTACT_TEXT = re.compile(r"邮箱|电话|传真|@|https?://|www\.|联系方式", re.I | re.ASCII)
# A meeting's theme: only a text naming one ("题为…") answers it.
_THEME_ZH = re.compile(
    r"(?:具体|什么|哪个|何种)主题(?!方面|领域)|(?:主题|议题)词?(?:是|为)(?:什么|啥|何)|"
    # "哪些主题…要一起工作": the areas of work, which the text lists.
    r"哪些主题(?!方面|领域|[^，。？?]{0,30}(?:合作|一起|共同|协作|工作|携手))|"
    # "世界议长大会最后通过的宣言标题是什么": another document's title, which only a text
    # giving a title (题为“…”) answers.
    r"(?:宣言|报告|协定|成果文件)的?(?:标题|题目)|号决议的?(?:全称|正式|名称)?(?:标题|题目)"
)
_THEME_EN = re.compile(
    r"\b(?:what|which)\s+(?:was\s+|is\s+|were\s+)?(?:the\s+)?themes?\b|"
    r"\btitle\s+of\s+(?:the|its|that)\s+(?:[\w'’-]+\s+){0,3}(?:declaration|report|agreement|outcome)",
    re.I | re.ASCII,
)
# "合作应当涵盖哪些主题": the areas of work, after the work is named.
_THEMES_OF_WORK = re.compile(r"(?:合作|协作|一起|共同|携手)[^，。？?]{0,10}哪些主题")
_THEME_TEXT = re.compile(r"主题|题为|\btheme|\bentitled\b", re.I | re.ASCII)
# How old someone must be: only a text giving ages answers it.
_AGE_ZH = re.compile(r"年龄|几岁|岁数|多大岁|岁以[上下]|年纪")
_AGE_EN = re.compile(
    r"\bage\s+(?:limit|requirement|range|bracket)s?\b|\bhow\s+old\b|"
    r"\b(?:minimum|maximum)\s+(?:or\s+(?:minimum|maximum)\s+)?age\b",
    re.I | re.ASCII,
)
_AGE_TEXT = re.compile(r"\d\s*岁|岁以[上下]|年龄|\baged?\b", re.I | re.ASCII)
# By when something must be done: a session, or a date with "before" (the 1996 agreement's
# date is when it was signed, not a deadline).
_DEADLINE_ZH = re.compile(
    r"期限|截止|最后期限|限期|时限|时间表|时间节点|(?:何时|什么时候|哪一?年|何年|哪一?天|几月|几号)(?:之前|以前)|"
    r"(?:预定|预计|计划|打算)\S{0,3}(?:何时|什么时候|哪一?年|何年)"
)
_DATE_ASKED = re.compile(r"日期|哪一?天|几月几[日号]|\bdue\s+date\b|\bdate\b", re.I | re.ASCII)
# "赶deadline" is the reader's own hurry.
_DEADLINE_EN = re.compile(
    r"(?<!赶)(?<!赶 )\bdeadline\b|\bby\s+when\b|\bdue\s+date\b", re.I | re.ASCII
)
_BEFORE_TEXT = re.compile(
    r"之前|以前|前(?:完成|提交|举行)|截至|截止|不迟于|\b(?:by|before)\b", re.I | re.ASCII
)
# When something happens or happened: a year, a date, a session or a frequency answers it
# ("A/68/827是什么时候发布的" is not answered by "过去两年中").
_WHEN_ZH = re.compile(r"什么时候|何时|几时")
_WHEN_EN = re.compile(
    r"^\s*when\b|\bwhen\s+(?:was|is|will|did|does|do|were|are|would|should)\b", re.I | re.ASCII
)
_FIRST_TIME = re.compile(
    r"首次|第一次|头一次|最早|\bfirst\s+(?:time|ever|annual|meeting|exchange)\b", re.I | re.ASCII
)
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
_DAY = re.compile(rf"[\d一二三四五六七八九十]+\s*月|\b(?:{_MONTHS})\b", re.IGNORECASE | re.ASCII)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_NUMERAL = r"(?:\d[\d,.]*|[一二两三四五六七八九十百千万亿]+)"
_AMOUNT = re.compile(
    rf"(?<![第\d/]){_NUMERAL}\s*[多余]?\s*(?P<unit>[{_COUNTER}]|%|％|美元|欧元|元|万|亿|千|百)"
)
# Kinds of things a paragraph lists ("在…、…、…等领域"), which a count of them is answered by.
_CATEGORY_ASKED = re.compile(
    r"(?:领域|方面|议题|主题|事项)\S{0,4}(?:多少|几)[个项种]?|(?:多少|几)[个项种](?:领域|方面|议题|主题|事项)"
)
_ASKED_COUNTER = re.compile(rf"(?:多少|几)(?P<unit>[{_COUNTER}])")
_TITLE_OF_PERSON = re.compile(r"先生|女士|阁下|\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]", re.ASCII)
# Where a counted noun starts after its number ("两个组织", "190 多个成员议会").
_NOUN_SPAN = 6


# Matches nothing: for a kind one language alone asks this way.
_NEVER = re.compile(r"(?!)")
_CHECKS: tuple[tuple[AnswerType, re.Pattern[str], re.Pattern[str]], ...] = (
    ("contact", _CONTACT_ZH, _CONTACT_EN),
    ("money", _MONEY_ZH, _MONEY_EN),
    ("proportion", _PROPORTION_ZH, _PROPORTION_EN),
    ("duration", _DURATION_ZH, _DURATION_EN),
    ("quantity", _QUANTITY_ZH, _QUANTITY_EN),
    ("quantity", _NUMBER_CHECKED, _NEVER),
    ("person", _PERSON_ZH, _PERSON_EN),
    ("vote", _VOTE_ZH, _VOTE_EN),
    # Before day and year: "成立于哪一年" asks for a founding, "什么期限" for a deadline.
    ("founding", _FOUNDING_ZH, _FOUNDING_EN),
    ("deadline", _DEADLINE_ZH, _DEADLINE_EN),
    ("day", _DAY_ZH, _DAY_EN),
    ("year", _YEAR_ZH, _YEAR_EN),
    ("frequency", _FREQUENCY_ZH, _FREQUENCY_EN),
    ("session", _SESSION_ZH, _SESSION_EN),
    ("place", _PLACE_ZH, _PLACE_EN),
    ("instrument", _INSTRUMENT_ZH, _INSTRUMENT_EN),
    ("procedure", _PROCEDURE_ZH, _PROCEDURE_EN),
    ("numbered", _NUMBERED_ZH, _NUMBERED_EN),
    ("speech", _SPEECH_ZH, _SPEECH_EN),
    ("clause", _CLAUSE_ZH, _CLAUSE_EN),
    ("composition", _COMPOSITION_ZH, _COMPOSITION_EN),
    ("now", _NOW_ZH, _NOW_EN),
    ("age", _AGE_ZH, _AGE_EN),
    ("theme", _THEME_ZH, _THEME_EN),
    ("outcome", _OUTCOME_ZH, _OUTCOME_EN),
    ("binding", _BINDING_ZH, _BINDING_EN),
    ("right", _RIGHT_ZH, _RIGHT_EN),
    # Last: a plainer "when" than any kind above.
    ("when", _WHEN_ZH, _WHEN_EN),
)


_CLAUSE_END = re.compile(r"([^，,。；;？?！!]+)([，,。；;？?！!]?)")
_FIRST_PERSON = re.compile(r"我们|咱们|我国|本国|我|\b(?:we|our|I)\b")


def _counts_own_list(question: str) -> bool:
    if _COUNT_OF_TEXT.search(question):
        return True
    return bool(_LISTED.search(question) and _TEXT_NAMED.search(question))


def _readers_own_time(question: str, zh: re.Pattern[str], en: re.Pattern[str]) -> bool:
    """``我们议会明年要过UPR，决议里…``, ``我需要确认一下时间节点``: the time named is the reader's
    own plan or need, beside a clause that asks (``我们省人大明年的立法计划应当怎么安排`` asks
    about that year)."""
    clauses = [m for m in _CLAUSE_END.finditer(question) if m.group(0).strip()]
    timed = [m for m in clauses if zh.search(m.group(1)) or en.search(m.group(1))]
    asking = [m for m in clauses if m.group(2) in "？?" and m.group(2)]
    if not timed or not asking:
        return False
    return all(_FIRST_PERSON.search(m.group(1)) and m not in asking for m in timed)


def asked_type(question: str) -> AnswerType:
    """The kind of fact a question asks for, when it is one a passage may lack.

    :param question: The question.
    :returns: ``quantity`` (多少, how many, budget), ``person`` (是谁, who was the ...),
        ``vote`` (提案国, sponsors, votes), ``day`` (哪一天, which month), ``year`` (哪一年), or
        ``""``.
    """
    # "第十二段“吁请”的是谁": quotation marks are no words.
    question = _QUOTES.sub("", question)
    for kind, zh, en in _CHECKS:
        if zh.search(question) or en.search(question):
            if (
                kind == "place"
                and _NOT_PLACE.search(question)
                and not _EVENT_PLACE.search(question)
                and not _asks_seat(question)
            ):
                continue
            if kind == "clause" and _CLAUSE_ITSELF.search(question):
                continue
            if kind == "binding" and _VERB_ASKED.search(question):
                continue
            if kind in ("now", "deadline") and _readers_own_time(question, zh, en):
                continue
            if kind == "outcome" and not _MEETING_NAMED.search(question):
                continue
            if kind == "theme" and _THEMES_OF_WORK.search(question):
                continue
            if kind == "person" and _not_a_person(question):
                continue
            if kind == "quantity" and (
                _SYMBOL_ASKED.search(question)
                or _FREQUENCY_ZH.search(question)
                or (not zh.search(_CONDITION.sub("", question)) and not en.search(question))
                or (_counts_own_list(question) and not _INSIDE_OTHER.search(question))
            ):
                continue
            return kind
    return ""


def without_type_words(question: str, kind: AnswerType) -> str:
    """A question without the words saying what kind of fact it asks for, which name no topic
    (``有冇deadline？`` is not the Millennium goals' target date).

    :param question: The question.
    :param kind: From :func:`asked_type`.
    :returns: The rest of the question.
    """
    for checked, zh, en in _CHECKS:
        if checked == kind:
            return en.sub(" ", zh.sub(" ", question))
    return question


_CLAIM = re.compile(
    r"对吗|对不对|属实|准确吗|是真的吗|是不是真的|没错吧|有这回事吗|对吧\s*[？?]|是不是这个意思|"
    r"\bam\s+I\s+right\b|,\s*right\s*\?|\bcorrect\s*\?\s*$|"
    # "是不是定在2016年开？…到底哪年？": a year put forward to be checked.
    r"(?:是不是|是否|难道)[^，,。？?！!]{0,12}\d{4}\s*年|"
    # "合作协定是1998年签订的吧？请核实。": a year put forward, to be checked.
    r"\d{4}\s*年[^，,。？?！!]{0,8}吧\s*[？?]|请核实|核实一下|帮我核对|"
    # "报道说…，原文到底是第几届？": a report's claim to check against the text.
    r"(?:报道|稿子|稿件|草稿|初稿|通稿|文章|媒体|新闻|网上|网传|有人|同事|据说|听说|传言|帖子|自媒体|微博|"
    r"朋友圈|推文|博主|视频)\S{0,3}(?:说|称|声称|宣称|写|提到|表示)|"
    # "老张非说…在日内瓦开": a neighbour's insistence.
    r"(?:非说|硬说|偏说|一口咬定|坚持说|非要说)|我(?:之前|原来|还|本来)以为|"
    # "帖子里写的是“安理会”，我想核实下": a claim the reader checks.
    r"(?:核实|核对|求证|辟谣|查证)一?下?\s*[。？?！!]?\s*$|"
    r"真是[^，,。？?！!]{1,12}吗|"
    # "定在哪开？不会又是日内瓦吧？": a guess put forward.
    r"(?:不会|该不会|莫非)(?:又|也|还)?是[^，,。？?！!]{1,12}吧|"
    r"\bis\s+(?:it|that|this)\s+(?:true|right|correct|accurate)\b|\btrue\s+that\b|"
    r"\breally\s+say\b",
    re.IGNORECASE,
)


_OFFERED_PLACE = re.compile(r"是不是在|是否在")


# "是不是定在日内瓦开？": a place put forward to be checked.
_PLACE_PUT_FORWARD = re.compile(
    r"(?:是不是|是否|难道)\s*(?:定在|选在|放在|在)[^，,。？?！!]{1,8}(?:开|举行|召开|举办|签)"
)


def puts_place_forward(question: str) -> bool:
    """Whether a question puts a place forward to be checked (``是不是定在日内瓦开？``): when the
    text never names it, the text's own words on the topic answer.

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_PLACE_PUT_FORWARD.search(question))


def checks_claim(question: str) -> bool:
    """Whether a question checks a claim about the text (``据说…，对吗？``, "Is it true that…").

    :param question: The question.
    :returns: True when it does.
    """
    # "在哪个城市开？是不是在日内瓦开？": a place put forward beside the question asking for one.
    offers_place = _OFFERED_PLACE.search(question) and asked_type(question) == "place"
    return bool(_CLAIM.search(question) or offers_place)


def _not_a_person(question: str) -> bool:
    """A body's name or a paragraph's addressee, asked in a person question's words."""
    named_body = _NAMED_BODY.search(question) and not _PERSON_ONLY.search(question)
    return bool(named_body or _ADDRESSEE.search(question))


def asks_vote(question: str) -> bool:
    """Whether a question asks how a resolution was adopted (votes, sponsors), whatever else it
    asks for (``多少票赞成``).

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_VOTE_ZH.search(question) or _VOTE_EN.search(question))


def asks_several_years(question: str) -> bool:
    """Whether a question asks for the years of a series (``历届…分别是哪几年``).

    :param question: The question.
    :returns: True when it does.
    """
    return bool(_SEVERAL_YEARS.search(question))


def holds(
    kind: AnswerType,
    text: str,
    asked: str,
    names: Iterable[str] = (),
    places: Iterable[str] = (),
) -> bool:
    """Whether a passage can answer a question asking for a fact of some kind.

    :param kind: From :func:`asked_type`.
    :param text: The passage.
    :param asked: The question with its Chinese query terms: a quantity must count something
        it names (the text's "两个组织" does not answer how many member parliaments there are).
    :param names: People's names the passage contains (from the segmenter's dictionary).
    :param places: Place names the passage contains (from the segmenter's dictionary).
    :returns: True when the passage has such a fact (always for ``""``).
    """
    if kind == "quantity":
        # "多少项活动" is not answered by "一份报告": a counter the question names must match
        # (个, the general one, matches any).
        named = _ASKED_COUNTER.search(asked)
        wanted_unit = named.group("unit") if named else "个"
        if wanted_unit in "次届" and len(set(_YEAR.findall(text))) >= 2:
            return True  # "开过几次？" is answered by the years it was held
        if "年份" in asked and len(set(_YEAR.findall(text))) >= 2:
            return True  # "写了几个年份" is answered by the years it names
        if _CATEGORY_ASKED.search(asked) and len(re.findall("[、；]", text)) >= 2:
            return True  # "第4段的领域有几个？" is answered by counting its list
        for match in _AMOUNT.finditer(text):
            if text[: match.start()].rstrip().endswith("第"):
                continue  # an ordinal ("第 86 次"), not an amount
            if re.match(r"一\s*[个种]", match.group(0)):
                continue  # an article ("一个议会构成部分"), not a count
            if "个" not in (wanted_unit, match.group("unit")) and wanted_unit != match.group(
                "unit"
            ):
                continue
            counted = re.sub(r"\s+", "", text[match.end() : match.end() + _NOUN_SPAN])[:2]
            # "多少个成员国会" counts members: the text's "两个组织" does not answer it.
            noun = asked[named.end() : named.end() + _NOUN_SPAN] if named else asked
            if len(counted) == 2 and counted in asked and (counted in noun or noun[:2] in counted):
                return True
        return False
    if kind == "money":
        return bool(_MONEY_TEXT.search(text))
    if kind == "person":
        return bool(_TITLE_OF_PERSON.search(text)) or any(True for _ in names)
    if kind == "place":
        if _VENUE_ASKED.search(asked):
            return bool(_VENUE_ASKED.search(text))
        if _asks_seat(asked):
            return _seat_named(text, asked)
        held_at = _HELD_AT.search(re.sub(r"\s+", "", text))
        return bool(_SEAT.search(text) or held_at) or any(True for _ in places)
    if kind == "frequency":
        return bool(_FREQUENCY_TEXT.search(text))
    if kind == "duration":
        # "签了多少年了" is answered by the year it was signed.
        return bool(_DURATION_TEXT.search(text) or _YEAR.search(text))
    if kind == "session":
        if _ASSEMBLY_SESSION_ASKED.search(asked):
            return bool(_ASSEMBLY_SESSION_TEXT.search(text))
        return bool(_SESSION_TEXT.search(text))
    if kind == "procedure":
        return bool(_PROCEDURE_TEXT.search(text))
    if kind == "instrument":
        return any(noun in text for noun in instruments_asked(asked))
    if kind == "numbered":
        return _numbered(text, asked)
    if kind == "proportion":
        return bool(_PROPORTION_TEXT.search(text))
    if kind == "now":
        return bool(_NOW_TEXT.search(text))
    if kind == "composition":
        return bool(_COMPOSITION_TEXT.search(text))
    if kind == "clause":
        return bool(_CLAUSE_TEXT.search(text))
    if kind == "speech":
        return bool(_SPEECH_TEXT.search(text))
    if kind == "binding":
        return bool(_BINDING_TEXT.search(text))
    if kind == "founding":
        return bool(_FOUNDING_TEXT.search(text))
    if kind == "right":
        wanted = {
            m.group(0) if m.group(0).endswith("权") else "权利" for m in _RIGHT_ZH.finditer(asked)
        }
        return any(right in text for right in wanted) or bool(_RIGHT_EN.search(text))
    if kind == "deadline":
        dated = _YEAR.search(text) or _DAY.search(text)
        # "在第七十届会议下提交报告，有没有规定截止日期？": a date, which the session is not.
        by_session = _SESSION_TEXT.search(text) and not _DATE_ASKED.search(asked)
        return bool(by_session or (dated and _BEFORE_TEXT.search(text)))
    if kind == "age":
        return bool(_AGE_TEXT.search(text))
    if kind == "theme":
        return bool(_THEME_TEXT.search(text))
    if kind == "contact":
        return bool(_CONTACT_TEXT.search(text))
    if kind == "outcome":
        # "2015年世界议长大会的成果", "第四届…开得怎么样": that instance's, not earlier ones'.
        instances = _YEAR.findall(asked) + _ORDINAL_INSTANCE.findall(asked)
        return bool(_OUTCOME_TEXT.search(text)) and all(n in text for n in instances)
    if kind == "day":
        return bool(_DAY.search(text))
    if kind == "vote":
        return bool(_VOTE_TEXT.search(text))
    if kind == "when":
        # "首次交流在何时" asks for one date, which "每年" does not give.
        recurring = not _FIRST_TIME.search(asked) and _FREQUENCY_TEXT.search(text)
        return bool(
            _YEAR.search(text) or _DAY.search(text) or _SESSION_TEXT.search(text) or recurring
        )
    if kind == "year":
        years = {y.group(0) for y in _YEAR.finditer(text)}
        return len(years) >= (2 if _SEVERAL_YEARS.search(asked) else 1)
    return True


def _numbered(text: str, asked: str) -> bool:
    """Whether a passage numbers the kind of thing asked (a resolution, unless the question
    names another noun after 第几号)."""
    named = _NUMBERED_ZH.search(asked)
    noun = named.group("noun") if named and named.group("noun") else "决议"
    if named and named.group(0).startswith("议程项目"):
        noun = "项目"
    if noun == "决议":
        return bool(re.search(r"\d\s*/\s*\d|\bA/RES\b", text))
    compact = re.sub(r"\s+", "", text)
    return bool(
        re.search(rf"号{noun}|{noun}[\u4e00-\u9fff]{{0,2}}[\d一二三四五六七八九十]+号?", compact)
    )


def strip_seat(question: str) -> str:
    """A seat question without its seat word, for finding whose seat it asks about (the
    glossary reads "headquarters" alone as the UN's).

    :param question: The question.
    :returns: The question unchanged when it asks for no seat.
    """
    return _SEAT_ASKED.sub(" ", question)


def _seat_named(text: str, asked: str) -> bool:
    """Whether a passage names the seat of a body the question names (``联合国总部``)."""
    compact = re.sub(r"\s+", "", text)
    owners = [w for w in asked.split() if len(w) >= 2 and not w.isascii()]
    return any(f"{owner}总部" in compact for owner in owners)


def instruments_asked(question: str) -> list[str]:
    """The kinds of instrument a question asks for, as the Chinese text names them.

    :param question: The question (with its query terms).
    :returns: ``宣言``, ``公约``, … (empty when it asks for none).
    """
    found = [m.group("noun") for m in _INSTRUMENT_ZH.finditer(question)]
    found += [_INSTRUMENT_TEXT[m.group("noun").lower()] for m in _INSTRUMENT_EN.finditer(question)]
    return found
