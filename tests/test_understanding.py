"""Questions read as people ask them: three outcomes, short answers of the kind asked, words the report does not
use, typos, particles, questions about the report itself, and variants that must keep or lose the answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answering.engine import Engine
from index.evaluation import evaluate, evaluate_metamorphic, read_metamorphic, read_questions
from index.text import lexicon

DATA = Path(__file__).parent / "data"


def assert_leads(engine: Engine, question: str, lead: str) -> None:
    """The report answers the question, with `lead` as its short answer."""
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and result.answer.lead == lead


def assert_says(engine: Engine, question: str, said: str) -> None:
    """The report answers the question with a sentence that says `said`."""
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and said in result.answer.sentence


@pytest.mark.parametrize(("question", "lead"), [
    ("省里成立了几个暗访组?", "8个"),
    ("带头写学习体会文章的人是谁?", "张宝顺"),  # the name that opens the clause of what is asked, before it
    ("谁赴合肥等6市开展调研指导?", "张宝顺"),  # (张宝顺|先后|赴合肥)
    ("市县两级班子成员一共下了多少趟基层?", "38500余人次"),  # the times people went are counted in 人次
    ("市县当官的下基层跑了多少回", "38500余人次"),  # (not the meetings they held: 11300多场)
    ("当官的跟老百姓坐一起开会开了多少回", "11300多场"),  # the times are the meetings held, not those who went
    ("芜湖那边最后一共收到多少条吐槽?", "3.3万余条"),
    ("热线 芜湖 几条", "11条热线电话"),  # keywords: the place typed last is where, not what is counted  # 吐槽: 意见 in the everyday-words table (not 11条热线电话)  # the figure of the asked thing, not the first one (16个省辖市)
    ("上面派下来查作风的那些督导组一共下去了多少趟?", "820次"),  # 查作风 describes the groups; the report says 督导
    ("针对基层党组织负责人的专门培训共开办了多少期次?", "639期"),  # (负责人: the report says 书记)
    ("暗访组 下去的日子", "3月15日至19日"),  # 日子 asks for a date
    ("刘云山来皖调研的起止时间", "3月25日至27日"),  # 起止: when it began and ended
    ("暗访的起止时间分别是什么?", "3月15日至19日"),  # (分别是什么: each end of it, still a date)
    ("这回有多少个软弱涣散党组织要整顿?", "1660个"),  # 这回: the campaign the report is about
    ("这篇文章是哪天登出来的?", "2014-05-07"),  # 登出来: the verb 登, where it went aside
    ("全省下面一共建了多少个党员领导干部的联系点?", "5322个"),  # 全省|下面 contracts to no 全面
    ("省领导挂联系点的一共是多少个人?", "19位省领导"),
    ("警示教育那些材料编了多少份", "17.3万余份"),  # a thing the report names (警示教育), not examples of a kind  # 多少|个人: people counted, not 个人 (oneself)
    ("省領導們每個人各挑了幾個地方當聯繫點?", "1个省辖市"),  # 每|个人: each of them
    ("暗访是不是四月份搞的?", "3月15日至19日"),  # a month claimed is checked against the date given
    ("我孙子说现在干部都下基层了,市县领导班子成员开了多少场座谈会?", "11300多场"),  # who told the asker: no word to find
    ("俺村老王说三严三实的集中学习搞了两个月,是这样吗?", "1个月"),
    ("集中学习是不是搞了两个月啊我听我们楼下老王说是两个月", "1个月"),  # … and where the question tells it last
    ("一对一点评的是二十个县不", "10个"),  # …不?: 是不是, in northern speech
    # two counts asked, a meeting's among them: each by its own measure word (not 820次 for 场's family)
    ("省委督导组开展个别谈话多少人次、召开座谈会多少场?分别是多少?", "12400余人次,召开座谈会462场"),
    ("指导组 多少个 乡镇街道那个", "11697个"),  # …那个 says which one is meant: 指导组 are counted, not 乡镇
    ("指导组多少个?乡镇街道那个", "11697个"),
    ("县委班子集中学了几天 五天往上?", "5天以上"),  # a guess after the question (往上: 以上) may be the answer
    ("联系点 total", "5322个"),  # English: total asks the count
    ("挑了联系点的省级领导,一共有几位?", "19位省领导"),  # 省级领导: the table's word for 省|领导, a tier and a word
    ("title 完整版 pls", "安徽省第二批党的群众路线教育实践活动第一环节工作综述"),  # 完整版: the whole of it, no word to find
    ("淮南那旮旯咋整的 画啥像", "行业“群体像”、班子“集体像”、党员“个体像”"),  # 那旮旯: there (northeastern)
    ("暗访是在哪几天?", "3月15日至19日"),  # 哪几天 asks for a date
    ("芜湖意见多少条", "3.3万余条"),  # the counted noun before the question word
    ("三月份省里派了几个暗访组?", "8个"),  # the month the passage names (3月15日至19日)
    ("暗访小组有几个?", "8个"),  # 暗访|小组: the report's 暗访组
    ("市县两级举办报告会多少场?", "2855场"),  # 两级 counts the tiers 各市、县 names
    ("马鞍山给多少个年纪大身体不好的党员送学了", "5600多名"),  # 个 counts the people who were taught
    ("全省建了多少个党员领导干部联系点啊?", "5322个"),  # 个 counts the points, not the people before them
    ("请问暗访小组是由哪一层级的官员领队?", "厅级干部"),  # the rank, with the report's word for the 官员 asked
    ("因作风问题被追责处理的有多少人?", "1140人"),  # 作风: a word of the report said here only as 四风…作
    ("省领导看了哪部电影?", "《焦裕禄》"),
    ("安徽省长是谁?", "王学军"),
    ("小四风包括哪些?", "吃喝风、红包风、赌博风、走读风"),
    ("“小四风”具体是指哪几种风气?", "吃喝风、红包风、赌博风、走读风"),  # 风气 asks for items that end in 风
    ("一共查处了多少人嘛", "1140人"),  # a particle does not change the question
    ("芜胡市征求到多少意见呀", "3.3万余条"),  # 芜胡市: a typo of 芜湖市
    ("来安的手册叫什么", "《便民服务手册》"),  # 来安 is 来安县
    ("三点三万条意见是哪个市征求的?", "芜湖市"),  # the one place the sentence names
    ("三点三万多条意见是哪个市征集到的?", "芜湖市"),  # a rough figure with a decimal: 3.3万余条
    ("培训了多少书记?", "44900多人"),  # members counted one by one: people, not classes (639期)
    ("芜湖征求到三点三万多条意见建议,一共设了几条热线电话?", "11条热线电话"),  # the rough figure only says which 芜湖
    ("边个系安徽省长?", "王学军"),  # Cantonese question words: 边个 谁, 系 是
    ("芜湖设咗几多条热线?", "11条热线电话"),  # 咗 了, 几多 多少
    ("芜湖开热线,收到了多少条意见?", "3.3万余条"),  # 意见 is counted, not the 热线 the question also names
    ("辛苦了!想问一下,省里成立了几个暗访组?", "8个"),  # thanks before the question only frame it
    ("本文是哪一天发表的?", "2014-05-07"),  # 本文 is the report itself
    ("该文的刊载日期是哪一天?", "2014-05-07"),  # 刊载: published, as 刊登 is
    ("暗访组带队干部的级别是什么?", "厅级干部"),  # 的级别是什么 asks for a rank, as 什么级别 does
    ("市县委班子的集中学习,时间下限是多少天?", "5天以上"),  # 下限: the least, what 以上 gives
    ("芜湖那个热线收到不少意见,一共收了多少条?", "3.3万余条"),  # what is said to be many is counted, not the hotlines
    ("好多问题啊,第一批现在改完几个了?", "3142个整改完毕"),  # (but what happened to them is what is counted)
    ("请问这篇报道的完整篇名是什么?", "安徽省第二批党的群众路线教育实践活动第一环节工作综述"),  # 篇名: an article's title
    ("这篇report的reporter是谁?", "黄永礼"),  # English words for the report and its parts
    ("How many 督导组 were sent?", "16个省委督导组"),  # English question words and everyday words
    ("芜湖开了几条 hotline 听老百姓意见", "11条热线电话"),
    ("来安县这么做,是想在干部和群众之间搭一座什么bridge?", "“连心桥”"),
    ("Wuhu 一共收集了多少 yijian?", "3.3万余条"),  # pinyin typed on its own: a whole word of the report
    ("来安县编的那本册子叫什么名字?", "《便民服务手册》"),  # 那本册子: 册子 (↔ 手册), its measure word aside
    ("来安县那本小册子,名称原文是什么?", "《便民服务手册》"),  # the name's own words asked: no remark quoted
    ("市级班子四风方面的意见整理出多少条", "3800多条"),  # 整理出: the verb 整理 (↔ 梳理), its result aside
    ("省里的暗访组是什么级别的干部带的?", "厅级干部"),  # a rank asked: the X级 the sentence gives
    ("上级党组织负责人作辅导报告多少次?", "40900多场"),  # 多少次: 场 counts the same
    ("总共征求到多少意见?", "75.6万余条"),  # no place named: the report-wide figure, not 芜湖市's
    ("省领导各自选了几个省辖市?", "1个"),  # a figure per item asked: 分别选择1个
    ("文化程度不高的党员,马鞍山市帮学送学了多少名?", "3800多名"),  # the figure whose own list item says what is asked
    ("流动党员马鞍山市送学了多少名?", "1500多名"),
    ("庐江县听取意见时坚持什么?", "用真心、下真功、动真格"),  # the items right after the asked verb
    ("你好呀,我是编辑,想先确认下这篇稿子的标题是啥?", "安徽省第二批党的群众路线教育实践活动第一环节工作综述"),  # who asks
    ("这报道多会儿发的?", "2014-05-07"),  # 多会儿: when, in northern speech
    ("俺侄子在芜湖上班,说市里开了好些热线听老百姓意见,恁多热线到底是几条啊?", "11条热线电话"),  # 侄子 frames
    ("联系点总数", "5322个"),  # 总数: the figure of the thing named before it, not 分别选择1个
    ("全省一共查办、点名通报了多少个犯四风毛病的人?", "1140人"),  # 多少个…的人 counts people
    ("一千六百零二个党组织由乡镇领导兼第一书记,对么?", "1602个"),  # the claimed figure, given after 其中
    ("省里派了多少个检查组下去", "16个省委督导组"),
    ("第一批单位那些毛病现在改完了多少个?", "3142个整改完毕"),
    ("第一批查摆的问题整改到位了多少个?", "3142个整改完毕"),  # 到位: done, as 完毕 says
    ("4395个问题里改完了多少个?", "3142个整改完毕"),  # a part of the figure stated, after it
    ("暗访组是8个,这个数字对吗?", "8个"),  # 这个数字 points at the figure claimed: a yes/no claim, not a count asked
    ("3月24日的会对多少个问题较突出的县区进行了单独点评?", "10个"),  # 进行了单独点评: how it was done, not one tier alone
    ("兼任第一书记 多少个", "1602个"),
    ("联系点 全省 多少个", "5322个"),  # keywords: the province typed last is no thing counted
    ("给年纪大的党员送学上门的是哪一个城市?", "马鞍山市"),  # 哪一个 reads 哪1个: a place is asked all the same
    ("省领导看的是哪一部电影?", "《焦裕禄》"),  # 哪一部: which work, as 哪部
    ("省里派的暗访组是10个吧", "8个"),  # …吧 with no question word: a claim put to be confirmed
    ("我记得刘云山同志是4月份来的,对吗?", "3月25日至27日"),  # 我记得 frames; 同志 after a name says no more
    ("负责同志是谁", None),  # no name follows: 负责同志任组|长 holds none (not 任组)
    ("暗访组是8个还是几个?", "8个"),  # a figure guessed at may be the one asked for
    ("四面镜子的前两面是什么?", "理论理想、党章党纪"),  # the first items of the list asked for
    ("四面镜子后两面是啥", "民心民声、先辈先进"),
    ("第一批4395个问题还剩多少个在改?", "1253个正积极整改中"),  # 还剩: a part of the figure stated, under way
    ("省里给软弱涣散的党组织派第一书记 是一千六百个左右吧", "1602个"),  # the claim's noun, typed after a space  # 1602个由…负责同志兼任第一书记: what the agent is to those counted
    ("哈喽 想问下 这次暗访组有几个?", "8个"),  # a greeting, then the turn to asking
    ("省里派了多少个暗查小组?", "8个"),  # 小组 after words said otherwise (暗查): any group named, 暗访组
    ("微服私访的小组有几个?", "8个"),  # the figure of a group named, not 16个省辖市
    ("秘密走访小组是什么级别的干部带队?", "厅级干部"),  # a group named by a verb of what it does (暗访组)
    ("省里派了几个秘密去检查的小组?", "8个"),  # 秘密去检查: 暗访, a phrase of choices of the everyday-words table
    ("省里派了几个小组去暗访?", "8个"),  # 几个小组: groups counted, whatever the report calls them
    ("偷偷去检查是哪几天搞的?", "3月15日至19日"),
    ("巡查监督小组有几个", "16个省委督导组"),  # 毛病|现在, not an unknown word 毛病现
    ("芜湖搭建的直通车叫什么名字?", "政情民意“直通车”"),  # the words before the quote that name it, not the verb
    ("建起了什么桥?", "“连心桥”"),  # (干群之间的: no part of the name)
    ("来安县的手册给干部和群众之间搭了个什么桥来着嗯", "“连心桥”"),  # the kind before a filler
    ("芜湖热线电话搭建了什么直通车?", "政情民意“直通车”"),  # the kind named whole: which one, the words before it
    ("芜湖有11条热线 建起来的叫啥车", "“直通车”"),  # 叫啥车: which one of a kind, not the names of the 11 counted
    ("市县两级的领导开了多少个会议?", "11300多场"),  # 会议: any meeting named (座谈会), counted in 场 as in 个
    ("督导组开了多少个会议?", "462场"),
    ("各个市县开了多少个先进事迹报告会哈?", "2855场"),  # a meeting the report names, counted casually by 个
    ("督导组开了多少个座谈会", "462场"),
    ("省委派下去的巡查督促队伍一共分了几个组?", "16个省委督导组"),  # not 170人 (组成16个…组 counts people)
    ("芜湖征求到多少?", "3.3万余条"),  # a bare 多少 after the verb: the figure of what it got
    ("听说有七十五万多条意见建议,具体是多少?", "75.6万余条"),  # a rough figure checked, not a part of it
    ("合肥开展了哪几个专项行动?", "正风肃纪、为民服务、除弊祛垢、固本强基"),  # 哪几|个: the kind after the measure word
    ("合肥四个专项行动头两个是啥?", "正风肃纪、为民服务"),  # 头两个: the first two items of the list named before
    ("小四分 包括啥", "吃喝风、红包风、赌博风、走读风"),  # 分 typed for 风 by sound, though 四分 is a word
    ("村支书培训了多少人?", "44900多人"),  # 村支书: the report's 基层党组织书记, three of its words in a row
    ("因为四风问题被抓的人,一共多少个?", "1140人"),  # 个 after the people counted counts people
    ("各地通过哪些渠道征求意见?", "发放征求意见函、召开座谈会、开展民意调查、开通网上平台"),  # items end between words  # 检查组 said otherwise, counted as asked: 16个省委督导组
    ("市级和县级班子分别整理出多少条“四风”方面的意见?", "3800多条和21500多条"),  # 市级和|县级 holds no 和县
    ("马鞍山给多少个年纪大身体差的党员送学上门", "5600多名"),  # 个 counts the 党员 a longer phrase describes
    ("干部挨家挨户上门走了多少户人家", "232.4万余户"),  # 人家 says 户 again; 挨家挨户 is 走访
    ("帮我查一下省委专题点评通报会是哪天开的?", "3月24日"),  # 省委 convenes what 市县两级 are the subject of
    ("首批单位查出多少个问题?", "4395个“四风”方面问题"),  # 首批 is 第一批
    ("省里派下去的巡查组有几个?", "16个省委督导组"),  # the tier that sent the groups: not the 1264 the cities sent
    ("市里派下去的检查组有几个?", "1264个"),
    ("省里派到各市的巡查组,一共找人单独谈了多少人次?", "12400余人次"),  # 派到各市: where they went, not who sent them
    ("全省汇总到各种各样的意见建议多少条?", "75.6万余条"),  # 各种各样, a set phrase, says the report's 各类
    ("4395个问题里改好了多少?", "3142个整改完毕"),  # a part of a stated count: the part said
    ("市县委班子集中学习的最低天数要求是多少?", "5天以上"),  # a requirement asked: a bound set on a figure
    ("原文提到了哪部电影?", "《焦裕禄》"),  # 原文: in the report, no quote asked
    ("原文中“连心桥”的比喻是用来写哪个县的做法?", "来安县"),  # the figure of speech only frames it
    ("北京来的大领导刘云山是哪几天来安徽看的?", "3月25日至27日"),  # where a named person came from says who is meant
    ("全省一共收到了多少条意见?", "75.6万余条"),  # the figure said of 全省, not the supervision groups' 20800
    ("上头把问题多的县单个拎出来点名了几个?", "10个"),  # the figure said of 问题, not the 50 counties visited
    ("帮群众解决了多少个实际困难?", "92400多个"),  # 实际困难: 实际 only says which 困难 (问题), no word to find
    ("督导组跟干部一对一谈话总共覆盖多少人次?", "12400余人次"),  # 一对一谈话, an everyday phrase, is 个别谈话
    ("省里那些头头为这个事专门碰头商量了几回?", "5次"),  # the times are of 商量 (研究), not of 集中学习103800多次
    ("省里派下去检查的工作组有几个,抽了好多人?", "170人组成16个省委督导组"),  # 检查 the group does is 督导; 好多 asks
    ("第一批那些问题,尚在整改中的还有多少个呀?", "1253个正积极整改中"),  # 尚在: the ones under way
    ("王学军是啥官", "省长"),  # 啥官: the post asked
    ("反面教材一共印了多少份?", "17.3万余份"),  # copies asked: not 8个暗访组, though 典型案例 is said there too
    ("下面市县乡镇自己也派了检查的队伍吧,各派了多少个?", "1264个"),  # 各: each tier's own, given by 分别派出…1264个
    ("把学习弘扬焦裕禄、沈浩精神当红线的,是哪个省?", "安徽省"),  # the report's own province, where a province is asked
    ("各地一共办了多少场先进事迹报告会?别给我估个数。", "2855场"),  # a remark asking for exactness asks nothing else
    ("督导组收集意见建议两万条左右,原文精确到多少?", "20800多条"),  # 原文精确到多少: the report's figure, no quote
    ("暗访组有几个?原文怎么表述的", "8个"),  # a remark asking the report's wording asks nothing else
    ("一对一点评的县,稿里写12个,原文到底几个", "10个"),  # 原文到底几个: the report's figure, no quote
    ("培训班大概办了六百多期吧?依据原文具体几期?", "639期"),  # 原文具体几期: so too
    ("要“一对一”重点点评的县区有十个左右吧,准确是几个嘛?", "10个"),  # the guess checked may be the figure
    ("暗访组是8个,由处级干部带队,对吗?", "厅级干部"),  # the rank that settles a claim of another rank
    ("集中暗访的起止时间是怎样的?", "3月15日至19日"),  # the time asked by its noun: a date, not a way of doing
    ("联系点一共建了多少个", "5322个"),  # what so many of were made (建了): not 1个 each leader chose
    # a figure given roughly (上下, 大概) before the exact one is asked: a claim to check, no word to find
    ("督导组开展个别谈话大概一万二千人次上下,精确数是多少?", "12400余人次"),
    ("选联系点的省领导大概二十个?准数多少", "19位省领导"),
    ("省里最大那帮当官的为这事坐一块商量了几回?", "5次"),  # who is meant, the highest: no ranking asked
    ("暗访组 暗访了 多少个 县(市、区)", "50个"),  # keywords: 县 typed apart is what is counted
    ("点评通报会要解决征求意见的什么问题?", "聚焦不够、画像不准、避重就轻"),  # of two lists of 问题, the one 解决 is said of
    ("来安县 《便民服务手册》 作用 是什么", None),  # 作用 是什么, typed apart, asks what it is for: not its title
    ("马鞍山那些上了岁数、身子骨弱的党员,帮学送学了多少个?", "5600多名"),  # 上了岁数 says old, asks no age (岁数)
    ("因为公款吃喝那些四风问题被查的有多少人", "1140人"),  # 公款吃喝: examples of the kind asked of, 四风问题
    # 市县以及乡镇街道: the places whose 指导组 the one figure counts, no sum of things counted each
    ("全省市县以及乡镇街道派出的指导组合计多少个?", "11697个"),
    ("省里头有好多个大领导各自选了活动联系点嘛?", "19位省领导"),  # leaders counted by 个; 各自 says how they chose
    ("全省派下去做指导的小组有多少个?", "11697个"),  # 指导的小组: 指导组11697个, not 督导组1264个 beside it
    ("全省各級派落去做指導嘅小組加埋有幾多個?", "11697个"),  # 加埋 加起来
    ("省委啲督導組落咗市縣督導幾多轉?", "820次"),  # 几多转: how many times
    ("十九位省领导中,担任省长职务的是哪一位?", "王学军"),  # one of the 19, not the 19 named
    ("省里下去暗访那一趟是几号到几号?", "3月15日至19日"),  # 那一趟: the occasion pointed at, no count
    ("因为四风问题被处分的干部有多少个人?", "1140人"),  # those punished counted, no penalty asked
    ("各级党员干部登门走访的群众家庭有多少户?", "232.4万余户"),  # 户 counts the households named before it
    ("去参观廉政教育基地跟图片展的 有多少人", "30.4万余人次"),  # those who went, counted by the times
    ("省里开点评会的时候单独拎出来一个一个点名说的县区有几个", "10个"),  # 一个一个: one by one, no count of 1
    ("马鞍山给那些岁数大、身子骨弱的党员帮学送学,一共多少人?", "5600多名"),  # one kind, in everyday words
    ("请问省委督导组个别谈话的数量情况如何?", "12400余人次"),  # a count asked as the state of things
    ("娃给俺转了个文章说省里的领导每人包一个点 俺想知道一共有多少个省领导包点", "19位省领导"),  # 每人: each one
    ("想算个人均谈话量,先问下省委督导组个别谈话一共多少人次?", "12400余人次"),  # the average is the asker's aim
    ("额论文要写省级层面的带头作用,安徽省的一把手叫啥名字?", "张宝顺"),  # 额: 我, in Shaanxi speech
    ("因为四风问题被公开处理的干部,一共有多少名?", "1140人"),  # 公开处理: read as 公开, 处理 (查处)
    ("截至发稿之时,全省因“四风”问题被通报处理者,共有几人?", "1140人"),  # 处理者: those 处理 was done to
    ("省里派到市县的巡查小组一共编了几个组?", "16个省委督导组"),  # 几个组: a figure of groups, not 10个县(区)
    ("暗访分了几个组?", "8个"),
    ("老师课上讲了淮南的“三个像”,我笔记没记全,是哪三个像", "行业“群体像”、班子“集体像”、党员“个体像”"),  # who taught it
    ("昨天研讨课上老师提到刘云山去安徽调研,可是我没有记下日期。他是几号到几号去的?", "3月25日至27日"),
    ("劉雲山來皖調研時擔任的是什麼職務?", "中共中央政治局常委、中央书记处书记"),  # 担任 before the kind asked frames
    ("市县两级的党委班子,集中学习的时间至少须有多少天?", "5天以上"),  # a lower bound asked
    ("对市县两级党委班子,集中学习时长的下限定的是多少天?", "5天以上"),
    ("合肥那39项任务,每项都有牵头领导吗,还是挂个名", None),  # 那39项: which tasks, no claim to settle
    ("3月24号那个点评会有没有结合巡视发现的问题", None),  # the date says which meeting
    ("省里的主要领导们一起看了哪一个影片?", "《焦裕禄》"),  # 主要领导们: several leaders, not the one secretary
    ("刘云山来安徽的那趟,是几号到几号?", "3月25日至27日"),  # 那趟,是几号: a date asked, no amount of 那趟
    ("第一批单位继续发扬定钉子精神,全面进行的那个叫啥", "“回头看”"),  # not the name the question says (钉钉子)
    ("十六个省辖市之外,有多少个县市区也成立了领导小组?", "105个"),  # what 多少个 counts is said after it
    ("省委常委会专门为第二批活动开过几回会?", "5次"),  # times a meeting was held on it: 活动 is not counted
    ("省委开常务会议专门研究第二批活动,开了几次?", "5次"),
    ("奶奶问省委书记跑了几个市去看看,她记得是八个", "6市"),  # a guess told after the question is no whole
    ("奶奶问刘云衫来安徽调研是几号,她说是四月份", "3月25日至27日"),  # a month someone says is a claim
    ("同事说刘云山4月来的安徽, 我看着不对, 到底哪几天?", "3月25日至27日"),
    ("省里那种不打招呼的突击检查小队,是什么级别的干部领队?", "厅级干部"),  # 小队: a group
    ("乡镇 街道 派出的 指导小队 有 多少个", "11697个"),  # 指导|小队: the group the report calls 指导组
    ("最近在梳理基层治理的场景,同事老提“小四风”,我有点懵。具体是哪四个风?", "吃喝风、红包风、赌博风、走读风"),  # quoted
    ("来安县那个手册港是建起了么斯桥的呀?", "“连心桥”"),  # 港是: 讲是; 什么桥的: the kind asked, in one character
    ("来安县的那本手册,让群众遇到问题时可以得到什么?", None),  # the work the question names is not what it asks
    ("那些需要集中整顿的薄弱基层党组织,第一书记大多是由什么人来兼任的?", "乡镇 (街道)党(工)委负责同志"),  # 其中: most
    ("检查组里最大的头儿是几个省级领导来当的?", "8位"),  # the biggest head: 第一组长
    ("安徽省政治協商會議嘅主席係邊位?", "王明方"),  # a body by its full name: 省政协
    ("合肥首輪公佈嘅整改項目有幾多項?", "39项任务"),  # a round is a batch: 第一批
    ("芜湖开通了几条市民诉求专线?", "11条热线电话"),  # 市民: the people at large, whose appeals they are
    ("因为四风被点名处理的干部一共多少个人啊", "1140人"),  # 点名处理 ↔ 通报查处, ranked by 通报 and 查处
    ("全省因为违反作风规定被点名处理的干部一共多少人？", "1140人"),
    ("下头市里县里开讲先进人物的会,开了几场?", "2855场"),  # (市县两级's parts weigh less than a word)
    ("省委为了第二批活动,召开了几回常务委员会的会議?", "5次"),  # a body by its full name: 常委会议
    ("刘云山来安徽的时候夸了安徽什么?", "活动取得了很好的成绩、创造了很多经验"),  # items inside a quotation, not its mark
    ("刘云山爷爷来安徽的时候夸了安徽什么?", "活动取得了很好的成绩、创造了很多经验"),  # as a child calls him
    ("省里组织的明察暗访小组,系由何种级别的干部担任领队?", "厅级干部"),  # 何种级别: what rank
    ("下去明察暗访的那帮人,是么级别的干部领头?", "厅级干部"),  # Jiaoliao 么 before what it asks of: 什么
    ("马鞍山流动党员一共有多少", "1500多名"),  # people counted before 一共有多少
    ("科室老师说3.24省里开会点名了一些县 被一对一点评的几个县", "10个"),  # 3.24: a day typed as month.day
    ("张宝顺在“三严三实”学习中带头做了什么?", None),  # 中 of 学习中 stands by no title (集中观看电影《焦裕禄》)
    ("文中说学习要解决的那个“开关”,叫啥来着?", "总开关"),  # the quoted name the word quoted is part of
    ("四千三百九十五个问题改完三千一百四十二个,那还在改的剩几个?", "1253个正积极整改中"),  # a clause under way
    ("3月24号开的那个会,单独一个一个点评了多少个问题多的县?", "10个"),  # 问题多的县: 县 counted, 问题多 what they are like
    ("十九位省领导的名单里,排在第一个的是谁?", "张宝顺"),  # one asked from within the list, not the list
    ("第一批单位已经整改完了多少个问题?", "3142个整改完毕"),  # a verb after a figure says what became of them
    ("马鞍山流动党员有好多名参加了帮学送学?", "1500多名"),  # 参加, a verb after 多名, is nothing counted
    ("合肥第一批公布的任务有几个项?", "39项任务"),  # 几个项: a measure word after 个, no thing counted
    ("省里派下去的督查小组,一共抽了多少名工作人员?", "170人"),  # people in general counted: 170人 says them
    ("因为四风挨了处理的干部有多少人?", "1140人"),  # 干部 counted in 人: the figure's measure word says them
    ("那本学习材料,省里总共编了多少份发到下面?", "5万余份"),  # 份 of 多少份 is the count's, no 分 of 分发
    ("村里开会要对照“四面镜子”,我只记得党章党纪,另外三面是啥来着?", "理论理想、党章党纪、民心民声、先辈先进"),  # a named list
    ("省里的暗访组,每组是啥级别的干部领队?", "厅级干部"),  # 每组: each of the groups named, no other thing
    ("暗访组 领队干部 级别", "厅级干部"),  # a keyword query ending in the facet asks it
    ("第一组长 人数 级别", "8位"),  # ... but not after a count asked first
    ("犯四风被通报的干部有多少?", "1140人"),  # 干部 counted, whatever measure word is asked
    ("前阵子俺们厂里也抓作风 通报查处了多少人", "1140人"),  # the asker's own sentence, ended by a space
    ("合肥定下的第一批要完成的任务一共几项", "39项任务"),  # 要完成的: a goal, no count of those done
    ("马鞍山送学的党员里,流动党员那一类有多少?", "1500多名"),  # 那一类: the kind just named
    ("安徽省党委的一把手叫啥?", "张宝顺"),  # 省党委: 省委, whose head is its 书记
    ("张宝顺的职务是什么?", "省委书记"),  # the post asked, not a list (是什么 after it)
    ("马鞍山送学的几类党员里最少的那类有几名?", "1500多名"),  # the count of the least of those listed
    ("市级班子梳理的四风意见有3800多条,县级班子梳理了多少条?", "21500多条"),  # the figure listed with the one told
    ("县级班子梳理出两万一千五百多条意见,市级的班子是多少条?", "3800多条"),
    ("芜湖的先不说,全省征求到多少条意见?", "75.6万余条"),  # a place put aside is not asked of
    ("撇开芜湖,全省一共征求到多少条意见?", "75.6万余条"),
    ("听说讲芜湖那一块写得好,芜湖设了几条热线电话?", "11条热线电话"),  # a part named in a remark: a figure asked
    ("暗访去了几个县级行政区?", "50个"),  # places of a tier said as its units: the tier's places
    ("除了省辖市,活动领导小组在多少个县级单位成立了?", "105个"),
    ("文末署的记者是谁?", "黄永礼"), ("这篇文末署的编辑叫啥?", "梁 海燕"),  # signing it, glued to where
    ("我在蚌埠老家看这篇报道,说省委抽调了多少人组成督导组?", "170人"),  # where the asker reads it is no place asked of
    ("前两天跟同事吃饭时聊起小四风,到底是哪四风?", "吃喝风、红包风、赌博风、走读风"),  # whom the asker talked with
    ("我同学在合肥工作,他说张宝顺去过合肥。张宝顺去了几个市?", "6市"),  # 工作 of the asker's friend, not of others
    ("@刘姐 张宝顺去了几个市?", "6市"),  # whom a chat message is addressed to
    ("材料要用 合肥公布了多少项任务?", "39项任务"),  # what the asker needs it for, said apart
    ("文中提到了哪位中央领导?", "刘云山"), ("文中援引了哪位中央领导的评价?", "刘云山"),  # whom the report names or quotes
    ("报道介绍了哪位中央领导来皖调研?", "刘云山"),
    ("车站的师傅都在聊这个事 我问一下省委抽调了多少人?", "170人"),  # talk of 这个事 names nothing asked
    ("那19位省领导当中,省政协主席是哪一位?", "王明方"),  # one of those counted, by the post the question gives
    ("小四风具体是哪几种不良风气?", "吃喝风、红包风、赌博风、走读风"),  # the kind in the report's words (不正之风) ends as they do
    ("复习资料里讲到省里的暗访,具体是哪几天?", "3月15日至19日"),  # what the asker read it in
    ("92400多个问题这个数,是从什么时候算起的?", "活动启动以来"),  # counting from the point asked: no deed
    ("直通车这个例子是哪个市的?", "芜湖市"),  # the example pointed at: what it is of is asked
    ("16个省辖市和105个县的领导小组,组长都是谁当的?", "党委主要负责同志"),  # holders of a post, as the report says who
    ("合肥每项任务的责任落到了谁头上?", "牵头领导和责任单位"),  # whose charge it is: no deed done to someone
    ("1602个党组织的第一书记都是谁当的?", "乡镇 (街道)党(工)委负责同志"),
    ("张宝顺跑了几个地级市?", "6市"), ("张宝顺调研去了几个地市?", "6市"),  # cities counted in 市
    ("暗访的日期区间是哪几天?", "3月15日至19日"), ("暗访组活动的时段是哪几天?", "3月15日至19日"),  # a span of days asked
    ("合肥开展了哪几个专项行动,这篇文章是怎么写的?", "正风肃纪、为民服务、除弊祛垢、固本强基"),  # how it puts what is asked
    ("小四风指的是哪四种,这篇报道里是怎么说的?", "吃喝风、红包风、赌博风、走读风"),
    ("隔壁老张说芜湖收了好几万条意见,到底多少条?", "3.3万余条"),  # who told the asker, where they live
    ("老人家问张宝顺去了几个市?", "6市"),  # whom the asker asks for
    ("请给出这篇报道的标题,一字不差", "安徽省第二批党的群众路线教育实践活动第一环节工作综述"),  # a set phrase is no slip
    ("该文是哪天登的?", "2014-05-07"),  # 该文: the report
    ("几十年没见过这样的活动了,请问第一批单位查摆了多少个四风问题?", "4395个“四风”方面问题"),  # 几十: a rough count, no asking
    ("对50个县(市、区)集中暗访,省里派了几个暗访组?", "8个"),  # 集中 marks no part of the figure before it
    ("当第一组长的省级领导有几位?", "8位"),  # 领导 counted as 领导干部
    ("第一批单位查摆的问题,已经画上句号的有多少个?", "3142个整改完毕"),  # 上句号 of 画上句号 is no line before
    ("全省上上下下一共征求到多少条意见?", "75.6万余条"),  # 上上下下, a doubled word: 各级, not 上下 of 上下联动
    ("四风问题被通报的人员共计多少?", "1140人"),  # people before 共计 多少: a count of people
    ("因四风问题被处理的人员合计多少?", "1140人"),
    ("挑联系点的省领导里,除了张宝顺还有谁?", "王学军、王明方、李锦斌"),  # the others named, not a piece of his name
    ("省领导里张宝顺以外还有谁", "王学军、王明方、李锦斌"),  # set aside with 以外 alone
    ("听说省几大班子领导一起看了场电影,看的是么电影?", "《焦裕禄》"),  # 是么: 是什么 (Wuhan)
    ("前面已经问过暗访组了,顺便问下,督导组抽了多少人?", "170人"),  # 顺便问下 turns to asking
    ("先进事迹报告团到省辖市和部分县区宣讲了多少场?", "20场"),  # the tiers gone to (到…县区) did no 宣讲
    ("19位省领导里,那位省长叫嘛?", "王学军"),  # 叫嘛 at the end: 叫什么 (Tianjin), not a particle
    ("省委常委会为第二批活动开了几回专门会议?", "5次"),  # 专门会议, the report's word, read whole
    ("给老百姓办事指路的那本小册子是哪个县弄的?", "来安县"),  # 办事 for 便民服务, not 合肥's 为民服务
    ("有多少个省领导各自挑了地方去蹲点?", "19位省领导"),  # 各自 says how each did it: the count of them answers
    ("省里头一共多少位领导各自挑了市县作点?", "19位省领导"),
    ("昨天跟几个老朋友下棋,聊起那个专题点评通报会,那个会是哪天开的?", "3月24日"),  # the asker's day, no count
    ("刚才在菜市场排队听人讲芜湖开了热线电话,一共开了几条?", "11条热线电话"),  # where the asker heard it
    ("前几天整理书柜翻出旧报纸,省委督导组一共有多少个?", "16个省委督导组"),  # 前几天: a few days ago, no count
    ("“小四风”能挨个列一下吗", "吃喝风、红包风、赌博风、走读风"),  # a list requested, not whether it can be
    ("四面镜子能列一下不", "理论理想、党章党纪、民心民声、先辈先进"),
    ("在外头跑的流动党员马鞍山有多少个啊都给送学了吧", "1500多名"),  # people by 个, the count's clause ended by 啊
    ("年纪大身体差的党员马鞍山有几个呀也都帮学了吧", "5600多名"),
    ("被通报查处的人,各地一共有多少个?", "1140人"),  # people named, the scope, then 多少个: people counted
    ("马鞍山流动党员的人数有没有?", "1500多名"),  # whether a figure is given: the figure
    ("主任让我统计个数 暗访组一共几个?", "8个"),  # what the asker's boss has them do asks nothing
    ("督导组下去督导达到了几次", "820次"),  # 达到 before the times: what they came to, no verb of the passage's
    ("小四风能帮我列张表吗", "吃喝风、红包风、赌博风、走读风"),  # 列张表: a list requested
    ("芜湖开热线征集的意见总数", "3.3万余条"),  # the thing right before the count is counted, not the 热线 before it
    ("芜湖热线收上来意见多少条", "3.3万余条"),
    ("合肥第一批任务好像三十多项,实际多少项", "39项任务"),  # 实际多少: the true count, 实际 no thing counted
])
def test_answers_lead_with_what_is_asked(engine: Engine, question: str, lead: str | None) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None, (question, result.unsupported)
    assert result.answer.lead == lead


@pytest.mark.parametrize(("question", "unsupported", "subject"), [
    ("芜湖市市长是谁?", ("市长",), "芜湖市"),
    ("芜湖市GDP是多少?", ("GDP",), "芜湖市"),
    ("刘云山多大年纪?", ("年纪",), "刘云山"),
    ("2013年芜湖市设立了几条热线电话?", ("2013年",), "芜湖市"),
    ("省委督导组的经费是多少?", ("经费",), "省委督导组"),
    ("便民服务手册有多少页?", ("页",), None),
    ("“三严三实”具体是哪三严哪三实?", ("含义",), "三严三实"),  # named, never spelled out
    ("四解决四推动具体是哪四个解决", ("含义",), "四解决四推动"),  # the list nearby (…“小四风”) is of another term
    ("走读风到底是啥意思?", ("含义",), "走读风"),  # one item of a list, not explained
    ("赌博风具体指什么?", ("含义",), "赌博风"),  # (具体指什么, 是个啥意思: its meaning asked too)
    ("红包风到底是个啥意思?", ("含义",), "红包风"),
    ("麻烦问下县里组成了几个暗访组?", ("县里组成",), "暗访组"),  # 省里组成: the tier and the word, no more
    # a sum of things the sentence counts each (督导组1264个、指导组11697个): no figure for it
    ("马鞍山市开展帮学送学共组织了多少名党员志愿者参与?", ("志愿者",), None),  # 志愿者 counted, not 党员
    ("暗访组一共查出了多少宗四风典型案例?", ("宗",), None),  # cases, counted by 宗 as by 起: not 8个暗访组
    ("走访的232.4万余户群众占全省总户数的多少?", ("比例",), None),  # a share, asked without a word for it
    # who chaired it: the sentence names the body that held the meeting, no one who chaired it
    ("3月24日 专题点评通报会 在 哪里 开的 谁 主持", ("人",), None),  # (keywords: 主持 is what is asked)
    ("3月24日那场专题点评通报会是谁主持的?会议责任人是哪位", ("人",), None),
    ("3月24日那个点评通报会是哪个大官主持的?", ("人",), None),
    ("全省各级派出的督导组和指导组合计多少个?", ("合计",), None),
    ("马鞍山帮学送学的年老体弱、文化程度不高和流动党员,三类合计多少人?", ("合计",), None),
    ("各级党员干部走访群众232.4万余户,其中走访困难群众有多少户?", ("户",), "党员干部"),  # (a figure names no subject)
])
def test_the_report_speaks_of_the_subject_but_not_of_what_is_asked(engine: Engine, question: str,
                                                                  unsupported: tuple[str, ...],
                                                                  subject: str | None) -> None:
    result = engine.ask(question)
    assert result.status == "partial" and not result.answered, question
    assert result.unsupported == unsupported
    assert result.answer is not None and result.answer.lead is None  # no short answer for what is not said
    if subject:
        assert result.subject == subject and subject in result.answer.sentence


def test_a_question_about_another_place_is_not_answered_with_this_ones(engine: Engine) -> None:
    result = engine.ask("淮南市开展了哪些专项行动?")
    assert result.status == "partial" and result.subject == "淮南市"
    assert result.answer is not None and "淮南市" in result.answer.sentence and "合肥" not in result.answer.sentence


@pytest.mark.parametrize(("question", "said"), [
    ("网民对用微博收意见点睇啊?", "不少网民表示"),  # 点睇: 怎么看, what people think
    ("四千三百九十五个问题系唔系第一批单位查出嚟嘅?", "4395个"),  # 系唔系 是不是, 查出嚟 查出来 (of 查摆)
    ("全省同埋乡镇街道都派咗督导组,噉系咪做到全覆盖呀?", "全覆盖"),  # 同埋 和, 噉 这样
    ("直接落到群眾度要做邊三樣嘢呀?", "察民情、听民意、解民忧"),  # 边三样: 哪三样
    ("嘩好潮喎😂 官方微博征求意見嗰句「親」原文係點講?", "欢迎拍砖"),  # 嘩…喎: wow, no word of the question
    ("學習教育喺成個活動入面係咩環節?", "基础环节"),  # 入面 里面
])
def test_cantonese_as_it_is_written(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


def test_cantonese_which_level_asks_a_level(engine: Engine) -> None:
    assert engine.read("二千八百五十五場報告會係邊一級搞嘅?").wants == "level"  # 边一级: 哪一级, no figure claimed


def test_words_by_the_mouth_are_no_cantonese_which() -> None:
    assert "哪" not in lexicon.standard_asking("支书老挂嘴边一句“班子强不强”,报道里也有这话吗?")  # 嘴边: by the mouth


@pytest.mark.parametrize("question", ["王学军揀咗边个市做联系点?",  # 边个市 哪个市: the sentence names no city of his
                                      "沈浩系边度人嚟㗎?"])  # 边度人: where he is from, which the report does not say
def test_cantonese_questions_the_report_does_not_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"


@pytest.mark.parametrize(("question", "lead"), [
    ("督导组揣人开讲,总共讲偌济人次?", "12400余人次"),  # 揣 找, 开讲 谈话, 偌济 多少
    ("合肥公布的头一批工课有几项?", "39项"),  # 工课: work to do, 任务
    ("第一批的问题,犹咧改的有偌多个?", "1253个"),  # 犹 还, 咧 在 (before a verb)
])
def test_minnan_as_it_is_written(engine: Engine, question: str, lead: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and lead in (result.answer.lead or "")


@pytest.mark.parametrize("question", ["彼19位省领导内底,查某的有几个?",  # 查某: women, whom the report does not count
                                      "第一批彼1253个问题底时会改好?"])  # 底时: when, which the report does not say
def test_minnan_questions_the_report_does_not_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"


@pytest.mark.parametrize(("question", "said"), [
    ("3月24号省里开的那个会叫么会?", "专题点评通报会"),  # 么 before what it asks of: 什么
    ("督导这一块省里是么安排的?", "16个省委督导组"),  # 是么 before a verb: 是怎么
])
def test_jiaoliao_as_it_is_written(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


def test_jiaoliao_why_is_asked_as_why(engine: Engine) -> None:
    assert engine.ask("暗访组为么偏挑三月中旬下去?").status != "answered"  # 为么: 为什么, which the report does not say


def test_you_before_a_verb_asks_whether_it_was_done(engine: Engine) -> None:
    """Southern 有 before a verb (有用…嗎?) asks whether the deed was done: the verb is what the passage must hold."""
    result = engine.ask("廬江縣聽取意見的時候有用匿名的方式嗎?")
    assert result.status == "answered" and result.answer is not None and "匿名征集" in result.answer.sentence


@pytest.mark.parametrize(("question", "lead"), [
    ("根据资料,这篇报道来源是哪一份报纸?", "安徽日报"),  # 根据资料: what the asker goes by, no word of the answer
    ("呢篇文章原本登喺邊份報紙?", "安徽日报"),  # 原本: when, no word of the answer; 邊份: which one (not 哪里)
    ("你好!孩子们问我“四面镜子”是哪四面,我一下子答不上来😅", "理论理想、党章党纪、民心民声、先辈先进"),  # who asked the asker
    ("哈喽,整理材料中…各地一共征求到多少条意见建议呀?📚", "75.6万余条"),  # what the asker is busy with
    ("材料要写明出处,这篇稿子是哪家报纸登的?", "安徽日报"),  # the clause that asks points at this report
])
def test_an_opening_that_names_the_source_or_asks_for_brevity_only_frames(engine: Engine, question: str,
                                                                          lead: str) -> None:
    assert_leads(engine, question, lead)


@pytest.mark.parametrize(("question", "lead"), [
    ("最后一个小题目是啥?", "即知即改,立行立改,力求活动取得实效"),  # 小题目: a section's heading, 小标题
    ("有几个小题目?", "4个"),
    ("第二个小题目怎么写的", "深学深思,砥砺品质,打牢思想基础"),
])
def test_a_section_heading_called_a_small_title(engine: Engine, question: str, lead: str) -> None:
    assert_leads(engine, question, lead)


@pytest.mark.parametrize(("question", "lead"), [
    ("省委督导组一共跑下去督导了多少次?", "820次"),  # 跑下去: 深入 (深入市、县…督导820次), not only 深入基层
    ("张宝顺跑下去看了几个城市?", "6市"),  # 跑下去看: 调研 (赴合肥等6市开展调研指导), not 观看 (观看电影《焦裕禄》)
    ("省委督导组下去几次", "820次"),  # 下去 right before 几次: what was done (深入), not what is counted
])
def test_going_down_in_everyday_words(engine: Engine, question: str, lead: str) -> None:
    assert_leads(engine, question, lead)


def test_an_amount_asked_of_a_word_the_report_does_not_use_is_not_answered(engine: Engine) -> None:
    # 补助, tagged a verb in jieba's dictionary, can only be a noun after 多少: what is asked, which is not said
    assert engine.ask("给老党员送学上门,发了多少补助?").status != "answered"
    result = engine.ask("市县委领导班子的集中学习至少要安排几天?")  # a verb before 几天 stays a verb
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "5天以上"


@pytest.mark.parametrize("question", ["上海有多少个督导组?", "成都都有多少个督导组?"])
def test_a_place_glued_to_the_word_after_it_is_still_another_place(engine: Engine, question: str) -> None:
    # the cut into the report's words glues a place it never names to what follows (上海有, 成都都)
    assert engine.ask(question).status == "none"


@pytest.mark.parametrize("question", ["北京派了多少督导组?", "北京派出的督导组有多少个?"])
def test_groups_the_capital_sent_are_the_centres(engine: Engine, question: str) -> None:
    # 北京派 is the central authorities sending (中央): the report speaks of groups, none of the centre's
    result = engine.ask(question)
    assert result.status == "partial" and result.unsupported == ("中央督导组",)


def test_a_place_read_across_two_words_of_the_report_is_no_place(engine: Engine) -> None:
    for question in ("暗访了多少个省辖市和县?",  # 省辖市|和|县: no 和县
                     "暗訪組一共查了多少個省轄市和縣"):  # (县 ending the question, no tier word)
        result = engine.ask(question)
        assert result.status == "answered" and result.answer is not None, question
        assert result.answer.lead is not None and "16个" in result.answer.lead


@pytest.mark.parametrize("question", ["第三批活动单位查摆了多少问题?", "北京市开展了哪些专项行动?", "今天天气怎么样?",
                                      "推荐一部好看的电影",
                                      "中央规定书目具体有哪几本",  # the list the sentence has is of 四面镜子
                                      "中央规定要读的那些书都是哪几本?",  # 读的…书 is no 读书 (学习)
                                      "四解决四推动具体是哪四个解决",
                                      "省纪委书记是谁?",  # 纪委 is a word: no typo of 省委书记
                                      "中央派驻安徽的督导组组长是谁?",  # who sent them (中央) still counts
                                      "全文多少字?",  # a count of the report the header does not give
                                      "5322个联系点里村一级的有多少个?",  # a part of a count set apart by its level
                                      "督导组170人里厅级干部有多少",  # … or by who they are, with no 的
                                      "查处的1140人里面有多少个是村干部?",  # (里面 whole: no 面 taken for the part)
                                      "全国第二批活动一共征求到多少条意见建议?",  # a wider scope than the report's
                                      "省领导们集中观看的电影《焦裕禄》是谁主演的?",  # 张宝顺 is named, but as no actor
                                      "暗访一共发现多少问题",  # no figure of the sentence counts 问题
                                      "暗访曝光的典型案例,截至目前一共多少个?",  # (截至目前: when; 案例 still counted)
                                      "8个暗访组分别由哪些厅级干部带队?",  # 由厅级干部带队 says only the kind asked of
                                      "哪个市整改最积极?",  # a ranking: no sentence ranks the cities
                                      "支部书记在问“三严三实”具体是哪几条?",  # (the term asked of still must be spelled out)
                                      "医院这块 查出多少四风问题 有没有分科统计",  # typed first with a space: what is asked of
                                      "四个专项行动各由谁牵头?",  # 各由谁: each one's, named by none
                                      "16个督导组的第一组长各是谁?",
                                      "先进事迹报告团里头有哪些人?",  # the members: the sentence names none
                                      "第一批单位查摆的四风问题大多是哪方面的?",  # a majority: the report gives none
                                      "1660个软弱涣散党组织已经整顿好了多少个?",  # 抓好 says none is done
                                      "省委督导组四月份督导了几次?",  # the 820次 are since the start, of no month
                                      "5月省里派了几个暗访组?",  # they were sent in 3月
                                      "暗访组 组长 名字",
                                      "第一批活动共有多少家参加单位?",  # 4395个 counts problems, not units
                                      "今天台北的天气如何?",  # 天气 said only as 新气象, no weather
                                      "这篇报道有没有配图,配的是什么照片?",  # 图片展 is no photo of its own
                                      "省级领导作辅导报告多少场",
                                      "担任第一组长的8位省级领导是谁?",  # named nowhere; 省委 chose them
                                      "第一批已整改完的3142个问题里公款吃喝的占多少?",
                                      "读者评论有多少条?",
                                      "芜湖市依托的主要媒体都有哪几家?",  # 纳谏 is no person's name
                                      "先进事迹报告团里的报告人都是谁?",
                                      "1+8活动方案针对的是哪些领域的问题?",
                                      "庐江县的匿名征集具体是怎么操作的?",  # only named among other ways
                                      "2855场报告会有多少人去听了?",  # 30.4万余人次 counts visits, in another clause
                                      "芜湖的3.3万条意见里采纳了多少条?",  # 11条 comes before the whole: no part
                                      "先进事迹报告会是在哪几个月份开的?",  # 哪几个月 asks for a date
                                      "文中的“四解决四推动”,具体是要解决哪四个方面的问题?",  # the term before a comma
                                      "16个省辖市有哪些?",  # the members of a set counted: none named
                                      "省直管县有哪几个?",  # places asked: people named are no answer
                                      "以焦裕禄精神和沈浩精神为镜子的理由是什么?",
                                      "原文刊在安徽日报第几版?",  # 原文 frames; the page is given nowhere
                                      "合肥征求到多少?",  # no figure of the 合肥 sentence is of what 征求 got
                                      "75.6万多条意见建议最后采纳了多少条?",  # a part of the figure stated: adopted
                                      "马鞍山拢共给多少党员送学?",  # 拢共 asks a total, as 一共 does: no kind's figure
                                      "合肥39项任务 具体哪些",  # the members of a set counted: none named
                                      "1+8方案 8个是哪些",
                                      "“小四风”里面哪一种问题最突出?",  # a superlative: the report ranks none
                                      "第一批查摆的4395个问题里,属于享乐主义的有多少个?",  # the part set apart by 享乐主义
                                      "和县收集了多少条意见?",  # a county the report never names
                                      "合肥搞了哪几项专门任务?",  # 39项任务 are counted, not named
                                      "8位第一组长都是哪些人?",  # few enough to name: names asked
                                      "督导组在整个活动里算个啥?",  # no sentence says what it is
                                      "督导组工作遵循什么原则?",  # no sentence says what it holds to
                                      "焦裕禄的孙子是谁?",  # kin of a person named: not the asker's
                                      "1264个督导组里街道派出的有多少个",  # 指导组11697个, listed next to it, counts another thing
                                      "省委督导组的经费要求是多少?",  # 要求 after 经费: the 经费 is asked
                                      "北京来的督导组有几个?",  # a group from 北京 is another place's
                                      "中央大领导来的时候,是谁陪他的?",  # who did 陪 to him: the sentence names no one who did
                                      "那一加八里头的八个都是啥 分别管啥",  # the eight asked: the sentence only counts them
                                      "那个“1+8”里的八样,是哪八样?",
                                      "那七十多万条意见里头有多少条给采纳了",  # the count of those 采纳: never said
                                      "芜湖那三万多条意见 给办了多少条",
                                      "跑到老百姓屋里去的那两百多万户,占全省几成?",  # 几成 asks a share (no typo of 省几大)
                                      "省委督导组下回会不会到我们村来查",  # the next time: beyond what the report tells
                                      "你觉得这次活动实际效果好不好",  # the bot's own view: no sentence holds it
                                      "依您之见,此次活动成效究竟如何?",  # 依您之见: the bot's own view again
                                      "1+8方案里头那8个到底是啥子",  # the eight asked, 到底: the sentence only counts them
                                      "张宝顺讲学习的那句原文是什么?",  # a person's words: no short line of the report's
                                      "梳理出市县两级领导班子意见建议 那乡镇一级梳理出多少条",  # the tier turned to
                                      "编发活动警示教育资料17.3万余份 那警示教育片拍了几部",  # never in copies
                                      "暗访一共曝光了多少起?",  # cases are counted in 起, not by 16个省辖市
                                      "“三严三实”集中学习教育的具体起止日期是怎样安排的?",  # a date asked: 为期1个月 is none
                                      "集中学习教育的起止日期分别是什么?",
                                      "截至目前,全省社区党组织开展集中学习多少次?",  # 社区's, not 村级党组织's
                                      # one person's own: 19位省领导分别选择1个… does not tell
                                      "张宝顺的联系点是哪里?",
                                      "第一批活动单位一共有好多家 emmm",  # 4395个 counts problems, not units
                                      "来安县那《便民服务手册》印了多老些本啊?",  # 多老些: 多少, and no copies are counted
                                      "王学军以前是干什么的?",  # someone's past: the report gives only the post they hold
                                      "电影《焦裕禄》里面演焦裕禄的是哪个?",  # who played in it: naming the film does not tell
                                      "3月24日那个点评通报会是哪个省领导主持的",  # a leader asked: a body held it
                                      "刘云山来皖调研时陪同的省领导都有哪些?",  # what they did (陪同) is never told
                                      "刘云山来皖调研的时候,是哪几位省领导陪同的?",
                                      "兼任第一书记的干部有没有额外的工资?",  # 的工资: the thing asked of
                                      "开通的网上平台是哪个网站?",  # one named asked: 开通网上平台 names none
                                      "沈浩生前是做什么工作的?",  # 沈浩精神 names the spirit; 工作 there is no work of his
                                      "省委督导组一个组配几个人",  # per group: 170人 is all of them
                                      "点评通报会是哪个主持的?",
                                      # any word turned to with 那, not said before it: 省直's is not told
                                      "省委开了市县两级专题点评通报会,那省直单位的通报会是哪天开的?",
                                      "中央规定要读的那些书都是哪几本?",  # 的那些: what they are, no examples of a kind
                                      "庐江县的匿名征集是哪个部门组织的?",  # one of a kind asked (部门): no body is named
                                      "来安县的便民服务手册是哪家出版社印的?",
                                      "警示教育资料花了多少印刷费?",  # a cost named by what it pays for: none is told
                                      "前年合肥公布了多少项任务?",  # a year named from another: the report tells of its own
                                      "马鞍山一共有党员多少名?",  # a total asked by 名: the sentence counts kinds of them
                                      "这篇稿子见报以后有后续跟进的稿件吗?",  # 稿件, the report's kind: no word to search by
                                      "各市县的先进事迹报告会,听众一共有多少人次?",  # the audience counted, not who asks
                                      "俺们山东的第二批活动搞得咋样,跟安徽比咋样?",  # the asker's own place, asked of
                                      "省里为此次活动拨付的专项经费,共有多少?",  # the amount of what is named before the comma
                                      "第一批活动单位一共有多少家,有统计没",  # …没: whether, as 吗
                                      "安徽省纪委书记在这次活动中分管哪一块工作?",  # 哪一块工作: no part of the report
                                      "芜湖征来的三点三万多条意见,已经办了多少条?",  # a part of the figure stated, done
                                      "芜湖这些热线的号码各是多少?",  # 号码 各是多少: each one's number, asked
                                      "第二批活动 省里经费预算多少",  # 经费 before the verb of it: its amount asked
                                      "刘云山4月份来安徽是哪几天?",  # a month the asker names, no one's claim
                                      "省委常委会专门为第一批活动开过几回会?",  # another round, with times asked
                                      "第三轮活动单位查摆了多少问题?",  # a round is a batch: another one still
                                      "以“亲”开头的那条微博收到了多少个赞?",  # a figure of the line, not its words
                                      "16个省委督导组的组长都是哪些人?",  # few enough to name: a kind does not answer
                                      "1660个软弱涣散基层党组织里,哪个市的数量最多?",  # which place has most
                                      "编发警示教育资料选用的违法违纪典型案例共多少个?",  # 案例共多少个: 案例 counted
                                      "警示教育资料里选的违法违纪案例是哪几起?",  # 一批…案例 names none
                                      "督导组谈话的时候老百姓反映最多的是啥问题",  # 第一组长 ranks no problem
                                      "奶奶问解决的那92400多个问题里,哪一类问题最多",  # nor 第一书记
                                      "哈尔滨这边督导组派了多少个",  # 哈 of 哈尔滨 is no laugh before the question
                                      "张宝顺写的学习体会文章叫什么名字?",  # a work's name: 焦裕禄 named is no title
                                      "安徽全省党员一共有多少",  # people counted: 16个省辖市 is no count of them
                                      "5万余份学习辅导材料是由哪个部门编印的?",  # 省委部署…, 编发…: 编发's clause names no body
                                      "大家觉得这活动有用没",  # 有用没: whether it is of use, no 用 done
                                      "你能推荐几本新闻写作的教材吗?",  # 几本新闻|写作的教材: a word of the question follows, no head after 的
                                      "马鞍山开展帮学送学派出了多少名送学人员?",  # people of one kind (送学人员), whom no figure counts
                                      "刘云山在安徽见了谁?", "张宝顺表扬过哪些人?",  # whom the one named met: his own post no answer
                                      "刘云山来安徽前去的是哪个省?",  # the province the question names is no other one
                                      "李锦斌以外还有几个省委副书记?",  # holders of a post counted: no one holder read in
                                      "合肥那39项任务里头,都是哪些?",  # the tasks themselves, which the report does not list
                                      "没有由乡镇负责同志兼任第一书记的那些党组织,第一书记由谁担任?",  # the rest of a part given
                                      "1602个之外的那些,第一书记是谁?",
                                      "谁和刘云山一起来的?",  # who went with him: a sentence naming only him does not say
                                      "刘云山来调研时还有哪几位中央领导一起?",
                                      "点评通报会为何定在3月24日召开?",  # why that day was chosen: what it was for does not say
                                      "为什么省委督导组正好是16个?", "为啥偏偏挑这10个县(区)重点点评?",  # why that many, those
                                      "督导组的组长,不是第一组长,是哪一级的干部?",  # the word asked, but not the one set aside
                                      "全省党员,一共多少?",  # people counted, named before a comma: 走访群众232.4万余户 no count of them
                                      "第一环节后面那个第二环节叫啥?",  # 环节 of 第一环节 ends many a clause: no words followed
                                      "责任编辑梁海燕本人觉得活动搞得怎么样?",  # her view: 搞 here does no making of the report
                                      "张宝顺调研的几个市,合肥以外还有谁",  # a place set aside: other places, not people
                                      "合肥公布的39项任务能一一列出来吗",  # a list requested the report does not give
                                      "19位省领导的名字能挨个列一下不",
                                      "那19位省领导能一个一个给我列列吗",  # one by one, asked in everyday words
                                      "一对一点评的10个县(区)都叫啥",  # their names, 名 left out
                                      "暗访的那16个市能点个名吗?",  # names asked for, of places only counted
                                      "违法违纪典型案例都有哪些,能举几个吗",  # … a few of cases only counted
                                      "39项任务具体包含哪些?",
                                      "“1+8”方案那8个分方案都啥",  # the 8 of 1+8, which the report does not name
                                      "参加第一批活动的单位全省加起来多少家?",  # 单位 summed: 4395个 counts 问题
                                      "第一批活动单位,全省共计多少家?",
                                      "芜湖的热线号码能告诉我吗",  # 号码, asked for by a request: no number given
                                      "淮南市的一把手那时候是谁?",  # 一把手, a time between it and 是谁: still what is asked
                                      "全省党员总数有冇得",  # whether a figure is given asks the figure
                                      "芜湖热线电话的号码给我一个吧",  # 号码, asked to be handed over
                                      "芜湖那11条热线号码发给我",
                                      ])
def test_questions_the_report_does_not_answer_are_not_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"


@pytest.mark.parametrize(("question", "lead"), [
    ("记者叫什么?", "黄永礼"), ("作者是谁?", "黄永礼"), ("稿子是哪天发的?", "2014-05-07"), ("哪家报社的?", "安徽日报"),
    ("黄永礼是哪个报社的记者?", "安徽日报"),  # the field the question word asks of, not the one said last
    ("梁海燕是谁?", "责任编辑"),  # a name the header gives: the post it gives it with
    ("俺在服务区刷到个安徽的报道 讲群众路线第二批的 那篇是啥时候登出来的", "2014-05-07"),  # spaces end the asker's clauses
    ("報導的責任編輯是誰?", "梁 海燕"), ("记者黄永礼是哪家报纸的?", "安徽日报"),  # the field asked last
    ("这篇稿子的来源是新华社还是安徽日报?", "安徽日报"),  # a news agency offered as the source, as a paper is
    ("有几个小标题?", "4个"), ("第二部分讲的什么?", "深学深思,砥砺品质,打牢思想基础"),
    ("第二个模块讲的什么?", "深学深思,砥砺品质,打牢思想基础"),  # 模块: a part, in office words
    ("小标题有几个?", "4个"),  # the parts named before the count asked
    ("最后一个小标题是什么?", "即知即改,立行立改,力求活动取得实效"),  # 最后一个 before no comma asks the last
    ("最后一部分的主旨是啥?", "即知即改,立行立改,力求活动取得实效"),
    ("末了那部分讲的啥?", "即知即改,立行立改,力求活动取得实效"),  # 末了, 收尾: the last part
    ("末一小标题为何?", "即知即改,立行立改,力求活动取得实效"),  # 末一: the last (written style)
    ("这篇文章是哪个编辑负责的?", "梁 海燕"),  # the editor's post said as a verb
    ("综述标题全称 要口径", "安徽省第二批党的群众路线教育实践活动第一环节工作综述"),  # 口径: the official wording
    ("最后一个部分的标题是什么,讲的是整改吗?", "即知即改,立行立改,力求活动取得实效"),  # a guess after the question
    ("本综述总结的是哪一批活动?", "第二批"),  # the round its title names
    ("讲整改落实的是哪个小标题", "即知即改,立行立改,力求活动取得实效"),
    ("这篇是人民日报的稿子吗", "安徽日报"),  # a source claimed: the one the report gives
    # the section that speaks most of it, not the one with the best single passage (集中学习教育 in 周密部署…)
    ("讲学习教育的是哪个小标题", "深学深思,砥砺品质,打牢思想基础"),
    ("综述 讲 学习教育 的 那部分 小标题 叫什么", "深学深思,砥砺品质,打牢思想基础"),  # keywords typed apart
    ("讲群众意见的是哪一块", "敞开大门,广开言路,真找问题找真问题"),
    ("说整改那一部分的标题是啥", "即知即改,立行立改,力求活动取得实效"),  # the part named by 那, with no 的
    ("讲整改落实的,标题是什么?", "即知即改,立行立改,力求活动取得实效"),
    ("这篇报道讲了哪些环节?", "学习教育、听取意见"),  # the kinds its opening lists, not its headings
    ("发稿日期 来源", "2014-05-07"),  # two fields typed: the one the question word asks for (日期)
    ("第一环节的工作综述是哪天发的?", "2014-05-07"),  # 第一环节 is no part of the report
    ("这篇综述的是第几个环节?", "第一环节"),
    ("本文的责任编辑是哪一位?", "梁 海燕"),  # 哪一位 asks for a person as 哪位 does
    ("这篇报道是谁负责编辑的?", "梁 海燕"),  # 负责编辑: the editor's post said as a verb (no 负责任编辑辑)
    ("这篇稿件由哪位记者撰写?", "黄永礼"),  # writing the report is about the report (not 张宝顺's 撰写)
    ("這篇是消息還是綜述?", "工作综述"),  # a choice of kinds of writing asks for its kind
    ("報導最後一個部分標題為何?", "即知即改,立行立改,力求活动取得实效"),  # 标题为何: what the heading is
    ("第二部分小标题“深学深思”后面是啥?", "深学深思,砥砺品质,打牢思想基础"),  # words quoted from the heading
    ("“深学深思”是第几部分的小标题?", "第二部分"),  # which part, by number (第几 is no count of parts)
    ("報導最後一個段落標題為何?", "即知即改,立行立改,力求活动取得实效"),  # a paragraph's heading is its part's
    ("最后一段的标题是什么", "即知即改,立行立改,力求活动取得实效"),  # (not the report's own title)
    ("这文章第一块讲啥的,小标题是?", "周密部署,真督实导,确保活动不走过场"),  # 讲啥的 names no part by its topic
    ("文章开篇用了哪四个短语概括?", "补精神之“钙”、除“四风”之害、祛行为之垢、立为民之制。"),  # 短语: the lines
    ("综述 啥活动", "安徽省第二批党的群众路线教育实践活动第一环节工作综述"),  # what campaign it reviews
    ("編目需要:這篇稿子的記者是誰?", "黄永礼"),  # a label before the question says what it is for
    ("题目中提到的是活动的哪个环节?", "第一环节"),  # the stage the title names, not the title whole
    ("这篇报道是2014年5月8日发表的吗?", "2014-05-07"),  # a day claimed: the date it was published settles it
    ("这篇报道是3月15日发表的吗?", "2014-05-07"),  # (not the 暗访 of 3月15日)
    ("这篇报到哪天登的?", "2014-05-07"),  # after 这篇, 报到 is 报道 typed by sound
    ("写这篇的那个跑新闻的叫啥?", "黄永礼"),  # 写这篇的: the one who wrote it
    ("写稿的人是谁?", "黄永礼"),  # 的人是谁 asks for a person, as 谁 does
    ("这篇啥时候挂出来的,哪天上线的?", "2014-05-07"),  # put online is published
    ("最后那个小标题", "即知即改,立行立改,力求活动取得实效"),  # 最后那个: the last one
    ("这篇是谁的手笔?", "黄永礼"),  # no field named: the report and who made it (手笔) ask for its writer
    ("谁编的这篇", "梁 海燕"),  # (编: its editor)
    ("这文章哪年哪月的?", "2014-05-07"),  # the report and a date asked: when it was published
    ("这篇东西是哪里登的?", "安徽日报"),  # the report and a place asked: where it was published
    ("老师让我们总结一下,这篇报道第三部分主要说了什么?", "敞开大门,广开言路,真找问题找真问题"),  # the asker's
    ("哈喽,我们支部下周开会讨论这篇报道,我负责讲第二部分,第二部分讲的啥?", "深学深思,砥砺品质,打牢思想基础"),  # own
    ("记者是谁 作业要写出处", "黄永礼"),  # what the asker's homework needs, said after the question
    ("记者是谁 节目里要写出处", "黄永礼"),  # … or their programme
    ("这条素材出自哪家报纸?", "安徽日报"),  # 素材: the report, to someone who reuses it
    ("报道是哪天发表的?作业要标注引用日期", "2014-05-07"),
    ("本文发表的时间节点是哪一天?", "2014-05-07"),  # the time of its publishing, in any word for a time
    ("该报道的刊发载体是哪家报纸?", "安徽日报"),  # where it was published, in any word for an outlet
    ("请给出这篇综述的完整标题", "安徽省第二批党的群众路线教育实践活动第一环节工作综述"),  # 请给出: a request, as 告诉我
    ("文章最尾嗰段小标题系咩", "即知即改,立行立改,力求活动取得实效"),  # 最尾: 最后 in Cantonese and Malaysian speech
    ("最后一个 subheading 是什么", "即知即改,立行立改,力求活动取得实效"),  # an English word for 小标题
    ("篇綜述個標題全寫係咩?", "安徽省第二批党的群众路线教育实践活动第一环节工作综述"),  # 全写: the full form, 全称
    ("文章最底下的责任编辑是谁", "梁 海燕"),  # 最底下: the end of the report
    ("见报日期几号?核一下发表时间", "2014-05-07"),  # 见报: its publishing
    ("额再问个别的,这稿子是哪天发的?", "2014-05-07"),  # 额: 我, not a word of the report's 个别
    ("这篇新闻的题目是什么 老师要我们抄题目", "安徽省第二批党的群众路线教育实践活动第一环节工作综述"),  # a remark after
    ("这篇报道登报是几月几号", "2014-05-07"),  # 登报: published, in the report's word (发表)
    ("这文章最上头那个大标题是什么", "安徽省第二批党的群众路线教育实践活动第一环节工作综述"),  # the title at the top
    ("通篇一共分了几个部分", "4个"),  # 通篇: the whole report
    ("第一题:这稿子是哪年哪月的?", "2014-05-07"),  # the quiz's number before it is no part of what is asked
    ("这份报告的记者是谁?", "黄永礼"),  # the report pointed at as a 报告, not a 报告会
    ("该报告书是哪家报纸登的", "安徽日报"),
    ("做文献卡片要写出处,本文的来源报刊是哪一家?", "安徽日报"),  # 报刊: a word for the paper; 本文: this report
    ("综述发表日期页面上记载的是哪天?", "2014-05-07"),  # 记载, 页面: where and how it is recorded, no word to find
    ("报告是什么时候刊发的", "2014-05-07"),  # 报告 alone, its publishing asked: the report, not a 报告会
    ("报告的作者叫什么", "黄永礼"),
    ("原稿登在哪份报纸上", "安徽日报"),  # 原稿: the report as it first ran
    ("标题全称是啥?试卷要写出处", "安徽省第二批党的群众路线教育实践活动第一环节工作综述"),  # what the quiz needs asks nothing
    ("发表日期读给我听一下", "2014-05-07"),  # 读给我听: how to answer, no word to find
])
def test_questions_about_the_report_itself(engine: Engine, question: str, lead: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None
    assert result.answer.lead == lead


def test_a_kind_asked_after_a_verb_is_what_the_answer_names(engine: Engine) -> None:
    result = engine.ask("对问题突出的十个县区,省里采取的是什么形式的点评?")  # 采取 frames: 形式 is asked
    assert result.status == "answered" and result.answer is not None and "一对一" in result.answer.sentence


@pytest.mark.parametrize(("question", "said"), [
    ("第二自然段写了什么?", "刘云山来皖调研时"),  # paragraphs by number, as answers cite them (第29段)
    ("第29段讲了什么", "四解决四推动"),
    ("第一部分开头讲的是啥", "先后5次召开常委会议"),  # the opening of a part, not of the report
    ("第一部分最后一段讲了什么", "画好行业“群体像”"),  # a part's last paragraph, whole
    ("第三部分最后一段给了哪些数据?", "共征求到各类意见建议75.6万余条"),
    ("第二部分第一句?", "学习教育,是教育实践活动的基础环节。"),
    ("深学深思,砥砺品质,打牢思想基础下面第一句话是什么?", "学习教育,是教育实践活动的基础环节。"),  # by its heading
    ("以“真找问题找真问题”为题的那一节第一句讲什么", "能听进多少群众意见,至关重要。"),  # by a clause of it
    # (what a part named by its heading says: not that heading again, what the part opens with)
    ("“深学深思”那部分大致说了什么", "学习教育,是教育实践活动的基础环节。"),
    ("砥砺品质那个板块的中心思想是啥", "学习教育,是教育实践活动的基础环节。"),
])
def test_a_paragraph_or_a_line_of_a_part_is_found_where_the_question_points(engine: Engine, question: str,
                                                                            said: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None
    assert said in result.answer.sentence


@pytest.mark.parametrize(("question", "lead"), [
    ("画群体像、集体像、个体像是芜湖的做法吧?", "淮南市"),
    ("用真心、下真功、动真格是来安县的做法?", "庐江县"),  # a claim asked with no 吗
])
def test_a_claim_of_the_wrong_place_is_answered_with_the_place_the_report_names(engine: Engine, question: str,
                                                                               lead: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None
    assert result.answer.lead == lead and result.answer.sentence.startswith(lead)


@pytest.mark.parametrize(("question", "lead"), [
    ("省几大班子看的电影是《孔繁森》吗?", "《焦裕禄》"),  # the work the sentence names instead
    ("安徽是以孔繁森精神为镜子的吗?", "焦裕禄精神和沈浩精神"),  # the people, as the claim put its own
    ("来皖调研的中央领导是习近平吗?", "刘云山"),  # a person the report names elsewhere
    ("便民服务手册是马鞍山市编发的吗?", "来安县"),  # a place claimed: 马鞍 of 马鞍山市 goes with it
    ("马鞍山开了11条热线,对吧?", "芜湖市"),  # a place's deed put to be confirmed is a claim too
])
def test_a_claim_of_the_wrong_person_is_answered_with_the_one_the_report_names(engine: Engine, question: str,
                                                                              lead: str) -> None:
    assert_leads(engine, question, lead)


def test_a_place_among_others_settles_no_claim_of_another(engine: Engine) -> None:
    assert engine.ask("张宝顺到过芜湖调研吗?").status != "answered"  # 赴合肥等6市: 芜湖 may be one of them
    assert engine.ask("省长王学军有没有撰写学习体会文章?").status != "answered"  # 张宝顺 did; of 王学军 it says nothing
    assert engine.ask("马鞍山有没有编便民服务手册?").status != "answered"  # 来安县 did; of 马鞍山 it says nothing


def test_a_stage_of_the_campaign_is_no_part_of_the_report(engine: Engine) -> None:
    result = engine.ask("为什么说听取意见这个环节很重要?")  # 环节 ends in 节, but asks for no heading
    assert result.answer is None or result.answer.lead != "敞开大门,广开言路,真找问题找真问题"


def test_the_report_itself_does_not_answer_what_its_metadata_lacks(engine: Engine) -> None:
    assert engine.ask("这篇报道的责任编辑是哪年入职的?").status != "answered"
    assert engine.ask("他还写过哪些报道?").status != "answered"
    assert engine.ask("这篇报道的校对是谁?").status != "answered"  # a post the metadata does not hold
    assert engine.ask("这篇报道的摄影是谁").status != "answered"


def test_reading_typos_keeps_real_words(engine: Engine) -> None:
    assert "芜湖市" in engine.read("芜胡市收集到多少意见").folded
    assert "淮北市" in engine.read("淮北市收集到多少意见").folded  # a real place, not a typo
    assert "安徽" in engine.read("刘云山来安徽调研是哪天").folded  # 来安徽 is no typo of 来安县
    assert "书记是谁" in engine.read("省委书记是谁").folded  # 书记是 is no typo of 书记处


def test_question_words_decide_what_is_asked(engine: Engine) -> None:
    assert engine.read("省几大班子领导同志集中观看的是哪部电影?").wants == "list"
    assert engine.read("暗访组组长叫什么名字?").wants == "name"
    assert engine.read("刘云山什么时候来安徽调研?").wants == "date"
    assert engine.read("多少年老体弱党员?").units == ()  # 年 begins 年老, it is no measure word here
    assert engine.read("先进事迹报告会场数").units == ("场",)
    assert engine.read("刘云山什么时候来安徽调研? 3").figures == ()  # a stray digit states nothing


def test_own_question_set_meets_its_bars(engine: Engine) -> None:
    report = evaluate(engine, read_questions(DATA / "own.jsonl"))
    m = report.metrics()
    assert len(read_questions(DATA / "own.jsonl")) >= 300 and report.unanswerable >= 60
    assert m["hit@1"] >= 0.94, report.misses
    assert m["answerable_refused"] <= 0.15, report.misses
    assert m["unanswerable_answered"] <= 0.12, report.misses
    assert m["lead_accuracy"] >= 0.85, report.misses


def test_metamorphic_variants_keep_or_lose_the_answer(engine: Engine) -> None:
    report = evaluate_metamorphic(engine, read_metamorphic(DATA / "metamorphic.jsonl"))
    m = report.metrics()
    assert report.keep >= 500 and report.refuse >= 200
    assert m["kept"] >= 0.9, report.misses
    assert m["refused"] >= 0.75, report.misses


@pytest.mark.parametrize(("question", "lead"), [
    ("“班子强不强”后面一句是什么?", "关键看班长"),  # what follows a quoted stretch of the report
    ("“班子强不强”后头接的啥?", "关键看班长"),  # 后头: 后面 in everyday speech; 接 only frames
    ("广开言路前面那句是啥", "敞开大门"),  # ... or precedes it
    ("先学一步,后一句是什么?", "学深一些"),  # the stretch before a comma, unquoted
    ("先学一步,后头一句是啥?", "学深一些"),
    ("各地针对四风问题坚持即知即改,另一句是什么?", "立行立改"),  # the other of a pair, after it ...
    ("坚持立行立改,另一句是什么?", "坚持即知即改"),  # ... or before it
    ("报道开头的口号是什么?", "补精神之“钙”、除“四风”之害、祛行为之垢、立为民之制。"),  # its opening lines
    ("这篇里那句以亲开头的征求意见原话是啥", "“亲,期待您积极参与,欢迎拍砖、吐槽。 ”"),  # the line that begins so
    ("以班子强不强开头的那句话是什么", "“班子强不强,关键看班长。 ”"),
    ("第一个小标题是什么?我记得是“周密部署”开头的", "周密部署,真督实导,确保活动不走过场"),  # a heading's
    ("这篇报道属于什么体裁?", "工作综述"),  # the kind of article its title names
    ("综述的是第几批活动?", "第二批"),  # the round its title names
    ("开篇「補精神之鈣」後面是哪句?", "除“四风”之害"),  # the next line as the report writes it, quotes and all
    ("“补精神之钙”后面还有哪几句?", "除“四风”之害、祛行为之垢、立为民之制"),  # several asked: the rest of the list
    ("补精神之“钙”、除“四风”之害、祛行为之垢、什么?", "立为民之制"),  # the item a list goes on with (“四风” is no name)
])
def test_questions_about_the_wording_of_the_report(engine: Engine, question: str, lead: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None, question
    assert result.answer.lead == lead


def test_what_follows_a_whole_sentence_is_the_next_one(engine: Engine) -> None:
    result = engine.ask("“敞开大门,广开言路”这句后面写的什么?")
    assert result.status == "answered" and result.answer is not None
    assert result.answer.sentence.startswith("第二批参加单位普遍通过")


@pytest.mark.parametrize(("question", "start"), [
    ("介绍完芜湖市以后,接下来说的是哪里?", "庐江县"),  # the part after the one about 芜湖市
    ("报道结尾提到的问题整改完了多少?", "据统计"),  # asked of the closing paragraph
    ("导语里提到的中央领导是谁?", "3月25日至27日"),  # asked of the opening
    ("第二部分小标题?学习那块", "深学深思"),  # which part it is, said again after the question
    ("最后一部分标题 整改那段", "即知即改"),
    ("第三个小标题是什么?这部分讲征求意见吧", "敞开大门"),  # a guess after the question
    ("听意见那块的小标题怎么写的", "敞开大门"),  # the part pointed at by what it is about
    ("最后一部分讲正改的 标题是啥", "即知即改"),  # what the part is about only says which part
    ("“广开言路”那个部分第一句话是啥", "教育实践活动搞得好不好"),  # a heading quoted in part: that part's opening
    ("“即知即改”那一部分开头一句讲什么?", "3月15日至19日"),
    ("讲芜湖热线那段,开头一句是什么?", "芜湖市积极创新"),  # the paragraph that speaks of it, its first line
])
def test_questions_asked_of_one_part_of_the_report(engine: Engine, question: str, start: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None, question
    assert result.answer.sentence.startswith(start)


def test_a_part_that_does_not_speak_of_it_does_not_answer(engine: Engine) -> None:
    result = engine.ask("开头提到了哪部电影?")
    assert result.answer is None or "焦裕禄" in result.answer.sentence


def test_a_stretch_that_does_not_end_a_clause_is_no_wording_question(engine: Engine) -> None:
    result = engine.ask("刘云山来皖调研后面说了什么?")
    assert result.answer is None or result.answer.lead != "时"


@pytest.mark.parametrize("question", [
    "村级督导组开展个别谈话多少人次?",  # the report's 督导组 are 省委's
    "省级领导班子成员深入基层多少人次?",  # the report counts 市、县两级
    "年度考核中发现了几个问题?",  # a figure in the sentence counts 县, not 问题
    "专题培训班培训的书记里有多少是女性?",  # 女性 is what is asked
    "来安县的便民服务手册一共多少页?",
    "马鞍山市那3800多名党员的名单是什么?",  # no list of that size
    "县里组成了几个暗访组?",  # 省里组成: another tier does it
    "乡镇级暗访组有几个?",  # 省里组成8个由厅级干部带队的暗访组: the nearest tier is 省
    "市里派的暗访组有几个?",  # 省里组成 them: the tier that made them is asked
    "合肥市长叫什么名字?",  # 市长 glued to the place is still asked
    "暗访组曝光了哪些干部的名字?",  # names asked: 厅级干部 names none
    "安徽日报的总编辑是谁?",  # another post than the report's 责任编辑
    "刘云山去了哪几个市?",  # places asked: the sentence about his visit names none he went to
    "是哪些单位用官方微博征求意见的?",  # 一些单位 names none of them
    "哪个单位用官方微博征求意见?",
    "基层党组织书记专题培训由哪个部门主办?",  # 部门 asked: the sentence names none
    "16个省委督导组每组多少人?",  # per group: the report gives the total
    "年度考核中有多少干部不合格?",  # no figure there counts 干部
    "省委抽调的170人都来自哪些单位?",  # the sentence neither names a 单位 nor lists any
    "培训的44900多名基层党组织书记里村支书占多少?",  # 村支书占多少: the share of a part is asked
    "张宝顺去调研的6个市除了合肥还有哪些?",  # besides 合肥: 合肥等6市 names no other
    "除了马鞍山还有哪些地方搞了帮学送学?",
    "市委书记张宝顺去了几个市?",  # 市委 is another tier than the report's 省委, no typo of it
    "合肥市第一批任务已经完成了多少项?",  # the 39项 published: none said done
    "第一批活动单位有多少个问题整改不合格?",  # 整改完毕 and 整改中 are counted, not what failed
    "王明方联系的是哪个市?",  # one place asked: a count of places (1个省辖市) does not name it
    "王学军重点联系的县是哪个?",  # … asked after the level of place
    "省长王学军确定的重点联系县(市、区)是____?",  # … or as a blank to fill
    "李锦斌重点联系的县是哪里?",  # … of a leader named only in the report's list (no name to the dictionary)
    "刘云山来皖调研期间,共考察了哪几个市?分别是什么?",  # places asked, then asked again one by one
    "第三道工序是什么?",  # an ordinal the report does not give (头道)
    "每个省委督导组有多少人?",  # a figure per item: the report gives totals (170人, 16个)
    "“四风”这个说法是谁提出的?",  # who said it: no sentence says anyone did
    "哪个市征求到的意见最多?",  # a superlative the report does not state
    "刘云山是哪里人?",  # an origin: a place named near him is not it
    "省长王学军是啥地方人?",  # (啥地方人: 哪里人)
    "各级党员干部走访群众232.4万余户,一共走了多少个村?",  # places of a level counted: no figure counts villages
    "专题点评通报会在哪儿召开的?",  # where an event was: no place it was at
    "合肥市那39项任务里完成了多少项?",  # the figure the question gives is no answer to it
    "合肥市公布的第一批任务具体是哪些任务?",  # the list there (正风肃纪、为民服务…) is of 专项行动
    "全省一共有多少个省直管县?",  # 分别选择1个省辖市或省直管县: a figure per leader, no total
    "合肥四个专项行动分别由谁牵头?",  # who, one by one: a list of the actions names no one
    "合肥专项行动的牵头领导分别是谁?",
    "市级领导班子成员单独深入基层多少人次?",  # 市、县两级…38500余人次 counts both tiers together
    "单看乡镇街道这一级,派出了多少个督导组?",  # 市、县和乡镇、街道…1264个: all the tiers together
    "全省省直单位领导班子成员深入基层多少人次?",  # the bodies of the province (省直单位) are of no tier it counts
    "省级单位领导班子成员深入基层多少人次?",
    "“1+8”方案里的8个方案具体指什么?",  # the members asked: the sentence names the plan, not its parts
    "马鞍山一共给多少党员送学?",  # a total: 5600多名年老体弱党员、3800多名… count kinds of them
    "第一批活动单位一共有多少家?",  # what there are so many of is 单位: 4395个 counts 问题
    "教育实践活动的第三个环节叫什么?",  # 第三个环节: a round the report does not give
    "报告团有几个人?",  # 几个人 counts people: 20场 does not
    "各市的活动领导小组副组长是谁?",  # a deputy: the report names who is 组长
    "十九位省领导各自联系哪些县?",  # which places each: 1个县 each names none
    "“1+8”方案的8个配套方案分别叫啥?",  # the names of each: the sentence names the plan only
    "督导组 经费",  # keywords: the last one is what is asked
    "全省有多少个乡镇?",  # 1602个由乡镇…兼任: 乡镇 does something to what is counted
    "“1+8”活动方案的具体内容是什么?",  # its specifics: the sentence names the plan, lists nothing of it
    "1140人中处级干部多少?",  # 干部 before 多少 is counted: 92400多个 counts 问题
    "一对一重点点评的县具体是哪些?",  # places asked: a list of other things (巡视工作、干部管理) names none
    "督导组深入市县督导的次数中,有多少次是不打招呼的?",  # a part asked after a comma: what sets it apart must be said
    "请问中央督导组来安徽检查过几次?",  # 中央 is a tier above the 省委督导组 the report counts
    "19位省领导里,其余那十几位都是谁?",  # the rest of the 19: the sentence names four
    "合肥公布的39项任务里,排第一的是哪一项?",  # a rank among the 39: none is named
    "各地通报查处涉及“四风”问题人数1140人,其中受党纪处分者几何?",  # a part of them, by the penalty
    "查处的那1140人里头给了党纪处分的有多少",
    "全省市、县两级领导班子成员一共有多少人?",  # how many there are: 38500余人次 counts the times they went
    "1+8方案里那个8是啥",  # the part after the plus: the sentence names the plan, lists none of the eight
    "“1+8”方案里面的“8”是指什么八个?",
    "芜湖的热线一共接了多少通电话?",  # calls counted in 通: 11条 counts the lines
    "那个“1+8”方案里头的8个都是啥内容?",  # the eight listed: the sentence names the plan only
    "请问来安县《便民服务手册》的印发数量和发放范围情况如何?",  # a count of copies, which the report does not give
    "选的违法违纪典型案例,一共选了多少个?",  # the cases counted, named before the comma: 17.3万余份 counts copies
])
def test_what_is_asked_of_whom_must_be_said(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered", question


@pytest.mark.parametrize(("question", "expect"), [
    ("网友对官方微博征求意见有啥反馈?", "点赞"),  # 网友: a general word the report says otherwise (网民)
    ("安徽第2批活动省委抽调了多少人组成督导组?", "170人"),  # 第二批: the round the whole report is about
    ("合肥市开展的专项行动叫什么?", "正风肃纪"),
    ("庐江县听取意见时秉持什么态度?", "用真心"),  # 什么态度: the kind asked, which the answer need not name
    ("责编叫啥名儿?", "梁 海燕"),  # 名儿 is 名字
    ("想问下记者叫啥", "黄永礼"),  # 想问下: a polite opening
    ("即知即改希望让群众从一开始就体会到什么?", "感受到"),  # 体会 is 感受 in the thesaurus
    ("省委书记张宝顺带头做了什么?", "带头撰写"),  # 省委书记 before his name says who he is: not what to find
    ("来安县编印服务手册所要达到的效果是什么?", "咨询有路"),  # what it is for: 让群众…
    ("“四解决四推动”是干啥用的?", "重要抓手"),  # what it is used as
    ("县委班子要集中学习几天?", "5天以上"),
    ("市县委班子集中学习最少得几天?", "5天以上"),  # 最少得几天 asks a bound, not a ranking
    ("“小四风”具体是指哪四种风气?", "吃喝风"),  # 哪四种风气: the kind asked, which the answer need not name
    ("芜湖搭的那个政情民意渠道被叫做什么?", "直通车"),  # the thing whose name is asked
    ("微博上那句亲怎么说的来着", "欢迎拍砖"),  # 微, 博 read again as 微博 (of 官方微博)
    ("网友觉得用新媒体收集民意怎么样?", "感受到了诚意"),  # 觉得 frames: 网友 the one word forgiven
    ("张宝顺到合肥等几个城市做了调研?", "6市"),  # 几个城市: a count of places, whatever their level
    ("各市县开了多少场先进事迹宣讲会?", "2855场"),  # 先进事迹 modifies what is counted: 先进事迹报告会2855场
    ("全省村级党组织组织了多少次集体学习?", "103800多次"),  # the thing counted (学习) stands by the figure  # 市、县(市、区)委班子: read past the gloss in brackets
    ("省委开过几次常委会议商量部署活动?", "5次"),  # 商量 frames (jieba's dictionary tags it a noun)
    ("带头选联系点的省领导分别是谁?", "张宝顺"),
    ("县级单独梳理出多少条意见建议?", "21500多条"),  # figures in a row for 市、县两级: each tier's own
    ("光是县委班子要集中学习几天?", "5天以上"),
    ("小四风具体包括哪些?", "吃喝风、红包风"),
    ("省委书记张宝顺去了几个市调研?", "合肥等6市"),
    ("报告团巡回报告了多少场次?", "20场"),
    ("省几大班子领导看过电影焦裕禄吗?", "观看电影《焦裕禄》"),
    ("芜湖设热线是借助了哪方面的资源?", "依托市级主要媒体"),
    ("领导干部到群众中去主要是做什么呢?", "察民情"),
    ("来安县给老百姓编了本什么小册子?", "《便民服务手册》"),
    ("3月24日开的会叫什么会?", "专题点评通报会"),
    ("3月24日开的那个会,名字是什么来着?", "专题点评通报会"),  # a meeting said by 会 alone, its name asked
    ("1264个督导组,是哪些地方派出去的?", "乡镇、街道也分别派出督导组1264个"),  # who sent them, no list of 督导组
    ("各市的活动领导小组谁当组长?", "任组长"),
    ("sheng委书记是谁", "省委书记张宝顺"),  # letters typed for a character: 省, with 委书记 a word of the report
    ("wuhu市设立了几条热线?", "11条热线电话"),
    ("安徽sw书记是谁", "省委书记张宝顺"),  # letters that make no syllable: initials (s-heng w-ei), with 书记
    ("刘云山是那天来安徽的", "3月25日至27日"),
    ("学习辅导资料印了多少份?", "5万余份"),
    ("暗访组是科级干部带的吗?", "厅级干部带队"),
    ("小四风到底是哪四风啊 老记不住", "吃喝风、红包风"),  # 哪四风 asks which four; a remark after the question
    ("淮南那边整的啥“三个像”?俺咋没弄明白", "党员“个体像”"),  # 俺咋没弄明白: the asker's puzzlement, 咋 or not
    ("学习这一块在整个活动里算个啥地位?村里年轻党员老问我", "基础环节"),  # who asks the asker: a remark too
    ("督导组有多少人?急", "170人"),  # a rank claimed is checked: the sentence giving the rank answers  # 资料 said as 材料 and 印 as 编发: said otherwise is said  # no question word: 那天 is 哪天 typed by sound  # 各市: every city, said by 16个省辖市
    ("多少个县区成立了活动领导小组?", "105个县(市、区)"),  # 县区: the tiers the passage names
    ("省里几套班子的领导一起看了什么片子?", "电影《焦裕禄》"),  # 片子, said as 电影: its weight is evidence too  # a word of the kind asked (…通报会) names it
    ("三月二十四号开的是什么会", "专题点评通报会"),  # 24号 is 24日; 日开, a date glued to a verb, frames  # everyday words: 老百姓 is 群众, 小册子 手册
    ("省里组建的宣讲团巡回报告了多少场?", "20场"),  # 宣讲团: the report's 报告团  # 到群众中去, said alike: the sentence that says it  # 哪方面 is asked: the verb 借助 only frames  # 看过: the verb 看 (in 观看), its aspect aside  # 场次: a measure word of 场's family, not a thing asked of
    ("被一对一重点点评的县区总数是多少?", "10个县(区)"),  # 总数 asks a figure  # his post says who he is: the sentence of what he did answers
    ("为啥说能听进群众多少意见那么要紧", "至关重要"),  # why it is said: 多少 is the claim's, not asked
    ("老百姓的意见能听进去多少,报道觉得有多重要?", "至关重要"),  # how much it matters is asked, not 多少
    ("能听进去老百姓多少话,这事要不要紧?", "至关重要"),  # 要不要紧 asks, no remark after the question
    ("北京来看的那位大官叫啥名字?", "刘云山"),  # a leader come from 北京 is one of 中央
    ("合着中央下来的那位大领导夸安徽啥了?", "很好的成绩"),  # 中央|下来 shortens to no 中来 (从群众中来)
    ("中央来安徽看情况的那个大领导是谁啊", "刘云山"),  # 大 says how high a leader: no word to find
    ("市县的头头们跑下去多少人次?", "38500余人次"),  # 跑下去: going down to the grassroots (深入基层)
    ("吃吃喝喝、塞红包、搓麻将赌铜钿,还有一样是啥?", "走读风"),  # 还有一样: which one more, not 一样 (alike)
    ("因为那种坏作风被处理的有几个人?", "1140人"),  # 坏作风, everyday words for the 四风
    ("那些软趴趴不顶事的村党支部有多少要整", "1660个"),  # everyday words for 软弱涣散
    ("网友们喜欢这种方式吗?", "点赞"),  # to like, said of netizens, is what their 点赞 says
    ("安徽省里的一把手书记叫啥名", "张宝顺"),  # the province's highest 书记: its 省委书记, not 中央书记处书记刘云山
    ("第2批教育实践活动里省委派出了几个督导组?", "16个省委督导组"),  # 第二批, the report’s round: the passage need not say it again
    ("省委一共成立了几个督导组?", "16个"),  # 8位…担任省委督导组第一组长 counts people: no part of the groups
    ("省里一共派了多少个暗访组?", "8个"),  # one figure counts them all (8个由厅级干部带队的暗访组)  # the members asked, listed  # a norm each tier keeps, not a total of them  # who, one by one: the sentence names them
    ("官方微博那句话咋说的来着", "欢迎拍砖、吐槽"),
    ("第二批参加单位征询意见的载体有哪些?", "开通网上平台等多种渠道"),  # 载体: a way, said by the passage's own word for it
    ("那个专题点评大会是哪天开的?", "3月24日"),  # 大会: the meeting the report names for it (专题点评通报会)
    ("网友对用微博征求意见咋看的?", "感受到了诚意"),
    ("網民點評價單位用官方微博征求意見?", "感受到了诚意"),  # 点评价: 怎么评价, what they thought, said by 表示
    ("合肥市每项整改任务明确了哪两个方面的责任?", "牵头领导和责任单位"),  # two parallel names joined by 和
    # a remark asking the report's wording after the question asks nothing else (but keywords: 原话咋说的 after
    # 亲啥的 asks for the words quoted)
    ("报告里说活动搞得好坏,关键要看哪一点,原话怎么说的?", "能听进多少群众意见"),
    ("微博征意见那段 亲啥的 原话咋说的", "欢迎拍砖"),
    ("你好,做个比对,听群众意见这件事文章怎么评价它的分量?", "能听进多少群众意见,至关重要"),
    ("省里抽了多少人去搞督查", "170人"),
    ("软弱涣散的基层党组织要整顿几个?", "1660个"),
    ("芜湖为了听意见开了几条热线?", "11条热线电话"),
    ("省委督导组是否共有16个?", "16个省委督导组"),  # 共有: a total claimed, not 共性
    ("暗访组是处级干部带队?", "厅级干部带队"),  # a statement asked back, no question word: a claim to check
    ("我有亲戚在淮南,想顺便提一嘴淮南,淮南学习这块是咋搞的?", "淮南市深学细照"),  # 提一嘴: said once, no 第一
    ("各级党员领导干部到群众中去,主要是要做哪几件事?", "察民情、听民意、解民忧"),  # the deeds listed
    ("芜湖搭的那个平台叫啥?", "直通车"),  # 搭, one character of 搭建, right before the name
    ("芜湖搭的那个征求意见的平台,叫啥名来着", "直通车"),  # … its name asked after a comma
    ("外甥在来安县上班,说县里发了本小册子. 册子名.", "便民服务手册"),  # where the asker's nephew works
    ("下期嘉宾是庐江人,我想先做做功课:庐江县当时听取意见,用了哪些具体办法?", "匿名征集"),  # the asker's aim before the colon
    ("除了四风共性问题,是不是还专门整治了“小四风”?", "小四风"),  # whether, besides: a claim, no list of others
    ("19位省领导里,点了名的是哪几位?", "王学军"),  # the ones named of the 19: the four the sentence names
    ("除了焦裕禄精神,安徽还拿谁的精神当镜子?", "沈浩精神"),  # another of the kind besides the one given
    ("学员里不少是基层来的,淮南的做法他们可能感兴趣。淮南对照要求画了哪几幅“像”?", "群体像"),  # a sentence told before
    ("我爸以前在马鞍山村里当过支书hhh 他说文化不高的老党员最难学 报道里说马鞍山给多少这种党员送学了", "3800多名"),
    ("读报时见到有单位借官方微博征求意见,措辞颇为新潮。请问那句话原文是怎样写的?", "拍砖"),  # 那句话 points back
    ("网民对单位用官方微博征求意见是个啥态度", "点赞"),  # the attitude of people: how they took it
    ("学焦裕禄、沈浩精神,在介活动里头算个嘛位置呢?", "作为红线"),  # Tianjin: 介 这, 个嘛 个什么
    # a Latin full stop ends the sentence told before; its words choose no sentence over what is asked
    ("在家翻报纸,说学习教育是头道工序. 学习教育 算整个活动里的什么环节", "基础环节"),
    ("周末翻旧报纸,说学习教育当头道工序. 学习教育 算啥环节.", "基础环节"),
    ("官方微博上写的啥,欢迎拍砖吐槽来着?", "拍砖"),  # a guess after the question still points at the answer
    # the original words asked for after the question only ask that it be answered in them
    ("马鞍山送学送给了哪几类党员?原文那几句是啥", "年老体弱党员"),
    ("省委督导组抽调了170人,原文是这个数吗?", "170人"),
    ("庐江县听意见用了哪些办法?原文确切怎么写?", "逆向测评"),
    ("据原文,党员干部学习要克服哪两种问题?", "本领恐慌"),  # 据原文: where it is said, no line asked
    ("十九位省领导里打头的是哪几个?", "张宝顺"),  # the first of the 19: the ones the sentence names
    ("网民觉得用微博征求意见好在哪里?", "感受到了诚意"), ("庐江县的做法好在什么地方?", "用真心"),  # 好在哪: what is good, no place
    ("焦裕禄和沈浩这两位的精神被当作什么?", "为镜子"),  # 这两位 counts the two just named
    ("文中是否提及网民感受到诚意?", "感受到了诚意"),  # 提及: whether the report says it
    ("说的是以什么为标尺?", "以“三严三实”为标尺"),  # words of the opening, the report unnamed: no gist asked
    ("单位开官微征求意见,网民认不认同?", "引来不少网民“点赞”"),  # approval asked: a deed of approval shows it
    ("网民怎么看单位用微博征求意见?", "不少网民表示"),  # ... what they think asked: what they said
    ("暗访组是否由处级干部带队?", "厅级干部带队"),  # 是否 mid-sentence asks yes or no: the rank the passage gives settles it
    ("暗访曝光的典型案例有没有公开点名?", "通报和曝光"),  # 点名 asked whether it was done: no names requested
    ("省领导里有几位在下面包点?", "19位省领导"),  # 包点, rare, ends in 点 but is a word the thesaurus knows (联系点)
    ("马鞍山给哪些人员送学了", "年老体弱党员"),  # 哪些人员: the kinds of people
    ("焦裕禄沈浩的精神做为啥贯穿始终", "作为红线"),  # 做为啥: as what, typed 做 for 作
    ("活动搞得好不好,关键取决于啥", "至关重要"),  # what is crucial, asked in other words
    ("一个班子好不好,最要紧看谁?", "关键看班长"),
    ("活动搞得怎么样关建在哪个地方", "至关重要"),  # 关建 typed for 关键; 在哪个地方: what, not where
    ("淮南要给哪几个层面画像", "群体像"),  # 画像: what 画好…像 says
    ("第一批的单位活动搞完是不是散伙了?", "机构不撤"),  # 散伙: 撤, which the report says was not done
    ("暗访抓到的典型点名曝光没", "通报和曝光"),  # 抓到: 发现
    ("正在整改过程中的有多少个问题", "1253个正积极整改中"),  # 过程中: while under way, no word to find
])
def test_one_word_said_otherwise_does_not_refuse(engine: Engine, question: str, expect: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None, (question, result.unsupported)
    assert expect in result.answer.sentence


@pytest.mark.parametrize(("question", "expect"), [
    ("各地通报查处了一千一百多人吗", "1140人"),  # a rough figure stands for any that begins so
    ("走访群众二百多万户对吧", "232.4万余户"),
    ("省领导联系点是20位省领导选的吗", "19位省领导"),  # a count claimed in a yes/no question is checked, not matched
    ("培训了多少个基层党组织书记", "44900多人"),  # 多少个书记 counts people
    ("合肥第一批公布了三十好几项任务?准数呢", "39项"),  # 三十好几: thirty-odd; 准数呢: the exact figure asked
])
def test_rough_figures_and_claimed_counts(engine: Engine, question: str, expect: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None, (question, result.unsupported)
    assert expect in result.answer.sentence


def test_a_rough_figure_the_report_does_not_give_is_answered_with_the_one_it_gives(engine: Engine) -> None:
    result = engine.ask("各地通报查处了两千多人吗")  # a claim the report settles: it says 1140人
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "1140人"


def test_an_event_asked_about_is_said_or_not(engine: Engine) -> None:
    # 征到: the report's 征求到, the same characters; 下雨: nothing of it in the report
    assert engine.ask("全省征到了七十多万条意见建议吗?").status == "answered"
    assert engine.ask("合肥开展专项行动的时候下雨了吗?").status != "answered"


def test_a_year_is_a_constraint_not_a_claim(engine: Engine) -> None:
    assert engine.ask("2013年各地通报查处了多少人?").status != "answered"


@pytest.mark.parametrize("question", [
    "省委督导组的工作经费一共有多少?",  # the facet before 一共有多少 is what is asked
    "芜湖收到的意见里有多少条是关于四风的?",  # a part set apart by what it is about
    "被一对一重点点评的10个县(区)是哪些?",  # which ones, where the report only counts them
    "暗访的50个县 有哪些",  # ... asked after a space or a comma (…10个县(区),是哪些县?)
    "芜湖市依托的市级主要媒体是哪几间?",  # 间: 家, as southern speech counts firms
    "1602个之外剩下的那些软弱涣散党组织,第一书记是谁兼任的?",  # the rest of a part the report sets apart (其中…)
    "1660个软弱涣散党组织里头有多少个是社区的?",  # a part said by what it is: 社区 only in 一村(社区)一策
    "全省市、县和乡镇、街道派出的督导组中,派驻到村一级的有多少个?",  # a part of those named, after a comma
    "马鞍山给年老体弱党员送学是用什么方式送的?",  # the means: the sentence says only for whom it was done
    "第三督导组的第一组长是什么级别的干部?",  # a group by its number: the report numbers none (16个省委督导组)
    "第二暗访组是谁带队的?",  # (8个由厅级干部带队的暗访组)
    "全省征集的意见中通过网络收集的有多少条?",  # ... or by how it was collected
    "全省设了多少条热线?",  # the report gives 芜湖市's hotlines, not the province's
    "兼任第一书记的乡镇干部要干几耐?",  # 几耐 (几久): how long, which the report does not say
    "查摆的4395个问题中 县级单位有多少个",  # bodies of a tier among those counted, which it does not count
    "第一批活动单位里 市级单位几个",
    "来安县的便民服务手册印了多少册?是怎么发放的?",  # a count asked beside another question, none given
])
def test_a_facet_or_part_the_report_does_not_give_is_not_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"


@pytest.mark.parametrize(("question", "expect", "lead"), [
    ("第一批单位的活动机构撤掉了没", "机构不撤", None),  # 撤掉: the verb without its result
    ("马鞍山给哪些人送学了", "5600多名年老体弱党员", None),  # which people, no count said: the kinds named answer
    ("上级党组织负责人下村讲辅导课讲了多少场", "辅导报告40900多场", "40900多场"),  # 下村: where it happened
    ("张书记带头写了什么文章?", "学习体会文章", None),  # surname and post: the one person so named
    ("省委督导组下去开了多少场会", "召开座谈会462场", "462场"),  # the verb before the figure (召开…462场)
    ("张宝顺自己有没有写心得", "学习体会文章", None),  # 心得 whole, though the cut leaves its 得 out
    ("省委说整个第二批要抓住啥当把手", "“四解决四推动”作为重要抓手", None),  # 把手 whole, though the cut leaves its 把 out
    ("省里出的那个总计划叫啥名", "“1+8”活动方案", "“1+8”活动方案"),  # 总计划: no 总计 (a total) and 划
    ("当官的下到老百姓中间干啥去?", "察民情、听民意、解民忧", None),  # going where the sentence says, in everyday words
    ("领导干部下到群众里头都干点啥", "察民情、听民意、解民忧", None),  # going there, asked with no 去
    ("省里头的大官是不是开了五回会专门商量这事?", "先后5次召开常委会议", None),  # 五回: 5 times, as 5次
    ("那个1+8方案除了列问题还要干啥", "做好分类指导", None),  # other deeds besides one: the sentence's other clauses
    ("除了先学一步 还说要带头干嘛", "带头贯彻、走在前面", None),
    ("省里大佬们组团去看了哪部片子?", "集中观看电影《焦裕禄》", None),  # a work asked for: the sentence must say 电影
    ("偷偷去查的组有几个,谁带头?", "8个由厅级干部带队的暗访组", None),  # who leads a group: 由厅级干部带队 says it
    ("中央来调研的领导对安徽这次活动打了什么评语?", "安徽活动取得了很好的成绩", None),  # 评价,认为“…”: its words
    # who did it, claimed with no 由: the sentence of the deed settles it
    ("那个专题点评通报会是不是省纪委召开的", "省委教育实践活动领导小组专门召开", None),
    ("3月24日的点评通报会是省纪委召开的,对吗?", "省委教育实践活动领导小组专门召开", None),
    ("带头撰写发表学习体会文章的是省长王学军,对吗?", "张宝顺带头撰写", None),
    ("3月24号开的那个会叫啥名?", "专题点评通报会", None),  # the kind pointed at (那个会) names it
    ("你好啊小同志 我问一下哈 省里把啥当成红线一直贯穿到底的😊", "作为红线", None),  # a greeting with who is greeted
])
def test_ways_of_putting_it_still_answer(engine: Engine, question: str, expect: str, lead: str | None) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None
    assert expect in result.answer.sentence
    if lead is not None:
        assert result.answer.lead == lead


@pytest.mark.parametrize(("question", "expect"), [
    ("党员干部上门走访了多少户老乡", "走访群众232.4万余户"),  # 老乡: everyday for 群众
    ("那些暗访组是啥级别的干部领头的", "厅级干部带队"),  # 领头: everyday for 带队
    ("检查组找人一对一聊天聊了多少人次", "开展个别谈话12400余人次"),  # 一对一|聊天: 一对一谈话, said 个别谈话
    ("当官的下去蹲的点一共有多少个?", "联系点5322个"),  # 蹲的点: 蹲点, the table's word for 联系点
    ("当官的挂钩的那种点,全省一共弄了多少个?", "联系点5322个"),  # 挂钩的那种点: 挂钩点
    ("啲干部上门探街坊探咗几多户?", "走访群众232.4万余户"),  # 街坊: everyday for 群众
    ("印了多少份学习小册子发下去?", "编发学习辅导材料5万余份"),  # 小册子: a 手册, or the 辅导材料 one learns from
    ("省里请先进人物组团去各地宣讲了多少场?", "巡回报告20场"),  # 组团: 组建…团
    ("市里县里管这活动的小组是谁当头?", "由党委主要负责同志任组长"),  # 当头: 任组长
    ("网民对政府用微博征集意见是啥反应?", "网民"),  # 对|政府: a preposition, then 政府 (官方)
    ("来安县那本便民手册对百姓有啥好处?", "咨询有路、求助有果、投诉有门"),  # 对|百姓
    ("全省统一安排的三严三实集中学习持续了多长时间?", "为期1个月"),  # 统一安排: 部署
    ("班子带头学习花样多不多,有哪些形式", "等多种形式"),  # 花样: 形式
])
def test_everyday_words_of_the_table_answer(engine: Engine, question: str, expect: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and expect in result.answer.sentence


def test_the_sentence_that_names_the_asked_place_answers(engine: Engine) -> None:
    result = engine.ask("淮南学习教育有啥做法")
    assert result.answer is not None and result.answer.sentence.startswith("淮南市深学细照")


def test_a_word_said_by_a_synonym_weighs_less_in_choosing_the_sentence(engine: Engine) -> None:
    # 网友 is the report's 网民 (the next sentence's word); 拍砖 and 吐槽 are said as they are asked
    result = engine.ask("听说有的单位在微博上喊网友拍砖吐槽,真的假的?")
    assert result.answer is not None and "欢迎拍砖、吐槽" in result.answer.sentence


@pytest.mark.parametrize("question", ["意见从哪来效果往哪去,那句话咋说的", "意见从群众中来,那效果呢,后半句咋说的?"])
def test_a_short_line_the_question_quotes_is_the_words_asked_for(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # the line has no quotation marks: the report says it in its own voice
    assert result.status == "answered" and result.answer is not None
    assert result.answer.stated == "意见,从群众中来;效果,也到群众中去。"


def test_a_result_told_before_the_count_asked_is_no_state_asked(engine: Engine) -> None:
    result = engine.ask("刚才已经查到年老体弱党员的人数了,流动党员是多少人?")  # 查到 is the asker's, not 多少人's
    assert result.status == "answered" and result.answer is not None and "1500多名流动党员" in result.answer.sentence


def test_the_wording_asked_of_no_one_is_the_reports_own_line(engine: Engine) -> None:
    question, said = "要求学习上比别人早一步那句,原话是咋写的?", "先学一步、学深一些,带头贯彻、走在前面。"
    result = engine.ask(question)  # short clauses of one length: how the report itself puts it, no quote needed
    assert result.status == "answered" and result.answer is not None
    assert result.answer.stated == said and result.answer.sentence.startswith(said)  # (with the sentence it heads)


@pytest.mark.parametrize("question", ["有单位在微博上说“亲”是怎么回事?", "用微博征求意见的那个口号说的啥?",
                                      "啲单位用官方微博征求意见嗰阵写咗句咩嘢?",
                                      "一些单位在官方微博上是怎么表述的?"])  # 怎么表述: how it was worded
def test_the_words_said_are_asked_for_in_many_ways(engine: Engine, question: str) -> None:
    # a slogan, a line written, a quoted word asked about: the words quoted answer, not the sentence after them
    result = engine.ask(question)
    assert result.answer is not None and "欢迎拍砖、吐槽" in result.answer.sentence


@pytest.mark.parametrize(("question", "said"), [
    ("同行请教下:来安县为方便群众办事编了本什么手册?", "便民服务手册"),  # an opening that only asks politely
    ("有一说一,刘云山对安徽这活动咋评价的?", "高度评价"),  # 有一说一 (to be frank) is no 一对一
    ("征求意见这块有啥毛病要解决啊", "征求意见聚焦不够"),  # 这块: where in the work, not a word to find
    ("省委督导组开的座谈会有四百多场,准数是多少?", "462场"),  # 准数: the exact figure asked for
    ("刘云山来安徽调研是不是四月份的事儿啊?我咋记得是四月呢", "3月25日至27日"),  # 我咋记得: the asker recalls
    ("听意见那部分,说要直接到群众中去干嘛来着?", "察民情、听民意、解民忧"),  # 那部分: the part pointed at
    ("淮南市学习时有没有对照焦裕禄精神、沈浩精神?", "焦裕禄精神、沈浩精神"),  # 学习时: when, no word to find
    ("听取意见环节中,各级党员干部入户走访群众累计覆盖多少户?", "232.4万余户"),  # 环节中: the stage it is done in
    ("学习教育在整个活动里算是一个什么样的环节?", "基础环节"),  # (but 什么样的环节 asks the stage ...
    ("学习教育是否被定位为基础环节?", "基础环节"),  # ... and 基础环节 is the report's own word)
    ("学习教育被定位成一个什么性质的环节?", "基础环节"),  # 一个 before 什么性质的环节
    ("学习教育在整个活动里算打根基的哪一步?", "基础环节"),  # 算…的哪一步: what it is counted as
    ("安徽省长 姓名是啥", "王学军"),  # 姓名 asks a name, as 名字 does
    ("一对一点评十个县区是在什么会上?", "专题点评通报会"),  # 什么会上: at what meeting (会议)
    ("省委用什么手段推动第二批活动?", "四解决四推动"),  # the means asked, said as 抓手 (the handle it is taken by)
    ("庐江县在征询意见时运用了哪些工作方法?", "量化指标、匿名征集、逆向测评、引导提示"),  # 运用了哪些方法: how
    # a remark asking for the exact words after the question: the report's words, no one's quoted
    ("来安县那本手册,说是要让老百姓碰上事儿能咋样?原话怎么讲的?", "咨询有路、求助有果、投诉有门"),
    ("村级党组织组织大家集中学习,到现在累计多少次?", "103800多次"),  # 累计多少次: in all, no verb done so often
    ("文末署名的记者叫什么名字?", "黄永礼"),  # 文末: where the report ends, as 末尾
    ("学习教育这个环节,文中怎么定位?", "基础环节"),  # 怎么定位: where it stands, as 定位是什么
    ("有听众问这篇稿子是哪家媒体的?", "安徽日报"),  # 有听众问: who asked, no word of the question
    ("这份材料是哪家媒体发的?", "安徽日报"),  # 这份材料: the report itself, as material read
    ("乡镇街道往下派的指导组加一块有多少个", "11697个"),  # 加一块: in all
    ("准备写篇关于基层书记能力建设的文章,基层党组织书记专题培训班办了几多期?", "639期"),  # what the asker is writing
    ("一千一百四十个人为什么被通报查处?", "涉及“四风”问题"),  # why punished: what for (涉及…)
    ("版面要放合肥的例子,我得确认一下合肥那四个专项行动分别叫什么。", "正风肃纪"),  # what the asker needs it for
    ("马鞍山市对特殊群体党员采取了什么学习帮扶举措?", "帮学送学"),  # 群体 beside the people it groups
    ("这篇是哪个记者跑去写的", "黄永礼"),  # which one of a kind: the name right after it (记者 黄永礼) names it
    ("那次点评会上1个对1个批的县有几个?", "10个"),  # 1个对1个批的县: no count per item
    ("“三严三实”集中学习教育为期多常时间?", "1个月"),  # 多常: 多长 typed by sound
    ("刘云山来皖调研是在几月份?我这写的是4月。", "3月25日至27日"),  # the asker's own version, to be checked
    ("这篇综述是哪天发的?我们资料库里标的是5月8号,想确认一下。", "2014-05-07"),
    ("市县两级领导班子成员开座谈会,我稿子里写的一万一千场,报道原数是多少?", "11300多场"),  # 原数: the true count
    ("省政协主席那位叫什么", "王明方"),  # 那位: the one named
    ("本人退休二十多年了,闲来读报。想请教一下:省委督导组一共有几个?", "16个"),  # a rough figure of the asker's own
    ("前两天跟家里人聊起芜湖的热线,芜湖开了几条热线电话?", "11条"),  # 前两天 (read 前2天): the asker's day
    ("孩子要举淮南的例子,作业里问淮南画了哪三种像?", "群体像"),  # the worksheet's question: 作业 no word of it
    ("培训了多少个村支书?", "44900多人"),  # 个 counting 支书: people
    ("省委督导组到下面去跑了多少次?", "820次"),  # 到下面去: 深入
    ("督导组总共开几场会", "462场"),  # 开几场会: 开 and 场 stand apart, no word (开场)
    ("难道各地连专门会议都没开?", "召开专门会议"),  # 没开: whether 开 was done, 召开 says it
    ("报道里那个232.4万余户,是哪一个事情的数字?", "走访群众232.4万余户"),  # 哪一个事情: one thing, told, not named
    ("3142个,具体是哪一类问题的数字?", "3142个整改完毕"),  # 具体是哪一类: one kind, not members
    ("学习教育是整个活动的哪一个环节?", "基础环节"),
    ("“三严三实”集中学习教育,时间跨度是多久?", "为期1个月"),  # 跨度: how long it spans
    ("对活动来讲听群众意见重要不", "至关重要"),  # 对…来讲: for whom, no word to find
    ("各地对四风问题是不是秉持了某种整改原则?", "即知即改"),  # 秉持: 坚持; 某种原则: the principle asked
    ("公司让写学习体会,想引用一下 省委督导组下去督导了多少次?", "820次"),  # what the asker's workplace has them do
])
def test_words_that_only_frame_the_question(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


def test_how_often_frames_the_question_even_where_the_report_uses_the_word(engine: Engine) -> None:
    result = engine.ask("各级领导班子平时都咋学的呀")  # 平时 is a word of the report (平时掌握的情况)
    assert result.status == "answered" and result.answer is not None and "集中学习" in result.answer.sentence


def test_a_list_answers_which_aspects_whatever_its_items_are_called(engine: Engine) -> None:
    result = engine.ask("合肥市开展的专项行动包括哪几个方面?")  # 方面: any list's kind
    assert result.status == "answered" and result.answer is not None and "正风肃纪" in result.answer.sentence


@pytest.mark.parametrize(("question", "said"), [
    ("为什么要办基层党组织书记专题培训?", "关键看班长"),  # the saying before the sentence about the training
    ("点解啲单位要用官方微博征求意见?", "感受到了诚意"),  # what came of it, said after
])
def test_a_reason_is_read_next_to_the_sentence_that_names_the_subject(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


@pytest.mark.parametrize("question", [
    "报道引用“班子强不强,关键看班长”这句话,是为了引出哪项工作?",  # what the saying leads to: the sentence after it
    "我老伴儿老念叨“班子强不强,关键看班长”,文章里说这话后面整了啥?",  # (a saying the asker heard, quoted whole)
])
def test_what_follows_a_saying_the_question_quotes(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None
    assert result.answer.sentence.startswith("各地认真开展基层党组织书记专题培训")


def test_what_the_question_quotes_is_found_where_the_report_says_it(engine: Engine) -> None:
    result = engine.ask("省里弄的那个“1+8”到底是个啥?")  # “1+8”, not 省里…8个暗访组, which shares more words
    assert result.status == "answered" and result.answer is not None and "“1+8”活动方案" in result.answer.sentence


def test_a_figure_counts_what_its_own_clause_speaks_of(engine: Engine) -> None:
    # 12400余人次 are 个别谈话's; the clause that speaks of 座谈会 gives 462场, no count of people
    assert engine.ask("省委督导组开的462场座谈会一共有多少人参加?").status != "answered"
    result = engine.ask("张书记自己下去跑了几个市")
    assert result.answer is not None and result.answer.lead == "6市"  # not 1个省辖市, chosen by every leader


def test_a_character_of_a_common_word_is_no_typo(engine: Engine) -> None:
    result = engine.ask("芜湖是不是借助市里的主要媒体来开门纳谏的?")  # 助 of 借助 is no 出 of the report's 出市
    assert result.status == "answered" and result.answer is not None and "依托市级主要媒体" in result.answer.sentence


def test_framing_words_share_and_rough_figures(engine: Engine) -> None:
    exact = engine.ask("督导组个别谈话大概一万两千多人次对吧,精确的数字是多少?")  # 数字 only frames
    assert exact.status == "answered" and exact.answer is not None and exact.answer.lead == "12400余人次"
    assert engine.ask("75.6万条意见里涉及四风的占多大比例?").status != "answered"  # a share, which the report never gives
    heard = engine.ask("听说解决群众问题有九万多个,具体是多少?")  # the figure the rough one stands for
    assert heard.answer is not None and heard.answer.lead == "92400多个"


@pytest.mark.parametrize("question", ["查处四风问题的人数是不是一千出头?", "查处四风问题的人数是不是一千挂零?"])
def test_a_figure_said_to_be_just_over_a_round_one(engine: Engine, question: str) -> None:
    # 一千出头, 一千挂零: a little over a thousand, as 一千多 is (1140人)
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "1140人"
    many = engine.ask("意见建议是不是七十五万出头?")  # after 万 too: 75.6万余条
    assert many.status == "answered" and many.answer is not None and many.answer.lead == "75.6万余条"


@pytest.mark.parametrize(("question", "lead"), [("邀请先进典型介绍事迹有几个人次", "31100余人次"),
                                              ("市县领导深入基层有几个人次?", "38500余人次")])
def test_visits_counted_with_a_spare_measure_word(engine: Engine, question: str, lead: str) -> None:
    # 几个人次: 人次 is the measure word, as in 多少人次, not a thing counted in 个
    assert_leads(engine, question, lead)


def test_two_words_shortened_to_one_of_the_report(engine: Engine) -> None:
    result = engine.ask("为了突击检查作风,不打招呼暗中走访了多少个县?")  # 暗中走访 → 暗访
    assert result.answer is not None and result.answer.lead == "50个"
    assert "全市" not in [t.word for t in engine.read("全省市县委班子开展集中学习几天以上?").terms]  # 全省|市县
    # 上面|发下|去: no 上下, which would ask for what the sentence does not hold
    result = engine.ask("上面发下去的学习小册子印了多少份?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "5万余份"


def test_what_people_think_is_answered_by_what_they_say(engine: Engine) -> None:
    result = engine.ask("网友对官方微博征意见怎么看")
    assert result.answer is not None and "感受到了诚意" in result.answer.sentence
    result = engine.ask("网友对官方微博征意见买不买账")  # whether they approve: what they did shows it too
    assert result.answer is not None and "点赞" in result.answer.sentence



@pytest.mark.parametrize("question", ["网友对官微收意见啥反应", "官方微博征意见,网民都觉着怎么样",
                                      "网友是不是很抵触单位在微博上征求意见?"])
def test_how_people_took_a_thing_is_told_with_what_they_said_of_it(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # how they took it (点赞) and, right after, what they said (感受到了诚意)
    assert result.status == "answered" and result.answer is not None
    assert "点赞" in result.answer.sentence and "感受到了诚意" in result.answer.sentence


def test_whether_people_disliked_a_thing_the_report_does_not_tell_is_not_answered(engine: Engine) -> None:
    assert engine.ask("老百姓对整改反感不?").status != "answered"  # no sentence tells how they took it


def test_what_a_place_did_is_asked_by_its_way_of_doing(engine: Engine) -> None:
    result = engine.ask("合肥的做法是啥?")  # 做法 and 举措 only frame: what 合肥 did
    assert result.status == "answered" and result.answer is not None and "四个专项行动" in result.answer.sentence
    assert engine.ask("合肥有哪些举措?").status == "answered"


def test_the_whole_province_before_a_tier_is_its_scope_not_another_tier(engine: Engine) -> None:
    result = engine.ask("全省乡镇街道派出多少个指导组?")  # 全省乡镇: the townships of the province
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "11697个"


def test_a_noun_before_the_thing_asked_names_it(engine: Engine) -> None:
    result = engine.ask("省里组建的那个宣讲团叫什么?")  # 宣讲团 ↔ 报告团: named 先进事迹报告团
    assert result.status == "answered" and result.answer is not None and "先进事迹报告团" in result.answer.sentence
    assert engine.ask("暗访组叫什么名字?").status != "answered"  # 带队的暗访组 gives it no name


def test_a_figure_the_question_states_marks_its_passage(engine: Engine) -> None:
    result = engine.ask("四千三百九十五个问题是哪批单位查出来的?")  # only common words besides 4395
    assert result.status == "answered" and result.answer is not None and "第一批活动单位" in result.answer.sentence


def test_what_was_done_is_not_the_paragraphs_motto(engine: Engine) -> None:
    done = engine.ask("正反典型对照这方面省里做了啥?")  # 正反典型对照,增强了学习成效。 only restates it
    assert done.answer is not None and "先进事迹报告团" in done.answer.sentence
    motto = engine.ask("主要学什么?")  # what is learnt: the motto is the answer (学原著,学党史,学先进)
    assert motto.answer is not None and motto.answer.sentence.startswith("学原著")


def test_of_passages_scored_alike_the_one_holding_more_of_the_question_answers(engine: Engine) -> None:
    result = engine.ask("第一批活动单位是不是已经撤了?")  # 撤 is held by …机构不撤, not by …目前已有3142个
    assert result.answer is not None and "机构不撤" in result.answer.sentence


def test_what_the_asker_says_of_themselves_is_no_part_of_the_question(engine: Engine) -> None:
    assert engine.ask("俺是退休教师,养老金今年涨多少?").status == "none"  # still nothing the report says
    assert engine.ask("我听说芜湖市长亲自接热线,是真的吗?").status != "answered"  # what was heard is the claim
    assert engine.ask("16个省委督导组的第一组长都叫么名字?").status != "answered"  # 么名字: 什么名字, not given
    assert engine.ask("廉政警示教育基地在哪块?").status != "answered"  # 哪块: where, not given


def test_the_report_as_where_it_is_said_frames_the_question(engine: Engine) -> None:
    result = engine.ask("嗨~ 稿子里刘云山的职务是怎么写的?")  # 稿子里: in the report
    assert result.status == "answered" and result.answer is not None and "刘云山" in result.answer.sentence
    said = engine.ask("聽群眾意見有多重要 文章咋說")  # 文章咋说: what the report says
    assert said.status == "answered" and said.answer is not None and "至关重要" in said.answer.sentence
    assert engine.ask("张宝顺写了什么文章?").status == "answered"  # 文章 as what was written still counts


def test_vague_counts_ask_nothing(engine: Engine) -> None:
    aged = engine.ask("马鞍山给岁数大身子差的党员送学了多少人")  # 岁数大: old, no count of years asked
    assert aged.status == "answered" and aged.answer is not None and aged.answer.lead == "5600多名"
    schooled = engine.ask("马鞍山那些没念过多少书的党员有几个被帮学")  # 没念过多少书 asks nothing; 党员有几个: people
    assert schooled.status == "answered" and schooled.answer is not None
    assert schooled.answer.lead is not None and "," not in schooled.answer.lead  # one figure asked, not two


def test_the_word_of_a_not_a_question_is_asked(engine: Engine) -> None:
    assert engine.ask("合肥下不下雨?").status != "answered"  # 下不|下雨: the event asked, never said
    assert engine.ask("来安县隶属于哪个地级市?").status != "answered"  # 哪个地级市: a place other than 来安县


def test_opinions_gathered_are_no_opinion_asked(engine: Engine) -> None:
    gathered = engine.ask("庐江县收集群众看法时讲究什么态度?")  # 收集…看法: opinions gathered, not what someone thinks
    assert gathered.status == "answered" and gathered.answer is not None and "用真心" in gathered.answer.sentence
    classes = engine.ask("基层书记专题培训一共办了多少班次?")  # 班次 counts as 期 does
    assert classes.answer is not None and classes.answer.lead == "639期"


def test_keywords_typed_apart_and_a_word_said_in_pieces(engine: Engine) -> None:
    points = engine.ask("联系点 总数")  # 总数 after a space: the figure of the word before it
    assert points.answer is not None and points.answer.lead == "5322个"
    total = engine.ask("全省 征求意见 总数")  # 征求意见 said 征求到各类意见建议
    assert total.status == "answered" and total.answer is not None and total.answer.lead == "75.6万余条"


def test_who_did_what_a_quote_says_is_told_next_to_it(engine: Engine) -> None:
    result = engine.ask("那个“欢迎拍砖吐槽”是谁搞的呀")  # the quote's sentence names no one; the next one does
    assert result.status == "answered" and result.answer is not None and "一些单位" in result.answer.sentence
    part = engine.ask("有多少个是乡镇领导兼第一书记")  # 几个是…: what is counted is so led, not people
    assert part.answer is not None and part.answer.lead == "1602个"


@pytest.mark.parametrize(("item", "lead"), [
    ("本文来源于（ ）。A.人民日报 B.安徽日报 C.新华每日电讯", "安徽日报"),  # the option the answer names
    ("暗访组由哪一级干部带队？A.处级 B.厅级 C.省级", "厅级"),
    ("“四面镜子”不包括下列哪一项？A.理论理想 B.党章党纪 C.民心民声 D.廉洁自律", "廉洁自律"),  # the one it does not name
    ("填空：省委先后（ ）次召开常委会议专题研究部署第二批教育实践活动。", "5次"),  # a blank before a measure word
    ("填空：16个省辖市和____个县(市、区)均成立了活动领导小组。", "105个"),
    ("填空:“意见,从群众中来;效果,______。”", "也到群众中去"),  # a blank ending a quote: what follows its words
    ("填空:第三部分小标题“敞开大门,广开言路,______”", "敞开大门,广开言路,真找问题找真问题"),  # (a heading's)
])
def test_quiz_items(engine: Engine, item: str, lead: str) -> None:
    assert_leads(engine, item, lead)


def test_quiz_items_the_report_does_not_settle(engine: Engine) -> None:
    choice = engine.ask("张宝顺调研的6市中包括：A.芜湖 B.阜阳 C.安庆")  # the report names only 合肥 of the six
    assert choice.status == "partial" and choice.unsupported == ("芜湖", "阜阳", "安庆") and choice.subject == "张宝顺"
    judged = engine.ask("判断：文中提到的安徽省长是王学军。")  # a statement to judge: a claim the report settles
    assert judged.status == "answered" and judged.answer is not None and "王学军" in judged.answer.sentence
    either = engine.ask("基层党组织书记培训了四万四千九还是四万九千四来着")  # two figures offered, one said
    assert either.status == "answered" and either.answer is not None and either.answer.lead == "44900多人"


def test_a_guess_ending_in_ba_is_a_claim_to_check(engine: Engine) -> None:
    result = engine.ask("暗访组是处级干部带队的吧?")  # …的吧?: a claim; the rank the report gives settles it
    assert result.status == "answered" and result.answer is not None and "厅级" in result.answer.sentence
    points = engine.ask("全省一共设了多少个党员领导干部的联系点")  # 党员领导干部的联系点: points counted, not people
    assert points.answer is not None and points.answer.lead == "5322个"


def test_greetings_and_names_heard_by_sound(engine: Engine) -> None:
    greeted = engine.ask("老师好 嗯 我想知道马鞍山那边 给那个年纪大身体不好的党员送学 大概有多少人")  # 老师好 only greets
    assert greeted.status == "answered" and greeted.answer is not None and greeted.answer.lead == "5600多名"
    relayed = engine.ask("朋友问我小四风是哪四个, help 🙏")  # 朋友问我: who asks, not what
    assert relayed.answer is not None and relayed.answer.lead == "吃喝风、红包风、赌博风、走读风"
    heard = engine.ask("刘云三是什么时候来的")  # 刘云三: 刘云山 as fuzzy pinyin hears it (san/shan)
    assert heard.answer is not None and heard.answer.lead == "3月25日至27日"


def test_what_came_of_something_is_said_by_a_result(engine: Engine) -> None:
    result = engine.ask("用微博征求意见效果咋样")  # 效果 is what is asked: the sentence says what came of it
    assert result.status == "answered" and result.answer is not None and "点赞" in result.answer.sentence
    assert engine.ask("合肥市长效果咋样").status != "answered"  # still a facet the report does not give


def test_gan_ma_asks_what_is_done(engine: Engine) -> None:
    assert engine.read("领导干部下去干吗").wants != "yesno"  # 干吗: to do what, no 吗 of a yes/no question
    assert engine.read("领导干部下到群众里头去干嘛").folded.endswith("干嘛")  # 嘛 of 干嘛 is no particle


def test_as_what_is_no_why(engine: Engine) -> None:
    result = engine.ask("焦裕祿精神、沈浩精神被作為什麼貫穿活動始終?")  # 作为什么: as what, not 为什么
    assert result.status == "answered" and result.answer is not None and "红线" in result.answer.sentence
    assert engine.read("以焦裕禄精神和沈浩精神为啥").wants != "why"  # 以…为啥: as what
    assert engine.read("为什么要以焦裕禄精神为镜子?").wants == "why"


def test_a_fixed_phrase_with_ji_asks_no_figure(engine: Engine) -> None:
    result = engine.ask("报道中是否提到省几大班子领导同志集中观看了电影《焦裕禄》?")  # 几大班子: the report's words
    assert result.status == "answered" and result.answer is not None and "焦裕禄" in result.answer.sentence


def test_the_rest_of_a_list_besides_one_is_said_by_the_whole_list(engine: Engine) -> None:
    result = engine.ask("合肥的四个专项行动除了正风肃纪,另外三个是啥?")  # the list of four names the one set aside
    assert result.status == "answered" and result.answer is not None and "固本强基" in result.answer.sentence
    framed = engine.ask("淮南市在学习方面有什么做法?")  # 方面 only frames, even before 有什么
    assert framed.status == "answered"


def test_the_kind_of_a_list_may_be_said_in_the_reports_word(engine: Engine) -> None:
    result = engine.ask("收集群众意见都有哪些途径?")  # 途径 ↔ …等多种渠道
    assert result.status == "answered" and result.answer is not None and "征求意见函" in result.answer.sentence


def test_a_word_of_the_question_split_otherwise_by_segmentation_still_matches(engine: Engine) -> None:
    result = engine.ask("省领导的联系点是怎么定的?")  # 省领导 in 19位省领导 (cut 位省|领导) as in 其他省领导
    assert result.answer is not None and "分别选择1个省辖市" in result.answer.sentence
    assert engine.ask("省领导往各自联系点一共跑了多少趟?").status != "answered"  # 趟 counts trips: none given


def test_done_said_another_way_is_done(engine: Engine) -> None:
    result = engine.ask("办结了多少件关系老百姓切身利益的问题?")  # 办结 ↔ 解决…92400多个
    assert result.answer is not None and result.answer.lead == "92400多个"
    assert engine.ask("合肥公布的39项任务已经完成了多少项?").status != "answered"  # nothing said done of them


@pytest.mark.parametrize(("question", "expect", "lead"), [
    ("省政府的头儿是谁?", "省长王学军", "王学军"),  # the head of a body is its post
    ("安徽省政协的掌门人是哪位?", "省政协主席王明方", "王明方"),
    ("省里的一把手自己动笔写了什么东西?", "带头撰写发表学习体会文章", None),  # the post held by one person: that person
])
def test_heads_and_posts_stand_for_their_holders(engine: Engine, question: str, expect: str, lead: str | None) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and expect in result.answer.sentence
    assert lead is None or result.answer.lead == lead
    assert engine.read(question).text == question  # what was asked stays as asked


def test_an_everyday_phrase_stands_for_the_reports_word(engine: Engine) -> None:
    result = engine.ask("马鞍山给多少名上了年纪身体不好的党员送学上门?")  # 上了年纪…身体不好: 年老体弱
    assert result.answer is not None and result.answer.lead == "5600多名"


@pytest.mark.parametrize("question", ["学习教育主要学什么?", "学习教育都学哪些?", "党员干部都学些啥", "学习的时候都要学些啥呀"])
def test_what_a_verb_is_done_to_is_answered_by_the_list_of_it(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None
    assert result.answer.stated == "学原著,学党史,学先进。" and result.answer.sentence.startswith("学原著,学党史,学先进。")


@pytest.mark.parametrize("question", ["大家学习的时候,要拿什么来对照检查自己?", "大伙学习时拿啥对照"])
def test_what_something_is_done_with_is_answered_by_the_list_after_the_verb(engine: Engine, question: str) -> None:
    # 大家 is anyone; 拿什么来对照 is answered where the report lists what is 对照'd (对照理论理想、党章党纪…)
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None
    assert "对照理论理想、党章党纪、民心民声、先辈先进" in result.answer.sentence


@pytest.mark.parametrize("question", [
    "第一批已整改完毕的问题中哪一类最多?",  # 第一批 is a round, not a ranking
    "马鞍山那些流动党员主要在外地哪些城市?",  # 马鞍山市 is the question's own place, no answer to which
])
def test_what_the_question_says_itself_is_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"


def test_a_word_whose_synonym_the_question_also_says_is_asked_for_itself(engine: Engine) -> None:
    result = engine.ask("查处的1140人分别受到了什么处分?")  # 处分 is not 查处 again: the report gives no penalties
    assert result.status != "answered" and "处分" in result.unsupported


def test_where_a_thing_stands_is_answered_by_what_it_is_said_to_be(engine: Engine) -> None:
    result = engine.ask("在第二批活动中,学习教育处在什么位置?")
    assert result.answer is not None and result.answer.stated == "学习教育,是教育实践活动的基础环节。"


def test_an_everyday_phrase_for_a_phrase_of_the_report(engine: Engine) -> None:
    result = engine.ask("发现问题是不是立马就改")  # 立马就改: 立行立改
    assert result.answer is not None and "立行立改" in result.answer.sentence


def test_one_place_asked_is_not_one_of_several(engine: Engine) -> None:
    assert engine.ask("张宝顺的活动联系点是哪个省辖市?").status != "answered"  # 赴合肥等6市: six, not his one


@pytest.mark.parametrize(("question", "lead", "said"), [
    ("芜湖开门纳谏是靠啥子平台?", None, "依托市级主要媒体"),  # 啥子 is 什么
    ("上头的负责人下去给村里作辅导报告,作了好多场?", "40900多场", "辅导报告"),  # 好多 asks where nothing else does
    ("三严三实集中学习搞了好长时间?", "1个月", "为期1个月"),
    ("指导组有一万一千多个没得?", "11697个", "指导组11697个"),  # 有…没得? is 有…吗?
    ("张宝顺书记下去跑了几个市搞调研?是不是六个?", "6市", "赴合肥等6市"),  # a guess at the figure asked
    ("省政协主席是王名方吧?", None, "省政协主席王明方"),  # a name typed by sound
    ("全省一共征求到的意见是不是有七十五万多条?", "75.6万余条", "75.6万余条"),  # the figure a yes/no question claims
    ("暗访是不是查了五十个县?", "50个", "50个县"),
    # a figure stated and asked back is a claim: the sentence that settles it, with the figure it gives
    ("督导组开了642场座谈会?", "462场", "召开座谈会462场"),
    ("市县领导班子召开座谈会13100多场?", "11300多场", "召开座谈会11300多场"),
    ("马鞍山年老体弱党员是3800多名?", "5600多名", "5600多名年老体弱党员"),  # the figure of what is counted
    ("全省总共征到七十五万多条意见?", "75.6万余条", "75.6万余条"),  # a rough figure found weighs as a rare word
    ("安徽省政府的首脑是谁?", "王学军", "省长王学军"),  # the head of a body is its post
    ("单位发官微征意见 怎么吆喝的", None, "欢迎拍砖、吐槽"),  # how a call was worded: the words quoted
    ("培训基层党组织书记4.49万多人,对不?", "44900多人", "44900多人"),
    ("刘云山是四月份来的安徽吗?", "3月25日至27日", "刘云山来皖调研"),  # a month claimed: the date settles it
    ("学习的三项内容是什么(学什么)?", None, "学原著,学党史,学先进"),  # three said as three short clauses alike
    ("请列出文中所说的“四面镜子”。", None, "理论理想、党章党纪、民心民声、先辈先进"),  # 列出 only asks
    ("刘云山时任何种职务?", "中共中央政治局常委、中央书记处书记", "中共中央政治局常委"),  # every post listed before the name
    ("每位省领导选取什么地方作为自己的活动联系点?", None, "分别选择1个省辖市或省直管县"),  # the kind of place each chose
    # two passages alike: the one whose sentence has the question's subject as its own (省委部署…, not 按照省委部署要求)
    ("省委对三严三实学习做了啥部署?", None, "省委部署在全省开展为期1个月的"),
    ("1+8方案主要是拿来做啥子的?", None, "明确各领域突出问题"),  # what it is for: the clause that says what it does
    ("一加八方案是啥", None, "“1+8”活动方案"),  # a sum said in words
    ("学习教育是什么地位?", None, "是教育实践活动的基础环节"),  # the sentence that says what it is
    ("学习教育被定位为哪类环节?", None, "是教育实践活动的基础环节"),  # 定位为哪类: the standing asked
    ("学习教育在整个活动里头是啥子地位?", None, "是教育实践活动的基础环节"),  # 里头 says nothing
    ("有些单位用啥子官方账号征求意见的?", None, "利用官方微博征求意见"),  # 什么官方 asks for no post
    ("淮南 三个像", None, "党员“个体像”"),  # a count the question states, said by a list of that many
    ("卢江 三个真", None, "用真心、下真功、动真格"),
    # a list of a given size asked: the sentence that lists that many, not the four 镜子 of another one
    ("活动把哪两位先进人物的精神当镜子照", None, "以焦裕禄精神和沈浩精神为镜子"),
    ("推进的是哪两个环节的工作", None, "学习教育、听取意见环节"),
    ("组织党员干部学习,是想帮他们克服哪两种毛病?", None, "“信仰危机”和“本领恐慌”"),
    ("文章开篇用哪四句话概括了活动的要义?", None, "补精神之“钙”、除“四风”之害、祛行为之垢、立为民之制"),
    ("暗访组是好多个嘛 一共搞了几组", "8个", "8个由厅级干部带队的暗访组"),  # 是好多个: how many, whatever else asks
    ("这篇是好久发表的", "2014-05-07", "2014-05-07"),  # 是好久: when, not how long
    ("培训的基层党组织书记有五万人吗", "44900多人", "培训基层党组织书记44900多人"),  # 5|万人: one figure, no word
    ("省几大班子领导集中看的么电影?", "《焦裕禄》", "集中观看电影《焦裕禄》"),  # Wuhan 的么: 什么
    ("3月24号省里开了个么会?", None, "专题点评通报会"),  # 个么会: 什么会, not the 暗访组 of 3月15日
    ("学习教育在整个活动里算个么位置?", None, "是教育实践活动的基础环节"),  # 个么: 什么
    ("嗯家帮我查下芜湖征求到多少条意见", "3.3万余条", "征求到意见建议3.3万余条"),  # 嗯家: 您
    ("中央哪位领导到安徽来下去看看了?", "刘云山", "来皖调研"),  # 下去看看: 调研, in everyday words
    ("再说回学习那块,几大班子看的哪部电影", "《焦裕禄》", "集中观看电影《焦裕禄》"),  # 说回: back to, no part asked
])
def test_casual_and_regional_questions_are_answered(engine: Engine, question: str, lead: str | None,
                                                    said: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None, (question, result.unsupported)
    assert said in result.answer.sentence
    if lead is not None:
        assert result.answer.lead == lead


@pytest.mark.parametrize(("question", "folded"), [
    ("有好多人参加座谈会吗?", "有好多人参加座谈会"),  # a yes/no question about many: 好多 asks nothing
    ("作了好多场?", "作了多少场"),
    ("暗访组有几个 emmm", "暗访组有几个"),  # an interjection typed in letters says nothing
    ("hmm 暗访组有几个", "暗访组有几个"),
    ("通报会是哪个主持的?", "通报会是谁主持的"),  # 哪个 before what was done: who did it
    ("官方微博是哪个单位的?", "官方微博是哪个单位的"),  # (before a thing: which one)
    ("王学君是干什么的", "王学军是干什么的"),
    ("暗访组暗访了多少个县哇?", "暗访组暗访了多少个县"),  # 个 counts after 多少, whatever ends the question
    ("暗访组是几多时候去的?", "暗访组是什么时候去的"),  # 几多时候: when, not how many
])
def test_casual_question_words_are_read_only_where_they_ask(engine: Engine, question: str, folded: str) -> None:
    assert engine.read(question).folded == folded


def test_a_stated_count_no_list_of_the_report_has_is_not_answered(engine: Engine) -> None:
    assert engine.ask("淮南画了哪五个像").status != "answered"  # the report lists three


@pytest.mark.parametrize(("question", "lead", "said"), [
    ("暗访组是哪天下去的?我们县的干部都很关心", "3月15日至19日", "8个由厅级干部带队的暗访组"),  # a remark after
    ("微服私访的小组是什么级别的干部领头?", "厅级干部", "厅级干部带队的暗访组"),  # 小组: the group the report names
    ("省里派下去明察暗访的小分队有几支?", "8个", "厅级干部带队的暗访组"),
    # what the asker tells before turning to ask (想问问, 报道说) or what they heard (听亲戚说…)
    ("你好,我在芜湖上班,天天路过市委那边,想问问报道里说芜湖开了几条热线电话?", "11条热线电话", "设立11条热线电话"),
    ("最近在写基层党建的论文,报道说有多少个软弱涣散基层党组织在集中整顿?", "1660个", "抓好1660个软弱涣散"),
    ("在整理「小四風」這個議題的資料,這篇講的小四風到底是哪四種風?", "吃喝风、红包风、赌博风、走读风", "“小四风”等问题"),
    ("我是庐江人,回老家听亲戚说县里来征求过意见,我们县听取意见用了哪些办法?", "量化指标、匿名征集、逆向测评、引导提示",
     "庐江县在听取意见时"),
    ("我老家马鞍山的,听说我们那搞了帮学送学,年老体弱的党员有多少人啊?", "5600多名", "5600多名年老体弱党员"),
    # the asker's kin, spoken of or to: their life, not what is asked
    ("孙女呀,奶奶年轻时候也入过党,你帮我问问,报上说暗访组是哪天下去的?", "3月15日至19日", "8个由厅级干部带队的暗访组"),
    ("你爷爷以前在公社干过,这回上头说省里派了几个暗访组?", "8个", "8个由厅级干部带队的暗访组"),
    # the asker's own place where the question does not point at it again (not 我们这边)
    ("你好,我是在合肥上班的,最近单位让学习这篇文章,想问一下省委督导组一共有几个?", "16个省委督导组", "组成16个省委督导组"),
    # the news the asker came across, which is the report itself
    ("在吗在吗,刚刷到一条新闻,说安徽派了暗访组,想知道派了几个组?", "8个", "8个由厅级干部带队的暗访组"),
    # what the asker tells of themselves before a colon, the question after it
    ("下礼拜我要参加知识竞赛,题库里有安徽这篇,先做一个:暗访组一共有几个?", "8个", "8个由厅级干部带队的暗访组"),
    # 打问, 晓得: a turn to asking in other speech than 想知道
    ("我包头的,在街道上班,想打问一下芜湖设了多少条热线电话", "11条热线电话", "设立11条热线电话"),
])
def test_what_the_asker_says_around_a_question_or_a_group_named_otherwise_does_not_refuse(
        engine: Engine, question: str, lead: str, said: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None, (question, result.unsupported)
    assert said in result.answer.sentence and result.answer.lead == lead


@pytest.mark.parametrize("question", [
    "芜湖市的市长是谁?我们县的干部都很关心",  # a remark around the question frees nothing it asks
    "我们乡里也在学,2013年芜湖设了几条热线?",
    "省里派下去的宣传小分队有几支?",  # a kind of group the report does not send
    "我在芜湖上班,想问问2013年芜湖设了几条热线?",  # what follows the turn to asking still counts whole
    "听说芜湖开了热线,马鞍山开了几条热线?",
    "我是合肥的,我们这边设了几条热线电话?",  # 我们这边: the asker's place is asked of
])
def test_what_the_asker_says_around_a_question_does_not_answer_what_the_report_does_not_say(
        engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"


def test_a_metadata_field_asked_where_it_stands_is_answered_from_the_metadata(engine: Engine) -> None:
    result = engine.ask("文章末尾还有个责任编辑,全名叫啥来着?")  # 末尾 says where; 全名 asks the name
    assert result.status == "answered" and result.answer is not None and "海燕" in (result.answer.lead or "")


def test_the_year_the_report_was_published_in_is_its_setting(engine: Engine) -> None:
    result = engine.ask("2014年芜湖设了几条热线")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "11条热线电话"
    assert engine.ask("2013年芜湖设了几条热线").status != "answered"  # another year is still another year


def test_a_polite_opening_asks_nothing(engine: Engine) -> None:
    result = engine.ask("劳驾问一下,淮南市学三严三实是咋学的,画的啥像?")
    assert result.status == "answered" and result.answer is not None and "群体像" in result.answer.sentence


def test_a_figure_the_asker_tells_of_themselves_is_no_figure_asked_of(engine: Engine) -> None:
    result = engine.ask("县里头领导班子集中学习一回得学几天啊?我们乡里才学了两天")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "5天以上"


def test_the_first_of_a_series_may_be_said_without_its_number(engine: Engine) -> None:
    result = engine.ask("学习教育是不是第一道工序")  # the report: 头道工序
    assert result.status == "answered" and result.answer is not None and "头道工序" in result.answer.sentence
    assert engine.ask("学习教育是不是第二道工序").status != "answered"


def test_places_of_one_level_asked_by_name_are_not_answered_by_a_count_of_them(engine: Engine) -> None:
    assert engine.ask("暗访组具体暗访了哪些县").status != "answered"  # the report: 50个县, none named
    assert engine.ask("被一对一点评的那10个县是哪些县?").status != "answered"
    result = engine.ask("暗访了哪些地方?")  # the kind of places: the count of each level answers
    assert result.status == "answered" and result.answer is not None and "50个县" in result.answer.sentence


def test_what_for_asked_with_wei_le_sha_is_a_purpose_question(engine: Engine) -> None:
    assert engine.read("省委派督导组下到县里,是为了啥?").wants == "purpose"
    result = engine.ask("来安县编的那本手册有么用")  # 么用: 什么用 (Jianghuai speech), what it is for, not its name
    assert result.status == "answered" and result.answer is not None and result.answer.lead is None
    assert "咨询有路" in result.answer.sentence


def test_a_cadre_rank_asked_of_must_be_given(engine: Engine) -> None:
    assert engine.ask("活动中被问责的县处级干部有多少人?").status != "answered"  # 8位省级…: no 处级 there
    result = engine.ask("暗访组是处级干部带队的吗?")  # claimed: the sentence with the rank it gives settles it
    assert result.status == "answered" and result.answer is not None and "厅级干部带队" in result.answer.sentence


@pytest.mark.parametrize(("question", "said"), [
    ("乡里头还派了指导组,全省加起来有多少个指导组啊?", "指导组11697个"),  # 加起来: in all, asking nothing of its own
    ("整个省为党员领导干部设的活动联系点,加总起来有多少?", "联系点5322个"),  # 加总: the same, in Taiwan
    ("第一批的问题是不是全都改完了", "3142个整改完毕"),  # 全都 claims all: the sentence settles it
])
def test_words_for_all_of_it_only_frame(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


def test_talking_one_to_one_said_casually_is_the_reports_individual_talks(engine: Engine) -> None:
    result = engine.ask("省里那帮督导的到底找多少人单独聊过啊?")  # 单独聊: 个别谈话
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "12400余人次"


@pytest.mark.parametrize("question", ["文章开篇用哪几句话来概括活动的总体要求?", "文章开头那几句排比是啥",
                                      "开头那几句“补钙除害”啥的原话是啥来着?"])
def test_the_opening_lines_asked_for_are_the_reports_first_lines(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None
    assert result.answer.sentence.startswith("补精神之“钙”、除“四风”之害")


@pytest.mark.parametrize(("question", "opening"), [
    ("第一部分开头第一句说省委对第二批活动啥态度?", "省委对开展第二批教育实践活动高度重视"),
    ("第三部分开头那句说活动搞得好不好,关键看啥?", "教育实践活动搞得好不好"),
    # a part named by what it speaks of: the section that speaks most of it; its opening, however asked for
    ("听群众意见那块,开头咋说的?", "教育实践活动搞得好不好"),
    ("听取意见那部分开头说,活动效果好坏的关键在哪?", "教育实践活动搞得好不好"),
])
def test_the_opening_line_of_a_part_is_that_parts_first_sentence(engine: Engine, question: str, opening: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None
    assert result.answer.sentence.startswith(opening)


def test_the_gist_asked_in_the_words_of_the_opening_is_answered_from_it(engine: Engine) -> None:
    result = engine.ask("这篇综述主要讲的是安徽在推进哪两个环节的工作?")  # 推进: a word of the opening, not the title
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "学习教育、听取意见"


@pytest.mark.parametrize("question", ["这文章主要讲得啥", "这篇稿子大概说的啥事",
                                      "用一句话说,这篇报道主要是讲什么的?"])  # (用一句话说: how short, asking nothing)
def test_the_gist_is_the_title_what_the_opening_says_was_done_and_the_headings(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and result.answer.lead is None
    gist = result.answer.sentence  # (not the motto the opening starts with: 补精神之“钙”…)
    assert gist.startswith("安徽省第二批党的群众路线教育实践活动第一环节工作综述") and "补精神" not in gist
    assert "推进学习教育、听取意见环节工作" in gist and gist.endswith("即知即改,立行立改,力求活动取得实效")


@pytest.mark.parametrize("question", ["意见从群众中来,那效果往哪儿去呀?", "效果到哪里去呢?"])
def test_where_something_goes_is_answered_by_where_the_report_sends_it(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and "也到群众中去" in result.answer.sentence


def test_a_count_of_levels_of_place_is_said_by_the_levels_named(engine: Engine) -> None:
    result = engine.ask("每个省领导挑几个市县当联系点")  # 市县 ↔ 1个省辖市或省直管县
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "1个"
    assert "选择1个省辖市或省直管县" in result.answer.sentence


@pytest.mark.parametrize("question", ["暗坊组曝光了哪些具体单位?", "先进事迹报告团里都有谁?"])
def test_members_asked_for_are_not_answered_by_what_names_none(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"  # the report names no 单位 and no member


def test_what_all_places_did_is_not_answered_by_what_one_place_did(engine: Engine) -> None:
    result = engine.ask("各地通过哪些途径听取各方面的意见?")  # not 庐江县在听取意见时…
    assert result.status == "answered" and result.answer is not None
    assert result.answer.stated.startswith("第二批参加单位普遍通过发放征求意见函")
    result = engine.ask("老师让我们总结各地举措,请问芜湖市在开门纳谏上有啥创新吗?")  # one place named: its own
    assert result.answer is not None and result.answer.sentence.startswith("芜湖市积极创新开门纳谏方式")


@pytest.mark.parametrize(("question", "said"), [
    ("在赶稿,能告诉我暗访组是哪几天下去的吗?", "3月15日至19日"),  # 在赶稿 names nothing of the report
    # 想请教一下 turns to the question: the clause before it is the asker's (正在起草综述材料)
    ("您好!打扰一下🙏 正在起草综述材料,想请教一下安徽省在活动中认真学习贯彻的是何种要求?", "安徽省认真学习贯彻“三严三实”要求"),
    ("“1+8”活动方案是由哪个机构研究制定的?", "省委教育实践活动领导小组研究制定"),  # 哪个机构: the body that did it
    ("省里那个“1+8”方案是哪个部门鼓捣出来的?", "省委教育实践活动领导小组研究制定"),  # 部门, read as 行业 too
])
def test_a_remark_naming_nothing_of_the_report_or_a_body_asked_by_its_kind(engine: Engine, question: str,
                                                                           said: str) -> None:
    assert_says(engine, question, said)


def test_names_asked_of_cases_the_report_names_only_by_kind_are_not_given(engine: Engine) -> None:
    # 具体何名?: names asked; 对发现的“四风”方面典型案例进行通报和曝光 names none (“四风”方面 says of what, not which)
    assert engine.ask("暗访组所曝光之典型案例,具体何名?").status != "answered"
    # 哪些厅级干部?: 由厅级干部带队 says the kind again, no one of it; 哪一级干部? is answered by it
    assert engine.ask("8个暗访组分别由哪些厅级干部带队?").status != "answered"
    result = engine.ask("暗访组由哪一级干部带队?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "厅级干部"
    result = engine.ask("那部电影是什么名?")
    assert result.answer is not None and result.answer.lead == "《焦裕禄》"


def test_where_something_lands_on_whom_asks_no_deed(engine: Engine) -> None:
    # 落到谁身上: 身上 says where, no deed the one asked for did (as 主持 in 由哪位领导主持?)
    result = engine.ask("这活动搞了效果最后要落到谁身上")
    assert result.status == "answered" and result.answer is not None and "效果,也到群众中去" in result.answer.sentence


@pytest.mark.parametrize(("question", "answered"), [
    ("报告团讲了哪些人的事迹?", False),  # whose deeds: 省里组建先进事迹报告团 names a body, no one whose they are
    ("五千三百二十二个联系点是谁的联系点?", True),  # 党员领导干部活动联系点: people of a kind say whose
    ("报告团讲了哪些先进人物的事迹?", False),  # 先进 of 先进事迹报告团 is said of deeds, not of people
    ("第一批那些单位的人马撤了没?", True),
])
def test_whose_is_said_by_people_not_by_a_body(engine: Engine, question: str, answered: bool) -> None:
    assert (engine.ask(question).status == "answered") == answered


def test_a_slogan_is_said_by_short_clauses_of_one_length_not_by_a_list(engine: Engine) -> None:
    # 顺口的话, 口号: 集中学,专题学,讨论学 says one; a list of named actions (…固本强基四个专项行动) does not
    result = engine.ask("讲学习方法的那三句顺口的话是怎么说的?")
    assert result.status == "answered" and result.answer is not None and "集中学,专题学,讨论学" in result.answer.sentence
    assert engine.ask("合肥专项行动的口号是什么?").status != "answered"


def test_the_reports_own_view_is_what_it_says(engine: Engine) -> None:
    # 文章觉得…: the report's view is what it says (…能听进多少群众意见,至关重要), no one's words it reports
    result = engine.ask("文章觉得活动搞得好坏关键看啥")
    assert result.status == "answered" and result.answer is not None and "至关重要" in result.answer.sentence


def test_a_body_asked_is_not_one_the_question_itself_names(engine: Engine) -> None:
    # 培训基层党组织书记: the 党组织 are those trained; no sentence says which body runs the training
    assert engine.ask("基层党组织书记专题培训由哪个部门主办?").status != "answered"


def test_a_question_asked_casually_before_another_is_no_remark(engine: Engine) -> None:
    assert engine.ask("村里低保户咋申请?要么事材料?").status != "answered"  # 咋 asks: both clauses ask


def test_a_figure_of_common_words_the_passage_gives_is_answered(engine: Engine) -> None:
    result = engine.ask("因为四风被处理的有多少人")  # every word held, each common: enough together
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "1140人"
    result = engine.ask("因为作风问题被处理的有多少人?")  # 作风问题: what the report calls “四风”问题
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "1140人"
    assert engine.ask("你好").status != "answered"


@pytest.mark.parametrize(("question", "said"), [
    ("学习教育的定位是什么?", "基础环节"),  # the standing asked: what the report says it is
    ("学习教育在活动里被定位成什么?", "基础环节"),
    ("四解决四推动的定位是啥?", "作为重要抓手"),  # ... or what it is taken as
    ("庐江县是怎么听取意见的?", "逆向测评"),  # how the subject did it: the ways listed
    ("领导干部具体怎么学的?", "座谈研讨"),
    ("领导干部下到群众里头去干嘛", "察民情、听民意、解民忧"),  # where they go, what they do there: the motto says it
    ("我们单位有人说暗访组是厅级干部带队的,对吗?", "厅级干部带队"),  # 有人说, not 有人数
    ("第一批活动单位的人员减少了没有?", "人员不减"),  # the verb said not to happen settles the claim
    ("第一批活动单位的机构撤销了吗?", "机构不撤"),
    ("“1+8”是个啥玩意儿?", "1+8"),  # 玩意儿: "stuff", as 东西
    ("班子强不强", "关键看班长"),  # quoted word for word, not asked whether the leadership is strong
    ("暗访的范围", "50个县"),  # 范围: where it reached, as 哪些地方 asks
    ("省里编发的17.3万余份资料是什么性质的?", "警示教育资料"),  # a kind asked: no standing to be defined
    ("芜湖设热线搭起的平台被称作什么?", "直通车"),  # 称作: the name given in quotes answers
    ("官微上那句卖萌的“亲”原话是咋说的?", "欢迎拍砖"),  # 官微: 官方微博 by its halves' first characters
    ("小四风里头有没得走读风?", "走读风"),  # 有没得, in southwestern speech, is 有没有
    ("官方微博上写了什么话?", "欢迎拍砖"),  # 写了什么话: the words written, a quotation
    ("有些单位在官方微博上是咋个跟网友招呼的?", "欢迎拍砖"),  # 跟网友招呼: how they called out, the words
    ("我孙子说微博上能提意见,报上说网民是咋说的", "不少网民表示"),  # who says it: the sentence where they do, not the quotation they answer
    ("当领导的都咋学的呀", "集中学"),  # how it is done: the ways listed (集中学,专题学,讨论学)
    ("各级干部下到群众中间要做哪三件事?", "察民情、听民意、解民忧"),  # 哪三件: the sentence listing three
    ("學原著學黨史,要克服哪兩種毛病?", "“信仰危机”和“本领恐慌”"),
    ("一千一百四十个人是查处的么事人?", "查处涉及“四风”问题人数1140人"),  # the kind of people the figure counts
    ("请问报道里提到的一千一百四十人,这个数字具体指的是什么人?", "查处涉及“四风”问题人数1140人"),
    ("另外一个问题:官方微博上写了什么话?", "欢迎拍砖"),  # a new question announced only frames
    ("嗯嗯,明白了,谢谢你!最后一个:各级督导组给活动提供了什么?", "有力保证"),  # thanks, then the last question
    ("督导组下去开座谈会,总共开了几多场ah?", "462场"),  # a Malaysian ah at the end asks nothing
    ("有个顾客跟我聊小四风,小四风到底是哪四个风", "吃喝风、红包风"),  # a customer the asker talked to is no word to find
    ("辅导报告四万零九百多场,这个数统计到什么时候?", "截至目前"),  # up to when: 截至目前 answers without a date
    ("刚才宿州一位女士打进电话,她就好奇了:市县委班子集中学习至少学几天?", "5天以上"),  # (before 好奇了: who asks)
    ("李阿姨记得合肥开了12条热线,对不对?", "11条热线电话"),  # who recalls it is no word to find; the claim is checked
    ("“1+8”活动方案是哪个部门定的?", "领导小组研究制定"),  # a body asked: the body named answers
    ("写报告时需要引用督导的数据做比较。省委督导组一共开了多少场座谈会?", "462场"),  # a sentence before tells why it is asked
    ("科长交代我整理外地做法,给本局方案参考。马鞍山给哪些党员送学上门?", "年老体弱"),  # (本局: where the asker works)
    ("督导组下去一对一唠了多少人次?", "12400余人次"),  # 一对一唠, in northern speech, is 个别谈话
    ("给村干部开的那些专题培训班,截至目前办了几期?", "639期"),  # 截至目前: up to when it counts, not what
    ("县里领导小组的组长由哪类主体担任", "由党委主要负责同志任组长"),  # 由哪类…担任: whom the sentence says does it
    ("四万四千九百人统计的是什么人", "培训基层党组织书记44900多人"),  # 统计的是什么人: the people counted are asked
    ("一些单位用哪种社群账号收集意见?", "官方微博"),  # a social-media account: the register's word for 官方微博
    ("那次单独挨个说的县有几个?", "10个县(区)进行“一对一”重点点评"),  # adverbs of manner said otherwise (一对一) count
    ("活动中哪个环节是打底子的?", "基础环节"),  # 打底子: to lay the 基础
    ("老朽平日爱读安徽日报,想问省委督导组共有几个?", "16个省委督导组"),  # 老朽: the asker, of themselves
    ("党员干部被要求学哪些东西?", "研读党章和中央规定书目"),  # 学哪些东西: the things studied, not the motto
    ("马鞍山年纪大身体不好的党员有几个人?", "5600多名年老体弱党员"),  # 不好的党员: how they are, no deed
    ("便衣下去查作风是哪几天?", "3月15日至19日"),  # 便衣: plain clothes, as 暗访 goes
    ("为保证活动质量和成效,省委做了哪些部署?", "专题研究部署"),  # 为…,: what it is done for, no word to find
    ("督察队伍一共抽调了多少人?", "抽调170人"),  # a compound no dictionary knows, read by its halves (督察 ↔ 督导)
    ("村支书在问“小四风”是哪几种风?", "吃喝风、红包风"),  # 村支书在问: who asks, before the words asked of
    ("芜湖设了几部座机让群众提意见?", "11条热线电话"),  # 座机: a landline, the hotline
    ("老朽读报,见“立行立改”四字甚妙。敢问此语何指?", "立行立改"),  # (what the asker quotes is asked of)
    ("我们村的老党员前年也去参观过廉政教育基地,安徽那边去参观的有多少人次?", "30.4万余人次"),  # 前年: the asker's own
    ("有没有单位用微博来听意见的?", "官方微博"),  # 微博来, glued by the segmenter: 微博, 官方微博's short form
    ("我在为本馆撰写索引:督导组是省委抽调多少人组成的?", "170人"),  # (the asker's own work, before a colon)
    ("帮学送学是哪个市搞的 是我们马鞍山不", "马鞍山市"),  # a guess put after the question, as 是不是 does
    ("3月24日那次会议的正式名称是什么?", "专题点评通报会"),  # a meeting's name: the meeting the sentence names
    ("我挺喜欢那句讲班长的话,原文是怎么说的?", "关键看班长"),  # 原文: the words asked for, no word to find
    ("讲群众意见和活动效果的那句对仗话原文是什么?", "效果,也到群众中去"),  # a short line of the report's own
    ("合肥搞了哪几项专门行动?", "固本强基"),  # 专门行动 ↔ 四个专项行动: a compound known by the noun it ends in
    ("三万八千五百余人次深入基层的是哪些人?", "领导班子成员深入基层"),  # too many to name: the kind of people
    ("头批单位撤没撤?", "机构不撤"),  # 头批 is 第一批; 撤没撤 asks of 撤, the word its first half asks with
    ("问题突出的县区接受的是什么点评?", "一对一"),  # 接受 before the kind asked (点评) is no word to find
    ("学习在整个活动里算个啥位置?", "基础环节"),  # the standing: the sentence saying what it is
    ("学习教育在整个活动里的 地位", "基础环节"),
    ("学习在整个活动里算哪一环?", "基础环节"),  # 一环: one link of a chain, the stage it is
    ("所以说活动搞得好不好,关键看能听进去多少老百姓的意见,是吧?", "至关重要"),  # the report's 多少 phrase, 听进去
    ("活动搞得好不好,是不是要看能听进去多少群众的意见?", "至关重要"),  # (听进去 where the report says 听进)
    ("发现了问题,各地按什么原则改?", "即知即改"),  # a principle: what is held to (坚持…)
    ("软弱涣散的村党组织按啥原则整顿?", "一村(社区)一策"),  # (按“…”的要求)
    ("干部们拿谁当镜子找毛病?", "沈浩精神为镜"),  # 当镜子 ↔ 为镜, not 四面镜子's other mirrors
    ("拿谁的精神当镜子来对照?", "沈浩精神为镜"),  # 来对照: what it is taken as for (not 对照…“四面镜子”)
    ("干部们拿哪个当榜样来对照自己", "沈浩精神为镜"),
    ("早上好!阿拉孙子讲安徽督导工作全覆盖了,真个假个?", "全覆盖"),  # 阿拉孙子讲…: kin the asker heard it from
    ("有的单位在微博上是咋吆喝网友来提意见的?", "欢迎拍砖、吐槽"),  # 咋吆喝: the words a line calls out with
    ("官方微博征求意见嗰句口号点讲呀?", "欢迎拍砖、吐槽"),  # (not what 网民 said of it)
    ("学习教育咋学 就哪几种学法", "专题学"),  # 咋学: how, though the question goes on
    ("第二批参加单位是怎么看待学习教育这一步的?", "头道工序"),  # 怎么看待: what it is taken as (将之作为头道工序)
    ("第二部分最后一段用什么数据收尾?", "103800多次"),  # a part named by its number: where the question is asked
    ("第三部分中芜湖那段的关键数字是什么?", "11条热线电话"),
    ("文章开头说要补啥“钙”、除啥“害”来着?", "补精神之“钙”"),  # the opening, its nouns still named
    ("领导干部下到群众中间去都干些啥?", "察民情、听民意、解民忧"),  # 到群众中间去 is 到群众中去
    ("党员干部拿啥当镜子找自己的问题?", "沈浩精神为镜"),  # 拿啥当镜子: what is taken as one (以…为镜), not 四面镜子
    ("那两种精神被当做红线贯穿全程?", "作为红线"),  # 贯穿全程, a phrase the table has for 贯穿始终
    ("第二批单位靠哪些渠道来听取意见?", "开展民意调查"),  # 听取意见 where the passage says 征求意见: one thing in
    ("听意见是不是还开了网上平台", "开通网上平台"),  # the everyday-words table
])
def test_answered_with_the_sentence_that_says_it(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


def test_no_standing_is_made_up_where_the_report_says_none(engine: Engine) -> None:
    assert engine.ask("督导组的定位是什么?").status != "answered"


@pytest.mark.parametrize(("question", "lead"), [
    ("此稿何人所撰?", "黄永礼"),  # 何人 who, 所撰 wrote, 此稿 this report
    ("暗访组凡几?", "8个"),  # 凡几 how many
    ("先进事迹报告团巡回报告几何场?", "20场"),  # 几何 how many
    ("此文发表于何日?", "2014-05-07"),  # 何日 which day
    ("小四风者何?", "吃喝风、红包风、赌博风、走读风"),  # X者何 what X is
])
def test_questions_in_the_written_half_classical_style_are_read(engine: Engine, question: str, lead: str) -> None:
    assert_leads(engine, question, lead)


@pytest.mark.parametrize("question", ["张宝顺何年出任省委书记?", "来安县县长何人?", "软弱涣散之党组织,何县最多?"])
def test_what_the_report_does_not_say_is_not_answered_when_asked_in_the_classical_style(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"


def test_what_the_asker_says_of_their_own_doing_before_the_question_only_frames_it(engine: Engine) -> None:
    result = engine.ask("我是小学老师,正拿这篇安徽日报的稿子出题目。省长叫什么?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "王学军"


def test_a_mandarin_word_holding_a_cantonese_character_is_no_cantonese(engine: Engine) -> None:
    result = engine.ask("全省一共建了多少个活动连系点?")  # 系 of 连系 is no Cantonese 是
    assert result.answer is not None and result.answer.lead == "5322个"


def test_a_count_asked_exactly_of_a_thing_the_report_does_not_count_is_not_answered(engine: Engine) -> None:
    assert engine.ask("暗访组曝光的典型案例具体有多少起?").status != "answered"


@pytest.mark.parametrize(("question", "said"), [
    ("稿子是拿什么收尾的?", "1253个正积极整改中"),  # how the report closes: its last lines
    ("报道末行是啥", "1253个正积极整改中"),
    ("哦豁,安逸!网民为啥给那些单位点赞?", "感受到了诚意"),  # exclamations before the question say nothing
    ("暗访组是8个,对头不?", "8个由厅级干部带队"),  # 对头不: 对不对, in southwestern speech
])
def test_closing_lines_exclamations_and_southwestern_checks_are_read(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


def test_a_campaign_closing_is_no_question_about_how_the_report_closes(engine: Engine) -> None:
    assert engine.ask("第二批活动什么时候收尾?").status != "answered"


@pytest.mark.parametrize("question", ["再帮我核对一下省长的名字,我老怕写错。", "省长的名字"])
def test_a_name_asked_tersely_or_as_a_request_to_check_is_given(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # a request to check and the asker's worry after it only frame the question
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "王学军"


@pytest.mark.parametrize("question", ["县级有几个成立了活动领导小组?", "县一级有几个成立了活动领导小组?"])
def test_a_tiers_level_is_held_where_the_passage_names_the_tier(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 105个县(市、区)均成立了…领导小组
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "105个"


def test_a_spoken_time_pointing_back_only_frames_the_question(engine: Engine) -> None:
    result = engine.ask("那阵子省里派了几个暗访组?")  # 那阵子: at that time, the report's own
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "8个"


def test_northeastern_where_is_read_as_where(engine: Engine) -> None:
    result = engine.ask("省委督导组都奔哪嘎达督导去了?")  # 哪嘎达: 哪里
    assert result.status == "answered" and result.answer is not None and "深入市、县(市、区)督导" in result.answer.sentence


@pytest.mark.parametrize(("question", "said"), [
    ("省委书记都去哪儿调研了?", "赴合肥等6市"),  # the post only says who; the sentence of what he did answers
    ("省里头一共抽了多少人组成督导组?", "抽调170人"),  # 省里头: in the province, not its head
])
def test_who_a_post_names_and_where_in_the_province_are_read(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


@pytest.mark.parametrize("question", ["省里有好多个暗访组?十几个?", "省里派了几个暗访组下去?"])
def test_the_count_of_what_is_asked_is_the_short_answer(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # a guess after it or where they went only frames it; 16个省辖市 counts places
    assert result.answer is not None and result.answer.lead == "8个"


@pytest.mark.parametrize("question", ["刘云山在安徽去了哪些个县?", "廉政教育基地位于哪里?"])
def test_where_asked_in_other_words_is_not_answered_by_a_sentence_naming_no_such_place(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"  # 哪些个: 哪些; 位于哪里: where it stands


@pytest.mark.parametrize(("question", "said"), [
    ("庐江县听老百姓意见是咋个弄的?", "逆向测评"),  # opinions are the people's: who gave them says nothing more
    ("芜湖老百姓总共提了多少条意见?", "3.3万余条"),
])
def test_the_people_giving_opinions_are_implied_by_the_opinions(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


@pytest.mark.parametrize("question", ["报道分了几大块,头一个小标题是啥?", "头一个小标题写的什么"])
def test_the_first_part_asked_in_everyday_words_is_named(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 几大块: how many parts; 头一个: the first
    assert result.status == "answered" and result.answer is not None and "周密部署,真督实导" in result.answer.sentence


def test_places_gone_to_are_answered_by_where_someone_went(engine: Engine) -> None:
    result = engine.ask("张宝顺都跑了哪些市?")  # 赴合肥等6市, not the kind of place each leader chose
    assert result.status == "answered" and result.answer is not None and "赴合肥等6市" in result.answer.sentence
    assert engine.ask("省政协主席王明方去了哪些市?").status != "answered"  # of him the report names no place gone to


def test_what_someone_does_is_answered_where_they_act_not_where_they_qualify_a_figure(engine: Engine) -> None:
    result = engine.ask("第一批的单位眼下在搞什么?")  # …,第一批活动单位机构不撤…全面进行“回头看”
    assert result.status == "answered" and result.answer is not None and "回头看" in result.answer.sentence


@pytest.mark.parametrize("question", ["第一批那帮单位这阵子在忙些什么?", "头一批单位这会儿在干啥?",
                                      "头一批的单位这阵子在干点啥",  # 干点啥: what is done, 点 or not
                                      "网友问:第一批活动单位这会儿都在忙活啥"])  # (who asks is not who acts)
def test_busy_with_asks_what_is_done_and_the_first_round_said_plainly_is_the_first(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 忙些什么: what they do; 头一批: 第一批
    assert result.status == "answered" and result.answer is not None and "回头看" in result.answer.sentence


@pytest.mark.parametrize("question", ["没战斗力的村支部有多少个要整顿?", "后进的村党支部有几个需要整顿?"])
def test_village_branches_to_be_put_right_are_the_grassroots_organisations_counted(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 村支部 is a 基层党组织; what is done to them after the count: named before it
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "1660个"


@pytest.mark.parametrize(("question", "lead"), [
    ("省委专门开过几次常委会?", "5次"),  # 专门: how it was done, not what
    ("督导组和干部一对一地谈了多少人次?", "12400余人次"),  # 一对一: how they talked (个别谈话)
])
def test_an_adverb_the_report_does_not_use_does_not_block_the_answer(engine: Engine, question: str, lead: str) -> None:
    assert_leads(engine, question, lead)


@pytest.mark.parametrize("question", ["省里下去的检查组一共有几个组?", "省里下去的督查组一共有几个组?"])
def test_a_group_counted_by_the_last_character_of_its_name_is_the_group_named(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 检查组…几个组: the groups named before are counted
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "16个省委督导组"


@pytest.mark.parametrize("question", ["省委督导组的第一组长由什么人担任?", "督导组第一组长都是啥人?"])
def test_who_holds_a_post_is_the_body_said_before_it_without_by(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 选配8位省级党员领导干部分别担任省委督导组第一组长; 啥人: 什么人
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "8位省级党员领导干部"


@pytest.mark.parametrize("question", ["市县开的11300多场座谈会,去参加的干部群众有多少人?", "市县两级的座谈会参加的一共几个人?"])
def test_people_who_did_something_are_not_counted_by_people_who_did_else(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 深入基层38500余人次 counts those who went down, not those who attended
    assert result.status != "answered" and (result.answer is None or "38500" not in (result.answer.lead or ""))


def test_a_list_ending_in_deng_keeps_its_last_name_whole(engine: Engine) -> None:
    result = engine.ask("哪些省领导选择了活动联系点?")  # …、省委副书记李锦斌等19位省领导: not 省委副书记李
    assert result.answer is not None and result.answer.lead is not None and result.answer.lead.endswith("李锦斌")


@pytest.mark.parametrize("question", ["马鞍山学历低的党员有多少人?", "马鞍山识字不多的党员有几个?"])
def test_a_figure_of_a_list_is_chosen_by_a_synonym_of_its_own_item(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 学历低 ↔ 文化程度不高 (3800多名), not the first item
    assert result.answer is not None and result.answer.lead == "3800多名"


@pytest.mark.parametrize("question", ["查处的1140人里几个被撤职?", "1140人当中有多少人被开除了?"])
def test_a_part_of_a_stated_figure_picked_by_what_the_report_never_says_is_not_given(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # the sentence counts 1140人 and 92400多个问题, no part of them 撤职
    assert result.status != "answered" and (result.answer is None or "92400" not in (result.answer.lead or ""))


def test_a_part_of_a_stated_figure_said_in_other_words_is_still_given(engine: Engine) -> None:
    result = engine.ask("4395个问题里改好了多少?")  # 改好 ↔ 整改完毕
    assert result.answer is not None and result.answer.lead is not None and "3142" in result.answer.lead


@pytest.mark.parametrize(("question", "answered"), [
    ("1660个软弱涣散基层党组织中,属于城市社区的有多少个?", False),  # 1602个 are those led by 乡镇's cadres
    ("1660个软弱涣散基层党组织中,由县直单位负责同志兼任第一书记的有多少个?", False),
    ("1660个软弱涣散基层党组织中,由乡镇负责同志兼任第一书记的有多少个?", True),
])
def test_a_part_picked_before_the_count_must_be_the_part_the_report_counts(engine: Engine, question: str,
                                                                            answered: bool) -> None:
    result = engine.ask(question)
    assert (result.status == "answered") == answered
    if answered:
        assert result.answer is not None and result.answer.lead is not None and "1602个" in result.answer.lead


@pytest.mark.parametrize("question", ["督导组一共下去督了几次市县?", "督导组下了几回县?"])
def test_times_before_a_place_count_the_visits_not_the_places(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 累计深入市、县(市、区)督导820次
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "820次"


@pytest.mark.parametrize(("question", "lead"), [("市里县里的班子最少要集中学几天?", "5天以上"),
                                                ("省里给督导组安排的一把手是什么级别的干部?", "省级")])
def test_tiers_in_everyday_words_are_said_where_the_passage_names_them(engine: Engine, question: str, lead: str) -> None:
    result = engine.ask(question)  # 全省市、县(市、区)委班子; 省委抽调170人…省级党员领导干部
    assert result.status == "answered" and result.answer is not None and lead in (result.answer.lead or "")


def test_a_village_named_in_passing_is_no_village_tier(engine: Engine) -> None:
    result = engine.ask("全省一共有多少个村级党组织?")  # 1660个软弱涣散基层党组织…一村(社区)一策: a part, not them all
    assert result.status != "answered"


def test_taken_as_is_said_by_yi_wei(engine: Engine) -> None:
    result = engine.ask("安徽以哪两种精神作为对照自身的镜子?")  # 以焦裕禄精神和沈浩精神为镜子: 以…为 says 作为
    assert result.status == "answered" and result.answer is not None and "沈浩精神为镜子" in result.answer.sentence


@pytest.mark.parametrize("question", ["领导干部下到群众里头都干点啥", "这个领导干部下到群众里头都干点啥"])
def test_a_verb_run_together_with_a_little_frames_the_question(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 干点啥: 干(一)点啥, not a noun 干点 the report lacks; done where they go
    assert result.status == "answered" and result.answer is not None and "察民情" in result.answer.sentence


def test_places_asked_are_counted_by_a_figure_of_a_tier(engine: Engine) -> None:
    result = engine.ask("每个省领导挑几个地方蹲点?")  # 分别选择1个省辖市…作为活动联系点: 蹲点 ↔ 联系点, 地方 ↔ 省辖市
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "1个省辖市"


@pytest.mark.parametrize("question", ["省里偷偷下去查作风的组有几个?", "下去暗中查作风的有几队?",
                                      "省里派了几个秘密检查的小组?"])  # 秘密检查: 暗访 in everyday words
def test_a_group_before_the_count_is_what_is_counted(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 8个由厅级干部带队的暗访组, not 50个县 whose 作风 was looked at
    assert result.answer is not None and result.answer.lead == "8个"


@pytest.mark.parametrize(("question", "lead"), [("落后涣散的基层党组织 整顿多少个", "1660个"),
                                                ("软弱涣散党组织里有多少个是乡镇负责同志兼任第一书记", "1602个")])
def test_a_part_given_after_qizhong_answers_only_what_sets_it_apart(engine: Engine, question: str, lead: str) -> None:
    result = engine.ask(question)  # 抓好1660个…集中整顿建设,其中1602个由乡镇…兼任第一书记
    assert result.answer is not None and result.answer.lead == lead


def test_a_negation_in_the_question_does_not_pick_an_item_with_a_negation(engine: Engine) -> None:
    result = engine.ask("马鞍山为了不让外出流动的党员掉队,对多少人送学上门?")  # 不让 says nothing of 文化程度不高 (3800多名)
    assert result.answer is not None and result.answer.lead == "1500多名"


def test_a_negated_amount_is_no_question_word(engine: Engine) -> None:
    result = engine.ask("马鞍山那些没念过多少书的党员,有几个被帮学了?")  # 没念过多少书: not much schooling; 几个 asks
    assert result.answer is not None and result.answer.lead == "3800多名"


@pytest.mark.parametrize("question", ["当官的搞吃吃喝喝、收红包、打牌赌钱这些毛病,文章里叫什么?",
                                      "大吃大喝、收红包、打牌赌钱这些毛病统称叫什么?"])
def test_things_described_one_by_one_are_named_by_the_quoted_name_after_their_list(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 吃喝风、红包风、赌博风、走读风“小四风”
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "“小四风”"


def test_the_measure_word_asked_is_no_word_a_figures_clause_speaks_of(engine: Engine) -> None:
    result = engine.ask("请先进人物来讲事迹请了多少人次?")  # 邀请先进典型介绍事迹31100余人次, not 参观…30.4万余人次
    assert result.answer is not None and result.answer.lead == "31100余人次"


def test_who_did_it_named_before_every_figure_points_at_none_of_them(engine: Engine) -> None:
    result = engine.ask("督导组找人谈了多少人次?")  # 各省委督导组…督导820次,开展个别谈话12400余人次: 督导组 did all
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "12400余人次"


def test_which_of_a_kind_counted_in_jia_asks_for_names(engine: Engine) -> None:
    result = engine.ask("芜湖依托的是哪几家市级主要媒体?")  # 依托市级主要媒体: none of them named
    assert result.status != "answered"


@pytest.mark.parametrize("question", ["被一对一点评那10个县叫啥名", "一对一重点点评的10个县(区)都叫什么名字?"])
def test_the_names_of_things_the_report_only_counts_are_not_given(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 对问题突出的10个县(区)进行“一对一”重点点评: no county named
    assert result.status != "answered"


@pytest.mark.parametrize("question", ["第一批活动一共有多少个单位参加?", "第一批活动单位有多少家?"])
def test_a_noun_that_did_something_is_not_what_the_figure_after_counts(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 第一批活动单位查摆的4395个问题: 单位 found the problems, the figure counts those
    assert result.status != "answered"


def test_a_verb_the_question_says_with_the_noun_only_describes_what_is_counted(engine: Engine) -> None:
    result = engine.ask("3月24日那次会议对多少个问题较突出的县区进行了单独点评?")  # 对问题突出的10个县(区)
    assert result.answer is not None and result.answer.lead == "10个"


def test_a_remark_before_a_colon_is_not_the_clause_that_asks(engine: Engine) -> None:
    result = engine.ask("行,最后一个问题问完我去遛弯:全省村级党组织请先进典型介绍事迹多少人次?")  # 问完 is the asker's
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "31100余人次"


@pytest.mark.parametrize("question", ["查处的人数是1140人吗?", "各地通报查处涉及“四风”问题的人数是1400人吗?"])
def test_a_kind_named_in_a_claim_is_not_what_is_asked(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 人数 names what 1140人/1400人 counts: the sentence giving the count settles it
    assert result.status == "answered" and result.answer is not None and "1140人" in result.answer.sentence


def test_a_date_claimed_is_checked_against_the_date_given(engine: Engine) -> None:
    result = engine.ask("省里的集中暗访是3月24日开展的吗?")  # no: 3月15日至19日…进行集中暗访
    assert result.status == "answered" and result.answer is not None and \
        result.answer.sentence.startswith("3月15日至19日省里组成8个")


def test_tiers_where_a_thing_was_done_are_not_who_did_it(engine: Engine) -> None:
    result = engine.ask("省里的集中暗访在哪几天?")  # 省里组成…暗访组,对16个省辖市和50个县…进行集中暗访
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "3月15日至19日"


def test_a_figure_counts_what_its_things_are_taken_as(engine: Engine) -> None:
    result = engine.ask("省里那些领导每人挂了几个联系点啊?")  # 分别选择1个省辖市或省直管县作为活动联系点
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "1个"


def test_people_before_a_bare_duoshao_ask_for_a_count_of_people(engine: Engine) -> None:
    result = engine.ask("去看反腐败的展览和基地的人有多少?")  # 组织参观廉政警示教育基地和廉政文化图片展30.4万余人次
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "30.4万余人次"


@pytest.mark.parametrize("question", ["参加座谈会的人有多少?", "座谈会有多少人参加?"])
def test_each_count_of_a_list_is_of_its_own_item(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 深入基层38500余人次、召开座谈会11300多场: no count of who attended
    assert result.status != "answered"


@pytest.mark.parametrize("question", ["安徽全省有多少党员", "安徽省一共有多少名党员?"])
def test_the_province_named_asks_of_the_whole_not_of_one_city(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 马鞍山市对5600多名年老体弱党员…: 马鞍山's, and parts of them
    assert result.status != "answered"


@pytest.mark.parametrize("question", ["沈浩是谁?", "焦裕禄是谁?我不太懂"])
def test_who_a_person_is_needs_more_than_their_name(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 焦裕禄精神、沈浩精神: named, but not said who they were
    assert result.status != "answered"


def test_who_a_person_is_is_said_by_the_post_before_the_name(engine: Engine) -> None:
    result = engine.ask("黄永礼是谁?")  # (记者 黄永礼)
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "记者"


def test_an_idiom_said_by_the_reports_word_names_what_is_asked_of(engine: Engine) -> None:
    result = engine.ask("省里派出的“微服私访”小组一共有几个?")  # 微服私访 ↔ 暗访: 8个…暗访组
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "8个"


def test_an_idiom_after_which_kinds_is_the_kind_asked_for(engine: Engine) -> None:
    result = engine.ask("“小四风”指的是哪几股歪风邪气?")  # 歪风邪气 is what the list names, not a word it must hold
    assert result.status == "answered" and result.answer is not None and "吃喝风、红包风" in result.answer.sentence


@pytest.mark.parametrize("question", ["帮老百姓解决了好多件切身的难事?", "老百姓身边的操心事、烦心事解决了多少件?"])
def test_everyday_troubles_are_the_reports_problems(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 解决涉及群众基本需求和损害群众利益问题92400多个
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "92400多个"



@pytest.mark.parametrize(("question", "settled_by"), [("芜湖是靠官方微博收意见的吗?", "依托市级主要媒体"),
                                                      ("省委督导组第一组长是不是由厅级干部担任?", "担任省委督导组第一组长")])
def test_a_claim_of_how_or_by_whom_is_settled_by_what_the_report_says(engine: Engine, question: str,
                                                                      settled_by: str) -> None:
    result = engine.ask(question)  # no: by other means, by other people
    assert result.status == "answered" and result.answer is not None and settled_by in result.answer.sentence


@pytest.mark.parametrize("question", ["马鞍山是用网上课堂的方式送学的吗?", "省委督导组的经费是不是由财政拨款?"])
def test_a_claim_of_how_is_not_settled_where_the_report_says_no_means(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 马鞍山市对…党员开展帮学送学: how, it does not say
    assert result.status != "answered"


@pytest.mark.parametrize(("question", "lead"), [("侬讲讲看,刘云山啥辰光到安徽来个?", "3月25日至27日"),
                                                ("迭篇文章啥人写个?", "黄永礼"),
                                                ("讲学习教育个搿一段,小标题是啥物事?", "深学深思,砥砺品质,打牢思想基础")])
def test_shanghainese_question_words_are_read(engine: Engine, question: str, lead: str) -> None:
    result = engine.ask(question)  # 啥辰光 什么时候, 啥人 谁, 迭 这, 搿 这, 啥物事 什么, 个 的
    assert result.status == "answered" and result.answer is not None and result.answer.lead == lead


@pytest.mark.parametrize("question", ["3月24日个专题点评通报会是啥人主持个?", "专题点评通报会是阿里个领导主持个?"])
def test_shanghainese_who_did_it_is_asked(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 啥人主持个: 谁主持的; the sentence names only the body that held it
    assert result.status != "answered"


def test_a_wrong_turn_at_the_comma_before_after_is_no_quoted_stretch(engine: Engine) -> None:
    result = engine.ask("第一批搞完的单位,后头人和摊子咋处理的")  # 后头: afterwards, not the words after 单位
    assert result.answer is not None and "机构不撤、人员不减" in result.answer.sentence


def test_the_post_the_question_word_stands_by_names_the_person(engine: Engine) -> None:
    result = engine.ask("省里的头头脑脑分头蹲点,省长是谁?")  # 省长王学军, not 省委书记张宝顺 (省里的头头)
    assert result.answer is not None and result.answer.lead == "王学军"


def test_a_surname_glued_to_a_function_character_is_no_name(engine: Engine) -> None:
    result = engine.ask("督导组第一组张是几位省级干部当的?")  # 组张 typed for 组长; 张是 is no person
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "8位"


def test_that_figure_said_short_is_no_word_to_find(engine: Engine) -> None:
    result = engine.ask("一千一百四十人那个数说的是啥?")  # 那个数|说的是啥, not 数说
    assert result.status == "answered" and result.answer is not None and "1140人" in result.answer.sentence


def test_a_little_book_is_the_reports_handbook(engine: Engine) -> None:
    result = engine.ask("来安县给老百姓发的那小本本叫啥?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "《便民服务手册》"


@pytest.mark.parametrize("question", ["电影《焦裕禄》是谁导演的?", "3月24号那点评通报会是哪位领导主持的?",
                                      "3月24日的专题点评通报会由哪位省领导主持?"])  # (哪位省领导: the post's tier too)
def test_who_did_what_the_report_never_says_is_not_answered_by_whoever_the_sentence_names(engine: Engine,
                                                                                           question: str) -> None:
    result = engine.ask(question)  # 集中观看电影《焦裕禄》; 领导小组专门召开…通报会: nobody directed or chaired
    assert result.status != "answered"


def test_who_did_what_the_report_says_is_answered(engine: Engine) -> None:
    result = engine.ask("3月24日的点评通报会是谁召开的?")  # 省委教育实践活动领导小组专门召开
    assert result.status == "answered"


@pytest.mark.parametrize("question", ["每个行动的牵头领导是谁?", "合肥四个专项行动各由哪位领导牵头?",
                                      "合肥专项行动的牵头领导是哪个?"])
def test_a_role_the_report_says_was_set_is_not_who_holds_it(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 明确每项任务牵头领导和责任单位: no leader named (本强基 of 固本强基 is no name)
    assert result.status != "answered"


def test_a_total_of_people_of_kinds_counted_apart_is_not_given(engine: Engine) -> None:
    assert engine.ask("马鞍山帮学送学的三类党员加起来一共多少人?").status != "answered"  # three counts, no total
    one = engine.ask("马鞍山市对文化程度不高的党员帮学送学,一共有多少人?")  # one kind named: its count
    assert one.status == "answered" and one.answer is not None and one.answer.lead == "3800多名"


@pytest.mark.parametrize(("question", "lead"), [("俺想问问省里头最大哩干部张宝顺去了几个市?", "6市"),
                                                ("安徽的一把手是谁?", "张宝顺"),
                                                ("第一批查出来哩问题还有多少木改完?", "1253个正积极整改中")])
def test_central_plains_speech_and_the_top_official_described_are_read(engine: Engine, question: str, lead: str) -> None:
    result = engine.ask(question)  # 俺 我, 哩 的, 省里头 省里, 最大的干部 / 安徽的一把手 the 省委书记
    assert result.status == "answered" and result.answer is not None and result.answer.lead == lead


def test_a_compound_read_by_the_noun_it_ends_in_is_what_is_asked(engine: Engine) -> None:
    result = engine.ask("警示教育资料花了多少印刷费用?")  # 印刷费用 (印刷|费用): a cost, which the report never gives
    assert result.status != "answered"
    assert engine.ask("警示教育资料编发了多少份?").status == "answered"  # (the count it does give)


def test_an_everyday_phrase_of_the_thesaurus_is_no_typo(engine: Engine) -> None:
    result = engine.ask("省里派了几个微服私访式的小组去查作风?")  # 微服私访|式, not 私|方式 typed by sound
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "8个"


def test_going_down_to_check_in_secret_is_the_reports_secret_visit(engine: Engine) -> None:
    result = engine.ask("偷偷下去查的干部队伍有几拨?")  # 偷偷下去查 is 暗访
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "8个"


def test_the_reports_own_wording_asked_needs_no_quotation(engine: Engine) -> None:
    result = engine.ask("芜湖征求到3.3万余条意见建议,报道原文如何表述?")  # 报道原文: the report's sentence itself
    assert result.status == "answered" and result.answer is not None and "3.3万余条" in result.answer.sentence



@pytest.mark.parametrize(("question", "said"), [("报上讲庐江县听取意见那句是咋写的", "用真心、下真功、动真格"),
                                                ("文中讲群众意见至关重要那句原文怎么说的", "能听进多少群众意见")])
def test_the_reports_wording_of_what_it_quotes_no_one_on(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)  # the passage quotes no one: the report's own sentence is the words asked
    result = engine.ask("稿子里讲班子强不强那句原话是怎么说的")  # (where it quotes someone, the quotation)
    assert result.answer is not None and result.answer.sentence.startswith("“班子强不强")


def test_a_person_named_is_no_title(engine: Engine) -> None:
    # 学习体会文章 has no title in the report; 《焦裕禄》 is the film's, and 焦裕禄 a person
    assert engine.ask("张宝顺写的学习体会文章叫什么题目?").status != "answered"
    result = engine.ask("来安县的手册叫啥名称?")  # 《便民服务手册》 ends in the kind asked
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "《便民服务手册》"


def test_the_items_of_a_thing_counted_are_not_those_of_another_list(engine: Engine) -> None:
    # the sentence lists 正风肃纪、为民服务…四个专项行动, and only counts the 39项任务
    assert engine.ask("合肥公布的39项任务都有啥?").status != "answered"
    result = engine.ask("合肥开展的4个专项行动都有啥?")
    assert result.status == "answered" and result.answer is not None and "固本强基" in result.answer.sentence


@pytest.mark.parametrize(("question", "lead"), [("老百姓一共提了多少条意见?", "75.6万余条"),
                                             ("领导干部蹲点的地方一共建了多少个", "5322个")])  # 蹲点的地方: 联系点
def test_an_everyday_word_of_the_register_is_the_reports_word(engine: Engine, question: str, lead: str) -> None:
    # 老百姓 is the report's 群众 (index/data/register.txt): said there, it is said, not half said like a synonym
    assert_leads(engine, question, lead)


@pytest.mark.parametrize("question", ["“1+8”方案具体系乜嘢?", "重点点评的那十个县是哪些?",
                                      "省委督导组第一组长嗰8位系边8个?", "一对一点评嘅十个县系边十个?"])
def test_members_asked_in_words_or_in_cantonese_are_not_given_by_a_count(engine: Engine, question: str) -> None:
    # 具体系 is 具体是 (no 体系), 边8个 is 哪8个, 那十个 a count in words: the sentence only counts or names them
    assert engine.ask(question).status != "answered"


def test_which_ones_in_cantonese_is_answered_by_the_list(engine: Engine) -> None:
    result = engine.ask("淮南画咗边三个像?")
    assert result.status == "answered" and result.answer is not None and "班子“集体像”" in result.answer.sentence


def test_online_is_where_the_netizens_are(engine: Engine) -> None:
    # 网上 (a place word: on the net) is said where the passage names 网民, not only where it says 网上平台
    result = engine.ask("网上给单位提意见的网友多不多?")
    assert result.status == "answered" and result.answer is not None and "官方微博" in result.answer.sentence


@pytest.mark.parametrize("question", ["让大家拍砖吐槽用的是什么?", "征求意见时欢迎拍砖吐槽,靠的是什么?",
                                      "欢迎大家拍砖吐槽,是通过啥征求意见的?"])
def test_the_means_asked_is_the_sentence_that_says_what_was_used(engine: Engine, question: str) -> None:
    # not the slogan quoted before it (“亲,期待您积极参与,欢迎拍砖、吐槽。”)
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and "利用官方微博" in result.answer.sentence


@pytest.mark.parametrize(("question", "lead"), [
    ("芜湖收到三点三万几条意见建议,对不对?", "3.3万余条"),  # 三点三万几: 3.3万 and some, a rough figure
    ("开了一万多场座谈会,到底多少场?", "11300多场"),  # 1万多 of 场, not 12400余人次 of talks
    ("听说开了一万多场座谈会,莫得那么多吧?", "11300多场"),  # 莫得: Southwestern Mandarin for 没有
    ("摆个龙门阵哈,省委开了几回常委会?", "5次"),  # 摆龙门阵 (to chat) only frames the question
])
def test_rough_figures_and_southwestern_speech_are_read(engine: Engine, question: str, lead: str) -> None:
    assert_leads(engine, question, lead)


@pytest.mark.parametrize("question", ["学习教育在这次活动里算哪一步?", "学习教育这一步算个什么地位?"])
def test_the_standing_asked_is_what_the_thing_is(engine: Engine, question: str) -> None:
    # 哪一步 asks the standing, 这一步 points at 学习教育 again: neither is 先学一步's 一步
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and "基础环节" in result.answer.sentence


@pytest.mark.parametrize("question", ["记者黄永礼有冇 contact number?", "刘云山 age", "芜湖 population 多少"])
def test_a_facet_asked_in_english_is_one_the_report_must_give(engine: Engine, question: str) -> None:
    # the report names 黄永礼, 刘云山 and 芜湖, but gives no phone number, age or population
    assert engine.ask(question).status != "answered"


@pytest.mark.parametrize(("question", "heading"), [("最后一段的小标题是什么?", "即知即改,立行立改,力求活动取得实效"),
                                                  ("第二段小标题写的啥?", "深学深思,砥砺品质,打牢思想基础"),
                                                  ("第一块的大标题写的是啥?", "周密部署,真督实导,确保活动不走过场")])
def test_a_part_named_by_its_paragraph_or_block_gives_its_heading(engine: Engine, question: str, heading: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and result.answer.lead == heading


@pytest.mark.parametrize(("question", "heading"), [
    ("第二部分主要讨论什么,它的小标题怎么写?", "深学深思,砥砺品质,打牢思想基础"),  # words around the part asked do not matter
    ("讲整改那一大段,小标题是啥?", "即知即改,立行立改,力求活动取得实效"),  # the part about 整改, named by 那一大段
])
def test_the_heading_of_a_part_is_given_however_the_part_is_described(engine: Engine, question: str,
                                                                      heading: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and result.answer.lead == heading


@pytest.mark.parametrize(("question", "lead"), [("基层派了几个指导组?", "11697个"), ("督导组下基层督导了几回?", "820次")])
def test_the_grassroots_are_the_tiers_below(engine: Engine, question: str, lead: str) -> None:
    # 基层 is said where the passage names 乡镇、街道 or the counties the groups went down to
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and lead in (result.answer.lead or "")


@pytest.mark.parametrize("question", ["暗访组是哪天出发的?", "八个暗访组几号动身?"])
def test_when_a_group_set_out_is_when_it_did_its_work(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "3月15日至19日"


@pytest.mark.parametrize("question", ["刘云山在安徽批评了哪些问题?", "刘云山有没有指出安徽工作的缺点?", "网民对官方微博有啥批评?"])
def test_praise_is_no_answer_to_criticism_asked(engine: Engine, question: str) -> None:
    # the report says 刘云山 gave high praise (给予高度评价) and netizens liked it (点赞): no criticism
    assert engine.ask(question).status != "answered"


def test_a_claim_of_a_poor_verdict_is_settled_by_the_praise(engine: Engine) -> None:
    result = engine.ask("刘云山对安徽活动的评价是不是不太高?")
    assert result.answer is not None and "高度评价" in result.answer.sentence


@pytest.mark.parametrize("question", ["1140人后来是怎么处分的?", "廉政警示教育基地搁哪儿?"])
def test_a_penalty_or_a_place_the_report_never_gives_is_not_answered(engine: Engine, question: str) -> None:
    # 查处 (investigated and dealt with) names no penalty; 搁哪儿 asks where the base is, which the report never says
    assert engine.ask(question).status != "answered"


@pytest.mark.parametrize("question", ["参加培训的书记里女的有多少?", "学习时请了哪些专家来辅导?"])
def test_sex_or_experts_the_report_never_names_are_not_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"


@pytest.mark.parametrize(("question", "lead"), [("全省派出的指导组有多少个?", "11697个"),
                                                ("省里不打招呼对全省作风进行突击检查,是在什么时候?", "3月15日至19日")])
def test_the_whole_province_is_a_scope_not_who_did_it(engine: Engine, question: str, lead: str) -> None:
    # 全省 before 派出 says where, not that the province itself sent them (the report's groups are the tiers')
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and lead in (result.answer.lead or "")


def test_a_thing_numbered_otherwise_is_not_the_one_asked(engine: Engine) -> None:
    # the report names 第一组长 of the groups only: a 第二组长 is not in it, a 第一组长 is
    assert engine.ask("省委督导组第二组长是谁?").status != "answered"
    result = engine.ask("省委督导组第一组长由几位省级领导担任?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "8位"


@pytest.mark.parametrize(("question", "said"), [("简述合肥市开展的四个专项行动。", "正风肃纪"),
                                                ("文里省长叫啥?", "省长王学军"),
                                                ("填空题:班子强不强,关键看____。答案是啥?", "关键看班长")])
def test_an_exam_prompt_or_the_text_named_only_frames_the_question(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


@pytest.mark.parametrize("question", ["光县级班子成员下基层多少人次?", "只县里派出的督导组有多少个?"])
def test_one_tier_asked_alone_gets_no_figure_of_several(engine: Engine, question: str) -> None:
    # 38500余人次 and 1264个 count the city and county tiers (and townships) together
    assert engine.ask(question).status != "answered"


def test_what_people_all_served_asks_their_kind(engine: Engine) -> None:
    # 都是啥人当的: what kind of people served (8位省级党员领导干部), not a list of names
    result = engine.ask("第一组长都是啥人当的?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "8位省级党员领导干部"


@pytest.mark.parametrize("question", ["电影《焦裕禄》是谁导的?", "焦裕禄那个电影是哪个导演拍的", "焦裕禄是谁演的?",
                                      "电影《焦裕禄》是啥人演的喔?"])  # (啥人 before a verb done: 谁)
def test_who_made_a_film_the_report_only_names_is_not_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"


def test_a_leader_or_a_supervisor_is_no_film_maker(engine: Engine) -> None:
    # 领导的, 督导的 end in 导的 and ask nothing of a film
    result = engine.ask("省里派去督导的干部总共抽了多少人?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "170人"


@pytest.mark.parametrize("question", ["焦裕禄精神和沈浩精神被当作什么?", "以焦裕禄精神和沈浩精神为啥?"])
def test_the_sentence_that_puts_it_as_the_question_does_is_chosen(engine: Engine, question: str) -> None:
    # three sentences take the two spirits as something; the opening one names them as the question does
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and \
        "以焦裕禄精神和沈浩精神为镜子" in result.answer.sentence


@pytest.mark.parametrize(("question", "said"), [("在店里等餐 闲着 张宝顺自己写没写学习体会文章", "撰写发表学习体会文章"),
                                                ("哥们儿问个事 各地各单位是咋抓三严三实学习的", "集中学习交流")])
def test_words_typed_before_the_question_with_spaces_only_frame_it(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


def test_a_requirement_is_no_one_saying_who_first_said_it(engine: Engine) -> None:
    # “三严三实”要求 names the requirements; the report never says who put them forward
    assert engine.ask("三严三实是谁提出来的?").status != "answered"


def test_what_is_counted_may_be_quoted(engine: Engine) -> None:
    # the report counts no 典型案例; 16个 counts the cities visited
    assert engine.ask("暗访组一共发现了多少个“四风”典型案例?").status != "answered"


@pytest.mark.parametrize("question", ["“总开关”指的是什么?", "走读风具体是指什么样的情况?", "“红包风”具体是指的哪种现象?",
                                      "淮南给党员画“个体像”,能举个例子吗?", "小四风当中那个红包风,具体啥个意思?",
                                      "暗访时曝光出来的官员名字有哪些?", "督导组第一组长们 名字"])  # (names no one)
def test_what_a_term_refers_to_needs_a_sentence_that_says_it(engine: Engine, question: str) -> None:
    # the report names 总开关 and lists 走读风 but says what neither is
    assert engine.ask(question).status != "answered"


@pytest.mark.parametrize(("question", "not_lead"), [
    # 这篇文章 points back at the piece just named, not at the report
    ("报道里说张宝顺写了一篇学习体会文章,这篇文章是什么题目?", "安徽省第二批党的群众路线教育实践活动第一环节工作综述"),
    # two things asked, not the four the named list holds
    ("对照“四面镜子”学习,要着力克服的是哪两个问题?", "理论理想、党章党纪、民心民声、先辈先进"),
])
def test_what_a_question_points_back_at_or_counts_is_not_given_otherwise(engine: Engine, question: str,
                                                                          not_lead: str) -> None:
    result = engine.ask(question)
    assert result.answer is None or result.answer.lead != not_lead


@pytest.mark.parametrize(("question", "said"), [("连心桥指的是啥?", "干群之间的“连心桥”"), ("5322个是指啥?", "活动联系点5322个")])
def test_a_name_described_where_it_stands_or_a_figure_is_still_explained(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


def test_a_body_before_a_preposition_is_not_who_holds_the_thing_after(engine: Engine) -> None:
    # 省委在通报会上: where the province acted, not that the meeting was the province's own (the report's is 市县两级)
    result = engine.ask("省委在通报会上要帮各地纠正征求意见时的哪些毛病?")
    assert result.status == "answered" and result.answer is not None and "避重就轻" in result.answer.sentence


def test_a_remark_about_seeing_the_report_does_not_steer_the_search(engine: Engine) -> None:
    # 看到 is said around the question; read as 观看 it would find the sentence about the film
    result = engine.ask("兄弟们 刚送完一单 看到这新闻 张宝顺啥职位啊")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "省委书记"


@pytest.mark.parametrize(("question", "lead"), [("马鞍山流动党员帮学送学几个?", "1500多名"),
                                                ("村里支书这些人培训了多少个", "44900多人")])
def test_people_counted_by_ge_are_answered_by_a_count_of_persons(engine: Engine, question: str, lead: str) -> None:
    assert_leads(engine, question, lead)


def test_a_person_doing_the_counted_thing_is_not_what_is_counted(engine: Engine) -> None:
    # 几个市 counts cities, whoever went there
    result = engine.ask("省委书记亲自下去跑了几个市?")
    assert result.status == "answered" and result.answer is not None and "6市" in (result.answer.lead or "")


def test_what_is_counted_may_be_named_by_a_synonym(engine: Engine) -> None:
    # 资料 for the report's 材料 (编发学习辅导材料5万余份)
    result = engine.ask("省里印发的学习辅导资料有多少份?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "5万余份"


def test_a_level_of_place_answers_a_level_asked(engine: Engine) -> None:
    # 省辖市 or 省直管县 is the level of the contact points each provincial leader chose
    result = engine.ask("每位省领导各自挂钩什么层级的地方?")
    assert result.status == "answered" and result.answer is not None and "省辖市或省直管县" in result.answer.sentence


@pytest.mark.parametrize("question", ["市里和县里领导班子的四风意见各理出来好多条?", "市级和县级班子梳理出多少条意见?"])
def test_and_before_a_tier_is_no_place_named_hexian(engine: Engine, question: str) -> None:
    # jieba's dictionary knows 和县, a county the report never names: here 和 joins two tiers
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and "3800多条和21500多条" in result.answer.sentence


def test_a_side_is_no_cantonese_which(engine: Engine) -> None:
    # 那边 is "over there": 边年 is not Cantonese for 哪年
    result = engine.ask("马鞍山那边年纪大的党员有多少?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "5600多名"


def test_a_list_of_tiers_is_read_whole(engine: Engine) -> None:
    # 全省市、县(市、区)和乡镇、街道…派出督导组: 市县 names two tiers, and the list is not cut short
    result = engine.ask("全省市县两级派出的督导组有多少个?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "1264个"


@pytest.mark.parametrize("question", ["县委市委的领导班子集中学习了几天?", "市委县委班子集中学习了多少天?", "市委和县委班子集中学习了几天?"])
def test_tier_bodies_a_list_shares_are_each_tiers(engine: Engine, question: str) -> None:
    # 市、县(市、区)委班子 is the 市委's and the 县委's; 县委市委 is two words of the general language
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "5天以上"


def test_the_title_of_a_work_asked_as_its_name(engine: Engine) -> None:
    # 片名 asks the film's name: 《焦裕禄》; a sentence without a title does not give a book's
    result = engine.ask("省领导一起看的电影,片名是什么?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "《焦裕禄》"
    assert engine.ask("省委书记看的书名是什么?").status != "answered"


def test_thanks_with_a_particle_after_the_question_ask_nothing(engine: Engine) -> None:
    result = engine.ask("各级领导班子带头学习是用的么形式啊?谢谢你啰")
    assert result.status == "answered" and result.answer is not None and "座谈研讨" in result.answer.sentence


def test_words_offered_one_for_another_need_only_one_said(engine: Engine) -> None:
    # 形式/办法 as in a search box: the passage says 形式; neither 经费 nor 预算 is said of the 督导组
    result = engine.ask("领导班子 学习 形式/办法")
    assert result.status == "answered" and result.answer is not None and "座谈研讨" in result.answer.sentence
    assert engine.ask("督导组 经费/预算").status != "answered"


@pytest.mark.parametrize("question", ["市级领导班子那3800多条意见里,已经解决了多少条?", "1660个软弱涣散党组织,已经整顿完了多少个?"])
def test_a_count_of_those_done_needs_a_sentence_saying_done(engine: Engine, question: str) -> None:
    # 梳理出3800多条 and 集中整顿建设 count them all; the report does not say how many were solved or finished
    assert engine.ask(question).status != "answered"


def test_a_month_claimed_for_another_time_is_not_settled_by_the_first(engine: Engine) -> None:
    # 又来: another visit, which the date of the first (3月25日至27日) neither confirms nor denies
    assert engine.ask("刘云山5月份是不是又来安徽了?").status != "answered"
    result = engine.ask("刘云山是不是4月份来的安徽?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "3月25日至27日"


@pytest.mark.parametrize("question", ["群众意见 采纳率", "群众意见的采纳率是多少?"])
def test_a_rate_the_report_never_gives_is_not_answered(engine: Engine, question: str) -> None:
    # 采纳率 is a noun the report does not use: a measure of the opinions it never gives
    assert engine.ask(question).status != "answered"


def test_what_kind_of_spirit_a_term_means_is_its_meaning(engine: Engine) -> None:
    # 是指什么精神 asks what 焦裕禄精神 means, which the report never says
    assert engine.ask("焦裕禄精神具体是指什么精神?").status != "answered"


def test_an_everyday_word_for_people_ending_in_de_is_the_reports(engine: Engine) -> None:
    # 当官的 is 领导干部 (the table's everyday words), though the question's words cut it as 当官|的
    result = engine.ask("当官的带头学习,都用了哪些法子?")
    assert result.status == "answered" and result.answer is not None and "座谈研讨" in result.answer.sentence


def test_a_date_counts_nothing(engine: Engine) -> None:
    # 3月15日至19日省里组成8个由厅级干部带队的暗访组: 19日 does not count 干部, and 8个 counts 暗访组
    assert engine.ask("暗访组查出来多少个当官的大吃大喝的?").status != "answered"


@pytest.mark.parametrize("question", ["中央领导来安徽看了以后咋说的?", "那位中央的大领导来安徽看了以后,夸了安徽什么?"])
def test_a_leader_is_named_by_the_post_held(engine: Engine, question: str) -> None:
    # 中央领导: the passage names him by his posts (中央书记处书记刘云山), not as a 领导
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and "创造了很多经验" in result.answer.sentence


@pytest.mark.parametrize(("question", "said"), [("那个五千三百二十二个是么事的数目", "5322个"), ("一千一百四十人 是啥人数", "1140人")])
def test_what_a_figure_counts_asked_is_no_figure_asked(engine: Engine, question: str, said: str) -> None:
    # 是什么的数目 asks what the figure counts: the sentence giving it answers
    assert_says(engine, question, said)


def test_an_everyday_word_said_beside_the_reports_is_the_same_thing(engine: Engine) -> None:
    # 电影…片子: the film said again in everyday words, not a second thing the report must name
    result = engine.ask("省里的领导一起看了个电影,看的啥子片子?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "《焦裕禄》"


def test_a_light_verb_before_the_verb_asked_frames_it(engine: Engine) -> None:
    # 拿出来曝光: 曝光 is what is asked; 拿出 only brings it out
    result = engine.ask("暗访查到的典型案例有没有拿出来曝光?")
    assert result.status == "answered" and result.answer is not None and "通报和曝光" in result.answer.sentence


@pytest.mark.parametrize(("question", "said"), [
    ("市、县两级向下派出的督查队伍数量是多少?", "督导组1264个"),  # 两级 counts the tiers just named
    ("市级班子跟县级班子梳出来的四风意见,哪边多啊?", "3800多条和21500多条"),  # 市级 in 市、县两级
    ("市县两级党委班子集中学习的时间最少是多少天?", "5天以上"),  # 党委 in 市、县委; 最少是多少 asks a bound
])
def test_tiers_and_their_committees_said_by_a_list(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


def test_the_report_as_what_says_it_frames_the_question(engine: Engine) -> None:
    # 这篇综述所说的: the report as the source, no word the answer must hold
    result = engine.ask("請問這篇綜述所說的第一環節,包含哪些工作?")
    assert result.status == "answered" and result.answer is not None and "听取意见环节" in result.answer.sentence


def test_a_count_of_those_already_done_needs_them_said_done(engine: Engine) -> None:
    # 已经整改: the 3800多条 were gathered, not said to be dealt with
    assert engine.ask("市级领导班子四风意见建议有多少条已经整改?").status != "answered"


@pytest.mark.parametrize("question", ["领导联系点 总共多少个", "联系点总共多少个?"])
def test_all_together_before_the_count_is_no_thing_counted(engine: Engine, question: str) -> None:
    # 总共 says a total is asked: 联系点 is what is counted (5322个), not one each (分别选择1个)
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "5322个"


def test_a_figure_named_before_the_question_is_no_count_asked(engine: Engine) -> None:
    # 一个数字 (1个数字) is "a figure", not 个数 (how many) of something
    result = engine.ask("你好呀,想核对一个数字:芜湖开门纳谏一共收集了多少条意见建议?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "3.3万余条"


def test_how_the_report_puts_it_after_the_question_asks_no_quote(engine: Engine) -> None:
    # …能感受到什么,文章怎么说的?: what is asked comes first; the tail only points at the report
    result = engine.ask("改正以后老百姓能感受到什么,文章怎么说的?")
    assert result.status == "answered" and result.answer is not None and "新变化新气象" in result.answer.sentence


@pytest.mark.parametrize("question", ["暗访结果是哪天通报的?", "暗访组发现的问题是几月几号通报曝光的?"])
def test_a_date_is_of_what_the_sentence_tells_first(engine: Engine, question: str) -> None:
    # 3月15日至19日…进行集中暗访,并对…进行通报和曝光: the days of the visits, not when the cases were made public
    assert engine.ask(question).status != "answered"
    result = engine.ask("暗访是什么时候开展的?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "3月15日至19日"


def test_a_word_of_degree_frames_the_question(engine: Engine) -> None:
    # 很网络化的话: 很 says how much, not what the passage must hold (the report's 很 is in 很好的成绩)
    result = engine.ask("记得有单位在微博上用很网络化的话邀请大家“拍砖”,原话怎么说的?")
    assert result.status == "answered" and result.answer is not None and "欢迎拍砖、吐槽" in result.answer.sentence


def test_what_the_asker_tells_before_the_question_asks_nothing(engine: Engine) -> None:
    # 我的老师常常说“钉钉子”精神。: the asker's own words; the question after it asks who, not a quote
    result = engine.ask("我的老师常常说“钉钉子”精神。文章里是谁要继续发扬这个精神?")
    assert result.status == "answered" and result.answer is not None and "第一批活动单位" in result.answer.sentence


def test_those_few_words_ask_no_count(engine: Engine) -> None:
    # 那几个词: "those few words", not 几个 asked: the words after 高起点 are what is asked
    result = engine.ask("帮我确认一下总体推进要求,就是“高起点”后面那几个词")
    assert result.status == "answered" and result.answer is not None and "高标准高质量" in result.answer.sentence


def test_the_least_a_norm_keeps_is_a_bound_not_a_ranking(engine: Engine) -> None:
    # 最少…几天 asks the bound each keeps (5天以上), as 最少是多少天 does
    result = engine.ask("市里县里的党委班子最少集中学了几天?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "5天以上"


def test_where_a_thing_is_from_is_answered_by_its_tier(engine: Engine) -> None:
    # 哪块的媒体: 依托市级主要媒体 says which media, by their tier
    result = engine.ask("芜湖那边听老百姓意见,是靠哪块的媒体搞的?")
    assert result.status == "answered" and result.answer is not None and "市级主要媒体" in result.answer.sentence


def test_a_place_above_the_level_asked_is_no_answer(engine: Engine) -> None:
    # 哪个村: 淮南市 is a city; the report names no village, so it does not say
    result = engine.ask("沈浩是哪个村的干部?")
    assert result.status != "answered"
    city = engine.ask("哪个市画了群体像?")
    assert city.answer is not None and city.answer.lead == "淮南市"


def test_a_month_asked_of_again_is_another_time(engine: Engine) -> None:
    # 4月份还有再组…吗?: another round, not the one of 3月15日至19日
    assert engine.ask("省里4月份还有再组暗访组下去查吗?").status != "answered"


@pytest.mark.parametrize(("question", "said"), [
    ("四萬四千九百多人指的是哪些人?", "培训基层党组织书记44900多人"),  # a rough figure, whose people are asked
    ("整理马鞍山的数据时看到个3800多,这个是什么人的数?", "3800多名文化程度不高党员"),
    ("一千一百四十人这个数统计的是什么", "人数1140人"),  # 统计 says how the figure is taken
])
def test_what_a_figure_stands_for_is_the_sentence_that_gives_it(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


def test_a_big_official_is_a_leader(engine: Engine) -> None:
    # 大官 is the everyday word for 领导: 19位省领导 counts them, as people (多少个人)
    result = engine.ask("省里那帮大官儿一共多少个人去整联系点啊?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "19位省领导"


def test_a_matter_asked_of_and_a_sneaked_look_are_understood(engine: Engine) -> None:
    # 事儿 is 事 said the northern way, which frames; 偷摸 (on the quiet) is the everyday word for 暗访
    result = engine.ask("省里派人偷摸下去瞅作风,是哪几天的事儿?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "3月15日至19日"


def test_the_most_of_a_group_counted_picks_it_out(engine: Engine) -> None:
    # 最突出的那十个县区: the 10 counties picked out by their problems, not a question of which ranks first
    result = engine.ask("问题最突出的那十个县区,省里咋点评的?")
    assert result.status == "answered" and result.answer is not None and "“一对一”重点点评" in result.answer.sentence


def test_two_quoted_things_joined_are_a_list_of_two(engine: Engine) -> None:
    # 两个问题: “信仰危机”和“本领恐慌” are the two, and the short answer names both, not a person of the sentence
    result = engine.ask("学习里要克服的两个问题叫什么?")
    assert result.status == "answered" and result.answer is not None
    assert result.answer.lead == "“信仰危机”和“本领恐慌”"


def test_when_is_answered_by_from_the_very_start(engine: Engine) -> None:
    # 啥时候 asks no calendar date here: 从一开始就感受到 tells when, and is the short answer
    result = engine.ask("文章说让群众啥时候就能感受到变化?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "从一开始"
    # (…啥时候开始? asks when something starts, which 从一开始 does not tell)
    assert engine.ask("第三批活动啥时候开始?").status != "answered"


def test_a_big_official_is_named_by_the_post_held(engine: Engine) -> None:
    # 中央那位大官: 中央书记处书记刘云山, a leader named by his post
    result = engine.ask("中央那位大官來看過以後,對安徽講了什麼好話?")
    assert result.status == "answered" and result.answer is not None and "刘云山" in result.answer.sentence


def test_an_everyday_word_said_with_er_is_the_same_word(engine: Engine) -> None:
    # 当官儿的 is 当官的 said the northern way: the report's 领导干部
    result = engine.ask("那帮当官儿的凑一块儿看了个啥电影?")
    assert result.status == "answered" and result.answer is not None and "《焦裕禄》" in result.answer.sentence


def test_put_right_thoroughly_is_done(engine: Engine) -> None:
    # 改利索 (put right for good) counts those done, 3142个整改完毕, not all 4395 found
    result = engine.ask("第一批那些单位查出来的毛病,改利索的有多少个了?")
    assert result.answer is not None and result.answer.lead == "3142个整改完毕"


def test_how_many_hao_people_asks_a_count_of_people(engine: Engine) -> None:
    # 多少号人 is 多少人: a count of groups (督导组1264个) does not answer it, 170人 does
    for question in ("省委派下去盯着干活的督导组,一共抽了多少号人?", "省委督导组一共抽了多少号人?"):
        result = engine.ask(question)
        assert result.answer is not None and result.answer.lead == "170人"


def test_the_sentence_that_gives_a_rough_figure_told_answers(engine: Engine) -> None:
    # 八百多次 督导: 督导820次 is the figure told, not the paragraph's motto (从严要求,全程督导)
    result = engine.ask("八百多次 督导 具体")
    assert result.status == "answered" and result.answer is not None and "督导820次" in result.answer.sentence


@pytest.mark.parametrize(("question", "lead"), [
    ("那帮当官儿的凑一块儿看了个啥电影?", "《焦裕禄》"),
    ("来安县整了个啥小册子来着", "《便民服务手册》"),
])
def test_a_work_asked_with_sha_is_named_first(engine: Engine, question: str, lead: str) -> None:
    # 啥电影, 啥小册子 ask a work's title as 什么电影 does: the title is the short answer
    result = engine.ask(question)
    assert result.answer is not None and result.answer.lead == lead


def test_those_being_put_right_are_under_way(engine: Engine) -> None:
    # 还有多少个正改着: the ones under way (1253个正积极整改中), not those done
    result = engine.ask("第一批那四千三百九十五个问题里头,还有多少个正改着呢?")
    assert result.answer is not None and result.answer.lead == "1253个正积极整改中"


@pytest.mark.parametrize(("question", "lead"), [
    ("这篇的标题按怎写?", "安徽省第二批党的群众路线教育实践活动第一环节工作综述"),  # Minnan 按怎: 怎么
    ("请问本文的责任编辑为何人?", "梁 海燕"),  # written style 为何人: 是谁, not 为何 (why)
    ("该综述的发表时间具体为何日?", "2014-05-07"),  # 为何日: 是哪天
    ("本文的责任编辑系哪位同志?", "梁 海燕"),  # 系: 是; 哪位同志: who, 同志 no word the answer must hold
    ("记者是哪位同志?", "黄永礼"),
])
def test_minnan_and_written_question_words(engine: Engine, question: str, lead: str) -> None:
    result = engine.ask(question)
    assert result.answer is not None and result.answer.lead == lead


def test_what_a_date_is_asks_a_date(engine: Engine) -> None:
    # 起止日期是什么: a date is asked, which 为期1个月 (a length of time) does not give
    assert engine.ask("三严三实集中学习教育的起止日期是什么?").status != "answered"
    result = engine.ask("暗访的日期是什么?")
    assert result.answer is not None and result.answer.lead == "3月15日至19日"


def test_which_books_of_a_set_the_report_only_names(engine: Engine) -> None:
    # 中央规定书目有哪几本书: the report names the set (研读…中央规定书目), never its books
    result = engine.ask("中央规定书目有哪几本书?")
    assert result.status == "partial" and result.answered is False


@pytest.mark.parametrize("question", ["沈浩以前是做什么的?", "焦裕禄是哪里人?"])
def test_a_person_named_only_in_what_bears_the_name_is_not_spoken_of(engine: Engine, question: str) -> None:
    # the report names 沈浩精神 and the film 《焦裕禄》, never what the men did or where they came from
    assert engine.ask(question).status != "answered"


def test_the_spirit_named_after_a_person_still_answers(engine: Engine) -> None:
    result = engine.ask("焦裕禄精神和沈浩精神在活动里当什么?")
    assert result.status == "answered" and result.answer is not None and "焦裕禄精神" in result.answer.sentence


@pytest.mark.parametrize("question", ["1+8方案 8个是啥", "廉政警示教育基地是设在哪位?"])
def test_members_and_places_the_report_does_not_name(engine: Engine, question: str) -> None:
    # 8个是啥 asks the eight, which the report only counts (“1+8”活动方案); 设在哪位 is Minnan for 设在哪里
    assert engine.ask(question).status != "answered"
    # (那1602个是么事 asks what a figure counts, which its sentence says)
    assert engine.ask("那一千六百零二个是么事").status == "answered"


def test_who_the_members_are_asked_in_written_style(engine: Engine) -> None:
    # 成员何人 (成员是谁): the report names the 报告团, never who was in it
    assert engine.ask("巡回报告之先进事迹报告团,成员何人?").status != "answered"


def test_a_quoted_name_taken_as_the_thing_asked_names_it(engine: Engine) -> None:
    # 抓手叫啥: 把“四解决四推动”作为重要抓手 names it
    result = engine.ask("整个第二批活动的主要抓手叫啥")
    assert result.status == "answered" and result.answer is not None and "“四解决四推动”" in result.answer.sentence


@pytest.mark.parametrize("question", ["報導是不是認為,能聽進多少民眾意見非常重要?",
                                      "综述是否明确提及党员领导干部在学习教育中应充分发挥示范表率作用?"])
def test_whether_the_report_says_a_thing_is_a_claim(engine: Engine, question: str) -> None:
    # 报道是不是认为 / 综述是否明确提及: a claim to confirm (no figure asked by 多少 inside it), the saying only frames it
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None
    assert "至关重要" in result.answer.sentence or "示范表率作用" in result.answer.sentence


def test_how_many_are_left_of_a_figure_told_before(engine: Engine) -> None:
    # 问题4395个,还有几个在改?: a part of the figure told, those under way
    result = engine.ask("第一批查摆的问题四千三百九十五个,还有几个在改?")
    assert result.answer is not None and result.answer.lead == "1253个正积极整改中"


def test_minnan_words_for_a_way_of_doing(engine: Engine) -> None:
    # 法度, 撇步: Minnan for 办法
    result = engine.ask("各地各单位是用啥米法度来抓三严三实的学习?")
    assert result.status == "answered" and result.answer is not None and "集中学习交流" in result.answer.sentence


def test_what_the_asker_needs_the_answer_for_names_nothing(engine: Engine) -> None:
    # 时政作业要写…: the homework is the asker's, the question is what follows
    result = engine.ask("家人们救命 时政作业要写领导们看了啥电影 有人知道吗🙏")
    assert result.answer is not None and result.answer.lead == "《焦裕禄》"
    # (作业要写出处 after the question asks nothing: the source is not what 记者是谁 asks)
    other = engine.ask("记者是谁 作业要写出处")
    assert other.answer is None or other.answer.lead != "安徽日报"


def test_this_article_is_the_report_itself(engine: Engine) -> None:
    # 这篇文章总的来说是讲…: 这篇 points at the report, which frames the question wherever the verb stands
    result = engine.ask("我们老党员听得糊里糊涂,这篇文章总的来说是讲安徽在推进啥工作嘛?")
    assert result.status == "answered" and result.answer is not None and "推进学习教育" in result.answer.sentence


def test_a_place_typed_by_sound_with_a_numeral(engine: Engine) -> None:
    # 五湖市 sounds as 芜湖市: a numeral is a typo inside a place's name
    result = engine.ask("五湖市一共征求到多少条意见")
    assert result.answer is not None and result.answer.lead == "3.3万余条"


@pytest.mark.parametrize("question", ["逆向测评 是什么意思?", "拍砖 和 吐槽 是什么意思?", "四解决四推动 具体 means what?"])
def test_a_term_only_named_is_not_explained(engine: Engine, question: str) -> None:
    # named in a list or a quote, or as a handle, the term is not spelled out: what it means is not said
    assert engine.ask(question).status != "answered"


def test_english_question_words_mixed_in(engine: Engine) -> None:
    # what are the four mirrors: 是什么, 四; the, are say nothing
    result = engine.ask("Hi 👋 我在学 '四面镜子' 这个词, what are the four mirrors?")
    assert result.answer is not None and result.answer.lead == "理论理想、党章党纪、民心民声、先辈先进"


def test_times_gone_to_the_tiers_counts_the_visits(engine: Engine) -> None:
    # 下去市里县里多少回: 回 counts times; the tiers are where they went (深入市、县(市、区)督导820次)
    result = engine.ask("省委督导组下去市里县里多少回?")
    assert result.answer is not None and result.answer.lead == "820次"


def test_the_tier_of_a_post_is_named_before_it(engine: Engine) -> None:
    # 哪一级的负责同志: 由乡镇 (街道)党(工)委负责同志兼任
    result = engine.ask("软弱涣散党组织的第一书记是哪一级的负责同志兼的咧?")
    assert result.status == "answered" and result.answer is not None and "乡镇" in result.answer.sentence


def test_from_when_it_can_be_felt_is_answered_by_from_the_start(engine: Engine) -> None:
    # 从什么时候开始能感受到: 从一开始就感受到; but 从什么时候开始的 asks when it began
    result = engine.ask("老百姓从什么时候开始能感受到新变化?")
    assert result.status == "answered" and result.answer is not None and "从一开始" in result.answer.sentence
    assert engine.ask("活动从什么时候开始的?").status != "answered"


def test_the_leader_of_a_group_is_who_leads_it(engine: Engine) -> None:
    # 暗访组的领导: 由厅级干部带队的暗访组
    result = engine.ask("暗访组的领导是什么级别的干部?")
    assert result.answer is not None and result.answer.lead == "厅级干部"


def test_a_count_stated_then_asked_for_truly_is_a_claim(engine: Engine) -> None:
    # 稿子写12个…,原文几个?: the 12 is a claim to check; the report's count answers
    result = engine.ask("稿子写点评会对12个问题突出的县(区)一对一点评,原文几个?")
    assert result.answer is not None and result.answer.lead == "10个"


def test_a_claimed_figure_is_checked_against_the_item_it_counts(engine: Engine) -> None:
    # 马鞍山市对5600多名…、3800多名文化程度不高党员: 马鞍山 is every item's, 文化程度不高 tells the item
    result = engine.ask("马鞍山文化程度不高的党员帮学送学人数是8300多名吗?")
    assert result.answer is not None and result.answer.lead == "3800多名"


def test_the_paper_offered_as_a_choice_is_the_source_asked(engine: Engine) -> None:
    # 人民日报还是安徽日报: both papers frame a question about the report's source
    result = engine.ask("来源是人民日报还是安徽日报?")
    assert result.answer is not None and result.answer.lead == "安徽日报"


def test_one_of_the_places_told_by_their_count(engine: Engine) -> None:
    # 六个市…头一个是哪个市: 赴合肥等6市 names the one; with no count told, 哪个市 is not answered by one of six
    result = engine.ask("张宝顺去了六个市调研,头一个是哪个市")
    assert result.answer is not None and result.answer.lead == "合肥"
    assert engine.ask("张宝顺调研的是哪个市?").status != "answered"


def test_names_asked_in_english_are_a_name_list(engine: Engine) -> None:
    # names: 名字, which 8位省级党员领导干部 does not give
    assert engine.ask("8位第一组长 names 是什么?").status != "answered"


def test_a_party_branch_is_a_party_organization(engine: Engine) -> None:
    # 党支部 is a 党组织: 村里党支部 ↔ 全省村级党组织开展集中学习103800多次
    result = engine.ask("全省村里党支部组织学了多少回")
    assert result.answer is not None and result.answer.lead == "103800多次"


@pytest.mark.parametrize("question", ["大哥在吗 俺想问问各地是咋抓三严三实学习贯彻的 俺们村也要弄",
                                      "在吗 我想问问各地是咋抓三严三实学习贯彻的 我们村也要弄"])
def test_a_question_asked_with_za_after_a_greeting_is_kept(engine: Engine, question: str) -> None:
    # 咋 asks: the clause that holds it is the question, not the asker's remark; 大哥在吗 greets
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and "集中学习交流" in result.answer.sentence


@pytest.mark.parametrize(("question", "said"), [("这篇报道是多暂发表的?", "2014-05-07"),
                                                ("文章里讲学习教育要学么斯,是哪三学来着?", "学原著"),
                                                ("合肥那些任务,每一项都讲明了么斯?", "牵头领导")])
def test_hefei_question_words(engine: Engine, question: str, said: str) -> None:
    # 多暂 什么时候, 么斯 什么 (and 学什么, before a clause that asks again, is what is learnt)
    assert_says(engine, question, said)


def test_what_each_of_a_few_covers_asks_for_them_all(engine: Engine) -> None:
    # 8个分方案各管什么领域: the eight, one by one, which 明确各领域突出问题 does not list
    assert engine.ask("“1+8”活动方案里那8个分方案各管什么领域?").status != "answered"


def test_which_one_leader_is_answered_by_one_name(engine: Engine) -> None:
    # 哪一位: one person named answers (not a list of them); the short answer is the name after the post
    result = engine.ask("当时来安徽调研的中央领导是哪一位?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "刘云山"


def test_a_kind_of_class_named_by_its_head(engine: Engine) -> None:
    # 学习班 is a 培训班 (a word of the report with the character that names its kind)
    result = engine.ask("各地村党支部书记的学习班一共开了多少期?")
    assert result.answer is not None and result.answer.lead == "639期"


def test_which_leader_asks_a_person(engine: Engine) -> None:
    # 哪个领导主持的: a person who chaired it, which 领导小组专门召开 does not name
    result = engine.ask("3月24日那个点评通报会是哪个领导主持的?")
    assert result.status != "answered"
    assert engine.ask("哪个领导小组研究制定了1+8方案?").status == "answered"  # (a body, not a person)


def test_a_quoted_name_after_the_verb_asked_names_the_thing(engine: Engine) -> None:
    # 搭建的那个平台叫什么: 搭建政情民意“直通车” (a post's holder is not so named: 芜湖市长叫什么名字?)
    result = engine.ask("芜湖市搭建的那个平台叫什么来着?")
    assert result.status == "answered" and result.answer is not None and "“直通车”" in result.answer.sentence
    assert engine.ask("芜湖市长叫什么名字?").status != "answered"


def test_the_name_of_what_was_built_unsaid_is_the_quoted_name_after_the_verb(engine: Engine) -> None:
    # 搭起来的叫啥: the thing itself unsaid, the name of what 搭建 made (政情民意“直通车”)
    result = engine.ask("芜湖那边搭起来的叫啥呀")
    assert result.status == "answered" and result.answer is not None and "“直通车”" in result.answer.sentence


def test_a_meetings_name_asked_after_a_space(engine: Engine) -> None:
    # 那个会 叫什么: typed with a space where a comma would be
    result = engine.ask("3月24号开的那个会 叫什么来着")
    assert result.status == "answered" and result.answer is not None and "专题点评通报会" in result.answer.sentence


def test_jue_chu_is_to_feel(engine: Engine) -> None:
    # 觉出 is 感受 in the everyday-words table
    result = engine.ask("老百姓啥时候能觉出变化来")
    assert result.answer is not None and result.answer.lead == "从一开始"


def test_a_numbered_stage_is_the_reports_round_stage(engine: Engine) -> None:
    # 第一阶段 is 第一环节 (the report's stage), and 第二阶段 another stage it does not report
    assert engine.ask("第一阶段安徽主要推进了哪些工作?").status == "answered"
    assert engine.ask("第二阶段安徽推进了哪些工作?").status != "answered"


def test_where_a_thing_is_placed_asks_its_standing(engine: Engine) -> None:
    # 放在什么位置: 学习教育,是教育实践活动的基础环节
    result = engine.ask("学习教育放在什么位置?")
    assert result.status == "answered" and result.answer is not None and "基础环节" in result.answer.sentence


def test_words_of_so_many_characters(engine: Engine) -> None:
    # 哪八个字: a line of eight characters (批次衔接,上下联动), not a list of eight things
    result = engine.ask("请问报道用哪八个字概括两批活动的衔接?")
    assert result.status == "answered" and result.answer is not None and "批次衔接,上下联动" in result.answer.sentence


def test_a_preposition_glued_to_a_place_is_split_off(engine: Engine) -> None:
    # 来安给|老百姓: the segmenter glues 给 to 来安; 来安 is 来安县 still
    result = engine.ask("来安给老百姓发了本啥小册子")
    assert result.answer is not None and result.answer.lead == "《便民服务手册》"


def test_the_askers_own_place_is_not_what_a_province_wide_question_asks_of(engine: Engine) -> None:
    # 我是合肥一个退休的老师…想问问全省…: 合肥 is where the asker lives; 问问 only asks
    result = engine.ask("你好啊,我是合肥一个退休的小学老师,在家没事翻报纸看。想问问全省市、县和乡镇街道一共派了多少个督导组撒?")
    assert result.answer is not None and result.answer.lead == "1264个"


def test_a_report_on_another_stage_is_another_report(engine: Engine) -> None:
    # 第二环节的工作综述: the title names 第一环节; another review's date is not this one's
    assert engine.ask("这篇第一环节综述之后,第二环节的工作综述是哪天发表的?").status != "answered"
    result = engine.ask("第一环节工作综述是哪天发表的?")
    assert result.answer is not None and result.answer.lead == "2014-05-07"


def test_the_editors_signature_is_the_editor(engine: Engine) -> None:
    # 责任编辑署名: the editor's name, not the reporter's (署名 alone asks the byline)
    result = engine.ask("报道的责任编辑署名是谁?")
    assert result.answer is not None and result.answer.lead == "梁 海燕"


def test_hou_written_with_the_wrong_hand_still_asks_when(engine: Engine) -> None:
    # 时侯 is 时候: 什么时侯能全部改完 asks a time the report does not give
    assert engine.ask("第一批剩下的问题 估计什么时侯能全部改完").status != "answered"


@pytest.mark.parametrize(("question", "said"), [("庐江县听意见讲究哪几个真", "用真心、下真功、动真格"),
                                                ("领导们查找的是班子和个人哪方面的毛病", "“四风”方面")])
def test_items_sharing_a_character_and_an_aspect_asked(engine: Engine, question: str, said: str) -> None:
    # 哪几个真: items that each hold 真; 哪方面的毛病: the aspect named (在“四风”方面存在的突出问题)
    assert_says(engine, question, said)


def test_a_saying_in_quotes_asks_the_words(engine: Engine) -> None:
    # 引号里那句…俗语: the words quoted, however the question calls them
    result = engine.ask("报道引号里那句关于“班长”的俗语原文是什么?")
    assert result.status == "answered" and result.answer is not None and "关键看班长" in result.answer.sentence


def test_two_everyday_words_around_what_the_report_says_are_forgiven(engine: Engine) -> None:
    # 年纪大、身体不好: two words the report does not use, among many it holds (马鞍山, 党员, 学)
    result = engine.ask("马鞍山让年纪大、身体不好的老党员咋学上的?")
    assert result.status == "answered" and result.answer is not None and "帮学送学" in result.answer.sentence


def test_the_steps_of_a_way_only_named_are_not_said(engine: Engine) -> None:
    # 操作流程: 逆向测评 is one item of a list of ways; how it is carried out is not said
    assert engine.ask("逆向测评的具体操作流程是怎样的?").status != "answered"


def test_how_many_in_the_reports_own_phrase_asks_no_figure(engine: Engine) -> None:
    # 能听进多少群众意见 is the report's phrase (…,至关重要), quoted: no figure is asked
    result = engine.ask("活动搞得好不好,关键是看能听进多少群众意见嘛?")
    assert result.status == "answered" and result.answer is not None and "至关重要" in result.answer.sentence


def test_a_verb_said_by_its_last_character_with_the_same_words_after(engine: Engine) -> None:
    # 回到群众中去 ↔ 效果,也到群众中去
    result = engine.ask("效果是不是也要回到群众中去?")
    assert result.status == "answered" and result.answer is not None and "也到群众中去" in result.answer.sentence


def test_an_emoji_does_not_keep_a_remark_from_being_set_aside(engine: Engine) -> None:
    # 老师上课提了一嘴 这篇里有说吗😭: what the asker says around the question asks nothing of the report
    result = engine.ask("救命 四面镜子是啥玩意 老师上课提了一嘴 这篇里有说吗😭")
    assert result.status == "answered" and result.answer is not None and "四面镜子" in result.answer.sentence


def test_what_a_thing_is_taken_as_answers_what_it_is_taken_as(engine: Engine) -> None:
    # 当作什么主线? ↔ 把学习弘扬焦裕禄精神、沈浩精神作为红线
    result = engine.ask("安徽把弘扬焦裕禄、沈浩精神当作什么主线贯穿始终?")
    assert result.status == "answered" and result.answer is not None and "作为红线" in result.answer.sentence


def test_a_kind_asked_is_answered_by_the_word_of_that_kind_with_what_sets_it_apart(engine: Engine) -> None:
    # 哪类案件 ↔ 选择一批违法违纪典型案例
    result = engine.ask("警示教育材料是依据哪类案件编写的?")
    assert result.status == "answered" and result.answer is not None and "违法违纪典型案例" in result.answer.sentence


def test_people_asked_are_not_answered_by_a_place_and_a_verb_done_is_no_typo(engine: Engine) -> None:
    # 时见了 is 见了 (met), not 时间; 哪些基层党员 asks people the sentence does not name
    assert engine.read("刘云山来皖调研时见了哪些基层党员?").folded.count("见了") == 1
    assert engine.ask("刘云山来皖调研时见了哪些基层党员?").status != "answered"


def test_a_spirit_asked_as_what_spirit_asks_its_meaning(engine: Engine) -> None:
    # 焦裕禄精神到底是啥精神?: the report names the spirit, but never says what it is
    assert engine.ask("焦裕禄精神到底是啥精神啊 展开说说").status != "answered"
    # (17.3万多份的资料是什么资料? asks which papers, which the sentence says: 警示教育资料)
    result = engine.ask("那十七点三万多份的资料是什么资料?")
    assert result.status == "answered" and result.answer is not None and "警示教育资料" in result.answer.sentence


def test_the_newspaper_another_article_was_published_in_is_not_the_reports_source(engine: Engine) -> None:
    # 张宝顺's article 发表 in an unnamed paper; this report's source (安徽日报) answers only for this report
    assert engine.ask("張寶順的學習體會文章發表在哪份報紙上?").status != "answered"
    result = engine.ask("这篇稿子登在什么报上?")
    assert result.answer is not None and result.answer.lead == "安徽日报"


def test_a_measure_word_of_its_own_picks_the_one_figure_that_has_it(engine: Engine) -> None:
    # 几期: 639期 is the one figure counted in 期, though its clause (举办专题培训班) says nothing of 开课
    result = engine.ask("给村支书们开课的班一共办了几期?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "639期"


def test_a_squad_leader_is_who_a_saying_names(engine: Engine) -> None:
    # 关键看谁? ↔ “班子强不强,关键看班长。”: a 班长 is someone, as a 组长 is
    result = engine.ask("报道里说班子强不强关键看谁呀?")
    assert result.status == "answered" and result.answer is not None and "关键看班长" in result.answer.sentence


def test_what_was_said_when_doing_a_thing_asks_the_words_said(engine: Engine) -> None:
    # 征求意见时说了啥?: the words they posted (“亲,期待您积极参与…”), not that they used 微博
    result = engine.ask("一些单位利用官方徽博征求意见时说了啥?")
    assert result.status == "answered" and result.answer is not None and "拍砖" in result.answer.sentence
    # (写了什么 asks what was written: the article, not words said)
    result = engine.ask("张宝顺带头写了啥")
    assert result.status == "answered" and result.answer is not None and "学习体会文章" in result.answer.sentence


def test_which_is_the_most_is_answered_by_comparing_the_figures_listed(engine: Engine) -> None:
    # 哪类人最多?: 5600多名年老体弱党员、3800多名…、1500多名流动党员, compared
    result = engine.ask("马鞍山帮学的那几类党员里哪类人最多啊?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "5600多名年老体弱党员"
    result = engine.ask("马鞍山帮学送学的党员里哪类最少?")
    assert result.answer is not None and result.answer.lead == "1500多名流动党员"
    # (two figures of two tiers, 3800多条和21500多条, say nothing of which kind of problem is most)
    assert engine.ask("征求到的意见里哪类问题最多").status != "answered"


def test_what_kind_of_people_is_answered_by_the_kinds_named(engine: Engine) -> None:
    # 给啥人送学?: 年老体弱党员、文化程度不高党员、流动党员; 是啥人上门去送? asks who went, which it does not say
    assert engine.ask("马鞍山帮学送学,送到啥人屋里去个?").status == "answered"
    assert engine.ask("马鞍山帮学送学是啥人上门去送个?").status != "answered"


def test_age_is_no_count_of_years(engine: Engine) -> None:
    # 好多|年纪大…的党员: 好多 asks how many, 年纪 is age, not 年 counted
    result = engine.ask("马鞍山给好多年纪大身体不好的党员送学上门?")
    assert result.answer is not None and result.answer.lead == "5600多名"


def test_a_way_named_and_then_told_answers_what_way(engine: Engine) -> None:
    # 啥法子? ↔ 创新开门纳谏方式,依托市级主要媒体,设立11条热线电话: the way named, then what it was
    result = engine.ask("芜湖收了三点三万多条意见,是靠啥法子收上来的?")
    assert result.status == "answered" and result.answer is not None and "热线电话" in result.answer.sentence


def test_which_people_do_a_task_is_answered_by_the_people_said_to_do_it(engine: Engine) -> None:
    # 兼任第一书记的是哪些人? ↔ 由乡镇 (街道)党(工)委负责同志兼任第一书记
    result = engine.ask("兼任第一书记的是哪些人来着?")
    assert result.status == "answered" and result.answer is not None
    assert result.answer.lead == "乡镇 (街道)党(工)委负责同志"
    # (带队的厅级干部是哪些人? asks their names, which 由厅级干部带队 does not give)
    assert engine.ask("带队的那些厅级干部是哪些人?").status != "answered"
    # … or by the people counted who do it, of a kind (选配8位省级党员领导干部分别担任…第一组长)
    result = engine.ask("督导组的第一组长是哪些人担任的?")
    assert result.status == "answered" and result.answer is not None
    assert result.answer.lead == "8位省级党员领导干部"


def test_a_word_for_people_before_another_is_no_count_of_it(engine: Engine) -> None:
    # 8位省级党员领导干部 counts cadres, not every 党员 of the province
    assert engine.ask("請問安徽全省一共有多少位黨員？").status != "answered"
    result = engine.ask("有多少名党员领导干部担任督导组第一组长?")
    assert result.answer is not None and result.answer.lead == "8位"


def test_terms_quoted_side_by_side_are_each_asked(engine: Engine) -> None:
    # “拍砖”“吐槽”是什么意思?: the sentence quotes both and spells out neither
    assert engine.ask("“拍砖”“吐槽”是什么意思?").status != "answered"


def test_a_figure_of_a_name_is_no_count_and_its_meaning_is_asked(engine: Engine) -> None:
    # “1+8”里的“8”指的是什么?: the report names the plan, never its eight parts
    assert engine.ask("“1+8”活动方案里的“8”指的是什么?").status != "answered"
    # (一千二百六十四个是什么组的数量? asks what a figure counts: 督导组1264个)
    result = engine.ask("一千二百六十四个是什么组的数量?")
    assert result.status == "answered" and result.answer is not None and "督导组1264个" in result.answer.sentence


def test_who_someone_is_asked_first_is_asked_whatever_follows(engine: Engine) -> None:
    # 焦裕禄是谁?他是做什么工作的?: the spirit named after him says neither
    assert engine.ask("焦裕禄是谁?他是做什么工作的?").status != "answered"


def test_what_is_counted_may_end_the_question_after_what_describes_it(engine: Engine) -> None:
    # 多少个涉及“四风”问题的单位: 单位 are counted, which 1140人 and 92400多个问题 are not
    assert engine.ask("各地通报查处了多少个涉及“四风”问题的单位?").status != "answered"
    result = engine.ask("解决了多少个涉及群众利益的问题?")
    assert result.answer is not None and result.answer.lead == "92400多个"
    # 基本|需求: a word before a verb describes it too (需求 is read as a verb), 问题 is counted
    result = engine.ask("各地帮群众解决了多少个基本需求和损害群众利益的问题?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "92400多个"


def test_a_rate_asked_is_not_answered_by_the_counts(engine: Engine) -> None:
    # 整改完成率是百分之多少?: 4395个…3142个整改完毕 are counts; no sentence states the share
    assert engine.ask("第一批活动单位查摆问题的整改完成率是百分之多少?").status != "answered"


def test_a_general_word_across_a_report_word_does_not_block_a_sound_typo(engine: Engine) -> None:
    # 学习|惯彻: 习惯 straddles 学习, so 惯彻 is read as 贯彻
    assert "学习贯彻" in engine.read("安徽省认真学习惯彻的是什么要求").folded
    assert engine.ask("安徽省认真学习惯彻的是什么要求").status == "answered"


def test_going_somewhere_to_do_a_thing_tells_what_for(engine: Engine) -> None:
    # 到群众中去是为了干啥? ↔ 直接到群众中去察民情、听民意、解民忧: 去 before a verb tells the purpose
    result = engine.ask("领导干部到群众中去是为了干啥")
    assert result.status == "answered" and result.answer is not None and "察民情" in result.answer.sentence


def test_the_one_the_report_names_of_several_is_asked(engine: Engine) -> None:
    # 文章点名的是哪个市?: 点名 is the report naming; of 合肥等6市 it names 合肥
    result = engine.ask("请问省委书记张宝顺去调研的城市里,文章点名的是哪个市呀?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "合肥"


def test_the_opening_of_a_numbered_part_is_that_parts_opening(engine: Engine) -> None:
    # 第二部分开头: 学习教育,是教育实践活动的基础环节, not the report's opening
    result = engine.ask("第二部分开头说学习教育是什么环节?")
    assert result.status == "answered" and result.answer is not None and "基础环节" in result.answer.sentence
    # (a count asked of a part is not answered by its heading)
    assert engine.ask("第二部分原文配了几张图?").status != "answered"


def test_an_unknown_cut_covered_by_the_reports_words_is_no_word_of_its_own(engine: Engine) -> None:
    # 省委常委会议: 省委|常委会议, both the report's; 省委常委 (a post) is only another cut of them
    result = engine.ask("省委常委会议是不是开了5次专门研究部署?")
    assert result.status == "answered" and result.answer is not None and "5次召开常委会议" in result.answer.sentence


def test_how_a_thing_is_done_prefers_a_passage_that_says_the_verb(engine: Engine) -> None:
    # 各地咋改的?: 坚持即知即改、立行立改 says 改; the 3月24日 meeting, which ranks first on 发现…问题, does not
    result = engine.ask("发现四风问题以后各地咋改的")
    assert result.status == "answered" and result.answer is not None and "即知即改" in result.answer.sentence


def test_a_noun_taken_as_is_said_without_its_suffix(engine: Engine) -> None:
    # 拿啥当镜子查四风? ↔ 自觉以焦裕禄精神、沈浩精神为镜,深入查找…“四风”: 镜子 said as 为镜
    result = engine.ask("领导干部 查四风 拿啥当镜子")
    assert result.status == "answered" and result.answer is not None and "沈浩精神为镜" in result.answer.sentence


def test_the_report_named_as_what_the_answer_follows_only_frames_it(engine: Engine) -> None:
    # 根据文章, 据报道: where the answer is to be read, not a word the passage must hold
    result = engine.ask("根据文章,省委一共组成了几个督导组?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "16个省委督导组"
    assert engine.ask("据报道,学习教育是什么环节?").status == "answered"
    # an exam's given material (给定资料中, 材料里提到的) is the report, not a kind of it
    result = engine.ask("材料里提到的省委书记是谁?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "张宝顺"
    assert engine.ask("给定资料中,督导工作有没有做到全覆盖?").status == "answered"


def test_taken_as_what_is_no_why_wherever_it_stands(engine: Engine) -> None:
    # 领导干部以…精神为什么: as what (为镜), not why, though 以 opens no clause
    result = engine.ask("各级领导干部以焦裕禄精神、沈浩精神为什么来查四风?")
    assert result.status == "answered" and result.answer is not None and "为镜" in result.answer.sentence
    assert engine.read("以前为什么要暗访?").wants == "why"


def test_not_yet_in_place_asks_the_figure_under_way(engine: Engine) -> None:
    # 还有多少没整改到位?: 1253个正积极整改中, not 3142个整改完毕
    result = engine.ask("第一批查摆的问题还有多少没整改到位")
    assert result.answer is not None and result.answer.lead == "1253个正积极整改中"


def test_a_count_of_what_a_means_brought_is_not_the_whole_count(engine: Engine) -> None:
    # 通过网上平台征求到的意见有多少条?: the report counts all 75.6万余条, not those of the 网上平台
    assert engine.ask("通过开通网上平台征求到的意见建议有多少条?").status != "answered"


def test_the_next_round_or_stage_is_not_this_one(engine: Engine) -> None:
    # 下个环节, 下一批: the report tells of the first stage of the second round only
    assert engine.ask("下个环节干啥 啥时候开始").status != "answered"
    assert engine.ask("下一批活动什么时候开始?").status != "answered"
    # (下一个, typed with 一, which is read as a figure; the reply names it as typed)
    result = engine.ask("学习教育完了,下一个环节什么时候开始?")
    assert result.status == "partial" and "下一个环节" in result.unsupported


def test_a_standing_asked_is_answered_by_what_the_thing_is_taken_as(engine: Engine) -> None:
    # 处于什么位置 / terse 定位: 作为红线贯穿活动始终, 作为重要抓手
    result = engine.ask("焦裕禄精神和沈浩精神在活动中处于什么位置")
    assert result.status == "answered" and result.answer is not None and "作为红线" in result.answer.sentence
    result = engine.ask("四解决四推动 定位")
    assert result.status == "answered" and result.answer is not None and "作为重要抓手" in result.answer.sentence


def test_places_gone_to_are_not_who_went(engine: Engine) -> None:
    # 省里组建…报告团,赴省辖市和部分县…巡回报告20场: 省里's, though 县 stands right before 巡回报告
    result = engine.ask("省里巡回报告几场?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "20场"


def test_what_a_thing_is_treated_as_is_said_by_taking_it_as(engine: Engine) -> None:
    # 被当成什么? ↔ 以焦裕禄精神和沈浩精神为镜子 (the report's lead says it of the whole), not 作为红线
    for question in ("沈浩精神和焦裕禄精神在文章里被当成什么?", "焦裕禄精神 当啥用"):
        result = engine.ask(question)
        assert result.answer is not None and "以焦裕禄精神和沈浩精神为镜子" in result.answer.sentence, question
    # (当成什么主线? asks the 主线: 作为红线)
    result = engine.ask("焦裕禄精神和沈浩精神在整个活动里当成什么主线?")
    assert result.answer is not None and "作为红线" in result.answer.sentence


def test_what_is_crucial_is_answered_by_a_sentence_that_says_so(engine: Engine) -> None:
    # 关键看啥? ↔ 能听进多少群众意见,至关重要 (not 关键看班长, which is of 班子)
    result = engine.ask("这活动搞得好不好,关键看啥呢?")
    assert result.status == "answered" and result.answer is not None and "至关重要" in result.answer.sentence
    result = engine.ask("班子强不强关键看谁")
    assert result.answer is not None and "关键看班长" in result.answer.sentence


def test_two_set_phrases_ending_in_the_verb_asked_tell_how(engine: Engine) -> None:
    # 是怎么改的? ↔ 坚持即知即改、立行立改: the ways it is done, two set phrases side by side
    result = engine.ask("嗯…各地对发现的问题是怎么改的嘛?")
    assert result.status == "answered" and result.answer is not None and "即知即改" in result.answer.sentence


def test_going_where_the_report_says_and_what_is_done_there_answers(engine: Engine) -> None:
    # 到群众里去干啥? ↔ 直接到群众中去察民情、听民意、解民忧 (里 for 中), not 效果,也到群众中去 (nothing done there)
    for question in ("到群众里去干啥呢", "领导干部到群众里去 是为了干啥"):
        result = engine.ask(question)
        assert result.status == "answered" and result.answer is not None, question
        assert "察民情" in result.answer.sentence, question
    result = engine.ask("教育實踐活動搞得好不好 啥最關鍵")
    assert result.answer is not None and "至关重要" in result.answer.sentence


def test_a_modal_run_into_a_verb_is_no_facet_asked(engine: Engine) -> None:
    # 要治的是哪两种毛病: 要|治, not an unknown word the answer must hold
    assert all(t.word != "要治" for t in engine.read("学习要治的是哪两种毛病").terms if t.role == "constraint")


def test_a_partial_answer_leads_its_hits_with_the_passage_it_speaks_from(engine: Engine) -> None:
    # 淮南市收集到多少条意见建议?: the report gives no such figure of 淮南; the passage it says 淮南's from leads
    result = engine.ask("淮南市收集到多少条意见建议?")
    assert result.status == "partial" and result.answer is not None and result.hits
    assert result.hits[0].passage.id == result.answer.passage.id and "淮南" in result.answer.sentence


@pytest.mark.parametrize(("question", "lead"), [("督导组一共多少人儿?", "170人"), ("这事儿是哪个记者写的?", "黄永礼"),
                                                ("暗访组是啥前儿去的?", "3月15日至19日")])
def test_words_said_with_er_are_the_words(engine: Engine, question: str, lead: str) -> None:
    # 儿 after a word (人儿, 事儿) is the word; 啥前儿 is 什么时候
    assert_leads(engine, question, lead)


def test_er_of_a_real_word_stays(engine: Engine) -> None:
    # 儿童 is no erhua: the report says nothing of children, and 童 alone must not pass for a word of it
    assert engine.ask("全省有多少留守儿童参加了学习?").status != "answered"


@pytest.mark.parametrize(("question", "said"), [("这活动搞得好不好,关键在哪儿?", "能听进多少群众意见"),
                                                ("班子强不强关键在哪里?", "关键看班长")])
def test_where_the_crux_lies_asks_what_it_is(engine: Engine, question: str, said: str) -> None:
    # 关键在哪里? asks what is crucial, not for a place
    assert_says(engine, question, said)


@pytest.mark.parametrize(("question", "lead"), [("省委督导组整个儿有几个啊?", "16个"),
                                                ("这稿子整个儿是哪家报社登出来的?", "安徽日报")])
def test_zhenggeer_says_in_all(engine: Engine, question: str, lead: str) -> None:
    # 整个儿 before what is asked is 一共 (Beijing speech), not a word the report must say
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and lead in (result.answer.lead or "")


def test_suanshi_only_frames(engine: Engine) -> None:
    # 算是 (counts as) puts the question, it is no event the report must tell of
    result = engine.ask("学习这一块在整个活动里算是打地基的吧?")
    assert result.status == "answered" and result.answer is not None and "基础环节" in result.answer.sentence


@pytest.mark.parametrize(("question", "said"), [("马鞍山送学对象有哪些", "1500多名流动党员"),
                                                ("培训对象是谁?", "培训基层党组织书记")])
def test_duixiang_asks_whom(engine: Engine, question: str, said: str) -> None:
    # 对象 (those a thing is done to) asks for them; the report need not say the word
    assert_says(engine, question, said)


@pytest.mark.parametrize("question", ["那20800多条里头,说吃吃喝喝的有几条?", "92400多个问题里,跟钱有关的有多少个?",
                                      "省委督导组收集意见建议20800多条,里头反映走读风的有多少条?",
                                      "各级党员干部走访群众232.4万余户,请问其中走访困难群众有多少户?"])
def test_a_part_of_a_rough_figure_is_not_the_figure(engine: Engine, question: str) -> None:
    # a part asked of a figure the question gives roughly: the report gives only the whole, which is no answer
    assert engine.ask(question).status != "answered"


def test_a_part_of_a_rough_figure_leads_with_the_part(engine: Engine) -> None:
    # 4000多个问题里 is the 4395 found; what is asked is the part done (3142个整改完毕)
    result = engine.ask("4000多个问题里,整改完毕的有多少个?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead is not None
    assert result.answer.lead.startswith("3142个")


def test_a_clause_about_the_others_says_nothing_of_the_one_named(engine: Engine) -> None:
    # …张宝顺先后赴合肥等6市…,其他省领导也都分赴各自活动联系点: the contact points are the other leaders', so the
    # report does not say where 张宝顺's own is (合肥 is no answer)
    result = engine.ask("张宝顺自己的联系点在哪")
    assert result.status != "answered" and (result.answer is None or result.answer.lead != "合肥")


def test_a_tier_that_sent_what_is_counted_is_read_past_the_count(engine: Engine) -> None:
    # 村里头派了好多个督导组: 村 sent them (派了, past 好多个); the 16 groups are the province's
    assert engine.ask("村里头派了好多个督导组").status != "answered"
    result = engine.ask("县里派了多少个督导组?")
    assert result.answer is None or "16个" not in (result.answer.lead or "")


@pytest.mark.parametrize(("question", "lead"), [
    # 梳理出来|县级: 来县 is no shortened 来安县, its 来 ends 出来
    ("梳理出来县级班子和成员的四风意见建议有多少条?", "21500多条"),
    # 读本 → 学习材料, 学习资料, 材料, 资料: the fourth (警示教育资料) is the one the answer says
    ("反面警示读本一共印发了多少份?", "17.3万余份"),
    # 讲清楚 (made clear) → 明确
    ("合肥每項任務,有沒有講清楚是誰牽頭、哪個單位負責?", "牵头领导和责任单位")])
def test_words_read_as_the_report_words_they_stand_for(engine: Engine, question: str, lead: str) -> None:
    assert_leads(engine, question, lead)


def test_changci_asks_for_a_count_in_chang(engine: Engine) -> None:
    # 场次是多少? asks for sessions (…场), not for people (31100余人次)
    result = engine.ask("先进典型宣讲的场次是多少?")
    assert result.answer is not None and (result.answer.lead or "").endswith("场")


def test_qingkuang_only_asks_how_things_stand(engine: Engine) -> None:
    # 看情况: how things stand is what the answer tells, not a word it must say
    result = engine.ask("省委书记跑了几个市看情况?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "6市"


@pytest.mark.parametrize("question", ["淮南市要画几种像?", "小四风有几种风?"])
def test_how_many_kinds_is_answered_by_the_list_of_them(engine: Engine, question: str) -> None:
    # 几种像? where the report gives no figure but lists them (行业“群体像”、班子“集体像”、党员“个体像”)
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and "、" in result.answer.sentence


def test_a_facet_typed_apart_from_its_question_word_is_asked(engine: Engine) -> None:
    # 电话号码 多少: keywords typed apart; the number of the hotlines is not given (11条 is how many)
    assert engine.ask("芜湖 热线 电话号码 多少").status != "answered"


def test_people_counted_by_who_they_are_are_no_facet(engine: Engine) -> None:
    # 被查处的干部有多少人?: 干部 are the people counted, whom 查处…人数1140人 counts; not a facet the report lacks
    result = engine.ask("被查处的干部有多少人?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "1140人"
    # 人员数量: people whoever they are, whom a figure in 人 counts (人数1140人)
    result = engine.ask("各地通报处理涉及“四风”问题的人员数量具体为多少?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "1140人"


def test_a_group_named_in_full_is_that_group(engine: Engine) -> None:
    # 省委教育实践活动领导小组 is the report's name for one group: the 16 cities' and 105 counties' 活动领导小组
    # (由党委主要负责同志任组长) are others, and the report does not say who leads the province's
    result = engine.ask("省委教育实践活动领导小组组长是谁?")
    assert result.status != "answered"
    assert engine.ask("省委教育实践活动领导小组研究制定了什么方案?").status == "answered"


def test_how_asked_after_its_details_asks_no_list(engine: Engine) -> None:
    result = engine.ask("第一批活动单位具体是怎么做的?")  # 具体是怎么: how it was done, no members of a list
    assert result.status == "answered" and result.answer is not None
    assert "全面进行“回头看”" in result.answer.sentence  # not 合肥's 第一批39项任务


def test_a_part_pointed_at_before_a_question_word_stays_pointed_at(engine: Engine) -> None:
    # 那部分 is no 哪部分 typed by sound where 哪 asks elsewhere: the four mirrors, not the part's heading
    result = engine.ask("学原著学党史那部分,党员干部对照的是哪“四面镜子”?")
    assert result.status == "answered" and result.answer is not None
    assert "理论理想、党章党纪" in result.answer.sentence


def test_one_before_a_measure_word_is_a_manner_of_speaking(engine: Engine) -> None:
    # 一个班子: "a team", no count to find (not the 1个月 of the 集中学习 passage)
    result = engine.ask("一个班子强不强看啥?")
    assert result.status == "answered" and result.answer is not None
    assert "关键看班长" in result.answer.sentence


def test_emoji_and_a_last_question_announced_only_frame_it(engine: Engine) -> None:
    # 😊 after the mark still leaves 为何 ending the question (what the next two lines are, not why)
    result = engine.ask("“先学一步、学深一些”之后两句为何?😊")
    assert result.status == "answered" and result.answer is not None and "带头贯彻" in result.answer.sentence
    # 谢谢哈🙏 最后问一句, before the question: thanks and an announcement, no words it asks about
    result = engine.ask("要得要得,谢谢哈🙏 最后问一句,第一批查出来那些问题整改完了好多个?")
    assert result.status == "answered" and result.answer is not None and "3142个整改完毕" in result.answer.sentence


def test_a_thing_picked_is_counted_only_by_a_figure_of_it(engine: Engine) -> None:
    # 选了多少个: the cases picked are counted; the report picks 一批 (a batch) and counts the booklets made of them
    result = engine.ask("违法违纪典型案例选了多少个")
    assert result.status == "partial" and "案例" in result.unsupported
    # … and where the count is asked after a comma (…典型案例,有几件?)
    for question in ("编发警示教育资料所选违法违纪典型案例,凡几件?", "违法违纪典型案例,有几件?"):
        result = engine.ask(question)
        assert result.status == "partial" and "案例" in result.unsupported
    # (but after a question mark a second question starts: 带队 is what the first asked, not what the second counts)
    result = engine.ask("暗访组是什么级别的干部带队?一共几个组?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "8个"


@pytest.mark.parametrize("question", ["芜湖热线电话是多少", "活动监督举报电话多少 材料要附"])
def test_a_telephones_how_much_is_its_number(engine: Engine, question: str) -> None:
    # 电话多少 asks the number, which the report does not give (设立11条热线电话 counts the lines)
    result = engine.ask(question)
    assert result.status != "answered" and (result.answer is None or result.answer.lead is None)


def test_dou_shei_asks_who_they_all_are(engine: Engine) -> None:
    # 都谁 is 都是谁: the names of the cadres who led, which the report does not give
    result = engine.ask("带队厅级干部都谁 名单")
    assert result.status == "partial" and result.answer is not None and result.answer.lead is None


def test_a_pair_joined_in_the_clause_of_the_verb_asked_lists_the_two(engine: Engine) -> None:
    # 克服存在的“信仰危机”和“本领恐慌”: two quoted, joined by 和, in the clause of 克服; the 四面镜子 list is of else
    result = engine.ask("除了“总开关”问题,还要克服哪两个毛病呢?")
    assert result.status == "answered" and result.answer is not None and "本领恐慌" in result.answer.sentence


@pytest.mark.parametrize(("question", "said"), [
    # another name where the report says 沈浩, between the same words: the sentence settles the claim
    ("是不是以焦裕禄精神和孔繁森精神为镜子?", "沈浩精神"),
    ("以焦裕禄精神和孔繁森精神为镜子,原文是这么写的吗", "沈浩精神"),
    # 原文这么写对吗 checks a claim of what the report says, asking for no quotation
    ("学习要解决的是“总开关”问题,原文这么写对吗", "总开关"),
])
def test_a_claim_of_the_reports_words_is_settled_by_the_sentence(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


def test_when_something_began_is_not_the_reports_opening(engine: Engine) -> None:
    # 哪年起头的: when the first round began, which the report does not say; 起头那句 is still its opening line
    assert engine.ask("第一批活动打哪年起头的?").status != "answered"
    result = engine.ask("报道起头那句说的啥")
    assert result.status == "answered" and result.answer is not None and result.answer.lead is not None
    assert "补精神之“钙”" in result.answer.lead


def test_a_whole_counted_without_a_measure_word_is_no_kinds_figure(engine: Engine) -> None:
    # 党员总人数: all of 马鞍山's members, which the kinds counted (5600多名年老体弱党员、…1500多名流动党员) are not
    result = engine.ask("马鞍山一个市的党员总人数是多少")
    assert result.status != "answered" and (result.answer is None or result.answer.lead is None)
    kind = engine.ask("马鞍山的流动党员总人数是多少")
    assert kind.status == "answered" and kind.answer is not None and kind.answer.lead == "1500多名"


def test_jin_lanyin_and_wu_question_words(engine: Engine) -> None:
    # 甚 什么 (Jin), 撒 啥 where it asks and 阿么 怎么, 阿达 哪里 (Lanyin), 啥西 什么 and 陆里 哪 (Hangzhou Wu)
    name = engine.ask("省长叫撒名字")
    assert name.status == "answered" and name.answer is not None and name.answer.lead == "王学军"
    spirit = engine.ask("第一批单位还要发扬甚精神?")
    assert spirit.status == "answered" and spirit.answer is not None and "钉钉子" in spirit.answer.sentence
    assert engine.ask("廉政警示教育基地在阿达").status != "answered"  # (no place is given for it)
    assert engine.ask("王学军联系个是陆里个市").status != "answered"  # (which city each chose is not said)
    actions = engine.ask("合肥搞了啥西专项行动")
    assert actions.answer is not None and actions.answer.lead == "正风肃纪、为民服务、除弊祛垢、固本强基"
    assert engine.ask("具体说说撒").status != "answered"  # (the particle, nothing asked)


def test_what_is_key_is_said_of_what_the_question_asks_it_of(engine: Engine) -> None:
    # 活动搞得好不好,关键就看啥: 活动搞得好不好,…,至关重要; not 班子强不强,关键看班长, said of a 班子
    result = engine.ask("活动搞得好不好，关键就看啥")
    assert result.status == "answered" and result.answer is not None and "至关重要" in result.answer.sentence
    team = engine.ask("班子强不强关键看啥")
    assert team.status == "answered" and team.answer is not None and "关键看班长" in team.answer.sentence


def test_a_leaders_name_is_not_a_word_for_leaders(engine: Engine) -> None:
    # 一把手叫啥名字: a person's name; 关键看班长 names no one
    result = engine.ask("安徽那阵阵的一把手叫啥名字")
    if result.status == "answered":
        assert result.answer is not None and "班长" not in result.answer.sentence


def test_where_a_thing_is_put_asks_its_standing(engine: Engine) -> None:
    # 摆在啥位置: what the report says it is (学习教育,是教育实践活动的基础环节)
    result = engine.ask("学习教育在活动里摆在啥位置呀")
    assert result.status == "answered" and result.answer is not None and "学习教育" in result.answer.sentence


@pytest.mark.parametrize(("question", "lead"), [("等会儿这稿子是哪家报纸登的", "安徽日报"),
                                                ("落款处的记者是哪位", "黄永礼"),
                                                ("这篇稿子哪天出炉", "2014-05-07"),
                                                ("责任编辑姓名请予核实", "梁 海燕")])
def test_words_around_a_question_on_the_report_itself(engine: Engine, question: str, lead: str) -> None:
    # 等会儿 (a filler), 落款 (where the byline stands), 请予核实 (a request) frame it; 出炉 is 发表
    assert_leads(engine, question, lead)


def test_a_total_asked_after_a_comma_is_of_what_stands_before_it(engine: Engine) -> None:
    # 被查处的人员,总数是多少: the people's total (1140人), not the problems' (92400多个)
    result = engine.ask("被查处的人员,总数是多少")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "1140人"


def test_how_people_felt_is_what_they_said_too(engine: Engine) -> None:
    # 有啥感想: how they took it (点赞) and what they said of it (…让大家感受到了诚意)
    result = engine.ask("网友们对官方微博征意见有啥感想")
    assert result.status == "answered" and result.answer is not None
    assert "点赞" in result.answer.sentence and "诚意" in result.answer.sentence


def test_the_province_and_county_said_with_shang(engine: Engine) -> None:
    # 省上, 县上 (northwestern and southwestern speech): the province's, the county's own level, as 省里, 县里
    sent = engine.ask("省上派下去的那些检查组,总共抽了多少个人?")
    assert sent.status == "answered" and sent.answer is not None and sent.answer.lead == "170人"
    county = engine.ask("县上派出了多少督导组")
    assert county.answer is not None and county.answer.lead == "1264个"
    assert engine.ask("全省上下有多少党员").status != "answered"  # (全省上下 is everyone, no tier)


@pytest.mark.parametrize(("question", "lead"), [("县委班子每个最少集中学几天", "5天以上"),
                                                ("专题培训班 书记 人头", "44900多人"),
                                                ("专题点评通报会那天是几号", "3月24日"),
                                                ("省委专题点评通报会是几月几好开的", "3月24日")])
def test_a_bound_each_keeps_a_head_count_and_the_day_of_a_thing(engine: Engine, question: str, lead: str) -> None:
    # 5天以上 is what each keeps (每个…几天); 人头 a head count; 那天 is the day of the thing asked;
    # 几好 after 几月 is 几号 typed by sound
    assert_leads(engine, question, lead)


@pytest.mark.parametrize("question", ["各地是不是拖到活动末尾才动手整改", "有了问题就慢慢改吗"])
def test_whether_faults_wait_to_be_put_right_is_when_they_are(engine: Engine, question: str) -> None:
    # 拖到最后才整改, 慢慢改: when faults are put right, which the report says (即知即改、立行立改)
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and "即知即改" in result.answer.sentence


def test_what_some_of_a_kind_did_is_where_the_report_says_some(engine: Engine) -> None:
    # 有些单位…: 一些单位利用官方微博征求意见, not 第二批参加单位普遍通过…, what all of them did
    result = engine.ask("有些单位在网上用的什么法子征求意见")
    assert result.status == "answered" and result.answer is not None and "官方微博" in result.answer.sentence


@pytest.mark.parametrize(("question", "lead"), [("外婆想知道省里派下去的督导小组,一共抽了多少人", "170人"),
                                                ("省委派下去的那几个检查组,一共有多少个", "16个省委督导组")])
def test_sent_out_frames_a_group_and_kin_wanting_to_know_asks(engine: Engine, question: str, lead: str) -> None:
    # 派下去 said of a group formed for a task frames it (the report says 抽调…组成); 外婆想知道… is the question
    assert_leads(engine, question, lead)


@pytest.mark.parametrize(("question", "lead"), [("学习辅导材料的印数", "5万余份"), ("反面典型警示资料印量", "17.3万余份")])
def test_a_print_run_asked_by_its_word_is_a_count_of_copies(engine: Engine, question: str, lead: str) -> None:
    # 印数, 印量: how many copies were printed (编发…5万余份)
    assert_leads(engine, question, lead)


def test_two_print_runs_compared_are_not_one_count(engine: Engine) -> None:
    # 哪个印量更大: which of two is larger, not how many copies of one
    result = engine.ask("省里印的学习辅导小册子跟警示教育小册子,哪个印量更大")
    assert result.answer is None or result.answer.lead != "5万余份"


def test_said_in_the_paper_whether_frames_the_claim(engine: Engine) -> None:
    # 报上是不是说…: whether the report says it, the saying only framing the claim put
    result = engine.ask("报上是不是说要让群众一开头就感受到新变化")
    assert result.status == "answered" and result.answer is not None and "从一开始就感受到" in result.answer.sentence


def test_a_motto_is_shown_with_the_sentence_it_heads(engine: Engine) -> None:
    # 批次衔接,上下联动。 opens the paragraph and says nothing of who does what; the sentence after it does
    result = engine.ask("批次衔接上第一批单位怎么安排的")
    assert result.status == "answered" and result.answer is not None
    assert result.answer.sentence.startswith("批次衔接,上下联动。") and "机构不撤" in result.answer.sentence


@pytest.mark.parametrize(("question", "lead"), [("孩子问省长叫什么名字", "王学军"), ("三严三实集中学习几长时间", "1个月")])
def test_a_child_who_asks_and_how_long_said_with_ji(engine: Engine, question: str, lead: str) -> None:
    # 孩子问… is the question (the child is the asker's, not asked of); 几长 is 多长 in southern speech
    assert_leads(engine, question, lead)


def test_how_important_said_with_ji(engine: Engine) -> None:
    # 几重要 is 多重要: how much it matters, which the report says (至关重要), no figure
    result = engine.ask("听群众意见对这个活动几重要")
    assert result.status == "answered" and result.answer is not None and "至关重要" in result.answer.sentence


@pytest.mark.parametrize(("question", "lead"), [("来安县编的手册叫么个", "《便民服务手册》"),
                                                ("专题点评通报会是哪天开得", "3月24日")])
def test_what_said_as_me_ge_and_de_typed_for_the_final_de(engine: Engine, question: str, lead: str) -> None:
    # 么个 is 什么 in Hakka and Gan speech; 开得 at the end is 开的 mistyped
    assert_leads(engine, question, lead)


def test_which_step_a_thing_is_put_at_is_no_place(engine: Engine) -> None:
    # 排在哪一道工序: the step (作为头道工序), not where
    result = engine.ask("学习教育被排在哪一道工序")
    assert result.status == "answered" and result.answer is not None and "头道工序" in result.answer.sentence


@pytest.mark.parametrize(("question", "lead"), [("领导干部拿谁当镜子", "焦裕禄精神、沈浩精神"), ("安徽省以什么为标尺", "“三严三实”")])
def test_what_is_taken_as_a_mirror_leads(engine: Engine, question: str, lead: str) -> None:
    # 以…为镜, 以…为标尺: what is taken as it, not who takes it
    assert_leads(engine, question, lead)


@pytest.mark.parametrize(("question", "opening"), [("第二批单位把什么当作头道工序", "学习教育,是教育实践活动的基础环节。"),
                                                   ("安徽在学三严三实上怎么带头", "先学一步、学深一些,带头贯彻、走在前面。")])
def test_a_sentence_is_shown_with_what_it_points_back_to_and_a_listed_motto(engine: Engine, question: str,
                                                                          opening: str) -> None:
    # 将之作为头道工序: 之 is what the sentence before names; a motto of items listed heads its paragraph too
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None and result.answer.sentence.startswith(opening)


def test_where_to_go_for_a_thing_is_asked_of_a_place(engine: Engine) -> None:
    # 去哪能领到: where one can get it, which the report does not say (哪能 is not Wu 怎么 here)
    result = engine.ask("来安县的便民服务手册去哪能领到")
    assert result.status != "answered" and "地方" in result.unsupported


def test_a_governors_title_said_classically_and_weight_asked(engine: Engine) -> None:
    # 一省之长: the governor; 分量多重: how much it matters (至关重要)
    assert_leads(engine, "一省之长是谁", "王学军")
    result = engine.ask("听群众意见在活动里分量多重")
    assert result.status == "answered" and result.answer is not None and "至关重要" in result.answer.sentence


def test_a_scope_named_is_not_a_place_asked(engine: Engine) -> None:
    # 纳入…的范围: those a measure reaches, counted (5600多名年老体弱党员), not where
    assert_leads(engine, "有多少年老体弱党员被纳入帮学送学的范围", "5600多名")


def test_how_said_as_za_me_ge_is_how(engine: Engine) -> None:
    # 咋么个 is 怎么个 (how), not 么个 (什么): the sentence says how, no title is the short answer
    result = engine.ask("来安县是咋么个帮群众办事的")
    assert result.status == "answered" and result.answer is not None and "便民服务手册" in result.answer.sentence
    assert result.answer.lead is None


@pytest.mark.parametrize("question", [
    "刘云山来安徽那回,有没有批评安徽的活动?",  # a judgment claimed, which the judgment said settles (给予高度评价)
    "刘云山对安徽的活动满意不?",  # (满意不: 满意吗)
    "网民对单位开微博征意见是不是评价不高?",  # (引来不少网民“点赞”)
])
def test_a_judgment_claimed_is_settled_by_the_judgment_said(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.status == "answered" and result.answer is not None
    assert "评价" in result.answer.sentence or "点赞" in result.answer.sentence


@pytest.mark.parametrize("question", ["刘云山是不是批评了合肥?", "老百姓对这个活动满意吗?", "刘云山批评了安徽啥问题?"])
def test_a_judgment_the_report_does_not_tell_is_not_settled(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"  # (of 合肥, of 老百姓, and what was criticised: none said)


@pytest.mark.parametrize("question", ["那8位第一组长的名字有吗", "8位第一组长 name list有吗"])
def test_whether_the_names_of_several_are_given_asks_for_the_list(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"  # the report names none of the eight


def test_whether_one_persons_name_is_given_is_answered_with_it(engine: Engine) -> None:
    result = engine.ask("省委书记名字有没有")
    assert result.status == "answered" and result.answer is not None and "张宝顺" in result.answer.sentence


@pytest.mark.parametrize(("question", "said"), [
    ("车上翻手机看到暗访的事 想问是几号到几号搞的", "3月15日至19日"),  # 翻|手机: no 翻手 asked
    ("在公交上翻手机看到刘云山来皖 他是几号来的", "3月25日至27日"),
    ("团里在讨论,这活动拿啥当镜子", "焦裕禄精神"),  # 团里: where the asker heard of it
    ("科里讨论说要学焦裕禄 这个活动拿啥当镜子", "焦裕禄精神"),
    ("单位群里老姐妹讨论,来安县编的手册叫啥?", "便民服务手册"),
])
def test_words_of_the_askers_life_are_not_what_is_asked(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)


@pytest.mark.parametrize("question", ["第一批的单位这阵子在做些哪样?", "第一批那些单位最近干些哪样"])
def test_doing_what_said_with_nayang_asks_what_is_done(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 哪样: what, in southwestern speech; not the figures of their problems
    assert result.status == "answered" and result.answer is not None and "回头看" in result.answer.sentence


@pytest.mark.parametrize(("question", "lead"), [
    ("市里和县里的班子,各自梳理了多少条四风意见?", "3800多条和21500多条"),
    ("年老体弱和流动党员各自帮学了多少名?", "5600多名,1500多名"),
])
def test_each_of_things_named_together_asks_each_ones_figure(engine: Engine, question: str, lead: str) -> None:
    assert_leads(engine, question, lead)  # 各自 after X和Y: respectively, no amount per item asked


@pytest.mark.parametrize("question", ["各地一共替群众办了多少件实事?", "帮老乡们办成的实事有多少件"])
def test_practical_matters_done_are_the_problems_solved(engine: Engine, question: str) -> None:
    assert_leads(engine, question, "92400多个")  # 实事: what the report counts as 问题 solved for the people


@pytest.mark.parametrize("question", ["芜湖的市长有没有去接热线电话?", "合肥市长牵头了几项任务?", "马鞍山市长给流动党员送学了吗"])
def test_a_post_the_report_names_no_one_in_is_not_answered(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # 市长: the report names no mayor, so nothing is said of one
    assert result.status == "partial" and "市长" in result.unsupported


def test_an_unknown_word_of_an_everyday_phrase_is_held_by_the_reports_words_for_it(engine: Engine) -> None:
    assert_leads(engine, "先进人物来讲了多少人次", "31100余人次")  # 先进|人物: 先进典型, 人物 included


def test_a_supervision_team_said_in_everyday_words_is_a_supervision_group(engine: Engine) -> None:
    assert_leads(engine, "省里派下去的监督团有几个?", "16个省委督导组")  # 监督团: the report's 督导组


@pytest.mark.parametrize("question", ["哪座城市给流动党员送学上门?", "流动党员送学上门的是哪一座城市"])
def test_which_city_counted_by_its_measure_word_asks_a_place(engine: Engine, question: str) -> None:
    assert_leads(engine, question, "马鞍山市")  # 座: the measure word of cities


@pytest.mark.parametrize(("question", "lead"), [("讨论交流规定要搞几次", "3次以上"), ("市县委班子集中学习规定几天?", "5天以上")])
def test_a_rule_asked_of_a_figure_is_the_bound_the_report_sets(engine: Engine, question: str, lead: str) -> None:
    assert_leads(engine, question, lead)  # 规定: a bound set on the figure (5天以上) is the rule


def test_jianghuai_ke_before_a_verb_asks_yes_or_no(engine: Engine) -> None:
    assert_says(engine, "张宝顺可写了学习体会文章", "张宝顺带头撰写发表学习体会文章")  # 可写了: 写了吗, no word 可写


def test_what_each_figure_told_stands_for_is_the_sentence_giving_them(engine: Engine) -> None:
    assert_says(engine, "三千八百多条跟两万一千五百多条分别是么斯的意见", "“四风”方面意见建议")  # 分别是什么的: not a list


def test_the_report_likening_a_thing_is_the_reports_own_words(engine: Engine) -> None:
    assert_leads(engine, "文章把便民服务手册比作什么", "“连心桥”")  # 文章把…: the report, not a 学习体会文章


@pytest.mark.parametrize("question", ["第五个小标题是什么?", "报道第5部分的标题叫啥"])
def test_a_heading_the_report_does_not_have_is_not_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).status == "none"  # four parts: no fifth heading, nor another line instead


def test_places_that_sent_groups_are_answered_by_the_tiers_that_did(engine: Engine) -> None:
    assert_says(engine, "1264个督导组是哪些地方派出的?", "乡镇、街道")  # the tiers (市、县和乡镇、街道), no names
    assert engine.ask("廉政警示教育基地具体在哪几个地方?").status != "answered"  # where a thing is: no tier says


@pytest.mark.parametrize("question", ["省里有多少个大官各自联系一个地方?", "有多少个高官选了联系点"])
def test_officials_in_everyday_words_are_people_counted(engine: Engine, question: str) -> None:
    assert_leads(engine, question, "19位省领导")  # 多少个大官: people, counted 位 as the report does


@pytest.mark.parametrize(("question", "lead"), [
    ("报道标题里说的是第几批活动", "第二批"), ("文章题目讲的是第几批", "第二批"),
    ("标题里说的是第几批活动的哪个环节", "第二批、第一环节"),
])
def test_the_round_or_stage_asked_of_the_title_is_the_titles(engine: Engine, question: str, lead: str) -> None:
    result = engine.ask(question)
    assert result.answer is not None and result.answer.lead == lead and result.answer.passage.paragraph == 0


@pytest.mark.parametrize("question", ["他们用什么社交媒体来收网民的意见?", "有的单位是用网上的什么东西来听大家意见的"])
def test_the_means_asked_is_said_by_those_who_used_it_not_by_the_public(engine: Engine, question: str) -> None:
    assert_says(engine, question, "利用官方微博")  # not 不少网民表示,运用新媒体…: what people said of it


@pytest.mark.parametrize("question", ["本篇报道提及的中央领导同志是哪一位?", "来调研的中央领导同志叫什么"])
def test_comrade_before_asking_who_is_the_person_asked(engine: Engine, question: str) -> None:
    assert_leads(engine, question, "刘云山")  # 同志是哪一位: who, called by the word for anyone


def test_someone_unnamed_where_the_asker_works_is_no_word_of_the_question(engine: Engine) -> None:
    assert_leads(engine, "厂里有个小伙子硬说芜湖开了二十条热线,到底几条", "11条热线电话")  # who claimed it, not asked of


def test_in_fact_before_the_count_leaves_the_thing_counted_before_it(engine: Engine) -> None:
    assert_leads(engine, "全省活动联系点究竟多少个", "5322个")  # 联系点|究竟|多少个: not 1个省辖市 each


@pytest.mark.parametrize(("question", "lead"), [("3.3万多条意见是芜湖还是马鞍山征集的", "芜湖"), ("编便民服务手册的是来安县还是庐江县", "来安县")])
def test_of_two_names_offered_the_one_the_answer_names_leads(engine: Engine, question: str, lead: str) -> None:
    assert_leads(engine, question, lead)  # X还是Y: either may be said, the one said answers


def test_a_figure_claimed_then_asked_for_certain_is_checked(engine: Engine) -> None:
    assert_leads(engine, "市县两级领导班子成员开的座谈会,有没有一万一千场?确实是多少场?", "11300多场")  # 确实是多少


def test_a_formal_request_to_be_told_frames_the_question(engine: Engine) -> None:
    assert_leads(engine, "县级班子四风意见梳理出两万多条,烦请告知具体是多少条", "21500多条")  # 烦请告知: tell me


@pytest.mark.parametrize(("question", "said"), [("党员干部要学的是哪三样?", "学原著,学党史,学先进"), ("那8个省级领导到督导组里担的是什么职务?", "第一组长")])
def test_a_grammar_character_glued_to_the_next_into_no_word_is_read_apart(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)  # 要学, 里担: no dictionary holds them, 要|学 and 里|担 are read


@pytest.mark.parametrize(("question", "lead"), [
    ("这篇综述主要汇总的是哪两个环节的工作", "学习教育、听取意见"),
    ("最后一部分以什么为题?", "即知即改,立行立改,力求活动取得实效"),
    ("最后一部分heading叫啥", "即知即改,立行立改,力求活动取得实效"),
    ("文章里头一个小标题是咋写的?", "周密部署,真督实导,确保活动不走过场"),
    ("这个文章是哪天发表?我找不到日期在哪里", "2014-05-07"),
])
def test_the_reports_parts_and_dates_asked_in_other_words(engine: Engine, question: str, lead: str) -> None:
    assert_leads(engine, question, lead)


@pytest.mark.parametrize("question", ["那会儿安徽省涨是谁啊", "当时安徽省张是谁"])
def test_a_sound_typo_after_a_word_that_shares_its_first_character_is_read(engine: Engine, question: str) -> None:
    assert_leads(engine, question, "王学军")  # 安徽省|涨: 省 stands in 安徽省, the 长 after it was typed by sound


@pytest.mark.parametrize("question", ["合肥市的39项任务是王学军还是张宝顺定的?", "来安县那本手册是县委印的还是县政府印的"])
def test_two_names_offered_that_the_answer_names_neither_of_are_not_settled(engine: Engine, question: str) -> None:
    result = engine.ask(question)  # X还是Y: the sentence names neither, so the report does not say which
    assert result.status != "answered" and (result.answer is None or result.answer.lead is None)


@pytest.mark.parametrize("question", ["市县领导班子专题讨论最少要搞几回?", "县委班子学完要专题讨论几回"])
def test_a_verb_of_doing_anything_before_the_count_names_nothing_done(engine: Engine, question: str) -> None:
    assert_leads(engine, question, "3次以上")  # 搞几回: counted, whatever was done; 学完要…: when, not a state reached


@pytest.mark.parametrize(("question", "lead"), [("这篇文章标题叫啥 老师让抄标题", "安徽省第二批党的群众路线教育实践活动第一环节工作综述"),
                                                ("老师让总结这活动拿谁的精神当镜子", "焦裕禄精神和沈浩精神")])
def test_what_the_asker_is_set_to_do_frames_the_question(engine: Engine, question: str, lead: str) -> None:
    assert_leads(engine, question, lead)


def test_a_meeting_to_talk_things_over_is_a_forum(engine: Engine) -> None:
    assert_leads(engine, "两级班子成员下去开的碰头会有多少场", "11300多场")  # 碰头会: 座谈会, in the register


def test_tens_of_thousands_guessed_after_the_question_asks_nothing(engine: Engine) -> None:
    assert_leads(engine, "全省共征求到多少意见建议 大概几十万条?", "75.6万余条")  # 几十万: no figure 10万 to find


def test_whom_the_asker_is_to_tell_of_it_frames_the_question(engine: Engine) -> None:
    assert_leads(engine, "打算给社区党员讲讲,省里派出了多少个督导组", "16个省委督导组")  # 打算给…讲讲,: the asker's plan


@pytest.mark.parametrize("question", ["芜湖的看完了,想问问来安县编了什么手册", "合肥那段我读过了,想了解一下来安县编了什么手册"])
def test_a_place_told_of_before_the_question_names_its_own_is_not_asked_of(engine: Engine, question: str) -> None:
    assert_leads(engine, question, "《便民服务手册》")  # 芜湖的看完了: what the asker has read, not what is asked


def test_words_the_report_never_uses_in_a_clause_that_tells_are_no_part_of_the_question(engine: Engine) -> None:
    # 家人们看过来!: a clause that tells of those addressed and asks nothing, while the next asks; 外地打工 is said otherwise (流动)
    assert_says(engine, "马鞍山的家人们看过来!那些常年在外地打工的党员,有多少人?", "1500多名流动党员")


@pytest.mark.parametrize(("question", "lead"), [("省委开了几次常委会？我好跟学生们说个数", "5次"),
                                                ("暗访组有几个？我们要给党员们讲个数", "8个")])
def test_what_the_asker_will_tell_others_after_the_question_asks_nothing(engine: Engine, question: str, lead: str) -> None:
    assert_leads(engine, question, lead)  # 说个数: what they will pass on, not a count in 个


def test_a_clause_saying_what_it_is_for_someone_is_not_the_asker_passing_it_on(engine: Engine) -> None:
    # 对活动来说…: as for the activity, part of what is asked; 我好给学生讲个数 is the asker passing it on
    assert engine.read("群众意见听进去多少,对活动来说有多重耀?").asking == ""


def test_a_word_of_time_glued_to_the_verb_after_it_is_no_word_asked(engine: Engine) -> None:
    assert_says(engine, "芜湖征求意见时靠的是啥平台?", "政情民意“直通车”")  # 意见时|靠: 时 and 靠, no 时靠 to find


def test_who_takes_a_post_is_said_by_the_post_taken(engine: Engine) -> None:
    # 出任组长 ↔ 由党委主要负责同志任组长: the post taken, said with the verb's last character
    assert_leads(engine, "活动领导小组的组长一般由什么人出任", "党委主要负责同志")


@pytest.mark.parametrize("question", ["哪个市的四风问题最为严重?", "恁觉得这回活动搞得咋样?"])
def test_a_ranking_or_the_bots_own_view_is_not_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).status != "answered"  # 最为严重: a ranking; 恁觉得: 你觉得, the bot's view


def test_an_everyday_word_typed_by_sound_is_read_as_that_word(engine: Engine) -> None:
    assert_leads(engine, "市县开先进事迹报告会的厂次有多少?", "2855场")  # 厂次: 场次, the one common word it sounds like


def test_which_people_did_it_is_answered_by_the_kind_of_people_said_doing_it(engine: Engine) -> None:
    assert_says(engine, "走访了两百多万户群众的都是哪些人?", "各级党员干部走访群众")  # who did it, right before the verb
    # (not 由厅级干部带队的暗访组: those who led the visits, 的 between them, are not the people in the cases exposed)
    assert engine.ask("暗访组通报的典型案例涉及哪些人?").status != "answered"


@pytest.mark.parametrize("question", ["那1660个党组织具体指的是什么?", "五千三百二十二个,指的是哪一项?"])
def test_what_a_figure_told_stands_for_is_said_by_the_sentence_giving_it(engine: Engine, question: str) -> None:
    assert engine.ask(question).status == "answered"  # 软弱涣散基层党组织; 党员领导干部活动联系点


def test_a_subject_typed_before_a_colon_is_what_the_question_asks_of(engine: Engine) -> None:
    assert engine.ask("淮南市委书记:是谁?").status != "answered"  # no label: 是谁 asks of 淮南市委书记, unnamed


def test_a_report_published_when_is_asked_by_its_publishing_verb(engine: Engine) -> None:
    assert_leads(engine, "这篇综述刊发于哪年哪月?", "2014-05-07")  # 刊发于哪年: the date, not the paper
    assert_leads(engine, "是哪家报社刊发的?", "安徽日报")


def test_a_verb_of_one_character_around_a_field_asked_asks_nothing_of_the_report(engine: Engine) -> None:
    assert_leads(engine, "帮同事问的,他想看这篇稿子是哪天见报的", "2014-05-07")  # 看: what the colleague wants to do


def test_a_field_asked_for_what_it_cannot_give_is_not_answered(engine: Engine) -> None:
    assert engine.ask("责任编辑在哪工作?").status != "answered"  # where the editor works: no name says it
    assert_leads(engine, "题目里说的是哪个省的活动?", "安徽省第二批党的群众路线教育实践活动第一环节工作综述")  # the title says it
    assert_leads(engine, "这篇稿子的来源为何种报刊?", "安徽日报")


def test_a_field_asked_before_other_works_are_wished_for_is_answered(engine: Engine) -> None:
    assert_leads(engine, "这篇的记者叫啥名字,我想看看他还写过哪些报道", "黄永礼")


@pytest.mark.parametrize(("question", "lead"), [("合肥那段我读完了,我就想问来安县编的手册叫什么", "《便民服务手册》"),
                                                ("芜湖那段看完了。想进一步了解:庐江县听意见用了什么办法?", "量化指标")])
def test_what_the_asker_tells_before_turning_to_ask_is_no_word_asked(engine: Engine, question: str, lead: str) -> None:
    assert_says(engine, question, lead)  # 合肥, 芜湖: what the asker has read; 就想问, 想进一步了解: the turn to asking


def test_how_a_thing_is_put_is_answered_by_the_sentence_that_says_it(engine: Engine) -> None:
    # 是怎么写的: the report's wording, whoever's it is not (not a line quoted, nor someone's own words)
    assert_says(engine, "对第一批单位机构人员的要求是怎么写的?", "机构不撤、人员不减")


def test_an_everyday_phrase_with_a_numeral_is_read_as_the_question_is_read(engine: Engine) -> None:
    # 一个也没落下 is read 1个也没落下, as every numeral of a question is: the table's phrase (全覆盖) matches so too
    assert_says(engine, "马鞍山那几类党员学习是不是一个也没落下?", "全覆盖")


def test_which_people_asked_by_a_word_of_people_is_not_answered_by_a_sentence_of_none(engine: Engine) -> None:
    # 当事人: people, asked by a word no dictionary of the report's holds; 选择一批违法违纪典型案例 names none
    assert engine.ask("违法违纪典型案例涉及哪些当事人?").status != "answered"
    assert engine.ask("各单位靠哪些途径收集群众的看法").status == "answered"  # (the people are not what is asked)


@pytest.mark.parametrize(("question", "said"), [
    ("青岛那边也在搞,寻思问问省里派了几个暗访组", "8个由厅级干部带队的暗访组"),
    ("合肥那段我看了,想问马鞍山给多少流动党员送学", "1500多名流动党员"),
    ("给老党员们讲“关键少数”,想引文中的说法:各级领导班子是通过哪些形式带头学习的?", "辅导交流")])
def test_the_question_after_the_askers_wish_to_ask_is_asked_alone(engine: Engine, question: str, said: str) -> None:
    assert_says(engine, question, said)  # 寻思问问, 想问: the turn to asking; 想引…: what the answer is for


def test_which_ones_are_answered_by_the_one_named_with_the_count(engine: Engine) -> None:
    # 合肥等6市: the one city the report names, with how many there were, is all it says of them
    assert_says(engine, "张宝顺先后去过哪几个市?", "合肥等6市")
    assert engine.ask("王学军去过哪几个市?").status != "answered"  # (what 张宝顺 did is no answer for another)


def test_what_is_not_done_yet_in_everyday_words_is_counted_by_what_is_under_way(engine: Engine) -> None:
    assert_leads(engine, "第一批查出的毛病还有多少没弄利索?", "1253个正积极整改中")


def test_the_holder_of_a_post_answers_who_did_what_the_post_did(engine: Engine) -> None:
    # 省里一把手 is 省委书记, whom the report names 张宝顺: the sentence of what he did answers who did it
    assert_says(engine, "省里的一把手带头写了篇学习文章,是哪位领导?", "张宝顺带头撰写")
    assert_says(engine, "省委书记是哪位?", "省委书记张宝顺")  # (who holds it, asked: the sentence that names him so)


@pytest.mark.parametrize("question", ["听群众意见这事在活动里算关键吗?", "教育实践活动搞得好不好 关键"])
def test_whether_or_what_is_crucial_is_answered_by_what_the_report_calls_so(engine: Engine, question: str) -> None:
    assert_says(engine, question, "至关重要")


@pytest.mark.parametrize(("question", "said"), [("各级党员领导干部是到哪儿去解民忧的", "到群众中去"),
                                                ("“欢迎拍砖、吐槽”这话是在哪儿发的?", "利用官方微博")])
def test_where_a_thing_goes_or_is_put_out_is_answered_by_the_sentence_beside_it(engine: Engine, question: str,
                                                                                 said: str) -> None:
    assert_says(engine, question, said)  # where to, and through what, not a place's name


def test_the_reports_own_words_asked_for_are_its_line(engine: Engine) -> None:
    # 文章原话: the report's own words, no one else's; its short line (意见,从群众中来;…) gives them
    assert_says(engine, "想引文章原话。讲意见和效果的那句话是怎么说的?", "效果,也到群众中去")


def test_a_word_the_report_lacks_is_said_by_its_phrase_for_the_pair(engine: Engine) -> None:
    # 总体|方案: the table's phrase 总体方案 is the report's 活动方案, so 总体 is said where that is
    assert_says(engine, "省委那个总体方案叫什么", "“1+8”活动方案")


def test_what_was_done_by_a_verb_of_doing_anything_is_named_by_the_quoted_name_after_a_verb(engine: Engine) -> None:
    # 弄, 搞: any verb of the report (全面进行“回头看”) says what was done, and the quoted name after it names it
    assert_says(engine, "第一批那些单位全面弄的那个叫什么?", "“回头看”")


@pytest.mark.parametrize(("question", "lead"), [("四面镜子我只记得党章党纪,其余几个呢?", "理论理想、党章党纪、民心民声、先辈先进"),
                                                ("小四风我就知道吃喝风,其他几个", "吃喝风、红包风、赌博风、走读风")])
def test_the_other_items_asked_last_are_which_they_are(engine: Engine, question: str, lead: str) -> None:
    assert_leads(engine, question, lead)  # 其余几个?: which the others are, not how many
