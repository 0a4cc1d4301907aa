"""The bot's own words (Chinese UI text)."""

from __future__ import annotations

#: Commands shown in Telegram's menu (registered with setMyCommands).
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "开始使用，看看可以问什么"),
    ("help", "使用说明"),
    ("about", "关于这篇报道和索引"),
    ("ask", "提问：/ask 问题"),
)

#: The bot's description (setMyDescription, at most 512 characters), shown in an empty chat with the bot.
DESCRIPTION = (
    "我是报道问答机器人。向我提一个关于这篇报道的问题，我会从报道原文里找出回答它的句子，并注明出处。\n"
    "私聊里直接发问题；群聊里用 /ask 问题、@我 或回复我的消息。"
)
#: The short description (setMyShortDescription, at most 120 characters), on the bot's profile.
SHORT_DESCRIPTION = "就一篇新闻报道提问，从报道原文里找答案，注明出处。"

START = (
    "你好！我是报道问答机器人。\n"
    "直接发给我一个问题，我会先给出简短的答案，再附上报道里回答它的句子，并注明出处（第几段）。\n"
    "还可以接着追问：“还有呢？”“具体说说”“为什么？”“怎么做的？”“那芜湖市呢？”"
)
#: /start in a group, where only messages addressed to the bot are questions.
START_GROUP = (
    "大家好！我是报道问答机器人，从报道里找出回答问题的句子，并注明出处。\n"
    "在群里这样问我：\n"
    "• /ask 问题，例如：/ask 全省建立了多少个党员领导干部活动联系点？\n"
    "• @{username} 问题\n"
    "• 回复我的消息，接着追问"
)
START_SUGGESTIONS = "可以先试试这些问题："

HELP = (
    "<b>我能做什么</b>\n"
    "• 私聊里直接发问题，例如：刘云山什么时候来安徽调研？\n"
    "• 群聊里用 /ask 问题、@我 提问，或回复我的消息\n"
    "• 任何聊天里输入 @{username} 问题，选择结果即可发送（inline 模式）\n"
    "• 回答下面的按钮：<b>下一条</b> 看下一个相关段落，<b>上下文</b> 看整段和前后段落\n"
    "• 接着追问：<b>还有呢？</b> 下一个相关段落 · <b>具体说说</b> 整段和前后段落 · "
    "<b>为什么？</b>/<b>怎么做的？</b> 原因或做法 · <b>那芜湖市呢？</b> 同样的问题换个对象"
    "（{minutes} 分钟内有效；群聊里每个人各自追问）\n"
    "\n"
    "/start 开始 · /help 说明 · /about 报道和索引信息"
)

ASK_USAGE = "请在 /ask 后面写上问题，例如：/ask 全省建立了多少个党员领导干部活动联系点？"
MENTION_USAGE = "请在 @{username} 后面写上问题。"
EMPTY_QUESTION = "没有看到问题。请直接输入想问的内容，例如：全省建立了多少个党员领导干部活动联系点？"
NOT_TEXT = "我只能读文字消息。请用文字提一个关于这篇报道的问题，或发送 /help 查看用法。"
UNKNOWN_COMMAND = "我不认识这个命令。发送 /help 查看用法。"
#: Replies to small talk (see bot.telegram.smalltalk), by kind.
SMALL_TALK = {
    "hello": "你好！有什么关于这篇报道的问题，尽管问我。用法见 /help",
    "thanks": "不客气！还有问题随时问我。用法见 /help",
    "bye": "再见！有问题随时回来问我。用法见 /help",
}
RATE_DEFERRED = "你问得有点快，这个问题我 {seconds} 秒后回答。"
RATE_DROPPED = "你问得太快了，这条问题没有收下，请稍后再问。"
EXPIRED = "这个按钮已过期，请重新提问。"
ALREADY_SENT = "已经发过了，请看上面的消息。"
NO_MORE = "没有更多相关段落了。"

#: A partial answer: after what the report does not say, what it says of the question's subject.
SAID_OF = "关于{subject}，报道说："
NO_CONTEXT = "还没有可以接着问的问题，先问一个关于报道的问题吧。"
NO_CONTEXT_SUGGESTIONS = "还没有可以接着问的问题，先问一个关于报道的问题吧，例如："
ERROR = "抱歉，处理你的消息时出错了，请稍后再试。"
RELOAD_DENIED = "只有管理员可以重新加载索引。"
RELOAD_DONE = "索引已重新加载：{documents} 篇报道，{passages} 个段落。"
RELOAD_FAILED = "重新加载失败，继续使用原来的索引。失败原因已记录在服务器日志里。"
RELOADING = "正在重新加载索引……"
#: /about: the size of what the bot answers from, and when its index was built (local time).
ABOUT_SIZE = "共 {documents} 篇报道，{passages} 个段落"
ABOUT_BUILT = "索引更新于 {when}"

NEXT = "下一条 ▶"
PREVIOUS = "◀ 上一条"
CONTEXT = "📖 上下文"
RANK_HEADER = "第 {rank} 个相关段落"
ASKED_HEADER = "问：{question}"
MORE_HEADER = "问：{question} · 下一个相关段落"
WHOLE_HEADER = "问：{question} · 这一段的全文"
ALL_SAID_HEADER = "问：{question} · 这一段的全文(报道关于这一点说的就是这些)"
READ_ON_HEADER = "问：{question} · 这一段接着说"
ALL_READ_HEADER = "问：{question} · 这一段接着说(报道关于这一点说的就是这些)"
LISTED_HEADER = "问：{question} · 报道列出的就是这些"
NEXT_PARAGRAPH = "下一段接着说"
#: Label and "not stated" notice of the reason ("为什么？"), measure ("怎么做的？") and result ("效果咋样？") follow-ups.
EXPLAIN = {
    "reason": ("原因", "报道里没有说明原因。"),
    "measure": ("做法", "报道里没有说明具体做法。"),
    "result": ("效果", "报道里没有说明效果。"),
}

INLINE_NOT_FOUND_TITLE = "报道里没有找到答案"
INLINE_NOT_FOUND_DESCRIPTION = "换个问法，或试试：{suggestion}"
INLINE_HELP_BUTTON = "怎么提问？"
