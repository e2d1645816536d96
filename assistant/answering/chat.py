"""Small talk: a message that asks nothing about the documents (a greeting, thanks, a goodbye, a request for help,
an acknowledgement or an apology), and a request to say the last answer again in another language.
"""

from __future__ import annotations

import re

_GREETING = (r"hi|hello|hey|hiya|howdy|greetings|yo|(?:good )?(?:morning|afternoon|evening)|good day|"
             r"how are you(?: doing)?(?: today)?|how's it going|how is it going|nice to meet you|"
             r"are you there|anybody there|anyone there|"
             r"你好|您好|嗨|哈喽|早上好|下午好|晚上好")
# acknowledgements: alone, one to three of them are thanks ("ok great"); before "that's all", a goodbye
_ACK = r"(?:ok|okay|alright|all right|right|great|perfect|good|cool|fine)"
_THANKS = (r"thanks?(?: you)?(?: (?:very|so) much)?(?: a lot)?|thank u|thx|ty|cheers|many thanks|much appreciated|"
           r"(?:(?:that's|that is|that was|it was|this is|this was|you were|you've been|you have been) )?"
           r"(?:(?:very|really|so|super|extremely|most) )?(?:great|helpful|useful|perfect|clear|interesting)|"
           # "ok great", "alright, perfect", "sounds good": acknowledgements, one to three of them
           r"(?:(?:" + _ACK + r"|awesome|nice|very good|sure|excellent|wonderful|brilliant|fantastic|lovely|splendid|"
           r"noted) ?){1,3}|"
           r"sounds good|makes sense|fair enough|"
           r"got it|understood|i see|(?:i |we )?appreciate (?:it|that|this|(?:the|your|all the|all your) (?:help|"
           r"assistance|support|answers?|time))|"
           r"谢谢(?:你|您)?|多谢|感谢(?:你|您)?|好的|明白了")
_BYE = (r"bye|bye bye|goodbye|good ?bye|good night|see you(?: later| soon)?|talk (?:to you )?later|"
        # "that's all I needed" ("all" is set aside as a politeness word before matching); an acknowledgement may
        # open it ("ok that's everything", "great that's all I needed")
        r"(?:bye|goodbye) for now|(?:" + _ACK + r" )?that(?:'s| is) (?:all|it|everything)(?: for (?:now|today))?"
        r"(?: i needed)?|"
        # "have a good day", "take care", "enjoy your weekend": a wish on leaving
        r"(?:have|enjoy) (?:a|your|the rest of your) (?:(?:good|nice|great|lovely|wonderful) )?"
        r"(?:day|evening|night|weekend|afternoon|morning|one)|take care|"
        r"(?:" + _ACK + r" )?that(?:'s| is)(?: i needed| for (?:now|today))?|"
        # "that will be all", "that'll be it for today" ("all" set aside as above)
        r"that(?:'ll| will) be(?: it)?(?: for (?:now|today))?|"
        # "no further questions", "I have no more questions": the end of the asker's questions ("nothing else" is
        # read by chat_kind, which keeps "nothing else?" a question)
        r"(?:i (?:have|'ve got|got) )?no (?:more|further|other) "
        r"questions?(?: from (?:me|us))?(?: for (?:now|today))?|"
        r"再见|拜拜")
# what help is asked with, when it is nothing in particular
# ("can you help me out with this paper?": the document as a whole is no topic either)
_ANYTHING = (r"(?:something|anything|a (?:few|couple of) (?:things|questions)|a question|some questions|some things|"
             r"this|stuff|(?:this|the|that|your|these|those) (?:paper|document|report|study|article|text)s?)")
_HELP = (r"help|help me|menu|what can (?:you|i) (?:do|ask)(?: (?:here|you|for me))?|what do you do|"
         r"what are you|who are you|how (?:does|do) (?:this|you|i use this|i use you) work|how do i use (?:this|you)|"
         r"how can you help(?: me)?|what (?:can|should|could) i ask(?: you)?|what (?:questions )?can i ask(?: you)?|"
         r"what do you know|what is this|what's this|"
         # "can you help me with something?", "could you help me out?", "I need some help": help in general, not with
         # a topic ("can you help me with the figures?" asks about them)
         r"(?:can|could|would|will) you (?:help|assist)(?: (?:me|us))?(?: out)?(?: with " + _ANYTHING + r")?|"
         r"i (?:need|could use|would like|'d like|want) (?:some |a little |a bit of |your )?(?:help|assistance)"
         r"(?: with " + _ANYTHING + r")?|"
         r"what (?:is|are) you(?:r name)?|what's your name|who (?:made|built|created) you|how do you work|"
         # "what are you for?", "what is this tool for?", "what's your purpose?": what the assistant is for
         r"what (?:are you|is this(?: (?:tool|bot|app|chat|chatbot|service|system|thing))?) (?:here )?(?:(?:meant|"
         r"supposed|designed|built|made) )?(?:for|to do)|"
         r"what(?:'s| is) your (?:deal|purpose|role|job|function|point)(?: here)?|"
         r"what (?:kind|sort|type)s? of questions? (?:can|could|do|should|may) (?:you|i) (?:answer|ask|handle)"
         r"(?: (?:you|here))?|"
         r"what (?:topics|subjects) (?:can|do) you (?:cover|answer|know about)|"
         r"what (?:can|could) you do for me|"
         # "what are you able to help me with?", "what could you assist us with?", "what help can you offer?", "how
         # can you be of use?": help in general, asked by what the assistant can give
         r"what (?:can|could|would|will) you (?:help|assist)(?: (?:me|us))?(?: out)? with|"
         r"what (?:are|were) you able to (?:(?:help|assist)(?: (?:me|us))?(?: out)? with|do(?: for (?:me|us))?)|"
         r"what (?:(?:kind|sort|type)s? of )?(?:help|assistance|support) (?:can|could|do|will|would) you (?:offer|give|"
         r"provide)(?: (?:me|us))?|how (?:can|could) you be of (?:help|use|assistance|service)(?: to (?:me|us))?|"
         # "what kinds of things can you help me with?", "what sort of tasks could you do?"
         r"what (?:kinds?|sorts?|types?) of (?:things|stuff|tasks|work|jobs) (?:can|could|do|will) you (?:help"
         r"(?: me| us)?(?: with)?|do|handle|answer)(?: for (?:me|us))?|"
         # "what can this tool help me with?", "what can this assistant do?": the assistant named by what it is
         r"what (?:can|could) this(?: (?:tool|bot|app|chat|chatbot|service|system|thing))? (?:help (?:me |us )?with|do"
         r"(?: for (?:me|us))?)|"
         r"what (?:are you (?:able to do|capable of(?: doing)?|good (?:at|for))|can you answer|"
         r"are your (?:capabilities|abilities|functions|features|limits|limitations))|"
         r"are you (?:a |an )?(?:bot|robot|human|person|real person|ai|machine|chatbot|computer)|"
         # "are you the assistant for this paper?", "is this the bot that knows the X report?": what the assistant
         # is for ("assistant" is set aside as a politeness word before matching)
         r"(?:are you|is this) (?:the|an?|your) (?:(?:bot|chatbot|tool|ai|helper|service|app|one) )?"
         r"(?:for|on|about|covering|that (?:knows|covers|reads|answers questions (?:on|about)))\b.*|"
         # "who am I talking to?", "who's this?", "who is on the other end?": who answers, not a question of fact
         r"who (?:am i|are we) (?:talking|speaking|chatting|writing) (?:to|with)(?: here)?|who(?:'s| is) (?:this|that|"
         r"(?:on )?the other (?:end|side))|am i (?:talking|speaking|chatting) (?:to|with) (?:a |an )?"
         r"(?:bot|robot|human|person|real person|ai|machine|chatbot|computer)|"
         r"我在(?:和|跟)谁(?:说话|聊天|对话)|你是什么|对面是谁|"
         # "你能帮我做些什么", "你可以为我们做什么", "你能给我做哪些事情": what it can do, for whom
         r"帮助|你(?:能|可以)(?:帮|为|给)?(?:我们|我)?做?(?:些|一些)?(?:什么|哪些)(?:事|事情)?|你是谁|怎么用|我可以问什么|"
         r"能问什么|你会什么|"
         r"你好吗|能帮我吗|你能帮我吗|怎么使用|"
         # "你是这篇论文的问答助手吗", "怎么用你比较好": what the assistant is for, how best to use it
         r"你是(?:这篇|本|这份|这个)?(?:论文|文章|报告|文件|文档)?的?(?:问答)?(?:助手|机器人|助理)吗?|"
         r"(?:怎么|如何|怎样)(?:才能)?(?:最好地)?(?:用|使用)你(?:比较好|最好|更好)?")
# What the assistant itself is: which languages it answers in, which model or product it is, whether it goes online
# ("which languages can you reply in?", "are you ChatGPT?", "what model powers you?"): about the asker's tool, not the
# documents; answered by what it is (offline, over the documents, in English or Chinese)
_LANGUAGE = r"(?:language|tongue)s?"
_AI_WORD = r"(?:ai|a\.i\.|model|language model|llm|chatbot|bot|engine|system|program|software)"
# a language named ("in Chinese too", "in French as well as English")
_LANGUAGE_NAME = (r"(?:chinese|mandarin|cantonese|english|french|german|spanish|japanese|korean|russian|arabic|"
                  r"portuguese|italian|dutch|hindi)")
_TOO = r"(?: (?:too|as well|also))?"
_IN_LANGUAGES = (r"in " + _LANGUAGE_NAME + _TOO + r"(?:,? (?:and|or|as well as|besides|plus|rather than|instead of|"
                 r"not just|not only)(?: in)? " + _LANGUAGE_NAME + r")?" + _TOO)
_SELF = (r"(?:which|what) " + _LANGUAGE + r" (?:can|could|do|will|would) you (?:answer|reply|respond|speak|"
         r"understand|read|write|handle|work|support|use|talk)(?: (?:in|with))?|"
         r"(?:which|what) " + _LANGUAGE + r" (?:are|is) (?:you able to|supported|available|possible|ok|okay)"
         r"(?: (?:to )?(?:answer|reply|respond|speak|write|use)(?: (?:in|with))?)?|"
         r"(?:can|could|do|will) you (?:speak|understand|read|answer|reply|respond|write|work|talk)(?: (?:in|with))? "
         r"(?:(?:other|several|many|multiple|more than one|any other)(?: \w+)? " + _LANGUAGE + r"|" + _LANGUAGE +
         r" (?:other than|besides|beyond) \w+)|"
         r"do you (?:speak|support|understand) (?:other |several |many |multiple )?" + _LANGUAGE + r"|"
         # "can I ask you questions in Chinese too?", "is it fine to write to you in French?", "do you understand
         # German?": the language of the chat, asked of the assistant (not "tell me in Chinese what X is")
         r"(?:can|could|may|do|should) (?:i|we) (?:ask|write|type|talk|speak|chat|put (?:questions|things) to)"
         r"(?: (?:to|with))?(?: you)?(?: (?:questions?|things?|stuff|queries))? " + _IN_LANGUAGES + r"|"
         r"(?:is it|would it be|it's|is that) (?:ok|okay|fine|alright|all right|possible|allowed) (?:to|if (?:i|we)) "
         r"(?:ask|write|type|talk|speak|chat|put (?:questions|things) to)(?: (?:to|with))?(?: you)?"
         r"(?: (?:questions?|things?|stuff|queries))? " + _IN_LANGUAGES + r"|"
         r"(?:can|could|do|will) you (?:speak|understand|read|answer|reply|respond|write|work|talk|handle)"
         r"(?: (?:in|with))? " + _LANGUAGE_NAME + _TOO + r"(?:,? (?:and|or|as well as|besides|plus)(?: in)? " +
         _LANGUAGE_NAME + r")?" + _TOO + r"|"
         r"(?:我|我们)?(?:可以|能|能不能|可不可以)(?:用|以)(?:中文|汉语|英文|英语|其他语言)(?:和(?:中文|汉语|英文|英语))?"
         r"(?:提问|问|问问题|交流|聊天|和你交流|跟你聊)吗?|你(?:会|懂|能说|能看懂|听得懂|看得懂)(?:中文|汉语|英文|英语)吗?|"
         # "are you ChatGPT?", "are you GPT-4 or something else?": a named model, product or maker asked of
         r"are you (?:(?:a|an|the|some) )?(?:version of |kind of |sort of )?(?:chat ?gpt|gpt[\w.-]*|openai|claude|"
         r"gemini|bard|copilot|llama|deepseek|qwen|ernie|kimi|doubao|siri|alexa)(?: \w+)?(?: or (?:something|someone|"
         r"an?(?:other)?(?: \w+)?) else| or not| or (?:an?(?:other)? )?" + _AI_WORD + r")?|"
         r"(?:which|what) (?:ai |kind of |sort of |type of )?" + _AI_WORD + r" (?:are you|is this|do you use|"
         r"(?:powers|runs|drives) (?:you|this)|are you (?:based|built|running) on|is behind (?:you|this))|"
         r"(?:are you|is this) (?:based on|built on|powered by|running on|using) [\w.-]+"
         r"(?: or (?:some|an?|any)(?:other)?(?: other)? " + _AI_WORD + r")?|"
         r"(?:are you|is this) (?:connected to|on|using) the (?:internet|web)|do you (?:use|search|go on|browse) "
         r"the (?:internet|web)|"
         r"你(?:会|能|可以)(?:说|用|讲|回答)?(?:哪些|哪几种|几种|什么)(?:语言|语种)(?:回答)?|"
         r"你是(?:不是)?(?:chatgpt|gpt[\w.-]*|openai|文心一言|通义千问|deepseek|kimi|豆包)吗?|你是什么(?:模型|大模型|ai)")
_SMALLTALK = {kind: re.compile(r"^(?:" + pattern + r")$", re.I)
              for kind, pattern in (("greeting", _GREETING), ("thanks", _THANKS), ("bye", _BYE), ("help", _HELP),
                                    ("self", _SELF))}
# politeness and intensifiers ("what can you actually do?", "so what exactly can you do?") carry no request
_POLITE = re.compile(r"\b(?:please|there|again|so much|assistant|everyone|all|actually|really|exactly|just|so|"
                     # asides and hedges: "who are you, by the way?", "I think that's everything"
                     r"by the way|btw|anyway|anyhow|incidentally|i think|i guess|"
                     # when or how long: "can you help me with something today?", "... for a minute?" ("that's it
                     # for now" keeps its "now": a goodbye says it)
                     r"(?<!for )(?:today|right now|now)|this (?:morning|afternoon|evening)|tonight|"
                     r"for a (?:moment|minute|second|sec|bit)|quickly)\b|"
                     r"请问|请|呀|啊|吧|呢", re.I)
# A chunk that opens with thanks or a goodbye and asks nothing ("thank you very much for your help", "goodbye and
# thanks", "谢谢你的帮助"), or introduces its writer after a greeting ("Hello, I'm an adviser at the ministry"),
# is small talk whatever words follow; praise ("very useful for my briefing") only after other small talk
_OPENS = {
    "thanks": re.compile(r"^(?:(?:ok|okay|great|perfect|alright|right|oh)\s+)?(?:thanks?(?! to\b)|thank (?:you|u)|thx|"
                         r"many thanks|much obliged|cheers|谢谢|多谢|感谢)", re.I),
    "bye": re.compile(r"^(?:bye|goodbye|good ?bye|see you|good night|再见|拜拜)\b", re.I),
}
_PRAISE = re.compile(r"^(?:(?:that's|that is|that was|it was|this is|this was|you were|you've been|you have been) )?"
                     r"(?:(?:very|really|so|super|extremely|most|quite) )?"
                     r"(?:great|helpful|useful|perfect|clear|interesting|informative)\b|"
                     # "this will help with my briefing", "that helps a lot", "you've helped me": what the answer did
                     r"^(?:this|that|it|you)(?:'ll|'ve| will| would| should| is going to| has| have)?"
                     r"(?: (?:definitely|certainly|surely|truly|greatly))? help(?:s|ed)?\b", re.I)
# "the briefing went well", "my presentation went down well": how the asker's work went, said after thanks
_WENT_WELL = re.compile(r"^(?:the|my|our|this|that|it)(?: \w+){0,2} (?:went(?: down| over| off)?|worked(?: out)?|"
                        r"turned out|was received|landed)(?: (?:really|very|so|super|quite|extremely))? "
                        r"(?:well|great|fine|smoothly|perfectly|nicely|brilliantly|ok|okay)\b", re.I)
_INTRO = re.compile(r"^(?:i'm|i am|my name is|this is|i work (?:at|for|in)|we are|we're)\b", re.I)
# "sorry, my English is not so good", "excuse my bad English": an apology for the asker's language, no question
_APOLOGY = re.compile(r"^(?:(?:i'm |i am )?sorry|excuse me|pardon(?: me)?|apologies)$|"
                      r"^(?:(?:i'm |i am )?sorry|excuse|forgive|pardon|apologies)\b.*\b(?:english|grammar|spelling)\b|"
                      r"^my (?:english|grammar|spelling)\b", re.I)
# "I'd like to ask a few things", "I have some questions", "can I ask you something?", "mind if I ask a couple of
# questions about this report?", "is it OK if I ask?": the wish to ask, or leave to, no question
_DOCUMENT_NAMED = r"(?:it|this|that|(?:this|the|that|your|these|those) (?:paper|document|report|study|article|text)s?)"
_WILL_ASK = re.compile(r"^(?:(?:i'd|i would|we'd|we would) like to ask|(?:i|we) (?:want|wanted|need) to ask|"
                       r"(?:i|we) (?:have|have got|got)|(?:can|could|may) (?:i|we) ask|let me ask|"
                       r"(?:(?:do|would) you )?mind if (?:i|we) ask(?:ed)?|"
                       # ("is ok if i ask": "it" left out by someone writing in a second language)
                       r"(?:is(?: it)?|would it be) (?:ok|okay|alright|all right|fine) (?:if (?:i|we) ask(?:ed)?|"
                       r"to ask))"
                       r"(?: you)?(?: (?:a few|a couple of|some|several|a|one|two|three|few|more|another|quick))?"
                       r"(?: (?:quick|short|simple|more))?"
                       # "can I ask you stuff?", "may I ask you anything?": the same wish, in plainer words
                       r"(?: (?:questions?|things?|something|anything|stuff|queries|query|a thing or two))?"
                       r"(?: (?:about|on|regarding) " + _DOCUMENT_NAMED + r")?$",
                       re.I)
# Where one request ends and the next begins: punctuation, a dash, or "and" before a new question ("who are you and
# what can you do?"); a chunk's leading "and" / "also" / "plus" joins, it asks nothing
_CHUNK_BREAK = re.compile(r"[,.!?;:，。！？；、\n]+|\s+-\s+|\s*[—–]\s*|"
                          r"\s+(?:and|&)\s+(?=(?:who|what|how|can|could|would|will|do|does|are)\b)", re.I)
_JOINED = re.compile(r"^(?:and|also|plus|&)\s+", re.I)
_ASKS = re.compile(r"\b(?:who|whom|whose|what|when|where|which|why|how)\b|\d|什么|多少|几|谁|哪|何|为什么|怎么|吗",
                   re.I)


# "in Chinese, please", "can you say that in English?", "用中文回答": the last answer again, in another language
_SWITCH_EN = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|now|and|so)\s*,?\s+)?(?:(?:can|could|would|will) you\s+)?(?:please\s+)?"
    r"(?:(?:say|repeat|give|write|answer|put|translate|tell me|explain|show)\s+(?:me\s+)?"
    r"(?:(?:that|this|it|the answer|your answer|the same)\s+)?(?:again\s+)?)?(?:in|into|to)\s+"
    r"(chinese|mandarin|english)(?:\s+(?:please|too|as well|instead))?\s*,?\s*(?:please)?[?.!]*\s*$", re.I)
_SWITCH_ZH = re.compile(r"^\s*(?:请|能不能|可以|麻烦)?\s*(?:用|以|翻译成|译成|换成)\s*(中文|汉语|英文|英语)"
                        r"\s*(?:回答|说|写|表述|翻译|再说|再回答|一遍|一下|一次)*\s*(?:吧|吗)?\s*[。？?！!]*\s*$")


def language_switch(question: str) -> str:
    """"zh" or "en" when the whole message asks for the last answer in that language, else ""."""
    m = _SWITCH_EN.match(question) or _SWITCH_ZH.match(question)
    if not m:
        return ""
    return "en" if m.group(1).lower() in ("english", "英文", "英语") else "zh"


_TOOL = r"(?:tool|app|application|assistant|bot|chatbot|chat|service|system|thing|site|page)"
# "I'm new to this tool", "first time using this", "I've never used this app before": the asker new to the assistant
_THE_TOOL = r"(?:you|this|(?:this|the) " + _TOOL + r")"
_NEW_TO_IT = re.compile(r"^(?:(?:i'm|i am|we're|we are|i've|i have|we've|we have) )?(?:(?:quite|very|totally|"
                        r"completely|brand) )?(?:new (?:here|to " + _THE_TOOL + r")|(?:(?:it's|this is) )?(?:my |our )?"
                        r"first time (?:here|(?:using|trying) " + _THE_TOOL + r")|never (?:used|tried) " + _THE_TOOL +
                        r")(?: before)?$", re.I)
# "how does it work?", "how do I use it?", "what does it do?": beside the asker's being new to the assistant, "it" is
# the assistant (after a question about X, "how does it work?" asks how X works)
_IT_HOW = re.compile(r"^(?:so |and |but |ok |okay )?(?:how (?:does|do|will|would) (?:it|this|that|this thing) work|"
                     r"how (?:do|should|can|could) (?:i|we) (?:use|start with|begin with) (?:it|this)|"
                     r"what (?:does|can) it do|where (?:do|should) (?:i|we) (?:start|begin))$", re.I)


def smalltalk_kind(question: str) -> str:
    """"greeting", "thanks", "bye", "help" or "self" (what the assistant is) when the whole question is small talk
    (or several kinds of it, "hi, what can you do?": the last one), else "" (a question that also asks something is
    not small talk)."""
    found = ""
    chunks = [_JOINED.sub("", re.sub(r"\s+", " ", _POLITE.sub(" ", chunk)).strip(" '\"").lower())
              for chunk in _CHUNK_BREAK.split(question.strip())]
    new_to_it = any(_NEW_TO_IT.match(text) for text in chunks)
    for text in chunks:
        if not text:
            continue
        kind = next((k for k, p in _SMALLTALK.items() if p.match(text)), "")
        if not kind and new_to_it:
            kind = "help" if _IT_HOW.match(text) else (found or "greeting") if _NEW_TO_IT.match(text) else ""
        if not kind and not _ASKS.search(text):
            kind = next((k for k, p in _OPENS.items() if p.match(text)), "")
            if not kind and found and (_PRAISE.match(text) or _WENT_WELL.match(text)):
                kind = "thanks"
            elif not kind and (_INTRO.match(text) or _WILL_ASK.match(text) or _APOLOGY.match(text)):
                kind = found or "greeting"
        if not kind:
            return ""
        found = kind
    return found


def without_smalltalk(question: str) -> str:
    """The question without the greeting or thanks it opens with ("Hi! Who proposed NNMI?", "Thanks, and
    Energy?", "谢谢，那能源部呢？"); the question itself when it opens with none, or is nothing else."""
    rest = question.strip()
    while True:
        m = re.match(r"\s*([^,.!?;:，。！？；\n]+)[,.!?;:，。！？；\n]+\s*(?=\S)", rest)
        if not m or smalltalk_kind(m.group(1)) not in ("greeting", "thanks"):
            return rest
        rest = rest[m.end():]




# Words of conversation, not of any document's subject: greetings and farewells, thanks and praise, apologies and
# slips, the assistant and its answers, the user's role, time and work. A message whose every content word is one
# of them asks nothing of the documents, whatever its wording ("hi! quick q coming", "sorry, hit enter too early",
# "is this thing on", "can you be shorter next time"). General English only, no document's words.
CHAT_WORDS = frozenset("""
hi hello hey hiya howdy greetings morning afternoon evening night day days today tonight tomorrow tmrw tmr week
weekend soon later now again anyone anybody someone everyone everybody folks there ping
thanks thank thx ty cheers appreciate appreciated grateful welcome kind kindly
great good nice cool awesome perfect excellent brilliant fantastic lovely wonderful helpful useful interesting clear
fine ok okay alright right exactly precisely indeed amazing superb neat impressive job done spot handy informative
insightful
# intensifiers and sincerity ("genuinely helpful", "honestly, super useful"); a wish for the asker's health ("I trust
# you are well"); leaving in a hurry ("gotta run", "have to head off")
genuinely truly honestly incredibly extremely super trust
gotta gonna run go head
nothing else further
lol haha hahaha hmm hm hmmm wow oh ah ahh uh um oops sure kk
sorry apologies apologise apologize apology mistake typo slip meant hit press enter early accident accidentally
button wrong fault ignore disregard previous last earlier message
bye goodbye farewell talk chat see speak catch sign signing leave leaving
bot robot human person real ai machine computer assistant tool thing chatbot program software app service
answer reply response respond question ask query word sentence
use work try test check feel sense start begin look explore
one couple several few get got next time
need want like love hate prefer please pls plz wish hope worry worries
save time hour minute reading read lot lots much bit
well doing going busy tired
minister vice deputy aide boss colleague team office journalist analyst official deadline briefing note memo
prepare seeing hear phone mobile desk meeting
# how much time the asker has before what comes next ("I've got five minutes before a meeting. Ready?")
ready two three four five six seven eight nine ten fifteen twenty thirty
coming quick q sort kind type
best way tip advice most
""".split())
# words about the form of the answers: small talk only as a wish for the answers to come ("can you be shorter next
# time", "from now on use bullet points"); "shorter please" asks for the last answer again, shorter
FORMAT_WORDS = frozenset("""shorter longer short long concise detailed detail format style bullet point paragraph
sentence keep simple simpler plain length""".split())
_FUTURE = re.compile(r"\b(?:next time|from now on|in (?:the )?future|going forward|always|in general|"
                     r"(?:your|the|all|my) answers)\b", re.I)
# inflected forms are looked up by their base: "checking", "reads", "pressed", "worries"
_ENDINGS = ("", "s", "es", "ed", "d", "ing", "ies")


def _chat_word(word: str, words: frozenset[str] = CHAT_WORDS) -> bool:
    for ending in _ENDINGS:
        if ending and not word.endswith(ending):
            continue
        base = word[: len(word) - len(ending)] if ending else word
        bases = {base, base + "e" if ending in ("ed", "ing", "es") else base, base + "y" if ending == "ies" else base}
        if ending in ("ed", "ing") and len(base) > 2 and base[-1] == base[-2]:
            bases.add(base[:-1])  # "getting", "stopped"
        if bases & words:
            return True
    return False


_ABOUT_YOU = re.compile(r"\b(?:you|your|yours|yourself|u|ur)\b|\bthis (?:tool|thing|bot|assistant|chat|app|service)\b",
                        re.I)
# phrases of conversation in Chinese, longest first (so that "问题" is taken whole, not as "问")
_CHAT_ZH_PHRASES = """
你好 您好 谢谢 多谢 感谢 很有帮助 帮助 不好意思 抱歉 对不起 没关系 刚才 打错字 打错 字
再见 明天见 拜拜 下次 再聊 聊天 聊 解答 回答 答复 耐心 好的 明白 知道了 收到 辛苦
机器人 真人 人工智能 怎么用 如何使用 使用
能做什么 可以做什么 问什么 什么问题 早上好 下午好 晚上好 嗨 哈喽 开发 制作 你们 你 您
我 是 吗 呢 吧 啊 呀 了 的 很 非常 太 好 棒 谁 可以 能 问 用 做 什么 今天 明天
就 这些 到此 为止 先 这样 有 几个 问题 一下 一些 马上 开始 试试 测试 看看 十分 真
到这里 到这儿 这里 这儿 聊到 那 没有 没 别的 其他 其它
挺 啦 哦 嗯 呃 哈哈 好吧 行 没问题 对 是的 几 多少 哪 为什么 怎么 如何
""".split()
_CHAT_ZH = re.compile("|".join(sorted(_CHAT_ZH_PHRASES, key=len, reverse=True)))
_QUESTION_ZH = re.compile(r"什么|多少|几|哪|谁|为什么|怎么|如何|吗|呢")
_CUES = (  # the kind of a chat message, by its first cue in this order
    ("help", re.compile(r"\b(?:how (?:do|should|can|could) (?:i|we)(?: best)? use|ways? to use|tips?|advice|"
                        r"out of (?:you|this)|what (?:sort|kind|type)s? of questions|"
                        r"bot|robot|human|person|ai|"
                        r"who (?:made|built|created|developed))\b|"
                        r"你是|机器人|怎么用|如何使用|能做什么|可以做什么|问什么", re.I)),
    ("bye", re.compile(r"\b(?:bye|goodbye|farewell|tmrw|tmr|tomorrow|tonight|later|that's all|have a good|"
                       r"no (?:more|further|other) questions|nothing else|"
                       # "gotta run", "I have to head off": leaving in a hurry
                       r"(?:gotta|gonna|have to|need to|must) (?:run|go|head off)|head(?:ing)? off)\b|"
                       r"再见|明天见|拜拜|下次再聊|到此为止|"
                       # "今天就到这里", "先这样", "没有别的问题了": the end of the asker's questions
                       r"到这里|到这儿|到此|先这样|就这样|没有?(?:别的|其他|其它)的?问题", re.I)),
    ("thanks", re.compile(r"\b(?:thanks?|thx|ty|cheers|appreciate\w*|grateful|great|nice|perfect|helpful|useful|"
                          r"brilliant|excellent|awesome|amazing|superb|impressive|good job|well done)\b|"
                          r"👍|谢|感谢|帮助|棒", re.I)),
    ("greeting", re.compile(r"\b(?:hi|hello|hey|hiya|howdy|greetings|morning|afternoon|evening|anyone there|"
                            r"anybody there)\b|你好|您好|早上好|下午好|晚上好|嗨|哈喽", re.I)),
)


# "(that's exactly) what I needed", "just what we were looking for": a "what" that names the asker's wish is no
# question (a question about the last answer inverts: "what did I need?")
_WHAT_I_WANTED = re.compile(r"\bwhat (?:i|we) (?:needed|need|wanted|want|was|were|asked|had|hoped|meant)\b", re.I)


def chat_kind(message: str) -> str:
    """The kind of small talk of a message that asks nothing of the documents: every content word is a word of
    conversation (``CHAT_WORDS``; in Chinese, nothing is left once the phrases of conversation are taken out), and a
    question in it is about the assistant ("what sort of questions should I ask you?"), not a bare "why?". The kind
    is that of its first cue (help, bye, thanks, greeting), else "ack" (an acknowledgement, an apology, a wish
    about the answers); "" for any other message."""
    text = message.strip()
    if not text or re.search(r"\d", text):
        return ""
    if re.search(r"[\u4e00-\u9fff]", text):
        rest = _CHAT_ZH.sub("", text)
        if re.search(r"[\u4e00-\u9fff]|[A-Za-z]{2,}", rest):
            return ""
        if _QUESTION_ZH.search(re.sub(r"[几一]些?个?问题", "", text)) and not re.search(r"[你您](?!好)", text):
            return ""  # "有几个？": a question that leans on the last answer
    else:
        tokens = [w.lower().strip("'’") for w in re.findall(r"[A-Za-z][A-Za-z'’]*", text)]
        content = [w for w in tokens if w not in _FUNCTION and not re.fullmatch(r"\w+(?:'|’)(?:s|ll|re|ve|d|m|t)", w)]
        chat = CHAT_WORDS | FORMAT_WORDS if _FUTURE.search(text) else CHAT_WORDS
        if not any(w not in ("please", "pls", "plz") for w in content) or not all(_chat_word(w, chat) for w in content):
            return ""
        if text.endswith("?") and not _ABOUT_YOU.search(text) and not _CUES[-1][1].search(text):
            return ""  # "is that right?": a question about the last answer
        if (re.search(r"\b(?:who|what|when|where|which|why|how)\b", _WHAT_I_WANTED.sub("", text), re.I)
                and not _ABOUT_YOU.search(text)
                and not _CUES[0][1].search(text)):
            return ""  # "why?", "how so?": a question that leans on the last answer
    return next((kind for kind, cue in _CUES if cue.search(text)), "ack")


_FUNCTION = frozenset("""
a an the and or but so if then than as of in on at to for from by with about into over after before up down out off
is are was were be been being am do does did done have has had having will would shall should can could may might must
i me my mine we us our you your yours u ur it its this that these those he she they them their his her
not just only also too very really quite all any some each every more most other such what who whom whose when where
which why how whether here there just ok no yes
""".split())
