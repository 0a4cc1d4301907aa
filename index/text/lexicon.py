"""The words qabot reads questions by, in one place: question words and the answer types they ask for,
measure words, particles and fillers, variant spellings, and the words that ask about the report itself.

Every rule that needs to know "is this a measure word?" or "does this ask for a date?" reads it here.
All entries are in the matching form (simplified characters, digits for numerals) unless stated.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from index.text.numerals import ONCE_WORDS
from index.text.regex import regex

# --- characters ---------------------------------------------------------------------------------------------
#: A Han character, and a run of them (CJK unified ideographs and extension A).
HAN = regex(r"[\u3400-\u9fff]")
HAN_RUN = regex(r"[\u3400-\u9fff]+")

# --- measure words --------------------------------------------------------------------------------------------
#: Measure words a figure can carry (16个, 170人, 3.3万余条), longest first where one contains another.
UNITS: tuple[str, ...] = (
    "人次", "场次", "期次", "班次", "批次", "轮次", "个月", "个", "位", "名", "人", "次", "回", "趟", "场", "期", "份", "条", "户", "项", "件", "天", "年", "批",
    "所", "家", "元", "页", "岁", "种", "类", "届", "轮", "处", "座", "台", "本", "篇", "部", "块", "起", "例", "宗", "张",
    "市", "县", "省", "村", "镇", "公里", "米", "钱", "小时", "周", "分钟", "通", "册", "套",
)
UNIT_PATTERN = "|".join(UNITS)
#: A figure in digits and its measure word, if any (16个, 3.3万余条, 5600多名; the measure word is group 1).
FIGURE = regex(rf"\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?({UNIT_PATTERN})?")
#: Measure words that count anything, or any people or times: the one asked says little of which figure it is.
GENERIC_UNITS = frozenset({"个", "人", "名", "位", "次", "回", "项", "条", "件", "种", "类"})
#: Words for people whoever they are (人员数量, 人数): what a figure counted in 人 counts.
ANYONE_COUNTED = frozenset({"人", "人员", "人数", "总人数", "人头"})
#: Measure words that count the same thing: 名 and 位 count people as 人 does.
SAME_UNIT: dict[str, str] = {"名": "人", "位": "人", "回": "次", "趟": "次", "钱": "元"}
#: Families of measure words people use for one another (多少场培训班 for 639期; 几个市 for 6市): a figure in
#: the asked family answers; one of another family (8个 for 多少人) does not.
UNIT_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset("人名位"), frozenset({"人次"}), frozenset({*"次回趟场期届轮批", "场次", "期次", "班次", "批次", "轮次"}),
    frozenset({"个", "项", "件", "条", "份", "册", "套", "处", "起", "例", "宗", "张", "本", "篇", "部", "块", "家", "所", "户", "座", "台",
               "种", "类", "市", "县", "省", "村", "镇"}),
    frozenset({"天", "年", "个月", "周", "小时", "分钟"}), frozenset({"元", "钱"}), frozenset({"公里", "米"}),
    frozenset({"页"}), frozenset({"岁"}),
)
#: How many people a group has (班子成员一共有多少人?), not those who did something (参观的有多少人?): no figure of
#: times (人次) answers it.
MEMBERS_COUNTED = regex(r"(?<![的共总计\s])(?:一共|总共|共|总计)?有(?:多少|几)个?人(?!次)")
#: Groups counted by 组 after a figure (凡十八组, 分成8组): a count of groups, as by 个 (not 第1组长, 1组员).
GROUPS_COUNTED = regex(r"(?<=\d)组(?![长员织])")
#: Measure words of copies printed or handed out (5万余份): no other thing counts so.
COPY_UNITS = frozenset("份本册")
#: ... of cases and incidents (多少起案件, 几例): counted so only.
CASE_UNITS = frozenset("起例宗")
#: ... and of works made or things set up (几部片子, 几篇文章, 几部电话): never counted in copies.
WORK_UNITS = frozenset("部篇")


def longest_first(words: Iterable[str]) -> list[str]:
    """The words, longest first, words of one length in a fixed order (so that no answer depends on a set's
    order, which changes with the hash seed)."""
    return sorted(words, key=lambda w: (-len(w), w))


def same_family(asked: str, unit: str) -> bool:
    """Does a figure with measure word `unit` answer a question asking for `asked`? A plain 多少人 is answered by
    人次 too (参观的有多少人 → 30.4万余人次), and so are the times people went (班子成员下了多少趟基层? → 38500余人次);
    多少名/位 counts persons, not visits; 多少份 counts copies, not 8个暗访组."""
    if asked in ("人", "次", "回", "趟") and unit == "人次":
        return True
    if asked in COPY_UNITS:
        return unit in COPY_UNITS
    if asked in CASE_UNITS:
        return unit in CASE_UNITS or unit == "件"  # 曝光了多少起? counts cases, not 8个暗访组
    if asked in WORK_UNITS and unit in COPY_UNITS:
        return False  # 几部警示片? is not answered by 17.3万余份 copies (几部电话? is by 11条热线)
    return asked == unit or any(asked in family and unit in family for family in UNIT_FAMILIES)
#: How far after a figure, in its clause, the noun it counts may stand (8个由厅级干部带队的暗访组), and how many
#: characters may stand between it and the figure when it comes first (指导组11697个, 问题人数1140人).
COUNTED_AFTER = 12
COUNTED_BEFORE = 2
#: ... and how far a word modifying what is counted may stand before the figure (先进事迹报告会2855场).
COUNTED_BEFORE_MODIFIER = 5
#: Classifiers after which the rest of a short clause names what is counted (16个省委督导组).
CLASSIFIERS = frozenset("个位名条项件所家批种类")
#: Nouns that ask for a count of the word before them (联系点总数, 意见建议的数量).
COUNT_NOUNS = "总数|数量|数目|总量"
#: Words that say "how many / how much" (a figure is asked for).
#: The figures of a part asked for, by what they are to it (关键数字, 结论性数字): a figure answers, the words only
#: frame the question.
FIGURES_ASKED = regex(r"(?:关键|主要|核心|结论性|重要|标志性)的?(?:数字|数据)")
#: 几 that asks: not that of 哪几/那几/这几 (which ones, those), 前几天 (a few days ago) or 好几 (several).
_JI_ASKED = r"(?<![哪那这前好说举列])几"  # (能说几个吗: name a few, no count)
QUANTITY_WORDS = regex(rf"{FIGURES_ASKED.pattern}|多长时间|多少时间|多少|第几|{_JI_ASKED}(?![乎大\d])|多长|多久|多大|多高|多重|多远|{COUNT_NOUNS}|规模|(?<![那这\d一])个数(?![字据])|(?:{UNIT_PATTERN})(?<!个)数(?![大小高])")  # (这个数字: that figure; 岁数大: old)
#: Which deeds, asked (要做哪几件事?, 干哪些事?) ...
DEEDS_ASKED = regex(r"(?:做|干|办)(?:了|的是)?(?:哪几件|哪些|几件|什么)事")
#: ... and a sentence that lists deeds, a verb and its object each (察民情、听民意、解民忧).
DEEDS_LISTED = regex(r"(?:[\u4e00-\u9fff]{3}、){2,}[\u4e00-\u9fff]{3}(?![\u4e00-\u9fff])")
#: A count asked as the state of things (听众参与人次的具体数量情况如何?): a figure, not how.
COUNT_STATE_ASKED = regex(rf"(?:{COUNT_NOUNS}|规模|人数|次数|人次)[^,,。;;??]{{0,8}}?情况(?:如何|怎么样|怎样)")
#: Whether a figure of it is given (党员总数有没有个数?, 有没有具体数字): the figure asked, not yes or no.
FIGURE_GIVEN_ASKED = regex(r"(?:(?:总数|个数|人数|数目|数字|数据|数量|总量)(?:有没有|有吗|有么|有无|有)|"
                           r"(?:有没有|有无)(?:具体的?|准确的?|确切的?)?(?:个数|数字|数据|数目|统计))(?=[,,。??!!\s]|$)")
#: What a figure counts, asked (5322个是什么的数目?, 1140人是啥人数?): a thing, not a figure.
FIGURE_OF_WHAT = regex(r"(?:什么|啥|哪个|哪种|哪类|哪方面|何)(?:人|组|事|东西)?的?(?:数目|数量|数字|人数|数据|数)(?!量词)")
#: The most or least of an amount (数量最多): after 哪, which one has it is asked, not the amount.
MOST_AMOUNT = regex(r"(?:数量|人数|数目|个数|次数|数)(?:是)?(?:最多|最少|最大|最小|最高|最低)")
#: What a figure the question tells stands for (44900多人指的是哪些人?, 这个数字说的是什么, 92400多个问题具体指什么问题?,
#: 1140人,指的是哪一项?): the sentence that gives it.
FIGURE_REFERRED = regex(r"(?:\d|数字?)[万亿多余人个条次名]{0,3}(?:[\u4e00-\u9fff]{1,4}?具体|[,,])?(?:这个数字?)?"
                             r"(?:指的?|统计的|说的|算的|讲的)是?(?:什么人?|啥人?|哪些人?|哪类人|什么东西|哪[一1]?项)|"
                             # (3800多条跟21500多条分别是什么的意见?: what each figure told counts)
                             r"\d[万亿多余人个条次名]{0,3}(?:分别|各自?)(?:是|指的?是?|说的是)?(?:什么|啥)的?")
#: People right before a bare 多少 (参观的人有多少, 那些人一共是多少): it asks 多少人.
PEOPLE_BEFORE_ASKING = regex(r"(?:[的些]人|党员|干部|书记|人员)(?:一共|总共|共计|合计|总计|累计|共|大概|大约)?(?:有|是)?$")  # (全省党员一共有多少?)
#: "多少/几" with the measure word they ask for: 几条 → 条, 多少人次 → 人次 (no group for a bare 多少); a terse
#: 场数 / 期数 asks for 场 / 期; 总数 / 数量 ask for one figure of the thing named before them.
#: The most or the least of an amount asked (反映最多的是啥问题?) ...
MOST_ASKED = regex(r"最(?:多|少)")
#: ... which a ranking said answers, not a post of the first rank (第一书记, 第一组长) nor a part of a whole (其中).
RANKING_SAID = regex(r"最|之最|居首|第一(?![批环次轮个期届]|书记|组长)|首(?![批次轮])")
#: Which of several is the most or the least (哪类人最多?, 最多的是哪种?), or its count (最多的那类有多少人?).
MOST_OF_LISTED = regex(r"(?:哪|什么|啥|谁)[^,,。?？]{0,8}最(?:多|少)|最(?:多|少)的是(?:哪|什么|啥|谁)|最(?:多|少)的[^,,。?？]{0,6}?(?:多少|几)")
#: Words of age that open with the measure word 年 (年纪, 年龄, 年轻): no count of years.
AGE_WORD = regex(r"年[纪龄轻迈长岁]")
ASKED_UNIT = regex(rf"(?:多少|{_JI_ASKED}(?![大\d]))({UNIT_PATTERN})?|(?<![那这\d一])(?<!上了)(?<!上)({UNIT_PATTERN})(?:数(?![大小高字据])|(?<=场)次(?=[是为有]))|"
                        rf"({COUNT_NOUNS})")  # (那个数: that figure; 场次是多少: 场)



#: Measure words that are places too (几个市, 多少省).
PLACE_UNITS = frozenset("市县省村镇")
#: Places of one level counted (多少个村?, 几个县(市、区)): a figure that counts them names the level right after it
#: (50个县, 16个省辖市).
PLACES_COUNTED = regex(r"(?:多少|几)个?([市县省村镇])(?=$|[\s??!!。,,(（的里吗呢啊呀啦哦])")
#: ... within this many characters after the figure (16个省辖市: 市 three characters on).
PLACE_NAMED_AFTER = 3
#: Groups counted by the word for a group alone (编了几个组?, 分成多少个队?): a figure of them names a group after it.
GROUPS_ASKED = regex(r"(?:多少|几)个?(小?组|队|团|小分队)(?=$|[\s??!!。,,的里吗呢啊呀啦哦])")
#: Nouns for people: 多少个书记 counts people (44900多人), as 多少人 does; 多少省领导 is no count of provinces.
PERSON_NOUNS = regex(r"(书记|支书|党员|干部|人员|同志|群众|领导|网民|代表|成员|学员|委员|主任|官员|大官|高官|人)")
#: ... words holding one that name no person (人次, 个人, 领导班子, 人数).
PEOPLE_COUNTED_SKIP = regex(r"人次|个人|人数|领导(?:班子|小组)|群众意见|人民")
#: Those who did something counted (参加的有多少人?, 来参加的群众一共多少人): a figure of people doing else is no answer.
DOERS_COUNTED = regex(rf"([\u4e00-\u9fff]{{2}})的(?:{PERSON_NOUNS.pattern}){{0,2}}(?:都|总共|一共|共|合计|总计)?有?"
                           r"(?:多少|几)个?(?:人次|人|名|位)")
#: ... of which these count members of a body or rank one by one (多少书记), unlike 群众, counted by households too.
MEMBER_NOUNS = regex(r"书记|党员|干部|人员|同志|领导|代表|成员|学员|委员|主任")
#: Words right after a figure that open who does something to what it counts (8个由厅级干部带队的暗访组).
AGENT_MARKS = "由被经"
#: Measure words that may stand glued before an unknown noun (那本册子).
GLUED_MEASURES = CLASSIFIERS | frozenset("本部份")
#: A figure given roughly (一千一百多人, 两百多万户, 三千一百来个, 三点三万多条, 三十好几项): it stands for any figure that begins so.
ROUGH_FIGURE = regex(r"(?<![\d.])(\d+(?:\.\d+)?)(?:多|来|余|出头|挂零|开外|好几)(万|亿)?|(?<![\d.])(\d+(?:\.\d+)?)(万|亿)(?:多|来|余|出头|挂零|开外|几(?=[\u4e00-\u9fff]))|"
                          rf"(?<![\d.])(\d+(?:\.\d+)?)(万|亿)?(?:{UNIT_PATTERN})?(?:左右|上下)")  # (四万五千人左右: about, either way)
#: How long: answered by a figure counting time (为期1个月, 5天以上).
DURATION_WORDS = regex(r"多久|多长时间|多少时间|多长的时间|多少日子")


#: 个 between a question word and 人 (抽了多少个人?): people are asked, counted in 人.
PEOPLE_AS_GE = regex(r"(?:(?<=多少)|(?<=几))个(?=人(?![次员]))")


#: 个 between a question word and 人次 (几个人次?): the measure word is 人次, as in 多少人次.
GE_BEFORE_VISITS = regex(r"(?:(?<=多少)|(?<=几))个(?=人次)")
#: A year named from another (去年, 前年, 明年): the answer must say it; the report tells of its own time.
RELATIVE_YEAR = regex(r"大?前年|去年|明年|后年|来年|上一年|下一年|头一年")
#: A cost named by what it pays for (印刷费, 办公费): 费 is 费用, a word of its own (not 浪费, 消费, 经费).
COST_SUFFIX = regex(r"(?<=[\u4e00-\u9fff]{2})(?<![浪消免经花破白耗])费(?!用)")


#: A count asked (派了几个组, 多少人): not those already named (那几拨人), nor a date (几月几号).
COUNT_ASKED = regex(r"(?<![那这哪前好])(?:多少|(?<![说举列])几)(?![月号日])")  # (前几天: a few days ago; 好几个: several)


def asked_units(text: str) -> list[str]:
    """The measure word each 多少/几 of a question asks for ("" for a bare 多少): 几条 → 条, 场数 → 场, 几个人 → 人."""
    text = PEOPLE_AS_GE.sub("", VAGUE_COUNT.sub(lambda m: "□" * len(m.group(0)), text))
    found = [(m.group(1) or m.group(2) or "", bool(m.group(2) or m.group(3))) for m in ASKED_UNIT.finditer(text)]
    named = any(counts for _, counts in found)  # 人数是多少: one figure asked, not two
    return [unit for unit, _ in found if unit or not named]


#: Clauses that say what came of something (征求到意见建议3.3万余条, 引来不少网民“点赞”, 实现…全覆盖).
RESULT_CUES = regex(r"征求到|收集到|共征求|引来|赢得|受到|感受到|点赞|好评|实现|取得|增强了|提高了|提升了|解决了|整改完毕|"
                         r"全覆盖|成效|明显|得到|建起|目前已")
#: What came of something is asked (效果咋样, 反响如何): the result word is what is asked, not what to find.
RESULT_ASKED = regex(r"(?:效果|成效|结果|反响|反应|成果)(?:如何|怎么样|咋样|怎样|好不好)")

#: Common surnames: an unknown word that starts with one and is two or three characters long is likely a name.
SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
                     "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
                     "马欧常康易乔赖文")
#: ... as one character class (张…, 王大爷).
SURNAME_CLASS = "[" + "".join(sorted(SURNAMES)) + "]"

# --- what a question asks for --------------------------------------------------------------------------------------
#: A date or a time is asked for (哪几天 is a date; 几天 alone is a duration, a figure).
DATE_WORDS = regex(r"(?:日期|日子|起止|起讫)(?:时间|日期)?(?:分别|各)?(?:是|为)(?:什么|啥|何|哪天)(?:至(?:什么|啥))?|哪[一1]?天|哪几天|哪[一1]?日|何时|什么时候|啥时候|啥时|什么时间|哪[一1]?年|哪[一1几些]?个?月|几月|几号|"
                        r"几日|日期|时间(?:节点|点)?|(?<![好苦过])日子|多会儿|哪段时间|起止|起讫")
#: A time asked by its noun and how it stands (具体起止日期是怎样安排的?, 完成时限是如何规定的?, 时间和地点为何?): a date,
#: not a way of doing.
DATE_NOUN_ASKED = regex(r"(?:日期|时间|起止|起讫|时限|期限)(?:和[\u4e00-\u9fff]{1,3})?(?:是|为)?"
                             r"(?:怎样|如何|怎么|什么|啥|何)(?:样)?(?:安排|规定|确定|定)?的?$")
#: A day named in full (2014年5月8日, 5月7号): in a question about the report, the publication date claimed.
DAY_NAMED = regex(r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}[日号]")
#: A rank or tier is asked for (什么级别的干部带队?): answered by 厅级, 省级, 县级….
LEVEL_WORDS = regex(r"(?:什么|啥|哪个|哪一|哪)(?:个|种)?(?:级别|层级|层次|级)|"
                    r"(?<=的)(?:级别|层级)(?:是|为|算)?(?:什么|啥|哪个|哪一级|哪级)?(?=[??。\s]*$)")  # (带队干部的级别是什么?)
#: ... or named last in a keyword query (暗访组 带队干部 级别), where no count is asked before it (人数 级别).
LEVEL_LAST = regex(r"(?:级别|层级)(?=[??。\s]*$)")
RANK = regex(r"[厅省市县处科乡镇村部局司]级")
#: A cadre's rank (处级, 县处级), not a tier of places (县级): the answer must give it.
CADRE_RANK = regex(r"(?:县处|地厅|省部|乡科)?[厅处科部局司]级")
#: ... and what gives one: a rank, the tiers together, or a level of place (省辖市, 省直管县).
LEVEL_IN = regex(rf"{RANK.pattern}|[市县]、县|两级|省辖市|省直管县|地级市|县级市")
#: A figure per item is asked for (每个暗访组有几个人?, 平均每场多长时间?): a total does not answer it.
PER_ITEM = regex(r"每(?:个|次|场|期|位|名|项|条|人|年|天|月|一|组|队|县|市|村|家)|平均|人均|各自|各[\u4e00-\u9fff]了|"
                 r"(?<![\d.第])1个[^\W\d的]{1,2}?(?:配|有|派|要|带|管|包)了?(?=几|多少)")  # (1个组配几个人?)
#: 各自 after things named together (市级和县级…各自): each of those, respectively, not an amount per item.
EACH_OF_NAMED = regex(r"[和与跟及、][^,,。;;??]{0,12}[,,]?各自$")
#: 每 and what it counts, run together (每组, 每期): each of the things the question names, not another thing.
EACH_OF = regex(r"每[\u4e00-\u9fff]")
#: ... but not one the asker means to work out from what is asked (想算个人均谈话量).
WORKED_OUT = regex(r"算|统计|求")
#: ... and a figure the sentence gives per item (分别选择1个省辖市, 各1名): no total; what gives one per item.
PER_ITEM_BEFORE = regex(r"分别|各|每")
PER_ITEM_GIVEN = regex(r"每|平均|人均|分别[\u4e00-\u9fff]{0,6}\d|\d[\u4e00-\u9fff]{1,2}(?:以上|以下)")  # (5天以上: a bound each keeps)
#: Words that say each of those counted did it (各自, 分别): how, not what.
EACH_WORDS = frozenset("各自 分别 各人".split())
#: A sum asked of things the question names together (督导组和指导组合计多少个?, 三类合计多少人?), not of each
#: (各是多少): the figures given for each do not answer it ...
_SUM = r"(?:合计|加起来|加在一起|合起来|加一块儿?|总和|相加|加总|合共)(?![^,,。??]*(?:各|分别))"
SUM_OF_PARTS = regex(rf"(?P<left>[\u4e00-\u9fff]{{1,8}})(?:以及|和|与|跟|同|及|、)(?P<right>[^,,。??]{{1,12}}?){_SUM}|"
                          rf"[两二三四五六七八九\d][类种项样][^,,。??]{{0,4}}?{_SUM}")
#: ... the figure's clause must give it as a total (共征求到各类意见建议75.6万余条).
TOTAL_SAID = regex(r"共|合计|总计|累计|总数")
#: Words for kinds of place (哪些地方): named places answer, not a list attached to the word.
PLACE_KINDS = frozenset("地方 城市 地区 省份 市县 县区 乡镇 单位 部门".split())
#: Words for any place (几个地方): counted by a figure of a tier (1个省辖市, 50个县).
ANY_PLACE = frozenset("地方 地区 地点 地儿".split())
#: Kinds that any list is of (包括哪几个方面?, 有哪些内容?): the items need not be named so.
GENERIC_KINDS = frozenset("方面 内容 东西 玩意儿 玩意 事情 事项 部分".split())
#: Words for a body of people formed for a task (微服私访的小组, 小分队) ...
GROUP_KINDS = frozenset("小组 组 小分队 小队 分队 队伍 队 工作组 团队 团 专班".split())
#: Verbs for sending people out (派下去, 下派): what a group formed for a task (检查组, 监督小组) is, said of it in a
#: question; the report need not say it (省委抽调170人组成16个省委督导组).
SENDING = frozenset("派 派下去 派下来 派出 派出去 派往 下派 往下派 派到 派去 派驻 派了".split())
#: ... named by the last character of the report's word for it (督导组, 分队, 报告团).
GROUP_ENDS = ("组", "队", "团")
#: ... where they stand apart from what names the group (微服私访的小组, “微服私访”小组, not 宣传小分队) ...
GROUP_SET_OFF = "的”\"' "
#: ... held by any group the report names (暗访组, 督导组, 报告团).
GROUP_NAMED = regex(r"(?![带率领排归入])[\u4e00-\u9fff](?:小?组|队|团)(?![长员成织建合结])")
#: The groups people counted formed, right after the count (170人|组成16个省委督导组).
GROUP_FORMED = regex(r"(?:组成|组建|编成)(?:\d+个)?([\u4e00-\u9fff]{1,6}?(?:小?组|队|团))")
#: Words for meetings, counted (开了多少个会议?) or set off (…的会议): any meeting the report names answers ...
MEETING_KINDS = frozenset({"会议"})
#: ... and a meeting said as a big one after what it was for (点评大会): the meeting the report names for it (专题点评通报会).
BIG_MEETING = "大会"
#: ... a word of the general language ending in 会议, or in 会 after two characters or more (座谈会, 报告会, 常委会议;
#: not 体会, 社会) ...
MEETING_NAME = regex(r"(?:会议|(?<=..)会)$")
#: ... and the measure word they are counted in (also asked as 个).
MEETING_UNIT = "场"
#: Meetings counted casually by 个 (开了多少个报告会?, 几个座谈会): the meeting is what is counted, in 场 or 次.
MEETINGS_COUNTED = regex(r"(?:多少|几)个[\u4e00-\u9fff]{0,8}?(?:会议|(?<=[\u4e00-\u9fff]{2})会)(?![\u4e00-\u9fff])")
#: A meeting's name asked, the meeting said by 会 alone (那个会叫什么?, 那个会,名字是什么来着?).
MEETING_NAME_ASKED = regex(r"(?:(?<=[个场次的])会|会议)[,,\s]?的?(?:叫|名字|名称|全称)")  # (not 体会叫啥题目)
#: Meetings held, asked of (开会开了多少回?): the times are the meetings, not the people who went (人次).
MEETINGS_HELD = regex(r"开会|开了?[^,,。??]{0,4}会|会议|座谈")
#: What stands right before a word of a kind when it names the kind, not one of it (多少个|会议, 开的|会议).
KIND_SET_OFF = "个场次" + GROUP_SET_OFF
#: A count of places asked (几个地方, 多少个城市): answered by a count of places of any level (1个省辖市).
PLACE_COUNT_WORDS = regex(r"(?:几|多少)个?(?:地方|地区|城市)")
#: A level of place right after a count (16个|省辖市, 50个|县).
PLACE_LEVEL = regex(r"省辖市|省直管县|市|县|区|乡镇|街道|村")
#: The marks that end a sentence.
SENTENCE_MARKS = "。!?!?"
#: A clause: a run up to the next comma, semicolon, colon or sentence end; and the marks that end one.
CLAUSE_MARKS = ",,;;::" + SENTENCE_MARKS
CLAUSE = regex(f"[^{CLAUSE_MARKS}]+")
CLAUSE_END = regex(f"[{CLAUSE_MARKS}]")
#: ... or a particle that ends a clause of speech run on without a mark (有多少个啊也给他们送学了吧).
CLAUSE_PARTICLE = regex(rf"[{CLAUSE_MARKS}]|(?<=[\u4e00-\u9fff])[啊呀哇嘛](?=[\u4e00-\u9fff])")
#: Spaces between keywords typed apart (作用 是什么, 讲 学习教育 的 那部分), and the most characters of a keyword:
#: longer runs between spaces are clauses (voice input: 俺在服务区刷到个安徽的报道 讲群众路线第二批的 …) ...
KEYWORD_SPACE = regex(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
KEYWORD_CHARS = 6
#: ... and of one typed apart right by a question word (谁 主持, 多少个 县), where a longer run is a remark
#: (…是什么 参考文献要写).
KEYWORD_BY_ASKING = 3


def keywords_joined(text: str) -> str:
    """The question with keywords typed apart read as one phrase (作用 是什么 → 作用是什么), where every run
    between spaces is keyword-short; else as it is."""
    if not KEYWORD_SPACE.search(text) or any(len(HAN.findall(run)) > KEYWORD_CHARS for run in text.split()):
        return text
    return KEYWORD_SPACE.sub("", text)


#: Examples the asker gives of a kind, then the kind (公款吃喝|那些|四风问题, 大吃大喝送红包|之类的|作风问题).
EXAMPLES_OF_KIND = regex(r"([\u4e00-\u9fff]{2,8}?)(?<!的)(?:那些|这些|之类的?|一类的?)(?=[\u4e00-\u9fff]{2})")
#: What parts the items of a list within a clause (督导组1264个、指导组11697个).
LIST_MARK = regex(r"[、和]")
#: A clause about others than those named before it (…张宝顺先后赴合肥等6市…,其他省领导也都分赴各自活动联系点).
OTHERS = regex(r"其他|其它|其余|别的")
OTHERS_CLAUSE = regex(rf"^\s*(?:{OTHERS.pattern})")
#: ... or a space typed between words in place of one (刷到个安徽的报道 那篇是哪天登的, 暗访组 几个 谁带队).
CLAUSE_OR_SPACE = regex(rf"[{CLAUSE_MARKS}]|(?<=\S)\s+(?=\S)")
#: Two quoted things joined, and no more after them (“信仰危机”和“本领恐慌”): a list of two.
QUOTED_PAIR = regex(r"(?<![、和与及])“[^“”]{1,10}”[和与及]“[^“”]{1,10}”(?![、和与及“])")
#: A list of things and the quoted name for them all after it (吃喝风、红包风、赌博风、走读风“小四风”).
NAMED_LIST = regex(r"((?:[\u4e00-\u9fff]{1,8}、)+[\u4e00-\u9fff]{1,8})(“[^”]{2,8}”)")
#: A list of three or more items (正风肃纪、为民服务、除弊祛垢、固本强基), and how far after it the word for what it
#: lists may stand (…四个专项行动).
ENUMERATION = regex(r"[\u4e00-\u9fff“”]+(?:、[\u4e00-\u9fff“”]+){2,}")
#: Two or more items joined by 、 (学习教育、听取意见).
ITEMS = regex(r"[\u4e00-\u9fff“”]+(?:、[\u4e00-\u9fff“”]+)+")
LISTED_WITHIN = 8
#: What a numbered term stands for is asked (“三严三实”具体是哪三严哪三实?, 小四风指的是什么?, 四面镜子是哪四面?): the
#: term is the stretch right before these words.
MEMBERS_OF_TERM = regex(r"(?:具体|到底|究竟|都)?(?:是指|指的是|指|是|包括|包含|分别是|分别指)(?:[\u4e00-\u9fff]{1,3}(?=哪))?(?:哪|什么|啥|何)")
#: What any term means is asked (走读风到底是啥意思?, “总开关”指的是什么?).
MEANING_OF_TERM = regex(r"(?:具体|到底|究竟)?(?:是)?(?:指)?(?:个)?(?:啥|什么|何)意思|(?:的)?(?:含义|意思)是|"
                             r"(?:具体|到底|究竟)?(?:是指|指的是|指)(?:什么|啥)(?:样的)?(?:情况|现象|行为|东西|精神|内容|概念|意义)?(?=[??。!!\s]*$)")
#: A term asked as a thing of its own kind (焦裕禄精神到底是啥精神?): its meaning, where the kind ends the term.
KIND_OF_TERM = regex(r"(?:具体|到底|究竟)?是(?:一种|一个)?(?:什么|啥)(?:样的)?([\u4e00-\u9fff]{1,2})(?=[??。!!\s啊呀呢]*$)")
#: Where the stretch before MEMBERS_OF_TERM or MEANING_OF_TERM starts: after the last of these (文中说的|“小四风”, 所谓|四面镜子).
TERM_START = regex(r".*(?:的|之|里|中|那个|这个|那|这|所谓|叫|问(?=“))")
#: A numbered term (三严三实, 小四风, 四解决四推动; not 第一环节, an ordinal).
NUMBERED_TERM = regex(r"(?<!第)[一二三四五六七八九十两]")
#: How a sentence spells out the term just named (四面镜子:…; “小四风”即…).
SPELLED_AFTER = regex(r"[,,]?(?:即|就是|是指|指的是|包括|包含|分别是)|[::]")
#: Items just before the term they make up (吃喝风、红包风、赌博风、走读风“小四风”), or what a quoted name is of (干群之间的“连心桥”).
SPELLED_BEFORE = regex(r"[\u4e00-\u9fff“”]+(?:[、和][\u4e00-\u9fff“”]+)+[“「]?$|的[“「]$")
#: Who says what is asked for (网民是咋说的?, 刘云山怎么讲的): the two characters before the question word.
SAYER_ASKED = regex(r"([\u4e00-\u9fff]{2})(?:是|都|又)?(?:怎么|咋|如何|怎样)(?:说|讲|评价)的?$")
#: The words someone said or wrote are asked for (官方微博那句话咋说的?): answered by a quotation (not 报道原文: the
#: report's own wording, which any of its sentences gives).
QUOTE_ASKED = regex(r"[那这]句(?:话|口号)|哪句(?:话|口号)(?!讲|说|提|写|介绍|谈|里)|口号(?:是|怎么|咋|如何)|原话|(?<!报道)(?<!文章)(?<!稿子)(?<!新闻)(?<!据)(?<!照)(?<!按)(?<!名)(?<!题)(?<!称)原文(?!(?:里|中|上)?(?:是|写的是|说的是|写|说|精确到|具体是|确切是|具体|确切|到底|究竟)?(?:几|多少|[这那]个?数))(?!中|里|当中|提到|提及|提了|有没有|有)(?!(?:是|就是|也是|里是)?(?:这么|这样|如此)(?:写|说|讲|表述))|(?:怎么|咋|如何)(?:说|讲|写)的|(?<!文中)(?<!报道)(?<!文章)(?<!稿子)(?<!综述)(?<!原文)(?:怎么|咋|如何)表述的|(?:怎么|咋|如何)(?:[跟和对向给][\u4e00-\u9fff]{1,4})?(?:招呼|吆喝|喊|号召)[^,,。?？]{0,8}的|"
                         r"(?<!句)(?:口号|标语|宣传语)|(?:写|说|讲|发|喊)了?[一1]?句|(?:写|说|讲|发|喊)了?些?(?:什么|啥)话|说“|"
                         r"(?<!报道)(?<!文章)(?<!稿子)(?<!新闻)(?<!综述)(?<!部分)(?<!段)(?<!里)(?<!中)(?<!上)(?:时|的时候)?(?:说|喊)了(?:什么|啥)$")  # (开头那四句口号: the opening lines)
#: A slogan asked (口号, 标语, 顺口的话): a run of short clauses of one length says one.
SLOGAN_ASKED = regex(r"口号|标语|宣传语|顺口(?:的话|溜)?")
#: What a question asking the bot's own view lacks: no report holds it.
OWN_VIEW = "你的看法"
#: What a sentence says someone thinks with (表示, 认为; 将之作为头道工序 for 怎么看待学习教育?).
_VIEW_SAID = r"表示|认为|觉得|评价|称赞|指出|感受|反映|(?:将|把)[^,,。]{0,10}?(?:作为|当作|当成)|视为|看作"
#: What someone thinks of a thing, asked (网民怎么评价…?, 有什么看法?, 群众买账吗?).
VIEW_ASKED = regex(r"(?:怎么|咋|如何)(?:看|评价)|觉得|(?:什么|啥|哪些|有何|有没有)看法|看法(?:是|如何|怎|咋)|评价如何")
#: ... or whether they approve of it (网民认可吗?, 买不买账?): what they think, or a deed of approval (点赞).
APPROVAL_ASKED = regex(r"认可|买账|认同|满意|赞同|服气|领情")
#: ... or whether they disliked it (网民是不是挺反感的?): settled only by how they took it (点赞, 好评).
DISAPPROVAL_ASKED = regex(r"反感|抵触|排斥")
#: Words someone said, quoted or reported (“亲,期待您积极参与…”, 不少网民表示,…).
QUOTATION = regex(r"“[^”]{6,}”?|(?:表示|认为|指出|强调|说)[,,::]")
#: Aspects a question asks that its answer sentence must show, each with what shows it and the word for what
#: is missing: who said or proposed something, a superlative, the bot's own view, the next time, a person's origin,
#: the words said, criticism, a penalty, sex, experts, who made a film.
ASKED_ASPECTS: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = (
    (regex(r"谁(?:最早|最先|首先)?(?:说|讲|提出|提|写|指出)"), regex(r"说|讲话|提出|指出|表示|认为|强调|写"),
     "出处"),
    # (最少得几天?, 最多要多少人? ask a bound, answered by 5天以上: not a ranking; 最突出的那10个县 picks a group by
    # its count, which it names)
    # (省里最大那帮当官的, 最高层那帮人: who is meant, the highest, not a ranking asked)
    (regex(r"最为?(?:多|少|大|小|高|低|早|晚|先|好|差|慢|快|难|积极|认真|彻底|突出|严重|普遍|常见|厉害)(?![得要需能也]|(?:是|为|有)?(?:几|多少)|[^,,。??的]{1,6}(?:几|多少)|"
                r"层|的?(?:那帮|那伙|那拨|那些|那几)|"
                r"的?[那这]?(?:\d+|[一二三四五六七八九十两]+)[个位名项条家])|"
                r"大多(?:数)?(?:是|为|都|属于)|大部分(?:是|为|都|属于)"),
     regex(r"最|第一(?![批环次轮个期届])|首(?![批次轮])|之最|居首|大多|大部分|多数|其中\d"),
     "排名"),
    # (你觉得这次活动搞得好不好?: the bot's own view, which no sentence of a report holds)
    (regex(r"[你您](?:个人)?(?:觉得|认为|怎么看|咋看|的看法)|依[你您](?:之见|看)|在[你您]看来"), regex(r"(?!)"), OWN_VIEW),
    # (督导组下回会不会来?, 刘云山下次啥时候再来?: the next time, which a report of what was done says nothing of
    # unless it tells what comes next)
    (regex(r"下[一1]?[回次趟](?![数])"), regex(r"下一步|下[一1]?阶段|今后|将[要会]"), "下一步安排"),
    (regex(r"哪里人|哪儿人|(?:什么|啥|哪个)地方人|籍贯|老家(?:是|在)?(?:哪|什么地方)|出生地|在哪出生|哪里出生"), regex(r"籍|出生|生于|老家|人氏"),
     "籍贯"),  # (我老家马鞍山的,…: the asker's home, not asked)
    (QUOTE_ASKED, QUOTATION, "原话"),  # quoted or reported
    # (张宝顺以前是在哪里当官的?: someone's past, which a report of what they do now says nothing of)
    (regex(rf"{SURNAME_CLASS}[\u4e00-\u9fff]{{1,2}}(?:同志)?(?:以前|之前|原来|过去|早先|从前|早年)(?:是|在|当|干|做|任)"),
     regex(r"曾|原任|此前|先后任|早年|历任"), "经历"),
    (VIEW_ASKED, regex(rf"{_VIEW_SAID}"), "看法"),  # what someone thinks: a sentence that says what they think
    (APPROVAL_ASKED, regex(rf"{_VIEW_SAID}|点赞|叫好|好评"), "看法"),  # (认可吗? ↔ 引来不少网民“点赞”)
    (DISAPPROVAL_ASKED, regex(r"点赞|叫好|好评|称赞|认可|满意|反感|抵触|不满"), "看法"),
    (regex(r"比例|比重|占比|百分之几|百分之多少|百分比|几成|多少成|占(?:了)?(?:多少|几)|占[^,,。??]{1,10}?的多少(?![\u4e00-\u9fff])|(?:完成|整改|参与|覆盖|通过|合格)率"),
     regex(r"[%％]|百分之|[一二三四五六七八九]成|比例|比重|率"),
     "比例"),  # 占多大比例?, 完成率?: a share, not a count

    # 热线开到几点?: a time of day or the hours a service keeps, which no date says (not 几点要求: a few points)
    (regex(r"几点(?:钟)?(?=$|[开关到上下接打去来结起呢啊吗?？\s,,])|(?:什么|啥|哪个)时段|24小时|全天候|半夜|夜里"),
     regex(r"\d+[点时]|[点时]至|小时|全天|昼夜|夜间|晚上|凌晨"), "具体时刻"),
    # 他的文章发表在哪份报纸上?: a paper named (安徽日报), which a sentence that only says it was published does not
    (regex(r"(?:哪|什么|啥)(?:一)?(?:份|家|个|张)?(?:报纸|报社|报刊|刊物|杂志)|(?:什么|啥)报(?![道告])"),
     regex(r"[\u4e00-\u9fff]{2,4}(?:日报|晚报|商报|青年报)|《[^》]*(?:报|刊|志)》"), "报纸"),
    (RESULT_ASKED, RESULT_CUES, "效果"),  # 用微博征求意见效果咋样?: a sentence that says what came of it
    # 刘云山批评了安徽啥问题? / 有没有指出不足?: criticism, which praise (给予高度评价) is not
    (regex(r"批评|(?:指出|提出|找出|点出)了?(?:哪些|什么|啥|些|过)?(?:不足|缺点|短板|差距)|的(?:不足|缺点|短板)|不足之处|缺点"),
     regex(r"批评|不足|缺点|短板|差距|问题|不良|不正"), "批评"),
    # 为什么选在3月24日开?: why that time or place was chosen, which the purpose of the deed does not say
    (regex(r"(?:为什么|为啥|为何|干嘛|咋)[^,,。??]{0,6}?(?:选在|定在|挑在|选择在|安排在|选了|挑了|挑这|选这|挑中|选中|偏偏|正好|恰好|刚好)"),
     regex(r"之所以|因为|由于"), "原因"),
    # 还有哪些中央领导一起?: who went with someone, which a sentence naming only that one does not say
    # (not 谁一起看的电影?: 集中观看, done together)
    (regex(r"(?:哪些|哪几位|哪位|谁)[^,,。??]{0,6}?(?:(?:一起|一同)(?:来|去|到|前来)?的?(?=$|[,,。??啊呀呢吗])|同行|陪同|随同|陪着)|"
           r"(?:(?:一起|一同)(?:来|去)|陪同|随同)的?(?:有|是)(?:哪些|哪几位|哪位|谁)"),
     regex(r"陪同|一起|一同|随同|同行|陪"), "同行"),
    # 送学是用什么方式送的?: the means, which a sentence saying only for whom it was done does not give
    (regex(r"(?:什么|啥|何种|哪种|哪些|啥子)(?:样的)?(?:方式|手段|载体|工具|软件|途径)"),
     regex(r"通过|采取|采用|利用|依托|运用|借助|方式|形式|办法|渠道|载体|途径|手段|抓手|平台|上门|网上|微博|热线"), "方式"),
    # 查处的人咋处分的?: a penalty, which 查处 (investigated and dealt with) does not name (被处分的干部有多少人? counts
    # them: 查处…1140人; but 其中受党纪处分者几何?, 1140人里头给了党纪处分的有多少? count a part)
    (regex(r"(?:\d|其中|里头|里面|当中)[^??]*?处分|处分(?![^,,。??]{0,8}?(?:多少|几))|撤职|免职|开除|判刑|坐牢|双开|降级|记过"), regex(r"处分|撤职|免职|开除|判|降级|记过|党纪|政纪"), "处分"),
    # 书记里有多少个女的?: men and women, which a count of 书记 does not tell apart
    (regex(r"女的|男的|女性|男性|女同志|男同志|妇女|女干部|男女"), regex(r"女|男"), "性别"),
    # 请了哪些专家来辅导?: experts, scholars or teachers, where the sentence names only ways of studying
    (regex(r"(?:哪些|哪位|哪几位|什么|啥)(?:样的)?(?:专家|学者|教授|老师|名人|明星)"), regex(r"专家|学者|教授|老师|名人|明星"),
     "专家"),
    # 电影《焦裕禄》是谁导的?, 里面演焦裕禄的是谁?: who made or played in a film, which the sentence that tells of its
    # viewing does not say
    (regex(r"导演|编剧|主演|演员|谁(?:导|拍|演)|(?:哪个|哪位|什么)人?(?:拍|导|演)的|拍摄|(?<![表讲])演[^,,。??]{1,6}的是"),
     regex(r"导演|执导|编剧|主演|演员|拍摄|饰演|扮演"), "主创"),
)
#: A short line of the report's own (意见,从群众中来;效果,也到群众中去。): the words asked for, where the question
#: quotes some of them.
SHORT_LINE = regex(r"^\s*[^“”\s]{6,22}\s*$")
#: A person (or a body acting as one) is asked for.
PERSON_WORDS = regex(r"谁|(?<=[的那这个位])人(?=是谁|是哪位|叫什么|叫啥|姓什么|姓啥)|哪[一1]?位|哪[一1]?个人|哪些人|什么人|啥子?人(?![次数])|"
                          # (哪个领导主持的?, 哪个省领导主持的?: the tier said before the leader)
                          r"哪[一1]?个(?=(?:省委|市委|县委|中央|省|市|县)?(?:领导|干部|同志|官员|大官|负责人)(?!班子|小组|干部))|"
                          r"(?<=领导|书记|组长|干部|同志)是哪[一1]?个(?=[??。!!]*$)")  # (牵头领导是哪个?)
#: ... and 哪个 before what was done, at the end (是哪个陪同的?: who did it, as 是谁陪同的), where the word is a verb.
WHO_DID = regex(r"是哪[一1]?个(?P<done>[\u4e00-\u9fff]{1,3}?)的[哦啊呀呢吧嘛]?[??。!!]*$")
#: The person asked for, called by the word for anyone (哪位同志?, 中央领导同志是哪一位?): what is asked, not who.
PERSON_ASKED_AS_COMRADE = regex(r"(?:(?<=哪位|何位|哪个)|(?<=哪[一1几]位))同志|同志(?=(?:是|为)(?:谁|哪)|叫(?:什么|啥|谁))")
#: Whose something is, asked (谁的事迹?, 哪些人的精神?): a person answers, not a body.
WHOSE_ASKED = regex(r"(?:谁|哪些人|哪几个人|哪位|哪几位|什么人|啥人)的")
#: A personal name is asked for.
NAME_WORDS = regex(r"姓名|(?:片|书|剧|篇)名(?:是|叫)?(?:什么|啥)|叫什么名字|名字叫什么|叫啥名|姓什么|叫什么|叫啥|叫做什么|名字是什么|名称是什么|"
                        r"(?:哪些|哪几|哪个|哪位)[^,。?!]{0,6}的(?:名字|姓名|名单)|(?:如何|怎么|怎样)(?:命名|称呼)|"
                        r"命名为什么|叫法|称作什么|称为什么|的(?:名字|姓名|全名)(?=[\s??。!!~]*$)|"  # (省长的名字: terse)
                        r"(?:什么|啥)名(?=[\s??。!!~]*$)")  # (具体何名?: 何 read as 什么)
#: A place is asked for (哪个县, 什么范围; not 纳入送学上门的范围: a scope named, not asked).
#: After a place's level, the question which one it is (联系的县是哪个?, 联系县(市、区)是____?); `{one}` is what may
#: follow 哪 ("个?", or "个" where one place is asked).
_WHICH_AFTER_LEVEL = r"(?:[((][^))]{{0,6}}[))])?(?:是|为)(?:哪[一1]?{one}|什么)(?![\u4e00-\u9fff])"
#: Words for places, after which 是哪个 asks for one of them.
_PLACE_NOUNS = "城市|地方|地区|市|县|区|省|乡镇|村|社区"
PLACE_WORDS = regex(r"哪(?:[个座]|些|[一1][个座]|几[个座]|几)?(?:地级|县级)?(?:城市|地方|地区|市|县|区|省|省辖市|乡镇|村|社区)(?![领委长直政])|什么地方|哪里|哪儿|(?:什么|啥|哪些|多大|多广)的?范围|范围(?:是|有)?(?:哪|什么|啥|多大|多广)|(?<![\u4e00-\u9fff])范围$|"
                         rf"(?:{_PLACE_NOUNS}){_WHICH_AFTER_LEVEL.format(one='个?')}")
#: One place is asked for (哪个市, 哪一个县): a name answers, not a count of places (16个省辖市).
ONE_PLACE = regex(r"哪[一1]?个(?:城市|地方|地区|市|县|区|省|省辖市|乡镇|村|社区)|哪[一1]?座|哪里人|哪儿人|"
                       rf"(?:{_PLACE_NOUNS}){_WHICH_AFTER_LEVEL.format(one='个')}")
#: What is done to what was counted, right after the count asked (村支部有多少个|要整顿): the thing is named before.
DEED_AFTER_COUNT = regex(r"(?:要|需要|得|被|正在|已经|已|还)")
#: Places gone to are asked (去了哪些市?, 跑了哪几个县?) ...
MOTION_ASKED = regex(r"(?:去|到|跑|赴|走)(?:了|过)?(?:哪些|哪几|哪个|哪)")
#: ... answered by the levels of place gone to or acted on (赴省辖市和部分县, 深入市、县, 对16个省辖市…暗访).
PLACES_GONE_TO = regex(r"(?:赴|到|去|前往|深入|对)[^,,。;;]{0,5}?(?:省辖市|市|县|区|乡镇|村|街道)")
#: Where something took place or stands: answered by a place's name only (专题点评通报会在哪里开的?, 基地位于哪里?; not
#: 排在哪一道工序: the step asked); where to go for it (上哪能领到?, 去哪领?).
WHERE_WORDS = regex(r"在哪里|在哪儿|在哪个地方|在哪[一1]个地方|在什么地方|在哪(?![一1]?(?:道|步|环|个?环节|个?阶段))|(?:上|去|到)哪(?:里|儿)?(?=能|可以|才能|领|找|买|拿|借|要)|地点|(?:位于|坐落于|坐落在|设在|建在)(?:哪里|哪儿|哪个地方|什么地方|哪)")
#: A work asked for by name (哪部片子, 哪本书): the passage must say the word for it.
WORK_ASKED = regex(r"哪[一1]?[部本篇首]")
#: A list asked for as a request (列一下, 挨个列, 一一列出, 能列个表吗): its items are the answer, even put as 能…吗.
_LIST_FORMS = r"一下|一列|出来?|个?清单|个?单子|个?表格?|张表"
#: One by one (挨个, 一一, 一项一项).
_ONE_BY_ONE = r"挨个儿?|一一|一(?:个一个|项一项|条一条|样一样|位一位|件一件)"
LIST_REQUESTED = regex(rf"(?:^(?:请|麻烦|帮我|给我)|{_ONE_BY_ONE})(?:给我|帮我)?列(?:列|{_LIST_FORMS}|举)?|"
                      rf"(?:{_ONE_BY_ONE})(?:说|讲|数|道)|"
                      rf"(?:(?<!要)能|可以|帮我?|给我|请|麻烦你?)(?:给我|帮我)?(?:罗?列|列举)(?:{_LIST_FORMS})?"
                      r"(?=[吗不呢呗吧]|\s*[??]|$)")
#: A list or a name is asked for.
LIST_WORDS = regex(rf"{LIST_REQUESTED.pattern}|哪[一1]?级|哪些|哪几|哪[1-9]\d*[个种项类条件]|哪[两三四五六七八九十]|{WORK_ASKED.pattern}|哪[一1]?份|哪[种样类]|"
                        r"什么|啥|是指|指的是|包括|包含|有哪|都有|分别是|是哪(?=[??\s]*$)")  # (另外几个是哪?: which ones)
#: How something is or was done, or why: the answer is a sentence, not a thing.
HOW_WORDS = regex(r"怎么样|怎样|怎么|如何|咋")
#: Why something was done: answered by a sentence that gives a reason (为了…, 确保…).
WHY_WORDS = regex(r"(?<![作成视称定列化改变分评奉选])为(?:什么|啥)|为何|什么原因|原因是|目的是|出于什么|"
                       r"(?:依据|理由|缘由)是(?:什么|啥)")  # (作为什么: as what; 依据什么要求推进?: a basis named, no reason)
#: Why a thing is said (为啥说能听进多少群众意见那么要紧?): its clause is the claim, whatever words it asks with.
WHY_SAID = regex(rf"(?:{WHY_WORDS.pattern})(?:说|讲|认为|强调)[^,,。;;!?!?]*")
#: A last clause that asks again what the one before asked, one by one (哪几个市?分别是什么?): after a 哪 question,
#: it asks no other kind.
ASKED_AGAIN = regex(r"(?<=[,,??。;;\s])(?:请)?(?:分别|各|都|具体)(?:是|为|叫|有)(?:什么|啥|哪些|哪几个|多少)(?:名字)?[??。\s]*$")
#: 以…为什么: as what, not why (以焦裕禄精神和沈浩精神为啥?).
AS_WHAT = regex(r"((?<![可所予加难足得之])以(?![前后来上下及便免致至外内])[^,,。?!]{1,20})为(?=什么|啥)")
#: What something is for is asked (效果是什么, 有什么用, 拿来干嘛的): answered as a why-question is, by a sentence
#: that gives a purpose (让…, 为了…).
PURPOSE_WORDS = regex(r"(?:效果|作用|目的|意义|用处|好处|用意|用途)(?:是什么|是啥|有哪些|有什么|何在|是(?=[??]*$))|有什么用|有啥用|"
                           r"(?:达到|起到|取得|收到)了?(?:什么|啥|哪些)(?:样的)?(?:效果|作用|成效|目的)|"
                           r"(?:干什么|干嘛|干啥|做什么)用|(?:拿来|用来)(?:干什么|干嘛|干啥|做什么)|是干什么的|是干嘛的|为了(?:什么|啥|干啥)|为的是(?:什么|啥)|图什么|图啥")
#: A yes/no question (the sentence that says so is the answer).
#: Tags asking to confirm what was just said (…对吧?, …对不对?).
_CONFIRM_TAGS = r"对不对|对不|对吧|是吧|没错吧"
YESNO = regex(rf"(?:(?<!干)吗|(?<![什怎这那多要])么|没有|(?<=[过完好])没|(?<=有)(?:(?!多少|几)[\u4e00-\u9fff]){{1,4}}没|不是|是否|有没有|是不是|能不能|会不会|{_CONFIRM_TAGS}|的吧)$|"
                   r"^(?:有没有|是不是)|是否|"
                   r"([\u4e00-\u9fff])[不没]\1")
#: What something is called asked (被形象地称作什么, 称为什么): a name the report gives it in quotes answers.
NICKNAME_ASKED = regex(r"称作|称为|叫做|被称|称之为|誉为")
#: A tag asking to confirm what was just stated (…对吧?, …是吧, …对不对?).
CONFIRMING_TAG = regex(rf"[,,\s]?(?:{_CONFIRM_TAGS}|对吗|是不是)[呀啊呢吗]?[??!!。.~～\s]*$")
#: A statement put to be confirmed (是搞两个月吧): with no question word, a yes/no question.
CONFIRMING = regex(r"吧$")
#: The true count asked after one stated (稿子写12个县,原文几个?, 我记得是20位,到底多少位?): the figure stated is a
#: claim to check, not what the answer must hold.
TRUE_COUNT_ASKED = regex(r"(?:原文|原稿|原数|报道里?|文中|实际上?|确实|到底|究竟|(?:准确|精确|确切|具体)(?:的)?(?:数字?|数目|口径)?|准数|确数|实数)"
                              r"(?:里|中|上)?(?:是|写的是|说的是|写|说|精确到)?(?:几|多少)")  # (…上下,精确数是多少?)
#: A guess at the answer told after the question (…跑了几个市?她记得是八个): a claim to check, not a figure the
#: answer is part of.
GUESS_TOLD = regex(r"[,,。]\s*(?:[她他我俺]们?|奶奶|爷爷|同事|有人)?(?:还|就)?(?:记得|说|以为|觉得|好像|印象中|听说)(?:好像|的)?"
                   r"(?:是|有)?[^,,。?!]{0,6}$")
#: A clause telling what someone says or remembers (同事说刘云山4月来的, 她说是四月份): a claim, where a date is asked.
HEARSAY_CLAUSE = regex(r"[^,,。?!]{0,8}?(?:说|记得|以为|听说|印象中)[^,,。?!]*")


def hearsay_at(text: str, at: int) -> bool:
    """Does the character at `at` stand in a clause telling what someone says or remembers (`HEARSAY_CLAUSE`)?"""
    return any(m.start() <= at < m.end() for m in HEARSAY_CLAUSE.finditer(text))


#: A figure or what something is stated and asked back (督导组开了642场座谈会?, 暗访组是处级干部带队?): a yes/no
#: question with no question word.
CLAIM_ASKED = regex(r"(?:\d|是)[^?？]*[?？]+\s*$")
#: 第几批: an ordinal is asked for.
ORDINAL_ASKED = regex(r"第几")
#: The kind of people a figure counts is asked (1140人是查处的什么人?): what the sentence says of them answers.
PEOPLE_KIND_ASKED = regex(r"(?:什么|啥|哪类|哪种|哪一类|什么样)的?人(?![数次]|员[数次])")
#: ... or which people, where no count of them is said (马鞍山给哪些人送学了?; not 8位第一组长是哪些人?, their names).
PEOPLE_WHICH_ASKED = regex(r"哪(?:些|几类|几种)人(?![数次]|员[数次])")
#: Asking for the members of a set the report may only count (8位第一组长具体是谁? 6个市分别是哪些?; not 具体有多少, a count).
MEMBERS = regex(rf"{LIST_REQUESTED.pattern}|"
                 r"分别是|分别叫|分别由谁|各是谁|各由谁|各自是谁|分别[归让]谁|分别指|具体指|具体包括|具体(?:是|有|都)(?!哪[1一]|多少|几|怎|如何|咋|为什么|为啥|何时|什么时候|哪天|哪年)|具体哪|都是哪|都是谁|都有哪|都有谁|里有谁|是哪些人|名单(?![里中内上])|"
                     r"具体内容|(?:具体|都)?包含(?:哪|什么|啥)|"
                     # (暗访查的50个县,能不能点个名?, …案例,能说几个吗: names asked for, a few at least)
                     r"(?:能不能|能否|可否|可以|能|帮我?|给我?)点[个一下]*名(?=[吗不呢吧呀啊]|\s*[??]|$)|(?:能|可以)?(?:说|举|列)几个(?:出来)?(?=[吗不呢吧呀啊]|\s*[??]|$)|"
                     r"有哪些人|涉及哪些人|成员有|成员是|成员谁|成员为谁|哪(?!1[个项]?(?:事情|事|环节|方面|步|阶段|类|种|统计))[几两三四五六七八九十\d]+[个位项条家间本部份]|哪[两三四五六七八九十\d]+样|"
                     r"(?:\d+|[两三四五六七八九十]{1,3})[个位项条类种名家](?:[\u4e00-\u9fff]|[((][\u4e00-\u9fff、]{1,6}[))]){0,8}?(?:都|分别|具体)?"
                     r"(?:[有是]哪(?:些|几)|有(?:啥|什么)$)|"  # 16个省辖市有哪些?, 39项任务都有啥?, 那十个县(区)是哪些?
                     # (after a space or a comma, where which ones end the question: 50个县 有哪些, 10个县(区),是哪些县?)
                     r"(?:\d+|[两三四五六七八九十]{1,3})[个位项条类种名家](?:[\u4e00-\u9fff]|[((][\u4e00-\u9fff、]{1,6}[))]){0,8}?[\s,,]"
                     r"(?:都|分别|具体)?[有是]哪(?:些|几)[个种]?[\u4e00-\u9fff]{0,2}$|"
                     r"(?<![\d.])(?:[2-9]|1\d|[两三四五六七八九十]{1,2})[个项条类种样](?:都|分别|具体|到底|究竟)?是(?:啥子?|什么)(?:内容|东西)?(?=$|[,,\s])|"  # 八个都是啥(内容)?
                     r"\d+[个位项条类种名家][^,,。;;]{0,10}?(?:都|分别|具体)?叫(?:啥|什么)(?=名|[\s,,。??!!~吗呢啊呀哦嘛]|$)|"  # 那10个县(区)叫啥名?, 那10个县都叫啥 (not 叫啥车: which one)
                     r"(?<![\d.])(?:[2-9]|1\d|[两三四五六七八九十]{1,2})[个项条类种][^,,。;;]{0,8}?各(?:管|抓|负责|针对|指|是)(?:啥|什么|哪)")  # 8个分方案各管什么领域?
#: Who a sentence says does a task: 由 a body or people and the verb (由乡镇 (街道)党(工)委负责同志兼任第一书记).
DONE_BY_BODY = regex(r"由([^,,;;。由]{2,16}?)(任|兼任|担任|牵头|负责(?!同志|人)|带队|主持)")
#: Holding a post (任, 担任, 当): one deed however it is said.
HOLDS_POST = regex(r"兼任|担任|出任|任|当")
#: ... or by people counted, of a kind (选配8位省级党员领导干部分别担任…第一组长): who they are, as a kind.
DONE_BY_PEOPLE = regex(r"\d+[位名]([^,,;;。]{2,12}?(?:干部|同志|领导|书记))(?:分别)?(任|兼任|担任|牵头|带队|主持)")
#: Words for a way of doing things: a sentence that names its way (创新开门纳谏方式,依托…) tells how it was done.
METHOD_KINDS = frozenset("方式 方法 办法 做法 途径 渠道 措施 手段 形式 举措 载体".split())
#: A kind of thing asked for (哪类案件, 什么样的做法), not which ones: a word of that kind with what sets it apart answers.
KIND_ASKED = regex(r"哪一?[类种]|什么样|啥样|什么类|什么性质")
#: The kind of place asked for (什么地方, 哪类地方), not which ones.
PLACE_KIND_ASKED = regex(r"(?:什么样?的?|啥|哪类|哪种|哪一级|哪级)(?:地方|地区|层级)")
#: Places asked for by their kind (都是哪几个县?, 哪些城市).
PLACES_ASKED = regex(r"哪(?:些|几|\d+|两)?[个座]?(?:县|市|区|地方|城市|乡镇|省辖市|地市)|"
                          r"(?:县|市|区|城市|乡镇|省辖市|地市)(?:\([^)]*\))?(?:都|分别|具体)?[是有]?哪(?:些|几个)")
#: Kinds of body (哪个机构?): a body the sentence names (领导小组, 省委) is one.
BODY_KINDS = frozenset("机构 部门 机关 组织".split())
#: ... one of them in a question (哪个部门编印的?).
BODY_KIND = regex("|".join(sorted(BODY_KINDS)))
#: Where something goes is asked (往哪儿去, 到哪里去) ...
DESTINATION_ASKED = regex(r"往哪(?:儿|里|边)?|到哪(?:儿|里|边)?去")
#: Where a thing was posted or asked for (“欢迎拍砖吐槽”是在哪儿发的?, 在哪征求网友意见的?): the medium it went through…
MEDIUM_ASKED = regex(r"哪(?:儿|里|边)?(?:发|贴|喊|征求|征集|收集|发布|登)")
#: ... which a sentence names (利用官方微博征求意见, 依托市级主要媒体).
MEDIUM_SAID = regex(r"(?:利用|通过|借助|依托|开通)[^,,。;;]{0,6}?(?:微博|网上|网络|网站|平台|媒体|热线|电话|报纸|电视)")
#: ... and a sentence says it (到群众中去, 到基层去).
DESTINATION = regex(r"(?:到|往|向)[^,,;;。]{1,8}(?:中|里)?去")
#: ... and a question that asks what is done there, with or without 去 (下到群众里头都干点啥?).
DESTINATION_DOING = regex(r"(?:到|往|向)[^,,;;。]{1,8}?(?:中间|当中|中|里头|里面|里边|里)(?=[都又还就]?(?:去|干|做|搞))")


def going_asked(folded: str) -> re.Match[str] | None:
    """Where a question says going somewhere (到群众里头去, 下到老百姓中间干啥), if it does."""
    return DESTINATION_DOING.search(folded) or DESTINATION.search(folded)

#: The places of one level asked for by name (暗访了哪些县?, 10个县是哪些县?): a count of them (50个县) is no answer.
LEVEL_NAMES_ASKED = regex(r"哪(?:些|几个|\d+个)(?:县|区|乡镇|街道|村)|(?:县|区|乡镇)(?:都|分别|具体)?是?哪(?:些|几个)")
#: A list of a given size asked for (哪两种精神, 哪3个县): the answer lists that many.
ASKED_SIZE = regex(r"哪(\d+|[两二三四五六七八九十])[种位个项条类名句面件]")
#: The first or last items of a list asked for (前两面, 头两个, 后两个): the list answers, cut to them.
LIST_ENDS_ASKED = regex(r"([前后头末]|最后)([两二三四五六七八九十\d])(?:个|面|项|条|种|类|样|句)")
#: Since when something is counted (从什么时候开始算的?): answered by the point it is counted from (活动启动以来).
SINCE_ASKED = regex(r"从(?:什么时候|何时|哪天|哪年|啥时候)|(?:什么时候|何时|啥时候)(?:开始|起)")
SINCE = regex(r"[\u4e00-\u9fff]{2,8}以来|截至目前")
#: Counting from a point (算起, 起算): the count's start asked, no deed.
COUNTING_FROM = regex(r"算起|起算|计起|起计|开始算|开始统计|统计起")
#: Up to when a figure counts is asked (这个数统计到什么时候?), and what answers it without a date (截至目前).
UNTIL_ASKED = regex(r"(?:(?:统计|算|数)到|截[至止]到?)(?:什么时候|何时|啥时候|哪天|几号|哪1天)")
UNTIL_SAID = regex(r"截[至止]目前|截[至止]到?现在|目前")
#: When, asked without a calendar (什么时候能感受到变化?, not 哪天 or 几号), of no start or end (啥时候开始?) ...
WHEN_ASKED = regex(r"(?:什么时候|啥时候|啥时|何时|多会儿|几时)(?![^,,。??]{0,2}(?:开始|启动|开展|结束|截止))")
#: ... and what answers it without a date: from the very start (从一开始就感受到). (Not 在…同时 or 立行立改: they
#: tell when it is done, not when it ends, which 啥时候能改完? asks.)
RELATIVE_TIME = regex(r"从一开始|一开始就")
#: ... or from when a thing can be done or felt (从什么时候开始能感受到?), not when it began (从什么时候开始的?).
SINCE_WHEN_ABLE = regex(r"(?:什么时候|何时|啥时候)(?:开始|起)(?:就|能|会|可以|便)")
#: A word naming a result or a state reached (完成, 办结, 改完, 合格, 到位): a figure asked of it counts only what
#: reached it, so a sentence that gives no result at all (公布39项任务) does not answer 完成了多少项.
RESULT_WORD = regex(r"[\u4e00-\u9fff](?:完|毕)(?![成善整全备])|[\u4e00-\u9fff]好(?=了)|办结|完结|完成|合格|达标|到位|落实")
#: A modal before a result (要完成的, 待落实的): the result is a goal, not one reached.
GOAL_BEFORE = regex(r"(?:要|需要|应该?|待|须|必须|计划|准备|将)$")
#: What is to follow a result (学完要讨论几回, 改完后再…): the result is the time of what is counted, not its state.
THEN_AFTER = regex(r"(?:以?后|之后)?(?:要|再|就|还要|得|须|需)")
#: Doing a thing another time (又来了, 再次暗访, 又下去): a date claimed for it is not the date the passage gives.
ANOTHER_TIME = regex(r"又(?=[\u4e00-\u9fff])(?!是)|再次|再一次|第二次|重新")
#: ... and 再 anywhere after a month a yes/no question names (4月份还有再组暗访组吗?): that month is another time too.
AGAIN = "再"
#: A verb said done (已经整改, 已办): what is counted is what it was done to.
ALREADY_DONE = regex(r"已经?([\u4e00-\u9fff]{2})")
#: The characters that end a verb with the result it reached (整顿完, 改好, 整改完毕).
RESULT_CHARS = frozenset("完毕好")
#: What a word of the general language ends in when it names a measure of it (采纳率, 满意率): a noun.
MEASURE_SUFFIXES = frozenset("率")
#: Things done, said one way or another (办结, 完成, 解决, 整改完毕).
DONE = regex(r"办结|完结|完成|完毕|解决|到位|[改办]正?完|[改办]正?好|[改办]正?利[索落]")
#: A result not reached (没整改完, 尚未完成, 还在改): the figure asked is of those under way.
UNFINISHED = regex(r"(?:没|未|没有|尚未|还没)[\u4e00-\u9fff]{0,3}(?:完|毕|好|成|到位|落实|解决|利索|利落)|[还尚仍](?:在|处于)|处于[\u4e00-\u9fff]{1,4}中|正在|"
                        r"还[有剩](?:多少|几)[个项条]?(?:在|正)|还[有剩](?:多少|几)[\u4e00-\u9fff]{1,4}?(?:在|正在)[改整办做处]|"
                        r"还剩[^,,。??]{0,8}?在[改整办做处]|多少[个项条]?[\u4e00-\u9fff]{1,2}着")  # (多少个整改着: under way)
#: ... and what says it is under way (1253个正积极整改中).
UNDER_WAY = regex(r"正在|正[\u4e00-\u9fff]{0,4}中|进行中")
#: Which ones of a kind are asked for (哪些单位, 哪几类党员): answered by naming or listing them.
WHICH_ONES = regex(r"哪(?:些|几|个|家|类|种)")
#: Parts of speech of nouns that name deeds (工作, 活动): a kind of deed is answered by what was done.
DEED_POS = frozenset({"v", "vn", "vd"})
#: A figure the asked ones are drawn from, by what is said of them (19位省领导中,担任省长的是哪1位?, 19位省领导里,点了名的
#: 是哪几位): not how many are asked for (but 其余的是谁? and 排第一的是哪1项? ask beyond the ones named).
POOL_ASKED_FROM = regex(r"(\d+)[个位名项条类种家][\u4e00-\u9fff]{1,6}?(?:当中|之中|里面|里头|中|里)[,,]?"
                        r"(?!其余|其他|其它|剩下|剩余|排第|第|具体|都|分别|究竟|到底|还|又)[\u4e00-\u9fff]{1,8}?(?:的(?:是|有)|是)哪")  # (…里面,省委副书记是哪一位?)
#: Besides X, which others (除了合肥还有哪些?): answered by naming others than X.
#: (the words between say who: 安徽还拿谁…?; not whether: 除了四风共性问题,是不是还整治了…? asks of a claim)
_OTHERS_ASKED = r"[,,]?(?:(?!是不是|是否|有没有)[\u4e00-\u9fff]){0,4}?(?:还有|还|另外)"
BESIDES = regex(rf"除了?([^,,]{{1,8}}?)(?:以外|之外)?{_OTHERS_ASKED}")
#: ... read first with nothing between it and 还/另外 (除了合肥另外几个是哪?: 合肥, not 合 and 肥 between).
_BESIDES_NEXT = regex(r"除了?((?:(?!以外|之外)[^,,]){1,8}?)(?:以外|之外)?[,,]?(?:还有|还|另外)")
#: ... with no 除, the thing set aside opening a clause (…6个市,合肥以外还有谁?).
_BESIDES_AFTER = regex(rf"(?:^|(?<=[,,\s]))(?!除)([^,,\s]{{1,8}}?)(?:以外|之外){_OTHERS_ASKED}")


def besides(folded: str) -> re.Match[str] | None:
    """What is set aside before asking for the others (除了合肥还有哪些?, 合肥以外还有谁?): group 1 is it."""
    return _BESIDES_NEXT.search(folded) or BESIDES.search(folded) or _BESIDES_AFTER.search(folded)

#: Characters the segmenter glues to a noun before them (微博上, 微博来): where or whither, no part of it.
GLUED_AFTER_NOUN = frozenset("上里中内来去")
#: An amount said vaguely before a thing (收到很多意见, 走访了好多户): the thing whose count is asked after it.
VAGUE_AMOUNT = regex(r"(?:很多|好多|不少|许多|大量|那么多|这么多|老多|贼多|老鼻子)(?:的)?")
#: Words that speak of some of a kind without naming them (一些单位, 部分县, 不少网民).
INDEFINITE = regex(r"一些|部分|不少|有的|许多|很多|若干|个别|一批|各(?=[\u4e00-\u9fff]{2})")
#: Any question word; a term right next to one is what is asked about.
#: Words that ask what, which, how many, who or how (the yes/no particle aside) ...
#: 几 and 多少 that count vaguely, asking nothing (好几年, 十几个, 没几天, 没念过多少书).
VAGUE_COUNT = regex(r"(?:好|十|没|(?<=[那这])(?=几[个位项条句种样]))几|没(?:[\u4e00-\u9fff]{1,2}过)?多少(?=[\u4e00-\u9fff])")
WH_WORD = regex(r"多少|(?<![那这])几(?!\d)|哪|什么|啥|谁|何|怎|如何|干[嘛吗]")  # (去干嘛: to do what; 干嘛 is no particle; 几10年: 几十, rough)
#: ... and with it.
QUESTION_WORD = regex(rf"{WH_WORD.pattern}|吗")
#: Any word that asks (多少, 几, 哪, 多久, 咋样): without one, 人数 or 时间 in a claim (人数是1140人吗?) only names its kind.
ASKING = regex(rf"{WH_WORD.pattern}|多[久长大高远重]|咋")
#: What is asked about stands right after these (多少经费, 多大年纪, 什么电影) ...
FACET_AFTER = regex(rf"(?:多少|几|什么|啥|哪|多大|多长|多久|多高)(?:\d|{UNIT_PATTERN}|的)*(?:是|为)?")
#: ... or right before these (市长是谁, GDP是多少, 经费一共有多少, 经费要求是多少; not 比作啥, where 啥 is the verb's
#: object).
#: Adverbs between who does a thing and the verb (领导小组|专门|召开, 街道|也分别|派出).
DOER_ADVERBS = regex(r"(?:专门|先后|分别|也|都|共同|均|又|还|已|已经|首先|率先|带头|集中|认真|积极|研究)+$")
#: "That is", said before what asks (单位就是一共是有多少家).
_THAT_IS = r"(?:就是|也就是)?"
_FACET_ADVERB = r"(?:分别|各自|各|具体|都|究竟|到底|又|一共|总共|共|合计|总计|累计|大概|大约|大致)?"
#: When what is asked stood so (一把手当时是谁): no verb between the facet and what asks it.
_FACET_WHEN = "当时|那时候?|那会儿?|现在|如今|当年"
#: Adverbs of a total (一共, and 拢共/统共 of regional speech).
_ALL_TOGETHER = "一共|总共|拢共|统共|总计|合计"
#: ... and words that sum up as a verb does (全省加起来有多少家, 单位,全省共计多少家).
_SUMMED = "共计|累计|加起来|合起来|加在一起"
#: ... any of them, asking without a verb (单位合计多少家, 经费合计多少).
_AGGREGATE = rf"(?:{_ALL_TOGETHER}|{_SUMMED}|算下来)"
FACET_BEFORE = regex(rf"^{_THAT_IS}(?:的?(?:要求|标准|数额|金额|总额|规模|数目)?(?:{_FACET_WHEN})?{_FACET_ADVERB}(?:是|为|叫|叫做)|"
                          rf"{_FACET_ADVERB}(?:是|为)?有|占)(?:谁|多少|几|什么|啥|哪|多久|多长|多大|多高)|"
                          # (单位合计多少家: a sum asked of a thing; not 议事共计几次 or 报告一共多少场, times or events held,
                          # nor 三类合计多少人, people)
                          rf"^{_THAT_IS}{_AGGREGATE}(?:多少|几)(?![次回遍趟场期届轮人名位])|"
                          # (号码能报一下吗: a thing asked for by a request to tell it …)
                          r"^(?:能|可以|可否|能否|能不能)(?:报|告诉|提供|透露)(?:一下|下)?(?:给?我)?(?:吗|不|么|嘛|呢)?(?=$|[,,。??\s]|我)|"
                          # (号码给我一个: … or to hand it over)
                          r"^(?:能|可以|能不能)?(?:发给|给|发)我(?:[一1]个|个|[一1]下|下)?(?:吗|不|么|嘛|呢|吧|呗)?(?=$|[,,。??\s])")
#: ... or, for nouns only, right before these without a verb between (年纪多大, 意见多少条).
FACET_BEFORE_BARE = regex(r"^(?:多少|多大|多长|多久|几)")
#: An amount asked of a word the dictionary tags as a verb, where only a noun can stand: right after 多少/几 and its
#: measure word, at the end of a clause (发了多少补助; not 培训多少人, where the verb counts the people after it).
AMOUNT_AFTER = regex(rf"(?:多少|几)(?:{UNIT_PATTERN})?$")
#: Times asked right after a verb (商量了几回?, 督导过多少次): the times counted are of doing it, so the answer must say
#: it was done (not 集中学习103800多次 for 碰头商量了几回).
TIMES_AFTER_VERB = regex(r"[了过]?(?:几|多少)[次回遍]")
#: Parts of speech of words that can name what is asked right next to a question word (年纪 is tagged t,
#: 经费 vn in jieba's dictionary).
FACET_POS = frozenset({"n", "nr", "nr1", "nr2", "nrt", "nrfg", "ns", "nt", "nz", "ng", "eng", "nl", "nx", "j", "vn",
                       "t", "an", "a"})
#: Parts of speech of a word before 是多少/是什么 that says how exactly it is asked (准确, 具体, 大概), not what.
HOW_EXACTLY_POS = frozenset({"a", "ad", "d"})
#: Parts of speech of verbs: in a yes/no or a when-question an unknown verb is what is asked (合肥会下雨吗?,
#: 刘云山哪年出生的?).
VERB_POS = frozenset({"v", "vd", "vi", "vq"})
#: ... and, with verbs, the parts of speech of words that frame a question more than they name what it is about
#: (针对, 通过, 已经, 普遍): a passage that says it otherwise still answers.
FRAMING_POS = VERB_POS | {"p", "d", "ad", "c"}
#: A yes/no question's claim of how, or by whom, a thing was done (是靠官方微博收的吗?, 是不是由厅级干部担任?).
MEANS_CLAIMED = regex(r"(?:是不是|不是|都是|是)(靠|用|通过|依托|利用|借助|由)")
#: A yes/no question's claim of who did a thing, with no 由: before the verb (是不是省纪委召开的?) or after the
#: deed (带头撰写…文章的是省长王学军,对吗?). The claim must name a body or a post (`BODY`) to be one.
AGENT_CLAIMED = regex(r"(?:是不是|不是|是)(?=[\u4e00-\u9fff]{3,14}的(?:[,,]?(?:对|是吧|是不是|没错|对不对))?$)")
DOER_CLAIMED = regex(r"的(?:是不是|是)([\u4e00-\u9fff]{2,8}?)(?:,?(?:对|是吧|是不是|没错))?$")
#: ... and a passage that says how a thing was done (依托市级主要媒体, 通过发放征求意见函): one that can settle it.
MEANS_SAID = regex(r"依托|通过|利用|借助|采取|采用|运用|依靠")
#: The means something was done by is asked (用的是什么?, 靠啥?, 通过什么渠道?, 用网上的什么?): a sentence that says one
#: (`MEANS_SAID`).
MEANS_ASKED = regex(r"(?:用|靠|通过|借助|依托)(?:的|了)?(?:是)?(?:[\u4e00-\u9fff]{1,3}的)?(?:什么|啥|哪个|哪种|哪一种|哪些)")
#: jieba's tag for a set four-character idiom (微服私访): said by the report's word for it, what the question names.
IDIOM_POS = frozenset({"i", "l"})
#: Another place or tier turned to after a clause that tells of one (梳理出市县两级…意见建议 那乡镇一级…多少条?): the
#: word right after 那.
TURNED_TO = regex(r"(?:^|[,,;;。\s])那么?(?=[\u4e00-\u9fff])")
#: A part of a whole asked for by what sets it apart (意见里有多少条是关于四风的, 意见中通过网络收集的有多少条,
#: 意见里涉及四风的占多大比例): the answer must say that part, not the whole.
SUBSET_ASKED = regex(r"(?:里|中|当中|之中|里面)[,,]?(?:有)?(?:多少|几)[^,,。?]{0,3}?(?:是|属于|关于|涉及|来自)+(?P<part>[^,,。?]{2,8}?)"
                          r"(?:的|$)|(?:里|中|当中|之中|里面)[,,]?(?:是)?(?:通过|用|靠|经由|来自|属于|涉及)(?P<means>[^,,。?]{2,8}?)"
                          r"(?:收集|征集|征求|反映|提出|查处|解决|整改)?的?(?:有|是)?(?:多少|几)|"
                          r"(?:里|中|当中|之中|里面)(?:涉及|关于|属于|有关)(?P<share>[^,,。?]{2,8}?)的?(?:占|比例|比重)|"
                          r"\d(?:万|亿)?(?:多|余)?[个条项名位人次场份户件](?:[\u4e00-\u9fff]{0,8}?)(?:里面|里头|当中|之中|里(?![面头边])|中(?!间))[,,]?"
                          r"(?P<among>(?![^,,。?]*?[了已])(?!有)[^,,。?的是哪多几]{2,8}?)的?(?:有|是)?(?:多少|几)|"  # 5322个联系点里村一级的有多少个?, 170人里厅级干部有多少
                          # (…派出的督导组中,派驻到村一级的有多少个?, 意见中说吃吃喝喝的有多少条: a part of those named,
                          # set apart after a comma or by what it says)
                          r"(?:里面|里头|当中|之中|中)(?:[,,]|(?=说|讲|提|关于|涉及|反映))(?P<apart>(?![^,,。?]*?[了已])(?!有)[^,,。?的是哪多几]{2,8}?)的(?:有|是)?(?:多少|几)")
#: Going to a tier (下村, 进村, 下乡, 入户): the tier is where it happened.
MOTION_TO_TIER = regex(r"[下进入到去赴回]([村乡镇户])")
#: A tier's level (县级, 县一级), said where the passage names the tier (105个县(市、区)).
TIER_LEVEL = regex(r"([省市县乡镇村区])级")
#: Where a thing is from, asked of the thing (哪里的媒体, 哪块的报纸): the tier it is of answers.
TIER_OF_ASKED = regex(r"哪(?:里|儿|块|一级|级)的(?=[\u4e00-\u9fff])")
#: ... also said with 一 (县一级), or pointed at (县(市、区)那一级).
TIER_LEVEL_SAID = regex(r"([省市县乡镇村区][)）]?)[那这]?一级")
#: Places of a tier, counted as units of it (多少个县级单位, 几个县级行政区): the tier's places (县); not bodies of a
#: tier among others (第一批查摆的问题里 市级单位多少个).
TIER_UNITS = regex(r"(?:(?<=多少个[市县乡镇村])|(?<=几个[市县乡镇村]))级(?:行政)?(?:单位|地区|区划|行政区)")
#: That figure, said short (1140人那个数说的是啥?): 那个数字, not a word 数说.
THAT_FIGURE = regex(r"([这那])个数(?![字据量目额])")
#: "Or so" after a figure and its measure word (12000人次上下, 两万条左右): how rough it is, no word to find.
ROUGHLY_AFTER = regex(rf"(?<=\d)((?:万|亿)?(?:多|余|来)?(?:{UNIT_PATTERN}))(?:左右|上下|前后)")
#: How a figure is said to be taken, before what it is asked to be (这个数字统计的是什么?, 指的是): no constraint.
FIGURE_TAKEN = regex(r"(?<=数字)(?:统计|计算|算)(?=的?是)")
#: What the counted things underwent, asked of a count (有多少条被采纳了?, 给办了多少条?, 多少条已经办理?): the
#: count is of those it was done to, so the sentence must say it was done.
COUNT_UNDERGONE = regex(r"(?:多少|几)[\u4e00-\u9fff]?(?:是|都)?(?:被|给|已经|已)(?P<done>[\u4e00-\u9fff]{1,2}?)(?=了|$|[,,。??])|"
                             r"[被给](?P<done_before>[\u4e00-\u9fff]{1,2}?)了?(?:多少|几)[\u4e00-\u9fff]?(?=$|[,,。??\s])")
#: 多少 negated, not asked (没念过多少书的党员有几个?), where another question word follows: "not much".
NEGATED_AMOUNT = regex(r"(?<=[没不])([\u4e00-\u9fff]{0,2}?)多少(?=[\u4e00-\u9fff][^?？]*(?:多少|几))")
#: Who heads a body, by its post (省政府的当家人 is the 省长): read as the post.
HEAD_OF = {"省委": "省委书记", "省党委": "省委书记", "省级党委": "省委书记", "省里": "省委书记", "安徽省": "省委书记", "安徽": "省委书记", "全省": "省委书记", "省政府": "省长", "省政协": "省政协主席", "省人大": "省人大常委会主任", "市委": "市委书记",
           "市政府": "市长", "县委": "县委书记", "县政府": "县长", "中央": "总书记"}
_HEAD_WORDS = (r"(?:头儿|头头|一把手|当家人|掌门人|老大|主要领导|主要负责人|一号人物|掌舵人|带头人|最高领导|首脑|首长|(?<!里)头|"
               r"最大的?(?:干部|官儿?|领导))")
_BODIES = '|'.join(sorted(HEAD_OF, key=len, reverse=True))
HEADS = regex(rf"(安徽)?({_BODIES})的?{_HEAD_WORDS}(?![\u4e00-\u9fff]*[书长席任])(?!们)")
#: ... and its heads, several (省里的主要领导们, 省里头头们): the body's leaders (省领导).
HEADS_SEVERAL = regex(rf"(安徽)?({_BODIES})的?{_HEAD_WORDS}们")


def leaders_of(body: str) -> str:
    """The word for a body's leaders (省里 → 省领导, 中央 → 中央领导)."""
    return "中央领导" if body == "中央" else HEAD_OF[body][0] + "领导"


#: A meeting asked by 会 alone where something was done at it (在什么会上点评的?): 会议, which the report's
#: meetings are (点评通报会, 常委会议).
MEETING_AT = regex(r"(?<=[么啥])会(?=[上中里])")
#: A body's 书记 said to be its highest (省里的一把手书记, 省里顶顶大的那个书记): the body's head post.
TOP_SECRETARY = regex(rf"(安徽)?({'|'.join(sorted((b for b, post in HEAD_OF.items() if post.endswith('委书记')), key=len, reverse=True))})的?"
                           r"(?:一把手|最大|顶顶大|头号|老大|最高)的?(?:那个|那位)?书记")
#: The province's bodies named by the province without 省 (安徽政协的头儿): its 省政协.
PROVINCE_BODY = regex(r"安徽(?=政协|政府|人大)")
#: One more item of a list asked (…,还有一样是啥?, 剩下一个呢?): which one, not 一样 (alike) or a count of one.
REMAINING_ONE = regex(r"(?<=还有|剩下|另外)(?:一|1)(?=[样个种项条](?:是|叫|呢))")
#: The other items of a list asked, the question ending there (我就记得吃喝,另外几个?): which they are, not how many.
OTHERS_ASKED = regex(r"(?<=另外|其他|其余|剩下)的?几个(?=[呢啊呀嘞]?$)")
#: The capital standing for the central authorities (北京来的大领导, 北京哪个大官来过): 中央, where someone comes
#: or is sent from it, or a leader is of it; not the city (北京市, 北京有多少人口, 北京天气).
CAPITAL_FOR_CENTRE = regex(r"北京(?![市城])(?=(?:那个|那位|哪个|哪位|的)?(?:下来|来|派|大领导|大官|领导|大佬|首长))")
#: 大 making a leader a senior one (大领导, 大干部): it says how high, no word a passage would use.
SENIOR_LEADER = regex(r"(?<![最很])大(?=领导|干部|首长)")
#: Posts held by one person each, as a report names them (省委书记, 省长): the post may stand for its holder.
TOP_POST = regex(r"(?<![副])(?:省委书记|省长|省政协主席|省委副书记|市委书记|市长|县委书记|县长)")
#: An adverb between a doer and the deed (省委书记|亲自|去了…).
ADVERB_BEFORE_DEED = regex(r"亲自|先后|专门|也|还|都|又")
#: A one-character verb asked what of (学什么, 都学些啥, 还学了啥): answered by what it is done to.
VERB_ASKED = regex(r"([\u4e00-\u9fff])(?:了|过)?(?:些|的是|的)?(?:(?:什么|啥)(?:东西|内容)?|哪些)(?:$|(?=[,,;;]))")
#: A verb asked what it is done with (拿什么来对照): answered by what follows the verb in the report.
VERB_ASKED_WITH = regex(r"拿(?:什么|啥)(?:来|去)?([\u4e00-\u9fff]{2})")
#: A verb asked how it is done (怎么学的?): answered by the ways the report lists (集中学,专题学,讨论学).
VERB_HOW_ASKED = regex(r"(?:怎么|咋|如何|怎样)(?:个)?([\u4e00-\u9fff])(?:的)?(?:$|(?=[\s,,;;。??]))")


@functools.cache
def parallel(verb: str, manner: bool = False) -> re.Pattern[str]:
    """Three or more clauses that open with the same verb (学原著,学党史,学先进): what the verb is done to, listed;
    with `manner`, that end with it (集中学,专题学,讨论学): the ways it is done."""
    item, mark = r"[^,\uff0c。;\uff1b、]{1,6}", r"[,\uff0c、]"
    if manner:  # (or two set phrases side by side: 即知即改、立行立改)
        return re.compile(rf"(?:^|[,\uff0c。;\uff1b、\s])(?:{item}{verb}{mark}{item}{verb}{mark}{item}{verb}|"
                          rf"[^,\uff0c。;\uff1b、]{{3,6}}{verb}、[^,\uff0c。;\uff1b、]{{3}}{verb})(?:$|[,\uff0c。;\uff1b、])")
    return re.compile(rf"(?:^|[,\uff0c。;\uff1b、\s]){verb}{item}{mark}{verb}{item}{mark}{verb}")


#: What something is, or where it stands (学习教育处在什么位置?, 是什么环节?): a sentence that says "X,是…" of it answers.
#: 定位 typed alone after what it is asked of (四解决四推动 定位).
_TERSE_STANDING = r"(?<![\u4e00-\u9fff])定位$|(?:(?<=的 )|(?<=的))地位$"
DEFINITION_ASKED = regex(r"(?:处于|处在|算(?:[\u4e00-\u9fff]{0,6}?的)?|是|(?:定位|界定|定性)[成为]?|放在(?:[\u4e00-\u9fff]{0,12}?的)?)(?:个|一个|1个)?(?:什么|啥|哪)"
                              r"(?:样的|个|一类|一种|类|种|一)?(?:位置|地位|定位|环节|角色|性质|阶段|步|环)|"
                              rf"(?:位置|地位|定位)(?:是|[成为]了?)?(?:什么|啥|如何)|{_TERSE_STANDING}|"
                              r"(?:怎么|怎样|如何|咋)(?:定位|界定)|"
                              r"(?<=[里中])算(?:个|是)?(?:什么|啥)")  # (在整个活动里算个啥?)
#: A definition asked as the kind of thing it is (是什么性质的, 是什么环节): answered by the sentence that names it so,
#: not only by one that says what the thing is.
KIND_OF_STANDING = regex(r"性质|环节|阶段|步|环")
DEFINES = regex(r"^([\u4e00-\u9fff]{2,8})[,\uff0c]?是")
#: A thing pointed at again right after it is named (学习教育这一步), or the stage something is done in (听取意见环节中,
#: not 第一环节 or 什么样的环节): no word the answer must say.
POINTED_AGAIN = regex(r"(?<=[\u4e00-\u9fff])[这那](?:一步|一环)|(?<=[\u4e00-\u9fff]{2})(?<![的么个一二三四五何哪啥米嘛种样])环节(?=中|里|时|上|[,,])|"
                          # (运用了哪些方法: the verb of using only frames the method asked)
                          r"(?:运用|采用|采取|使用|利用)(?=了?(?:哪些|什么|何种|啥|怎样的)(?:具体|工作)?(?:方法|办法|措施|举措|方式|手段))")
#: How something was done is asked (具体是咋操作的, 怎么打分), not what it is (咋回事) or of what kind (怎样的原则).
DONE_HOW_ASKED = regex(r"(?:怎么|怎样|如何|咋)(?!回事|样?的|么样|样$)")
#: ... and how it is carried out, step by step (操作流程, 具体步骤).
PROCEDURE_ASKED = regex(r"流程|步骤|具体操作|操作方法|操作办法")
#: What a thing means or holds, asked (走读风具体指的啥?, 群体像具体是怎么画的?, 有什么例子?): a list that only
#: names it among others does not say.
MEANING_ASKED = regex(r"具体(?:是)?指|是指|指的是|(?:什么|啥)个?意思|含义|具体(?:是)?(?:怎么|咋|如何|怎样)|具体做了|(?:什么|啥)例子|举个例")
#: What is crucial, asked (关键看啥?, 最重要的是什么?): a sentence that says what is (…,至关重要; 关键看班长) answers.
#: How much a thing matters, asked (有多重要?, 重不重要?, 要不要紧?, 分量多重?): answered the same way, whatever is
#: counted in it.
IMPORTANCE_ASKED = regex(r"(?:有|是)?多(?:么)?(?:重要|要紧|关键)|重不重要|要不要紧|关不关键|重要性|重要程度|(?<=的)分量|"
                          r"分量(?:有)?多[重大]|多大(?:的)?分量|"
                          # (听意见在活动里算关键吗?, 活动搞得好不好 关键: whether it is, or what is, crucial)
                          r"算(?:是|得上)?(?:很|最|挺|十分|非常)?(?:关键|重要|要紧)$|(?:好不好|成不成|行不行)\s*(?:关键|重要|要紧)$")
KEY_ASKED = regex(r"关键的?(?:是|在于|在|要看|看|是看|就看|就是看|主要看|要靠|靠|取决于)个?(?:(?:什么|啥|哪个?)地方|什么|啥|哪里?|谁|哪[1一]?[点样]|哪个?方面)|(?:什么|啥)(?:最|是|最为)(?:关键|重要|要紧)|(?:最)?(?:重要|要紧)的?(?:是|在于|要看|看)(?:什么|啥|哪|谁)|"
                       + IMPORTANCE_ASKED.pattern)
KEY_SAID = regex(r"关键|至关重要|最为重要|最重要|重中之重|首要")
#: People at large, whose view of a thing a report may tell.
PUBLIC = r"网民|网友|群众|老百姓|百姓|民众"
#: The principle or attitude something is done by asked (整改遵循什么原则?, 秉持了怎样的工作态度?, terse 整改 原则)...
PRINCIPLE_ASKED = regex(r"(?:什么|啥|哪些|哪种|怎样的|什么样的?|某种|某些)(?:工作|整改)?(?:原则|态度|方针)|(?:原则|态度|方针)(?:是|为)(?:什么|啥|怎样)|"
                             r"(?<= )(?:原则|态度|方针)$")
#: ... and a sentence that says what is held to (坚持即知即改、立行立改; 按“一村(社区)一策、综合施策”的要求), by its
#: commonest word first.
PRINCIPLE_WORD = "坚持"
PRINCIPLE_SAID = regex(rf"{PRINCIPLE_WORD}|遵循|本着|按照?“[^”]{{2,24}}”的?(?:要求|原则|方针)|原则")
#: ... except the attitude of people at large (网民对…是个啥态度?), said by how they took it (引来不少网民“点赞”).
PUBLIC_ATTITUDE_ASKED = regex(rf"(?:{PUBLIC})[^,,。?!]*态度")
#: ... how people took something (引来不少网民“点赞”, 不少网民表示…).
REACTION_SAID = regex(r"点赞|表示|感受到|称赞|好评|满意|认可")
#: A judgment a yes/no question claims was passed (是不是批评安徽了?, 满意不?, 网民是否给予了正面回应?) ...
JUDGMENT_CLAIMED = regex(r"批评|表扬|夸奖?|赞扬|称赞|赞赏|肯定|否定|满意|不满意?|认可|好评|差评|回应|反对|支持|评价")
#: ... which a sentence that tells how it was judged settles, either way (给予高度评价, 引来不少网民“点赞”).
JUDGMENT_SAID = regex(r"评价|点赞|称赞|好评|认可")
#: What people at large feel, asked in their words (网民们觉着咋样?, 网民对这事啥感受?).
PUBLIC_FEELING_ASKED = regex(rf"(?:{PUBLIC})[^,,。]{{0,4}}?觉[得着]|(?:{PUBLIC})[^,,。??]*?(?:感受|感想|感觉|心情)")
#: What people at large said of a thing, told right after how they took it (引来不少网民“点赞”。|不少网民表示,…).
PUBLIC_STATEMENT = regex(rf"^\s*(?:不少|很多|许多|广大|一些|部分)?(?P<who>{PUBLIC})[^,,。]{{0,4}}?(?:表示|认为|反映|称|说)")
#: The standing of a thing asked by that word (学习教育的定位是什么?), answered only by what it is or is taken as
#: (not a person's position, 是啥地位, nor a kind, 什么性质).
STANDING_ASKED = regex(rf"定位(?:是|[成为]了?)?(?:什么|啥)|{_TERSE_STANDING}|"
                            r"(?:处于|处在|放在|摆在|置于)(?:个|一个)?(?:什么|啥|哪个)(?:样的)?位置")  # (处于什么位置)
#: What a thing is taken as (将之作为头道工序, 把…作为重要抓手): its standing.
TAKEN_AS = regex(r"作为")
#: What a thing is treated as, asked (被当成什么, 当啥用, 拿来当什么): 把X当作Y is said 以X为Y.
TREATED_AS_ASKED = regex(r"当(?:成|作|做)?(?:个)?(?:什么|啥)(?:用|的)?(?![\u4e00-\u9fff])")  # (not 当成什么主线: 主线 asked)
#: ... said by 以…为 (以焦裕禄精神和沈浩精神为镜子): where the question says 作为 or a word for it (当成).
TAKEN_AS_SAID = regex(r"以[^,,。;;]{1,20}?为(?![了何])")


def taken_as(thing: str) -> re.Pattern[str]:
    """What a sentence takes as `thing` (以焦裕禄精神、沈浩精神为镜 for 镜子), in group 1: 以 and 为 in one clause, the
    thing's first character after 为."""
    return re.compile(rf"以([^,,。;;以]{{1,20}}?)为{re.escape(thing[0])}")


#: What a thing named is taken from, asked (拿谁当镜子, 用什么当尺子): said 以X为镜, 以X为标尺.
TAKEN_FROM_ASKED = regex(r"(?:拿|用|以|把)(?:谁|什么|啥|哪[\u4e00-\u9fff]{0,2}?)(?:的?精神)?来?(?:当作|当成|作为|当|做|为)个?"
                              r"([\u4e00-\u9fff]{1,2})(?:[^,,。??的]{0,7}的([\u4e00-\u9fff]{1,2}))?")  # (作为对照自身的镜子)
#: 的 and a one-character noun after it (蹲的点, 挂钩的那种点): a compound said apart, where the characters before 的
#: and the noun make a word.
NOUN_AFTER_DE = regex(r"的(?:那种|这种|那个|这个|那些|这些)?([\u4e00-\u9fff])")
#: The asker's own place, pointed at (我们这边, 俺们那儿, 本地): a place the asker named of themselves is asked of.
HERE_OF_ASKER = regex(r"(?:我们|俺们|咱们|我|俺|咱)(?:这边|这里|这儿|那边|那里|那儿|这|那|当地|本地|市|县|村|镇)|本地|当地|这边|这里")
#: What a thing is taken as something for, after it (拿谁当镜子|来对照).
FOR_PURPOSE = regex(r"[来去好](?=[\u4e00-\u9fff])")
#: Results a verb reached, after it (撤掉, 改完, 收到): the verb alone says the event.
RESULT_COMPLEMENTS = frozenset("掉完好光走成到过住出")
#: The direction a verb's action takes, after it (查出来, 派下去).
#: One-character verbs that start a clause describing a thing (派下来, 查作风, 抓的, 搞的).
SINGLE_CHAR_VERBS = frozenset("派查抓管学听搞办印发开建设评选挑抽收列举")
#: A meeting held, right before the count of times asked (开了几次, 开过几回会).
MEETING_HELD = regex(r"(?:召开|开)[了过]?[,,]?$")
#: Characters that say a verb must, may or is meant to be done (要治, 想改, 该查): a modal, no part of the verb.
MODAL_CHARS = frozenset("要想该能会需可应得")
#: After a verb, a little of it (问下, 干点啥): shortened 一下 / 一点.
A_LITTLE = frozenset("下点")
#: Where a verb's action goes (登出来, 查下去): said after a verb, they add nothing to what is asked.
DIRECTIONAL_COMPLEMENTS = frozenset("出来 出去 下来 下去 上来 上去 起来 进来 进去 回来 回去 过来 过去".split())
#: Verbs of setting out (暗访组几号出动的?): when a group set out is when it did what it went for, a date the
#: sentence gives for it; no event the sentence must name.
SETTING_OUT = frozenset("出动 出发 动身 开拔 启程 成行".split())
#: Last characters of words that say where (下面, 里头, 那边): no half of a contracted word.
LOCATIVE_ENDS = frozenset("面头边")
DIRECTIONS = frozenset("来去")
#: Characters that negate: no content of their own.
NEGATIONS = frozenset("不没未别")
#: Characters that carry the grammar of a question, never read as a typo of a content word (书记是谁 is not 书记处).
FUNCTION_CHARS = frozenset("是的了在有和与及或被把对向到给让从为以之其这那谁啥咋吗呢吧么哪几多少什怎如何个位名些都也就还又再很会能要想可"
                           "因由将于经按据")
#: Characters the segmenter may glue to the one after them into a word of no dictionary (组|里担|的, 要学的是,
#: 意见|时用|的): a word of place or time after a noun, a modal verb.
GLUED_HEADS = frozenset("里要想能会时中后上下外")
#: Particles the cut leaves out that may end a word of the general language (心得, 随着, 不过).
WORD_ENDING_PARTICLES = frozenset("得地着过")
#: Verbs of saying, which so often report what someone said that they are never read as a typo (有人说 is no 人数).
SAYING_CHARS = frozenset("说")
#: People in general (工作人员, 人手, 被处理的干部): where people are counted, the figure's measure word (170人,
#: 1140人) says them (not people of one kind: 送学人员).
PEOPLE_IN_GENERAL = regex(r"工作人员|人手|人马|(?<![\u4e00-\u9fff])人员|(?<=[的名位个少])(?:人员|干部)")
#: Honorifics after a name (刘云山同志, as a child says it: 刘云山爷爷): they add nothing to who is meant.
HONORIFICS = frozenset("同志 先生 女士 老师 爷爷 奶奶 伯伯 叔叔 阿姨 大爷 大妈 大叔 老人家".split())
#: Words that ask for a role or title (担任什么职务?): answered by a sentence that names one.
ROLE_WORDS = regex(r"(?:职务|职位|官职|头衔|身份)(?:是|为)?(?:什么|啥)?|(?:什么|啥|何)官(?!方)|(?:什么|啥|何)职(?!能|责|工)")
#: Roles and titles a sentence can name.
ROLES = regex(r"书记|省长|市长|县长|主席|常委|组长|部长|厅长|局长|主任|委员|记者|编辑|领导|干部|负责同志|第一书记|一把手|班长")
#: Words for someone who leads (中央领导, 那位大领导) ...
LEADER_WORDS = frozenset("领导 大领导 首长 官员 高官 大官 领导人".split())
#: ... and the posts leaders hold (省委书记, 常委, 省长), by which a passage names them.
LEADING_POST = regex(r"书记|省长|市长|县长|主席|常委|部长|厅长|局长")
#: A group's leader asked of (暗访组的领导) ...
GROUP_LEADER = regex(r"[组团队](?:的|里的)?(?:领导|大领导|负责人|头儿|带头人)|[组团队][^。?？]{0,8}?谁(?:带头|领头|带队)")
#: ... and the verbs that ask who leads it (暗访组谁带头?).
LEADING_VERBS = frozenset("带头 领头".split())
#: ... and what says who leads a group formed for a task (由厅级干部带队的暗访组, 担任省委督导组第一组长).
LED_BY = regex(r"带队|任组长|担任[^,,。]{0,12}组长")
#: What the person asked for did, at the end of a 是谁…的 question (是谁导演的?, 是哪位领导主持的?).
DONE_BY_ASKED = regex(rf"(?:{PERSON_WORDS.pattern})(?:[\u4e00-\u9fff]{{0,2}}?(?:{PERSON_NOUNS.pattern}|官员?))?\s?"
                           r"(?P<done>[\u4e00-\u9fff]{2})的?[哦啊呀呢吧嘛]?(?=$|[,,??。!!;;])")  # (由哪位省领导主持?, 是哪个陪同的哦?, 谁 主持)
#: What the person asked for did to someone already spoken of (是谁陪他的?, 啥人陪了伊的?).
DONE_TO_ASKED = regex(rf"(?:{PERSON_WORDS.pattern})(?P<done>(?![给对向跟和同为与把被让叫])[\u4e00-\u9fff]{{1,2}}?)[了过着]?"
                           r"(?:他们|她们|他|她|伊|佢)")  # (not 哪些人给他们点赞: 给 only says to whom)
#: One thing set aside right after the word asked (组长(不是第一组长), 组长,不是第一组长,): not what is asked.
NOT_THIS_ONE = regex(r"[((,,]\s*(?:不是|并非|而非|不包括|不算)([\u4e00-\u9fff]{2,8})\s*[)),,]")
#: Whom someone did something to, asked after the deed (见了谁?, 表扬过哪些人?): the deed must be said.
#: (not 提到了哪位?, 援引了哪位?: whom the report names or quotes)
OBJECT_PERSON_ASKED = regex(r"(?P<done>[\u4e00-\u9fff]{1,2})"
                            r"(?<!提到|提及|说到|讲到|写到|点到|点名|谈到|涉及|引用|引述|援引|列举|介绍|报道)[了过]"
                            r"(?:谁|哪[一1]?位|哪些人|什么人|啥人)(?!头上|身上|手上|手里)")  # (not 落到了谁头上: whose charge)
#: Who a named person is, asked (沈浩是谁?, 王学军是什么人?): the name.
IDENTITY_ASKED = regex(r"^([\u4e00-\u9fff]{2,3})(?:是|为)(?:谁|什么人|哪位|何人|干什么的|做什么的)")
#: A post standing right before a name (省委副书记|李锦斌, 中央书记处书记|刘云山).
POST_BEFORE_NAME = regex(rf"[\u4e00-\u9fff]{{0,6}}(?:{ROLES.pattern})$")
#: ... and one listed before it, the same person's (中共中央政治局常委、|中央书记处书记刘云山).
POST_LISTED = regex(rf"[\u4e00-\u9fff]{{0,10}}(?:{ROLES.pattern})")
#: Organized bodies (领导小组, 省委, 单位, 报告团) ...
_ORGANS = r"小组|党委|省委|市委|县委|纪委|政府|政协|单位|组织|部门|报告团"
#: ... and with them the roles and people that answer 谁 (领导小组制定了方案; 网民表示).
BODY = regex(rf"{_ORGANS}|领导|干部|书记|省长|主席|组长|班长|同志|记者|编辑|网民|群众|"
                  r"省里|全省|各地|[市县区](?:、|\(|和)|乡镇|街道")
#: The bodies a 部门/机构 asked for can be (领导小组, 省委, 督导组; not 书记, 各地).
ORGAN = regex(rf"{_ORGANS}|督导组|机关")
#: A body listed beside a word of the question (□ for it: 牵头领导|和责任单位): named with it, not as who it is.
LISTED_BESIDE = regex(rf"□(?:和|与|及|、)[\u4e00-\u9fff]{{0,4}}?(?:{BODY.pattern})")
#: A small count written in words with a measure word of things (四个专项行动, 两个), not of places (一村一策).
SPELLED_COUNT = regex(r"([一二两三四五六七八九十]{1,3})(个|项|名|位|条|次|场|期|天|份|件|种|类)")
#: A post, then a name (省长王学军).
POST_THEN_NAME = regex(rf"([\u4e00-\u9fff]{{0,6}}?(?:{ROLES.pattern}))([\u4e00-\u9fff]{{2,3}})")
#: A deputy's post (副组长, 常务副省长): not the post itself.
DEPUTY_POST = regex(rf"(?:常务)?副(?:{ROLES.pattern})")
#: Words typed by their sound where only one reading makes sense, and the word meant: a deputy's post (付书记, 付省长:
#: 付 is no part of a post), the measure word 个 after 多少 (有多少各?: no 各, each, is counted).
TYPED_BY_SOUND: tuple[tuple[re.Pattern[str], str], ...] = (
    (regex(r"(?<![应支对交给垫预偿赔拨])付(?=书记|省长|市长|县长|主席|组长|部长|厅长|局长|主任)"), "副"),
    (regex(r"(?<=多少)各"), "个"),
    (regex(r"多常(?=时间|日子|[?？\s]|$)"), "多长"),  # 为期多常时间? (chang typed for 长 by sound)
    (regex(r"(?<![这那么样要])做为(?=什么|啥|哪)"), "作为"),  # 做为什么贯穿: as what (not 做, do, and 为什么, why)
    (regex(r"关建"), "关键"),  # (no word 关建: jian typed for 键)
)
#: Endings of names of places and bodies (蚌埠市, 教育局): an unknown word with one names something.
NAME_ENDINGS = regex(r"[市县省区镇乡村州旗盟局厅处部委办院校所社团馆站队府]$|公司$|集团$|大学$")

# --- what frames a question without constraining it -----------------------------------------------------------
#: Sentence-final particles and fillers, stripped from a question's end before it is read (repeatable).
TRAILING_PARTICLES = regex(rf"(?:来着|{_CONFIRM_TAGS}|呢|(?<!干)吗|吧|啊|呀|哇|(?<!干)嘛|啦|哈|哦|喔|呗|咧|嘞|捏|噢|耶|哟|"
                                r"㗎|啫|喎|咯|囉|啩|吖|"
                                r"(?<![什怎这那多要])么|(?<!为)了)+$")
#: Openings that start a new topic (另外问下, 换个问题, 不扯合肥了): what follows is asked afresh, not of the conversation.
_TOPIC_OPENINGS = (r"[\u4e00-\u9fff]{1,6}?(?:的事)?(?:就|先|暂且)?不(?:说|聊|问|提|扯|谈|讲)了|"
                   r"(?:先|暂且)?不(?:说|聊|问|提|扯|谈)(?!了)[\u4e00-\u9fff]{1,6}?(?:的事)?了(?=[,,。!!\s])|不说这个了|不说这了|不聊这个了|换个事儿?|另外问一下|另外问下|另外(?:一|1)?个问题|另(?:一|1)个问题|下(?:一|1)个问题|换个问题|换个话题|换一个问题|再问一个|再问个|还有个问题|还有一个问题|顺便(?:再)?问(?:一下|下|个|一句)?|顺带问(?:一下|下|个)?|另问|插问(?:一句)?|话说|说个别的|说点别的|聊个别的|聊点别的|问个别的|问点别的|"
                    r"(?:问个|一个|个)?(?:不相关|无关|不相干)的?问题[喔哦啊哈呀]?|(?:跟|和)(?:这个?|那个?|上面|前面|刚才)的?(?:没关系|无关|不相关)[喔哦啊哈呀]?")
#: Words that turn away from what was asked before (算了,问个别的).
_TURNING_AWAY = r"算了|好了|行了|好吧|好|行|ok|okay|OK|Ok"
NEW_TOPIC = regex(rf"^(?:(?:{_TURNING_AWAY})[,,\s]*)?(?:{_TOPIC_OPENINGS}|另外|再问一下|对了)[,,:: \s]*")
#: Interjections typed in letters (emmm, hmm, hhh, lol, xswl): chatter around a question, no words of it.
_LATIN_CHATTER = r"(?<![a-z])(?:e+m{2,}|h+m{2,}|u+m{2,}|h{3,}|(?:ha){2,}|lol|xswl|orz|233+|lah|leh|lor|meh|ah)(?![a-z])"
#: A clause that puts a topic aside before asking (不说芜湖了, 芜湖的先不谈): what it names is not asked of.
TOPIC_DROPPED = regex(r"^(?:先|那就|就)?(?:不说|不谈|不聊|不提|不讲|撇开|抛开|除开)[^,,。!！?？]{1,10}?(?:了|的事|这块)?[,,。!！]\s*|"
                      r"^[^,,。!！?？]{1,10}?(?:的事|这块)?(?:先不说|先不谈|先不聊|就不说|先放一边|放一边)了?[吧啊]?[,,。!！]\s*")
#: Openings that only frame a question.
#: Words that turn to asking (请问, 想问问, 想知道).
_ASKING_OPENINGS = r"请问(?:一下|下)?|问一?下|(?:最后|再)?问一?句|(?:最后|再)?问[一1]?个(?:问题|事儿?)|我?想问(?:一下|下|问)|我?想(?:知道|晓得|打听|打问)(?:一下|下)?|我?想?(?:请教|咨询)(?:一下|下)?"
LEADING_FILLERS = regex(rf"^(?:{_TOPIC_OPENINGS}|{_ASKING_OPENINGS}|"
                             r"我?想问|(?:我?(?:想|得|要|需要)?先?|再|请)?(?:帮我|帮忙)?(?:确认|核实|核对|了解)(?:一下|下)?|你知道|"
                             # what the asker needs the answer for (版面要放合肥的例子,, 组长说要讲淮南的例子): no word of it
                             r"[\u4e00-\u9fff]{0,4}?要(?:讲|放|用|举|写|找)[\u4e00-\u9fff]{1,6}?的?例子(?=[,,!!~。\s]|[^\u4e00-\u9fff])|"
                             r"谢谢你?|多谢|辛苦了|"
                             r"我?记得|我?印象(?:中|里)|我?(?:明白|懂|知道|了解|清楚|晓得)了|收到|"
                             # exclamations said before a question (哦豁,安逸!, 要得,): no words of it
                             r"(?:哦豁|哇塞|哎呀|哎哟|嚯|好家伙|安逸|巴适|要得|得嘞|妥了|厉害了?)(?=[,,!!~。\s])|"
                             r"哗[\u4e00-\u9fff]{0,3}?[㖞喎啊呀哦喔噢]?(?=[^\u4e00-\u9fff])|"  # (嘩好潮喎😂: Cantonese wow)
                             rf"(?:{_TURNING_AWAY})(?=[,,!!~。\s]|{_TOPIC_OPENINGS})|"
                             r"最后(?:一|1)个(?:问题)?(?=[::,,])|"
                             # what the asker is busy with (整理材料中…, 在备课,): no words of the question
                             r"(?:我|俺)?(?:正在|在|准备|打算|要)?(?:整理|准备|备|写|做|赶)(?:一?[篇份个])?(?:关于[^,,。??]{1,16}?的)?"
                             r"(?:材料|资料|笔记|课件|作业|论文|稿子|文章|课)(?:中|呢)?(?=[,,!!~。\s….])|"
                             # what the asker goes by or how short the answer should be (根据资料, 按报道的说法, 用一句话说,)
                             r"(?:(?:根据|依据|依照|按照?|照)(?:资料|材料|报道|报导|文章|文中|原文|新闻|稿子|报纸)|据(?:报道|报导|文章|资料))"
                             r"(?:里|中|上)?(?:的?(?:说法|介绍|内容|所说|所述|描述))?(?=[,,::\s])|"
                             r"(?:用一句话|一句话|简单|简单地|简要|简而言之|概括(?:一下|地)?|总的来)(?:说|讲|概括|总结)?(?=[,,::\s])|"
                             r"同志(?:您|你)?好|同志|(?:同行|各位|大家)(?=我?想?请教)|有一说一|说实话|讲真|打扰(?:一下|了)|不好意思|抱歉|冒昧(?:地)?(?:问一下|问下|问一句)?|另外想?|"
                             r"您知道|告诉我|能告诉我|麻烦问一下|麻烦问下|麻烦|劳驾(?:问一下|问下)?|(?:你好|您好)[呀啊哈哦]?(?:小?同志|老师|师傅|小哥|小编|同学|亲)?|哈[喽啰罗]|喂|嗨|哎|诶|那个|就是|嗯+|好的|"
                             r"(?:老师|同志|领导|师傅|大哥|大姐|小编|客服)(?:您|你)?好[呀啊哈哦]?|(?:老师|同志|领导|师傅|大哥|大姐|小编|客服)?在吗|"
                             r"(?:我的?)?(?:朋友|同事|同学|孩子|学生|家人|老伴|别人|有人)(?:们)?问(?:了)?我|"
                             # who asked (有听众问, 有网友在问:): no word of the question
                             r"有(?:位|个|些)?(?:听众|网友|读者|观众|学生|同学|朋友|同事|群众|村民|老乡|党员|家长)(?:们)?(?:在|来|想)?问(?:我|了|过|道|到)?|"
                             rf"哈{{2,}}|哈(?![\u4e00-\u9fff])|{_LATIN_CHATTER}|[~\s.。,!?…]+)+")
#: Who told the asker what the question goes on to say (我孙子说…, 俺村老王讲…, …啊我听我们楼下老王说…): a person of
#: the asker's life, no word the answer must hold.
HEARSAY_SOURCE = regex(r"(?:^|(?<=[,,。;;!!??\s啊呀吧嘛呢哦]))(?:我|俺|咱)(?:们|家)?听?(?:我们|俺们|咱们)?的?"
                            r"(?:村|乡|镇|单位|家|厂|队|小区|社区|院|楼|公司|学校)?(?:里|上)?的?(?:有(?:几|一|两)?[个些位]?)?"
                            r"(?P<source>[\u4e00-\u9fff]{1,4}?)(?:跟我|和我|同我|给我)?(?:说|讲|告诉|问)")
#: Where people the asker knows live or work, said before one of them (楼下老李说…, 隔壁王大妈讲…).
_NEAR_ASKER = "楼上|楼下|隔壁|对门|邻居|村里|院里|单位|厂里|办公室"
#: ... or a person the asker knows, named by surname and how they are addressed (王大爷记得…, 老李说…).
NAMED_SOURCE = regex(rf"(?:^|(?<=[,,。;;!!??\s]))(?:{_NEAR_ASKER})?(?:有位|有个|一位)?(?P<source>(?:{SURNAME_CLASS}"
                     rf"(?:大爷|大妈|大娘|阿姨|大姐|大哥|师傅|老师|奶奶|爷爷|叔叔|婶婶|大叔|大婶)|老{SURNAME_CLASS})"
                     r"(?:说|讲|记得|认为|觉得|以为|问|告诉我))")
#: ... or someone unnamed there (单位一个后生非说…, 小区里有位大姐讲…).
UNNAMED_SOURCE = regex(rf"(?:^|(?<=[,,。;;!!??\s]))(?P<where>{_NEAR_ASKER}|小区|社区)(?:里|的)?(?:有|一|1)?[个位]"
                       r"(?P<source>[\u4e00-\u9fff]{1,4}?)(?:非|硬|老|总|还|也|就)?(?:说|讲|记得|认为|觉得|以为|问)")
#: ... or someone who taught or told the asker, and where (老师课上讲了…, 纪委开会时领导提到…, 昨天研讨课上老师提到…).
TEACHER_SOURCE = regex(r"(?:^|(?<=[,,。;;!!??\s]))(?P<source>[\u4e00-\u9fff]{0,8}?"
                       r"(?:老师|领导|同事|专家|教授|讲师|导师|校长|班主任|主持人|师傅|同学|朋友|"
                       r"复习资料|学习资料|课本|教材|笔记|讲义|课件)[\u4e00-\u9fff]{0,3}?)"  # (复习资料里提到…: what the asker read it in)
                       r"(?:讲了|讲过|讲到|讲|提到|提过|提了|说过|说|介绍过?|念叨)[^,,。;;!!??]*")
#: Where the question proper starts after what the asker tells first (…天天路过市委那边,想问问报道里说…; 最近在写
#: 论文,报道说有多少…; …,我就想问…; …。想进一步了解:…): what comes before, and the turn itself, name nothing the
#: answer must hold.
ASK_TURN = regex(rf"(?<=[,,;;。!!~～\s])(?:先|再|还|顺便|顺带|另外)?(?:{_ASKING_OPENINGS}|我?想(?:进一步|再|具体|详细)?了解(?:一下)?|"
                      r"我?[就只还]?(?:想|寻思)问(?!题)|"
                      r"(?:这篇|报道|文章|稿子|文中|新闻)(?:里|中|上)?(?:说|讲|提到|写))")
#: A worksheet's question turned to (…,作业里问合肥搞了哪四个专项行动?): what it asks follows, no word of it.
WORKSHEET_ASKS = regex(r"(?:^|(?<=[,,;;。!!~～\s]))(?:作业|题目|卷子|试卷|练习册?)(?:里|上|中)?(?:问|让回答)")
#: Wondering or asking said before a colon (她就好奇了:…, 他想知道:…): the question follows it, what comes before
#: tells who asks.
ASKED_AFTER_COLON = regex(r"(?:好奇|想知道|想问问?|纳闷|疑惑|不明白|问道|问)了?[::]")
#: ... or before the quoted words asked of (支部书记在问“小四风”到底指哪几样): who asks comes before it.
ASKED_BEFORE_QUOTE = regex(r"(?:在问|问我|问起|问道|问了|老问|总问)(?=“)")
#: The asker speaking of themselves first (我在为本馆撰写…, 俺们村…).
_SELF = r"我|俺|咱|本人|老朽|鄙人|老夫"
ASKER_OPENING = regex(rf"(?:{_SELF})")
#: ... or what the asker means to do with the answer, before a colon (想引文中的说法:…).
WISH_OPENING = regex(r"(?:想|打算|准备)(?:引|用|摘|放|写|做|出|讲|拿|贴|发)")
#: A clause that tells what the asker heard (回老家听亲戚说县里来征求过意见): context, where another clause asks.
HEARD = regex(r"听[\u4e00-\u9fff]{0,4}?说|听说|据说")
#: A label put before a question (编目需要:…, 作业:…): what it is for, no word the answer must hold (not the
#: subject of a question that goes on without one: 合肥市委书记:是谁?, 庐江县委书记:叫什么名字?).
LABEL = regex(r"^[\u4e00-\u9fff]{1,8}[::](?=.)(?![是叫为])")
#: The words of a line asked for (咋吆喝网友的?, 原话, 那句口号): a line in quotes (“亲,期待您积极参与…”) says them.
LINE_ASKED = regex(r"招呼|吆喝|(?<![叫呼])喊|号召|原话|那句|口号")
#: A sentence that points back to the one before it with what it acts on (将之作为头道工序): read with that one.
POINTS_BACK = regex(r"[将把对以]之|[将把对]其(?![他它中实])")
#: Kin the asker speaks of or to (奶奶年轻时候也入过党, 孙女呀, 你爷爷以前在公社干过): a clause of the asker's own life.
KIN = regex(r"(?:爷爷|奶奶|老人家|外公|外婆|姥姥|姥爷|孙女|孙子|外孙|儿子|女儿|儿媳|女婿|老伴|老头子|老婆子|大伯|大爷|大娘|"
                 r"叔叔|婶婶|舅舅|姑姑|阿姨|哥哥|姐姐|弟弟|妹妹|侄子|侄女|外甥女?|表(?:哥|姐|弟|妹)|堂(?:哥|姐|弟|妹)|亲戚|阿婆|阿公|朋友|邻居|同事|"
                 # (and the people the asker meets: 有个顾客跟我聊小四风)
                 r"孩子|小孩|宝宝|宝贝|娃娃?|闺女|丫头|(?:老)?姐妹|同学|同桌|室友|舍友|顾客|客户|客人|乘客|(?<=[位个名的])听众(?![^,,。??]{0,6}(?:多少|几|人次))|街坊|师傅|工友|病友|老板|战友)")
#: Whom the asker talked the topic over with, and where (跟老邻居下棋时聊起省里的暗访,…): the talk, up to the verb
#: that names its topic.
CHATTED_OF = regex(rf"(?:^|(?<=[,,。;;!!??\s]))(?P<source>[\u4e00-\u9fff]{{0,4}}?(?:{KIN.pattern}|{_SELF})[\u4e00-\u9fff]{{0,6}}?"
                   r"(?:聊起|聊到|聊天(?:时|的时候)?(?:说起|提到|讲到)?|谈起|谈到|说起|扯起|唠起|唠到|讲起))")
#: A clause of the asker's day, opened by when it was (昨天跟几个老同事喝茶, 刚才在茶厂听人讲…), up to what was heard
#: or talked of there: the asker's doings, no word the answer must hold.
ASKER_DAY = regex(r"(?:^|(?<=[,,。;;!!??\s]))(?P<source>(?:昨天|昨晚|昨儿个?|夜个|前天|今天|今早|今儿个?|刚才|刚刚|上午|下午|"
                  r"中午|晚上|早上|前几天|前(?:两|2)天|前些天|前阵子|上周|上礼拜|周末)[^,,。;;!!??]*?"
                  r"(?:听[^,,。;;!!??]{0,3}?[说讲]|有人[说讲问]|(?:瞎|闲)?(?:聊|扯|唠|谈|说|讲)(?:起|到|天|嗑)|提到|"
                  r"(?=[,,。;;!!??]|$)))")
#: 几 before a measure of people or days in what the asker tells (跟几个老同事, 前几天): a few, nothing asked.
A_FEW = regex(r"几(?=[个位天])")
#: A clause that opens the question with what something is done for (为推动整改闭环管理,…?): why, not what is asked.
PURPOSE_OPENING = regex(r"^(?:为了|为)(?!什么|啥|何|期)[^,,。??]{2,20}?[,,]")
#: The asker speaking of themselves or their kin (我, 俺们, 我老伴).
FIRST_PERSON = regex(rf"{_SELF}|{KIN.pattern}")
_MEANING_TO = r"(?:也|就|好|想|要|得|准备|打算|回头|到时候?)"
_PASSING_ON = (rf"(?:(?:{_SELF})们?{_MEANING_TO}*|{_MEANING_TO}+)(?:给|跟|对|向|和)[\u4e00-\u9fff]{{1,8}}?"
               r"(?<!来)(?:说|讲|解释|交代|汇报|介绍|上课|科普)")  # (not 对活动来说: as for it)
#: The asker's own plan to pass the answer on (我好给孩子们说个数, 我想跟学生讲个日子): a clause that asks nothing
#: unless a question word says so; 个数 or 日子 in it only name what will be told.
PASSING_ON = regex(rf"^{_PASSING_ON}")
#: ... said last, after the question's own clauses (…几次?我好跟学生们说个数): no question word in it.
PASSING_ON_LAST = regex(rf"(?<=[,,。!!??\s]){_PASSING_ON}[^,,。!!??\s谁啥什哪几多怎咋吗]*[。!!\s]*$")
#: ... or of people they address or speak of (家人们, 有人, 老师): a clause that tells of them.
TELLER = regex(rf"{FIRST_PERSON.pattern}|家人们|大家|有人|老师|乡长|村长|支书")  # (朋友, 同事, 邻居: kin to the asker)
#: A clause the asker says of themselves before asking (俺是肥东乡下的老党员, 我在赶稿, 我们老师让总结): its
#: words the report does not use say who asks, not what. Not a clause that reports what was heard or claims a
#: figure (我听说芜湖开了12条热线).
ASKER_CLAUSE = regex(rf"^(?:(?:可是|但是|不过|可惜|只是)?(?:{_SELF})(?:们|家)?|.*?{KIN.pattern})(?!.*(?:说|讲|聊起|聊到|谈起|谈到|谈及|提起|提到|问起|问到|想知道|想问|想了解|好奇|打听|听|据|念叨|看到|看过|报道(?=[里中上])|(?!1个)\d))")  # (我是合肥1个退休的老师: one, no figure; 我老伴老念叨…, 跟邻居聊起暗访: a saying, 奶奶想知道…: a question; not 在聊这个事)


#: Where the asker works or studies, which sets them tasks (车队让写心得, 院里让学).
_ASKER_PLACE = "单位|院里|科里|科室|车队|队里|学校|老师|领导|科长|处长|主任|老板|公司|厂里|村里|社区|支部|班上|班里|组织上"
#: The asker's own unit, said as the place where something is talked of (科里讨论说…, 团里有淮南来的): no word the
#: answer must hold.
UNIT_OF_ASKER = regex(r"[科团所组局处社队班室]里")
#: What an asker's homework is (作业, 论文): what they need the answer for.
_ASKER_WORK = "作业|论文|课件|讲稿|教案|出题|试题|考题|试卷|汇报材料|片尾|节目|视频|幻灯片|ppt"
#: What the asker needs the answer for, said right before the question (时政作业要写|领导们看了啥电影): no words
#: to find (not 作业要写出处, where what is to be written is no question).
TASK_OF_ASKER = regex(rf"(^|[\s,,。!!~])[\u4e00-\u9fff]{{0,4}}(?:(?:{_ASKER_WORK})(?:里|上|中)?(?:要|得|需要)"
                           r"(?:写|用|交|做|填|引用)(?=[^\s,,。!!??]*?(?:啥|什么|哪|几|多少|谁|怎|咋|吗))|"
                           # (材料要用 张书记跑了几个市?: said apart before the question)
                           rf"(?:{_ASKER_WORK}|材料)(?:里|上|中)?(?:要|得|需要)(?:写|用|交|做|填|引用)(?=[\s,,::])|"
                           # (准备给村民讲讲成效,…: whom the asker is to tell of it)
                           r"(?:准备|打算|要|想|得)给[\u4e00-\u9fff]{1,6}?(?:讲讲|讲一讲|讲|说说|介绍介绍|介绍|汇报|上党课|上课)"
                           r"[^\s,,。!!??]{0,3}(?=[\s,,])|"  # (not 准备给学生讲听取意见这一环,: what it is of, asked)
                           # (老师让总结这活动拿谁的精神当镜子: what the asker is set to do, the question its object)
                           rf"(?:{_ASKER_PLACE})让(?:我|我们|俺|大家|每人|每个人)?(?:写|总结|整理|查|找|汇报)"
                           r"(?=[^\s,,。!!??]*?(?:啥|什么|哪|几|多少|谁|怎|咋|吗))|"
                           # (车队让写学习心得 想参考 …, 院里让学这个材料,…: what the asker's workplace has them do)
                           rf"(?:{_ASKER_PLACE})让(?:我|我们|俺|大家|每人|每个人)?(?:写|学|交|读|看|填|整理|总结|汇报|抄|统计|核对|核实)"
                           r"[^\s,,。!!??]{0,8}(?:[\s,,]+(?:想|要|得)(?:参考|引用|用|抄)[^\s,,。!!??]{0,4})?(?=[\s,,。!!]|$))")
#: ... and said after the question (记者是谁 作业要写出处): what the asker must do with the answer.
TASK_REMARK = regex(rf"^[\u4e00-\u9fff]{{0,4}}(?:{_ASKER_WORK}|材料)(?:里|上|中)?(?:要|得|需要)")
#: ... and who asked the asker, said after the question (…算个啥地位?村里年轻党员老问我): why they ask, nothing asked.
ASKED_OF_ASKER = regex(r"(?:老|总|常|经常|一直|也|都|天天)?(?:在)?(?:问|考)(?:过|了)?(?:我|俺|咱)(?:的|呢|哩|嘞)?$")
#: ... or that the asker does not follow, remember or find it (俺咋没弄明白, 我有点懵, 老记不住, 我找不到日期在哪里): no
#: question, 咋 or not.
ASKER_PUZZLED = regex(r"(?:我|俺|咱|本人)?(?:咋|怎么|还是|一直|总是?|老是?|实在)?(?:有点|有些)?(?:没|不|没有)?(?:太|大)?"
                           r"(?:弄|搞|看|听|想|读)?(?:明白|懂|清楚|理解|懵|糊涂|迷糊)了?|(?:我|俺)?(?:老|总|一直)?记不(?:住|清|得)了?|"
                           # (…哪天发表?我找不到日期在哪里: what the asker could not find, no question of the report)
                           r"(?:我|俺)?(?:咋|怎么)?(?:找不到|没找到|找不着|看不到|没看到|看不见)[\u4e00-\u9fff]{0,6}?(?:在哪里|在哪儿|在哪)?")
#: How people took a thing, asked (网民反响如何?, 网友买账没?): what they did about it, not what they said.
REACTION_ASKED = regex(r"反应|反响|买账|买不买账|叫好|捧场")
#: A newspaper's or other news outlet's name (安徽日报, 新华社): where the asker names it, the source they read, no
#: place they ask of.
NEWSPAPER = regex(r"[\u4e00-\u9fff]{2,4}(?:日报|晚报|商报|青年报|通讯社|电视台)|新华社|中新社|新华网|人民网")


# --- quiz items ------------------------------------------------------------------------------------------------------
#: The label a question bank puts before an item (判断:, 填空题:, 单选:).
QUIZ_LABELS = "判断|填空|选择|单选|多选|问答"
QUIZ_LABEL = regex(rf"^(?:{QUIZ_LABELS})题?[::.、]?\s*")
#: The mark a statement to judge ends with ((对/错)), dropped before the statement is read.
TRUE_OR_FALSE_MARK = regex(r"[((]\s*(?:对|错|对/错|对或错|对\s*错|√/×|正确/错误)\s*[))]\s*$")
#: A statement to judge true or false (判断:…, …(对/错), …对还是错): a claim to check.
TRUE_OR_FALSE = regex(rf"^判断|{TRUE_OR_FALSE_MARK.pattern}|对还是错\s*$|是对是错\s*$")
#: Two things offered to choose from (是芜湖还是马鞍山征集的?): one of them is said.
CHOICE_OFFERED = regex(r"(?<=是)([^,,。;;??!!\s是]{1,10}?)还是([^,,。;;??!!\s]{1,10}?)(?=的|[,,。;;??!!\s]|$|呢|啊|吗|呀)")
#: Two figures offered to choose from (培训了44900还是49400?): claims to check, one of which may be said.
FIGURE_CHOICE = regex(rf"(\d+(?:\.\d+)?)(?:万|亿)?(?:余|多)?(?:{UNIT_PATTERN})?(?:呢)?(?:还是|或者|或是)(\d+(?:\.\d+)?)")
#: A blank to fill in (( ), ____), asked as 多少 before a measure word and as 什么 elsewhere.
BLANK = regex(r"[((]\s*[))]|_{2,}")
#: Options a choice item offers at its end (a.人民日报 b.安徽日报 c.新华每日电讯), read in matching form.
OPTION = regex(r"(?:^|(?<=[\s。?!:,\u4e00-\u9fff)”》]))([a-d])[.、:)]\s*")
#: A choice item asking for the option the report does not name (不包括下列哪一项?).
NOT_AMONG = regex(r"不包括|不属于|不包含|不在其中|没有提到|未提到|不是其中")
#: A part of the report pointed at by what it is about (整改那段, 学习那块).
PART_POINTER = regex(r"[\u4e00-\u9fff]{1,8}(?:那|的那?)(?:一)?(?:段|块|部分|节)")
#: Words offered one for another, as in a search box (形式/办法, 地点/名单): whole runs of characters.
SLASHED = regex(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}(?:/[\u4e00-\u9fff]{1,6})+(?![\u4e00-\u9fff])")
#: A chat mention of whom a message is addressed to (@王姐): no word of the question.
MENTION = regex(r"[@＠][^\s@＠,,::。??!!]{1,16}")
#: Emoji (🙏, 😊, 👍 and their joiners): no words, read as a break between the words around them.
EMOJI = regex(r"[\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+")
#: Politeness and chatter at the end of a question (…哪天来的安徽调研 谢谢!!).
TRAILING_CHATTER = regex(r"(?:[\s,.!?~…。]*(?:(?:(?:谢谢|多谢|感谢)(?:你们|您|你|大家)?|谢了|麻烦了|辛苦了|拜托了)[啦了啰囉咯哈哦喔呀啊哒嘞咧]*|"
                              r"(?:读|念|说|讲)给(?:我|俺|咱)听(?:听|一下|下)?|"  # (…读给我听: how to answer, asking nothing)
                              rf"哈+|嘿嘿|呵呵|{_LATIN_CHATTER}))+[\s!?~…。.]*$")
#: 高不高, 算不算, 有没有: a yes/no question asked as "A not A".
A_NOT_A = regex(r"([\u4e00-\u9fff])[不没]\1")
#: How often, said of what is asked (平时都咋学的?): it frames the question even where the report uses the word.
HABITUAL = frozenset("平时 平常 平日 通常 往常 一向 向来".split())
#: How a thing stands, asked of it (落实情况, 进展): the answer tells it, whatever words it uses.
STATUS_WORDS = frozenset("情况 进展 状况 进度".split())
#: When or within what, said after a verb or a noun (学习时, 听取意见环节中): it frames the question even where the report
#: uses the word (not where the words go on, 从群众中来).
WHILE_WORDS = frozenset("时 中 时候 期间 当中 之中 过程".split())
#: How much, said of what is asked (很网络化的话, 挺多): it frames the question even where the report uses the word.
DEGREE = frozenset("很 挺 蛮 太 非常 十分 相当 比较 特别 极其".split())
#: The people at large (老百姓, 群众) ...
THE_PEOPLE = frozenset("群众 老百姓 百姓 人民 人民群众 民众 群众们 市民 居民".split())
#: ... as the ones who give opinions (老百姓的意见, 老百姓一共提了多少条意见): opinions sought are theirs, so naming them there
#: says nothing more.
PEOPLES_SAY = regex(r"[^,,。??!!]{0,10}?(?:意见|建议|呼声|心声|诉求)")
#: Verbs of doing anything (搞, 弄): they say nothing of what was done.
_DOING = "搞|弄|整|干"
#: ... one of them said alone in a question (全面搞的那个叫啥?, not 整 of 整改): any verb of the report stands for it.
DOING_ANY = regex(rf"(?:{_DOING})(?=[的了过着])")
#: A verb of doing anything right before the count asked (要搞几回, 弄了多少场).
DOING_COUNTED = regex(rf"(?:{_DOING})了?(?=几|多少|好多|若干)")
#: Words for a body of people of one kind (特殊党员群体, 群体党员): beside the people they group, they say no more.
PEOPLE_GROUPED = regex(r"(?<=党员|干部|群众|人员)(?:群体|人群)|(?:群体|人群)(?=党员|干部|群众|人员)")
#: Words for people in general (大家学习的时候…): who they are, the passage says in its own words (党员干部).
PEOPLE_PRONOUNS = frozenset("大家 大伙 大伙儿 大家伙 大家伙儿 人们 自己 咱们 我们 你们 他们 她们".split())
#: The names of people asked (官员名字有哪些, 干部的名字是什么): a sentence that names no one does not give them.
PEOPLE_NAMES_ASKED = regex(r"(?:干部|官员|人员|领导|党员|同志|人|们)(?:的|[??,,\s])?名字")
#: Words that only frame what is asked (never a constraint, whatever their part of speech).
FRAMING_WORDS = HABITUAL | DEGREE | PEOPLE_PRONOUNS | DIRECTIONAL_COMPLEMENTS | frozenset(
    """
    包括 包含 包 指 是指 指的是 主要 具体 一下 说说 讲讲 讲 说 问问 问一下 问下 介绍 告诉 告知 烦请 敬请 恳请 知道 情况 内容 方面 东西 玩意儿 玩意 事情 事 问题 列出 给出 列举 罗列 时任 属实 月份 原本 原先 本来 起初 起先 当初 最初 一开始
    没有 有没有 是不是 对不对 能不能 会不会 可不可以 有无 是否 做法 举措 据称 据说 据悉 据报道 听说 有人说
    叫 叫做 称为 名称 名字 全名 全称 全写 片名 书名 剧名 篇名 统称 合称 总称 名堂 晓得 东东 玩意 回事 回事儿 怎么回事 这事 那事 事儿 现在 如今 目前 当时 最近 今天 那天 那一天 那时 那时候 那阵子 那阵儿 那会儿 那会 这阵子 这段时间 那段时间 大概 大约 左右 一共 总共 总计 合计 共计 累计 全部 所有 全都 统共 拢共 加起来 合起来 加在一起 加一块 加一块儿 加总 完整版 完整 都 到底 究竟 呢 啥 咋
    怎么 怎样 如何 多少 几 哪 哪些 哪个 什么 为什么 为啥 用来 用于 作用 干什么 干嘛 做什么 是什么 有什么
    类型 种类 类别 数据 数字 数目 数值 一点
    至少 起码 准数 确数 实数 准确数 确切数 精确数 准确数字 确切数字 具体数字 精确数字 实际数字 实际数量 后面 后头 前头 后半句 前半句 上半句 下半句 接 剩下 这块 那块 这一块 那一块
    口号 标语 宣传语 大佬 大神 大咖
    拿出 拿来 拿去 算是 算得上 称得上 算作 算 对象
    龙门阵 闲篇 家常 唠嗑 等会儿 等一会儿 等一下 等下 落款 请予
    简述 概述 阐述 论述 概括 归纳 简要 简单 说明 答案 填空 填空题 提及
    收尾 结尾 开篇 引出 引用 比喻 措辞 字眼 用语 词语 修辞 口径 提法 表述 区间 时间段 时段 起止
    记载 记录 载明 写明 一字不差 逐字 照抄 原样 页面 谜面 谜底 所指 那位 这位 跨度 来讲 来说 达到 过程
    """.split()
)
#: jieba part-of-speech tags of words that name things: an unknown word with one of them is a constraint
#: (芜湖市的市长, 督导组的经费), any other unknown word only frames the question (看, 上门, 下去).
#: ... of which these may be general words that only put the question (网友 for the report's 网民); other nouns
#: name bodies, titles or things (nt, nz, j).
ORDINARY_POS = frozenset({"n", "ng", "nl"})
#: The ending of a doctrine's name (享乐主义, which jieba tags as a set phrase): a noun.
DOCTRINE_SUFFIX = "主义"
CONTENT_POS = frozenset({"n", "nr", "nr1", "nr2", "nrt", "nrfg", "ns", "nt", "ng", "eng", "nl", "nx", "j"})
#: A word this rare in jieba's dictionary (坐谈会: 3) counts as unknown to it when reading typos.
RARE_WORD_FREQ = 5
#: A rare word whose edge character makes a word this many times as common with its neighbour (翻手|机: 手机) is
#: the segmenter's slip, no word of the asker's.
STRADDLED_RATIO = 100
#: Part-of-speech tags of proper names.
NAME_POS = frozenset({"nr", "nr1", "nr2", "nrt", "nrfg", "ns", "nt", "nz"})

# --- spelling --------------------------------------------------------------------------------------------------
#: Variant spellings read as the report's own word (after traditional → simplified).
#: (负责编辑 and 负责编 are the editor's post said as a verb, read before 责编 inside them is)
VARIANTS: dict[str, str] = {"报导": "报道", "稿件": "稿子", "責編": "责编", "负责编辑": "责任编辑",
                             "负责编": "责任编辑", "责编": "责任编辑", "名儿": "名字", "姓名": "名字",
                             "时侯": "时候",  # (候 written 侯, a slip of handwriting input)
                             "小题目": "小标题",  # (a section's heading, however called)
                             "篇名": "标题",  # (an article's title, as a library files it)
                             "政治协商会议": "政协",  # (a body by its full name: 安徽省政治协商会议 is 省政协)
                             "常务委员": "常委",  # (常务委员会的会议 is a 常委会议)
                             "报告书": "报道"}  # (a report as a document: 这篇报告书)
#: A Latin full stop typed after Chinese (…头道工序. 学习教育…): the end of a sentence, as 。 is (not the point of
#: a decimal, 3.3万).
LATIN_FULL_STOP = regex(r"(?<=[\u4e00-\u9fff])\.(?=\s|[\u4e00-\u9fff]|$)")
#: The report called a 报告 where it is pointed at (这篇报告, 本报告, 该报告): the report itself, not a 报告会.
THIS_REPORT_AS_REPORT = regex(r"([这本该此](?:篇|份)?)报告(?![团会])")
#: ... and a 报告 named alone where its making is asked of it (报告来源哪家报纸?, 报告哪天发表的?).
REPORT_MADE = regex(r"(?:^|(?<=[,,。;;!!??\s]))报告(?=的?是?(?:来源|出处|记者|作者|责任编辑|责编|编辑|标题|题目|哪天|哪1天|"
                    r"什么时候|啥时候|何时|几号|发表|刊发|刊登|见报|发布|出自))")

#: Question words of regional or casual speech, read as the standard ones (啥子 → 什么, 咋个 → 怎么,
#: 有没得 → 有没有, 莫得 → 没有, 有…没得? → 有…吗?, 对头不 → 对不对) ...
REGIONAL_ASKING: tuple[tuple[re.Pattern[str], str], ...] = (
    (regex(r"啥子"), "什么"), (regex(r"咋个"), "怎么"), (regex(r"有(?:没|莫)得"), "有没有"),
    # 好在哪?: what is good about it, no place (好处是什么)
    (regex(r"(好|妙|强)在(?:哪里|哪儿|哪|什么地方|啥地方)"), r"\1处是什么"),
    # 都谁 ending its clause (带队的都谁?): 都是谁, who they all are (not 都谁来管: who manages)
    (regex(r"(?<=都)(?=谁(?:[啊呀呢哦嘛?？!！。,，\s]|$))"), "是"),
    # a telephone's "how much" is its number (举报电话多少, 热线电话是多少?), as anywhere
    (regex(r"(?<=电话)(?=是?多少(?:[\s,,??!!~。]|$))"), "号码"),
    # a total said after a comma (被查处的人员,总数是多少?): the total of what stands before it
    (regex(r"(?<=[\u4e00-\u9fff])[,,]\s*(?=总(?:人|个)?数)"), ""),
    (regex(r"莫得"), "没有"),  # Southwestern Mandarin: 莫得那么多吧?
    # northwestern and southwestern speech: 省上, 县上 the province's, the county's own level (省上派下去的检查组;
    # not 全省上下)
    (regex(r"(?<![全各])(?<=[省县])上(?=[派组抽选定出搞开办弄的领])"), "里"),
    (regex(r"最尾"), "最后"),  # Cantonese and Malaysian Chinese: 文章最尾那段
    (regex(r"几(?:久|耐)"), "多久"),  # southern speech: 一任做几久?, 学几耐? (how long)
    (regex(r"几(?=长|重要|远)"), "多"),  # southern speech: 搞了几长时间?, 群众意见几重要 (how long, how important)
    # a head count said 人头 at the end (受训总人头, 培训书记 人头): 人数 (not 落实到人头, nor 几个人头: the word counted)
    (regex(r"(?<![到落个几少])人头数?(?=(?:是|有)?(?:多少)?[\s??。!!吗呢啊]*$)"), "人数"),
    (regex(r"(?<=月几)好"), "号"),  # 几月几号 typed by sound
    (regex(r"(?<=[开办搞做建定发写讲说选派设提])得(?=[\s??。!!]*$)"), "的"),  # 的 typed as 得 at the end (几号开得?)
    # a print run asked by its word (辅导材料印数), not two compared (哪个印量更大)
    (regex(r"(?:印数|印量|印刷量|发行量)(?![\u4e00-\u9fff]{0,2}[更最])"), "印了多少份"),
    # whether a fault is put right only later (等活动结束才改, 拖到最后再整改, 拖着, 慢慢改) asks when it is put right: the
    # report's word for that, 即知即改
    (regex(r"(?:等|拖|留)(?:到|着|等)?[^,,??。!!]{0,8}?(?:再|才)(?:开始|集中|统一|动手)?(?:整改|改|着手)|拖着(?:不改)?|慢慢改"),
     "即知即改"),
    (regex(r"(?<=[我俺])(?:咋|怎么)(?=记得|印象)"), ""),  # 我咋记得是四月呢: what the asker recalls, no how asked
    # 是好多个嘛?, 有好多家? (how many, wherever else the question asks); 是好久发表的? (when, not how long)
    (regex(rf"(?<=[是有])好多(?=(?:{UNIT_PATTERN})?[嘛呢哦啊呀哇咧哈]*(?:[\s,,。??!!]|$))"), "多少"),
    (regex(r"(?<=是)好久"), "什么时候"),
    # 啥人写的, 啥人主持, 啥人演的 (a verb done, then 的/了/过), but 第一组长都是啥人(当的)?: what people
    (regex(r"啥人(?=[写撰搞讲说发带管做干主负组召提牵])|(?<!都是)啥人(?=(?![的是呀啊哦喔吗呢嘛啦])[\u4e00-\u9fff][的了过])"), "谁"),
    (regex(r"(?:没得|没有)(?=[??!!~。]*$)"), "吗"), (regex(r"对头不|对头吗|对头哇|对头伐"), "对不对"),
    # northern, Jianghuai and Hakka speech: 么事/么子/么个 什么, 哪块/哪嗒 哪里, 哪些个 哪些, 多会儿/多咱 什么时候, 恁 那么
    # (Hefei: 么斯 什么, 么 before what it asks of, 是么态度; 多暂 什么时候; 怎搞 怎么搞)
    (regex(r"么事|么子|么斯|(?<![什怎咋这那多要为干阿])么个|(?<![什怎这那多要为干])么(?=名|样|东西|时候|地方|人|意思|态度|看法|原则|办法|法子|要求|情况|事|内容|作用|用|级别|会)"), "什么"),
    (regex(r"多暂"), "什么时候"), (regex(r"怎搞"), "怎么搞"),
    # (Jianghuai 可 before a verb asks yes or no: 张宝顺可写了体会文章?, 刘云山可到合肥来了; not 可以, 可逗了)
    (regex(r"(?<=[\u4e00-\u9fff\s,,])可(?=(?:写|到|来|去|搞|办|开|做|派|查|改|给|学|发|公布|曝光|明确|整改)了)"), ""),
    # Jiaoliao (Shandong coast): 为么 为什么, 么 before a verb after 是 (是么安排的?) 怎么
    (regex(r"(?<![因以认成作])为么"), "为什么"), (regex(r"(?<=是)么(?=安排|搞|弄|办|做|整|回事)"), "怎么"),
    # (Tianjin: 嘛 什么 before what it asks of, 拿嘛当尺子, 都是嘛任务, not the particle; 介 这, 介个, 介两位)
    (regex(r"(?<=[是个拿有干叫算当做弄说讲])嘛(?=[\u4e00-\u9fff])(?![呢啊呀吧哦啦])"), "什么"),
    (regex(r"(?<=叫)嘛(?=[\s??!!。]*$)"), "什么"),  # (…那位省委副书记叫嘛?: 叫什么, not a particle)
    (regex(r"(?<![简中媒评])介(?=[个些位次回种样么]|[一两二三四五六七八九十\d]|活动)"), "这"),
    # (Nanjing: 港 讲, 详细港港, 港是…; not 香港, 港口)
    (regex(r"(?<![香海军渔商])港港"), "讲讲"), (regex(r"(?<![香海军渔商])港(?=是|一下|下|了|过|给)"), "讲"),
    # (Wuhan: 个么/的么 before what it asks of, 算个么位置, 看的么片子; 嗯家 the polite 您)
    (regex(r"(?<=[个的是])么(?=[\u4e00-\u9fff“\"])"), "什么"), (regex(r"嗯家"), "您"),
    (regex(r"搁(?=哪)"), "在"),  # 搁哪儿: 在哪儿
    (regex(r"再?说回(?:到)?(?=[\u4e00-\u9fff])"), "回到"),  # 说回学习那块: back to it, said as going back
    (regex(r"哪块儿?|哪嗒|哪搭|哪疙瘩|哪嘎达|哪旮旯|哪旮儿"), "哪里"), (regex(r"那旮旯|那疙瘩|那嘎达"), "那里"), (regex(r"哪些个"), "哪些"), (regex(r"多会儿?|多咱"), "什么时候"),
    # Central Plains speech: 俺 我, 哩 的, 木 没 (木有, 木改完), 弄啥 干什么, 恁 你 before a verb of telling,
    # knowing or thinking (恁说说, 恁觉得), else 那么
    (regex(r"俺"), "我"), (regex(r"哩"), "的"), (regex(r"木(?=有|[改做办完弄干学看去来听说见])"), "没"),
    (regex(r"弄啥(?:嘞|的)?"), "干什么"),
    # Northwestern speech: 额 我 where it opens a clause or before 们 (额论文要写…, 额们老师), not in 名额, 额度, 额外
    (regex(r"(?:^|(?<=[,,。;;!!??\s]))额(?![度外定头数])|额(?=们)"), "我"),
    (regex(r"恁(?=[说讲给知懂看问觉认])"), "你"), (regex(r"恁"), "那么"),
    # where, said with 头 (省里头, 在外头): 里, 外
    # (not 里|头一个小标题: the first)
    (regex(r"(?<=[\u4e00-\u9fff])(?<!这)(?<!那)([里外])头(?!头)(?![一1]个?(?:部分|节|章|[小大]?标题|板块|块|段))"), r"\1"),
    # among, said with 中间/当中 before going (到老百姓中间去): 中
    (regex(r"(?<=[\u4e00-\u9fff])(?:中间|当中|里面|里边)(?=去)"), "中"),
    # written style: 首节/末节/末一小标题 the first/last part; …为何? at the end is 是什么 (发表时间为何?), not 为什么
    (regex(r"首(?=节|段|章)"), "第一"), (regex(r"末(?=节|段|章)"), "最后一"), (regex(r"(?<![最周期始])末(?=[一1]个?(?:节|段|章|部分|[小大]?标题))"), "最后"),
    # …系哪位/系何…: 是 (本文的责任编辑系哪位同志?); …为何日/为何年: 是哪天 (发表时间具体为何日?)
    (regex(r"(?<![关联体派院水世直星谱])系(?=哪位|哪个|何|什么|谁)"), "是"), (regex(r"为何(?=[日天年月])"), "是何"),
    (regex(r"头一(?=批|轮|环节|阶段)"), "第一"),  # 头一批 is 第一批
    # Minnan speech: 在哪位 在哪里, 啥米 什么, 按怎/安怎 怎么, 敢有 有没有, 有影无 是不是真的
    (regex(r"(?<=在)哪位"), "哪里"), (regex(r"啥米"), "什么"), (regex(r"[按安]怎"), "怎么"), (regex(r"敢有"), "有没有"),
    (regex(r"有影[无没]"), "是不是真的"),
    (regex(r"(多少|几|百十|千把)号人"), r"\1人"),  # 多少号人 is 多少人
    # Northeastern, Beijing and Tianjin speech: 啥前儿/多前儿 什么时候, 嘎哈/干哈 干什么, 咋整的 怎么做的, 咋整 怎么办,
    # 为嘛 为什么, 嘛 before what it asks of 什么 (嘛时候, 嘛事儿); 哪儿/这儿/那儿 哪里/这里/那里; 整个儿 一共; 多老些 多少;
    # 唠唠 说说
    (regex(r"啥前儿?|多前儿"), "什么时候"), (regex(r"多老些"), "多少"), (regex(r"唠唠"), "说说"),
    (regex(r"唠(?=[点会一下])"), "说"), (regex(r"[嘎干]哈|嘎啥"), "干什么"),
    (regex(r"咋整(?=的)"), "怎么做"), (regex(r"咋整(?![顿改治理合])"), "怎么办"), (regex(r"为嘛"), "为什么"),
    (regex(r"嘛(?=时候|事|样|地方|意思|名|玩意)"), "什么"),
    (regex(r"([哪这那])儿"), r"\1里"), (regex(r"整个儿(?=[是有都就])"), "一共"),  # (整个儿有几个?: in all)
    (regex(r"(?<=[\u4e00-\u9fff])为何(?=[??!!~。]*$)"), "是什么"),
    # Jin speech (Shanxi, Inner Mongolia): 甚 什么 (叫甚名字, 关键看个甚, 做甚), not 甚至, 甚少, 过甚
    (regex(r"(?<![太过已欺])甚(?:么|麼)?(?![至嚣为少多远众好佳微广深])"), "什么"),
    # Lanyin and Qinghai speech: 撒 啥 where it asks (看撒呢, 撒级别; not 撒手, nor the particle in 学了几天撒?), 阿么
    # 怎么, 阿达 哪里
    (regex(r"(?<=[看是叫干做弄搞个有说讲拿当])(?<!说说)(?<!讲讲)(?<!看看)(?<!聊聊)撒(?![谎娇网手播种尿野欢气泼腿出开])|撒(?=名字|地方|级别|时候|意思|东西|事|人)"), "啥"),
    (regex(r"阿么"), "怎么"), (regex(r"阿达|阿搭"), "哪里"),
)
#: 儿 said after a word (事儿, 多少人儿, 哪天儿): the word alone, but for words that hold it (儿童, 女儿, 幼儿) and
#: times and amounts said with it (那会儿, 一阵儿, 再来点儿).
ERHUA = regex(r"(?<=[\u4e00-\u9fff])(?<![女幼孤婴健男托宠少胎患孩侄宝会阵点])儿(?![童子女孙媳歌科戏])")
#: ... and Cantonese as it is written, where a word only Cantonese uses is there (`CANTONESE`): 系唔系/系咪 是不是,
#: 边个 谁 (边个市 哪个市, 边10个 哪10个), 边度 哪里, 几多 多少 (几多时候 什么时候), 点样 怎样, 点解 为什么, 点睇 怎么看, 咩/乜嘢 什么, 有冇 有没有,
#: 点处理/点评价 怎么处理/怎么评价, 喺边 在哪里, 嘅 的, 啲 些, 咗 了, 呢篇 这篇, 佢哋 他们, 系 是, 定系 还是, 嗰 那, 噉 这样, 嘢 东西, 同埋 和, 睇 看,
#: 揾 找, 俾/畀 给, 嚟 来, 落去 下去, 做紧 在做 (喺度整改紧 在整改), …未? …了吗?, 仲有 还有, 接住 接着, 几时 什么时候, 效果点? 效果怎样?,
#: 加埋 加起来, 入面 里面, 几多转 多少次, 跟住 接着
#: (系 only where no Mandarin word holds it: 联系, 连系, 关系, 体系 but for 具体系, 系统)
_CANTONESE_IS = r"(?<![联连关体维派直院谱])系(?![统列数])"
#: 边 as a side (那边, 这边, 旁边), not Cantonese 边 for 哪.
_NOT_SIDE = r"(?<![那这旁两一左右上下前后里外东西南北身海河江岸路嘴手耳脚桌床门窗田湖塘])"
CANTONESE = regex(rf"[嘅咗啲佢冇喺嘢嗰𠮶噉睇揾畀嚟咩乜㗎边唔]|{_CANTONESE_IS}|几多|几时|点[解睇样]|点(?=评价|看待)|同埋|加埋|入面|跟住|仲(?=有|系|要|未)|接住|(?:效果|结果|反应|反响)点")
CANTONESE_ASKING: tuple[tuple[re.Pattern[str], str], ...] = (
    (regex(r"系唔系|系咪"), "是不是"), (regex(r"定系"), "还是"),
    (regex(rf"{_NOT_SIDE}边(?=[一1]?个?(?:城市|地方|市|县|区|省|乡|镇|村|单位|部门|组|级|批|部分|段|方面|环节|种|类|年|日|天|月|本|部|句|份|篇|张|间|家|场|次|期|条|项|样|套))"),
     "哪"), (regex(r"边个|边位"), "谁"), (regex(r"喺边(?:度|处)?"), "在哪里"), (regex(r"边度|边处"), "哪里"),
    (regex(rf"{_NOT_SIDE}边(?=几|啲|些|\d|[两三四五六七八九十]{{1,3}}[个位项条家样种类件句])"), "哪"), (regex(r"具体系(?!统)"), "具体是"), (regex(r"几多时候"), "什么时候"), (regex(r"几多"), "多少"), (regex(r"(?<=多少)转"), "次"), (regex(r"点解"), "为什么"),
    (regex(r"点睇"), "怎么看"), (regex(r"点样"), "怎样"),
    (regex(r"(?<![一重系观特要焦亮起终难地据试站网评热考景拐优缺弱])点(?=处理|做|搞|办|改|弄|讲|说|写|评价|看待)"), "怎么"), (regex(r"乜嘢|乜|咩"), "什么"),
    (regex(r"有冇得?"), "有没有"), (regex(r"冇得"), "没有"), (regex(r"冇"), "没有"), (regex(r"喺度(?=[^,,。??!!]{1,4}紧)"), ""), (regex(r"喺度"), "在"), (regex(r"喺"), "在"),
    (regex(r"嘅"), "的"), (regex(r"咗"), "了"), (regex(r"啲"), "些"), (regex(r"佢哋"), "他们"),
    (regex(r"佢"), "他"), (regex(r"唔"), "不"), (regex(r"呢(?=[篇个份次位件项条本场])"), "这"),
    (regex(r"[嗰𠮶]"), "那"), (regex(r"噉"), "这样"), (regex(r"嘢"), "东西"), (regex(r"同埋"), "和"), (regex(r"加埋"), "加起来"), (regex(r"入面"), "里面"),
    (regex(r"睇"), "看"), (regex(r"揾"), "找"), (regex(r"[俾畀](?=[^\s,,?？]{0,3}(?:讲|睇|看|听|知))"), "给"),
    (regex(r"嚟"), "来"), (regex(r"落(?=去|来|乡|村|基层)"), "下"),
    (regex(r"(做|搞|讲|查|改|学|整改|开展)紧"), r"在\1"), (regex(r"未(?=[??。!!]*$)"), "了吗"),
    (regex(_CANTONESE_IS), "是"), (regex(r"仲(?=有|是|要|未)"), "还"),
    (regex(r"接住|跟住"), "接着"), (regex(r"几时"), "什么时候"), (regex(r"(?<=效果|结果|反应|反响)点"), "怎样"),
)
#: 哪能 after a verb of going is 哪 and 能 (上哪能领到?: where one can get it), not Wu 怎么.
_GOING_BEFORE = r"(?<![上去到往])"
#: ... and Shanghainese (Wu) as it is typed, where a word only Wu uses is there (`WU`): 啥辰光 什么时候, 辰光 时候,
#: 哪能 怎么 (at the end: 怎么样), 几化 多少, 伊拉 他们, 阿拉 我们, 侬 你, 伊 他, 迭 这, 事体 事情, 屋里 家里,
#: 讲法 说, …伐? …吗?, 有伐 有没有, 真个假个 是不是真的, 搿 这, 阿里 哪, 啥物事 什么, 物事 东西, 讲一眼 讲一点, 个 for 的
#: (马鞍山个流动党员, 啥人写个?; not 多少个, 几个); a 个 ending the question after a verb (是啥人主持个?) is Wu alone;
#: Hangzhou's 啥西 什么 and 陆里 哪 (陆里个县) or 哪里.
WU = regex(rf"侬|阿拉|伊拉|{_GOING_BEFORE}哪能|辰光|迭(?=[个篇位种些只桩趟])|搿|物事|几化|事体|[伐哇](?=[??!!。]*$)|真个假个|啥西|陆里|"
                r"(?<=[持写做办讲说搞开来去弄发管带定成])个(?=[??!!。]*$)")
WU_ASKING: tuple[tuple[re.Pattern[str], str], ...] = (
    (regex(r"啥(?:个)?辰光|几时辰光"), "什么时候"), (regex(r"辰光"), "时候"),
    (regex(rf"{_GOING_BEFORE}哪能(?=[??!!。]*$)"), "怎么样"), (regex(rf"{_GOING_BEFORE}哪能讲法?"), "怎么说"),
    (regex(rf"{_GOING_BEFORE}哪能"), "怎么"),
    (regex(r"几化"), "多少"), (regex(r"伊拉"), "他们"), (regex(r"阿拉"), "我们"),
    (regex(r"侬"), "你"), (regex(r"伊(?![斯朗拉])"), "他"), (regex(r"迭"), "这"),
    (regex(r"阿里搭"), "哪里"), (regex(r"(?:阿|陆)里(?=[个只位种样些家几])"), "哪"), (regex(r"陆里"), "哪里"), (regex(r"啥西"), "什么"), (regex(r"搿"), "这"), (regex(r"啥物事"), "什么"), (regex(r"物事"), "东西"),
    (regex(r"(?<=[讲说多])一眼"), "一点"), (regex(r"事体"), "事情"), (regex(r"屋里(?:厢)?"), "家里"), (regex(r"真个假个"), "是不是真的"),
    (regex(r"有伐(?=[??!!。]*$)"), "有没有"), (regex(r"伐(?=[??!!。]*$)"), "吗"),
    (regex(r"(?<![\d一二两三四五六七八九十百千万几多少每这那哪某各整半])个(?![人月别体性案])"), "的"),
)
#: ... and Minnan (Hokkien) as it is written, where a word only Minnan uses is there (`MINNAN`): 偌济/偌多 多少,
#: 佗 哪 (佗位 哪里), 啥物 什么, 底时 什么时候, 家己 自己, 伊 他, 彼 那, 伫 在, 遐 那里, 内底 里面, 予人 被人, 犹 还,
#: 矣 了, 汝 你, 阮 我们, 揣 找, 开讲 谈话, 规个 整个, 几摆 几次, 专工 专门, 欲 要, 咧 在 (before a verb), 落去 下去,
#: 头家 领导, 工课 任务, 歹 坏, 读册 读书, 查某 女性, 查埔 男性, 物件 东西, …无? …吗?
MINNAN = regex(r"偌[济多]|佗(?=[一位个])|啥物|底时|家己|伫|遐|内底|予人|犹(?=咧|有|未|在|欲)|规个|查某|头家|工课|专工|"
                    r"(?<=[几这彼])摆|(?<=[\u4e00-\u9fff])矣(?=[??。!!]*$)|揣(?=人|啥|什)|读册")
MINNAN_ASKING: tuple[tuple[re.Pattern[str], str], ...] = (
    (regex(r"偌[济多]"), "多少"), (regex(r"佗位"), "哪里"), (regex(r"佗"), "哪"), (regex(r"啥物"), "什么"),
    (regex(r"底时"), "什么时候"), (regex(r"家己"), "自己"), (regex(r"伊们"), "他们"),
    (regex(r"伊(?![斯朗拉])"), "他"), (regex(r"彼(?=[一个本位些款场项批摆次\d])"), "那"), (regex(r"伫"), "在"),
    (regex(r"遐"), "那里"), (regex(r"内底"), "里面"), (regex(r"予人"), "被人"), (regex(r"犹"), "还"),
    (regex(r"矣"), "了"), (regex(r"汝"), "你"), (regex(r"阮(?=[\u4e00-\u9fff])"), "我们"), (regex(r"揣"), "找"),
    (regex(r"开讲"), "谈话"), (regex(r"规个"), "整个"), (regex(r"(?<=[几这那\d一两三四五六七八九十])摆"), "次"),
    (regex(r"专工"), "专门"), (regex(r"欲(?=[\u4e00-\u9fff])"), "要"), (regex(r"咧(?=[\u4e00-\u9fff])"), "在"),
    (regex(r"落(?=去|来)"), "下"), (regex(r"头家"), "领导"), (regex(r"工课"), "任务"), (regex(r"歹"), "坏"),
    (regex(r"读册"), "读书"), (regex(r"查某(?:人)?"), "女性"), (regex(r"查埔(?:人)?"), "男性"), (regex(r"物件"), "东西"), (regex(r"无(?=[??]*$)"), "吗"),
)
#: Each dialect's table, read where a word only that dialect uses is there, in this order.
DIALECTS: tuple[tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]], ...] = (
    (CANTONESE, CANTONESE_ASKING), (WU, WU_ASKING), (MINNAN, MINNAN_ASKING))
#: ... and the written, half-classical style (文白夹杂), where its question words are there (`CLASSICAL`): 何人 谁,
#: 几何/凡几 多少, 何处/何地 哪里, 何年/何日 哪年/哪天, 何以 为什么, 何县 哪个县, 何名/何种/有何 什么…, …何如? …是什么?,
#: 谓之何 叫什么, X者何 X是什么, …乎?/…否? …吗?, 此 这, 之 的, 吾/老夫 我, 所撰 写的.
CLASSICAL = regex(r"(?<![如任为])何(?!况|必|其|等|在|尝|妨)|为何(?=[日天年月])|几何|凡几|[乎焉](?=[??!!。]*$)|(?<![是与能可])否(?=[??。]*$)|为何许?人|老夫|吾|谓之")
CLASSICAL_ASKING: tuple[tuple[re.Pattern[str], str], ...] = (
    (regex(r"凡几何?|几何"), "多少"), (regex(r"为何许?人"), "是谁"), (regex(r"何许?人"), "谁"), (regex(r"何[处地方]"), "哪里"),
    (regex(r"何年"), "哪年"), (regex(r"何[日天]"), "哪天"), (regex(r"何月"), "哪个月"),
    (regex(r"何以"), "为什么"), (regex(r"何(?=[省市县区乡镇村级批])"), "哪个"),
    (regex(r"所谓(.{1,12}?)者,?何"), r"\1是什么"), (regex(r"(?<=[\u4e00-\u9fff])者,?何(?=[??。]*$)"), "是什么"),
    (regex(r"谓之何"), "叫什么"), (regex(r"(?:何如|若何|奈何)(?=[??。]*$)"), "是什么"),
    (regex(r"作何用"), "有什么用"), (regex(r"(?<![如任为])何(?!时|在|况|必|尝|妨)"), "什么"),
    (regex(r"[乎焉](?=[??!!。]*$)"), "吗"), (regex(r"(?<![是与能可])否(?=[??。]*$)"), "吗"),
    (regex(r"此(?:文|篇|稿)"), "这篇报道"), (regex(r"此"), "这"), (regex(r"之时"), "时"),
    (regex(r"(?<=[\u4e00-\u9fff])之(?![前后间内外中上下一所])(?=[\u4e00-\u9fff])"), "的"),
    (regex(r"老夫|吾"), "我"),
    (regex(r"所(?:撰|著|作|写)"), "写的"),
)
#: English words read as Chinese: the report and its parts (呢篇report讲嘅系咩?), question words, and everyday words.
ENGLISH_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (regex(rf"\s*(?<![a-z])(?:{english})(?![a-z])\s*"), word) for english, word in (
        ("reports?|articles?|news", "报道"), ("reporter", "记者"), ("author", "作者"), ("title|headline", "标题"),
        ("sub-?headings?|sub-?titles?|headings?", "小标题"), ("contact points?", "联系点"),
        ("campaign", "活动"), ("editor", "编辑"), ("source", "来源"),
        # question words, and everyday words people mix into Chinese (how many 督导组, 最 key 的是什么)
        ("means? what|what (?:does|do) [a-z ]{0,30}mean|meaning", "是什么意思"),  # (四风 means what?)
        ("what (?:is|are)|what's|which (?:is|are)", "是什么"),
        ("how many|how much", "多少"), ("who", "谁"), ("when", "什么时候"), ("where", "哪里"), ("why", "为什么"),
        ("which", "哪个"), ("what", "什么"), ("hotlines?", "热线"), ("teams?|groups?", "组"), ("leaders?", "领导"),
        ("research|survey", "调研"), ("fix(?:ed)?", "整改"), ("key", "关键"), ("position|role", "地位"),
        # facets the report never gives, asked in English (黄永礼有冇 contact number?): what the answer must speak of
        ("(?:contact|phone|tel(?:ephone)?) ?(?:numbers?|no\\.?)?|phone", "电话号码"), ("e-?mail", "邮箱"),
        ("address", "地址"), ("age", "年龄"), ("salary|income", "收入"), ("budget|funding", "经费"),
        ("population", "人口"), ("names? list", "名单"), ("list", "列出"), ("names?", "名字"),
        ("stud(?:y|ied)|learning", "学习"), ("meetings?", "会议"), ("opinions?|feedback|suggestions?", "意见"),
        ("problems?|issues?", "问题"), ("results?|effects?", "效果"), ("cit(?:y|ies)", "市"), ("count(?:y|ies)", "县"),
        # (联系点 total: the count, at the end; 省委 total 开了: in all)
        ("total(?= *[??]*$)", "总数"), ("total|in total|overall", "一共"),
        ("full|complete", "完整"), ("province", "省"), ("parts?|sections?", "部分"), ("first", "第一"), ("last|final", "最后"), ("date", "日期"),
        ("party members?", "党员"), ("cadres?|officials?", "干部"), ("training", "培训"), ("films?|movies?", "电影"),
        ("manual|handbook", "手册"), ("plan", "方案"), ("led|lead", "带队"), ("inspection|supervision", "督导"),
        ("purposes?|goals?|aims?", "目的"), ("requirements?", "要求"), ("methods?|ways?|approach(?:es)?", "办法"),
        ("measures?", "措施"), ("channels?", "渠道"), ("cases?", "案例"), ("bridges?", "桥"), ("deadline", "期限"),
        ("standards?", "标准"),
        ("one", "一"), ("two", "两"), ("three", "三"), ("four", "四"), ("five", "五"), ("six", "六"), ("seven", "七"),
        ("eight", "八"), ("nine", "九"), ("ten", "十"),
        ("help|pls|please|thx|thanks|thank you|the|is|are", ""))
)
#: Names of several asked after as a whole (那8位组长的名字有吗?): whether the report gives the list of them (not
#: 省委书记名字有没有?, one person's name).
NAMES_GIVEN_ASKED = regex(r"((?:\d+|[两二三四五六七八九十]+)[位个名][^,,。??]{0,12}?|(?:那些|这些|们|各)[^,,。??]{0,12}?)"
                          r"(?:名字|姓名)(?=\s*(?:有(?:吗|没有|冇|伐|无)|有没有|公布|公开))")
#: ... and words that ask only where nothing else in the question does (作了好多场? → 多少; 好多人参加吗? is a
#: yes/no question about many).
CASUAL_ASKING: tuple[tuple[re.Pattern[str], str], ...] = (
    (regex(r"好多"), "多少"), (regex(r"好久"), "多久"), (regex(r"好长(?:的)?时间"), "多长时间"),
    (regex(r"(?<=[\u4e00-\u9fff])(?<!是)为何(?=[\s??。]*$)"), "是什么"),  # 标题为何? (formal: what is it)
    # 是二十个县不? (northern speech: 是不是; not 还留着不?, whose 不 may be the report's: 机构不撤)
    (regex(r"(是[^,,。??!!]*?[\u4e00-\u9fff])(?<![要可])不(?=[\s??!!~。]*$)"), r"\1吗"),
    # 满意不?, 认可不?: a judgment asked after with 不 (northern speech: 满意吗)
    (regex(r"(满意|认可|肯定|支持|同意)不(?=[\s??!!~。]*$)"), r"\1吗"),
    # a request to check what was said (…督导了802次,核一下 / 麻烦对一下原文): is it so?
    (regex(r"(?:麻烦|请|帮我|帮忙)?(?:(?:核对|核实|核查|查证|确认|核)(?:一下|下)?|对(?:一下|下))(?:原文|书据|数据|数字|出处)?"
                r"(?=[\s??!!~。]*$)"), "对吗"),
    # the exact figure asked for after a rough one (…三十好几项任务?准数呢): how many
    (regex(r"(准数|确数|实数|(?:准确|确切|精确|具体)的?数(?:字|目)?)呢?(?=[\s??!!~。]*$)"), r"\1是多少"),
)

#: A sum said in words (一加八 for the report's 1+8).
SPOKEN_PLUS = regex(r"(?<![\d一二三四五六七八九十])([1-9一二三四五六七八九])加([1-9一二三四五六七八九])(?![\d十百千万])")
#: A figure guessed after a question that asks for it (几个市?是不是六个? / 好多个?四千多?): no figure the
#: answer must state.
FIGURE_GUESS = regex(rf"^(?:是不是|是否|是|有|大概|大约|差不多|应该是|估计)*\d+(?:\.\d+)?(?:万|亿)?(?:多|余|来)?"
                          rf"(?:{UNIT_PATTERN})?(?:左右|上下|以上|往上|开外|出头)?(?:吧|吗|嘛|么|啊|呀|呢)?[\s,,。!!??~～]*$")

#: ... or the asker's own version of what is asked, to be checked (…几月份?我这写的是4月, 我们资料库里标的是5月8号):
#: what the answer is checked against, nothing asked.
ASKER_VERSION = regex(r"^(?:我|俺|咱)们?[\u4e00-\u9fff]{0,6}?(?:写|标|记|登|印|列|录)(?:的|着|成|作)(?:是|了)?")

#: A remark after a question asking it be answered exactly (别给我估个数。, 全称。, 要准确数字, 原文怎么表述的): nothing
#: else asked.
EXACT_REMARK = regex(r"^(?:请|麻烦)?(?:(?:别|不要|甭|莫)(?:给我)?(?:估|约|大概|四舍五入)[\u4e00-\u9fff]{0,3}|"
                          r"(?:要|给我?|请给)?(?:精确|准确|确切|完整)的?(?:数字?|数据|数值|名称|名字)?|(?:要|给)?(?:全称|全名)|"
                          r"(?:请|要)?(?:给出|附上|引用)?原[文话](?:是)?(?:确切|具体|到底|究竟|准确)?(?:怎么|如何|咋)?(?:表述|写|说|讲)?的?|"
                          r"原[文话](?:那几?句话?|那段话?)(?:是|写的是)?(?:啥|什么))"  # (…?原文怎么表述的, 原话怎么讲的, 原文那几句是啥)
                          r"[呀啊呢吗嘛哈哦哇]*[\s,,。!!??~～]*$")
#: A rough guess at the figure asked for (十几位?, 是不是二十几个?): its 几 asks nothing ...
ROUGH_GUESS = regex(rf"(?:是不是|大概|大约|差不多|估计|应该是|有)?[一二两三四五六七八九十百千万\d]*几"
                         rf"(?:10)?[十百千万]?(?:{UNIT_PATTERN})?(?:吧|吗|嘛|啊|呀|呢)?[\s,,。!!??~～]*$")
#: ... said after the question (…各自包了联系点?十几位?).
ROUGH_GUESS_AFTER = regex(rf"[,,??!!\s]+{ROUGH_GUESS.pattern}")


#: A line in brackets that only signs the report ((记者 黄永礼)): no sentence of what it says.
BYLINE = regex(r"[((][^()()]{0,20}[))]")
#: Letters in brackets after the characters they spell (县级 (xianji)): a gloss, read already.
LATIN_GLOSS = regex(r"(?<=[\u4e00-\u9fff])\s*[((][a-z\s]+[))]")


def standard_asking(text: str) -> str:
    """The text with the question words of regional or casual speech read as the standard ones
    (`REGIONAL_ASKING`, `CANTONESE_ASKING`, `WU_ASKING`, `MINNAN_ASKING`, `CLASSICAL_ASKING`, and `CASUAL_ASKING` where nothing else
    in the question, or in its last clause, asks), letters glossing characters dropped."""
    if "(" in text:
        text = LATIN_GLOSS.sub("", text)
    classical = CLASSICAL.search(text)
    for pattern, word in REGIONAL_ASKING:
        text = pattern.sub(word, text)
    for dialect, table in DIALECTS:
        if dialect.search(text):
            for pattern, word in table:
                text = pattern.sub(word, text)
    if classical:
        for pattern, word in CLASSICAL_ASKING:
            text = pattern.sub(word, text)
    # (有几个,抽了好多人?: the last clause asks on its own where nothing in it asks)
    asking = ROUGH_GUESS_AFTER.sub("", text)
    last = max((m.end() for m in CLAUSE_END.finditer(asking.rstrip(CLAUSE_MARKS + " "))), default=0)
    if not QUESTION_WORD.search(asking[last:]):
        head = text[:last] if QUESTION_WORD.search(text[:last]) else ""
        for pattern, word in CASUAL_ASKING:
            text = head + pattern.sub(word, text[len(head):])
    return text


# --- questions about the report itself -----------------------------------------------------------------------------
#: Verbs for publishing a report (刊发, 刊载).
_PUBLISHED = r"刊发|刊登|刊载|登载|发表|发布"
#: Asking when (哪年, 何时), right after such a verb (刊发于何年何月何日?).
_WHEN_ASKED = r"(?:哪1?[年天日]|哪个月|何[年时日]|什么时候|啥时候|几[号月])"
#: (pattern, metadata field): 记者是谁? → reporter. Checked in order; the first that matches wins.
META_FIELDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (regex(r"(?<![总主副])(?:责任编辑|编辑|责编|审稿|编者)(?:的?署名|负责)?"), "editor"),  # not 总编辑: another post (哪个编辑负责的: the post said as a verb)
    (regex(r"记者|作者|谁写|写的人|写稿|写[这那本该此][篇个](?:稿子|文章|报道|新闻)?的|撰稿|执笔|(?<!编辑)(?<!责编)署名|笔者|(?:由[^,,。??]{0,6})?(?:撰写|采写|所写|写成)"), "reporter"),
    (regex(rf"(?:{_PUBLISHED})的?(?:载体|媒体|平台|报刊)|报社|报纸|哪家报|哪个报|什么报|来源|出处|媒体|(?:刊登|刊发)(?!于?{_WHEN_ASKED})|哪家|登在|哪里发|发在|"
                r"[\u4e00-\u9fff]{0,4}(?:日报|晚报|新华社|通讯社)(?:的(?:稿子|稿件|报道|文章|新闻)|(?:发|登|刊)的)"), "source"),  # 是人民日报的稿子吗?
    (regex(rf"(?:哪天|哪1天|什么时候|啥时候|何时|几号|哪年|哪1年|哪日)(?:{_PUBLISHED}|[发登刊挂贴放]出来?|发|登|刊|出|写|挂|贴|推送|上线|见报|出炉)|哪天的|(?:{_PUBLISHED})的?(?:时间节点|时间点|时间|日期)|"
                rf"(?:{_PUBLISHED})于?{_WHEN_ASKED}|发稿|日期|发表于|见报|什么时候的报道|几号发表|[年月日号](?:发|登|刊)的|[年月日号](?:{_PUBLISHED}|登出)"), "date"),  # 是5月7号发的吗?
    (regex(r"(?<!小)(?<!段)(?<!段的)(?<!段落)(?<!段落的)(?<!部分)(?<!部分的)(?<!块)(?<!块的)(?<!节)(?<!节的)(?:最?(?:上头|上面|上边|顶上|顶端)的?那?个?)?[大总主]?标题|题目|题名"),
     "title"),  # (最后一段的标题: the part's heading)
)
#: A field's word pointed back at things the report tells of (这些媒体, 那几家报纸), or dates that span a time (起止日期):
#: not the report's own one source or date.
FIELD_ELSEWHERE = regex(r"(?:这些|那些|这几|那几)[家个位份]?(?:媒体|报纸|报社|报刊|记者|编辑)|起止|起讫|起始|开始和结束|开始跟结束")
#: Words for writing, editing or printing a report (手笔, 出自, 刊于): about the report where a question names it.
MAKING_OF_IT = regex(rf"手笔|出自|执笔|署名?|[写编弄搞撰采]|采写|撰写|编写|编辑|报道|刊于|{_PUBLISHED}|见报")
#: Editing it, as against writing it (谁编的这篇?).
EDITING = regex(r"编(?!写)|审")
#: The title of a thing is asked (文章叫啥题目?): a person the sentence names is no answer.
TITLE_ASKED = regex(r"题目|题名|标题|书名|片名|篇名|名称|"
                    r"(?:文章|书|电影|片子|手册|册子|材料|稿子)的?(?:叫|名字)")  # (a work's name: 文章叫什么名字?)
#: The words for the report's own fields and parts, which a report's body need not use (read where typed by sound:
#: 标提 → 标题).
REPORT_FIELD_WORDS = frozenset("标题 题目 记者 作者 编辑 责编 来源 出处 日期 报社 报纸 综述 部分 段落 开头 结尾".split())
#: Other writing than this report (他还写过哪些报道?): nothing in it answers.
#: Someone's own view asked (本人觉得…怎么样?, 他啥态度): what the report's makers think, it does not say.
PERSONAL_VIEW = regex(r"觉得|认为|看法|态度|怎么看|咋看|如何看")
OTHER_WORKS = regex(r"还写过|还写了|还发表过|还发过|其他(?:的)?(?:报道|文章|稿子|作品)|别的(?:报道|文章|稿子|作品)|"
                         r"以前(?:写|发)|其余(?:报道|文章)")
#: What a thing is likened to is asked (被比作什么?, 被形象地称作什么?, 比成一根啥线): the image is the answer.
LIKENED_ASKED = regex(r"(?:被[^,,。??]{0,6}?(?:比喻|称)|比作|比喻(?:成|为)|比成|喻为|誉为|称作|称为)(?:了|是)?"
                           r"[^,,。??]{0,10}?(?:什么|啥|哪)")  # (not 这个比喻是写哪个县的?: the image named, its place asked)
#: ... said as what something is taken as (以…为镜子, 作为红线): the image, its word right after.
TAKEN_AS_IMAGE = regex(r"以[^,,。;;]{1,30}?为([\u4e00-\u9fff]{1,4})(?=[,,。;;]|$)|作为([\u4e00-\u9fff]{2,8})")
#: Words quoted in a question (小标题“深学深思”).
QUOTED = regex(r"“([^”]{1,30})”")
#: Words that say the question is about the report (稿子, 这篇报道) rather than about what it reports.
#: The title of a work (电影《焦裕禄》).
WORK_TITLE = regex(r"《[^》]{1,30}》")
#: Measure words of writings (这篇, 一则): a word after one that sounds like a word for the report is that word.
WRITING_MEASURES = frozenset("篇则")
REPORT_WORDS = frozenset("报道 文章 新闻 稿子 稿 原稿 素材 这篇 本文 该文 此文 全文 通篇 全篇 原文 报社 报纸 通讯 综述 消息".split())
#: ... those of them that name nothing else (not 素材, 消息, 通讯 or 新闻, which are also what a report tells of).
REPORT_ONLY_WORDS = REPORT_WORDS - frozenset("素材 消息 通讯 新闻".split())
#: ... any of them, where it stands (看到这新闻).
REPORT_WORD = regex("|".join(longest_first(REPORT_WORDS)))
#: The report's own wording asked (原文是怎么写的?, 稿子里原话怎么写的, 报上怎么写的, 文中…那句话是怎么说的): any of its
#: sentences gives it, quoted or not.
REPORT_WORDING_ASKED = regex(rf"(?:{REPORT_WORD.pattern}|文中|文里|报上|原话)(?:里|中|上)?[^,,。;;??!!]{{0,14}}?"
                             r"(?:确切|具体|到底|究竟)?(?:怎么|咋|如何|怎样)(?:写|说|讲|表述|描述)")
#: How something is put, asked (是如何表述的, 怎么写的)...
PHRASING_ASKED = regex(r"(?:怎么|咋|如何|怎样)(?:写|说|讲|表述|描述|提)的")
#: ... and words that ask for a line, a slogan, a post or someone's own words instead (原话, 那句话, 口号, 那微博).
LINE_OR_SLOGAN = regex(r"原话|原文|口号|标语|宣传语|微博|帖子|短信|留言|[那这哪一1]句|[那这]条|段话|[的这那]话|网民|网友|群众|说了什么|说了啥")
#: The report pointed at as this one (这篇稿子, 这综述, 该文章), not another piece (那篇学习体会文章) or its text (原文).
THIS_REPORT = regex(rf"[这本该此][篇份]?(?:{REPORT_WORD.pattern})|[这本该此]篇|[本该此]文")
#: The report come across, said as where the asker heard of it (刚刷到一条新闻, 看到这篇报道): it frames the question.
REPORT_COME_ACROSS = regex(rf"(?:看到|刷到|读到|听到|看了|读了)?(?:[一1这那该][条篇则个份]|看到|刷到|读到)(?:{REPORT_WORD.pattern})")
#: ... standing for where something is said (稿子里, 文中, 文章为什么说, 据报道): it only frames the question.
_TITLE_WORDS = r"(?:标题|题目)"
#: Where the report says what a question goes on to name (文中提到的“小四风”…, 报道里说的督导组…): no subject of it.
SAID_IN_REPORT_FIRST = regex(rf"^(?:{REPORT_WORD.pattern}|文中|文里)(?:里|中|上)?(?:提到|提及|说|讲|写|所说|所讲)了?的?")
#: In the report's title (题目中提到的是哪个环节?).
IN_THE_TITLE = regex(rf"{_TITLE_WORDS}(?:里|中|上)")
REPORT_AS_SOURCE = regex(rf"(?:{REPORT_WORD.pattern}|文中|文里)(?:里|中|上)?(?:点名|点到|提及|列举|列出|举例)|"  # (文章点名的是哪个市?)
                              rf"(?:{REPORT_WORD.pattern})(?=里|中|上|的?{_TITLE_WORDS}|(?:是不是|是否|有没有|是|所)?(?:说|写|提|讲|称|把|将)|认为|觉得|评价|咋|怎|为什么|为何|为啥)|文中|文里|报上(?=(?:是不是|是否|有没有|是|所)?(?:说|写|讲|提|登))|"
                              rf"{_TITLE_WORDS}(?=里|中|上)|"
                              rf"(?<=[这本该此]篇)(?:{REPORT_WORD.pattern})|"  # (这篇文章总的来说是讲…: the report itself)
                              r"(?<=[这本该此][篇份])(?:材料|资料)|"  # (这份材料是哪家媒体发的?: the report, as material read)
                              rf"(?<=[据按照])(?:{REPORT_WORD.pattern})|"  # (根据文章,…; 据报道…; 按文章的说法)
                              # the material an exam gives (给定资料中, 材料里提到的…), not a kind of it (警示教育资料里)
                              r"(?:(?:给定|所给|上述|以上)的?|(?<![\u4e00-\u9fff]))(?:资料|材料)(?=里|中|上|说|提到|显示|认为|表明)")
#: Whether the report says a thing, asked (报道是不是认为…, 综述是否明确提及…): a claim put to be confirmed, however
#: it is worded (…能听进多少群众意见非常重要: no figure asked), the saying only framing it.
REPORT_CLAIM = regex(rf"(?:{REPORT_WORD.pattern}|报告)(?:里|中)?(?:是不是|是否|有没有)(?:明确)?"
                          r"(?:认为|说|提到|提及|提出|写|讲|表示|指出|强调)")
#: A clause added after what a sentence first tells (…进行集中暗访,并对…进行通报): done after it, when unsaid.
THEN_CLAUSE = regex(r"[,,;;](?:并|随后|然后|之后|此后|还|再)")
#: The report's own view asked (文章怎么评价…, 报道觉得有多重要?): what it says is its view, no one's words reported.
REPORT_VIEW = regex(rf"(?:{REPORT_WORD.pattern}|文中|文里)(?:里|中|上)?(?:是)?(?:怎么|咋|如何)?(?:看|评价|觉得|认为)")
#: How the report puts it, asked after the question (…,文章怎么说的?, …,报道里是咋讲的).
HOW_THE_REPORT_SAYS = regex(rf"[,,\s??]+(?:[这该本那]篇)?(?:{REPORT_WORD.pattern}|文中|文里)(?:里|中|上)?(?:是)?(?:怎么|咋|如何|怎样)"
                                 r"(?:说|讲|写|记|描述|表述|记载)的?(?:[,,\s]*我?想?(?:看看|看一下))?[??。!!\s]*$")
#: Which campaign the report tells of, asked (综述 啥活动): its title names it.
CAMPAIGN_ASKED = regex(r"(?:什么|啥|哪个|哪项)活动")
#: Structure and gist of the report: what it is about, how many parts, what part N says.
GIST = regex(r"(?:讲|说|写|介绍|报道|谈|聊)(?:了|的|得)?(?:些)?(?:什么|啥|哪些)|主要内容|主旨|主题|大意|中心思想|概括|总结|"
             rf"梗概|要点|核心|讲的是|说的是|写的是|(?:汇总|汇报|盘点|覆盖|涉及|回顾)的是|关于什么|是关于|{CAMPAIGN_ASKED.pattern}")
#: The round or stage something is of, asked (这是第几批活动的综述? / 综述的是哪个环节?).
ROUND_OR_STAGE_ASKED = regex(r"(?:第几|哪[一1]?)个?(批|环节|轮|阶段|期)")
_PARTS = r"部分|小标题|大标题|标题|小节|节|章节|板块|模块|块"
PART_WORDS = regex(rf"{_PARTS}|段落|方面")
#: A word for a part of the report right after the words naming it (“深学深思”那个部分, 深学深思那一段, …为题的部分):
#: `paragraph` where it may be one paragraph (段).
PART_NAMED_AFTER = regex(r"[”\"」』]?\s*(?:为题的|这|那|该|此)?(?:[一1])?(?:个)?大?(?:(?:部分|小节|节|章节|板块)|(?P<paragraph>段|块儿?))")
PART_COUNT = regex(rf"(?<!第)(?:几|多少)(?:个)?大?(?:{_PARTS}|方面)|"
                        rf"(?:{_PARTS})(?:一共|总共|共)?(?:有|分)?(?:几|多少)个?(?=[?？!！。吗呢啊呀]|$)")  # (小标题有几个?)
#: Which part, by its number, is asked (“深学深思”是第几部分的小标题?).
PART_WHICH = regex(rf"第几(?:个)?(?:{_PARTS})")
#: 第二部分, 最后一部分, 第3个小标题, 头一个小标题: the ordinal (digits after normalization) or first/last.
PART_ORDINAL = regex(rf"(?:第|头(?=[一1]))([\d一二三四五六七八九十]+)(?:个)?(?:{_PARTS}|段落?的?(?=[小大]?标题))|(最后|末尾|结尾|最末|收尾|末了)(?:[那这])?(?:[一1])?(?:个)?"
                          rf"(?:{_PARTS}|段落?的?(?=[小大]?标题))|(开头|开篇|第一(?=部分|段|$))(?:部分|段)?")  # (第一批, 第一环节: no part)
#: What a part is about, said to point at it (最后一部分讲整改的, 就讲部署和督导的那个): only says which part.
PART_HINT = regex(rf"(?:讲|说|写|关于|介绍)(?!完)[^,,。?!\s]{{1,10}}?的(?:那个|那{{0,1}}(?:{_PARTS}))?")
#: What kind of article the report is: the genre its title ends with (…工作综述).
GENRE = regex(r"(?:工作)?(?:综述|述评|通讯|评论|消息|特写|专访|访谈|调查|纪实|侧记|短评)$")
GENRE_ASKED = regex(r"体裁|文体|(?:什么|啥|哪种|哪类|哪一类)(?:类型|样)?的?(?:文章|稿子|报道|新闻)|(?:什么|啥|哪种)类型|"
                         r"文章类型|报道类型|(?:消息|通讯|综述|评论|社论|特写|专访)还是(?:消息|通讯|综述|评论|社论|特写|专访)")
#: Where in the report: its opening lines (开头那四句), its closing ones (结尾说了啥, 怎么收尾的, 报道最后说了啥); not a
#: part's heading, nor when something began (哪年起头的, 起头搞).
REPORT_END = regex(rf"(开头|开篇|篇首|(?<![年时天月候])起头(?![搞干做弄办抓])|开场白|导语|第一段|首段|头一段|第一句|首句|头一句)(?!{_PARTS}|落?的?标题)|"
                        rf"(结尾|末尾|文末|篇末|文尾|最后一段|末了一段|末段|最后一句|最后一行|最后那行|末行|结束语|最底下|最下边|最底部|最下方|(?<=报道|文章|稿子|全文|综述)最后(?![一1]|个)|"
                        rf"(?:报道|文章|稿子|全文|综述|本文)[^,,。??]{{0,12}}?收尾)"
                        rf"(?!{_PARTS}|落?的?标题)")
#: A line asked by the words it begins with (以“亲”开头的那句, “亲”字开头的那句话): not the report's opening.
LINE_BEGINNING = regex(r"以“?([^,,。??“”\s]{1,6}?)”?字?(?:开头|打头|起头)|“([^”]{1,6})”字?(?:开头|打头|起头)")
#: A paragraph of the report by its number (第二自然段, 第29段), as the answers cite them.
PARAGRAPH_ORDINAL = regex(r"第([\d一二三四五六七八九十百]+)(?:个)?(?:自然)?段(?!落?的?(?:小)?标题)")
#: Where in the report a question points (第一部分里, 第三部分中, 倒数第二段, 那段): it frames what is asked.
PART_REFERENCE = regex(rf"(?:第|头(?=[一1]))[\d一二三四五六七八九十]+个?(?:{_PARTS}|段落?)(?:里|中|当中|之中|的)?|"
                            rf"(?:最后|末尾|倒数第[\d一二三四五])[一1]?个?(?:{_PARTS}|段落?)(?:里|中|的)?|"
                            r"(?<=[\u4e00-\u9fff])[那这][一1]?个?段(?:话|文字)?(?:里|中|的)?")
#: ... a paragraph counted from the end (倒数第二段).
FROM_THE_END = regex(r"倒数第([\d一二三四五])段")
#: The part after the one about something: 讲完芜湖的做法后,接着讲的是哪个县?
PART_AFTER = regex(r"(?:讲完|说完|介绍完|写完|谈完)(.+?)(?:的(?:做法|情况|事|内容|部分))?(?:以?后|之后)?[,,]?"
                        r"(?:接着|然后|接下来|紧接着|下面|下一段|再)")
#: The lines themselves are asked for (开头那几句, 用哪几句话概括, 那段排比).
LINES_ASKED = regex(r"[哪那这几一两三四五六七八九\d]+句(?!号)|[哪那这几一两三四五六七八九\d]+个?(?:短语|词组)|排比|顺口溜|口号|标语")
#: Words that name a stretch of text (那句, 四句口号, 这段话): they frame a question about the wording.
TEXT_UNITS = regex(r"[一二三四五六七八九十\d两几这那哪]?(?:句|段)(?:话)?|口号|标语|提法|说法|原话|原文|文字|咋说|咋写|怎么说|怎么写|"
                        r"引号|俗语|俗话|谚语|老话|格言")
#: What comes after or before a quoted stretch: “班子强不强”后面那句, 立行立改前面是哪句, what it leads to
#: (这句话引出的是啥工作?); or the other of a pair, either side (坚持即知即改,另一句是什么?).
SEQUEL = regex(r"(?:的)?(?:(后面|后边|后头|下一句|后一句|下句|后半句|下半句|引出)|(前面|前边|前头|前一句|上一句|上句|前半句|上半句)|"
                    r"(另一句|另外一句|另半句|另一半))(?!号)")  # (not 上句号 of 画上句号: a full stop)

# --- conversation ---------------------------------------------------------------------------------------------------
#: What a follow-up asks more of, by kind (还有哪些成效?, 其他的成绩呢?).
_RESULT_KINDS = r"成效|成果|成绩|数据|数字|数|渠道|法子|方式|形式|做法|措施|举措|办法|内容|情况|亮点|经验|细节"
#: A word that asks for more of what is being talked about, wherever it stands (此外还抓了什么?, 其他工作量数据呢?,
#: 除了这个还学了啥, 再往下说了啥?); not 还是 (a choice), 还在 (still), 再 of 再问 or 别的 of 问别的 (another question).
MORE_ASKED = regex(r"还(?![是在没未])|再(?!问)|此外|另外|(?<![问说聊谈扯])(?:其[他它余]|别的)|除了?|接[着著]|接下来|然后|后[面边头来]|之后|下面|往下|下一")
#: The kinds of thing more may be asked of without naming anything (其他工作量数据呢?, 还有哪些部署?).
MORE_KINDS = regex(rf"(?:{_RESULT_KINDS}|工作|工作量|事项|事情|事儿?|东西|例子|部署|安排|活动|动作)")
#: Follow-ups that ask for the next passage, the paragraph in context, the reason or the measures.
MORE = regex(r"^(?:请问?|麻烦你?|你)?(?:那|再|那再|后头|后面|后边|下面|接下来|后续|再往下|往下|再往后|往后)?(?:文中|文章|报道|稿子|稿里|原文)?(?:还有呢|还有吗|还有(?:没有?|不)$|还有|还有别的吗|还有其他的吗|更多|再来一个|再来一条|下一个|下一条|下一段|继续|接[着著]说|"
                  r"再说说|说说看|再讲讲|接[着著]说说|接[着著]讲|接[着著]呢|往下说|继续说|然后呢|后来呢|之后呢|"
                  # (还有呢,详细说说: more, told in full)
                  r"(?:还有呢|还有吗|别的呢|其他的?呢)[,,.。??!!\s]*(?:再|详细|具体)?(?:说说|讲讲|聊聊)|"
                  r"别的呢|其他的?呢|其它的?呢|(?:除此|除这|除那)(?:之外|以外|外)(?:呢|还有呢|还有吗|还有|$)|另外呢|别的(?:数|数字|数据)|还有没有(?:别的|其他|其它)的?|还有(?:别的|其他|其它)[\u4e00-\u9fff]{0,4}(?:吗|呢|没有|没|不)|还有(?:啥|什么)[\u4e00-\u9fff]{0,2}(?:吗|呢|没有|没|不)|还有(?:谁|哪些人|哪位|哪几位)(?:呢|啊)?|"
                  r"(?:接[着著]还|还|接[着著]|然后|后来|之后)(?:[干做搞学讲说办抓有写]|提到|写到|说到|讲到)?了?些?(?:啥|什么)了?|"
                  # (接下来报道又写了什么?: what the report tells next)
                  r"又(?:[讲说写]|提到|写到|说到|讲到)了?些?(?:啥|什么)了?|/more|/next|再说一?点|再讲一?点|"
                  r"(?:more|next|continue|go on|and then|then) ?(?:pls|please|plz)?|"
                  r"(?:继续|接[着著])(?:介绍|说明|讲|说|补充)(?:一下|下)?(?:后续|后面|下面)?(?:的)?(?:相关)?(?:情况|内容|数据)?|"
                  # more of the kind just answered (还有哪些督导成效?, 还有其他主要成效数据吗?), not of other places
                  # (还有别的地方的做法吗?: another passage)
                  r"(?:此外|另外|(?:其他|其它|别的)方面)?还(?:有|取得了?|提到了?|说了?|讲了?)(?:哪些|什么|啥|别的|其他|其它)(?![\u4e00-\u9fff]{0,3}(?:地方|单位|地区|部门|市|县))"
                  r"[\u4e00-\u9fff]{0,4}?"
                  rf"(?:{_RESULT_KINDS})(?:数据|指标)?(?:吗|呢|没有|没|不)?|"
                  # (其他的成绩呢?, 其他成效呢?: more of the kind, named)
                  rf"(?:其他|其它|别的)的?(?:方面的?)?(?:{_RESULT_KINDS})(?:呢|吗)?|"
                  # (后头呢?, 再往下呢?, 然后咧?: what comes next, however it is pointed at)
                  r"再?(?:往下|往后|后头|后面|后边)(?:的)?(?:呢)?|(?:接[着著]|继续|再)(?:往下|往后)(?:说|讲|聊)+(?:点|一点|一下)?|"
                  r"然后|接[着著])儿?$")
DETAIL = regex(r"^(?:请|麻烦)?再?(?:具体说说|具体讲讲|具体点|详细点|详细一点|详细说说|详细讲讲|说详细点|展开说说|展开讲讲|"
                    r"(?:详细|具体)(?:说|讲|介绍)一下|"
                    r"上下文|全文|原文|多(?:说|讲|聊|谈|介绍)(?:一)?[点些]|(?:说|讲|聊)多(?:一)?[点些]|说(?:具体|详细)[点些]|(?:具体|详细)[点些](?:说|讲)(?:一?下)?|"
                    r"说说|讲讲|聊聊|具体|详细)儿?$")  # (具体呢?, 详细说说儿?, 详细啲讲下, 再讲多啲; 还有啥数,说说)
REASON = regex(r"^(?:那|这|这是|那是)?(?:是)?(?:为什么|为啥|为何|(?:什么|啥)原因|原因是(?:什么|啥)|原因呢|目的是(?:什么|啥)|目的呢|"
                    r"有(?:什么|啥)用|有(?:什么|啥)作用|作用是(?:什么|啥)|作用呢|为了(?:什么|啥)|(?:为了|是为了|要|想)?达到(?:什么|啥)(?:目的|效果)|图啥|干嘛这样|"
                    # (为什么这样定位?, 为啥要这么安排?: why what was just said was done so)
                    r"(?:为什么|为啥|为何)要?(?:这样|这么|那样|那么)(?:做|搞|干|弄|定位|安排|规定|设置|设计|要求|排|放|定)?的?|"
                    r"(?:这样|这么|那样|那么)(?:做|搞|干|弄)?的?(?:目的|用意|意义|作用)(?:是(?:什么|啥)|何在|呢)?|"
                    r"意义何在|有什么意义)$")
#: What something was done for, asked (派这么多图个啥?, 是为了啥?): a reason, as 为什么 asks.
AIM_ASKED = regex(r"图个?(?:什么|啥)|为了?(?:什么|啥|干啥)|为的是(?:什么|啥)")
#: 效果咋样? / 这么做有啥效果? after an answer: what came of it.
RESULT = regex(r"^(?:那|这|这样|这么做|那么做|这样做|最后|具体说说)?(?:的|有啥|有什么|达到了?什么|取得了?什么)?"
                    r"(?:效果|成效|结果|反响|反应|成果)(?:如何|怎么样|咋样|怎样|呢|好不好|有哪些|是什么|是啥|怎么样呢)?$")
MEASURE = regex(r"^(?:那|这)?(?:他们|她们|它们|他|她)?(?:具体)?(?:是)?(?:怎么做的|怎么做|怎样做的|怎么搞的|如何做的|如何做到的|怎么开展的|怎么落实的|"
                     r"采取了什么措施|有什么措施|有哪些措施|用了什么办法|有什么办法|咋做的|咋搞的|怎么弄的|"
                     r"(?:怎么|怎样|咋|如何)(?:学|改|抓|干|办|查|找|落实|开展|推进|整改|整治|保证|保障|确保|做到)的?)$")
#: The verb a "how was it done" follow-up names (具体咋学的?): its clauses listed next to the answer say how.
MEASURE_VERB = regex(r"(?:怎么|怎样|咋|如何)个?(学|改|抓|查|找|听|干|办)的?")
#: What a question asks for (`Question.wants`) where the answer is a thing of a kind, not the sentence itself:
#: a follow-up answered by the sentence just shown with no such thing in it has not been answered.
TYPED_WANTS = frozenset({"date", "role", "name", "person", "where", "place", "figure"})
#: Another place's example asked for after an answer about one (还有别的地方的例子吗?, 其他地方呢?).
OTHER_PLACE_ASKED = regex(r"(?:别的|其他|其它|另外|别处|别个)(?:的)?(?:地方|市县|市|县|地区|城市)")
#: 那X呢? / X呢? / 换成X呢? / 如果是X呢?: the last question again, about X.
SWAP = regex(rf"^(?:[那这]个(?![别人体案性])(?=[\u4e00-\u9fff]{{2}})|那|那么|换成|如果是|要是|再问)?(?P<x>.{{1,14}}?)(?:(?:的话[,,]?)?(?:呢|怎么样|又如何|如何|又怎样|的呢|"
             rf"又是多少|是多少|有多少)|的话[,,]?(?:又是|是|有)多少(?:{UNIT_PATTERN})|"
             rf"的(?:又|还)?(?:是|有)(?:多少|几)(?P<unit>{UNIT_PATTERN}))$")  # (换成县的话是多少个; 县级班子的有多少条?: 的, the thing left out)
#: Kinds of the report's parts counted by number (第二部分, 第3个小标题).
_NUMBERED_PART = r"部分|节|章|[小大]?标题|板块|块"
#: The next one of a numbered kind, asked after one by its number (下一部分呢? after 第一部分…): the next number.
NEXT_IN_ORDER = regex(rf"^(?:下|后)(?:一|1)?(?=个?(?:{_NUMBERED_PART}))")
#: The next one asked alone (下一个呢?, 再往后一个?, 下一个小标题呢?) after one asked by its number: the same question
#: of the next number; after a heading asked, 再往后呢? too (after a part's content, it reads on).
NEXT_ONE = regex(rf"^(?:那|那么)?再?往?(?:下|后)(?:面|边)?(?:(?:一|1)?个(?:{_NUMBERED_PART})?|(?:一|1)?(?:{_NUMBERED_PART})|(?P<bare>))"
                 r"(?:呢|是啥|是什么|是哪个|是哪一个|叫啥|叫什么)?$")
#: A part's heading asked (第二部分的小标题, 最后一部分以什么为题?).
HEADING_ASKED = regex(r"标题|为题")
#: An ordinal of a part or a heading in a question (第一部分, 第2个小标题): its number.
ORDINAL_OF_PART = regex(rf"第([一二三四五六七八九十\d]{{1,3}})(?=个?(?:{_NUMBERED_PART}))")
#: Words in X that only frame the swap (全省一共呢? swaps in 全省).
SWAP_FILLER = regex(rf"{_ALL_TOGETHER}|加起来|(?:自己|自个儿|自家|本身)(?:办|搞|开|做|组织|举办)?|(?:的)?(?:相关|有关)?(?:情况|数据|数字)$|的部分$|的(?:相关|有关)|[这那](?:个(?![别人体案性])|边|块)|的|又|还|那|呢|方面|层面|范围内|范围")
#: Words that only ask for a total (共计多少场, 征求意见建议 总数): they frame, even where the report uses them.
AGGREGATE_WORDS = frozenset("共计 累计 总数 总量 总额 数量 数目 全部 所有 一共是 总共是 共有 一共有 总共有".split()) | \
    frozenset(_ALL_TOGETHER.split("|"))
#: The report's own setting as a whole (全省一共…): a passage with a province-wide figure need not repeat it.
SETTING_WORDS = frozenset("全省 省里 我省 省内 全省各地 各地 各级 这次 这回 此次 本次 这一次 这一回".split())
#: Words that set the scope of a figure: a swap to one replaces the place or scope of the last question.
#: Scopes wider than a province's, or other provinces (全国一共征求到多少条意见?): a report of one province does not
#: speak for them.
WIDER_SCOPES = frozenset("全国 全中国 全世界 全球 外省 各省 其他省 别的省 兄弟省份".split())
SCOPE_WORDS = frozenset("全省 全市 全县 全国 各地 各市 各县 各市县 市县 市县两级 各级 省里 省级 市级 县级 乡镇 各省辖市 全省各地 省委 市里 县里".split())
#: ... as one alternation, the longest first.
SCOPE_PATTERN = "|".join(longest_first(SCOPE_WORDS))
#: Endings of words that name a group of people (流动党员, 基层党组织书记) or a body of them (省委督导组,
#: 报告团, 领导班子): a swap to one replaces a group.
PEOPLE_ENDINGS = regex(r"(?:党员|干部|群众|书记|领导|人员|同志|网民|代表|成员|组长|负责人|人|小组|[^小]组|团|队|班子|单位|部门)$")
_ORDINAL_DIGITS = r"(?:[一二三四五六七八九十百]+|\d+)"
#: A round or stage the answer must name (第三批, 第2轮); and a year (2013年).
NUMBERED = rf"第{_ORDINAL_DIGITS}个?"
#: The number of an ordinal (第二个 → 二, 第3批 → 3).
ORDINAL_NUMBER = regex(rf"(?<=第){_ORDINAL_DIGITS}")
_ROUNDS = "批|轮|届|期|次|阶段|环节|季度|道|步"
ORDINAL = regex(rf"{NUMBERED}(?:{_ROUNDS})")
#: An ordinal of anything else (第二组长, 第三种): an answer that numbers that thing must number it so.
ORDINAL_NAMING = regex(rf"{NUMBERED}(?:{_ROUNDS}|[\u4e00-\u9fff])")
#: Where someone came from (北京来的, 来自中央的): said of a person the report names, it only says who is meant.
CAME_FROM = regex(r"(?:从|来自)?([\u4e00-\u9fff]{2,4}?)(?<![上下起出进回过])来的|来自([\u4e00-\u9fff]{2,4}?)的")
CAME_FROM_REACH = 6
#: The next round or stage (下一批, 下个环节, 下一步): one the report, telling of its own, does not tell of unless
#: it says so.
NEXT_ROUND = regex(rf"下[一1]?个?(?:{_ROUNDS})")
#: The first of a series said without 第一 (头道工序, 首批).
FIRST_OF = ("头", "首")
YEAR = regex(r"\d{4}年?|[一二三四五六七八九〇零]{4}年")
#: Words that name a level of places (县呢? swaps 省辖市 for 县).
LEVEL = regex(r"^(?:省辖市|市|县|区|乡镇|街道|村|社区|省)$")
#: Tiers of government, each with the words that name it before a noun (省委督导组, 市县两级领导班子, 村级党组织): a
#: question that puts one tier before a noun is not answered by a passage that puts only another before it.
TIERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("中央", regex(r"中央|国家级")),
    ("省", regex(r"省级|省委|省里|省直|全省|省政府")),
    ("市", regex(r"市级|市委|市里|市县|市、|各市|省辖市|市两级")),
    ("县", regex(r"县级|县委|县里|市县|县、|县\(|县两级|县市|县区")),
    ("乡", regex(r"乡镇|乡级|镇级|乡里|镇里|街道")),
    ("村", regex(r"村级|村里|社区|村\(|村、")),
)
#: The level of place a question asks for (沈浩是哪个村的?, 哪些县): a place named above it (淮南市) is no answer.
PLACE_LEVEL_ASKED = regex(r"哪[一1]?(?:个|些|几个|\d+个)?(省|市|县|区|乡镇|乡|镇|街道|村|社区)(?![委级里])|"
                               rf"(省|市|县|区|乡镇|乡|镇|街道|村|社区){_WHICH_AFTER_LEVEL.format(one='个?')}")
#: Levels of place from the top (a county's 区 is a county; a township's 街道 is a township).
PLACE_LEVELS: dict[str, int] = {"省": 0, "市": 1, "县": 2, "区": 2, "乡镇": 3, "乡": 3, "镇": 3, "街道": 3, "村": 4,
                                "社区": 4}
#: What a thing named after a person is, right after the name (沈浩精神): of the thing, not of the person.
NAMED_AFTER = "精神"
#: An opened title with no close after it (电影《焦裕禄): a name inside it is the work's.
WORK_TITLE_OPEN = regex(r"《[^》]*$")
#: ... and the words for such things, in a question (焦裕禄那个电影, 沈浩的精神, 拿焦裕禄当镜子).
NAMED_THINGS = regex(r"精神|电影|片子?|剧|书|镜|榜样|《")
#: Characters that join two words (市级|和|县级), which a place name of the general language may start with (和县).
JOINING_CHARS = frozenset("和与及同跟")
#: Prepositions, which jieba may tag as verbs (省委|在|通报会上): what stands before them is no doer of the noun after.
PREPOSITIONS = frozenset("在 于 对 向 从 跟 和 与 给 把 被 为 往 到".split())
#: How far before a noun a passage's tier word may stand and still be its tier (省里组成8个由厅级干部带队的暗访组,
#: the nearest one counts); in a question, it stands right before the noun (市级督导组, 村级的党组织).
TIER_REACH = 16
#: What is done to what, right before what is done (对16个省辖市和50个县作风建设情况进行|集中暗访): the tiers in
#: it are where it was done, not who did it.
DONE_TO = regex(r"对(?![照比象于待接])[^对]{1,30}(?:进行|开展)$")
DONE_TO_REACH = 32
#: Going to places (赴省辖市, 前往…, 深入基层): the places after it are where a thing was done.
GOING_TO = regex(r"赴|前往|深入")
#: A gloss in brackets (县(市、区), 乡镇(街道)): the words around it are read as if it were not there too.
GLOSS = regex(r"[((][^()()]{1,8}[))]")
#: Single characters naming a tier (省领导, 县委): the first of a word a question counts.
TIER_CHARS = frozenset("省市县乡镇村")
#: ... and the levels of place a count may be of, one character each (几个市县, 多少县区).
PLACE_TIER_CHARS = TIER_CHARS | {"区"}
#: ... any one of them, in a pattern.
_TIER_CHAR = f"[{''.join(sorted(PLACE_TIER_CHARS))}]"
#: How many tiers (市县两级, 省市县三级).
TIER_COUNT = regex(r"[两二三四五]级")
#: Between figures given in a row (3800多条和21500多条), and a list of items they are given for, in order
#: (市、县两级; 省、市、县三级): "respectively".
ITEM_SEPARATOR = regex(r"[、和及与]")
#: A list of tiers that shares the ending of its last (市、县委班子, 市、县级): each tier's own.
SHARED_ENDING = regex(rf"((?:{_TIER_CHAR}{ITEM_SEPARATOR.pattern})+{_TIER_CHAR})(委|级|政府)")


def each_with_ending(shared: re.Match[str]) -> str:
    """A `SHARED_ENDING` list with the ending given to each tier (市、县委 → 市委、县委)."""
    return re.sub(_TIER_CHAR, lambda tier: tier.group(0) + shared.group(2), shared.group(1))


#: A tier's level (市级) said by a list of tiers with their count (市、县两级, 省市县三级): each tier's level.
TIERS_COUNTED = regex(rf"((?:{_TIER_CHAR}{ITEM_SEPARATOR.pattern}?){{2,5}}){TIER_COUNT.pattern}")
#: The word for a Party committee, and a tier's own (县委, 市委; not 村委, a village's committee), which is one.
PARTY_COMMITTEE = "党委"
TIER_COMMITTEE = regex(r"[省市县乡镇区]委(?!员)")
#: Before a passage's list of tiers, the province as a whole (全省市、县两级): the scope, not one more tier.
WHOLE_PROVINCE = frozenset({"全省"})
#: Some of a kind, as against all of it (一些单位, 有的单位, 部分县): a question asking what some did (有的单位用啥
#: 征求意见?) is answered where the report says some of that kind did it, not where it says what all did (普遍).
_SOME = r"一些|有些|有的|部分|个别|某些|少数"
SOME_SAID = regex(_SOME)
#: ... asked, also as 有 opening a clause (有单位用微博征求意见吗?).
SOME_OF = regex(rf"(?:{_SOME}|(?:^|(?<=[,,\s]))有)(?=[\u4e00-\u9fff])")
#: The whole province asked of (全省一共…, 各地通过哪些途径…): not what one place of it did.
WHOLE_SCOPE = frozenset({"全省", "各地"})
FIGURE_JOINER = regex(rf"{ITEM_SEPARATOR.pattern}|以及")
ITEM_LIST = regex(rf"((?:[\u4e00-\u9fff]{{1,4}}{ITEM_SEPARATOR.pattern}){{1,5}}[\u4e00-\u9fff]{{1,4}}?)(?:[两三四五]级|分别)")
#: What may stand between the tiers of one list (市、县(市、区)和乡镇).
TIER_LIST = regex(r"[、,和及与()市县区两三级]{0,8}")
#: What a list of tiers is written with (全省市、县(市、区)和乡镇): the reach before a noun is not to cut one.
TIER_LIST_CHARS = frozenset("、,和及与()（）两三级省") | PLACE_TIER_CHARS
TIER_ADJACENT = 4
#: After a figure: a bound each one keeps (5天以上, 3次以上), not a count of all of them.
_BOUNDS = "以上|以下|之内|以内"
#: A lower bound asked (至少须有多少天?, 下限定的是多少天?): said 至少, a word that frames (5天以上 answers).
BOUND_ASKED = regex(rf"(?:至少|最少|起码|最低限度|下限)(?:须|需|要|得|必须|需要|应|应当|定的?|是|为)*(?=(?:有|是|为|达到|{_DOING}|进行|开展|举行|召开)?(?:多少|几))")
NORM_AFTER = regex(rf"{_BOUNDS}|左右")
#: Words for a requirement asked (最低天数要求是多少?, 规定要进行几次?): a bound set on a figure (集中学习5天以上)
#: states one.
REQUIREMENT_WORDS = frozenset("要求 规定".split())
NORM_SAID = regex(rf"\d(?:万|亿)?[\u4e00-\u9fff]{{1,2}}(?:{_BOUNDS})|不少于|不低于|不超过|至少")
#: A part of what is counted asked (党组织里,由乡镇负责同志兼任的有多少个?), and where a sentence gives one (其中1602个).
PART_ASKED = regex(r"[里中][,,]")
PART_GIVEN = regex(r"其中|当中|中有")
#: The rest of a whole besides the part given, asked (剩下那58个, 其余的) and said (其余, 另外).
REST_ASKED = regex(r"剩下|剩余|其余|余下|(?:没有|没|不是|未|并非)由[^,,。??]{1,16}?的那些|"
                   r"\d[^,,。??]{0,4}?(?:之外|以外)的那些")  # (没有由…兼任的那些, 1602个之外的那些: the rest)
REST_SAID = regex(r"其余|剩下|剩余|余下|另外|其他")
#: A part of a figure the question states (4395个问题里, 1660个党组织中, 4395个问题还剩…).
PART_OF_STATED = regex(r"\d[^,,。??]*?(?:里面|里头|当中|之中|入面|里|(?<![集适])中|还剩|剩下|剩余)|"  # (not 集中暗访)
                            rf"\d[^,,。??]*?[,,](?:{_ASKING_OPENINGS})?(?:里面|里头|当中|之中|其中)|"
                            r"\d[^,,。??]{0,4}[,,]还有(?=几|多少)|"  # (问题4395个,还有几个在改?)
                            r"\d[^,,。??]{0,8}[,,](?:已经|已)[\u4e00-\u9fff]{1,3}?了?(?=几|多少)")  # (3.3万多条意见,已经办了多少条?)
#: Between a thing and the figure asked of it when the figure counts that thing (单位一共有多少家?).
#: "All together" (or "in fact") at the end of what comes before 多少 (联系点 总共|多少个, 联系点到底|多少个).
ALL_TOGETHER_AT_END = regex(rf"(?:到底|究竟)?(?:{_ALL_TOGETHER}|(?<![一总拢统])共)$|(?:到底|究竟)$")
#: "Up to now" before 多少 (培训班,到目前总共办了几期): when it counts to, not what.
UP_TO_NOW = regex(r"(?:到|截至|截止到?|至)(目前|现在|如今|今天)")
THERE_ARE = regex(rf"{_THAT_IS}(?:{_ALL_TOGETHER}|共|到底|究竟|具体|总)?(?:是?有|是)")  # (单位就是一共是有多少家)
#: ... or summed up (单位,全省共计多少家; not 议事共计几次: times it was done).
SUMMED_THERE = regex(rf"{_THAT_IS}(?:{_SUMMED})(?:是?有|是)?")
#: ... or done in all, by a verb of one character (联系点一共|建了|多少个?).
DONE_IN_ALL = regex(rf"(?:{_ALL_TOGETHER}|共|总)?[{''.join(sorted(SINGLE_CHAR_VERBS))}][了过]?")
#: Every place of one tier (各市, 各县), or tiers named together (县区, 市县): said by any mention of the first.
EVERY_TIER = regex(r"各?([省市县乡村])[市县区镇]*")
#: The grassroots, said where the passage names one of its tiers (乡镇、街道, 村级党组织, 社区, 市、县): 下基层 is going
#: down to them.
GRASSROOTS = "基层"
GRASSROOTS_TIERS = regex(r"乡镇|街道|村|社区|县")
#: Tiers said in everyday words, one after another (县里, 市里县里, 市级县级): said where the passage names each.
TIERS_SAID = regex(r"(?:[省市县乡镇村](?:里|级)?){1,3}")
#: The kind of thing whose name is asked, after the question word (那个会叫啥会?) or pointed at before it (那个会叫啥名?).
NAMED_KIND_AT_END = regex(r"叫(?:什么|啥)([\u4e00-\u9fff])$|"
                               r"[那这该](?:个|次|场)?(?!人)([\u4e00-\u9fff])叫(?:什么|啥)(?:名字|名称|名)$")  # (not 那个人: a person's name)
#: 那几 (those few): it asks nothing where another word asks (那几拨人,查了多少个县?) or a yes or no is asked
#: (那几天,有没有去马鞍山?); elsewhere it is 哪几 typed by sound (小四风是那几种?).
THOSE_FEW = regex(r"那几")
#: Words that ask yes or no, anywhere in a question (有没有, 是不是, 吗, …不?).
YES_OR_NO_ASKED = regex(r"有没有|是不是|是否|能不能|会不会|吗|(?:么|不)[\s??!!。]*$")
#: 那 where a question needs 哪 (那天发表的, 那年开始的): read as 哪 when the question has no question word.
THAT_FOR_WHICH = regex(r"那(天|年|一天|一年|个月|些|里|儿|位|种|部|本|家|几)")
#: The rest of a figure after its digits (3.3|万条, 1|千多人): no word of its own.
MULTIPLIED_UNIT = regex(rf"[十百千万亿]+[多余]?(?:{UNIT_PATTERN})?")
#: The characters that end a date or a time after its digits (24日, 2014年).
DATE_UNITS = frozenset("年月日号时点")
#: A day of a month said with 号 (3月24号): the report writes 日.
DAY_NUMBER = regex(r"(\d{1,2}月\d{1,2})号")
#: A day typed as month.day (3.24省里开会): 3月24日, where no measure word or 万 makes it a decimal (3.3万条, 5.5天).
DOTTED_DAY = regex(r"(?<![\d.a-zA-Z])(1[0-2]|[1-9])\.(3[01]|[12]\d|[1-9])(?:号|日)?"
                   r"(?![\d.%％万亿倍多余来个条人次场项天年岁周月期份名位户元米分a-zA-Z])")
#: A stage numbered as 阶段 (第一阶段) is the report's 环节 (第一环节): the stages of a round.
STAGE_ORDINAL = regex(r"(第[一二三四五六七八九十\d]+|头|首)(?:个)?阶段")
#: What 户 counts, said again after it (多少户人家): the measure word says it.
HOUSEHOLDS = frozenset("人家 家庭 住户 农户 家人".split())
#: The first round said without 第一 (头批, 头一批, 首轮): the report's 第一批.
FIRST_ROUND = regex(r"(?:头一?|首)(批|轮)")
#: A round and a batch (第一轮, 第一批) are one thing.
SAME_ROUND = ("批", "轮")
#: Aspect marks after a verb (看过, 编印了, 坚持着).
ASPECT_MARKS = ("了", "过", "着")
#: The suffix that makes a verb the ones who do or undergo it (处理者, 参与者).
DOER = "者"
#: Southern Mandarin's 有 before a verb (有用, 有去, 有派): the deed was done, asked as 了 or 过 would ask it.
DONE_BEFORE_VERB = "有"
#: What asks whether, right after a word (有用没?, 有用吗): the word is the whole predicate asked of.
WHETHER_AFTER = regex(r"[没吗不嘛呢啊呀吧哇么]")
#: A total asked (一共有多少党员?): not answered by figures that each count a kind of it.
TOTAL_ASKED = regex(rf"{_ALL_TOGETHER}|总(?:人|个)?数|全部|所有|共有")  # (党员的总人数: all of them)
#: Every one of the things a figure counts, claimed of them right after it (1660个党组织是不是全部由…兼任?, 16个省辖市
#: 是否都成立了…?, 39项任务 每项 都有…吗): the figure says which things, not how many.
ALL_OF_THEM = regex(r"[^。;;??]{0,16}?(?:全部|全都|统统|都|(?<!平)均|一律|个个|每[个项位条家])")  # (not 平均: on average)
#: A measure word at the start of a text (多少|名党员).
UNIT_AT = regex(rf"^(?:{UNIT_PATTERN})")
#: A part asked of on its own (乡镇单独派出了多少个?): a figure several parts share is not its figure.
ALONE = regex(r"单独|单是|单单|光是|仅仅|仅是|只算|单算|单就|(?:单|光|只)看(?=[\u4e00-\u9fff]{0,6}(?:这|那)?一?[级层块])|(?:光|只|仅|单)(?=省|市|县|乡|镇|村|街道|社区)")
#: ... said of how a thing was done (对县区进行了单独点评), not of a part.
ALONE_MANNER = regex(rf"(?:进行|开展|作|做)了?(?:{ALONE.pattern})")
#: Where the part of a sentence that a figure belongs to begins (after ; or 。).
SENTENCE_PART = regex(r"[;;。]")
#: 他/她 (not 他们): the person last spoken of.
PERSON_PRONOUN = regex(r"(?<![其])[他她](?![们])")
#: 剩下那些的…, 其余的…: the rest of what was counted, asked of anywhere in a follow-up ...
REST_OF = regex(r"剩下|剩余|余下|其余")
#: ... and the whole follow-up asking for it (剩下的那些呢? / 还在改的呢?).
REMAINDER = regex(r"^(?:那)?(?:(?:这个|那个|这|那)(?:数字|数|数据)(?:里|中)?的?)?"
                       rf"(?:(?:{REST_OF.pattern})(?:的)?(?:那些|那部分)?|(?:还在|正在|仍在)[改整办][改]?(?:中)?的?|没[改整办]完的?)"
                       # (…呢?, …现在是什么状态?, …的落实情况呢?: how the rest stands)
                       r"(?:呢|咋样|怎么样|多少|(?:现在|目前)?(?:是)?(?:什么|啥)(?:状态|情况)|(?:的)?(?:落实|整改)?(?:情况|进展)(?:呢|如何|怎样)?|"
                       r"(?:现在|目前)?(?:怎样|咋样|怎么样)了?|如何)?"
                       r"(?:[,,\s]*(?:还|一共)?(?:有|是)?(?:多少|几)个?)?$")  # (…什么状态,多少个?: and how many)
#: The whole a figure shown is part of, asked (总数呢?, 一共是多少?, 加起来呢?).
WHOLE_ASKED = regex(rf"^(?:那)?(?:总数|总量|总的|{_ALL_TOGETHER}|加起来|加在一起)(?:是多少|有多少|多少)?(?:呢)?$")
#: The same thing counted in another measure word, asked after a count (人呢? after 举办专题培训班639期).
COUNT_IN_OTHER_UNIT = regex(rf"^(?:那)?(?:一共|总共)?(?:多少)?(?P<unit>{UNIT_PATTERN})(?:数)?(?:呢|多少)$")
#: Things listed in a row, no figures among them (正风肃纪、为民服务、除弊祛垢、固本强基) ...
LISTED_THINGS = regex(r"[^、,,。;;\d]{2,10}(?:、[^、,,。;;\d]{2,10})+")
#: ... at least this many: a list a question asking for several (哪些?, 都有啥?) is answered by in full.
LISTED_MIN = 3
MANY_ASKED = regex(r"哪些|哪几|有哪|都有|都是|都搞|都干|都用|包括|包含|分别")
#: A switch to another subject said first (换成来安县,…; 换马鞍山看看,…): what the question after it asks of.
SWITCHED_TO = regex(r"^(?:那|那么)?换(?:成|到)?(?![个一题话桩])(?P<x>[\u4e00-\u9fff]{2,8}?)(?:看看|来看|试试)?[,,\s]+(?P<rest>.+)$")
#: 它 (not 它们), 这东西, 这玩意儿, 其… (its …): the thing last spoken of.
THING_PRONOUN = regex(r"它(?!们)|(?:这个?|那个?)(?:东西|玩意儿?)|^其(?![中他余实次])")
#: What was done is asked (做了啥, 搞了哪些, 忙些什么, 怎么干的).
DOING_ASKED = regex(r"(?:做|搞|干|弄|整|忙活?)了?(?:些|点)?(?:啥|什么|哪些|哪样)|干[嘛吗]|怎么(?:做|搞|干|弄)")
#: 其中…, 这里面…: a part of what the last answer counted or spoke of.
PART_OF_LAST = regex(r"^(?:这其中|其中|这当中|当中|这里面|这里头|里面|里头)(?:的)?")
#: Measure words of a kind or an item (那一类, 这种).
_KIND_MEASURES = "类种项块样"
#: One occasion or kind (那一趟, 这一回, 那一类): pointed at with 这 or 那, the one spoken of.
ONE_OCCASION = regex(rf"[一1](?:[{ONCE_WORDS}{_KIND_MEASURES}]|次|阵子?)")
#: An example pointed at (连心桥那个例子, 这个事例): the thing named before it is what is asked of.
EXAMPLE_WORDS = frozenset("例子 事例 实例".split())
EXAMPLE_POINTED = regex(r"[这那](?:个|一个|1个)?(?:例子|事例|实例)")
#: ... or a kind pointed at with its measure word alone (那类, 这种).
KIND_POINTED = regex(rf"[这那][{_KIND_MEASURES}]")
#: 他们, 这些人: the group last spoken of.
GROUP_PRONOUN = regex(r"他们|她们|它们|这些人|那些人|这批人|这帮人")
#: 这个手册, 该市, 这次会: a thing last spoken of, named by its last word.
DEMONSTRATIVE = regex(r"(?:[这那](?P<count>[两二三四五六七八九几]|\d)(?:个|种|项|位|条|份|本|次|场|类|名|家)|这个|那个|这本|那本|这项|那项|这次|那次|这场|那场|这些|那些|这种|那种|这份|那份|这条|那条|该|此|这|那)"
                           r"(?P<noun>(?![么样里儿个些种是就都也还边])[\u4e00-\u9fff]{1,3}?)"
                           r"(?=[是的了有都在为把被对给从向用,,。??!!]|$)")
#: A swap that starts by pointing back (该市流动党员有多少?): what follows is said of the last subject.
POINTING = regex(r"(?:该|此|这个?|本|那个)[市县区省镇村组会批项]")
#: A place pointed back at (那里, 那儿, 当地): the place the conversation just named (not 合肥那边: named).
PLACE_THERE = regex(r"(?:^|(?<=[在到从去往向对给,,\s]))(?:那里|那儿|那边|当地|该地|那个?地方)")
#: 那个数字, 这个数: the figure of the last answer.
FIGURE_PRONOUN = regex(r"(?:这个|那个|这|那)(?:数字|数|数据|比例)")
#: Being punished, asked why (为什么被通报查处?) ...
PUNISHED = regex(r"通报|查处|处理|处分|问责|曝光")
#: ... answered by what the punishment was for (通报查处涉及“四风”问题人数1140人).
PUNISHED_FOR = regex(r"(?:通报|查处|处理|处分|问责|曝光)[^,,。;;]{0,4}?(?:涉及|违反|因)")
#: Clauses that give a reason or a measure, next to an answer.
REASON_CUES = regex(r"为了|因为|由于|旨在|目的|以便|确保|实现|让|为[^,。]{1,12}提供|是[^,。]{1,12}的基础|关键|至关重要|基础|帮助")
#: A clause that says what was brought about (让大家感受到了诚意): the clauses before it say what brought it about.
CAUSING = regex(r"让|使|令")
#: A clause that only says who said what follows (不少网民表示,): no reason of its own.
SAYING_CLAUSE = regex(r"(?:表示|认为|指出|反映|称|说)[,,::]?\s*$")
MEASURE_CUES = regex(r"通过|采取|采用|坚持|按照|利用|依托|建立|建起|开展|组织|组建|实行|制定|设立|编发|举办|抽调|选配|"
                          r"召开|成立|明确|搭建|组成|开通|发放|进行|对照|研读")
BY_MEANS = regex(r"通过|采取|采用|利用|依托")
#: A clause that only says when (在开展第二批活动同时,): no measure, whatever verb it holds.
TIME_CLAUSE = regex(r"^在[^,,。;;]{1,20}(?:同时|之时|时|期间|之际|以来|过程中)[,,]?$")
#: A clause that opens with what was reached (…派出督导组1264个,实现了活动督导工作的全覆盖): the clause before it
#: says how.
REACHED = regex(r"^(?:实现|达到|做到|取得)")
#: What a thing is used as or for (作为重要抓手, 用于): with the reason cues, what answers a purpose question.
PURPOSE_CUES = regex(r"作为|用于|用来|抓手|增强|提高|提升|促进|推动|改善|成效|取得")
