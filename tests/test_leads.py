"""Answers lead with the figure, date, name or list the question asks for."""

from __future__ import annotations

import pytest

from index.answering.engine import Engine


@pytest.mark.parametrize(("question", "lead"), [
    ("省委督导组有多少个,由多少人组成?", "170人组成16个省委督导组"),
    ("有多少位省领导选择了活动联系点?", "19位省领导"),
    ("市县乡镇派出了多少个指导组?", "11697个"),
    ("暗訪組暗訪了多少個縣?", "50个"),
    ("软弱涣散基层党组织里,由乡镇负责同志兼第一书记的有几个?", "1602个"),  # a part: the figure after 其中
    ("全省 contact points 总共多少个", "5322个"),  # contact points: English words for 联系点
    ("来安县的手册建起了干群之间的啥?", "“连心桥”"),
    ("活动联系点一共有多少个?", "5322个"),
    ("省委督导组有几个人", "170人"),  # 几个人 counts people
    ("征求意见三点三万条是哪个市", "芜湖市"),  # one place asked: the one the sentence names (万条 is the figure's)
    ("在哪个县开展了逆向测评?", "庐江县"),
    ("活动联系点个数", "5322个"),  # 个数: a count of the thing named before it
    ("王学军是谁", "省长"),  # who a named person is: the post before the name
    ("合肥开展了几个专项行动?", "四个专项行动"),  # a count the report writes in words
    ("七十多万条意见建议那个数准确是多少", "75.6万余条"),  # 那个数: that figure; 准确 says how exactly
    ("督导组人数具体是多少", "170人"),  # 人数…是多少: one figure asked
    ("四千三百九十五个问题里还有多少个在整改?", "1253个正积极整改中"),  # those still under way
    ("李锦斌是什么官", "省委副书记"),  # counted: the thing named before 一共有  # the name standing where the question puts 啥
    ("芜湖搭建了政情民意的什么?", "“直通车”"),
    ("第一批活动单位查摆的四风问题整改完了多少?", "3142个整改完毕"),
    ("培训了多少名基层党组织书记?", "44900多人"),
    ("刘云山什么时候来安徽调研?", "3月25日至27日"),
    ("省里组成了几个暗访组?", "8个"),
    ("小四风是指什么?", "吃喝风、红包风、赌博风、走读风"),
    ("四面镜子指的是什么?", "理论理想、党章党纪、民心民声、先辈先进"),
    ("合肥市开展了哪四个专项行动?", "正风肃纪、为民服务、除弊祛垢、固本强基"),
    ("庐江县用什么办法找准四风问题?", "量化指标、匿名征集、逆向测评、引导提示"),
    ("这篇报道的记者是谁?", "黄永礼"),
    ("这篇报道是哪天发表的?", "2014-05-07"),
    ("这篇报道的发表时间是什么?", "2014-05-07"),  # a date named by the field, whatever the question word
    ("本文的發表時間為何?", "2014-05-07"),  # written style: …為何? at the end asks what it is, not why
    ("这篇综述写的是第几批活动的哪个环节", "第二批、第一环节"),  # two things asked of the title: both
    ("这篇文章的来源是哪里?", "安徽日报"),
    # figures given in a row for a list (市、县两级 … 3800多条和21500多条): the one in the item's place
    ("县级领导班子及成员四风意见梳理了多少条?", "21500多条"),
    ("市级领导班子及成员四风意见梳理出多少条?", "3800多条"),
    ("市县两级领导班子的四风意见梳理出了多少条", "3800多条和21500多条"),  # every item named: the whole row
    ("市县派的督导组有多少个?", "1264个"),
    ("一共多少个省领导搞联系点?", "19位省领导"),  # 个 asked, the count of 省领导 is in 位
    ("省委督导组开了多少场座谈会?", "462场"),  # 场 asked: not 820次
    ("省委副书记是哪位?", "李锦斌"),  # the name after 省委副书记, not after 省委书记
    ("来安县编发了什么手册?", "《便民服务手册》"),
    ("来安县建起了什么桥?", "“连心桥”"),  # a kind in one character: the quoted name of that kind, not the title before it  # the kind asked is in the title
    ("省委派了十六个督导组,总共抽了几个人?", "170人"),  # not the figure the question states
    ("第一批问题还有多少个没整改完?", "1253个正积极整改中"),  # those not finished: the figure of those under way
    ("第一批问题改完了多少?", "3142个整改完毕"),
    ("暗访组暗访了多少个地方?", "16个省辖市和50个县"),  # places counted, of every level in the row
    ("每个省领导各联系几个地方?", "1个省辖市"),  # a one-character word (省) weighs little in picking the sentence
    ("县委班子至少要搞几次专题讨论?", "3次以上"),  # 次 asked: not 5天以上 (以上 is no part of the measure word)
    ("有多少位省领导各自挑了一个省辖市或省直管县作为联系点?", "19位省领导"),  # 位 asked before 省领导, not read as part of a word 位省
    ("暗访覆盖县数?", "50个"),  # a count of places of the level asked
    ("暗访去了多少个市?", "16个"),  # 市 ↔ 16个省辖市, not 8个暗访组
    ("三千一百来个问题已经整改完了?", "3142个"),  # a rough claim: the figure it roughly is
    ("第一批问题里已经改正好的有多少?", "3142个整改完毕"),  # 改正好: done
    ("第一批单位还有多少问题在改?", "1253个正积极整改中"),  # 还有多少问题在改: under way
    ("仲有幾多個問題喺度整改緊?第一批嘅", "1253个正积极整改中"),  # Cantonese 喺度…紧: under way (在整改)
    ("陪训了好多基层书记?", "44900多人"),  # members with a word before them (基层书记) are people counted
    ("马鞍山年老体弱党员是3800多名?", "5600多名"),  # a wrong claim: the figure of the item named
    ("全省培训了五万多村支书吗?", "44900多人"),  # people claimed with no measure word (五万多|村支书)
    ("马鞍山流动党员是不是两千多?", "1500多名"),  # a bare figure claimed of what is named before it
    ("马鞍山年老体弱党员五千六百多名,那文化程度不高的有多少?", "3800多名"),  # not the figure the asker states
    # (nor one told of another thing than the clause that asks names, 那 or not; but 到底培训了多少人? checks it)
    ("除了三千八百多名文化程度不高的,马鞍山给年老体弱的党员送学了多少名", "5600多名"),
    ("派了一千二百多个督导组,指导组又派了多少个?", "11697个"),
    ("听说培训了四万多名书记,到底培训了多少人", "44900多人"),
    ("基层书记培训了四万五左右,准确数是多少?", "44900多人"),  # about a figure: either way of it
    ("暗访组去了五十来个县,确数是几个", "50个"),  # 确数: the true figure, as 准数
    ("省委督导组深入市县督导了802次,核一下", "820次"),  # a request to check a claim: the figure that settles it
    ("县级领导班子及成员四风方面意见建议是2150多条吗?", "21500多条"),  # in a row of figures, the item named's
    ("各地通报查处了1410个涉及四风问题的人吗?", "1140人"),  # 个…的人: people, counted by 个
    ("市县乡镇一共派出指导组多少各?", "11697个"),  # 多少各: 个 typed by its sound
    ("暗访的时间节点是哪天?", "3月15日至19日"),  # 时间节点: a time asked, as 时间 is
    ("省委暗访组查了多少个县?", "50个"),  # 省委 where the passage says 省里组成…暗访组
    ("省委付书记叫什么名字?", "李锦斌"),  # 付书记: 副书记 typed by its sound, not 省委书记张宝顺
    ("3月24日会上单独点评的县区有几个?", "10个"),  # 单独: the figure counts the tier asked itself (10个县(区))
    ("马鞍山年老体弱的党员有几个人?", "5600多名"),  # 几个人 in a list of figures: the item holding the words asked
    ("合肥每项任务由谁负责?", "牵头领导和责任单位"),  # who, where the sentence names bodies: right after the words asked of
    ("各市县的活动领导小组由谁当组长?", "党委主要负责同志"),  # 由 a body 任组长
    ("第一书记由谁兼任", "乡镇 (街道)党(工)委负责同志"),
    # who did it, where the sentence names a body doing the verb asked (…领导小组专门召开, …街道也分别派出)
    ("专题点评通报会是谁召开的?", "省委教育实践活动领导小组"),
    ("一千二百六十四个督导组是谁派出的?", "全省市、县(市、区)和乡镇、街道"),
    ("“1+8”方案是谁定的?", "省委教育实践活动领导小组"),
])
def test_lead(engine: Engine, question: str, lead: str) -> None:
    result = engine.ask(question)
    assert result.answer is not None
    assert result.answer.lead == lead


@pytest.mark.parametrize(("question", "lead"), [
    ("来安的手册被比喻成了什么?", "“连心桥”"),  # the image, not the thing likened (《便民服务手册》)
    ("焦裕禄精神和沈浩精神被比作什么?", "镜子"),  # 以焦裕禄精神和沈浩精神为镜子
    ("弘扬焦裕禄精神、沈浩精神被比作贯穿活动始终的什么线?", "红线"),  # 作为红线贯穿活动始终
])
def test_what_a_thing_is_likened_to(engine: Engine, question: str, lead: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and result.answer.lead == lead


@pytest.mark.parametrize(("question", "lead"), [
    ("来调研的中央领导是什么职务?", "中共中央政治局常委、中央书记处书记"),  # the post, not the name (刘云山)
    ("来皖调研的那位中央领导是谁,啥头衔?", "中共中央政治局常委、中央书记处书记刘云山"),  # both asked
])
def test_a_post_asked_of_someone_the_question_does_not_name(engine: Engine, question: str, lead: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and result.answer.lead == lead


@pytest.mark.parametrize(("question", "lead"), [
    ("暗访组有几个?是什么级别的干部带队?", "8个,厅级干部"),  # a count, then the rank: both lead
    ("暗访组 几个 谁带队", "8个,厅级干部"),  # what is counted in a clause of its own
    ("暗访是几月几号搞的 谁带队", "厅级干部"),  # a date asked is no count
    ("暗访组有几个,是什么时候开展暗访的?", "8个,3月15日至19日"),  # a count, then when
    ("下去检查那几拨人,头号组长是啥级别的人当的?", "省级"),  # 那几拨: those named, not a count asked
])
def test_a_count_asked_before_who_when_or_what_rank(engine: Engine, question: str, lead: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and result.answer.lead == lead


def test_the_verb_right_before_a_figure_picks_it(engine: Engine) -> None:
    # 抽了多少人: 抽调170人, the figure right after the verb, not 选配8位 later in the sentence
    result = engine.ask("省里一共抽了多少人下去检查工作?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "170人"


@pytest.mark.parametrize("question", ["十九位省领导分别选择了什么作为活动联系点?",
                                      "马鞍山市怎样开展帮学送学?", "张宝顺带头做了什么?",
                                      # a date that names the event claimed of (3月24日的点评) is not claimed itself
                                      "3月24日的点评,有没有结合巡视工作中发现的问题?",
                                      "3月中旬那次集中暗访,16个省辖市是不是都去了?",  # (3月中旬那次: which one)
                                      # a figure after 的 says which things (合肥的39项任务), no claim
                                      "合肥的39项任务,每项有没有明确牵头领导?",
                                      "全省的16个省辖市和105个县(市、区)都成立了活动领导小组吗?"])
def test_no_lead_when_the_sentence_itself_is_the_answer(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.answer is not None and result.answer.lead is None


@pytest.mark.parametrize("question", ["马鞍山帮学送学了多少党员?", "马鞍山在外头打工、跑来跑去的党员有多少?"])
def test_no_lead_where_nothing_asked_picks_one_item_of_a_list_of_counts(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 5600多名年老体弱党员、3800多名文化程度不高党员、1500多名流动党员: no total
    assert result.answer is not None and result.answer.lead is None


def test_the_province_named_for_its_body_is_its_body(engine: Engine) -> None:
    result = engine.ask("安徽政协的头儿是谁?")  # 安徽政协 is 省政协: 省政协主席王明方
    assert result.answer is not None and result.answer.lead == "王明方"


def test_a_group_counted_is_counted_whatever_it_does_after(engine: Engine) -> None:
    result = engine.ask("省里派了多少个小组暗访作风?")  # 8个…暗访组, not 50个县…作风建设情况
    assert result.answer is not None and result.answer.lead == "8个"


def test_a_claimed_figure_is_checked_against_the_item_the_claim_names(engine: Engine) -> None:
    result = engine.ask("马鞍山的流动党员是不是有2500多名?")  # the item of 流动党员, not the list's first
    assert result.answer is not None and result.answer.lead == "1500多名"


def test_a_figure_said_of_all_the_things_it_counts_is_no_claim_of_how_many(engine: Engine) -> None:
    result = engine.ask("那1660个党组织,是不是个个都由乡镇干部兼第一书记?")  # all of them? → the part that is: 1602个
    assert result.answer is not None and result.answer.lead == "1602个"
    result = engine.ask("十六个省辖市都建了活动领导小组吗?")  # the figure names which ones: no lead repeats it
    assert result.status == "answered" and result.answer is not None and result.answer.lead is None


def test_people_counted_with_ge_are_counted_in_ren(engine: Engine) -> None:
    result = engine.ask("省里派下去督导的,一共抽了多少个人,分成几个组?")  # 多少个人 asks 170人, not a second 16个
    assert result.answer is not None and result.answer.lead == "170人组成16个省委督导组"
    result = engine.ask("全省处理了多少个沾了“四风”的人?")  # people who did something (沾了…的人): 1140人, not 92400多个
    assert result.answer is not None and result.answer.lead == "1140人"
    result = engine.ask("各地一共通报处理了多少个因为四风被查的人")  # … or to whom something was done (被查的人)
    assert result.answer is not None and result.answer.lead == "1140人"
    # the people after a second 几 are its own (几个 几个人: 16个 groups, then 170人; not 8位 for the first)
    result = engine.ask("省委督导组 几个 几个人")
    assert result.answer is not None and result.answer.lead == "170人组成16个省委督导组"


@pytest.mark.parametrize("question", ["市县乡 督导组 指导组 个数", "市县乡派了多少督导组和指导组?"])
def test_two_things_named_side_by_side_get_a_figure_each(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 派出督导组1264个、指导组11697个
    assert result.answer is not None and result.answer.lead == "督导组1264个、指导组11697个"


def test_a_few_days_ago_asks_no_count(engine: Engine) -> None:
    # 前几天 (a few days ago) in a remark before the question counts nothing: the lead is the date alone
    result = engine.ask("差不多前几天看到暗访组的报道,暗访是哪天?")
    assert result.answer is not None and result.answer.lead == "3月15日至19日"


def test_those_few_asks_no_count(engine: Engine) -> None:
    # 那几拨人 (those few teams) points at what was said, counting nothing: the count asked is the one lead
    result = engine.ask("省里头派去暗访的那几拨人,到底查了多少个县?")
    assert result.answer is not None and result.answer.lead == "50个"
    # … and asks nothing: the yes/no question after it is asked, and the report does not say
    assert engine.ask("刘云山来调研那几天,有没有到马鞍山去看看?").status != "answered"
    # where nothing else asks, 那几 is 哪几 typed by sound
    result = engine.ask("小四风是那几种?")
    assert result.answer is not None and result.answer.lead == "吃喝风、红包风、赌博风、走读风"


def test_groups_counted_by_zu_are_a_claimed_count(engine: Engine) -> None:
    # 18组 (18 groups) is a count claimed, which the sentence corrects: 16个
    result = engine.ask("督导组是18组吗?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "16个"
