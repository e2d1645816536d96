"""Small talk: a message that asks nothing about the documents (a greeting, thanks, a goodbye, a request for help,
an acknowledgement or an apology), and a request to say the last answer again in another language.
"""

from __future__ import annotations

import re

_GREETING = (r"hi|hello|hey|hiya|howdy|greetings|yo|(?:good )?(?:morning|afternoon|evening)|good day|"
             r"how are you(?: doing)?(?: today)?|how's it going|how is it going|nice to meet you|"
             r"are you there|anybody there|anyone there|"
             r"你好|您好|嗨|哈喽|早上好|下午好|晚上好")
_THANKS = (r"thanks?(?: you)?(?: (?:very|so) much)?(?: a lot)?|thank u|thx|ty|cheers|many thanks|much appreciated|"
           r"(?:(?:that's|that is|that was|it was|this is|this was|you were|you've been|you have been) )?"
           r"(?:(?:very|really|so|super|extremely|most) )?(?:great|helpful|useful|perfect|clear|interesting)|"
           # "ok great", "alright, perfect", "sounds good": acknowledgements, one to three of them
           r"(?:(?:ok(?:ay)?|great|perfect|awesome|nice|cool|good|very good|alright|all right|right|sure|fine|"
           r"excellent|wonderful|brilliant|fantastic|lovely|splendid|noted) ?){1,3}|"
           r"sounds good|makes sense|fair enough|"
           r"got it|understood|i see|(?:i )?appreciate (?:it|that|your help)|"
           r"谢谢(?:你|您)?|多谢|感谢(?:你|您)?|好的|明白了")
_BYE = (r"bye|bye bye|goodbye|good ?bye|good night|see you(?: later| soon)?|talk (?:to you )?later|"
        # "that's all I needed" ("all" is set aside as a politeness word before matching)
        r"(?:bye|goodbye) for now|that's (?:all|it)(?: for (?:now|today))?(?: i needed)?|that is all(?: i needed)?|"
        r"that(?:'s| is)(?: i needed| for (?:now|today))?|"
        r"再见|拜拜")
_HELP = (r"help|help me|menu|what can (?:you|i) (?:do|ask)(?: (?:here|you|for me))?|what do you do|"
         r"what are you|who are you|how (?:does|do) (?:this|you|i use this|i use you) work|how do i use (?:this|you)|"
         r"how can you help(?: me)?|what (?:can|should|could) i ask(?: you)?|what (?:questions )?can i ask(?: you)?|"
         r"what do you know|what is this|what's this|can you help(?: me)?|could you help(?: me)?|i need help|"
         r"what (?:is|are) you(?:r name)?|what's your name|who (?:made|built|created) you|how do you work|"
         r"what (?:kind|sort|type)s? of questions? (?:can|could|do|should|may) (?:you|i) (?:answer|ask|handle)"
         r"(?: (?:you|here))?|"
         r"what (?:topics|subjects) (?:can|do) you (?:cover|answer|know about)|"
         r"what can you help (?:me )?with|what (?:can|could) you do for me|"
         r"what (?:are you (?:able to do|capable of(?: doing)?|good (?:at|for))|can you answer|"
         r"are your (?:capabilities|abilities|functions|features|limits|limitations))|"
         r"are you (?:a |an )?(?:bot|robot|human|person|real person|ai|machine|chatbot|computer)|"
         r"帮助|你能做什么|你可以做什么|你是谁|怎么用|我可以问什么|能问什么|你能帮我(?:做)?什么|你会什么|"
         r"你好吗|能帮我吗|你能帮我吗|怎么使用")
_SMALLTALK = {kind: re.compile(r"^(?:" + pattern + r")$", re.I)
              for kind, pattern in (("greeting", _GREETING), ("thanks", _THANKS), ("bye", _BYE), ("help", _HELP))}
_POLITE = re.compile(r"\b(?:please|there|again|so much|assistant|everyone|all)\b|请问|请|呀|啊|吧|呢", re.I)
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
                     r"(?:great|helpful|useful|perfect|clear|interesting|informative)\b", re.I)
_INTRO = re.compile(r"^(?:i'm|i am|my name is|this is|i work (?:at|for|in)|we are|we're)\b", re.I)
# "I'd like to ask a few things", "I have some questions", "can I ask you something?": the wish to ask, no question
_WILL_ASK = re.compile(r"^(?:(?:i'd|i would|we'd|we would) like to ask|(?:i|we) (?:want|wanted|need) to ask|"
                       r"(?:i|we) (?:have|have got|got)|can i ask|could i ask|may i ask|let me ask)"
                       r"(?: you)?(?: (?:a few|a couple of|some|several|a|one|two|three|few|more|another|quick))?"
                       r"(?: (?:quick|short|simple|more))?"
                       r" (?:questions?|things?|something|queries|query)"
                       r"(?: about (?:it|this|the (?:paper|document)))?$",
                       re.I)
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


def smalltalk_kind(question: str) -> str:
    """"greeting", "thanks", "bye" or "help" when the whole question is small talk (or several kinds of it,
    "hi, what can you do?": the last one), else "" (a question that also asks something is not small talk)."""
    found = ""
    for chunk in re.split(r"[,.!?;:，。！？；、\n]+|\s+-\s+", question.strip()):
        text = re.sub(r"\s+", " ", _POLITE.sub(" ", chunk)).strip(" '\"").lower()
        if not text:
            continue
        kind = next((k for k, p in _SMALLTALK.items() if p.match(text)), "")
        if not kind and not _ASKS.search(text):
            kind = next((k for k, p in _OPENS.items() if p.match(text)), "")
            if not kind and found and _PRAISE.match(text):
                kind = "thanks"
            elif not kind and (_INTRO.match(text) or _WILL_ASK.match(text)):
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


